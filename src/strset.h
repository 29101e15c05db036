/*
 * strset.h -- a set of strings (open addressing, djb2 hash), for
 * "written once" bookkeeping: the BibTeX writer's keys, and the keys a
 * BibTeX batch has written (src/cli/batch.c).  The set owns copies of its
 * strings; an all-zero sc_strset is empty.
 */
#ifndef SC_STRSET_H
#define SC_STRSET_H

#include <stddef.h>

#define SC_STRSET_MAX (1u << 20) /* slots; past half of them, every key is new */

typedef struct sc_strset {
    char **slot;
    size_t n, cap;
} sc_strset;

/** Adds the @p n bytes at @p k; returns 1 when they were not in the set
 *  (also when the set is full or out of memory: then nothing is kept, and a
 *  caller writes a repeat rather than lose a record), 0 when they were. */
int sc_strset_add(sc_strset *set, const char *k, size_t n);

/** Frees the strings and the table; the set is empty again. */
void sc_strset_free(sc_strset *set);

#endif
