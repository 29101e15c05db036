/*
 * out_html.c -- the HTML report (--format html): one self-contained page,
 * inline CSS and a few optional lines of JavaScript, no network resource:
 *
 *   - a summary: citations by type, findings by severity, the files;
 *   - a legend of the colors;
 *   - the findings, numbered, each linked (#cD-I) to its spot in the text;
 *   - each document's text with every citation underlined in its type's
 *     color; hovering it or focusing it with the keyboard (tabindex=0) opens
 *     a popover with its standard form, key, link and findings (message and
 *     suggested fix); a citation with findings carries a severity-colored
 *     badge with the finding's number.
 *
 * It works without JavaScript (:hover / :focus-within popovers), prints
 * plainly (popovers hidden, light background, the findings listed), follows
 * prefers-color-scheme, and is well-formed XML (XHTML syntax) as well as
 * HTML, so xmllint can check it.
 *
 * Text safety: bytes that are not UTF-8 are decoded as Windows-1252
 * (writer.h; its five undefined bytes shown as U+FFFD); control bytes
 * and C1 controls as visible symbols (Control Pictures, U+2400...); CRLF and
 * a lone CR as one line break.  HTML input is shown as its escaped source,
 * which is where the citations' offsets point.
 *
 * The summary comes first but depends on every document: the documents'
 * sections go to a temporary file (to memory when no file can be made), the
 * findings and file rows to memory, and sc_writer_finish() writes the page.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "enrich.h"
#include "writer.h"

/* The findings list is kept in memory until the summary above it is
 * written: it lists this many, the rest are only marked in the text. */
#define SC_HTML_FIND_MAX 20000

#define FFFD "\xef\xbf\xbd"

struct sc_html {
    FILE *body;         /* the documents' sections                     */
    char *body_buf;     /* body's buffer when it is a memory stream    */
    size_t body_len;
    int body_mem;
    FILE *find;         /* <li> of the findings list (memory)          */
    char *find_buf;
    size_t find_len;
    FILE *files;        /* <tr> of the files table (memory)            */
    char *files_buf;
    size_t files_len;
    char *first_doc;    /* for the page title                          */
    long ndocs, ncites, nfind;
    long ntype[SC_NTYPES], nsev[3];
    /* citations given without their document (sc_writer_put) */
    char *loose_doc;
    long loose_n, loose_sev[3];
    int enrich;         /* popovers say what the tables know (enrich.h) */
};

typedef struct sc_html sc_html;

static const char *const type_label[SC_NTYPES] = {
    "Public Law", "Private Law", "U.S. Code", "Bill or resolution", "Statutes at Large",
    "Section of an Act",
};
static const char *const type_plural[SC_NTYPES] = {
    "Public Laws", "Private Laws", "U.S. Code sections", "Bills and resolutions",
    "Statutes at Large pages", "Sections of Acts",
};

/* ------------------------------------------------------------ escaping */

/* Nonzero when the l-byte UTF-8 sequence at p is a C1 control or a
 * noncharacter: valid UTF-8, but not text that HTML or XML accepts. */
