/*
 * entry_names.c -- the Act names an entry states (entry.h): a capitalized
 * run of words ending in "Act" (or "Amendments", or a known one in
 * "Resolution"), with its year ("of 1996", ", 1997", "for Fiscal Year
 * 1997").
 */
#include <string.h>
#ifdef __SSE2__
#include <immintrin.h>
#endif

#include "act_tables.h"
#include "byname.h"
#include "ref_acts.h"
#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "act_norm.h"
#include "refdata.h"
#include "table.h"

/* Lower-case words that may stand inside an Act's name. */
static const char *const name_connectors[] = { "of", "and", "the", "for", "to", "in", "on",
                                               "a", "an", "with", "by", "from", "at", "or",
                                               "de", "la", "&", "&amp;", NULL };
/* Longer lower-case words that stand inside some Acts' names, one between
 * capitalized words ("Safeguarding Tomorrow through Ongoing Risk
 * Mitigation Act"): a name read over one is looked up whole, then from
 * the capitalized word after it (sc_name_fact.alt_so). */
static const char *const long_connectors[] = { "through", "into", "during", "under", "upon",
                                               "after", "against", "over", "within", "about",
                                               "before", "between", "without",
                                               /* the older titles' "Civil Functions
                                                * appropriation Act, 1952" */
                                               "appropriation", "appropriations", NULL };
/* Capitalized words that begin a reference, not a name: "This Act". */
static const char *const not_names[] = { "this", "that", "such", "each", "said", "the", "any",
                                         "an", "a", "which", "every", "its", "such", NULL };

/* Lower-case verbs of a law's making, which no Act's name holds: a name
 * read back from its "Act" ends before one ("President Truman signed the
 * McCarran-Ferguson Act": not "President Truman signed the ..."). */
static const char *const making_verbs[] = { "signed", "signs", "enacted", "approved", "passed",
                                            "vetoed", "introduced", "sponsored", "became",
                                            "amended", "repealed", NULL };

/* The lists above by first letter (sc_words), set before main(). */
static sc_words connector_set, long_connector_set, not_name_set, verb_set;

__attribute__((constructor)) static void name_sets(void)
{
    sc_words_init(&connector_set, name_connectors);
    sc_words_init(&long_connector_set, long_connectors);
    sc_words_init(&not_name_set, not_names);
    sc_words_init(&verb_set, making_verbs);
}

/* Marks where a name read over a word it may not hold begins without
 * it (the first fallback only: sc_name_fact.alt_so). */
static inline void keep_alt(size_t *alt, size_t first)
{
    if (*alt == SC_UNSET)
        *alt = first;
}

/* Can @p ch be in a word of a name: a letter, a digit, one of -'"&./$
 * ("Presidential $1 Coin Act"), a byte of UTF-8?  (One table lookup.) */
static inline int name_char(uint8_t ch)
{
    static const uint8_t in_name[256] = { ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1,
                                          ['-'] = 1, ['\''] = 1, ['"'] = 1, ['&'] = 1, ['.'] = 1,
                                          ['/'] = 1, ['$'] = 1, [0x80 ... 0xff] = 1 };
    return in_name[ch];
}

/* The word right before b[ws] across blanks (at least one): b[*q..*p),
 * not in a citation; 0 when there is none. */
static int word_before(const sc_entry *e, size_t ws, size_t *q, size_t *p)
{
    const uint8_t *b = e->w->buf;
    *p = ws;
    while (*p > e->so && b[*p - 1] == ' ')
        (*p)--;
    *q = *p;
    while (*q > e->so && sc_isalpha(b[*q - 1]))
        (*q)--;
    return *p < ws && *q < *p && !in_citation(e, *q, *p);
}

/* A bracket that closes at b[k - 1] and is a part of the name around it,
 * outside citations: an acronym, capitals and digits only ("Cuban Liberty
 * and Democratic Solidarity (LIBERTAD) Act", "(USA PATRIOT ACT)"), or a
 * nickname, one capitalized word ("William M. (Mac) Thornberry National
 * Defense Authorization Act", "W. J. (Billy) Tauzin ..."), after a
 * capitalized word; or a subsection's letter or number right after a
 * section's number ("Small Business 7(a) Lending Oversight Reform Act",
 * "Puerto Rico Section 1108(g) Amendment").  The offset where the name's
 * word before it begins (the '(' of an acronym or nickname, the number of
 * "7(a)") -- else 0. */
static size_t acronym_open(const sc_entry *e, size_t k)
{
    const uint8_t *b = e->w->buf;
    size_t p = k - 1, lim = k - 1 > e->so + 32 ? k - 33 : e->so;
    int caps = 0, lower = 0, other = 0;
    while (p > lim && b[p - 1] != '(') {
        uint8_t ch = b[p - 1];
        if (sc_isupper(ch))
            caps++;
        else if (sc_islower(ch))
            lower++;
        else if (!(sc_isdigit(ch) || ch == ' ' || ch == '.' || ch == '-' || ch == '&' || ch == '/'))
            return 0;
        else if (!sc_isdigit(ch))
            other++;
        p--;
    }
    if (p <= lim || p == k - 1)
        return 0;
    size_t in = k - 1 - p; /* its length inside */
    p--; /* the '(' */
    if (p > e->so && sc_isalnum(b[p - 1])) {
        /* a subsection right after a number: "7(a)", "1108(g)" -- one or
         * two letters or digits, a number before it */
        size_t qs = p;
        while (qs > e->so && sc_isdigit(b[qs - 1]))
            qs--;
        if (in > 2 || other || caps || qs == p || (qs > e->so && name_char(b[qs - 1])) ||
            in_citation(e, qs, p))
            return 0;
        return qs;
    }
    int nick = caps == 1 && lower >= 2 && !other && sc_isupper(b[p + 1]) && in <= 12;
    if (!nick && (caps < 2 || lower))
        return 0;
    size_t q = p;
    while (q > e->so && b[q - 1] == ' ')
        q--;
    size_t qs = q;
    while (qs > e->so && name_char(b[qs - 1]))
        qs--;
    if (qs == q || q == p || !sc_isupper(b[qs]) || in_citation(e, qs, q))
        return 0;
    return p;
}

/* Does a closing quote ('"', U+201D, U+2019) stand in b[from..to)? */
static int closes_quote(const uint8_t *b, size_t from, size_t to)
{
    for (size_t q = from; q < to; q++)
        if (b[q] == '"' || (b[q] == 0xe2 && q + 2 < to && b[q + 1] == 0x80 &&
                            (b[q + 2] == 0x9d || b[q + 2] == 0x99)))
            return 1;
    return 0;
}

/* Do the four bytes at p spell a year, 1700-2099? */
static int is_year(const uint8_t *p)
{
    return ((p[0] == '1' && p[1] >= '7' && p[1] <= '9') || (p[0] == '2' && p[1] == '0')) &&
           sc_isdigit(p[1]) && sc_isdigit(p[2]) && sc_isdigit(p[3]);
}

/* Is b[ws..k) a year inside a name, between a capitalized word (or "of")
 * and the capitalized words after it: "Fiscal Year 2022 Veterans Affairs
 * ... Act", "Civil Rights Act of 1964 Commemorative Coin Act", "FIFA World
 * Cup 2026 ..."?  Not a number of a citation ("104 Stat. 1990"). */
static int year_inside(const sc_entry *e, size_t ws, size_t k)
{
    const uint8_t *b = e->w->buf;
    size_t q, p;
    if (k - ws != 4 || !is_year(b + ws) || in_citation(e, ws, k) || !word_before(e, ws, &q, &p))
        return 0;
    return sc_isupper(b[q]) || (p - q == 2 && b[q] == 'o' && b[q + 1] == 'f');
}

/* Does "or" (or "and") follow b[k], before b[lim]: a year that ends one
 * name before another ("... Act of 2006 or the SAFE Port Act")? */
static int or_after(const uint8_t *b, size_t k, size_t lim)
{
    while (k < lim && b[k] == ' ')
        k++;
    return (k + 3 <= lim && b[k] == 'o' && b[k + 1] == 'r' && b[k + 2] == ' ') ||
           (k + 4 <= lim && memcmp(b + k, "and ", 4) == 0);
}

/* Is b[ws..k) a year right after "Act, " ("... Appropriations Act, 2021,
 * and Other Extensions Act")?  Then where that "Act" ends, else 0. */
static size_t act_comma_year(const sc_entry *e, size_t ws, size_t k)
{
    const uint8_t *b = e->w->buf;
    size_t r = ws;
    if (k - ws != 4 || !is_year(b + ws) || in_citation(e, ws, k))
        return 0;
    while (r > e->so && b[r - 1] == ' ')
        r--;
    if (r == ws || r < e->so + 5 || b[r - 1] != ',' || memcmp(b + r - 4, "Act", 3) != 0 ||
        name_char(b[r - 5]))
        return 0;
    return r - 1;
}

/* Is b[ws..k) a number of one to four digits (or a version, "2.0") after
 * a capitalized word, neither in a citation ("Technologies 911
 * Improvement", "Save Our Seas 2.0 Act")? */
static int number_inside(const sc_entry *e, size_t ws, size_t k)
{
    const uint8_t *b = e->w->buf;
    size_t q, p;
    if (k - ws > 4 || in_citation(e, ws, k) || !sc_isdigit(b[ws]) || !sc_isdigit(b[k - 1]))
        return 0;
    int dots = 0;
    for (size_t i = ws; i < k; i++)
        if (!sc_isdigit(b[i]) && !(b[i] == '.' && dots++ == 0))
            return 0;
    /* a number's own abbreviation before it: "Baca Location No. 1 Land
     * Acquisition and Study Act of 1990" */
    p = ws;
    while (p > e->so && b[p - 1] == ' ')
        p--;
    if (p >= e->so + 3 && p < ws && b[p - 1] == '.' && b[p - 3] == 'N' && b[p - 2] == 'o' &&
        (p - 3 == e->so || !sc_isalpha(b[p - 4])) && !in_citation(e, p - 3, p))
        return 1;
    return word_before(e, ws, &q, &p) && sc_isupper(b[q]);
}

/* The end of the longest name the tables know that begins at b[first] and
 * ends with one of the (at most sixteen) capitalized words or connectors
 * from b[q] on, or @p none when there is none ("... Act for Recovery from
 * and Response to Terrorist Attacks on the United States": twelve). */
static size_t longest_known(const sc_entry *e, size_t first, size_t q, size_t none);

/* longest_known() from the name's start, else from its fallback start
 * @p alt (SC_UNSET: none) -- "See the Organic Act of Guam": "Organic ..." */
