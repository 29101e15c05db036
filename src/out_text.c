/*
 * out_text.c -- the table for people: location, type, standard form, key
 * and the text as written, in aligned columns; then ABOUT, what the tables
 * know (enrich.h: a law's Act name and date, the law a bill became or a
 * Statutes at Large page is in, a Code section's title and status; not with
 * --no-enrich; at most 60 columns); when checking, a last column
 * STATUS ("ok" or the worst finding's severity) and, under a row with a
 * finding, its reason, indented ("... [code]").  With a width
 * (sc_write_options.width: the terminal's), the table fits it: ABOUT, AS WRITTEN,
 * then KEY are left out, then CITATION and LOCATION shortened with "…"
 * (LOCATION at its start, keeping line and column), and reasons wrapped.  Rows are held in blocks of SC_TEXT_ROWS_MAX so column widths
 * fit the rows without holding the whole output.
 */
#include <stdlib.h>
#include <string.h>

#include "ctype.h"
#include "enrich.h"
#include "writer.h"

#define NCOL 7

/* Display width of UTF-8 text: characters, not bytes. */
static int width(const char *s)
{
    int n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xc0) != 0x80)
            n++;
    return n;
}

/* Where the display column @p k of @p s starts. */
static const char *at_col(const char *s, int k)
{
    for (; *s; s++)
        if (((unsigned char)*s & 0xc0) != 0x80 && k-- == 0)
            break;
    return s;
}

/* Writes @p s in @p w columns (padded when @p padded); a wider one is
 * shortened with "…", at its end, or at its start when @p left (a
 * location keeps its line and column). */
static void cell(FILE *f, const char *s, int w, int padded, int left)
{
    int n = width(s);
    if (n <= w) {
        fputs(s, f);
        for (int i = n; padded && i < w; i++)
            putc(' ', f);
        return;
    }
    if (w <= 0)
        return;
    if (left) {
        fputs("\xe2\x80\xa6", f);
        fputs(at_col(s, n - (w - 1)), f);
    } else {
        fwrite(s, 1, (size_t)(at_col(s, w - 1) - s), f);
        fputs("\xe2\x80\xa6", f);
    }
}

/* The reason under a row with a finding, wrapped at word breaks to fit. */
static void reason(FILE *f, const char *s, int w)
{
    const int indent = 4;
    int room = w > indent + 20 ? w - indent : 1 << 20;
    while (*s) {
        const char *end = at_col(s, room);
        if (*end) { /* break at the last space that fits */
            const char *sp = end;
            while (sp > s && *sp != ' ')
                sp--;
            if (sp > s)
                end = sp;
        }
        fprintf(f, "%*s", indent, "");
        fwrite(s, 1, (size_t)(end - s), f);
        putc('\n', f);
        s = end;
        while (*s == ' ')
            s++;
    }
}

/* Fits the shown columns (wd[k] >= 0) in @p avail: leaves out ABOUT, AS
 * WRITTEN, then KEY (width -1), then shortens LOCATION and CITATION down to
 * 16 columns. */
static void fit(int wd[NCOL], int avail)
{
    int total = -2;
    for (int k = 0; k < NCOL; k++)
        if (wd[k] >= 0)
            total += wd[k] + 2;
    static const int drop[] = { 5, 4, 3 };
    for (size_t i = 0; i < 3 && total > avail; i++) {
        if (wd[drop[i]] < 0)
            continue;
        total -= wd[drop[i]] + 2;
        wd[drop[i]] = -1;
    }
    static const int shrink[] = { 0, 2 };
    for (size_t i = 0; i < 2 && total > avail; i++) {
        int k = shrink[i];
        int cut = total - avail;
        if (cut > wd[k] - 16)
            cut = wd[k] - 16;
        if (cut > 0) {
            wd[k] -= cut;
            total -= cut;
        }
    }
}

#define ABOUT_MAX 60 /* the ABOUT column is shortened to this, always */

