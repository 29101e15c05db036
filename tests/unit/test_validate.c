/*
 * test_validate.c -- unit tests of the checker (src/validate.c) through the
 * public API: for every diagnostic code a true positive (the code must be
 * reported, with the expected words in its message or suggestion) and a near
 * miss (a correct citation written the same way, which must stay silent).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "statcite.h"

typedef struct tcase {
    const char *code; /* the code the text must (hit) or must not (miss) get */
    const char *hit;  /* text with the error                                   */
    const char *want; /* words the message or suggestion must contain, or NULL */
    const char *miss; /* the same kind of citation, correct                    */
} tcase;

static const tcase cases[] = {
    /* the whole entry: every fact in any order and spelling */
    /* a name only a display title gives, an Act's name (not an
     * appropriations law's), and it without the year after its comma */
    { "act-name-mismatch", "The American Relief Act (P.L. 118-58).", "Public Law 118-158",
      "The American Relief Act (P.L. 118-158)." },
    { "act-name-mismatch",
      "Health Insurance Portability and Accountability Act of 1996, Pub. L. No. 104-193",
      "is Public Law 104-191, not Public Law 104-193",
      "Health Insurance Portability and Accountability Act of 1996, Pub. L. No. 104-191" },
    { "act-name-mismatch", "Pub. L. No. 104-193 (Health Insurance Portability and Accountability Act of 1996), 110 Stat. 2105",
      "Personal Responsibility",
      "Pub. L. No. 104-193 (Personal Responsibility and Work Opportunity Reconciliation Act of 1996), 110 Stat. 2105" },
    /* an Act before public-law numbers named before its Code section: by its
     * date and chapter (July 2, 1890, ch. 647; Benjamin Harrison) */
    { "law-president", "The Sherman Act, 15 U.S.C. § 1 et seq., was signed by President Cleveland.",
      "Act of July 2, 1890, ch. 647",
      "The Sherman Act, 15 U.S.C. § 1 et seq., was signed by President Harrison." },
    /* an abbreviation alone before its Code section */
    { "law-date", "ERISA, 29 U.S.C. § 1001 et seq., was signed into law on September 2, 1975.",
      "ERISA (Public Law 93-406)",
      "ERISA, 29 U.S.C. § 1001 et seq., was signed into law on September 2, 1974." },
    { "law-president", "P.L. 107-56 was signed into law by President Clinton.",
      "no President Clinton", "P.L. 107-56 was signed into law by President George W. Bush." },
    { "law-president", "On July 26, 1990, President Clinton signed S. 933, which became Public Law 101-336.",
      "enacted July 26, 1990", "President Clinton praised Public Law 101-336." },
    { "usc-section-status", "See 23 U.S.C. § 213 (2018).", "left the Code before then",
      "See 23 U.S.C. § 213 (2014)." },
    { "law-congress", "Public Law 111-148, enacted by the 112th Congress.",
      "a law of the 111th Congress", "Public Law 111-148, as amended by the 112th Congress." },
    { "law-congress", "P.L. 111-148 (112th Cong.)", "the entry says the 112th Congress",
      "P.L. 111-148 (111th Cong.)" },
    { "law-date", "H.R. 3162 | Became Public Law No: 107-56 | 10/27/2001", "enacted October 26, 2001",
      "H.R. 3162 | Became Public Law No: 107-56 | 10/26/2001" },
    /* a two-digit year, in the century at or before the tables' last Congress */
    { "law-date", "H.R. 3162 | Became Public Law No: 107-56 | 10/27/01", "enacted October 26, 2001",
      "H.R. 3162 | Became Public Law No: 107-56 | 10/26/01" },
    { "law-date-congress", "Pub. L. No. 88-352, 78 Stat. 241 (approved 7/2/65)", "outside the term",
      "Pub. L. No. 88-352, 78 Stat. 241 (approved 7/2/64)" },
    /* a day right after the law's bill, after the law: no step of the
     * bill's; a day before it may be one (its passage) */
    { "law-date", "H. R. 782, 22 August 1996 (Pub. L. 104-177).", "beside H.R. 782, the bill it came from",
      "H. R. 782, 22 July 1996 (Pub. L. 104-177)." },
    { "law-date", "Public Law 101-336 was signed into law on 1990-07-27.", "enacted July 26, 1990",
      "Public Law 101-336 took effect on 1992-07-27." },
    { "law-date",
      "On July 27, 1990, the President signed S. 933, the Americans with Disabilities Act of 1990, which became Public Law 101-336.",
      "enacted July 26, 1990",
      "On July 26, 1990, the President signed S. 933, the Americans with Disabilities Act of 1990, which became Public Law 101-336." },
    { "act-year", "The Americans with Disabilities Act of 1991 was signed on July 26, 1990.",
      "know no Act of that name of 1991",
      "The Americans with Disabilities Act of 1990 was signed on July 26, 1990." },
    { "law-date-congress",
      "The President signed the measure on the 10th day of August, 1979 (Public Law No. 92-372).",
      "outside the term",
      "The President signed the measure on the 10th day of August, 1972 (Public Law No. 92-372)." },
    { "law-date", "Pub. L. 101-336, approved 1990/07/27.", "enacted July 26, 1990",
      "Pub. L. 101-336, approved 1990/07/26." },
    { "law-date", "Pub. L. 101-336, approved 1990-7-27.", "enacted July 26, 1990",
      "Pub. L. 101-336, approved 1990-7-26." },
    { "law-date", "Pub. L. 101-336, approved 27-Jul-1990.", "enacted July 26, 1990",
      "Pub. L. 101-336, approved 26-Jul-1990." },
    { "law-date", "Pub. L. 101-336, approved Friday, July 27, 1990.", "enacted July 26, 1990",
      "Pub. L. 101-336, approved Thursday, July 26, 1990." },
    { "law-date", "Pub. L. 101-336, 27 July 1990", "enacted July 26, 1990",
      "Amendment by Pub. L. 101-336 effective 27 July 1990" },
    { "stat-mismatch", "Pub. L. No. 101-336, § 2, 104 Stat. 237, 328 (1990)", "begins at 104 Stat. 327",
      "Pub. L. No. 101-336, § 2, 104 Stat. 327, 328 (1990)" },
    { "bill-law-mismatch", "Pub. L. No. 104-191, 110 Stat. 1936 (1996) (enacting H.R. 3104, 104th Cong.)",
      "came from H.R. 3103",
      "Pub. L. No. 104-191, 110 Stat. 1936 (1996) (enacting H.R. 3103, 104th Cong.)" },
    { "bill-law-mismatch", "Public Law 107-56 stems from H.R. 3163.", "came from H.R. 3162",
      "Public Law 107-56 stems from H.R. 3162." },
    { "bill-law-mismatch", "Pub. L. 107-56 (formerly H.R. 3163)", "came from H.R. 3162",
      "Pub. L. 107-56 (formerly H.R. 3162)" },
    { "bill-law-mismatch", "(P.L. 107-56, H.R. 3163, Oct. 26, 2001)", "came from H.R. 3162",
      "(P.L. 107-56, H.R. 3162, Oct. 26, 2001)" },
    { "resolution-not-law", "Pub. L. No. 104-191 (enacting H. Res. 3103, 104th Cong.)", "came from H.R. 3103",
      "An Act to provide for reconciliation pursuant to title II of S. Con. Res. 11, Pub. L. No. 105-33" },
    { "congress-range", "Public Law 0-12", "does not exist", "Public Law 100-12" },
    { "congress-range", "S. 1096 | Musconetcong Wild and Scenic Rivers Act | Became Public Law No: 190-452 | 12/22/2006",
      "write Pub. L. No. 109-452",
      "S. 1096 | Musconetcong Wild and Scenic Rivers Act | Became Public Law No: 109-452 | 12/22/2006" },
    { "law-number-range", "Public Law 110-11801", "enacted 460 public laws", "Public Law 110-180" },
    { "bill-congress", "H.R. 3728 passed the House in the 0th Congress.", "0th Congress",
      "H.R. 3728 passed the House in the 87th Congress." },
    { "bill-year", "H.R. 205 passed the House in 1957, in the 89th Congress, and became P.L. 89-222.",
      "outside the years of the 89th Congress",
      "H.R. 205 passed the House in 1965, in the 89th Congress, and became P.L. 89-222." },
    { "usc-section-unknown", "42 U.S.C. § 1320d-99", "no section 1320d-99", "42 U.S.C. § 1320d-9" },
    { "usc-section-unknown", "8 U.S.C. § 13570", "more than 4 digits", "8 U.S.C. § 1357" },
    { "usc-section-status", "25 U.S.C. § 896 governs this question.", "repealed",
      "Prior to its repeal by Pub. L. No. 93-197, § 3(b), 87 Stat. 770 (1973), 25 U.S.C. § 896 governed this question." },
    { "usc-section-status", "42 U.S.C. § 1973(b)", "reclassified to 52 U.S.C. § 10301",
      "52 U.S.C. § 10301(b)" },
    { "congress-range", "Public Law 131-5", "has not met yet", "Public Law 119-5" },
    { "law-number-range", "NICS Improvement Amendments Act of 2007, H.R. 2640, Public Law 110-1180",
      "write Pub. L. No. 110-180 (NICS Improvement Amendments Act of 2007): its bill (H.R. 2640) and its name all point to it",
      "NICS Improvement Amendments Act of 2007, H.R. 2640, Public Law 110-180" },
    { "law-number-range", "Public Law 110-1180", "did you mean", "Public Law 110-460" },
    { "law-number-range", "Public Law 110-533, signed on May 21, 2008.", "Pub. L. No. 110-233",
      "Public Law 110-233, signed on May 21, 2008." },
    { "law-number-range", "Pub. L. No. 74-2710, 49 Stat. 620.", "write Pub. L. No. 74-271",
      "Pub. L. No. 74-271, 49 Stat. 620." },
    /* the 111th enacted 2 private laws */
    { "law-number-range", "Private Law 111-3", "enacted 2 private laws", "Private Law 111-2" },
    { "law-number-form", "Pub. L. 56-591", "57th Congress", "Pub. L. 57-155" },
    { "bill-congress", "H.R. 1, 130th Cong.", "has not met yet", "H.R. 1, 110th Cong." },
    { "bill-year", "H.R. 1559, 108th Cong. (2007)", "sat 2003-2005", "H.R. 1559, 108th Cong. (2003)" },
    { "house-resolution-wording", "House Resolution 2640, Public Law 110-180", "write H.R. 2640",
      "H.R. 2640, Public Law 110-180" },
    { "resolution-not-law", "H. Con. Res. 5, Pub. L. No. 108-11", "concurrent resolution",
      "H. Con. Res. 5 was agreed to; see also Pub. L. No. 108-11" },
    { "bill-law-mismatch",
      "Emergency Supplemental Appropriations Act, 2006, H.R. 4939, Public Law 109-230",
      "it came from H.R. 1953",
      "Emergency Supplemental Appropriations Act, 2006, H.R. 4939, Public Law 109-234" },
    { "bill-law-mismatch", "H.R. 3162, 106th Cong., Pub. L. No. 107-56", "cannot have become",
      "H.R. 3162, 107th Cong., Pub. L. No. 107-56" },
    /* a bill that amends a law is about it, not the same enactment */
    { "bill-law-mismatch", "H.R. 22, Pub. L. No. 114-93", "came from",
      "H.R. 22 would amend Pub. L. No. 114-93" },
    { "doc-bill-two-laws", "H.R. 2640, Public Law 110-180.\nH.R. 2640, Public Law 110-181.",
      "earlier in the document", "H.R. 2640, Public Law 110-180.\nH.R. 2640, Public Law 110-180." },
    { "law-date-congress", "Public Law 108-90 (October 1, 2009)", "outside the term",
      "Public Law 108-90 (October 1, 2003)" },
    /* signed after its Congress ended: its own date is right */
    { "law-date-congress", "Pub. L. No. 116-334 (January 13, 2022)", "outside the term",
      "Pub. L. No. 116-334 (January 13, 2021)" },
    { "law-date", "Pub. L. No. 114-94, 129 Stat. 1312 (2016)", "enacted December 4, 2015",
      "Pub. L. No. 114-94, 129 Stat. 1312 (2015)" },
    { "law-date", "Public Law 108-90, enacted October 2, 2003", "enacted October 1, 2003",
      "Public Law 108-90, as amended October 2, 2005" },
    /* an enrolled bill's "the 26th day of July", and a month without its day */
    { "law-date", "Pub. L. 107-56, signed on the 27th day of September, 2001",
      "dated September 27, 2001", "Pub. L. 107-56, signed on the 26th day of October, 2001" },
    { "law-date", "Pub. L. 107-56 (Sept. 2001)", "dated September 2001",
      "Pub. L. 107-56 (Oct. 2001)" },
    { "law-date-congress", "Pub. L. 101-336 was enacted in July 1991.", "dated July 1991",
      "Pub. L. 101-336 was enacted in July 1990." },
    { "doc-law-two-dates", "Public Law 108-90 (October 1, 2003). Public Law 108-90 (October 2, 2003).",
      "earlier in the document",
      "Public Law 108-90 (October 1, 2003). Public Law 108-90 (October 1, 2003)." },
    { "act-year", "Department of Homeland Security Appropriations Act, 2009, Public Law 108-90",
      "Department of Homeland Security Appropriations Act, 2004",
      "Department of Homeland Security Appropriations Act, 2004, Public Law 108-90" },
    /* a word past "Act" that one name carries: read when the tables know the name with it */
    { "act-year", "Rehabilitation Act Extension of 1985 (Pub. L. No. 94-230)", "Extension of 1976",
      "Rehabilitation Act Extension of 1976 (Pub. L. No. 94-230)" },
    { "act-year", "Americans with Disabilities Act of 1998, Pub. L. No. 101-336", "of 1998",
      "Americans with Disabilities Act of 1990, Pub. L. No. 101-336" },
    /* a year its Congress allows, but not the year of the law's own title */
    { "act-year", "Americans with Disabilities Act of 1991, Pub. L. No. 101-336",
      "is the Americans with Disabilities Act of 1990, not of 1991",
      "Americans with Disabilities Act of 1990, Pub. L. No. 101-336, 104 Stat. 327 (1991)" },
    { "act-year", "P.L. 109-58 -- Energy Policy Act of 2006.", "Energy Policy Act of 2005",
      "Pub. L. 91-173, as amended, known as the Federal Mine Safety and Health Act of 1977." },
    /* a popular name is the law's own from the start: no renaming */
    { "act-name-mismatch",
      "Public Law 104-193, popularly known as the Health Insurance Portability and Accountability Act",
      "is Public Law 104-191",
      "Public Law 104-191, popularly known as the Health Insurance Portability and Accountability Act" },
    { "act-name-mismatch",
      "Public Law 104-193, commonly referred to as the Health Insurance Portability and Accountability Act",
      "is Public Law 104-191",
      "Public Law 104-191, commonly referred to as the Health Insurance Portability and Accountability Act" },
    /* the Act's short form in brackets between the name and its law */
    { "act-name-mismatch", "The Intercountry Adoption Act (IAA), P.L. 106-297.",
      "is Public Law 106-279", "The Intercountry Adoption Act (IAA), P.L. 106-279." },
    { "act-name-mismatch",
      "The Violence Against Women Reauthorization Act of 2013 (VAWA 2013; Pub. L. 113-14).",
      "is Public Law 113-4",
      "The Violence Against Women Reauthorization Act of 2013 (VAWA 2013; Pub. L. 113-4)." },
    /* an Act's abbreviation beside its law stands for its name */
    { "act-name-mismatch", "Public Law 104-193, commonly referred to as \"HIPAA\".",
      "HIPAA is Public Law 104-191", "Public Law 104-191, commonly referred to as \"HIPAA\"." },
    { "act-name-mismatch", "HIPAA (Pub. L. 104-193).", "HIPAA is Public Law 104-191",
      "HIPAA (Pub. L. 104-191)." },
    /* an acronym of the law's own title is its name, whatever other laws
     * the tables give it to */
    { "act-name-mismatch", "P.L. 117-168 (commonly known as the CARES Act) in 2022",
      "is Public Law", "P.L. 117-168 (commonly known as the PACT Act) in 2022" },
    /* a day that does not exist, whatever it dates */
    { "date-invalid", "Economic Stimulus Act of 2008, Pub. L. 110-185 (Feb. 31, 2008)",
      "enacted February 13, 2008", "Economic Stimulus Act of 2008, Pub. L. 110-185 (Feb. 29, 2008)" },
    { "date-invalid", "Pub. L. 111-5 (2009-02-29)", "February 2009 has 28 days",
      "Pub. L. 111-5 (2009-02-28)" },
    { "date-invalid", "H.R. 5140 was introduced on April 31, 2008 and became Pub. L. 110-185.",
      "April 31, 2008 is a day that does not exist",
      "H.R. 5140 was introduced on April 30, 2008 and became Pub. L. 110-185." },
    { "date-invalid",
      "Senate Bill 2845, Intelligence Reform and Terrorism Prevention Act of 2004 Public Law 108-458 (December 71, 2004)",
      "enacted December 17, 2004",
      "Senate Bill 2845, Intelligence Reform and Terrorism Prevention Act of 2004 Public Law 108-458 (December 17, 2004)" },
    /* a parenthetical saying where the law is in the Code stands between */
    { "law-date",
      "Pub. L. No. 111-148, 124 Stat. 119 (codified as amended at 42 U.S.C. § 18001 et seq.) (enacted Mar. 23, 2009)",
      "dated March 23, 2009",
      "Pub. L. No. 111-148, 124 Stat. 119 (codified as amended at 42 U.S.C. § 18001 et seq.) (enacted Mar. 23, 2010)" },
    { "bill-law-mismatch",
      "Pub. L. No. 111-148, 124 Stat. 119 (codified at 42 U.S.C. § 18001) (H.R. 3950)",
      "did not come from H.R. 3950",
      "Pub. L. No. 111-148, 124 Stat. 119 (codified at 42 U.S.C. § 18001) (H.R. 3590)" },
    /* the Bluebook's year, then the day */
    { "law-date", "Pub. L. No. 111-148, 124 Stat. 119 (2010) (signed Mar. 25, 2010)",
      "dated March 25, 2010", "Pub. L. No. 111-148, 124 Stat. 119 (2010) (signed Mar. 23, 2010)" },
    /* an old law's date after its chapter and page */
    { "chapter-date", "Labor Management Relations Act, 1947, ch. 120, 61 Stat. 136 (June 23, 1948)",
      "not approved June 23, 1948",
      "Labor Management Relations Act, 1947, ch. 120, 61 Stat. 136 (June 23, 1947)" },
    /* the chapter between an old law and its page; the fix from both */
    { "hist-law-page", "Pub. L. No. 80-733, ch. 646, 62 Stat. 869", "write Public Law 80-773",
      "Pub. L. No. 80-773, ch. 646, 62 Stat. 869" },
    /* the Act's Code sections between its name and its law */
    { "act-name-mismatch",
      "Americans with Disabilities Act of 1990, 42 U.S.C. §§ 12101-12213 (Pub. L. No. 101-363)",
      "is Public Law 101-336",
      "Americans with Disabilities Act of 1990, 42 U.S.C. §§ 12101-12213 (Pub. L. No. 101-336)" },
    /* the law's own title with the year of another law of that title */
    { "act-name-mismatch",
      "Energy and Water Development Appropriations Act, 1991, Pub. L. No. 101-101, 103 Stat. 641",
      "is Public Law 101-514",
      "Energy and Water Development Appropriations Act, 1990, Pub. L. No. 101-101, 103 Stat. 641" },
    /* the page, the Bluebook's year, then the law in brackets */
    { "stat-mismatch", "110 Stat. 1936 (1996) (Pub. L. No. 104-193)", "begins at 110 Stat. 2105",
      "110 Stat. 1936 (1996) (Pub. L. No. 104-191)" },
    /* a bill's Congress and session between the law and its date */
    { "law-date-congress",
      "Pub. L. 94-265 (H.R. 200, 94th Cong., 1st Sess.) (approved April 13, 1977)",
      "outside the term",
      "Pub. L. 94-265 (H.R. 200, 94th Cong., 1st Sess.) (approved April 13, 1976)" },
    /* a date written "the 7th day of August" between a bill and its law */
    { "resolution-not-law", "H. Res. 2245 became law on the 7th day of August, 2009 (P.L. 111-44).",
      "cannot become a law",
      "H.R. 2245 became law on the 7th day of August, 2009 (P.L. 111-44)." },
    /* the page alone, where one law ends and the next begins: the one
     * beginning there, its number one slip from the number written */
    { "hist-law-page", "Pub. L. 74-217, 49 Stat. 620 (1935)", "write Public Law 74-271",
      "Pub. L. 74-271, 49 Stat. 620 (1935)" },
    /* a public resolution's number beside its page (historic_laws.csv's pubres) */
    { "resolution-number", "J. Res. of Oct. 14, 1940, ch. 857, 54 Stat. 1115 (Pub. Res. No. 105).",
      "Public Resolution No. 106 of the 76th Congress",
      "J. Res. of Oct. 14, 1940, ch. 857, 54 Stat. 1115 (Pub. Res. No. 106)." },
    /* before the 57th Congress: its number among the Congress's resolutions */
    { "resolution-number", "Joint Resolution of March 3, 1875, No. 13, 18 Stat. 525.",
      "public resolution No. 8 of the 43rd Congress",
      "Joint Resolution of March 3, 1875, No. 8, 18 Stat. 525." },
    /* a slip head's Public Law number, no Congress beside it */
    { "hist-law-page", "81st Cong., 2d Sess. -- Ch. 94 -- Apr. 20, 1950 -- [Public No. 500] -- 64 Stat. 48",
      "Public Law 81-475",
      "81st Cong., 2d Sess. -- Ch. 94 -- Apr. 20, 1950 -- [Public No. 475] -- 64 Stat. 48" },
    /* a Public Law before 1951 and its bill (historic_laws.csv) */
    { "bill-law-mismatch", "Administrative Procedure Act, Pub. L. No. 79-404 (S. 17), 60 Stat. 237 (1946)",
      "it came from S. 7", "Administrative Procedure Act, Pub. L. No. 79-404 (S. 7), 60 Stat. 237 (1946)" },
    /* the Code keeps the Act's subsections */
    { "act-section-usc", "INA § 212(a)(9)(B)(i)(II), 8 U.S.C. § 1182(a)(9)(B)(i)(III)",
      "the Code keeps the Act's subsections",
      "INA § 212(a)(9)(B)(i)(II), 8 U.S.C. § 1182(a)(9)(B)(i)(II)" },
    { "act-section-usc",
      "section 8(o)(13) of the United States Housing Act of 1937 (42 U.S.C. 1437f(t))",
      "is 42 U.S.C. § 1437f(o)(13)",
      "section 8(t) or section 8(o)(13) of the United States Housing Act of 1937 (42 U.S.C. 1437f(t))" },
    /* a list item's facts wrapped onto the next line; not a subsection there */
    { "law-date",
      "2. Family and Medical Leave Act of 1993, Pub. L. No. 103-3, 107 Stat. 6\n   (Feb. 5, 1994).",
      "dated February 5, 1994", "Pub. L. No. 103-3, 107 Stat. 6\n(b) Feb. 5, 1994." },
    { "law-date-congress",
      "Pub. L. No. 107-204, § 806, 116 Stat. 745, 802\n(codified at 18 U.S.C. § 1514A) (enacted July 30, 2003).",
      "outside the term",
      "Pub. L. No. 107-204, § 806, 116 Stat. 745, 802\n(codified at 18 U.S.C. § 1514A) (enacted July 30, 2002)." },
    /* a citation on the wrapped line is the entry's too */
    { "bill-law-mismatch",
      "Preventing PFAS Runoff at Airports Act, Pub. L. No. 117-254, 136 Stat. 2361 (December 20, 2022)\n(enacting S. 3846, 117th Cong.)",
      "did not come from S. 3846",
      "Preventing PFAS Runoff at Airports Act, Pub. L. No. 117-254, 136 Stat. 2361 (December 20, 2022)\n(b) S. 3846, 117th Cong." },
    /* the bill and the date point to another law: bill-law-mismatch says
     * it with that evidence, and no law-date besides */
    { "bill-law-mismatch", "H.R. 3590 became law on March 23, 2010 (P.L. 111-152).",
      "its bill (H.R. 3590) and its date (March 23, 2010) all point to it",
      "H.R. 4872 became law on March 30, 2010 (P.L. 111-152)." },
    { "law-date", "H.R. 4872 became law on March 23, 2010 (P.L. 111-152).",
      "enacted March 30, 2010", "H.R. 3590 became law on March 23, 2010 (P.L. 111-152)." },
    /* the name (the page) and the date point to another law: its finding
     * says it, and no law-date besides */
    { "act-name-mismatch",
      "The Patient Protection and Affordable Care Act became law on March 23, 2010 (P.L. 111-152).",
      "its name and its date (March 23, 2010) all point to it",
      "The Health Care and Education Reconciliation Act of 2010 became law on March 30, 2010 (P.L. 111-152)." },
    { "law-date", "Pub. L. No. 111-152, 124 Stat. 1029 (Mar. 23, 2010).", "enacted March 30, 2010",
      "Pub. L. No. 111-152, 124 Stat. 119 (Mar. 23, 2010)." },
    /* a year alone that is the named law's: no law-date beside the name's finding */
    { "act-name-mismatch", "American Taxpayer Relief Act of 2012, Pub. L. No. 112-204, 126 Stat. 2313 (2013)",
      "write Pub. L. No. 112-240", "American Taxpayer Relief Act of 2012, Pub. L. No. 112-240, 126 Stat. 2313 (2013)" },
    { "law-date", "Pub. L. No. 112-204, 126 Stat. 2313 (2013)", "enacted December 4, 2012",
      "American Taxpayer Relief Act of 2012, Pub. L. No. 112-204, 126 Stat. 2313 (2013)" },
    /* a date a line wraps */
    { "law-date", "The President signed Pub. L. 111-148 on March\n25, 2010.", "dated March 25, 2010",
      "The President signed Pub. L. 111-148 on March\n23, 2010." },
    /* "a bill titled ..." between a bill and its law; "Related" in the title */
    { "bill-law-mismatch",
      "House Resolution 1559, a bill titled \"War-Related Appropriations,\" which became Public Law No: 108-12.",
      "it came from H.R. 397",
      "House Resolution 1559, a bill titled \"War-Related Appropriations,\" which became Public Law No: 108-11." },
    /* a fiscal year that ends the entry: the name's, and its evidence */
    { "congress-range",
      "Public Law 141-92, commonly known as the National Defense Authorization Act for Fiscal Year 2016",
      "write Pub. L. No. 114-92", "Public Law 114-92, commonly known as the National Defense Authorization Act for Fiscal Year 2016" },
    /* a table row: the law, then its name in the next cell */
    { "act-name-mismatch", "P.L. 111-203 | Affordable Care Act | H.R. 4173 | July 21, 2010",
      "is Public Law 111-148",
      "P.L. 111-203 | Dodd-Frank Wall Street Reform and Consumer Protection Act | H.R. 4173 | July 21, 2010" },
    /* private laws: a Congress that enacted none; a private law's own bill */
    { "law-number-range", "Priv. L. No. 110-3", "no private law of the 110th", "Priv. L. No. 109-1" },
    { "bill-law-mismatch", "Private Law 115-1 (H.R. 1234)", "it came from H.R. 4641",
      "Private Law 115-1 (H.R. 4641)" },
    /* Markdown's emphasis around the name */
    { "act-name-mismatch",
      "*Patient Protection and Affordable Care Act*, Pub. L. No. 111-152, 124 Stat. 119 (2010)",
      "is Public Law 111-148",
      "*Patient Protection and Affordable Care Act*, Pub. L. No. 111-148, 124 Stat. 119 (2010)" },
    { "usc-edition", "26 U.S.C. § 501(c)(3) (2099)", "a year still to come",
      "26 U.S.C. § 501(c)(3) (2024)" },
    { "law-amended-before",
      "Americans with Disabilities Act of 1990, Pub. L. No. 101-336, as amended by Pub. L. No. 100-325.",
      "write Public Law 110-325",
      "Americans with Disabilities Act of 1990, Pub. L. No. 101-336, as amended by Pub. L. No. 110-325." },
    { "law-amended-before", "Pub. L. 99-514, amending Pub. L. 101-336.", "cannot have amended",
      "Pub. L. 101-336, amending Pub. L. 99-514." },
    { "law-amender-slip", "Pub. L. 101-336, as amended by Pub. L. 108-217.",
      "write Public Law 108-271", "Pub. L. 101-336, as amended by Pub. L. 108-271." },
    { "usc-edition", "42 U.S.C. § 18001 (2006)", "entered the statutes March 23, 2010",
      "42 U.S.C. § 18001 (2012)" },
    /* a number a move gave, in an edition before the move; a title's */
    { "usc-edition", "52 U.S.C. § 10301 (2012)", "cite 42 U.S.C. § 1973 (2012)",
      "52 U.S.C. § 10301 (2018)" },
    { "usc-edition", "54 U.S.C. § 100101 (2012)", "title 54 was first in the Code in 2014",
      "54 U.S.C. § 100101 (2018)" },
    { "act-name-usc", "Housing Act of 1964, 20 U.S.C. § 602.", "its § 802 is one slip",
      "Housing Act of 1964, 20 U.S.C. § 802." },
    { "act-year", "Customs Courts Act of 1982, codified at 28 U.S.C. § 2634.",
      "Customs Courts Act of 1980", "Customs Courts Act of 1980, codified at 28 U.S.C. § 2634." },
    { "act-section-usc", "ERISA § 502(a)(1)(B) (codified at 29 U.S.C. § 1133)",
      "is 29 U.S.C. § 1132", "ERISA § 502(a)(1)(B) (codified at 29 U.S.C. § 1132)" },
    { "act-section-usc", "Section 502 of ERISA, codified as amended at 29 U.S.C. § 1133",
      "is 29 U.S.C. § 1132", "Section 502 of ERISA, codified as amended at 29 U.S.C. § 1132" },
    { "stat-mismatch", "Pub. L. No. 101-336, 104 Stat. 237", "begins at 104 Stat. 327",
      "Pub. L. No. 101-336, 104 Stat. 372" },
    { "stat-mismatch", "Pub. L. No. 101-336, 105 Stat. 327", "volume 104",
      "Pub. L. No. 101-336, 104 Stat. 327" },
    { "stat-mismatch", "Pub. L. No. 104-191, 110 Stat. 1936 (1996); see 110 Stat. at 2300.",
      "past Public Law 104-191", "Pub. L. No. 104-191, 110 Stat. 1936 (1996); see 110 Stat. at 2033." },
    { "stat-mismatch", "Pub. L. No. 104-191, 110 Stat. 1936 (1996); id., 110 Stat. at 1920.",
      "comes before 110 Stat. 1936", "Pub. L. No. 104-191, 110 Stat. 1936 (1996); id., 110 Stat. at 1936." },
    /* a law of two titles with the year ("... Act of 2019" or "GLRI Act of
     * 2019"): the fix is the name as written, with its year */
    { "act-year", "Pub. L. No. 116-294 (Great Lakes Restoration Initiative Act of 2018), 134 Stat. 4899",
      "116-294 is the Great Lakes Restoration Initiative Act of 2019",
      "Pub. L. No. 116-294 (Great Lakes Restoration Initiative Act of 2019), 134 Stat. 4899" },
    /* a title the record writes with a final period ("... Act of 1999.") */
    { "act-year", "Minuteman Missile National Historic Site Establishment Act of 2001, Pub. L. No. 106-115.",
      "is the Minuteman Missile National Historic Site Establishment Act of 1999, not of 2001",
      "Minuteman Missile National Historic Site Establishment Act of 1999, Pub. L. No. 106-115." },
    /* a pin before the page it pins; a slip of a law's first page */
    { "stat-pin", "Pub. L. No. 101-336, § 102, 104 Stat. 327, 325 (1990)",
      "the pin page 325 comes before the page it pins, 104 Stat. 327",
      "Pub. L. No. 101-336, § 102, 104 Stat. 327, 331 (1990)" },
    { "stat-pin", "See 104 Stat. 500, 499.", "comes before the page it pins", "See 104 Stat. 499, 500." },
    { "stat-first-page", "Pub. L. No. 101-336, 104 Stat. 372 (1990)",
      "one slip from its first page, 104 Stat. 327",
      "Consolidated Appropriations Act, 2004 (Public Law 108-199; 118 Stat. 349)" },
    { "stat-first-page", "Pub. L. No. 101-336, 104 Stat. 372 (1990)", "write 104 Stat. 327",
      "Pub. L. No. 101-336, § 512, 104 Stat. 372 (1990)" },
    /* a volume that does not exist: the law's own page as the fix */
    { "stat-volume", "Pub. L. No. 104-191, 410 Stat. 1936 (1996)", "write 110 Stat. 1936",
      "Pub. L. No. 104-191, 110 Stat. 1936 (1996)" },
    { "stat-volume", "See 400 Stat. 100.", "no volume 400 of the Statutes at Large",
      "See 124 Stat. 100." },
    { "stat-year", "Social Security Act, ch. 531, 49 Stat. 620 (1937)", "prints laws of 1935-1936",
      "Social Security Act, ch. 531, 49 Stat. 620 (1935)" },
    { "stat-year", "Securities Act of 1933, 48 Stat. 74 (1934)", "was approved May 27, 1933",
      "Securities Act of 1933, 48 Stat. 74, 77 (1933)" },
    { "stat-year", "See 104 Stat. 327 (1992).", "write (1990)", "See 104 Stat. 327, 330 (1990)." },
    { "note-year",
      "Effective Date of 1976 Amendment\nAmendment by Pub. L. 94-121 effective Oct. 17, 1976, see "
      "section 17 of Pub. L. 94-521.\n",
      "Public Law 94-521, which the note names too",
      "Effective Date of 1976 Amendment\nAmendment by Pub. L. 94-521 effective Oct. 17, 1976, see "
      "section 17 of Pub. L. 94-521.\n" },
    { "note-year",
      "Effective Date of 2012 Amendment\nAmendment by section 3(g)(6) of Pub. L. 112-29 effective "
      "upon the expiration of the 18-month period.\n",
      "was enacted September 16, 2011",
      "Effective Date of 1988 Amendment\nPub. L. 92-203, § 29(f)(2), as added by Pub. L. 100-241, "
      "§ 15, Feb. 3, 1988, 101 Stat. 1813, provided that:\n" },
    { "note-law-mismatch",
      "Amendment by Pub. L. 94-521 effective Oct. 17, 1976, see section 17 of Pub. L. 94-121, set "
      "out as a note under section 1 of this title.\n",
      "Public Law 94-521, the law the note says made the amendment",
      "Amendment by Pub. L. 100-504 effective 180 days after Oct. 18, 1988, see section 113 of Pub. "
      "L. 100-504, set out as a note under section 5 of Pub. L. 95-452.\n" },
    { "act-section-usc", "Detention is mandatory under INA § 236(c), 8 U.S.C. § 1231(c).",
      "is 8 U.S.C. § 1226, not 8 U.S.C. § 1231",
      "Detention is mandatory under INA § 236(c), 8 U.S.C. § 1226(c)." },
    { "act-section-usc", "26 U.S.C. § 502(c)(3) (I.R.C. § 501(c)(3))", "write 26 U.S.C. § 501(c)(3)",
      "section 19 of the Child Nutrition Act of 1966 (42 U.S.C. 1771 et seq.)" },
    { "act-section-usc",
      "sections 8 and 9 of the United States Housing Act of 1937 (42 U.S.C. 1437g, 1437f)",
      "which is United States Housing Act of 1937 § 8",
      "sections 8 and 9 of the United States Housing Act of 1937 (42 U.S.C. 1437f, 1437g)" },
    /* an Act's section longer than every section of the Act the Code
     * classifies: the sections one dropped digit away as the fix */
    { "act-section-unknown", "Detention is mandatory under INA § 2366(c).",
      "did you mean § 266 (8 U.S.C. § 1306) or § 236 (8 U.S.C. § 1226)",
      "Detention is mandatory under INA § 236(c)." },
    { "act-section-unknown", "See section 19999 of the Social Security Act.", "at most 4 digits",
      "See section 1999 of the Social Security Act." },
    /* an article of the UCMJ its chapter of the Code does not hold: the
     * entry's own Code section as the fix; the right article, silent */
    { "act-section-unknown",
      "pursuant to articles 50a and 72b of the Uniform Code of Military Justice, 10 U.S.C. 850a, 876b.",
      "write article 76b: the entry's 10 U.S.C. § 876b is article 76b",
      "pursuant to articles 50a and 76b of the Uniform Code of Military Justice, 10 U.S.C. 850a, 876b." },
    { "act-section-unknown", "Under Article 172, UCMJ, the accused was tried.",
      "its articles are 1 to 146a", "Under Article 112a, UCMJ, the accused was tried." },
    /* an Act and its place in the Code: one slip from the Act's first section */
    { "act-name-usc",
      "The claim arises under the Americans with Disabilities Act of 1990, 42 U.S.C. § 2101 et seq.",
      "write 42 U.S.C. § 12101 et seq.",
      "The claim arises under the Americans with Disabilities Act of 1990, 42 U.S.C. § 12101 et seq." },
    /* another Act's section, which the Act named never amended */
    { "act-name-usc", "the Age Discrimination in Employment Act, 29 U.S.C. § 261",
      "is § 12 of the Portal-to-Portal Act of 1947",
      "the Age Discrimination in Employment Act, 29 U.S.C. § 621" },
    /* another Act's section in a title where the Act named has none; the
     * Act that amended it (the Civil Rights Act of 1991, title VII) is silent */
    { "act-name-usc", "ERISA, 42 U.S.C. § 2000e", "is § 701 of the Civil Rights Act of 1964",
      "the Civil Rights Act of 1991, 42 U.S.C. § 2000e-2" },
    /* the same, an Act whose law added sections to a positive-law title only */
    { "act-name-usc", "the Taxpayer First Act, 15 U.S.C. § 4302", "is at 26 U.S.C.",
      "the Pregnancy Discrimination Act, 42 U.S.C. § 2000e(k)" },
    /* the Act in another title; by its law, "codified at" */
    { "act-name-usc", "the Clean Water Act, 42 U.S.C. § 1251 et seq.", "write 33 U.S.C. § 1251 et seq.",
      "the Clean Water Act, 33 U.S.C. § 1251 et seq." },
    { "act-name-usc", "Pub. L. No. 101-336, 104 Stat. 327 (codified as amended at 42 U.S.C. §§ 2101-12213)",
      "write 42 U.S.C. §§ 12101-12213",
      "section 2 of Pub. L. No. 101-336, 104 Stat. 327 (codified at 42 U.S.C. 12101)" },
    /* the part's place, not the Act's; a section a later law added */
    { "act-name-usc", "the Fair Housing Act, 42 U.S.C. § 3061 et seq.", "write 42 U.S.C. § 3601 et seq.",
      "section 516 of the Federal Crop Insurance Act (7 U.S.C. 1516)" },
    { "act-name-usc", "the Clean Air Act (42 U.S.C. 4701 et seq.)", "Intergovernmental Personnel Act",
      "the Civil Rights Act of 1991, 42 U.S.C. § 1981a" },
    /* a positive-law title: the section another law added, one slip from
     * the one the Act's law added */
    { "act-name-usc", "the Privacy Act of 1974, 5 U.S.C. § 552b",
      "added it, not a section of the Privacy Act of 1974",
      "the Government in the Sunshine Act, 5 U.S.C. § 552b(c)" },
    /* a part the name designates with the Act's abbreviation, and another
     * part's section; its own part's section is silent */
    { "act-name-usc", "Title II of the ADA, 42 U.S.C. § 12112", "is § 102 of title I",
      "Title II of the ADA, 42 U.S.C. § 12132" },
    /* a part the name designates, and another part's section */
    { "act-name-usc", "Title VII of the Civil Rights Act of 1964, 42 U.S.C. § 2000a",
      "is § 201 of title II of the Civil Rights Act of 1964",
      "the Fair Housing Act, 42 U.S.C. § 3631" },
    /* a page past the end of its volume (the laws since 1951) */
    { "stat-page-range", "Section 338a, act Aug. 1, 1956, ch. 840, § 2, 70 Stat. 8888, set out duties.",
      "perhaps 70 Stat. 888", "Section 338a, act Aug. 1, 1956, ch. 840, § 2, 70 Stat. 888, set out duties." },
    { "stat-page-range", "Pub. L. No. 101-336, 104 Stat. 32700 (1990)", "past the end of volume 104",
      "Pub. L. No. 104-208, 110 Stat. 3009-314 (1996)" },
    { "usc-title", "55 U.S.C. § 101", "titles run from 1 to 54", "54 U.S.C. § 100101" },
    { "usc-title", "0 U.S.C. § 1", "no title 0", "1 U.S.C. § 1" },
    { "stat-volume", "Pub. L. No. 101-336, 0 Stat. 327 (1990)", "no volume 0",
      "Pub. L. No. 101-336, 104 Stat. 327 (1990)" },
    { "stat-page-range", "Pub. L. No. 101-336, 104 Stat. 0 (1990)", "write 104 Stat. 327",
      "Pub. L. No. 101-336, 104 Stat. 327 (1990)" },
    { "bill-number-range", "S. 0, 101st Cong.", "numbered from 1", "S. 10, 101st Cong." },
    { "bill-number-range", "H.R. 0 was introduced in 2019.", "H.R. 0 does not exist",
      "H.R. 10 was introduced in 2019." },
    /* past the highest of its kind in its Congress (data/bill_numbers.tsv);
     * the highest itself is silent */
    { "bill-number-range", "S. 31620 (110th Cong.)", "numbered to S. 3741", "S. 3741 (110th Cong.)" },
    { "bill-number-range", "H.R. 73400 passed the House in the 110th Congress.",
      "House bills of the 110th Congress", "H.R. 7340 passed the House in the 110th Congress." },
    /* a page of six digits (a citation only so that check can say so), and
     * a pin past the volume said once, with its law's page a digit fewer */
    { "stat-page-range", "124 Stat. 119000", "past the end of volume 124", "124 Stat. 1190" },
    { "stat-page-range", "Pub. L. No. 111-148, 124 Stat. 119, 12000 (2010).",
      "perhaps 124 Stat. 1000, a digit fewer, a page of Public Law 111-148",
      "Pub. L. No. 111-148, 124 Stat. 119, 1000 (2010)." },
    { "usc-title-reserved", "53 U.S.C. § 101", "reserved", "52 U.S.C. § 10101" },
    { "usc-appendix-eliminated", "50 U.S.C. App. § 2401", "eliminated", "18 U.S.C. App. § 1" },
    { "usc-section-unknown", "8 U.S.C. § 99999", "no section 99999", "8 U.S.C. § 1357" },
    { "usc-section-unknown", "8 U.S.C. § 99999", NULL, "28 U.S.C. § 530C" },
    { "usc-section-status", "8 U.S.C. § 101", "transferred", "8 U.S.C. § 1101" },
    { "usc-section-status", "42 U.S.C. § 10", "Repealed", "42 U.S.C. § 10 (1940)" },
    { "usc-subsection", "8 U.S.C. § 1357(g)(1 is cited", "(g)(1", "8 U.S.C. § 1357(g)(1) is cited" },
    { "usc-range", "18 U.S.C. §§ 2522-2510", "ends before it begins", "18 U.S.C. §§ 2510-2522" },
    { "usc-range", "42 U.S.C. §§ 2000e-5-2000e-2", "ends before", "42 U.S.C. §§ 2000e-2-2000e-5" },
};

