/*
 * statcite.h -- the whole public API of libstatcite.
 *
 * statcite finds U.S. federal statutory citations (Public and Private Laws,
 * U.S. Code sections, bills and resolutions, Statutes at Large pages) in
 * text, normalizes them to a key and a standard written form, checks them
 * against reference tables, and formats them as CSV, BibTeX, JSON Lines,
 * text tables or compiler-style diagnostics.
 *
 * Memory ownership, once: every pointer the library hands out is owned by
 * the object it came from and stays valid until that object is freed (or,
 * for a citation returned by sc_scanner_next(), until the next call on that
 * scanner); the caller frees only what it created with an sc_*_new() or
 * sc_*_load() function, with the matching sc_*_free().
 *
 * Threads: an sc_rules is immutable after loading and may be shared by any
 * number of threads; every other object belongs to one thread at a time.
 *
 * Typical use:
 *
 *     sc_rules *r = sc_rules_load(NULL, 0, NULL, err, sizeof err);
 *     sc_scanner *s = sc_scanner_new(r, NULL);
 *     sc_scanner_reset(s, "brief.txt");
 *     sc_scanner_feed(s, buf, len);        // as many times as needed
 *     sc_scanner_finish(s);
 *     for (const sc_citation *c; (c = sc_scanner_next(s)) != NULL;)
 *         puts(c->key);
 *     sc_scanner_free(s);
 *     sc_rules_free(r);
 *
 * (Citations become available while feeding, too: drain with
 * sc_scanner_next() after every feed to keep memory bounded.)
 */
#ifndef STATCITE_H
#define STATCITE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define STATCITE_VERSION "0.1.0"

/* ---------------------------------------------------------------- types */

/** The citation types, in the order of corpus/FORMAT.md. */
typedef enum sc_type {
    SC_PUBLIC_LAW = 0,
    SC_PRIVATE_LAW,
    SC_USC,
    SC_BILL,
    SC_STAT,
    SC_ACT_SECTION, /* a section of a named Act, keyed by the U.S. Code    *
                     * section it is classified to ("INA § 287(g)")        */
    SC_NTYPES
} sc_type;

/** How a citation is written (sc_citation.form). */
typedef enum sc_form {
    SC_FORM_FULL = 0, /* everything its key needs is written                */
    SC_FORM_SHORT     /* "Id. § 5", "§ 922(d)" after a full cite, "section  *
                       * 1201 of this title": the title comes from the full  *
                       * citation it refers back to, or the document's own   *
                       * title; "110 Stat. at 2033" (a pin page)             */
} sc_form;

/** sc_citation.antecedent when a short form has none (its title is the
 *  document's own). */
#define SC_NO_ANTECEDENT UINT64_MAX

/** Bit for one type in a type mask (sc_options.types). */
#define SC_TYPE_BIT(t) (1u << (t))
/** Mask with every type set. */
#define SC_ALL_TYPES ((1u << SC_NTYPES) - 1u)

/** Returns the type's name as in FORMAT.md ("public_law", "usc", ...). */
const char *sc_type_name(sc_type t);

/** Returns the type named @p name (as sc_type_name() spells it, or the short
 *  aliases "law", "publ", "pvtl", "private", "bills"), or -1 if unknown. */
int sc_type_from_name(const char *name);

/** Bill and resolution types. */
typedef enum sc_bill_type {
    SC_BILL_NONE = 0,
    SC_BILL_HR,      /* H.R.         bill (House)               */
    SC_BILL_S,       /* S.           bill (Senate)              */
    SC_BILL_HRES,    /* H.R. Res.    simple resolution          */
    SC_BILL_SRES,    /* S. Res.                                 */
    SC_BILL_HJRES,   /* H.R.J. Res.  joint resolution           */
    SC_BILL_SJRES,   /* S.J. Res.                               */
    SC_BILL_HCONRES, /* H.R. Con. Res. concurrent resolution    */
    SC_BILL_SCONRES, /* S. Con. Res.                            */
    SC_BILL_NTYPES
} sc_bill_type;

/** Returns the key code of a bill type ("hr", "s", "hres", ...), "" for none. */
const char *sc_bill_code(sc_bill_type b);

