/*
 * test_table.c -- unit tests of the tables of laws written as text
 * (src/table.c): a line's cells ('|', tab, CSV with quotes), a header's
 * labels and roles, a row's header found above it, and the lines that are
 * no table (prose with commas, a header of unknown labels, a row of other
 * cells); and the Congress a table's cell states (context.c).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "scan.h"
#include "table.h"

static const uint8_t *B(const char *s) { return (const uint8_t *)s; }

/* The text of cell i of c in s. */
static void cell_is(const char *s, const sc_table_cells *c, int i, const char *want)
{
    assert_true(i < c->n);
    assert_int_equal(c->eo[i] - c->so[i], strlen(want));
    assert_memory_equal(s + c->so[i], want, strlen(want));
}

/* The line s is split at sep (its own separator) into n cells. */
static void split_is(const char *s, uint8_t sep, sc_table_cells *c, int n)
{
    assert_int_equal(sc_table_sep(B(s), 0, strlen(s)), sep);
    assert_int_equal(sc_table_cells_of(B(s), 0, strlen(s), sep, c), n);
}

static void test_cells(void **state)
{
    (void)state;
    sc_table_cells c;
    const char *bar = "| 92-509 | June 22, 1972 |   |";
    split_is(bar, '|', &c, 3);
    cell_is(bar, &c, 0, "92-509");
    cell_is(bar, &c, 1, "June 22, 1972");
    cell_is(bar, &c, 2, "");
    /* a CSV cell in quotes keeps its commas; "" is a quote inside it */
    const char *csv = "128 Stat. 1913,\"Oct. 22, 1994\",\"say \"\"Act\"\"\",103-392";
    split_is(csv, ',', &c, 4);
    cell_is(csv, &c, 0, "128 Stat. 1913");
    cell_is(csv, &c, 1, "Oct. 22, 1994");
    cell_is(csv, &c, 2, "say \"\"Act\"\"");
    cell_is(csv, &c, 3, "103-392");
    split_is("117-2\tMarch 11, 2021", '\t', &c, 2);
    /* too many cells: none */
    const char *many = "a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q";
    assert_int_equal(sc_table_cells_of(B(many), 0, strlen(many), '|', &c), -1);
}

static void test_header(void **state)
{
    (void)state;
    sc_table_head h;
    const char *wiki = "| Public law number | Date of enactment | Official short title | Description |";
    assert_int_equal(sc_table_header(B(wiki), 0, strlen(wiki), &h), 1);
    assert_int_equal(h.ncol, 4);
    assert_int_equal(h.role[0], SC_COL_LAW);
    assert_int_equal(h.role[1], SC_COL_DATE);
    assert_int_equal(h.role[2], SC_COL_NAME);
    assert_int_equal(h.role[3], SC_COL_OTHER);
    const char *csv = "STATUTES_AT_LARGE,\"Signed by\",PL,Cong.";
    assert_int_equal(sc_table_header(B(csv), 0, strlen(csv), &h), 1);
    assert_int_equal(h.role[0], SC_COL_STAT);
    assert_int_equal(h.role[1], SC_COL_PRESIDENT);
    assert_int_equal(h.role[2], SC_COL_LAW);
    assert_int_equal(h.role[3], SC_COL_CONGRESS);
    /* near misses: one known label; no law, page or bill; a digit; prose */
    const char *one = "Law, Order, and Justice";
    assert_int_equal(sc_table_header(B(one), 0, strlen(one), &h), 0);
    const char *nolaw = "Date | President | Congress";
    assert_int_equal(sc_table_header(B(nolaw), 0, strlen(nolaw), &h), 0);
    const char *digit = "| Law | 1990 |";
    assert_int_equal(sc_table_header(B(digit), 0, strlen(digit), &h), 0);
    const char *twice = "law,pl,date";
    assert_int_equal(sc_table_header(B(twice), 0, strlen(twice), &h), 0);
}

