/*
 * byname.c -- laws cited by their Act's name alone (byname.h): where a name
 * stands in text, and the one law the tables give it.
 */
#include "byname.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <immintrin.h>
#endif

#include "act_norm.h"
#include "act_tables.h"
#include "check.h"
#include "cite.h"
#include "ctype.h"
#include "lexer.h"
#include "normalize.h"
#include "ref_acts.h"
#include "refdata.h"

/* A byte of a name's word: letters, digits and what joins them ("Owners’",
 * "Reagan-Udall", "U.S.", "$1"), and the bytes of UTF-8 quotes (one table
 * lookup). */
static inline int word_byte(uint8_t ch)
{
    static const uint8_t in_word[256] = { ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1,
                                          ['-'] = 1, ['\''] = 1, ['"'] = 1, ['&'] = 1, ['.'] = 1,
                                          ['/'] = 1, ['$'] = 1, [0x80 ... 0xff] = 1 };
    return in_word[ch];
}

/* The two, three or four bytes at w as one number, as the compilers read
 * them (connector()'s words compared so, with no call). */
#define BN_W2(w) ((uint32_t)(w)[0] | (uint32_t)(w)[1] << 8)
#define BN_W3(w) (BN_W2(w) | (uint32_t)(w)[2] << 16)
#define BN_W4(w) (BN_W3(w) | (uint32_t)(w)[3] << 24)

/* The words that join a name's capitalized words, by length: each word
 * compared only with those of its length, as one number (name_start()
 * asks of every word before an "Act"). */
static int connector(const uint8_t *b, size_t ws, size_t we)
{
    const uint8_t *w = b + ws;
    uint32_t v;
    switch (we - ws) {
    case 1:
        return w[0] == '&' || w[0] == 'a';
    case 2:
        v = BN_W2(w);
        return v == BN_W2("of") || v == BN_W2("to") || v == BN_W2("on") || v == BN_W2("by") ||
               v == BN_W2("at") || v == BN_W2("in") || v == BN_W2("an");
    case 3:
        v = BN_W3(w);
        return v == BN_W3("and") || v == BN_W3("the") || v == BN_W3("for");
    case 4:
        v = BN_W4(w);
        return v == BN_W4("with") || v == BN_W4("from");
    case 7:
        return memcmp(w, "against", 7) == 0;
    default:
        return 0;
    }
}

/* Does the word b[ws..we) begin with a capital (after an opening quote), a
 * digit or a byte of another script? */
static int capitalized(const uint8_t *b, size_t ws, size_t we)
{
    size_t q = ws;
    if (q + 3 < we && b[q] == 0xe2 && b[q + 1] == 0x80 && (b[q + 2] == 0x9c || b[q + 2] == 0x98))
        q += 3;
    else if (q + 1 < we && b[q] == '"')
        q++;
    return sc_isupper(b[q]) || sc_isdigit(b[q]) || (b[q] >= 0x80 && b[q] != 0xe2);
}

/* The length of the quote the word b[ws..we) opens with (U+201C, U+2018:
 * 3; '"': 1), 0 for none. */
static size_t quote_len(const uint8_t *b, size_t ws, size_t we)
{
    if (ws + 3 < we && b[ws] == 0xe2 && b[ws + 1] == 0x80 && (b[ws + 2] == 0x9c || b[ws + 2] == 0x98))
        return 3;
    return ws + 1 < we && b[ws] == '"';
}

/* Does the word b[ws..we) open with a quote (U+201C, U+2018, '"')? */
static int opens_quote(const uint8_t *b, size_t ws, size_t we)
{
    return quote_len(b, ws, we) > 0;
}

/* Does a closing quote (U+201D, U+2019 not between letters, '"') stand in
 * b[from..to)? */
static int closes_quote_in(const uint8_t *b, size_t from, size_t to)
{
    for (size_t q = from; q < to; q++)
        if (b[q] == '"' || (b[q] == 0xe2 && q + 2 < to && b[q + 1] == 0x80 &&
                            (b[q + 2] == 0x9d ||
                             (b[q + 2] == 0x99 && !(q + 3 < to && sc_isalpha(b[q + 3]))))))
            return 1;
    return 0;
}

int sc_byname_wrapped_line(const uint8_t *b, size_t lo, size_t nl)
{
    size_t ls = nl;
    while (ls > lo && b[ls - 1] != '\n' && nl - ls < 60)
        ls--;
    if (nl - ls < 60)
        return 0;
    for (size_t q = nl; q > nl - 20; q--)
        if (b[q - 1] == ' ')
            return 1;
    return 0;
}

/* The name's first byte, reading back from the "Act" at b[p], or p when no
 * capitalized word stands before it; with @p first_cap, the first
 * capitalized word read (the nearest the "Act"), or p: the walk stops
 * there, which is enough to tell whether there is a name. */
static size_t name_start(const uint8_t *b, size_t lo, size_t p, int across_the, int first_cap)
{
    size_t first = p, k = p;
    int words = 0, last_cap = 1; /* "Act" is capitalized */
    int last_the = 0;            /* the word read last is "the" */
    size_t floor = p > lo + 240 ? p - 240 : lo;
    while (k > floor && words < 24) {
        size_t q = k;
        while (q > floor && b[q - 1] == ' ')
            q--;
        /* a name prose wrapped at a fixed width goes on across the line's
         * end, a word before it and a capital after ("the Violence
         * Against\nWomen Reauthorization Act") -- not a heading's */
        if (q == k && q > floor + 2 && b[q - 1] == '\n' && sc_isupper(b[k])) {
            size_t nl = q - 1, r = nl > floor && b[nl - 1] == '\r' ? nl - 1 : nl;
            if (r > floor && sc_isalpha(b[r - 1]) && sc_byname_wrapped_line(b, floor, r))
                q = r;
        }
        if (q == k || q == floor)
            break;
        if (b[q - 1] == ',') {
            /* "Food, Agriculture, Conservation, and Trade Act": a comma
             * before a capitalized word or "and" -- not before "the"
             * ("..., the X Act": the name begins after it) */
            if (!last_cap && !(across_the && last_the && q >= floor + 2 && sc_isalpha(b[q - 2])))
                break; /* (across ", the " when asked: a name that lists its
                        * parts, "... Justice, the Judiciary, and ... Act") */
            if (!last_cap)
                across_the = 0; /* (once) */
            q--;
            while (q > floor && b[q - 1] == ' ')
                q--;
        }
        size_t ws = q;
        while (ws > floor && word_byte(b[ws - 1]))
            ws--;
        if (ws == q)
            break;
        if (sc_ctx_tag_word(b, floor, ws, q))
            break; /* a tagged export's field tag: "%T Military Justice Act of 1983" */
        if (b[q - 1] == '.' && q - ws - quote_len(b, ws, q) > 4)
            break; /* a sentence's end ("... by President Ford. The X Act") -- not
                    * initials ("U.S.", "K.") nor a title ("“Dr. Benjy Frances
                    * Brooks ... Act”": its opening quote not counted) */
        if (sc_isdigit(b[ws]) && ws > floor &&
            (b[ws - 1] == '^' || b[ws - 1] == '[' || (b[ws - 1] == '.' && ws - 1 > floor && b[ws - 2] == 'n')))
            break; /* a note's marker: "^101 Treasury-Post Office Appropriation Act, 1956" */
        if (capitalized(b, ws, q)) {
            if (first_cap)
                return ws;
            first = ws;
            last_cap = 1;
            last_the = 0;
            if (opens_quote(b, ws, q) && !closes_quote_in(b, ws + quote_len(b, ws, q), p))
                break; /* the name's opening quote: "See “X Act of 2006”" (not a
                        * word quoted whole inside it: "Edward ‘Ted’ Kaufman ... Act") */
        } else if (connector(b, ws, q)) {
            last_cap = q - ws == 3 && memcmp(b + ws, "and", 3) == 0;
            last_the = q - ws == 3 && memcmp(b + ws, "the", 3) == 0;
        } else {
            break;
        }
        words++;
        k = ws;
    }
    return first;
}

