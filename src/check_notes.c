/*
 * check_notes.c -- the U.S. Code's notes on an amendment, whose facts must
 * agree with one another:
 *
 *     Effective Date of 1976 Amendment
 *     Amendment by Pub. L. 94-521 effective Oct. 17, 1976, see section 17
 *     of Pub. L. 94-521, set out as a note under section 1 of this title.
 *
 * note-year: the Code names an amendment by the year of the law that made
 * it, so the law written first after "Amendment by" (or "Amendments of
 * this section by", "Amendment by section 20(j) of") was enacted in the
 * heading's year.  Only that shape: a note whose body opens with the law
 * itself ("Pub. L. 100-180, ..., provided that:") may be a later law that
 * set the earlier amendment's date.  The fix is a law the same line names
 * that was enacted in the heading's year, else the law's own date.
 *
 * note-law-mismatch: the law whose section the same line points to for the
 * amendment's effective date ("see section 17 of Pub. L. 94-521") is the
 * law that made it -- in the Code's notes of this shape it always is (the
 * bench corpus's 1,191 agree) -- so one enacted on another day is a slip
 * of one of the two numbers.
 */
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"

/* The heading's year when the line b[ls..le) is a note's heading that ends
 * "of YYYY Amendment" or "of YYYY Amendments" ("Effective Date of 1976
 * Amendment", "**Savings Provision of 1988 Amendments**"); else 0. */
static int heading_year(const uint8_t *b, size_t ls, size_t le)
{
    while (ls < le && (b[ls] == ' ' || b[ls] == '\t' || b[ls] == '#' || b[ls] == '*' || b[ls] == '_'))
        ls++;
    while (le > ls && (b[le - 1] == ' ' || b[le - 1] == '\t' || b[le - 1] == '\r' ||
                       b[le - 1] == '*' || b[le - 1] == '_' || b[le - 1] == '.' || b[le - 1] == ':'))
        le--;
    if (le - ls > 120 || le - ls < 20 || !sc_isupper(b[ls]))
        return 0;
    size_t e = le;
    if (b[e - 1] == 's')
        e--;
    static const char tail[] = " Amendment";
    const size_t tn = sizeof tail - 1;
    if (e < ls + tn + 8 || memcmp(b + e - tn, tail, tn) != 0)
        return 0;
    e -= tn;
    int y = 0;
    for (size_t k = e - 4; k < e; k++) {
        if (!sc_isdigit(b[k]))
            return 0;
        y = y * 10 + (b[k] - '0');
    }
    if (memcmp(b + e - 8, " of ", 4) != 0)
        return 0;
    return y;
}

/* Do the bytes b[ls..cs) before a law say that it made the amendment:
 * "Amendment by ", "Amendments by ", "Amendment of this section by ",
 * "Amendment by section 3(g)(6) of " -- one clause, no other law before? */
static int made_by(const uint8_t *b, size_t ls, size_t cs)
{
    static const char word[] = "Amendment";
    const size_t wn = sizeof word - 1;
    while (ls < cs && (b[ls] == ' ' || b[ls] == '\t'))
        ls++;
    if (cs - ls > 90 || cs - ls < wn + 4 || memcmp(b + ls, word, wn) != 0)
        return 0;
    size_t i = ls + wn + (b[ls + wn] == 's');
    size_t by = 0; /* just past " by " */
    for (size_t k = i; k + 4 <= cs; k++) {
        if (b[k] == '.' || b[k] == ';' || b[k] == '\n' || b[k] == ',')
            return 0;
        if (b[k] == ' ' && b[k + 1] == 'b' && b[k + 2] == 'y' && b[k + 3] == ' ') {
            by = k + 4;
            break;
        }
    }
    if (!by)
        return 0;
    /* the law right after "by ", or a part of it: "section 20(j) of " */
    if (by == cs)
        return 1;
    if (cs - by > 60 || cs - by < 4 || memcmp(b + cs - 4, " of ", 4) != 0)
        return 0;
    for (size_t k = by; k < cs; k++)
        if (b[k] == '.' || b[k] == ';' || b[k] == ',' || (b[k] == 'P' && k + 1 < cs && b[k + 1] == 'u'))
            return 0;
    return 1;
}

/* The line before the one that starts at @p ls, blank lines passed over
 * (at most two): its bounds in *ps, *pe; 0 when there is none in the
 * window (@p whole: the window begins with its document, else its first
 * line may be cut). */
static int line_before(const uint8_t *b, size_t ls, int whole, size_t *ps, size_t *pe)
{
    for (int blank = 0; blank <= 2 && ls > 0; blank++) {
        size_t e = ls - 1; /* b[e] is the '\n' */
        size_t s = e;
        while (s > 0 && b[s - 1] != '\n')
            s--;
        size_t k = s;
        while (k < e && (b[k] == ' ' || b[k] == '\t' || b[k] == '\r'))
            k++;
        if (k < e) {
            if (s == 0 && !whole)
                return 0; /* (the window may begin inside the line) */
            *ps = s;
            *pe = e;
            return 1;
        }
        ls = s;
    }
    return 0;
}

/* Is the law at b[cs..) pointed to by "see section N of" (a note's
 * "see section 17 of Pub. L. 94-521", "see section 1000(a)(9) [title IV,
 * § 4731] of Pub. L. 106-113"), within the line that starts at @p ls? */
