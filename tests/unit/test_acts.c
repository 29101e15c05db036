/*
 * test_acts.c -- unit tests of the Acts tables (src/ref_acts.c): names and
 * abbreviations to Acts, Act sections to U.S. Code sections (the Code's own
 * classification, data/act_sections.tsv), names to laws and back, transfers;
 * and every classification row checked against the U.S. Code section table.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "ref_acts.h"
#include "refdata.h"

static int act(const char *name)
{
    return sc_act_lookup(name, strlen(name));
}

/* Asserts that section @p sec of the Act named @p name is @p t U.S.C. @p s. */
static void classified(const char *name, const char *sec, const char *t, const char *s)
{
    char title[16], usc[32];
    int a = act(name);
    if (a < 0)
        fail_msg("no Act named \"%s\"", name);
    if (!sc_act_classify(a, sec, title, sizeof title, usc, sizeof usc))
        fail_msg("%s section %s is not classified", name, sec);
    if (strcmp(title, t) || strcmp(usc, s))
        fail_msg("%s section %s: %s U.S.C. %s, expected %s U.S.C. %s", name, sec, title, usc, t, s);
}

static int not_classified(const char *name, const char *sec)
{
    char title[16] = "", usc[32] = "";
    int r = sc_act_classify(act(name), sec, title, sizeof title, usc, sizeof usc);
    return !r && !title[0] && !usc[0];
}

static void test_clinic_acts(void **state)
{
    (void)state;
    classified("INA", "287", "8", "1357");
    classified("INA", "236", "8", "1226");
    classified("Immigration and Nationality Act", "212", "8", "1182");
    classified("Immigration and Nationality Act", "101", "8", "1101");
    classified("Social Security Act", "1902", "42", "1396a");
    classified("Social Security Act", "1861", "42", "1395x");
    classified("Social Security Act", "205", "42", "405");
    classified("Clean Air Act", "110", "42", "7410");
    classified("FLSA", "7", "29", "207");
    classified("ERISA", "502", "29", "1132");
    classified("Rehabilitation Act", "504", "29", "794");
    classified("Civil Rights Act of 1964", "201", "42", "2000a");
    classified("Civil Rights Act of 1964", "601", "42", "2000d");
    classified("Civil Rights Act of 1964", "703", "42", "2000e-2");
    classified("Civil Rights Act of 1964", "706", "42", "2000e-5");
    classified("Title VII", "703", "42", "2000e-2");
    classified("ADA", "102", "42", "12112");
    classified("Securities Act", "11", "15", "77k");
    classified("Exchange Act", "10", "15", "78j");
    classified("NLRA", "8", "29", "158");
    classified("Voting Rights Act", "2", "52", "10301");
    classified("Fair Housing Act", "804", "42", "3604");
    classified("Truth in Lending Act", "128", "15", "1638");
    classified("Clean Water Act", "402", "33", "1342");
    classified("Endangered Species Act", "7", "16", "1536");
    classified("NEPA", "102", "42", "4332");
    classified("IDEA", "612", "20", "1412");
    classified("ESEA", "1111", "20", "6311");
    classified("Higher Education Act of 1965", "484", "20", "1091");
    classified("Housing Act of 1937", "8", "42", "1437f");
    classified("RCRA", "7002", "42", "6972"); /* the Solid Waste Disposal Act as RCRA rewrote it */
    classified("Communications Act", "230", "47", "230");
    classified("Homeland Security Act of 2002", "402", "6", "202");
}

/* A chapter of the Code numbered in articles: article N is the section
 * whose heading says "Art. N." */
static void test_articles(void **state)
{
    (void)state;
    classified("Uniform Code of Military Justice", "50a", "10", "850a");
    classified("UCMJ", "1", "10", "801");
    classified("UCMJ", "120", "10", "920");
    assert_true(not_classified("UCMJ", "999"));
    int c = 0, n = 0;
    assert_false(sc_act_public_law(act("UCMJ"), &c, &n));
    assert_int_equal(sc_act_is_code_title(act("UCMJ")), 0);
}

