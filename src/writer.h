/*
 * writer.h -- internals shared by the output writers (out_*.c): the writer
 * object and one put function per format.  writer.c dispatches.
 */
#ifndef SC_WRITER_H
#define SC_WRITER_H

#include "statcite.h"
#include "strset.h"

/* The writers own their stream while they write: skip stdio's per-call lock. */
#define putc(c, f) putc_unlocked((c), (f))
#define fputs(s, f) fputs_unlocked((s), (f))
#define fwrite(p, s, n, f) fwrite_unlocked((p), (s), (n), (f))

#define SC_TEXT_ROWS_MAX 4096 /* text table rows held before printing a block */

typedef struct sc_text_row {
    char loc[96], type[24], form[SC_FORM_MAX], key[SC_KEY_MAX], text[64], status[8];
    char about[400];
    char reason[3 * sizeof(((sc_diag *)0)->message) + sizeof(((sc_diag *)0)->code) + 4];
} sc_text_row;

struct sc_writer {
    sc_format fmt;
    FILE *out;
    sc_write_options o;
    int started;
    /* text: rows waiting for their column widths */
    sc_text_row *rows;
    int nrows;
    /* bibtex: keys already written */
    sc_strset keys;
    /* what the tables know, recently asked (enrich.h) */
    struct sc_enrich_cache *enrich;
    struct sc_jsonl_cache *jcache; /* jsonl: enrichment fields as written */
    /* jsonl: the head of the last document's records ({"doc":"NAME"...),
     * for the name in jdoc (jdoc_len: its length + 1, 0 when none) */
    char jdoc[256], jhead[2048];
    size_t jdoc_len, jhead_len;
    /* html: the report being assembled (out_html.c) */
    struct sc_html *html;
};

int sc_out_csv_put(sc_writer *w, const char *doc, const sc_citation *c);
int sc_out_jsonl_put(sc_writer *w, const char *doc, const sc_citation *c);
int sc_out_bibtex_put(sc_writer *w, const char *doc, const sc_citation *c);
int sc_out_text_put(sc_writer *w, const char *doc, const sc_citation *c);
int sc_out_text_flush(sc_writer *w);
int sc_out_diag_put(sc_writer *w, const char *doc, const sc_citation *c);
int sc_out_html_put(sc_writer *w, const char *doc, const sc_citation *c);
int sc_out_html_document(sc_writer *w, const char *doc, const unsigned char *p, size_t len,
                         const sc_citation *cites, size_t n);
int sc_out_html_finish(sc_writer *w);
void sc_out_html_free(sc_writer *w);

/** Length of the valid UTF-8 sequence at p (of at most n bytes), or 0 when
 *  p does not start one (no overlongs, no surrogates, at most U+10FFFF). */
size_t sc_utf8_len(const unsigned char *p, size_t n);

/*
 * UTF-8 out, always.  A document may be Windows-1252 or Latin-1 (Word's
 * "Save as Plain Text" on Windows); the scanner reads those bytes where they
 * are, and the writers decode them here: every byte that does not start a
 * valid UTF-8 sequence is taken as Windows-1252 (0xA0-0xFF as Latin-1, the
 * five bytes Windows-1252 leaves undefined as U+FFFD).  Valid UTF-8 is
 * written as it is.  Offsets are never changed: they count input bytes.
 */

/** Writes the UTF-8 of the Windows-1252 byte @p b into @p out; returns its
 *  length (1 to 3). */
size_t sc_cp1252_utf8(unsigned char b, char out[3]);

/** Copies @p s[0..n) into @p out (@p cap bytes, NUL-terminated, never
 *  cutting a character; 3 * n + 1 always suffices) as UTF-8, decoding
 *  bytes that are not UTF-8 as Windows-1252; returns the length. */
size_t sc_utf8_fix(const char *s, size_t n, char *out, size_t cap);

/** Returns @p n when p[0..n), the end of a field, is the start of a UTF-8
 *  character cut off (a lead byte and at least one continuation byte, fewer
 *  than the lead byte says: a field shortened to fit), else 0.  Such a tail
 *  is written as U+FFFD, one per byte, not decoded as Windows-1252. */
size_t sc_utf8_cut(const unsigned char *p, size_t n);

/** Writes @p s[0..n) to @p f as sc_utf8_fix() converts it. */
void sc_out_utf8(FILE *f, const char *s, size_t n);

/** Returns 1 when @p s[0..n) is valid UTF-8, else 0. */
int sc_utf8_valid(const char *s, size_t n);

/** Writes @p v in decimal (printf's cost is in parsing its format, and a
 *  record holds up to a dozen numbers). */
void sc_out_num(FILE *f, unsigned long long v);

/** Writes the record separator (newline, or NUL with --null). */
int sc_out_endrec(sc_writer *w);

#endif
