/*
 * check_usc.c -- the U.S. Code citations of an entry: a title that does
 * not exist, is reserved or was an eliminated appendix; malformed
 * subsections; a range that ends before it begins; a section the Code
 * never had (usc-section-unknown), or no longer has (usc-section-status)
 * -- unless the entry cites it as history ("(repealed)", "formerly
 * classified to") or the document is read as of a date when it was still
 * in the Code (then a note).  A run of sections of one entry with the same
 * status is one finding that lists them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "ref_acts.h"

/* Splits a range section "2000e-2-2000e-5" into ends; tries every dash and
 * keeps the first split whose end's number is as long as its start's (the
 * two ends of one family: "1320d-99-1320d-101" is 1320d-99 to 1320d-101,
 * not 1320d to "99-1320d-101", which a row of ranges the number 99 falls
 * in would find), those whose ends are both in the table first; else the
 * first split.  Subsections of the first end ("10a(1)-10c") are dropped. */
static int range_split(const sc_citation *c, char *lo, char *hi, size_t cap, int *both_known)
{
    const char *s = c->section;
    int found = 0, best = -1;
    *both_known = 0;
    for (const char *p = strchr(s, '-'); p; p = strchr(p + 1, '-')) {
        size_t n = (size_t)(p - s);
        if (n == 0 || n >= cap || strlen(p + 1) >= cap || !sc_isdigit((uint8_t)p[1]))
            continue;
        char a[64], b[64];
        memcpy(a, s, n);
        a[n] = '\0';
        char *paren = strchr(a, '(');
        if (paren)
            *paren = '\0';
        sc_fmt(b, sizeof b, "%s", p + 1);
        /* (an end of the start's last digits, "1961-68": 1968 known) */
        size_t na = strlen(a), nb = strlen(b);
        char bb[64];
        if (nb < na && strspn(a, "0123456789") == na && strspn(b, "0123456789") == nb) {
            memcpy(bb, a, na - nb);
            memcpy(bb + na - nb, b, nb + 1);
        } else {
            memcpy(bb, b, nb + 1);
        }
        int known = sc_ref_usc_section(c->title, a) && sc_ref_usc_section(c->title, bb);
        int score = (strspn(b, "0123456789") >= strspn(a, "0123456789")) * 2 + known;
        if (score > best) {
            strcpy(lo, a);
            strcpy(hi, b);
            found = 1;
            best = score;
            *both_known = known;
        }
    }
    return found;
}

/* What joins a range's ends in a message: "-", or " to" when an end has a
 * hyphen of its own ("1320d-1 to 1320d-9", not "1320d-1-1320d-9"). */
static const char *range_dash(const char *lo, const char *hi)
{
    return strchr(lo, '-') || strchr(hi, '-') ? " to " : "-";
}

/* Could b[0..n) be a subsection's designator -- digits, one or two
 * letters, or a Roman numeral ("1", "b", "aa", "iv", "XII") -- not a word
 * of a description run into the citation ("(law enforcement records)")? */
static int designator_like(const uint8_t *b, size_t n)
{
    size_t d = 0, r = 0;
    for (size_t i = 0; i < n; i++) {
        d += sc_isdigit(b[i]) != 0;
        r += strchr("ivxlcIVXLC", b[i]) != NULL && b[i];
    }
    return d == n || n <= 2 || r == n;
}

/* The most digits a section number of each title has (its leading run),
 * from the table (tools/gen_refdata.c counts them). */
static int title_max_digits(const char *key)
{
    int tn = (int)sc_atol(key) + (strchr(key, 'a') ? 100 : 0);
    return tn >= 0 && tn < 256 ? sc_ref_section_digits[tn] : 0;
}

/* (check.h) */
int32_t sc_usc_heading_date(const char *h)
{
    size_t n = strlen(h), end;
    for (size_t i = 0; i < n; i++) {
        if (!sc_isdigit((uint8_t)h[i]) && !sc_isupper((uint8_t)h[i]))
            continue; /* a date begins with a digit or a month's capital */
        int32_t d = sc_date_at((const uint8_t *)h, i, n, &end);
        if (d)
            return d;
    }
    return 0;
}

/* The date of the law a release point is named after ("115-269"): the
 * section was in the Code at least until then. */
static int32_t release_date(const char *rp)
{
    int c = (int)sc_atol(rp);
    const char *dash = strchr(rp, '-');
    const sc_ref_law *l = dash ? sc_ref_public_law(c, (int)sc_atol(dash + 1)) : NULL;
    return l ? l->enacted : 0;
}

/* Where section c moved (sc_usc_transfer(): transferred, reclassified,
 * renumbered): its title in @p to_t ("52"; an appendix's number with
 * *app_to set) and section in @p to_s; returns the kind (SC_XFER_*), or 0
 * when it did not move. */
static int moved_to(const sc_citation *c, char *to_t, size_t tcap, char *to_s, size_t scap,
                    int *app_to)
{
    int kind = 0;
    if (!sc_usc_transfer(c->title, c->section, to_t, tcap, to_s, scap, &kind))
        return 0;
    size_t tl = strlen(to_t);
    *app_to = tl > 0 && to_t[tl - 1] == 'a';
    if (*app_to)
        to_t[tl - 1] = '\0';
    return kind;
}

/* Does entry @p e cite the place section i moved to (@p to_t, an
 * appendix's when @p app_to, section @p to_s) as well -- "42 U.S.C. § 1973
 * (now 52 U.S.C. § 10301)", "..., recodified at 52 U.S.C. § 10301", a
 * parallel citation of both? */
static int cites_new_place(const sc_entry *e, int i, const char *to_t, int app_to, const char *to_s)
{
    char key[16];
    sc_fmt(key, sizeof key, "%s%s", to_t, app_to ? "a" : "");
    size_t n = strlen(to_s);
    for (int k = 0; k < e->n; k++)
        if (k != i && e->c[k].type == SC_USC && strcmp(e->c[k].title, key) == 0 &&
            strncmp(e->c[k].section, to_s, n) == 0 &&
            (e->c[k].section[n] == '\0' || e->c[k].section[n] == '-'))
            return 1; /* (or a range from it: "(now 52 U.S.C. §§ 10301 to 10702)") */
    return 0;
}

/* "42 U.S.C. § 1973 (2018)": an edition cites the Code as it then was, but
 * this section had left the Code before that edition's year began -- its
 * repeal's date, or the law of the last release point that held it, is
 * earlier -- so the edition cited does not have it.  An edition before
 * 2013 (the first release point on record) only by the date in the
 * section's heading; the first year written counts ("2012 & Supp. II
 * 2014" is the 2012 edition).  Returns 1 with a finding. */