/* The credits' traps: renumbered sections, "as added", two sections of one Act. */
static void test_credit_forms(void **state)
{
    (void)state;
    /* "title V, § 514, formerly § 513, ... renumbered § 514, Pub. L. 110-325" */
    classified("ADA", "514", "42", "12212");
    classified("ADA", "506", "42", "12205a"); /* 506 since the ADA Amendments Act of 2008 */
    /* "§ 117 formerly § 6, ...; renumbered § 106, ...; renumbered § 110 and amended ..." */
    classified("Clean Air Act", "117", "42", "7417");
    classified("Clean Air Act", "106", "42", "7406");
    /* the Social Security Act, not the Act that added the section */
    classified("Social Security Act", "1115A", "42", "1315a");
    /* "title I, § 1312, title X, § 10104(i)": the second amends the first */
    classified("Patient Protection and Affordable Care Act", "1312", "42", "18032");
    /* Acts enacted by reference are parts of their law with their own numbering:
     * "Pub. L. 106-554, § 1(a)(5) [title IV, § 403]" */
    classified("Commodity Futures Modernization Act of 2000", "403", "7", "27a");
    /* ... nested: "§ 1(a)(4) [div. B, title I, § 125 [§ 3]]" */
    classified("Black Rock Desert-High Rock Canyon Emigrant Trails National Conservation Area "
               "Act of 2000", "3", "16", "460ppp-1");
    int c = 0, n = 0;
    assert_true(sc_act_public_law(act("Commodity Futures Modernization Act of 2000"), &c, &n));
    assert_int_equal(n, 554);
    /* the law as a whole has several sections 403 (one per Act it enacted) */
    assert_true(not_classified("Consolidated Appropriations Act, 2001", "403"));
    /* within a part given by the caller */
    char t[16], u[32];
    int law = sc_act_of_law(106, 554);
    assert_true(sc_act_classify_path(law, "§ 1(a)(5)", "403", t, sizeof t, u, sizeof u));
    assert_string_equal(u, "27a");
    assert_true(sc_act_classify_path(act("INA"), "title II", "287", t, sizeof t, u, sizeof u));
    assert_string_equal(u, "1357");
    assert_false(sc_act_classify_path(act("INA"), "title III", "287", t, sizeof t, u, sizeof u));
    /* "title I, § 101[(a)] [title VIII, § 801]": "This title" is the inner title VIII */
    assert_string_equal(sc_act_name(act("PLRA")), "Prison Litigation Reform Act of 1995");
    /* the Clean Air Act has two titles IV, each with a § 402: no answer */
    assert_true(not_classified("Clean Air Act", "402"));
}

static void test_code_titles(void **state)
{
    (void)state;
    assert_int_equal(sc_act_is_code_title(act("I.R.C.")), 26);
    assert_int_equal(sc_act_is_code_title(act("IRC")), 26);
    assert_int_equal(sc_act_is_code_title(act("Internal Revenue Code of 1986")), 26);
    assert_int_equal(sc_act_is_code_title(act("Bankruptcy Code")), 11);
    assert_int_equal(sc_act_is_code_title(act("INA")), 0);
    classified("IRC", "501", "26", "501");
    classified("I.R.C.", "501(c)(3)", "26", "501");
    classified("Bankruptcy Code", "363", "11", "363");
    /* the Revised Statutes, as the credits give them ("R.S. § 1979") */
    classified("R.S.", "1979", "42", "1983");
    classified("Revised Statutes", "1979", "42", "1983");
    assert_int_equal(sc_act_name_laws("Revised Statutes", 16, NULL, 0), 0);
    /* a code enacted as a title is that title section for section, whether
     * or not the section exists (the checker reports one that does not) */
    classified("IRC", "99999", "26", "99999");
    assert_true(not_classified("IRC", "A1")); /* no section number */
    assert_string_equal(sc_act_name(act("irc")), "Internal Revenue Code");
    int c = 0, n = 0;
    assert_int_equal(sc_act_public_law(act("IRC"), &c, &n), 0);
}

