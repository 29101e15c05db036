/*
 * test_byname.c -- unit tests of src/byname.c: where an Act's name stands
 * in text (the vector search for "Act" at every offset of its blocks, and
 * what ends and begins a name), and the one law the tables give it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "byname.h"
#include "lexer.h"

/* The first name in s, or "" (in out). */
static void first_name(const char *s, char *out, size_t cap)
{
    const uint8_t *b = (const uint8_t *)s;
    size_t n = strlen(s), so, eo;
    out[0] = '\0';
    for (size_t from = 0; from < n;) {
        size_t p = sc_byname_next(b, 0, from, n, n);
        if (p >= n)
            return;
        from = p + 3;
        if (sc_byname_span(b, 0, p, n, &so, &eo)) {
            snprintf(out, cap, "%.*s", (int)(eo - so), s + so);
            return;
        }
    }
}

/* "Act" found wherever it stands in the 32- and 16-byte blocks, and only
 * up to the end given (the vector loops and the byte loop agree). */
static void test_every_offset(void **state)
{
    (void)state;
    char buf[160], name[128];
    for (int pad = 0; pad < 70; pad++) {
        memset(buf, 'x', sizeof buf);
        buf[pad] = ' ';
        memcpy(buf + pad + 1, "The Clean Act of 1990 passed.", 29);
        buf[pad + 30] = '\0';
        first_name(buf, name, sizeof name);
        assert_string_equal(name, "The Clean Act of 1990");
        /* the word before the name is read no further than its blank */
        size_t n = strlen(buf), p = sc_byname_next((const uint8_t *)buf, 0, 0, n, n);
        assert_int_equal(p, (size_t)pad + 11);
        /* an end before "Act": none */
        assert_int_equal(sc_byname_next((const uint8_t *)buf, 0, 0, (size_t)pad + 11, n),
                         (size_t)pad + 11);
    }
}

static void test_name_shapes(void **state)
{
    (void)state;
    char name[128];
    first_name("the Food, Agriculture, Conservation, and Trade Act of 1990 was", name, sizeof name);
    assert_string_equal(name, "Food, Agriculture, Conservation, and Trade Act of 1990");
    first_name("During the term of President Ford, the X Y Act (approved ...)", name, sizeof name);
    assert_string_equal(name, "X Y Act");
    first_name("signed by President Ford. The Rail Act, 1953 is", name, sizeof name);
    assert_string_equal(name, "The Rail Act, 1953");
    first_name("See also Surface Transportation Extension Act of 2004, Part III, enacted", name,
               sizeof name);
    assert_string_equal(name, "Surface Transportation Extension Act of 2004, Part III");
    /* a fiscal year's title without its comma: the year is the name's */
    first_name("; District of Columbia Appropriation Act 1959 (enacted August 6, 1958).", name,
               sizeof name);
    assert_string_equal(name, "District of Columbia Appropriation Act 1959");
    first_name("the X Act 12345 and", name, sizeof name);
    assert_string_equal(name, "X Act");
    /* an amending Act's name with its year: the whole name */
    first_name("The Clean Water Act Amendments of 1990 were", name, sizeof name);
    assert_string_equal(name, "The Clean Water Act Amendments of 1990");
    /* without its year, where the name ends: the whole name (the tables
     * then say whether one law bears it) */
    first_name("The Clean Water Act Amendments were", name, sizeof name);
    assert_string_equal(name, "The Clean Water Act Amendments");
    /* "Act" of a longer name ("Amendments" then "of" something else or
     * more capitalized words, "Act Reauthorization"), "Acts", "act", "Act"
     * glued to a word: none */
    first_name("The Clean Water Act Amendments of the 1970s were", name, sizeof name);
    assert_string_equal(name, "");
    first_name("the Clean Water Act Amendments Extension and", name, sizeof name);
    assert_string_equal(name, "");
    first_name("the Ryan White CARE Act Reauthorization of 2006 and", name, sizeof name);
    assert_string_equal(name, "");
    first_name("the Acts of 1990 and the act of 1991; Non-Act", name, sizeof name);
    assert_string_equal(name, "");
    first_name("as amended by this Act", name, sizeof name);
    assert_string_equal(name, ""); /* (no capitalized word before it) */
}

