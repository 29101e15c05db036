/*
 * jsonbuf.h -- the JSON Lines writer's record buffer and what writes into
 * it: bytes, decimal numbers, and strings escaped per RFC 8259, always as
 * UTF-8 (a byte that is not UTF-8 is decoded as Windows-1252, writer.h).
 * A record is assembled here and handed to stdio in one fwrite; the buffer
 * is flushed whenever the next piece might not fit, so its size bounds
 * nothing but the write size.  Only out_jsonl.c includes it.
 */
#ifndef SC_JSONBUF_H
#define SC_JSONBUF_H

#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ctype.h"
#include "writer.h"

#define JB_CAP 4096
typedef struct jbuf {
    FILE *f;
    size_t n;
    char b[JB_CAP];
} jbuf;

static inline void jb_flush(jbuf *j)
{
    if (j->n)
        fwrite(j->b, 1, j->n, j->f);
    j->n = 0;
}

/* Where k more bytes (k <= JB_CAP) may be written: the buffer's end,
 * flushed first when they might not fit.  Write there, then jb_end(). */
static inline char *jb_room(jbuf *j, size_t k)
{
    if (JB_CAP - j->n < k)
        jb_flush(j);
    return j->b + j->n;
}

/* The bytes written since jb_room() end at o. */
static inline void jb_end(jbuf *j, char *o) { j->n = (size_t)(o - j->b); }

static void jb_put_slow(jbuf *j, const void *p, size_t l)
{
    while (l > 0) {
        if (j->n == JB_CAP)
            jb_flush(j);
        size_t k = JB_CAP - j->n < l ? JB_CAP - j->n : l;
        memcpy(j->b + j->n, p, k);
        j->n += k;
        p = (const char *)p + k;
        l -= k;
    }
}

static inline void jb_put(jbuf *j, const void *p, size_t l)
{
    if (l <= JB_CAP - j->n) {
        memcpy(j->b + j->n, p, l);
        j->n += l;
    } else {
        jb_put_slow(j, p, l);
    }
}

/* A string literal: its length is known when compiling. */
#define jb_lit(j, s) jb_put((j), s, sizeof s - 1)
/* ... copied to o, which moves past it. */
#define o_lit(o, s) (memcpy((o), s, sizeof s - 1), (o) += sizeof s - 1)

static inline void jb_c(jbuf *j, char c)
{
    if (j->n == JB_CAP)
        jb_flush(j);
    j->b[j->n++] = c;
}

/* v in decimal at o (at most 20 bytes); returns the end.  Its digits are
 * counted first (log10 from log2) so that sc_dec() writes them from the end
 * in place. */
static inline char *o_num(char *o, uint64_t v)
{
    static const uint64_t p10[20] = { 1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull,
        1000000ull, 10000000ull, 100000000ull, 1000000000ull, 10000000000ull, 100000000000ull,
        1000000000000ull, 10000000000000ull, 100000000000000ull, 1000000000000000ull,
        10000000000000000ull, 100000000000000000ull, 1000000000000000000ull,
        10000000000000000000ull };
    int t = (64 - __builtin_clzll(v | 1)) * 1233 >> 12;
    int nd = t + (v >= p10[t]) + (v == 0);
    sc_dec(o + nd, v);
    return o + nd;
}

static inline void jb_num(jbuf *j, unsigned long long v) { jb_end(j, o_num(jb_room(j, 20), v)); }

/* What JSON does with each byte: 0 takes it as it is (printable ASCII but
 * '"' and '\\'), 1 escapes it (those two, control characters, DEL), 2
 * starts a UTF-8 sequence or is a Windows-1252 byte (writer.h). */
static const unsigned char jclass[256] = {
    [0 ... 0x1f] = 1, ['"'] = 1, ['\\'] = 1, [0x7f] = 1, [0x80 ... 0xff] = 2,
};

/* The escape of c (jclass 1) at o; returns the end (at most 6 bytes). */
static inline char *o_esc(char *o, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    switch (c) {
    case '"': o_lit(o, "\\\""); break;
    case '\\': o_lit(o, "\\\\"); break;
    case '\n': o_lit(o, "\\n"); break;
    case '\r': o_lit(o, "\\r"); break;
    case '\t': o_lit(o, "\\t"); break;
    default: {
        char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
        memcpy(o, u, sizeof u);
        o += sizeof u;
    }
    }
    return o;
}

/* s[0..n) as a JSON string.  Returns 0 when s is valid UTF-8, 1 when some
 * byte was decoded as Windows-1252 or a cut character (as sc_utf8_valid()
 * would say, without a second pass).  For strings of any length. */