static void test_spellings(void **state)
{
    (void)state;
    int ina = act("Immigration and Nationality Act");
    assert_true(ina >= 0);
    assert_int_equal(act("the Immigration and Nationality Act"), ina);
    assert_int_equal(act("IMMIGRATION  AND\nNATIONALITY ACT"), ina);
    assert_int_equal(act("\xe2\x80\x9cImmigration and Nationality Act\xe2\x80\x9d"), ina);
    assert_int_equal(act("I.N.A."), ina);
    /* initials written with blanks between them, as older texts do */
    assert_true(act("R.S.") >= 0);
    assert_int_equal(act("R. S."), act("R.S."));
    assert_int_equal(act("I. R. C."), act("I.R.C."));
    assert_int_equal(act("I. N. A."), ina);
    assert_string_equal(sc_act_name(ina), "Immigration and Nationality Act");
    /* subsections are ignored when the section is classified */
    classified("INA", "287(g)(1)", "8", "1357");
    classified("INA", "236(c)", "8", "1226");
    /* "X Act of 1996" is found as "X Act" when no other Act bears that name */
    assert_int_equal(act("Health Insurance Portability and Accountability Act"),
                     act("Health Insurance Portability and Accountability Act of 1996"));
    /* "Act, 1997" and "Act for Fiscal Year 1997" are one name */
    int c = 0, n = 0;
    assert_true(sc_act_public_law(act("Energy and Water Development Appropriations Act for "
                                      "Fiscal Year 1997"), &c, &n));
    assert_int_equal(c, 104);
    assert_int_equal(n, 206);
    assert_true(sc_act_public_law(act("National Defense Authorization Act, 1997"), &c, &n));
    assert_int_equal(n, 201);
    int fra = act("Foreign Relations Authorization Act, Fiscal Year 1977");
    assert_true(fra >= 0);
    assert_int_equal(act("Foreign Relations Authorization Act for Fiscal Year 1977"), fra);
    assert_int_equal(act("Foreign Relations Authorization Act, 1977"), fra);
    assert_int_not_equal(act("Foreign Relations Authorization Act, Fiscal Year 1976"), fra);
    /* Acts by date and chapter, as the Code cites them */
    assert_int_equal(act("act June 27, 1952, ch. 477"), ina); /* also Pub. L. 82-414 */
    assert_int_equal(act("Act of June 27, 1952, ch. 477"), ina);
    assert_int_equal(act("Act of Aug. 14, 1935, ch. 531"), act("Social Security Act"));
    assert_int_equal(act("August 14, 1935, ch. 531"), act("Social Security Act"));
    assert_int_equal(act("Act of Aug. 14, 1935, ch. 532"), -1);
    assert_int_equal(act("Act of Aug. 14, 1935"), -1);
    assert_int_equal(act("Act of Foo 14, 1935, ch. 531"), -1);
    /* "title VII of the Civil Rights Act of 1964" is that part */
    int t7 = act("Title VII of the Civil Rights Act of 1964");
    assert_true(t7 >= 0);
    assert_int_equal(t7, act("Title VII"));
    assert_int_equal(act("title VIII of the Civil Rights Act of 1968"), act("Fair Housing Act"));
    classified("Title VII of the Civil Rights Act of 1964", "706", "42", "2000e-5");
    /* a part no name is given to: the Act itself */
    assert_int_equal(act("title XIX of the Social Security Act"), act("Social Security Act"));
    assert_int_equal(act("title VII of the Nonexistent Recognition Act"), -1);
    /* one name given as strongly to a law and to its division: the law */
    assert_int_equal(act("Build America, Buy America Act"), sc_act_of_law(117, 58));
    /* a part of an Act named after it */
    assert_string_equal(sc_act_name(act("Title VII")), "title VII of the Civil Rights Act of 1964");
    /* an acronym in brackets is no part of the name: inside it before the
     * year, or its official name's own ("(LIBERTAD)"); a bracket of other
     * words is */
    int ada = act("Americans with Disabilities Act of 1990");
    assert_true(ada >= 0);
    assert_int_equal(act("Americans with Disabilities Act (ADA) of 1990"), ada);
    assert_int_equal(act("Americans with Disabilities Act (\xe2\x80\x9c" "ADA\xe2\x80\x9d) of 1990"), ada);
    assert_int_equal(act("Cuban Liberty and Democratic Solidarity Act of 1996"),
                     act("Cuban Liberty and Democratic Solidarity (LIBERTAD) Act of 1996"));
    assert_int_equal(act("Americans with Disabilities Act (as amended) of 1990"), -1);
    assert_int_equal(act("Americans with Disabilities Act (A) of 1990"), -1);
}

/* Asserts that @p text begins with an Act name of @p n bytes naming @p expect. */
static void matched(const char *text, size_t n, const char *expect)
{
    size_t got = 0;
    int a = sc_act_match(text, strlen(text), &got);
    if (a < 0 || a != act(expect) || got != n)
        fail_msg("\"%s\": Act %d over %zu bytes, expected \"%s\" over %zu", text, a, got,
                 expect, n);
}

