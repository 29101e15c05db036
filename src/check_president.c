/*
 * check_president.c -- the President an entry says signed its law
 * (law-president): "signed by President Clinton ... Public Law 101-336",
 * "President Obama signed H.R. 3590 ... P.L. 111-148".  The law's date of
 * enactment (the tables) must fall in a term of a President of that name
 * (data/presidents.csv); only an entry of one law (or of a bill said to
 * have become law, or a string citation's item of one law), and only a
 * name next to a word of signing or approving, the President over whose
 * veto it was enacted, or a record's "Signed by:" field, is compared.  An
 * old Act's (volumes 1-64) by its chapter, or by the one law that begins on
 * a page cited alone, its date from the tables of those Congresses' laws.
 */
#include <string.h>

#include "check.h"
#include "html.h"
#include "check_historic.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "scan.h"
#include "table.h"

/* Is there a word of signing ("signed", "signs", "signing", "signature",
 * "approved") in b[s..t)? */
static int signing_near(const uint8_t *b, size_t s, size_t t)
{
    static const char *const w[] = { "signed", "signs", "signing", "signature", "approved", NULL };
    return sc_word_among(b, s, t, w);
}

/* Does "signed", "signs" or "approved" stand in b[lo..hi) (a signer named
 * without the title may be there: sc_president_bare())? */
static int signing_text(const uint8_t *b, size_t lo, size_t hi)
{
    return sc_find_text(b + lo, hi - lo, "signed", 6) || sc_find_text(b + lo, hi - lo, "signs", 5) ||
           sc_find_text(b + lo, hi - lo, "approved", 8);
}

/* The President's last name in the words after "President " at b[i]
 * (sc_president_words()): the last word a President bore as his last
 * name, its bytes in *so, *eo; 0 when none of them is one. */
static int president_name(const uint8_t *b, size_t i, size_t lim, size_t *so, size_t *eo)
{
    size_t ws[SC_NAME_WORDS], we[SC_NAME_WORDS];
    int n, found = 0;
    sc_president_words(b, i, lim, ws, we, &n);
    for (int k = 0; k < n; k++) {
        /* (on date 0 no one was in office: -1 only for a name no President bore) */
        if (we[k] - ws[k] >= 3 &&
            sc_ref_president_served((const char *)b + ws[k], we[k] - ws[k], 0) >= 0) {
            *so = ws[k];
            *eo = we[k];
            found = 1;
        } else if (k > 0 && we[k] - ws[k - 1] <= 24 &&
                   sc_ref_president_served((const char *)b + ws[k - 1], we[k] - ws[k - 1], 0) >= 0) {
            *so = ws[k - 1]; /* a last name of two words: "Van Buren" */
            *eo = we[k];
            found = 1;
        }
    }
    return found;
}

/* Is "President" at b[at] the end of "under ", "during the administration
 * of ", "administration of ", "term of " or "presidency of ", with the
 * law's enactment told in its sentence or the entry's next ("became law",
 * "was enacted", "enacted", "was approved on")? */
static int under_president(const sc_entry *e, size_t at)
{
    static const char *const heads[] = { "under ", "Under ", "administration of ", "presidency of ",
                                         "term of ", "tenure of ", NULL };
    static const char *const enacted[] = { "enacted", "law", "approved", "signed", NULL };
    const uint8_t *b = e->w->buf;
    if (!sc_phrase_before(b, e->so, at, heads))
        return 0;
    size_t s0 = at > e->so + 160 ? at - 160 : e->so, s1 = at + 200 < e->eo ? at + 200 : e->eo;
    if (sc_word_among(b, s0, s1, enacted))
        return 1;
    /* or the phrase opens the sentence, and the sentence only says where
     * the law is printed and what it is called: "Under President Ronald
     * Reagan, the X Act of 1991 appears at 105 Stat. 247 and is P.L.
     * 102-45", "During the term of President Kennedy, Pub. L. 83-199 ...
     * is published at 67 Stat. 388" -- then its enactment is the one event
     * it tells (not "Under President Obama, Pub. L. 89-110 was enforced") */
    static const char *const openers[] = { "Under President ", "During the term of President ",
                                            "During the presidency of President ",
                                            "During the administration of President ",
                                            "In the administration of President ", NULL };
    size_t n = 0;
    for (const char *const *o = openers; *o && !n; o++) {
        size_t k = strlen(*o);
        if (at + 10 >= k && at + 10 - k >= e->so && memcmp(b + at + 10 - k, *o, k) == 0)
            n = k;
    }
    if (!n)
        return 0;
    size_t q = at + 10 - n;
    if (!sc_entry_sentence_opens(e, q))
        return 0;
    static const char *const told[] = { "appears", "published", "printed", "reported", "found",
                                        "designated", "began", "became",
                                        /* its bill and its citation: "During the term of
                                         * President X, Pub. L. N (date) originated as HR
                                         * 923. Its Statutes at Large citation is ..." */
                                        "originated", "started", "citation",
                                        /* what it is called: "Under President X, Pub.L.
                                         * 94-230, ..., bears the short title the ..." */
                                        "bears", "known", "cited", "called", "titled", NULL };
    static const char *const acted[] = { "amended", "repealed", "implemented", "enforced",
                                         "extended", "expanded", "reauthorized", "revised",
                                         "modified", "suspended", "waived", "invoked", "applied",
                                         "administered", "used", "interpreted", "vetoed", NULL };
    return sc_word_among(b, at, e->eo, told) && !sc_word_among(b, at, e->eo, acted);
}

/* Is "President X" at b[at], his last name ending at b[ne], said in office
 * while the law was enacted: "With President Truman in office, the X Act
 * was enacted on June 28, 1940"? */
