/*
 * entry_tie_order.c -- facts given in the order of their laws: "Pub. L.
 * 101-336 and Pub. L. 101-335 were signed on July 26, 1990 and July 17,
 * 1990, respectively", "Pub. L. 110-2 and Pub. L. 110-5 came from H.R. 475
 * and H.J. Res. 20".  A list of laws, then in the same clause a list of as
 * many dates or as many bills (or the dates in the last law's bracket), or
 * before it a list of as many bills or Act names ("S. 2152 and H.R. 4188,
 * which became ..."): each fact is the law's in its place.  The
 * nearest-fact ties (entry_tie_dates.c, entry_bills.c, entry_tie_names.c)
 * would give the first fact to the last law.  Runs after them (entry.c).
 */
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"

#define ORDER_MAX 8 /* laws in one list, at most */

/* Is b[from..to) only what parts the items of a list: blanks, a comma,
 * "and", "&"?  ("Pub. L. 110-2 and Pub. L. 110-5", "A, B, and C") */
static int list_glue(const uint8_t *b, size_t from, size_t to)
{
    if (to <= from || to - from > 8)
        return 0;
    int words = 0;
    for (size_t i = from; i < to;) {
        if (b[i] == ' ' || b[i] == ',' || b[i] == '&') {
            i++;
            continue;
        }
        if (i + 3 <= to && memcmp(b + i, "and", 3) == 0 && (i + 3 == to || !sc_isalpha(b[i + 3])) &&
            (i == from || !sc_isalpha(b[i - 1]))) {
            i += 3;
            words++;
            continue;
        }
        return 0;
    }
    return words <= 1;
}

/* The words that may stand between the laws' list and a list of their
 * days: an enactment's ("were signed on", "were enacted, respectively,
 * on") -- not another event's ("took effect on", "were amended on"). */
static const char *const day_words[] = { "were", "was", "are", "signed", "enacted", "approved",
                                         "into", "law", "on", "respectively", "became", "laws",
                                         "by", "the", "president", "both", "in", NULL };
/* ... and a list of their bills: where they came from ("came from",
 * "were enacted as", "originated as") -- not bills that acted on them
 * ("were later amended by H.R. 1 and H.R. 1892"). */
static const char *const bill_words[] = { "came", "come", "from", "were", "are", "enacted", "as",
                                          "originated", "began", "started", "originally",
                                          "respectively", "the", "bills", "their", NULL };

/* Between the laws' list and the facts' (b[from..to)): only words of
 * @p words, no sentence's or clause's end -- ". ", ';', a bracket -- and
 * no more than 80 bytes. */
static int same_clause(const uint8_t *b, size_t from, size_t to, const char *const *words)
{
    if (to < from || to - from > 80)
        return 0;
    for (size_t i = from; i < to;) {
        if (b[i] == ';' || b[i] == '(' || b[i] == ')' || b[i] == '[' || b[i] == ']' ||
            b[i] == '\n' || b[i] == ':' || (b[i] == '.' && i + 1 < to && b[i + 1] == ' ') ||
            sc_isdigit(b[i]))
            return 0;
        if (!sc_isalpha(b[i])) {
            i++;
            continue;
        }
        size_t we = letters_end(b, i, to);
        if (!sc_word_in(b, i, we, words))
            return 0;
        i = we;
    }
    return 1;
}

/* Past a law's own bracket right after b[ce] ("Pub. L. 101-336 (S. 933)
 * and ..."): the byte after its ')' (100 bytes at most, no bracket
 * inside), or ce when none opens there. */
static size_t past_bracket(const uint8_t *b, size_t ce, size_t lim)
{
    size_t q = ce;
    while (q < lim && b[q] == ' ')
        q++;
    if (q >= lim || b[q] != '(')
        return ce;
    for (size_t k = q + 1; k < lim && k < q + 100; k++) {
        if (b[k] == '(')
            return ce;
        if (b[k] == ')')
            return k + 1;
    }
    return ce;
}

