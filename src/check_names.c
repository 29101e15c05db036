/*
 * check_names.c -- the Act names of an entry against the law they are
 * tied to (entry_tie_names.c): a name the tables give to another law
 * (act-name-mismatch), and a year in the name impossible for the law's
 * Congress (act-year).  "Act of 1996" is the year of enactment (one year
 * either side of the Congress is allowed: a name may carry the fiscal
 * year); "Act, 1997" and "Act for Fiscal Year 1997" a fiscal year, which
 * may be enacted the year before it.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "act_norm.h"
#include "ref_acts.h"
#include "check_historic.h"
#include "ref_historic.h"
#include "scan.h"

/* Words that may open the run of capitalized words before a name without
 * being part of it: "See the Clean Air Act", "Title VII of the Civil
 * Rights Act of 1964", "Under the ...". */
static const char *const lead_words[] = { "see", "under", "the", "in", "section", "sec",
                                          "title", "also", "cf", "pursuant", "by", "to", "of",
                                          "and", "with", "on", "division", "subtitle", "part",
                                          "chapter", "compare", "both", "each", "when", "as",
                                          "after", "before", "since", "while", "its",
                                          /* the Bluebook's other signals: "E.g., the X
                                           * Act", "But see", "Accord", "Contra" */
                                          "e.g", "i.e", "but", "accord", "contra", "viz",
                                          NULL };

static int roman_or_number(const uint8_t *b, size_t s, size_t e)
{
    if (e - s == 1 && sc_isupper(b[s]))
        return 1;
    int ok = 1;
    for (size_t k = s; k < e && ok; k++)
        ok = strchr("IVXLC", b[k]) != NULL || sc_isdigit(b[k]);
    return ok;
}

/* Past the word at b[so] when it is one that cannot begin a name ("See",
 * "Title VII of the"), and the blanks after it; SIZE_MAX when it may.  Nor
 * can a word that closes a quotation ("Operations\" in the Bipartisan
 * Budget Act": a heading quoted before the name), nor one an article
 * follows ("Notwithstanding the Federal Assets Sale and Transfer Act":
 * the name begins with "the") -- asked only of a run of words no law's
 * name is. */
static size_t past_lead_word(const uint8_t *b, size_t so, size_t eo)
{
    size_t we = so;
    while (we < eo && sc_isalpha(b[we]))
        we++;
    /* a signal spelled with periods inside: "E.g.", "i.e." */
    if (we - so == 1 && we + 2 < eo && b[we] == '.' && sc_isalpha(b[we + 1]) && b[we + 2] == '.')
        we += 2;
    size_t q = we < eo && b[we] == '"'                                        ? we + 1
               : we + 2 < eo && b[we] == 0xe2 && b[we + 1] == 0x80 && b[we + 2] == 0x9d ? we + 3
                                                                              : 0;
    if (we > so && q) {
        we = q;
    } else if (we == so ||
               (!sc_word_in(b, so, we, lead_words) && !roman_or_number(b, so, we) &&
                !(we + 5 <= eo && memcmp(b + we, " the ", 5) == 0)))
        return SIZE_MAX;
    while (we < eo && (b[we] == ' ' || b[we] == '.' || b[we] == ','))
        we++;
    return we;
}

/* The start of the word after the one at b[so] (past its blanks and
 * marks), or eo. */
static size_t next_word(const uint8_t *b, size_t so, size_t eo)
{
    while (so < eo && b[so] != ' ')
        so++;
    while (so < eo && !sc_isalnum(b[so]))
        so++;
    return so;
}

int sc_name_row_on(const sc_ref_law *const *rows, int k, int32_t date)
{
    int hit = -1;
    for (int i = 0; date && i < k; i++)
        if (rows[i]->enacted == date) {
            if (hit >= 0)
                return -1; /* two laws of that day: no answer */
            hit = i;
        }
    return hit;
}

int sc_name_laws(const sc_entry *e, const sc_name_fact *nf, const sc_ref_law **out,
                 uint8_t *titled, int max, size_t *found_so)
{
    *titled = 0;
    const uint8_t *b = e->w->buf;
    size_t so = nf->so;
    for (int tries = 0; tries < 6 && so < nf->name_eo; tries++) {
        sc_act_law laws[8];
        int k = sc_act_name_laws((const char *)b + so, nf->eo - so, laws, 8);
        if (k == 0 && nf->abbr && nf->name_eo < nf->eo) /* "ADA of 1990": the abbreviation's */
            k = sc_act_name_laws((const char *)b + so, nf->name_eo - so, laws, 8);
        if (k > 8)
            return 0; /* a name many laws share says nothing */
        if (k > 0) {
            int n = 0;
            for (int i = 0; i < k && n < max; i++) {
                const sc_ref_law *l = laws[i].number > 0
                                          ? sc_ref_public_law(laws[i].congress, laws[i].number)
                                          : NULL;
                if (l) {
                    if (laws[i].titled)
                        *titled |= (uint8_t)(1u << n);
                    out[n++] = l;
                }
            }
            if (found_so) { /* without its article: "the Clean Air Act" */
                if (so + 4 < nf->name_eo && (b[so] == 't' || b[so] == 'T') &&
                    memcmp(b + so + 1, "he ", 3) == 0)
                    so += 4;
                *found_so = quote_end(b, so, nf->name_eo, 0); /* (nor its opening quote) */
            }
            return n;
        }
        /* drop a leading word that cannot begin a name, and what it brings
         * ("Title VII of the") */
        if ((so = past_lead_word(b, so, nf->name_eo)) == SIZE_MAX)
            break;
    }
    return 0;
}

int sc_entry_name_laws(sc_entry *e, int k, const sc_ref_law *const **rows)
{
    if (!e->name_asked[k]) {
        sc_name_fact *nf = &e->name[k];
        size_t so = nf->so;
        e->name_nlaws[k] = sc_name_laws(e, nf, e->name_laws[k], &e->name_titled[k], 4, &so);
        if (e->name_nlaws[k] == 0 && nf->alt_so > nf->so) {
            /* read over a long connector and unknown whole: the name is
             * what follows the connector, if that is one */
            sc_name_fact alt = *nf;
            alt.so = nf->alt_so;
            e->name_nlaws[k] =
                sc_name_laws(e, &alt, e->name_laws[k], &e->name_titled[k], 4, &so);
        }
        /* a name found past words that cannot begin one ("See the Clean
         * Air Act") begins where it was found */
        if (e->name_nlaws[k] > 0)
            nf->so = so;
        e->name_asked[k] = 1;
    }
    *rows = e->name_laws[k];
    return e->name_nlaws[k];
}

/* Is a name of law @p l the written name with more after it ("Clean Air
 * Act" for the Clean Air Act Amendments of 1990)?  Then the text names the
 * Act the law amended, loosely, not another law. */
static int names_extend(const sc_ref_law *l, const uint8_t *w, size_t n)
{
    const char *names[16];
    int k = sc_law_names(l->congress, l->number, names, 16);
    if (k > 16)
        k = 16;
    for (int i = 0; i < k; i++) {
        size_t j = 0;
        while (j < n && names[i][j] && sc_tolower((uint8_t)names[i][j]) == sc_tolower(w[j]))
            j++;
        if (j == n || (j >= n - 8 && names[i][j] == ' ' && w[j] == ' '))
            return 1; /* "... Act" then " Amendments of 1990" (the year may differ) */
    }
    return 0;
}

/* Is the written name "<capitals> Act" with capitals that the initials of
 * the capitalized words of one of law @p l's names spell, in a row ("PACT
 * Act" for the Sergeant First Class Heath Robinson Honoring our Promise to
 * Address Comprehensive Toxics Act of 2022)?  Then it is that law's own
 * acronym, whatever other laws the tables give it to. */
