/*
 * entry_dates.c -- the dates an entry states (entry.h): every common
 * spelling of a date (sc_date_at), the role the words around it give it
 * (enacted, a bill's step, another event), and the document's own date.
 */
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <immintrin.h>
#endif

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "lexer.h"
#include "scan.h"
#include "table.h"

/* --------------------------------------------------------------- dates */

static const char *const month_names[] = { "january", "february", "march",     "april",
                                           "may",     "june",     "july",      "august",
                                           "september", "october", "november", "december" };

/* The capitals a month's name begins with. */
static const uint8_t month_first[256] = { ['J'] = 1, ['F'] = 1, ['M'] = 1, ['A'] = 1,
                                          ['S'] = 1, ['O'] = 1, ['N'] = 1, ['D'] = 1 };

/* A month name or abbreviation at b[i] (capitalized, whole word, "Sept."
 * and "Jun." with their period): returns 1-12 and sets *end. */
static int month_at(const uint8_t *b, size_t i, size_t lim, size_t *end)
{
    static const uint8_t month_len[12] = { 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8 };
    if (i >= lim || !month_first[b[i]] || (i > 0 && sc_isalpha(b[i - 1])))
        return 0;
    size_t e = word_end(b, i, lim);
    size_t n = e - i;
    if (n < 3 || n > 9)
        return 0;
    /* no two months' names begin with the same three letters: those pick
     * the one month the word may be (n >= 3), the rest is compared.  The
     * three letters hash to a slot of their own ((5 c0 + 24 c1 + c2) >> 3,
     * mod 16): the month of the slot is the one to compare with */
    static const char first3[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    static const int8_t by_hash[16] = { 10, -1, -1, 0, 8, 2, 4, -1, 7, 11, 3, 1, 9, -1, 6, 5 };
    uint8_t c0 = sc_tolower(b[i]), c1 = sc_tolower(b[i + 1]), c2 = sc_tolower(b[i + 2]);
    int m = by_hash[((c0 * 5u + c1 * 24u + c2) >> 3) & 15];
    if (m < 0 || (uint8_t)first3[3 * m] != c0 || (uint8_t)first3[3 * m + 1] != c1 ||
        (uint8_t)first3[3 * m + 2] != c2)
        return 0;
    size_t full = month_len[m];
    if (n > full)
        return 0; /* longer than the name: no prefix of it */
    SC_ROLLED
    for (size_t k = 3; k < n; k++)
        if (sc_tolower(b[i + k]) != (uint8_t)month_names[m][k])
            return 0;
    if (n == full) {
        *end = e;
        return m + 1;
    }
    /* an abbreviation: "Jan." "Sept." "Sep" -- 3 or 4 letters */
    if (n == 3 || (m == 8 && n == 4)) {
        *end = e < lim && b[e] == '.' ? e + 1 : e;
        return m + 1;
    }
    return 0;
}


/* A date's shape: a year of the Republic, a month, a day of 1 to 31.  The
 * readers below take every date of that shape -- "February 31, 2008" is a
 * date written wrong, not prose -- and sc_date_real() tells the days that
 * exist from those that do not. */
static int valid_date(int y, int m, int d)
{
    return y >= 1789 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

int sc_month_at(const uint8_t *b, size_t i, size_t lim, size_t *end)
{
    return month_at(b, i, lim, end);
}

int sc_month_days(int y, int m)
{
    static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m < 1 || m > 12)
        return 0;
    return mdays[m - 1] + (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
}

int sc_date_real(int32_t ymd)
{
    int d = ymd % 100;
    return d >= 0 && d <= sc_month_days(ymd / 10000, ymd / 100 % 100);
}


/* The length of the ordinal suffix of day @p d at b[k] ("st" of "1st",
 * "th" of "26th"), or 0. */
static size_t ordinal_len(const uint8_t *b, size_t k, size_t lim, int d)
{
    if (k + 2 > lim || (k + 2 < lim && sc_isalnum(b[k + 2])))
        return 0;
    const char *suf = d % 10 == 1 && d != 11 ? "st" : d % 10 == 2 && d != 12 ? "nd"
                      : d % 10 == 3 && d != 13 ? "rd" : "th";
    return b[k] == suf[0] && b[k + 1] == suf[1] ? 2 : 0;
}

/* The century of a two-digit year: the one that puts it at or before the
 * end of the last Congress in the tables (2027 for the 119th: "7/26/90" is
 * 1990, "1/5/25" 2025), as a citation list dates what has happened.  A
 * date of the 1920s or before written so is read a century late; the
 * law's own date then disagrees with it (docs/checks.md). */
static int century_year(int yy)
{
    static int pivot; /* the last Congress's end year; set once, the same for every thread */
    int p = __atomic_load_n(&pivot, __ATOMIC_RELAXED);
    if (!p) {
        const sc_ref_congress *c = sc_ref_congress_get(sc_ref_congress_last());
        p = c ? c->end / 10000 : 2000;
        __atomic_store_n(&pivot, p, __ATOMIC_RELAXED);
    }
    return yy <= p % 100 ? p - p % 100 + yy : p - p % 100 - 100 + yy;
}

/* A numeric date with a four-digit year of the Republic that no order of
 * its fields makes a day, its fields parted by '/': "13/26/1990",
 * "07/62/1990", "1990/13/26" (not '-': "Tenn. Code Ann. 68-11-1802") -- a
 * date written wrong (as "February 31, 2008" is), which sc_date_real()
 * rejects and the checks report (date-invalid).  Not a field of 0: "7/00/1990"
 * is a database's day not known. */
static int bad_numeric(int y, int m, int d)
{
    return y >= 1789 && y <= 2100 && m >= 1 && d >= 1 && ((m <= 12 && d > 31) || (m > 12 && d > 12));
}

/* "07/26/1990" at b[i], or
 * with @p ylen 2 "7/26/90" (a two-digit year, century_year()'s): month,
 * day and year, or day first ("26/07/1990") when the first number cannot
 * be a month; the year followed by neither a letter, a digit nor another
 * '/' -- nor, for two digits, a decimal's point ("1/2/35.5").  With a
 * four-digit year, '-' may stand for both '/': "7-26-1990".  0 when
 * there is no such date. */
static int32_t slash_date(const uint8_t *b, size_t i, size_t lim, int ylen, size_t *end)
{
    int a, c, y;
    int n1 = digits(b, i, lim, 2, &a);
    size_t k = i + (size_t)n1;
    if (!n1 || k >= lim || !(b[k] == '/' || ((b[k] == '-' || b[k] == '.') && ylen == 4)))
        return 0;
    uint8_t sep = b[k];
    int n2 = digits(b, k + 1, lim, 2, &c);
    size_t k2 = k + 1 + (size_t)n2, ye = k2 + 1 + (size_t)ylen;
    if (!n2 || k2 >= lim || b[k2] != sep || digits(b, k2 + 1, lim, ylen, &y) != ylen ||
        (ye < lim && (sc_isalnum(b[ye]) ||
                      (b[ye] == sep && !(sep == '.' && !(ye + 1 < lim && sc_isdigit(b[ye + 1])))) ||
                      (ylen == 2 && b[ye] == '.' && ye + 1 < lim && sc_isdigit(b[ye + 1])))))
        return 0; /* (a sentence's period after a dotted date ends it: "on 7.26.1991.") */
    if (ylen == 2)
        y = century_year(y);
    if (sep == '.' && a <= 12 && c <= 12 && a != c)
        return 0; /* dotted: day first in Europe, month first here -- "5.2.1993" is
                   * either, "8.23.1990" only one */
    int m = a, d = c;
    if (m > 12 && d <= 12)
        m = c, d = a;
    if (!valid_date(y, m, d) && !(ylen == 4 && sep == '/' && bad_numeric(y, m, d)))
        return 0;
    *end = ye;
    return y * 10000 + m * 100 + d;
}

/* (dblanks, entry_in.h: a date a line wraps, "March\n23, 2010") */

/* Is the number at b[i] part of a designation rather than a date -- a
 * section's "§ 7.26.1990", "sec. 1.2.1990", "Rule 8.23.1990"? */
static int dotted_number_before(const uint8_t *b, size_t i)
{
    size_t q = i, lo = i > 24 ? i - 24 : 0; /* (a word's reach back: the entry's
                                             * window holds it) */
    while (q > lo && b[q - 1] == ' ')
        q--;
    if (q == lo)
        return 0;
    if ((q >= lo + 2 && b[q - 2] == 0xc2 && b[q - 1] == 0xa7) || sc_isdigit(b[q - 1]) ||
        (b[q - 1] == '.' && q == i))
        return 1; /* "§ 7.26.1990", "1.7.26.1990" */
    size_t ws = q - (b[q - 1] == '.'), we = ws;
    while (ws > lo && sc_isalpha(b[ws - 1]))
        ws--;
    static const char *const des[] = { "section", "sections", "sec", "rule", "reg", "part",
                                       "chapter", "version", "paragraph", "table", "figure",
                                       "no", "nos", "exhibit", "appendix", "item", "v", NULL };
    return sc_word_in(b, ws, we, des);
}

static int32_t date_shape_at(const uint8_t *b, size_t i, size_t lim, size_t *end)
{
    size_t e;
    int y, m, d, n;
    if (i > 0 && (sc_isalnum(b[i - 1]) || b[i - 1] == '/' || b[i - 1] == '-'))
        return 0;
    if ((m = month_at(b, i, lim, &e)) != 0) { /* July 26, 1990 */
        size_t k = dblanks(b, e, lim);
        if (k == e || !(n = digits(b, k, lim, 2, &d)))
            return 0;
        k += (size_t)n;
        k += ordinal_len(b, k, lim, d); /* "July 26th, 1990" */
        if (k < lim && b[k] == ',')
            k++;
        size_t k2 = dblanks(b, k, lim);
        if (k2 == k && b[k - 1] != ',')
            return 0;
        if (digits(b, k2, lim, 4, &y) != 4 || (k2 + 4 < lim && sc_isalnum(b[k2 + 4])))
            return 0;
        /* (a capitalized month's day may be any two digits: "December 71,
         * 2004" is a date written wrong, which sc_date_real() rejects) */
        if (!valid_date(y, m, d) && !(sc_isupper(b[i]) && d > 31 && valid_date(y, m, 1)))
            return 0;
        *end = k2 + 4;
        return y * 10000 + m * 100 + d;
    }
    if (!sc_isdigit(b[i]))
        return 0;
    n = digits(b, i, lim, 4, &y);
    if (n == 4 && i + 8 <= lim && (b[i + 4] == '-' || b[i + 4] == '/')) {
        /* 1990-07-26, and a spreadsheet's 1990-7-26, 1990/07/26: the year
         * first, one separator twice */
        uint8_t sep = b[i + 4];
        size_t k = i + 5;
        int n2 = digits(b, k, lim, 2, &m);
        k += (size_t)n2;
        if (!n2 || k >= lim || b[k] != sep)
            return 0;
        int n3 = digits(b, k + 1, lim, 2, &d);
        k += 1 + (size_t)n3;
        if (!n3 || (k < lim && (sc_isalnum(b[k]) || b[k] == '-' || b[k] == '/')) ||
            (!valid_date(y, m, d) && !(sep == '/' && bad_numeric(y, m, d))))
            return 0; /* (not "2010-13-26", a docket's number as likely as a day) */
        *end = k;
        return y * 10000 + m * 100 + d;
    }
    if (n >= 1 && n <= 2) {
        size_t k = i + (size_t)n;
        if (k + 1 < lim && b[k] == '-' && sc_isupper(b[k + 1])) {
            /* a spreadsheet's 26-Jul-1990 */
            d = y;
            if ((m = month_at(b, k + 1, lim, &e)) == 0 || e >= lim || b[e] != '-' ||
                digits(b, e + 1, lim, 4, &y) != 4 || (e + 5 < lim && sc_isalnum(b[e + 5])) ||
                !valid_date(y, m, d))
                return 0;
            *end = e + 5;
            return y * 10000 + m * 100 + d;
        }
        if (k < lim && (b[k] == '/' || b[k] == '-')) /* 07/26/1990, 26/07/1990, 7-26-1990 */
            return slash_date(b, i, lim, 4, end);
        if (k < lim && b[k] == '.' && !dotted_number_before(b, i)) /* an outline's 7.26.1990 */
            return slash_date(b, i, lim, 4, end);
        /* 26 July 1990, 26th July 1990, 26th of July, 1990, and an enrolled
         * bill's "the 26th day of July, 1990" */
        size_t ko = k + ordinal_len(b, k, lim, y), k2 = dblanks(b, ko, lim);
        if (ko > k && k2 > ko && k2 + 7 < lim && memcmp(b + k2, "day of ", 7) == 0)
            k2 = dblanks(b, k2 + 6, lim);
        else if (ko > k && k2 > ko && k2 + 3 < lim && b[k2] == 'o' && b[k2 + 1] == 'f' && b[k2 + 2] == ' ')
            k2 = dblanks(b, k2 + 2, lim);
        if (k2 > ko && (m = month_at(b, k2, lim, &e)) != 0) {
            d = y;
            if (e < lim && b[e] == ',')
                e++;
            size_t k3 = dblanks(b, e, lim);
            if (k3 > e && digits(b, k3, lim, 4, &y) == 4 &&
                !(k3 + 4 < lim && sc_isalnum(b[k3 + 4])) && valid_date(y, m, d)) {
                *end = k3 + 4;
                return y * 10000 + m * 100 + d;
            }
        }
    }
    return 0;
}

/* date_shape_at() at the month's capital b[k] for a date that ends with
 * the year @p year at b[y..y + 4) (a year of the Republic, no letter or
 * digit after it): the date when the one it reads ends there, else 0.
 * The back-walk's reader: as the year is known, no digits read for it,
 * and a day whose blanks do not end at it is left at once. */
static int32_t month_date_to(const uint8_t *b, size_t k, size_t lim, size_t y, int year)
{
    size_t e;
    int m, d, n;
    if (k > 0 && (sc_isalnum(b[k - 1]) || b[k - 1] == '/' || b[k - 1] == '-'))
        return 0;
    if ((m = month_at(b, k, lim, &e)) == 0)
        return 0;
    size_t q = dblanks(b, e, lim);
    if (q == e || !(n = digits(b, q, lim, 2, &d)))
        return 0;
    q += (size_t)n;
    q += ordinal_len(b, q, lim, d);
    if (q < lim && b[q] == ',')
        q++;
    if (dblanks(b, q, lim) != y || (y == q && b[q - 1] != ','))
        return 0;
    /* (valid_date() with the year and month known good; a capitalized
     * month's day of two digits past 31 too, as date_shape_at() takes it) */
    if (d < 1 || (d > 31 && !sc_isupper(b[k])))
        return 0;
    return year * 10000 + m * 100 + d;
}

int32_t sc_date_at(const uint8_t *b, size_t i, size_t lim, size_t *end)
{
    int32_t d = date_shape_at(b, i, lim, end);
    return d && sc_date_real(d) ? d : 0;
}

/* A date with a two-digit year at b[i]: "7/26/90", "07/26/90" (see
 * slash_date()), not after a letter, digit, '/', '-' or '.'. */
static int32_t date2_at(const uint8_t *b, size_t i, size_t lim, size_t *end)
{
    if (i > 0 && (sc_isalnum(b[i - 1]) || b[i - 1] == '/' || b[i - 1] == '-' || b[i - 1] == '.'))
        return 0;
    return slash_date(b, i, lim, 2, end);
}

/* Words before a date that say what it is the date of. */
static const char *const enacted_words[] = {
    "signed", "approved", "enacted", "enactment", "law", "became", "becomes", "approval", NULL
};
static const char *const bill_words[] = { "introduced", "introduction", "passed", "passage",
                                          "reported", "referred", "vetoed", "considered",
                                          "cleared", "ordered", NULL };
static const char *const other_words[] = {
    "effective", "effect", "veto", /* ("took effect on") */
    /* a session's or a Congress's days: "was begun Dec. 7, 1863, and ended
     * July 4, 1864, 13 Stat. 1 to 417" */
    "ended", "begun", "convened", "adjourned",
    "amended", "amendment", "amendments", "hearing", "hearings", "adopted", "agreed",
    "published", "filed", "received", "until", "before", "after", "through", "since",
    "by", "expires", "expired", "ending", "beginning", "from", "prior", "issued",
    "revised", "repealed", "terminated", "termination", "sunset", "began", "begins",
    "debated", "markup", "presented", "sent",
    "transmitted", "between", "within", "during", "not", "later", "earlier",
    "rule", "regulation", "regulations", "notice", "memorandum", "letter", "report",
    "decided", "argued", "modified", "extended", "reauthorized", NULL
};
/* Words that may stand between such a word and the date. */
static const char *const date_glue[] = { "on", "of", "the", "into", "as", "dated", "was",
                                         "is", "were", "and", "date", "in", "to", "house",
                                         "senate", "representatives", "both", "by", "congress",
                                         "cong",
                                         /* the object signed: "signed it on", "signed the
                                          * measure into law on" */
                                         "it", "bill", "measure", "legislation", "statute",
                                         /* the date's weekday: "approved Thursday, July
                                          * 26, 1990" */
                                         "monday", "tuesday", "wednesday", "thursday",
                                         "friday", "saturday", "sunday", NULL };

/* The four lists above as one (enacted, bill, other, glue words, in that
 * order) by first letter (sc_words), set before main(): one lookup says
 * which list a word is in first; role_ends[r] is where list r ends. */
#define ROLE_GLUE 4 /* role_of()'s answer for a glue word */
static sc_words role_set;
static int role_ends[4];

/* The same words by their letters (entry_in.h), for a word of ASCII
 * letters alone: a word's value the role of its first place in the lists
 * ("by" is a glue word and, first, an other word's). */
static sc_wordtab role_tab;

__attribute__((constructor)) static void role_sets(void)
{
    static const char *all[SC_WORDS_MAX + 1];
    static const uint8_t roles[4] = { SC_DATE_ROLE_ENACTED, SC_DATE_ROLE_BILL, SC_DATE_ROLE_OTHER,
                                      ROLE_GLUE };
    const char *const *lists[4] = { enacted_words, bill_words, other_words, date_glue };
    int n = 0;
    for (int r = 0; r < 4; r++) {
        for (const char *const *w = lists[r]; *w; w++) {
            if (n < SC_WORDS_MAX)
                all[n++] = *w;
            else
                abort(); /* more words than a set holds: SC_WORDS_MAX */
        }
        role_ends[r] = n;
        sc_wordtab_add(&role_tab, lists[r], roles[r], 1); /* (a word's later places
                                                           * change nothing) */
    }
    all[n] = NULL;
    sc_words_init(&role_set, all);
}

/* The role word b[s..e) gives a date (SC_DATE_ROLE_ENACTED, _BILL,
 * _OTHER, in that order of the lists), ROLE_GLUE for a glue word that is
 * none of them, SC_DATE_ROLE_NONE for any other word. */
static int role_of(const uint8_t *b, size_t s, size_t e)
{
    int k = sc_words_find(&role_set, b, s, e);
    return k < 0                ? SC_DATE_ROLE_NONE
           : k < role_ends[0]   ? SC_DATE_ROLE_ENACTED
           : k < role_ends[1]   ? SC_DATE_ROLE_BILL
           : k < role_ends[2]   ? SC_DATE_ROLE_OTHER
                                : ROLE_GLUE;
}

/* role_of() for a word b[s..e) of ASCII letters alone (no soft hyphen
 * in it, which role_of() reads past): one probe or a few in role_tab, not
 * the list of its first letter. */
static int role_of_letters(const uint8_t *b, size_t s, size_t e)
{
    return e - s <= SC_WORDTAB_LEN ? (int)sc_wordtab_get(&role_tab, b + s, e - s, e - s)
                                   : role_of(b, s, e);
}

/* The role word b[s..e) gives a date, SC_DATE_ROLE_NONE for none. */
static int role_word(const uint8_t *b, size_t s, size_t e)
{
    int role = letters_end(b, s, e) == e ? role_of_letters(b, s, e) : role_of(b, s, e);
    return role == ROLE_GLUE ? SC_DATE_ROLE_NONE : role;
}

unsigned sc_entry_role_words(const sc_entry *e, size_t so, size_t eo)
{
    const uint8_t *b = e->w->buf;
    unsigned mask = 0;
    for (size_t i = so; i < eo;) {
        if (!sc_isalpha(b[i])) {
            i++;
            continue;
        }
        size_t s = i;
        while (i < eo && sc_isalpha(b[i]))
            i++;
        if (s > 0 && sc_isalpha(b[s - 1]))
            continue; /* (the rest of a word begun before so) */
        int role = role_word(b, s, i);
        size_t nso, neo;
        if (role == SC_DATE_ROLE_OTHER && i - s == 2 && b[s] == 'b' && i + 1 < eo &&
            ((i + 10 <= eo && memcmp(b + i, " President", 10) == 0) ||
             (i + 6 <= eo && memcmp(b + i, " Pres.", 6) == 0) ||
             sc_president_bare(e, i + 1, &nso, &neo)))
            continue; /* "signed by President George Bush", "signed by Bush": its
                       * agent, no time limit */
        if (role != SC_DATE_ROLE_NONE)
            mask |= 1u << role;
    }
    return mask;
}

/* Where "President" begins when the capitalized word at b[i] ends a
 * President's name after it ("President Clinton", "President George H.W.
 * Bush": at most four names and initials), else SIZE_MAX. */
static size_t president_before(const uint8_t *b, size_t from, size_t i)
{
    for (int words = 0; words < 5; words++) {
        size_t k = i;
        while (k > from && (b[k - 1] == ' ' || b[k - 1] == '.' || b[k - 1] == ','))
            k--;
        size_t e = k;
        while (k > from && (sc_isalpha(b[k - 1]) || b[k - 1] == '.'))
            k--;
        if (e == k)
            return SIZE_MAX;
        if ((e - k == 9 && memcmp(b + k, "President", 9) == 0) ||
            (e - k == 4 && memcmp(b + k, "Pres", 4) == 0 && b[e] == '.')) { /* "Pres. Reagan" */
            /* and what stands before the title: "then-President Obama", "the
             * late President Kennedy", "former President Ford" */
            if (k >= from + 5 && sc_word_in(b, k - 5, k - 1, (const char *const[]){ "then", NULL }) &&
                b[k - 1] == '-')
                k -= 5;
            else if (k >= from + 5 && b[k - 1] == ' ' &&
                     sc_word_in(b, k - 5, k - 1, (const char *const[]){ "late", NULL }))
                k -= 5;
            else if (k >= from + 7 && b[k - 1] == ' ' &&
                     sc_word_in(b, k - 7, k - 1, (const char *const[]){ "former", NULL }))
                k -= 7;
            return k;
        }
        if (!sc_isupper(b[k]))
            return SIZE_MAX;
        i = k;
    }
    return SIZE_MAX;
}

/* Where a President's name without his title begins when the capitalized
 * word at b[i] (its letters ending at b[we]) ends it, his signing said
 * right before the name: "signed by Bush on", "approved by George H.W. Bush
 * on" (sc_president_bare()); else SIZE_MAX. */
static size_t bare_president_before(const sc_entry *e, size_t from, size_t i, size_t we)
{
    const uint8_t *b = e->w->buf;
    size_t k = i;
    for (int words = 0; words < 4; words++) {
        size_t so, eo;
        if (sc_president_bare(e, k, &so, &eo) && eo == we)
            return k;
        size_t j = k; /* the word or initial before */
        while (j > from && b[j - 1] == ' ')
            j--;
        if (j > from && b[j - 1] == '.')
            j--;
        size_t t = j;
        while (t > from && sc_isalpha(b[t - 1]))
            t--;
        if (t == j || !sc_isupper(b[t]))
            return SIZE_MAX;
        k = t;
    }
    return SIZE_MAX;
}

/* Where the entry's bill that ends at b[i] (past blanks) begins, else
 * SIZE_MAX: "signed H.R. 3254 on December 20, 2024". */
static size_t bill_ending_at(const sc_entry *e, size_t i)
{
    const uint8_t *b = e->w->buf;
    while (i > e->so && b[i - 1] == ' ')
        i--;
    if (!e->bill_in)
        return SIZE_MAX;
    if (i > e->so + 8 && b[i - 1] == ')') {
        /* its Congress in a bracket after it: "S.J.RES.324 (102nd Cong.) on" */
        size_t o = i - 1;
        while (o > e->so && i - o < 24 && b[o - 1] != '(')
            o--;
        int ended;
        size_t oe = o > e->so && sc_isdigit(b[o]) ? sc_entry_ordinal_congress(b, o, i - 1, &ended) : 0;
        if (oe && oe + 1 >= i - 1) {
            i = o - 1;
            while (i > e->so && b[i - 1] == ' ')
                i--;
        }
    }
    /* or its Congress in words after it: "H.R. 4990 of the 102nd Congress
     * on", "H.R. 4990, 102nd Cong., on" */
    size_t o = sc_entry_congress_ending_at(b, e->so, i > e->so && b[i - 1] == ',' ? i - 1 : i);
    if (o != SIZE_MAX) {
        while (o > e->so && b[o - 1] == ' ')
            o--;
        o = o >= e->so + 7 && memcmp(b + o - 7, " of the", 7) == 0 ? o - 7
            : o > e->so && b[o - 1] == ','                         ? o - 1
                                                                   : SIZE_MAX;
        for (uint64_t bm = e->bill_in; o != SIZE_MAX && bm; bm &= bm - 1)
            if (e->ce[__builtin_ctzll(bm)] == o)
                i = o;
    }
    for (uint64_t bm = e->bill_in; bm; bm &= bm - 1) {
        int k = __builtin_ctzll(bm);
        if (e->ce[k] == i) {
            /* and the words that call it a bill before it: "the bill, S.J.RES.324" */
            static const char *const calls[] = { "the bill, ", "the measure, ", "the joint resolution, ",
                                                  "the resolution, ", NULL };
            size_t n = sc_phrase_before(b, e->so, e->cs[k], calls);
            return e->cs[k] - n;
        }
    }
    return SIZE_MAX;
}

/* Does "over the President's ", "over the ", "over his " or "over
 * President Nixon's " end at b[i] (not before @p from), the veto after it
 * overridden? */
static int over_veto(const uint8_t *b, size_t from, size_t i)
{
    static const char *const heads[] = { "over the President's ", "over the President\xe2\x80\x99s ",
                                         "over the ", "over his ", "over her ", NULL };
    if (sc_phrase_before(b, from, i, heads) > 0)
        return 1;
    size_t q = i; /* the President's name, possessive */
    if (q >= from + 3 && b[q - 1] == ' ' && b[q - 2] == 's' && b[q - 3] == '\'')
        q -= 3;
    else if (q >= from + 5 && b[q - 1] == ' ' && b[q - 2] == 's' && b[q - 3] == 0x99 &&
             b[q - 4] == 0x80 && b[q - 5] == 0xe2)
        q -= 5;
    else
        return 0;
    for (int words = 0; words < 4; words++) { /* "George H.W. Bush" */
        size_t ws = q;
        while (ws > from && (sc_isalpha(b[ws - 1]) || b[ws - 1] == '.'))
            ws--;
        if (ws == q || !sc_isupper(b[ws]))
            return 0;
        if (ws >= from + 15 && memcmp(b + ws - 15, "over President ", 15) == 0)
            return 1;
        if (ws == from || b[ws - 1] != ' ')
            return 0;
        q = ws - 1;
    }
    return 0;
}

/* Where the object of a verb that ends at b[i] (past blanks) begins, else
 * SIZE_MAX: the entry's law, in its brackets or not ("enacted the ADA (Pub.
 * L. 101-336) in 1991"), or an Act's name -- words up to "Act" ("the
 * Americans with Disabilities Act", "the CARES Act") or an acronym
 * ("HIPAA") -- with "in" or "on" and the date after it. */
static size_t object_ending_at(const sc_entry *e, size_t i)
{
    const uint8_t *b = e->w->buf;
    while (i > e->so && b[i - 1] == ' ')
        i--;
    /* a name's short form in brackets: the name before it ("signed the X
     * Act of 1974 (the “XA”) on ..."; read before the names are) */
    if (i > e->so + 4 && (b[i - 1] == ')' || b[i - 1] == ']')) {
        size_t o = i - 1;
        while (o > e->so && i - o < 48 && b[o - 1] != '(' && b[o - 1] != '[')
            o--;
        if (o > e->so + 1 && (b[o - 1] == '(' || b[o - 1] == '[') && b[o - 2] == ' ' &&
            sc_entry_short_form_end(e, o - 1) == i) {
            i = o - 1;
            while (i > e->so && b[i - 1] == ' ')
                i--;
        }
    }
    size_t t = i;
    if (t > e->so && (b[t - 1] == ')' || b[t - 1] == ']'))
        t--;
    /* (a name in quotes: past its closing quote, "... the “X Act, 1996” on") */
    if (i >= e->so + 3 && b[i - 3] == 0xe2 && b[i - 2] == 0x80 && b[i - 1] == 0x9d)
        i -= 3;
    else if (i > e->so && b[i - 1] == '"')
        i--;
    /* the name's page, a comma after it: "approved the X Act, 1952, 65
     * Stat. 423, on August 28, 1951" -- the name before it is the object */
    if (t == i && t > e->so + 1 && b[t - 1] == ',') {
        int pk = sc_entry_cite_ending_at(e, e->stat_in, t - 1);
        if (pk >= 0) {
            size_t q = e->cs[pk];
            while (q > e->so && b[q - 1] == ' ')
                q--;
            if (q > e->so && b[q - 1] == ',')
                t = i = q - 1;
        }
    }
    /* or in its own bracket: "approved the X Act (at 73 Stat. 568) on" */
    if (t < i) {
        int pk = sc_entry_cite_ending_at(e, e->stat_in, t);
        /* (past its pins: "signed the X Act (135 Stat. 333, 335) on") */
        while (pk >= 0 && (e->c[pk].wording & SC_W_LIST_ITEM) && e->cs[pk] >= e->so + 2 &&
               b[e->cs[pk] - 2] == ',' && b[e->cs[pk] - 1] == ' ')
            pk = sc_entry_cite_ending_at(e, e->stat_in, e->cs[pk] - 2);
        if (pk >= 0) {
            size_t q = e->cs[pk];
            if (q >= e->so + 4 && memcmp(b + q - 3, "at ", 3) == 0)
                q -= 3;
            if (q > e->so && b[q - 1] == '(') {
                q--;
                while (q > e->so && b[q - 1] == ' ')
                    q--;
                t = i = q;
            }
        }
    }
    int lk = sc_entry_cite_ending_at(e, e->law_in, t);
    if (lk >= 0)
        /* the law, or its bracket -- the law's page and bill before it there
         * too: "signed H. R. 5074 (120 Stat. 1719, Pub. L. No. 109-305) on" */
        return t == i ? e->cs[lk] : sc_entry_items_open(e, e->cs[lk]);
    /* a section of a named Act, its name in its citation: "signed into law
     * section 2 of the X Act on June 27, 1980" */
    uint64_t acts = 0;
    for (int k = 0; k < e->n && t == i; k++)
        acts |= (uint64_t)((e->kind[k] & (SC_EK_ACT | SC_EK_IN)) == (SC_EK_ACT | SC_EK_IN)) << k;
    int ak = acts ? sc_entry_cite_ending_at(e, acts, t) : -1;
    if (ak >= 0)
        return e->cs[ak];
    /* "... Act of 1965", "... Act, 1997": the year of the name */
    if (i >= e->so + 12 && sc_isdigit(b[i - 1]) && sc_isdigit(b[i - 2]) && sc_isdigit(b[i - 3]) &&
        sc_isdigit(b[i - 4]) &&
        (memcmp(b + i - 11, "Act of ", 7) == 0 || memcmp(b + i - 9, "Act, ", 5) == 0 ||
         (i >= e->so + 18 && memcmp(b + i - 18, "Amendments of ", 14) == 0)))
        i -= b[i - 6] == ',' ? 6 : 8; /* (and "... Act Amendments of 1980") */
    size_t ws = i;
    while (ws > e->so && sc_isalpha(b[ws - 1]))
        ws--;
    size_t n = i - ws, caps = 0;
    for (size_t k = ws; k < i; k++)
        caps += sc_isupper(b[k]) != 0;
    if (n >= 2 && n <= 8 && caps == n && !(n == 3 && memcmp(b + ws, "ACT", 3) == 0))
        return ws; /* an acronym: "HIPAA" */
    if (n == 10 && memcmp(b + ws, "Amendments", 10) == 0 && ws >= e->so + 5 &&
        memcmp(b + ws - 4, "Act ", 4) == 0)
        ws -= 4, n = 3; /* "the X Act Amendments (at ...) on": the name's "Act" */
    if (!(n == 3 && memcmp(b + ws, "Act", 3) == 0))
        return SIZE_MAX;
    /* back over the name's words: capitalized, or the small words inside it */
    static const char *const small[] = { "of", "and", "for", "with", "on", "to", "the", "in", NULL };
    size_t start = ws;
    for (int words = 0; words < 16 && ws > e->so; words++) {
        size_t we = ws;
        while (we > e->so && b[we - 1] == ' ')
            we--;
        /* (a name listing its parts: "the Solar, Wind, Waste, and Geothermal
         * Power Production Incentives Act of 1990" -- a comma between two
         * capitalized words, or before "and" -- not "President Bush, the X
         * Act") */
        int comma = we < ws && we > e->so + 1 && b[we - 1] == ',' &&
                    (sc_isupper(b[ws]) || (ws + 4 <= i && memcmp(b + ws, "and ", 4) == 0));
        we -= comma;
        size_t k = we;
        /* (a word with its apostrophe: "Women's", "Veterans’") */
        while (k > e->so && (sc_isalnum(b[k - 1]) || b[k - 1] == '-' || b[k - 1] == '\'' ||
                             (k >= e->so + 3 && b[k - 3] == 0xe2 && b[k - 2] == 0x80 &&
                              b[k - 1] == 0x99)))
            k -= b[k - 1] == 0x99 ? 3 : 1;
        if (k == we || we == ws || (comma && !sc_isupper(b[k])))
            break;
        if (sc_isupper(b[k]) || sc_isdigit(b[k])) /* ("Secure 5G and Beyond Act",
                                                   * "21st Century Cures Act") */
            start = k;
        else if (!sc_word_in(b, k, we, small))
            break;
        ws = k;
    }
    return start;
}

/* Is the ';' at b[semi] inside a bracket (opened after @p from) whose first
 * part says who signed or approved it: "(signed by President Joe Biden;
 * September 29, 2022)", "(approved by President Ronald Reagan; 9/30/1986)"
 * -- the bracket's next part is the day of that signing? */
static int signing_part_before(const uint8_t *b, size_t from, size_t semi)
{
    static const char *const heads[] = { "(signed by President ", "(approved by President ",
                                         "(signed into law by President ", NULL };
    /* (the name, or the blank after "President", ends right before the
     * ';': not a page's "90 Stat. 2541; ...", with no walk back) */
    if (semi <= from || !(sc_isalpha(b[semi - 1]) || b[semi - 1] == '.' || b[semi - 1] == ',' ||
                          b[semi - 1] == ' '))
        return 0;
    size_t q = semi;
    while (q > from && semi - q < 80 && b[q - 1] != '(' && b[q - 1] != ')' && b[q - 1] != ';' &&
           b[q - 1] != '\n')
        q--;
    if (q <= from || b[q - 1] != '(')
        return 0;
    size_t n = sc_phrase_at(b, q - 1, semi, heads);
    return n && sc_president_words(b, q - 1 + n, semi, NULL, NULL, NULL) == semi;
}

/* Is a time of day right after the date that ends at b[end] ("Friday,
 * July 20, 2018 10:14 AM", "..., 2018, 9:30 a.m.")?  Then the date is a
 * post's or a message's stamp, no law's day. */
static int time_after(const uint8_t *b, size_t end, size_t lim)
{
    size_t k = end;
    if (k < lim && b[k] == ',')
        k++;
    if (k >= lim || (b[k] != ' ' && b[k] != '\t'))
        return 0;
    while (k < lim && (b[k] == ' ' || b[k] == '\t'))
        k++;
    if (k + 4 > lim || !sc_isdigit(b[k]))
        return 0;
    k += 1 + (k + 1 < lim && sc_isdigit(b[k + 1]));
    return k + 2 < lim && b[k] == ':' && sc_isdigit(b[k + 1]) && sc_isdigit(b[k + 2]);
}

/* The role the words right before buf[so] give a date (skipping glue
 * words, a President's name and the entry's bill -- "the President signed
 * H.R. 3254 on", "signed it on"): at most four words back, not past the
 * entry's start.  Past the object of a verb (object_ending_at: "enacted
 * the ADA in 1991") only the enactment's words count. */
static int role_before(const sc_entry *e, size_t so)
{
    const uint8_t *b = e->w->buf;
    size_t from = e->so, i = so;
    size_t p = so; /* past the blanks before the date */
    while (p > from && b[p - 1] == ' ')
        p--;
    {
        /* a field's label: "Date: 6/5/2001", "Enacted: 07/15/2016", "Date of
         * enactment: ..." -- a table's label of the enactment's day */
        size_t bib = p > from + 3 && b[p - 1] == '{' && b[p - 2] == ' ' && b[p - 3] == '=' ? p - 3 : 0;
        if (p > from + 1 && (b[p - 1] == ':' || b[p - 1] == '|' || bib)) {
            size_t le = bib ? bib : p - 1, ls; /* (a BibTeX field's "date = {1992-10-09}") */
            while ((b[p - 1] == '|' || bib) && le > from && b[le - 1] == ' ')
                le--; /* (a web page's term and its value, "Enacted   |July 27, 1990") */
            ls = le;
            while (ls > from && le - ls < 40 && (sc_isalpha(b[ls - 1]) || b[ls - 1] == ' ' ||
                                                 b[ls - 1] == '_' || b[ls - 1] == '.'))
                ls--;
            while (ls < le && b[ls] == ' ')
                ls++;
            if (ls < le && sc_table_label_role(b, ls, le) == SC_COL_DATE)
                return SC_DATE_ROLE_ENACTED;
        }
    }
    {
        /* "the X Act, 1991 of October 6, 1990", "X Act of 2016 of
         * 2/24/2016": a named Act "of" its day, after its name's year */
        size_t y = p >= from + 3 ? p - 3 : from;
        /* (a comma after the year too: "known as the X Act of 1989, of June
         * 28, 1990", "... Act, 2005, of Oct. 13, 2004") */
        size_t d = y > from && b[y - 1] == ',' ? y - 1 : y;
        if (d >= from + 9 && memcmp(b + y, " of", 3) == 0 && sc_isdigit(b[d - 1]) &&
            sc_isdigit(b[d - 2]) && sc_isdigit(b[d - 3]) && sc_isdigit(b[d - 4]) &&
            (memcmp(b + d - 9, "Act, ", 5) == 0 ||
             (d >= from + 11 && memcmp(b + d - 11, "Act of ", 7) == 0)))
            return SC_DATE_ROLE_ENACTED;
    }
    /* an enrolled bill's day, "the 10th day of August, 1979": its "the" is
     * the date's, no word of the walk's four */
    if (sc_isdigit(b[so]) && p >= from + 4 && (b[p - 3] | 0x20) == 't' && b[p - 2] == 'h' &&
        b[p - 1] == 'e' && (p - 4 < from || !sc_isalpha(b[p - 4]))) {
        size_t k = so;
        while (k < e->eo && sc_isdigit(b[k]))
            k++;
        if (k + 1 < e->eo && sc_isalpha(b[k]) && sc_isalpha(b[k + 1])) /* "10th" */
            i = p - 3;
    }
    int cong = 0; /* "Congress" passed over */
    int chamber = 0; /* a chamber passed over */
    int pres = 0; /* a President's name passed over */
    int act_of = 0; /* the word right before the date was "of" */
    int object = 0; /* an object passed over */
    for (int words = 0; words < 4 && i > from;) {
        size_t bs = bill_ending_at(e, i);
        if (bs != SIZE_MAX && bs > from) {
            i = bs; /* the bill, as one glue word */
            words++;
            continue;
        }
        if (words == 1 && !object) {
            /* "... (Pub. L. 101-336) in 1991", "... HIPAA on": only after
             * "in" or "on" right before the date */
            size_t os = p >= from + 2 && ((b[p - 2] == 'i' && b[p - 1] == 'n') ||
                                          (b[p - 2] == 'o' && b[p - 1] == 'n')) &&
                                (p == from + 2 || b[p - 3] == ' ') && i == p - 2
                            ? object_ending_at(e, i)
                            : SIZE_MAX;
            if (os != SIZE_MAX && os > from) {
                /* and the name before a law in brackets: "the Americans
                 * with Disabilities Act (Pub. L. 101-336) in 1991" */
                size_t ns = b[os] == '(' || b[os] == '[' ? object_ending_at(e, os) : SIZE_MAX;
                i = ns != SIZE_MAX && ns > from ? ns : os;
                object = 1;
                continue;
            }
        }
        while (i > from && !sc_isalpha(b[i - 1])) {
            uint8_t ch = b[i - 1];
            if (ch == ';' && signing_part_before(b, from, i - 1)) {
                i--; /* "(signed by President Joe Biden; September 29, 2022)" */
                continue;
            }
            if (ch == '.' || ch == ';' || ch == '|' || ch == '\n')
                return SC_DATE_ROLE_NONE; /* another clause */
            if (sc_isdigit(ch))
                return SC_DATE_ROLE_NONE;
            i--;
        }
        size_t we = i;
        while (i > from && sc_isalpha(b[i - 1]))
            i--;
        if (we == i)
            break;
        /* "enacted by the 117th Congress on": the Congress and its ordinal
         * are passed over without counting */
        if (we - i <= 2 && i > from && sc_isdigit(b[i - 1]) &&
            sc_word_in(b, i, we, (const char *const[]){ "st", "nd", "rd", "th", "d", NULL })) {
            while (i > from && sc_isdigit(b[i - 1]))
                i--;
            continue;
        }
        if (sc_isupper(b[i])) { /* "signed into law by President George H.W. Bush on" */
            size_t k = president_before(b, from, i);
            if (k == SIZE_MAX)
                k = bare_president_before(e, from, i, we); /* "signed by Bush on" */
            if (k != SIZE_MAX) {
                i = k;
                pres = 1;
                continue;
            }
        }
        if (we - i == 9 && (b[i] | 0x20) == 'p' && memcmp(b + i + 1, "resident", 8) == 0 &&
            i >= from + 7 && memcmp(b + i - 7, "by the ", 7) == 0) {
            i -= 7; /* "which was signed by the President on July 4, 2025" */
            words++;
            continue;
        }
        /* "signed on Thursday, July 26, 1990": the day of the week is
         * passed over without counting */
        static const char *const weekdays[] = { "monday", "tuesday", "wednesday", "thursday",
                                                "friday", "saturday", "sunday", NULL };
        int weekday = words == 0 && we - i >= 6 && sc_word_in(b, i, we, weekdays);
        if (weekday)
            continue;
        int role = role_of_letters(b, i, we); /* (letters alone: the walk's) */
        if (we - i == 10 && b[i] == 'A' && i >= from + 4 && memcmp(b + i - 4, "Act ", 4) == 0)
            return SC_DATE_ROLE_NONE; /* the last word of a name, no role: "Job Training
                                       * Partnership Act Amendments, 8/1/1986, PL 99-496" */
        if (we - i == 4 && memcmp(b + i, "veto", 4) == 0 && over_veto(b, from, i))
            role = SC_DATE_ROLE_ENACTED; /* "became Pub. L. 93-148 over the President's
                                          * veto on November 7, 1973": the override */
        if (role == SC_DATE_ROLE_NONE && act_of &&
            sc_word_in(b, i, we, (const char *const[]){ "act", "resolution", NULL }))
            return SC_DATE_ROLE_ENACTED; /* "the Act of July 5, 1994 (Public Law 103-272)",
                                          * "the joint resolution of January 14, 1986
                                          * (Public Law 99-239)": a law named by its date */
        act_of = words == 0 && we - i == 2 && b[i] == 'o' && b[i + 1] == 'f';
        int by = we - i == 2 && (b[i] | 0x20) == 'b' && (b[i + 1] | 0x20) == 'y';
        if (words == 0 && !cong && we - i == 2 && b[i] == 't' && b[i + 1] == 'o')
            return SC_DATE_ROLE_OTHER; /* "extension of the provisions of this section to
                                        * Dec. 15, 2019, by Pub. L. 114-23": a time
                                        * limit, as after "until" -- no day of a law */
        if (object && (by || (we - i == 4 && memcmp(b + i, "part", 4) == 0 &&
                              we + 3 < p && memcmp(b + we, " of", 3) == 0))) {
            continue; /* the law is the agent or the whole, not counted: "was
                       * enacted by Pub. L. 104-104 in 1996", "enacted as part of
                       * Pub. L. 104-104 in 1996" */
        }
        if (object && role != ROLE_GLUE && role != SC_DATE_ROLE_ENACTED)
            return SC_DATE_ROLE_NONE;
        if (role == SC_DATE_ROLE_ENACTED && chamber)
            return SC_DATE_ROLE_BILL; /* "signed in the House on", "approved in the
                                       * Senate on": a chamber's step (the enrolled
                                       * bill's signing, a conference report), no
                                       * enactment */
        if (role != ROLE_GLUE && !(by && (words > 0 || cong || pres)))
            return role; /* a role word's, or none: a word of no list ("by" is
                          * one -- "by December 31" -- only right before the date,
                          * not before a President's name: "approved by President
                          * Richard Nixon, 10/13/1971") */
        if (sc_word_in(b, i, we, (const char *const[]){ "congress", "cong", NULL }))
            cong = 1;
        else if (sc_word_in(b, i, we, (const char *const[]){ "house", "senate", "representatives", NULL }))
            chamber = 1; /* (a chamber is passed over, as a Congress is: "reported in the
                          * Senate on August 8, 1967") */
        else if (!sc_word_in(b, i, we, (const char *const[]){ "the", NULL }))
            words++;
    }
    return SC_DATE_ROLE_NONE;
}

int sc_entry_role_before(const sc_entry *e, size_t so) { return role_before(e, so); }

/* "On July 26, 1990, the President signed ...": the first role word after
 * the date, before the clause ends, with the entry's bills and its first law
 * after the date passed over as the subject they are ("On July 4, 2025, H.R.
 * 1 was enacted as P.L. 119-21", "On December 13, 2016, the 21st Century
 * Cures Act (Pub. L. 114-255) was signed into law"), with their brackets and
 * their Markdown links; not past a second law. */
size_t sc_entry_circumstance_end(const sc_entry *e, size_t at, size_t lim)
{
    static const char *const heads[] = { "after", "despite", "amid", "following", "with", "at",
                                         "in", "surrounded", "before", NULL };
    const uint8_t *b = e->w->buf;
    if (at >= lim || b[at] != ',')
        return at;
    size_t i = blanks(b, at + 1, lim), we = word_end(b, i, lim);
    if (we == i || !sc_word_in(b, i, we, heads))
        return at;
    const uint8_t *c = memchr(b + we, ',', lim - we);
    if (!c || c - b - (ptrdiff_t)we > 80)
        return at;
    size_t ce = (size_t)(c - b);
    for (int q = 0; q < e->n; q++)
        if ((e->kind[q] & SC_EK_IN) && e->cs[q] >= i && e->cs[q] < ce)
            return at; /* (a citation in it: "..., in Pub. L. 100-1, ...") */
    if (sc_entry_role_words(e, i, ce) >> SC_DATE_ROLE_ENACTED & 1)
        return at; /* (its own enactment: "..., after it was signed, ...") */
    return ce + 1;
}

const char *const sc_wire_services[] = { "(AP)", "(Reuters)", "(UPI)", "(AFP)", NULL };

/* The day a word told relative to a date means, as days before it, when
 * the word b[i..we) (the date ending at b[eo] before it) is one: a news
 * story's dateline, the event another day -- "WASHINGTON, Oct. 29, 1998
 * (AP) -- President Clinton on Tuesday signed ..." (the Tuesday on or
 * before the dateline's day: 8 + its weekday, 0 Monday; after "last", 16
 * + it), "... yesterday signed" (1), "today" (0); else -1. */
static int relative_day(const uint8_t *b, size_t eo, size_t i, size_t we)
{
    static const char *const weekdays[] = { "monday", "tuesday", "wednesday", "thursday",
                                            "friday", "saturday", "sunday", NULL };
    if (we - i < 5 || we - i > 9 ||
        !((b[we - 3] == 'd' && b[we - 2] == 'a' && b[we - 1] == 'y') ||
          (b[we - 1] == 't' && b[we - 2] == 'h')))
        return -1; /* (the words all end in "day" but "tonight": most words are passed
                    * by their ends) */
    if (sc_word_in(b, i, we, (const char *const[]){ "yesterday", NULL }))
        return 1;
    if (sc_word_in(b, i, we, (const char *const[]){ "today", "tonight", NULL }))
        return 0;
    if (i < eo + 3 || we - i < 6 || !sc_word_in(b, i, we, weekdays))
        return -1;
    /* ("On Tuesday", "Last Tuesday": any case, a word of its own) */
    int last = i >= eo + 5 && sc_word_in(b, i - 5, i - 1, (const char *const[]){ "last", NULL }) && b[i - 1] == ' ' &&
               (i - 5 == eo || !sc_isalpha(b[i - 6]));
    if (!last && !(sc_tolower(b[i - 3]) == 'o' && b[i - 2] == 'n' && b[i - 1] == ' ' &&
                   (i - 3 == eo || !sc_isalpha(b[i - 4]))))
        return -1;
    int w = 0; /* its day of the week, 0 Monday */
    for (const char *const *d = weekdays; *d && !sc_word_in(b, i, we, (const char *const[]){ *d, NULL }); d++)
        w++;
    return (last ? 16 : 8) + w; /* (8 or, after "last", 16 + the weekday:
                                  * sc_entry_dateline_day() counts back from the date's) */
}

/* Days since 1970-01-01 of yyyymmdd @p ymd (the proleptic Gregorian
 * calendar), and back. */
static long days_of(int32_t ymd)
{
    long y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400, yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static int32_t ymd_of(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097, doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1, m = mp + (mp < 10 ? 3 : -9);
    return (int32_t)((y + (m <= 2)) * 10000 + m * 100 + d);
}

typedef struct rel_day {
    size_t at; /* where the relative word ends */
    int back;  /* relative_day()'s */
} rel_day;

static int role_after(const sc_entry *e, size_t eo, rel_day *rel);

int sc_entry_role_after(const sc_entry *e, size_t eo) { return role_after(e, eo, NULL); }

int32_t sc_entry_dateline_day(const sc_entry *e, const sc_date_fact *f, int *role)
{
    rel_day rel = { 0, -1 };
    *role = role_after(e, f->eo, &rel);
    if (f->ymd % 100 == 0 || f->bad || *role != SC_DATE_ROLE_OTHER || rel.back < 0 ||
        role_after(e, rel.at, NULL) != SC_DATE_ROLE_ENACTED)
        return 0;
    *role = SC_DATE_ROLE_ENACTED;
    long z = days_of(f->ymd);
    if (rel.back < 8)
        return ymd_of(z - rel.back);
    int w = (int)(((z + 3) % 7 + 7) % 7); /* (1970-01-01 was a Thursday: 3) */
    int back = (w - rel.back % 8 + 7) % 7;
    if (back == 0 && rel.back >= 16)
        back = 7; /* "last Tuesday" on a Tuesday: the week before */
    return ymd_of(z - back);
}

static int role_after(const sc_entry *e, size_t eo, rel_day *rel)
{
    const uint8_t *b = e->w->buf;
    size_t lim = eo + 160 < e->eo ? eo + 160 : e->eo;
    int laws = 0;
    size_t title_at = SIZE_MAX; /* where a capitalized word's next word starts */
    size_t next = SIZE_MAX; /* the first citation start at or after i */
    for (int k = 0; k < e->n; k++)
        if ((e->kind[k] & SC_EK_IN) && e->cs[k] >= eo && e->cs[k] < next)
            next = e->cs[k];
    for (size_t i = eo; i < lim;) {
        if (i == next) {
            int jumped = 0;
            for (int k = 0; k < e->n && !jumped; k++)
                if ((e->kind[k] & SC_EK_IN) && e->cs[k] == i) {
                    if ((e->kind[k] & SC_EK_LAW) && ++laws > 1)
                        return SC_DATE_ROLE_NONE;
                    i = e->ce[k];
                    jumped = 1;
                }
            next = SIZE_MAX;
            for (int k = 0; k < e->n; k++)
                if ((e->kind[k] & SC_EK_IN) && e->cs[k] >= i && e->cs[k] < next)
                    next = e->cs[k];
            if (jumped)
                continue;
        }
        if (b[i] == ' ') { /* (the commonest byte, none of the tests below its) */
            i++;
            continue;
        }
        size_t ml = b[i] == '[' || b[i] == ']' ? md_link_skip(b, i, e->w->len) : i;
        if (ml != i) {
            i = ml;
            continue;
        }
        size_t sp = b[i] == '(' ? sc_entry_signer_paren(b, i, lim) : i;
        if (sp > i) { /* "(signed by President Gerald Ford)": the verb after it says */
            i = sp;
            continue;
        }
        sp = b[i] == '(' || b[i] == '[' ? sc_entry_closed_form(b, i, sc_entry_short_form_end(e, i), SIZE_MAX)
                                        : i;
        if (sp > i) {
            i = sp; /* the subject's short form: "On ..., the X Act (the “XA”) became law" */
            continue;
        }
        size_t wl = b[i] == '(' ? sc_phrase_at(b, i, lim, sc_wire_services) : 0;
        if (wl) { /* a wire service after a dateline */
            i += wl;
            continue;
        }
        if (b[i] == '(') { /* only one around a citation: "(Pub. L. 114-255)", "(at
                            * 122 Stat. 3939)" */
            size_t k = blanks(b, i + 1, lim);
            if (k < lim && b[k] == '[')
                k++;
            if (k + 3 < lim && b[k] == 'a' && b[k + 1] == 't' && b[k + 2] == ' ')
                k += 3;
            else if (k + 9 < lim && memcmp(b + k, "enacting ", 9) == 0)
                k += 9; /* the subject's bill: "On 8/28/1978, the X Act (enacting H.R.
                         * 13500) was enacted ..." */
            int cite = 0;
            for (int q = 0; q < e->n && !cite; q++)
                cite = (e->kind[q] & SC_EK_IN) && e->cs[q] == k;
            if (!cite)
                break;
            i = k;
            continue;
        }
        if (b[i] == ';' || b[i] == '|')
            break;
        if (!sc_isalpha(b[i])) {
            i++;
            continue;
        }
        size_t we = word_end(b, i, lim);
        int back = rel ? relative_day(b, eo, i, we) : -1;
        if (back >= 0) { /* a day told relative to the date: another day's ("On
                          * Monday", a title's capital all the same) */
            rel->at = we;
            rel->back = back;
            return SC_DATE_ROLE_OTHER;
        }
        int cap = sc_isupper(b[i]);
        if (cap && i == title_at) { /* a word of a title is no role word: "the
                                     * Export-Import Bank Act Amendments of 1986
                                     * became ..." */
            title_at = blanks(b, we, lim);
            i = we;
            continue;
        }
        title_at = cap ? blanks(b, we, lim) : SIZE_MAX; /* (where the title's next word
                                                         * would start) */
        if (we - i == 5 && memcmp(b + i, "which", 5) == 0 && i >= eo + 2 && b[i - 2] == ',') {
            /* a clause set off by commas tells of what it follows, not the
             * day: "On May 26, 1964, Public Law 88-578, which began as HR
             * 3846, is cited as ..." */
            const uint8_t *c = memchr(b + we, ',', lim - we);
            if (c) {
                i = (size_t)(c - b) + 1;
                continue;
            }
            /* ... and one that runs on to the sentence's end tells of its
             * thing only: no word before it gave the day a role ("On March
             * 5, 2024, the plaintiff sued under the X Act of 2008, which
             * began as S. 2565 and was signed on July 31, 2008") */
            return SC_DATE_ROLE_NONE;
        }
        if (((we - i == 6 && memcmp(b + i, "during", 6) == 0) ||
             (we - i == 5 && memcmp(b + i, "under", 5) == 0)) &&
            i >= eo + 2 && b[i - 2] == ',') {
            /* the President of the day, set off by commas, tells when, not
             * what: "On June 21, 1940, during the presidency of President
             * Franklin Roosevelt, the Truman-Hobbs Act became law" */
            const uint8_t *c = memchr(b + we, ',', lim - we);
            if (c && (sc_find_text(b + we, (size_t)(c - b) - we, "President", 9) ||
                      sc_find_text(b + we, (size_t)(c - b) - we, "presidency", 10) ||
                      sc_find_text(b + we, (size_t)(c - b) - we, "administration", 14))) {
                i = (size_t)(c - b) + 1;
                continue;
            }
        }
        if (i == eo + 2 && b[eo] == ',') {
            /* a clause of the circumstances, set off by commas, tells no role:
             * "On November 18, 1988, after months of negotiation, President
             * Reagan signed ..." -- the words after it do */
            size_t ce = sc_entry_circumstance_end(e, eo, lim);
            if (ce > eo) {
                i = ce;
                continue;
            }
        }
        if (we - i == 8 && i == eo + 2 && b[eo] == ',' && memcmp(b + i, "enacting", 8) == 0) {
            /* the day of the law that enacted the bill right after: "the X
             * Act (June 28, 1990, enacting H. R. 1465)" */
            size_t k = blanks(b, we, lim);
            for (int q = 0; q < e->n; q++)
                if ((e->kind[q] & SC_EK_IN) && e->cs[q] == k && e->c[q].type == SC_BILL)
                    return SC_DATE_ROLE_ENACTED;
        }
        int role = role_word(b, i, we);
        if (role == SC_DATE_ROLE_OTHER && we - i == 9 && memcmp(b + i, "published", 9) == 0 &&
            we + 4 < lim && memcmp(b + we, " at ", 4) == 0)
            return SC_DATE_ROLE_NONE; /* where its subject is printed, not the day it was:
                                       * "X Act (HR 2) of August 16, 1972 is published at 86
                                       * Stat. 713" */
        if (role == SC_DATE_ROLE_ENACTED && b[i] == 'b' && we + 10 <= lim &&
            memcmp(b + we, " effective", 10) == 0)
            return SC_DATE_ROLE_OTHER; /* "became effective", "becomes effective": the day
                                        * it took effect */
        if (role != SC_DATE_ROLE_NONE &&
            !(we - i == 3 && (b[i] | 0x20) == 'l' && b[i + 1] == 'a' && b[i + 2] == 'w'))
            return role; /* (a verb: not the noun of ", a law of the 86th Congress,", which
                          * "became law on" gives a date before it; nor the first word
                          * of a title, "the Law Enforcement ... Act of 2008") */
        i = we;
    }
    return SC_DATE_ROLE_NONE;
}


#ifdef __SSE2__
/* digits64()'s bits for b[i..i + 64), 32 bytes at a time (AVX2): the
 * digits returned, the '/' in *slash. */
__attribute__((target("avx2"))) static uint64_t digits64_avx2(const uint8_t *b, size_t i,
                                                              uint64_t *slash)
{
    uint64_t m = 0, sl = 0;
    for (int q = 0; q < 2; q++) {
        __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(b + i + 32 * q));
        __m256i ge0 = _mm256_cmpeq_epi8(_mm256_max_epu8(x, _mm256_set1_epi8('0')), x);
        __m256i le9 = _mm256_cmpeq_epi8(_mm256_min_epu8(x, _mm256_set1_epi8('9')), x);
        m |= (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_and_si256(ge0, le9)) << (32 * q);
        sl |= (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, _mm256_set1_epi8('/')))
              << (32 * q);
    }
    *slash = sl;
    return m;
}
#endif

/* Bit k: b[i + k] is a digit, for k < 64 and i + k < lim (16 bytes at a
 * time with SSE2, 32 with AVX2 when @p avx2 says the CPU has it, when the
 * buffer, @p len bytes, holds them). */
static inline uint64_t digits64(const uint8_t *b, size_t i, size_t lim, size_t len, uint64_t *slash,
                                int avx2)
{
#ifdef __SSE2__
    if (i + 64 <= len && avx2) {
        uint64_t sl, m = digits64_avx2(b, i, &sl);
        uint64_t keep = i + 64 <= lim ? ~0ull : (1ull << (lim - i)) - 1;
        *slash = sl & keep;
        return m & keep;
    }
    if (i + 64 <= len) {
        uint64_t m = 0, sl = 0;
        for (int q = 0; q < 4; q++) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(b + i + 16 * q));
            __m128i ge0 = _mm_cmpeq_epi8(_mm_max_epu8(x, _mm_set1_epi8('0')), x);
            __m128i le9 = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8('9')), x);
            m |= (uint64_t)(uint32_t)_mm_movemask_epi8(_mm_and_si128(ge0, le9)) << (16 * q);
            sl |= (uint64_t)(uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('/')))
                  << (16 * q);
        }
        uint64_t keep = i + 64 <= lim ? ~0ull : (1ull << (lim - i)) - 1;
        *slash = sl & keep;
        return m & keep;
    }
