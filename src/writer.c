/*
 * writer.c -- the sc_writer object: picks the format, dispatches each
 * citation to out_<format>.c, frees what the formats kept.
 */
#include <stdlib.h>
#include <string.h>

#include "ctype.h"
#include "enrich.h"
#include "stage.h"
#include "utf8.h"
#include "writer.h"

int sc_format_from_name(const char *name)
{
    static const struct { const char *name; sc_format f; } names[] = {
        { "text", SC_FMT_TEXT },   { "table", SC_FMT_TEXT },  { "csv", SC_FMT_CSV },
        { "jsonl", SC_FMT_JSONL }, { "json", SC_FMT_JSONL },  { "ndjson", SC_FMT_JSONL },
        { "bibtex", SC_FMT_BIBTEX }, { "bib", SC_FMT_BIBTEX }, { "biblatex", SC_FMT_BIBLATEX },
        { "diag", SC_FMT_DIAG },   { "gcc", SC_FMT_DIAG },    { "html", SC_FMT_HTML },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i].name) == 0)
            return names[i].f;
    return -1;
}

void sc_write_options_init(sc_write_options *o)
{
    memset(o, 0, sizeof *o);
    o->header = 1;
}

sc_writer *sc_writer_new(sc_format fmt, FILE *out, const sc_write_options *opt)
{
    sc_writer *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->fmt = fmt;
    w->out = out;
    if (opt)
        w->o = *opt;
    else
        sc_write_options_init(&w->o);
    return w;
}

void sc_out_num(FILE *f, unsigned long long v)
{
    char b[20], *p = sc_dec(b + sizeof b, v);
    fwrite(p, 1, (size_t)(b + sizeof b - p), f);
}

int sc_out_endrec(sc_writer *w)
{
    return putc(w->o.null_sep ? '\0' : '\n', w->out) == EOF ? -1 : 0;
}

int sc_writer_put(sc_writer *w, const char *docname, const sc_citation *c)
{
    if (!docname)
        docname = "";
    SC_STAGE_BEGIN(t_write);
    int rc;
    switch (w->fmt) {
    case SC_FMT_CSV: rc = sc_out_csv_put(w, docname, c); break;
    case SC_FMT_JSONL: rc = sc_out_jsonl_put(w, docname, c); break;
    case SC_FMT_BIBTEX:
    case SC_FMT_BIBLATEX: rc = sc_out_bibtex_put(w, docname, c); break;
    case SC_FMT_DIAG: rc = sc_out_diag_put(w, docname, c); break;
    case SC_FMT_HTML: rc = sc_out_html_put(w, docname, c); break;
    case SC_FMT_TEXT:
    default: rc = sc_out_text_put(w, docname, c); break;
    }
    SC_STAGE_END(SC_ST_WRITE, t_write);
    return rc;
}

int sc_writer_put_document(sc_writer *w, const char *doc, const void *bytes, size_t len,
                           const sc_citation *cites, size_t n)
{
    if (!doc)
        doc = "";
    if (w->fmt == SC_FMT_HTML)
        return sc_out_html_document(w, doc, bytes, bytes ? len : 0, cites, n);
    for (size_t i = 0; i < n; i++)
        if (sc_writer_put(w, doc, &cites[i]) != 0)
            return -1;
    return 0;
}

int sc_writer_finish(sc_writer *w)
{
    int rc = 0;
    if (w->fmt == SC_FMT_CSV && !w->started)
        rc = sc_out_csv_put(w, NULL, NULL); /* header alone */
    if (w->fmt == SC_FMT_TEXT)
        rc = sc_out_text_flush(w);
    if (w->fmt == SC_FMT_HTML)
        rc = sc_out_html_finish(w);
    if (fflush(w->out) != 0 || ferror(w->out))
        rc = -1;
    return rc;
}

void sc_writer_free(sc_writer *w)
{
    if (!w)
        return;
    free(w->rows);
    sc_enrich_cache_free(w->enrich);
    free(w->jcache);
    sc_strset_free(&w->keys);
    sc_out_html_free(w);
    free(w);
}

size_t sc_utf8_len(const unsigned char *p, size_t n)
{
    unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    size_t l = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
    if (l == 0 || c > 0xf4 || l > n)
        return 0;
    for (size_t i = 1; i < l; i++)
        if ((p[i] & 0xc0) != 0x80)
            return 0;
    if (l == 3 && ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] >= 0xa0)))
        return 0; /* overlong, surrogate */
    if (l == 4 && ((c == 0xf0 && p[1] < 0x90) || (c == 0xf4 && p[1] >= 0x90)))
        return 0;
    return l;
}

/* Windows-1252's 0x80-0x9F (0: undefined there); 0xA0-0xFF are Latin-1's. */
static const unsigned short cp1252_hi[32] = {
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013,
    0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178
};

size_t sc_cp1252_utf8(unsigned char b, char out[3])
{
    unsigned cp = b < 0x80 ? b : b < 0xa0 ? cp1252_hi[b - 0x80] : b;
    if (cp == 0)
        cp = 0xfffd;
    return sc_utf8_put((unsigned char *)out, cp); /* at most 0xfffd: 3 bytes */
}

size_t sc_utf8_cut(const unsigned char *p, size_t n)
{
    if (n < 2 || p[0] < 0xc2 || p[0] > 0xf4)
        return 0;
    size_t need = p[0] >= 0xf0 ? 4 : p[0] >= 0xe0 ? 3 : 2;
    if (n >= need)
        return 0;
    for (size_t i = 1; i < n; i++)
        if ((p[i] & 0xc0) != 0x80)
            return 0;
    return n;
}

size_t sc_utf8_fix(const char *s, size_t n, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t o = 0;
    if (cap == 0)
        return 0;
    for (size_t i = 0; i < n;) {
        char ch[4];
        size_t l = p[i] < 0x80 ? 1 : sc_utf8_len(p + i, n - i), k;
        if (l) {
            memcpy(ch, p + i, l);
            k = l;
            i += l;
        } else if (sc_utf8_cut(p + i, n - i)) { /* a character cut off at the end: */
            while (i < n && o + 3 < cap) {      /* U+FFFD for each of its bytes   */
                memcpy(out + o, "\xef\xbf\xbd", 3);
                o += 3;
                i++;
            }
            break;
        } else {
            k = sc_cp1252_utf8(p[i++], ch);
        }
        if (o + k >= cap)
            break; /* never a cut character */
        memcpy(out + o, ch, k);
        o += k;
    }
    out[o] = '\0';
    return o;
}

int sc_utf8_valid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        size_t l = sc_utf8_len(p + i, n - i);
        if (!l)
            return 0;
        i += l;
    }
    return 1;
}

void sc_out_utf8(FILE *f, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t run = 0; /* start of bytes to copy as they are */
    for (size_t i = 0; i < n;) {
        size_t l = p[i] < 0x80 ? 1 : sc_utf8_len(p + i, n - i);
        if (l) {
            i += l;
            continue;
        }
        char ch[3];
        fwrite(p + run, 1, i - run, f);
        if (sc_utf8_cut(p + i, n - i)) { /* a character cut off at the end */
            for (; i < n; i++)
                fwrite("\xef\xbf\xbd", 1, 3, f);
            run = n;
            break;
        }
        fwrite(ch, 1, sc_cp1252_utf8(p[i], ch), f);
        run = ++i;
    }
    fwrite(p + run, 1, n - run, f);
}
