/*
 * check_amended.c -- a law said to amend another that it cannot have
 * amended, for it was enacted first (law-amended-before): "Pub. L. No.
 * 101-336, 104 Stat. 327, as amended by Pub. L. No. 100-430" (100-430,
 * September 13, 1988, is older than the Americans with Disabilities Act of
 * July 26, 1990); "Pub. L. 99-514, amending Pub. L. 101-336".  Read: a
 * law, its page and pins, then "as amended by" (or "amended by", "as added
 * by", "amending") and the next law of the entry, an Act's name or a section pin at most
 * between.  The fix, when the Code's credits show one law amending the
 * first law's Act one slip from the one written and enacted after it.
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
    static const char *const words[] = { "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July",
                                         "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "January",
                                         "February", "March", "April", "August", "September",
                                         "October", "November", "December", "title", "div.",
                                         "subtitle", "sec.", "§", "§§", NULL };
    if (sc_isdigit(b[q]) || (te - q >= 2 && b[q] == 0xc2 && b[q + 1] == 0xa7))
        return 1;
    for (const char *const *w = words; *w; w++)
        if (strlen(*w) == te - q && memcmp(b + q, *w, te - q) == 0)
            return 1;
    size_t k = q;
    while (k < te && sc_isupper(b[k]))
        k++;
    return k == te && te - q <= 5;
}

/* Is b[from..to) -- the text between two citations, the citations of the
 * entry inside it (pages, pins) passed over -- nothing but blanks, commas,
 * an opening bracket, the law's pins and date (pin_or_date()) and @p words
 * (each ending in a blank)? */
static int only_words(const sc_entry *e, size_t from, size_t to, const char *const *words)
{
    const uint8_t *b = e->w->buf;
    size_t q = from;
    while (q < to) {
        int passed = 0;
        if (b[q] >= '0' && b[q] <= '9') /* (a citation begins with its number) */
            for (int k = 0; k < e->n && !passed; k++)
                if ((e->kind[k] & SC_EK_IN) && e->cs[k] == q && e->ce[k] <= to) {
                    q = e->ce[k];
                    passed = 1;
                }
        if (passed)
            continue;
        if (b[q] == ' ' || b[q] == ',' || b[q] == '(') {
            q++;
            continue;
        }
        for (const char *const *w = words; *w && !passed; w++) {
            size_t n = strlen(*w);
            if (q + n <= to && memcmp(b + q, *w, n) == 0) {
                q += n;
                passed = 1;
            }
        }
        if (passed)
            continue;
        size_t te = q; /* the token: to a blank or a comma */
        while (te < to && b[te] != ' ' && b[te] != ',')
            te++;
        if (!pin_or_date(b, q, te))
            return 0;
        q = te;
    }
    return 1;
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
    for (int side = 0; side < 2; side++) {
        int v = side ? cong : num, lo = 1, hi = side ? 200 : 9999;
        for (int w = lo; w <= hi; w++) {
            if (w == v || !sc_one_slip(v, w))
                continue;
            int c = side ? w : cong, n = side ? num : w;
            const sc_ref_law *l = sc_ref_public_law(c, n);
            if (!l || l->enacted <= a->enacted || !sc_act_amended_by(act, c, n))
                continue;
            if (found++)
                return 0;
            *fc = c;
            *fn = n;
        }
    }
    return found == 1;
}

void sc_check_amended(sc_doc_state *d, sc_entry *e)
{
    static const char *const before_by[] = { "as ", "which ", "was ", "later ",
                                             "subsequently ", NULL };
    const uint8_t *b = e->w->buf;
    int last = -1; /* the entry's law before law j */
    for (int j = 0; j < e->n; j++) {
        if ((e->kind[j] & (SC_EK_LAW | SC_EK_IN)) != (SC_EK_LAW | SC_EK_IN) ||
            e->c[j].type != SC_PUBLIC_LAW)
            continue; /* (the kinds first: a citation's record is large) */
        int i = last;
        last = j;
        if (i < 0 || e->cs[j] <= e->ce[i] || e->cs[j] - e->ce[i] > 200)
            continue;
        /* the verb: "amended by" (the next law amended this one) or
         * "amending" (this one amended the next) */
        size_t from = e->ce[i], to = e->cs[j], at = SIZE_MAX, vl = 0;
        int amending = 0;
        for (size_t q = from; q + 9 <= to && at == SIZE_MAX; q++) {
            /* (each "amend" found by its rarest byte: most gaps have none) */
            const uint8_t *hit = sc_find_text(b + q, to - q, "amend", 5);
            if (!hit)
                break;
            q = (size_t)(hit - b);
            if (q > from && sc_isalpha(b[q - 1]))
                continue;
            if (q + 11 <= to && memcmp(b + q, "amended by ", 11) == 0)
                at = q, vl = 11;
            else if (q + 9 <= to && memcmp(b + q, "amending ", 9) == 0)
                at = q, vl = 9, amending = 1;
        }
        /* (or "as added by": a section a later law added to the first one) */
        if (at == SIZE_MAX && to - from >= 9)
            for (size_t q = from; q + 9 <= to && at == SIZE_MAX; q++) {
                const uint8_t *hit = sc_find_text(b + q, to - q, "added by ", 9);
                if (!hit)
                    break;
                q = (size_t)(hit - b);
                if (q >= from + 3 && memcmp(b + q - 3, "as ", 3) == 0)
                    at = q - 3, vl = 12;
            }
        if (at == SIZE_MAX || !only_words(e, from, at, before_by) ||
            !name_words(b, at + vl, to))
            continue;
        const sc_citation *older = &e->c[amending ? j : i], *newer = &e->c[amending ? i : j];
        const sc_ref_law *lo = sc_law_row(older), *ln = sc_law_row(newer);
        if (!lo || !ln || !lo->enacted || !ln->enacted || ln->enacted >= lo->enacted)
            continue;
        /* the amending law was enacted first */
        char wo[40], wn[40], sugg[192] = "";
        sc_fmt_date(lo->enacted, wo, sizeof wo);
        sc_fmt_date(ln->enacted, wn, sizeof wn);
        int fc, fn;
        if (amending_slip(lo, newer->congress, newer->number, &fc, &fn)) {
            char wf[40];
            sc_fmt_date(sc_ref_public_law(fc, fn)->enacted, wf, sizeof wf);
            sc_fmt(sugg, sizeof sugg,
                   "write Public Law %d-%d (%s), which the Code's credits show amending it", fc,
                   fn, wf);
        }
        sc_emit(d, &e->c[amending ? i : j], SC_ERROR, SC_D_LAW_AMENDED_BEFORE,
                sugg[0] ? sugg : NULL,
                "Public Law %d-%d (%s) cannot have %s Public Law %d-%d, enacted after it (%s)",
                newer->congress, newer->number, wn, vl == 12 ? "added to" : "amended",
                older->congress, older->number, wo);
    }
}
