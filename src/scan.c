/*
 * scan.c -- the scanner: feeds bytes through a bounded window, asks the
 * lexer for triggers, runs the rules at each, normalizes the matches
 * (following list continuations); when a scan step ends, groups citations
 * by sentence or list item, links each group to its context (context.c)
 * and, when asked, checks it (validate.c), all in one batch; then the
 * citations are ready for sc_scanner_next().
 */
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "actsection.h"
#include "byname.h"
#include "chapter.h"
#include "check.h"
#include "cite.h"
#include "ctype.h"
#include "entry.h"
#include "html.h"
#include "quoted.h"
#include "lexer.h"
#include "linecount.h"
#include "normalize.h"
#include "scan.h"
#include "stage.h"
#include "refdata.h"
#include "shortform.h"
#include "statebill.h"
#include "table.h"
#include "validate.h"

/* Finished groups waiting to be linked, at most (then linked at once). */
#define SC_PENDING_GROUPS 64

struct sc_scanner {
    const sc_rules *rules;
    sc_options opt;
    sc_matcher *m;
    char docname[256];

    uint8_t *buf; /* window: document bytes [base, base + len)         */
    size_t len, cap;
    uint64_t base;
    size_t pos;   /* next index to scan                                 */
    int eof;

    /* line/column cursor: document offset lc_off is at lc_line:lc_col, on
     * page lc_page (1 + form feeds before it) */
    uint64_t lc_off, lc_line, lc_col, lc_page;
    int pages; /* report page numbers from page 1 (sc_scanner_set_pages) */
    int lc_cr; /* the byte before lc_off was a CR */
    /* UTF-16 source (sc_scanner_set_utf16_source): code units before
     * lc_off, and the bytes before the first one */
    int utf16;
    unsigned u16_skip;
    uint64_t lc_u16;
    /* page marks not yet passed (sc_scanner_mark_page), a queue */
    struct page_mark { uint64_t off, page; } *marks;
    size_t mhead, mlen, mcap;

    /* citations linked as one enactment: the last ngroup of the queue,
     * group = q + gq, not yet finished */
    sc_citation *group;
    size_t gq;
    int ngroup;

    /* the queue: finished citations q[qhead..pend); then groups finished
     * but not yet linked, q[pend..gq), of pend_n[0..npend) citations each;
     * then the open group; then citations not yet grouped, q[ug..qlen).
     * They are grouped and linked when the scan stops, so that the
     * grouping and linking code and the scanning code each run in a
     * batch, not in turns (each keeps the instruction cache) */
    sc_citation *q;
    size_t qhead, qlen, qcap, pend, ug;
    int pend_n[SC_PENDING_GROUPS];
    int npend;

    sc_doc_state *doc; /* per-document checker state (validate.c) */

    sc_short_state shorts; /* the last citation and the document's title */

    sc_input_format input; /* of this document; AUTO until the first bytes */
    sc_html_state html;
    sc_quote_state quote; /* plain text: an e-mail's quote marks (quoted.h) */

    /* a table whose header has a law's column, or a volume's and a page's
     * (table.c), while its rows go on: a bare "92-509" in the law's column
     * is Public Law 92-509, "38" and "730" under "volume" and "page" are 38
     * Stat. 730.  col, vcol, pcol: those columns (-1: none).  next: the
     * document offset of the line to read next; read: where the rows read
     * so far end (a table found again reads none of them twice); done:
     * where in the line at next the cells read so far end */
    struct {
        int on, col, vcol, pcol;
        sc_table_head h;
        uint64_t next, read, done;
    } table;
    uint64_t last_end; /* where the last citation queued ends */
    uint64_t names_at; /* check mode: the document offset the Act names are
                        * read from next (byname.h) */
    int names_held;    /* names_at is a name's, held for the sentence of a
                        * trigger that may be no citation (add_names())   */
    uint64_t held_upto; /* the trigger it was held for                    */
    /* the Acts' abbreviations in capitals looked for (sc_byname_next_caps,
     * document offsets): the first at or after caps_from is caps_at (its
     * end caps_eo), or none before caps_to when caps_at is UINT64_MAX --
     * so that the stretches add_names() reads again are not scanned again */
    uint64_t caps_from, caps_at, caps_eo, caps_to;
    /* what context.c remembers of the window (scan.h), shared by the
     * grouping, the Act names' reading and the linking while the window
     * stays as it was when memo_ok was set: at memo_base, of memo_len */
    sc_ctx_memo memo;
    uint64_t memo_base;
    size_t memo_len;
    int memo_ok;
    uint64_t memo_gen; /* renewals of the memo: a window's readings are
                        * kept while it stays the one renewed last */
    /* read_names()'s readings after the last citation (which ends at
     * end): the boundary search after it and its entry's end (SIZE_MAX
     * until asked), kept across the calls while the citation and the
     * window stay (gen == memo_gen): the answers are context.c's own */
    struct {
        uint64_t end, gen;
        sc_ctx_bound after;
        size_t entry_eo;
    } cite_reads;
};

void sc_options_init(sc_options *o)
{
    memset(o, 0, sizeof *o);
    o->types = SC_ALL_TYPES;
}

sc_scanner *sc_scanner_new(const sc_rules *rules, const sc_options *opt)
{
    sc_scanner *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->rules = rules;
    if (opt)
        s->opt = *opt;
    else
        sc_options_init(&s->opt);
    s->cap = SC_BUF_CHUNK + SC_LOOKAHEAD + SC_LOOKBEHIND + SC_GROUP_SPAN;
    s->buf = malloc(s->cap);
    s->m = sc_matcher_new(rules);
    s->doc = sc_doc_state_new(&s->opt);
    if (!s->buf || !s->m || !s->doc) {
        sc_scanner_free(s);
        return NULL;
    }
    sc_scanner_reset(s, NULL);
    return s;
}

void sc_scanner_free(sc_scanner *s)
{
    if (!s)
        return;
    sc_matcher_free(s->m);
    sc_doc_state_free(s->doc);
    free(s->buf);
    free(s->q);
    free(s->marks);
    free(s);
}

void sc_scanner_reset(sc_scanner *s, const char *docname)
{
    snprintf(s->docname, sizeof s->docname, "%s", docname ? docname : "");
    s->len = s->pos = 0;
    s->base = 0;
    s->eof = 0;
    s->memo_ok = 0;
    s->lc_off = 0;
    s->lc_line = 1;
    s->lc_col = 1;
    s->lc_cr = 0;
    s->lc_page = 1;
    s->pages = 0;
    s->utf16 = 0;
    s->u16_skip = 0;
    s->lc_u16 = 0;
    s->mhead = s->mlen = 0;
    s->ngroup = 0;
    s->gq = 0;
    s->qhead = s->qlen = s->pend = s->ug = 0;
    s->npend = 0;
    s->input = s->opt.input;
    s->table.on = 0;
    s->table.read = 0;
    s->last_end = 0;
    s->names_at = 0;
    s->names_held = 0;
    s->caps_from = s->caps_to = 0;
    s->caps_at = UINT64_MAX;
    sc_html_reset(&s->html);
    sc_quote_reset(&s->quote);
    sc_doc_state_reset(s->doc);
    sc_short_reset(&s->shorts, docname);
}

void sc_scanner_set_input(sc_scanner *s, sc_input_format f) { s->input = f; }

void sc_scanner_set_pages(sc_scanner *s, int on) { s->pages = on != 0; }

int sc_scanner_mark_page(sc_scanner *s, uint64_t offset, unsigned page)
{
    if (s->mlen > s->mhead && offset < s->marks[s->mlen - 1].off)
        return -1;
    if (s->mhead > 0 && s->mlen == s->mcap) { /* drop the passed ones */
        memmove(s->marks, s->marks + s->mhead, (s->mlen - s->mhead) * sizeof *s->marks);
        s->mlen -= s->mhead;
        s->mhead = 0;
    }
    if (s->mlen == s->mcap) {
        if (s->mcap >= SC_PAGE_MARKS_MAX)
            return -1;
        size_t nc = s->mcap ? s->mcap * 2 : 64;
        struct page_mark *t = realloc(s->marks, nc * sizeof *t);
        if (!t)
            return -1;
        s->marks = t;
        s->mcap = nc;
    }
    s->marks[s->mlen].off = offset;
    s->marks[s->mlen++].page = page;
    s->pages = 1;
    return 0;
}

void sc_scanner_set_utf16_source(sc_scanner *s, unsigned bom_bytes)
{
    s->utf16 = 1;
    s->u16_skip = bom_bytes;
}

