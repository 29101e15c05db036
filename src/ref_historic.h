/*
 * ref_historic.h -- the laws of the 1st-81st Congresses (Statutes at Large
 * volumes 1-64): chapters, resolutions, dates, pages and the Public Law /
 * Public Resolution numbers of the 57th-81st Congress.  The tables are
 * generated at build time from data/historic_laws.csv by tools/gen_historic.c
 * (build/gen/historic_tables.c) as static sorted arrays; every lookup is a
 * binary search.  Every pointer returned points into those static const
 * tables and is never freed; the functions keep no state (thread-safe).
 */
#ifndef SC_REF_HISTORIC_H
#define SC_REF_HISTORIC_H

#include <stdint.h>

/** sc_hist_law.kind */
enum { SC_HIST_CHAPTER = 0,   /* public act ("ch. 646")                      */
       SC_HIST_PRIVATE,       /* private act (a chapter of the same series)  */
       SC_HIST_PUBRES,        /* public resolution ("Pub. Res. No. 12")      */
       SC_HIST_JOINTRES,      /* joint resolution without a public number    */
       SC_HIST_PRIVRES };     /* private resolution                          */

/** One law of the 1st-81st Congresses. */
typedef struct sc_hist_law {
    int32_t date;      /* approved, yyyymmdd; 0 when not known            */
    int32_t page;      /* first page; 0 when not a plain number ("A105")  */
    int32_t end;       /* last page (nabors, legisworks); 0 when not known */
    int16_t congress;
    int16_t volume;
    int16_t number;    /* chapter, or resolution number                   */
    int16_t publ;      /* Public Law number (57th-81st), 0: none on record */
    int16_t pubres;    /* Public Resolution number, 0: none on record      */
    uint8_t session;   /* 0 when not known                                */
    uint8_t kind;      /* SC_HIST_*                                       */
    uint8_t flags;     /* SC_HIST_DATE_DISPUTED, SC_HIST_ONE_SOURCE       */
} sc_hist_law;

/** sc_hist_law.flags: the sources disagree about the date, or it lies
 *  outside the Congress's term (findings resting on it are warnings). */
#define SC_HIST_DATE_DISPUTED 0x01u
/** sc_hist_law.flags: only one source has the law (its date confirmed by
 *  none): findings resting on its date are warnings too. */
#define SC_HIST_ONE_SOURCE 0x02u
/** sc_hist_law.flags: approved on March 4, the morning after the term
 *  data/congresses.csv gives its Congress, whose last session sat into it
 *  (the Statutes print it as that Congress's; the sources agree on the
 *  day): in the term for sc_hist_date_sure(), not disputed. */
#define SC_HIST_LAST_MORNING 0x04u

/** Returns the act (public or private) numbered chapter @p ch in session
 *  @p session of Congress @p c, or NULL.  Chapters restart each session. */
const sc_hist_law *sc_hist_chapter(int c, int session, int ch);

/** Room for every law of one volume numbered one chapter: the tables hold
 *  at most 27 (volume 6, chapter 13: public and private chapters of the
 *  sessions it prints); tools/gen_historic.c fails the build past it.  A
 *  lookup with less room would leave some out -- and take the rest for
 *  all of them. */
#define SC_HIST_SAME_CHAPTER_MAX 32

/** Room for every law of one day: the tables hold at most 463 (June 6,
 *  1906, a session's last day); tools/gen_historic.c fails the build past
 *  it.  (sc_hist_on_date() with less room leaves laws out.) */
#define SC_HIST_SAME_DATE_MAX 512

/** Room for every law that holds one page: the tables hold at most 27
 *  that begin on one page (12 Stat. 820, private chapters) and one or two
 *  more that reach it; tools/gen_historic.c fails the build when those
 *  that begin on one page pass half of it.  (sc_hist_at_page() and
 *  sc_hist_holding() with less room leave laws out.) */
