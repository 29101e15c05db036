/*
 * check_act_facts.c -- the facts an entry gives a named Act whose
 * section it cites with no law or bill (law-date, law-congress,
 * law-president): "§ 4 of the Diplomatic Relations Act was signed into
 * law on Aug. 20, 1978" -- when the tables give the Act one law, the day
 * said to be its enactment, the Congress and the signer the entry states
 * are compared with that law's; the Congress the entry gives such a
 * section (sc_cited_congress(), also check_name_facts.c's); and the bill
 * an Act's section is said to have come from.  A law's own page's facts
 * are check_page_facts.c's.
 */
#include <string.h>
#if defined(__SSE2__)
#include <immintrin.h>
#endif

#include "byname.h"
#include "check.h"
#include "check_historic.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "normalize.h"
#include "ref_acts.h"
#include "scan.h"
#include "table.h"

/* The one law the Acts of the entry's sections name ("§ 4 of the
 * Diplomatic Relations Act"), when the tables give each Act one law and
 * it is the same for all; NULL otherwise. */
static const sc_ref_law *sections_law(const sc_entry *e)
{
    const sc_ref_law *l = NULL;
    for (int i = 0; i < e->n; i++) {
        const sc_citation *a = &e->c[i];
        if (a->type != SC_ACT_SECTION || !(e->kind[i] & SC_EK_IN))
            continue;
        sc_act_law one[2];
        if (!a->act[0] || sc_act_name_laws(a->act, strlen(a->act), one, 2) != 1)
            return NULL;
        const sc_ref_law *r = sc_ref_public_law(one[0].congress, one[0].number);
        if (!r || !r->enacted || (l && r != l))
            return NULL;
        l = r;
    }
    return l;
}

/* Is a year -- four digits alone, the first 1 or 2 -- in b[from..to)?
 * Blocks of 16 bytes with no digit are passed at once (SSE2). */
static int year_in(const uint8_t *b, size_t from, size_t to)
{
    size_t q = from, run = 0;
    while (q < to) {
#if defined(__SSE2__)
        if (run == 0 && q + 16 <= to) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(b + q));
            __m128i lo = _mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1));
            __m128i hi = _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1));
            if (!_mm_movemask_epi8(_mm_and_si128(lo, hi))) {
                q += 16;
                continue;
            }
        }
#endif
        run = sc_isdigit(b[q]) ? run + 1 : 0;
        if (run == 4 && (b[q - 3] == '1' || b[q - 3] == '2') && (q + 1 == to || !sc_isdigit(b[q + 1])))
            return 1;
        q++;
    }
    return 0;
}

/* May a section of the entry be followed by its Act's facts: a year in
 * the 160 bytes after it, and a bracket right after it or a word of
 * enactment; or a President named there?  (Asked first: a Code document
 * cites thousands of sections with none.) */
/* Where the Congress that a predicate right after an Act's section at
 * b[..ce) names begins ("§ 301 of the X Act was passed by the 115th
 * Congress", "... was enacted by the One Hundred Sixth Congress"): past
 * the phrase; 0 when no such phrase follows. */
static size_t passed_by_congress(const uint8_t *b, size_t ce, size_t lim)
{
    static const char *const verb[] = { "was ", "were ", "is ", NULL };
    static const char *const by[] = { "passed by the ", "enacted by the ", "adopted by the ",
                                      "passed in the ", "enacted in the ",
                                      /* "Section 2 of the X Act is a law of the
                                       * Ninety-second Congress" */
                                      "a law of the ", NULL };
    size_t q = blanks(b, ce, lim);
    q += sc_phrase_at(b, q, lim, verb);
    size_t n = sc_phrase_at(b, q, lim, by);
    if (!n || q + n + 12 > lim)
        return 0;
    q += n;
    return sc_find_text(b + q, (lim - q < 48 ? lim - q : 48), "Cong", 4) ? q : 0;
}