/* UTF-16 code units of the valid UTF-8 text [p, e): one a character, two
 * for a four-byte one (a surrogate pair). */
static uint64_t u16_units(const uint8_t *p, const uint8_t *e)
{
    uint64_t n = 0;
    for (; p < e; p++)
        n += ((*p & 0xc0) != 0x80) + (*p >= 0xf0);
    return n;
}

uint64_t sc_scanner_offset(const sc_scanner *s) { return s->base + s->len; }

/* Bytes of the one character at p (< e): a valid UTF-8 sequence, or its
 * maximal valid prefix when truncated (shown as one U+FFFD, as Unicode
 * recommends), or one byte of anything else (Windows-1252, Latin-1). */
static int utf8_seq(const uint8_t *p, const uint8_t *e)
{
    int n = p[0] >= 0xc2 && p[0] <= 0xdf ? 2 : p[0] >= 0xe0 && p[0] <= 0xef ? 3
            : p[0] >= 0xf0 && p[0] <= 0xf4 ? 4 : 1;
    int k = 1;
    while (k < n && p + k < e && (p[k] & 0xc0) == 0x80)
        k++;
    return k;
}

/* Moves the line/column cursor to document offset @p off.  A line ends at
 * LF, CR LF or a lone CR (old Mac files); a column is one character: one
 * valid UTF-8 sequence, or one byte of anything else.  A form feed starts a
 * new page (pdftotext writes one between pages); it stays a character of
 * its line. */
static void advance_lc(sc_scanner *s, uint64_t off)
{
    if (off <= s->lc_off)
        return;
    const uint8_t *p = s->buf + (s->lc_off - s->base);
    const uint8_t *e = s->buf + (off - s->base);
    if (s->utf16)
        s->lc_u16 += u16_units(p, e);
    const uint8_t *pg = p, *ff;
    for (; s->mhead < s->mlen && s->marks[s->mhead].off <= off; s->mhead++) {
        /* a mark sets the page: form feeds count from the last one passed */
        const struct page_mark *mk = &s->marks[s->mhead];
        if (mk->off > s->lc_off)
            pg = s->buf + (mk->off - s->base);
        s->lc_page = mk->page;
    }
    sc_lines lc; /* one pass: LF, CR and form feeds of [p, e) */
    sc_count_lines(p, e, &lc);
    if (pg == p)
        s->lc_page += lc.ff;
    else
        for (; (ff = memchr(pg, '\f', (size_t)(e - pg))) != NULL; pg = ff + 1)
            s->lc_page++;
    if (lc.cr == 0) {
        /* the common case: only LF ends lines */
        size_t nl = lc.nl;
        if (s->lc_cr && p < e && *p == '\n') {
            p++; /* the LF of a CR LF split between two calls */
            nl--;
        }
        if (nl > 0) {
            s->lc_line += nl;
            s->lc_col = 1;
            p = lc.last_nl + 1;
        }
    } else {
        const uint8_t *last = p;
        for (const uint8_t *q = p; q < e; q++) {
            if (*q == '\n' && !(q > p ? q[-1] == '\r' : s->lc_cr)) {
                s->lc_line++;
                last = q + 1;
            } else if (*q == '\r') {
                s->lc_line++;
                last = q + 1;
            } else if (*q == '\n') {
                last = q + 1; /* the LF of CR LF: the line was counted at the CR */
            }
        }
        if (last > p)
            s->lc_col = 1;
        p = last;
    }
    uint64_t col = s->lc_col; /* (a local: not stored a step) */
    while (p < e) {
#if defined(__SSE2__)
        if (e - p >= 16) { /* the ASCII run of 16 bytes at once, then one character */
            unsigned m = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)p));
            unsigned k = m ? (unsigned)__builtin_ctz(m) : 16;
            p += k;
            col += k;
            if (m) {
                p += utf8_seq(p, e);
                col++;
            }
            continue;
        }
#endif
        uint64_t v;
        if (e - p >= 8 && (memcpy(&v, p, 8), (v & 0x8080808080808080u) == 0)) {
            p += 8; /* eight ASCII characters */
            col += 8;
            continue;
        }
        if (e - p < 8) {
            uint8_t any = 0;
            for (const uint8_t *q = p; q < e; q++)
                any |= *q;
            if (any < 0x80) { /* the last few, all ASCII */
                col += (uint64_t)(e - p);
                break;
            }
        }
        p += *p < 0x80 ? 1 : utf8_seq(p, e);
        col++;
    }
    s->lc_col = col;
    s->lc_cr = e[-1] == '\r';
    s->lc_off = off;
}

/* Moves the queue's entries not yet taken (and the open group) to its
 * front, copying only what each holds. */
static void queue_front(sc_scanner *s)
{
    for (size_t i = s->qhead; i < s->qlen; i++)
        sc_cite_copy(&s->q[i - s->qhead], &s->q[i]);
    s->qlen -= s->qhead;
    s->pend -= s->qhead;
    s->ug -= s->qhead;
    s->gq -= s->ngroup ? s->qhead : 0;
    s->qhead = 0;
    s->group = s->q + s->gq;
}

static int queue_push(sc_scanner *s, const sc_citation *c, int counted)
{
    if (s->qhead > 0 && (s->qlen == s->qcap || s->qhead == s->pend))
        queue_front(s); /* full, or everything finished was taken */
    if (s->qlen == s->qcap) {
        if (s->qcap >= SC_QUEUE_MAX)
            return -1; /* the caller is not draining: refuse rather than grow */
        size_t nc = s->qcap ? s->qcap * 2 : 64;
        sc_citation *t = realloc(s->q, nc * sizeof *t);
        if (!t)
            return -1;
        s->q = t;
        s->qcap = nc;
    }
    if (counted)
        sc_cite_copy_counted(&s->q[s->qlen++], c);
    else
        sc_cite_copy(&s->q[s->qlen++], c);
    return 0;
}

static void fill_context(sc_scanner *s, sc_citation *c)
{
    /* the line around it: back to a LF (at most 120 bytes), on to a LF or
     * CR (at most the context's room) */
    size_t so = (size_t)(c->start - s->base), ls = so > 120 ? so - 120 : 0, le;
    const uint8_t *lf = memrchr(s->buf + ls, '\n', so - ls);
    if (lf)
        ls = (size_t)(lf - s->buf) + 1;
    le = ls + sizeof c->context - 1 < s->len ? ls + sizeof c->context - 1 : s->len;
    if (le < so)
        le = so;
    const uint8_t *nl = memchr(s->buf + so, '\n', le - so), *cr;
    if (nl)
        le = (size_t)(nl - s->buf);
    if ((cr = memchr(s->buf + so, '\r', le - so)) != NULL)
        le = (size_t)(cr - s->buf);
    memcpy(c->context, s->buf + ls, le - ls);
    c->context[le - ls] = '\0';
    c->context_col = (int)(so - ls);
}

/* The memo of the window as it is now (scan.h): the scanner's, renewed
 * when the window has moved or grown since it was last asked for (or a
 * document began). */
static sc_ctx_memo *window_memo(sc_scanner *s)
{
    if (!s->memo_ok || s->memo_base != s->base || s->memo_len != s->len) {
        sc_ctx_memo_renew(&s->memo);
        s->memo_gen++;
        s->memo_base = s->base;
        s->memo_len = s->len;
        s->memo_ok = 1;
        s->memo.breaks = s->input == SC_INPUT_HTML || s->input == SC_INPUT_JSON;
    }
    return &s->memo;
}

static int by_name(const sc_citation *c) { return (c->wording & SC_W_BY_NAME) != 0; }

/* A group's Acts named alone (add_names()): in a group of other citations
 * (a sentence the scan had not read whole), moved behind them, in order,
 * to be dropped; a group of them alone is resolved, each to the one law
 * the tables give its name (byname.h), those that name none or several
 * moved behind.  Returns how many are to be read and checked. */
static int by_names_first(const sc_window *w, sc_citation *group, int n, int named);

static inline int by_name_first(const sc_window *w, sc_citation *group, int n)
{
    int named = 0;
    for (int i = 0; i < n; i++)
        named += by_name(&group[i]);
    return named ? by_names_first(w, group, n, named) : n;
}

/* by_name_first() of a group with @p named Acts named alone: apart, so
 * that the groups with none (most) pay no frame for its citation copy. */
