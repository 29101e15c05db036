/*
 * refdata.c -- lookups in the generated reference tables (see refdata.h):
 * through the indexes tools/gen_refdata.c generates (a Congress's or a
 * volume's rows, a hash of U.S. Code sections), binary searches within.
 */
#include "refdata.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "bsearch.h"
#include "ctype.h"

int sc_ref_congress_last(void) { return sc_ref_ncongresses; }

/* Does word w[0..n) equal the NUL-terminated @p s, without regard to case? */
static int word_is(const char *w, size_t n, const char *s)
{
    size_t k = 0;
    while (k < n && s[k] && sc_tolower((uint8_t)w[k]) == sc_tolower((uint8_t)s[k]))
        k++;
    return k == n && !s[k];
}

/* Was a President whose last name is last[0..n) in office on some day of
 * [lo, hi]: 1, 0, or -1 when none bore that name. */
static int served_between(const char *last, size_t n, int32_t lo, int32_t hi)
{
    int named = 0;
    for (int i = 0; i < sc_ref_npresidents; i++) {
        const sc_ref_president *p = &sc_ref_presidents[i];
        if (!word_is(last, n, sc_ref_pool + p->last))
            continue;
        named = 1;
        if (p->start <= hi && lo <= p->end)
            return 1;
    }
    return named ? 0 : -1;
}

int sc_ref_president_served(const char *last, size_t n, int32_t ymd)
{
    return served_between(last, n, ymd, ymd);
}

int sc_ref_president_served_since(const char *last, size_t n, int32_t ymd)
{
    return served_between(last, n, ymd, INT32_MAX);
}

/* Do the given names g[0..gn) fit President @p p: the first word his first
 * name or the name he was known by (or its initial), the initials of the
 * words after it his middle initials -- none written fits anyone; some
 * written fit only one who has middle initials on record when @p middles
 * (another of his names has them), else anyone. */
static int given_fits(const sc_ref_president *p, const char *g, size_t gn, int middles)
{
    char ini[8];
    int ni = 0, words = 0, first_ok = 0;
    for (size_t i = 0; i < gn;) {
        while (i < gn && (g[i] == ' ' || g[i] == '.' || g[i] == ','))
            i++;
        size_t s = i;
        while (i < gn && sc_isalpha((uint8_t)g[i]))
            i++;
        if (i == s)
            break;
        if (words++ == 0) {
            const char *first = sc_ref_pool + p->first, *known = sc_ref_pool + p->known_as;
            first_ok = i - s == 1 ? sc_toupper((uint8_t)g[s]) == sc_toupper((uint8_t)first[0])
                                  : word_is(g + s, i - s, first) || (p->known_as && word_is(g + s, i - s, known));
            if (i - s == 2 && sc_isupper((uint8_t)g[s]) && sc_isupper((uint8_t)g[s + 1]))
                return 0; /* ("JQ", "HW": initials run together; not judged) */
        } else if (ni < (int)sizeof ini) {
            ini[ni++] = (char)sc_toupper((uint8_t)g[s]);
        }
    }
    if (!first_ok)
        return 0;
    const char *m = sc_ref_pool + p->middle;
    if (!ni || (!*m && !middles))
        return 1;
    int k = 0;
    for (; *m; m++)
        if (sc_isalpha((uint8_t)*m)) {
            if (k >= ni || ini[k] != sc_toupper((uint8_t)*m))
                return 0;
            k++;
        }
    return k == ni;
}

const sc_ref_president *sc_ref_president_other(const char *last, size_t n, const char *given,
                                               size_t gn, int32_t ymd)
{
    const sc_ref_president *same[8];
    int ns = 0, middles = 0;
    for (int i = 0; i < sc_ref_npresidents && ns < 8; i++) {
        const sc_ref_president *p = &sc_ref_presidents[i];
        if (word_is(last, n, sc_ref_pool + p->last)) {
            same[ns++] = p;
            middles |= sc_ref_pool[p->middle] != '\0';
        }
    }
    const sc_ref_president *fit = NULL, *served = NULL;
    int nfit = 0;
    for (int i = 0; i < ns; i++) {
        if (same[i]->start <= ymd && ymd <= same[i]->end)
            served = same[i];
        if (given_fits(same[i], given, gn, middles))
            fit = same[i], nfit++;
    }
    return ns >= 2 && served && nfit == 1 && fit != served ? fit : NULL;
}

