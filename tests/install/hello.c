/*
 * hello.c -- a program built against the installed library through
 * pkg-config (tests/install/run.sh): scans a sentence, prints the keys.
 */
#include <stdio.h>
#include <string.h>

#include <statcite.h>

static int print_key(const sc_citation *c, void *user)
{
    (void)user;
    printf("%s %s\n", sc_type_name(c->type), c->key);
    return 0;
}

int main(void)
{
    char err[256];
    const char *text = "Pub. L. No. 108-458, 118 Stat. 3638, amended 8 U.S.C. 1357(g), see H.R. 10.";
    sc_rules *r = sc_rules_load(NULL, 0, NULL, err, sizeof err);
    if (!r) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    sc_scanner *s = sc_scanner_new(r, NULL);
    long n = sc_scan_buffer(s, "hello", text, strlen(text), print_key, NULL);
    sc_scanner_free(s);
    sc_rules_free(r);
    printf("%ld citations\n", n);
    return n == 4 ? 0 : 1;
}