#if defined(__SSE2__)
/* find_act() 32 bytes at a time (64 while both blocks lie before @p to:
 * the text between citations, most of a document, is read so).  The
 * vectors find "Ac" (in text, nine in ten of them begin "Act"); the 't'
 * after each is looked at alone. */
__attribute__((target("avx2"))) static size_t find_act_avx2(const uint8_t *b, size_t p, size_t to,
                                                            size_t lim)
{
    const __m256i A = _mm256_set1_epi8('A'), C = _mm256_set1_epi8('c');
    for (; p + 64 <= to && p + 66 <= lim; p += 64) { /* no "Ac" in b[p..p + 64): on */
        __m256i x0 = _mm256_loadu_si256((const __m256i *)(const void *)(b + p));
        __m256i x1 = _mm256_loadu_si256((const __m256i *)(const void *)(b + p + 1));
        __m256i y0 = _mm256_loadu_si256((const __m256i *)(const void *)(b + p + 32));
        __m256i y1 = _mm256_loadu_si256((const __m256i *)(const void *)(b + p + 33));
        __m256i hit = _mm256_or_si256(
            _mm256_and_si256(_mm256_cmpeq_epi8(x0, A), _mm256_cmpeq_epi8(x1, C)),
            _mm256_and_si256(_mm256_cmpeq_epi8(y0, A), _mm256_cmpeq_epi8(y1, C)));
        if (!_mm256_testz_si256(hit, hit))
            break; /* (the loop below reads them) */
    }
    for (; p < to && p + 34 <= lim; p += 32) {
        __m256i x0 = _mm256_loadu_si256((const __m256i *)(const void *)(b + p));
        __m256i x1 = _mm256_loadu_si256((const __m256i *)(const void *)(b + p + 1));
        __m256i hit = _mm256_and_si256(_mm256_cmpeq_epi8(x0, A), _mm256_cmpeq_epi8(x1, C));
        for (unsigned m = (unsigned)_mm256_movemask_epi8(hit); m; m &= m - 1)
            if (b[p + (size_t)__builtin_ctz(m) + 2] == 't') /* (p + 33 < lim) */
                return p + (size_t)__builtin_ctz(m);
    }
    return p;
}
#endif

/* The first "Act" that begins in b[from..to), reading at most b[lim - 1];
 * to when none does.  32 or 16 bytes at a time (AVX2, SSE2): the three
 * bytes compared at once, as a vector substring search does. */
static size_t find_act(const uint8_t *b, size_t from, size_t to, size_t lim)
{
    size_t p = from;
#if defined(__SSE2__)
    if (__builtin_cpu_supports("avx2")) {
        p = find_act_avx2(b, p, to, lim);
        if (p < to && p + 3 <= lim && b[p] == 'A' && b[p + 1] == 'c' && b[p + 2] == 't')
            return p;
    }
    const __m128i A = _mm_set1_epi8('A'), C = _mm_set1_epi8('c'), T = _mm_set1_epi8('t');
    for (; p < to && p + 18 <= lim; p += 16) {
        __m128i x0 = _mm_loadu_si128((const __m128i *)(const void *)(b + p));
        __m128i x1 = _mm_loadu_si128((const __m128i *)(const void *)(b + p + 1));
        __m128i x2 = _mm_loadu_si128((const __m128i *)(const void *)(b + p + 2));
        __m128i hit = _mm_and_si128(_mm_cmpeq_epi8(x0, A),
                                    _mm_and_si128(_mm_cmpeq_epi8(x1, C), _mm_cmpeq_epi8(x2, T)));
        unsigned m = (unsigned)_mm_movemask_epi8(hit);
        if (m) {
            size_t q = p + (size_t)__builtin_ctz(m);
            return q < to ? q : to;
        }
    }
#endif
    for (; p < to && p + 3 <= lim; p++)
        if (b[p] == 'A' && b[p + 1] == 'c' && b[p + 2] == 't')
            return p;
    return to;
}

/* The length of " Amendments" at b[e], or 0: the word after "Act" that
 * makes an amending Act's name -- with its year ("Older Americans Act
 * Amendments of 1992") or where the name ends ("the Arms Control and
 * Disarmament Act Amendments, signed ...": the tables say whether one law
 * bears it, as of any name without its year); not when more capitalized
 * words go on ("X Act Amendments Extension Act") or "of" something else. */
static size_t amendments_of(const uint8_t *b, size_t e, size_t lim)
{
    /* (past blanks and one line end: "the Clean Air Act\nAmendments of 1990") */
    size_t a = e;
    while (a < lim && (b[a] == ' ' || b[a] == '\t' || b[a] == '\r'))
        a++;
    if (a < lim && b[a] == '\n')
        for (a++; a < lim && (b[a] == ' ' || b[a] == '\t');)
            a++;
    if (a == e || a + 10 > lim || memcmp(b + a, "Amendments", 10) != 0)
        return 0;
    size_t q = a + 10;
    if (q < lim && (sc_isalnum(b[q]) || b[q] == '-'))
        return 0;
    if (q + 4 <= lim && memcmp(b + q, " of ", 4) == 0)
        return q + 8 <= lim && sc_isdigit(b[q + 4]) && sc_isdigit(b[q + 5]) &&
                       sc_isdigit(b[q + 6]) && sc_isdigit(b[q + 7]) &&
                       !(q + 8 < lim && sc_isalnum(b[q + 8]))
                   ? q - e
                   : 0; /* (" Amendments": the year is read as any name's) */
    if (q + 1 < lim && b[q] == ' ' && (sc_isupper(b[q + 1]) || b[q + 1] == '(' || b[q + 1] == '['))
        return 0;
    return q - e;
}

/* Is b[p] "Amendments of YYYY", a name of amendments without "Act" that
 * the lexer notes too ("Education Amendments of 1972", "Social Security
 * Amendments of 1965"): its length to the year's end, else 0. */
static inline size_t amendments_name_at(const uint8_t *b, size_t p, size_t lim)
{
    if (p + 18 > lim || b[p + 1] != 'm' || memcmp(b + p, "Amendments of ", 14) != 0 ||
        !sc_isdigit(b[p + 14]) || !sc_isdigit(b[p + 15]) || !sc_isdigit(b[p + 16]) ||
        !sc_isdigit(b[p + 17]) || (p + 18 < lim && sc_isalnum(b[p + 18])))
        return 0;
    return 18;
}

/* May the "Act" at b[p] end an Act's name (sc_byname_next)?  Or the
 * "Amendments of YYYY" there (amendments_name_at()). */
static inline int name_end(const uint8_t *b, size_t lo, size_t p, size_t lim)
{
    if (b[p + 1] == 'm')
        return p > lo && b[p - 1] == ' ' && amendments_name_at(b, p, lim) != 0;
    size_t e = p + 3;
    if (p <= lo || b[p - 1] != ' ' || (e < lim && (sc_isalnum(b[e]) || b[e] == '-')))
        return 0;
    if (e + 1 < lim && b[e] == ' ' && sc_isupper(b[e + 1]))
        return amendments_of(b, e, lim) != 0; /* the name goes on past "Act": "X Act
                                               * Amendments of 1990" is a name with
                                               * its year (sc_byname_span), "X Act
                                               * Reauthorization" none read here */
    return 1;
}