static int acronym_of(const sc_ref_law *l, const uint8_t *w, size_t n)
{
    size_t k = 0;
    while (k < n && sc_isupper(w[k]))
        k++;
    if (k < 2 || k > 12 || n != k + 4 || memcmp(w + k, " Act", 4) != 0)
        return 0;
    const char *names[16];
    int nn = sc_law_names(l->congress, l->number, names, 16);
    for (int i = 0; i < nn && i < 16; i++) {
        char init[64];
        size_t m = 0;
        for (const char *p = names[i]; *p && m < sizeof init - 1; p++)
            if ((p == names[i] || p[-1] == ' ' || p[-1] == '-') && sc_isupper((uint8_t)*p))
                init[m++] = *p;
        init[m] = '\0';
        for (size_t q = 0; q + k <= m; q++)
            if (memcmp(init + q, w, k) == 0)
                return 1;
    }
    return 0;
}

/* Do the words between a name and its law say the name came later ("Pub.
 * L. 91-173, ..., known as the Federal Mine Safety and Health Act of
 * 1977": renamed in 1977) -- and do the facts allow it?  A name given
 * later has a year after the law's enactment, or is, in the tables, the
 * name of a law enacted after it that amended it (the one that renamed it): "Pub. L.
 * 104-193, popularly known as the Health Insurance Portability and
 * Accountability Act" names a law enacted the day before, which it did
 * not amend: no renaming.  "Known as" alone is a renaming only by the
 * name's later year or the tables' amendments. */
/* Does b[from..to) end with "designated" (and "as"), the law's citation
 * right after: the law's number given to it, not a new name? */
static int numbered(const uint8_t *b, size_t from, size_t to)
{
    size_t q = to;
    while (q > from && b[q - 1] == ' ')
        q--;
    if (q >= from + 3 && memcmp(b + q - 3, " as", 3) == 0)
        q -= 3;
    return q >= from + 11 && memcmp(b + q - 11, " designated", 11) == 0;
}

/* Does the entry cite the law @p row (as a law, in the window)? */
static int cites_law(const sc_entry *e, const sc_ref_law *row)
{
    for (uint64_t m = e->law_in; m; m &= m - 1)
        if (sc_law_row(&e->c[__builtin_ctzll(m)]) == row)
            return 1;
    return 0;
}

/* Does a word of @p words stand in b[from..to) -- not one after a word of
 * a popular name ("commonly referred to"), nor "amended" after "as" ("Pub.
 * L. 99-509, as amended, known as": the law with its amendments)? */
static int renaming_said(const uint8_t *b, size_t from, size_t to, const char *const *words)
{
    static const char *const unless[] = { "popularly", "commonly", "also", "better", "generally",
                                          "widely", "often", "usually", "as", NULL };
    return sc_word_among_unless(b, from, to, words, unless);
}

static int renamed(sc_entry *e, int k, const sc_citation *c)
{
    static const char *const words[] = { "designated", "renamed", "redesignated", "formerly",
                                         "amended", "amending", "amends", "referred",
                                         "now", NULL }; /* ("designated" first: numbered()) */
    const sc_name_fact *nf = &e->name[k];
    size_t cs, ce;
    if (nf->tight || !sc_entry_span(e->w, c, &cs, &ce))
        return 0;
    size_t from = ce <= nf->so ? ce : nf->eo, to = ce <= nf->so ? nf->so : cs;
    /* past an aside of other laws between: "Pub. L. 101-336, as amended by
     * Pub. L. 110-325, is the X Act" -- its "amended" is of the aside's law
     * only (below: a name the law has since, or that law's) */
    const sc_ref_law *aside = NULL;
    for (int i = 0; i < e->n && ce <= nf->so; i++)
        if (sc_is_law(&e->c[i]) && e->cs[i] >= from && e->ce[i] <= to && e->ce[i] > from) {
            from = e->ce[i];
            aside = sc_law_row(&e->c[i]);
        }
    /* "popularly known as", "commonly referred to as": the law's popular
     * name, its own from the start -- no renaming */
    static const char *const known[] = { "known", NULL };
    /* "known as" alone may tell a later name ("Pub. L. 91-173, Dec. 30, 1969,
     * 83 Stat. 742, known as the Federal Mine Safety and Health Act of 1977",
     * the Code's) or only the name: a later name only when its year or the
     * tables' amendments say so */
    int strong = sc_word_among_unless(e->w->buf, from, to, words, sc_popular_words);
    if (strong && ce > nf->so && numbered(e->w->buf, from, to) &&
        !sc_word_among_unless(e->w->buf, from, to, words + 1, sc_popular_words))
        strong = 0; /* "X Act, enacted ..., which was designated Pub. L. No. 102-251": the
                     * law's number given, no new name */
    if (!strong && !aside && !sc_word_among_unless(e->w->buf, from, to, known, sc_popular_words))
        return 0;
    const sc_ref_law *own = sc_law_row(c);
    if (!own || !own->enacted)
        return 1; /* nothing to say it could not */
    const sc_ref_law *const *rows;
    int n = sc_entry_name_laws(e, k, &rows);
    int own_act = sc_act_of_law(own->congress, own->number);
    /* a later year: a later name -- unless the tables give the name to
     * other laws only, and know this one's amendments, none of them by
     * those laws ("Pub. L. No. 100-77, ..., known as the Dwight David
     * Eisenhower Commemorative Coin Act of 1988": 100-467, which did not
     * amend it; but "Pub. L. 91-173, ..., known as the Federal Mine Safety
     * and Health Act of 1977" is a name the tables give 91-173 itself) */
    if (nf->year > own->enacted / 10000 && (n <= 0 || own_act < 0) && (strong || !aside))
        return 1; /* (not by an aside's "amended" alone) */
    for (int i = 0; i < n && i < 4; i++) {
        if (rows[i] == own)
            return 1; /* its own later name */
        /* a later law's name: the law that renamed it -- when it amended
         * the cited law at all (the tables know the amendments of an Act
         * the Code classifies; of another, any later law may have) */
        if (aside && !strong && rows[i] != aside)
            continue; /* (the aside's "amended" is its own law's: "Pub. L. 101-336, as
                       * amended by Pub. L. 110-325, is the Civil Rights Act of 1991"
                       * names 102-166) */
        if (rows[i]->enacted > own->enacted &&
            ((own_act < 0 && strong) ||
             (own_act >= 0 && sc_act_amended_by(own_act, rows[i]->congress, rows[i]->number))))
            return 1;
        /* or the cited law amended the named one, when the entry cites
         * that one too ("Pub. L. 95-592, ..., which, as amended by Pub. L.
         * 98-284, ..., is known as the Critical Agricultural Materials
         * Act": the name of 95-592) or words of renaming or amending stand
         * between ("Pub. L. 98-284, amending the X Act").  "Known as"
         * alone, or after "as amended", does not: "Pub. L. 99-509, ...,
         * as amended, known as the Omnibus Budget Reconciliation Act of
         * 1985" names a law 99-509 amended, not 99-509 */
        int a = sc_act_of_law(rows[i]->congress, rows[i]->number);
        if (a >= 0 && sc_act_amended_by(a, own->congress, own->number) &&
            (cites_law(e, rows[i]) || renaming_said(e->w->buf, from, to, words)))
            return 1;
    }
    return 0;
}

/* The year of a law's name ("... Act of 1990", "... Act, 2010", "... Act
 * for Fiscal Year 1997"): the year, and in *base the length of the name
 * before it; 0 when it ends in none (a final period, as the record writes
 * some titles, is passed over). */
