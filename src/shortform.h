/*
 * shortform.h -- resolving short forms (FORMAT.md, "Two further kinds"):
 * "Id. § 5", "§ 922(d)" after a full cite, "section 1201 of this title" in
 * a U.S. Code document.  The grammar (grammar/50-short.rules) finds the
 * words; this module says which title they mean -- that of the citation
 * they refer back to, when it is within reach and nothing else was cited
 * in between, or the document's own title -- or that they mean none.
 * Plain state owned by the scanner; no allocation.
 */
#ifndef SC_SHORTFORM_H
#define SC_SHORTFORM_H

#include <stdint.h>

#include "rules.h"
#include "statcite.h"

/* Reach, in bytes from the end of the citation referred back to to the
 * start of the short form (see docs/short-forms.md for why these). */
#define SC_SHORT_REACH_SIGN    2000u /* "§ N", "Id. § N": about a page     */
#define SC_SHORT_REACH_SECTION  400u /* "section N": the same paragraph    */
#define SC_SHORT_REACH_SAME     200u /* "Id." alone: the next sentence      */
#define SC_SHORT_REACH_ACT   40000u /* "Section 244(a)(1)" repeating an Act's
                                      * section whose title lacks it: a report's
                                      * notes pages on (shortform.c) */
#define SC_SHORT_RECENT 4 /* full citations a bare section is matched against */

/** What a scanner remembers for short forms: the last citation it found
 *  and the document's own title.  (The scanner's buffer keeps 4 KiB before
 *  its scan point, more than the longest reach.) */
typedef struct sc_short_state {
    int have;            /* last is set                                    */
    struct sc_short_last { /* what is needed of the last citation found   */
        sc_type type;
        unsigned wording;
        uint64_t start, end;
        uint64_t full; /* the full citation it is, or resolves to (its start) */
        char title[8], section[48], subsections[64], volume[8];
        char act[208]; /* an Act's section: "§ 237(c)" after "INA § 101" */
        char act_sec[24]; /* and its number there ("208" of "VRA § 208(a)"), or "" */
        char edition[24]; /* an edition before 2013 ("1952 ed."), or ""   */
    } last;
    uint64_t last_full;  /* start of the full citation last resolves to    */
    /* the last Statutes at Large citation: "104 Stat. at 330" refers to the
     * last full citation of its volume, with other citations between ("...,
     * 104 Stat. 327 (codified at 42 U.S.C. § 12101).  Id. § 2, 104 Stat. at
     * 328") */
    int have_stat;
    uint64_t stat_end, stat_full; /* its end; the full citation it is or resolves to */
    char stat_volume[8];
    char doc_title[8];   /* the document's own U.S. Code title, or ""      */
    /* the last SC_SHORT_RECENT full U.S. Code and Act-section citations (a
     * ring): a bare "§ 922(d)" two cites after "18 U.S.C. § 922(d)" repeats
     * that one, a bare "Section 208" after "Section 208 of the VRA, 52
     * U.S.C. § 10508" the Act's */
    struct sc_short_last recent[SC_SHORT_RECENT];
    unsigned nrecent;    /* how many were seen (the ring's next: % SC_SHORT_RECENT)  */
    /* and the last SC_SHORT_RECENT U.S. Code short forms, as resolved: "such
     * sections 208 and 211" refers back to the sections 208 and 211 named
     * before, short or full, whatever title was cited since */
    struct sc_short_last recent_short[SC_SHORT_RECENT];
    unsigned nrecent_short;
    /* and the last SC_SHORT_RECENT full Act-section citations alone, however
     * many Code citations came since: "Section 244(a)(1)" after "§ 244(c)(2)
     * of the Immigration and Nationality Act, 8 U.S.C. § 1254(c)(2)" and four
     * other citations is the Act's, when the title has no such section in
     * force */
    struct sc_short_last recent_act[SC_SHORT_RECENT];
    unsigned nrecent_act;
} sc_short_state;

/** Forgets everything; takes the document's title from its name when it
 *  is named like an official Code file ("usc06.xml", "usc-35-209.txt",
 *  "USCODE-2011-title6", "title35.txt"). */
void sc_short_reset(sc_short_state *st, const char *docname);

/** The document states its own title ("TITLE 35—PATENTS" heading). */
void sc_short_set_doc_title(sc_short_state *st, const char *title);

/** Records @p c, just found, as the citation a later short form may refer
 *  back to. */
void sc_short_seen(sc_short_state *st, const sc_citation *c);

/** Whether a short form at document offset @p at could be resolved at all
 *  (a U.S. Code citation ends within reach before it -- the reach of
 *  "section N" when @p word, else of "§ N" -- or the document has a
 *  title): the scanner tries the short-form rules only then, which keeps
 *  them off the hot path of text that has no U.S. Code citation nearby. */
int sc_short_possible(const sc_short_state *st, uint64_t at, int word);

/**
 * Resolves the short form @p c (matched by a rule with a "short" group,
 * groups @p g; the "this" group set for "of this title") found in
 * buf[] (byte 0 at document offset @p base): fills its title (and, for
 * "Id." alone, section and subsections), form, antecedent, key.  For a
 * Statutes at Large pin page ("110 Stat. at 2033") only the form and
 * antecedent.  buf holds @p len bytes.  Returns 0, or -1 when nothing in
 * reach gives it a title, or it is another law's section (then it is not
 * reported).
 */
int sc_short_resolve(sc_short_state *st, sc_citation *c, const sc_groups *g,
                     const uint8_t *buf, uint64_t base, size_t len);

#endif
