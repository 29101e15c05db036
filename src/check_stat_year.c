/*
 * check_stat_year.c -- the year an entry writes right after a Statutes at
 * Large page ("49 Stat. 620 (1937)", "104 Stat. 327, 330 (1992)"): it is
 * the year of the law printed there, so a year no law of the volume was
 * enacted in is an error, and a year other than that of the law that
 * begins on the page (when one law, of a date on record, does) is a
 * warning (stat-year).  A year the entry ties to a numbered law of the
 * 82nd Congress on is that law's date, which check_dates.c checks.  A day
 * the entry gives a page of a later volume as its law's, no law cited, is
 * compared with the volume's years alike (sc_check_stat_day()).
 */
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "ref_historic.h"

/* The year in "(YYYY)" right after the Stat. page at buf[at..lim), past
 * pin pages (", 330", ", 328-29"); sets *so, *eo to the parenthesis. */
static int year_after(const uint8_t *b, size_t at, size_t lim, size_t *so, size_t *eo)
{
    size_t i = at, stop = at + 48 < lim ? at + 48 : lim;
    while (i < stop && (b[i] == ',' || b[i] == ' ' || b[i] == '-' || sc_isdigit(b[i])))
        i++;
    if (i + 6 > lim || b[i] != '(' || b[i + 5] != ')')
        return 0;
    int y = 0;
    for (int k = 1; k <= 4; k++) {
        if (!sc_isdigit(b[i + k]))
            return 0;
        y = y * 10 + (b[i + k] - '0');
    }
    *so = i;
    *eo = i + 6;
    return y;
}

/* The date of the law that begins on page @p p of volume @p v, when one
 * does (several that begin there must share the year) and its date is on
 * record and undisputed; its description in @p desc (the chapter
 * @p chapter, when the citation gives one that begins there).  0 otherwise. */
static int32_t law_beginning(int v, int p, int chapter, int publ_c, int publ_n, char *desc,
                             size_t cap)
{
    if (v > 64) {
        const sc_ref_law *l = sc_ref_law_at_page(v, p);
        if (!l || l->stat_page != p || !l->enacted ||
            (l->flags & (SC_REF_DATE_DISPUTED | SC_REF_STAT_UPPER_BOUND)))
            return 0;
        sc_fmt(desc, cap, "Public Law %d-%d", l->congress, l->number);
        return l->enacted;
    }
    const sc_hist_law *at[SC_HIST_SAME_PAGE_MAX];
    int n = sc_hist_at_page(v, p, at, SC_HIST_SAME_PAGE_MAX);
    int32_t date = 0;
    /* the one the entry's Public Law number names first, when it begins
     * there ("Pub. L. No. 78-410, 58 Stat. 682": ch. 373, not ch. 372 of
     * the same day and page) */
    for (int i = 1; i < n && publ_n > 0; i++)
        if (at[i]->congress == publ_c && at[i]->publ == publ_n) {
            const sc_hist_law *t = at[0];
            at[0] = at[i];
            at[i] = t;
        }
    /* the chapter the citation gives first, when it begins there */
    for (int i = 1; i < n && chapter > 0; i++)
        if (at[i]->kind <= SC_HIST_PRIVATE && at[i]->number == chapter &&
            !(at[0]->kind <= SC_HIST_PRIVATE && at[0]->number == chapter)) {
            const sc_hist_law *t = at[0];
            at[0] = at[i];
            at[i] = t;
        }
    for (int i = 0; i < n; i++) {
        const sc_hist_law *l = at[i];
        if (l->page != p || !l->date || (l->flags & SC_HIST_DATE_DISPUTED))
            return 0;
        if (date && l->date / 10000 != date / 10000)
            return 0;
        if (!date) {
            date = l->date;
            if (l->kind <= SC_HIST_PRIVATE)
                sc_fmt(desc, cap, "ch. %d of the %d%s Congress", l->number, l->congress,
                       SC_ORD(l->congress));
            else
                sc_fmt(desc, cap, "the resolution printed there");
        }
    }
    return date;
}

/* A volume's years as the messages write them: "1990", "1935-1936". */
static void years_text(int y0, int y1, char *out, size_t cap)
{
    if (y0 == y1)
        sc_fmt(out, cap, "%d", y0);
    else
        sc_fmt(out, cap, "%d-%d", y0, y1);
}

/* Is the year at b[so..eo) a date the entry ties to a numbered law of the
 * 82nd Congress on (check_dates.c says what is wrong with it)? */
static int dated_law(const sc_entry *e, size_t so, size_t eo)
{
    for (int k = 0; k < e->ndate; k++) {
        const sc_date_fact *f = &e->date[k];
        if (f->so < so || f->eo > eo || f->law < 0)
            continue;
        const sc_citation *c = &e->c[(int)f->law];
        if (sc_is_law(c) && c->congress >= 82)
            return 1;
    }
    return 0;
}

