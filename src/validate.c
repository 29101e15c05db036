/*
 * validate.c -- the checker's front (validate.h): the per-document state;
 * sc_check_read_run(), which reads a run of groups of citations, each as
 * one entry (entry.c), and reconciles their facts with the reference
 * tables (reconcile.c); and sc_check_run(), which runs each family of
 * checks (check_laws.c, check_bills.c, check_dates.c, check_names.c,
 * check_pages.c, check_usc.c, check_notes.c ...) over the run.  Every code
 * is declared in check_codes.def and documented in docs/checks.md.
 */
#include "validate.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "check_historic.h"
#include "entry.h"
#include "stage.h"

sc_doc_state *sc_doc_state_new(const sc_options *opt)
{
    sc_doc_state *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    if (opt)
        d->opt = *opt;
    /* --disable: a comma-separated list of codes */
    for (const char *p = d->opt.disabled; p && *p;) {
        size_t n = strcspn(p, ",");
        for (int i = 0; i < SC_D_COUNT; i++) {
            const char *name = sc_code_name((sc_code)i);
            if (strlen(name) == n && memcmp(name, p, n) == 0)
                d->disabled[i] = 1;
        }
        p += n + (p[n] == ',');
    }
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
    sc_doc_state_reset(d);
    return d;
}

void sc_doc_state_free(sc_doc_state *d)
{
    if (d)
        free(d->ahead);
    free(d);
}

void sc_doc_state_reset(sc_doc_state *d)
{
    d->nbills = d->bill_next = 0;
    d->ndates = d->date_next = 0;
    memset(d->date_head, 0, sizeof d->date_head);
    d->as_of = d->opt.as_of;
    d->as_of_stated = 0;
    d->doc_read = 0;
}

int sc_check_read_run(sc_doc_state *d, const sc_rules *r, sc_matcher *m, const sc_window *w,
                      sc_citation *const *groups, const int *ns, int nslots)
{
    if (!d || nslots <= 0)
        return 0;
    if (!d->ahead && !(d->ahead = malloc(SC_CHECK_AHEAD * sizeof *d->ahead)))
        return -1;
    if (nslots > SC_CHECK_AHEAD)
        nslots = SC_CHECK_AHEAD;
    /* each step of the reading for every entry of the run, then the next:
     * a step's code (the ends, the dates and names, the ties) stays in
     * cache while it reads them all */
    uint8_t more[SC_CHECK_AHEAD];
    SC_STAGE_BEGIN(t0);
    for (int k = 0; k < nslots; k++)
        more[k] = (uint8_t)sc_entry_read_ends(&d->ahead[k], r, m, w, groups[k], ns[k]);
    for (int k = 0; k < nslots; k++)
        if (more[k])
            sc_entry_read_facts(&d->ahead[k]);
    for (int k = 0; k < nslots; k++)
        if (more[k])
            sc_entry_read_ties(&d->ahead[k]);
    SC_STAGE_END(SC_ST_ENTRY, t0);
    /* the evidence of each group's laws, when it has a public law */
    SC_STAGE_BEGIN(t1);
    for (int k = 0; k < nslots; k++)
        if (d->ahead[k].types & 1u << SC_PUBLIC_LAW)
            sc_entry_reconcile(&d->ahead[k]);
    SC_STAGE_END(SC_ST_RECON, t1);
    return 0;
}

/* Runs every family of checks on the entry @p e, in turn.  Each family
 * only where the group has a citation of a type it checks: most groups
 * are of one or two types (a Code document's runs of sections, a list of
 * laws), and a family without its types would only walk the group to
 * find that out (each family below does nothing without them; the entry's
 * evidence is zero until reconciled). */
