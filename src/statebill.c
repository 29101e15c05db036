/*
 * statebill.c -- is a bill written out in words ("Senate Bill 683", "House
 * Bill 1169") a state legislature's rather than Congress's?  State courts,
 * agencies and the press name state bills that way ("the North Carolina
 * General Assembly enacted Senate Bill 683", "the Texas Legislature passed
 * House Bill 1"); Congress's are mostly written "S. 683", "H.R. 1169".  The
 * text around the bill decides: a word of a state's legislature, its laws
 * or its governor, or a state's name right before the bill, makes it a
 * state's -- unless a word of Congress stands there too.  Pure functions
 * over a byte buffer; no state, no allocation.
 */
#include "statebill.h"

#include <string.h>

#include "check.h"
#include "ctype.h"

/* Words of a state's lawmaking; each is looked for as written. */
static const char *const state_words[] = {
    "General Assembly", "Legislature", "Governor",  "Sess. Law",  "Session Law",
    "State Senate",     "state Senate", "State House", "state House", "Assembly Bill",
    "S.B. ",            "H.B. ",       "Gen. Stat",  "Stat. Ann.", "Code Ann.",  NULL };

/* Words of Congress: with one of them in reach the bill is Congress's. */
static const char *const federal_words[] = {
    "Congress", "Cong.", "U.S. Senate", "U.S. House", "United States Senate",
    "United States House", "Pub. L", "Public Law", "P.L. ", "U.S.C", NULL };

/* The states' names, as they stand right before "Senate Bill" or "House
 * Bill" ("Texas House Bill 1", "Florida's Senate Bill 7050"). */
static const char *const states[] = {
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Hampshire",
    "Jersey", "Mexico", "York", "Carolina", "Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Island", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
    "Washington", "Wisconsin", "Wyoming", NULL };

static int any_of(const uint8_t *b, size_t n, const char *const *words)
{
    for (const char *const *w = words; *w; w++) /* (sc_find_text: faster than memmem() here) */
        if (sc_find_text(b, n, *w, strlen(*w)))
            return 1;
    return 0;
}

/* Does a state's name end right before b[at] (past blanks and "'s")? */
static int state_before(const uint8_t *b, size_t lo, size_t at)
{
    size_t e = at;
    while (e > lo && (b[e - 1] == ' ' || b[e - 1] == '\t'))
        e--;
    if (e >= lo + 2 && b[e - 1] == 's' && (b[e - 2] == '\'' || b[e - 2] == 0x99))
        e -= b[e - 2] == 0x99 && e >= lo + 4 ? 4 : 2; /* "'s", "’s" */
    size_t s = e;
    while (s > lo && sc_isalpha(b[s - 1]))
        s--;
    for (const char *const *w = states; *w; w++)
        if (strlen(*w) == e - s && memcmp(b + s, *w, e - s) == 0)
            return 1;
    return 0;
}

/* Where the first blank line in b[from..hi) begins, or hi. */
static size_t blank_line(const uint8_t *b, size_t from, size_t hi)
{
    for (size_t k = from; k + 1 < hi; k++)
        if (b[k] == '\n') {
            size_t j = k + 1;
            while (j < hi && (b[j] == ' ' || b[j] == '\t' || b[j] == '\r'))
                j++;
            if (j < hi && b[j] == '\n')
                return k;
        }
    return hi;
}

int sc_state_bill(const uint8_t *b, size_t at, size_t end, size_t len)
{
    if (at >= len || end > len || end < at)
        return 0;
    if (!((b[at] == 'S' || b[at] == 'H') && at + 2 <= len && sc_islower(b[at + 1])) &&
        !(at + 6 <= len && (memcmp(b + at, "SENATE", 6) == 0 || memcmp(b + at, "HOUSE", 5) == 0)))
        return 0; /* "S. 683", "H.R. 1169": Congress's way of writing them */
    /* back to the paragraph's start, at most STATE_BACK bytes; on at most
     * STATE_AHEAD (a heading's bill is described in the paragraph under it) */
    size_t lo = at > SC_STATE_BACK ? at - SC_STATE_BACK : 0;
    for (size_t k = at; k > lo + 1; k--)
        if (b[k - 1] == '\n' && (b[k - 2] == '\n' || (k >= lo + 3 && b[k - 2] == '\r' &&
                                                        b[k - 3] == '\n'))) {
            lo = k;
            break;
        }
    if (state_before(b, lo, at))
        return 1; /* "Texas House Bill 3" */
    /* on to the paragraph's end -- or, from a heading ("C. House Bill
     * 1169" alone on its line), to the end of the paragraph under it */
    size_t hi = len - end > SC_STATE_AHEAD ? end + SC_STATE_AHEAD : len;
    size_t pe = blank_line(b, end, hi);
    if (pe - lo < 80 && pe < hi)
        pe = blank_line(b, pe + 1, hi);
    if (any_of(b + lo, pe - lo, federal_words))
        return 0;
    return any_of(b + lo, pe - lo, state_words);
}