static size_t longest_known_alt(const sc_entry *e, size_t first, size_t alt, size_t q, size_t none)
{
    size_t best = longest_known(e, first, q, none);
    if (best == none && alt != SC_UNSET && alt > first && alt < q)
        best = longest_known(e, alt, q, none);
    if (best == none) { /* or past a signal and "the": "See the Organic Act of Guam" */
        const uint8_t *b = e->w->buf;
        size_t ps = sc_past_signal(b, first, q);
        if (ps + 4 < q && memcmp(b + ps, "the ", 4) == 0)
            ps += 4;
        if (ps > first && ps < q)
            best = longest_known(e, ps, q, none);
    }
    return best;
}

static size_t longest_known(const sc_entry *e, size_t first, size_t q, size_t none)
{
    const uint8_t *b = e->w->buf;
    size_t best = none;
    int of = 0; /* the word before was "of" */
    for (int nw = 0; nw < 16 && q < e->eo; nw++) {
        size_t we = q;
        while (we < e->eo && (sc_isalnum(b[we]) || b[we] == '-' || b[we] == '\''))
            we++;
        if (we == q ||
            !(sc_isupper(b[q]) || sc_isdigit(b[q]) || sc_words_in(&connector_set, b, q, we)))
            break; /* (a number goes on: "... Act for the 21st Century") */
        /* (a year after "of" too: "OLDER AMERICANS ACT AMENDMENTS OF 2000",
         * whose name without it is that of several laws) */
        if ((sc_isupper(b[q]) || (of && we - q == 4 && sc_isdigit(b[q]))) && we - first < 200 &&
            sc_act_lookup((const char *)b + first, we - first) >= 0)
            best = we;
        of = we - q == 2 && (b[q] | 0x20) == 'o' && (b[q + 1] | 0x20) == 'f';
        if (we >= e->eo || b[we] != ' ')
            break;
        q = we + 1;
    }
    return best;
}

/* Where a name at b[first..ae) ends with the subtitle after a colon that
 * follows it ("Safe, Accountable, Flexible, Efficient Transportation Equity
 * Act: A Legacy for Users", "Second Chance Act of 2007: Community Safety
 * Through Recidivism Prevention"), when the tables know the name with it
 * (looked up only here: a colon after a name is rare); else @p ae. */
static size_t subtitle_end(const sc_entry *e, size_t first, size_t ae)
{
    const uint8_t *b = e->w->buf;
    if (!(ae + 3 < e->eo && b[ae] == ':' && b[ae + 1] == ' ' && sc_isupper(b[ae + 2])))
        return ae;
    /* the subtitle may run straight into what follows it ("...:
     * Community Safety Through Recidivism Prevention Public Law 110-199") */
    return longest_known(e, first, ae + 2, ae);
}


/* Where one short form at b[i] ends, or 0: a word of two to sixteen
 * letters, digits and "&.-" with two capitals or more ("ADA", "EPAct"), a
 * year or number after it ("VAWA 2013") -- or, after "the" or in quotes,
 * "Act" or "Acts" -- in quotes or none ("the \"ADA\"", "the “Act”"). */
static size_t short_form_at(const uint8_t *b, size_t i, size_t lim)
{
    size_t q0 = i;
    i = quote_end(b, i, lim, 0);
    int the = i + 4 < lim && memcmp(b + i, "the ", 4) == 0, quoted = i > q0;
    if (the) {
        q0 = i + 4;
        i = quote_end(b, q0, lim, 0);
        quoted |= i > q0;
    }
    size_t ws = i;
    int caps = 0;
    while (i < lim && i - ws <= 16 && (sc_isalnum(b[i]) || b[i] == '&' || b[i] == '.' || b[i] == '-'))
        caps += sc_isupper(b[i++]) != 0;
    int act = (the || quoted) && ((i - ws == 3 && memcmp(b + ws, "Act", 3) == 0) ||
                      (i - ws == 4 && memcmp(b + ws, "Acts", 4) == 0));
    if (!act && (caps < 2 || i - ws < 2 || i - ws > 16 || !sc_isupper(b[ws])))
        return 0;
    size_t q = quote_end(b, i, lim, 1);
    if (q + 1 < lim && b[q] == ' ' && sc_isdigit(b[q + 1])) { /* "EPAct 2005", "VAWA 2013" */
        size_t d = q + 1;
        while (d < lim && d - q <= 4 && sc_isdigit(b[d]))
            d++;
        if (d - q > 5)
            return 0;
        q = quote_end(b, d, lim, 1);
    }
    return q;
}

/* Where a short name of an Act that stands in a bracket after its full
 * name ends -- at most six capitalized words, the last "Act", a "the" and
 * quotes around them allowed: "(VAWA Reauthorization Act)", "(the
 * “Disability Act”)" -- or 0. */
static size_t act_short_name_at(const uint8_t *b, size_t i, size_t lim)
{
    i = quote_end(b, i, lim, 0);
    if (i + 4 < lim && memcmp(b + i, "the ", 4) == 0)
        i = quote_end(b, i + 4, lim, 0);
    for (int words = 0; words < 6 && i < lim && (sc_isupper(b[i]) || sc_isdigit(b[i])); words++) {
        size_t ws = i;
        while (i < lim && (sc_isalnum(b[i]) || b[i] == '-' || b[i] == '&' || b[i] == '.'))
            i++;
        if (i - ws == 3 && memcmp(b + ws, "Act", 3) == 0)
            return quote_end(b, i, lim, 1);
        if (i >= lim || b[i] != ' ')
            return 0;
        i++;
    }
    return 0;
}

/* Where the short form in brackets right after a name (or its comma) ends,
 * or @p eo when none follows: "(HIPAA)", "(the \"ADA\")", "(EPAct 2005)",
 * "[ADA]" (short_form_at) -- closed by ')' (or ']'), or by ';' or ',' when
 * the law follows in the same brackets ("(VAWA 2013; Pub. L. 113-4)"); the
 * words that define it before it ("(hereinafter ADA)", "(referred to as
 * the “Act”)"), and more forms after "or" ("(the “ADA” or “Act”)"); a name
 * or a short form may be a Markdown link's text ("[X Act](url) ([XA](url);"). */
size_t sc_entry_short_form_end(const sc_entry *e, size_t eo)
{
    static const char *const defining[] = { "hereinafter", "hereafter", "referred", "to", "as",
                                            "also", "known", "collectively", "or", NULL };
    const uint8_t *b = e->w->buf;
    size_t i = eo;
    if (i < e->eo && b[i] == ']') /* a name that is a Markdown link's text: its target */
        i = md_link_skip(b, i, e->eo);
    i = dblanks(b, i, e->eo); /* (a line may wrap there: "... Act of 2004\n(VAWA ...)") */
    if (i + 1 < e->eo && b[i] == ',') /* "... Act of 1990, (ADA), Public Law 101-336" */
        i = blanks(b, i + 1, e->eo);
    if (i >= e->eo || (b[i] != '(' && b[i] != '['))
        return eo;
    uint8_t close = b[i] == '(' ? ')' : ']';
    if (close == ']' && md_link_skip(b, i, e->eo) != i)
        return eo; /* "[ADA](url)": a link, not a bracket */
    i++;
    /* "(hereinafter ...", "(referred to as ...": the defining words */
    for (int words = 0; words < 4 && i < e->eo && sc_islower(b[i]); words++) {
        size_t we = i;
        while (we < e->eo && sc_isalpha(b[we]))
            we++;
        if (we >= e->eo || !sc_word_in(b, i, we, defining) || (b[we] != ' ' && b[we] != ','))
            break;
        i = blanks(b, we + (b[we] == ','), e->eo);
    }
    if (close == ')') {
        size_t q0 = quote_end(b, i, e->eo, 0);
        if (q0 + 4 < e->eo && memcmp(b + q0, "the ", 4) == 0)
            q0 += 4;
        /* "([HAVA](https://...); [P.L. 107-252](...))": a short form that is a
         * link's text, read as the short form; then its target */
        if (q0 < e->eo && b[q0] == '[' && md_link_skip(b, q0, e->eo) == q0 + 1) {
            size_t k = short_form_at(b, q0 + 1, e->eo), t;
            if (!k || (t = md_link_skip(b, k, e->eo)) == k)
                return eo;
            return t < e->eo && (b[t] == ')' || b[t] == ';' || b[t] == ',') ? t + 1 : eo;
        }
        /* a short label then ';' and the law in the same brackets: "(2018
         * farm bill; P.L. 115-334)", "(BOTS Act; [P.L. 114-274](...))" -- at
         * most five words, no bracket, comma or line end, and a law next */
        for (size_t q = q0, words = 1; q < e->eo && q - q0 <= 40 && words <= 5; q++) {
            if (b[q] == '(' || b[q] == ')' || b[q] == ',' || b[q] == '\n' || b[q] == '[' ||
                b[q] == '.')
                break;
            words += b[q] == ' ';
            if (b[q] == ';' && q > q0) {
                size_t l = blanks(b, q + 1, e->eo);
                if (l < e->eo && b[l] == '[')
                    l++;
                for (uint64_t m = e->law_in; m; m &= m - 1)
                    if (e->cs[__builtin_ctzll(m)] == l)
                        return q + 1;
                break;
            }
        }
    }
    for (int forms = 0; forms < 3; forms++) {
        for (int c = 0; c < e->n; c++)
            if ((e->kind[c] & SC_EK_IN) && e->cs[c] == i && e->c[c].type == SC_BILL) {
                /* a bill: alone in the bracket it is passed over with it
                 * ("X Act of 1972 (HR 2) of August 16, 1972"); with more, the
                 * bracket is no short form's ("(H.R. 5722, 114th Congress)": "H.R.
                 * 5722" read as one, as "EPAct 2005", cut the bracket) */
                size_t q = blanks(b, e->ce[c], e->eo);
                return q < e->eo && b[q] == close ? q + 1 : eo;
            }
        size_t k = short_form_at(b, i, e->eo), ka;
        if (close == ')' && (!k || (k < e->eo && b[k] == ' ')) &&
            (ka = act_short_name_at(b, i, e->eo)) > k)
            k = ka; /* ("(VAWA Reauthorization Act)": not its first word alone) */
        if (!k)
            return eo;
        i = k;
        if (i < e->eo && (b[i] == close || (close == ')' && (b[i] == ';' || b[i] == ','))))
            return i + 1;
        /* another: "(the “ADA” or “Act”)", "(“ADA” or the “Act”)" */
        size_t o = i + (i < e->eo && b[i] == ',');
        if (!(o + 4 <= e->eo && memcmp(b + o, " or ", 4) == 0))
            return eo;
        i = o + 4;
    }
    return eo;
}

/* Is the word right before the number at b[ws] capitalized ("Chapter 1")? */
static int unit_capitalized(const sc_entry *e, size_t ws)
{
    size_t we, q = word_start_before(e, ws, &we);
    return q < we && sc_isupper(e->w->buf[q]);
}

/* Is b[s..e) a Roman numeral in capitals ("VIII", "IX", "XIV")? */
static int roman_numeral(const uint8_t *b, size_t s, size_t e)
{
    if (e <= s || e - s > 8)
        return 0;
    for (size_t q = s; q < e; q++)
        if (b[q] != 'I' && b[q] != 'V' && b[q] != 'X' && b[q] != 'L' && b[q] != 'C')
            return 0;
    return 1;
}

