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
    if (l > b->cap - 1 - b->n)
        l = b->cap - 1 - b->n;
    memcpy(b->p + b->n, s, l);
    b->n += l;
    b->p[b->n] = '\0';
}

/* Appends the string @p s. */
static inline void sc_sb_s(sc_sbuf *b, const char *s) { sc_sb_put(b, s, strlen(s)); }

/* Appends a string literal (its length known when compiling). */
#define sc_sb_lit(b, s) sc_sb_put((b), s, sizeof s - 1)

#endif
