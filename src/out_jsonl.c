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

#include "ctype.h"
#include "enrich.h"
#include "writer.h"

#define valid_utf8 sc_utf8_valid

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

static void jb_put(jbuf *j, const void *p, size_t l)
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

static inline void jb_c(jbuf *j, char c)
{
    if (j->n == JB_CAP)
        jb_flush(j);
    j->b[j->n++] = c;
}

static void jb_s(jbuf *j, const char *s) { jb_put(j, s, strlen(s)); }

static void jb_num(jbuf *j, unsigned long long v)
{
    char b[24], *p = sc_dec(b + sizeof b, v);
    jb_put(j, p, (size_t)(b + sizeof b - p));
}


/* ,"name":N */
static void num_field(jbuf *f, const char *name, unsigned long long v)
{
    jb_s(f, ",\"");
    jb_s(f, name);
    jb_s(f, "\":");
    jb_num(f, v);
}

/* Printable ASCII that JSON takes as it is: everything from space to '~'
 * but '"' and '\\'. */
static int plain(unsigned char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; }

static void jstr(jbuf *f, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    jb_c(f, '"');
    for (size_t i = 0; i < n;) {
        unsigned char c = p[i];
        if (plain(c)) { /* a run of them in one write */
            size_t k = i + 1;
            while (k < n && plain(p[k]))
                k++;
            jb_put(f, p + i, k - i);
            i = k;
            continue;
        }
        size_t l = sc_utf8_len(p + i, n - i);
        if (l == 0 && sc_utf8_cut(p + i, n - i)) { /* a character cut off at the end */
            for (; i < n; i++)
                jb_s(f, "\xef\xbf\xbd");
            break;
        }
        if (l == 0) { /* a Windows-1252 byte (writer.h) */
            char ch[3];
            jb_put(f, ch, sc_cp1252_utf8(c, ch));
            i++;
            continue;
        }
        if (l > 1) {
            jb_put(f, p + i, l);
            i += l;
            continue;
        }
        switch (c) {
        case '"': jb_s(f, "\\\""); break;
        case '\\': jb_s(f, "\\\\"); break;
        case '\n': jb_s(f, "\\n"); break;
        case '\r': jb_s(f, "\\r"); break;
        case '\t': jb_s(f, "\\t"); break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char u[8];
                snprintf(u, sizeof u, "\\u%04x", c);
                jb_s(f, u);
            }
            else
                jb_c(f, c);
        }
        i++;
    }
    jb_c(f, '"');
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

/* "name":"value" with a leading comma; skipped when value is empty. */
static void field(jbuf *f, const char *name, const char *v)
{
    if (!v || !*v)
        return;
    jb_s(f, ",\"");
    jb_s(f, name);
    jb_s(f, "\":");
    jstr(f, v, strlen(v));
}

static void text_field(jbuf *f, const char *name, const char *v, size_t n)
{
    jb_s(f, ",\"");
    jb_s(f, name);
    jb_s(f, "\":");
    jstr(f, v, n);
    if (!valid_utf8(v, n)) {
        jb_s(f, ",\"");
        jb_s(f, name);
        jb_s(f, "_bytes\":");
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
 * costs more than looking it up. */
#define JCACHE 256
#define JFRAG 1024
struct sc_jsonl_cache {
    struct {
        char key[SC_KEY_MAX];
        unsigned range; /* SC_W_RANGE: the key and this say what is asked */
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
    for (const unsigned char *p = (const unsigned char *)v; *p; p++) {
        if (o + 8 >= JFRAG)
            return -1;
        if (*p == '"' || *p == '\\') {
            b[o++] = '\\';
            b[o++] = (char)*p;
        } else if (*p < 0x20) {
            o += (size_t)snprintf(b + o, 7, "\\u%04x", *p);
        } else {
            b[o++] = (char)*p;
        }
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
    unsigned range = c->wording & SC_W_RANGE;
    if (s && s->key[0] && s->range == range && strcmp(s->key, c->key) == 0) {
        jb_put(f, s->frag, s->len);
        return;
    }
    sc_enrich e;
    if (!sc_enrich_get(c, &e)) {
        if (s) { /* nothing known: remembered as nothing */
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

int sc_out_jsonl_put(sc_writer *w, const char *doc, const sc_citation *c)
{
    jbuf jb;
    jbuf *f = &jb;
    jb.f = w->out;
    jb.n = 0;
    size_t rl = strlen(c->raw);
    jb_s(f, "{\"doc\":");
    jstr(f, doc, strlen(doc));
    if (!valid_utf8(doc, strlen(doc))) {
        jb_s(f, ",\"doc_bytes\":");
        b64(f, doc, strlen(doc));
    }
    num_field(f, "start", c->start);
    num_field(f, "end", c->end);
    num_field(f, "line", c->line);
    num_field(f, "col", c->col);
    jb_s(f, ",\"type\":\"");
    jb_s(f, sc_type_name(c->type));
    jb_c(f, '"');
    text_field(f, "text", c->raw, rl);
    if (c->raw_len > rl)
        jb_s(f, ",\"text_truncated\":true");
    field(f, "key", c->key);
    if (c->form == SC_FORM_SHORT) { /* FORMAT.md: full citations have no "form" */
        jb_s(f, ",\"form\":\"short\"");
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
            jb_s(f, ",\"bill_number\":-"), jb_num(f, (unsigned long long)-(long long)c->number);
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
    if (c->date > 0) {
        char d[16];
        snprintf(d, sizeof d, "%04d-%02d-%02d", (int)(c->date / 10000), (int)(c->date / 100 % 100),
                 (int)(c->date % 100));
        field(f, "date", d);
    }
    if (c->wording & SC_W_ET_SEQ)
        jb_s(f, ",\"et_seq\":true");
    if (c->wording & SC_W_NOTE)
        jb_s(f, ",\"note\":true");
    if (c->page > 0)
        num_field(f, "pdf_page", c->page);
    field(f, "url", c->url);
    if (!w->o.no_enrich) /* what the tables know */
        enrich_fields(w, f, c);
    if (w->o.check) {
        int st = sc_citation_status(c);
        field(f, "status", st < 0 ? "ok" : sc_severity_name((sc_severity)st));
        jb_s(f, ",\"diagnostics\":[");
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
