/*
 * entry.h -- the entry model of the checker.  An entry is one sentence,
 * list item, table row or footnote: the group of citations the scanner
 * linked (scan.h) plus the text around them up to the entry's boundaries.
 * The reader (sc_entry_read_ends() and its next steps) gathers every fact
 * the entry states, whatever the order or spelling -- laws, bills and
 * their role, Statutes at Large pages and pins, dates and their role, Act
 * names and their years, historic markers -- and ties each fact to the
 * law it describes.  reconcile.c then asks
 * which law the facts point to; the check_*.c files compare.
 *
 * Offsets are indexes into the window (sc_window.buf).  The entry points
 * into the group and the window it was read from; it owns nothing.
 */
#ifndef SC_ENTRY_H
#define SC_ENTRY_H

#include <stddef.h>
#include <stdint.h>

#include "refdata.h"
#include "rules.h"
#include "scan.h"
#include "statcite.h"
#include "table.h"

#define SC_ENTRY_DATES 64 /* dates gathered per entry (the first ones): one  *
                          * a citation of the largest group (a source     *
                          * credit of thirty laws has thirty dates)       */
#define SC_ENTRY_NAMES 32 /* Act names gathered per entry (a Code note line *
                          * of Short Title notes names dozens)          */
#define SC_ENTRY_REACH 320u /* bytes read before the first / after the last  *
                             * citation, at most, to find the entry's ends  */

/* What a date says about a law. */
enum { SC_DATE_ROLE_NONE = 0, /* a date beside a law, no word saying what  */
       SC_DATE_ROLE_ENACTED,  /* signed, approved, enacted, became law     */
       SC_DATE_ROLE_OTHER,    /* effective, amended, until, ...            */
       SC_DATE_ROLE_BILL };   /* introduced, passed, reported: a bill's    */

/* What a bill is to the law it is tied to. */
enum { SC_BILL_ROLE_NONE = 0, SC_BILL_ROLE_BECAME, SC_BILL_ROLE_COMPANION };

typedef struct sc_date_fact {
    size_t so, eo;
    int32_t ymd;   /* yyyymmdd; yyyy0000 for a year alone ("(1990)")   */
    uint8_t role;  /* SC_DATE_ROLE_*                                   */
    int8_t law;    /* the group index of the law it dates, or -1       */
    int8_t bill;   /* the bill whose step it dates (SC_DATE_ROLE_BILL)  */
    uint8_t bare;  /* a bare year, "in 1957": a bill's step at most     */
    uint8_t bad;   /* no such day: "February 31, 2008" (date-invalid)   */
    int8_t page;   /* a year right after a page, read as no pin: the    *
                    * page's group index ("114 Stat. 1983, 1999,"), -1  */
} sc_date_fact;

typedef struct sc_name_fact {
    size_t so, eo;   /* the name, without a leading "the", with its year */
    size_t alt_so;   /* where it begins without the words before a longer *
                      * connector ("Ongoing Risk Mitigation Act" of       *
                      * "Safeguarding Tomorrow through ..."), or so       */
    size_t name_eo;  /* end of the name proper (before " of 1996")       */
    size_t tie_eo;   /* eo, or past the short form in brackets after it:  *
                      * "... Act (HIPAA)", "... Act (VAWA 2013;"          */
    int year;        /* "Act of 1996", ", 1997", "for Fiscal Year 1997"; 0 */
    uint8_t fiscal;  /* the year is a fiscal year                         */
    uint8_t tight;   /* right before its law: "... Act of 1990, Pub. L."   */
    uint8_t abbr;    /* an Act's abbreviation beside its law ("HIPAA")    */
    int8_t law;      /* the group index of the law it names, or -1       */
} sc_name_fact;

/* Which of the entry's other facts point to a law (reconcile.c). */
#define SC_EV_BILL 0x01u
#define SC_EV_PAGE 0x02u
#define SC_EV_NAME 0x04u
#define SC_EV_DATE 0x08u