#include "rules_fixture.h"

typedef struct found {
    const char *code;
    int hits;
    char text[512];
    int severity; /* of the last one found */
} found;

static int collect(const sc_citation *c, void *user)
{
    found *f = user;
    for (int i = 0; i < c->ndiag; i++)
        if (strcmp(c->diag[i].code, f->code) == 0) {
            f->hits++;
            f->severity = (int)c->diag[i].severity;
            snprintf(f->text, sizeof f->text, "%s | %s", c->diag[i].message, c->diag[i].suggestion);
        }
    return 0;
}

/* The findings of @p code on @p text, checked as of @p year, with the
 * codes @p disabled turned off. */
static found run_as_of(const char *code, const char *text, const char *disabled, int year)
{
    sc_options o;
    sc_options_init(&o);
    o.check = 1;
    o.current_year = year;
    o.disabled = disabled;
    sc_scanner *s = sc_scanner_new(rules, &o);
    assert_non_null(s);
    found f = { code, 0, "", -1 };
    assert_true(sc_scan_buffer(s, "t", text, strlen(text), collect, &f) >= 0);
    sc_scanner_free(s);
    return f;
}

static found run(const char *code, const char *text, const char *disabled)
{
    return run_as_of(code, text, disabled, 2026);
}

static void test_each_check(void **state)
{
    (void)state;
    int failures = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const tcase *t = &cases[i];
        found f = run(t->code, t->hit, NULL);
        if (f.hits == 0 || (t->want && !strstr(f.text, t->want))) {
            print_error("%s: not reported as wanted on \"%s\" (got: %s)\n", t->code, t->hit, f.text);
            failures++;
        }
        f = run(t->code, t->miss, NULL);
        if (f.hits != 0) {
            print_error("%s: false finding on \"%s\": %s\n", t->code, t->miss, f.text);
            failures++;
        }
    }
    assert_int_equal(failures, 0);
}

