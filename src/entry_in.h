/*
 * entry_in.h -- what the files that read an entry share (entry.c reads,
 * entry_dates.c and entry_names.c gather facts, entry_filler.c,
 * entry_ties.c, entry_tie_dates.c, entry_tie_names.c, entry_prose.c and
 * entry_bills.c tie them to laws, entry_history.c marks history): small
 * byte readers, the filler classes, and the reader's steps (entry.h:
 * sc_entry_read_ends() and after).  Private to those files.
 */
#ifndef SC_ENTRY_IN_H
#define SC_ENTRY_IN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ctype.h"
#include "entry.h"
#include "lexer.h"

/* The end of the run of ASCII letters at b[i] (not past lim): 16 bytes
 * at a time with SSE2 while they are below lim (a letter is a byte that,
 * its 0x20 bit set, is 'a' to 'z'). */
static inline size_t letters_end(const uint8_t *b, size_t i, size_t lim)
{
#ifdef __SSE2__
    for (; i + 16 <= lim; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(b + i));
        x = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
        __m128i letter = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(25)), x);
        unsigned other = ~(unsigned)_mm_movemask_epi8(letter) & 0xffffu;
        if (other)
            return i + (size_t)__builtin_ctz(other);
    }
#endif
    while (i < lim && sc_isalpha(b[i]))
        i++;
    return i;
}

/* Past a line break's hyphen at b[i] ("en-\n    acted", text copied from
 * a printed page): where the word's next letter, a lower-case one, is;
 * else i. */
static inline size_t line_hyphen_end(const uint8_t *b, size_t i, size_t lim)
{
    size_t k = i + 1;
    if (k < lim && b[k] == '\r')
        k++;
    if (k >= lim || b[k] != '\n')
        return i;
    k++;
    while (k < lim && k - i < 40 && (b[k] == ' ' || b[k] == '\t'))
        k++;
    return k < lim && sc_islower(b[k]) ? k : i;
}

/* The end of the word at b[i]: its letters, and a soft hyphen (U+00AD)
 * between two of them ("be\u00adcame"), which is invisible, or a line
 * break's hyphen before a lower-case letter ("en-\nacted"): sc_word_in()
 * reads past them too. */
static inline size_t word_end(const uint8_t *b, size_t i, size_t lim)
{
    for (;;) {
        i = letters_end(b, i, lim);
        size_t k;
        if (i < lim && b[i] == 0xc2 && i + 2 < lim && b[i + 1] == 0xad && sc_isalpha(b[i + 2]) &&
            i > 0 && sc_isalpha(b[i - 1]))
            i += 2;
        else if (i < lim && b[i] == '-' && i > 0 && sc_isalpha(b[i - 1]) &&
                 (k = line_hyphen_end(b, i, lim)) > i)
            i = k;
        else
            return i;
    }
}

/* Loops of a few turns that GCC would otherwise unroll whole at each
 * place they are inlined: an entry is read once per group, with its code
 * gone cold, and each unrolled copy is code lines fetched again. */
#define SC_ROLLED _Pragma("GCC unroll 1")

static inline int digits(const uint8_t *b, size_t i, size_t lim, int max, int *v)
{
    int n, x = 0;
    SC_ROLLED
    for (n = 0; n <= max; n++) {
        if (i + (size_t)n >= lim || !sc_isdigit(b[i + n]))
            break;
        x = x * 10 + (b[i + n] - '0');
    }
    *v = x;
    return n > max ? 0 : n;
}

/* Past one quotation mark at b[i] -- '"', '\'', or in UTF-8 an opening
 * (U+201C, U+2018) or, with @p closing, a closing (U+201D, U+2019) curly
 * one -- or i when none stands there. */
static inline size_t quote_end(const uint8_t *b, size_t i, size_t lim, int closing)
{
    if (i < lim && (b[i] == '"' || b[i] == '\''))
        return i + 1;
    if (i + 2 < lim && b[i] == 0xe2 && b[i + 1] == 0x80 &&
        (b[i + 2] == (closing ? 0x9d : 0x9c) || b[i + 2] == (closing ? 0x99 : 0x98)))
        return i + 3;
    return i;
}

/* Does a closing double quote ('"', U+201D) end right before b[q], not
 * before b[lo] -- a period at b[q] after a quoted name ("... the “X Act”.
 * It was ...") ends its sentence, which sc_ctx_period_ends() does not say? */
static inline int sc_quote_closes_before(const uint8_t *b, size_t lo, size_t q)
{
    return (q >= lo + 3 && b[q - 3] == 0xe2 && b[q - 2] == 0x80 && b[q - 1] == 0x9d) ||
           (q > lo && b[q - 1] == '"');
}

/* Where a closing quote ('"', U+201D, U+2019) that ends right before b[q]
 * begins, not before b[lo]; q when none does ("The “X Act” (enacting ...":
 * the name's end before its quote). */
static inline size_t sc_quote_start_before(const uint8_t *b, size_t lo, size_t q)
{
    if (q >= lo + 3 && b[q - 3] == 0xe2 && b[q - 2] == 0x80 && (b[q - 1] == 0x9d || b[q - 1] == 0x99))
        return q - 3;
    return q > lo && b[q - 1] == '"' ? q - 1 : q;
}

/* The words that call a name a law's popular one, the law's own from the
 * start: "popularly known as", "commonly referred to as" (entry_names.c;
 * check_names.c: no renaming). */
