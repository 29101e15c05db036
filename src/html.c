/*
 * html.c -- the in-place HTML and JSON filters (see html.h).  Byte-at-a-time
 * state machines whose state survives chunk boundaries, so they stream: the
 * markup one (tags, comments, raw elements), and inside a script -- or a
 * whole JSON document -- the one of its code, comments and string literals
 * (script_byte).
 */
#include "html.h"

#include <stdio.h>
#include <string.h>

#include "ctype.h"

enum { M_TEXT, M_TAG, M_COMMENT, M_RAW };
enum { RAW_SCRIPT = 1, RAW_STYLE };
/* What a script's byte is (sc_html_state.js): code, a slash that may begin
 * a comment, a comment to the line's end or to its close, a string
 * literal, the byte after its backslash, the digits of a \u escape, a '<'
 * in a literal, a tag in a literal ("<p>", "</i>": markup, blanked), and
 * the byte after a backslash in that tag ("<a href=\"/x\">"). */
enum { JS_CODE, JS_SLASH, JS_LINE, JS_BLOCK, JS_BLOCK_STAR, JS_STR, JS_ESC, JS_HEX, JS_LT,
       JS_TAG, JS_TAG_ESC };

static int hex_value(uint8_t c)
{
    return c >= '0' && c <= '9' ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* The byte of "\uXXXX" that its k-th digit (1-4; @p v the value of the
 * digits 1..k) stands for: U+XXXX in UTF-8, right-aligned in the escape's
 * six bytes, so that each of its bytes is known by the digit it replaces
 * (the width too: three bytes from U+0800, known by digit 2; two from
 * U+0080, known by digit 3); a space for the bytes before it, and for a
 * control character or a surrogate. */
static uint8_t unicode_byte(unsigned v, int k)
{
    if (k == 1)
        return ' ';
    unsigned top = v >> (4 * (k - 2)); /* the code point's high byte */
    if (top >= 0xd8 && top < 0xe0)
        return ' '; /* a surrogate: no character of its own */
    if (top >= 0x08) /* three bytes, in the digits 2-4 */
        return k == 2 ? (uint8_t)(0xe0 | (v >> 4))
               : k == 3 ? (uint8_t)(0x80 | ((v >> 2) & 0x3f))
                        : (uint8_t)(0x80 | (v & 0x3f));
    if (k == 2)
        return ' ';
    if ((v >> (4 * (k - 3))) >= 0x08) /* two bytes, in the digits 3-4 */
        return k == 3 ? (uint8_t)(0xc0 | (v >> 2)) : (uint8_t)(0x80 | (v & 0x3f));
    if (k == 3)
        return ' ';
    return v < 0x20 || v == 0x7f ? ' ' : (uint8_t)v;
}

/* One byte of a script (not of its end tag): code and comments become
 * spaces (line ends kept), a string literal's text stays, its quotes
 * become SC_HTML_BREAK and its escapes are decoded in place. */
static void script_byte(sc_html_state *st, uint8_t *p)
{
    uint8_t c = *p;
    switch (st->js) {
    case JS_SLASH:
        st->js = c == '/' ? JS_LINE : c == '*' ? JS_BLOCK : JS_CODE;
        if (st->js == JS_CODE) { /* a division or a regular expression: code */
            script_byte(st, p);
            return;
        }
        break;
    case JS_CODE:
        if (st->json) { /* a JSON document: an object one record (html.h) */
            int last = st->js_last;
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                st->js_last = c;
            if (c == '"') {
                st->js = JS_STR;
                st->js_quote = c;
                *p = ' ';
                return;
            }
            if (c == ':' || (c == ',' && last != '}' && last != ']'))
                return; /* (kept: "law : ..., enacted : ...") */
            if (sc_isdigit(c) || ((c == '-' || c == '.') && (sc_isdigit((uint8_t)last) || last == ':')))
                return; /* a number, a value as written: "congress": 106 */
        }
        if (c == '"' || c == '\'' || c == '`') {
            st->js = JS_STR;
            st->js_quote = c;
            *p = SC_HTML_BREAK;
            return;
        }
        if (c == '/')
            st->js = JS_SLASH;
        if (c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ';') {
            /* between two values: a break, which also keeps a line of
             * code ("    },") from reading as a blank line, a paragraph's
             * end, between texts that the page shows together */
            *p = SC_HTML_BREAK;
            return;
        }
        break;
    case JS_LINE:
        if (c == '\n')
            st->js = JS_CODE;
        break;
    case JS_BLOCK:
    case JS_BLOCK_STAR:
        st->js = c == '/' && st->js == JS_BLOCK_STAR ? JS_CODE
                 : c == '*'                          ? JS_BLOCK_STAR
                                                     : JS_BLOCK;
        break;
    case JS_LT: /* a tag when a letter, '/' or '!' follows the '<' */
        st->js = sc_isalpha(c) || c == '/' || c == '!' ? JS_TAG : JS_STR;
        if (st->js == JS_TAG) {
            *p = ' ';
            return;
        }
        script_byte(st, p);
        return;
    case JS_TAG_ESC:
        st->js = JS_TAG;
        if (c != '\n')
            *p = ' ';
        return;
    case JS_TAG:
        if (c == '\\') {
            st->js = JS_TAG_ESC; /* "\"" is no end of the literal */
            *p = ' ';
            return;
        }
        if (c == '>' || c == st->js_quote || c == '\n') {
            st->js = JS_STR;
            if (c != '>') { /* the literal ends in the tag (or the line) */
                script_byte(st, p);
                return;
            }
        }
        if (c != '\n')
            *p = ' ';
        return;
    case JS_STR:
        if (c == '<') {
            st->js = JS_LT; /* text ("a < b") or markup: a space either way */
            *p = ' ';
        } else if (c == st->js_quote) {
            st->js = JS_CODE;
            *p = st->json ? ' ' : SC_HTML_BREAK;
            st->js_last = c;
        } else if (c == '\\') {
            st->js = JS_ESC;
            *p = ' ';
        } else if (c == '\n' && st->js_quote != '`') {
            st->js = JS_CODE; /* a quote that never closed: the line ends it */
        }
        return; /* its text, as written */
    case JS_ESC:
        st->js = JS_STR;
        if (c == 'u') {
            st->js = JS_HEX;
            st->js_hex = 0;
            st->js_cp = 0;
        }
        if (c != '\n')
            *p = ' '; /* "\n", "\"", "\/": the escape is no text of the literal */
        return;
    case JS_HEX: {
        int h = hex_value(c);
        if (h < 0) { /* no escape after all: the string goes on with c */
            st->js = JS_STR;
            script_byte(st, p);
            return;
        }
        st->js_cp = st->js_cp << 4 | (unsigned)h;
        *p = unicode_byte(st->js_cp, ++st->js_hex);
        if (st->js_hex == 4)
            st->js = JS_STR;
        return;
    }
    }
    if (c != '\n')
        *p = ' ';
}

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

/* Is the tag between two cells of one row -- "<td>", "<th>", and a
 * definition's "<dd>" ("<dt>3/23/2010</dt><dd>Became Public Law No:
 * 111-148")?  Then it is a '|', as a text table's cells are (one entry
 * describes one law); a row's and a list's edges stay breaks. */
static int cell_edge(const char *name, int closing)
{
    /* (a cell's opening tag only: "</td><td>" as one '|', not two with an
     * empty cell between, which no header's column then matched) */
    return !closing && (strcmp(name, "td") == 0 || strcmp(name, "th") == 0 || strcmp(name, "dd") == 0);
}

/* Is the tag a list's or a table's ("ul", "ol", "dl", "table")? */
static int container(const char *name)
{
    return strcmp(name, "ul") == 0 || strcmp(name, "ol") == 0 || strcmp(name, "dl") == 0 ||
           strcmp(name, "table") == 0;
}

/* Is the tag a cell's closing one ("</td>", "</th>", a term's "</dt>")?  A
 * blank: the next cell's opening tag parts the two. */
static int cell_close(const char *name, int closing)
{
    return closing && (strcmp(name, "td") == 0 || strcmp(name, "th") == 0 || strcmp(name, "dt") == 0);
}

void sc_html_reset(sc_html_state *st) { memset(st, 0, sizeof *st); }

int sc_html_sniff(const uint8_t *p, size_t n)
{
    size_t i = 0;
    if (n >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)
        i = 3;
    while (i < n && sc_isspace(p[i]))
        i++;
    /* a page, or a fragment of one pasted alone ("<table><tr><td>Pub. L.
     * 110-2</td>...", "<ul><li>...") */
    static const char *const starts[] = { "<!doctype html", "<html", "<head", "<body", "<!--",
                                          "<meta", "<title", "<p>", "<p ", "<div", "<table",
                                          "<tr>", "<tr ", "<thead", "<tbody", "<ul>", "<ul ",
                                          "<ol>", "<ol ", "<li>", "<dl>", "<h1", "<h2", "<h3",
                                          "<h4", "<h5", "<h6", "<section", "<article",
                                          "<blockquote", "<span", "<a href" };
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

int sc_json_sniff(const uint8_t *p, size_t n)
{
    size_t i = n >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf ? 3 : 0;
    int open = 0; /* '{' and '[' read */
    for (; i < n && open < 4; i++) {
        if (sc_isspace(p[i]))
            continue;
        if (p[i] == '{' || p[i] == '[') {
            open++;
            continue;
        }
        /* an object's first key, or an array's first string: {"  [{"  ["  */
        return open > 0 && p[i] == '"';
    }
    return 0;
}

void sc_json_filter(sc_html_state *st, uint8_t *p, size_t n)
{
    st->json = 1;
    for (size_t i = 0; i < n; i++)
        script_byte(st, &p[i]);
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
                    st->mode = M_RAW, st->raw_end = RAW_SCRIPT, st->match = 0, st->js = JS_CODE;
                else if (!st->closing && strcmp(st->name, "style") == 0)
                    st->mode = M_RAW, st->raw_end = RAW_STYLE, st->match = 0;
                p[i] = !is_block(st->name) || cell_close(st->name, st->closing) ? ' '
                       : cell_edge(st->name, st->closing)                            ? '|'
                                                                                     : SC_HTML_BREAK;
                /* a list's or a table's end: two breaks side by side (the
                 * tag's last blank the first), which no other markup makes --
                 * an HTML record does not run on past it into the next list
                 * (sc_ctx_html_record_span: "</ul><ul class=board>") */
                if (st->closing && i > 0 && p[i - 1] == ' ' && container(st->name))
                    p[i - 1] = SC_HTML_BREAK;
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
            if (st->raw_end == RAW_SCRIPT && st->mode == M_RAW)
                script_byte(st, &p[i]);
            else if (c != '\n')
                p[i] = ' ';
            break;
        }
        }
    }
}
