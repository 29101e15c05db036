/*
 * codes.c -- the diagnostic codes, from docs/checks.md's headings
 * (see codes.h).
 */
#include "codes.h"

#include <stdio.h>
#include <string.h>

#include "msg.h"
#include "suggest.h"

extern const char sc_checks_doc[];

#define CODES_MAX 256

int sc_code_all(const char **codes, size_t *lens, int max)
{
    int n = 0;
    for (const char *q = sc_checks_doc; n < max && (q = strstr(q, "\n### `")) != NULL;) {
        q += 6;
        const char *e = strchr(q, '`');
        if (!e)
            break;
        codes[n] = q;
        lens[n++] = (size_t)(e - q);
        q = e;
    }
    return n;
}

int sc_code_known(const char *code, size_t len)
{
    const char *codes[CODES_MAX];
    size_t lens[CODES_MAX];
    int n = sc_code_all(codes, lens, CODES_MAX);
    for (int i = 0; i < n; i++)
        if (lens[i] == len && memcmp(codes[i], code, len) == 0)
            return 1;
    return 0;
}

void sc_code_list(char *buf, size_t size)
{
    const char *codes[CODES_MAX];
    size_t lens[CODES_MAX];
    int n = sc_code_all(codes, lens, CODES_MAX);
    size_t o = 0;
    buf[0] = '\0';
    for (int i = 0; i < n; i++) {
        if (o + lens[i] + 8 >= size) {
            snprintf(buf + o, size - o, ", ...");
            return;
        }
        o += (size_t)snprintf(buf + o, size - o, "%s%.*s", i ? ", " : "", (int)lens[i], codes[i]);
    }
}

int sc_code_check_list(const char *list)
{
    const char *codes[CODES_MAX];
    size_t lens[CODES_MAX];
    int n = sc_code_all(codes, lens, CODES_MAX);
    for (const char *p = list; *p;) {
        const char *e = strchr(p, ',');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len > 0 && !sc_code_known(p, len)) {
            char all[2048];
            sc_code_list(all, sizeof all);
            int s = sc_suggest(p, len, codes, lens, n);
            if (s >= 0)
                sc_msg_error("--disable: no diagnostic code '%.*s'; did you mean '%.*s'? The codes "
                             "are: %s",
                             (int)len, p, (int)lens[s], codes[s], all);
            else
                sc_msg_error("--disable: no diagnostic code '%.*s'; the codes are: %s", (int)len, p,
                             all);
            return -1;
        }
        p += len + (e != NULL);
    }
    return 0;
}
