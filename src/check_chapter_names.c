/*
 * check_chapter_names.c -- the Act name of a law cited by its date and
 * chapter (act-name-mismatch): "Act of July 5, 1935, ch. 372, 49 Stat. 449
 * (Social Security Act)" names the Act of August 14, 1935, ch. 531, while
 * ch. 372 is the National Labor Relations Act.  The name's Act comes from
 * the named-Act tables (data/act_names.tsv: the Code's notes name the old
 * Acts by date and chapter), the chapter's law from the Statutes at Large
 * tables of the 1st-81st Congresses (data/historic_laws.csv).  So for a
 * page of those volumes cited with no chapter (sc_check_old_page_name(),
 * asked by check_page_names.c, which finds the name beside the page).
 */
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "ref_acts.h"
#include "ref_historic.h"

/* The act numbered chapter @p ch that holds page @p p of volume @p v, or
 * NULL (none, or two). */
static const sc_hist_law *chapter_holding(int v, int p, int ch)
{
    const sc_hist_law *at[SC_HIST_SAME_PAGE_MAX], *hit = NULL;
    int n = sc_hist_holding(v, p, at, SC_HIST_SAME_PAGE_MAX);
    for (int i = 0; i < n; i++)
        if (at[i]->kind == SC_HIST_CHAPTER && at[i]->number == ch) {
            if (hit)
                return NULL;
            hit = at[i];
        }
    return hit;
}

/* Past "ch. 531" / "chap. 531" / "chapter 531" at b[k] (lower case: not a
 * heading's "CHAP."), or k. */
static size_t past_chapter(const uint8_t *b, size_t k, size_t to)
{
    int n;
    return k < to && sc_islower(b[k]) ? sc_chapter_at(b, k, to, &n) : k;
}

/* Is the name b[so..eo) the chapter citation's own, by where it stands:
 * right before it, with at most its date and chapter between ("Social
 * Security Act, ch. 531, 49 Stat. 620", "National Labor Relations Act, Act
 * of July 5, 1935, ch. 372, 49 Stat. 449", "Federal Power Act (June 10,
 * 1920, ch. 285, 41 Stat. 1063)"), or alone in the parenthesis
 * right after it or after its year ("49 Stat. 449 (1935) (National Labor
 * Relations Act)")? */
/* Past the head of an outline's line at b[k]: its indent, bullet and label
 * ("* Citation: ", "• Statutes at Large: ") -- "X Act:\n* Citation:
 * chapter 681, 63 Stat. 802" names the chapter as its own line would. */
static size_t line_head_end(const uint8_t *b, size_t k, size_t cs)
{
    while (k < cs && (b[k] == ' ' || b[k] == '\t' || b[k] == '\r'))
        k++;
    if (k + 1 < cs && (b[k] == '*' || b[k] == '-') && b[k + 1] == ' ')
        k += 2;
    else if (k + 3 < cs && b[k] == 0xe2 && b[k + 1] == 0x80 && b[k + 2] == 0xa2)
        k += 3;
    while (k < cs && b[k] == ' ')
        k++;
    size_t w = k;
    while (w < cs && w - k < 24 && (sc_isalpha(b[w]) || b[w] == ' '))
        w++;
    return w > k && w < cs && b[w] == ':' && sc_isupper(b[k]) ? w + 1 : k;
}