int sc_out_text_flush(sc_writer *w)
{
    static const char *const head[NCOL] = { "LOCATION", "TYPE", "CITATION", "KEY", "AS WRITTEN",
                                            "ABOUT", "STATUS" };
    FILE *f = w->out;
    if (w->nrows == 0)
        return ferror(f) ? -1 : 0;
    int wd[NCOL] = { 8, 4, 8, 3, 10, 5, 6 };
    if (w->o.no_enrich)
        wd[5] = -1;
    if (!w->o.check)
        wd[6] = -1;
    for (int i = 0; i < w->nrows; i++) {
        const sc_text_row *r = &w->rows[i];
        const char *cols[NCOL] = { r->loc, r->type, r->form, r->key, r->text, r->about, r->status };
        for (int k = 0; k < NCOL; k++)
            if (wd[k] >= 0 && width(cols[k]) > wd[k])
                wd[k] = width(cols[k]);
    }
    if (wd[5] > ABOUT_MAX)
        wd[5] = ABOUT_MAX;
    if (w->o.width > 0)
        fit(wd, w->o.width);
    int last = NCOL - 1;
    while (wd[last] < 0)
        last--;
    for (int i = -1; i < w->nrows; i++) {
        if (i < 0 && w->started)
            continue;
        w->started = 1;
        const sc_text_row *r = i < 0 ? NULL : &w->rows[i];
        const char *const *cols =
            r ? (const char *const[NCOL]){ r->loc, r->type, r->form, r->key, r->text, r->about,
                                           r->status }
              : head;
        for (int k = 0; k <= last; k++) {
            if (wd[k] < 0)
                continue;
            int cut = k < last || w->o.width > 0 || k == 5;
            cell(f, cols[k], cut ? wd[k] : 1 << 20, k < last, k == 0);
            fputs(k < last ? "  " : "\n", f);
        }
        if (r && r->reason[0])
            reason(f, r->reason, w->o.width);
    }
    w->nrows = 0;
    return ferror(f) ? -1 : 0;
}

/* The ABOUT cell: what the tables know (enrich.h), in a few words. */
static void about(char *out, size_t cap, const sc_citation *c)
{
    sc_enrich e;
    out[0] = '\0';
    if (!sc_enrich_get(c, &e))
        return;
    if (c->type == SC_USC) {
        snprintf(out, cap, "%s%s%s%s%s", e.usc_title,
                 e.usc_status[0] && strcmp(e.usc_status, "active") ? "; " : "",
                 strcmp(e.usc_status, "active") ? e.usc_status : "", e.usc_heading[0] ? ": " : "",
                 e.usc_heading);
        return;
    }
    /* "became Pub. L. No. 104-191 (1996-08-21): Health Insurance ...": the
     * date before the name, which is shortened to fit */
    int law = c->type == SC_PUBLIC_LAW || c->type == SC_PRIVATE_LAW;
    snprintf(out, cap, "%s%s%s%s%s%s%s%s%s", law ? "" : c->type == SC_BILL ? "became " : "in ",
             law ? "" : e.law, !law && e.enacted[0] ? " (" : "",
             law && e.enacted[0] ? "enacted " : "", e.enacted, !law && e.enacted[0] ? ")" : "",
             e.act[0] && (!law || e.enacted[0]) ? ": " : "", e.act, "");
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
    char udoc[3 * 60 + 1]; /* UTF-8 out, always (writer.h) */
    sc_utf8_fix(doc, strnlen(doc, 60), udoc, sizeof udoc);
    int ll = snprintf(r->loc, sizeof r->loc, "%.90s:%llu:%llu", udoc, (unsigned long long)c->line,
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
    char uraw[3 * SC_RAW_MAX + 1];
    sc_utf8_fix(c->raw, strlen(c->raw), uraw, sizeof uraw);
    for (const unsigned char *p = (const unsigned char *)uraw; *p && o + 5 < sizeof r->text; p++) {
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
    if (!w->o.no_enrich)
        about(r->about, sizeof r->about, c);
    else
        r->about[0] = '\0';
    /* the status: ok, or the first finding of the worst severity, why */
    int st = sc_citation_status(c);
    snprintf(r->status, sizeof r->status, "%s", st < 0 ? "ok" : sc_severity_name((sc_severity)st));
    r->reason[0] = '\0';
    if (st >= 0) {
        const sc_diag *g = &c->diag[0];
        for (int i = 0; i < c->ndiag; i++)
            if ((int)c->diag[i].severity == st) {
                g = &c->diag[i];
                break;
            }
        size_t n = sc_utf8_fix(g->message, strlen(g->message), r->reason,
                               sizeof r->reason - sizeof g->code - 4);
        r->reason[n++] = ' ';
        r->reason[n++] = '[';
        size_t cl = strnlen(g->code, sizeof g->code - 1);
        memcpy(r->reason + n, g->code, cl);
        n += cl;
        r->reason[n++] = ']';
        r->reason[n] = '\0';
    }
    return 0;
}