/* (check.h) */
size_t sc_congress_enacted_before(const uint8_t *b, size_t lo, size_t cs)
{
    static const char *const verbs[] = { "enacted", "passed", "adopted", NULL };
    size_t q = cs;
    while (q > lo && b[q - 1] == ' ')
        q--;
    if (q >= lo + 4 && memcmp(b + q - 3, "the", 3) == 0 && !sc_isalpha(b[q - 4]))
        q -= 3; /* (its article: "enacted the section") */
    while (q > lo && b[q - 1] == ' ')
        q--;
    size_t ws = q;
    while (ws > lo && sc_isalpha(b[ws - 1]))
        ws--;
    if (ws == q || !sc_word_in(b, ws, q, verbs))
        return 0;
    size_t t = ws;
    while (t > lo && b[t - 1] == ' ')
        t--;
    if (t >= lo + 8 && memcmp(b + t - 8, "Congress", 8) == 0)
        return t;
    if (t >= lo + 5 && memcmp(b + t - 5, "Cong.", 5) == 0)
        return t;
    return 0;
}

static int act_facts_possible(const sc_entry *e)
{
    static const char *const enacted[] = { "signed", "approved", "enacted", "became", NULL };
    const sc_window *w = e->w;
    const uint8_t *b = w->buf;
    for (int i = 0; i < e->n; i++) {
        if (e->c[i].type != SC_ACT_SECTION || !(e->kind[i] & SC_EK_IN))
            continue;
        size_t ce = e->ce[i], lim = ce + 160 < w->len ? ce + 160 : w->len;
        size_t cs = e->cs[i], back = cs > 100 ? cs - 100 : 0; /* (its verb before it: "signed
                                                                * into law section 2 of the X
                                                                * Act on June 27, 1980") */
        int year = year_in(b, ce, lim);
        size_t q = blanks(b, ce, lim);
        if ((year && ((q < lim && b[q] == '(') || sc_text_has_any(b, ce, lim, enacted) ||
                      sc_text_has_any(b, back, cs, enacted))) ||
            sc_congress_after(b, ce, lim, ',') || /* "X Act of 2000 section 3, 96th Congress" */
            sc_find_text(b + ce, lim - ce, "President", 9) || passed_by_congress(b, ce, lim) ||
            sc_congress_enacted_before(b, back, cs))
            return 1;
    }
    return 0;
}

/* Does the item of a string citation that holds citation @p i (the
 * entry, when it has no items) cite a law or a page -- the facts the laws'
 * and pages' checks compare? */
static int cited_in_item(sc_entry *e, int i, size_t *ilo, size_t *ihi)
{
    uint64_t cited = e->law_in | e->stat_in;
    *ilo = e->so;
    *ihi = e->eo;
    if (!sc_entry_item_of(e, i, ilo, ihi, 1))
        return cited != 0; /* (no items: the whole entry) */
    for (uint64_t m = cited; m; m &= m - 1) {
        int k = __builtin_ctzll(m);
        if (e->cs[k] >= *ilo && e->ce[k] <= *ihi)
            return 1;
    }
    return 0;
}

/* A bill in the bracket right after a named Act's section, no law cited
 * ("Wilderness Act § 4 (enacting S. 27, 1964)"), or none in the section's
 * item of a string citation of laws ("...; the Great Ape Conservation Act
 * of 2000 § 4 (H.R. 4450, 2000)."): of the Act's Congress, it must be the
 * bill the Act's law came from -- act-name-mismatch on the bill, as for
 * the Act's name beside it (check_names.c). */
