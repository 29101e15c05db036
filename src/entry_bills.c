/*
 * entry_bills.c -- ties an entry's bills to the laws they became (entry.h):
 * a bill and a law close together with only names, numbers, dates and
 * link words between; a companion bill ("identical", "compare") marked as
 * such; a bill cited by one of its sections, or as the object of a phrase,
 * left untied; the bill a law's Markdown link opens on congress.gov.
 */
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "scan.h"
#include "table.h"

static int one_paren_of(const sc_entry *e, size_t as, size_t be);


/* Words that may stand between a bill and the law it became, besides
 * capitalized words (the Act's name), numbers and punctuation.  A verb
 * such as "amend" or "under" means the bill is about the law instead. */
static const char *const link_words[] = {
    "of",   "and",  "the",   "for",    "to",     "on",    "in",   "a",      "an",   "as",
    "at",   "by",   "with",  "became", "become", "becomes", "enacted", "signed", "into",
    "law",  "was",  "is",    "which",  "now",    "bill",  "act",  "cited",  "known",
    "st",   "nd",   "rd",    "th",     "d",      "cong",  "congress", "sess", "session",
    "first", "second", "enrolled", /* "(enrolled bill H.R. 6550, Ninety-fifth Congress, first
                                    * session) [Pub. L. 95-134]" */
    "short", "title", "public", "pub", "l", "no", "h", "r", "s", "enacting", "passed",
    "introduced", "originally", "from", "president", "approved", "stat", "it", "later",
    "res", "j", "con", "measure", "legislation", "becoming", "being", "house", "senate",
    "passed", "both",
    /* "House Resolution 1559, a bill titled \u201cWar-Related Appropriations,\u201d
     * which became Public Law No: 108-11" (the seed page) */
    "titled", "entitled", "named", "called",
    /* "ICE was created on April 16, 2003, when President George W. Bush
     * signed House Resolution 1559, ..." (the seed page) */
    "when",
    /* the President of the day between: "On June 21, 1940, under President
     * Franklin Roosevelt, the Truman-Hobbs Act became law", "..., during
     * the presidency of President ...", "..., with President ... in
     * office, ..." */
    "under", "during", "presidency", "administration", "office",
    /* "On May 15, 2002, Congress enacted the \u201c...Act of 2002,\u201d now
     * recognized as the No FEAR Act (Pub. L. 107-174)"; "on December 31,
     * 2018, with the enactment into law of the ... Act of 2018 (Public Law
     * 115-409)"; "signed the measure on March 14, 2025, enacting the
     * resolution (P.L. 119-2)" */
    "recognized", "popularly", "commonly", "referred", "enactment", "resolution",
    /* "P.L. 101-336 began as S. 933", "originated as", "started as", "(originating
     * as H.R. 11019)", "cleared the 103rd Congress and became", "which the 97th
     * Congress sent to President Reagan as H.R. 2120" */
    "began", "begun", "originated", "originating", "started", "starting", "life", "out",
    "cleared", "sent",
    /* an omnibus law that enacted the bill by reference: "H.R. 5408, as
     * enacted into law by section 1 of Public Law 106-398" */
    "section", "sec", "division", "div",
    /* the law's other pins, as the Bluebook abbreviates them: "Public Law No.
     * 89-136, tit. III, § 302, approved ... (89th Congress; S. 1742; ...)" */
    "tit", "subtit", "subtitle", "pt", "part",
    /* where the law is printed, between it and its bill: "Pub.L. 86-178,
     * published at 73 Stat. 414, began as S. 1110" */
    "published", "printed", "found", "reported", "appears",
    /* the number it was given: "(S. 2946) was designated Public Law No. 101-624",
     * "was assigned Pub. L. 93-406" */
    "designated", "assigned",
    /* "Pub. L. 105-143 may be cited as the X Act. Its originating bill was
     * H.R. 2626." */
    "may", "be", "its",
    /* where the law came from, as origin_word_before() reads it after the
     * law: "Public Law 107-56 stems from H.R. 3162", "(formerly H.R. 3162)",
     * "derived from", "came from", "arose from", "grew out of" */
    "formerly", "stems", "stemmed", "derived", "came", "arose", "grew",
    /* a label's words: "(original bill: H.R. 3162)", "(source bill: S. 933)" */
    "original", "source",
    /* the President as the one who signed it: "passed H.R. 3162 and sent it
     * to the President, who signed it as Public Law 107-56" */
    "who",
    NULL
};
static const char *const companion_words[] = { "companion", "identical", "similar", "related",
                                               "compare", "cf", "version", NULL };

/* The lists above by first letter (sc_words), set before main(). */
static sc_words link_set, companion_set;

__attribute__((constructor)) static void bill_sets(void)
{
    sc_words_init(&link_set, link_words);
    sc_words_init(&companion_set, companion_words);
}

/* Is b[i..we) a word that links a bill and a law (link_words), or one
 * of how the law is known right before "known" ("Pub. L. No. 94-471 ...,
 * better known as the X Act, 1977, was enacted ... Its originating bill was
 * H.R. 14956", "also known as") -- not "also" alone: "Under Pub. L.
 * 108-458, also H.R. 1559" cites two laws? */
/* Is b[i..we) a step a chamber took on the bill, said as one: "amended by
 * the Senate", "modified in conference", "reported by the committee" --
 * the bill's way to its law ("Introduced in the House as H.R. 4173 and
 * amended by the Senate, the measure was signed into law ... as Public Law
 * 111-203"), where "amended" alone says the bill is about a law instead
 * ("H.R. 2, which amended Public Law 100-1")?  Where the words end, or 0. */
static size_t chamber_step(const uint8_t *b, size_t i, size_t we, size_t lim)
{
    static const char *const step[] = { "amended", "modified", "revised", "changed", "vetoed",
                                        "considered", "debated", "agreed", NULL };
    static const char *const by[] = { "by", "in", "to", NULL };
    static const char *const who[] = { "house", "senate", "conference", "conferees", "committee",
                                       "both", "congress", "chambers", "houses", "president",
                                       NULL };
    if (!sc_word_in(b, i, we, step))
        return 0;
    size_t p = dblanks(b, we, lim), pe = word_end(b, p, lim);
    if (pe == p || !sc_word_in(b, p, pe, by))
        return 0;
    p = dblanks(b, pe, lim);
    pe = word_end(b, p, lim);
    if (pe == p + 3 && (b[p] | 0x20) == 't' && sc_same_word(b, p, pe, "the")) {
        p = dblanks(b, pe, lim);
        pe = word_end(b, p, lim);
    }
    return pe > p && sc_word_in(b, p, pe, who) ? pe : 0;
}

/* Where the link word at b[i..we) ends -- we, or past a chamber's step
 * (chamber_step) -- or 0 when it is none. */
static size_t link_word(const uint8_t *b, size_t i, size_t we, size_t lim)
{
    static const char *const known_how[] = { "also", "better", "best", "widely", "officially",
                                             "formally", NULL };
    if (sc_words_in(&link_set, b, i, we) ||
        (we + 6 <= lim && memcmp(b + we, " known", 6) == 0 && sc_word_in(b, i, we, known_how)))
        return we;
    return chamber_step(b, i, we, lim);
}

/* Does a parenthesis open right before window offset @p at ("(P.L. ...")? */
static int opens_list(const sc_entry *e, size_t at)
{
    const uint8_t *b = e->w->buf;
    while (at > e->so && b[at - 1] == ' ')
        at--;
    if (at > e->so && b[at - 1] == '(')
        return 1;
    /* after the Act's short name in it: "(OSH Act; P.L. 91-596; 84 Stat. 1590)",
     * with a year: "(BBA 97; P.L. 105-33; H.R. 2015)" */
    if (at <= e->so || b[at - 1] != ';')
        return 0;
    size_t i = at - 1;
    while (i > e->so && at - i < 40 &&
           (sc_isalnum(b[i - 1]) || b[i - 1] == ' ' || b[i - 1] == '-' || b[i - 1] == '\''))
        i--;
    return i > e->so && i < at - 1 && b[i - 1] == '(' && sc_isupper(b[i]);
}

/* Is the law at b[at] inside the parenthesis a Statutes at Large page of
 * the entry opens right after it, its own law's ("114 Stat. 1374 (enacted
 * as Public Law 106-353; approved ...; originally H.R. 4157)"), or after
 * the page's own facts?  Its ';' part one law's facts. */
static int in_page_paren(const sc_entry *e, size_t at, int law)
{
    const uint8_t *b = e->w->buf;
    int depth = 0;
    size_t i = at;
    while (i > e->so && at - i < 200) {
        uint8_t ch = b[--i];
        if (ch == ')')
            depth++;
        else if (ch == '(' && depth-- == 0)
            break;
    }
    if (b[i] != '(' || depth >= 0)
        return 0;
    while (i > e->so && b[i - 1] == ' ')
        i--;
    for (uint64_t m = e->stat_in; m; m &= m - 1) {
        int k = __builtin_ctzll(m);
        if (e->law_of[k] == law &&
            (e->ce[k] == i || /* (or after the page's own day and Congress: "97 Stat. 53,
                               * approved 3/29/1983, 98th Congress (enacted as ...") */
             (e->ce[k] < i && i - e->ce[k] <= 80 &&
              sc_entry_filler(e, e->ce[k], i, F_DATE | F_DWORD | F_CONG | F_PINS, NULL))))
            return 1;
    }
    return 0;
}

/* The end of a date of the entry (with @p names, or of an Act's name,
 * with its short form's bracket) that begins at @p i and ends by @p lim,
 * or 0. */
static size_t fact_end(const sc_entry *e, size_t i, size_t lim, int names)
{
    int k = entry_date_at(e, i);
    if (k >= 0 && e->date[k].eo <= lim)
        return e->date[k].eo;
    k = names ? entry_name_at(e, i) : -1;
    if (k < 0 || e->name[k].eo > lim)
        return 0;
    /* (with its short form's closed bracket: "X Act (the “XA” or “Act”)") */
    return sc_entry_closed_form(e->w->buf, e->name[k].eo, e->name[k].tie_eo, lim);
}

/* Is w->buf[from..to) blanks, commas and the entry's dates alone, a date
 * in its brackets or not ("", ", ", " (July 26, 1990) ")? */
