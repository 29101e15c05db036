/*
 * check_old_numbers.c -- the numbers of laws and resolutions of the 1st-81st
 * Congresses written beside their Statutes at Large page, with no Congress
 * that would make them a citation of their own:
 *   - a resolution's: "Pub. Res. No. 38, 58th Cong., 33 Stat. 593", "Public
 *     Resolution No. 12, Seventy-fifth Congress" in the page's bracket, "Res.
 *     No. 42, June 7, 1900, 31 Stat. 723", "Joint Resolution of March 3,
 *     1875, No. 8, 18 Stat. 525" (resolution-number).  The resolution printed
 *     on the page (ref_historic.h) carries a Public Resolution number
 *     (57th-81st Congress) or, before, its number among its Congress's public
 *     resolutions;
 *   - an Act's Public Law number in a slip head: "Apr. 20, 1950 -- [Public No.
 *     475] -- 64 Stat. 48", "[Public, No. 143]", or "Public Law 502" with no
 *     Congress beside it ("enacted as Public Law 502, Apr. 20, 1936 (49
 *     Stat. 1234)") (hist-law-page, as for "Public Law 81-475, 64 Stat. 48").
 * A number that is not the page's law's is an error, unless a day the entry
 * gives is that of the law the number names and not the page's -- then the
 * page is the slip, which the page's own checks report.  Read only in
 * entries that cite a page of volumes 1-64 with "Res" or "Public" near it.
 */
#include <string.h>

#include "check.h"
#include "check_historic.h"
#include "ctype.h"
#include "ref_historic.h"

/* The number after "No." (or right after the phrase, "Pub. Res. 38") at
 * b[q..lim): its value and end in *eo, else 0. */
static int number_at(const uint8_t *b, size_t q, size_t lim, size_t *eo)
{
    while (q < lim && b[q] == ' ')
        q++;
    if (q + 3 <= lim && (b[q] == 'N' || b[q] == 'n') && b[q + 1] == 'o' && b[q + 2] == '.') {
        q += 3;
        while (q < lim && b[q] == ' ')
            q++;
    }
    int n = 0;
    size_t s = q;
    while (q < lim && sc_isdigit(b[q]) && q - s < 5)
        n = n * 10 + (b[q++] - '0');
    if (q == s || (q < lim && (sc_isalnum(b[q]) || b[q] == '-')))
        return 0;
    *eo = q;
    return n;
}

/* A resolution's number at the word "Res" or "Resolution" at b[r]
 * (b[lo..lim) the entry): "Pub. Res. No. 38", "Public Resolution No. 12",
 * "Res. No. 42", "Resolution No. 10" -- not a bill ("H.J. Res. 614", "S.J.
 * Res. 12": the word before it is a house's) -- or "Joint Resolution of
 * March 3, 1875, No. 8": its number, the phrase in *so..*eo. */
static int resolution_at(const sc_entry *e, size_t lo, size_t lim, size_t r, size_t *so,
                         size_t *eo)
{
    const uint8_t *b = e->w->buf;
    if (r > lo && sc_isalpha(b[r - 1]))
        return 0;
    size_t q = r + 3;
    if (q + 7 <= lim && memcmp(b + q, "olution", 7) == 0)
        q += 7;
    else if (q < lim && b[q] == '.')
        q++;
    else
        return 0;
    if (q < lim && sc_isalpha(b[q]))
        return 0;
    /* the words before it: "Pub." / "Public" (a public resolution's), "Joint",
     * "J." -- a house's letter or "Con." makes it a bill's */
    size_t s = r;
    while (s > lo && b[s - 1] == ' ')
        s--;
    size_t w = s;
    while (w > lo && (sc_isalpha(b[w - 1]) || b[w - 1] == '.'))
        w--;
    if (w < s && (b[w] == 'H' || b[w] == 'S') && (s - w <= 4 || memcmp(b + w, "Sen", 3) == 0))
        return 0; /* "H.J. Res.", "S. Res.", "H. Con. Res." */
    if (w < s && ((s - w == 2 && memcmp(b + w, "J.", 2) == 0) || memcmp(b + w, "Con", 3) == 0)) {
        size_t v = w; /* "H. J. Res.", "S. Con. Res." */
        while (v > lo && b[v - 1] == ' ')
            v--;
        if (v > lo && (b[v - 1] == '.' || sc_isupper(b[v - 1])) && v - 1 > lo &&
            (b[v - 2] == 'H' || b[v - 2] == 'S'))
            return 0;
    }
    *so = w < s ? w : r;
    size_t ne;
    int n = number_at(b, q, lim, &ne);
    if (n) {
        *eo = ne;
        return n;
    }
    /* "Joint Resolution of March 3, 1875, No. 8": past its day */
    if (q + 4 > lim || memcmp(b + q, " of ", 4) != 0)
        return 0;
    for (int i = 0; i < e->ndate; i++) {
        const sc_date_fact *f = &e->date[i];
        if (f->so == q + 4 && f->eo + 2 < lim && b[f->eo] == ',' && b[f->eo + 1] == ' ' &&
            b[f->eo + 2] == 'N' && (n = number_at(b, f->eo + 2, lim, &ne)) > 0) {
            *eo = ne;
            return n;
        }
    }
    return 0;
}

