/*
 * check_pages.c -- the Statutes at Large pages an entry gives a law, with
 * pins and section pins between ("Pub. L. No. 101-336, § 2, 104 Stat. 327,
 * 328"): a page of another volume, before the law's first page, or past
 * the first page of the next law of its Congress, or of the volume's
 * private laws, is not in the law (stat-mismatch).  A law given several Stat. citations (its own page and
 * its amendments') is not checked: no one page is its own.  A volume that
 * does not exist -- one printed years from now -- is stat-volume; a pin
 * before the page it pins is stat-pin; a law's page that is its first
 * page with two digits swapped is stat-first-page.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "ref_historic.h"

/* Is law @p o's first page out of order with the laws numbered next to it
 * in its volume (printed in number order)?  Then the row's page is a slip
 * of the record (Pub. L. 117-201 "at 136 Stat. 222", between 117-200 at
 * 2219 and 117-202 at 2224) and marks no law's end. */
static int out_of_order(const sc_ref_law *o)
{
    /* before both laws numbered just before it, or after both just after
     * it (one neighbour alone may be the slip: 87-575 at 310 is right,
     * 87-576 "at 308" after it is not) */
    int before = 0, after = 0;
    for (int k = 1; k <= 2; k++) {
        const sc_ref_law *p = o->number > k ? sc_ref_public_law(o->congress, o->number - k) : NULL;
        const sc_ref_law *n = sc_ref_public_law(o->congress, o->number + k);
        before += p && p->stat_volume == o->stat_volume && p->stat_page > o->stat_page;
        after += n && n->stat_volume == o->stat_volume && n->stat_page < o->stat_page;
    }
    return before == 2 || after == 2;
}

/* The first law after law @p l in volume @p vol, by page, that is a later
 * law of its Congress in order (not a stray row) and begins at or before
 * @p page: @p l ended before it.  NULL when none does (a few laws' pages
 * on from l's). */
static const sc_ref_law *later_law_by(const sc_ref_law *l, int vol, int page)
{
    int next = (int)l->stat_page;
    for (int tries = 0; tries < 16; tries++) {
        next = sc_ref_next_law_page(vol, next);
        if (next <= 0 || next > page)
            return NULL;
        const sc_ref_law *q = sc_ref_law_at_page(vol, next);
        if (q && q->stat_page == next && q->congress == l->congress && q->number > l->number &&
            !(q->flags & SC_REF_STAT_UPPER_BOUND) && !out_of_order(q))
            return q;
    }
    return NULL;
}

/* The page law @p l ended before, in volume @p vol: the page the law after
 * it begins (not a later law's, which may be far on), or @p next, the
 * first page of the later law of its Congress a page was found in. */
static int end_before(int vol, const sc_ref_law *l, int next)
{
    int lend = sc_ref_next_law_page(vol, l->stat_page);
    return lend > l->stat_page && lend <= next ? lend : next;
}

/* The page a law is cited by, with nothing between law and page that
 * makes it a provision's (no section or part pin, no "section 2 of" before
 * the law, no date between as in the Code's credits, "Pub. L. 85-767, Aug.
 * 27, 1958, 72 Stat. 906"), when it is the law's first page with two
 * neighbouring digits swapped ("Pub. L. No. 101-336, 104 Stat. 372" for
 * 327), is a warning (stat-first-page).  Any other page inside the law is
 * left alone: the Code's notes, the Record and CRS cite a provision of an
 * omnibus law by its own page ("Public Law 108-106; 117 Stat. 1234"), and
 * a law's next pages differ from its first by one digit (1241, 1247).  A
 * first page the tables give only as an upper bound is not compared. */
/* (check.h) */
int sc_page_swaps_first(const sc_ref_law *l, long page)
{
    return page > l->stat_page && page <= 99999 && sc_swapped_digits((int)page, l->stat_page) &&
           !(l->flags & (SC_REF_STAT_UPPER_BOUND | SC_REF_NUMBER_INFERRED));
}

/* (check.h) */
void sc_emit_first_page(sc_doc_state *d, sc_citation *st, const sc_ref_law *l, long page,
                        const char *name)
{
    char sugg[160];
    sc_fmt(sugg, sizeof sugg, "write %d Stat. %d (and %d Stat. %d, %ld for a pin to page %ld)",
           l->stat_volume, l->stat_page, l->stat_volume, l->stat_page, page, page);
    sc_emit(d, st, SC_WARNING, SC_D_STAT_FIRST_PAGE, sugg,
            "%d Stat. %ld is a page inside %s, one slip from its first page, %d Stat. %d",
            l->stat_volume, page, name, l->stat_volume, l->stat_page);
}

static void check_first_page(sc_doc_state *d, sc_entry *e, int li, sc_citation *st,
                             const sc_ref_law *l, long page)
{
    if (e->stat_pinned[li] || !sc_page_swaps_first(l, page))
        return;
    size_t ls = e->cs[li], le = e->ce[li], ps, pe;
    if (!(e->kind[li] & SC_EK_IN) || !sc_entry_span(e->w, st, &ps, &pe))
        return;
    size_t lo = le <= ps ? le : pe, hi = le <= ps ? ps : ls; /* between law and page */
    for (int k = 0; k < e->ndate && !e->row && !e->record; k++)
        if (e->date[k].so >= lo && e->date[k].eo <= hi && e->date[k].ymd % 10000 != 0)
            return; /* a day between: the Code's credit of a provision (not a
                     * table's row or a record, their cells or fields the law's
                     * number, day and page) */
    char name[48];
    sc_law_name(&e->c[li], name, sizeof name);
    sc_emit_first_page(d, st, l, page, name);
}

/* For law @p l whose first page the tables give only as an upper bound
 * (the lowest page the Code cites): is @p page, before that bound, none of
 * @p l's?  2 when an earlier law of its Congress, whose first page is
 * known, begins at or after @p page (a volume prints a Congress's laws in
 * their order): it is not.  1 when it lies more than BOUND_SLACK pages
 * before the bound, and nothing else is known: likely not, but the lowest
 * page the Code cites may be far past a law's first -- for the laws whose
 * first page is on record too, it is more than 8 pages past it for one in
 * four of those the bench corpus's titles credit (112-10 begins at 125
 * Stat. 38, the Code cites it from 55 on).  0: the law may well begin
 * there ("Pub. L. 112-5, § 1(a), Mar. 4, 2011, 125 Stat. 14", the Code's
 * own note, with 112-5 cited from page 18 at the lowest). */