static void test_match(void **state)
{
    (void)state;
    matched("Social Security Act, as amended", 19, "Social Security Act");
    matched("Immigration and Nationality Act § 212(a)", 31, "INA");
    matched("INA § 287(g)", 3, "INA");
    matched("I.R.C. § 501(c)(3)", 6, "IRC");
    matched("Internal Revenue Code of 1986, § 61", 29, "IRC");
    matched("Clean Air Act. The", 13, "Clean Air Act");
    matched("Civil Rights Act of 1964 (Title VII)", 24, "Civil Rights Act of 1964");
    matched("the Americans with Disabilities Act of 1990 requires", 43, "ADA");
    matched("Immigration and\nNationality Act, as", 31, "INA"); /* a wrapped line */
    assert_int_equal(sc_act_match("Immigration and\n\nNationality Act", 32, NULL), -1);
    matched("title VII of the Civil Rights Act of 1964, as amended", 41, "Title VII");
    matched("act June 27, 1952, ch. 477, § 287", 26, "INA");
    matched("'33 Act § 11", 7, "Securities Act");
    /* over an acronym's bracket inside the name, not another bracket */
    matched("Atomic Energy Act (AEA) of 1946 (n.).", 31, "Atomic Energy Act of 1946");
    size_t n = 99;
    assert_int_equal(sc_act_match("section 1902 of the Act", 23, &n), -1);
    assert_int_equal(sc_act_match("the Secretary shall", 19, &n), -1);
    assert_int_equal(n, 99);
    assert_int_equal(sc_act_match("Civil Rights Act", 16, &n), -1);
    assert_int_equal(sc_act_match("", 0, &n), -1);
    assert_int_equal(sc_act_match(NULL, 0, &n), -1);
}

static void test_misses(void **state)
{
    (void)state;
    char t[16], s[32];
    assert_int_equal(act("Nonexistent Recognition Act"), -1);
    assert_int_equal(act(""), -1);
    assert_int_equal(sc_act_lookup(NULL, 0), -1);
    /* many Acts are "Civil Rights Act of <year>": the bare name is no one Act */
    assert_int_equal(act("Civil Rights Act"), -1);
    assert_int_equal(act("the Act"), -1);
    assert_int_equal(act("Act"), -1);
    assert_int_equal(act("this title"), -1);
    assert_int_equal(act("Title"), -1);
    assert_int_equal(act("Code"), -1);
    assert_true(not_classified("INA", "9999"));
    assert_true(not_classified("INA", "(g)"));
    assert_true(not_classified("INA", ""));
    /* the Administrative Procedure Act is known, but title 5 is positive law:
     * its sections are not classified section for section */
    assert_true(act("APA") >= 0);
    assert_true(not_classified("APA", "10"));
    assert_int_equal(sc_act_classify(-1, "287", t, sizeof t, s, sizeof s), 0);
    assert_int_equal(sc_act_classify(sc_act_count(), "287", t, sizeof t, s, sizeof s), 0);
    /* a buffer too small is a miss, not a truncation */
    assert_int_equal(sc_act_classify(act("INA"), "287", t, 1, s, sizeof s), 0);
    assert_int_equal(sc_act_classify(act("INA"), "287", t, sizeof t, s, 4), 0);
    assert_string_equal(sc_act_name(-1), "");
}

