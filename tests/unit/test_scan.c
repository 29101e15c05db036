/*
 * test_scan.c -- unit tests of the scanner (src/scan.c, src/context.c):
 * streaming in pieces of any size gives the same citations as one buffer;
 * a citation split across a feed boundary is found; memory stays bounded on
 * a long line; line and column are right; bills take a Congress only from
 * their own sentence or heading; pages count form feeds.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "scan.h"
#include "statcite.h"

#include "rules_fixture.h"

/* Feeds the slice of @p step bytes at t[i] of the @p n (none past the
 * end), and finishes the text after its last. */
static void feed_slice(sc_scanner *s, const char *t, size_t n, size_t i, size_t step)
{
    size_t k = n - i < step ? n - i : step;
    if (k)
        assert_int_equal(sc_scanner_feed(s, t + i, k), 0);
    if (i + step > n)
        sc_scanner_finish(s);
}

/* Feeds text in pieces of @p step bytes and writes what was found, one
 * "KEY@START:LINE:COL " per citation, or "KEY@pPAGE:LINE " when @p pages
 * (then sc_scanner_set_pages(s, paged) first). */
static void scan_by_steps(const char *text, size_t step, int pages, int paged, char *out,
                          size_t cap)
{
    sc_scanner *s = sc_scanner_new(rules, NULL);
    assert_non_null(s);
    size_t n = strlen(text), o = 0;
    out[0] = '\0';
    sc_scanner_reset(s, "t");
    if (pages)
        sc_scanner_set_pages(s, paged);
    for (size_t i = 0; i <= n; i += step) {
        feed_slice(s, text, n, i, step);
        for (const sc_citation *c; (c = sc_scanner_next(s)) != NULL;)
            o += pages ? (size_t)snprintf(out + o, cap - o, "%s@p%u:%llu ", c->key, c->page,
                                          (unsigned long long)c->line)
                       : (size_t)snprintf(out + o, cap - o, "%s@%llu:%llu:%llu ", c->key,
                                          (unsigned long long)c->start,
                                          (unsigned long long)c->line, (unsigned long long)c->col);
    }
    sc_scanner_free(s);
}

static void keys_by_steps(const char *text, size_t step, char *out, size_t cap)
{
    scan_by_steps(text, step, 0, 0, out, cap);
}

static void test_pieces_equal_whole(void **state)
{
    (void)state;
    const char *text = "First line.\nThe Act (Pub. L. 107\xe2\x80\x93" "296; 116 Stat. 2135) "
                       "amended 6 U.S.C. 101, 102(a),\nand H.R. 5005 (107th Congress).\n";
    char whole[1024], piece[1024];
    keys_by_steps(text, 1 << 20, whole, sizeof whole);
    /* columns count characters: the en dash is 3 bytes, 1 column */
    assert_string_equal(whole, "publ:107-296@21:2:10 stat:116/2135@40:2:27 usc:6/101@64:2:51 "
                               "usc:6/102(a)@78:2:65 bill:hr/5005@107@90:3:5 ");
    for (size_t step = 1; step < 40; step += 3) {
        keys_by_steps(text, step, piece, sizeof piece);
        assert_string_equal(piece, whole);
    }
}

static void test_boundary_of_internal_window(void **state)
{
    (void)state;
    /* Put a citation across every internal buffer boundary region. */
    size_t pad = 256 * 1024 - 7, n = pad + 64;
    char *text = malloc(n + 1);
    assert_non_null(text);
    memset(text, 'x', pad);
    text[pad - 1] = ' ';
    snprintf(text + pad, n + 1 - pad, "Public Law 108-90 and 8 U.S.C. 1357(g)");
    char out[256];
    keys_by_steps(text, 4096, out, sizeof out);
    char want[256];
    snprintf(want, sizeof want, "publ:108-90@%zu:1:%zu usc:8/1357(g)@%zu:1:%zu ", pad, pad + 1,
             pad + 22, pad + 23);
    assert_string_equal(out, want);
    free(text);
}

/* Checking: an Act's abbreviation named alone ("ADEA was enacted by ...",
 * a law cited by its name) is read whatever the window's end, which a
 * scan while the input comes puts at its length less SC_LOOKAHEAD: a
 * stretch after the last citation cut there ("... 75 Stat. 612\n\nADEA
 * wa|s") was skipped as too short for a name and its facts, as at the
 * text's end.  Each layout puts the window's end at another byte of it. */
