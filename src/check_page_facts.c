/*
 * check_page_facts.c -- the facts an entry gives the law whose first page it
 * cites, when it cites no law by number or bill (law-date, law-congress,
 * law-president):
 * "The United States-Caribbean Strategic Engagement Act of 2016, signed
 * 2016-12-08, appears at 130 Stat. 1497" -- 130 Stat. 1497 is the first
 * page of Public Law 114-291, enacted December 16, 2016; "130 Stat. 6,
 * Grants Oversight and New Efficiency Act, 113th, Jan. 28, 2016" (a table's
 * row) -- that law is of the 114th Congress.  The page's law comes from
 * the public-law table (data/public_laws.csv): one law begins there.  An
 * Act name of the entry that names another law leaves the entry alone
 * (check_page_names.c says that the name and the page disagree).  The
 * signer too (law-president), by check_president.c's reading; so for a
 * string citation's item of one page and no law or bill.  An entry
 * of one page and one bill, no law number: the page's law must have come
 * from that bill (bill-law-mismatch) -- of two or more laws that begin on
 * the page, one must have; when it did, the entry's other facts are that
 * law's, as without the bill (but for those the bill's own checks spoke
 * of).  A page no
 * law of that table begins on -- a page of volumes 1-64, or one inside a
 * later law: the day the entry gives it (page_day(): check_historic.c's
 * chapter-date, with the chapter written right before the page; stat-year
 * for a later volume), and for volumes 1-64 the Congress and the bill the
 * entry gives the law that begins on it (old_page_congress(),
 * old_page_bill()).
 */
#include <string.h>

#include "byname.h"
#include "check.h"
#include "check_historic.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "normalize.h"
#include "ref_acts.h"
#include "scan.h"
#include "table.h"

static int names_page_law(sc_entry *e, int i);

/* The law whose first page is the entry's one Statutes at Large page, when
 * it cites no law by number and no bill, one law begins there, and no Act
 * name of the entry names another law; its citation's index in *at.  NULL
 * otherwise.  (An entry of pages alone reads its bounds, row, dates and
 * names only now.) */
/* Of the @p n laws @p on that begin on one page, those every Act name of
 * the entry's b[lo..hi) names, as a mask (bit j: on[j]); a name the tables
 * do not know says nothing.  0 when the names name another law. */
static unsigned names_among(const sc_entry *e, const sc_ref_law *const *on, int n, size_t lo,
                            size_t hi)
{
    const uint8_t *b = e->w->buf;
    unsigned cand = (1u << n) - 1;
    for (int k = 0; k < e->nname && cand; k++) {
        sc_act_law rows[8];
        const sc_name_fact *f = &e->name[k];
        if (f->so < lo || f->eo > hi)
            continue;
        int nr = sc_act_name_laws((const char *)b + f->so, f->eo - f->so, rows, 8);
        if (nr <= 0)
            continue;
        unsigned named = 0;
        for (int r = 0; r < nr && r < 8; r++)
            for (int j = 0; j < n; j++)
                if (rows[r].congress == on[j]->congress && rows[r].number == on[j]->number)
                    named |= 1u << j;
        cand &= named;
    }
    return cand;
}

/* Of the @p n laws @p on that begin on one page, those the Acts of the
 * entry's named Acts' sections in b[lo..hi) name, as a mask: where two
 * laws begin on the page, the one of the Act whose section the entry cites
 * ("Bank Protection Act of 1968 sec. 5 (82 Stat. 294; ...)": 82 Stat. 294
 * is the first page of 90-388 and 90-389).  Only to choose between the
 * laws the names left (names_among()): a section of another Act (the one
 * the law amends) names none of them and chooses nothing. */
static unsigned act_sections_among(const sc_entry *e, const sc_ref_law *const *on, int n,
                                   size_t lo, size_t hi)
{
    unsigned named = 0;
    for (int i = 0; i < e->n; i++) {
        const sc_citation *c = &e->c[i];
        if ((e->kind[i] & (SC_EK_ACT | SC_EK_IN)) != (SC_EK_ACT | SC_EK_IN) || e->cs[i] < lo ||
            e->ce[i] > hi || !c->act[0])
            continue;
        sc_act_law rows[8];
        int nr = sc_act_name_laws(c->act, strlen(c->act), rows, 8);
        for (int r = 0; r < nr && r < 8; r++)
            for (int j = 0; j < n; j++)
                if (rows[r].congress == on[j]->congress && rows[r].number == on[j]->number)
                    named |= 1u << j;
    }
    return named;
}

/* The entry's one Statutes at Large page (in the string citation's item
 * b[lo..hi) when @p hi is not SIZE_MAX), cited with no chapter, when the
 * entry cites no law by number and no bill (but its own, @p own_bill): its
 * index, or -1. */
static int one_page(const sc_entry *e, size_t lo, size_t hi, int own_bill)
{
    int item = hi != SIZE_MAX; /* a string citation's item b[lo..hi) */
    if (!item && (e->nlaw > 0 || (!own_bill && (e->bill_in || (e->types & 1u << SC_BILL)))))
        return -1;
    int only = -1;
    for (int i = 0; i < e->n; i++) {
        const sc_citation *c = &e->c[i];
        if (item && (!(e->kind[i] & SC_EK_IN) || e->cs[i] < lo || e->ce[i] > hi))
            continue;
        if (item && (sc_is_law(c) || (c->type == SC_BILL && !own_bill)))
            return -1;
        if (c->type != SC_STAT || (c->wording & SC_W_LIST_ITEM))
            continue;
        if (c->chapter > 0 || !(e->kind[i] & SC_EK_IN) || (e->kind[i] & SC_EK_SHORT) ||
            only >= 0)
            return -1; /* an old Act's (check_historic.c), or two pages */
        only = i;
    }
    return only;
}

static const sc_ref_law *page_law(sc_entry *e, int *at, size_t lo, size_t hi, int own_bill)
{
    int only = one_page(e, lo, hi, own_bill), v, p;
    if (only < 0 || e->c[only].ndiag > 0 || !sc_entry_vol_page(e, only, &v, &p))
        return NULL;
    const sc_ref_law *on[9];
    int non = sc_ref_laws_on_page(v, p, on, 9), begin = 0;
    for (int j = 0; j < non && j < 8; j++)
        if (on[j]->stat_volume == v && (int)on[j]->stat_page == p && on[j]->enacted)
            on[begin++] = on[j];
    if (begin == 0 || non > 8)
        return NULL; /* no law begins on the page, or more than eight do (a page the
                      * table gives to many laws: "72 Stat. 220") */
    sc_entry_need_dates(e); /* (an entry of pages alone: read only now) */
    sc_entry_need_names(e);
    /* the entry's names must name the page's law -- a name of another law
     * means the name or the page is wrong, not the rest; where two laws
     * begin on the page (one a page long, "81 Stat. 106"), the one its
     * names name, when they name one of them alone */
    unsigned cand = names_among(e, on, begin, lo, hi);
    if (!cand)
        return NULL;
    if (cand & (cand - 1)) {
        unsigned sect = act_sections_among(e, on, begin, lo, hi);
        if (cand & sect)
            cand &= sect;
    }
    /* the entry's one bill, its law's own (check_page_bill()): the law
     * that came from it */
    for (int i = 0; own_bill && begin > 1 && i < e->n; i++) {
        const sc_citation *c = &e->c[i];
        if (c->type != SC_BILL || !(e->kind[i] & SC_EK_IN) || e->cs[i] < lo || e->ce[i] > hi)
            continue;
        unsigned from = 0;
        for (int j = 0; j < begin; j++)
            if (sc_law_from_bill_cite(on[j], c))
                from |= 1u << j;
        if (cand & from)
            cand &= from;
    }
    if (cand & (cand - 1))
        return NULL; /* two laws, no name to tell them apart */
    on[0] = on[__builtin_ctz(cand)];
    /* a record of the page's one law: its fields ("Signed by: ...") are it */
    if (hi == SIZE_MAX)
        e->record = sc_ctx_record(e->w, e->so, e->eo);
    *at = only;
    return on[0];
}

/* sc_entry_acted_on() over b[lo..hi), the entry's Act names in it passed
 * over: "the Small Business Investment Act Amendments of 1966" amends
 * nothing there. */
static int acted_on_outside_names(const sc_entry *e, size_t lo, size_t hi)
{
    const uint8_t *b = e->w->buf;
    size_t from = lo;
    while (from < hi) {
        size_t to = hi, next = hi; /* the next name's start in [from, hi), and its end */
        for (int k = 0; k < e->nname; k++)
            if (e->name[k].eo > from && e->name[k].so < to) {
                to = e->name[k].so > from ? e->name[k].so : from;
                next = e->name[k].eo < hi ? e->name[k].eo : hi;
            }
        if (to > from && sc_entry_acted_on(b, from, to))
            return 1;
        if (next <= from)
            break;
        from = next;
    }
    return 0;
}

/* Is the fact at b[so..eo) the page's, at b[cs..ce): in a table's row,
 * or with only words of one enactment, names, pins and dates between ("...
 * Act of 2016, signed 2016-12-08, appears at 130 Stat. 1497"; not "the Act
 * of September 23, 1950, as amended (72 Stat. 548, 558)", the page of the
 * amending law)? */
