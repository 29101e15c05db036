/*
 * check_amended.c -- a law said to amend another that it cannot have
 * amended, for it was enacted first (law-amended-before): "Pub. L. No.
 * 101-336, 104 Stat. 327, as amended by Pub. L. No. 100-430" (100-430,
 * September 13, 1988, is older than the Americans with Disabilities Act of
 * July 26, 1990); "Pub. L. 99-514, amending Pub. L. 101-336".  Read: a
 * law, its page, pins and date, then "as amended by" (or "amended by", "as
 * added by", "amending") and the next law of the entry, an Act's name or a
 * section pin at most between -- each law of a list after the verb too --
 * or an Act named as the amending law, no law of its own cited.  The fix,
 * when the Code's credits show one law amending the first law's Act one
 * slip from the one written and enacted after it.
 */
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "ref_acts.h"

/* Is the token b[q..te) a law's pin or date: a number ("7,", "1964",
 * "931(b)(5)"), a section sign's ("§ 931(b)(5)"), a month, a part's word
 * ("title", "div.", "subtitle") or a part's numeral or letter ("VII",
 * "A")? */
static int pin_or_date(const uint8_t *b, size_t q, size_t te)
{
    static const struct {
        const char *w;
        size_t n;
    } words[] = { { "Jan.", 4 },      { "Feb.", 4 },     { "Mar.", 4 },      { "Apr.", 4 },
                  { "May", 3 },       { "June", 4 },     { "July", 4 },      { "Aug.", 4 },
                  { "Sept.", 5 },     { "Oct.", 4 },     { "Nov.", 4 },      { "Dec.", 4 },
                  { "January", 7 },   { "February", 8 }, { "March", 5 },     { "April", 5 },
                  { "August", 6 },    { "September", 9 }, { "October", 7 },  { "November", 8 },
                  { "December", 8 },  { "title", 5 },    { "div.", 4 },      { "subtitle", 8 },
                  { "sec.", 4 } };
    size_t n = te - q;
    if (n == 0)
        return 0;
    if (sc_isdigit(b[q]) || (n >= 2 && b[q] == 0xc2 && b[q + 1] == 0xa7))
        return 1; /* a number, "§ 931(b)(5)", "§§" */
    size_t k = q;
    while (k < te && sc_isupper(b[k]))
        k++;
    if (k == te && n <= 5)
        return 1; /* a part's numeral or letter: "VII", "A" */
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        if (words[w].n == n && words[w].w[0] == b[q] && memcmp(b + q, words[w].w, n) == 0)
            return 1;
    return 0;
}

/* Is b[from..to) an Act's name and a section pin at most ("the ADA
 * Amendments Act of 2008, ", "section 5 of "): capitalized words, their
 * small connectors, years, commas -- no sentence's end, no bracket
 * closed, no other verb? */
static int name_words(const uint8_t *b, size_t from, size_t to)
{
    static const char *const small[] = { "the", "of", "and", "for", "to", "on", "in", "a",
                                         "an", "section", "sec.", "title", "at", NULL };
    size_t q = from;
    while (q < to) {
        if (b[q] == ' ' || b[q] == ',' || b[q] == '-' || b[q] == '\'') {
            q++;
            continue;
        }
        size_t we = q;
        while (we < to && b[we] != ' ' && b[we] != ',')
            we++;
        int ok = sc_isupper(b[q]) || sc_isdigit(b[q]) || b[q] == 0xc2 /* § */ ||
                 (b[q] == '(' && b[we - 1] == ')' && we - q <= 6); /* a pin's "(a)" */
        for (const char *const *w = small; *w && !ok; w++)
            ok = strlen(*w) == we - q && memcmp(b + q, *w, we - q) == 0;
        if (!ok)
            return 0;
        for (size_t k = q; k < we; k++)
            if (b[k] == ';' || (b[k] == ')' && b[q] != '('))
                return 0;
        /* (a sentence's end: a word's period, but an initial's or "sec.") */
        if (b[we - 1] == '.' && we - q > 2 && !(we - q == 4 && memcmp(b + q, "sec.", 4) == 0))
            return 0;
        q = we;
    }
    return 1;
}

/* The one law of the Code's credits that amended law @p a's Act, one slip
 * from Public Law @p cong - @p num (its number's digits, or its
 * Congress's) and enacted after @p a: 1 with it in *fc, *fn; else 0. */
static int amending_slip(const sc_ref_law *a, int cong, int num, int *fc, int *fn)
{
    int act = sc_act_of_law(a->congress, (int)a->number), found = 0;
    if (act < 0)
        return 0;
    act = sc_act_whole(act);
    /* (the Act's amending laws, each compared: a few dozen at most) */
    int c, n, at = 0;
    while (sc_act_next_amender(act, &at, &c, &n)) {
        if (!((c == cong && n != num && sc_one_slip(num, n)) ||
              (n == num && c != cong && sc_one_slip(cong, c))))
            continue;
        const sc_ref_law *l = sc_ref_public_law(c, n);
        if (!l || l->enacted <= a->enacted)
            continue;
        if (found++)
            return 0;
        *fc = c;
        *fn = n;
    }
    return found == 1;
}