static void test_disable(void **state)
{
    (void)state;
    assert_int_equal(run("usc-title-reserved", "53 U.S.C. § 101", "usc-title-reserved").hits, 0);
    assert_int_equal(run("usc-title-reserved", "53 U.S.C. § 101", "law-date,usc-title-reserved").hits, 0);
    assert_int_equal(run("usc-title-reserved", "53 U.S.C. § 101", "usc-title").hits, 1);
}

static void test_current_congress(void **state)
{
    (void)state;
    /* the current Congress comes from the year asked for, not a constant */
    const char *text = "Public Law 121-5";
    assert_int_equal(run_as_of("congress-range", text, NULL, 2031).hits, 0); /* the 122nd */
    assert_int_equal(run("congress-range", text, NULL).hits, 1);
}

/* The last volume of the Statutes at Large that may exist moves with the
 * year asked for: one volume a year past the tables' last. */
static void test_stat_volume_year(void **state)
{
    (void)state;
    assert_int_equal(run_as_of("stat-volume", "See 160 Stat. 5.", NULL, 2060).hits, 0);
    assert_int_equal(run_as_of("stat-volume", "See 160 Stat. 5.", NULL, 2030).hits, 1);
}

/* "House Resolution N" is a warning only on evidence that the bill is
 * meant (tied to a law, or the law H.R. N became is in the sentence); else a
 * note, as "Pursuant to House Resolution 365" is the resolution. */