static int name_year(const char *n, size_t *base)
{
    size_t len = strlen(n);
    if (len > 0 && n[len - 1] == '.')
        len--; /* the record's final period ("... Establishment Act of 1999.") */
    if (len < 6 || !sc_isdigit((uint8_t)n[len - 1]) || !sc_isdigit((uint8_t)n[len - 4]) ||
        !sc_isdigit((uint8_t)n[len - 2]) || !sc_isdigit((uint8_t)n[len - 3]) ||
        sc_isalnum((uint8_t)n[len - 5]))
        return 0;
    size_t b = len - 4;
    while (b > 0 && n[b - 1] == ' ')
        b--;
    if (b >= 3 && memcmp(n + b - 3, " of", 3) == 0)
        b -= 3;
    else if (b >= 1 && n[b - 1] == ',')
        b -= 1;
    else if (b >= 15 && sc_tolower((uint8_t)n[b - 15]) == 'f' &&
             memcmp(n + b - 14, "or Fiscal Year", 14) == 0)
        b -= 15;
    else
        return 0;
    while (b > 0 && n[b - 1] == ' ')
        b--;
    *base = b;
    return atoi(n + len - 4);
}

/* Does one of law @p l's titles begin with the written name w[0..n), a
 * word's end after it ("District of Columbia Appropriation Act" of its
 * title "District of Columbia Appropriation Act. 1963")? */
static int title_begins(const sc_ref_law *l, const uint8_t *w, size_t n)
{
    const char *names[16];
    int k = sc_law_names(l->congress, l->number, names, 16);
    for (int i = 0; i < k && i < 16; i++) {
        size_t j = 0;
        while (j < n && names[i][j] && sc_tolower((uint8_t)names[i][j]) == sc_tolower(w[j]))
            j++;
        if (j == n && !sc_isalnum((uint8_t)names[i][n]))
            return 1;
    }
    return 0;
}

/* Is the written name proper w[0..n) one of law @p l's titles with a year
 * other than @p year (the year written with it; 0: none)? */
