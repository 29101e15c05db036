/*
 * entry_tie_names.c -- ties an entry's Act names to the law they name
 * (entry.h): a name right before or after the law, or joined to it by
 * "which became", or read to it across the Code's sections of the Act, a
 * Short Title note's credit or a "referred to in" note; and, in an entry
 * about its one law, a bill in apposition to the Act's name made that
 * law's.  Anything else between them -- another law, a verb that makes the
 * name about something else -- and the name stays untied.  What the tie
 * files share (the laws before and after a place, the entry's items,
 * brackets and sentences) is entry_ties.c's (entry_in.h).
 */
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "table.h"

/* Are b[a] and b[z] in two items of the entry (a ';' outside brackets and
 * names between them)? */
static int items_apart(sc_entry *e, size_t a, size_t z)
{
    sc_entry_read_items(e);
    if (a > z) {
        size_t t = a;
        a = z;
        z = t;
    }
    for (int i = 0; i < e->nsemi; i++)
        if (e->so + e->semi[i] >= a && e->so + e->semi[i] < z)
            return 1;
    return 0;
}

/* "may be cited as the ‘" right before a name (quotes and "the" between) */
static int cited_as(const sc_entry *e, size_t so)
{
    const uint8_t *b = e->w->buf;
    size_t i = so;
    while (i > e->so && (b[i - 1] == ' ' || b[i - 1] == '"' || b[i - 1] == '\'' || b[i - 1] >= 0x80 ||
                         b[i - 1] == '[' || b[i - 1] == ']')) /* "the [‘]X Act" */
        i--;
    if (i >= e->so + 4 && memcmp(b + i - 4, " the", 4) == 0)
        i -= 4;
    while (i > e->so && b[i - 1] == ' ')
        i--;
    return i >= e->so + 8 && memcmp(b + i - 8, "cited as", 8) == 0;
}

/* The law a Short Title note's credit opens with, when law @p l is the
 * one that added or amended the section that says it: "Section 5 of Pub.
 * L. 86-517, as added Pub. L. 94-588, § 19, ..., provided that: “This Act
 * ... may be cited as the ‘Multiple-Use Sustained-Yield Act of 1960’”" is
 * 86-517's name.  @p l itself otherwise. */
static int credit_opener(const sc_entry *e, int l)
{
    static const char *const added[] = { "added", "amended", NULL };
    const uint8_t *b = e->w->buf;
    size_t ls = cstart(e, l), q = ls;
    while (q > e->so && b[q - 1] == ' ')
        q--;
    if (q >= e->so + 3 && memcmp(b + q - 3, " by", 3) == 0)
        q -= 3; /* "as amended by" */
    if (!word_before_in(e, q, added))
        return l;
    int p = sc_entry_law_before(e, q);
    /* the law before, with only pins between it and ", as added" */
    return p >= 0 && q - cend(e, p) <= 80 && !memchr(b + cend(e, p), ';', q - cend(e, p)) &&
                   !memchr(b + cend(e, p), '\n', q - cend(e, p))
               ? p
               : l;
}

/* The Code's Short Title note between law @p l and a name at @p to: "Pub. L. 106-227, § 1, June 6, 2000, 114 Stat. 865,
 * provided that: “This Act [amending section 1709 of this title] may be
 * cited as the ‘...’" -- the note is that law's, whatever other notes
 * its line goes on with. */
static int provided_that(const sc_entry *e, int l, size_t to)
{
    static const char *const joined[] = { "by", "and", "or", "added", "amended", NULL };
    const uint8_t *b = e->w->buf;
    size_t from = cend(e, l), ls = cstart(e, l);
    if (to <= from || to - from > 400)
        return 0;
    /* the note's own law opens its credit: not "as amended by Pub. L. ...",
     * nor the second of two that enacted it ("Pub. L. 110-234, ..., and
     * Pub. L. 110-246, ..., provided that") */
    size_t q = ls;
    while (q > e->so && (b[q - 1] == ' ' || b[q - 1] == ','))
        q--;
    if (word_before_in(e, ls, joined) || (q > e->so && b[q - 1] == ';'))
        return 0;
    const uint8_t *p = memmem(b + from, to - from, "provided that", 13);
    return p && (size_t)(p - b) - from < 160 && !memchr(b + from, '\n', to - from);
}

/* Is the name at @p so joined to what comes before by "and" or "or" ("...
 * was enacted Jan. 2, 1976, and the Rehabilitation Act Extension of 1976
 * (P.L. 94-230)"): another item, not the name of the law before it. */
static int coordinated(const sc_entry *e, size_t so)
{
    const uint8_t *b = e->w->buf;
    size_t i = so;
    for (int words = 0; words < 2; words++) {
        while (i > e->so && b[i - 1] == ' ')
            i--;
        size_t we = i;
        while (i > e->so && sc_isalpha(b[i - 1]))
            i--;
        if (sc_word_in(b, i, we, (const char *const[]){ "and", "or", NULL }))
            return 1;
        if (!sc_word_in(b, i, we, (const char *const[]){ "the", NULL }))
            return 0;
    }
    return 0;
}

/* "Americans with Disabilities Act of 1990, 42 U.S.C. §§ 12101-12213
 * (Pub. L. No. 101-336)": the Code's sections of the Act named at
 * b[from], then its law in brackets right after them.  Does only that
 * stand in [from, to) (blanks and commas, the group's U.S. Code citations,
 * "et seq.", one '(')? */
