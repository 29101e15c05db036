/*
 * entry.c -- reads one entry (entry.h): finds its ends, has its dates and
 * Act names gathered (entry_dates.c, entry_names.c) and every fact tied to
 * the law it describes (entry_ties.c, entry_tie_dates.c, entry_tie_names.c,
 * entry_prose.c, entry_bills.c); the historic markers are read on demand
 * (entry_history.c).  Also the word
 * and span helpers the checker shares.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "table.h"

/* ------------------------------------------------------------ words */

int sc_word_in(const uint8_t *buf, size_t s, size_t e, const char *const *list)
{
    if (e <= s)
        return 0;
    uint8_t c0 = sc_tolower(buf[s]);
    for (; *list; list++)
        if ((uint8_t)(*list)[0] == c0 && sc_same_word(buf, s, e, *list))
            return 1;
    return 0;
}

void sc_wordtab_add(sc_wordtab *t, const char *const *list, uint8_t val, int keep_first)
{
    for (; *list; list++) {
        size_t n = strlen(*list);
        if (n == 0 || n > SC_WORDTAB_LEN)
            continue; /* (the readers ask their sc_words sets of longer words) */
        uint64_t lo, hi;
        sc_wordtab_key((const uint8_t *)*list, n, n, &lo, &hi);
        size_t h = sc_wordtab_hash(lo, hi);
        while (t->slot[h].len && !(t->slot[h].lo == lo && t->slot[h].hi == hi && t->slot[h].len == n))
            h = (h + 1) % SC_WORDTAB_SLOTS;
        if (t->slot[h].len) {
            if (!keep_first)
                t->slot[h].val |= val;
            continue;
        }
        if (++t->used > SC_WORDTAB_SLOTS / 2)
            abort(); /* the lists outgrew the table: SC_WORDTAB_SLOTS */
        t->slot[h].lo = lo;
        t->slot[h].hi = hi;
        t->slot[h].len = (uint8_t)n;
        t->slot[h].val = val;
    }
}

void sc_words_init(sc_words *ws, const char *const *list)
{
    int n = 0, all = 0;
    for (const char *const *l = list; *l; l++)
        all++;
    if (all > SC_WORDS_MAX)
        abort(); /* a list longer than a set holds: SC_WORDS_MAX */
    for (int c = 0; c < 27; c++) { /* the words of each bucket, in list order */
        ws->at[c] = (uint8_t)n;
        for (const char *const *l = list; *l; l++)
            if (sc_words_bucket((uint8_t)(*l)[0]) == c) {
                size_t len = strlen(*l);
                if (len >= 255)
                    abort(); /* a word longer than len[] holds */
                ws->idx[n] = (uint8_t)(l - list);
                ws->len[n] = (uint8_t)len;
                ws->w[n++] = *l;
            }
    }
    ws->at[27] = (uint8_t)n;
}

size_t sc_president_words(const uint8_t *buf, size_t i, size_t lim, size_t *so, size_t *eo,
                          int *n)
{
    int k = 0;
    while (k < SC_NAME_WORDS) {
        size_t s = i;
        while (s < lim && (buf[s] == ' ' || buf[s] == '\t' || buf[s] == ','))
            s++;
        if (k == 0 && s < lim && (buf[s] == '\n' || buf[s] == '\r')) {
            /* a line that ends with the title ("signed by President" /
             * "Ronald Reagan on ..."): the name on the next */
            s += buf[s] == '\r' && s + 1 < lim && buf[s + 1] == '\n' ? 2 : 1;
            while (s < lim && (buf[s] == ' ' || buf[s] == '\t'))
                s++;
        }
        if (s >= lim || !sc_isupper(buf[s]))
            break;
        size_t e = s;
        while (e < lim && (sc_isalpha(buf[e]) || buf[e] == '.'))
            e++;
        if (so && eo) {
            size_t we = e;
            while (we > s && buf[we - 1] == '.')
                we--;
            so[k] = s;
            eo[k] = we;
        }
        k++;
        i = e;
        if (i < lim && buf[i] == ',') { /* "Joseph R. Biden, Jr." */
            i++;
            /* past a comma only a suffix goes on with the name ("Bill
             * Clinton, Carter G. Woodson Home ... Act": a name after it) */
            size_t t = i;
            while (t < lim && (buf[t] == ' ' || buf[t] == '\t'))
                t++;
            size_t te = t;
            while (te < lim && sc_isalpha(buf[te]))
                te++;
            static const char *const suffix[] = { "jr", "sr", "ii", "iii", "iv", NULL };
            if (!sc_word_in(buf, t, te, suffix))
                break;
        }
    }
    if (n)
        *n = k;
    return i;
}

/* The word that ends right before b[at] in entry @p e, past blanks and
 * one comma or period ("the senator, Johnson", "Gov. Bush":
 * word_start_before() past the mark), its bytes in *ws..*we; 0 when none (a
 * bracket, a sentence's start or another mark before). */
static int word_before(const sc_entry *e, size_t at, size_t *ws, size_t *we)
{
    const uint8_t *b = e->w->buf;
    size_t q = at;
    while (q > e->so && (b[q - 1] == ' ' || b[q - 1] == '\t'))
        q--;
    if (q > e->so && b[q - 1] == ',')
        q--;
    if (q > e->so && b[q - 1] == '.')
        q--;
    *ws = word_start_before(e, q, we);
    return *ws < *we && *we == q;
}

/* Is the word at b[s..e) a title or office of someone other than the
 * President, lower-cased ("former senator Kennedy", "vice president
 * Biden", "the senator, Johnson")? */
static int other_title(const uint8_t *b, size_t s, size_t e)
{
    static const char *const titles[] = {
        "senator", "sen", "senators", "representative", "rep", "congressman", "congresswoman",
        "governor", "gov", "mayor", "speaker", "secretary", "justice", "judge", "vice", "chairman",
        "chairwoman", "chair", "leader", "candidate", "nominee", "ambassador", "general", "admiral",
        "attorney", "director", "commissioner", "administrator", "lawmaker", "lawmakers", "mr",
        "mrs", "ms", "dr", "sponsor", "cosponsor", "opposed", "against", "than", "like", NULL };
    return sc_word_in(b, s, e, titles);
}

/* After "signed by X" (X's name ending at b[end]): does the clause go on
 * as a signer's would -- its end, a date, "on", "in", "and" a verb -- not
 * as a name of something else's ("signed by Lincoln residents", "by
 * Reagan's successor", "by Washington and Ottawa", "by Carter, the state
 * superintendent")? */