static void test_laws(void **state)
{
    (void)state;
    int c = 0, n = 0;
    assert_true(sc_act_public_law(act("HIPAA"), &c, &n));
    assert_int_equal(c, 104);
    assert_int_equal(n, 191);
    /* the Code cites it as "June 27, 1952, ch. 477": the law of that day at 66 Stat. 163 */
    assert_true(sc_act_public_law(act("INA"), &c, &n));
    assert_int_equal(c, 82);
    assert_int_equal(n, 414);
    assert_int_equal(sc_act_public_law(act("Social Security Act"), &c, &n), 0); /* 1935, ch. 531 */

    sc_act_law laws[8];
    const char *hipaa = "Health Insurance Portability and Accountability Act of 1996";
    int k = sc_act_name_laws(hipaa, strlen(hipaa), laws, 8);
    assert_int_equal(k, 1);
    assert_int_equal(laws[0].congress, 104);
    assert_int_equal(laws[0].number, 191);
    assert_int_equal(laws[0].enacted, 19960821);
    assert_int_equal(laws[0].stat_volume, 110);
    assert_int_equal(laws[0].stat_page, 1936);
    k = sc_act_name_laws("INA", 3, laws, 8);
    assert_int_equal(k, 1);
    assert_int_equal(laws[0].number, 414);
    assert_int_equal(laws[0].enacted, 19520627);
    assert_int_equal(laws[0].stat_volume, 66);
    assert_int_equal(laws[0].stat_page, 163);
    /* an Act before public-law numbers: identified by date and page */
    k = sc_act_name_laws("Social Security Act", 19, laws, 8);
    assert_int_equal(k, 1);
    assert_int_equal(laws[0].number, 0);
    assert_int_equal(laws[0].congress, 74);
    assert_int_equal(laws[0].enacted, 19350814);
    assert_int_equal(laws[0].stat_volume, 49);
    /* a bare name several laws bear designates each of them */
    k = sc_act_name_laws("Civil Rights Act", 16, laws, 8);
    assert_true(k >= 3);
    int found = 0;
    for (int i = 0; i < k && i < 8; i++)
        found |= laws[i].congress == 88 && laws[i].number == 352;
    assert_true(found);
    assert_int_equal(sc_act_name_laws("IRC", 3, laws, 8), 0);
    assert_int_equal(sc_act_name_laws("Nonexistent Recognition Act", 27, laws, 8), 0);

    const char *names[16];
    k = sc_law_names(104, 191, names, 16);
    found = 0;
    for (int i = 0; i < k && i < 16; i++)
        found |= strcmp(names[i], hipaa) == 0;
    assert_true(found);
    /* 104-193 is the welfare reform Act, not HIPAA */
    k = sc_law_names(104, 193, names, 16);
    assert_true(k >= 1);
    for (int i = 0; i < k && i < 16; i++)
        assert_string_not_equal(names[i], hipaa);
    /* the names of a law's parts are names of the law */
    k = sc_law_names(90, 321, names, 16);
    found = 0;
    for (int i = 0; i < k && i < 16; i++)
        found |= strcmp(names[i], "Truth in Lending Act") == 0;
    assert_true(found);
    assert_int_equal(sc_law_names(104, 99999, names, 16), 0);

    /* "section 102 of Pub. L. 101-336" */
    assert_int_equal(sc_act_of_law(104, 191), act("HIPAA"));
    assert_int_equal(sc_act_of_law(101, 336), act("ADA"));
    char t[16], s[32];
    assert_true(sc_act_classify(sc_act_of_law(101, 336), "102", t, sizeof t, s, sizeof s));
    assert_string_equal(s, "12112");
    assert_int_equal(sc_act_of_law(82, 414), act("INA")); /* cited as June 27, 1952, ch. 477 */
    assert_int_equal(sc_act_of_law(104, 99999), -1);
    assert_int_equal(sc_act_of_law(0, 1), -1);
    assert_int_equal(sc_law_names(0, 1, names, 16), 0);
}

static void test_transfers(void **state)
{
    (void)state;
    char t[16], s[32];
    int kind = 0;
    assert_true(sc_usc_transfer("42", "1973", t, sizeof t, s, sizeof s, &kind));
    assert_string_equal(t, "52");
    assert_string_equal(s, "10301");
    assert_int_equal(kind, SC_XFER_RECLASSIFIED);
    assert_true(sc_usc_transfer("42", "15481", t, sizeof t, s, sizeof s, &kind));
    assert_string_equal(t, "52");
    assert_string_equal(s, "21081");
    /* "Section, act July 19, 1940, ch. 642, § 2, ..., was transferred to section 1545 of Title 15" */
    assert_true(sc_usc_transfer("16", "18a", t, sizeof t, s, sizeof s, &kind));
    assert_string_equal(t, "15");
    assert_string_equal(s, "1545");
    assert_int_equal(kind, SC_XFER_TRANSFERRED);
    /* "transferred to section 3225 of this title, then to section 7105": followed */
    assert_true(sc_usc_transfer("20", "4665", t, sizeof t, s, sizeof s, &kind));
    assert_string_equal(s, "7105");
    assert_false(sc_usc_transfer("42", "1983", t, sizeof t, s, sizeof s, &kind));
    assert_false(sc_usc_transfer("52", "10301", t, sizeof t, s, sizeof s, &kind));
    assert_false(sc_usc_transfer("42", "1973", t, 2, s, sizeof s, &kind));
}

