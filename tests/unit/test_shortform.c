/*
 * test_shortform.c -- unit tests of short forms (src/shortform.c) and of
 * sections of named Acts (src/actsection.c) through the scanner: the
 * document's title from its name, the reach of each form at its edge, the
 * same keys whatever the feed's chunking (the antecedent may lie in a part
 * of the window already scanned), and "the Act" found before.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "shortform.h"
#include "statcite.h"

#include "rules_fixture.h"

/* Keys of every citation of @p text (document @p name), fed @p step bytes at
 * a time, as "key/form;" into @p out. */
static void keys(const char *name, const char *text, size_t step, char *out, size_t cap)
{
    sc_scanner *s = sc_scanner_new(rules, NULL);
    assert_non_null(s);
    sc_scanner_reset(s, name);
    size_t n = strlen(text), o = 0;
    out[0] = '\0';
    for (size_t i = 0;; i += step) {
        if (i < n)
            sc_scanner_feed(s, text + i, n - i < step ? n - i : step);
        else
            sc_scanner_finish(s);
        for (const sc_citation *c; (c = sc_scanner_next(s)) != NULL;)
            o += (size_t)snprintf(out + o, cap - o, "%s%s;", c->key,
                                  c->form == SC_FORM_SHORT ? "/s" : "");
        if (i >= n)
            break;
    }
    sc_scanner_free(s);
}

static void test_doc_title_from_name(void **state)
{
    (void)state;
    static const struct { const char *name, *title; } t[] = {
        { "usc06.xml", "6" },          { "dir/usc-35-209-210-excerpt.txt", "35" },
        { "USCODE-2011-title6.htm", "6" }, { "usc42.htm", "42" },
        { "usc2024.txt", "" },         { "brief.txt", "" },
        { "title35.txt", "" },         { "usc99.txt", "" },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        sc_short_state st;
        sc_short_reset(&st, t[i].name);
        assert_string_equal(st.doc_title, t[i].title);
    }
}

/* "§ 1988" 1,999 and 2,001 bytes after the end of a full cite. */
static void test_reach_edges(void **state)
{
    (void)state;
    for (int far = 0; far < 2; far++) {
        size_t gap = SC_SHORT_REACH_SIGN - 1 + 2 * (size_t)far;
        char *text = malloc(gap + 64), out[512];
        int k = sprintf(text, "See 42 U.S.C. 1983");
        memset(text + k, 'x', gap); /* ". xxxxxxxx xxxxxxxxx ... " */
        for (size_t i = k + 9; i < k + gap; i += 10)
            text[i] = ' ';
        text[k] = '.';
        text[k + 1] = ' ';
        text[k + gap - 1] = ' ';
        strcpy(text + k + gap, "\xc2\xa7 1988(b) too.");
        keys("brief.txt", text, 1u << 20, out, sizeof out);
        assert_string_equal(out, far ? "usc:42/1983;" : "usc:42/1983;usc:42/1988(b)/s;");
        free(text);
    }
}

/* The same keys fed 1, 7 and 4096 bytes at a time as whole. */
static void test_chunking(void **state)
{
    (void)state;
    const char *text =
        "Plaintiffs sued under 42 U.S.C. \xc2\xa7 1983. Fees: \xc2\xa7 1988(b); id. \xc2\xa7 "
        "1988(a). Id.\nThe Immigration and Nationality Act applies: sections 208(a) and "
        "(b)(2) of the Act. INA \xc2\xa7 101(11). \xc2\xa7 237(c).\n";
    char whole[1024], part[1024];
    keys("brief.txt", text, 1u << 20, whole, sizeof whole);
    assert_string_equal(whole, "usc:42/1983;usc:42/1988(b)/s;usc:42/1988(a)/s;usc:42/1988(a)/s;"
                               "usc:8/1158(a);usc:8/1158(b)(2);usc:8/1101(11);usc:8/1227(c)/s;");
    static const size_t steps[] = { 1, 7, 4096 };
    for (size_t i = 0; i < 3; i++) {
        keys("brief.txt", text, steps[i], part, sizeof part);
        assert_string_equal(part, whole);
    }
}

/* "the Act" looks 1,500 bytes back for an Act's name, no further. */
static void test_the_act_reach(void **state)
{
    (void)state;
    for (int far = 0; far < 2; far++) {
        size_t gap = 1400 + 200 * (size_t)far;
        char *text = malloc(gap + 128), out[256];
        int k = sprintf(text, "The Social Security Act.");
        memset(text + k, 'y', gap);
        for (size_t i = k + 9; i < k + gap; i += 10)
            text[i] = ' ';
        strcpy(text + k + gap, " Under section 1902(a)(10) of the Act.");
        keys("brief.txt", text, 1u << 20, out, sizeof out);
        assert_string_equal(out, far ? "" : "usc:42/1396a(a)(10);");
        free(text);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_doc_title_from_name),
        cmocka_unit_test(test_reach_edges),
        cmocka_unit_test(test_chunking),
        cmocka_unit_test(test_the_act_reach),
    };
    return cmocka_run_group_tests(tests, rules_setup, rules_teardown);
}
