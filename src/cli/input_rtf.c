/*
 * input_rtf.c -- an RTF document read as its text (see input_doc.h): a small
 * streaming RTF-to-text reader, enough for what word processors save.
 *
 * Kept: the body text; \par, \line, \sect and \page end a line, \tab is a
 * tab, \cell and \row end a cell (a tab) and a row (a line); \'hh is a byte
 * of the document's code page (Windows-1252, the one Word writes for English
 * text), \uN a Unicode character (the \ucN replacement characters after it
 * skipped), \~ a no-break space, \_ a hyphen, \emdash \endash \lquote
 * \rquote \ldblquote \rdblquote \bullet their characters; \{ \} \\ the
 * braces and the backslash.  Left out: the groups that are not text --
 * fonttbl, colortbl, stylesheet, info, pict, object, header and footer
 * (as the DOCX reader leaves them out), field instructions (fldinst; a
 * field's result is kept) and every \* destination.  Offsets, lines and
 * columns count in the text written; group nesting deeper than
 * RTF_DEPTH_MAX is refused as not RTF.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ctype.h"
#include "input_doc.h"
#include "msg.h"
#include "utf8.h"
#include "writer.h" /* sc_cp1252_utf8 */

#define RTF_DEPTH_MAX 256
#define RTF_OUT 8192 /* decoded text fed (and drained) in pieces of this */

typedef struct rtf {
    int depth;
    uint8_t skip[RTF_DEPTH_MAX]; /* group is not text            */
    uint8_t uc[RTF_DEPTH_MAX];   /* \ucN of the group            */
    int pending_skip;            /* characters after \uN to drop */
    int star;                    /* \* just seen in this group   */
    int group_start;             /* the next word opens a group  */
    /* the control word being read */
    int state; /* 0 text, 1 after '\', 2 word, 3 number, 4 \' first digit, 5 second */
    char word[32];
    int wl;
    long num;
    int neg, hasnum, hex;
    /* output */
    uint8_t out[RTF_OUT + 8];
    size_t n;
    int bad;
} rtf;

static int is_skipped_dest(const char *w)
{
    static const char *const dests[] = {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl",
        "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "fldinst",
        "listtable", "listoverridetable", "rsidtbl", "generator", "themedata",
        "colorschememapping", "datastore", "latentstyles", "xmlnstbl", "filetbl",
        "revtbl", "pgdsctbl", "bkmkstart", "bkmkend", "nonshppict", "shppict", "private",
    };
    for (size_t i = 0; i < sizeof dests / sizeof dests[0]; i++)
        if (strcmp(w, dests[i]) == 0)
            return 1;
    return 0;
}

/* One character of text (UTF-8 bytes p[0..k)) to the output, unless the
 * group is skipped or it replaces the \uN before it. */
static void text(rtf *r, const char *p, size_t k)
{
    if (r->skip[r->depth])
        return;
    if (r->pending_skip > 0) {
        r->pending_skip--;
        return;
    }
    memcpy(r->out + r->n, p, k);
    r->n += k;
}

static void put_cp(rtf *r, unsigned cp)
{
    unsigned char b[4];
    if (cp >= 0xd800 && cp < 0xe000)
        cp = 0xfffd; /* a surrogate alone */
    size_t k = sc_utf8_put(b, cp);
    text(r, (const char *)b, k);
}

/* A control word (r->word, with r->num when r->hasnum) is complete. */
static void control(rtf *r)
{
    const char *w = r->word;
    int opens = r->group_start;
    r->group_start = 0;
    if (opens && (r->star || is_skipped_dest(w))) {
        r->skip[r->depth] = 1;
        return;
    }
    if (r->skip[r->depth])
        return;
    static const struct { const char *w; unsigned cp; } chars[] = {
        { "par", '\n' }, { "line", '\n' }, { "sect", '\n' }, { "page", '\n' },
        { "row", '\n' }, { "tab", '\t' }, { "cell", '\t' }, { "emdash", 0x2014 },
        { "endash", 0x2013 }, { "lquote", 0x2018 }, { "rquote", 0x2019 },
        { "ldblquote", 0x201c }, { "rdblquote", 0x201d }, { "bullet", 0x2022 },
        { "emspace", ' ' }, { "enspace", ' ' },
    };
    for (size_t i = 0; i < sizeof chars / sizeof chars[0]; i++)
        if (strcmp(w, chars[i].w) == 0) {
            int saved = r->pending_skip;
            r->pending_skip = 0;
            put_cp(r, chars[i].cp);
            r->pending_skip = saved;
            return;
        }
    if (strcmp(w, "uc") == 0 && r->hasnum) {
        r->uc[r->depth] = (uint8_t)(r->num < 0 ? 0 : r->num > 8 ? 8 : r->num);
    } else if (strcmp(w, "u") == 0 && r->hasnum) {
        long v = r->num < 0 ? r->num + 65536 : r->num;
        r->pending_skip = 0;
        put_cp(r, (unsigned)(v & 0xffff));
        r->pending_skip = r->uc[r->depth];
    }
}

