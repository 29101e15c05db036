/*
 * reconcile.c -- which law do an entry's facts describe?  For every law of
 * the entry, each other fact tied to it is asked which law it points to:
 * its bill (the law that bill became), its Statutes at Large page (the law
 * that begins on that page), its Act name (the law of that name) and its
 * date (a confirmation only: many laws share a day).  The law most of them
 * agree on is the evidence the checks compare the written number with, and
 * the fix they suggest when the number cannot be right.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "entry.h"
#include "entry_in.h"
#include "ref_acts.h"

static int same_law(const sc_ref_law *a, const sc_ref_law *b)
{
    return a && b && a->congress == b->congress && a->number == b->number;
}

/* The law that begins on the page of the entry's Stat. citation @p s, or
 * NULL. */
static const sc_ref_law *law_beginning_at(sc_entry *e, int s, int *several)
{
    long vol = e->stat_vol[s];
    *several = 0;
    if (e->stat_vol_end[s] || vol <= 0)
        return NULL;
    long page = e->stat_page[s];
    if (e->stat_page_end[s] || page <= 0)
        return NULL;
    const sc_ref_law *l = sc_entry_law_at_page(e, s); /* (of vol, page) */
    if (!l || l->stat_volume != vol || l->stat_page != page)
        return NULL;
    /* several laws may begin on one page: then the page names none */
    const sc_ref_law *next = l + 1;
    if (next < sc_ref_publaws + sc_ref_npublaws && next->stat_volume == vol &&
        next->stat_page == page)
        *several = 1;
    return l;
}

/* A page inside a law (not its first: a provision's page, which names no
 * law alone) that the written law cannot hold, of a law enacted on the
 * entry's date whose number is the written one with one digit slipped
 * ("Aug. 19, 1964, Pub. L. 88-466, title II, 78 Stat. 469": 88-446, of
 * that day, runs from 465; 88-466 begins at 564): that law, or NULL.  The
 * three facts together point to it as a first page would. */
static const sc_ref_law *slipped_number_law(sc_entry *e, int s, const sc_ref_law *own,
                                            const sc_citation *c, int32_t date)
{
    long vol = e->stat_vol[s], page = e->stat_page[s];
    if (!date || date % 100 == 0 || e->stat_vol_end[s] || e->stat_page_end[s] || vol <= 0 ||
        page <= 0)
        return NULL;
    const sc_ref_law *in = sc_entry_law_at_page(e, s);
    if (!in || in == own || in->stat_volume != vol || in->enacted != date ||
        in->congress != c->congress || !sc_one_slip(in->number, (int)c->number) ||
        (in->flags & (SC_REF_STAT_UPPER_BOUND | SC_REF_NUMBER_INFERRED)) ||
        sc_page_in_law(in, (int)vol, (int)page) != 1 ||
        (own && own->stat_volume == vol && sc_page_in_law(own, (int)vol, (int)page) != 0))
        return NULL;
    return in;
}

int sc_entry_section_name_of(sc_entry *e, int l, sc_act_law *one)
{
    sc_citation *c = &e->c[l];
    if (!(e->types & 1u << SC_ACT_SECTION) || c->type != SC_PUBLIC_LAW || e->name_of[l] >= 0 ||
        c->congress < 82 || !sc_law_row(c))
        return -1;
    const uint8_t *b = e->w->buf;
    /* a table row's one law, its cells one law's facts: "71 Stat. 441,S.
     * 1747,§ 3,Textile Fiber Products Identification Act,"Aug. 28,
     * 1957",PL 85-172" (not a row of what the law amended) */
    int row = -1;
    for (int i = 0; i < e->n; i++) {
        const sc_citation *a = &e->c[i];
        if (a->type != SC_ACT_SECTION || !(e->kind[i] & SC_EK_IN) || !a->act[0])
            continue;
        if (row < 0)
            row = e->row && e->nlaw == 1 && !sc_entry_acted_on(b, e->so, e->eo) &&
                  !sc_find_text(b + e->so, e->eo - e->so, "added", 5);
        /* or the law's own section right after it, by its Act's name
         * ("Public Law 105-185, tit. VI, § 604, Agricultural Research,
         * Extension, and Education Reform Act of 1998": entry.c) */
        int after = (e->own_sect >> i & 1) && sc_entry_law_before(e, e->cs[i]) == l;
        /* or right before it, only a comma or a bracket between: not "...,
         * as added by Pub. L. ..." */
        if (!row && !after && !sc_entry_right_before(e, i, l))
            continue;
        if (sc_act_name_laws(a->act, strlen(a->act), one, 1) != 1 || one->number <= 0 ||
            one->congress < 82 || (one->congress == c->congress && one->number == c->number))
            continue;
        return i;
    }
    return -1;
}

