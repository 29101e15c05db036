/*
 * check_historic.h -- checks of laws before the 82nd Congress (chapter
 * citations, Public Law numbers of the 57th-81st Congress) against the tables
 * of ref_historic.h.  Findings go into sc_citation.diag[]; codes chapter-*
 * and hist-* in docs/checks.md.
 */
#ifndef SC_CHECK_HISTORIC_H
#define SC_CHECK_HISTORIC_H

#include "entry.h"
#include "scan.h"
#include "statcite.h"
#include "validate.h"

/** Checks the citations of entry @p e (entry.h): a Stat. citation with a
 *  chapter or date against the law on that page; a Public Law of the
 *  57th-81st Congress against its number series, its Stat. page and the
 *  date the entry gives it; a U.S. Code section found unknown against the
 *  former sections.  Findings go through sc_emit() of @p d.  Owns nothing. */
void sc_check_historic(sc_doc_state *d, sc_entry *e);

#endif