#define SC_HIST_SAME_PAGE_MAX 64

/** Stores in @p out (at most @p max: SC_HIST_SAME_CHAPTER_MAX holds them
 *  all) the acts numbered chapter @p ch that volume @p vol prints (one per
 *  session it covers, public and private); returns how many. */
int sc_hist_chapter_in_volume(int vol, int ch, const sc_hist_law **out, int max);

/** Stores in @p out (at most @p max) the laws that begin on the greatest
 *  first page not after @p page in volume @p vol -- the laws page @p page
 *  belongs to; returns how many (0: none on record before that page). */
int sc_hist_at_page(int vol, int page, const sc_hist_law **out, int max);

/** Returns the first page of volume @p vol after @p page on which a law
 *  begins, or 0 when there is none on record. */
int sc_hist_next_page(int vol, int page);

/** Can page @p page of volume @p vol be in law @p l: from its first page to
 *  its last one when known (or the page after it, when a law begins there),
 *  else up to the next page on which a law begins (included: a law may end
 *  on the page where the next one begins); the volume's last law, its last
 *  page not on record, no further than twice the longest law on record
 *  (sc_ref_longest_law) runs? */
int sc_hist_holds(const sc_hist_law *l, int vol, int page);

/** Stores in @p out (at most @p max) the acts and resolutions that can hold
 *  page @p page of volume @p vol (sc_hist_holds): first those beginning on
 *  the greatest first page not after it (sc_hist_at_page), then earlier ones
 *  whose last page on record reaches it (a law ending on the page where
 *  another begins).  Returns how many. */
int sc_hist_holding(int vol, int page, const sc_hist_law **out, int max);

/** The one law that begins on page @p page of volume @p vol; with
 *  @p holding_too, when none begins there, the one law that holds it
 *  (sc_hist_holding).  NULL when none does, or two do. */
const sc_hist_law *sc_hist_page_law(int vol, int page, int holding_too);
/** Stores in @p first and @p last the range of Congresses whose laws volume
 *  @p vol prints (each with at least ten chapters on record); returns 0
 *  (and stores nothing) when the volume is not on record. */
int sc_hist_volume_congresses(int vol, int *first, int *last);

/** Stores in @p out (at most @p max) the public laws numbered @p n of
 *  Congress @p c (in the 57th-59th Congress numbers restarted each session,
 *  so one number can name two laws); @p session 0 means any session.
 *  Returns how many. */
int sc_hist_public_law(int c, int n, int session, const sc_hist_law **out, int max);

/** Fills @p out (up to @p max) with the public resolutions of Congress
 *  @p c that carry number @p n: their Public Resolution number from the
 *  57th Congress on, before it their number among the Congress's public
 *  resolutions; returns how many (a search of the Congress's laws). */
int sc_hist_resolution(int c, int n, const sc_hist_law **out, int max);

/** Returns the highest Public Law number on record for Congress @p c (in
 *  session @p session, 0: any), or 0 when the table has none. */
int sc_hist_max_public_law(int c, int session);

/** Stores in @p out (at most @p max) the laws approved on yyyymmdd @p ymd;
 *  returns how many. */
int sc_hist_on_date(int32_t ymd, const sc_hist_law **out, int max);

/** Returns the session the table gives to laws approved on yyyymmdd @p ymd
 *  in Congress @p c (the session of the chapters nearest that date), or 0. */
int sc_hist_session_at(int c, int32_t ymd);

/** The number of laws in the table. */
int sc_hist_count(void);

/** The bill law @p l came from, when the table has it: returns its type
 *  (an sc_bill_type of statcite.h; SC_BILL_NONE, 0, when none is on
 *  record) and sets *number. */
int sc_hist_bill(const sc_hist_law *l, int *number);

/* ------------------------------------------ former U.S. Code sections */

