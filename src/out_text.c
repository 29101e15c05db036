/*
 * out_text.c -- the table for people: location, type, standard form, key
 * and the text as written, in aligned columns.  Rows are held in blocks of
 * SC_TEXT_ROWS_MAX so column widths fit the rows without holding the whole
 * output.
 */
#include <stdlib.h>
#include <string.h>

#include "ctype.h"
#include "writer.h"

/* Display width of UTF-8 text: characters, not bytes. */
static int width(const char *s)
{
    int n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xc0) != 0x80)
            n++;
    return n;
}

static void pad(FILE *f, const char *s, int w)
{
    fputs(s, f);
    for (int i = width(s); i < w; i++)
        putc(' ', f);
}

int sc_out_text_flush(sc_writer *w)
{
    static const char *const head[] = { "LOCATION", "TYPE", "CITATION", "KEY", "AS WRITTEN",
                                        "STATUS" };
    FILE *f = w->out;
    if (w->nrows == 0)
        return ferror(f) ? -1 : 0;
    int wd[5] = { 8, 4, 8, 3, 10 };
    for (int i = 0; i < w->nrows; i++) {
        const sc_text_row *r = &w->rows[i];
        const char *cols[5] = { r->loc, r->type, r->form, r->key, r->text };
        for (int k = 0; k < 5; k++)
            if (width(cols[k]) > wd[k])
                wd[k] = width(cols[k]);
    }
    if (!w->started) {
        w->started = 1;
        for (int k = 0; k < 4; k++) {
            pad(f, head[k], wd[k]);
            fputs("  ", f);
        }
        if (w->o.check) {
            pad(f, head[4], wd[4]);
            fputs("  ", f);
            fputs(head[5], f);
        } else {
            fputs(head[4], f);
        }
        putc('\n', f);
    }
    for (int i = 0; i < w->nrows; i++) {
        const sc_text_row *r = &w->rows[i];
        const char *cols[5] = { r->loc, r->type, r->form, r->key, r->text };
        for (int k = 0; k < 4; k++) {
            pad(f, cols[k], wd[k]);
            fputs("  ", f);
        }
        if (w->o.check) {
            pad(f, cols[4], wd[4]);
            fputs("  ", f);
            fputs(r->status, f);
        } else {
            fputs(cols[4], f);
        }
        putc('\n', f);
    }
    w->nrows = 0;
    return ferror(f) ? -1 : 0;
}

int sc_out_text_put(sc_writer *w, const char *doc, const sc_citation *c)
{
    if (!w->rows) {
        w->rows = malloc(SC_TEXT_ROWS_MAX * sizeof *w->rows);
        if (!w->rows)
            return -1;
    }
    if (w->nrows == SC_TEXT_ROWS_MAX && sc_out_text_flush(w) != 0)
        return -1;
    sc_text_row *r = &w->rows[w->nrows++];
    int ll = snprintf(r->loc, sizeof r->loc, "%.60s:%llu:%llu", doc, (unsigned long long)c->line,
                      (unsigned long long)c->col);
    if (c->page > 0 && ll > 0 && (size_t)ll < sizeof r->loc) /* a PDF's page: "f.pdf:12:5 (p. 3)" */
        snprintf(r->loc + ll, sizeof r->loc - (size_t)ll, " (p. %u)", c->page);
    snprintf(r->type, sizeof r->type, "%s%s", sc_type_name(c->type),
             c->form == SC_FORM_SHORT ? " (short)" : "");
    snprintf(r->form, sizeof r->form, "%s", c->canonical);
    snprintf(r->key, sizeof r->key, "%s", c->key);
    /* the text as written, on one line, shortened */
    size_t o = 0;
    int sp = 0;
    for (const unsigned char *p = (const unsigned char *)c->raw; *p && o + 5 < sizeof r->text; p++) {
        if (sc_isspace(*p) || *p < 0x20) {
            sp = 1;
            continue;
        }
        if (sp && o > 0)
            r->text[o++] = ' ';
        sp = 0;
        r->text[o++] = (char)*p;
    }
    while (o > 0 && ((unsigned char)r->text[o - 1] & 0xc0) == 0x80 && o + 1 >= sizeof r->text - 4)
        o--; /* never cut a UTF-8 sequence */
    r->text[o] = '\0';
    int st = sc_citation_status(c);
    snprintf(r->status, sizeof r->status, "%s", st < 0 ? "ok" : sc_severity_name((sc_severity)st));
    return 0;
}