static void test_names_at_window_end(void **state)
{
    (void)state;
    sc_options o;
    sc_options_init(&o);
    o.check = 1;
    const char *lead = "| 1961 | Peace Corps Act | P.L. 87-195 | 75 Stat. 612 |\n\n";
    /* (a signer who was not in office: a law cited by its name is kept
     * with its finding) */
    const char *said = "ADEA was enacted by the 90th Congress and signed by President Ronald "
                       "Reagan on December 15, 1967.\n\n";
    size_t pad = 9000, a = pad + strlen(lead);
    for (size_t cut = a - 4; cut < a + 12; cut++) {
        size_t n = cut + SC_LOOKAHEAD; /* (fed whole: the window ends at n - SC_LOOKAHEAD) */
        char *text = malloc(n + 1);
        assert_non_null(text);
        for (size_t i = 0; i < pad; i++)
            text[i] = i % 64 == 63 ? '\n' : "Words of a paragraph. "[i % 22];
        memcpy(text + pad, lead, strlen(lead));
        memcpy(text + a, said, strlen(said));
        for (size_t i = a + strlen(said); i < n; i++)
            text[i] = i % 64 == 63 ? '\n' : "More words of prose. "[i % 21];
        text[n] = '\0';
        sc_scanner *s = sc_scanner_new(rules, &o);
        assert_non_null(s);
        sc_scanner_reset(s, "t");
        assert_int_equal(sc_scanner_feed(s, text, n), 0);
        int named = 0;
        for (const sc_citation *c; (c = sc_scanner_next(s)) != NULL;)
            named += (c->wording & SC_W_BY_NAME) && strcmp(c->key, "publ:90-202") == 0;
        sc_scanner_finish(s);
        for (const sc_citation *c; (c = sc_scanner_next(s)) != NULL;)
            named += (c->wording & SC_W_BY_NAME) && strcmp(c->key, "publ:90-202") == 0;
        if (named != 1)
            fail_msg("window's end at byte %zu of the name's stretch: ADEA read %d times",
                     cut > a ? cut - a : 0, named);
        sc_scanner_free(s);
        free(text);
    }
}

/* Checking, the findings of a text fed whole and fed in slices (as the
 * CLI feeds 8 KiB at a time, and a pipe as it comes): "diag START KEY
 * CODE" lines into a growing buffer. */
static char *check_by_steps(const char *t, size_t n, size_t step, size_t *len)
{
    sc_options o;
    sc_options_init(&o);
    o.check = 1;
    sc_scanner *s = sc_scanner_new(rules, &o);
    assert_non_null(s);
    sc_scanner_reset(s, "t");
    size_t cap = 1 << 16, l = 0;
    char *out = malloc(cap);
    assert_non_null(out);
    for (size_t i = 0; i <= n; i += step) {
        feed_slice(s, t, n, i, step);
        for (const sc_citation *c; (c = sc_scanner_next(s)) != NULL;)
            for (int d = 0; d < c->ndiag; d++) {
                if (l + 256 > cap) {
                    out = realloc(out, cap *= 2);
                    assert_non_null(out);
                }
                l += (size_t)snprintf(out + l, cap - l, "%llu %s %s\n",
                                      (unsigned long long)c->start, c->key, c->diag[d].code);
            }
    }
    sc_scanner_free(s);
    *len = l;
    return out;
}

/* Where the input's slices end decides no finding: the check fixtures
 * (citation lists of many styles, with their planted errors) fed whole and
 * in slices of 997, 5,000 and 8,192 bytes give the same findings (a
 * window's end once dropped a law cited by its name, and once a hearing's
 * title's Act was taken for a law: test_names_at_window_end) */
