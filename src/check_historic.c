/*
 * check_historic.c -- checks of laws before the 82nd Congress against the
 * tables of the 1st-81st Congresses' laws (ref_historic.h): a chapter
 * citation's date, chapter and page must be one law ("Act of June 25, 1948,
 * ch. 646, 62 Stat. 869"), with the Congress and session the date falls in;
 * a Public Law number of the 57th-59th Congress (numbered afresh each
 * session) beyond both series; a Public Law of the 57th-81st Congress and a
 * Stat. page that is not in it, or a chapter written before it that is not
 * its own; the bill and the Congress an entry joins to a chapter citation
 * (its one bill, its one Congress, wherever written); a U.S. Code section the Code no longer has
 * but its notes name as former (check_former.c).
 * Codes: docs/checks.md (chapter-*, hist-*, usc-section-former).
 * Called once per group from sc_check_run() (validate.c).
 */
#include "check_historic.h"

#include "chapter.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctype.h"
#include "normalize.h"
#include "check.h"
#include "entry_in.h"
#include "ref_historic.h"
#include "refdata.h"
#include "rules.h"

#define ORD(n) sc_norm_ord_suffix(n)
#define MAXC SC_HIST_SAME_PAGE_MAX /* laws looked at per lookup of a page */

static void diag(sc_doc_state *dis, sc_citation *c, sc_severity sev, const char *code,
                 const char *sugg, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* Every finding through the checker's one emitter (check_util.c). */
static void diag(sc_doc_state *dis, sc_citation *c, sc_severity sev, const char *code,
                 const char *sugg, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sc_vemit(dis, c, sev, sc_code_from_name(code), sugg, fmt, ap);
    va_end(ap);
}

#define fmt_date sc_fmt_date

/* "ch. 646 of the 80th Congress, session 2 (June 25, 1948)" */
static void law_desc(const sc_hist_law *l, char *out, size_t cap)
{
    char d[40] = "";
    if (l->date)
        fmt_date(l->date, d, sizeof d);
    const char *what = l->kind <= SC_HIST_PRIVATE ? "ch." : "Res.";
    int n = snprintf(out, cap, "%s %d of the %d%s Congress", what, l->number, l->congress,
                     ORD(l->congress));
    if (n > 0 && (size_t)n < cap && l->session)
        n += snprintf(out + n, cap - (size_t)n, ", session %d", l->session);
    if (n > 0 && (size_t)n < cap && d[0])
        sc_fmt(out + n, cap - (size_t)n, " (%s)", d);
}

int sc_hist_date_sure(const sc_hist_law *l)
{
    const sc_ref_congress *cg = sc_ref_congress_get(l->congress);
    return l->date && cg && l->date >= cg->start &&
           (l->date <= cg->end || (l->flags & SC_HIST_LAST_MORNING)) &&
           !(l->flags & (SC_HIST_DATE_DISPUTED | SC_HIST_ONE_SOURCE));
}

int32_t sc_hist_public_law_date(int congress, int number)
{
    const sc_hist_law *h[2];
    return sc_hist_public_law(congress, number, 0, h, 2) == 1 && sc_hist_date_sure(h[0])
               ? h[0]->date
               : 0;
}

/* Can page p of volume v be in law l (its first to its last page on
 * record, sc_hist_holds)? */
static int contains(const sc_hist_law *l, int v, int p)
{
    return sc_hist_holds(l, v, p);
}


/* The Congress and session a date falls in: " (80th Congress, session 2)" */
static void when(int32_t date, char *out, size_t cap)
{
    out[0] = '\0';
    int c = sc_ref_congress_at(date);
    if (!c)
        return;
    int s = sc_hist_session_at(c, date);
    if (s)
        sc_fmt(out, cap, " (%d%s Congress, session %d)", c, ORD(c), s);
    else
        sc_fmt(out, cap, " (%d%s Congress)", c, ORD(c));
}

/* A Stat. citation of volume 65 or later with a date before it: the law of
 * the 82nd-84th Congress at that page must have that date. */
static void check_modern_date(sc_doc_state *dis, sc_citation *c, int v, int p, int32_t date)
{
    /* only a law that begins on that very page: this table has no
     * chapters, no private laws and some pages missing -- but a volume
     * prints the laws of one Congress, so a date of another cannot be any
     * law's of the page ("June 27, 1953, ch. 477, 66 Stat. 163": 82-414,
     * June 27, 1952) */
    const sc_ref_law *l = sc_ref_law_at_page(v, p);
    if (!l || !l->enacted || l->stat_page != p ||
        (l->flags & (SC_REF_DATE_DISPUTED | SC_REF_STAT_UPPER_BOUND)))
        return;
    int dc = sc_ref_congress_at(date);
    if (dc <= 0)
        return; /* (a date of no Congress on record) */
    /* the laws beginning on that page: any of them with the date will do,
     * and with several the private or unnumbered one may be meant */
    int lo = 0, hi = sc_ref_npage_index, same = 0;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const sc_ref_law *o = &sc_ref_publaws[sc_ref_page_index[mid]];
        if (o->stat_volume < v || (o->stat_volume == v && o->stat_page < l->stat_page))
            lo = mid + 1;
        else
            hi = mid;
    }
    for (int i = lo; i < sc_ref_npage_index; i++) {
        const sc_ref_law *o = &sc_ref_publaws[sc_ref_page_index[i]];
        if (o->stat_volume != v || o->stat_page != l->stat_page)
            break;
        if (o->enacted == date)
            return;
        same++;
    }
    if (same != 1)
        return;
    /* the page may also be the last one of the law before it */
    const sc_ref_law *prev = p > 1 ? sc_ref_law_at_page(v, p - 1) : NULL;
    if (prev && prev->enacted == date)
        return;
    char given[40], is[40], sugg[192];
    fmt_date(date, given, sizeof given);
    fmt_date(l->enacted, is, sizeof is);
    sc_fmt(sugg, sizeof sugg, "%s Stat. %d is in Public Law %d-%d, enacted %s", c->volume,
           p, l->congress, l->number, is);
    /* a warning: another law of that page may be missing from the table --
     * but of the law's Congress, whose volume it is: a day of another
     * Congress is an error */
    diag(dis, c, dc != l->congress ? SC_ERROR : SC_WARNING, "chapter-date", sugg,
         "%s Stat. %d is dated %s, but the law on that page (Public Law %d-%d) was enacted %s",
         c->volume, p, given, l->congress, l->number, is);
}

/* Is law l of the Congress and session date `dc`/`ds` falls in (a session
 * not known on either side does not tell them apart)? */
static int of_session(const sc_hist_law *l, int dc, int ds)
{
    return l->congress == dc && (!ds || !l->session || l->session == ds);
}

/* The date written is not of volume v, and the chapter and date name a law
 * of another volume (or, from 1951, a law of that date begins on or before
 * the page in a volume of the date's Congress): the volume is the slip.
 * Returns 1 when reported. */
static int check_volume(sc_doc_state *dis, sc_citation *c, int ch, int32_t date, int v, int p,
                        int dc, int ds)
{
    int first, last, y0, y1;
    if (!date || !dc)
        return 0;
    /* a date of the volume's Congresses, but of a year it prints no law of:
     * a session of another volume ("Nov. 27, 1940, ch. 920, 53 Stat. 1216":
     * volume 53 prints the 76th Congress's laws of 1939).  (A volume whose
     * Congresses are not on record -- volume 51's few laws of 1937 -- is
     * one that may print the date.) */
    int known = sc_hist_volume_congresses(v, &first, &last);
    int of_volume = !known || (dc >= first && dc <= last &&
                               !(dc <= 81 && sc_stat_volume_years(v, &y0, &y1) && y0 > 0 &&
                                 (date / 10000 < y0 || date / 10000 > y1)));
    if (of_volume) {
        /* a date the volume may print: only when it prints no chapter of
         * that number at all is the chapter of that date, printed in
         * another, the one meant ("September 1, 1937, ch. 896, 51 Stat.
         * 888": ch. 896 of that day is at 50 Stat. 888) */
        const sc_hist_law *in_v[4];
        if (dc > 81 || sc_hist_chapter_in_volume(v, ch, in_v, 4) > 0)
            return 0;
    }
    char given[40], desc[128], sugg[192], w[64];
    fmt_date(date, given, sizeof given);
    when(date, w, sizeof w);
    if (dc > 81) {
        /* no chapters on record: a public law of that date holding the page */
        const sc_ref_congress *cg = sc_ref_congress_get(dc);
        const sc_ref_law *l1 = sc_ref_public_law(dc, 1);
        const sc_ref_law *ln = cg ? sc_ref_public_law(dc, cg->public_laws) : NULL;
        if (!l1 || !ln || l1->stat_volume <= 64)
            return 0;
        for (int u = l1->stat_volume; u <= ln->stat_volume; u++) {
            const sc_ref_law *l = sc_ref_law_at_page(u, p);
            if (!l || l->enacted != date || l->congress != dc ||
                (l->flags & SC_REF_STAT_UPPER_BOUND))
                continue;
            int next = sc_ref_next_law_page(u, l->stat_page);
            if (next && p > next)
                continue;
            sc_fmt(sugg, sizeof sugg, "%d Stat. %d (Public Law %d-%d, %s)", u, p, l->congress,
                   l->number, given);
            diag(dis, c, SC_WARNING, "chapter-volume", sugg,
                 "%s is not a date of volume %d of the Statutes at Large%s: the law of that date "
                 "on page %d of volume %d is Public Law %d-%d", given, v, w, p, u, l->congress,
                 l->number);
            return 1;
        }
        return 0;
    }
    const sc_hist_law *on[SC_HIST_SAME_DATE_MAX], *l = NULL; /* a day's laws, private ones too */
    int n = sc_hist_on_date(date, on, SC_HIST_SAME_DATE_MAX);
    for (int i = 0; i < n; i++)
        if (on[i]->kind <= SC_HIST_PRIVATE && on[i]->number == ch && on[i]->page > 0 &&
            on[i]->volume != v && of_session(on[i], dc, ds)) {
            if (l)
                return 0; /* two such laws: nothing to tell them apart */
            l = on[i];
        }
    if (!l)
        return 0;
    law_desc(l, desc, sizeof desc);
    /* the page written fits that law: only the volume is wrong */
    int fits = sc_hist_holds(l, l->volume, p);
    if (fits)
        sc_fmt(sugg, sizeof sugg, "%d Stat. %d (%s, which begins at %d Stat. %d)", l->volume,
               p, desc, l->volume, l->page);
    else
        sc_fmt(sugg, sizeof sugg, "%s begins at %d Stat. %d", desc, l->volume, l->page);
    if (of_volume)
        diag(dis, c, fits && sc_hist_date_sure(l) ? SC_ERROR : SC_WARNING, "chapter-volume", sugg,
             "ch. %d of %s is in volume %d of the Statutes at Large, at page %d, not in volume %d "
             "(which prints no chapter %d)", ch, given, l->volume, l->page, v, ch);
    else
        diag(dis, c, fits && sc_hist_date_sure(l) ? SC_ERROR : SC_WARNING, "chapter-volume", sugg,
             "%s is not a date of volume %d of the Statutes at Large%s: ch. %d of that date is in "
             "volume %d, at page %d", given, v, w, ch, l->volume, l->page);
    return 1;
}