typedef struct sc_evidence {
    const sc_ref_law *law; /* the law the other facts agree on, or NULL   */
    unsigned by;           /* SC_EV_* facts that point to it              */
    unsigned against;      /* SC_EV_* facts that point to another law     */
} sc_evidence;

/* What sc_entry.kind[] says of a citation. */
#define SC_EK_IN   0x01u /* wholly in the window: cs[] and ce[] are its span */
#define SC_EK_LAW  0x02u /* a public or private law                         */
#define SC_EK_STAT 0x04u /* a Statutes at Large citation                    */
#define SC_EK_BILL 0x08u /* a bill                                          */
#define SC_EK_ACT  0x10u /* a section of a named Act                        */
#define SC_EK_SHORT 0x20u /* a short form ("110 Stat. at 2033", "Id. § 5")  */

typedef struct sc_entry {
    const sc_rules *r;
    sc_matcher *m;
    const sc_window *w;
    sc_citation *c;
    int n;
    int nlaw; /* how many of them are laws (public or private) */
    size_t so, eo; /* the entry's text */
    size_t first, last; /* its citations' first start and last end          */
    int bounds_pending; /* so and eo are those of the citations alone until *
                         * a check needs the text around them              */
    int dates_read; /* sc_entry_gather_dates() ran (an entry of pages alone *
                     * reads its dates only when a check asks)               */
    uint8_t row_read; /* row was read (sc_entry_row(): sc_entry_need_row())  */
    uint8_t name_asked[SC_ENTRY_NAMES]; /* name_laws[k] holds sc_entry_name_laws()'s *
                                         * answer for name k                     */
    int8_t lead_dates; /* the list's lead-in names what its dates are, not the *
                        * laws' enactment ("the following days for assembling *
                        * have been established:"): 1; 0 not read; -1 no      */
    uint64_t link_bill_in; /* bit l: law l is a Markdown link to its bill's page *
                            * on congress.gov (link_bill[l])                     */
    /* bit i: citation i, a named Act's section, is the law's own section
     * right after it and its pins, named by its Act: "Pub. L. 83-212,
     * § 20, Outer Continental Shelf Lands Act," (sc_entry_read_ends): the ties
     * read it as the law's pin */
    uint64_t own_sect;
    /* bit l: law l's bill is tied to it across a section pin ("Pub. L.
     * 118-23, § 2 (enacting H.R. 3865)"), sect_bill[l]: a section may
     * enact another bill by reference, so only a bill that became
     * another law says the tie is wrong (check_bills.c) */
    uint64_t sect_bill_in;
    int8_t sect_bill[SC_GROUP_MAX];
    /* bit i: citation i is a named Act's section no table classifies, its
     * number longer than the Act's sections (SC_W_UNCLASSIFIED): of no kind,
     * read by no family but sc_check_act_unknown() */
    uint64_t act_unknown;

    int8_t law_of[SC_GROUP_MAX];  /* a Stat. page's or bill's law, or -1     */
    int8_t bill_of[SC_GROUP_MAX]; /* a law's bill (the nearest tied), or -1  */
    int8_t stat_of[SC_GROUP_MAX]; /* a law's own Stat. citation, or -1       */
    uint8_t stat_heads[SC_GROUP_MAX]; /* Stat. citations (not pins) tied to a law */
    uint8_t stat_pinned[SC_GROUP_MAX]; /* a law's Stat. citation is the page of *
                                        * one of its provisions (a section pin *
                                        * or a date between them)              */
    int8_t date_of[SC_GROUP_MAX]; /* a law's date fact, or -1                */
    int8_t passed_of[SC_GROUP_MAX]; /* the date of a law's passage, no bill  *
                                     * cited ("In 1965, Congress passed the  *
                                     * X Act (Pub. L. ...)"), or -1          */
    int8_t name_of[SC_GROUP_MAX]; /* a law's name fact, or -1                */
    uint8_t brole[SC_GROUP_MAX];  /* a bill's SC_BILL_ROLE_*                 */
    uint8_t historic[SC_GROUP_MAX]; /* cited as history: "(repealed)",       *
                                     * "formerly classified to", ... (read   *
                                     * on demand: sc_entry_historic)         */
    int historic_read;
    sc_evidence ev[SC_GROUP_MAX]; /* per law (reconcile.c)                   */
    struct { /* the bill a law's link opens: "[P.L. 119-75](https://www.congress.gov/ *
              * bill/119th-congress/house-bill/7148)" (set where link_bill_in says) */
        int congress, type, number;
    } link_bill[SC_GROUP_MAX];

    sc_date_fact date[SC_ENTRY_DATES];
    int ndate;
    int nbad; /* of them, days that do not exist (bad): none, no check_bad_dates() */
    sc_name_fact name[SC_ENTRY_NAMES];
    int nname;
    int name_nlaws[SC_ENTRY_NAMES];
    const sc_ref_law *name_laws[SC_ENTRY_NAMES][4];
    uint8_t name_titled[SC_ENTRY_NAMES]; /* bit i: name_laws[k][i] bears the *
                                          * name as its own title            */

    /* each citation's span in the window and its kind (SC_EK_*), read once:
     * the entry's loops over its group look here, not at the citations */
    size_t cs[SC_GROUP_MAX], ce[SC_GROUP_MAX];
    uint8_t kind[SC_GROUP_MAX];
    uint64_t stat_in, bill_in, law_in; /* bit i: citation i is a Stat. / a bill / a law *
                                        * in the window                             */
    /* each Statutes at Large citation's volume and page as numbers, read
     * once (the checks ask them of each page many times over): the values
     * sc_strtol10() gives, and the byte after each one's digits ('\0' when
     * the field is a number whole: "68A" has 'A', "2681-480" '-') */
    long stat_vol[SC_GROUP_MAX], stat_page[SC_GROUP_MAX];
    char stat_vol_end[SC_GROUP_MAX], stat_page_end[SC_GROUP_MAX];
    /* sc_ref_law_at_page() of each one's stat_vol and stat_page, asked
     * once (sc_entry_law_at_page): the entry's reconciliation and the
     * check of its page ask it in turn.  Bit i of stat_law_read: stat_law[i]
     * is read.  The tables' own answers. */
    const sc_ref_law *stat_law[SC_GROUP_MAX];
    uint64_t stat_law_read;
    int record; /* the entry is a record of one law, a fact a line (context_records.c, *
                 * sc_ctx_record): its law is what its lines describe          */
    /* the entry is a row of a table under a header (table.c), 1, or of a
     * table with none, 2: the row is its line, and its cells of each role
     * are cell_so[role]..cell_eo[role] (empty: no such column).  A row of
     * one law is a record too. */
    int row;
    size_t cell_so[SC_COL_ROLES], cell_eo[SC_COL_ROLES];
    /* its cells under the columns of other days than the law's (SC_COL_STEP:
     * "Introduced", "Passed House", "Effective"), nstep of them */
    size_t step_so[4], step_eo[4];
    uint8_t nstep;
    /* and under the columns of other laws than the row's (SC_COL_RELATED:
     * "Amends", "Amended by"), nrel of them */
    size_t rel_so[2], rel_eo[2];
    uint8_t nrel;
    int in_order; /* the spans in the window begin in group order (cs[] does *
                   * not decrease): a loop over them may stop at a later one */
    uint8_t chapters; /* no law or bill, but an old law's chapter dated after it *
                       * ("ch. 120, 61 Stat. 136 (June 23, 1947)"): its dates   *
                       * and names are read (sc_entry_read_ends)                */
    unsigned types; /* bit t: the group has a citation of sc_type t          */
    /* words the checks look for, noted by the names' scan (entry_names.c)
     * when it read the whole entry (words_read): "President " ("Pres. "),
     * "Cong", a word of signing ("signed", "signs", "approved") */
    uint8_t words_read, has_president, has_cong, has_signed;
    /* the ';' outside brackets that part the entry's items (a string
     * citation's), read once when a check asks (sc_entry_item_alone):
     * nsemi of them at semi[] (offsets from so) */
    uint8_t items_read, nsemi;
    uint32_t semi[SC_GROUP_MAX];
} sc_entry;