static int code_then_law(const sc_entry *e, size_t from, size_t to)
{
    const uint8_t *b = e->w->buf;
    size_t i = blanks(b, from, to);
    /* or inside the name's parenthesis, the law after them: "the Chief
     * Financial Officers Act of 1990 (31 U.S.C. 501 note; Public Law
     * 101-576)", as enrolled bills write it */
    int paren = i < to && (b[i] == '(' || b[i] == '[');
    uint8_t close = paren && b[i] == '[' ? ']' : ')';
    if (paren)
        i++;
    int codes = 0;
    for (;;) {
        while (i < to && (b[i] == ' ' || b[i] == ',' || (paren && b[i] == ';')))
            i++;
        int jumped = 0;
        for (int k = 0; k < e->n && !jumped; k++)
            if ((e->kind[k] & SC_EK_IN) && e->c[k].type == SC_USC && e->cs[k] == i) {
                i = e->ce[k];
                jumped = codes = 1;
            }
        if (!jumped)
            break;
        if (i + 7 <= to && memcmp(b + i, " et seq", 7) == 0)
            i += b[i + 7] == '.' ? 8 : 7;
        else if (paren && i + 5 <= to && memcmp(b + i, " note", 5) == 0)
            i += 5;
    }
    if (!codes)
        return 0;
    if (paren ? i == to : i + 1 == to && (b[i] == '(' || b[i] == '['))
        return 1;
    /* or in a bracket of their own, the law's right after it: "the
     * Homeland Security Act of 2002 [6 U.S.C. 542] (Public Law 107-296)",
     * "the X Act (42 U.S.C. 1320b-10) [Pub. L. 100-360, ...]" */
    if (paren && i < to && b[i] == close) {
        size_t q = blanks(b, i + 1, to);
        if (q + 1 == to && (b[q] == '(' || b[q] == '['))
            return 1;
    }
    /* or the words that say the law enacted it, after them: "the Americans
     * with Disabilities Act, 42 U.S.C. § 12131, enacted as part of Pub. L.
     * 101-336", "the X Act (42 U.S.C. 12101 et seq.), enacted by Pub. L. ..." */
    if (paren) {
        if (i >= to || b[i] != close)
            return 0;
        i++;
    }
    static const char *const enacted[] = { "enacted", "as", "part", "of", "by", "in", NULL };
    int said = 0;
    for (;;) {
        while (i < to && (b[i] == ' ' || b[i] == ','))
            i++;
        size_t we = word_end(b, i, to);
        if (we == i || !sc_word_in(b, i, we, enacted))
            break;
        said |= b[i] == 'e';
        i = we;
    }
    return said && i == to;
}

/* Names: right before the law, right after it, or "X Act, which became". */
/* Does name f stand in apposition to bill citation k: "BILL, the NAME,"
 * or "NAME (BILL)" (its acronym first at most: "NAME (ACRONYM, BILL)"),
 * nothing else between? */
static int apposed(const sc_entry *e, const sc_name_fact *f, int k)
{
    const uint8_t *b = e->w->buf;
    if (!(e->kind[k] & SC_EK_IN))
        return 0;
    size_t q = e->ce[k];
    if (q <= f->so) { /* "H.R. 1988, the X Act,"; "H.R. 4279 (the X Act)" */
        size_t open = q;
        while (open < f->so && b[open] == ' ')
            open++;
        int paren = open < f->so && b[open] == '(';
        q = paren ? open + 1 : q;
        while (q < f->so && (b[q] == ' ' || (!paren && b[q] == ',')))
            q++;
        if (q + 4 <= f->so && memcmp(b + q, "the ", 4) == 0)
            q += 4;
        q = quote_end(b, q, f->so, 0); /* its opening quote: "S.3751, “X Act of 2010” (...)" */
        if (q != f->so || q <= e->ce[k])
            return 0;
        if (!paren)
            return b[e->ce[k]] == ',';
        /* the bracket holds the name alone, its closing quote at most */
        size_t z = quote_end(b, f->eo, e->eo, 1);
        return z < e->eo && b[z] == ')';
    }
    if (e->cs[k] < f->tie_eo)
        return 0;
    q = f->tie_eo; /* "the X Act (H.R. 1988)" */
    while (q < e->cs[k] && b[q] == ' ')
        q++;
    if (q >= e->cs[k] || b[q] != '(')
        return 0;
    size_t ae = sc_entry_abbrev_end(e, q + 1); /* (its acronym first: "the X Act (BSCA, S.
                                                * 2938)") */
    if (ae > q + 1 && ae + 2 == e->cs[k] && (b[ae] == ',' || b[ae] == ';') && b[ae + 1] == ' ')
        return 1;
    return q + 1 == e->cs[k];
}

/* Is bill @p k "enacting" in the name f's own parenthesis: "X Act of 1990
 * (enacting H.R.5567; signed November 16, 1990)", "X Act (131 Stat. 1218;
 * ...; enacting S.583)" -- the parenthesis opened right after the name, not
 * a nested one?  ("originally", "began as" say it wherever they stand:
 * origin_bill().) */
static int paren_enacting_bill(const sc_entry *e, const sc_name_fact *f, int k)
{
    const uint8_t *b = e->w->buf;
    size_t q = blanks(b, f->eo, e->eo), bs = e->cs[k];
    if (q >= bs || b[q] != '(')
        return 0;
    for (size_t i = q + 1; i < bs; i++)
        if (b[i] == '(' || b[i] == ')')
            return 0;
    return bs >= q + 10 && memcmp(b + bs - 9, "enacting ", 9) == 0 &&
           (bs - 9 == q + 1 || b[bs - 10] == ' ' || b[bs - 10] == ';');
}

/* Is bill @p k said to be where the law began, wherever it stands: "was
 * enacted from HR 10417", "originated as S. 5", "began as H.R. 3", "(2021;
 * originally H.R.208; ...)" (the entry about one law: its names name it)? */
static int origin_bill(const sc_entry *e, int k)
{
    static const char *const roles[] = { "enacted from ", "originated as ", "began as ",
                                         "started as ", "introduced as ", "originally ", NULL };
    return sc_phrase_before(e->w->buf, e->so, e->cs[k], roles) > 0;
}

/* Is bill @p k the last item after name @p f, after a ';' ("Public Law
 * 102-490 (October 24, 1992): Membrane Processes Research Act of 1992;
 * H.R. 3673"), nothing after it in its line but a period? */
static int item_end_bill(const sc_entry *e, const sc_name_fact *f, int k)
{
    const uint8_t *b = e->w->buf;
    if (!(e->kind[k] & SC_EK_IN) || e->cs[k] < f->eo)
        return 0;
    size_t q = f->eo;
    while (q < e->cs[k] && b[q] == ' ')
        q++;
    if (q >= e->cs[k] || b[q] != ';')
        return 0;
    q = blanks(b, q + 1, e->cs[k]);
    size_t t = e->ce[k];
    while (t < e->w->len && (b[t] == ' ' || b[t] == '.'))
        t++;
    return q == e->cs[k] && (t >= e->w->len || b[t] == '\n');
}