static int edition_after_exit(sc_doc_state *d, sc_citation *c, const sc_ref_section *s,
                              int ed_year, int tn, const char *app)
{
    const char *heading = sc_ref_section_heading(s);
    /* when it left: the heading's date, else when it became a placeholder,
     * else the law of the last release point that held it */
    enum { BY_HEADING, BY_PLACEHOLDER, BY_RELEASE } by = BY_HEADING;
    int32_t left = s->status != SC_REF_SEC_ACTIVE ? sc_usc_heading_date(heading) : 0;
    /* an older edition only by the heading's own date ("20 U.S.C. § 1861
     * (1982)": "Repealed. Pub. L. 95-561, ..., Nov. 1, 1978") -- the
     * release points and placeholders on record begin in 2013 */
    if (ed_year < 2013 && !left)
        return 0;
    if (!left && s->status != SC_REF_SEC_ACTIVE &&
        (left = sc_usc_exit_date(c->title, c->section, NULL)) != 0)
        by = BY_PLACEHOLDER;
    if (!left) {
        left = release_date(sc_ref_section_last_release(s));
        by = BY_RELEASE;
    }
    if (!left || left >= ed_year * 10000 + 101)
        return 0;
    char sugg[160] = "", to_t[8], to_s[48], wd[40];
    int app_to = 0;
    if (moved_to(c, to_t, sizeof to_t, to_s, sizeof to_s, &app_to))
        sc_fmt(sugg, sizeof sugg, "cite %s U.S.C.%s § %s%s (%d)", to_t, app_to ? " App." : "",
               to_s, c->subsections, ed_year);
    sc_fmt_date(left, wd, sizeof wd);
    char why[160];
    if (by == BY_HEADING)
        sc_fmt(why, sizeof why, "%s %s", sc_ref_section_status_name(s->status), wd);
    else if (by == BY_PLACEHOLDER)
        sc_fmt(why, sizeof why, "only a placeholder, \"%s\", in the release points since "
               "the one of %s", heading, wd);
    else
        sc_fmt(why, sizeof why, "last in the release point of %s", wd);
    sc_emit(d, c, SC_WARNING, SC_D_USC_SECTION_STATUS, sugg[0] ? sugg : NULL,
            "%d U.S.C.%s § %s is cited as in the %d edition, but it had left the Code before "
            "then (%s)", tn, app, c->section, ed_year, why);
    return 1;
}

/* "52 U.S.C. § 10301 (2012)": an edition cites the Code as it then was,
 * but no edition of that year had this number: its title was first in the
 * Code later (data/usc_titles.csv: title 52 in 2014, sc_ref_title's
 * first_year), or the section took the number when it moved here from
 * another (data/usc_transfers.tsv: 42 U.S.C. § 1973, reclassified) that
 * became a placeholder after the last year the edition names
 * (data/usc_exits.tsv: since the release point of August 8, 2014).  By the
 * move: not when the old one was a placeholder already in the first
 * release point on record (2013: when, the tables do not say), nor, in a
 * title older than the edition, for a number a Prior Provisions note says
 * another section held.  The fix: the old number with the edition.
 * Returns 1 with a finding. */
static int edition_before_move(sc_doc_state *d, sc_citation *c, const char *sec, int last_year,
                               int tn, const char *app)
{
    const sc_ref_title *t = sc_ref_usc_title(c->title);
    char ft[8], fs[48];
    int before = 0, prior = 0, newer = t && t->first_year > last_year;
    int32_t moved = 0;
    if (sc_usc_moved_from(c->title, sec, ft, sizeof ft, fs, sizeof fs)) {
        moved = sc_usc_exit_date(ft, fs, &before);
        sc_usc_entered(c->title, sec, &prior, NULL);
        if (!moved || before || (prior && !newer) || last_year >= moved / 10000)
            moved = 0; /* (a number another section held before: its text then was that one's) */
    }
    if (!moved && !newer)
        return 0;
    if (moved) {
        char sugg[160], wd[40];
        int app_from = ft[strlen(ft) - 1] == 'a', ftn = (int)sc_atol(ft);
        sc_fmt(sugg, sizeof sugg, "cite %d U.S.C.%s § %s%s (%s)", ftn, app_from ? " App." : "", fs,
               c->subsections, c->edition);
        sc_fmt_date(moved, wd, sizeof wd);
        sc_emit(d, c, SC_WARNING, SC_D_USC_EDITION, sugg,
                "%d U.S.C.%s § %s is cited as in the Code of %d, but the section had that number "
                "only from %d: it was %d U.S.C.%s § %s, a placeholder since the release point of %s",
                tn, app, sec, last_year, moved / 10000, ftn, app_from ? " App." : "", fs, wd);
    } else {
        sc_emit(d, c, SC_WARNING, SC_D_USC_EDITION, NULL,
                "%d U.S.C.%s § %s is cited as in the Code of %d, but title %d was first in the "
                "Code in %d", tn, app, sec, last_year, tn, t->first_year);
    }
    return 1;
}

/* "42 U.S.C. § 12101 (1985)": an edition cites the Code as it then was,
 * but this section's text entered the statutes after the last year the
 * edition written names (its source credit's first element: Pub. L.
 * 101-336, July 26, 1990), so no edition or supplement of that year had
 * it.  A year's grace: an edition holds the laws of its Congress, enacted
 * through the next January.  Not for a number a prior section held (its
 * text then was another's: a Prior Provisions note), nor for an edition
 * before the title took its present numbers (sc_usc_entered()'s
 * codified), nor where the tables
 * give no day (the Revised Statutes' sections; a positive-law title's
 * codified ones, which were in the Code before the title was enacted).
 * Returns 1 with a finding. */
static int edition_before_entry(sc_doc_state *d, sc_citation *c, const char *sec, int last_year,
                                int tn, const char *app)
{
    if (edition_before_move(d, c, sec, last_year, tn, app))
        return 1; /* (the number itself younger than the edition) */
    int prior = 0;
    int32_t codified = 0, in = sc_usc_entered(c->title, sec, &prior, &codified);
    if (!in || prior || in < (last_year + 1) * 10000 + 200 || last_year < codified / 10000)
        return 0; /* (an edition before the title took its present numbers: "title 10,
                   * U.S.C., 1946 ed., § 1409", before title 10 was enacted in 1956) */
    char wd[40], sugg[96];
    sc_fmt_date(in, wd, sizeof wd);
    sc_fmt(sugg, sizeof sugg, "cite an edition or supplement of %d or later", in / 10000);
    if (strcmp(sec, c->section) != 0)
        sc_emit(d, c, SC_WARNING, SC_D_USC_EDITION, sugg,
                "%d U.S.C.%s §§ %s are cited as in the Code of %d, but the text of § %s, the "
                "first, entered the statutes %s, after that", tn, app, c->section, last_year, sec,
                wd);
    else
        sc_emit(d, c, SC_WARNING, SC_D_USC_EDITION, sugg,
                "%d U.S.C.%s § %s is cited as in the Code of %d, but its text entered the "
                "statutes %s, after that", tn, app, c->section, last_year, wd);
    return 1;
}

/* The edition a citation names (the grammar's years, four digits each):
 * *ed_year the first ("2012 & Supp. II 2014" is the 2012 one), *last_year
 * the last (the supplement's); 0 each when none. */
