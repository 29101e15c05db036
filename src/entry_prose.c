/*
 * entry_prose.c -- how prose tells a law's enactment far from the law
 * (entry_in.h): the readers sc_entry_tie_dates() asks whether a date a few
 * words or a sentence away is the law's -- an appositive ("P.L. 111-5, an
 * economic stimulus bill enacted on ..."), "it" in the next clause or
 * sentence, the law as the sentence's subject before "was signed", the
 * law's bill before it, the words of its making before the law -- and the
 * clause tests they and the name ties share.
 */
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"

/* Is b[from..to) one clause: no line end, ';', opening bracket (nor, with
 * @p no_close, closing one) and no sentence end ('.', a blank, a capital)? */
int sc_entry_one_clause(const uint8_t *b, size_t from, size_t to, int no_close)
{
    for (size_t q = from; q < to; q++)
        if (b[q] == ';' || b[q] == '\n' || b[q] == '(' || b[q] == '[' || (no_close && b[q] == ')') ||
            (b[q] == '.' && q + 2 < to && b[q + 1] == ' ' && sc_isupper(b[q + 2])))
            return 0;
    return 1;
}

/* Does a date or a citation of the entry begin in b[from..to) -- with
 * @p pages_of >= -1, not counting a page of law @p pages_of or of none yet? */
static int fact_in(const sc_entry *e, size_t from, size_t to, int pages_of)
{
    for (int k = 0; k < e->ndate; k++)
        if (e->date[k].so >= from && e->date[k].so < to)
            return 1;
    for (int k = 0; k < e->n; k++)
        if ((e->kind[k] & SC_EK_IN) && e->cs[k] >= from && e->cs[k] < to &&
            !(pages_of >= -1 && e->c[k].type == SC_STAT &&
              (e->law_of[k] < 0 || e->law_of[k] == pages_of)))
            return 1;
    return 0;
}

int sc_entry_fact_between(const sc_entry *e, size_t from, size_t to)
{
    return fact_in(e, from, to, -2);
}

/* Words that make what they describe another law than the one cited: "a
 * law amending the Act enacted on ...", "... replaced No Child Left Behind;
 * it was signed ..." (sc_entry_appositive(), sc_entry_it_then_date()). */
static const char *const another_law[] = { "amend", "amends", "amended", "amending", "amendment",
                                           "repeal", "repeals", "repealed", "repealing",
                                           "replaced", "replacing", "superseded", "successor",
                                           "predecessor", "prior", "earlier", "original",
                                           "originally", "previous", "previously", "under",
                                           "pursuant", "than", NULL };

/* Is the law that ends at @p from described by an appositive that ends
 * in the words of its enactment before the date at @p to?  "([P.L.
 * 111-5](...), Division A, Title XII), an economic stimulus bill enacted on
 * February 17, 2009", "P.L. 119-21, a budget reconciliation measure
 * sometimes known as the \"One Big Beautiful Bill Act,\" which was signed
 * by the President on July 4, 2025": after the law (its pins, page, link
 * and brackets), ", a" or ", an", then words of one clause -- no citation,
 * date, ';' or sentence end between, and none that makes the description
 * another law's ("a law amending the Act enacted on ..."). */
int sc_entry_appositive(const sc_entry *e, size_t from, size_t to)
{
    const uint8_t *b = e->w->buf;
    if (to <= from || to - from > 240)
        return 0;
    size_t p = from;
    while (p + 4 < to && !(b[p] == ',' && b[p + 1] == ' ' && b[p + 2] == 'a' &&
                           (b[p + 3] == ' ' || (b[p + 3] == 'n' && b[p + 4] == ' '))))
        p++;
    if (p + 4 >= to || (p > from && !sc_entry_filler(e, from, p, F_STAT | F_PINS, NULL)))
        return 0;
    if (!sc_entry_one_clause(b, p + 2, to, 0))
        return 0;
    return !sc_entry_fact_between(e, p + 1, to) && !sc_word_among(b, p, to, another_law);
}