static int dates_between(const sc_entry *e, size_t from, size_t to)
{
    const uint8_t *b = e->w->buf;
    for (size_t i = from; i < to;) {
        size_t fe = b[i] == '(' ? 0 : fact_end(e, i, to, 0);
        if (fe) {
            i = fe;
            continue;
        }
        if (b[i] == '(') { /* "(July 26, 1990)": one date, closed */
            size_t k = blanks(b, i + 1, to), de = k < to ? fact_end(e, k, to, 0) : 0;
            if (!de || (de = blanks(b, de, to)) >= to || b[de] != ')')
                return 0;
            i = de + 1;
            continue;
        }
        if (b[i] != ' ' && b[i] != ',' && b[i] != '\t')
            return 0;
        i++;
    }
    return 1;
}

int sc_entry_one_bill(const sc_entry *e)
{
    const sc_citation *f = NULL;
    for (uint64_t m = e->bill_in; m; m &= m - 1) {
        const sc_citation *c = &e->c[__builtin_ctzll(m)];
        if (!f)
            f = c;
        else if (c->bill != f->bill || c->number != f->number || c->congress != f->congress)
            return 0;
    }
    return f != NULL;
}

int sc_entry_rule_for(const sc_entry *e, int k)
{
    static const char *const rule[] = { ", providing for consideration of ",
                                        ", providing for the consideration of ", NULL };
    if (!(e->kind[k] & SC_EK_IN) || e->c[k].type != SC_BILL || sc_lawmaking(e->c[k].bill))
        return -1;
    size_t n = sc_phrase_at(e->w->buf, e->ce[k], e->eo, rule);
    for (uint64_t m = n ? e->bill_in : 0; m; m &= m - 1) {
        int j = __builtin_ctzll(m);
        if (e->cs[j] == e->ce[k] + n && sc_lawmaking(e->c[j].bill))
            return j;
    }
    return -1;
}

/* sc_entry_one_bill(), a resolution that is the rule for taking up the
 * bill passed over (sc_entry_rule_for()): "The House adopted H. Res. 424,
 * providing for consideration of H.R. 6184, and the measure passed" -- a
 * resolution is no bill that becomes a law, and that one names the bill
 * it is for. */
static int one_bill_its_rule(const sc_entry *e)
{
    const sc_citation *f = NULL;
    for (uint64_t m = e->bill_in; m; m &= m - 1) {
        int k = __builtin_ctzll(m);
        const sc_citation *c = &e->c[k];
        if (!sc_lawmaking(c->bill)) {
            if (sc_entry_rule_for(e, k) < 0)
                return 0;
            continue;
        }
        if (!f)
            f = c;
        else if (c->bill != f->bill || c->number != f->number || c->congress != f->congress)
            return 0;
    }
    return f != NULL;
}

/* The date fact a simple or concurrent resolution carries in an item of
 * its own, after a ';': "(sec. 10116, P.L. 105-33; H. Res. 5, 106th Cong.,
 * Jan. 6, 1999, p. 47)" -- its adoption, in a list of authorities; such a
 * resolution becomes no law, so neither it nor its date is the law's.  The
 * date's index, or -1. */
static int res_item(const sc_entry *e, int k)
{
    const uint8_t *b = e->w->buf;
    if (!(e->kind[k] & SC_EK_IN) || e->c[k].type != SC_BILL || sc_lawmaking(e->c[k].bill))
        return -1;
    size_t q = e->cs[k]; /* a ';' right before it */
    while (q > e->so && b[q - 1] == ' ')
        q--;
    if (q == e->so || b[q - 1] != ';')
        return -1;
    q = e->ce[k]; /* ", [Nth Cong(ress|.),] date" after it */
    for (int part = 0; part < 2; part++) {
        if (q >= e->eo || b[q] != ',')
            return -1;
        q++;
        while (q < e->eo && b[q] == ' ')
            q++;
        int d = entry_date_at(e, q);
        if (d >= 0)
            return d;
        size_t w = q; /* "106th Cong." / "106th Congress" */
        while (w < e->eo && sc_isalnum(b[w]))
            w++;
        if (w == q || !sc_isdigit(b[q]) || w + 5 > e->eo || memcmp(b + w, " Cong", 5) != 0)
            return -1;
        q = w + 5;
        while (q < e->eo && (sc_isalpha(b[q]) || b[q] == '.'))
            q++;
    }
    return -1;
}

int sc_entry_res_item_date(const sc_entry *e, int date)
{
    for (uint64_t m = e->bill_in; m; m &= m - 1)
        if (res_item(e, __builtin_ctzll(m)) == date)
            return 1;
    return 0;
}

/* After a ';' at from, does the clause up to to refer back to bill a, the
 * entry's one bill, with law b its one law ("H.R. 1988 passed both Houses;
 * the President signed the bill on December 9, 1991 (Public Law
 * 102-195)")?  Its words "the bill", "it", "the measure", "the
 * legislation" can mean no other.  Or, law a first, does it tell where
 * "it" began, right before bill b ("; it began as H.R. 3162")? */
static int origin_after(const uint8_t *b, size_t i, size_t to);
static int origin_before(const uint8_t *b, size_t lo, size_t bs);

static int refers_back(const sc_entry *e, const sc_citation *a, const sc_citation *b, size_t from,
                       size_t to)
{
    static const char *const anaphor[] = { "bill", "it", "measure", "legislation", NULL };
    if (a->type != SC_BILL && b->type == SC_BILL && a->start < b->start && e->nlaw == 1 &&
        sc_entry_one_bill(e))
        /* the law first, then a clause of where "it" began: "Pub. L.
         * 107-56, ..., signed Oct. 26, 2001; it began in the House as H.R.
         * 3162" -- that law's bill */
        return origin_after(e->w->buf, from, to) ||
               (sc_word_among(e->w->buf, from, to, anaphor) && origin_before(e->w->buf, from, to));
    return a->type == SC_BILL && b->type != SC_BILL && a->start < b->start && e->nlaw == 1 &&
           sc_entry_one_bill(e) && sc_word_among(e->w->buf, from, to, anaphor);
}

/* Does a sentence in b[from..to) begin with the entry's one bill again
 * (sc_ctx_bill_again(), the test that joined it to the entry): "On
 * December 17, 2004, Senate bill 2845, the ... Act of 2004, became law.
 * This appropriations bill established and funded the Bureau ... Public
 * Law 108-458."? */
static int this_bill_again(const uint8_t *b, size_t from, size_t to)
{
    for (size_t i = from; i + 6 < to; i++)
        if (b[i] == '.' && b[i + 1] == ' ' && sc_ctx_bill_again(b, to, blanks(b, i + 1, to)))
            return 1;
    return 0;
}

/* Does the sentence after b[from] begin by naming the bill at b[to] as
 * "the bill" it tells of -- "The bill, H.R. 633, was sponsored by ...",
 * "The bill was H.R. 633", "This measure (S. 7) ..." -- the sentence
 * before ending in b[from..to)? */
static int bill_named_after(const uint8_t *b, size_t from, size_t to)
{
    static const char *const subj[] = { "The bill", "This bill", "That bill", "The measure",
                                        "This measure", "The legislation", NULL };
    static const char *const link[] = { ", ", " (", " was ", " is ", NULL };
    size_t dot = SIZE_MAX;
    for (size_t i = from; i + 1 < to; i++)
        if ((b[i] == '.' || b[i] == ';') && (b[i + 1] == ' ' || b[i + 1] == '\n'))
            dot = i;
    if (dot == SIZE_MAX || b[dot] != '.')
        return 0;
    size_t j = dblanks(b, dot + 1, to);
    size_t n = sc_phrase_at(b, j, to, subj), m;
    return n > 0 && (m = sc_phrase_at(b, j + n, to, link)) > 0 && j + n + m == to;
}

/* Do the words at b[i..to) tell where a law began: a verb of its
 * origin -- "began", "originated", "originating", "started", "introduced",
 * "passed" -- after "and", "it", "was" or "originally", with "out" or
 * "life" after it, then "as" or "in": "began as", "originated in",
 * "started life as", "was originally introduced as", "and passed as"? */
static int origin_after(const uint8_t *b, size_t i, size_t to)
{
    static const char *const lead[] = { "and", "it", "was", "originally", NULL };
    static const char *const verbs[] = { "began", "begun", "originated", "originating", "started",
                                         "starting", "introduced", "passed", NULL };
    static const char *const then[] = { "out", "life", NULL };
    static const char *const as[] = { "as", "in", NULL };
    int verb = 0;
    for (int words = 0; words < 6; words++) {
        size_t k = blanks(b, i, to), we = word_end(b, k, to);
        if (we == k || we >= to || b[we] != ' ')
            return 0;
        if (!verb && sc_word_in(b, k, we, verbs))
            verb = 1;
        else if (verb && sc_word_in(b, k, we, as))
            return 1;
        else if (!(verb ? sc_word_in(b, k, we, then) : sc_word_in(b, k, we, lead)))
            return 0;
        i = we;
    }
    return 0;
}

/* Do the words right before the bill at b[bs] (not before @p lo) tell
 * where a law began (origin_after): "..., signed January 14, 2013 and
 * passed as H.R. 3331", "and started life as", "; it began in the House
 * as"? */
static int origin_before(const uint8_t *b, size_t lo, size_t bs)
{
    static const char *const verbs[] = { "began", "begun", "originated", "originating", "started",
                                         "starting", "introduced", "passed", NULL };
    /* the words between the verb and "as": "started life as", "began in
     * the House as", "originated in the Senate as" */
    static const char *const then[] = { "out", "life", "in", "the", "House", "Senate", NULL };
    /* "Its originating bill was H.R. 1319", "The original bill is S. 7" */
    static const char *const heads[] = { "originating bill was ", "originating bill is ",
                                         "original bill was ", "original bill is ",
                                         "originating measure was ", NULL };
    if (sc_phrase_before(b, lo, bs, heads) > 0)
        return 1;
    if (bs < lo + 4 || memcmp(b + bs - 4, " as ", 4) != 0)
        return 0;
    size_t we = bs - 4;
    for (int words = 0; words < 4; words++) {
        size_t ws = we;
        while (ws > lo && sc_isalpha(b[ws - 1]))
            ws--;
        if (ws == we)
            return 0;
        if (sc_word_in(b, ws, we, verbs))
            return 1;
        if (!sc_word_in(b, ws, we, then) || ws == lo || b[ws - 1] != ' ')
            return 0;
        we = ws - 1;
    }
    return 0;
}

