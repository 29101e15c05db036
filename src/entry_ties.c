/*
 * entry_ties.c -- ties an entry's pages, dates and names to the law they
 * describe (entry.h).
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
 * fact stays untied, so it is never held against the law.  How prose tells
 * an enactment a clause or a sentence from the law is read in
 * entry_prose.c.
 */
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "html.h"
#include "ref_acts.h"
#include "table.h"

/* The law nearest before window offset @p at (its index), or -1; the law
 * nearest after, likewise. */
/* Is b[q] inside one of the entry's names ("Commerce, Justice, Science;
 * Energy and Water Development; and ... Appropriations Act, 2026")? */
static int in_name(const sc_entry *e, size_t q)
{
    for (int k = 0; k < e->nname; k++)
        if (e->name[k].so <= q && q < e->name[k].eo)
            return 1;
    return 0;
}

/* The entry's ';' outside brackets and names that part its items (a
 * string citation's), read once (sc_entry.semi: offsets from so). */
static void read_items(sc_entry *e)
{
    if (e->items_read)
        return;
    e->items_read = 1;
    if (e->record)
        return; /* a record's ';' part its fields, all of its one law's:
                 * "Public Law: 84-551; Enacted: 6/4/1956; President: ..." */
    const uint8_t *b = e->w->buf;
    /* most entries hold no ';' at all: memchr says so at once */
    const uint8_t *first = e->eo > e->so ? memchr(b + e->so, ';', e->eo - e->so) : NULL;
    if (!first)
        return;
    int depth = 0;
    size_t q = e->so;
    while (q < e->eo && e->nsemi < SC_GROUP_MAX) {
        /* the next ';' or bracket, 16 bytes at a time */
        uint32_t m = 0;
        size_t base = q;
#if defined(__SSE2__)
        if (q + 16 <= e->eo) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(b + q));
            __m128i hit = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(';')), _mm_cmpeq_epi8(x, _mm_set1_epi8('('))),
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(')')),
                                          _mm_cmpeq_epi8(x, _mm_set1_epi8('['))),
                             _mm_cmpeq_epi8(x, _mm_set1_epi8(']'))));
            m = (uint32_t)_mm_movemask_epi8(hit);
            q += 16;
        } else
#endif
        {
            for (size_t k = q; k < e->eo && k < q + 16; k++)
                m |= (uint32_t)(b[k] == ';' || b[k] == '(' || b[k] == ')' || b[k] == '[' || b[k] == ']')
                     << (k - q);
            q = q + 16 < e->eo ? q + 16 : e->eo;
        }
        for (; m && e->nsemi < SC_GROUP_MAX; m &= m - 1) {
            size_t k = base + (size_t)__builtin_ctz(m);
            uint8_t ch = b[k];
            if (ch == '(' || ch == '[')
                depth++;
            else if (ch == ')' || ch == ']')
                depth = depth > 0 ? depth - 1 : 0;
            else if (depth == 0 && !in_name(e, k))
                e->semi[e->nsemi++] = (uint32_t)(k - e->so);
        }
    }
}

/* Is the fact at b[at] in another item than law @p l -- a ';' outside
 * brackets between them -- whose item names a law of its own by an Act's
 * name or a bill ("...; 112 Stat. 3040, October 30, 1998, Dutch John ...
 * Act of 1998 (...)")?  Then it is that item's fact.  (An item of a law
 * number only, as the Code's credits write them -- "...; Oct. 9, 1962,
 * Pub. L. 87-761, § 1, 76 Stat. 760" -- is tied as before.) */
static int in_other_item_read(sc_entry *e, int l, size_t at, int laws);
/* (inline: an entry whose items are read and are one, most, answers 0
 * without a call -- asked of each date and page) */
static inline int in_other_item_of(sc_entry *e, int l, size_t at, int laws)
{
    if (e->items_read && !e->nsemi)
        return 0;
    return in_other_item_read(e, l, at, laws);
}
#define ITEM_LAWS 1
#define ITEM_PAGES 2

static int in_other_item(sc_entry *e, int l, size_t at)
{
    return in_other_item_of(e, l, at, 0);
}

/* Are b[a] and b[z] in two items of the entry (a ';' outside brackets and
 * names between them)? */
