/*
 * test_lexer.c -- unit tests of src/lexer.c: the trigger scan finds the
 * citation starts of real text and nothing inside words; the tokenizer folds
 * every space, dash and section sign encoding.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "lexer.h"

/* All triggers of s as "kind@offset" joined by spaces. */
static void triggers(const char *s, char *out, size_t cap)
{
    const uint8_t *p = (const uint8_t *)s;
    size_t n = strlen(s), pos = 0, o = 0;
    out[0] = '\0';
    for (;;) {
        int kind;
        size_t at = sc_lex_find(p, pos, n, &kind);
        if (at >= n)
            break;
        o += (size_t)snprintf(out + o, cap - o, "%s%s@%zu", o ? " " : "", sc_trigger_names[kind], at);
        pos = at + 1;
    }
}

static void test_finds_each_kind(void **state)
{
    (void)state;
    char got[512];
    triggers("see Pub. L. 108-90 and 8 U.S.C. 1357", got, sizeof got);
    assert_string_equal(got, "law@4 number@23");
    triggers("H.R. 1559; S. 2845; Senate bill 1; House Resolution 2", got, sizeof got);
    assert_string_equal(got, "bill@0 bill@11 bill@20 bill@35");
    triggers("section 1357 of title 8", got, sizeof got);
    assert_string_equal(got, "section@0 title@16");
    triggers("117 Stat. 1137", got, sizeof got);
    assert_string_equal(got, "volume@0");
    triggers("50 App. U.S.C. 2401 and 68A Stat. 3", got, sizeof got);
    assert_string_equal(got, "number@0 volume@24");
    triggers("(\xc2\xa7 1101 et seq.)", got, sizeof got);
    assert_string_equal(got, "section@1");
}

static void test_ignores_words_and_plain_numbers(void **state)
{
    (void)state;
    char got[512];
    /* 'P', 'H', 'S', 't' inside or at the start of ordinary words */
    triggers("Hello People, the Story of tables in 2003 and 42 cats", got, sizeof got);
    assert_string_equal(got, "");
    /* a number is a trigger only when U.S.C. or Stat. follows */
    triggers("In 1999 there were 8 States.", got, sizeof got);
    assert_string_equal(got, "volume@19"); /* "8 St..." is proposed; the rule refuses it */
    triggers("abc8 U.S.C. 1", got, sizeof got);
    assert_string_equal(got, "");
}

static void test_trigger_words_only(void **state)
{
    (void)state;
    char got[512];
    /* words that begin like a trigger word but are none (triggers.def):
     * no rule can match there, so none is proposed */
    triggers("The Secretary, the President and Senator Smith; However, Program Security, "
             "Hospital, Second Street, under", got, sizeof got);
    assert_string_equal(got, "");
    /* the trigger words themselves, in every form of triggers.def */
    triggers("Public Private PUBLIC PRIVATE Pvt. P.L. PL P L House HOUSE H.R. HR Senate "
             "SENATE S. section sec. secs. Section SECTION Sec. Secs. title Title", got, sizeof got);
    assert_string_equal(got, "law@0 law@7 law@15 law@22 law@30 law@35 law@40 law@43 bill@47 "
                             "bill@53 bill@59 bill@64 bill@67 bill@74 bill@81 section@84 "
                             "section@92 section@97 section@103 section@111 section@119 "
                             "section@124 title@130 title@136");
    /* the S of U.S. is not a bill; a Latin-1 section sign is, a UTF-8 one once */
    triggers("U.S. 1 and \xa7 2 and \xc2\xa7 3 and &sect; 4", got, sizeof got);
    assert_string_equal(got, "section@11 section@19 section@28");
}

/* The vector scan (32 or 16 bytes a step) finds the same triggers as a
 * byte-by-byte reading at every alignment: a trigger at each offset of a
 * long line, the window's end included. */
static void test_every_offset(void **state)
{
    (void)state;
    char text[160], got[512], want[64];
    for (size_t off = 0; off + 20 < sizeof text; off++) {
        memset(text, 'x', sizeof text);
        text[sizeof text - 1] = '\0';
        for (size_t i = 7; i < sizeof text - 1; i += 8)
            text[i] = ' ';
        text[off ? off - 1 : 0] = off ? ' ' : 'x';
        memcpy(text + off, "8 U.S.C. 1357", 13);
        triggers(text, got, sizeof got);
        snprintf(want, sizeof want, "number@%zu", off);
        assert_string_equal(got, want);
    }
}

static void test_token_kinds(void **state)
{
    (void)state;
    int k;
    assert_int_equal(sc_lex_token((const uint8_t *)"\xc2\xa0x", 3, &k), 2);
    assert_int_equal(k, SC_TOK_SPACE);
    assert_int_equal(sc_lex_token((const uint8_t *)"\xe2\x80\x93" "5", 4, &k), 3);
    assert_int_equal(k, SC_TOK_DASH);
    assert_int_equal(sc_lex_token((const uint8_t *)"\x96", 1, &k), 1);
    assert_int_equal(k, SC_TOK_DASH);
    assert_int_equal(sc_lex_token((const uint8_t *)"&sect; 5", 8, &k), 6);
    assert_int_equal(k, SC_TOK_SECT);
    assert_int_equal(sc_lex_token((const uint8_t *)"1357(g)", 7, &k), 4);
    assert_int_equal(k, SC_TOK_DIGITS);
    assert_int_equal(sc_lex_token((const uint8_t *)"\xe2\x80\x8b", 3, &k), 3); /* ZWSP */
    assert_int_equal(k, SC_TOK_SPACE);
}

static void test_fold(void **state)
{
    (void)state;
    char out[64];
    const char *in = " 1395w\xe2\x80\x93" "4 (e)\xc2\xa0(1) ";
    sc_lex_fold((const uint8_t *)in, strlen(in), out, sizeof out, SC_FOLD_DROP_SPACE);
    assert_string_equal(out, "1395w-4(e)(1)");
    in = "Supp.\xe2\x80\xaf  V\n2017";
    sc_lex_fold((const uint8_t *)in, strlen(in), out, sizeof out, SC_FOLD_ONE_SPACE);
    assert_string_equal(out, "Supp. V 2017");
    in = "451--473";
    sc_lex_fold((const uint8_t *)in, strlen(in), out, sizeof out, SC_FOLD_DROP_SPACE);
    assert_string_equal(out, "451-473");
    /* truncation keeps the NUL */
    sc_lex_fold((const uint8_t *)"123456789", 9, out, 4, SC_FOLD_DROP_SPACE);
    assert_string_equal(out, "123");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_finds_each_kind),
        cmocka_unit_test(test_ignores_words_and_plain_numbers),
        cmocka_unit_test(test_trigger_words_only),
        cmocka_unit_test(test_every_offset),
        cmocka_unit_test(test_token_kinds),
        cmocka_unit_test(test_fold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
