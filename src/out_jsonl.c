/*
 * out_jsonl.c -- JSON Lines: one object per citation with the fields of
 * corpus/FORMAT.md (doc, start, end, type, text, key) plus the normalized
 * fields, the canonical form, what the tables know (enrich.h: "law", "act",
 * "enacted", "law_stat", "law_bill", "title_name", "section_status",
 * "section_heading", each only when known; not with --no-enrich) and, when
 * checking, status and diagnostics.
 * Strings are escaped per RFC 8259 and always UTF-8: text that is not valid
 * UTF-8 is decoded as Windows-1252 in "text" (writer.h) and given,
 * losslessly, as base64 in "text_bytes" (likewise "doc_bytes"), as
 * ripgrep's JSON output does.  Each record is built in a 4 KiB buffer and
 * handed to stdio in one write.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ctype.h"
#include "enrich.h"
#include "writer.h"

/*
 * A record is assembled in a buffer and handed to stdio in one fwrite (a
 * record was some forty stdio calls); the buffer is flushed whenever the
 * next piece might not fit, so its size bounds nothing but the write size.
 */
#define JB_CAP 4096
typedef struct jbuf {
    FILE *f;
    size_t n;
    char b[JB_CAP];
} jbuf;

static void jb_flush(jbuf *j)
{
    if (j->n)
        fwrite(j->b, 1, j->n, j->f);
    j->n = 0;
}

static void jb_put_slow(jbuf *j, const void *p, size_t l)
{
    while (l > 0) {
        if (j->n == JB_CAP)
            jb_flush(j);
        size_t k = JB_CAP - j->n < l ? JB_CAP - j->n : l;
        memcpy(j->b + j->n, p, k);
        j->n += k;
        p = (const char *)p + k;
        l -= k;
    }
}

static inline void jb_put(jbuf *j, const void *p, size_t l)
{
    if (l <= JB_CAP - j->n) {
        memcpy(j->b + j->n, p, l);
        j->n += l;
    } else {
        jb_put_slow(j, p, l);
    }
}

/* A string literal: its length is known when compiling. */
#define jb_lit(j, s) jb_put((j), s, sizeof s - 1)

static inline void jb_c(jbuf *j, char c)
{
    if (j->n == JB_CAP)
        jb_flush(j);
    j->b[j->n++] = c;
}

static void jb_s(jbuf *j, const char *s) { jb_put(j, s, strlen(s)); }

static void jb_num(jbuf *j, unsigned long long v)
{
    static const char d2[] = "00010203040506070809101112131415161718192021222324252627282930313233"
                             "34353637383940414243444546474849505152535455565758596061626364656667"
                             "6869707172737475767778798081828384858687888990919293949596979899";
    char b[24], *p = b + sizeof b;
    while (v >= 100) { /* two digits a step */
        p -= 2;
        memcpy(p, d2 + 2 * (v % 100), 2);
        v /= 100;
    }
    if (v >= 10) {
        p -= 2;
        memcpy(p, d2 + 2 * v, 2);
    } else {
        *--p = (char)('0' + v);
    }
    jb_put(j, p, (size_t)(b + sizeof b - p));
}

/* ,"name":N -- the name a literal */
#define num_field(f, name, v) (jb_lit((f), ",\"" name "\":"), jb_num((f), (v)))

/* What JSON does with each byte: 0 takes it as it is (printable ASCII but
 * '"' and '\\'), 1 escapes it (those two, control characters, DEL), 2
 * starts a UTF-8 sequence or is a Windows-1252 byte (writer.h). */
static const unsigned char jclass[256] = {
    [0 ... 0x1f] = 1, ['"'] = 1, ['\\'] = 1, [0x7f] = 1, [0x80 ... 0xff] = 2,
};

/* s[0..n) as a JSON string.  Returns 0 when s is valid UTF-8, 1 when some
 * byte was decoded as Windows-1252 or a cut character (as sc_utf8_valid()
 * would say, without a second pass). */
