/*
 * out_csv.c -- CSV output (RFC 4180, every cell quoted, as libcsv's
 * csv_fwrite() writes it): a header row, then one row per citation.  Text cells that a spreadsheet would run as a formula
 * (starting with = + - @ tab CR LF) are prefixed with ' unless --csv-raw
 * (OWASP's advice on CSV injection).  Cells are UTF-8: bytes of a
 * Windows-1252 document are decoded (writer.h).  After the citation's own
 * columns come what the tables know about it (enrich.h; not with
 * --no-enrich), then, when checking, status and diagnostics.
 */
#include <string.h>

#include "enrich.h"
#include "writer.h"

static const char *const columns[] = {
    "file", "line", "column", "start", "end", "type", "key", "canonical", "text",
    "congress", "law_number", "bill_type", "bill_number", "title", "section",
    "subsections", "volume", "page", "edition", "chapter", "date", "url", "pdf_page", "form",
    "antecedent", "act", "act_section"
};
#define NCOL_BASE 27 /* "page" is the Stat. page, "pdf_page" the page of a PDF
                     * or paged text (0: empty); "chapter" and "date" those of
                     * a chapter citation; "form" is "full" or "short",
                     * "antecedent" the start of the full citation a short
                     * form refers back to */
/* What the tables know (enrich.h), unless --no-enrich. */
static const char *const enrich_columns[] = {
    "law", "enacted", "law_stat", "law_bill", "title_name", "section_status",
    "section_heading"
};
#define NCOL_ENRICH 7 /* and "act": a law's Act name fills the act column */
static const char *const check_columns[] = { "status", "diagnostics" };

/* s[0..n) as one quoted cell, '"' doubled: runs without a quote written
 * whole (csv_fwrite() wrote a byte at a time, each a locked putc). */
static int quoted(FILE *f, const char *s, size_t n)
{
    putc('"', f);
    for (const char *q; n > 0 && (q = memchr(s, '"', n)) != NULL; n -= (size_t)(q + 1 - s), s = q + 1) {
        fwrite(s, 1, (size_t)(q + 1 - s), f);
        putc('"', f);
    }
    fwrite(s, 1, n, f);
    return putc('"', f) == EOF ? -1 : 0;
}

static int cell(sc_writer *w, const char *s, int first)
{
    if (!first && putc(',', w->out) == EOF)
        return -1;
    if (!s || !*s)
        return 0;
    size_t n = strlen(s);
    char u[3 * SC_MAX_DIAGS * 300 + 1];
    if (!sc_utf8_valid(s, n)) { /* a Windows-1252 document's bytes: UTF-8 out */
        n = sc_utf8_fix(s, n, u, sizeof u);
        s = u;
    }
    if (!w->o.csv_raw && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
                          s[0] == '\t' || s[0] == '\r' || s[0] == '\n')) {
        char buf[sizeof u + 2];
        if (n + 2 > sizeof buf)
            n = sizeof buf - 2;
        buf[0] = '\'';
        memcpy(buf + 1, s, n);
        return quoted(w->out, buf, n + 1);
    }
    return quoted(w->out, s, n);
}

static int num(sc_writer *w, unsigned long long v, int show)
{
    if (putc(',', w->out) == EOF)
        return -1;
    if (show)
        sc_out_num(w->out, v);
    return 0; /* a write error shows in ferror(), checked per record */
}

int sc_out_csv_put(sc_writer *w, const char *doc, const sc_citation *c)
{
    int rc = 0;
    if (!w->started) {
        w->started = 1;
        if (w->o.bom) /* Excel reads a CSV as UTF-8 only after this mark */
            rc |= fputs("\xef\xbb\xbf", w->out) == EOF;
        if (w->o.header) {
            for (int i = 0; i < NCOL_BASE; i++)
                rc |= fprintf(w->out, "%s%s", i ? "," : "", columns[i]) < 0;
            for (int i = 0; !w->o.no_enrich && i < NCOL_ENRICH; i++)
                rc |= fprintf(w->out, ",%s", enrich_columns[i]) < 0;
            for (int i = 0; w->o.check && i < 2; i++)
                rc |= fprintf(w->out, ",%s", check_columns[i]) < 0;
            rc |= sc_out_endrec(w);
        }
    }
    if (!c)
        return rc ? -1 : 0;
    int bill = c->type == SC_BILL;
    rc |= cell(w, doc, 1);
    rc |= num(w, c->line, 1);
    rc |= num(w, c->col, 1);
    rc |= num(w, c->start, 1);
    rc |= num(w, c->end, 1);
    rc |= cell(w, sc_type_name(c->type), 0);
    rc |= cell(w, c->key, 0);
    rc |= cell(w, c->canonical, 0);
    rc |= cell(w, c->raw, 0);
    rc |= num(w, (unsigned long long)c->congress, c->congress > 0);
    rc |= num(w, (unsigned long long)c->number, !bill && c->number > 0);
    rc |= cell(w, sc_bill_code(c->bill), 0);
    rc |= num(w, (unsigned long long)c->number, bill && c->number > 0);
    rc |= cell(w, c->title, 0);
    rc |= cell(w, c->section, 0);
    rc |= cell(w, c->subsections, 0);
    rc |= cell(w, c->volume, 0);
    rc |= cell(w, c->pages, 0);
    rc |= cell(w, c->edition, 0);
    rc |= num(w, (unsigned long long)c->chapter, c->chapter > 0);
    char date[16] = "";
    if (c->date > 0)
        snprintf(date, sizeof date, "%04d-%02d-%02d", (int)(c->date / 10000),
                 (int)(c->date / 100 % 100), (int)(c->date % 100));
    rc |= cell(w, date, 0);
    rc |= cell(w, c->url, 0);
    rc |= num(w, c->page, c->page > 0);
    rc |= cell(w, c->form == SC_FORM_SHORT ? "short" : "full", 0);
    rc |= num(w, c->antecedent, c->form == SC_FORM_SHORT && c->antecedent != SC_NO_ANTECEDENT);
    sc_enrich e;
    if (!w->o.no_enrich)
        sc_enrich_cached(&w->enrich, c, &e);
    /* an Act's section names its Act; a law, with enrichment, its Act name */
    rc |= cell(w, c->act[0] || w->o.no_enrich ? c->act : e.act ? e.act : "", 0);
    rc |= cell(w, c->act_section, 0);
    if (!w->o.no_enrich) {
        const char *v[NCOL_ENRICH] = { e.law, e.enacted, e.stat, e.bill, e.usc_title,
                                       e.usc_status, e.usc_heading };
        for (int i = 0; i < NCOL_ENRICH; i++)
            rc |= cell(w, v[i], 0);
    }
    if (w->o.check) {
        int st = sc_citation_status(c);
        rc |= cell(w, st < 0 ? "ok" : sc_severity_name((sc_severity)st), 0);
        char d[SC_MAX_DIAGS * 300];
        size_t n = 0;
        d[0] = '\0';
        for (int i = 0; i < c->ndiag && n < sizeof d; i++)
            n += (size_t)snprintf(d + n, sizeof d - n, "%s%s: %s [%s]", i ? "; " : "",
                                  sc_severity_name(c->diag[i].severity), c->diag[i].message,
                                  c->diag[i].code);
        rc |= cell(w, d, 0);
    }
    rc |= sc_out_endrec(w);
    return rc || ferror(w->out) ? -1 : 0;
}
