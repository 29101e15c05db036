/*
 * chapter.c -- chapter citations: "Act of June 25, 1948, ch. 646, 62 Stat.
 * 869".  For each Statutes at Large citation of a group, the grammar's rule
 * context.chapter (grammar/45-chapters.rules) is searched in the text just
 * before it; a match running up to the citation gives the session law's
 * chapter and date, stored in the citation's `chapter` and `date` fields.
 * The citation's span and key stay those of the Stat. page, except for a
 * footnote mark glued to the page, which the chapter shows (unglue_footnote).
 */
#include "chapter.h"

#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "normalize.h"
#include "ref_historic.h"
#include "rules.h"

/* How far before a Stat. citation its chapter and date may begin. */
#define CH_LOOKBACK 200
/* How far before its "ch." a chapter citation's date may begin. */
#define CH_DATE_MAX 64

/* "646" or a Roman numeral "CXXXVII"; 0 when neither. */
static int chapter_value(const uint8_t *p, size_t n)
{
    if (n == 0)
        return 0;
    if (sc_isdigit(p[0])) {
        int v = 0;
        for (size_t i = 0; i < n && sc_isdigit(p[i]) && v < 100000; i++)
            v = v * 10 + (p[i] - '0');
        return v;
    }
    static const char digits[] = "IVXLC";
    static const int val[] = { 1, 5, 10, 50, 100 };
    int tot = 0;
    for (size_t i = 0; i < n; i++) {
        const char *d = memchr(digits, p[i], 5);
        if (!d)
            return 0;
        int v = val[d - digits], next = 0;
        if (i + 1 < n) {
            const char *e = memchr(digits, p[i + 1], 5);
            next = e ? val[e - digits] : 0;
        }
        tot += next > v ? -v : v;
    }
    return tot > 0 ? tot : 0;
}

int32_t sc_chapter_date_value(const uint8_t *b, const sc_groups *g)
{
    if (!sc_gset(g, SC_G_MONTH) || !sc_gset(g, SC_G_DAY) || !sc_gset(g, SC_G_YEAR))
        return 0;
    static const char *const mon[] = { "jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec" };
    int month = 0, day = 0, year = 0;
    size_t m = g->so[SC_G_MONTH];
    for (int k = 0; k < 12; k++)
        if (sc_tolower(b[m]) == mon[k][0] && sc_tolower(b[m + 1]) == mon[k][1] &&
            sc_tolower(b[m + 2]) == mon[k][2])
            month = k + 1;
    for (size_t k = g->so[SC_G_DAY]; k < g->eo[SC_G_DAY]; k++)
        day = day * 10 + (b[k] - '0');
    for (size_t k = g->so[SC_G_YEAR]; k < g->eo[SC_G_YEAR]; k++)
        year = year * 10 + (b[k] - '0');
    if (!month || day < 1 || day > 31)
        return 0;
    return year * 10000 + month * 100 + day;
}

/* Is b[k] the older chapter word "c." -- a lower-case 'c' alone, a
 * period, a blank and a digit ("1942, c. 587, 56 Stat. 795")? */
static inline int c_dot(const uint8_t *b, size_t from, size_t k, size_t to)
{
    return b[k] == 'c' && k + 3 < to && b[k + 1] == '.' && b[k + 2] == ' ' && sc_isdigit(b[k + 3]) &&
           (k == from || !sc_isalnum(b[k - 1]));
}

/* The first "ch." / "chap." / "chapter" / "CH." / "c." in buf[from..to), or to.
 * Most Stat. citations have none before them: the rule is not run then. */
static size_t first_chapter_word(const uint8_t *b, size_t from, size_t to)
{
    size_t i = from + 1;
#if defined(__SSE2__)
    /* 16 places at a time: a "c" or "C" just before an "h" or "H" */
    const __m128i lc = _mm_set1_epi8(0x20), c = _mm_set1_epi8('c'), h = _mm_set1_epi8('h'),
                  dot = _mm_set1_epi8('.');
    for (; i + 17 <= to; i += 16) {
        __m128i v0 = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(b + i - 1)), lc);
        __m128i v1 = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(b + i)), lc);
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(
            _mm_cmpeq_epi8(v0, c), _mm_or_si128(_mm_cmpeq_epi8(v1, h), _mm_cmpeq_epi8(v1, dot))));
        for (; m; m &= m - 1) {
            size_t k = i + (size_t)__builtin_ctz(m); /* k + 1 < to: k < i + 16 */
            if (b[k] == '.' ? c_dot(b, from, k - 1, to)
                            : b[k + 1] == '.' || (b[k + 1] == 'a' && k + 2 < to && b[k + 2] == 'p'))
                return k - 1;
        }
    }
