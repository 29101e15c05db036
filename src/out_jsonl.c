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
 * ripgrep's JSON output does.  Each record, with its separator, is built
 * in a buffer (jsonbuf.h) and handed to stdio in one write.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "enrich.h"
#include "jsonbuf.h"
#include "writer.h"

/* ,"name":"value" (the name a literal); skipped when value is empty. */
#define field(f, name, v) field_((f), ",\"" name "\":", sizeof ",\"" name "\":" - 1, (v))
static void field_(jbuf *f, const char *head, size_t hl, const char *v)
{
    if (!v || !*v)
        return;
    jb_put(f, head, hl);
    jstr(f, v, strlen(v));
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
/* A slot holds its key and then the fragment, back to back after their
 * lengths: a hit reads a few adjacent cache lines from the slot's start. */
struct jslot {
    uint32_t klen;  /* the key's length; 0 when the slot is empty */
    uint32_t len;   /* the fragment's */
    unsigned range; /* SC_W_RANGE and the type: with the key, what is asked */
    char data[SC_KEY_MAX + JFRAG]; /* the key, then the fragment at data + klen */
};
struct sc_jsonl_cache {
    /* each slot's key hash, apart: a miss is told without touching the slot */
    uint32_t tag[JCACHE];
    struct jslot slot[JCACHE];
};

/* ,"name":"value" into b (JFRAG bytes) at *n; the tables' strings are
 * UTF-8, so only '"', '\\' and control characters need escaping.  Returns
 * -1 when it does not fit. */
static int frag_field(char *b, size_t *n, const char *name, const char *v)
{
    if (!*v)
        return 0;
    size_t o = *n, nl = strlen(name), vl = strlen(v);
    /* the worst case first (6 bytes a byte), then as it is: a name that
     * needs no escape (nearly all) is one copy */
    if (o + nl + 6 + vl >= JFRAG)
        return -1;
    b[o++] = ',';
    b[o++] = '"';
    memcpy(b + o, name, nl);
    o += nl;
    memcpy(b + o, "\":\"", 3);
    o += 3;
    const unsigned char *p = (const unsigned char *)v, *e = p + vl;
    while (p < e) {
        const unsigned char *q = p; /* a run that needs no escape, in one copy */
#if defined(__SSE2__)
        const __m128i c1f = _mm_set1_epi8(0x1f), qu = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\');
        unsigned m = 0;
        for (; e - q >= 16; q += 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)q);
            __m128i odd = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(x, c1f), x),
                                       _mm_or_si128(_mm_cmpeq_epi8(x, qu), _mm_cmpeq_epi8(x, bs)));
            if ((m = (unsigned)_mm_movemask_epi8(odd)) != 0)
                break;
        }
        if (m)
            q += __builtin_ctz(m);
        else
#endif
            while (q < e && *q >= 0x20 && *q != '"' && *q != '\\')
                q++;
        size_t k = (size_t)(q - p);
        if (o + k + 8 >= JFRAG)
            return -1;
        memcpy(b + o, p, k);
        o += k;
        p = q;
        if (p == e)
            break;
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

/* Remembers in slot s (tag *tag = h) that key c->key (klen bytes) with
 * range is answered by the len bytes at s->data + klen. */
static void remember(uint32_t *tag, uint32_t h, struct jslot *s, const sc_citation *c, size_t klen,
                     unsigned range, size_t len)
{
    *tag = h;
    s->len = (uint32_t)len;
    s->range = range;
    s->klen = (uint32_t)klen;
    memcpy(s->data, c->key, klen);
}

/* The slot of a key of klen (< SC_KEY_MAX) bytes: its bytes hashed eight
 * at a time (those past klen, in the array, masked off). */
static uint32_t key_hash(const char *key, size_t klen)
{
    uint64_t h = klen;
    for (size_t i = 0; i < klen; i += 8) {
        uint64_t x;
        memcpy(&x, key + i, 8); /* i + 8 <= SC_KEY_MAX: klen < SC_KEY_MAX */
        if (klen - i < 8)
            x &= ~0ull >> (8 * (8 - (klen - i)));
        h = (h ^ x) * 0x9e3779b97f4a7c15ull;
    }
    return (uint32_t)(h ^ h >> 29 ^ h >> 47);
}