/* Is the number at b[ws] a section's or a part's ("section 610 of the
 * American Taxpayer Relief Act", "§ 5 of", "title 2 of"), not the first word
 * of a name ("50 States Commemorative Coin Program Act")? */
int sc_entry_designates(const sc_entry *e, size_t ws)
{
    static const char *const units[] = { "section", "sections", "sec", "secs", "title", "titles",
                                         "tit", "subtitle", "subtit", "chapter", "part", "pt",
                                         "division", "div", "paragraph", "par", "article", "art",
                                         NULL };
    const uint8_t *b = e->w->buf;
    size_t q = ws;
    while (q > e->so && (b[q - 1] == ' ' || b[q - 1] == '.' || b[q - 1] == 0xa0))
        q--;
    if (q > e->so && (b[q - 1] == 0xa7 || (q >= e->so + 3 && b[q - 3] == 0xe2 && b[q - 2] == 0x80 &&
                                          b[q - 1] == 0xaf && q - 4 >= e->so && b[q - 4] == 0xa7)))
        return 1; /* "§ 610", "§\u202f610" */
    size_t w = q;
    while (w > e->so && sc_isalpha(b[w - 1]))
        w--;
    return q > w && sc_word_in(b, w, q, units);
}

/* Do the words ending at b[q] name a President -- "President", then one to
 * four capitalized words or initials ("President George Bush", "President
 * George H.W. Bush")? */
static int presidents_name_before(const sc_entry *e, size_t q)
{
    const uint8_t *b = e->w->buf;
    for (int words = 0; words < 5 && q > e->so; words++) {
        size_t p = q;
        while (p > e->so && (sc_isalpha(b[p - 1]) || b[p - 1] == '.'))
            p--;
        if (p == q || !sc_isupper(b[p]))
            return 0;
        if (words > 0 && q - p == 9 && memcmp(b + p, "President", 9) == 0)
            return 1;
        if (p == e->so || b[p - 1] != ' ')
            return 0;
        q = p - 1;
    }
    return 0;
}

/* One name ending with the word "Act" (or "Amendments of Y") at b[ai..ae). */
/* Is the word b[ws..k), ending in '’' after an "s", a plural's possessive
 * ("Veterans’ and Survivors’ Pension Improvement Act"), no opening '‘'
 * before it on its line that it would close? */
static int possessive(const sc_entry *e, size_t ws, size_t k)
{
    const uint8_t *b = e->w->buf;
    if (k - ws < 5 || b[k - 4] != 's')
        return 0;
    for (size_t q = ws; q > e->so && ws - q < 200 && b[q - 1] != '\n'; q--)
        if (q >= e->so + 3 && b[q - 3] == 0xe2 && b[q - 2] == 0x80 && b[q - 1] == 0x98)
            return 0;
    return 1;
}

/* Keeps the name fact @p f written at e->name[e->nname]: a longer name
 * over the ones before it ("Postal Reorganization Act Amendments of 1976"
 * over its "Postal Reorganization Act") replaces them. */
static void keep_name(sc_entry *e, sc_name_fact *f)
{
    while (e->nname > 0 && e->name[e->nname - 1].eo > f->so) {
        e->name[e->nname - 1] = *f;
        f = &e->name[e->nname - 1];
        e->nname--;
    }
    e->nname++;
}

/* Where "for [the] fiscal year[s] YYYY[ and YYYY]" at b[k], in any case
 * ("for Fiscal Years 1998 and 1999", "FOR FISCAL YEAR 2010"), ends, its
 * first year in *y; k when none is there.  A name's fiscal year, read by
 * name_at() and caps_name_at() alike. */
static size_t fiscal_year_at(const uint8_t *b, size_t k, size_t lim, int *y)
{
    if (!(k + 20 <= lim && sc_fold_eq(b + k, "for ", 4)))
        return k;
    size_t k2 = blanks(b, k + 4, lim);
    if (k2 + 4 < lim && sc_fold_eq(b + k2, "the ", 4)) /* "for the fiscal year 1963" */
        k2 = blanks(b, k2 + 4, lim);
    if (!(k2 + 12 < lim && sc_tolower(b[k2]) == 'f' &&
          (sc_fold_eq(b + k2 + 1, "iscal year ", 11) || sc_fold_eq(b + k2 + 1, "iscal years ", 12))))
        return k;
    size_t k3 = blanks(b, k2 + 12 + (sc_tolower(b[k2 + 11]) == 's'), lim);
    if (digits(b, k3, lim, 4, y) != 4 || (k3 + 4 < lim && sc_isalnum(b[k3 + 4])))
        return k;
    int y2; /* "for Fiscal Years 1998 and 1999" */
    size_t k5 = blanks(b, k3 + 4, lim);
    return k5 + 8 <= lim && sc_fold_eq(b + k5, "and ", 4) && digits(b, k5 + 4, lim, 4, &y2) == 4
               ? k5 + 8
               : k3 + 4;
}

/* Does the word b[ws..k) end a sentence inside or after a closing quote
 * -- a period right before or right after one ("... of 2016”.", "...
 * Act.”", '... 2016".') -- its own end before them being one the walk
 * below stops at with a period: "Act", "Amendments", a number, a
 * lower-case word? */
static int quoted_sentence_end(const uint8_t *b, size_t ws, size_t k)
{
    size_t kc = k;
    int quote = 0, dot = 0;
    for (int n = 0; n < 3 && kc > ws; n++) {
        if (kc - ws >= 4 && b[kc - 3] == 0xe2 && b[kc - 2] == 0x80 &&
            (b[kc - 1] == 0x9d || b[kc - 1] == 0x99) && !quote)
            kc -= 3, quote = 1;
        else if (b[kc - 1] == '"' && !quote)
            kc--, quote = 1;
        else if (b[kc - 1] == '.' && !dot)
            kc--, dot = 1;
        else
            break;
    }
    if (!quote || !dot || kc <= ws)
        return 0;
    size_t n = kc - ws;
    if ((n == 3 && memcmp(b + ws, "Act", 3) == 0) || (n == 10 && memcmp(b + ws, "Amendments", 10) == 0) ||
        sc_isdigit(b[kc - 1]))
        return 1;
    if (n < 5 || !sc_islower(b[kc - 1]))
        return 0;
    for (size_t q = ws; q < kc; q++)
        if (!sc_isalpha(b[q]))
            return 0;
    return 1;
}

