/*
 * context_congress.c -- which Congress a bill belongs to when the text
 * names it nearby (FORMAT.md's "@Congress" rule: same sentence,
 * parenthetical or list item, or the heading block of a slip law or bill-
 * status page; a Congress named elsewhere does not count), and Congresses
 * spelled out or in a cell.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "html.h"
#include "scan.h"
#include "table.h"
#include "context_in.h"

/* How far around a heading to look for its Congress. */
#define HEADING_REACH 1500u

int sc_spelled_number(const uint8_t *p, size_t n)
{
    static const char *const ones[] = { "first", "second", "third", "fourth", "fifth",
                                        "sixth", "seventh", "eighth", "ninth", "tenth",
                                        "eleventh", "twelfth", "thirteenth", "fourteenth",
                                        "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                        "nineteenth" };
    static const char *const tens[] = { "twent", "thirt", "fort", "fift", "sixt", "sevent",
                                        "eight", "ninet" };
    /* (and the cardinals, a volume's: "Thirty-seven Statutes at Large") */
    static const char *const cards[] = { "one", "two", "three", "four", "five", "six", "seven",
                                         "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                                         "fourteen", "fifteen", "sixteen", "seventeen",
                                         "eighteen", "nineteen" };
    int v = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && !sc_isalpha(p[i]))
            i++;
        char w[24];
        size_t k = 0;
        while (i < n && sc_isalpha(p[i])) {
            if (k + 1 < sizeof w)
                w[k++] = (char)sc_tolower(p[i]);
            i++;
        }
        w[k] = '\0';
        if (k == 0)
            break;
        if (strncmp(w, "hundred", 7) == 0) {
            v = (v ? v : 1) * 100; /* "One Hundred Eighth" */
            continue;
        }
        int hit = 0;
        for (int j = 0; j < 19 && !hit; j++)
            if (strcmp(w, ones[j]) == 0) {
                v += j + 1;
                hit = 1;
            }
        for (int j = 0; j < 19 && !hit; j++)
            if (strcmp(w, cards[j]) == 0) {
                v += j + 1;
                hit = 1;
            }
        for (int j = 0; j < 8 && !hit; j++)
            if (strncmp(w, tens[j], strlen(tens[j])) == 0 &&
                (strcmp(w + strlen(tens[j]), "y") == 0 || strcmp(w + strlen(tens[j]), "ieth") == 0)) {
                v += (j + 2) * 10;
                hit = 1;
            }
    }
    return v;
}

int sc_ctx_congress_value(const uint8_t *subj, const sc_groups *g)
{
    if (sc_gset(g, SC_G_ORD)) {
        int v = 0;
        for (size_t i = g->so[SC_G_ORD]; i < g->eo[SC_G_ORD]; i++)
            v = v * 10 + (subj[i] - '0');
        return v;
    }
    if (sc_gset(g, SC_G_SPELLED))
        return sc_spelled_number(subj + g->so[SC_G_SPELLED], g->eo[SC_G_SPELLED] - g->so[SC_G_SPELLED]);
    return 0;
}

int sc_ctx_congress_cell(const uint8_t *b, size_t so, size_t eo)
{
    if (eo > so + 7 && memcmp(b + eo - 8, "Congress", 8) == 0)
        eo -= 8; /* "One Hundred Seventh Congress", "92nd Congress" */
    else if (eo > so + 4 && memcmp(b + eo - 5, "Cong.", 5) == 0)
        eo -= 5;
    while (eo > so && (b[eo - 1] == ' ' || b[eo - 1] == '\t'))
        eo--;
    if (eo == so)
        return 0;
    if (sc_isdigit(b[so])) { /* "103rd", "103d", "103" */
        int v = 0;
        size_t i = so;
        while (i < eo && sc_isdigit(b[i]) && v < 1000)
            v = v * 10 + (b[i++] - '0');
        size_t n = eo - i;
        if (n == 0 || (n <= 2 && ((n == 1 && b[i] == 'd') ||
                                  (n == 2 && (memcmp(b + i, "st", 2) == 0 || memcmp(b + i, "nd", 2) == 0 ||
                                              memcmp(b + i, "rd", 2) == 0 || memcmp(b + i, "th", 2) == 0 ||
                                              memcmp(b + i, "RD", 2) == 0 || memcmp(b + i, "TH", 2) == 0 ||
                                              memcmp(b + i, "ST", 2) == 0 || memcmp(b + i, "ND", 2) == 0)))))
            return v;
        return 0;
    }
    for (size_t i = so; i < eo; i++) /* "Ninety-second", "One Hundred First": words alone */
        if (!sc_isalpha(b[i]) && b[i] != ' ' && b[i] != '-')
            return 0;
    return sc_spelled_number(b + so, eo - so);
}

