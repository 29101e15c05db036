/*
 * normalize.h -- turns a rule match into an sc_citation: typed fields, the
 * FORMAT.md key, the Bluebook / Indigo Book written form and a link.
 */
#ifndef SC_NORMALIZE_H
#define SC_NORMALIZE_H

#include "rules.h"
#include "statcite.h"

/**
 * Fills @p c from a match of a rule of @p type over @p subj (whose byte 0 is
 * document offset @p base).  When @p head is not NULL the match is a list
 * item and inherits what it does not say (title, section, volume) from it.
 * Its key, canonical form and url are not built (left as they are: "" for
 * a head, its head's for a list item): sc_norm_finish() builds them, when
 * the citation's group is linked and only for those kept.  Returns 0, or
 * -1 when the match does not make a citation (a law number 0), or 1 when
 * it makes one for the checker alone (an Act's section no table
 * classifies, longer than its sections: SC_W_UNCLASSIFIED).
 */
int sc_norm_match(sc_citation *c, int type, const uint8_t *subj, uint64_t base,
                  const sc_groups *g, const sc_citation *head);

/** Folds p[0..n) like sc_lex_fold(..., SC_FOLD_DROP_SPACE) (dashes to
 *  '-', spaces dropped) into dst; text of only letters, digits and
 *  parentheses ("1357", "(g)(1)"), which folding leaves as it is, is copied
 *  without it.  Returns the length written. */
size_t sc_norm_fold(const uint8_t *p, size_t n, char *dst, size_t cap);

/** (Re)builds c->key, c->canonical and c->url from the fields. */
void sc_norm_finish(sc_citation *c);

/** Writes the ordinal of @p n ("108th", "1st", "112th") into @p out. */
void sc_norm_ordinal(int n, char *out, size_t cap);

/** The suffix of the ordinal of @p n: "st", "nd", "rd" or "th". */
const char *sc_norm_ord_suffix(int n);

/** Returns the bill type for a type as written ("H.R.", "House Joint
 *  Resolution", "S.CON.RES."), SC_BILL_NONE when unknown; sets
 *  *house_resolution when it was the "House Resolution" wording. */
sc_bill_type sc_norm_bill_type(const uint8_t *p, size_t n, int *house_resolution);

/** The Bluebook abbreviation of a bill type ("H.R.", "S. Con. Res."). */
const char *sc_norm_bill_abbrev(sc_bill_type b);

/** Replaces the last levels of a subsection path with an item's levels:
 *  "(5)(D)" + "(7)(I)" -> "(7)(I)"; "(a)(1)(i)" + "(ii)" -> "(a)(1)(ii)";
 *  the result is cut to @p cap bytes. */
void sc_norm_merge_sub(char *dst, size_t cap, const char *prev, const char *item);

/** Is @p ed ("1952 ed.", "1964 ed., Supp. V", "2006") an edition of the Code
 *  before the release points of 2013 -- the Code as it then was, which a
 *  list's items and the short forms after a citation inherit -- and not a
 *  current one ("2018")?  (Its first number: four digits, below 2013.) */
int sc_norm_old_edition(const char *ed);

/* Is the Statutes at Large list item @p item, which ends at buf[end] (of
 * @p len bytes), a year rather than a pin page: four digits that close a
 * parenthesis, a year of the laws its volume prints or one on either side
 * ("(102 Stat. 584, 585, 1988)"; not "(128 Stat. 1858, 1869)")? */
int sc_norm_stat_year_item(const sc_citation *item, const uint8_t *buf, size_t end, size_t len);

#endif