static void enrich_fields(sc_writer *w, jbuf *f, const sc_citation *c, size_t klen)
{
    if (!w->jcache)
        w->jcache = calloc(1, sizeof *w->jcache);
    struct sc_jsonl_cache *jc = w->jcache;
    uint32_t h = klen < SC_KEY_MAX ? key_hash(c->key, klen) : 0;
    struct jslot *s = jc && klen > 0 && klen < SC_KEY_MAX ? &jc->slot[h % JCACHE] : NULL;
    uint32_t *tag = s ? &jc->tag[h % JCACHE] : NULL;
    /* an Act section's key is a Code key ("usc:42/7501"), and its answer
     * is not the Code section's: the type is part of the question */
    unsigned range = (c->wording & SC_W_RANGE) | (unsigned)c->type << 24;
    if (s && *tag == h && s->klen == klen && s->range == range && memcmp(s->data, c->key, klen) == 0) {
        jb_put(f, s->data + klen, s->len);
        return;
    }
    sc_enrich e;
    if (!sc_enrich_get(c, &e)) {
        if (s) /* nothing known: remembered as nothing */
            remember(tag, h, s, c, klen, range, 0);
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
            ok = frag_field(s->data + klen, &n, names[i], vals[i]) == 0;
        if (ok) {
            remember(tag, h, s, c, klen, range, n);
            jb_put(f, s->data + klen, n);
            return;
        }
        s->klen = 0;
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

/* ,"name":N -- the name a literal */
#define num_field(f, name, v) (jb_lit((f), ",\"" name "\":"), jb_num((f), (v)))
/* ... at o, with room for it */
#define o_numf(o, name, v) (o_lit((o), ",\"" name "\":"), (o) = o_num((o), (v)))

/* ,"name":"value" for a text field of the citation (a char array, the
 * name a literal); skipped when empty.  Sets *len to its length. */
#define zfield(f, name, arr, len)                                                                  \
    do {                                                                                           \
        if ((arr)[0]) {                                                                            \
            char *o_ = jb_room((f), sizeof ",\"" name "\":" + JZ_ROOM(sizeof(arr)));               \
            int bad_ = 0;                                                                          \
            o_lit(o_, ",\"" name "\":");                                                           \
            jb_end((f), jz(o_, (arr), sizeof(arr), (len), &bad_));                                 \
        } else {                                                                                   \
            *(len) = 0;                                                                            \
        }                                                                                          \
    } while (0)

/* ,"type":"NAME" for each type */
#define TYPE_FRAG(name) { ",\"type\":\"" name "\"", sizeof ",\"type\":\"" name "\"" - 1 }
static const struct { char s[32]; size_t n; } type_frag[SC_NTYPES] = {
    TYPE_FRAG("public_law"), TYPE_FRAG("private_law"), TYPE_FRAG("usc"),
    TYPE_FRAG("bill"),       TYPE_FRAG("stat"),        TYPE_FRAG("act_section"),
};

int sc_out_jsonl_put(sc_writer *w, const char *doc, const sc_citation *c)
{
    jbuf jb;
    jbuf *f = &jb;
    jb.f = w->out;
    jb.n = 0;
    size_t rl, kl, l;
    doc_head(w, f, doc);
    char *o = jb_room(f, 4 * (sizeof ",\"start\":" + 20) + sizeof type_frag[0].s);
    o_numf(o, "start", c->start);
    o_numf(o, "end", c->end);
    o_numf(o, "line", c->line);
    o_numf(o, "col", c->col);
    if ((unsigned)c->type < SC_NTYPES) {
        memcpy(o, type_frag[c->type].s, sizeof type_frag[0].s);
        o += type_frag[c->type].n;
    } else {
        o_lit(o, ",\"type\":\"?\"");
    }
    jb_end(f, o);
    o = jb_room(f, sizeof ",\"text\":" + JZ_ROOM(sizeof c->raw));
    o_lit(o, ",\"text\":");
    int bad = 0;
    jb_end(f, jz(o, c->raw, sizeof c->raw, &rl, &bad));
    if (bad) { /* ,"text_bytes":"<base64>" when it is not UTF-8 */
        jb_lit(f, ",\"text_bytes\":");
        b64(f, c->raw, rl);
    }
    if (c->raw_len > rl)
        jb_lit(f, ",\"text_truncated\":true");
    zfield(f, "key", c->key, &kl);
    if (c->form == SC_FORM_SHORT) { /* FORMAT.md: full citations have no "form" */
        jb_lit(f, ",\"form\":\"short\"");
        if (c->antecedent != SC_NO_ANTECEDENT)
            num_field(f, "antecedent", c->antecedent);
    }
    zfield(f, "canonical", c->canonical, &l);
    zfield(f, "act", c->act, &l);
    zfield(f, "act_section", c->act_section, &l);
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
    zfield(f, "title", c->title, &l);
    zfield(f, "section", c->section, &l);
    zfield(f, "subsections", c->subsections, &l);
    zfield(f, "edition", c->edition, &l);
    zfield(f, "volume", c->volume, &l);
    zfield(f, "page", c->pages, &l);
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
    if (c->wording & SC_W_BY_NAME) /* check only: the law of an Act named alone */
        jb_lit(f, ",\"by_name\":true");
    if (c->page > 0)
        num_field(f, "pdf_page", c->page);
    zfield(f, "url", c->url, &l);
    if (!w->o.no_enrich) /* what the tables know */
        enrich_fields(w, f, c, kl);
    if (w->o.check) {
        /* the status and the severities as whole literals (sc_severity:
         * note, warning, error; any other value reads "?") */
        switch (sc_citation_status(c)) {
        case -1: jb_lit(f, ",\"status\":\"ok\",\"diagnostics\":["); break;
        case SC_NOTE: jb_lit(f, ",\"status\":\"note\",\"diagnostics\":["); break;
        case SC_WARNING: jb_lit(f, ",\"status\":\"warning\",\"diagnostics\":["); break;
        case SC_ERROR: jb_lit(f, ",\"status\":\"error\",\"diagnostics\":["); break;
        default: jb_lit(f, ",\"status\":\"?\",\"diagnostics\":[");
        }
        for (int i = 0; i < c->ndiag; i++) {
            const sc_diag *d = &c->diag[i];
            if (i)
                jb_c(f, ',');
            switch (d->severity) {
            case SC_NOTE: jb_lit(f, "{\"severity\":\"note\""); break;
            case SC_WARNING: jb_lit(f, "{\"severity\":\"warning\""); break;
            case SC_ERROR: jb_lit(f, "{\"severity\":\"error\""); break;
            default: jb_lit(f, "{\"severity\":\"?\"");
            }
            field(f, "code", d->code);
            field(f, "message", d->message);
            field(f, "suggestion", d->suggestion);
            jb_c(f, '}');
        }
        jb_c(f, ']');
    }
    jb_c(f, '}');
    jb_c(f, w->o.null_sep ? '\0' : '\n'); /* the separator, in the same write */
    jb_flush(f);
    return ferror(w->out) ? -1 : 0;
}