void sc_entry_tie_named_bill(sc_entry *e)
{
    int l = sc_entry_first_law(e);
    if (sc_entry_nlaws(e) != 1 || l < 0 || e->bill_of[l] >= 0 || (e->sect_bill_in >> l & 1))
        return; /* (a bill read across the law's section pin: entry_bills.c) */
    /* not a bill the law enacted by reference: "Section 801 of H.R. 3427, the
     * ... Act ..., as enacted by reference in Public Law 106-113" */
    if (as_enacted_in(e->w->buf, e->so, e->eo))
        return;
    /* the entry's one bill in the sentence before one that says it was
     * signed, as the law ("... moved through the 115th Congress as H.R.
     * 2576.  After ..., the President signed it on June 22, 2016 (Pub. L.
     * 114-182)"), or in the law's own sentence, which says it became the
     * law ("Passed as a joint resolution (S.J. Res. 102) rather than as a
     * bill, the measure became Public Law 95-341") */
    if (sc_entry_one_bill(e)) {
        int k = __builtin_ctzll(e->bill_in);
        const uint8_t *b = e->w->buf;
        size_t s, t;
        sc_entry_sentence_of(e, cstart(e, l), cend(e, l), &s, &t);
        int before = s > e->so && e->ce[k] < s && sc_ctx_refers_back(b, s, cstart(e, l));
        /* (the bill, or "the measure", the subject of "became": not "H.R.
         * 10445 ... was not included in the package that became law") */
        static const char *const became[] = { "the measure became", "the bill became",
                                              "the resolution became", "the joint resolution became",
                                              NULL };
        int same = 0;
        for (const char *const *p = became; *p && !same && e->cs[k] >= s && e->ce[k] <= t; p++)
            same = memmem(b + s, t - s, *p, strlen(*p)) != NULL;
        if (!same && e->cs[k] >= s && e->ce[k] <= t) {
            size_t q = e->ce[k];
            while (q < t && (b[q] == ' ' || b[q] == ')' || b[q] == ','))
                q++;
            same = (q + 7 <= t && memcmp(b + q, "became ", 7) == 0) ||
                   (q + 11 <= t && memcmp(b + q, "was enacted", 11) == 0);
        }
        if ((before || same) && e->law_of[k] < 0 && sc_lawmaking(e->c[k].bill) &&
            (same || sc_entry_about_one_law(e)) &&
            e->brole[k] != SC_BILL_ROLE_COMPANION && !sc_entry_section_before(e, e->cs[k])) {
            e->bill_of[l] = (int8_t)k;
            e->law_of[k] = (int8_t)l;
            e->brole[k] = SC_BILL_ROLE_BECAME;
            return;
        }
    }
    if (!sc_entry_about_one_law(e))
        return;
    for (uint64_t m = e->bill_in; m; m &= m - 1) {
        int k = __builtin_ctzll(m);
        if (e->law_of[k] >= 0 || e->brole[k] == SC_BILL_ROLE_COMPANION ||
            !sc_lawmaking(e->c[k].bill) || sc_entry_section_before(e, e->cs[k]))
            continue;
        int origin = origin_bill(e, k); /* (an entry about one law has a name) */
        for (int q = 0; q < e->nname; q++) {
            sc_name_fact f = e->name[q];
            f.tie_eo = f.eo; /* (a bill's bracket is read as the name's own short form) */
            if (origin || apposed(e, &f, k) || apposed(e, &e->name[q], k) ||
                item_end_bill(e, &f, k) || paren_enacting_bill(e, &e->name[q], k)) {
                e->bill_of[l] = (int8_t)k;
                e->law_of[k] = (int8_t)l;
                e->brole[k] = SC_BILL_ROLE_BECAME;
                return;
            }
        }
    }
}

/* The entry's one law when name f stands in apposition to the bill tied to
 * it -- or to the same bill cited again ("H.R. 2549, the X Act, passed
 * ...; the President signed H.R. 2549 on ... (P.L. 102-354)") -- else -1:
 * the bill's name is the law's. */
static int bills_name(const sc_entry *e, const sc_name_fact *f)
{
    int one = sc_entry_one_bill(e); /* each citation of the bill, else the one tied */
    for (int l = 0; l < e->n; l++) {
        int bi = e->bill_of[l];
        if (!(e->kind[l] & SC_EK_LAW) || bi < 0)
            continue;
        for (uint64_t m = one ? e->bill_in : 1ull << bi; m; m &= m - 1)
            if (apposed(e, f, __builtin_ctzll(m)))
                return l;
    }
    return -1;
}

/* The Code's "References in Text" note: "The Americans with Disabilities
 * Act of 1990, referred to in subsecs. (a) to (c), is Pub. L. 101-336",
 * "... Act of 1989, referred to in subsec. (a), is section 704(a)(1) of
 * Pub. L. 101-194": between the name (ending at @p from) and the law (at
 * @p to), "referred to in" and the places, on one line with no date or
 * citation, then "is" and at most the pins of the law's part. */
static int referred_is(const sc_entry *e, size_t from, size_t to)
{
    const uint8_t *b = e->w->buf;
    if (to <= from || to - from > 200)
        return 0;
    size_t i = from;
    if (i < to && b[i] == ',')
        i++;
    i = blanks(b, i, to);
    if (i + 15 > to || memcmp(b + i, "referred to in ", 15) != 0)
        return 0;
    size_t is = SIZE_MAX; /* the ", is " (or ", see ") after the places */
    for (size_t k = i + 15; k + 5 <= to && is == SIZE_MAX; k++) {
        if (b[k] == '\n' || b[k] == ';')
            return 0;
        if (b[k] == ',' && memcmp(b + k, ", is ", 5) == 0)
            is = k + 5;
        else if (b[k] == ',' && k + 8 <= to && memcmp(b + k, ", means ", 8) == 0)
            is = k + 8;
        else if (b[k] == ',' && k + 17 <= to && memcmp(b + k, ", probably means ", 17) == 0)
            is = k + 17; /* "X, referred to in subsec. (a), probably means Pub. L. ..." */
        else if (b[k] == ',' && k + 6 <= to && memcmp(b + k, ", see ", 6) == 0)
            is = k + 6; /* "For the effective date of ... Act, referred to in subsec. (a),
                         * see section 1100 of Pub. L. 102-240" */
    }
    if (is == SIZE_MAX)
        return 0;
    /* "The date of enactment of the X Act, referred to in subsec. (d), is
     * the date of enactment of Pub. L. 111-281" */
    static const char *const dates_of[] = { "the date of enactment of ",
                                            "the date of the enactment of ", NULL };
    for (int q = 0; dates_of[q]; q++) {
        size_t n = strlen(dates_of[q]);
        if (is + n <= to && memcmp(b + is, dates_of[q], n) == 0)
            is += n;
    }
    if (sc_entry_fact_between(e, from, is))
        return 0;
    return is == to || sc_entry_filler(e, is, to, F_PINS | F_NWORD, NULL);
}

/* "Budget Enforcement Act of 1997, sec. 10104, P.L. 105-33": the name, a
 * comma, its own pin and its law, on one line -- not "the X Act, section
 * 278(d)(3) of Public Law 97-248", a list's next item, another law's
 * section. */
static int pins_then_law(const sc_entry *e, size_t from, size_t to)
{
    static const char *const of[] = { "of", NULL };
    const uint8_t *b = e->w->buf;
    unsigned used = 0;
    return from < to && b[from] == ',' && to - from <= 40 && !memchr(b + from, '\n', to - from) &&
           sc_entry_filler(e, from, to, F_PINS, &used) && (used & F_PINS) &&
           !sc_word_among(b, from, to, of);
}