int sc_page_joined(sc_entry *e, size_t so, size_t eo, size_t cs, size_t ce)
{
    if (e->row)
        return 1;
    /* a record's fields, no law number: one law's ("Stat.: 98 Stat. 1639 ·
     * Cong.: 97th · Popular name: X Act Amendments of 1984 · Enacted bill:
     * S. 38") -- its labels and names are no other law's doing */
    if (e->nlaw == 0 && e->eo > e->so && sc_ctx_record(e->w, e->so, e->eo))
        return 1;
    unsigned used = 0;
    const unsigned allow = F_STAT | F_DATE | F_PINS | F_NWORD | F_DWORD | F_CONG | F_NAME;
    size_t lo = eo <= cs ? eo : ce, hi = eo <= cs ? cs : so;
    if (hi < lo)
        return 0;
    if (sc_entry_filler(e, lo, hi, allow, &used))
        return 1;
    /* or across a sentence's end, the next sentence telling back of the
     * law ("The measure, H.R. 1944, was enacted as the “X Act”. That
     * statute ... appears at 107 Stat. 1547") */
    if (hi - lo <= 300 && sc_entry_told_across(e, lo, hi, allow))
        return 1;
    /* or any words of one sentence but those of another law's doing:
     * "The Wilderness Act (88-577, 78 Stat. 890) was written by ... and
     * signed into law on September 3, 1965" */
    if (hi - lo > 200 || acted_on_outside_names(e, lo, hi) || sc_ctx_boundary(e->w, lo, hi))
        return 0;
    /* (nor across a string citation's ';' between items: "X Act, 112 Stat.
     * 3035 (...); the Y Act of 1975, H.R. 6461 (...)") */
    const uint8_t *b = e->w->buf;
    int depth = 0;
    /* (in a bracket opened before both: "the X Act (84 Stat. 1847; enacting
     * S. 3479)" -- its items are one law's facts) */
    for (size_t q = lo, shut = 0; q > e->so && q + 80 > lo; q--) {
        if (b[q - 1] == ')' || b[q - 1] == ']')
            shut++;
        else if ((b[q - 1] == '(' || b[q - 1] == '[') && !shut--) {
            depth = 1;
            break;
        }
    }
    for (size_t q = lo; q < hi; q++) {
        depth += (b[q] == '(' || b[q] == '[') - (b[q] == ')' || b[q] == ']');
        if (b[q] == ';' && depth <= 0)
            return 0;
    }
    return 1;
}

/* Is b[so..eo) an item of its own (';' before and ';' or ')' after) in
 * the bracket that opens at b[open], no bracket opened or closed
 * between?  In a bracket of no ';', its items parted by commas: ',' before
 * and ',' or ')' after ("82 Stat. 718 (enacting S. 222, Ninetieth
 * Congress, Jul. 31, 1968)"); sc_page_joined() still asks that the items between
 * be the law's facts. */
static int bracket_item(const uint8_t *b, size_t open, size_t so, size_t eo)
{
    int semi = 0;
    for (size_t k = open + 1; k < so; k++) {
        if (b[k] == '(' || b[k] == ')' || b[k] == '[' || b[k] == ']')
            return 0;
        semi |= b[k] == ';';
    }
    size_t p = so;
    while (p > open && b[p - 1] == ' ')
        p--;
    if (b[p - 1] == ';')
        return b[eo] == ';' || b[eo] == ')';
    return !semi && p > open + 1 && b[p - 1] == ',' && (b[eo] == ')' || b[eo] == ',');
}

/* Is date @p f a part of the bracket that opens at b[s + 1] (" ("),
 * within 120 bytes: an item of its own (bracket_item()), or with @p
 * first_too its first part ("(November 8, 1988)", "(June 30, 2014; ...")?
 * The byte after the date is read: the caller knows it is in the window. */
static int bracket_part(const uint8_t *b, size_t s, const sc_date_fact *f, int first_too)
{
    if (s + 1 >= f->so || f->so - s >= 120 || b[s] != ' ' || b[s + 1] != '(')
        return 0;
    if (f->so == s + 2)
        return first_too && (b[f->eo] == ')' || b[f->eo] == ',' || b[f->eo] == ';');
    return bracket_item(b, s + 1, f->so, f->eo);
}

/* Is date @p f an item of its own in the bracket right after an Act's
 * name: "the X Act (S. 1603; approved by President Barack Obama; June
 * 30, 2014; ...)"?  Or, past the Act's own section pin, its first item too:
 * '“X Act” § 4 (November 8, 1988)'. */
static int in_name_bracket(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    if (f->eo >= e->w->len)
        return 0; /* (the byte after it is read) */
    for (int k = 0; k < e->nname; k++) {
        size_t o = e->name[k].tie_eo > e->name[k].eo ? e->name[k].tie_eo : e->name[k].eo;
        o = quote_end(b, o, f->so, 1); /* (its closing quote: '“X Act” § 4 (...)') */
        size_t s = o < f->so ? sc_entry_own_pin_end(e, o, f->so) : o;
        if (bracket_part(b, s, f, s != o))
            return 1;
    }
    return 0;
}

/* The one date the entry says its law was enacted ("signed 2016-12-08",
 * a table's "Enacted" cell), with the page at b[cs..ce), or -1. */
/* Is date @p f in brackets right after an Act's name, their first part
 * ("The X Act (Jul. 10, 2006), enacted by ..., is printed at 120 Stat.
 * 1758"), or after the name and a comma, the bracket's last ("110 Stat. 56
 * (X Act of 1996, 24 May 1996)"), or after the name and "of" ("The X Act of
 * 1990 of 1990-05-01"): the named Act's day? */
static int after_name(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    size_t q = f->so;
    /* (the date may end the entry: "108 Stat. 679, X Act, 1994-03-17." --
     * its period is the entry's end, a byte of the window) */
    if (q <= e->so + 4 || f->eo > e->eo || f->eo >= e->w->len || f->ymd % 100 == 0)
        return 0;
    int ends = b[f->eo] == ')' || b[f->eo] == ',' || b[f->eo] == ';';
    if (memcmp(b + q - 4, " of ", 4) == 0)
        q -= 3; /* or the name's "of" day: "The X Act of 1990 of 1990-05-01 is reported
                 * at 104 Stat. 327", as "the Act of July 26, 1990" */
    else if (ends && b[q - 1] == ' ' && b[q - 2] == ',' && b[f->eo] == ')')
        q--; /* or after the name and a comma, closing the page's bracket: "110 Stat.
              * 56 (Telecommunications Act of 1996, 24 May 1996)" */
    else if (b[q - 1] == ' ' && b[q - 2] == ',' &&
             (b[f->eo] == '.' || (f->eo + 1 < e->eo && b[f->eo] == ' ' && b[f->eo + 1] == '(')))
        q--; /* or ending the citation, after the name and a comma: "94 Stat. 131, X
              * Act of 1980, Apr. 11, 1980.", "..., Apr. 11, 1980 (96th Congress)" */
    else if (ends && b[q - 1] != '(')
        return in_name_bracket(e, f);
    else if (!ends)
        return 0; /* (the bracket's first part: "X Act (3 August 2004, 108th Congress)") */
    /* (a comma before it, no name: perhaps the last item of the name's
     * bracket, "the X Act of 1968 (S. 222, Ninetieth Congress, Jul. 31, 1968)") */
    return sc_entry_name_ends_at(e, q - 1) || in_name_bracket(e, f);
}

/* A slip head's separators between its fields. */
static const struct {
    const char *s;
    size_t n;
} slip_seps[] = { { " -- ", 4 }, { " \xe2\x80\x94 ", 5 } };

/* The length of a slip head's separator at b[q] (" -- ", " — "), else 0. */
static size_t slip_sep(const uint8_t *b, size_t q, size_t to)
{
    for (size_t i = 0; i < sizeof slip_seps / sizeof slip_seps[0]; i++)
        if (q + slip_seps[i].n <= to && memcmp(b + q, slip_seps[i].s, slip_seps[i].n) == 0)
            return slip_seps[i].n;
    return 0;
}

/* The length of a slip head's separator ending at b[q], after @p lo, else 0. */
static size_t slip_sep_before(const uint8_t *b, size_t lo, size_t q)
{
    for (size_t i = 0; i < sizeof slip_seps / sizeof slip_seps[0]; i++)
        if (q >= lo + slip_seps[i].n &&
            memcmp(b + q - slip_seps[i].n, slip_seps[i].s, slip_seps[i].n) == 0)
            return slip_seps[i].n;
    return 0;
}

/* Does b[from..to) join two fields of a slip head: a separator, or
 * separators around bracketed fields (the bill, the law's number: "--
 * [H.R. 4471] -- [Public, No. 127] -- "), three at most? */
static int slip_fields(const uint8_t *b, size_t from, size_t to)
{
    size_t q = from;
    for (int fields = 0; fields <= 3; fields++) {
        size_t n = slip_sep(b, q, to);
        if (!n)
            return 0;
        q += n;
        if (q == to)
            return 1;
        if (b[q] != '[')
            return 0;
        size_t z = q + 1;
        while (z < to && z - q < 48 && b[z] != ']' && b[z] != '[')
            z++;
        if (z >= to || b[z] != ']')
            return 0;
        q = z + 1;
    }
    return 0;
}

/* Is the day @p f right after the page at b[cs..ce) and its pins, a comma
 * between ("118 Stat. 2239, 2241, Oct. 16, 2004") or opening the page's
 * bracket ("72 Stat. 220 (June 28, 1958)"), or right before it
 * ("Oct. 30, 2004, 118 Stat. 2239"), or a slip head's field before it,
 * as a law's day stands by its page? */
