/*
 * entry_ties.c -- ties an entry's pages to the law they describe (entry.h),
 * and holds what the tie files share (entry_in.h): the laws before and after
 * a place, the entry's items, brackets and sentences.  Its dates are tied in
 * entry_tie_dates.c, its names in entry_tie_names.c, on the same evidence.
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
#include "ref_acts.h"

/* Is b[q] inside one of the entry's names ("Commerce, Justice, Science;
 * Energy and Water Development; and ... Appropriations Act, 2026")? */
static int in_name(const sc_entry *e, size_t q)
{
    for (int k = 0; k < e->nname; k++)
        if (e->name[k].so <= q && q < e->name[k].eo)
            return 1;
    return 0;
}

/* Is the ';' at b[k] the end of an HTML character reference a web page's
 * text keeps ("104&#8211;191", "Pub.&nbsp;L.", "&amp;"): "&", then "#"
 * and digits (or "#x" and hex digits) or letters, then ';' -- no item's
 * end. */
static int entity_end(const uint8_t *b, size_t lo, size_t k)
{
    size_t j = k;
    while (j > lo && k - j < 11 && b[j - 1] != '&' && (sc_isalnum(b[j - 1]) || b[j - 1] == '#'))
        j--;
    return j > lo && b[j - 1] == '&' && sc_entity_len(b, j - 1, k + 1) == k + 2 - j;
}

/* The entry's ';' outside brackets and names that part its items (a
 * string citation's), read once (sc_entry.semi: offsets from so). */
void sc_entry_read_items(sc_entry *e)
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
    /* (so do a record's of one bill and no law: "Cong.: Ninety-sixth
     * Congress; Act: X Act of 1977; Originating bill: S. 126" -- its
     * Congress is the bill's, as a record's date is its law's) */
    if (e->nlaw == 0 && sc_entry_one_bill(e) && sc_ctx_record(e->w, e->so, e->eo))
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
            else if (depth == 0 && !in_name(e, k) && !entity_end(b, e->so, k))
                e->semi[e->nsemi++] = (uint32_t)(k - e->so);
        }
    }
}

/* in_other_item() (entry_tie_dates.c), and with @p laws (ITEM_LAWS) the
 * fact's item may name its law by its number too ("...; 102 Stat. 985,
 * August 17, 1988, 100th Congress (enacted as Pub. L. 100-398)"), with
 * ITEM_PAGES by its page ("...; X Act of 1970, 84 Stat. 1770 (approved by
 * President Nixon, 1970)": read before the entry's names are, when it
 * cites no law). */
int sc_entry_in_other_item_read(sc_entry *e, int l, size_t at, int laws)
{
    sc_entry_read_items(e);
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
             ((laws & ITEM_PAGES) && e->c[k].type == SC_STAT) ||
             /* an Act's section written out: "...; 117 Stat. 2699, Controlling
              * the Assault ... Act of 2003 § 15, Dec. 16, 2003" names its Act */
             (e->c[k].type == SC_ACT_SECTION && !(e->kind[k] & SC_EK_SHORT))))
            return 1;
    return 0;
}

/* (entry_in.h) The law nearest before window offset @p at (its index), or
 * -1; sc_entry_law_after(), the law nearest after, likewise. */
/* sc_entry_law_acting()'s answer: 1, the verb right after the law; 2, the
 * verb and "by" right before it; 4, the law opens a clause of its own
 * ("which", "and", "that", "while" right before it). */
