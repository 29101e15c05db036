/*
 * lexer.c -- trigger scan and tokenizer (see lexer.h).
 *
 * sc_lex_find() is the only code that looks at every byte of the input.  A
 * vector loop (AVX2 or SSE2, chosen at run time; a table-driven scalar loop
 * elsewhere) finds the word starts whose first byte can begin a trigger
 * word -- P H S s T t U u I, a section sign -- 32 or 16 bytes at a time; only
 * there does classify() look at the next bytes.  Numbers are not scanned
 * for: a title or volume number is found by stepping back from the
 * "U.S.C." or "Stat." after it.  So text without citations costs about one
 * instruction per byte.  What a trigger really is, the PCRE2 rules decide.
 */
#include "lexer.h"

#include <stdlib.h>
#include <string.h>

#include "ctype.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define SC_X86 1
#endif

#define SC_TK_NAME(e, s) s,
const char *const sc_trigger_names[SC_TK_COUNT] = { SC_TRIGGERS(SC_TK_NAME) };
#undef SC_TK_NAME

int sc_trigger_from_name(const char *name)
{
    for (int i = 0; i < SC_TK_COUNT; i++)
        if (strcmp(name, sc_trigger_names[i]) == 0)
            return i;
    return -1;
}

/* Length of a space at p (ASCII or one of the multi-byte spaces), or 0. */
static size_t space_len(const uint8_t *p, size_t n)
{
    if (n == 0)
        return 0;
    uint8_t c = p[0];
    if (sc_isspace(c))
        return 1;
    if (c == 0xa0 || c == 0xad) /* Latin-1 / cp1252 NBSP, soft hyphen */
        return 1;
    if (c == 0xc2 && n >= 2 && (p[1] == 0xa0 || p[1] == 0xad))
        return 2;
    if (c == 0xe2 && n >= 3) {
        if (p[1] == 0x80 && ((p[2] >= 0x80 && p[2] <= 0x8f) || p[2] == 0xaf))
            return 3; /* U+2000-200F, U+202F */
        if (p[1] == 0x81 && (p[2] == 0x9f || p[2] == 0xa0))
            return 3; /* U+205F, U+2060 */
    }
    if (c == 0xe3 && n >= 3 && p[1] == 0x80 && p[2] == 0x80)
        return 3; /* U+3000 */
    if (c == 0xef && n >= 3 && p[1] == 0xbb && p[2] == 0xbf)
        return 3; /* U+FEFF */
    if (c == '&' && n >= 5) {
        static const char *const ent[] = { "&nbsp;", "&#160;", "&#xa0;", "&#xA0;",
                                           "&thinsp;", "&ensp;", "&emsp;", "&shy;" };
        for (size_t i = 0; i < sizeof ent / sizeof ent[0]; i++) {
            size_t l = strlen(ent[i]);
            if (n >= l && memcmp(p, ent[i], l) == 0)
                return l;
        }
    }
    return 0;
}

static size_t dash_len(const uint8_t *p, size_t n)
{
    if (n == 0)
        return 0;
    if (p[0] == '-' || p[0] == 0x96 || p[0] == 0x97)
        return 1;
    if (p[0] == 0xe2 && n >= 3) {
        if (p[1] == 0x80 && p[2] >= 0x90 && p[2] <= 0x95)
            return 3;
        if (p[1] == 0x88 && p[2] == 0x92)
            return 3;
    }
    if (p[0] == '&' && n >= 7) {
        static const char *const ent[] = { "&ndash;", "&mdash;", "&#8211;", "&#8212;",
                                           "&#x2013;", "&#x2014;" };
        for (size_t i = 0; i < sizeof ent / sizeof ent[0]; i++) {
            size_t l = strlen(ent[i]);
            if (n >= l && memcmp(p, ent[i], l) == 0)
                return l;
        }
    }
    return 0;
}

static size_t sect_len(const uint8_t *p, size_t n)
{
    if (n == 0)
        return 0;
    if (p[0] == 0xa7)
        return 1;
    if (p[0] == 0xc2 && n >= 2 && p[1] == 0xa7)
        return 2;
    if (p[0] == '&' && n >= 6) {
        static const char *const ent[] = { "&sect;", "&#167;", "&#xa7;", "&#xA7;" };
        for (size_t i = 0; i < sizeof ent / sizeof ent[0]; i++) {
            size_t l = strlen(ent[i]);
            if (n >= l && memcmp(p, ent[i], l) == 0)
                return l;
        }
    }
    return 0;
}