static void edition_years(const sc_citation *c, int *ed_year, int *last_year)
{
    *ed_year = *last_year = 0;
    for (const char *p = c->edition; *p; p++)
        if (sc_isdigit((uint8_t)*p) && (p == c->edition || !sc_isdigit((uint8_t)p[-1]))) {
            int y = (int)sc_atol(p);
            if (!*ed_year && strlen(p) >= 4)
                *ed_year = y;
            if (strspn(p, "0123456789") == 4 && y > *last_year)
                *last_year = y;
        }
    /* a supplement by its number alone, the Supreme Court's way: "(1982 ed.,
     * Supp. III)" is the third of the yearly supplements after the 1982
     * edition, 1985's */
    const char *sp = strstr(c->edition, "Supp");
    if (sp && *ed_year && *last_year == *ed_year) {
        sp += 4;
        while (*sp == '.' || *sp == ' ')
            sp++;
        int n = 0, prev = 0;
        for (; *sp == 'I' || *sp == 'V' || *sp == 'X'; sp++) {
            int v = *sp == 'I' ? 1 : *sp == 'V' ? 5 : 10;
            n += v > prev && prev ? v - 2 * prev : v; /* ("IV": 1, then 5 - 2) */
            prev = v;
        }
        while (*sp == ' ')
            sp++;
        if (n > 0 && n < 12 && !sc_isalnum((uint8_t)*sp)) /* (no year after it: "Supp. V
                                                          * 1987" is 1987's) */
            *last_year = *ed_year + n;
    }
}

/* The fix of a section the Code lacks that is a subsection written without
 * its parentheses ("28 U.S.C. 636c": "did you mean 28 U.S.C. § 636(c)"), in
 * @p out, or "".  Only for a cite written alone in the abbreviated form --
 * no list item, no "section 1331a [now 12731a] of Title 10", no "470i et
 * seq." -- ending in one lower-case letter after its number, when the
 * number alone is a section and the title numbers no section after that
 * number with a letter: in the Code's notes "sections 231b, 231c of this
 * title" are sections. */
static void subsection_fix(const sc_citation *c, int tn, const char *app, char *out, size_t cap)
{
    out[0] = '\0';
    size_t sl = strlen(c->section);
    if (sl < 2 || sl >= 40 || strspn(c->section, "0123456789") != sl - 1 ||
        !sc_islower((uint8_t)c->section[sl - 1]) || c->form != SC_FORM_FULL ||
        !sc_isdigit((uint8_t)c->raw[0]) || (c->wording & (SC_W_LIST_ITEM | SC_W_RANGE | SC_W_ET_SEQ)))
        return;
    char base[48], sib[64];
    memcpy(base, c->section, sl - 1);
    base[sl - 1] = '\0';
    for (char l = 'a'; l <= 'z'; l++) {
        snprintf(sib, sizeof sib, "%s%c", base, l);
        if (sc_ref_usc_section(c->title, sib))
            return; /* a lettered family: "231b" is a section's name */
    }
    if (sc_ref_usc_section(c->title, base))
        sc_fmt(out, cap, "did you mean %d U.S.C.%s § %s(%c)%.60s, a subsection written without "
               "its parentheses?", tn, app, base, c->section[sl - 1], c->subsections);
}

/* The fix of a section the Code lacks whose number, two neighbouring digits
 * swapped, is a section in force of the title that the entry itself names
 * on the citation's line ("Section 1983 ... 42 U.S.C. § 1938": did you mean
 * § 1983?; "section 6103(l)(7)(D)(ix) of the Internal Revenue Code of 1986
 * (26 U.S.C. 1603(1)(7)(D)(ix))", a bill's), in @p out,
 * or "".  Only on that evidence: a swap alone guesses wrong more often
 * than right -- most sections the tables lack are sections that left the
 * Code before 2013, cited as the Code's notes and old reports cite them. */
static void swap_fix(sc_entry *e, int i, int tn, const char *app, char *out, size_t cap)
{
    const sc_citation *c = &e->c[i];
    out[0] = '\0';
    size_t nd = strspn(c->section, "0123456789"), sl = strlen(c->section);
    if (nd < 3 || sl >= 40 || !(e->kind[i] & SC_EK_IN) || (c->wording & (SC_W_RANGE | SC_W_ET_SEQ)))
        return;
    sc_entry_need_bounds(e);
    const uint8_t *b = e->w->buf;
    size_t lo, hi; /* the citation's line: where the section may be named */
    sc_entry_cite_line(e, i, &lo, &hi);
    char cand[48];
    for (size_t k = 0; k + 1 < nd; k++) {
        if (c->section[k] == c->section[k + 1] || (k == 0 && c->section[1] == '0'))
            continue; /* (one number; no leading zero) */
        memcpy(cand, c->section, sl + 1);
        cand[k] = c->section[k + 1];
        cand[k + 1] = c->section[k];
        const sc_ref_section *r = sc_ref_usc_in_force(c->title, cand);
        if (!r || (r->flags & SC_REF_SEC_RANGE))
            continue;
        /* the number written elsewhere on the line, a number of its own */
        for (size_t q = lo; q + sl <= hi; q++) {
            if (memcmp(b + q, cand, sl) != 0 || (q > lo && sc_isalnum(b[q - 1])) ||
                (q + sl < hi && sc_isdigit(b[q + sl])) || (q >= e->cs[i] && q < e->ce[i]))
                continue;
            sc_fmt(out, cap, "did you mean %d U.S.C.%s § %s%.60s, the section the entry names "
                   "(two digits swapped)?", tn, app, cand, c->subsections);
            return;
        }
    }
}

/* A range written as one ("42 U.S.C. §§ 12101-12250") whose end (or
 * start) is a section the Code never had since 2013: usc-section-unknown,
 * as for one section -- not in an old edition, as history, read as of a
 * date before the release points, nor an end with more digits than the
 * title's sections have (a typo usc-section-unknown does not guess). */
static void range_ends(sc_doc_state *d, sc_entry *e, int i, const char *lo, const char *hi, int tn,
                       const char *app)
{
    const sc_citation *c = &e->c[i];
    /* the sections, without an end's subsections ("6705 to 6707(d)") */
    char a[64], z[64];
    sc_fmt(a, sizeof a, "%.*s", (int)strcspn(lo, "("), lo);
    sc_fmt(z, sizeof z, "%.*s", (int)strcspn(hi, "("), hi);
    const char *bad = !sc_ref_usc_section_any_case(c->title, a)   ? a
                      : !sc_ref_usc_section_any_case(c->title, z) ? z
                                                                  : NULL;
    if (!bad || c->edition[0] || (d->as_of && d->as_of < SC_REF_SECTIONS_SINCE) ||
        sc_entry_historic(e, i))
        return;
    char rel[96];
    sc_fmt_release(sc_ref_release_point(), rel, sizeof rel);
    sc_emit(d, &e->c[i], SC_WARNING, SC_D_USC_SECTION_UNKNOWN, NULL,
            "%d U.S.C.%s has no section %s, the %s of the range %s%s%s (not in release point %s "
            "nor removed since 2013)", tn, app, bad, bad == a ? "start" : "end", lo, range_dash(lo, hi),
            hi, rel);
}