static int beside_page(const sc_entry *e, const sc_date_fact *f, size_t cs, size_t ce)
{
    const uint8_t *b = e->w->buf;
    if (f->ymd % 100 == 0)
        return 0;
    size_t q = ce;
    for (int i = 0; i < e->n; i++) /* past the page's pins */
        if ((e->kind[i] & SC_EK_IN) && e->c[i].type == SC_STAT &&
            (e->c[i].wording & SC_W_LIST_ITEM) && e->cs[i] >= q && e->cs[i] <= q + 3)
            q = e->ce[i];
    /* and its law's bill after a comma ("134 Stat. 1135, HR 3465 (Oct. 30,
     * 2020)": page_facts() runs on a bill only when the page's law came
     * from it, check_page_bill()) */
    for (uint64_t m = e->bill_in; m; m &= m - 1) {
        int i = __builtin_ctzll(m);
        if (e->cs[i] == q + 2 && b[q] == ',' && b[q + 1] == ' ')
            q = e->ce[i];
    }
    if (f->so >= q && f->so - q == 2 && /* (or in the page's own bracket: "72 Stat. 220 (June 28, 1958)") */
        ((b[q] == ',' && b[q + 1] == ' ') || (b[q] == ' ' && b[q + 1] == '(')))
        return 1;
    if (f->so > q + 2 && f->so - q < 120 && b[q] == ' ' && b[q + 1] == '(' && f->eo < e->w->len)
        return bracket_item(b, q + 1, f->so, f->eo); /* "128 Stat. 1913 (S. 1603; approved
                                                      * by President Barack Obama; June 30,
                                                      * 2014; 113th Congress)" */
    /* or an item of the bracket the page opens: "X Act sec. 5 (82 Stat. 294;
     * 28 June 1968; Ninetieth Congress)" */
    if (f->so >= q + 2 && f->so - q < 120 && cs > e->so && b[cs - 1] == '(' && f->eo < e->w->len)
        return bracket_item(b, cs - 1, f->so, f->eo);
    if (f->eo <= cs && cs - f->eo == 2 && b[f->eo] == ',' && b[f->eo + 1] == ' ')
        return 1;
    /* or a slip head's field before it: "CHAP. 88 -- May 18, 1824 -- 4 Stat.
     * 24", "... — 4 Stat. 24", bracketed fields between ("April 11, 1918 --
     * [H.R. 4471] -- [Public, No. 127] -- 41 Stat. 518") */
    return f->eo <= cs && slip_fields(b, f->eo, cs);
}

/* Is date @p f an item of its own (or the first) in the bracket right
 * after a named Act's section whose Act is law @p l ("102 Stat. 1615, “X Act” § 4
 * (approved by President Ronald Reagan; originally S. 2641; November 8,
 * 1988)"): the Act's day, as after its name (in_name_bracket())?  Not
 * the section of another Act: the one the law amends. */
static int in_section_bracket(const sc_entry *e, const sc_date_fact *f, const sc_ref_law *l)
{
    const uint8_t *b = e->w->buf;
    if (!l || f->eo >= e->w->len)
        return 0; /* (no law to be the section's; the byte after it is read) */
    for (int i = 0; i < e->n; i++) {
        if ((e->kind[i] & (SC_EK_ACT | SC_EK_IN)) != (SC_EK_ACT | SC_EK_IN) || !e->c[i].act[0] ||
            !bracket_part(b, e->ce[i], f, 1))
            continue;
        sc_act_law rows[8];
        int nr = sc_act_name_laws(e->c[i].act, strlen(e->c[i].act), rows, 8);
        for (int r = 0; r < nr && r < 8; r++)
            if (rows[r].congress == l->congress && rows[r].number == l->number)
                return 1;
    }
    return 0;
}

static int enacted_date(sc_entry *e, const sc_ref_law *l, size_t cs, size_t ce, size_t lo,
                        size_t hi)
{
    int k = -1;
    for (int i = 0; i < e->ndate; i++)
        if ((e->date[i].role == SC_DATE_ROLE_ENACTED ||
             (e->date[i].role == SC_DATE_ROLE_NONE &&
              (after_name(e, &e->date[i]) || beside_page(e, &e->date[i], cs, ce) ||
               in_section_bracket(e, &e->date[i], l) ||
               /* the words after it: "On 7/5/1994, President William Clinton
                * signed the X Act, which is printed at 108 Stat. 4079" */
               (e->date[i].eo <= cs &&
                (sc_entry_role_after(e, e->date[i].eo) == SC_DATE_ROLE_ENACTED ||
                 /* or opens a sentence that only says where it is printed:
                  * "On 10/30/1984, the X Act is printed at 98 Stat. 3369" */
                 sc_entry_on_date_opens(e, &e->date[i])))))) &&
            !e->date[i].bad && e->date[i].so >= lo &&
            e->date[i].eo <= hi &&
            sc_page_joined(e, e->date[i].so, e->date[i].eo, cs, ce)) {
            if (k >= 0 && e->date[k].ymd != e->date[i].ymd)
                return -1; /* two days: of which law? */
            k = i;
        }
    return k;
}

/* Is the day at b[ds..] the one a law took effect ("eff. Jan. 1, 1979")? */
static int took_effect(const uint8_t *b, size_t ds)
{
    return ds >= 5 && memcmp(b + ds - 5, "eff. ", 5) == 0 && (ds == 5 || !sc_isalpha(b[ds - 6]));
}

/* Does a chapter ("ch.", "chap", "chapter") other than the one at
 * b[own_at] stand between day @p f and the page at b[cs..ce)?  Then the
 * day is that chapter's Act's. */
static int chapter_between(const uint8_t *b, const sc_date_fact *f, size_t cs, size_t ce,
                           size_t own_at)
{
    size_t from = f->eo < cs ? f->eo : ce, to = f->eo < cs ? cs : f->so;
    for (size_t q = from; q + 4 < to; q++)
        if (b[q] == 'c' && b[q + 1] == 'h' && (q == 0 || !sc_isalpha(b[q - 1])) &&
            (b[q + 2] == '.' || b[q + 2] == 'a') && q != own_at)
            return 1;
    return 0;
}

/* Is page citation @p i the entry's one page, in it, with no law cited
 * (a law's facts are the law's; two pages: whose day?) -- the page whose
 * day or year the entry's words may give (sc_page_enacted_day(),
 * sc_page_enacted_year())? */
static int page_alone(const sc_entry *e, int i)
{
    return e->nlaw == 0 && (e->kind[i] & SC_EK_IN) && !(e->kind[i] & SC_EK_SHORT) &&
           !(e->stat_in & (e->stat_in - 1)) && !(e->c[i].wording & SC_W_LIST_ITEM);
}

/* Does a chapter other than the page's own stand between date @p k and
 * page citation @p i?  Then the date is that chapter's Act's. */
static int other_chapter_between(const sc_entry *e, int k, int i)
{
    const uint8_t *b = e->w->buf;
    size_t own_at = SIZE_MAX;
    sc_chapter_before(b, e->so < e->cs[i] ? e->so : 0, e->cs[i], &own_at);
    return chapter_between(b, &e->date[k], e->cs[i], e->ce[i], own_at);
}

int32_t sc_page_enacted_day(sc_entry *e, int i)
{
    const uint8_t *b = e->w->buf;
    int bills = e->bill_in || (e->types & 1u << SC_BILL);
    if (!page_alone(e, i))
        return 0;
    sc_entry_need_dates(e);
    size_t cs = e->cs[i], ce = e->ce[i];
    int k = enacted_date(e, NULL, cs, ce, 0, SIZE_MAX);
    if (k < 0 || e->date[k].ymd % 100 == 0)
        return 0;
    if (bills && e->date[k].role != SC_DATE_ROLE_ENACTED)
        return 0; /* (with a bill, a day its words give the enactment alone -- "introduced
                   * as S. 1098 ..., the measure became law on February 6, 1890 as ch.
                   * 7, 26 Stat. 5" -- not a step of the bill's; the bill's checks know
                   * no law before 1951 it became, so the day is read here) */
    if (took_effect(b, e->date[k].so))
        return 0;
    /* another chapter between the day and the page: the day is its Act's */
    return other_chapter_between(e, k, i) ? 0 : e->date[k].ymd;
}

int sc_page_enacted_year(sc_entry *e, int i, int *passed)
{
    *passed = 0;
    if (!page_alone(e, i) || e->bill_in || (e->types & 1u << SC_BILL))
        return 0;
    /* (the words first: an entry of pages alone reads its dates only when
     * a check asks, and most say nothing of an enactment) */
    static const char *const told[] = { "approved", "enacted", "passed", "signed", "became",
                                        NULL };
    sc_entry_need_bounds(e);
    if (!e->dates_read && !sc_text_has_any(e->w->buf, e->so, e->eo, told))
        return 0;
    /* (nor where an Act is named that does not begin on the page: the year
     * may be its, not the page's -- "Section 350, which was added to the
     * Tariff Act (enacted in 1930) by 48 Stat. 943"; "The Americans with
     * Disabilities Act, passed in 1991, is printed at 104 Stat. 327" is
     * the page's law's) */
    if ((sc_find_text(e->w->buf + e->so, e->eo - e->so, "Act", 3) ||
         sc_find_text(e->w->buf + e->so, e->eo - e->so, "ACT", 3)) &&
        !names_page_law(e, i))
        return 0;
    sc_entry_need_dates(e);
    int k = enacted_date(e, NULL, e->cs[i], e->ce[i], 0, SIZE_MAX);
    const uint8_t *b = e->w->buf;
    if (k < 0) { /* or the one year the law's passage is said in: "A law, chapter
                  * 153, was passed by the 22nd Congress in 1833" */
        for (int q = 0; q < e->ndate; q++) {
            const sc_date_fact *f = &e->date[q];
            size_t lo = f->so > e->so + 60 ? f->so - 60 : e->so;
            if (f->role != SC_DATE_ROLE_BILL || f->bad || f->ymd % 10000 != 0 ||
                !sc_find_text(b + lo, f->so - lo, "passed", 6) ||
                sc_find_text(b + lo, f->so - lo, "introduced", 10) ||
                !sc_page_joined(e, f->so, f->eo, e->cs[i], e->ce[i]))
                continue;
            if (k >= 0)
                return 0; /* (two: which?) */
            k = q;
        }
        if (k < 0)
            return 0;
        *passed = 1;
    } else if (e->date[k].ymd % 10000 != 0 || e->date[k].role != SC_DATE_ROLE_ENACTED) {
        return 0;
    }
    return other_chapter_between(e, k, i) ? 0 : e->date[k].ymd / 10000;
}