static int by_signer_ends(const uint8_t *b, size_t end, size_t lim)
{
    if (end >= lim)
        return 1;
    uint8_t ch = b[end];
    if (ch == ',') { /* not an office after it: "by Carter, the state superintendent" */
        size_t k = end + 1;
        while (k < lim && b[k] == ' ')
            k++;
        return !(k + 4 <= lim && (memcmp(b + k, "the ", 4) == 0 || memcmp(b + k, "a ", 2) == 0));
    }
    if (ch == '.' || ch == ';' || ch == ':' || ch == ')' || ch == ']' || ch == '\n')
        return 1;
    if (ch != ' ')
        return 0; /* ("Reagan's", "Reagan\xe2\x80\x99s": his, not he) */
    size_t k = end + 1, ke = k;
    while (ke < lim && sc_isalpha(b[ke]))
        ke++;
    if (k < lim && sc_isdigit(b[k]))
        return 1; /* "signed by Bush 7/26/1990" */
    if (k + 10 <= lim && memcmp(b + k, "on behalf", 9) == 0)
        return 0; /* "approved by Pierce on behalf of the county" */
    static const char *const go_on[] = { "on", "in", "into", "at", "after", "before", "as",
                                         "to", "with", "without", "over", "during", "when",
                                         "while", "and", "but", "which", "who", "that", "was",
                                         "is", "the", NULL };
    if (ke == k || !sc_word_in(b, k, ke, go_on))
        return 0;
    if (ke - k == 3 && memcmp(b + k, "and", 3) == 0) { /* "and" a verb, not another name */
        size_t n = ke + 1;
        return ke < lim && b[ke] == ' ' && n < lim && sc_islower(b[n]);
    }
    return 1;
}

/* The entry's citation or Act name that begins at b[k], as the object of
 * a signing: its end, else 0. */
static size_t law_at(const sc_entry *e, size_t k)
{
    for (int q = 0; q < e->n; q++)
        if ((e->kind[q] & SC_EK_IN) && e->cs[q] == k && e->c[q].type != SC_USC)
            return e->ce[q];
    for (int q = 0; q < e->nname; q++)
        if (e->name[q].so == k)
            return e->name[q].eo;
    return 0;
}

/* Is the text that ends at b[q] (past blanks and a comma) the law itself
 * -- a citation of the entry, its bracket ("... Act (Pub. L. 101-336)"),
 * an Act's name, "it", "the law", "the bill", "the measure" -- and no
 * preposition's object ("The settlement under Pub. L. 101-336", "the plan
 * required by Pub. L. 107-110")?  The subject of "was signed by X". */
static int law_ends(const sc_entry *e, size_t q)
{
    const uint8_t *b = e->w->buf;
    while (q > e->so && (b[q - 1] == ' ' || b[q - 1] == ','))
        q--;
    size_t start = SIZE_MAX;
    if (q > e->so && b[q - 1] == ')') { /* "(Pub. L. 101-336)": what it follows */
        const uint8_t *o = memrchr(b + e->so, '(', q - e->so);
        if (o && q - (size_t)(o - b) < 64)
            q = (size_t)(o - b);
        while (q > e->so && b[q - 1] == ' ')
            q--;
    }
    for (int k = 0; k < e->n && start == SIZE_MAX; k++)
        if ((e->kind[k] & SC_EK_IN) && e->ce[k] == q && e->c[k].type != SC_USC)
            start = e->cs[k];
    for (int k = 0; k < e->nname && start == SIZE_MAX; k++)
        if (e->name[k].eo == q || e->name[k].tie_eo == q)
            start = e->name[k].so;
    size_t ws, we;
    if (start == SIZE_MAX) { /* "it", "the law", "the measure" */
        static const char *const pro[] = { "it", "law", "bill", "measure", "statute",
                                           "legislation", "act", NULL };
        return word_before(e, q + (q < e->eo && b[q] == ' '), &ws, &we) && we == q &&
               sc_word_in(b, ws, we, pro);
    }
    static const char *const prep[] = { "under", "of", "pursuant", "to", "by", "from", "with",
                                        "per", "in", "amending", "amended", "via", "through",
                                        "implementing", "for",
                                        /* "The Texas RFRA, modeled on Pub. L. 103-141, was
                                         * signed into law by Bush": another law's model */
                                        "on", "upon", "after", "like", "than", NULL };
    if (!word_before(e, start, &ws, &we))
        return 1;
    /* (over "the" and up to two words of small letters: "modeled on the
     * federal Religious Freedom Restoration Act") */
    for (int k = 0; k < 3 && sc_islower(b[ws]) && we < start && b[we] == ' ' &&
                    !sc_word_in(b, ws, we, prep);
         k++) {
        size_t ps = ws;
        if (!word_before(e, ps, &ws, &we) || we + 1 != ps)
            return 1;
    }
    return !sc_word_in(b, ws, we, prep);
}

/* Is a citation or Act name of the entry before b[at], in its sentence,
 * the law itself (law_ends(): no preposition's object)? */
static int law_before_in_sentence(const sc_entry *e, size_t at)
{
    const uint8_t *b = e->w->buf;
    size_t best = 0;
    for (int k = 0; k < e->n; k++)
        if ((e->kind[k] & SC_EK_IN) && e->ce[k] <= at && e->ce[k] > best && e->c[k].type != SC_USC)
            best = e->ce[k];
    for (int k = 0; k < e->nname; k++)
        if (e->name[k].eo <= at && e->name[k].eo > best)
            best = e->name[k].eo;
    if (!best)
        return 0;
    for (size_t q = best; q < at; q++)
        if (b[q] == '.' && q + 1 < at && b[q + 1] == ' ' && sc_isupper(b[q + 2]))
            return 0; /* (another sentence between) */
    return law_ends(e, best);
}

/* After "X signed" (the verb ending at b[ve]): is its object the law -- a
 * citation or an Act's name of the entry, "it", "into law", "the bill" --
 * or, when @p fronted (the object before: "which Bush signed"), the
 * clause's end or its day ("on July 26, 1990", "in 1935")?  Not "a trade
 * pact", "Ohio's accountability plan", "on as a cosponsor". */