__attribute__((noinline)) static int by_names_first(const sc_window *w, sc_citation *group, int n,
                                                    int named)
{
    int alone = named == n;
    /* each to its law; one that names none keeps Congress 0: dropped --
     * or, in a group of no such law, to the law a name later laws gave, or
     * an old Act to its page (sc_byname_resolve_facts_only()): their
     * checks read the facts said of the name alone
     * (sc_check_named_alone_facts()), a law's would read the page as the
     * law's, and the later laws' facts as wrong */
    int laws = 0;
    for (int i = 0; i < n && alone; i++) {
        sc_byname_resolve(&group[i], w->buf, w->base);
        laws += group[i].congress > 0;
    }
    for (int i = 0; i < n && alone && !laws; i++)
        sc_byname_resolve_facts_only(&group[i], w->buf, w->base);
    /* the kept first, in order (a stable partition, one citation at a time) */
    int kept = 0;
    for (int i = 0; i < n; i++) {
        int keep = alone ? group[i].congress > 0 || group[i].type == SC_STAT : !by_name(&group[i]);
        if (!keep)
            continue;
        if (i != kept) {
            sc_citation t = group[i];
            memmove(&group[kept + 1], &group[kept], (size_t)(i - kept) * sizeof group[0]);
            group[kept] = t;
        }
        kept++;
    }
    return kept;
}

/* The first step of linking the finished group of n citations at q[at]
 * (link_pending()): its context, chapters, keys and forms.  Returns how
 * many of them are to be read and checked (by_name_first(): when checking,
 * the Acts named alone to be dropped are moved behind the others). */
static int link_read(sc_scanner *s, const sc_window *w, size_t at, int n)
{
    SC_STAGE_BEGIN(t_flush);
    sc_citation *group = s->q + at;
    if (s->opt.check)
        n = by_name_first(w, group, n);
    if (!s->opt.count_only || s->opt.check) {
        /* fields only written or checked: a bill's Congress from the text
         * around it, a Stat. page's chapter and date (and the historic
         * laws' tables that chapter.c reads) */
        sc_ctx_link(s->rules, s->m, w, group, n);
        sc_chapter_link(s->rules, s->m, w, group, n);
    }
    if (!s->opt.count_only) /* keys, forms and links: see try_rules() */
        for (int i = 0; i < n; i++)
            sc_norm_finish(&group[i]);
    SC_STAGE_ADD(SC_ST_FLUSH, t_flush);
    return n;
}

/* The last step: after the group's checks (of the entry read into @p
 * slot), its Acts named alone, its lines and columns, and its place in
 * the queue: moved up to q[*k] unless its type is filtered out. */
static void link_group(sc_scanner *s, size_t at, int n, size_t *k, int slot)
{
    SC_STAGE_BEGIN(t_flush);
    sc_citation *group = s->q + at;
    if (s->opt.check) {
        int nreal = 0; /* the group's citations, before its Acts named alone */
        while (nreal < n && !by_name(&group[nreal]))
            nreal++;
        if (nreal > 0 && nreal < n) {
            /* those in a string citation's item of their own, read now with
             * the entry; any with a finding goes back to its place */
            sc_check_slot_names(s->doc, slot, group + nreal, n - nreal);
            for (int i = nreal; i < n; i++)
                for (int j = i; j > 0 && group[j].start < group[j - 1].start; j--) {
                    sc_citation t = group[j];
                    group[j] = group[j - 1];
                    group[j - 1] = t;
                }
        }
    }
    for (int i = 0; i < n; i++) {
        sc_citation *c = &group[i];
        if ((by_name(c) && ((c->congress <= 0 && c->type != SC_STAT) || c->ndiag == 0)) ||
            ((c->wording & SC_W_UNCLASSIFIED) && c->ndiag == 0))
            continue; /* an Act named alone, or an Act's section no table classifies:
                       * written only with a finding */
        if (!s->opt.count_only) {
            advance_lc(s, c->start);
            c->line = s->lc_line;
            c->col = s->lc_col;
            c->page = s->pages || s->lc_page > 1 ? (uint32_t)s->lc_page : 0;
        }
        if (s->opt.check && c->ndiag > 0)
            fill_context(s, c);
        if (s->utf16 && !s->opt.count_only) { /* offsets into the UTF-16 document */
            uint64_t len = u16_units(s->buf + (c->start - s->base), s->buf + (c->end - s->base));
            c->start = s->u16_skip + 2 * s->lc_u16;
            c->end = c->start + 2 * len;
        }
        if (s->opt.types & SC_TYPE_BIT(c->type)) {
            if (&s->q[*k] != c)
                sc_cite_copy(&s->q[*k], c);
            ++*k;
        }
    }
    SC_STAGE_END(SC_ST_FLUSH, t_flush);
}

/* Links the groups finished and not yet linked, in their order (the
 * window still holds their text: it is compacted only after this), up to
 * SC_CHECK_AHEAD at a time in steps: each one's context, chapters, keys
 * and forms (link_read()); when checking, their entries, read a step of
 * the reader at a time (sc_check_read_run()), and checked
 * (sc_check_run()); then each one's Acts named alone, lines and place in
 * the queue (link_group()).  A step's code runs for the groups in turn
 * and stays in cache.  The queue moves a group up only in the last step,
 * past the groups read before it. */
static void link_pending(sc_scanner *s)
{
    if (s->npend == 0)
        return;
    sc_window w = { s->buf, s->len, s->base, s->eof, window_memo(s) };
    size_t k = s->pend, at = s->pend;
    for (int j0 = 0; j0 < s->npend; j0 += SC_CHECK_AHEAD) {
        int j1 = s->npend - j0 > SC_CHECK_AHEAD ? j0 + SC_CHECK_AHEAD : s->npend;
        size_t a = at;
        sc_citation *groups[SC_CHECK_AHEAD];
        int nread[SC_CHECK_AHEAD];
        for (int j = j0; j < j1; j++) {
            groups[j - j0] = s->q + a;
            nread[j - j0] = link_read(s, &w, a, s->pend_n[j]);
            a += (size_t)s->pend_n[j];
        }
        if (s->opt.check) {
            SC_STAGE_BEGIN(t_flush);
            sc_check_read_run(s->doc, s->rules, s->m, &w, groups, nread, j1 - j0);
            sc_check_run(s->doc, j1 - j0);
            SC_STAGE_ADD(SC_ST_FLUSH, t_flush);
        }
        for (int j = j0; j < j1; j++) {
            link_group(s, at, s->pend_n[j], &k, j - j0);
            at += (size_t)s->pend_n[j];
        }
    }
    s->npend = 0;
    s->pend = k;
    if (k < at) { /* the open group and those not grouped move up with them */
        for (size_t i = at; i < s->qlen; i++)
            sc_cite_copy(&s->q[k + (i - at)], &s->q[i]);
        s->qlen -= at - k;
        s->ug -= at - k;
        s->gq -= s->ngroup ? at - k : 0;
    }
    if (s->ngroup > 0)
        s->group = s->q + s->gq;
}

/* Finishes the current group: linked with the others pending when the
 * scan stops (at once when SC_PENDING_GROUPS are waiting). */
static void finish_group(sc_scanner *s)
{
    if (s->ngroup == 0)
        return;
    if (s->npend == SC_PENDING_GROUPS)
        link_pending(s); /* (the open group moves up with them) */
    s->pend_n[s->npend++] = s->ngroup;
    s->ngroup = 0;
}

/* Does @p c, a law's bare number, open a line after the open group's last
 * citation (which ends at buf[from]; c begins at buf[to])?  A table's row
 * read under its header's law column (table_rows(): "Public Law<TAB>Bill" /
 * "115-407<TAB>S. 2248" / "112-194<TAB>S. 300"): the row before is another
 * law's, though a line that opens with a number may go on a sentence. */
static int cell_law_opens(const sc_scanner *s, const sc_citation *c, size_t from, size_t to)
{
    if (c->type != SC_PUBLIC_LAW || (c->wording & (SC_W_LIST_ITEM | SC_W_PLURAL)) ||
        !sc_isdigit(s->buf[to]))
        return 0;
    size_t k = to;
    while (k > from && (s->buf[k - 1] == ' ' || s->buf[k - 1] == '\t'))
        k--;
    return k > from && s->buf[k - 1] == '\n';
}

/* Groups the citations not yet grouped (q[ug..qlen), in order): each
 * joins the open group unless a sentence or list-item boundary (or the
 * group's size or span) separates them, when the open group is finished
 * and it opens the next. */