static void name_at(sc_entry *e, size_t ai, size_t ae)
{
    const uint8_t *b = e->w->buf;
    size_t first = ai; /* start of the first capitalized word taken */
    size_t alt = SC_UNSET; /* first, before a long connector was crossed */
    size_t i = ai;
    int caps = 0, words = 0, lower = 0;
    int after_connector = 0; /* the word taken last (after this one) is a connector */
    int year_head = 0; /* a year begins it, "Act to" after: "1984 Act to Combat ..." */
    /* an appropriations Act's title lists its parts with ';' as with ','
     * ("Commerce, Justice, Science; Energy and Water Development; and
     * Interior and Environment Appropriations Act, 2026") -- a ';' after
     * another Act's name ends a name as before */
    int approps = ai >= e->so + 15 && memcmp(b + ai - 15, "Appropriations ", 15) == 0;
    while (i > e->so && words < 20) {
        size_t k = i;
        while (k > e->so && (b[k - 1] == ' ' || b[k - 1] == 0xa0))
            k--;
        /* a name a line wraps, in text whose lines go on indented ("the
         * Intermodal Surface\n      Transportation Efficiency Act", the
         * Congressional Record's columns): over the line end -- not a
         * heading's, whose next line begins flush */
        if (k > e->so + 1 && b[k - 1] == '\n' &&
            ((k + 2 <= i && b[k] == ' ' && b[k + 1] == ' ') ||
             /* or a line that ends in a blank, wrapped where the text
              * would go on (the Congressional Record's "... or the United
              * States \nLeadership Against HIV/AIDS ... Act of 2003") */
             (k > e->so + 2 && b[k - 2] == ' ' && sc_isupper(b[k])) ||
             /* or prose wrapped flush at a fixed width ("... enacted the
              * Gramm-Leach-Bliley\nAct, Public Law 106-102"): a long line
              * (a heading's is short) that ends in a word, the next
              * beginning with a capital */
             (k > e->so + 2 && sc_isalpha(b[k - 2]) && sc_isupper(b[k]) &&
              sc_byname_wrapped_line(b, e->so, k - 1)))) {
            k--;
            if (k > e->so && b[k - 1] == '\r')
                k--;
            while (k > e->so && (b[k - 1] == ' ' || b[k - 1] == 0xa0))
                k--;
        }
        if (k == i || k == e->so)
            break;
        size_t ac = k > e->so + 3 && b[k - 1] == ')' ? acronym_open(e, k) : 0;
        if (ac) {
            /* an acronym in brackets inside the name, a part of it
             * ("Cuban Liberty and Democratic Solidarity (LIBERTAD) Act of
             * 1996"), when a capitalized word stands before it */
            if (sc_isdigit(b[ac])) { /* "7(a)": a word of the name */
                if (after_connector || caps == 0 || sc_entry_designates(e, ac))
                    break; /* (not "Section 5051(c) of the X Act": a section's) */
                first = ac;
                caps++;
                lower = 0;
            }
            words++;
            i = ac;
            continue;
        }
        if (k > e->so + 1 && (b[k - 1] == ',' || (b[k - 1] == ';' && approps)) && caps > 0) {
            /* a comma inside a capitalized series ("Food, Agriculture,
             * Conservation, and Trade Act"; "Martin Luther King, Jr.
             * National ...") when a capitalized word stands before it */
            size_t q = k - 1, qs;
            while (q > e->so && b[q - 1] == ' ')
                q--;
            qs = q;
            while (qs > e->so && name_char(b[qs - 1]))
                qs--;
            /* (a word the main loop takes as capitalized: a capital, or
             * a byte >= 0x80 -- an accented capital, or the opening
             * quote of "‘Women, Peace, and Security Act'") */
            size_t r = q - qs == 4 ? act_comma_year(e, qs, q) : 0;
            if (r) { /* "Further Continuing Appropriations Act, 2021, and Other
                      * Extensions Act": the fiscal year of an inner "Act," */
                keep_alt(&alt, first);
                k = r;
                words++;
            } else if (qs == q ||
                       /* (after a straight quote that opens the name: a CSV cell's
                        * "Treasury, Postal Service, and ... Act, 1974", and a curly
                        * one inside it: "“Safe, Accountable, ... Act”") */
                       !(sc_isupper(b[quote_end(b, qs + (b[qs] == '"' && qs + 1 < q), q, 0)]) ||
                         b[qs] >= 0x80) ||
                       in_citation(e, qs, q) ||
                       /* a name that opens with a quote after the comma begins
                        * there: "102nd Cong., “Department of ... Act of 1991”" */
                       (i + 3 <= e->eo && b[i] == 0xe2 && b[i + 1] == 0x80 &&
                        (b[i + 2] == 0x9c || b[i + 2] == 0x98)) ||
                       b[i] == '"' ||
                       /* a Congress before the comma: "In the 110th Congress, the X
                        * Act" -- the time, not a part of the name */
                       (q - qs == 8 && memcmp(b + qs, "Congress", 8) == 0) ||
                       (q - qs == 5 && memcmp(b + qs, "Cong.", 5) == 0) || /* "(109th Cong., X Act)" */
                       /* nor a President's name: "During the term of President George
                        * Bush, the X Act" */
                       presidents_name_before(e, q) ||
                       (b[k - 1] == ';' && q - qs == 3 && memcmp(b + qs, "Act", 3) == 0)) {
                break; /* (not "... Act; Energy ... Appropriations Act": two names) */
            } else {
                k = q;
            }
        }
        /* a colon after a capitalized word inside a name ("Africa: Seeds
         * of Hope Act", "Goals 2000: Educate America Act"): read over like
         * a long connector -- the name is looked up whole, then from the
         * word after the colon; but a record's label ends the name there */
        int colon = k > e->so + 1 && b[k - 1] == ':' && caps > 0 && !lower;
        if (colon)
            k--;
        size_t ws = k;
        while (ws > e->so && name_char(b[ws - 1]))
            ws--;
        if (ws == k && k >= e->so + 6 && b[k - 1] == ';' && memcmp(b + k - 5, "&amp", 4) == 0 &&
            b[k - 6] == ' ')
            ws = k - 5; /* a web page's "&amp;" between a name's words: its "&" */
        if (ws == k || (colon && !(sc_isupper(b[ws]) || sc_isdigit(b[ws]))))
            break;
        if (colon && sc_table_label_role(b, ws, k) > SC_COL_OTHER)
            break; /* a record's label, "Title: ", "Act: ", "Name: ": no part of it */
        if (b[k - 1] == '.' && k - ws >= 4 &&
            ((k - ws == 4 && memcmp(b + ws, "Act", 3) == 0) ||
             (k - ws == 11 && memcmp(b + ws, "Amendments", 10) == 0)))
            break; /* another name's end, and its sentence's: "... may be cited as
                    * the X Act. The Act was passed by ..." */
        if ((b[k - 1] == '.' || b[k - 1] == '"' || b[k - 1] >= 0x80) && quoted_sentence_end(b, ws, k))
            break; /* the same in quotes: "... the short title the “X Act of
                    * 2016”. The Act is reported at ..." (or "2016.”") */
        if (k - ws == 3 && b[ws] == 0xe2 && b[ws + 1] == 0x80)
            break; /* a bullet or a dash standing alone, "• Cf. the X Act" */
        if (sc_ctx_tag_word(b, e->so, ws, k))
            break; /* a tagged export's field tag: "%T Military Justice Act of 1983" */
        if (k - ws >= 4 && k - ws < 6 && b[k - 1] == '.' && sc_isupper(b[ws]) &&
            sc_islower(b[k - 2]) && sc_ref_president_served((const char *)b + ws, k - 1 - ws, 0) >= 0)
            break; /* a sentence that ends with a President's short name: "... was signed
                    * by President Gerald Ford. The Act was enacted ..." */
        if (k - ws >= 2 && b[k - 1] == '.' && sc_isdigit(b[k - 2]))
            break; /* a sentence that ends with a number or a day: "... by President Nixon
                    * on 08/05/1965. The Act is printed at ..." */
        if (k - ws >= 6 && b[k - 1] == '.' && sc_islower(b[k - 2])) {
            /* a sentence's last word ("... by the 106th Congress. The Act
             * is cited as ..."): the name begins after it -- not an
             * abbreviation ("U.S.", "Jr.", "Bros.") */
            int word = 1;
            for (size_t q = ws; q + 1 < k && word; q++)
                word = sc_isalpha(b[q]) != 0;
            if (word)
                break;
        }
        if (colon)
            keep_alt(&alt, first);
        if (k - ws == 1 && b[ws] == '-' && caps > 0 && !lower) {
            /* a spaced hyphen between capitalized words ("Pyramid Lake
             * Paiute Tribe - Fish Springs Ranch Settlement Act"); unknown
             * whole, the name is what follows it */
            keep_alt(&alt, first);
            lower = 1;
            words++;
            i = ws;
            continue;
        }
        /* a word: capitalized (or a number), or a connector */
        int numeric = 1; /* "21st Century Cures Act" yes, "section 2 of the" no */
        for (size_t q = ws; q < k && numeric; q++)
            numeric = sc_isdigit(b[q]) || b[q] == '.' || b[q] == '-';
        size_t ay = caps > 0 && k - ws == 4 ? act_comma_year(e, ws, k) : 0;
        if (ay) { /* "Continuing Appropriations Act, 2021 and Other Extensions Act":
                   * the year, then that "Act" */
            keep_alt(&alt, first); /* unknown whole, the name is what follows */
            first = ay - 3;
            caps++;
            lower = 0;
            words += 2;
            i = ay - 3;
            continue;
        }
        if (numeric && caps > 0 && k - ws == 4 && year_inside(e, ws, k) && or_after(b, k, ai))
            break; /* "... Port Act of 2006 or the SAFE Port Act": two names of one law,
                    * each read at its own "Act" */
        if (numeric && caps == 0 && words == 0 && k - ws == 4 && ai + 8 < e->eo &&
            memcmp(b + ai + 3, " to ", 4) == 0 && sc_isupper(b[ai + 7]) && is_year(b + ws) &&
            !in_citation(e, ws, k)) {
            /* a year right before "Act to" and a capital: a name that
             * begins so ("the 1984 Act to Combat International
             * Terrorism"), taken below when the tables know it */
            keep_alt(&alt, first);
            first = ws;
            caps++;
            year_head = 1;
            break;
        }
        if (numeric && !(caps > 0 && year_inside(e, ws, k))) {
            /* another number between capitalized words ("New and Emerging
             * Technologies 911 Improvement Act") is read over once, like a
             * long connector: unknown whole, the name is what follows it */
            if (caps > 0 && k - ws == 4 && is_year(b + ws) && !in_citation(e, ws, k)) {
                /* a name that begins with a year ("1988 Olympic
                 * Commemorative Coin Act"): unknown whole, it is the rest */
                keep_alt(&alt, first);
                first = ws;
                break;
            }
            size_t dw = ws; /* the designator's word before the number */
            while (dw > e->so && b[dw - 1] == ' ')
                dw--;
            size_t dq = dw;
            while (dw > e->so && sc_isalpha(b[dw - 1]))
                dw--;
            if (!lower && caps > 0 && dq - dw == 7 && memcmp(b + dw, "Section", 7) == 0 &&
                k - ws <= 4 && blanks(b, k, ai) == first && !in_citation(e, ws, k)) {
                /* a capitalized "Section N" right before the name's first
                 * word, a part of its name ("Section 202 Supportive Housing
                 * for the Elderly Act of 2010"): looked up whole, then from
                 * that word (not "Section 510 of the X Act": a section's) */
                keep_alt(&alt, first);
                first = dw;
                caps++;
                break;
            }
            if (!lower && caps > 0 && k - ws <= 3 && sc_isdigit(b[ws]) && sc_isdigit(b[k - 1]) &&
                !number_inside(e, ws, k) && !in_citation(e, ws, k) && !sc_entry_designates(e, ws)) {
                /* a name that begins with a number ("50 States Commemorative
                 * Coin Program Act", "400 Years of African-American History
                 * Commission Act"): unknown whole, it is the rest */
                size_t q = ws;
                int plain = 1;
                while (q < k && plain)
                    plain = sc_isdigit(b[q++]);
                if (plain) {
                    keep_alt(&alt, first);
                    first = ws;
                    break;
                }
            }
            if (lower || (caps == 0 && words > 0) || !number_inside(e, ws, k) ||
                (sc_entry_designates(e, ws) && !(words == 0 && unit_capitalized(e, ws))))
                break; /* (not "Section 510 of the ... Act": a section's number ends a name;
                        * but a capitalized unit's number right before "Act" is the
                        * name's: "1992 National Assessment of Chapter 1 Act") */
            keep_alt(&alt, first);
            lower = 1;
            words++;
            i = ws;
            continue;
        }
        /* a word that closes a quotation before a connector ("... Act of
         * 2008’ or the ‘PRICE of Homeland Security Act"): another name's
         * end (not "‘Six Triple Eight’ Congressional ... Act") */
        if (after_connector && caps > 0 &&
            (b[k - 1] == '"' || (k - ws >= 3 && b[k - 3] == 0xe2 && b[k - 2] == 0x80 &&
                                 (b[k - 1] == 0x9d || (b[k - 1] == 0x99 && !possessive(e, ws, k))))))
            break;
        size_t cw = ws; /* a word in quotes: '"Six Triple Eight" Congressional ... Act' */
        while (cw + 1 < k && (b[cw] == '"' || b[cw] == '\''))
            cw++;
        if (sc_isupper(b[cw]) || sc_isdigit(b[cw]) || b[cw] >= 0x80) {
            if (in_citation(e, ws, k))
                break;
            if (roman_numeral(b, ws, k) && sc_entry_designates(e, ws)) {
                /* a part's numeral: the name stops at its unit -- with it when
                 * capitalized ("Title VII of the Civil Rights Act of 1964", a
                 * part of the Act's name), else after it ("Fair Housing Act,
                 * tit. VIII of the Civil Rights Act of 1968": not read back to
                 * "Fair") */
                size_t uwe, us = word_start_before(e, ws, &uwe);
                if (us < uwe && sc_isupper(b[us])) {
                    first = us;
                    caps++;
                }
                break;
            }
            first = ws;
            caps++;
            lower = 0;
            size_t qe = quote_end(b, ws, k, 0);
            if (qe > ws && b[ws] != '\'' && !closes_quote(b, qe, ai)) {
                /* an opening quote no quote closes before the name's end:
                 * the name begins there ("Cf. the “Gold Labeling Act of
                 * 1976”") */
                words++;
                break;
            }
        } else if (!lower && sc_words_in(&long_connector_set, b, ws, k)) {
            keep_alt(&alt, first);
            lower = 1;
        } else if (!sc_words_in(&connector_set, b, ws, k)) {
            if (sc_words_in(&verb_set, b, ws, k))
                break; /* "... signed the X Act": the name begins after the verb */
            /* a short lower-case word inside a name, between capitalized
             * ones: "Chimp Haven is Home Act" -- one at a time; or two of
             * up to eight letters ("... for Mothers who deliver Infants
             * Early Act"), read over like a long connector: unknown whole,
             * the name is what follows them */
            if (lower >= 2 || k - ws > 8)
                break;
            if (lower || k - ws > 4) {
                keep_alt(&alt, first);
            }
            lower++;
        }
        after_connector = !(sc_isupper(b[cw]) || sc_isdigit(b[cw]) || b[cw] >= 0x80) &&
                          sc_words_in(&connector_set, b, ws, k);
        words++;
        i = ws;
    }
    if (caps == 0)
        return;
    /* "This Act", "the Act": a reference, not a name */
    size_t fe = word_end(b, first, ai);
    if (caps == 1 && sc_words_in(&not_name_set, b, first, fe))
        return;
    if (sc_words_in(&not_name_set, b, first, fe)) {
        /* "The Clean Air Act": drop "The"; "Every Student Succeeds Act" is
         * a name whole, "Each Federal Agency Act" only without "Each":
         * looked up whole first, then from the word after (alt) */
        size_t k = blanks(b, fe, ai);
        if (fe - first == 3 && (b[first] | 0x20) == 't' && b[first + 1] == 'h' && b[first + 2] == 'e')
            first = k;
        else if (alt == SC_UNSET || alt == first)
            alt = k; /* (a fallback that began at this word: "bears the short
                      * title the Every Student Succeeds Act") */
        else /* (one fallback only: the long connector's) */
            first = k;
    }
    /* an opening quote is not the name's: "‘Postal Reorganization ..." (nor
     * of its start without the words before: "enacted “X Act”") */
    for (size_t q; first < ai && (q = quote_end(b, first, ai, 0)) > first;)
        first = q;
    for (size_t q; alt != SC_UNSET && alt < ai && (q = quote_end(b, alt, ai, 0)) > alt;)
        alt = q;
    /* "... Treatment Act Amendments", "... Act Reauthorization of 1989": the
     * name goes on over a word the Acts' names carry past their "Act" */
    int carried = 0, confirmed = 0; /* (confirmed: the tables know the name past "Act") */
    /* (the word on past a line end too: "the Clean Air Act\nAmendments of 1990") */
    size_t nx = ae < e->eo && (b[ae] == ' ' || b[ae] == '\n' || b[ae] == '\r') ? dblanks(b, ae, e->eo) : ae;
    for (const char *const *w = sc_act_after_words; *w && nx > ae && nx < e->eo; w++) {
        if (b[nx] != (uint8_t)**w)
            continue; /* (asked first: a word after "Act" seldom begins as one of them) */
        size_t wl = strlen(*w);
        if (nx + wl <= e->eo && memcmp(b + nx, *w, wl) == 0 &&
            (nx + wl == e->eo || !sc_isalpha(b[nx + wl]))) {
            ae = nx + wl;
            carried = 1;
            break;
        }
    }
    /* "... Act Extension and Reauthorization of 2008": words joined by
     * "and" (or a comma), the last one of that list, carried too */
    if (!carried && ae + 2 < e->eo && b[ae] == ' ' && sc_isupper(b[ae + 1])) {
        size_t q = ae + 1;
        for (int nw = 0; nw < 3 && !carried; nw++) {
            size_t we = q;
            while (we < e->eo && we - q <= 24 && sc_isalpha(b[we]))
                we++;
            if (we == q || !sc_isupper(b[q]))
                break;
            for (const char *const *w = sc_act_after_words; *w && nw > 0; w++)
                if (strlen(*w) == we - q && memcmp(b + q, *w, we - q) == 0) {
                    ae = we;
                    carried = 1;
                    break;
                }
            size_t nq = we; /* on to the next word: ", " or " and " or ", and " */
            if (nq < e->eo && b[nq] == ',')
                nq++;
            if (nq + 5 <= e->eo && memcmp(b + nq, " and ", 5) == 0)
                nq += 5;
            else if (nq < e->eo && b[nq] == ' ' && b[nq - 1] == ',')
                nq++;
            else
                break;
            q = nq;
        }
    }
    /* "Revised Organic Act of the Virgin Islands", "Organic Act of Guam":
     * a name the tables know that goes on past "Act" with "of" and no year
     * (the longest they confirm) */
    if (!carried && ae + 6 < e->eo && sc_fold_eq(b + ae, " of ", 4) &&
        (sc_isupper(b[ae + 4]) || (ae + 9 < e->eo && sc_fold_eq(b + ae + 4, "the ", 4) &&
                                   sc_isupper(b[ae + 8])))) {
        size_t best = longest_known_alt(e, first, alt, ae + 4, ae);
        if (best > ae) {
            ae = best;
            carried = confirmed = 1;
        }
    }
    /* "... Act for Military Construction on Guam": a name the tables know
     * that goes on past "Act" with "for" (the longest they confirm) */
    if (!carried && ae + 6 < e->eo && sc_fold_eq(b + ae, " for ", 5) &&
        (sc_isupper(b[ae + 5]) || (ae + 10 < e->eo && sc_fold_eq(b + ae + 5, "the ", 4) &&
                                   (sc_isupper(b[ae + 9]) || sc_isdigit(b[ae + 9]))))) {
        /* (and "for the": "Transportation Equity Act for the 21st Century") */
        size_t best = longest_known_alt(e, first, alt, ae + 5, ae);
        if (best > ae) {
            ae = best;
            carried = confirmed = 1;
        }
    }
    /* "1984 Act to Combat International Terrorism": the same with "to" */
    if (!carried && ae + 5 < e->eo && sc_fold_eq(b + ae, " to ", 4) && sc_isupper(b[ae + 4])) {
        size_t best = longest_known_alt(e, first, alt, ae + 4, ae);
        if (best > ae) {
            ae = best;
            carried = confirmed = 1;
        }
    }
    if (year_head && !confirmed)
        return; /* "the 1934 Act to amend ...": no name the tables know */
    /* a word past "Act" that too few names carry to be in that list
     * ("Rehabilitation Act Extension of 1976"), before a year: taken when
     * the tables know the name with it, so only a name they confirm grows */
    if (!carried && ae + 2 < e->eo && b[ae] == ' ' && sc_isupper(b[ae + 1])) {
        size_t we = ae + 1;
        while (we < e->eo && we - ae <= 24 && sc_isalpha(b[we]))
            we++;
        int dated = (we + 8 <= e->eo && sc_fold_eq(b + we, " of ", 4) && is_year(b + we + 4)) ||
                    (we + 6 <= e->eo && b[we] == ',' && b[we + 1] == ' ' && is_year(b + we + 2));
        sc_act_law one[1]; /* (a word of 24 letters or more is no word of a name: not dated) */
        int slip_year;
        size_t ns = sc_past_signal(b, first, ae); /* (not "See": "See X Act Extension") */
        if (dated && (sc_act_name_laws((const char *)b + ns, we - ns, one, 1) > 0 ||
                      /* (or with another year: "Rehabilitation Act Extension of 1968" for
                       * the Extension of 1976 -- act-year's to say) */
                      (b[we] == ' ' && sc_act_year_slip((const char *)b + ns, we + 8 - ns,
                                                        &slip_year) >= 0)))
            ae = we;
    }
    /* a part's numeral after a comma, when the tables know the name with
     * it ("The Balanced Budget Downpayment Act, I" -- and "..., II") */
    if (!carried && ae + 3 < e->eo && b[ae] == ',' && b[ae + 1] == ' ' &&
        (b[ae + 2] == 'I' || b[ae + 2] == 'V' || b[ae + 2] == 'X')) {
        size_t we = ae + 2;
        while (we < e->eo && we - ae < 7 && (b[we] == 'I' || b[we] == 'V' || b[we] == 'X'))
            we++;
        sc_act_law one[1];
        size_t ns = sc_past_signal(b, first, ae); /* (not "See": "See The X Act, I") */
        if ((we == e->eo || !sc_isalnum(b[we])) &&
            sc_act_name_laws((const char *)b + ns, we - ns, one, 1) > 0)
            ae = we;
    }
    ae = subtitle_end(e, first, ae);
    sc_name_fact *f = &e->name[e->nname];
    f->so = first;
    f->alt_so = alt != SC_UNSET && alt > first && alt < ai ? alt : first;
    f->name_eo = ae;
    f->eo = ae;
    f->year = 0;
    f->tight = 0;
    f->fiscal = 0;
    f->abbr = 0;
    f->law = -1;
    /* its year: " of 1996", ", 1997", " for Fiscal Year 1997" */
    size_t k = ae;
    int y;
    size_t k1 = dblanks(b, k, e->eo);
    size_t al = k1 < e->eo && b[k1] == '(' ? sc_act_acronym_len((const char *)b, e->eo, k1) : 0,
           ab = k1 + al;
    if (al && ab + 8 <= e->eo && sc_fold_eq(b + ab, " of ", 4) && is_year(b + ab + 4))
        k1 = ab + 1; /* its acronym before its year: "the Americans with Disabilities
                      * Act (ADA) of 1990" -- the name runs on to the year */
    if (k1 + 5 < e->eo && b[k1] == ',' && b[k1 + 1] == ' ' && b[k1 + 2] == 'o' && b[k1 + 3] == 'f' &&
        b[k1 + 4] == ' ' && sc_isdigit(b[k1 + 5]))
        k1 += 2; /* "... Amendments Act, of 1976": a stray comma */
    if (k1 + 2 < e->eo && sc_tolower(b[k1]) == 'o' && sc_tolower(b[k1 + 1]) == 'f' &&
        (b[k1 + 2] == ' ' || b[k1 + 2] == '\n' || b[k1 + 2] == '\r')) {
        size_t k2 = dblanks(b, k1 + 2, e->eo); /* (a line may wrap there: "Act of\n   1991") */
        if (digits(b, k2, e->eo, 4, &y) == 4 && !(k2 + 4 < e->eo && sc_isalnum(b[k2 + 4])) &&
            !(k2 + 5 < e->eo && (b[k2 + 4] == '-' || b[k2 + 4] == '/') && sc_isdigit(b[k2 + 5]))) {
            /* (not an ISO date's year: "..., popularly called X Act, of
             * 1999-12-17 was enacted") */
            f->year = y;
            f->eo = k2 + 4;
        }
    } else if (k < e->eo && b[k] == ',') {
        size_t k2 = blanks(b, k + 1, e->eo);
        /* ", Fiscal Year 1997", ", Fiscal Years 1994 and 1995" */
        if (k2 + 16 <= e->eo && sc_toupper(b[k2]) == 'F' && /* (the year may end the entry) */
            (sc_fold_eq(b + k2 + 1, "iscal year ", 11) ||
             sc_fold_eq(b + k2 + 1, "iscal years ", 12))) {
            size_t k3 = blanks(b, k2 + 12 + (sc_tolower(b[k2 + 11]) == 's'), e->eo);
            if (digits(b, k3, e->eo, 4, &y) == 4 && !(k3 + 4 < e->eo && sc_isalnum(b[k3 + 4]))) {
                f->year = y;
                f->fiscal = 1;
                f->eo = k3 + 4;
                int y2;
                size_t k5 = blanks(b, f->eo, e->eo);
                if (k5 + 8 <= e->eo && sc_fold_eq(b + k5, "and ", 4) &&
                    digits(b, k5 + 4, e->eo, 4, &y2) == 4)
                    f->eo = k5 + 8;
                k2 = e->eo; /* read */
            }
        }
        if (k2 < e->eo && k2 > k + 1 && digits(b, k2, e->eo, 4, &y) == 4 &&
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
    } else { /* (as above: "for Fiscal Year 1997") */
        size_t fy = fiscal_year_at(b, k1, e->eo, &y);
        if (fy > k1) {
            f->year = y;
            f->fiscal = 1;
            f->eo = fy;
        }
    }
    if (f->year == 0 && k1 == k + 1 && b[k] == ' ' && digits(b, k1, e->eo, 4, &y) == 4 &&
        is_year(b + k1) && !(k1 + 4 < e->eo && (sc_isalnum(b[k1 + 4]) || b[k1 + 4] == '-')) &&
        !in_citation(e, k1, k1 + 4)) {
        /* "Legislative Branch Appropriation Act 1964": a fiscal year
         * written without its comma -- unless a Stat. page follows */
        size_t k3 = blanks(b, k1 + 4, e->eo);
        if (!(k3 + 4 < e->eo && memcmp(b + k3, "Stat", 4) == 0)) {
            f->year = y;
            f->fiscal = 1;
            f->eo = k1 + 4;
        }
    }
    if (f->year == 0 && k1 + 4 < e->eo && sc_fold_eq(b + k1, "for ", 4)) {
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
            if (we == q || !(sc_isupper(b[q]) || sc_words_in(&connector_set, b, q, we)))
                break;
            q = we;
        }
    }
    if (f->year) { /* "... Act of 2007: Community Safety Through Recidivism Prevention" */
        size_t se = subtitle_end(e, first, f->eo);
        if (se > f->eo)
            f->eo = se;
    }
    if (f->year == 0 && ae - ai > 3 && caps < 2 && !confirmed)
        return; /* "Amendments" alone needs its year to be a name (not "Organic Act
                 * of Guam": one the tables know whole) */
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
    f->tie_eo = sc_entry_short_form_end(e, f->eo);
    keep_name(e, f);
}