/* Is the law that ends at @p from the subject of a relative clause whose
 * second verb, after "and", is its enactment on the date at @p to?  "Pub.
 * L. 104-331, which enacted this chapter and was approved Oct. 26, 1996",
 * "Pub. L. 107-56, which amended FISA and was signed on October 26, 2001":
 * after the law (its pins and page), ", which" or ", that", one clause --
 * no ';', line end, sentence end, other date or citation, no second
 * "which" or "that" -- then " and " and only words of enactment before the
 * date ("was approved", "became law on"). */
int sc_entry_which_and(const sc_entry *e, size_t from, size_t to)
{
    const uint8_t *b = e->w->buf;
    if (to <= from || to - from > 240)
        return 0;
    const uint8_t *w = sc_find_text(b + from, to - from, ", which ", 8);
    if (!w)
        w = sc_find_text(b + from, to - from, ", that ", 7);
    if (!w)
        return 0;
    size_t p = (size_t)(w - b), c = p + (b[p + 2] == 'w' ? 8 : 7);
    if (p > from && !sc_entry_filler(e, from, p, F_STAT | F_PINS, NULL))
        return 0;
    size_t and = SIZE_MAX; /* the last " and " before the date */
    for (size_t q = c; q + 5 <= to; q++) {
        if (b[q] == ';' || b[q] == '\n' ||
            (b[q] == '.' && q + 2 < to && b[q + 1] == ' ' && sc_isupper(b[q + 2])))
            return 0;
        if (b[q] == ' ' && memcmp(b + q, " and ", 5) == 0)
            and = q + 5;
    }
    static const char *const rel[] = { "which", "that", "who", NULL };
    return and != SIZE_MAX && and > c + 1 && !sc_entry_fact_between(e, p + 1, to) &&
           !sc_word_among(b, c, and, rel) && sc_entry_filler(e, and, to, F_DWORD, NULL);
}

/* Only blanks and closing brackets in b[from..to)? */
static int only_closing(const uint8_t *b, size_t from, size_t to)
{
    for (size_t q = from; q < to; q++)
        if (b[q] != ' ' && b[q] != ')' && b[q] != ']')
            return 0;
    return 1;
}

/* Is law @p l the subject of its sentence: the sentence's (or entry's,
 * or line's) first words, the law itself or its name with the law in
 * brackets or after a comma right behind ("The USA PATRIOT Act (Pub. L.
 * No. 107-56)", "The X Act (HIPAA), Pub. L. 104-191", "Pub. L. 107-56")? */
static int law_is_subject(const sc_entry *e, int l)
{
    const uint8_t *b = e->w->buf;
    size_t q = cstart(e, l);
    while (q > e->so && (b[q - 1] == ' ' || b[q - 1] == '(' || b[q - 1] == '[' || b[q - 1] == ','))
        q--;
    for (int k = 0; k < e->nname; k++)
        if (e->name[k].eo == q || (e->name[k].tie_eo == q && e->name[k].tie_eo > e->name[k].eo)) {
            q = e->name[k].so;
            break;
        }
    while (q > e->so && b[q - 1] == ' ')
        q--;
    if (q >= e->so + 3 && (b[q - 3] | 0x20) == 't' && b[q - 2] == 'h' && b[q - 1] == 'e' &&
        (q == e->so + 3 || !sc_isalpha(b[q - 4])))
        q -= 3; /* "The" */
    while (q > e->so && (b[q - 1] == ' ' || b[q - 1] == '\t' || b[q - 1] == '*' || b[q - 1] == '"'))
        q--;
    return q == e->so || b[q - 1] == '\n' ||
           (q >= e->so + 2 && b[q - 1] == ' ' && (b[q - 2] == '.' || b[q - 2] == ':'));
}

/* Is the date at @p to the enactment of law @p l, told
 * of it in the next clause of its sentence by "it": "The FAST Act (P.L.
 * 114-94) authorized highway programs through FY2020; it was enacted
 * December 4, 2015" ("; it was", ", and it was", then "enacted", "signed",
 * "signed into law", "approved", and "on"; "it became law on"), or in the
 * next sentence ("Public Law 104-191. It was signed on August 21, 1996":
 * context.c joins it to the entry)?  Not when the first clause
 * holds another fact, a name or a word that makes "it" another law ("...
 * amended the Highway Act; it was enacted in 1956"). */