static int jstr(jbuf *f, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    int bad = 0;
    size_t i = 0;
    jb_c(f, '"');
    while (i < n) {
#if defined(__SSE2__)
        /* 16 bytes at a time: stored whole, kept up to the first that is not
         * plain; that one is written below */
        const __m128i sp = _mm_set1_epi8(0x20), qu = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'),
                      del = _mm_set1_epi8(0x7f);
        while (n - i >= 16) {
            if (JB_CAP - f->n < 16)
                jb_flush(f);
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            __m128i odd = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(v, sp), _mm_cmpeq_epi8(v, qu)),
                                       _mm_or_si128(_mm_cmpeq_epi8(v, bs), _mm_cmpeq_epi8(v, del)));
            unsigned m = (unsigned)_mm_movemask_epi8(odd); /* signed: 0x80-0xff are below 0x20 */
            _mm_storeu_si128((__m128i *)(void *)(f->b + f->n), v);
            if (m == 0) {
                f->n += 16;
                i += 16;
                continue;
            }
            unsigned k = (unsigned)__builtin_ctz(m);
            f->n += k;
            i += k;
            break;
        }
        if (i == n)
            break;
#endif
        size_t k = i;
        while (k < n && jclass[p[k]] == 0)
            k++;
        if (k > i) { /* a run of plain bytes in one write */
            jb_put(f, p + i, k - i);
            i = k;
            if (i == n)
                break;
        }
        unsigned char c = p[i];
        if (jclass[c] == 2) {
            size_t l = sc_utf8_len(p + i, n - i);
            if (l == 0 && sc_utf8_cut(p + i, n - i)) { /* a character cut off at the end */
                for (; i < n; i++)
                    jb_lit(f, "\xef\xbf\xbd");
                bad = 1;
                break;
            }
            if (l == 0) { /* a Windows-1252 byte (writer.h) */
                char ch[3];
                jb_put(f, ch, sc_cp1252_utf8(c, ch));
                bad = 1;
                i++;
                continue;
            }
            jb_put(f, p + i, l);
            i += l;
            continue;
        }
        switch (c) {
        case '"': jb_lit(f, "\\\""); break;
        case '\\': jb_lit(f, "\\\\"); break;
        case '\n': jb_lit(f, "\\n"); break;
        case '\r': jb_lit(f, "\\r"); break;
        case '\t': jb_lit(f, "\\t"); break;
        default: {
            static const char hex[] = "0123456789abcdef";
            char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            jb_put(f, u, sizeof u);
        }
        }
        i++;
    }
    jb_c(f, '"');
    return bad;
}

static void b64(jbuf *f, const char *s, size_t n)
{
    static const char tab[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const unsigned char *p = (const unsigned char *)s;
    jb_c(f, '"');
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0) |
                     (i + 2 < n ? p[i + 2] : 0);
        jb_c(f, tab[v >> 18 & 63]);
        jb_c(f, tab[v >> 12 & 63]);
        jb_c(f, i + 1 < n ? tab[v >> 6 & 63] : '=');
        jb_c(f, i + 2 < n ? tab[v & 63] : '=');
    }
    jb_c(f, '"');
}

/* ,"name":"value" (the name a literal); skipped when value is empty. */
#define field(f, name, v) field_((f), ",\"" name "\":", sizeof ",\"" name "\":" - 1, (v))
static void field_(jbuf *f, const char *head, size_t hl, const char *v)
{
    if (!v || !*v)
        return;
    jb_put(f, head, hl);
    jstr(f, v, strlen(v));
}

/* ,"text":"..." and, when it is not UTF-8, ,"text_bytes":"<base64>" */
static void text_field(jbuf *f, const char *v, size_t n)
{
    jb_lit(f, ",\"text\":");
    if (jstr(f, v, n)) {
        jb_lit(f, ",\"text_bytes\":");
        b64(f, v, n);
    }
}

static void enrich_write(jbuf *f, const sc_enrich *e)
{
    field(f, "law", e->law);
    field(f, "act", e->act);
    field(f, "enacted", e->enacted);
    field(f, "law_stat", e->stat);
    field(f, "law_bill", e->bill);
    field(f, "title_name", e->usc_title);
    field(f, "section_status", e->usc_status);
    field(f, "section_heading", e->usc_heading);
}

/* The enrichment fields, written once per key and then copied: a document
 * cites the same law many times, and escaping an Act's name each time
 * costs more than looking it up.  1024 slots (a long document cites
 * thousands of laws and sections; 256 kept 6 in 10 of them); a fragment
 * is at most JFRAG bytes (the bench corpus's longest is 399; a longer one
 * is written field by field, the same bytes, uncached). */
#define JCACHE 1024
#define JFRAG 448
struct sc_jsonl_cache {
    /* each slot's key hash, apart: a miss is told without touching the slot */
    uint32_t tag[JCACHE];
    struct {
        char key[SC_KEY_MAX];
        unsigned range; /* SC_W_RANGE and the type: with the key, what is asked */
        char frag[JFRAG];
        size_t len;
    } slot[JCACHE];
};