static int unfit(const unsigned char *p, size_t l)
{
    unsigned cp;
    if (l == 2)
        return p[0] == 0xc2 && p[1] < 0xa0;
    if (l == 3)
        cp = (unsigned)(p[0] & 0x0f) << 12 | (unsigned)(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
    else
        cp = (unsigned)(p[0] & 0x07) << 18 | (unsigned)(p[1] & 0x3f) << 12 |
             (unsigned)(p[2] & 0x3f) << 6 | (p[3] & 0x3f);
    return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe;
}

/* Writes the character at p (a byte >= 0x80; at most n bytes) and returns
 * the bytes it took: valid UTF-8 as it is; a C1 control or noncharacter, or
 * a byte that is not UTF-8, as U+FFFD -- inside a span saying which when
 * @p marked (the document text), bare otherwise (attributes, short fields). */
static size_t put_high(FILE *f, const unsigned char *p, size_t n, int marked)
{
    size_t l = sc_utf8_len(p, n);
    if (l == 0) { /* a Windows-1252 (or Latin-1) byte: its character (writer.h) */
        char ch[3];
        size_t k = sc_cp1252_utf8(p[0], ch);
        size_t cut = sc_utf8_cut(p, n);
        for (size_t j = 1; j < cut; j++) /* a character cut off at the end: each byte */
            fputs(marked ? "<span class=\"bad\" title=\"not UTF-8\">" FFFD "</span>" : FFFD, f);
        if (cut) {
            fputs(marked ? "<span class=\"bad\" title=\"not UTF-8\">" FFFD "</span>" : FFFD, f);
            return cut;
        }
        if (k == 3 && memcmp(ch, FFFD, 3) == 0) /* undefined in Windows-1252 */
            fputs(marked ? "<span class=\"bad\" title=\"not UTF-8\">" FFFD "</span>" : FFFD, f);
        else
            fwrite(ch, 1, k, f);
    } else if (unfit(p, l))
        fputs(marked ? "<span class=\"ctl\" title=\"control or noncharacter\">" FFFD "</span>"
                     : FFFD,
              f);
    else
        fwrite(p, 1, l, f);
    return l ? l : 1;
}

/* Writes s[0..n) escaped for text or an attribute value: UTF-8 as it is,
 * anything else U+FFFD, whitespace and control bytes a space. */
static void esc(FILE *f, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        unsigned char c = p[i];
        if (c >= 0x80) {
            i += put_high(f, p + i, n - i, 0);
            continue;
        }
        switch (c) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        case '\'': fputs("&#39;", f); break;
        default: putc(c < 0x20 || c == 0x7f ? ' ' : c, f);
        }
        i++;
    }
}

static void escs(FILE *f, const char *s) { esc(f, s, strlen(s)); }

/* A control byte shown as its Control Picture (U+2400 + c, U+2421 DEL). */
static void ctl(FILE *f, unsigned char c)
{
    fprintf(f, "<span class=\"ctl\" title=\"control byte 0x%02X\">\xe2\x90%c</span>", c,
            c == 0x7f ? 0xa1 : 0x80 + c);
}

/* Writes the document bytes p[from..to) (of len) as the text of a <pre>. */
static void text(FILE *f, const unsigned char *p, size_t from, size_t to, size_t len)
{
    for (size_t i = from; i < to;) {
        unsigned char c = p[i];
        if (c >= 0x80) {
            i += put_high(f, p + i, to - i, 1);
            continue;
        }
        switch (c) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '\r':
            if (i + 1 >= len || p[i + 1] != '\n')
                putc('\n', f); /* CRLF: the LF makes the break */
            break;
        case '\n':
        case '\t': putc(c, f); break;
        default:
            if (c < 0x20 || c == 0x7f)
                ctl(f, c);
            else
                putc(c, f);
        }
        i++;
    }
}

/* ------------------------------------------------------------- state */

static FILE *memstream(char **buf, size_t *len)
{
    *buf = NULL;
    *len = 0;
    return open_memstream(buf, len);
}

static sc_html *state(sc_writer *w)
{
    if (w->html)
        return w->html;
    sc_html *h = calloc(1, sizeof *h);
    if (!h)
        return NULL;
    h->body = tmpfile();
    if (!h->body) {
        h->body = memstream(&h->body_buf, &h->body_len);
        h->body_mem = 1;
    }
    h->find = memstream(&h->find_buf, &h->find_len);
    h->files = memstream(&h->files_buf, &h->files_len);
    w->html = h;
    h->enrich = !w->o.no_enrich;
    if (!h->body || !h->find || !h->files) {
        sc_out_html_free(w);
        errno = ENOMEM;
        return NULL;
    }
    return h;
}

static void count(sc_html *h, const sc_citation *c, long sev[3])
{
    h->ncites++;
    if ((unsigned)c->type < SC_NTYPES)
        h->ntype[c->type]++;
    for (int i = 0; i < c->ndiag && i < SC_MAX_DIAGS; i++) {
        unsigned s = (unsigned)c->diag[i].severity;
        if (s < 3) {
            h->nsev[s]++;
            sev[s]++;
        }
    }
}

static void file_row(sc_html *h, long d, const char *doc, long n, const long sev[3])
{
    fprintf(h->files, "<tr><td><a href=\"#doc%ld\">", d);
    escs(h->files, doc[0] ? doc : "(unnamed)");
    fprintf(h->files, "</a></td><td class=\"n\">%ld</td><td class=\"n\">%ld</td>"
                      "<td class=\"n\">%ld</td><td class=\"n\">%ld</td></tr>\n",
            n, sev[SC_ERROR], sev[SC_WARNING], sev[SC_NOTE]);
    if (!h->first_doc)
        h->first_doc = strdup(doc);
}

