/*
 * refdata.h -- the reference tables the checker consults: Congresses, public
 * and private laws, U.S. Code titles and sections.  The tables are generated
 * at build time from data/ by tools/gen_refdata.c into static sorted arrays
 * (build/gen/refdata_tables.c), with generated indexes: each Congress's and
 * Stat. volume's first row, a hash table of U.S. Code sections, range rows
 * split into their ends.  All pointers returned point into those static
 * tables and are never freed.
 */
#ifndef SC_REFDATA_H
#define SC_REFDATA_H

#include <stdint.h>

#include "statcite.h"

/* ---------------------------------------------------------- Congresses */

/** One Congress: its term and how many laws it enacted. */
typedef struct sc_ref_congress {
    int16_t congress;
    uint8_t in_progress;  /* counts are those of the data snapshot, not final */
    int32_t start, end;   /* term as yyyymmdd, both days included           */
    int32_t public_laws;  /* highest public law number, 0 when not known     */
    int32_t private_laws; /* highest private law number, -1 when not known   */
} sc_ref_congress;

/* sc_ref_congress_get(): below, with the tables (inline). */

/** How far a kind of bill was numbered in a Congress (data/bill_numbers.tsv,
 *  the 108th Congress on): no bill of @p type was numbered above @p upper
 *  (as of the data's snapshot, for a Congress still in progress). */
typedef struct sc_ref_bill_upper {
    int16_t congress;
    uint8_t type;  /* sc_bill_type */
    int32_t upper;
} sc_ref_bill_upper;

/** The highest number a bill of type @p t had in Congress @p c, or 0 when
 *  the tables do not say (before the 108th Congress; a kind none was of). */
int32_t sc_ref_bill_upper_of(int c, int t);

/** A President's run of office (data/presidents.csv): names are pool
 *  offsets (sc_ref_pool); dates yyyymmdd, both days included (on the day
 *  one ends and the next begins, both are in office). */
typedef struct sc_ref_president {
    uint32_t last, first, known_as; /* "Clinton", "William", "Bill" ("" when none) */
    uint32_t middle; /* initials where another President bore the same first and last
                      * names: "Q." (John Quincy Adams), "H. W.", "W." ("" else) */
    int32_t start, end;
} sc_ref_president;

/** Whether a President whose last name is the @p n bytes at @p last was in
 *  office on yyyymmdd date @p ymd: 1 yes, 0 no, -1 when no President bore
 *  that name (compared without regard to case). */
int sc_ref_president_served(const char *last, size_t n, int32_t ymd);

/** Whether a President whose last name is the @p n bytes at @p last was in
 *  office on yyyymmdd date @p ymd or later: 1 yes, 0 no, -1 when no
 *  President bore that name. */
int sc_ref_president_served_since(const char *last, size_t n, int32_t ymd);

/** The President in office on @p ymd (the one who took office last, on a
 *  day two share), or NULL before the first. */
const sc_ref_president *sc_ref_president_at(int32_t ymd);

/** Of the Presidents whose last name is the @p n bytes at @p last, the one
 *  the given names written before it (@p given, @p gn bytes: "George W.",
 *  "Andrew", "John Quincy") name -- when they name exactly one, and he was
 *  not in office on yyyymmdd @p ymd, while another of that last name was
 *  ("George W. Bush" on July 26, 1990).  A first name is compared with
 *  each one's first name and the name he was known by, a middle initial
 *  with the initials that tell two of one first and last name apart;
 *  names written without them ("George Bush") name no one.  NULL else. */
const sc_ref_president *sc_ref_president_other(const char *last, size_t n, const char *given,
                                               size_t gn, int32_t ymd);

/** Whether the name of @p gn bytes at @p given (given names and
 *  initials: "George W.", "Bill"; none when @p gn is 0) and the last name
 *  of @p n bytes at @p last are some President's: 1 yes, 0 no.  A first
 *  name and middle initials are compared as sc_ref_president_other()
 *  compares them. */
int sc_ref_president_named(const char *last, size_t n, const char *given, size_t gn);

/** Returns the number of the last Congress in the table. */
int sc_ref_congress_last(void);

/** Returns the Congress whose term holds yyyymmdd date @p ymd (on the day
 *  one term ends and the next begins, the later one), or 0. */
int sc_ref_congress_at(int32_t ymd);

/* ---------------------------------------------------------------- laws */

