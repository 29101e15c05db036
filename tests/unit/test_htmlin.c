/*
 * test_htmlin.c -- unit tests of the HTML input filter (src/html.c): markup,
 * comments and styles blanked; a script's code and comments blanked and its
 * string literals kept, their \u escapes decoded in place (one to three
 * UTF-8 bytes, right-aligned), each literal between SC_HTML_BREAKs; the
 * same bytes whatever the pieces the document is filtered in; and the
 * length never changes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "html.h"

/* Filters @p in in pieces of @p step bytes into @p out (NUL-terminated);
 * SC_HTML_BREAK is written '|' so the expectations can say where it is. */
static void filter(const char *in, size_t step, char *out, size_t cap)
{
    size_t n = strlen(in);
    assert_true(n < cap);
    memcpy(out, in, n + 1);
    sc_html_state st;
    sc_html_reset(&st);
    for (size_t i = 0; i < n; i += step)
        sc_html_filter(&st, (uint8_t *)out + i, n - i < step ? n - i : step);
    assert_int_equal(strlen(out), n);
    for (size_t i = 0; i < n; i++)
        if ((uint8_t)out[i] == SC_HTML_BREAK)
            out[i] = '|';
}

/* The filtered text in every piece size from 1 to 17 and whole: all the
 * same, and equal to @p want. */
static void expect(const char *in, const char *want)
{
    char whole[1024], piece[1024];
    filter(in, strlen(in) + 1, whole, sizeof whole);
    assert_string_equal(whole, want);
    for (size_t step = 1; step <= 17; step++) {
        filter(in, step, piece, sizeof piece);
        assert_string_equal(piece, whole);
    }
}

static void test_markup_blanked(void **state)
{
    (void)state;
    /* a block element's '>' is the break, its end tag's too */
    expect("<p>28 U.S.C. &#167; 1915</p><!-- Pub. L. 1-1 -->",
           "  |28 U.S.C. &#167; 1915   |                    ");
    expect("<style>p{content:\"Pub. L. 2-2\"}</style>x", "                                       x");
}

static void test_script_strings_kept(void **state)
{
    (void)state;
    /* code and comments go; each literal's text stays between breaks, and
     * so do the code's { } [ ] , ; (a line of them is no blank line) */
    expect("<script>var a = \"Pub. L. 97-164\"; // 9 U.S.C. 1\nb('42 U.S.C. 1983')</script>",
           "                |Pub. L. 97-164||              \n  |42 U.S.C. 1983|          ");
    expect("<script>/* 'not' */ t = `a\nb`</script>", "                        |a\nb|         ");
    /* a regular expression with a quote: the string it seems to open ends
     * with its line; the next line is code again */
    expect("<script>r = /[\"']/;\nx = 'ok'</script>",
           "             ||']/;\n    |ok|         ");
}

static void test_script_escapes(void **state)
{
    (void)state;
    /* \n \" \/ : two spaces; \u00a7: four spaces and C2 A7; \u2014: three
     * spaces and E2 80 94; \u0041: five spaces and 'A'; \u0009 (a control)
     * and \ud83d (a surrogate): six spaces */
    expect("<script>s=\"a\\nb\\\"c\\/d\"</script>", "          |a  b  c  d|         ");
    expect("<script>s=\"\\u00a7 1\"</script>", "          |    \xc2\xa7 1|         ");
    expect("<script>s=\"\\u00A7\\u2014\\u0041\"</script>",
           "          |    \xc2\xa7   \xe2\x80\x94     A|         ");
    expect("<script>s=\"x\\u0009y\\ud83dz\"</script>", "          |x      y      z|         ");
    /* no escape after all: "\u1" and the quote that ends the string */
    expect("<script>s=\"\\u1\" + 1</script>", "          |   |             ");
}

