/*
 * entry.c -- reads one entry (entry.h): finds its ends, gathers the dates
 * and Act names it states with the role the words around them give, marks
 * citations given as history, and ties every fact to the law it describes.
 *
 * A fact is tied to a law only on evidence in the bytes between them: a
 * Statutes at Large page after the law with nothing but pins ("§ 2",
 * "div. B", "title IV"), bills, dates and punctuation between; a date right
 * after the law ("(July 26, 1990)", "| 10/26/2001") or right before it in a
 * source credit ("Sept. 1, 1970, Pub. L. 91-369"), or anywhere in an entry
 * of one law when a word says it is the enactment date ("signed", "became
 * law on"); a name right before or after the law, or joined to it by
 * "which became".  Anything else between them -- another law, a verb that
 * makes the fact about something else ("amending", "effective") -- and the
 * fact stays untied, so it is never held against the law.
 */
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"

/* ------------------------------------------------------------ words */

int sc_word_in(const uint8_t *buf, size_t s, size_t e, const char *const *list)
{
    uint8_t c0 = sc_tolower(buf[s]);
    for (; *list; list++) {
        if ((uint8_t)(*list)[0] != c0)
            continue;
        size_t n = strlen(*list);
        if (n != e - s)
            continue;
        size_t k = 0;
        while (k < n && sc_tolower(buf[s + k]) == (*list)[k])
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

int sc_entry_span(const sc_window *w, const sc_citation *c, size_t *s, size_t *e)
{
    if (c->start < w->base || c->end > w->base + w->len)
        return 0;
    *s = (size_t)(c->start - w->base);
    *e = (size_t)(c->end - w->base);
    return 1;
}

static size_t word_end(const uint8_t *b, size_t i, size_t lim)
{
    while (i < lim && sc_isalpha(b[i]))
        i++;
    return i;
}

/* --------------------------------------------------------------- dates */

static const char *const month_names[] = { "january", "february", "march",     "april",
                                           "may",     "june",     "july",      "august",
                                           "september", "october", "november", "december" };

/* A month name or abbreviation at b[i] (capitalized, whole word, "Sept."
 * and "Jun." with their period): returns 1-12 and sets *end. */
static int month_at(const uint8_t *b, size_t i, size_t lim, size_t *end)
{
    static const uint8_t month_first[256] = { ['J'] = 1, ['F'] = 1, ['M'] = 1, ['A'] = 1,
                                              ['S'] = 1, ['O'] = 1, ['N'] = 1, ['D'] = 1 };
    static const uint8_t month_len[12] = { 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8 };
    if (i >= lim || !month_first[b[i]] || (i > 0 && sc_isalpha(b[i - 1])))
        return 0;
    size_t e = word_end(b, i, lim);
    size_t n = e - i;
    if (n < 3 || n > 9)
        return 0;
    for (int m = 0; m < 12; m++) {
        size_t full = month_len[m];
        int same = 1;
        for (size_t k = 0; k < n && same; k++)
            same = k < full && sc_tolower(b[i + k]) == month_names[m][k];
        if (!same)
            continue;
        if (n == full) {
            *end = e;
            return m + 1;
        }
        /* an abbreviation: "Jan." "Sept." "Sep" -- 3 or 4 letters */
        if (n <= 4 && (n == 3 || (m == 8 && n == 4))) {
            *end = e < lim && b[e] == '.' ? e + 1 : e;
            return m + 1;
        }
    }
    return 0;
}

static int digits(const uint8_t *b, size_t i, size_t lim, int max, int *v)
{
    int n = 0;
    *v = 0;
    while (i + (size_t)n < lim && sc_isdigit(b[i + n]) && n <= max) {
        *v = *v * 10 + (b[i + n] - '0');
        n++;
    }
    return n > max ? 0 : n;
}

static int valid_date(int y, int m, int d)
{
    static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return y >= 1789 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1];
}

static size_t blanks(const uint8_t *b, size_t i, size_t lim)
{
    while (i < lim) {
        if (b[i] == ' ' || b[i] == '\t' || b[i] == 0xa0)
            i++;
        else if (b[i] == 0xc2 && i + 1 < lim && b[i + 1] == 0xa0)
            i += 2;
        else
            break;
    }
    return i;
}

int32_t sc_date_at(const uint8_t *b, size_t i, size_t lim, size_t *end)
{
    size_t e;
    int y, m, d, n;
    if (i > 0 && (sc_isalnum(b[i - 1]) || b[i - 1] == '/' || b[i - 1] == '-'))
        return 0;
    if ((m = month_at(b, i, lim, &e)) != 0) { /* July 26, 1990 */
        size_t k = blanks(b, e, lim);
        if (k == e || !(n = digits(b, k, lim, 2, &d)))
            return 0;
        k += (size_t)n;
        if (k < lim && b[k] == ',')
            k++;
        size_t k2 = blanks(b, k, lim);
        if (k2 == k && b[k - 1] != ',')
            return 0;
        if (digits(b, k2, lim, 4, &y) != 4 || (k2 + 4 < lim && sc_isalnum(b[k2 + 4])))
            return 0;
        if (!valid_date(y, m, d))
            return 0;
        *end = k2 + 4;
        return y * 10000 + m * 100 + d;
    }
    if (!sc_isdigit(b[i]))
        return 0;
    n = digits(b, i, lim, 4, &y);
    if (n == 4 && i + 10 <= lim && b[i + 4] == '-' && sc_isdigit(b[i + 5]) &&
        sc_isdigit(b[i + 6]) && b[i + 7] == '-' && sc_isdigit(b[i + 8]) && sc_isdigit(b[i + 9]) &&
        (i + 10 == lim || !(sc_isalnum(b[i + 10]) || b[i + 10] == '-'))) { /* 1990-07-26 */
        m = (b[i + 5] - '0') * 10 + (b[i + 6] - '0');
        d = (b[i + 8] - '0') * 10 + (b[i + 9] - '0');
        if (!valid_date(y, m, d))
            return 0;
        *end = i + 10;
        return y * 10000 + m * 100 + d;
    }
    if (n >= 1 && n <= 2) {
        size_t k = i + (size_t)n;
        if (k < lim && b[k] == '/') { /* 07/26/1990, 26/07/1990 */
            int a = y, c;
            int n2 = digits(b, k + 1, lim, 2, &c);
            size_t k2 = k + 1 + (size_t)n2;
            if (!n2 || k2 >= lim || b[k2] != '/' || digits(b, k2 + 1, lim, 4, &y) != 4 ||
                (k2 + 5 < lim && (sc_isalnum(b[k2 + 5]) || b[k2 + 5] == '/')))
                return 0;
            m = a, d = c;
            if (m > 12 && d <= 12)
                m = c, d = a;
            if (!valid_date(y, m, d))
                return 0;
            *end = k2 + 5;
            return y * 10000 + m * 100 + d;
        }
        /* 26 July 1990 */
        size_t k2 = blanks(b, k, lim);
        if (k2 > k && (m = month_at(b, k2, lim, &e)) != 0) {
            d = y;
            size_t k3 = blanks(b, e, lim);
            if (k3 > e && digits(b, k3, lim, 4, &y) == 4 &&
                !(k3 + 4 < lim && sc_isalnum(b[k3 + 4])) && valid_date(y, m, d)) {
                *end = k3 + 4;
                return y * 10000 + m * 100 + d;
            }
        }
    }
    return 0;
}

/* Words before a date that say what it is the date of. */
static const char *const enacted_words[] = {
    "signed", "approved", "enacted", "enactment", "law", "became", "approval", NULL
};
static const char *const bill_words[] = { "introduced", "passed", "reported", "referred",
                                          "vetoed", "considered", "cleared", "ordered", NULL };
static const char *const other_words[] = {
    "effective", "veto",
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
                                         "senate", "both", "by", NULL };

/* The role word b[s..e) gives a date, SC_DATE_ROLE_NONE for none. */
static int role_word(const uint8_t *b, size_t s, size_t e)
{
    if (sc_word_in(b, s, e, enacted_words))
        return SC_DATE_ROLE_ENACTED;
    if (sc_word_in(b, s, e, bill_words))
        return SC_DATE_ROLE_BILL;
    if (sc_word_in(b, s, e, other_words))
        return SC_DATE_ROLE_OTHER;
    return SC_DATE_ROLE_NONE;
}

/* The role the words right before buf[so] give a date (skipping glue
 * words): at most four words back, not past the entry's start. */
static int role_before(const uint8_t *b, size_t from, size_t so)
{
    size_t i = so;
    for (int words = 0; words < 4 && i > from;) {
        while (i > from && !sc_isalpha(b[i - 1])) {
            uint8_t ch = b[i - 1];
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
        int role = role_word(b, i, we);
        if (role != SC_DATE_ROLE_NONE)
            return role;
        if (!sc_word_in(b, i, we, date_glue))
            return SC_DATE_ROLE_NONE;
        words++;
    }
    return SC_DATE_ROLE_NONE;
}

/* "On July 26, 1990, the President signed ...": the first role word after
 * the date, before the next citation or clause end. */
static int role_after(const sc_entry *e, size_t eo)
{
    const uint8_t *b = e->w->buf;
    size_t lim = eo + 120 < e->eo ? eo + 120 : e->eo;
    for (int i = 0; i < e->n; i++) {
        size_t s, t;
        if (sc_entry_span(e->w, &e->c[i], &s, &t) && s >= eo && s < lim)
            lim = s;
    }
    for (size_t i = eo; i < lim;) {
        if (b[i] == ';' || b[i] == '|' || b[i] == '(')
            break;
        if (!sc_isalpha(b[i])) {
            i++;
            continue;
        }
        size_t we = word_end(b, i, lim);
        int role = role_word(b, i, we);
        if (role != SC_DATE_ROLE_NONE)
            return role;
        i = we;
    }
    return SC_DATE_ROLE_NONE;
}

/* Is buf[so..eo) inside one of the group's citations? */
static int in_citation(const sc_entry *e, size_t so, size_t eo)
{
    for (int i = 0; i < e->n; i++) {
        size_t s, t;
        if (sc_entry_span(e->w, &e->c[i], &s, &t) && so < t && eo > s)
            return 1;
    }
    return 0;
}

/* Every date the entry states.  Each spelling read here ends in, or
 * begins with, a four-digit year: the scan looks for years (digit runs
 * are rare in prose) and reads the date around each. */
static void gather_dates(sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    /* bytes a date can begin with: a digit, a month's capital */
    static const uint8_t starts[256] = {
        ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
        ['7'] = 1, ['8'] = 1, ['9'] = 1, ['J'] = 1, ['F'] = 1, ['M'] = 1,
        ['A'] = 1, ['S'] = 1, ['O'] = 1, ['N'] = 1, ['D'] = 1 };
    size_t i = e->so;
    while (i < e->eo && e->ndate < SC_ENTRY_DATES) {
        if (!sc_isdigit(b[i])) {
            i++;
            continue;
        }
        size_t j = i;
        int y = 0;
        while (j < e->eo && sc_isdigit(b[j]) && j - i < 6)
            y = y * 10 + (b[j++] - '0');
        if (j - i != 4 || y < 1789 || y > 2100 || (j < e->eo && sc_isalpha(b[j])) ||
            (i > e->so && sc_isalpha(b[i - 1]))) {
            while (j < e->eo && sc_isdigit(b[j]))
                j++;
            i = j;
            continue;
        }
        /* a year at b[i..j): the date it ends or begins */
        size_t so = i, end = 0;
        int32_t ymd = sc_date_at(b, i, e->eo, &end); /* 1990-07-26 */
        int bare = 0;
        if (!ymd) {
            size_t lo = i > e->so + 18 ? i - 18 : e->so;
            for (size_t k = lo; k < i && !ymd; k++) {
                size_t end2;
                if (!starts[b[k]] || (k > e->so && sc_isalnum(b[k - 1])))
                    continue;
                int32_t d = sc_date_at(b, k, e->eo, &end2);
                if (d && end2 == j) {
                    ymd = d;
                    so = k;
                    end = end2;
                }
            }
        }
        if (!ymd && i > e->so && b[i - 1] == '(' && j < e->eo && b[j] == ')') {
            ymd = y * 10000; /* "(1990)": a year alone */
            so = i - 1;
            end = j + 1;
        }
        if (!ymd && i >= e->so + 3 && b[i - 1] == ' ' && b[i - 2] == 'n' && b[i - 3] == 'i' &&
            (i == e->so + 3 || !sc_isalpha(b[i - 4])) && !(j < e->eo && sc_isalnum(b[j]))) {
            ymd = y * 10000; /* "passed the House in 1957": a bill's step */
            end = j;
            bare = 1;
        }
        if (!ymd || in_citation(e, so, end)) {
            i = j;
            continue;
        }
        sc_date_fact *f = &e->date[e->ndate++];
        f->so = so;
        f->eo = end;
        f->ymd = ymd;
        f->law = -1;
        f->bill = -1;
        f->bare = (uint8_t)bare;
        f->role = (uint8_t)role_before(b, e->so, so);
        i = end > j ? end : j;
    }
}

/* ----------------------------------------------------------- Act names */

/* Lower-case words that may stand inside an Act's name. */
static const char *const name_connectors[] = { "of", "and", "the", "for", "to", "in", "on",
                                               "a", "an", "with", "by", "from", "at", "or",
                                               "de", "la", NULL };
/* Capitalized words that begin a reference, not a name: "This Act". */
static const char *const not_names[] = { "this", "that", "such", "each", "said", "the", "any",
                                         "an", "a", "which", "every", "its", "such", NULL };

static int name_char(uint8_t ch)
{
    return sc_isalnum(ch) || ch == '-' || ch == '\'' || ch == '&' || ch == '.' || ch == '/' ||
           ch >= 0x80;
}

/* One name ending with the word "Act" (or "Amendments of Y") at b[ai..ae). */
static void name_at(sc_entry *e, size_t ai, size_t ae)
{
    const uint8_t *b = e->w->buf;
    size_t first = ai; /* start of the first capitalized word taken */
    size_t i = ai;
    int caps = 0, words = 0, lower = 0;
    while (i > e->so && words < 20) {
        size_t k = i;
        while (k > e->so && (b[k - 1] == ' ' || b[k - 1] == 0xa0))
            k--;
        if (k == i || k == e->so)
            break;
        if (k > e->so + 1 && b[k - 1] == ',' && caps > 0) {
            /* a comma inside a capitalized series ("Food, Agriculture,
             * Conservation, and Trade Act"; "Martin Luther King, Jr.
             * National ...") when a capitalized word stands before it */
            size_t q = k - 1, qs;
            while (q > e->so && b[q - 1] == ' ')
                q--;
            qs = q;
            while (qs > e->so && name_char(b[qs - 1]))
                qs--;
            if (qs == q || !sc_isupper(b[qs]) || in_citation(e, qs, q))
                break;
            k = q;
        }
        size_t ws = k;
        while (ws > e->so && name_char(b[ws - 1]))
            ws--;
        if (ws == k)
            break;
        /* a word: capitalized (or a number), or a connector */
        int numeric = 1; /* "21st Century Cures Act" yes, "section 2 of the" no */
        for (size_t q = ws; q < k && numeric; q++)
            numeric = sc_isdigit(b[q]) || b[q] == '.' || b[q] == '-';
        if (numeric)
            break;
        if (sc_isupper(b[ws]) || sc_isdigit(b[ws]) || b[ws] >= 0x80) {
            if (in_citation(e, ws, k))
                break;
            first = ws;
            caps++;
            lower = 0;
        } else if (!sc_word_in(b, ws, k, name_connectors)) {
            /* a short lower-case word inside a name, between capitalized
             * ones: "Chimp Haven is Home Act" -- one at a time */
            if (lower || k - ws > 4)
                break;
            lower = 1;
        }
        words++;
        i = ws;
    }
    if (caps == 0)
        return;
    /* "This Act", "the Act": a reference, not a name */
    size_t fe = word_end(b, first, ai);
    if (caps == 1 && sc_word_in(b, first, fe, not_names))
        return;
    if (sc_word_in(b, first, fe, not_names)) { /* "The Clean Air Act": drop "The" */
        size_t k = blanks(b, fe, ai);
        first = k;
    }
    /* an opening quote is not the name's: "‘Postal Reorganization ..." */
    while (first < ai && (b[first] == '"' || b[first] == '\'' ||
                          (b[first] == 0xe2 && first + 2 < ai && b[first + 1] == 0x80 &&
                           (b[first + 2] == 0x98 || b[first + 2] == 0x9c))))
        first += b[first] == 0xe2 ? 3 : 1;
    /* "... Treatment Act Amendments": the name goes on */
    if (ae + 11 <= e->eo && memcmp(b + ae, " Amendments", 11) == 0 &&
        (ae + 11 == e->eo || !sc_isalpha(b[ae + 11])))
        ae += 11;
    sc_name_fact *f = &e->name[e->nname];
    f->so = first;
    f->name_eo = ae;
    f->eo = ae;
    f->year = 0;
    f->tight = 0;
    f->fiscal = 0;
    f->law = -1;
    /* its year: " of 1996", ", 1997", " for Fiscal Year 1997" */
    size_t k = ae;
    int y;
    size_t k1 = blanks(b, k, e->eo);
    if (k1 + 2 < e->eo && b[k1] == 'o' && b[k1 + 1] == 'f' && b[k1 + 2] == ' ') {
        size_t k2 = blanks(b, k1 + 2, e->eo);
        if (digits(b, k2, e->eo, 4, &y) == 4 && !(k2 + 4 < e->eo && sc_isalnum(b[k2 + 4]))) {
            f->year = y;
            f->eo = k2 + 4;
        }
    } else if (k < e->eo && b[k] == ',') {
        size_t k2 = blanks(b, k + 1, e->eo);
        if (k2 > k + 1 && digits(b, k2, e->eo, 4, &y) == 4 &&
            !(k2 + 4 < e->eo && (sc_isalnum(b[k2 + 4]) || b[k2 + 4] == '-')) &&
            !in_citation(e, k2, k2 + 4)) {
            /* ", 2010" is the name's fiscal year unless a Stat. page or a
             * date follows it ("Act, 2010 Stat." is no form) */
            size_t k3 = blanks(b, k2 + 4, e->eo);
            if (!(k3 < e->eo && sc_isalpha(b[k3]) && sc_isupper(b[k3]) && b[k3] == 'S')) {
                f->year = y;
                f->fiscal = 1;
                f->eo = k2 + 4;
            }
        }
    } else if (k1 + 20 < e->eo && memcmp(b + k1, "for ", 4) == 0) {
        size_t k2 = blanks(b, k1 + 4, e->eo);
        if (k2 + 12 < e->eo && sc_tolower(b[k2]) == 'f' &&
            (memcmp(b + k2 + 1, "iscal Year ", 11) == 0 ||
             memcmp(b + k2 + 1, "iscal year ", 11) == 0 ||
             memcmp(b + k2 + 1, "iscal Years ", 12) == 0 ||
             memcmp(b + k2 + 1, "iscal years ", 12) == 0)) {
            size_t k3 = blanks(b, k2 + 12 + (b[k2 + 11] == 's'), e->eo);
            if (digits(b, k3, e->eo, 4, &y) == 4) {
                f->year = y;
                f->fiscal = 1;
                f->eo = k3 + 4;
                int y2; /* "for Fiscal Years 1998 and 1999" */
                size_t k5 = blanks(b, f->eo, e->eo);
                if (k5 + 8 < e->eo && memcmp(b + k5, "and ", 4) == 0 &&
                    digits(b, k5 + 4, e->eo, 4, &y2) == 4)
                    f->eo = k5 + 8;
            }
        }
    }
    if (f->year == 0 && k1 + 4 < e->eo && memcmp(b + k1, "for ", 4) == 0) {
        /* "... Appropriations Act for Defense, the Global War on Terror, and
         * Hurricane Recovery, 2006": capitalized words, connectors and
         * commas up to a fiscal year */
        size_t q = k1 + 4, lim = k1 + 160 < e->eo ? k1 + 160 : e->eo;
        while (q < lim) {
            q = blanks(b, q, lim);
            if (q < lim && b[q] == ',') {
                size_t q2 = blanks(b, q + 1, lim);
                if (q2 > q + 1 && digits(b, q2, lim, 4, &y) == 4 &&
                    !(q2 + 4 < lim && sc_isalnum(b[q2 + 4])) && y >= 1900 && y <= 2100) {
                    f->year = y;
                    f->fiscal = 1;
                    f->eo = q2 + 4;
                    break;
                }
                q++;
                continue;
            }
            size_t we = q;
            while (we < lim && name_char(b[we]) && b[we] != '.')
                we++;
            if (we == q || !(sc_isupper(b[q]) || sc_word_in(b, q, we, name_connectors)))
                break;
            q = we;
        }
    }
    if (f->year == 0 && ae - ai > 3 && caps < 2)
        return; /* "Amendments" alone needs its year to be a name */
    /* "Surface Transportation Extension Act of 2005, Part IV" */
    size_t k4 = f->eo;
    if (k4 + 7 < e->eo && b[k4] == ',')
        k4++;
    k4 = blanks(b, k4, e->eo);
    if (k4 + 6 < e->eo && memcmp(b + k4, "Part ", 5) == 0) {
        size_t we = k4 + 5;
        while (we < e->eo && (strchr("IVX", b[we]) || sc_isdigit(b[we])))
            we++;
        if (we > k4 + 5 && (we == e->eo || !sc_isalpha(b[we])))
            f->eo = f->name_eo = we;
    }
    /* a longer name over this one ("Postal Reorganization Act Amendments
     * of 1976" over its "Postal Reorganization Act") replaces it */
    while (e->nname > 0 && e->name[e->nname - 1].eo > f->so) {
        e->name[e->nname - 1] = *f;
        f = &e->name[e->nname - 1];
        e->nname--;
    }
    e->nname++;
}

static void gather_names(sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    for (size_t i = e->so; i + 3 <= e->eo && e->nname < SC_ENTRY_NAMES; i++) {
        const uint8_t *a = memchr(b + i, 'A', e->eo - i - 2);
        if (!a)
            break;
        i = (size_t)(a - b);
        if (i > e->so && name_char(b[i - 1]))
            continue;
        size_t we = word_end(b, i, e->eo);
        if (we - i == 3 && b[i + 1] == 'c' && b[i + 2] == 't')
            name_at(e, i, we);
        else if (we - i == 10 && memcmp(b + i, "Amendments", 10) == 0)
            name_at(e, i, we);
        i = we - 1;
    }
}

/* ------------------------------------------------------------- ties */

/* What may stand between two facts of one law. */
#define F_STAT  0x001u /* the group's Stat. citations                        */
#define F_BILL  0x002u /* the group's bills                                   */
#define F_DATE  0x004u /* the entry's dates                                   */
#define F_PINS  0x008u /* "§ 2", "div. B", "title IV", "No.", "2(a)(1)"       */
#define F_DWORD 0x010u /* "enacted", "approved", "on", ...                    */
#define F_NWORD 0x020u /* "which became", "the", "popularly known as" ...     */
#define F_SEMI  0x040u /* ';'                                                 */
#define F_BAR   0x080u /* '|' (table cells of one row)                        */
#define F_ENACT 0x100u /* "enacting", "enacted as" (a bill after its law)     */
#define F_NAME  0x200u /* the entry's Act names: "P.L. 96-95 (Name), 93 Stat." */

static const char *const pin_words[] = { "title", "titles", "div", "division", "subtitle",
                                         "subdiv", "ch", "chap", "chapter", "pt", "part",
                                         "sec", "secs", "section", "sections", "subsec",
                                         "par", "para", "art", "at", "no", "nos",
                                         "stat", "et", "seq", "note", "notes", "app",
                                         "subch", "subchapter", NULL };
static const char *const dword_list[] = { "enacted", "approved", "signed", "into", "law", "on",
                                          "which", "it", "as",
                                          "dated", "was", "became", "date", "of",
                                          "the", "president", "public", NULL };
static const char *const nword_list[] = { "which", "that", "became", "become", "becomes",
                                          "approved", "signed", "enacted",
                                          "was", "is", "enacted", "as", "the", "known",
                                          "popularly", "cited", "also", "called", "now",
                                          "into", "law", "signed", "and", "of", "short",
                                          "title", "on", "in", "being", "becoming", NULL };
static const char *const enact_list[] = { "enacting", "enacted", "as", "from", "originally",
                                          "introduced", "the", "of", "cong", "congress", "th",
                                          "st", "nd", "rd", "d", "sess", "session", "bill",
                                          NULL };

/* Is b[s..e) a Roman numeral or one capital letter (a title or division)? */
static int designator(const uint8_t *b, size_t s, size_t e)
{
    if (e - s == 1 && sc_isupper(b[s]))
        return 1;
    for (size_t k = s; k < e; k++)
        if (!strchr("IVXLC", b[k]))
            return 0;
    return e - s <= 6;
}

/* Does a citation of the group end at @p at, written alone in brackets
 * ("(Pub. L. 101-336)", "[P.L. 94-8](url)")? */
static int bracketed_at(const sc_entry *e, size_t at)
{
    for (int k = 0; k < e->n; k++) {
        size_t s, t;
        if (sc_entry_span(e->w, &e->c[k], &s, &t) && t == at) {
            while (s > e->so && (e->w->buf[s - 1] == ' ' || e->w->buf[s - 1] == '['))
                if (e->w->buf[--s] == '[')
                    return 1;
            return s > e->so && e->w->buf[s - 1] == '(';
        }
    }
    return 0;
}

/* May buf[from..to) stand between two facts of one law, given @p allow?
 * Not a bracket that closes one opened before @p from, unless the
 * citation ending at @p from stands alone in it: "Pub. L. 96-536
 * [incorporating Pub. L. 96-74], Dec. 16, 1980" dates the first law. */
static int filler(const sc_entry *e, size_t from, size_t to, unsigned allow)
{
    const uint8_t *b = e->w->buf;
    if (to < from || to - from > 240)
        return 0;
    size_t i = from;
    int depth = 0;
    while (i < to) {
        uint8_t ch = b[i];
        if (ch == '(' && i + 5 < to && memcmp(b + i + 1, "http", 4) == 0) {
            while (i < to && b[i] != ')' && b[i] != ' ')
                i++; /* a Markdown link's target */
            if (i < to && b[i] == ')')
                i++;
            continue;
        }
        if (ch == '(' || ch == '[')
            depth++;
        if ((ch == ')' || ch == ']') && --depth < 0 && (depth < -1 || !bracketed_at(e, from)))
            return 0; /* out of the law's own brackets at most */
        if (ch == ';' && depth < 0)
            return 0; /* "([P.L. 94-8](url)); April 22, 1990": the next item */
        if (ch == '.' && i > e->so && (sc_isdigit(b[i - 1]) || b[i - 1] == ')' ||
                                      (sc_isalpha(b[i - 1]) && i >= e->so + 5 &&
                                       sc_isalpha(b[i - 2]) && sc_isalpha(b[i - 3]) &&
                                       sc_isalpha(b[i - 4]) && sc_isalpha(b[i - 5]))))
            return 0; /* "... Act of 1985. [P.L. 115-123]": a sentence ended */
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == ',' || ch == '(' ||
            ch == ')' || ch == '[' || ch == ']' || ch == ':' || ch == 0xa0 || ch == '.' ||
            ch == '-') {
            i++;
            continue;
        }
        if (ch == 0xc2 && i + 1 < to && b[i + 1] == 0xa0) {
            i += 2;
            continue;
        }
        if (ch == 0xe2 && i + 2 < to && b[i + 1] == 0x80 && (b[i + 2] == 0x93 || b[i + 2] == 0x94)) {
            i += 3; /* en or em dash */
            continue;
        }
        if ((ch == ';' && (allow & F_SEMI)) || (ch == '|' && (allow & F_BAR))) {
            i++;
            continue;
        }
        if ((allow & F_PINS) && (ch == 0xa7 || (ch == 0xc2 && i + 1 < to && b[i + 1] == 0xa7))) {
            i += ch == 0xa7 ? 1 : 2;
            continue;
        }
        int jumped = 0;
        for (int k = 0; k < e->n && !jumped; k++) {
            size_t s, t;
            const sc_citation *c = &e->c[k];
            unsigned need = c->type == SC_STAT ? F_STAT : c->type == SC_BILL ? F_BILL : 0;
            if (need && (allow & need) && sc_entry_span(e->w, c, &s, &t) && s == i) {
                i = t;
                jumped = 1;
            }
        }
        for (int k = 0; k < e->ndate && !jumped; k++)
            if ((allow & F_DATE) && e->date[k].so == i) {
                i = e->date[k].eo;
                jumped = 1;
            }
        for (int k = 0; k < e->nname && !jumped; k++)
            if ((allow & F_NAME) && e->name[k].so == i) {
                i = e->name[k].eo;
                jumped = 1;
            }
        if (jumped)
            continue;
        if (sc_isdigit(ch) && (allow & F_PINS)) { /* "2(a)(1)", "101-103", "1001a" */
            while (i < to && (sc_isalnum(b[i]) || b[i] == '(' || b[i] == ')'))
                i++;
            continue;
        }
        if (!sc_isalpha(ch))
            return 0;
        size_t we = word_end(b, i, to);
        if ((allow & F_PINS) && we - i == 3 && sc_word_in(b, i, we, (const char *const[]){ "and", NULL })) {
            /* "§§ 101 and 102": a pin goes on -- "and 21 July 1996" does not */
            size_t k = blanks(b, we, to);
            int pin = k < to && (sc_isdigit(b[k]) || b[k] == 0xa7 || b[k] == 0xc2);
            for (int q = 0; q < e->ndate && pin; q++)
                pin = e->date[q].so != k;
            if (!pin)
                return 0;
            i = we;
            continue;
        }
        if (((allow & F_PINS) && (sc_word_in(b, i, we, pin_words) || designator(b, i, we))) ||
            ((allow & F_DWORD) && sc_word_in(b, i, we, dword_list)) ||
            ((allow & F_NWORD) && sc_word_in(b, i, we, nword_list)) ||
            ((allow & F_ENACT) && sc_word_in(b, i, we, enact_list))) {
            i = we;
            continue;
        }
        if ((allow & F_PINS) && i + 1 < to && we == i + 1 && b[we] == '(') {
            i = we; /* "(a)" inside a pin */
            continue;
        }
        return 0;
    }
    return 1;
}

/* The law nearest before window offset @p at (its index), or -1; the law
 * nearest after, likewise. */
static int law_before(const sc_entry *e, size_t at)
{
    int best = -1;
    size_t best_e = 0;
    for (int i = 0; i < e->n; i++) {
        size_t s, t;
        if (sc_is_law(&e->c[i]) && sc_entry_span(e->w, &e->c[i], &s, &t) && t <= at &&
            (best < 0 || t > best_e)) {
            best = i;
            best_e = t;
        }
    }
    return best;
}

static int law_after(const sc_entry *e, size_t at)
{
    int best = -1;
    size_t best_s = 0;
    for (int i = 0; i < e->n; i++) {
        size_t s, t;
        if (sc_is_law(&e->c[i]) && sc_entry_span(e->w, &e->c[i], &s, &t) && s >= at &&
            (best < 0 || s < best_s)) {
            best = i;
            best_s = s;
        }
    }
    return best;
}

static size_t cend(const sc_entry *e, int i)
{
    return (size_t)(e->c[i].end - e->w->base);
}

static size_t cstart(const sc_entry *e, int i)
{
    return (size_t)(e->c[i].start - e->w->base);
}

static int nlaws(const sc_entry *e)
{
    int k = 0;
    for (int i = 0; i < e->n; i++)
        k += sc_is_law(&e->c[i]);
    return k;
}

/* Statutes at Large pages: the law before them, pins and bills between. */
/* "section 2 of Pub. L. 87-849": a section of the law named just before it */
static int section_before(const sc_entry *e, size_t at)
{
    const uint8_t *b = e->w->buf;
    size_t i = at;
    while (i > e->so && b[i - 1] == ' ')
        i--;
    if (!(i >= e->so + 3 && memcmp(b + i - 3, " of", 3) == 0))
        return 0;
    i -= 3;
    size_t lim = i > e->so + 24 ? i - 24 : e->so;
    while (i > lim && (sc_isalnum(b[i - 1]) || b[i - 1] == '(' || b[i - 1] == ')' || b[i - 1] == ' '))
        if (i >= e->so + 8 && sc_word_in(b, i - 7, i, (const char *const[]){ "section", NULL }))
            return 1;
        else
            i--;
    return i > e->so && (b[i - 1] == 0xa7 || (b[i - 1] == '.' && i >= e->so + 4 &&
                                              sc_word_in(b, i - 4, i - 1,
                                                         (const char *const[]){ "sec", NULL })));
}

static void tie_pages(sc_entry *e)
{
    for (int i = 0; i < e->n; i++) {
        sc_citation *st = &e->c[i];
        size_t s, t;
        if (st->type != SC_STAT || !sc_entry_span(e->w, st, &s, &t))
            continue;
        int l = law_before(e, s);
        if (l < 0 ||
            !filler(e, cend(e, l), s, F_STAT | F_BILL | F_DATE | F_PINS | F_SEMI | F_BAR | F_NAME))
            continue;
        e->law_of[i] = (int8_t)l;
        if (st->wording & SC_W_LIST_ITEM)
            continue; /* a pin page of the head before it */
        if (e->stat_of[l] < 0) {
            e->stat_of[l] = (int8_t)i;
            /* a section pin between ("sec. 33, 84 Stat. 1620"), or "section 2
             * of Pub. L. ..." before the law: the page of that provision,
             * which need not be the law's first */
            e->stat_pinned[l] = !filler(e, cend(e, l), s,
                                        F_STAT | F_BILL | F_SEMI | F_BAR | F_NAME | F_DATE) ||
                                section_before(e, cstart(e, l));
        }
        if (e->stat_heads[l] < 255)
            e->stat_heads[l]++;
    }
}

/* Dates: right after the law ("(July 26, 1990)", "| 10/26/2001"), right
 * before it as in a source credit ("Sept. 1, 1970, Pub. L. 91-369", which
 * wins over the law before: "74 Stat. 411; Sept. 1, 1970, Pub. L. ..."),
 * or, in an entry of one law, anywhere a word says it is the enactment
 * date ("On July 26, 1990, the President signed ..."). */
/* The bill a bill step's date belongs to: the nearest bill before it with
 * no law between, else the first bill after it ("Introduced on ..., S. 5"). */
static int bill_near(const sc_entry *e, size_t so, size_t eo)
{
    int best = -1;
    for (int i = 0; i < e->n; i++) {
        size_t s, t;
        if (!sc_entry_span(e->w, &e->c[i], &s, &t))
            continue;
        if (t <= so && e->c[i].type == SC_BILL)
            best = i; /* the group is in document order: the last one wins */
        else if (t <= so && sc_is_law(&e->c[i]))
            best = -1;
    }
    if (best >= 0)
        return best;
    for (int i = 0; i < e->n; i++) {
        size_t s, t;
        if (sc_entry_span(e->w, &e->c[i], &s, &t) && s >= eo)
            return e->c[i].type == SC_BILL ? i : -1;
    }
    return -1;
}

static int comma_only(const uint8_t *b, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (b[i] != ' ' && b[i] != ',' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r')
            return 0;
    return to - from <= 8;
}

static int prose_linked(const sc_entry *e, size_t from, size_t to);

static void tie_dates(sc_entry *e)
{
    int one = nlaws(e) == 1;
    const uint8_t *b = e->w->buf;
    for (int k = 0; k < e->ndate; k++) {
        sc_date_fact *f = &e->date[k];
        int after = law_before(e, f->so), before = law_after(e, f->eo);
        int year_only = f->ymd % 10000 == 0;
        if (f->role == SC_DATE_ROLE_NONE && after < 0)
            f->role = (uint8_t)role_after(e, f->eo);
        if (f->role == SC_DATE_ROLE_BILL) {
            f->bill = (int8_t)bill_near(e, f->so, f->eo);
            continue;
        }
        if (f->role == SC_DATE_ROLE_OTHER || f->bare)
            continue;
        size_t q = f->so;
        while (q > e->so && b[q - 1] == ' ')
            q--;
        if (q > e->so && b[q - 1] == '[')
            continue; /* "[Dec. 31, 2005]": an editor's insertion */
        int tight_before = !year_only && before >= 0 && comma_only(b, f->eo, cstart(e, before));
        int tight_after = after >= 0 && filler(e, cend(e, after), f->so, 0);
        if (tight_before && !tight_after)
            f->law = (int8_t)before;
        else if (after >= 0 && filler(e, cend(e, after), f->so,
                                      F_STAT | F_BILL | F_PINS | F_DWORD | F_BAR | F_SEMI | F_NAME))
            f->law = (int8_t)after;
        else if (!year_only && before >= 0 && filler(e, f->eo, cstart(e, before), F_DWORD) &&
                 (!bracketed_at(e, cend(e, before)) || f->role == SC_DATE_ROLE_ENACTED))
            f->law = (int8_t)before; /* "became law on Oct. 10, 2008 (Public Law 110-387)";
                                      * not "designated Earth Day on March 21, 1975 (P.L. 94-8)" */
        else if (!year_only && one && before >= 0 && f->role == SC_DATE_ROLE_ENACTED &&
                 prose_linked(e, f->eo, cstart(e, before)))
            f->law = (int8_t)before; /* "On July 26, 1990, the President signed ... Public Law" */
        if (f->law >= 0 && e->date_of[f->law] < 0)
            e->date_of[f->law] = (int8_t)k;
    }
}

/* "may be cited as the ‘" right before a name (quotes and "the" between) */
static int cited_as(const sc_entry *e, size_t so)
{
    const uint8_t *b = e->w->buf;
    size_t i = so;
    while (i > e->so && (b[i - 1] == ' ' || b[i - 1] == '"' || b[i - 1] == '\'' || b[i - 1] >= 0x80))
        i--;
    if (i >= e->so + 4 && memcmp(b + i - 4, " the", 4) == 0)
        i -= 4;
    while (i > e->so && b[i - 1] == ' ')
        i--;
    return i >= e->so + 8 && memcmp(b + i - 8, "cited as", 8) == 0;
}

/* Names: right before the law, right after it, or "X Act, which became". */
static void tie_names(sc_entry *e)
{
    for (int k = 0; k < e->nname; k++) {
        sc_name_fact *f = &e->name[k];
        int before = law_after(e, f->eo), after = law_before(e, f->so);
        if (before >= 0 &&
            filler(e, f->eo, cstart(e, before), F_NWORD | F_BILL | F_SEMI | F_DATE | F_BAR)) {
            f->law = (int8_t)before;
            /* only blanks, a comma, "(" or a dash between: the law's own
             * name, as a table of authorities writes it (a heading line
             * above a note that begins "Pub. L." is not) */
            size_t q = f->eo, to = cstart(e, before);
            while (q < to && (e->w->buf[q] == ' ' || e->w->buf[q] == ',' ||
                              e->w->buf[q] == '(' || e->w->buf[q] == '-' || e->w->buf[q] == '\t'))
                q++;
            f->tight = q == to && to - f->eo <= 4;
        }
        else if (after >= 0 &&
                 filler(e, cend(e, after), f->so, F_NWORD | F_STAT | F_DATE | F_SEMI | F_BILL))
            f->law = (int8_t)after; /* not across a pin: "section 10 of Public Law 91-672,
                                     * section 15 of the X Act" names another Act */
        else if (after >= 0 && nlaws(e) == 1 && cited_as(e, f->so))
            f->law = (int8_t)after; /* a Short Title note: "... provided that: This Act
                                     * may be cited as the 'X Act of 1988'" */
        if (f->law >= 0 && e->name_of[f->law] < 0)
            e->name_of[f->law] = (int8_t)k;
    }
}

/* Words that may stand between a bill and the law it became, besides
 * capitalized words (the Act's name), numbers and punctuation.  A verb
 * such as "amend" or "under" means the bill is about the law instead. */
static const char *const link_words[] = {
    "of",   "and",  "the",   "for",    "to",     "on",    "in",   "a",      "an",   "as",
    "at",   "by",   "with",  "became", "become", "becomes", "enacted", "signed", "into",
    "law",  "was",  "is",    "which",  "now",    "bill",  "act",  "cited",  "known",
    "st",   "nd",   "rd",    "th",     "d",      "cong",  "congress", "sess", "session",
    "short", "title", "public", "pub", "l", "no", "h", "r", "s", "enacting", "passed",
    "introduced", "originally", "from", "president", "approved", "stat", "it", "later",
    "res", "j", "con", "measure", "legislation", "becoming", "being", "house", "senate",
    "passed", NULL
};
static const char *const companion_words[] = { "companion", "identical", "similar", "related",
                                               "compare", "cf", "version", NULL };

/* Does a parenthesis open right before window offset @p at ("(P.L. ...")? */
static int opens_list(const sc_entry *e, size_t at)
{
    while (at > e->so && e->w->buf[at - 1] == ' ')
        at--;
    return at > e->so && e->w->buf[at - 1] == '(';
}

/* Do bill a and law b (either order) name one enactment: close, no other
 * bill or law between them, nothing between but names, numbers, dates,
 * punctuation and link words?  Sets *companion when a word says the bill
 * is only a companion of the law's bill. */
static int linked(const sc_entry *e, const sc_citation *a, const sc_citation *b, int *companion)
{
    const sc_window *w = e->w;
    if (a->start > b->start) {
        const sc_citation *t = a;
        a = b;
        b = t;
    }
    size_t as, ae, bs, be;
    if (!sc_entry_span(w, a, &as, &ae) || !sc_entry_span(w, b, &bs, &be) || bs < ae ||
        bs - ae > 300)
        return 0;
    for (int i = 0; i < e->n; i++)
        if (&e->c[i] != a && &e->c[i] != b && e->c[i].type != SC_STAT &&
            e->c[i].start >= a->end && e->c[i].end <= b->start)
            return 0;
    int depth = 0;
    for (size_t i = ae; i < bs;) {
        uint8_t ch = w->buf[i];
        /* "Pub. L. 99-591, § 101(i) [H.R. 5233, title II]" names a bill
         * the law took in, not its own; a ')' closing a parenthesis opened
         * before the first leaves its item */
        if ((ch == ';' && !(depth == 0 && opens_list(e, as))) || ch == '[' || ch == ']' ||
            (ch == 0xc2 && i + 1 < bs && w->buf[i + 1] == 0xa7))
            return 0; /* ';' only inside a parenthetical list the first opens:
                       * "(P.L. 117-344; 136 Stat. 6193; S. 3405)" */
        if (ch == '(')
            depth++;
        else if (ch == ')' && --depth < 0 &&
                 (depth < -1 || a->type != SC_BILL || !bracketed_at(e, ae)))
            return 0; /* "(S. Res. 793) was approved as": a bill's own brackets only --
                       * "(Public Law 100-461), H.R. 4776" is the next item */
        if (!sc_isalpha(ch)) {
            i++;
            continue;
        }
        size_t we = word_end(w->buf, i, bs);
        if (sc_word_in(w->buf, i, we, companion_words))
            *companion = 1;
        else if (!sc_isupper(ch) && !sc_word_in(w->buf, i, we, link_words) &&
                 !(i >= 2 && w->buf[i - 1] == '-' && sc_isupper(w->buf[i - 2]) == 0 &&
                   sc_isalpha(w->buf[i - 2])))
            return 0; /* not "Short-term": the rest of a hyphenated name word */
        i = we;
    }
    return 1;
}

/* "On July 26, 1990, the President signed S. 933, the Americans with
 * Disabilities Act of 1990, which became Public Law 101-336": only names,
 * numbers, the group's bills, punctuation other than ';' and link words
 * between a date and the law it dates. */
static int prose_linked(const sc_entry *e, size_t from, size_t to)
{
    const uint8_t *b = e->w->buf;
    if (to < from || to - from > 300)
        return 0;
    for (size_t i = from; i < to;) {
        uint8_t ch = b[i];
        int jumped = 0;
        for (int k = 0; k < e->n && !jumped; k++) {
            size_t s, t;
            if (e->c[k].type == SC_BILL && sc_entry_span(e->w, &e->c[k], &s, &t) && s == i) {
                i = t;
                jumped = 1;
            }
        }
        if (jumped)
            continue;
        if (ch == ';' || ch == '(' || ch == ')' || ch == '[' || ch == ']')
            return 0;
        if (!sc_isalpha(ch)) {
            i++;
            continue;
        }
        size_t we = word_end(b, i, to);
        if (!sc_isupper(ch) && !sc_word_in(b, i, we, link_words))
            return 0;
        i = we;
    }
    return 1;
}

/* Is bill b cited by a section of it ("S. 2638, § 615", "H.R. 5233,
 * title II"): a bill whose text a law took in, not the law's own bill? */
static int bill_part(const sc_entry *e, const sc_citation *bc)
{
    size_t s, t;
    if (!sc_entry_span(e->w, bc, &s, &t))
        return 0;
    const uint8_t *b = e->w->buf;
    size_t k = t;
    while (k < e->eo && (b[k] == ' ' || b[k] == ','))
        k++;
    if (k < e->eo && (b[k] == 0xa7 || (b[k] == 0xc2 && k + 1 < e->eo && b[k + 1] == 0xa7)))
        return 1;
    size_t we = word_end(b, k, e->eo);
    return sc_word_in(b, k, we, (const char *const[]){ "title", "section", "sec", "div",
                                                        "division", NULL });
}

/* Is bill b the object of a phrase ("pursuant to title II of S. Con. Res.
 * 11", "under H. Res. 5"): a measure the text refers to, not the source of
 * a law beside it? */
static int bill_referenced(const sc_entry *e, const sc_citation *bc)
{
    static const char *const words[] = { "of", "to", "under", "pursuant", "per", "see",
                                         "amending", "amend", "amends", "amended", "in",
                                         "by", "with", NULL };
    size_t s, t;
    if (!sc_entry_span(e->w, bc, &s, &t))
        return 0;
    const uint8_t *b = e->w->buf;
    size_t k = s;
    while (k > e->so && b[k - 1] == ' ')
        k--;
    size_t ws = k;
    while (ws > e->so && sc_isalpha(b[ws - 1]))
        ws--;
    return ws < k && sc_word_in(b, ws, k, words);
}

/* "Section 2(c) of H.J. Res. 682 (Public Law 101-466)": the law in
 * parentheses right after the bill names the bill's own enactment, even
 * when the bill is the object of "of". */
static int law_in_parens_after(const sc_entry *e, const sc_citation *bc, const sc_citation *law)
{
    size_t bs, be, ls, le;
    if (!sc_entry_span(e->w, bc, &bs, &be) || !sc_entry_span(e->w, law, &ls, &le) || ls < be)
        return 0;
    const uint8_t *b = e->w->buf;
    size_t k = be;
    while (k < ls && (b[k] == ' ' || b[k] == ','))
        k++;
    if (k >= ls || b[k] != '(')
        return 0;
    k++;
    while (k < ls && b[k] == ' ')
        k++;
    return k == ls;
}

static void tie_bills(sc_entry *e)
{
    for (int l = 0; l < e->n; l++) {
        const sc_citation *law = &e->c[l];
        if (!sc_is_law(law))
            continue;
        int best = -1;
        uint64_t best_d = 0;
        for (int i = 0; i < e->n; i++) {
            const sc_citation *b = &e->c[i];
            int companion = 0;
            if (b->type != SC_BILL || !linked(e, b, law, &companion) ||
                (bill_referenced(e, b) && !law_in_parens_after(e, b, law)))
                continue;
            if (b->start > law->start && bill_part(e, b))
                continue; /* "Pub. L. 99-591, enacting S.2638, § 615": a part of it */
            if (companion) {
                e->brole[i] = SC_BILL_ROLE_COMPANION;
                continue;
            }
            uint64_t d = b->start > law->start ? b->start - law->end : law->start - b->end;
            if (best < 0 || d < best_d) {
                best = i;
                best_d = d;
            }
        }
        if (best >= 0) {
            e->bill_of[l] = (int8_t)best;
            if (e->law_of[best] < 0)
                e->law_of[best] = (int8_t)l;
            e->brole[best] = SC_BILL_ROLE_BECAME;
        }
    }
}

/* ---------------------------------------------------------- history */

/* Phrases that cite a section or law as history, not as law in force. */
static const char *const historic_phrases[] = {
    "formerly classified", "formerly set out", "formerly", "prior to its repeal",
    "prior to repeal", "repealed", "was repealed", "repealing", "repeals", "repeal of",
    "omitted", "transferred",
    "renumbered", "reclassified", "former section", "former sections", "as in effect before",
    "as in effect prior", "before its repeal", "before repeal", "redesignated", NULL
};

/* Where the entry says "repealed", "formerly", ... in b[from..to): one
 * pass, the first @p max places. */
static int find_phrases(const sc_entry *e, size_t from, size_t to, size_t *at, int max)
{
    const uint8_t *b = e->w->buf;
    int n = 0;
    for (size_t i = from; i < to && n < max; i++) {
        static const uint8_t first[256] = { ['a'] = 1, ['b'] = 1, ['f'] = 1, ['o'] = 1, ['p'] = 1,
                                            ['r'] = 1, ['t'] = 1, ['w'] = 1, ['A'] = 1, ['B'] = 1,
                                            ['F'] = 1, ['O'] = 1, ['P'] = 1, ['R'] = 1, ['T'] = 1,
                                            ['W'] = 1 };
        if (!first[b[i]] || (i > e->so && sc_isalpha(b[i - 1])))
            continue;
        uint8_t c = sc_tolower(b[i]);
        uint8_t c1 = i + 1 < to ? sc_tolower(b[i + 1]) : 0;
        for (const char *const *p = historic_phrases; *p; p++) {
            if ((uint8_t)(*p)[0] != c || (uint8_t)(*p)[1] != c1)
                continue;
            size_t len = strlen(*p), k = 0;
            if (i + len > e->eo)
                continue;
            while (k < len && sc_tolower(b[i + k]) == (uint8_t)(*p)[k])
                k++;
            if (k == len && (i + len == e->eo || !sc_isalpha(b[i + len]))) {
                at[n++] = i;
                break;
            }
        }
    }
    return n;
}

/* A U.S. Code citation is historic when its entry says so before it
 * (within HISTORIC_REACH bytes), or in the clause right after it (up to
 * ';' or the line's end, 40 bytes). */
#define HISTORIC_REACH 240u
static void mark_historic(sc_entry *e)
{
    e->historic_read = 1;
    if (e->bounds_pending) {
        sc_ctx_entry_bounds(e->w, e->first, e->last, SC_ENTRY_REACH, &e->so, &e->eo);
        e->bounds_pending = 0;
    }
    const uint8_t *b = e->w->buf;
    size_t at[SC_ENTRY_DATES];
    int n = -1;
    for (int i = 0; i < e->n; i++) {
        size_t s, t;
        if (e->c[i].type != SC_USC || !sc_entry_span(e->w, &e->c[i], &s, &t))
            continue;
        if (n < 0) {
            size_t last = t;
            for (int j = i; j < e->n; j++) {
                size_t s2, t2;
                if (sc_entry_span(e->w, &e->c[j], &s2, &t2) && t2 > last)
                    last = t2;
            }
            size_t from = s > e->so + HISTORIC_REACH ? s - HISTORIC_REACH : e->so;
            size_t to = last + 40 < e->eo ? last + 40 : e->eo;
            n = find_phrases(e, from, to, at, SC_ENTRY_DATES);
        }
        if (n == 0)
            return;
        size_t to = t + 40 < e->eo ? t + 40 : e->eo;
        size_t k = t;
        while (k < to && b[k] != '\n' && b[k] != ';')
            k++;
        for (int j = 0; j < n; j++)
            if ((at[j] < s && s - at[j] <= HISTORIC_REACH) || (at[j] >= t && at[j] < k))
                e->historic[i] = 1;
    }
}

/* --------------------------------------------------------------- read */

void sc_entry_read(sc_entry *e, const sc_rules *r, sc_matcher *m, const sc_window *w,
                   sc_citation *group, int n)
{
    /* only the first n of each per-citation array are ever read */
    memset(e, 0, offsetof(sc_entry, law_of));
    size_t nn = (size_t)(n > 0 ? n : 0);
    memset(e->law_of, -1, nn);
    memset(e->bill_of, -1, nn);
    memset(e->stat_of, -1, nn);
    memset(e->date_of, -1, nn);
    memset(e->name_of, -1, nn);
    memset(e->stat_heads, 0, nn);
    memset(e->stat_pinned, 0, nn);
    memset(e->brole, 0, nn);
    memset(e->historic, 0, nn);
    memset(e->ev, 0, nn * sizeof e->ev[0]);
    e->historic_read = 0;
    e->ndate = e->nname = 0;
    e->r = r;
    e->m = m;
    e->w = w;
    e->c = group;
    e->n = n;
    size_t first = 0, last = 0;
    int any = 0;
    for (int i = 0; i < n; i++) {
        size_t s, t;
        if (!sc_entry_span(w, &group[i], &s, &t))
            continue;
        if (!any || s < first)
            first = s;
        if (!any || t > last)
            last = t;
        any = 1;
    }
    if (!any)
        return;
    /* dates matter to laws and bills (a bill's steps), names to laws; the
     * historic markers are read when a U.S. Code finding asks
     * (sc_entry_historic).  An entry of U.S. Code citations alone (most
     * groups of a Code document) finds its ends only then. */
    int laws = 0, bills = 0;
    for (int i = 0; i < n; i++) {
        laws |= sc_is_law(&group[i]);
        bills |= group[i].type == SC_BILL;
    }
    e->first = first;
    e->last = last;
    if (!laws && !bills) {
        e->so = first;
        e->eo = last;
        e->bounds_pending = 1;
        return;
    }
    sc_ctx_entry_bounds(w, first, last, SC_ENTRY_REACH, &e->so, &e->eo);
    if (laws || bills)
        gather_dates(e);
    if (laws)
        gather_names(e);
    tie_pages(e);
    tie_bills(e);
    tie_dates(e);
    tie_names(e);
}

int sc_entry_historic(sc_entry *e, int i)
{
    if (!e->historic_read)
        mark_historic(e);
    return e->historic[i];
}

/* ------------------------------------------------- the document's date */

int32_t sc_entry_document_date(const uint8_t *b, size_t len)
{
    static const char *const heads[] = { "Dated:", "DATED:", "Date:", "DATE:", "Approved ",
                                         "APPROVED ", NULL };
    size_t lim = len < 4096 ? len : 4096;
    for (size_t i = 0; i < lim; i++) {
        if (i > 0 && b[i - 1] != '\n' && b[i - 1] != ' ')
            continue;
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
