/*
 * entry_tie_dates.c -- ties an entry's dates to the law they describe
 * (entry.h): a date right after the law ("(July 26, 1990)", "| 10/26/2001"),
 * right before it in a source credit ("Sept. 1, 1970, Pub. L. 91-369"), or
 * anywhere in an entry of one law when a word says it is the enactment date
 * ("signed", "became law on"); a bill step's date to its bill.  Anything
 * else between them -- another law, a verb that makes the date about
 * something else ("amending", "effective") -- and the date stays untied.
 * What the tie files share (the laws before and after a place, the entry's
 * items, brackets and sentences) is entry_ties.c's (entry_in.h); how prose
 * tells an enactment a clause or a sentence from the law is read in
 * entry_prose.c.
 */
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "html.h"
#include "scan.h"
#include "table.h"

/* sc_entry_in_other_item_of() with no law numbers or pages (entry_in.h) */
static int in_other_item(sc_entry *e, int l, size_t at)
{
    return sc_entry_in_other_item_of(e, l, at, 0);
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
    /* (the last byte of an opening mark first: most dates have none) */
    uint8_t c = so > lo ? b[so - 1] : 0;
    if (c != '"' && c != '\'' && c != 0x9c && c != 0x98)
        return 0;
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

/* Is buf[so] right after a tagged export's date tag on its line: refer and
 * EndNote's "%8 " (date) and "%D " (year), RIS's "DA  - ", "PY  - ", "Y1  - "
 * (sc_ctx_tag_len)?  Not the date a record was accessed (RIS "Y2"). */
static int date_tag(const uint8_t *b, size_t so)
{
    size_t ls = so >= 6 && b[so - 1] == ' ' ? so - 6 : SIZE_MAX;
    if (so >= 3 && (so == 3 || b[so - 4] == '\n') && sc_ctx_tag_len(b, so - 3, so) == 3)
        return b[so - 2] == '8' || b[so - 2] == 'D';
    if (ls == SIZE_MAX || (ls > 0 && b[ls - 1] != '\n') || sc_ctx_tag_len(b, ls, so) != 6)
        return 0;
    return (b[ls] == 'D' && b[ls + 1] == 'A') || (b[ls] == 'P' && b[ls + 1] == 'Y') ||
           (b[ls] == 'Y' && b[ls + 1] == '1');
}

/* Is date @p f a record's field of its own: a period and a blank (or the
 * line's start) before it, a period (or the line's end) after it? */
static int period_field(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    size_t len = e->w->len;
    int open = f->so == 0 || b[f->so - 1] == '\n' ||
               (f->so >= 2 && b[f->so - 1] == ' ' && b[f->so - 2] == '.') || date_tag(b, f->so);
    int close = f->eo >= len || b[f->eo] == '\n' || b[f->eo] == '\r' ||
                (b[f->eo] == '.' && (f->eo + 1 >= len || b[f->eo + 1] == ' ' ||
                                     b[f->eo + 1] == '\n' || b[f->eo + 1] == '\r'));
    return open && close;
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
    sc_entry_sentence_of(e, f->so, f->eo, &s, &t);
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

/* Is date @p f the value of a date's field that opens its line ("Date:
 * April 9, 1984; Public Law No. 98-216", "Enacted: ...;"): a label of a
 * date (table_labels.def), ':' and the date?  Then a ';' after it parts
 * that field from the next, one law's, as '|' does. */
static int date_field(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    size_t k = f->so;
    while (k > e->so && b[k - 1] == ' ')
        k--;
    if (k <= e->so || b[k - 1] != ':')
        return 0;
    size_t le = k - 1, ls = le;
    while (ls > e->so && sc_isalpha(b[ls - 1]) && le - ls < 12)
        ls--;
    if (ls == le || sc_table_label_role(b, ls, le) != SC_COL_DATE)
        return 0;
    while (ls > e->so && (b[ls - 1] == ' ' || b[ls - 1] == '\t' || b[ls - 1] == '*' ||
                          b[ls - 1] == '-'))
        ls--;
    if (ls == e->so || b[ls - 1] == '\n')
        return 1;
    /* (or after a list's marker that opens the line: "(f) Enacted: ...;",
     * "[12] Date: ...;") */
    size_t l0 = ls;
    while (l0 > e->so && b[l0 - 1] != '\n' && ls - l0 < 12)
        l0--;
    return (l0 == e->so || b[l0 - 1] == '\n') && sc_ctx_marker_end(b, l0, ls + 1) == ls;
}

/* Does date @p f label its line, a timeline's entry (sc_ctx_timeline:
 * "2000-06-30: Electronic Signatures in Global and National Commerce Act
 * (E-SIGN), P.L. 106-229")? */
static int timeline_date(const sc_entry *e, const sc_date_fact *f)
{
    return sc_ctx_timeline(e->w->buf, 0, f->so, f->eo, e->eo);
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
    return q < z && b[q] == '(' && sc_entry_one_bracket(e, q + 1, z);
}

/* Past the blanks around date @p f: *p where they begin before it, *q
 * where they end after it (within the entry). */
static void date_edges(const sc_entry *e, const sc_date_fact *f, size_t *p, size_t *q)
{
    const uint8_t *b = e->w->buf;
    size_t a = f->so, z = f->eo;
    while (a > e->so && b[a - 1] == ' ')
        a--;
    while (z < e->eo && b[z] == ' ')
        z++;
    *p = a;
    *q = z;
}

/* A Congress written as an ordinal ("85th Congress", "85th Cong.") that
 * ends at b[q] (its blanks, and a ',' or ';' after it, passed over first),
 * within b[lo..q): where it begins, else q. */
static size_t congress_back(const uint8_t *b, size_t lo, size_t q)
{
    size_t k = q;
    while (k > lo && (b[k - 1] == ' ' || b[k - 1] == ',' || b[k - 1] == ';'))
        k--;
    if (k > lo && b[k - 1] == '.')
        k--;
    if (k >= lo + 8 && memcmp(b + k - 8, "Congress", 8) == 0)
        k -= 8;
    else if (k >= lo + 4 && memcmp(b + k - 4, "Cong", 4) == 0)
        k -= 4;
    else
        return q;
    if (k <= lo || b[k - 1] != ' ')
        return q;
    size_t o = k - 1;
    while (o > lo && sc_isalpha(b[o - 1]) && k - o < 5)
        o--;
    size_t d = o;
    while (d > lo && sc_isdigit(b[d - 1]) && o - d < 3)
        d--;
    return d < o && (d == lo || !sc_isalnum(b[d - 1])) ? d : q;
}

/* The same after b[z]: a Congress after ", " or "; " ("Oct. 7, 1978; 85th
 * Congress", sc_entry_ordinal_congress()), within b[z..hi): where it and
 * the blanks after it end, else z. */
static size_t congress_on(const uint8_t *b, size_t z, size_t hi)
{
    size_t k = z;
    if (k < hi && (b[k] == ',' || b[k] == ';'))
        k++;
    while (k < hi && b[k] == ' ')
        k++;
    int ended;
    size_t ce = sc_entry_ordinal_congress(b, k, hi, &ended);
    if (!ce)
        return z;
    while (ce < hi && b[ce] == ' ')
        ce++;
    return ce;
}

/* The bill whose own bracket holds the date @p f alone, opened right
 * after it: "HR 1415 (October 28, 1991)" -- its Congress in that bracket
 * too ("H.R. 12598 (85th Congress, 7 October 1978)", "(Oct. 7, 1978; 85th
 * Cong.)"), or in a bracket of its own between ("H.R. 12598 (85th
 * Congress) (Oct. 7, 1978)"); -1 when none. */
static int bill_paren_of(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    size_t q, z;
    date_edges(e, f, &q, &z);
    q = congress_back(b, e->so, q);
    while (q > e->so && b[q - 1] == ' ') /* (with its Congress: the blanks before it) */
        q--;
    if (z < e->eo && b[z] != ')')
        z = congress_on(b, z, e->eo);
    if (q <= e->so || b[q - 1] != '(' || z >= e->eo || b[z] != ')')
        return -1;
    q--;
    while (q > e->so && b[q - 1] == ' ')
        q--;
    /* (its Congress in a bracket of its own before: "(85th Congress) (Oct.
     * 7, 1978)") */
    if (q > e->so && b[q - 1] == ')') {
        size_t c0 = congress_back(b, e->so, q - 1);
        if (c0 < q - 1 && c0 > e->so && b[c0 - 1] == '(') {
            q = c0 - 1;
            while (q > e->so && b[q - 1] == ' ')
                q--;
        }
    }
    /* (its Congress between: "H.R. 1559, 108th Cong. (Oct. 28, 2007)") */
    size_t d = congress_back(b, e->so, q);
    if (d < q && d >= e->so + 2 && b[d - 1] == ' ' && b[d - 2] == ',')
        q = d - 2;
    for (uint64_t m = e->bill_in; m; m &= m - 1) {
        int k = __builtin_ctzll(m);
        if (e->ce[k] == q)
            return k;
    }
    return -1;
}

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
        if (!sc_entry_name_is_law(e, k, row))
            return 0;
        any = 1;
    }
    return any;
}