/* Is the entry a table's row with a cell under a column of role @p col
 * (SC_COL_*: "President", "Bill", ...)? */
static inline int sc_entry_has_cell(const sc_entry *e, int col)
{
    return e->row && e->cell_eo[col] > e->cell_so[col];
}

/* Does b[so..eo) lie inside the row's cell of role @p col? */
static inline int sc_entry_in_cell(const sc_entry *e, size_t so, size_t eo, int col)
{
    return sc_entry_has_cell(e, col) && so >= e->cell_so[col] && eo <= e->cell_eo[col];
}

/* The reader of an entry, in three steps -- its ends, its facts, their
 * ties (see above) -- apart so that a run of entries can be read a step at
 * a time (validate.c: each step's code stays in cache for the run, as one
 * entry's whole reading would not).  An entry is read whole by
 * sc_entry_read_ends() and, when it returns 1, sc_entry_read_facts() and
 * sc_entry_read_ties(). */

/** The first step, of the @p n citations of @p group: their kinds and
 *  spans and the entry's ends (all an entry of pages or U.S. Code sections
 *  alone reads now; the rest on demand).  1 when the entry has facts to read on: the next steps. */
int sc_entry_read_ends(sc_entry *e, const sc_rules *r, sc_matcher *m, const sc_window *w,
                       sc_citation *group, int n);