#define BOUND_SLACK 8
static int before_bounded_law(const sc_ref_law *l, long vol, long page)
{
    int p = (int)page;
    for (int tries = 0; tries < 64 && p > 0 && p < l->stat_page; tries++) {
        const sc_ref_law *q[4];
        int n = sc_ref_laws_on_page((int)vol, p, q, 4);
        for (int i = 0; i < n && i < 4; i++)
            if (q[i] != l && q[i]->stat_page == p && !(q[i]->flags & SC_REF_STAT_UPPER_BOUND) &&
                q[i]->congress == l->congress && q[i]->number < l->number)
                return 2;
        p = sc_ref_next_law_page((int)vol, p);
    }
    return page + BOUND_SLACK < l->stat_page;
}

/* For law @p l whose row's first page is out of order (a slip of the
 * record: Pub. L. 108-433 "at 118 Stat. 1", between 108-432 at 2611 and
 * 108-434 at 2614), where its two neighbours on each side are in order
 * in the same volume: the pages the law lies between, *lo (the law before
 * it begins there) and *hi (the law after it); 0 when they do not say. */
static int slipped_bounds(const sc_ref_law *l, int *lo, int *hi)
{
    const sc_ref_law *p1 = l->number > 1 ? sc_ref_public_law(l->congress, l->number - 1) : NULL,
                     *p2 = l->number > 2 ? sc_ref_public_law(l->congress, l->number - 2) : NULL,
                     *n1 = sc_ref_public_law(l->congress, l->number + 1),
                     *n2 = sc_ref_public_law(l->congress, l->number + 2);
    const sc_ref_law *nb[4] = { p2, p1, n1, n2 };
    for (int k = 0; k < 4; k++)
        if (!nb[k] || nb[k]->stat_volume != l->stat_volume || nb[k]->stat_page <= 0 ||
            (nb[k]->flags & (SC_REF_STAT_UPPER_BOUND | SC_REF_NUMBER_INFERRED)) ||
            out_of_order(nb[k]) || (k > 0 && nb[k]->stat_page < nb[k - 1]->stat_page))
            return 0;
    *lo = p1->stat_page;
    *hi = n1->stat_page;
    return 1;
}

/* A page cited for law @p l whose row is a slip (slipped_bounds): one
 * outside the pages its neighbours bound is none of its pages -- said as a
 * warning (the bounds are the record's, not the law's own page), naming
 * the law whose first page (the head page @p first) it is or that it lies
 * in; one inside them may be the law's, whatever the row says ("Pub. L.
 * 82-452, 66 Stat. 370": on record at a page after both laws after it).
 * Not when the citation's first page, @p head_page, is the row's: the
 * entry agrees with the record, and its pins are held to it ("Pub. L.
 * 90-259, 82 Stat. 3, 5").  1 when said or known to be silent; 0 when the
 * row is no slip. */
static int check_slipped_page(sc_doc_state *d, sc_citation *st, const sc_citation *c,
                              const sc_ref_law *l, long vol, long page, int first,
                              long head_page)
{
    int lo, hi;
    if (page == l->stat_page || head_page == l->stat_page || vol != l->stat_volume ||
        !out_of_order(l) ||
        !slipped_bounds(l, &lo, &hi))
        return 0;
    if (page >= lo && page <= hi)
        return 1;
    const sc_ref_law *o = sc_ref_law_at_page((int)vol, (int)page);
    if (!o || o == l || o->stat_volume != vol || out_of_order(o))
        return 0;
    char name[48], sugg[200], at[64];
    sc_law_name(c, name, sizeof name);
    sc_fmt(at, sizeof at, "%ld Stat. %ld", vol, page);
    sc_fmt(sugg, sizeof sugg,
           "%s lies between %d Stat. %d (Public Law %d-%d) and %d Stat. %d (Public Law %d-%d)", name,
           l->stat_volume, lo, l->congress, l->number - 1, l->stat_volume, hi, l->congress,
           l->number + 1);
    if (o->stat_page == page && first)
        sc_emit(d, st, SC_WARNING, SC_D_STAT_MISMATCH, sugg,
                "%s is the first page of Public Law %d-%d, not of %s, which is printed %s it",
                at, o->congress, o->number, name, page < lo ? "after" : "before");
    else
        sc_emit(d, st, SC_WARNING, SC_D_STAT_MISMATCH, sugg,
                "%s is in Public Law %d-%d (from %d Stat. %d), not in %s, which is printed %s it",
                at, o->congress, o->number, o->stat_volume, (int)o->stat_page, name,
                page < lo ? "after" : "before");
    return 1;
}

/* The public laws that begin on page @p page of volume @p vol, as a
 * message names them: "Public Law 91-394", or, several beginning there,
 * "Public Laws 91-394, 91-395 and 91-396" (the page names no one of them);
 * @p first when the tables list none. */
static void laws_beginning(int vol, int page, const sc_ref_law *first, char *out, size_t cap)
{
    const sc_ref_law *on[4];
    int n = sc_ref_laws_on_page(vol, page, on, 4);
    if (n > 4)
        n = 4;
    if (n <= 1) {
        sc_fmt(out, cap, "Public Law %d-%d", first->congress, first->number);
        return;
    }
    size_t o = (size_t)snprintf(out, cap, "Public Laws");
    for (int i = 0; i < n && o < cap; i++)
        o += (size_t)snprintf(out + o, cap - o, "%s%d-%d", i == 0 ? " " : i == n - 1 ? " and " : ", ",
                              on[i]->congress, on[i]->number);
}

