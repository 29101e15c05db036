/*
 * out_jsonl.c -- JSON Lines: one object per citation with the fields of
 * corpus/FORMAT.md (doc, start, end, type, text, key) plus the normalized
 * fields, the canonical form and, when checking, status and diagnostics.
 * Strings are escaped per RFC 8259; text that is not valid UTF-8 is written
 * with U+FFFD in "text" and, losslessly, base64 in "text_bytes" (likewise
 * "doc_bytes"), as ripgrep's JSON output does.  Each record is built in a
 * 4 KiB buffer and written with one call.
 */
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ctype.h"
#include "writer.h"

static int valid_utf8(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        if (p[i] < 0x80) { /* ASCII needs no call */
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

/* Room for @p need more bytes (need <= JB_CAP). */
static inline char *jb_room(jbuf *j, size_t need)
{
    if (j->n + need > JB_CAP)
        jb_flush(j);
    return j->b + j->n;
}

static void jb_put(jbuf *j, const void *p, size_t l)
{
    while (l > 0) {
        size_t k = l < JB_CAP ? l : JB_CAP;
        memcpy(jb_room(j, k), p, k);
        j->n += k;
        p = (const char *)p + k;
        l -= k;
    }
}

static inline void jb_c(jbuf *j, char c)
{
    *jb_room(j, 1) = c;
    j->n++;
}

static void jb_s(jbuf *j, const char *s) { jb_put(j, s, strlen(s)); }

static void jb_num(jbuf *j, unsigned long long v)
{
    char b[24], *p = sc_dec(b + sizeof b, v);
    jb_put(j, p, (size_t)(b + sizeof b - p));
}

/* A string literal and its length, known when compiling. */
#define LIT(s) s, sizeof s - 1

/* ,"name":N -- the caller gives ,"name": whole (LIT) */
static void num_field(jbuf *j, const char *pre, size_t pl, unsigned long long v)
{
    jb_put(j, pre, pl);
    jb_num(j, v);
}

/* Printable ASCII that JSON takes as it is: everything from space to '~'
 * but '"' and '\\'. */
static int plain(unsigned char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; }

/* The end of the run of plain bytes from p[k] (16 bytes a step on x86-64:
 * a record is mostly plain ASCII). */
static size_t plain_run(const unsigned char *p, size_t k, size_t n)
{
#ifdef __SSE2__
    const __m128i lo = _mm_set1_epi8(0x1f), hi = _mm_set1_epi8(0x7f), q = _mm_set1_epi8('"'),
                  bs = _mm_set1_epi8('\\');
    for (; k + 16 <= n; k += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(p + k));
        /* signed compares: bytes >= 0x80 are negative, so not plain */
        __m128i ok = _mm_and_si128(_mm_cmpgt_epi8(x, lo), _mm_cmplt_epi8(x, hi));
        __m128i bad = _mm_or_si128(_mm_cmpeq_epi8(x, q), _mm_cmpeq_epi8(x, bs));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(bad, ok)) ^ 0xffffu;
        if (m)
            return k + (size_t)__builtin_ctz(m);
    }
#endif
    while (k < n && plain(p[k]))
        k++;
    return k;
}

static void jstr(jbuf *j, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;
    jb_c(j, '"');
    for (size_t i = 0; i < n;) {
        unsigned char c = p[i];
        if (plain(c)) { /* a run of them in one copy */
            size_t k = plain_run(p, i + 1, n);
            jb_put(j, p + i, k - i);
            i = k;
            continue;
        }
        size_t l = sc_utf8_len(p + i, n - i);
        if (l == 0) {
            jb_put(j, "\xef\xbf\xbd", 3); /* U+FFFD */
            i++;
            continue;
        }
        if (l > 1) {
            jb_put(j, p + i, l);
            i += l;
            continue;
        }
        switch (c) {
        case '"': jb_put(j, "\\\"", 2); break;
        case '\\': jb_put(j, "\\\\", 2); break;
        case '\n': jb_put(j, "\\n", 2); break;
        case '\r': jb_put(j, "\\r", 2); break;
        case '\t': jb_put(j, "\\t", 2); break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
                jb_put(j, u, 6);
            } else {
                jb_c(j, (char)c);
            }
        }
        i++;
    }
    jb_c(j, '"');
}

