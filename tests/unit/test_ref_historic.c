/*
 * test_ref_historic.c -- unit tests of the tables of the laws of the
 * 1st-81st Congresses and their lookups (src/ref_historic.c), with facts
 * checked against data/historic_laws.csv.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "check_historic.h"
#include "ref_historic.h"
#include "statcite.h"

static void test_chapter(void **state)
{
    (void)state;
    /* Act of June 25, 1948, ch. 646, 62 Stat. 869 (Pub. L. 80-773) */
    const sc_hist_law *l = sc_hist_chapter(80, 2, 646);
    assert_non_null(l);
    assert_int_equal(l->date, 19480625);
    assert_int_equal(l->volume, 62);
    assert_int_equal(l->page, 869);
    assert_int_equal(l->publ, 773);
    assert_int_equal(l->kind, SC_HIST_CHAPTER);
    /* chapter 1 of the 1st Congress: Roman "Chapter I", 1 Stat. 23 */
    l = sc_hist_chapter(1, 1, 1);
    assert_non_null(l);
    assert_int_equal(l->date, 17890601);
    assert_int_equal(l->page, 23);
    assert_null(sc_hist_chapter(80, 2, 30000));
    const sc_hist_law *v[4];
    int n = sc_hist_chapter_in_volume(62, 646, v, 4);
    assert_int_equal(n, 1);
    assert_ptr_equal(v[0], sc_hist_chapter(80, 2, 646));
}

/* The (volume, chapter) index gives what a scan of the volume in page
 * order gives, for every chapter number of every volume. */
/* Each law's bill travels with it through the sort of the table. */
static void test_bills(void **state)
{
    (void)state;
    int num = 0;
    /* ch. 646 of June 25, 1948: H.R. 3214 */
    assert_int_equal(sc_hist_bill(sc_hist_chapter(80, 2, 646), &num), SC_BILL_HR);
    assert_int_equal(num, 3214);
    /* ch. 531 of August 14, 1935 (the Social Security Act): H.R. 7260 */
    assert_int_equal(sc_hist_bill(sc_hist_chapter(74, 1, 531), &num), SC_BILL_HR);
    assert_int_equal(num, 7260);
    /* ch. 6 of the 63rd Congress, 3rd session: S.J. Res. 187 */
    assert_int_equal(sc_hist_bill(sc_hist_chapter(63, 3, 6), &num), SC_BILL_SJRES);
    assert_int_equal(num, 187);
    /* the Judiciary Act of 1789, ch. 20: S. 1 of the 1st Congress */
    const sc_hist_law *l = sc_hist_chapter(1, 1, 20);
    assert_non_null(l);
    assert_int_equal(sc_hist_bill(l, &num), SC_BILL_S);
    assert_int_equal(num, 1);
    assert_int_equal(sc_hist_bill(NULL, &num), 0);
}

static void test_chapter_index(void **state)
{
    (void)state;
    const sc_hist_law *v[SC_HIST_SAME_CHAPTER_MAX], *w[SC_HIST_SAME_CHAPTER_MAX];
    /* ch. 145 of volume 39: one in each session, in page order */
    int n = sc_hist_chapter_in_volume(39, 145, v, 16);
    assert_int_equal(n, 2);
    assert_int_equal(v[0]->page, 226);
    assert_int_equal(v[1]->page, 951);
    assert_int_equal(sc_hist_chapter_in_volume(39, 30000, v, 16), 0);
    assert_int_equal(sc_hist_chapter_in_volume(0, 145, v, 16), 0);
    int checked = 0;
    /* volume 6 prints 27 chapters 13 (its sessions' public and private
     * chapters): a lookup with room for them all returns them all */
    assert_int_equal(sc_hist_chapter_in_volume(6, 13, v, SC_HIST_SAME_CHAPTER_MAX), 27);
    int most = 0;
    for (int vol = 1; vol <= 64; vol++) {
        int lo = 0, hi = 0; /* the volume's run of the page index */
        while (lo < sc_hist_npage_index && sc_hist_laws[sc_hist_page_index[lo]].volume < vol)
            lo++;
        for (hi = lo; hi < sc_hist_npage_index && sc_hist_laws[sc_hist_page_index[hi]].volume == vol;)
            hi++;
        for (int ch = 1; ch <= 1500; ch += 7) {
            int m = 0;
            for (int i = lo; i < hi; i++) {
                const sc_hist_law *l = &sc_hist_laws[sc_hist_page_index[i]];
                if (l->volume == vol && l->number == ch && l->kind <= SC_HIST_PRIVATE) {
                    assert_true(m < SC_HIST_SAME_CHAPTER_MAX);
                    w[m++] = l;
                }
            }
            most = m > most ? m : most;
            n = sc_hist_chapter_in_volume(vol, ch, v, SC_HIST_SAME_CHAPTER_MAX);
            assert_int_equal(n, m);
            for (int i = 0; i < n; i++)
                assert_ptr_equal(v[i], w[i]);
            checked += n;
        }
    }
    assert_true(checked > 1000);
    assert_true(most > 16); /* (the old lookups' room, 4 to 16, left some out) */
}

