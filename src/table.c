/*
 * table.c -- tables of laws written as text (table.h): a line's cells, a
 * header's column labels (table_labels.def), a row's header found above it.
 */
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ctype.h"
#include "html.h"
#include "table.h"

static const struct {
    const char *letters;
    uint8_t len, role;
} labels[] = {
#define SC_TABLE_LABEL(L, R) { L, sizeof L - 1, R },
#include "table_labels.def"
#undef SC_TABLE_LABEL
};

uint8_t sc_table_sep(const uint8_t *buf, size_t ls, size_t le)
{
    if (le <= ls)
        return ',';
    if (memchr(buf + ls, '|', le - ls))
        return '|';
    if (memchr(buf + ls, '\t', le - ls))
        return '\t';
    return ',';
}

/* A blank around a cell -- and the break a web page's row tags leave
 * (html.h, SC_HTML_BREAK: "<tr><td>" is a break, then the cell's '|') */
static int blank(uint8_t c) { return c == ' ' || c == '\t' || c == '\r' || c == SC_HTML_BREAK; }

int sc_table_cells_of(const uint8_t *buf, size_t ls, size_t le, uint8_t sep, sc_table_cells *c)
{
    c->n = 0;
    if (le - ls > SC_TABLE_LINE)
        return -1;
    while (le > ls && (blank(buf[le - 1]) || buf[le - 1] == '\n'))
        le--;
    while (ls < le && blank(buf[ls]) && buf[ls] != sep)
        ls++;
    if (sep == '|') { /* the outer bars: "| a | b |" */
        if (ls < le && buf[ls] == '|')
            ls++;
        if (le > ls && buf[le - 1] == '|')
            le--;
    }
    size_t p = ls;
    for (;;) {
        if (c->n == SC_TABLE_COLS)
            return -1;
        while (p < le && blank(buf[p]) && buf[p] != sep)
            p++;
        size_t so = p, eo;
        if (sep == ',' && p < le && buf[p] == '"') { /* "a, b" and "say ""a""" */
            size_t q = p + 1;
            while (q < le && !(buf[q] == '"' && !(q + 1 < le && buf[q + 1] == '"')))
                q += buf[q] == '"' ? 2 : 1;
            so = p + 1;
            eo = q < le ? q : le;
            p = q < le ? q + 1 : le;
            while (p < le && buf[p] != sep)
                p++;
        } else {
            const uint8_t *s = memchr(buf + p, sep, le - p);
            p = s ? (size_t)(s - buf) : le;
            eo = p;
        }
        while (eo > so && blank(buf[eo - 1]))
            eo--;
        c->so[c->n] = so;
        c->eo[c->n] = eo;
        c->n++;
        if (p >= le)
            break;
        p++; /* past the separator */
    }
    return c->n;
}

int sc_table_marked(const uint8_t *buf, size_t ls, size_t le)
{
    size_t i = ls;
#if defined(__SSE2__)
    /* 16 bytes at a time: '|', a tab, or ',' before a byte that is no blank */
    const __m128i bar = _mm_set1_epi8('|'), tab = _mm_set1_epi8('\t'), com = _mm_set1_epi8(','),
                  sp = _mm_set1_epi8(' ');
    for (; i + 17 <= le; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(buf + i)),
                n = _mm_loadu_si128((const __m128i *)(buf + i + 1));
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, bar), _mm_cmpeq_epi8(v, tab)),
                                 _mm_andnot_si128(_mm_cmpeq_epi8(n, sp), _mm_cmpeq_epi8(v, com)));
        if (_mm_movemask_epi8(m))
            return 1;
    }
#endif
    for (; i < le; i++)
        if (buf[i] == '|' || buf[i] == '\t' || (buf[i] == ',' && i + 1 < le && buf[i + 1] != ' '))
            return 1;
    return 0;
}