#endif
    for (; i + 1 < to; i++) {
        if (b[i] == '.' && b[i - 1] == 'c' && c_dot(b, from, i - 1, to))
            return i - 1;
        if ((b[i] != 'h' && b[i] != 'H') || (b[i - 1] != 'c' && b[i - 1] != 'C'))
            continue;
        if (b[i + 1] == '.' || (b[i + 1] == 'a' && i + 2 < to && b[i + 2] == 'p'))
            return i - 1;
    }
    return to;
}

/* Can a date end just before the chapter word at b[ch]: "1948, ch."?
 * CHDATE's year is followed at once by ", " and spaces ({SP}: blanks,
 * line breaks, bytes of UTF-8 spaces, entities such as "&nbsp;").  When it
 * cannot, the match can only begin at a chapter word, and the rule is
 * searched from there instead of from up to CH_DATE_MAX bytes before. */
static size_t date_may_end_before(const uint8_t *b, size_t from, size_t ch)
{
    size_t i = ch;
    while (i > from) {
        uint8_t c = b[i - 1];
        if (sc_isspace(c) || c >= 0x80) {
            i--;
        } else if (c == ';') { /* an entity: back to its '&' */
            size_t j = i - 1;
            while (j > from && i - j < 10 && b[j - 1] != '&')
                j--;
            if (j == from || b[j - 1] != '&')
                return 1; /* not sure: let the rule decide */
            i = j - 1;
        } else {
            break;
        }
    }
    return i >= from + 2 && b[i - 1] == ',' && sc_isdigit(b[i - 2]) ? i - 1 : 0;
}

/* Where the date ending with the comma at b[comma] begins, when it is
 * written plainly ("June 25, 1948", "Mar. 3 1875"): year digits, blanks, an
 * optional comma, day digits, blanks, a month word.  0 when it is not
 * plain (entities, line breaks with running heads): the caller then
 * searches from CH_DATE_MAX bytes before. */
static size_t plain_date_start(const uint8_t *b, size_t from, size_t comma)
{
    size_t i = comma;
    size_t n = 0;
    while (i > from && sc_isdigit(b[i - 1]) && n < 4)
        i--, n++;
    if (n != 4)
        return 0;
    while (i > from && (b[i - 1] == ' ' || b[i - 1] == '\t' || b[i - 1] == ','))
        i--;
    n = 0;
    while (i > from && sc_isdigit(b[i - 1]) && n < 2)
        i--, n++;
    if (n == 0)
        return 0;
    size_t sp = i;
    while (i > from && (b[i - 1] == ' ' || b[i - 1] == '\t'))
        i--;
    if (i == sp)
        return 0;
    n = 0;
    while (i > from && (sc_isalpha(b[i - 1]) || b[i - 1] == '.') && n < 10)
        i--, n++;
    return n >= 3 && i > from ? i - 1 : 0; /* a byte before it, for the lookbehind */
}

/*
 * "Mar. 4, 1913, ch. 168, 37 Stat. 10183, and": a footnote number glued to
 * the page, as the Code's notes print them.  When the page lies far past the
 * last law the volume prints (over twice its first page), and the page
 * without its last one or two digits is in the chapter cited (of the date
 * written, when there is one), those digits are the mark: the citation ends
 * before them, and its page and key are the chapter's.  Without a chapter
 * nothing says what the page was, and it is left as written.
 */
static void unglue_footnote(sc_citation *c)
{
    char *end;
    long v = sc_strtol10(c->volume, &end); /* (strtol's answer, most volumes read inline) */
    if (*end || v <= 0 || v > 64)
        return; /* only the volumes with chapters on record */
    size_t n = strlen(c->pages);
    if (n < 4 || strspn(c->pages, "0123456789") != n)
        return;
    long p = sc_strtol10(c->pages, NULL);
    const sc_hist_law *last[4];
    int k = sc_hist_at_page((int)v, 1 << 30, last, 4);
    if (k == 0 || last[0]->page <= 0 || p <= 2L * last[0]->page)
        return;
    const sc_hist_law *cand[SC_HIST_SAME_CHAPTER_MAX];
    int nc = sc_hist_chapter_in_volume((int)v, c->chapter, cand, SC_HIST_SAME_CHAPTER_MAX);
    for (size_t cut = 1; cut <= 2 && n - cut >= 1; cut++) {
        long q = p;
        for (size_t i = 0; i < cut; i++)
            q /= 10;
        for (int i = 0; i < nc; i++) {
            if ((c->date && cand[i]->date && cand[i]->date != c->date) ||
                !sc_hist_holds(cand[i], (int)v, (int)q))
                continue;
            c->pages[n - cut] = '\0';
            c->end -= cut;
            if (c->raw_len >= cut)
                c->raw_len -= cut;
            if (c->raw_len < sizeof c->raw)
                c->raw[c->raw_len] = '\0';
            sc_norm_finish(c);
            return;
        }
    }
}