#else
    (void)len;
    (void)avx2;
#endif
    uint64_t m = 0, sl = 0;
    for (size_t k = 0; k < 64 && i + k < lim; k++) {
        m |= (uint64_t)(sc_isdigit(b[i + k]) != 0) << k;
        sl |= (uint64_t)(b[i + k] == '/') << k;
    }
    *slash = sl;
    return m;
}

#ifdef __SSE2__
/* Bit k: b[p + k] is a byte a date can begin with (a digit, a month's
 * capital); of *after: one no date begins right after (a letter, a digit,
 * '/', '-'), for the 16 bytes at p. */
static inline uint32_t starts16(const uint8_t *p, uint32_t *after)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i ge0 = _mm_cmpeq_epi8(_mm_max_epu8(x, _mm_set1_epi8('0')), x);
    __m128i le9 = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8('9')), x);
    __m128i digit = _mm_and_si128(ge0, le9), hit = digit;
    static const char caps[] = "JFMASOND";
    for (int q = 0; q < 8; q++)
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8(caps[q])));
    /* (a letter: its 0x20 bit set, 'a' to 'z', as letters_end() reads) */
    __m128i lc = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    __m128i aft = _mm_or_si128(digit, _mm_cmpeq_epi8(_mm_min_epu8(lc, _mm_set1_epi8(25)), lc));
    aft = _mm_or_si128(aft, _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('/')),
                                         _mm_cmpeq_epi8(x, _mm_set1_epi8('-'))));
    *after = (uint32_t)_mm_movemask_epi8(aft);
    return (uint32_t)_mm_movemask_epi8(hit);
}
#endif

