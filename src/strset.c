/*
 * strset.c -- the string set of strset.h.
 */
#include "strset.h"

#include <stdlib.h>
#include <string.h>

static size_t hash(const char *k, size_t n)
{
    size_t h = 5381;
    for (size_t i = 0; i < n; i++)
        h = h * 33 + (unsigned char)k[i];
    return h;
}

int sc_strset_add(sc_strset *set, const char *k, size_t n)
{
    if (set->n * 2 >= set->cap) {
        if (set->cap >= SC_STRSET_MAX)
            return 1;
        size_t nc = set->cap ? set->cap * 2 : 1024;
        char **t = calloc(nc, sizeof *t);
        if (!t)
            return 1;
        for (size_t i = 0; i < set->cap; i++)
            if (set->slot[i]) {
                size_t j = hash(set->slot[i], strlen(set->slot[i])) & (nc - 1);
                while (t[j])
                    j = (j + 1) & (nc - 1);
                t[j] = set->slot[i];
            }
        free(set->slot);
        set->slot = t;
        set->cap = nc;
    }
    size_t j = hash(k, n) & (set->cap - 1);
    for (; set->slot[j]; j = (j + 1) & (set->cap - 1))
        if (strncmp(set->slot[j], k, n) == 0 && set->slot[j][n] == '\0')
            return 0;
    if ((set->slot[j] = strndup(k, n)) != NULL)
        set->n++;
    return 1;
}

void sc_strset_free(sc_strset *set)
{
    for (size_t i = 0; i < set->cap; i++)
        free(set->slot[i]);
    free(set->slot);
    memset(set, 0, sizeof *set);
}