static void test_law_of_name(void **state)
{
    (void)state;
    const char *s = "Audio Home Recording Act of 1992";
    int c = 0, n = 0;
    size_t ns = 0;
    assert_int_equal(sc_byname_law((const uint8_t *)s, 0, strlen(s), &c, &n, &ns), 1);
    assert_int_equal(c, 102);
    assert_int_equal(n, 563);
    /* the words before the name are passed over at a "the" */
    s = "During the term of President Biden, the Audio Home Recording Act of 1992";
    assert_int_equal(sc_byname_law((const uint8_t *)s, 0, strlen(s), &c, &n, &ns), 1);
    assert_int_equal(ns, strlen("During the term of President Biden, the "));
    /* a name a later law gave (the 1955 Act's since 1963), an unknown one */
    s = "Clean Air Act";
    assert_int_equal(sc_byname_law((const uint8_t *)s, 0, strlen(s), &c, &n, &ns), 0);
    /* ... read as such by sc_byname_renamed(), the laws that named it with it */
    sc_act_law named;
    s = "the Horse Protection Act";
    assert_int_equal(sc_byname_renamed((const uint8_t *)s, 0, strlen(s), &named, &ns), 1);
    assert_int_equal(named.congress, 91);
    assert_int_equal(named.number, 540);
    assert_int_equal(ns, 4);
    int32_t day = 0;
    assert_int_equal(sc_act_law_named_by(&named, 0, &c, &n, &day), 1);
    assert_int_equal(n, 360);
    /* a name the tables do not know as the law's own title as enacted, no
     * law that gave it on record: its law, and a later law not on record */
    s = "The Bank Service Company Act";
    assert_int_equal(sc_byname_renamed((const uint8_t *)s, 0, strlen(s), &named, &ns), 1);
    assert_int_equal(named.congress, 87);
    assert_int_equal(named.number, 856);
    assert_true(named.by == SC_ACT_BY_UNKNOWN);
    assert_int_equal(sc_act_law_named_by(&named, 0, &c, &n, &day), 0);
    /* not a name the law bears as enacted, nor one only a "referred to" note
     * gives for an old Act (its chapter's law, sc_byname_law()'s) */
    s = "Audio Home Recording Act of 1992";
    assert_int_equal(sc_byname_renamed((const uint8_t *)s, 0, strlen(s), &named, &ns), 0);
    s = "Clean Water Act";
    assert_int_equal(sc_byname_renamed((const uint8_t *)s, 0, strlen(s), &named, &ns), 0);
    /* a name with its year two laws bear (110-234, and 110-246, enacted
     * again): both, read after its article; not a name of one law */
    sc_act_law two[4];
    s = "The Food, Conservation, and Energy Act of 2008";
    assert_int_equal(sc_byname_shared((const uint8_t *)s, 0, strlen(s), two, 4, &ns), 2);
    assert_int_equal(ns, 4);
    assert_int_equal(two[0].congress, 110);
    assert_true((two[0].number == 234 && two[1].number == 246) ||
                (two[0].number == 246 && two[1].number == 234));
    s = "Audio Home Recording Act of 1992";
    assert_int_equal(sc_byname_shared((const uint8_t *)s, 0, strlen(s), two, 4, &ns), 0);
    s = "Entirely Unknown Widget Act of 1999";
    assert_int_equal(sc_byname_law((const uint8_t *)s, 0, strlen(s), &c, &n, &ns), 0);
}

/* The "Act"s the lexer notes give what the bytes give: for every start of
 * its scan, every stretch up to the start it returns, before what its list
 * holds too (an "Act" inside a word near the stretch's end, one the name
 * goes on past). */
static void test_noted_same(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "The Clean Act of 1990 passed. ReAct Act Pub. L. 101-1; X Act Act Amendments Y Act",
        "Act Act-x Act, ReActAct Act; Acts Act Z Act of 1953 Article 5 Art. Act",
        "w ReAct Act x Act y AcAct zAct Act\nQ Act ",
    };
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        const uint8_t *b = (const uint8_t *)texts[t];
        size_t n = strlen(texts[t]);
        for (size_t pos = 0; pos < n; pos++) {
            sc_trigger_hit h;
            sc_lex_acts a;
            size_t at = sc_lex_find_acts(b, pos, n, &h, &a);
            for (size_t from = 0; from <= at; from++)
                for (size_t to = from; to <= at; to++) {
                    int i = 0;
                    size_t f = from, want, got;
                    do { /* the calls of one list, as read_names() makes them */
                        want = sc_byname_next(b, 0, f, to, n);
                        got = sc_byname_next_noted(b, 0, f, to, n, &a, &i);
                        assert_int_equal(got, want);
                        f = want + 3;
                    } while (want < to && f < to);
                }
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_offset),
        cmocka_unit_test(test_name_shapes),
        cmocka_unit_test(test_law_of_name),
        cmocka_unit_test(test_noted_same),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
