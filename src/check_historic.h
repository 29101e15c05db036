/*
 * check_historic.h -- checks of laws before the 82nd Congress (chapter
 * citations, Public Law numbers of the 57th-81st Congress) against the tables
 * of ref_historic.h.  Findings go into sc_citation.diag[]; codes chapter-*
 * and hist-* in docs/checks.md.
 */
#ifndef SC_CHECK_HISTORIC_H
#define SC_CHECK_HISTORIC_H

#include "scan.h"
#include "statcite.h"
#include "validate.h"

/** Checks the @p n citations of one group (text around them in @p w): a
 *  Stat. citation with a chapter or date against the law on that page; a
 *  Public Law of the 57th-81st Congress against its number series and the
 *  Stat. page after it.  Findings go through sc_emit() of the document
 *  state @p disabled_codes.  Owns nothing. */
void sc_check_historic(sc_doc_state *disabled_codes, const sc_window *w, sc_citation *group, int n);

#endif