/* Is there a chapter of that number in the session the date falls in, even
 * one whose page is not on record? */
static int chapter_of_date(int ch, int dc, int ds)
{
    if (!dc)
        return 0;
    for (int s = ds ? ds : 1; s <= (ds ? ds : 4); s++)
        if (sc_hist_chapter(dc, s, ch))
            return 1;
    return 0;
}

/* The chapter @p ch of the session of @p dc/@p ds (every session of the
 * Congress when @p ds is 0) when the table dates it and not @p date: one
 * such chapter only, else NULL. */
static const sc_hist_law *other_day_chapter(int ch, int dc, int ds, int32_t date)
{
    const sc_hist_law *found = NULL;
    if (!dc)
        return NULL;
    for (int s = ds ? ds : 1; s <= (ds ? ds : 4); s++) {
        const sc_hist_law *h = sc_hist_chapter(dc, s, ch);
        if (!h)
            continue;
        if (!h->date || h->date == date || found)
            return NULL;
        found = h;
    }
    return found;
}

/* The chapter @p ch of the session of @p dc/@p ds when it is a private
 * law of @p date whose page is not a plain number (a volume's part of
 * private laws: "A159"), else NULL. */
static const sc_hist_law *same_day_private(int ch, int dc, int ds, int32_t date)
{
    if (!dc)
        return NULL;
    for (int s = ds ? ds : 1; s <= (ds ? ds : 4); s++) {
        const sc_hist_law *h = sc_hist_chapter(dc, s, ch);
        if (h && h->date == date && h->kind == SC_HIST_PRIVATE && h->page == 0)
            return h;
    }
    return NULL;
}

/* A Stat. citation named by its Act's date alone, no chapter: "the Act of
 * June 8, 1938 (52 Stat. 361)", "Act of June 8, 1938, 52 Stat. 631" (bill
 * text's and briefs' way with laws before 1957): a law of that date must
 * hold the page.  The fix is the one act of that date in the volume. */
static int date_volume(sc_doc_state *dis, sc_citation *c, int v, int p, int32_t date,
                       int need_exact);

static int entry_names_law(const sc_entry *e, const sc_hist_law *l);

/* A law of @p date (among the @p na laws @p at that hold page @p p) only
 * runs onto the page, where the law entry @p e names begins ("the Pay Readjustment Act of 1942, 56 Stat. 359
 * (June 11, 1942)": ch. 407 of June 11 ends on the page, ch. 413 of June
 * 16, the named Act, begins there): the day is not the named Act's. */
static int named_begins(sc_doc_state *dis, const sc_entry *e, sc_citation *c, int v, int p,
                        int32_t date, const sc_hist_law *const *at, int na)
{
    const sc_hist_law *named = NULL;
    for (int j = 0; j < na; j++)
        if (at[j]->page == p && at[j]->date && at[j]->date != date &&
            at[j]->kind <= SC_HIST_PRIVATE && sc_hist_date_sure(at[j]) && entry_names_law(e, at[j]))
            named = named ? named : at[j]; /* (two: the first) */
    if (!named)
        return 0;
    const sc_hist_law *ends = NULL; /* the law of that date that ends on the page */
    for (int j = 0; j < na && !ends; j++)
        if (at[j]->date == date && at[j]->page != p)
            ends = at[j];
    char given[40], own[40], desc[128], sugg[192];
    fmt_date(date, given, sizeof given);
    fmt_date(named->date, own, sizeof own);
    law_desc(named, desc, sizeof desc);
    sc_fmt(sugg, sizeof sugg, "%s, ch. %d, %d Stat. %d", own, named->number, v, p);
    diag(dis, c, SC_ERROR, "chapter-date", sugg,
         "%s Stat. %d is the first page of the Act the entry names, %s, not of an Act of %s "
         "(ch. %d of that day, from page %d, ends on it)",
         c->volume, p, desc, given, ends ? ends->number : 0, ends ? ends->page : 0);
    return 1;
}

void sc_check_hist_act_date(sc_doc_state *dis, const sc_entry *e, sc_citation *c, int v, int p,
                            int32_t date)
{
    if (v > 64) {
        int had = c->ndiag;
        if (date % 100)
            sc_check_stat_day(dis, c, v, p, date); /* a day of another volume's year */
        if (c->ndiag == had)
            check_modern_date(dis, c, v, p, date);
        return;
    }
    const sc_hist_law *at[MAXC], *first[MAXC], *on[SC_HIST_SAME_DATE_MAX];
    int na = sc_hist_holding(v, p, at, MAXC), held = 0;
    for (int i = 0; i < na; i++)
        if (at[i]->date == date || !at[i]->date)
            held |= at[i]->page == p || !at[i]->date ? 2 : 1;
    if (held) { /* a law of that date (or of none on record) holds it -- the
                 * named Act's first page aside, when that law only ends there */
        if (held == 1 && e && e->nname)
            named_begins(dis, e, c, v, p, date, at, na);
        return;
    }
    /* the act that begins last on or before the page and holds it -- one
     * whose last page is on record first, where two begin on one page
     * (ch. 76 and ch. 85 of August 11, 1856 at 11 Stat. 33, the one with no
     * last page, the other running to 42) */
    int nf = sc_hist_at_page(v, p, first, MAXC);
    const sc_hist_law *la = NULL;
    /* (of two that begin there, the one the entry names: "the Securities
     * Exchange Act of 1934, 48 Stat. 881" is ch. 404, not ch. 394, which
     * ends on that page) */
    for (int i = 0; i < nf && !la && e && e->nname; i++)
        if (first[i]->kind <= SC_HIST_PRIVATE && first[i]->page == p && contains(first[i], v, p) &&
            entry_names_law(e, first[i]))
            la = first[i];
    for (int i = 0; i < nf && !la; i++)
        if (first[i]->kind <= SC_HIST_PRIVATE && contains(first[i], v, p) &&
            (first[i]->end > 0 || first[i]->page == p))
            la = first[i];
    for (int i = 0; i < nf && !la; i++)
        if (first[i]->kind <= SC_HIST_PRIVATE && contains(first[i], v, p))
            la = first[i];
    /* no Act there, but the one resolution that begins on the page: "Joint
     * Resolution of March 3, 1822, 3 Stat. 648" (of March 3, 1821) -- not
     * one of several printed on one page (private resolutions four to a
     * page, whose table misses some: another of them may be of that day) */
    if (!la) {
        int on_page = 0;
        for (int i = 0; i < nf; i++)
            if (first[i]->page == p && first[i]->volume == v) {
                on_page++;
                la = first[i]->date ? first[i] : NULL;
            }
        if (on_page != 1)
            la = NULL;
    }
    /* a date the volume prints no law of: the volume is the slip -- when
     * the page holds no law on record, or a law of that date begins on
     * that very page of another volume (a page inside another law, with a
     * date of another Act near it, is not sure evidence) */
    if (date_volume(dis, c, v, p, date, la != NULL))
        return;
    if (!la || !la->date || (la->page != p && la->end <= 0))
        return; /* the volume (or that part of it) is not on record, or the law
                 * there has no last page on record: it need not reach the page */
    /* the acts of that date printed in the volume: with one, the fix */
    int no = sc_hist_on_date(date, on, SC_HIST_SAME_DATE_MAX), one = -1, acts = 0;
    for (int i = 0; i < no; i++)
        if (on[i]->volume == v && on[i]->page > 0 && on[i]->kind <= SC_HIST_PRIVATE) {
            acts++;
            one = i;
        }
    char given[40], w[64], desc[128], sugg[192] = "";
    fmt_date(date, given, sizeof given);
    when(date, w, sizeof w);
    law_desc(la, desc, sizeof desc);
    if (acts == 1)
        sc_fmt(sugg, sizeof sugg, "the Act of %s is ch. %d, %d Stat. %d; %s Stat. %d is %s", given,
               on[one]->number, v, on[one]->page, c->volume, p, desc);
    else
        sc_fmt(sugg, sizeof sugg, "%s Stat. %d is %s", c->volume, p, desc);
    /* an error when the page is the first page of a law of another date that
     * the table is sure of; a warning when it is inside one (its end pages
     * may be missing from the table) */
    int sure = la->page == p && sc_hist_date_sure(la);
    diag(dis, c, sure ? SC_ERROR : SC_WARNING, "chapter-date", sugg,
         "%s Stat. %d is in no %s of %s%s: that page is in %s", c->volume, p,
         la->kind <= SC_HIST_PRIVATE ? "Act" : "law", given, w, desc);
}

/* The Congress @p n an entry gives old law @p l, cited as ch. @p ch at page
 * @p p of volume @p v, when it is not the law's: law-congress -- when the
 * law's day is sure, or the volume prints one Congress's laws (a day one
 * source gives may be wrong, not the Congress of volume 62, the 80th's). */