static int signed_object(const sc_entry *e, size_t ve, int fronted)
{
    const uint8_t *b = e->w->buf;
    size_t lim = e->eo;
    if (ve >= lim)
        return fronted;
    if (b[ve] != ' ')
        return fronted && (b[ve] == ',' || b[ve] == '.' || b[ve] == ';' || b[ve] == ')');
    size_t k = ve + 1, ke = k;
    while (ke < lim && sc_isalpha(b[ke]))
        ke++;
    if (k >= lim)
        return 0;
    if (fronted)
        return (ke - k == 2 && ((b[k] == 'o' && b[k + 1] == 'n') || (b[k] == 'i' && b[k + 1] == 'n')) &&
                ke + 1 < lim && b[ke] == ' ' && (sc_isdigit(b[ke + 1]) || sc_isupper(b[ke + 1]))) ||
               (ke - k == 4 && memcmp(b + k, "into", 4) == 0);
    if (law_at(e, k))
        return 1; /* "Clinton signed Pub. L. 101-336", "... H.R. 3590" */
    if (ke - k == 4 && memcmp(b + k, "into", 4) == 0)
        return 1; /* "signed into law" */
    if (ke - k == 2 && b[k] == 'i' && b[k + 1] == 't') /* "it": the law named before it in
                                                        * its sentence, no preposition's
                                                        * object ("Congress passed Pub. L.
                                                        * 101-336, and Bush signed it"; not
                                                        * "... drafted under Pub. L. 111-5,
                                                        * and Taylor signed it") */
        return law_before_in_sentence(e, ve);
    static const char *const noun[] = { "bill", "measure", "law", "legislation", "act",
                                        "resolution", "statute", NULL };
    if (!sc_word_in(b, k, ke, (const char *const[]){ "the", NULL }) || ke + 1 >= lim || b[ke] != ' ')
        return 0;
    size_t n = ke + 1, ne = n;
    while (ne < lim && sc_isalpha(b[ne]))
        ne++;
    return ne > n && (law_at(e, n) || sc_word_in(b, n, ne, noun));
}

size_t sc_president_bare(const sc_entry *e, size_t at, size_t *so, size_t *eo)
{
    const uint8_t *b = e->w->buf;
    size_t from = e->so, lim = e->eo;
    if (at >= lim || !sc_isupper(b[at]) || at + 1 >= lim || !sc_islower(b[at + 1]) ||
        (at > from && (sc_isalpha(b[at - 1]) || b[at - 1] == '.' || b[at - 1] == '-' ||
                       b[at - 1] == '&')))
        return 0;
    /* no capitalized word right before ("Senator Johnson", "Gov. Bush",
     * "Johnson & Johnson"), nor a lower-case title ("former senator
     * Kennedy") */
    size_t pws, pwe, nm = at; /* (where the name's words begin, with "Mr.") */
    int prev = word_before(e, at, &pws, &pwe);
    /* a news story's second reference, "signed into law by Mr. Bush",
     * "approved by Mr. Clinton": the honorific is the name's, the word before
     * it the clause's (the Speaker signs enrolled bills: not "signed by Mr.
     * Johnson", nor "Mr. Johnson signed the bill", below) */
    int mister = prev && pwe - pws == 2 && b[pws] == 'M' && b[pws + 1] == 'r' &&
                 (pwe == at - 1 || (b[pwe] == '.' && pwe + 2 == at));
    if (mister) {
        nm = pws;
        prev = word_before(e, nm, &pws, &pwe);
    }
    if (prev && (sc_isupper(b[pws]) || other_title(b, pws, pwe)))
        return 0;
    if (at >= from + 2 && b[at - 1] == ' ' && b[at - 2] == '&')
        return 0;
    size_t ws[SC_NAME_WORDS], we[SC_NAME_WORDS];
    int n;
    sc_president_words(b, at, lim, ws, we, &n);
    if (n < 1 || n > 4)
        return 0;
    size_t end = we[n - 1]; /* (past the name's last word and its period: "Jr.") */
    if (end < lim && b[end] == '.' && we[n - 1] - ws[n - 1] <= 3)
        end++;
    if (end + 1 < lim && b[end] == ' ' && b[end + 1] == '&')
        return 0;
    /* his signing said around, the law what he signed: "Pub. L. 101-336 was
     * signed by Bush", "Clinton signed H.R. 1" */
    static const char *const by[] = { "signed by ", "approved by ", "signed into law by ",
                                       "Signed by ", "Approved by ", NULL };
    static const char *const verb[] = { " signed", " approved", " signs", NULL };
    int said = 0;
    for (const char *const *p = by; *p && !said; p++) {
        size_t m = strlen(*p);
        if (nm < from + m || memcmp(b + nm - m, *p, m) != 0 || !by_signer_ends(b, end, lim) ||
            (mister && strcmp(*p + 1, "igned by ") == 0)) /* (not "signed by Mr.") */
            continue;
        /* what was signed: the law before "was signed by" (or a bracket's
         * or appositive's "(signed by", ", signed by" after it), or a
         * record's field opening its line */
        size_t q = nm - m;
        static const char *const aux[] = { "was", "were", "is", "been", "later", "then",
                                           "also", "finally", "subsequently", NULL };
        for (int k = 0; k < 3; k++) { /* ("was later signed by") */
            size_t awe, aws = word_start_before(e, q, &awe);
            if (aws == awe || !sc_word_in(b, aws, awe, aux))
                break;
            q = aws;
        }
        while (q > from && b[q - 1] == ' ')
            q--;
        if (q > from && b[q - 1] == '(')
            q--;
        said = q == from || b[q - 1] == '\n' || b[q - 1] == '|' || b[q - 1] == ';' ||
               law_ends(e, q);
    }
    if (!said && nm >= from + 3 && memcmp(b + nm - 3, "by ", 3) == 0 && by_signer_ends(b, end, lim)) {
        /* the day between the verb and its agent: "Pub. L. 112-189 was
         * signed Oct. 5, 2012 by Obama", "approved on July 26, 1990, by
         * Bush" -- the verb before that day, the law before the verb */
        size_t q = nm - 3;
        while (q > from && (b[q - 1] == ' ' || b[q - 1] == ','))
            q--;
        for (int k = 0; k < e->ndate && !said; k++) {
            if (e->date[k].eo != q || e->date[k].ymd % 100 == 0)
                continue;
            size_t v = e->date[k].so;
            while (v > from && b[v - 1] == ' ')
                v--;
            if (v >= from + 2 && memcmp(b + v - 2, "on", 2) == 0 && (v - 2 == from || b[v - 3] == ' '))
                for (v -= 2; v > from && b[v - 1] == ' ';)
                    v--;
            static const char *const verbs[] = { "signed", "approved", "signed into law",
                                                 "enacted", NULL };
            size_t m = sc_phrase_before(b, from, v, verbs);
            if (!m)
                continue;
            size_t w = v - m;
            static const char *const aux[] = { "was", "were", "is", "been", NULL };
            size_t awe, aws = word_start_before(e, w, &awe);
            if (aws < awe && sc_word_in(b, aws, awe, aux))
                w = aws;
            while (w > from && b[w - 1] == ' ')
                w--;
            said = law_ends(e, w);
        }
    }
    if (!said && !mister) { /* (not "Mr. Johnson signed the bill": the Speaker signs
                             * enrolled bills, and "Mr." is his too) */
        /* the subject of the verb: the sentence's, after its day ("On July
         * 26, 1990, Bush signed"), or a clause's ("which Bush signed", "when
         * Clinton signed", "Congress passed it and Clinton signed it") */
        static const char *const lead[] = { "which", "that", "when", "after", "before", "until",
                                            "once", "and", "then", "as", "where", "because",
                                            "since", "later", "finally", "also", NULL };
        int which = prev && sc_word_in(b, pws, pwe, (const char *const[]){ "which", "that", NULL });
        int fronted = which && law_ends(e, pws);
        int subject = prev && sc_word_in(b, pws, pwe, lead);
        if (!prev) { /* (a mark before, no word: a sentence's start or a bracket) */
            size_t q = nm;
            while (q > from && (b[q - 1] == ' ' || b[q - 1] == '\t'))
                q--;
            subject = q == from || b[q - 1] == '.' || b[q - 1] == '\n' || b[q - 1] == '(' ||
                      b[q - 1] == ';' || b[q - 1] == ':' || b[q - 1] == '"' || b[q - 1] == '|' ||
                      (b[q - 1] == ',' && q - 1 > from && sc_isdigit(b[q - 2])) || /* "On July
                                                                          * 26, 1990, Bush" */
                      (q >= from + 3 && b[q - 3] == 0xe2 && b[q - 2] == 0x80 &&
                       (b[q - 1] == 0x93 || b[q - 1] == 0x94 || b[q - 1] == 0x9c));
        }
        if (prev && pwe < at && b[pwe] == ',' && !sc_word_in(b, pws, pwe, lead))
            subject = 0;
        if (!subject) { /* after a spaced dash that opens the clause: "heads up - Clinton
                         * signed PL 112-122", "FYI -- Bush signed ..." */
            size_t q = nm;
            while (q > from && b[q - 1] == ' ')
                q--;
            subject = q < nm && q >= from + 2 && b[q - 1] == '-' &&
                      (b[q - 2] == ' ' || (b[q - 2] == '-' && q >= from + 3 && b[q - 3] == ' '));
        }
        for (const char *const *p = verb; *p && subject && !said; p++) {
            size_t m = strlen(*p);
            said = end + m <= lim && memcmp(b + end, *p, m) == 0 &&
                   (end + m == lim || !sc_isalpha(b[end + m])) &&
                   (signed_object(e, end + m, 0) || (fronted && signed_object(e, end + m, 1)));
        }
    }
    if (!said)
        return 0;
    int k = n - 1; /* the last name: its last word, or two ("Van Buren") */
    if (we[k] - ws[k] < 3 || !sc_islower(b[ws[k] + 1]))
        return 0;
    if (sc_ref_president_served((const char *)b + ws[k], we[k] - ws[k], 0) < 0) {
        if (k == 0 || sc_ref_president_served((const char *)b + ws[k - 1], we[k] - ws[k - 1], 0) < 0)
            return 0;
        k--;
    }
    size_t ls = ws[k], le = we[n - 1];
    if (!sc_ref_president_named((const char *)b + ls, le - ls, (const char *)b + at,
                                k > 0 ? we[k - 1] - at : 0))
        return 0;
    *so = ls;
    *eo = le;
    return end;
}