void sc_check_stat_year(sc_doc_state *d, sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    for (uint64_t m = e->stat_in; m; m &= m - 1) {
        int i = __builtin_ctzll(m);
        sc_citation *c = &e->c[i];
        if ((c->wording & SC_W_LIST_ITEM) && i > 0 && e->c[i - 1].type == SC_STAT &&
            strcmp(e->c[i - 1].volume, c->volume) == 0)
            continue; /* a pin of the page before: the year is that page's law's */
        int last = i; /* (past its pins: "30 Stat. 1121, 1142 (1899)" dates 1121's law) */
        while (last + 1 < e->n && (e->c[last + 1].wording & SC_W_LIST_ITEM) &&
               e->c[last + 1].type == SC_STAT && strcmp(e->c[last + 1].volume, c->volume) == 0 &&
               (e->kind[last + 1] & SC_EK_IN))
            last++;
        size_t so = 0, eo = 0;
        /* (the window's end, not the entry's: an entry of Stat. citations
         * alone has not looked for its ends) */
        int y = year_after(b, e->ce[last], e->w->len, &so, &eo);
        if (!y && c->year > 0 && (e->kind[i] & SC_EK_IN)) {
            y = c->year; /* the year inside the citation: "Statutes at Large 104
                          * (1990): 327", "vol. 104, 1990, pp. 327-378" */
            so = e->cs[i];
            eo = e->ce[i];
        }
        int passed = 0;
        if (!y && (y = sc_page_enacted_year(e, i, &passed)) > 0) {
            so = e->cs[i]; /* the year the words say its Act was enacted in: "A
                            * law, chapter 153, passed in 1833, 4 Stat. 551" */
            eo = e->ce[i];
        }
        if (!y || dated_law(e, so, eo))
            continue;
        char *end;
        long v = sc_strtol10(c->volume, &end);
        if (*end || v <= 0)
            continue; /* "68A": a lettered volume */
        long p = sc_strtol10(c->pages, &end);
        if (*end || p <= 0)
            continue; /* "2681-480": an appendix page */
        int y0, y1;
        if (!sc_stat_volume_years((int)v, &y0, &y1))
            continue;
        char desc[64] = "", when[40], sugg[192];
        int li = e->law_of[i];
        const sc_citation *lc = li >= 0 && li < e->n && e->c[li].type == SC_PUBLIC_LAW ? &e->c[li] : NULL;
        int32_t date = law_beginning((int)v, (int)p, c->chapter, lc ? lc->congress : 0,
                                     lc ? lc->number : 0, desc, sizeof desc);
        if (date && date / 10000 == y)
            continue;
        if (passed && (!date || date / 10000 == y + 1))
            continue; /* (passed the year before it was approved, by a chamber
                       * or in December; a year alone the volume's, no one law
                       * there) -- never after it */
        if (y >= y0 && y <= y1 && !date)
            continue; /* a year of the volume, and no one law begins there */
        if (date) {
            sc_fmt_date(date, when, sizeof when);
            sc_fmt(sugg, sizeof sugg, "write (%d): %s, which begins at %s Stat. %ld, was approved %s",
                   date / 10000, desc, c->volume, p, when);
        }
        if (y < y0 || y > y1) {
            char span[24];
            years_text(y0, y1, span, sizeof span);
            sc_emit(d, c, SC_ERROR, SC_D_STAT_YEAR, date ? sugg : NULL,
                    "%s Stat. %ld is dated %d, but volume %s of the Statutes at Large prints "
                    "laws of %s", c->volume, p, y, c->volume, span);
        } else {
            sc_emit(d, c, SC_WARNING, SC_D_STAT_YEAR, sugg,
                    "%s Stat. %ld is dated %d, but %s, which begins on that page, was approved %s",
                    c->volume, p, y, desc, when);
        }
    }
}

void sc_check_stat_day(sc_doc_state *d, sc_citation *c, int v, int p, int32_t day)
{
    int y0, y1;
    if (!sc_stat_volume_years(v, &y0, &y1) || (day / 10000 >= y0 && day / 10000 <= y1))
        return;
    char given[40], span[24], sugg[192] = "";
    sc_fmt_date(day, given, sizeof given);
    years_text(y0, y1, span, sizeof span);
    const sc_ref_law *l = v > 64 ? sc_ref_law_at_page(v, p) : NULL;
    if (l && l->stat_volume == v && l->enacted && sc_page_in_law(l, v, p) > 0) {
        char when[40];
        sc_fmt_date(l->enacted, when, sizeof when);
        sc_fmt(sugg, sizeof sugg, "%d Stat. %d is a page of Public Law %d-%d (from %d Stat. %d), enacted %s",
               v, p, l->congress, l->number, v, (int)l->stat_page, when);
    }
    sc_emit(d, c, SC_ERROR, SC_D_STAT_YEAR, sugg[0] ? sugg : NULL,
            "%d Stat. %d is dated %s, but volume %d of the Statutes at Large prints laws of %s", v,
            p, given, v, span);
}