static int jstr(jbuf *f, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    int bad = 0;
    size_t i = 0;
    jb_c(f, '"');
    while (i < n) {
#if defined(__SSE2__)
        /* 16 bytes at a time: stored whole, kept up to the first that is not
         * plain; that one is written below */
        const __m128i sp = _mm_set1_epi8(0x20), qu = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'),
                      del = _mm_set1_epi8(0x7f);
        while (n - i >= 16) {
            if (JB_CAP - f->n < 16)
                jb_flush(f);
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            __m128i odd = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(v, sp), _mm_cmpeq_epi8(v, qu)),
                                       _mm_or_si128(_mm_cmpeq_epi8(v, bs), _mm_cmpeq_epi8(v, del)));
            unsigned m = (unsigned)_mm_movemask_epi8(odd); /* signed: 0x80-0xff are below 0x20 */
            _mm_storeu_si128((__m128i *)(void *)(f->b + f->n), v);
            if (m == 0) {
                f->n += 16;
                i += 16;
                continue;
            }
            unsigned k = (unsigned)__builtin_ctz(m);
            f->n += k;
            i += k;
            break;
        }
        if (i == n)
            break;
#endif
        size_t k = i;
        while (k < n && jclass[p[k]] == 0)
            k++;
        if (k > i) { /* a run of plain bytes in one write */
            jb_put(f, p + i, k - i);
            i = k;
            if (i == n)
                break;
        }
        unsigned char c = p[i];
        if (jclass[c] == 2) {
            size_t l = sc_utf8_len(p + i, n - i);
            if (l == 0 && sc_utf8_cut(p + i, n - i)) { /* a character cut off at the end */
                for (; i < n; i++)
                    jb_lit(f, "\xef\xbf\xbd");
                bad = 1;
                break;
            }
            if (l == 0) { /* a Windows-1252 byte (writer.h) */
                char ch[3];
                jb_put(f, ch, sc_cp1252_utf8(c, ch));
                bad = 1;
                i++;
                continue;
            }
            jb_put(f, p + i, l);
            i += l;
            continue;
        }
        jb_end(f, o_esc(jb_room(f, 6), c));
        i++;
    }
    jb_c(f, '"');
    return bad;
}

/* The room jz() may take for an array of cap bytes: 6 bytes a byte at
 * most ("\u001f"), the quotes, and 16 for its last vector store. */
#define JZ_ROOM(cap) (6 * (cap) + 2 + 16)

/*
 * A citation's text field -- a NUL-terminated string in a char array of
 * cap bytes, s[0..cap) all readable -- as a JSON string at o, which has
 * JZ_ROOM(cap) bytes; the same bytes as jstr(s, strlen(s)) in one pass,
 * 16 bytes at a time (no strlen first, no scalar loop for short strings).
 * Sets *len to the string's length, *bad as jstr() returns; returns the end.
 */
static inline char *jz(char *o, const char *s, size_t cap, size_t *len, int *bad)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    *o++ = '"';
    for (;;) {
#if defined(__SSE2__)
        /* stored whole, kept up to the first byte that is not plain (the
         * NUL is one: below 0x20) */
        const __m128i sp = _mm_set1_epi8(0x20), qu = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'),
                      del = _mm_set1_epi8(0x7f);
        unsigned m = 0;
        while (i + 16 <= cap) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            __m128i odd = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(v, sp), _mm_cmpeq_epi8(v, qu)),
                                       _mm_or_si128(_mm_cmpeq_epi8(v, bs), _mm_cmpeq_epi8(v, del)));
            m = (unsigned)_mm_movemask_epi8(odd); /* signed: 0x80-0xff are below 0x20 */
            _mm_storeu_si128((__m128i *)(void *)o, v);
            if (m)
                break;
            o += 16;
            i += 16;
        }
        if (m) {
            unsigned k = (unsigned)__builtin_ctz(m);
            o += k;
            i += k;
        } else
#endif
        {
            while (i < cap && jclass[p[i]] == 0)
                *o++ = (char)p[i++];
        }
        if (i == cap || p[i] == 0)
            break;
        unsigned char c = p[i];
        if (jclass[c] == 1) {
            o = o_esc(o, c);
            i++;
            continue;
        }
        /* (a sequence running into the NUL is not valid: NUL is no
         * continuation byte; so the array's end serves for the string's) */
        size_t l = sc_utf8_len(p + i, cap - i);
        if (l) {
            memcpy(o, p + i, l);
            o += l;
            i += l;
            continue;
        }
        *bad = 1;
        size_t rest = strnlen((const char *)p + i, cap - i);
        if (sc_utf8_cut(p + i, rest)) { /* a character cut off at the end */
            for (size_t k = 0; k < rest; k++)
                o_lit(o, "\xef\xbf\xbd");
            i += rest;
            break;
        }
        o += sc_cp1252_utf8(c, o); /* a Windows-1252 byte (writer.h) */
        i++;
    }
    *o++ = '"';
    *len = i;
    return o;
}

static void b64(jbuf *f, const char *s, size_t n)
{
    static const char tab[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const unsigned char *p = (const unsigned char *)s;
    jb_c(f, '"');
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0) |
                     (i + 2 < n ? p[i + 2] : 0);
        jb_c(f, tab[v >> 18 & 63]);
        jb_c(f, tab[v >> 12 & 63]);
        jb_c(f, i + 1 < n ? tab[v >> 6 & 63] : '=');
        jb_c(f, i + 2 < n ? tab[v & 63] : '=');
    }
    jb_c(f, '"');
}

#endif
