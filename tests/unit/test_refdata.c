/*
 * test_refdata.c -- unit tests of the generated reference tables and their
 * lookups (src/refdata.c), with facts checked against data/.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "refdata.h"

/* A President in office on a day, and on it or later (data/presidents.csv:
 * Eisenhower to January 20, 1961; the Roosevelts before; Kennedy from that
 * day) */
static void test_presidents(void **state)
{
    (void)state;
    assert_int_equal(sc_ref_president_served("Kennedy", 7, 19621023), 1);
    assert_int_equal(sc_ref_president_served("Eisenhower", 10, 19621023), 0);
    assert_int_equal(sc_ref_president_served_since("Eisenhower", 10, 19621023), 0);
    assert_int_equal(sc_ref_president_served_since("Eisenhower", 10, 19610120), 1);
    assert_int_equal(sc_ref_president_served_since("Roosevelt", 9, 19621023), 0);
    assert_int_equal(sc_ref_president_served_since("Obama", 5, 19621023), 1);
    assert_int_equal(sc_ref_president_served_since("Smith", 5, 19621023), -1);
    /* a name some President bore: his last name, given names that fit him
     * or none ("Bill Clinton", "George W. Bush"; not "Tim Johnson") */
    assert_int_equal(sc_ref_president_named("Clinton", 7, "", 0), 1);
    assert_int_equal(sc_ref_president_named("Clinton", 7, "Bill", 4), 1);
    assert_int_equal(sc_ref_president_named("Clinton", 7, "Hillary", 7), 0);
    assert_int_equal(sc_ref_president_named("Bush", 4, "George W.", 9), 1);
    assert_int_equal(sc_ref_president_named("Bush", 4, "Jeb", 3), 0);
    assert_int_equal(sc_ref_president_named("Johnson", 7, "Lyndon", 6), 1);
    assert_int_equal(sc_ref_president_named("Johnson", 7, "Tim", 3), 0);
    assert_int_equal(sc_ref_president_named("Smith", 5, "", 0), 0);
}

static void test_congresses(void **state)
{
    (void)state;
    const sc_ref_congress *c = sc_ref_congress_get(110);
    assert_non_null(c);
    assert_int_equal(c->start, 20070103);
    assert_int_equal(c->end, 20090103);
    assert_int_equal(c->public_laws, 460); /* so Public Law 110-1180 cannot exist */
    assert_int_equal(sc_ref_congress_get(1)->start, 17890304);
    assert_null(sc_ref_congress_get(0));
    assert_null(sc_ref_congress_get(sc_ref_congress_last() + 1));
    assert_int_equal(sc_ref_congress_at(20080108), 110);
    assert_int_equal(sc_ref_congress_at(20090103), 111); /* the day terms change */
    assert_int_equal(sc_ref_congress_at(17890101), 0);
}

static void test_public_laws(void **state)
{
    (void)state;
    const sc_ref_law *l = sc_ref_public_law(110, 180);
    assert_non_null(l);
    assert_int_equal(l->enacted, 20080108);
    assert_int_equal(l->bill_type, SC_BILL_HR);
    assert_int_equal(l->bill_number, 2640);
    assert_int_equal(l->stat_volume, 121);
    assert_int_equal(l->stat_page, 2559);
    assert_string_equal(sc_ref_law_title(l), "NICS Improvement Amendments Act of 2007");
    assert_null(sc_ref_public_law(110, 1180));
    assert_null(sc_ref_public_law(110, 461));
    assert_non_null(sc_ref_public_law(110, 460));
    /* first and last rows of the table */
    assert_non_null(sc_ref_public_law(82, 1));
    assert_null(sc_ref_public_law(81, 1));
}

static void test_bill_index(void **state)
{
    (void)state;
    const sc_ref_law *l = sc_ref_law_from_bill(110, SC_BILL_HR, 2640);
    assert_non_null(l);
    assert_int_equal(l->number, 180);
    /* the same bill number in another Congress is another law */
    l = sc_ref_law_from_bill(113, SC_BILL_HR, 2640);
    assert_non_null(l);
    assert_int_equal(l->congress, 113);
    assert_int_equal(l->number, 244);
    l = sc_ref_law_from_bill(109, SC_BILL_HR, 4939);
    assert_non_null(l);
    assert_int_equal(l->number, 234);
    assert_null(sc_ref_law_from_bill(110, SC_BILL_S, 2640 + 100000));
    assert_null(sc_ref_law_from_bill(110, SC_BILL_HRES, 2640));
}