static void b64(jbuf *j, const char *s, size_t n)
{
    static const char tab[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const unsigned char *p = (const unsigned char *)s;
    jb_c(j, '"');
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0) |
                     (i + 2 < n ? p[i + 2] : 0);
        char q[4] = { tab[v >> 18 & 63], tab[v >> 12 & 63], i + 1 < n ? tab[v >> 6 & 63] : '=',
                      i + 2 < n ? tab[v & 63] : '=' };
        jb_put(j, q, 4);
    }
    jb_c(j, '"');
}

/* ,"name":"value" (the caller gives ,"name": whole); skipped when value is
 * empty. */
static void field(jbuf *j, const char *pre, size_t pl, const char *v)
{
    if (!v || !*v)
        return;
    jb_put(j, pre, pl);
    jstr(j, v, strlen(v));
}

int sc_out_jsonl_put(sc_writer *w, const char *doc, const sc_citation *c)
{
    FILE *f = w->out;
    jbuf jb, *j = &jb;
    jb.f = f;
    jb.n = 0;
    size_t rl = strlen(c->raw), dl = strlen(doc);
    jb_s(j, "{\"doc\":");
    jstr(j, doc, dl);
    if (!valid_utf8(doc, dl)) {
        jb_s(j, ",\"doc_bytes\":");
        b64(j, doc, dl);
    }
    num_field(j, LIT(",\"start\":"), c->start);
    num_field(j, LIT(",\"end\":"), c->end);
    num_field(j, LIT(",\"line\":"), c->line);
    num_field(j, LIT(",\"col\":"), c->col);
    jb_s(j, ",\"type\":\"");
    jb_s(j, sc_type_name(c->type));
    jb_c(j, '"');
    jb_put(j, LIT(",\"text\":"));
    jstr(j, c->raw, rl);
    if (!valid_utf8(c->raw, rl)) {
        jb_put(j, LIT(",\"text_bytes\":"));
        b64(j, c->raw, rl);
    }
    if (c->raw_len > rl)
        jb_s(j, ",\"text_truncated\":true");
    field(j, LIT(",\"key\":"), c->key);
    field(j, LIT(",\"canonical\":"), c->canonical);
    if (c->congress > 0)
        num_field(j, LIT(",\"congress\":"), (unsigned)c->congress);
    if (c->type == SC_BILL) {
        field(j, LIT(",\"bill_type\":"), sc_bill_code(c->bill));
        if (c->number >= 0) {
            num_field(j, LIT(",\"bill_number\":"), (unsigned)c->number);
        } else {
            jb_s(j, ",\"bill_number\":-");
            jb_num(j, 0u - (unsigned long long)(long long)c->number);
        }
    } else if (c->number > 0) {
        num_field(j, LIT(",\"law_number\":"), (unsigned)c->number);
    }
    if (c->year > 0)
        num_field(j, LIT(",\"year\":"), (unsigned)c->year);
    field(j, LIT(",\"title\":"), c->title);
    field(j, LIT(",\"section\":"), c->section);
    field(j, LIT(",\"subsections\":"), c->subsections);
    field(j, LIT(",\"edition\":"), c->edition);
    field(j, LIT(",\"volume\":"), c->volume);
    field(j, LIT(",\"page\":"), c->pages);
    if (c->wording & SC_W_ET_SEQ)
        jb_s(j, ",\"et_seq\":true");
    if (c->wording & SC_W_NOTE)
        jb_s(j, ",\"note\":true");
    if (c->page > 0)
        num_field(j, LIT(",\"pdf_page\":"), c->page);
    field(j, LIT(",\"url\":"), c->url);
    if (w->o.check) {
        int st = sc_citation_status(c);
        field(j, LIT(",\"status\":"), st < 0 ? "ok" : sc_severity_name((sc_severity)st));
        jb_s(j, ",\"diagnostics\":[");
        for (int i = 0; i < c->ndiag; i++) {
            const sc_diag *d = &c->diag[i];
            jb_s(j, i ? ",{\"severity\":\"" : "{\"severity\":\"");
            jb_s(j, sc_severity_name(d->severity));
            jb_c(j, '"');
            field(j, LIT(",\"code\":"), d->code);
            field(j, LIT(",\"message\":"), d->message);
            field(j, LIT(",\"suggestion\":"), d->suggestion);
            jb_c(j, '}');
        }
        jb_c(j, ']');
    }
    jb_c(j, '}');
    jb_flush(j);
    return sc_out_endrec(w) || ferror(f) ? -1 : 0;
}