/* Bit k: b[lo + k] may begin a date that date_shape_at() reads, for lo +
 * k < hi (hi - lo is at most 31): a digit or a month's capital -- past
 * bit 0, not after a letter, a digit, '/' or '-' (the byte before lo is
 * the caller's to test).  With SSE2: 16 bytes or more as the first 16 and
 * the last 16 (overlapping, the same bits); fewer as the 16 that end at
 * hi, the bits before lo dropped (when the buffer has 16 bytes before
 * hi); else a byte at a time. */
static inline uint32_t starts32(const uint8_t *b, size_t lo, size_t hi)
{
    uint32_t m = 0, after = 0;
#ifdef __SSE2__
    uint32_t a1, a2;
    if (hi - lo >= 16) {
        m = starts16(b + lo, &a1) | starts16(b + hi - 16, &a2) << (hi - 16 - lo);
        return m & ~((a1 | a2 << (hi - 16 - lo)) << 1);
    }
    if (hi >= 16) {
        m = starts16(b + hi - 16, &a2) >> (16 - (hi - lo));
        return m & ~(a2 >> (16 - (hi - lo)) << 1);
    }
#endif
    SC_ROLLED
    for (size_t k = lo; k < hi; k++) {
        m |= (uint32_t)((month_first[b[k]] | sc_isdigit(b[k])) != 0) << (k - lo);
        after |= (uint32_t)(sc_isalnum(b[k]) || b[k] == '/' || b[k] == '-') << (k - lo);
    }
    return m & ~(after << 1);
}