/* Can a match end at b[to] at all?  A match runs from a chapter word
 * through its number, path ("title II", "§ 287") and ", " to the citation:
 * no ';' (but in an entity) and no other "Stat" in between.  The text from the last chapter
 * word before b[to] is the end of any match; when it holds either, the rule
 * cannot match and is not searched (a third of the searches, over up to
 * CH_LOOKBACK bytes each: "ch. 130, § 1, 18 Stat. 372; Mar. 4, 1909, ..."
 * seen from a later Stat. citation). */
static int tail_possible(const uint8_t *b, size_t from, size_t to)
{
    for (size_t i = to; i > from + 1; i--) {
        uint8_t c = b[i - 1];
        if (c == ';') {
            size_t j = i - 1; /* "&nbsp;", "&#167;": a space or a sign, not a stop */
            while (j > from && i - j < 9 && (sc_isalnum(b[j - 1]) || b[j - 1] == '#'))
                j--;
            if (j == from || b[j - 1] != '&')
                return 0;
            i = j; /* past the entity */
            continue;
        }
        if (c == 't' && i >= from + 4 && b[i - 4] == 'S' && b[i - 3] == 't' && b[i - 2] == 'a')
            return 0; /* "Stat" */
        if ((c == '.' || c == 'a') && (b[i - 2] == 'h' || b[i - 2] == 'H') && i >= from + 3 &&
            (b[i - 3] == 'c' || b[i - 3] == 'C'))
            return 1; /* "ch." / "chap": the last chapter word, reached cleanly */
        if (c == '.' && b[i - 2] == 'c' && c_dot(b, from, i - 2, to))
            return 1; /* (or "c.") */
    }
    return 1;
}

/* The order of bill text, when no chapter is written before the page:
 * "the Act of June 8, 1938 (52 Stat. 631, chapter 327; ...)" -- the
 * chapter after the page (context.chapter_after), the Act's date before
 * its bracket or comma (context.actdate), each into @p c when written. */
static void bill_text_order(const sc_rules *r, sc_matcher *m, const sc_window *w, sc_citation *c,
                            size_t s)
{
    const uint8_t *b = w->buf;
    size_t e = (size_t)(c->end - w->base);
    sc_groups g;
    if (r->ctx_chapter_after >= 0 && e + 4 < w->len && b[e] == ',') {
        size_t lim = e + 40 < w->len ? e + 40 : w->len;
        size_t k = e + 1;
        while (k < lim && (b[k] == ' ' || b[k] == '\n'))
            k++;
        if (k + 2 < lim && (b[k] | 0x20) == 'c' && ((b[k + 1] | 0x20) == 'h' || b[k + 1] == '.') &&
            sc_rule_match(r, r->ctx_chapter_after, m, b, lim, e, &g) != SC_UNSET &&
            sc_gset(&g, SC_G_CHAPTER)) {
            int num = chapter_value(b + g.so[SC_G_CHAPTER], g.eo[SC_G_CHAPTER] - g.so[SC_G_CHAPTER]);
            if (num > 0 && num <= 32767)
                c->chapter = num;
        }
    }
    /* "Act of June 8, 1938 (" / "Act of June 8, 1938, " right before it */
    size_t k = s;
    while (k > 0 && b[k - 1] == ' ')
        k--;
    if (r->ctx_actdate < 0 || k < 20 || (b[k - 1] != '(' && b[k - 1] != ','))
        return;
    /* back over the date, plainly written ("June 8, 1938"), to "Act of "
     * before it: most pages have a law or a credit's date before them */
    size_t j = k - 1, y;
    while (j > 0 && b[j - 1] == ' ')
        j--;
    for (y = j; y > 0 && j - y < 4 && sc_isdigit(b[y - 1]); y--)
        ;
    if (j - y != 4)
        return;
    while (y > 0 && (b[y - 1] == ' ' || b[y - 1] == ',' || sc_isdigit(b[y - 1])) && j - y < 12)
        y--;
    while (y > 0 && (sc_isalpha(b[y - 1]) || b[y - 1] == '.') && j - y < 24)
        y--;
    while (y > 0 && b[y - 1] == ' ')
        y--;
    if (y < 6 || memcmp(b + y - 5, "ct of", 5) != 0 ||
        sc_rule_match(r, r->ctx_actdate, m, b, s, y - 6, &g) == SC_UNSET)
        return;
    c->date = sc_chapter_date_value(b, &g);
}