extern const char *const sc_popular_words[];

/* Is the parenthesis opened at b[q] still open at @p to, those inside it
 * closed ("(sec. 101(a), P.L. 104-4"), not "(84 Stat. 922), Pub. L."? */
static inline int sc_paren_open(const uint8_t *b, size_t q, size_t to)
{
    int depth = 0;
    for (size_t k = q; k < to; k++) {
        depth += b[k] == '(';
        if (b[k] == ')' && --depth == 0)
            return 0;
    }
    return depth > 0;
}

/* Markdown's link syntax around a citation ("[P.L. 117-169](https://...)",
 * as CRS reports and converted pages write every law and bill): at b[i],
 * the "](target)" that ends a link's text, or the '[' that opens one (its
 * text closes with "](" before the line ends), is the link's, not the
 * entry's: past it; else i.  @p lim bounds the look (the window's end). */
static inline size_t md_link_skip(const uint8_t *b, size_t i, size_t lim)
{
    if (b[i] == ']' && i + 2 < lim && b[i + 1] == '(' &&
        (b[i + 2] == '/' || b[i + 2] == '#' || (i + 6 < lim && memcmp(b + i + 2, "http", 4) == 0))) {
        size_t k = i + 2;
        while (k < lim && k - i < 400 && b[k] != ')' && b[k] != ' ' && b[k] != '\n')
            k++;
        return k < lim && b[k] == ')' ? k + 1 : i;
    }
    if (b[i] == '[') {
        size_t k = i + 1;
        while (k < lim && k - i < 200 && b[k] != ']' && b[k] != '[' && b[k] != '\n')
            k++;
        if (k + 2 < lim && b[k] == ']' && b[k + 1] == '(' &&
            (b[k + 2] == '/' || b[k + 2] == '#' || (k + 6 < lim && memcmp(b + k + 2, "http", 4) == 0)))
            return i + 1;
    }
    return i;
}

/* sc_space_before(), with the common bytes answered inline: an ASCII
 * blank or line end is one, another ASCII byte but ';' (an entity's end)
 * none. */