int sc_entry_it_then_date(const sc_entry *e, int l, size_t to)
{
    static const char *const verbs[] = { "enacted", "signed", "approved", NULL };
    const uint8_t *b = e->w->buf;
    size_t from = cend(e, l);
    if (to <= from || to - from > 240)
        return 0;
    size_t q = to;
    while (q > from && b[q - 1] == ' ')
        q--;
    if (q >= from + 3 && memcmp(b + q - 3, " on", 3) == 0)
        for (q -= 2; q > from && b[q - 1] == ' ';)
            q--;
    /* "by President Clinton", "by the President" */
    for (size_t p = q; p >= from + 4 && p + 60 > q; p--)
        if (memcmp(b + p - 4, " by ", 4) == 0) {
            size_t k = p;
            if (k + 4 <= q && memcmp(b + k, "the ", 4) == 0)
                k += 4;
            if (k + 9 <= q && memcmp(b + k, "President", 9) == 0 &&
                sc_president_words(b, k, q, NULL, NULL, NULL) == q) {
                for (q = p - 4; q > from && b[q - 1] == ' ';)
                    q--;
            }
            break;
        }
    if (q >= from + 9 && memcmp(b + q - 9, " into law", 9) == 0)
        for (q -= 8; q > from && b[q - 1] == ' ';)
            q--;
    size_t ve = q;
    while (q > from && sc_isalpha(b[q - 1]))
        q--;
    if (ve - q == 3 && memcmp(b + q, "law", 3) == 0 && q >= from + 7 &&
        memcmp(b + q - 7, "became ", 7) == 0) /* "it became law on" */
        ve = q - 1, q -= 7;
    if (!(sc_word_in(b, q, ve, verbs) && q >= from + 8 && (b[q - 7] | 0x20) == 'i' &&
          memcmp(b + q - 6, "t was ", 6) == 0) &&
        !(ve - q == 6 && memcmp(b + q, "became", 6) == 0 && q >= from + 4 &&
          (b[q - 3] | 0x20) == 'i' && memcmp(b + q - 2, "t ", 2) == 0))
        return 0;
    size_t c0 = q - (b[q] == 'b' ? 4 : 8); /* the blank before "it" */
    if (b[c0] != ' ')
        return 0;
    int sentence = b[c0 + 1] == 'I'; /* "Public Law 104-191. It was signed on" */
    if (!sentence && c0 >= from + 5 && memcmp(b + c0 - 5, ", and", 5) == 0)
        c0 -= 5;
    else if (!sentence && c0 >= from + 1 && b[c0 - 1] == ';')
        c0 -= 1;
    else if (sentence && c0 >= from + 1 && b[c0 - 1] == '.' && law_is_subject(e, l) &&
             only_closing(b, from, c0 - 1))
        c0 -= 1; /* the sentence before is the law's, and ends with it ("Public Law
                  * 104-191.", "The X Act (Pub. L. 104-191).": not "Pub. L. 104-191
                  * directed HHS to adopt a rule. It was signed ...", the rule's) */
    else
        return 0;
    if (!sc_entry_one_clause(b, from, c0, 0) || sc_entry_fact_between(e, from, to))
        return 0;
    for (int k = 0; k < e->nname; k++)
        if (e->name[k].so >= from && e->name[k].so < to)
            return 0;
    return !sc_word_among(b, from, c0, another_law);
}

/* Is the date @p f the enactment of the one law @p l that is the subject
 * of its sentence, the predicate before the date after words that say
 * nothing of another law?  "The USA PATRIOT Act (Pub. L. No. 107-56),
 * passed in the wake of the attacks, was signed October 26, 2001", "The
 * ADA (Pub. L. 101-336) passed the Senate 76-8 and was signed into law by
 * President George H.W. Bush on July 26, 1990", "Pub. L. 111-148, the
 * Affordable Care Act, became law on March 23, 2010": from the law to the
 * date one clause with no fact, name or word of another law, its last
 * part (after the last ',' or "and") only "was" or "were" (an adverb
 * may stand after it), the verb of enactment ("signed", "enacted",
 * "approved"; or "became law"), "into law", the President and "on" or
 * "in".  Not "..., which was signed": "which" may be another thing's. */