/* The first "Amendments of " that begins in b[from..to), reading at most
 * b[lim - 1]; to when none does (sc_byname_next(), as the lexer notes
 * them beside the "Act"s). */
static size_t find_amendments(const uint8_t *b, size_t from, size_t to, size_t lim)
{
    for (size_t p = from; p < to && p + 14 <= lim; p++) {
        const uint8_t *q = memchr(b + p, 'A', to - p);
        if (!q)
            break;
        p = (size_t)(q - b);
        if (p + 14 <= lim && b[p + 1] == 'm' && memcmp(b + p, "Amendments of ", 14) == 0)
            return p;
    }
    return to;
}

size_t sc_byname_next(const uint8_t *b, size_t lo, size_t from, size_t to, size_t lim)
{
    while (from + 3 <= to) {
        size_t p = find_act(b, from, to, lim);
        size_t pa = find_amendments(b, from, p, lim);
        if (pa < p)
            p = pa;
        if (p >= to)
            break;
        from = p + 3;
        if (name_end(b, lo, p, lim))
            return p;
    }
    return to;
}

/* Does the lexer's list @p a hold every "Act" at a word start of
 * b[from..to)?  Before a->from, the few bytes of a trigger's word the scan
 * stepped past, it must be that none is there at all: seen at once when
 * no 'A' is (16 bytes compared at a time).  Inlined: asked at nearly every
 * trigger, its call cost about as much as its test. */
static inline __attribute__((always_inline)) int noted_whole(const uint8_t *b, size_t from,
                                                             size_t to, size_t lim,
                                                             const sc_lex_acts *a)
{
    if (to > a->upto || from + 16 < a->from)
        return 0;
    if (from >= a->from)
        return 1;
#if defined(__SSE2__)
    if (from + 16 <= lim) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(b + from));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('A')));
        if (!(m & ((1u << (a->from - from)) - 1u)))
            return 1;
    }
#endif
    for (size_t q = from; q < a->from && q < to; q++)
        if (q + 3 <= lim && b[q] == 'A' && b[q + 1] == 'c' && b[q + 2] == 't')
            return 0;
    return 1;
}

size_t sc_byname_next_noted(const uint8_t *b, size_t lo, size_t from, size_t to, size_t lim,
                            const sc_lex_acts *a, int *i)
{
    if (!noted_whole(b, from, to, lim, a))
        return sc_byname_next(b, lo, from, to, lim);
    if (from + 3 > to)
        return to;
    for (; *i < a->n && a->at[*i] < to; ++*i) {
        size_t r = a->at[*i];
        if (r < from || !name_end(b, lo, r, lim))
            continue;
        /* sc_byname_next() gives up past an "Act" no name ends with that
         * begins within 6 bytes of to -- inside a word too, which the list
         * leaves out: the bytes there looked at */
        if (r + 6 > to)
            for (size_t q = to > from + 5 ? to - 5 : from; q < r; q++)
                if (b[q] == 'A' && b[q + 1] == 'c' && b[q + 2] == 't')
                    return to;
        return r;
    }
    return to;
}

int sc_byname_none_noted(const uint8_t *b, size_t from, size_t to, size_t lim,
                         const sc_lex_acts *a)
{
    if (!noted_whole(b, from, to, lim, a))
        return 0;
    for (int i = 0; i < a->n; i++)
        if (a->at[i] >= from && a->at[i] < to)
            return 0;
    return 1;
}

/* The end of the fiscal years after ", Fiscal Year" at b[q]: " 1994",
 * "s 1994 and 1995" (or "s 1994, 1995, and 1996"); @p none when they are
 * not there. */
static size_t fiscal_years_end(const uint8_t *b, size_t q, size_t lim, size_t none)
{
    int plural = q < lim && b[q] == 's';
    q += plural;
    for (int years = 0; years < 4; years++) {
        if (q + 5 > lim || b[q] != ' ' || !sc_isdigit(b[q + 1]) || !sc_isdigit(b[q + 2]) ||
            !sc_isdigit(b[q + 3]) || !sc_isdigit(b[q + 4]) || (q + 5 < lim && sc_isalnum(b[q + 5])))
            return none;
        q += 5;
        if (!plural)
            return q;
        if (q + 4 <= lim && memcmp(b + q, " and", 4) == 0)
            q += 4;
        else if (q + 5 <= lim && memcmp(b + q, ", and", 5) == 0)
            q += 5;
        else if (q + 1 < lim && b[q] == ',' && b[q + 1] == ' ' && years < 3 && q + 2 < lim &&
                 sc_isdigit(b[q + 2]))
            q += 1;
        else
            return years > 0 ? q : none;
    }
    return none;
}

int sc_byname_named(const uint8_t *b, size_t lo, size_t p)
{
    return name_start(b, lo, p, 0, 1) != p;
}

/* sc_byname_span()'s name b[s..e), the walk back stopped at the word in
 * lower case before it: when that word stands between capitalized words
 * (and is no connector), the name from the capitalized words before it,
 * up to three, when the tables know it; else s. */
static size_t lower_word_name(const uint8_t *b, size_t lo, size_t s, size_t e)
{
    size_t we = s - 1, ws = we;
    while (ws > lo && sc_isalpha(b[ws - 1]))
        ws--;
    if (ws == we || !sc_islower(b[ws]) || ws < lo + 2 || b[ws - 1] != ' ' ||
        !sc_isalpha(b[ws - 2]))
        return s;
    for (int words = 0; words < 3 && ws >= lo + 2 && b[ws - 1] == ' ' && sc_isalpha(b[ws - 2]);
         words++) {
        size_t cs = ws - 1;
        while (cs > lo && sc_isalpha(b[cs - 1]))
            cs--;
        if (!sc_isupper(b[cs]))
            break;
        sc_act_law rows[1];
        if (sc_act_name_laws((const char *)b + cs, e - cs, rows, 1) > 0)
            return cs;
        ws = cs;
    }
    return s;
}

/* A name that goes on past its "Act" with " for " or " of " and
 * capitalized words ("Mineral Leasing Act for Acquired Lands", "Organic
 * Act of Guam"): the end of the longest such name b[s..) the tables know,
 * up to six words on; else e.  (Read from the "Act" alone, the name is
 * another Act's: the Mineral Leasing Act of 1920.) */
static size_t known_name_on(const uint8_t *b, size_t s, size_t e, size_t lim)
{
    static const char *const small[] = { "of", "the", "and", "for", "in", "on", "to", NULL };
    size_t q = e, best = e;
    if (!(q + 6 < lim && (sc_fold_eq(b + q, " for ", 5) || sc_fold_eq(b + q, " of ", 4))))
        return e;
    for (int words = 0; words < 7 && q + 1 < lim && b[q] == ' '; words++) {
        size_t ws = q + 1, we = ws;
        while (we < lim && (sc_isalpha(b[we]) || b[we] == '-'))
            we++;
        if (we == ws || !(sc_isupper(b[ws]) || sc_word_in(b, ws, we, small)))
            break;
        q = we;
        sc_act_law rows[1];
        if (sc_isupper(b[ws]) && sc_act_name_laws((const char *)b + s, q - s, rows, 1) > 0)
            best = q;
    }
    return best;
}

/* Where " (XA) of 1990" after a name's "Act" at b[e] ends -- its acronym
 * in brackets (sc_act_acronym_len), then its year -- or e when none: "the
 * Americans with Disabilities Act (ADA) of 1990" (act_norm.h reads the
 * name without the acronym). */