static void test_check_slices(void **state)
{
    (void)state;
    const char *files[] = { "fixtures/check/planted.txt", "fixtures/check/entries/entries.txt",
                            "fixtures/check/newuser1/entries.txt",
                            "fixtures/check/newuser5/entries.txt", "examples/entries.txt",
                            /* (a page of entries whose findings came and went with the
                             * slices: fixtures/check/slices/README.md) */
                            "fixtures/check/slices/web_styles_4310.txt" };
    int read = 0;
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        FILE *f = fopen(files[i], "rb");
        if (!f)
            continue; /* (run from the project's folder, as make does) */
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *t = malloc((size_t)n + 1);
        assert_non_null(t);
        assert_int_equal(fread(t, 1, (size_t)n, f), (size_t)n);
        fclose(f);
        size_t lw, lp;
        char *whole = check_by_steps(t, (size_t)n, (size_t)n + 1, &lw);
        assert_true(lw > 0);
        const size_t steps[] = { 997, 5000, 8192 };
        for (size_t k = 0; k < 3; k++) {
            char *p = check_by_steps(t, (size_t)n, steps[k], &lp);
            if (lw != lp || memcmp(whole, p, lw) != 0)
                fail_msg("%s: the findings fed in slices of %zu differ from fed whole", files[i],
                         steps[k]);
            free(p);
        }
        free(whole);
        free(t);
        read++;
    }
    assert_true(read >= 3);
}

static void test_congress_scope(void **state)
{
    (void)state;
    char out[512];
    /* the Congress of a heading block, and of the same parenthetical */
    keys_by_steps("Public Law 113-44\n113th Congress\n\nJoint Resolution\n\nOct. 10, 2013\n\n"
                  "[H.J. Res. 91]\n\n(115th Congress; H.R. 6663/S. 2593)\n",
                  1 << 20, out, sizeof out);
    assert_non_null(strstr(out, "bill:hjres/91@113@"));
    assert_non_null(strstr(out, "bill:hr/6663@115@"));
    assert_non_null(strstr(out, "bill:s/2593@115@"));
    /* a Congress elsewhere in the document does not count */
    keys_by_steps("This was the 110th Congress.\n\nLater, H.R. 2640 passed.\n", 1 << 20, out,
                  sizeof out);
    assert_string_equal(out, "bill:hr/2640@37:3:8 ");
    /* a Congress that belongs to another bill does not either */
    keys_by_steps("H.R. 1, 110th Cong. (2007), and S. 5 were", 1 << 20, out, sizeof out);
    assert_string_equal(out, "bill:hr/1@110@0:1:1 bill:s/5@32:1:33 ");
}

static void test_semicolon_items(void **state)
{
    (void)state;
    char out[512];
    /* the seed page: only the item that is a section in force of title 8 */
    keys_by_steps("Act (8 U.S.C. 1357(g); section 287(g); 101(a)(17); 1101(a)(17))\n", 1 << 20,
                  out, sizeof out);
    assert_string_equal(out, "usc:8/1357(g)@5:1:6 usc:8/1101(a)(17)@51:1:52 ");
    /* the same in small pieces (an item across a read boundary) */
    keys_by_steps("Act (8 U.S.C. 1357(g); section 287(g); 101(a)(17); 1101(a)(17))\n", 7, out,
                  sizeof out);
    assert_string_equal(out, "usc:8/1357(g)@5:1:6 usc:8/1101(a)(17)@51:1:52 ");
    /* outside parentheses a ';' ends the citation */
    keys_by_steps("See 42 U.S.C. 1983; 1988 was a year.\n", 1 << 20, out, sizeof out);
    assert_string_equal(out, "usc:42/1983@4:1:5 ");
}

/* Scans @p text (fed @p step bytes at a time) as the UTF-8 decoding of a
 * UTF-16 file with a BOM, or not; stores each citation's start and end. */
static size_t spans(const char *text, size_t step, int utf16, uint64_t *st, uint64_t *en,
                    size_t max)
{
    sc_scanner *s = sc_scanner_new(rules, NULL);
    assert_non_null(s);
    size_t n = strlen(text), k = 0;
    sc_scanner_reset(s, "u16");
    if (utf16)
        sc_scanner_set_utf16_source(s, 2);
    for (size_t i = 0; i < n; i += step) {
        assert_int_equal(sc_scanner_feed(s, text + i, n - i < step ? n - i : step), 0);
        if (i + step >= n)
            sc_scanner_finish(s);
        for (const sc_citation *c; (c = sc_scanner_next(s)) != NULL && k < max; k++) {
            st[k] = c->start;
            en[k] = c->end;
        }
    }
    sc_scanner_free(s);
    return k;
}

/* UTF-16 code units of UTF-8 text p[0..n) (the test's own count). */
static uint64_t units(const char *p, uint64_t n)
{
    uint64_t u = 0;
    for (uint64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c < 0x80 || c >= 0xc0)
            u += c >= 0xf0 ? 2 : 1;
    }
    return u;
}

