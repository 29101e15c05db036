/*
 * check_bills.c -- bills and resolutions of an entry: a Congress that does
 * not exist or has not met (bill-congress), a year outside its Congress
 * (bill-year), "House Resolution N" for a House bill
 * (house-resolution-wording), a resolution given as the source of a law
 * (resolution-not-law), a bill that did not become the law it is tied to
 * (bill-law-mismatch), and one bill given as two laws in one document
 * (doc-bill-two-laws).  A bill the entry calls a companion or related bill
 * is not held against the law.
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "entry_in.h"
#include "ref_historic.h"

/* Is bill @p b the one the law of 1951 or before @p law came from, as the
 * Statutes at Large record it (historic_laws.csv)?  Then it is the other
 * mention that is wrong. */
static int hist_bill_of(const sc_citation *law, const sc_citation *b)
{
    const sc_hist_law *l[4];
    int n = law->congress > 0 && law->congress < 82
                ? sc_hist_public_law(law->congress, law->number, 0, l, 4)
                : 0;
    for (int i = 0; i < n && i < 4; i++) {
        int num = 0;
        if (sc_hist_bill(l[i], &num) == (int)b->bill && num == b->number)
            return 1;
    }
    return 0;
}

static void remember_bill(sc_doc_state *d, sc_citation *b, int bc, const sc_citation *law)
{
    char bn[32], ln[48];
    for (int i = 0; i < d->nbills; i++) {
        sc_doc_bill *p = &d->bills[i];
        if (p->congress == bc && p->type == b->bill && p->number == b->number) {
            /* (not where the bill is given its own law, as the tables say:
             * the other mention is wrong, and bill-law-mismatch says so there) */
            const sc_ref_law *own = sc_ref_law_from_bill(bc, (sc_bill_type)b->bill, b->number);
            if ((p->law_congress != law->congress || p->law_number != law->number) &&
                !(own && own->congress == law->congress && own->number == law->number) &&
                !hist_bill_of(law, b)) {
                sc_bill_name(b->bill, b->number, bn, sizeof bn);
                sc_law_name(law, ln, sizeof ln);
                sc_emit(d, b, SC_WARNING, SC_D_DOC_BILL_TWO_LAWS, NULL,
                        "%s of the %d%s Congress is given as %s here but as Public Law %d-%d "
                        "earlier in the document", bn, bc, SC_ORD(bc), ln, p->law_congress,
                        p->law_number);
            }
            return;
        }
    }
    sc_doc_bill *p = &d->bills[d->bill_next];
    d->bill_next = (d->bill_next + 1) % SC_DOC_MAX;
    if (d->nbills < SC_DOC_MAX)
        d->nbills++;
    p->congress = (int16_t)bc;
    p->type = (uint8_t)b->bill;
    p->number = b->number;
    p->law_congress = (int16_t)law->congress;
    p->law_number = law->number;
}

/* Is "House Resolution N" evidently the House bill H.R. N: tied in the
 * text to a law, or H.R. N became a law of its entry?  (That H.R. N of
 * its Congress became some law is no evidence: "House Resolution No. 6,
 * One Hundred Tenth Congress" is the House's rules, and H.R. 6 of the
 * 110th became Pub. L. 110-140.) */
static int evidently_bill(const sc_entry *e, int bi)
{
    const sc_citation *b = &e->c[bi];
    for (int i = 0; i < e->n; i++) {
        const sc_citation *l = &e->c[i];
        if (!sc_is_law(l))
            continue;
        if (e->bill_of[i] == bi)
            return 1;
        const sc_ref_law *became = sc_ref_law_from_bill(l->congress, b->bill, b->number);
        if (became && became->number == l->number && l->type == SC_PUBLIC_LAW)
            return 1;
    }
    return 0;
}

/* The Congress of the year in a bracket right after bill @p bi that gives
 * none of its own ("S. 6000 (2024)"): the one Congress that sat from the
 * year's January 4 to its end (the year of an odd number begins with the
 * last days of the Congress before), else 0. */
static int year_congress(const sc_entry *e, int bi, int *year)
{
    const uint8_t *b = e->w->buf;
    size_t k = e->ce[bi];
    if (!(e->kind[bi] & SC_EK_IN) || k + 6 > e->eo || b[k] != ' ' || b[k + 1] != '(')
        return 0;
    int y;
    if (digits(b, k + 2, e->eo, 4, &y) != 4 || k + 6 >= e->eo || b[k + 6] != ')')
        return 0;
    int c = sc_ref_congress_at(y * 10000 + 104);
    *year = y;
    return c > 0 && c == sc_ref_congress_at(y * 10000 + 1231) ? c : 0;
}