static void check_page(sc_doc_state *d, sc_entry *e, int li, int si, int hi)
{
    const sc_citation *c = &e->c[li], *head = &e->c[hi];
    sc_citation *st = &e->c[si];
    const sc_ref_law *l = sc_law_row(c);
    if (!l || l->stat_volume <= 0 || l->stat_page <= 0)
        return;
    long vol = e->stat_vol[hi];
    if (e->stat_vol_end[hi]) /* "68A": a lettered volume the table does not model */
        return;
    long page = e->stat_page[si];
    if (check_slipped_page(d, st, c, l, vol, page, st == head, e->stat_page[hi]))
        return;
    int next = 0, stray_at_page = 0;
    const sc_ref_law *o = NULL;
    if (vol == l->stat_volume && page >= l->stat_page) {
        /* past the law's first page: in another law only when a later law
         * of the same Congress begins between (a stray row of another
         * Congress in the volume proves nothing) */
        o = si == hi ? sc_entry_law_at_page(e, si) /* (of vol, page: the entry's memo) */
                     : sc_ref_law_at_page((int)vol, (int)page);
        int none_before = !o || o->congress != l->congress || o->number <= l->number ||
                          o->stat_page <= l->stat_page || out_of_order(o);
        const sc_ref_law *q = none_before ? later_law_by(l, (int)vol, (int)page) : NULL;
        if (q) /* (the law at the page a stray row: "66 Stat. 609", 82-477's on
                * record, past 82-532 at 605 after 82-531 at 601) */
            o = q, stray_at_page = 1, none_before = 0;
        if (none_before) {
            /* no later public law begins before the page; the volume's
             * private laws, printed after its public laws, may ("112 Stat.
             * 3670" after Pub. L. 105-394 at 3627: Private Law 105-5 begins
             * at 3665, so 105-394 ended before) */
            /* (the first above the volume's last public law: a private
             * law's row below it, out of order, a slip of the record --
             * Private Law 92-85 "at 86 Stat. 1035", inside Pub. L. 92-522
             * -- is passed over when the tables are built, refdata.h) */
            int pf = vol < SC_REF_STAT_VOLUMES ? sc_ref_pvt_first_by_page[vol] : -1;
            const sc_ref_law *pv = pf >= 0 ? &sc_ref_pvtlaws[pf] : NULL;
            if (o != l || !pv || pv->stat_page <= l->stat_page || page < pv->stat_page) {
                if (st == head)
                    check_first_page(d, e, li, st, l, page);
                return;
            }
            o = pv; /* (a pin on its first page: the test below) */
        }
        /* one law may end on the page where the next begins: a pin there
         * is fine, but not the law's own page -- nor when another law of
         * its Congress begins between ("Pub. L. 111-273, § 1, ..., 124
         * Stat. 3270": 111-274 begins at 2861, so 111-273 ended before) */
        if (page == o->stat_page && (st != head || e->stat_pinned[li])) {
            int nx = sc_ref_next_law_page((int)vol, l->stat_page);
            const sc_ref_law *m = nx > 0 && nx < page ? sc_ref_law_at_page((int)vol, nx) : NULL;
            if (!m || m->congress != l->congress)
                return;
        }
        next = o->stat_page;
    }
    char name[48], sugg[320], at[64];
    sc_law_name(c, name, sizeof name);
    /* the number is the odd fact and the law has its finding already
     * (act-name-mismatch, bill-law-mismatch), with this same fix: one is
     * enough */
    if (st == head && e->ev[li].law && e->ev[li].law != l)
        for (int i = 0; i < c->ndiag; i++)
            if (strcmp(c->diag[i].code, sc_code_name(SC_D_ACT_NAME_MISMATCH)) == 0 ||
                strcmp(c->diag[i].code, sc_code_name(SC_D_BILL_LAW_MISMATCH)) == 0)
                return;
    sc_fmt(at, sizeof at, "%ld Stat. %ld", vol, page);
    const sc_evidence *ev = &e->ev[li];
    if (st == head && ev->law && ev->law != l && (ev->by & SC_EV_PAGE) &&
        (ev->by & ~SC_EV_PAGE) && !(ev->against & ~SC_EV_PAGE)) {
        /* the page, and more, point to another law: the number is wrong */
        sc_evidence_fix(e, li, sugg, sizeof sugg);
    } else {
        sc_fmt(sugg, sizeof sugg, "%s begins at %s%d Stat. %d", name,
               (l->flags & SC_REF_STAT_UPPER_BOUND) ? "or before " : "", l->stat_volume,
               l->stat_page);
    }
    /* the entry's date alone confirms the law: the number is right, and
     * the page is a slip of the text or of the record -- a warning (with
     * its name or bill confirming the law too, the record is confirmed
     * and the page cannot be right) */
    int dk = e->date_of[li];
    int dated = dk >= 0 && e->date[dk].ymd == l->enacted &&
                !(ev->law == l && (ev->by & (SC_EV_NAME | SC_EV_BILL)));
    int weak = dated || (l->flags & (SC_REF_STAT_UPPER_BOUND | SC_REF_NUMBER_INFERRED)) != 0;
    if (vol != l->stat_volume) {
        sc_emit(d, st, weak ? SC_WARNING : SC_ERROR, SC_D_STAT_MISMATCH, sugg,
                "%s is not in %s: that law is in volume %d", at, name, l->stat_volume);
        return;
    }
    const sc_ref_law *inside = NULL; /* the law a page just before the first lies in */
    if (page < l->stat_page && l->stat_page - page <= 3 &&
        sc_ref_next_law_page((int)vol, (int)page) >= l->stat_page) {
        /* a page or three before the first page on record, with no law
         * beginning there or between: the record's first page may be the
         * first page of the text after a title page -- so when the Code
         * cites the law from that page or before (data/stat_code_pages.tsv:
         * "Pub. L. 102-150, ..., 105 Stat. 980", on record at 981), or the
         * record's page is only an upper bound.  Else the page is in the
         * law before (118 Stat. 1755 of 108-372, at 1754; 108-373 at
         * 1756): said as a warning -- a record may be off where the Code
         * never cites the law.  A page where another law begins is that
         * law's ("Pub. L. 99-360 (100 Stat. 764)": 99-359 begins at 764) */
        const sc_ref_law *at_page = sc_ref_law_at_page((int)vol, (int)page);
        if (!at_page || at_page->stat_page != page) {
            /* (a page the Code cites the law at that is far before the
             * record's -- "Pub. L. 100-709, ..., 102 Stat. 2968", on record at
             * 4725 -- is a slip of the Code's, no title page: not counted) */
            int32_t cp = sc_ref_law_code_page(l);
            /* (no law at all on the page: before the volume's first law
             * on record -- its front matter, "Pub. L. 104-1, 109 Stat. 2",
             * the first law of volume 109 at 3 -- unless the Code cites
             * the law at a page before the record's: said as a warning,
             * the record may be a page or two off) */
            int confirmed = !at_page && cp == 0 && !(l->flags & SC_REF_STAT_UPPER_BOUND);
            if (!confirmed &&
                ((cp > 0 && cp <= page && (int32_t)l->stat_page - cp <= 3) ||
                 (l->flags & SC_REF_STAT_UPPER_BOUND) || !at_page ||
                 at_page->stat_volume != vol || at_page->stat_page > page ||
                 at_page->congress != l->congress || at_page->number >= l->number ||
                 out_of_order(at_page)))
                return;
            inside = at_page;
            weak = 1;
        }
    }
    if (page < l->stat_page && (l->flags & SC_REF_STAT_UPPER_BOUND)) {
        int why = before_bounded_law(l, vol, page);
        if (!why)
            return; /* (its first page may be before the bound: nothing known) */
        const sc_ref_law *b = sc_ref_law_at_page((int)vol, (int)page);
        if (why == 1 && !(b && b->stat_page == page && b != l)) {
            /* far before the bound, and no law known to begin there or
             * between: likely a wrong page, but not known -- a note */
            sc_emit(d, st, SC_NOTE, SC_D_STAT_MISMATCH, NULL,
                    "%s is %ld pages before %d Stat. %d, the first page the Code cites %s at; "
                    "its own first page is not on record, so %s may be it or not",
                    at, (long)l->stat_page - page, l->stat_volume, (int)l->stat_page, name, at);
            return;
        }
    }
    if (page < l->stat_page) {
        const sc_ref_law *b = sc_ref_law_at_page((int)vol, (int)page);
        char there[96];
        if (b && b->stat_page == page && b != l) {
            laws_beginning((int)vol, (int)page, b, there, sizeof there);
            sc_emit(d, st, weak ? SC_WARNING : SC_ERROR, SC_D_STAT_MISMATCH, sugg,
                    "%s is the first page of %s, not of %s, which begins on a later page", at,
                    there, name);
        }
        else if (inside)
            sc_emit(d, st, SC_WARNING, SC_D_STAT_MISMATCH, sugg,
                    "%s is in Public Law %d-%d (from %d Stat. %d), not in %s, which begins at "
                    "%d Stat. %d on record",
                    at, inside->congress, inside->number, inside->stat_volume,
                    (int)inside->stat_page, name, l->stat_volume, (int)l->stat_page);
        else
            sc_emit(d, st, weak ? SC_WARNING : SC_ERROR, SC_D_STAT_MISMATCH, sugg,
                    "%s is not in %s, which begins on a later page", at, name);
        return;
    }
    /* a pin page past the start of the next law: weaker when either first
     * page is only an upper bound */
    int sev = (weak || (o->flags & SC_REF_STAT_UPPER_BOUND)) ? SC_WARNING : SC_ERROR;
    if (o >= sc_ref_pvtlaws && o < sc_ref_pvtlaws + sc_ref_npvtlaws)
        sc_emit(d, st, sev, SC_D_STAT_MISMATCH, sugg,
                "%s is past %s: the private laws of volume %ld begin at page %d (Private Law "
                "%d-%d), after it", at, name, vol, o->stat_page, o->congress, o->number);
    else if (page == next) { /* the law may end on this page too: say only what is known */
        char there[96];
        laws_beginning((int)vol, (int)page, o, there, sizeof there);
        sc_emit(d, st, sev, SC_D_STAT_MISMATCH, sugg, "%s is the first page of %s, not of %s", at,
                there, name);
    }
    else if (stray_at_page) /* (the law at the page itself unknown: a stray row there) */
        sc_emit(d, st, sev, SC_D_STAT_MISMATCH, sugg,
                "%s is not in %s, which ends before page %d, where Public Law %d-%d begins", at,
                name, end_before((int)vol, l, next), o->congress, o->number);
    else {
        /* (the page the law after the cited one begins: where it ended --
         * not the later law's, which may be far on) */
        sc_emit(d, st, sev, SC_D_STAT_MISMATCH, sugg,
                "%s is in Public Law %d-%d, not in %s (which ends before page %d)", at,
                o->congress, o->number, name, end_before((int)vol, l, next));
    }
}