static inline size_t space_before(const uint8_t *b, size_t from, size_t i)
{
    if (i <= from)
        return 0;
    uint8_t c = b[i - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        return 1;
    if (c < 0x80 && c != ';')
        return 0;
    return sc_space_before(b, from, i);
}

/* sc_space_len() at b[i] for a byte >= 0x80 or '&' (a space an ASCII
 * blank is not), with the common bytes answered inline: an en dash, a
 * section sign or a curly quote is no space. */
static inline size_t uspace_len(const uint8_t *b, size_t i, size_t lim)
{
    uint8_t c = b[i];
    if (c == 0xc2)
        return i + 1 < lim && (b[i + 1] == 0xa0 || b[i + 1] == 0xad) ? 2 : 0;
    if (c == 0xe2 && i + 2 < lim && b[i + 1] == 0x80)
        return (b[i + 2] >= 0x80 && b[i + 2] <= 0x8f) || b[i + 2] == 0xaf ? 3 : 0;
    return sc_space_len(b + i, lim - i);
}

/* The length of the HTML character reference at b[i] ("&mdash;",
 * "&#8211;", "&#x2013;", "&amp;"), which a web page's text keeps, else 0:
 * '&', a name of letters or '#' and digits (or "#x" and hex digits), ';'. */
static inline size_t sc_entity_len(const uint8_t *b, size_t i, size_t lim)
{
    if (b[i] != '&' || i + 3 >= lim)
        return 0;
    size_t k = i + 1;
    if (b[k] == '#') {
        k++;
        if (k < lim && (b[k] == 'x' || b[k] == 'X'))
            k++;
    } else if (!sc_isalpha(b[k])) {
        return 0;
    }
    size_t d = k;
    while (k < lim && k - d < 8 && sc_isalnum(b[k]))
        k++;
    return k > d && k < lim && b[k] == ';' ? k + 1 - i : 0;
}

/* Past the blanks at b[i]: spaces and tabs, and every space the grammar
 * reads (sc_space_len: no-break, narrow and thin spaces, their entities) --
 * not a line end. */
static inline size_t blanks(const uint8_t *b, size_t i, size_t lim)
{
    while (i < lim) {
        size_t k;
        if (b[i] == ' ' || b[i] == '\t')
            i++;
        else if ((b[i] >= 0x80 || b[i] == '&') && (k = uspace_len(b, i, lim)) > 0)
            i += k;
        else
            break;
    }
    return i;
}

/* blanks(), and one line end among them: a date or a name a line wraps
 * ("March\n23, 2010", "... Efficiency Act of\n      1991"), as text from a
 * PDF, the Congressional Record or a wrapped list writes it */
static inline size_t dblanks(const uint8_t *b, size_t i, size_t lim)
{
    i = blanks(b, i, lim);
    size_t j = i < lim && b[i] == '\r' ? i + 1 : i;
    return j < lim && b[j] == '\n' ? blanks(b, j + 1, lim) : i;
}

/* The citation of @p mask (bits of the group: e->stat_in, e->law_in, ...)
 * whose span ends at b[at], or -1. */
static inline int sc_entry_cite_ending_at(const sc_entry *e, uint64_t mask, size_t at)
{
    for (; mask; mask &= mask - 1) {
        int q = __builtin_ctzll(mask);
        if (e->ce[q] == at)
            return q;
    }
    return -1;
}

/* Does citation @p i end right before citation @p l, only a comma, blanks
 * or an opening bracket between, three bytes at most ("X Act § 504, Pub.
 * L. No. 93-112", "X Act § 10 (Pub. L. 73-291)")? */
static inline int sc_entry_right_before(const sc_entry *e, int i, int l)
{
    const uint8_t *b = e->w->buf;
    size_t q = e->ce[i];
    if (q < e->so || e->cs[l] < q || e->cs[l] - q > 3)
        return 0;
    while (q < e->cs[l] && (b[q] == ',' || b[q] == ' ' || b[q] == '('))
        q++;
    return q == e->cs[l];
}

/* The line of the entry that holds citation @p i: b[*lo..*hi), from the
 * line end before it (or the entry's start) to the next (or its end). */
static inline void sc_entry_cite_line(const sc_entry *e, int i, size_t *lo, size_t *hi)
{
    const uint8_t *b = e->w->buf;
    size_t s = e->cs[i], t = e->ce[i];
    while (s > e->so && b[s - 1] != '\n')
        s--;
    while (t < e->eo && b[t] != '\n')
        t++;
    *lo = s;
    *hi = t;
}

/* Where the entry's text begins: past the blanks and line ends that its
 * bounds may take in before it. */
static inline size_t sc_entry_text_start(const sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    size_t i = e->so;
    while (i < e->eo && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n'))
        i++;
    return i;
}

/* How many of the entry's bills and pages begin in b[from..to), each law
 * @p l's; -1 when one of them is another law's (entry_ties.c). */
int sc_entry_facts_between(const sc_entry *e, size_t from, size_t to, int l);

/* Does a sentence of the entry open at b[q] -- past blanks and opening
 * brackets before it, at the entry's text, after a note's marker or a
 * list's bullet ("n.127 ", "(h) ", "- "), or after a period? */
int sc_entry_sentence_opens(const sc_entry *e, size_t q);

/* Is b[so..eo) an item of its own in the parenthesis right after the name
 * that ends at @p ne -- after the '(' or a ';' or ',', before the ')' or a
 * ';' or ',', no bracket between --, as an Act's date is written: "the X
 * Act (2016-10-14)", "X Act, 1966 (H.R. 8775; 89th Congress; 4/30/1965)",
 * the Act's Congress between ("X Act of 1990, 101st Cong. (July 31,
 * 1990)") (entry.c)? */
int sc_entry_name_paren_item(const uint8_t *b, size_t ne, size_t so, size_t eo, size_t lim);
/* Does b[so] follow the name that ends at @p ne with only its closing quote,
 * a comma and blanks between ("“X Act”, 10/2/1986") (entry.c)? */
int sc_entry_comma_then(const uint8_t *b, size_t ne, size_t so);

/* The word of letters right before b[at], past blanks, not before the
 * entry's start: its start (== *we when there is none), its end in *we. */
static inline size_t word_start_before(const sc_entry *e, size_t at, size_t *we)
{
    const uint8_t *b = e->w->buf;
    size_t q = at;
    while (q > e->so && b[q - 1] == ' ')
        q--;
    *we = q;
    while (q > e->so && sc_isalpha(b[q - 1]))
        q--;
    return q;
}

/* Is the word right before b[at] (past blanks, not before the entry's
 * start) one of @p list ("amended" before a date, "of" before a bill)? */
static inline int word_before_in(const sc_entry *e, size_t at, const char *const *list)
{
    size_t we, ws = word_start_before(e, at, &we);
    return we > ws && sc_word_in(e->w->buf, ws, we, list);
}

/* Is "as enacted" in b[from..to), as its own words ("H.R. 5662, as enacted
 * by Pub. L. 106-554": enacted by reference; not "was enacted")? */
static inline int as_enacted_in(const uint8_t *b, size_t from, size_t to)
{
    for (const uint8_t *p = sc_find_text(b + from, to - from, "as enacted", 10); p;
         p = sc_find_text(p + 10, (size_t)(b + to - p) - 10, "as enacted", 10))
        if (p == b + from || !sc_isalpha(p[-1]))
            return 1;
    return 0;
}

/* A word list (sc_word_in's) with its words grouped by first letter, so
 * that a word is compared only with the list's words of its own first
 * letter.  The files that read a list keep its set, filled before main()
 * by a constructor (sc_words_init). */
#define SC_WORDS_MAX 128
typedef struct sc_words {
    uint8_t at[28];                /* the words of first letter 'a' + c are  *
                                    * w[at[c]..at[c + 1]); c = 26: the others */
    const char *w[SC_WORDS_MAX];
    uint8_t idx[SC_WORDS_MAX];     /* w[k]'s place in the list               */
    uint8_t len[SC_WORDS_MAX];     /* w[k]'s length (under 255): a word of   *
                                    * text shorter is none of it              */
} sc_words;

/* Fills @p ws from the NULL-terminated lower-case @p list (at most
 * SC_WORDS_MAX words, each under 255 letters; entry.c). */
void sc_words_init(sc_words *ws, const char *const *list);

/* Words of at most SC_WORDTAB_LEN letters by their letters, packed lower
 * case into two 64-bit numbers, in an open-addressed table (a word in the
 * slot its hash gives or the next free one), each with a byte its reader
 * gives it (the lists it is in, a date's role): a word of plain letters is
 * one probe or two, not its first letter's bucket letter by letter.  A
 * reader fills its table before main(), from the lists of its sc_words
 * sets (sc_wordtab_add; entry.c); its words of other bytes or longer ask
 * the sets. */
#define SC_WORDTAB_SLOTS 512 /* (the hash's top 9 bits) */
#define SC_WORDTAB_LEN 16
typedef struct sc_wordtab {
    struct {
        uint64_t lo, hi; /* the letters (sc_wordtab_key) */
        uint8_t len;     /* 0: a free slot */
        uint8_t val;
    } slot[SC_WORDTAB_SLOTS];
    int used;
} sc_wordtab;

/* The key of the @p n bytes (1 to SC_WORDTAB_LEN) at @p p, of which @p
 * avail may be read (16 at once when there are as many): their bytes,
 * each with its 0x20 bit set (a letter's lower case), in a zeroed 16. */
static inline void sc_wordtab_key(const uint8_t *p, size_t n, size_t avail, uint64_t *lo,
                                  uint64_t *hi)
{
    uint64_t w[2] = { 0, 0 };
    if (avail >= 16) {
        memcpy(w, p, 16); /* (a constant size: two loads, no call) */
    } else {
        uint8_t *q = (uint8_t *)w;
        for (size_t k = 0; k < n; k++)
            q[k] = p[k];
    }
    uint64_t m0 = n >= 8 ? ~0ull : (1ull << (8 * n)) - 1;
    uint64_t m1 = n >= 16 ? ~0ull : n <= 8 ? 0 : (1ull << (8 * (n - 8))) - 1;
    *lo = (w[0] | 0x2020202020202020ull) & m0;
    *hi = (w[1] | 0x2020202020202020ull) & m1;
}

/* The slot where the search for the key (lo, hi) begins. */
static inline size_t sc_wordtab_hash(uint64_t lo, uint64_t hi)
{
    return (size_t)(((lo ^ hi * 0x9e3779b97f4a7c15ull) * 0xff51afd7ed558ccdull) >> 55);
}

/* Puts the words of the NULL-terminated lower-case @p list (those of at
 * most SC_WORDTAB_LEN letters) in @p t with the value @p val: OR-ed into a
 * word's value already there, or with @p keep_first, left to the first
 * value given.  Aborts when the table would be more than half full (its
 * probes would grow long, and a full table's would never end). */
void sc_wordtab_add(sc_wordtab *t, const char *const *list, uint8_t val, int keep_first);

/* The value of the word of @p n ASCII letters (1 to SC_WORDTAB_LEN) at @p
 * p, @p avail bytes readable there; 0 when it is none of the table's. */
static inline unsigned sc_wordtab_get(const sc_wordtab *t, const uint8_t *p, size_t n,
                                      size_t avail)
{
    uint64_t lo, hi;
    sc_wordtab_key(p, n, avail, &lo, &hi);
    for (size_t h = sc_wordtab_hash(lo, hi); t->slot[h].len; h = (h + 1) % SC_WORDTAB_SLOTS)
        if (t->slot[h].lo == lo && t->slot[h].hi == hi && t->slot[h].len == n)
            return t->slot[h].val;
    return 0;
}

/* Is buf[s..e), whose first letter (lower-cased) is w[0], the word w?
 * Compared up to its end, past a soft hyphen. */
static inline int sc_same_word(const uint8_t *buf, size_t s, size_t e, const char *w)
{
    size_t k = 1, q = s + 1;
    while (q < e && w[k]) {
        if (buf[q] == 0xc2 && q + 1 < e && buf[q + 1] == 0xad) {
            q += 2;
            continue;
        }
        size_t h;
        if (buf[q] == '-' && (h = line_hyphen_end(buf, q, e)) > q) {
            q = h;
            continue;
        }
        if (sc_tolower(buf[q]) != (uint8_t)w[k])
            break;
        k++;
        q++;
    }
    return q == e && w[k] == '\0';
}

/* Is buf[s..s + n), whose first letter (lower-cased) is w[0], the word w
 * of n letters?  (A soft hyphen in it would leave it fewer letters.) */
static inline int sc_same_letters(const uint8_t *buf, size_t s, size_t n, const char *w)
{
    for (size_t k = 1; k < n; k++)
        if (sc_tolower(buf[s + k]) != (uint8_t)w[k])
            return 0;
    return 1;
}

/* Is buf[s..s + n) the set's word k?  Compared letter by letter when as
 * long as it, else (longer by a soft hyphen, two bytes, or more) by
 * sc_same_word(). */
static inline int sc_words_is(const sc_words *ws, int k, const uint8_t *buf, size_t s, size_t n)
{
    return ws->len[k] == n ? sc_same_letters(buf, s, n, ws->w[k])
                           : ws->len[k] + 2u <= n && sc_same_word(buf, s, s + n, ws->w[k]);
}

/* The bucket of a set's words of first byte @p c. */
static inline int sc_words_bucket(uint8_t c)
{
    return c >= 'a' && c <= 'z' ? c - 'a' : 26;
}

/* Is buf[s..e) in the set?  The answer of sc_word_in() for its list.
 * (Inline, as sc_words_find(): the readers ask it of most words.) */
static inline int sc_words_in(const sc_words *ws, const uint8_t *buf, size_t s, size_t e)
{
    if (e <= s)
        return 0;
    uint8_t c0 = sc_tolower(buf[s]);
    int c = sc_words_bucket(c0);
    for (int k = ws->at[c]; k < ws->at[c + 1]; k++)
        if ((uint8_t)ws->w[k][0] == c0 && sc_words_is(ws, k, buf, s, e - s))
            return 1;
    return 0;
}

/* The place in the list of the first of its words that buf[s..e) is, or
 * -1 when it is none of them. */
static inline int sc_words_find(const sc_words *ws, const uint8_t *buf, size_t s, size_t e)
{
    if (e <= s)
        return -1;
    uint8_t c0 = sc_tolower(buf[s]);
    int c = sc_words_bucket(c0);
    for (int k = ws->at[c]; k < ws->at[c + 1]; k++) /* in list order: the first */
        if ((uint8_t)ws->w[k][0] == c0 && sc_words_is(ws, k, buf, s, e - s))
            return ws->idx[k];
    return -1;
}

/* Does the entry cite one bill in the window, once or more ("H.R. 2549,
 * the X Act, passed both Houses; the President signed H.R. 2549 ...")?
 * (entry_bills.c) */
int sc_entry_one_bill(const sc_entry *e);

/* When citation @p k is a simple or concurrent resolution that is the
 * rule for taking up a bill the entry cites right after it ("H. Res. 424,
 * providing for consideration of H.R. 6184"), that bill's index; else -1
 * (entry_bills.c). */
int sc_entry_rule_for(const sc_entry *e, int k);

/* Past the Act's own section pin right after its name at b[from] ("§ 4",
 * "§§ 4-5", "sec. 4(a)") when a bracket opens after it, before @p to;
 * else @p from (entry_tie_names.c). */
size_t sc_entry_own_pin_end(const sc_entry *e, size_t from, size_t to);
/* The entry's one lawmaking bill (no companion) when it cites no law, its
 * index; else -1.  (entry_bills.c) */
int sc_entry_lawmaking_bill(const sc_entry *e);
/* Is date fact @p date the date of a simple or concurrent resolution in an
 * item of its own ("...; H. Res. 5, Jan. 6, 1999")? (entry_bills.c) */
int sc_entry_res_item_date(const sc_entry *e, int date);

/* Is buf[so..eo) inside one of the group's citations? */
/* Citation @p i's end and start as window offsets. */
static inline size_t cend(const sc_entry *e, int i)
{
    return (size_t)(e->c[i].end - e->w->base);
}

static inline size_t cstart(const sc_entry *e, int i)
{
    return (size_t)(e->c[i].start - e->w->base);
}

/* Does one of the entry's Act names end at b[q], the blanks before q
 * passed over (its end, or past its short form: name_fact.tie_eo)? */
static inline int sc_entry_name_ends_at(const sc_entry *e, size_t q)
{
    const uint8_t *b = e->w->buf;
    while (q > e->so && b[q - 1] == ' ')
        q--;
    for (int k = 0; k < e->nname; k++)
        if (e->name[k].eo == q || e->name[k].tie_eo == q)
            return 1;
    return 0;
}

static inline int in_citation(const sc_entry *e, size_t so, size_t eo)
{
    if (eo <= e->first || so >= e->last)
        return 0; /* outside the span of them all */
    for (int i = 0; i < e->n; i++)
        if (e->kind[i] & SC_EK_IN) {
            if (eo <= e->cs[i] && e->in_order)
                return 0; /* it and the citations after it begin after eo */
            if (so < e->ce[i] && eo > e->cs[i])
                return 1;
        }
    return 0;
}

/* The entry's date fact (name fact) that begins at window offset @p i,
 * or -1: facts never overlap, so one at most. */
static inline int entry_date_at(const sc_entry *e, size_t i)
{
    for (int k = 0; k < e->ndate; k++)
        if (e->date[k].so == i)
            return k;
    return -1;
}

static inline int entry_name_at(const sc_entry *e, size_t i)
{
    for (int k = 0; k < e->nname; k++)
        if (e->name[k].so == i)
            return k;
    return -1;
}

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
#define F_PAREN 0x400u /* a parenthesis right after the law, with no law or   *
                        * Stat. page in it: its name or description          */
#define F_CONG  0x800u /* "passed by the 96th Congress and" (before a date  *
                        * of enactment: "... and approved Aug. 17, 1979")    */
#define F_INSEMI 0x2000u /* ';' inside a bracket opened on the walk: "(100th  *
                        * Congress; enacted as Pub. L. 100-241)"           */
