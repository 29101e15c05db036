/*
 * ref_acts.h -- named Acts: their names and abbreviations, the U.S. Code
 * sections their sections are classified to, the public laws they are, and
 * where transferred Code sections went.
 *
 * The tables are generated at build time from data/acts.tsv,
 * data/act_names.tsv, data/act_sections.tsv, data/act_abbreviations.tsv,
 * data/usc_transfers.tsv and data/usc_former.tsv by tools/gen_acts.c into static sorted arrays
 * (build/gen/act_tables.c); every lookup is a binary search, allocates
 * nothing and reads no file.  Every string returned points into those static
 * tables and is never freed.  All functions are safe to call from several
 * threads at once.
 *
 * An "Act" here is a designation: a law, or one part of it that has its own
 * name ("title VII of the Civil Rights Act of 1964", "the Fair Housing Act" =
 * title VIII of Pub. L. 90-284), or a title of the Code that is itself a
 * Code (title 26, the Internal Revenue Code; title 11, the Bankruptcy Code).
 * An Act id is >= 0; -1 means none.
 */
#ifndef SC_REF_ACTS_H
#define SC_REF_ACTS_H

#include <stddef.h>
#include <stdint.h>

/**
 * Returns the Act named by the @p len bytes at @p name, as written in text:
 * a name ("Immigration and Nationality Act"), or an abbreviation of the
 * editorial list ("INA", "I.R.C.", "Title VII").  Case-, "the"-, blank-,
 * quote- and punctuation-insensitive; "X Act of 1996" is also found as "X
 * Act" when no other Act has that name with another year; "X Act, 1997"
 * and "X Act for Fiscal Year 1997" are one name; "title VII of the X Act"
 * is that part of the Act when the tables name the part, else the Act;
 * "Act of June 27, 1952, ch. 477" and "act June 27, 1952, ch. 477" (as the
 * Code cites Acts by date and chapter) are the Act of that chapter.  When
 * the name designates several Acts, the one the Code's notes name so most
 * strongly (Short Title note, then the public-law table, then "referred to"
 * notes, then how often); a law and a part of it named equally strongly
 * give the law; -1 when two laws are equally strong, or when none has the
 * name.
 */
int sc_act_lookup(const char *name, size_t len);

/** The slot, 0-255, of the name @p name[0..len) (0 < len) in a memo of
 *  answers by a name as written: a hash of its length and its first and
 *  last 8 bytes (ref_acts.c's lookups and byname.c's keep theirs so). */
unsigned sc_act_memo_slot(const char *name, size_t len);

/**
 * Finds the longest Act name or abbreviation at the start of the @p len bytes
 * at @p text that ends at a word's end ("Social Security Act" in "Social
 * Security Act, as amended"; "I.R.C." in "I.R.C. § 501"; "Clean Air Act" in
 * "Clean Air Act. The"), trying at most 24 words and SC_ACT_NORM_MAX bytes;
 * a name may wrap a line, but spans no blank line, ';' or '('.  Returns the
 * Act (as sc_act_lookup) and sets @p name_len to the bytes matched, or
 * returns -1 (leaving @p name_len alone).
 */
int sc_act_match(const char *text, size_t len, size_t *name_len);

/**
 * A name "X of YYYY" the tables do not know, whose "X" they know with
 * another year a few years off, as one Act only ("Rehabilitation Act of
 * 1974": the Rehabilitation Act of 1973, and no other "Rehabilitation Act
 * of" within 25 years of 1974): returns that Act and writes its year to
 * @p year.  -1 when the name is known as written, has no " of " and a
 * year at its end, when no Act within five years has it, or when two
 * Acts within 25 years do (a series, "Clean Air Act Amendments of 1966,
 * 1977, ...", whose other members the tables may lack), or when an Act
 * the tables know by two years (renamed) was enacted in the year written
 * (its first name: "Railroad Retirement Act of 1935", known as revised
 * "of 1937" and "of 1974").
 */
int sc_act_year_slip(const char *name, size_t len, int *year);

/**
 * The members of a series a name "X of YYYY" unknown as written may be
 * a slip for: the Acts the tables know by "X of" with a year within five
 * of the one written (which goes to *written), up to @p max of them, in
 * @p acts (whole Acts) and their years in @p years; returns how many (0
 * when none, or the name is known, is not of that form, or is shared).
 * sc_act_year_slip() refuses a series; a caller with other evidence --
 * the Code section the name is written before -- may pick one of them.
 */