static void group_pending(sc_scanner *s)
{
    sc_window w = { s->buf, s->len, s->base, s->eof, window_memo(s) };
    for (; s->ug < s->qlen; s->ug++) {
        SC_STAGE_BEGIN(t_group);
        if (s->ngroup > 0) {
            const sc_citation *c = &s->q[s->ug], *first = &s->q[s->gq];
            const sc_citation *last = first + s->ngroup - 1;
            size_t from = (size_t)(last->end - s->base), to = (size_t)(c->start - s->base);
            if (s->ngroup >= SC_GROUP_MAX || c->start - first->start > SC_GROUP_SPAN ||
                (to > from && (sc_ctx_boundary(&w, from, to) || cell_law_opens(s, c, from, to))))
                finish_group(s); /* (may move the queue's entries: ug with them) */
        }
        if (s->ngroup++ == 0)
            s->gq = s->ug;
        SC_STAGE_END(SC_ST_GROUP, t_group);
    }
    if (s->ngroup > 0)
        s->group = s->q + s->gq;
}

/* Groups what is not grouped, finishes the open group and links every
 * finished group. */
static void flush_group(sc_scanner *s)
{
    group_pending(s);
    finish_group(s);
    link_pending(s);
}

/* Queues a citation, to be grouped when the scan stops (group_pending()). */
static int add_citation(sc_scanner *s, const sc_citation *c)
{
    SC_STAGE_BEGIN(t_group);
    int rc;
    s->last_end = c->end;
    sc_short_seen(&s->shorts, c);
    if (s->opt.count_only && !s->opt.check) {
        /* a group serves only linking (context, chapter, checks), which
         * changes no type and drops nothing: counted, each goes straight on */
        rc = (s->opt.types & SC_TYPE_BIT(c->type)) && queue_push(s, c, 1) != 0 ? -1 : 0;
        s->pend = s->ug = s->qlen; /* finished as it is queued */
        SC_STAGE_END(SC_ST_GROUP, t_group);
    } else {
        rc = queue_push(s, c, 0);
        SC_STAGE_ADD(SC_ST_GROUP, t_group); /* (the call counted when it is grouped) */
    }
    return rc;
}

/* Is buf[at] inside a URL (the token it is in contains "://" or starts
 * with "www.")?  Citations are not taken from inside URLs. */
static int in_url(const uint8_t *b, size_t at)
{
    size_t i = at, lim = at > 512 ? at - 512 : 0;
    while (i > lim) {
        uint8_t c = b[i - 1];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '<' || c == '"' ||
            c == '\'' || c == '[' || c == '|')
            break;
        i--;
    }
    for (size_t k = i; k + 3 <= at; k++)
        if (b[k] == ':' && b[k + 1] == '/' && b[k + 2] == '/')
            return 1;
    return at - i >= 4 && memcmp(b + i, "www.", 4) == 0;
}

static size_t semi_items(sc_scanner *s, const sc_citation *head, size_t at, size_t end,
                         size_t limit_len);

/* Opens the table of header @p h, whose line ends at buf[le], when it has
 * a column of laws: its rows are read from the next line on (or from where
 * its rows were read to, when it is found again).  1 when it opens. */
static int table_at(sc_scanner *s, const sc_table_head *h, size_t le)
{
    /* the two columns of a page, unless a column holds its citation whole */
    const unsigned pair = 1u << SC_COL_VOLUME | 1u << SC_COL_PAGE;
    int pages = (h->roles & pair) == pair && !(h->roles & 1u << SC_COL_STAT);
    if (!(h->roles & 1u << SC_COL_LAW) && !pages)
        return 0;
    s->table.h = *h;
    s->table.col = s->table.vcol = s->table.pcol = -1;
    for (int i = 0; i < h->ncol; i++) {
        if (h->role[i] == SC_COL_LAW)
            s->table.col = i;
        else if (pages && h->role[i] == SC_COL_VOLUME)
            s->table.vcol = i;
        else if (pages && h->role[i] == SC_COL_PAGE)
            s->table.pcol = i;
    }
    s->table.next = s->base + le + 1;
    if (s->table.next < s->table.read)
        s->table.next = s->table.read;
    s->table.done = s->table.next;
    s->table.on = 1;
    return 1;
}

/* Is the law's word at buf[at] a label in a table's header line, over a
 * column of laws ("| Public Law | Enacted |", "law,bill")?  Then the rows
 * under it are read (table_rows()).  Most such words are in prose: a
 * label is a cell of its own, so a separator or the line's start comes
 * right before it. */
static void table_open(sc_scanner *s, size_t at, int label)
{
    const uint8_t *b = s->buf;
    size_t ls = at;
    /* (a column's label word, "volume" of "stat_volume", opens a cell
     * already: the lexer found it only there, SC_TW_CELL) */
    if (!label) {
        while (ls > 0 && (b[ls - 1] == ' ' || b[ls - 1] == '\t' || b[ls - 1] == '"'))
            ls--;
        if (ls > 0 && b[ls - 1] != '\n' && b[ls - 1] != '|' && b[ls - 1] != ',' &&
            b[ls - 1] != '\t')
            return;
    }
    while (ls > 0 && b[ls - 1] != '\n' && at - ls <= SC_TABLE_LINE)
        ls--;
    const uint8_t *nl = memchr(b + at, '\n', s->len - at);
    if ((ls > 0 && b[ls - 1] != '\n') || (!nl && !s->eof))
        return;
    size_t le = nl ? (size_t)(nl - b) : s->len;
    sc_table_head h;
    if (sc_table_header(b, ls, le, &h))
        table_at(s, &h, le);
}

static void table_rows(sc_scanner *s, size_t upto);

/* The citation at buf[at..end) fills a cell of a row under a header with a
 * column of laws that no word of the scan opened ("law,bill" / "106-482,HR
 * 4853": lower-case labels are no trigger words): the table opens at its
 * header, and the laws of its rows before the citation are read first. */
static void table_from_row(sc_scanner *s, size_t at, size_t end)
{
    sc_table_head h;
    sc_table_cells c;
    size_t head_eo;
    /* (the cell may go on with the page's pins: "95 Stat. 949, 950") */
    const uint8_t *b = s->buf;
    for (size_t k = end; k + 2 < s->len && b[k] == ',' && b[k + 1] == ' ' && sc_isdigit(b[k + 2]);) {
        k += 2;
        while (k < s->len && sc_isdigit(b[k]))
            k++;
        end = k;
    }
    if (sc_table_in_cell(s->buf, s->len, at, end) &&
        sc_table_row(s->buf, 0, s->len, at, &h, &c, &head_eo) && table_at(s, &h, head_eo))
        table_rows(s, at);
}

/* The page a table's row gives in two cells, the volume's and the page's:
 * "38" and "730" are 38 Stat. 730, its span from the first of the two
 * cells to the end of the other.  1 when both are numbers (a volume of
 * one to three digits, a page of one to five) and make a citation. */
static int table_page(sc_scanner *s, const sc_table_cells *c, sc_citation *out)
{
    const uint8_t *b = s->buf;
    size_t vs = c->so[s->table.vcol], ve = c->eo[s->table.vcol];
    size_t ps = c->so[s->table.pcol], pe = c->eo[s->table.pcol];
    if (ve <= vs || ve - vs > 3 || pe <= ps || pe - ps > 5)
        return 0;
    for (size_t k = vs; k < ve; k++)
        if (!sc_isdigit(b[k]))
            return 0;
    for (size_t k = ps; k < pe; k++)
        if (!sc_isdigit(b[k]))
            return 0;
    sc_groups g;
    for (int k = 0; k < SC_G_COUNT; k++)
        g.so[k] = g.eo[k] = SC_UNSET;
    g.so[SC_G_CITE] = vs < ps ? vs : ps;
    g.eo[SC_G_CITE] = ve > pe ? ve : pe;
    g.so[SC_G_VOLUME] = vs;
    g.eo[SC_G_VOLUME] = ve;
    g.so[SC_G_PAGE] = ps;
    g.eo[SC_G_PAGE] = pe;
    if (sc_norm_match(out, SC_STAT, b, s->base, &g, NULL) != 0)
        return 0;
    /* the row's chapter and date, as a chapter citation's ("ch. 388, 61
     * Stat. 633" after "July 30, 1947,"): the cells under "Chapter" and
     * "Date" */
    for (int i = 0; i < s->table.h.ncol && i < c->n; i++) {
        size_t q = c->so[i], z = c->eo[i];
        int ch;
        if (s->table.h.role[i] == SC_COL_CHAPTER && (ch = sc_table_chapter_cell(b, q, z)) > 0) {
            out->chapter = ch;
        } else if (s->table.h.role[i] == SC_COL_DATE && z > q) {
            size_t end;
            int32_t ymd = sc_date_at(b, q, z, &end);
            if (ymd && end == z && ymd % 100)
                out->date = ymd;
        }
    }
    return 1;
}