/* sc_ref_law.flags: values the source derived rather than read. */
#define SC_REF_NUMBER_INFERRED 0x01u /* number from heading, U.S.C. or sequence */
#define SC_REF_DATE_DISPUTED   0x02u /* the sources disagree about the date     */
#define SC_REF_STAT_UPPER_BOUND 0x04u /* stat_page: lowest page the Code cites  */
#define SC_REF_TITLE_DISPLAY   0x08u /* short_title is Congress.gov's display   */
#define SC_REF_STAT_APPENDIX   0x10u /* private law page in the appendix ("A3") */

/** One public or private law. */
typedef struct sc_ref_law {
    int16_t congress;
    int16_t stat_volume;   /* 0: no Statutes at Large cite on record        */
    int32_t number;
    int32_t enacted;       /* yyyymmdd, 0 when not known                    */
    int32_t bill_number;   /* 0 when not known                              */
    int32_t stat_page;     /* first page (or its upper bound, see flags)    */
    uint8_t bill_type;     /* sc_bill_type                                  */
    uint8_t flags;         /* SC_REF_*                                      */
    uint32_t short_title;  /* offset into the string pool, 0: none          */
} sc_ref_law;

/** The highest Statutes at Large volume a public law on record is printed
 *  in. */
int sc_ref_last_stat_volume(void);

/* sc_ref_public_law(): below, with the tables (inline). */
/** sc_ref_public_law()'s search of Congress @p c's rows for law @p n. */
const sc_ref_law *sc_ref_public_law_search(int c, int n);

/** The other date (yyyymmdd) a source gives public law @p l when the
 *  sources disagree about its date (SC_REF_DATE_DISPUTED), or 0. */
int32_t sc_ref_law_other_date(const sc_ref_law *l);

/** The page before public law @p l's first page on record that the U.S.
 *  Code cites it at (its source credits and notes: "Pub. L. 102-150, ...,
 *  105 Stat. 980", on record at 981 -- the record's page is not its
 *  first), or 0 when the Code cites none. */
int32_t sc_ref_law_code_page(const sc_ref_law *l);

/** Returns private law @p c-@p n, or NULL when not on record. */
const sc_ref_law *sc_ref_private_law(int c, int n);

/** Returns the public law that bill @p type @p num of Congress @p c became,
 *  or NULL when none on record did. */
const sc_ref_law *sc_ref_law_from_bill(int c, sc_bill_type type, int num);

/** Returns the public law whose first page in volume @p vol is the greatest
 *  one not after @p page (the law that page most likely belongs to), or NULL.
 *  When several laws begin on that page, the first of them. */
const sc_ref_law *sc_ref_law_at_page(int vol, int page);

/** Writes to @p out (at most @p max) the public laws whose first page is
 *  page @p page of volume @p vol, in the table's order; returns how many. */
int sc_ref_laws_on_page(int vol, int page, const sc_ref_law **out, int max);

/** Returns the first page of the next public law of volume @p vol that begins
 *  after @p page, or 0 when there is none on record. */
int sc_ref_next_law_page(int vol, int page);

/** Returns the most pages between the first pages of two public laws that
 *  follow each other in a volume (the longest law on record, as far as the
 *  next law's first page tells: 2,124 pages, 134 Stat. 1182), and that law's
 *  volume and first page in @p vol and @p page (each when not NULL). */
int sc_ref_longest_law(int *vol, int *page);

/** Returns the law's short title ("" when none on record). */
const char *sc_ref_law_title(const sc_ref_law *l);

/* -------------------------------------------------------- U.S. Code */

/** Title status. */
enum { SC_REF_TITLE_ACTIVE = 0, SC_REF_TITLE_RESERVED, SC_REF_TITLE_ELIMINATED,
       SC_REF_TITLE_OTHER };

/** One U.S. Code title or appendix. */
typedef struct sc_ref_title {
    char key[8];           /* "8", "50a" for 50 App. (as sc_citation.title)  */
    uint8_t status;        /* SC_REF_TITLE_*                                 */
    uint8_t positive_law;
    int16_t first_year;    /* a title new since 2013: the year it was first   *
                            * in the Code (52: 2014); 0 for the others        */
    int32_t sections;      /* sections at the release point                  */
    uint32_t name;         /* pool offset                                    */
} sc_ref_title;

/** Returns title @p key ("8", "50a"), or NULL when there is no such title. */
const sc_ref_title *sc_ref_usc_title(const char *key);

/** Section status, as the Code's headings say. */
enum { SC_REF_SEC_ACTIVE = 0, SC_REF_SEC_REPEALED, SC_REF_SEC_OMITTED, SC_REF_SEC_TRANSFERRED,
       SC_REF_SEC_RENUMBERED, SC_REF_SEC_RESERVED, SC_REF_SEC_VACANT,
       SC_REF_SEC_OMITTED_OR_REPEALED, SC_REF_SEC_NSTATUS };