static int own_title_other_year(const sc_ref_law *l, const uint8_t *w, size_t n, int year)
{
    if (!year)
        return 0;
    const char *names[16];
    int k = sc_law_names(l->congress, l->number, names, 16);
    for (int i = 0; i < k && i < 16; i++) {
        size_t base;
        int y = name_year(names[i], &base);
        if (!y || y == year || base != n)
            continue;
        size_t j = 0;
        while (j < n && sc_tolower((uint8_t)names[i][j]) == sc_tolower(w[j]))
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

/* Is the name's year a bare comma year (", 2018", no "Fiscal Year") that
 * is the year law @p c was enacted?  After the name of a title that joins
 * its year with " of " ("Justice for Uncompensated Survivors Today (JUST)
 * Act of 2017", enacted in 2018) that is the year of the citation ("(JUST)
 * Act, 2018, 132 Stat. 1288"), not the name's. */
static int bare_comma_year(const sc_entry *e, const sc_name_fact *nf, const sc_citation *c)
{
    const sc_ref_law *row = sc_law_row(c);
    const uint8_t *b = e->w->buf;
    if (!row || row->enacted / 10000 != nf->year || nf->name_eo >= nf->eo || b[nf->name_eo] != ',')
        return 0;
    size_t k = blanks(b, nf->name_eo + 1, nf->eo);
    return k + 4 == nf->eo && sc_isdigit(b[k]);
}

/* The name as written is the law's own title with another year ("Americans
 * with Disabilities Act of 1991, Pub. L. No. 101-336", the Act of 1990; a
 * year its Congress allows, so check_year is silent): the name with the
 * year of one of the law's own names is that law. */
static void check_title_year(sc_doc_state *d, sc_entry *e, int li)
{
    sc_citation *c = &e->c[li];
    int k = e->name_of[li];
    const sc_name_fact *nf = &e->name[k];
    const sc_ref_law *const *rows;
    if (nf->abbr && nf->year && c->type == SC_PUBLIC_LAW) {
        /* an abbreviation with a year ("ADA of 1991, Pub. L. No. 101-336"):
         * the year of the law's title, when the abbreviation is this law's */
        if (sc_entry_name_laws(e, k, &rows) != 1 || rows[0] != sc_law_row(c) || renamed(e, k, c))
            return;
        const char *names[16];
        int nn = sc_law_names(c->congress, c->number, names, 16), at = -1;
        for (int i = 0; i < nn && i < 16; i++) {
            size_t base;
            int y = name_year(names[i], &base);
            if (y == nf->year)
                return; /* one of its titles has that year */
            if (y && at < 0 && names[i][base] == ' ' && names[i][base + 1] == 'o')
                at = i; /* (an "of" title: the abbreviation's "of 1990") */
        }
        if (at < 0)
            return;
        char name[48], sugg[320];
        sc_law_name(c, name, sizeof name);
        sc_fmt(sugg, sizeof sugg, "%s is the %s", name, names[at]);
        sc_emit(d, c, SC_WARNING, SC_D_ACT_YEAR, sugg, "%s is the %s (%.*s), not of %d", name,
                names[at], (int)(nf->name_eo - nf->so), (const char *)e->w->buf + nf->so, nf->year);
        return;
    }
    if (!nf->year || c->type != SC_PUBLIC_LAW || nf->name_eo - nf->so >= 200 ||
        sc_entry_name_laws(e, k, &rows) != 0)
        return; /* the name with its year is some law's: check_name's */
    const char *names[16];
    int nn = sc_law_names(c->congress, c->number, names, 16);
    const uint8_t *b = e->w->buf;
    for (int i = 0; i < nn && i < 16; i++) {
        size_t base;
        int y = name_year(names[i], &base);
        if (!y || y == nf->year)
            continue;
        /* how the title joins its year: ", 2010", " for Fiscal Year 1997", " of 1990" */
        int comma = names[i][base] == ',', fiscal = !comma && names[i][base + 1] == 'f';
        if (!comma && !fiscal && bare_comma_year(e, nf, c))
            continue; /* ", 2018" after an "of" title's name: the citation's year */
        const char *join = comma ? ", " : fiscal ? " for Fiscal Year " : " of ";
        /* the written name proper with the title's year: is it this law?
         * From each word on ("Notwithstanding the Federal Assets Sale and
         * Transfer Act", "such Act” means the Secure Rural Schools ...
         * Act", "Title II of the ... Act was added by the Asbestos ...
         * Act"): any word may begin it, as only this law's own title
         * with its own year is taken. */
        int own = 0;
        size_t so = nf->so;
        char probe[240]; /* the written name with the title's year: the fix, when it is this law */
        for (int tries = 0; tries < 40 && !own && so < nf->name_eo; tries++) {
            /* (only a rest about as long as the title's: its spelling
             * may differ by an article, blanks and marks, not by words) */
            size_t rest = nf->name_eo - so;
            if (rest > base + 12 || rest + 12 < base) {
                so = next_word(b, so, nf->name_eo);
                continue;
            }
            int pl = snprintf(probe, sizeof probe, "%.*s%s%d", (int)(nf->name_eo - so),
                              (const char *)b + so, join, y);
            sc_act_law laws[4];
            int n = pl > 0 && (size_t)pl < sizeof probe
                        ? sc_act_name_laws(probe, (size_t)pl, laws, 4)
                        : 0;
            for (int q = 0; q < n && q < 4 && !own; q++)
                own = laws[q].congress == c->congress && laws[q].number == c->number;
            if (!own)
                so = next_word(b, so, nf->name_eo);
        }
        /* (shown without its article: "is the Bipartisan Budget Act") */
        if (own && so + 4 < nf->name_eo && (b[so] == 't' || b[so] == 'T') &&
            memcmp(b + so + 1, "he ", 3) == 0) {
            so += 4;
            snprintf(probe, sizeof probe, "%.*s%s%d", (int)(nf->name_eo - so), (const char *)b + so,
                     join, y);
        }
        if (!own || renamed(e, k, c))
            continue;
        char name[48], sugg[320];
        sc_law_name(c, name, sizeof name);
        /* (the name as written, with the year: not another of the law's
         * titles that has that year, "GLRI Act of 2019" for "Great Lakes
         * Restoration Initiative Act of 2018") */
        sc_fmt(sugg, sizeof sugg, "%s is the %s", name, probe);
        const char *of = comma || fiscal ? "for fiscal year" : "of";
        sc_emit(d, c, SC_WARNING, SC_D_ACT_YEAR, sugg, "%s is the %.*s %s %d, not %s %d", name,
                (int)(nf->name_eo - so), (const char *)b + so, of, y, of, nf->year);
        return;
    }
}

static int check_year(sc_doc_state *d, sc_entry *e, int li)
{
    sc_citation *c = &e->c[li];
    const sc_name_fact *nf = &e->name[(int)e->name_of[li]];
    const sc_ref_congress *cg = sc_ref_congress_get(c->congress);
    int y = nf->year;
    if (!y || !cg || renamed(e, e->name_of[li], c))
        return 0;
    int y0 = cg->start / 10000, yend = cg->end / 10000, y1 = yend;
    /* a term ending January 3 reaches only those days into its last year */
    if (cg->end % 10000 <= 103)
        y1--;
    if (y >= y0 - 1 && y <= y1 + 1)
        return 0;
    char name[48], sugg[320] = "";
    sc_law_name(c, name, sizeof name);
    const char *title = sc_law_short_title(sc_law_row(c));
    if (title && c->type == SC_PUBLIC_LAW)
        sc_fmt(sugg, sizeof sugg, "%s is the %s", name, title);
    sc_emit(d, c, SC_WARNING, SC_D_ACT_YEAR, sugg[0] ? sugg : NULL,
            "an Act %s %d cannot be %s, a law of the %d%s Congress (%d-%d)",
            nf->fiscal ? "for fiscal year" : "of", y, name, c->congress, SC_ORD(c->congress), y0,
            yend);
    return 1;
}

/* Do the words between name @p nf and law @p li after it say that the law
 * is the Act's enactment ("Section 6 of the X Act (106th Cong.) was enacted
 * as Public Law 106-222", "... became Public Law", "... is cited as Public
 * Law")?  Then the law is not the one that amended the section. */
static int said_enacted_as(const sc_entry *e, const sc_name_fact *nf, int li)
{
    static const char *const as[] = { "enacted as", "became", "was designated", "is designated",
                                      "was assigned",
                                      /* "... of the X Act, 1974, which was signed by ...,
                                       * is cited as Public Law 93-234" */
                                      "cited as", NULL };
    size_t cs = e->cs[li], ne = nf->tie_eo > nf->eo ? nf->tie_eo : nf->eo;
    return cs > ne && cs - ne < 80 && sc_text_has_any(e->w->buf, ne, cs, as) &&
           !memchr(e->w->buf + ne, ';', cs - ne);
}

/* Is the name the object of "section N of [the]" / "§ N of"? */
static int section_of(const sc_entry *e, const sc_name_fact *nf)
{
    const uint8_t *b = e->w->buf;
    size_t i = nf->so;
    while (i > e->so && b[i - 1] == ' ')
        i--;
    if (i >= e->so + 4 && memcmp(b + i - 4, " the", 4) == 0)
        i -= 4;
    while (i > e->so && b[i - 1] == ' ')
        i--;
    if (!(i >= e->so + 3 && memcmp(b + i - 3, " of", 3) == 0))
        return 0;
    i -= 3;
    /* the designation, token by token: "27", "111(a)(1) and (c)", then
     * "section", "sec.", "§" */
    for (int tokens = 0; tokens < 8; tokens++) {
        while (i > e->so && b[i - 1] == ' ')
            i--;
        size_t te = i;
        if (i >= e->so + 2 && b[i - 1] == 0xa7) /* § (UTF-8 c2 a7, or Latin-1 a7) */
            return 1;
        while (i > e->so && (sc_isalnum(b[i - 1]) || b[i - 1] == '(' || b[i - 1] == ')' ||
                             b[i - 1] == '.' || b[i - 1] == ','))
            i--;
        if (i == te)
            return 0;
        size_t ws = i, we = te;
        while (we > ws && (b[we - 1] == '.' || b[we - 1] == ','))
            we--;
        if (sc_word_in(b, ws, we, (const char *const[]){ "section", "sections", "sec", "secs", NULL }))
            return 1;
        int digit = 0;
        for (size_t q = ws; q < we; q++)
            digit |= sc_isdigit(b[q]) || b[q] == '(';
        if (!digit && !sc_word_in(b, ws, we, (const char *const[]){ "and", "or", NULL }))
            return 0;
    }
    return 0;
}

/* Is law @p c in the editors' brackets right after a name with a year
 * ("section 101 of the Surface Transportation Extension Act of 2012 [Pub.
 * L. 112-102]", the Code's notes)?  Then it is the named Act's own law, not
 * one that amended the section.  (Without a year the name may be a part's
 * that another law's title shares: "section 9346 of the Pension Protection
 * Act [Pub. L. 100-203, ...]", a subtitle of 100-203.) */
static int editors_law(const sc_entry *e, const sc_name_fact *nf, const sc_citation *c)
{
    size_t cs, ce;
    if (!nf->year || !sc_entry_span(e->w, c, &cs, &ce) || cs <= nf->tie_eo)
        return 0;
    const uint8_t *b = e->w->buf;
    size_t q = nf->tie_eo;
    while (q < cs && b[q] == ' ')
        q++;
    return q + 1 == cs && b[q] == '[';
}

/* Does another law of the entry, cited in the same brackets as law @p li,
 * bear the name (one of @p rows)?  "the Detainee Treatment Act of 2005
 * (title XIV of Public Law 109-163 and title X of Public Law 109-148)": an
 * Act two laws enacted, each cited. */
static int bracket_mate(const sc_entry *e, int li, const sc_ref_law *const *rows, int n)
{
    const uint8_t *b = e->w->buf;
    if (!(e->kind[li] & SC_EK_IN))
        return 0;
    size_t open = e->cs[li];
    int depth = 0;
    while (open > e->so && open + 200 > e->cs[li]) {
        uint8_t ch = b[--open];
        if (ch == ')')
            depth++;
        else if (ch == '(' && depth-- == 0)
            break;
    }
    if (b[open] != '(')
        return 0;
    for (int k = 0; k < e->n; k++) {
        if (k == li || !(e->kind[k] & SC_EK_LAW) || !(e->kind[k] & SC_EK_IN) ||
            e->cs[k] <= open || !sc_paren_open(b, open, e->cs[k]))
            continue;
        const sc_ref_law *r = sc_law_row(&e->c[k]);
        for (int i = 0; i < n && r; i++)
            if (rows[i] == r)
                return 1;
    }
    return 0;
}

static int check_name(sc_doc_state *d, sc_entry *e, int li)
{
    sc_citation *c = &e->c[li];
    const sc_name_fact *nf = &e->name[(int)e->name_of[li]];
    const sc_ref_law *const *all;
    int nall = sc_entry_name_laws(e, e->name_of[li], &all);
    const sc_ref_law *own = sc_law_row(c);
    if (nall <= 0 || !own || nall > 4 || renamed(e, e->name_of[li], c))
        return 0;
    for (int i = 0; i < nall; i++)
        if (all[i] == own)
            return 0;
    if (bracket_mate(e, li, all, nall))
        return 0;
    /* a name with a year names a law of that year (or the next: a fiscal
     * year); a row that gives it to a law of other years is another Act
     * (one the name's law amended, or one that amended it) and is left
     * out; when none is left, the year is the odd fact (check_year) */
    const sc_ref_law *rows[4];
    uint8_t titled = 0, all_titled = e->name_titled[(int)e->name_of[li]];
    int k = 0;
    for (int i = 0; i < nall; i++) {
        if (nf->year) {
            /* within the law's Congress, or the year before it */
            const sc_ref_congress *rc = sc_ref_congress_get(all[i]->congress);
            int y0 = rc ? rc->start / 10000 - 1 : all[i]->enacted / 10000 - 1;
            int y1 = rc ? rc->end / 10000 : all[i]->enacted / 10000 + 1;
            if (nf->year < y0 || nf->year > y1)
                continue;
        }
        if ((all_titled >> i) & 1)
            titled |= (uint8_t)(1u << k);
        rows[k++] = all[i];
    }
    if (k == 0)
        return 0;
    /* several laws bear the name: the entry's date may say which */
    int hit = k > 1 ? sc_name_row_on(rows, k, sc_entry_law_day(e, li)) : -1;
    /* ... or the law's own Congress, when one of them is of it: "the
     * Veterans' Health Care Act is PL 98-428" -- of the name's laws (of
     * 1984, 98-528; of 1992, 102-585) the 98th Congress's */
    if (hit < 0 && k > 1 && !nf->year) {
        int of = 0, at = -1;
        for (int i = 0; i < k; i++)
            if (rows[i]->congress == c->congress)
                of++, at = i;
        hit = of == 1 ? at : -1;
    }
    if (hit >= 0) {
        rows[0] = rows[hit];
        titled = (uint8_t)((titled >> hit) & 1);
        k = 1;
    }
    /* (not when the name is the law's own title with another year, and
     * that name with that year is another law's: "Energy and Water
     * Development Appropriations Act, 1991, Pub. L. No. 101-101" names
     * 101-514, the Act of the next fiscal year) */
    if ((names_extend(own, e->w->buf + nf->so, nf->name_eo - nf->so) &&
         !own_title_other_year(own, e->w->buf + nf->so, nf->name_eo - nf->so, nf->year)) ||
        acronym_of(own, e->w->buf + nf->so, nf->name_eo - nf->so))
        return 0;
    /* a name only Congress.gov's display title gives is no evidence --
     * unless the title is a short title's shape: an Act's name, not the
     * bill's purpose ("To designate the facility ...", "Making ...") */
    if (k == 1 && (rows[0]->flags & SC_REF_TITLE_DISPLAY) && !sc_display_title_named(rows[0]))
        return 0;
    char name[48], written[120], sugg[320];
    sc_law_name(c, name, sizeof name);
    size_t n = nf->eo - nf->so < sizeof written - 1 ? nf->eo - nf->so : sizeof written - 1;
    memcpy(written, e->w->buf + nf->so, n);
    written[n] = '\0';
    const char *the = nf->abbr ? "" : sc_name_article(written); /* "HIPAA is", "the ... Act
                                                                  * is", "Billy's Law is" */
    const sc_evidence *ev = &e->ev[li];
    /* the number is the odd fact, and bill-law-mismatch already names the
     * law the bill, the name and the rest point to: one finding says it */
    if (ev->law && ev->law != own)
        for (int i = 0; i < c->ndiag; i++)
            if (strcmp(c->diag[i].code, sc_code_name(SC_D_BILL_LAW_MISMATCH)) == 0)
                return 0;
    const char *own_title = sc_law_short_title(own);
    /* "Clean Air Act, Pub. L. No. 91-604": a name without a year given to
     * a law that amended that Act (the source credits of the Act's Code
     * sections name it), and no other fact pointing elsewhere: the Act as
     * amended, loosely cited -- a note */
    int amended = 0;
    for (int i = 0; i < k && !nf->year && !amended; i++) {
        int a = sc_act_of_law(rows[i]->congress, rows[i]->number);
        amended = a >= 0 && sc_act_amended_by(a, own->congress, own->number);
    }
    if (amended && !(ev->law && ev->law != own && (ev->by & ~SC_EV_NAME))) {
        if (own_title)
            sc_fmt(sugg, sizeof sugg, "%s is the %.150s", name, own_title);
        sc_emit(d, c, SC_NOTE, SC_D_ACT_NAME_MISMATCH, own_title ? sugg : NULL,
                "%s amended %s%s (Public Law %d-%d); the name is that Act's, not its own",
                name, the, written, rows[0]->congress, rows[0]->number);
        return 0;
    }
    if (ev->law && ev->law != own && (ev->by & ~SC_EV_NAME)) {
        sc_evidence_fix(e, li, sugg, sizeof sugg);
    } else if (own_title && rows[0]->congress == own->congress &&
               sc_pen_slip(rows[0]->number, own->number) && (k == 1 || titled == 1)) {
        /* the name's law a slip of the pen from the number (104-238 written
         * 104-237): more likely the number slipped than the name is another
         * law's that happens to lie one digit away -- both said, that first */
        sc_fmt(sugg, sizeof sugg,
               "write Pub. L. No. %d-%d, the name's law (a digit slipped); or keep %d-%d and "
               "call it the %.110s",
               rows[0]->congress, rows[0]->number, own->congress, own->number, own_title);
    } else if (own_title) {
        sc_fmt(sugg, sizeof sugg, "%s is the %.150s", name, own_title);
    } else {
        sc_fmt(sugg, sizeof sugg, "%s%.120s is Pub. L. No. %d-%d", the, written, rows[0]->congress,
               rows[0]->number);
    }
    /* "section 27 of the X Act of 1980 (P.L. 117-103)": the law in the
     * parenthesis may be the one that amended that section -- only a note,
     * unless it was enacted before the Act, or another fact of the entry
     * agrees with the name, or the law's
     * own title is the name with another year ("section 911(a) of the
     * Rehabilitation Act Amendments of 1991 (Public Law 102-569)", the
     * Amendments of 1992: one of the two is mistyped) */
    int before_act = nf->year && own->enacted && rows[0]->enacted && own->enacted < rows[0]->enacted;
    if (section_of(e, nf) && !editors_law(e, nf, c) && !said_enacted_as(e, nf, li) &&
        !own_title_other_year(own, e->w->buf + nf->so, nf->name_eo - nf->so, nf->year) &&
        !(ev->law && ev->law != own && (ev->by & ~SC_EV_NAME)) &&
        !before_act) /* (a law enacted before the Act amended none of its sections:
                      * "§ 324 of the X Act, 1962 (PL 87-128)", enacted nine days
                      * before the Act, 87-141 -- a name with its year: without
                      * one it may be an earlier law's part of that name, "the
                      * Pension Protection Act [Pub. L. 100-203]", a subtitle of
                      * 1987, not the Act of 2006) */
        sc_emit(d, c, SC_NOTE, SC_D_ACT_NAME_MISMATCH, sugg,
                "%s%s is Public Law %d-%d, not %s (which may be the law that amended the "
                "section cited)", the, written, rows[0]->congress, rows[0]->number, name);
    else if (k == 1 || titled == 1) {
        /* one law has the name, or bears it as its own title while the
         * others have it only from a "referred to" note (which may name a
         * part of another law, or err: "... of 1994, referred to in ...,
         * is section 5051(c) of Pub. L. 103-305" for 103-355) */
        sc_emit(d, c, SC_ERROR, SC_D_ACT_NAME_MISMATCH, sugg,
                "%s%s is Public Law %d-%d, not %s", the, written, rows[0]->congress, rows[0]->number,
                name);
        /* the name and the date point to another law: this finding names
         * it with that evidence, and law-date would only repeat it */
        if (sc_law_date_repeats(e, li, SC_EV_NAME, SC_EV_NAME))
            sc_unemit(c, SC_D_LAW_DATE);
        return 1; /* the name is another law's: its year says nothing of this one */
    } else /* a name several laws share: worth a look -- a warning when it has its
            * year, which those laws bear and this one does not ("Food,
            * Conservation, and Energy Act of 2008, Pub. L. 110-243": 110-234
            * and 110-246, the Act enacted twice) */
        sc_emit(d, c, nf->year ? SC_WARNING : SC_NOTE, SC_D_ACT_NAME_MISMATCH, sugg,
                "no law named %s%s is %s (the tables give that name to %d other laws, "
                "Public Law %d-%d first)", the, written, name, k, rows[0]->congress, rows[0]->number);
    return 0;
}

/* act-name-mismatch on bill @p b, given as the Act of name fact @p nk
 * (law @p n), which became law @p l instead (@p cong: the bill's Congress). */
static void emit_bill_name(sc_doc_state *d, const sc_entry *e, sc_citation *b, const sc_ref_law *n,
                           const sc_ref_law *l, int nk, int cong, int severity)
{
    if (n->bill_type == b->bill && (long)n->bill_number == (long)b->number && n->congress == cong)
        return; /* the tables give the bill to the named law too: "H.R. 12584" of the
                 * 86th Congress, the bill of both 86-668 and 86-669 -- which one the
                 * name's is no fault of the entry's */
    char bn[32], from[32], t[128], sugg[192];
    sc_bill_name(b->bill, b->number, bn, sizeof bn);
    sc_law_title_paren(l, t, sizeof t);
    sugg[0] = '\0';
    if (n->bill_type != SC_BILL_NONE) {
        sc_bill_name(n->bill_type, n->bill_number, from, sizeof from);
        sc_fmt(sugg, sizeof sugg, "Public Law %d-%d came from %s of the %d%s Congress", n->congress,
               n->number, from, n->congress, SC_ORD(n->congress));
    }
    const sc_name_fact *f = &e->name[nk];
    int nl = (int)(f->eo - f->so) < 100 ? (int)(f->eo - f->so) : 100;
    sc_emit(d, b, severity, SC_D_ACT_NAME_MISMATCH, sugg[0] ? sugg : NULL,
            "the %.*s is Public Law %d-%d, but %s of the %d%s Congress became Public Law %d-%d%s", nl,
            (const char *)e->w->buf + f->so, n->congress, n->number, bn, cong, SC_ORD(cong),
            l->congress, l->number, t);
}

/* Is the page @p si (@p v Stat. @p p) one that two laws begin on, in
 * another sentence than bill @p bi?  The page's own checks say nothing of
 * the bill then (check_page_facts.c: no one law, nor joined): the name's
 * finding is the one ("S. 3228 was enacted as the X Act. Its Statutes at
 * Large citation is 88 Stat. 143", where 93-287 and 93-288 begin). */
static int page_apart(const sc_entry *e, int si, int bi, int v, int p)
{
    const sc_ref_law *on[2];
    if (sc_ref_laws_on_page(v, p, on, 2) < 2)
        return 0;
    size_t lo = e->ce[bi] < e->cs[si] ? e->ce[bi] : e->ce[si],
           hi = e->ce[bi] < e->cs[si] ? e->cs[si] : e->cs[bi];
    if (hi <= lo)
        return 0;
    if (sc_ctx_boundary(e->w, lo, hi))
        return 1;
    const uint8_t *b = e->w->buf; /* (or a period after a quoted name: "... Act”. Its") */
    for (size_t k = lo; k + 1 < hi; k++)
        if (b[k] == '.' && b[k + 1] == ' ' && sc_quote_closes_before(b, lo, k))
            return 1;
    return 0;
}

/* A bill said to have been enacted, with an Act's name and no law (entry
 * sc_entry_bill_named): the name's law must be the law the bill became. */
static void check_bill_name(sc_doc_state *d, sc_entry *e)
{
    const sc_ref_law *n, *l;
    int nk, bi = sc_entry_bill_named(e, &n, &l, &nk), said = bi >= 0;
    /* or written beside the name as its number, no word of its enactment:
     * a warning -- a bill introduced under the Act's name may have become
     * another law by the time it was enacted (with a page, the page's
     * checks weigh the name and the bill: check_page_names.c) */
    if (bi < 0 && !e->stat_in)
        bi = sc_entry_bill_beside_name(e, &n, &l, &nk);
    if (bi < 0 || !l || (l->congress == n->congress && l->number == n->number))
        return; /* (a bill that became no law: bill-law-mismatch's) */
    for (uint64_t m = e->stat_in; m; m &= m - 1) { /* the named law's first page: the
                                                   * page's finding says it, page and
                                                   * all (check_page_facts.c) */
        int v, p, si = __builtin_ctzll(m);
        const sc_citation *st = &e->c[si];
        if (!(st->wording & SC_W_LIST_ITEM) && sc_entry_vol_page(e, si, &v, &p) &&
            n->stat_volume == v && (int)n->stat_page == p && !page_apart(e, si, bi, v, p))
            return;
    }
    if (nk >= 0 && nk < e->nname &&
        title_begins(l, e->w->buf + e->name[nk].so, e->name[nk].eo - e->name[nk].so))
        return; /* the bill's law's own title, its year written apart: "District of
                 * Columbia Appropriation Act. 1963 | ... | H. R. 12276" */
    sc_citation *b = &e->c[bi];
    emit_bill_name(d, e, b, n, l, nk, b->congress ? b->congress : n->congress,
                   said ? SC_ERROR : SC_WARNING);
}

/* Is bill @p bi written right beside name @p f, as its number: only
 * blanks, commas, a closing quote and an opening bracket between ("...;
 * Ethics in Government Act of 1978, S. 2570 (Oct. 26, 1978)", "the “X Act
 * of 2003”, S. 703", "...; X Act (H.R.3784); ...")? */
static int item_beside(const sc_entry *e, const sc_name_fact *f, int bi)
{
    const uint8_t *b = e->w->buf;
    /* (from the name's end when its tie holds the bill: "X Act (H.R.3784)") */
    size_t to = e->cs[bi], from = f->tie_eo <= to ? f->tie_eo : f->eo;
    if (to < from || to - from > 8)
        return 0;
    for (size_t k = from; k < to;) {
        size_t q = quote_end(b, k, to, 1);
        if (q == k && b[k] != ' ' && b[k] != ',' && !((b[k] == '(' || b[k] == '[') && k + 1 == to))
            return 0;
        k = q > k ? q : k + 1;
    }
    return 1;
}

/* In a string citation of laws, an item of one bill and one Act's name and
 * no law of its own, said enacted ("...; the Soviet Scientists Immigration
 * Act of 1992, S.1664, 102nd Congress (approved 1992); ...", "...; X Act of
 * 2021 (approved 2022, originally S. 610)."): the name's law must be the law
 * the bill became, as in an entry of that bill alone (check_bill_name).  A
 * bill that became no law says nothing here (a companion of the Act's). */
static void check_item_bill_names(sc_doc_state *d, sc_entry *e)
{
    static const char *const said[] = { "approved", "enacted", "enacting", "signed", "became law",
                                        "originally", NULL };
    const uint8_t *b = e->w->buf;
    for (uint64_t m = e->bill_in; m; m &= m - 1) {
        int bi = __builtin_ctzll(m);
        sc_citation *bc = &e->c[bi];
        size_t lo, hi;
        if (bc->ndiag > 0 || !sc_entry_bill_item(e, bi, &lo, &hi))
            continue; /* (a finding of its own said it: check_bill_name()) */
        const sc_ref_law *n;
        int nk;
        const sc_ref_law *l = sc_entry_item_bill_law(e, bi, lo, hi, &n, &nk);
        if (!n || !l || l == n)
            continue;
        int told = sc_text_has_any(b, lo, hi, said);
        if (!told && !(nk >= 0 && item_beside(e, &e->name[nk], bi)))
            continue; /* (no word of its enactment: only a bill written as the
                       * Act's number, right beside its name -- a warning) */
        int page = 0; /* a page in the item: the page's checks compare it with the name
                       * and the bill (check_page_names.c, check_page_facts.c) */
        for (uint64_t sm = e->stat_in; sm && !page; sm &= sm - 1) {
            int q = __builtin_ctzll(sm), v, p;
            page = e->cs[q] >= lo && e->ce[q] <= hi && sc_entry_vol_page(e, q, &v, &p);
        }
        if (!page)
            emit_bill_name(d, e, bc, n, l, nk, l->congress, told ? SC_ERROR : SC_WARNING);
    }
}

/* A section of a named Act that is a law's own (sc_entry_section_name_of():
 * "Section 504 of the Rehabilitation Act of 1973, Pub. L. No. 93-112",
 * "Pub. L. 83-212, § 20, Outer Continental Shelf Lands Act", a table row's
 * one law): the law must be the Act's, when the tables give the Act one
 * law.  The reconciler counted the name among the law's facts
 * (reconcile.c): when others point to the Act's law too, the fix says
 * which. */
static void check_act_section_law(sc_doc_state *d, sc_entry *e)
{
    for (uint64_t m = e->law_in; m; m &= m - 1) {
        int l = __builtin_ctzll(m);
        sc_citation *c = &e->c[l];
        sc_act_law one;
        int i = sc_entry_section_name_of(e, l, &one);
        if (i < 0)
            continue;
        const sc_citation *a = &e->c[i];
        /* the Act the law amended, loosely: "the Clean Air Act, Section
         * 103(g) (P.L. 101-549)", the Clean Air Act Amendments of 1990 */
        if (names_extend(sc_law_row(c), (const uint8_t *)a->act, strlen(a->act)))
            continue;
        /* the law's bill already said to be another law's, that same law
         * the name's: one finding ("Public Law 102-314, section 8, Palo
         * Alto ... Act (originally HR 1642)": bill-law-mismatch) */
        if (e->bill_of[l] >= 0 && sc_has_finding(c, SC_D_BILL_LAW_MISMATCH)) {
            const sc_citation *bc = &e->c[(int)e->bill_of[l]];
            const sc_ref_law *became =
                sc_ref_law_from_bill(bc->congress ? bc->congress : c->congress, bc->bill, bc->number);
            if (became && became->congress == one.congress && became->number == one.number)
                continue;
        }
        char ln[48], sugg[320];
        sc_law_name(c, ln, sizeof ln);
        const sc_evidence *ev = &e->ev[l];
        if (ev->law && ev->law != sc_law_row(c) && ev->law->congress == one.congress &&
            ev->law->number == one.number && (ev->by & ~SC_EV_NAME))
            sc_evidence_fix(e, l, sugg, sizeof sugg); /* "its page (87 Stat. 355) and its
                                                       * name all point to it" */
        else
            sc_fmt(sugg, sizeof sugg, "the %s is Pub. L. No. %d-%d", a->act, one.congress,
                   one.number);
        sc_emit(d, c, SC_ERROR, SC_D_ACT_NAME_MISMATCH, sugg, "the %s is Public Law %d-%d, not %s",
                a->act, one.congress, one.number, ln);
    }
}

/* The name the entry gives Public Law @p l of the 57th-81st Congress
 * ("the Smith-Lever Act, Pub. L. 59-47"): the law of the tables before
 * 1951 that carries the number must be one of the name's. */
static void old_law_name(sc_doc_state *d, sc_entry *e, int l)
{
    sc_citation *c = &e->c[l];
    const sc_hist_law *h[4];
    int k = sc_hist_public_law(c->congress, c->number, 0, h, 4);
    if (k > 1 && k <= 4) { /* a Congress that numbered afresh each session (57th-59th):
                            * the one of them that holds a page the entry cites */
        int hit = -1;
        for (int j = 0; j < k; j++)
            for (uint64_t m = e->stat_in; m; m &= m - 1) {
                int i = __builtin_ctzll(m), v, p;
                if (sc_entry_vol_page(e, i, &v, &p) && sc_hist_holds(h[j], v, p))
                    hit = hit < 0 || hit == j ? j : 99;
            }
        if (hit < 0 || hit == 99)
            return;
        h[0] = h[hit];
        k = 1;
    }
    if (k != 1 || h[0]->kind > SC_HIST_PRIVATE || !sc_hist_date_sure(h[0]))
        return;
    for (uint64_t m = e->stat_in; m; m &= m - 1) {
        int i = __builtin_ctzll(m), v, p;
        if (sc_entry_vol_page(e, i, &v, &p) && v <= 64 && !sc_hist_holds(h[0], v, p))
            return; /* a page of another law: the number is in doubt (hist-law-page) */
    }
    /* where the name begins as the tables know it: past a signal and the
     * words before it ("Mr. Speaker, the Wagner-Peyser Act"), the first of
     * its word starts the tables know a name from */
    const sc_name_fact *f = &e->name[e->name_of[l]];
    const uint8_t *b = e->w->buf;
    size_t so = f->so;
    for (int tries = 0; tries < 8 && so < f->eo; tries++) {
        size_t s2 = sc_past_signal(b, so, f->eo);
        sc_act_law rows[8];
        if (sc_act_name_laws((const char *)b + s2, f->eo - s2, rows, 8) > 0) {
            sc_check_old_law_name(d, c, h[0], (const char *)b + s2, f->eo - s2, 1);
            return;
        }
        while (so < f->eo && b[so] != ' ')
            so++; /* the next word */
        while (so < f->eo && (b[so] == ' ' || b[so] == ','))
            so++;
    }
}

void sc_check_name_year_slip(sc_doc_state *d, sc_citation *c, const uint8_t *b, size_t so,
                             size_t eo, int act, int year, int by_section)
{
    char law[80] = "", sugg[320];
    int cg, num, ch;
    int32_t date;
    if (sc_act_public_law(act, &cg, &num)) {
        sc_fmt(law, sizeof law, " (Public Law %d-%d)", cg, num);
    } else if (by_section) {
        return; /* (a series' member by its chapter: not said) */
    } else if (sc_act_chapter(act, &date, &ch)) {
        char ds[40];
        sc_fmt_date(date, ds, sizeof ds);
        sc_fmt(law, sizeof law, " (Act of %s, ch. %d)", ds, ch);
    }
    int nl = eo > so + 4 ? (int)(eo - so - 4) : 0;
    if (nl > 200)
        return;
    sc_fmt(sugg, sizeof sugg, "write the %.*s%d%s", nl, (const char *)b + so, year, law);
    if (by_section)
        sc_emit(d, c, SC_WARNING, SC_D_ACT_YEAR, sugg,
                "the tables know no %.*s; %s U.S.C. § %s is a section of the %.*s%d%s, the one "
                "Act of that name within five years whose section it is",
                (int)(eo - so), (const char *)b + so, c->title, c->section, nl,
                (const char *)b + so, year, law);
    else
        sc_emit(d, c, SC_WARNING, SC_D_ACT_YEAR, sugg,
                "the tables know no %.*s: the Act of that name is the %.*s%d%s", (int)(eo - so),
                (const char *)b + so, nl, (const char *)b + so, year, law);
}

/* Is the name at b[so] one of a bill's titles, as a status page lists
 * them by the version that carried them ("SHORT TITLE AS INTRODUCED:",
 * "<title type="short" as="passed house">", "Short title as reported to
 * the Senate"), on its line or the line before?  A bill introduced in 2011
 * may carry "... Act of 2011" and become the Act of 2012: that title is
 * the bill's, no slip of the law's. */
static int bill_version_title(const uint8_t *b, size_t lo, size_t so)
{
    size_t from = so > lo + 160 ? so - 160 : lo;
    int lines = 0;
    size_t q = so;
    while (q > from && lines < 2)
        if (b[--q] == '\n')
            lines++;
    if (lines == 2)
        q++;
    char low[161];
    size_t n = so - q;
    for (size_t k = 0; k < n; k++)
        low[k] = (char)sc_tolower(b[q + k]);
    /* the attribute of a status file: as="introduced" */
    static const char *const attrs[] = { "as=\"introduced", "as=\"passed", "as=\"reported",
                                         "as=\"enacted", NULL };
    for (const char *const *t = attrs; *t; t++)
        if (sc_find_text((const uint8_t *)low, n, *t, strlen(*t)))
            return 1;
    /* or a label: "title", "titles" or "title(s)" right before "as
     * introduced", "as passed", "as reported" ("SHORT TITLE AS
     * INTRODUCED:", "Short title as reported to the Senate") -- not "was
     * passed" */
    static const char *const steps[] = { " as introduced", " as passed", " as reported", NULL };
    for (const char *const *t = steps; *t; t++) {
        size_t tn = strlen(*t);
        for (const uint8_t *p = (const uint8_t *)low; (p = sc_find_text(p, n - (size_t)(p - (const uint8_t *)low), *t, tn));
             p += tn) {
            size_t at = (size_t)(p - (const uint8_t *)low);
            if ((at >= 5 && memcmp(low + at - 5, "title", 5) == 0) ||
                (at >= 6 && memcmp(low + at - 6, "titles", 6) == 0) ||
                (at >= 8 && memcmp(low + at - 8, "title(s)", 8) == 0))
                return 1;
        }
    }
    return 0;
}

/* An Act named alone whose year is a slip (byname.c's year_slip(): the
 * name is the one law's own title but for its year, "Americans with
 * Disabilities Act of 1991" for the Act of 1990): act-year, the title
 * the fix. */
static void by_name_year(sc_doc_state *d, sc_entry *e, int l)
{
    sc_citation *c = &e->c[l];
    const uint8_t *b = e->w->buf;
    size_t s = e->cs[l], t = e->ce[l];
    const sc_ref_law *law = sc_law_row(c);
    const char *title = law ? sc_law_short_title(law) : NULL;
    size_t tl = title ? strlen(title) : 0;
    /* the law's own title but for its year, or another name it bears
     * ("the Foreign Earned Income Act of 1978", a title of Public Law
     * 95-615, whose own is the Tax Treatment Extension Act of 1977) */
    int own_stem = 0;
    if (title && tl >= 12 && memcmp(title + tl - 8, " of ", 4) == 0 && t >= s + 12) {
        char k1[SC_ACT_NORM_MAX + 1], k2[SC_ACT_NORM_MAX + 1];
        size_t n1 = sc_act_norm((const char *)b + s, t - 8 - s, k1, sizeof k1),
               n2 = sc_act_norm(title, tl - 8, k2, sizeof k2);
        own_stem = n1 && n1 == n2 && memcmp(k1, k2, n1) == 0;
    }
    if (!own_stem) {
        /* no short title of that form, or another name of the law: the
         * Act of that name with another year (sc_act_year_slip(), as
         * byname.c read it) */
        size_t ns = s + 4 < t && (b[s] | 0x20) == 't' && memcmp(b + s + 1, "he ", 3) == 0 ? s + 4 : s;
        int y, act = sc_act_year_slip((const char *)b + ns, t - ns, &y), cg, num;
        /* (an old Act's name, its law one the historic tables number:
         * "Securities Exchange Act of 1933" for Public Law 73-291) */
        if (act < 0 ||
            !(law ? sc_act_public_law(act, &cg, &num) : sc_act_old_public_law(act, &cg, &num)) ||
            cg != c->congress || num != c->number || t - ns > 200)
            return;
        char sugg[320];
        int nl = (int)(t - ns - 4);
        sc_fmt(sugg, sizeof sugg, "write the %.*s%d (Public Law %d-%d)", nl, (const char *)b + ns, y,
               cg, num);
        if (bill_version_title(b, 0, s))
            return; /* (a bill's title of a version: "SHORT TITLE AS INTRODUCED:") */
        sc_emit(d, c, SC_WARNING, SC_D_ACT_YEAR, sugg,
                "Public Law %d-%d is the %.*s%d: the tables know no Act of that name of %.4s", cg,
                num, nl, (const char *)b + ns, y, (const char *)b + t - 4);
        return;
    }
    if (t < s + 12 || memcmp(b + t - 8, " of ", 4) != 0 ||
        memcmp(title + tl - 8, " of ", 4) != 0 || memcmp(b + t - 4, title + tl - 4, 4) == 0 ||
        !sc_isdigit(b[t - 1]) || !sc_isdigit(b[t - 4]))
        return;
    char sugg[192];
    sc_fmt(sugg, sizeof sugg, "write the %s (Public Law %d-%d)", title, law->congress,
           (int)law->number);
    if (bill_version_title(b, 0, s))
        return;
    sc_emit(d, c, SC_WARNING, SC_D_ACT_YEAR, sugg,
            "Public Law %d-%d is the %s: the tables know no Act of that name of %.4s",
            law->congress, (int)law->number, title, (const char *)b + t - 4);
}

/* A section of a named Act right before a Public Law of the 57th-81st
 * Congress, only a comma or a bracket between ("Securities Exchange Act §
 * 10(b), Pub. L. 73-292", "Social Security Act § 1902, Pub. L. 74-272"):
 * the law the tables before 1951 give that number must be one the name
 * designates (sc_check_old_law_name(), as for the name beside it:
 * old_law_name()) -- not when the tables say the law amended that Act (the
 * Act as amended, its section's amending law), nor when a page of the
 * entry is of another law (hist-law-page says so). */
static void check_old_act_section_law(sc_doc_state *d, sc_entry *e)
{
    for (uint64_t m = e->law_in; m; m &= m - 1) {
        int l = __builtin_ctzll(m);
        sc_citation *c = &e->c[l];
        if (c->type != SC_PUBLIC_LAW || c->congress < 57 || c->congress >= 82 ||
            e->name_of[l] >= 0 || c->ndiag > 0)
            continue;
        int ai = -1;
        for (int i = 0; i < e->n && ai < 0; i++)
            if (e->c[i].type == SC_ACT_SECTION && (e->kind[i] & SC_EK_IN) && e->c[i].act[0] &&
                sc_entry_right_before(e, i, l))
                ai = i;
        if (ai < 0)
            continue;
        const char *name = e->c[ai].act;
        size_t len = strlen(name);
        const sc_hist_law *h[4];
        if (sc_hist_public_law(c->congress, c->number, 0, h, 4) != 1 ||
            h[0]->kind > SC_HIST_PRIVATE || !sc_hist_date_sure(h[0]))
            continue;
        int act = sc_act_lookup(name, len);
        if (act >= 0 && sc_act_amended_by(act, c->congress, c->number))
            continue;
        int other_page = 0;
        for (uint64_t sm = e->stat_in; sm && !other_page; sm &= sm - 1) {
            int i = __builtin_ctzll(sm), v, p;
            other_page = sc_entry_vol_page(e, i, &v, &p) && v <= 64 && !sc_hist_holds(h[0], v, p);
        }
        if (!other_page)
            sc_check_old_law_name(d, c, h[0], name, len, 1);
    }
}

void sc_check_names(sc_doc_state *d, sc_entry *e)
{
    if (e->types & 1u << SC_ACT_SECTION) {
        check_act_section_law(d, e);
        check_old_act_section_law(d, e);
    }
    if (!e->nlaw && e->bill_in) /* (its names read there if need be) */
        check_bill_name(d, e);
    if (e->bill_in && e->nname && (e->nlaw || (e->stat_in && (sc_entry_read_items(e), e->nsemi > 0))))
        check_item_bill_names(d, e); /* (a string citation of pages, no law, too: "See
                                      * X Act, H.R. 5890 (112th Congress); Y Act, 112
                                      * Stat. 2935 (10/30/1998)") */
    for (int l = 0; l < e->n; l++) {
        const sc_citation *c = &e->c[l];
        if (sc_is_law(c) && e->name_of[l] >= 0 && c->type == SC_PUBLIC_LAW &&
            c->congress >= 57 && c->congress < 82) {
            old_law_name(d, e, l); /* a Public Law of the 57th-81st Congress */
            continue;
        }
        if (!sc_is_law(c) || e->name_of[l] < 0 || c->congress < 82 ||
            c->congress > d->current_congress)
            continue;
        if (!check_name(d, e, l) && !check_year(d, e, l))
            check_title_year(d, e, l);
    }
    for (int l = 0; l < e->n; l++)
        if ((e->c[l].wording & SC_W_BY_NAME) && sc_is_law(&e->c[l]))
            by_name_year(d, e, l); /* (not a bill's version title: bill_version_title,
                                    * asked only of a slip found) */
}
