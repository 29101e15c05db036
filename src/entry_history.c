/*
 * entry_history.c -- the citations an entry gives as history (entry.h):
 * "(repealed)", "formerly classified to", "prior to its repeal" before a
 * U.S. Code citation or in the clause right after it; read on the first
 * sc_entry_historic() call.
 */
#include <string.h>
#ifdef __SSE2__
#include <immintrin.h>
#endif

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"

/* Phrases that cite a section or law as history, not as law in force, by
 * their first letter.  find_phrases() reads on only where one of the
 * first-letter pairs of its pairs[] begins: a phrase that begins with
 * another pair goes there too. */
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

/* Does a phrase begin at b[i], a word's first letter (phrases looked
 * for in b[from..to), read up to the entry's end)? */
static int phrase_at(const sc_entry *e, size_t i, size_t to)
{
    const uint8_t *b = e->w->buf;
    const char *const *p = historic_phrases[sc_tolower(b[i]) - 'a'];
    if (!p)
        return 0;
    uint8_t c1 = i + 1 < to ? sc_tolower(b[i + 1]) : 0,
            c2 = i + 2 < e->eo ? sc_tolower(b[i + 2]) : 0;
    for (; *p; p++) {
        /* (every phrase has three letters or more: the third compared
         * before the length is asked -- "repealed" is not "reclassified") */
        if ((uint8_t)(*p)[1] != c1 || (uint8_t)(*p)[2] != c2)
            continue;
        size_t len = strlen(*p), k = 0;
        if (i + len > e->eo)
            continue;
        while (k < len && sc_tolower(b[i + k]) == (uint8_t)(*p)[k])
            k++;
        if (k == len && (i + len == e->eo || !sc_isalpha(b[i + len])))
            return 1;
    }
    return 0;
}

/* Is b[i] a word's first letter (the entry's first byte counts as one)? */
static int word_start(const sc_entry *e, size_t i)
{
    const uint8_t *b = e->w->buf;
    return sc_isalpha(b[i]) && !(i > e->so && sc_isalpha(b[i - 1]));
}

#ifdef __SSE2__
/* The first two letters of every phrase (lower-cased). */
static const char pairs[][2] = { { 'a', 's' }, { 'b', 'e' }, { 'f', 'o' }, { 'o', 'm' },
                                 { 'p', 'r' }, { 'r', 'e' }, { 't', 'r' }, { 'w', 'a' } };

/* Bit k: one of the pairs (either case) begins at b[i + k], for the 32
 * bytes at b + i (AVX2; b[i + 32] is read too). */
__attribute__((target("avx2"))) static uint32_t pairs32_avx2(const uint8_t *b, size_t i)
{
    const __m256i lower = _mm256_set1_epi8(0x20);
    __m256i v0 = _mm256_or_si256(_mm256_loadu_si256((const __m256i *)(const void *)(b + i)), lower);
    __m256i v1 =
        _mm256_or_si256(_mm256_loadu_si256((const __m256i *)(const void *)(b + i + 1)), lower);
    __m256i hit = _mm256_setzero_si256();
    for (size_t q = 0; q < sizeof pairs / sizeof pairs[0]; q++) {
        __m256i c0 = _mm256_cmpeq_epi8(v0, _mm256_set1_epi8(pairs[q][0])),
                c1 = _mm256_cmpeq_epi8(v1, _mm256_set1_epi8(pairs[q][1]));
        hit = _mm256_or_si256(hit, _mm256_and_si256(c0, c1));
    }
    return (uint32_t)_mm256_movemask_epi8(hit);
}
#endif

/* Where the entry says "repealed", "formerly", ... in b[from..to): the
 * first @p max places, in order.  Every phrase's first two letters are
 * one of eight pairs: 32 bytes at a time (AVX2, when the CPU has it), then
 * 16 (SSE2), only the places where such a pair begins are read further. */
static int find_phrases(const sc_entry *e, size_t from, size_t to, size_t *at, int max)
{
    const uint8_t *b = e->w->buf;
    int n = 0;
    size_t i = from;
#ifdef __SSE2__
    if (__builtin_cpu_supports("avx2"))
        /* b[i + 1 .. i + 32] is read: within the window */
        for (; i + 32 <= to && i + 33 <= e->w->len && n < max; i += 32)
            for (uint32_t m = pairs32_avx2(b, i); m && n < max; m &= m - 1) {
                size_t k = i + (size_t)__builtin_ctz(m);
                if (word_start(e, k) && phrase_at(e, k, to))
                    at[n++] = k;
            }
    const __m128i lower = _mm_set1_epi8(0x20);
    /* b[i + 1 .. i + 16] is read: within the window */
    for (; i + 16 <= to && i + 17 <= e->w->len && n < max; i += 16) {
        __m128i v0 = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(b + i)), lower);
        __m128i v1 =
            _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(b + i + 1)), lower);
        __m128i hit = _mm_setzero_si128();
        for (size_t q = 0; q < sizeof pairs / sizeof pairs[0]; q++)
            hit = _mm_or_si128(hit, _mm_and_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8(pairs[q][0])),
                                                  _mm_cmpeq_epi8(v1, _mm_set1_epi8(pairs[q][1]))));
        for (unsigned m = (unsigned)_mm_movemask_epi8(hit); m && n < max; m &= m - 1) {
            size_t k = i + (size_t)__builtin_ctz(m);
            if (word_start(e, k) && phrase_at(e, k, to))
                at[n++] = k;
        }
    }