int sc_entry_subject_then_date(const sc_entry *e, int l, const sc_date_fact *f)
{
    static const char *const verbs[] = { "signed", "enacted", "approved", NULL };
    const uint8_t *b = e->w->buf;
    size_t from = cend(e, l), to = f->so;
    if (to <= from || to - from > 240 || !law_is_subject(e, l) || sc_entry_fact_between(e, from, to) ||
        sc_word_among(b, from, to, another_law))
        return 0;
    for (int k = 0; k < e->nname; k++)
        if (e->name[k].so >= from && e->name[k].so < to && e->name[k].law != l)
            return 0;
    /* the predicate: after the last ',' or " and " */
    size_t p = 0;
    for (size_t q = to; q > from && !p; q--)
        if (b[q - 1] == ',')
            p = q;
        else if (q >= from + 5 && memcmp(b + q - 5, " and ", 5) == 0)
            p = q - 1;
    if (!p || !sc_entry_one_clause(b, from, p, 0)) /* (the predicate is read word by word) */
        return 0;
    size_t i = blanks(b, p, to), we = word_end(b, i, to);
    if (we - i == 6 && memcmp(b + i, "became", 6) == 0) {
        i = blanks(b, we, to);
        we = word_end(b, i, to);
        if (we - i != 3 || memcmp(b + i, "law", 3) != 0)
            return 0;
    } else {
        if (!((we - i == 3 && memcmp(b + i, "was", 3) == 0) ||
              (we - i == 4 && memcmp(b + i, "were", 4) == 0)))
            return 0;
        i = blanks(b, we, to);
        we = word_end(b, i, to);
        if (we - i > 4 && b[we - 2] == 'l' && b[we - 1] == 'y') { /* "was formally signed" */
            i = blanks(b, we, to);
            we = word_end(b, i, to);
        }
        if (!sc_word_in(b, i, we, verbs))
            return 0;
        size_t k = blanks(b, we, to);
        if (k + 8 <= to && memcmp(b + k, "into law", 8) == 0)
            we = k + 8;
    }
    i = blanks(b, we, to);
    if (i + 3 <= to && memcmp(b + i, "by ", 3) == 0) { /* "by President Bush", "by the President" */
        i = blanks(b, i + 3, to);
        if (i + 4 <= to && memcmp(b + i, "the ", 4) == 0)
            i += 4;
        if (i + 9 > to || memcmp(b + i, "President", 9) != 0)
            return 0;
        i = sc_president_words(b, i, to, NULL, NULL, NULL);
        i = blanks(b, i, to);
    }
    we = word_end(b, i, to);
    if ((we - i == 2 && (memcmp(b + i, "on", 2) == 0 || memcmp(b + i, "in", 2) == 0)))
        i = blanks(b, we, to);
    return i == to;
}

/* Is the enactment date @p f that of law @p l by its bill: the entry's
 * one bill after the date, only names and link words between them, and
 * the bill tied to the law (entry_bills.c)? */
int sc_entry_bill_then_law(const sc_entry *e, const sc_date_fact *f, int l)
{
    for (uint64_t m = e->bill_in; m; m &= m - 1) {
        int bi = __builtin_ctzll(m);
        if (e->cs[bi] >= f->eo && e->cs[bi] < cstart(e, l))
            return e->law_of[bi] == l && sc_entry_one_bill(e) &&
                   sc_entry_prose_linked(e, f->eo, e->cs[bi]);
    }
    return 0;
}

/* From date @p f to law @p l after it only words of the law's making
 * ("Congress", "enacted", "the", "was designated") and names: "In 1997,
 * Congress enacted the X Act (HIPAA), Pub. L. ...", "In 1965, Congress
 * passed the X Act (Pub. L. ...)", "The X Act was signed into law on Oct.
 * 14, 1978 and was designated Pub. L. No. 95-588". */
