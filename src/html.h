/*
 * html.h -- HTML input: markup blanked in place, so every offset, line and
 * column of a citation still points into the original file.  Tags,
 * comments and styles become spaces; the '<' of a block element (p, div,
 * li, tr, br, h1, ...) becomes SC_HTML_BREAK, which ends a sentence group
 * (docs/linking.md) without adding a line; one between the cells of a row
 * (td, th) or a definition's term and text (<dd>) becomes a '|', as a text
 * table's cell bar (one row describes one law).  A list's or a table's end
 * (</ul>, </ol>, </dl>, </table>) is two SC_HTML_BREAKs side by side, which
 * no other markup makes: a web page's record of one law ends there
 * (context_records.c).  Entities stay as written: the grammar reads &sect;
 * &nbsp; &#167; &ndash; itself.
 *
 * A script's code becomes spaces too, but not its string literals: pages
 * that render their text from data ("const opinions = [{"text": "... 28
 * U.S.C. \u00a7 1915 ..."}]", JSON-LD) hold it there, and it is what the
 * reader sees.  Each literal is a text of its own (its quotes become
 * SC_HTML_BREAK; in a JSON document, an object is one text: sc_json_filter());
 * inside it an escape is decoded in place, right-aligned in
 * its bytes ("\u00a7" is four spaces and the two bytes of U+00A7, "\n" two
 * spaces), so offsets still hold.  Comments ("//", "/" "*") are code.
 */
#ifndef SC_HTML_H
#define SC_HTML_H

#include <stddef.h>
#include <stdint.h>

#define SC_HTML_BREAK 0x1e /* ASCII record separator */

typedef struct sc_html_state {
    int mode;        /* text, tag, comment, raw (script/style) */
    int quote;       /* inside a quoted attribute value         */
    char name[12];   /* tag name being read                     */
    int nlen;
    int name_done;   /* the tag name has ended                  */
    int closing;     /* "</..."                                 */
    int raw_end;     /* raw mode: which end tag closes it       */
    int match;       /* bytes of "-->" or "</script" matched    */
    int js;          /* in a script: code, string, escape, comment (html.c) */
    int js_quote;    /* the quote of the string literal read    */
    int js_hex;      /* digits of a \u escape read, 0-4          */
    unsigned js_cp;  /* their value so far                      */
    int json;        /* a JSON document (sc_json_filter), not a page's script */
    int js_last;     /* a JSON document: its last byte of code, not a blank */
} sc_html_state;

/** Starts a new document. */
void sc_html_reset(sc_html_state *st);

/** Blanks the markup of the next @p n bytes of an HTML document in place. */
void sc_html_filter(sc_html_state *st, uint8_t *p, size_t n);

/** Blanks the next @p n bytes of a JSON (or JSON Lines) document in place
 *  but for the text of its string literals, their escapes decoded, as a
 *  script's (above) -- but that an object is one text, a record of its
 *  fields: its strings' quotes are blanks, a key's ':' and the ',' between
 *  two fields stay ("law : Pub. L. 101-336 , enacted : 1990-07-26"), and
 *  its braces, an array's brackets and a ',' after either are
 *  SC_HTML_BREAK.  @p st is reset with sc_html_reset() for each document. */
void sc_json_filter(sc_html_state *st, uint8_t *p, size_t n);

/** Returns nonzero when @p p (the first bytes of a document) begins as JSON
 *  does: '{' or '[' (and blanks), then a string -- {"key", [{"key", ["a". */
int sc_json_sniff(const uint8_t *p, size_t n);

/** Returns nonzero when @p p (the first bytes of a file) looks like HTML. */
int sc_html_sniff(const uint8_t *p, size_t n);

#endif
