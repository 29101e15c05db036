/*
 * test_normalize.c -- unit tests of src/normalize.c through the public
 * scanner API: keys (FORMAT.md), Bluebook forms and links for each type,
 * list inheritance, ranges, bill-type spellings, ordinals.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "lexer.h"
#include "normalize.h"
#include "statcite.h"

#include "rules_fixture.h"

static sc_scanner *scanner;

static int setup(void **state)
{
    if (rules_setup(state) != 0)
        return -1;
    scanner = sc_scanner_new(rules, NULL);
    return scanner ? 0 : -1;
}

static int teardown(void **state)
{
    sc_scanner_free(scanner);
    return rules_teardown(state);
}

typedef struct seen {
    sc_citation c[16];
    int n;
} seen;

static int collect(const sc_citation *c, void *u)
{
    seen *s = u;
    if (s->n < 16)
        s->c[s->n++] = *c;
    return 0;
}

static seen scan(const char *text)
{
    seen s;
    memset(&s, 0, sizeof s);
    sc_scan_buffer(scanner, "t", text, strlen(text), collect, &s);
    return s;
}

static void test_public_law(void **state)
{
    (void)state;
    seen s = scan("as amended by Pub. L. No. 108\xe2\x80\x93" "458, title I");
    assert_int_equal(s.n, 1);
    assert_int_equal(s.c[0].type, SC_PUBLIC_LAW);
    assert_int_equal(s.c[0].congress, 108);
    assert_int_equal(s.c[0].number, 458);
    assert_string_equal(s.c[0].key, "publ:108-458");
    assert_string_equal(s.c[0].canonical, "Pub. L. No. 108-458");
    assert_string_equal(s.c[0].url, "https://www.govinfo.gov/link/plaw/108/public/458");
    assert_int_equal(s.c[0].start, 14);
    assert_int_equal(s.c[0].end, 14 + strlen("Pub. L. No. 108\xe2\x80\x93" "458"));
}

static void test_law_list(void **state)
{
    (void)state;
    seen s = scan("Pub. L. Nos. 108-11, 108-90, and 109-13");
    assert_int_equal(s.n, 3);
    assert_string_equal(s.c[1].key, "publ:108-90");
    assert_string_equal(s.c[2].key, "publ:109-13");
    assert_string_equal(s.c[2].raw, "109-13");
    assert_true(s.c[2].wording & SC_W_LIST_ITEM);
    s = scan("Private Law 112\xe2\x80\x93" "1");
    assert_int_equal(s.n, 1);
    assert_string_equal(s.c[0].key, "pvtl:112-1");
    assert_string_equal(s.c[0].canonical, "Priv. L. No. 112-1");
}

static void test_usc_forms(void **state)
{
    (void)state;
    seen s = scan("12 U.S.C. 1756, 1757(5)(D), and (7)(I)");
    assert_int_equal(s.n, 3);
    assert_string_equal(s.c[0].key, "usc:12/1756");
    assert_string_equal(s.c[1].key, "usc:12/1757(5)(D)");
    assert_string_equal(s.c[2].key, "usc:12/1757(7)(I)"); /* subsections alone: same section */
    s = scan("1234(a)(1)(i)");
    assert_int_equal(s.n, 0);
    s = scan("5 U.S.C. 1234(a)(1)(i) and (ii)");
    assert_int_equal(s.n, 2);
    assert_string_equal(s.c[1].key, "usc:5/1234(a)(1)(ii)"); /* replaces the last level */
    s = scan("18 U.S.C. \xc2\xa7\xc2\xa7 2510-22");
    assert_int_equal(s.n, 1);
    assert_string_equal(s.c[0].key, "usc:18/2510-2522"); /* abbreviated range end expanded */
    assert_string_equal(s.c[0].canonical, "18 U.S.C. \xc2\xa7\xc2\xa7 2510-2522");
    s = scan("21 U.S.C. \xc2\xa7 343-1"); /* a hyphenated section, not a range */
    assert_string_equal(s.c[0].key, "usc:21/343-1");
    s = scan("50 U.S.C. App. \xc2\xa7 2401 note");
    assert_string_equal(s.c[0].key, "usc:50a/2401");
    assert_string_equal(s.c[0].canonical, "50 U.S.C. app. \xc2\xa7 2401 note");
    assert_string_equal(s.c[0].url, "");
    s = scan("26 U.S.C. \xc2\xa7 7502 (f)(2) (2018)");
    assert_string_equal(s.c[0].key, "usc:26/7502(f)(2)");
    assert_string_equal(s.c[0].edition, "2018");
    assert_string_equal(s.c[0].canonical, "26 U.S.C. \xc2\xa7 7502(f)(2) (2018)");
    s = scan("sections 1481 and 1482 of title 10, United States Code");
    assert_int_equal(s.n, 2);
    assert_string_equal(s.c[0].key, "usc:10/1481");
    assert_string_equal(s.c[1].key, "usc:10/1482");
    assert_int_equal(s.c[0].end, s.c[1].end); /* the item is nested in the phrase */
}