/* ,"name":"value" into b (JFRAG bytes) at *n; the tables' strings are
 * UTF-8, so only '"', '\\' and control characters need escaping.  Returns
 * -1 when it does not fit. */
static int frag_field(char *b, size_t *n, const char *name, const char *v)
{
    if (!*v)
        return 0;
    size_t o = *n, nl = strlen(name);
    if (o + nl + 6 >= JFRAG)
        return -1;
    b[o++] = ',';
    b[o++] = '"';
    memcpy(b + o, name, nl);
    o += nl;
    memcpy(b + o, "\":\"", 3);
    o += 3;
    for (const unsigned char *p = (const unsigned char *)v; *p;) {
        size_t k = 0; /* a run that needs no escape, in one copy */
        while (p[k] >= 0x20 && p[k] != '"' && p[k] != '\\')
            k++;
        if (k > 0) {
            if (o + k + 7 >= JFRAG) /* (o + 8 >= JFRAG at its last byte) */
                return -1;
            memcpy(b + o, p, k);
            o += k;
            p += k;
            continue;
        }
        if (o + 8 >= JFRAG)
            return -1;
        if (*p == '"' || *p == '\\') {
            b[o++] = '\\';
            b[o++] = (char)*p;
        } else {
            static const char hex[] = "0123456789abcdef";
            memcpy(b + o, "\\u00", 4);
            b[o + 4] = hex[*p >> 4];
            b[o + 5] = hex[*p & 15];
            o += 6;
        }
        p++;
    }
    b[o++] = '"';
    *n = o;
    return 0;
}

static void enrich_fields(sc_writer *w, jbuf *f, const sc_citation *c)
{
    if (!w->jcache)
        w->jcache = calloc(1, sizeof *w->jcache);
    uint32_t h = 2166136261u; /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)c->key; *p; p++)
        h = (h ^ *p) * 16777619u;
    __typeof__(&w->jcache->slot[0]) s = w->jcache ? &w->jcache->slot[h % JCACHE] : NULL;
    uint32_t *tag = w->jcache ? &w->jcache->tag[h % JCACHE] : NULL;
    /* an Act section's key is a Code key ("usc:42/7501"), and its answer
     * is not the Code section's: the type is part of the question */
    unsigned range = (c->wording & SC_W_RANGE) | (unsigned)c->type << 24;
    if (s && *tag == h && s->key[0] && s->range == range && strcmp(s->key, c->key) == 0) {
        jb_put(f, s->frag, s->len);
        return;
    }
    sc_enrich e;
    if (!sc_enrich_get(c, &e)) {
        if (s) { /* nothing known: remembered as nothing */
            *tag = h;
            s->len = 0;
            s->range = range;
            memcpy(s->key, c->key, strnlen(c->key, sizeof s->key - 1) + 1);
            s->key[sizeof s->key - 1] = '\0';
        }
        return;
    }
    if (s) {
        size_t n = 0;
        const char *names[] = { "law", "act", "enacted", "law_stat", "law_bill",
                                "title_name", "section_status", "section_heading" };
        const char *vals[] = { e.law, e.act, e.enacted, e.stat, e.bill,
                               e.usc_title, e.usc_status, e.usc_heading };
        int ok = 1;
        for (int i = 0; i < 8 && ok; i++)
            ok = frag_field(s->frag, &n, names[i], vals[i]) == 0;
        if (ok) {
            *tag = h;
            s->len = n;
            s->range = range;
            memcpy(s->key, c->key, strnlen(c->key, sizeof s->key - 1) + 1);
            s->key[sizeof s->key - 1] = '\0';
            jb_put(f, s->frag, n);
            return;
        }
        s->key[0] = '\0';
    }
    enrich_write(f, &e);
}

/* {"doc":"NAME" (with "doc_bytes" when NAME is not UTF-8): the same for
 * every record of a document, so made once and kept in the writer while
 * the document lasts (when it fits). */
static void doc_head(sc_writer *w, jbuf *f, const char *doc)
{
    if (w->jdoc_len && strcmp(doc, w->jdoc) == 0) {
        jb_put(f, w->jhead, w->jhead_len);
        return;
    }
    size_t dl = strlen(doc), n0 = f->n;
    jb_lit(f, "{\"doc\":");
    if (jstr(f, doc, dl)) {
        jb_lit(f, ",\"doc_bytes\":");
        b64(f, doc, dl);
    }
    w->jdoc_len = 0;
    size_t hl = f->n - n0;
    /* (a short name's head never fills the buffer: none of it was flushed) */
    if (dl < sizeof w->jdoc && hl <= sizeof w->jhead && f->n == n0 + hl) {
        memcpy(w->jdoc, doc, dl + 1);
        memcpy(w->jhead, f->b + n0, hl);
        w->jhead_len = hl;
        w->jdoc_len = dl + 1;
    }
}