/* The verb right after law @p i, before @p to, with only its pages and
 * pins (the entry's citations that follow it), blanks, commas, a bracket,
 * a pin's or date's words (pin_or_date()) and "as", "which", "was",
 * "later", "subsequently" between, at most 48 bytes past the law or its
 * last page ("Pub. L. 88-277, Mar. 7, 1964, 78 Stat. 153, as amended by")
 * -- "amended by" (the next law amended it), "amending" (it amended the
 * next: *amending) or "as added by": where it begins, its length in *vl;
 * else SIZE_MAX.  One walk of those few bytes: most laws are followed by
 * none. */
static size_t verb_after_law(const sc_entry *e, int i, size_t to, size_t *vl, int *amending)
{
    static const struct {
        const char *w;
        uint8_t n, amending;
    } verbs[] = { { "amended by ", 11, 0 }, { "amending ", 9, 1 }, { "as added by ", 12, 0 } };
    static const struct {
        const char *w;
        size_t n;
    } words[] = { { "as", 2 }, { "which", 5 }, { "was", 3 }, { "later", 5 }, { "subsequently", 12 } };
    const uint8_t *b = e->w->buf;
    size_t q = e->ce[i], lim = q + 48 < to ? q + 48 : to;
    int k = i + 1; /* the next of the law's pages and pins, while they run on */
    *amending = 0;
    while (q < lim) {
        if (b[q] == ' ' || b[q] == ',' || b[q] == '(') {
            q++;
            continue;
        }
        if (k < e->n && e->cs[k] == q && (e->kind[k] & (SC_EK_IN | SC_EK_LAW)) == SC_EK_IN &&
            e->ce[k] <= to) {
            q = e->ce[k++]; /* (its page or pin: passed over, 48 bytes more after it) */
            lim = q + 48 < to ? q + 48 : to;
            continue;
        }
        for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++)
            if (q + verbs[v].n <= to && memcmp(b + q, verbs[v].w, verbs[v].n) == 0) {
                *vl = verbs[v].n;
                *amending = verbs[v].amending;
                return q;
            }
        size_t te = q;
        while (te < to && b[te] != ' ' && b[te] != ',')
            te++;
        int ok = 0;
        for (size_t w = 0; w < sizeof words / sizeof words[0] && !ok; w++)
            ok = words[w].n == te - q && memcmp(b + q, words[w].w, te - q) == 0;
        if (!ok && !pin_or_date(b, q, te))
            return SIZE_MAX;
        q = te;
        if (k < e->n && e->cs[k] < q)
            k = e->n; /* (a citation inside a word: the pages have ended) */
    }
    return SIZE_MAX;
}

/* Law @p i (enacted @p row->enacted) "amended by" an Act the entry names
 * right after the verb, no law of its own cited between -- "Pub. L. No.
 * 88-352, 78 Stat. 241, as amended by the Equal Employment Opportunity Act
 * of 1962": the one law the name designates, enacted before it; or, a name
 * the tables do not know, its year two or more before the law's (an Act
 * named for a year is enacted in it or the next). */
static void named_amender(sc_doc_state *d, sc_entry *e, int i, const sc_ref_law *row, size_t to)
{
    const uint8_t *b = e->w->buf;
    size_t vl = 0;
    int amending;
    size_t at = verb_after_law(e, i, to, &vl, &amending);
    if (at == SIZE_MAX || amending)
        return;
    size_t ns = at + vl;
    if (ns + 4 <= to && memcmp(b + ns, "the ", 4) == 0)
        ns += 4;
    sc_entry_need_names(e); /* (the entry's bounds and names, read now) */
    for (int k = 0; k < e->nname; k++) {
        const sc_name_fact *f = &e->name[k];
        if (f->so != ns && f->alt_so != ns)
            continue;
        const sc_ref_law *const *rows;
        int n = sc_entry_name_laws(e, k, &rows);
        char wo[40], wn[40];
        sc_fmt_date(row->enacted, wo, sizeof wo);
        if (n == 1 && rows[0]->enacted && rows[0]->enacted < row->enacted) {
            sc_fmt_date(rows[0]->enacted, wn, sizeof wn);
            sc_emit(d, &e->c[i], SC_ERROR, SC_D_LAW_AMENDED_BEFORE, NULL,
                    "the %.*s (Public Law %d-%d, %s) cannot have %s Public Law %d-%d, enacted "
                    "after it (%s)",
                    (int)(f->eo - f->so), (const char *)b + f->so, rows[0]->congress,
                    (int)rows[0]->number, wn, vl == 12 ? "added to" : "amended",
                    e->c[i].congress, e->c[i].number, wo);
        } else if (n <= 0 && f->year && !f->fiscal && f->year + 1 < row->enacted / 10000) {
            sc_emit(d, &e->c[i], SC_ERROR, SC_D_LAW_AMENDED_BEFORE, NULL,
                    "the %.*s cannot have %s Public Law %d-%d, enacted after it (%s): an Act "
                    "named for %d is older",
                    (int)(f->eo - f->so), (const char *)b + f->so,
                    vl == 12 ? "added to" : "amended", e->c[i].congress, e->c[i].number, wo,
                    f->year);
        }
        return;
    }
}