static int names_citation(const sc_entry *e, const sc_name_fact *f, size_t cs, size_t ce)
{
    const uint8_t *b = e->w->buf;
    if (f->tie_eo <= cs) {
        size_t k = sc_name_label_end(e, f, cs), end; /* (past "X Act: ", "X Act (n.). ") */
        int paren = 0;
        int lines = 0;
        while (k < cs) {
            size_t n;
            if (b[k] == ' ' || b[k] == ',') {
                k++;
            } else if ((b[k] == '\n' || b[k] == '\r') && lines++ < 3) {
                k = line_head_end(b, k + 1, cs); /* an outline's next line */
            } else if (k > 0 && b[k - 1] == '\n' && line_head_end(b, k, cs) > k) {
                k = line_head_end(b, k, cs);
            } else if (b[k] == '(' && !paren) { /* "Federal Power Act (June 10, 1920, ch. 285, " */
                paren = 1;
                k++;
            } else if ((n = past_chapter(b, k, cs)) > k) {
                k = n;
            } else if ((n = sc_section_end(b, k, cs)) > k) { /* "ch. 680, § 2, 52 Stat. 1094" */
                k = n;
            } else if ((k == 0 || !sc_isalpha(b[k - 1])) && (n = sc_part_end(b, k, cs)) > k) {
                /* "ch. 826, title II, § 208, 62 Stat." */
                k = n;
            } else if (k + 7 <= cs && (b[k] | 0x20) == 'a' && memcmp(b + k + 1, "ct of ", 6) == 0) {
                k += 7;
            } else if (sc_date_at(b, k, cs, &end) != 0) {
                k = end;
            } else {
                return 0;
            }
        }
        return 1;
    }
    if (f->so < ce)
        return 0;
    size_t k = ce;
    /* past its pin pages ("54 Stat. 774, 778 (...)", "774, 778-79") */
    while (k + 2 < f->so && b[k] == ',' && b[k + 1] == ' ' && sc_isdigit(b[k + 2])) {
        size_t d = k + 2;
        while (d < f->so && sc_isdigit(b[d]))
            d++;
        size_t r = d < f->so && b[d] == '-' ? d + 1
                   : d + 3 <= f->so && b[d] == 0xe2 && b[d + 1] == 0x80 && b[d + 2] == 0x93 ? d + 3
                                                                                          : d;
        if (r > d && r < f->so && sc_isdigit(b[r]))
            for (d = r; d < f->so && sc_isdigit(b[d]); d++)
                ;
        k = d;
    }
    for (int q = 0; q < 2; q++) { /* its year or date in a parenthesis first */
        size_t p = k;
        while (p < f->so && b[p] == ' ')
            p++;
        if (p >= f->so || b[p] != '(')
            return 0;
        size_t in = p + 1, de;
        if (in < f->so && (sc_isdigit(b[in]) || sc_date_at(b, in, f->so, &de) != 0)) {
            size_t c = in;
            while (c < f->so && b[c] != ')')
                c++;
            if (c >= f->so)
                return 0;
            k = c + 1;
            continue;
        }
        if (in + 4 <= f->so && (b[in] | 0x20) == 't' && memcmp(b + in + 1, "he ", 3) == 0)
            in += 4;
        /* (quoted: "(the \"Defense Industrial Reserve Act\")") */
        size_t qo = quote_end(b, in, f->so, 0);
        if (qo != f->so && in != f->so)
            return 0;
        size_t t = f->tie_eo;
        if (qo > in) {
            size_t qc = quote_end(b, t, e->eo, 1);
            if (qc == t)
                return 0;
            t = qc;
        }
        return t < e->eo && b[t] == ')';
    }
    return 0;
}

/* The chapters that hold Act row @p r's lowest page the Code cites and
 * were approved on its date (or on a day not on record), in @p out (8 at
 * most); how many. */
static int row_chapters(const sc_act_law *r, const sc_hist_law **out)
{
    const sc_hist_law *at[SC_HIST_SAME_PAGE_MAX];
    int n = r->stat_volume > 0 && r->stat_page > 0
                ? sc_hist_holding(r->stat_volume, (int)r->stat_page, at, SC_HIST_SAME_PAGE_MAX)
                : 0,
        k = 0;
    int begins = 0; /* a chapter of the row's day begins on its page: the row's law
                     * is that one, not one that ends there (ch. 424 of March 3,
                     * 1899 ends on 30 Stat. 1121, where ch. 425 begins) */
    for (int i = 0; i < n; i++)
        if (at[i]->kind == SC_HIST_CHAPTER && !(r->enacted && at[i]->date && at[i]->date != r->enacted)) {
            if (at[i]->page == (int32_t)r->stat_page && !begins) {
                begins = 1;
                k = 0;
            }
            if (!begins || at[i]->page == (int32_t)r->stat_page)
                out[k++] = at[i];
        }
    return k;
}

/* Does Act row @p r designate law @p l?  1 yes, 0 no, -1 not known. */
static int row_is(const sc_act_law *r, const sc_hist_law *l)
{
    if (r->number > 0) /* a numbered law: of its Congress alone */
        return r->congress != l->congress ? 0 : l->publ ? r->number == l->publ : -1;
    if (r->stat_volume <= 0 || r->stat_page <= 0)
        return r->enacted ? (l->date ? r->enacted == l->date : -1) : -1;
    const sc_hist_law *at[SC_HIST_SAME_PAGE_MAX];
    int n = row_chapters(r, at);
    for (int i = 0; i < n; i++)
        if (at[i] == l)
            return 1;
    return n ? 0 : -1;
}

int sc_name_is_old_law(const char *name, size_t len, const sc_hist_law *l)
{
    sc_act_law rows[8];
    int n = sc_act_name_laws(name, len, rows, 8);
    for (int i = 0; i < n; i++)
        if (row_is(&rows[i], l) == 1)
            return 1;
    return 0;
}

/* What the named Act of row @p r is, in @p out: "the X Act is Pub. L. No.
 * 74-271", "the X Act is the Act of August 14, 1935, ch. 531, 49 Stat.
 * 620" (its chapter when the tables give one on its date); "" when the row
 * has neither. */
static void own_law(const sc_act_law *r, const char *name, size_t len, char *out, size_t cap)
{
    char own[48], ch[80] = "";
    sc_fmt_date(r->enacted, own, sizeof own);
    const sc_hist_law *at[SC_HIST_SAME_PAGE_MAX];
    int m = row_chapters(r, at);
    for (int q = 0; q < m && !ch[0]; q++)
        if (!r->enacted || at[q]->date == r->enacted) { /* (its own date on record) */
            sc_fmt(ch, sizeof ch, ", ch. %d, %d Stat. %d", at[q]->number, at[q]->volume,
                   at[q]->page);
            if (at[q]->publ > 0) /* (57th-81st Congress) */
                sc_fmt(ch + strlen(ch), sizeof ch - strlen(ch), " (Pub. L. No. %d-%d)",
                       at[q]->congress, at[q]->publ);
        }
    if (r->number > 0)
        sc_fmt(out, cap, "the %.*s is Pub. L. No. %d-%d", (int)len, name, r->congress, r->number);
    else if (r->enacted)
        sc_fmt(out, cap, "the %.*s is the Act of %s%s", (int)len, name, own, ch);
    else
        out[0] = '\0';
}

