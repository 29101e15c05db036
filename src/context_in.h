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

#include "ctype.h"
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

/* The functions below are defined, and described at length, where the
 * comment before each says. */

/* context_records.c: is the line end at w->buf[i] inside a record, between
 * two of its lines (the answer remembered in w->memo for its block)? */
int sc_ctx_in_record(const sc_window *w, size_t i);
/* context_records.c: is the break at w->buf[i] inside a web page's table of
 * fields that describes one law (an encyclopedia's box, a row a field)?
 * Its ends into *bso, *beo when not NULL. */
int sc_ctx_html_record_span(const sc_window *w, size_t i, size_t *bso, size_t *beo);
static inline int sc_ctx_html_record(const sc_window *w, size_t i)
{
    return sc_ctx_html_record_span(w, i, NULL, NULL);
}
/* context_records.c: does the line at buf[j] open as a record's field (a
 * capital, a label's letters and blanks, ':' within 32 bytes)? */
int sc_ctx_field_line(const uint8_t *buf, size_t len, size_t j);
/* context_records.c: does the line that holds buf[i] hold a record's field
 * before it (the line opens with one, or one follows a period's blank)? */
int sc_ctx_field_before(const uint8_t *buf, size_t i);
/* context_records.c: do the line that ends at buf[nl] and the next open
 * with one label (two entries, not one record's fields)? */
int sc_ctx_same_label(const uint8_t *buf, size_t len, size_t nl);

/* context_prose.c: does the sentence at buf[j] say the bill of the one
 * before was signed, then cite the law ("..., the President signed it on
 * June 22, 2016 (Pub. L. 114-182)")? */
int sc_ctx_signed_back(const uint8_t *buf, size_t len, size_t j);

/* Is buf[s..e) one of the lower-case words of the NULL-ended @p list (its
 * first letter either case)?  (context_prose.c, context_congress.c) */
static inline int sc_ctx_word_of(const uint8_t *buf, size_t s, size_t e, const char *const *list)
{
    uint8_t c0 = sc_tolower(buf[s]);
    for (; *list; list++)
        if ((uint8_t)(*list)[0] == c0 && strlen(*list) == e - s &&
            memcmp(buf + s + 1, *list + 1, e - s - 1) == 0)
            return 1;
    return 0;
}

#endif