static int in_office(const sc_entry *e, size_t at, size_t ne)
{
    static const char *const with[] = { "With ", "with ", NULL };
    static const char *const enacted[] = { "enacted", "law", "approved", "signed", NULL };
    const uint8_t *b = e->w->buf;
    if (ne + 10 > e->eo || memcmp(b + ne, " in office", 10) != 0 ||
        !sc_phrase_before(b, e->so, at, with))
        return 0;
    size_t s1 = ne + 200 < e->eo ? ne + 200 : e->eo;
    return sc_word_among(b, ne, s1, enacted);
}

/* Was the law enacted over the veto of the President at b[at] (his last
 * name ending at @p ne): "over President Bush's veto", "overriding
 * President Reagan's veto", "over the veto of President Nixon"?  He was
 * in office that day as a signer would have been (an override comes in
 * the Congress of the veto, which ends before his term can). */
static int overridden(const sc_entry *e, size_t at, size_t ne)
{
    static const char *const before[] = { "over ", "overriding ", "override of ", NULL };
    static const char *const of[] = { "over the veto of ", "overriding the veto of ", NULL };
    static const char *const veto[] = { "'s veto", "\xe2\x80\x99s veto", NULL };
    const uint8_t *b = e->w->buf;
    if (sc_phrase_before(b, e->so, at, of))
        return 1;
    return sc_phrase_before(b, e->so, at, before) && sc_phrase_at(b, ne, e->eo, veto) > 0;
}

/* The law an entry of no law says its one bill became, signed
 * ("President Clinton signed S. 700 into law on May 24, 2001"): by the
 * bill's Congress, or the Act the entry names; NULL when unknown. */
static const sc_ref_law *bill_became(sc_entry *e, int bi)
{
    const sc_citation *b = &e->c[bi];
    if (b->congress >= 82)
        return sc_ref_law_from_bill(b->congress, b->bill, b->number);
    /* no Congress written: the law the bill of the day's Congress (or the
     * one before, signed after its term) became that very day -- "H.R.
     * 4508 was signed into law by President Biden on January 13, 2021" */
    for (int k = 0; k < e->ndate && !b->congress && !e->stat_in; k++) { /* (a page: its own
                                                                            * law's, below) */
        const sc_date_fact *f = &e->date[k];
        if (f->bill != bi || f->role != SC_DATE_ROLE_ENACTED || f->ymd % 100 == 0)
            continue;
        int c = sc_ref_congress_at(f->ymd);
        for (int dc = 0; dc >= -1 && c > 0; dc--) {
            const sc_ref_law *l = sc_ref_law_from_bill(c + dc, b->bill, b->number);
            if (l && l->enacted == f->ymd)
                return l;
        }
    }
    const sc_ref_law *named = NULL, *became = NULL;
    int nk;
    return sc_entry_bill_named(e, &named, &became, &nk) == bi ? became : NULL;
}

/* Is "President X" at b[at], his last name ending at b[ne], a field of a
 * record alone ("...; President Gerald Ford; Enacted: ...", a line of its
 * own): a separator or the record's start before it, one after it?  A
 * record's President is its law's signer. */
static int field_alone(const sc_entry *e, size_t at, size_t ne)
{
    const uint8_t *b = e->w->buf;
    size_t p = at, q = ne;
    while (p > e->so && b[p - 1] == ' ')
        p--;
    while (q < e->eo && (b[q] == ' ' || b[q] == '.'))
        q++;
    /* (separators: ';' '|' '\n', and the last bytes of '·' U+00B7, '•' U+2022,
     * the dashes U+2013, U+2014) */
    static const uint8_t sep[256] = { [';'] = 1, ['|'] = 1, ['\n'] = 1, [0xb7] = 1, [0xa2] = 1,
                                      [0x93] = 1, [0x94] = 1 };
    int before = p == e->so || sep[b[p - 1]];
    if (!before && b[p - 1] != '\n') {
        /* or a note's or a list's marker that opens the line: "[120]
         * President X | ...", "^38 President X; ...", "12. ...", "n.16 ...",
         * "(c) ...", "- President X" (sc_ctx_marker_end()) */
        size_t ls = p;
        while (ls > e->so && b[ls - 1] != '\n' && p - ls < 80)
            ls--;
        if (ls == e->so || b[ls - 1] == '\n') {
            while (ls < p && (b[ls] == ' ' || b[ls] == '\t'))
                ls++;
            size_t m = sc_ctx_marker_end(b, ls, p + 1);
            while (m > ls && m < p && b[m] == ' ')
                m++;
            before = m == p;
        }
    }
    int after = q == e->eo || sep[b[q]] || (q + 1 < e->eo && b[q] == 0xc2 && b[q + 1] == 0xb7) ||
                (q + 2 < e->eo && b[q] == 0xe2 && b[q + 1] == 0x80 && sep[b[q + 2]]);
    return before && after;
}

/* Is the entry one line that cites one law ("Pub.L. 108-389 — President
 * Barack Obama | Date: October 30, 2004")?  A field alone in it is the
 * law's, as in a record. */
static int one_law_line(const sc_entry *e)
{
    return e->nlaw == 1 && e->eo > e->so && !memchr(e->w->buf + e->so, '\n', e->eo - e->so);
}

/* Is "President X" at b[at], his last name ending at b[ne], a cell of a
 * spreadsheet's line alone ("PL 99-578,10/28/1986,President George Bush":
 * a ',' right before it and after it, or the line's end) or an item of a
 * bracket alone ("PL 99-578 (10/28/1986, President George Bush)")?  Then
 * the row's or the bracket's law is his to sign. */
