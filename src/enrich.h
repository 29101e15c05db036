/*
 * enrich.h -- what the reference tables know about a citation, computed at
 * write time from its fields (never in the scanner's hot path), the same
 * for every writer (CSV, JSONL, BibTeX, the text table, the HTML report):
 *
 *   a public or private law   its Act name, enactment date, Statutes at
 *                             Large page and bill;
 *   a bill (Congress known)   the law it became, with the above;
 *   a Statutes at Large page  the public law it belongs to (the one that
 *                             begins at it or last before it), with the above;
 *   a U.S. Code section       its title's name, the section's status and,
 *                             for a section no longer in force, its heading.
 *
 * Everything points into the static tables or into the struct itself; no
 * memory is allocated.
 */
#ifndef SC_ENRICH_H
#define SC_ENRICH_H

#include "statcite.h"

typedef struct sc_enrich {
    /* the law: the citation's own, the one a bill became, or the one a
     * Statutes at Large page is in; "" when none is on record */
    char law[48];        /* "Pub. L. No. 104-191"                         */
    const char *act;     /* "Health Insurance Portability and ...", or "" */
    char enacted[40];    /* "1996-08-21", or ""                           */
    char stat[32];       /* "110 Stat. 1936", or ""                        */
    char bill[48];       /* "H.R. 3103, 104th Cong.", or ""                */
    /* a U.S. Code section */
    const char *usc_title;   /* "Aliens and Nationality", or ""          */
    const char *usc_status;  /* "active", "repealed", ..., or "" unknown */
    const char *usc_heading; /* heading of a section not in force, or "" */
} sc_enrich;

/** Fills @p e for citation @p c; returns 1 when anything is known, else 0
 *  (every field then ""). */
int sc_enrich_get(const sc_citation *c, sc_enrich *e);

/** A writer's memory of recent answers (a document cites the same law many
 *  times): SC_ENRICH_CACHE entries, direct-mapped by the citation's key (with
 *  its SC_W_RANGE flag and its type, which is all else the answer depends
 *  on: an Act section has a Code key but no Code facts). */
#define SC_ENRICH_CACHE 256
typedef struct sc_enrich_cache sc_enrich_cache;

/** sc_enrich_get() through the cache *@p cache (allocated on first use;
 *  without memory, the tables are asked directly).  Free it with
 *  sc_enrich_cache_free(). */
int sc_enrich_cached(sc_enrich_cache **cache, const sc_citation *c, sc_enrich *e);

/** Frees a cache (NULL is fine). */
void sc_enrich_cache_free(sc_enrich_cache *cache);

#endif
