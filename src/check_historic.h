/*
 * check_historic.h -- checks of laws before the 82nd Congress (chapter
 * citations, Public Law numbers of the 57th-81st Congress) against the tables
 * of ref_historic.h.  Findings go into sc_citation.diag[]; codes chapter-*
 * and hist-* in docs/checks.md.
 */
#ifndef SC_CHECK_HISTORIC_H
#define SC_CHECK_HISTORIC_H

#include "rules.h"
#include "scan.h"
#include "statcite.h"

/** Checks the @p n citations of one group (text around them in @p w, dates
 *  in it read with @p r's context.date through @p m): a Stat. citation with a
 *  chapter or date against the law on that page; a Public Law of the
 *  57th-81st Congress against its number series, the Stat. page and the
 *  date after it; a U.S. Code section found unknown against the former
 *  sections.  @p disabled_codes is ",code,code," (codes to skip) or "" --
 *  the form sc_doc_state keeps.  Owns nothing. */
void sc_check_historic(const char *disabled_codes, const sc_rules *r, sc_matcher *m,
                       const sc_window *w, sc_citation *group, int n);

#endif