size_t sc_lex_token(const uint8_t *p, size_t n, int *kind)
{
    size_t l;
    if (n == 0) {
        *kind = SC_TOK_END;
        return 0;
    }
    if (sc_isdigit(p[0])) {
        for (l = 1; l < n && sc_isdigit(p[l]); l++)
            ;
        *kind = SC_TOK_DIGITS;
        return l;
    }
    if (sc_isalpha(p[0])) {
        for (l = 1; l < n && sc_isalpha(p[l]); l++)
            ;
        *kind = SC_TOK_WORD;
        return l;
    }
    if ((l = space_len(p, n)) > 0) {
        *kind = SC_TOK_SPACE;
        return l;
    }
    if ((l = dash_len(p, n)) > 0) {
        *kind = SC_TOK_DASH;
        return l;
    }
    if ((l = sect_len(p, n)) > 0) {
        *kind = SC_TOK_SECT;
        return l;
    }
    *kind = SC_TOK_OTHER;
    return 1;
}

size_t sc_lex_fold(const uint8_t *p, size_t n, char *dst, size_t cap, int how)
{
    size_t o = 0, i = 0;
    int pending_space = 0;
    if (cap == 0)
        return 0;
    while (i < n) {
        int k;
        size_t l = sc_lex_token(p + i, n - i, &k);
        const char *s = (const char *)p + i;
        size_t sl = l;
        if (k == SC_TOK_SPACE) {
            if (how == SC_FOLD_ONE_SPACE && o > 0)
                pending_space = 1;
            i += l;
            continue;
        }
        if (k == SC_TOK_DASH) {
            if (o > 0 && dst[o - 1] == '-' && !pending_space) {
                i += l; /* "--" is one dash */
                continue;
            }
            s = "-";
            sl = 1;
        } else if (k == SC_TOK_SECT) {
            s = "\xc2\xa7";
            sl = 2;
        }
        if (pending_space) {
            if (o + 1 >= cap)
                break;
            dst[o++] = ' ';
            pending_space = 0;
        }
        if (o + sl >= cap) {
            if (k == SC_TOK_DIGITS || k == SC_TOK_WORD || k == SC_TOK_OTHER) {
                memcpy(dst + o, s, cap - 1 - o); /* truncate, never cut a dash or sign */
                o = cap - 1;
            }
            break;
        }
        memcpy(dst + o, s, sl);
        o += sl;
        i += l;
    }
    dst[o] = '\0';
    return o;
}

/* Bytes that may start a trigger word (at a word start). */
static const uint8_t first_byte[256] = {
    ['P'] = 1, ['H'] = 1, ['S'] = 1, ['s'] = 1, ['T'] = 1, ['t'] = 1, ['U'] = 1, ['u'] = 1,
    ['I'] = 1, /* "Id." and "Ibid." alone; "id. § 5" is found at its sign */
    [0xc2] = 1, [0xa7] = 1, ['&'] = 1, /* section sign: UTF-8, Latin-1, &sect; */
};

/*
 * Where the number before a "U.S.C." or "Stat." at p[i] starts ("8 U.S.C.",
 * "68A Stat.", "50 App. U.S.C."), or SC_NO_START when there is none.
 */
#define SC_NO_START ((size_t)-1)
static size_t number_before(const uint8_t *p, size_t i)
{
    size_t j = i;
    for (int k = 0; k < 2; k++) {
        /* spaces: ASCII, NBSP (UTF-8 or Latin-1), U+2000-200F and U+202F;
         * up to 64 of them: HTML input has its tags blanked to spaces
         * ("<b>117</b> <i>Stat.</i>") */
        for (int n = 0; j > 0 && n < 64; n++) {
            if (sc_isspace(p[j - 1]) || p[j - 1] == 0xa0) {
                j -= j >= 2 && p[j - 1] == 0xa0 && p[j - 2] == 0xc2 ? 2 : 1;
            } else if (j >= 3 && p[j - 3] == 0xe2 && p[j - 2] == 0x80 &&
                       ((p[j - 1] >= 0x80 && p[j - 1] <= 0x8f) || p[j - 1] == 0xaf)) {
                j -= 3;
            } else {
                break;
            }
        }
        /* "50 App. U.S.C.": step over the App. */
        if (k == 0 && j >= 4 && p[j - 1] == '.' && memcmp(p + j - 4, "App", 3) == 0)
            j -= 4;
        else if (k == 0 && j >= 3 && memcmp(p + j - 3, "App", 3) == 0)
            j -= 3;
        else
            break;
    }
    if (j > 0 && sc_isupper(p[j - 1]) && j > 1 && sc_isdigit(p[j - 2]))
        j--; /* 68A */
    size_t e = j;
    while (j > 0 && sc_isdigit(p[j - 1]) && e - j < 5)
        j--;
    if (j == e || e - j > 4 || (j > 0 && sc_isalnum(p[j - 1])))
        return SC_NO_START;
    return j;
}

