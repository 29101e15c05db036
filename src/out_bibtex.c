/*
 * out_bibtex.c -- one bibliography record per distinct citation (the first
 * occurrence wins), in two dialects (docs/bibtex.md):
 *
 *   -f bibtex    @misc, which classic bibtex's standard styles and biblatex's
 *                default data model both know: title (the Act's name, or
 *                the citation's standard form), howpublished (the citation,
 *                with the Statutes at Large page), year and month (enacted),
 *                note (enactment date, bill, the law a bill became or a page
 *                is in, a Code section's status), key (the standard form, by
 *                which classic styles sort a record without author), url,
 *                keywords (the type).
 *   -f biblatex  @legislation with the fields of the data model shipped in
 *                tex/statcite.dbx (congress, bill, statute, law,
 *                status) and rendered by tex/statcite.bbx.
 *
 * Keys are the citation's key (corpus/FORMAT.md) spelled with letters,
 * digits and - : . _ only: "/" becomes ":", "(" becomes ".", ")" is dropped,
 * "@" becomes "-", anything else "_" (usc:8/1357(g) -> usc:8:1357.g,
 * bill:hr/1559@108 -> bill:hr:1559-108).  Field values escape the LaTeX
 * specials { } \ % & # $ _ ^ ~ and write the section sign as \S{}; titles
 * are in double braces, so that no style changes their case; page numbers
 * are in braces, so that "3009-546" is one page, not a range; url and
 * keywords are written as they are (biblatex reads them verbatim).
 */
#include <stdlib.h>
#include <string.h>

#include "ctype.h"
#include "enrich.h"
#include "refdata.h"
#include "writer.h"

/* The record's key (see the top of the file). */
static void bib_key(const sc_citation *c, char *k, size_t cap)
{
    size_t n = 0;
    for (const char *p = c->key; *p && n + 1 < cap; p++) {
        char ch = *p;
        if (sc_isalnum(ch) || ch == '-' || ch == ':' || ch == '.' || ch == '_')
            k[n++] = ch;
        else if (ch == '/')
            k[n++] = ':';
        else if (ch == '(')
            k[n++] = '.';
        else if (ch == '@')
            k[n++] = '-';
        else if (ch != ')')
            k[n++] = '_';
    }
    if (n == 0)
        n = (size_t)snprintf(k, cap, "cite");
    k[n] = '\0';
}

/* Writes s with the LaTeX specials escaped; the section sign as \S{}. */
static void tex(FILE *f, const char *s)
{
    char u[3 * SC_FORM_MAX + 1]; /* UTF-8 out, always (writer.h) */
    if (!sc_utf8_valid(s, strlen(s))) {
        sc_utf8_fix(s, strlen(s), u, sizeof u);
        s = u;
    }
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
            putc(*p < 0x20 ? ' ' : *p, f);
        }
    }
}

/* name = {value}: LaTeX-escaped; wrapped in one more pair of braces when
 * @p protect (titles, page numbers) */
static void fld(FILE *f, const char *name, const char *v, int protect)
{
    if (!v || !*v)
        return;
    fprintf(f, "  %-12s = {%s", name, protect ? "{" : "");
    tex(f, v);
    fputs(protect ? "}},\n" : "},\n", f);
}

/* name = {value} as it is: url, keywords (verbatim in biblatex; no braces
 * or spaces in them) */
static void raw(FILE *f, const char *name, const char *v)
{
    if (v && *v)
        fprintf(f, "  %-12s = {%s},\n", name, v);
}

static const char *const months[] = { "jan", "feb", "mar", "apr", "may", "jun",
                                      "jul", "aug", "sep", "oct", "nov", "dec" };
static const char *const month_names[] = { "January", "February", "March", "April", "May",
                                           "June", "July", "August", "September", "October",
                                           "November", "December" };

/* "August 21, 1996" from "1996-08-21" */
static void long_date(char *out, size_t cap, const char *ymd)
{
    int y = atoi(ymd), m = atoi(ymd + 5), d = atoi(ymd + 8);
    if (m >= 1 && m <= 12)
        snprintf(out, cap, "%s %d, %d", month_names[m - 1], d, y);
    else
        snprintf(out, cap, "%s", ymd);
}

/* The citation with its Statutes at Large page: "Pub. L. No. 104-191,
 * 110 Stat. 1936". */
static void cite_with_stat(char *out, size_t cap, const sc_citation *c, const sc_enrich *e)
{
    if ((c->type == SC_PUBLIC_LAW || c->type == SC_PRIVATE_LAW) && e->stat[0])
        snprintf(out, cap, "%s, %s", c->canonical, e->stat);
    else
        snprintf(out, cap, "%s", c->canonical);
}