int sc_entry_words_then_law(const sc_entry *e, const sc_date_fact *f, int l)
{
    size_t to = cstart(e, l);
    if (sc_entry_filler(e, f->eo, to, F_DWORD | F_CONG | F_NAME | F_NWORD, NULL))
        return 1;
    size_t ce = sc_entry_circumstance_end(e, f->eo, to); /* (past ", after months of
                                                           * negotiation,") */
    if (ce > f->eo && sc_entry_filler(e, ce, to, F_DWORD | F_CONG | F_NAME | F_NWORD, NULL))
        return 1;
    /* its bill, its page and "which is" too, the bill and page the law's:
     * "On 3/23/1995, President Clinton approved the X Act of 1995 (104th
     * Congress) (S. 2), which is Pub. L. 104-1", "On 1985-11-08, the X
     * Act, 99 Stat. 293, is cited as P.L. 99-88" */
    int between = sc_entry_facts_between(e, f->eo, to, l);
    if (between < 0)
        return 0;
    if (between > 0 && sc_entry_filler(e, f->eo, to,
                                   F_DWORD | F_CONG | F_NAME | F_BILL | F_STAT | F_PINS | F_NWORD,
                                   NULL))
        return 1;
    /* or up to the bracket the law is in, when only the part of the law
     * the Act is stands in it before the law: "... Appropriations Act,
     * 2026 (Division B of [P.L. 119-37](...))" */
    const uint8_t *b = e->w->buf;
    size_t q = to;
    while (q > f->eo && q + 40 > to && b[q - 1] != '(' && b[q - 1] != ')' && b[q - 1] != ',')
        q--;
    return q > f->eo + 1 && b[q - 1] == '(' && q < to &&
           sc_entry_filler(e, q, to, F_PINS, NULL) &&
           sc_entry_filler(e, f->eo, q - 1, F_DWORD | F_CONG | F_NAME, NULL);
}

/* "President Bush signed it into law on July 26, 1990.  Pub. L. No.
 * 101-336.", "Signed: 10/26/2001. Public Law 107-56.", "... on Jul. 10,
 * 1978. The statute is Pub. L. No. 95-392": the date the
 * sentence before a citation sentence (scan.h) gives an enactment, with no
 * other fact after it in that sentence -- the law the citation sentence
 * cites, which the sentence is about. */
int sc_entry_date_then_cite(const sc_entry *e, const sc_date_fact *f, int l)
{
    const uint8_t *b = e->w->buf;
    size_t to = cstart(e, l), dot = to;
    if (to <= f->eo || to - f->eo > 160)
        return 0;
    while (dot > f->eo && b[dot - 1] != '.')
        dot--;
    if (dot == f->eo)
        return 0;
    dot--; /* the period that ends the date's sentence */
    /* (a page of the law or of none between: "On 29 June 1990, President Bush
     * signed the X Act of 1990 (at 104 Stat. 1028). That statute is Pub. L.
     * 101-443" -- the page in the name's bracket is the law's, told back) */
    if (fact_in(e, f->eo, dot, l) || memchr(b + f->eo, ';', dot - f->eo))
        return 0;
    /* ... or one that opens by calling the law what the sentence before
     * tells of: "President Jimmy Carter signed H.R. 12936 on Jul. 10,
     * 1978. The statute is Pub. L. No. 95-392 ..." */
    return sc_ctx_cite_sentence(e->w, dot + 1, e->eo, to, e->last) || sc_ctx_anaphor(b, dot + 1, to);
}

/* Does the sentence of name @p f, which ends at the period b[dot], say
 * only that the Act was enacted: before the name its capitalized words
 * (the Congress, a President's name, "In"), numbers and the words of an
 * enactment, after it an enactment's words and dates?  "Congress passed the
 * X Act in 1968.", "In 1968, President Johnson signed the X Act.", "The X
 * Act was enacted in 1968." -- not "Congress amended the X Act in 1990." or
 * "The program began under the X Act.": the citation after such a sentence
 * may be another law's (the amending law's). */