int sc_entry_sentence_opens(const sc_entry *e, size_t q)
{
    const uint8_t *b = e->w->buf;
    size_t ts = sc_entry_text_start(e);
    q -= sc_phrase_before(b, ts, q, sc_signals); /* after a signal: "E.g., X Act, ..." */
    while (q > ts && (b[q - 1] == ' ' || b[q - 1] == '[' || b[q - 1] == '('))
        q--;
    if (q <= ts || sc_ctx_marker_end(b, ts, e->eo) == q || b[q - 1] == '.')
        return 1;
    /* a timeline's day that opens the entry, then ':' or a dash: "July
     * 30, 1980: The X Act ..." */
    size_t d = q;
    if (b[d - 1] == ':' || b[d - 1] == '-')
        d--;
    else if (d >= ts + 3 && b[d - 3] == 0xe2 && b[d - 2] == 0x80 && (b[d - 1] == 0x93 || b[d - 1] == 0x94))
        d -= 3;
    while (d < q && d > ts && b[d - 1] == ' ')
        d--;
    for (int k = 0; d < q && k < e->ndate; k++)
        if (e->date[k].so == ts && e->date[k].eo == d)
            return 1;
    if (q - ts > 4)
        return 0;
    for (size_t i = ts; i < q; i++) /* a list's bullet before it: "- ", "* ", "• " */
        if (sc_isalnum(b[i]))
            return 0;
    return 1;
}

/* --------------------------------------------------------------- read */

_Static_assert(SC_GROUP_MAX <= 64, "sc_entry.stat_in and bill_in hold a bit per citation");

/* Is the entry's one line a row of a table under a header (table.c), 1,
 * or of a table with none, 2?  Then the row is the entry, and its cells'
 * roles are noted.  Most
 * entries are not: first, one of its citations (with the pins after it)
 * must fill a cell. */
int sc_entry_row(sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    size_t first = e->first, last = e->last, len = e->w->len;
    int cell = 0;
    for (int i = 0; i < e->n && i < 8 && !cell; i++) {
        if (!(e->kind[i] & SC_EK_IN))
            continue;
        size_t ce = e->ce[i]; /* with its pins: "90 Stat. 1374, 1375" fills a cell */
        for (int j = i + 1; j < e->n && (e->kind[j] & SC_EK_IN) &&
                            (e->c[j].wording & SC_W_LIST_ITEM) && e->cs[j] >= ce;
             j++)
            ce = e->ce[j];
        if (e->c[i].wording & SC_W_BY_NAME) /* with its short form: "X Act (XA)" */
            ce = sc_entry_short_form_end(e, ce);
        cell = sc_table_in_cell(b, len, e->cs[i], ce);
    }
    if (!cell || last > first + SC_TABLE_LINE || memchr(b + first, '\n', last - first))
        return 0;
    sc_table_head h;
    sc_table_cells c;
    int bare = 0;
    if (!sc_table_row(b, 0, len, first, &h, &c, NULL)) {
        /* a table with no header: each row one law's, each cell by what
         * it says -- "President Bill Clinton | 101st Cong. | 104 Stat. 3209
         * | Public Law 101-612 | November 16, 1990" */
        if (!sc_table_bare_row(b, 0, len, first, &c))
            return 0;
        bare = 1;
        memset(h.role, SC_COL_OTHER, sizeof h.role);
        for (int i = 0; i < c.n; i++)
            if (c.eo[i] - c.so[i] > 10 && memcmp(b + c.so[i], "President ", 10) == 0)
                h.role[i] = SC_COL_PRESIDENT;
    }
    size_t ls = c.so[0], le = c.eo[c.n - 1];
    while (ls > 0 && b[ls - 1] != '\n')
        ls--;
    while (le < len && b[le] != '\n')
        le++;
    if (ls > first || le < last)
        return 0;
    e->so = ls;
    e->eo = le;
    for (int i = 0; i < c.n; i++) {
        e->cell_so[h.role[i]] = c.so[i];
        e->cell_eo[h.role[i]] = c.eo[i];
        if (h.role[i] == SC_COL_STEP && e->nstep < 4) {
            e->step_so[e->nstep] = c.so[i];
            e->step_eo[e->nstep++] = c.eo[i];
        }
        if (h.role[i] == SC_COL_RELATED && e->nrel < 2) {
            e->rel_so[e->nrel] = c.so[i];
            e->rel_eo[e->nrel++] = c.eo[i];
        }
    }
    e->cell_so[SC_COL_OTHER] = e->cell_eo[SC_COL_OTHER] = 0;
    return 1 + bare;
}