/* ---------------------------------------------------------- citations */

static const char *sev_name(const sc_diag *d)
{
    return (unsigned)d->severity < 3 ? sc_severity_name(d->severity) : "note";
}

/* Opens the element of citation I of document D; the text follows. */
static void cite_open(FILE *f, long d, long i, const sc_citation *c)
{
    int st = sc_citation_status(c);
    fprintf(f, "<span class=\"cite t-%s%s%s\" id=\"c%ld-%ld\" tabindex=\"0\" data-key=\"",
            sc_type_name(c->type), st >= 0 ? " s-" : "",
            st >= 0 ? sc_severity_name((sc_severity)st) : "", d, i);
    escs(f, c->key);
    fprintf(f, "\" aria-describedby=\"p%ld-%ld\">", d, i);
}

/* A finding's message, [code] and suggested fix, as the popover and the
 * findings list both show them. */
static void finding_text(FILE *f, const sc_diag *g)
{
    escs(f, g->message);
    fputs(" <code>[", f);
    escs(f, g->code);
    fputs("]</code>", f);
    if (g->suggestion[0]) {
        fputs("<span class=\"fix\">Fix: ", f);
        escs(f, g->suggestion);
        fputs("</span>", f);
    }
}

/* Closes it: one badge per finding (numbered from h->nfind + 1), then the
 * popover; adds the findings to the findings list. */
static void cite_close(sc_html *h, FILE *f, long d, long i, const char *doc,
                       const sc_citation *c)
{
    long first = h->nfind + 1;
    for (int k = 0; k < c->ndiag && k < SC_MAX_DIAGS; k++)
        fprintf(f, "<span class=\"badge b-%s\" aria-hidden=\"true\">%ld</span>",
                sev_name(&c->diag[k]), first + k);
    fprintf(f, "<span class=\"pop\" role=\"tooltip\" id=\"p%ld-%ld\">", d, i);
    fprintf(f, "<span class=\"ph\"><span class=\"sw t-%s\"></span>%s &#183; line %llu, column %llu",
            sc_type_name(c->type), (unsigned)c->type < SC_NTYPES ? type_label[c->type] : "",
            (unsigned long long)c->line, (unsigned long long)c->col);
    if (c->page > 0) /* paged input: PDF, text with form feeds, DOCX saved by Word */
        fprintf(f, ", page %u", c->page);
    fputs("</span><span class=\"pf\">", f);
    escs(f, c->canonical[0] ? c->canonical : c->raw);
    fputs("</span><span class=\"pk\">key <code>", f);
    escs(f, c->key);
    fputs("</code></span>", f);
    sc_enrich e;
    if (h->enrich && sc_enrich_get(c, &e)) { /* what the tables know */
        const char *parts[] = { c->type == SC_PUBLIC_LAW || c->type == SC_PRIVATE_LAW ? "" : e.law,
                                e.act, e.enacted[0] ? "enacted " : "", e.enacted, e.stat, e.bill,
                                e.usc_title, e.usc_status, e.usc_heading };
        fputs("<span class=\"pe\">", f);
        int any = 0;
        for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++) {
            if (!parts[k][0])
                continue;
            if (any && k != 3) /* "enacted" and its date go together */
                fputs(" &#183; ", f);
            if (k == 0)
                fputs(c->type == SC_BILL ? "became " : "in ", f);
            escs(f, parts[k]);
            any = 1;
        }
        fputs("</span>", f);
    }
    if (strncmp(c->url, "https://", 8) == 0 || strncmp(c->url, "http://", 7) == 0) {
        fputs("<a class=\"pu\" href=\"", f);
        escs(f, c->url);
        fputs("\">", f);
        escs(f, c->url);
        fputs("</a>", f);
    }
    for (int k = 0; k < c->ndiag && k < SC_MAX_DIAGS; k++) {
        const sc_diag *g = &c->diag[k];
        const char *sv = sev_name(g);
        long num = ++h->nfind;
        fprintf(f, "<span class=\"pd\"><span class=\"badge b-%s\">%ld</span> <b class=\"v-%s\">%s"
                   "</b> ",
                sv, num, sv, sv);
        finding_text(f, g);
        fputs("</span>", f);

        if (num > SC_HTML_FIND_MAX)
            continue; /* marked in the text; the list says how many more */
        FILE *l = h->find;
        fprintf(l, "<li class=\"f\" id=\"f%ld\" data-code=\"", num);
        escs(l, g->code);
        fprintf(l, "\"><span class=\"badge b-%s\">%ld</span> <a href=\"#c%ld-%ld\">", sv, num, d, i);
        escs(l, doc);
        fprintf(l, ":%llu:%llu</a> <b class=\"v-%s\">%s</b> ", (unsigned long long)c->line,
                (unsigned long long)c->col, sv, sv);
        finding_text(l, g);
        fputs("</li>\n", l);
    }
    fputs("</span></span>", f);
}

