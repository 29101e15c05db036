/*
 * test_rules.c -- unit tests of the grammar loader (src/rules.c): a macro
 * declared with "routine" is called as a PCRE2 subroutine and matches what
 * the same text declared with "define" matches, also when one routine calls
 * another and when the call sits inside a possessive repeat; a routine's
 * group never shows up as a citation field; and a grammar with a mistake is
 * refused with its origin and line.  The trigger words' follow sets: the
 * built-in ones from the build are what the loader computes, and at every
 * trigger they refuse in real text (examples/, fixtures/), no citation rule
 * of the kind matches.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "statcite.h"

#include <dirent.h>

#include "lexer.h"
#include "rules.h"

/* A small grammar in the shape of grammar/20-usc.rules: "8 U.S.C. 1357",
 * where the blanks may hold a running head ("128 STAT. 9" alone on a line).
 * KW is "define" or "routine" for RH, SP and SP1; %s is replaced by it. */
static const char *const mini =
    "%s RH  (?: \\r?\\n ) [\\x20\\t]* \\d{1,3} \\x20 STAT\\. \\x20 \\d{1,5} [\\x20\\t]* (?= \\r?\\n )\n"
    "define WS1 [\\x20\\t\\x0b] | (?= [\\r\\n] ) (?: {RH} | [\\r\\n] )\n"
    "%s SP  {WS1}*+\n"
    "%s SP1 {WS1}++\n"
    "rule usc\n"
    "  type    usc\n"
    "  trigger number\n"
    "  pattern (?<cite> (?<title> \\d{1,2} ) {SP1} U\\.S\\.C\\. {SP} (?<section> \\d{1,5} ) )\n";

static sc_rules *load_mini(const char *kw)
{
    char text[2048], err[256];
    snprintf(text, sizeof text, mini, kw, kw, kw);
    sc_rules *r = sc_rules_load(text, strlen(text), "mini.rules", err, sizeof err);
    if (!r)
        fail_msg("mini grammar (%s) refused: %s", kw, err);
    return r;
}

/* Scans @p text with @p r; writes "KEY:START-END " per citation. */
static void keys(const sc_rules *r, const char *text, char *out, size_t cap)
{
    sc_scanner *s = sc_scanner_new(r, NULL);
    assert_non_null(s);
    size_t o = 0;
    out[0] = '\0';
    sc_scanner_reset(s, "t");
    assert_int_equal(sc_scanner_feed(s, text, strlen(text)), 0);
    sc_scanner_finish(s);
    for (const sc_citation *c; (c = sc_scanner_next(s)) != NULL;)
        o += (size_t)snprintf(out + o, cap - o, "%s:%llu-%llu ", c->key,
                              (unsigned long long)c->start, (unsigned long long)c->end);
    sc_scanner_free(s);
}

static const char *const samples[] = {
    "see 8 U.S.C. 1357 here",
    "see 8 U.S.C.\n128 STAT. 1230\n1357 here",      /* a running head inside */
    "see 8 U.S.C.\n  128 STAT. 9  \n\n1357 here",  /* indented, blank line after */
    "see 8 U.S.C.\n128 STAT. x\n1357 here",         /* not a running head */
    "see 8\x0bU.S.C.\t\t1357 here",
};

static void test_routine_matches_as_define(void **state)
{
    (void)state;
    sc_rules *rd = load_mini("define"), *rr = load_mini("routine");
    char a[512], b[512];
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        keys(rd, samples[i], a, sizeof a);
        keys(rr, samples[i], b, sizeof b);
        assert_string_equal(a, b);
    }
    /* and the running head really is crossed; a line that is not one ends
     * the blanks, so its number is read as the section */
    keys(rr, samples[1], b, sizeof b);
    assert_string_equal(b, "usc:8/1357:4-32 ");
    keys(rr, samples[3], b, sizeof b);
    assert_string_equal(b, "usc:8/128:4-16 ");
    sc_rules_free(rd);
    sc_rules_free(rr);
}

/* The built-in grammar calls its blank runs as routines: the same running
 * head, at every place a blank may be, in each kind of citation. */
static void test_builtin_crosses_running_head(void **state)
{
    (void)state;
    char err[256], out[512];
    sc_rules *r = sc_rules_load(NULL, 0, NULL, err, sizeof err);
    assert_non_null(r);
    keys(r, "15 U.S.C.\n129 STAT. 55\n2229 and", out, sizeof out);
    assert_string_equal(out, "usc:15/2229:0-27 ");
    keys(r, "Pub. L.\n128 STAT. 3160\n113-121.", out, sizeof out);
    assert_string_equal(out, "publ:113-121:0-30 ");
    /* a Windows-1252 ellipsis (0x85) is not a blank, though PCRE2's \v
     * would take it for one */
    keys(r, "15 U.S.C.\x85 2229", out, sizeof out);
    assert_string_equal(out, "");
    sc_rules_free(r);
}

/* Loads @p text; asserts it is refused with a message starting @p want. */
static void refused(const char *text, const char *want)
{
    char err[256] = "";
    sc_rules *r = sc_rules_load(text, strlen(text), "bad.rules", err, sizeof err);
    assert_null(r);
    if (strncmp(err, want, strlen(want)) != 0)
        fail_msg("expected \"%s...\", got \"%s\"", want, err);
}