static size_t acronym_year_end(const uint8_t *b, size_t e, size_t lim)
{
    size_t al = e + 1 < lim && b[e] == ' ' && b[e + 1] == '('
                    ? sc_act_acronym_len((const char *)b, lim, e + 1)
                    : 0,
           k = e + 1 + al;
    if (!al || !(k + 8 <= lim && sc_fold_eq(b + k, " of ", 4) && sc_isdigit(b[k + 4]) &&
                 sc_isdigit(b[k + 5]) && sc_isdigit(b[k + 6]) && sc_isdigit(b[k + 7]) &&
                 (k + 8 == lim || !sc_isalnum(b[k + 8]))))
        return e;
    return k + 8;
}

int sc_byname_span(const uint8_t *b, size_t lo, size_t p, size_t lim, size_t *so, size_t *eo)
{
    size_t s = name_start(b, lo, p, 0, 0), e = p + 3;
    if (s == p)
        return 0;
    if (b[p + 1] == 'm') { /* "Education Amendments of 1972": its year is its end */
        size_t n = amendments_name_at(b, p, lim);
        if (!n)
            return 0;
        *so = s;
        *eo = p + n;
        return 1;
    }
    e += amendments_of(b, e, lim);
    size_t longer = known_name_on(b, s, e, lim);
    /* its year: " of 1992", ", 1953" */
    if (longer > e)
        e = longer; /* "Mineral Leasing Act for Acquired Lands", "Organic Act of Guam" */
    else if (e + 8 <= lim && sc_fold_eq(b + e, " of ", 4) && sc_isdigit(b[e + 4]) &&
        sc_isdigit(b[e + 5]) && sc_isdigit(b[e + 6]) && sc_isdigit(b[e + 7]) &&
        (e + 8 == lim || !sc_isalnum(b[e + 8])))
        e += 8;
    else if (e + 2 < lim && b[e + 1] == '(')
        e = acronym_year_end(b, e, lim); /* "... Act (ADA) of 1990" */
    else if (e + 6 <= lim && b[e] == ',' && b[e + 1] == ' ' && sc_isdigit(b[e + 2]) &&
             sc_isdigit(b[e + 3]) && sc_isdigit(b[e + 4]) && sc_isdigit(b[e + 5]) &&
             (b[e + 2] == '1' || b[e + 2] == '2') &&
             (e + 6 == lim || !(sc_isalnum(b[e + 6]) || b[e + 6] == '-' || b[e + 6] == '/')))
        e += 6; /* (not an ISO date's year: "X Act, 2016-10-07 (approved ...)") */
    else if (e + 5 <= lim && b[e] == ' ' && sc_isdigit(b[e + 1]) && sc_isdigit(b[e + 2]) &&
             sc_isdigit(b[e + 3]) && sc_isdigit(b[e + 4]) && (b[e + 1] == '1' || b[e + 1] == '2') &&
             (e + 5 == lim || !(sc_isalnum(b[e + 5]) || b[e + 5] == '-' || b[e + 5] == '/')))
        e += 5; /* a fiscal year's title without its comma: "X Appropriation Act 1959" --
                 * the year is the name's, not a name many years share */
    else if (e + 21 <= lim && sc_fold_eq(b + e, " for Fiscal Year ", 17) && sc_isdigit(b[e + 17]) &&
             sc_isdigit(b[e + 18]) && sc_isdigit(b[e + 19]) && sc_isdigit(b[e + 20]) &&
             (e + 21 == lim || !sc_isalnum(b[e + 21])))
        e += 21; /* "Intelligence Authorization Act for Fiscal Year 2015": its fiscal year */
    else if (e + 19 <= lim && sc_fold_eq(b + e, ", Fiscal Year", 13))
        e = fiscal_years_end(b, e + 13, lim, e); /* "Foreign Relations Authorization
                                                  * Act, Fiscal Years 1994 and 1995":
                                                  * not the name of 1972 it begins with */
    /* "Surface Transportation Extension Act of 2004, Part III" */
    if (e + 8 <= lim && memcmp(b + e, ", Part ", 7) == 0) {
        size_t q = e + 7;
        while (q < lim && (b[q] == 'I' || b[q] == 'V' || b[q] == 'X' || sc_isdigit(b[q])))
            q++;
        if (q > e + 7 && (q == lim || !sc_isalnum(b[q])))
            e = q;
    }
    /* a name that lists its parts with ", the " inside, which the walk
     * back stops at ("..., the X Act": the name begins after it): the
     * longer name when the tables know it ("Departments of State and
     * Justice, the Judiciary, and Related Agencies Appropriation Act,
     * 1958") */
    if (s >= lo + 7 && memcmp(b + s - 6, ", the ", 6) == 0) {
        size_t s2 = name_start(b, lo, p, 1, 0);
        if (s2 + 4 < s && (b[s2] | 0x20) == 't' && b[s2 + 1] == 'h' && b[s2 + 2] == 'e' &&
            b[s2 + 3] == ' ')
            s2 += 4;
        sc_act_law rows[1];
        if (s2 < s && sc_act_name_laws((const char *)b + s2, e - s2, rows, 1) > 0)
            s = s2;
    }
    /* a name with a word in lower case of its own between capitalized ones,
     * which the walk back stops at ("Securing our Agriculture and Food
     * Act": "our"; read from "Agriculture" it is another law's name): the
     * longer name when the tables know it */
    if (s >= lo + 4 && b[s - 1] == ' ' && sc_islower(b[s - 2]))
        s = lower_word_name(b, lo, s, e);
    *so = s;
    *eo = e;
    return 1;
}

/* Is the name b[s..eo) public law @p congress-@p number's own title as
 * enacted (data/public_laws.csv's short title, not a display title)?  A
 * name a later law gave ("Clean Air Act", the 1955 Act's since 1963), or
 * only a note's, may be the Act as amended: its facts are not the law's. */
static int own_title(const uint8_t *b, size_t s, size_t eo, int congress, int number)
{
    const char *t = sc_law_short_title(sc_ref_public_law(congress, number));
    char kw[SC_ACT_NORM_MAX + 1], kt[SC_ACT_NORM_MAX + 1];
    size_t nw = t ? sc_act_norm((const char *)b + s, eo - s, kw, sizeof kw) : 0;
    size_t nt = nw ? sc_act_norm(t, strlen(t), kt, sizeof kt) : 0;
    return nw && nw == nt && memcmp(kw, kt, nw) == 0;
}

/* Is the name b[s..eo) public law @p congress-@p number's own title as
 * enacted without its year, the law's year ("Great Lakes Environmental
 * Sensitivity Index Act" of 116-274, "... Act of 2020")?  The one law the
 * tables give that name (one_law) is then the Act meant; a name a later
 * law gave is no title of the law it names, with or without a year. */
/* Is the title @p t, normalized, the name kw[0..nw) -- with @p year, its
 * stem: @p t is the name and " of <year>" ("Narcotic Addict Treatment Act"
 * of "... Act of 1974")? */
static int names_as(const char *t, const char *year, const char *kw, size_t nw)
{
    size_t n = t ? strlen(t) : 0;
    if (year) {
        if (n < 9 || memcmp(t + n - 8, " of ", 4) != 0 || memcmp(t + n - 4, year, 4) != 0)
            return 0;
        n -= 8;
    }
    char kt[SC_ACT_NORM_MAX + 1];
    size_t nt = n ? sc_act_norm(t, n, kt, sizeof kt) : 0;
    return nt && nw == nt && memcmp(kw, kt, nw) == 0;
}

/* Does one of public law @p congress-@p number's names in the Code's Short
 * Title notes (its first eight) name it as kw[0..nw), with @p year its
 * stem (names_as())? */
