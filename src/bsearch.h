/*
 * bsearch.h -- the one binary search over a sorted run of int32 keys that
 * the generated indexes share (a volume's pages in refdata.c and in
 * ref_historic.c, a volume's chapters).  Pure; no allocation.
 */
#ifndef SC_BSEARCH_H
#define SC_BSEARCH_H

#include <stdint.h>

/* The first index in [lo, hi) whose key is not below @p v (hi when none):
 * key[lo..hi) must be sorted. */
static inline int sc_lower_bound_i32(const int32_t *key, int lo, int hi, int32_t v)
{
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (key[mid] < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

#endif
