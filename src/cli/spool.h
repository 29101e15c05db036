/*
 * spool.h -- a spool holds one input's records, formatted by a batch thread
 * (batch.c), until every earlier input is out and they can be copied to the
 * output in order.  Its bytes stay in memory while the batch's one memory
 * budget allows (SC_SPOOL_BUDGET for all spools together, kept by the batch's
 * store of pieces for reuse), the rest go to an
 * unlinked temporary file made only when needed.  A spool, and the FILE that
 * writes into it, belong to one thread at a time.
 *
 * BibTeX spools hold framed records: the record's key (its length, its
 * bytes), then the record (its length, its bytes), so that the copy can keep
 * only the records whose key is new to the run.
 */
#ifndef SC_CLI_SPOOL_H
#define SC_CLI_SPOOL_H

#include <stddef.h>
#include <stdio.h>

#include "strset.h"

#define SC_SPOOL_BUDGET (16u << 20) /* memory for all spools' in-memory parts: at   *
                                   * 4 MiB, -j 2 on the bench batch spilled   *
                                   * some 4,000 writes to temporary files    */

typedef struct sc_spool sc_spool;

/** The memory of a batch's spools: pieces handed out up to SC_SPOOL_BUDGET
 *  in all and kept, when a spool gives them back, for the next (any thread
 *  may take and give).  NULL when out of memory. */
typedef struct sc_spool_store sc_spool_store;
sc_spool_store *sc_spool_store_new(void);

/** Frees the store and the pieces given back to it (NULL is fine); every
 *  spool taking from it must be freed first. */
void sc_spool_store_free(sc_spool_store *st);

/** A new, empty spool whose memory comes from @p store; NULL when out of
 *  memory. */
sc_spool *sc_spool_new(sc_spool_store *store);

/** A stdio stream that appends to the spool (without stdio's per-call lock:
 *  one thread's); close it with fclose() before copying.  NULL on failure. */
FILE *sc_spool_open(sc_spool *sp);

/** Copies everything written to @p out; returns 0 or an errno. */
int sc_spool_copy(sc_spool *sp, FILE *out);

/** Copies a spool of framed BibTeX records to @p out, keeping a record only
 *  when sc_strset_add() says its key is new to @p keys; 0 or an errno. */
int sc_spool_copy_new(sc_spool *sp, FILE *out, sc_strset *keys);

/** Empties the spool for reuse, giving its memory back to the store;
 *  nonzero when it cannot be reused (free it). */
int sc_spool_reset(sc_spool *sp);

/** Frees the spool (NULL is fine) and gives its memory back to the store. */
void sc_spool_free(sc_spool *sp);

/**
 * Passes on one BibTeX record just written to the memory stream @p rec
 * (open_memstream(@p buf, @p size)): to @p to as a frame, or, when @p keys
 * is given (the input next in order, written straight out), to @p to itself
 * if its key is new to @p keys.  Empties @p rec.  Returns 0 or -1.
 */
int sc_spool_put_record(FILE *rec, char *const *buf, const size_t *size, sc_strset *keys,
                        FILE *to);

#endif
