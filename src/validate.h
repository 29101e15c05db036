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

/*
 * A group of citations (one sentence or list item, in document order) is
 * checked in two steps, for a run of up to SC_CHECK_AHEAD groups: the
 * groups' entries are read (and their facts reconciled with the tables)
 * into slots, then the slots are checked.  The reading goes a stage at a
 * time over the whole run -- the ends, the facts, the ties -- so that a
 * stage's code stays in cache while it reads every group (the reader's
 * code is far larger than the cache; each entry read whole in turn would
 * fetch all of it again).  The reading needs nothing of the document's
 * state; the checks (which do use and change it) then run group by group
 * in document order.  Between the two steps a slot's group, and the
 * window @p w, must stay where they are.
 */
#define SC_CHECK_AHEAD 32

/** Reads the entries of a run of @p nslots groups (at most SC_CHECK_AHEAD),
 *  group k @p groups[k][0..ns[k]), into slots 0..nslots-1: @p w holds the
 *  text around them, @p r and @p m find dates and Act names in it.  0, or
 *  -1 when out of memory (the groups are then not checked: sc_check_run()
 *  does nothing). */
int sc_check_read_run(sc_doc_state *d, const sc_rules *r, sc_matcher *m, const sc_window *w,
                      sc_citation *const *groups, const int *ns, int nslots);

/** Runs every check on the entries read into slots 0..nslots-1 by
 *  sc_check_read_run(), an entry at a time in document order. */
void sc_check_run(sc_doc_state *d, int nslots);

/** After sc_check_run(): the Acts named alone @p v[0..nv) that the group
 *  of @p slot held besides its citations (read apart from them), each
 *  checked when it stands in a string citation's item of its own. */
void sc_check_slot_names(sc_doc_state *d, int slot, sc_citation *v, int nv);

#endif