int sc_act_year_series(const char *name, size_t len, int *written, int *acts, int *years, int max);

/** Returns the Act's principal name ("" for an id out of range). */
const char *sc_act_name(int act);

/** Returns the record of the whole Act that Act @p act is (a part of):
 *  @p act itself for a whole Act; -1 for an id out of range. */
int sc_act_whole(int act);

/** Returns 1 when the tables give Act @p act a name (sc_act_name() is then
 *  a name, not the Act's key, "publ:96-478"), else 0. */
int sc_act_named(int act);

/** Returns 26 for the Internal Revenue Code, 11 for the Bankruptcy Code
 *  (section N of them is section N of that title), else 0. */
int sc_act_is_code_title(int act);

/** The word an Act numbers its parts with: "art." for a chapter of the
 *  Code numbered in articles (the Uniform Code of Military Justice: its
 *  key is "usc:T:ch:N", data/README.md), "§" for every other Act. */
const char *sc_act_sign(int act);

/** For a chapter of the Code numbered in articles (sc_act_sign() "art.":
 *  the Uniform Code of Military Justice, whose rows are the chapter's own
 *  "Art. N." headings), where article @p article ("72b") would be in the
 *  Code: its title into @p title, its section into @p usc -- the
 *  article's number plus the one difference every row of the Act has
 *  between its Code section and its article (from the tables: 800 for
 *  the UCMJ, "72b" -> 10 U.S.C. 872b), the article's letter kept.
 *  Returns 1; -1 for an article numbered below or above every article of
 *  the Act (the title written, no section); 0 (nothing written) for any
 *  other Act, an article that is no number with at most one lower-case
 *  letter, rows with no one difference, or a buffer too small.  Whether the Code has that
 *  section is sc_ref_usc_section()'s to say. */
int sc_act_article_place(int act, const char *article, char *title, size_t tcap, char *usc,
                         size_t scap);

/** Is @p b @p a with one change: a byte replaced, added or dropped, or two
 *  side by side swapped ("72b" and "76b", "2101" and "12101")? */
int sc_act_one_edit(const char *a, const char *b);

/** Does title @p title ("26") of the Code hold an Act whose sections a
 *  citation names otherwise than the Act's "§ N" -- one that is a title
 *  of its own (sc_act_is_code_title) or numbered in articles (sc_act_sign)?
 *  Other titles' Act sections need no look-up of their Act to be named. */
int sc_act_title_special(const char *title);

/**
 * Looks up section @p section of @p act as the Act numbers it ("287",
 * "1902", "703", "2000e"; a trailing subsection such as "287(g)" is
 * ignored when the section itself is classified).  On success writes the
 * U.S. Code title ("8") and section ("1357") it is classified to,
 * NUL-terminated, and returns 1.  Returns 0, writing nothing, when the
 * section is not classified, when it is classified to several Code sections
 * that the Act's scope does not tell apart, or when a buffer is too small.
 * For a Code title (sc_act_is_code_title) the section is the Code section,
 * and 1 only when the Code has it; for the Uniform Code of Military Justice
 * it is the article ("50a" -> 10 U.S.C. 850a).
 */
/**
 * How many sections of Act @p act (the whole Act, whatever part @p act
 * names) the tables classify, and in *@p digits the most digits the number
 * of one of them begins with, in *@p high the highest such number.  0 for
 * an Act not known or a Code title (its sections are the title's).
 */
int sc_act_section_span(int act, int *digits, long *high);

/**
 * Writes to @p out (at most @p cap bytes) the sections of Act @p act the
 * tables classify that @p section becomes with one of its digits dropped
 * ("2366" -> "236", "266", "366"), each with its U.S. Code place, as
 * "§ 236 (8 U.S.C. § 1226) or § 266 (8 U.S.C. § 1306)"; "" when none.
 */
void sc_act_section_near(int act, const char *section, char *out, size_t cap);

int sc_act_classify(int act, const char *section, char *title, size_t tcap,
                    char *usc_section, size_t scap);

/**
 * Like sc_act_classify(), within part @p path of the Act ("title II",
 * "div. C, title I"; NULL or "" for none), for Acts whose section numbers
 * restart in each division or title.
 */
int sc_act_classify_path(int act, const char *path, const char *section, char *title,
                         size_t tcap, char *usc_section, size_t scap);