static int enacted_sentence(const sc_entry *e, const sc_name_fact *f, size_t dot)
{
    static const char *const enact_words[] = { "passed", "enacted", "signed", "approved", "adopted",
                                               "the", "in", "on", "into", "law", "and", "by",
                                               "president", "congress", NULL };
    const uint8_t *b = e->w->buf;
    size_t s = f->so;
    while (s > e->so && f->so - s < 200 && !(b[s - 1] == '.' && sc_ctx_period_ends(e->w, s - 1)) &&
           !(b[s - 1] == '\n' && s >= 2 && b[s - 2] == '\n'))
        s--;
    if (s > e->so && b[s - 1] != '.' && b[s - 1] != '\n')
        return 0; /* (a sentence too long to read) */
    for (size_t i = s; i < f->so;) {
        if (!sc_isalpha(b[i])) {
            i++;
            continue;
        }
        size_t we = word_end(b, i, f->so);
        if (sc_islower(b[i]) && !sc_word_in(b, i, we, enact_words))
            return 0;
        i = we;
    }
    return sc_entry_filler(e, f->tie_eo, dot, F_DWORD | F_DATE | F_CONG, NULL);
}

/* "President Ford signed the Employee Retirement Income Security Act of
 * 1974 on September 2, 1974. It was assigned Pub. L. 93-406": name @p k in
 * the sentence right before one that opens by calling law @p l what that
 * sentence tells of (sc_ctx_anaphor), the only name there, no law between.
 * Or before a citation sentence (scan.h), when the name's sentence only
 * says the Act was enacted: "Congress passed the X Act in 1968.  See Pub.
 * L. No. 90-542, 82 Stat. 906." (enacted_sentence). */
int sc_entry_name_then_anaphor(const sc_entry *e, int k, int l)
{
    const uint8_t *b = e->w->buf;
    const sc_name_fact *f = &e->name[k];
    size_t to = cstart(e, l);
    if (to <= f->tie_eo || to - f->tie_eo > 300)
        return 0;
    /* the sentence's own period, after a closing quote too: not "S." of
     * "introduced as S. 2030" (each period found by memrchr) */
    size_t dot = f->tie_eo; /* (past the period; tie_eo when none) */
    for (size_t q = to, d; q > f->tie_eo;) {
        const uint8_t *p = memrchr(b + f->tie_eo, '.', q - f->tie_eo);
        if (!p)
            break;
        d = (size_t)(p - b);
        if (sc_quote_closes_before(b, 0, d) || sc_ctx_period_ends(e->w, d)) {
            dot = d + 1;
            break;
        }
        q = d;
    }
    if (dot == f->tie_eo)
        return 0;
    int cite = !sc_ctx_anaphor(b, dot, to);
    if (cite && !sc_ctx_cite_sentence(e->w, dot, e->eo, to, e->last))
        return 0;
    dot--; /* the period that ends the name's sentence */
    if (cite && !enacted_sentence(e, f, dot))
        return 0;
    for (size_t i = f->tie_eo; i < dot; i++)
        if (b[i] == '.' && i + 1 < dot && b[i + 1] == ' ' && i > 0 && sc_islower(b[i - 1]) &&
            sc_islower(b[i - 2]) && sc_ctx_period_ends(e->w, i))
            return 0; /* another sentence between (not "Stat.": "the X Act of 1992, 106
                       * Stat. 2183. The law is Pub. L. No. 102-428") */
    for (int q = 0; q < e->nname; q++)
        if (q != k && e->name[q].so < dot && e->name[q].eo > (f->so > 200 ? f->so - 200 : 0))
            return 0; /* another name near: which one is "it"? */
    for (uint64_t m = e->law_in; m; m &= m - 1)
        if (e->cs[__builtin_ctzll(m)] >= f->tie_eo && e->cs[__builtin_ctzll(m)] < dot)
            return 0; /* a law of its own in the sentence (dates may be there) */
    return 1;
}


/* "The Bipartisan Safer Communities Act (BSCA, S. 2938) is an act of
 * Congress that was signed by President Joe Biden on June 25, 2022,
 * becoming Pub. L. 117-159": name @p k opens its sentence, its subject,
 * and law @p l ends that sentence as what it became ("becoming", "became",
 * "was enacted as", "enacted as", "as") -- the entry's one law, no other
 * name or law in the sentence, no ';' or sentence's end between. */