static void loose_close(sc_html *h)
{
    if (!h->loose_doc)
        return;
    fputs("</ul></section>\n", h->body);
    file_row(h, h->ndocs, h->loose_doc, h->loose_n, h->loose_sev);
    free(h->loose_doc);
    h->loose_doc = NULL;
}

int sc_out_html_put(sc_writer *w, const char *doc, const sc_citation *c)
{
    sc_html *h = state(w);
    if (!h)
        return -1;
    if (!h->loose_doc || strcmp(h->loose_doc, doc) != 0) {
        loose_close(h);
        if (!(h->loose_doc = strdup(doc)))
            return -1;
        h->loose_n = 0;
        memset(h->loose_sev, 0, sizeof h->loose_sev);
        long d = ++h->ndocs;
        fprintf(h->body, "<section class=\"doc\" id=\"doc%ld\" aria-labelledby=\"h-doc%ld\">"
                         "<h2 id=\"h-doc%ld\">", d, d, d);
        escs(h->body, doc[0] ? doc : "(unnamed)");
        fputs("</h2><p class=\"meta\">The citations as written (the text was not given).</p>"
              "<ul class=\"loose\">\n", h->body);
    }
    h->loose_n++;
    count(h, c, h->loose_sev);
    fputs("<li>", h->body);
    cite_open(h->body, h->ndocs, h->loose_n, c);
    text(h->body, (const unsigned char *)c->raw, 0, strlen(c->raw), strlen(c->raw));
    cite_close(h, h->body, h->ndocs, h->loose_n, doc, c);
    fputs("</li>\n", h->body);
    return ferror(h->body) ? -1 : 0;
}

/* A citation's place in the text, for sorting. */
typedef struct span {
    uint64_t start, end;
    size_t i;
} span;