void sc_entry_row_dates(sc_entry *e)
{
    const sc_window *w = e->w;
    if (sc_entry_has_cell(e, SC_COL_DATE))
        for (int k = 0; k < e->ndate; k++) /* a date under "Enacted", "Date": the law's */
            if (e->date[k].role == SC_DATE_ROLE_NONE && e->date[k].so >= e->cell_so[SC_COL_DATE] &&
                e->date[k].eo <= e->cell_eo[SC_COL_DATE])
                e->date[k].role = SC_DATE_ROLE_ENACTED;
    for (int s = 0; e->row && s < e->nstep; s++)
        for (int k = 0; k < e->ndate; k++) /* under "Introduced", "Effective": not the law's */
            if (e->date[k].so >= e->step_so[s] && e->date[k].eo <= e->step_eo[s])
                e->date[k].role = SC_DATE_ROLE_OTHER;
    if (e->row == 2) { /* no header: the one cell that is a date alone, the law's day */
        int only = -1, cells = 0;
        for (int k = 0; k < e->ndate; k++)
            if (e->date[k].role == SC_DATE_ROLE_NONE &&
                sc_table_in_cell(w->buf, w->len, e->date[k].so, e->date[k].eo)) {
                only = k;
                cells++;
            }
        if (cells == 1)
            e->date[only].role = SC_DATE_ROLE_ENACTED;
    }
}

int sc_entry_comma_then(const uint8_t *b, size_t ne, size_t so)
{
    size_t k = quote_end(b, ne, so, 1); /* (its closing quote: "“X Act”, 10/2/1986") */
    if (k >= so || b[k] != ',')
        return 0;
    for (k++; k < so; k++)
        if (b[k] != ' ')
            return 0;
    return 1;
}

int sc_entry_name_paren_item(const uint8_t *b, size_t ne, size_t so, size_t eo, size_t lim)
{
    size_t q = ne;
    int ended;
    /* (past the quote that closes a name: '* the “X Act of 2011” (112th
     * Congress; Oct. 12, 2011).') */
    q = quote_end(b, q, so, 1);
    size_t oc; /* (its Congress between, a comma before it: "See X Act of 1990,
                * 101st Cong. (July 31, 1990)") */
    if (q + 3 < so && b[q] == ',' && b[q + 1] == ' ' && sc_isdigit(b[q + 2]) &&
        (oc = sc_entry_ordinal_congress(b, q + 2, so, &ended)) != 0)
        q = oc;
    while (q < so && b[q] == ' ')
        q++;
    if (q >= so || b[q] != '(')
        return 0;
    for (size_t k = q + 1; k < so; k++)
        if (b[k] == '(' || b[k] == ')' || b[k] == '[' || b[k] == ']')
            return 0;
    size_t p = so;
    while (p > q + 1 && b[p - 1] == ' ')
        p--;
    if (p != q + 1 && b[p - 1] != ';' && b[p - 1] != ',')
        return 0;
    while (eo < lim && b[eo] == ' ')
        eo++;
    return eo < lim && (b[eo] == ')' || b[eo] == ';' || b[eo] == ',');
}

/* The length of the cell mark, quote or blank at b[k] (< lim), 0 if none:
 * what stands between and around the cells of a row of two facts -- ',',
 * ';', ':', '|', a tab, a dash, a period, quotes straight or curly. */
static size_t cell_mark(const uint8_t *b, size_t k, size_t lim)
{
    switch (b[k]) {
    case ' ': case '\t': case '\r': case '\n': case ',': case ';': case ':': case '|':
    case '-': case '.': case '"': case '\'':
        return 1;
    }
    if (b[k] == 0xe2 && k + 2 < lim && b[k + 1] == 0x80 &&
        (b[k + 2] == 0x93 || b[k + 2] == 0x94 || (b[k + 2] >= 0x98 && b[k + 2] <= 0x9d)))
        return 3; /* en and em dash, curly quotes */
    return 0;
}

/* Are b[a..z) cell marks alone (cell_mark), with a mark that parts two
 * cells among them when @p parted (not blanks and quotes alone)? */
static int cell_marks(const uint8_t *b, size_t a, size_t z, int parted)
{
    int parts = 0;
    for (size_t n; a < z; a += n) {
        if ((n = cell_mark(b, a, z)) == 0)
            return 0;
        parts |= n == 3 ? b[a + 2] <= 0x94 : b[a] != ' ' && b[a] != '"' && b[a] != '\'';
    }
    return parts || !parted;
}

/* Is the entry a list's entry of the Act named by citation @p i and date
 * @p f alone: the name opens it, a comma between, the date ends it
 * ("Oregon Tribal Economic Development Act, September 20, 2018.", "• The X
 * Act of 1990, July 26, 1990") -- or a bracket of more of the Act's facts
 * after it, no citation or date in it ("X Act of 2011, Sept. 30, 2011
 * (approved by President Barack Obama; One Hundred Twelfth Congress).")?
 * Or a row of the two alone, cells in either order, marks between them
 * and nothing else ('"Nov. 3, 2018",“X Act”', "| July 26, 1990 | X Act |",
 * "July 26, 1990: X Act"). */