static unsigned law_acting(const sc_entry *e, int l)
{
    static const char *const acting[] = { "amended", "amends", "repealed", "repeals", "extended",
                                          "extends", "modified", "modifies", "reauthorized",
                                          "reauthorizes", "superseded", "supersedes", "replaced",
                                          "replaces", "revised", "revises", "rewrote", NULL };
    static const char *const adverbs[] = { "later", "subsequently", "also", "further", "then",
                                           "since", "recently", "itself", "in", "turn", NULL };
    static const char *const opens[] = { "which", "and", "that", "while", "but", NULL };
    const uint8_t *b = e->w->buf;
    if (!(e->kind[l] & SC_EK_IN))
        return 0;
    unsigned m = 0;
    size_t i = blanks(b, e->ce[l], e->eo);
    if (i + 2 < e->eo && b[i] == ',') {
        /* past its own day set off by commas: "Pub. L. 111-382, enacted
         * January 4, 2011, amended ..." */
        static const char *const own[] = { "enacted", "signed", "approved", NULL };
        size_t k = blanks(b, i + 1, e->eo), ke = word_end(b, k, e->eo);
        for (int q = 0; q < e->ndate && ke > k && sc_word_in(b, k, ke, own); q++) {
            const sc_date_fact *f = &e->date[q];
            if (f->so > ke && f->so <= ke + 4 && f->eo + 1 < e->eo && b[f->eo] == ',') {
                i = blanks(b, f->eo + 1, e->eo);
                break;
            }
        }
    }
    for (int words = 0; words < 3 && i < e->eo && sc_islower(b[i]); words++) {
        size_t we = word_end(b, i, e->eo);
        if (sc_word_in(b, i, we, acting)) {
            m |= 1;
            break;
        }
        if (!sc_word_in(b, i, we, adverbs))
            break;
        i = blanks(b, we, e->eo);
    }
    size_t we, ws = word_start_before(e, e->cs[l], &we);
    if (we - ws == 2 && memcmp(b + ws, "by", 2) == 0) {
        size_t ve, vs = word_start_before(e, ws, &ve);
        if (ve > vs && sc_word_in(b, vs, ve, acting))
            m |= 2;
    }
    if (we > ws && sc_word_in(b, ws, we, opens))
        m |= 4;
    return m;
}

int sc_entry_law_acting(const sc_entry *e, int l, size_t at)
{
    unsigned m = law_acting(e, l);
    if (!m)
        return 0;
    if (at < e->cs[l]) /* before it: the subject's, when the law is the agent ("was
                        * amended by Pub. L. ...") or opens a clause of its own
                        * ("..., which Pub. L. ... later amended") */
        return (m & 2) || ((m & 1) && (m & 4));
    /* after it: a relative clause of what it acted on ("Pub. L. ... amended
     * the X Act, which President Clinton signed") -- not "and was signed" */
    if (!(m & 1))
        return 0;
    const uint8_t *b = e->w->buf;
    static const char *const rel[] = { "which", "who", "whom", "whose", NULL };
    for (size_t i = e->ce[l]; i < at && i < e->eo;) {
        if (!sc_isalpha(b[i])) {
            i++;
            continue;
        }
        size_t we = word_end(b, i, e->eo);
        if (sc_word_in(b, i, we, rel))
            return 1;
        i = we;
    }
    return 0;
}

int sc_entry_law_before(const sc_entry *e, size_t at)
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

int sc_entry_law_after(const sc_entry *e, size_t at)
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

/* Statutes at Large pages: the law before them, pins and bills between. */
/* "section 2 of Pub. L. 87-849": a section of the law named just before it */
int sc_entry_section_before(const sc_entry *e, size_t at)
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
 * 69 Stat. 339"), "cited as", "cite it as", or "at", "in" (page_at_word()):
 * words that give it. */
static int page_is_word(const uint8_t *b, size_t lo, size_t s)
{
    static const char *const cited[] = { "cited as ", "cite it as ", NULL };
    return page_at_word(b, lo, s) || sc_phrase_before(b, lo, s, cited) > 0 ||
           (s >= lo + 4 && b[s - 1] == ' ' && b[s - 4] == ' ' && b[s - 3] == 'i' && b[s - 2] == 's') ||
           (s >= lo + 5 && b[s - 1] == ' ' && b[s - 5] == ' ' && b[s - 4] == 'w' && b[s - 3] == 'a' &&
            b[s - 2] == 's');
}

/* Does the period at b[q] close a sentence that ends in a quoted name,
 * a blank and a capital after it ("... enacted the “X Act”. It was ...")? */
