/*
 * entry_history.c -- the citations an entry gives as history (entry.h):
 * "(repealed)", "formerly classified to", "prior to its repeal" before a
 * U.S. Code citation or in the clause right after it; read on the first
 * sc_entry_historic() call.
 */
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"

/* Phrases that cite a section or law as history, not as law in force, by
 * their first letter. */
static const char *const hist_a[] = { "as in effect before", "as in effect prior", NULL };
static const char *const hist_b[] = { "before its repeal", "before repeal", NULL };
static const char *const hist_f[] = { "formerly classified", "formerly set out", "formerly",
                                      "former section", "former sections", NULL };
static const char *const hist_o[] = { "omitted", NULL };
static const char *const hist_p[] = { "prior to its repeal", "prior to repeal", NULL };
static const char *const hist_r[] = { "repealed", "repealing", "repeals", "repeal of",
                                      "renumbered", "reclassified", "redesignated", NULL };
static const char *const hist_t[] = { "transferred", NULL };
static const char *const hist_w[] = { "was repealed", NULL };
static const char *const *const historic_phrases[26] = {
    ['a' - 'a'] = hist_a, ['b' - 'a'] = hist_b, ['f' - 'a'] = hist_f, ['o' - 'a'] = hist_o,
    ['p' - 'a'] = hist_p, ['r' - 'a'] = hist_r, ['t' - 'a'] = hist_t, ['w' - 'a'] = hist_w
};

/* Where the entry says "repealed", "formerly", ... in b[from..to): one
 * pass, word by word, the first @p max places. */
static int find_phrases(const sc_entry *e, size_t from, size_t to, size_t *at, int max)
{
    const uint8_t *b = e->w->buf;
    int n = 0;
    for (size_t i = from; i < to && n < max; i++) {
        if (!sc_isalpha(b[i]))
            continue;
        const char *const *p = historic_phrases[sc_tolower(b[i]) - 'a'];
        if (p && !(i > e->so && sc_isalpha(b[i - 1]))) {
            uint8_t c1 = i + 1 < to ? sc_tolower(b[i + 1]) : 0;
            for (; *p; p++) {
                if ((uint8_t)(*p)[1] != c1)
                    continue;
                size_t len = strlen(*p), k = 0;
                if (i + len > e->eo)
                    continue;
                while (k < len && sc_tolower(b[i + k]) == (uint8_t)(*p)[k])
                    k++;
                if (k == len && (i + len == e->eo || !sc_isalpha(b[i + len]))) {
                    at[n++] = i;
                    break;
                }
            }
        }
        while (i + 1 < to && sc_isalpha(b[i + 1]))
            i++; /* the rest of the word */
    }
    return n;
}

/* A U.S. Code citation is historic when its entry says so before it
 * (within HISTORIC_REACH bytes), or in the clause right after it (up to
 * ';' or the line's end, 40 bytes). */
#define HISTORIC_REACH 240u
static void mark_historic(sc_entry *e)
{
    e->historic_read = 1;
    if (e->bounds_pending) {
        sc_ctx_entry_bounds(e->w, e->first, e->last, SC_ENTRY_REACH, &e->so, &e->eo);
        e->bounds_pending = 0;
    }
    const uint8_t *b = e->w->buf;
    size_t at[SC_ENTRY_DATES];
    int n = -1;
    for (int i = 0; i < e->n; i++) {
        size_t s, t;
        if (e->c[i].type != SC_USC || !sc_entry_span(e->w, &e->c[i], &s, &t))
            continue;
        if (n < 0) {
            size_t last = t;
            for (int j = i; j < e->n; j++) {
                size_t s2, t2;
                if (sc_entry_span(e->w, &e->c[j], &s2, &t2) && t2 > last)
                    last = t2;
            }
            size_t from = s > e->so + HISTORIC_REACH ? s - HISTORIC_REACH : e->so;
            size_t to = last + 40 < e->eo ? last + 40 : e->eo;
            n = find_phrases(e, from, to, at, SC_ENTRY_DATES);
        }
        if (n == 0)
            return;
        size_t to = t + 40 < e->eo ? t + 40 : e->eo;
        size_t k = t;
        while (k < to && b[k] != '\n' && b[k] != ';')
            k++;
        for (int j = 0; j < n; j++)
            if ((at[j] < s && s - at[j] <= HISTORIC_REACH) || (at[j] >= t && at[j] < k))
                e->historic[i] = 1;
    }
}

int sc_entry_historic(sc_entry *e, int i)
{
    if (!e->historic_read)
        mark_historic(e);
    return e->historic[i];
}