static int law_names_as(int congress, int number, const char *year, const char *kw, size_t nw)
{
    const char *names[8];
    int nn = nw ? sc_law_names(congress, number, names, 8) : 0;
    for (int i = 0; i < nn && i < 8; i++)
        if (names_as(names[i], year, kw, nw))
            return 1;
    return 0;
}

static int own_title_stem(const uint8_t *b, size_t s, size_t eo, int congress, int number)
{
    const sc_ref_law *l = sc_ref_public_law(congress, number);
    if (!l || !l->enacted)
        return 0;
    char year[8];
    int y = (int)(l->enacted / 10000) % 10000;
    if (y >= 0) /* ("%04d" by hand: snprintf() cost more than the rest) */
        for (int k = 3; k >= 0; k--, y /= 10)
            year[k] = (char)('0' + y % 10);
    else
        snprintf(year, sizeof year, "%04d", y);
    char kw[SC_ACT_NORM_MAX + 1];
    size_t nw = sc_act_norm((const char *)b + s, eo - s, kw, sizeof kw);
    if (!nw)
        return 0;
    /* the table's title, or one of the law's names in the Code's Short
     * Title notes, with the law's year ("Narcotic Addict Treatment Act of
     * 1974", 93-281, whose row in the public-law table has no title): given
     * when enacted */
    if (names_as(sc_law_short_title(l), year, kw, nw) ||
        law_names_as(congress, number, year, kw, nw))
        return 1;
    /* or with the year before, in the law's Congress (enacted in its
     * second year, an even one): a bill named in the first ("Bank Bribery
     * Amendments Act of 1985", 99-370 of August 4, 1986), as own_year()
     * reads a name written with that year */
    y = (int)(l->enacted / 10000);
    if (y < 1000 || y % 2 != 0)
        return 0;
    y--;
    for (int k = 3; k >= 0; k--, y /= 10)
        year[k] = (char)('0' + y % 10);
    return names_as(sc_law_short_title(l), year, kw, nw) ||
           law_names_as(congress, number, year, kw, nw);
}

/* 4 when the name b[s..eo) opens with its article ("The ", "the "), else 0. */
static size_t article_len(const uint8_t *b, size_t s, size_t eo)
{
    return s + 4 < eo && (b[s] | 0x20) == 't' && b[s + 1] == 'h' && b[s + 2] == 'e' &&
                   b[s + 3] == ' '
               ? 4
               : 0;
}

/* The four digits that end a name at b[eo], as a year; -1 when they are not
 * four digits (the caller has made sure four bytes are there). */
static int year_at_end(const uint8_t *b, size_t eo)
{
    int y = 0;
    for (size_t q = eo - 4; q < eo; q++) {
        if (!sc_isdigit(b[q]))
            return -1;
        y = y * 10 + (b[q] - '0');
    }
    return y;
}

/* The year the name b[s..eo) ends with, as a name's: " of 1990", ", 1947";
 * -1 when it ends with none. */
static int name_year(const uint8_t *b, size_t s, size_t eo)
{
    if (eo < s + 6)
        return -1;
    int y = year_at_end(b, eo);
    if (y < 0 || b[eo - 5] != ' ' ||
        !((eo >= s + 8 && memcmp(b + eo - 8, " of ", 4) == 0) || b[eo - 6] == ','))
        return -1;
    return y;
}

/* Does the name b[s..eo) end with the year public law @p congress-@p
 * number was enacted (" of 1983", ", 1953")?  A name of the law's own year
 * is its name when enacted, as its Short Title note gives it ("Extra Long
 * Staple Cotton Act of 1983", 98-88) -- a later law's renaming gives a
 * later year ("Federal Mine Safety and Health Act of 1977", 91-173 of
 * 1969). */
static int own_year(const uint8_t *b, size_t s, size_t eo, int congress, int number)
{
    const sc_ref_law *l = sc_ref_public_law(congress, number);
    if (!l || !l->enacted)
        return 0;
    int y = name_year(b, s, eo);
    if (y < 0)
        return 0;
    if (y == l->enacted / 10000)
        return 1;
    /* or the year before, the name one of the law's own in the Code's
     * Short Title notes: a bill named in its Congress's first year and
     * enacted in the second ("Small Business Investment Act Amendments of
     * 1963", 88-273 of February 28, 1964) -- a renaming gives a later year */
    if (y + 1 != l->enacted / 10000)
        return 0;
    char kw[SC_ACT_NORM_MAX + 1];
    size_t nw = sc_act_norm((const char *)b + s, eo - s, kw, sizeof kw);
    return law_names_as(congress, number, NULL, kw, nw);
}

/* Is the name b[s..eo) an acronym and "Act" ("BABIES Act", "POWER 2.0
 * Act", "USA PATRIOT Act"): words of capitals (and digits, periods,
 * hyphens), the first of two capitals or more?  A law's Short Title note
 * gives it beside the law's title ("may be cited as the 'X Act' or the
 * 'BABIES Act'"), when enacted: a later law renaming an Act gives it a
 * name of words, not an acronym -- the one law the tables give it to is
 * the Act meant, as by its own title. */
static int acronym(const uint8_t *b, size_t s, size_t eo)
{
    if (eo < s + 7 || memcmp(b + eo - 4, " Act", 4) != 0)
        return 0;
    size_t e = eo - 4, k = s;
    int first = 1;
    while (k < e) {
        size_t we = k, caps = 0;
        while (we < e && b[we] != ' ') {
            if (!(sc_isupper(b[we]) || sc_isdigit(b[we]) || b[we] == '.' || b[we] == '-'))
                return 0;
            caps += sc_isupper(b[we]) != 0;
            we++;
        }
        if (first && caps < 2)
            return 0;
        first = 0;
        k = we + 1;
    }
    return !first;
}

/* May the name b[s..eo), which the tables give old Act @p l (a chapter
 * with its Public Law number, sc_act_law.old_publ), stand for that law as
 * enacted?  Not a part added later (the "Trust Indenture Act of 1939" is
 * title III of the Act of May 27, 1933, added in 1939): either with the
 * year it was approved ("Fair Labor Standards Act of 1938"; a part's name
 * too, "Securities Act of 1933", title I of the Act of May 27, 1933) or,
 * without a year, the whole Act's principal name in the tables ("Social
 * Security Act").  Its own title is not on record: the Code's notes name
 * the old Acts as "referred to". */
static int hist_name_ok(const uint8_t *b, size_t s, size_t eo, const sc_act_law *l)
{
    if (!l->enacted)
        return 0;
    int y = name_year(b, s, eo);
    if (y >= 0) /* (a part too: "Securities Act of 1933", title I; or the whole Act's
                 * principal name with another year: "Whaling Convention Act of
                 * 1949", approved August 9, 1950) */
        return y == l->enacted / 10000 || (!l->part && l->principal);
    return !l->part && l->principal;
}

/* The one law of the name b[s..eo): 1 (its Congress and number stored), 0
 * when the tables know no law of it, -1 when they know several.  @p old:
 * an old Act's, numbered by its chapter (hist_name_ok()); @p own: bit 1,
 * the name is the law's own title as enacted (its own Short Title
 * section); bit 2, a title of the law's at all (a Short Title note or the
 * Code's text, not only a "referred to" note). */