static void congress_slip(sc_doc_state *dis, sc_citation *c, const sc_hist_law *l, int ch, int v,
                          int p, int n)
{
    int vf, vl;
    if (n < 1 || n == l->congress ||
        !(sc_hist_date_sure(l) ||
          (sc_hist_volume_congresses(v, &vf, &vl) && vf == vl && vf == l->congress)))
        return;
    char when[40] = "", sugg[160];
    if (l->date)
        fmt_date(l->date, when, sizeof when);
    sc_fmt(sugg, sizeof sugg, "ch. %d, %d Stat. %d was enacted by the %d%s Congress%s%s", ch, v, p,
           l->congress, ORD(l->congress), when[0] ? ", " : "", when);
    diag(dis, c, SC_ERROR, "law-congress", sugg,
         "ch. %d, %d Stat. %d is a law of the %d%s Congress, but the entry says the %d%s Congress",
         ch, v, p, l->congress, ORD(l->congress), n, ORD(n));
}

/* A chapter and page with no day ("ch. 222, 29 Stat. 909", a table's row
 * "| 222 | 29 Stat. 909 |") that no chapter of that number in volume v
 * holds, while one chapter of that number begins on that very page of
 * another volume (ch. 222 of the 55th Congress, 30 Stat. 909): the volume
 * is the slip -- chapter and page agreeing elsewhere to the page is more
 * than chance.  1 when reported (chapter-volume). */
static int chapter_page_elsewhere(sc_doc_state *dis, sc_citation *c, int ch, int v, int p)
{
    const sc_hist_law *x = NULL, *in[SC_HIST_SAME_CHAPTER_MAX];
    for (int u = 1; u <= 64; u++) {
        if (u == v)
            continue;
        int n = sc_hist_chapter_in_volume(u, ch, in, SC_HIST_SAME_CHAPTER_MAX);
        for (int i = 0; i < n; i++)
            if (in[i]->page == p && in[i]->kind <= SC_HIST_PRIVATE) {
                if (x)
                    return 0; /* two: nothing tells them apart */
                x = in[i];
            }
    }
    if (!x)
        return 0;
    char desc[128], sugg[192];
    law_desc(x, desc, sizeof desc);
    sc_fmt(sugg, sizeof sugg, "%d Stat. %d (%s)", x->volume, p, desc);
    diag(dis, c, sc_hist_date_sure(x) ? SC_ERROR : SC_WARNING, "chapter-volume", sugg,
         "ch. %d, %s Stat. %d: no ch. %d in volume %d holds that page, and ch. %d of the %d%s "
         "Congress begins at page %d of volume %d", ch, c->volume, p, ch, v, ch, x->congress,
         ORD(x->congress), p, x->volume);
    return 1;
}

/* The Congress that approved laws on @p date (on March 4, the outgoing
 * one: it approves its last laws that day), its session in *ds; 0 when
 * none is on record. */
static int date_congress(int32_t date, int *ds)
{
    int dc = date ? sc_ref_congress_at(date) : 0;
    const sc_ref_congress *cg = dc ? sc_ref_congress_get(dc) : NULL;
    if (cg && cg->start == date && dc > 1)
        dc--;
    *ds = dc ? sc_hist_session_at(dc, date) : 0;
    return dc;
}

/* An Act's date and page, no chapter ("Act of Aug. 14, 1946, 59 Stat.
 * 1082"; a table's row "8/14/1946,59,1082"), where the date is not of the
 * Congresses and years volume v prints: the volume is the slip.  The fix
 * is the one law of that date holding page p in another volume, else the
 * one law of that date (its first page); none: the finding names the
 * volume's span.  With @p need_exact, only when a law of that date begins on
 * page p of another volume.  1 when reported (chapter-volume). */
static int date_volume(sc_doc_state *dis, sc_citation *c, int v, int p, int32_t date,
                       int need_exact)
{
    int first, last, y0, y1, ds, dc = date_congress(date, &ds);
    if (!dc || dc > 81)
        return 0;
    if (!sc_hist_volume_congresses(v, &first, &last) || !sc_stat_volume_years(v, &y0, &y1) ||
        y0 <= 0) {
        /* a volume of 1-64 that prints no law on record (volumes 7 and 8,
         * the treaties): a law of that date beginning on that page of
         * another volume is the one meant ("| 8 Stat. 102 | 29th | |
         * 1846-08-10 |": ch. 178 at 9 Stat. 102) */
        if (v < 1 || v > 64 || sc_hist_next_page(v, 0) > 0)
            return 0;
        need_exact = 1;
        first = last = y0 = y1 = 0;
    }
    const sc_hist_law *on[SC_HIST_SAME_DATE_MAX], *hold = NULL, *only = NULL, *exact = NULL;
    int n = sc_hist_on_date(date, on, SC_HIST_SAME_DATE_MAX), nhold = 0, nlaw = 0, nexact = 0,
        other = 0;
    for (int i = 0; i < n; i++) {
        if (on[i]->kind > SC_HIST_PRIVATE || on[i]->page <= 0)
            continue;
        if (on[i]->volume == v)
            return 0; /* the volume prints a law of that day */
        nlaw++;
        only = on[i];
        if (other != on[i]->volume)
            other = other ? -1 : on[i]->volume; /* the one other volume, or -1 */
        if (on[i]->page == p) {
            nexact++;
            exact = on[i];
        }
        if (sc_hist_holds(on[i], on[i]->volume, p)) {
            nhold++;
            hold = on[i];
        }
    }
    if (nexact == 1) /* the law of that day that begins on that page */
        hold = exact, nhold = 1;
    else if (need_exact)
        return 0;
    /* a date of the volume's Congresses and years, whose laws on record
     * are all printed in other volumes (a session the volume does not
     * print: volume 59 the 79th Congress's first, its second in 60), or
     * one it may print, of no law on record */
    if (dc >= first && dc <= last && date / 10000 >= y0 && date / 10000 <= y1 &&
        (nlaw == 0 || n >= 64))
        return 0;
    char given[40], w[64], desc[128], sugg[192] = "";
    fmt_date(date, given, sizeof given);
    when(date, w, sizeof w);
    const sc_hist_law *l = nhold == 1 ? hold : nhold == 0 && nlaw == 1 && n < 64 ? only : NULL;
    if (l) {
        law_desc(l, desc, sizeof desc);
        if (l == hold)
            sc_fmt(sugg, sizeof sugg, "%d Stat. %d (%s, which begins at %d Stat. %d)", l->volume,
                   p, desc, l->volume, l->page);
        else
            sc_fmt(sugg, sizeof sugg, "%s begins at %d Stat. %d", desc, l->volume, l->page);
        diag(dis, c, l == hold && l->page == p && sc_hist_date_sure(l) ? SC_ERROR : SC_WARNING,
             "chapter-volume", sugg,
             "%s is not a date of volume %d of the Statutes at Large%s: the Act of that date%s "
             "is in volume %d, at page %d", given, v, w, l == hold ? " on that page" : "",
             l->volume, l->page);
    } else if (other > 0) {
        diag(dis, c, SC_WARNING, "chapter-volume", NULL,
             "%s is not a date of volume %d of the Statutes at Large%s: the laws of that date "
             "are printed in volume %d", given, v, w, other);
    } else {
        char years[24];
        if (y1 > y0)
            sc_fmt(years, sizeof years, "%d to %d", y0, y1);
        else
            sc_fmt(years, sizeof years, "%d", y0);
        diag(dis, c, SC_WARNING, "chapter-volume", NULL,
             "%s is not a date of volume %d of the Statutes at Large%s, which prints laws of %s",
             given, v, w, years);
    }
    return 1;
}

/* A chapter and page with no day, in an entry that names the Congress
 * ("a law, chapter 46, was passed by the Third Congress in 1795.  It is
 * printed at 2 Stat. 438"): the one chapter of that number the Congress
 * enacted, in any session, when the page is not in it -- its page is the
 * fix (chapter-volume when it is in another volume, else chapter-page).
 * 1 when reported. */
static int congress_chapter(sc_doc_state *dis, const sc_entry *e, int ci, int ch, int v, int p)
{
    sc_entry *me = (sc_entry *)e; /* (its names read now: a Congress is joined as they are) */
    sc_entry_need_names(me);
    int cong = sc_page_congress(me, e->cs[ci], e->ce[ci], 0, SIZE_MAX);
    if (cong <= 0 || cong > 81)
        return 0;
    const sc_hist_law *cand[4], *l = NULL;
    int n = 0;
    for (int s = 1; s <= 4; s++) {
        const sc_hist_law *h = sc_hist_chapter(cong, s, ch);
        if (h && h->kind <= SC_HIST_PRIVATE)
            cand[n++] = h;
    }
    /* two sessions' chapters of that number: the one of a year the entry
     * gives ("... by the 79th Congress in 1945") */
    for (int i = 0; i < n; i++) {
        int year = n == 1;
        for (int k = 0; k < e->ndate && !year; k++)
            year = !e->date[k].bad && cand[i]->date / 10000 == e->date[k].ymd / 10000;
        if (year) {
            if (l)
                return 0; /* (which?) */
            l = cand[i];
        }
    }
    if (!l || !l->page || contains(l, v, p) || !sc_hist_date_sure(l))
        return 0;
    sc_citation *c = &e->c[ci];
    char desc[128], sugg[192];
    law_desc(l, desc, sizeof desc);
    sc_fmt(sugg, sizeof sugg, "%d Stat. %d (%s)", l->volume, l->page, desc);
    if (l->volume != v)
        diag(dis, c, SC_ERROR, "chapter-volume", sugg,
             "ch. %d of the %d%s Congress is in volume %d of the Statutes at Large, at page %d, "
             "not in volume %d",
             ch, cong, ORD(cong), l->volume, l->page, v);
    else
        diag(dis, c, SC_ERROR, "chapter-page", sugg,
             "%d Stat. %d is not in ch. %d of the %d%s Congress, which begins at %d Stat. %d", v, p,
             ch, cong, ORD(cong), l->volume, l->page);
    return 1;
}

/* How many pages of volume @p vol before @p page a law on record begins
 * on, counted up to 3. */
