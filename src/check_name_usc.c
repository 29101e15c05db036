/*
 * check_name_usc.c -- an Act and the U.S. Code section written as its
 * place: the Act's name right before the section ("the Americans with
 * Disabilities Act of 1990, 42 U.S.C. § 12101 et seq.", "the Clean Air Act
 * (42 U.S.C. 7401 et seq.)") or its law, with "codified at" between
 * ("Pub. L. No. 101-336, 104 Stat. 327 (codified as amended at 42 U.S.C.
 * §§ 12101-12213)").  The section must be one of the Act's: the source
 * credits classify every section of a title that is no positive law to the
 * Act its credit names first (data/act_sections.tsv).  A section classified
 * to another Act, which the Act named never amended, or a section the Code
 * never had when one of the Act's sections is one slip from it, is
 * act-name-usc.  Silent where the tables cannot tell: an Act with no
 * section in that title (an amending Act, a positive-law title), a section
 * no credit places (added by a later law) -- and a section of the Act's
 * own ("section 504 of the X Act, 29 U.S.C. 794": check_act_usc.c).
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "act_norm.h"
#include "check.h"
#include "ctype.h"
#include "ref_acts.h"
#include "ref_historic.h"

/* Where the separator of an Act and its place in the Code is, before the
 * section at buf[to]: the nearest ',' or '(' in the 40 bytes before it,
 * when only what says a place (sc_parallel_between(): "codified at", "as
 * amended") stands after it.  SIZE_MAX when there is none. */
static size_t place_words_before(const uint8_t *b, size_t lo, size_t to)
{
    size_t i = to;
    while (i > lo && to - i <= 40 && b[i - 1] != ',' && b[i - 1] != '(')
        i--;
    if (i <= lo || to - i > 40 || !sc_parallel_between(b, i - 1, to, 0))
        return SIZE_MAX;
    return i - 1;
}

/* Before an Act's own section pin that ends at b[ne] -- "§ 504", "§ 10(b)",
 * "sec. 504" after the name (no citation: a name the tables do not know
 * as written) --, past the blanks before it; else ne. */
static size_t past_own_pin(const uint8_t *b, size_t lo, size_t ne)
{
    size_t k = ne;
    while (k > lo && ne - k < 16 && (sc_isalnum(b[k - 1]) || b[k - 1] == '(' || b[k - 1] == ')' ||
                                      b[k - 1] == '-'))
        k--;
    if (k == ne || !sc_isdigit(b[k]) || k < lo + 2 || b[k - 1] != ' ')
        return ne;
    k--;
    if (k >= lo + 2 && b[k - 2] == 0xc2 && b[k - 1] == 0xa7)
        k -= 2;
    else if (k >= lo + 4 && memcmp(b + k - 4, "sec.", 4) == 0)
        k -= 4;
    else
        return ne;
    while (k > lo && b[k - 1] == ' ')
        k--;
    return k > lo && sc_isalnum(b[k - 1]) ? k : ne;
}

/* The part of an Act a name opens with, "Title VII of " at b[at] (not
 * past @p lim): written as the tables write an Act's parts ("title VII")
 * into @p part (when not NULL), and where its "of " ends; 0 when no such
 * words open it. */
static size_t title_part_at(const uint8_t *b, size_t at, size_t lim, char *part, size_t cap)
{
    if (at + 6 >= lim || sc_tolower(b[at]) != 't' || memcmp(b + at + 1, "itle ", 5) != 0)
        return 0;
    size_t k = at + 6, pe = k;
    while (pe < lim && pe - k < 8 && (sc_isupper(b[pe]) || sc_isdigit(b[pe])))
        pe++;
    if (pe == k || pe + 4 > lim || memcmp(b + pe, " of ", 4) != 0)
        return 0;
    if (part)
        snprintf(part, cap, "title %.*s", (int)(pe - k), (const char *)b + k);
    return pe + 4;
}

static void fmt_place(char *out, size_t cap, const char *title, const sc_act_place *p);

/* The Act's sections in the title (sc_act_place): those of the part @p part
 * names when it has sections there, else the whole Act's. */
static void act_sections_in(int act, const char *part, const char *title, const char *s,
                            sc_act_place *p)
{
    if (!part || sc_act_part_sections(act, part, title, s, p) == 0)
        sc_act_title_sections(act, title, s, p);
}

/* Did law @p congress-@p number add sections to one title of the Code
 * alone, other than @p not (a codification's: a positive-law title), and
 * section @p s among them?  1 and that title in @p tn (12 bytes). */
static int added_in_one_title(int congress, int number, const char *not, const char *s, char *tn)
{
    int found = 0, titles = 0;
    for (int k = 1; k <= 54 && titles < 2; k++) {
        char tk[12];
        snprintf(tk, sizeof tk, "%d", k);
        sc_act_place q;
        if (strcmp(tk, not) == 0 || sc_law_added_sections(congress, number, tk, s, &q) <= 0)
            continue;
        titles++;
        if (q.has) {
            memcpy(tn, tk, sizeof tk);
            found = 1;
        }
    }
    return titles == 1 && found;
}

/* The Public Law number of an Act cited by its date and chapter, from the
 * tables of the 57th-81st Congresses' laws: 1 and *congress, *number when
 * one chapter of that number and date has one. */
static int old_public_law(int act, int *congress, int *number)
{
    int32_t date;
    int ch;
    if (!sc_act_chapter(sc_act_whole(act), &date, &ch))
        return 0;
    const sc_hist_law *on[SC_HIST_SAME_DATE_MAX]; /* (a session's last day: hundreds of laws) */
    int n = sc_hist_on_date(date, on, SC_HIST_SAME_DATE_MAX), found = 0;
    for (int i = 0; i < n; i++)
        if (on[i]->kind == SC_HIST_CHAPTER && on[i]->number == ch && on[i]->publ > 0) {
            if (found++)
                return 0; /* (two of that number that day: which?) */
            *congress = on[i]->congress;
            *number = on[i]->publ;
        }
    return found == 1;
}


