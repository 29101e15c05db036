/*
 * explain.c -- --explain CODE, from the embedded docs/checks.md: each code
 * is a "### `code`" heading; its text runs to the next heading.
 */
#include "explain.h"

#include <string.h>

#include "msg.h"

extern const char sc_checks_doc[];

int sc_explain(const char *code, FILE *out)
{
    char head[96];
    snprintf(head, sizeof head, "\n### `%s`", code);
    const char *p = strstr(sc_checks_doc, head);
    if (!p || p[strlen(head)] != '\n') {
        char list[1024] = "";
        size_t n = 0;
        for (const char *q = sc_checks_doc; (q = strstr(q, "\n### `")) != NULL && n < sizeof list - 40;) {
            q += 6;
            const char *e = strchr(q, '`');
            if (!e)
                break;
            n += (size_t)snprintf(list + n, sizeof list - n, "%s%.*s", n ? ", " : "", (int)(e - q), q);
        }
        sc_msg_error("no diagnostic code '%s'; the codes are: %s", code, list);
        return -1;
    }
    p++;
    const char *e = strstr(p + 4, "\n#");
    size_t len = e ? (size_t)(e - p) + 1 : strlen(p);
    fwrite(p, 1, len, out);
    return ferror(out) ? -1 : 0;
}