static int laws_begin_before(int vol, int page)
{
    int n = 0;
    for (int q = sc_hist_next_page(vol, 0); q > 0 && q < page && n < 3; q = sc_hist_next_page(vol, q))
        n++;
    return n;
}

/* Does the entry cite law @p l by its Public Law number (57th-81st
 * Congress)? */
static int entry_cites_law(const sc_entry *e, const sc_hist_law *l)
{
    for (int k = 0; k < e->n && l->publ > 0; k++) {
        const sc_citation *x = &e->c[k];
        if (x->type == SC_PUBLIC_LAW && x->congress == l->congress && x->number == l->publ &&
            (e->kind[k] & SC_EK_IN))
            return 1;
    }
    return 0;
}

/* Does an Act's name the entry gives (whole, or from its fallback start)
 * designate old law @p l? */
static int entry_names_law(const sc_entry *e, const sc_hist_law *l)
{
    const char *b = (const char *)e->w->buf;
    for (int k = 0; k < e->nname; k++) {
        const sc_name_fact *f = &e->name[k];
        if ((f->eo > f->so && sc_name_is_old_law(b + f->so, f->eo - f->so, l)) ||
            (f->alt_so != f->so && f->eo > f->alt_so &&
             sc_name_is_old_law(b + f->alt_so, f->eo - f->alt_so, l)))
            return 1;
    }
    return 0;
}

/* "Act of June 18, 1934, ch. 577, 48 Stat. 989, 990": the chapter @p lc
 * holds the page cited (@p v, @p p) only as the page where it ends, and
 * another law begins there that holds the pin after it too (ch. 578, pages
 * 989-990) -- the page and the pin are that law's: the chapter is the
 * slip (chapter-number, a warning: the tables' last pages are the
 * sources' counts).  The pin: sc_entry_pin_after(). */
/* The page pin right after chapter citation @p ci ("ch. 577, 48 Stat.
 * 989, 990": 990), when @p ask; -1 when none (nor a chapter's own). */
static long chapter_pin(const sc_entry *e, int ci, int ask)
{
    int pi = ask ? sc_entry_pin_after(e, ci) : -1;
    if (pi < 0 || e->c[pi].chapter)
        return -1;
    char *end;
    long pin = sc_strtol10(e->c[pi].pages, &end);
    return *end || pin <= 0 || pin > 100000 ? -1 : pin;
}

static void pin_past_chapter(sc_doc_state *dis, const sc_entry *e, int ci, const sc_hist_law *lc,
                             int v, int p)
{
    long pin = chapter_pin(e, ci, lc->page < p && lc->volume == v); /* (the page's pin) */
    if (pin <= p || (lc->end > 0 && pin <= lc->end))
        return;
    sc_citation *c = &e->c[ci];
    const sc_hist_law *first[MAXC];
    int nf = sc_hist_at_page(v, p, first, MAXC);
    const sc_hist_law *la = NULL;
    for (int i = 0; i < nf; i++)
        if (first[i] != lc && first[i]->page == p && first[i]->kind <= SC_HIST_PRIVATE &&
            first[i]->date == lc->date && sc_hist_holds(first[i], v, (int)pin)) {
            if (la)
                return; /* (two laws begin there and hold it: which one?) */
            la = first[i];
        }
    if (!la)
        return;
    char desc[128], sugg[192], given[40];
    law_desc(la, desc, sizeof desc);
    fmt_date(lc->date, given, sizeof given);
    sc_fmt(sugg, sizeof sugg, "write ch. %d: %s Stat. %d and its page %ld are %s", la->number,
           c->volume, p, pin, desc);
    diag(dis, c, SC_WARNING, "chapter-number", sugg,
         "%s Stat. %d, %ld is not in ch. %d of %s, which ends on page %d on record: ch. %d "
         "begins there and holds page %ld",
         c->volume, p, pin, lc->number, given, lc->end > 0 ? lc->end : p, la->number, pin);
}

/* "National Labor Relations Act, ch. 372, 49 Stat. 449, 472": the pin
 * after the chapter's page lies past the chapter's last page on record
 * (457), in a later law of the volume (ch. 374, from 459) -- chapter-page,
 * a warning (the tables' last pages are the sources' counts).  Not when
 * the pin is a page the chapter may end on, nor where the record holds no
 * law at the pin. */
static void pin_past_end(sc_doc_state *dis, const sc_entry *e, int ci, const sc_hist_law *lc,
                         int v, int p)
{
    long pin = chapter_pin(e, ci, lc->page <= p && lc->volume == v && lc->end > 0);
    if (pin <= lc->end)
        return;
    sc_citation *c = &e->c[ci];
    const sc_hist_law *at[MAXC];
    int na = sc_hist_holding(v, (int)pin, at, MAXC);
    const sc_hist_law *la = NULL;
    for (int i = 0; i < na; i++) {
        if (at[i] == lc)
            return; /* (the record has the chapter there too) */
        if (at[i]->kind <= SC_HIST_PRIVATE && at[i]->page > lc->page && !la)
            la = at[i];
    }
    if (!la)
        return;
    char desc[128], given[40], sugg[192];
    law_desc(la, desc, sizeof desc);
    fmt_date(lc->date, given, sizeof given);
    sc_fmt(sugg, sizeof sugg, "ch. %d of %s runs from %s Stat. %d to %d on record", lc->number, given,
           c->volume, lc->page, lc->end);
    diag(dis, c, SC_WARNING, "chapter-page", sugg,
         "%s Stat. %ld, a pin of ch. %d, is past its last page on record (%d): that page is in %s",
         c->volume, pin, lc->number, lc->end, desc);
}

/* The entry's chapter citation @p ci with @p date, the date the entry gives
 * it (0: none). */