/* The start and the end of the line of w->buf[i] (memrchr and memchr: a
 * line of prose is long). */
static size_t line_start(const sc_window *w, size_t i)
{
    const uint8_t *p = i > 0 ? memrchr(w->buf, '\n', i) : NULL;
    return p ? (size_t)(p - w->buf) + 1 : 0;
}

static size_t line_end(const sc_window *w, size_t i)
{
    const uint8_t *p = i < w->len ? memchr(w->buf + i, '\n', w->len - i) : NULL;
    return p ? (size_t)(p - w->buf) : (i > w->len ? i : w->len);
}

static int blank(uint8_t c) { return c == ' ' || c == '\t' || c == '\r'; }

/* Does buf[from..to) hold "Cong"?  Every match of context.congress does
 * ("Congress", "Cong.": grammar/90-context.rules, kept in step with it), so
 * where it is absent the rule is not run (a search over up to 1,200 bytes
 * for each bill without a Congress of its own: sc_find_text(), memchr()
 * and a compare, is faster there than memmem()). */
static int has_cong(const uint8_t *buf, size_t from, size_t to)
{
    return to - from >= 4 && sc_find_text(buf + from, to - from, "Cong", 4) != NULL;
}

/* Where the run of bytes that may stand before the "Cong" at b[cong] in a
 * match of the Congress rule begins, not before @p p: letters, digits,
 * blanks of any kind ("&nbsp;"), a page's running head ("\n117 STAT.
 * 12\n").  With @p words (the built-in rule), the run also ends after a
 * word of small letters standing alone (after no letter, digit, '-', '&'
 * or '#'), other than "and": the rule
 * holds none before its "Cong" -- its small letters are an ordinal's
 * suffix ("113th"), a word after a hyphen ("Eighty-first"), an entity's
 * name ("&nbsp;") and the "and" of "One Hundred and Thirteenth" -- so no
 * match begins before that word, nor in it (a small letter begins none):
 * the rule is not tried at each byte of the prose before ("... the first
 * session of the 96th Congress"). */
static size_t congress_run(const uint8_t *b, size_t p, size_t cong, int words)
{
    size_t from = cong;
    while (from > p) {
        uint8_t ch = b[from - 1];
        if (sc_isalpha(ch)) {
            size_t ws = from - 1;
            while (ws > p && sc_isalpha(b[ws - 1]))
                ws--;
            if (words && sc_islower(b[ws]) &&
                (ws == 0 || !(sc_isalnum(b[ws - 1]) || b[ws - 1] == '-' || b[ws - 1] == '&' ||
                              b[ws - 1] == '#')) &&
                !(from - ws == 3 && b[ws] == 'a' && b[ws + 1] == 'n' && b[ws + 2] == 'd'))
                return from;
            from = ws;
        } else if (sc_isdigit(ch) || ch >= 0x80 || (ch && strchr(" \t\n\r\f\v-&;#.,", ch))) {
            from--;
        } else {
            break;
        }
    }
    return from;
}