static int cell_alone(const sc_entry *e, size_t at, size_t ne)
{
    const uint8_t *b = e->w->buf;
    if (at <= e->so)
        return 0;
    if (b[at - 1] == ',')
        return ne >= e->eo || b[ne] == ',' || b[ne] == '\n' || b[ne] == '\r';
    size_t p = at;
    while (p > e->so && b[p - 1] == ' ')
        p--;
    if (p == at || p <= e->so || !(b[p - 1] == ',' || b[p - 1] == ';' || b[p - 1] == '('))
        return 0;
    if (ne >= e->eo || b[ne] != ')')
        return 0;
    for (size_t k = p - 1; k > e->so && at - k < 80; k--) /* the bracket's opening */
        if (b[k] == '(')
            return 1;
        else if (b[k] == ')')
            return 0;
    return b[e->so] == '(';
}

/* The signer's field label at b[at] -- "Signed by", "President", "Approved
 * by", "Signed into law by", in any case, '_' for the blank (a YAML key's
 * "signed_by") -- then ':', a tab or a web page's cell bar ("Signed by
 * |Ronald Reagan", a definition list's term), and blanks: its length
 * through them, else 0. */
static size_t signer_label(const uint8_t *b, size_t at, size_t lim)
{
    static const char *const labels[] = { "signed by", "president", "approved by",
                                          "signed into law by", NULL };
    for (const char *const *l = labels; *l; l++) {
        size_t n = strlen(*l), k;
        if (at + n + 1 >= lim)
            continue; /* (a lower-case "president:" is asked for its whole
                       * name after: signer_at()) */
        for (k = 0; k < n && (sc_tolower(b[at + k]) == (uint8_t)(*l)[k] ||
                              ((*l)[k] == ' ' && b[at + k] == '_'));
             k++)
            ;
        if (k < n)
            continue;
        size_t q = at + n;
        while (q < lim && b[q] == ' ')
            q++;
        if (q >= lim || (b[q] != ':' && b[q] != '\t' && b[q] != '|'))
            continue;
        for (q++; q < lim && (b[q] == ' ' || b[q] == '\t');)
            q++;
        return q - at;
    }
    return 0;
}

/* The end of the given names before a last name at b[so] that begin at
 * b[gs]: the blanks before it left out. */
static size_t given_end(const uint8_t *b, size_t gs, size_t so)
{
    while (so > gs && (b[so - 1] == ' ' || b[so - 1] == '\t'))
        so--;
    return so;
}

/* The President's name the text at b[p..lim) says signed the law, when
 * the words at @p at introduce it: "President " with a word of signing
 * near or "under", "administration of" before it ("Pres. " as well); in
 * a record, the fields "Signed by: " and "President: " (the name right
 * after them); when @p bare, a name without a title whose signing is
 * said right beside it (sc_president_bare()).
 * 1 and the name's last word in *so, *eo, else 0. */
static int signer_at(const sc_entry *e, size_t at, int bare, size_t *p, size_t *so, size_t *eo)
{
    const uint8_t *b = e->w->buf;
    size_t n, ce = e->cell_eo[SC_COL_PRESIDENT];
    for (int k = 0; k < e->nname; k++)
        if (e->name[k].so <= at && at < e->name[k].eo)
            return 0; /* a word of an Act's name: "President John F. Kennedy
                       * Assassination Records Collection Act of 1992" -- also a
                       * table's cell that holds it, whatever its column */
    if (e->row && at == e->cell_so[SC_COL_PRESIDENT] && ce > at) {
        /* a table's row: its cell under "President", "Signed by" */
        *p = at + (ce - at > 10 && memcmp(b + at, "President ", 10) == 0 ? 10 : 0);
        return president_name(b, *p, ce, so, eo);
    }
    /* (a labelled field of a record, or of an entry of its bill alone,
     * after a separator: "... | Enacted bill: H. R. 900 | President: ...") */
    size_t fq = at;
    while (fq > e->so && b[fq - 1] == ' ')
        fq--;
    int field = e->record || (e->nlaw == 0 && (fq == e->so || b[fq - 1] == '|' ||
                                               b[fq - 1] == ';' || b[fq - 1] == '\n'));
    if ((field || sc_field_opens(b, e->so, at, 0)) && (n = signer_label(b, at, e->eo)) > 0) {
        *p = at + n;
        if (!president_name(b, at + n, e->eo, so, eo))
            return 0;
        /* a lower-case "president:" labels a President only by his whole
         * name ("president: George H. W. Bush" in a YAML record of a law),
         * not "president: Derrick Johnson", an organization's in a data
         * file's record, whose last name a President bore */
        if (b[at] == 'p' && (*so <= at + n || !e->record ||
                             !sc_entry_law_record(e, sc_entry_first_law(e)) ||
                             !sc_ref_president_named((const char *)b + *so, *eo - *so,
                                                     (const char *)b + at + n,
                                                     given_end(b, at + n, *so) - (at + n))))
            return 0;
        /* the name alone in its field: not "signed by: Carter, David O., U.S.
         * District Judge", "signed_by: Lyndon Johnson, for the Johnson Family
         * Trust" */
        size_t q = *eo;
        while (q < e->eo && (b[q] == ' ' || b[q] == '.' || b[q] == '"'))
            q++;
        if (q < e->eo && b[q] == ',') {
            size_t k = q + 1;
            while (k < e->eo && b[k] == ' ')
                k++;
            size_t ke = k;
            while (ke < e->eo && (sc_isalpha(b[ke]) || b[ke] == '_'))
                ke++;
            while (ke < e->eo && b[ke] == ' ')
                ke++;
            return ke > k && ke < e->eo && b[ke] == ':'; /* (the next field's key) */
        }
        return q >= e->eo || b[q] == '\n' || b[q] == '|' || b[q] == ';' || b[q] == '}' ||
               b[q] == SC_HTML_BREAK || b[q] == ')' ||
               (q + 1 < e->eo && b[q] == 0xc2 && b[q + 1] == 0xb7) || /* "· Citation: ..." */
               (q + 2 < e->eo && b[q] == 0xe2 && b[q + 1] == 0x80 && b[q + 2] == 0x94);
    }
    size_t tl; /* the title's bytes */
    if (at + 10 <= e->eo && memcmp(b + at, "President", 9) == 0 &&
        (b[at + 9] == ' ' || b[at + 9] == '\n'))
        tl = 10; /* ("President\nJames Buchanan": a line's end between) */
    else if (at + 6 < e->eo && memcmp(b + at, "Pres. ", 6) == 0)
        tl = 6; /* "signed by Pres. Reagan" */
    else if (bare && sc_president_bare(e, at, so, eo)) {
        *p = at; /* no title, his signing said beside him: "signed by Bush",
                  * "Clinton signed" */
        return 1;
    } else
        return 0;
    *p = at + tl;
    if (at > e->so && sc_isalpha(b[at - 1]))
        return 0; /* the end of another word */
    if (at >= e->so + 5 && memcmp(b + at - 5, "Vice ", 5) == 0)
        return 0; /* "Vice President": he signs nothing */
    if (!president_name(b, at + tl, e->eo, so, eo))
        return 0;
    /* a word of signing in the clause around: 60 bytes either way; or the
     * law's enactment "under President X", "during the administration of
     * President X" ("it became law on March 7, 1964 (Public Law 88-277),
     * under President John F. Kennedy") */
    size_t s0 = at > e->so + 60 ? at - 60 : e->so, s1 = *eo + 60 < e->eo ? *eo + 60 : e->eo;
    return signing_near(b, s0, s1) || under_president(e, at) || in_office(e, at, *eo) ||
           overridden(e, at, *eo) ||
           ((e->record || one_law_line(e)) && field_alone(e, at, *eo)) || cell_alone(e, at, *eo);
}