static void test_house_resolution_severity(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int severity;
    } t[] = {
        { "House Resolution 2640, Public Law 110-180", SC_WARNING },
        { "House Resolution 1, Implementing Recommendations of the 9/11 Commission Act of 2007 "
          "Public Law No: 110-53.",
          SC_WARNING },
        { "The House agreed to House Resolution 365 today.", SC_NOTE },
        /* H.R. 6 of the 110th became Pub. L. 110-140: no evidence here */
        { "adopted by House Resolution No. 6, One Hundred Tenth Congress, Jan. 5, 2007.", SC_NOTE },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        found f = run("house-resolution-wording", t[i].text, NULL);
        if (f.hits != 1 || f.severity != t[i].severity)
            fail_msg("\"%s\": %d finding(s), severity %d, not %d", t[i].text, f.hits, f.severity,
                     t[i].severity);
    }
}

/* A document dated by its head line (the Congressional Record's, the
 * Federal Register's) is read as of that date: a section the tables lack
 * may have been in the Code before July 2013 (a note), one repealed since
 * was in force then (a note); undated, both are warnings. */
static void test_document_date(void **state)
{
    (void)state;
    static const struct {
        const char *code, *text;
        int severity;
    } t[] = {
        { "usc-section-unknown", "Congressional Record, Volume 151 Issue 68 (Friday, May 20, 2005)\n\n"
          "grants under section 31318 of title 49, United States Code.", SC_NOTE },
        { "usc-section-unknown", "grants under section 31318 of title 49, United States Code.", SC_WARNING },
        { "usc-section-status", "Federal Register / Vol. 70, No. 1 / Monday, January 3, 2005 / Rules\n\n"
          "Authority: 23 U.S.C. 110.", SC_NOTE },
        { "usc-section-status", "Authority: 23 U.S.C. 110.", SC_WARNING },
        /* as of a date after July 2013, a section the tables lack is unknown */
        { "usc-section-unknown", "Federal Register / Vol. 85, No. 100 / Friday, May 22, 2020 / Rules\n\n"
          "grants under section 31318 of title 49, United States Code.", SC_WARNING },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        found f = run(t[i].code, t[i].text, NULL);
        if (f.hits != 1 || f.severity != t[i].severity)
            fail_msg("\"%s\": %d finding(s), severity %d, not %d", t[i].text, f.hits, f.severity,
                     t[i].severity);
    }
}