#define F_CODIFIED 0x1000u /* (*used only: always passed) a parenthetical  *
                        * saying where the law is in the Code: "(codified   *
                        * as amended at 42 U.S.C. § 18001 et seq.)"          */

/* The end of a parenthetical opening at buf[i] ('(') that says where a
 * law is in the Code ("(codified as amended at 42 U.S.C. § 18001 et
 * seq.)", "(to be codified at ...)", "(amending ...)"), just past its ')',
 * or 0: balanced, before @p to, holding no law, Stat. page, bill or date
 * of the entry (entry_filler.c). */
size_t sc_entry_codified_paren(const sc_entry *e, size_t i, size_t to);

/* May buf[from..to) stand between two facts of one law, given @p allow
 * (F_*)?  *used (if not NULL): the classes it took (entry_filler.c) */
int sc_entry_filler(const sc_entry *e, size_t from, size_t to, unsigned allow, unsigned *used);

/* A Congress's ordinal and its word at b[i] ("94th Cong.", "99th Congress",
 * "94th Cong"),
 * before @p to: where it ends, else 0; *ended is set when a period right after
 * "Congress" ends the sentence there. */
size_t sc_entry_ordinal_congress(const uint8_t *b, size_t i, size_t to, int *ended);

/* Past a parenthesis at b[i] that names a law's signer alone, "(signed by
 * President Gerald Ford)", "(approved by President Reagan)" (no further
 * than @p to); i when it is no such one. */