/* qsort: by start, then end, then input order. */
static int by_offset(const void *a, const void *b)
{
    const span *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

/* Sorts the indices 0..n-1 of cites by offset into ix (they usually come
 * in order, from a scanner: then nothing moves). */
static int sort_cites(size_t *ix, const sc_citation *cites, size_t n)
{
    int sorted = 1;
    for (size_t i = 0; i < n; i++) {
        ix[i] = i;
        if (i && (cites[i].start < cites[i - 1].start ||
                  (cites[i].start == cites[i - 1].start && cites[i].end < cites[i - 1].end)))
            sorted = 0;
    }
    if (sorted)
        return 0;
    span *sp = malloc(n * sizeof *sp);
    if (!sp)
        return -1;
    for (size_t i = 0; i < n; i++)
        sp[i] = (span){ cites[i].start, cites[i].end, i };
    qsort(sp, n, sizeof *sp, by_offset);
    for (size_t i = 0; i < n; i++)
        ix[i] = sp[i].i;
    free(sp);
    return 0;
}

int sc_out_html_document(sc_writer *w, const char *doc, const unsigned char *p, size_t len,
                         const sc_citation *cites, size_t n)
{
    sc_html *h = state(w);
    if (!h)
        return -1;
    loose_close(h);
    size_t *ix = malloc((n ? n : 1) * sizeof *ix);
    if (!ix || sort_cites(ix, cites, n) != 0) {
        free(ix);
        errno = ENOMEM;
        return -1;
    }
    long d = ++h->ndocs, sev[3] = { 0, 0, 0 };
    for (size_t k = 0; k < n; k++)
        count(h, &cites[k], sev);
    file_row(h, d, doc, (long)n, sev);

    FILE *f = h->body;
    fprintf(f, "<section class=\"doc\" id=\"doc%ld\" aria-labelledby=\"h-doc%ld\"><h2 id=\"h-doc%ld\">",
            d, d, d);
    escs(f, doc[0] ? doc : "(unnamed)");
    fprintf(f, "</h2><p class=\"meta\">%zu citation%s &#183; %ld error%s, %ld warning%s, %ld "
               "note%s &#183; %zu bytes</p>\n<pre class=\"text\">",
            n, n == 1 ? "" : "s", sev[SC_ERROR], sev[SC_ERROR] == 1 ? "" : "s", sev[SC_WARNING],
            sev[SC_WARNING] == 1 ? "" : "s", sev[SC_NOTE], sev[SC_NOTE] == 1 ? "" : "s", len);
    size_t pos = 0;
    for (size_t k = 0; k < n; k++) {
        const sc_citation *c = &cites[ix[k]];
        size_t s = c->start < len ? (size_t)c->start : len;
        size_t e = c->end < len ? (size_t)c->end : len;
        if (s < pos) /* overlaps the one before: mark only what is left */
            s = pos;
        if (e < s)
            e = s;
        text(f, p, pos, s, len);
        cite_open(f, d, (long)k + 1, c);
        if (e > s)
            text(f, p, s, e, len);
        else
            fputs("<span class=\"gap\" title=\"overlaps the citation before\">&#8943;</span>", f);
        cite_close(h, f, d, (long)k + 1, doc, c);
        pos = e;
    }
    text(f, p, pos, len, len);
    if (len == 0)
        fputs("<span class=\"meta\">(empty)</span>", f);
    fputs("</pre></section>\n", f);
    free(ix);
    return ferror(f) || ferror(h->find) || ferror(h->files) ? -1 : 0;
}

/* --------------------------------------------------------------- page */

static const char css[] =
    ":root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;"
    "--panel:#f6f8fa;--pop:#fff;--focus:#0b57d0;"
    "--publ:#1d4ed8;--publ-b:#e3ecfd;--pvtl:#7c3aed;--pvtl-b:#efe8fd;--usc:#047857;--usc-b:#dcf5ea;"
    "--bill:#b45309;--bill-b:#fcefd9;--stat:#be185d;--stat-b:#fce7f1;"
    "--error:#c81e1e;--warning:#a35f00;--note:#1f6feb;--badge-fg:#fff}\n"
    "@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;"
    "--line:#3d444d;--panel:#151b23;--pop:#1f2630;--focus:#78b3ff;"
    "--publ:#82aaff;--publ-b:#1a2744;--pvtl:#c4a5ff;--pvtl-b:#2a1f45;--usc:#4fd1a5;--usc-b:#10302a;"
    "--bill:#f0a45a;--bill-b:#3a2712;--stat:#f783b8;--stat-b:#3d1a2c;"
    "--error:#f2585b;--warning:#d69a2d;--note:#58a6ff;--badge-fg:#0d1117}}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;background:var(--bg);color:var(--fg);"
    "font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",\"DejaVu Sans\",sans-serif}\n"
    ".wrap{max-width:76rem;margin:0 auto;padding:1.5rem 2rem 4rem}\n"
    "h1{font-size:1.6rem;margin:0 0 .2rem}\n"
    "h2{font-size:1.2rem;margin:2rem 0 .6rem;padding-bottom:.3rem;border-bottom:1px solid var(--line)}\n"
    "a{color:var(--focus)}\n"
    ".meta{color:var(--muted);margin:.2rem 0 .6rem;font-size:.92rem}\n"
    ".skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);"
    "padding:.3rem .6rem;z-index:50}\n"
    ".cards{display:flex;flex-wrap:wrap;gap:1rem 2.5rem;align-items:flex-start}\n"
    "table{border-collapse:collapse;font-size:.95rem}\n"
    "caption{text-align:left;font-weight:600;padding:0 0 .3rem}\n"
    "th,td{padding:.25rem .75rem;border-bottom:1px solid var(--line);text-align:left;font-weight:normal}\n"
    "thead th{font-weight:600;color:var(--muted);font-size:.85rem}\n"
    "td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
    "tr.total td,tr.total th{font-weight:600;border-bottom:0}\n"
    ".legend{margin:1rem 0 0;line-height:2.1}\n"
    ".legend .sw{margin-left:.9rem}.legend .sw:first-child{margin-left:0}\n"
    ".sw{display:inline-block;width:.95em;height:.95em;border-radius:3px;vertical-align:-.1em;"
    "margin-right:.35em;background:var(--tb);border-bottom:3px solid var(--tc)}\n"
    ".t-public_law{--tc:var(--publ);--tb:var(--publ-b)}.t-private_law{--tc:var(--pvtl);--tb:var(--pvtl-b)}"
    ".t-usc{--tc:var(--usc);--tb:var(--usc-b)}.t-bill{--tc:var(--bill);--tb:var(--bill-b)}"
    ".t-stat{--tc:var(--stat);--tb:var(--stat-b)}.t-act_section{--tc:var(--usc);--tb:var(--usc-b)}\n"
    ".badge{display:inline-block;min-width:1.45em;padding:0 .3em;border-radius:.75em;"
    "font:700 11px/1.45em system-ui,\"DejaVu Sans\",sans-serif;text-align:center;color:var(--badge-fg);"
    "vertical-align:.15em;margin-left:2px;text-decoration:none}\n"
    ".b-error{background:var(--error)}.b-warning{background:var(--warning);border-radius:2px}"
    ".b-note{background:var(--note);border-radius:0}\n"
    ".dot{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.45em;"
    "vertical-align:-.05em}.dot.b-warning{border-radius:2px}.dot.b-note{border-radius:0}\n"
    ".v-error{color:var(--error)}.v-warning{color:var(--warning)}.v-note{color:var(--note)}\n"
    ".findings{padding-left:0;list-style:none;margin:0}\n"
    ".findings li{margin:0 0 .55rem;padding-left:2.4rem;text-indent:-2.4rem}\n"
    ".findings .badge{min-width:2em;margin:0 .4rem 0 0;text-indent:0}\n"
    ".findings .fix{display:block;text-indent:0;color:var(--muted)}\n"
    "code{font:.88em/1.3 \"DejaVu Sans Mono\",ui-monospace,Menlo,Consolas,monospace;color:var(--muted)}\n"
    "pre.text{font:14px/1.75 \"DejaVu Sans Mono\",ui-monospace,Menlo,Consolas,monospace;"
    "white-space:pre-wrap;overflow-wrap:anywhere;background:var(--panel);border:1px solid var(--line);"
    "border-radius:6px;padding:1rem 1.25rem;margin:0}\n"
    ".cite{position:relative;background:var(--tb);text-decoration:underline 2px var(--tc);"
    "text-underline-offset:3px;border-radius:2px;cursor:help}\n"
    ".cite:hover,.cite:focus-within{z-index:20}\n"
    ".cite:focus{outline:3px solid var(--focus);outline-offset:1px}\n"
    ".cite:target{outline:3px dashed var(--focus);outline-offset:2px}\n"
    "a:focus-visible{outline:3px solid var(--focus);outline-offset:2px}\n"
    ".pop{display:none;position:absolute;left:0;top:100%;z-index:30;width:max-content;"
    "max-width:min(34rem,80vw);margin-top:4px;padding:.55rem .8rem;background:var(--pop);color:var(--fg);"
    "border:1px solid var(--line);border-left:4px solid var(--tc);border-radius:6px;"
    "box-shadow:0 6px 20px rgba(0,0,0,.2);font:13px/1.45 system-ui,\"DejaVu Sans\",sans-serif;"
    "white-space:normal;overflow-wrap:anywhere;cursor:auto}\n"
    ".pop::before{content:\"\";position:absolute;left:0;right:0;top:-8px;height:8px}\n"
    ".cite:hover .pop,.cite:focus .pop,.cite:focus-within .pop{display:block}\n"
    ".pop>span,.pop>a{display:block}\n"
    ".ph{color:var(--muted);font-size:12px}.ph .sw{width:.8em;height:.8em}\n"
    ".pf{font-weight:600;font-size:14px;margin:.1rem 0}\n"
    ".pu{font-size:12px}\n"
    ".pe{font-size:12px;margin:.1rem 0}\n"
    ".pd{margin-top:.45rem;padding-top:.45rem;border-top:1px solid var(--line)}\n"
    ".pd .badge{margin:0 .2rem 0 0}\n"
    ".pop .fix{display:block;color:var(--muted);margin-top:.15rem}\n"
    ".ctl,.bad{color:var(--error);font-size:.85em}\n"
    ".gap{color:var(--muted)}\n"
    ".loose{line-height:2}\n"
    "footer{margin-top:2.5rem;color:var(--muted);font-size:.85rem}\n"
    "@media print{:root{--bg:#fff;--fg:#000;--muted:#444;--line:#bbb;--panel:#fff;--focus:#000;"
    "--publ:#1d4ed8;--pvtl:#7c3aed;--usc:#047857;--bill:#b45309;--stat:#be185d;"
    "--error:#c81e1e;--warning:#a35f00;--note:#1f6feb;--badge-fg:#fff}"
    "body{font-size:11pt}.wrap{max-width:none;padding:0}.pop,.skip,.hint{display:none}"
    ".cite{background:none}pre.text{border:0;padding:0;font-size:9.5pt}"
    ".badge,.sw,.dot{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    "a{color:inherit;text-decoration:none}h2{break-after:avoid}.findings li{break-inside:avoid}}\n";