/* May the "Congress" or "Cong." at b[k..we) be the one of a match of the
 * Congress rule?  Before ':' always ("Congress: 96th"); else only after a
 * run of blanks (its {SP1}) that follows a digit ("96 Congress"), a word
 * that is no small-letter word standing alone (an ordinal's suffix,
 * "States", a spelled ordinal: "the Congress", "of Congress" are none),
 * or a byte a blank of another kind ends with (no-break spaces, "&nbsp;",
 * a line's end after a running head).  No when it cannot. */
static int congress_may_end(const uint8_t *b, size_t k, size_t we, size_t hi)
{
    if (we < hi && b[we] == ':')
        return 1;
    size_t j = k;
    while (j > 0 && (b[j - 1] == ' ' || b[j - 1] == '\t' || b[j - 1] == '\n' || b[j - 1] == '\r'))
        j--;
    if (j == 0)
        return 0;
    uint8_t c = b[j - 1];
    if (c >= 0x80 || c == ';' || c == '\v' || c == '\f')
        return 1;
    if (j == k || !sc_isalnum(c))
        return 0; /* (no blank before it, or a sign before the blanks) */
    if (sc_isdigit(c))
        return 1;
    size_t ws = j - 1;
    while (ws > 0 && sc_isalpha(b[ws - 1]))
        ws--;
    return !(sc_islower(b[ws]) &&
             (ws == 0 || !(sc_isalnum(b[ws - 1]) || b[ws - 1] == '-' || b[ws - 1] == '&' ||
                           b[ws - 1] == '#')));
}

/* The first "Congress" (no letter or digit after it: not "Congressional")
 * or "Cong." in b[p..hi) that may be a match's (congress_may_end()), or
 * NULL: every match of the Congress rule holds one, and no other "Cong"
 * before it, so its search may begin at the run before it
 * (congress_run()), past the other "Cong"s, and need not begin at all
 * when there is none. */
static const uint8_t *congress_word(const uint8_t *b, size_t p, size_t hi)
{
    for (const uint8_t *q; p < hi && (q = sc_find_text(b + p, hi - p, "Cong", 4)) != NULL;
         p = (size_t)(q - b) + 4) {
        size_t k = (size_t)(q - b), we = k + 4;
        if (we < hi && b[we] == '.')
            we++;
        else if (we + 4 <= hi && memcmp(b + we, "ress", 4) == 0 && (we + 4 == hi || !sc_isalnum(b[we + 4])))
            we += 4;
        else
            continue;
        if (congress_may_end(b, k, we, hi))
            return q;
    }
    return NULL;
}

size_t sc_ctx_congress_from(const uint8_t *b, size_t p, size_t hi, int builtin)
{
    const uint8_t *cong = builtin ? congress_word(b, p, hi) : sc_find_text(b + p, hi - p, "Cong", 4);
    return cong ? congress_run(b, p, (size_t)(cong - b), builtin) : SIZE_MAX;
}

/* Is buf[ls..le) a heading line naming a Congress ("112th Congress",
 * "111th Congress (2009 - 2010)", "One Hundred Thirteenth Congress")? */
static int heading_congress(const sc_rules *r, int ctx, sc_matcher *m, const sc_window *w,
                            size_t ls, size_t le)
{
    while (ls < le && blank(w->buf[ls]))
        ls++;
    while (le > ls && blank(w->buf[le - 1]))
        le--;
    if (le - ls < 8 || le - ls > 80 || !has_cong(w->buf, ls, le))
        return 0;
    sc_groups g;
    size_t e = sc_rule_match(r, ctx, m, w->buf, le, ls, &g);
    if (e == SC_UNSET || g.so[SC_G_CITE] != ls)
        return 0;
    /* only an optional "(2009 - 2010)" may follow */
    size_t k = e;
    while (k < le && (blank(w->buf[k]) || w->buf[k] == '(' || w->buf[k] == ')' ||
                      w->buf[k] == '-' || sc_isdigit(w->buf[k])))
        k++;
    return k == le ? sc_ctx_congress_value(w->buf, &g) : 0;
}

