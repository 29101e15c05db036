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
 * checked in two steps, for a run of groups: each group's entry is read
 * (and its facts reconciled with the tables) into a slot, for up to
 * SC_CHECK_AHEAD groups, then each slot is checked in document order.  The
 * reading needs nothing of the document's state, so the entry reader runs
 * for every group of the run in turn, its code in cache, and then the
 * checks (which do use and change that state) group by group.  Between the
 * two steps a slot's group, and the window @p w, must stay where they are.
 */
#define SC_CHECK_AHEAD 16

/** Reads the entry of the group @p group[0..n) into slot @p slot
 *  (0 <= slot < SC_CHECK_AHEAD): @p w holds the text around it, @p r and
 *  @p m find dates and Act names in it.  0, or -1 when out of memory (the
 *  group is then not checked: sc_check_slot() does nothing for that slot). */
int sc_check_read(sc_doc_state *d, int slot, const sc_rules *r, sc_matcher *m,
                  const sc_window *w, sc_citation *group, int n);

/** Runs every check on the entry read into @p slot. */
void sc_check_slot(sc_doc_state *d, int slot);

/** After sc_check_slot(): the Acts named alone @p v[0..nv) that the group
 *  of @p slot held besides its citations (read apart from them), each
 *  checked when it stands in a string citation's item of its own. */
void sc_check_slot_names(sc_doc_state *d, int slot, sc_citation *v, int nv);

#endif