/* flags: a date only one source gives; a date two sources give */
static void test_flags(void **state)
{
    (void)state;
    const sc_hist_law *l = sc_hist_chapter(65, 2, 2); /* 40 Stat. 1357, private, src s */
    assert_non_null(l);
    assert_int_equal(l->kind, SC_HIST_PRIVATE);
    assert_true(l->flags & SC_HIST_ONE_SOURCE);
    l = sc_hist_chapter(80, 2, 646); /* src s, l */
    assert_non_null(l);
    assert_false(l->flags & SC_HIST_ONE_SOURCE);
    /* the Cotton Standards Act, ch. 288 of March 4, 1923: the morning after
     * the 67th Congress's term in congresses.csv, the sources agreeing --
     * no dispute; ch. 268 of that morning, the sources disagreeing about
     * its day (statutes-kept), stays disputed */
    l = sc_hist_chapter(67, 4, 288);
    assert_non_null(l);
    assert_int_equal(l->date, 19230304);
    assert_true(l->flags & SC_HIST_LAST_MORNING);
    assert_false(l->flags & SC_HIST_DATE_DISPUTED);
    assert_true(sc_hist_date_sure(l));
    l = sc_hist_chapter(67, 4, 268);
    assert_non_null(l);
    assert_true(l->flags & SC_HIST_DATE_DISPUTED);
    assert_false(l->flags & SC_HIST_LAST_MORNING);
    assert_false(sc_hist_date_sure(l));
}

static void test_pages(void **state)
{
    (void)state;
    const sc_hist_law *v[8];
    /* 49 Stat. 620 is the Social Security Act, ch. 531; 49 Stat. 640 is
     * still in it (the next law begins later) */
    int n = sc_hist_at_page(49, 620, v, 8);
    assert_true(n >= 1);
    assert_int_equal(v[0]->number, 531);
    n = sc_hist_at_page(49, 640, v, 8);
    assert_true(n >= 1);
    assert_int_equal(v[0]->number, 531);
    assert_true(sc_hist_next_page(49, 620) > 640);
    assert_int_equal(sc_hist_at_page(49, 0, v, 8), 0);
}

static void test_public_laws(void **state)
{
    (void)state;
    const sc_hist_law *v[4];
    /* Taft-Hartley: Pub. L. 80-101, June 23, 1947, ch. 120, 61 Stat. 136 */
    int n = sc_hist_public_law(80, 101, 0, v, 4);
    assert_int_equal(n, 1);
    assert_int_equal(v[0]->number, 120);
    assert_int_equal(v[0]->date, 19470623);
    assert_int_equal(v[0]->page, 136);
    /* the 57th Congress numbered each session afresh: two laws 57-155 */
    n = sc_hist_public_law(57, 155, 0, v, 4);
    assert_int_equal(n, 2);
    assert_int_not_equal(v[0]->session, v[1]->session);
    assert_int_equal(sc_hist_public_law(57, 155, 2, v, 4), 1);
    assert_int_equal(v[0]->date, 19030303);
    assert_int_equal(sc_hist_max_public_law(80, 0), 906);
    assert_true(sc_hist_max_public_law(57, 1) > sc_hist_max_public_law(57, 2));
    assert_int_equal(sc_hist_max_public_law(82, 0), 0);
}