/** The second step: the entry's dates and Act names. */
void sc_entry_read_facts(sc_entry *e);

/** The third step: each fact tied to the law it describes. */
void sc_entry_read_ties(sc_entry *e);

/** Does the entry cite its @p i-th citation (a U.S. Code one) as history
 *  ("(repealed)", "prior to its repeal", "formerly classified to")?  The
 *  markers are looked for on the first call. */
int sc_entry_historic(sc_entry *e, int i);

/** Byte offsets of citation @p c in the window, or 0 when it is not wholly
 *  in it.  (Inline: the entry's readers ask it in their inner loops.) */
static inline int sc_entry_span(const sc_window *w, const sc_citation *c, size_t *s, size_t *e)
{
    if (c->start < w->base || c->end > w->base + w->len)
        return 0;
    *s = (size_t)(c->start - w->base);
    *e = (size_t)(c->end - w->base);
    return 1;
}

/** sc_stat_vol_page() of the entry's @p i-th citation (a Statutes at
 *  Large one), from the numbers sc_entry_read_ends() kept: its volume and first
 *  page in @p v and @p p, 1; or 0 for a lettered volume or a page that is
 *  not a number. */
static inline int sc_entry_vol_page(const sc_entry *e, int i, int *v, int *p)
{
    long vol = e->stat_vol[i], page = e->stat_page[i];
    if (e->stat_vol_end[i] || vol <= 0)
        return 0; /* "68A": a lettered volume */
    if (page <= 0 || (e->stat_page_end[i] && e->stat_page_end[i] != '-'))
        return 0;
    *v = (int)vol;
    *p = (int)page;
    return 1;
}

/** sc_ref_law_at_page() of the entry's @p i-th citation's volume and page
 *  as sc_entry_read_ends() kept them (stat_vol, stat_page), asked of the tables
 *  once per entry. */
static inline const sc_ref_law *sc_entry_law_at_page(sc_entry *e, int i)
{
    if (!(e->stat_law_read >> i & 1)) {
        e->stat_law[i] = sc_ref_law_at_page((int)e->stat_vol[i], (int)e->stat_page[i]);
        e->stat_law_read |= 1ull << i;
    }
    return e->stat_law[i];
}

