/*
 * act_norm.h -- the one normal form of an Act's name, shared by the build
 * tool that writes the name index (tools/gen_acts.c) and by the lookups
 * (src/ref_acts.c), so both sides agree byte for byte.
 *
 * The key is case-, "the"-, blank-, quote- and punctuation-insensitive:
 * ASCII letters lowered; straight and curly quotes, periods and commas
 * dropped, and the blanks between initials ("R. S." is "R.S."); en and em dashes read as '-'; runs of blanks (and no-break
 * spaces) one space; a leading "the " dropped; a trailing "for fiscal year
 * 1997" or ", Fiscal Year 1997" read as "1997" (so they meet "Act, 1997").
 * Invisible format characters are dropped: the soft hyphen (U+00AD, which
 * a name carries where a line may break: "Breast\u00adfeeding"), the
 * zero-width space and joiners (U+200B-200D), the word joiner (U+2060) and
 * the byte-order mark (U+FEFF).  An ampersand between blanks (or "&amp;")
 * is read as "and".  An acronym in brackets after a blank -- two to twelve
 * capitals, digits, '&' or '-', two capitals at least, quoted or not --
 * is dropped with its brackets: "Americans with Disabilities Act (ADA) of
 * 1990" is "americans with disabilities act of 1990", as is "Cuban Liberty
 * and Democratic Solidarity (LIBERTAD) Act of 1996" without it.
 * Locale-free: bytes >= 0x80 other than those marks are kept as they are.
 */
#ifndef SC_ACT_NORM_H
#define SC_ACT_NORM_H

#include <stddef.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/** Longest key, in bytes, without the terminating NUL. */
#define SC_ACT_NORM_MAX 255

/**
 * Writes the key of the @p n bytes at @p s into @p out (NUL-terminated, at
 * most @p cap bytes with the NUL) and returns its length; returns 0 when
 * the key is empty or does not fit.
 */
/* Whether the blank at s[i] stands between two initials ("R. S.", "I. R.
 * C."): a letter and a period before it (after a blank or the start), a
 * letter and a period after it, then a blank, the end or no letter; the
 * key then joins them, as "R.S." and "I.R.C." are written. */
static inline int sc_act_initials(const char *s, size_t n, size_t i)
{
    /* (most blanks follow a word's last letter: no period, asked first) */
    if (!(i >= 2 && s[i - 1] == '.' && ((s[i - 2] | 0x20) >= 'a' && (s[i - 2] | 0x20) <= 'z') &&
          (i == 2 || s[i - 3] == ' ' || s[i - 3] == '.')))
        return 0;
    size_t j = i;
    while (j < n && s[j] == ' ')
        j++;
    return j + 1 < n && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z') && s[j + 1] == '.' &&
           (j + 2 == n || !(((s[j + 2] | 0x20) >= 'a' && (s[j + 2] | 0x20) <= 'z')));
}

/* The length of an acronym in brackets at s[i] ('('), or 0: two to twelve
 * capitals, digits, '&' or '-', two capitals at least, in straight or
 * curly double quotes or none, then ')' and a blank, a comma or the end --
 * "(ADA)", "(“ADA”)", "(LIBERTAD)". */
static inline size_t sc_act_acronym_len(const char *s, size_t n, size_t i)
{
    size_t k = i + 1;
    int quoted = 0, caps = 0;
    if (k < n && s[k] == '"')
        k++, quoted = 1;
    else if (k + 2 < n && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80 &&
             (unsigned char)s[k + 2] == 0x9C)
        k += 3, quoted = 1;
    size_t a = k;
    while (k < n && k - a < 13 &&
           ((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9') || s[k] == '&' || s[k] == '-')) {
        caps += s[k] >= 'A' && s[k] <= 'Z';
        k++;
    }
    size_t len = k - a;
    if (quoted && k < n && s[k] == '"')
        k++;
    else if (quoted && k + 2 < n && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80 &&
             (unsigned char)s[k + 2] == 0x9D)
        k += 3;
    if (caps < 2 || len > 12 || k >= n || s[k] != ')' ||
        !(k + 1 == n || s[k + 1] == ' ' || s[k + 1] == ','))
        return 0;
    return k + 1 - i;
}

#ifdef __SSE2__
/* The run of bytes from s[0] (16 readable) that the key keeps but for
 * their case -- none dropped, no blank, none >= 0x80 -- written lowered
 * into out[0..16) (16 bytes written, those past the run scratch): its
 * length.  Most of a name is such runs, its words. */
static inline size_t sc_act_norm_run16(const char *s, char *out)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i drop = _mm_or_si128(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')), _mm_cmpeq_epi8(v, _mm_set1_epi8('"'))),
                     _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')), _mm_cmpeq_epi8(v, _mm_set1_epi8(',')))),
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('`')),
                     _mm_cmpeq_epi8(v, _mm_set1_epi8('(')))); /* ('(' only stops the run) */
    __m128i blank = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), /* and '\t'-'\r' */
                                 _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('\t' - 1)),
                                               _mm_cmplt_epi8(v, _mm_set1_epi8('\r' + 1))));
    /* (v's own top bit: a byte >= 0x80) */
    unsigned stop = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(drop, blank), v)) | 0x10000u;
    __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                  _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
    _mm_storeu_si128((__m128i *)(void *)out, _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
    return (size_t)__builtin_ctz(stop);
}
#endif