/* Do the words b[from..to) after a subject's name say it was enacted as
 * the law at b[to], one predicate alone: "was enacted" ("was signed",
 * "was approved") right after the name, then its day and an aside, then
 * ", as " -- "The X Act, 1998 was enacted on October 7, 1997, before the
 * fiscal year it funds had run its course, as Public Law 105-55"?  Not
 * with a second clause between, whose law it is: "... was signed on July
 * 26, 1990, and was substantially broadened eighteen years later, as
 * Public Law 110-325". */
static int enacted_as(const uint8_t *b, size_t from, size_t to)
{
    static const char *const as[] = { ", as ", NULL };
    static const char *const verbs[] = { "was enacted ", "was signed ", "was approved ", NULL };
    static const char *const second[] = { "and", "but", "was", "were", "later", "then",
                                          "which", "amended", NULL };
    size_t q = from;
    while (q < to && b[q] == ' ')
        q++;
    size_t n = sc_phrase_at(b, q, to, verbs);
    if (!n || !sc_phrase_before(b, q, to, as) || memchr(b + q, ';', to - q))
        return 0;
    return !sc_word_among(b, q + n, to - 4, second);
}

int sc_entry_name_subject_becomes(const sc_entry *e, int k, int l)
{
    const uint8_t *b = e->w->buf;
    const sc_name_fact *f = &e->name[k];
    size_t to = cstart(e, l);
    if (to <= f->tie_eo || to - f->tie_eo > 300 || sc_entry_nlaws(e) != 1)
        return 0;
    static const char *const becomes[] = { "becoming ", "became ", "enacted as ", NULL };
    /* or "as " after the subject's enacting verb, the clause's own: "The X
     * Act, 1998 was enacted on October 7, 1997, before the fiscal year it
     * funds had run its course, as Public Law 105-55" (not "The X Act was
     * amended in 1990, as Public Law ...": the amender) */
    if (!sc_phrase_before(b, f->tie_eo, to, becomes) && !enacted_as(b, f->tie_eo, to))
        return 0;
    size_t q = f->so; /* the subject: "The" (or nothing) before the name at its sentence's start */
    if (q >= e->so + 4 && (b[q - 4] | 0x20) == 't' && memcmp(b + q - 3, "he ", 3) == 0)
        q -= 4;
    if (!sc_entry_sentence_opens(e, q))
        return 0;
    for (size_t i = f->tie_eo; i < to; i++)
        if (b[i] == ';' || (b[i] == '.' && sc_ctx_period_ends(e->w, i)))
            return 0; /* another clause's, or sentence's */
    for (int q2 = 0; q2 < e->nname; q2++)
        if (q2 != k && e->name[q2].so >= f->so && e->name[q2].so < to)
            return 0; /* another name in the sentence: which one became it? */
    return 1;
}

/* Is a word of @p list in b[from..to) outside the entry's Act names (not
 * the "Program" of "the Basic Pilot Program Extension and Expansion Act")? */
static int word_among_unnamed(const sc_entry *e, size_t from, size_t to, const char *const *list)
{
    const uint8_t *b = e->w->buf;
    while (from < to) {
        size_t ns = to, ne = to; /* the first name that ends after from */
        for (int k = 0; k < e->nname; k++)
            if (e->name[k].eo > from && e->name[k].so < ns)
                ns = e->name[k].so, ne = e->name[k].eo;
        if (ns > from && sc_word_among(b, from, ns < to ? ns : to, list))
            return 1;
        from = ne;
    }
    return 0;
}

/* Is a word of another law (another_law) in b[from..to)?  Not "originally"
 * right before a bill the entry cites: the law's own bill ("Pub. L.
 * 105-334, originally H. R. 2327, ..."). */