/* Is there a verb's " by " or "amending" in b[from..to)?  Most laws have
 * neither in the bytes after them: two vector searches (for 'y' and 'g')
 * before any walk. */
static int verb_near(const uint8_t *b, size_t from, size_t to)
{
    const uint8_t *end = b + to;
    for (const uint8_t *p = b + from; (p = memchr(p, 'y', (size_t)(end - p))) != NULL; p++)
        if (p >= b + from + 2 && p[-1] == 'b' && p[-2] == ' ')
            return 1;
    for (const uint8_t *p = b + from; (p = memchr(p, 'g', (size_t)(end - p))) != NULL; p++)
        if (p >= b + from + 7 && memcmp(p - 7, "amending", 8) == 0)
            return 1;
    return 0;
}

/* The amending law @p newer (at e->c[@p at]), enacted after the law
 * @p lo it is said to amend, but not among those the Code's credits show
 * amending lo's Act, while exactly one of those is one slip from it ("Pub.
 * L. 101-336, as amended by Pub. L. 110-235": 110-325, the ADA Amendments
 * Act of 2008): law-amender-slip, a warning (a law may amend what the Code
 * does not classify; a slip to the one that did is likelier). */
static void amender_slip(sc_doc_state *d, sc_entry *e, int at, int old_i, const sc_ref_law *lo,
                         const sc_citation *newer)
{
    /* not when the entry dates the amending law or gives its page, and they
     * are its own (the number stands confirmed: "Pub. L. 112-81, § 631(f),
     * Dec. 31, 2011, 125 Stat. 1465"), nor when a section pin follows the
     * law amended ("Pub. L. 107-314, div. A, title VI, § 621(c), ..., as
     * amended by": a provision the Code may set out as a note, whose
     * amendments no section's credit names) */
    const sc_ref_law *ln = sc_law_row(newer);
    int dk = e->date_of[at], sk = e->stat_of[at];
    if ((dk >= 0 && e->date[dk].ymd == ln->enacted) ||
        (sk >= 0 && e->c[sk].type == SC_STAT && sc_atol(e->c[sk].volume) == ln->stat_volume &&
         sc_atol(e->c[sk].pages) == ln->stat_page))
        return;
    const uint8_t *b = e->w->buf;
    size_t pin_lo = e->ce[old_i], pin_hi = pin_lo + 80 < e->w->len ? pin_lo + 80 : e->w->len;
    if (at > old_i && e->cs[at] < pin_hi) /* (before the amending law: not its own pins) */
        pin_hi = e->cs[at] > pin_lo ? e->cs[at] : pin_lo;
    if (sc_find_text(b + pin_lo, pin_hi - pin_lo, "\xc2\xa7", 2) ||
        sc_find_text(b + pin_lo, pin_hi - pin_lo, "sec.", 4))
        return;
    int act = sc_act_of_law(lo->congress, (int)lo->number), fc, fn;
    if (act < 0 || sc_act_amended_by(act = sc_act_whole(act), newer->congress, newer->number) ||
        !amending_slip(lo, newer->congress, newer->number, &fc, &fn))
        return;
    char wf[40], sugg[192], aname[160] = "";
    sc_fmt_date(sc_ref_public_law(fc, fn)->enacted, wf, sizeof wf);
    if (sc_act_named(act))
        sc_fmt(aname, sizeof aname, " (the %s)", sc_act_name(act));
    sc_fmt(sugg, sizeof sugg, "write Public Law %d-%d (%s), which the Code's credits show amending it",
           fc, fn, wf);
    sc_emit(d, &e->c[at], SC_WARNING, SC_D_LAW_AMENDER_SLIP, sugg,
            "the Code's credits show Public Law %d-%d amending no section of Public Law %d-%d%s; "
            "Public Law %d-%d, one slip from it, amended it",
            newer->congress, newer->number, lo->congress, (int)lo->number, aname, fc, fn);
}

/* Laws @p i and @p j (the next law of the entry, the verb at b[at..] of
 * @p vl bytes between): the amending one enacted first is the finding --
 * or, enacted after, one the Code's credits do not show amending the other
 * law's Act when one slip from it does (amender_slip()). */