/** Diagnostic severities, in increasing order. */
typedef enum sc_severity { SC_NOTE = 0, SC_WARNING, SC_ERROR } sc_severity;

/** Returns "note", "warning" or "error". */
const char *sc_severity_name(sc_severity s);

/** One finding about one citation (issue: statcite check). */
typedef struct sc_diag {
    sc_severity severity;
    char code[32];        /* stable code, e.g. "law-number-range" (docs/checks.md) */
    char message[256];    /* one sentence, no trailing period                     */
    char suggestion[192]; /* the suggested fix, "" when there is none             */
} sc_diag;

/** At most this many diagnostics are kept per citation. */
#define SC_MAX_DIAGS 4

/* Wording flags: how the text wrote the citation, where it matters. */
#define SC_W_HOUSE_RESOLUTION 0x01u /* "House Resolution N" written for a bill  */
#define SC_W_PLURAL           0x02u /* one item of "Pub. L. Nos. ..." / a list  */
#define SC_W_LIST_ITEM        0x04u /* inherited title/volume/congress from a   *
                                     * preceding full citation                  */
#define SC_W_RANGE            0x08u /* a section or page range                  */
#define SC_W_ET_SEQ           0x10u /* followed by "et seq."                    */
#define SC_W_NOTE             0x20u /* followed by "note"                       */
#define SC_W_APPENDIX         0x40u /* "App." title (key title ends in 'a')     */
#define SC_W_LONG_FORM        0x80u /* "section N of title T, United States Code" */
#define SC_W_CONGRESS_LINKED  0x100u /* bill's Congress taken from its sentence *
                                      * or heading, not written with the bill   */
#define SC_W_CONGRESS_ZERO    0x200u /* written with a "0th Congress", which    *
                                      * does not exist (congress stays 0)       */
