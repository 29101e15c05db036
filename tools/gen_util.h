/*
 * gen_util.h -- what the build-time table generators (tools/gen_*.c) share:
 * stopping with a message that names the file and line, allocation that
 * never returns NULL, and the C string literals of the generated tables.
 * Each generator defines GEN_NAME (its name, for the messages) before
 * including this.  Build-time only: not part of the
 * library.
 */
#ifndef GEN_UTIL_H
#define GEN_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void die(const char *file, long line, const char *what)
{
    fprintf(stderr, GEN_NAME ": %s:%ld: %s\n", file, line, what);
    exit(1);
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) {
        fprintf(stderr, GEN_NAME ": out of memory\n");
        exit(1);
    }
    return p;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xrealloc(NULL, n), s, n);
}

/* Writes the n bytes at s as a C string literal, on stdout: quotes and
 * backslashes escaped, other bytes outside printable ASCII in octal. */
static inline void cstring(const char *s, size_t n)
{
    putchar('"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c < 0x20 || c >= 0x7f)
            printf("\\%03o", c);
        else
            putchar(c);
    }
    putchar('"');
}

#endif