static int one_law(const uint8_t *b, size_t s, size_t eo, int *congress, int *number,
                   int *old, int *own, uint32_t *by)
{
    sc_act_law rows[4];
    int n = sc_act_name_laws((const char *)b + s, eo - s, rows, 4);
    if (n <= 0)
        return 0;
    if (n > 4)
        return -1;
    *old = *own = 0;
    *by = 0;
    for (int i = 0; i < n; i++) {
        *own |= rows[i].own | (rows[i].titled ? 2 : 0); /* (2: a title, not as enacted) */
        if (!*by)
            *by = rows[i].by;
    }
    for (int i = 0; i < n; i++)
        if (!rows[i].number) { /* an old Act's chapter: its Public Law number */
            if (!rows[i].old_publ)
                return -1; /* (none on record: before the 57th Congress) */
            rows[i].number = rows[i].old_publ;
            *old = 1;
        }
    for (int i = 1; i < n; i++)
        if (rows[i].congress != rows[0].congress || rows[i].number != rows[0].number)
            return -1;
    if (*old && !hist_name_ok(b, s, eo, &rows[0]))
        return -1; /* (known, but not as the law enacted) */
    *congress = rows[0].congress;
    *number = rows[0].number;
    return 1;
}

/* A name the tables do not know with its year, whose name without it is
 * the one law's own title with another year a few years off ("Americans
 * with Disabilities Act of 1991": the tables know it "of 1990", Public Law
 * 101-336, and no Act "of 1991"): that law, its year a slip that check's
 * act-year reports.  Not a name the tables give no year ("Clean Air Act":
 * "of 1963" may be another law they lack), nor one of several laws. */
static int year_slip(const uint8_t *b, size_t so, size_t eo, int *congress, int *number,
                     size_t *name_so)
{
    size_t s = so + article_len(b, so, eo);
    s += quote_len(b, s, eo); /* (a name in quotes: "the “X Act of 1991”") */
    int y;
    if (eo < s + 12 || memcmp(b + eo - 8, " of ", 4) != 0 || (y = year_at_end(b, eo)) < 0)
        return 0;
    int c = 0, n = 0, old = 0, own = 0;
    uint32_t by;
    if (one_law(b, s, eo - 8, &c, &n, &old, &own, &by) != 1 || old) {
        /* (or the name with another year, a few years off, is the one Act's
         * the tables know: "Rehabilitation Act of 1974", the Act of 1973;
         * an old Act's always, its title not on record) */
        int ty, act = sc_act_year_slip((const char *)b + s, eo - s, &ty);
        for (size_t k = sc_after_the(b, s + 1, eo, 1); act < 0 && k + 11 < eo;
             k = sc_after_the(b, k, eo, 1)) /* (from a "the " in it: "Under the X Act of
                                             * 1974") */
            act = sc_act_year_slip((const char *)b + (s = k), eo - k, &ty);
        if (act < 0 || !(sc_act_public_law(act, congress, number) ||
                         sc_act_old_public_law(act, congress, number)))
            return 0;
        *name_so = s;
        return 1;
    }
    const sc_ref_law *l = sc_ref_public_law(c, n);
    const char *t = l ? sc_law_short_title(l) : NULL;
    size_t tl = t ? strlen(t) : 0;
    if (!t || tl < 12 || memcmp(t + tl - 8, " of ", 4) != 0 || tl - 8 != eo - 8 - s)
        return 0;
    int ty = atoi(t + tl - 4);
    if (ty == y || ty - y > 5 || y - ty > 5)
        return 0;
    for (size_t k = 0; k < tl - 8; k++) /* (the title is the name but for its year; a
                                         * line end where the text wraps, a blank) */
        if (sc_tolower((uint8_t)t[k]) != sc_tolower(b[s + k]) && !(t[k] == ' ' && b[s + k] == '\n'))
            return 0;
    *congress = c;
    *number = n;
    *name_so = s;
    return 1;
}

/* sc_byname_law(), asked of the tables: 1 as there; 2 (and *by) for a
 * name a later law gave the one law, the laws that gave it on record or
 * SC_ACT_BY_UNKNOWN (sc_byname_renamed()) */
static int byname_law(const uint8_t *b, size_t so, size_t eo, int *congress, int *number,
                      size_t *name_so, uint32_t *by)
{
    /* the name whole; then from after each "the" or "The" in it, or a
     * comma before a capitalized word, or a signal's period and blank ("Cf.
     * The X Act"), as a name is read from there: the first the tables know
     * decides */
    size_t s = so;
    for (int tries = 0; tries < 6 && s < eo; tries++) {
        /* past a citation signal that opens it: "See Disaster Resiliency
         * Planning Act (enacted ...)" -- also after a list's marker, "130.
         * See ..." */
        size_t sg = sc_phrase_at(b, s, eo, sc_signals);
        if (sg && s + sg < eo && sc_isupper(b[s + sg]))
            s += sg;
        int old = 0, own = 0, r = one_law(b, s, eo, congress, number, &old, &own, by);
        if (r != 0) {
            /* (the span without its article: "The X Act of 1981 was ..." is
             * the X Act's, as after a marker or mid-sentence) */
            *name_so = s + article_len(b, s, eo);
            *name_so += quote_len(b, *name_so, eo); /* (and its opening quote) */
            if (r < 0)
                return 0;
            if (old && *by && !(own & 1) && name_year(b, s, eo) < 0)
                return 2; /* an old Act by a name later laws gave or changed, no year
                           * to tell ("Federal Water Pollution Control Act": 80-845,
                           * and 92-500 that rewrote it) */
            if (old || (own & 1) || own_title(b, s, eo, *congress, *number) ||
                own_year(b, s, eo, *congress, *number) ||
                own_title_stem(b, s, eo, *congress, *number) || acronym(b, *name_so, eo))
                return 1;
            /* a name not known as its own title as enacted: a later law
             * may have given it -- those on record; or, when a Short Title
             * note or the Code's text gives it as the law's title, one not
             * on record (a fact is then wrong only before the law:
             * check_name_facts.c) -- not a name only a "referred to" note
             * gives ("Small Business Act", 85-536's, which rewrote the Act
             * of 1953: its day and Congress are no slips) */
            if (!*by && !(own & 2))
                return 0;
            if (!*by)
                *by = SC_ACT_BY_UNKNOWN;
            return 2;
        }
        size_t q = s, nx = eo;
        for (; q + 4 < eo; q++)
            if ((q == s || b[q - 1] == ' ') && (b[q] | 0x20) == 't' && b[q + 1] == 'h' &&
                b[q + 2] == 'e' && b[q + 3] == ' ' && q + 4 > s + 0 && q != s) {
                nx = q + 4;
                break;
            }
        /* or, before it, from the capitalized word after a ", " -- the words
         * before are a clause's ("Under President Richard Nixon, Public
         * Works ... Appropriation Act, 1974") -- or, with neither, after the
         * first ". " */
        for (q = s; q + 2 < nx; q++)
            if (b[q] == ',' && b[q + 1] == ' ' && sc_isupper(b[q + 2])) {
                nx = q + 2;
                break;
            }
        if (nx == eo) {
            for (q = s; q + 2 < eo; q++)
                if (b[q] == '.' && b[q + 1] == ' ' && sc_isupper(b[q + 2])) {
                    nx = q + 2;
                    break;
                }
        }
        if (nx >= eo)
            break;
        s = nx;
    }
    return year_slip(b, so, eo, congress, number, name_so);
}

/*
 * sc_byname_law()'s last answers, a thread's own, in LAW_MEMO_SLOTS slots
 * direct-mapped by a hash of the name (its length, its first and last 8
 * bytes): a document names the same Acts again and again ("the FD&C Act"),
 * and each answer normalizes the name and the law's titles anew.  The
 * answer is a function of the name's bytes alone and the tables'.
 */
#define LAW_MEMO_SLOTS 256 /* (sc_act_memo_slot(): its top 8 bits) */
#define LAW_MEMO_NAME 112  /* longer names are not remembered */
static _Thread_local struct law_memo {
    uint8_t len;  /* of name; 0: empty */
    uint8_t ok;   /* the answer: byname_law()'s */
    uint32_t by;
    uint8_t skip; /* name_so - so */
    int congress, number;
    char name[LAW_MEMO_NAME];
} law_memo[LAW_MEMO_SLOTS];

