/*
 * out_diag.c -- compiler-style diagnostics, GCC's layout:
 *
 *   seed.txt:153:56: error: Public Law 110-1180 does not exist: ... [law-number-range]
 *     153 | House Resolution 2640, NICS ... Public Law 110-1180
 *         |                                  ^~~~~~~~~~~~~~~~~~
 *   seed.txt:153:56: note: did you mean Pub. L. No. 110-180?
 *
 * Colors (bold location, red error, magenta warning, cyan note, green caret)
 * only when the writer's color option is set (a terminal, no NO_COLOR).
 */
#include <string.h>

#include "writer.h"

#define BOLD "\033[1m"
#define RESET "\033[0m"

static const char *sev_color(sc_severity s)
{
    return s == SC_ERROR ? "\033[1;31m" : s == SC_WARNING ? "\033[1;35m" : "\033[1;36m";
}

/* Characters in p[from..to): a UTF-8 sequence, or one byte that is not
 * UTF-8 (a Windows-1252 character, written as one: writer.h). */
static int chars(const unsigned char *p, size_t n, size_t from, size_t to)
{
    int k = 0;
    for (size_t i = 0; i < n && i < to;) {
        size_t l = p[i] < 0x80 ? 1 : sc_utf8_len(p + i, n - i);
        if (i >= from)
            k++;
        i += l ? l : 1;
    }
    return k;
}

static void source_line(sc_writer *w, const sc_citation *c)
{
    FILE *f = w->out;
    if (!c->context[0])
        return;
    char num[24];
    int nl = snprintf(num, sizeof num, "%llu", (unsigned long long)c->line);
    fprintf(f, " %s | ", num);
    size_t ctxl = strlen(c->context);
    char line[sizeof c->context];
    for (size_t i = 0; i < ctxl; i++) /* a control byte -- a tab, a page's form feed, a web
                                       * page's break (html.h) --: one space */
        line[i] = (unsigned char)c->context[i] < 0x20 || c->context[i] == 0x7f ? ' ' : c->context[i];
    sc_out_utf8(f, line, ctxl); /* UTF-8 out, always (writer.h) */
    putc('\n', f);
    fprintf(f, " %*s | ", nl, "");
    /* caret under the first character, tildes under the rest (in characters) */
    const unsigned char *p = (const unsigned char *)c->context;
    size_t cs = (size_t)c->context_col, ce = cs + c->raw_len;
    if (ce > ctxl)
        ce = ctxl;
    int col = chars(p, ctxl, 0, cs), len = chars(p, ctxl, cs, ce);
    fprintf(f, "%*s%s^", col, "", w->o.color ? "\033[1;32m" : "");
    for (int i = 1; i < len; i++)
        putc('~', f);
    fprintf(f, "%s\n", w->o.color ? RESET : "");
}

int sc_out_diag_put(sc_writer *w, const char *doc, const sc_citation *c)
{
    FILE *f = w->out;
    for (int i = 0; i < c->ndiag; i++) {
        const sc_diag *d = &c->diag[i];
        const char *b = w->o.color ? BOLD : "", *r = w->o.color ? RESET : "";
        fputs(b, f);
        sc_out_utf8(f, doc, strlen(doc));
        fprintf(f, ":%llu:%llu:%s %s%s:%s ", (unsigned long long)c->line,
                (unsigned long long)c->col, r, w->o.color ? sev_color(d->severity) : "",
                sc_severity_name(d->severity), r);
        sc_out_utf8(f, d->message, strlen(d->message));
        if (c->page > 0) /* a PDF's page, after the message: FILE:LINE:COL: and the */
            fprintf(f, " (p. %u)", c->page); /* final [code] stay where tools look */
        fprintf(f, " [%s]\n", d->code);
        source_line(w, c);
        if (d->suggestion[0]) {
            fputs(b, f);
            sc_out_utf8(f, doc, strlen(doc));
            fprintf(f, ":%llu:%llu:%s %snote:%s ", (unsigned long long)c->line,
                    (unsigned long long)c->col, r, w->o.color ? sev_color(SC_NOTE) : "", r);
            sc_out_utf8(f, d->suggestion, strlen(d->suggestion));
            putc('\n', f);
        }
    }
    return ferror(f) ? -1 : 0;
}