static int name_date_entry(const sc_entry *e, int i, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    size_t cs = e->cs[i], k = e->ce[i];
    if (cs >= e->so + 4 && (b[cs - 4] | 0x20) == 't' && memcmp(b + cs - 3, "he ", 3) == 0)
        cs -= 4;
    if (cell_marks(b, e->so, f->so < cs ? f->so : cs, 0)) {
        if (f->eo <= cs)
            return cell_marks(b, f->eo, cs, 1) && cell_marks(b, k, e->eo, 0);
        if (k <= f->so && cell_marks(b, k, f->so, 1) && cell_marks(b, f->eo, e->eo, 0))
            return 1;
    }
    if (!sc_entry_sentence_opens(e, cs) || !sc_entry_comma_then(b, k, f->so))
        return 0;
    k = f->eo;
    while (k < e->eo && b[k] == ' ')
        k++;
    if (k < e->eo && b[k] == '(') {
        const uint8_t *close = memchr(b + k, ')', e->eo - k);
        if (!close)
            return 0;
        size_t ce = (size_t)(close - b);
        for (int q = 0; q < e->n; q++)
            if ((e->kind[q] & SC_EK_IN) && e->cs[q] > k && e->cs[q] < ce)
                return 0;
        for (int q = 0; q < e->ndate; q++)
            if (e->date[q].so > k && e->date[q].so < ce)
                return 0;
        if (memchr(b + k + 1, '(', ce - k - 1))
            return 0;
        k = ce + 1;
    }
    for (; k < e->eo; k++)
        if (!(b[k] == ' ' || b[k] == '.' || b[k] == ';' || b[k] == '\r' || b[k] == '\n'))
            return 0;
    return 1;
}

/* A law cited by its Act's name alone (SC_W_BY_NAME: "The X Act of 1992
 * became law on ..."), named in prose that is no citation: a date is its
 * when words give the day its enactment ("became law on", "approved") or
 * it is an item of its own in the name's parenthesis ("the X Act
 * (2016-10-14)", "X Act, 1973 (92nd Congress, Oct. 9, 1972)"),
 * not only by where it stands ("... under the X Act of 2002 May 9, 2017,
 * https://...": a report's day); and the names beside it are other Acts'
 * ("the amendments made by the X Act of 1972, the Y Act of 1977"), no
 * name of its own. */
static void by_name_facts(sc_entry *e)
{
    for (int i = 0; i < e->n; i++) {
        if (!(e->c[i].wording & SC_W_BY_NAME))
            continue;
        int dk = e->date_of[i];
        size_t ne = e->ce[i]; /* (with its short form: "X Act (the “XA”) (2/15/2018)") */
        if (dk >= 0)
            ne = sc_entry_closed_form(e->w->buf, ne, sc_entry_short_form_end(e, ne), e->date[dk].so);
        if (dk >= 0 && e->date[dk].role != SC_DATE_ROLE_ENACTED &&
            !((e->kind[i] & SC_EK_IN) &&
              (sc_entry_name_paren_item(e->w->buf, ne, e->date[dk].so, e->date[dk].eo, e->eo) ||
               name_date_entry(e, i, &e->date[dk]))))
            e->date_of[i] = -1;
        e->name_of[i] = -1;
        for (int k = 0; k < e->nname; k++)
            if (e->name[k].law == i)
                e->name[k].law = -1;
    }
}

/* The Statutes at Large citation e->c[i]'s volume and page as numbers
 * (entry.h: stat_vol, stat_page), as sc_strtol10() reads them. */
static void read_vol_page(sc_entry *e, int i)
{
    char *end;
    e->stat_vol[i] = sc_strtol10(e->c[i].volume, &end);
    e->stat_vol_end[i] = *end;
    e->stat_page[i] = sc_strtol10(e->c[i].pages, &end);
    e->stat_page_end[i] = *end;
    e->stat_law_read &= ~(1ull << i); /* (sc_entry_law_at_page: not asked yet) */
}

/* Is the named Act's section at b[cs..ce) written "§ 20, Outer Continental
 * Shelf Lands Act" or "sec. 604, X Act" -- its number, a comma, its Act's
 * name -- as a law's own section is when it follows the law's citation? */
static int section_comma_name(const uint8_t *b, size_t cs, size_t ce)
{
    size_t i = cs;
    if (i + 2 < ce && b[i] == 0xc2 && b[i + 1] == 0xa7)
        i += 2;
    else if (i + 4 < ce && (b[i] | 0x20) == 's' && b[i + 1] == 'e' && b[i + 2] == 'c' &&
             b[i + 3] == '.')
        i += 4;
    else if (i + 8 < ce && (b[i] | 0x20) == 's' && memcmp(b + i + 1, "ection ", 7) == 0)
        i += 8; /* "Pub. L. 106-400, section 132, X Act of 2000" */
    else
        return 0;
    i = blanks(b, i, ce);
    if (i >= ce || !sc_isdigit(b[i]))
        return 0;
    while (i < ce && (sc_isalnum(b[i]) || b[i] == '(' || b[i] == ')' || b[i] == '-'))
        i++;
    return i + 2 < ce && b[i] == ',' && b[i + 1] == ' ' && sc_isupper(b[i + 2]);
}

/* The named Acts' sections that are a law's own (e->own_sect): right
 * after the law, only its pins between ("Public Law 105-185, tit. VI,
 * § 604, Agricultural Research, Extension, and Education Reform Act of
 * 1998, 112 Stat. 523") -- the law's pin and its name, which the ties
 * pass over as they pass "§ 604" (entry_filler.c, entry_bills.c) and
 * check_names.c compares with the law. */
static void read_own_sections(sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    for (int i = 0; i < e->n; i++) {
        size_t t = e->ce[i]; /* (its name whole: not "§ 604, Clean Air Act" of
                              * "..., Clean Air Act Amendments of 1990") */
        if ((e->kind[i] & (SC_EK_ACT | SC_EK_IN)) != (SC_EK_ACT | SC_EK_IN) ||
            !section_comma_name(b, e->cs[i], t) ||
            (t < e->w->len && b[t] != ',' && b[t] != ';' && b[t] != '(' && b[t] != ')' &&
             b[t] != '.' && b[t] != '\n' && b[t] != '\r' &&
             /* (or a bracket after a blank: "..., § 8, Palo Alto ... Act
              * (originally HR 1642)") */
             !(b[t] == ' ' && t + 1 < e->w->len && b[t + 1] == '(')))
            continue;
        int l = sc_entry_law_before(e, e->cs[i]);
        if (l >= 0 && e->cs[i] - e->ce[l] <= 40 && e->ce[l] < e->cs[i] &&
            sc_entry_filler(e, e->ce[l], e->cs[i], F_PINS, NULL))
            e->own_sect |= 1ull << i;
    }
}

