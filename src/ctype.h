/*
 * ctype.h -- statcite's own locale-free character classes (after Lua's
 * lctype.h): one 256-entry table, so a byte is classified by one load, the
 * same way in every locale, and a byte >= 0x80 is never a letter or space
 * by accident.  Never use <ctype.h> on raw text bytes in statcite.
 */
#ifndef SC_CTYPE_H
#define SC_CTYPE_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum {
    SC_C_DIGIT = 0x01, /* 0-9                        */
    SC_C_UPPER = 0x02, /* A-Z                        */
    SC_C_LOWER = 0x04, /* a-z                        */
    SC_C_SPACE = 0x08, /* ASCII space, \t \n \v \f \r */
    SC_C_HIGH  = 0x10  /* >= 0x80 (UTF-8 or 8-bit)   */
};

extern const uint8_t sc_ctype_tab[256];

#define sc_isdigit(c) (sc_ctype_tab[(uint8_t)(c)] & SC_C_DIGIT)
#define sc_isupper(c) (sc_ctype_tab[(uint8_t)(c)] & SC_C_UPPER)
#define sc_islower(c) (sc_ctype_tab[(uint8_t)(c)] & SC_C_LOWER)
#define sc_isalpha(c) (sc_ctype_tab[(uint8_t)(c)] & (SC_C_UPPER | SC_C_LOWER))
#define sc_isalnum(c) (sc_ctype_tab[(uint8_t)(c)] & (SC_C_DIGIT | SC_C_UPPER | SC_C_LOWER))
#define sc_isspace(c) (sc_ctype_tab[(uint8_t)(c)] & SC_C_SPACE)
#define sc_ishigh(c)  (sc_ctype_tab[(uint8_t)(c)] & SC_C_HIGH)
#define sc_toupper(c) ((uint8_t)(sc_islower(c) ? (c) - 32 : (c)))
#define sc_tolower(c) ((uint8_t)(sc_isupper(c) ? (c) + 32 : (c)))

/* Is b[0..n) the text w, letters in either case?  For the small words a
 * name is read by in capitals too ("ACT FOR ACQUIRED LANDS", "ACT OF
 * 1990"): sc_fold_eq(b + q, " for ", 5).  The caller has n bytes at b. */
static inline int sc_fold_eq(const uint8_t *b, const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (sc_tolower(b[k]) != sc_tolower((uint8_t)w[k]))
            return 0;
    return 1;
}

/* atol(s) for the short numbers of citations, without the library's
 * locale and overflow machinery: ASCII blanks, a sign, digits.  The same
 * value as atol() (which it calls for a number of more than 18 digits). */
static inline long sc_atol(const char *s)
{
    const char *p = s;
    while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
        p++;
    int neg = *p == '-';
    if (*p == '-' || *p == '+')
        p++;
    long v = 0;
    for (int n = 0; sc_isdigit(*p); n++, p++) {
        if (n == 18)
            return atol(s);
        v = v * 10 + (*p - '0');
    }
    return neg ? -v : v;
}

/* @p n, hidden from the compiler: a memcpy()/memset() of it calls the
 * library.  GCC otherwise inlines a copy of a bounded or constant size as
 * rep movs / rep stos, whose start-up alone costs more than the library's
 * copy of a short string or a citation. */
static inline size_t sc_size_opaque(size_t n)
{
#if defined(__GNUC__)
    __asm__("" : "+r"(n));
#endif
    return n;
}

/* Writes @p v in decimal just before @p end (at most 20 digits) and returns
 * where the digits begin: numbers for keys and records without printf. */
static inline char *sc_dec(char *end, uint64_t v)
{
    static const char d2[] = "00010203040506070809101112131415161718192021222324252627282930313233"
                             "34353637383940414243444546474849505152535455565758596061626364656667"
                             "6869707172737475767778798081828384858687888990919293949596979899";
    while (v >= 100) { /* two digits a step */
        end -= 2;
        memcpy(end, d2 + 2 * (v % 100), 2);
        v /= 100;
    }
    if (v >= 10) {
        end -= 2;
        memcpy(end, d2 + 2 * v, 2);
    } else {
        *--end = (char)('0' + v);
    }
    return end;
}

#endif
