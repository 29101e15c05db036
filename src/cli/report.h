/*
 * report.h -- what --format html needs that the other formats do not: each
 * document's text, kept exactly as it is fed to the scanner (input.h's
 * tee), and its citations, until the document is done and goes to the
 * writer whole (sc_writer_put_document()).  Bounded: a document over
 * SC_REPORT_MAX_BYTES or SC_REPORT_MAX_CITES is refused with a message.
 */
#ifndef SC_CLI_REPORT_H
#define SC_CLI_REPORT_H

#include <stddef.h>

#include "statcite.h"

#define SC_REPORT_MAX_BYTES ((size_t)64 << 20) /* 64 MiB of text per document  */
#define SC_REPORT_MAX_CITES 50000u             /* citations per document       */

/** One document being collected. */
typedef struct sc_docbuf {
    const char *name;     /* for messages; not owned                    */
    unsigned char *bytes; /* the text as fed to the scanner             */
    size_t len, cap;
    sc_citation *cites;   /* its citations, in document order           */
    size_t n, ncap;
} sc_docbuf;

/** Starts document @p name (kept as a pointer): forgets the previous one's
 *  text and citations, keeps the memory. */
void sc_docbuf_clear(sc_docbuf *d, const char *name);

/** The tee of sc_input_opts: appends @p n bytes to the sc_docbuf @p user.
 *  Returns 0, or -1 (message printed) when the document is too large or
 *  memory runs out. */
int sc_docbuf_tee(const void *p, size_t n, void *user);

/** Appends a copy of citation @p c.  Returns 0, or -1 (message printed). */
int sc_docbuf_add(sc_docbuf *d, const sc_citation *c);

/** Frees what @p d holds (not @p d itself). */
void sc_docbuf_free(sc_docbuf *d);

#endif