int sc_ref_president_named(const char *last, size_t n, const char *given, size_t gn)
{
    int ns = 0, middles = 0;
    for (int i = 0; i < sc_ref_npresidents; i++) {
        const sc_ref_president *p = &sc_ref_presidents[i];
        if (word_is(last, n, sc_ref_pool + p->last)) {
            ns++;
            middles |= sc_ref_pool[p->middle] != '\0';
        }
    }
    if (ns == 0)
        return 0;
    if (gn == 0)
        return 1;
    for (int i = 0; i < sc_ref_npresidents; i++) {
        const sc_ref_president *p = &sc_ref_presidents[i];
        if (word_is(last, n, sc_ref_pool + p->last) && given_fits(p, given, gn, middles))
            return 1;
    }
    return 0;
}

const sc_ref_president *sc_ref_president_at(int32_t ymd)
{
    const sc_ref_president *at = NULL;
    for (int i = 0; i < sc_ref_npresidents && sc_ref_presidents[i].start <= ymd; i++)
        at = &sc_ref_presidents[i];
    return at;
}

int sc_ref_congress_at(int32_t ymd)
{
    for (int i = sc_ref_ncongresses - 1; i >= 0; i--)
        if (ymd >= sc_ref_congresses[i].start && ymd <= sc_ref_congresses[i].end)
            return sc_ref_congresses[i].congress;
    return 0;
}

/* Law c-num among the laws @p v whose Congresses start at @p first (see
 * refdata.h): most Congresses number their laws without gaps, so the
 * guess first[c] + num - 1 is usually the row; else a binary search of
 * that Congress's rows. */
static const sc_ref_law *find_law(const sc_ref_law *v, const uint32_t *first, int c, int num)
{
    if (c < 0 || c >= SC_REF_LAW_CONGRESSES)
        return NULL;
    int lo = (int)first[c], hi = (int)first[c + 1];
    if (num >= 1 && num <= hi - lo && v[lo + num - 1].number == num)
        return &v[lo + num - 1];
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (v[mid].number < num)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < (int)first[c + 1] && v[lo].number == num)
        return &v[lo];
    return NULL;
}

const sc_ref_law *sc_ref_public_law_search(int c, int n)
{
    return find_law(sc_ref_publaws, sc_ref_publaw_first, c, n);
}

const sc_ref_law *sc_ref_private_law(int c, int n)
{
    return find_law(sc_ref_pvtlaws, sc_ref_pvtlaw_first, c, n);
}

const sc_ref_law *sc_ref_law_from_bill(int c, sc_bill_type type, int num)
{
    int lo = 0, hi = sc_ref_nbill_index;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const sc_ref_law *l = &sc_ref_publaws[sc_ref_bill_index[mid]];
        int less = l->congress != c          ? l->congress < c
                   : l->bill_type != (int)type ? l->bill_type < (int)type
                                               : l->bill_number < num;
        if (less)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < sc_ref_nbill_index) {
        const sc_ref_law *l = &sc_ref_publaws[sc_ref_bill_index[lo]];
        if (l->congress == c && l->bill_type == (int)type && l->bill_number == num)
            return l;
    }
    return NULL;
}

/* page_lower_bound()'s last answers for a volume's pages, direct-mapped
 * by page: the checks of a citation's page, the reconciliation of its
 * entry and its output's facts ask the law of the same page in turn
 * (sc_ref_law_at_page, sc_ref_next_law_page).  An answer is the tables'
 * own, so only time changes.  256 slots (3 KB a thread): the pages of a
 * document's entries come back over more than 16 (-2.4 M instructions on
 * the bench corpus against 16; 64 gave -1.5 M). */