#define SC_W_BY_NAME          0x400u /* statcite check only: a public law cited *
                                      * by its Act's name alone, in a sentence  *
                                      * that cites nothing else ("The X Act of  *
                                      * 1992 became law on ..."); written only  *
                                      * with a finding, its text the name; an   *
                                      * Act before public-law numbers, the      *
                                      * Statutes at Large page it begins on     */
#define SC_W_UNCLASSIFIED     0x800u /* statcite check only: a section of a     *
                                      * named Act its tables classify none of   *
                                      * sections like, its number longer than   *
                                      * theirs ("INA § 2366(c)"); no title or   *
                                      * section; written only with a finding    */
#define SC_W_NAME_GIVEN       0x1000u /* statcite check only, with SC_W_BY_NAME: *
                                       * a name later laws gave the law ("Clean *
                                       * Air Act": 84-159, so named by 88-206   *
                                       * and others); a fact of any of them is  *
                                       * right                                  */

/** Sizes of the fixed text fields of a citation (including the NUL). */
#define SC_RAW_MAX 256
#define SC_KEY_MAX 128
#define SC_FORM_MAX 192

/** One citation.  Plain data: copy it with = or memcpy. */
typedef struct sc_citation {
    sc_type type;
    uint64_t start, end;   /* byte offsets in the document, end exclusive     */
    uint64_t line, col;    /* 1-based line; 1-based column in characters      */
    uint32_t page;         /* page (form feeds + 1), 0 when not known         *
                            * (sc_scanner_set_pages(); "pdf_page" in output)  */
    unsigned wording;      /* SC_W_* flags                                    */

    /* Normalized fields; 0 or "" when the citation does not have them. */
    int congress;          /* law or bill Congress                            */
    int number;            /* law number or bill number                       */
    sc_bill_type bill;     /* bill type                                       */
    int year;              /* year the text gives with the citation           */
    char title[8];         /* U.S. Code title, "8", "50a" for 50 App.         */
    char section[48];      /* "1357", "2000e-2", range "1983-1988"            */
    char subsections[64];  /* "(g)(1)(A)"                                     */
    char edition[24];      /* "2018", "Supp. V 2017"                          */
    char volume[8];        /* Statutes at Large volume, "117", "68A"          */
    char pages[24];        /* Statutes at Large page, "1137", "2681-480"      */
    int chapter;           /* Stat.: chapter of the session law ("ch. 646")   */
    int32_t date;          /* Stat.: date written before it, yyyymmdd         */

    char key[SC_KEY_MAX];        /* FORMAT.md key: "publ:108-90"             */
    char canonical[SC_FORM_MAX]; /* "Pub. L. No. 108-90"                      */
    char url[SC_FORM_MAX];       /* govinfo / congress.gov link, or ""        */
    char raw[SC_RAW_MAX];        /* the text as written (truncated to fit)   */
    size_t raw_len;              /* bytes of the original text (may exceed   *
                                  * what raw holds)                          */

    /* Short forms and Acts (issue 11).  form: SC_FORM_FULL or
     * SC_FORM_SHORT; antecedent: for a short form, the start offset of the
     * full citation it resolves to (SC_NO_ANTECEDENT when none: the title
     * is the document's own).  act, act_section: for SC_ACT_SECTION, the
     * Act's name and its section as written ("287(g)"); "" otherwise. */
    sc_form form;
    uint64_t antecedent;
    char act[208];
    char act_section[48];

    /* Filled by the checker (sc_options.check); ndiag == 0 means clean. */
    int ndiag;
    sc_diag diag[SC_MAX_DIAGS];

    /* The source line around the citation, for diagnostics: context holds
     * up to 200 bytes of the line, the citation starts at context_col
     * (byte index into context).  Filled only when sc_options.check is set
     * and the citation has a finding (ndiag > 0); "" otherwise. */
    char context[208];
    int context_col;
} sc_citation;

/** Returns the @p i-th diagnostic code of statcite check ("congress-range",
 *  ...; docs/checks.md), or NULL when @p i is past the last: the one list of
 *  every code, for validating --disable and for documentation. */
const char *sc_check_code(int i);

/** Returns the worst severity among c's diagnostics, or -1 when it has none. */
int sc_citation_status(const sc_citation *c);

/* ----------------------------------------------------------------- rules */

/** A compiled rule set (grammar/NN-name.rules), immutable once loaded. */
typedef struct sc_rules sc_rules;

/**
 * Compiles a rule set.  With @p text == NULL the built-in grammar (compiled
 * into the library from grammar/ at build time) is used; otherwise @p text
 * (of @p len bytes) is parsed, and @p origin names it in error messages.
 * Every pattern is compiled once, anchored, and JIT-compiled when the
 * platform supports it, on its first match (by whichever thread matches it
 * first; a rule set may be shared by threads).  On failure returns NULL and writes a one-line
 * message "origin:line: what is wrong" into @p err (of @p errsz bytes).
 */
sc_rules *sc_rules_load(const char *text, size_t len, const char *origin,
                        char *err, size_t errsz);

/** Frees a rule set; NULL is a no-op. */
void sc_rules_free(sc_rules *r);

/** Returns the number of rules in the set. */
int sc_rules_count(const sc_rules *r);

/* --------------------------------------------------------------- options */

/** What the input is.  HTML has its markup blanked in place, so offsets
 *  still point into the original bytes; JSON has everything but its string
 *  literals blanked, and their escapes decoded, in place, so it does too. */
typedef enum sc_input_format {
    SC_INPUT_AUTO = 0, /* HTML or JSON when the document starts like it, else text */
    SC_INPUT_TEXT,
    SC_INPUT_HTML,
    SC_INPUT_JSON      /* JSON or JSON Lines: the text of its strings       */
} sc_input_format;

/** What to find and how.  Zero-initialized means: nothing; use
 *  sc_options_init() for the defaults. */
typedef struct sc_options {
    unsigned types;      /* SC_TYPE_BIT mask of the types to report           */
    sc_input_format input; /* default SC_INPUT_AUTO                           */
    int check;           /* run the checker (fills diag[] and context)        */
    int current_year;    /* year for "Congress in the future" checks; 0: now  */
    const char *disabled;/* comma-separated diagnostic codes to skip, or NULL */
    int32_t as_of;       /* check the Code and the laws as of this date       *
                          * (yyyymmdd); 0: the date a document states in its  *
                          * first 4 KiB (a slip law's head, "Dated:"), else now */
    int count_only;      /* the caller only counts the citations: key,        *
                          * canonical and url are left "", line, col and page *
                          * 0 (they cost a pass over every byte and a format  *
                          * per citation); unless check is set, neither a     *
                          * bill's Congress from the text around it nor a     *
                          * Stat. page's chapter and date are looked for      *
                          * (regex searches, and the historic laws' tables    *
                          * paged into memory); the count is the same         */
} sc_options;

/** Fills @p o with the defaults: every type, no checking. */
void sc_options_init(sc_options *o);

/* --------------------------------------------------------------- scanner */

/** Per-thread scanning state: buffers, PCRE2 match data, document state. */
typedef struct sc_scanner sc_scanner;

/** Creates a scanner over @p rules (which must outlive it).  @p opt may be
 *  NULL for the defaults; it is copied.  Returns NULL when out of memory. */
sc_scanner *sc_scanner_new(const sc_rules *rules, const sc_options *opt);

/** Frees a scanner; NULL is a no-op. */
void sc_scanner_free(sc_scanner *s);

/** Starts a new document named @p docname (copied; may be NULL).  Any
 *  citations of the previous document not yet taken are dropped. */
void sc_scanner_reset(sc_scanner *s, const char *docname);

/** Sets what the current document is (call after sc_scanner_reset(), before
 *  feeding); the default is sc_options.input. */
void sc_scanner_set_input(sc_scanner *s, sc_input_format f);

/** Pages: every form feed in the document starts a new page, and a
 *  citation's sc_citation.page is 1 + the form feeds before it -- once the
 *  document has had one (page 2 on), or from page 1 after this call with
 *  @p on nonzero (for paged text, e.g. pdftotext output).  Call after
 *  sc_scanner_reset(), before feeding; the default is off. */
void sc_scanner_set_pages(sc_scanner *s, int on);

/** Page marks: the document's bytes from offset @p offset on are on page
 *  @p page, and its form feeds count on from there.  For text whose page is
 *  known another way (a DOCX footnote, written after the body, is on the
 *  page of its reference).  Marks must come in increasing offset order and
 *  may be set ahead of the bytes fed; at most SC_PAGE_MARKS_MAX wait at a
 *  time (returns -1 when full or out of order, 0 otherwise).  Turns pages
 *  on (sc_scanner_set_pages()). */
int sc_scanner_mark_page(sc_scanner *s, uint64_t offset, unsigned page);
#define SC_PAGE_MARKS_MAX 65536

/** UTF-16 source: the bytes fed are the UTF-8 decoding of a UTF-16 document
 *  whose first character follows @p bom_bytes bytes (a byte-order mark: 2,
 *  or 0).  sc_citation.start and .end are then byte offsets into that
 *  UTF-16 document (two bytes a code unit, four for a character outside the
 *  Basic Multilingual Plane), as for any other document; the text, line and
 *  column are those of the decoded text.  Call after sc_scanner_reset(),
 *  before feeding. */
void sc_scanner_set_utf16_source(sc_scanner *s, unsigned bom_bytes);

/**
 * Feeds the next @p len bytes of the document.  Any bytes are accepted (no
 * encoding is assumed; UTF-8, Windows-1252 and Latin-1 forms of the
 * characters that matter are all recognized).  The scanner keeps a bounded
 * buffer: memory does not grow with the document or with line length.
 * Returns 0, or -1 when out of memory.
 */
int sc_scanner_feed(sc_scanner *s, const void *data, size_t len);

/** Declares the end of the document; the remaining citations become
 *  available from sc_scanner_next().  Returns 0. */
int sc_scanner_finish(sc_scanner *s);

/** Returns the next finished citation in document order, or NULL when none
 *  is ready yet.  The pointer is valid until the next call on @p s. */
const sc_citation *sc_scanner_next(sc_scanner *s);

/** Returns the number of bytes fed since the last reset. */
uint64_t sc_scanner_offset(const sc_scanner *s);

/** Callback for sc_scan_buffer(); return nonzero to stop early. */
typedef int (*sc_citation_fn)(const sc_citation *c, void *user);

/**
 * Convenience: scans the whole of @p buf as one document and calls @p fn for
 * every citation in order.  Returns the number of citations, or -1 when out
 * of memory.
 */
long sc_scan_buffer(sc_scanner *s, const char *docname, const void *buf,
                    size_t len, sc_citation_fn fn, void *user);

/* --------------------------------------------------------------- writers */

/** Output formats. */
typedef enum sc_format {
    SC_FMT_TEXT = 0, /* aligned table for people                       */
    SC_FMT_CSV,      /* RFC 4180 with header row (libcsv)              */
    SC_FMT_JSONL,    /* one JSON object per line                       */
    SC_FMT_BIBTEX,   /* one @misc record per distinct citation         */
    SC_FMT_DIAG,     /* compiler-style diagnostics only                */
    SC_FMT_HTML,     /* one self-contained HTML report: summary,       *
                      * findings, the text with citations marked       *
                      * (give it the text: sc_writer_put_document())   */
    SC_FMT_BIBLATEX, /* one @legislation record per distinct citation, *
                      * for tex/statcite.dbx                 */
    SC_FMT_NFORMATS
} sc_format;

/** Returns the format named @p name ("text", "csv", "jsonl", "json",
 *  "bibtex", "bib", "biblatex", "diag", "html"), or -1. */
int sc_format_from_name(const char *name);

/** Writer settings. */
typedef struct sc_write_options {
    int header;      /* CSV: write the header row (default 1)                 */
    int null_sep;    /* write NUL instead of newline after each record        */
    int csv_raw;     /* CSV: do not neutralize spreadsheet formulas           */
    int color;       /* diagnostics: ANSI colors                              */
    int check;       /* include status and diagnostics columns/fields         */
    int bom;         /* CSV: begin with a UTF-8 byte-order mark (for Excel)   */
    int width;       /* text: fit the table in this many columns, 0 no limit  */
    int no_enrich;   /* leave out what the tables know (Act name, date, ...)  */
} sc_write_options;

/** Fills @p o with the defaults (header on, everything else off). */
void sc_write_options_init(sc_write_options *o);

/** A writer of one output stream in one format. */
typedef struct sc_writer sc_writer;

/** Creates a writer to @p out (not closed by the writer).  @p opt may be
 *  NULL for the defaults.  Returns NULL when out of memory.  The writer
 *  writes @p out without stdio's per-call lock: from its creation to
 *  sc_writer_finish(), no other thread may use @p out (not even fflush). */
sc_writer *sc_writer_new(sc_format fmt, FILE *out, const sc_write_options *opt);

/** Writes one citation found in document @p docname.  Returns 0, or -1 on
 *  a write error (errno set).  (HTML without the text: the citation is
 *  listed under its document's name; see sc_writer_put_document().) */
int sc_writer_put(sc_writer *w, const char *docname, const sc_citation *c);

/** Finishes the output (the text table is written here, since its column
 *  widths depend on every row; so is the HTML report, whose summary comes
 *  first).  Returns 0, or -1 on a write error. */
int sc_writer_finish(sc_writer *w);

/**
 * Writes a whole document: its text @p bytes (@p len bytes, exactly as fed
 * to the scanner, so the citations' start/end offsets point into it) and its
 * @p n citations @p cites (in any order; they are sorted by offset here).
 * For SC_FMT_HTML this adds one section to the report: the text, shown
 * safely (bytes that are not UTF-8 as U+FFFD, control bytes as visible
 * symbols, CRLF as one line break, HTML input as its escaped source), with
 * every citation and finding marked in place.  Every other format writes
 * the citations as sc_writer_put() would and ignores the text.  Both
 * arrays are only read during the call (the caller keeps ownership); @p doc
 * names the document (may be NULL).  Returns 0, or -1 on a write error or
 * when out of memory (errno set).
 */
int sc_writer_put_document(sc_writer *w, const char *doc, const void *bytes, size_t len,
                           const sc_citation *cites, size_t n);

/** Frees a writer without writing anything more; NULL is a no-op. */
void sc_writer_free(sc_writer *w);

#ifdef __cplusplus
}
#endif
#endif /* STATCITE_H */