/** Is the word buf[s..e) (ASCII letters, any case) in the NULL-terminated
 *  lower-case @p list? */
int sc_word_in(const uint8_t *buf, size_t s, size_t e, const char *const *list);

/** The words of a name after "President" at buf[i] (not past @p lim):
 *  capitalized words and initials, "George H.W. Bush", "Joseph R. Biden,
 *  Jr.", at most SC_NAME_WORDS; a comma ends them unless a suffix ("Jr.",
 *  "Sr.", "III") follows it.  Returns where they end; sets so[k], eo[k]
 *  to each word's letters (without a trailing period) and *n to their
 *  number (either may be NULL). */
#define SC_NAME_WORDS 5
size_t sc_president_words(const uint8_t *buf, size_t i, size_t lim, size_t *so, size_t *eo,
                          int *n);

/** A President named without his title where the words around say he
 *  signed the entry's law: the capitalized words at buf[at] of entry @p e
 *  are a President's last name, after given names that fit him if any
 *  ("Bush", "Bill Clinton"; not "Tim Johnson", "Jeb Bush"), with no
 *  capitalized word or other office right before them ("Senator Johnson",
 *  "former senator Kennedy", "Johnson & Johnson"), and
 *  - right after "signed by ", "approved by " or "signed into law by ",
 *    what was signed the law itself (a citation or an Act's name of the
 *    entry, its bracket, "it", "the law"; no preposition's object: not
 *    "The settlement under Pub. L. 101-336 was approved by Lincoln") and
 *    the clause going on as a signer's would ("... by Bush on ...", not
 *    "by Lincoln residents", "by Reagan's successor"); or
 *  - the subject of " signed", " approved" or " signs" (at a sentence's
 *    start, after its day or after "which", "when", "and" ...), the object
 *    the law ("Clinton signed H.R. 1", "... it", "... the X Act", "Pub. L.
 *    X, which Bush signed on July 26, 1990"), not "Taft signed Ohio's
 *    plan", "Washington signed a trade pact".
 *  Only the entry's bytes are read.  Returns where the name ends, its last
 *  name's bytes in *so, *eo; 0 when no such name begins at @p at. */
size_t sc_president_bare(const sc_entry *e, size_t at, size_t *so, size_t *eo);

/** Reads a date written at buf[i] in any common spelling ("July 26, 1990",
 *  "Jul. 26, 1990", "26 July 1990", "July 26th, 1990", "the 26th of July,
 *  1990", "1990-07-26", "07/26/1990"), looking
 *  no further than @p lim: returns yyyymmdd and sets *end, or returns 0. */
int32_t sc_date_at(const uint8_t *buf, size_t i, size_t lim, size_t *end);

/** Does the day @p ymd (yyyymmdd) exist?  1 for "February 29, 2008", 0
 *  for "February 29, 2009" or "April 31, 1990"; a year or a month alone
 *  (yyyy0000, yyyymm00) exists. */
int sc_date_real(int32_t ymd);

/** The days of month @p m (1-12) of year @p y (29 for a leap February), or
 *  0 for no month. */
int sc_month_days(int y, int m);

/** Finds, for the evidence check, which other facts of the entry point to
 *  a law (reconcile.c): fills e->ev[] for every law of the entry. */
void sc_entry_reconcile(sc_entry *e);

struct sc_act_law;

/** The section of a named Act the entry gives law @p l as its own -- right
 *  before it as its citation ("Section 504 of the Rehabilitation Act of
 *  1973, Pub. L. No. 93-112"), right after it, only its pins between
 *  ("Pub. L. 83-212, § 20, Outer Continental Shelf Lands Act"), or a table
 *  row's with the row's one law -- when the law (of the 85th Congress on)
 *  has no name of its own in the entry and the tables give the Act one law
 *  other than @p l's, that law written into @p one: the Act section's
 *  index, else -1 (reconcile.c; the name is one of the law's facts, and
 *  check_names.c compares it). */