/* The rows of the open table whose cells begin before buf[upto]: each
 * bare number in the law's column ("92-509", "117–1") is that law, and
 * the numbers under "volume" and "page" its page, in document order with
 * the citations the scan finds in the row (none before the last one
 * queued: a table found late reads no cell out of order).  A row read up
 * to a cell at upto or after is read on from there at the next call (done).
 * A blank line, or a line of other cells, ends the table. */
static void table_rows(sc_scanner *s, size_t upto)
{
    const sc_rules *r = s->rules;
    while (s->table.on) {
        if (s->table.next < s->base) { /* (a line longer than the lookbehind) */
            s->table.on = 0;
            break;
        }
        size_t ls = (size_t)(s->table.next - s->base);
        if (ls >= upto || ls >= s->len) {
            if (ls >= s->len && s->eof)
                s->table.on = 0;
            break;
        }
        const uint8_t *nl = memchr(s->buf + ls, '\n', s->len - ls);
        if (!nl && !s->eof)
            break; /* the rest of the line is still to come */
        size_t le = nl ? (size_t)(nl - s->buf) : s->len;
        sc_table_cells c;
        if (sc_table_rule_line(s->buf, ls, le)) {
            s->table.next = s->table.read = s->table.done = s->base + le + 1;
            continue;
        }
        if (sc_table_cells_of(s->buf, ls, le, s->table.h.sep, &c) != s->table.h.ncol) {
            s->table.on = 0;
            break;
        }
        /* the row's cells to read, in the order they stand: the law's and
         * the page's (at the first of its two cells) */
        size_t at[2] = { SIZE_MAX, SIZE_MAX };
        if (s->table.col >= 0)
            at[0] = c.so[s->table.col];
        if (s->table.vcol >= 0)
            at[1] = c.so[s->table.vcol] < c.so[s->table.pcol] ? c.so[s->table.vcol]
                                                               : c.so[s->table.pcol];
        int first = at[1] < at[0], stop = 0;
        for (int j = 0; j < 2 && !stop; j++) {
            int item = j ^ first;
            size_t so = at[item];
            if (so == SIZE_MAX || s->base + so < s->table.done)
                continue;
            if (so >= upto) {
                stop = 1; /* after the citations before it in the row */
                break;
            }
            s->table.done = s->base + so + 1;
            sc_citation head;
            if (s->base + so < s->last_end)
                continue;
            if (item == 0) {
                size_t eo = c.eo[s->table.col];
                sc_groups g;
                if (r->cell_rule >= 0 && so < eo && sc_isdigit(s->buf[so]) &&
                    sc_rule_match(r, r->cell_rule, s->m, s->buf, eo, so, &g) == eo &&
                    sc_norm_match(&head, SC_PUBLIC_LAW, s->buf, s->base, &g, NULL) == 0)
                    add_citation(s, &head);
            } else if (table_page(s, &c, &head)) {
                add_citation(s, &head);
            }
        }
        if (stop)
            break;
        s->table.next = s->table.read = s->table.done = s->base + le + 1;
    }
}

/* Tries every rule of trigger @p kind at buf[at]; emits the longest match
 * with its list items.  Returns the index scanning resumes at, or at when
 * nothing matched. */
static size_t try_rules(sc_scanner *s, const sc_trigger_hit *hit, size_t at, size_t limit_len)
{
    int kind = hit->kind;
    const sc_rules *r = s->rules;
    sc_groups g, gs[2]; /* a match is written into the one that is not the best */
    const sc_groups *bg = NULL;
    int cur = 0;
    size_t best_end = SC_UNSET, best_cite = 0;
    int best = -1;
    /* short forms are tried only where one could be resolved */
    int shorts = sc_short_possible(&s->shorts, s->base + at, (s->buf[at] | 0x20) == 's');
    /* the rules the bytes after the word leave possible (rules.c) */
    uint32_t may = hit->word_at != at ? ~0u : sc_rules_word_rules(r, hit, s->buf + at, limit_len - at);
    int acts = -1; /* an Act's section possible here: asked when first needed */
    for (int k = 0; k < r->nby[kind]; k++) {
        int ri = r->by_trigger[kind][k];
        if ((k < 32 && !((may >> k) & 1)) || (r->rule[ri].ngroup[SC_G_SHORT] && !shorts) ||
            (r->rule[ri].ngroup[SC_G_THIS] && !s->shorts.doc_title[0]) ||
            !sc_rule_may_start(r, ri, s->buf[at]))
            continue;
        if (r->rule[ri].type == SC_ACT_SECTION) {
            if (acts < 0)
                acts = kind != SC_TK_SECTION || sc_actsec_possible(s->buf, at, limit_len);
            if (!acts)
                continue;
        }
        SC_STAGE_BEGIN(t_rule);
        size_t e = sc_rule_match(r, ri, s->m, s->buf, limit_len, at, &gs[cur]);
        SC_STAGE_END(SC_ST_RULE, t_rule);
        if (e == SC_UNSET)
            continue;
        size_t cite = gs[cur].eo[SC_G_CITE] - gs[cur].so[SC_G_CITE];
        if (best < 0 || cite > best_cite) {
            best = ri;
            best_end = e;
            best_cite = cite;
            bg = &gs[cur];
            cur ^= 1;
        }
    }
    if (best < 0) {
        if (kind == SC_TK_LAW || kind == SC_TK_LABEL)
            table_open(s, at, kind == SC_TK_LABEL); /* "Public Law", "Volume" heading a column */
        return at;
    }
    const sc_rule *ru = &r->rule[best];
    if (ru->type == SC_RULE_CONTEXT) {
        if (best == r->ctx_codetitle) { /* "TITLE 35—PATENTS": the document's title */
            char t[4] = { 0 };
            size_t so = bg->so[SC_G_TITLE], n = bg->eo[SC_G_TITLE] - so;
            memcpy(t, s->buf + so, n < 3 ? n : 3);
            sc_short_set_doc_title(&s->shorts, t);
        }
        return at;
    }
    if (in_url(s->buf, at))
        return best_end;
    /* list items: the one read and the one before.  Their keys, canonical
     * forms and links are made when their group is linked (link_group()),
     * with the linking code, and only for those kept: nothing while
     * scanning reads them (a short form resolved makes its own) */
    sc_citation head, items[2];
    SC_STAGE_BEGIN(t_norm);
    int nrc =
        sc_norm_match(&head, ru->type, s->buf, s->base, bg, NULL);
    SC_STAGE_END(SC_ST_NORM, t_norm);
    if (nrc < 0 || (nrc > 0 && !s->opt.check))
        return at; /* (an Act's section no table classifies: the checker's alone) */
    if (head.type == SC_BILL && sc_state_bill(s->buf, at, bg->eo[SC_G_CITE], limit_len))
        return best_end; /* "the Texas Legislature passed Senate Bill 8" */
    if ((sc_gset(bg, SC_G_SHORT) || sc_gset(bg, SC_G_AT)) &&
        sc_short_resolve(&s->shorts, &head, bg, s->buf, s->base, s->len) != 0)
        return best_end; /* a short form with nothing in reach to resolve it */
    if (!s->table.on)
        table_from_row(s, at, bg->eo[SC_G_CITE]);
    add_citation(s, &head);
    if (head.end - s->base < bg->eo[SC_G_CITE])
        best_end = (size_t)(head.end - s->base); /* cut short by normalize.c */

    /* "sections 1481 and 1482 of title 10": items nested in the head's span */
    if (ru->split >= 0 && bg->eo[SC_G_MORE] > bg->so[SC_G_MORE]) {
        size_t p = bg->so[SC_G_MORE], stop = bg->eo[SC_G_MORE];
        const sc_citation *prev = &head; /* the last item, in items[] after the first */
        int cur_item = 0;
        while (p < stop) {
            SC_STAGE_BEGIN(t_item);
            size_t e = sc_rule_match(r, ru->split, s->m, s->buf, stop, p, &g);
            SC_STAGE_END(SC_ST_ITEM, t_item);
            if (e == SC_UNSET || e <= p)
                break;
            g.eo[SC_G_CITE] = bg->eo[SC_G_CITE]; /* item runs to the head's end */
            g.so[SC_G_EDITION] = bg->so[SC_G_EDITION]; /* "of title 13, U.S.C., 1952 ed." */
            g.eo[SC_G_EDITION] = bg->eo[SC_G_EDITION]; /* is every item's edition */
            int src = sc_norm_match(&items[cur_item], r->rule[ru->split].type, s->buf, s->base,
                                    &g, prev);
            if (src == 0 || (src > 0 && s->opt.check)) { /* (1: the checker's alone) */
                add_citation(s, &items[cur_item]);
                prev = &items[cur_item];
                cur_item ^= 1;
            }
            p = e;
        }
    }
    /* "8 U.S.C. 1357, 1360": items after the head */
    size_t end = best_end;
    /* no more items after a list read inside the match, or when the head
     * became another type (a short form resolved to an Act's section) */
    if (ru->next >= 0 && !sc_gset(bg, SC_G_MORE) && (int)head.type == r->rule[ru->next].type) {
        const sc_citation *prev = &head;
        int cur_item = 0;
        for (int n = 0; n < 200; n++) {
            SC_STAGE_BEGIN(t_item);
            size_t e = sc_rule_match(r, ru->next, s->m, s->buf, limit_len, end, &g);
            SC_STAGE_END(SC_ST_ITEM, t_item);
            if (e == SC_UNSET || e <= end)
                break;
            SC_STAGE_BEGIN(t_inorm);
            int irc = sc_norm_match(&items[cur_item], r->rule[ru->next].type, s->buf, s->base,
                                    &g, prev);
            SC_STAGE_END(SC_ST_NORM, t_inorm);
            if (irc < 0 || (irc > 0 && !s->opt.check) ||
                sc_norm_stat_year_item(&items[cur_item], s->buf, e, limit_len))
                break;
            add_citation(s, &items[cur_item]);
            prev = &items[cur_item];
            cur_item ^= 1;
            end = e;
        }
    }
    return semi_items(s, &head, at, end, limit_len);
}