/* What a note says: the law a bill became or a page is in, the enactment
 * date and bill of a law, a Code section's title, status and heading. */
static void note(char *out, size_t cap, const sc_citation *c, const sc_enrich *e, int with_law)
{
    char date[48] = "";
    size_t n = 0;
    out[0] = '\0';
#define ADD(...)                                                                             \
    do {                                                                                     \
        int k_ = snprintf(out + n, cap - n, __VA_ARGS__);                                    \
        if (k_ > 0)                                                                          \
            n = n + (size_t)k_ < cap ? n + (size_t)k_ : cap - 1;                             \
    } while (0)
    if (c->type == SC_USC) {
        if (e->usc_title[0])
            ADD("Title %s, %s", c->title, e->usc_title);
        if (e->usc_status[0] && strcmp(e->usc_status, "active") != 0)
            ADD("%sSection %s%s%s", n ? ". " : "", e->usc_status, e->usc_heading[0] ? ": " : "",
                e->usc_heading);
        return;
    }
    if (!e->law[0])
        return;
    if (with_law && c->type == SC_BILL)
        ADD("Became %s", e->law);
    else if (with_law && c->type == SC_STAT)
        ADD("In %s", e->law);
    if (with_law && c->type != SC_PUBLIC_LAW && c->type != SC_PRIVATE_LAW && e->act[0])
        ADD(" (%s)", e->act);
    if (e->enacted[0]) {
        long_date(date, sizeof date, e->enacted);
        ADD("%s%s %s", n ? ", enacted" : "Enacted", "", date);
    }
    if (e->bill[0] && c->type != SC_BILL)
        ADD("%s%s", n ? "; " : "", e->bill);
#undef ADD
}

/* The date a record gives (biblatex's model requires one for @misc), into
 * @p out: a law's (or the law of a bill or page) enactment year; else the
 * year the text gives; else the term of the citation's Congress as an EDTF
 * interval ("1995/1997": the law or bill is of those years, which is all
 * that is known); for a Code section, its edition's year, else that of the
 * law the reference table's release point ends with (the Code as it
 * stands); for a Statutes at Large page, the date written before it; else
 * "".  Returns 1 when @p out is a plain year. */
static int bib_date(const sc_citation *c, const sc_enrich *e, char *out, size_t cap)
{
    int y = 0;
    out[0] = '\0';
    if (c->type == SC_USC) {
        for (const char *p = c->edition; *p; p++) /* "2018", "Supp. V 2017" */
            if (sc_isdigit(p[0]) && sc_isdigit(p[1]) && sc_isdigit(p[2]) && sc_isdigit(p[3]))
                y = atoi(p);
        if (y == 0 && c->year > 0)
            y = c->year;
        if (y == 0) {
            const char *rp = sc_ref_release_point(), *dash = strchr(rp, '-');
            const sc_ref_law *l = dash ? sc_ref_public_law(atoi(rp), atoi(dash + 1)) : NULL;
            if (l && l->enacted > 0)
                y = (int)(l->enacted / 10000);
        }
    } else if (e->enacted[0]) {
        y = atoi(e->enacted);
    } else if (c->type == SC_STAT && c->date > 0) {
        y = (int)(c->date / 10000); /* the date written before the page ("Act of July
                                     * 2, 1890, ch. 647, 26 Stat. 209") */
    } else if (c->year > 0) {
        y = c->year;
    } else {
        const sc_ref_congress *g = c->congress > 0 ? sc_ref_congress_get(c->congress) : NULL;
        if (g && g->start > 0 && g->end > 0) {
            snprintf(out, cap, "%d/%d", (int)(g->start / 10000), (int)(g->end / 10000));
            return 0;
        }
    }
    if (y > 0)
        snprintf(out, cap, "%d", y);
    return y > 0;
}

/* @misc: classic bibtex's standard styles and biblatex's default model. */
static void put_misc(FILE *f, const sc_citation *c, const sc_enrich *e)
{
    char buf[3 * SC_FORM_MAX];
    int is_law = c->type == SC_PUBLIC_LAW || c->type == SC_PRIVATE_LAW;
    fld(f, "title", is_law && e->act[0] ? e->act : c->canonical, 1);
    cite_with_stat(buf, sizeof buf, c, e);
    fld(f, "howpublished", buf, 1);
    fld(f, "key", c->canonical, 0); /* classic styles sort by it (no author) */
    char date[32];
    int month = is_law && e->enacted[0] ? atoi(e->enacted + 5) : 0;
    if (bib_date(c, e, date, sizeof date))
        fprintf(f, "  %-12s = {%s},\n", "year", date);
    else /* an interval, or EDTF "year unknown": biblatex requires a date */
        fprintf(f, "  %-12s = {%s},\n", "date", date[0] ? date : "XXXX");
    if (month >= 1 && month <= 12)
        fprintf(f, "  %-12s = %s,\n", "month", months[month - 1]);
    note(buf, sizeof buf, c, e, 1);
    fld(f, "note", buf, 0);
}

