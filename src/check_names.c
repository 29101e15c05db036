/*
 * check_names.c -- the Act names of an entry against the law they are
 * tied to (entry.c): a name the tables give to another law
 * (act-name-mismatch), and a year in the name impossible for the law's
 * Congress (act-year).  "Act of 1996" is the year of enactment (one year
 * either side of the Congress is allowed: a name may carry the fiscal
 * year); "Act, 1997" and "Act for Fiscal Year 1997" a fiscal year, which
 * may be enacted the year before it.
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "entry.h"

int sc_name_laws(const sc_entry *e, const sc_name_fact *nf, const sc_ref_law **out, int max)
{
    (void)e;
    (void)nf;
    (void)out;
    (void)max;
    return 0; /* the Act-names table (src/ref_acts.c) answers here */
}

static void check_year(sc_doc_state *d, sc_entry *e, int li)
{
    sc_citation *c = &e->c[li];
    const sc_name_fact *nf = &e->name[(int)e->name_of[li]];
    const sc_ref_congress *cg = sc_ref_congress_get(c->congress);
    int y = nf->year;
    if (!y || !cg || !nf->tight)
        return;
    int y0 = cg->start / 10000, yend = cg->end / 10000, y1 = yend;
    /* a term ending January 3 reaches only those days into its last year */
    if (cg->end % 10000 <= 103)
        y1--;
    if (y >= y0 - 1 && y <= y1 + 1)
        return;
    char name[48], sugg[320] = "";
    sc_law_name(c, name, sizeof name);
    const char *title = sc_law_short_title(sc_law_row(c));
    if (title && c->type == SC_PUBLIC_LAW)
        snprintf(sugg, sizeof sugg, "%s is the %s", name, title);
    sc_emit(d, c, SC_WARNING, SC_D_ACT_YEAR, sugg[0] ? sugg : NULL,
            "an Act %s %d cannot be %s, a law of the %d%s Congress (%d-%d)",
            nf->fiscal ? "for fiscal year" : "of", y, name, c->congress, SC_ORD(c->congress), y0,
            yend);
}

static void check_name(sc_doc_state *d, sc_entry *e, int li)
{
    sc_citation *c = &e->c[li];
    const sc_name_fact *nf = &e->name[(int)e->name_of[li]];
    const sc_ref_law *rows[4];
    int k = sc_name_laws(e, nf, rows, 4);
    const sc_ref_law *own = sc_law_row(c);
    if (k <= 0 || !own || k > 4)
        return;
    for (int i = 0; i < k; i++)
        if (rows[i] == own)
            return;
    char name[48], written[120], sugg[320], t[128];
    sc_law_name(c, name, sizeof name);
    size_t n = nf->eo - nf->so < sizeof written - 1 ? nf->eo - nf->so : sizeof written - 1;
    memcpy(written, e->w->buf + nf->so, n);
    written[n] = '\0';
    const sc_evidence *ev = &e->ev[li];
    const char *own_title = sc_law_short_title(own);
    if (ev->law && ev->law != own && (ev->by & ~SC_EV_NAME)) {
        char why[200];
        sc_evidence_text(e, li, why, sizeof why);
        sc_law_title_paren(ev->law, t, sizeof t);
        snprintf(sugg, sizeof sugg, "write Pub. L. No. %d-%d%.60s: %.100s it", ev->law->congress,
                 ev->law->number, t, why);
    } else if (own_title) {
        snprintf(sugg, sizeof sugg, "%s is the %.120s", name, own_title);
    } else {
        snprintf(sugg, sizeof sugg, "the %.120s is Pub. L. No. %d-%d", written, rows[0]->congress,
                 rows[0]->number);
    }
    if (k == 1)
        sc_emit(d, c, SC_ERROR, SC_D_ACT_NAME_MISMATCH, sugg,
                "the %s is Public Law %d-%d, not %s", written, rows[0]->congress, rows[0]->number,
                name);
    else
        sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_MISMATCH, sugg,
                "no law named the %s is %s (the tables give that name to %d other laws, "
                "Public Law %d-%d first)", written, name, k, rows[0]->congress, rows[0]->number);
}

void sc_check_names(sc_doc_state *d, sc_entry *e)
{
    for (int l = 0; l < e->n; l++) {
        const sc_citation *c = &e->c[l];
        if (!sc_is_law(c) || e->name_of[l] < 0 || c->congress < 85 ||
            c->congress > d->current_congress)
            continue;
        check_name(d, e, l);
        check_year(d, e, l);
    }
}