int sc_table_line_cells(const uint8_t *buf, size_t ls, size_t le, uint8_t *sep)
{
    if (le - ls > SC_TABLE_LINE)
        return 0;
    uint8_t s = sc_table_sep(buf, ls, le);
    sc_table_cells c;
    if (sc_table_cells_of(buf, ls, le, s, &c) < 2)
        return 0;
    if (s == ',')
        for (int i = 1; i < c.n; i++) { /* "a,b" or "a,\"b, c\"": each cell right after its ',' */
            size_t k = c.so[i];
            if (k > ls && buf[k - 1] == '"')
                k--;
            if (k == 0 || buf[k - 1] != ',')
                return 0;
        }
    *sep = s;
    return c.n;
}

int sc_table_label_role(const uint8_t *buf, size_t so, size_t eo)
{
    if (eo - so > 40)
        return -1;
    char l[41];
    size_t n = 0;
    for (size_t i = so; i < eo; i++) {
        if (sc_isdigit(buf[i]))
            return -1;
        if (sc_isalpha(buf[i]))
            l[n++] = (char)sc_tolower(buf[i]);
    }
    if (n == 0) {
        /* a column of sections or of row numbers: "§", "#" (no letters) */
        size_t i = so;
        while (i < eo && (buf[i] == ' ' || buf[i] == '\t'))
            i++;
        size_t k = eo;
        while (k > i && (buf[k - 1] == ' ' || buf[k - 1] == '\t'))
            k--;
        if ((k - i == 2 && buf[i] == 0xc2 && buf[i + 1] == 0xa7) ||
            (k - i == 4 && buf[i] == 0xc2 && buf[i + 1] == 0xa7 && buf[i + 2] == 0xc2 &&
             buf[i + 3] == 0xa7) ||
            (k - i == 1 && buf[i] == '#'))
            return SC_COL_OTHER;
        return -1;
    }
    l[n] = 0;
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
        if (labels[k].len == n && memcmp(labels[k].letters, l, n) == 0)
            return labels[k].role;
    return SC_COL_OTHER;
}

int sc_table_header(const uint8_t *buf, size_t ls, size_t le, sc_table_head *h)
{
    uint8_t sep = sc_table_sep(buf, ls, le);
    sc_table_cells c;
    if (sc_table_cells_of(buf, ls, le, sep, &c) < 2)
        return 0;
    int known = 0;
    unsigned roles = 0;
    for (int i = 0; i < c.n; i++) {
        int r = sc_table_label_role(buf, c.so[i], c.eo[i]);
        if (r < 0)
            return 0;
        h->role[i] = (uint8_t)r;
        if (r != SC_COL_OTHER) {
            if ((roles & 1u << r) && r != SC_COL_STEP && r != SC_COL_RELATED)
                return 0; /* two columns of one role: no table of laws this reads
                           * (but days of several steps: "Passed House | Passed Senate") */
            known++;
            roles |= 1u << r;
        }
    }
    /* a column of what cites a law: its number, page or bill -- or its
     * Act's name, a row then one law's facts by the name alone ("Popular
     * name | Date | Cong.") */
    const unsigned pair = 1u << SC_COL_VOLUME | 1u << SC_COL_PAGE; /* "volume,page" */
    if (known < 2 || (!(roles & (1u << SC_COL_LAW | 1u << SC_COL_STAT | 1u << SC_COL_BILL |
                                 1u << SC_COL_NAME)) &&
                      (roles & pair) != pair))
        return 0;
    h->sep = sep;
    h->ncol = (uint8_t)c.n;
    h->roles = roles;
    return 1;
}

int sc_table_rule_line(const uint8_t *buf, size_t ls, size_t le)
{
    int dashes = 0;
    for (size_t i = ls; i < le; i++) {
        uint8_t b = buf[i];
        if (b == '-')
            dashes++;
        else if (b != '|' && b != ':' && b != '+' && b != '=' && !blank(b))
            return 0;
    }
    return dashes >= 3;
}