/* A bill numbered past the highest of its kind in its Congress
 * (data/bill_numbers.tsv: "H.R. 54310, 108th Cong.", the House's bills of
 * the 108th numbered to 5431).  A Congress still sitting at the tables'
 * snapshot numbers on: only past twice its number then. */
static void check_number_upper(sc_doc_state *d, const sc_entry *e, sc_citation *b, const char *bn)
{
    static const char *const kinds[SC_BILL_NTYPES] = {
        [SC_BILL_HR] = "House bills", [SC_BILL_S] = "Senate bills",
        [SC_BILL_HRES] = "House resolutions", [SC_BILL_SRES] = "Senate resolutions",
        [SC_BILL_HJRES] = "House joint resolutions", [SC_BILL_SJRES] = "Senate joint resolutions",
        [SC_BILL_HCONRES] = "House concurrent resolutions",
        [SC_BILL_SCONRES] = "Senate concurrent resolutions",
    };
    int cong = b->congress, by_year = 0;
    if (!cong)
        cong = year_congress(e, (int)(b - e->c), &by_year); /* (the bill's year: "S. 6000
                                                             * (2024)") */
    const sc_ref_congress *cg = sc_ref_congress_get(cong);
    int32_t up = cg && b->bill > SC_BILL_NONE && b->bill < SC_BILL_NTYPES
                     ? sc_ref_bill_upper_of(cong, b->bill)
                     : 0;
    if (up <= 0 || b->number <= up || (cg->in_progress && b->number / 2 <= up))
        return;
    /* not a law's bill: bill-law-mismatch and resolution-not-law say what
     * it should be ("(enacting H. Con. Res. 5069)" for the law's H.R. 5069);
     * a Congress the sentence gave, not the bill, only where no law of the
     * entry is of another ("See PL 110-207, 110th Cong., ...; PL 117-146
     * (S. 4900)": S. 4900 is of the 117th) */
    int bi = (int)(b - e->c);
    for (int i = 0; i < e->n; i++) {
        if (!sc_is_law(&e->c[i]))
            continue;
        if (e->bill_of[i] == bi ||
            ((b->wording & SC_W_CONGRESS_LINKED) && e->c[i].congress != b->congress))
            return;
    }
    char last[32];
    sc_bill_name(b->bill, up, last, sizeof last);
    char of_year[40] = "";
    if (by_year)
        sc_fmt(of_year, sizeof of_year, ", the Congress of %d,", by_year);
    sc_emit(d, b, SC_ERROR, SC_D_BILL_NUMBER_RANGE, NULL,
            "%s does not exist: the %s of the %d%s Congress%s were numbered to %s%s", bn,
            kinds[b->bill], cong, SC_ORD(cong), of_year, last,
            cg->in_progress ? " when the tables were made" : "");
}

static void check_bill(sc_doc_state *d, sc_entry *e, int bi)
{
    sc_citation *b = &e->c[bi];
    char bn[32], sugg[320];
    sc_bill_name(b->bill, b->number, bn, sizeof bn);
    if (b->wording & SC_W_HOUSE_RESOLUTION) {
        if (evidently_bill(e, bi)) {
            sc_fmt(sugg, sizeof sugg,
                   "write %s for a House bill (a House resolution is H.R. Res. %d)", bn,
                   b->number);
            sc_emit(d, b, SC_WARNING, SC_D_HOUSE_RESOLUTION, sugg,
                    "\"House Resolution %d\" names a House resolution, not the House bill %s",
                    b->number, bn);
        } else {
            /* "Pursuant to House Resolution 365" (a rule) is the resolution */
            sc_fmt(sugg, sizeof sugg, "write %s for the House bill, H.R. Res. %d for the resolution",
                   bn, b->number);
            sc_emit(d, b, SC_NOTE, SC_D_HOUSE_RESOLUTION, sugg,
                    "\"House Resolution %d\" is read as the House bill %s, but nothing here ties "
                    "it to a law: it may be the resolution H.R. Res. %d", b->number, bn, b->number);
        }
    }
    if (b->number == 0) /* "H.R. 0": read as a citation to be reported */
        sc_emit(d, b, SC_ERROR, SC_D_BILL_NUMBER_RANGE, NULL,
                "%s does not exist: the bills of each chamber are numbered from 1", bn);
    else
        check_number_upper(d, e, b, bn);
    if (b->wording & SC_W_CONGRESS_ZERO)
        sc_emit(d, b, SC_ERROR, SC_D_BILL_CONGRESS, NULL,
                "%s cites the 0th Congress, which does not exist (the 1st met in 1789)", bn);
    if (b->congress > d->current_congress)
        sc_emit(d, b, SC_ERROR, SC_D_BILL_CONGRESS, NULL,
                "%s cites the %d%s Congress, which has not met yet (the %d%s is sitting)", bn,
                b->congress, SC_ORD(b->congress), d->current_congress,
                SC_ORD(d->current_congress));
    const sc_ref_congress *cg = sc_ref_congress_get(b->congress);
    if (b->year > 0 && cg) {
        int y0 = cg->start / 10000, y1 = cg->end / 10000;
        if (cg->end % 10000 <= 103)
            y1--;
        if (b->year < y0 || b->year > y1) {
            sc_fmt(sugg, sizeof sugg, "the %d%s Congress sat %d-%d", b->congress,
                   SC_ORD(b->congress), y0, y1 + 1);
            sc_emit(d, b, SC_ERROR, SC_D_BILL_YEAR, sugg,
                    "%s is dated %d, outside the years of the %d%s Congress", bn, b->year,
                    b->congress, SC_ORD(b->congress));
        }
    }
}

