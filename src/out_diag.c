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

static void source_line(sc_writer *w, const sc_citation *c)
{
    FILE *f = w->out;
    if (!c->context[0])
        return;
    char num[24];
    int nl = snprintf(num, sizeof num, "%llu", (unsigned long long)c->line);
    fprintf(f, " %s | ", num);
    for (const unsigned char *p = (const unsigned char *)c->context; *p; p++)
        putc(*p == '\t' || *p == '\f' ? ' ' : *p, f); /* a page's form feed too */
    putc('\n', f);
    fprintf(f, " %*s | ", nl, "");
    /* caret under the first character, tildes under the rest (in characters) */
    int col = 0, len = 0;
    size_t cs = (size_t)c->context_col, ce = cs + c->raw_len, ctxl = strlen(c->context);
    if (ce > ctxl)
        ce = ctxl;
    for (size_t i = 0; i < ctxl; i++) {
        if (((unsigned char)c->context[i] & 0xc0) == 0x80)
            continue;
        if (i < cs)
            col++;
        else if (i < ce)
            len++;
    }
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
        fprintf(f, "%s%s:%llu:%llu:%s %s%s:%s %s", b, doc, (unsigned long long)c->line,
                (unsigned long long)c->col, r, w->o.color ? sev_color(d->severity) : "",
                sc_severity_name(d->severity), r, d->message);
        if (c->page > 0) /* a PDF's page, after the message: FILE:LINE:COL: and the */
            fprintf(f, " (p. %u)", c->page); /* final [code] stay where tools look */
        fprintf(f, " [%s]\n", d->code);
        source_line(w, c);
        if (d->suggestion[0])
            fprintf(f, "%s%s:%llu:%llu:%s %snote:%s %s\n", b, doc, (unsigned long long)c->line,
                    (unsigned long long)c->col, r, w->o.color ? sev_color(SC_NOTE) : "", r,
                    d->suggestion);
    }
    return ferror(f) ? -1 : 0;
}