static int bracket_items_then_law(const sc_entry *e, const sc_date_fact *f, int l)
{
    size_t to = cstart(e, l);
    if (!sc_entry_one_bracket(e, f->so, to) || sc_entry_facts_between(e, f->eo, to, l) < 0)
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

/* Does "introduced" stand in b[from..to) as an act of the sentence ("On
 * DATE, H.R. 5 was introduced") -- not the law's origin, "introduced as"
 * ("On September 29, 2000, Public Law No. 106-471, introduced as H. R.
 * 4646, is printed at ...")? */
static int introduced_on(const uint8_t *b, size_t from, size_t to)
{
    for (const uint8_t *p = b + from; (p = sc_find_text(p, (size_t)(b + to - p), "introduced", 10)) != NULL;
         p += 10) {
        size_t i = (size_t)(p - b);
        if ((i > from && sc_isalpha(b[i - 1])) || (i + 10 < to && sc_isalpha(b[i + 10])))
            continue; /* (a part of another word) */
        if (!(i + 14 <= to && memcmp(b + i + 10, " as ", 4) == 0))
            return 1;
    }
    return 0;
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
    sc_entry_sentence_of(e, f->eo, f->eo, &s, &t);
    static const char *const told[] = { "appears at ", "published at ", "printed at ",
                                        "reported at ", "found at ", "cited as ",
                                        "designated as ", "designated Pub", "designated Public",
                                        "designated P", "is a law of ",
                                        /* what the law's number is: "On 18 June 2002,
                                         * the X Act (...) is PL 107-236" */
                                        "is Pub", "is Public Law", "is P.L", "is PL ", "is P. L",
                                        NULL };
    static const char *const acted[] = { "amended", "repealed", "passed", "vetoed",
                                         "implemented", "enforced", "extended", "expanded",
                                         "reauthorized", "revised", "modified", "suspended",
                                         "waived", "invoked", "applied", "administered", "held",
                                         "ruled", "decided", "issued", "announced", "filed",
                                         "effective", "took", "expired", "terminated", NULL };
    int said = 0;
    for (const char *const *w = told; *w && !said; w++)
        said = sc_find_text(b + f->eo, t - f->eo, *w, strlen(*w)) != NULL;
    if (!said)
        return 0;
    /* (not a word of an Act's name: "the Revised Organic Act of the Virgin
     * Islands (PL 83-517) is a law of the 83d Congress") */
    size_t q = f->eo;
    for (;;) {
        size_t next = t, after = t;
        for (int k = 0; k < e->nname; k++)
            if (e->name[k].so >= q && e->name[k].so < next)
                next = e->name[k].so, after = e->name[k].eo;
        if (sc_word_among(b, q, next, acted) || introduced_on(b, q, next))
            return 0;
        if (next >= t)
            return 1;
        q = after;
    }
}

/* Is date @p f an item of its own (';' or the bracket around it) in the
 * bracket where bill @p bi is said to be enacted ("X Act of 1992 (approved
 * by President George Bush; enacting H.R. 429; Aug. 7, 1992)")?  Then it is
 * the enactment's day. */
static int enacting_item_day(const sc_entry *e, int bi, const sc_date_fact *f)
{
    static const char *const enacting[] = { "enacting ", "enacted as ",
                                            /* the Act's bill before it became the Act:
                                             * "X Act (originally H.R. 2726; October 7,
                                             * 2016)" */
                                            "originally ", "began as ", "originated as ", NULL };
    static const char *const enacting_only[] = { "enacting ", "enacted as ", NULL };
    const uint8_t *b = e->w->buf;
    size_t bs = cstart(e, bi), lo = bs < f->so ? bs : f->so, hi = bs < f->so ? f->so : bs;
    /* (the origin words only with no page in the entry, which is read with
     * the name first, as sc_entry_bill_enacted() reads them) */
    if (!sc_phrase_before(b, e->so, bs, e->stat_in ? enacting_only : enacting) ||
        !sc_entry_one_bracket(e, lo, hi))
        return 0;
    size_t p, q;
    date_edges(e, f, &p, &q);
    return p > e->so && (b[p - 1] == ';' || b[p - 1] == '(') && q < e->eo &&
           (b[q] == ';' || b[q] == ')');
}

/* Is date @p f an item of its own in a bracket whose next or previous
 * item names the signer ("H. R. 514 (Apr. 14, 2011; signed by President
 * Barack Obama)", "(signed by President X; Apr. 14, 2011)")?  Then it is
 * the day of signing, the enactment's (asked with no page in the entry,
 * which dates the page's law first). */
static int signer_item_day(const sc_entry *e, const sc_date_fact *f)
{
    static const char *const signer[] = { "signed by President ", "approved by President ", NULL };
    const uint8_t *b = e->w->buf;
    size_t p, q;
    date_edges(e, f, &p, &q);
    if (!(p > e->so && (b[p - 1] == ';' || b[p - 1] == '(') && q < e->eo &&
          (b[q] == ';' || b[q] == ')')))
        return 0;
    if (b[q] == ';' && sc_phrase_at(b, blanks(b, q + 1, e->eo), e->eo, signer))
        return 1;
    if (b[p - 1] != ';')
        return 0;
    size_t k = p - 1; /* the item before: back to its ';' or '(' */
    while (k > e->so && p - k < 120 && b[k - 1] != ';' && b[k - 1] != '(' && b[k - 1] != ')')
        k--;
    return k > e->so && (b[k - 1] == ';' || b[k - 1] == '(') &&
           sc_phrase_at(b, blanks(b, k, p), p, signer) > 0;
}

/* Is the fact at b[at] in another item of a string citation than bill
 * @p bi, an item that names its own law -- by its page, number or Act's
 * name ("Cf. the X Act of 2001, 115 Stat. 38 (HR 1836, 107th Cong.);
 * Customs Simplification Act of 1953 (enacted 8 August 1953)")?  An entry
 * of bills alone has not read its names yet: read now when it has items. */
static int other_item_named(sc_entry *e, int bi, size_t at)
{
    if (!e->nname && memchr(e->w->buf + e->so, ';', e->eo - e->so))
        sc_entry_need_names(e);
    return sc_entry_in_other_item_of(e, bi, at, ITEM_LAWS | ITEM_PAGES);
}

/* Are the two bytes at b[at] a separator of a list's items: ", ", "; ",
 * or a bracket's opening " ("? */
static int item_sep(const uint8_t *b, size_t at)
{
    return ((b[at] == ',' || b[at] == ';') && b[at + 1] == ' ') || (b[at] == ' ' && b[at + 1] == '(');
}

/* Is law @p l the subject of a timeline's line whose date ends at b[from]
 * -- only a label ("Welfare reform:"), its name or abbreviation (capital
 * words and their small ones) and a verb of enactment before it, and no
 * "effective" on the line ("1991 - ADA enacted (P.L. 101-336)"; not "1990 -
 * ADA enacted, building on ... (P.L. 93-112)", "2008 - X Act signed,
 * amending P.L. 101-336", "2009 - ADAAA (P.L. 110-325) became effective")? */
static int timeline_subject(const sc_entry *e, size_t from, int l)
{
    static const char *const ok[] = { "enacted", "signed", "into", "law", "becomes", "became",
                                      "approved", "of", "and", "the", "for", "to", "on", "in",
                                      "a", NULL };
    const uint8_t *b = e->w->buf;
    size_t to = e->cs[l], le = e->ce[l];
    const uint8_t *colon = memchr(b + from, ':', to - from);
    size_t i = colon ? (size_t)(colon - b) + 1 : from; /* (a label before a colon) */
    while (i < to) {
        if (!sc_isalpha(b[i])) {
            i++;
            continue;
        }
        size_t we = i;
        while (we < to && sc_isalpha(b[we]))
            we++;
        if (!sc_isupper(b[i]) && !sc_word_in(b, i, we, ok))
            return 0;
        i = we;
    }
    while (le < e->eo && b[le] != '\n')
        le++;
    return !sc_find_text(b + from, le - from, "effective", 9);
}

/* Is b[from..to) a Congress alone between two separators (item_sep()):
 * ", 101st Congress, ", ", One Hundred First Congress; ", " (108th Cong.,
 * ", ", 101st Congress ("?  Its words as a table's Congress cell reads
 * them (sc_ctx_congress_cell()), "Congress" or "Cong." written. */
static int congress_only_between(const uint8_t *b, size_t from, size_t to)
{
    if (to < from + 12 || !item_sep(b, from) || !item_sep(b, to - 2))
        return 0;
    size_t so = from + 2, eo = to - 2;
    if (!(memcmp(b + eo - 8, "Congress", 8) == 0 || memcmp(b + eo - 5, "Cong.", 5) == 0))
        return 0;
    return sc_ctx_congress_cell(b, so, eo) > 0;
}

/* A date after a bill's appositive name, its Congress between at most:
 * "President Carter approved H. R. 12255, known as the X Act of 1978,
 * (95th Congress) on 1978-11-10" -- the role the words before the name
 * give the date (the name's year stopped role_before(), which reads the
 * words right before the date, at the name). */
static int appositive_role(sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    size_t q = f->so;
    while (q > e->so && b[q - 1] == ' ')
        q--;
    if (q < e->so + 4 || b[q - 1] != 'n' || b[q - 2] != 'o' || b[q - 3] != ' ')
        return SC_DATE_ROLE_NONE;
    q -= 3;
    while (q > e->so && (b[q - 1] == ' ' || b[q - 1] == ','))
        q--;
    if (q > e->so && b[q - 1] == ')') { /* its Congress's bracket */
        size_t o = q - 1;
        while (o > e->so && q - o < 40 && b[o - 1] != '(')
            o--;
        if (o == e->so || b[o - 1] != '(' || sc_ctx_congress_cell(b, o, q - 1) <= 0)
            return SC_DATE_ROLE_NONE;
        q = o - 1;
        while (q > e->so && (b[q - 1] == ' ' || b[q - 1] == ','))
            q--;
    }
    sc_entry_need_names(e); /* (read when asked: an entry of no law may not have) */
    for (int k = 0; k < e->nname; k++) {
        const sc_name_fact *n = &e->name[k];
        if (n->tie_eo != q && n->eo != q)
            continue;
        size_t s = n->so;
        static const char *const as[] = { "known as the ", "known as ", "called the ", "called ",
                                          "titled the ", "titled ", NULL };
        size_t w = sc_phrase_before(b, e->so, s, as);
        if (!w)
            return SC_DATE_ROLE_NONE;
        s -= w;
        if (s >= e->so + 5 && memcmp(b + s - 5, "also ", 5) == 0)
            s -= 5;
        while (s > e->so && (b[s - 1] == ' ' || b[s - 1] == ','))
            s--;
        return s > e->so && sc_entry_cite_ending_at(e, e->bill_in, s) >= 0 ? sc_entry_role_before(e, s)
                                                                           : SC_DATE_ROLE_NONE;
    }
    return SC_DATE_ROLE_NONE;
}

/* Is the law @p l in a bracket right after its own page, and the page
 * right after date @p f, a comma between: "2 December 1977, 91 Stat. 685
 * (Public Law 95-95, enacting HR 6161)" -- the day, page and number of one
 * law (not "designated Earth Day on March 21, 1975 (P.L. 94-8)", no page
 * between)? */
static int page_then_law(const sc_entry *e, const sc_date_fact *f, int l)
{
    int s = e->stat_of[l];
    if (s < 0 || !(e->kind[s] & SC_EK_IN) || e->cs[s] < f->eo || e->ce[s] > cstart(e, l) ||
        !comma_only(e->w->buf, f->eo, e->cs[s]))
        return 0;
    const uint8_t *b = e->w->buf;
    size_t k = blanks(b, e->ce[s], cstart(e, l));
    return k < cstart(e, l) && b[k] == '(' && blanks(b, k + 1, cstart(e, l)) == cstart(e, l);
}

/* Is date @p f alone in a bracket right after an Act's name (with its
 * short form): "X Act of 1993 (the “XA”) (1 July 1993), which was signed
 * ..., is cited as Pub.L. 103-17 and was passed by the 103rd Congress"?
 * The words after the bracket tell of the Act, not of the day: no role
 * from them (the name's bracket ties the day, sc_entry_tie_name_dates). */
static int name_bracket_day(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    if (f->so < e->so + 2 || b[f->so - 1] != '(' || f->eo >= e->eo || b[f->eo] != ')')
        return 0;
    size_t q = f->so - 1;
    while (q > e->so && b[q - 1] == ' ')
        q--;
    for (int k = 0; k < e->nname; k++)
        if (e->name[k].eo == q || e->name[k].tie_eo == q ||
            quote_end(b, e->name[k].eo, q, 1) == q) /* (its closing quote: "the “X Act” (...)") */
            return 1;
    return 0;
}

/* The role a bracket of words right after a date gives it, as a list of
 * a law's steps labels each day after it ("P.L. 107-56; Oct. 24, 2001
 * (passed House); Oct. 26, 2001 (signed)", "10/23/2001 (date of
 * introduction)", "Jan. 1, 2002 (effective date)"): the first role word in
 * it, or SC_DATE_ROLE_NONE (no bracket, or one that holds more than a few
 * words -- a citation, a number, a clause). */
static int paren_label(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    size_t i = blanks(b, f->eo, e->eo);
    if (i >= e->eo || b[i] != '(')
        return SC_DATE_ROLE_NONE;
    size_t lim = i + 40 < e->eo ? i + 40 : e->eo, k = i + 1;
    while (k < lim && (sc_isalpha(b[k]) || b[k] == ' ' || b[k] == '-'))
        k++;
    if (k >= lim || b[k] != ')')
        return SC_DATE_ROLE_NONE;
    /* a bare label: its words the role words and these alone, the first a
     * role word or "date" -- not a comment ("(after passage by both
     * houses)", "(effective immediately)") */
    static const char *const glue[] = { "date", "of", "the", "by", "in", "house", "senate", "both",
                                        "houses", "chambers", "president", NULL };
    static const char *const first[] = { "date", NULL };
    if (!sc_isalpha(b[i + 1]))
        return SC_DATE_ROLE_NONE;
    for (size_t w = i + 1; w < k;) {
        size_t we = w;
        while (we < k && sc_isalpha(b[we]))
            we++;
        if (we > w && !sc_entry_role_words(e, w, we) &&
            !sc_word_in(b, w, we, w == i + 1 ? first : glue))
            return SC_DATE_ROLE_NONE;
        w = we < k ? we + 1 : k;
    }
    unsigned roles = sc_entry_role_words(e, i + 1, k); /* (as a whole: "signed by
                                                          * President", its agent) */
    return roles >> SC_DATE_ROLE_ENACTED & 1 ? SC_DATE_ROLE_ENACTED
           : roles >> SC_DATE_ROLE_BILL & 1  ? SC_DATE_ROLE_BILL
           : roles >> SC_DATE_ROLE_OTHER & 1 ? SC_DATE_ROLE_OTHER
                                             : SC_DATE_ROLE_NONE;
}

/* Is the role word before date @p f another day's label in brackets --
 * a ')' the last byte before it past blanks and a comma ("Oct. 23, 2001
 * (introduced), Oct. 26, 2001 (enacted)")? */
static int label_before(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    size_t q = f->so;
    while (q > e->so && (b[q - 1] == ' ' || b[q - 1] == ',' || b[q - 1] == ';'))
        q--;
    return q > e->so && b[q - 1] == ')';
}

/* Does b[from..to) hold only other steps' days, each with its label in
 * brackets after it, and the ';' or ',' that part them: "P.L. 107-56;
 * Oct. 24, 2001 (passed House); Oct. 26, 2001 (signed)" between the law
 * and the day of its signing? */
static int labelled_steps_between(const sc_entry *e, size_t from, size_t to)
{
    const uint8_t *b = e->w->buf;
    int n = 0;
    for (size_t i = from;;) {
        while (i < to && (b[i] == ' ' || b[i] == ';' || b[i] == ','))
            i++;
        if (i >= to)
            return n > 0;
        int k = 0;
        while (k < e->ndate && e->date[k].so != i)
            k++;
        if (k == e->ndate ||
            (e->date[k].role != SC_DATE_ROLE_BILL && e->date[k].role != SC_DATE_ROLE_OTHER) ||
            paren_label(e, &e->date[k]) == SC_DATE_ROLE_NONE)
            return 0;
        const uint8_t *c = memchr(b + e->date[k].eo, ')', to - e->date[k].eo);
        if (!c)
            return 0;
        i = (size_t)(c - b) + 1;
        n++;
    }
}

/* Does date @p f end the predicate law @p l is the subject of -- "Pub. L.
 * 109-396 was signed by President Bush on December 15, 2006, Pub. L. 105-18
 * was enacted ..." -- its verb of enactment after "was", no mark or other
 * citation between?  Then it is l's day, not the next law's the comma
 * after it leads to. */
static int own_predicate_day(const sc_entry *e, int l, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    size_t from = cend(e, l), to = f->so;
    if (to <= from || to - from > 96 || sc_entry_law_after(e, from) != sc_entry_law_after(e, to))
        return 0;
    for (size_t i = from; i < to; i++)
        if ((b[i] == '.' && !(i >= from + 2 && sc_isupper(b[i - 1]) && b[i - 2] == ' ')) ||
            b[i] == ';' || b[i] == '(' || b[i] == ')' || b[i] == '\n' || b[i] == ',')
            return 0; /* (but an initial's period: "President George H. W. Bush") */
    static const char *const aux[] = { " was ", " were ", " is ", " had been ", NULL };
    size_t n = sc_phrase_at(b, from, to, aux);
    if (!n)
        return 0;
    size_t ws = from + n, we = ws;
    while (we < to && sc_isalpha(b[we]))
        we++;
    static const char *const verbs[] = { "signed", "approved", "enacted", NULL };
    if (!sc_word_in(b, ws, we, verbs))
        return 0;
    /* then only its agent and the day's preposition: "by President George
     * H. W. Bush on", "into law by Obama on", "by the 105th Congress on" --
     * not "nine days before the reconciliation act enacted on", another
     * act's day */
    static const char *const glue[] = { "by", "into", "law", "on", "in", "the", "of", NULL };
    for (size_t i = we; i < to;) {
        if (!sc_isalnum(b[i])) {
            i++;
            continue;
        }
        size_t e2 = i;
        while (e2 < to && sc_isalnum(b[e2]))
            e2++;
        if (!sc_isupper(b[i]) && !sc_isdigit(b[i]) && !sc_word_in(b, i, e2, glue))
            return 0;
        i = e2;
    }
    return 1;
}

/* Is date @p f the day of a bill right before it ("signed H.R. 6943 on
 * August 16, 2022") that is tied to law @p l? */
static int bill_day_of(const sc_entry *e, const sc_date_fact *f, int l)
{
    const uint8_t *b = e->w->buf;
    for (uint64_t m = e->bill_in; m; m &= m - 1) {
        int bi = __builtin_ctzll(m);
        if (e->law_of[bi] != l || e->ce[bi] > f->so || f->so - e->ce[bi] > 6)
            continue;
        size_t q = blanks(b, e->ce[bi], f->so);
        if (q + 2 <= f->so && b[q] == 'o' && b[q + 1] == 'n')
            q = blanks(b, q + 2, f->so);
        if (q == f->so)
            return 1;
    }
    return 0;
}

/* Is law @p l the value of a record's key that makes it another law than
 * the record's own -- "amendedBy : Pub. L. 111-152", "repealed_by:",
 * "supersededBy", "relatedLaw" (a JSON object's, html.h)? */
static int other_laws_key(const sc_entry *e, int l)
{
    const uint8_t *b = e->w->buf;
    size_t q = cstart(e, l);
    while (q > e->so && b[q - 1] == ' ')
        q--;
    if (q == e->so || b[q - 1] != ':')
        return 0;
    q--;
    while (q > e->so && b[q - 1] == ' ')
        q--;
    size_t ke = q;
    while (q > e->so && ke - q < 32 && (sc_isalpha(b[q - 1]) || b[q - 1] == '_'))
        q--;
    char key[33];
    size_t n = 0;
    for (size_t i = q; i < ke && n < sizeof key - 1; i++)
        if (b[i] != '_')
            key[n++] = (char)sc_tolower(b[i]);
    key[n] = '\0';
    return strstr(key, "amend") || strstr(key, "repeal") || strstr(key, "supersed") ||
           strstr(key, "replac") || strstr(key, "related");
}

/* Is year-alone date @p f the edition of a U.S. Code citation right before
 * it -- "42 U.S.C. § 12101 (2018)", "(2018 ed.)" -- not a law's year? */
static int code_edition(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    size_t q = f->so; /* (its span may hold its bracket: "(2018)") */
    if (b[q] != '(') {
        while (q > e->so && b[q - 1] == ' ')
            q--;
        if (q == e->so || b[q - 1] != '(')
            return 0;
        q--;
    }
    while (q > e->so && b[q - 1] == ' ')
        q--;
    for (int k = 0; k < e->n; k++) /* (blanks only between, or "et seq.") */
        if ((e->kind[k] & SC_EK_IN) && e->c[k].type == SC_USC && e->ce[k] <= q &&
            (blanks(b, e->ce[k], q) == q ||
             (q - e->ce[k] <= 12 && sc_find_text(b + e->ce[k], q - e->ce[k], "seq", 3))))
            return 1;
    return 0;
}

/* Is date @p f a news dateline's day in brackets after its city in
 * capitals, at the entry's or a line's start: "WASHINGTON (October 22,
 * 2003) -- President Bush today signed ..."? */
static int dateline_bracket(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    size_t q = blanks(b, f->eo, e->eo), p = f->so;
    if (q >= e->eo || b[q] != ')' || p <= e->so || b[p - 1] != '(')
        return 0;
    p--;
    while (p > e->so && b[p - 1] == ' ')
        p--;
    size_t caps = 0;
    while (p > e->so && b[p - 1] != '\n' &&
           (sc_isupper(b[p - 1]) || b[p - 1] == ' ' || b[p - 1] == ',' || b[p - 1] == '.'))
        caps += sc_isupper(b[--p]) != 0;
    return caps >= 3 && (p == e->so || b[p - 1] == '\n');
}

/* Is date @p k a news dateline's ("WASHINGTON (May 25, 2015) --",
 * "WASHINGTON, May 25, 2015 --") in an entry that gives another day after
 * it ("... President Obama on May 22, 2015 signed H.R. 1191") or a loose
 * time ("last week signed")?  The dateline's day is then no law's. */
static int dateline_then_day(const sc_entry *e, int k)
{
    const sc_date_fact *f = &e->date[k];
    const uint8_t *b = e->w->buf;
    int dl = dateline_bracket(e, f);
    if (!dl) { /* "CITY, Month D, YYYY --": the city in capitals before, a dash after */
        size_t p = f->so, caps = 0;
        if (p < e->so + 2 || b[p - 1] != ' ' || b[p - 2] != ',')
            return 0;
        p -= 2;
        while (p > e->so && b[p - 1] != '\n' &&
               (sc_isupper(b[p - 1]) || b[p - 1] == ' ' || b[p - 1] == '.'))
            caps += sc_isupper(b[--p]) != 0;
        size_t q = blanks(b, f->eo, e->eo);
        dl = caps >= 3 && (p == e->so || b[p - 1] == '\n') && q + 1 < e->eo &&
             (b[q] == '-' || (b[q] == 0xe2 && q + 2 < e->eo && b[q + 1] == 0x80) || b[q] == '(');
    }
    if (!dl)
        return 0;
    for (int j = 0; j < e->ndate; j++)
        if (j != k && e->date[j].so > f->eo && e->date[j].ymd % 100 != 0)
            return 1;
    /* or a time the story gives only loosely: "President Obama last week
     * signed", "earlier this month", "recently" (not "today", "on Tuesday":
     * sc_entry_dateline_day() counts those back) */
    static const char *const vague[] = { "week", "weeks", "month", "months", "recently",
                                         "earlier", "previously", "ago", NULL };
    size_t lim = f->eo + 80 < e->eo ? f->eo + 80 : e->eo;
    return sc_word_among(b, f->eo, lim, vague);
}

/* Does b[from..to) hold, between a law and its day of enactment, only
 * other events' days, each with its own word of what it dates, and the
 * small words of the sentence: "Pub. L. 101-336, effective July 26, 1992,
 * was signed July 27, 1990", "(effective Jan. 26, 1992; signed July 27,
 * 1990)", "introduced on Jan. 4, 1990 and signed on ..."? */
static int worded_days_between(const sc_entry *e, size_t from, size_t to)
{
    static const char *const glue[] = { "was",  "were", "is",   "on",   "and",   "the",  "it",
                                        "its",  "took", "take", "takes", "effect", "into", "law",
                                        "by",   "of",   "date", "then", "later", "but",  "in",
                                        "first", "as",  NULL };
    const uint8_t *b = e->w->buf;
    int days = 0;
    for (size_t i = from; i < to;) {
        uint8_t c = b[i];
        if (c == ' ' || c == ',' || c == ';' || c == '(' || c == ')') {
            i++;
            continue;
        }
        int k = 0;
        while (k < e->ndate && e->date[k].so != i)
            k++;
        if (k < e->ndate) {
            if (e->date[k].role != SC_DATE_ROLE_OTHER && e->date[k].role != SC_DATE_ROLE_BILL)
                return 0;
            days++;
            i = e->date[k].eo;
            continue;
        }
        if (!sc_isalpha(c))
            return 0;
        size_t we = word_end(b, i, to);
        if (!sc_entry_role_words(e, i, we) && !sc_word_in(b, i, we, glue))
            return 0;
        i = we;
    }
    return days > 0;
}

void sc_entry_tie_dates(sc_entry *e)
{
    int one = sc_entry_nlaws(e) == 1;
    const uint8_t *b = e->w->buf;
    int eb = -2; /* sc_entry_lawmaking_bill(), asked once: the bill a date of enactment
                  * dates when the entry cites no law ("H.R. 3162 (107th Congress) was
                  * signed into law on October 26, 2001") */
    for (int k = 0; k < e->ndate; k++) {
        sc_date_fact *f = &e->date[k];
        int after = sc_entry_law_before(e, f->so), before = sc_entry_law_after(e, f->eo);
        /* not a law of another item of a string citation, when the date's
         * item names its own law ("...; 84 Stat. 1108, enacted 10/23/1970,
         * Veterans' Housing Act of 1970, Public Law 91-506") */
        if (after >= 0 && sc_entry_in_other_item_of(e, after, f->so, 1))
            after = -1;
        if (before >= 0 && in_other_item(e, before, f->so) && !bill_day_of(e, f, before))
            before = -1; /* (but the day of the bill tied to it: "... signed H.R. 6943 on
                          * August 16, 2022; it became Pub. L. 117-172") */
        /* nor a law that acted on what the sentence's day is of: "On Feb. 5,
         * 1993, President Clinton signed the X Act, which Pub. L. 110-181
         * later amended" */
        if (before >= 0 && sc_entry_law_acting(e, before, f->so))
            before = -1;
        /* nor a law a record's key calls another's: "law : Pub. L. 111-148 ,
         * amendedBy : Pub. L. 111-152 , enacted : 2010-03-23" */
        if (after >= 0 && other_laws_key(e, after))
            after = -1;
        if (before >= 0 && other_laws_key(e, before))
            before = -1;
        int year_only = f->ymd % 10000 == 0;
        if (!year_only && f->so < e->so + 40 && dateline_then_day(e, k))
            continue; /* a news dateline, the story's own day after it */
        if (year_only && e->types & 1u << SC_USC && code_edition(e, f)) {
            f->role = SC_DATE_ROLE_OTHER; /* the Code's edition: "42 U.S.C. § 12101 (2018)" */
            continue;
        }
        int label = year_only ? SC_DATE_ROLE_NONE : paren_label(e, f);
        if (label != SC_DATE_ROLE_NONE &&
            !(f->role == SC_DATE_ROLE_ENACTED && label != SC_DATE_ROLE_ENACTED &&
              !label_before(e, f))) /* (never over an enactment the words before it
                                     * tell, but another day's label) */
            f->role = (uint8_t)label; /* (over the words before it, which may be the
                                       * day before's label: "Oct. 23, 2001
                                       * (introduced), Oct. 26, 2001 (enacted)") */
        int said_before = f->role == SC_DATE_ROLE_ENACTED; /* by the words before it */
        int role_after = -1; /* (sc_entry_dateline_day()'s, asked once) */
        if (f->role == SC_DATE_ROLE_NONE && after < 0 && !year_only) {
            int32_t day = sc_entry_dateline_day(e, f, &role_after);
            if (day) { /* a dateline, the signing told relative to it: "WASHINGTON,
                        * Oct. 29, 1998 (AP) -- President Clinton on Tuesday signed"
                        * (October 27), "October 29, 1998 -- On Monday, ..." */
                f->ymd = day;
                f->role = SC_DATE_ROLE_ENACTED;
            }
        }
        if (f->role == SC_DATE_ROLE_NONE && after < 0 && !year_only && sc_entry_on_date_opens(e, f))
            f->role = SC_DATE_ROLE_ENACTED; /* "On 11/2/1970, P.L. 91-541 is reported at ..." */
        if (f->role == SC_DATE_ROLE_NONE && after < 0 && !name_bracket_day(e, f))
            f->role = (uint8_t)(role_after >= 0 ? role_after : sc_entry_role_after(e, f->eo));
        if (f->role == SC_DATE_ROLE_NONE && !year_only && e->bill_in &&
            appositive_role(e, f) == SC_DATE_ROLE_ENACTED)
            f->role = SC_DATE_ROLE_ENACTED;
        if (f->role == SC_DATE_ROLE_NONE && !f->bare && !year_only && !e->nlaw &&
            (eb == -2 ? (eb = sc_entry_lawmaking_bill(e)) : eb) >= 0 &&
            (enacting_item_day(e, eb, f) || (!e->stat_in && signer_item_day(e, f))))
            f->role = SC_DATE_ROLE_ENACTED; /* "X Act of 1992 (enacting H.R. 429; Aug. 7, 1992)",
                                             * "H. R. 514 (Apr. 14, 2011; signed by President
                                             * Barack Obama)" */
        if (f->role == SC_DATE_ROLE_ENACTED && !f->bare && !e->nlaw &&
            (eb == -2 ? (eb = sc_entry_lawmaking_bill(e)) : eb) >= 0 && !quoted(b, e->so, e->eo, f->so, f->eo) &&
            !other_item_named(e, eb, f->so)) { /* (not another item's: "...(enacting HR
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
        sc_date_fact past = *f; /* (a dateline's day in brackets: read from past them) */
        if (enacted_after && dateline_bracket(e, f))
            past.eo = blanks(b, f->eo, e->eo) + 1;
        if (enacted_after &&
            (sc_entry_words_then_law(e, &past, before) || bracket_items_then_law(e, f, before))) {
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
            blanks(b, f->eo + 1, cstart(e, before)) == cstart(e, before) && sc_entry_law_closes_bracket(e, before))
            tight_before = 1;
        /* (or the Act's day, its name right before it and its law in a
         * bracket right after, alone: "District of Columbia Appropriation
         * Act, 1984, 11 August 1983 (Public Law No. 98-125)" -- its
         * Congress between too, "X Act of 2012, 112th Congress, January 14,
         * 2013 (Pub.L. 112-240)" -- not a day of something else,
         * "designated Earth Day on March 21, 1975 (P.L. 94-8)") */
        if (!tight_before && !year_only && before >= 0 && e->nname) {
            size_t op = blanks(b, f->eo, cstart(e, before));
            size_t fs = congress_back(b, e->so, f->so); /* (its Congress before it) */
            if (fs == f->so || (fs > e->so && b[fs - 1] != ' '))
                fs = f->so;
            if (op < cstart(e, before) && b[op] == '(' &&
                blanks(b, op + 1, cstart(e, before)) == cstart(e, before) &&
                sc_entry_law_closes_bracket(e, before))
                for (int nk = 0; nk < e->nname && !tight_before; nk++)
                    tight_before = e->name[nk].eo <= fs && e->name[nk].eo + 3 >= fs &&
                                   comma_only(b, e->name[nk].eo, fs) && b[e->name[nk].eo] == ',';
        }
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
            sc_entry_section_before(e, cstart(e, after)))
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
        if (!near_after && after >= 0 && !year_only && f->role == SC_DATE_ROLE_ENACTED &&
            labelled_steps_between(e, cend(e, after), f->so))
            near_after = 1, used = F_DATE | F_SEMI;
        if (!near_after && after >= 0 && !year_only && f->role == SC_DATE_ROLE_ENACTED &&
            worded_days_between(e, cend(e, after), f->so))
            near_after = 1, used = F_DATE; /* "Pub. L. 101-336, effective July 26, 1992,
                                            * was signed July 27, 1990" */
        if (!near_after && after >= 0 && one && !year_only && f->role == SC_DATE_ROLE_ENACTED &&
            (sc_entry_appositive(e, cend(e, after), f->so) ||
             sc_entry_which_and(e, cend(e, after), f->so)))
            near_after = 1, used = F_NWORD;
        /* (a period after the law's number, then its day in a bracket of its
         * own: "... Public Law No: 110-53. (August 3, 2007)", the seed page's
         * list) */
        if (!near_after && after >= 0 && !year_only && cend(e, after) < f->so &&
            b[cend(e, after)] == '.') {
            size_t op = blanks(b, cend(e, after) + 1, f->so);
            if (op + 1 == f->so && b[op] == '(' && f->eo < e->eo && b[f->eo] == ')')
                near_after = 1, used = 0;
        }
        /* ("Pub. L. No. 111-148, 124 Stat. 119 (2010) (signed Mar. 23,
         * 2010)": the Bluebook's year, then the day) */
        int tight_after = near_after && used == 0;
        if (f->role == SC_DATE_ROLE_NONE && (tight_after || tight_before) && !year_only &&
            lead_names_dates(e, f->so)) {
            f->role = SC_DATE_ROLE_OTHER; /* a day the list is about */
            continue;
        }
        if (tight_before && after >= 0 && !year_only &&
            own_predicate_day(e, after, f))
            tight_before = 0, near_after = 1;
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
                                          ? F_NAME | F_CONG /* (its Congress too: "Nov. 27,
                                                             * 2006, 109th Cong., the X Act,
                                                             * Pub.L. 109-326") */
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
                                              sc_entry_one_bracket(e, f->so, cstart(e, before))
                                          ? F_SEMI : 0) |
                                     /* (a date's field that opens the line, ';' after it:
                                      * "Date: April 9, 1984; Public Law No. 98-216") */
                                     (one && date_field(e, f) ? F_SEMI : 0),
                                 NULL) &&
                 (!sc_entry_bracketed_at(e, cend(e, before)) || f->role == SC_DATE_ROLE_ENACTED ||
                  page_then_law(e, f, before)))
            f->law = (int8_t)before; /* "became law on Oct. 10, 2008 (Public Law 110-387)",
                                      * "as enacted 10 February 1996, by Section 1324 of
                                      * Pub. L. 104-106"; not "designated Earth Day on
                                      * March 21, 1975 (P.L. 94-8)" */
        else if (!year_only && (f->role == SC_DATE_ROLE_NONE || f->role == SC_DATE_ROLE_ENACTED) &&
                 before >= 0 && congress_only_between(b, f->eo, cstart(e, before)))
            f->law = (int8_t)before; /* the law's Congress alone between: "18 October
                                      * 1990, 101st Congress, P.L. 101-577" */
        else if (!year_only && one && before >= 0 && f->role == SC_DATE_ROLE_ENACTED &&
                 sc_entry_prose_linked(e, f->eo, cstart(e, before)))
            f->law = (int8_t)before; /* "On July 26, 1990, the President signed ... Public Law" */
        else if (!year_only && one && before >= 0 && f->role == SC_DATE_ROLE_ENACTED &&
                 sc_entry_bill_then_law(e, f, before))
            f->law = (int8_t)before; /* "On December 17, 2004, Senate bill 2845, the ... Act
                                      * of 2004, became law.  This bill ... Public Law
                                      * 108-458" */
        else if (!year_only && one && before >= 0 && f->role == SC_DATE_ROLE_ENACTED &&
                 bill_day_of(e, f, before))
            f->law = (int8_t)before; /* "President Biden signed H.R. 6943 on August 16,
                                      * 2022; it became Pub. L. 117-172": the day the
                                      * bill tied to the law was signed */
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
                 sc_entry_told_across(e, f->eo, cstart(e, before),
                             F_DWORD | F_NWORD | F_STAT | F_BILL | F_CONG | F_ENACT))
            f->law = (int8_t)before; /* "... became the X Act on 7/10/2001. The measure
                                      * appears at 115 Stat. 25 and was enacted as PL
                                      * 107-14." */
        else if (one && before >= 0 && f->role == SC_DATE_ROLE_ENACTED &&
                 sc_entry_date_then_cite(e, f, before))
            f->law = (int8_t)before; /* "President Bush signed it into law on July 26,
                                      * 1990.  Pub. L. No. 101-336." */
        else if (one && before >= 0 && f->role == SC_DATE_ROLE_ENACTED &&
                 timeline_date(e, f) &&
                 !memchr(b + f->eo, '\n', cstart(e, before) - f->eo) &&
                 timeline_subject(e, f->eo, before))
            f->law = (int8_t)before; /* a timeline's line: "1991 - ADA enacted (P.L.
                                      * 101-336)", "1986 — Welfare reform: ... Act (P.L.
                                      * 104-193) enacted." */
        else if (one && (said_before || (f->role == SC_DATE_ROLE_ENACTED && !year_only &&
                                         on_date_lead(e, f))) &&
                 f->bill < 0 && !act_named(e, f->so) &&
                 !sc_entry_res_item_date(e, k) && sc_entry_about_one_law(e) &&
                 !quoted(b, e->so, e->eo, f->so, f->eo) && sentence_names_law(e, f) &&
                 !as_enacted_in(b, f->so >= e->so + 15 ? f->so - 15 : e->so, f->so))
            f->law = (int8_t)sc_entry_first_law(e); /* "When President Johnson signed the Higher
                                            * Education Act of 1965 on November 18, 1965, ...
                                            * That law, Public Law 89-329, ..." */
        else if (one && after >= 0 && f->role == SC_DATE_ROLE_ENACTED && !f->bare &&
                 !quoted(b, e->so, e->eo, f->so, f->eo) && sc_entry_told_back(e, f->so, after))
            f->law = (int8_t)after; /* "Public Law 101-11 is short.  It was signed on
                                     * April 7, 1989", "... President Reagan signed it
                                     * on April 7, 1989" */
        else if (!year_only && one && e->record && f->role == SC_DATE_ROLE_ENACTED)
            f->law = (int8_t)sc_entry_first_law(e); /* a record's "Signed into law by President
                                            * Barack Obama on December 18, 2014" */
        else if (!year_only && one && e->record && f->role == SC_DATE_ROLE_NONE &&
                 f->bill < 0 && period_field(e, f))
            f->law = (int8_t)sc_entry_first_law(e); /* a field of its own, no word for what
                                            * it dates: "X Act. S. 933. Pub. L. 101-336.
                                            * July 26, 1990. 104 Stat. 327." */
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

void sc_entry_tie_name_dates(sc_entry *e)
{
    /* (as sc_entry_tie_name_pages() reads a page there) */
    const uint8_t *b = e->w->buf;
    for (int n = 0; n < e->nname; n++) {
        const sc_name_fact *nf = &e->name[n];
        int l = nf->law;
        size_t q = blanks(b, quote_end(b, nf->tie_eo, e->eo, 1), e->eo); /* (past its quote) */
        if (l < 0 || e->c[l].type != SC_PUBLIC_LAW || q >= e->eo || b[q] != '(')
            continue;
        q = blanks(b, q + 1, e->eo);
        for (int k = 0; k < e->ndate; k++) {
            sc_date_fact *f = &e->date[k];
            /* the bracket's first item, alone: ';' or ')' right after */
            if (f->so != q || f->law >= 0 || f->bill >= 0 || f->role != SC_DATE_ROLE_NONE ||
                f->ymd % 100 == 0 || f->bad || f->eo >= e->eo || (b[f->eo] != ';' && b[f->eo] != ')'))
                continue;
            f->law = (int8_t)l;
            if (e->date_of[l] < 0)
                e->date_of[l] = (int8_t)k;
        }
    }
}
