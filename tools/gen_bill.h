/*
 * gen_bill.h -- a bill as the reference tables write it ("hr2640",
 * "s1958", "hjres444"), read by the build-time table generators
 * (tools/gen_refdata.c, tools/gen_historic.c).  Build-time only.
 */
#ifndef GEN_BILL_H
#define GEN_BILL_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "statcite.h"

/* "hr2640" -> SC_BILL_HR, 2640.  Unknown prefixes (OCR slips in the
 * sources: "hjes", "skres"; the historic table's "pubres38") give
 * SC_BILL_NONE and 0. */
static inline void gen_bill(const char *s, uint8_t *type, int32_t *number)
{
    static const struct { const char *p; sc_bill_type t; } map[] = {
        { "hr", SC_BILL_HR },           { "s", SC_BILL_S },
        { "hres", SC_BILL_HRES },       { "sres", SC_BILL_SRES },
        { "hjres", SC_BILL_HJRES },     { "sjres", SC_BILL_SJRES },
        { "hconres", SC_BILL_HCONRES }, { "sconres", SC_BILL_SCONRES },
    };
    size_t k = 0;
    while (s[k] >= 'a' && s[k] <= 'z')
        k++;
    *type = SC_BILL_NONE;
    *number = 0;
    if (!s[k] || k == 0)
        return;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strlen(map[i].p) == k && memcmp(map[i].p, s, k) == 0) {
            char *end;
            long v = strtol(s + k, &end, 10);
            if (*end == '\0' && v > 0) {
                *type = (uint8_t)map[i].t;
                *number = (int32_t)v;
            }
            return;
        }
}

#endif