static void check_chapter(sc_doc_state *dis, const sc_entry *e, int ci, int ch, int32_t date)
{
    sc_citation *c = &e->c[ci];
    int v, p;
    if (!sc_entry_vol_page(e, ci, &v, &p))
        return;
    if (ch <= 0) {
        if (date)
            sc_check_hist_act_date(dis, e, c, v, p, date);
        return;
    }
    if (v > 64) {
        if (date)
            check_modern_date(dis, c, v, p, date);
        return;
    }
    const sc_hist_law *cand[SC_HIST_SAME_CHAPTER_MAX], *at[MAXC], *first[MAXC];
    int nc = sc_hist_chapter_in_volume(v, ch, cand, SC_HIST_SAME_CHAPTER_MAX);
    /* the common case first: the chapter meant -- the one with the date
     * given, else the first holding the page (as chosen below) -- holds
     * the page and has that date or none; every way below then ends
     * without a finding, so the page's and the session's laws (cold
     * tables) are not looked up */
    const sc_hist_law *lc0 = NULL;
    for (int i = 0; i < nc && !lc0; i++)
        if (date && cand[i]->date == date)
            lc0 = cand[i];
    for (int i = 0; i < nc && !lc0; i++)
        if (contains(cand[i], v, p))
            lc0 = cand[i];
    if (lc0 && contains(lc0, v, p) && (!date || !lc0->date || lc0->date == date)) {
        int had = c->ndiag;
        pin_past_chapter(dis, e, ci, lc0, v, p);
        if (c->ndiag == had)
            pin_past_end(dis, e, ci, lc0, v, p);
        return;
    }
    int nf = sc_hist_at_page(v, p, first, MAXC);
    if (nf == 0) {
        /* the volume (or that part of it) is not on record -- but a chapter
         * of that number and date printed in another volume, none of that
         * number in this one (or none of that date, the date no date of
         * this volume: "Act of May 18, 1938, ch. 250, 53 Stat. 403", volume
         * 53 printing 1939's ch. 250 -- check_volume() tells), is the one
         * meant */
        int ds0, dc0 = date && !(lc0 && lc0->date == date) ? date_congress(date, &ds0) : 0;
        if (dc0)
            check_volume(dis, c, ch, date, v, p, dc0, ds0);
        else if (lc0 && date && lc0->date == date && lc0->volume == v && p + 1 < lc0->page &&
                 (sc_hist_next_page(v, 0) <= 5 ? p < sc_hist_next_page(v, 0)
                                               : laws_begin_before(v, lc0->page) >= 3)) {
            /* a page no law on record holds, before the first page of the
             * chapter of that number and date: a volume's front matter
             * ("act Mar. 4, 1949, ch. 14, 63 Stat. 1": volume 63's first law
             * begins at page 3), or a part the record lacks (volume 53's
             * first 506 pages, the Internal Revenue Code of 1939) when the
             * chapter is not among the first laws on record after it ("Act
             * of August 5, 1939, ch. 441, 53 Stat. 120": 1208) -- they may
             * begin in that part ("ch. 2, 53 Stat. 1" of February 10, 1939,
             * the second on record, at 510: silent) */
            char desc0[128], given0[40], sugg0[192];
            law_desc(lc0, desc0, sizeof desc0);
            fmt_date(date, given0, sizeof given0);
            sc_fmt(sugg0, sizeof sugg0, "%s begins at %s Stat. %d", desc0, c->volume, lc0->page);
            diag(dis, c, sc_hist_date_sure(lc0) ? SC_ERROR : SC_WARNING, "chapter-page", sugg0,
                 "%s Stat. %d is not in ch. %d of %s, which begins at %s Stat. %d", c->volume, p,
                 ch, given0, c->volume, lc0->page);
        }
        return;
    }
    /* the laws that can hold the page: a law may end where another begins */
    int na = sc_hist_holding(v, p, at, MAXC);
    for (int i = 0; i < na; i++)
        if (at[i]->kind > SC_HIST_PRIVATE && at[i]->number == ch && date &&
            at[i]->date == date)
            return; /* a resolution of that number and date: its number, called a chapter */
    int ds, dc = date_congress(date, &ds);
    /* the chapter meant: the one with the date given, else the one holding
     * the page, else the one of the session the date falls in (chapters
     * restart each session) */
    const sc_hist_law *lc = lc0; /* the first two, chosen above */
    for (int i = 0; i < nc && !lc; i++)
        if (dc && of_session(cand[i], dc, ds))
            lc = cand[i];
    if (!lc && nc)
        lc = cand[0];
    /* the law the page belongs to, preferring one with the date given (and
     * noting a second one of that date: the page is shared) */
    const sc_hist_law *la = NULL, *la2 = NULL;
    for (int i = 0; i < na; i++)
        if (date && at[i]->date == date && at[i]->kind <= SC_HIST_PRIVATE) {
            if (!la)
                la = at[i];
            else if (!la2 && at[i]->number != la->number)
                la2 = at[i];
        }
    /* a resolution of that date there: the citation may be of it */
    for (int i = 0; i < na && !la; i++)
        if (date && at[i]->date == date)
            return;
    /* else the act beginning last on or before the page that holds it */
    for (int i = 0; i < nf && !la; i++)
        if (first[i]->kind <= SC_HIST_PRIVATE && contains(first[i], v, p))
            la = first[i];
    char given[40] = "", desc[128], desc2[128], sugg[192], w[64];

    if (lc && contains(lc, v, p)) {
        /* chapter and page agree; the date must be the chapter's */
        if (!date || !lc->date || lc->date == date)
            return;
        law_desc(lc, desc, sizeof desc);
        when(date, w, sizeof w);
        fmt_date(date, given, sizeof given); /* formatted for a finding only */
        sc_fmt(sugg, sizeof sugg, "%s Stat. %d is %s", c->volume, p, desc);
        diag(dis, c, sc_hist_date_sure(lc) ? SC_ERROR : SC_WARNING, "chapter-date", sugg,
             "ch. %d, %s Stat. %d was not approved %s%s: that law is %s", ch, c->volume,
             p, given, w, desc);
        return;
    }
    if (check_volume(dis, c, ch, date, v, p, dc, ds))
        return;
    if (!date && congress_chapter(dis, e, ci, ch, v, p))
        return;
    if (!date && !(lc && contains(lc, v, p)) && !(la && la->number == ch) &&
        /* (not when the entry names the chapter of this volume: the page
         * is the slip -- "Portal-to-Portal Act of 1947, ch. 52, 61 Stat.
         * 48", ch. 52 of 1947 at 84, not 28 Stat. 48's ch. 52 of 1894) */
        !(lc && lc->volume == v && e && e->nname && entry_names_law(e, lc)) &&
        chapter_page_elsewhere(dis, c, ch, v, p))
        return;
    if (!lc) {
        /* with a date that no law beginning on or before that page has (an
         * earlier law ending there does not count: the chapter may begin
         * there), the table more likely lacks the chapter (it holds ~95% of
         * them) than the text errs; a chapter of the date's session without
         * a page is no unknown one either */
        la = NULL;
        for (int i = 0; i < nf && !la; i++)
            if (first[i]->kind <= SC_HIST_PRIVATE && (!date || first[i]->date == date))
                la = first[i];
        if (!la)
            return;
        if (chapter_of_date(ch, dc, ds)) {
            /* the chapter is on record with no page, but of another day,
             * and the page begins the law of the day given ("Act of May
             * 31, 1938, ch. 281, 52 Stat. 591": ch. 281 is of May 26, the
             * law of May 31 beginning at 591 is ch. 302): two facts
             * against one, the chapter is the slip */
            const sc_hist_law *other = other_day_chapter(ch, dc, ds, date);
            const sc_hist_law *same = date ? same_day_private(ch, dc, ds, date) : NULL;
            if (same && la->page == p && la->volume == v && la->kind == SC_HIST_CHAPTER) {
                /* the chapter is a private law of that very day, printed in
                 * the volume's part of private laws, and the page begins the
                 * public law of that day ("Act of Aug. 9, 1950, ch. 671, 64
                 * Stat. 430": ch. 671 is a private law, 64 Stat. A159; page
                 * 430 begins ch. 658): one of the two is wrong */
                law_desc(la, desc2, sizeof desc2);
                fmt_date(date, given, sizeof given);
                sc_fmt(sugg, sizeof sugg, "%s Stat. %d is %s", c->volume, p, desc2);
                diag(dis, c, SC_WARNING, "chapter-number", sugg,
                     "%s Stat. %d is not in ch. %d, a private law of %s: the public law of that "
                     "day that begins on that page is ch. %d",
                     c->volume, p, ch, given, la->number);
                return;
            }
            if (!other || !date || la->page != p || la->volume != v)
                return;
            law_desc(la, desc2, sizeof desc2);
            fmt_date(date, given, sizeof given);
            char odate[40];
            fmt_date(other->date, odate, sizeof odate);
            sc_fmt(sugg, sizeof sugg, "%s Stat. %d is %s", c->volume, p, desc2);
            diag(dis, c, sc_hist_date_sure(la) && sc_hist_date_sure(other) ? SC_ERROR : SC_WARNING,
                 "chapter-number", sugg,
                 "%s Stat. %d is not in ch. %d, which was approved %s: the law of %s that "
                 "begins on that page is ch. %d",
                 c->volume, p, ch, odate, given, la->number);
            return;
        }
        law_desc(la, desc, sizeof desc);
        sc_fmt(sugg, sizeof sugg, "%s Stat. %d is %s", c->volume, p, desc);
        diag(dis, c, SC_WARNING, "chapter-unknown", sugg,
             "volume %d of the Statutes at Large prints no chapter %d on record", v, ch);
        return;
    }
    /* the chapter is elsewhere in the volume: which of chapter and page is
     * wrong?  The date decides when it is that of one of the two laws only. */
    law_desc(lc, desc, sizeof desc);
    if (date)
        fmt_date(date, given, sizeof given);
    int lc_dated = date && lc->date == date, la_dated = date && la && la->date == date;
    if (la_dated && !lc_dated) {
        law_desc(la, desc2, sizeof desc2);
        if (la2) {
            /* two laws of that date share the page: one ends, one begins */
            int n1 = la->number < la2->number ? la->number : la2->number;
            int n2 = la->number < la2->number ? la2->number : la->number;
            sc_fmt(sugg, sizeof sugg, "ch. %d or ch. %d for ch. %d", n1, n2, ch);
            diag(dis, c, SC_WARNING, "chapter-number", sugg,
                 "%s Stat. %d is not in ch. %d: the laws of %s on that page are ch. %d and "
                 "ch. %d", c->volume, p, ch, given, n1, n2);
            return;
        }
        sc_fmt(sugg, sizeof sugg, "%s Stat. %d is %s", c->volume, p, desc2);
        diag(dis, c, SC_ERROR, "chapter-number", sugg,
             "%s Stat. %d is not in ch. %d: the law of %s on that page is ch. %d", c->volume, p,
             ch, given, la->number);
        return;
    }
    if (lc_dated && !la_dated) {
        sc_fmt(sugg, sizeof sugg, "%s begins at %s Stat. %d", desc, c->volume, lc->page);
        if (p < lc->page || lc->volume != v) {
            /* the page right before its first page, with no law between: the
             * law may begin at the foot of that page (the table gives the
             * page its text starts on): a warning */
            int foot = lc->volume == v && p == lc->page - 1 && sc_hist_next_page(v, p) == lc->page;
            diag(dis, c, foot ? SC_WARNING : SC_ERROR, "chapter-page", sugg,
                 "%s Stat. %d is not in ch. %d of %s, which begins at %s Stat. %d", c->volume, p,
                 ch, given, c->volume, lc->page);
            return;
        }
        /* a pin page past the law's last page, or past the next law on
         * record: a warning (the sources' page counts are not the print) */
        if (lc->end > 0)
            diag(dis, c, SC_WARNING, "chapter-page", sugg,
                 "%s Stat. %d is past the end of ch. %d of %s on record (it runs from page %d "
                 "to page %d)", c->volume, p, ch, given, lc->page, lc->end);
        else
            diag(dis, c, SC_WARNING, "chapter-page", sugg,
                 "%s Stat. %d is past the end of ch. %d of %s on record (it begins at page %d, "
                 "the next law at page %d)", c->volume, p, ch, given, lc->page,
                 sc_hist_next_page(v, lc->page));
        return;
    }
    if (!la)
        return; /* the page starts only resolutions: nothing to compare */
    law_desc(la, desc2, sizeof desc2);
    if (dc && !of_session(la, dc, ds)) {
        /* the page's law is of another session than the date, and the
         * chapter has another date: neither alternative fits the date */
        diag(dis, c, SC_WARNING, "chapter-page", NULL,
             "%s Stat. %d is in %s, and %s is at page %d: neither is a law of %s", c->volume, p,
             desc2, desc, lc->page, given);
        return;
    }
    if (entry_names_law(e, lc) && !entry_names_law(e, la)) {
        /* the entry's Act name is the chapter's law: the page is the slip
         * ("Fair Labor Standards Act of 1938, ch. 676, 52 Stat. 1006") */
        sc_fmt(sugg, sizeof sugg, "write %s Stat. %d: ch. %d and the Act's name point to it",
               c->volume, lc->page, ch);
        diag(dis, c, sc_hist_date_sure(lc) ? SC_ERROR : SC_WARNING, "chapter-page", sugg,
             "%s Stat. %d is not in ch. %d, the Act the entry names, which begins at %s Stat. "
             "%d: that page is in %s",
             c->volume, p, ch, c->volume, lc->page, desc2);
        return;
    }
    /* the entry's law is the page's ("| 81-393 | 63 Stat. 910 | 744 |", a
     * table row's), or its Act name is ("Social Security Act, ch. 513, 49
     * Stat. 620"): the chapter is the slip */
    char by[48] = "";
    if (entry_cites_law(e, la))
        sc_fmt(by, sizeof by, "Public Law %d-%d", la->congress, la->publ);
    else if (entry_names_law(e, la) && !entry_names_law(e, lc))
        sc_fmt(by, sizeof by, "the Act the entry names");
    if (by[0]) {
        sc_fmt(sugg, sizeof sugg, "write ch. %d: %s Stat. %d and %s point to it", la->number,
               c->volume, p, by[0] == 'P' ? by : "the Act's name");
        diag(dis, c, sc_hist_date_sure(la) ? SC_ERROR : SC_WARNING, "chapter-page", sugg,
             "%s Stat. %d is not in ch. %d (which begins at page %d): that page, and %s, are %s",
             c->volume, p, ch, lc->page, by, desc2);
        return;
    }
    sc_fmt(sugg, sizeof sugg, "either ch. %d for %s Stat. %d, or %s Stat. %d for ch. %d",
           la->number, c->volume, p, c->volume, lc->page, ch);
    /* no date to tell which is wrong: a warning (one of the two is) */
    diag(dis, c, SC_WARNING, "chapter-page", sugg,
         "%s Stat. %d is not in ch. %d (which begins at page %d): that page is in %s", c->volume,
         p, ch, lc->page, desc2);
}