/* Offsets into a UTF-16 source: 2 (the BOM) + 2 per code unit before the
 * citation, over a text long enough to slide the scanner's window, with
 * two- to four-byte characters around the citations, in any feed size. */
static void test_utf16_offsets(void **state)
{
    (void)state;
    static const char piece[] = "Caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x93\x9c see Pub. L. 108-90 "
                                "and 8 U.S.C. \xc2\xa7 1357;\r\n\xe4\xb8\xad\xe6\x96\x87 "
                                "text without any citation at all, \xf0\x90\x90\xb7.\n";
    size_t reps = 300000 / (sizeof piece - 1) + 1, n = reps * (sizeof piece - 1);
    char *text = malloc(n + 1);
    assert_non_null(text);
    for (size_t i = 0; i < reps; i++)
        memcpy(text + i * (sizeof piece - 1), piece, sizeof piece - 1);
    text[n] = '\0';
    enum { MAX = 8192 };
    uint64_t *ds = calloc(MAX, sizeof *ds), *de = calloc(MAX, sizeof *de),
             *us = calloc(MAX, sizeof *us), *ue = calloc(MAX, sizeof *ue);
    assert_true(ds && de && us && ue);
    size_t nd = spans(text, 1 << 20, 0, ds, de, MAX);
    assert_int_equal(nd, 2 * reps);
    static const size_t steps[] = { 1 << 20, 4096, 61 };
    for (size_t t = 0; t < sizeof steps / sizeof steps[0]; t++) {
        size_t nu = spans(text, steps[t], 1, us, ue, MAX);
        assert_int_equal(nu, nd);
        uint64_t at = 0, u = 0; /* units of text[0..at) */
        for (size_t i = 0; i < nd; i++) {
            u += units(text + at, ds[i] - at);
            at = ds[i];
            assert_int_equal(us[i], 2 + 2 * u);
            assert_int_equal(ue[i], us[i] + 2 * units(text + ds[i], de[i] - ds[i]));
        }
    }
    free(ds);
    free(de);
    free(us);
    free(ue);
    free(text);
}

/* Page marks set the page from an offset on; form feeds count on from
 * there; marks may be set before the bytes are fed, in order only. */
static void test_page_marks(void **state)
{
    (void)state;
    const char *text = "Pub. L. 108-90\f8 U.S.C. 1357\n"   /* 0-14, FF, 15-28 */
                       "[1] 28 U.S.C. 1331\n"              /* 29: a note of page 1 */
                       "[2] 42 U.S.C. 1983\f5 U.S.C. 552\n"; /* 48: page 7, then 8 */
    static const size_t steps[] = { 1 << 20, 9, 1 };
    for (size_t t = 0; t < sizeof steps / sizeof steps[0]; t++) {
        sc_scanner *s = sc_scanner_new(rules, NULL);
        assert_non_null(s);
        sc_scanner_reset(s, "m");
        assert_int_equal(sc_scanner_mark_page(s, 29, 1), 0);
        assert_int_equal(sc_scanner_mark_page(s, 48, 7), 0);
        assert_int_equal(sc_scanner_mark_page(s, 40, 3), -1); /* out of order */
        char out[256];
        size_t o = 0, n = strlen(text);
        out[0] = '\0';
        for (size_t i = 0; i < n; i += steps[t]) {
            assert_int_equal(sc_scanner_feed(s, text + i, n - i < steps[t] ? n - i : steps[t]), 0);
            if (i + steps[t] >= n)
                sc_scanner_finish(s);
            for (const sc_citation *c; (c = sc_scanner_next(s)) != NULL;)
                o += (size_t)snprintf(out + o, sizeof out - o, "%s@p%u ", c->key, c->page);
        }
        assert_string_equal(out, "publ:108-90@p1 usc:8/1357@p2 usc:28/1331@p1 usc:42/1983@p7 "
                                 "usc:5/552@p8 ");
        sc_scanner_free(s);
    }
}

