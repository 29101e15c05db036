/*
 * check.h -- what the checker's files share (validate.c dispatches, entry.c
 * reads an entry's facts, check_FAMILY.c hold one family of checks each):
 * the diagnostic codes (check_codes.def), the per-document state, the one
 * emitter every finding goes through, and the words messages are made of.
 */
#ifndef SC_CHECK_H
#define SC_CHECK_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "entry.h"
#include "normalize.h"
#include "refdata.h"
#include "scan.h"
#include "statcite.h"
#include "validate.h"

/* The codes, in the order of check_codes.def. */
#define X(id, name, family) id,
typedef enum sc_code {
#include "check_codes.def"
    SC_D_COUNT
} sc_code;
#undef X

/* What the document said before: bounded tables, oldest entries dropped. */
#define SC_DOC_MAX 1024
#define SC_DOC_HASH 2048 /* buckets of the index of dates[] (a power of two) */
#define SC_CODE_ACTS 16  /* Act names remembered by check_usc.c (a power of two) */

typedef struct sc_doc_bill {
    int16_t congress;
    uint8_t type;
    int32_t number;
    int16_t law_congress;
    int32_t law_number;
} sc_doc_bill;

typedef struct sc_doc_date {
    int16_t congress;
    int32_t number;
    int32_t date; /* yyyymmdd */
} sc_doc_date;

struct sc_doc_state {
    sc_options opt;
    uint8_t disabled[SC_D_COUNT];
    int current_congress; /* the Congress sitting now (or in opt.current_year) */
    int current_year;
    int32_t as_of;        /* the date the document is read as of (yyyymmdd):
                           * opt.as_of, else a date the document states, else 0 */
    int as_of_stated;     /* as_of came from the document itself             */
    int doc_read;         /* the document's first bytes were read for a date */
    sc_doc_bill bills[SC_DOC_MAX];
    int nbills, bill_next;
    sc_doc_date dates[SC_DOC_MAX];
    int ndates, date_next;
    /* dates[] by law: bucket -> first slot + 1 (0: none), slot -> next + 1 */
    int16_t date_head[SC_DOC_HASH];
    int16_t date_link[SC_DOC_MAX];
    /* the Act names check_usc.c asked about and their answers (is it a
     * code enacted as a title?), by a hash of the name: a document cites
     * a few codes many times, in turn */
    struct sc_code_act {
        char name[96]; /* "" when empty */
        int title;
    } code_act[SC_CODE_ACTS];
    /* the entries read ahead of their checks (sc_check_read_run()), allocated
     * on first use: SC_CHECK_AHEAD of them */
    struct sc_entry *ahead;
};

/** Adds a finding to @p c, unless its code is disabled or @p c already has
 *  one of that code: the message from the printf format @p fmt, and the
 *  suggested fix @p sugg (plain text, may be NULL). */