/* Is the name one word and "Act", "the" before it or not ("Hatch Act",
 * "the Jones Act")? */
static int one_word_act(const char *name, size_t len)
{
    if (len > 4 && (name[0] | 0x20) == 't' && memcmp(name + 1, "he ", 3) == 0) {
        name += 4;
        len -= 4;
    }
    return len > 4 && memcmp(name + len - 4, " Act", 4) == 0 && !memchr(name, ' ', len - 4);
}

/* (check.h) An Act's name beside chapter citation @p c of law @p l, or
 * given to its Public Law (@p publ): every law of that name must be
 * another for a finding, which says which. */
void sc_check_old_law_name(sc_doc_state *d, sc_citation *c, const sc_hist_law *l, const char *name,
                           size_t len, int publ)
{
    sc_act_law rows[8];
    int n = sc_act_name_laws(name, len, rows, 8);
    if (n == 0) {
        /* unknown: its year a slip for this chapter's Act ("Securities
         * Exchange Act of 1933, ch. 404, 48 Stat. 881")? */
        int y, act = sc_act_year_slip(name, len, &y), ch;
        int32_t date;
        if (act >= 0 && sc_act_chapter(act, &date, &ch) && l->kind == SC_HIST_CHAPTER &&
            ch == l->number && date == l->date)
            sc_check_name_year_slip(d, c, (const uint8_t *)name, 0, len, act, y, 0);
        return;
    }
    if (n < 0 || n > 8)
        return; /* a name many laws share */
    for (int i = 0; i < n; i++)
        if (row_is(&rows[i], l) != 0)
            return; /* it is this law's, or may be */
    /* every law of that name is another: say which */
    const sc_act_law *r = &rows[0];
    char given[48], own[48], sugg[200];
    sc_fmt_date(l->date, given, sizeof given);
    sc_fmt_date(r->enacted, own, sizeof own);
    own_law(r, name, len, sugg, sizeof sugg);
    if (r->enacted && r->enacted == l->date) /* another chapter of the same day */
        sc_fmt(own, sizeof own, "another Act of that day");
    char what[48] = "";
    if (publ)
        sc_fmt(what, sizeof what, "Public Law %d-%d, ", l->congress, l->publ);
    /* a name of one word and "Act", a sponsor's mostly, every law the
     * tables give it ten years or more from this one: another Act may bear
     * it too, one the tables do not name ("the Hatch Act, ch. 410, 53 Stat.
     * 1147 (Aug. 2, 1939)": the tables know only the Hatch Act of 1887; the
     * Jones Acts of 1916, 1917 and 1920) -- a note; not a name of more
     * words ("the Indian Reorganization Act, ch. 33, 60 Stat. 23 (1946)") */
    /* (two sponsors' names joined, "McCarran-Ferguson Act", "Taft-Hartley
     * Act", are rarely another Act's: a warning, not a note) */
    int far = l->date > 0 && one_word_act(name, len);
    for (int i = 0; i < n && far; i++)
        far = rows[i].enacted > 0 && (rows[i].enacted / 10000 - l->date / 10000 >= 10 ||
                                      l->date / 10000 - rows[i].enacted / 10000 >= 10);
    int pair = far && memchr(name, '-', len - 4) != NULL;
    if (far && !pair) {
        sc_emit(d, c, SC_NOTE, SC_D_ACT_NAME_MISMATCH, sugg[0] ? sugg : NULL,
                "the tables know the %.*s only as a law of %d, not as %sch. %d of %s (%d Stat. "
                "%d): another Act may bear that name", (int)len, name, r->enacted / 10000, what,
                l->number, given[0] ? given : "its Congress", l->volume, l->page);
        return;
    }
    sc_emit(d, c, pair ? SC_WARNING : SC_ERROR, SC_D_ACT_NAME_MISMATCH, sugg[0] ? sugg : NULL,
            "the %.*s is not %sch. %d of %s (%d Stat. %d)%s%s", (int)len, name, what, l->number,
            given[0] ? given : "its Congress", l->volume, l->page,
            r->enacted && r->number == 0
                ? (r->enacted == l->date ? ": it is " : ": it was approved ")
                : "",
            r->enacted && r->number == 0 ? own : "");
}

/* A glossary's headword right before entry @p e: the line begins (past a
 * list's mark) with an Act's name the tables know, alone in its sentence
 * or with a bracket or two of a few letters ("(n.)", "(IRA) (n.)") before the period,
 * and the entry begins right after that sentence.  1 and the name in
 * b[*so..*eo), else 0. */