/* Optional, the page works without it: Escape closes a popover, following a
 * finding's link focuses its citation, a popover is kept inside the window.
 * (No '<' or '&' in it, so the page stays well-formed XML.) */
static const char js[] =
    "document.addEventListener('keydown',function(e){if(e.key==='Escape'){"
    "var a=document.activeElement;if(a)a.blur();}});\n"
    "function scGo(){var t=location.hash?document.getElementById(location.hash.slice(1)):null;"
    "if(t){if(t.classList.contains('cite'))t.focus();}}\n"
    "window.addEventListener('hashchange',scGo);scGo();\n"
    "function scFit(e){var c=e.target.closest?e.target.closest('.cite'):null;"
    "var p=c?c.querySelector('.pop'):null;if(!p)return;p.style.left='0';"
    "var r=p.getBoundingClientRect(),w=document.documentElement.clientWidth-8;"
    "if(r.right>w)p.style.left=Math.min(0,w-r.right)+'px';}\n"
    "document.addEventListener('focusin',scFit);document.addEventListener('mouseover',scFit);\n";

static void sev_row(FILE *f, sc_severity s, const char *label, long n)
{
    fprintf(f, "<tr><th scope=\"row\"><span class=\"dot b-%s\"></span>%s</th>"
               "<td class=\"n\">%ld</td></tr>\n",
            sc_severity_name(s), label, n);
}

