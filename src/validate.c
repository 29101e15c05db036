/*
 * validate.c -- the checker (see validate.h): each citation against the
 * reference tables (refdata.c), against the other citations of its group (a
 * sentence or list item: a bill and the law it became, a law and its Stat.
 * page, a date or an Act's year beside a law) and against what the document
 * said before (one bill, two laws).  Every code is documented in
 * docs/checks.md; messages are one sentence, suggestions say what to write.
 */
#include "validate.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check_historic.h"
#include "ctype.h"
#include "normalize.h"
#include "refdata.h"

#define ORD(n) sc_norm_ord_suffix(n) /* "st" of "1st": messages name Congresses */

/* What the document said before: bounded tables, oldest entries dropped. */
#define DOC_MAX 1024

typedef struct doc_bill {
    int16_t congress;
    uint8_t type;
    int32_t number;
    int16_t law_congress;
    int32_t law_number;
} doc_bill;

typedef struct doc_date {
    int16_t congress;
    int32_t number;
    int32_t date; /* yyyymmdd */
} doc_date;

struct sc_doc_state {
    sc_options opt;
    char disabled[256];
    int current_congress; /* the Congress sitting now (or in opt.current_year) */
    int current_year;
    doc_bill bills[DOC_MAX];
    int nbills, bill_next;
    doc_date dates[DOC_MAX];
    int ndates, date_next;
};

/* ------------------------------------------------------------ state */

sc_doc_state *sc_doc_state_new(const sc_options *opt)
{
    sc_doc_state *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    if (opt)
        d->opt = *opt;
    if (d->opt.disabled)
        snprintf(d->disabled, sizeof d->disabled, ",%s,", d->opt.disabled);
    d->opt.disabled = NULL;
    int ymd;
    if (d->opt.current_year > 0) {
        d->current_year = d->opt.current_year;
        ymd = d->current_year * 10000 + 701;
    } else {
        time_t now = time(NULL);
        struct tm tm;
        gmtime_r(&now, &tm);
        d->current_year = tm.tm_year + 1900;
        ymd = d->current_year * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
    }
    d->current_congress = sc_ref_congress_at(ymd);
    if (d->current_congress == 0) /* past the table: the term rule */
        d->current_congress = (d->current_year - 1789) / 2 + 1;
    return d;
}

void sc_doc_state_free(sc_doc_state *d) { free(d); }

void sc_doc_state_reset(sc_doc_state *d)
{
    d->nbills = d->bill_next = 0;
    d->ndates = d->date_next = 0;
}

/* ------------------------------------------------------- diagnostics */

static int disabled(const sc_doc_state *d, const char *code)
{
    if (!d->disabled[0])
        return 0;
    char pat[40];
    snprintf(pat, sizeof pat, ",%s,", code);
    return strstr(d->disabled, pat) != NULL;
}

/* Adds a finding to c: message and suggestion are printf formats, the
 * suggestion's arguments follow the message's; suggestion may be NULL. */