/* A range written as one whose two ends both moved to one title ("42
 * U.S.C. §§ 1973 to 1973bb-1", editorially reclassified to title 52): a
 * usc-section-status warning naming where, as for one section -- not in an
 * edition, as history, read as of a date, nor where the entry cites the new
 * place too. */
static void range_moved(sc_doc_state *d, sc_entry *e, int i, const char *lo, const char *hi, int tn,
                        const char *app)
{
    const sc_citation *c = &e->c[i];
    if (c->edition[0] || d->as_of || c->ndiag > 0 || sc_entry_historic(e, i))
        return;
    char a[64], z[64], t1[8], s1[48], t2[8], s2[48];
    sc_fmt(a, sizeof a, "%.*s", (int)strcspn(lo, "("), lo);
    sc_fmt(z, sizeof z, "%.*s", (int)strcspn(hi, "("), hi);
    int k1 = 0, k2 = 0;
    if (!sc_usc_transfer(c->title, a, t1, sizeof t1, s1, sizeof s1, &k1) ||
        !sc_usc_transfer(c->title, z, t2, sizeof t2, s2, sizeof s2, &k2) || strcmp(t1, t2) != 0)
        return;
    size_t tl = strlen(t1);
    int app_to = tl > 0 && t1[tl - 1] == 'a';
    if (app_to)
        t1[tl - 1] = '\0';
    if (cites_new_place(e, i, t1, app_to, s1))
        return; /* both places given */
    const char *how = k1 != k2                       ? "moved"
                      : k1 == SC_XFER_RECLASSIFIED ? "editorially reclassified"
                      : k1 == SC_XFER_RENUMBERED   ? "renumbered"
                                                   : "transferred";
    char sugg[200];
    sc_fmt(sugg, sizeof sugg, "cite %s U.S.C.%s §§ %s%s%s", t1, app_to ? " App." : "", s1,
           range_dash(s1, s2), s2);
    sc_emit(d, &e->c[i], SC_WARNING, SC_D_USC_SECTION_STATUS, sugg,
            "%d U.S.C.%s §§ %s%s%s were %s to %s U.S.C.%s §§ %s%s%s", tn, app, a, range_dash(a, z),
            z, how, t1, app_to ? " App." : "", s1, range_dash(s1, s2), s2);
}

/* A range written as one whose end is only the last part of its
 * hyphenated start ("2000e-2-5": 2000e-2 to 2000e-5; "1320a-7a-7b"):
 * stores the two ends in @p lo and @p hi (64 bytes each) when the start is
 * a section and the end so read is one too. */
static int short_family_end(const char *title, const char *sec, char *lo, char *hi)
{
    const char *last = strrchr(sec, '-');
    if (!last || last == sec || strlen(sec) >= 64)
        return 0;
    size_t hl = (size_t)(last - sec);
    char head[64], full[64];
    memcpy(head, sec, hl);
    head[hl] = '\0';
    const char *stem_end = strrchr(head, '-');
    if (!stem_end || !sc_ref_usc_section(title, head))
        return 0;
    size_t sl = (size_t)(stem_end - head) + 1;
    if (sl + strlen(last + 1) >= sizeof full)
        return 0;
    memcpy(full, head, sl);
    strcpy(full + sl, last + 1);
    if (!sc_ref_usc_section(title, full) || sc_ref_section_cmp(head, full) > 0)
        return 0;
    strcpy(lo, head);
    strcpy(hi, full);
    return 1;
}

/* The end @p hi of a range written as one ("§§"), shorter than its start
 * @p lo, all digits, and not all digits itself ("876a"): is it a section?
 * Either as written, or with the start's first digits before it, its last
 * digits only ("§§ 1701–02a" for 1702a) -- that end stored in @p hi.  Not
 * when neither is in the table: a section of the family numbered with a
 * hyphen ("§§ 3142–1 ...") stays a designator. */
static int written_end(const char *title, const char *lo, char *hi)
{
    size_t nl = strlen(lo), nd = strspn(hi, "0123456789"), nh = strlen(hi);
    if (lo[strspn(lo, "0123456789")] != '\0' || nd == 0 || nd >= nl || nd == nh ||
        !sc_isalpha((uint8_t)hi[nd]) || nl - nd + nh >= 64)
        return 0;
    char full[64];
    memcpy(full, lo, nl - nd);
    strcpy(full + nl - nd, hi);
    if (sc_ref_usc_section(title, full) && sc_ref_section_cmp(lo, full) <= 0) {
        strcpy(hi, full);
        return 1;
    }
    return sc_ref_usc_section(title, hi) != NULL;
}