/* A Public Law of the 57th-81st Congress and the bill written with it:
 * the bill the table of laws before 1951 gives it (historic_laws.csv, where
 * known; several laws of one number in the 57th-59th Congress: any). */
static void check_hist_bill(sc_doc_state *d, const sc_citation *b, sc_citation *law,
                            const char *bn, const char *ln)
{
    const sc_hist_law *rows[4];
    int n = sc_hist_public_law(law->congress, law->number, 0, rows, 4), known = 0, from = -1;
    int num = 0;
    for (int i = 0; i < n; i++) {
        int k = sc_hist_bill(rows[i], &num);
        if (!k)
            continue;
        if (k == (int)b->bill && num == b->number)
            return; /* its bill */
        known++;
        from = i;
    }
    if (known != 1)
        return; /* no bill on record (or two laws of the number, each its own) */
    int k = sc_hist_bill(rows[from], &num);
    char bill[32], sugg[96];
    sc_bill_name(k, num, bill, sizeof bill);
    sc_fmt(sugg, sizeof sugg, "%s came from %s", ln, bill);
    sc_emit(d, law, SC_ERROR, SC_D_BILL_LAW_MISMATCH, sugg, "%s did not come from %s: it came from %s",
            ln, bn, bill);
}

/* Is bill @p bi written as enacted inside law @p li -- "[H.R. 3427, as
 * enacted by Pub. L. 106-113, div. B, § 1000(a)(7)]", "H.R. 5408, as
 * enacted into law by section 1 of Public Law 106-398": an omnibus law
 * that enacts a bill by reference, whose own bill is another one? */
static int enacted_by_reference(const sc_entry *e, int bi, int li)
{
    static const char *const as[] = { "as", NULL }, *const enacted[] = { "enacted", NULL },
                             *const by[] = { "by", "into", "in", NULL };
    if (!(e->kind[bi] & SC_EK_IN) || !(e->kind[li] & SC_EK_IN) || e->ce[bi] > e->cs[li] ||
        e->cs[li] - e->ce[bi] > 80)
        return 0;
    const uint8_t *b = e->w->buf;
    size_t from = e->ce[bi], to = e->cs[li];
    return sc_word_among(b, from, to, as) && sc_word_among(b, from, to, enacted) &&
           sc_word_among(b, from, to, by) && !memchr(b + from, ';', to - from);
}

/* Is bill number @p n of type @p t, as a law's record gives it, past twice
 * the highest that kind was numbered in any Congress on record
 * (data/bill_numbers.tsv), for a House or Senate bill?  A few records of
 * the statutes' source carry such a slip ("s12261" for Pub. L. 107-323,
 * from S. 1226): no bill can be said wrong against them. */
static int record_bill_implausible(int t, int32_t n)
{
    if (t != SC_BILL_HR && t != SC_BILL_S)
        return 0; /* (bills only: joint resolutions were numbered far higher in the
                   * Congresses of commemorations, before the tables' first) */
    int32_t most = 0; /* (asked each time, no cache shared by threads: only on a
                       * mismatch, and the tables hold a dozen Congresses) */
    for (int c = 1; c <= 200; c++) {
        int32_t u = sc_ref_bill_upper_of(c, t);
        most = u > most ? u : most;
    }
    return most > 0 && n > 2 * most;
}

