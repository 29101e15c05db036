/*
 * test_quoted.c -- unit tests of the e-mail quote filter (src/quoted.c):
 * the marks that open a line are blanked in place, in one call or fed a
 * byte at a time; a '>' inside a line, or one not followed by a blank, a
 * mark or the line's end, is kept.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "quoted.h"

static const char in[] = "> Pub. L.\n> > 98-209, 98 Stat. 1393\n>>\n  > x > y\n>=5 and a>b\n>";
static const char out[] = "  Pub. L.\n    98-209, 98 Stat. 1393\n  \n    x > y\n>=5 and a>b\n ";

/* The whole text in one call. */
static void test_whole(void **state)
{
    (void)state;
    uint8_t b[sizeof in];
    memcpy(b, in, sizeof in);
    sc_quote_state st;
    sc_quote_reset(&st);
    sc_quote_filter(&st, b, sizeof in - 1);
    assert_memory_equal(b, out, sizeof out - 1);
}

/* A text a byte at a time, then in pieces of 2 to 7: the state carries a
 * line's start across the calls.  (Its lines open with marks or text: a
 * '>' that ends a piece at a line's start is taken for a mark, as quoted.h
 * says, so ">=5" is left to the whole-text test.) */
static void test_pieces(void **state)
{
    (void)state;
    static const char pin[] = "> Pub. L.\n> > 98-209, 98 Stat. 1393\n>>\n  > x > y\nand a>b\n>";
    static const char pout[] = "  Pub. L.\n    98-209, 98 Stat. 1393\n  \n    x > y\nand a>b\n ";
    for (size_t step = 1; step <= 7; step++) {
        uint8_t b[sizeof pin];
        memcpy(b, pin, sizeof pin);
        sc_quote_state st;
        sc_quote_reset(&st);
        for (size_t i = 0; i < sizeof pin - 1; i += step)
            sc_quote_filter(&st, b + i, sizeof pin - 1 - i < step ? sizeof pin - 1 - i : step);
        assert_memory_equal(b, pout, sizeof pout - 1);
    }
}

/* Text with no marks is left as it is. */
static void test_plain(void **state)
{
    (void)state;
    char b[] = "Pub. L. 101-336 (July 26, 1990) -> see 42 U.S.C. 12101.\n a > b\n";
    char want[sizeof b];
    memcpy(want, b, sizeof b);
    sc_quote_state st;
    sc_quote_reset(&st);
    sc_quote_filter(&st, (uint8_t *)b, sizeof b - 1);
    assert_memory_equal(b, want, sizeof b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_whole),
        cmocka_unit_test(test_pieces),
        cmocka_unit_test(test_plain),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