/* Does a Congress mention at buf[so] belong to another bill of the group,
 * as in "H.R. 1, 110th Cong." (then it says nothing about this bill)? */
static int owned_by_other(const sc_window *w, const sc_citation *group, int n, int self, size_t so)
{
    for (int i = 0; i < n; i++) {
        if (i == self || group[i].type != SC_BILL)
            continue;
        uint64_t e = group[i].end, m = w->base + so;
        if (e <= m && m - e <= 3)
            return 1;
    }
    return 0;
}

/* Does an Act's name begin at buf[a]: capitalized words, "of", "and",
 * "for"... between them, up to the word "Act" ("Marine Mammal Protection
 * Act Amendments of 1988", "the Clean Air Act") -- a string citation's
 * next item, as a citation is?  A clause goes on in lower case ("the
 * Senate passed S. 7"). */
static int act_name_at(const uint8_t *buf, size_t a, size_t len)
{
    static const char *const joins[] = { "of", "and", "for", "to", "on", "in", "the", "a", NULL };
    size_t i = a, lim = a + 160 < len ? a + 160 : len;
    if (i >= lim || !(sc_isupper(buf[i]) || buf[i] == 't'))
        return 0;
    for (int words = 0; i < lim && words < 14; words++) {
        size_t we = i;
        while (we < lim && sc_isalpha(buf[we]))
            we++;
        if (we == i)
            return 0;
        if (we - i == 3 && memcmp(buf + i, "Act", 3) == 0)
            return words > 0;
        if (!sc_isupper(buf[i]) && !sc_ctx_word_of(buf, i, we, joins))
            return 0;
        i = we;
        if (i < lim && buf[i] == '-')
            i++;
        else if (i < lim && buf[i] == ' ')
            i++;
        else
            return 0;
    }
    return 0;
}

/* Is the ';' at buf[q] one between citations, a string citation's or a
 * list's: a citation of the group right after it (or an Act's name, the
 * next item's head), and right before it (with its closing brackets) one,
 * or a Congress its item ends with ("S. Res. 598 in the 115th Cong.; S.
 * Res. 284 ...") -- not a clause's ("the 117th Congress passed Senate Bill
 * 8, which the Governor opposed; House Bill 3 died")? */
static int cite_semi(const sc_window *w, const sc_citation *group, int n, size_t q)
{
    const uint8_t *buf = w->buf;
    size_t a = q + 1, z = q;
    while (a < w->len && a < q + 4 && buf[a] == ' ')
        a++;
    while (z > 0 && q - z < 4 && (buf[z - 1] == ' ' || buf[z - 1] == ')' || buf[z - 1] == ']'))
        z--;
    int after = 0, before = (z >= 5 && memcmp(buf + z - 5, "Cong.", 5) == 0) ||
                            (z >= 8 && memcmp(buf + z - 8, "Congress", 8) == 0);
    for (int i = 0; i < n; i++) {
        after |= group[i].start == w->base + a;
        before |= group[i].end == w->base + z;
    }
    if (!after && before)
        after = act_name_at(buf, a, w->len);
    return after && before;
}

/* Does a ';' that separates items lie in buf[a..b) (depths counted from
 * @p from): a citations' ';' (cite_semi) outside all brackets, or outside
 * the brackets of both ends ("(enacting H.R. 1695); 104 Stat. 747 (103d
 * Congress, ...)"), not one inside the bracket that holds both ("(103d
 * Congress; H.R. 5)")? */
static int other_item(const sc_window *w, const sc_citation *group, int n, size_t from, size_t a,
                      size_t b)
{
    const uint8_t *buf = w->buf;
    int depth = 0;
    for (size_t q = from; q < a; q++)
        depth += (buf[q] == '(' || buf[q] == '[') - (buf[q] == ')' || buf[q] == ']');
    int da = depth, db, semi = INT_MAX; /* the lowest depth of a ';' between */
    for (size_t q = a; q < b; q++) {
        depth += (buf[q] == '(' || buf[q] == '[') - (buf[q] == ')' || buf[q] == ']');
        if (buf[q] == ';' && depth < semi && cite_semi(w, group, n, q))
            semi = depth;
    }
    db = depth;
    return semi != INT_MAX && (semi <= 0 || semi < (da < db ? da : db));
}