/* An Act the tables know by no name, as a message calls it: "the Act of
 * April 26, 1928, ch. 439" (by its date and chapter) or "Public Law
 * 85-765" -- 1, written into @p out; 0 for a named Act (or one of no such
 * key). */
static int unnamed_act(int act, char *out, size_t cap)
{
    int32_t date;
    int ch, cg, n;
    if (sc_act_named(act))
        return 0;
    int whole = sc_act_whole(act);
    if (sc_act_chapter(whole, &date, &ch)) {
        char when[40];
        sc_fmt_date(date, when, sizeof when);
        sc_fmt(out, cap, "the Act of %s, ch. %d", when, ch);
        return 1;
    }
    if (sc_act_public_law(whole, &cg, &n)) {
        sc_fmt(out, cap, "Public Law %d-%d", cg, n);
        return 1;
    }
    return 0;
}

/* A section moved away (sc_usc_transfer: to @p tt § @p ts) written as the
 * place of Act @p act: act-name-usc when the Act has sections in the title
 * (of the part @p part names, when it has), the place the section went is
 * none of the Act's, and one of the Act's sections is one slip from the
 * one written -- the fix that section, not where the other went. */
static void moved_slip(sc_doc_state *d, sc_citation *c, int act, const char *named, const char *s,
                       const char *tt, const char *ts, const char *part)
{
    sc_act_place p;
    act_sections_in(act, part, c->title, s, &p);
    if (p.count == 0 || p.has || p.nnear != 1)
        return;
    const char *osec = NULL, *opath = NULL;
    int there = sc_act_of_usc(tt, ts, &osec, &opath);
    if (there >= 0 && sc_act_whole(there) == sc_act_whole(act))
        return; /* (moved with the Act: its section still) */
    char place[96], sugg[160];
    fmt_place(place, sizeof place, c->title, &p);
    sc_fmt(sugg, sizeof sugg, "write %s U.S.C. § %s%s%s", c->title, p.near[0], c->subsections,
           (c->wording & SC_W_ET_SEQ) ? " et seq." : "");
    sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_USC, sugg,
            "%s U.S.C. § %s is none of the sections of %s (%s): it was moved to %s U.S.C. § %s",
            c->title, s, named, place, tt, ts);
}

/* Is the name or law beginning at buf[so] the possessor of a part written
 * before it -- "section 516 of the X Act (7 U.S.C. 1516)", "title XV of
 * Public Law 99-498 (20 U.S.C. ...)", "sec. 6(j) of the X Act" -- whose
 * place the Code section then is, not the Act's? */
static int part_of_before(const uint8_t *b, size_t lo, size_t so)
{
    static const char *const parts[] = { "section", "sec", "sections", "secs", "title",
                                         "subtitle", "part", "subpart", "chapter", "ch",
                                         "subchapter", "subch", "paragraph", "par",
                                         "subsection", "subsec", "division", "div", "clause",
                                         "article", "art", "tit", NULL };
    size_t i = so;
    while (i > lo && b[i - 1] == ' ')
        i--;
    if (i >= lo + 4 && memcmp(b + i - 4, " the", 4) == 0) {
        i -= 4;
        while (i > lo && b[i - 1] == ' ')
            i--;
    }
    if (i < lo + 3 || memcmp(b + i - 3, " of", 3) != 0)
        return 0;
    i -= 3;
    while (i > lo && b[i - 1] == ' ')
        i--;
    /* the part's designator: "516", "6(j)", "XV", "A" -- then its word */
    size_t de = i;
    while (i > lo && (sc_isalnum(b[i - 1]) || b[i - 1] == '(' || b[i - 1] == ')' ||
                      b[i - 1] == '-' || b[i - 1] == '.') && de - i < 24)
        i--;
    if (i == de)
        return 0;
    while (i > lo && b[i - 1] == ' ')
        i--;
    if (i >= lo + 2 && b[i - 2] == 0xc2 && b[i - 1] == 0xa7)
        return 1; /* "§ 516 of the X Act" */
    size_t we = i;
    if (we > lo && b[we - 1] == '.')
        we--; /* "sec. 6(j) of" */
    size_t ws = we;
    while (ws > lo && sc_isalpha(b[ws - 1]))
        ws--;
    return ws < we && sc_word_in(b, ws, we, parts);
}

/* A name "X of YYYY" the tables do not know, written before Code section
 * @p c, that is a slip for the one member of the series "X of" within five
 * years whose section @p c is -- classified to it, or added by its law --
 * when no law of the year written added or amended the section ("Customs
 * Courts Act of 1982, 28 U.S.C. § 2634": the Customs Courts Act of 1980
 * added it; a Customs Courts Act of 1970 is the series' other member,
 * which sc_act_year_slip() alone will not choose between): that Act, its
 * year in *year; else -1. */
static int series_by_section(const char *name, size_t len, const sc_citation *c, int *year)
{
    int y, acts[4], yrs[4], n = sc_act_year_series(name, len, &y, acts, yrs, 4);
    if (n <= 0 || sc_usc_touched_in(c->title, c->section, y))
        return -1;
    int o = sc_act_of_usc(c->title, c->section, NULL, NULL), bc = 0, bn = 0, hit = -1;
    int added = sc_usc_added(c->title, c->section, &bc, &bn, NULL);
    for (int i = 0; i < n; i++) {
        int cg, num;
        if (!((o >= 0 && sc_act_whole(o) == acts[i]) ||
              (added && sc_act_public_law(acts[i], &cg, &num) && cg == bc && num == bn)))
            continue;
        if (hit >= 0 && acts[hit] != acts[i])
            return -1;
        hit = i;
    }
    if (hit < 0)
        return -1;
    *year = yrs[hit];
    return acts[hit];
}