/* Is b[s..t) a word of capitals (and '-', '\'', the curly apostrophe:
 * "PITTMAN-ROBERTSON", "SERVICEMEN’S", and a curly quote around it:
 * "‘TED’"; a period after a capital, an
 * initial's or an abbreviation's: "THOMASINA E. JORDAN", "U.S. HOLOCAUST")? */
static int caps_word(const uint8_t *b, size_t s, size_t t)
{
    if (s + 3 < t && b[s] == 0xe2 && b[s + 1] == 0x80 && b[s + 2] == 0x98)
        s += 3; /* a nickname in quotes: "EDWARD ‘TED’ KAUFMAN" */
    if (t <= s || !sc_isupper(b[s]))
        return 0;
    for (size_t q = s; q < t; q++) {
        if (q + 3 <= t && b[q] == 0xe2 && b[q + 1] == 0x80 &&
            (b[q + 2] == 0x99 || ((b[q + 2] == 0x93 || b[q + 2] == 0x94) && q > s && q + 3 < t))) {
            q += 2; /* (an apostrophe; a dash between two words: "DEVELOPMENT—INDEPENDENT") */
            continue;
        }
        if (!sc_isupper(b[q]) && b[q] != '-' && b[q] != '\'' &&
            !(b[q] == '.' && q > s && sc_isupper(b[q - 1])))
            return 0;
    }
    return 1;
}