static void act_section_bills(sc_doc_state *d, sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    for (int i = 0; i < e->n; i++) {
        const sc_citation *a = &e->c[i];
        size_t ilo, ihi;
        if (a->type != SC_ACT_SECTION || !(e->kind[i] & SC_EK_IN) || !a->act[0] ||
            (e->nlaw > 0 && cited_in_item(e, i, &ilo, &ihi)))
            continue;
        size_t bo = blanks(b, e->ce[i], e->eo);
        const uint8_t *close = bo < e->eo && b[bo] == '(' ? memchr(b + bo, ')', e->eo - bo) : NULL;
        if (!close)
            continue;
        sc_act_law one[2];
        const sc_ref_law *l = sc_act_name_laws(a->act, strlen(a->act), one, 2) == 1
                                  ? sc_ref_public_law(one[0].congress, one[0].number)
                                  : NULL;
        if (!l || l->bill_type == SC_BILL_NONE)
            continue;
        for (uint64_t m = e->bill_in; m; m &= m - 1) {
            int k = __builtin_ctzll(m);
            sc_citation *bc = &e->c[k];
            if (e->cs[k] <= bo || e->ce[k] > (size_t)(close - b) || bc->ndiag > 0 ||
                !sc_lawmaking(bc->bill) || sc_law_from_bill_cite(l, bc) ||
                (bc->congress && bc->congress != l->congress) ||
                sc_entry_acted_on(b, bo, e->cs[k]))
                continue; /* (not a bill that amended it: "(as amended by S. 27)") */
            const sc_ref_law *other = sc_ref_law_from_bill(l->congress, bc->bill, bc->number);
            char bn[32], from[32], sugg[160], t[128];
            sc_bill_name(bc->bill, bc->number, bn, sizeof bn);
            sc_bill_name(l->bill_type, l->bill_number, from, sizeof from);
            sc_fmt(sugg, sizeof sugg, "Public Law %d-%d came from %s of the %d%s Congress",
                   l->congress, l->number, from, l->congress, SC_ORD(l->congress));
            if (other && other != l) {
                sc_law_title_paren(other, t, sizeof t);
                sc_emit(d, bc, SC_ERROR, SC_D_ACT_NAME_MISMATCH, sugg,
                        "the %s is Public Law %d-%d, but %s of the %d%s Congress became Public "
                        "Law %d-%d%s",
                        a->act, l->congress, l->number, bn, l->congress, SC_ORD(l->congress),
                        other->congress, other->number, t);
            } else if (!other) {
                sc_emit(d, bc, SC_WARNING, SC_D_ACT_NAME_MISMATCH, sugg,
                        "the %s is Public Law %d-%d, which came from %s, not %s (no law of the "
                        "%d%s Congress on record came from it)",
                        a->act, l->congress, l->number, from, bn, l->congress, SC_ORD(l->congress));
            }
        }
    }
}

int sc_cited_congress(sc_entry *e, size_t cs, size_t ce)
{
    const uint8_t *b = e->w->buf;
    /* its Congress: in the section's own bracket ("X Act, 1986 § 107 (99th
     * Congress, ...)"), not any the sentence names ("... of the Y Act
     * (2 U.S.C. 1351) shall apply during the 115th Congress") */
    size_t bo = blanks(b, ce, e->eo);
    const uint8_t *close = bo < e->eo && b[bo] == '(' ? memchr(b + bo, ')', e->eo - bo) : NULL;
    int n = close ? sc_page_congress(e, cs, ce, bo, (size_t)(close - b)) : 0;
    size_t oe = n ? 0 : sc_congress_after(b, ce, e->eo, ',');
    if (oe) /* or the one written right after it, a comma between: "X Act of
             * 2000 section 3, 96th Congress (H.R. 4640, ...)" */
        n = sc_page_congress(e, cs, ce, ce + 2, oe);
    size_t pc = n ? 0 : passed_by_congress(b, ce, e->eo);
    if (pc) /* or the one a predicate right after it names: "was passed by the
             * 115th Congress" (up to its word, "Congress" or "Cong.") */
        n = sc_page_congress(e, cs, ce, pc, pc + 48 < e->eo ? pc + 48 : e->eo);
    size_t cb = n ? 0 : sc_congress_enacted_before(b, e->so, cs);
    if (cb) /* or the subject of its enactment before it: "The 93rd Congress
             * enacted sec. 101 of the X Act" */
        n = sc_page_congress(e, cs, ce, cb > e->so + 60 ? cb - 60 : e->so, cb);
    return n;
}