int sc_out_jsonl_put(sc_writer *w, const char *doc, const sc_citation *c)
{
    jbuf jb;
    jbuf *f = &jb;
    jb.f = w->out;
    jb.n = 0;
    size_t rl = strlen(c->raw);
    doc_head(w, f, doc);
    num_field(f, "start", c->start);
    num_field(f, "end", c->end);
    num_field(f, "line", c->line);
    num_field(f, "col", c->col);
    jb_lit(f, ",\"type\":\"");
    jb_s(f, sc_type_name(c->type));
    jb_c(f, '"');
    text_field(f, c->raw, rl);
    if (c->raw_len > rl)
        jb_lit(f, ",\"text_truncated\":true");
    field(f, "key", c->key);
    if (c->form == SC_FORM_SHORT) { /* FORMAT.md: full citations have no "form" */
        jb_lit(f, ",\"form\":\"short\"");
        if (c->antecedent != SC_NO_ANTECEDENT)
            num_field(f, "antecedent", c->antecedent);
    }
    field(f, "canonical", c->canonical);
    field(f, "act", c->act);
    field(f, "act_section", c->act_section);
    if (c->congress > 0)
        num_field(f, "congress", (unsigned)c->congress);
    if (c->type == SC_BILL) {
        field(f, "bill_type", sc_bill_code(c->bill));
        if (c->number >= 0)
            num_field(f, "bill_number", (unsigned)c->number);
        else
            jb_lit(f, ",\"bill_number\":-"), jb_num(f, (unsigned long long)-(long long)c->number);
    } else if (c->number > 0) {
        num_field(f, "law_number", (unsigned)c->number);
    }
    if (c->year > 0)
        num_field(f, "year", (unsigned)c->year);
    field(f, "title", c->title);
    field(f, "section", c->section);
    field(f, "subsections", c->subsections);
    field(f, "edition", c->edition);
    field(f, "volume", c->volume);
    field(f, "page", c->pages);
    if (c->chapter > 0)
        num_field(f, "chapter", (unsigned)c->chapter);
    if (c->date > 0) { /* ,"date":"yyyy-mm-dd" */
        int y = (int)(c->date / 10000), m = (int)(c->date / 100 % 100), d = (int)(c->date % 100);
        if (y <= 9999) {
            char t[12] = { '"', (char)('0' + y / 1000), (char)('0' + y / 100 % 10),
                           (char)('0' + y / 10 % 10), (char)('0' + y % 10), '-',
                           (char)('0' + m / 10), (char)('0' + m % 10), '-',
                           (char)('0' + d / 10), (char)('0' + d % 10), '"' };
            jb_lit(f, ",\"date\":");
            jb_put(f, t, sizeof t);
        } else {
            char t[16];
            snprintf(t, sizeof t, "%04d-%02d-%02d", y, m, d);
            field(f, "date", t);
        }
    }
    if (c->wording & SC_W_ET_SEQ)
        jb_lit(f, ",\"et_seq\":true");
    if (c->wording & SC_W_NOTE)
        jb_lit(f, ",\"note\":true");
    if (c->page > 0)
        num_field(f, "pdf_page", c->page);
    field(f, "url", c->url);
    if (!w->o.no_enrich) /* what the tables know */
        enrich_fields(w, f, c);
    if (w->o.check) {
        int st = sc_citation_status(c);
        field(f, "status", st < 0 ? "ok" : sc_severity_name((sc_severity)st));
        jb_lit(f, ",\"diagnostics\":[");
        for (int i = 0; i < c->ndiag; i++) {
            const sc_diag *d = &c->diag[i];
            jb_s(f, i ? ",{\"severity\":\"" : "{\"severity\":\"");
            jb_s(f, sc_severity_name(d->severity));
            jb_c(f, '"');
            field(f, "code", d->code);
            field(f, "message", d->message);
            field(f, "suggestion", d->suggestion);
            jb_c(f, '}');
        }
        jb_c(f, ']');
    }
    jb_c(f, '}');
    jb_flush(f);
    return sc_out_endrec(w) || ferror(w->out) ? -1 : 0;
}