/* Past the "ACT" at b[ae - 3..ae) of a name in capitals from b[first]:
 * the end of the longest name the tables know that goes on with a
 * connector and capital words or numbers ("MINERAL LEASING ACT FOR
 * ACQUIRED LANDS", "ORGANIC ACT OF GUAM", "TRANSPORTATION EQUITY ACT FOR
 * THE 21ST CENTURY"), up to eight words on -- longest_known()'s reading,
 * the one name_at() gives " of Guam"; ae when none.  A fiscal year is the
 * name's year, not a word of it (" FOR FISCAL YEAR 2010"). */
static size_t caps_name_on(const sc_entry *e, size_t first, size_t ae)
{
    const uint8_t *b = e->w->buf;
    size_t on = ae + 5 < e->eo ? (memcmp(b + ae, " FOR ", 5) == 0   ? 5
                                  : memcmp(b + ae, " OF ", 4) == 0 ? 4
                                  : memcmp(b + ae, " TO ", 4) == 0 ? 4
                                  /* or a capital word: "OLDER AMERICANS ACT
                                   * TECHNICAL AMENDMENTS OF 1993" */
                                  : b[ae] == ' ' && sc_isupper(b[ae + 1]) && sc_isupper(b[ae + 2]) ? 1
                                                                   : 0)
                               : 0;
    if (!on || (ae + 13 < e->eo && memcmp(b + ae, " FOR FISCAL ", 12) == 0))
        return ae;
    return longest_known(e, first, ae + on, ae); /* (as name_at() reads " of Guam") */
}

/* An Act's name in capitals, a heading's or a title's, ending in "ACT" at
 * b[ai..ai + 3) ("RIVERS AND HARBORS APPROPRIATION ACT OF 1899", "A
 * LEGISLATIVE HISTORY OF THE PAPERWORK REDUCTION ACT OF 1980 (Public Law
 * 96-510, ..."): the longest run of capital words before it that the
 * named-Act tables know (their key is case-blind, act_norm.h), with its
 * year; a name they do not know is not read. */
static void caps_name_at(sc_entry *e, size_t ai)
{
    const uint8_t *b = e->w->buf;
    size_t starts[16];
    int n = 0;
    size_t q = ai;
    /* the capital words before "ACT", one blank between */
    while (n < 16 && q >= e->so + 2 && b[q - 1] == ' ') {
        size_t we = q - 1;
        if (we > e->so + 1 && b[we - 1] == ',' && sc_isupper(b[we - 2]))
            we--; /* a word and its comma: "OLYMPIC, PARALYMPIC, AND ..." */
        size_t ws = we;
        while (ws > e->so && !(b[ws - 1] == ' ' || b[ws - 1] == '\n' || b[ws - 1] == '\t' ||
                               b[ws - 1] == '(' || b[ws - 1] == '"' || b[ws - 1] == ',' ||
                               /* (an opening curly quote: "“OLDER AMERICANS ACT ...") */
                               (b[ws - 1] == 0x9c && ws >= e->so + 3 && b[ws - 2] == 0x80 &&
                                b[ws - 3] == 0xe2)))
            ws--;
        if (!caps_word(b, ws, we))
            break;
        starts[n++] = ws;
        q = ws;
    }
    size_t ae = ai + 3;
    for (int k = n - 1; k >= 0; k--) { /* the longest first */
        size_t first = starts[k];
        if (ae - first > SC_ACT_NORM_MAX || (first + 4 <= ae && memcmp(b + first, "THE ", 4) == 0))
            continue; /* (a name longer than any key; "THE" is no word of the name: the
                       * key drops it, and the shorter run is the same name) */
        sc_act_law one[1];
        size_t on = caps_name_on(e, first, ae); /* (the longest it has, first) */
        if (on == ae && sc_act_name_laws((const char *)b + first, ae - first, one, 1) <= 0)
            continue;
        ae = on;
        sc_name_fact *f = &e->name[e->nname];
        f->so = f->alt_so = first;
        f->name_eo = f->eo = ae;
        f->year = 0;
        f->tight = 0;
        f->fiscal = 0;
        f->abbr = 0;
        f->law = -1;
        int y;
        if (ae + 8 <= e->eo && memcmp(b + ae, " OF ", 4) == 0 && digits(b, ae + 4, e->eo, 4, &y) == 4 &&
            !(ae + 8 < e->eo && sc_isalnum(b[ae + 8]))) {
            f->year = y;
            f->eo = ae + 8;
        } else if (ae + 6 <= e->eo && b[ae] == ',' && b[ae + 1] == ' ' &&
                   digits(b, ae + 2, e->eo, 4, &y) == 4 && !(ae + 6 < e->eo && sc_isalnum(b[ae + 6])) &&
                   !in_citation(e, ae + 2, ae + 6)) {
            f->year = y;
            f->fiscal = 1;
            f->eo = ae + 6;
        } else if (ae < e->eo && b[ae] == ' ') {
            /* " FOR FISCAL YEAR 2010", " FOR FISCAL YEARS 1992 AND 1993" */
            size_t fe = fiscal_year_at(b, ae + 1, e->eo, &y);
            if (fe > ae + 1) {
                f->year = y;
                f->fiscal = 1;
                f->eo = fe;
            }
        }
        f->tie_eo = sc_entry_short_form_end(e, f->eo);
        keep_name(e, f);
        return;
    }
}

/* Blocks of 64 bytes act_starts() reads in one call (with AVX2: most
 * entries are read in one). */
#define ACT_BLOCKS 8

#ifdef __SSE2__
/* act_starts()'s bits for the @p nb blocks of 64 bytes from b[i], 32 bytes
 * at a time (AVX2; b[i + 64 * nb] is read): the words' starts in m[], "Pr",
 * "Co", "gn" and "pp" in pc[]. */
__attribute__((target("avx2"))) static void act_starts_avx2(const uint8_t *b, size_t i, size_t nb,
                                                            uint64_t *m, uint64_t *pc)
{
    for (size_t k = 0; k < nb; k++) {
        uint64_t mk = 0, wk = 0;
        for (int q = 0; q < 2; q++) {
            const uint8_t *p = b + i + 64 * k + 32 * q;
            __m256i v0 = _mm256_loadu_si256((const __m256i *)(const void *)p);
            __m256i v1 = _mm256_loadu_si256((const __m256i *)(const void *)(p + 1));
            /* ("c" or "C" after the 'A': the same byte but for bit 0x20) */
            __m256i hit = _mm256_or_si256(
                _mm256_and_si256(_mm256_cmpeq_epi8(v0, _mm256_set1_epi8('A')),
                                 _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_or_si256(v1, _mm256_set1_epi8(0x20)),
                                                                   _mm256_set1_epi8('c')),
                                                 _mm256_cmpeq_epi8(v1, _mm256_set1_epi8('m')))),
                _mm256_or_si256(_mm256_and_si256(_mm256_cmpeq_epi8(v0, _mm256_set1_epi8('R')),
                                                 _mm256_cmpeq_epi8(v1, _mm256_set1_epi8('e'))),
                                _mm256_and_si256(_mm256_cmpeq_epi8(v0, _mm256_set1_epi8('L')),
                                                 _mm256_cmpeq_epi8(v1, _mm256_set1_epi8('a')))));
            __m256i pw = _mm256_or_si256(
                _mm256_or_si256(_mm256_and_si256(_mm256_cmpeq_epi8(v0, _mm256_set1_epi8('P')),
                                                 _mm256_cmpeq_epi8(v1, _mm256_set1_epi8('r'))),
                                _mm256_and_si256(_mm256_cmpeq_epi8(v0, _mm256_set1_epi8('C')),
                                                 _mm256_cmpeq_epi8(v1, _mm256_set1_epi8('o')))),
                _mm256_or_si256(_mm256_and_si256(_mm256_cmpeq_epi8(v0, _mm256_set1_epi8('g')),
                                                 _mm256_cmpeq_epi8(v1, _mm256_set1_epi8('n'))),
                                _mm256_and_si256(_mm256_cmpeq_epi8(v0, _mm256_set1_epi8('p')),
                                                 _mm256_cmpeq_epi8(v1, _mm256_set1_epi8('p')))));
            mk |= (uint64_t)(uint32_t)_mm256_movemask_epi8(hit) << (32 * q);
            wk |= (uint64_t)(uint32_t)_mm256_movemask_epi8(pw) << (32 * q);
        }
        m[k] = mk;
        pc[k] = wk;
    }
}
#endif

