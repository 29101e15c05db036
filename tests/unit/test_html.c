/*
 * test_html.c -- unit tests of the HTML report writer (src/out_html.c)
 * through the public API (sc_writer_put_document): text escaping and byte
 * safety, citations sorted and clipped, findings listed and linked, the
 * other formats unchanged by the document call.
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

/* Renders one document into a string (caller frees). */
static char *render(const char *text, size_t len, const sc_citation *c, size_t n, int check)
{
    char *buf = NULL;
    size_t sz = 0;
    FILE *f = open_memstream(&buf, &sz);
    assert_non_null(f);
    sc_write_options wo;
    sc_write_options_init(&wo);
    wo.check = check;
    sc_writer *w = sc_writer_new(SC_FMT_HTML, f, &wo);
    assert_non_null(w);
    assert_int_equal(sc_writer_put_document(w, "doc <1>.txt", text, len, c, n), 0);
    assert_int_equal(sc_writer_finish(w), 0);
    sc_writer_free(w);
    fclose(f);
    return buf;
}

static sc_citation cite(sc_type t, uint64_t start, uint64_t end, const char *key)
{
    sc_citation c;
    memset(&c, 0, sizeof c);
    c.type = t;
    c.start = start;
    c.end = end;
    c.line = 1;
    c.col = start + 1;
    snprintf(c.key, sizeof c.key, "%s", key);
    snprintf(c.canonical, sizeof c.canonical, "%s", key);
    snprintf(c.url, sizeof c.url, "https://example.invalid/%s", key);
    return c;
}

/* Nonzero when s is valid UTF-8 with no control byte but \t \n. */
static int clean_utf8(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        if (*p < 0x20 && *p != '\n' && *p != '\t')
            return 0;
        if (*p < 0x80) {
            p++;
            continue;
        }
        int l = *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : *p >= 0xc2 ? 2 : 0;
        if (!l)
            return 0;
        for (int i = 1; i < l; i++)
            if ((p[i] & 0xc0) != 0x80)
                return 0;
        p += l;
    }
    return 1;
}

static void test_bytes_are_safe(void **state)
{
    (void)state;
    static const char text[] = "a\xff\xfe\x96 b\r\nc\rd\x01\x7f e & <x> \"q\" \0z\x81";
    char *h = render(text, sizeof text - 1, NULL, 0, 1);
    assert_true(clean_utf8(h));
    /* bytes that are not UTF-8 are Windows-1252: y-diaeresis, thorn, en dash */
    assert_non_null(strstr(h, "a\xc3\xbf\xc3\xbe\xe2\x80\x93 b"));
    /* but for the five it leaves undefined */
    assert_non_null(strstr(h, "z<span class=\"bad\" title=\"not UTF-8\">\xef\xbf\xbd</span>"));
    assert_non_null(strstr(h, " b\nc\nd")); /* CRLF and lone CR: one break each */
    assert_non_null(strstr(h, "\xe2\x90\x81")); /* U+2401 for 0x01 */
    assert_non_null(strstr(h, "\xe2\x90\xa1")); /* U+2421 for DEL */
    assert_non_null(strstr(h, "\xe2\x90\x80</span>z")); /* NUL */
    assert_non_null(strstr(h, "e &amp; &lt;x&gt; \"q\""));
    assert_non_null(strstr(h, "doc &lt;1&gt;.txt"));
    assert_null(strstr(h, "<x>"));
    free(h);
}