static void law_pair(sc_doc_state *d, sc_entry *e, int i, int j, size_t vl, int amending)
{
    const sc_citation *older = &e->c[amending ? j : i], *newer = &e->c[amending ? i : j];
    const sc_ref_law *lo = sc_law_row(older), *ln = sc_law_row(newer);
    if (!lo || !ln || !lo->enacted || !ln->enacted)
        return;
    if (ln->enacted >= lo->enacted) {
        if (vl != 12) /* (not "as added by") */
            amender_slip(d, e, amending ? i : j, amending ? j : i, lo, newer);
        return;
    }
    char wo[40], wn[40], sugg[192] = "";
    sc_fmt_date(lo->enacted, wo, sizeof wo);
    sc_fmt_date(ln->enacted, wn, sizeof wn);
    int fc, fn;
    if (amending_slip(lo, newer->congress, newer->number, &fc, &fn)) {
        char wf[40];
        sc_fmt_date(sc_ref_public_law(fc, fn)->enacted, wf, sizeof wf);
        sc_fmt(sugg, sizeof sugg,
               "write Public Law %d-%d (%s), which the Code's credits show amending it", fc, fn,
               wf);
    }
    sc_emit(d, &e->c[amending ? i : j], SC_ERROR, SC_D_LAW_AMENDED_BEFORE, sugg[0] ? sugg : NULL,
            "Public Law %d-%d (%s) cannot have %s Public Law %d-%d, enacted after it (%s)",
            newer->congress, newer->number, wn, vl == 12 ? "added to" : "amended",
            older->congress, older->number, wo);
}

/* The laws listed after law @p j, the first that amended law @p l ("as
 * amended by Pub. L. 94-499, Pub. L. 95-XXX and Pub. L. 96-YYY"): each
 * joined to the one before by ", ", " and " or ", and " (its page and
 * pins passed over) amended law l too. */
static void listed_amenders(sc_doc_state *d, sc_entry *e, int l, int j, size_t vl)
{
    const uint8_t *b = e->w->buf;
    for (int k = j + 1; k < e->n; k++) {
        if (!(e->kind[k] & SC_EK_IN))
            return;
        size_t q = e->ce[j];
        if (!(e->kind[k] & SC_EK_LAW)) { /* (the last one's page or pin) */
            if (e->cs[k] < q || e->cs[k] > q + 3)
                return;
            continue;
        }
        for (int p = j + 1; p < k; p++)
            q = e->ce[p] > q ? e->ce[p] : q;
        size_t gap = e->cs[k] > q ? e->cs[k] - q : 0;
        if (!((gap == 2 && memcmp(b + q, ", ", 2) == 0) ||
              (gap == 5 && memcmp(b + q, " and ", 5) == 0) ||
              (gap == 6 && memcmp(b + q, ", and ", 6) == 0)) ||
            e->c[k].type != SC_PUBLIC_LAW)
            return;
        law_pair(d, e, l, k, vl, 0);
        j = k;
    }
}

void sc_check_amended(sc_doc_state *d, sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    /* each law in turn, the entry's next law j after it (if any) */
    int i = -1;
    for (int j = 0; j <= e->n; j++) {
        if (j < e->n && ((e->kind[j] & (SC_EK_LAW | SC_EK_IN)) != (SC_EK_LAW | SC_EK_IN) ||
                         e->c[j].type != SC_PUBLIC_LAW))
            continue; /* (the kinds first: a citation's record is large) */
        int l = i;
        i = j;
        if (l < 0)
            continue;
        size_t to = e->ce[l] + 300 < e->w->len ? e->ce[l] + 300 : e->w->len;
        if (j < e->n && e->cs[j] < to)
            to = e->cs[j] > e->ce[l] ? e->cs[j] : e->ce[l];
        size_t near = e->ce[l] + 110 < to ? e->ce[l] + 110 : to;
        if (near <= e->ce[l] || !verb_near(b, e->ce[l], near))
            continue;
        size_t vl = 0;
        int amending = 0;
        size_t at = verb_after_law(e, l, to, &vl, &amending);
        if (at == SIZE_MAX)
            continue;
        if (j < e->n && e->cs[j] == to && name_words(b, at + vl, to)) {
            law_pair(d, e, l, j, vl, amending); /* "X, as amended by Pub. L. Y" */
            if (!amending)
                listed_amenders(d, e, l, j, vl); /* "... Pub. L. Y and Pub. L. Z" */
        }
        else if (!amending) {
            const sc_ref_law *row = sc_law_row(&e->c[l]);
            if (row && row->enacted)
                named_amender(d, e, l, row, to); /* "X, as amended by the Y Act of 1962" */
        }
    }
}
