/*
 * linecount.h -- the line ends and form feeds of a span of bytes, counted
 * in one pass (the scanner's line/column cursor moves from one citation to
 * the next with it).  No allocation; pure function over byte pointers.
 */
#ifndef SC_LINECOUNT_H
#define SC_LINECOUNT_H

#include <stddef.h>
#include <stdint.h>

/** What sc_count_lines() found in [p, e). */
typedef struct sc_lines {
    size_t nl, cr, ff;       /* LF, CR and form-feed bytes                */
    const uint8_t *last_nl;  /* the last LF, or NULL when there is none   */
} sc_lines;

/** Counts the LF, CR and form-feed bytes of [p, e) (AVX2 when the CPU has
 *  it, SSE2 or plain C otherwise; the same result). */
void sc_count_lines(const uint8_t *p, const uint8_t *e, sc_lines *out);

#endif