/* The Act of the entry's name that ends at buf[ne] (or whose short form in
 * brackets does: "... Act (ADA), 42 U.S.C."), or -1.  A name the tables
 * do not know whose year is a slip ("Rehabilitation Act of 1974", the Act
 * of 1973: sc_act_year_slip()) gives its Act with the year to *slip (else
 * 0), also as a part's ("section 504 of the X Act of 1974"), *part then 1;
 * or a series' member by the section @p c it is written before
 * (series_by_section()), *series then 1 too. */
static int act_named_before(sc_entry *e, size_t ne, const sc_citation *c, size_t *so, size_t *eo,
                            int *slip, int *part, int *series)
{
    *slip = *part = *series = 0;
    const uint8_t *b = e->w->buf;
    /* a word that may end an Act's name -- "Act", "Code", "Amendments",
     * "Resolution", "Law", a
     * year, an abbreviation ("ERISA", "I.R.C.") or its bracket -- else no
     * name is read for the entry */
    if (ne < 4)
        return -1;
    size_t ws = ne;
    for (;;) {
        while (ws > 0 && ne - ws < 16 && (sc_isalnum(b[ws - 1]) || b[ws - 1] == '.'))
            ws--;
        /* (an abbreviation's hyphen or en dash: "MAP-21", "SAFETEA–LU") */
        size_t h = 0;
        if (ws >= 2 && b[ws - 1] == '-')
            h = 1;
        else if (ws >= 4 && b[ws - 3] == 0xe2 && b[ws - 2] == 0x80 && b[ws - 1] == 0x93)
            h = 3;
        if (!h || ws == ne || !sc_isupper(b[ws - h - 1]) || ne - ws + h >= 16)
            break;
        ws -= h;
    }
    size_t wl = ne - ws;
    int caps = 0; /* its capitals */
    for (size_t k = ws; k < ne; k++)
        caps += sc_isupper(b[k]) != 0;
    if (!(b[ne - 1] == ')' || (wl == 3 && memcmp(b + ws, "Act", 3) == 0) ||
          (wl == 4 && (memcmp(b + ws, "Acts", 4) == 0 || memcmp(b + ws, "Code", 4) == 0 ||
                       (sc_isdigit(b[ws]) && sc_isdigit(b[ne - 1])))) ||
          (wl == 10 && (memcmp(b + ws, "Amendments", 10) == 0 ||
                        memcmp(b + ws, "Resolution", 10) == 0)) ||
          (wl == 3 && memcmp(b + ws, "Law", 3) == 0) || (caps >= 1 && wl <= 8) ||
          /* (a capitalized word: a name the tables know may end in any --
           * "International Megan's Law to Prevent ... Sex Offenders") */
          (wl >= 3 && sc_isupper(b[ws]))))
        return -1;
    /* (capitals at least half the word but one: "ERISA", "I.R.C.", "INA") */
    if (caps >= 1 && wl <= 8 && 2 * caps + 2 >= (int)wl && (ws == 0 || !sc_isalnum(b[ws - 1]))) {
        /* an abbreviation of the editorial list: "ERISA", "I.R.C.", "INA" */
        int act = sc_act_lookup((const char *)b + ws, wl);
        if (act >= 0) {
            /* the part before it, its name's: "Title II of the ADA" */
            size_t t = ws;
            if (t >= 4 && memcmp(b + t - 4, "the ", 4) == 0)
                t -= 4;
            for (size_t q = t >= 20 ? t - 20 : 0; q + 10 <= t; q++)
                if (title_part_at(b, q, t, NULL, 0) == t) {
                    ws = q;
                    break;
                }
            if (!part_of_before(b, e->so > ws ? 0 : e->so, ws)) {
                *so = ws;
                *eo = ne;
                return act;
            }
        }
    }
    sc_name_fact nf;
    if (!sc_entry_name_ending(e, ne, &nf))
        return -1;
    const sc_name_fact *f = &nf;
    size_t ns = sc_past_signal(b, f->so, f->eo); /* ("See X Act, ...": a footnote's) */
    int act = sc_act_lookup((const char *)b + ns, f->eo - ns);
    if (act < 0 && f->alt_so > f->so)
        act = sc_act_lookup((const char *)b + (ns = f->alt_so), f->eo - f->alt_so);
    /* the words of a sentence's opening read into the name ("Under the
     * Unfunded Mandates Reform Act of 1995 (2 U.S.C. ...)", "In accordance
     * with the X Act"): the name after a "the " in it, when the tables
     * know that one */
    for (size_t k = sc_after_the(b, f->so, f->eo, 0); act < 0 && k < f->eo;
         k = sc_after_the(b, k, f->eo, 0))
        act = sc_act_lookup((const char *)b + (ns = k), f->eo - k);
    if (act < 0 && f->year && f->eo > f->name_eo && !f->fiscal) {
        /* (no Act of that name and year: one of another year?) */
        size_t from[3] = { sc_past_signal(b, f->so, f->eo), f->alt_so,
                           sc_after_the(b, f->so, f->eo, 0) };
        for (int q = 0; q < 3 && act < 0; q++)
            if (from[q] < f->eo)
                act = sc_act_year_slip((const char *)b + (ns = from[q]), f->eo - from[q], slip);
        /* (a series: the member whose section it is) */
        for (int q = 0; q < 3 && act < 0; q++)
            if (from[q] < f->eo &&
                (act = series_by_section((const char *)b + (ns = from[q]), f->eo - from[q], c,
                                         slip)) >= 0)
                *series = 1;
        if (act < 0)
            *slip = 0;
    }
    if (act < 0)
        return -1;
    if (part_of_before(b, e->so, ns)) {
        if (!*slip)
            return -1;
        *part = 1;
    }
    *so = ns;
    *eo = f->eo;
    return act;
}

/* The Act that the law ending at buf[ne] is (a public law, or a page of
 * the Statutes at Large right after one: "Pub. L. No. 101-336, 104 Stat.
 * 327"), or -1. */