static inline size_t sc_act_norm(const char *s, size_t n, char *out, size_t cap)
{
    /* each byte's part, one table lookup (most bytes are kept): 0, kept as
     * it is; 0x20, a capital, lowered by that bit; else dropped, a blank,
     * or a byte >= 0x80 (none of the marks below begins with an ASCII one) */
    enum { SC_KEY_DROP = 0x40, SC_KEY_BLANK, SC_KEY_HIGH };
    static const unsigned char part[256] = {
        ['A' ... 'Z'] = 0x20, ['\''] = SC_KEY_DROP, ['"'] = SC_KEY_DROP, ['.'] = SC_KEY_DROP,
        [','] = SC_KEY_DROP, ['`'] = SC_KEY_DROP, [' '] = SC_KEY_BLANK, ['\t'] = SC_KEY_BLANK,
        ['\n'] = SC_KEY_BLANK, ['\r'] = SC_KEY_BLANK, ['\f'] = SC_KEY_BLANK, ['\v'] = SC_KEY_BLANK,
        ['&'] = SC_KEY_HIGH, ['('] = SC_KEY_HIGH, [0x80 ... 0xff] = SC_KEY_HIGH};
    size_t o = 0;
    int space = 0, and_rest = 0;
#ifdef __SSE2__
    /* the last 16 bytes, then 16 that end a run: the runs' reads past s[n - 16] */
    char tail[32];
    if (n >= 16) {
        memcpy(tail, s + n - 16, 16);
        memset(tail + 16, 0x80, 16);
    }
#endif
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i], t = part[c];
        char w;
        if (t < SC_KEY_DROP) {
#ifdef __SSE2__
            /* a run at once, when its 16 bytes can be written before
             * out[cap - 1] (so the key fits as far) */
            if (n >= 16 && o + space + 16 < cap) {
                if (space) {
                    out[o++] = ' ';
                    space = 0;
                }
                size_t r = sc_act_norm_run16(i + 16 <= n ? s + i : tail + (i - (n - 16)), out + o);
                o += r;
                i += r - 1;
                continue;
            }
#endif
            w = (char)(c | t);
            goto put;
        }
        if (t == SC_KEY_DROP)
            continue;
        if (t == SC_KEY_BLANK) {
            space = o > 0 && !sc_act_initials(s, n, i);
            continue;
        }
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
            unsigned char d = (unsigned char)s[i + 2];
            if (d == 0x98 || d == 0x99 || d == 0x9C || d == 0x9D) { /* quotes */
                i += 2;
                continue;
            }
            if (d >= 0x8B && d <= 0x8D) { /* zero-width space and joiners */
                i += 2;
                continue;
            }
            if (d == 0x93 || d == 0x94) { /* en, em dash */
                i += 2;
                w = '-';
                goto put;
            }
        }
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xAD) { /* soft hyphen */
            i += 1;
            continue;
        }
        if (i + 2 < n &&
            ((c == 0xE2 && (unsigned char)s[i + 1] == 0x81 && (unsigned char)s[i + 2] == 0xA0) ||
             (c == 0xEF && (unsigned char)s[i + 1] == 0xBB && (unsigned char)s[i + 2] == 0xBF))) {
            /* word joiner, byte-order mark */
            i += 2;
            continue;
        }
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) { /* NBSP */
            i += 1;
            space = o > 0;
            continue;
        }
        size_t al;
        if (c == '(' && space && (al = sc_act_acronym_len(s, n, i)) > 0) {
            i += al - 1; /* an acronym after a blank: " (ADA)", " (“ADA”)" -- the
                          * blank before it stays pending: one blank */
            continue;
        }
        if (c == '&') {
            /* an ampersand between blanks is "and", and so is a web page's
             * "&amp;": "Health Insurance Portability & Accountability Act" */
            size_t k = i + 1;
            if (k + 4 <= n && memcmp(s + k, "amp;", 4) == 0)
                k += 4;
            if (i > 0 && s[i - 1] == ' ' && k < n && s[k] == ' ') {
                i = k - 1;
                w = 'a';
                and_rest = 1; /* "and": its 'a' put below, then "nd" */
                goto put;
            }
        }
        w = (char)c; /* another byte >= 0x80 (or '&' in a word): kept as it is */
    put:
        if (space) {
            if (o + 1 >= cap)
                return 0;
            out[o++] = ' ';
            space = 0;
        }
        if (o + 1 + 2 * and_rest >= cap)
            return 0;
        out[o++] = w;
        if (and_rest) {
            out[o++] = 'n';
            out[o++] = 'd';
            and_rest = 0;
        }
    }
    out[o] = '\0';
    if (o > 4 && memcmp(out, "the ", 4) == 0) {
        memmove(out, out + 4, o - 3);
        o -= 4;
    }
    /* "... for fiscal year 1997" and "..., fiscal year 1997" -> "... 1997" */
    int digits = o > 4;
    for (size_t k = o > 4 ? o - 4 : 0; digits && k < o; k++)
        digits &= out[k] >= '0' && out[k] <= '9';
    static const char *const fy[] = {" for fiscal year ", " fiscal year "};
    for (int f = 0; digits && f < 2; f++) {
        size_t fl = strlen(fy[f]);
        if (o > fl + 4 && memcmp(out + o - 4 - fl, fy[f], fl) == 0) {
            out[o - 4 - fl] = ' ';
            memmove(out + o - 4 - fl + 1, out + o - 4, 5);
            o = o - fl + 1;
            break;
        }
    }
    return o;
}

#endif