/* How far before a year its date may begin: "26th day of September, ". */
#define DATE_BACK 26

/* The month whose name ends right before the blank before the year at
 * b[i] ("July 1991", "Sept. 1991"), not after a day ("26 July 1991" is
 * sc_date_at()'s): 1-12 with its start in *ms, or 0. */
static int month_before(const uint8_t *b, size_t from, size_t i, size_t *ms)
{
    if (i < from + 4 || b[i - 1] != ' ')
        return 0;
    size_t p = i - 1, s = p;
    if (b[s - 1] == '.')
        s--;
    while (s > from && p - s < 10 && sc_isalpha(b[s - 1]))
        s--;
    size_t e;
    int m = month_at(b, s, i, &e);
    if (!m || e != p)
        return 0;
    size_t q = s; /* no day before it */
    while (q > from && b[q - 1] == ' ')
        q--;
    if (q < s && q > from && sc_isdigit(b[q - 1]))
        return 0;
    *ms = s;
    return m;
}

/* "the twenty-sixth day of July, 1990": an enrolled bill's or a
 * proclamation's day, spelled, before the year at b[i] (@p y) -- the day,
 * " day of ", the month, a comma or not: the date, its start in *so; else
 * 0.  (The digits' form, "the 26th day of July, 1990", is date_shape_at()'s.) */
