/*
 * html.c -- the in-place HTML filter (see html.h).  A byte-at-a-time state
 * machine whose state survives chunk boundaries, so it streams.
 */
#include "html.h"

#include <stdio.h>
#include <string.h>

#include "ctype.h"

enum { M_TEXT, M_TAG, M_COMMENT, M_RAW };
enum { RAW_SCRIPT = 1, RAW_STYLE };

static const char *const block_tags[] = {
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "thead",
    "tbody", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article",
    "header", "footer", "hr", "title", "option", "nav", "aside", "main", "form", "figure",
    "caption", "address", "body", "head", "html", "center", "fieldset", "legend", "footnote",
};

static int is_block(const char *name)
{
    for (size_t i = 0; i < sizeof block_tags / sizeof block_tags[0]; i++)
        if (strcmp(name, block_tags[i]) == 0)
            return 1;
    return 0;
}

void sc_html_reset(sc_html_state *st) { memset(st, 0, sizeof *st); }

int sc_html_sniff(const uint8_t *p, size_t n)
{
    size_t i = 0;
    if (n >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)
        i = 3;
    while (i < n && sc_isspace(p[i]))
        i++;
    static const char *const starts[] = { "<!doctype html", "<html", "<head", "<body", "<!--",
                                          "<meta", "<title", "<p>", "<div" };
    for (size_t k = 0; k < sizeof starts / sizeof starts[0]; k++) {
        size_t l = strlen(starts[k]), j;
        if (i + l > n)
            continue;
        for (j = 0; j < l && sc_tolower(p[i + j]) == (uint8_t)starts[k][j]; j++)
            ;
        if (j == l)
            return 1;
    }
    return 0;
}

void sc_html_filter(sc_html_state *st, uint8_t *p, size_t n)
{
    static const char end_comment[] = "-->";
    static const char *const end_raw[] = { "", "</script", "</style" };
    for (size_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        switch (st->mode) {
        case M_TEXT:
            if (c == '<') {
                st->mode = M_TAG;
                st->nlen = 0;
                st->name_done = 0;
                st->closing = 0;
                st->quote = 0;
                st->name[0] = '\0';
                p[i] = ' ';
            }
            break;
        case M_TAG:
            if (st->quote) {
                if (c == st->quote)
                    st->quote = 0;
            } else if (c == '>') {
                st->mode = M_TEXT;
                if (!st->closing && strcmp(st->name, "script") == 0)
                    st->mode = M_RAW, st->raw_end = RAW_SCRIPT, st->match = 0;
                else if (!st->closing && strcmp(st->name, "style") == 0)
                    st->mode = M_RAW, st->raw_end = RAW_STYLE, st->match = 0;
                p[i] = is_block(st->name) ? SC_HTML_BREAK : ' ';
                break;
            } else if (c == '!' && st->nlen == 0 && !st->name_done) {
                st->mode = M_COMMENT; /* <!-- ... --> or <!DOCTYPE ...> */
                st->match = 0;
            } else if (c == '/' && st->nlen == 0 && !st->name_done) {
                st->closing = 1;
            } else if (!st->name_done && sc_isalnum(c)) {
                if (st->nlen < (int)sizeof st->name - 1) {
                    st->name[st->nlen++] = (char)sc_tolower(c);
                    st->name[st->nlen] = '\0';
                }
            } else {
                if (st->nlen > 0)
                    st->name_done = 1;
                if (st->name_done && (c == '"' || c == '\''))
                    st->quote = c;
            }
            if (c != '\n') /* keep line breaks, so lines still count */
                p[i] = ' ';
            break;
        case M_COMMENT:
            if (c == (uint8_t)end_comment[st->match]) {
                if (++st->match == 3)
                    st->mode = M_TEXT;
            } else if (c == '>' && st->match == 0) {
                st->mode = M_TEXT; /* <!DOCTYPE html> */
            } else {
                st->match = c == '-' ? 1 : 0;
            }
            if (c != '\n')
                p[i] = ' ';
            break;
        case M_RAW: {
            const char *e = end_raw[st->raw_end];
            if (sc_tolower(c) == (uint8_t)e[st->match]) {
                if (e[++st->match] == '\0') {
                    st->mode = M_TAG; /* finish the end tag */
                    st->closing = 1;
                    st->name_done = 1;
                    snprintf(st->name, sizeof st->name, "%s", e + 2);
                    st->nlen = (int)strlen(st->name);
                }
            } else {
                st->match = sc_tolower(c) == (uint8_t)e[0] ? 1 : 0;
            }
            if (c != '\n')
                p[i] = ' ';
            break;
        }
        }
    }
}