/** Returns the Act that public law @p congress-@p number is (the whole law),
 *  or -1 when the tables name it nowhere ("section 102 of Pub. L. 101-336"). */
int sc_act_of_law(int congress, int number);

/** Returns 1 and writes the law's Congress and number when the Act is (part
 *  of) numbered public law C-N, else 0. */
int sc_act_public_law(int act, int *congress, int *number);

/** Returns 1 and writes the Public Law number the historic tables give the
 *  whole old Act @p act (57th-81st Congress), which the Act tables key by
 *  its chapter ("ch:1935-08-14:531" is Public Law 74-271): the public
 *  chapter that begins on the Act's page and day.  0 for a numbered law
 *  (sc_act_public_law()), a part, or an Act no number is on record for. */
int sc_act_old_public_law(int act, int *congress, int *number);

/** When Act @p act is a law cited by its date and chapter ("ch:1948-06-30:758",
 *  the 1st-81st Congresses), writes its date (yyyymmdd) and chapter and
 *  returns 1; else 0. */
int sc_act_chapter(int act, int32_t *date, int *chapter);

/** One law a name designates.  number is 0 for an Act before public-law
 *  numbers (then enacted and the Statutes at Large page identify it); every
 *  field is 0 when not known.  enacted is yyyymmdd. */
typedef struct sc_act_law {
    int16_t congress;
    int32_t number;
    int32_t enacted;
    int16_t stat_volume;
    int32_t stat_page;
    uint8_t titled;  /* the name is the law's own title (a Short Title note or *
                      * public_laws.csv), not only a "referred to" note's      */
    uint8_t own;     /* the name is the law's own title as enacted: its own    *
                      * Short Title section, not one a later law added or      *
                      * amended to name it ("Clean Air Act" is not 84-159's)   */
    uint8_t part;    /* the name is a part's ("title III"), not the whole Act's */
    uint8_t principal; /* an Act keyed by its chapter (number 0): the name is  *
                        * its principal name in the tables (data/acts.tsv's    *
                        * name column), or it without the year it ends with   */
    int32_t old_publ; /* an Act of the 57th-81st Congresses keyed by its      *
                       * chapter (number 0): its Public Law number, the one   *
                       * of the chapter that begins on its page and day in    *
                       * data/historic_laws.csv; 0 when none is on record     */
    uint32_t by;      /* a name not its own: the laws that gave or changed it  *
                       * (read them with sc_act_law_named_by()); 0: none on    *
                       * record; SC_ACT_BY_UNKNOWN (byname.c's): a name the    *
                       * tables do not know as the law's own title as enacted, *
                       * with no law that gave it on record -- a later one may *
                       * have ("Bank Service Company Act", 87-856's)           */
} sc_act_law;

/** sc_act_law.by of a name that may be a later law's gift, none on record. */
#define SC_ACT_BY_UNKNOWN UINT32_MAX

/** The @p k-th law (from 0) that gave or changed the name @p l was found
 *  by, when that name is not the law's own title as enacted (act_names.tsv
 *  "named_by": the laws the credit of the Short Title note that a later law
 *  added or amended cites; "Horse Protection Act", Public Law 91-540, is so
 *  named by Public Law 94-360).  Writes its Congress, its number (0 for an
 *  Act cited by date and chapter) and the day it was enacted (yyyymmdd; 0
 *  when not on record), and returns 1; 0 when there is no k-th. */
int sc_act_law_named_by(const sc_act_law *l, int k, int *congress, int *number, int32_t *enacted);

/**
 * Writes to @p out (at most @p max) every law the name (as written in text,
 * normalized as for sc_act_lookup) designates: every law the notes or the
 * public-law table give that name, each once, however strongly; through an
 * abbreviation, its Act; "X Act" without its year, every law named "X Act
 * of <year>" when no law is named "X Act" itself.  Returns how many laws there are (possibly more
 * than @p max; only @p max are written).  The Code titles (IRC, Bankruptcy
 * Code) designate no law and give 0.
 */
int sc_act_name_laws(const char *name, size_t len, sc_act_law *out, int max);

/**
 * Writes to @p names (at most @p max) every name of public law
 * @p congress-@p number: the short titles of the law and of its parts, as
 * the Code and the public-law table write them.  Returns how many names
 * there are (possibly more than @p max).
 */
