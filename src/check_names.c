/*
 * check_names.c -- the Act names of an entry against the law they are
 * tied to (entry_ties.c): a name the tables give to another law
 * (act-name-mismatch), and a year in the name impossible for the law's
 * Congress (act-year).  "Act of 1996" is the year of enactment (one year
 * either side of the Congress is allowed: a name may carry the fiscal
 * year); "Act, 1997" and "Act for Fiscal Year 1997" a fiscal year, which
 * may be enacted the year before it.
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "ref_acts.h"

/* Words that may open the run of capitalized words before a name without
 * being part of it: "See the Clean Air Act", "Title VII of the Civil
 * Rights Act of 1964", "Under the ...". */
static const char *const lead_words[] = { "see", "under", "the", "in", "section", "sec",
                                          "title", "also", "cf", "pursuant", "by", "to", "of",
                                          "and", "with", "on", "division", "subtitle", "part",
                                          "chapter", "compare", "both", "each", "when", "as",
                                          "after", "before", "since", "while", "its", NULL };

static int roman_or_number(const uint8_t *b, size_t s, size_t e)
{
    if (e - s == 1 && sc_isupper(b[s]))
        return 1;
    int ok = 1;
    for (size_t k = s; k < e && ok; k++)
        ok = strchr("IVXLC", b[k]) != NULL || sc_isdigit(b[k]);
    return ok;
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
                *found_so = so;
            }
            return n;
        }
        /* drop a leading word that cannot begin a name, and what it brings
         * ("Title VII of the") */
        size_t we = so;
        while (we < nf->name_eo && sc_isalpha(b[we]))
            we++;
        if (we == so || (!sc_word_in(b, so, we, lead_words) && !roman_or_number(b, so, we)))
            break;
        so = we;
        while (so < nf->name_eo && (b[so] == ' ' || b[so] == '.'))
            so++;
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

/* Do the words between a name and its law say the name came later ("Pub.
 * L. 91-173, ..., known as the Federal Mine Safety and Health Act of
 * 1977": renamed in 1977)? */
static int renamed(const sc_entry *e, const sc_name_fact *nf, const sc_citation *c)
{
    static const char *const words[] = { "known", "renamed", "redesignated", "formerly",
                                         "amended", "amending", "amends", "referred",
                                         "designated", "now", NULL };
    size_t cs, ce;
    if (nf->tight || !sc_entry_span(e->w, c, &cs, &ce))
        return 0;
    size_t from = ce <= nf->so ? ce : nf->eo, to = ce <= nf->so ? nf->so : cs;
    return sc_word_among(e->w->buf, from, to, words);
}

