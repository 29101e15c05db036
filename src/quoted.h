/*
 * quoted.h -- an e-mail's quoted lines read as their text: the quote marks
 * that open each line ("> ", "> > ", ">>") are blanked in place, so that a
 * citation or a sentence a quoted line wraps ("> the Act (Pub. L." / "> 98-209,
 * 98 Stat. 1393) was signed") reads across the line end as unquoted text
 * does.  Same length in, same length out: offsets, lines and columns stay
 * those of the input.
 */
#ifndef SC_QUOTED_H
#define SC_QUOTED_H

#include <stddef.h>
#include <stdint.h>

/** Where a plain-text stream stands between calls of sc_quote_filter(). */
typedef struct sc_quote_state {
    uint8_t bol; /* 1: at a line's start (or in its blanks and quote marks) */
} sc_quote_state;

/** Resets @p st for a new document: at a line's start. */
void sc_quote_reset(sc_quote_state *st);

/** Blanks, in the @p n bytes at @p p (the next bytes of the stream), every
 *  '>' that stands at a line's start, after blanks or other such '>' alone,
 *  and is followed by a blank, another '>' or the line's end -- or by the
 *  end of the @p n bytes (the next call cannot unblank it: ">=5" split
 *  after its '>' loses the '>'; the scanner feeds 8 KiB at a time). */
void sc_quote_filter(sc_quote_state *st, uint8_t *p, size_t n);

#endif