static int quote_period(const uint8_t *b, size_t lo, size_t q, size_t hi)
{
    return sc_quote_closes_before(b, lo, q) && q + 2 < hi && b[q + 1] == ' ' &&
           sc_isupper(b[q + 2]);
}

/* May b[from..to) stand between a page and its law across one sentence's
 * end, the next sentence telling back of the law (sc_ctx_tells_back):
 * "... which is found at 99 Stat. 373. The Act was enacted as Pub.L.
 * 99-89" -- the bytes before the period and after the next sentence's
 * subject, each filler of @p allow? */
int sc_entry_told_across(const sc_entry *e, size_t from, size_t to, unsigned allow)
{
    const uint8_t *b = e->w->buf;
    for (size_t q = from; q < to; q++) {
        if (b[q] != '.' || !(sc_ctx_period_ends(e->w, q) || quote_period(b, from, q, to)))
            continue;
        size_t j = dblanks(b, q + 1, to); /* (a sentence a line) */
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
int sc_entry_law_closes_bracket(const sc_entry *e, int a)
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
    if (sc_entry_nlaws(e) == 1)
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

/* Is law @p a followed by a ';' and more of the law's facts to the
 * close of its bracket, no other law or page among them ("(104 Stat.
 * 2895; Pub. L. No. 100-575; signed by President Ronald Reagan)")? */
static int items_close_after(const sc_entry *e, int a)
{
    const uint8_t *b = e->w->buf;
    size_t k = blanks(b, cend(e, a), e->eo);
    if (k >= e->eo || b[k] != ';')
        return 0;
    int depth = 0;
    size_t q = k;
    for (; q < e->eo && q < k + 160; q++) {
        depth += (b[q] == '(' || b[q] == '[') - (b[q] == ')' || b[q] == ']');
        if (depth < 0)
            break;
    }
    if (depth >= 0)
        return 0; /* (no close within reach) */
    for (int j = 0; j < e->n; j++)
        if ((e->kind[j] & SC_EK_IN) && e->cs[j] > k && e->cs[j] < q &&
            (sc_is_law(&e->c[j]) || e->c[j].type == SC_STAT))
            return 0;
    return 1;
}

/* Ties page @p i (a head, not a pin) to law @p l: the law's first page
 * when it has none yet, @p pinned saying then that it is a provision's
 * page (sc_entry.stat_pinned); one more head of the law's. */
static void tie_page(sc_entry *e, int i, int l, int pinned)
{
    e->law_of[i] = (int8_t)l;
    if (e->stat_of[l] < 0) {
        e->stat_of[l] = (int8_t)i;
        e->stat_pinned[l] = (uint8_t)pinned;
    }
    if (e->stat_heads[l] < 255)
        e->stat_heads[l]++;
}

void sc_entry_tie_name_pages(sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    for (int k = 0; k < e->nname; k++) {
        const sc_name_fact *f = &e->name[k];
        int l = f->law;
        size_t q = blanks(b, f->tie_eo, e->eo);
        if (l < 0 || q >= e->eo || b[q] != '(')
            continue;
        q = blanks(b, q + 1, e->eo);
        if (q + 3 <= e->eo && memcmp(b + q, "at ", 3) == 0)
            q += 3;
        for (uint64_t m = e->stat_in; m; m &= m - 1) {
            int i = __builtin_ctzll(m);
            if (e->cs[i] != q || e->law_of[i] >= 0 || (e->c[i].wording & SC_W_LIST_ITEM) ||
                !page_alone_in_bracket(e, e->cs[i], e->ce[i]))
                continue;
            tie_page(e, i, l, 0);
            for (int j = i + 1; j < e->n && (e->c[j].wording & SC_W_LIST_ITEM) &&
                                e->c[j].type == SC_STAT && !strcmp(e->c[j].volume, e->c[i].volume);
                 j++)
                if (e->law_of[j] < 0)
                    e->law_of[j] = (int8_t)l; /* (its pins: the head's law's) */
        }
    }
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
        int l = sc_entry_law_before(e, s);
        /* a page that opens an item, the item's law right after it: "P.L.
         * 96-103 (...); 79 Stat. 582, P.L. 89-145 (...)" -- that law's */
        int a0 = l >= 0 && item_head(e, s) ? sc_entry_law_after(e, t) : -1;
        if (a0 >= 0 && in_item(e, t, cstart(e, a0)))
            l = -1; /* (or anywhere in its item: "; 101 Stat. 92, 95 (approved ..., enacted
                     * as Pub.L. 100-6)") */
        else if (l >= 0 && sc_entry_in_other_item_of(e, l, s, 1))
            l = -1; /* "...; 112 Stat. 3040, ..., Dutch John ... Act of 1998": its
                     * item's own Act's; "...; 92nd Congress, 86 Stat. 770 (enacted
                     * as Pub. L. No. 92-464)": its item's own law's */
        unsigned used = 0;
        const unsigned allow =
            F_STAT | F_BILL | F_DATE | F_PINS | F_SEMI | F_BAR | F_NAME | F_PAREN;
        int paren_after = 0;
        if (l < 0 && e->record && sc_entry_first_law(e) >= 0) {
            /* a record's or a table row's page, before its one law or after:
             * that law's ("128 Stat. 1913,Pub.L. 113-181"; "Statutes at
             * Large: 72 Stat. 293" / "Pub.L. 85-102") */
            l = sc_entry_first_law(e);
            paren_after = 1;
        } else if (l < 0) {
            /* "104 Stat. 327 (Pub. L. 101-336)": the law in brackets right
             * after its page, when no law comes before it */
            int a = sc_entry_law_after(e, t);
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
            int comma_after = a >= 0 && (sc_entry_nlaws(e) == 1 || item_head(e, s)) &&
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
                        sc_entry_told_across(e, t, cstart(e, a), told_allow) ||
                        (pb && pb <= cstart(e, a) &&
                         (sc_entry_filler(e, pb, cstart(e, a), told_allow, &used2) ||
                          /* "... Act, 1970 (at 93 Stat. 338). The law was enacted
                           * as Public Law No. 91-145." */
                          sc_entry_told_across(e, pb, cstart(e, a), told_allow))));
            /* or the one law in the parenthesis that opens right after the
             * page and its pins, its facts before it: "101 Stat. 381, 386
             * (signed by President Ronald Reagan; enacted as Pub.L. 100-64)" */
            int in_paren = !comma_after && !told && a >= 0 && paren_law(e, i, a);
            /* or the one law of a bracket of the law's facts alone, the page
             * first, a semicolon between: "X Act (95 Stat. 1135, 1147;
             * Pub.L. 97-88)", "(98 Stat. 149, 150; enacted as Pub. L.
             * 98-265)" (sc_entry_items_open: only pages, bills, a
             * Congress and punctuation between the bracket and the law's
             * words) */
            static const char *const enacted_as[] = { "enacted as ", "became ", NULL };
            size_t io = !comma_after && !told && !in_paren && a >= 0 && item_of_page(e, a, s)
                            ? sc_entry_items_open(e, cstart(e, a) - sc_phrase_before(e->w->buf, e->so,
                                                                                     cstart(e, a),
                                                                                     enacted_as))
                            : SIZE_MAX;
            int in_items = io != SIZE_MAX && io < s &&
                           (sc_entry_law_closes_bracket(e, a) || items_close_after(e, a));
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
        size_t s2 = sc_entry_nlaws(e) == 1 ? printed_at(e->w->buf, cend(e, l), s) : s;
        size_t ilo, ihi; /* (or the one law of its item of a string citation, the page
                          * in that item, its bill too: "...; Public Law 101-337, enacted
                          * July 27, 1990, 105 Stat. 379; ...", "Pub. L. No. 86-640,
                          * enacted July 12, 1960, H. R. 5098, 74 Stat. 478; ...") */
        if (!paren_after && !sc_entry_filler(e, cend(e, l), s, allow, &used) &&
            !((sc_entry_nlaws(e) == 1 || (sc_entry_item_of(e, l, &ilo, &ihi, 1) && t <= ihi)) &&
              sc_entry_filler(e, cend(e, l), s2, allow | F_DWORD | F_CONG | F_NWORD | F_ENACT,
                              &used)) && /* (its bill's words: "..., which was enacted from
                                          * H.R. 3473, appears at 73 Stat. 374") */
            !e->record && !(page_is_word(e->w->buf, e->so, s) && sc_entry_told_back(e, s, l)))
            continue; /* (a record's page is its one law's: "Statutes at Large 128 Stat. 2393") */
        if (!paren_after && (used & F_SEMI) && sc_entry_nlaws(e) > 1 && other_volume(e, l, st))
            continue; /* a string citation's item a page opens, of another volume than
                       * the law of the item before: "...; PL 106-264, HR 3519; 65 Stat.
                       * 387 (October 11, 1951, ...)" -- another authority, not that
                       * law's page ("Pub. L. 104-191; 110 Stat. 1936; Pub. L. ..." is) */
        /* a section pin between ("sec. 33, 84 Stat. 1620": the walk above
         * took a pin), or "section 2 of Pub. L. ..." before the law: the
         * page of that provision, which need not be the law's first (asked
         * for the law's first page only) */
        tie_page(e, i, l,
                 e->stat_of[l] < 0 && (((used & F_PINS) && provision_between(e, cend(e, l), s)) ||
                                       sc_entry_section_before(e, cstart(e, l))));
    }
}

/* Are b[a] and b[z] inside one bracket, opened before a and not closed
 * between ("(enacted Aug. 20, 1958; Pub. L. 85-458)")? */
int sc_entry_one_bracket(const sc_entry *e, size_t a, size_t z)
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

/* Do the tables give name @p k of the entry law @p l (among the first four
 * laws of that name)? */
int sc_entry_name_is_law(sc_entry *e, int k, const sc_ref_law *l)
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
    if (sc_entry_nlaws(e) != 1 || (!e->nname && !(e->types & 1u << SC_ACT_SECTION)))
        return 0;
    const sc_ref_law *l = sc_law_row(&e->c[sc_entry_first_law(e)]);
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
        if (!sc_entry_name_is_law(e, k, l))
            return 0;
    return 1;
}