/* The page of the full citation "V Stat. P" at window offset @p at (a
 * short form's antecedent), or 0 when it is not there or not volume @p v. */
static long antecedent_page(const sc_window *w, size_t at, long v)
{
    const uint8_t *b = w->buf;
    size_t i = at, n = w->len;
    long vol = 0, page = 0;
    while (i < n && sc_isdigit(b[i]) && vol < 100000)
        vol = vol * 10 + (b[i++] - '0');
    while (i < n && b[i] == ' ')
        i++;
    if (vol != v || i + 5 > n || memcmp(b + i, "Stat.", 5) != 0)
        return 0;
    i += 5;
    while (i < n && b[i] == ' ')
        i++;
    while (i < n && sc_isdigit(b[i]) && page < 100000)
        page = page * 10 + (b[i++] - '0');
    return page;
}

/* "110 Stat. at 2033" after "Pub. L. No. 104-191, 110 Stat. 1936": a pin
 * of the law whose first page its antecedent cites, so before that page,
 * or in a later law of its Congress, it is not in that law. */
static void check_short_pin(sc_doc_state *d, sc_entry *e, sc_citation *c)
{
    const sc_window *w = e->w;
    char *end;
    long v = sc_strtol10(c->volume, &end), pin;
    if (*end || v <= 64 || (pin = sc_strtol10(c->pages, &end)) <= 0 || *end)
        return;
    uint64_t ant = c->antecedent;
    if (ant == SC_NO_ANTECEDENT) /* not resolved: the entry's last page of its volume */
        for (int i = 0; i < e->n && e->c[i].start < c->start; i++)
            if (e->c[i].type == SC_STAT && e->c[i].form == SC_FORM_FULL &&
                !(e->c[i].wording & SC_W_LIST_ITEM) && strcmp(e->c[i].volume, c->volume) == 0)
                ant = e->c[i].start;
    if (ant == SC_NO_ANTECEDENT || ant < w->base || ant >= w->base + w->len)
        return;
    long p0 = antecedent_page(w, (size_t)(ant - w->base), v);
    const sc_ref_law *l = p0 > 0 ? sc_ref_law_at_page((int)v, (int)p0) : NULL;
    if (!l || l->stat_page != p0 || (l->flags & SC_REF_STAT_UPPER_BOUND))
        return; /* the antecedent is no law's first page on record */
    /* an antecedent in the entry with a finding of its own, or tied to
     * another law than the one beginning on its page: that is the odd
     * fact, said there */
    for (int i = 0; i < e->n; i++)
        if (e->c[i].start == ant && e->c[i].type == SC_STAT) {
            int li = e->law_of[i];
            if (e->c[i].ndiag > 0 || (li >= 0 && sc_law_row(&e->c[li]) != l))
                return;
        }
    /* the pin of an Act the entry names, another law of that volume: "Colorado
     * River Basin Salinity Control Act, supra note 12, 88 Stat. at 268" -- its
     * antecedent is that note's, not the last page cited */
    sc_entry_need_names(e);
    for (int k = 0; k < e->nname; k++) {
        const sc_ref_law *const *rows;
        if (sc_entry_name_laws(e, k, &rows) == 1 && rows[0] && rows[0] != l &&
            rows[0]->stat_volume == v && rows[0]->stat_page <= pin)
            return;
    }
    char name[48], sugg[160];
    sc_fmt(name, sizeof name, "Public Law %d-%d", l->congress, l->number);
    sc_fmt(sugg, sizeof sugg, "%s begins at %ld Stat. %ld", name, v, p0);
    if (pin < p0) {
        sc_emit(d, c, SC_ERROR, SC_D_STAT_MISMATCH, sugg,
                "%ld Stat. at %ld comes before %ld Stat. %ld, the first page of %s it refers to",
                v, pin, v, p0, name);
        return;
    }
    /* a later law of its Congress begins before the pin: the law ended
     * before it (on the pin's own page one law may end and the next begin) */
    int nx = sc_ref_next_law_page((int)v, (int)p0);
    const sc_ref_law *m = nx > 0 && nx < pin ? sc_ref_law_at_page((int)v, nx) : NULL;
    if (!m || m->congress != l->congress)
        return;
    /* a later law whose first page is only an upper bound (the lowest page
     * the Code cites of it) still began by then: a warning, as for a full
     * citation (check_page) */
    int sev = (m->flags & SC_REF_STAT_UPPER_BOUND) ? SC_WARNING : SC_ERROR;
    const sc_ref_law *o = sc_ref_law_at_page((int)v, (int)pin);
    int lv, lp, longest = sc_ref_longest_law(&lv, &lp);
    if (o && o->congress >= 82 && sc_ref_next_law_page((int)v, (int)o->stat_page) <= 0 &&
        pin > o->stat_page + 2L * longest)
        return; /* past the volume's end, no law reaches it: stat-page-range says
                 * so (page_past_end), not that the last law holds it */
    if (o && o->stat_page < pin)
        sc_emit(d, c, sev, SC_D_STAT_MISMATCH, sugg,
                "%ld Stat. at %ld is in Public Law %d-%d, past %s (%ld Stat. %ld), which ends "
                "before page %d", v, pin, o->congress, o->number, name, v, p0, nx);
    else
        sc_emit(d, c, sev, SC_D_STAT_MISMATCH, sugg,
                "%ld Stat. at %ld is past %s (%ld Stat. %ld), which ends before page %d", v, pin,
                name, v, p0, nx);
}