/* @legislation: tex/statcite.dbx. */
static void put_legislation(FILE *f, const sc_citation *c, const sc_enrich *e)
{
    char buf[3 * SC_FORM_MAX];
    int is_law = c->type == SC_PUBLIC_LAW || c->type == SC_PRIVATE_LAW;
    fld(f, "title", is_law && e->act[0] ? e->act : c->canonical, 1);
    switch (c->type) {
    case SC_PUBLIC_LAW:
    case SC_PRIVATE_LAW:
        fld(f, "type", c->type == SC_PUBLIC_LAW ? "Public Law" : "Private Law", 0);
        snprintf(buf, sizeof buf, "%d-%d", c->congress, c->number);
        fld(f, "number", buf, 0);
        fld(f, "statute", e->stat, 0);
        fld(f, "bill", e->bill, 0);
        break;
    case SC_USC:
        fld(f, "type", "United States Code", 0);
        /* "50a" (50 App.) is no integer volume: a field of its own */
        snprintf(buf, sizeof buf, "%.*s%s", (int)strspn(c->title, "0123456789"), c->title,
                 c->title[strspn(c->title, "0123456789")] ? " App." : "");
        fld(f, "usctitle", buf, 0);
        snprintf(buf, sizeof buf, "%s%s", c->section, c->subsections);
        fld(f, "number", buf, 0);
        fld(f, "edition", c->edition, 0);
        fld(f, "titleaddon", e->usc_title, 0);
        if (e->usc_status[0] && strcmp(e->usc_status, "active") != 0)
            fld(f, "status", e->usc_status, 0);
        fld(f, "note", e->usc_heading, 0);
        break;
    case SC_BILL:
        fld(f, "type", c->bill == SC_BILL_HR || c->bill == SC_BILL_S ? "Bill" : "Resolution", 0);
        snprintf(buf, sizeof buf, "%d", c->number);
        fld(f, "number", buf, 0);
        fld(f, "law", e->law, 0);
        break;
    case SC_STAT:
        fld(f, "type", "Statutes at Large", 0);
        fld(f, "volume", c->volume, 0);
        fld(f, "pages", c->pages, 1);
        fld(f, "law", e->law, 0);
        break;
    default:
        break;
    }
    if (c->congress > 0)
        fprintf(f, "  %-12s = {%d},\n", "congress", c->congress);
    char date[32];
    bib_date(c, e, date, sizeof date);
    if (e->enacted[0])
        fprintf(f, "  %-12s = {%s},\n", "date", e->enacted);
    else if (date[0])
        fprintf(f, "  %-12s = {%s},\n", "date", date);
    if (!is_law && c->type != SC_USC && e->act[0])
        fld(f, "titleaddon", e->act, 0);
}

int sc_out_bibtex_put(sc_writer *w, const char *doc, const sc_citation *c)
{
    (void)doc;
    char k[SC_KEY_MAX + 16];
    FILE *f = w->out;
    if (c->form == SC_FORM_SHORT)
        return 0; /* a short form stands for a citation: no record of its own */
    bib_key(c, k, sizeof k);
    if (!sc_strset_add(&w->keys, k, strlen(k)))
        return 0; /* written before: the first occurrence wins */
    sc_enrich e;
    if (w->o.no_enrich)
        sc_enrich_get(&(sc_citation){ .type = SC_NTYPES }, &e); /* all "" */
    else
        sc_enrich_cached(&w->enrich, c, &e);
    int latex = w->fmt == SC_FMT_BIBLATEX;
    fprintf(f, "@%s{%s,\n", latex ? "legislation" : "misc", k);
    if (latex)
        put_legislation(f, c, &e);
    else
        put_misc(f, c, &e);
    raw(f, "url", c->url);
    raw(f, "keywords", sc_type_name(c->type));
    fputs("}\n", f);
    if (w->o.null_sep)
        putc('\0', f);
    else
        putc('\n', f);
    return ferror(f) ? -1 : 0;
}