int sc_entry_read_ends(sc_entry *e, const sc_rules *r, sc_matcher *m, const sc_window *w,
                       sc_citation *group, int n)
{
    /* only the first n of each per-citation array are ever read; the byte
     * arrays are set whole (a fixed size: a few stores, no calls); ev[] is
     * reconcile.c's, which clears each citation's before it reads any */
    memset(e, 0, offsetof(sc_entry, law_of));
    memset(e->law_of, -1, sizeof e->law_of);
    memset(e->bill_of, -1, sizeof e->bill_of);
    memset(e->stat_of, -1, sizeof e->stat_of);
    memset(e->date_of, -1, sizeof e->date_of);
    memset(e->passed_of, -1, sizeof e->passed_of);
    memset(e->name_of, -1, sizeof e->name_of);
    memset(e->stat_heads, 0, sizeof e->stat_heads);
    e->stat_law_read = 0;
    memset(e->stat_pinned, 0, sizeof e->stat_pinned);
    memset(e->brole, 0, sizeof e->brole);
    memset(e->historic, 0, sizeof e->historic);
    e->historic_read = 0;
    e->words_read = e->has_president = e->has_cong = e->has_signed = 0;
    e->items_read = e->nsemi = 0;
    e->record = e->row = 0;
    e->chapters = 0;
    memset(e->cell_so, 0, sizeof e->cell_so);
    memset(e->cell_eo, 0, sizeof e->cell_eo);
    e->nstep = e->nrel = 0;
    e->ndate = e->nname = e->nbad = 0;
    e->r = r;
    e->m = m;
    e->w = w;
    e->c = group;
    e->n = n;
    /* one pass: each citation's kind and span, the spans' ends and order */
    size_t first = SIZE_MAX, last = 0, prev = 0; /* prev: the last span's start */
    unsigned all = 0, types = 0; /* the kinds and the sc_types of the group's citations */
    int nlaw = 0;
    int in_order = 1;
    uint64_t stat_in = 0, bill_in = 0, law_in = 0;
    for (int i = 0; i < n; i++) {
        size_t s, t;
        const sc_citation *c = &group[i];
        if (c->wording & SC_W_UNCLASSIFIED) { /* no place in the Code: a fact of no
                                               * family but its own (sc_check_act_unknown) */
            e->kind[i] = 0;
            e->act_unknown |= 1ull << i;
            continue;
        }
        unsigned k = (sc_is_law(c) ? SC_EK_LAW : 0) | (c->type == SC_STAT ? SC_EK_STAT : 0) |
                     (c->type == SC_BILL ? SC_EK_BILL : 0) |
                     (c->type == SC_ACT_SECTION ? SC_EK_ACT : 0) |
                     (c->form == SC_FORM_SHORT ? SC_EK_SHORT : 0);
        all |= k;
        types |= 1u << (c->type & 31);
        nlaw += (k & SC_EK_LAW) != 0;
        if (sc_entry_span(w, c, &s, &t)) {
            uint64_t bit = 1ull << i;
            k |= SC_EK_IN;
            e->cs[i] = s;
            e->ce[i] = t;
            stat_in |= k & SC_EK_STAT ? bit : 0;
            bill_in |= k & SC_EK_BILL ? bit : 0;
            law_in |= k & SC_EK_LAW ? bit : 0;
            in_order &= s >= prev;
            prev = s;
            first = s < first ? s : first;
            last = t > last ? t : last;
        }
        e->kind[i] = (uint8_t)k;
        if (c->type == SC_STAT)
            read_vol_page(e, i);
    }
    e->stat_in = stat_in;
    e->bill_in = bill_in;
    e->law_in = law_in;
    e->in_order = in_order;
    e->nlaw = nlaw;
    e->types = types;
    if (first == SIZE_MAX)
        return 0; /* no citation in the window */
    /* dates matter to laws and bills (a bill's steps), names to laws; the
     * historic markers are read when a U.S. Code finding asks
     * (sc_entry_historic).  An entry of U.S. Code citations alone (most
     * groups of a Code document) finds its ends only then. */
    int laws = (all & SC_EK_LAW) != 0, bills = (all & SC_EK_BILL) != 0, chapters = 0;
    e->first = first;
    e->last = last;
    /* an old law cited by its chapter and page, its date written after
     * them ("ch. 120, 61 Stat. 136 (June 23, 1947)"): the dates matter */
    int named = 0; /* a chapter dated in its citation: its Act's name may stand beside it */
    for (uint64_t sm = laws || bills ? 0 : stat_in; sm && !chapters; sm &= sm - 1) {
        const sc_citation *c = &group[__builtin_ctzll(sm)];
        chapters = c->chapter > 0 && (!c->date || sc_entry_approved_at(w, e->ce[__builtin_ctzll(sm)]));
        named |= c->chapter > 0;
    }
    size_t near_lo = first > 160 ? first - 160 : 0, near_hi = last + 100 < w->len ? last + 100 : w->len;
    if (!laws && !bills && !chapters && named &&
        sc_find_act(w->buf + near_lo, near_hi - near_lo)) {
        /* "Act of July 5, 1935, ch. 372, 49 Stat. 449 (Social Security
         * Act)": the names only (check_chapter_names.c), when an "Act" is
         * in reach of the name beside it at all (most chapters of the
         * Code's credits have none) */
        sc_ctx_entry_bounds(w, first, last, SC_ENTRY_REACH, &e->so, &e->eo);
        sc_entry_gather_names(e);
        return 0;
    }
    if (!laws && !bills && !chapters) {
        e->so = first;
        e->eo = last;
        e->bounds_pending = 1;
        return 0;
    }
    e->chapters = (uint8_t)chapters;
    sc_ctx_entry_bounds(w, first, last, SC_ENTRY_REACH, &e->so, &e->eo);
    if (laws && (types & 1u << SC_ACT_SECTION))
        read_own_sections(e);
    e->row = sc_entry_row(e);
    e->row_read = 1;
    e->record = nlaw == 1 && (e->row || sc_ctx_record(w, e->so, e->eo));
    return 1;
}

void sc_entry_read_facts(sc_entry *e)
{
    sc_entry_gather_dates(e);
    sc_entry_row_dates(e);
    if (e->nlaw > 0 || e->chapters)
        sc_entry_gather_names(e);
}

/* A row's law under a column of other laws ("| Pub. L. 110-325 | Sept.
 * 25, 2008 | S. 3406 | Pub. L. 101-336 |" under "Law | Date | Bill |
 * Amends"): the row's facts are not its -- each tied to it goes to the
 * row's law in its "Law" column, when that one has none of the kind. */