/* Checks citation i; returns 1 when it got a usc-section-status finding. */
static int check_one(sc_doc_state *d, sc_entry *e, int i)
{
    sc_citation *c = &e->c[i];
    const sc_window *w = e->w;
    char app[8] = "";
    int tn = (int)sc_atol(c->title);
    if (c->wording & SC_W_APPENDIX)
        sc_fmt(app, sizeof app, " App.");
    const sc_ref_title *t = sc_ref_usc_title(c->title);
    if (!t) {
        if (c->wording & SC_W_APPENDIX && tn >= 1 && tn <= 54)
            sc_emit(d, c, SC_NOTE, SC_D_USC_TITLE,
                    "the appendices on record are those of titles 5, 11, 18, 28 and 50",
                    "title %d of the U.S. Code has no appendix on record (an appendix eliminated "
                    "before 2013 leaves no trace in the tables)", tn);
        else
            sc_emit(d, c, SC_ERROR, SC_D_USC_TITLE, NULL,
                    "there is no title %d of the U.S. Code: its titles run from 1 to 54", tn);
        return 0;
    }
    if (t->status == SC_REF_TITLE_RESERVED) {
        sc_emit(d, c, SC_ERROR, SC_D_USC_TITLE_RESERVED, NULL,
                "title %d of the U.S. Code is reserved: it has no sections", tn);
        return 0;
    }
    if (t->status == SC_REF_TITLE_ELIMINATED) {
        const sc_ref_section *s = d->as_of ? sc_ref_usc_section(c->title, c->section) : NULL;
        if (d->as_of && !s && d->as_of < SC_REF_SECTIONS_SINCE) {
            /* (no section of it on record, a date before the release points
             * the tables hold: the appendix was the Code then) */
            char asof[40];
            sc_fmt_date(d->as_of, asof, sizeof asof);
            sc_emit(d, c, SC_NOTE, SC_D_USC_APPENDIX_ELIMINATED, NULL,
                    "the appendix to title %d was eliminated after %s (%s)", tn, asof,
                    d->as_of_stated ? "the document's date" : "--as-of");
        } else if (s && d->as_of <= release_date(sc_ref_section_last_release(s))) {
            /* the appendix as the document's date knew it: "Decided June 2,
             * 1952. ... 50 U.S.C. App. § 468" */
            char asof[40], rel[96];
            sc_fmt_date(d->as_of, asof, sizeof asof);
            sc_fmt_release(sc_ref_section_last_release(s), rel, sizeof rel);
            sc_emit(d, c, SC_NOTE, SC_D_USC_APPENDIX_ELIMINATED, NULL,
                    "the appendix to title %d was eliminated after %s (%s): § %s was in it "
                    "until release point %s",
                    tn, asof, d->as_of_stated ? "the document's date" : "--as-of", c->section, rel);
        } else if (!sc_entry_historic(e, i))
            sc_emit(d, c, SC_WARNING, SC_D_USC_APPENDIX_ELIMINATED,
                    "cite the section of the title it was moved to, or the edition: (2012)",
                    "the appendix to title %d was eliminated; its sections were repealed or "
                    "moved into the titles", tn);
        return 0;
    }
    /* subsections: every '(' closed */
    int depth = 0, bad = 0;
    for (const char *p = c->subsections; *p; p++) {
        if (*p == '(')
            bad |= depth++ > 0;
        else if (*p == ')')
            bad |= --depth < 0;
    }
    /* an unclosed one right after the citation ends it early: "1357(g)(1 " */
    size_t cs, ce;
    char tail[16] = "";
    if (sc_entry_span(w, c, &cs, &ce) && ce < w->len && w->buf[ce] == '(') {
        size_t k = ce + 1;
        while (k < w->len && k - ce < 8 && sc_isalnum(w->buf[k]))
            k++;
        size_t q = k;
        while (q < w->len && w->buf[q] == ' ')
            q++; /* "5172(f )" */
        /* unclosed: the run of letters or digits is followed by a blank,
         * punctuation or another "(" -- not by ")" or a dash ("(i-v)") */
        /* (nor a list of them in one bracket, "§§ 1302(b, h)": a ',' and a
         * designator, then ')') */
        size_t r = k;
        while (r + 2 < w->len && w->buf[r] == ',' && w->buf[r + 1] == ' ' && sc_isalnum(w->buf[r + 2])) {
            r += 2;
            while (r < w->len && r - k < 24 && sc_isalnum(w->buf[r]))
                r++;
        }
        int listed = r > k && r < w->len && w->buf[r] == ')';
        if (k > ce + 1 && k - ce < 8 && (q >= w->len || w->buf[q] != ')') && k < w->len && !listed &&
            w->buf[k] != '-' && w->buf[k] != 0xe2 && designator_like(w->buf + ce + 1, k - ce - 1)) {
            memcpy(tail, w->buf + ce, k - ce);
            tail[k - ce] = '\0';
            bad = 1;
        }
    }
    if (bad || depth != 0)
        sc_emit(d, c, SC_ERROR, SC_D_USC_SUBSECTION, NULL,
                "malformed subsections \"%s%s\": every \"(\" needs its \")\"", c->subsections,
                tail);
    if (!c->section[0] || t->sections <= 0)
        return 0; /* 11 App. and 28 App. hold court rules: not in the table */
    /* a range: "§§ 1983-1988", or "921-931" when no such section exists --
     * but not "1320d-99": a number with a letter before its dash is one
     * designator, and one the Code lacks */
    int ed_year, last_year; /* the edition's (the range's, below, too) */
    edition_years(c, &ed_year, &last_year);
    char lo[64], hi[64]; /* strings: only their first bytes set (not 128 zeroes) */
    lo[0] = hi[0] = '\0';
    int known = 0;
    int written_range = (c->wording & SC_W_RANGE) != 0, ranged = written_range;
    if (!ranged && strchr(c->section, '-') && !sc_ref_usc_section(c->title, c->section) &&
        range_split(c, lo, hi, sizeof lo, &known) && known &&
        (sc_isdigit((uint8_t)lo[strlen(lo) - 1]) || strspn(hi, "0123456789") < strlen(hi)))
        ranged = 1; /* "921-931", "49e-49k" -- not "539m-201" */
    /* why a hyphenated number is no range, when it is none: NOT_RANGE_* */
    enum { NOT_RANGE_NO, NOT_RANGE_FAMILY, NOT_RANGE_DESCENDS } why = NOT_RANGE_NO;
    char family[72];
    family[0] = '\0';
    if (ranged && !written_range && lo[0] && hi[strspn(hi, "0123456789")] == '\0' &&
        strlen(hi) < strspn(lo, "0123456789")) {
        /* the title numbers a family of sections after this one with a
         * hyphen ("2680-1" ... "2680-4" in title 22): "2680-97", a short
         * number after the hyphen, is one of that family (one the table
         * lacks), not the range 2680-2697 ("28-28e", "470-470t" are ranges) */
        snprintf(family, sizeof family, "%s-1", lo);
        if (sc_ref_usc_section(c->title, family)) {
            ranged = 0;
            why = NOT_RANGE_FAMILY;
        }
    }
    if (ranged) {
        /* "2511-18": the end abbreviated to its last digits */
        if (range_split(c, lo, hi, sizeof lo, &known)) {
            size_t nl = strlen(lo), nh = strlen(hi);
            if (nh < nl && strspn(lo, "0123456789") == nl && strspn(hi, "0123456789") == nh) {
                char full[64];
                memcpy(full, lo, nl - nh);
                strcpy(full + nl - nh, hi);
                if (sc_ref_section_cmp(lo, full) <= 0)
                    strcpy(hi, full);
            }
        }
        /* "3142-1", "460l-11", "1962(d)-17(a)": when the end's number is
         * shorter than the start's, a designator the table lacks, not a
         * range (the all-digit "2511-18" was expanded above) */
        int desig = strspn(hi, "0123456789") < strspn(lo, "0123456789");
        if (written_range && lo[strspn(lo, "0123456789")] == '\0' &&
            hi[strspn(hi, "0123456789")] == '\0')
            desig = 0; /* (but "§§ 36423–3427", numbers alone, written as a range: one
                        * that descends -- no end of its last digits makes it one) */
        if (written_range && desig && written_end(c->title, lo, hi))
            desig = 0; /* "§§ 5707–876a": the end a section of its own, or the start's
                        * digits before it ("§§ 1701–02a" for 1702a) */
        if (written_range && lo[0] && hi[0]) {
            /* an end with more digits than the title's sections have: as for
             * one section ("49 U.S.C. §§ 123909–31306a") */
            int max = title_max_digits(c->title);
            const char *big = (int)strspn(lo, "0123456789") > max   ? lo
                              : (int)strspn(hi, "0123456789") > max ? hi
                                                                    : NULL;
            if (max > 0 && big && !sc_entry_historic(e, i)) {
                sc_emit(d, c, SC_ERROR, SC_D_USC_SECTION_UNKNOWN, NULL,
                        "%d U.S.C.%s has no section %s, the %s of the range %s%s%s: no section of "
                        "title %d has more than %d digits",
                        tn, app, big, big == lo ? "start" : "end", lo, range_dash(lo, hi), hi, tn, max);
                return 0;
            }
        }
        int descends = lo[0] && !desig && sc_ref_section_cmp(lo, hi) > 0;
        if (descends && written_range) {
            sc_emit(d, c, SC_ERROR, SC_D_USC_RANGE, NULL,
                    "the section range %s%s%s ends before it begins", lo, range_dash(lo, hi), hi);
            return 0;
        }
        if (written_range && !desig && lo[0] && hi[0]) {
            range_ends(d, e, i, lo, hi, tn, app);
            range_moved(d, e, i, lo, hi, tn, app);
            /* (an edition older than its first section) */
            if (ed_year && last_year <= d->current_year && sc_ref_usc_section(c->title, lo))
                edition_before_entry(d, c, lo, last_year, tn, app);
        }
        if (written_range && desig && lo[0] && lo[strspn(lo, "0123456789")] == '\0') {
            /* "§§ 1701–02a", its end's last digits only, and neither end a
             * section (written_end): the end as the start's digits make it */
            size_t nl = strlen(lo), nd = strspn(hi, "0123456789");
            char full[64];
            if (nd > 0 && nd < nl && nl - nd + strlen(hi) < sizeof full) {
                memcpy(full, lo, nl - nd);
                strcpy(full + nl - nd, hi);
                range_ends(d, e, i, lo, full, tn, app);
            }
            return 0;
        }
        if (written_range && desig && short_family_end(c->title, c->section, lo, hi)) {
            /* "§§ 2000e-2–5", "§§ 1320a-7a–7b": the end written as the last
             * part of a hyphenated start's family (2000e-5, 1320a-7b) */
            range_ends(d, e, i, lo, hi, tn, app);
            return 0;
        }
        if (written_range ? !desig : !(descends || desig))
            return 0;
        /* one hyphenated number that no range can be ("262-150", whose
         * end comes first; "3142-1", a designator, also after two section
         * signs: "§§ 292b-7b et seq."): a section, and one the table may
         * lack -- said below, never passed over */
        if (descends)
            why = NOT_RANGE_DESCENDS;
    }
    const sc_ref_section *s = sc_ref_usc_section_any_case(c->title, c->section);
    /* none of the edition's years may be of a year to come ("(2031)",
     * "(2012 & Supp. V 2031)") */
    if (last_year > d->current_year) {
        sc_emit(d, c, SC_WARNING, SC_D_USC_EDITION, NULL,
                "%d U.S.C.%s § %s is cited in the edition of %d, a year still to come", tn, app,
                c->section, last_year);
        ed_year = 0;
    }
    if (!s) {
        if (ed_year && ed_year < 2013)
            return 0; /* an old edition: removed before the table's first release point */
        if (sc_entry_historic(e, i))
            return 0;
        int nd = (int)strspn(c->section, "0123456789"), max = title_max_digits(c->title);
        if (max > 0 && nd > max)
            sc_emit(d, c, SC_ERROR, SC_D_USC_SECTION_UNKNOWN, NULL,
                    "%d U.S.C.%s has no section %s: no section of title %d has more than %d "
                    "digits", tn, app, c->section, tn, max);
        else if (d->as_of && d->as_of < SC_REF_SECTIONS_SINCE) {
            /* read as of a date before the release points on record: the
             * section may have been in the Code then, and gone since */
            char asof[40];
            sc_fmt_date(d->as_of, asof, sizeof asof);
            sc_emit(d, c, SC_NOTE, SC_D_USC_SECTION_UNKNOWN, NULL,
                    "%d U.S.C.%s § %s is in none of the Code's release points on record (July 2013 "
                    "on); as of %s%s it may have been in the Code", tn, app, c->section, asof,
                    d->as_of_stated ? ", the document's date," : "");
        } else {
            char rel[96], sugg[192];
            sc_fmt_release(sc_ref_release_point(), rel, sizeof rel);
            subsection_fix(c, tn, app, sugg, sizeof sugg);
            if (!sugg[0])
                swap_fix(e, i, tn, app, sugg, sizeof sugg);
            sc_emit(d, c, why == NOT_RANGE_DESCENDS ? SC_ERROR : SC_WARNING,
                    SC_D_USC_SECTION_UNKNOWN, sugg[0] ? sugg : NULL,
                    "%d U.S.C.%s has no section %s (not in release point %s nor removed since "
                    "2013)%s%s", tn, app, c->section, rel,
                    why == NOT_RANGE_DESCENDS ? "; read as a range, it would end before it begins"
                    : why == NOT_RANGE_FAMILY ? "; the title's sections numbered after "
                                                "it with a hyphen begin at "
                                              : "",
                    why == NOT_RANGE_FAMILY ? family : "");
        }
        return 0;
    }
    if (last_year && ed_year && s->status == SC_REF_SEC_ACTIVE)
        edition_before_entry(d, c, c->section, last_year, tn, app); /* (not a status finding) */
    if (s->status == SC_REF_SEC_ACTIVE && (s->flags & SC_REF_SEC_CURRENT))
        return 0;
    if (c->edition[0])
        return edition_after_exit(d, c, s, ed_year, tn, app); /* the Code as it then was */
    if (sc_entry_historic(e, i))
        return 0; /* history is history */
    const char *heading = sc_ref_section_heading(s);
    if (d->as_of && !(s->flags & SC_REF_SEC_CURRENT) && !sc_usc_heading_date(heading) &&
        d->as_of <= release_date(sc_ref_section_last_release(s))) {
        char asof[40];
        sc_fmt_date(d->as_of, asof, sizeof asof);
        char rel[96];
        sc_fmt_release(sc_ref_section_last_release(s), rel, sizeof rel);
        sc_emit(d, c, SC_NOTE, SC_D_USC_SECTION_STATUS, NULL,
                "%d U.S.C.%s § %s was in the Code as of %s (%s); it has left it since (last in "
                "release point %s)", tn, app, c->section, asof,
                d->as_of_stated ? "the document's date" : "--as-of", rel);
        return 0;
    }
    /* a note filed under a section the Code keeps as a heading ("18 U.S.C.
     * 1 note": notes may stay under a repealed or omitted section -- a
     * moved one's move with it): said as a note, not a warning */
    int note_under = (s->status == SC_REF_SEC_REPEALED || s->status == SC_REF_SEC_OMITTED ||
                      s->status == SC_REF_SEC_OMITTED_OR_REPEALED) &&
                     (c->wording & SC_W_NOTE) && (s->flags & SC_REF_SEC_CURRENT);
    if (s->status != SC_REF_SEC_ACTIVE) {
        int32_t when = sc_usc_heading_date(heading);
        int by = 0; /* when is the release point it was a placeholder by, not the day */
        if (!when && d->as_of && (when = sc_usc_exit_date(c->title, c->section, NULL)) != 0)
            by = 1; /* (looked up only where a date to compare it with is set) */
        char sugg[320] = "", to_t[8], to_s[48];
        int app_to = 0, kind = moved_to(c, to_t, sizeof to_t, to_s, sizeof to_s, &app_to);
        if (kind && cites_new_place(e, i, to_t, app_to, to_s))
            return 0; /* both places given: "42 U.S.C. § 1973 (now 52 U.S.C. § 10301)" */
        if (kind) {
            /* where it went, from the Code's own notes: the fix */
            sc_fmt(sugg, sizeof sugg, "cite %s U.S.C.%s § %s%s", to_t, app_to ? " App." : "",
                   to_s, c->subsections);
            if ((d->as_of && when && d->as_of < when) ||
                (d->as_of && !when && d->as_of < SC_REF_SECTIONS_SINCE))
                ; /* in force then, or maybe: the notes below say so */
            else {
                sc_emit(d, c, SC_WARNING, SC_D_USC_SECTION_STATUS, sugg,
                        "%d U.S.C.%s § %s was %s to %s U.S.C.%s § %s", tn, app, c->section,
                        kind == SC_XFER_RECLASSIFIED ? "editorially reclassified"
                        : kind == SC_XFER_RENUMBERED ? "renumbered" : "transferred",
                        to_t, app_to ? " App." : "", to_s);
                return 1;
            }
        } else if (heading[0])
            sc_fmt(sugg, sizeof sugg, "the Code's heading for %s: \"%.150s\"",
                   sc_ref_section_name(s), heading);
        if (d->as_of && when && d->as_of < when) {
            char asof[40], wd[40];
            sc_fmt_date(d->as_of, asof, sizeof asof);
            sc_fmt_date(when, wd, sizeof wd);
            sc_emit(d, c, SC_NOTE, SC_D_USC_SECTION_STATUS, sugg[0] ? sugg : NULL,
                    "%d U.S.C.%s § %s was in force as of %s (%s): it was %s %s %s", tn, app,
                    c->section, asof, d->as_of_stated ? "the document's date" : "--as-of",
                    sc_ref_section_status_name(s->status), by ? "by" : "on", wd);
            return 0;
        }
        if (d->as_of && !when && d->as_of < SC_REF_SECTIONS_SINCE) {
            /* no day on record, and the document's before the first release
             * point the tables hold (July 2013): it may have been in force
             * then ("Decided June 25, 1998. ... 2 U.S.C. § 691") */
            char asof[40];
            sc_fmt_date(d->as_of, asof, sizeof asof);
            sc_emit(d, c, SC_NOTE, SC_D_USC_SECTION_STATUS, sugg[0] ? sugg : NULL,
                    "%d U.S.C.%s § %s was %s on a day not on record, before July 2013; it may "
                    "have been in force as of %s (%s)", tn, app, c->section,
                    sc_ref_section_status_name(s->status), asof,
                    d->as_of_stated ? "the document's date" : "--as-of");
            return 0;
        }
        char wd[48] = "";
        if (when && !by) { /* the day the heading gives */
            wd[0] = ' ';
            wd[1] = '(';
            sc_fmt_date(when, wd + 2, sizeof wd - 3);
            strcat(wd, ")");
        }
        sc_emit(d, c, note_under ? SC_NOTE : SC_WARNING, SC_D_USC_SECTION_STATUS, sugg[0] ? sugg : NULL,
                "%d U.S.C.%s § %s was %s%s%s", tn, app, c->section,
                sc_ref_section_status_name(s->status), wd,
                note_under ? "; notes may still be filed under it" : "");
        return 1;
    }
    if (!(s->flags & SC_REF_SEC_CURRENT)) {
        char rel[96];
        sc_fmt_release(sc_ref_section_last_release(s), rel, sizeof rel);
        sc_emit(d, c, SC_WARNING, SC_D_USC_SECTION_STATUS, NULL,
                "%d U.S.C.%s § %s is no longer in the Code (last in release point %s)", tn, app,
                c->section, rel);
        return 1;
    }
    return 0;
}