static int copy(FILE *to, FILE *from)
{
    char buf[65536];
    size_t k;
    rewind(from);
    while ((k = fread(buf, 1, sizeof buf, from)) > 0)
        if (fwrite(buf, 1, k, to) != k)
            return -1;
    return ferror(from) ? -1 : 0;
}

int sc_out_html_finish(sc_writer *w)
{
    sc_html *h = state(w);
    if (!h)
        return -1;
    loose_close(h);
    FILE *f = w->out;
    if (fflush(h->find) != 0 || fflush(h->files) != 0 || fflush(h->body) != 0)
        return -1;
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
          "<meta name=\"generator\" content=\"statcite " STATCITE_VERSION "\"/>\n<title>", f);
    if (h->ndocs == 1 && h->first_doc) {
        fputs("Citations in ", f);
        escs(f, h->first_doc[0] ? h->first_doc : "(unnamed)");
    } else {
        fprintf(f, "Citations in %ld documents", h->ndocs);
    }
    fputs(" &#8212; statcite report</title>\n<style>\n", f);
    fputs(css, f);
    fputs("</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#documents\">Skip to the text</a>\n"
          "<div class=\"wrap\">\n<header><h1>Statutory citations</h1>\n<p class=\"meta\">", f);
    fprintf(f, "%ld citation%s in ", h->ncites, h->ncites == 1 ? "" : "s");
    if (h->ndocs == 1 && h->first_doc) {
        fputs("<b>", f);
        escs(f, h->first_doc[0] ? h->first_doc : "(unnamed)");
        fputs("</b>", f);
    } else {
        fprintf(f, "%ld documents", h->ndocs);
    }
    fputs(w->o.check ? ", checked against statcite's reference tables" : " (not checked)", f);
    fputs(" &#183; statcite " STATCITE_VERSION "</p></header>\n", f);

    /* summary */
    fputs("<section id=\"summary\" aria-labelledby=\"h-summary\"><h2 id=\"h-summary\">Summary</h2>\n"
          "<div class=\"cards\">\n<table class=\"counts\"><caption>Citations by type</caption>\n"
          "<thead><tr><th scope=\"col\">type</th><th scope=\"col\">count</th></tr></thead><tbody>\n",
          f);
    for (int t = 0; t < SC_NTYPES; t++)
        fprintf(f, "<tr><th scope=\"row\"><span class=\"sw t-%s\"></span>%s <code>%s</code></th>"
                   "<td class=\"n\">%ld</td></tr>\n",
                sc_type_name((sc_type)t), type_plural[t], sc_type_name((sc_type)t), h->ntype[t]);
    fprintf(f, "<tr class=\"total\"><th scope=\"row\">All citations</th><td class=\"n\">%ld</td></tr>\n"
               "</tbody></table>\n",
            h->ncites);
    fputs("<table class=\"counts\"><caption>Findings by severity</caption>\n<thead><tr>"
          "<th scope=\"col\">severity</th><th scope=\"col\">count</th></tr></thead><tbody>\n", f);
    if (w->o.check) {
        sev_row(f, SC_ERROR, "errors", h->nsev[SC_ERROR]);
        sev_row(f, SC_WARNING, "warnings", h->nsev[SC_WARNING]);
        sev_row(f, SC_NOTE, "notes", h->nsev[SC_NOTE]);
    } else {
        fputs("<tr><td colspan=\"2\">not checked (run with --check)</td></tr>\n", f);
    }
    fputs("</tbody></table>\n", f);
    fputs("<table class=\"files\"><caption>Files</caption>\n<thead><tr><th scope=\"col\">file</th>"
          "<th scope=\"col\">citations</th><th scope=\"col\">errors</th><th scope=\"col\">warnings</th>"
          "<th scope=\"col\">notes</th></tr></thead><tbody>\n", f);
    fwrite(h->files_buf ? h->files_buf : "", 1, h->files_len, f);
    if (h->ndocs == 0)
        fputs("<tr><td colspan=\"5\">no input</td></tr>\n", f);
    fputs("</tbody></table>\n</div>\n<p class=\"legend\" id=\"legend\"><b>Legend:</b> ", f);
    for (int t = 0; t < SC_NTYPES; t++)
        fprintf(f, "<span class=\"sw t-%s\"></span>%s ", sc_type_name((sc_type)t), type_label[t]);
    fputs("<br/><span class=\"badge b-error\">1</span> error "
          "<span class=\"badge b-warning\">2</span> warning "
          "<span class=\"badge b-note\">3</span> note (numbered as in the findings list)"
          "<br/><span class=\"hint\">Hover over a citation, or move to it with Tab, to see its "
          "standard form, key, link and findings; Escape closes it.</span></p>\n</section>\n", f);

    /* findings */
    fprintf(f, "<section id=\"findings\" aria-labelledby=\"h-findings\"><h2 id=\"h-findings\">"
               "Findings (%ld)</h2>\n",
            h->nfind);
    if (!w->o.check)
        fputs("<p class=\"meta\">The citations were not checked (run with --check).</p>\n", f);
    else if (h->nfind == 0)
        fputs("<p class=\"meta\">None: every citation passed the checks.</p>\n", f);
    else {
        fputs("<ol class=\"findings\">\n", f);
        fwrite(h->find_buf, 1, h->find_len, f);
        fputs("</ol>\n", f);
        if (h->nfind > SC_HTML_FIND_MAX)
            fprintf(f, "<p class=\"meta\">%ld more findings are marked in the text but not "
                       "listed here (the list stops at %d).</p>\n",
                    h->nfind - SC_HTML_FIND_MAX, SC_HTML_FIND_MAX);
    }
    fputs("</section>\n<main id=\"documents\">\n", f);
    int rc = 0;
    if (h->body_mem)
        fwrite(h->body_buf ? h->body_buf : "", 1, h->body_len, f);
    else if (copy(f, h->body) != 0)
        rc = -1;
    fputs("</main>\n<footer>Made by statcite " STATCITE_VERSION
          " (--format html). Links go to govinfo.gov and congress.gov; the page itself loads "
          "nothing.</footer>\n</div>\n<script>\n", f);
    fputs(js, f);
    fputs("</script>\n</body>\n</html>\n", f);
    return rc || ferror(f) ? -1 : 0;
}

void sc_out_html_free(sc_writer *w)
{
    sc_html *h = w->html;
    if (!h)
        return;
    if (h->body)
        fclose(h->body);
    if (h->find)
        fclose(h->find);
    if (h->files)
        fclose(h->files);
    free(h->body_buf);
    free(h->find_buf);
    free(h->files_buf);
    free(h->first_doc);
    free(h->loose_doc);
    free(h);
    w->html = NULL;
}