void sc_entry_reconcile(sc_entry *e)
{
    for (int l = 0; l < e->n; l++) {
        sc_citation *c = &e->c[l];
        sc_evidence *ev = &e->ev[l];
        memset(ev, 0, sizeof *ev);
        if (c->type != SC_PUBLIC_LAW)
            continue;
        int b = e->bill_of[l], s = e->stat_of[l], nm = e->name_of[l];
        int linked = b < 0 && ((e->link_bill_in >> l) & 1); /* the bill its link opens */
        /* (or the name of a named Act's section that is the law's own: "Section
         * 504 of the Rehabilitation Act of 1973, Pub. L. No. 93-113") */
        sc_act_law sect;
        int sn = nm < 0 ? sc_entry_section_name_of(e, l, &sect) : -1;
        if (!(b >= 0 && sc_lawmaking(e->c[b].bill)) && !(s >= 0 && e->stat_heads[l] == 1) &&
            nm < 0 && sn < 0 && !linked)
            continue; /* no bill, page or name to ask: the written number alone, no evidence */
        const sc_ref_law *own = sc_law_row(c);
        const sc_ref_law *cand[3] = { NULL, NULL, NULL };
        unsigned bit[3] = { SC_EV_BILL, SC_EV_PAGE, SC_EV_NAME };
        int32_t date = sc_entry_law_day(e, l);
        if (b >= 0 && sc_lawmaking(e->c[b].bill)) {
            /* the bill's Congress: written, else the law's, else (when the
             * law's cannot be right) the Congress of the entry's date */
            int bc = e->c[b].congress ? e->c[b].congress : c->congress;
            if (!sc_ref_congress_get(bc) && date)
                bc = sc_ref_congress_at(date);
            cand[0] = sc_ref_law_from_bill(bc, e->c[b].bill, e->c[b].number);
        } else if (linked && sc_lawmaking(e->link_bill[l].type)) {
            cand[0] = sc_ref_law_from_bill(e->link_bill[l].congress, e->link_bill[l].type,
                                           e->link_bill[l].number);
        }
        if (s >= 0 && e->stat_heads[l] == 1) {
            int several = 0;
            const sc_ref_law *p = law_beginning_at(e, s, &several);
            if (p && !several)
                cand[1] = p;
            else if (p && own && own->stat_volume == p->stat_volume &&
                     own->stat_page == p->stat_page)
                cand[1] = own; /* one of the laws on that page: this one */
            else if (!p)
                cand[1] = slipped_number_law(e, s, own, c, date);
        }
        if (sn >= 0)
            cand[2] = sc_ref_public_law(sect.congress, sect.number);
        if (nm >= 0) {
            const sc_ref_law *const *rows;
            int k = sc_entry_name_laws(e, nm, &rows);
            if (k == 1)
                cand[2] = rows[0];
            else {
                /* a name several laws bear ("Hawaii Water Resources Act":
                 * 2000 and 2005): the one enacted on the entry's date */
                int hit = sc_name_row_on(rows, k < 4 ? k : 4, date);
                if (hit >= 0)
                    cand[2] = rows[hit];
            }
            for (int i = 0; i < k && i < 4; i++)
                if (same_law(rows[i], own))
                    cand[2] = own;
        }
        /* the law most facts agree on -- the written number votes too, and
         * wins a tie; a date that agrees breaks a tie */
        const sc_ref_law *best = NULL;
        int best_votes = 0;
        for (int i = -1; i < 3; i++) {
            const sc_ref_law *x = i < 0 ? own : cand[i];
            if (!x)
                continue;
            int votes = same_law(x, own) ? 2 : 0;
            for (int j = 0; j < 3; j++)
                votes += same_law(x, cand[j]) ? 2 : 0;
            votes += date && x->enacted == date;
            if (votes > best_votes) {
                best = x;
                best_votes = votes;
            }
        }
        if (!best || (best == own && !(cand[0] || cand[1] || cand[2])))
            continue;
        ev->law = best;
        for (int j = 0; j < 3; j++) {
            if (!cand[j])
                continue;
            if (same_law(cand[j], ev->law))
                ev->by |= bit[j];
            else
                ev->against |= bit[j];
        }
        if (date && ev->law->enacted == date)
            ev->by |= SC_EV_DATE;
    }
}