/* The legislative-history note's sentence: the Act as its agent, what it
 * did, then its law in brackets at the end -- "It was amended by the Ethics
 * Reform Act of 1989 to permit floor privileges for one attorney (P.L.
 * 101-194).", "The Ethics Reform Act of 1989 added a sentence to limit
 * service on the committee (P.L. 101-194, Nov. 30, 1989)".  Name k begins
 * the sentence or follows "by the", "in the", "under the"; the law (at @p
 * to) opens a bracket, its pins before it; between them one clause: no
 * other name, citation or date, no line end, and no word that makes the
 * law another's ("were amended in 1990 (P.L. ...)", "and later laws"). */
static int agent_then_law(const sc_entry *e, int k, size_t to)
{
    static const char *const others[] = {
        "amended", "amending", "amendment", "amendments", "repealed", "redesignated",
        "renamed", "superseded", "replaced", "extended", "reauthorized", "revived",
        "restored", "revised", "also", "other", "another", "later", "subsequent",
        "subsequently", "prior", "previous", "previously", "earlier", "and", "or",
        "see", "cf", "compare", "which", "that", "than", NULL
    };
    const sc_name_fact *f = &e->name[k];
    const uint8_t *b = e->w->buf;
    size_t from = f->tie_eo;
    if (to <= from || to - from > 200 || f->abbr)
        return 0;
    /* the agent: "by the", "in the", "under the" before it, or a sentence's start */
    size_t q = f->so;
    if (q >= e->so + 4 && memcmp(b + q - 4, "the ", 4) == 0)
        q -= 4;
    else if (q >= e->so + 4 && memcmp(b + q - 4, "The ", 4) == 0)
        q -= 4;
    size_t r = q;
    while (r > e->so && (b[r - 1] == ' ' || b[r - 1] == '\t'))
        r--;
    int agent = r == e->so || (r < q && r > 0 && (b[r - 1] == '.' || b[r - 1] == '>'));
    static const char *const preps[] = { "by", "in", "under", NULL };
    agent = agent || (b[q] == 't' && word_before_in(e, q, preps));
    if (!agent)
        return 0;
    /* the law's bracket: "(P.L. 101-194", "(sec. 601(b), P.L. 101-194" */
    size_t open = to;
    while (open > from && b[open - 1] != '(')
        open--;
    if (open == from || (open < to && !sc_entry_filler(e, open, to, F_PINS, NULL)))
        return 0;
    open--; /* at the '(' */
    if (open == from || b[open - 1] != ' ')
        return 0;
    if (!sc_entry_one_clause(b, from, open, 1))
        return 0;
    for (int q2 = 0; q2 < e->nname; q2++)
        if (q2 != k && e->name[q2].so >= from && e->name[q2].so < open)
            return 0;
    return !sc_entry_fact_between(e, from, open) && !sc_word_among(b, from, open, others);
}

/* Where the line of b[i] begins, not before the entry (i itself when it
 * is not past the entry's start). */
static size_t line_start(const sc_entry *e, size_t i)
{
    if (i <= e->so)
        return i;
    const uint8_t *p = memrchr(e->w->buf + e->so, '\n', i - e->so);
    return p ? (size_t)(p - e->w->buf) + 1 : e->so;
}

/* Do b[a] and b[z] stand in two rows of a table or spreadsheet -- a line
 * end between them, and a law cited on the line of each (the first's line
 * and the second's both hold one)? */
static int other_row(const sc_entry *e, size_t a, size_t z)
{
    const uint8_t *b = e->w->buf;
    const uint8_t *nl = memchr(b + a, '\n', z - a);
    if (!nl)
        return 0;
    /* a's line and z's (by memrchr and memchr: the lines of a table's rows
     * are long) */
    size_t ls = line_start(e, a), le = (size_t)(nl - b), zs = line_start(e, z);
    const uint8_t *p = z < e->eo ? memchr(b + z, '\n', e->eo - z) : NULL;
    size_t ze = p ? (size_t)(p - b) : (z > e->eo ? z : e->eo);
    int in_a = 0, in_z = 0;
    for (uint64_t m = e->law_in; m; m &= m - 1) {
        int k = __builtin_ctzll(m);
        in_a |= e->cs[k] >= ls && e->cs[k] < le;
        in_z |= e->cs[k] >= zs && e->cs[k] < ze;
    }
    return in_a && in_z;
}

/* b[so] past the opening quote right before it (U+201C, '"'), if any. */
static size_t before_open_quote(const sc_entry *e, size_t so)
{
    const uint8_t *b = e->w->buf;
    if (so >= e->so + 3 && b[so - 3] == 0xe2 && b[so - 2] == 0x80 && b[so - 1] == 0x9c)
        return so - 3;
    return so > e->so && b[so - 1] == '"' ? so - 1 : so;
}

/* b[q] back past blanks and a "the" with its blanks ("..., the X Act"). */
static size_t before_the(const sc_entry *e, size_t q)
{
    const uint8_t *b = e->w->buf;
    while (q > e->so && (b[q - 1] == ' ' || b[q - 1] == '\t'))
        q--;
    if (q >= e->so + 3 && (b[q - 3] | 0x20) == 't' && b[q - 2] == 'h' && b[q - 1] == 'e' &&
        (q == e->so + 3 || !sc_isalpha(b[q - 4]))) {
        q -= 3;
        while (q > e->so && (b[q - 1] == ' ' || b[q - 1] == '\t'))
            q--;
    }
    return q;
}

/* Do words of naming end right before the name at b[so] ("known as the ",
 * "titled ", "is called the ", "bears the short title ")? */
static int known_as_before(const sc_entry *e, size_t so)
{
    static const char *const heads[] = { "known as the ", "known as ", "titled the ", "titled ",
                                         "called the ", "called ", "short title ",
                                         "short title the ", "named the ", NULL };
    /* (past its opening quote: 'the short title the “X Act”') */
    return sc_phrase_before(e->w->buf, e->so, before_open_quote(e, so), heads) > 0;
}

/* Do Stat. pages stand in b[from..to), each tied to law @p l? */
static int own_pages_between(const sc_entry *e, size_t from, size_t to, int l)
{
    int any = 0;
    for (uint64_t m = e->stat_in; m; m &= m - 1) {
        int k = __builtin_ctzll(m);
        if (e->cs[k] < from || e->cs[k] >= to)
            continue;
        if (e->law_of[k] != l)
            return 0;
        any = 1;
    }
    return any;
}