/* A bill and a law the text ties together: did that bill become that law? */
static void check_bill_law(sc_doc_state *d, sc_entry *e, int bi, int li)
{
    sc_citation *b = &e->c[bi], *law = &e->c[li];
    char bn[32], ln[48], sugg[320], t[128], t2[128];
    sc_bill_name(b->bill, b->number, bn, sizeof bn);
    sc_law_name(law, ln, sizeof ln);
    if (law->type != SC_PUBLIC_LAW && law->type != SC_PRIVATE_LAW)
        return;
    if (!sc_lawmaking(b->bill)) {
        const sc_ref_law *own = sc_law_row(law);
        sugg[0] = '\0';
        if (own && own->bill_type != SC_BILL_NONE) {
            char from[32];
            sc_bill_name(own->bill_type, own->bill_number, from, sizeof from);
            sc_fmt(sugg, sizeof sugg, "%s came from %s", ln, from);
        }
        sc_emit(d, b, SC_ERROR, SC_D_RESOLUTION_NOT_LAW, sugg[0] ? sugg : NULL,
                "%s is a %s resolution, which cannot become a law such as %s", bn,
                b->bill == SC_BILL_HRES || b->bill == SC_BILL_SRES ? "simple" : "concurrent", ln);
        return;
    }
    int bc = b->congress ? b->congress : law->congress;
    const sc_ref_law *l = sc_law_row(law);
    const sc_ref_law *became = sc_ref_law_from_bill(bc, b->bill, b->number);
    sugg[0] = '\0';
    if (became) {
        sc_law_title_paren(became, t, sizeof t);
        sc_fmt(sugg, sizeof sugg, "%s of the %d%s Congress became Pub. L. No. %d-%d%.100s", bn,
               bc, SC_ORD(bc), became->congress, became->number, t);
    }
    if (b->congress && b->congress != law->congress) {
        /* the bill's Congress may come from its surroundings (a heading):
         * when the bill of that number in the law's Congress became this
         * law, the text is right and the linking was not */
        const sc_ref_law *same = sc_ref_law_from_bill(law->congress, b->bill, b->number);
        size_t lo = e->cs[bi] < e->cs[li] ? e->cs[bi] : e->cs[li],
               hi = e->ce[bi] > e->ce[li] ? e->ce[bi] : e->ce[li];
        if ((b->wording & SC_W_CONGRESS_LINKED) && same && same->number == law->number &&
            !((e->kind[bi] & SC_EK_IN) && (e->kind[li] & SC_EK_IN) && e->cs[bi] < e->cs[li] &&
              sc_entry_item_states_congress(e, lo, hi, b->congress)))
            return; /* (unless the text between the bill and the law it became says
                     * it: "H.R. 7020 cleared the 97th Congress ... it became Pub. L.
                     * 96-510") */
        if (sc_has_finding(law, SC_D_LAW_CONGRESS))
            return; /* the Congress's slip, said of the law already */
        if (same && same->number == law->number) /* the bill's Congress is the slip: "(originating
                                                  * as S. 1438, 106th Cong.)" of Pub. L.
                                                  * 107-107, S. 1438 of the 107th */
            sc_fmt(sugg, sizeof sugg, "write %s, %d%s Cong.: %s of the %d%s Congress became %s", bn,
                   law->congress, SC_ORD(law->congress), bn, law->congress, SC_ORD(law->congress),
                   ln);
        sc_emit(d, b, SC_ERROR, SC_D_BILL_LAW_MISMATCH, sugg[0] ? sugg : NULL,
                "%s of the %d%s Congress cannot have become %s, a law of the %d%s Congress", bn,
                b->congress, SC_ORD(b->congress), ln, law->congress, SC_ORD(law->congress));
        return;
    }
    if (law->type == SC_PRIVATE_LAW) {
        /* a private law's own bill (private_laws.csv); the evidence and
         * the document's other laws are the public laws' */
        if (l && l->bill_type != SC_BILL_NONE &&
            !sc_law_from_bill_cite(l, b)) {
            char from[32];
            sc_bill_name(l->bill_type, l->bill_number, from, sizeof from);
            sc_fmt(sugg, sizeof sugg, "%s came from %s", ln, from);
            sc_emit(d, law, SC_ERROR, SC_D_BILL_LAW_MISMATCH, sugg,
                    "%s did not come from %s: it came from %s", ln, bn, from);
        }
        return;
    }
    remember_bill(d, b, bc, law);
    if (!l && law->congress >= 57 && law->congress <= 81) {
        check_hist_bill(d, b, law, bn, ln);
        return;
    }
    if (!l)
        return; /* an impossible number: law-number-range says it */
    if (sc_law_from_bill_cite(l, b))
        return;
    if (!became && record_bill_implausible(l->bill_type, l->bill_number)) {
        char from[32];
        sc_bill_name(l->bill_type, l->bill_number, from, sizeof from);
        sc_emit(d, law, SC_NOTE, SC_D_BILL_LAW_MISMATCH, NULL,
                "%s is recorded as from %s, a number past any Congress's bills of that kind on "
                "record: whether it came from %s is not known", ln, from, bn);
        return; /* the record's slip: no bill is wrong against it (but one that
                 * became another law: "S. 1227 became Pub. L. No. 107-256") */
    }
    if (!became && enacted_by_reference(e, bi, li))
        return; /* (a bill that became another law is still wrong there) */
    sc_severity sev = (l->flags & SC_REF_NUMBER_INFERRED) ? SC_WARNING : SC_ERROR;
    /* which is wrong, the bill or the number?  The entry's other facts say */
    const sc_evidence *ev = &e->ev[li];
    if (ev->law && ev->law != l && (ev->by & ~SC_EV_BILL) && !(ev->against & ~SC_EV_BILL)) {
        sc_evidence_fix(e, li, sugg, sizeof sugg);
    } else if (l->bill_type != SC_BILL_NONE) {
        char from[32];
        sc_bill_name(l->bill_type, l->bill_number, from, sizeof from);
        size_t o = (size_t)snprintf(sugg, sizeof sugg, "%s came from %s", ln, from);
        if (became && o < sizeof sugg)
            sc_fmt(sugg + o, sizeof sugg - o, "; %s became Pub. L. No. %d-%d", bn,
                   became->congress, became->number);
    }
    if (l->bill_type != SC_BILL_NONE) {
        char from[32];
        sc_bill_name(l->bill_type, l->bill_number, from, sizeof from);
        sc_law_title_paren(l, t2, sizeof t2);
        sc_emit(d, law, sev, SC_D_BILL_LAW_MISMATCH, sugg[0] ? sugg : NULL,
                "%s did not come from %s: it came from %s%s", ln, bn, from, t2);
    } else if (became) {
        sc_emit(d, law, SC_WARNING, SC_D_BILL_LAW_MISMATCH, sugg,
                "%s is given as the law %s became, but the record says otherwise", ln, bn);
    }
}