void sc_emit(sc_doc_state *d, sc_citation *c, sc_severity sev, sc_code code, const char *sugg,
             const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/** sc_emit() with the message's arguments in @p ap. */
void sc_vemit(sc_doc_state *d, sc_citation *c, sc_severity sev, sc_code code, const char *sugg,
              const char *fmt, va_list ap);

/** The first and last year in which the laws printed in Statutes at Large
 *  volume @p v were enacted (the public-law table from volume 65 on, the
 *  historic one before), found once per volume; nonzero when the volume is
 *  on record with laws enough to say (*y1 is set whenever any law of it
 *  has a date). */
int sc_stat_volume_years(int v, int *y0, int *y1);

/* Does page @p p of volume @p v lie in law @p r by the public-law table:
 * from its first page (an exact one) up to the next law's, a row out of
 * order in the volume passed over?  1 yes, 0 no, -1 not known. */
int sc_page_in_law(const sc_ref_law *r, int v, int p);

/** sc_has_finding() of a citation with findings: its search of them. */
int sc_has_finding_among(const sc_citation *c, sc_code code);
/** Does @p c have a finding of @p code?  (Inline: asked of many a page and
 *  law, most with no finding at all -- no call then.) */
static inline int sc_has_finding(const sc_citation *c, sc_code code)
{
    return c->ndiag > 0 && sc_has_finding_among(c, code);
}
/** Has a bill of entry @p e a finding of @p code already?  (A finding one
 *  of the entry's bills has made is not said again for its law's page.) */
int sc_bill_has_finding(const sc_entry *e, sc_code code);

/** The code named @p name, or SC_D_COUNT when there is none. */
sc_code sc_code_from_name(const char *name);

/** snprintf(@p out, @p cap, @p fmt, ...) without its count: formatted by
 *  the checker itself when @p fmt uses only %s, %.Ns, %.*s, %d, %ld and %%
 *  (the same bytes, cut to cap - 1), else by vsnprintf. */
void sc_fmt(char *out, size_t cap, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/** Removes @p c's finding of @p code, if any. */
void sc_unemit(sc_citation *c, sc_code code);

/** Do all the entry's facts @p facts (SC_EV_*) point to one law other than
 *  the entry's law @p li, and no fact outside @p may_oppose to a third?
 *  Then the law's number is the odd fact, and the finding that names that
 *  law with the evidence is the one to say (a wrong law number is one
 *  finding, not one per fact). */
int sc_points_elsewhere(const sc_entry *e, int li, unsigned facts, unsigned may_oppose);

/** Is the date @p ymd (yyyymmdd; yyyy0000 a year alone, yyyymm00 a month)
 *  that of @p enacted, as far as it goes? */
int sc_date_fits(int32_t ymd, int32_t enacted);

/** In the days of the laws that gave a name (sc_check_signer_also()'s
 *  @p also): a later law not on record, of any day after the law's own. */
#define SC_ALSO_ANY_LATER INT32_MAX

/** Would law-date for the entry's law @p li only repeat another finding?
 *  sc_points_elsewhere(@p facts, @p may_oppose), and the date the entry
 *  gives the law (a day, a month or a year alone) is that other law's. */
int sc_law_date_repeats(const sc_entry *e, int li, unsigned facts, unsigned may_oppose);

/** The code's name ("law-number-range"). */
const char *sc_code_name(sc_code code);

/* ---------------------------------------------------- message words */

/** "26th", as messages name Congresses. */
#define SC_ORD(n) sc_norm_ord_suffix(n)

void sc_fmt_date(int32_t ymd, char *out, size_t cap);  /* "July 26, 1990" / "1990" */
/* A date as the entry gives it: "1996" for a year alone (yyyy0000), else
 * the day (check_util.c). */
void sc_fmt_given_date(int32_t ymd, char *out, size_t cap);
/* An OLRC release point for a message: "115-269not232not254" as "115-269,
 * but for Pub. L. 115-232 and 115-254", "116-344not283u1" with ", update 1". */
void sc_fmt_release(const char *rp, char *out, size_t cap);
void sc_law_name(const sc_citation *c, char *out, size_t cap); /* "Public Law 110-180" */
void sc_bill_name(int type, int number, char *out, size_t cap); /* "H.R. 2640" */
/** " (NICS Improvement Amendments Act of 2007)", or "" without a usable
 *  short title on record of 90 bytes at most. */
void sc_law_title_paren(const sc_ref_law *l, char *out, size_t cap);
/* Is the name s[0..n) an abbreviation written alone -- one word, a capital
 * first and no small letter ("ERISA", "I.R.C.", "MAP-21")?  It takes no
 * article of its own in a message. */
int sc_name_is_abbrev(const uint8_t *s, size_t n);
/* Is law @p l's title, where Congress.gov's display title is all the
 * tables have (SC_REF_TITLE_DISPLAY), an Act's name -- "X Act", "X Act of
 * 2024", "X Act, 2025" -- and not the bill's purpose ("To designate ...",
 * "Making appropriations ...") nor an appropriations law's (a display
 * title may name its first divisions)?  Such a title is the law's short
 * title. */
int sc_display_title_named(const sc_ref_law *l);
/** The law's short title fit for a message (150 bytes at most), or NULL. */
const char *sc_law_short_title(const sc_ref_law *l);
static inline int sc_is_law(const sc_citation *c)
{
    return c->type == SC_PUBLIC_LAW || c->type == SC_PRIVATE_LAW;
}
int sc_lawmaking(int bill_type); /* bills and joint resolutions become law */
/** strtol(@p s, @p end, 10), read directly when @p s begins with a digit
 *  (a volume or page field): the same value and end.  Inline: the checks
 *  read a citation's volume and page many times over. */
static inline long sc_strtol10(const char *s, char **end)
{
    long v = 0;
    const char *p = s;
    for (; (uint8_t)(*p - '0') < 10 && p - s < 18; p++) /* (18 digits fit any long) */
        v = v * 10 + (*p - '0');
    if (p == s || (uint8_t)(*p - '0') < 10)
        return strtol(s, end, 10); /* no digit first, or longer: strtol's answer */
    if (end)
        *end = (char *)(uintptr_t)p;
    return v;
}
/** A Statutes at Large citation's volume and first page as numbers, in
 *  @p v and @p p: 1, or 0 for a lettered volume ("68A") or a page that is
 *  not a number. */
int sc_stat_vol_page(const sc_citation *c, int *v, int *p);
/** Did law @p l come from bill citation @p b (its type and number; the
 *  Congress is the caller's to compare)? */
static inline int sc_law_from_bill_cite(const sc_ref_law *l, const sc_citation *b)
{
    return (int)l->bill_type == (int)b->bill && l->bill_number == b->number;
}
/** The reference row of law citation @p c, or NULL. */
static inline const sc_ref_law *sc_law_row(const sc_citation *c)
{
    /* (inline: the checks ask it of most laws they read, as sc_ref_public_law()) */
    return c->type == SC_PUBLIC_LAW    ? sc_ref_public_law(c->congress, c->number)
           : c->type == SC_PRIVATE_LAW ? sc_ref_private_law(c->congress, c->number)
                                       : NULL;
}

/* Are @p a and @p b written with as many digits, one changed or two
 * neighbours swapped (a slip of the pen: 327 and 372, 1936 and 1938)? */
int sc_one_slip(int a, int b);
/* sc_one_slip()'s slips, or one digit added or dropped (100-9 for
 * 100-109): could @p a be written for @p b by a slip of the pen? */
int sc_pen_slip(int a, int b);
/* ... two neighbours swapped only (327 and 372)? */
int sc_swapped_digits(int a, int b);

/* ------------------------------------------------- check families */

void sc_check_laws(sc_doc_state *d, sc_entry *e);  /* check_laws.c  */
void sc_check_bills(sc_doc_state *d, sc_entry *e); /* check_bills.c */
void sc_check_dates(sc_doc_state *d, sc_entry *e); /* check_dates.c */
void sc_check_president_of(sc_doc_state *d, sc_entry *e); /* check_president.c */
/* A President's signature on the entry's law or bill: its first test
 * inline -- an entry whose words are read and name no President and no
 * record (most) has nothing to check, and returns without a call. */
/* An entry of pages alone whose bounds are still its pages' (pending), with a page of
 * volumes 1-64 and "President" within 300 bytes of it: its bounds read now,
 * so that the old Act's signer is checked (check_president.c). */
void sc_old_page_bounds(sc_entry *e);
/* Where the Congress ends that is the subject of a verb of enactment
 * right before an Act's section at b[cs] ("The 93rd Congress enacted sec.
 * 101 of the X Act", "... Congress passed section 2 of the Y Act"): the
 * end of its word "Congress" or "Cong."; 0 when no such subject. */
size_t sc_congress_enacted_before(const uint8_t *b, size_t lo, size_t cs); /* check_act_facts.c */
/* The first place in b[0..n) where the wn bytes of w stand, or NULL
 * (check_util.c). */
const uint8_t *sc_find_text(const uint8_t *b, size_t n, const char *w, size_t wn);
static inline void sc_check_president(sc_doc_state *d, sc_entry *e)
{
    if (e->eo <= e->so || (e->words_read && !e->has_president && !e->record &&
                           !sc_entry_has_cell(e, SC_COL_PRESIDENT) && !e->has_signed))
        return; /* (a row's cell under "Signed by" names one with no word "President";
                 * "signed" or "approved", its signer named without the title:
                 * "Clinton signed", "signed by Bush") */
    sc_check_president_of(d, e);
}
/** The first "Act" or "ACT" (a heading's name in capitals) in b[0..n),
 *  else NULL (check_util.c). */
const uint8_t *sc_find_act(const uint8_t *b, size_t n);
/** Does one of the phrases of @p list (NULL-ended) stand anywhere in
 *  b[lo..hi) ("signed", "became law")? (check_util.c) */
int sc_text_has_any(const uint8_t *b, size_t lo, size_t hi, const char *const *list);
/* Past the label's mark after name @p f, before @p lim, and the blanks
 * after it: a colon, a dash ("X Act: Act of June 28, 1934, ...", "X Act --
 * 48 Stat. 984"), or a period when the name alone heads its line ("X Act
 * (n.). Act of ..."), an abbreviation or a glossary's "(n.)" before any of
 * them; f->tie_eo when none follows (check_util.c). */
size_t sc_name_label_end(const sc_entry *e, const sc_name_fact *f, size_t lim);
/** The Bluebook's introductory signals with the blank after them, longest
 *  first ("See, e.g., ", "E.g., ", "Cf. "): what may open a citation
 *  sentence before the cited Act's name (check_util.c). */
extern const char *const sc_signals[];
/* Past a signal of sc_signals[] and a "the" after it that open the name at
 * b[so..eo) ("See the Oklahoma Welfare Act"): where the Act's own name
 * begins (check_util.c). */
size_t sc_past_signal(const uint8_t *b, size_t so, size_t eo);
/* Where the capitalized word after the first "the " at a word start in
 * b[from..to) begins ("Under the Unfunded Mandates Reform Act of 1995",
 * "In accordance with the X Act": the name the words of a sentence's
 * opening were read into); "The " too with @p any_case; @p to when there
 * is none (check_util.c). */
size_t sc_after_the(const uint8_t *b, size_t from, size_t to, int any_case);

/* The date a Code section's heading gives for its repeal or transfer
 * ("Repealed. Pub. L. 109-241, title IX, § 902(a)(8), July 11, 2006, ..."),
 * or 0 (check_usc.c). */
int32_t sc_usc_heading_date(const char *h);

/* The article a finding writes before the Act's name @p name: none before
 * "Title VII of the X Act" or a short name that opens with a person's
 * possessive ("Billy's Law", "Megan’s Law"), else "the ". */
const char *sc_name_article(const char *name);
/* The chapter written right before the citation at b[cs], after a comma
 * or a ';' ("(ch. 37; 9 Stat. 597)", "ch. 673, Pub. L. No. 79-171") or
 * with the citation in its bracket ("ch. 9 (Pub. No. 290, ...)"), not
 * before @p lo: its number, and where its word ("ch.") begins in *at when
 * @p at is not NULL; else 0 (check_util.c). */
int sc_chapter_before(const uint8_t *b, size_t lo, size_t cs, size_t *at);
/* Past a chapter written at the word start b[k] -- "ch.", "chap." or
 * "chapter", in any case, blanks, then its number ("ch. 51", "Chap. 384",
 * "chapter 9") -- before @p to, its number in *n; else k (check_util.c). */
size_t sc_chapter_at(const uint8_t *b, size_t k, size_t to, int *n);
/* The chapter in table row @p e's column of chapters ("Ch.", "Chapter"):
 * a number alone, or after "ch."; 0 when none, or no row (check_util.c). */
int sc_row_chapter(const sc_entry *e);
/** The length of the first phrase of @p list (NULL-ended) that ends right
 *  before b[i] and begins at or after b[lo] ("passed by the " before "89th
 *  Congress"), else 0. */
size_t sc_phrase_before(const uint8_t *b, size_t lo, size_t i, const char *const *list);
/** The length of the first phrase of @p list (NULL-ended) that begins at
 *  b[i] and ends by b[to] ("began as " before "S. 933"), else 0. */
size_t sc_phrase_at(const uint8_t *b, size_t i, size_t to, const char *const *list);
/* Does b[at] open a field of a line of fields -- @p lo, or after a line
 * end or a ',' (with @p semi also a ';') and blanks: "law : Pub. L. 118-23 ,
 * signed_by : Donald Trump", a JSON object's (html.h)? (check_util.c) */
int sc_field_opens(const uint8_t *b, size_t lo, size_t at, int semi);
/** Past a part of a law at b[k] before @p to -- "title II", "tit. II",
 *  "div. B", "subtitle A", "pt. 3" (its designator capitals or digits) --
 *  where it ends; else @p k. */
size_t sc_part_end(const uint8_t *b, size_t k, size_t to);
/** Past a section pin at b[k] before @p to -- "§ 2", "§§ 2", "sec. 7",
 *  "section 4(a)" (a capital S too), its number a digit first --; else @p k. */
size_t sc_section_end(const uint8_t *b, size_t k, size_t to);
/* Is one of the words of @p list (lower case, NULL-terminated) a whole word
 * of b[from..to)? (check_util.c) */
int sc_word_among(const uint8_t *b, size_t from, size_t to, const char *const *list);
/** sc_word_among(), but a word of @p list right after one of @p
 *  unless_after does not count ("known" in "popularly known"). */
int sc_word_among_unless(const uint8_t *b, size_t from, size_t to, const char *const *list,
                         const char *const *unless_after);
void sc_check_names(sc_doc_state *d, sc_entry *e); /* check_names.c */
/* act-year on citation @p c for the Act's name b[so..eo) (no article), whose
 * year is a slip for @p year, the year of Act @p act (sc_act_year_slip()):
 * "Rehabilitation Act of 1974, 29 U.S.C. § 794" (check_names.c).  With
 * @p by_section, @p c is a Code section that tells one member of a series
 * of that name from the others ("Customs Courts Act of 1982, 28 U.S.C. §
 * 2634": the Act of 1980), said so, for a numbered law only. */
void sc_check_name_year_slip(sc_doc_state *d, sc_citation *c, const uint8_t *b, size_t so,
                             size_t eo, int act, int year, int by_section);
/* The facts the entry gives the Act named b[so..eo) right before its Code
 * section, citation @p i, when it cites no law, page, bill or Act's
 * section: the day said to be its enactment and the President said to sign
 * it (law-date, hist-law-date, law-president; check_name_facts.c).  Returns
 * 1 when the entry needs asking no more (its facts read, or none it could
 * give any of its sections), 0 when a later section may still have them. */
int sc_check_name_facts(sc_doc_state *d, sc_entry *e, int i, size_t so, size_t eo);

/** Entry @p e's group of Acts named alone that
 *  sc_byname_resolve_facts_only() made citations of (an old Act before
 *  public-law numbers, "The Sherman Act became law on July 2, 1890, under
 *  President Lincoln"; a name later laws gave, "The Clean Air Act was
 *  signed by President Hoover"): their day, Congress and signer, as
 *  sc_check_name_facts() reads them after a name -- a fact of a law that
 *  gave the name is right too.  Returns 1 when the group is such a group
 *  (no other check is for it), else 0. */
int sc_check_named_alone_facts(sc_doc_state *d, sc_entry *e);
void sc_check_chapter_names(sc_doc_state *d, sc_entry *e); /* check_chapter_names.c */
/* A page @p p of volume @p v (1-64) that citation @p c gives beside the Act
 * named by the @p len bytes at @p name, no chapter cited: the page, when a
 * law begins on it, must lie in a law of that name (act-name-mismatch on
 * @p c; check_chapter_names.c).  @p part: the name is that of a part's Act
 * ("chapter XI of the Bankruptcy Act"), which a later law may have added. */
void sc_check_old_page_name(sc_doc_state *d, sc_citation *c, int v, int p, const char *name,
                            size_t len, int part);
void sc_check_page_names(sc_doc_state *d, sc_entry *e); /* check_page_names.c */
/* The @p len bytes at @p name, an Act's name given to old law @p l (its
 * chapter citation @p c, or with @p publ its Public Law of the 57th-81st
 * Congress): every law of that name on record must be another for a
 * finding, which says which (act-name-mismatch on @p c;
 * check_chapter_names.c). */
struct sc_hist_law;
/* Does an Act's name, the @p len bytes at @p name, designate old law @p l
 * by the named-Act tables (one of its laws is @p l: row_is())?
 * (check_chapter_names.c) */
int sc_name_is_old_law(const char *name, size_t len, const struct sc_hist_law *l);
void sc_check_old_law_name(sc_doc_state *d, sc_citation *c, const struct sc_hist_law *l,
                           const char *name, size_t len, int publ);
void sc_check_page_facts(sc_doc_state *d, sc_entry *e); /* check_page_facts.c */
/* The day the entry says page citation @p i's Act was enacted, joined to
 * the page as a page's facts are (sc_page_joined): "The Wagner-Peyser Act
 * (ch. 49, 48 Stat. 113) was enacted on June 6, 1933" -- when it is the
 * entry's one page and it cites no law or bill; 0 when none (or two),
 * another chapter stands between, or it is the day it took effect
 * (check_page_facts.c). */
int32_t sc_page_enacted_day(sc_entry *e, int i);
/* The year alone the entry says page citation @p i's Act was enacted in,
 * in words that say so ("approved in 1833", "enacted 1990") or that it
 * was passed then (*passed set: "was passed by the 22nd Congress in
 * 1833", the entry citing no bill), joined to the page as
 * sc_page_enacted_day()'s day is, on the same terms: the year (not
 * yyyy0000), or 0.  check_stat_year.c compares it as "(1833)". */
int sc_page_enacted_year(sc_entry *e, int i, int *passed);
/* A resolution's number beside its page of volumes 1-64 ("Pub. Res. No.
 * 38, 58th Cong., 33 Stat. 593"), an Act's in a slip head ("[Public No.
 * 475] -- 64 Stat. 48"): the page's law's number (resolution-number,
 * hist-law-page; check_old_numbers.c). */
void sc_check_old_numbers(sc_doc_state *d, sc_entry *e);
/* Is the fact at b[so..eo) the page's at b[cs..ce): in a table's row, a
 * record's field, or with only words of one enactment, names, pins and
 * dates between (check_page_facts.c)? */
int sc_page_joined(sc_entry *e, size_t so, size_t eo, size_t cs, size_t ce);
/* The one Congress entry @p e names (in b[lo..hi)) for the page at
 * b[cs..ce): a table row's cell, or the one Congress its text names,
 * joined to the page; 0 when none, or two (check_page_facts.c). */
int sc_page_congress(sc_entry *e, size_t cs, size_t ce, size_t lo, size_t hi);
/* The Congress the entry gives the Act whose section (or Code section) is
 * cited at b[cs..ce), no law cited: in the bracket right after it, right
 * after it with a comma between ("..., 96th Congress"), in a predicate
 * after it ("was passed by the 115th Congress") or as the subject of its
 * enactment before it ("The 93rd Congress enacted ..."); 0 when none
 * (check_act_facts.c). */
int sc_cited_congress(sc_entry *e, size_t cs, size_t ce);
/* Where a Congress's ordinal right after b[i] ends -- after @p open and a
 * blank: "2 Stat. 256 (14th Cong.)" ('(', blanks before it), "X Act of
 * 2000 section 3, 96th Congress" (','); 0 when none (check_page_facts.c). */
size_t sc_congress_after(const uint8_t *b, size_t i, size_t lim, uint8_t open);
/** Law @p c is said to be of the @p n-th Congress, which its number (or,
 *  for an Act named alone, the public-law table) denies: law-congress on
 *  @p c (check_laws.c). */
void sc_law_congress_finding(sc_doc_state *d, sc_citation *c, int n);
/** The number of the one law of @p c's Congress, a slip of the pen from
 *  its number (a digit dropped, swapped or changed), that was enacted on
 *  the day @p date -- the number the day points to when the law cited was
 *  enacted on another ("While Pub. L. 84-355 was signed ... on 22 May
 *  1956": 84-535) -- else 0; 0 for two such laws, or a year or month
 *  alone (check_laws.c). */
int sc_law_slip_of_day(const sc_citation *c, int32_t date);
/** Is record e, with law @p l, that law's own -- no field keyed as a data
 *  file keys another thing's ("committee:", "member:", "author =",
 *  "subject_law:"), and the law a field's value, not words inside one
 *  ("note: ... became Pub. L. 101-336")?  Then its Congress and its
 *  "president:" are the law's (check_laws.c). */
int sc_entry_law_record(const sc_entry *e, int l);
/** The sections of a named Act that entry @p e cites with no law or bill
 *  ("§ 4 of the Diplomatic Relations Act was signed into law on Aug. 20,
 *  1978"): when the tables give the Act one law, the day said to be its
 *  enactment (or a day of its own in the bracket after the section), the
 *  Congress and the signer the entry states are compared with that law's
 *  (law-date, law-congress, law-president), on the first section
 *  (check_act_facts.c). */
void sc_check_act_facts(sc_doc_state *d, sc_entry *e);
/** The Acts named alone @p v[0..nv) (SC_W_BY_NAME) of entry @p e's group,
 *  each in a string citation's item with no citation: its law's signer,
 *  date and Congress in that item (check_page_facts.c). */
void sc_check_name_items(sc_doc_state *d, sc_entry *e, sc_citation *v, int nv);
/** Citation @p c, called @p name in the message, enacted on @p enacted:
 *  the first President named as its signer in the entry's bytes [lo, hi)
 *  must have been in office that day, else law-president on @p c.
 *  (check_president.c) */
void sc_check_signer(sc_doc_state *d, sc_entry *e, sc_citation *c, const char *name,
                     int32_t enacted, size_t lo, size_t hi);
/** sc_check_signer(), the signer also right when in office on one of the
 *  @p nalso days @p also (yyyymmdd; 0 ones skipped; SC_ALSO_ANY_LATER: on
 *  any day from @p enacted on): an Act named by a later law, either of
 *  whose days its name may stand for. */
void sc_check_signer_also(sc_doc_state *d, sc_entry *e, sc_citation *c, const char *name,
                          int32_t enacted, const int32_t *also, int nalso, size_t lo, size_t hi);
/** Does entry @p e name, outside b[lo..hi) (a law's item of a string
 *  citation), an Act the tables give to laws other than @p row, or one
 *  they do not know (not in a record's or a row's fields)?  That item is
 *  the other Act's, its signer too.  (check_president.c) */
int sc_other_act_outside(sc_entry *e, size_t lo, size_t hi, const sc_ref_law *row);
void sc_check_pages(sc_doc_state *d, sc_entry *e); /* check_pages.c */
/** Is @p page inside law @p l its first page with two neighbouring digits
 *  swapped ("104 Stat. 372" for 327), a first page the tables give exact?
 *  (check_pages.c) */
int sc_page_swaps_first(const sc_ref_law *l, long page);
/** The pin right after page citation @p k of entry @p e: the next
 *  citation, a page of the same volume after ", " ("104 Stat. 327, 372",
 *  "48 Stat. 989, 990"), its index; else -1.  (check_util.c) */
int sc_entry_pin_after(const sc_entry *e, int k);
/** stat-first-page on @p st: @p page of law @p l, called @p name in the
 *  message ("Public Law 101-336"), is one slip from its first page; the
 *  fix is the first page, and the page as a pin.  (check_pages.c) */
void sc_emit_first_page(sc_doc_state *d, sc_citation *st, const sc_ref_law *l, long page,
                        const char *name);
void sc_check_pin_order(sc_doc_state *d, sc_entry *e); /* check_pages.c: after the rest */
/* check_amended.c: a law said to amend one enacted after it (law-amended-before) */
void sc_check_amended(sc_doc_state *d, sc_entry *e);
void sc_check_usc(sc_doc_state *d, sc_entry *e);   /* check_usc.c   */
void sc_check_stat_year(sc_doc_state *d, sc_entry *e); /* check_stat_year.c */
/* Page @p p of volume @p v that citation @p c gives, dated @p day
 * (yyyymmdd) as its law's: a day of a year the volume prints no law of is
 * an error (stat-year on @p c, with the law the page is in as the note). */
void sc_check_stat_day(sc_doc_state *d, sc_citation *c, int v, int p, int32_t day);
void sc_check_notes(sc_doc_state *d, sc_entry *e); /* check_notes.c */
void sc_check_law_head(sc_doc_state *d, sc_entry *e); /* check_pages.c: a slip law's head */
void sc_check_act_usc(sc_doc_state *d, sc_entry *e);   /* check_act_usc.c   */
/* A named Act's section no table classifies, longer than the Act's
 * sections (sc_entry.act_unknown): act-section-unknown (check_act_unknown.c). */
void sc_check_act_unknown(sc_doc_state *d, sc_entry *e);
/* Does only what says a Code section is a place of what comes before it
 * stand between buf[from..to): blanks, "," or "(", and the words of "(codified
 * at", ", codified as amended at", "(classified to", or ", as amended (" --
 * or, with @p sign_only, "(" alone (check_act_usc.c; check_name_usc.c). */
int sc_parallel_between(const uint8_t *b, size_t from, size_t to, int sign_only);
void sc_check_name_usc(sc_doc_state *d, sc_entry *e);  /* check_name_usc.c  */

#endif