/* Does a congressional document's designation follow the Congress that
 * ends at b[end] ("81st Congress, House Report No. 557", "97th Cong., S.
 * Rept. 97-12")?  Then the Congress is the document's, not a law's. */
static int document_follows(const uint8_t *b, size_t end, size_t lim)
{
    static const char *const docs[] = { "House Report", "Senate Report", "House Document",
                                        "Senate Document", "H. Rept", "S. Rept", "H.R. Rep",
                                        "H. Rep", "S. Rep", "H.R. Rept", "H. Doc", "S. Doc",
                                        "Report No", "Conference Report", "Committee Print",
                                        "Comm. Print", "hearing", "Hearing", NULL };
    size_t q = end;
    while (q < lim && q < end + 4 && (b[q] == ' ' || b[q] == ',' || b[q] == '.'))
        q++;
    for (const char *const *d = docs; *d; d++) {
        size_t n = strlen(*d);
        if (q + n <= lim && memcmp(b + q, *d, n) == 0)
            return 1;
    }
    return 0;
}

/* The one Congress the entry names: a table row's cell, or the one
 * mention of context.congress in the entry, with the page at b[cs..ce);
 * 0 when none (or two). */
int sc_page_congress(sc_entry *e, size_t cs, size_t ce, size_t lo, size_t hi)
{
    const uint8_t *b = e->w->buf;
    if (sc_entry_has_cell(e, SC_COL_CONGRESS))
        return sc_ctx_congress_cell(b, e->cell_so[SC_COL_CONGRESS], e->cell_eo[SC_COL_CONGRESS]);
    sc_entry_need_bounds(e); /* (the text around the page: not only the citations',
                              * whichever check asked for it first) */
    size_t so = lo > e->so ? lo : e->so, eo = hi < e->eo ? hi : e->eo;
    int ctx = e->r->ctx_congress, n = 0;
    if (ctx < 0 || eo <= so || !sc_find_text(b + so, eo - so, "Cong", 4))
        return 0;
    sc_groups g;
    for (size_t p = so; p < eo;) {
        size_t end = sc_rule_match(e->r, ctx, e->m, b, eo, p, &g);
        if (end == SC_UNSET)
            break;
        int v = sc_ctx_congress_value(b, &g);
        if (v > 0 && document_follows(b, end, e->eo)) {
            p = end > p ? end : p + 1; /* (a report's: "81st Congress, House Report
                                        * No. 557", the Code's revision note) */
            continue;
        }
        if (v > 0 && !sc_page_joined(e, g.so[SC_G_CITE], end, cs, ce))
            return 0;
        if (v > 0) {
            if (n && n != v)
                return 0;
            n = v;
        }
        p = end > p ? end : p + 1;
    }
    return n;
}

/* check_page_bill() when the page is no law's first page: a page inside a
 * law, given as the bill's ("The statute is reported at 103 Stat. 659 and
 * started as S. 248"), must lie in the law the bill became (101-123, from
 * 103 Stat. 759 on) -- when the tables know where that law begins and
 * ends, and the two are joined as a page and its facts are.  Returns 0. */
static int page_of_bill(sc_doc_state *d, sc_entry *e, int bi, int only, int v, int p, int bcong)
{
    sc_citation *b = &e->c[bi];
    const sc_ref_law *at = sc_ref_law_at_page(v, p);
    int cong = bcong ? bcong : at && at->stat_volume == v ? at->congress : 0;
    const sc_ref_law *l = cong ? sc_ref_law_from_bill(cong, b->bill, b->number) : NULL;
    if (!l || l == at || l->stat_volume <= 0 || sc_page_in_law(l, v, p) != 0 || e->eo <= e->so)
        return 0;
    sc_entry_need_names(e);
    if (!sc_page_joined(e, e->cs[bi], e->ce[bi], e->cs[only], e->ce[only]))
        return 0;
    char bn[32], sugg[160];
    sc_bill_name(b->bill, b->number, bn, sizeof bn);
    sc_fmt(sugg, sizeof sugg, "%s became Pub. L. No. %d-%d, which begins at %d Stat. %d", bn,
           l->congress, l->number, l->stat_volume, (int)l->stat_page);
    sc_emit(d, b, SC_ERROR, SC_D_BILL_LAW_MISMATCH, sugg,
            "%s became Public Law %d-%d, and %d Stat. %d is not in that law", bn, l->congress,
            l->number, v, p);
    return 0;
}

/* An entry of one page and one bill, no law by number ("The bill, S.
 * 1915, became the X Act, which is printed at 130 Stat. 1391", "122 Stat.
 * 5014 (enacted 2008, enacting H.R. 6681)"): the one law that begins on the
 * page must have come from that bill (bill-law-mismatch), when the two are
 * joined as a page and its facts are (sc_page_joined()). */
/* Are the entry's bill @p bi and its page @p only joined as a page and its
 * facts are (sc_page_joined(), its names read first)? */
static int bill_page_joined(sc_entry *e, int bi, int only)
{
    if (e->eo <= e->so)
        return 0;
    sc_entry_need_names(e);
    return sc_page_joined(e, e->cs[bi], e->ce[bi], e->cs[only], e->ce[only]);
}

/* Is old law @p l's date sure (sc_hist_date_sure()), or is it the day the
 * entry states joined to its page @p only ("75th Congress, 3rd Session --
 * Chap. 282 -- May 26, 1938 -- [H.R. 10127] -- 52 Stat. 445": a row whose
 * date is not sure -- of one source, disputed, or outside its Congress's
 * term -- confirmed by the entry's own day for the page)? */
static int old_date_known(sc_entry *e, const sc_hist_law *l, int only)
{
    if (sc_hist_date_sure(l))
        return 1;
    for (int k = 0; k < e->ndate && l->date; k++)
        if (!e->date[k].bad && e->date[k].ymd == l->date &&
            sc_page_joined(e, e->date[k].so, e->date[k].eo, e->cs[only], e->ce[only]))
            return 1;
    return 0;
}

/* check_page_bill() for a page of volumes 1-64 (ref_historic.h): the one
 * law that holds it must have come from the bill ("S. 1126 passed the 76th
 * Congress and became chapter 157 of its first session, enacted May 31,
 * 1939 (53 Stat. 793)": ch. 157 came from S. 1096), of the bill's Congress
 * (bill-law-mismatch, law-congress on the bill).  Returns 1 when it spoke. */
static int old_page_bill(sc_doc_state *d, sc_entry *e, int bi, int only, int v, int p)
{
    const sc_hist_law *l = sc_hist_page_law(v, p, 1); /* (two: whose bill?) */
    int num = 0, kind = l ? sc_hist_bill(l, &num) : 0;
    if (!kind || !old_date_known(e, l, only))
        return 0;
    sc_citation *b = &e->c[bi];
    int own = kind == (int)b->bill && num == b->number;
    if (own && (!b->congress || b->congress == l->congress))
        return 0;
    if (!own && b->congress && b->congress != l->congress)
        return 0; /* another Congress's bill of another number: which is the slip? */
    if (!bill_page_joined(e, bi, only))
        return 0;
    char bn[32], from[32], what[64], when[40] = "", sugg[200];
    sc_bill_name(b->bill, b->number, bn, sizeof bn);
    sc_bill_name(kind, num, from, sizeof from);
    if (l->date)
        sc_fmt_date(l->date, when, sizeof when);
    if (l->kind <= SC_HIST_PRIVATE)
        sc_fmt(what, sizeof what, "ch. %d of the %d%s Congress", l->number, l->congress,
               SC_ORD(l->congress));
    else
        sc_fmt(what, sizeof what, "a resolution of the %d%s Congress", l->congress,
               SC_ORD(l->congress));
    sc_fmt(sugg, sizeof sugg, "%d Stat. %d is %s (%s), which came from %s", v, p, what, when, from);
    if (own)
        sc_emit(d, b, SC_ERROR, SC_D_LAW_CONGRESS, sugg,
                "%s of the %d%s Congress cannot be the law at %d Stat. %d: that is %s", bn,
                b->congress, SC_ORD(b->congress), v, p, what);
    else
        sc_emit(d, b, SC_ERROR, SC_D_BILL_LAW_MISMATCH, sugg,
                "%s did not become the law at %d Stat. %d: that page is in %s, which came from %s",
                bn, v, p, what, from);
    return 1;
}

/* The chapter the entry writes in b[lo..hi) ("ch. 51", "Chap. 384",
 * "chapter 9"): its number; 0 when none, -1 when two numbers. */
static int written_chapter(const sc_entry *e, size_t lo, size_t hi)
{
    const uint8_t *b = e->w->buf;
    int found = 0, n;
    for (size_t i = lo; i < hi; i++) {
        if ((b[i] | 0x20) != 'c' || (i > lo && sc_isalpha(b[i - 1])))
            continue;
        size_t end = sc_chapter_at(b, i, hi, &n);
        if (end == i)
            continue;
        if (found && found != n)
            return -1;
        found = n;
        i = end - 1;
    }
    return found;
}