/* Do bill a and law b (either order) name one enactment: close, no other
 * bill or law between them, nothing between but names (capitalized words,
 * and the Act names of the entry whole: "Securing our Agriculture and Food
 * Act"), numbers, dates, punctuation and link words?  Sets *companion when a word says the bill
 * is only a companion of the law's bill. */

/* Does the bill at b[bs] follow "as", or "from" after a verb of where a
 * law came from ("was enacted from", "came from", "derived from")? */
static int origin_word_before(const uint8_t *b, size_t lo, size_t bs)
{
    static const char *const from[] = { " enacted from ", " came from ", " derived from ",
                                        " originated from ", " arose from ", " stems from ",
                                        " stemmed from ", " grew from ", " grew out of ", NULL };
    return (bs >= lo + 4 && memcmp(b + bs - 4, " as ", 4) == 0) || sc_phrase_before(b, lo, bs, from) > 0;
}

/* Does the law at b[bs] stand in the sentence right after the one that
 * ends after b[ae], a sentence that opens by telling of what the one
 * before told ("The statute was signed ...", "It became ...")? */
static int law_told_back(const sc_entry *e, size_t ae, size_t bs)
{
    const uint8_t *b = e->w->buf;
    size_t dot = SIZE_MAX;
    for (size_t i = ae; i < bs; i++)
        if (b[i] == '.' && sc_ctx_period_ends(e->w, i)) {
            if (dot != SIZE_MAX)
                return 0; /* two sentences between */
            dot = i;
        }
    if (dot == SIZE_MAX)
        return 0;
    size_t j = dot + 1;
    while (j < bs && (b[j] == ' ' || b[j] == '\n' || b[j] == '\t'))
        j++;
    return j < bs && (sc_ctx_tells_back(b, e->w->len, j) || sc_ctx_anaphor(b, j, bs) > 0);
}

/* Does the bracket at b[at] open right after a page of law @p l's, the
 * page's own bracket ("H. R. 4877, 136 Stat. 1303 (approved 2022; enacted as
 * PL 117-154)": its ';' parts the page's facts, not the items of a string
 * citation)? */
static int page_paren_of(const sc_entry *e, size_t at, int l)
{
    if (at == SIZE_MAX)
        return 0;
    const uint8_t *b = e->w->buf;
    size_t k = at;
    while (k > e->so && b[k - 1] == ' ')
        k--;
    int q = sc_entry_cite_ending_at(e, e->stat_in, k);
    return q >= 0 && e->law_of[q] == l;
}

/* Is the bill at b[bs] its field's value, a label for bills right before
 * it ("Bill: ", "Bill No.: "), and only one separator (';', '|', '·' or a
 * dash) and blanks between the two citations at b[ae..to)? */
static int labelled_fields(const sc_entry *e, size_t bs, size_t ae, size_t to)
{
    const uint8_t *b = e->w->buf;
    size_t p = bs;
    while (p > e->so && b[p - 1] == ' ')
        p--;
    if (p <= e->so || b[p - 1] != ':')
        return 0;
    size_t le = p - 1, ls = le;
    while (ls > e->so && (sc_isalpha(b[ls - 1]) || b[ls - 1] == '.' || b[ls - 1] == ' ') &&
           le - ls < 16)
        ls--;
    while (ls < le && b[ls] == ' ')
        ls++;
    if (ls == le || sc_table_label_role(b, ls, le) != SC_COL_BILL)
        return 0;
    /* between the citations: the separator, and the label when it is there */
    size_t q = ae, seps = 0;
    while (q < to) {
        if (q == ls) {
            q = p;
            continue;
        }
        if (b[q] == ';' || b[q] == '|')
            seps++, q++;
        else if (q + 1 < to && b[q] == 0xc2 && b[q + 1] == 0xb7)
            seps++, q += 2;
        else if (q + 2 < to && b[q] == 0xe2 && b[q + 1] == 0x80 && (b[q + 2] == 0x93 || b[q + 2] == 0x94))
            seps++, q += 3;
        else if (b[q] == ' ')
            q++;
        else
            return 0;
    }
    return seps == 1;
}

/* Where the comma opening a signer's appositive that ends right before
 * b[p] begins (", signed by President Jimmy Carter, " / ", approved by the
 * President, "), else SIZE_MAX. */