/* Bit k of m[j]: an 'A' that may begin "Act", "ACT" or "Amendments" (an
 * "Ac", "AC" or "Am"),
 * or an 'R' that may begin "Resolution" ("Re"), an 'L' "Law" ("La"),
 * at b[i + 64 * j + k], for k < 64 and i + 64 * j + k < lim; in pc[j], "Pr",
 * "Co", "gn" and "pp" (where "President ", "Cong", the "gn" of "signed" and
 * the "pp" of "approved" may begin).  Returns how many
 * blocks of 64 bytes it read: up to ACT_BLOCKS with AVX2, when @p avx2 says
 * the CPU has it (asked once by the caller) and the window, @p len bytes,
 * holds the byte after each; else one, 16 bytes at a time with SSE2 when
 * the window holds b[i + 64]. */
static inline int act_starts(const uint8_t *b, size_t i, size_t lim, size_t len, uint64_t *m,
                             uint64_t *pc, int avx2)
{
    uint64_t mk = 0, w = 0;
#ifdef __SSE2__
    if (i + 65 <= len && avx2) {
        size_t nb = (lim - i + 63) / 64, fit = (len - i - 1) / 64;
        if (nb > fit)
            nb = fit;
        if (nb > ACT_BLOCKS)
            nb = ACT_BLOCKS;
        act_starts_avx2(b, i, nb, m, pc);
        size_t last = i + 64 * (nb - 1);
        uint64_t keep = last + 64 <= lim ? ~0ull : (1ull << (lim - last)) - 1;
        m[nb - 1] &= keep;
        pc[nb - 1] &= keep;
        return (int)nb;
    }
    if (i + 65 <= len) {
        for (int q = 0; q < 4; q++) {
            const uint8_t *p = b + i + 16 * q;
            __m128i v0 = _mm_loadu_si128((const __m128i *)(const void *)p);
            __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(p + 1));
            __m128i hit = _mm_or_si128(
                _mm_and_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8('A')),
                              _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8('c')),
                                                        _mm_cmpeq_epi8(v1, _mm_set1_epi8('m'))),
                                           _mm_cmpeq_epi8(v1, _mm_set1_epi8('C')))),
                /* "Re": where "Resolution" may begin ("War Powers Resolution");
                 * "La", "Law" ("Megan's Law") */
                _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8('R')),
                                           _mm_cmpeq_epi8(v1, _mm_set1_epi8('e'))),
                             _mm_and_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8('L')),
                                           _mm_cmpeq_epi8(v1, _mm_set1_epi8('a')))));
            /* and "Pr", "Co", "gn", "pp": where "President ", "Cong" and the
             * "gn" of "signed", the "pp" of "approved" may begin */
            __m128i pw = _mm_or_si128(
                _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8('P')),
                                           _mm_cmpeq_epi8(v1, _mm_set1_epi8('r'))),
                             _mm_and_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8('C')),
                                           _mm_cmpeq_epi8(v1, _mm_set1_epi8('o')))),
                _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8('g')),
                                           _mm_cmpeq_epi8(v1, _mm_set1_epi8('n'))),
                             _mm_and_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8('p')),
                                           _mm_cmpeq_epi8(v1, _mm_set1_epi8('p')))));
            mk |= (uint64_t)(unsigned)_mm_movemask_epi8(hit) << (16 * q);
            w |= (uint64_t)(unsigned)_mm_movemask_epi8(pw) << (16 * q);
        }
        uint64_t keep = i + 64 <= lim ? ~0ull : (1ull << (lim - i)) - 1;
        m[0] = mk & keep;
        pc[0] = w & keep;
        return 1;
    }
#else
    (void)len;
    (void)avx2;
#endif
    for (size_t k = 0; k < 64 && i + k < lim; k++) {
        mk |= (uint64_t)((b[i + k] == 'A' &&
                          (b[i + k + 1] == 'c' || b[i + k + 1] == 'm' || b[i + k + 1] == 'C')) ||
                         (b[i + k] == 'R' && b[i + k + 1] == 'e') ||
                         (b[i + k] == 'L' && b[i + k + 1] == 'a')) << k;
        w |= (uint64_t)((b[i + k] == 'P' && b[i + k + 1] == 'r') ||
                        (b[i + k] == 'C' && b[i + k + 1] == 'o') ||
                        (b[i + k] == 'g' && b[i + k + 1] == 'n') ||
                        (b[i + k] == 'p' && b[i + k + 1] == 'p')) << k;
    }
    m[0] = mk;
    pc[0] = w;
    return 1;
}

/* (entry_in.h) */
size_t sc_entry_abbrev_end(const sc_entry *e, size_t i)
{
    const uint8_t *b = e->w->buf;
    size_t k = i;
    int caps = 0;
    if (i >= e->eo || !sc_isupper(b[i]) || (i > e->so && sc_isalnum(b[i - 1])))
        return i;
    while (k < e->eo && k - i <= 10 &&
           (sc_isupper(b[k]) || sc_isdigit(b[k]) || b[k] == '&' || b[k] == '.' || b[k] == '-'))
        caps += sc_isupper(b[k++]) != 0;
    while (k > i && (b[k - 1] == '.' || b[k - 1] == '-'))
        k--;
    if (caps < 2 || k - i > 10 || (k < e->eo && sc_isalpha(b[k])))
        return i;
    return k;
}

/* Takes b[so..eo) as a name when the tables know it as an Act's
 * abbreviation (or name), not inside a name already read. */
static void abbrev_name(sc_entry *e, size_t so, size_t eo, size_t ye, int year)
{
    for (int k = 0; k < e->nname; k++)
        if (so < e->name[k].eo && eo > e->name[k].so)
            return;
    sc_act_law one[1];
    if (e->nname >= SC_ENTRY_NAMES || sc_act_name_laws((const char *)e->w->buf + so, eo - so, one, 1) <= 0)
        return;
    sc_name_fact *f = &e->name[e->nname++];
    memset(f, 0, sizeof *f);
    f->so = f->alt_so = so;
    f->name_eo = eo;
    f->eo = f->tie_eo = ye > eo ? ye : eo; /* (with its year: "ADA of 1990") */
    f->year = year;
    f->law = -1;
    f->abbr = 1;
}

/*
 * An Act's abbreviation standing for its name right beside a law (or a
 * bill), as its
 * name stands: after it in brackets or as its popular name ("Pub. L.
 * 104-193 (HIPAA)", "Public Law 104-193, commonly referred to as
 * \"HIPAA\""), or before it ("HIPAA, Pub. L. 104-193", "HIPAA (Pub. L.
 * ...)").  Only there: an abbreviation elsewhere in the entry is often
 * the Act a law amended.
 */
const char *const sc_popular_words[] = { "popularly", "commonly", "also", "better", "generally",
                                         "widely", "often", "usually", NULL };

/* The words of a popular name's phrase, sc_popular_words and these, by
 * first letter (sc_words), set before main(). */
static const char *const popular_phrase[] = { "popularly", "commonly", "also", "better",
                                              "generally", "widely", "often", "usually", "known",
                                              "referred", "to", "as", "called", "the", NULL };
static sc_words popular_phrase_set;

__attribute__((constructor)) static void popular_sets(void)
{
    sc_words_init(&popular_phrase_set, popular_phrase);
}

static void abbrevs_by_laws(sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    /* (a bill's too, an enacted bill's name: "The ADA (S. 933) ... was
     * signed by President ...", "S. 933 (ADA)") */
    for (uint64_t m = e->law_in | e->bill_in; m && e->nname < SC_ENTRY_NAMES; m &= m - 1) {
        int l = __builtin_ctzll(m);
        /* after: ", commonly known as the \"HIPAA\"", " (HIPAA)" */
        size_t i = blanks(b, e->ce[l], e->eo), k;
        int paren = i < e->eo && b[i] == '(';
        if (i < e->eo && (b[i] == '(' || b[i] == ','))
            i = blanks(b, i + 1, e->eo);
        for (int w = 0; w < 6 && i < e->eo; w++) { /* the popular name's words */
            size_t we = word_end(b, i, e->eo);
            if (we == i || !sc_words_in(&popular_phrase_set, b, i, we))
                break;
            i = blanks(b, we, e->eo);
        }
        size_t q = quote_end(b, i, e->eo, 0);
        if ((k = sc_entry_abbrev_end(e, q)) > q && (q > i || paren || i > blanks(b, e->ce[l], e->eo) + 1)) {
            size_t t = quote_end(b, k, e->eo, 1); /* then the end of the phrase */
            if (t == e->eo || strchr(").,;", b[t]) || (q == i && b[t] == ' ' && !paren))
                abbrev_name(e, q, k, k, 0);
        }
        /* before: "HIPAA, Pub. L. ...", "HIPAA (Pub. L. ...)" */
        size_t p = e->cs[l];
        while (p > e->so && b[p - 1] == ' ')
            p--;
        if (p > e->so && (b[p - 1] == ',' || b[p - 1] == '(')) {
            p--;
            while (p > e->so && b[p - 1] == ' ')
                p--;
            /* (with a year, "ADA of 1990, Pub. L. ...") */
            size_t ye = p;
            int year = 0;
            if (p >= e->so + 9 && memcmp(b + p - 8, " of ", 4) == 0 && is_year(b + p - 4)) {
                year = (b[p - 4] - '0') * 1000 + (b[p - 3] - '0') * 100 + (b[p - 2] - '0') * 10 +
                       (b[p - 1] - '0');
                p -= 8;
            }
            size_t s0 = p;
            while (s0 > e->so && (sc_isupper(b[s0 - 1]) || sc_isdigit(b[s0 - 1]) || b[s0 - 1] == '&'))
                s0--;
            if (s0 < p && sc_entry_abbrev_end(e, s0) == p)
                abbrev_name(e, s0, p, ye, year);
        }
    }
}