/* check_page_bill() for a page of volumes 1-64 with chapter @p wch written
 * before it, apart from it, and the entry's one bill ("69th Cong., Sess. I
 * -- Ch. 770 -- July 3, 1926 -- [H. R. 13040] -- 44 Stat. 840"): the chapter
 * of that volume that holds the page must have come from the bill.  When the page is the first
 * of another law of that volume that came from the bill (one chapter ends
 * on the page, the next begins), the chapter is the slip (chapter-page, the
 * fix that law's chapter); else the bill (bill-law-mismatch).  Returns 1
 * when it spoke. */
static int old_chapter_bill(sc_doc_state *d, sc_entry *e, int bi, int only, int v, int p,
                            int wch)
{
    sc_citation *b = &e->c[bi], *c = &e->c[only];
    const sc_hist_law *ch[SC_HIST_SAME_CHAPTER_MAX], *l = NULL;
    int nch = sc_hist_chapter_in_volume(v, wch, ch, SC_HIST_SAME_CHAPTER_MAX);
    for (int j = 0; j < nch; j++)
        if (ch[j]->kind <= SC_HIST_PRIVATE && sc_hist_holds(ch[j], v, p)) {
            if (l)
                return 0; /* (two sessions' chapters of that number hold it) */
            l = ch[j];
        }
    int num = 0, kind = l ? sc_hist_bill(l, &num) : 0;
    if (!kind || !old_date_known(e, l, only) || (b->congress && b->congress != l->congress))
        return 0;
    if (kind == (int)b->bill && num == b->number)
        return 0; /* its own */
    if (!bill_page_joined(e, bi, only))
        return 0;
    char bn[32], from[32], sugg[200];
    sc_bill_name(b->bill, b->number, bn, sizeof bn);
    sc_bill_name(kind, num, from, sizeof from);
    /* the law that begins on the page, of the bill's making */
    const sc_hist_law *at[SC_HIST_SAME_PAGE_MAX];
    int n = sc_hist_at_page(v, p, at, SC_HIST_SAME_PAGE_MAX);
    for (int j = 0; j < n; j++) {
        int onum = 0, okind = sc_hist_bill(at[j], &onum);
        if (at[j] != l && at[j]->page == p && at[j]->kind <= SC_HIST_PRIVATE &&
            at[j]->congress == l->congress && okind == (int)b->bill && onum == b->number) {
            sc_fmt(sugg, sizeof sugg, "ch. %d, %d Stat. %d", at[j]->number, v, p);
            sc_emit(d, c, SC_ERROR, SC_D_CHAPTER_PAGE, sugg,
                    "%d Stat. %d is the first page of ch. %d of the %d%s Congress, which came "
                    "from %s, the entry's bill; ch. %d (from %s) only ends there",
                    v, p, at[j]->number, at[j]->congress, SC_ORD(at[j]->congress), bn, wch,
                    from);
            return 1;
        }
    }
    sc_fmt(sugg, sizeof sugg, "ch. %d of the %d%s Congress came from %s", l->number, l->congress,
           SC_ORD(l->congress), from);
    sc_emit(d, b, SC_ERROR, SC_D_BILL_LAW_MISMATCH, sugg,
            "%s did not become ch. %d of the %d%s Congress (%d Stat. %d): it came from %s", bn,
            l->number, l->congress, SC_ORD(l->congress), v, p, from);
    return 1;
}

static int check_page_bill(sc_doc_state *d, sc_entry *e, size_t lo, size_t hi)
{
    int only = -1, bi = -1;
    for (int i = 0; i < e->n; i++) {
        const sc_citation *c = &e->c[i];
        if (hi != SIZE_MAX) { /* a string citation's item b[lo..hi): its own, no law */
            if (!(e->kind[i] & SC_EK_IN) || e->cs[i] < lo || e->ce[i] > hi)
                continue;
            if (sc_is_law(c))
                return 0;
        }
        if (c->type == SC_BILL) {
            if (bi >= 0 || !(e->kind[i] & SC_EK_IN) || !sc_lawmaking(c->bill))
                return 0;
            bi = i;
        } else if (c->type == SC_STAT && !(c->wording & SC_W_LIST_ITEM)) {
            if (only >= 0 || !(e->kind[i] & SC_EK_IN) || (e->kind[i] & SC_EK_SHORT))
                return 0;
            only = i;
        }
    }
    int v, p;
    if (only < 0 || bi < 0 || e->c[only].ndiag > 0 || e->c[bi].ndiag > 0 ||
        !sc_entry_vol_page(e, only, &v, &p))
        return 0;
    size_t rv = sc_ctx_field_related(e->w->buf, 0, e->cs[bi]);
    if (rv && rv <= e->cs[bi])
        return 0; /* a bill of a record's field of others: "related:" / "- H.R. 551"
                   * above the record's "stat: 128 Stat. 1377" */
    if (e->c[only].chapter > 0)
        return 0; /* (its chapter's checks, its bill's too: check_historic.c) */
    if (v <= 64) {
        /* the chapter the entry writes before the page, apart from it ("ch.
         * 770, July 3, 1926, 44 Stat. 840", a slip head's "Ch. 770 -- July 3,
         * 1926 -- [H. R. 13040] -- 44 Stat. 840"): its bill; else the law
         * that begins on the page */
        int wch = written_chapter(e, e->so, e->cs[only]);
        if (wch < 0)
            return 0;
        if (wch > 0)
            return !old_chapter_bill(d, e, bi, only, v, p, wch);
        /* the bill beside a page of volumes 1-64; when nothing is said of it,
         * the page's day and chapter are read as the page's alone ("65th
         * Congress, 2d Sess. -- Ch. 51 -- April 11, 1918 -- [H.R. 4471] -- 41
         * Stat. 518": page_day()) */
        return !old_page_bill(d, e, bi, only, v, p);
    }
    const sc_ref_law *on[5];
    sc_citation *b = &e->c[bi];
    /* the bill's Congress: written with it, or read from its sentence --
     * in a string citation's item, from the item alone (another item's
     * Congress is another law's) */
    int bcong = b->congress;
    if (hi != SIZE_MAX && (b->wording & SC_W_CONGRESS_LINKED))
        bcong = sc_page_congress(e, e->cs[only], e->ce[only], lo, hi);
    int non = sc_ref_laws_on_page(v, p, on, 5);
    if (non > 4) /* (a page the table gives to many laws: "77 Stat. 132") */
        return page_of_bill(d, e, bi, only, v, p, bcong);
    for (int j = 0; j < non; j++)
        if (on[j]->bill_type == SC_BILL_NONE)
            non = 0; /* (a law's bill not known: nothing to compare) */
    if (non == 0)
        return page_of_bill(d, e, bi, only, v, p, bcong); /* no law begins on the page;
                                                           * or its bill is not known */
    /* the law on the page the bill became -- where two or more begin on
     * it ("80 Stat. 980": 89-687 and 89-688), the one from this bill, its
     * Congress the fact to compare; none: the first, whose message names
     * them all */
    const sc_ref_law *l = on[0];
    int own = -1;
    for (int j = 0; j < non && own < 0; j++)
        if (sc_law_from_bill_cite(on[j], b))
            own = j;
    if (own >= 0)
        l = on[own];
    if (own >= 0 && (bcong == 0 || bcong == l->congress))
        return 1; /* its own */
    if (!bill_page_joined(e, bi, only))
        return 0;
    unsigned named = own < 0 && non > 1 ? names_among(e, on, non, e->so, e->eo) : 0;
    if (named && !(named & (named - 1))) /* the one the entry's name names */
        l = on[__builtin_ctz(named)], non = 1;
    char bn[32], from[32], sugg[200], became[48] = "";
    sc_bill_name(b->bill, b->number, bn, sizeof bn);
    sc_bill_name(l->bill_type, l->bill_number, from, sizeof from);
    const sc_ref_law *other = sc_ref_law_from_bill(bcong ? bcong : l->congress, b->bill, b->number);
    if (other && other != l)
        sc_fmt(became, sizeof became, "; %s became Pub. L. No. %d-%d", bn, other->congress,
               other->number);
    if (own < 0 && non > 1 && other) /* the bill became another law: the page is not in it */
        return page_of_bill(d, e, bi, only, v, p, bcong);
    if (own < 0 && non > 1) { /* no law of the page came from the bill, nor any law known */
        char laws[160];
        size_t o = 0;
        for (int j = 0; j < non && o < sizeof laws; j++) {
            sc_bill_name(on[j]->bill_type, on[j]->bill_number, from, sizeof from);
            o += (size_t)snprintf(laws + o, sizeof laws - o, "%sPublic Law %d-%d (from %s)",
                                  j == 0 ? "" : j + 1 < non ? ", " : " and ", on[j]->congress,
                                  on[j]->number, from);
        }
        sc_fmt(sugg, sizeof sugg, "check the bill: %s begin at %d Stat. %d%s", laws, v, p,
               became);
        sc_emit(d, b, SC_ERROR, SC_D_BILL_LAW_MISMATCH, sugg,
                "%s did not become a law that begins at %d Stat. %d: %s begin there", bn, v, p,
                laws);
        return 0;
    }
    sc_fmt(sugg, sizeof sugg, "Public Law %d-%d (%d Stat. %d) came from %s%s", l->congress,
           l->number, v, p, from, became);
    if (bcong && bcong != l->congress)
        sc_emit(d, b, SC_ERROR, SC_D_BILL_LAW_MISMATCH, sugg,
                "%s of the %d%s Congress cannot be the law at %d Stat. %d: that page is the "
                "first of Public Law %d-%d, a law of the %d%s Congress",
                bn, bcong, SC_ORD(bcong), v, p, l->congress, l->number, l->congress,
                SC_ORD(l->congress));
    else
        sc_emit(d, b, SC_ERROR, SC_D_BILL_LAW_MISMATCH, sugg,
                "%s did not become the law at %d Stat. %d: that page is the first of Public Law "
                "%d-%d, which came from %s",
                bn, v, p, l->congress, l->number, from);
    return 0;
}

