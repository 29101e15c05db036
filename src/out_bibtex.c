/*
 * out_bibtex.c -- BibLaTeX @legislation records, one per distinct citation
 * (the first occurrence wins), with stable keys: publ108-458, pvtl110-1,
 * usc8-1357.g.1, hr1559-108, stat117-1137.  Field values escape the LaTeX
 * specials { } \ % & # $ _ ^ ~ and write the section sign as \S{}.
 */
#include <stdlib.h>
#include <string.h>

#include "ctype.h"
#include "writer.h"

/* The BibTeX key of a citation: letters, digits, '-' and '.'. */
static void bib_key(const sc_citation *c, char *k, size_t cap)
{
    switch (c->type) {
    case SC_PUBLIC_LAW:
    case SC_PRIVATE_LAW:
        snprintf(k, cap, "%s%d-%d", c->type == SC_PUBLIC_LAW ? "publ" : "pvtl", c->congress,
                 c->number);
        return;
    case SC_BILL:
        if (c->congress > 0)
            snprintf(k, cap, "%s%d-%d", sc_bill_code(c->bill), c->number, c->congress);
        else
            snprintf(k, cap, "%s%d", sc_bill_code(c->bill), c->number);
        return;
    case SC_STAT:
        snprintf(k, cap, "stat%s-%s", c->volume, c->pages);
        return;
    case SC_USC:
    case SC_ACT_SECTION: { /* the Code section it is classified to */
        size_t n = (size_t)snprintf(k, cap, "usc%s-%s", c->title, c->section);
        for (const char *p = c->subsections; *p && n + 2 < cap; p++)
            if (*p == '(')
                k[n++] = '.';
            else if (sc_isalnum(*p))
                k[n++] = *p;
        k[n < cap ? n : cap - 1] = '\0';
        return;
    }
    default:
        snprintf(k, cap, "cite");
    }
}

static void tex(FILE *f, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '{': case '}': case '%': case '&': case '#': case '$': case '_':
            putc('\\', f);
            putc(*p, f);
            break;
        case '\\': fputs("\\textbackslash{}", f); break;
        case '^': fputs("\\^{}", f); break;
        case '~': fputs("\\~{}", f); break;
        case 0xc2:
            if (p[1] == 0xa7) {
                fputs("\\S{}", f);
                p++;
                break;
            }
            putc(*p, f);
            break;
        default:
            if (*p < 0x20)
                putc(' ', f);
            else
                putc(*p, f);
        }
    }
}

static void fld(FILE *f, const char *name, const char *v)
{
    if (!v || !*v)
        return;
    fprintf(f, "  %-9s = {", name);
    tex(f, v);
    fputs("},\n", f);
}

int sc_out_bibtex_put(sc_writer *w, const char *doc, const sc_citation *c)
{
    (void)doc;
    char k[SC_KEY_MAX + 16], buf[128];
    FILE *f = w->out;
    if (c->form == SC_FORM_SHORT)
        return 0; /* a short form stands for a citation: no record of its own */
    bib_key(c, k, sizeof k);
    if (!sc_strset_add(&w->keys, k, strlen(k)))
        return 0; /* written before: the first occurrence wins */
    fprintf(f, "@legislation{%s,\n", k);
    fld(f, "title", c->canonical);
    switch (c->type) {
    case SC_PUBLIC_LAW:
    case SC_PRIVATE_LAW:
        fld(f, "type", c->type == SC_PUBLIC_LAW ? "Public Law" : "Private Law");
        snprintf(buf, sizeof buf, "%d-%d", c->congress, c->number);
        fld(f, "number", buf);
        break;
    case SC_USC:
    case SC_ACT_SECTION:
        fld(f, "type", "United States Code");
        fld(f, "volume", c->title);
        snprintf(buf, sizeof buf, "%s%s", c->section, c->subsections);
        fld(f, "number", buf);
        fld(f, "edition", c->edition);
        break;
    case SC_BILL:
        fld(f, "type", c->bill == SC_BILL_HR || c->bill == SC_BILL_S ? "Bill" : "Resolution");
        snprintf(buf, sizeof buf, "%d", c->number);
        fld(f, "number", buf);
        break;
    case SC_STAT:
        fld(f, "type", "Statutes at Large");
        fld(f, "volume", c->volume);
        fld(f, "pages", c->pages);
        break;
    default:
        break;
    }
    if (c->congress > 0) {
        snprintf(buf, sizeof buf, "%d", c->congress);
        fld(f, "congress", buf);
    }
    if (c->year > 0) {
        snprintf(buf, sizeof buf, "%d", c->year);
        fld(f, "year", buf);
    }
    fld(f, "url", c->url);
    fld(f, "keywords", sc_type_name(c->type));
    fputs("}\n", f);
    if (w->o.null_sep)
        putc('\0', f);
    else
        putc('\n', f);
    return ferror(f) ? -1 : 0;
}