/* The Stat. citation right after law c in the group ("Pub. L. 80-101, 61
 * Stat. 136"), if any. */
void sc_check_hist_chapter(sc_doc_state *d, const sc_entry *e, int ci, int ch, int32_t date)
{
    sc_citation *c = &e->c[ci];
    int had = c->ndiag;
    check_chapter(d, e, ci, ch, date);
    int v, p;
    if (c->ndiag > had || ch <= 0 || !sc_entry_vol_page(e, ci, &v, &p) || v > 64)
        return;
    /* chapter and page agree: the one Congress the entry names joined to
     * the page must be the chapter's ("A law, chapter 398, was passed by
     * the Seventy-ninth Congress in 1948.  It is printed at 62 Stat. 304":
     * ch. 398 there is the 80th Congress's) -- its day sure, or the volume
     * one Congress's */
    const sc_hist_law *at[MAXC], *l = NULL;
    int na = sc_hist_holding(v, p, at, MAXC);
    for (int i = 0; i < na; i++)
        if (at[i]->kind <= SC_HIST_PRIVATE && at[i]->number == ch) {
            if (l)
                return; /* (two: which?) */
            l = at[i];
        }
    if (!l)
        return;
    sc_entry *me = (sc_entry *)e; /* (its names read now, as congress_chapter() does) */
    sc_entry_need_names(me);
    congress_slip(d, c, l, ch, v, p, sc_page_congress(me, e->cs[ci], e->ce[ci], 0, SIZE_MAX));
    if (c->ndiag > had || date || !sc_hist_date_sure(l))
        return;
    /* ... and the one year it names, no day ("was passed by the
     * Seventy-fourth Congress in 1933.  It is printed at 49 Stat. 448": ch.
     * 368 there is of July 3, 1935): a year of the chapter's Congress */
    sc_entry_need_dates(me);
    int year = 0;
    for (int k = 0; k < e->ndate; k++) {
        if (e->date[k].ymd % 10000 != 0 || e->date[k].bad)
            return; /* (a day: the day's checks) */
        if (year && year != e->date[k].ymd / 10000)
            return; /* (two years: which?) */
        year = e->date[k].ymd / 10000;
    }
    const sc_ref_congress *cg = sc_ref_congress_get(l->congress);
    if (!year || !cg || (year >= cg->start / 10000 && year <= cg->end / 10000))
        return;
    char desc[128], sugg[192];
    law_desc(l, desc, sizeof desc);
    sc_fmt(sugg, sizeof sugg, "%d Stat. %d is %s", v, p, desc);
    char when[40] = "";
    fmt_date(l->date, when, sizeof when);
    diag(d, c, SC_WARNING, "chapter-date", sugg,
         "ch. %d, %d Stat. %d was approved %s, by the %d%s Congress; the entry's year, %d, is no "
         "year of that Congress",
         ch, v, p, when, l->congress, ORD(l->congress), year);
}

static sc_citation *stat_after(const sc_window *w, sc_citation *group, int n, const sc_citation *c)
{
    if (c->end < w->base)
        return NULL;
    size_t le = (size_t)(c->end - w->base);
    for (int i = 0; i < n; i++) {
        if (group[i].type != SC_STAT || group[i].start < c->end)
            continue;
        size_t s = (size_t)(group[i].start - w->base);
        if (s > w->len || s - le > 24)
            continue;
        size_t k = le;
        while (k < s && (w->buf[k] == ' ' || w->buf[k] == ',' || w->buf[k] == '\n' ||
                         w->buf[k] == '\r' || w->buf[k] == '(' || w->buf[k] == ';'))
            k++;
        /* the page's own chapter between: "Pub. L. 80-773, ch. 646, 62 Stat. 869" */
        if (group[i].chapter > 0 && k + 3 < s && memcmp(w->buf + k, "ch.", 3) == 0) {
            k += 3;
            while (k < s && (w->buf[k] == ' ' || sc_isdigit(w->buf[k])))
                k++;
            while (k < s && (w->buf[k] == ' ' || w->buf[k] == ','))
                k++;
        }
        if (k == s && s - le <= 8 + (group[i].chapter > 0 ? 16 : 0))
            return &group[i];
    }
    return NULL;
}

/* A date given for a Public Law of the 57th-81st Congress must be the
 * law's (and in its Congress). */
static void check_law_date(sc_doc_state *dis, const sc_entry *e, int li, sc_citation *c)
{
    int32_t date = sc_entry_law_day(e, li); /* the date the entry gives the law */
    if (!date)
        return;
    const sc_hist_law *l[4];
    int k = sc_hist_public_law(c->congress, c->number, 0, l, 4);
    if (k == 0)
        return;
    for (int i = 0; i < k; i++)
        if (!l[i]->date || l[i]->date == date)
            return;
    const sc_hist_law *best = l[0];
    int dc = sc_ref_congress_at(date), ds = dc ? sc_hist_session_at(dc, date) : 0;
    for (int i = 0; i < k; i++)
        if (l[i]->session == ds)
            best = l[i];
    char given[40], is[40], desc[128], sugg[192], where[64] = "";
    fmt_date(date, given, sizeof given);
    fmt_date(best->date, is, sizeof is);
    law_desc(best, desc, sizeof desc);
    if (dc != c->congress)
        when(date, where, sizeof where);
    sc_fmt(sugg, sizeof sugg, "Public Law %d-%d is %s", c->congress, c->number, desc);
    diag(dis, c, sc_hist_date_sure(best) ? SC_ERROR : SC_WARNING, "hist-law-date", sugg,
         "Public Law %d-%d was approved %s, not %s%s", c->congress, c->number, is, given,
         where);
}

/* Its number and its page: 1 when a finding was made. */
/* Are citations @p li and @p si of a table row in its column of laws and
 * its column of pages? */
static int row_cells(const sc_entry *e, int li, int si)
{
    return (e->kind[li] & SC_EK_IN) && (e->kind[si] & SC_EK_IN) &&
           sc_entry_in_cell(e, e->cs[li], e->ce[li], SC_COL_LAW) &&
           sc_entry_in_cell(e, e->cs[si], e->ce[si], SC_COL_STAT);
}

/* Is page @p p of volume @p v, which law @p l holds only as the page where
 * the next law begins (sc_hist_holds), given as the first page of the law
 * cited as @p li -- no section pin or day between them (stat_pinned), the
 * page its first after it -- while another law begins on it?  "Pub. L.
 * 75-458, 52 Stat. 194": 75-458 begins at 156 and runs to 193; 194 is the
 * first page of 75-460. */
static const sc_hist_law *first_page_of_next(const sc_entry *e, int li, const sc_citation *st,
                                             const sc_hist_law *l, int v, int p)
{
    if (l->volume != v || l->page == p || l->end <= 0 || p <= l->end)
        return NULL;
    int si = (int)(st - e->c);
    const sc_hist_law *at[MAXC], *next = NULL;
    int na = sc_hist_holding(v, p, at, MAXC);
    for (int i = 0; i < na; i++) /* (a numbered law of the Congress first) */
        if (at[i] != l && at[i]->page == p &&
            (!next || (at[i]->publ > 0 && at[i]->congress == l->congress && next->publ <= 0)))
            next = at[i];
    if (!next)
        return NULL;
    /* (the page's chapter that law's: "Pub. L. No. 75-458, ch. 64, 52 Stat.
     * 194" -- no provision's page, whatever lies between) */
    if (st->chapter > 0 && next->kind <= SC_HIST_PRIVATE && next->number == st->chapter)
        return next;
    if (e->stat_of[li] == si ? e->stat_pinned[li]
                             : !((e->kind[si] & SC_EK_IN) && e->cs[si] >= e->ce[li] &&
                                 sc_entry_filler(e, e->ce[li], e->cs[si], F_DATE | F_CONG | F_BILL, NULL)))
        return NULL;
    return next;
}