/* sc_ref_section.flags */
#define SC_REF_SEC_RANGE   0x01u /* the row covers "293a to 293c"          */
#define SC_REF_SEC_CURRENT 0x02u /* present at the release point           */

/** One section (or range row) of the Code. */
typedef struct sc_ref_section {
    uint8_t title;         /* title number, +100 for an appendix             */
    uint8_t status;        /* SC_REF_SEC_*                                   */
    uint8_t flags;         /* SC_REF_SEC_*                                   */
    uint32_t section;      /* pool offset: "1357", "293a to 293c"            */
    uint32_t heading;      /* pool offset; kept for inactive sections only   */
    uint32_t last_release; /* pool offset; "" when current                   */
} sc_ref_section;

/** The first day the section table covers (release point 113-21, July
 *  2013): a section removed before it is not in the table. */
#define SC_REF_SECTIONS_SINCE 20130701

/**
 * Returns section @p sec of title @p key, or the range row covering it, or
 * NULL when the Code (at the release point, or since July 2013) has none.
 */
const sc_ref_section *sc_ref_usc_section(const char *key, const char *sec);

/** Like sc_ref_usc_section(), but also tries @p sec with its letters in
 *  lower and in upper case ("530c" finds "530C"). */
const sc_ref_section *sc_ref_usc_section_any_case(const char *key, const char *sec);

/** sc_ref_usc_section_any_case(), when the row found is a section in force
 *  (active, and present at the release point); else NULL.  (A row that is
 *  a range of sections may answer: the caller that needs one section
 *  tests SC_REF_SEC_RANGE.) */
const sc_ref_section *sc_ref_usc_in_force(const char *key, const char *sec);

/** Returns the section's designator, heading and last release point. */
const char *sc_ref_section_name(const sc_ref_section *s);
const char *sc_ref_section_heading(const sc_ref_section *s);
const char *sc_ref_section_last_release(const sc_ref_section *s);

/** Returns the name of a section status: "active", "repealed", ... */
const char *sc_ref_section_status_name(int status);

/** Returns the title's name ("Aliens and Nationality"). */
const char *sc_ref_title_name(const sc_ref_title *t);

/** Returns the OLRC release point the section table was taken at ("119-102"). */
const char *sc_ref_release_point(void);

/** Compares two section designators in Code order: digit runs by value,
 *  letter runs shorter first, then bytewise (a ... z, aa ... zz: "1437c" <
 *  "1437aa"), everything else bytewise ("60e-3" < "60e-14" < "61"). */
int sc_ref_section_cmp(const char *a, const char *b);

/* ------------------------------------------------- generated tables */

/* Defined in build/gen/refdata_tables.c (tools/gen_refdata.c). */
extern const char sc_ref_pool[];
extern const sc_ref_president sc_ref_presidents[];
extern const int sc_ref_npresidents;
extern const sc_ref_congress sc_ref_congresses[];
extern const sc_ref_bill_upper sc_ref_bill_uppers[];
extern const int sc_ref_nbill_uppers;
extern const int sc_ref_ncongresses;
extern const sc_ref_law sc_ref_publaws[];
extern const int sc_ref_npublaws;
extern const sc_ref_law sc_ref_pvtlaws[];
extern const int sc_ref_npvtlaws;
/* The other date of each public law flagged SC_REF_DATE_DISPUTED whose
 * record names it (the date the Code's source credits give, or the one
 * the Statutes at Large's record gave before the Code's corrected it). */
typedef struct sc_ref_date_alt {
    int16_t congress;
    int32_t number;
    int32_t ymd;
} sc_ref_date_alt;
extern const sc_ref_date_alt sc_ref_date_alts[];
extern const int sc_ref_ndate_alts;
/* The public laws the U.S. Code cites at a page before their first page on
 * record (data/stat_code_pages.tsv): that page, in the record's volume. */
typedef struct sc_ref_code_page {
    int16_t congress;
    int32_t number;
    int32_t page;
} sc_ref_code_page;
extern const sc_ref_code_page sc_ref_code_pages[];
extern const int sc_ref_ncode_pages;
/* The laws of Congress c are [sc_ref_publaw_first[c], sc_ref_publaw_first[c + 1])
 * (likewise private laws), for every c below SC_REF_LAW_CONGRESSES. */
#define SC_REF_LAW_CONGRESSES 255
extern const uint32_t sc_ref_publaw_first[SC_REF_LAW_CONGRESSES + 1];
extern const uint32_t sc_ref_pvtlaw_first[SC_REF_LAW_CONGRESSES + 1];