static void page_facts(sc_doc_state *d, sc_entry *e, size_t lo, size_t hi, int own_bill);
static int named_act_day(sc_entry *e, int32_t day);

void sc_check_page_facts(sc_doc_state *d, sc_entry *e)
{
    if (e->nlaw == 0 && e->bill_in && sc_entry_one_bill(e)) {
        /* the page's law must have come from the bill; when it did, the
         * entry's other facts are that law's too ("Stat.: 105 Stat. 479;
         * Date: Aug. 14, 1991; Signed by: ...; Bill: S. 1593") -- those
         * the bill's own checks (check_bills.c) have not spoken of */
        if (check_page_bill(d, e, 0, SIZE_MAX))
            page_facts(d, e, 0, SIZE_MAX, 1);
        return;
    }
    int heads = 0; /* the pages the entry cites, not counting pins */
    for (uint64_t m = e->stat_in; m && heads < 2; m &= m - 1)
        heads += !(e->c[__builtin_ctzll(m)].wording & SC_W_LIST_ITEM);
    if (e->nlaw == 0 && !e->bill_in && heads < 2) {
        page_facts(d, e, 0, SIZE_MAX, 0);
        return;
    } /* (pages of several items of a string citation: each item alone, below --
       * "Cf. X Act, 118 Stat. 1749 (approved ...); Y Act, 94 Stat. 553 (...)") */
    /* (no law and bills of several items: each item alone, below) */
    /* a string citation's item of one page and no law or bill: "...; 120
     * Stat. 381, X Act of 2005 (approved by President Barack Obama, 25 May
     * 2006, 109th Cong.)" -- the items before and after are other laws';
     * or of one page and one bill, no law, as an entry of them is read:
     * "...; the X Act, HR 274, 131 Stat. 846 (114th Cong., enacted May 16,
     * 2017, ...); ..." */
    for (int i = 0; i < e->n; i++) {
        size_t lo, hi;
        if (e->c[i].type == SC_STAT && !(e->c[i].wording & SC_W_LIST_ITEM) &&
            !(e->kind[i] & SC_EK_SHORT) && e->c[i].chapter == 0) {
            if (sc_entry_item_of(e, i, &lo, &hi, 0))
                page_facts(d, e, lo, hi, 0);
            else if (e->bill_in && sc_entry_item_of(e, i, &lo, &hi, 1) && check_page_bill(d, e, lo, hi))
                page_facts(d, e, lo, hi, 1);
        }
    }
}

/* page_facts() for a page no law of the public-law table begins on -- a
 * page of volumes 1-64, or a page inside a law -- with the day the entry
 * gives as its law's ("Social Security Act, Aug. 14, 1935, 48 Stat. 620",
 * "48 Stat. 620 (Aug. 14, 1935)", "Act of July 26, 1990, 103 Stat. 327" of
 * the page's grammar aside): a law of that day must hold a page of volumes
 * 1-64 (check_historic.c, chapter-date), and a later volume must print laws
 * of that day's year (stat-year). */
/* Is there a year (1789-2099, four digits alone) within 200 bytes of the
 * page at b[cs..ce)?  (Before the entry's dates are read: a day the check
 * could find wrong needs one.) */
static int year_near(const sc_entry *e, size_t cs, size_t ce)
{
    const uint8_t *b = e->w->buf;
    size_t lo = cs > 200 ? cs - 200 : 0, hi = ce + 200 < e->w->len ? ce + 200 : e->w->len;
    for (size_t q = lo; q + 4 <= hi; q++) {
        if (!sc_isdigit(b[q]) || (q > 0 && sc_isdigit(b[q - 1])) ||
            (q + 4 < e->w->len && sc_isdigit(b[q + 4])) || !sc_isdigit(b[q + 1]) ||
            !sc_isdigit(b[q + 2]) || !sc_isdigit(b[q + 3]))
            continue;
        int y = (b[q] - '0') * 1000 + (b[q + 1] - '0') * 100 + (b[q + 2] - '0') * 10 + (b[q + 3] - '0');
        if (y >= 1789 && y <= 2099)
            return 1;
    }
    return 0;
}

/* Is the chapter number ending at b[k] one of the Code's: "chapter 5 (§
 * 151 et seq.) of Title 21", "chapter 7 of this title" -- a section's
 * bracket at most between it and its title? */
static int code_chapter(const uint8_t *b, size_t k, size_t eo)
{
    if (k + 2 < eo && b[k] == ' ' && b[k + 1] == '(') {
        const uint8_t *z = memchr(b + k, ')', eo - k < 48 ? eo - k : 48);
        if (!z)
            return 1; /* ("(§ 151 et seq." unclosed: read as the Code's) */
        k = (size_t)(z - b) + 1;
    }
    static const char *const of[] = { " of title", " of Title", " of this title", " of such title",
                                      " of the Code", " of the United States Code",
                                      " of the Revised Statutes", NULL };
    for (int i = 0; of[i]; i++) {
        size_t n = strlen(of[i]);
        if (k + n <= eo && memcmp(b + k, of[i], n) == 0)
            return 1;
    }
    /* a named Act's own chapter ("chapter XI of the Bankruptcy Act"), not
     * "chapter 34 of the Act of February 27, 1896", "of the laws of the
     * 74th Congress", "of the Third Congress" */
    if (k + 9 <= eo && memcmp(b + k, " of the ", 8) == 0 && sc_isupper(b[k + 8])) {
        static const char *const law[] = { "Act of", "Acts of", "Laws of", "Congress", NULL };
        for (int i = 0; law[i]; i++) {
            size_t n = strlen(law[i]);
            if (k + 8 + n <= eo && memcmp(b + k + 8, law[i], n) == 0)
                return 0;
        }
        size_t w = k + 8; /* "the Third Congress", "the Seventy-third Congress" */
        while (w < eo && (sc_isalpha(b[w]) || b[w] == '-') && w - k < 40)
            w++;
        return !(w + 9 <= eo && memcmp(b + w, " Congress", 9) == 0);
    }
    return 0;
}

/* The one chapter an entry of one old page names, joined to the page as
 * its facts are ("A law, chapter 46, was passed by the Third Congress in
 * 1795.  It is printed at 2 Stat. 438"; "Chapter 135, passed by the 79th
 * Congress in 1945, is printed at 59 Stat. 25"): "chapter N", "ch. N",
 * "chap. N", one number however often written; its word's start in *at;
 * else 0. */
static int entry_chapter(sc_entry *e, size_t cs, size_t ce, size_t *at)
{
    const uint8_t *b = e->w->buf;
    size_t a = cs > 300 ? cs - 300 : 0, z = ce + 300 < e->w->len ? ce + 300 : e->w->len;
    if (!sc_find_text(b + a, z - a, "hapter", 6) && !sc_find_text(b + a, z - a, "ch.", 3) &&
        !sc_find_text(b + a, z - a, "Ch.", 3) && !sc_find_text(b + a, z - a, "CHAP", 4))
        return 0; /* (no chapter near: the entry's bounds are not read) */
    sc_entry_need_bounds(e); /* (an entry of pages alone: read only now) */
    int n = 0;
    size_t first = SIZE_MAX, so = e->so;
    for (size_t q = so; q + 4 < e->eo; q++) {
        if ((b[q] != 'c' && b[q] != 'C') || (b[q + 1] != 'h' && b[q + 1] != 'H') ||
            (q > so && sc_isalpha(b[q - 1])))
            continue;
        size_t w = q + 2;
        while (w < e->eo && sc_isalpha(b[w]) && w - q < 7)
            w++;
        size_t k = w;
        if (k < e->eo && b[k] == '.')
            k++;
        if (k < e->eo && b[k] == ' ')
            k++;
        size_t ds = k;
        int v = 0;
        while (k < e->eo && sc_isdigit(b[k]) && k - ds < 5)
            v = v * 10 + (b[k++] - '0');
        if (k == ds || (k < e->eo && sc_isalnum(b[k])))
            continue;
        if (sc_chapter_before(b, q, k, NULL) != v)
            continue; /* ("ch", "chap", "chapter" only, any case: its own reader) */
        if (code_chapter(b, k, e->eo))
            continue;
        if (n && n != v)
            return 0; /* two chapters: whose is the page? */
        if (!sc_page_joined(e, q, k, cs, ce))
            return 0;
        n = v;
        if (first == SIZE_MAX)
            first = q;
        q = k;
    }
    if (n)
        *at = first;
    return n;
}