static void test_exits(void **state)
{
    (void)state;
    int before = -1;
    /* "§ 1973. Transferred" since the release point of Pub. L. 113-163 */
    assert_int_equal(sc_usc_exit_date("42", "1973", &before), 20140808);
    assert_int_equal(before, 0);
    assert_int_equal(sc_usc_exit_date("42", "1983", &before), 0); /* in force */
    assert_int_equal(sc_usc_exit_date("42", "19733", NULL), 0);
    assert_int_equal(sc_usc_exit_date(NULL, "1973", NULL), 0);
}

static void test_former(void **state)
{
    (void)state;
    int ev = 0, c = 0, n = 0;
    int32_t d = 0;
    /* "formerly classified ... to section 300aa of this title prior to renumbering by
     * Pub. L. 99-660" */
    assert_true(sc_usc_former("42", "300aa", &ev, &c, &n, &d));
    assert_int_equal(ev, SC_FORMER_RENUMBERED);
    assert_int_equal(c, 99);
    assert_int_equal(n, 660);
    assert_int_equal(d, 19861114);
    assert_true(sc_usc_former("10", "262", &ev, NULL, &n, NULL));
    assert_int_equal(ev, SC_FORMER_REPEALED);
    assert_int_equal(n, 337);
    /* sections the section table has are never "former" here */
    assert_false(sc_usc_former("42", "1983", &ev, &c, &n, &d));
    assert_false(sc_usc_former("42", "1973", &ev, &c, &n, &d)); /* transferred, in the table */
    assert_false(sc_usc_former("42", NULL, &ev, &c, &n, &d));
}

/* The sections a numbered law added (usc_added.tsv), and by whose law:
 * the Privacy Act's 5 U.S.C. 552a, the Sunshine Act's 552b, amended by
 * 104-66; a section no law added. */
static void test_added(void **state)
{
    (void)state;
    int c = 0, n = 0;
    const char *ls = NULL;
    assert_true(sc_usc_added("5", "552a", &c, &n, &ls));
    assert_int_equal(c, 93);
    assert_int_equal(n, 579);
    assert_string_equal(ls, "3");
    assert_true(sc_usc_added("5", "552b", &c, &n, NULL));
    assert_int_equal(n, 409);
    assert_true(sc_usc_touched_by("5", "552b", 94, 409));
    assert_true(sc_usc_touched_by("5", "552b", 104, 66));
    assert_false(sc_usc_touched_by("5", "552b", 93, 579));
    assert_false(sc_usc_added("42", "1983", &c, &n, &ls)); /* R.S. § 1979 */
    assert_false(sc_usc_added("5", NULL, &c, &n, &ls));
    sc_act_place p;
    assert_true(sc_law_added_sections(93, 579, "5", "552b", &p) >= 1);
    assert_false(p.has);
    assert_int_equal(p.nnear, 1);
    assert_string_equal(p.near[0], "552a");
    assert_true(sc_law_added_sections(94, 409, "5", "552b", &p) >= 1);
    assert_true(p.has);
    assert_int_equal(sc_law_added_sections(94, 409, "42", NULL, &p), 0);
}

/* Every classification row points at a section the U.S. Code table has. */
static void test_rows_in_usc_table(void **state)
{
    (void)state;
    int n = sc_act_section_count(), missing = 0;
    assert_true(n > 25000);
    for (int i = 0; i < n; i++) {
        int a;
        const char *sec, *t, *s;
        assert_true(sc_act_section_row(i, &a, &sec, &t, &s));
        assert_true(a >= 0 && a < sc_act_count());
        if (!sc_ref_usc_section(t, s)) {
            if (missing < 10)
                print_message("not in usc_sections: %s section %s -> %s U.S.C. %s\n",
                              sc_act_name(a), sec, t, s);
            missing++;
        }
    }
    assert_int_equal(missing, 0);
    assert_false(sc_act_section_row(n, NULL, NULL, NULL, NULL));
}

/* sc_act_year_slip(): a name whose year is a slip for the one Act of that
 * name; silent for a name the tables know, for a series of Acts of that
 * name (another year within 25), for a name with no year */