/* A bill tied to law @p l across the law's section pin ("Pub. L. 118-23,
 * § 2 (enacting H.R. 3865)", entry_bills.c): the section may have enacted
 * it by reference, so the tie is wrong only when the bill became another
 * law on record -- or is a resolution, which no law enacts. */
static void check_sect_bill(sc_doc_state *d, sc_entry *e, int l)
{
    int bi = e->sect_bill[l];
    const sc_citation *b = &e->c[bi], *law = &e->c[l];
    if (law->type != SC_PUBLIC_LAW)
        return;
    if (sc_lawmaking(b->bill)) {
        const sc_ref_law *became =
            sc_ref_law_from_bill(b->congress ? b->congress : law->congress, b->bill, b->number);
        if (!became || (became->congress == law->congress && became->number == law->number))
            return;
    }
    check_bill_law(d, e, bi, l);
}

/* "H.R. 205 passed the House in 1957, in the 89th Congress": a step of a
 * bill dated outside the years of its Congress (written with it, linked
 * from the entry, or that of the law it became). */
static void check_bill_dates(sc_doc_state *d, sc_entry *e)
{
    for (int k = 0; k < e->ndate; k++) {
        const sc_date_fact *f = &e->date[k];
        if (f->bill < 0 || f->bad) /* a day that does not exist: check_dates.c */
            continue;
        if (f->role == SC_DATE_ROLE_ENACTED)
            continue; /* the bill's enactment: check_dates.c, against the law it became */
        sc_citation *b = &e->c[(int)f->bill];
        int cong = b->congress;
        size_t lo, hi;
        if (cong && (b->wording & SC_W_CONGRESS_LINKED) &&
            sc_entry_item_of(e, (int)f->bill, &lo, &hi, 1) &&
            !sc_find_text(e->w->buf + lo, hi - lo, "Cong", 4))
            cong = 0; /* a string citation's other item's Congress, not this bill's:
                       * "...; Public Law 100-266, 100th Congress, ...; “X Act of
                       * 2014”, S.2270 (2014-12-18); ..." */
        if (!cong && e->law_of[(int)f->bill] >= 0)
            cong = e->c[(int)e->law_of[(int)f->bill]].congress;
        const sc_ref_congress *cg = sc_ref_congress_get(cong);
        if (!cg)
            continue;
        int y = f->ymd / 10000, y0 = cg->start / 10000, y1 = cg->end / 10000;
        if (cg->end % 10000 <= 103)
            y1--;
        /* (a day no word says is a step may be the law's own, signed up to
         * a few weeks after its Congress ended: a month's leeway) */
        int32_t last = f->role == SC_DATE_ROLE_NONE ? cg->end + 100 : cg->end;
        int outside = f->ymd % 100     ? (f->ymd < cg->start || f->ymd > last)
                      : f->ymd % 10000 ? (f->ymd / 100 < cg->start / 100 || f->ymd / 100 > cg->end / 100)
                                       : (y < y0 || y > y1); /* a day, a month, a year */
        if (!outside)
            continue;
        char bn[32], given[40], sugg[96];
        sc_bill_name(b->bill, b->number, bn, sizeof bn);
        sc_fmt_date(f->ymd, given, sizeof given);
        sc_fmt(sugg, sizeof sugg, "the %d%s Congress sat %d-%d", cong, SC_ORD(cong), y0, y1 + 1);
        sc_emit(d, b, SC_ERROR, SC_D_BILL_YEAR, sugg,
                "%s is dated %s, outside the years of the %d%s Congress", bn, given, cong,
                SC_ORD(cong));
    }
}