static void page_day(sc_doc_state *d, sc_entry *e, size_t lo, size_t hi, int own_bill)
{
    int only = one_page(e, lo, hi, own_bill), v, p;
    if (only < 0 || e->c[only].ndiag > 0 || e->c[only].date > 0 ||
        !sc_entry_vol_page(e, only, &v, &p))
        return; /* (a date of the page's own words: check_historic.c) */
    sc_citation *c = &e->c[only];
    const uint8_t *b = e->w->buf;
    /* its own chapter, which the grammar did not join to it: "the act of
     * March 3, 1851 (ch. 37; 9 Stat. 597)" */
    size_t own_at = SIZE_MAX;
    int own = v <= 64 ? sc_chapter_before(b, e->so < e->cs[only] ? e->so : 0, e->cs[only], &own_at)
                      : 0;
    if (!own && v <= 64) {
        sc_entry_need_row(e); /* (an entry of pages alone: is it a row?) */
        own = sc_row_chapter(e); /* or the row's, in a column of chapters ("| 61 Stat. 26 | 34 |") */
    }
    if (!own && v <= 64)
        own = entry_chapter(e, e->cs[only], e->ce[only], &own_at); /* or the entry's one */
    int y0, y1;
    if (!own && ((!sc_stat_volume_years(v, &y0, &y1) &&
                  /* (a volume of laws before 1951 with none on record, the
                   * treaties': its page is compared as another volume's) */
                  !(v >= 1 && v <= 64 && sc_hist_next_page(v, 0) == 0)) ||
                 (v <= 64 && !year_near(e, e->cs[only], e->ce[only]))))
        return; /* (no volume of that number; no year near an old page: its
                 * dates are not read -- near a later volume's page, where the
                 * Code's notes write years everywhere, the test would cost
                 * more than the reading it saves) */
    sc_entry_need_dates(e); /* (an entry of pages alone: read only now) */
    int k = enacted_date(e, NULL, e->cs[only], e->ce[only], lo, hi);
    int32_t day = k >= 0 && e->date[k].ymd % 100 ? e->date[k].ymd : 0; /* (a year alone:
                                                                         * check_stat_year.c
                                                                         * reads "(1935)") */
    size_t ds = k >= 0 ? e->date[k].so : 0;
    if (day && took_effect(b, ds))
        day = 0; /* the Code's "(eff. Jan. 1, 1979, 92 Stat. 3783)": the day it took
                  * effect (the period may have ended the entry before it) */
    /* a chapter between the day and the page: the day is that chapter's
     * Act's, and the page perhaps its too ("June 28, 1947, ch. 162, § 7
     * (less applicability to § 57 of the Act of June 3, 1916, ch. 134), 61
     * Stat. 192" -- the page is ch. 162's) -- unless it is the page's own,
     * right before it */
    /* or the chapter right before the day, which is before the page: a
     * slip head's fields ("Ch. 51 -- April 11, 1918 -- 41 Stat. 518"), "ch.
     * 51, April 11, 1918, 41 Stat. 518" -- the day's Act's chapter */
    if (!own && day && v <= 64 && e->date[k].eo <= e->cs[only]) {
        size_t q = ds, lo_ch = e->so < ds ? e->so : 0;
        size_t n = slip_sep_before(b, 0, q);
        if (!n && q >= 2 && b[q - 2] == ',' && b[q - 1] == ' ')
            n = 2;
        if (n && q - n > lo_ch)
            own = sc_chapter_before(b, lo_ch, q - n, NULL);
    }
    if (day && chapter_between(b, &e->date[k], e->cs[only], e->ce[only], own_at))
        return;
    if (day && !own && named_act_day(e, day))
        return; /* the day of an Act the entry names, not the page's: "Although
                 * the Tariff Act was enacted on June 17, 1930, the program rests
                 * on 48 Stat. 943" (the name beside the page: check_page_names.c) */
    if (own > 0)
        sc_check_hist_chapter(d, e, only, own, day); /* its chapter and day */
    else if (day && v <= 64)
        sc_check_hist_act_date(d, e, c, v, p, day);
    else if (day)
        sc_check_stat_day(d, c, v, p, day);
}

/* Where the name that ends at b[eo] and was read from b[so] begins as
 * the tables may know it: past a signal, and from after its "the" when
 * the words before are no name's ("Although the Tariff Act"). */
static size_t name_from(const uint8_t *b, size_t so, size_t eo)
{
    so = sc_past_signal(b, so, eo);
    size_t at = sc_after_the(b, so, eo, 1);
    return at > so && at < eo ? at : so;
}

/* Does every Act the entry names begin on page citation @p i's page (by
 * the tables: the one law of its name), and does it name one? */
static int names_page_law(sc_entry *e, int i)
{
    int v, p;
    if (!sc_entry_vol_page(e, i, &v, &p))
        return 0;
    sc_entry_need_names(e);
    const uint8_t *b = e->w->buf;
    for (int k = 0; k < e->nname; k++) {
        sc_act_law rows[2];
        const sc_name_fact *f = &e->name[k];
        size_t so = name_from(b, f->so, f->name_eo);
        if (sc_act_name_laws((const char *)b + so, f->name_eo - so, rows, 2) != 1 ||
            rows[0].stat_volume != v || rows[0].stat_page != p)
            return 0;
    }
    return e->nname > 0;
}

/* Is @p day that of an Act the entry names, by the tables (a law of the
 * name -- one of up to four; a name without its year is every "X Act of
 * <year>", sc_act_name_laws(): "the Tariff Act", of 1922 and 1930 --
 * enacted that day)? */
static int named_act_day(sc_entry *e, int32_t day)
{
    sc_entry_need_names(e);
    const uint8_t *b = e->w->buf;
    for (int k = 0; k < e->nname; k++) {
        sc_act_law rows[4];
        const sc_name_fact *f = &e->name[k];
        size_t so = name_from(b, f->so, f->eo);
        int n = sc_act_name_laws((const char *)b + so, f->eo - so, rows, 4);
        for (int i = 0; i < n && i < 4; i++)
            if (rows[i].enacted == day)
                return 1;
    }
    return 0;
}

/* The Congress an entry names for a page of volumes 1-64 on which one
 * law begins, cited with no chapter and no law number or bill ("THYE-
 * BLATNIK ACT -- enacted June 22, 1948 (62 Stat. 568) by the 79th
 * Congress", a table's row of a Congress and a page): that law's
 * (law-congress). */
/* Where a Congress's ordinal right after b[i] ends -- after @p open and a
 * blank: "2 Stat. 256 (14th Cong.)" ('(', blanks before it), "X Act of
 * 2000 section 3, 96th Congress" (','); 0 when none.  Its start is past
 * @p open. */
size_t sc_congress_after(const uint8_t *b, size_t i, size_t lim, uint8_t open)
{
    size_t q = open == '(' ? blanks(b, i, lim) : i;
    size_t d = q + 1 + (open == ',');
    int ended;
    if (d >= lim || b[q] != open || (open == ',' && b[q + 1] != ' ') || !sc_isdigit(b[d]))
        return 0;
    return sc_entry_ordinal_congress(b, d, lim, &ended);
}

/* A page of volume @p v (1-64), which prints the laws of the @p first to
 * @p last Congresses, given to the @p said Congress: law-congress, the fix
 * the law that begins on that page in a volume of that Congress, when one
 * does. */
static void volume_congress(sc_doc_state *d, sc_citation *c, int v, int p, int said, int first,
                            int last)
{
    char sugg[192] = "", range[48];
    for (int u = 1; u <= 64 && !sugg[0]; u++) {
        int f2, l2;
        const sc_hist_law *o;
        if (u == v || !sc_hist_volume_congresses(u, &f2, &l2) || said < f2 || said > l2 ||
            !(o = sc_hist_page_law(u, p, 0)) || o->congress != said)
            continue;
        char when[40] = "";
        if (o->date)
            sc_fmt_date(o->date, when, sizeof when);
        sc_fmt(sugg, sizeof sugg, "%d Stat. %d (%s %d of the %d%s Congress%s%s)", u, p,
               o->kind <= SC_HIST_PRIVATE ? "ch." : "Res.", o->number, said, SC_ORD(said),
               when[0] ? ", " : "", when);
    }
    if (first == last)
        sc_fmt(range, sizeof range, "the %d%s Congress's laws", first, SC_ORD(first));
    else
        sc_fmt(range, sizeof range, "the laws of the %d%s-%d%s Congresses", first, SC_ORD(first),
               last, SC_ORD(last));
    sc_emit(d, c, SC_ERROR, SC_D_LAW_CONGRESS, sugg[0] ? sugg : NULL,
            "%d Stat. %d is a page of volume %d of the Statutes at Large, which prints %s, but "
            "the entry says the %d%s Congress",
            v, p, v, range, said, SC_ORD(said));
}

/* Two laws or more begin on the page (one ends there: "ch. 394" and "ch.
 * 404" at 48 Stat. 881): which one the entry cites is not known, but when
 * all are of one Congress, that is the page's -- a Congress said that is
 * another (@p said) is law-congress.  Returns 1 when the page's laws were
 * of one Congress (spoken or not). */
static int shared_page_congress(sc_doc_state *d, sc_citation *c, int v, int p, int said)
{
    const sc_hist_law *at[SC_HIST_SAME_PAGE_MAX];
    int n = sc_hist_at_page(v, p, at, SC_HIST_SAME_PAGE_MAX), nb = 0, cong = 0;
    char list[64] = "";
    size_t o = 0;
    for (int j = 0; j < n; j++) {
        if (at[j]->page != p)
            continue;
        if (cong && at[j]->congress != cong)
            return 0; /* of two Congresses (a volume of two) */
        cong = at[j]->congress;
        if (nb++ < 2 && o < sizeof list)
            o += (size_t)snprintf(list + o, sizeof list - o, "%s%s %d", nb > 1 ? " and " : "",
                                  at[j]->kind <= SC_HIST_PRIVATE ? "ch." : "Res.", at[j]->number);
    }
    if (nb < 2)
        return 0;
    if (said != cong) {
        char sugg[160];
        sc_fmt(sugg, sizeof sugg, "%d Stat. %d (%s%s) was enacted by the %d%s Congress", v, p, list,
               nb > 2 ? " ..." : "", cong, SC_ORD(cong));
        sc_emit(d, c, SC_ERROR, SC_D_LAW_CONGRESS, sugg,
                "%d Stat. %d is the first page of %s%s, %s of the %d%s Congress, but the entry "
                "says the %d%s Congress",
                v, p, list, nb > 2 ? " and more" : "", nb > 2 ? "all" : "both", cong, SC_ORD(cong),
                said, SC_ORD(said));
    }
    return 1;
}