/* byname_law() through the memo */
static int law_memo_ask(const uint8_t *b, size_t so, size_t eo, int *congress, int *number,
                        size_t *name_so, uint32_t *by)
{
    size_t n = eo - so;
    *by = 0;
    if (eo <= so || n > LAW_MEMO_NAME)
        return byname_law(b, so, eo, congress, number, name_so, by);
    struct law_memo *m = &law_memo[sc_act_memo_slot((const char *)b + so, n)];
    if (m->len != n || memcmp(m->name, b + so, n) != 0) {
        size_t ns = so;
        int c = 0, num = 0;
        uint32_t mb = 0;
        m->ok = (uint8_t)byname_law(b, so, eo, &c, &num, &ns, &mb);
        m->by = mb;
        m->congress = c;
        m->number = num;
        m->skip = (uint8_t)(ns - so);
        m->len = (uint8_t)n;
        memcpy(m->name, b + so, n);
    }
    if (!m->ok)
        return 0;
    *congress = m->congress;
    *number = m->number;
    *name_so = so + m->skip;
    *by = m->by;
    return m->ok;
}

int sc_byname_law(const uint8_t *b, size_t so, size_t eo, int *congress, int *number,
                  size_t *name_so)
{
    int c, num;
    size_t ns;
    uint32_t by;
    if (law_memo_ask(b, so, eo, &c, &num, &ns, &by) != 1)
        return 0;
    *congress = c;
    *number = num;
    *name_so = ns;
    return 1;
}

int sc_byname_renamed(const uint8_t *b, size_t so, size_t eo, sc_act_law *law, size_t *name_so)
{
    int c, num;
    size_t ns;
    uint32_t by;
    if (law_memo_ask(b, so, eo, &c, &num, &ns, &by) != 2)
        return 0;
    memset(law, 0, sizeof *law);
    law->congress = (int16_t)c;
    law->number = num;
    law->by = by;
    *name_so = ns;
    return 1;
}

int sc_byname_shared(const uint8_t *b, size_t so, size_t eo, sc_act_law *out, int max,
                     size_t *name_so)
{
    size_t s = so + article_len(b, so, eo);
    if (name_year(b, s, eo) < 0)
        return 0; /* (a name without its year may be more laws' than the tables know) */
    sc_act_law rows[5];
    int n = sc_act_name_laws((const char *)b + s, eo - s, rows, 5);
    if (n < 2 || n > 4 || n > max)
        return 0; /* (more: a name of a series, whatever its year) */
    for (int k = 0; k < n; k++)
        if (!rows[k].number || !rows[k].enacted)
            return 0; /* (an old Act by its chapter; a day not on record) */
    memcpy(out, rows, (size_t)n * sizeof *rows);
    *name_so = s;
    return n;
}

const sc_ref_law *sc_byname_resolve(sc_citation *c, const uint8_t *buf, uint64_t base)
{
    size_t so = (size_t)(c->start - base), eo = (size_t)(c->end - base), ns;
    int cong, num;
    if (!sc_byname_law(buf, so, eo, &cong, &num, &ns))
        return NULL;
    c->congress = cong;
    c->number = num;
    c->start = base + ns;
    sc_cite_raw(c, buf, ns, eo);
    sc_norm_finish(c);
    return sc_ref_public_law(cong, num);
}

/* (byname.h) */
int sc_byname_old(const uint8_t *b, size_t so, size_t eo, size_t *name_so, int32_t *day,
                  int *chapter, sc_act_law *row)
{
    /* the name after its article; then from after each "the" in it, as
     * byname_law() reads one ("Under President Lincoln, the Sherman Act") */
    for (size_t s = so + article_len(b, so, eo), tries = 0; s < eo && tries < 6;
         s = sc_after_the(b, s + 1, eo, 1), tries++) {
        sc_act_law rows[2];
        size_t e = eo;
        int y = name_year(b, s, eo), stripped = 0;
        int n = sc_act_name_laws((const char *)b + s, e - s, rows, 2);
        if (n == 0 && y > 0) {
            /* (a year the tables do not write, the year it was approved:
             * "Interstate Commerce Act of 1887") */
            e = eo - (memcmp(b + eo - 8, " of ", 4) == 0 ? 8 : 6); /* (" of 1887", ", 1887") */
            n = sc_act_name_laws((const char *)b + s, e - s, rows, 2);
            stripped = 1;
        }
        if (n == 0)
            continue;
        if (n != 1 || rows[0].number || rows[0].old_publ || !rows[0].enacted || rows[0].part ||
            (stripped && y != rows[0].enacted / 10000))
            return 0; /* (several laws; a numbered one, sc_byname_law()'s; another year) */
        int act = sc_act_lookup((const char *)b + s, e - s), ch;
        int32_t d;
        if (act < 0 || !sc_act_chapter(sc_act_whole(act), &d, &ch) || d != rows[0].enacted)
            return 0;
        const char *tn = sc_act_name(act);
        size_t tl = tn ? strlen(tn) : 0;
        if (y < 0 && (rows[0].by || (tl > 4 && sc_isdigit((uint8_t)tn[tl - 1]) &&
                                     sc_isdigit((uint8_t)tn[tl - 4]))))
            return 0; /* (no year written, and the tables know the name only with its
                       * year, or a later law gave it: "Hatch Act" is the Act of 1887's
                       * as "Hatch Act of 1887", named so in 1998, and the Act of 1939's) */
        *name_so = s;
        *day = d;
        *chapter = ch;
        *row = rows[0];
        return 1;
    }
    return 0;
}

/* (byname.h) */
int sc_byname_resolve_facts_only(sc_citation *c, const uint8_t *buf, uint64_t base)
{
    size_t so = (size_t)(c->start - base), eo = (size_t)(c->end - base), ns;
    int32_t day;
    int chapter;
    sc_act_law row;
    if (sc_byname_renamed(buf, so, eo, &row, &ns)) {
        /* a name later laws gave: the law it was given to */
        c->congress = row.congress;
        c->number = row.number;
        c->wording |= SC_W_NAME_GIVEN;
        c->start = base + ns;
        sc_cite_raw(c, buf, ns, eo);
        sc_norm_finish(c);
        return 1;
    }
    if (!sc_byname_old(buf, so, eo, &ns, &day, &chapter, &row) || row.stat_volume <= 0 ||
        row.stat_page <= 0)
        return 0;
    c->type = SC_STAT;
    c->congress = c->number = 0;
    snprintf(c->volume, sizeof c->volume, "%d", (int)row.stat_volume);
    snprintf(c->pages, sizeof c->pages, "%ld", (long)row.stat_page);
    c->chapter = chapter;
    c->date = day;
    c->start = base + ns;
    sc_cite_raw(c, buf, ns, eo);
    sc_norm_finish(c);
    return 1;
}

/* ------------------------------------------------ abbreviations alone */

/* sc_act_caps by first letter: caps_at[c - 'A'] .. caps_at[c - 'A' + 1];
 * their lengths; and the pairs of first two letters any of them opens
 * with, a bit each (pair2[first - 'A'] bit second - 'A') */
static int caps_at[27];
static uint8_t caps_len[256];
static uint32_t pair2[26];
static pthread_once_t caps_once = PTHREAD_ONCE_INIT;
#if defined(__x86_64__) || defined(__i386__)
static int caps_avx2;
#endif