/* Does a '(' open right before b[cs] (past blanks)? */
static int paren_before(const uint8_t *b, size_t lo, size_t cs)
{
    while (cs > lo && b[cs - 1] == ' ')
        cs--;
    return cs > lo && b[cs - 1] == '(';
}

/* Between two laws each in its Act name's bracket: the list's glue, an
 * article, the next name, its '(' -- b[from..to) is ") and the Y Act (" from
 * past the first law's ')' ("The X Act (Pub. L. 101-374) and the Y Act of
 * 2003 (Pub. L. 108-76)"). */
static int named_item_gap(const sc_entry *e, size_t from, size_t to)
{
    const uint8_t *b = e->w->buf;
    if (!paren_before(b, from, to))
        return 0;
    size_t open = to;
    while (open > from && b[open - 1] == ' ')
        open--;
    open--; /* the '(' */
    for (int j = 0; j < e->nname; j++) {
        const sc_name_fact *f = &e->name[j];
        if (f->so <= from || f->tie_eo > open || blanks(b, f->tie_eo, open) != open)
            continue;
        size_t ns = f->so;
        if (ns >= from + 4 && memcmp(b + ns - 4, "the ", 4) == 0)
            ns -= 4;
        return list_glue(b, from, ns);
    }
    return 0;
}

/* The entry's laws in a list: the longest run of laws, each parted from
 * the next by list_glue alone, past its own bracket ("Pub. L. 101-336 (S.
 * 933) and Pub. L. 110-325 (S. 3406)"); their group indexes in @p laws,
 * where the list ends in *after, how many returned (0 when there is no
 * run of two). */
static int law_list(const sc_entry *e, int *laws, size_t *after)
{
    const uint8_t *b = e->w->buf;
    int best = 0, n = 0, run[ORDER_MAX];
    size_t tail = 0; /* past the run's last law and its own bracket */
    for (int i = 0; i < e->n; i++) {
        if (!sc_is_law(&e->c[i]) || !(e->kind[i] & SC_EK_IN)) {
            if (n > 0 && e->cs[i] >= tail)
                n = 0; /* (a citation in the last law's own bracket does not part the list) */
            continue;
        }
        if (n > 0 && !(n < ORDER_MAX && (list_glue(b, tail, e->cs[i]) ||
                                           named_item_gap(e, tail, e->cs[i]))))
            n = 0;
        run[n++] = i;
        tail = past_bracket(b, e->ce[i], e->eo);
        if (tail == e->ce[i]) { /* (the law in its name's bracket: "the X Act (Pub. L.
                                 * 101-374) and the Y Act (Pub. L. 108-76)") */
            size_t q = blanks(b, tail, e->eo);
            if (q < e->eo && b[q] == ')' && e->cs[i] > e->so && paren_before(b, e->so, e->cs[i]))
                tail = q + 1;
        }
        if (n > best) {
            best = n;
            memcpy(laws, run, (size_t)n * sizeof *run);
            *after = tail;
        }
    }
    return best >= 2 ? best : 0;
}

/* The dates right after the laws' list, in its clause and in a list of
 * as many ("... were signed on July 26, 1990 and July 17, 1990"): their
 * indexes in @p dates; 1 when there are @p k of them and nothing but the
 * list's glue between two (no citation among them). */
static int date_list(const sc_entry *e, size_t after, int k, int *dates)
{
    const uint8_t *b = e->w->buf;
    int n = 0;
    for (int d = 0; d < e->ndate && n < k; d++) {
        const sc_date_fact *f = &e->date[d];
        if (f->so < after)
            continue;
        if (n == 0 ? !same_clause(b, after, f->so, day_words)
                   : !list_glue(b, e->date[dates[n - 1]].eo, f->so))
            return 0;
        if (f->bad)
            return 0;
        dates[n++] = d;
    }
    if (n != k)
        return 0;
    /* no further date in the list, and no citation within it */
    size_t end = e->date[dates[k - 1]].eo;
    for (int d = 0; d < e->ndate; d++)
        if (e->date[d].so >= end && list_glue(b, end, e->date[d].so))
            return 0;
    for (int i = 0; i < e->n; i++)
        if (e->cs[i] >= after && e->cs[i] < end)
            return 0;
    return 1;
}

