/*
 * strbuf.h -- a bounded string builder over a caller's char array, shared
 * by the normalizer (keys, forms, links) and the enrichment (a law's
 * facts): appends truncate to fit, and the array is always NUL-terminated.
 * It owns nothing.
 */
#ifndef SC_STRBUF_H
#define SC_STRBUF_H

#include <stddef.h>
#include <string.h>

typedef struct sc_sbuf {
    char *p;    /* the array                        */
    size_t n;   /* bytes written, p[n] == '\0'       */
    size_t cap; /* its size, with the NUL            */
} sc_sbuf;

/* An empty builder over p[0..cap). */
static inline sc_sbuf sc_sb_at(char *p, size_t cap)
{
    p[0] = '\0';
    return (sc_sbuf){ p, 0, cap };
}

/* Appends the @p l bytes at @p s, as many as fit. */
static inline void sc_sb_put(sc_sbuf *b, const char *s, size_t l)
{
    /* when it fits (always, but for a field cut at its end) the copy keeps
     * the length it was given: a literal's is known when compiling, and
     * its copy is a few moves rather than a call */
    if (__builtin_expect(l > b->cap - 1 - b->n, 0)) {
        l = b->cap - 1 - b->n;
        memcpy(b->p + b->n, s, l);
    } else {
        memcpy(b->p + b->n, s, l);
    }
    b->n += l;
    b->p[b->n] = '\0';
}

/* Appends the string @p s: a literal by its known length, any other byte
 * by byte (the strings appended are a few bytes long: a loop costs less
 * than calls to strlen and memcpy). */
static inline void sc_sb_s(sc_sbuf *b, const char *s)
{
    if (__builtin_constant_p(__builtin_strlen(s))) {
        sc_sb_put(b, s, __builtin_strlen(s));
        return;
    }
    char *d = b->p + b->n;
    size_t room = b->cap - 1 - b->n, i = 0;
    for (; i < room && s[i]; i++)
        d[i] = s[i];
    d[i] = '\0';
    b->n += i;
}

/* Appends a string literal (its length known when compiling). */
#define sc_sb_lit(b, s) sc_sb_put((b), s, sizeof s - 1)

#endif