/** Returns Congress @p c, or NULL when the table has none (c < 1 or past
 *  the last one on record).  (Inline, as sc_ref_public_law(): the checks
 *  ask them of most laws they read.) */
static inline const sc_ref_congress *sc_ref_congress_get(int c)
{
    return c < 1 || c > sc_ref_ncongresses ? NULL : &sc_ref_congresses[c - 1];
}

/** Returns public law @p c-@p n, or NULL when not on record.  Most laws
 *  stand at their number's place among their Congress's rows: found there
 *  without a call; the others by sc_ref_public_law_search(). */
static inline const sc_ref_law *sc_ref_public_law(int c, int n)
{
    if (c >= 0 && c < SC_REF_LAW_CONGRESSES) {
        int lo = (int)sc_ref_publaw_first[c], hi = (int)sc_ref_publaw_first[c + 1];
        if (n >= 1 && n <= hi - lo && sc_ref_publaws[lo + n - 1].number == n)
            return &sc_ref_publaws[lo + n - 1];
    }
    return sc_ref_public_law_search(c, n);
}
extern const uint32_t sc_ref_bill_index[];  /* public laws by (congress, bill) */
extern const int sc_ref_nbill_index;
extern const uint32_t sc_ref_page_index[];  /* public laws by (volume, page)   */
extern const int sc_ref_npage_index;
/* Volume v's entries in the page index begin at sc_ref_page_first[v] (and
 * end where volume v + 1's begin), for every v below SC_REF_STAT_VOLUMES. */
#define SC_REF_STAT_VOLUMES 400
extern const uint32_t sc_ref_page_first[SC_REF_STAT_VOLUMES + 1];
extern const int32_t sc_ref_page_key[]; /* each page-index entry's page       */
/* Volume v's first private law by page (an index into sc_ref_pvtlaws), or
 * -1: the private laws are printed after the public laws of their volume
 * (the lowest above the first page of its last public law: a row below is
 * out of order) -- where that last public law ends. */
extern const int32_t sc_ref_pvt_first_by_page[SC_REF_STAT_VOLUMES];
extern const sc_ref_title sc_ref_titles[];
extern const int sc_ref_ntitles;
extern const uint8_t sc_ref_title_by_code[200]; /* title code -> index + 1, 0: none */
extern const sc_ref_section sc_ref_sections[]; /* by (title, section bytes)    */
extern const int sc_ref_nsections;
/* sc_ref_section_key[i] is row i's section name as a key: its first 8
 * bytes big-endian, zero-padded (sc_ref_section_key_of).  The table finds
 * a row by title and name: open addressing from sc_ref_section_hash(),
 * each slot the row (low SC_REF_HASH_ROW_BITS bits) and title (above),
 * plus one; 0 is empty.  Of rows with one title and name, the first. */
#define SC_REF_SECTION_HASH (1 << 17) /* slots: a power of two, > 2 x rows */
#define SC_REF_HASH_ROW_BITS 20
extern const uint64_t sc_ref_section_key[];
/* Per title code, the most digits a section name of that title begins with. */
extern const uint16_t sc_ref_section_digits[256];
extern const uint32_t sc_ref_section_hash_table[SC_REF_SECTION_HASH];

/* The key of section name @p s (see sc_ref_section_key).  Two names with
 * equal keys are equal unless the key's last byte is not zero: then both
 * are 8 bytes long or longer, and their rests decide. */
static inline uint64_t sc_ref_section_key_of(const char *s)
{
    uint64_t k = 0;
    const unsigned char *p = (const unsigned char *)s;
    for (int j = 0; j < 8; j++) {
        k = k << 8 | *p;
        p += *p != 0;
    }
    return k;
}

/* The hash of title code @p title and section name @p s (FNV-1a). */
static inline uint32_t sc_ref_section_hash(int title, const char *s)
{
    uint32_t h = 2166136261u;
    h = (h ^ (uint32_t)(title & 0xff)) * 16777619u;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        h = (h ^ *p) * 16777619u;
    return h ^ h >> 16;
}
extern const uint32_t sc_ref_range_index[]; /* range rows, by title            */
extern const int sc_ref_nrange_index;
/* Range row sc_ref_range_index[k]'s ends, split: sc_ref_ranges[k]. */
typedef struct sc_ref_range {
    uint32_t lo, hi;       /* pool offsets: "293a", "293c"                     */
    int32_t lo_num, hi_num; /* the numbers they begin with; -1: no digit (or    *
                             * too many); -2: a row with no ends, covering none */
} sc_ref_range;
extern const sc_ref_range sc_ref_ranges[];
extern const char sc_ref_release[];

#endif