/* A page past the end of volume @p v (65 on, the laws since 1951): further
 * past the first page of the volume's last law on record than twice the
 * longest law on record runs ("104 Stat. 32700": the volume's last law
 * begins at 5,089) -- no law, private law, resolution or proclamation after
 * it reaches that far (stat-page-range). */
static void page_past_end(sc_doc_state *d, sc_entry *e, int i, int v)
{
    long p = e->stat_page[i];
    if (p < 1000 || e->stat_page_end[i])
        return; /* (a short page; "3009-314", a dash page of an omnibus law; "A3") */
    /* (the laws since 1951 only: the volumes before printed treaties and
     * agreements in parts of their own, paged on past the laws) */
    const sc_ref_law *l = sc_ref_law_at_page(v, 1 << 30);
    int hv = l && l->congress >= 82 ? l->stat_page : 0;
    int lv, lp, longest = sc_ref_longest_law(&lv, &lp);
    sc_citation *c = &e->c[i];
    if (hv <= 0 && v <= 64 && p >= 10000) {
        /* a volume before 1951: past its last law on record by more than
         * that, and by five digits -- a warning, its treaties and
         * proclamations paged on after its laws (not on record) */
        const sc_hist_law *h[1];
        int ho = sc_hist_at_page(v, 1 << 30, h, 1) > 0 ? h[0]->page : 0;
        if (ho > 0 && p > (long)ho + 2L * longest)
            sc_emit(d, c, SC_WARNING, SC_D_STAT_PAGE_RANGE, NULL,
                    "%s is past every law of volume %d of the Statutes at Large on record: "
                    "its last begins at page %d, and no law runs %ld pages (the longest on "
                    "record, %d Stat. %d, about %d)",
                    c->canonical, v, ho, p - ho, lv, lp, longest);
        return;
    }
    if (hv <= 0 || p <= (long)hv + 2L * longest)
        return;
    /* the fix: the entry's law's first page; else the one page a digit
     * dropped gives within the volume ("70 Stat. 8888": 888) */
    char sugg[128] = "";
    int li = e->law_of[i];
    const sc_ref_law *own = li >= 0 ? sc_law_row(&e->c[li]) : NULL;
    if (own && own->stat_volume != v && own->stat_page == p)
        return; /* the law's page in another volume: the volume slipped ("P.L.
                 * 117-331; 137 Stat. 6116": 136), stat-mismatch says so */
    /* a pin page ("124 Stat. 119, 12000"): the one page a digit fewer in
     * its law, not the law's first page */
    int pin = (c->wording & SC_W_LIST_ITEM) && own && own->stat_volume == v;
    if (own && own->stat_volume > 0 && own->stat_page > 0 && !pin) {
        sc_fmt(sugg, sizeof sugg, "write %d Stat. %d: Public Law %d-%d begins there",
               own->stat_volume, own->stat_page, own->congress, (int)own->number);
    } else {
        char digits[24];
        int nd = snprintf(digits, sizeof digits, "%ld", p), one = -1;
        for (int k = 0; k < nd && one != -2; k++) {
            long q = 0;
            for (int j = 0; j < nd; j++)
                if (j != k)
                    q = q * 10 + (digits[j] - '0');
            if (q < 1 || q > hv + (long)longest || (k > 0 && digits[k] == digits[k - 1]) ||
                (pin && (q < own->stat_page || sc_page_in_law(own, v, (int)q) != 1)))
                continue; /* (dropping either of two same digits: one page) */
            one = one == -1 ? (int)q : -2;
        }
        if (one > 0 && pin)
            sc_fmt(sugg, sizeof sugg, "perhaps %d Stat. %d, a digit fewer, a page of Public Law %d-%d",
                   v, one, own->congress, (int)own->number);
        else if (one > 0)
            sc_fmt(sugg, sizeof sugg, "perhaps %d Stat. %d, a digit fewer", v, one);
    }
    sc_emit(d, c, SC_ERROR, SC_D_STAT_PAGE_RANGE, sugg[0] ? sugg : NULL,
            "%s is past the end of volume %d of the Statutes at Large: its last law on record "
            "begins at page %d, and no law runs %ld pages (the longest on record, %d Stat. %d, "
            "about %d)",
            c->canonical, v, hv, p - hv, lv, lp, longest);
}

