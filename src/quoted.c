/*
 * quoted.c -- an e-mail's quote marks blanked in place (quoted.h): each
 * '>' is found with memchr (most texts have none, or few), and only those
 * at a line's start -- blanks and other marks before them back to the line
 * end -- are looked at further.
 */
#include "quoted.h"

#include <string.h>

void sc_quote_reset(sc_quote_state *st) { st->bol = 1; }

/* Does p[i] stand at a line's start: only blanks (and marks already
 * blanked) before it back to a line end, or back to the bytes' start when
 * the stream was at a line's start there (@p bol)? */
static int at_line_start(const uint8_t *p, size_t i, int bol)
{
    while (i > 0 && (p[i - 1] == ' ' || p[i - 1] == '\t'))
        i--;
    return i == 0 ? bol : p[i - 1] == '\n';
}

void sc_quote_filter(sc_quote_state *st, uint8_t *p, size_t n)
{
    if (n == 0)
        return;
    int bol = st->bol;
    for (const uint8_t *q = p; (q = memchr(q, '>', n - (size_t)(q - p))) != NULL; q++) {
        size_t i = (size_t)(q - p);
        /* a mark, when a blank, another mark or the line's end follows (or
         * the bytes end: most marks come with their blank) */
        if ((i + 1 == n || p[i + 1] == ' ' || p[i + 1] == '>' || p[i + 1] == '\n' ||
             p[i + 1] == '\r') &&
            at_line_start(p, i, bol))
            p[i] = ' ';
    }
    /* where the stream stands after these bytes: at a line's start when
     * only blanks (and blanked marks) follow the last line end */
    size_t k = n;
    while (k > 0 && (p[k - 1] == ' ' || p[k - 1] == '\t'))
        k--;
    st->bol = (uint8_t)(k == 0 ? bol : p[k - 1] == '\n');
}