/* How far each kind of bill was numbered (data/bill_numbers.tsv): the
 * 110th Congress's Senate bills to S. 3741, every enacted bill within its
 * Congress's highest, nothing before the 108th Congress */
static void test_bill_uppers(void **state)
{
    (void)state;
    assert_int_equal(sc_ref_bill_upper_of(110, SC_BILL_S), 3741);
    assert_int_equal(sc_ref_bill_upper_of(108, SC_BILL_HR), 5431);
    assert_int_equal(sc_ref_bill_upper_of(107, SC_BILL_HR), 0);
    assert_int_equal(sc_ref_bill_upper_of(110, SC_BILL_NONE), 0);
    int checked = 0;
    for (int i = 0; i < sc_ref_npublaws; i++) {
        const sc_ref_law *l = &sc_ref_publaws[i];
        int32_t up = sc_ref_bill_upper_of(l->congress, l->bill_type);
        if (up > 0) {
            assert_true(l->bill_number <= up);
            checked++;
        }
    }
    assert_true(checked > 3000);
}

/* The volume's first private law by page is above its last public law: a
 * private law's row below it is out of order (Private Law 88-122 "at 77
 * Stat. 116"); volume 77's private laws begin with 88-1 at 873 */
static void test_private_firsts(void **state)
{
    (void)state;
    int pf = sc_ref_pvt_first_by_page[77];
    assert_true(pf >= 0);
    assert_int_equal(sc_ref_pvtlaws[pf].stat_page, 873);
    for (int v = 1; v < SC_REF_STAT_VOLUMES; v++) {
        int f = sc_ref_pvt_first_by_page[v];
        if (f >= 0)
            assert_int_equal(sc_ref_next_law_page(v, sc_ref_pvtlaws[f].stat_page), 0);
    }
}

static void test_pages(void **state)
{
    (void)state;
    /* ADA: 104 Stat. 327; a pin page inside it belongs to it */
    const sc_ref_law *l = sc_ref_law_at_page(104, 372);
    assert_non_null(l);
    assert_int_equal(l->congress, 101);
    assert_int_equal(l->number, 336);
    l = sc_ref_law_at_page(104, 327);
    assert_int_equal(l->number, 336);
    /* page 237 of volume 104 is before the ADA */
    l = sc_ref_law_at_page(104, 237);
    assert_non_null(l);
    assert_true(l->stat_page <= 237);
    assert_true(l->number != 336 || l->congress != 101);
    assert_true(sc_ref_next_law_page(104, 327) > 327);
    assert_null(sc_ref_law_at_page(9999, 1));
}

static void test_private_laws(void **state)
{
    (void)state;
    const sc_ref_law *l = sc_ref_private_law(82, 1);
    assert_non_null(l);
    assert_int_equal(l->stat_volume, 65);
    assert_true(l->flags & SC_REF_STAT_APPENDIX);
    assert_int_equal(l->stat_page, 3);
}

static void test_titles(void **state)
{
    (void)state;
    const sc_ref_title *t = sc_ref_usc_title("8");
    assert_non_null(t);
    assert_int_equal(t->status, SC_REF_TITLE_ACTIVE);
    assert_string_equal(sc_ref_title_name(t), "Aliens and Nationality");
    t = sc_ref_usc_title("53");
    assert_non_null(t);
    assert_int_equal(t->status, SC_REF_TITLE_RESERVED);
    t = sc_ref_usc_title("50a");
    assert_non_null(t);
    assert_int_equal(t->status, SC_REF_TITLE_ELIMINATED);
    assert_null(sc_ref_usc_title("55"));
    assert_null(sc_ref_usc_title("42a"));
}

static void test_sections(void **state)
{
    (void)state;
    const sc_ref_section *s = sc_ref_usc_section("8", "1357");
    assert_non_null(s);
    assert_int_equal(s->status, SC_REF_SEC_ACTIVE);
    assert_true(s->flags & SC_REF_SEC_CURRENT);
    s = sc_ref_usc_section("8", "101");
    assert_non_null(s);
    assert_int_equal(s->status, SC_REF_SEC_TRANSFERRED);
    assert_string_equal(sc_ref_section_status_name(s->status), "transferred");
    assert_non_null(sc_ref_usc_section("42", "2000e-2"));
    assert_non_null(sc_ref_usc_section("42", "1395w-101"));
    assert_null(sc_ref_usc_section("8", "99999"));
    assert_null(sc_ref_usc_section("55", "1"));
    /* "60e-3 to 60e-14" in title 2 is one range row */
    s = sc_ref_usc_section("2", "60e-7");
    assert_non_null(s);
    assert_true(s->flags & SC_REF_SEC_RANGE);
    assert_string_equal(sc_ref_section_name(s), "60e-3 to 60e-14");
    assert_string_equal(sc_ref_release_point(), "119-102");
}