int sc_table_row(const uint8_t *buf, size_t from, size_t len, size_t at, sc_table_head *h,
                 sc_table_cells *c, size_t *head_eo)
{
    size_t ls = at, le = at;
    while (ls > from && buf[ls - 1] != '\n' && at - ls <= SC_TABLE_LINE)
        ls--;
    while (le < len && buf[le] != '\n' && le - at <= SC_TABLE_LINE)
        le++;
    if (ls == from || (le < len && buf[le] != '\n'))
        return 0; /* no line before it in reach, or too long a line */
    uint8_t sep = sc_table_sep(buf, ls, le);
    if (sc_table_cells_of(buf, ls, le, sep, c) < 2)
        return 0;
    sc_table_cells up;
    size_t e = ls - 1; /* the '\n' that ends the line above */
    for (int k = 0; k < 64 && e > from; k++) {
        size_t s = e;
        while (s > from && buf[s - 1] != '\n' && e - s <= SC_TABLE_LINE)
            s--;
        if (e - s > SC_TABLE_LINE)
            return 0;
        if (sc_table_rule_line(buf, s, e)) {
            e = s - 1;
            if (s == from)
                return 0;
            continue;
        }
        if (sc_table_cells_of(buf, s, e, sep, &up) != c->n || (up.n == 1 && up.so[0] == up.eo[0]))
            return 0;
        if (sc_table_header(buf, s, e, h)) {
            if (head_eo)
                *head_eo = e;
            return h->sep == sep && h->ncol == c->n;
        }
        if (s == from)
            return 0;
        e = s - 1;
    }
    return 0;
}

int sc_table_bare_row(const uint8_t *buf, size_t from, size_t len, size_t at, sc_table_cells *c)
{
    size_t ls = at, le = at;
    while (ls > from && buf[ls - 1] != '\n' && at - ls <= SC_TABLE_LINE)
        ls--;
    while (le < len && buf[le] != '\n' && le - at <= SC_TABLE_LINE)
        le++;
    if ((ls > from && buf[ls - 1] != '\n') || (le < len && buf[le] != '\n'))
        return 0;
    uint8_t sep, s2;
    int n = sc_table_line_cells(buf, ls, le, &sep);
    if (n < 3)
        return 0;
    int next = 0;
    if (ls > from + 1) { /* the line above */
        size_t s = ls - 1;
        while (s > from && buf[s - 1] != '\n' && ls - s <= SC_TABLE_LINE)
            s--;
        next = sc_table_line_cells(buf, s, ls - 1, &s2) == n && s2 == sep;
    }
    if (!next && le + 1 < len) { /* the line below */
        size_t e = le + 1;
        while (e < len && buf[e] != '\n' && e - le <= SC_TABLE_LINE)
            e++;
        next = sc_table_line_cells(buf, le + 1, e, &s2) == n && s2 == sep;
    }
    /* a row alone, of four cells or more split by '|' ("PL 100-709 | November 23,
     * 1988 | 102 Stat. 4725 | President Ronald Reagan") or by commas as a
     * spreadsheet writes them ("10/12/2000,President Bill Clinton,Pub. L. No.
     * 106-294,S.704"): prose splits no line so */
    if (!next && n >= 4 && (sep == '|' || sep == ','))
        next = 1;
    if (!next && sep == '|') { /* a Markdown row alone: "| ... | ... | ... |" */
        size_t a = ls, z = le;
        while (a < z && (buf[a] == ' ' || buf[a] == '\t'))
            a++;
        while (z > a && (buf[z - 1] == ' ' || buf[z - 1] == '\t' || buf[z - 1] == '\r'))
            z--;
        next = z - a >= 2 && buf[a] == '|' && buf[z - 1] == '|';
    }
    return next && sc_table_cells_of(buf, ls, le, sep, c) == n;
}

int sc_table_chapter_cell(const uint8_t *b, size_t q, size_t z)
{
    if (z <= q || z - q > 12)
        return 0;
    while (q < z && (sc_isalpha(b[q]) || b[q] == '.' || b[q] == ' '))
        q++; /* "ch. ", "Chap. " */
    int n = 0;
    size_t d = q;
    while (q < z && sc_isdigit(b[q]) && q - d < 5)
        n = n * 10 + (b[q++] - '0');
    return q == z && q > d ? n : 0;
}