static size_t signer_clause_before(const uint8_t *b, size_t lo, size_t p)
{
    static const char *const heads[] = { ", signed by ", ", approved by ",
                                         ", signed into law by ", NULL };
    while (p > lo && b[p - 1] == ' ')
        p--;
    if (p <= lo || b[p - 1] != ',')
        return SIZE_MAX;
    size_t lim = p > lo + 80 ? p - 80 : lo;
    for (size_t q = p - 1; q > lim;) {
        q--;
        if (b[q] == ',') {
            size_t n = sc_phrase_at(b, q, p, heads);
            return n && sc_find_text(b + q + n, p - q - n, "President", 9) ? q : SIZE_MAX;
        }
        if (b[q] == '(' || b[q] == ')' || b[q] == ';' || b[q] == '.')
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Does the bill at b[as] open its own bracket, words of what it is before
 * it: "(enrolled bill H.R. 6550, Ninety-fifth Congress, first session)
 * [Pub. L. 95-134]", "(originally H.R. 4276)", "(enacting S. 3560, 122 Stat.
 * 4075) was enacted as PL 110-379"? */
static int bill_heads_bracket(const sc_entry *e, size_t as)
{
    static const char *const heads[] = { "(enrolled bill ", "(the enrolled bill ", "(bill ",
                                         "(originally ", NULL };
    static const char *const enacting[] = { "(enacting ", NULL };
    const uint8_t *b = e->w->buf;
    if (sc_phrase_before(b, e->so, as, heads) > 0)
        return 1;
    /* "(enacting ...)" is the bracket of what stands before it: an Act's
     * name, whose law may follow ("X Act of 2008 (enacting S. 3560, ...)
     * was enacted as PL ..."), not a law's ("Pub. L. No. 93-122, ...
     * (enacting S. 2075), and Pub. L. No. 91-626") */
    size_t n = sc_phrase_before(b, e->so, as, enacting);
    if (!n)
        return 0;
    if (sc_entry_name_ends_at(e, as - n))
        return 1;
    /* (a name in quotes: "The “X Act” (enacting HR 2826), 108 Stat. 3497,
     * became Public Law No. 103-376") */
    size_t r = as - n;
    while (r > e->so && b[r - 1] == ' ')
        r--;
    size_t qs = sc_quote_start_before(b, e->so, r);
    if (qs < r && sc_entry_name_ends_at(e, qs))
        return 1;
    /* (or its signer between, an appositive: "The “X Act Amendments”,
     * signed by President Jimmy Carter, (enacting H. R. 11579), enacted as
     * Pub. L. 95-331") */
    size_t q = signer_clause_before(b, e->so, as - n);
    if (q == SIZE_MAX)
        return 0;
    return sc_entry_name_ends_at(e, sc_quote_start_before(b, e->so, q)); /* (a name in
                                                                        * quotes too) */
}

/* Do the law at b[as] and the bill ending at b[be] stand as items of one
 * bracket opened right before the law's words of enactment ("the X Act of
 * 1976 (enacted as Public Law No. 94-324; S. 2847)"), the bill last? */
static int enacted_as_items(const sc_entry *e, size_t as, size_t be)
{
    static const char *const heads[] = { "(enacted as ", "(became ", NULL };
    const uint8_t *b = e->w->buf;
    size_t n = sc_phrase_before(b, e->so, as, heads);
    size_t q = blanks(b, be, e->eo);
    return n > 0 && q < e->eo && b[q] == ')' && sc_paren_open(b, as - n, be);
}

/* Do the words b[from..bs) before the bill at b[bs] tell that the law
 * was enacted from it, with its day between ("was enacted on April 13,
 * 1976, from H.R. 200", "approved Oct. 26, 2001, from")?  A verb of its
 * making, then only link words and dates, and " from " right before. */
static int enacted_from(const sc_entry *e, size_t from, size_t bs)
{
    static const char *const verbs[] = { "enacted", "approved", "signed", "passed", NULL };
    static const char *const words[] = { "was", "is", "and", "it", "on", "into", "law", "in",
                                         NULL };
    const uint8_t *b = e->w->buf;
    if (bs < from + 6 || memcmp(b + bs - 6, " from ", 6) != 0)
        return 0;
    int verb = 0;
    for (size_t i = from; i < bs - 5;) {
        size_t fe = verb ? fact_end(e, i, bs - 5, 0) : 0;
        if (fe) {
            i = fe;
            continue;
        }
        if (!sc_isalpha(b[i])) {
            if (b[i] != ' ' && b[i] != ',' && b[i] != '\n' && b[i] != '\r')
                return 0;
            i++;
            continue;
        }
        size_t we = word_end(b, i, bs);
        if (!verb && sc_word_in(b, i, we, verbs))
            verb = 1;
        else if (!sc_word_in(b, i, we, words))
            return 0;
        i = we;
    }
    return verb;
}

/* Does "it became" (or "it was enacted as", "it was signed into law as")
 * stand right before the law at b[ls], or before the Act's name that
 * stands right before it ("... and on December 11, 1980 it became the
 * Comprehensive ... Act of 1980, Pub. L. 96-510"): the law of the clause's
 * subject, "it", the bill of its sentence? */
static int it_became(const sc_entry *e, size_t from, size_t ls)
{
    static const char *const heads[] = { "it became ", "It became ", "it was enacted as ",
                                         "it was signed into law as ", "it became law as ", NULL };
    const uint8_t *b = e->w->buf;
    size_t at = ls;
    for (int k = 0; k < e->nname; k++) { /* the name right before, ", " between */
        size_t q = e->name[k].eo;
        while (q < ls && (b[q] == ',' || b[q] == ' ' || b[q] == '\n'))
            q++;
        if (q == ls && e->name[k].so >= from) {
            at = e->name[k].so;
            if (at >= from + 4 && memcmp(b + at - 4, "the", 3) == 0 &&
                (b[at - 1] == ' ' || b[at - 1] == '\n'))
                at -= 4;
        }
    }
    return sc_phrase_before(b, from, at, heads) > 0;
}

static int linked(const sc_entry *e, const sc_citation *a, const sc_citation *b, int *companion,
                  int *sect)
{
    const sc_window *w = e->w;
    if (a->start > b->start) {
        const sc_citation *t = a;
        a = b;
        b = t;
    }
    size_t as, ae, bs, be;
    if (!sc_entry_span(w, a, &as, &ae) || !sc_entry_span(w, b, &bs, &be) || bs < ae)
        return 0;
    if (res_item(e, (int)(a - e->c)) >= 0 || res_item(e, (int)(b - e->c)) >= 0)
        return 0; /* a resolution in a dated item of its own */
    if (e->record && e->nlaw == 1 && sc_entry_one_bill(e))
        return 1; /* a record's one bill and one law: "H.R.3590 — 111th Congress" ...
                   * "Became Public Law No: 111-148" */
    if (e->nlaw == 1 && sc_entry_one_bill(e) && bs - ae < 40 &&
        labelled_fields(e, a->type == SC_BILL ? as : bs, ae, bs))
        return 1; /* the one law and its bill's field: "Public Law No. 87-223; Bill:
                   * HR 7500", "Bill: S. 3259; Pub.L. 84-919" */
    if (a->type != SC_BILL && b->type == SC_BILL && origin_word_before(w->buf, e->so, bs) &&
        sc_entry_told_back(e, bs, (int)(a - e->c)))
        return 1; /* "Public Law 101-11 is short.  It started life as H.R. 829", "The
                   * measure began as S. 863", "The statute ... was enacted from S.
                   * 1632": the law's bill, told in a sentence after */
    if (bs - ae > 300)
        return 0;
    if (a->type == SC_BILL && b->type != SC_BILL && e->nlaw == 1 && sc_entry_one_bill(e) &&
        this_bill_again(w->buf, ae, bs))
        return 1; /* the entry's one bill and one law, "This bill" between */
    if (a->type == SC_BILL && b->type != SC_BILL && e->nlaw == 1 &&
        (sc_entry_one_bill(e) ||
         /* (past the rule that took it up, when no other measure is told
          * of between: not "... H.R. 4872, and voted to pass the Senate's
          * health care bill.  It became ...") */
         (one_bill_its_rule(e) && sc_lawmaking(a->bill) &&
          !sc_word_among(w->buf, ae, bs,
                         (const char *const[]){ "bill", "bills", "amendment", "amendments",
                                                "act", "resolution", "version", NULL }))) &&
        !memchr(w->buf + ae, ';', bs - ae) && it_became(e, ae, bs))
        return 1; /* "H.R. 7020 cleared the 97th Congress in its closing days, and on
                   * December 11, 1980 it became ... Pub. L. 96-510": the entry's one
                   * bill and one law, the law what "it" became */
    if (a->type != SC_BILL && b->type == SC_BILL && e->nlaw == 1 && sc_entry_one_bill(e) &&
        bill_named_after(w->buf, ae, bs))
        return 1; /* "... (Pub. L. 105-382).  The bill, H.R. 633, was sponsored by ..." */
    if (a->type == SC_BILL && b->type != SC_BILL && e->nlaw == 1 && sc_entry_one_bill(e) &&
        law_told_back(e, ae, bs))
        return 1; /* "The bill, S.1238, was enacted as the X Act .... The statute was
                   * ... enacted as Pub. L. No. 109-152": the law of the sentence that
                   * calls back to the bill's */
    /* a parenthetical saying where the law is in the Code is passed over
     * whole, with its U.S. Code citations: "Pub. L. No. 111-148, 124 Stat.
     * 119 (codified as amended at 42 U.S.C. § 18001 et seq.) (H.R. 3590)" */
    size_t cp_so = 0, cp_eo = 0; /* the first such parenthetical between */
    for (size_t i = ae; i < bs && !cp_eo; i++)
        if (w->buf[i] == '(' && (cp_eo = sc_entry_codified_paren(e, i, bs)) != 0)
            cp_so = i;
    for (int i = 0; i < e->n; i++)
        if (&e->c[i] != a && &e->c[i] != b && e->c[i].type != SC_STAT && !(e->own_sect >> i & 1) &&
            e->c[i].start >= a->end && e->c[i].end <= b->start &&
            !(cp_eo && e->c[i].start >= w->base + cp_so && e->c[i].end <= w->base + cp_eo))
            return 0;
    /* the law in a bracket that closes before its bill, the words after
     * the bracket telling where it came from ("(ADA; P.L. 101-336) began as
     * S. 933", "(MSA; P.L. 94-265; 90 Stat. 331) was enacted on April 13,
     * 1976, from H.R. 200"): the bracket's ';' parts the law's own facts */
    int told_after = 0;
    if (a->type != SC_BILL) {
        int d = 0;
        for (size_t i = ae; i < bs; i++) {
            if (w->buf[i] == '(')
                d++;
            else if (w->buf[i] == ')' && --d < 0) {
                told_after = origin_after(w->buf, i + 1, bs) || origin_before(w->buf, i + 1, bs) ||
                             enacted_from(e, i + 1, bs);
                break;
            }
        }
    }
    int depth = 0;
    size_t popen = SIZE_MAX; /* where the outermost bracket between opened */
    for (size_t i = ae; i < bs;) {
        uint8_t ch = w->buf[i];
        if (i == cp_so && cp_eo) {
            i = cp_eo;
            continue;
        }
        size_t ml = ch == '[' || ch == ']' ? md_link_skip(w->buf, i, w->len) : i;
        if (ml != i) { /* "[H.R. 5376](https://...) ([P.L. 117-169](https://...))" */
            i = ml;
            continue;
        }
        size_t el = ch == '&' ? sc_entity_len(w->buf, i, bs) : 0;
        if (el) { /* a web page's "&mdash;", "&nbsp;": the character it stands for */
            i += el;
            continue;
        }
        size_t fe = fact_end(e, i, bs, 0); /* a date, whatever its words: "the 7th day of August, 2009" */
        if (fe) {
            i = fe;
            continue;
        }
        if (a->type != SC_BILL && (ch == 0xa7 || ch == 0xc2)) {
            /* the law's section pin, the bill after it: "Pub. L. 118-23, § 2
             * (enacting H.R. 3865)", "Pub. L. 83-212, § 20, Outer Continental
             * Shelf Lands Act, originated as HR 6200" -- a tie across a
             * section (*sect), as the section may have enacted the bill by
             * reference */
            int k = -1;
            for (uint64_t m = e->own_sect; m && k < 0; m &= m - 1)
                if (e->cs[__builtin_ctzll(m)] == i)
                    k = __builtin_ctzll(m);
            if (k >= 0 || (ch == 0xc2 && i + 1 < bs && w->buf[i + 1] == 0xa7)) {
                *sect = 1;
                i = k >= 0 ? e->ce[k] : i + 2;
                continue;
            }
        }
        /* "Pub. L. 99-591, § 101(i) [H.R. 5233, title II]" names a bill
         * the law took in, not its own; a ')' closing a parenthesis opened
         * before the first leaves its item */
        if (ch == '[' && a->type == SC_BILL && blanks(w->buf, i + 1, bs) == bs) {
            i++; /* the editors' gloss of a bill's law: "H.R. 2014 [Pub. L. 105-34, ...]" */
            continue;
        }
        if (ch == '[' && a->type != SC_BILL && dates_between(e, ae, i) &&
            blanks(w->buf, i + 1, bs) == bs) {
            i++; /* a law's own bill in square brackets right after it, as GovInfo
                  * heads a slip law: "Public Law 101-336 [S. 933]", or after its
                  * date: "Pub. L. 101-336 (July 26, 1990) [S. 933, 101st Cong.]" */
            continue;
        }
        if ((ch == ';' &&
             !(depth == 0 && (opens_list(e, as) || refers_back(e, a, b, i + 1, bs) || told_after ||
                              (a->type != SC_BILL && in_page_paren(e, as, (int)(a - e->c))) ||
                              (a->type != SC_BILL && enacted_as_items(e, as, be)) ||
                              (a->type == SC_BILL && one_paren_of(e, as, be)))) &&
             !(depth > 0 && a->type != SC_BILL) &&
             !(depth == 1 && a->type == SC_BILL &&
               (page_paren_of(e, popen, (int)(b - e->c)) ||
                /* the bill's own bracket, opened right after it: "S. 2713
                 * (92nd Congress; Pub. L. 92-257; approved 1972)" */
                blanks(w->buf, ae, popen) == popen))) ||
            ch == '[' || ch == ']' || (ch == 0xc2 && i + 1 < bs && w->buf[i + 1] == 0xa7))
            return 0; /* ';' only inside a parenthetical list the first opens:
                       * "(P.L. 117-344; 136 Stat. 6193; S. 3405)", or before a
                       * clause that refers back to the entry's one bill, or in
                       * the law's own parenthetical opened after it: "117
                       * Stat. 1328 (approved 2003; enacting H.R.2691)" */
        if (ch == '(')
            popen = depth++ == 0 ? i : popen;
        else if (ch == ')' && --depth < 0 &&
                 (depth < -1 || a->type != SC_BILL ||
                  !(sc_entry_bracketed_at(e, ae) || bill_heads_bracket(e, as))) &&
                 !(depth == -1 && a->type != SC_BILL && told_after))
            return 0; /* "(S. Res. 793) was approved as": a bill's own brackets only --
                       * "(Public Law 100-461), H.R. 4776" is the next item; but "(ADA;
                       * P.L. 101-336) began as S. 933" tells the law's bill */
        if (!sc_isalpha(ch)) {
            i++;
            continue;
        }
        if ((fe = fact_end(e, i, bs, 1)) != 0) { /* an Act's name, whatever its lower-case words */
            i = fe;
            continue;
        }
        size_t we = word_end(w->buf, i, bs);
        if (!sc_isupper(ch) && sc_words_in(&companion_set, w->buf, i, we))
            *companion = 1; /* ("Related" in a capitalized title is a word of the title) */
        else if (!sc_isupper(ch)) {
            size_t le = link_word(w->buf, i, we, bs);
            if (!le && !(i >= 2 && w->buf[i - 1] == '-' && sc_isupper(w->buf[i - 2]) == 0 &&
                         sc_isalpha(w->buf[i - 2])))
                return 0; /* not "Short-term": the rest of a hyphenated name word */
            we = le > we ? le : we;
        }
        i = we;
    }
    return 1;
}

/* Is the citation that begins at b[as] an item of its own, a ';' before it
 * and a ';' or ')' after it ("136 Stat. 1365 (enacted 08/05/2022; H. R.
 * 7691; Pub.L. 117-166)")? */
static int bare_item(const sc_entry *e, size_t as)
{
    const uint8_t *b = e->w->buf;
    size_t p = as;
    while (p > e->so && b[p - 1] == ' ')
        p--;
    if (p == e->so || b[p - 1] != ';')
        return 0;
    for (int k = 0; k < e->n; k++)
        if ((e->kind[k] & SC_EK_IN) && e->cs[k] == as) {
            size_t q = blanks(b, e->ce[k], e->eo);
            return q < e->eo && (b[q] == ';' || b[q] == ')');
        }
    return 0;
}

/* Do b[as] and b[be - 1] stand in one bracket, opened right before the
 * first after a word at most ("X Act (enacting S. 791; enacted as Pub. L.
 * 115-226)": the bill and its law, parts of one parenthetical)? */
static int one_paren_of(const sc_entry *e, size_t as, size_t be)
{
    const uint8_t *b = e->w->buf;
    size_t q, ws = word_start_before(e, as, &q);
    if (ws > e->so && b[ws - 1] == '(')
        q = ws;
    if (q > e->so && b[q - 1] == '(')
        return sc_paren_open(b, q - 1, be);
    /* or a later item of the bracket, the bill said to be the law's or an
     * item of its own: "113 Stat. 1703 (enacted October 25, 1999; enacting
     * S. 28; 106th Congress; P.L. 106-143)", "(enacted 08/05/2022; H. R.
     * 7691; Pub.L. 117-166)" -- the bracket the bill stands in */
    static const char *const roles[] = { "enacting ", "originally ", "originated as ",
                                         "began as ", NULL };
    if (!sc_phrase_before(b, e->so, as, roles) && !bare_item(e, as))
        return 0;
    int depth = 0;
    for (q = as; q > e->so; q--) {
        uint8_t c = b[q - 1];
        if (c == ')')
            depth++;
        else if (c == '(' && depth-- == 0)
            return sc_paren_open(b, q - 1, be);
    }
    return 0;
}

/* "On July 26, 1990, the President signed S. 933, the Americans with
 * Disabilities Act of 1990, which became Public Law 101-336": only names,
 * numbers, the group's bills, punctuation other than ';' and link words
 * between a date and the law it dates. */
int sc_entry_prose_linked(const sc_entry *e, size_t from, size_t to)
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
        for (int k = 0; k < e->nname && !jumped; k++)
            if (e->name[k].so == i && e->name[k].eo > i) {
                i = e->name[k].eo; /* a name's lower-case words: "El Camino Real de
                                    * los Tejas National Historic Trail Act" */
                jumped = 1;
            }
        if (jumped)
            continue;
        size_t ml = ch == '[' || ch == ']' ? md_link_skip(b, i, e->w->len) : i;
        if (ml != i) { /* a Markdown link's: "signed [H.R. 5376](https://...)" */
            i = ml;
            continue;
        }
        size_t sp = ch == '(' ? sc_entry_signer_paren(b, i, to) : i;
        if (sp > i) { /* "the X Act (signed by President Gerald Ford) was enacted as PL 94-50" */
            i = sp;
            continue;
        }
        if (ch == '(') { /* only the one that opens the law: "signed H.R. 3254 into law
                          * (Public Law 118-165)", "([P.L. 117-169](https://...))" */
            size_t k = i + 1;
            while (k < to && b[k] == ' ')
                k++;
            if (k < to && md_link_skip(b, k, e->w->len) == k + 1)
                k++;
            if (k < to)
                return 0;
        }
        if (ch == ';' || ch == ')' || ch == '[' || ch == ']')
            return 0;
        if (ch == '.' && i > e->so && (sc_isdigit(b[i - 1]) || b[i - 1] == 0x9d || b[i - 1] == '"'))
            return 0; /* a sentence's end: "the Act of August 2, 1946. 1967—Pub. L. 90-19" */
        if (!sc_isalpha(ch)) {
            i++;
            continue;
        }
        size_t we = word_end(b, i, to);
        size_t le = sc_isupper(ch) ? we : link_word(b, i, we, to);
        if (!le)
            return 0;
        i = le;
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
    /* (not past its table row's cell: "...,S. 2205,§ 3" -- the row's
     * column of sections) */
    if (sc_entry_in_cell(e, s, t, SC_COL_BILL) && k > e->cell_eo[SC_COL_BILL])
        return 0;
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
    static const char *const words[] = { "of", "to", "under", "pursuant", "per",
                                         "amending", "amend", "amends", "amended", "in",
                                         "by", "with", NULL };
    /* (not the bill's own story: "Legislative history of S. 6 (88th
     * Congress): signed ... (Public Law 88-368)", "Summary of H.R. 3162") */
    static const char *const own[] = { "history", "text", "summary", "analysis", "passage",
                                       "enactment", "sponsor", "sponsors", "cosponsors",
                                       "status", "digest", "overview", "highlights",
                                       /* a rule's: "providing for consideration of H.R. 6184" */
                                       "consideration", NULL };
    size_t s, t, we;
    if (!sc_entry_span(e->w, bc, &s, &t) || !word_before_in(e, s, words))
        return 0;
    size_t ws = word_start_before(e, s, &we);
    return !(we - ws == 2 && memcmp(e->w->buf + ws, "of", 2) == 0 && word_before_in(e, ws, own));
}

/* Is bill b a resolution that makes no law (a simple or concurrent one)
 * cited by a part of it, "title II of S. Con. Res. 11", "section 7 of H.
 * Con. Res. 64": the part the text refers to, never the source of the law
 * in brackets after it ("An Act to provide for reconciliation pursuant to
 * title II of S. Con. Res. 11 (Public Law 103-66)": the Act's law; but
 * "Section 2(c) of H.J. Res. 682 (Public Law 101-466)" is the joint
 * resolution's)? */
static int part_of_bill(const sc_entry *e, const sc_citation *bc)
{
    if (sc_lawmaking(bc->bill))
        return 0;
    const uint8_t *b = e->w->buf;
    size_t s, t, we;
    if (!sc_entry_span(e->w, bc, &s, &t))
        return 0;
    size_t ws = word_start_before(e, s, &we);
    if (!(we - ws == 2 && memcmp(b + ws, "of", 2) == 0))
        return 0;
    size_t q = ws; /* the part's number: "II", "7", "7(a)", "101(b)(2)" */
    while (q > e->so && b[q - 1] == ' ')
        q--;
    size_t ne = q;
    while (q > e->so && (sc_isalnum(b[q - 1]) || b[q - 1] == '(' || b[q - 1] == ')'))
        q--;
    return q < ne && (sc_isdigit(b[q]) || b[q] == 'I' || b[q] == 'V' || b[q] == 'X') &&
           sc_entry_designates(e, q);
}

/* Is law l the object of a verb that acts on it ("a bill to amend PL
 * 113-81 was introduced as S. 1902"): a law a bill after it is about, not
 * the law that bill became? */
static int law_referenced(const sc_entry *e, const sc_citation *law)
{
    static const char *const words[] = { "amend", "amends", "amending", "repeal", "repeals",
                                         "repealing", "extend", "extends", "extending",
                                         "reauthorize", "reauthorizes", "reauthorizing", NULL };
    size_t s, t;
    return sc_entry_span(e->w, law, &s, &t) && word_before_in(e, s, words);
}

/* Past the entry's Act name that begins at b[k] (or, with @p alt, whose
 * shorter form does), and the blanks and commas after it; k when none
 * begins there. */
static size_t past_name(const sc_entry *e, size_t k, size_t lim, int alt)
{
    const uint8_t *b = e->w->buf;
    for (int q = 0; q < e->nname; q++)
        if (e->name[q].so == k || (alt && e->name[q].alt_so == k)) {
            k = e->name[q].eo;
            while (k < lim && (b[k] == ' ' || b[k] == ','))
                k++;
            return k;
        }
    return k;
}

/* "Section 2(c) of H.J. Res. 682 (Public Law 101-466)": the law in
 * parentheses right after the bill (after the Act's name, at most) names
 * the bill's own enactment, even when the bill is the object of "of". */
static int law_in_parens_after(const sc_entry *e, const sc_citation *bc, const sc_citation *law)
{
    size_t bs, be, ls, le;
    if (!sc_entry_span(e->w, bc, &bs, &be) || !sc_entry_span(e->w, law, &ls, &le) || ls < be)
        return 0;
    const uint8_t *b = e->w->buf;
    size_t k = be;
    while (k < ls && (b[k] == ' ' || b[k] == ','))
        k++;
    /* the Act's name in apposition first: "the printed enrollment of H.R.
     * 5835, the Omnibus Budget Reconciliation Act of 1990 (Public Law
     * 101-508)" */
    if (k + 4 < ls && memcmp(b + k, "the ", 4) == 0)
        k = past_name(e, k + 4, ls, 0);
    /* ("[Pub. L. 105-34, ...]": the Code's editors name the bill's law in
     * square brackets: "the enrollment of H.R. 2014 [Pub. L. 105-34, Aug.
     * 5, 1997, 111 Stat. 788]") */
    if (k >= ls || (b[k] != '(' && b[k] != '['))
        return 0;
    k++;
    while (k < ls && b[k] == ' ')
        k++;
    /* the Act's name first: "the enactment of H.R. 3326 (Department of
     * Defense Appropriations Act, 2010, P.L. 111-118)" */
    return past_name(e, k, ls, 1) == ls;
}

/* Is a word of enacting ("enacting", "enacted", "incorporating") written
 * between law @p law and the bill that ends at b[be], or in the 40 bytes
 * after it -- what a section that enacted a bill by reference says? */
static int enacting_near(const sc_entry *e, const sc_citation *law, size_t be)
{
    size_t ls, le;
    if (!sc_entry_span(e->w, law, &ls, &le) || le > be)
        return 1; /* (not known: as the section says) */
    size_t hi = be + 40 < e->eo ? be + 40 : e->eo;
    const uint8_t *b = e->w->buf;
    return sc_find_text(b + le, hi - le, "nact", 4) || sc_find_text(b + le, hi - le, "ncorporat", 9);
}

/* Does the rest of a bill's clause from b[from] tell it enacted after
 * all -- a veto overridden ("vetoed September 23, 2016, became law",
 * "over his veto", "by two-thirds") -- up to the sentence's end, a ';', a
 * ", and" or another law's citation (another story: "..., and Pub. L.
 * 103-3 was enacted in 1993")? */
static int overridden_after(const sc_entry *e, size_t from)
{
    static const char *const enacted[] = { "override", "overrode", "overridden", "overriding",
                                           "over", "became", "become", "enacted", "two", "law",
                                           NULL };
    const uint8_t *b = e->w->buf;
    size_t lim = from + 120 < e->eo ? from + 120 : e->eo;
    for (int k = 0; k < e->n; k++)
        if (sc_is_law(&e->c[k]) && e->cs[k] >= from && e->cs[k] < lim)
            lim = e->cs[k];
    for (size_t i = from; i < lim;) {
        if (b[i] == ';' || (b[i] == '.' && i + 1 < lim && b[i + 1] == ' ' && sc_islower(b[i - 1])) ||
            (b[i] == ',' && i + 5 <= lim && memcmp(b + i, ", and", 5) == 0))
            break;
        if (!sc_isalpha(b[i])) {
            i++;
            continue;
        }
        size_t we = word_end(b, i, lim);
        if (sc_word_in(b, i, we, enacted))
            return 1;
        i = we;
    }
    return 0;
}

/* Is bill @p bc what the law is compared with -- "signed the same day as
 * H.R. 3401", "on the same date as S. 5", "at the same time as" -- another
 * measure, no bill of the law? */
static int bill_compared(const sc_entry *e, const sc_citation *bc)
{
    static const char *const same[] = { "same day as ", "same date as ", "same time as ",
                                        "same day as the ", NULL };
    size_t bs = (size_t)(bc->start - e->w->base);
    size_t lo = bs > e->so + 24 ? bs - 24 : e->so;
    return sc_phrase_before(e->w->buf, lo, bs, same) > 0;
}

/* Is bill @p bc the subject of a verb that says it did not become law --
 * "A similar bill, S. 848, died in committee", "H.R. 770, which President
 * Bush vetoed", "S. 5 never became law", "H.R. 11 stalled in the Senate"?
 * Then it is no law's bill.  The verb its own: only a relative pronoun,
 * auxiliaries, an agent's capitalized words and a bracket between
 * ("S. 848 (110th Congress) was later tabled"), and not the bill a law's
 * bracket opens with ("Pub. L. 110-325 (S. 3407), which rejected ...": the
 * law's).  A veto overridden, or the bill enacted after all, in the rest
 * of the clause is no failure ("vetoed September 23, 2016, became law"). */
static int bill_failed(const sc_entry *e, const sc_citation *bc)
{
    static const char *const fates[] = { "died", "dies", "failed", "fails", "stalled", "stalls",
                                         "languished", "lapsed", "vetoed", "tabled", "defeated",
                                         "rejected", "withdrawn", NULL };
    static const char *const lead[] = { "which", "that", "was", "were", "had", "has", "been",
                                        "later", "then", "subsequently", "eventually", "quietly",
                                        "ultimately", "also", "by", "the", "itself", NULL };
    static const char *const after_never[] = { "became", "become", "enacted", "passed", "signed",
                                               "made", "reached", "cleared", "got", NULL };
    size_t s, t;
    if (!sc_entry_span(e->w, bc, &s, &t))
        return 0;
    const uint8_t *b = e->w->buf;
    if (origin_word_before(b, e->so, s))
        return 0; /* claimed as a law's origin: "Pub. L. 114-222 came from S. 2041,
                   * which President Obama vetoed ..." */
    size_t p = s;
    while (p > e->so && b[p - 1] == ' ')
        p--;
    size_t we0, ws = word_start_before(e, p, &we0);
    if (ws < we0 && we0 == p && sc_word_in(b, ws, we0, (const char *const[]){ "vetoed", "killed",
                                                                               "blocked", NULL }))
        return !overridden_after(e, t); /* its object: "President Bush vetoed S. 5 in 1992" */
    if (p > e->so && (b[p - 1] == '(' || b[p - 1] == '[')) {
        size_t q = p - 1;
        while (q > e->so && b[q - 1] == ' ')
            q--;
        for (int k = 0; k < e->n; k++)
            if (sc_is_law(&e->c[k]) && e->ce[k] == q)
                return 0; /* the law's own bill, in its bracket */
    }
    size_t lim = t + 120 < e->eo ? t + 120 : e->eo, fate = 0;
    for (size_t i = t; i < lim && !fate;) {
        if (b[i] == ';' || b[i] == '.')
            return 0;
        if (b[i] == '(') { /* a bracket of its own: "(110th Congress)" */
            const uint8_t *c = memchr(b + i, ')', lim - i < 40 ? lim - i : 40);
            if (!c)
                return 0;
            i = (size_t)(c - b) + 1;
            continue;
        }
        if (!sc_isalpha(b[i])) {
            i++;
            continue;
        }
        if (i - t > 60)
            return 0;
        size_t we = word_end(b, i, lim);
        if (sc_word_in(b, i, we, fates))
            fate = we;
        else if (we - i == 5 && memcmp(b + i, "never", 5) == 0) {
            size_t n = blanks(b, we, lim);
            if (!sc_word_in(b, n, word_end(b, n, lim), after_never))
                return 0;
            fate = word_end(b, n, lim);
        } else if (!sc_isupper(b[i]) && !sc_word_in(b, i, we, lead))
            return 0;
        i = we;
    }
    return fate && !overridden_after(e, fate);
}

/* The entry's laws and bills that stand in a field of another law or
 * bill than the entry's own (sc_ctx_field_related): "related_law":
 * "Pub. L. 110-181", "Related Bills: H.R. 11 (111th Congress)",
 * "prior_bill: H.R. 770" -- a bit a citation.  Asked only when the entry
 * has a bill and a law, and only of those. */
static uint64_t related_fields(const sc_entry *e)
{
    uint64_t laws = 0, bills = 0, rel = 0;
    for (int i = 0; i < e->n && i < 64; i++) {
        if (sc_is_law(&e->c[i]))
            laws |= 1ull << i;
        else if (e->c[i].type == SC_BILL)
            bills |= 1ull << i;
    }
    if (!laws || !bills)
        return 0;
    for (uint64_t m = laws | bills; m; m &= m - 1) {
        int i = __builtin_ctzll(m);
        size_t v = sc_ctx_field_related(e->w->buf, 0, e->cs[i]); /* (from the window's
                                                                  * start: a YAML list's key
                                                                  * may stand above the entry) */
        if (!v)
            continue;
        /* a field's value, a citation opening it ("Related Bills: H.R. 11
         * (...); H.R. 2831"), not a sentence after a label ("Related
         * reading: the ADA, Pub. L. 101-336") */
        for (int k = 0; k < e->n; k++) /* (of its kind: not "Earlier statute: Pub. L.
                                          * 101-336 (S. 934)", the law's own bill) */
            if (e->cs[k] == v && (e->c[k].type == SC_BILL) == (e->c[i].type == SC_BILL)) {
                rel |= 1ull << i;
                break;
            }
    }
    /* a law under such a key is another's than the record's only when the
     * record has a law of its own ("amending_law: Pub. L. 110-325" alone
     * is the record's law) */
    if ((laws & ~rel) == 0)
        rel &= ~laws;
    return rel;
}

void sc_entry_tie_bills(sc_entry *e)
{
    uint64_t rel = related_fields(e);
    for (int l = 0; l < e->n; l++) {
        const sc_citation *law = &e->c[l];
        if (!sc_is_law(law))
            continue;
        /* a record's field of another law or bill is not the record's law
         * or its bill ("related_law": "Pub. L. 110-181", "Related Bills:
         * H.R. 11 (111th Congress)", "prior_bill: H.R. 770") */
        if (l < 64 && (rel >> l & 1))
            continue;
        int best = -1, best_sect = -1; /* (best_sect: the nearest tied across a section pin) */
        uint64_t best_d = 0, sect_d = 0;
        for (int i = 0; i < e->n; i++) {
            const sc_citation *b = &e->c[i];
            int companion = 0, sect = 0;
            if (b->type != SC_BILL || !linked(e, b, law, &companion, &sect) ||
                (i < 64 && (rel >> i & 1)) || bill_failed(e, b) || bill_compared(e, b) ||
                (bill_referenced(e, b) && (!law_in_parens_after(e, b, law) || part_of_bill(e, b))))
                continue;
            if (b->start > law->start && bill_part(e, b))
                continue; /* "Pub. L. 99-591, enacting S.2638, § 615": a part of it */
            if (b->start > law->start && law_referenced(e, law))
                continue;
            if (companion) {
                e->brole[i] = SC_BILL_ROLE_COMPANION;
                continue;
            }
            uint64_t d = b->start > law->start ? b->start - law->end : law->start - b->end;
            size_t bs, be;
            if (sect && sc_entry_span(e->w, b, &bs, &be) &&
                (origin_before(e->w->buf, e->so, bs) ||
                 sc_phrase_before(e->w->buf, e->so, bs, (const char *const[]){ "originally ", NULL }) ||
                 !enacting_near(e, law, be)))
                sect = 0; /* the law's origin, past its pin: "Pub.L. 110-255, § 1, June 30,
                           * 2008 (originally S. 2146; ...)" -- no section enacts an origin;
                           * nor is a bill among the law's facts a section's, no word of
                           * enacting it said: "Public Law No. 89-136, tit. III, § 302, ...
                           * (89th Congress; S. 1742; 79 Stat. 552)" */
            if (sect) {
                if (best_sect < 0 || d < sect_d) {
                    best_sect = i;
                    sect_d = d;
                }
            } else if (best < 0 || d < best_d) {
                best = i;
                best_d = d;
            }
        }
        if (best < 0 && best_sect >= 0) {
            e->sect_bill_in |= 1ull << l;
            e->sect_bill[l] = (int8_t)best_sect;
        }
        if (best >= 0) {
            e->bill_of[l] = (int8_t)best;
            if (e->law_of[best] < 0)
                e->law_of[best] = (int8_t)l;
            e->brole[best] = SC_BILL_ROLE_BECAME;
        }
    }
}

/* The bill types as congress.gov's addresses spell them. */
static const struct {
    const char *path;
    int type;
} bill_paths[] = { { "house-bill/", SC_BILL_HR },
                   { "senate-bill/", SC_BILL_S },
                   { "house-joint-resolution/", SC_BILL_HJRES },
                   { "senate-joint-resolution/", SC_BILL_SJRES },
                   { "house-concurrent-resolution/", SC_BILL_HCONRES },
                   { "senate-concurrent-resolution/", SC_BILL_SCONRES },
                   { "house-resolution/", SC_BILL_HRES },
                   { "senate-resolution/", SC_BILL_SRES } };

/* The bill of the congress.gov address b[i..lim) ("https://www.congress.gov/
 * bill/117th-congress/house-bill/5376/text", crsreports.congress.gov's
 * alike), up to its ')': 1 and *cong, *type, *num, else 0. */
static int bill_address(const uint8_t *b, size_t i, size_t lim, int *cong, int *type, int *num)
{
    size_t end = i;
    while (end < lim && end - i < 300 && b[end] != ')' && b[end] != ' ' && b[end] != '\n')
        end++;
    if (end >= lim || b[end] != ')')
        return 0;
    size_t k = i;
    while (k + 6 < end && memcmp(b + k, "congress.gov/bill/", 18) != 0)
        k++;
    if (k + 18 >= end)
        return 0;
    k += 18;
    int c = 0;
    while (k < end && sc_isdigit(b[k]) && c < 1000)
        c = c * 10 + (b[k++] - '0');
    if (k + 2 >= end || !sc_isalpha(b[k]) || !sc_isalpha(b[k + 1]) ||
        end - k < 12 || memcmp(b + k + 2, "-congress/", 10) != 0)
        return 0;
    k += 12;
    for (size_t t = 0; t < sizeof bill_paths / sizeof bill_paths[0]; t++) {
        size_t n = strlen(bill_paths[t].path);
        if (k + n < end && memcmp(b + k, bill_paths[t].path, n) == 0) {
            k += n;
            long v = 0;
            while (k < end && sc_isdigit(b[k]) && v < 100000)
                v = v * 10 + (b[k++] - '0');
            if (v <= 0 || v >= 100000 || (k < end && b[k] != '/' && b[k] != '?' && b[k] != '#'))
                return 0;
            *cong = c;
            *type = bill_paths[t].type;
            *num = (int)v;
            return c > 0;
        }
    }
    return 0;
}

void sc_entry_link_bills(sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    size_t len = e->w->len;
    for (uint64_t m = e->law_in; m; m &= m - 1) {
        int l = __builtin_ctzll(m);
        size_t k = e->ce[l];
        if (k + 8 >= len || b[k] != ']' || b[k + 1] != '(' || e->c[l].type != SC_PUBLIC_LAW)
            continue;
        int cong, type, num;
        if (bill_address(b, k + 2, len, &cong, &type, &num)) {
            e->link_bill[l].congress = cong;
            e->link_bill[l].type = type;
            e->link_bill[l].number = num;
            e->link_bill_in |= 1ull << l;
        }
    }
}

/* ------------------------------------------- a bill and a name, no law */

int sc_entry_lawmaking_bill(const sc_entry *e)
{
    if (e->nlaw || !e->bill_in || !sc_entry_one_bill(e))
        return -1;
    int bi = __builtin_ctzll(e->bill_in);
    return sc_lawmaking(e->c[bi].bill) && e->brole[bi] != SC_BILL_ROLE_COMPANION ? bi : -1;
}

/* Does the phrase @p head stand in t[0..n) followed right by one of the
 * words of @p tails (NULL-ended)?  (Here and below sc_find_text(), not
 * memmem(): an entry's text is short.) */
static int head_then(const uint8_t *t, size_t n, const char *head, const char *const *tails)
{
    size_t hn = strlen(head);
    const uint8_t *end = t + n;
    for (const uint8_t *p = t; (p = sc_find_text(p, (size_t)(end - p), head, hn)) != NULL; p++)
        for (const char *const *w = tails; *w; w++) {
            size_t wn = strlen(*w);
            if ((size_t)(end - p) - hn >= wn && memcmp(p + hn, *w, wn) == 0)
                return 1;
        }
    return 0;
}

/* Do the words t[0..n) say a bill was enacted: "became law", "signed into
 * law", "was enacted", "became Public Law", "enacting H.R. 2873" ("X Act
 * (115th Congress; enacting H.R. 2873)"), its signer ("X Act (H.R. 3797;
 * approved by President Bush)", "signed by the President")?  Each phrase
 * found by its first word (five searches for the ten phrases). */
static int said_enacted(const uint8_t *t, size_t n)
{
    static const char *const became[] = { "law", "Public Law", NULL };
    static const char *const signed_[] = { "into law", "by President", "by the President", NULL };
    static const char *const enacting[] = { "H", "S", NULL };
    static const char *const by[] = { "President", "the President", NULL };
    return head_then(t, n, "became ", became) || head_then(t, n, "signed ", signed_) ||
           sc_find_text(t, n, "was enacted", 11) || head_then(t, n, "enacting ", enacting) ||
           head_then(t, n, "approved by ", by);
}

int sc_entry_bill_enacted(sc_entry *e)
{
    int bi = sc_entry_lawmaking_bill(e);
    /* not enacted by reference in another law: "House Resolution 502, 95th
     * Congress, ..., as enacted into law by section 115 of the Legislative
     * Branch Appropriation Act, 1978" */
    if (bi < 0 || as_enacted_in(e->w->buf, e->so, e->eo))
        return -1;
    const uint8_t *t = e->w->buf + e->so;
    /* said to have been enacted: a date of its enactment, or the words */
    for (int k = 0; k < e->ndate; k++)
        if (e->date[k].bill == bi && e->date[k].role == SC_DATE_ROLE_ENACTED)
            return bi;
    if (said_enacted(t, e->eo - e->so))
        return bi;
    /* a table's row of an Act: its bill in the column of bills, a day in the
     * column of days it was approved ("| X Act of 1974 | Richard Nixon |
     * S.821 | 7 September 1974 |" under "Act | Signed by | Originating bill |
     * Approved") */
    if (sc_entry_in_cell(e, e->cs[bi], e->ce[bi], SC_COL_BILL))
        for (int k = 0; k < e->ndate; k++)
            if (e->date[k].role == SC_DATE_ROLE_ENACTED &&
                sc_entry_in_cell(e, e->date[k].so, e->date[k].eo, SC_COL_DATE))
                return bi;
    /* the President its subject: "President George Bush signed the X Act of
     * 1994 on Oct. 22, 1994. Its originating bill was S. 2500." */
    const uint8_t *b = e->w->buf;
    for (const uint8_t *p = t; (p = sc_find_text(p, (size_t)(b + e->eo - p), "President ", 10)) != NULL;
         p += 10) {
        size_t k = sc_president_words(b, (size_t)(p - b) + 10, e->eo, NULL, NULL, NULL);
        if (k > (size_t)(p - b) + 10 && k + 9 <= e->eo &&
            (memcmp(b + k, " signed", 7) == 0 || memcmp(b + k, " approved", 9) == 0))
            return bi; /* (or approved: "President Biden approved the bill, H.R. 4032, ...") */
    }
    /* or named without the title: "Clinton signed S. 933 (101st Congress)" */
    if (sc_find_text(t, e->eo - e->so, " signed", 7) || sc_find_text(t, e->eo - e->so, " approved", 9))
        for (size_t i = e->so; i < e->eo; i++) {
            size_t so, eo, k;
            if (sc_isupper(b[i]) && (i == e->so || !sc_isalpha(b[i - 1])) &&
                (k = sc_president_bare(e, i, &so, &eo)) != 0 && k + 9 <= e->eo &&
                (memcmp(b + k, " signed", 7) == 0 || memcmp(b + k, " approved", 9) == 0))
                return bi;
        }
    /* the Act's bill before it became the Act: "the X Act, 1983 (originally
     * H.R. 3135)", "The X Act of 2006 began as H.R.3549." -- with no page, which would be read with the name
     * first (check_page_names.c: two facts against the name) */
    static const char *const origin[] = { "originally ", "began as ", "originated as ",
                                          "started as ", /* "... Act of 1992.  Its
                                                          * originating bill was H. R. 707." */
                                          "originating bill was ", "originating bill is ",
                                          "original bill was ", "original bill is ", NULL };
    if (sc_phrase_before(e->w->buf, e->so, e->cs[bi], origin)) { /* (or "began as H.R.3549") */
        size_t lo = e->so, hi = e->eo; /* (its item's, in a string citation) */
        if (!sc_entry_item_alone(e, bi, &lo, &hi))
            lo = e->so, hi = e->eo;
        int page = 0;
        for (uint64_t m = e->stat_in; m && !page; m &= m - 1)
            page = e->cs[__builtin_ctzll(m)] >= lo && e->ce[__builtin_ctzll(m)] <= hi;
        if (!page)
            return bi;
    }
    /* "The measure, S. 2205, became the Rural Water Supply Act": it became
     * an Act (a name's capital after "became the") */
    const uint8_t *q = sc_find_text(t, e->eo - e->so, "became the ", 11);
    if (q && q + 13 < e->w->buf + e->eo &&
        (sc_isupper(q[11]) || q[11] == '"' || (q[11] == 0xe2 && q[12] == 0x80 && q[13] == 0x9c)))
        return bi; /* (or a name in quotes: "became the “X Act, 1996”") */
    return -1;
}

int sc_entry_bill_item(sc_entry *e, int bi, size_t *lo, size_t *hi)
{
    return sc_lawmaking(e->c[bi].bill) && e->brole[bi] != SC_BILL_ROLE_COMPANION &&
           sc_entry_item_of(e, bi, lo, hi, 0);
}

int sc_entry_page_in(const sc_entry *e, size_t lo, size_t hi)
{
    for (uint64_t m = e->stat_in; m; m &= m - 1)
        if (e->cs[__builtin_ctzll(m)] >= lo && e->ce[__builtin_ctzll(m)] <= hi)
            return 1;
    return 0;
}

int sc_entry_item_states_congress(const sc_entry *e, size_t lo, size_t hi, int cong)
{
    const uint8_t *b = e->w->buf;
    if (hi <= lo || !sc_find_text(b + lo, hi - lo, " Cong", 5))
        return 0;
    for (size_t i = lo; i < hi; i++) {
        if (!sc_isdigit(b[i]) || (i > lo && sc_isalnum(b[i - 1])))
            continue;
        int ended, v = 0;
        if (!sc_entry_ordinal_congress(b, i, hi, &ended))
            continue;
        for (size_t k = i; k < hi && sc_isdigit(b[k]) && v < 1000; k++)
            v = v * 10 + (b[k] - '0');
        if (v == cong)
            return 1;
    }
    /* spelled: "the Ninety-seventh Congress", "One Hundred First Congress":
     * the one to three capitalized words before it, each start tried */
    for (size_t i = lo; i + 9 <= hi; i++) {
        if (b[i] != ' ' || memcmp(b + i + 1, "Congress", 8) != 0)
            continue;
        size_t ws = i;
        for (int words = 0; words < 3; words++) {
            size_t k = ws;
            while (k > lo && (sc_isalpha(b[k - 1]) || b[k - 1] == '-'))
                k--;
            if (k == ws || !sc_isupper(b[k]))
                break;
            if (sc_ctx_congress_cell(b, k, i + 9) == cong)
                return 1;
            if (k <= lo || b[k - 1] != ' ')
                break;
            ws = k - 1;
        }
    }
    return 0;
}

const sc_ref_law *sc_entry_item_bill_law(sc_entry *e, int bi, size_t lo, size_t hi,
                                         const sc_ref_law **named, int *name)
{
    const sc_citation *bc = &e->c[bi];
    const sc_ref_law *n = NULL;
    int nk = -1, two = 0;
    for (int k = 0; k < e->nname && !two; k++) {
        const sc_ref_law *const *rows;
        if (e->name[k].so < lo || e->name[k].eo > hi)
            continue;
        int nr = sc_entry_name_laws(e, k, &rows);
        if (nr != 1 || !rows[0])
            two = nr > 1;
        else if (n && n != rows[0])
            two = 1;
        else if (!n)
            n = rows[0], nk = k;
    }
    if (two)
        n = NULL, nk = -1;
    if (named)
        *named = n;
    if (name)
        *name = nk;
    /* (a Congress read from the text around is another item's, maybe:
     * the named law's then, as when the bill has none) */
    int cong = bc->congress && (!(bc->wording & SC_W_CONGRESS_LINKED) ||
                                sc_entry_item_states_congress(e, lo, hi, bc->congress))
                   ? bc->congress
               : n ? n->congress
                   : 0;
    return cong >= 82 ? sc_ref_law_from_bill(cong, (sc_bill_type)bc->bill, bc->number) : NULL;
}

/* Do only blanks, commas and an opening bracket stand in b[from..to),
 * and at most @p max bytes? */
static int apposed(const uint8_t *b, size_t from, size_t to, size_t max)
{
    if (to < from || to - from > max || to == from)
        return 0;
    for (size_t k = from; k < to; k++)
        if (b[k] != ' ' && b[k] != ',' && b[k] != '(')
            return 0;
    return 1;
}

/* How far from a bill its Act's name may stand with facts between. */
#define BESIDE_REACH 100

/* Do only the name's other facts (its Congress, a date), blanks, commas,
 * brackets, a table's '|', a record's labels and separators and the words
 * that name a law ("was introduced as") stand between name @p f and the
 * bill at b[cs..ce), on either side of it, and no more than BESIDE_REACH
 * bytes? */
static int facts_apart(const sc_entry *e, const sc_name_fact *f, size_t cs, size_t ce)
{
    const unsigned allow = F_CONG | F_DATE | F_BAR | F_NWORD;
    const uint8_t *b = e->w->buf;
    if (f->tie_eo <= cs && cs - f->tie_eo <= BESIDE_REACH)
        return sc_entry_filler(e, f->tie_eo, cs, allow, NULL);
    if (f->so >= ce && f->so - ce <= BESIDE_REACH) {
        size_t to = f->so; /* (its article: "S. 1630, 101st Cong., the X Act") */
        if (to >= ce + 4 && memcmp(b + to - 4, "the ", 4) == 0)
            to -= 4;
        return sc_entry_filler(e, ce, to, allow, NULL);
    }
    return 0;
}

/* Is name @p f the value of a name's field ("Popular name: X Act", "Short
 * title: ...", "Act: ...") -- its label, a ':' and at most "the" before it? */
static int name_field(const sc_entry *e, const sc_name_fact *f)
{
    const uint8_t *b = e->w->buf;
    size_t k = f->so;
    if (k >= e->so + 4 && memcmp(b + k - 4, "the ", 4) == 0)
        k -= 4;
    while (k > e->so && b[k - 1] == ' ')
        k--;
    if (k <= e->so || b[k - 1] != ':')
        return 0;
    size_t le = k - 1, ls = le;
    while (ls > e->so && (sc_isalpha(b[ls - 1]) || b[ls - 1] == ' ') && le - ls < 24)
        ls--;
    while (ls < le && b[ls] == ' ')
        ls++;
    return ls < le && sc_table_label_role(b, ls, le) == SC_COL_NAME;
}

int sc_entry_bill_beside_name(sc_entry *e, const sc_ref_law **named, const sc_ref_law **became,
                              int *name)
{
    *named = *became = NULL;
    *name = -1;
    int bi = sc_entry_lawmaking_bill(e);
    if (bi < 0)
        return -1;
    const uint8_t *b = e->w->buf;
    size_t cs = e->cs[bi], ce = e->ce[bi];
    /* the bytes first (most bills stand beside no name): "Act" or a year
     * before ", H.R. N" or " (H.R. N", or ", the " and a capital after it */
    size_t p = cs;
    while (p > e->so && (b[p - 1] == ' ' || b[p - 1] == ',' || b[p - 1] == '('))
        p--;
    int before = p < cs && p >= e->so + 3 &&
                 ((b[p - 3] == 'A' && b[p - 2] == 'c' && b[p - 1] == 't') || sc_isdigit(b[p - 1]));
    int after = ce + 7 <= e->eo && memcmp(b + ce, ", the ", 6) == 0 && sc_isupper(b[ce + 6]);
    /* or the name's other facts between them, its Congress, a date, a
     * table's cells: "the X Act of 2009 (One Hundred Eleventh Congress, S.
     * 3186)", "S. 2517,86th Cong.,Housing Act of 1959", "X Act of 1990 |
     * S. 1630" -- when an "Act" is in reach at all */
    size_t lo = cs > e->so + BESIDE_REACH ? cs - BESIDE_REACH : e->so,
           hi = ce + BESIDE_REACH < e->eo ? ce + BESIDE_REACH : e->eo;
    int apart = sc_find_text(b + lo, hi - lo, "Act", 3) != NULL; /* (a date's year may
                                                                   * stand right before
                                                                   * it too: "X Act (98th
                                                                   * Congress, October 13,
                                                                   * 1982, HR 6133)") */
    /* or a record of one bill's labelled fields, no law ("Enacted bill:
     * S.188; Signed by: ...; Popular name: X Act"): its name's field is
     * the name of the law the bill became */
    int record = e->nlaw == 0 && sc_entry_one_bill(e) && sc_ctx_record(e->w, e->so, e->eo);
    if (!before && !after && !apart && !record)
        return -1;
    sc_entry_need_names(e);
    for (int k = 0; k < e->nname; k++) {
        const sc_name_fact *f = &e->name[k];
        if (!(before && apposed(b, f->eo, cs, 3)) &&
            !(after && (f->so == ce + 6 || f->so == ce + 2)) && /* (with its article or not) */
            !(apart && facts_apart(e, f, cs, ce)) && !(record && name_field(e, f)))
            continue;
        const sc_ref_law *const *rows;
        if (sc_entry_name_laws(e, k, &rows) != 1 || !rows[0])
            return -1;
        const sc_ref_law *n = rows[0];
        int cong = e->c[bi].congress ? e->c[bi].congress : n->congress;
        if (cong < 82 && n->congress < 82)
            return -1; /* (the tables give bills from the 82nd Congress on; an
                        * earlier bill's law is not known, so *became stays NULL) */
        *named = n;
        *name = k;
        *became = cong < 82 ? NULL
                            : sc_ref_law_from_bill(cong, (sc_bill_type)e->c[bi].bill, e->c[bi].number);
        return bi;
    }
    return -1;
}

int sc_entry_bill_named(sc_entry *e, const sc_ref_law **named, const sc_ref_law **became,
                        int *name)
{
    *named = *became = NULL;
    *name = -1;
    int bi = e->nname ? sc_entry_bill_enacted(e) : -1;
    if (bi < 0)
        return -1;
    const sc_citation *b = &e->c[bi];
    /* the one law the entry's names name */
    const sc_ref_law *n = NULL;
    for (int k = 0; k < e->nname; k++) {
        const sc_ref_law *const *rows;
        int nr = sc_entry_name_laws(e, k, &rows);
        if (nr == 1 && rows[0] && (!n || n == rows[0])) {
            if (!n)
                *name = k;
            n = rows[0];
        }
        else if (nr == 1)
            return -1; /* two names, two laws */
    }
    int cong = b->congress ? b->congress : n ? n->congress : 0;
    if (!n || cong < 82)
        return -1;
    *named = n;
    *became = sc_ref_law_from_bill(cong, (sc_bill_type)b->bill, b->number);
    return bi;
}