/* The bills right after the laws' list, as date_list: "... came from H.R.
 * 475 and H.J. Res. 20". */
static int bill_list(const sc_entry *e, size_t after, int k, int *bills)
{
    const uint8_t *b = e->w->buf;
    int n = 0;
    size_t last = after;
    for (int i = 0; i < e->n && n <= k; i++) {
        if (e->cs[i] < after)
            continue;
        if (e->c[i].type != SC_BILL)
            return n == k; /* (another citation ends the list) */
        if (n == 0 ? !same_clause(b, after, e->cs[i], bill_words) : !list_glue(b, last, e->cs[i]))
            return n == k;
        if (n == k)
            return 0; /* (a list of more bills than laws) */
        bills[n++] = i;
        last = e->ce[i];
    }
    return n == k;
}

/* The words between a list of bills and the list of the laws they became
 * after it: "S. 2152 and H.R. 4188, which became Public Laws 114-121 and
 * 114-120, respectively". */
static const char *const became_words[] = { "which", "that", "became", "become", "were",
                                            "enacted", "as", "respectively", "the", "signed",
                                            "into", "law", "laws", NULL };

/* Past a bill's Congress written after it (", 114th Cong.", " (114th
 * Congress)" is a bracket: past_bracket()), or ce. */
static size_t past_congress(const uint8_t *b, size_t ce, size_t lim)
{
    size_t q = ce;
    if (q < lim && b[q] == ',')
        q++;
    while (q < lim && b[q] == ' ')
        q++;
    size_t d = q;
    while (q < lim && sc_isdigit(b[q]))
        q++;
    if (q == d)
        return ce;
    while (q < lim && sc_islower(b[q]))
        q++;
    if (q + 6 <= lim && memcmp(b + q, " Cong.", 6) == 0)
        return q + 6;
    if (q + 9 <= lim && memcmp(b + q, " Congress", 9) == 0)
        return q + 9;
    return ce;
}

/* The bills right before the laws' list, in a list of as many that
 * became them ("Congress passed S. 2152, 114th Cong. and H.R. 4188, 114th
 * Cong., which became Public Law 114-121 and Pub. L. 114-120,
 * respectively"): their indexes in @p bills, 1 when there are @p k. */
static int bill_list_before(const sc_entry *e, size_t first, int k, int *bills)
{
    const uint8_t *b = e->w->buf;
    int n = 0;
    size_t next = first;
    for (int i = e->n - 1; i >= 0 && n < k; i--) {
        if (e->cs[i] >= first)
            continue;
        if (e->c[i].type != SC_BILL)
            return 0;
        size_t end = past_bracket(b, past_congress(b, e->ce[i], next), next);
        if (end < next && b[end] == ',')
            end++;
        if (n == 0 ? !same_clause(b, end, next, became_words) : !list_glue(b, end, next))
            return 0;
        bills[k - 1 - n] = i;
        n++;
        next = e->cs[i];
    }
    return n == k;
}

/* The Act names right before the laws' list, in a list of as many ("The
 * X Act of 2000 and the Y Act became Pub. L. No. 106-407 and Pub. L.
 * 113-87"): their indexes in @p names, 1 when there are @p k. */
static int name_list_before(const sc_entry *e, size_t first, int k, int *names)
{
    const uint8_t *b = e->w->buf;
    int n = 0;
    size_t next = first;
    for (int j = e->nname - 1; j >= 0 && n < k; j--) {
        const sc_name_fact *f = &e->name[j];
        if (f->so >= first)
            continue;
        size_t end = f->tie_eo;
        if (n == 0 ? !same_clause(b, end, next, became_words) : !list_glue(b, end, next))
            return 0;
        names[k - 1 - n] = j;
        n++;
        next = f->so;
        if (next >= e->so + 4 && memcmp(b + next - 4, "the ", 4) == 0)
            next -= 4; /* ("and the Y Act") */
    }
    return n == k;
}