#define PAGE_MEMO 256
static _Thread_local struct page_memo {
    int vol1; /* the volume + 1; 0: empty */
    int page, i;
} page_memo[PAGE_MEMO];

/* Index of the first page-index entry at or after (vol, page). */
static int page_lower_bound(int vol, int page)
{
    int lo = 0, hi = sc_ref_npage_index;
    if (vol >= 0 && vol < SC_REF_STAT_VOLUMES) {
        /* the volume's entries, by their pages alone (one array) */
        struct page_memo *m = &page_memo[(unsigned)page % PAGE_MEMO];
        if (m->vol1 != vol + 1 || m->page != page) {
            m->i = sc_lower_bound_i32(sc_ref_page_key, (int)sc_ref_page_first[vol],
                                      (int)sc_ref_page_first[vol + 1], page);
            m->vol1 = vol + 1;
            m->page = page;
        }
        return m->i;
    }
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const sc_ref_law *l = &sc_ref_publaws[sc_ref_page_index[mid]];
        if (l->stat_volume < vol || (l->stat_volume == vol && l->stat_page < page))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int32_t sc_ref_law_other_date(const sc_ref_law *l)
{
    if (!l || !(l->flags & SC_REF_DATE_DISPUTED))
        return 0;
    for (int i = 0; i < sc_ref_ndate_alts; i++) /* (a few dozen rows) */
        if (sc_ref_date_alts[i].congress == l->congress && sc_ref_date_alts[i].number == l->number)
            return sc_ref_date_alts[i].ymd;
    return 0;
}

int32_t sc_ref_law_code_page(const sc_ref_law *l)
{
    for (int i = 0; l && i < sc_ref_ncode_pages; i++) /* (about a hundred rows) */
        if (sc_ref_code_pages[i].congress == l->congress && sc_ref_code_pages[i].number == l->number)
            return sc_ref_code_pages[i].page;
    return 0;
}

const sc_ref_law *sc_ref_law_at_page(int vol, int page)
{
    int i = page_lower_bound(vol, page + 1) - 1; /* last entry with start <= page */
    if (i < 0)
        return NULL;
    const sc_ref_law *l = &sc_ref_publaws[sc_ref_page_index[i]];
    if (l->stat_volume != vol)
        return NULL;
    while (i > 0) { /* the first of the laws starting on that page */
        const sc_ref_law *p = &sc_ref_publaws[sc_ref_page_index[i - 1]];
        if (p->stat_volume != vol || p->stat_page != l->stat_page)
            break;
        l = p;
        i--;
    }
    return l;
}

int sc_ref_laws_on_page(int vol, int page, const sc_ref_law **out, int max)
{
    int n = 0;
    for (int i = page_lower_bound(vol, page); i < sc_ref_npage_index && n < max; i++) {
        const sc_ref_law *l = &sc_ref_publaws[sc_ref_page_index[i]];
        if (l->stat_volume != vol || l->stat_page != page)
            break;
        out[n++] = l;
    }
    return n;
}

int sc_ref_next_law_page(int vol, int page)
{
    int i = page_lower_bound(vol, page + 1);
    if (i >= sc_ref_npage_index)
        return 0;
    const sc_ref_law *l = &sc_ref_publaws[sc_ref_page_index[i]];
    return l->stat_volume == vol ? l->stat_page : 0;
}

const char *sc_ref_law_title(const sc_ref_law *l) { return sc_ref_pool + l->short_title; }

int sc_ref_longest_law(int *vol, int *page)
{
    /* found once (a walk of the page index) and kept: every thread finds
     * the same, so a plain atomic store will do */
    static int known_len, known_vol, known_page;
    int n = __atomic_load_n(&known_len, __ATOMIC_ACQUIRE);
    if (!n) {
        int bv = 0, bp = 0;
        for (int i = 1; i < sc_ref_npage_index; i++) {
            const sc_ref_law *a = &sc_ref_publaws[sc_ref_page_index[i - 1]];
            const sc_ref_law *b = &sc_ref_publaws[sc_ref_page_index[i]];
            if (a->stat_volume == b->stat_volume && a->stat_page > 0 &&
                b->stat_page - a->stat_page > n) {
                n = b->stat_page - a->stat_page;
                bv = a->stat_volume;
                bp = a->stat_page;
            }
        }
        __atomic_store_n(&known_vol, bv, __ATOMIC_RELAXED);
        __atomic_store_n(&known_page, bp, __ATOMIC_RELAXED);
        __atomic_store_n(&known_len, n > 0 ? n : 1, __ATOMIC_RELEASE);
    }
    if (vol)
        *vol = __atomic_load_n(&known_vol, __ATOMIC_RELAXED);
    if (page)
        *page = __atomic_load_n(&known_page, __ATOMIC_RELAXED);
    return n;
}


/* --------------------------------------------------------- U.S. Code */

/* "8" -> 8, "50a" -> 150; -1 when not a title key. */
static int title_code(const char *key)
{
    int v = 0, n = 0;
    while (sc_isdigit(key[n]) && n < 3)
        v = v * 10 + (key[n++] - '0');
    if (n == 0 || v < 1 || v > 99)
        return -1;
    if (key[n] == '\0')
        return v;
    if (key[n] == 'a' && key[n + 1] == '\0')
        return v + 100;
    return -1;
}

const sc_ref_title *sc_ref_usc_title(const char *key)
{
    int code = title_code(key);
    if (code < 0 || code >= 200 || sc_ref_title_by_code[code] == 0)
        return NULL;
    return &sc_ref_titles[sc_ref_title_by_code[code] - 1];
}

/* Compares the runs of digits (by value: leading zeros left out, the
 * shorter number first) or of letters (the shorter run first: a ... z, aa
 * ... zz, as the Code orders them: "1437c" before "1437aa") at *a and *b,
 * then bytewise; moves both past their runs. */
static int run_cmp(const char **pa, const char **pb, int digits)
{
    const char *a = *pa, *b = *pb;
    if (digits) {
        while (*a == '0')
            a++;
        while (*b == '0')
            b++;
    }
    size_t na = 0, nb = 0;
    while (digits ? sc_isdigit(a[na]) : sc_isalpha(a[na]))
        na++;
    while (digits ? sc_isdigit(b[nb]) : sc_isalpha(b[nb]))
        nb++;
    if (na != nb)
        return na < nb ? -1 : 1;
    int c = memcmp(a, b, na);
    *pa = a + na;
    *pb = b + nb;
    return c < 0 ? -1 : c > 0;
}

int sc_ref_section_cmp(const char *a, const char *b)
{
    while (*a && *b) {
        int digits = sc_isdigit(*a) && sc_isdigit(*b);
        if (digits || (sc_isalpha(*a) && sc_isalpha(*b))) {
            int c = run_cmp(&a, &b, digits);
            if (c)
                return c;
            continue;
        }
        if (*a != *b)
            return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
        a++;
        b++;
    }
    return *a ? 1 : *b ? -1 : 0;
}

/* The row of exactly section @p sec of title code @p t, or NULL: the
 * first row of that title and name, by the hash table (refdata.h); a slot
 * of another title is passed over without reading its row, and a name is
 * read past its key only when the keys are equal. */
static const sc_ref_section *exact_section(int t, const char *sec)
{
    if (t < 0 || t >= 200)
        return NULL;
    uint64_t key = sc_ref_section_key_of(sec);
    int more = (key & 0xffu) != 0;
    uint32_t mask = SC_REF_SECTION_HASH - 1, rowmask = (1u << SC_REF_HASH_ROW_BITS) - 1;
    for (uint32_t h = sc_ref_section_hash(t, sec) & mask;; h = (h + 1) & mask) {
        uint32_t v = sc_ref_section_hash_table[h];
        if (!v)
            return NULL;
        v--;
        uint32_t row = v & rowmask;
        if ((int)(v >> SC_REF_HASH_ROW_BITS) == t && sc_ref_section_key[row] == key &&
            (!more || strcmp(sc_ref_pool + sc_ref_sections[row].section + 8, sec + 8) == 0))
            return &sc_ref_sections[row];
    }
}

/* The number a section designator begins with, by value, or -1 when it
 * begins with no digit or with more than nine (as tools/gen_refdata.c). */
static long lead_number(const char *s)
{
    while (*s == '0' && sc_isdigit(s[1]))
        s++;
    long v = 0;
    int n = 0;
    for (; sc_isdigit(s[n]); n++)
        v = v * 10 + (s[n] - '0');
    return n == 0 || n > 9 ? -1 : v;
}

/*
 * A title's range rows by the numbers their ends begin with, built the
 * first time the title is asked about: the rows whose ends both begin with
 * a number, ordered by the first (then by row), and the title's widest
 * span of them (hi_num - lo_num); then the rows with an end that begins
 * with none (lo_num or hi_num -1), which any number may fall in.  A section
 * whose number is n can only be in a row of the first kind beginning
 * within [n - widest, n]: a binary search and a few rows, where the walk
 * in table order reads every row of the title (292 of title 42).  Each
 * title's entries sit where its rows sit in sc_ref_range_index.
 */
#define RANGE_CAP 8192 /* rows indexed; more (not so today): the walk alone */
typedef struct range_ent {
    int32_t lo_num, hi_num;
    int32_t k; /* the row's place in sc_ref_range_index and sc_ref_ranges */
} range_ent;
static range_ent range_by_num[RANGE_CAP];
static struct range_title {
    int32_t lo, end;  /* the title's rows: [lo, end) of sc_ref_range_index  */
    int32_t open, n;  /* its entries: numbered [lo, open), open [open, n)   */
    int32_t width;    /* the widest span of its numbered rows               */
} range_title[256];
static int range_ready[256]; /* range_title[t] built (atomic)              */
static pthread_mutex_t range_lock = PTHREAD_MUTEX_INITIALIZER;

static int range_ent_before(const range_ent *x, const range_ent *y)
{
    int xo = x->lo_num < 0 || x->hi_num < 0, yo = y->lo_num < 0 || y->hi_num < 0;
    if (xo != yo)
        return xo < yo; /* the open rows after the numbered ones */
    if (!xo && x->lo_num != y->lo_num)
        return x->lo_num < y->lo_num;
    return x->k < y->k;
}

static void range_build(int t)
{
    struct range_title *rt = &range_title[t];
    int lo = 0, hi = sc_ref_nrange_index;
    while (lo < hi) { /* the title's first range row */
        int mid = lo + (hi - lo) / 2;
        if (sc_ref_sections[sc_ref_range_index[mid]].title < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    int end = lo;
    for (hi = sc_ref_nrange_index; end < hi;) { /* and the first of a later title */
        int mid = end + (hi - end) / 2;
        if (sc_ref_sections[sc_ref_range_index[mid]].title <= t)
            end = mid + 1;
        else
            hi = mid;
    }
    rt->lo = lo;
    rt->end = end;
    int n = lo;
    for (int k = lo; k < end && sc_ref_nrange_index <= RANGE_CAP; k++) {
        const sc_ref_range *r = &sc_ref_ranges[k];
        if (r->lo_num == -2)
            continue; /* a row with no ends covers nothing */
        range_by_num[n++] = (range_ent){ r->lo_num, r->hi_num, k };
    }
    /* ordered by a Shell sort (gaps of Ciura): a few thousand comparisons
     * for the 292 rows of title 42 */
    static const int gaps[] = { 701, 301, 132, 57, 23, 10, 4, 1 };
    for (size_t g = 0; g < sizeof gaps / sizeof gaps[0]; g++)
        for (int i = lo + gaps[g]; i < n; i++) {
            range_ent x = range_by_num[i];
            int j = i;
            for (; j - gaps[g] >= lo && range_ent_before(&x, &range_by_num[j - gaps[g]]); j -= gaps[g])
                range_by_num[j] = range_by_num[j - gaps[g]];
            range_by_num[j] = x;
        }
    int open = n, width = 0;
    for (int i = lo; i < n; i++) {
        const range_ent *r = &range_by_num[i];
        if (r->lo_num < 0 || r->hi_num < 0) {
            if (open == n)
                open = i;
        } else if (r->hi_num - r->lo_num > width)
            width = r->hi_num - r->lo_num;
    }
    rt->open = open;
    rt->n = n;
    rt->width = width;
}

/* Does range row @p k (of sc_ref_ranges) cover @p sec? */
static int range_covers(int k, const char *sec)
{
    const sc_ref_range *r = &sc_ref_ranges[k];
    return sc_ref_section_cmp(sc_ref_pool + r->lo, sec) <= 0 &&
           sc_ref_section_cmp(sec, sc_ref_pool + r->hi) <= 0;
}

/* The range row of title code @p t covering @p sec, or NULL: the first in
 * table order.  A row whose ends begin with numbers that @p sec's number
 * is not between is passed over without comparing (sc_ref_section_cmp
 * compares leading numbers first, by value). */
static const sc_ref_section *range_section(int t, const char *sec)
{
    if (t < 0 || t >= 256)
        return NULL; /* (no row has such a title) */
    if (!__atomic_load_n(&range_ready[t], __ATOMIC_ACQUIRE)) {
        pthread_mutex_lock(&range_lock);
        if (!range_ready[t]) {
            range_build(t);
            __atomic_store_n(&range_ready[t], 1, __ATOMIC_RELEASE);
        }
        pthread_mutex_unlock(&range_lock);
    }
    const struct range_title *rt = &range_title[t];
    long lead = lead_number(sec);
    if (lead >= 0 && sc_ref_nrange_index <= RANGE_CAP) {
        /* the rows the number may be in, in table order: the numbered
         * rows beginning within [lead - width, lead] that reach lead, and
         * the open rows it is not outside of */
        int cand[64], nc = 0, lo = rt->lo, hi = rt->open;
        long from = lead - rt->width;
        while (lo < hi) { /* the first numbered row beginning at or after from */
            int mid = lo + (hi - lo) / 2;
            if (range_by_num[mid].lo_num < from)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (int i = lo; i < rt->open && range_by_num[i].lo_num <= lead && nc < 64; i++)
            if (range_by_num[i].hi_num >= lead)
                cand[nc++] = range_by_num[i].k;
        for (int i = rt->open; i < rt->n && nc < 64; i++) {
            const range_ent *r = &range_by_num[i];
            if (!((r->lo_num >= 0 && lead < r->lo_num) || (r->hi_num >= 0 && lead > r->hi_num)))
                cand[nc++] = r->k;
        }
        if (nc < 64) {
            for (int i = 1; i < nc; i++) /* table order */
                for (int j = i; j > 0 && cand[j] < cand[j - 1]; j--) {
                    int x = cand[j];
                    cand[j] = cand[j - 1];
                    cand[j - 1] = x;
                }
            for (int i = 0; i < nc; i++)
                if (range_covers(cand[i], sec))
                    return &sc_ref_sections[sc_ref_range_index[cand[i]]];
            return NULL;
        }
    }
    /* no number (or 64 rows that may hold it): every row of the title */
    for (int i = rt->lo; i < rt->end; i++) {
        const sc_ref_range *r = &sc_ref_ranges[i];
        if (r->lo_num == -2 || (lead >= 0 && ((r->lo_num >= 0 && lead < r->lo_num) ||
                                              (r->hi_num >= 0 && lead > r->hi_num))))
            continue;
        if (range_covers(i, sec))
            return &sc_ref_sections[sc_ref_range_index[i]];
    }
    return NULL;
}

const sc_ref_section *sc_ref_usc_section(const char *key, const char *sec)
{
    int t = title_code(key);
    if (t < 0 || !sec || !*sec)
        return NULL;
    const sc_ref_section *s = exact_section(t, sec);
    return s ? s : range_section(t, sec);
}

/* sc_ref_usc_section_any_case()'s last answers, direct-mapped by title and
 * section: a U.S. Code citation's section is asked by its check and then
 * by its output's facts (enrich.c), each time hashed, its case tried both
 * ways and its title's ranges searched.  An answer is the tables' own. */
#define SEC_MEMO 64
static _Thread_local struct sec_memo {
    int t1; /* the title's code + 1; 0: empty */
    char sec[48];
    const sc_ref_section *s;
} sec_memo[SEC_MEMO];

static const sc_ref_section *section_any_case(int t, const char *sec);

const sc_ref_section *sc_ref_usc_section_any_case(const char *key, const char *sec)
{
    int t = title_code(key);
    if (t < 0 || !sec || !*sec)
        return NULL;
    size_t n = strlen(sec);
    if (n >= sizeof sec_memo[0].sec)
        return section_any_case(t, sec);
    struct sec_memo *m =
        &sec_memo[((unsigned)t * 31u + (uint8_t)sec[0] * 7u + (uint8_t)sec[n - 1] + (unsigned)n) %
                  SEC_MEMO];
    if (m->t1 != t + 1 || memcmp(m->sec, sec, n + 1) != 0) {
        m->s = section_any_case(t, sec);
        m->t1 = t + 1;
        memcpy(m->sec, sec, n + 1);
    }
    return m->s;
}

/* sc_ref_usc_section_any_case() of title code @p t, asked of the tables */
static const sc_ref_section *section_any_case(int t, const char *sec)
{
    char v[64];
    if (strlen(sec) >= sizeof v)
        return NULL;
    const sc_ref_section *s = exact_section(t, sec);
    /* OLRC writes most letters lower case ("1395w") but some upper ("530C") */
    for (int pass = 0; !s && pass < 2; pass++) {
        size_t k = 0;
        for (; sec[k]; k++) {
            char ch = sec[k];
            v[k] = (char)(pass == 0 ? sc_tolower(ch) : sc_toupper(ch));
        }
        v[k] = '\0';
        if (strcmp(v, sec) != 0)
            s = exact_section(t, v);
    }
    if (!s) {
        for (size_t k = 0;; k++) {
            v[k] = (char)sc_tolower(sec[k]);
            if (!sec[k])
                break;
        }
        s = range_section(t, v);
    }
    return s;
}

const sc_ref_section *sc_ref_usc_in_force(const char *key, const char *sec)
{
    const sc_ref_section *s = sc_ref_usc_section_any_case(key, sec);
    return s && s->status == SC_REF_SEC_ACTIVE && (s->flags & SC_REF_SEC_CURRENT) ? s : NULL;
}

const char *sc_ref_section_name(const sc_ref_section *s) { return sc_ref_pool + s->section; }
const char *sc_ref_section_heading(const sc_ref_section *s) { return sc_ref_pool + s->heading; }
const char *sc_ref_section_last_release(const sc_ref_section *s)
{
    return sc_ref_pool + s->last_release;
}
const char *sc_ref_title_name(const sc_ref_title *t) { return sc_ref_pool + t->name; }
const char *sc_ref_release_point(void) { return sc_ref_release; }

const char *sc_ref_section_status_name(int status)
{
    static const char *const names[SC_REF_SEC_NSTATUS] = {
        "active", "repealed", "omitted", "transferred", "renumbered", "reserved", "vacant",
        "omitted or repealed"
    };
    return status >= 0 && status < SC_REF_SEC_NSTATUS ? names[status] : "unknown";
}

int32_t sc_ref_bill_upper_of(int c, int t)
{
    for (int i = 0; i < sc_ref_nbill_uppers; i++) /* (96 rows; asked once a bill) */
        if (sc_ref_bill_uppers[i].congress == c && sc_ref_bill_uppers[i].type == t)
            return sc_ref_bill_uppers[i].upper;
    return 0;
}

int sc_ref_last_stat_volume(void)
{
    /* from the page index, once (a constant of the tables: any thread
     * finds the same) */
    static int last;
    int v = __atomic_load_n(&last, __ATOMIC_RELAXED);
    if (!v) {
        for (v = SC_REF_STAT_VOLUMES - 1; v > 0 && sc_ref_page_first[v + 1] == sc_ref_page_first[v]; v--)
            ;
        __atomic_store_n(&last, v, __ATOMIC_RELAXED);
    }
    return v;
}