void sc_evidence_text(const sc_entry *e, int l, char *out, size_t cap)
{
    const sc_evidence *ev = &e->ev[l];
    char parts[4][96];
    int n = 0;
    if ((ev->by & SC_EV_BILL) && e->bill_of[l] >= 0) {
        const sc_citation *b = &e->c[(int)e->bill_of[l]];
        char bn[32];
        sc_bill_name(b->bill, b->number, bn, sizeof bn);
        sc_fmt(parts[n++], sizeof parts[0], "its bill (%s)", bn);
    } else if ((ev->by & SC_EV_BILL) && ((e->link_bill_in >> l) & 1)) {
        char bn[32];
        sc_bill_name(e->link_bill[l].type, e->link_bill[l].number, bn, sizeof bn);
        sc_fmt(parts[n++], sizeof parts[0], "the bill its link opens (%s)", bn);
    }
    if ((ev->by & SC_EV_PAGE) && e->stat_of[l] >= 0) {
        const sc_citation *s = &e->c[(int)e->stat_of[l]];
        sc_fmt(parts[n++], sizeof parts[0], "its page (%s Stat. %s)", s->volume, s->pages);
    }
    if (ev->by & SC_EV_NAME)
        sc_fmt(parts[n++], sizeof parts[0], "its name");
    if ((ev->by & SC_EV_DATE) && e->date_of[l] >= 0) {
        char dt[40];
        sc_fmt_date(e->date[(int)e->date_of[l]].ymd, dt, sizeof dt);
        sc_fmt(parts[n++], sizeof parts[0], "its date (%s)", dt);
    }
    out[0] = '\0';
    size_t o = 0;
    for (int i = 0; i < n && o < cap; i++)
        o += (size_t)snprintf(out + o, cap - o, "%s%s", i == 0 ? "" : i == n - 1 ? " and " : ", ",
                              parts[i]);
    if (o < cap && n > 0)
        sc_fmt(out + o, cap - o, " %s to", n > 1 ? "all point" : "points");
}

void sc_evidence_fix(const sc_entry *e, int l, char *out, size_t cap)
{
    const sc_ref_law *x = e->ev[l].law;
    char why[200], t[128];
    sc_evidence_text(e, l, why, sizeof why);
    sc_law_title_paren(x, t, sizeof t);
    /* the law's title only when the whole fix fits a finding's suggestion */
    size_t room = sizeof(((sc_diag *)0)->suggestion) - 1;
    int n = snprintf(out, cap, "write Pub. L. No. %d-%d%s: %s it", x->congress, x->number, t, why);
    if (n < 0 || (size_t)n > room)
        sc_fmt(out, cap, "write Pub. L. No. %d-%d: %.150s it", x->congress, x->number, why);
}