/* The indexes over the tables (per Congress, per title, the sections' sort
 * keys) find every row, the first of duplicates, and nothing else. */
static void test_lookup_indexes(void **state)
{
    (void)state;
    for (int i = 0; i < sc_ref_npublaws; i++) {
        const sc_ref_law *l = &sc_ref_publaws[i];
        assert_ptr_equal(sc_ref_public_law(l->congress, l->number), l);
        if (i + 1 == sc_ref_npublaws || sc_ref_publaws[i + 1].congress != l->congress ||
            sc_ref_publaws[i + 1].number != l->number + 1)
            assert_null(sc_ref_public_law(l->congress, l->number + 1));
    }
    for (int i = 0; i < sc_ref_npvtlaws; i++) {
        const sc_ref_law *l = &sc_ref_pvtlaws[i];
        assert_ptr_equal(sc_ref_private_law(l->congress, l->number), l);
    }
    assert_null(sc_ref_public_law(-1, 1));
    assert_null(sc_ref_public_law(100000, 1));
    assert_null(sc_ref_public_law(110, 0));
    assert_null(sc_ref_public_law(110, -5));
    char key[8], v[80];
    for (int i = 0; i < sc_ref_nsections; i++) {
        const sc_ref_section *s = &sc_ref_sections[i];
        const char *name = sc_ref_section_name(s);
        if (s->flags & SC_REF_SEC_RANGE)
            continue;
        snprintf(key, sizeof key, "%d%s", s->title % 100, s->title > 100 ? "a" : "");
        const sc_ref_section *f = sc_ref_usc_section(key, name);
        int first = i;
        while (first > 0 && sc_ref_sections[first - 1].title == s->title &&
               strcmp(sc_ref_section_name(&sc_ref_sections[first - 1]), name) == 0)
            first--;
        assert_ptr_equal(f, &sc_ref_sections[first]);
        /* one byte more, or one less: another name (found only as itself) */
        snprintf(v, sizeof v, "%s~", name);
        f = sc_ref_usc_section(key, v);
        assert_true(f == NULL || (f->flags & SC_REF_SEC_RANGE) ||
                    strcmp(sc_ref_section_name(f), v) == 0);
        size_t n = strlen(name);
        if (n > 1) {
            memcpy(v, name, n - 1);
            v[n - 1] = '\0';
            f = sc_ref_usc_section(key, v);
            assert_true(f == NULL || (f->flags & SC_REF_SEC_RANGE) ||
                        strcmp(sc_ref_section_name(f), v) == 0);
        }
    }
}

/* The range rows as first written: split each row's name at " to " and
 * compare; sc_ref_usc_section's split ends and number filter must agree. */
static const sc_ref_section *range_plain(int t, const char *sec)
{
    for (int i = 0; i < sc_ref_nrange_index; i++) {
        const sc_ref_section *s = &sc_ref_sections[sc_ref_range_index[i]];
        const char *name = sc_ref_section_name(s), *to = strstr(name, " to ");
        char lo[64];
        if (s->title != t || !to || to - name >= 64 || strlen(to + 4) >= 64)
            continue;
        memcpy(lo, name, (size_t)(to - name));
        lo[to - name] = '\0';
        if (sc_ref_section_cmp(lo, sec) <= 0 && sc_ref_section_cmp(sec, to + 4) <= 0)
            return s;
    }
    return NULL;
}

static void test_range_rows(void **state)
{
    (void)state;
    char key[8], probe[80];
    for (int i = 0; i < sc_ref_nrange_index; i++) {
        const sc_ref_section *s = &sc_ref_sections[sc_ref_range_index[i]];
        const char *name = sc_ref_section_name(s);
        snprintf(key, sizeof key, "%d%s", s->title % 100, s->title > 100 ? "a" : "");
        /* its ends, the numbers around them, and a letter after them */
        for (int k = 0; k < 8; k++) {
            const char *to = strstr(name, " to ");
            const char *end = k < 4 ? name : to ? to + 4 : name;
            long n = strtol(end, NULL, 10);
            switch (k % 4) {
            case 0: snprintf(probe, sizeof probe, "%.*s", k < 4 && to ? (int)(to - name) : 60, end); break;
            case 1: snprintf(probe, sizeof probe, "%ld", n - 1); break;
            case 2: snprintf(probe, sizeof probe, "%ld", n + 1); break;
            default: snprintf(probe, sizeof probe, "%ldzz", n); break;
            }
            const sc_ref_section *f = sc_ref_usc_section(key, probe);
            if (f && !(f->flags & SC_REF_SEC_RANGE))
                continue; /* a section of its own */
            assert_ptr_equal(f, range_plain(s->title, probe));
        }
    }
}