static void test_types_filter(void **state)
{
    (void)state;
    sc_options o;
    sc_options_init(&o);
    o.types = SC_TYPE_BIT(SC_STAT);
    sc_scanner *s = sc_scanner_new(rules, &o);
    const char *t = "Pub. L. 94-295, 90 Stat. 539, 21 U.S.C. 360k";
    int n = 0;
    sc_scanner_reset(s, "t");
    sc_scanner_feed(s, t, strlen(t));
    sc_scanner_finish(s);
    for (const sc_citation *c; (c = sc_scanner_next(s)) != NULL; n++)
        assert_string_equal(c->key, "stat:90/539");
    assert_int_equal(n, 1);
    sc_scanner_free(s);
}

/* Pages: 1 + the form feeds before a citation, in pieces of any size; 0
 * before the first form feed unless sc_scanner_set_pages(); running heads of
 * a printed law after a page's form feed are not citations, and do not cut
 * one (pdftotext's output of a slip law). */
static void pages_by_steps(const char *text, size_t step, int paged, char *out, size_t cap)
{
    scan_by_steps(text, step, 1, paged, out, cap);
}

static void test_pages(void **state)
{
    (void)state;
    const char *text = "PUBLIC LAW 113\xe2\x80\x93" "121\xe2\x80\x94JUNE 10, 2014\n\n128 STAT. 1231\n\n"
                       "See 33 U.S.C. 701s and (Public Law\n\n"
                       "\f128 STAT. 1232\n\nPUBLIC LAW 113\xe2\x80\x93" "121\xe2\x80\x94JUNE 10, 2014\n\n"
                       "87\xe2\x80\x93" "874; 76 Stat. 1178), and 121 Stat.\n\n"
                       "\fPUBLIC LAW 113\xe2\x80\x93" "121\xe2\x80\x94JUNE 10, 2014\n\n128 STAT. 1233\n\n"
                       "1094.\n\n\f";
    char whole[1024], piece[1024];
    pages_by_steps(text, 1 << 20, 0, whole, sizeof whole);
    /* the running heads, "PUBLIC LAW 113–121—JUNE 10, 2014" and "128 STAT.
     * 1231" alone on their lines, are page markers, not citations */
    assert_string_equal(whole, "usc:33/701s@p0:5 publ:87-874@p0:5 "
                               "stat:76/1178@p2:11 stat:121/1094@p2:11 ");
    pages_by_steps(text, 1 << 20, 1, whole, sizeof whole);
    assert_string_equal(whole, "usc:33/701s@p1:5 publ:87-874@p1:5 "
                               "stat:76/1178@p2:11 stat:121/1094@p2:11 ");
    for (size_t step = 1; step < 60; step += 7) {
        pages_by_steps(text, step, 1, piece, sizeof piece);
        assert_string_equal(piece, whole);
    }
}

/* context.c remembers the last block of short lines it asked whether it is
 * a record (sc_ctx_memo): asked in any order, with or without the memo, the
 * entry bounds and the record answers are the same everywhere (a block of
 * too many lines, one with a long line, one naming two laws, and a record
 * among them); and the record's lines are one entry. */