static void test_row(void **state)
{
    (void)state;
    sc_table_head h;
    sc_table_cells c;
    const char *t = "Some words first.\n"
                    "| Law | Stat. | Signed by | Congress |\n"
                    "| --- | --- | --- | --- |\n"
                    "| 92-599 | 86 Stat. 1324 | Richard Nixon | 93rd |\n"
                    "| 94-478 | 90 Stat. 2077 | Gerald Ford | 94th |\n";
    size_t at = (size_t)(strstr(t, "90 Stat.") - t);
    assert_int_equal(sc_table_row(B(t), 0, strlen(t), at, &h, &c, NULL), 1);
    assert_int_equal(c.n, 4);
    cell_is(t, &c, 0, "94-478");
    cell_is(t, &c, 2, "Gerald Ford");
    assert_int_equal(h.role[2], SC_COL_PRESIDENT);
    assert_int_equal(h.role[3], SC_COL_CONGRESS);
    /* a row of other cells between it and the header: no row of that table */
    const char *u = "public_law,bill,date\n"
                    "110-343,H.R. 1424,10/3/2008\n"
                    "see also,this\n"
                    "111-91,H.R. 1209,11/6/2009\n";
    at = (size_t)(strstr(u, "H.R. 1424") - u);
    assert_int_equal(sc_table_row(B(u), 0, strlen(u), at, &h, &c, NULL), 1);
    at = (size_t)(strstr(u, "H.R. 1209") - u);
    assert_int_equal(sc_table_row(B(u), 0, strlen(u), at, &h, &c, NULL), 0);
    /* prose: no header above */
    const char *p = "The Act, as amended, is Pub. L. 101-336,\nwhich the President, Bush, signed, 104 Stat. 327.\n";
    at = (size_t)(strstr(p, "104 Stat.") - p);
    assert_int_equal(sc_table_row(B(p), 0, strlen(p), at, &h, &c, NULL), 0);
}

static void test_rule_and_marks(void **state)
{
    (void)state;
    const char *r = "|---|:---:|---|";
    assert_int_equal(sc_table_rule_line(B(r), 0, strlen(r)), 1);
    const char *d = "| 92-509 | --- |";
    assert_int_equal(sc_table_rule_line(B(d), 0, strlen(d)), 0);
    const char *prose = "In 1990, Congress passed the Americans with Disabilities Act, and the President signed it.";
    assert_int_equal(sc_table_marked(B(prose), 0, strlen(prose)), 0);
    const char *row = "In 1990, Congress passed the Americans with Disabilities Act,101-336";
    assert_int_equal(sc_table_marked(B(row), 0, strlen(row)), 1);
    uint8_t sep;
    assert_int_equal(sc_table_line_cells(B(prose), 0, strlen(prose), &sep), 0);
    const char *csv = "110-343,H.R. 1424,\"Oct. 3, 2008\"";
    assert_int_equal(sc_table_line_cells(B(csv), 0, strlen(csv), &sep), 3);
    assert_int_equal(sep, ',');
}

static void test_bare_row_and_labels(void **state)
{
    (void)state;
    sc_table_cells c;
    const char *t = "President Dwight Eisenhower | 86th Cong. | Public Law 86-527\n"
                    "President Bill Clinton | 101st Cong. | Public Law 101-612\n";
    size_t at = (size_t)(strstr(t, "Public Law 101") - t);
    assert_int_equal(sc_table_bare_row(B(t), 0, strlen(t), at, &c), 1);
    cell_is(t, &c, 0, "President Bill Clinton");
    /* one line alone, or its neighbour of other cells: no table */
    const char *u = "Intro line.\nPresident Bill Clinton | 101st Cong. | Public Law 101-612\nNext | line\n";
    at = (size_t)(strstr(u, "Public Law") - u);
    assert_int_equal(sc_table_bare_row(B(u), 0, strlen(u), at, &c), 0);
    /* labels by their letters */
    const char *l = "Short title|Stat.|P.L.|Foo|1990";
    assert_int_equal(sc_table_label_role(B(l), 0, 11), SC_COL_NAME);
    assert_int_equal(sc_table_label_role(B(l), 12, 17), SC_COL_STAT);
    assert_int_equal(sc_table_label_role(B(l), 18, 22), SC_COL_LAW);
    assert_int_equal(sc_table_label_role(B(l), 23, 26), SC_COL_OTHER);
    assert_int_equal(sc_table_label_role(B(l), 27, 31), -1);
}

static void test_congress_cell(void **state)
{
    (void)state;
    struct { const char *s; int v; } cases[] = {
        { "103rd", 103 }, { "83d", 83 }, { "92", 92 }, { "113th Cong.", 113 },
        { "Ninety-second", 92 }, { "One Hundred Seventh Congress", 107 },
        { "92nd Congress", 92 }, { "103-392", 0 }, { "1st session", 0 }, { "", 0 },
        { "Richard Nixon", 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_int_equal(sc_ctx_congress_cell(B(cases[i].s), 0, strlen(cases[i].s)), cases[i].v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cells),         cmocka_unit_test(test_header),
        cmocka_unit_test(test_row),           cmocka_unit_test(test_rule_and_marks),
        cmocka_unit_test(test_bare_row_and_labels), cmocka_unit_test(test_congress_cell),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