static void test_year_slip(void **state)
{
    (void)state;
    int y = 0;
    const char *rehab = "Rehabilitation Act of 1974";
    int a = sc_act_year_slip(rehab, strlen(rehab), &y);
    assert_true(a >= 0);
    assert_int_equal(a, act("Rehabilitation Act of 1973"));
    assert_int_equal(y, 1973);
    const char *sea = "Securities Exchange Act of 1933";
    assert_int_equal(sc_act_year_slip(sea, strlen(sea), &y), act("Securities Exchange Act of 1934"));
    assert_int_equal(y, 1934);
    /* the name as written is known */
    y = 0;
    assert_int_equal(sc_act_year_slip("Rehabilitation Act of 1973", 26, &y), -1);
    assert_int_equal(y, 0);
    /* a series: "Clean Air Act Amendments of 1966, 1977, 1990" -- "of 1970" may
     * be one the tables lack (it is real: Pub. L. 91-604) */
    const char *caa = "Clean Air Act Amendments of 1970";
    assert_int_equal(sc_act_year_slip(caa, strlen(caa), &y), -1);
    /* too far off: six years */
    const char *far = "Rehabilitation Act of 1979";
    assert_int_equal(sc_act_year_slip(far, strlen(far), &y), -1);
    /* no year */
    assert_int_equal(sc_act_year_slip("Rehabilitation Act", 18, &y), -1);
}

/* sc_act_year_series(): the members within five years of a series' year
 * no member bears ("Customs Courts Act of 1982": the Act of 1980, the
 * Act of 1970 too far); none for a name known as written.
 * sc_usc_touched_in(): the year of a law that added or amended a section
 * by its credit (28 U.S.C. § 2634, added by Pub. L. 96-417 in 1980). */
static void test_year_series(void **state)
{
    (void)state;
    int y = 0, acts[4], yrs[4];
    const char *ccc = "Customs Courts Act of 1982";
    assert_int_equal(sc_act_year_slip(ccc, strlen(ccc), &y), -1); /* (a series) */
    int n = sc_act_year_series(ccc, strlen(ccc), &y, acts, yrs, 4);
    assert_int_equal(n, 1);
    assert_int_equal(y, 1982);
    assert_int_equal(acts[0], act("Customs Courts Act of 1980"));
    assert_int_equal(yrs[0], 1980);
    const char *near70 = "Customs Courts Act of 1972";
    n = sc_act_year_series(near70, strlen(near70), &y, acts, yrs, 4);
    assert_int_equal(n, 1);
    assert_int_equal(yrs[0], 1970);
    const char *known = "Customs Courts Act of 1980";
    assert_int_equal(sc_act_year_series(known, strlen(known), &y, acts, yrs, 4), 0);
    assert_true(sc_usc_touched_in("28", "2634", 1980));
    assert_false(sc_usc_touched_in("28", "2634", 1982));
    assert_false(sc_usc_touched_in("28", "9999", 1980));
}

/* sc_usc_entered(): the day a section's text entered the statutes (its
 * credit's first element), a prior section noted, the day a title took
 * its present numbers; none for the Revised Statutes' sections. */
static void test_usc_entered(void **state)
{
    (void)state;
    int prior = -1;
    int32_t cod = -1;
    assert_int_equal(sc_usc_entered("42", "12101", &prior, &cod), 19900726);
    assert_int_equal(prior, 0);
    assert_true(cod > 0 && cod < 19900726); /* (title 42's first great Act) */
    assert_int_equal(sc_usc_entered("42", "9852a", &prior, NULL), 20071212);
    assert_int_equal(prior, 1); /* "A prior section 9852a, ..." */
    assert_int_equal(sc_usc_entered("35", "156", NULL, &cod), 19840924);
    assert_int_equal(cod, 19520719); /* title 35 enacted July 19, 1952 */
    assert_int_equal(sc_usc_entered("42", "1983", NULL, NULL), 0); /* R.S. § 1979 */
    assert_int_equal(sc_usc_entered("42", "99999", NULL, NULL), 0);
}

/* An old Act keyed by its chapter, its Public Law number from the historic
 * tables (sc_act_old_public_law, sc_act_law.old_publ). */