static int headword(const sc_entry *e, size_t *so, size_t *eo)
{
    const uint8_t *b = e->w->buf;
    size_t q = e->so;
    while (q > 0 && q + 4 > e->so && b[q - 1] == ' ')
        q--;
    if (q < 2 || b[q - 1] != '.')
        return 0;
    size_t end = q - 1; /* the period */
    for (int marks = 0; marks < 2 && end > 0 && (b[end - 1] == ')' || b[end - 1] == ']'); marks++) {
        /* its brackets: "(n.)", "(IRA)", "[IRA]", both: "(CEA) (n.)"; a
         * short form defined in words: "(the “CBPA”)", "(the “IRA” or “Act”)" */
        uint8_t open = b[end - 1] == ')' ? '(' : '[';
        size_t k = end - 1;
        while (k > 0 && end - k <= 32 && b[k - 1] != open &&
               (sc_isalpha(b[k - 1]) || b[k - 1] == '.' || b[k - 1] == '&' || b[k - 1] == ' ' ||
                b[k - 1] == '"' || b[k - 1] >= 0x80))
            k--;
        if (k == 0 || b[k - 1] != open)
            return 0;
        end = k - 1;
        while (end > 0 && b[end - 1] == ' ')
            end--;
    }
    size_t ls = end;
    while (ls > 0 && b[ls - 1] != '\n' && end - ls < 160)
        ls--;
    if (ls > 0 && b[ls - 1] != '\n')
        return 0; /* (a long line: no headword) */
    while (ls < end && (b[ls] == ' ' || b[ls] == '\t' || b[ls] == '-' || b[ls] == '*'))
        ls++;
    size_t nl = 0;
    if (ls >= end || !sc_isupper(b[ls]) ||
        sc_act_match((const char *)b + ls, end - ls, &nl) < 0 || nl != end - ls)
        return 0; /* (the whole sentence must be the name) */
    *so = ls;
    *eo = end;
    return 1;
}

/* The chapter citation @p only and the names in b[lo..hi) beside it. */
/* Is the name in the cell under "Name" (or "Act", "Title") of the table
 * row that is the entry -- the row's law's name, whatever its other cells
 * hold ("Legislative Pay Act of 1929,2/8/1887,119,24,388")? */
static int row_name(sc_entry *e, const sc_name_fact *f)
{
    sc_entry_need_row(e);
    size_t so = e->cell_so[SC_COL_NAME], eo = e->cell_eo[SC_COL_NAME];
    return e->row && eo > so && f->so >= so && f->eo <= eo;
}

static void check_chapter(sc_doc_state *d, sc_entry *e, int only, size_t lo, size_t hi)
{
    sc_citation *c = &e->c[only];
    int v, p;
    if (!sc_entry_vol_page(e, only, &v, &p))
        return;
    const sc_hist_law *l = chapter_holding(v, p, c->chapter);
    if (!l || (c->date && l->date && c->date != l->date))
        return; /* no such chapter there, or another day's: check_historic.c */
    const uint8_t *b = e->w->buf;
    for (int k = 0; k < e->nname; k++) {
        const sc_name_fact *f = &e->name[k];
        if (f->so < lo || f->eo > hi)
            continue;
        /* where the name begins as the tables know it: past a signal or
         * words before it ("See United States Housing Act of 1937, chap.
         * 226, ...") -- sc_entry_name_laws() moves its start there */
        const sc_ref_law *const *known;
        sc_entry_name_laws(e, k, &known);
        if (!names_citation(e, f, e->cs[only], e->ce[only]) && !row_name(e, f))
            continue;
        size_t so = sc_past_signal(b, f->so, f->eo); /* (an old Act's name: the table of
                                                      * public laws moved nothing) */
        sc_check_old_law_name(d, c, l, (const char *)b + so, f->eo - so, 0);
        return;
    }
    /* or a glossary's headword, the sentence of the name alone that opens
     * the line before the entry: "Federal Highway Act (n.). Act of November
     * 9, 1921, ch. 119, 42 Stat. 212, ..." -- the entry is its definition */
    size_t hs, he;
    if (lo == 0 && headword(e, &hs, &he))
        sc_check_old_law_name(d, c, l, (const char *)b + hs, he - hs, 0);
}