void sc_check_act_facts(sc_doc_state *d, sc_entry *e)
{
    if (e->bill_in)
        act_section_bills(d, e);
    if (!act_facts_possible(e))
        return;
    const sc_ref_law *l = sections_law(e);
    if (!l)
        return;
    sc_entry_need_dates(e);
    const uint8_t *b = e->w->buf;
    for (int i = 0; i < e->n; i++) {
        sc_citation *c = &e->c[i];
        size_t cs = e->cs[i], ce = e->ce[i], ilo, ihi;
        if (c->type != SC_ACT_SECTION || !(e->kind[i] & SC_EK_IN) ||
            !sc_find_text(b + cs, ce - cs, c->act, strlen(c->act)) || cited_in_item(e, i, &ilo, &ihi))
            continue; /* (the Act's name as written: not "section 8 of the Act
                       * approved August 3, 1956 (7 U.S.C. 1766)", named by the
                       * Code's section) */
        int dk = -1; /* the one day after it said to be the Act's enactment: by
                      * the words, not naming another Act ("the Act of August 31,
                      * 1954"), or a day of its own in the section's bracket (a
                      * day before it may be another Act's: "the Act entitled
                      * ..., approved August 12, 1968 ... or section 501 of the
                      * Rehabilitation Act of 1973") */
        for (int q = 0; q < e->ndate; q++) {
            const sc_date_fact *f = &e->date[q];
            if (f->bad || f->so < ce || !(f->role == SC_DATE_ROLE_ENACTED ||
                            (f->role == SC_DATE_ROLE_NONE &&
                             sc_entry_name_paren_item(b, ce, f->so, f->eo, e->eo))) ||
                (f->so >= e->so + 7 && sc_word_in(b, f->so - 7, f->so - 4,
                                                  (const char *const[]){ "act", NULL }) &&
                 memcmp(b + f->so - 4, " of ", 4) == 0) ||
                !sc_page_joined(e, f->so, f->eo, cs, ce))
                continue;
            if (dk >= 0 && e->date[dk].ymd != f->ymd) {
                dk = -2; /* two days: which? */
                break;
            }
            dk = q;
        }
        int n = sc_cited_congress(e, cs, ce);
        /* (its bill's findings said it already: "... of October 20, 2020
         * began as S. 914" -- the bill's law-date) */
        int wrong_day = dk >= 0 && !sc_date_fits(e->date[dk].ymd, l->enacted) &&
                        !sc_bill_has_finding(e, SC_D_LAW_DATE);
        if (n > 0 && n != l->congress && (sc_bill_has_finding(e, SC_D_LAW_CONGRESS) ||
                                          sc_bill_has_finding(e, SC_D_BILL_LAW_MISMATCH)))
            n = 0;
        int signer = sc_find_text(b + ilo, ihi - ilo, "President", 9) != NULL; /* (its item's:
                                                                                * a string
                                                                                * citation's
                                                                                * other items
                                                                                * are other
                                                                                * laws') */
        if (!wrong_day && !(n > 0 && n != l->congress) && !signer)
            return;
        char name[160], when[40], sugg[96];
        sc_fmt(name, sizeof name, "the %s (Public Law %d-%d)", c->act, l->congress, l->number);
        sc_fmt_date(l->enacted, when, sizeof when);
        if (wrong_day) {
            char given[40];
            sc_fmt_given_date(e->date[dk].ymd, given, sizeof given);
            sc_fmt(sugg, sizeof sugg, "Public Law %d-%d was enacted %s", l->congress, l->number,
                   when);
            sc_emit(d, c, SC_WARNING, SC_D_LAW_DATE, sugg, "%s is dated %s, but it was enacted %s",
                    name, given, when);
        }
        if (n > 0 && n != l->congress) {
            sc_fmt(sugg, sizeof sugg, "Public Law %d-%d was enacted by the %d%s Congress, %s",
                   l->congress, l->number, l->congress, SC_ORD(l->congress), when);
            sc_emit(d, c, SC_ERROR, SC_D_LAW_CONGRESS, sugg,
                    "%s is a law of the %d%s Congress (the public-law table says so), but the "
                    "entry says the %d%s Congress",
                    name, l->congress, SC_ORD(l->congress), n, SC_ORD(n));
        }
        if (signer)
            sc_check_signer(d, e, c, name, l->enacted, ilo, ihi);
        return; /* (the entry's facts: told once, on its first section) */
    }
}