static int act_of_law_before(const sc_entry *e, size_t ne)
{
    for (int j = 0; j < e->n; j++) {
        if (!(e->kind[j] & SC_EK_IN) || e->ce[j] != ne)
            continue;
        int l = j;
        if (e->c[j].type == SC_STAT && j > 0 && (e->kind[j - 1] & SC_EK_LAW) &&
            (e->kind[j - 1] & SC_EK_IN) && e->ce[j - 1] <= e->cs[j] && e->cs[j] - e->ce[j - 1] <= 40)
            l = j - 1;
        const sc_citation *c = &e->c[l];
        if (c->type != SC_PUBLIC_LAW || c->congress <= 0 || c->number <= 0 ||
            part_of_before(e->w->buf, e->so, e->cs[l]))
            return -1;
        return sc_act_of_law(c->congress, c->number);
    }
    return -1;
}

/* Writes the Act's sections in the title as a reader would: "42 U.S.C.
 * § 7401" or "42 U.S.C. §§ 12101-12213". */
static void fmt_place(char *out, size_t cap, const char *title, const sc_act_place *p)
{
    if (p->count == 1 || strcmp(p->first, p->last) == 0)
        sc_fmt(out, cap, "%s U.S.C. § %s", title, p->first);
    else
        sc_fmt(out, cap, "%s U.S.C. §§ %s-%s", title, p->first, p->last);
}

/* The Act as the entry names it, "the Clean Water Act (the Federal Water
 * Pollution Control Act)" when the tables' principal name is another;
 * from its law, the principal name alone. */
static void fmt_name(char *out, size_t cap, const uint8_t *b, size_t so, size_t eo, int act)
{
    const char *name = sc_act_name(act);
    if (eo <= so || eo - so > 120) {
        sc_fmt(out, cap, "%s%s", sc_name_article(name), name);
        return;
    }
    size_t n = strlen(name), w = eo - so;
    if (w >= 128)
        w = 127;
    char written[128];
    memcpy(written, b + so, w);
    written[w] = '\0';
    const char *the = sc_name_article(written); /* (none before "Title VII of the X Act") */
    if (sc_name_is_abbrev(b + so, w))
        /* an abbreviation alone ("ERISA", "the ADA", "MAP-21"): as the entry writes it */
        the = so >= 4 && (memcmp(b + so - 4, "the ", 4) == 0 || memcmp(b + so - 4, "The ", 4) == 0)
                  ? "the "
                  : "";
    /* (the same name, or it with its year: "X Act" for "X Act of 1967") */
    char nw[SC_ACT_NORM_MAX + 1], nn[SC_ACT_NORM_MAX + 1];
    if (sc_act_norm(written, w, nw, sizeof nw) && sc_act_norm(name, n, nn, sizeof nn) &&
        strcmp(nw, nn) == 0) /* (the same name but for its dashes or case: "MAP-21") */
        sc_fmt(out, cap, "%s%s", the, written);
    else if ((n == w || (n > w && (name[w] == ' ' || name[w] == ','))) && strncasecmp(name, written, w) == 0)
        sc_fmt(out, cap, "%s%s", the, n == w ? written : name);
    else if (strstr(written, name) || strcasestr(written, name)) /* "Title VII of the X Act" */
        sc_fmt(out, cap, "%s%s", the, written);
    else
        sc_fmt(out, cap, "%s%s (%s%s)", the, written, sc_name_article(name), name);
}

/* The law a removed section's heading names first: "Repealed. Pub. L.
 * 97-258, § 5(b), Sept. 13, 1982, ..." -> 97, 258.  0 when none. */
static int heading_law(const char *h, int *congress, int *number)
{
    const char *p = h ? strstr(h, "Pub. L. ") : NULL;
    if (!p)
        return 0;
    p += 8;
    long c = 0, n = 0;
    while (sc_isdigit((uint8_t)*p) && c < 1000)
        c = c * 10 + (*p++ - '0');
    if (strncmp(p, "\xe2\x80\x93", 3) == 0) /* (the Code's en dash) */
        p += 3;
    else if (*p == '-')
        p++;
    else
        return 0;
    while (sc_isdigit((uint8_t)*p) && n < 100000)
        n = n * 10 + (*p++ - '0');
    if (c <= 0 || n <= 0 || c >= 1000 || n >= 100000)
        return 0;
    *congress = (int)c;
    *number = (int)n;
    return 1;
}

/* Did Code section @p row, no longer in force, leave the Code before the
 * Act @p act (its law @p acong-@p anum when @p numbered) was enacted, by
 * the day its heading gives -- so never one of the Act's sections? The
 * day it left in *left, the Act's in *born. */
static int left_before_act(const sc_ref_section *row, int act, int numbered, int acong, int anum,
                           int32_t *left, int32_t *born)
{
    *left = *born = 0;
    if (row->status == SC_REF_SEC_ACTIVE)
        return 0;
    *left = sc_usc_heading_date(sc_ref_section_heading(row));
    int ch;
    const sc_ref_law *al = numbered ? sc_ref_public_law(acong, anum) : NULL;
    if (al)
        *born = al->enacted;
    else if (!numbered)
        sc_act_chapter(act, born, &ch);
    return *left && *born && *left < *born;
}

/* Code section @p s of citation @p c, one slip from one of the sections of
 * the Act @p act (called @p named; at @p place, the fix @p sugg) and
 * classified to no Act: act-name-usc when the Code never had it, or it
 * left the Code before the Act was enacted, or a law that never amended
 * the Act repealed it (check_place()). */