void sc_check_chapter_names(sc_doc_state *d, sc_entry *e)
{
    size_t hs, he;
    int law_named = 0; /* a name the entry ties to a numbered law */
    for (int k = 0; k < e->nname && e->nlaw > 0 && !law_named; k++)
        law_named = e->name[k].law >= 0;
    if (law_named || (e->nname == 0 && !headword(e, &hs, &he)))
        return; /* names belong to numbered laws first (check_names.c) -- not one
                 * beside the chapter alone: "Second Morrill Act, Act of May 8, 1914,
                 * ch. 79, 38 Stat. 372 (Public Law 95, 63d Congress)"; no name, nor a
                 * glossary's headword before the entry */
    int only = -1, two = 0;
    for (int i = 0; i < e->n; i++)
        if (e->c[i].type == SC_STAT && e->c[i].chapter > 0 && (e->kind[i] & SC_EK_IN)) {
            two |= only >= 0;
            only = i;
        }
    if (only < 0)
        return;
    if (!two) {
        check_chapter(d, e, only, 0, SIZE_MAX);
        return;
    }
    /* two chapters: whose is the name?  Each item's own, in a string
     * citation of ';' items ("Act of July 31, 1945, ch. 341, 59 Stat. 526;
     * Sugar Act of 1937, ch. 826, 62 Stat. 1240 (1948)") */
    int items = 0;
    for (int i = 0; i < e->n; i++) {
        size_t lo, hi;
        if (e->c[i].type != SC_STAT || e->c[i].chapter <= 0 || !(e->kind[i] & SC_EK_IN) ||
            !sc_entry_item_of(e, i, &lo, &hi, 1))
            continue;
        int in_item = 0;
        for (int k = 0; k < e->n; k++)
            in_item += e->c[k].type == SC_STAT && e->c[k].chapter > 0 &&
                       (e->kind[k] & SC_EK_IN) && e->cs[k] >= lo && e->ce[k] <= hi;
        items = 1;
        if (in_item == 1)
            check_chapter(d, e, i, lo, hi);
    }
    if (items)
        return;
    /* ... each line's own, in an entry of lines (an outline's items: "-
     * Tariff Act of 1930: June 17, 1930, ch. 497, 46 Stat. 590 / - Indian
     * Reorganization Act: ch. 865, ...") */
    for (int i = 0; i < e->n; i++) {
        if (e->c[i].type != SC_STAT || e->c[i].chapter <= 0 || !(e->kind[i] & SC_EK_IN))
            continue;
        size_t lo, hi;
        sc_entry_cite_line(e, i, &lo, &hi);
        if (lo == e->so && hi == e->eo)
            return; /* one line: no item to tell the name's */
        int in_line = 0;
        for (int k = 0; k < e->n; k++)
            in_line += e->c[k].type == SC_STAT && e->c[k].chapter > 0 &&
                       (e->kind[k] & SC_EK_IN) && e->cs[k] >= lo && e->ce[k] <= hi;
        if (in_line == 1)
            check_chapter(d, e, i, lo, hi);
    }
}

/* The page v,p beside the Act named by the @p len bytes at @p name, which
 * one law of the name on record (@p r) does not hold, although it begins
 * on the same page of a volume one or two away ("The Agricultural Act of
 * 1949, 64 Stat. 1051": 63 Stat. 1051), or a few pages before or after the
 * page cited in the same volume ("Cooperative Forest Management Act (64
 * Stat. 475)": from 64 Stat. 473, to 474) -- a slip of the volume or the
 * page, not a later law that amended the Act (which lies anywhere): an
 * act-name-mismatch with the Act's own page.  @p in is the law that holds
 * the page.  1 when reported. */
static int page_slip(sc_doc_state *d, sc_citation *c, int v, int p, const char *name, size_t len,
                     const sc_act_law *r, const sc_hist_law *in)
{
    int ov = r->stat_volume, op = (int)r->stat_page;
    if (ov <= 0 || op <= 0 || (ov == v && op == p))
        return 0;
    const sc_hist_law *all[8], *own[1] = { NULL };
    int m = row_chapters(r, all);
    for (int q = 0; q < m; q++)
        if (all[q]->volume == ov && all[q]->page == op)
            own[0] = all[q]; /* (the one that begins on its page) */
    for (int q = 0, k = 0; q < m; q++)
        if (all[q]->volume == ov && all[q]->page == op && ++k > 1)
            return 0; /* two begin there: which? */
    if (!own[0])
        return 0;
    /* (a volume slip only where one dated law holds the page: else the
     * caller's warning says so -- whatever holds it, or nothing on record) */
    int volume = in && ov != v && op == p && (ov - v <= 2 && v - ov <= 2);
    /* (a page near its own, or its own with a digit slipped: "Naval Stores
     * Act, 42 Stat. 1453", at 1435) */
    int page = ov == v && ((op > p ? op - p : p - op) <= 15 || sc_one_slip(op, p)) &&
               !sc_hist_holds(own[0], v, p);
    if (!volume && !page)
        return 0;
    char when[40] = "", at[40], sugg[200];
    if (in)
        sc_fmt_date(in->date, when, sizeof when);
    sc_fmt_date(own[0]->date, at, sizeof at);
    own_law(r, name, len, sugg, sizeof sugg); /* (its Public Law number too, when it has one) */
    if (!sugg[0])
        sc_fmt(sugg, sizeof sugg, "the %.*s is ch. %d of %s, at %d Stat. %d", (int)len, name,
               own[0]->number, at, ov, op);
    if (!in) /* (no law on record holds the page: the volume's gaps) */
        sc_emit(d, c, SC_ERROR, SC_D_ACT_NAME_MISMATCH, sugg,
                "%d Stat. %d is not in the %.*s, which begins at %d Stat. %d", v, p, (int)len,
                name, ov, op);
    else
        sc_emit(d, c, SC_ERROR, SC_D_ACT_NAME_MISMATCH, sugg,
                "%d Stat. %d is not in the %.*s, which begins at %d Stat. %d: that page is in ch. "
                "%d of the %d%s Congress (%s)",
                v, p, (int)len, name, ov, op, in->number, in->congress, SC_ORD(in->congress), when);
    return 1;
}

