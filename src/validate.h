/*
 * validate.h -- the checker: each citation against the reference tables
 * (refdata.c) and against the other citations of its group (one sentence or
 * list item) and of its document.  Findings go into sc_citation.diag[].
 * Codes and their meaning: docs/checks.md.
 */
#ifndef SC_VALIDATE_H
#define SC_VALIDATE_H

#include "scan.h"
#include "statcite.h"

/** What the checker remembers about one document (bills and laws seen). */
typedef struct sc_doc_state sc_doc_state;

sc_doc_state *sc_doc_state_new(const sc_options *opt);
void sc_doc_state_free(sc_doc_state *d);
void sc_doc_state_reset(sc_doc_state *d);

/** Checks the @p n citations of one group, in document order; @p w holds
 *  the text around them; @p r and @p m find dates and Act names in it. */
void sc_check_group(sc_doc_state *d, const sc_rules *r, sc_matcher *m, const sc_window *w,
                    sc_citation *group, int n);

#endif