static void test_record_memo(void **state)
{
    (void)state;
    static const char text[] =
        "Intro paragraph ending here.\n"
        "\n"
        "L1: a\nL2: b\nL3: c\nL4: d\nL5: e\nL6: f\nL7: g\nL8: h\nL9: i\n"
        "L10: j\nL11: k\nL12: l\nL13: m\nL14: n\nL15: o\nL16: p\nL17: Pub. L. 90-1\n"
        "\n"
        "S.933 \xe2\x80\x94 101st Congress (1989-1990)\n"
        "Americans with Disabilities Act of 1990\n"
        "Sponsor: Sen. Harkin, Tom [D-IA] (Introduced 05/09/1989)\n"
        "Committees: Senate - Labor and Human Resources\n"
        "Latest Action: 07/26/1990 Became Public Law No: 101-336.\n"
        "\n"
        "Notes: a short labelled line\n"
        "Amendments: Pub. L. 104-191 and\n"
        "Pub. L. 104-193 struck out the words.\n"
        "More text on a line.\n"
        "\n"
        "A paragraph whose lines are long enough that none of them could be a line of a record, "
        "for it runs on past the limit of one hundred and sixty bytes that a record's line has, and "
        "more.\nThen a short line.\nAnd another: with a colon.\nLabel: one more.\n";
    size_t len = sizeof text - 1;
    sc_ctx_memo memo = { 0 };
    sc_window plain = { (const uint8_t *)text, len, 0, 1, NULL };
    sc_window memod = { (const uint8_t *)text, len, 0, 1, &memo };
    size_t so0 = 0, eo0 = 0, so1 = 0, eo1 = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t k = 0; k < len; k++) {
            size_t i = pass ? len - 1 - k : k; /* forwards, then backwards */
            sc_ctx_entry_bounds(&plain, i, i, 320, &so0, &eo0);
            sc_ctx_entry_bounds(&memod, i, i, 320, &so1, &eo1);
            assert_int_equal(so0, so1);
            assert_int_equal(eo0, eo1);
            size_t e = i + 40 < len ? i + 40 : len;
            assert_int_equal(sc_ctx_record(&plain, i, e), sc_ctx_record(&memod, i, e));
        }
    /* the record: "Sponsor" is in the entry that runs from "S.933" to the
     * law's line (to its final period, a sentence's end) */
    const char *rec = strstr(text, "S.933"), *spon = strstr(text, "Sponsor");
    const char *law_end = strstr(text, "101-336.") + 7;
    sc_ctx_entry_bounds(&memod, (size_t)(spon - text), (size_t)(spon - text), 320, &so1, &eo1);
    assert_int_equal(so1, (size_t)(rec - text));
    assert_int_equal(eo1, (size_t)(law_end - text));
    assert_true(sc_ctx_record(&memod, so1, eo1));
    /* two laws' lines: no record, and its line ends end entries */
    const char *notes = strstr(text, "Amendments:");
    assert_false(sc_ctx_record(&memod, (size_t)(notes - text), (size_t)(notes - text) + 60));
}

/* The boundary cursors (sc_ctx_bound) answer as sc_ctx_boundary() does:
 * for every fixed end of a text with sentences, abbreviations, list items,
 * lines and a long stretch without any, and every other end in reach,
 * asked in the order add_names() asks (the moving end growing). */
static void test_boundary_cursors(void **state)
{
    (void)state;
    static char text[4096];
    size_t o = (size_t)snprintf(text, sizeof text, "%s",
        "The Act was signed. See Pub. L. No. 101-336, 104 Stat. 327 (1990).\n"
        "1. The U.S. Code, 42 U.S.C. 12101 et seq.; the Clean Air Act\n"
        "2. H.R. 3162 (107th Cong.), enacted Oct. 26, 2001. Then more.\n\n"
        "A line with no end");
    while (o < 1700) /* past SEGMENT_REACH * 2 with no boundary: far ends are boundaries */
        o += (size_t)snprintf(text + o, sizeof text - o, " and words");
    o += (size_t)snprintf(text + o, sizeof text - o, ". Last sentence. P.L. 90-1.\n");
    sc_window w = { (const uint8_t *)text, o, 0, 1, NULL };
    int seen_yes = 0, seen_no = 0;
    for (size_t fixed = 0; fixed <= o; fixed += 7) {
        sc_ctx_bound fwd, back;
        sc_ctx_bound_init(&fwd, fixed);
        sc_ctx_bound_init(&back, fixed);
        for (size_t x = fixed; x <= o; x += 3) {
            int want = sc_ctx_boundary(&w, fixed, x);
            assert_int_equal(sc_ctx_boundary_fwd(&w, &fwd, x), want);
            seen_yes += want;
            seen_no += !want;
        }
        for (size_t k = 0; k <= fixed; k += 5) {
            /* from the far end up to the fixed one */
            assert_int_equal(sc_ctx_boundary_back(&w, &back, k), sc_ctx_boundary(&w, k, fixed));
        }
    }
    assert_true(seen_yes > 0 && seen_no > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pieces_equal_whole),
        cmocka_unit_test(test_boundary_of_internal_window),
        cmocka_unit_test(test_names_at_window_end),
        cmocka_unit_test(test_check_slices),
        cmocka_unit_test(test_congress_scope),
        cmocka_unit_test(test_types_filter),
        cmocka_unit_test(test_semicolon_items),
        cmocka_unit_test(test_pages),
        cmocka_unit_test(test_utf16_offsets),
        cmocka_unit_test(test_page_marks),
        cmocka_unit_test(test_record_memo),
        cmocka_unit_test(test_boundary_cursors),
    };
    return cmocka_run_group_tests(tests, rules_setup, rules_teardown);
}