int sc_law_names(int congress, int number, const char **names, int max);

/** sc_law_names() for the Act of yyyymmdd @p date, chapter @p chapter (a
 *  law of the 1st-81st Congresses the Code's notes name by its date and
 *  chapter: "act June 28, 1934, ch. 865"). */
int sc_chapter_names(int32_t date, int chapter, const char **names, int max);

/** sc_usc_transfer() kinds. */
enum { SC_XFER_NONE = 0, SC_XFER_TRANSFERRED, SC_XFER_RECLASSIFIED, SC_XFER_RENUMBERED };

/**
 * When section @p section of title @p title ("42", "1973") was transferred,
 * editorially reclassified or renumbered to another section, writes where it
 * is now (following successive moves, at most 8), sets @p kind to the kind
 * of the first move (SC_XFER_*) and returns 1; else returns 0.  Titles are
 * written as the Code numbers them ("52"; an appendix "5a").  Where a chain
 * ends may since have been repealed or omitted: sc_ref_usc_section() says.
 */
int sc_usc_transfer(const char *title, const char *section, char *to_title, size_t tcap,
                    char *to_section, size_t scap, int *kind);

/** The section that was transferred, reclassified or renumbered to
 *  section @p section of title @p title ("52", "10301"): its title and
 *  number written to @p from_title, @p from_section ("42", "1973") and 1;
 *  0 when none was (data/usc_transfers.tsv; the first move on record). */
int sc_usc_moved_from(const char *title, const char *section, char *from_title, size_t tcap,
                      char *from_section, size_t scap);

/**
 * When section @p section of title @p title ("42", "1973"; an appendix
 * "5a"), which the Code now holds as a placeholder without a date
 * ("Transferred", "Omitted", "Renumbered"), became one: the date (yyyymmdd)
 * of the law the release point it did so in is named after (it left the
 * Code by then), and *@p before (when not NULL) 1 when it was one already
 * in the first release point (113-21: it left before that).  0 when the
 * tables do not say (data/usc_exits.tsv).
 */
int32_t sc_usc_exit_date(const char *title, const char *section, int *before);

/** The day section @p section of title @p title, in force, entered the
 *  statutes -- its source credit's first element's date, "Pub. L. 101-336,
 *  § 2, July 26, 1990" (data/usc_origin.tsv) -- as yyyymmdd; *prior (when
 *  not NULL) 1 when a Prior Provisions note says a prior section held its
 *  number; *codified (when not NULL) the day (yyyymmdd, or 0) before which
 *  an edition may have numbered the title otherwise (a positive-law
 *  title's enactment as one; the first Act that enacted a great part of
 *  it).  0 when not on record (the Revised Statutes' sections, a
 *  positive-law title's codified ones, a credit with no day). */
int32_t sc_usc_entered(const char *title, const char *section, int *prior, int32_t *codified);

/** sc_usc_former() events. */
enum { SC_FORMER_NONE = 0, SC_FORMER_REPEALED, SC_FORMER_RENUMBERED, SC_FORMER_TRANSFERRED,
       SC_FORMER_OMITTED };

/**
 * When section @p section of title @p title is a former section the Code's
 * notes tell of, but which is in no release point the section table holds
 * (since July 2013), sets @p event (SC_FORMER_*), the law that did it
 * (@p congress, @p number: 0 when the notes name none or an Act without a
 * number) and its date (@p date, yyyymmdd, 0 when not known), and returns 1;
 * else returns 0.  Any output pointer may be NULL.
 */
int sc_usc_former(const char *title, const char *section, int *event, int *congress,
                  int *number, int32_t *date);

/** Returns 1 when public law @p congress-@p number added to or amended Act
 *  @p act (an id of sc_act_of_law() or sc_act_lookup(): its whole Act is
 *  meant), as the source credits of the Code sections credited to the Act
 *  say (data/act_amendments.tsv); else 0. */
int sc_act_amended_by(int act, int congress, int number);

/** The laws that added to or amended Act @p act (as sc_act_amended_by()
 *  knows them), one a call: the next into *@p congress, *@p number and 1;
 *  0 past the last.  *@p at (0 at first) keeps the place between calls. */
int sc_act_next_amender(int act, int *at, int *congress, int *number);

