/*
 * check_historic.h -- checks of laws before the 82nd Congress (chapter
 * citations, Public Law numbers of the 57th-81st Congress) against the tables
 * of ref_historic.h.  Findings go into sc_citation.diag[]; codes chapter-*
 * and hist-* in docs/checks.md.
 */
#ifndef SC_CHECK_HISTORIC_H
#define SC_CHECK_HISTORIC_H

#include "entry.h"
#include "ref_historic.h"
#include "scan.h"
#include "statcite.h"
#include "validate.h"

/** Checks the citations of entry @p e (entry.h): a Stat. citation with a
 *  chapter or date against the law on that page; a Public Law of the
 *  57th-81st Congress against its number series, its Stat. page and the
 *  date the entry gives it; a U.S. Code section found unknown against the
 *  former sections.  Findings go through sc_emit() of @p d.  Owns nothing. */
void sc_check_historic(sc_doc_state *d, sc_entry *e);

/** A U.S. Code citation @p c that the checker found unknown (or in an
 *  appendix eliminated before 2013) and that the Code's notes name as a
 *  former section: the finding becomes usc-section-former, a note saying
 *  when and by what it left the Code, where it went, and whether it was in
 *  force on the date the document is read as of (d->as_of).  check_former.c;
 *  owns nothing. */
void sc_check_former(sc_doc_state *d, sc_citation *c);

/** The one Act of the 1st-81st Congresses that Stat. citation @p c names
 *  by its chapter: of that chapter number in its volume, the one holding
 *  its page; NULL when none does, or two do. */
const sc_hist_law *sc_hist_cited_chapter(const sc_citation *c);

/** The Stat. citation @p ci of entry @p e, of chapter @p ch that the
 *  grammar did not join to it ("(ch. 37; 9 Stat. 597)") and dated @p date
 *  (yyyymmdd, 0: none): checked as a chapter citation is -- the chapter,
 *  its page and date one law (chapter-*).  Owns nothing. */
void sc_check_hist_chapter(sc_doc_state *d, const sc_entry *e, int ci, int ch, int32_t date);

/** A Stat. citation @p c of page @p p of volume @p v, no chapter, that the
 *  entry dates @p date (yyyymmdd) as its law's: a law of that date must hold
 *  the page (chapter-date; the fix the one act of that date in the volume);
 *  for volume 65 on, a law of the 82nd-84th Congress that begins on the
 *  page must have that date.  The law entry @p e (NULL: none) names by
 *  its Act's name is the one that begins on the page, even where a law of
 *  that date ends on it.  Owns nothing. */
void sc_check_hist_act_date(sc_doc_state *d, const sc_entry *e, sc_citation *c, int v, int p,
                            int32_t date);

/** Is the date of @p l (ref_historic.h) one to rely on: inside its
 *  Congress's term, confirmed by a second source, undisputed? */
int sc_hist_date_sure(const sc_hist_law *l);

/** The date (yyyymmdd) of Public Law @p congress-@p number of the 57th-81st
 *  Congress when one law bears the number and its date is sure
 *  (sc_hist_date_sure()); 0 otherwise. */
int32_t sc_hist_public_law_date(int congress, int number);

#endif