size_t sc_entry_signer_paren(const uint8_t *b, size_t i, size_t to);
/* Does a citation of the group end at @p at, written alone in brackets?
 * (entry_filler.c) */
int sc_entry_bracketed_at(const sc_entry *e, size_t at);
/* Where the bracket opens that holds the citation starting at @p s, back
 * over the entry's pages and bills before it there, a Congress's ordinal
 * ("(92nd Congress; Pub. L. No. 92-352)") and the ',' and ';' between them
 * ("(120 Stat. 1719, Pub. L. No. 109-305)"); SIZE_MAX when no bracket
 * opens right before those. */
size_t sc_entry_items_open(const sc_entry *e, size_t s);
/* Is b[s..e) a word of a law's part ("title", "sec", "div", "subtitle", "§"'s
 * spelled forms, Bluebook's abbreviations)? (entry_filler.c) */
int sc_entry_pin_word(const uint8_t *b, size_t s, size_t e);
/* Does date @p f open its sentence as "On DATE, ...", a sentence that only
 * tells where a law is printed, what it is called and of which Congress:
 * the enactment's day? (entry_tie_dates.c) */
int sc_entry_on_date_opens(const sc_entry *e, const sc_date_fact *f);
/* Only names, numbers, the group's bills, punctuation other than ';' and
 * link words in buf[from..to)? (entry_bills.c) */