/* A day in brackets right after a name the entry ties to a law -- "The
 * X Act (October 6, 2014), which was signed by President Obama, is Pub.L.
 * 113-212", "X Appropriation Act, 1965 (1964-08-07) was designated Public
 * Law No. 88-454" -- is that law's date, as the name is the law's (a day
 * no other tie gave a law or a bill, and no bill's step). */
static void date_after_name(sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    for (int k = 0; k < e->nname; k++) {
        const sc_name_fact *f = &e->name[k];
        if (f->law < 0)
            continue;
        size_t q = f->tie_eo > f->eo ? f->tie_eo : f->eo;
        q = blanks(b, quote_end(b, q, e->eo, 1), e->eo); /* (past its closing quote:
                                                          * "“X Act of 2022” (12/27/2022)") */
        if (q >= e->eo || b[q] != '(')
            continue;
        for (int j = 0; j < e->ndate; j++) {
            sc_date_fact *d = &e->date[j];
            if (d->so != q + 1 || d->eo >= e->eo || b[d->eo] != ')' || d->law >= 0 || d->bill >= 0 ||
                d->ymd % 100 == 0 || d->role == SC_DATE_ROLE_BILL)
                continue;
            d->law = f->law;
            if (e->date_of[f->law] < 0 || e->date[(int)e->date_of[f->law]].ymd % 10000 == 0)
                e->date_of[f->law] = (int8_t)j;
        }
    }
}

/* Does the name ending at b[ne] have its page in its own parenthesis (its
 * pin pages, its day and a signer's word beside it at most), and then words that make the law after it that Act ("X Act of 1998 (at
 * 112 Stat. 2371) is cited as Pub. L. No. 105-267", "... (112 Stat. 2371)
 * became Public Law ...")?  Not a page's parenthesis and a comma ("the X
 * Act of 1970 (84 Stat. 922), Pub. L. 103-322": an amending law), nor words
 * of another act ("... (84 Stat. 922) was amended by Pub. L. ..."). */
static int page_paren_then_law(const sc_entry *e, size_t ne, size_t ls)
{
    const uint8_t *b = e->w->buf;
    size_t q = blanks(b, ne, ls);
    q = blanks(b, quote_end(b, q, ls, 1), ls); /* its closing quote: "“X Act” (at 103 Stat.
                                                * 1946) is" */
    size_t k = q + 1;
    if (q >= ls || b[q] != '(')
        return 0;
    while (k < ls && b[k] != ')' && b[k] != '(')
        k++;
    int page = 0;
    for (uint64_t m = e->stat_in; m && !page; m &= m - 1)
        page = e->cs[__builtin_ctzll(m)] > q && e->ce[__builtin_ctzll(m)] <= k;
    static const char *const verbs[] = { "is", "was", "became", NULL };
    /* (its day and a signer's word in the parenthesis too: "X Act (86
     * Stat. 713, 715; signed Sept. 21, 1972) became PL 92-426") */
    return k < ls && page && sc_entry_filler(e, q + 1, k, F_STAT | F_PINS | F_SEMI | F_DWORD | F_DATE, NULL) &&
           sc_word_among(b, k + 1, ls, verbs) &&
           sc_entry_filler(e, k + 1, ls, F_NWORD | F_DATE, NULL); /* (its day too: "... (at
                                                                  * 134 Stat. 228), approved
                                                                  * 23 March 2020, which is
                                                                  * Pub. L. ...") */
}

/* Does a field's label for the name stand right before b[so], after a
 * separator ("Public Law 109-374; Short title: X", "... | Popular name:
 * “X”")?  In an entry of one law, the field is that law's. */
static int name_labelled(const sc_entry *e, size_t so)
{
    const uint8_t *b = e->w->buf;
    size_t q = so;
    if (q >= e->so + 3 && quote_end(b, q - 3, so, 0) == so)
        q -= 3; /* its opening quote, curly */
    else if (q > e->so && quote_end(b, q - 1, so, 0) == so)
        q--;
    while (q > e->so && b[q - 1] == ' ')
        q--;
    if (q <= e->so || b[q - 1] != ':')
        return 0;
    size_t ce = q - 1, ls = ce;
    while (ls > e->so && ce - ls < 24 && (sc_isalpha(b[ls - 1]) || b[ls - 1] == ' '))
        ls--;
    while (ls < ce && b[ls] == ' ')
        ls++;
    size_t p = ls;
    while (p > e->so && b[p - 1] == ' ')
        p--;
    if (!(p == e->so || b[p - 1] == ';' || b[p - 1] == '|' || b[p - 1] == '\n' ||
          (p >= e->so + 3 && b[p - 3] == 0xe2 && b[p - 2] == 0x80 &&
           (b[p - 1] == 0x94 || b[p - 1] == 0x93)) || b[p - 1] == 0xb7))
        return 0; /* (a label opens a field: after a separator, a dash, a middle dot) */
    return ls < ce && sc_table_label_role(b, ls, ce) == SC_COL_NAME;
}

/* Is the name at b[so] set off by a comma (or an opening bracket) from
 * what stands before it, its opening quote, words of naming and "the" read
 * over: ", section 115, the X Act", ", sec. 3, known as the “X Act”" --
 * not joined by "of": "section 15 of the X Act"? */
static int set_off(const sc_entry *e, size_t so)
{
    static const char *const naming[] = { "known as", "popularly known as", "also known as",
                                          "titled", "entitled", "called", NULL };
    const uint8_t *b = e->w->buf;
    size_t q = before_the(e, before_open_quote(e, so)); /* "the" read over */
    size_t kn = sc_phrase_before(b, e->so, q, naming);
    if (kn) /* "known as the", and a "the" before the words */
        q = before_the(e, q - kn);
    return q > e->so && (b[q - 1] == ',' || b[q - 1] == '(');
}

/* Does the name at b[so] stand in the law @p l's own bracket, opened after
 * the law and its pins, as one of its items ("P.L. 104-255, tit. I, § 105
 * (104th Congress; the National Film Preservation Act of 1996; originally
 * HR 1734)")?  Only the law's own facts before it in the bracket. */
static int name_in_law_paren(const sc_entry *e, int l, size_t so)
{
    const uint8_t *b = e->w->buf;
    size_t q = cend(e, l);
    if (so <= q || so - q > 160)
        return 0;
    const uint8_t *p = memchr(b + q, '(', so - q);
    if (!p)
        return 0;
    size_t po = (size_t)(p - b), to = so;
    if (to >= po + 5 && memcmp(b + to - 4, "the ", 4) == 0)
        to -= 4;
    return po > q && sc_entry_filler(e, q, po, F_PINS, NULL) && sc_entry_one_bracket(e, po + 1, so) &&
           sc_entry_filler(e, po + 1, to, F_CONG | F_DATE | F_BILL | F_ENACT | F_SEMI, NULL);
}

