/*
 * ref_historic.c -- lookups in the tables of the laws of the 1st-81st
 * Congresses (see ref_historic.h): binary searches over the static arrays
 * that tools/gen_historic.c generates.  No state, no allocation.
 */
#include "ref_historic.h"

#include <stddef.h>
#include <string.h>

#include "bsearch.h"
#include "refdata.h"

int sc_hist_count(void) { return sc_hist_nlaws; }

/* Main array order: (congress, session, resolution?, number). */
static int main_cmp(const sc_hist_law *l, int c, int s, int res, int n)
{
    int lres = l->kind >= SC_HIST_PUBRES;
    if (l->congress != c) return l->congress < c ? -1 : 1;
    if (l->session != s) return l->session < s ? -1 : 1;
    if (lres != res) return lres < res ? -1 : 1;
    if (l->number != n) return l->number < n ? -1 : 1;
    return 0;
}

const sc_hist_law *sc_hist_chapter(int c, int session, int ch)
{
    int lo = 0, hi = sc_hist_nlaws;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (main_cmp(&sc_hist_laws[mid], c, session, 0, ch) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < sc_hist_nlaws && main_cmp(&sc_hist_laws[lo], c, session, 0, ch) == 0
               ? &sc_hist_laws[lo] : NULL;
}

/* The keys an index is sorted by: (volume, page), (volume, chapter) or
 * (Congress, Public Law number). */
enum { BY_PAGE, BY_CHAPTER, BY_PUBL };

static void keys(const sc_hist_law *l, int by, int *k1, int *k2)
{
    *k1 = by == BY_PUBL ? l->congress : l->volume;
    *k2 = by == BY_PAGE ? l->page : by == BY_CHAPTER ? l->number : l->publ;
}

/* First entry of @p index[lo..hi) (sorted by @p by) at or after (a, b). */
static int lower_bound_in(const uint32_t *index, int lo, int hi, int by, int a, int b)
{
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2, k1, k2;
        keys(&sc_hist_laws[index[mid]], by, &k1, &k2);
        if (k1 < a || (k1 == a && k2 < b))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* First entry of @p index (@p n of them, sorted by @p by) at or after
 * (a, b); @p first, when given, is where each volume a's entries begin,
 * and @p key each entry's second key: a search of volume a compares those
 * (one array) and never looks at the laws. */
static int lower_bound(const uint32_t *index, int n, int by, int a, int b, const uint32_t *first,
                       const int32_t *key)
{
    if (first && a >= 0 && a < SC_HIST_VOLUMES)
        return sc_lower_bound_i32(key, (int)first[a], (int)first[a + 1], b);
    return lower_bound_in(index, 0, n, by, a, b);
}

static int page_lower_bound(int vol, int page)
{
    return lower_bound(sc_hist_page_index, sc_hist_npage_index, BY_PAGE, vol, page,
                       sc_hist_page_first, sc_hist_page_key);
}

int sc_hist_bill(const sc_hist_law *l, int *number)
{
    if (!l || l < sc_hist_laws || l >= sc_hist_laws + sc_hist_nlaws)
        return 0;
    uint32_t b = sc_hist_bills[l - sc_hist_laws];
    *number = (int)(b & 0xffffff);
    return (int)(b >> 24);
}

int sc_hist_chapter_in_volume(int vol, int ch, const sc_hist_law **out, int max)
{
    int lo = lower_bound(sc_hist_chapter_index, sc_hist_nchapter_index, BY_CHAPTER, vol, ch,
                         sc_hist_chapter_first, sc_hist_chapter_key);
    int k = 0;
    if (vol >= 0 && vol < SC_HIST_VOLUMES) {
        /* within the volume's entries, by their chapter keys */
        for (int end = (int)sc_hist_chapter_first[vol + 1];
             lo < end && k < max && sc_hist_chapter_key[lo] == ch; lo++)
            out[k++] = &sc_hist_laws[sc_hist_chapter_index[lo]]; /* in page order */
        return k;
    }
    for (; lo < sc_hist_nchapter_index && k < max; lo++) {
        const sc_hist_law *l = &sc_hist_laws[sc_hist_chapter_index[lo]];
        if (l->volume != vol || l->number != ch)
            break;
        out[k++] = l; /* in page order */
    }
    return k;
}

int sc_hist_at_page(int vol, int page, const sc_hist_law **out, int max)
{
    int i = page_lower_bound(vol, page + 1) - 1;
    if (i < 0)
        return 0;
    if (vol >= 0 && vol < SC_HIST_VOLUMES) {
        /* on the index's own arrays: the volume's entries, their pages */
        int lo = (int)sc_hist_page_first[vol], hi = (int)sc_hist_page_first[vol + 1], k = 0;
        if (i < lo)
            return 0; /* no law of the volume begins on or before the page */
        int first = sc_hist_page_key[i];
        while (i > lo && sc_hist_page_key[i - 1] == first)
            i--;
        for (; i < hi && k < max && sc_hist_page_key[i] == first; i++)
            out[k++] = &sc_hist_laws[sc_hist_page_index[i]];
        return k;
    }
    const sc_hist_law *l = &sc_hist_laws[sc_hist_page_index[i]];
    if (l->volume != vol)
        return 0;
    int first = l->page;
    while (i > 0 && sc_hist_laws[sc_hist_page_index[i - 1]].volume == vol &&
           sc_hist_laws[sc_hist_page_index[i - 1]].page == first)
        i--;
    int k = 0;
    for (; i < sc_hist_npage_index && k < max; i++) {
        l = &sc_hist_laws[sc_hist_page_index[i]];
        if (l->volume != vol || l->page != first)
            break;
        out[k++] = l;
    }
    return k;
}

int sc_hist_next_page(int vol, int page)
{
    int i = page_lower_bound(vol, page + 1);
    if (i >= sc_hist_npage_index)
        return 0;
    const sc_hist_law *l = &sc_hist_laws[sc_hist_page_index[i]];
    return l->volume == vol ? l->page : 0;
}

int sc_hist_holds(const sc_hist_law *l, int vol, int page)
{
    if (l->volume != vol || l->page <= 0 || page < l->page)
        return 0;
    if (l->end > 0 && page <= l->end)
        return 1;
    /* past its last page on record: only onto the page where the next law
     * begins (a page count may leave out the page two laws share) -- not
     * when a law begins after its first page and by its last: it ended
     * there ("ch. 77, 38 Stat. 892" to 893, where ch. 78 begins: not on to
     * 894, where ch. 80 does) */
    if (l->end > 0) {
        int inside = sc_hist_next_page(vol, l->page);
        if (inside > 0 && inside <= l->end)
            return 0;
    }
    int next = sc_hist_next_page(vol, l->end > 0 ? l->end : l->page);
    if (l->end <= 0 && next == 0) {
        /* the volume's last law, its length not on record: no further than
         * twice the longest law on record runs ("62 Stat. 99999" is in no
         * law: the volume's last begins at 1421) */
        int lv, lp, longest = sc_ref_longest_law(&lv, &lp);
        return longest <= 0 || page <= l->page + 2 * longest;
    }
    return l->end > 0 ? next == l->end + 1 && page == next : page <= next;
}


int sc_hist_holding(int vol, int page, const sc_hist_law **out, int max)
{
    int k = 0, i = page_lower_bound(vol, page + 1) - 1;
    if (i < 0 || sc_hist_laws[sc_hist_page_index[i]].volume != vol)
        return 0;
    if (vol >= 0 && vol < SC_HIST_VOLUMES) {
        /* the same walk on the index's own arrays (pages, last pages and
         * their reach, in index order): no law is read that is not held */
        const int lo = (int)sc_hist_page_first[vol];
        int first = sc_hist_page_key[i], g = i;
        while (g > lo && sc_hist_page_key[g - 1] == first)
            g--;
        for (int j = g; j <= i && k < max; j++) {
            const sc_hist_law *l = &sc_hist_laws[sc_hist_page_index[j]];
            if (sc_hist_holds(l, vol, page))
                out[k++] = l;
        }
        for (int j = g - 1; j >= lo && k < max; j--) {
            if (sc_hist_page_key[j] + sc_hist_max_span < page || sc_hist_page_reach[j] < page)
                break; /* no law from here back reaches the page */
            if (sc_hist_page_end[j] >= page)
                out[k++] = &sc_hist_laws[sc_hist_page_index[j]];
        }
        return k;
    }
    int first = sc_hist_laws[sc_hist_page_index[i]].page;
    /* the group beginning on `first`, in index order */
    int g = i;
    while (g > 0 && sc_hist_laws[sc_hist_page_index[g - 1]].volume == vol &&
           sc_hist_laws[sc_hist_page_index[g - 1]].page == first)
        g--;
    for (int j = g; j <= i && k < max; j++) {
        const sc_hist_law *l = &sc_hist_laws[sc_hist_page_index[j]];
        if (sc_hist_holds(l, vol, page))
            out[k++] = l;
    }
    /* earlier laws whose last page on record reaches the page (none begins
     * more than the longest span on record before it) */
    for (int j = g - 1; j >= 0 && k < max; j--) {
        const sc_hist_law *l = &sc_hist_laws[sc_hist_page_index[j]];
        if (l->volume != vol || l->page + sc_hist_max_span < page)
            break;
        if (l->end >= page)
            out[k++] = l;
    }
    return k;
}

const sc_hist_law *sc_hist_page_law(int vol, int page, int holding_too)
{
    const sc_hist_law *at[SC_HIST_SAME_PAGE_MAX], *l = NULL;
    int n = holding_too ? sc_hist_holding(vol, page, at, SC_HIST_SAME_PAGE_MAX)
                        : sc_hist_at_page(vol, page, at, SC_HIST_SAME_PAGE_MAX);
    for (int j = 0; j < n; j++)
        if (at[j]->page == page) {
            if (l)
                return NULL; /* two begin there */
            l = at[j];
        }
    return l ? l : holding_too && n == 1 ? at[0] : NULL;
}


int sc_hist_volume_congresses(int vol, int *first, int *last)
{
    if (vol < 1 || vol >= sc_hist_nvolumes || !sc_hist_volume_congress[vol][0])
        return 0;
    *first = sc_hist_volume_congress[vol][0];
    *last = sc_hist_volume_congress[vol][1];
    return 1;
}

static int publ_lower_bound(int c, int n)
{
    return lower_bound(sc_hist_publ_index, sc_hist_npubl_index, BY_PUBL, c, n, NULL, NULL);
}

int sc_hist_public_law(int c, int n, int session, const sc_hist_law **out, int max)
{
    int k = 0;
    for (int i = publ_lower_bound(c, n); i < sc_hist_npubl_index && k < max; i++) {
        const sc_hist_law *l = &sc_hist_laws[sc_hist_publ_index[i]];
        if (l->congress != c || l->publ != n)
            break;
        if (!session || l->session == session)
            out[k++] = l;
    }
    return k;
}

int sc_hist_resolution(int c, int n, const sc_hist_law **out, int max)
{
    int lo = 0, hi = sc_hist_nlaws, k = 0;
    while (lo < hi) { /* the Congress's first law */
        int mid = lo + (hi - lo) / 2;
        if (sc_hist_laws[mid].congress < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (int i = lo; i < sc_hist_nlaws && sc_hist_laws[i].congress == c && k < max; i++) {
        const sc_hist_law *l = &sc_hist_laws[i];
        if (l->kind == SC_HIST_PUBRES && (c >= 57 ? l->pubres == n : l->number == n))
            out[k++] = l;
    }
    return k;
}

int sc_hist_max_public_law(int c, int session)
{
    int i = publ_lower_bound(c + 1, 0) - 1, best = 0;
    for (; i >= 0; i--) {
        const sc_hist_law *l = &sc_hist_laws[sc_hist_publ_index[i]];
        if (l->congress != c)
            break;
        if (!session || l->session == session) {
            best = l->publ; /* sorted by number: the last one is the highest */
            break;
        }
    }
    return best;
}

/* The first entry of the date index dated ymd or later (or the count). */
static int first_on_or_after(int32_t ymd)
{
    int y = ymd / 10000 - SC_HIST_YEAR0; /* within its year's entries */
    if (ymd >= 0 && y >= 0 && y < SC_HIST_YEARS)
        return sc_lower_bound_i32(sc_hist_date_key, (int)sc_hist_date_year_first[y],
                                  (int)sc_hist_date_year_first[y + 1], ymd);
    return sc_lower_bound_i32(sc_hist_date_key, 0, sc_hist_ndate_index, ymd);
}

int sc_hist_on_date(int32_t ymd, const sc_hist_law **out, int max)
{
    int lo = first_on_or_after(ymd);
    int k = 0;
    for (; lo < sc_hist_ndate_index && k < max; lo++) {
        const sc_hist_law *l = &sc_hist_laws[sc_hist_date_index[lo]];
        if (l->date != ymd)
            break;
        out[k++] = l;
    }
    return k;
}

int sc_hist_session_at(int c, int32_t ymd)
{
    int lo = first_on_or_after(ymd);
    /* the nearest dated chapters of Congress c on either side agree, or the
     * date is the one of a chapter */
    /* (the index's own arrays: dates, and Congress and session) */
    int before = 0, after = 0;
    for (int i = lo - 1; i >= 0 && lo - i < 400; i--) {
        uint32_t cs = sc_hist_date_session[i];
        if (cs && (int)(cs >> 8) == c) {
            before = (int)(cs & 0xffu);
            break;
        }
    }
    for (int i = lo; i < sc_hist_ndate_index && i - lo < 400; i++) {
        uint32_t cs = sc_hist_date_session[i];
        if (cs && (int)(cs >> 8) == c) {
            if (sc_hist_date_key[i] == ymd)
                return (int)(cs & 0xffu);
            after = (int)(cs & 0xffu);
            break;
        }
    }
    return before && before == after ? before : 0;
}

/* ------------------------------------------ former U.S. Code sections */

static int former_cmp(const sc_former_section *f, const char *title, const char *sec)
{
    int c = strcmp(f->title, title);
    return c ? c : strcmp(sc_hist_pool + f->section, sec);
}

const sc_former_section *sc_hist_former_section(const char *title, const char *sec)
{
    int lo = 0, hi = sc_hist_nformer;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        int c = former_cmp(&sc_hist_former[mid], title, sec);
        if (c == 0)
            return &sc_hist_former[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const char *sc_former_name(const sc_former_section *f) { return sc_hist_pool + f->section; }
const char *sc_former_to(const sc_former_section *f) { return sc_hist_pool + f->to; }