/* The section sign at p[i]; when "Id." or "id." (and "at") stands just
 * before it, "Id. § 5", "id. at § 5", *start moves there. */
static int sect_kind(const uint8_t *p, size_t i, size_t *start)
{
    size_t j = i;
    while (j > 0 && p[j - 1] == ' ')
        j--;
    if (j == i || i - j > 3)
        return SC_TK_SECTION;
    if (j >= 3 && memcmp(p + j - 3, " at", 3) == 0) {
        j -= 3;
        while (j > 0 && p[j - 1] == ' ' && i - j < 8)
            j--;
    }
    if (j >= 3 && (p[j - 3] == 'I' || p[j - 3] == 'i') && p[j - 2] == 'd' && p[j - 1] == '.' &&
        (j == 3 || !sc_isalnum(p[j - 4]))) {
        *start = j - 3;
        return SC_TK_SECTION; /* the short-form rules start with Id. */
    }
    return SC_TK_SECTION;
}

/* "sec" at p[i]: a section trigger for "section(s)", "sec.", "secs." (any
 * case), not for "Secretary", "security", "second". */
static int sec_word(const uint8_t *p, size_t i, size_t end)
{
    uint8_t c3 = i + 3 < end ? p[i + 3] : 0;
    return c3 == 't' || c3 == 'T' || c3 == '.' || c3 == 's' || c3 == 'S' ? SC_TK_SECTION
                                                                          : SC_TK_NONE;
}

/* What the word start p[i] is; SC_TK_NONE when nothing.  *start is where
 * the citation would begin (before p[i] for a number trigger). */
static int classify(const uint8_t *p, size_t i, size_t end, size_t *start)
{
    uint8_t c = p[i];
    uint8_t c1 = i + 1 < end ? p[i + 1] : 0;
    uint8_t c2 = i + 2 < end ? p[i + 2] : 0;
    *start = i;
    switch (c) {
    case 'P':
        if (c1 == 'u' || c1 == 'U' || c1 == '.' || c1 == 'L' || c1 == ' ' ||
            c1 == 'r' || c1 == 'R' || c1 == 'v' || c1 == 'V')
            return SC_TK_LAW;
        return SC_TK_NONE;
    case 'H':
        if (c1 == '.' || c1 == ' ' || c1 == 'R' || c1 == 'J' || c1 == 'C' ||
            c1 == 'o' || c1 == 'O' || c1 == 0xc2)
            return SC_TK_BILL;
        return SC_TK_NONE;
    case 'S':
        if (c1 == 't' || c1 == 'T') { /* Stat. after a volume number */
            size_t j = number_before(p, i);
            if (j == SC_NO_START)
                return SC_TK_NONE;
            *start = j;
            return SC_TK_NUMBER;
        }
        if (i >= 2 && p[i - 1] == '.' && sc_isalpha(p[i - 2]))
            return SC_TK_NONE; /* the S of "U.S." */
        if (c1 == 'e' || c1 == 'E') {
            if (c2 == 'c' || c2 == 'C')
                return sec_word(p, i, end);
            if (c2 == 'n' || c2 == 'N')
                return SC_TK_BILL;
            return SC_TK_NONE;
        }
        if (c1 == '.' || c1 == ' ' || c1 == 'J' || c1 == 'C' || c1 == 'R' || c1 == 0xc2)
            return SC_TK_BILL;
        return SC_TK_NONE;
    case 's':
        return (c1 == 'e' && c2 == 'c') ? sec_word(p, i, end) : SC_TK_NONE;
    case 'T':
    case 't':
        return ((c1 == 'i' || c1 == 'I') && (c2 == 't' || c2 == 'T')) ? SC_TK_TITLE
                                                                      : SC_TK_NONE;
    case 'U':
    case 'u': { /* U.S.C., USC, U. S. C., U.S. Code, United States Code, usc */
        if (!(c1 == '.' || c1 == 'S' || c1 == 's' || c1 == ' ' || c1 == 'n'))
            return SC_TK_NONE;
        size_t j = number_before(p, i);
        if (j == SC_NO_START)
            return SC_TK_NONE;
        *start = j;
        return SC_TK_NUMBER;
    }
    case 'I': /* "Id." "Ibid." alone: the short-form rules of the section kind */
        return (c1 == 'd' && c2 == '.') || (c1 == 'b' && c2 == 'i') ? SC_TK_SECTION : SC_TK_NONE;
    case 0xc2:
        return c1 == 0xa7 ? sect_kind(p, i, start) : SC_TK_NONE;
    case 0xa7: /* Latin-1 section sign, unless it ends a UTF-8 one */
        return i > 0 && p[i - 1] == 0xc2 ? SC_TK_NONE : sect_kind(p, i, start);
    case '&':
        return (c1 == 's' || c1 == '#') && sect_len(p + i, end - i) ? sect_kind(p, i, start)
                                                                     : SC_TK_NONE;
    default:
        return SC_TK_NONE;
    }
}