int sc_entry_prose_linked(const sc_entry *e, size_t from, size_t to);
/* The roles the words of buf[so..eo) would give a date (each word's
 * first: "passed" a bill's step, "effective" another event's, "signed"
 * the enactment), as a mask of 1 << SC_DATE_ROLE_* (entry_dates.c). */
unsigned sc_entry_role_words(const sc_entry *e, size_t so, size_t eo);
/* The role the first role word after a date at buf[eo] gives it, before
 * the next citation or clause end, past the entry's Act names and a
 * ", which ...," clause (entry_dates.c). */
int sc_entry_role_after(const sc_entry *e, size_t eo);
/* The month whose name or abbreviation is the word at b[i] ("July",
 * "Sept.", "jul"), 1-12, its end in *end; else 0 (entry_dates.c). */
int sc_month_at(const uint8_t *b, size_t i, size_t lim, size_t *end);
/* The wire services' brackets after a news story's dateline: "(AP)",
 * "(Reuters)" ... (entry_dates.c; NULL-ended). */
extern const char *const sc_wire_services[];
/* The day of an enactment a news story's dateline tells relative to it,
 * date @p f the dateline: "WASHINGTON, Oct. 29, 1998 (AP) -- President
 * Clinton on Tuesday signed ..." (October 27, 1998: the Tuesday on or
 * before it), "... yesterday signed" (the day before), "today" -- *role
 * then SC_DATE_ROLE_ENACTED; else 0, *role the one sc_entry_role_after()
 * gives @p f but for a day told relative to it, which makes it another
 * day's (SC_DATE_ROLE_OTHER). */
int32_t sc_entry_dateline_day(const sc_entry *e, const sc_date_fact *f, int *role);
/* entry_dates.c: past a clause of circumstances set off by commas at
 * b[at] (its ','), right after a date -- "On November 18, 1988, after
 * months of negotiation, President ..." -- no citation and no word of an
 * enactment in it, not longer than 80 bytes: where the words after it
 * begin; else @p at. */
size_t sc_entry_circumstance_end(const sc_entry *e, size_t at, size_t lim);
/* The role the words right before buf[so] give a date there ("signed
 * into law on", "approved H.R. 12255, ... on"), a bill passed over as one
 * word (entry_dates.c). */
int sc_entry_role_before(const sc_entry *e, size_t so);


/* entry_prose.c: how prose tells a law's enactment (see there).  @p l is
 * the law's index in the group, @p to or @p f the date's start or fact. */
int sc_entry_one_clause(const uint8_t *b, size_t from, size_t to, int no_close);
int sc_entry_fact_between(const sc_entry *e, size_t from, size_t to);
int sc_entry_appositive(const sc_entry *e, size_t from, size_t to);
int sc_entry_which_and(const sc_entry *e, size_t from, size_t to);
int sc_entry_it_then_date(const sc_entry *e, int l, size_t to);
int sc_entry_subject_then_date(const sc_entry *e, int l, const sc_date_fact *f);
int sc_entry_bill_then_law(const sc_entry *e, const sc_date_fact *f, int l);
int sc_entry_words_then_law(const sc_entry *e, const sc_date_fact *f, int l);
int sc_entry_date_then_cite(const sc_entry *e, const sc_date_fact *f, int l);
int sc_entry_name_then_anaphor(const sc_entry *e, int k, int l);
int sc_entry_name_subject_becomes(const sc_entry *e, int k, int l);
/* An abbreviation word at b[i..) (entry_names.c): a capital, then capitals,
 * digits and "&.-", two capitals at least, at most ten bytes ("HIPAA",
 * "FD&C", "ADA", an Act's acronym "(ACA; ..."); its end, or i when there
 * is none. */
size_t sc_entry_abbrev_end(const sc_entry *e, size_t i);