/* The year a name of an Act ends with ("... Act of 1954", "..., 1930"),
 * or 0. */
static int name_year(const char *n)
{
    size_t k = strlen(n);
    if (k < 4 || !sc_isdigit((uint8_t)n[k - 1]) || !sc_isdigit((uint8_t)n[k - 4]) ||
        (k > 4 && sc_isdigit((uint8_t)n[k - 5])))
        return 0;
    return (n[k - 4] - '0') * 1000 + (n[k - 3] - '0') * 100 + (n[k - 2] - '0') * 10 + (n[k - 1] - '0');
}

/* How many names the Code's notes (or the public-law table) give old law
 * @p l -- by its public-law number, else (with @p chapters) by its date and
 * chapter -- and in *its the one to call it by: not one with a later year
 * than its own when another has none or its own ("Atomic Energy Act of
 * 1954" is the Act of 1946 as the Act of 1954 restated it: the Act of
 * August 1, 1946 is the "Atomic Energy Act of 1946"). */
static int old_law_names(const sc_hist_law *l, int chapters, const char **its)
{
    const char *all[8];
    int n = l->publ ? sc_law_names(l->congress, l->publ, all, 8) : 0;
    if (!n && chapters)
        n = sc_chapter_names(l->date, l->number, all, 8);
    *its = n ? all[0] : NULL;
    int y = l->date / 10000;
    for (int i = 1; i < n && i < 8 && y > 0 && name_year(*its) > y; i++)
        if (name_year(all[i]) <= y)
            *its = all[i];
    return n;
}

/* Did a law of the name's rows (@p nr of them) get amended by @p l, as the
 * Code's credits say (data/act_amendments.tsv: numbered laws, and the
 * 57th-81st Congresses' Acts by their public-law numbers)? */
static int amends_named(const sc_act_law *rows, int nr, const char *name, size_t len,
                        const sc_hist_law *l)
{
    for (int i = 0; i < nr; i++) {
        int a = rows[i].number > 0 ? sc_act_of_law(rows[i].congress, rows[i].number)
                                   : sc_act_lookup(name, len);
        if (a >= 0 && l->publ && sc_act_amended_by(a, l->congress, l->publ))
            return 1;
    }
    return 0;
}

/* The page is in none of the name's laws but in a later law or laws (the
 * @p nat of @p at): that law may have amended the Act -- the Code's notes
 * name the amending laws of sections still in the Code only -- so a
 * warning, not an error, unless the notes do name one of them as amending
 * it (then nothing).  The name's laws must all be known to lie elsewhere
 * (the caller's row_is() said 0 for each), and one of them, whose own
 * page the fix gives.  1 when reported. */
/* Was law @p l surely enacted on day @p first or after?  Its date says so,
 * unless the sources dispute it; then the chapter before it in its session
 * (chapters are numbered as they are approved) was, undisputed. */
static int surely_not_before(const sc_hist_law *l, int32_t first)
{
    if (!l->date)
        return 0;
    if (!(l->flags & SC_HIST_DATE_DISPUTED))
        return l->date >= first;
    const sc_hist_law *prev = l->kind <= SC_HIST_PRIVATE && l->number > 1
                                  ? sc_hist_chapter(l->congress, l->session, l->number - 1)
                                  : NULL;
    return prev && prev->date && !(prev->flags & SC_HIST_DATE_DISPUTED) && prev->date >= first;
}

static int later_page(sc_doc_state *d, sc_citation *c, int v, int p, const char *name,
                      size_t len, const sc_act_law *rows, int nr, const sc_hist_law *const *at,
                      int nat, int32_t first)
{
    if (nr != 1 || first <= 0 || nat <= 0)
        return 0;
    const sc_hist_law *l = NULL; /* the one that begins on the page, else the first */
    int starts = 0; /* a law begins on the page: it is the page's (one that ends
                     * there, of the name's day or before, is not) */
    for (int j = 0; j < nat; j++)
        starts |= at[j]->page == p;
    int nlater = 0, same = 0; /* (same: one of the name's day -- another chapter, that
                               * amended none of it: "Fair Labor Standards Act of 1938,
                               * 52 Stat. 1164", two laws of June 25, 1938 beginning
                               * there) */
    for (int j = 0; j < nat; j++) {
        if (starts && at[j]->page != p)
            continue;
        nlater++;
        if (!surely_not_before(at[j], first) || (at[j]->date == first && !starts) ||
            amends_named(rows, nr, name, len, at[j]))
            return 0; /* not later, or not surely, or an amending law (one of the
                       * name's day that only runs onto the page may be its own) */
        same |= at[j]->date == first;
        if (!l || (at[j]->page == p && l->page != p))
            l = at[j];
    }
    char given[48], sugg[200], law[160];
    sc_fmt_date(l->date, given, sizeof given);
    own_law(&rows[0], name, len, sugg, sizeof sugg);
    const char *its = NULL;
    int named = old_law_names(l, l->kind <= SC_HIST_PRIVATE, &its);
    if (named && its) /* (a name the tables begin with "The": "The 1872 Mining Act") */
        sc_fmt(law, sizeof law, "%s%s (ch. %d of the %d%s Congress, %s)",
               strncmp(its, "The ", 4) == 0 ? "" : "the ", its, l->number, l->congress,
               SC_ORD(l->congress), given);
    else
        sc_fmt(law, sizeof law, "%s %d of the %d%s Congress (%s)",
               l->kind <= SC_HIST_PRIVATE ? "ch." : "no.", l->number, l->congress,
               SC_ORD(l->congress), given);
    if (nlater > 1)
        sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_MISMATCH, sugg[0] ? sugg : NULL,
                "%d Stat. %d is not in the %.*s: the %d laws that %s that page, %s among "
                "them, are %s, and the Code's notes name none of them as amending it",
                v, p, (int)len, name, nlater, starts ? "begin on" : "hold", law,
                same ? "of its day or later" : "later");
    else
        sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_MISMATCH, sugg[0] ? sugg : NULL,
                "%d Stat. %d is not in the %.*s: it is %s page of %s, a %s the Code's "
                "notes do not name as amending it",
                v, p, (int)len, name, l->page == p ? "the first" : "a", law,
                same ? "law of its day" : "later law");
    return 1;
}