static int32_t spelled_day_date(const uint8_t *b, size_t from, size_t i, int y, size_t *so)
{
    size_t me = i;
    while (me > from && b[me - 1] == ' ')
        me--;
    if (me > from && b[me - 1] == ',')
        me--;
    size_t ms = me, e;
    while (ms > from && me - ms < 10 && sc_isalpha(b[ms - 1]))
        ms--;
    int m = ms < me ? month_at(b, ms, me, &e) : 0;
    if (!m || e != me || ms < from + 5)
        return 0;
    /* "the twenty-sixth day of July, 1990", or "the twenty-fifth of July
     * 1990" -- an ordinal's word then, "first" to "thirty-first" */
    int day = ms >= from + 9 && memcmp(b + ms - 8, " day of ", 8) == 0;
    if (!day && memcmp(b + ms - 4, " of ", 4) != 0)
        return 0;
    size_t oe = ms - (day ? 8 : 4), os = oe;
    while (os > from && oe - os < 16 && (sc_isalpha(b[os - 1]) || b[os - 1] == '-'))
        os--;
    if (!day && !(oe - os >= 5 && sc_word_in(b, oe - 2, oe, (const char *const[]){ "st", "nd", "rd", "th", NULL })))
        return 0; /* (an ordinal's ending: not "one of July, 1990") */
    int d = os < oe ? sc_spelled_number(b + os, oe - os) : 0; /* (context_congress.c) */
    if (!d || !valid_date(y, m, d))
        return 0;
    *so = os;
    return y * 10000 + m * 100 + d;
}