static void slip_of(sc_doc_state *d, sc_citation *c, const char *s, const char *named,
                    const char *place, const char *sugg, int act, int numbered, int acong,
                    int anum, const sc_act_place *at)
{
    const sc_ref_section *row = sc_ref_usc_section_any_case(c->title, s);
    if (!row) {
        sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_USC, sugg,
                "%s is at %s; the Code has no section %s of title %s", named, place, s, c->title);
        return;
    }
    /* a section that left the Code before the Act was enacted: never one
     * of its sections ("Uruguay Round Agreements Act, 19 U.S.C. § 364",
     * repealed June 17, 1930) */
    if (row->status != SC_REF_SEC_ACTIVE) {
        int32_t left, born;
        if (left_before_act(row, act, numbered, acong, anum, &left, &born)) {
            char when[40], enacted[40];
            sc_fmt_date(left, when, sizeof when);
            sc_fmt_date(born, enacted, sizeof enacted);
            sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_USC, sugg,
                    "%s U.S.C. § %s is none of the sections of %s (%s): it was %s %s, before "
                    "that Act was enacted (%s)",
                    c->title, s, named, place, sc_ref_section_status_name(row->status), when,
                    enacted);
            return;
        }
    }
    /* a section no longer in force, which a law that never amended the Act
     * repealed (its heading names the law): another Act's section once */
    int lc, ln;
    if (row->status == SC_REF_SEC_ACTIVE)
        return;
    if (!heading_law(sc_ref_section_heading(row), &lc, &ln)) {
        /* a place the Code keeps with no law's name -- "Omitted",
         * "Reserved" -- outside the span of the Act's sections in the
         * title, one slip from one of them: that one is meant ("Ensuring
         * Access to Pacific Fisheries Act, 16 U.S.C. § 4801", §§ 4801-4805
         * omitted, the Act's 7801) -- or, in an old text, the Act's place
         * before the Code replaced its chapter ("the Federal Water
         * Pollution Control Act (33 U.S.C. 1151 et seq.)", omitted in
         * 1972: the message says only what the Code shows now).  (Inside
         * the span it may be one of the Act's own, omitted since:
         * usc-section-status alone says so.) */
        if (!at->first || !at->last || (sc_ref_section_cmp(s, at->first) >= 0 &&
                                         sc_ref_section_cmp(s, at->last) <= 0))
            return;
        sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_USC, sugg,
                "%s U.S.C. § %s is %s in the Code, outside the sections of %s (%s); its § %s "
                "is one slip from it",
                c->title, s, sc_ref_section_status_name(row->status), named, place, at->near[0]);
        return;
    }
    if (numbered && acong == lc && anum == ln)
        return;
    if (sc_act_amended_by(act, lc, ln))
        return;
    sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_USC, sugg,
            "%s U.S.C. § %s is none of the sections of %s (%s): it was %s by Public Law "
            "%d-%d, which the Code's credits do not show amending that Act",
            c->title, s, named, place, sc_ref_section_status_name(row->status), lc, ln);
}

/* The title of the Code where Act @p act (the part @p part names, when it
 * has sections) has the most sections, those classified to it and those
 * its law (@p acong-@p anum, when @p numbered) added counted together (a
 * positive-law title's are only added: "the Taxpayer First Act", title
 * 26): 1, the title in @p tn (12 bytes) and in @p p the larger of the two
 * sets there; 0 when it has none. */
static int act_home(int act, const char *part, int numbered, int acong, int anum, char *tn,
                    sc_act_place *p)
{
    int best = 0;
    for (int k = 1; k <= 54; k++) {
        char tk[12];
        sc_act_place q, qa;
        snprintf(tk, sizeof tk, "%d", k);
        act_sections_in(act, part, tk, NULL, &q);
        qa.count = 0;
        if (numbered)
            sc_law_added_sections(acong, anum, tk, NULL, &qa);
        if (q.count + qa.count > best) {
            best = q.count + qa.count;
            *p = q.count >= qa.count ? q : qa;
            memcpy(tn, tk, sizeof tk);
        }
    }
    return best > 0;
}

/* Section @p s of the citation is Act @p other's, section @p other_sec,
 * written as the place of Act @p act (@p named, at @p place): act-name-usc,
 * unless the two are parts of one law or the Act named amended the other
 * (its sections are then its place too) -- which the tables say only of
 * numbered laws (@p numbered: C-N in @p acong, @p anum) and of the
 * Acts before 1951 their Public Law numbers name. */
static void other_acts(sc_doc_state *d, sc_citation *c, const char *s, int act, int other,
                       const char *other_sec, const char *named, const char *place,
                       const char *sugg, int numbered, int acong, int anum)
{
    int oc = acong, on = anum; /* (an Act cited by its date and chapter: its Public
                                * Law number of the tables before 1951, 57th-81st
                                * Congresses -- "the Federal Water Pollution Control
                                * Act, 33 U.S.C. § 1521": 80-845, which never amended
                                * the Deepwater Port Act of 1974) */
    int by_number = numbered || old_public_law(act, &oc, &on);
    if (sc_act_whole(other) == sc_act_whole(act) || !by_number || sc_act_amended_by(other, oc, on) ||
        sc_usc_touched_by(c->title, s, oc, on))
        return;
    /* (an Act of no name: by its date and chapter, or its number --
     * "16 U.S.C. § 205 is section 1 of the Act of April 26, 1928, ch.
     * 439", a slip for the Soil and Water Resources Conservation Act's
     * 2005) */
    char oname[160];
    if (!unnamed_act(other, oname, sizeof oname))
        sc_fmt(oname, sizeof oname, "the %s", sc_act_name(other));
    sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_USC, sugg,
            "%s U.S.C. § %s is %s %s of %s, not a section of %s (%s)", c->title, s,
            sc_act_sign(other), other_sec ? other_sec : "?", oname, named, place);
}

/* The section @p s of citation @p c is none of Act @p act's: say so when
 * the tables show where the Act is and what the section is instead. */