static void test_citations_marked_in_order(void **state)
{
    (void)state;
    static const char text[] = "See Public Law 110-1180 and 8 U.S.C. 1357 here.";
    sc_citation c[3];
    c[0] = cite(SC_USC, 28, 41, "usc:8/1357");                 /* out of order */
    c[1] = cite(SC_PUBLIC_LAW, 4, 23, "publ:110-1180");
    c[2] = cite(SC_STAT, 30, 35, "stat:1/1");                  /* overlaps c[0] */
    c[1].ndiag = 1;
    c[1].diag[0].severity = SC_ERROR;
    snprintf(c[1].diag[0].code, sizeof c[1].diag[0].code, "law-number-range");
    snprintf(c[1].diag[0].message, sizeof c[1].diag[0].message, "it does not exist & more");
    snprintf(c[1].diag[0].suggestion, sizeof c[1].diag[0].suggestion, "write 110-180");
    char *h = render(text, sizeof text - 1, c, 3, 1);
    const char *a = strstr(h, "data-key=\"publ:110-1180\"");
    const char *b = strstr(h, "data-key=\"usc:8/1357\"");
    const char *s = strstr(h, "data-key=\"stat:1/1\"");
    assert_non_null(a);
    assert_non_null(b);
    assert_non_null(s);
    assert_true(a < b && b < s);
    assert_non_null(strstr(h, "id=\"c1-1\" tabindex=\"0\" data-key=\"publ:110-1180\""));
    assert_non_null(strstr(h, "aria-describedby=\"p1-1\">Public Law 110-1180<span class=\"badge"));
    /* the finding: in place and in the list, linked */
    assert_non_null(strstr(h, "<li class=\"f\" id=\"f1\" data-code=\"law-number-range\">"));
    assert_non_null(strstr(h, "<a href=\"#c1-1\">doc &lt;1&gt;.txt:1:5</a>"));
    assert_non_null(strstr(h, "it does not exist &amp; more"));
    assert_non_null(strstr(h, "Fix: write 110-180"));
    assert_non_null(strstr(h, "<a class=\"pu\" href=\"https://example.invalid/usc:8/1357\">"));
    /* the overlapping one is still there, as a marker */
    assert_non_null(strstr(h, "class=\"gap\""));
    assert_true(clean_utf8(h));
    free(h);
}

static void test_findings_list_is_capped(void **state)
{
    (void)state;
    /* more findings than the list holds: all are counted and marked in the
     * text, the list stops and says how many it left out */
    enum { N = 20003 };
    static char text[N * 4];
    sc_citation *c = calloc(N, sizeof *c);
    assert_non_null(c);
    memset(text, 'x', sizeof text);
    for (int i = 0; i < N; i++) {
        c[i] = cite(SC_USC, (uint64_t)i * 4, (uint64_t)i * 4 + 3, "usc:53/1");
        c[i].ndiag = 1;
        c[i].diag[0].severity = SC_ERROR;
        snprintf(c[i].diag[0].code, sizeof c[i].diag[0].code, "usc-title-reserved");
        snprintf(c[i].diag[0].message, sizeof c[i].diag[0].message, "reserved");
    }
    char *h = render(text, sizeof text, c, N, 1);
    assert_non_null(strstr(h, "Findings (20003)"));
    assert_non_null(strstr(h, "3 more findings are marked in the text"));
    assert_non_null(strstr(h, "id=\"f20000\""));
    assert_null(strstr(h, "id=\"f20001\""));
    free(h);
    free(c);
}

static void test_other_formats_write_citations(void **state)
{
    (void)state;
    char *buf = NULL;
    size_t sz = 0;
    FILE *f = open_memstream(&buf, &sz);
    sc_writer *w = sc_writer_new(SC_FMT_JSONL, f, NULL);
    sc_citation c = cite(SC_BILL, 0, 6, "bill:hr/1");
    assert_int_equal(sc_writer_put_document(w, "d", "H.R. 1", 6, &c, 1), 0);
    assert_int_equal(sc_writer_finish(w), 0);
    sc_writer_free(w);
    fclose(f);
    assert_non_null(strstr(buf, "\"key\":\"bill:hr/1\""));
    free(buf);
    assert_int_equal(sc_format_from_name("html"), SC_FMT_HTML);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bytes_are_safe),
        cmocka_unit_test(test_citations_marked_in_order),
        cmocka_unit_test(test_other_formats_write_citations),
        cmocka_unit_test(test_findings_list_is_capped),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