/* The dates a document gave its laws are kept for the last 1024 laws: a
 * law dated again otherwise is a doc-law-two-dates finding; one dated
 * before the 1024 laws since is forgotten. */
static void test_doc_dates_kept(void **state)
{
    (void)state;
    static char text[1200 * 40 + 200];
    size_t o = 0;
    for (int k = 0; k < 1100; k++) /* 1100 laws (Congresses 85-106), each dated */
        o += (size_t)snprintf(text + o, sizeof text - o, "See Pub. L. %d-%d (Jan. %d, %d).\n",
                              85 + k / 50, 1 + k % 50, 1 + k % 28, 1957 + 2 * (k / 50));
    o += (size_t)snprintf(text + o, sizeof text - o, "See Pub. L. 85-1 (Feb. 2, 1957).\n");
    assert_int_equal(run("doc-law-two-dates", text, NULL).hits, 0); /* forgotten */
    snprintf(text + o, sizeof text - o, "See Pub. L. 106-50 (Feb. 2, 1999).\n");
    assert_int_equal(run("doc-law-two-dates", text, NULL).hits, 1); /* kept */
}

/* OLRC's release point names, as a message writes them. */
void sc_fmt_release(const char *rp, char *out, size_t cap); /* (src/check.h) */
static void test_release_names(void **state)
{
    (void)state;
    static const char *const t[][2] = {
        { "119-102", "119-102" },
        { "115-269not232not254", "115-269, but for Pub. L. 115-232 and 115-254" },
        { "114-115not95", "114-115, but for Pub. L. 114-95" },
        { "116-344not283u1", "116-344, but for Pub. L. 116-283, update 1" },
        { "117-80u2", "117-80, update 2" },
        { "115-117not91not96not97", "115-117, but for Pub. L. 115-91, 115-96 and 115-97" },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        char out[96];
        sc_fmt_release(t[i][0], out, sizeof out);
        assert_string_equal(out, t[i][1]);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_release_names),
        cmocka_unit_test(test_each_check),
        cmocka_unit_test(test_disable),
        cmocka_unit_test(test_current_congress),
        cmocka_unit_test(test_stat_volume_year),
        cmocka_unit_test(test_house_resolution_severity),
        cmocka_unit_test(test_doc_dates_kept),
        cmocka_unit_test(test_document_date),
    };
    return cmocka_run_group_tests(tests, rules_setup, rules_teardown);
}