static int check_law_number_page(sc_doc_state *dis, const sc_entry *e, int li, sc_citation *c)
{
    const sc_window *w = e->w;
    sc_citation *group = e->c;
    int n = e->n;
    int C = c->congress;
    if (C >= 57 && C <= 59) {
        int m1 = sc_hist_max_public_law(C, 1), m2 = sc_hist_max_public_law(C, 2);
        int m3 = sc_hist_max_public_law(C, 3);
        int max = m1 > m2 ? m1 : m2;
        max = m3 > max ? m3 : max;
        if (max > 0 && c->number > max) {
            char sugg[192];
            sc_fmt(sugg, sizeof sugg, "the %d%s Congress's public laws run to %d (session 1) "
                   "and %d (session 2)%s", C, ORD(C), m1, m2, m3 ? " and later" : "");
            diag(dis, c, SC_ERROR, "hist-law-number", sugg,
                 "Public Law %d-%d does not exist: the %d%s Congress numbered its public laws "
                 "afresh each session, none past %d", C, c->number, C, ORD(C), max);
            return 1;
        }
    }
    sc_citation *st = stat_after(w, group, n, c), *more;
    sc_severity sev = SC_ERROR;
    int v, p;
    if (!st && e->stat_of[li] >= 0 &&
        (group[(int)e->stat_of[li]].start < c->start || row_cells(e, li, e->stat_of[li]))) {
        /* the page before the law, tied to it: "ch. 681, 45 Stat. 704, Pub.
         * L. No. 70-469", "45 Stat. 704 (Pub. L. 70-469)"; or a table row's,
         * each in its column ("| 79-305 | 34 | 61 Stat. 26 |") */
        st = &group[(int)e->stat_of[li]];
    } else if (!st && e->stat_of[li] >= 0 &&
               sc_entry_filler(e, e->ce[li], e->cs[(int)e->stat_of[li]],
                               F_DATE | F_DWORD | F_CONG | F_PINS | F_BILL, NULL)) {
        /* the page after the law with its other facts between, tied to it
         * by the entry ("Public Law 65-152, approved May 20, 1918, 40 Stat.
         * 656"; only its date, Congress, bill and pins between, not another
         * Act's name: "(P.L. 58-33) and the X Act of 1906 (33 Stat. 872)"):
         * a warning, as a later law's page tied so is (stat-mismatch) */
        st = &group[(int)e->stat_of[li]];
        sev = SC_WARNING;
    } else if (st && (more = stat_after(w, group, n, st)) && !(more->wording & SC_W_LIST_ITEM))
        return 0; /* "(Pub. L. 80-101; 61 Stat. 136; 62 Stat. 5)": the law and its
                   * amendments -- not its pin: "45 Stat. 388, 390" */
    if (!st || !sc_stat_vol_page(st, &v, &p))
        return 0;
    const sc_hist_law *l[4];
    int k = sc_hist_public_law(C, c->number, 0, l, 4);
    if (k == 0)
        return 0;
    const sc_hist_law *shared = NULL, *next = NULL; /* the law held the page only as the
                                                     * page where the next begins */
    for (int i = 0; i < k && !shared; i++)
        if (contains(l[i], v, p)) {
            if (!(next = first_page_of_next(e, li, st, l[i], v, p)))
                return 0;
            shared = l[i];
        }
    char desc[128], sugg[192];
    law_desc(l[0], desc, sizeof desc);
    sc_fmt(sugg, sizeof sugg, "Public Law %d-%d is %s, at %d Stat. %d", C, c->number, desc,
           l[0]->volume, l[0]->page);
    /* the evidence: the numbered law of that Congress the page (and the
     * chapter given with it) belong to, when there is one */
    const sc_hist_law *at[MAXC];
    int na = sc_hist_holding(v, p, at, MAXC);
    const sc_hist_law *ev = NULL;
    int nev = 0;
    /* the page's chapter: joined to it, or in the row's column of chapters */
    int sch = st->chapter > 0 ? st->chapter : sc_row_chapter(e);
    for (int pass = 0; pass < 2 && nev != 1; pass++) {
        /* (a law may end on the page another begins on: the one that
         * begins there, the page a citation of a whole law gives) */
        ev = NULL;
        nev = 0;
        for (int i = 0; i < na; i++)
            if (at[i]->publ > 0 && at[i]->congress == C &&
                (!sch || (at[i]->kind <= SC_HIST_PRIVATE && at[i]->number == sch)) &&
                (pass == 0 || at[i]->page == p) && (!ev || ev->publ != at[i]->publ)) {
                ev = at[i];
                nev++;
            }
    }
    /* the page alone points to another law only when the number is one
     * slip from it (a digit changed or two swapped: 80-733 for 80-773);
     * "Public Law 80-101, 62 Stat. 136" slipped the volume instead */
    if (nev == 1 && ev->publ != c->number &&
        (sch || (l[0]->volume == v && sc_one_slip(ev->publ, c->number)))) {
        char evd[128];
        law_desc(ev, evd, sizeof evd);
        sc_fmt(sugg, sizeof sugg, "write Public Law %d-%d: %d Stat. %d%s is %s", C, ev->publ, v,
               p, sch ? " and its chapter point to it; it" : "", evd);
    }
    if (shared) { /* (its own first page is elsewhere: one law may end on the page
                   * where the next begins, but that is no first page of it) */
        char nd[128], np[32] = "";
        law_desc(next, nd, sizeof nd);
        if (next->publ > 0)
            sc_fmt(np, sizeof np, "Public Law %d-%d, ", next->congress, next->publ);
        diag(dis, st, sev, "hist-law-page", sugg,
             "%d Stat. %d is the first page of %s%s, not of Public Law %d-%d, which begins at "
             "%d Stat. %d", v, p, np, nd, C, c->number, shared->volume, shared->page);
    } else if (l[0]->volume != v)
        diag(dis, st, sev, "hist-law-page", sugg,
             "%d Stat. %d is not in Public Law %d-%d: that law is in volume %d", v, p, C,
             c->number, l[0]->volume);
    else
        diag(dis, st, sev, "hist-law-page", sugg,
             "%d Stat. %d is not in Public Law %d-%d, which begins at %d Stat. %d", v, p, C,
             c->number, l[0]->volume, l[0]->page);
    return 1;
}

/* A Public Law of the 57th-81st Congress: its number and page, else its
 * date (a wrong number is one finding, not also the date it brings) */
/* The chapter written right before a Public Law of the 57th-81st Congress
 * ("Act of July 31, 1945, ch. 673, Pub. L. No. 79-171, 59 Stat. 512"), or
 * that of its page or its row: the law's own (chapter-number).  1 when
 * reported. */
static int check_law_chapter(sc_doc_state *dis, const sc_entry *e, int li, sc_citation *c)
{
    int ch = sc_chapter_before(e->w->buf, e->so < e->cs[li] ? e->so : 0, e->cs[li], NULL);
    /* or the chapter of the law's own page ("Public Law 81-863, ch. 1114, 64
     * Stat. 1083"), or of its row's column of chapters ("| 81-863 | 81st |
     * 1114 | 64 Stat. 1083 |") */
    int si = e->stat_of[li], page_ch = 0;
    /* (not a page another law of the entry stands before: "Pub. L. 81-863,
     * 81-864, ch. 1114, 64 Stat. 1083" -- its chapter is the last law's) */
    for (int k = 0; si >= 0 && k < e->n; k++)
        if (k != li && sc_is_law(&e->c[k]) && (e->stat_of[k] == si ||
                                                (e->cs[k] > e->cs[li] && e->cs[k] < e->cs[si])))
            si = -1;
    /* (nor one a bare law number stands before, read as no citation) */
    if (si >= 0 && (!(e->kind[li] & SC_EK_IN) || !(e->kind[si] & SC_EK_IN)))
        si = -1;
    for (size_t q = e->ce[li]; si >= 0 && q + 2 < e->cs[si]; q++)
        if (sc_isdigit(e->w->buf[q]) && e->w->buf[q + 1] == '-' && sc_isdigit(e->w->buf[q + 2]))
            si = -1;
    if (ch <= 0 && si >= 0 && si < e->n && e->c[si].chapter > 0)
        ch = page_ch = e->c[si].chapter;
    if (ch <= 0 && e->row)
        ch = page_ch = sc_row_chapter(e);
    const sc_hist_law *l[4];
    if (ch <= 0 || sc_hist_public_law(c->congress, c->number, 0, l, 4) != 1 ||
        l[0]->kind > SC_HIST_PRIVATE || l[0]->number == ch || !sc_hist_date_sure(l[0]))
        return 0;
    char desc[128], sugg[256];
    law_desc(l[0], desc, sizeof desc);
    sc_fmt(sugg, sizeof sugg, "Public Law %d-%d is %s, at %d Stat. %d", c->congress, c->number,
           desc, l[0]->volume, l[0]->page);
    /* the chapter and its page agree on another law: the number is the
     * odd fact ("| 81-863 | 81st | 1114 | 64 Stat. 1083 |": ch. 1114 is
     * Public Law 81-864) */
    const sc_hist_law *lc = NULL;
    if (si >= 0 && si < e->n && e->c[si].type == SC_STAT) {
        sc_citation at = e->c[si]; /* (the row's chapter is in its own cell) */
        at.chapter = ch;
        lc = sc_hist_cited_chapter(&at);
    }
    if (page_ch && !lc)
        return 0; /* (a chapter of the page's that does not hold it: the page's
                   * own finding, "38 Stat. 785 is not in ch. 2") */
    if (lc && lc != l[0] && lc->publ > 0 && lc->congress == c->congress)
        sc_fmt(sugg, sizeof sugg, "ch. %d, %d Stat. %d is Public Law %d-%d; Public Law %d-%d is %s, at %d Stat. %d",
               ch, lc->volume, (int)e->stat_page[si], lc->congress, lc->publ, c->congress, c->number,
               desc, l[0]->volume, l[0]->page);
    diag(dis, c, SC_ERROR, "chapter-number", sugg,
         "Public Law %d-%d is ch. %d of the %d%s Congress, not ch. %d", c->congress, c->number,
         l[0]->number, l[0]->congress, ORD(l[0]->congress), ch);
    return 1;
}

static void check_public_law(sc_doc_state *dis, const sc_entry *e, int li, sc_citation *c)
{
    if (!check_law_number_page(dis, e, li, c) && !check_law_chapter(dis, e, li, c))
        check_law_date(dis, e, li, c);
}

const sc_hist_law *sc_hist_cited_chapter(const sc_citation *c)
{
    int v, p;
    if (c->type != SC_STAT || c->chapter <= 0 || !sc_stat_vol_page(c, &v, &p) || v > 64)
        return NULL;
    const sc_hist_law *cand[SC_HIST_SAME_CHAPTER_MAX], *lc = NULL;
    int nc = sc_hist_chapter_in_volume(v, c->chapter, cand, SC_HIST_SAME_CHAPTER_MAX);
    for (int k = 0; k < nc; k++)
        if (contains(cand[k], v, p)) {
            if (lc)
                return NULL; /* two chapters of the number hold the page: which one */
            lc = cand[k];
        }
    return lc;
}

/* The bill written right after a chapter's page ("Act of Apr. 8, 1930,
 * ch. 119, 46 Stat. 148 (S. 7566)", ", H.R. 7566"): the chapter's own bill
 * in the table of laws before 1951, when it has one (bill-law-mismatch).
 * Only when the chapter holds the page (else the chapter's own finding is
 * said) and the bill names no Congress other than the chapter's. */
static int one_old_law(const sc_entry *e, int i);