size_t sc_entry_own_pin_end(const sc_entry *e, size_t from, size_t to)
{
    const uint8_t *b = e->w->buf;
    size_t i = from;
    while (i < to && b[i] == ' ')
        i++;
    /* (its part first: "tit. II, § 206", "div. B, title III, § 301") */
    for (int k = 0; k < 3; k++) {
        size_t q = sc_part_end(b, i, to);
        if (q == i)
            break;
        if (q + 1 >= to || b[q] != ',' || b[q + 1] != ' ')
            return from;
        i = q + 2;
    }
    if (i + 2 < to && b[i] == 0xc2 && b[i + 1] == 0xa7) {
        i += 2;
        if (i + 1 < to && b[i] == 0xc2 && b[i + 1] == 0xa7)
            i += 2;
    } else if (i + 4 < to && memcmp(b + i, "sec. ", 5) == 0) {
        i += 4;
    } else {
        return from;
    }
    size_t sp;
    while (i < to && (sp = sc_space_len(b + i, to - i)) > 0)
        i += sp;
    if (i >= to || !sc_isdigit(b[i]))
        return from;
    while (i < to && (sc_isalnum(b[i]) || b[i] == '-' ||
                      ((b[i] == '(' || b[i] == ')') && i + 1 < to && b[i + 1] != ' ')))
        i++;
    size_t j = i;
    while (j < to && b[j] == ' ')
        j++;
    return j < to && b[j] == '(' ? i : from;
}

/* Is name @p f the object of a verb that acts on another Act ("amended
 * the X Act", "to repeal the X Act", "reauthorizing the X Act")? */
static int object_of_acting_verb(const sc_entry *e, const sc_name_fact *f)
{
    static const char *const acting[] = { "amended", "amends", "amend", "amending", "repealed",
                                          "repeals", "repeal", "repealing", "reauthorized",
                                          "reauthorizes", "reauthorize", "reauthorizing",
                                          "extended", "extends", "extending", "superseded",
                                          "supersedes", "superseding", "replaced", "replaces",
                                          "replacing", "renamed", "renames", "renaming", NULL };
    size_t q = f->so;
    const uint8_t *b = e->w->buf;
    if (q >= e->so + 4 && (b[q - 4] | 0x20) == 't' && memcmp(b + q - 3, "he ", 3) == 0)
        q -= 4;
    return word_before_in(e, q, acting);
}

/* Does the name at b[so] stand in a data file's field whose key is not a
 * name's -- '"replaces": "Workforce Investment Act of 1998"', "predecessor:
 * ..." -- in a record of one law?  Then it is another Act's (a key of small
 * letters and '_'; a name's own, "title", "short_title", "popular_name",
 * is the law's). */
static int other_key_name(const sc_entry *e, size_t so)
{
    const uint8_t *b = e->w->buf;
    size_t q = so;
    while (q > e->so && so - q < 8 && (b[q - 1] == ' ' || b[q - 1] == '"' || b[q - 1] == '{' ||
                                      b[q - 1] == '\t'))
        q--;
    if (q == e->so || (b[q - 1] != ':' && b[q - 1] != '='))
        return 0;
    q--;
    while (q > e->so && (b[q - 1] == ' ' || b[q - 1] == '"'))
        q--;
    size_t ke = q;
    while (q > e->so && ke - q < 32 && (sc_islower(b[q - 1]) || b[q - 1] == '_'))
        q--;
    if (q == ke || (q > e->so && sc_isalnum(b[q - 1])))
        return 0;
    return sc_table_label_role(b, q, ke) != SC_COL_NAME;
}

/* The law whose aside law @p l is: l set off after it by "as amended
 * by" (or "as added by", "as last amended by", "amended by", "as
 * reauthorized by" ...; "section 4 of" and more laws with "and" may stand
 * in the aside), a comma closing the aside, then a verb that gives the
 * name at b[to] to the sentence's subject: "Pub. L. 101-336, as amended by
 * Pub. L. 110-325, is the Americans with Disabilities Act of 1990" tells
 * of 101-336.  Not an appositive of l's own: "Pub. L. 93-112, as added by
 * Pub. L. 105-220, the Workforce Investment Act of 1998, governs" -- else
 * -1. */
static int aside_host(const sc_entry *e, int l, size_t to)
{
    static const char *const asides[] = { "as ", "amended ", "added ", "modified ", "extended ",
                                          "redesignated ", "renumbered ", "reauthorized ",
                                          "last ", "further ", "most ", "recently ", "by ",
                                          "through ", "section ", "sec. ", "of ", "and ",
                                          NULL };
    static const char *const verbs[] = { "is", "was", "are", "were", "remains", "known", "called",
                                         "cited", "became", "becomes", "titled", "entitled", NULL };
    const uint8_t *b = e->w->buf;
    size_t q = blanks(b, cend(e, l), to);
    if (q < to && b[q] == '(') { /* (its own bracket: "Pub. L. 111-85 (Oct. 28, 2009),") */
        const uint8_t *c = memchr(b + q, ')', to - q < 80 ? to - q : 80);
        q = c ? blanks(b, (size_t)(c - b) + 1, to) : to;
    }
    if (q >= to || b[q] != ',')
        return -1;
    /* (past its own page: "Pub. L. 110-325, 122 Stat. 3553, is the ...") */
    for (int c = 0; c < e->n; c++)
        if (e->c[c].type == SC_STAT && cstart(e, c) == blanks(b, q + 1, to)) {
            q = blanks(b, cend(e, c), to);
            if (q >= to || b[q] != ',')
                return -1;
            break;
        }
    /* a verb after the aside: "..., is the X Act" */
    size_t v = blanks(b, q + 1, to);
    if (!sc_word_in(b, v, word_end(b, v, to), verbs))
        return -1;
    for (int h = 0; h < e->n; h++) {
        if (h == l || !sc_is_law(&e->c[h]) || cend(e, h) > cstart(e, l))
            continue;
        size_t k = blanks(b, cend(e, h), cstart(e, l));
        if (k < cstart(e, l) && b[k] == '(') { /* (its own bracket: "Pub. L. 87-195
                                                * (September 4, 1961), as amended by") */
            const uint8_t *c = memchr(b + k, ')', cstart(e, l) - k);
            k = c ? (size_t)(c - b) + 1 : k;
        }
        if (k < cstart(e, l) && b[k] == ',')
            k = blanks(b, k + 1, cstart(e, l));
        else
            k = cend(e, h);
        if (k == cend(e, h) || !sc_phrase_at(b, k, cstart(e, l), (const char *const[]){ "as ", "amended ", NULL }))
            continue;
        /* the aside's words, the laws in it, a section's number */
        int words = 0;
        while (k < cstart(e, l) && words < 12) {
            size_t n = sc_phrase_at(b, k, cstart(e, l), asides);
            if (n) {
                k = blanks(b, k + n, cstart(e, l));
                words++;
                continue;
            }
            int c = 0;
            while (c < e->n && cstart(e, c) != k)
                c++;
            if (c < e->n && sc_is_law(&e->c[c])) {
                k = blanks(b, cend(e, c), cstart(e, l));
                if (k < cstart(e, l) && b[k] == ',')
                    k = blanks(b, k + 1, cstart(e, l));
                words++;
                continue;
            }
            if (sc_isdigit(b[k]) || b[k] == '(' || b[k] == ')' || sc_isalpha(b[k]) == 0) {
                size_t w = k;
                while (w < cstart(e, l) && b[w] != ' ')
                    w++;
                if (w == k || !(sc_isdigit(b[k]) || b[k] == '('))
                    break;
                k = blanks(b, w, cstart(e, l)); /* "section 4(b) of" */
                words++;
                continue;
            }
            break;
        }
        if (k == cstart(e, l))
            return h;
    }
    return -1;
}

