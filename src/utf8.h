/*
 * utf8.h -- the one UTF-8 encoder: a code point to its bytes.  Used by the
 * writers (Windows-1252 bytes written as UTF-8), the UTF-16 input decoder
 * and the RTF reader.  Pure; no allocation.
 */
#ifndef SC_UTF8_H
#define SC_UTF8_H

#include <stddef.h>

/* Writes code point @p cp (at most 0x10FFFF) as 1 to 4 bytes at @p o and
 * returns how many.  A surrogate is written as it is: callers that may
 * meet one alone replace it with U+FFFD first. */
static inline size_t sc_utf8_put(unsigned char *o, unsigned cp)
{
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xc0 | cp >> 6);
        o[1] = (unsigned char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xe0 | cp >> 12);
        o[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
        o[2] = (unsigned char)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (unsigned char)(0xf0 | cp >> 18);
    o[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3f));
    o[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
    o[3] = (unsigned char)(0x80 | (cp & 0x3f));
    return 4;
}

#endif