/* Do only words of a bill's own doing in a Congress stand in buf[a..b),
 * between the bill and that Congress (@p after: the Congress after the
 * bill) -- "H.R. 3355 in the 104th Congress", "S. 900, introduced in the
 * 105th Congress", "H.R. 3162, passed by the 107th Congress"; "The 104th
 * Congress passed H.R. 3355" -- four words at most, with blanks and one
 * comma after the bill, no bracket, no other word?  The Congress is then
 * the bill's own, as one written right beside it is. */
static int bill_congress_words(const uint8_t *buf, size_t a, size_t b, int after)
{
    static const char *const bill_first[] = { "in", "the", "during", "of", "was", "is",
                                              "introduced", "reintroduced", "passed",
                                              "considered", "reported", "originated",
                                              "first", "by", "as", NULL };
    static const char *const cong_first[] = { "passed", "enacted", "considered",
                                              "introduced", "approved", NULL };
    const char *const *list = after ? bill_first : cong_first;
    if (b <= a || b - a > 48)
        return 0;
    int words = 0, commas = 0;
    size_t i = a;
    while (i < b) {
        if (buf[i] == ' ') {
            i++;
            continue;
        }
        if (buf[i] == ',' && after && i == a && !commas++) {
            i++;
            continue;
        }
        size_t we = i;
        while (we < b && sc_isalpha(buf[we]))
            we++;
        if (we == i || ++words > 4)
            return 0;
        if (!sc_ctx_word_of(buf, i, we, list))
            return 0;
        i = we;
    }
    return words > 0;
}

/* The Congress a bill's sentence, parenthetical or list item names. */
static int segment_congress(const sc_rules *r, int ctx, sc_matcher *m, const sc_window *w,
                            size_t bs, size_t be, const sc_citation *group, int n, int self,
                            int *beside)
{
    *beside = 0;
    /* the nearest boundaries before bs and from be on, SEGMENT_REACH at
     * most away (16 bytes at a time) */
    size_t s0, s1;
    sc_ctx_entry_bounds(w, bs, be, SEGMENT_REACH, &s0, &s1);
    int best = 0;
    size_t best_d = SC_UNSET;
    sc_groups g;
    for (size_t p = s0; p < s1;) {
        /* (the built-in rule from where a match may begin first, another
         * grammar's from p) */
        size_t from = r->builtin ? sc_ctx_congress_from(w->buf, p, s1, 1)
                      : has_cong(w->buf, p, s1) ? p
                                                : SIZE_MAX;
        if (from == SIZE_MAX)
            break; /* no match can begin at p or after it */
        size_t e = sc_rule_match(r, ctx, m, w->buf, s1, from, &g);
        if (e == SC_UNSET)
            break;
        size_t so = g.so[SC_G_CITE], eo = e;
        size_t d = eo <= bs ? bs - eo : (so >= be ? so - be : SC_UNSET);
        int v = sc_ctx_congress_value(w->buf, &g);
        if (v == 0 && sc_gset(&g, SC_G_ORD))
            v = -1; /* "the 0th Congress": named, and impossible */
        if (d != SC_UNSET && v != 0 && d < best_d && !owned_by_other(w, group, n, self, so) &&
            !other_item(w, group, n, s0, eo <= bs ? eo : be, eo <= bs ? bs : so)) {
            best = v;
            best_d = d;
            /* right after the bill, a dash or a comma between: "H.R.5376 —
             * 117th Congress (2021-2022)", congress.gov's heading -- as
             * much the bill's own as "H.R. 5376, 117th Cong." */
            size_t k = be;
            while (k < so && (w->buf[k] == ' ' || w->buf[k] == ',' || w->buf[k] == '-' ||
                              w->buf[k] == '(' || w->buf[k] == '|')) /* "H.R. 3103 (One Hundred
                                                                      * Fifth Congress)", a table
                                                                      * row's next cell */
                k++;
            if (k + 3 <= so && w->buf[k] == 0xe2 && w->buf[k + 1] == 0x80 &&
                (w->buf[k + 2] == 0x93 || w->buf[k + 2] == 0x94))
                k += 3;
            while (k < so && w->buf[k] == ' ')
                k++;
            *beside = so >= be && k == so && so - be <= 5;
            /* or right before it: "moved through the 115th Congress as H.R. 2576" */
            size_t gap = bs - eo; /* (a prefix of these: " a" or "," too; never read
                                   * past a phrase shorter than the gap) */
            if (eo <= bs && gap <= 4 &&
                (memcmp(w->buf + eo, " as ", gap) == 0 ||
                 (gap <= 2 && memcmp(w->buf + eo, ", ", gap) == 0) ||
                 (gap <= 1 && memcmp(w->buf + eo, " ", gap) == 0)))
                *beside = 1;
            /* or a few words of the bill's doing in that Congress between
             * ("H.R. 3355 in the 104th Congress", "The 104th Congress
             * passed H.R. 3355") */
            if (!*beside)
                *beside = so >= be ? bill_congress_words(w->buf, be, so, 1)
                                   : bill_congress_words(w->buf, eo, bs, 0);
        }
        p = e > p ? e : p + 1;
    }
    return best;
}