/* "President " + the President's full name, as the tables give it. */
static void president_full(const sc_ref_president *p, char *out, size_t cap)
{
    sc_fmt(out, cap, "%s %s%s%s", sc_ref_pool + (p->known_as ? p->known_as : p->first),
           sc_ref_pool + p->middle, sc_ref_pool[p->middle] ? " " : "", sc_ref_pool + p->last);
}

/* The name of a law for a note, whose text (a finding's suggestion) holds
 * 191 bytes: @p name whole when it leaves @p room bytes for the rest, else
 * the law in the brackets at its end ("the International Megan's Law to
 * Prevent ... Offenders (Public Law 114-119)": "Public Law 114-119"), else
 * "The law". */
static const char *note_name(const char *name, size_t room, char *out, size_t cap)
{
    size_t n = strlen(name);
    if (n + room < sizeof ((sc_diag *)0)->suggestion)
        return name;
    const char *br = n > 0 && name[n - 1] == ')' ? strstr(name, " (Public Law ") : NULL;
    while (br && strstr(br + 1, " (Public Law "))
        br = strstr(br + 1, " (Public Law ");
    if (br && (size_t)(name + n - 1 - (br + 2)) < cap) {
        sc_fmt(out, cap, "%.*s", (int)(name + n - 1 - (br + 2)), br + 2);
        return out;
    }
    return "The law";
}

/* The signer written (@p who, @p wn bytes) names @p other, a President of
 * the last name of the one in office when @p c was enacted: law-president. */
static void other_signer(sc_doc_state *d, sc_citation *c, const char *name, int32_t enacted,
                         const sc_ref_president *other, const char *who, size_t wn)
{
    const sc_ref_president *then = sc_ref_president_at(enacted);
    char when[40], was[96], sugg[200], term[40];
    if (!then)
        return;
    sc_fmt_date(enacted, when, sizeof when);
    president_full(then, was, sizeof was);
    sc_fmt(term, sizeof term, "%d-%d", other->start / 10000, other->end / 10000);
    char nn[40];
    sc_fmt(sugg, sizeof sugg, "%s was enacted while %s was President",
           note_name(name, 32 + strlen(was), nn, sizeof nn), was);
    sc_emit(d, c, SC_WARNING, SC_D_LAW_PRESIDENT, sugg,
            "%s was enacted %s, when %s was President, not %.*s (President %s)", name, when, was,
            (int)wn, who, term);
}

/* Citation @p c, called @p name in the message, enacted on @p enacted:
 * the first President named as its signer in b[lo..hi) must have been in
 * office that day. */
void sc_check_signer(sc_doc_state *d, sc_entry *e, sc_citation *c, const char *name,
                     int32_t enacted, size_t lo, size_t hi)
{
    sc_check_signer_also(d, e, c, name, enacted, NULL, 0, lo, hi);
}