static void check_entry(sc_doc_state *d, sc_entry *e)
{
    unsigned types = e->types;
    const unsigned law = 1u << SC_PUBLIC_LAW | 1u << SC_PRIVATE_LAW, bill = 1u << SC_BILL,
                   stat = 1u << SC_STAT, usc = 1u << SC_USC, act = 1u << SC_ACT_SECTION,
                   pub = 1u << SC_PUBLIC_LAW;
    if (e->n > 0 && (e->c[0].wording & SC_W_BY_NAME) && sc_check_named_alone_facts(d, e))
        return; /* an old Act named alone, or by a name later laws gave: "The
                 * Sherman Act became law under President Lincoln" (its page's
                 * checks would read a page the text does not give; a law's, a
                 * fact of a law that gave the name as wrong) */
    if (e->act_unknown) /* an Act's section that cannot be one: "INA § 2366(c)" */
        sc_check_act_unknown(d, e);
    SC_STAGE_BEGIN(t2);
    if (types & law)
        sc_check_laws(d, e);
    if ((types & bill) || e->link_bill_in) /* a bill's own checks, its dates, the law it
                                            * became; the bill a law's link opens */
        sc_check_bills(d, e);
    if (types & (law | bill)) /* a law's date; a day that does not exist */
        sc_check_dates(d, e);
    if (types & law) {
        sc_check_names(d, e);
        sc_check_president(d, e);
        sc_check_amended(d, e); /* "X, as amended by Y": Y enacted after X */
        if (types & pub) {
            sc_check_notes(d, e); /* a Code note: "Effective Date of 1976 Amendment" */
            sc_check_law_head(d, e); /* "128 STAT. 1193" / "Public Law 113-121" */
        }
    } else if (types & bill) {
        sc_check_names(d, e); /* a bill enacted or beside an Act's name, no law
                               * (sc_entry_bill_named, sc_entry_bill_beside_name) */
        sc_check_president(d, e); /* a bill signed into law, no law: the law it became */
    }
    if (types & stat) { /* a law's page is a Stat. citation */
        if (!(types & (law | bill))) {
            sc_old_page_bounds(e); /* (an old page alone, a President near it) */
            sc_check_president(d, e); /* an old Act's signer, by its chapter's date */
        }
        sc_check_pages(d, e);
        sc_check_stat_year(d, e);
        sc_check_chapter_names(d, e); /* an old Act's name by its chapter */
        sc_check_page_names(d, e);    /* a name beside a law's first page, no law cited */
        sc_check_page_facts(d, e); /* its date and Congress, no law cited (or in a
                                    * string citation's item of its own); or the
                                    * one bill its law came from */
        sc_check_old_numbers(d, e); /* an old resolution's or Act's number by its page */
    }
    SC_STAGE_END(SC_ST_FAMILY, t2);
    SC_STAGE_BEGIN(t3);
    if (types & (usc | act))
        sc_check_usc(d, e);
    if (types & usc)
        sc_check_name_usc(d, e); /* an Act's name, or its law, and its place in the Code */
    if (types & act) {
        sc_check_act_usc(d, e);
        sc_check_act_facts(d, e); /* the Act's day and Congress, no law cited in its
                                   * item (its bill beside it: "X Act of 2000 section
                                   * 3, 96th Congress (H.R. 4640, approved ...)") */
    }
    SC_STAGE_END(SC_ST_USCCHK, t3);
    SC_STAGE_BEGIN(t4);
    if (types & (stat | pub | usc))
        sc_check_historic(d, e); /* laws before the 82nd Congress, former sections */
    SC_STAGE_END(SC_ST_HIST, t4);
    if (types & stat) /* a pin before its page, once every page has its findings */
        sc_check_pin_order(d, e);
}

void sc_check_run(sc_doc_state *d, int nslots)
{
    if (!d || !d->ahead || nslots <= 0)
        return;
    if (nslots > SC_CHECK_AHEAD)
        nslots = SC_CHECK_AHEAD;
    if (!d->doc_read) {
        /* the document's own date, from its first bytes, unless --as-of */
        const sc_window *w = d->ahead[0].w;
        d->doc_read = 1;
        if (!d->as_of && w->base == 0) {
            d->as_of = sc_entry_document_date(w->buf, w->len);
            d->as_of_stated = d->as_of != 0;
        }
    }
    /* an entry at a time, all its families in turn: run a family at a time
     * over the entries instead, the checks fetched fewer instructions
     * (-0.7 M first-level misses on the bench corpus) but mispredicted
     * more branches (+0.6 M), the families' branches trained on one entry
     * and taken on the next */
    for (int k = 0; k < nslots; k++)
        check_entry(d, &d->ahead[k]);
}

void sc_check_slot_names(sc_doc_state *d, int slot, sc_citation *v, int nv)
{
    if (!d || !d->ahead || nv <= 0)
        return;
    sc_entry *e = &d->ahead[slot];
    if (e->n > 0 && e->eo > e->so)
        sc_check_name_items(d, e, v, nv);
}