/* The number law @p l carries: with @p publ its Public Law number; else,
 * a resolution's, its Public Resolution number or (before the 57th
 * Congress) its number among its Congress's public resolutions; 0 when
 * none is on record. */
static int number_of(const sc_hist_law *l, int publ)
{
    if (publ)
        return l->publ;
    if (l->pubres > 0)
        return l->pubres;
    return l->kind == SC_HIST_PUBRES && l->congress < 57 ? l->number : 0;
}

/* A slip head's "Public No. 475" or "Public, No. 143", or "Public Law 502"
 * written with no Congress, at the word "Public" at b[r] (b[lo..lim) the
 * entry): its number, the phrase in *so..*eo. */
static int public_no_at(const uint8_t *b, size_t lo, size_t lim, size_t r, size_t *so, size_t *eo)
{
    if (r > lo && sc_isalpha(b[r - 1]))
        return 0;
    size_t q = r + 6;
    /* "Public Law 502" with no Congress (laws were numbered within their
     * Congress until the 85th): the Congress is the page's law's */
    if (q + 5 <= lim && memcmp(b + q, " Law ", 5) == 0 && q + 5 < lim && sc_isdigit(b[q + 5])) {
        *so = r;
        return number_at(b, q + 5, lim, eo);
    }
    if (q < lim && b[q] == ',')
        q++;
    if (q + 4 > lim || memcmp(b + q, " No.", 4) != 0)
        return 0;
    *so = r;
    return number_at(b, q + 1, lim, eo);
}

/* Does the phrase at b[so..) lie in one of the entry's citations (the
 * grammar's "Public No. 219, 60th Congress": a law the law checks read)? */
static int in_citation(const sc_entry *e, size_t so)
{
    for (int j = 0; j < e->n; j++)
        if ((e->kind[j] & SC_EK_IN) && so >= e->cs[j] && so < e->ce[j])
            return 1;
    return 0;
}

/* Does a day the entry gives belong to the law of Congress @p c that
 * carries number @p n (number_of() with @p publ), and not to @p l, the page's (the page, then, is the
 * slip; a day of both -- a session's last, of many resolutions -- tells
 * nothing)? */
static int day_names_it(const sc_entry *e, const sc_hist_law *l, int c, int n, int publ)
{
    for (int i = 0; i < e->ndate; i++) {
        if (e->date[i].bad || e->date[i].ymd % 100 == 0 || e->date[i].ymd == l->date)
            continue;
        const sc_hist_law *on[SC_HIST_SAME_DATE_MAX];
        int k = sc_hist_on_date(e->date[i].ymd, on, SC_HIST_SAME_DATE_MAX);
        for (int j = 0; j < k; j++)
            if (on[j]->congress == c && number_of(on[j], publ) == n)
                return 1;
    }
    return 0;
}

/* The number written in the entry by the words @p word ("Res", "Public")
 * that the page b[cs..ce) of law @p l joins, and is not @p want (0: none). */