/* Is buf[at] inside a parenthesis opened on the same line (within 200
 * bytes)?  Most are not: with no '(' in reach the answer is at hand.
 * Otherwise, from the line's start (or 200 bytes back) on, each '(' from
 * the last back closes the ')' after it, and the first with none left to
 * close is the one open at at -- found with memrchr/memchr, not byte by
 * byte (a section's "(a)(1)" puts a '(' in reach of most citations). */
static int in_parens(const uint8_t *b, size_t at)
{
    size_t lim = at > 200 ? at - 200 : 0;
    if (!memrchr(b + lim, '(', at - lim))
        return 0;
    const uint8_t *nl = memrchr(b + lim, '\n', at - lim);
    if (nl)
        lim = (size_t)(nl - b) + 1;
    int depth = 0; /* ')' after the '(' looked at, not yet closed */
    for (const uint8_t *hi = b + at, *op;
         (op = memrchr(b + lim, '(', (size_t)(hi - (b + lim)))) != NULL; hi = op) {
        for (const uint8_t *q = op + 1; (q = memchr(q, ')', (size_t)(hi - q))) != NULL; q++)
            depth++;
        if (depth-- == 0)
            return 1;
    }
    return 0;
}

/* "(8 U.S.C. 1357(g); section 287(g); 101(a)(17); 1101(a)(17))": after a
 * U.S.C. cite inside parentheses, each ';' item that is a section in force
 * in the head's title (refdata) is a citation of that title; other items
 * are skipped.  Stops at the closing ')' (or after 400 bytes or a line
 * end).  Returns where the scan may go on. */
static size_t semi_items(sc_scanner *s, const sc_citation *head, size_t at, size_t end,
                         size_t limit_len)
{
    const sc_rules *r = s->rules;
    int ri = r->semi_rule;
    if (ri < 0 || head->type != SC_USC || !head->title[0] || !in_parens(s->buf, at))
        return end;
    sc_groups g;
    sc_citation items[2];
    const sc_citation *prev = head;
    int cur_item = 0, depth = 0;
    size_t stop = end + 400 < limit_len ? end + 400 : limit_len, taken = end;
    for (size_t q = end; q < stop; q++) {
        uint8_t c = s->buf[q];
        if (c == '\n' || (c == ')' && depth-- == 0))
            break;
        if (c == '(')
            depth++;
        if (c != ';' || depth != 0)
            continue;
        size_t e = sc_rule_match(r, ri, s->m, s->buf, stop, q, &g);
        sc_citation *item = &items[cur_item];
        if (e == SC_UNSET ||
            sc_norm_match(item, SC_USC, s->buf, s->base, &g, prev) != 0)
            continue;
        const sc_ref_section *sec = sc_ref_usc_in_force(item->title, item->section);
        if (!sec || (sec->flags & SC_REF_SEC_RANGE))
            continue;
        add_citation(s, item);
        prev = item;
        cur_item ^= 1;
        taken = e;
    }
    return taken;
}

static size_t read_names(sc_scanner *s, size_t from, size_t upto, int trigger,
                         const sc_lex_acts *acts, size_t caps, size_t caps_eo);

/* Is the word right before b[at] (one blank between, none before b[lo])
 * capitalized? */
static inline int cap_word_before(const uint8_t *b, size_t lo, size_t at)
{
    if (at < lo + 2 || b[at - 1] != ' ')
        return 0;
    size_t k = at - 1;
    while (k > lo && sc_isalpha(b[k - 1]))
        k--;
    return k < at - 1 && sc_isupper(b[k]);
}

/* sc_byname_next_caps() over buf[from..upto): upto when none.  Read a
 * CAPS_CHUNK at a time and remembered (caps_from ...): add_names() asks at
 * every trigger, of a few bytes each time. */
#define CAPS_CHUNK 4096
static size_t next_caps(sc_scanner *s, size_t from, size_t upto, size_t *eo)
{
    uint64_t f = s->base + from, u = s->base + upto;
    int known = s->caps_from <= f && (s->caps_at != UINT64_MAX ? f <= s->caps_at : f < s->caps_to);
    if (!known || (s->caps_at == UINT64_MAX && u > s->caps_to)) {
        /* read on: from where the last read stopped when none was found
         * since f, else from f */
        size_t lo = known ? (size_t)(s->caps_to - s->base) : from;
        size_t hi = lo + CAPS_CHUNK < s->len ? lo + CAPS_CHUNK : s->len;
        if (hi < upto)
            hi = upto;
        size_t at = sc_byname_next_caps(s->buf, lo, hi, s->len, eo);
        if (!known)
            s->caps_from = f;
        if (at < hi) {
            s->caps_at = s->base + at;
            s->caps_eo = s->base + *eo;
        } else {
            s->caps_at = UINT64_MAX;
            /* (a word at the window's end may go on in the input to come) */
            s->caps_to = s->base + (hi == s->len && !s->eof && hi > lo + 8 ? hi - 8 : hi);
        }
    }
    if (s->caps_at != UINT64_MAX && s->caps_at < u) {
        *eo = (size_t)(s->caps_eo - s->base);
        return (size_t)(s->caps_at - s->base);
    }
    return upto;
}

/* Check mode: queues the Acts named in the window up to buf[upto] whose
 * sentence cites nothing else -- none of the citations queued before them,
 * nor the trigger at buf[upto] when @p trigger says one stands there
 * (byname.h) -- each a public law of the SC_W_BY_NAME wording, to be
 * resolved and checked as its own group (link_read()).  Not inside a
 * table whose column of laws is being read: its rows are its laws. */