void sc_check_signer_also(sc_doc_state *d, sc_entry *e, sc_citation *c, const char *name,
                          int32_t enacted, const int32_t *also, int nalso, size_t lo, size_t hi)
{
    const uint8_t *b = e->w->buf;
    /* the first signer named that was not in office, reported only when no
     * other signer named in reach was: "The X Act, signed by President
     * Clinton, served as the model for the Y Act, Pub. L. 115-371, which
     * President Trump signed" names the right one too, the other another
     * Act's */
    size_t bad_so = 0, bad_eo = 0;
    int bare = -1; /* "signed", "signs" or "approved" in reach: a name without
                    * a title can be a signer's (asked at the first one) */
    for (size_t at = lo; at < hi; at++) {
        int cell = e->row && at == e->cell_so[SC_COL_PRESIDENT];
        if (!cell) {
            int lower = (b[at] == 's' || b[at] == 'p' || b[at] == 'a') &&
                        sc_field_opens(b, e->so, at, 0) &&
                        signer_label(b, at, hi); /* (a YAML record's "signed_by: ...") */
            if (!sc_isupper(b[at]) && !lower)
                continue;
            /* (room for "President ", but for a row's cell of a short name at
             * its end: "| Joe Biden") */
            int title = (b[at] == 'P' || b[at] == 'S' || b[at] == 'A' || lower) && at + 10 < hi;
            if (!title) {
                if (at > e->so && sc_isalpha(b[at - 1]))
                    continue;
                if (bare < 0)
                    bare = signing_text(b, lo, hi);
                if (!bare)
                    continue;
            }
        }
        size_t p, so = 0, eo = 0;
        if (!signer_at(e, at, bare != 0, &p, &so, &eo))
            continue;
        if (!enacted)
            return;
        if (bad_eo) { /* (a later signer named: only whether it was in office) */
            if (sc_ref_president_served((const char *)b + so, eo - so, enacted) != 0)
                return;
            at = eo;
            continue;
        }
        for (int k = 0; k < nalso; k++)
            if (also[k] == SC_ALSO_ANY_LATER
                    ? sc_ref_president_served_since((const char *)b + so, eo - so, enacted) != 0
                    : also[k] && sc_ref_president_served((const char *)b + so, eo - so, also[k]) != 0)
                return; /* (in office on the day of a law that gave the name; or,
                         * the law not on record, on a day after the law's) */
        if (sc_ref_president_served((const char *)b + so, eo - so, enacted) != 0) {
            /* a President of that last name was in office: the one the given
             * names name? ("George W. Bush" for George H. W. Bush) */
            size_t gs = p, ge = so;
            while (ge > gs && b[ge - 1] == ' ')
                ge--;
            const sc_ref_president *other =
                ge > gs ? sc_ref_president_other((const char *)b + so, eo - so, (const char *)b + gs,
                                                 ge - gs, enacted)
                        : NULL;
            if (other)
                other_signer(d, c, name, enacted, other, (const char *)b + gs, eo - gs);
            return;
        }
        bad_so = so;
        bad_eo = eo;
        at = eo;
    }
    if (!bad_eo)
        return;
    const sc_ref_president *then = sc_ref_president_at(enacted);
    char when[40], who[96] = "";
    sc_fmt_date(enacted, when, sizeof when);
    if (then)
        president_full(then, who, sizeof who);
    char sugg[200], nn[40];
    sc_fmt(sugg, sizeof sugg, "%s was enacted while %s was President",
           note_name(name, 32 + strlen(who[0] ? who : "another"), nn, sizeof nn),
           who[0] ? who : "another");
    sc_emit(d, c, SC_WARNING, SC_D_LAW_PRESIDENT, sugg,
            "%s was enacted %s, when no President %.*s was in office", name, when,
            (int)(bad_eo - bad_so), (const char *)b + bad_so);
}

/* Law (or bill) @p l, enacted as @p row says: sc_check_signer(). */
static void check_signer(sc_doc_state *d, sc_entry *e, int l, const sc_ref_law *row, size_t lo,
                         size_t hi)
{
    sc_citation *c = &e->c[l];
    if (!row && c->type == SC_PUBLIC_LAW && c->congress >= 57 && c->congress <= 81) {
        /* a Public Law of the 57th-81st Congress: its date in the tables of
         * those Congresses' laws, when one law bears the number and they
         * are sure of its date ("ch. 649, 54 Stat. 782, Pub. L. No.
         * 76-759, signed by President Truman") */
        int32_t date = sc_hist_public_law_date(c->congress, c->number);
        char name[64];
        if (date) {
            sc_law_name(c, name, sizeof name);
            sc_check_signer(d, e, c, name, date, lo, hi);
        }
        return;
    }
    if (!row || !row->enacted)
        return;
    char name[64];
    if (c->type == SC_BILL) {
        char bn[32];
        sc_bill_name(c->bill, c->number, bn, sizeof bn);
        sc_fmt(name, sizeof name, "%s (Public Law %d-%d)", bn, row->congress, row->number);
    } else
        sc_law_name(c, name, sizeof name);
    sc_check_signer(d, e, c, name, row->enacted, lo, hi);
}

/* An Act of the 1st-81st Congresses cited by its chapter and page, no law
 * number ("the General Homestead Act of May 20, 1862 (ch. 75, 12 Stat.
 * 392) ... President James Buchanan signed it"): its date from the tables
 * of those Congresses' laws, when they are sure of it.  1 when the entry
 * is such an Act's. */