static void check_year(sc_doc_state *d, sc_entry *e, int li)
{
    sc_citation *c = &e->c[li];
    const sc_name_fact *nf = &e->name[(int)e->name_of[li]];
    const sc_ref_congress *cg = sc_ref_congress_get(c->congress);
    int y = nf->year;
    if (!y || !cg || renamed(e, nf, c))
        return;
    int y0 = cg->start / 10000, yend = cg->end / 10000, y1 = yend;
    /* a term ending January 3 reaches only those days into its last year */
    if (cg->end % 10000 <= 103)
        y1--;
    if (y >= y0 - 1 && y <= y1 + 1)
        return;
    char name[48], sugg[320] = "";
    sc_law_name(c, name, sizeof name);
    const char *title = sc_law_short_title(sc_law_row(c));
    if (title && c->type == SC_PUBLIC_LAW)
        sc_fmt(sugg, sizeof sugg, "%s is the %s", name, title);
    sc_emit(d, c, SC_WARNING, SC_D_ACT_YEAR, sugg[0] ? sugg : NULL,
            "an Act %s %d cannot be %s, a law of the %d%s Congress (%d-%d)",
            nf->fiscal ? "for fiscal year" : "of", y, name, c->congress, SC_ORD(c->congress), y0,
            yend);
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

static void check_name(sc_doc_state *d, sc_entry *e, int li)
{
    sc_citation *c = &e->c[li];
    const sc_name_fact *nf = &e->name[(int)e->name_of[li]];
    const sc_ref_law *const *all;
    int nall = sc_entry_name_laws(e, e->name_of[li], &all);
    const sc_ref_law *own = sc_law_row(c);
    if (nall <= 0 || !own || nall > 4 || renamed(e, nf, c))
        return;
    for (int i = 0; i < nall; i++)
        if (all[i] == own)
            return;
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
        return;
    /* several laws bear the name: the entry's date may say which */
    int hit = k > 1 ? sc_name_row_on(rows, k, sc_entry_law_day(e, li)) : -1;
    if (hit >= 0) {
        rows[0] = rows[hit];
        titled = (uint8_t)((titled >> hit) & 1);
        k = 1;
    }
    if (names_extend(own, e->w->buf + nf->so, nf->name_eo - nf->so))
        return;
    /* a name only Congress.gov's display title gives is no evidence */
    if (k == 1 && (rows[0]->flags & SC_REF_TITLE_DISPLAY))
        return;
    char name[48], written[120], sugg[320];
    sc_law_name(c, name, sizeof name);
    size_t n = nf->eo - nf->so < sizeof written - 1 ? nf->eo - nf->so : sizeof written - 1;
    memcpy(written, e->w->buf + nf->so, n);
    written[n] = '\0';
    const sc_evidence *ev = &e->ev[li];
    /* the number is the odd fact, and bill-law-mismatch already names the
     * law the bill, the name and the rest point to: one finding says it */
    if (ev->law && ev->law != own)
        for (int i = 0; i < c->ndiag; i++)
            if (strcmp(c->diag[i].code, sc_code_name(SC_D_BILL_LAW_MISMATCH)) == 0)
                return;
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
                "%s amended the %s (Public Law %d-%d); the name is that Act's, not its own",
                name, written, rows[0]->congress, rows[0]->number);
        return;
    }
    if (ev->law && ev->law != own && (ev->by & ~SC_EV_NAME)) {
        sc_evidence_fix(e, li, sugg, sizeof sugg);
    } else if (own_title) {
        sc_fmt(sugg, sizeof sugg, "%s is the %.150s", name, own_title);
    } else {
        sc_fmt(sugg, sizeof sugg, "the %.120s is Pub. L. No. %d-%d", written, rows[0]->congress,
               rows[0]->number);
    }
    /* "section 27 of the X Act of 1980 (P.L. 117-103)": the law in the
     * parenthesis may be the one that amended that section -- only a note,
     * unless another fact of the entry agrees with the name */
    if (section_of(e, nf) && !(ev->law && ev->law != own && (ev->by & ~SC_EV_NAME)))
        sc_emit(d, c, SC_NOTE, SC_D_ACT_NAME_MISMATCH, sugg,
                "the %s is Public Law %d-%d, not %s (which may be the law that amended the "
                "section cited)", written, rows[0]->congress, rows[0]->number, name);
    else if (k == 1 || titled == 1)
        /* one law has the name, or bears it as its own title while the
         * others have it only from a "referred to" note (which may name a
         * part of another law, or err: "... of 1994, referred to in ...,
         * is section 5051(c) of Pub. L. 103-305" for 103-355) */
        sc_emit(d, c, SC_ERROR, SC_D_ACT_NAME_MISMATCH, sugg,
                "the %s is Public Law %d-%d, not %s", written, rows[0]->congress, rows[0]->number,
                name);
    else /* a name several laws share: worth a look */
        sc_emit(d, c, SC_NOTE, SC_D_ACT_NAME_MISMATCH, sugg,
                "no law named the %s is %s (the tables give that name to %d other laws, "
                "Public Law %d-%d first)", written, name, k, rows[0]->congress, rows[0]->number);
}

void sc_check_names(sc_doc_state *d, sc_entry *e)
{
    for (int l = 0; l < e->n; l++) {
        const sc_citation *c = &e->c[l];
        if (!sc_is_law(c) || e->name_of[l] < 0 || c->congress < 85 ||
            c->congress > d->current_congress)
            continue;
        check_name(d, e, l);
        check_year(d, e, l);
    }
}
