/*
 * enrich.c -- a citation's facts from the reference tables (see enrich.h).
 */
#include "enrich.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctype.h"
#include "normalize.h"
#include "refdata.h"
#include "strbuf.h"

static const char *ordinal(int n)
{
    int t = n % 100;
    if (t >= 11 && t <= 13)
        return "th";
    return n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
}

/* The facts are built in place (src/strbuf.h; no printf: this runs for
 * every citation written).  v in decimal, zero-padded to @p width digits: */
static void put_n(sc_sbuf *o, long v, int width)
{
    char d[24], *p = sc_dec(d + sizeof d, (uint64_t)(v < 0 ? 0 : v));
    while ((int)(d + sizeof d - p) < width && p > d)
        *--p = '0';
    sc_sb_put(o, p, (size_t)(d + sizeof d - p));
}

static void law_facts(sc_enrich *e, const sc_ref_law *l, int private_law)
{
    sc_sbuf o = { e->law, 0, sizeof e->law };
    sc_sb_s(&o, private_law ? "Priv. L. No. " : "Pub. L. No. ");
    put_n(&o, l->congress, 0);
    sc_sb_s(&o, "-");
    put_n(&o, l->number, 0);
    e->act = sc_ref_law_title(l);
    if (l->enacted > 0) {
        o = (sc_sbuf){ e->enacted, 0, sizeof e->enacted };
        put_n(&o, l->enacted / 10000, 4);
        sc_sb_s(&o, "-");
        put_n(&o, l->enacted / 100 % 100, 2);
        sc_sb_s(&o, "-");
        put_n(&o, l->enacted % 100, 2);
    }
    if (l->stat_volume > 0 && l->stat_page > 0 && !(l->flags & SC_REF_STAT_UPPER_BOUND)) {
        o = (sc_sbuf){ e->stat, 0, sizeof e->stat };
        put_n(&o, l->stat_volume, 0);
        sc_sb_s(&o, (l->flags & SC_REF_STAT_APPENDIX) ? " Stat. A" : " Stat. ");
        put_n(&o, l->stat_page, 0);
    }
    if (l->bill_number > 0 && l->bill_type != SC_BILL_NONE) {
        o = (sc_sbuf){ e->bill, 0, sizeof e->bill };
        sc_sb_s(&o, sc_norm_bill_abbrev((sc_bill_type)l->bill_type));
        sc_sb_s(&o, " ");
        put_n(&o, l->bill_number, 0);
        sc_sb_s(&o, ", ");
        put_n(&o, l->congress, 0);
        sc_sb_s(&o, ordinal(l->congress));
        sc_sb_s(&o, " Cong.");
    }
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
        int vol = (int)sc_atol(c->volume), page = (int)sc_atol(c->pages);
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
        memcpy(sec, c->section, sizeof sec);
        sec[sizeof sec - 1] = '\0';
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

typedef struct enrich_slot {
    char key[SC_KEY_MAX]; /* "" when empty */
    unsigned range;       /* SC_W_RANGE and the type: with the key, what is asked */
    int known;
    sc_enrich e;
} enrich_slot;

struct sc_enrich_cache {
    enrich_slot slot[SC_ENRICH_CACHE];
};

int sc_enrich_cached(sc_enrich_cache **cache, const sc_citation *c, sc_enrich *e)
{
    if (!*cache && !(*cache = calloc(1, sizeof **cache)))
        return sc_enrich_get(c, e);
    uint32_t h = 2166136261u; /* FNV-1a of the key */
    for (const unsigned char *p = (const unsigned char *)c->key; *p; p++)
        h = (h ^ *p) * 16777619u;
    enrich_slot *s = &(*cache)->slot[h % SC_ENRICH_CACHE];
    /* an Act section's key is a Code key ("usc:42/7501"), and its answer
     * is not the Code section's: the type is part of the question */
    unsigned range = (c->wording & SC_W_RANGE) | (unsigned)c->type << 24;
    if (s->key[0] && s->range == range && strcmp(s->key, c->key) == 0) {
        *e = s->e;
        return s->known;
    }
    s->known = sc_enrich_get(c, e);
    s->e = *e;
    s->range = range;
    memcpy(s->key, c->key, strnlen(c->key, sizeof s->key - 1) + 1);
    s->key[sizeof s->key - 1] = '\0';
    return s->known;
}

void sc_enrich_cache_free(sc_enrich_cache *cache) { free(cache); }