int sc_entry_section_name_of(sc_entry *e, int l, struct sc_act_law *one);

/** "its bill (S. 933), its page (104 Stat. 327) and its name all point
 *  to" -- the facts e->ev[l] rests on, for a message; "" when none. */
void sc_evidence_text(const sc_entry *e, int l, char *out, size_t cap);

/** "write Pub. L. No. 101-336 (its title): its bill (S. 933) and its page
 *  (104 Stat. 327) all point to it" -- the fix e->ev[l] gives (its law
 *  must be set), the title left out when the whole would not fit a
 *  finding's suggestion. */
void sc_evidence_fix(const sc_entry *e, int l, char *out, size_t cap);

/** The day-exact date the entry ties to its citation @p li (yyyymmdd), or
 *  0 when none, only a year ("(1990)", yyyy0000) or a month ("(July
 *  1990)", yyyymm00), or a day that does not exist ("February 31"). */
static inline int32_t sc_entry_law_day(const sc_entry *e, int li)
{
    int dk = e->date_of[li];
    return dk >= 0 && e->date[dk].ymd % 100 && !e->date[dk].bad ? e->date[dk].ymd : 0;
}

/** Where the date of a law's approval begins when it follows a Stat.
 *  citation that ends at w->buf[t] -- ", approved June 26, 1948", " (June
 *  26, 1948)", after the law's name in brackets ("62 Stat. 683 (Crimes and
 *  Criminal Procedure), approved ...") -- else 0.  A chapter's citation
 *  that has a date of its own and such a date after it states two dates of
 *  one law, each checked (check_historic.c). */
size_t sc_entry_approved_at(const sc_window *w, size_t t);

/** The day the entry gives its @p i-th citation, a Statutes at Large page
 *  written without a date of its own ("ch. 120, 61 Stat. 136 (June 23,
 *  1947)", "48 Stat. 74 (codified at ...) (enacted May 27, 1933)"): the
 *  first date after it, with nothing but pins, a Code parenthetical and
 *  words of enactment between, that dates nothing else; or 0. */
int32_t sc_entry_stat_day(const sc_entry *e, int i);

/** Of the @p k laws @p rows (a name's), the index of the only one enacted
 *  on @p date, or -1 (check_names.c). */
int sc_name_row_on(const sc_ref_law *const *rows, int k, int32_t date);

/** The laws an Act name designates (check_names.c): fills @p out with up
 *  to @p max (at most 8) rows, strongest source first, and returns how
 *  many it wrote (0: the name is unknown, or shared by so many laws that it
 *  says nothing); sets bit i of *titled when row i bears the name as its
 *  own title (sc_act_law.titled); sets *found_so (when not NULL), on a
 *  hit, to where the name looked up begins: past leading words that
 *  cannot begin a name ("See the ..."). */
int sc_name_laws(const sc_entry *e, const sc_name_fact *nf, const sc_ref_law **out,
                 uint8_t *titled, int max, size_t *found_so);

/** sc_name_laws() for the entry's @p k-th name, up to 4 rows, looked up
 *  once per entry (reconcile.c and check_names.c both ask): sets *rows to
 *  them and returns how many (e->name_titled[k] tells which are titles).
 *  A name read over a long connector that is unknown whole is looked up
 *  from alt_so; on a hit the name begins where it was found from then on. */
int sc_entry_name_laws(sc_entry *e, int k, const sc_ref_law *const **rows);

/** Is bill @p bi a lawmaking bill (no companion) alone in its item of a
 *  string citation, no law or other bill there?  Then 1, with the item in
 *  b[*lo..*hi). (entry_bills.c) */
int sc_entry_bill_item(sc_entry *e, int bi, size_t *lo, size_t *hi);

/** Does a Statutes at Large citation of the entry lie in b[lo..hi)?
 *  (entry_bills.c) */
int sc_entry_page_in(const sc_entry *e, size_t lo, size_t hi);