static void test_old_public_law(void **state)
{
    (void)state;
    int c = 0, n = 0;
    assert_true(sc_act_old_public_law(act("Social Security Act"), &c, &n));
    assert_int_equal(c, 74);
    assert_int_equal(n, 271); /* ch. 531, 49 Stat. 620 */
    /* two laws begin at 48 Stat. 881 (ch. 394 ends there): the chapter decides */
    assert_true(sc_act_old_public_law(act("Securities Exchange Act of 1934"), &c, &n));
    assert_int_equal(c, 73);
    assert_int_equal(n, 291);
    /* a numbered law of the 82nd Congress on: sc_act_public_law's, not this */
    assert_false(sc_act_old_public_law(act("Americans with Disabilities Act of 1990"), &c, &n));
    /* before the 57th Congress: no number on record */
    assert_true(act("General Homestead Act") >= 0);
    assert_false(sc_act_old_public_law(act("General Homestead Act"), &c, &n));
    /* the rows a name gives: the number, and the name is a part's or the
     * Act's principal one (or it without its year) */
    sc_act_law rows[4];
    assert_int_equal(sc_act_name_laws("Fair Labor Standards Act", 24, rows, 4), 1);
    assert_int_equal(rows[0].number, 0);
    assert_int_equal(rows[0].old_publ, 718);
    assert_true(rows[0].principal);
    assert_false(rows[0].part);
    assert_int_equal(sc_act_name_laws("Trust Indenture Act of 1939", 27, rows, 4), 1);
    assert_true(rows[0].part);
    assert_false(rows[0].principal);
}

/* A name's own-title flag: the law's own Short Title section, not a
 * name a later law gave (sc_act_law.own, act_names.tsv "own-title"). */
static void test_own_title(void **state)
{
    (void)state;
    sc_act_law rows[4];
    assert_int_equal(sc_act_name_laws("Consumer Credit Protection Act", 30, rows, 4), 1);
    assert_int_equal(rows[0].number, 321);
    assert_true(rows[0].own);
    /* "Act July 14, 1955, ch. 360, § 317, as added by Pub. L. 88-206 ...":
     * the 1955 Act's name since 1963 */
    assert_int_equal(sc_act_name_laws("Clean Air Act", 13, rows, 4), 1);
    assert_int_equal(rows[0].congress, 84);
    assert_false(rows[0].own);
    /* "Pub. L. 91-173, § 1, ..., as amended by Pub. L. 95-164": renamed */
    const char *fmsha = "Federal Mine Safety and Health Act of 1977";
    assert_int_equal(sc_act_name_laws(fmsha, strlen(fmsha), rows, 4), 1);
    assert_int_equal(rows[0].congress, 91);
    assert_false(rows[0].own);
}

/* The laws that gave a name not the Act's own (sc_act_law_named_by,
 * act_names.tsv "named_by"): the Short Title note's credit's other laws. */
static void test_named_by(void **state)
{
    (void)state;
    sc_act_law rows[4];
    int c = 0, n = 0;
    int32_t day = 0;
    /* "Pub. L. 91-540, § 1, Dec. 9, 1970, ..., as amended by Pub. L. 94-360" */
    assert_int_equal(sc_act_name_laws("Horse Protection Act", 20, rows, 4), 1);
    assert_int_equal(rows[0].number, 540);
    assert_int_equal(sc_act_law_named_by(&rows[0], 0, &c, &n, &day), 1);
    assert_int_equal(c, 94);
    assert_int_equal(n, 360);
    assert_int_equal(day, 19760713);
    assert_int_equal(sc_act_law_named_by(&rows[0], 1, &c, &n, &day), 0);
    /* the Clean Air Act: 88-206 added the note, the laws after renumbered it */
    assert_int_equal(sc_act_name_laws("Clean Air Act", 13, rows, 4), 1);
    assert_int_equal(sc_act_law_named_by(&rows[0], 0, &c, &n, &day), 1);
    assert_int_equal(c, 88);
    assert_int_equal(n, 206);
    /* an Act's own title: none */
    assert_int_equal(sc_act_name_laws("Consumer Credit Protection Act", 30, rows, 4), 1);
    assert_true(rows[0].own);
    assert_int_equal(sc_act_law_named_by(&rows[0], 0, &c, &n, &day), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clinic_acts),  cmocka_unit_test(test_credit_forms),
        cmocka_unit_test(test_articles),
        cmocka_unit_test(test_code_titles),
        cmocka_unit_test(test_spellings),    cmocka_unit_test(test_match),
        cmocka_unit_test(test_misses),
        cmocka_unit_test(test_laws),         cmocka_unit_test(test_transfers),
        cmocka_unit_test(test_exits),
        cmocka_unit_test(test_former),      cmocka_unit_test(test_added),
        cmocka_unit_test(test_rows_in_usc_table), cmocka_unit_test(test_year_slip),
        cmocka_unit_test(test_year_series),
        cmocka_unit_test(test_usc_entered),
        cmocka_unit_test(test_old_public_law), cmocka_unit_test(test_own_title),
        cmocka_unit_test(test_named_by),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