/* The sentence of the entry that holds w->buf[so..eo): its start in *s,
 * its period (or the entry's end) in *t -- periods that end a sentence,
 * not an abbreviation's (sc_ctx_period_ends). */
void sc_entry_sentence_of(const sc_entry *e, size_t so, size_t eo, size_t *s, size_t *t)
{
    const uint8_t *b = e->w->buf;
    while (so > e->so && !(b[so - 1] == '.' && sc_ctx_period_ends(e->w, so - 1)))
        so--;
    while (eo < e->eo && !(b[eo] == '.' && sc_ctx_period_ends(e->w, eo)))
        eo++;
    *s = so;
    *t = eo;
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
    /* none after it: the day right before its chapter, "as" or a bracket
     * between ("became law on July 28, 1939 as ch. 331, 53 Stat. 1068",
     * "... on July 28, 1939 (ch. 331, 53 Stat. 1068)") */
    size_t at = 0;
    const uint8_t *b = e->w->buf;
    if (e->c[i].chapter <= 0 || sc_chapter_before(b, e->so, e->cs[i], &at) != e->c[i].chapter)
        return 0;
    for (int k = e->ndate - 1; k >= 0; k--) {
        const sc_date_fact *f = &e->date[k];
        if (f->eo > at)
            continue;
        size_t q = f->eo;
        while (q < at && (b[q] == ' ' || b[q] == ',' || b[q] == '('))
            q++;
        if (q + 3 <= at && b[q] == 'a' && b[q + 1] == 's' && b[q + 2] == ' ')
            q += 3;
        if (q != at || f->ymd % 100 == 0 || f->bad || f->law >= 0 || f->bill >= 0 || f->bare ||
            (f->role != SC_DATE_ROLE_NONE && f->role != SC_DATE_ROLE_ENACTED))
            return 0;
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
    sc_entry_read_items(e);
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
    sc_entry_read_items(e);
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