/* The page index's per-volume starts: the law at every page a law begins
 * on is the first law of that page, as a walk of the whole index finds. */
static void test_page_firsts(void **state)
{
    (void)state;
    for (int i = 0; i < sc_ref_npage_index; i++) {
        const sc_ref_law *l = &sc_ref_publaws[sc_ref_page_index[i]];
        int first = i;
        while (first > 0 && sc_ref_publaws[sc_ref_page_index[first - 1]].stat_volume ==
                                l->stat_volume &&
               sc_ref_publaws[sc_ref_page_index[first - 1]].stat_page == l->stat_page)
            first--;
        assert_ptr_equal(sc_ref_law_at_page(l->stat_volume, l->stat_page),
                         &sc_ref_publaws[sc_ref_page_index[first]]);
        int next = 0;
        for (int k = i + 1; k < sc_ref_npage_index && !next; k++) {
            const sc_ref_law *x = &sc_ref_publaws[sc_ref_page_index[k]];
            if (x->stat_volume != l->stat_volume)
                break;
            if (x->stat_page > l->stat_page)
                next = x->stat_page;
        }
        assert_int_equal(sc_ref_next_law_page(l->stat_volume, l->stat_page), next);
    }
    assert_null(sc_ref_law_at_page(SC_REF_STAT_VOLUMES + 3, 1));
    assert_null(sc_ref_law_at_page(-1, 1));
}

static void test_section_order(void **state)
{
    (void)state;
    assert_true(sc_ref_section_cmp("60e-3", "60e-14") < 0);
    assert_true(sc_ref_section_cmp("60e-14", "61") < 0);
    assert_true(sc_ref_section_cmp("99", "100") < 0);
    assert_true(sc_ref_section_cmp("1395w", "1395w-4") < 0);
    assert_int_equal(sc_ref_section_cmp("1357", "1357"), 0);
}

/* A disputed date's other one: the Code's credits' date (93-444: October
 * 16, 1974, against the Statutes' October 15), or the Statutes' record's
 * before the Code's corrected it (97-21: 1979); none for an undisputed law. */
static void test_other_dates(void **state)
{
    (void)state;
    const sc_ref_law *l = sc_ref_public_law(93, 444);
    assert_non_null(l);
    assert_true(l->flags & SC_REF_DATE_DISPUTED);
    assert_int_equal(l->enacted, 19741015);
    assert_int_equal(sc_ref_law_other_date(l), 19741016);
    l = sc_ref_public_law(97, 21);
    assert_non_null(l);
    assert_int_equal(sc_ref_law_other_date(l), 19790709);
    l = sc_ref_public_law(101, 336);
    assert_non_null(l);
    assert_false(l->flags & SC_REF_DATE_DISPUTED);
    assert_int_equal(sc_ref_law_other_date(l), 0);
    assert_int_equal(sc_ref_law_other_date(NULL), 0);
    /* every flagged row of the table has its other date on record, and
     * it differs from the row's own */
    for (int i = 0; i < sc_ref_ndate_alts; i++) {
        const sc_ref_law *r = sc_ref_public_law(sc_ref_date_alts[i].congress, sc_ref_date_alts[i].number);
        assert_non_null(r);
        assert_int_not_equal(r->enacted, sc_ref_date_alts[i].ymd);
    }
    assert_true(sc_ref_ndate_alts >= 18);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_congresses), cmocka_unit_test(test_public_laws),
        cmocka_unit_test(test_presidents),
        cmocka_unit_test(test_bill_index), cmocka_unit_test(test_pages),
        cmocka_unit_test(test_private_laws), cmocka_unit_test(test_titles),
        cmocka_unit_test(test_sections),   cmocka_unit_test(test_section_order),
        cmocka_unit_test(test_lookup_indexes), cmocka_unit_test(test_range_rows),
        cmocka_unit_test(test_page_firsts), cmocka_unit_test(test_other_dates),
        cmocka_unit_test(test_bill_uppers), cmocka_unit_test(test_private_firsts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