static int other_number(sc_entry *e, int i, const char *word, int want, size_t *so, size_t *eo)
{
    const uint8_t *b = e->w->buf;
    size_t lo = e->so, hi = e->eo, wl = strlen(word);
    for (size_t r = lo; r + wl <= hi;) {
        const uint8_t *at = sc_find_text(b + r, hi - r, word, wl);
        if (!at)
            break;
        r = (size_t)(at - b);
        int n = wl == 3 ? resolution_at(e, lo, hi, r, so, eo) : public_no_at(b, lo, hi, r, so, eo);
        r += wl;
        if (n && n != want && !in_citation(e, *so) &&
            sc_page_joined(e, *so, *eo, e->cs[i], e->ce[i]))
            return n;
    }
    return 0;
}

/* The number's phrase as written ("Pub. Res. No. 35"), or "resolution No.
 * 35" when it does not fit @p cap. */
static void said_as_written(const uint8_t *b, size_t so, size_t eo, int n, char *out, size_t cap)
{
    if (eo - so < cap)
        sc_fmt(out, cap, "%.*s", (int)(eo - so), (const char *)b + so);
    else
        sc_fmt(out, cap, "resolution No. %d", n);
}

/* A resolution's number written with its Congress ("Pub. Res. No. 1, 62d
 * Cong., 37 Stat. 3") beside a page that no numbered resolution holds (the
 * page's law @p l is an Act, or a resolution without a number on record):
 * the Congress's one resolution of that number, which does not hold the
 * page, is the one meant -- the page is the slip.  An error when a year or
 * day of the entry is the resolution's, else a warning (the number may be
 * the slip).  1 when reported. */
static int resolution_elsewhere(sc_doc_state *d, sc_entry *e, int i, int v, int p,
                                const sc_hist_law *l)
{
    size_t so = 0, eo = 0;
    int n = other_number(e, i, "Res", 0, &so, &eo);
    if (!n || l->kind == SC_HIST_PUBRES)
        return 0;
    int cong = sc_page_congress(e, e->cs[i], e->ce[i], 0, SIZE_MAX);
    const sc_hist_law *r[2];
    if (cong <= 0 || cong > 81 || sc_hist_resolution(cong, n, r, 2) != 1 || r[0]->page <= 0 ||
        r[0]->volume <= 0 || sc_hist_holds(r[0], v, p))
        return 0;
    int year = 0;
    for (int k = 0; k < e->ndate && !year; k++)
        if (!e->date[k].bad && r[0]->date && e->date[k].ymd / 10000 == r[0]->date / 10000 &&
            (e->date[k].ymd % 10000 == 0 || e->date[k].ymd == r[0]->date))
            year = 1;
    const uint8_t *b = e->w->buf;
    char when[40] = "", what[96], sugg[200], said[48];
    if (r[0]->date)
        sc_fmt_date(r[0]->date, when, sizeof when);
    sc_fmt(what, sizeof what, "%s Resolution No. %d of the %d%s Congress",
           cong >= 57 ? "Public" : "public", n, cong, SC_ORD(cong));
    said_as_written(b, so, eo, n, said, sizeof said);
    sc_fmt(sugg, sizeof sugg, "%d Stat. %d (%s%s%s)", r[0]->volume, r[0]->page, what,
           when[0] ? ", approved " : "", when);
    sc_emit(d, &e->c[i], year && sc_hist_date_sure(r[0]) ? SC_ERROR : SC_WARNING,
            SC_D_RESOLUTION_NUMBER, sugg,
            "%d Stat. %d is not in %s: %s of the %d%s Congress begins at %d Stat. %d", v, p, said,
            said, cong, SC_ORD(cong), r[0]->volume, r[0]->page);
    return 1;
}

