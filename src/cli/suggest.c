/*
 * suggest.c -- the closest word for "did you mean" (see suggest.h).
 */
#include "suggest.h"

#include <string.h>

#define WMAX 64

/* Optimal-string-alignment distance between a[0..la) and b[0..lb). */
static size_t distance(const char *a, size_t la, const char *b, size_t lb)
{
    size_t d[WMAX + 1][WMAX + 1];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= la; i++)
        for (size_t j = 1; j <= lb; j++) {
            size_t cost = a[i - 1] != b[j - 1];
            size_t v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v)
                v = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < v)
                v = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    return d[la][lb];
}

int sc_suggest(const char *word, size_t len, const char *const *cands, const size_t *lens, int n)
{
    if (len == 0 || len > WMAX)
        return -1;
    int best = -1, prefix = -1, nprefix = 0;
    size_t bestd = (size_t)-1;
    for (int i = 0; i < n; i++) {
        size_t cl = lens ? lens[i] : strlen(cands[i]);
        if (cl > WMAX)
            continue;
        if (cl > len && memcmp(cands[i], word, len) == 0) {
            prefix = i;
            nprefix++;
        }
        size_t dd = distance(word, len, cands[i], cl);
        size_t longer = cl > len ? cl : len;
        size_t limit = longer / 3 ? longer / 3 : 1;
        if (dd <= limit && dd < bestd) {
            bestd = dd;
            best = i;
        }
    }
    if (best < 0 && nprefix == 1)
        return prefix;
    return best;
}