void sc_check_old_page_name(sc_doc_state *d, sc_citation *c, int v, int p, const char *name,
                            size_t len, int part)
{
    size_t past = sc_past_signal((const uint8_t *)name, 0, len); /* "See the X Act" */
    name += past;
    len -= past;
    const sc_hist_law *at[SC_HIST_SAME_PAGE_MAX];
    int nat = sc_hist_holding(v, p, at, SC_HIST_SAME_PAGE_MAX);
    if (nat >= SC_HIST_SAME_PAGE_MAX)
        return;
    sc_act_law rows[8];
    int nr = sc_act_name_laws(name, len, rows, 8);
    if (nr == 0) {
        /* unknown: its year a slip for the Act whose chapter holds the
         * page ("Securities Exchange Act of 1933, 48 Stat. 881")? */
        int y, act = sc_act_year_slip(name, len, &y), ch;
        int32_t date;
        if (act >= 0 && sc_act_chapter(act, &date, &ch))
            for (int j = 0; j < nat; j++)
                if (at[j]->kind == SC_HIST_CHAPTER && at[j]->number == ch && at[j]->date == date) {
                    sc_check_name_year_slip(d, c, (const uint8_t *)name, 0, len, act, y, 0);
                    break;
                }
        return;
    }
    if (nr < 0 || nr > 4)
        return; /* a name many laws share */
    int inside = 0; /* the page is in a law of the name, or may be */
    for (int j = 0; j < nat; j++)
        for (int i = 0; i < nr; i++)
            inside |= row_is(&rows[i], at[j]) != 0;
    if (!inside && nr == 1) {
        /* the law that holds the page: the one that begins on it, else the
         * one that holds it alone */
        const sc_hist_law *in = nat == 1 ? at[0] : NULL;
        for (int j = 0; j < nat; j++)
            if (at[j]->page == p)
                in = in && in->page == p && in != at[j] ? NULL : at[j];
        if (page_slip(d, c, v, p, name, len, &rows[0], in && in->date ? in : NULL))
            return; /* (or no one law holds it: a page near the Act's own, "Randolph-
                     * Sheppard Act, 49 Stat. 1569", where two resolutions begin) */
        int ov = rows[0].stat_volume;
        if (ov > 0 && ov != v && (int)rows[0].stat_page == p && ov - v <= 2 && v - ov <= 2) {
            /* the page the one law of the name begins on, in a volume one
             * or two away, whatever holds it in the volume cited, or
             * nothing on record ("Oklahoma Welfare Act (50 Stat. 1967)": 49
             * Stat. 1967) */
            char sugg[200];
            own_law(&rows[0], name, len, sugg, sizeof sugg);
            sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_MISMATCH, sugg[0] ? sugg : NULL,
                    "%d Stat. %d is not in the %.*s, which begins at %d Stat. %d", v, p,
                    (int)len, name, ov, p);
            return;
        }
    }
    if (nat <= 0 && nr == 1 && rows[0].stat_volume == v && (int)rows[0].stat_page > p &&
        sc_hist_next_page(v, 0) > p && sc_hist_next_page(v, 0) <= 5) {
        /* a page of the volume's front matter, before its first law on
         * record when that law begins on one of its first pages (check_historic.c
         * says so of a chapter's): "Employment Act of 1946, 60 Stat. 2" */
        char sugg[200];
        own_law(&rows[0], name, len, sugg, sizeof sugg);
        sc_emit(d, c, SC_WARNING, SC_D_ACT_NAME_MISMATCH, sugg[0] ? sugg : NULL,
                "%d Stat. %d is in no law: the laws of volume %d begin at page %d, and the %.*s "
                "at page %d",
                v, p, v, sc_hist_next_page(v, 0), (int)len, name, (int)rows[0].stat_page);
        return;
    }
    if (nat <= 0)
        return;
    const sc_hist_law *l = NULL, *in = NULL; /* the act that begins on the page; one
                                              * that holds it */
    int32_t first = 0; /* the earliest day a law of the name was enacted */
    for (int i = 0; i < nr; i++)
        if (!rows[i].enacted)
            first = -1;
        else if (first >= 0 && (!first || rows[i].enacted < first))
            first = rows[i].enacted;
    int acts = 0, begin = 0, all_before = first > 0; /* (every law that holds the page
                                                       * enacted before) */
    const sc_hist_law *latest = NULL;
    for (int j = 0; j < nat; j++) {
        for (int i = 0; i < nr; i++)
            if (row_is(&rows[i], at[j]) != 0)
                return; /* the page is in the named law, or may be */
        /* (or of the same day, other chapters: a law of the name's day
         * amended none of it -- "Fair Labor Standards Act of 1938, 52
         * Stat. 1164", a page of three other laws of June 25, 1938) */
        if (!at[j]->date || at[j]->date > first || (at[j]->flags & SC_HIST_DATE_DISPUTED))
            all_before = 0;
        else if (!latest || at[j]->date > latest->date)
            latest = at[j];
        if (at[j]->kind > SC_HIST_PRIVATE)
            continue;
        acts++;
        if (at[j]->page == p)
            begin++, l = l ? l : at[j];
        else
            in = in ? in : at[j];
    }
    int several = begin > 1 || (!begin && acts > 1);
    if (several && all_before && latest) {
        /* several laws hold it (a page of one-page Acts), all enacted before
         * any law of the name ("Housing Act of 1950, 63 Stat. 48") */
        char given[48], sugg[200];
        sc_fmt_date(latest->date, given, sizeof given);
        own_law(&rows[0], name, len, sugg, sizeof sugg);
        sc_emit(d, c, SC_ERROR, SC_D_ACT_NAME_MISMATCH, sugg[0] ? sugg : NULL,
                "%d Stat. %d is a page of %d laws of the %d%s Congress, the last of %s, all "
                "enacted %s the %.*s",
                v, p, nat, latest->congress, SC_ORD(latest->congress), given,
                latest->date == first ? "on or before the day of" : "before", (int)len, name);
        return;
    }
    if (several) {
        /* two begin there, or hold it: whose? (one that begins there is the
         * page's, not one that ends there) -- none of the name's, at least */
        if (!part)
            later_page(d, c, v, p, name, len, rows, nr, at, nat, first);
        return;
    }
    /* a page inside a law may be a part of it that amended the named Act
     * (title II of the Act of August 26, 1935 at 49 Stat. 838, the Federal
     * Power Act's Parts II and III): only a law's first page is its own,
     * or a page of a law enacted before any of the name ("Social Security
     * Act ... 48 Stat. 620", a page of April 26, 1934) */
    if (!l && in && first > 0 && in->date && !(in->flags & SC_HIST_DATE_DISPUTED) &&
        in->date < first)
        l = in;
    if (!l) {
        if (!part)
            later_page(d, c, v, p, name, len, rows, nr, at, nat, first);
        return;
    }
    /* (or of the same day, when it begins on the page: a law of the name's
     * day amended none of it) */
    int before = first > 0 && l->date &&
                 (l->date < first || (l->date == first && l->page == p)) &&
                 !(l->flags & SC_HIST_DATE_DISPUTED);
    /* a later law's first page: it may have amended or renamed the named
     * Act ("the Puerto Rican Federal Relations Act (64 Stat. 319)", the Act
     * of July 3, 1950 that renamed the Act of 1917) -- unless the Code's
     * notes give it a name of its own ("Indian Reorganization Act, 48 Stat.
     * 1269", the Taylor Grazing Act's first page) */
    const char *its = NULL;
    int named = old_law_names(l, !before || l->kind <= SC_HIST_PRIVATE, &its);
    if (!before && !named) {
        if (!part)
            later_page(d, c, v, p, name, len, rows, nr, at, nat, first);
        return;
    }
    if (amends_named(rows, nr, name, len, l))
        return; /* a law that amended the named Act */
    char given[48], sugg[200];
    sc_fmt_date(l->date, given, sizeof given);
    own_law(&rows[0], name, len, sugg, sizeof sugg);
    char law[160];
    if (named && its)
        sc_fmt(law, sizeof law, "%s%s (ch. %d of the %d%s Congress, %s)",
               strncmp(its, "The ", 4) == 0 ? "" : "the ", its, l->number, l->congress,
               SC_ORD(l->congress), given);
    else
        sc_fmt(law, sizeof law, "ch. %d of the %d%s Congress (%s)", l->number, l->congress,
               SC_ORD(l->congress), given);
    if (l->page != p)
        sc_emit(d, c, SC_ERROR, SC_D_ACT_NAME_MISMATCH, sugg[0] ? sugg : NULL,
                "%d Stat. %d is a page of %s, from %d Stat. %d, enacted before the %.*s", v, p,
                law, v, l->page, (int)len, name);
    else
        sc_emit(d, c, SC_ERROR, SC_D_ACT_NAME_MISMATCH, sugg[0] ? sugg : NULL,
                "%d Stat. %d is the first page of %s, not of the %.*s", v, p, law, (int)len, name);
}