void sc_entry_tie_in_order(sc_entry *e)
{
    int laws[ORDER_MAX], facts[ORDER_MAX];
    size_t after = 0;
    int k = law_list(e, laws, &after);
    if (!k)
        return;
    /* (the list's verb the first date's, a word of enactment: "were signed
     * on A and B") */
    /* (the dates in the last law's own bracket: "Pub. L. 100-702 and Pub. L.
     * 110-161 (signed November 19, 1988 and December 26, 2007,
     * respectively)") */
    const uint8_t *b = e->w->buf;
    size_t open = blanks(b, e->ce[laws[k - 1]], e->eo);
    if (e->ndate >= k &&
        (date_list(e, after, k, facts) ||
         (open < e->eo && b[open] == '(' && date_list(e, open + 1, k, facts))) &&
        (e->date[facts[0]].role == SC_DATE_ROLE_ENACTED ||
         e->date[facts[0]].role == SC_DATE_ROLE_NONE)) { /* (only an enactment's words
                                                             * between: day_words) */
        uint8_t role = SC_DATE_ROLE_ENACTED;
        for (int d = 0; d < e->ndate; d++)
            for (int a = 0; a < k; a++)
                if (e->date[d].law == laws[a])
                    e->date[d].law = -1;
        for (int a = 0; a < k; a++) /* (nor another law's any more: "Pub. L. 113-273
                                     * ... . Congress passed S. 2152 and ...") */
            for (int l = 0; l < e->n; l++)
                if (e->date_of[l] == facts[a])
                    e->date_of[l] = -1;
        for (int a = 0; a < k; a++) {
            sc_date_fact *f = &e->date[facts[a]];
            if (f->role == SC_DATE_ROLE_NONE)
                f->role = role;
            if (f->role != SC_DATE_ROLE_NONE && f->role != SC_DATE_ROLE_ENACTED)
                continue; /* (an effective day, a bill's step: no day of the law) */
            f->law = (int8_t)laws[a];
            e->date_of[laws[a]] = (int8_t)facts[a];
        }
        for (int a = 0; a < k; a++)
            if (e->date_of[laws[a]] >= 0 && e->date[e->date_of[laws[a]]].law != laws[a])
                e->date_of[laws[a]] = -1;
    }
    if (bill_list(e, after, k, facts) || bill_list_before(e, e->cs[laws[0]], k, facts)) {
        for (int a = 0; a < k; a++) {
            int bi = e->bill_of[laws[a]];
            if (bi >= 0 && e->law_of[bi] == laws[a])
                e->law_of[bi] = -1;
        }
        for (int a = 0; a < k; a++)
            for (int l = 0; l < e->n; l++)
                if (e->bill_of[l] == facts[a])
                    e->bill_of[l] = -1;
        for (int a = 0; a < k; a++) {
            e->bill_of[laws[a]] = (int8_t)facts[a];
            e->law_of[facts[a]] = (int8_t)laws[a];
            e->brole[facts[a]] = SC_BILL_ROLE_BECAME;
        }
    }
    if (e->nname >= k && name_list_before(e, e->cs[laws[0]], k, facts)) {
        for (int a = 0; a < k; a++) {
            int nk = e->name_of[laws[a]];
            if (nk >= 0 && e->name[nk].law == laws[a])
                e->name[nk].law = -1;
        }
        for (int a = 0; a < k; a++)
            for (int l = 0; l < e->n; l++)
                if (e->name_of[l] == facts[a])
                    e->name_of[l] = -1;
        for (int a = 0; a < k; a++) {
            e->name[facts[a]].law = (int8_t)laws[a];
            e->name_of[laws[a]] = (int8_t)facts[a];
        }
    }
}