/* The date in brackets right before the chapter word at b[ch], the
 * bracket closed and a comma after it -- "A statute of the 79th Congress
 * (July 19, 1946), ch. 596, 60 Stat. 641" -- as yyyymmdd; else 0.  (Read
 * here, not by the grammar's rule: a second form of its date there costs
 * every chapter citation's match.) */
static int32_t bracket_date_before(const uint8_t *b, size_t from, size_t ch)
{
    size_t i = ch;
    while (i > from && b[i - 1] == ' ')
        i--;
    if (i < from + 12 || b[i - 1] != ',' || b[i - 2] != ')' || !sc_isdigit(b[i - 3]))
        return 0;
    size_t close = i - 2, open = close;
    while (open > from && close - open < 24 && b[open - 1] != '(')
        open--;
    if (open <= from || b[open - 1] != '(')
        return 0;
    size_t end;
    int32_t d = sc_date_at(b, open, close, &end);
    return d && end == close ? d : 0;
}

/* The chapter and date written before the Stat. citation @p c at w->buf[s]
 * ("Act of June 25, 1948, ch. 646, 62 Stat. 869"), the chapter word at
 * w->buf[ch]: into @p c; 0 when the rule finds none. */
static int chapter_before(const sc_rules *r, int ri, sc_matcher *m, const sc_window *w,
                          sc_citation *c, size_t s, size_t from, size_t ch)
{
    size_t lo = from; /* (the look-back's start, for a date in brackets) */
    /* a match begins at most a date (with its spaces) before the word,
     * and at the word itself when no date ends before it */
    size_t comma = date_may_end_before(w->buf, from, ch), ds;
    if (!comma)
        from = ch;
    else if ((ds = plain_date_start(w->buf, from, comma)) != 0)
        from = ds;
    else if (ch > from + CH_DATE_MAX)
        from = ch - CH_DATE_MAX;
    sc_groups g;
    /* the subject ends where the citation starts: the rule ends in \z,
     * so the leftmost match is the one running up to the citation */
    if (sc_rule_match(r, ri, m, w->buf, s, from, &g) == SC_UNSET || !sc_gset(&g, SC_G_CHAPTER))
        return 0;
    int num = chapter_value(w->buf + g.so[SC_G_CHAPTER], g.eo[SC_G_CHAPTER] - g.so[SC_G_CHAPTER]);
    if (num <= 0 || num > 32767)
        return 1; /* (a chapter written, but no number one: nothing to read after it) */
    c->chapter = num;
    c->date = sc_chapter_date_value(w->buf, &g);
    if (!c->date) { /* (before the chapter word the rule matched: back from its number) */
        size_t cw = g.so[SC_G_CHAPTER];
        while (cw > lo && (w->buf[cw - 1] == ' ' || w->buf[cw - 1] == '.' || sc_isalpha(w->buf[cw - 1])))
            cw--;
        c->date = bracket_date_before(w->buf, lo, cw);
    }
    unglue_footnote(c);
    return 1;
}

void sc_chapter_link(const sc_rules *r, sc_matcher *m, const sc_window *w, sc_citation *group,
                     int n)
{
    int ri = -1;
    for (int i = 0; i < n; i++) {
        sc_citation *c = &group[i];
        if (c->type != SC_STAT || c->start < w->base || c->start - w->base > w->len)
            continue;
        if (ri < 0 && (ri = r->ctx_chapter) < 0)
            return; /* a grammar without the rule (--rules) */
        size_t s = (size_t)(c->start - w->base);
        size_t from = s > CH_LOOKBACK ? s - CH_LOOKBACK : 0;
        size_t ch = first_chapter_word(w->buf, from, s);
        if (ch >= s || !tail_possible(w->buf, ch, s) || !chapter_before(r, ri, m, w, c, s, from, ch))
            bill_text_order(r, m, w, c, s); /* none before the page: bill text's order? */
    }
}