/* "[P.L. 119-45](https://www.congress.gov/bill/119th-congress/house-bill/7148)":
 * the bill a law's link opens is a fact of the entry as much as a bill
 * written beside it -- H.R. 7148 became P.L. 119-75 (the link is right, the
 * number is not), or the link was copied from another law's. */
static void check_link_bill(sc_doc_state *d, sc_entry *e, int li)
{
    sc_citation *law = &e->c[li];
    const sc_ref_law *l = sc_law_row(law);
    int cong = e->link_bill[li].congress, type = e->link_bill[li].type,
        num = e->link_bill[li].number;
    if (!l || l->bill_type == SC_BILL_NONE || !sc_lawmaking(type) ||
        (cong == law->congress && l->bill_type == type && l->bill_number == num))
        return;
    char bn[32], ln[48], from[32], t[128], sugg[320];
    sc_bill_name(type, num, bn, sizeof bn);
    sc_law_name(law, ln, sizeof ln);
    sc_bill_name(l->bill_type, l->bill_number, from, sizeof from);
    sc_law_title_paren(l, t, sizeof t);
    const sc_ref_law *became = sc_ref_law_from_bill(cong, type, num);
    const sc_evidence *ev = &e->ev[li];
    sugg[0] = '\0';
    if (ev->law && ev->law != l && (ev->by & ~SC_EV_BILL) && !(ev->against & ~SC_EV_BILL)) {
        sc_evidence_fix(e, li, sugg, sizeof sugg);
    } else if (became) {
        char bt[128];
        sc_law_title_paren(became, bt, sizeof bt);
        sc_fmt(sugg, sizeof sugg, "%s of the %d%s Congress became Pub. L. No. %d-%d%.100s; %s came "
               "from %s", bn, cong, SC_ORD(cong), became->congress, became->number, bt, ln, from);
    } else {
        sc_fmt(sugg, sizeof sugg, "%s came from %s", ln, from);
    }
    sc_severity sev = (l->flags & SC_REF_NUMBER_INFERRED) ? SC_WARNING : SC_ERROR;
    sc_emit(d, law, sev, SC_D_BILL_LAW_MISMATCH, sugg,
            "%s did not come from %s of the %d%s Congress, the bill its link opens: it came "
            "from %s%s", ln, bn, cong, SC_ORD(cong), from, t);
}

static void emit_named_no_law(sc_doc_state *d, const sc_entry *e, sc_citation *b,
                              const sc_ref_law *n, int nk, int cong);

/* The fix for a bill given as named law @p n: "Public Law 82-150 (X Act of
 * 1951) came from H.R. 1726 of the 82nd Congress". */
static void named_came_from(const sc_ref_law *n, char *sugg, size_t cap)
{
    char from[32], t[128];
    sc_bill_name(n->bill_type, n->bill_number, from, sizeof from);
    sc_law_title_paren(n, t, sizeof t);
    sc_fmt(sugg, cap, "Public Law %d-%d%.100s came from %s of the %d%s Congress", n->congress,
           n->number, t, from, n->congress, SC_ORD(n->congress));
}

/* A bill said to have been enacted, with an Act's name and no law (entry
 * sc_entry_bill_named), that became no law on record while the named law
 * came from another bill: the bill is likely the wrong one -- a warning,
 * as an omnibus law may have enacted it by reference. */
