/*
 * explain.c -- --explain CODE, from the embedded docs/checks.md: each code
 * is a "### `code`" heading; its text runs to the next heading.
 */
#include "explain.h"

#include <string.h>

#include "codes.h"
#include "msg.h"
#include "suggest.h"

extern const char sc_checks_doc[];

int sc_explain(const char *code, FILE *out)
{
    char head[96];
    snprintf(head, sizeof head, "\n### `%s`", code);
    const char *p = strstr(sc_checks_doc, head);
    if (!p || p[strlen(head)] != '\n') {
        char list[2048];
        sc_code_list(list, sizeof list);
        const char *codes[256];
        size_t lens[256];
        int n = sc_code_all(codes, lens, 256);
        int s = sc_suggest(code, strlen(code), codes, lens, n);
        if (s >= 0)
            sc_msg_error("no diagnostic code '%s'; did you mean '%.*s'? The codes are: %s", code,
                         (int)lens[s], codes[s], list);
        else
            sc_msg_error("no diagnostic code '%s'; the codes are: %s", code, list);
        return -1;
    }
    p++;
    const char *e = strstr(p + 4, "\n#");
    size_t len = e ? (size_t)(e - p) + 1 : strlen(p);
    fwrite(p, 1, len, out);
    return ferror(out) ? -1 : 0;
}