#endif
    for (; i < to && n < max; i++)
        if (word_start(e, i) && phrase_at(e, i, to))
            at[n++] = i;
    return n;
}

/* Is b[s..t) inside the struck text an amendment note quotes --
 * "substituted “section 3021 of title 38” for “... (5 U.S.C. 1071 and the
 * following)”", "struck out “section 56 of title 35”" -- a curly quotation
 * opened after "for", "out" or "striking" and not closed before it? */
static int struck_text(const sc_entry *e, size_t s, size_t t)
{
    static const char *const words[] = { "for", "out", "striking", NULL };
    const uint8_t *b = e->w->buf;
    size_t lim = s > e->so + 300 ? s - 300 : e->so;
    for (size_t at = s; at > lim;) {
        const uint8_t *m = memrchr(b + lim, 0xe2, at - lim);
        if (!m)
            return 0;
        size_t k = (size_t)(m - b) + 3; /* just past the mark */
        at = k - 3;
        if (k > s || b[k - 2] != 0x80)
            continue;
        if (b[k - 1] == 0x9d)
            return 0; /* a quotation closed before it */
        if (b[k - 1] != 0x9c)
            continue;
        /* the opening mark at k - 3: its closing one after the citation,
         * beginning within 300 bytes of it (and ending by the entry's end) */
        size_t hi = t + 302 < e->eo ? t + 302 : e->eo;
        int closed = hi > t && sc_find_text(b + t, hi - t, "\xe2\x80\x9d", 3) != NULL;
        if (!closed || !word_before_in(e, k - 3, words))
            return 0;
        /* which word, and what stands before it: "” for “" (after the
         * inserted text) or "substituted [in text] for “"; "struck out “";
         * "striking “" -- not "provides for “...”", a quotation of law */
        size_t w = k - 3;
        while (w > e->so && b[w - 1] == ' ')
            w--;
        if (w >= e->so + 8 && memcmp(b + w - 8, "striking", 8) == 0)
            return 1;
        size_t p = w >= e->so + 3 ? w - 3 : w; /* before "for" or "out" */
        while (p > e->so && b[p - 1] == ' ')
            p--;
        if (b[w - 1] == 't') /* "out" */
            return p >= e->so + 6 && memcmp(b + p - 6, "struck", 6) == 0;
        if (p >= e->so + 3 && b[p - 3] == 0xe2 && b[p - 2] == 0x80 && b[p - 1] == 0x9d)
            return 1;
        /* "substituted for", "substituted in text for" */
        size_t lo = p > e->so + 24 ? p - 24 : e->so;
        return p - lo >= 11 && memmem(b + lo, p - lo, "substituted", 11) != NULL;
    }
    return 0;
}

/* A U.S. Code citation is historic when its entry says so before it
 * (within HISTORIC_REACH bytes), or in the clause right after it (up to
 * ';' or the line's end, 40 bytes), or it is in the struck text an
 * amendment note quotes. */
#define HISTORIC_REACH 240u
static void mark_historic(sc_entry *e)
{
    e->historic_read = 1;
    sc_entry_need_bounds(e);
    const uint8_t *b = e->w->buf;
    size_t at[SC_ENTRY_DATES];
    size_t quote_at = SIZE_MAX; /* the entry's first curly opening quote, or eo */
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
        if (quote_at == SIZE_MAX) { /* the entry's first opening quote, once (its lead
                                     * byte found by memchr: rare in most text) */
            const uint8_t *qm = sc_find_text(b + e->so, e->eo - e->so, "\xe2\x80\x9c", 3);
            quote_at = qm ? (size_t)(qm - b) : e->eo;
        }
        if (n == 0 && quote_at == e->eo)
            return; /* no phrase and no quotation: nothing is history */
        if (quote_at < s && struck_text(e, s, t)) {
            e->historic[i] = 1;
            continue;
        }
        if (n == 0)
            continue;
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