static void caps_setup(void)
{
    int n = 0;
    for (int c = 0; c < 26; c++) {
        caps_at[c] = n;
        while (sc_act_caps[n] && sc_act_caps[n][0] == 'A' + c) {
            caps_len[n & 255] = (uint8_t)strlen(sc_act_caps[n]);
            pair2[c] |= 1u << (sc_act_caps[n][1] - 'A');
            n++;
        }
    }
    caps_at[26] = n;
#if defined(__x86_64__) || defined(__i386__)
    __builtin_cpu_init();
    caps_avx2 = __builtin_cpu_supports("avx2");
#endif
}

/* Is b[s..e) (capitals) one of sc_act_caps? */
static int caps_known(const uint8_t *b, size_t s, size_t e)
{
    int c = b[s] - 'A';
    for (int k = caps_at[c]; k < caps_at[c + 1]; k++)
        if (caps_len[k & 255] == e - s && memcmp(sc_act_caps[k], b + s, e - s) == 0)
            return 1;
    return 0;
}

/* Do the capitalized words at b[q..] (a small word of a name among them)
 * come to "Act" or "Amendments" within six words -- the rest of a name
 * that an abbreviation opens ("FISA Amendments Act of 2008", "ADA
 * Amendments Act", "ERISA Industry Committee" not)? */
static int opens_name(const uint8_t *b, size_t q, size_t to)
{
    static const char *const small[] = { "of", "and", "for", "the", "to", "on", "in", NULL };
    for (int w = 0; w < 6 && q < to; w++) {
        size_t we = q;
        while (we < to && (sc_isalpha(b[we]) || b[we] == '-' || b[we] == '\''))
            we++;
        if (we == q || !(sc_isupper(b[q]) || sc_word_in(b, q, we, small)))
            return 0;
        if (we - q == 3 && memcmp(b + q, "Act", 3) == 0)
            return w > 0; /* (not "the ERISA Act": the abbreviation's own name) */
        if (we - q == 10 && memcmp(b + q, "Amendments", 10) == 0)
            return 1;
        q = we;
        if (q < to && b[q] == ',')
            q++;
        if (q >= to || b[q] != ' ')
            return 0;
        while (q < to && b[q] == ' ')
            q++;
    }
    return 0;
}

/* The abbreviation that may begin at b[k] (two capitals, none before them;
 * the word and the one after it read up to b[lim]): its end, or 0. */
static inline __attribute__((always_inline)) size_t caps_word(const uint8_t *b, size_t k, size_t lim)
{
    if (!(pair2[b[k] - 'A'] >> (b[k + 1] - 'A') & 1u))
        return 0; /* (no abbreviation opens with these two letters: most) */
    if (k > 0 && (sc_isalnum(b[k - 1]) || b[k - 1] == '.' || b[k - 1] == '-' || b[k - 1] == '&'))
        return 0; /* (inside a word: "U.S.C.", "H.R." is no pair) */
    size_t e = k + 2, to = lim;
    while (e < to && e - k <= 7 && sc_isupper(b[e]))
        e++;
    if (e - k > 7 || (e < to && (sc_isalnum(b[e]) || b[e] == '.' || b[e] == '-' || b[e] == '&')) ||
        !caps_known(b, k, e))
        return 0;
    /* a name, not a word that describes another ("ADA enforcement", "ERISA
     * plans"): a mark or the text's end after it, or one of the words a
     * name stands before ("HIPAA was enacted", "signed the ADA into law") */
    static const char *const after[] = { "was", "were", "is", "became", "into", "in", "on", "by",
                                         "and", "which", "that", "has", "had", "took", "passed",
                                         "enacted", "signed", "as", NULL };
    size_t q = e;
    while (q < to && b[q] == ' ')
        q++;
    if (q > e && q < to && sc_isupper(b[q]) && opens_name(b, q, to))
        return 0; /* the first word of a longer name: "FISA Amendments Act of 2008" */
    if (q == e || q >= to || !sc_islower(b[q]))
        return e;
    size_t we = q;
    while (we < to && sc_isalpha(b[we]))
        we++;
    return sc_word_in(b, q, we, after) ? e : 0;
}

#if defined(__x86_64__) || defined(__i386__)
/* AVX2, 64 bytes a step: where a word of three capitals or more begins (a
 * capital after no capital, two capitals after it: every abbreviation of
 * sc_act_caps has three letters at least) in b[*at..to); b[*at - 1 ..
 * lim) read.  The capitals of a block are one mask, its neighbours' bits
 * shifted in.  SIZE_MAX and *at where the bytes one by one go on when
 * none. */
__attribute__((target("avx2"))) static size_t next_caps_avx2(const uint8_t *b, size_t *at, size_t to,
                                                            size_t lim, size_t *eo)
{
    const __m256i ca = _mm256_set1_epi8('A'), cz = _mm256_set1_epi8(25);
    size_t i = *at;
    for (; i < to && i + 66 <= lim; i += 64) {
        __m256i v0 = _mm256_sub_epi8(_mm256_loadu_si256((const __m256i *)(const void *)(b + i)), ca);
        __m256i v1 = _mm256_sub_epi8(_mm256_loadu_si256((const __m256i *)(const void *)(b + i + 32)), ca);
        uint64_t up = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(v0, cz), v0)) |
                      (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(v1, cz), v1))
                          << 32;
        uint64_t m = up & up >> 1 & up >> 2;
        if (!(m | (up >> 62)))
            continue; /* (no three capitals in a row, none at the block's end: most) */
        uint64_t n1 = (uint64_t)((unsigned)(b[i + 64] - 'A') <= 25u), n2 = (uint64_t)((unsigned)(b[i + 65] - 'A') <= 25u);
        m = up & (up >> 1 | n1 << 63) & (up >> 2 | n1 << 62 | n2 << 63) &
            ~(up << 1 | (uint64_t)((unsigned)(b[i - 1] - 'A') <= 25u));
        if (to - i < 64)
            m &= (1ull << (to - i)) - 1; /* (none at or past to) */
        for (; m; m &= m - 1) {
            size_t k = i + (size_t)__builtin_ctzll(m), e = caps_word(b, k, lim);
            if (e) {
                *eo = e;
                return k;
            }
        }
    }
    *at = i; /* (the rest for the bytes one by one) */
    return SIZE_MAX;
}
#endif

size_t sc_byname_next_caps(const uint8_t *b, size_t from, size_t to, size_t lim, size_t *eo)
{
    pthread_once(&caps_once, caps_setup);
    size_t i = from > 0 ? from : 1, e; /* (b[i - 1] is read: a word's start) */
    if (from == 0 && to > 1 && sc_isupper(b[0]) && sc_isupper(b[1]) && (e = caps_word(b, 0, lim)))
        return *eo = e, 0; /* (the text's first word) */
#if defined(__x86_64__) || defined(__i386__)
    if (caps_avx2) {
        size_t k = next_caps_avx2(b, &i, to, lim, eo);
        if (k != SIZE_MAX)
            return k;
    }
#endif
    for (; i + 1 < to; i++) {
        if (sc_isupper(b[i]) && sc_isupper(b[i + 1]) && !sc_isupper(b[i - 1]) &&
            (e = caps_word(b, i, lim)) != 0) {
            *eo = e;
            return i;
        }
    }
    return to;
}

int sc_byname_tells_enactment(const uint8_t *b, size_t lo, size_t hi)
{
    static const struct {
        const char *w;
        size_t n;
    } words[] = { { "enacted", 7 },  { "signed", 6 },    { "passed", 6 },    { "approved", 8 },
                  { "became law", 10 }, { "Congress", 8 }, { "President", 9 } };
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (sc_find_text(b + lo, hi - lo, words[k].w, words[k].n))
            return 1;
    return 0;
}