static void check_place(sc_doc_state *d, sc_citation *c, int act, const char *named,
                        const char *part)
{
    char sec[48];
    const char *s = c->section, *range_end = NULL;
    /* a range: its first section ("12101-12213"), unless the Code has the
     * section so written ("1320d-2") */
    const char *dash = strchr(s, '-');
    if (dash && ((c->wording & SC_W_RANGE) || !sc_ref_usc_section(c->title, s))) {
        /* (written as a range, a range: the lookup would find "1333-1386"
         * inside the placeholder "1331 to 1334") */
        /* its first section: the longest part before a '-' that the Code
         * has ("410eeee-17" of "410eeee-17-471i"), else the part before
         * the first '-' */
        for (const char *q = strrchr(s, '-'); q > s; q--) {
            size_t n = (size_t)(q - s);
            if (*q != '-' || n >= sizeof sec)
                continue;
            memcpy(sec, s, n);
            sec[n] = '\0';
            if (sc_ref_usc_section(c->title, sec)) {
                dash = q;
                break;
            }
        }
        size_t n = (size_t)(dash - s);
        if (n == 0 || n >= sizeof sec)
            return;
        memcpy(sec, s, n);
        sec[n] = '\0';
        s = sec;
        range_end = dash + 1;
    }
    char tt[8], ts[48];
    int kind;
    if (!sc_act_named(act) || strchr(c->title, 'a'))
        return; /* (an Appendix) */
    if (sc_usc_transfer(c->title, s, tt, sizeof tt, ts, sizeof ts, &kind)) {
        /* a section moved: usc-section-status says where -- and when the
         * Act has sections in the title, none of them where it went, and
         * one of them one slip from it, that section is the one meant
         * ("Communist Control Act of 1954, codified at 50 U.S.C. § 441": §
         * 441 went to § 3171, the Act is at §§ 841-844) */
        moved_slip(d, c, act, named, s, tt, ts, part);
        return;
    }
    /* (most often the section is the Act's, and the index by section says
     * so at once) */
    const char *other_sec = NULL, *other_path = NULL;
    int other = sc_act_of_usc(c->title, s, &other_sec, &other_path);
    int other_part = other >= 0 && sc_act_whole(other) == sc_act_whole(act);
    if (other_part && (!part || sc_act_path_within(other_path, part)))
        return; /* the Act's; or a part of it that a popular name may take in
                 * ("the Fair Housing Act, 42 U.S.C. §§ 3601-3631": titles VIII
                 * and IX) -- not one a "Title VII of ..." names alone */
    const char *etseq = (c->wording & SC_W_ET_SEQ) ? " et seq." : "";
    char sugg[256];
    int acong = 0, anum = 0;
    int numbered = sc_act_public_law(act, &acong, &anum);
    sc_act_place p, pa; /* the Act's sections in the title: classified to it, added by its law */
    /* (the part the name designates, when it has sections in the title) */
    act_sections_in(act, part, c->title, s, &p);
    if (numbered)
        sc_law_added_sections(acong, anum, c->title, s, &pa);
    else
        memset(&pa, 0, sizeof pa);
    int bc, bn;
    const char *bsec;
    if (numbered && sc_usc_added(c->title, s, &bc, &bn, &bsec)) {
        /* a section a numbered law added (a positive-law title's, or one
         * added to a title): the Act's when its law added or amended it;
         * else another law's, reported when one of the Act's sections is
         * one slip from it */
        if (p.has || pa.has || sc_usc_touched_by(c->title, s, acong, anum) ||
            p.nnear + pa.nnear != 1)
            return;
        const char *fix = p.nnear ? p.near[0] : pa.near[0];
        sc_act_place *at = p.nnear ? &p : &pa;
        char place[96];
        fmt_place(place, sizeof place, c->title, at);
        sc_fmt(sugg, sizeof sugg, "write %s U.S.C. § %s%s%s", c->title, fix, c->subsections, etseq);
        int by = sc_act_of_law(bc, bn);
        char whose[200] = "";
        if (sc_act_named(by))
            sc_fmt(whose, sizeof whose, " (the %s)", sc_act_name(by));
        sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_USC, sugg,
                "%s U.S.C. § %s is § %s of Public Law %d-%d%s, which added it, not a section of "
                "%s (%s), whose law never amended it",
                c->title, s, bsec, bc, bn, whose, named, place);
        return;
    }
    if (other < 0 && (p.count > 0 || pa.count > 0) && !sc_ref_usc_section_any_case(c->title, s)) {
        /* a section the title never had, the Act's in another title it has
         * sections in too ("the Affordable Care Act ... 26 U.S.C. § 18001":
         * its sections of title 26 are others, § 18001 is of title 42) */
        const char *t = sc_act_usc_title_of(act, s);
        if (t && strcmp(t, c->title) != 0) {
            sc_fmt(sugg, sizeof sugg, "write %s U.S.C. § %s%s%s", t, s, c->subsections, etseq);
            sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_USC, sugg,
                    "%s has no section %s in title %s of the Code: %s U.S.C. § %s is its section",
                    named, s, c->title, t, s);
            return;
        }
    }
    if (p.count == 0 && pa.count > 0) {
        /* the Act's sections in the title are those its law added: a
         * section the Code never had, one slip from one of them */
        if (pa.has || pa.nnear != 1)
            return;
        char place[96];
        fmt_place(place, sizeof place, c->title, &pa);
        if (range_end)
            sc_fmt(sugg, sizeof sugg, "write %s U.S.C. §§ %s-%s", c->title, pa.near[0], range_end);
        else
            sc_fmt(sugg, sizeof sugg, "write %s U.S.C. § %s%s%s", c->title, pa.near[0],
                   c->subsections, etseq);
        /* (a section the Code never had; or one that left it before the
         * Act, "Heroes Earnings Assistance and Relief Tax Act of 2008, 26
         * U.S.C. § 280", repealed 1986, the Act's 2801) */
        slip_of(d, c, s, named, place, sugg, act, numbered, acong, anum, &pa);
        return;
    }
    if (p.count == 0) {
        /* no section of the Act in the title: the Act's title, when the
         * section is the Act's there and the title written has none so
         * numbered ("the Clean Water Act, 42 U.S.C. § 1251": 33 U.S.C.) */
        const char *t = sc_act_usc_title_of(act, s);
        if (!t && numbered && pa.count == 0 && !range_end) {
            /* or the title where its law added that section (a positive-law
             * title's, "the Paperwork Reduction Act of 1995 (42 U.S.C. 3501
             * et seq.)": 44 U.S.C. § 3501) -- the one title that has it */
            char tn[12];
            /* (not a section of another Act the law amended: "sections 403
             * and 404 of the Bipartisan Budget Act of 2015 (42 U.S.C. 6241)",
             * which amended the Energy Policy and Conservation Act's § 161
             * and added 26 U.S.C. § 6241 besides) */
            if (added_in_one_title(acong, anum, c->title, s, tn) &&
                !sc_usc_touched_by(c->title, s, acong, anum) &&
                (other < 0 || (sc_act_named(other) && !sc_act_amended_by(other, acong, anum)))) {
                sc_fmt(sugg, sizeof sugg, "write %s U.S.C. § %s%s%s", tn, s, c->subsections, etseq);
                sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_USC, sugg,
                        "%s added %s U.S.C. § %s; %s U.S.C. § %s is none of its sections", named, tn,
                        s, c->title, s);
                return;
            }
        }
        if (!t && other >= 0 && pa.count == 0 && !range_end) {
            /* no section of the Act in the title, and the section another
             * Act's: "ERISA, 42 U.S.C. § 2000e" (title VII's) -- the Act's
             * place is the title where most of its sections are */
            sc_act_place h;
            char ht[12];
            if (act_home(act, part, numbered, acong, anum, ht, &h)) {
                char place[96];
                fmt_place(place, sizeof place, ht, &h);
                sc_fmt(sugg, sizeof sugg, "%s is at %s", named, place);
                other_acts(d, c, s, act, other, other_sec, named, place, sugg, numbered, acong,
                           anum);
            }
            return;
        }
        /* (a section the title written has, or had: not when it left the
         * Code before the Act was enacted -- "Family and Medical Leave Act
         * of 1993, 42 U.S.C. § 2601", repealed in 1973) */
        const sc_ref_section *row = t ? sc_ref_usc_section_any_case(c->title, s) : NULL;
        int32_t left, born;
        if (!t || (row && !left_before_act(row, act, numbered, acong, anum, &left, &born)))
            return;
        sc_fmt(sugg, sizeof sugg, "write %s U.S.C. § %s%s%s", t, s, c->subsections, etseq);
        sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_USC, sugg,
                "%s is in title %s of the Code, not title %s: %s U.S.C. § %s is its section",
                named, t, c->title, t, s);
        return;
    }
    if (p.has)
        return; /* one of the Act's sections (not reached when the index said so) */
    char place[96];
    fmt_place(place, sizeof place, c->title, &p);
    if (p.nnear == 1 && range_end)
        sc_fmt(sugg, sizeof sugg, "write %s U.S.C. §§ %s-%s", c->title, p.near[0], range_end);
    else if (p.nnear == 1)
        sc_fmt(sugg, sizeof sugg, "write %s U.S.C. § %s%s%s", c->title, p.near[0],
               c->subsections, etseq);
    else if (etseq[0] || range_end)
        sc_fmt(sugg, sizeof sugg, "write %s U.S.C. § %s et seq., where the Code places it",
               c->title, p.first);
    else
        sc_fmt(sugg, sizeof sugg, "%s is at %s", named, place);
    if (other_part) {
        /* another part of the same law: "Title VII of the Civil Rights Act
         * of 1964, 42 U.S.C. § 2000a" (title II's) */
        sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_USC, sugg,
                "%s U.S.C. § %s is %s %s of %s of the %s, not a section of %s (%s)", c->title, s,
                sc_act_sign(other), other_sec ? other_sec : "?",
                other_path && other_path[0] ? other_path : "another part",
                sc_act_name(sc_act_whole(act)), named, place);
        return;
    }
    /* a range that ends at one of the Act's sections and begins one slip
     * from another of them ("the Philippine Property Act of 1946, 22
     * U.S.C. §§ 1333–1386": 1383): the start is the slip, whoever's
     * section (or placeholder) it is */
    sc_act_place pe = { 0 };
    if (range_end && p.nnear == 1 && sc_ref_usc_section_any_case(c->title, s)) /* (a start
                                                                                * the Code
                                                                                * never had:
                                                                                * said below) */
        act_sections_in(act, part, c->title, range_end, &pe);
    if (pe.has && sc_ref_section_cmp(p.near[0], range_end) <= 0) {
        sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_USC, sugg,
                "%s U.S.C. §§ %s-%s ends at a section of %s but begins at none of them (%s)",
                c->title, s, range_end, named, place);
        return;
    }
    /* the whole Act cited from a section before its first, one slip from
     * that first ("Age Discrimination in Employment Act of 1967, 29 U.S.C.
     * §§ 612-634", "National Environmental Policy Act of 1969, 42 U.S.C.
     * § 4231 et seq.": 621, 4321) -- the first is meant, whatever other
     * sections of the Act are one slip from it too: when the one written
     * is no Act's and the Code never had it or has it no more (4231 was
     * repealed in 1982; a section in force before an Act's first may be
     * where a whole law begins, "the Clayton Act, 15 U.S.C. § 12 et
     * seq.") */
    const sc_ref_section *srow = NULL;
    if ((range_end || etseq[0]) && other < 0 && p.nnear > 1 && p.first &&
        sc_ref_section_cmp(s, p.first) < 0 &&
        (!(srow = sc_ref_usc_section_any_case(c->title, s)) || srow->status != SC_REF_SEC_ACTIVE)) {
        for (int k = 0; k < p.nnear && k < SC_ACT_NEAR_MAX; k++)
            if (strcmp(p.near[k], p.first) == 0) {
                if (range_end)
                    sc_fmt(sugg, sizeof sugg, "write %s U.S.C. §§ %s-%s", c->title, p.first,
                           range_end);
                else
                    sc_fmt(sugg, sizeof sugg, "write %s U.S.C. § %s%s et seq.", c->title, p.first,
                           c->subsections);
                sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_USC, sugg,
                        "%s U.S.C. § %s, before the first section of %s (%s), is one slip from "
                        "that first, § %s",
                        c->title, s, named, place, p.first);
                return;
            }
    }
    if (other >= 0) {
        other_acts(d, c, s, act, other, other_sec, named, place, sugg, numbered, acong, anum);
        return;
    }
    /* classified to no Act: a section added by a later law (silence), one
     * repealed, or none at all -- one slip from one of the Act's */
    if (p.nnear != 1)
        return;
    slip_of(d, c, s, named, place, sugg, act, numbered, acong, anum, &p);
}