static void old_page_congress(sc_doc_state *d, sc_entry *e, size_t lo, size_t hi)
{
    int only = one_page(e, lo, hi, 0), v, p;
    if (only < 0 || e->bill_in || e->c[only].ndiag > 0 || !sc_entry_vol_page(e, only, &v, &p) ||
        v > 64 || e->r->ctx_congress < 0)
        return;
    const sc_hist_law *l = sc_hist_page_law(v, p, 0); /* (two: whose Congress?) */
    if (l && !sc_hist_date_sure(l))
        return;
    int first, last;
    if (!l && !sc_hist_volume_congresses(v, &first, &last))
        return;
    sc_entry_need_bounds(e); /* (an entry of pages alone: read only now) */
    sc_entry_need_dates(e);
    sc_entry_need_names(e);
    int said = sc_page_congress(e, e->cs[only], e->ce[only], lo, hi);
    if (!l && said > 0 && e->c[only].chapter <= 0 && !written_chapter(e, e->so, e->eo) &&
        shared_page_congress(d, &e->c[only], v, p, said))
        return;
    if (!l) {
        /* no law begins on the page: the Congress said must at least be
         * one whose laws the volume prints ("| 2 Stat. 256 | 14th |":
         * volume 2 prints the 6th-12th Congresses' laws) -- said in the
         * page's own table row or bracket, with no chapter or day the
         * chapters' checks compare (a document's Congress elsewhere, "81st
         * Congress, House Report ...", is no fact of the page) */
        if (said > 0 && (said < first || said > last) && e->c[only].chapter <= 0 &&
            !e->ndate && (e->row || sc_congress_after(e->w->buf, e->ce[only], e->eo, '(')))
            volume_congress(d, &e->c[only], v, p, said, first, last);
        return;
    }
    if (said <= 0 || said == l->congress)
        return;
    char when[40] = "", what[64], sugg[192];
    if (l->date)
        sc_fmt_date(l->date, when, sizeof when);
    if (l->kind <= SC_HIST_PRIVATE)
        sc_fmt(what, sizeof what, "ch. %d", l->number);
    else
        sc_fmt(what, sizeof what, "the resolution printed there");
    sc_fmt(sugg, sizeof sugg, "%d Stat. %d (%s) was enacted by the %d%s Congress%s%s", v, p, what,
           l->congress, SC_ORD(l->congress), when[0] ? ", " : "", when);
    sc_emit(d, &e->c[only], SC_ERROR, SC_D_LAW_CONGRESS, sugg,
            "%d Stat. %d is the first page of %s of the %d%s Congress, but the entry says the "
            "%d%s Congress",
            v, p, what, l->congress, SC_ORD(l->congress), said, SC_ORD(said));
}

static void page_facts(sc_doc_state *d, sc_entry *e, size_t lo, size_t hi, int own_bill)
{
    int at;
    const sc_ref_law *l = page_law(e, &at, lo, hi, own_bill);
    if (!l) {
        if (!own_bill)
            old_page_congress(d, e, lo, hi);
        page_day(d, e, lo, hi, own_bill);
        return;
    }
    sc_citation *c = &e->c[at];
    int v = 0, p = 0; /* (readable: page_law() read them; 0 for GCC's sake) */
    sc_entry_vol_page(e, at, &v, &p);
    char name[64], when[40], sugg[160];
    /* its signer ("... Act of 2016, signed by President Obama, appears at
     * 130 Stat. 1497") */
    sc_fmt(name, sizeof name, "Public Law %d-%d (%d Stat. %d)", l->congress, l->number, v, p);
    size_t slo = lo > e->so ? lo : e->so, shi = hi < e->eo ? hi : e->eo, ilo, ihi;
    /* (a string citation's other item that names another Act: its signer is
     * that Act's -- "The X Act (approved by President Harry Truman); 124
     * Stat. 1368") */
    if (hi == SIZE_MAX && sc_entry_item_of(e, at, &ilo, &ihi, 1) &&
        sc_other_act_outside(e, ilo, ihi, l)) {
        slo = ilo > slo ? ilo : slo;
        shi = ihi < shi ? ihi : shi;
    }
    if (!sc_bill_has_finding(e, SC_D_LAW_PRESIDENT))
        sc_check_signer(d, e, c, name, l->enacted, slo, shi);
    sc_fmt_date(l->enacted, when, sizeof when);
    int k = enacted_date(e, l, e->cs[at], e->ce[at], lo, hi);
    if (k >= 0 && !sc_date_fits(e->date[k].ymd, l->enacted) && !sc_bill_has_finding(e, SC_D_LAW_DATE) &&
        !sc_bill_has_finding(e, SC_D_BILL_YEAR)) {
        char given[40];
        sc_fmt_given_date(e->date[k].ymd, given, sizeof given);
        sc_fmt(sugg, sizeof sugg, "Public Law %d-%d (%d Stat. %d) was enacted %s", l->congress,
               l->number, v, p, when);
        sc_emit(d, c, SC_WARNING, SC_D_LAW_DATE, sugg,
                "%d Stat. %d is the first page of Public Law %d-%d, enacted %s, but the entry "
                "dates it %s",
                v, p, l->congress, l->number, when, given);
    }
    int n = sc_page_congress(e, e->cs[at], e->ce[at], lo, hi);
    if (n > 0 && n != l->congress && !sc_bill_has_finding(e, SC_D_LAW_CONGRESS) &&
        !sc_bill_has_finding(e, SC_D_BILL_LAW_MISMATCH)) {
        sc_fmt(sugg, sizeof sugg, "Public Law %d-%d (%d Stat. %d) was enacted by the %d%s Congress, %s",
               l->congress, l->number, v, p, l->congress, SC_ORD(l->congress), when);
        sc_emit(d, c, SC_ERROR, SC_D_LAW_CONGRESS, sugg,
                "%d Stat. %d is the first page of Public Law %d-%d, a law of the %d%s Congress, "
                "but the entry says the %d%s Congress",
                v, p, l->congress, l->number, l->congress, SC_ORD(l->congress), n, SC_ORD(n));
    }
}

/* An Act named alone in a string citation's item of its own, no citation
 * in the item (byname.h; "...; the X Act (approved 2004-08-09, approved by
 * President Barack Obama)"): the item's signer, day of enactment and
 * Congress are compared with the law the name designates, as a page's
 * item's are with its law's (page_facts()), the finding on the name. */
void sc_check_name_items(sc_doc_state *d, sc_entry *e, sc_citation *v, int nv)
{
    const sc_window *w = e->w;
    const uint8_t *b = w->buf;
    for (int i = 0; i < nv; i++) {
        sc_citation *c = &v[i];
        if (!(c->wording & SC_W_BY_NAME) || c->start < w->base || c->end > w->base + w->len)
            continue;
        size_t so = (size_t)(c->start - w->base), eo = (size_t)(c->end - w->base), lo, hi;
        /* (a signal that opens the name may stand before the entry, which
         * begins after its period: "Cf. X Act of 1982 (...); 74 Stat. 468") */
        size_t at = so < e->so && eo > e->so ? e->so : so;
        if (!sc_entry_item_bare(e, at, &lo, &hi) || eo > hi)
            continue;
        const sc_ref_law *l = sc_byname_resolve(c, b, w->base);
        if (!l || !l->enacted) {
            c->congress = 0; /* (not written) */
            continue;
        }
        int cited = 0; /* the law the entry cites in another item: its facts are read with
                        * it ("See the X Act of 1996 (signed by ...); 110 Stat. 3793,
                        * Public Law No. 104-304") */
        for (int j = 0; j < e->n && !cited; j++)
            cited = sc_is_law(&e->c[j]) && e->c[j].congress == c->congress &&
                    e->c[j].number == c->number;
        if (cited) {
            c->congress = 0;
            continue;
        }
        size_t ns = (size_t)(c->start - w->base);
        /* (with its short form: "X Act of 2017 (the “XA”) (116th Congress)") */
        eo = sc_entry_closed_form(b, eo, sc_entry_short_form_end(e, eo), hi);
        char name[48], when[40], sugg[192];
        sc_law_name(c, name, sizeof name);
        sc_fmt_date(l->enacted, when, sizeof when);
        sc_check_signer(d, e, c, name, l->enacted, lo > e->so ? lo : e->so, hi < e->eo ? hi : e->eo);
        int dk = -1; /* the item's one day said to be the enactment */
        for (int q = 0; q < e->ndate; q++)
            if ((e->date[q].role == SC_DATE_ROLE_ENACTED ||
                 /* a day of its own in the name's bracket: "...; X Act of 1997
                  * (10/8/1997)", "(97th Congress, 10/8/1997)" */
                 (e->date[q].role == SC_DATE_ROLE_NONE &&
                  (sc_entry_name_paren_item(b, eo, e->date[q].so, e->date[q].eo, hi) ||
                   sc_entry_comma_then(b, eo, e->date[q].so)))) &&
                !e->date[q].bad && e->date[q].so >= lo &&
                e->date[q].eo <= hi && sc_page_joined(e, e->date[q].so, e->date[q].eo, ns, eo)) {
                if (dk >= 0 && e->date[dk].ymd != e->date[q].ymd) {
                    dk = -1;
                    break;
                }
                dk = q;
            }
        if (dk >= 0 && !sc_date_fits(e->date[dk].ymd, l->enacted)) {
            char given[40];
            sc_fmt_given_date(e->date[dk].ymd, given, sizeof given);
            sc_fmt(sugg, sizeof sugg, "%s was enacted %s", name, when);
            sc_emit(d, c, SC_WARNING, SC_D_LAW_DATE, sugg, "%s is dated %s, but it was enacted %s",
                    name, given, when);
        }
        int n = sc_page_congress(e, ns, eo, lo, hi);
        if (n > 0 && n != l->congress)
            sc_law_congress_finding(d, c, n);
    }
}