/* Makes c's U.S. Code findings of severity @p upto or weaker notes. */
static void usc_as_notes(sc_citation *c, int upto)
{
    for (int k = 0; k < c->ndiag; k++)
        if (strncmp(c->diag[k].code, "usc-", 4) == 0 && (int)c->diag[k].severity <= upto)
            c->diag[k].severity = SC_NOTE;
}

/* A short form's title is the checker's reading, not the text's: "section
 * 1502(b)(2)" after a cite of title 23 may be the bill's own section, and
 * "section 464a of this title" in a Code document's notes is the Code
 * citing its own history.  So a short form written "section N" (not "§ N"
 * or "Id. § N"), or resolved to the document's own title, gets notes, not
 * warnings or errors, from this family. */
static void cap_short(sc_entry *e, int i)
{
    sc_citation *c = &e->c[i];
    if (c->form != SC_FORM_SHORT)
        return;
    const uint8_t *r = (const uint8_t *)c->raw;
    int word = sc_tolower(r[0]) == 's' && sc_tolower(r[1]) == 'e' && sc_tolower(r[2]) == 'c';
    if (!word && c->antecedent != SC_NO_ANTECEDENT)
        return;
    usc_as_notes(c, SC_ERROR);
}

/* A run of at least this many sections of one entry with one status is
 * one finding, on the first, listing the others. */