/* A volume of the Statutes at Large that does not exist: volume 0, or past
 * the last one on record by more than the years since its laws (one volume
 * a year: the laws of 2026 are volume 140).  A volume just past the tables
 * may have been printed since: not reported.  And page 0 of any volume
 * (stat-page-range). */
static void check_volume(sc_doc_state *d, sc_entry *e, int i)
{
    sc_citation *c = &e->c[i];
    long v = e->stat_vol[i];
    if (e->stat_vol_end[i] || !c->volume[0])
        return; /* "68A": a lettered volume */
    int page0 = c->pages[0] == '0' && sc_atol(c->pages) == 0; /* "104 Stat. 0" */
    int last = sc_ref_last_stat_volume(), first_y, last_y;
    if (v <= last && v != 0 && !page0) {
        page_past_end(d, e, i, (int)v); /* (a volume on record: within the limit
                                         * below, which is last or more) */
        return;
    }
    char sugg[160] = "";
    int li = e->law_of[i];
    const sc_ref_law *l = li >= 0 ? sc_law_row(&e->c[li]) : NULL;
    if (l && l->stat_volume > 0 && l->stat_page > 0)
        sc_fmt(sugg, sizeof sugg, "write %d Stat. %d: Public Law %d-%d begins there",
               l->stat_volume, l->stat_page, l->congress, (int)l->number);
    if (v == 0) { /* "0 Stat. 100": read as a citation to be reported */
        sc_emit(d, c, SC_ERROR, SC_D_STAT_VOLUME, sugg[0] ? sugg : NULL,
                "there is no volume 0 of the Statutes at Large: its volumes are numbered from 1");
        return;
    }
    if (page0) {
        sc_emit(d, c, SC_ERROR, SC_D_STAT_PAGE_RANGE, sugg[0] ? sugg : NULL,
                "there is no page 0 of volume %ld of the Statutes at Large: its pages are "
                "numbered from 1", v);
        return;
    }
    sc_stat_volume_years(last, &first_y, &last_y);
    long limit = last + (d->current_year > last_y ? d->current_year - last_y : 0);
    if (v <= limit)
        return;
    sc_emit(d, c, SC_ERROR, SC_D_STAT_VOLUME, sugg[0] ? sugg : NULL,
            "there is no volume %ld of the Statutes at Large: volume %d prints the laws of %d, "
            "and one volume is printed a year",
            v, last, last_y);
}

/* "104 Stat. 327, 325": a pin page before the page it pins cannot be a
 * page of what that page begins, whatever law it is (stat-pin).  The head
 * is the list's first page, of the same volume; a head with a finding of
 * its own (a page outside its law: "37 Stat. 382, 331" for 328, 331) is
 * the slip, and its pins say nothing more -- so this runs after every
 * other family (validate.c). */
void sc_check_pin_order(sc_doc_state *d, sc_entry *e)
{
    const sc_citation *head = NULL;
    long hp = 0;
    for (uint64_t m = e->stat_in; m; m &= m - 1) {
        int i = __builtin_ctzll(m);
        sc_citation *c = &e->c[i];
        if (e->kind[i] & SC_EK_SHORT)
            continue;
        long p = e->stat_page[i];
        if (!(c->wording & SC_W_LIST_ITEM)) {
            head = c;
            hp = p;
            continue;
        }
        if (!head || head->ndiag > 0 || c->ndiag > 0 || strcmp(head->volume, c->volume) != 0 ||
            p <= 0 || hp <= 0 || p >= hp)
            continue;
        char sugg[96];
        sc_fmt(sugg, sizeof sugg, "a pin is a page from %s Stat. %ld on", c->volume, hp);
        sc_emit(d, c, SC_ERROR, SC_D_STAT_PIN, sugg,
                "the pin page %ld comes before the page it pins, %s Stat. %ld", p, c->volume, hp);
    }
}

