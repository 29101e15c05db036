/*
 * chapter.h -- the chapter and date of a session law written before a
 * Statutes at Large citation ("Act of June 25, 1948, ch. 646, 62 Stat. 869"),
 * read with the grammar's context.chapter rule into sc_citation.chapter and
 * sc_citation.date.  Called by the scanner for every group.
 */
#ifndef SC_CHAPTER_H
#define SC_CHAPTER_H

#include "rules.h"
#include "scan.h"
#include "statcite.h"

/** Fills `chapter` and `date` of each Stat. citation of the @p n citations of
 *  @p group from the text before it in @p w (up to 200 bytes); leaves them 0
 *  when no chapter is written there.  Owns nothing; keeps no state. */
void sc_chapter_link(const sc_rules *r, sc_matcher *m, const sc_window *w, sc_citation *group,
                     int n);

/** The yyyymmdd date of the month, day and year groups of @p g (a match of
 *  context.chapter or context.date in @p b), or 0 when one is missing. */
int32_t sc_chapter_date_value(const uint8_t *b, const sc_groups *g);

#endif