/* Does b[so..eo) lie in one of the row's cells of other laws? */
static int in_related(const sc_entry *e, size_t so, size_t eo)
{
    for (int r = 0; r < e->nrel; r++)
        if (so >= e->rel_so[r] && eo <= e->rel_eo[r])
            return 1;
    return 0;
}

static void row_related_laws(sc_entry *e)
{
    int main = -1;
    for (int i = 0; i < e->n; i++)
        if ((e->kind[i] & (SC_EK_LAW | SC_EK_IN)) == (SC_EK_LAW | SC_EK_IN) &&
            sc_entry_in_cell(e, e->cs[i], e->ce[i], SC_COL_LAW))
            main = main < 0 ? i : -2;
    for (int li = 0; li < e->n; li++) {
        if ((e->kind[li] & (SC_EK_LAW | SC_EK_IN)) != (SC_EK_LAW | SC_EK_IN))
            continue;
        if (!in_related(e, e->cs[li], e->ce[li]))
            continue;
        int to = main >= 0 ? main : -1;
        /* (a fact in the related cell itself is its law's: "| Pub. L.
         * 101-336 (S. 933) |" under "Amends") */
        int dk = e->date_of[li];
        if (dk >= 0 && !in_related(e, e->date[dk].so, e->date[dk].eo)) {
            e->date[dk].law = (int8_t)(to >= 0 && e->date_of[to] < 0 ? to : -1);
            if (to >= 0 && e->date_of[to] < 0)
                e->date_of[to] = (int8_t)dk;
            e->date_of[li] = -1;
        }
        int nk = e->name_of[li];
        if (nk >= 0 && !in_related(e, e->name[nk].so, e->name[nk].eo)) {
            e->name[nk].law = -1;
            e->name_of[li] = -1;
        }
        for (int j = 0; j < e->n; j++)
            if (e->law_of[j] == li && (e->kind[j] & SC_EK_IN) && !in_related(e, e->cs[j], e->ce[j]))
                e->law_of[j] = (int8_t)(to >= 0 ? to : -1);
        int8_t *own[2] = { &e->bill_of[0], &e->stat_of[0] };
        for (int q = 0; q < 2; q++) {
            int j = own[q][li];
            if (j < 0 || j >= e->n || in_related(e, e->cs[j], e->ce[j]))
                continue;
            if (to >= 0 && own[q][to] < 0)
                own[q][to] = (int8_t)j;
            own[q][li] = -1;
        }
    }
}

void sc_entry_read_ties(sc_entry *e)
{
    int laws = e->nlaw > 0, bills = (e->types & 1u << SC_BILL) != 0, chapters = e->chapters;
    /* each tie step only where there is something to tie */
    if (laws)
        sc_entry_link_bills(e);
    if (e->stat_in)
        sc_entry_tie_pages(e);
    if (bills)
        sc_entry_tie_bills(e);
    if (e->ndate)
        sc_entry_tie_dates(e);
    if (!laws && !chapters && sc_entry_bill_enacted(e) >= 0)
        sc_entry_need_names(e); /* a bill enacted, no law: its Act's name is a fact
                                   * of the law it became (sc_entry_bill_named) */
    if (e->nname)
        sc_entry_tie_names(e);
    if (e->nlaw > 1 && (e->ndate || bills || e->nname))
        sc_entry_tie_in_order(e); /* "A and B were signed on X and Y, respectively" */
    if (e->nname && e->ndate && laws)
        sc_entry_tie_name_dates(e); /* "The X Act (5/18/1956; 84th Congress) ... PL 84-511" */
    if (e->nname && e->stat_in && laws)
        sc_entry_tie_name_pages(e);
    if (bills && laws && e->nlaw == 1)
        sc_entry_tie_named_bill(e);
    if (laws)
        by_name_facts(e);
    if (e->nrel && e->nlaw > 1)
        row_related_laws(e);
    if (e->nlaw == 1 && bills && e->ndate)
        sc_entry_cut_other_story(e); /* "... in 2000.  President Trump signed H.R. 3151
                                      * on July 1, 2019.": another law's story */
#ifdef SC_DEBUG_ENTRY
    /* a developer's build (-DSC_DEBUG_ENTRY): each entry's facts on stderr */
    const uint8_t *b = e->w->buf;
    int n = e->n;
    fprintf(stderr, "entry [%zu,%zu) %d citations row=%d record=%d\n", e->so, e->eo, n, e->row,
            e->record);
    fputs("  text: ", stderr);
    for (size_t q = e->so; q < e->eo; q++)
        fputc(b[q] == '\n' ? '|' : b[q], stderr);
    fputc('\n', stderr);
    for (int i = 0; i < n; i++)
        fprintf(stderr, "  cite %d: %.*s law_of=%d date_of=%d name_of=%d stat_of=%d\n", i,
                (int)(e->ce[i] - e->cs[i]), (const char *)b + e->cs[i], e->law_of[i],
                e->date_of[i], e->name_of[i], e->stat_of[i]);
    for (int k = 0; k < e->ndate; k++)
        fprintf(stderr, "  date %d: %.*s ymd=%d role=%d law=%d\n", k,
                (int)(e->date[k].eo - e->date[k].so), (const char *)b + e->date[k].so,
                e->date[k].ymd, e->date[k].role, e->date[k].law);
    for (int k = 0; k < e->nname; k++)
        fprintf(stderr, "  name %d: [%.*s] alt=[%.*s] year=%d tight=%d law=%d\n", k,
                (int)(e->name[k].eo - e->name[k].so), (const char *)b + e->name[k].so,
                (int)(e->name[k].eo - e->name[k].alt_so), (const char *)b + e->name[k].alt_so,
                e->name[k].year, e->name[k].tight, e->name[k].law);
#endif
}

void sc_entry_need_bounds(sc_entry *e)
{
    if (e->bounds_pending) {
        sc_ctx_entry_bounds(e->w, e->first, e->last, SC_ENTRY_REACH, &e->so, &e->eo);
        e->bounds_pending = 0;
        e->items_read = e->nsemi = 0; /* (items read before: of the old bounds) */
    }
}

void sc_entry_need_names(sc_entry *e)
{
    if (e->words_read || e->nname)
        return;
    sc_entry_need_bounds(e);
    if (e->eo > e->so)
        sc_entry_gather_names(e);
}

void sc_entry_need_row(sc_entry *e)
{
    sc_entry_need_bounds(e);
    if (!e->row_read) {
        e->row = sc_entry_row(e);
        e->row_read = 1;
    }
}

void sc_entry_need_dates(sc_entry *e)
{
    if (!e->dates_read) {
        sc_entry_need_row(e);
        sc_entry_gather_dates(e);
        sc_entry_row_dates(e);
    } else {
        sc_entry_need_bounds(e);
    }
}

