/*
 * entry_tie_order.c -- facts given in the order of their laws: "Pub. L.
 * 101-336 and Pub. L. 101-335 were signed on July 26, 1990 and July 17,
 * 1990, respectively", "Pub. L. 110-2 and Pub. L. 110-5 came from H.R. 475
 * and H.J. Res. 20".  A list of laws, then in the same clause a list of as
 * many dates or as many bills: each fact is the law's in its place.  The
 * nearest-fact ties (entry_tie_dates.c, entry_bills.c) would give the
 * first fact to the last law.  Runs after them (entry.c).
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
        size_t we = i;
        while (we < to && sc_isalpha(b[we]))
            we++;
        if (!sc_word_in(b, i, we, words))
            return 0;
        i = we;
    }
    return 1;
}

/* The entry's laws in a list: the longest run of laws, each parted from
 * the next by list_glue alone; their group indexes in @p laws, how many
 * returned (0 when there is no run of two). */
static int law_list(const sc_entry *e, int *laws)
{
    const uint8_t *b = e->w->buf;
    int best = 0, n = 0, run[ORDER_MAX];
    for (int i = 0; i < e->n; i++) {
        if (!sc_is_law(&e->c[i]) || !(e->kind[i] & SC_EK_IN)) {
            n = 0;
            continue;
        }
        if (n > 0 && !(n < ORDER_MAX && list_glue(b, e->ce[run[n - 1]], e->cs[i])))
            n = 0;
        run[n++] = i;
        if (n > best) {
            best = n;
            memcpy(laws, run, (size_t)n * sizeof *run);
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
        if (f->bad || (f->ymd % 10000) == 0)
            return 0; /* (a year alone: no day of a law) */
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

void sc_entry_tie_in_order(sc_entry *e)
{
    int laws[ORDER_MAX], facts[ORDER_MAX];
    int k = law_list(e, laws);
    if (!k)
        return;
    size_t after = e->ce[laws[k - 1]];
    /* (the list's verb the first date's, a word of enactment: "were signed
     * on A and B") */
    if (e->ndate >= k && date_list(e, after, k, facts) &&
        e->date[facts[0]].role == SC_DATE_ROLE_ENACTED) {
        uint8_t role = e->date[facts[0]].role;
        for (int d = 0; d < e->ndate; d++)
            for (int a = 0; a < k; a++)
                if (e->date[d].law == laws[a])
                    e->date[d].law = -1;
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
    if (bill_list(e, after, k, facts)) {
        for (int a = 0; a < k; a++) {
            int bi = e->bill_of[laws[a]];
            if (bi >= 0 && e->law_of[bi] == laws[a])
                e->law_of[bi] = -1;
        }
        for (int a = 0; a < k; a++) {
            e->bill_of[laws[a]] = (int8_t)facts[a];
            e->law_of[facts[a]] = (int8_t)laws[a];
            e->brole[facts[a]] = SC_BILL_ROLE_BECAME;
        }
    }
}