#define NAMES_MARGIN 1024u
_Static_assert(NAMES_MARGIN < SC_LOOKBEHIND, "names left at a window's end stay in it");
static void add_names(sc_scanner *s, size_t upto, int trigger, const sc_lex_acts *acts)
{
    uint64_t to = s->base + upto;
    if (!s->opt.check || s->opt.count_only || s->table.on) {
        s->names_at = to;
        s->names_held = 0;
        return;
    }
    /* from the last names read or the last citation, whichever is later
     * (in the document's offsets: one compare each) */
    uint64_t f = s->names_at > s->last_end ? s->names_at : s->last_end;
    if (f < s->base)
        f = s->base;
    /* a window's end while more input comes (no trigger there): the names
     * up to NAMES_MARGIN before it now, those after with the text to come
     * -- so that where a window ends decides nothing ("... 75 Stat. 612
     * |\n\nADEA wa|s enacted", "... signed the X Amendment Ac|t.") (the
     * window keeps SC_LOOKBEHIND bytes before it, more than the margin) */
    if (!trigger && !s->eof) {
        if (upto <= NAMES_MARGIN || s->base + upto - NAMES_MARGIN <= f)
            return;
        upto -= NAMES_MARGIN;
        to = s->base + upto;
    }
    /* (no room for a sentence of its own between two trigger words under
     * 48 bytes; at the text's end, room for a name and its fact: "Clean
     * Air Act (1963)."; none read where the lexer passed no "Act": at once
     * when its list is empty and holds the whole stretch) */
    size_t deferred = SIZE_MAX;
    int held = s->names_held && f == s->names_at;
    if (held && trigger && s->held_upto >= s->base && s->held_upto <= to) {
        /* the next trigger in the same sentence, no ';' between: the names
         * held stay in its sentence (read_names() would hold them again) */
        size_t hu = (size_t)(s->held_upto - s->base);
        sc_window w = { s->buf, s->len, s->base, s->eof, window_memo(s) };
        if (!memchr(s->buf + hu, ';', upto - hu) && !sc_ctx_boundary(&w, hu, upto)) {
            s->held_upto = to;
            return;
        }
    }
    /* (a window's end is no trigger and no text's end: the stretch before
     * it is read -- the buffer goes on past it -- not skipped as too
     * short: "\n\nADEA was" cut by the window at "wa" held a name) */
    if (!held && to < f + 48 && (trigger || (to < f + 20 && s->eof))) {
        /* (too short yet: read from f on at the next trigger when this one
         * may be a word of a name, after a capitalized word -- "Omnibus
         * Public Land Management Act of 2009" -- and no citation; when it
         * is one, the next stretch begins after it, s->last_end) */
        uint64_t at = trigger && cap_word_before(s->buf, (size_t)(f - s->base), upto) ? f : to;
        if (s->names_at < at)
            s->names_at = at;
        s->names_held = 0;
        return;
    }
    size_t from = (size_t)(f - s->base), caps_eo = 0;
    /* (and the abbreviations in capitals: "HIPAA was enacted by ...") */
    size_t caps = next_caps(s, from, upto, &caps_eo);
    if (((acts->n > 0 || from < acts->from || upto > acts->upto) &&
         !sc_byname_none_noted(s->buf, from, upto, s->len, acts)) ||
        caps < upto)
        deferred = read_names(s, from, upto, trigger, acts, caps, caps_eo);
    /* (a name in the trigger's sentence is read again at the next call:
     * the trigger may be no citation -- "President George H.W. Bush",
     * "passed the House" -- and then the name stands alone after all) */
    if (deferred != SIZE_MAX && s->base + deferred < to && s->names_at <= s->base + deferred) {
        s->names_at = s->base + deferred;
        s->names_held = 1;
        s->held_upto = to;
    } else {
        if (s->names_at < to)
            s->names_at = to;
        s->names_held = 0;
    }
}

/* Is the Act's name at b[so..eo) in the citation of a congressional
 * document -- a hearing, a report, a document, a committee print -- its
 * item (between ';' or line ends, within 400 bytes before and 200 after)
 * naming one ("..., hearing on the Oversight ... Pursuant to the X Act of
 * 1978, 118th Cong., 1st sess., March 7, 2023, S.Hrg. 118-205")?  Then the
 * name is a word of the document's title, and the Congress, session and
 * day after it are the document's. */
static int in_document_cite(const uint8_t *b, size_t so, size_t eo, size_t len)
{
    size_t lo = so > 400 ? so - 400 : 0, hi = eo + 200 < len ? eo + 200 : len;
    size_t a = so, z = eo;
    while (a > lo && b[a - 1] != ';' && b[a - 1] != '\n')
        a--;
    while (z < hi && b[z] != ';' && b[z] != '\n')
        z++;
    static const char *const marks[] = { "hearing", "Hearing", "Hrg.", "Rept.", "Rpt.", " Doc.",
                                         "Comm. Print", "Committee Print", NULL };
    for (const char *const *m = marks; *m; m++)
        if (sc_find_text(b + a, z - a, *m, strlen(*m)))
            return 1;
    return 0;
}

/* Is the name b[so..eo) in quotes the title of a record of debate or a
 * document -- its closing quote, then (past a comma) words of such a record
 * in its item: 'Rep. Ernest Istook, "Help America Vote Act of 2001,"
 * remarks in the House, Congressional Record, ...' (the bill's title of the
 * day, no claim about the law)? */
static int quoted_record_title(const uint8_t *b, size_t so, size_t eo, size_t len)
{
    int open = (so > 0 && b[so - 1] == '"') || b[so] == '"' ||
               (so >= 3 && b[so - 3] == 0xe2 && b[so - 2] == 0x80 && b[so - 1] == 0x9c) ||
               (so + 3 <= len && b[so] == 0xe2 && b[so + 1] == 0x80 && b[so + 2] == 0x9c);
    if (!open)
        return 0;
    /* past its closing quote and a comma or colon, the record's words
     * first: ', remarks in the House', '," Congressional Record', '":
     * Hearing before ...' */
    size_t z = eo, hi = eo + 48 < len ? eo + 48 : len;
    while (z < hi && (b[z] == '"' || b[z] == ',' || b[z] == ':' || b[z] == ' ' ||
                      (b[z] == 0xe2 && z + 2 < hi && b[z + 1] == 0x80 && b[z + 2] == 0x9d)))
        z += b[z] == 0xe2 ? 3 : 1;
    static const char *const marks[] = { "remarks", "Congressional Record", "Cong. Rec.",
                                         "debate in", "Hearing", "hearing before", "testimony",
                                         "Testimony", NULL };
    return z > eo && sc_phrase_at(b, z, hi, marks) > 0;
}

/* add_names() over b[from..upto), room enough for a sentence: apart, so
 * that the calls with none (most: one at each trigger) cost a few
 * compares.  The "Act"s from the lexer's list @p acts where it holds them;
 * and the Acts' abbreviations in capitals, the first at b[caps..caps_eo)
 * (upto: none), each in a sentence that tells an enactment
 * (sc_byname_tells_enactment: "HIPAA was enacted by the 105th Congress"). */