#define RUN_MIN 3

/* A section of a code enacted as a title ("I.R.C. § 501", "Bankruptcy Code
 * § 363"), or an article of a chapter numbered in articles ("article 57a of
 * the UCMJ"), is that title's section: checked as one. */
static int code_title_section(sc_doc_state *d, const sc_citation *c)
{
    if (c->type != SC_ACT_SECTION || !c->act[0] || !c->title[0])
        return 0; /* (no title: a section no table classifies, act-section-unknown's) */
    size_t n = strnlen(c->act, sizeof c->act);
    /* its slot: FNV-1a of the name's length, its first 8 bytes and its
     * last 8 ("... Code of 1954" and "... of 1986" part there); the slot
     * keeps the whole name, so two names in one slot only ask again */
    uint32_t h = (2166136261u ^ (uint32_t)n) * 16777619u;
    for (size_t k = 0; k < n && k < 8; k++)
        h = (h ^ (uint8_t)c->act[k]) * 16777619u;
    for (size_t k = n > 16 ? n - 8 : 8; k < n; k++)
        h = (h ^ (uint8_t)c->act[k]) * 16777619u;
    struct sc_code_act *m = &d->code_act[h & (SC_CODE_ACTS - 1)];
    if (strcmp(c->act, m->name) != 0) { /* else a name asked before: its answer */
        int act = sc_act_lookup(c->act, n);
        /* (and a chapter numbered in articles, the UCMJ: article 57a is
         * 10 U.S.C. § 857a, section for article) */
        m->title = sc_act_is_code_title(act) > 0 || strcmp(sc_act_sign(act), "art.") == 0;
        sc_fmt(m->name, sizeof m->name, "%.*s", (int)n, c->act);
    }
    return m->title;
}