static void test_json(void **state)
{
    (void)state;
    /* a JSON document: its strings and numbers are its text, keys and
     * values alike; an object is one record of its fields -- the quotes
     * blanks, a key's ':' and the ',' between two fields kept, the braces
     * and brackets breaks (and a ',' after one) */
    char out[256];
    const char *in = "{\"text\": \"See 38 U.S.C. \\u00a7 5110.\",\n  \"n\": [1, 2]\n}";
    size_t n = strlen(in);
    memcpy(out, in, n + 1);
    sc_html_state st;
    sc_html_reset(&st);
    sc_json_filter(&st, (uint8_t *)out, n);
    for (size_t i = 0; i < n; i++)
        if ((uint8_t)out[i] == SC_HTML_BREAK)
            out[i] = '|';
    assert_string_equal(out, "| text :  See 38 U.S.C.     \xc2\xa7 5110. ,\n   n : |1, 2|\n|");
    /* two objects of an array: each its own, the ',' between them a break */
    const char *in2 = "[{\"law\": \"Pub. L. 1-1\"}, {\"law\": \"Pub. L. 1-2\"}]";
    n = strlen(in2);
    memcpy(out, in2, n + 1);
    sc_html_reset(&st);
    sc_json_filter(&st, (uint8_t *)out, n);
    for (size_t i = 0; i < n; i++)
        if ((uint8_t)out[i] == SC_HTML_BREAK)
            out[i] = '|';
    assert_string_equal(out, "|| law :  Pub. L. 1-1 || | law :  Pub. L. 1-2 ||");
}

static void test_script_end_tag(void **state)
{
    (void)state;
    /* the end tag ends the script even inside a literal (as in HTML), and
     * text after it is text again */
    expect("<script>s = 'a</script><p>Pub. L. 97-164</p>",
           "            |a           |Pub. L. 97-164   |");
    /* an escaped quote inside a tag in a literal ends neither */
    expect("<script>s = \"<a href=\\\"/x\\\">Id.</a>\"; t = 'Pub. L. 1-1'</script>",
           "            |               Id.    ||     |Pub. L. 1-1|         ");
    /* markup in a literal is blanked; a '<' that begins no tag is a space */
    expect("<script>s = '<i>Id.</i> a < b'</script>",
           "            |   Id.     a   b|         ");
}

/* On any bytes, in any pieces: the length and every line end stay where
 * they are (lines and columns count in the original), and no line end is
 * made -- 2,000 random documents of the bytes that steer the filters. */
static void test_lines_kept(void **state)
{
    (void)state;
    static const char alphabet[] = "<>/\\\"'`*{}[],;\nu0a7Sscript ";
    uint32_t seed = 12345;
    for (int doc = 0; doc < 2000; doc++) {
        char in[200], out[200];
        size_t n = 20 + doc % 150;
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            in[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        in[n] = '\0';
        if (doc % 3 == 0)
            memcpy(in, "<script>", 8); /* into a script at once */
        for (int json = 0; json < 2; json++) {
            for (size_t step = 1; step <= n; step += 7) {
                memcpy(out, in, n + 1);
                sc_html_state st;
                sc_html_reset(&st);
                for (size_t i = 0; i < n; i += step) {
                    size_t k = n - i < step ? n - i : step;
                    if (json)
                        sc_json_filter(&st, (uint8_t *)out + i, k);
                    else
                        sc_html_filter(&st, (uint8_t *)out + i, k);
                }
                for (size_t i = 0; i < n; i++)
                    if ((in[i] == '\n') != (out[i] == '\n'))
                        fail_msg("doc %d (%s, pieces of %zu): line end moved at %zu", doc,
                                 json ? "json" : "html", step, i);
            }
        }
    }
}

static void test_json_sniff(void **state)
{
    (void)state;
    static const struct { const char *text; int json; } t[] = {
        { "{\"text\": 1}", 1 }, { "\n  [\n {\"a\": 2}]", 1 }, { "[\"a\", \"b\"]", 1 },
        { "\xef\xbb\xbf{\"a\":1}", 1 }, { "[1] Pub. L. 101-336", 0 }, { "{ 42 U.S.C. 1983 }", 0 },
        { "Pub. L. 101-336", 0 }, { "", 0 }, { "[[[[[\"deep\"", 0 },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (sc_json_sniff((const uint8_t *)t[i].text, strlen(t[i].text)) != t[i].json)
            fail_msg("\"%s\": sniffed %s", t[i].text, t[i].json ? "as text" : "as JSON");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_markup_blanked),
        cmocka_unit_test(test_script_strings_kept),
        cmocka_unit_test(test_script_escapes),
        cmocka_unit_test(test_script_end_tag),
        cmocka_unit_test(test_json),
        cmocka_unit_test(test_lines_kept),
        cmocka_unit_test(test_json_sniff),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