static int see_section_of(const uint8_t *b, size_t ls, size_t cs)
{
    static const char see[] = "see section";
    const size_t sn = sizeof see - 1;
    if (cs < ls + sn + 4 || memcmp(b + cs - 4, " of ", 4) != 0)
        return 0;
    int depth = 0; /* (in brackets: "[title IV, § 4731]") */
    for (size_t k = cs - 4; k >= ls + sn && cs - k <= 100; k--) {
        depth += (b[k] == ']') - (b[k] == '[');
        if (b[k] == ';' || b[k] == '\n' || (b[k] == ',' && depth <= 0))
            return 0; /* (not "see section 113 of Pub. L. 100-504, set out as a note
                       * under section 5 of Pub. L. 95-452") */
        if (b[k - sn] == 's' && memcmp(b + k - sn, see, sn) == 0)
            return 1;
    }
    return 0;
}

/* The amending law's partner on its line: each law pointed to by "see
 * section N of" after it must be the same law (note-law-mismatch) -- said
 * of the partner, unless the amending law has a note-year finding (then
 * it is the odd one, and that finding names the partner as the fix). */
static void check_partner(sc_doc_state *d, sc_entry *e, int i, size_t ls, size_t le)
{
    const uint8_t *b = e->w->buf;
    sc_citation *c = &e->c[i];
    const sc_ref_law *l = sc_law_row(c);
    if (!l || !l->enacted || sc_has_finding(c, SC_D_NOTE_YEAR))
        return;
    for (uint64_t o = e->law_in & ~(1ull << i); o; o &= o - 1) {
        int k = __builtin_ctzll(o);
        sc_citation *p = &e->c[k];
        if (p->type != SC_PUBLIC_LAW || e->cs[k] <= e->cs[i] || e->cs[k] >= le ||
            !see_section_of(b, ls, e->cs[k]))
            continue;
        const sc_ref_law *r = sc_law_row(p);
        if (!r || !r->enacted || r->enacted == l->enacted || p->ndiag > 0)
            continue;
        char on[48], ron[48], sugg[160];
        sc_fmt_date(l->enacted, on, sizeof on);
        sc_fmt_date(r->enacted, ron, sizeof ron);
        sc_fmt(sugg, sizeof sugg, "Public Law %d-%d, the law the note says made the amendment",
               l->congress, l->number);
        sc_emit(d, p, SC_WARNING, SC_D_NOTE_LAW_MISMATCH, sugg,
                "the note points to Public Law %d-%d (enacted %s) for the effective date of the "
                "amendment made by Public Law %d-%d (enacted %s): such a note points to the "
                "law that made the amendment",
                r->congress, r->number, ron, l->congress, l->number, on);
    }
}

void sc_check_notes(sc_doc_state *d, sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    for (uint64_t m = e->law_in; m; m &= m - 1) {
        int i = __builtin_ctzll(m);
        sc_citation *c = &e->c[i];
        size_t cs = e->cs[i], ls = cs;
        /* (at once: the law right after "by " or "of " -- most laws are not) */
        if (c->type != SC_PUBLIC_LAW || cs < 13 || b[cs - 1] != ' ' ||
            !((b[cs - 3] == 'b' && b[cs - 2] == 'y') || (b[cs - 3] == 'o' && b[cs - 2] == 'f')))
            continue;
        size_t lo = cs > 91 ? cs - 91 : 0; /* (the line's start, 90 bytes back at most) */
        const uint8_t *nl = memrchr(b + lo, '\n', cs - lo);
        if (!nl && lo > 0)
            continue;
        ls = nl ? (size_t)(nl - b) + 1 : 0;
        if (!made_by(b, ls, cs))
            continue;
        size_t ps, pe, le = cs;
        while (le < e->w->len && b[le] != '\n')
            le++;
        int year = line_before(b, ls, e->w->base == 0, &ps, &pe) ? heading_year(b, ps, pe) : 0;
        const sc_ref_law *l = year ? sc_law_row(c) : NULL;
        if (!l || !l->enacted || l->enacted / 10000 == year || sc_has_finding(c, SC_D_LAW_DATE)) {
            check_partner(d, e, i, ls, le);
            continue;
        }
        /* the fix: a law the same line names that was enacted that year */
        const sc_ref_law *fix = NULL;
        for (uint64_t o = e->law_in & ~(1ull << i); o && !fix; o &= o - 1) {
            int k = __builtin_ctzll(o);
            const sc_ref_law *r = e->cs[k] > cs && e->cs[k] < le ? sc_law_row(&e->c[k]) : NULL;
            if (r && r->enacted / 10000 == year)
                fix = r;
        }
        char on[48], sugg[200];
        sc_fmt_date(l->enacted, on, sizeof on);
        if (fix) {
            char fon[48];
            sc_fmt_date(fix->enacted, fon, sizeof fon);
            sc_fmt(sugg, sizeof sugg, "Public Law %d-%d, which the note names too, was enacted %s",
                   fix->congress, fix->number, fon);
        } else {
            sc_fmt(sugg, sizeof sugg,
                   "Public Law %d-%d was enacted %s: check the law's number or the heading's year",
                   l->congress, l->number, on);
        }
        sc_emit(d, c, SC_WARNING, SC_D_NOTE_YEAR, sugg,
                "the note's heading names a %d amendment, but Public Law %d-%d, which it says "
                "made it, was enacted %s",
                year, l->congress, l->number, on);
    }
}