static void diag(sc_doc_state *d, sc_citation *c, sc_severity sev, const char *code,
                 const char *sugg, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

static void diag(sc_doc_state *d, sc_citation *c, sc_severity sev, const char *code,
                 const char *sugg, const char *fmt, ...)
{
    if (disabled(d, code) || c->ndiag >= SC_MAX_DIAGS)
        return;
    for (int i = 0; i < c->ndiag; i++)
        if (strcmp(c->diag[i].code, code) == 0)
            return; /* one finding per code and citation */
    sc_diag *g = &c->diag[c->ndiag++];
    g->severity = sev;
    snprintf(g->code, sizeof g->code, "%s", code);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(g->message, sizeof g->message, fmt, ap);
    va_end(ap);
    snprintf(g->suggestion, sizeof g->suggestion, "%s", sugg ? sugg : "");
}

/* ---------------------------------------------------------- helpers */

static int year_of(int32_t ymd) { return ymd / 10000; }

static void fmt_date(int32_t ymd, char *out, size_t cap)
{
    static const char *const months[] = { "January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December" };
    int m = ymd / 100 % 100;
    if (m < 1 || m > 12) { /* a year alone (yyyy0000) */
        snprintf(out, cap, "%d", ymd / 10000);
        return;
    }
    snprintf(out, cap, "%s %d, %d", months[m - 1], ymd % 100, ymd / 10000);
}

/* "Public Law 110-180" / "Private Law 110-1", as the messages name laws. */
static void law_name(const sc_citation *c, char *out, size_t cap)
{
    snprintf(out, cap, "%s Law %d-%d", c->type == SC_PRIVATE_LAW ? "Private" : "Public",
             c->congress, c->number);
}

/* "H.R. 2640" */
static void bill_name(int type, int number, char *out, size_t cap)
{
    snprintf(out, cap, "%s %d", sc_norm_bill_abbrev((sc_bill_type)type), number);
}

/* " (NICS Improvement Amendments Act of 2007)" or "" when the law has no
 * short title on record (or only Congress.gov's display title). */
static void law_title_paren(const sc_ref_law *l, char *out, size_t cap)
{
    const char *t = sc_ref_law_title(l);
    if (!t[0] || (l->flags & SC_REF_TITLE_DISPLAY) || strlen(t) > 90)
        out[0] = '\0';
    else
        snprintf(out, cap, " (%s)", t);
}

static int is_law(const sc_citation *c) { return c->type == SC_PUBLIC_LAW || c->type == SC_PRIVATE_LAW; }

/* Can this bill type become a law? */
static int lawmaking(int type)
{
    return type == SC_BILL_HR || type == SC_BILL_S || type == SC_BILL_HJRES ||
           type == SC_BILL_SJRES;
}

/* Byte offsets of c in the window, or 0 when it is not (wholly) in it. */
static int span(const sc_window *w, const sc_citation *c, size_t *s, size_t *e)
{
    if (c->start < w->base || c->end > w->base + w->len)
        return 0;
    *s = (size_t)(c->start - w->base);
    *e = (size_t)(c->end - w->base);
    return 1;
}

/* Is the word buf[s..e) (ASCII letters) in the NULL-terminated list? */
static int word_in(const uint8_t *buf, size_t s, size_t e, const char *const *list)
{
    for (; *list; list++) {
        size_t n = strlen(*list);
        if (n != e - s)
            continue;
        size_t k = 0;
        while (k < n && sc_tolower(buf[s + k]) == (*list)[k])
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

/* ------------------------------------------- reading around a law */

/* Words that may stand between a law and its date: "Public Law 108-90,
 * enacted October 1, 2003", "Pub. L. 108-90 (approved Oct. 1, 2003)". */
static const char *const date_words[] = { "of", "enacted", "approved", "signed", "into", "law",
                                          "on", "dated", "was", NULL };

/* Skips from buf[i] over what may separate a law from its Stat. page, date
 * or year: blanks, punctuation, the words above and Stat. citations of the
 * group (which are the law's own).  An effective date ("effective Oct. 1,
 * 1987") is not the enactment date.  Stops at anything else; returns the
 * position reached. */
static size_t skip_filler(const sc_window *w, size_t i, size_t lim, const sc_citation *group,
                          int n)
{
    while (i < lim) {
        uint8_t ch = w->buf[i];
        /* not ';': "Pub. L. 85-811, 72 Stat. 978; Sept. 1, 1970, Pub. L. 91-369" */
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == ',' || ch == '(' ||
            ch == '[' || ch == 0xa0 || ch == 0xc2) {
            i++;
            continue;
        }
        int jumped = 0;
        for (int k = 0; k < n; k++) {
            size_t s, e;
            if (group[k].type == SC_STAT && span(w, &group[k], &s, &e) && s == i) {
                i = e;
                jumped = 1;
                break;
            }
        }
        if (jumped)
            continue;
        if (sc_isalpha(ch)) {
            size_t e = i;
            while (e < lim && sc_isalpha(w->buf[e]))
                e++;
            if (word_in(w->buf, i, e, date_words)) {
                i = e;
                continue;
            }
        }
        break;
    }
    return i;
}

/* A date (or a year in parentheses) given for the law ending at @p le:
 * returns yyyymmdd, or yyyy0000 for a year alone, or 0. */
static int32_t date_after(const sc_rules *r, sc_matcher *m, const sc_window *w, size_t le,
                          const sc_citation *group, int n)
{
    size_t lim = le + 160 < w->len ? le + 160 : w->len;
    size_t i = skip_filler(w, le, lim, group, n);
    if (i >= lim)
        return 0;
    /* "(2015)" -- the year of a Bluebook citation */
    if (i > le && w->buf[i - 1] == '(' && i + 5 <= lim && sc_isdigit(w->buf[i]) &&
        sc_isdigit(w->buf[i + 1]) && sc_isdigit(w->buf[i + 2]) && sc_isdigit(w->buf[i + 3]) &&
        w->buf[i + 4] == ')') {
        int y = (w->buf[i] - '0') * 1000 + (w->buf[i + 1] - '0') * 100 +
                (w->buf[i + 2] - '0') * 10 + (w->buf[i + 3] - '0');
        if (y >= 1789 && y <= 2100)
            return y * 10000;
    }
    if (!sc_isupper(w->buf[i]))
        return 0; /* a date starts with its month */
    int ri = r->ctx_date;
    if (ri < 0)
        return 0;
    sc_groups g;
    size_t e = sc_rule_match(r, ri, m, w->buf, lim, i, &g);
    if (e == SC_UNSET || g.so[SC_G_CITE] != i)
        return 0;
    static const char *const mon[] = { "jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec" };
    int month = 0;
    for (int k = 0; k < 12; k++)
        if (sc_tolower(w->buf[g.so[SC_G_MONTH]]) == mon[k][0] &&
            sc_tolower(w->buf[g.so[SC_G_MONTH] + 1]) == mon[k][1] &&
            sc_tolower(w->buf[g.so[SC_G_MONTH] + 2]) == mon[k][2])
            month = k + 1;
    int day = 0, year = 0;
    for (size_t k = g.so[SC_G_DAY]; k < g.eo[SC_G_DAY]; k++)
        day = day * 10 + (w->buf[k] - '0');
    for (size_t k = g.so[SC_G_YEAR]; k < g.eo[SC_G_YEAR]; k++)
        year = year * 10 + (w->buf[k] - '0');
    if (!month || day < 1 || day > 31)
        return 0;
    return year * 10000 + month * 100 + day;
}

/* The year of an Act's name just before the law at @p ls ("... Act of 2007,
 * Public Law ...", "... Act, 2009 (Pub. L. ...)"); *fiscal is set for the
 * ", 2009" form.  Returns the year or 0. */
static int act_year_before(const sc_rules *r, sc_matcher *m, const sc_window *w, size_t ls,
                           int *fiscal)
{
    int ri = r->ctx_actyear;
    if (ri < 0 || ls < 8)
        return 0;
    size_t from = ls > 24 ? ls - 24 : 0;
    if (!memmem(w->buf + from, ls - from, "Act", 3))
        return 0;
    sc_groups g;
    int year = 0;
    for (size_t p = from; p < ls;) {
        size_t e = sc_rule_match(r, ri, m, w->buf, ls, p, &g);
        if (e == SC_UNSET)
            break;
        /* only blanks and punctuation between the name and the law */
        size_t k = e;
        /* not a line break: a heading "... Act of 1935" above a note that
         * begins "Pub. L. 89-97, ..." is not the law's name */
        while (k < ls && (w->buf[k] == ' ' || w->buf[k] == ',' || w->buf[k] == '(' ||
                          w->buf[k] == '-' || w->buf[k] == '\t'))
            k++;
        if (k == ls && ls - e <= 4) {
            int gi = sc_gset(&g, SC_G_FY) ? SC_G_FY : SC_G_YEAR;
            year = 0;
            for (size_t q = g.so[gi]; q < g.eo[gi]; q++)
                year = year * 10 + (w->buf[q] - '0');
            *fiscal = gi == SC_G_FY;
        }
        p = e > p ? e : p + 1;
    }
    return year;
}

/* Words that may stand between a bill and the law it became, besides
 * capitalized words (the Act's name), numbers and punctuation.  A verb
 * such as "amend" or "under" means the bill is about the law instead. */
static const char *const link_words[] = {
    "of",   "and",  "the",   "for",    "to",     "on",    "in",   "a",      "an",   "as",
    "at",   "by",   "with",  "became", "become", "becomes", "enacted", "signed", "into",
    "law",  "was",  "is",    "which",  "now",    "bill",  "act",  "cited",  "known",
    "st",   "nd",   "rd",    "th",     "d",      "cong",  "congress", "sess", "session",
    "short", "title", "public", "pub", "l", "no", "h", "r", "s", NULL
};

/* Do the bill and the law of one group name the same enactment: close, no
 * other bill or law between them, and nothing else between them but names,
 * numbers, commas and link words?  (docs/linking.md) */
static int linked(const sc_window *w, const sc_citation *group, int n, const sc_citation *a,
                  const sc_citation *b)
{
    if (a->start > b->start) {
        const sc_citation *t = a;
        a = b;
        b = t;
    }
    size_t as, ae, bs, be;
    if (!span(w, a, &as, &ae) || !span(w, b, &bs, &be) || bs < ae || bs - ae > 300)
        return 0;
    for (int i = 0; i < n; i++)
        if (&group[i] != a && &group[i] != b && group[i].type != SC_STAT &&
            group[i].start >= a->end && group[i].end <= b->start)
            return 0;
    int depth = 0;
    for (size_t i = ae; i < bs;) {
        uint8_t ch = w->buf[i];
        /* a list item ends at ';' or '|'; "Pub. L. 99-591, § 101(i) [H.R.
         * 5233, title II]" names a bill the law took in, not its own; a ')'
         * closing a parenthesis opened before the first leaves its item */
        if (ch == ';' || ch == '|' || ch == '[' || ch == ']' ||
            (ch == 0xc2 && i + 1 < bs && w->buf[i + 1] == 0xa7))
            return 0;
        if (ch == '(')
            depth++;
        else if (ch == ')' && --depth < 0)
            return 0;
        if (!sc_isalpha(ch)) {
            i++;
            continue;
        }
        size_t e = i;
        while (e < bs && sc_isalpha(w->buf[e]))
            e++;
        if (!sc_isupper(ch) && !word_in(w->buf, i, e, link_words))
            return 0;
        i = e;
    }
    return 1;
}

/* ------------------------------------------------------------- laws */

/* "did you mean" list: the numbers one dropped digit away that exist. */
static void digit_drop(const sc_citation *c, int max, char *out, size_t cap)
{
    char num[16], cand[16];
    int found[8], nf = 0;
    snprintf(num, sizeof num, "%d", c->number);
    size_t n = strlen(num);
    for (size_t k = 0; k < n && nf < 8; k++) {
        memcpy(cand, num, k);
        strcpy(cand + k, num + k + 1);
        int v = atoi(cand);
        if (cand[0] == '0' || v < 1 || v > max)
            continue;
        int dup = 0;
        for (int j = 0; j < nf; j++)
            dup |= found[j] == v;
        if (!dup)
            found[nf++] = v;
    }
    out[0] = '\0';
    if (nf == 0)
        return;
    size_t o = (size_t)snprintf(out, cap, "did you mean ");
    for (int j = 0; j < nf && o < cap; j++) {
        const sc_ref_law *l = c->type == SC_PUBLIC_LAW ? sc_ref_public_law(c->congress, found[j])
                                                       : sc_ref_private_law(c->congress, found[j]);
        char t[128] = "";
        if (l && nf <= 2)
            law_title_paren(l, t, sizeof t);
        o += (size_t)snprintf(out + o, cap - o, "%s%s %d-%d%s",
                              j == 0 ? "" : j == nf - 1 ? " or " : ", ",
                              c->type == SC_PUBLIC_LAW ? "Pub. L. No." : "Priv. L. No.",
                              c->congress, found[j], t);
    }
    if (o < cap)
        snprintf(out + o, cap - o, "?");
}

/* A bill of the group that the text ties to law c, or NULL. */
static sc_citation *linked_bill(const sc_window *w, sc_citation *group, int n, const sc_citation *c)
{
    sc_citation *best = NULL;
    for (int i = 0; i < n; i++) {
        sc_citation *b = &group[i];
        if (b->type != SC_BILL || !linked(w, group, n, b, c))
            continue;
        if (!best || (b->start > c->start ? b->start - c->end : c->start - b->end) <
                         (best->start > c->start ? best->start - c->end : c->start - best->end))
            best = b;
    }
    return best;
}

static void check_law_number(sc_doc_state *d, const sc_window *w, sc_citation *group, int n,
                             sc_citation *c)
{
    char name[48], sugg[192], bn[32], t[128];
    if (c->congress < 1 || c->congress > d->current_congress) {
        law_name(c, name, sizeof name);
        diag(d, c, SC_ERROR, "congress-range", NULL,
             "%s cites the %d%s Congress, which %s", name, c->congress, ORD(c->congress),
             c->congress < 1 ? "does not exist" : "has not met yet");
        return;
    }
    if (c->type == SC_PUBLIC_LAW && c->congress < 57) {
        law_name(c, name, sizeof name);
        diag(d, c, SC_NOTE, "law-number-form", NULL,
             "%s: public laws were first numbered in the 57th Congress (1901); earlier laws "
             "are cited by chapter and Statutes at Large page", name);
    }
    const sc_ref_congress *cg = sc_ref_congress_get(c->congress);
    const sc_ref_law *l = c->type == SC_PUBLIC_LAW ? sc_ref_public_law(c->congress, c->number)
                                                   : sc_ref_private_law(c->congress, c->number);
    if (l || !cg)
        return;
    int max = c->type == SC_PUBLIC_LAW ? cg->public_laws : cg->private_laws;
    if (max <= 0 || c->number <= max)
        return; /* no count on record ("0": none recorded), or a gap in the table */
    law_name(c, name, sizeof name);
    /* the suggestion: the law a bill of the group became, else a digit slip */
    sugg[0] = '\0';
    sc_citation *b = linked_bill(w, group, n, c);
    if (b && lawmaking(b->bill) && (b->congress == 0 || b->congress == c->congress)) {
        const sc_ref_law *bl = sc_ref_law_from_bill(c->congress, b->bill, b->number);
        if (bl) {
            bill_name(b->bill, b->number, bn, sizeof bn);
            law_title_paren(bl, t, sizeof t);
            snprintf(sugg, sizeof sugg, "%s of the %d%s Congress became Pub. L. No. %d-%d%.100s", bn,
                     c->congress, ORD(c->congress), bl->congress, bl->number, t);
        }
    }
    if (!sugg[0])
        digit_drop(c, max, sugg, sizeof sugg);
    const char *kind = c->type == SC_PUBLIC_LAW ? "public" : "private";
    if (cg->in_progress)
        diag(d, c, SC_NOTE, "law-number-range", sugg[0] ? sugg : NULL,
             "%s is past the last %s law on record for the %d%s Congress (%d-%d, as of the "
             "reference data)", name, kind, c->congress, ORD(c->congress), c->congress, max);
    else
        diag(d, c, SC_ERROR, "law-number-range", sugg[0] ? sugg : NULL,
             "%s does not exist: the %d%s Congress enacted %d %s laws", name, c->congress,
             ORD(c->congress), max, kind);
}

/* The words of a date finding, made only when there is one. */
typedef struct date_text {
    char name[48];    /* "Public Law 114-94"                        */
    char given[40];   /* the date or year the text gives            */
    char enacted[40]; /* the enactment date on record, or ""        */
    char sugg[192];   /* "Public Law 114-94 was enacted ...", or "" */
} date_text;

static void date_text_fill(date_text *dw, const sc_citation *c, const sc_ref_law *l,
                            int32_t date)
{
    law_name(c, dw->name, sizeof dw->name);
    fmt_date(date, dw->given, sizeof dw->given);
    dw->enacted[0] = dw->sugg[0] = '\0';
    if (l && l->enacted) {
        fmt_date(l->enacted, dw->enacted, sizeof dw->enacted);
        snprintf(dw->sugg, sizeof dw->sugg, "%s was enacted %s", dw->name, dw->enacted);
    }
}

static void check_law_date(sc_doc_state *d, const sc_rules *r, sc_matcher *m, const sc_window *w,
                           sc_citation *group, int n, sc_citation *c)
{
    size_t ls, le;
    if (!span(w, c, &ls, &le))
        return;
    int32_t date = date_after(r, m, w, le, group, n);
    if (!date)
        return;
    const sc_ref_congress *cg = sc_ref_congress_get(c->congress);
    if (!cg)
        return;
    int yonly = date % 10000 == 0;
    int y = year_of(date);
    const sc_ref_law *l = c->type == SC_PUBLIC_LAW ? sc_ref_public_law(c->congress, c->number)
                                                   : sc_ref_private_law(c->congress, c->number);
    date_text dw;
    /* a law may be signed days after its Congress ends: its own date is right */
    int own = l && l->enacted && (yonly ? y == year_of(l->enacted) : date == l->enacted);
    int outside = !own && (yonly ? (y < year_of(cg->start) || y > year_of(cg->end))
                                 : (date < cg->start || date > cg->end));
    if (outside) {
        char s1[40], s2[40];
        date_text_fill(&dw, c, l, date);
        fmt_date(cg->start, s1, sizeof s1);
        fmt_date(cg->end, s2, sizeof s2);
        diag(d, c, SC_ERROR, "law-date-congress", dw.sugg[0] ? dw.sugg : NULL,
             "%s is dated %s, outside the term of the %d%s Congress (%s to %s)", dw.name,
             dw.given, c->congress, ORD(c->congress), s1, s2);
    } else if (l && l->enacted &&
               (yonly ? y != year_of(l->enacted) : date != l->enacted)) {
        date_text_fill(&dw, c, l, date);
        diag(d, c, (l->flags & SC_REF_DATE_DISPUTED) ? SC_NOTE : SC_WARNING, "law-date",
             dw.sugg, "%s is dated %s, but it was enacted %s", dw.name, dw.given, dw.enacted);
    }
    if (yonly)
        return;
    /* the same law with two dates in one document */
    for (int i = 0; i < d->ndates; i++) {
        doc_date *p = &d->dates[i];
        if (p->congress == c->congress && p->number == c->number) {
            if (p->date != date) {
                char before[40];
                date_text_fill(&dw, c, l, date);
                fmt_date(p->date, before, sizeof before);
                diag(d, c, SC_WARNING, "doc-law-two-dates", NULL,
                     "%s is dated %s here but %s earlier in the document", dw.name, dw.given,
                     before);
            }
            return;
        }
    }
    doc_date *p = &d->dates[d->date_next];
    d->date_next = (d->date_next + 1) % DOC_MAX;
    if (d->ndates < DOC_MAX)
        d->ndates++;
    p->congress = (int16_t)c->congress;
    p->number = c->number;
    p->date = date;
}

static void check_act_year(sc_doc_state *d, const sc_rules *r, sc_matcher *m, const sc_window *w,
                           sc_citation *c)
{
    size_t ls, le;
    int fiscal = 0;
    if (!span(w, c, &ls, &le))
        return;
    int y = act_year_before(r, m, w, ls, &fiscal);
    const sc_ref_congress *cg = sc_ref_congress_get(c->congress);
    if (!y || !cg)
        return;
    int y0 = year_of(cg->start), yend = year_of(cg->end), y1 = yend;
    /* a term ending January 3 reaches only those days into its last year */
    if (cg->end % 10000 <= 103)
        y1--;
    /* "Act of Y" names the year of enactment, often the fiscal year too
     * ("National Defense Authorization Act of 1991"): one year either side */
    int lo = y0 - 1, hi = y1 + 1;
    if (y >= lo && y <= hi)
        return;
    char name[48], sugg[192] = "";
    law_name(c, name, sizeof name);
    const sc_ref_law *l = c->type == SC_PUBLIC_LAW ? sc_ref_public_law(c->congress, c->number) : NULL;
    if (l && sc_ref_law_title(l)[0] && !(l->flags & SC_REF_TITLE_DISPLAY))
        snprintf(sugg, sizeof sugg, "%s is the %s", name, sc_ref_law_title(l));
    diag(d, c, SC_WARNING, "act-year", sugg[0] ? sugg : NULL,
         "an Act %s %d cannot be %s, a law of the %d%s Congress (%d-%d)",
         fiscal ? "for fiscal year" : "of", y, name, c->congress, ORD(c->congress), y0, yend);
}

/* The Stat. citation right after law c in the group, if any. */
static sc_citation *stat_of(const sc_window *w, sc_citation *group, int n, const sc_citation *c)
{
    size_t ls, le;
    if (!span(w, c, &ls, &le))
        return NULL;
    for (int i = 0; i < n; i++) {
        size_t s, e;
        if (group[i].type != SC_STAT || !span(w, &group[i], &s, &e) || s < le || s - le > 8)
            continue;
        size_t k = le;
        while (k < s && (w->buf[k] == ' ' || w->buf[k] == ',' || w->buf[k] == '\n' ||
                         w->buf[k] == '\r' || w->buf[k] == '(' || w->buf[k] == ';'))
            k++;
        if (k == s)
            return &group[i];
    }
    return NULL;
}

static void check_stat(sc_doc_state *d, const sc_window *w, sc_citation *group, int n,
                       const sc_citation *c)
{
    sc_citation *st = stat_of(w, group, n, c);
    if (!st || c->type != SC_PUBLIC_LAW)
        return;
    /* "(Public Law 102-240; 109 Stat. 597; 131 Stat. 797)": the law and the
     * pages of its amendments -- no one page is the law's own */
    if (stat_of(w, group, n, st))
        return;
    const sc_ref_law *l = sc_ref_public_law(c->congress, c->number);
    if (!l || l->stat_volume <= 0 || l->stat_page <= 0)
        return;
    char *end;
    long vol = strtol(st->volume, &end, 10);
    if (*end) /* "68A": a lettered volume the table does not model */
        return;
    long page = strtol(st->pages, NULL, 10);
    int next = 0;
    const sc_ref_law *o = NULL;
    if (vol == l->stat_volume && page >= l->stat_page) {
        /* past the law's first page: in another law only when a later law
         * of the same Congress begins between (a stray row of another
         * Congress in the volume proves nothing) */
        o = sc_ref_law_at_page((int)vol, (int)page);
        if (!o || o->congress != l->congress || o->number <= l->number ||
            o->stat_page <= l->stat_page)
            return;
        next = o->stat_page;
    }
    char name[48], sugg[192], at[64];
    law_name(c, name, sizeof name);
    snprintf(at, sizeof at, "%ld Stat. %ld", vol, page);
    snprintf(sugg, sizeof sugg, "%s begins at %d Stat. %d", name, l->stat_volume, l->stat_page);
    int weak = (l->flags & (SC_REF_STAT_UPPER_BOUND | SC_REF_NUMBER_INFERRED)) != 0;
    if (vol != l->stat_volume) {
        diag(d, st, weak ? SC_WARNING : SC_ERROR, "stat-mismatch", sugg,
             "%s is not in %s: that law is in volume %d", at, name, l->stat_volume);
        return;
    }
    if (page < l->stat_page) {
        diag(d, st, weak ? SC_WARNING : SC_ERROR, "stat-mismatch", sugg,
             "%s is not in %s, which begins on a later page", at, name);
        return;
    }
    /* a pin page past the start of the next law: weaker when either first
     * page is only an upper bound */
    diag(d, st, (weak || (o->flags & SC_REF_STAT_UPPER_BOUND)) ? SC_WARNING : SC_ERROR,
         "stat-mismatch", sugg, "%s is in Public Law %d-%d, not in %s (which ends before "
         "page %d)", at, o->congress, o->number, name, next);
}

/* ------------------------------------------------------------ bills */

static void remember_bill(sc_doc_state *d, sc_citation *b, int bc, const sc_citation *law)
{
    char bn[32], ln[48];
    for (int i = 0; i < d->nbills; i++) {
        doc_bill *p = &d->bills[i];
        if (p->congress == bc && p->type == b->bill && p->number == b->number) {
            if (p->law_congress != law->congress || p->law_number != law->number) {
                bill_name(b->bill, b->number, bn, sizeof bn);
                law_name(law, ln, sizeof ln);
                diag(d, b, SC_WARNING, "doc-bill-two-laws", NULL,
                     "%s of the %d%s Congress is given as %s here but as Public Law %d-%d "
                     "earlier in the document", bn, bc, ORD(bc), ln, p->law_congress, p->law_number);
            }
            return;
        }
    }
    doc_bill *p = &d->bills[d->bill_next];
    d->bill_next = (d->bill_next + 1) % DOC_MAX;
    if (d->nbills < DOC_MAX)
        d->nbills++;
    p->congress = (int16_t)bc;
    p->type = (uint8_t)b->bill;
    p->number = b->number;
    p->law_congress = (int16_t)law->congress;
    p->law_number = law->number;
}

/* Is "House Resolution N" evidently the House bill H.R. N: tied in the
 * text to a law, or H.R. N became a law of its sentence or list item?
 * (That H.R. N of its Congress became some law is no evidence: "House
 * Resolution No. 6, One Hundred Tenth Congress" is the House's rules, and
 * H.R. 6 of the 110th became Pub. L. 110-140.) */
static int evidently_bill(const sc_window *w, sc_citation *group, int n, const sc_citation *b)
{
    for (int i = 0; i < n; i++) {
        const sc_citation *l = &group[i];
        if (!is_law(l))
            continue;
        if (linked_bill(w, group, n, l) == b)
            return 1;
        const sc_ref_law *became = sc_ref_law_from_bill(l->congress, b->bill, b->number);
        if (became && became->number == l->number && l->type == SC_PUBLIC_LAW)
            return 1;
    }
    return 0;
}

static void check_bill(sc_doc_state *d, const sc_window *w, sc_citation *group, int n,
                       sc_citation *b)
{
    char bn[32];
    bill_name(b->bill, b->number, bn, sizeof bn);
    if ((b->wording & SC_W_HOUSE_RESOLUTION) && evidently_bill(w, group, n, b)) {
        char sugg[192];
        snprintf(sugg, sizeof sugg, "write %s for a House bill (a House resolution is H.R. Res. %d)",
                 bn, b->number);
        diag(d, b, SC_WARNING, "house-resolution-wording", sugg,
             "\"House Resolution %d\" names a House resolution, not the House bill %s", b->number,
             bn);
    } else if (b->wording & SC_W_HOUSE_RESOLUTION) {
        /* "Pursuant to House Resolution 365" (a rule) is the resolution */
        char sugg[192];
        snprintf(sugg, sizeof sugg, "write %s for the House bill, H.R. Res. %d for the resolution",
                 bn, b->number);
        diag(d, b, SC_NOTE, "house-resolution-wording", sugg,
             "\"House Resolution %d\" is read as the House bill %s, but nothing here ties it "
             "to a law: it may be the resolution H.R. Res. %d",
             b->number, bn, b->number);
    }
    if (b->congress > d->current_congress)
        diag(d, b, SC_ERROR, "bill-congress", NULL,
             "%s cites the %d%s Congress, which has not met yet (the %d%s is sitting)", bn,
             b->congress, ORD(b->congress), d->current_congress,
             ORD(d->current_congress));
    const sc_ref_congress *cg = sc_ref_congress_get(b->congress);
    if (b->year > 0 && cg) {
        int y0 = year_of(cg->start), y1 = year_of(cg->end);
        if (cg->end % 10000 <= 103)
            y1--;
        if (b->year < y0 || b->year > y1) {
            char sugg[96];
            snprintf(sugg, sizeof sugg, "the %d%s Congress sat %d-%d", b->congress, ORD(b->congress),
                     y0, y1 + 1);
            diag(d, b, SC_ERROR, "bill-year", sugg,
                 "%s is dated %d, outside the years of the %d%s Congress", bn, b->year,
                 b->congress, ORD(b->congress));
        }
    }
}

/* A bill and a law the text ties together: did that bill become that law? */
static void check_bill_law(sc_doc_state *d, sc_citation *b, sc_citation *law)
{
    char bn[32], ln[48], sugg[192], t[128], t2[128];
    bill_name(b->bill, b->number, bn, sizeof bn);
    law_name(law, ln, sizeof ln);
    if (law->type != SC_PUBLIC_LAW)
        return;
    if (!lawmaking(b->bill)) {
        diag(d, b, SC_ERROR, "resolution-not-law", NULL,
             "%s is a %s resolution, which cannot become a law such as %s", bn,
             b->bill == SC_BILL_HRES || b->bill == SC_BILL_SRES ? "simple" : "concurrent", ln);
        return;
    }
    int bc = b->congress ? b->congress : law->congress;
    const sc_ref_law *l = sc_ref_public_law(law->congress, law->number);
    const sc_ref_law *became = sc_ref_law_from_bill(bc, b->bill, b->number);
    sugg[0] = '\0';
    if (became) {
        law_title_paren(became, t, sizeof t);
        snprintf(sugg, sizeof sugg, "%s of the %d%s Congress became Pub. L. No. %d-%d%.100s", bn, bc,
                 ORD(bc), became->congress, became->number, t);
    }
    if (b->congress && b->congress != law->congress) {
        /* the bill's Congress may come from its surroundings (a heading):
         * when the bill of that number in the law's Congress became this
         * law, the text is right and the linking was not */
        const sc_ref_law *same = sc_ref_law_from_bill(law->congress, b->bill, b->number);
        if ((b->wording & SC_W_CONGRESS_LINKED) && same && same->number == law->number)
            return;
        diag(d, b, SC_ERROR, "bill-law-mismatch", sugg[0] ? sugg : NULL,
             "%s of the %d%s Congress cannot have become %s, a law of the %d%s Congress", bn,
             b->congress, ORD(b->congress), ln, law->congress, ORD(law->congress));
        return;
    }
    remember_bill(d, b, bc, law);
    if (!l)
        return; /* an impossible number: law-number-range says it */
    if (l->bill_type == b->bill && l->bill_number == b->number)
        return;
    sc_severity sev = (l->flags & SC_REF_NUMBER_INFERRED) ? SC_WARNING : SC_ERROR;
    if (l->bill_type != SC_BILL_NONE) {
        char from[32];
        bill_name(l->bill_type, l->bill_number, from, sizeof from);
        law_title_paren(l, t2, sizeof t2);
        diag(d, law, sev, "bill-law-mismatch", sugg[0] ? sugg : NULL,
             "%s did not come from %s: it came from %s%s", ln, bn, from, t2);
    } else if (became) {
        diag(d, law, SC_WARNING, "bill-law-mismatch", sugg,
             "%s is given as the law %s became, but the record says otherwise", ln, bn);
    }
}

/* ------------------------------------------------------- U.S. Code */

/* Splits a range section "2000e-2-2000e-5" into ends; tries every dash and
 * keeps the first split whose ends are both in the table, else the last
 * split.  Subsections of the first end ("10a(1)-10c") are dropped. */
static int range_split(const sc_citation *c, char *lo, char *hi, size_t cap, int *both_known)
{
    const char *s = c->section;
    int found = 0;
    *both_known = 0;
    for (const char *p = strchr(s, '-'); p; p = strchr(p + 1, '-')) {
        size_t n = (size_t)(p - s);
        if (n == 0 || n >= cap || strlen(p + 1) >= cap || !sc_isdigit((uint8_t)p[1]))
            continue;
        char a[64], b[64];
        memcpy(a, s, n);
        a[n] = '\0';
        char *paren = strchr(a, '(');
        if (paren)
            *paren = '\0';
        snprintf(b, sizeof b, "%s", p + 1);
        int known = sc_ref_usc_section(c->title, a) && sc_ref_usc_section(c->title, b);
        if (!found || (known && !*both_known)) {
            strcpy(lo, a);
            strcpy(hi, b);
            found = 1;
            *both_known = known;
        }
    }
    return found;
}

static void check_usc(sc_doc_state *d, const sc_window *w, sc_citation *c)
{
    char app[8] = "";
    int tn = atoi(c->title);
    if (c->wording & SC_W_APPENDIX)
        snprintf(app, sizeof app, " App.");
    const sc_ref_title *t = sc_ref_usc_title(c->title);
    if (!t) {
        if (c->wording & SC_W_APPENDIX && tn >= 1 && tn <= 54)
            diag(d, c, SC_NOTE, "usc-title",
                 "the appendices on record are those of titles 5, 11, 18, 28 and 50",
                 "title %d of the U.S. Code has no appendix on record (an appendix eliminated "
                 "before 2013 leaves no trace in the tables)", tn);
        else if (c->wording & SC_W_APPENDIX)
            diag(d, c, SC_ERROR, "usc-title", NULL,
                 "there is no title %d of the U.S. Code: its titles run from 1 to 54", tn);
        else
            diag(d, c, SC_ERROR, "usc-title", NULL,
                 "there is no title %d of the U.S. Code: its titles run from 1 to 54", tn);
        return;
    }
    if (t->status == SC_REF_TITLE_RESERVED) {
        diag(d, c, SC_ERROR, "usc-title-reserved", NULL,
             "title %d of the U.S. Code is reserved: it has no sections", tn);
        return;
    }
    if (t->status == SC_REF_TITLE_ELIMINATED) {
        diag(d, c, SC_WARNING, "usc-appendix-eliminated",
             "cite the section of the title it was moved to, or the edition: (2012)",
             "the appendix to title %d was eliminated; its sections were repealed or moved "
             "into the titles", tn);
        return;
    }
    /* subsections: every '(' closed */
    int depth = 0, bad = 0;
    for (const char *p = c->subsections; *p; p++) {
        if (*p == '(')
            bad |= depth++ > 0;
        else if (*p == ')')
            bad |= --depth < 0;
    }
    /* an unclosed one right after the citation ends it early: "1357(g)(1 " */
    size_t cs, ce;
    char tail[16] = "";
    if (span(w, c, &cs, &ce) && ce < w->len && w->buf[ce] == '(') {
        size_t k = ce + 1;
        while (k < w->len && k - ce < 8 && sc_isalnum(w->buf[k]))
            k++;
        size_t q = k;
        while (q < w->len && w->buf[q] == ' ')
            q++; /* "5172(f )" */
        /* unclosed: the run of letters or digits is followed by a blank,
         * punctuation or another "(" -- not by ")" or a dash ("(i-v)") */
        if (k > ce + 1 && k - ce < 8 && (q >= w->len || w->buf[q] != ')') && k < w->len &&
            w->buf[k] != '-' && w->buf[k] != 0xe2) {
            memcpy(tail, w->buf + ce, k - ce);
            tail[k - ce] = '\0';
            bad = 1;
        }
    }
    if (bad || depth != 0)
        diag(d, c, SC_ERROR, "usc-subsection", NULL,
             "malformed subsections \"%s%s\": every \"(\" needs its \")\"", c->subsections,
             tail);
    if (!c->section[0] || t->sections <= 0)
        return; /* 11 App. and 28 App. hold court rules: not in the table */
    /* a range: "§§ 1983-1988", or "921-931" when no such section exists */
    char lo[64] = "", hi[64] = "";
    int known = 0;
    int ranged = (c->wording & SC_W_RANGE) != 0;
    if (!ranged && strchr(c->section, '-') && !sc_ref_usc_section(c->title, c->section) &&
        range_split(c, lo, hi, sizeof lo, &known) && known)
        ranged = 1;
    if (ranged) {
        /* "2511-18": the end abbreviated to its last digits */
        if (range_split(c, lo, hi, sizeof lo, &known)) {
            size_t nl = strlen(lo), nh = strlen(hi);
            if (nh < nl && strspn(lo, "0123456789") == nl && strspn(hi, "0123456789") == nh) {
                char full[64];
                memcpy(full, lo, nl - nh);
                strcpy(full + nl - nh, hi);
                if (sc_ref_section_cmp(lo, full) <= 0)
                    strcpy(hi, full);
            }
        }
        /* "3142-1", "460l-11", "1962(d)-17(a)": when the end's number is
         * shorter than the start's, a designator the table lacks, not a
         * range (the all-digit "2511-18" was expanded above) */
        int designator = strspn(hi, "0123456789") < strspn(lo, "0123456789");
        if (lo[0] && !designator && sc_ref_section_cmp(lo, hi) > 0)
            diag(d, c, SC_ERROR, "usc-range", NULL,
                 "the section range %s-%s ends before it begins", lo, hi);
        return;
    }
    const sc_ref_section *s = sc_ref_usc_section_any_case(c->title, c->section);
    int ed_year = 0;
    for (const char *p = c->edition; *p; p++)
        if (sc_isdigit((uint8_t)*p) && strlen(p) >= 4) {
            ed_year = atoi(p);
            break;
        }
    if (!s) {
        if (ed_year && ed_year < 2013)
            return; /* an old edition: removed before the table's first release point */
        diag(d, c, SC_WARNING, "usc-section-unknown", NULL,
             "%d U.S.C.%s has no section %s (not in release point %s nor removed since 2013)",
             tn, app, c->section, sc_ref_release_point());
        return;
    }
    if (c->edition[0])
        return; /* an edition cites the Code as it then was */
    const char *heading = sc_ref_section_heading(s);
    if (s->status != SC_REF_SEC_ACTIVE) {
        char sugg[192] = "";
        if (heading[0])
            snprintf(sugg, sizeof sugg, "the Code's heading for %s: \"%.150s\"",
                     sc_ref_section_name(s), heading);
        diag(d, c, SC_WARNING, "usc-section-status", sugg[0] ? sugg : NULL,
             "%d U.S.C.%s § %s was %s", tn, app, c->section,
             sc_ref_section_status_name(s->status));
    } else if (!(s->flags & SC_REF_SEC_CURRENT)) {
        diag(d, c, SC_WARNING, "usc-section-status", NULL,
             "%d U.S.C.%s § %s is no longer in the Code (last in release point %s)", tn, app,
             c->section, sc_ref_section_last_release(s));
    }
}

/* ------------------------------------------------------------ group */

void sc_check_group(sc_doc_state *d, const sc_rules *r, sc_matcher *m, const sc_window *w,
                    sc_citation *group, int n)
{
    if (!d)
        return;
    for (int i = 0; i < n; i++) {
        sc_citation *c = &group[i];
        switch (c->type) {
        case SC_PUBLIC_LAW:
        case SC_PRIVATE_LAW:
            check_law_number(d, w, group, n, c);
            /* the C-N form before the 85th is a note already (a territory's
             * "Public Law 6-135" too): its dates and pages are not checked */
            if (c->congress >= 85 && c->congress <= d->current_congress) {
                check_law_date(d, r, m, w, group, n, c);
                check_act_year(d, r, m, w, c);
                check_stat(d, w, group, n, c);
            }
            break;
        case SC_BILL:
            check_bill(d, w, group, n, c);
            break;
        case SC_USC:
            check_usc(d, w, c);
            break;
        default:
            break;
        }
    }
    sc_check_historic(d->disabled, r, m, w, group, n); /* laws before the 82nd Congress */
    /* bills and the laws they became: each law with its nearest tied bill */
    for (int i = 0; i < n; i++) {
        sc_citation *law = &group[i];
        if (!is_law(law) || law->congress < 1 || law->congress > d->current_congress)
            continue;
        sc_citation *b = linked_bill(w, group, n, law);
        if (b)
            check_bill_law(d, b, law);
    }
}