/** sc_former_section.kind */
enum { SC_FORMER_RESTATED = 0, /* restated in a positive-law title           */
       SC_FORMER_PRIOR,        /* a prior section of that number (notes)     */
       SC_FORMER_NAMED };      /* the notes call it former ("[former] 40 U.S.C. 759") */

/** A section that left the Code before July 2013 (data/usc_former.tsv). */
typedef struct sc_former_section {
    char title[8];        /* "40", "46a" for 46 App. (as sc_citation.title) */
    uint8_t kind;         /* SC_FORMER_*                                    */
    int16_t by_congress;  /* the law that ended it, 0 when not known        */
    int16_t by_number;
    uint32_t section;     /* offset into sc_hist_pool: "471"                */
    uint32_t to;          /* offset: "40/101;10/7682" (restated), or ""     */
} sc_former_section;

/** Returns former section @p sec of title @p title ("40", "46a"), or NULL
 *  when the notes of the Code name no such former section. */
const sc_former_section *sc_hist_former_section(const char *title, const char *sec);

/** The section designator and where it went ("40/101;10/7682", "" if not
 *  known) of a former section. */
const char *sc_former_name(const sc_former_section *f);
const char *sc_former_to(const sc_former_section *f);

/* ------------------------------------------------- generated tables */

/* Defined in build/gen/historic_tables.c (tools/gen_historic.c). */
extern const sc_hist_law sc_hist_laws[];    /* by (congress, session, kind group, number) */
extern const uint32_t sc_hist_bills[];      /* each law's bill: type << 24 | number, or 0 */
extern const int sc_hist_nlaws;
extern const uint32_t sc_hist_page_index[]; /* by (volume, page, number)             */
extern const int sc_hist_npage_index;
extern const uint32_t sc_hist_publ_index[]; /* public laws by (congress, publ, session) */
extern const int sc_hist_npubl_index;
extern const uint32_t sc_hist_date_index[]; /* by (date, number)                      */
extern const int sc_hist_ndate_index;
extern const uint32_t sc_hist_chapter_index[]; /* acts with a page, by (volume, chapter, page) */
extern const int sc_hist_nchapter_index;
/* Volume v's entries in the page and chapter indexes begin at
 * sc_hist_page_first[v] and sc_hist_chapter_first[v] (and end where
 * volume v + 1's begin), for every v below SC_HIST_VOLUMES. */
#define SC_HIST_VOLUMES 201
extern const uint32_t sc_hist_page_first[SC_HIST_VOLUMES + 1];
extern const uint32_t sc_hist_chapter_first[SC_HIST_VOLUMES + 1];
/* Each page-index entry's page and each chapter-index entry's chapter, in
 * index order: the keys a search within one volume compares. */
extern const int32_t sc_hist_page_key[];
extern const int32_t sc_hist_chapter_key[];
/* Each page-index entry's last page on record (0: not known), and the
 * greatest last page of its volume's entries up to it, in index order. */
extern const int32_t sc_hist_page_end[];
extern const int32_t sc_hist_page_reach[];
/* Each date-index entry's date, in index order; and its Congress and
 * session (Congress << 8 | session) when it is an act (public or private)
 * of a known session, else 0. */
extern const int32_t sc_hist_date_key[];
extern const uint32_t sc_hist_date_session[];
/* The date index's entries of year SC_HIST_YEAR0 + y and later begin at
 * sc_hist_date_year_first[y], for y up to SC_HIST_YEARS. */
#define SC_HIST_YEAR0 1780
#define SC_HIST_YEARS 200
extern const uint32_t sc_hist_date_year_first[SC_HIST_YEARS + 1];
extern const int sc_hist_max_span;            /* greatest end - page on record */
extern const int16_t sc_hist_volume_congress[][2]; /* [volume]: first, last Congress */
extern const int sc_hist_nvolumes;
extern const sc_former_section sc_hist_former[]; /* by (title, section) bytes */
extern const int sc_hist_nformer;
extern const char sc_hist_pool[];

#endif