/** Returns the Act (its whole-Act record) that U.S. Code title @p title
 *  ("42"), section @p usc_section ("3061") is classified to, and points
 *  @p act_section and @p path (each when not NULL) at the Act's own section
 *  ("301") and the part of the Act it is in ("title VIII", "" for none;
 *  the table's strings); -1 when no row of the tables classifies the
 *  section, or rows of two Acts do. */
int sc_act_of_usc(const char *title, const char *usc_section, const char **act_section,
                  const char **path);

/** Does part @p path of an Act ("title II, subtitle A") lie within part
 *  @p part ("title II")?  An empty @p part holds every path; NULL @p path
 *  none. */
int sc_act_path_within(const char *path, const char *part);

#define SC_ACT_NEAR_MAX 4

/** Where an Act's sections are in one title of the Code
 *  (sc_act_title_sections()).  The strings are the tables' (static). */
typedef struct sc_act_place {
    int count;          /* the Act's sections classified to the title    */
    const char *first;  /* the first and last of them in the Code's order */
    const char *last;   /*   (NULL when count is 0)                       */
    int has;            /* the section asked is one of them               */
    int nnear;          /* how many are one change from the section asked */
    const char *near[SC_ACT_NEAR_MAX]; /* the first SC_ACT_NEAR_MAX of those: *
                         * a character replaced, added or dropped, or two *
                         * side by side swapped ("2101" -> "12101")       */
} sc_act_place;

/** Fills @p out with the sections of Act @p act (for a part of an Act,
 *  "title VIII", the sections within it) classified to U.S. Code title
 *  @p title, compared with section @p usc_section (NULL: none compared),
 *  and returns their count (0 for an id out of range). */
int sc_act_title_sections(int act, const char *title, const char *usc_section, sc_act_place *out);

/** sc_act_title_sections() within part @p part of the Act as a text
 *  names it ("title II" of "Title II of the ADA"; NULL: the whole). */
int sc_act_part_sections(int act, const char *part, const char *title, const char *usc_section,
                         sc_act_place *out);

/** Returns the one title of the Code ("33") in which Act @p act (a part:
 *  within its scope) has a section numbered @p usc_section ("1251"), or
 *  NULL when it has none, or has one in several titles. */
const char *sc_act_usc_title_of(int act, const char *usc_section);

/** Returns 1 when section @p section of U.S. Code title @p title, in force,
 *  was added by numbered public law C-N (its source credit's first element,
 *  "Added Pub. L. 93-579, § 3, ...": data/usc_added.tsv), writing C, N and
 *  the law's section ("3"; the table's string) to the pointers not NULL;
 *  else 0. */
int sc_usc_added(const char *title, const char *section, int *congress, int *number,
                 const char **law_section);

/** Returns 1 when public law @p congress-@p number added, or (by the same
 *  source credit) amended, the section of sc_usc_added(); else 0 (a
 *  section no numbered law added is 0 too). */
int sc_usc_touched_by(const char *title, const char *section, int congress, int number);

/** Returns 1 when a law enacted in @p year added or amended section
 *  @p section of title @p title by its source credit (sc_usc_added(),
 *  sc_usc_touched_by()); else 0, also for a section no "Added" credit
 *  names. */
int sc_usc_touched_in(const char *title, const char *section, int year);

/** Fills @p out, as sc_act_title_sections() does, with the sections in
 *  force of title @p title that public law @p congress-@p number added
 *  (sc_usc_added()), compared with section @p usc_section (NULL: none);
 *  returns their count. */
int sc_law_added_sections(int congress, int number, const char *title, const char *usc_section,
                          sc_act_place *out);

/** Returns how many Acts (designations) the table holds; ids are 0..n-1. */
int sc_act_count(void);

/** Returns the section of Act @p act (a record id, matched as it is: the
 *  classification rows belong to whole Acts) classified to U.S. Code
 *  title @p title, section @p usc_section ("8", "1231" -> "241"), or NULL
 *  when none is.  The string is the table's (static). */
const char *sc_act_section_at(int act, const char *title, const char *usc_section);

/** Returns how many (Act, section) classification rows the table holds. */
int sc_act_section_count(void);

/** Reads classification row @p i (0 <= i < sc_act_section_count()): its Act,
 *  the Act's section and the U.S. Code title and section.  Returns 0 when
 *  @p i is out of range.  For tests and listings. */
int sc_act_section_row(int i, int *act, const char **section, const char **title,
                       const char **usc_section);

#endif
