/*
 * enrich.c -- a citation's facts from the reference tables (see enrich.h).
 */
#include "enrich.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "refdata.h"

static const char *ordinal(int n)
{
    int t = n % 100;
    if (t >= 11 && t <= 13)
        return "th";
    return n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
}

static void law_facts(sc_enrich *e, const sc_ref_law *l, int private_law)
{
    snprintf(e->law, sizeof e->law, "%s L. No. %d-%d", private_law ? "Priv." : "Pub.",
             l->congress, (int)l->number);
    e->act = sc_ref_law_title(l);
    if (l->enacted > 0)
        snprintf(e->enacted, sizeof e->enacted, "%04d-%02d-%02d", (int)(l->enacted / 10000),
                 (int)(l->enacted / 100 % 100), (int)(l->enacted % 100));
    if (l->stat_volume > 0 && l->stat_page > 0 && !(l->flags & SC_REF_STAT_UPPER_BOUND))
        snprintf(e->stat, sizeof e->stat, "%d Stat. %s%d", l->stat_volume,
                 (l->flags & SC_REF_STAT_APPENDIX) ? "A" : "", (int)l->stat_page);
    if (l->bill_number > 0 && l->bill_type != SC_BILL_NONE)
        snprintf(e->bill, sizeof e->bill, "%s %d, %d%s Cong.",
                 sc_norm_bill_abbrev((sc_bill_type)l->bill_type), (int)l->bill_number,
                 l->congress, ordinal(l->congress));
}

int sc_enrich_get(const sc_citation *c, sc_enrich *e)
{
    memset(e, 0, sizeof *e);
    e->act = e->usc_title = e->usc_status = e->usc_heading = "";
    const sc_ref_law *l = NULL;
    switch (c->type) {
    case SC_PUBLIC_LAW:
        if (c->congress > 0 && c->number > 0)
            l = sc_ref_public_law(c->congress, c->number);
        break;
    case SC_PRIVATE_LAW:
        if (c->congress > 0 && c->number > 0 && (l = sc_ref_private_law(c->congress, c->number)))
            law_facts(e, l, 1);
        return l != NULL;
    case SC_BILL:
        if (c->congress > 0 && c->number > 0)
            l = sc_ref_law_from_bill(c->congress, c->bill, c->number);
        break;
    case SC_STAT: {
        int vol = atoi(c->volume), page = atoi(c->pages);
        if (vol > 0 && page > 0 && c->volume[strspn(c->volume, "0123456789")] == '\0')
            l = sc_ref_law_at_page(vol, page);
        break;
    }
    case SC_USC: {
        const sc_ref_title *t = c->title[0] ? sc_ref_usc_title(c->title) : NULL;
        if (!t)
            return 0;
        e->usc_title = sc_ref_title_name(t);
        /* a range "1983-1988": its first section */
        char sec[sizeof c->section];
        snprintf(sec, sizeof sec, "%s", c->section);
        const sc_ref_section *s = sec[0] ? sc_ref_usc_section_any_case(c->title, sec) : NULL;
        if (!s && (c->wording & SC_W_RANGE)) {
            char *dash = strrchr(sec, '-');
            for (; dash && !s; dash = strrchr(sec, '-')) {
                *dash = '\0';
                s = sc_ref_usc_section_any_case(c->title, sec);
            }
        }
        if (s) {
            e->usc_status = sc_ref_section_status_name(s->status);
            e->usc_heading = sc_ref_section_heading(s);
        }
        return 1;
    }
    default:
        return 0;
    }
    if (!l)
        return 0;
    law_facts(e, l, 0);
    return 1;
}