/* A name ending with the word "Resolution" or "Law" at b[ai..ae) ("War
 * Powers Resolution", "Continuing Appropriations Resolution, 2013",
 * "Megan's Law"), kept only when the tables know it: the words end more
 * that are no names ("Joint Resolution", "the concurrent resolution",
 * "state Law") than names. */
static void known_name_at(sc_entry *e, size_t ai, size_t ae)
{
    name_at(e, ai, ae);
    int k = e->nname - 1;
    if (k < 0 || e->name[k].so >= ai || e->name[k].eo < ae)
        return; /* none read, or not this one */
    const sc_ref_law *const *rows;
    sc_act_law one[1];
    const sc_name_fact *f = &e->name[k];
    if (sc_entry_name_laws(e, k, &rows) <= 0 &&
        /* (known without its year: "... Iraq Resolution of 2001", act-year's) */
        sc_act_name_laws((const char *)e->w->buf + f->so, ae - f->so, one, 1) <= 0 &&
        sc_act_name_laws((const char *)e->w->buf + f->alt_so, ae - f->alt_so, one, 1) <= 0) {
        e->name_asked[k] = 0;
        e->nname--;
    }
}

/* Is the "Act" at b[i..we) a record's label, "Act: X Act of 1998", with
 * no word of a name before it ("· Act:", "; Act:", a line's first word)? */
static int act_label(const sc_entry *e, size_t i, size_t we)
{
    const uint8_t *b = e->w->buf;
    if (we >= e->eo || b[we] != ':')
        return 0;
    size_t k = i;
    while (k > e->so && b[k - 1] == ' ')
        k--;
    return k == e->so || !(sc_isalnum(b[k - 1]) || b[k - 1] == '"' || b[k - 1] == '\'' ||
                           b[k - 1] == ')');
}

/* The name that ends in the word b[i..we) (its first letter 'A'), when
 * that word ends a name -- "Act", "ACT" (a name in capitals) or
 * "Amendments" --, read into the entry's names: 1; else 0. */
static inline int name_word_at(sc_entry *e, size_t i, size_t we)
{
    const uint8_t *b = e->w->buf;
    if (we - i == 3 && b[i + 1] == 'c' && b[i + 2] == 't' && !act_label(e, i, we))
        name_at(e, i, we);
    else if (we - i == 3 && b[i + 1] == 'C' && b[i + 2] == 'T')
        caps_name_at(e, i);
    else if (we - i == 10 && memcmp(b + i, "Amendments", 10) == 0)
        name_at(e, i, we);
    else
        return 0;
    return 1;
}

/* Is b[i..we) the word "Law" that may end a name ("Megan's Law", "Jenna
 * Quinn Law") -- not "Public Law 101-336", "Law No.", a "Law" a number
 * follows ("Private Law 98-12") or a plural? */
static inline int law_word(const sc_entry *e, size_t i, size_t we)
{
    const uint8_t *b = e->w->buf;
    if (we - i != 3 || b[i + 1] != 'a' || b[i + 2] != 'w')
        return 0;
    if (we + 1 < e->eo && b[we] == ' ' && (sc_isdigit(b[we + 1]) || b[we + 1] == 'N'))
        return 0; /* "Public Law 101-336", "Law No. 5" */
    return !(i >= 7 && (memcmp(b + i - 7, "Public ", 7) == 0 || memcmp(b + i - 7, "rivate ", 7) == 0));
}

/* The word b[i..we) "Resolution" or "Law" (law_word()) outside the
 * entry's citations: the name ending in it read, when the tables know it
 * (known_name_at()); 1.  Else 0. */
static int known_name_word_at(sc_entry *e, size_t i, size_t we)
{
    const uint8_t *b = e->w->buf;
    if (!((we - i == 10 && memcmp(b + i, "Resolution", 10) == 0) || law_word(e, i, we)) ||
        in_citation(e, i, we))
        return 0;
    known_name_at(e, i, we);
    return 1;
}

/* Reads the block of 64 bytes at b[base] with act_starts()'s bits @p m
 * and @p pc: the names at its words, the checks' words. */
static void act_block(sc_entry *e, size_t base, uint64_t m, uint64_t pc)
{
    const uint8_t *b = e->w->buf;
    for (; pc; pc &= pc - 1) { /* the checks' words (check_president.c, check_laws.c) */
        size_t i = base + (size_t)__builtin_ctzll(pc);
        if (b[i] == 'P' && i + 10 <= e->eo &&
            ((memcmp(b + i, "President", 9) == 0 &&
              (b[i + 9] == ' ' || b[i + 9] == '\n' || b[i + 9] == ':')) ||
             memcmp(b + i, "Pres. ", 6) == 0))
            e->has_president = 1; /* (a field's label too: "President: ...") */
        else if (b[i] == 'C' && i + 4 <= e->eo && b[i + 2] == 'n' && b[i + 3] == 'g')
            e->has_cong = 1;
        else if (b[i] == 'g' && i >= e->so + 2 && b[i - 1] == 'i' && (b[i - 2] | 0x20) == 's' &&
                 (i == e->so + 2 || !sc_isalpha(b[i - 3]))) /* (not "designated") */
            e->has_signed = 1; /* "signed", "signs", "signing": a signer named
                                * without the title may be near ("Clinton signed") */
        else if (b[i] == 'p' && i >= e->so + 1 && i + 7 <= e->eo && (b[i - 1] | 0x20) == 'a' &&
                 memcmp(b + i + 2, "roved", 5) == 0 && (i == e->so + 1 || !sc_isalpha(b[i - 2])))
            e->has_signed = 1; /* "approved": "Reagan approved H.R. 1" */
    }
    while (m && e->nname < SC_ENTRY_NAMES) {
        size_t i = base + (size_t)__builtin_ctzll(m);
        m &= m - 1;
        if (i > e->so && name_char(b[i - 1]))
            continue;
        size_t we = word_end(b, i, e->eo);
        if (!name_word_at(e, i, we))
            known_name_word_at(e, i, we);
    }
}

void sc_entry_gather_names(sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    if (e->eo < e->so + 3)
        return;
    /* an 'A' at i < lim leaves room for "ct"; an 'A' that does not begin
     * "Ac" or "Am" begins neither word, and one inside a word follows a
     * name's byte: passed over either way */
    size_t lim = e->eo - 2;
#ifdef __SSE2__
    int avx2 = __builtin_cpu_supports("avx2");
#else
    int avx2 = 0;
#endif
    for (size_t base = e->so; base < lim && e->nname < SC_ENTRY_NAMES;) {
        uint64_t ms[ACT_BLOCKS], pcs[ACT_BLOCKS];
        int nb = act_starts(b, base, lim, e->w->len, ms, pcs, avx2);
        for (int j = 0; j < nb && e->nname < SC_ENTRY_NAMES; j++, base += 64)
            act_block(e, base, ms[j], pcs[j]);
    }
    abbrevs_by_laws(e);
    e->words_read = e->nname < SC_ENTRY_NAMES; /* (the loop stops when the names are full) */
}

/* A name the tables know that ends at b[ne] in a word other than those the
 * names' scan reads at -- "Health Omnibus Programs Extension of 1988",
 * "Defense Production Act Extension and Reauthorization of 2008": the
 * word before its year (" of 1988", ", 1991") or its last, capitalized,
 * read as a known name's last word (known_name_at()), into *out: 1; then
 * forgotten (the entry's names are as they were); else 0. */
static int other_word_name(sc_entry *e, size_t ne, sc_name_fact *out)
{
    const uint8_t *b = e->w->buf;
    size_t p = ne;
    if (p >= e->so + 4 && sc_isdigit(b[p - 1]) && sc_isdigit(b[p - 4])) {
        if (p >= e->so + 10 && memcmp(b + p - 8, " of ", 4) == 0)
            p -= 8;
        else if (p >= e->so + 8 && b[p - 6] == ',' && b[p - 5] == ' ')
            p -= 6;
        else
            return 0;
    }
    size_t q = p;
    while (q > e->so && sc_isalpha(b[q - 1]))
        q--;
    if (p - q < 3 || !sc_isupper(b[q]) || (q > e->so && name_char(b[q - 1])) ||
        in_citation(e, q, p))
        return 0;
    int n0 = e->nname, found = 0;
    known_name_at(e, q, p);
    if (e->nname > n0 && (e->name[n0].eo == ne || e->name[n0].tie_eo == ne)) {
        *out = e->name[n0];
        found = 1;
    }
    for (int k = n0; k < e->nname; k++)
        e->name_asked[k] = 0;
    e->nname = n0;
    return found;
}

int sc_entry_name_ending(sc_entry *e, size_t ne, sc_name_fact *out)
{
    sc_entry_need_bounds(e);
    if (ne <= e->so || ne > e->eo)
        return 0;
    int was_read = e->words_read || e->nname, found = 0;
    if (!was_read) {
        /* the nearest "Act", "Amendments", "Resolution" or "Law" word
         * before it: its name alone,
         * read as the entry's names would be, then forgotten */
        const uint8_t *b = e->w->buf;
        size_t lo = ne > e->so + 200 ? ne - 200 : e->so;
        for (size_t i = ne; i > lo;) {
            i--;
            if ((b[i] != 'A' && b[i] != 'R' && b[i] != 'L') || (i > e->so && name_char(b[i - 1])))
                continue;
            size_t we = word_end(b, i, e->eo);
            /* (in capitals too: "AMERICANS WITH DISABILITIES ACT OF 1990 (42
             * U.S.C. 2101 et seq.)"; a name the tables know: "War Powers
             * Resolution, 50 U.S.C. § 1541", "Billy's Law, 34 U.S.C. §
             * 40507") */
            if (b[i] == 'A' ? name_word_at(e, i, we) : known_name_word_at(e, i, we))
                break;
        }
    }
    for (int k = 0; k < e->nname && !found; k++)
        if (e->name[k].eo == ne || e->name[k].tie_eo == ne) {
            *out = e->name[k];
            found = 1;
        }
    const uint8_t *b = e->w->buf;
    for (int k = 0; k < e->nname && !found && b[ne - 1] == ')'; k++) {
        /* a name of its own in the bracket that ends there, the whole of
         * it: "Genocide Convention Implementation Act of 1987 (the
         * Proxmire Act), 18 U.S.C. § 1091" */
        size_t so = e->name[k].so;
        if (e->name[k].eo == ne - 1 && so > e->so &&
            (b[so - 1] == '(' || (so >= e->so + 5 && memcmp(b + so - 5, "(the ", 5) == 0))) {
            *out = e->name[k];
            found = 1;
        }
    }
    if (!found && e->nname < SC_ENTRY_NAMES)
        found = other_word_name(e, ne, out);
    if (!was_read)
        e->nname = 0;
    return found;
}