static void check_chapter_bill(sc_doc_state *dis, sc_entry *e, int i)
{
    sc_citation *c = &e->c[i];
    int v, p;
    if (c->ndiag > 0 || !(e->kind[i] & SC_EK_IN) || !e->bill_in || !sc_entry_vol_page(e, i, &v, &p) ||
        v > 64)
        return;
    const uint8_t *b = e->w->buf;
    int bi = -1;
    for (uint64_t m = e->bill_in; m && bi < 0; m &= m - 1) {
        int k = __builtin_ctzll(m);
        size_t q = e->ce[i];
        int gap = 0, semi = 0, cong = 0;
        /* separators (at most three before the bill or a Congress), and a
         * Congress between: "48 Stat. 1064; 74th Congress, S. 3285" (the
         * bill's Congress, read by context_congress.c); a ';' only before one */
        while (q < e->cs[k] && gap <= 3) {
            sc_groups g;
            size_t ce;
            if (b[q] == ' ' || b[q] == ',' || b[q] == '(' || b[q] == ';') {
                semi |= b[q] == ';';
                q++;
                gap++;
            } else if (!cong && e->r->ctx_congress >= 0 && sc_isalnum(b[q]) &&
                       (ce = sc_rule_match(e->r, e->r->ctx_congress, e->m, b, e->cs[k], q, &g)) !=
                           SC_UNSET &&
                       ce > q && g.so[SC_G_CITE] == q &&
                       sc_ctx_congress_value(b, &g) == e->c[k].congress) {
                q = ce;
                gap = 0;
                cong = 1;
            } else {
                break;
            }
        }
        if (q == e->cs[k] && e->cs[k] > e->ce[i] && gap <= 3 && (!semi || cong))
            bi = k;
    }
    if (bi < 0 && e->nlaw == 0 && one_old_law(e, i)) {
        /* or the entry's one bill, joined to the chapter as a page's facts
         * are: "Originally introduced as H.R. 5886 in the Sixty-fourth
         * Congress, the measure became law on September 8, 1916 as ch.
         * 465, 39 Stat. 830" */
        int k = sc_entry_lawmaking_bill(e);
        if (k >= 0 && (e->kind[k] & SC_EK_IN) && sc_page_joined(e, e->cs[k], e->ce[k], e->cs[i], e->ce[i]))
            bi = k;
    }
    if (bi < 0)
        return;
    const sc_hist_law *lc = sc_hist_cited_chapter(c);
    const sc_citation *bc = &e->c[bi];
    int num = 0, kind = lc ? sc_hist_bill(lc, &num) : 0;
    if (kind && kind == (int)bc->bill && num == bc->number && bc->congress > 0 &&
        bc->congress != lc->congress) {
        /* the chapter's own bill, of another Congress than the chapter's:
         * the Congress is the odd fact */
        char bn[32], when[40] = "", sugg[160];
        sc_bill_name(bc->bill, bc->number, bn, sizeof bn);
        if (lc->date)
            fmt_date(lc->date, when, sizeof when);
        sc_fmt(sugg, sizeof sugg, "ch. %d, %d Stat. %d (%s) was enacted by the %d%s Congress%s%s",
               c->chapter, v, p, bn, lc->congress, ORD(lc->congress), when[0] ? ", " : "", when);
        diag(dis, c, sc_hist_date_sure(lc) ? SC_ERROR : SC_WARNING, "law-congress", sugg,
             "ch. %d, %d Stat. %d is a law of the %d%s Congress, but the entry says the %d%s "
             "Congress (%s)",
             c->chapter, v, p, lc->congress, ORD(lc->congress), bc->congress, ORD(bc->congress),
             bn);
        return;
    }
    if (!kind || (bc->congress && bc->congress != lc->congress) ||
        (kind == (int)bc->bill && num == bc->number))
        return;
    char bn[32], own[32], sugg[96];
    sc_bill_name(bc->bill, bc->number, bn, sizeof bn);
    sc_bill_name(kind, num, own, sizeof own);
    sc_fmt(sugg, sizeof sugg, "ch. %d, %d Stat. %d came from %s", c->chapter, v, p, own);
    diag(dis, c, SC_ERROR, "bill-law-mismatch", sugg,
         "ch. %d, %d Stat. %d did not come from %s: it came from %s", c->chapter, v, p, bn, own);
}

/* Is citation @p i the entry's one law of the 1st-81st Congresses: its one
 * chapter citation, and no other page of the Statutes at Large but its
 * pins? */
static int one_old_law(const sc_entry *e, int i)
{
    for (int k = 0; k < e->n; k++)
        if (k != i && (e->kind[k] & SC_EK_IN) && e->c[k].type == SC_STAT &&
            !(e->c[k].wording & SC_W_LIST_ITEM))
            return 0;
    return 1;
}

/* The Congress written right after a chapter's page as the one that
 * passed it ("Act of Aug. 7, 1916, ch. 275, 39 Stat. 438, passed by the
 * 63rd Congress", "... 39 Stat. 438 (63rd Cong.)"): the chapter's own
 * Congress in the tables of laws before 1951 (law-congress).  Only with no
 * bill in the entry (check_chapter_bill() reads a Congress written with
 * one), when the chapter holds the page and its date is sure. */
static void check_chapter_congress(sc_doc_state *dis, sc_entry *e, int i)
{
    static const char *const words[] = { "passed", "enacted", "by", "the", "of", "in", NULL };
    sc_citation *c = &e->c[i];
    int v, p;
    if (c->ndiag > 0 || !(e->kind[i] & SC_EK_IN) || e->bill_in || e->r->ctx_congress < 0 ||
        !sc_entry_vol_page(e, i, &v, &p) || v > 64)
        return;
    const uint8_t *b = e->w->buf;
    size_t q = e->ce[i], lim = q + 80 < e->w->len ? q + 80 : e->w->len;
    int seps = 0, nw = 0;
    while (q < lim && (b[q] == ' ' || b[q] == ',' || b[q] == '(') && ++seps <= 3)
        q++;
    for (;;) { /* "passed by the", "enacted by the", "of the" */
        size_t we = q;
        while (we < lim && sc_islower(b[we]))
            we++;
        if (we == q || we >= lim || b[we] != ' ' || !sc_word_in(b, q, we, words) || ++nw > 4)
            break;
        q = we + 1;
    }
    sc_groups g;
    int n = 0;
    if (q < lim && sc_isalnum(b[q]) && sc_find_text(b + q, lim - q < 48 ? lim - q : 48, "Cong", 4) &&
        sc_rule_match(e->r, e->r->ctx_congress, e->m, b, lim, q, &g) != SC_UNSET &&
        g.so[SC_G_CITE] == q)
        n = sc_ctx_congress_value(b, &g);
    else if (e->nlaw == 0 && one_old_law(e, i))
        /* or the one Congress the entry names elsewhere, joined to the
         * chapter as a page's facts are ("A statute of the 76th Congress
         * (September 1, 1937), ch. 896, 50 Stat. 888", a table's cell) */
        n = sc_page_congress(e, e->cs[i], e->ce[i], 0, SIZE_MAX);
    if (n < 1)
        return;
    const sc_hist_law *lc = sc_hist_cited_chapter(c);
    if (lc)
        congress_slip(dis, c, lc, c->chapter, v, p, n);
}

/* Does the entry cite one Statutes at Large page? */
static int one_page(const sc_entry *e)
{
    return e->stat_in && !(e->stat_in & (e->stat_in - 1));
}

/* A table row's page and the chapter in its column of chapters, the day
 * in its column of days, beside its law ("| 10/26/1949 | 81-393 | 63 Stat.
 * 910 | 81st | 744 |" under "Approved | Public Law | Citation | Congress |
 * Ch."): as "ch. 744, 63 Stat. 910" is (check_chapter), when the law and
 * the page agree (a finding of the row's says more). */
static void row_chapter(sc_doc_state *d, const sc_entry *e, int i)
{
    int ch = sc_row_chapter(e);
    if (ch <= 0 || !e->nlaw)
        return; /* (a row of no law: check_page_facts.c reads its chapter) */
    for (int k = 0; k < e->n; k++)
        if (e->c[k].ndiag > 0)
            return; /* (its law's finding said it: "| 79-305 | 61 Stat. 26 |") */
    int32_t day = 0;
    for (int k = 0; k < e->ndate; k++)
        if (e->date[k].role == SC_DATE_ROLE_ENACTED && !e->date[k].bad && e->date[k].ymd % 100) {
            if (day && day != e->date[k].ymd)
                return; /* two days: which? */
            day = e->date[k].ymd;
        }
    check_chapter(d, e, i, ch, day);
}

void sc_check_historic(sc_doc_state *d, sc_entry *e)
{
    for (int i = 0; i < e->n; i++) {
        sc_citation *c = &e->c[i];
        if (c->type == SC_STAT && (c->chapter > 0 || c->date > 0)) {
            /* its own date, or the one the entry writes after the page
             * ("ch. 120, 61 Stat. 136 (June 23, 1947)") */
            int32_t day = c->chapter > 0 ? sc_entry_stat_day(e, i) : 0;
            if (c->chapter > 0 && !c->date && !day)
                day = sc_page_enacted_day(e, i); /* or one said of it further off: "The X
                                                  * Act (ch. 49, 48 Stat. 113) was
                                                  * enacted on June 6, 1933" */
            check_chapter(d, e, i, c->chapter, c->date ? c->date : day);
            if (c->date && day && day != c->date && (e->kind[i] & SC_EK_IN) &&
                sc_entry_approved_at(e->w, e->ce[i]))
                check_chapter(d, e, i, c->chapter, day); /* "Act of June 25, 1948, ch. 645, 62 Stat.
                                           * 683, approved June 26, 1948" */
            if (c->chapter > 0) {
                check_chapter_bill(d, e, i);
                check_chapter_congress(d, e, i);
            }
        }
        else if (c->type == SC_STAT && e->row && (e->kind[i] & SC_EK_IN) && one_page(e))
            row_chapter(d, e, i); /* the chapter in the row's column of chapters */
        else if (c->type == SC_PUBLIC_LAW && c->congress >= 57 && c->congress <= 81)
            check_public_law(d, e, i, c);
        else if (c->type == SC_USC && c->ndiag > 0)
            sc_check_former(d, c); /* (a citation with no finding: nothing to look at) */
    }
}