/* Scalar: the next i >= pos with a trigger byte at a word start. */
static size_t next_scalar(const uint8_t *p, size_t i, size_t end)
{
    for (; i < end; i++)
        if (first_byte[p[i]] && (i == 0 || !sc_isalnum(p[i - 1])))
            return i;
    return end;
}

#ifdef SC_X86
/* SSE2, 16 bytes a step: a byte in the set, and no letter or digit before it. */
static size_t next_sse2(const uint8_t *p, size_t i, size_t end)
{
    if (i == 0) {
        if (end > 0 && first_byte[p[0]])
            return 0;
        i = 1;
    }
    const __m128i bP = _mm_set1_epi8('P'), bH = _mm_set1_epi8('H'), bS = _mm_set1_epi8('S'),
                  bT = _mm_set1_epi8('T'), bU = _mm_set1_epi8('U'), bC2 = _mm_set1_epi8((char)0xc2),
                  bA7 = _mm_set1_epi8((char)0xa7), bAmp = _mm_set1_epi8('&'),
                  b20 = _mm_set1_epi8(0x20), bLoLim = _mm_set1_epi8('a' - 1),
                  bHiLim = _mm_set1_epi8('z' + 1), bD0 = _mm_set1_epi8('0' - 1),
                  bD9 = _mm_set1_epi8('9' + 1), bs = _mm_set1_epi8('s'), bt = _mm_set1_epi8('t'),
                  bu = _mm_set1_epi8('u'), bI = _mm_set1_epi8('I');
    while (i + 16 <= end) {
        __m128i x = _mm_loadu_si128((const __m128i *)(p + i));
        __m128i prev = _mm_loadu_si128((const __m128i *)(p + i - 1));
        __m128i lx = _mm_or_si128(x, b20); /* letters folded to lower case */
        __m128i hit = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(lx, _mm_or_si128(bP, b20)),
                                      _mm_cmpeq_epi8(x, bH)),
                         _mm_or_si128(_mm_cmpeq_epi8(lx, bs), _mm_cmpeq_epi8(lx, bt))),
            _mm_or_si128(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(lx, bu), _mm_cmpeq_epi8(x, bI)),
                                      _mm_cmpeq_epi8(x, bC2)),
                         _mm_or_si128(_mm_cmpeq_epi8(x, bA7), _mm_cmpeq_epi8(x, bAmp))));
        (void)bS;
        (void)bT;
        (void)bU;
        __m128i lp = _mm_or_si128(prev, b20);
        __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(lp, bLoLim), _mm_cmpgt_epi8(bHiLim, lp));
        __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(prev, bD0), _mm_cmpgt_epi8(bD9, prev));
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_andnot_si128(_mm_or_si128(alpha, digit), hit));
        while (m) {
            size_t k = i + (size_t)__builtin_ctz(m);
            if (first_byte[p[k]]) /* 'p' and 'h' pass the folded compare */
                return k;
            m &= m - 1;
        }
        i += 16;
    }
    return next_scalar(p, i, end);
}