static void check_page(sc_doc_state *d, sc_entry *e, int i, int v, int p)
{
    const sc_hist_law *l = sc_hist_page_law(v, p, 1);
    if (!l)
        return; /* (no law, or two, hold the page) */
    if (!number_of(l, 0) && resolution_elsewhere(d, e, i, v, p, l))
        return;
    const uint8_t *b = e->w->buf;
    for (int publ = 0; publ <= 1; publ++) {
        int want = number_of(l, publ);
        size_t so = 0, eo = 0;
        int n = want ? other_number(e, i, publ ? "Public" : "Res", want, &so, &eo) : 0;
        if (!n || day_names_it(e, l, l->congress, n, publ))
            continue; /* (none; or the page is the slip: its day's checks) */
        char when[40] = "", what[96], sugg[200], said[48];
        if (l->date)
            sc_fmt_date(l->date, when, sizeof when);
        if (publ)
            sc_fmt(what, sizeof what, "Public Law %d-%d (ch. %d of the %d%s Congress)",
                   l->congress, want, l->number, l->congress, SC_ORD(l->congress));
        else if (l->pubres > 0)
            sc_fmt(what, sizeof what, "Public Resolution No. %d of the %d%s Congress", want,
                   l->congress, SC_ORD(l->congress));
        else
            sc_fmt(what, sizeof what, "public resolution No. %d of the %d%s Congress", want,
                   l->congress, SC_ORD(l->congress));
        sc_fmt(sugg, sizeof sugg, "%d Stat. %d is %s%s%s", v, p, what, when[0] ? ", approved " : "",
               when);
        said_as_written(b, so, eo, n, said, sizeof said);
        sc_emit(d, &e->c[i],
                (l->flags & (SC_HIST_DATE_DISPUTED | SC_HIST_ONE_SOURCE)) ? SC_WARNING : SC_ERROR,
                publ ? SC_D_HIST_LAW_PAGE : SC_D_RESOLUTION_NUMBER, sugg,
                "%s is not the %s at %d Stat. %d: that page is %s", said,
                publ ? "law" : "resolution", v, p, what);
        return;
    }
}

/* Does b[a..z) write a number these checks read: "Res." or "Resolution"
 * (a resolution's), "Public No" or "Public, No" (a slip head's)? */
static int numbers_written(const uint8_t *b, size_t a, size_t z)
{
    /* (one search a word, each place it is found tested: the Code's notes
     * write "Resources" and "Public Law" often) */
    for (const uint8_t *r = b + a; (r = sc_find_text(r, (size_t)(b + z - r), "Res", 3)) != NULL; r += 3)
        if ((r + 3 < b + z && r[3] == '.') ||
            (r + 10 <= b + z && memcmp(r + 3, "olution", 7) == 0))
            return 1;
    for (const uint8_t *r = b + a; (r = sc_find_text(r, (size_t)(b + z - r), "Public", 6)) != NULL; r += 6)
        if ((r + 9 <= b + z && memcmp(r + 6, " No", 3) == 0) ||
            (r + 10 <= b + z && memcmp(r + 6, ", No", 4) == 0) ||
            (r + 12 <= b + z && memcmp(r + 6, " Law ", 5) == 0 && sc_isdigit(r[11])))
            return 1;
    return 0;
}

void sc_check_old_numbers(sc_doc_state *d, sc_entry *e)
{
    /* the pages of volumes 1-64, and the text around them (240 bytes on
     * either side), searched once for the words of a number */
    uint64_t old = 0;
    size_t a = SIZE_MAX, z = 0;
    for (uint64_t m = e->stat_in; m; m &= m - 1) {
        int i = __builtin_ctzll(m), v, p;
        const sc_citation *c = &e->c[i];
        if ((c->wording & SC_W_LIST_ITEM) || (e->kind[i] & SC_EK_SHORT) || c->ndiag > 0 ||
            !sc_entry_vol_page(e, i, &v, &p) || v > 64)
            continue;
        old |= 1ull << i;
        a = e->cs[i] < a ? e->cs[i] : a;
        z = e->ce[i] > z ? e->ce[i] : z;
    }
    if (!old)
        return;
    a = a > 240 ? a - 240 : 0;
    z = z + 240 < e->w->len ? z + 240 : e->w->len;
    if (!numbers_written(e->w->buf, a, z))
        return;
    sc_entry_need_bounds(e); /* (an entry of pages alone reads them only now) */
    sc_entry_need_dates(e);
    if (e->eo <= e->so)
        return;
    for (; old; old &= old - 1) {
        int i = __builtin_ctzll(old), v = 0, p = 0;
        if (sc_entry_vol_page(e, i, &v, &p))
            check_page(d, e, i, v, p);
    }
}