static void test_bills(void **state)
{
    (void)state;
    seen s = scan("H.R. 1559, 108th Cong. (2003)");
    assert_int_equal(s.n, 1);
    assert_string_equal(s.c[0].key, "bill:hr/1559@108");
    assert_string_equal(s.c[0].canonical, "H.R. 1559, 108th Cong. (2003)");
    assert_string_equal(s.c[0].url, "https://www.congress.gov/bill/108th-congress/house-bill/1559");
    assert_string_equal(s.c[0].raw, "H.R. 1559"); /* the Congress is not underlined */
    s = scan("House Resolution 2640");
    assert_string_equal(s.c[0].key, "bill:hr/2640");
    assert_true(s.c[0].wording & SC_W_HOUSE_RESOLUTION);
    s = scan("H.J.RES.64 and S. Con. Res. 7 and H.R.J. Res. 1");
    assert_int_equal(s.n, 3);
    assert_string_equal(s.c[0].key, "bill:hjres/64");
    assert_string_equal(s.c[1].canonical, "S. Con. Res. 7");
    assert_string_equal(s.c[2].canonical, "H.R.J. Res. 1");
    int hr;
    assert_int_equal(sc_norm_bill_type((const uint8_t *)"Senate Joint Resolution", 23, &hr), SC_BILL_SJRES);
    assert_int_equal(sc_norm_bill_type((const uint8_t *)"H. R. Con. Res.", 15, &hr), SC_BILL_HCONRES);
    assert_int_equal(sc_norm_bill_type((const uint8_t *)"H. Doc.", 7, &hr), SC_BILL_NONE);
}

static void test_stat(void **state)
{
    (void)state;
    seen s = scan("112 Stat. 2681\xe2\x80\x93" "480 and 90 Stat. 100-102 and 68A Stat. 3");
    assert_int_equal(s.n, 3);
    assert_string_equal(s.c[0].key, "stat:112/2681-480"); /* omnibus page */
    assert_string_equal(s.c[1].key, "stat:90/100");       /* a range: first page */
    assert_string_equal(s.c[2].key, "stat:68A/3");
    assert_string_equal(s.c[2].url, "https://www.govinfo.gov/link/statute/68A/3");
}

static void test_negatives(void **state)
{
    (void)state;
    seen s = scan("410 U.S. 113; 123 S. Ct. 456; 5 So. 2d 12; 200 S.E.2d 34; G.S. 163-230.1;"
                  " 21 C.F.R. \xc2\xa7 101.2; H. Doc. 111-84; SA 1303; title 18, United States Code;"
                  " section 455 of this title");
    assert_int_equal(s.n, 0);
    s = scan("\n128 STAT. 3159\n");
    assert_int_equal(s.n, 0); /* a running head */
}

/* sc_norm_fold() is sc_lex_fold(..., SC_FOLD_DROP_SPACE), its shortcut for
 * plain text included, at every buffer size. */
static void test_fold_is_lex_fold(void **state)
{
    (void)state;
    static const char *const in[] = { "1357", "(g)(1)(A)", "2000e-2", "1395w\xe2\x80\x93" "101",
                                      "12 34", "1\xc2\xad" "0", "&sect;5", "a--b", "", "abc(d)9" };
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++)
        for (size_t cap = 1; cap < 16; cap++) {
            char a[16], b[16];
            size_t n = strlen(in[i]);
            size_t la = sc_norm_fold((const uint8_t *)in[i], n, a, cap);
            size_t lb = sc_lex_fold((const uint8_t *)in[i], n, b, cap, SC_FOLD_DROP_SPACE);
            assert_int_equal(la, lb);
            assert_string_equal(a, b);
        }
}

static void test_ordinal(void **state)
{
    (void)state;
    char b[16];
    sc_norm_ordinal(111, b, sizeof b);
    assert_string_equal(b, "111th");
    sc_norm_ordinal(101, b, sizeof b);
    assert_string_equal(b, "101st");
    sc_norm_ordinal(112, b, sizeof b);
    assert_string_equal(b, "112th");
    sc_norm_ordinal(103, b, sizeof b);
    assert_string_equal(b, "103rd");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_public_law), cmocka_unit_test(test_law_list),
        cmocka_unit_test(test_usc_forms),  cmocka_unit_test(test_bills),
        cmocka_unit_test(test_stat),       cmocka_unit_test(test_negatives),
        cmocka_unit_test(test_ordinal),    cmocka_unit_test(test_fold_is_lex_fold),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