static int items_apart(sc_entry *e, size_t a, size_t z)
{
    read_items(e);
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

/* in_other_item(), and with @p laws (ITEM_LAWS) the fact's item may name
 * its law by its number too ("...; 102 Stat. 985, August 17, 1988, 100th
 * Congress (enacted as Pub. L. 100-398)"), with ITEM_PAGES by its page
 * ("...; X Act of 1970, 84 Stat. 1770 (approved by President Nixon,
 * 1970)": read before the entry's names are, when it cites no law). */
static int in_other_item_read(sc_entry *e, int l, size_t at, int laws)
{
    read_items(e);
    if (!e->nsemi)
        return 0;
    size_t a = (at < cstart(e, l) ? at : cend(e, l)) - e->so, z = (at < cstart(e, l) ? cstart(e, l) : at) - e->so;
    int i = 0;
    while (i < e->nsemi && e->semi[i] < a)
        i++;
    if (i >= e->nsemi || e->semi[i] >= z)
        return 0; /* one item */
    /* the fact's item */
    size_t rel = at - e->so;
    int j = 0;
    while (j < e->nsemi && e->semi[j] < rel)
        j++;
    size_t lo = j ? e->so + e->semi[j - 1] + 1 : e->so, hi = j < e->nsemi ? e->so + e->semi[j] : e->eo;
    for (int k = 0; k < e->nname; k++)
        if (e->name[k].so >= lo && e->name[k].so < hi)
            return 1;
    for (int k = 0; k < e->n; k++)
        if (k != l && (e->kind[k] & SC_EK_IN) && e->cs[k] >= lo && e->cs[k] < hi &&
            (e->c[k].type == SC_BILL || ((laws & ITEM_LAWS) && sc_is_law(&e->c[k])) ||
             ((laws & ITEM_PAGES) && e->c[k].type == SC_STAT)))
            return 1;
    return 0;
}

static int law_before(const sc_entry *e, size_t at)
{
    int best = -1;
    size_t best_e = 0;
    for (uint64_t m = e->law_in; m; m &= m - 1) { /* the laws in the window, in order */
        int i = __builtin_ctzll(m);
        if (e->cs[i] >= at && e->in_order)
            break; /* it and the laws after it end past at */
        size_t t = e->ce[i];
        if (t <= at && (best < 0 || t > best_e)) {
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
    for (uint64_t m = e->law_in; m; m &= m - 1) {
        int i = __builtin_ctzll(m);
        size_t s = e->cs[i];
        if (s >= at && (best < 0 || s < best_s)) {
            best = i;
            best_s = s;
            if (e->in_order)
                break; /* the laws after it begin no sooner */
        }
    }
    return best;
}

static int nlaws(const sc_entry *e)
{
    return e->nlaw;
}

/* The group index of the entry's first law in the window, or -1. */
static int first_law(const sc_entry *e)
{
    return e->law_in ? __builtin_ctzll(e->law_in) : -1;
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

/* Does "at" or "in" stand right before the page at b[s] ("It's at 103
 * Stat. 15", "printed in 92 Stat. 883")? */
static int page_at_word(const uint8_t *b, size_t lo, size_t s)
{
    return s >= lo + 4 && b[s - 1] == ' ' && b[s - 4] == ' ' &&
           ((b[s - 3] == 'a' && b[s - 2] == 't') || (b[s - 3] == 'i' && b[s - 2] == 'n'));
}

/* The page at b[s] after "is" or "was" ("Its Statutes at Large citation is
 * 69 Stat. 339"), or "at", "in" (page_at_word()): words that give it. */
static int page_is_word(const uint8_t *b, size_t lo, size_t s)
{
    return page_at_word(b, lo, s) ||
           (s >= lo + 4 && b[s - 1] == ' ' && b[s - 4] == ' ' && b[s - 3] == 'i' && b[s - 2] == 's') ||
           (s >= lo + 5 && b[s - 1] == ' ' && b[s - 5] == ' ' && b[s - 4] == 'w' && b[s - 3] == 'a' &&
            b[s - 2] == 's');
}

/* Does the period at b[q] close a sentence that ends in a quoted name,
 * a blank and a capital after it ("... enacted the “X Act”. It was ...")? */
static int quote_period(const uint8_t *b, size_t lo, size_t q, size_t hi)
{
    int closes = (q >= lo + 3 && b[q - 3] == 0xe2 && b[q - 2] == 0x80 && b[q - 1] == 0x9d) ||
                 (q > lo && b[q - 1] == '"');
    return closes && q + 2 < hi && b[q + 1] == ' ' && sc_isupper(b[q + 2]);
}

/* May b[from..to) stand between a page and its law across one sentence's
 * end, the next sentence telling back of the law (sc_ctx_tells_back):
 * "... which is found at 99 Stat. 373. The Act was enacted as Pub.L.
 * 99-89" -- the bytes before the period and after the next sentence's
 * subject, each filler of @p allow? */
static int told_across(const sc_entry *e, size_t from, size_t to, unsigned allow)
{
    const uint8_t *b = e->w->buf;
    for (size_t q = from; q < to; q++) {
        if (b[q] != '.' || !(sc_ctx_period_ends(e->w, q) || quote_period(b, from, q, to)))
            continue;
        size_t j = blanks(b, q + 1, to);
        if (j >= to || (q > from && !sc_entry_filler(e, from, q, allow, NULL)) ||
            !sc_ctx_tells_back(b, e->w->len, j))
            return 0;
        /* past the subject that calls back: "The measure is cited as" */
        size_t k = sc_ctx_back_subject(b, e->w->len, j);
        return sc_entry_filler(e, k > j && k <= to ? k : j, to, allow, NULL);
    }
    return 0;
}

/* Where the words that say where the law is printed begin, when they end
 * at b[s] (not before @p lo) -- "at" or "in" after at most five of
 * "printed", "published", "reprinted", "reported", "found", "located", "appears",
 * "is", "can", "be", "you'll", "find", "it", "it's", "and" (one of them a
 * verb of where, or "it's"/"it is"): "and is printed at ", "appears at ",
 * "you'll find it at ", "it's at ", "is published in "; else s. */
static size_t printed_at(const uint8_t *b, size_t lo, size_t s)
{
    static const char *const where[] = { "printed", "published", "reprinted", "reported", "found",
                                         "find", "located", "appears", "appear", NULL };
    static const char *const glue[] = { "is", "are", "can", "may", "be", "will", "you", "one",
                                        "it", "and", "also", "readers", NULL };
    if (!page_at_word(b, lo, s))
        return s;
    size_t start = s, i = s - 4;
    int verb = 0, it = 0;
    for (int words = 0; words < 5; words++) {
        size_t we = i, ws = i;
        int apos = 0; /* "you'll", "it's", with ' or U+2019 */
        while (ws > lo) {
            if (sc_isalpha(b[ws - 1]))
                ws--;
            else if (b[ws - 1] == '\'' && ws - 1 > lo && sc_isalpha(b[ws - 2]))
                ws--, apos = (int)(we - ws);
            else if (ws >= lo + 4 && b[ws - 1] == 0x99 && b[ws - 2] == 0x80 && b[ws - 3] == 0xe2 &&
                     sc_isalpha(b[ws - 4]))
                ws -= 3, apos = (int)(we - ws);
            else
                break;
        }
        if (ws == we)
            break;
        size_t stem = apos ? we - (size_t)apos : we; /* the word before its ' */
        int is_where = sc_word_in(b, ws, we, where), is_glue = sc_word_in(b, ws, stem, glue);
        if (!is_where && !is_glue)
            break;
        verb |= is_where;
        it |= stem - ws == 2 && b[ws] == 'i' && b[ws + 1] == 't' && (apos || words > 0);
        start = ws;
        if (ws == lo || b[ws - 1] != ' ')
            break;
        i = ws - 1;
    }
    return verb || it ? start : s;
}


/* Is b[t..a) ", " alone, or with the group's bills between (", H.R. 4440,
 * "): "109 Stat. 2577, H.R.4440, Pub. L. No. 109-135"? */
static int commas_to(const sc_entry *e, size_t t, size_t a)
{
    const uint8_t *b = e->w->buf;
    while (t + 2 <= a && b[t] == ',' && b[t + 1] == ' ') {
        t += 2;
        if (t == a)
            return 1;
        int bill = 0;
        for (uint64_t m = e->bill_in; m && !bill; m &= m - 1) {
            int k = __builtin_ctzll(m);
            if (e->cs[k] == t) {
                t = e->ce[k];
                bill = 1;
            }
        }
        /* or the page's pin: "115 Stat. 923, 935, Pub. L. 107-96" */
        for (uint64_t m = e->stat_in; m && !bill; m &= m - 1) {
            int k = __builtin_ctzll(m);
            if (e->cs[k] == t && (e->c[k].wording & SC_W_LIST_ITEM)) {
                t = e->ce[k];
                bill = 1;
            }
        }
        if (!bill)
            return 0;
    }
    return 0;
}

/* Does the page at b[s] open an item of the entry: right after its start
 * (and its marker), a line's, a ';' or an opening bracket (blanks between)? */
static int item_head(const sc_entry *e, size_t s)
{
    /* (after a signal: "See 118 Stat. 801, Pub. L. 108-270; ...") */
    static const char *const signals[] = { "See, e.g.,", "See also", "see also", "See", "see",
                                           "Cf.", "cf.", "E.g.,", "e.g.,", "But see", "Accord",
                                           NULL };
    const uint8_t *b = e->w->buf;
    while (s > e->so && (b[s - 1] == ' ' || b[s - 1] == '\t'))
        s--;
    /* (each signal ends in one of these pairs: "ee", "so", ".,", "f.", "rd") */
    uint8_t z = s > e->so ? b[s - 1] : 0, y = s > e->so + 1 ? b[s - 2] : 0;
    size_t n = (z == 'e' && y == 'e') || (z == 'o' && y == 's') || (z == ',' && y == '.') ||
                       (z == '.' && y == 'f') || (z == 'd' && y == 'r')
                   ? sc_phrase_before(b, e->so, s, signals)
                   : 0;
    if (n && (s - n == e->so || !sc_isalpha(b[s - n - 1]))) {
        s -= n;
        while (s > e->so && (b[s - 1] == ' ' || b[s - 1] == '\t'))
            s--;
    }
    /* (a list marker ends within twelve bytes of the entry's start:
     * sc_ctx_marker_end() is asked only there) */
    return s == e->so || b[s - 1] == ';' || b[s - 1] == '\n' || b[s - 1] == '(' || b[s - 1] == '[' ||
           (s <= e->so + 12 && s == sc_ctx_marker_end(b, e->so, e->eo));
}

/* Is b[from..to) inside one item: no ';' outside brackets opened in it? */
static int in_item(const sc_entry *e, size_t from, size_t to)
{
    const uint8_t *b = e->w->buf;
    int depth = 0;
    for (size_t q = from; q < to; q++) {
        depth += (b[q] == '(' || b[q] == '[') - (b[q] == ')' || b[q] == ']');
        if (depth < 0 || (b[q] == ';' && depth == 0) || (b[q] == '\n' && q + 1 < to && b[q + 1] == '\n'))
            return 0;
    }
    return 1;
}

/* Is law @p a the one law, and no other page, in the parenthesis that
 * opens right after page @p i and its pins? */
static int paren_law(const sc_entry *e, int i, int a)
{
    const uint8_t *b = e->w->buf;
    size_t t = e->ce[i];
    for (int k = i + 1; k < e->n && (e->c[k].wording & SC_W_LIST_ITEM) &&
                        e->c[k].type == SC_STAT && (e->kind[k] & SC_EK_IN);
         k++)
        t = e->ce[k]; /* past its pins: ", 386" */
    size_t q = t;
    while (q < e->eo && b[q] == ' ')
        q++;
    size_t la = cstart(e, a);
    if (q >= la || b[q] != '(' || !sc_paren_open(b, q, la))
        return 0;
    for (int k = 0; k < e->n; k++)
        if (k != a && (e->kind[k] & SC_EK_IN) && e->cs[k] > q && e->cs[k] < la &&
            (sc_is_law(&e->c[k]) || (e->c[k].type == SC_STAT && !(e->c[k].wording & SC_W_LIST_ITEM))))
            return 0;
    /* not a law the page's law acted on: "(amending Pub.L. 100-64)" */
    return !sc_entry_acted_on(b, q, la);
}

int sc_entry_acted_on(const uint8_t *b, size_t lo, size_t hi)
{
    static const char *const stems[] = { "amend", "Amend", "repeal", "Repeal", "supersed",
                                         "extend", "revis", "replac", "redesignat", "transfer",
                                         NULL };
    for (int k = 0; stems[k]; k++)
        if (sc_find_text(b + lo, hi - lo, stems[k], strlen(stems[k])))
            return 1;
    return 0;
}

/* Has the entry one Statutes at Large page (its pins aside)? */
static int one_page(const sc_entry *e)
{
    int n = 0;
    for (uint64_t m = e->stat_in; m; m &= m - 1)
        n += !(e->c[__builtin_ctzll(m)].wording & SC_W_LIST_ITEM);
    return n == 1;
}

/* Does the bracket that holds law @p a close right after it? */
static int law_closes_bracket(const sc_entry *e, int a)
{
    const uint8_t *b = e->w->buf;
    size_t k = cend(e, a);
    while (k < e->eo && b[k] == ' ')
        k++;
    return k < e->eo && (b[k] == ')' || b[k] == ']');
}

/* Is law @p a the one law of the string citation's item that holds the
 * page at b[s], the item's one page ("...; 102 Stat. 2609, 2635, approved
 * October 24, 1988, S. 2479, Pub. L. 100-525, X Act of 1988; ...")?  The
 * entry's one law and one page are their own item. */
static int item_of_page(sc_entry *e, int a, size_t s)
{
    if (nlaws(e) == 1)
        return one_page(e);
    size_t lo, hi;
    if (!sc_entry_item_of(e, a, &lo, &hi, 1) || s < lo || s >= hi)
        return 0;
    int n = 0;
    for (uint64_t m = e->stat_in; m; m &= m - 1) {
        int k = __builtin_ctzll(m);
        n += !(e->c[k].wording & SC_W_LIST_ITEM) && e->cs[k] >= lo && e->ce[k] <= hi;
    }
    return n == 1;
}

/* Does a provision's designator stand in b[from..to) -- a section sign,
 * "sec.", "title", "div.", "part", ... (a pin of the law's: its page may be
 * that provision's) -- not only words a pin walk passes that name no
 * provision ("Stat.:", a label; "No.", "at")? */
static int provision_between(const sc_entry *e, size_t from, size_t to)
{
    static const char *const words[] = { "title", "titles", "div", "division", "subtitle",
                                         "subdiv", "ch", "chap", "chapter", "pt", "part",
                                         "sec", "secs", "section", "sections", "subsec",
                                         "par", "para", "art", "subch", "subchapter", "tit",
                                         "subtit", "subpt", "subdivision", "cl", "subcl",
                                         "subpar", "sched", "app", NULL };
    const uint8_t *b = e->w->buf;
    return (to > from && memchr(b + from, 0xa7, to - from)) || sc_word_among(b, from, to, words);
}

/* Is a page of the entry, not tied to law @p l, between that law and b[to]? */
static int foreign_page_between(const sc_entry *e, int l, size_t to)
{
    for (uint64_t m = e->stat_in; m; m &= m - 1) {
        int q = __builtin_ctzll(m);
        if (e->cs[q] >= cend(e, l) && e->ce[q] <= to && e->law_of[q] != l)
            return 1;
    }
    return 0;
}

/* Is page @p st of another volume than law @p l's own page (the tables)? */
static int other_volume(const sc_entry *e, int l, const sc_citation *st)
{
    const sc_ref_law *row = sc_law_row(&e->c[l]);
    int v, p;
    return row && row->stat_volume > 0 && sc_stat_vol_page(st, &v, &p) && v != row->stat_volume;
}

/* Past the ')' of the bracket that holds the page at b[s..t) alone ("at"
 * before it at most, its pins and a bill item after it): "Veterans'
 * Benefits Act of 1992 (at 107 Stat. 4320) is PL 102-568", "(at 95 Stat.
 * 1070, 1072)", "(74 Stat. 473, 475; enacting H. R. 11389)" -- else 0. */
static size_t page_alone_in_bracket(const sc_entry *e, size_t s, size_t t)
{
    const uint8_t *b = e->w->buf;
    size_t q = s;
    if (q >= e->so + 4 && memcmp(b + q - 3, "at ", 3) == 0)
        q -= 3;
    if (q <= e->so || b[q - 1] != '(')
        return 0;
    for (int i = 0; i < e->n; i++) /* (its pins: in the order of the text) */
        if ((e->kind[i] & SC_EK_IN) && e->c[i].type == SC_STAT &&
            (e->c[i].wording & SC_W_LIST_ITEM) && e->cs[i] >= t && e->cs[i] <= t + 3 &&
            b[t] == ',')
            t = e->ce[i];
    /* (and its law's bill, an item of its own: "(74 Stat. 473, 475; enacting
     * H. R. 11389) is cited as Pub.L. 86-642") */
    static const char *const enacting[] = { "enacting ", "originally ", NULL };
    size_t k = blanks(b, t, e->eo);
    if (k < e->eo && b[k] == ';') {
        k = blanks(b, k + 1, e->eo);
        k += sc_phrase_at(b, k, e->eo, enacting);
        for (uint64_t m = e->bill_in; m; m &= m - 1)
            if (e->cs[__builtin_ctzll(m)] == k)
                t = e->ce[__builtin_ctzll(m)];
    }
    while (t < e->eo && b[t] == ' ')
        t++;
    return t < e->eo && b[t] == ')' ? t + 1 : 0;
}

void sc_entry_tie_pages(sc_entry *e)
{
    int head = -1; /* the last page read, not a pin: its pins are its law's */
    for (int i = 0; i < e->n; i++) {
        sc_citation *st = &e->c[i];
        size_t s, t;
        if (st->type != SC_STAT || !sc_entry_span(e->w, st, &s, &t))
            continue;
        if (st->wording & SC_W_LIST_ITEM) {
            /* a pin page is its head's: "...; 95 Stat. 1213, 1235, Pub. L.
             * No. 97-98" -- 1235 is of 97-98 with 1213, not of the law
             * before the ';' */
            if (head >= 0 && e->c[head].type == SC_STAT && !strcmp(e->c[head].volume, st->volume))
                e->law_of[i] = e->law_of[head];
            continue;
        }
        head = i;
        int l = law_before(e, s);
        /* a page that opens an item, the item's law right after it: "P.L.
         * 96-103 (...); 79 Stat. 582, P.L. 89-145 (...)" -- that law's */
        int a0 = l >= 0 && item_head(e, s) ? law_after(e, t) : -1;
        if (a0 >= 0 && in_item(e, t, cstart(e, a0)))
            l = -1; /* (or anywhere in its item: "; 101 Stat. 92, 95 (approved ..., enacted
                     * as Pub.L. 100-6)") */
        else if (l >= 0 && in_other_item_of(e, l, s, 1))
            l = -1; /* "...; 112 Stat. 3040, ..., Dutch John ... Act of 1998": its
                     * item's own Act's; "...; 92nd Congress, 86 Stat. 770 (enacted
                     * as Pub. L. No. 92-464)": its item's own law's */
        unsigned used = 0;
        const unsigned allow =
            F_STAT | F_BILL | F_DATE | F_PINS | F_SEMI | F_BAR | F_NAME | F_PAREN;
        int paren_after = 0;
        if (l < 0 && e->record && first_law(e) >= 0) {
            /* a record's or a table row's page, before its one law or after:
             * that law's ("128 Stat. 1913,Pub.L. 113-181"; "Statutes at
             * Large: 72 Stat. 293" / "Pub.L. 85-102") */
            l = first_law(e);
            paren_after = 1;
        } else if (l < 0) {
            /* "104 Stat. 327 (Pub. L. 101-336)": the law in brackets right
             * after its page, when no law comes before it */
            int a = law_after(e, t);
            size_t q = t;
            while (a >= 0 && q < cstart(e, a)) {
                /* the Bluebook's year between: "110 Stat. 1936 (1996) (Pub. L. 104-191)" */
                int k = entry_date_at(e, q);
                if (k >= 0 && e->date[k].ymd % 10000 == 0 && e->date[k].eo < cstart(e, a))
                    q = e->date[k].eo;
                else if (e->w->buf[q] == ' ' || e->w->buf[q] == '(')
                    q++;
                else
                    break;
            }
            /* or the entry's one law right after a comma: "Act of May 22,
             * 1928, ch. 681, 45 Stat. 704, Pub. L. No. 70-469" */
            int comma_after = a >= 0 && (nlaws(e) == 1 || item_head(e, s)) &&
                              commas_to(e, t, cstart(e, a));
            /* or the entry's one law and its one page, the words between
             * telling one enactment: "... Act of 1996, 100 Stat. 3864,
             * became Pub. L. No. 104-319", "(100 Stat. 3531) is Public Law
             * 99-556", "is found at 108 Stat. 1755, 1905, began as H. R.
             * 3448 and is PL 104-188" */
            unsigned used2 = 0;
            const unsigned told_allow = F_STAT | F_BILL | F_DATE | F_PINS | F_NWORD | F_DWORD |
                                        F_CONG | F_NAME | F_INSEMI | F_ENACT | F_BAR;
            size_t pb = page_alone_in_bracket(e, s, t); /* "(at 107 Stat. 4320) is PL ..." */
            int told = !comma_after && a >= 0 && item_of_page(e, a, s) &&
                       (sc_entry_filler(e, t, cstart(e, a), told_allow, &used2) ||
                        told_across(e, t, cstart(e, a), told_allow) ||
                        (pb && pb <= cstart(e, a) &&
                         (sc_entry_filler(e, pb, cstart(e, a), told_allow, &used2) ||
                          /* "... Act, 1970 (at 93 Stat. 338). The law was enacted
                           * as Public Law No. 91-145." */
                          told_across(e, pb, cstart(e, a), told_allow))));
            /* or the one law in the parenthesis that opens right after the
             * page and its pins, its facts before it: "101 Stat. 381, 386
             * (signed by President Ronald Reagan; enacted as Pub.L. 100-64)" */
            int in_paren = !comma_after && !told && a >= 0 && paren_law(e, i, a);
            /* or the one law of a bracket of the law's facts alone, the page
             * first, a semicolon between: "X Act (95 Stat. 1135, 1147;
             * Pub.L. 97-88)", "(98 Stat. 149, 150; enacted as Pub. L.
             * 98-265)" (sc_entry_items_open: only pages, bills and
             * punctuation between the bracket and the law's words) */
            static const char *const enacted_as[] = { "enacted as ", "became ", NULL };
            size_t io = !comma_after && !told && !in_paren && a >= 0 && item_of_page(e, a, s)
                            ? sc_entry_items_open(e, cstart(e, a) - sc_phrase_before(e->w->buf, e->so,
                                                                                     cstart(e, a),
                                                                                     enacted_as))
                            : SIZE_MAX;
            int in_items = io != SIZE_MAX && io < s && law_closes_bracket(e, a);
            if (!comma_after && !told && !in_paren && !in_items &&
                (a < 0 || q != cstart(e, a) || q == t || e->w->buf[q - 1] != '('))
                continue;
            l = a;
            paren_after = 1;
        }
        /* the entry's one law, described before its page: "Public Law
         * 111-191, passed by the 111th Congress and approved June 15, 2010;
         * 124 Stat. 1278", "P.L. 106-156, popularly known as the X Act of
         * 1999, 113 Stat. 1741" */
        /* "... and is printed at 92 Stat. 469", "appears at 134 Stat. 158":
         * the page's own words, passed over for the entry's one law */
        size_t s2 = nlaws(e) == 1 ? printed_at(e->w->buf, cend(e, l), s) : s;
        size_t ilo, ihi; /* (or the one law of its item of a string citation, the page
                          * in that item, its bill too: "...; Public Law 101-337, enacted
                          * July 27, 1990, 105 Stat. 379; ...", "Pub. L. No. 86-640,
                          * enacted July 12, 1960, H. R. 5098, 74 Stat. 478; ...") */
        if (!paren_after && !sc_entry_filler(e, cend(e, l), s, allow, &used) &&
            !((nlaws(e) == 1 || (sc_entry_item_of(e, l, &ilo, &ihi, 1) && t <= ihi)) &&
              sc_entry_filler(e, cend(e, l), s2, allow | F_DWORD | F_CONG | F_NWORD | F_ENACT,
                              &used)) && /* (its bill's words: "..., which was enacted from
                                          * H.R. 3473, appears at 73 Stat. 374") */
            !e->record && !(page_is_word(e->w->buf, e->so, s) && sc_entry_told_back(e, s, l)))
            continue; /* (a record's page is its one law's: "Statutes at Large 128 Stat. 2393") */
        if (!paren_after && (used & F_SEMI) && nlaws(e) > 1 && other_volume(e, l, st))
            continue; /* a string citation's item a page opens, of another volume than
                       * the law of the item before: "...; PL 106-264, HR 3519; 65 Stat.
                       * 387 (October 11, 1951, ...)" -- another authority, not that
                       * law's page ("Pub. L. 104-191; 110 Stat. 1936; Pub. L. ..." is) */
        e->law_of[i] = (int8_t)l;
        if (e->stat_of[l] < 0) {
            e->stat_of[l] = (int8_t)i;
            /* a section pin between ("sec. 33, 84 Stat. 1620": the walk
             * above took a pin), or "section 2 of Pub. L. ..." before the
             * law: the page of that provision, which need not be the law's
             * first */
            e->stat_pinned[l] = ((used & F_PINS) && provision_between(e, cend(e, l), s)) ||
                                section_before(e, cstart(e, l));
        }
        if (e->stat_heads[l] < 255)
            e->stat_heads[l]++;
    }
}

/* Are b[a] and b[z] inside one bracket, opened before a and not closed
 * between ("(enacted Aug. 20, 1958; Pub. L. 85-458)")? */
static int one_bracket(const sc_entry *e, size_t a, size_t z)
{
    const uint8_t *b = e->w->buf;
    int depth = 0;
    for (size_t q = e->so; q < a; q++)
        depth += (b[q] == '(' || b[q] == '[') - (b[q] == ')' || b[q] == ']');
    int da = depth;
    if (da <= 0)
        return 0; /* in no bracket at a: nothing between can change that */
    for (size_t q = a; q < z; q++) {
        depth += (b[q] == '(' || b[q] == '[') - (b[q] == ')' || b[q] == ']');
        if (depth < da)
            return 0;
    }
    return da > 0;
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


/* The law whose page ends right before b[so], only a comma between ("118
 * Stat. 1135, August 2, 2004"), the page tied to it; SIZE_MAX when none. */
static size_t page_right_before(const sc_entry *e, size_t so)
{
    const uint8_t *b = e->w->buf;
    for (uint64_t m = e->stat_in; m; m &= m - 1) {
        int q = __builtin_ctzll(m);
        if (e->ce[q] < so && so - e->ce[q] <= 3 && b[e->ce[q]] == ',' &&
            comma_only(b, e->ce[q], so) && e->law_of[q] >= 0)
            return (size_t)e->law_of[q];
    }
    return SIZE_MAX;
}

/* Are the entry's dates in [from, to) all years alone ("(2010)"), and is
 * there one? */
static int years_only_between(const sc_entry *e, size_t from, size_t to)
{
    int n = 0;
    for (int k = 0; k < e->ndate; k++)
        if (e->date[k].so >= from && e->date[k].so < to) {
            if (e->date[k].ymd % 10000)
                return 0;
            n++;
        }
    return n > 0;
}

/* Is b[so..eo) quoted whole: an opening quotation mark right before it
 * and a closing one right after ("“December 16, 1987”", "\"1990\"";
 * quote_end's marks)? */
static int quoted(const uint8_t *b, size_t lo, size_t hi, size_t so, size_t eo)
{
    int open = (so > lo && quote_end(b, so - 1, so, 0) == so) ||
               (so >= lo + 3 && quote_end(b, so - 3, so, 0) == so);
    if (!open || quote_end(b, eo, hi, 1) == eo)
        return 0;
    /* a CSV cell's quotes are no quotation: '"P.L. 111-5","2/17/2010",' --
     * a straight '"' right after a field's start (a ',' or a tab, or the
     * line's start) and right before its end */
    if (b[so - 1] == '"' && b[eo] == '"' &&
        (so - 1 == 0 || b[so - 2] == ',' || b[so - 2] == '\t' || b[so - 2] == '\n') &&
        (eo + 1 >= hi || b[eo + 1] == ',' || b[eo + 1] == '\t' || b[eo + 1] == '\r' ||
         b[eo + 1] == '\n'))
        return 0;
    return 1;
}

/* Is the word right before b[so] one that a law does to another by its
 * enactment ("amended", "repealed", "added")?  Then a date between it and
 * the law ("amended November 8, 1984, P.L. 98-620") is the law's. */
static int amended_before(const sc_entry *e, size_t so)
{
    static const char *const words[] = { "amended", "repealed", "added", "redesignated",
                                         "renumbered", "transferred", NULL };
    return word_before_in(e, so, words);
}

/* Do the words before law @p l (at most 160 bytes back, in the entry) ask
 * for its enactment date -- "enactment" or "enacted", and no "effective"? */
static int enactment_of(const sc_entry *e, int l)
{
    static const char *const enact[] = { "enactment", "enacted", NULL };
    static const char *const effective[] = { "effective", NULL };
    size_t to = cstart(e, l), from = to > e->so + 160 ? to - 160 : e->so;
    return sc_word_among(e->w->buf, from, to, enact) &&
           !sc_word_among(e->w->buf, from, to, effective);
}

/* Where the clause that ends at b[colon] begins: past the last line end,
 * HTML block or sentence's end (". ") before it, looking back 160 bytes at
 * most and not before @p lim (memrchr for each: no walk a byte at a time). */
static size_t clause_start(const uint8_t *b, size_t lim, size_t colon)
{
    size_t lo = colon > lim + 160 ? colon - 160 : lim, cs = lo;
    const uint8_t *p = memrchr(b + lo, '\n', colon - lo);
    if (p)
        cs = (size_t)(p - b) + 1;
    p = memrchr(b + cs, SC_HTML_BREAK, colon - cs);
    if (p)
        cs = (size_t)(p - b) + 1;
    for (size_t end = colon > cs ? colon - 1 : cs;
         end > cs && (p = memrchr(b + cs, '.', end - cs)) != NULL; end = (size_t)(p - b))
        if (p[1] == ' ')
            return (size_t)(p - b) + 1;
    return cs;
}

/* Does the lead-in of the list this entry is in say its dates are days
 * of something else than the laws' enactment (asked of a date written
 * right after its law, or right before it)?  "Since ratification, the
 * following days for assembling have been established: Public Law 74-120,
 * Jan. 5, 1937; Public Law 77-395, Jan. 5, 1942; ..." (the House Manual):
 * the clause before the last ':' of the paragraph before the date names
 * "days" or "dates" and no enactment.  Read once an entry. */
static int lead_names_dates(sc_entry *e, size_t so)
{
    static const char *const days[] = { "days", "dates", "day", "date", NULL };
    static const char *const enact[] = { "enacted", "enactment", "approved", "approval",
                                         "signed", "became", "law", "laws", NULL };
    if (e->lead_dates)
        return e->lead_dates > 0;
    e->lead_dates = -1;
    const uint8_t *b = e->w->buf;
    /* (the list's lead-in is in its entry, or in the paragraph before it:
     * a long list is cut into entries) */
    size_t lim = e->so > 3000 ? e->so - 3000 : 0, colon = SIZE_MAX;
    const uint8_t *q = so > lim ? memrchr(b + lim, ':', so - lim) : NULL;
    if (!q)
        return 0;
    colon = (size_t)(q - b);
    size_t cs = clause_start(b, lim, colon); /* the clause before it */
    if (!sc_word_among(b, cs, colon, days) || sc_word_among(b, cs, colon, enact))
        return 0;
    for (const uint8_t *nl = memchr(b + colon, '\n', so - colon); nl;
         nl = memchr(nl + 1, '\n', (size_t)(b + so - nl - 1)))
        if (nl + 1 < b + so && nl[1] == '\n')
            return 0; /* not across a paragraph's end */
    if (memchr(b + colon, SC_HTML_BREAK, so - colon))
        return 0;
    e->lead_dates = 1;
    return 1;
}

/* The length of "Act of ", "resolution of " or the Code's lower-case "act "
 * right before a date at @p so (a law named by its date: "the Act of
 * August 29, 1935", "title II of act June 14, 1955"), else 0. */
static int act_named(const sc_entry *e, size_t so)
{
    const uint8_t *b = e->w->buf;
    if (so >= e->so + 7 && (b[so - 7] | 0x20) == 'a' && memcmp(b + so - 6, "ct of ", 6) == 0)
        return 7;
    if (so >= e->so + 14 && (b[so - 14] | 0x20) == 'r' && memcmp(b + so - 13, "esolution of ", 13) == 0)
        return 14;
    /* the Code's "act June 14, 1955, ch. 360" (lower case, no "of") */
    if (so >= e->so + 5 && b[so - 4] == 'a' && memcmp(b + so - 3, "ct ", 3) == 0 && b[so - 5] == ' ')
        return 4;
    return 0;
}

/* Do the tables give name @p k of the entry law @p l (among the first four
 * laws of that name)? */
static int name_is_law(sc_entry *e, int k, const sc_ref_law *l)
{
    const sc_ref_law *const *rows;
    int nr = sc_entry_name_laws(e, k, &rows);
    for (int i = 0; i < nr && i < 4; i++)
        if (rows[i] && rows[i]->congress == l->congress && rows[i]->number == l->number)
            return 1;
    return 0;
}

/* (entry.h) Then an enactment it tells, in any sentence, is that law's
 * ("The Alaska Native Claims Settlement Act (ANCSA; P.L. 92-203)
 * extinguished ...; it was signed into law on December 18, 1971"). */
int sc_entry_about_one_law(sc_entry *e)
{
    if (nlaws(e) != 1 || (!e->nname && !(e->types & 1u << SC_ACT_SECTION)))
        return 0;
    const sc_ref_law *l = sc_law_row(&e->c[first_law(e)]);
    if (!l)
        return 0;
    /* the Acts its sections are of ("In the 94th Congress, tit. III, § 309
     * of the Intelligence Authorization Act for Fiscal Year 1997 was
     * designated Public Law No. 104-293"), each that law by the tables */
    int acts = 0;
    for (int i = 0; i < e->n; i++) {
        const sc_citation *a = &e->c[i];
        if (a->type != SC_ACT_SECTION || !(e->kind[i] & SC_EK_IN) || !a->act[0])
            continue;
        sc_act_law one[2];
        if (sc_act_name_laws(a->act, strlen(a->act), one, 2) != 1 ||
            one[0].congress != l->congress || one[0].number != l->number)
            return 0;
        acts++;
    }
    if (!e->nname && !acts)
        return 0;
    for (int k = 0; k < e->nname; k++)
        if (!name_is_law(e, k, l))
            return 0;
    return 1;
}

/* The sentence of the entry that holds w->buf[so..eo): its start in *s,
 * its period (or the entry's end) in *t -- periods that end a sentence,
 * not an abbreviation's (sc_ctx_period_ends). */
static void sentence_of(const sc_entry *e, size_t so, size_t eo, size_t *s, size_t *t)
{
    const uint8_t *b = e->w->buf;
    while (so > e->so && !(b[so - 1] == '.' && sc_ctx_period_ends(e->w, so - 1)))
        so--;
    while (eo < e->eo && !(b[eo] == '.' && sc_ctx_period_ends(e->w, eo)))
        eo++;
    *s = so;
    *t = eo;
}

/* Does the sentence of date @p f name the entry's one law -- cite it, name
 * its Act, or begin with "It" or "The law" for it ("...; it was signed into
 * law on ...", "When President Johnson signed the Higher Education Act of
 * 1965 on November 18, 1965")?  (Not "section 1104(5) of this Act, as
 * enacted on October 21, 1998": another Act's.) */
static int sentence_names_law(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    size_t s, t;
    sentence_of(e, f->so, f->eo, &s, &t);
    for (uint64_t m = e->law_in; m; m &= m - 1) {
        int l = __builtin_ctzll(m);
        if (e->cs[l] >= s && e->ce[l] <= t)
            return 1;
    }
    for (int k = 0; k < e->nname; k++)
        if (e->name[k].so >= s && e->name[k].eo <= t)
            return 1;
    size_t i = blanks(b, s, t);
    static const char *const heads[] = { "It ", "The law ", "That law ", "This law ",
                                         "The measure ", "The Act ", NULL };
    for (const char *const *h = heads; *h; h++)
        if (i + strlen(*h) <= t && memcmp(b + i, *h, strlen(*h)) == 0)
            return 1;
    return 0;
}

/* Does date @p f label its line, a timeline's entry: at the line's start
 * (after a list mark), then ':' or a dash ("2000-06-30: Electronic
 * Signatures in Global and National Commerce Act (E-SIGN), P.L. 106-229")? */
static int timeline_date(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    size_t i = f->so;
    while (i > 0 && (b[i - 1] == ' ' || b[i - 1] == '\t' || b[i - 1] == '*' || b[i - 1] == '-'))
        i--;
    if (i > 0 && b[i - 1] != '\n')
        return 0;
    size_t t = f->eo;
    while (t < e->eo && b[t] == ' ')
        t++;
    return t < e->eo && (b[t] == ':' || b[t] == '-' || b[t] == '|' ||
                         (b[t] == 0xe2 && t + 2 < e->eo && b[t + 1] == 0x80 &&
                          (b[t + 2] == 0x93 || b[t + 2] == 0x94)));
}

/* The bills that begin in b[from..to), when each is tied to law @p l:
 * how many (0: none, which is fine), or -1 when one is not. */
static int own_bills(const sc_entry *e, size_t from, size_t to, int l)
{
    int n = 0;
    for (uint64_t m = e->bill_in; m; m &= m - 1) {
        int k = __builtin_ctzll(m);
        if (e->cs[k] >= from && e->cs[k] < to) {
            if (e->law_of[k] != l)
                return -1;
            n++;
        }
    }
    return n;
}

/* Does b[z] stand in the parenthesis that opens right after a law ending
 * at b[ce] ("P.L. 111-224 (originally HR 5874; July 1, 2010)"), or after
 * the law's own Stat. page and its pins ("Pub.L. 87-145, 75 Stat. 382
 * (originally H.R. 4323, 27 May 1961)")? */
static int in_own_paren(const sc_entry *e, size_t ce, size_t z)
{
    const uint8_t *b = e->w->buf;
    size_t q = ce;
    for (;;) {
        while (q < z && (b[q] == ' ' || b[q] == ','))
            q++;
        int over = 0;
        for (uint64_t m = e->stat_in; m && !over; m &= m - 1) {
            int k = __builtin_ctzll(m);
            if (e->cs[k] == q && e->law_of[k] >= 0 && cend(e, e->law_of[k]) == ce) {
                q = e->ce[k];
                over = 1;
            }
        }
        /* (and the law's name right after them: "Public Law No. 101-271,
         * 104 Stat. 135, the X Act of 1990 (originally S. 388; ...; May 9,
         * 1990)") */
        size_t qn = q + 4 <= z && memcmp(b + q, "the ", 4) == 0 ? q + 4 : q;
        for (int k = 0; k < e->nname && !over; k++)
            if (e->name[k].so == qn && q > ce && e->name[k].eo < z) {
                q = e->name[k].eo;
                over = 1;
            }
        if (!over)
            break;
    }
    return q < z && b[q] == '(' && one_bracket(e, q + 1, z);
}

/* The bill whose own bracket holds the date @p f alone, opened right
 * after it: "HR 1415 (October 28, 1991)"; -1 when none. */
static int bill_paren_of(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    size_t q = f->so, z = f->eo;
    while (q > e->so && b[q - 1] == ' ')
        q--;
    while (z < e->eo && b[z] == ' ')
        z++;
    if (q <= e->so || b[q - 1] != '(' || z >= e->eo || b[z] != ')')
        return -1;
    q--;
    while (q > e->so && b[q - 1] == ' ')
        q--;
    /* (its Congress between: "H.R. 1559, 108th Cong. (Oct. 28, 2007)") */
    size_t c = q;
    if (c > e->so + 6 && b[c - 1] == '.')
        c--;
    if (c >= e->so + 8 && memcmp(b + c - 8, "Congress", 8) == 0)
        c -= 8;
    else if (c >= e->so + 4 && memcmp(b + c - 4, "Cong", 4) == 0)
        c -= 4;
    if (c < q && c > e->so && b[c - 1] == ' ') {
        size_t o = c - 1;
        while (o > e->so && sc_isalpha(b[o - 1]) && c - o < 5)
            o--;
        size_t d = o;
        while (d > e->so && sc_isdigit(b[d - 1]))
            d--;
        if (d < o && d >= e->so + 2 && b[d - 1] == ' ' && b[d - 2] == ',')
            q = d - 2;
    }
    for (uint64_t m = e->bill_in; m; m &= m - 1) {
        int k = __builtin_ctzll(m);
        if (e->ce[k] == q)
            return k;
    }
    return -1;
}

static int one_bracket(const sc_entry *e, size_t a, size_t z);

/* Do Act names stand in b[from..to), each one the tables give law @p l
 * ("22 October 2008, “Clean Boating Act”, 122 Stat. 2650, Pub. L.
 * 110-288": the law's own name between its day and its number)? */
static int own_names_between(sc_entry *e, size_t from, size_t to, int l)
{
    const sc_ref_law *row = sc_law_row(&e->c[l]);
    int any = 0;
    for (int k = 0; k < e->nname && row; k++) {
        if (e->name[k].so < from || e->name[k].so >= to)
            continue;
        if (!name_is_law(e, k, row))
            return 0;
        any = 1;
    }
    return any;
}

/* Do date @p f and law @p l, after it, stand as items of one bracket, only
 * the law's own facts between ("113 Stat. 1703 (enacted October 25, 1999;
 * enacting S. 28; 106th Congress; P.L. 106-143)": its bill, its Congress)? */
int sc_entry_facts_between(const sc_entry *e, size_t from, size_t to, int l)
{
    int n = 0;
    for (uint64_t m = e->bill_in | e->stat_in; m; m &= m - 1) {
        int i = __builtin_ctzll(m);
        if (e->cs[i] < from || e->cs[i] >= to)
            continue;
        if (e->law_of[i] != l)
            return -1;
        n++;
    }
    return n;
}

static int bracket_items_then_law(const sc_entry *e, const sc_date_fact *f, int l)
{
    size_t to = cstart(e, l);
    if (!one_bracket(e, f->so, to) || sc_entry_facts_between(e, f->eo, to, l) < 0)
        return 0; /* (another law's fact between) */
    return sc_entry_filler(e, f->eo, to, F_DWORD | F_CONG | F_BILL | F_STAT | F_SEMI | F_ENACT,
                           NULL);
}

/* Does date @p f open its sentence as "On DATE, ..." ("On Oct. 15, 1986,
 * the Export-Import Bank Act Amendments of 1986 became Pub. L. 99-472")?
 * Then the words after it say what happened that day. */
static int on_date_lead(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    return f->so >= e->so + 3 && memcmp(b + f->so - 3, "On ", 3) == 0 && f->eo < e->eo &&
           b[f->eo] == ',' && sc_entry_sentence_opens(e, f->so - 3);
}

/* (entry_in.h) Does date @p f open its sentence as "On DATE, ...", a sentence that only
 * tells where a law is printed, what it is called and of which Congress
 * ("On 11/2/1970, P.L. 91-541 (H.J.Res. 1413) is reported at 84 Stat.
 * 1407", "On 1985-11-08, the X Act, 99 Stat. 293, is cited as P.L. 99-88",
 * "On September 13, 1960, sec. 1 of Pub. L. 86-599 (...) is a law of the
 * Eighty-sixth Congress")?
 * Then the day is the one event it tells, the law's enactment -- not in a
 * sentence of another act ("On May 5, 2010, Pub. L. 111-148 was amended"). */
int sc_entry_on_date_opens(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    if (f->eo + 2 > e->eo || !on_date_lead(e, f))
        return 0;
    size_t s, t;
    sentence_of(e, f->eo, f->eo, &s, &t);
    static const char *const told[] = { "appears at ", "published at ", "printed at ",
                                        "reported at ", "found at ", "cited as ",
                                        "designated as ", "designated Pub", "designated Public",
                                        "designated P", "is a law of ", NULL };
    static const char *const acted[] = { "amended", "repealed", "passed", "introduced", "vetoed",
                                         "implemented", "enforced", "extended", "expanded",
                                         "reauthorized", "revised", "modified", "suspended",
                                         "waived", "invoked", "applied", "administered", "held",
                                         "ruled", "decided", "issued", "announced", "filed",
                                         "effective", "took", "expired", "terminated", NULL };
    int said = 0;
    for (const char *const *w = told; *w && !said; w++)
        said = sc_find_text(b + f->eo, t - f->eo, *w, strlen(*w)) != NULL;
    return said && !sc_word_among(b, f->eo, t, acted);
}

/* Is date @p f an item of its own (';' or the bracket around it) in the
 * bracket where bill @p bi is said to be enacted ("X Act of 1992 (approved
 * by President George Bush; enacting H.R. 429; Aug. 7, 1992)")?  Then it is
 * the enactment's day. */
static int enacting_item_day(const sc_entry *e, int bi, const sc_date_fact *f)
{
    static const char *const enacting[] = { "enacting ", "enacted as ", NULL };
    const uint8_t *b = e->w->buf;
    size_t bs = cstart(e, bi), lo = bs < f->so ? bs : f->so, hi = bs < f->so ? f->so : bs;
    if (!sc_phrase_before(b, e->so, bs, enacting) || !one_bracket(e, lo, hi))
        return 0;
    size_t p = f->so, q = f->eo;
    while (p > e->so && b[p - 1] == ' ')
        p--;
    while (q < e->eo && b[q] == ' ')
        q++;
    return p > e->so && (b[p - 1] == ';' || b[p - 1] == '(') && q < e->eo &&
           (b[q] == ';' || b[q] == ')');
}

void sc_entry_tie_dates(sc_entry *e)
{
    int one = nlaws(e) == 1;
    const uint8_t *b = e->w->buf;
    int eb = -2; /* sc_entry_lawmaking_bill(), asked once: the bill a date of enactment
                  * dates when the entry cites no law ("H.R. 3162 (107th Congress) was
                  * signed into law on October 26, 2001") */
    for (int k = 0; k < e->ndate; k++) {
        sc_date_fact *f = &e->date[k];
        int after = law_before(e, f->so), before = law_after(e, f->eo);
        /* not a law of another item of a string citation, when the date's
         * item names its own law ("...; 84 Stat. 1108, enacted 10/23/1970,
         * Veterans' Housing Act of 1970, Public Law 91-506") */
        if (after >= 0 && in_other_item_of(e, after, f->so, 1))
            after = -1;
        if (before >= 0 && in_other_item(e, before, f->so))
            before = -1;
        int year_only = f->ymd % 10000 == 0;
        int said_before = f->role == SC_DATE_ROLE_ENACTED; /* by the words before it */
        if (f->role == SC_DATE_ROLE_NONE && after < 0 && !year_only && sc_entry_on_date_opens(e, f))
            f->role = SC_DATE_ROLE_ENACTED; /* "On 11/2/1970, P.L. 91-541 is reported at ..." */
        if (f->role == SC_DATE_ROLE_NONE && after < 0)
            f->role = (uint8_t)sc_entry_role_after(e, f->eo);
        if (f->role == SC_DATE_ROLE_NONE && !f->bare && !year_only && !e->nlaw &&
            (eb == -2 ? (eb = sc_entry_lawmaking_bill(e)) : eb) >= 0 && enacting_item_day(e, eb, f))
            f->role = SC_DATE_ROLE_ENACTED; /* "X Act of 1992 (enacting H.R. 429; Aug. 7, 1992)" */
        if (f->role == SC_DATE_ROLE_ENACTED && !f->bare && !e->nlaw &&
            (eb == -2 ? (eb = sc_entry_lawmaking_bill(e)) : eb) >= 0 && !quoted(b, e->so, e->eo, f->so, f->eo) &&
            !in_other_item_of(e, eb, f->so, ITEM_LAWS | ITEM_PAGES)) { /* (not another item's: "...(enacting HR
                                                   * 6074, 116th Congress); X Act of 1970, 84
                                                   * Stat. 1770 (approved by President Nixon,
                                                   * 1970)") */
            f->bill = (int8_t)eb; /* its enactment: check_dates.c compares the law it became */
            continue;
        }
        if (f->role == SC_DATE_ROLE_BILL) {
            f->bill = (int8_t)bill_near(e, f->so, f->eo);
            /* no bill to date: the passage of the one law after it, its
             * name between ("In 1965, Congress passed the Voting Rights Act
             * (Pub. L. 89-110)"), which cannot come after its enactment */
            if (f->bill < 0 && one && after < 0 && before >= 0 && e->passed_of[before] < 0 &&
                !quoted(b, e->so, e->eo, f->so, f->eo) && sc_entry_words_then_law(e, f, before))
                e->passed_of[before] = (int8_t)k;
            continue;
        }
        if (f->role == SC_DATE_ROLE_NONE && after < 0 && before < 0 && !year_only && e->bill_in) {
            /* a day alone in a bill's own bracket, no law in its item: a
             * step of that bill ("HR 1415 (October 28, 1991)") */
            int bi = bill_paren_of(e, f);
            if (bi >= 0) {
                f->bill = (int8_t)bi;
                continue;
            }
        }
        if (f->role == SC_DATE_ROLE_OTHER && before >= 0 && !year_only &&
            comma_only(b, f->eo, cstart(e, before)) && amended_before(e, f->so))
            f->role = SC_DATE_ROLE_NONE; /* "amended November 8, 1984, P.L. 98-620": the
                                          * amending law's own date (a compilation's notes) */
        /* the law's enactment, the law after it: "In 1997, Congress enacted" */
        int enacted_after = f->role == SC_DATE_ROLE_ENACTED && one && after < 0 && before >= 0;
        if (f->role == SC_DATE_ROLE_OTHER || (f->bare && !enacted_after))
            continue;
        size_t q = f->so;
        while (q > e->so && b[q - 1] == ' ')
            q--;
        if (q > e->so && b[q - 1] == '[' &&
            !(after >= 0 && blanks(b, cend(e, after), q - 1) == q - 1 && enactment_of(e, after)))
            continue; /* "[Dec. 31, 2005]": an editor's insertion -- of the law's own
                       * date right after it when the words before the law ask for
                       * that: "the date of enactment of the ... Act (Public Law
                       * 103-182 [Dec. 8, 1993])"; not "the effective date of Pub.
                       * L. 97-164 [Oct. 1, 1982]" */
        if (quoted(b, e->so, e->eo, f->so, f->eo))
            continue; /* "substituted “December 16, 1987” for “December 2, 1987”":
                       * quoted words, the amended text's -- no fact of a law */
        if (sc_entry_res_item_date(e, k))
            continue; /* "(sec. 10116, P.L. 105-33; H. Res. 5, Jan. 6, 1999, p. 47)":
                       * the resolution's date, in its own item */
        if (enacted_after &&
            (sc_entry_words_then_law(e, f, before) || bracket_items_then_law(e, f, before))) {
            /* "In 1997, Congress enacted the Health Insurance Portability
             * and Accountability Act (HIPAA), Pub. L. 104-191", "Enacted in
             * 1991, the ADA (Pub. L. 101-336)": a date the words give the
             * law's enactment, the law after them and its name between */
            f->law = (int8_t)before;
            if (e->date_of[before] < 0 ||
                (!year_only && e->date[(int)e->date_of[before]].ymd % 10000 == 0))
                e->date_of[before] = (int8_t)k; /* (as below) */
            continue;
        }
        int tight_before = !year_only && before >= 0 && comma_only(b, f->eo, cstart(e, before));
        /* (or the first of a bracket of the law's facts, the law closing it:
         * "the X Act (10/12/2000; Public Law No. 106-461)") */
        if (!tight_before && !year_only && before >= 0 && f->so > e->so && b[f->so - 1] == '(' &&
            cstart(e, before) > f->eo && cstart(e, before) - f->eo <= 3 && b[f->eo] == ';' &&
            blanks(b, f->eo + 1, cstart(e, before)) == cstart(e, before) && law_closes_bracket(e, before))
            tight_before = 1;
        /* (or a record's three fields, the day opening it: "10/24/1972,Rural
         * Development Act,Public Law No. 92-419") */
        for (int nk = 0; nk < e->nname && !tight_before && !year_only && before >= 0; nk++) {
            const sc_name_fact *nf = &e->name[nk];
            tight_before = nf->so > f->eo && nf->eo <= cstart(e, before) &&
                           comma_only(b, f->eo, nf->so) && comma_only(b, nf->eo, cstart(e, before)) &&
                           memchr(b + f->eo, ',', nf->so - f->eo) &&
                           memchr(b + nf->eo, ',', cstart(e, before) - nf->eo) &&
                           sc_entry_sentence_opens(e, f->so);
        }
        size_t pl; /* (the law of the page right before the day, when asked) */
        /* one walk for both: nothing but punctuation between (no class
         * used) is the tight case */
        unsigned used = 0;
        int near_after = after >= 0 &&
                         sc_entry_filler(e, cend(e, after), f->so,
                                         F_STAT | F_BILL | F_PINS | F_DWORD | F_BAR | F_SEMI | F_NAME |
                                             F_ENACT,
                                         &used);
        /* (a Congress between, spelled as written with digits: "Pub. L.
         * 106-66 (One Hundred Sixth Congress, enacted 11/09/1999)") */
        if (!near_after && after >= 0 && f->so > cend(e, after) &&
            sc_find_text(b + cend(e, after), f->so - cend(e, after), " Congress", 9))
            near_after = sc_entry_filler(e, cend(e, after), f->so,
                                         F_STAT | F_BILL | F_PINS | F_DWORD | F_BAR | F_SEMI |
                                             F_NAME | F_CONG | F_ENACT,
                                         &used);
        /* a page between, after a ';', that is not the law's: the date is of
         * the item that page opens ("PL 106-264, HR 3519; 65 Stat. 387
         * (October 11, 1951, ...)") */
        if (near_after && (used & F_SEMI) && foreign_page_between(e, after, f->so))
            near_after = 0;
        /* "made the certification referred to in section 8(a)(2) of Pub. L.
         * 105-42 on Mar. 3, 1999": a law cited for one of its sections,
         * then "on" and a date no word gives to it, dates the sentence's
         * act, not the law */
        if (near_after && used == F_DWORD && f->role == SC_DATE_ROLE_NONE &&
            section_before(e, cstart(e, after)))
            near_after = 0;
        /* "... of Public Law 91-173 (30 U.S.C. 923(b)), and section 14 of the
         * Act of August 29, 1935": a date that names an Act is that Act's,
         * not the law's before it -- but for "Public Law 85-742, Act of
         * August 23, 1958", the law's other name right after it */
        size_t named = (size_t)act_named(e, f->so);
        if (named) {
            size_t ns = f->so - named; /* where "Act of" begins, or "the Act of" */
            if (ns >= e->so + 4 && (b[ns - 4] | 0x20) == 't' && memcmp(b + ns - 3, "he ", 3) == 0)
                ns -= 4;
            if (after >= 0 && !comma_only(b, cend(e, after), ns))
                after = -1, near_after = 0;
        }
        /* (the words of where it is printed, between: "Pub. L. 88-173, which is
         * reported at 77 Stat. 305, was signed on 7/25/1963") */
        if (!near_after && after >= 0 && one && f->role == SC_DATE_ROLE_ENACTED)
            near_after = sc_entry_filler(e, cend(e, after), f->so,
                                         F_STAT | F_PINS | F_DWORD | F_NAME | F_CONG | F_NWORD, &used);
        /* ("Pub. L. 85-48 (71 Stat. 49, 51), which originated as H. R.
         * 5788, was signed on May 27, 1957", "P.L. 89-734 ... began as
         * H.R.15727 and became law on 10/04/1966": the one law's own bill
         * and where it began, then its enactment) */
        int own_paren = !near_after && after >= 0 && in_own_paren(e, cend(e, after), f->so);
        size_t ilo, ihi; /* (or the one law of the date's item of a string citation:
                          * "...; X Act, 132 Stat. 4402, Public Law 115-305 (signed by
                          * President Donald Trump, originally HR 6651, 16 October 2018)") */
        int ob = !near_after && after >= 0 && !year_only ? own_bills(e, cend(e, after), f->so, after)
                                                           : -1;
        if (ob >= 0 &&
            (f->role == SC_DATE_ROLE_ENACTED ||
             (f->role == SC_DATE_ROLE_NONE && (own_paren || ob > 0))) &&
            (one || (own_paren && sc_entry_item_of(e, after, &ilo, &ihi, 1) && f->eo <= ihi)))
            /* (a day no word gives a role, after the law's own bill and the
             * words of where it began: "Pub. L. No. 83-453, originating as
             * H.R.8367, of March 10, 1954") */
            near_after = sc_entry_filler(e, cend(e, after), f->so,
                                         F_STAT | F_BILL | F_PINS | F_DWORD | F_NAME | F_CONG | F_ENACT |
                                             (own_paren ? F_SEMI : 0) |
                                             /* "..., is printed at 116 Stat. 124, and
                                              * was signed into law on" */
                                             (f->role == SC_DATE_ROLE_ENACTED ? F_NWORD : 0),
                                         &used);
        /* ("P.L. 96-53 (Name), passed by the 96th Congress and approved
         * August 17, 1979": the Congress's passage, then the approval) */
        if (!near_after && after >= 0 && !year_only &&
            years_only_between(e, cend(e, after), f->so))
            near_after = sc_entry_filler(e, cend(e, after), f->so,
                                         F_STAT | F_BILL | F_PINS | F_DWORD | F_BAR | F_NAME | F_DATE,
                                         &used);
        if (!near_after && after >= 0 && one && !year_only && f->role == SC_DATE_ROLE_ENACTED &&
            sc_entry_appositive(e, cend(e, after), f->so))
            near_after = 1, used = F_NWORD;
        /* ("Pub. L. No. 111-148, 124 Stat. 119 (2010) (signed Mar. 23,
         * 2010)": the Bluebook's year, then the day) */
        int tight_after = near_after && used == 0;
        if (f->role == SC_DATE_ROLE_NONE && (tight_after || tight_before) && !year_only &&
            lead_names_dates(e, f->so)) {
            f->role = SC_DATE_ROLE_OTHER; /* a day the list is about */
            continue;
        }
        if (tight_before && !tight_after)
            f->law = (int8_t)before;
        else if (near_after)
            f->law = (int8_t)after;
        else if ((!year_only || f->role == SC_DATE_ROLE_ENACTED) && before >= 0 &&
                 sc_entry_filler(e, f->eo, cstart(e, before),
                                 F_DWORD | F_BAR | (f->role == SC_DATE_ROLE_ENACTED ? F_PINS : 0) |
                                     /* the law's own bill between: "103 Stat. 16,
                                      * August 2, 1989, S. 20, P.L. 101-12", its word
                                      * too: "(approved 12 October 1951, enacting H. R.
                                      * 4329, PL 82-106)" */
                                     (e->bill_in && !year_only &&
                                              own_bills(e, f->eo, cstart(e, before), before) >= 0
                                          ? F_BILL | F_ENACT
                                          : 0) |
                                     (timeline_date(e, f) ? F_NAME | F_PINS : 0) |
                                     /* the law's own name between: "22 October 2008,
                                      * “Clean Boating Act”, 122 Stat. 2650, Pub. L.
                                      * 110-288" */
                                     (!year_only && e->nname &&
                                              own_names_between(e, f->eo, cstart(e, before), before)
                                          ? F_NAME
                                          : 0) |
                                     /* the law's own page between: "10 June 1960, 74
                                      * Stat. 913, Public Law No. 86-773" */
                                     (!year_only && e->stat_in &&
                                              sc_entry_facts_between(e, f->eo, cstart(e, before),
                                                                     before) > 0
                                          ? F_STAT | F_PINS
                                          : 0) |
                                     /* (in one bracket with the law, ';' between: said to be
                                      * its enactment, or no law before the day -- "111 Stat.
                                      * 1113 (November 12, 1997; PL 105-37; ...)") */
                                     ((f->role == SC_DATE_ROLE_ENACTED || after < 0) &&
                                              one_bracket(e, f->so, cstart(e, before))
                                          ? F_SEMI : 0),
                                 NULL) &&
                 (!sc_entry_bracketed_at(e, cend(e, before)) || f->role == SC_DATE_ROLE_ENACTED))
            f->law = (int8_t)before; /* "became law on Oct. 10, 2008 (Public Law 110-387)",
                                      * "as enacted 10 February 1996, by Section 1324 of
                                      * Pub. L. 104-106"; not "designated Earth Day on
                                      * March 21, 1975 (P.L. 94-8)" */
        else if (!year_only && one && before >= 0 && f->role == SC_DATE_ROLE_ENACTED &&
                 sc_entry_prose_linked(e, f->eo, cstart(e, before)))
            f->law = (int8_t)before; /* "On July 26, 1990, the President signed ... Public Law" */
        else if (!year_only && one && before >= 0 && f->role == SC_DATE_ROLE_ENACTED &&
                 sc_entry_bill_then_law(e, f, before))
            f->law = (int8_t)before; /* "On December 17, 2004, Senate bill 2845, the ... Act
                                      * of 2004, became law.  This bill ... Public Law
                                      * 108-458" */
        else if (one && after >= 0 && f->role == SC_DATE_ROLE_ENACTED &&
                 sc_entry_it_then_date(e, after, f->so))
            f->law = (int8_t)after; /* "The FAST Act (P.L. 114-94) authorized ...; it
                                     * was enacted December 4, 2015" */
        else if (one && after >= 0 && f->role == SC_DATE_ROLE_ENACTED && sc_entry_subject_then_date(e, after, f))
            f->law = (int8_t)after; /* "The USA PATRIOT Act (Pub. L. No. 107-56), passed
                                     * in the wake of the attacks, was signed October
                                     * 26, 2001" */
        else if (!year_only && one && before >= 0 && f->role == SC_DATE_ROLE_ENACTED &&
                 !quoted(b, e->so, e->eo, f->so, f->eo) &&
                 told_across(e, f->eo, cstart(e, before),
                             F_DWORD | F_NWORD | F_STAT | F_BILL | F_CONG | F_ENACT))
            f->law = (int8_t)before; /* "... became the X Act on 7/10/2001. The measure
                                      * appears at 115 Stat. 25 and was enacted as PL
                                      * 107-14." */
        else if (one && before >= 0 && f->role == SC_DATE_ROLE_ENACTED &&
                 sc_entry_date_then_cite(e, f, before))
            f->law = (int8_t)before; /* "President Bush signed it into law on July 26,
                                      * 1990.  Pub. L. No. 101-336." */
        else if (one && (said_before || (f->role == SC_DATE_ROLE_ENACTED && !year_only &&
                                         on_date_lead(e, f))) &&
                 f->bill < 0 && !act_named(e, f->so) &&
                 !sc_entry_res_item_date(e, k) && sc_entry_about_one_law(e) &&
                 !quoted(b, e->so, e->eo, f->so, f->eo) && sentence_names_law(e, f) &&
                 !as_enacted_in(b, f->so >= e->so + 15 ? f->so - 15 : e->so, f->so))
            f->law = (int8_t)first_law(e); /* "When President Johnson signed the Higher
                                            * Education Act of 1965 on November 18, 1965, ...
                                            * That law, Public Law 89-329, ..." */
        else if (one && after >= 0 && f->role == SC_DATE_ROLE_ENACTED && !f->bare &&
                 !quoted(b, e->so, e->eo, f->so, f->eo) && sc_entry_told_back(e, f->so, after))
            f->law = (int8_t)after; /* "Public Law 101-11 is short.  It was signed on
                                     * April 7, 1989", "... President Reagan signed it
                                     * on April 7, 1989" */
        else if (!year_only && one && e->record && f->role == SC_DATE_ROLE_ENACTED)
            f->law = (int8_t)first_law(e); /* a record's "Signed into law by President
                                            * Barack Obama on December 18, 2014" */
        else if (!year_only && f->role != SC_DATE_ROLE_OTHER &&
                 (pl = page_right_before(e, f->so)) != SIZE_MAX &&
                 (one || (sc_entry_item_of(e, (int)pl, &ilo, &ihi, 1) && f->so >= ilo && f->eo <= ihi)))
            f->law = (int8_t)pl; /* "118 Stat. 1135, August 2, 2004, Welfare Reform
                                  * Extension Act, Part VIII (Pub. L. No. 108-308)":
                                  * the day right after the law's page -- in a string
                                  * citation, of its item's one law: "116 Stat. 8, 10,
                                  * 1/24/2002 (Pub.L. 107-139); Pub.L. 105-93, ..." */
        /* the first date tied is the law's; a day after its year alone
         * ("(2010) (signed Mar. 23, 2010)") says more */
        if (f->law >= 0 && (e->date_of[f->law] < 0 ||
                            (!year_only && e->date[(int)e->date_of[f->law]].ymd % 10000 == 0)))
            e->date_of[f->law] = (int8_t)k;
    }
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
    int p = law_before(e, q);
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
    int paren = i < to && b[i] == '(';
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
    if (paren ? i == to : i + 1 == to && b[i] == '(')
        return 1;
    /* or the words that say the law enacted it, after them: "the Americans
     * with Disabilities Act, 42 U.S.C. § 12131, enacted as part of Pub. L.
     * 101-336", "the X Act (42 U.S.C. 12101 et seq.), enacted by Pub. L. ..." */
    if (paren) {
        if (i >= to || b[i] != ')')
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
 * or "NAME (BILL)", nothing else between? */
static int apposed(const sc_entry *e, const sc_name_fact *f, int k)
{
    const uint8_t *b = e->w->buf;
    if (!(e->kind[k] & SC_EK_IN))
        return 0;
    size_t q = e->ce[k];
    if (q <= f->so) { /* "H.R. 1988, the X Act," */
        while (q < f->so && (b[q] == ' ' || b[q] == ','))
            q++;
        if (q + 4 <= f->so && memcmp(b + q, "the ", 4) == 0)
            q += 4;
        return q == f->so && q > e->ce[k] && b[e->ce[k]] == ',';
    }
    if (e->cs[k] < f->tie_eo)
        return 0;
    q = f->tie_eo; /* "the X Act (H.R. 1988)" */
    while (q < e->cs[k] && b[q] == ' ')
        q++;
    return q + 1 == e->cs[k] && b[q] == '(';
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
    int l = first_law(e);
    if (nlaws(e) != 1 || l < 0 || e->bill_of[l] >= 0)
        return;
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
        sentence_of(e, cstart(e, l), cend(e, l), &s, &t);
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
            e->brole[k] != SC_BILL_ROLE_COMPANION && !section_before(e, e->cs[k])) {
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
            !sc_lawmaking(e->c[k].bill) || section_before(e, e->cs[k]))
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

/* Do words of naming end right before the name at b[so] ("known as the ",
 * "titled ", "is called the ", "bears the short title ")? */
static int known_as_before(const sc_entry *e, size_t so)
{
    static const char *const heads[] = { "known as the ", "known as ", "titled the ", "titled ",
                                         "called the ", "called ", "short title ",
                                         "short title the ", "named the ", NULL };
    const uint8_t *b = e->w->buf;
    if (so >= e->so + 3 && b[so - 3] == 0xe2 && b[so - 2] == 0x80 && b[so - 1] == 0x9c)
        so -= 3; /* its opening quote: 'the short title the “X Act”' */
    else if (so > e->so && b[so - 1] == '"')
        so--;
    return sc_phrase_before(b, e->so, so, heads) > 0;
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

/* Does the name ending at b[ne] have its page alone in its own parenthesis,
 * and then words that make the law after it that Act ("X Act of 1998 (at
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
    return k < ls && page && sc_entry_filler(e, q + 1, k, F_STAT | F_PINS, NULL) &&
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
    size_t q = so;
    if (q >= e->so + 3 && b[q - 3] == 0xe2 && b[q - 2] == 0x80 && b[q - 1] == 0x9c)
        q -= 3;
    else if (q > e->so && b[q - 1] == '"')
        q--;
    while (q > e->so && (b[q - 1] == ' ' || b[q - 1] == '\t'))
        q--;
    if (q >= e->so + 3 && (b[q - 3] | 0x20) == 't' && b[q - 2] == 'h' && b[q - 1] == 'e' &&
        (q == e->so + 3 || !sc_isalpha(b[q - 4]))) {
        size_t t = q - 3;
        while (t > e->so && (b[t - 1] == ' ' || b[t - 1] == '\t'))
            t--;
        size_t kn = sc_phrase_before(b, e->so, t, naming);
        if (kn) /* "known as the" */
            q = t - kn;
    } else {
        size_t kn = sc_phrase_before(b, e->so, q, naming);
        q -= kn; /* "known as" */
    }
    while (q > e->so && (b[q - 1] == ' ' || b[q - 1] == '\t'))
        q--;
    if (q >= e->so + 3 && (b[q - 3] | 0x20) == 't' && b[q - 2] == 'h' && b[q - 1] == 'e' &&
        (q == e->so + 3 || !sc_isalpha(b[q - 4]))) {
        q -= 3;
        while (q > e->so && (b[q - 1] == ' ' || b[q - 1] == '\t'))
            q--;
    }
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
    return po > q && sc_entry_filler(e, q, po, F_PINS, NULL) && one_bracket(e, po + 1, so) &&
           sc_entry_filler(e, po + 1, to, F_CONG | F_DATE | F_BILL | F_ENACT | F_SEMI, NULL);
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
        int before = law_after(e, f->tie_eo), after = law_before(e, f->so);
        /* not a law of another item of a string citation, nor a row's law
         * on another line when the name's line has one of its own */
        if (before >= 0 && (items_apart(e, f->tie_eo, cstart(e, before)) ||
                            other_row(e, f->so, cstart(e, before))))
            before = -1;
        if (after >= 0 && (items_apart(e, cend(e, after), f->so) ||
                           other_row(e, cend(e, after), f->so)))
            after = -1;
        unsigned used = 0;
        int to_next = before >= 0 &&
                      sc_entry_filler(e, f->tie_eo, cstart(e, before),
                                      F_NWORD | F_BILL | F_SEMI | F_DATE | F_BAR, &used);
        /* (its bill in its own bracket: "X Act (enacting H. R. 356) is Public
         * Law No. 113-133") */
        if (!to_next && before >= 0 && e->bill_in)
            to_next = sc_entry_filler(e, f->tie_eo, cstart(e, before),
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
                                      F_NWORD | F_BILL | F_DATE | F_BAR | F_CONG | F_INSEMI, &used);
        /* (the law in the next sentence, which calls back: "... signed the X
         * Act, 112 Stat. 1519. The measure is cited as Pub.L. 105-230.", "the
         * X Act was enacted from H. R. 1233. The law was approved ... and was
         * enacted as Pub.L. 113-187.") */
        if (!to_next && before >= 0 && nlaws(e) == 1 &&
            told_across(e, f->tie_eo, cstart(e, before),
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
            int opener = nlaws(e) == 1 ? after : credit_opener(e, after);
            if (nlaws(e) == 1 || provided_that(e, opener, f->so))
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
        if (f->law < 0 && nlaws(e) == 1)
            f->law = (int8_t)(e->record || name_labelled(e, f->so) ? first_law(e)
                                                                  : bills_name(e, f));
        if (f->law >= 0 && e->name_of[f->law] < 0)
            e->name_of[f->law] = (int8_t)k;
    }
    date_after_name(e);
}

size_t sc_entry_approved_at(const sc_window *w, size_t t)
{
    const uint8_t *b = w->buf;
    size_t lim = t + 120 < w->len ? t + 120 : w->len, i = t, end;
    while (i < lim && b[i] == ' ')
        i++;
    if (i < lim && b[i] == '(') { /* a name in brackets: "(Crimes and Criminal Procedure)" */
        size_t k = i + 1;
        while (k < lim && b[k] != ')' && b[k] != '(' && !sc_isdigit(b[k]))
            k++;
        if (k < lim && b[k] == ')')
            i = k + 1;
    }
    if (i + 6 <= lim && b[i] == '(' && sc_isdigit(b[i + 1]) && sc_isdigit(b[i + 2]) &&
        sc_isdigit(b[i + 3]) && sc_isdigit(b[i + 4]) && b[i + 5] == ')')
        i += 6; /* its year, then its day: "49 Stat. 620 (1935), approved August 14, 1935" */
    if (i < lim && b[i] == ',')
        i++;
    int open = 0, told = 0; /* "(June 26, 1948)"; "approved June 26, 1948" */
    while (i < lim && (b[i] == ' ' || b[i] == '('))
        open |= b[i++] == '(';
    static const char *const said[] = { "approved ", "enacted ", "signed ", NULL };
    size_t n = sc_phrase_at(b, i, lim, said);
    told = n > 0;
    i += n;
    /* (a date with neither is the next act's of a list: "35 Stat. 56, May
     * 27, 1910, ch. 258, ...") */
    return (open || told) && i < lim && sc_isupper(b[i]) && sc_date_at(b, i, lim, &end) != 0 ? i : 0;
}

int32_t sc_entry_stat_day(const sc_entry *e, int i)
{
    if (!(e->kind[i] & SC_EK_IN))
        return 0;
    int year = 0; /* a year in brackets passed: "49 Stat. 620 (1935), approved ..." */
    for (int k = 0; k < e->ndate; k++) {
        const sc_date_fact *f = &e->date[k];
        if (f->so < e->ce[i])
            continue;
        if (!year && f->ymd % 10000 == 0 && e->w->buf[f->so] == '(' && f->law < 0 &&
            sc_entry_filler(e, e->ce[i], f->so, F_PINS | F_DWORD | F_PAREN, NULL)) {
            year = 1;
            continue;
        }
        /* the first date after it, if it is this one's */
        if (f->ymd % 100 == 0 || f->bad || f->law >= 0 || f->bill >= 0 || f->bare ||
            (f->role != SC_DATE_ROLE_NONE && f->role != SC_DATE_ROLE_ENACTED) ||
            !sc_entry_filler(e, e->ce[i], f->so, F_PINS | F_DWORD | F_PAREN, NULL))
            return 0; /* (F_PAREN: "62 Stat. 683 (Crimes and Criminal Procedure),
                       * approved June 25, 1948") */
        return f->ymd;
    }
    return 0;
}

int sc_entry_item_alone(sc_entry *e, int l, size_t *lo, size_t *hi)
{
    return sc_entry_item_of(e, l, lo, hi, 0);
}

int sc_entry_item_of_read(sc_entry *e, int l, size_t *lo, size_t *hi, int bills_too)
{
    if (!(e->kind[l] & SC_EK_IN))
        return 0;
    read_items(e);
    if (!e->nsemi)
        return 0; /* no items */
    size_t at = e->cs[l] - e->so;
    int i = 0;
    while (i < e->nsemi && e->semi[i] < at)
        i++;
    size_t start = i ? e->so + e->semi[i - 1] + 1 : e->so,
           end = i < e->nsemi ? e->so + e->semi[i] : e->eo;
    if (e->ce[l] > end)
        return 0;
    for (int k = 0; k < e->n; k++)
        if (k != l && (e->kind[k] & SC_EK_IN) && e->cs[k] >= start && e->ce[k] <= end &&
            (sc_is_law(&e->c[k]) || (!bills_too && e->c[k].type == SC_BILL)))
            return 0;
    if (lo)
        *lo = start;
    if (hi)
        *hi = end;
    return 1;
}

int sc_entry_item_bare(sc_entry *e, size_t at, size_t *lo, size_t *hi)
{
    read_items(e);
    if (!e->nsemi || at < e->so || at >= e->eo)
        return 0;
    size_t rel = at - e->so;
    int i = 0;
    while (i < e->nsemi && e->semi[i] < rel)
        i++;
    size_t start = i ? e->so + e->semi[i - 1] + 1 : e->so,
           end = i < e->nsemi ? e->so + e->semi[i] : e->eo;
    for (int k = 0; k < e->n; k++)
        if ((e->kind[k] & SC_EK_IN) && e->ce[k] > start && e->cs[k] < end)
            return 0;
    *lo = start;
    *hi = end;
    return 1;
}