/** A bill alone in an item b[lo..hi) of a string citation (no law of the
 *  item's own): the law the bill became, by the bill's own Congress, or
 *  else by the Congress of the one law the item's Act names name; NULL when
 *  that is unknown or no law came from the bill.  *named (if not NULL) gets
 *  the one law the item's names name (NULL: none, or names of two laws),
 *  *name its name fact (-1: none). (entry_bills.c) */
const sc_ref_law *sc_entry_item_bill_law(sc_entry *e, int bi, size_t lo, size_t hi,
                                         const sc_ref_law **named, int *name);

/** Does the item b[lo..hi) of a string citation state Congress @p cong
 *  by its ordinal ("105th Congress", "95th Cong.")?  A bill's Congress read
 *  from its sentence is then the item's own. (entry_bills.c) */
int sc_entry_item_states_congress(const sc_entry *e, size_t lo, size_t hi, int cong);

/** An entry that cites no law, but one lawmaking bill written beside an
 *  Act's name as its number, with no word of its enactment ("the X Act of
 *  2007, H.R. 3569", "the X Act (H.R. 3569)", "H.R. 3569, the X Act"): as
 *  sc_entry_bill_named(), for a name the tables give to one law.  Reads the
 *  entry's names when they were not read. (entry_bills.c) */
int sc_entry_bill_beside_name(sc_entry *e, const sc_ref_law **named, const sc_ref_law **became,
                              int *name);

/** An entry that cites no law, but one lawmaking bill said to have been
 *  enacted (a date of its enactment, or "became law", "signed into law",
 *  "was enacted") and an Act name the tables give to one law ("the USA
 *  PATRIOT Act (H.R. 3126, 107th Cong.) was signed into law ..."): the
 *  bill's index, with the named law in *named, the name fact that names it
 *  in *name and the law the bill became in *became (NULL: none on record;
 *  the bill's Congress, or else the named law's); else -1. (entry_bills.c) */
int sc_entry_bill_named(sc_entry *e, const sc_ref_law **named, const sc_ref_law **became,
                        int *name);

/** Reads the entry's Act names now when its reading left them out (an
 *  entry of Statutes at Large pins alone: "Colorado River Basin Salinity
 *  Control Act, supra note 12, 88 Stat. at 268"). */
void sc_entry_need_names(sc_entry *e);

/** The Act name of the entry that ends at @p ne (its year included, or
 *  its short form in brackets after it: "... Act (ADA)"), into @p out:
 *  from the names read, or, when the entry's names are not read, by
 *  reading that one name alone (the entry's names stay unread).  1 when
 *  there is one, else 0. */
int sc_entry_name_ending(sc_entry *e, size_t ne, sc_name_fact *out);

/** Finds the entry's bounds now when its reading left them pending (an
 *  entry of U.S. Code or Statutes at Large citations alone). */
void sc_entry_need_bounds(sc_entry *e);

/** Reads the entry's dates (and whether it is a table's row) now when its
 *  reading left them out (an entry of Statutes at Large pages alone), its
 *  bounds first. */
void sc_entry_need_dates(sc_entry *e);

/** Reads now whether the entry is a table's row (sc_entry_row()), when its
 *  reading left it out, its bounds first; once an entry. */
void sc_entry_need_row(sc_entry *e);

/** Is the entry about its one law: does it cite one law, and is every Act
 *  it names (one or more, all known to the tables) that law? */
int sc_entry_about_one_law(sc_entry *e);

/** The entry's one lawmaking bill when it cites no law and says the bill
 *  was enacted (a date of its enactment, or "became law", "signed into
 *  law", "was enacted"): its index, else -1. (entry_bills.c) */
int sc_entry_bill_enacted(sc_entry *e);

/** The document's own date stated in its first bytes (a slip law's or
 *  enrolled bill's header, "Dated: ...", "Date: ..."), or 0. */
int32_t sc_entry_document_date(const uint8_t *buf, size_t len);

#endif