static void check_bill_named(sc_doc_state *d, sc_entry *e)
{
    const sc_ref_law *n, *l;
    int nk, bi = sc_entry_bill_named(e, &n, &l, &nk);
    if (bi < 0 && !e->stat_in) {
        /* or written beside the name with a Congress, no word of its
         * enactment: when the named law came from the bill of that number
         * in another Congress, the Congress is the slip ("the Air Force
         * Organization Act of 1951 (H. R. 1726; 81st Congress; ...)",
         * 82-150 from H.R. 1726 of the 82nd) */
        bi = sc_entry_bill_beside_name(e, &n, &l, &nk);
        sc_citation *b = bi >= 0 ? &e->c[bi] : NULL;
        if (!b || !b->congress || b->congress == n->congress || !sc_law_from_bill_cite(n, b) ||
            (l && l != n))
            return;
        size_t lo, hi; /* (a Congress read from the sentence, in a string citation whose
                        * item of the bill names none: another item's -- "X Act (106th
                        * Congress, ...); the Y Act, Fiscal Year 1991 (originally H.R.
                        * 1455, ...)") */
        if ((b->wording & SC_W_CONGRESS_LINKED) && sc_entry_item_of(e, bi, &lo, &hi, 1) &&
            hi > lo && !sc_find_text(e->w->buf + lo, hi - lo, "Cong", 4))
            return;
        emit_named_no_law(d, e, b, n, nk, b->congress); /* (the Congress's slip) */
        return;
    }
    if (bi < 0 || l || n->bill_type == SC_BILL_NONE)
        return;
    sc_citation *b = &e->c[bi];
    emit_named_no_law(d, e, b, n, nk, b->congress ? b->congress : n->congress);
}

/* In a string citation that cites laws, the same for a bill alone in its
 * item with an Act's name and a word of its enactment there ("...; the
 * Fair Sentencing Act, S. 1789 (101st Congress, signed by President Barack
 * Obama, 8/3/2010); P.L. 94-395 ..."): sc_entry_item_bill_law(). */
static void check_item_bills_named(sc_doc_state *d, sc_entry *e)
{
    static const char *const said[] = { "approved", "enacted", "enacting", "signed", "became law",
                                        NULL };
    const uint8_t *t = e->w->buf;
    for (uint64_t m = e->bill_in; m; m &= m - 1) {
        int bi = __builtin_ctzll(m), nk;
        sc_citation *b = &e->c[bi];
        size_t lo, hi;
        const sc_ref_law *n;
        if (!b->congress || e->law_of[bi] >= 0 || /* (tied to a law: check_bill_law() compares them) */
            !sc_entry_bill_item(e, bi, &lo, &hi) ||
            ((b->wording & SC_W_CONGRESS_LINKED) &&
             !sc_entry_item_states_congress(e, lo, hi, b->congress)) || /* (the item's own) */
            sc_entry_item_bill_law(e, bi, lo, hi, &n, &nk) || !n || n->bill_type == SC_BILL_NONE)
            continue; /* (a bill that became a law: check_names.c compares the two) */
        /* (or, no word of its enactment, the bill right after the name, a
         * comma between, and the named law from the bill of that number in
         * another Congress: "...; the X Act of 2018, H.R. 767, 116th
         * Congress; ..." -- as sc_entry_bill_beside_name() reads an entry
         * of its own) */
        size_t ne = e->name[nk].tie_eo > e->name[nk].eo ? e->name[nk].tie_eo : e->name[nk].eo;
        int beside = sc_law_from_bill_cite(n, b) && b->congress != n->congress &&
                     ne < e->cs[bi] &&
                     ((ne + 2 == e->cs[bi] && t[ne] == ',') ||
                      /* (or the name's Congress and day between, in its bracket:
                       * "...; X Act of 1982 (Ninety-eighth Congress, 1982-10-13, HR
                       * 6133); ...") */
                      (e->cs[bi] - ne <= 80 && sc_entry_filler(e, ne, e->cs[bi], F_CONG | F_DATE, NULL))) &&
                     !sc_entry_page_in(e, lo, hi);
        if ((beside || sc_text_has_any(t, lo, hi, said)) &&
            !((b->wording & SC_W_CONGRESS_LINKED) && sc_entry_page_in(e, lo, hi)))
            emit_named_no_law(d, e, b, n, nk, b->congress); /* (a Congress read from the
                                                             * item's text, a page in it:
                                                             * the page's checks weigh
                                                             * the bill, check_page_facts.c) */
    }
}

/* bill-law-mismatch (a warning) on bill @p b of Congress @p cong, which
 * became no law on record, given as the Act of name fact @p nk (law @p n,
 * which came from another bill). */