/* A bill alone on its line ("[S. 285]", "H.J.RES.64") under a heading. */
static int heading_block_congress(const sc_rules *r, int ctx, sc_matcher *m, const sc_window *w,
                                  size_t bs, size_t be)
{
    size_t ls = line_start(w, bs), le = line_end(w, be);
    size_t a = ls, b = le;
    while (a < bs && blank(w->buf[a]))
        a++;
    while (b > be && blank(w->buf[b - 1]))
        b--;
    int bracketed = a < bs && w->buf[a] == '[' && b > be && w->buf[b - 1] == ']';
    if (bracketed) {
        a++;
        b--;
    }
    if (a != bs || b != be)
        return 0; /* not alone on its line */
    /* bracketed: the slip-law header within the last lines; otherwise only
     * the line just above */
    size_t reach = bracketed ? HEADING_REACH : 200;
    size_t stop = ls > reach ? ls - reach : 0;
    int lines = 0;
    while (ls > stop && ls > 0) {
        size_t pe = ls - 1, ps = line_start(w, pe);
        int v = heading_congress(r, ctx, m, w, ps, pe);
        if (v > 0)
            return v;
        int empty = 1;
        for (size_t k = ps; k < pe; k++)
            if (!blank(w->buf[k]))
                empty = 0;
        if (!empty && ++lines >= (bracketed ? 12 : 1))
            break;
        ls = ps;
    }
    return 0;
}

void sc_ctx_link(const sc_rules *r, sc_matcher *m, const sc_window *w, sc_citation *group, int n)
{
    int ctx = r->ctx_congress;
    if (ctx < 0)
        return;
    for (int i = 0; i < n; i++) {
        sc_citation *c = &group[i];
        if (c->type != SC_BILL || c->congress > 0)
            continue;
        if (c->start < w->base || c->end > w->base + w->len)
            continue;
        size_t bs = (size_t)(c->start - w->base), be = (size_t)(c->end - w->base);
        int beside;
        int v = segment_congress(r, ctx, m, w, bs, be, group, n, i, &beside);
        if (v < 0) {
            c->wording |= SC_W_CONGRESS_ZERO;
            continue;
        }
        if (v == 0)
            v = heading_block_congress(r, ctx, m, w, bs, be);
        if (v > 0) {
            c->congress = v;
            if (!beside)
                c->wording |= SC_W_CONGRESS_LINKED;
            sc_norm_finish(c);
        }
    }
}

