/*
 * context_in.h -- what the context family's files share, private to them:
 * context.c (where sentences and entries end, an entry's bounds),
 * context_records.c (records, boxes and web pages' rows), context_prose.c
 * (sentences that go on telling of the last one's law), context_congress.c
 * (a bill's Congress).  Their interface to the rest is scan.h's sc_ctx_*.
 */
#ifndef SC_CONTEXT_IN_H
#define SC_CONTEXT_IN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "scan.h"

/* How far around a bill to look for its Congress; a stretch longer than
 * twice this holds a boundary (context.c's past_reach). */
#define SEGMENT_REACH 600u
/* The longest line a record's line may be (context_records.c). */
#define RECORD_LINE 160

/* The start of the line that ends at buf[e] (its '\n', or the window's
 * end), looking back at most RECORD_LINE bytes: SIZE_MAX when it is longer. */
static inline size_t sc_ctx_line_back(const uint8_t *buf, size_t e)
{
    size_t lo = e > RECORD_LINE ? e - RECORD_LINE - 1 : 0;
    const uint8_t *p = memrchr(buf + lo, '\n', e - lo);
    if (p)
        return (size_t)(p - buf) + 1;
    return e > RECORD_LINE ? SIZE_MAX : 0;
}

/* May the window hold a web page's breaks (SC_HTML_BREAK: a page's, or a
 * JSON document's strings)?  Its scanner says (sc_ctx_memo.breaks); yes
 * when it has no memo. */
static inline int sc_ctx_may_break(const sc_window *w) { return !w->memo || w->memo->breaks; }

/* context_records.c: is the line end at w->buf[i] inside a record, between
 * two of its lines (remembered in w->memo for the block)? */
int sc_ctx_in_record(const sc_window *w, size_t i);
/* context_records.c: is the break at w->buf[i] inside a web page's record
 * of one law (rows of a label's cell and a value's)?  Its bounds in
 * *bso, *beo when asked (either may be NULL). */
int sc_ctx_html_record_span(const sc_window *w, size_t i, size_t *bso, size_t *beo);
static inline int sc_ctx_html_record(const sc_window *w, size_t i)
{
    return sc_ctx_html_record_span(w, i, NULL, NULL);
}
/* context_records.c: does the line at buf[j] open as a record's field (a
 * capital, a label's words, ':' within 32 bytes)? */
int sc_ctx_field_line(const uint8_t *buf, size_t len, size_t j);
/* context_records.c: is the line that ends at buf[i] such a field? */
int sc_ctx_field_before(const uint8_t *buf, size_t i);
/* context_records.c: does the line after the line end buf[nl] open with
 * the label of the line before it? */
int sc_ctx_same_label(const uint8_t *buf, size_t len, size_t nl);

/* context_prose.c: does the sentence at buf[j] say the President signed
 * the law the sentence before cites ("President Bush signed it")? */
int sc_ctx_signed_back(const uint8_t *buf, size_t len, size_t j);
/* context_prose.c: is buf[s..e) one of the words of the NULL-ended
 * @p list (exactly)? */
int sc_ctx_word_of(const uint8_t *buf, size_t s, size_t e, const char *const *list);

#endif