static int check_old_act(sc_doc_state *d, sc_entry *e)
{
    int only = -1, page = -1;
    for (int i = 0; i < e->n; i++) {
        if (e->c[i].type != SC_STAT || !(e->kind[i] & SC_EK_IN) ||
            (e->c[i].wording & SC_W_LIST_ITEM))
            continue;
        if (e->c[i].chapter > 0) {
            if (only >= 0)
                return 0; /* two Acts: whose signer? */
            only = i;
        } else {
            page = page == -1 ? i : -2;
        }
    }
    int v = 0, p = 0;
    const sc_hist_law *l = NULL;
    if (only >= 0) {
        l = sc_hist_cited_chapter(&e->c[only]);
    } else if (page >= 0 && sc_entry_vol_page(e, page, &v, &p) && v <= 64) {
        /* a page of volumes 1-64 alone, no chapter: the one law that begins
         * there ("Chapter 725 of the Seventy-ninth Congress became law on
         * August 1, 1946, in the administration of President Dwight
         * Eisenhower (60 Stat. 775)") */
        l = sc_hist_page_law(v, p, 0); /* (two: whose signer?) */
        only = l ? page : -1;
    }
    if (!l || !sc_hist_date_sure(l))
        return 0;
    sc_citation *c = &e->c[only];
    if (c->ndiag > 0 || (c->date && c->date != l->date))
        return 1; /* its date or chapter said wrong already (check_historic.c) */
    char name[96], when[40];
    sc_entry_vol_page(e, only, &v, &p);
    sc_fmt_date(l->date, when, sizeof when);
    if (l->kind <= SC_HIST_PRIVATE)
        sc_fmt(name, sizeof name, "The Act of %s (ch. %d, %d Stat. %d)", when, l->number, v, p);
    else
        sc_fmt(name, sizeof name, "The resolution of %s (%d Stat. %d)", when, v, p);
    sc_check_signer(d, e, c, name, l->date, e->so, e->eo);
    return 1;
}

/* Does the entry cite anything outside b[lo..hi) (law @p l's item of a
 * string citation), but l's own bill?  Items of no citation ("Signed: ...; PL 92-575;
 * Signed by President ...", a record's fields) are the law's. */
static int cites_outside(const sc_entry *e, int l, size_t lo, size_t hi)
{
    for (int i = 0; i < e->n; i++)
        if ((e->kind[i] & SC_EK_IN) && (e->cs[i] < lo || e->ce[i] > hi) &&
            !(e->c[i].type == SC_BILL && e->law_of[i] == l))
            return 1; /* (not law @p l's own bill: "President Biden signed S. 2248
                       * on December 31, 2018; it became Pub. L. 115-407") */
    return 0;
}

/* Does the entry name, outside b[lo..hi), an Act the tables give to
 * laws other than @p row ("See the X Act of 2018, Part II (enacted ...,
 * signed by President Donald Trump); 110 Stat. 3793, Public Law No.
 * 104-304": that item is the other Act's)?  Or one they do not know at all,
 * but in a record's or a row's fields: an item of its own is another Act's
 * ("The Judiciary Appropriation Act, 1953 (approved by President Harry
 * Truman); 124 Stat. 1368 (Pub. L. 111-200)"). */
int sc_other_act_outside(sc_entry *e, size_t lo, size_t hi, const sc_ref_law *row)
{
    for (int k = 0; k < e->nname; k++) {
        if (e->name[k].so >= lo && e->name[k].eo <= hi)
            continue;
        const sc_ref_law *const *rows;
        int nr = sc_entry_name_laws(e, k, &rows), mine = 0;
        for (int i = 0; i < nr && !mine; i++)
            mine = rows[i] == row;
        if ((nr > 0 && !mine) || (nr == 0 && !e->record && !e->row))
            return 1;
    }
    return 0;
}

/* In a string citation that cites laws, a bill alone in its item, said
 * signed or enacted there ("See the X Act of 2000, S.2796, 106th
 * Congress, Dec. 11, 2000 (signed by President George Bush); Y Act, Pub.
 * L. 99-185"): the item's signer against the day the bill's law was
 * enacted (sc_entry_item_bill_law), as for a law of its own item. */
static int check_item_bills(sc_doc_state *d, sc_entry *e)
{
    int checked = 0;
    static const char *const said[] = { "signed", "approved", "enacted", "became law", NULL };
    const uint8_t *b = e->w->buf;
    for (uint64_t m = e->bill_in; m; m &= m - 1) {
        int bi = __builtin_ctzll(m);
        size_t lo, hi;
        if (!sc_entry_bill_item(e, bi, &lo, &hi) || !sc_find_text(b + lo, hi - lo, "President ", 10))
            continue;
        /* (not with a page in the item: its law's signer is checked with the
         * page's facts, check_page_facts.c) */
        const sc_ref_law *row = sc_text_has_any(b, lo, hi, said) && !sc_entry_page_in(e, lo, hi)
                                    ? sc_entry_item_bill_law(e, bi, lo, hi, NULL, NULL)
                                    : NULL;
        if (row) {
            check_signer(d, e, bi, row, lo, hi);
            checked++;
        }
    }
    return checked;
}

/* In a sentence of several laws, no item of its own for each, the clause
 * of law @p l that names its signer -- "President X signed" right before
 * it, or ", signed by President X" or " was signed by President X" right
 * after it ("President Clinton signed Pub. L. 106-570, and President Obama
 * signed Pub. L. 117-150"), or its verb left out after "and" ("Pub. L.
 * 106-138 was signed by President Clinton, and Pub. L. 102-191 by
 * President Reagan") -- into [*lo, *hi): 1, else 0. */