/* Decodes p[0..n); returns 0, or -1 when it is not RTF. */
static int decode(rtf *r, const uint8_t *p, size_t n, const sc_input_opts *o, const char *path,
                  const char *name, sc_scanner *s, sc_drain_fn drain, void *user)
{
    for (size_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        /* a byte adds at most 3 bytes of text (out has 8 to spare) */
        if (r->n >= RTF_OUT) {
            int fr = sc_doc_feed(s, o, path, r->out, r->n);
            r->n = 0;
            if (fr != 0 || (drain && drain(s, name, user) != 0))
                return -2;
        }
        switch (r->state) {
        case 1: /* after a backslash */
            if (sc_isalpha(c)) {
                r->state = 2;
                r->wl = 0;
                r->word[r->wl++] = (char)c;
                r->hasnum = r->neg = 0;
                r->num = 0;
                continue;
            }
            r->state = 0;
            if (c == '\'') {
                r->state = 4;
                r->hex = 0;
            } else if (c == '*') {
                r->star = 1;
                continue; /* the group's first word is still to come */
            } else if (c == '{' || c == '}' || c == '\\') {
                text(r, (const char *)&c, 1);
            } else if (c == '~') {
                put_cp(r, 0xa0);
            } else if (c == '_') {
                put_cp(r, '-');
            } else if (c == '\n' || c == '\r') {
                put_cp(r, '\n'); /* \<newline> is \par */
            }
            r->group_start = 0; /* \- (optional hyphen) and others: nothing */
            continue;
        case 2: /* a control word's letters */
            if (sc_isalpha(c)) {
                if (r->wl < (int)sizeof r->word - 1)
                    r->word[r->wl++] = (char)c;
                continue;
            }
            r->word[r->wl] = '\0';
            if (c == '-' || sc_isdigit(c)) {
                r->state = 3;
                r->hasnum = 1;
                if (c == '-')
                    r->neg = 1;
                else
                    r->num = c - '0';
                continue;
            }
            r->state = 0;
            control(r);
            if (c == ' ')
                continue; /* the delimiter */
            i--;          /* anything else is read again */
            continue;
        case 3: /* its number */
            if (sc_isdigit(c)) {
                if (r->num < 100000000)
                    r->num = r->num * 10 + (c - '0');
                continue;
            }
            if (r->neg)
                r->num = -r->num;
            r->state = 0;
            control(r);
            if (c != ' ')
                i--;
            continue;
        case 4:
        case 5: { /* \'hh */
            int d = sc_isdigit(c) ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
            if (d < 0) {
                r->state = 0;
                i--;
                continue;
            }
            r->hex = r->hex * 16 + d;
            if (r->state == 4) {
                r->state = 5;
                continue;
            }
            r->state = 0;
            r->group_start = 0;
            char b[3];
            size_t k = sc_cp1252_utf8((unsigned char)r->hex, b);
            if (!r->skip[r->depth] && r->pending_skip > 0)
                r->pending_skip--;
            else
                text(r, b, k);
            continue;
        }
        default:
            break;
        }
        /* text state */
        if (c == '\\') {
            r->state = 1;
            continue;
        }
        if (c == '{') {
            if (r->depth + 1 >= RTF_DEPTH_MAX)
                return -1;
            r->depth++;
            r->skip[r->depth] = r->skip[r->depth - 1];
            r->uc[r->depth] = r->uc[r->depth - 1];
            r->star = 0;
            r->group_start = 1;
            continue;
        }
        if (c == '}') {
            if (r->depth == 0)
                return -1;
            r->depth--;
            r->star = r->group_start = 0;
            r->pending_skip = 0;
            continue;
        }
        r->group_start = 0;
        if (c == '\r' || c == '\n')
            continue; /* line ends of the RTF source are not text */
        text(r, (const char *)&c, 1);
    }
    if (r->n >= RTF_OUT / 2) {
        int fr = sc_doc_feed(s, o, path, r->out, r->n);
        r->n = 0;
        if (fr != 0 || (drain && drain(s, name, user) != 0))
            return -2;
    }
    return 0;
}

int sc_input_rtf(int fd, uint8_t *buf, size_t bufsz, size_t nhead, const char *path,
                 const char *name, sc_scanner *s, const sc_input_opts *o, sc_drain_fn drain,
                 void *user)
{
    rtf *r = calloc(1, sizeof *r);
    if (!r) {
        sc_msg_error("%s: out of memory", path);
        return -1;
    }
    r->uc[0] = 1;
    sc_scanner_set_input(s, SC_INPUT_TEXT);
    int rc = decode(r, buf, nhead, o, path, name, s, drain, user);
    uint64_t total = nhead;
    while (rc == 0) {
        ssize_t k = read(fd, buf, bufsz);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            sc_msg_error("%s: read error after %llu bytes: %s", path, (unsigned long long)total,
                         strerror(errno));
            rc = -2;
            break;
        }
        if (k == 0)
            break;
        total += (uint64_t)k;
        rc = decode(r, buf, (size_t)k, o, path, name, s, drain, user);
    }
    if (rc == -1)
        sc_msg_error("%s: not a valid RTF document (unbalanced or too deeply nested groups)", path);
    if (rc == 0 && r->n) {
        int fr = sc_doc_feed(s, o, path, r->out, r->n);
        if (fr != 0)
            rc = -2;
    }
    free(r);
    if (rc != 0)
        return -1;
    sc_scanner_finish(s);
    if (drain && drain(s, name, user) != 0)
        return -1;
    return 0;
}