__attribute__((noinline)) static size_t read_names(sc_scanner *s, size_t from, size_t upto,
                                                   int trigger, const sc_lex_acts *acts,
                                                   size_t caps, size_t caps_eo)
{
    size_t deferred = SIZE_MAX; /* the first name left for the trigger's sentence */
    int rereading = s->names_held && s->base + from == s->names_at; /* (held before) */
    sc_window w = { s->buf, s->len, s->base, s->eof, window_memo(s) };
    size_t so, eo;
    /* the last citation's end and the trigger stay while the names between
     * are read: the boundaries after the one and before the other are
     * looked for once (sc_ctx_bound), and the entries of each read once --
     * the citation's for as long as it is the last one (s->cite_reads:
     * the next triggers' calls read on after the same citation) */
    size_t le = s->last_end > s->base ? (size_t)(s->last_end - s->base) : 0;
    if (s->cite_reads.gen != s->memo_gen || s->cite_reads.end != s->last_end) {
        s->cite_reads.gen = s->memo_gen;
        s->cite_reads.end = s->last_end;
        sc_ctx_bound_init(&s->cite_reads.after, le);
        s->cite_reads.entry_eo = SIZE_MAX;
    }
    sc_ctx_bound *after_cite = &s->cite_reads.after, before_trigger;
    sc_ctx_bound_init(&before_trigger, upto);
    size_t trig_so = SIZE_MAX, be;
    int ai = 0;
    size_t act = SIZE_MAX; /* the next "Act" (SIZE_MAX: to look for) */
    for (size_t p; from < upto;) {
        if (act == SIZE_MAX || act < from)
            act = sc_byname_next_noted(s->buf, 0, from, upto, s->len, acts, &ai);
        if (caps < upto && caps < from)
            caps = next_caps(s, from, upto, &caps_eo);
        int abbr = caps < act; /* an abbreviation alone: "HIPAA" */
        p = abbr ? caps : act;
        if (p >= upto)
            break;
        size_t pe = abbr ? caps_eo : p + 3; /* (the word's end) */
        from = pe;
        if (s->base + p < s->last_end)
            continue; /* inside the last citation: "section 5 of the X Act" */
        if (abbr ? !sc_byname_tells_enactment(s->buf, p > 160 ? p - 160 : 0,
                                               pe + 200 < s->len ? pe + 200 : s->len)
                 : !sc_byname_named(s->buf, 0, p))
            continue; /* no name ("this Act", "under the Act"): most, told apart
                       * before the sentence's bounds are looked for; an
                       * abbreviation where no enactment is told */
        /* the sentence of the citation before it or of the trigger after it
         * -- unless a ';' parts them: a string citation's item of its own
         * ("...; the X Act (approved 2004-08-09, ...); ..."), which the
         * group's entry reads (sc_check_slot_names()) */
        int alone = 1;
        if (le && !sc_ctx_boundary_fwd(&w, after_cite, p)) {
            if (!memchr(s->buf + le, ';', p - le))
                continue;
            alone = 0;
        }
        if (trigger && (pe >= upto || !sc_ctx_boundary_back(&w, &before_trigger, pe))) {
            if (pe >= upto || !memchr(s->buf + pe, ';', upto - pe)) {
                if (deferred == SIZE_MAX)
                    deferred = p;
                continue;
            }
            alone = 0;
        }
        if (abbr) { /* with its article, as the text writes it: "the ADA" */
            so = p, eo = pe;
            if (p >= 4 && (memcmp(s->buf + p - 4, "the ", 4) == 0 || memcmp(s->buf + p - 4, "The ", 4) == 0) &&
                (p == 4 || !sc_isalnum(s->buf[p - 5])))
                so = p - 4;
        }
        else if (!sc_byname_span(s->buf, 0, p, s->len, &so, &eo) || s->base + so < s->last_end)
            continue;
        from = eo;
        if (alone && trigger && (eo >= upto || !sc_ctx_boundary_back(&w, &before_trigger, eo)))
            continue; /* (its year too) */
        /* nor in what the entry of either reads: "President Obama signed the
         * X Act, 2016 on December 18, 2016. Pub. L. 114-113." (a citation
         * sentence and the sentence it supports) */
        if (alone && trigger) {
            if (trig_so == SIZE_MAX)
                sc_ctx_entry_bounds(&w, upto, upto, SC_ENTRY_REACH, &trig_so, &be);
            if (trig_so <= so)
                continue;
        }
        if (alone && le) {
            if (s->cite_reads.entry_eo == SIZE_MAX)
                sc_ctx_entry_bounds(&w, le - 1, le, SC_ENTRY_REACH, &be, &s->cite_reads.entry_eo);
            if (s->cite_reads.entry_eo >= eo)
                continue;
        }
        if (rereading && in_document_cite(s->buf, so, eo, s->len))
            continue; /* (a word of a hearing's or report's title: the document's
                       * citation words, which the scanner tries, held it) */
        if (quoted_record_title(s->buf, so, eo, s->len))
            continue;
        sc_citation c;
        sc_cite_clear(&c);
        c.type = SC_PUBLIC_LAW;
        c.wording = SC_W_BY_NAME;
        c.start = s->base + so;
        c.end = s->base + eo;
        sc_cite_raw(&c, s->buf, so, eo);
        if (queue_push(s, &c, 0) != 0)
            break;
    }
    return deferred;
}

/* scan_window()'s loop up to @p limit, apart for checking and for not
 * (@p check a constant): the scan without it keeps its code as it was. */
static inline __attribute__((always_inline)) void scan_to(sc_scanner *s, size_t limit, int check)
{
    while (s->pos < limit) {
        sc_trigger_hit hit;
        sc_lex_acts acts; /* checking: the "Act"s the scan passed, for add_names() */
        SC_STAGE_BEGIN(t_scan);
        size_t at = check ? sc_lex_find_acts(s->buf, s->pos, s->len, &hit, &acts)
                          : sc_lex_find_hit(s->buf, s->pos, s->len, &hit);
        SC_STAGE_END(SC_ST_SCAN, t_scan);
        if (s->table.on)
            table_rows(s, at < limit ? at : limit);
        if (check)
            add_names(s, at < limit ? at : limit, at < limit, &acts);
        if (at >= limit) {
            s->pos = limit;
            break;
        }
        size_t lim = at + SC_LOOKAHEAD < s->len ? at + SC_LOOKAHEAD : s->len;
        size_t next = try_rules(s, &hit, at, lim);
        /* nothing here: on past the word ("\xc2\xa7": not at its 0xa7) */
        s->pos = next > at ? next : at + (hit.word_at == at ? hit.skip : 1);
    }
}

/* Scans the window up to what is safe to decide (everything at eof). */
static void scan_window(sc_scanner *s)
{
    size_t limit = s->eof ? s->len : (s->len > SC_LOOKAHEAD ? s->len - SC_LOOKAHEAD : 0);
    if (s->opt.check)
        scan_to(s, limit, 1);
    else
        scan_to(s, limit, 0);
    group_pending(s);
    /* A group with nothing near it is complete: flush it. */
    if (s->ngroup > 0) {
        uint64_t last_end = s->group[s->ngroup - 1].end;
        if (s->eof || s->base + s->pos > last_end + SC_LOOKAHEAD)
            finish_group(s);
    }
    link_pending(s);
}

/* Drops bytes no longer needed, keeping lookbehind and the open group. */
static void compact(sc_scanner *s)
{
    size_t keep_from = s->pos > SC_LOOKBEHIND ? s->pos - SC_LOOKBEHIND : 0;
    if (s->ngroup > 0) {
        size_t g0 = (size_t)(s->group[0].start - s->base);
        g0 = g0 > SC_LOOKBEHIND ? g0 - SC_LOOKBEHIND : 0;
        if (g0 < keep_from)
            keep_from = g0;
    }
    if (keep_from == 0)
        return;
    if (!s->opt.count_only)
        advance_lc(s, s->base + keep_from);
    memmove(s->buf, s->buf + keep_from, s->len - keep_from);
    s->len -= keep_from;
    s->pos -= keep_from;
    s->base += keep_from;
}

int sc_scanner_feed(sc_scanner *s, const void *data, size_t len)
{
    const uint8_t *p = data;
    while (len > 0) {
        size_t room = s->cap - s->len;
        if (room == 0) {
            scan_window(s);
            compact(s);
            room = s->cap - s->len;
            if (room == 0) { /* an open group pins the window: close it */
                flush_group(s);
                compact(s);
                room = s->cap - s->len;
                if (room == 0)
                    return -1;
            }
        }
        size_t n = len < room ? len : room;
        memcpy(s->buf + s->len, p, n);
        if (s->input == SC_INPUT_AUTO)
            s->input = sc_html_sniff(s->buf + s->len, n)   ? SC_INPUT_HTML
                       : sc_json_sniff(s->buf + s->len, n) ? SC_INPUT_JSON
                                                           : SC_INPUT_TEXT;
        if (s->input == SC_INPUT_HTML)
            sc_html_filter(&s->html, s->buf + s->len, n);
        else if (s->input == SC_INPUT_JSON)
            sc_json_filter(&s->html, s->buf + s->len, n);
        else
            sc_quote_filter(&s->quote, s->buf + s->len, n);
        s->len += n;
        p += n;
        len -= n;
        /* scan as the data comes, so one feed of a few KiB queues only the
         * citations of those KiB (the caller drains between feeds) */
        if (s->len - s->pos >= SC_LOOKAHEAD + SC_SCAN_STEP)
            scan_window(s);
    }
    return 0;
}

int sc_scanner_finish(sc_scanner *s)
{
    s->eof = 1;
    scan_window(s);
    flush_group(s);
    return 0;
}

const sc_citation *sc_scanner_next(sc_scanner *s)
{
    if (s->qhead >= s->pend) { /* an open group is not finished */
        if (!s->ngroup && !s->npend && s->ug == s->qlen)
            s->qhead = s->qlen = s->pend = s->ug = 0;
        return NULL;
    }
    return &s->q[s->qhead++]; /* valid until the next call that feeds */
}

long sc_scan_buffer(sc_scanner *s, const char *docname, const void *buf, size_t len,
                    sc_citation_fn fn, void *user)
{
    const uint8_t *p = buf;
    long n = 0;
    int stop = 0;
    sc_scanner_reset(s, docname);
    while (len > 0 || !s->eof) {
        size_t k = len < SC_BUF_CHUNK ? len : SC_BUF_CHUNK;
        if (k > 0) {
            if (sc_scanner_feed(s, p, k) != 0)
                return -1;
            p += k;
            len -= k;
        } else {
            sc_scanner_finish(s);
        }
        for (const sc_citation *c; (c = sc_scanner_next(s)) != NULL;) {
            n++;
            if (!stop && fn && fn(c, user))
                stop = 1;
        }
    }
    return n;
}