static int signer_clause(const sc_entry *e, int l, size_t *lo, size_t *hi)
{
    static const char *const verbs[] = { "signed", "approved", NULL };
    static const char *const after[] = { "signed by President ", "approved by President ",
                                         "signed into law by President ",
                                         "was signed by President ", "was approved by President ",
                                         "was signed into law by President ", NULL };
    const uint8_t *b = e->w->buf;
    size_t we, ws = word_start_before(e, e->cs[l], &we);
    if (we > ws && sc_word_in(b, ws, we, verbs)) {
        size_t from = ws > e->so + 48 ? ws - 48 : e->so;
        const uint8_t *p = NULL;
        for (const uint8_t *q = b + from; (q = sc_find_text(q, (size_t)(b + ws - q), "President ", 10));
             q += 10)
            p = q;
        /* the verb right after the President's name ("President Clinton
         * signed"), no other law between -- not "After President Clinton
         * left office, Bush signed ..." */
        size_t ne = p ? sc_president_words(b, (size_t)(p - b) + 10, ws, NULL, NULL, NULL) : 0;
        if (p && blanks(b, ne, ws) == ws) {
            int between = sc_entry_law_before(e, ws);
            if (between < 0 || e->ce[between] <= (size_t)(p - b)) {
                *lo = (size_t)(p - b);
                *hi = e->ce[l];
                return 1;
            }
        }
    }
    /* "X, Pub. L. A, 106 Stat. 5039, as amended by Pub. L. B, was signed by
     * President P": the clause closes the appositive, and P signed A, the
     * sentence's subject -- not B, the object of "amended by" */
    static const char *const amended[] = { "amended by ", NULL };
    int am = sc_phrase_before(b, e->so, e->cs[l], amended) != 0;
    size_t q = e->ce[l];
    int jumped = 0; /* q moved past the amender's citation */
    if (!am) {
        int j = l + 1;
        while (j < e->n && !(e->c[j].type == SC_PUBLIC_LAW && (e->kind[j] & SC_EK_IN)))
            j++;
        size_t ap;
        static const char *const by[] = { "added by ", "amended by ", "enacted by ", NULL };
        if (j < e->n && (ap = sc_phrase_before(b, e->so, e->cs[j], amended)) != 0 &&
            sc_entry_law_before(e, e->cs[j] - ap) == l && e->ce[j] < e->eo && b[e->ce[j]] == ',' &&
            !sc_phrase_before(b, e->so, e->cs[l], by)) /* (not "42 U.S.C. 12102, as added by
                                                       * Pub. L. A, as amended by Pub. L. B,
                                                       * was signed ...": the section's) */
            q = e->ce[j], jumped = 1; /* (the subject's clause: after its amender's) */
    }
    if (!jumped && q < e->eo && b[q] == ')' && e->cs[l] > e->so && b[e->cs[l] - 1] == '(')
        ++q; /* the law alone in its bracket after its name: "The Oceans Act
              * of 2000 (Pub. L. 106-256) was signed by President ..." */
    if (q < e->eo && b[q] == ',')
        q = blanks(b, q + 1, e->eo);
    else if (q + 1 < e->eo && b[q] == ' ')
        q++;
    size_t n = sc_phrase_at(b, q, e->eo, after);
    /* (only a finite verb closes the appositive: "..., as amended by Pub. L.
     * 110-325, signed by President George W. Bush on ...", a participle, is
     * the amender's) */
    int finite = n && q + 4 < e->eo && memcmp(b + q, "was ", 4) == 0;
    if (jumped && !finite)
        return 0; /* (the subject's clause after its amender's: none) */
    if (n && am && b[e->ce[l]] == ',' && finite)
        return 0; /* (the amender's: its subject's, above) */
    if (!n && q == e->ce[l] + 1 && b[e->ce[l]] == ' ') {
        /* the verb left out after "and": "Pub. L. 106-138 was signed by
         * President Clinton, and Pub. L. 102-191 by President Reagan" */
        static const char *const by[] = { "by President ", NULL };
        static const char *const and_[] = { ", and ", " and ", NULL };
        size_t a = sc_phrase_before(b, e->so, e->cs[l], and_);
        if (a && (n = sc_phrase_at(b, q, e->eo, by)) != 0) {
            size_t from = e->cs[l] - a > e->so + 200 ? e->cs[l] - a - 200 : e->so;
            if (!sc_find_text(b + from, e->cs[l] - a - from, "signed by President ", 20) &&
                !sc_find_text(b + from, e->cs[l] - a - from, "approved by President ", 22))
                n = 0;
        }
    }
    if (n) {
        *lo = e->cs[l];
        *hi = sc_president_words(b, q + n, e->eo, NULL, NULL, NULL);
        return *hi > q + n;
    }
    return 0;
}

/* Is "President" at b[at] in a relative clause of an Act's name that is
 * not law @p l's ("The X Act of 2000, which President Bill Clinton signed,
 * was later followed by Pub. L. 117-351")?  Its signer is that Act's. */
static int another_names_signer(sc_entry *e, int l, size_t at)
{
    static const char *const rel[] = { ", which ", ", that ", NULL };
    const uint8_t *b = e->w->buf;
    size_t n = 0, q = at;
    for (const char *const *r = rel; *r && !n; r++) {
        size_t rl = strlen(*r);
        if (q >= e->so + rl && memcmp(b + q - rl, *r, rl) == 0)
            n = rl;
    }
    if (!n)
        return 0;
    q -= n;
    sc_entry_need_names(e);
    const sc_ref_law *own = sc_law_row(&e->c[l]);
    for (int k = 0; k < e->nname; k++) {
        if (!(e->name[k].eo == q || e->name[k].tie_eo == q ||
              quote_end(b, e->name[k].eo, q, 1) == q))
            continue;
        if (e->name[k].law >= 0)
            return e->name[k].law != l;
        /* (not tied: another Act's when the tables give the name laws, none
         * of them this one -- "The X Act, which President Trump signed ...,
         * is Pub. L. 117-130" names its own) */
        const sc_ref_law *const *rows;
        int nr = sc_entry_name_laws(e, k, &rows), mine = 0;
        for (int i = 0; i < nr && !mine; i++)
            mine = rows[i] == own;
        return nr > 0 && !mine;
    }
    return 0;
}

/* Where the entry's first signer named without the title "President"
 * begins ("Pres. Reagan", "signed by Bush", "Clinton signed": signer_at()),
 * else SIZE_MAX; asked only when a word of signing is in it. */