/* Can a date that sc_date_at() reads at the digit b[k] end with a year?
 * Only "07/26/1990" and "26 July 1990" do: one or two digits, then '/'
 * or a blank (1990-07-26 ends with its day; three digits or more begin
 * no date).  A test that spares the call for "§ 101, July 26, 1990". */
static int day_may_begin(const uint8_t *b, size_t k, size_t lim)
{
    size_t n = 0;
    SC_ROLLED
    for (; n < 3; n++)
        if (k + n >= lim || !sc_isdigit(b[k + n]))
            break;
    if (n >= 3)
        return 0;
    if (k + n >= lim)
        return 1; /* (sc_date_at reads no date either; no matter) */
    uint8_t c = b[k + n];
    return c == '/' || c == '-' || c == '.' || c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
           ((c >= 0x80 || c == '&') && sc_space_len(b + k + n, lim - k - n) > 0) ||
           ((c == 's' || c == 'n' || c == 'r' || c == 't') && n > 0 &&
            ordinal_len(b, k + n, lim, sc_isdigit(b[k + 1]) && n == 2 ? (b[k] - '0') * 10 + b[k + 1] - '0'
                                                                   : b[k] - '0') == 2);
}

/* Can a date that sc_date_at() reads end with the year at b[i], having
 * begun before it (at @p from or after)?  Only when the year follows ','
 * or '/' ("26,1990", "07/26/1990"), or blanks after a day's digit or ','
 * ("July 26, 1990"), a month abbreviation's period ("26 Sept. 1990"), a
 * day's ordinal suffix ("July 26th 1990") or a capitalized word of a month
 * name's length ("26 July 1990").  A test that spares the scan for the
 * date's start after "Act of 1990". */
static int may_end_date(const uint8_t *b, size_t from, size_t i)
{
    if (b[i - 1] == ',' || b[i - 1] == '/' || b[i - 1] == '-')
        return 1;
    if (b[i - 1] == '.' && i >= from + 2 && sc_isdigit(b[i - 2]))
        return 1; /* "7.26.1990" */
    size_t p = i, k; /* back over the blanks (every space blanks() reads, line ends) */
    while (p > from && (k = space_before(b, from, p)) > 0)
        p -= k;
    if (p == i || p == from)
        return 0;
    uint8_t c = b[p - 1];
    if (c == ',' || c == '.' || sc_isdigit(c))
        return 1;
    if (!sc_isalpha(c))
        return 0;
    size_t ws = p - 1; /* the word before the blanks: a month's, 3 to 9 letters */
    SC_ROLLED
    for (int q = 0; q < 9; q++) { /* (p - ws == q + 1, at most 10) */
        if (ws == 0 || !sc_isalpha(b[ws - 1]))
            break;
        ws--;
    }
    if (p - ws == 2 && ws > from && sc_isdigit(b[ws - 1]))
        return (b[ws] == 's' && b[ws + 1] == 't') || (b[ws] == 'n' && b[ws + 1] == 'd') ||
               (b[ws] == 'r' && b[ws + 1] == 'd') || (b[ws] == 't' && b[ws + 1] == 'h');
    return p - ws >= 3 && p - ws <= 9 && month_first[b[ws]];
}

/* Is the four-digit year at b[i..j) right after a page of the Statutes at
 * Large (its first page or a pin), a comma between, where the scanner read
 * it as a year rather than a pin (sc_norm_stat_year_item(): a bracket's or
 * part's end after it -- "(102 Stat. 584, 585, 1988)", "114 Stat. 1983,
 * 1999, Arizona National Forest Improvement Act")?  The page's group index
 * + 1 when it is, else 0. */
static int year_after_page(const sc_entry *e, size_t i, size_t j)
{
    const uint8_t *b = e->w->buf;
    if (i < e->so + 3 || b[i - 1] != ' ' || b[i - 2] != ',' || j >= e->eo ||
        !(b[j] == ')' || b[j] == ';' || (b[j] == ',' && j + 2 < e->eo && b[j + 1] == ' ' && sc_isalpha(b[j + 2]))))
        return 0;
    for (uint64_t m = e->stat_in; m; m &= m - 1) {
        int k = __builtin_ctzll(m);
        if (e->ce[k] == i - 2)
            return e->c[k].type == SC_STAT ? k + 1 : 0;
    }
    return 0;
}

/* Is the year at b[i] the last part of a bracket that names who signed,
 * after a comma: "(signed by President Harry Truman, 1952)"? */
static int signer_then_year(const uint8_t *b, size_t so, size_t i)
{
    static const char *const heads[] = { "(signed by President ", "(approved by President ", NULL };
    if (i < so + 24 || b[i - 1] != ' ' || b[i - 2] != ',')
        return 0;
    size_t q = i - 2;
    while (q > so && q + 64 > i && b[q] != '(' && b[q] != ')')
        q--;
    size_t n = b[q] == '(' ? sc_phrase_at(b, q, i, heads) : 0;
    return n && sc_president_words(b, q + n, i, NULL, NULL, NULL) >= i - 2;
}

/* Is the year at b[i] the last part of a bracket that opens with a
 * Congress, after a comma: "Pub. L. No. 100-200 (100th Congress, 1987)",
 * "(94th Cong., 1976)"?  The year of the law or bill before it. */
static int congress_then_year(const uint8_t *b, size_t so, size_t i)
{
    if (i < so + 12 || b[i - 1] != ' ' || (b[i - 2] != ',' && b[i - 2] != ';'))
        return 0; /* (or a ';' between: "(113th Congress; 2013)") */
    size_t q = i - 2;
    while (q > so && q + 24 > i && b[q] != '(' && b[q] != ')')
        q--;
    int ended;
    return b[q] == '(' && sc_entry_ordinal_congress(b, q + 1, i - 2, &ended) == i - 2;
}