static void test_dates(void **state)
{
    (void)state;
    const sc_hist_law *v[64];
    int n = sc_hist_on_date(19460611, v, 64);
    int found = 0;
    for (int i = 0; i < n; i++)
        found |= v[i]->congress == 79 && v[i]->number == 324; /* the APA */
    assert_true(found);
    assert_int_equal(sc_hist_session_at(80, 19480625), 2);
    assert_int_equal(sc_hist_session_at(80, 19470623), 1);
    assert_true(sc_hist_count() > 60000);
}

/* The per-volume starts of the page and chapter indexes: every law found
 * by its page and by its chapter as a search of the whole index finds it. */
static void test_volume_firsts(void **state)
{
    (void)state;
    for (int i = 0; i < sc_hist_npage_index; i++) {
        const sc_hist_law *l = &sc_hist_laws[sc_hist_page_index[i]];
        int first = i; /* the first entry of its page, by a plain walk */
        while (first > 0 && sc_hist_laws[sc_hist_page_index[first - 1]].volume == l->volume &&
               sc_hist_laws[sc_hist_page_index[first - 1]].page == l->page)
            first--;
        const sc_hist_law *at[64];
        int n = sc_hist_at_page(l->volume, l->page, at, 64);
        assert_true(n > 0);
        assert_ptr_equal(at[0], &sc_hist_laws[sc_hist_page_index[first]]);
        int next = 0;
        for (int k = i + 1; k < sc_hist_npage_index && !next; k++) {
            const sc_hist_law *x = &sc_hist_laws[sc_hist_page_index[k]];
            if (x->volume != l->volume)
                break;
            if (x->page > l->page)
                next = x->page;
        }
        assert_int_equal(sc_hist_next_page(l->volume, l->page), next);
    }
    for (int i = 0; i < sc_hist_nchapter_index; i++) {
        const sc_hist_law *l = &sc_hist_laws[sc_hist_chapter_index[i]];
        const sc_hist_law *out[64];
        int n = sc_hist_chapter_in_volume(l->volume, l->number, out, 64), found = 0;
        for (int k = 0; k < n; k++)
            found |= out[k] == l;
        assert_true(found || n == 64);
    }
    assert_int_equal(sc_hist_chapter_in_volume(SC_HIST_VOLUMES + 5, 1, NULL, 0), 0);
}

static void test_former(void **state)
{
    (void)state;
    /* old 40 U.S.C. 471 went into the 2002 title 40 (Pub. L. 107-217) */
    const sc_former_section *f = sc_hist_former_section("40", "471");
    assert_non_null(f);
    assert_int_equal(f->kind, SC_FORMER_RESTATED);
    assert_int_equal(f->by_congress, 107);
    assert_int_equal(f->by_number, 217);
    assert_string_equal(sc_former_name(f), "471");
    assert_non_null(strstr(sc_former_to(f), "40/101"));
    /* 46 U.S.C. App. 883 (the Jones Act until 2006) */
    f = sc_hist_former_section("46a", "883");
    assert_non_null(f);
    assert_int_equal(f->by_congress, 109);
    /* a section that never existed, and one that exists today */
    assert_null(sc_hist_former_section("40", "99999"));
    assert_null(sc_hist_former_section("8", "1357"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_chapter), cmocka_unit_test(test_chapter_index),
        cmocka_unit_test(test_bills),
        cmocka_unit_test(test_flags), cmocka_unit_test(test_pages),
        cmocka_unit_test(test_public_laws), cmocka_unit_test(test_dates),
        cmocka_unit_test(test_former), cmocka_unit_test(test_volume_firsts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