static size_t untitled_signer(const sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    if (!signing_text(b, e->so, e->eo))
        return SIZE_MAX;
    for (size_t at = e->so; at < e->eo; at++) {
        size_t p, so, eo;
        if (sc_isupper(b[at]) && (at == e->so || !sc_isalpha(b[at - 1])) &&
            signer_at(e, at, 1, &p, &so, &eo))
            return at;
    }
    return SIZE_MAX;
}

/* (sc_check_president(), check.h, has made its first test) */
void sc_check_president_of(sc_doc_state *d, sc_entry *e)
{
    if (e->nlaw >= 1 && e->bill_in)
        check_item_bills(d, e);
    else if (e->bill_in && e->n > 1 && check_item_bills(d, e))
        return; /* (no law: the bills of a string citation's items, each in its
                 * own -- "the X Act of 1988 (S. 1382, enacted 11/5/1988, approved
                 * by President Bush); the Clean Air Act, 42 U.S.C. § 7401") */
    if (e->nlaw > 1) { /* a string citation: each law alone in its item; else each
                        * law's own signer clause */
        for (int k = 0; k < e->n; k++) {
            size_t lo, hi;
            if (e->c[k].type == SC_PUBLIC_LAW && (e->kind[k] & SC_EK_IN) &&
                (sc_entry_item_of(e, k, &lo, &hi, 1) || signer_clause(e, k, &lo, &hi)))
                check_signer(d, e, k, sc_law_row(&e->c[k]), lo, hi);
        }
        return;
    }
    if (e->nlaw == 0 && (e->stat_in & ~0ull) && e->eo > e->so &&
        (sc_find_text(e->w->buf + e->so, e->eo - e->so, "igned", 5) ||
         sc_find_text(e->w->buf + e->so, e->eo - e->so, "President", 9)) &&
        check_old_act(d, e))
        return;
    if (e->nlaw == 0 && e->stat_in && !(e->types & 1u << SC_BILL))
        return; /* the first page of a law, no law cited: check_page_facts.c */
    int l = -1;
    const sc_ref_law *row = NULL;
    if (e->nlaw == 1) {
        for (int k = 0; k < e->n; k++)
            if (e->c[k].type == SC_PUBLIC_LAW)
                l = k;
        if (l >= 0)
            row = sc_law_row(&e->c[l]);
    } else if ((sc_find_text(e->w->buf + e->so, e->eo - e->so, "President", 9) ||
                sc_entry_has_cell(e, SC_COL_PRESIDENT) || untitled_signer(e) != SIZE_MAX) &&
               (l = sc_entry_bill_enacted(e)) >= 0) {
        /* (or a row's cell under "Signed by": "| X Act of 1974 | Richard Nixon |
         * S.821 | 7 September 1974 |") */
        row = bill_became(e, l); /* its law's */
    }
    if (l < 0 || !(e->kind[l] & SC_EK_IN))
        return;
    if (e->nlaw == 1) {
        /* the law that amended what the President signed: "Pub. L. 110-181
         * amended the X Act of 1993, which President Clinton signed", "The X
         * Act, signed by President Clinton, was amended by Pub. L. 110-181" */
        const uint8_t *b = e->w->buf, *p = sc_find_text(b + e->so, e->eo - e->so, "President ", 10);
        size_t u = p ? SIZE_MAX : untitled_signer(e);
        if (u != SIZE_MAX)
            p = b + u; /* "Pub. L. 110-181 amended the X Act, which Clinton signed" */
        if (p && sc_entry_law_acting(e, l, (size_t)(p - b)))
            return;
        if (p && another_names_signer(e, l, (size_t)(p - b)))
            return;
    }
    /* a clause's reach around the law: 300 bytes either way, in its item
     * of a string citation ("120 Stat. 670, ... (signed by President
     * George Bush, ...); 110 Stat. 3118 (..., enacted as Pub. L. 104-239)") */
    size_t lo = e->cs[l] > e->so + 300 ? e->cs[l] - 300 : e->so,
           hi = e->ce[l] + 300 < e->eo ? e->ce[l] + 300 : e->eo, ilo, ihi;
    if (e->record) /* a record of one law: every field is its ("Public law | 101-336"
                    * ... "Signed into law by President ... on July 26, 1990" in an
                    * encyclopedia's box, its rows apart by a web page's markup) */
        lo = e->so, hi = e->eo;
    if (sc_entry_item_of(e, l, &ilo, &ihi, 1) &&
        (cites_outside(e, l, ilo, ihi) || (row && sc_other_act_outside(e, ilo, ihi, row)))) {
        lo = ilo > lo ? ilo : lo;
        hi = ihi < hi ? ihi : hi;
    }
    check_signer(d, e, l, row, lo, hi);
}

void sc_old_page_bounds(sc_entry *e)
{
    if (!e->bounds_pending)
        return; /* (read already) */
    const uint8_t *b = e->w->buf;
    for (uint64_t m = e->stat_in; m; m &= m - 1) {
        int i = __builtin_ctzll(m), v, p;
        if (e->c[i].chapter > 0 || (e->c[i].wording & SC_W_LIST_ITEM) ||
            !sc_entry_vol_page(e, i, &v, &p) || v > 64)
            continue;
        size_t lo = e->cs[i] > 300 ? e->cs[i] - 300 : 0,
               hi = e->ce[i] + 300 < e->w->len ? e->ce[i] + 300 : e->w->len;
        if (sc_find_text(b + lo, hi - lo, "President", 9)) {
            sc_entry_need_bounds(e);
            return;
        }
    }
}