/* Is the year alone at b[so..end), after "in", the year of an amendment
 * that a law of the entry made -- the law as the amending one, by "by" or
 * in brackets: "amended it by Pub. L. 104-104 in 1995", "was amended in
 * 1995 by Pub. L. 104-104", "amended the Act in 1995 (Pub. L. 104-104)"?
 * That year is the amending law's, the year it was enacted -- not a day
 * of a law amended ("Pub. L. 101-336, as amended Dec. 2, 2008"), nor an
 * amendment's effective day ("amended effective in 1997 by"): "amended"
 * within five words before, letters and blanks alone between, none of
 * them a word of a date's role but a glue word. */
static int amending_law_year(const sc_entry *e, size_t so, size_t end)
{
    const uint8_t *b = e->w->buf;
    if (so < e->so + 4 || memcmp(b + so - 3, "in ", 3) != 0 || sc_isalpha(b[so - 4]))
        return 0;
    size_t verb_to = SIZE_MAX; /* where the walk back to "amended" begins */
    size_t after = end + 4 <= e->eo && memcmp(b + end, " by ", 4) == 0   ? end + 4
                   : end + 2 <= e->eo && memcmp(b + end, " (", 2) == 0 ? end + 2
                                                                        : SIZE_MAX;
    for (uint64_t m = after != SIZE_MAX ? e->law_in : 0; m; m &= m - 1)
        if (e->cs[__builtin_ctzll(m)] == after)
            verb_to = so - 3; /* "amended in 1995 by Pub. L. 104-104" */
    if (verb_to == SIZE_MAX) { /* "amended by Pub. L. 104-104 in 1995" */
        size_t t = so - 3;
        while (t > e->so && b[t - 1] == ' ')
            t--;
        int lk = sc_entry_cite_ending_at(e, e->law_in, t);
        if (lk < 0 || e->cs[lk] < e->so + 3 || memcmp(b + e->cs[lk] - 3, "by ", 3) != 0)
            return 0;
        verb_to = e->cs[lk] - 3;
    }
    size_t i = verb_to;
    for (int words = 0; words < 5 && i > e->so; words++) {
        while (i > e->so && b[i - 1] == ' ')
            i--;
        size_t we = i;
        while (i > e->so && sc_isalpha(b[i - 1]))
            i--;
        if (i == we)
            return 0;
        if (we - i == 7 && memcmp(b + i, "amended", 7) == 0)
            return 1;
        int role = role_of_letters(b, i, we);
        if (role != SC_DATE_ROLE_NONE && role != ROLE_GLUE)
            return 0; /* a word of its own role between: "amended effective in
                       * 1997 by", "amended, until repealed in 1999 by" */
    }
    return 0;
}

/* Every date the entry states.  Each spelling read here ends in, or
 * begins with, a four-digit year: the scan looks for years (digit runs
 * are rare in prose) and reads the date around each. */
void sc_entry_gather_dates(sc_entry *e)
{
    e->dates_read = 1;
    const uint8_t *b = e->w->buf;
    size_t i = e->so, base = 0;
    uint64_t cand = 0; /* the runs of the block b[base..base + 64) still to read */
    uint64_t four = 0; /* those of them of exactly four digits, in the block */
    int block = 0;     /* a block is read */
#ifdef __SSE2__
    int avx2 = __builtin_cpu_supports("avx2");
#else
    int avx2 = 0;
#endif
    while (i < e->eo && e->ndate < SC_ENTRY_DATES) {
        if (block && i - base < 64) {
            /* its runs at or after i (i never stops inside a run: it is
             * past a run read whole, or past a date) */
            cand &= ~0ull << (i - base);
            if (!cand) {
                i = base + 64; /* none left: the next block */
                block = 0;
                continue;
            }
        } else {
            base = i;
            block = 1;
            uint64_t sl;
            uint64_t dm = digits64(b, i, e->eo, e->w->len, &sl, avx2);
            if (!dm) { /* (prose: no digit, no run to read) */
                i += 64;
                block = 0;
                continue;
            }
            /* each run of exactly four digits that ends in these 64
             * bytes, and the run that reaches their end (read on below):
             * runs of other lengths are no years -- but for a run of two
             * right after a '/' ("7/26/90": a two-digit year) */
            uint64_t st = dm & ~(dm << 1); /* where runs begin */
            four = st & (dm >> 1) & (dm >> 2) & (dm >> 3) & ~(dm >> 4) & ((1ull << 60) - 1);
            cand = four;
            uint64_t after_slash = sl << 1 | (i > e->so && b[i - 1] == '/');
            if (after_slash) /* (most blocks have no '/') */
                cand |= st & after_slash & (dm >> 1) & ~(dm >> 2) & ((1ull << 62) - 1);
            if (dm >> 63)
                cand |= 1ull << (63 - __builtin_clzll(st));
            if (!cand) {
                i += 64;
                block = 0;
                continue;
            }
        }
        i = base + (unsigned)__builtin_ctzll(cand);
        cand &= cand - 1;
        size_t j = i;
        int y = 0;
        if (four >> (i - base) & 1) { /* (its four digits known: no walk) */
            y = (b[i] - '0') * 1000 + (b[i + 1] - '0') * 100 + (b[i + 2] - '0') * 10 + (b[i + 3] - '0');
            j = i + 4;
        } else {
            while (j < e->eo && sc_isdigit(b[j]) && j - i < 6)
                y = y * 10 + (b[j++] - '0');
        }
        /* "7/26/90": the year of a date, two digits after its '/' */
        int two = j - i == 2 && i > e->so && b[i - 1] == '/' &&
                  !(j < e->eo && (sc_isalnum(b[j]) || b[j] == '/'));
        if (!two && (j - i != 4 || y < 1789 || y > 2100 || (j < e->eo && sc_isalpha(b[j])) ||
                     (i > e->so && sc_isalpha(b[i - 1])))) {
            while (j < e->eo && sc_isdigit(b[j]))
                j++;
            i = j;
            continue;
        }
        /* a year at b[i..j): the date it ends or begins -- none when the
         * year is part of a citation ("42 U.S.C. 1983"), as every date
         * read around it holds it */
        if (in_citation(e, i, j)) {
            i = j;
            continue;
        }
        size_t so = i, end = 0;
        /* 1990-07-26: with four digits at i, the one spelling that may
         * begin there, and it has '-' after them */
        int32_t ymd = !two && j < e->eo && (b[j] == '-' || b[j] == '/') ? date_shape_at(b, i, e->eo, &end) : 0;
        int bare = 0, after_page = 0;
        /* a date that ends with the year has a blank, ',' or '/' right
         * before it ("July 26, 1990", "26 July 1990", "07/26/1990") */
        if (!ymd && i > e->so &&
            (b[i - 1] == ',' || b[i - 1] == '/' || b[i - 1] == '-' ||
             (b[i - 1] == '.' && i >= e->so + 2 && sc_isdigit(b[i - 2])) ||
             space_before(b, e->so, i) > 0) &&
            may_end_date(b, e->so, i)) {
            /* (back as far as "26th day of September, " before its year;
             * a line break and its indent before the year count as one
             * blank: "November 2,\n                 1966", an opinion's) */
            size_t hi = i;
            while (hi > e->so && (b[hi - 1] == ' ' || b[hi - 1] == '\t'))
                hi--;
            if (hi > e->so && b[hi - 1] == '\n' && i - hi > 2) {
                hi--;
                if (hi > e->so && b[hi - 1] == '\r')
                    hi--;
            } else {
                hi = i;
            }
            size_t lo = hi > e->so + DATE_BACK ? hi - DATE_BACK : e->so;
            uint32_t sm = starts32(b, lo, hi); /* bit k - lo: b[k] may begin a date */
            for (; sm && !ymd; sm &= sm - 1) {
                size_t k = lo + (size_t)__builtin_ctz(sm), end2;
                if (k == lo && ((k > e->so && sc_isalnum(b[k - 1])) ||
                                (k > 0 && (b[k - 1] == '/' || b[k - 1] == '-'))))
                    continue; /* date_shape_at() reads no date there (past lo,
                               * starts32() has left those out) */
                if (sc_isdigit(b[k]) && !day_may_begin(b, k, e->eo))
                    continue; /* nor one that ends with this year */
                int32_t d;
                if (two)
                    d = date2_at(b, k, e->eo, &end2);
                else if (sc_isdigit(b[k]))
                    d = date_shape_at(b, k, e->eo, &end2);
                else /* (a month's capital: its date, when it ends with this year) */
                    d = month_date_to(b, k, e->eo, i, y), end2 = j;
                if (d && end2 == j) {
                    ymd = d;
                    so = k;
                    end = end2;
                }
            }
        }
        if (two && !ymd) { /* two digits alone are no year */
            i = j;
            continue;
        }
        if (!ymd && i > e->so && b[i - 1] == '(' && j < e->eo &&
            (b[j] == ')' || b[j] == ';' || (b[j] == ',' && j + 1 < e->eo && b[j + 1] == ' '))) {
            ymd = y * 10000; /* "(1990)": a year alone -- or the first of the
                              * bracket's parts: "(2018; originally H. R. 6330; ...)",
                              * "(1951, Eighty-second Congress)" */
            so = b[j] == ')' ? i - 1 : i; /* (the bracket stays open: its other parts) */
            end = j + (b[j] == ')');
        }
        if (!ymd && !two && e->stat_in && (after_page = year_after_page(e, i, j)) > 0) {
            ymd = y * 10000; /* "114 Stat. 1983, 1999, Arizona ... Act": the year the
                              * scanner would not read as a pin (sc_norm_stat_year_item)
                              * is the page's law's */
            end = j;
        }
        if (!ymd && !two && j < e->eo && b[j] == ')' &&
            (signer_then_year(b, e->so, i) || congress_then_year(b, e->so, i))) {
            ymd = y * 10000; /* "(signed by President Harry Truman, 1952)": the
                              * signing's year, the last part of the signer's bracket;
                              * "(100th Congress, 1987)": the law's */
            end = j;
        }
        if (!ymd && !two && i > e->so + 20 && (b[i - 1] == ' ' || b[i - 1] == ',') &&
            (ymd = spelled_day_date(b, e->so, i, y, &so)) != 0)
            end = j; /* "on the twenty-sixth day of July, 1990" */
        size_t ms; /* "(July 1991)", "in July 1991": a month and year, no day */
        int mo = !ymd && !two ? month_before(b, e->so, i, &ms) : 0;
        if (mo && ms > e->so && b[ms - 1] == '(' && j < e->eo && b[j] == ')') {
            ymd = y * 10000 + mo * 100;
            so = ms - 1;
            end = j + 1;
        } else if (mo &&
                   ((ms >= e->so + 3 && b[ms - 1] == ' ' && b[ms - 2] == 'n' &&
                     (b[ms - 3] | 0x20) == 'i' && (ms == e->so + 3 || !sc_isalpha(b[ms - 4]))) ||
                    /* the next of a list: "in July 1990 and September 2008" */
                    (ms >= e->so + 6 && memcmp(b + ms - 5, " and ", 5) == 0 &&
                     sc_isdigit(b[ms - 6]))) &&
                   !(j < e->eo && sc_isalnum(b[j]))) {
            ymd = y * 10000 + mo * 100; /* as "in 1957": a step unless the words say enacted */
            so = ms;
            end = j;
            bare = 1;
        } else if (mo && ms >= e->so + 8 && b[ms - 1] == ' ' && (b[ms - 2] == 'd' || b[ms - 2] == 'D') &&
                   !(j < e->eo && sc_isalnum(b[j]))) {
            /* "(enacted Mar. 2011)", "signed July 1991": a month and year right
             * after the word that makes them the law's */
            size_t ws = ms - 1;
            while (ws > e->so && sc_isalpha(b[ws - 1]))
                ws--;
            if (sc_word_in(b, ws, ms - 1, (const char *const[]){ "enacted", "signed", "approved", NULL })) {
                ymd = y * 10000 + mo * 100;
                so = ms;
                end = j;
            }
        }
        if (!ymd &&
            ((i >= e->so + 3 && b[i - 1] == ' ' && b[i - 2] == 'n' && (b[i - 3] | 0x20) == 'i' &&
              (i == e->so + 3 || !sc_isalpha(b[i - 4]))) ||
             /* the next of a list: "in 1990 and 2008" */
             (i >= e->so + 6 && memcmp(b + i - 5, " and ", 5) == 0 && sc_isdigit(b[i - 6]) &&
              i >= e->so + 10 && sc_isdigit(b[i - 9]) && !sc_isdigit(b[i - 10]))) &&
            !(j < e->eo && sc_isalnum(b[j]))) {
            ymd = y * 10000; /* "passed the House in 1957": a bill's step */
            end = j;
            bare = 1;
        }
        if (!ymd && !two && i >= e->so + 7 && b[i - 1] == ' ' && (b[i - 2] == 'd' || b[i - 2] == 'D') &&
            !(j < e->eo && sc_isalnum(b[j]))) {
            /* "— enacted 1991", "signed 2010": a year right after the word
             * that makes it the law's (role_before() reads that word) */
            size_t ws = i - 1;
            while (ws > e->so && sc_isalpha(b[ws - 1]))
                ws--;
            if (sc_word_in(b, ws, i - 1, (const char *const[]){ "enacted", "signed", "approved", NULL })) {
                ymd = y * 10000;
                end = j;
            }
        }
        if (!ymd && !two && sc_ctx_timeline(b, e->so, i, j, e->eo)) {
            ymd = y * 10000; /* "1991 - ADA enacted (P.L. 101-336)": a timeline's year,
                              * a step unless the words after it say enacted */
            end = j;
            bare = 1;
        }
        /* "May 31, 1918 Act Repeal Act": a date that names an Act, inside
         * a name, dates nothing */
        if (ymd && end + 4 <= e->eo && b[end] == ' ' && b[end + 1] == 'A' && b[end + 2] == 'c' &&
            b[end + 3] == 't' && (end + 4 == e->eo || !sc_isalnum(b[end + 4])))
            ymd = 0;
        if (!ymd || in_citation(e, so, end)) {
            i = j;
            continue;
        }
        /* "the Act of August 26, 1985 [1983]": the editors' correction of
         * the year, in brackets right after it, is the date's year */
        if (end + 7 <= e->eo && b[end] == ' ' && b[end + 1] == '[' && sc_isdigit(b[end + 2]) &&
            sc_isdigit(b[end + 3]) && sc_isdigit(b[end + 4]) && sc_isdigit(b[end + 5]) &&
            b[end + 6] == ']') {
            int cy = (b[end + 2] - '0') * 1000 + (b[end + 3] - '0') * 100 + (b[end + 4] - '0') * 10 +
                     (b[end + 5] - '0');
            if (cy >= 1789 && cy <= 2100) {
                ymd = cy * 10000 + ymd % 10000;
                end += 7;
            }
        }
        sc_date_fact *f = &e->date[e->ndate++];
        f->so = so;
        f->eo = end;
        f->ymd = ymd;
        f->law = -1;
        f->bill = -1;
        f->page = (int8_t)(after_page - 1);
        f->role = (uint8_t)(time_after(b, end, e->eo) ? SC_DATE_ROLE_OTHER : role_before(e, so));
        if (f->role != SC_DATE_ROLE_ENACTED && ymd % 10000 == 0 && amending_law_year(e, so, end))
            f->role = SC_DATE_ROLE_ENACTED;
        /* "February 31, 2008" (a day up to 28 is in every month) */
        f->bad = (uint8_t)((ymd % 100 > 28 || ymd / 100 % 100 > 12) && !sc_date_real(ymd));
        e->nbad += f->bad;
        /* "enacted in 1991", "signed into law in 1991": the law's year, not
         * a bill's step */
        f->bare = (uint8_t)(bare && f->role != SC_DATE_ROLE_ENACTED);
        i = end > j ? end : j;
    }
}