/* The pins of a page no law of the entry is tied to, when that page is
 * the first page of exactly one law of the 82nd Congress or later (an exact
 * first page): a pin past the first page of a later law of its Congress is
 * not in it ("110 Stat. 1346, 1415": Pub. L. 104-146 begins at 1346, 104-162
 * at 1375).  A pin on the later law's first page is left alone (the law
 * may end on that page), unless another law of its Congress begins
 * between. */
static void check_bare_pins(sc_doc_state *d, sc_entry *e, int hi)
{
    sc_citation *head = &e->c[hi];
    char *end;
    long vol = sc_strtol10(head->volume, &end), page = sc_strtol10(head->pages, NULL);
    if (*end || vol <= 0 || vol >= SC_REF_STAT_VOLUMES || page <= 0)
        return;
    const sc_ref_law *on[2];
    const sc_ref_law *l = sc_ref_law_at_page((int)vol, (int)page);
    if (!l || l->stat_volume != vol || l->stat_page != page || l->congress < 82 ||
        (l->flags & (SC_REF_STAT_UPPER_BOUND | SC_REF_NUMBER_INFERRED)) || out_of_order(l) ||
        sc_ref_laws_on_page((int)vol, (int)page, on, 2) != 1)
        return;
    for (int i = hi + 1; i < e->n; i++) {
        sc_citation *p = &e->c[i];
        if (p->type != SC_STAT || !(p->wording & SC_W_LIST_ITEM) || e->law_of[i] >= 0)
            break; /* the pins that follow the page, and no further */
        long pin = sc_strtol10(p->pages, &end);
        if (*end || pin <= page)
            continue;
        const sc_ref_law *o = sc_ref_law_at_page((int)vol, (int)pin);
        if (!o || o == l || o->congress != l->congress || o->number <= l->number ||
            o->stat_page <= l->stat_page || pin < o->stat_page || out_of_order(o))
            continue;
        int lv, lp, longest = sc_ref_longest_law(&lv, &lp);
        if (sc_ref_next_law_page((int)vol, (int)o->stat_page) <= 0 &&
            pin > o->stat_page + 2L * longest)
            continue; /* past the volume's end, no law reaches it ("104 Stat. 327,
                       * 99999"): stat-page-range says so (page_past_end), not that
                       * the last law holds it */
        if (pin == o->stat_page) {
            /* on the later law's first page: the law may end there -- unless
             * another law of its Congress begins between ("116 Stat. 74, 81":
             * 107-151 begins at 76, so 107-150 ended before) */
            int nx = sc_ref_next_law_page((int)vol, l->stat_page);
            const sc_ref_law *m = nx > 0 && nx < pin ? sc_ref_law_at_page((int)vol, nx) : NULL;
            if (!m || m->congress != l->congress)
                continue;
        }
        int lend = end_before((int)vol, l, o->stat_page);
        char sugg[160];
        sc_fmt(sugg, sizeof sugg, "Public Law %d-%d runs from %ld Stat. %ld to before page %d",
               l->congress, l->number, vol, page, lend);
        sc_emit(d, p, (o->flags & SC_REF_STAT_UPPER_BOUND) ? SC_WARNING : SC_ERROR,
                SC_D_STAT_MISMATCH, sugg,
                "%ld Stat. %ld is in Public Law %d-%d, not in the law that begins at %ld Stat. "
                "%ld (Public Law %d-%d, which ends before page %d)",
                vol, pin, o->congress, o->number, vol, page, l->congress, l->number, lend);
    }
}

/* A year after law @p li's page or pin, a comma between, that the scanner
 * read as no pin ("114 Stat. 1983, 1999, Arizona National Forest
 * Improvement Act, Public Law 106-458"; sc_entry_gather_dates) and that
 * dates no law: it must be either the law's year (or one its volume
 * prints) or a page of the law.  Neither is stat-mismatch, on the page.
 * (A year tied to the law as its date is law-date's.) */
static void check_page_year(sc_doc_state *d, sc_entry *e, int li, const sc_ref_law *l)
{
    for (int k = 0; k < e->ndate; k++) {
        const sc_date_fact *f = &e->date[k];
        int pg = f->page;
        if (pg < 0 || f->law >= 0 || (pg != e->stat_of[li] && e->law_of[pg] != li))
            continue;
        sc_citation *st = &e->c[pg];
        char *end;
        long vol = sc_strtol10(st->volume, &end);
        int y = (int)(f->ymd / 10000), y0, y1;
        if (*end || vol != l->stat_volume || l->enacted <= 0 || y == (int)(l->enacted / 10000) ||
            (sc_stat_volume_years((int)vol, &y0, &y1) && y >= y0 && y <= y1) ||
            sc_page_in_law(l, (int)vol, y) != 0)
            continue;
        char name[48], sugg[200];
        sc_law_name(&e->c[li], name, sizeof name);
        int lend = end_before((int)vol, l, 100000);
        if (lend < 100000)
            sc_fmt(sugg, sizeof sugg, "%s was enacted in %d and runs from %ld Stat. %d to before page %d",
                   name, (int)(l->enacted / 10000), vol, l->stat_page, lend);
        else
            sc_fmt(sugg, sizeof sugg, "%s was enacted in %d and begins at %ld Stat. %d", name,
                   (int)(l->enacted / 10000), vol, l->stat_page);
        sc_emit(d, st, SC_ERROR, SC_D_STAT_MISMATCH, sugg,
                "the %d after %ld Stat. %s is neither a page of %s nor its year", y, vol, st->pages,
                name);
    }
}