/* Does the bracket that closes at b[ne - 1] open right after another
 * Code citation of the entry than @p i (only blanks between) -- that
 * citation's own parenthetical, not a name standing before citation i? */
static int paren_of_cite(const sc_entry *e, int i, size_t ne)
{
    const uint8_t *b = e->w->buf;
    size_t o = ne - 1, depth = 0;
    while (o > e->so) {
        o--;
        if (b[o] == ')')
            depth++;
        else if (b[o] == '(' && depth-- == 0)
            break;
        if (ne - o > 200)
            return 0;
    }
    if (b[o] != '(')
        return 0;
    size_t q = o;
    while (q > e->so && b[q - 1] == ' ')
        q--;
    for (int j = 0; j < e->n; j++)
        if (j != i && (e->kind[j] & SC_EK_IN) && e->ce[j] == q && e->c[j].type == SC_USC)
            return 1;
    return 0;
}

void sc_check_name_usc(sc_doc_state *d, sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    int told = 0;
    for (int i = 0; i < e->n; i++) {
        sc_citation *c = &e->c[i];
        if (c->type != SC_USC || !(e->kind[i] & SC_EK_IN) || c->form != SC_FORM_FULL ||
            !c->title[0] || !c->section[0] || (c->wording & SC_W_NOTE))
            continue;
        size_t q = e->cs[i]; /* (first the byte before it: most have none of these) */
        while (q > 0 && b[q - 1] == ' ')
            q--;
        if (q == 0 || !(b[q - 1] == '(' || b[q - 1] == ',' || b[q - 1] == 't' || b[q - 1] == 'o'))
            continue;
        size_t sep = place_words_before(b, e->cs[i] > 48 ? e->cs[i] - 48 : 0, e->cs[i]);
        if (sep == SIZE_MAX || sep == 0)
            continue;
        size_t ne = sep;
        while (ne > 0 && b[ne - 1] == ' ')
            ne--;
        if ((b[sep] == ',' || b[sep] == '(') && ne >= 12 && memcmp(b + ne - 12, ", as amended", 12) == 0)
            ne -= 12; /* "the X Act, as amended, 22 U.S.C. § 611", "..., as amended
                       * (22 U.S.C. 611 et seq.)" */
        if (b[sep] == '(' && ne >= 7 && b[ne - 1] == ')' && b[ne - 6] == '(' &&
            sc_isdigit(b[ne - 5]) && sc_isdigit(b[ne - 2])) {
            ne -= 6; /* the law's year between: "Pub. L. No. 111-148, 124 Stat. 119 (2010)
                      * (codified as amended at 42 U.S.C. § 18001 et seq.)" */
            while (ne > 0 && b[ne - 1] == ' ')
                ne--;
        }
        ne = past_own_pin(b, ne > 24 ? ne - 24 : 0, ne); /* ("X Act of 1974 § 504, 29 U.S.C.
                                                          * § 794") */
        /* the name or law must end right there, in no other citation (a
         * section of the Act's own: "section 504 of the X Act, 29 U.S.C.") */
        int inside = 0, law = 0;
        for (int j = 0; j < e->n && !inside; j++) {
            if (j == i || !(e->kind[j] & SC_EK_IN))
                continue;
            if (e->ce[j] == ne && (e->kind[j] & (SC_EK_LAW | SC_EK_STAT)))
                law = 1;
            else if (e->cs[j] < ne && e->ce[j] >= ne)
                inside = 1;
        }
        if (inside)
            continue;
        if (b[ne - 1] == ')' && paren_of_cite(e, i, ne))
            continue; /* "21 U.S.C. §§ 451-470 (Poultry Products Inspection Act), 21
                       * U.S.C. §§ 601-695": the name is the citation's before it */
        size_t so = 0, eo = 0;
        int slip = 0, of_part = 0, series = 0;
        int act = law ? act_of_law_before(e, ne)
                      : act_named_before(e, ne, c, &so, &eo, &slip, &of_part, &series);
        if (act < 0)
            continue;
        if (series) {
            sc_check_name_year_slip(d, c, b, so, eo, act, slip, 1);
            continue; /* (the section is the Act's: its place needs no check) */
        }
        if (slip) {
            /* (the section another Act's: the name may be an Act the
             * tables lack, "section 2312 of the Export Enhancement Act of
             * 1988 (15 U.S.C. 4727)", title II of Pub. L. 100-418) */
            int other = sc_act_of_usc(c->title, c->section, NULL, NULL);
            if (other >= 0 && other != sc_act_whole(act))
                continue;
            sc_check_name_year_slip(d, c, b, so, eo, act, slip, 0);
            if (of_part)
                continue; /* (its section's place: the Act's own, check_act_usc.c) */
        }
        if (!told && !law)
            told = sc_check_name_facts(d, e, i, so, eo); /* (its day and signer) */
        char named[200];
        fmt_name(named, sizeof named, b, so, eo, act);
        /* a part the name designates itself: "Title VII of ...", "Title II
         * of the ADA" */
        char part[24];
        int part_named = !law && title_part_at(b, so, eo, part, sizeof part) != 0;
        check_place(d, c, act, named, part_named ? part : NULL);
    }
}