/* AVX2, 32 bytes a step: the same test. */
__attribute__((target("avx2"))) static size_t next_avx2(const uint8_t *p, size_t i, size_t end)
{
    if (i == 0) {
        if (end > 0 && first_byte[p[0]])
            return 0;
        i = 1;
    }
    const __m256i bp = _mm256_set1_epi8('p'), bH = _mm256_set1_epi8('H'),
                  bs = _mm256_set1_epi8('s'), bt = _mm256_set1_epi8('t'), bu = _mm256_set1_epi8('u'),
                  bI = _mm256_set1_epi8('I'),
                  bC2 = _mm256_set1_epi8((char)0xc2), bA7 = _mm256_set1_epi8((char)0xa7),
                  bAmp = _mm256_set1_epi8('&'), b20 = _mm256_set1_epi8(0x20),
                  bLoLim = _mm256_set1_epi8('a' - 1), bHiLim = _mm256_set1_epi8('z' + 1),
                  bD0 = _mm256_set1_epi8('0' - 1), bD9 = _mm256_set1_epi8('9' + 1);
    while (i + 32 <= end) {
        __m256i x = _mm256_loadu_si256((const __m256i *)(p + i));
        __m256i prev = _mm256_loadu_si256((const __m256i *)(p + i - 1));
        __m256i lx = _mm256_or_si256(x, b20);
        __m256i hit = _mm256_or_si256(
            _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(lx, bp), _mm256_cmpeq_epi8(x, bH)),
                            _mm256_or_si256(_mm256_cmpeq_epi8(lx, bs), _mm256_cmpeq_epi8(lx, bt))),
            _mm256_or_si256(_mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(lx, bu),
                                                            _mm256_cmpeq_epi8(x, bI)),
                                            _mm256_cmpeq_epi8(x, bC2)),
                            _mm256_or_si256(_mm256_cmpeq_epi8(x, bA7), _mm256_cmpeq_epi8(x, bAmp))));
        __m256i lp = _mm256_or_si256(prev, b20);
        __m256i alpha = _mm256_and_si256(_mm256_cmpgt_epi8(lp, bLoLim), _mm256_cmpgt_epi8(bHiLim, lp));
        __m256i digit = _mm256_and_si256(_mm256_cmpgt_epi8(prev, bD0), _mm256_cmpgt_epi8(bD9, prev));
        unsigned m = (unsigned)_mm256_movemask_epi8(
            _mm256_andnot_si256(_mm256_or_si256(alpha, digit), hit));
        while (m) {
            size_t k = i + (size_t)__builtin_ctz(m);
            if (first_byte[p[k]])
                return k;
            m &= m - 1;
        }
        i += 32;
    }
    return next_scalar(p, i, end);
}
#endif

typedef size_t (*next_fn)(const uint8_t *, size_t, size_t);

static size_t next_dispatch(const uint8_t *p, size_t i, size_t end);
static next_fn next_impl = next_dispatch;

/* Picks the widest vector unit this CPU has, once. */
static size_t next_dispatch(const uint8_t *p, size_t i, size_t end)
{
    next_fn f = next_scalar;
#ifdef SC_X86
    __builtin_cpu_init();
    f = __builtin_cpu_supports("avx2") ? next_avx2 : next_sse2;
#endif
    const char *force = getenv("STATCITE_SCAN");
    if (force && strcmp(force, "scalar") == 0)
        f = next_scalar;
#ifdef SC_X86
    else if (force && strcmp(force, "sse2") == 0)
        f = next_sse2;
#endif
    __atomic_store_n(&next_impl, f, __ATOMIC_RELAXED);
    return f(p, i, end);
}

const char *sc_lex_impl(void)
{
    next_fn f = __atomic_load_n(&next_impl, __ATOMIC_RELAXED);
    if (f == next_dispatch) {
        next_dispatch((const uint8_t *)"", 0, 0);
        f = __atomic_load_n(&next_impl, __ATOMIC_RELAXED);
    }
#ifdef SC_X86
    if (f == next_avx2)
        return "avx2";
    if (f == next_sse2)
        return "sse2";
#endif
    return "scalar";
}

size_t sc_lex_find(const uint8_t *p, size_t pos, size_t end, int *kind)
{
    next_fn next = __atomic_load_n(&next_impl, __ATOMIC_RELAXED);
    size_t i = pos;
    while ((i = next(p, i, end)) < end) {
        size_t start;
        int k = classify(p, i, end, &start);
        if (k != SC_TK_NONE && start >= pos) {
            *kind = k;
            return start;
        }
        i++;
        next = __atomic_load_n(&next_impl, __ATOMIC_RELAXED);
    }
    *kind = SC_TK_NONE;
    return end;
}