static void test_mistakes_refused(void **state)
{
    (void)state;
    refused("rule a\n  type usc\n  trigger number\n  pattern {NOPE} x\n",
            "bad.rules:4: unknown macro {NOPE}");
    refused("routine R x\nrule a\n  type usc\n  trigger number\n  pattern (?<bogus> {R} )\n",
            "bad.rules:2: rule 'a': unknown group name 'bogus'");
    refused("rule a\n  type usc\n  pattern x\n", "bad.rules:1: rule 'a' has no trigger");
    refused("routine lower x\n", "bad.rules:1: bad macro name 'lower'");
    refused("define A x\n", "bad.rules:1: no rules");
    refused("define A (?<section> \\d+ )\nroutine B (?<=x) {A}\n",
            "bad.rules:2: routine B holds a named group");
    refused("rule a\n  type usc\n  trigger number\n  pattern (?<cite> x\n",
            "bad.rules:1: rule 'a': missing closing parenthesis");
}

/* The sets from the build (tools/gen_follow.c) are the loader's own. */
static void test_follow_built_in_is_computed(void **state)
{
    (void)state;
    char err[256];
    sc_rules *r = sc_rules_load(NULL, 0, NULL, err, sizeof err);
    assert_non_null(r);
    static uint8_t built[SC_MAX_WORDS][2][32], has[SC_MAX_WORDS];
    static uint8_t built_rules[SC_MAX_WORDS][2][256];
    memcpy(built, r->follow, sizeof built);
    memcpy(has, r->has_follow, sizeof has);
    memcpy(built_rules, r->follow_rules, sizeof built_rules);
    sc_rules_follow_compute(r);
    int n = 0;
    for (int w = 0; w < sc_lex_word_count(); w++) {
        assert_int_equal(has[w], r->has_follow[w]);
        if (has[w]) {
            assert_memory_equal(built[w], r->follow[w], sizeof built[w]);
            assert_memory_equal(built_rules[w], r->follow_rules[w], sizeof built_rules[w]);
        }
        n += has[w];
    }
    assert_true(n > 20); /* every word but the number triggers */
    sc_rules_free(r);
}

/* Every trigger of @p text the follow sets refuse: no citation rule of its
 * kind matches there.  Returns the number refused. */
static long refused_triggers(const sc_rules *r, sc_matcher *m, const uint8_t *p, size_t n)
{
    long refused = 0;
    for (size_t pos = 0; pos < n;) {
        sc_trigger_hit h;
        size_t at = sc_lex_find_hit(p, pos, n, &h);
        if (at >= n)
            break;
        if (h.word_at == at && !sc_rules_word_may_match(r, &h, p + at, n - at)) {
            refused++;
            for (int k = 0; k < r->nby[h.kind]; k++) {
                int ri = r->by_trigger[h.kind][k];
                sc_groups g;
                if (r->rule[ri].type != SC_RULE_CONTEXT &&
                    sc_rule_match(r, ri, m, p, n, at, &g) != SC_UNSET)
                    fail_msg("rule %s matches at a refused trigger: \"%.40s\"", r->rule[ri].name,
                             (const char *)p + at);
            }
        }
        pos = at + 1;
    }
    return refused;
}

static void test_follow_refuses_no_match(void **state)
{
    (void)state;
    char err[256];
    sc_rules *r = sc_rules_load(NULL, 0, NULL, err, sizeof err);
    sc_matcher *m = sc_matcher_new(r);
    assert_non_null(m);
    const char *dirs[] = { "examples",      "fixtures/check",  "fixtures/check/entries",
                           "fixtures/peer", "fixtures/html",   "tests/fuzz/seeds" };
    long files = 0, refused = 0;
    for (size_t d = 0; d < sizeof dirs / sizeof dirs[0]; d++) {
        DIR *dir = opendir(dirs[d]);
        if (!dir)
            continue;
        for (struct dirent *e; (e = readdir(dir)) != NULL;) {
            size_t nl = strlen(e->d_name);
            if (nl < 6 || (strcmp(e->d_name + nl - 4, ".txt") != 0 &&
                            strcmp(e->d_name + nl - 5, ".html") != 0))
                continue;
            char path[512];
            snprintf(path, sizeof path, "%s/%s", dirs[d], e->d_name);
            FILE *f = fopen(path, "rb");
            if (!f)
                continue;
            static uint8_t buf[4 << 20];
            size_t n = fread(buf, 1, sizeof buf, f);
            fclose(f);
            refused += refused_triggers(r, m, buf, n);
            files++;
        }
        closedir(dir);
    }
    assert_true(files >= 8);
    assert_true(refused > 0); /* the sets do refuse something */
    sc_matcher_free(m);
    sc_rules_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_routine_matches_as_define),
        cmocka_unit_test(test_builtin_crosses_running_head),
        cmocka_unit_test(test_mistakes_refused),
        cmocka_unit_test(test_follow_built_in_is_computed),
        cmocka_unit_test(test_follow_refuses_no_match),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