static int another_law_among(const sc_entry *e, size_t from, size_t to)
{
    const uint8_t *b = e->w->buf;
    for (size_t i = from; i < to;) {
        if (!sc_isalpha(b[i]) || (i > from && sc_isalpha(b[i - 1]))) {
            i++;
            continue;
        }
        size_t we = i;
        while (we < to && sc_isalpha(b[we]))
            we++;
        if (sc_word_in(b, i, we, another_law)) {
            int bill = 0;
            if (we - i == 10 && sc_word_in(b, i, we, (const char *const[]){ "originally", NULL })) {
                size_t q = blanks(b, we, to);
                for (uint64_t m = e->bill_in; m && !bill; m &= m - 1)
                    bill = e->cs[__builtin_ctzll(m)] == q;
            }
            /* "Pub. L. 110-301, as amended.": the law's own state, right
             * after it, no other law */
            int as = i >= from + 3 && memcmp(b + i - 3, "as ", 3) == 0;
            size_t a = as ? i - 3 : i;
            while (a > from && (b[a - 1] == ' ' || b[a - 1] == ','))
                a--;
            int as_amended = as && a == from && we - i == 7 && memcmp(b + i, "amended", 7) == 0 &&
                             (we == to || b[we] == '.' || b[we] == ',' || b[we] == ';' || b[we] == ')');
            if (!bill && !as_amended)
                return 1;
        }
        i = we;
    }
    return 0;
}

int sc_entry_told_back(const sc_entry *e, size_t pos, int l)
{
    const uint8_t *b = e->w->buf;
    if (e->nlaw != 1 || !(e->kind[l] & SC_EK_IN))
        return 0;
    size_t from = cend(e, l);
    if (pos <= from || pos - from > 400)
        return 0;
    /* the law the object of another's doing ("It replaced the Workforce
     * Investment Act of 1998.  Congress enacted the statute on July 22,
     * 2014"): the statute told of after is the one that did it */
    static const char *const object_of[] = { "replaced the ", "amended the ", "repealed the ",
                                             "superseded the ", "replacing the ", "amending the ",
                                             "repealing the ", "superseding the ", "replaced ",
                                             "amended ", "repealed ", "superseded ", NULL };
    if ((e->kind[l] & SC_EK_IN) && sc_phrase_before(b, e->so, e->cs[l], object_of))
        return 0;
    int told = 0, bare = 0; /* bare: a sentence's subject is "It", "The measure" */
    static const char *const law_words[] = { "act", "law", "statute", NULL };
    for (size_t q = from; q < pos; q++) {
        if (b[q] == '\n' && q + 1 < pos && b[q + 1] == '\n')
            return 0; /* a paragraph ended */
        if (b[q] == '.' &&
            (sc_ctx_period_ends(e->w, q) ||
             /* (after a closing quote: '... cited as the "X Act of 1978". That
              * statute is found at ...', as sc_entry_told_across() reads it) */
             (sc_quote_closes_before(b, from, q) && q + 2 < pos && b[q + 1] == ' ' &&
              sc_isupper(b[q + 2])))) {
            size_t j = dblanks(b, q + 1, pos); /* (a sentence a line) */
            if (j >= pos || !sc_ctx_tells_back(b, e->w->len, j))
                return 0;
            told = 1;
            size_t k = sc_isupper(b[j]) ? sc_ctx_back_subject(b, e->w->len, j) : 0;
            bare |= !(k > j && k <= pos && sc_word_among(b, j, k, law_words));
        }
    }
    /* "it" may stand for another thing the sentences name, one that is
     * signed or approved too: "Pub. L. 104-191 directed HHS to adopt a
     * privacy rule.  It was signed on December 28, 2000."  ("The Act",
     * "The law", "The statute" may not: "... any federally funded program
     * (29 U.S.C. § 794).  The Act began as H.R. 8074") */
    static const char *const other_thing[] = { "rule", "rules", "regulation", "regulations", "order",
                                               "orders", "proclamation", "treaty", "convention",
                                               "agreement", "compact", "contract", "memorandum",
                                               "plan", "program", "policy", "report", "guidance",
                                               "directive", "executive", "resolution", NULL };
    return told && !another_law_among(e, from, pos) &&
           !(bare && word_among_unnamed(e, from, pos, other_thing));
}