/* Where the short form in brackets right after a name at b[eo] (or its
 * comma) ends -- "(HIPAA)", "[ADA]", "(hereinafter the “Act”)", "(VAWA
 * 2013;" before the law in the same brackets -- or @p eo when none
 * follows (entry_names.c). */
size_t sc_entry_short_form_end(const sc_entry *e, size_t eo);

/* Where a Congress's ordinal that ends at b[s] (not before @p lo) begins
 * ("92nd Congress", "92d Cong."), else SIZE_MAX (entry_filler.c). */
size_t sc_entry_congress_ending_at(const uint8_t *b, size_t lo, size_t s);

/* @p sf, a short form's end after a name at b[from] (sc_entry_short_form_end,
 * a name's tie_eo), when it closes its bracket -- "(XA)", "[XA]", not "(VAWA
 * 2013;" open before the law in it -- and lies after @p from and by @p lim;
 * else @p from. */
static inline size_t sc_entry_closed_form(const uint8_t *b, size_t from, size_t sf, size_t lim)
{
    return sf > from && sf <= lim && (b[sf - 1] == ')' || b[sf - 1] == ']') ? sf : from;
}
/* Is @p pos in a sentence after law @p l's that tells a fact of it by
 * "it" or "the law" (sc_ctx_tells_back), as does every sentence between,
 * in an entry of that one law, with no word of another law after it?
 * "Public Law 101-11 concerns wildfire crews.  It's at 103 Stat. 15, and
 * it started life as H.R. 829.  President Reagan signed it on ..." */
int sc_entry_told_back(const sc_entry *e, size_t pos, int l);
/* Is law @p l the only law and bill of its item, in an entry of ';' items
 * (a string citation's, "...; 104 Stat. 747, § 6 (103d Congress, enacted
 * as Pub. L. No. 101-391); ..."): no other between the ';' outside
 * brackets before it and the one after it?  Then the item's bounds in
 * *lo, *hi (when not NULL).  0 for an entry of one item.  The items are
 * read once an entry (sc_entry.semi; entry_ties.c). */
int sc_entry_item_alone(sc_entry *e, int l, size_t *lo, size_t *hi);
/* sc_entry_item_alone(), but a bill in the item is no other fact's when
 * @p bills_too: "...; Public Law 109-451 (Dec. 22, 2006, S.895, approved by
 * President X)" -- the item's signer is its law's whatever its bill. */
int sc_entry_item_of_read(sc_entry *e, int l, size_t *lo, size_t *hi, int bills_too);
/* (inline: an entry whose items are read and are one, most, answers 0
 * without a call -- the pages' checks ask it of each page) */
static inline int sc_entry_item_of(sc_entry *e, int l, size_t *lo, size_t *hi, int bills_too)
{
    if (e->items_read && !e->nsemi)
        return 0;
    return sc_entry_item_of_read(e, l, lo, hi, bills_too);
}
/* The string citation's item that holds b[at] (a ';' outside brackets and
 * names parts them), in b[*lo..*hi), when it holds no citation of the
 * entry: 1; 0 when the entry has no items or that item cites something. */
int sc_entry_item_bare(sc_entry *e, size_t at, size_t *lo, size_t *hi);
/* Does b[lo..hi) hold a word of another law's doing -- "amend",
 * "repeal", "supersede", "extend", "revise", "replace", "redesignate",
 * "transfer" (any form)?  Then a page and a fact on either side of it are
 * no one law's (entry_ties.c; check_page_facts.c). */
int sc_entry_acted_on(const uint8_t *b, size_t lo, size_t hi);
/* An entry about its one law (every Act it names is that law by the
 * tables): a bill in apposition to the Act's name, tied to no law, is the
 * law's ("6 May 1960: Civil Rights Act of 1960 (H.R. 8601, 86th Congress)
 * signed by President Eisenhower; Public Law 86-449"). (entry_tie_names.c) */
void sc_entry_tie_named_bill(sc_entry *e);

/* What the tie files (entry_ties.c, entry_tie_dates.c, entry_tie_names.c)
 * share. */
/* Reads once the entry's ';' outside brackets and names that part its
 * items, a string citation's (sc_entry.semi) (entry_ties.c). */
void sc_entry_read_items(sc_entry *e);
/* Is the fact at b[at] in another item than law @p l -- a ';' outside
 * brackets between them -- whose item names a law of its own by an Act's
 * name (or an Act's section written out) or a bill ("...; 112 Stat. 3040, October 30, 1998, Dutch John ...
 * Act of 1998 (...)")?  Then it is that item's fact.  (An item of a law
 * number only, as the Code's credits write them -- "...; Oct. 9, 1962,
 * Pub. L. 87-761, § 1, 76 Stat. 760" -- is tied as before.)  With @p laws
 * ITEM_LAWS the item may name its law by its number, with ITEM_PAGES by
 * its page (entry_ties.c). */
int sc_entry_in_other_item_read(sc_entry *e, int l, size_t at, int laws);
#define ITEM_LAWS 1
#define ITEM_PAGES 2
/* (inline: an entry whose items are read and are one, most, answers 0
 * without a call -- asked of each date and page) */
static inline int sc_entry_in_other_item_of(sc_entry *e, int l, size_t at, int laws)
{
    if (e->items_read && !e->nsemi)
        return 0;
    return sc_entry_in_other_item_read(e, l, at, laws);
}
/* The law nearest before window offset @p at (its index), or -1
 * (entry_ties.c). */