/* ------------------------------------------------- the document's date */

/* The date of a court's head at b[i] (one of @p heads: "Decided June 2,
 * 1952."), when the head opens its line at the line's first byte -- or
 * follows the date of the line's own "Argued ..." there ("Argued March 24,
 * 2009. Decided January 21, 2010. Reargued September 9, 2009.") -- and
 * the date ends the line or another head follows it; else 0.  Not a
 * list's, a docket's or a table of authorities' ("1. Chadha -- Decided June
 * 23, 1983.", "Filed: 03/12/1993 -- complaint", "   Argued May 12, 1952.
 * Decided June 2, 1952." under a case's name). */
static int32_t court_head(const uint8_t *b, size_t i, size_t lim, const char *const *heads)
{
    static const char *const more[] = { "Argued", "Reargued", "Submitted", "Decided", "Filed",
                                        "Amended", "Released", NULL };
    size_t n = sc_phrase_at(b, i, lim, heads);
    if (!n)
        return 0;
    size_t ls = i;
    while (ls > 0 && b[ls - 1] != '\n' && i - ls < 200)
        ls--;
    if (ls < i && !(i - ls > 7 && (memcmp(b + ls, "Argued ", 7) == 0 ||
                                   memcmp(b + ls, "Submitted ", 10) == 0)))
        return 0;
    size_t k = blanks(b, i + n, lim), end;
    int32_t d = sc_date_at(b, k, lim, &end);
    if (!d)
        return 0;
    while (end < lim && (b[end] == '.' || b[end] == ' ' || b[end] == '\t' || b[end] == '\r'))
        end++;
    return end >= lim || b[end] == '\n' || sc_phrase_at(b, end, lim, more) ? d : 0;
}

/* Where the first line that opens "Argued " or "Reargued " at its first
 * byte begins in b[0..lim) -- a court's head ("Argued Feb. 22, 1982." over
 * "Decided June 23, 1983.") -- or lim. */
static size_t argued_line(const uint8_t *b, size_t lim)
{
    for (const uint8_t *p = b; p + 9 < b + lim; p++) {
        if ((p == b || p[-1] == '\n') &&
            (memcmp(p, "Argued ", 7) == 0 || memcmp(p, "Reargued ", 9) == 0))
            return (size_t)(p - b);
        if (!(p = memchr(p, '\n', (size_t)(b + lim - p))))
            break;
    }
    return lim;
}

int32_t sc_entry_document_date(const uint8_t *b, size_t len)
{
    static const char *const heads[] = { "Dated:", "DATED:", "Date:", "DATE:", "Approved ",
                                         "APPROVED ",
                                         /* an e-mail's head: "Sent: Monday, March 4, 2024" */
                                         "Sent:", NULL };
    /* a court's opinion, under its caption: "Argued May 12, 1952." /
     * "Decided June 2, 1952.", "Decided: January 5, 2010", "Date Filed:
     * 03/12/1993" -- each at a line's start (or after the line's "Argued
     * ..." date), the date alone on the rest of its line (court_head()) */
    static const char *const court_heads[] = { "Decided ", "Decided:", "DECIDED:", "DECIDED ",
                                               "Filed:", "FILED:", "Filed ", "Date Filed:",
                                               "Opinion Filed:", NULL };
    /* lines whose date follows a weekday ("Friday, May 20, 2005") */
    static const char *const day_heads[] = { "Congressional Record", "[Congressional Record",
                                             "Federal Register", NULL };
    size_t lim = len < 4096 ? len : 4096;
    /* a compilation's own date, before any other ("As Amended Through P.L.
     * 116–92, Enacted December 20, 2019" heads the GPO's: the Act's
     * "Approved October 11, 1976" below it is no date of the text) */
    const uint8_t *am = sc_find_text(b, lim, "As Amended Through", 18);
    if (am) {
        size_t k = (size_t)(am - b) + 18, e = k;
        while (e < lim && b[e] != '\n' && e - k < 120)
            e++;
        const uint8_t *en = sc_find_text(b + k, e - k, "Enacted ", 8);
        size_t end;
        int32_t d = en ? sc_date_at(b, (size_t)(en - b) + 8, e, &end) : 0;
        if (d)
            return d;
    }
    /* a court's slip opinion that opens with its date, the caption beside
     * it across a column's blanks ("March 12, 1993    UNITED STATES COURT
     * OF APPEALS"): the date first, then three blanks and a capital word */
    size_t f0 = 0, fe;
    while (f0 < lim && (b[f0] == ' ' || b[f0] == '\n' || b[f0] == '\r' || b[f0] == '\t'))
        f0++;
    int32_t first = f0 < lim && sc_isupper(b[f0]) ? sc_date_at(b, f0, lim, &fe) : 0;
    if (first && first % 100 != 0 && fe + 4 < lim && b[fe] == ' ' && b[fe + 1] == ' ' &&
        b[fe + 2] == ' ') {
        size_t k = fe;
        while (k < lim && b[k] == ' ')
            k++;
        size_t q = k;
        while (q < lim && b[q] != '\n' && !sc_islower(b[q]))
            q++;
        if (k + 1 < lim && (sc_isupper(b[k]) || b[k] == '[') && sc_isupper(b[k + 1]) &&
            (q >= lim || b[q] == '\n'))
            return first; /* (the caption in capitals to the line's end) */
    }
    /* ... or that gives it on a line of its own, centered under the
     * caption ("Circuit Judges." / "September 22, 2010"): a court's caption
     * before it */
    const uint8_t *court = sc_find_text(b, lim, "Court", 5);
    if (!court)
        court = sc_find_text(b, lim, "COURT", 5);
    size_t argued = argued_line(b, lim); /* (a court's head without its name) */
    for (size_t i = court ? (size_t)(court - b) : lim; i < lim; i++) {
        if (b[i] != '\n')
            continue;
        size_t k = i + 1, e2;
        while (k < lim && b[k] == ' ')
            k++;
        int32_t d = k - i - 1 >= 8 && k < lim && sc_isupper(b[k]) ? sc_date_at(b, k, lim, &e2) : 0;
        if (!d || d % 100 == 0)
            continue;
        while (e2 < lim && (b[e2] == ' ' || b[e2] == '\r'))
            e2++;
        if (e2 < lim && b[e2] == '\n')
            return d;
    }
    for (size_t i = 0; i < lim; i++) {
        if (i > 0 && b[i - 1] != '\n' && b[i - 1] != ' ' && b[i - 1] != '-' && b[i - 1] != 0x94)
            continue; /* (a word's start: after a line's end, a blank, a dash -- "--Decided") */
        if ((b[i] == 'D' || b[i] == 'F' || b[i] == 'O') &&
            ((court && (size_t)(court - b) < i) || argued < i)) {
            int32_t d = court_head(b, i, lim, court_heads);
            if (d)
                return d;
        }
        /* a slip law's head: PUBLIC LAW 113-121—JUNE 10, 2014 */
        if (i + 11 < lim && memcmp(b + i, "PUBLIC LAW ", 11) == 0) {
            size_t k = i + 11;
            while (k < lim && k < i + 30 && !sc_isupper(b[k]))
                k++;
            if (k < lim && k < i + 30) {
                /* "JUNE 10, 2014": the line with its month word in
                 * title case ("June"), the way sc_date_at reads it */
                size_t we = word_end(b, k, lim);
                uint8_t tmp[40];
                size_t tl = 0;
                for (size_t q = k; q < lim && tl < sizeof tmp - 1 && b[q] != '\n'; q++)
                    tmp[tl++] = q > k && q < we ? sc_tolower(b[q]) : b[q];
                size_t end;
                int32_t d = sc_date_at(tmp, 0, tl, &end);
                if (d)
                    return d;
            }
        }
        /* the Congressional Record's and the Federal Register's head lines:
         * "Congressional Record, Volume 151 Issue 68 (Friday, May 20,
         * 2005)", "Federal Register / Vol. 85, No. 100 / Friday, May 22,
         * 2020 / Rules and Regulations": the date after the weekday */
        for (const char *const *h = day_heads; *h; h++) {
            size_t n = strlen(*h);
            if (i + n >= lim || memcmp(b + i, *h, n) != 0)
                continue;
            for (size_t k = i + n; k + 5 < lim && b[k] != '\n'; k++) {
                size_t end;
                int32_t d;
                if (memcmp(b + k, "day, ", 5) == 0 && (d = sc_date_at(b, k + 5, lim, &end)) != 0)
                    return d;
            }
        }
        if (i > 0 && b[i - 1] != '\n' && b[i - 1] != ' ')
            continue; /* (the heads above: after a blank too -- "--Decided" for a court's) */
        for (const char *const *h = heads; *h; h++) {
            size_t n = strlen(*h);
            if (i + n < lim && memcmp(b + i, *h, n) == 0) {
                size_t k = blanks(b, i + n, lim), end;
                int32_t d = sc_date_at(b, k, lim, &end);
                if (d)
                    return d;
            }
        }
    }
    return 0;
}