static void emit_named_no_law(sc_doc_state *d, const sc_entry *e, sc_citation *b,
                              const sc_ref_law *n, int nk, int cong)
{
    if (cong == n->congress && sc_law_from_bill_cite(n, b))
        return;
    char bn[32], sugg[192];
    sc_bill_name(b->bill, b->number, bn, sizeof bn);
    named_came_from(n, sugg, sizeof sugg);
    const sc_name_fact *f = &e->name[nk];
    int nl = (int)(f->eo - f->so) < 100 ? (int)(f->eo - f->so) : 100;
    /* (an abbreviation without "the": "given as HIPAA") */
    const char *art = sc_name_is_abbrev(e->w->buf + f->so, (size_t)nl) ? "" : "the ";
    if (sc_law_from_bill_cite(n, b)) /* (the bill of that number in the law's Congress: the
                                      * Congress is the slip) */
        sc_emit(d, b, SC_WARNING, SC_D_BILL_LAW_MISMATCH, sugg,
                "%s of the %d%s Congress is given as %s%.*s, Public Law %d-%d, which came "
                "from %s of the %d%s Congress", bn, cong, SC_ORD(cong), art, nl,
                (const char *)e->w->buf + f->so, n->congress, n->number, bn, n->congress,
                SC_ORD(n->congress));
    else
        sc_emit(d, b, SC_WARNING, SC_D_BILL_LAW_MISMATCH, sugg,
                "%s of the %d%s Congress became no law on record, but it is given as %s%.*s, "
                "Public Law %d-%d", bn, cong, SC_ORD(cong), art, nl, (const char *)e->w->buf + f->so,
                n->congress, n->number);
}

/* A bill said to have become law ("S. 3846 (118th Congress) became law",
 * "H.R. 1 was signed into law"), no law, Act name, page or day of it in
 * the entry, its Congress written with it (the 82nd on, one that no longer
 * sits),
 * when no law on record came from it: a warning -- an omnibus law may have
 * enacted it by reference ("as enacted into law by" is read as that). */
static void check_bill_enacted_none(sc_doc_state *d, sc_entry *e)
{
    int bi = sc_entry_bill_enacted(e);
    if (bi < 0 || e->stat_in || e->nname)
        return;
    for (int k = 0; k < e->ndate; k++)
        if (e->date[k].bill == bi && e->date[k].role == SC_DATE_ROLE_ENACTED)
            return; /* (the day tells its Congress: law-date-congress weighs the two --
                     * "S. 1789 (101st Congress) was signed on 8/3/2010", the 111th's) */
    sc_citation *b = &e->c[bi];
    const sc_ref_congress *cg = b->congress ? sc_ref_congress_get(b->congress) : NULL;
    if (!cg || cg->in_progress || b->congress < 82 || (b->wording & SC_W_CONGRESS_LINKED) ||
        !sc_lawmaking(b->bill) || b->number <= 0 ||
        sc_ref_law_from_bill(b->congress, b->bill, b->number))
        return; /* (a resolution that makes no law: resolution-not-law's) */
    for (int n = 1; n <= cg->public_laws; n++) {
        const sc_ref_law *r = sc_ref_public_law(b->congress, n);
        if (!r || r->bill_type == SC_BILL_NONE)
            return; /* (a law of that Congress whose bill is not on record: 55 of the
                     * 107th's -- H.R. 4013 became Pub. L. 107-280) */
    }
    char bn[32];
    sc_bill_name(b->bill, b->number, bn, sizeof bn);
    sc_emit(d, b, SC_WARNING, SC_D_BILL_LAW_MISMATCH, NULL,
            "%s of the %d%s Congress is said to have become law, but no law on record came "
            "from it", bn, b->congress, SC_ORD(b->congress));
}

void sc_check_bills(sc_doc_state *d, sc_entry *e)
{
    if (!e->nlaw && e->bill_in) {
        sc_entry_need_names(e); /* (an entry of bills alone reads its names only now) */
        if (e->nname)
            check_bill_named(d, e);
        else
            check_bill_enacted_none(d, e);
    }
    else if (e->nlaw && e->bill_in && e->nname)
        check_item_bills_named(d, e);
    for (int i = 0; i < e->n; i++)
        if (e->c[i].type == SC_BILL)
            check_bill(d, e, i);
    check_bill_dates(d, e);
    /* bills and the laws they became: each law with its nearest tied bill */
    for (int l = 0; l < e->n; l++) {
        const sc_citation *law = &e->c[l];
        if (!sc_is_law(law) || law->congress < 1 || law->congress > d->current_congress)
            continue;
        if (e->bill_of[l] >= 0)
            check_bill_law(d, e, e->bill_of[l], l);
        else if ((e->sect_bill_in >> l) & 1)
            check_sect_bill(d, e, l);
        else if ((e->link_bill_in >> l) & 1)
            check_link_bill(d, e, l);
    }
}