/* Is the code cited by an abbreviation of its name with no year -- "I.R.C.
 * § 501", "IRC § 61": the form a citation of the code in force takes, its
 * section as its title's ("26 U.S.C. § 61") -- not by the name itself, as
 * an old note names the code of its day ("section 3650 of the Internal
 * Revenue Code"), nor with an edition's year ("I.R.C. 1954 § 501")? */
static int abbreviated_now(const sc_citation *c)
{
    if (!c->act[0] || c->form == SC_FORM_SHORT || strstr(c->raw, c->act))
        return 0; /* (a short form's code is the reading's: "the said section 2564(b)"
                   * after "the Internal Revenue Code of 1939") */
    /* (a year: four digits alone before the section's number) */
    const char *sec = c->act_section[0] ? strstr(c->raw, c->act_section) : NULL;
    for (const char *p = c->raw; sec && p < sec; p++)
        if (sc_isdigit((uint8_t)p[0]) && (p == c->raw || !sc_isalnum((uint8_t)p[-1])) &&
            sc_isdigit((uint8_t)p[1]) && sc_isdigit((uint8_t)p[2]) && sc_isdigit((uint8_t)p[3]) &&
            !sc_isalnum((uint8_t)p[4]))
            return 0;
    return sec != NULL;
}

/* A code cited by its name may be meant in an earlier edition, whose
 * sections were numbered otherwise and have left the Code since: "section
 * 4705(b) of the Internal Revenue Code of 1954", "section 3650 of the
 * Internal Revenue Code [... of 1939]" in a note.  What the Code does not
 * hold today is a note there; an impossible number stays an error. */
static void cap_named_code(sc_citation *c)
{
    if (!abbreviated_now(c))
        usc_as_notes(c, SC_WARNING);
}

/* Is citation @p i a short form of a list that a full Code citation
 * follows at once -- "Sections 2, 3, 9(a), ... and 30, 15 U.S.C. §§ 78b,
 * 78c, ..." -- an Act's own sections beside their places in the Code, not
 * the Code's (the scanner reads them by the Code citation before them)? */
static int parallel_shorts(const sc_entry *e, int i)
{
    if (e->c[i].form != SC_FORM_SHORT || !(e->kind[i] & SC_EK_IN))
        return 0;
    int r = i; /* the list's first item: written with the word ("Sections 2"), as an
                * Act's sections are, not "§§" */
    while (r > 0 && e->c[r - 1].type == SC_USC && e->c[r - 1].form == SC_FORM_SHORT &&
           (e->kind[r - 1] & SC_EK_IN))
        r--;
    if ((e->w->buf[e->cs[r]] | 0x20) != 's')
        return 0;
    int j = i + 1;
    while (j < e->n && e->c[j].type == SC_USC && e->c[j].form == SC_FORM_SHORT &&
           (e->kind[j] & SC_EK_IN))
        j++;
    if (j >= e->n || e->c[j].type != SC_USC || !(e->kind[j] & SC_EK_IN) || e->cs[j] < e->ce[j - 1])
        return 0;
    const uint8_t *b = e->w->buf;
    size_t k = e->ce[j - 1];
    if (k < e->cs[j] && b[k] == ',')
        k++;
    while (k < e->cs[j] && b[k] == ' ')
        k++;
    return k == e->cs[j] && k > e->ce[j - 1] && strcmp(e->c[j].title, e->c[i].title) == 0;
}

void sc_check_usc(sc_doc_state *d, sc_entry *e)
{
    int status[SC_GROUP_MAX], nstat = 0;
    uint8_t named[SC_GROUP_MAX]; /* a code's section cited by the code's name (one lookup) */
    for (int i = 0; i < e->n; i++)
        named[i] = e->c[i].type != SC_USC && code_title_section(d, &e->c[i]);
    for (int i = 0; i < e->n; i++)
        if ((e->c[i].type == SC_USC || named[i]) && !parallel_shorts(e, i) && check_one(d, e, i) &&
            e->c[i].form != SC_FORM_SHORT)
            status[nstat++] = i;
    for (int i = 0; i < e->n; i++) {
        if (e->c[i].type == SC_USC)
            cap_short(e, i);
        else if (named[i])
            cap_named_code(&e->c[i]);
    }
    if (nstat < RUN_MIN)
        return;
    /* the same title and the same kind of finding (the message without
     * its section number) */
    for (int a = 0; a < nstat; a++) {
        sc_citation *first = &e->c[status[a]];
        if (first->ndiag == 0)
            continue;
        const sc_diag *fd = NULL;
        for (int k = 0; k < first->ndiag; k++)
            if (strcmp(first->diag[k].code, sc_code_name(SC_D_USC_SECTION_STATUS)) == 0)
                fd = &first->diag[k];
        if (!fd || fd->severity != SC_WARNING)
            continue;
        const char *kind = strstr(fd->message, " was ") ? strstr(fd->message, " was ")
                                                       : strstr(fd->message, " is no longer");
        int same[SC_GROUP_MAX], ns = 0;
        for (int b = a + 1; b < nstat; b++) {
            sc_citation *o = &e->c[status[b]];
            if (strcmp(o->title, first->title) != 0)
                continue;
            for (int k = 0; k < o->ndiag; k++) {
                const sc_diag *od = &o->diag[k];
                const char *okind = strstr(od->message, " was ") ? strstr(od->message, " was ")
                                                                : strstr(od->message, " is no longer");
                if (strcmp(od->code, fd->code) == 0 && kind && okind && od->severity == fd->severity &&
                    strcmp(kind, okind) == 0)
                    same[ns++] = status[b];
            }
        }
        if (ns + 1 < RUN_MIN)
            continue;
        /* each section once: "§ 8368(c)(1) or (2) ... § 8368(d) or (e)" is
         * one section cited four times */
        char list[200];
        int nsec = 1;
        size_t o = (size_t)snprintf(list, sizeof list, "%s", first->section);
        for (int k = 0; k < ns && o < sizeof list; k++) {
            const char *sec = e->c[same[k]].section;
            int seen = strcmp(sec, first->section) == 0;
            for (int q = 0; q < k && !seen; q++)
                seen = strcmp(sec, e->c[same[q]].section) == 0;
            if (!seen) {
                o += (size_t)snprintf(list + o, sizeof list - o, ", %s", sec);
                nsec++;
            }
        }
        char msg[256];
        if (nsec == 1)
            sc_fmt(msg, sizeof msg, "%s U.S.C. § %.100s, cited %d times here:%s", first->title,
                   list, ns + 1, kind ? kind : "");
        else
            sc_fmt(msg, sizeof msg, "%s U.S.C. §§ %.190s: each%s", first->title, list,
                   kind ? kind : "");
        char sugg[320];
        sc_fmt(sugg, sizeof sugg, "%s", fd->suggestion);
        sc_unemit(first, SC_D_USC_SECTION_STATUS);
        sc_emit(d, first, SC_WARNING, SC_D_USC_SECTION_STATUS, sugg[0] ? sugg : NULL, "%s", msg);
        for (int k = 0; k < ns; k++)
            sc_unemit(&e->c[same[k]], SC_D_USC_SECTION_STATUS);
    }
}