void sc_entry_tie_names(sc_entry *e)
{
    for (int k = 0; k < e->nname; k++) {
        sc_name_fact *f = &e->name[k];
        if (f->alt_so > f->so) {
            /* read over words a name may or may not hold: where it begins
             * is where the tables know it from (sc_entry_name_laws moves
             * so; unknown, it stays), so that the words before it do not
             * tie it to a law
             * ("... Public Law 110-432 in the Capital ... account of the
             * Consolidated ... Act, 2015") */
            const sc_ref_law *const *rows;
            sc_entry_name_laws(e, k, &rows);
        }
        int before = sc_entry_law_after(e, f->tie_eo), after = sc_entry_law_before(e, f->so);
        /* not a law of another item of a string citation, nor a row's law
         * on another line when the name's line has one of its own */
        if (before >= 0 && (items_apart(e, f->tie_eo, cstart(e, before)) ||
                            other_row(e, f->tie_eo, cstart(e, before)))) /* (from its end: a
                                                                          * name the line wraps,
                                                                          * "the X Act of\n1996
                                                                          * (Pub. L. ...)") */
            before = -1;
        if (after >= 0 && (items_apart(e, cend(e, after), f->so) ||
                           other_row(e, cend(e, after), f->so)))
            after = -1;
        unsigned used = 0;
        /* (past the Act's own section right after its name, the law's in
         * the bracket after: "the X Act § 4 (enacted as P.L. 106-37)",
         * "... § 4 (July 20, 1999; P.L. 106-37)" -- not "§ 4 of Public Law") */
        size_t from = before >= 0 ? sc_entry_own_pin_end(e, f->tie_eo, cstart(e, before)) : f->tie_eo;
        int to_next = before >= 0 &&
                      sc_entry_filler(e, from, cstart(e, before),
                                      F_NWORD | F_BILL | F_SEMI | F_DATE | F_BAR, &used);
        /* (its bill in its own bracket: "X Act (enacting H. R. 356) is Public
         * Law No. 113-133") */
        if (!to_next && before >= 0 && e->bill_in)
            to_next = sc_entry_filler(e, from, cstart(e, before),
                                      F_NWORD | F_BILL | F_DATE | F_BAR | F_ENACT | F_INSEMI, &used);
        /* across the law's own pages too: '"X Act" is printed at 127 Stat.
         * 506, 507, is Public Law 113-28', "X Act (118 Stat. 1383,
         * originally H.R. 854, ..., Pub. L. 108-347)" -- not a page of
         * another law ("the X Act of 1970 (84 Stat. 922), Pub. L.
         * 103-322": the page is the X Act's) */
        if (!to_next && before >= 0 && own_pages_between(e, f->tie_eo, cstart(e, before), before))
            to_next = sc_entry_filler(e, f->tie_eo, cstart(e, before),
                                      F_NWORD | F_BILL | F_DATE | F_BAR | F_STAT | F_CONG | F_INSEMI |
                                          F_PINS | F_ENACT, /* "X Act section 22, 100 Stat. 1200
                                                             * (Pub.L. 99-472; ...)": the Act's
                                                             * own section; "X Act, 1989
                                                             * (enacting H.R. 1451), which is
                                                             * reported at 101 Stat. 926, is
                                                             * cited as Pub.L. 100-175" */
                                      &used);
        /* "The Y Act amended the X Act of 1968 and became Pub. L. 117-159":
         * the object of a verb that acts on another Act, words between it and
         * the law, is that other Act (right before its law it is the
         * object's own citation: "amended the Clean Air Act, Pub. L. 88-206") */
        if (to_next && (used & F_NWORD) && object_of_acting_verb(e, f))
            to_next = 0;
        /* "the X Act of 1993, which Pub. L. 110-181 later amended", "..., and
         * Pub. L. 110-181 amended it": the law that acted on it */
        if (to_next && (used & F_NWORD) && sc_entry_law_acting(e, before, f->so))
            to_next = 0;
        /* "P.L. 85-570, the X Act; P.L. 85-470, ...": a name after a law
         * with a semicolon between it and the next is the first law's */
        if (to_next && (used & F_SEMI) && after >= 0 &&
            sc_entry_filler(e, cend(e, after), f->so, F_NWORD | F_STAT | F_DATE | F_BILL, NULL))
            to_next = 0;
        /* (its Congress between: "X Act of 2023 of the One Hundred Eighteenth
         * Congress became Pub.L. 118-6", "the X Act (97th Congress) is ...",
         * "(106th Cong.) was enacted as") */
        if (!to_next && before >= 0 && cstart(e, before) > f->tie_eo &&
            sc_find_text(e->w->buf + f->tie_eo, cstart(e, before) - f->tie_eo, " Cong", 5))
            to_next = sc_entry_filler(e, f->tie_eo, cstart(e, before),
                                      F_NWORD | F_BILL | F_DATE | F_BAR | F_CONG | F_INSEMI |
                                          /* and its bill's bracket: "X Act of the 106th
                                           * Congress (enacting HR 3632), which was
                                           * designated Pub. L. No. 106-350" */
                                          (e->bill_in ? F_ENACT : 0) |
                                          /* and the Act's own section before it: "X
                                           * Act, 1982 (hereinafter XA) § 5, 97th Cong.
                                           * (approved ...; Pub.L. 97-382)" */
                                          F_PINS,
                                      &used);
        /* (the law in the next sentence, which calls back: "... signed the X
         * Act, 112 Stat. 1519. The measure is cited as Pub.L. 105-230.", "the
         * X Act was enacted from H. R. 1233. The law was approved ... and was
         * enacted as Pub.L. 113-187.") */
        if (!to_next && before >= 0 && sc_entry_nlaws(e) == 1 &&
            sc_entry_told_across(e, f->tie_eo, cstart(e, before),
                        F_NWORD | F_BILL | F_DATE | F_STAT | F_CONG | F_INSEMI | F_ENACT))
            to_next = 1, used = F_NWORD;
        if (!to_next && before >= 0 && code_then_law(e, f->tie_eo, cstart(e, before)))
            to_next = 1, used = 0;
        if (!to_next && before >= 0 && referred_is(e, f->tie_eo, cstart(e, before)))
            to_next = 1, used = F_NWORD;
        if (!to_next && before >= 0 && pins_then_law(e, f->tie_eo, cstart(e, before)))
            to_next = 1, used = F_PINS;
        if (!to_next && before >= 0 && sc_entry_name_then_anaphor(e, k, before))
            to_next = 1, used = F_NWORD; /* "... the X Act of 1974 on ... It was assigned
                                          * Pub. L. 93-406" */
        if (!to_next && before >= 0 && sc_entry_name_subject_becomes(e, k, before))
            to_next = 1, used = F_NWORD; /* "The X Act (BSCA, S. 2938) is an act of
                                          * Congress that was signed ..., becoming Pub.
                                          * L. 117-159" */
        if (!to_next && before >= 0) {
            /* "the Balanced Budget and Emergency Deficit Control Act of
             * 1985 (tit. II, P.L. 99-177)": the part of the law the Act is,
             * in the parenthesis that opens after the name (not "the X Act
             * of 1970 (84 Stat. 922), Pub. L. 103-322": a page's) */
            size_t q = blanks(e->w->buf, f->tie_eo, cstart(e, before));
            if (q < cstart(e, before) && e->w->buf[q] == '(' &&
                sc_paren_open(e->w->buf, q, cstart(e, before)) &&
                sc_entry_filler(e, q + 1, cstart(e, before), F_PINS, NULL))
                to_next = 1, used = F_PINS;
        }
        if (!to_next && before >= 0 && page_paren_then_law(e, f->tie_eo, cstart(e, before)))
            to_next = 1, used = F_NWORD;
        if (to_next) {
            f->law = (int8_t)before;
            /* only blanks, a comma, "(" or a dash between: the law's own
             * name, as a table of authorities writes it (a heading line
             * above a note that begins "Pub. L." is not) */
            size_t q = f->tie_eo, to = cstart(e, before);
            while (q < to && (e->w->buf[q] == ' ' || e->w->buf[q] == ',' ||
                              e->w->buf[q] == '(' || e->w->buf[q] == '-' || e->w->buf[q] == '\t'))
                q++;
            f->tight = q == to && to - f->tie_eo <= 4;
        }
        else if (after >= 0 && !coordinated(e, f->so) &&
                 (/* (the law's own facts told between, its signer and bill too:
                   * "PL 108-484 (enacted ...; signed by President George Bush)
                   * was enacted from H.R.3818, is found at 118 Stat. 3922, and
                   * bears the short title the X Act") */
                  sc_entry_filler(e, cend(e, after), f->so,
                                  F_NWORD | F_DWORD | F_ENACT | F_STAT | F_DATE | F_SEMI |
                                      F_BILL | F_CONG,
                                  NULL) ||
                  /* over the law's own parenthesis: "Pub. L. No. 90-464 (enacting H.
                   * R. 18188; signed 8/8/1968) is known as the X Act" */
                  sc_entry_filler(e, cend(e, after), f->so, F_NWORD | F_PAREN, NULL) ||
                  /* a table row's cells: "P.L. 111-203 | Affordable Care Act |" (in one row) */
                  (!memchr(e->w->buf + cend(e, after), '\n', f->so - cend(e, after)) &&
                   sc_entry_filler(e, cend(e, after), f->so,
                                   F_NWORD | F_STAT | F_DATE | F_BILL | F_BAR, NULL))))
            f->law = (int8_t)after; /* not across a pin: "section 10 of Public Law 91-672,
                                     * section 15 of the X Act" names another Act */
        else if (after >= 0 && cited_as(e, f->so)) {
            /* a Short Title note: "... provided that: This Act may be cited as
             * the 'X Act of 1988'" -- the law that opens its credit */
            int opener = sc_entry_nlaws(e) == 1 ? after : credit_opener(e, after);
            if (sc_entry_nlaws(e) == 1 || provided_that(e, opener, f->so))
                f->law = (int8_t)opener;
        }
        if (f->law < 0 && before >= 0 && agent_then_law(e, k, cstart(e, before)))
            f->law = (int8_t)before;
        if (f->law < 0 && after >= 0 && name_in_law_paren(e, after, f->so))
            f->law = (int8_t)after; /* in its bracket after its pins: "P.L. 104-255, tit.
                                     * I, § 105 (104th Congress; the X Act of 1996; ...)" */
        if (f->law < 0 && after >= 0 && known_as_before(e, f->so) && sc_entry_told_back(e, f->so, after))
            f->law = (int8_t)after; /* "... Public Law No. 115-164 .... That statute is
                                     * known as the X Act" */
        if (f->law < 0 && after >= 0 && !coordinated(e, f->so) && set_off(e, f->so) &&
            sc_entry_filler(e, cend(e, after), f->so,
                            F_NWORD | F_PINS | F_STAT | F_DATE | F_BILL | F_CONG, NULL))
            f->law = (int8_t)after; /* across the law's own pins when the name is set
                                     * off by a comma: "Public Law No. 103-332,
                                     * section 115, X Act of 1994" (not "section 15
                                     * of the X Act") */
        /* a record's name is its one law's; elsewhere the name of the law's
         * bill: "H.R. 1988, the X Act, passed both Houses; the President
         * signed the bill ... (Public Law 102-195)" */
        /* (not a name in a box's field of other laws: "Major amendments" /
         * "ADA Amendments Act of 2008") */
        if (f->law < 0 && sc_entry_nlaws(e) == 1 &&
            !(e->record && (sc_ctx_other_acts_field(e->w->buf, e->so, f->so) ||
                            other_key_name(e, f->so))))
            f->law = (int8_t)(e->record || name_labelled(e, f->so) ? sc_entry_first_law(e)
                                                                  : bills_name(e, f));
        if (f->law >= 0 && f->law == after && after >= 0) {
            int host = aside_host(e, after, f->so);
            if (host >= 0)
                f->law = (int8_t)host; /* "A, as amended by B, is the X Act": A's */
        }
        if (f->law >= 0 && e->name_of[f->law] < 0)
            e->name_of[f->law] = (int8_t)k;
    }
    date_after_name(e);
}