int sc_entry_law_before(const sc_entry *e, size_t at);
/* entry_names.c: is the number at b[ws] a section's or a part's ("section
 * 610 of ...", "§ 5 of", "title II of"): a unit word or a section sign
 * right before it? */
int sc_entry_designates(const sc_entry *e, size_t ws);

/* entry_ties.c: is a fact of the entry at b[@p at] not law @p l's because
 * the law acted on something else the sentence tells of -- the law the
 * agent, "by" right before it ("The X Act, signed by President Clinton,
 * was amended by Pub. L. 110-181"), or the subject of a clause of its own
 * ("..., which Pub. L. 110-181 later amended", "..., and Pub. L. 110-181
 * amended it"), the fact before it; or the fact in a relative clause after
 * its verb's object ("Pub. L. 110-181 amended the X Act, which President
 * Clinton signed")?  Not "Pub. L. 101-336 amended section 504 and was
 * signed by ...", nor "Enacted by the 100th Congress, Pub. L. 101-336
 * amended ...". */
int sc_entry_law_acting(const sc_entry *e, int l, size_t at);
/* The law nearest after window offset @p at (its index), or -1
 * (entry_ties.c). */
int sc_entry_law_after(const sc_entry *e, size_t at);
/* How many of the group's citations are laws (public or private). */
static inline int sc_entry_nlaws(const sc_entry *e)
{
    return e->nlaw;
}
/* The group index of the entry's first law in the window, or -1. */
static inline int sc_entry_first_law(const sc_entry *e)
{
    return e->law_in ? __builtin_ctzll(e->law_in) : -1;
}
/* Is the citation at b[at] a section of the law named just before it
 * ("section 2 of Pub. L. 87-849")? (entry_ties.c) */
int sc_entry_section_before(const sc_entry *e, size_t at);
/* May b[from..to) stand between a fact and its law across one sentence's
 * end, the next sentence telling back of the law, each filler of @p allow?
 * (entry_ties.c) */
int sc_entry_told_across(const sc_entry *e, size_t from, size_t to, unsigned allow);
/* Does the bracket that holds law @p a close right after it? (entry_ties.c) */
int sc_entry_law_closes_bracket(const sc_entry *e, int a);
/* Are b[a] and b[z] inside one bracket, opened before a and not closed
 * between? (entry_ties.c) */
int sc_entry_one_bracket(const sc_entry *e, size_t a, size_t z);
/* Do the tables give name @p k of the entry law @p l (among the first four
 * laws of that name)? (entry_ties.c) */
int sc_entry_name_is_law(sc_entry *e, int k, const sc_ref_law *l);
/* The sentence of the entry that holds w->buf[so..eo): its start in *s,
 * its period (or the entry's end) in *t (entry_ties.c). */
void sc_entry_sentence_of(const sc_entry *e, size_t so, size_t eo, size_t *s, size_t *t);

void sc_entry_gather_dates(sc_entry *e); /* entry_dates.c */
/* Is the entry's one line a row of a table (1: under a header; 2: of a
 * table with none)?  Then its bounds are the row's and its cells' roles
 * noted (entry.c). */
int sc_entry_row(sc_entry *e);
/* A table row's dates by their column: the one under "Enacted", "Date",
 * or with no header the one cell that is a date alone, the law's day
 * (entry.c; after sc_entry_gather_dates). */
void sc_entry_row_dates(sc_entry *e);
void sc_entry_gather_names(sc_entry *e); /* entry_names.c */
void sc_entry_tie_pages(sc_entry *e);    /* entry_ties.c  */
/* After the names are tied: a page alone in the bracket right after a name
 * tied to a law, still untied, is that law's ("The X Act of 1996 (112
 * Stat. 3793, 3803) became law on ... The law is PL 104-304"). */
void sc_entry_tie_name_pages(sc_entry *e); /* entry_ties.c */
void sc_entry_tie_dates(sc_entry *e);    /* entry_tie_dates.c */
void sc_entry_tie_names(sc_entry *e);    /* entry_tie_names.c */
/* A day alone opening the bracket right after an Act's name tied to a law
 * ("The X Act (5/18/1956; 84th Congress) ... PL 84-511"): that law's
 * (entry_tie_dates.c; after sc_entry_tie_names()). */
void sc_entry_tie_name_dates(sc_entry *e);
void sc_entry_tie_bills(sc_entry *e);    /* entry_bills.c */
/* A list of laws, then in its clause a list of as many dates or bills
 * (or before it of bills or Act names): each fact the law's in its place
 * ("Pub. L. 110-2 and Pub. L. 110-5 came from H.R. 475 and H.J. Res. 20"),
 * over the nearest-fact ties (entry_tie_order.c; after the bills', dates'
 * and names' ties). */
void sc_entry_tie_in_order(sc_entry *e);
/* An entry's later sentence whose bill and day name another law (of
 * another Congress, or of another day and a number no pen slip away):
 * "Pub. L. 106-224 was enacted in 2000.  President Trump signed H.R. 3151
 * on July 1, 2019."  Its facts are no longer the law's, and the entry ends
 * before it when it is the last (entry_other_story.c; after the ties). */
void sc_entry_cut_other_story(sc_entry *e);
/* Each law written as a Markdown link to a bill's page on congress.gov
 * (as CRS reports link every law): that bill, in link_bill[] (entry_bills.c). */
void sc_entry_link_bills(sc_entry *e);

#endif
