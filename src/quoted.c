/*
 * quoted.c -- an e-mail's quote marks blanked in place (quoted.h): each
 * line's start is found with memchr, so a text of long lines costs a
 * vector scan, not a byte loop.
 */
#include "quoted.h"

#include <string.h>

void sc_quote_reset(sc_quote_state *st) { st->bol = 1; }

/* From p[i], at a line's start (or in its blanks and marks): the marks
 * blanked up to the line's text.  Returns where the line's text begins,
 * or n when the bytes end first (st->bol stays 1: the next call goes on). */
static size_t marks(sc_quote_state *st, uint8_t *p, size_t i, size_t n)
{
    for (; i < n; i++) {
        uint8_t c = p[i];
        if (c == ' ' || c == '\t')
            continue;
        /* a mark, when a blank, another mark or the line's end follows (or
         * the bytes end: most marks come with their blank) */
        if (c == '>' && (i + 1 == n || p[i + 1] == ' ' || p[i + 1] == '>' || p[i + 1] == '\n' ||
                         p[i + 1] == '\r')) {
            p[i] = ' ';
            continue;
        }
        st->bol = 0;
        return i;
    }
    return n;
}

void sc_quote_filter(sc_quote_state *st, uint8_t *p, size_t n)
{
    size_t i = 0;
    if (st->bol && (i = marks(st, p, 0, n)) == n)
        return;
    for (;;) {
        const uint8_t *nl = memchr(p + i, '\n', n - i);
        if (!nl) {
            st->bol = 0;
            return;
        }
        i = (size_t)(nl - p) + 1;
        st->bol = 1;
        if (i == n || (i = marks(st, p, i, n)) == n)
            return;
    }
}