void sc_check_pages(sc_doc_state *d, sc_entry *e)
{
    /* the pins of a page tied to no law: its own law's */
    for (uint64_t m = e->stat_in; m; m &= m - 1) {
        int i = __builtin_ctzll(m);
        const sc_citation *c = &e->c[i];
        if (e->law_of[i] < 0 && !(c->wording & SC_W_LIST_ITEM) && !(e->kind[i] & SC_EK_SHORT) &&
            c->chapter <= 0 && c->ndiag == 0 && i + 1 < e->n && (e->c[i + 1].wording & SC_W_LIST_ITEM))
            check_bare_pins(d, e, i);
    }
    uint64_t stats = 0; /* (the pages, for the pins' loop below) */
    for (int i = 0; i < e->n; i++)
        if (e->c[i].type == SC_STAT) {
            check_volume(d, e, i);
            stats |= 1ull << i;
        }
    for (uint64_t m = e->stat_in; m; m &= m - 1) {
        int i = __builtin_ctzll(m);
        if (e->kind[i] & SC_EK_SHORT)
            check_short_pin(d, e, &e->c[i]);
    }
    for (int li = 0; li < e->n; li++) {
        const sc_citation *c = &e->c[li];
        if (c->type != SC_PUBLIC_LAW || c->congress < 82 || c->congress > d->current_congress ||
            e->stat_of[li] < 0 || e->stat_heads[li] != 1)
            continue;
        int hi = e->stat_of[li];
        sc_citation *head = &e->c[hi];
        if (sc_has_finding(head, SC_D_STAT_VOLUME) || sc_has_finding(head, SC_D_STAT_PAGE_RANGE))
            continue; /* no such volume or page: said once */
        int had = sc_has_finding(head, SC_D_STAT_MISMATCH);
        check_page(d, e, li, hi, hi);
        /* the page and the date point to another law (and nothing
         * against it): the page's finding names it with that evidence,
         * and the law's law-date would only repeat it */
        if (!had && sc_has_finding(head, SC_D_STAT_MISMATCH) &&
            sc_law_date_repeats(e, li, SC_EV_PAGE, SC_EV_PAGE))
            sc_unemit(&e->c[li], SC_D_LAW_DATE);
        if (head->ndiag > 0)
            continue; /* the head is wrong already: its pins say nothing more */
        if (e->ndate) {
            const sc_ref_law *l = sc_law_row(c);
            if (l && l->stat_volume > 0 && l->stat_page > 0 &&
                !(l->flags & (SC_REF_STAT_UPPER_BOUND | SC_REF_NUMBER_INFERRED)))
                check_page_year(d, e, li, l);
        }
        long hp = e->stat_page[hi];
        for (uint64_t m = stats; m; m &= m - 1) {
            int i = __builtin_ctzll(m);
            if (e->law_of[i] == li && (e->c[i].wording & SC_W_LIST_ITEM) && e->c[i].start > head->start &&
                e->stat_page[i] >= hp && !sc_has_finding(&e->c[i], SC_D_STAT_PAGE_RANGE))
                check_page(d, e, li, i, hi); /* (a pin before the head: stat-pin; a pin
                                              * past its volume's end: said once) */
        }
    }
}

/* A slip law's head: its first page's running head on the line above the
 * law, alone on its line, and its Congress on the line below ("128 STAT.
 * 1193" / "Public Law 113-121" / "113th Congress", as GPO prints a slip law
 * and its USLM text gives it).  The scanner reads no citation in a running
 * head, so the law's entry holds no page: the head's page must lie in the
 * law (stat-mismatch). */
static int stat_head_above(const uint8_t *b, size_t ls, long *v, long *p)
{
    if (ls < 2 || b[ls - 1] != '\n')
        return 0;
    size_t e = ls - 1, s;
    while (e > 0 && (b[e - 1] == ' ' || b[e - 1] == '\t' || b[e - 1] == '\r'))
        e--;
    s = e;
    while (s > 0 && b[s - 1] != '\n')
        s--;
    while (s < e && (b[s] == ' ' || b[s] == '\t'))
        s++;
    size_t k = s;
    long vol = 0, page = 0;
    while (k < e && sc_isdigit(b[k]) && k - s < 3)
        vol = vol * 10 + (b[k++] - '0');
    if (k == s || k + 7 >= e || memcmp(b + k, " STAT. ", 7) != 0)
        return 0;
    k += 7;
    size_t d = k;
    while (k < e && sc_isdigit(b[k]) && k - d < 5)
        page = page * 10 + (b[k++] - '0');
    if (k == d || k != e)
        return 0;
    *v = vol;
    *p = page;
    return 1;
}

void sc_check_law_head(sc_doc_state *d, sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    for (uint64_t m = e->law_in; m; m &= m - 1) {
        int i = __builtin_ctzll(m);
        sc_citation *c = &e->c[i];
        size_t cs = e->cs[i], ce = e->ce[i], q = ce;
        if (c->type != SC_PUBLIC_LAW || cs < 10 || b[cs - 1] != '\n')
            continue;
        while (q < e->w->len && (b[q] == ' ' || b[q] == '\t' || b[q] == '\r'))
            q++;
        /* the law alone on its line, its Congress the next ("113th Congress") */
        if (q >= e->w->len || b[q] != '\n')
            continue;
        int ended;
        size_t r = q + 1, oc = r < e->w->len && sc_isdigit(b[r])
                                   ? sc_entry_ordinal_congress(b, r, e->w->len, &ended)
                                   : 0;
        long v, p;
        if (!oc || !stat_head_above(b, cs, &v, &p))
            continue;
        const sc_ref_law *l = sc_law_row(c);
        if (!l || sc_page_in_law(l, (int)v, (int)p) != 0)
            continue;
        const sc_ref_law *at = sc_ref_law_at_page((int)v, (int)p);
        char name[48], sugg[200], in[96] = "";
        sc_law_name(c, name, sizeof name);
        if (at && at != l && at->stat_volume == v && at->stat_page <= p && sc_page_in_law(at, (int)v, (int)p) == 1)
            sc_fmt(in, sizeof in, ", a page of Public Law %d-%d (from %d Stat. %d)", at->congress,
                   at->number, at->stat_volume, at->stat_page);
        sc_fmt(sugg, sizeof sugg, "%s begins at %d Stat. %d", name, l->stat_volume, l->stat_page);
        sc_emit(d, c, SC_ERROR, SC_D_STAT_MISMATCH, sugg,
                "the running head above %s, %ld STAT. %ld%s, is not in that law", name, v, p, in);
    }
}
