/*
 * linecount.c -- LF, CR and form feeds of a span in one vector pass (see
 * linecount.h).  It replaces three memchr() passes per citation, one of
 * them a call per line.
 */
#include "linecount.h"

#include <stdlib.h>
#include <string.h>

#if (defined(__x86_64__) || defined(__i386__)) && defined(__SSE2__)
#include <immintrin.h>
#define SC_X86 1
#endif

static void count_tail(const uint8_t *q, const uint8_t *e, sc_lines *o)
{
    for (; q < e; q++) {
        if (*q == '\n') {
            o->nl++;
            o->last_nl = q;
        } else if (*q == '\r') {
            o->cr++;
        } else if (*q == '\f') {
            o->ff++;
        }
    }
}

#ifdef SC_X86
/* Adds one block's masks (bit i: byte q[i] is \n, \r, \f). */
static inline __attribute__((always_inline)) void tally(sc_lines *o, const uint8_t *q, unsigned mn,
                                                        unsigned mr, unsigned mf)
{
    /* without a branch on mn: a line ends in every other block or so, at
     * random, and a mispredicted branch costs more than the block */
    uintptr_t last = (uintptr_t)(q + 31 - __builtin_clz(mn | 1)), keep = (uintptr_t)0 - (mn != 0);
    o->nl += (size_t)__builtin_popcount(mn);
    o->last_nl = (const uint8_t *)((last & keep) | ((uintptr_t)o->last_nl & ~keep));
    o->cr += (size_t)__builtin_popcount(mr);
    o->ff += (size_t)__builtin_popcount(mf);
}

/* The sum of the 32 byte counters of a (each at most 255). */
__attribute__((target("avx2"))) static inline size_t hsum_avx2(__m256i a)
{
    __m256i s = _mm256_sad_epu8(a, _mm256_setzero_si256()); /* four 64-bit sums */
    __m128i t = _mm_add_epi64(_mm256_castsi256_si128(s), _mm256_extracti128_si256(s, 1));
    return (size_t)(_mm_cvtsi128_si64(t) + _mm_extract_epi64(t, 1));
}

/* Each byte of 32 counted in byte counters (a match is -1: subtracted),
 * added up every 255 blocks, before one can overflow: no mask, popcount or
 * branch a block.  The last LF is looked for once, from the end. */
__attribute__((target("avx2"))) static void count_avx2(const uint8_t *q, const uint8_t *e,
                                                       sc_lines *out)
{
    sc_lines t = *out, *o = &t;
    const uint8_t *p0 = q;
    const __m256i vn = _mm256_set1_epi8('\n'), vr = _mm256_set1_epi8('\r'),
                  vf = _mm256_set1_epi8('\f');
    while (e - q >= 32) {
        size_t k = (size_t)(e - q) / 32;
        if (k > 255)
            k = 255;
        __m256i an = _mm256_setzero_si256(), ar = an, af = an;
        for (; k > 0; k--, q += 32) {
            __m256i x = _mm256_loadu_si256((const __m256i *)q);
            an = _mm256_sub_epi8(an, _mm256_cmpeq_epi8(x, vn));
            ar = _mm256_sub_epi8(ar, _mm256_cmpeq_epi8(x, vr));
            af = _mm256_sub_epi8(af, _mm256_cmpeq_epi8(x, vf));
        }
        o->nl += hsum_avx2(an);
        if (!_mm256_testz_si256(ar, ar)) /* CR and form feeds are rare */
            o->cr += hsum_avx2(ar);
        if (!_mm256_testz_si256(af, af))
            o->ff += hsum_avx2(af);
    }
    if (q > p0 && o->nl > 0) { /* the last LF of the blocks: in the last few */
        for (const uint8_t *b = q;;) { /* (q - p0 is a multiple of 32) */
            b -= 32;
            unsigned m = (unsigned)_mm256_movemask_epi8(
                _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)b), vn));
            if (m) {
                o->last_nl = b + 31 - __builtin_clz(m);
                break;
            }
        }
    }
    if (q < e && e - p0 >= 32) { /* the last block ends at e: its bytes before q were counted */
        const uint8_t *b = e - 32;
        unsigned keep = ~0u << (unsigned)(q - b);
        __m256i x = _mm256_loadu_si256((const __m256i *)b);
        unsigned mn = (unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, vn)) & keep;
        unsigned mr = (unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, vr)) & keep;
        unsigned mf = (unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, vf)) & keep;
        tally(o, b, mn, mr, mf);
        *out = t;
        return;
    }
    count_tail(q, e, o);
    *out = t;
}

static void count_sse2(const uint8_t *q, const uint8_t *e, sc_lines *out)
{
    sc_lines t = *out, *o = &t;
    const __m128i vn = _mm_set1_epi8('\n'), vr = _mm_set1_epi8('\r'), vf = _mm_set1_epi8('\f');
    for (; e - q >= 16; q += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)q);
        unsigned mn = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, vn));
        unsigned mr = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, vr));
        unsigned mf = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, vf));
        tally(o, q, mn, mr, mf);
    }
    count_tail(q, e, o);
    *out = t;
}
#endif

void sc_count_lines(const uint8_t *p, const uint8_t *e, sc_lines *out)
{
    out->nl = out->cr = out->ff = 0;
    out->last_nl = NULL;
#ifdef SC_X86
    /* decided once (a benign race: every thread stores the same value);
     * STATCITE_SCAN=sse2|ssse3|scalar forces one, as for the trigger scan */
    static int impl = -1;
    int a = __atomic_load_n(&impl, __ATOMIC_RELAXED);
    if (a < 0) {
        const char *force = getenv("STATCITE_SCAN");
        __builtin_cpu_init();
        a = __builtin_cpu_supports("avx2") ? 2 : 1;
        if (force && (strcmp(force, "sse2") == 0 || strcmp(force, "ssse3") == 0))
            a = 1;
        else if (force && strcmp(force, "scalar") == 0)
            a = 0;
        __atomic_store_n(&impl, a, __ATOMIC_RELAXED);
    }
    if (a == 2)
        count_avx2(p, e, out);
    else if (a == 1)
        count_sse2(p, e, out);
    else
        count_tail(p, e, out);
#else
    count_tail(p, e, out);
#endif
}
