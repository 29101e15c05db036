/*
 * check_act_usc.c -- a section of a named Act and the U.S. Code section
 * written beside it as its parallel ("INA § 236(c), 8 U.S.C. § 1226(c)",
 * "26 U.S.C. § 501(c)(3) (I.R.C. § 501(c)(3))"): the Code section must be
 * the one the Act's section is classified to (data/act_sections.tsv, from
 * the Code's source credits), unless the section written was transferred
 * or renumbered to it (the Code as it was), or was a section once and is
 * no longer in force (check_usc.c says so) -- act-section-usc.  A section
 * the Code never had (usc-section-unknown) gets the Act's as its fix.
 */
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "ref_acts.h"

/* Only blanks and @p seps between buf[from..to), at most @p max bytes. */
static int only(const uint8_t *b, size_t from, size_t to, const char *seps, size_t max)
{
    if (to < from || to - from > max)
        return 0;
    for (size_t i = from; i < to; i++)
        if (b[i] != ' ' && (!b[i] || !strchr(seps, b[i])))
            return 0;
    return 1;
}

/* Do citations i and i + 1 of the entry stand in one list: of one type,
 * one Act or title, a comma, "and", "or" or ";" between? */
static int same_list(const sc_entry *e, int i)
{
    const sc_citation *a = &e->c[i], *b = &e->c[i + 1];
    if (!(e->kind[i] & e->kind[i + 1] & SC_EK_IN) || a->type != b->type ||
        strcmp(a->type == SC_USC ? a->title : a->act, b->type == SC_USC ? b->title : b->act) != 0)
        return 0;
    const uint8_t *w = e->w->buf;
    size_t from = e->ce[i], to = e->cs[i + 1];
    if (to < from) /* "sections 8 and 9 of the X Act": items nested in one span */
        return e->cs[i + 1] > e->cs[i] && e->ce[i + 1] <= e->ce[i];
    if (to - from > 8)
        return 0;
    for (size_t k = from; k < to; k++)
        if ((!w[k] || !strchr(" ,;", w[k])) &&
            !(k + 3 <= to && memcmp(w + k, "and", 3) == 0 && (k += 2)) &&
            !(k + 2 <= to && memcmp(w + k, "or", 2) == 0 && (k += 1)))
            return 0;
    return 1;
}

/* A subsection chain as a parallel compares it: "(a)(9)(B)(i)(II)", no
 * range or blank in it. */
static int plain_subs(const char *s)
{
    if (s[0] != '(')
        return 0;
    for (; *s; s++)
        if (!sc_isalnum((uint8_t)*s) && *s != '(' && *s != ')')
            return 0;
    return 1;
}

/* The Act's section and its Code section agree: their subsections must
 * too, as far as both go ("INA § 212(a)(9)(B)(i)(II), 8 U.S.C.
 * § 1182(a)(9)(B)(i)(III)") -- when the Act's section is classified whole
 * (its bare number to that Code section), where the Code keeps the Act's
 * subsections; not when a row of the tables classifies a subsection of it
 * on its own ("311(d)" to another section). */
static void check_subsections(sc_doc_state *d, const sc_citation *act, sc_citation *usc)
{
    const char *a = act->subsections, *u = usc->subsections;
    if (!plain_subs(a) || !plain_subs(u))
        return;
    size_t k = 0;
    while (a[k] && u[k] && a[k] == u[k])
        k++;
    if (!a[k] || !u[k])
        return; /* one goes deeper than the other: a pin */
    char bare[48], tt[8], ts[48];
    size_t n = strcspn(act->act_section, "(");
    if (n == 0 || n >= sizeof bare)
        return;
    memcpy(bare, act->act_section, n);
    bare[n] = '\0';
    int id = sc_act_lookup(act->act, strlen(act->act));
    if (id < 0 || !sc_act_classify(id, bare, tt, sizeof tt, ts, sizeof ts) ||
        strcmp(tt, act->title) != 0 || strcmp(ts, act->section) != 0)
        return;
    char sugg[256];
    sc_fmt(sugg, sizeof sugg, "either %s U.S.C. § %s%s for %s, or %s %s %s%s for %s U.S.C. § %s%s",
           act->title, act->section, a, act->canonical, act->act, sc_act_sign(id), bare, u,
           usc->title, usc->section, u);
    sc_emit(d, usc, SC_WARNING, SC_D_ACT_SECTION_USC, sugg,
            "%s is %s U.S.C. § %s%s, not %s U.S.C. § %s%s: the Code keeps the Act's subsections",
            act->canonical, act->title, act->section, a, usc->title, usc->section, u);
}

/* Is the citation at b[at] the last item of a list the scanner did not
 * read whole ("section 8(t) or section 8(o)(13) of the United States
 * Housing Act of 1937 (42 U.S.C. 1437f(t))": the parallel may be the
 * first's)?  "or", "and" or a comma right before it. */
static int joined_before(const uint8_t *b, size_t lo, size_t at)
{
    size_t i = at;
    while (i > lo && b[i - 1] == ' ')
        i--;
    if (i > lo && b[i - 1] == ',')
        return 1;
    return (i >= lo + 3 && memcmp(b + i - 3, " or", 3) == 0) ||
           (i >= lo + 4 && memcmp(b + i - 4, " and", 4) == 0);
}

/* Are a and b one string but for the case of their letters? */
static int same_nocase(const char *a, const char *b)
{
    for (; *a && sc_tolower((uint8_t)*a) == sc_tolower((uint8_t)*b); a++, b++)
        ;
    return *a == *b;
}

static void check_pair(sc_doc_state *d, const sc_citation *act, sc_citation *usc, int listed)
{
    if (!act->title[0] || !act->section[0] || !usc->title[0] || !usc->section[0])
        return; /* the Act's section is not classified, or no section */
    /* (one section, its letter in either case: "8 U.S.C. 1183A" for 1183a) */
    if (strcmp(act->title, usc->title) == 0 && same_nocase(act->section, usc->section)) {
        if (!listed)
            check_subsections(d, act, usc);
        return;
    }
    if (strchr(usc->section, '-') && !sc_ref_usc_section(usc->title, usc->section))
        return; /* a range */
    /* the section written must be in force, and not one moved to the
     * section the Act's is now */
    const sc_ref_section *s = sc_ref_usc_section_any_case(usc->title, usc->section);
    /* (a section that was may be the Code as it was: a note, below) */
    int was = s && (!(s->flags & SC_REF_SEC_CURRENT) || s->status != SC_REF_SEC_ACTIVE);
    /* (a section the Code never had since 2013, usc-section-unknown: its
     * fix is the Act's section's, as for a section in force) */
    char tt[8], ts[48];
    int kind;
    if (sc_usc_transfer(usc->title, usc->section, tt, sizeof tt, ts, sizeof ts, &kind) &&
        strcmp(tt, act->title) == 0 && strcmp(ts, act->section) == 0)
        return;
    const sc_ref_section *cs = sc_ref_usc_section(act->title, act->section);
    if (!cs || !(cs->flags & SC_REF_SEC_CURRENT) || cs->status != SC_REF_SEC_ACTIVE)
        return;
    int id = sc_act_lookup(act->act, strlen(act->act));
    const char *other = id >= 0 ? sc_act_section_at(id, usc->title, usc->section) : NULL;
    const char *sign = sc_act_sign(id); /* "§", or "art." for the UCMJ */
    char sugg[256];
    if (was) {
        /* the section written left the Code (usc-section-status says how):
         * the Act's section, cited with it, says where it is now -- unless
         * the document is read as of a day the section was still there (or
         * may have been) */
        if (d->as_of) {
            int32_t gone = sc_usc_exit_date(usc->title, usc->section, NULL);
            if (!gone || d->as_of < gone)
                return;
        }
        sc_fmt(sugg, sizeof sugg, "write %s U.S.C. § %s%s, where the Code has %s today",
               act->title, act->section, act->subsections, act->canonical);
        sc_emit(d, usc, SC_NOTE, SC_D_ACT_SECTION_USC, sugg,
                "%s is %s U.S.C. § %s; %s, cited as its place, is no longer in the Code",
                act->canonical, act->title, act->section, usc->canonical);
        return;
    }
    if (other)
        sc_fmt(sugg, sizeof sugg, "either %s U.S.C. § %s%s for %s, or %s %s %s%s for %s U.S.C. § %s%s",
               act->title, act->section, act->subsections, act->canonical, act->act, sign, other,
               usc->subsections, usc->title, usc->section, usc->subsections);
    else
        sc_fmt(sugg, sizeof sugg, "write %s U.S.C. § %s%s", act->title, act->section,
               act->subsections);
    if (other)
        sc_emit(d, usc, SC_WARNING, SC_D_ACT_SECTION_USC, sugg,
                "%s is %s U.S.C. § %s, not %s U.S.C. § %s (which is %s %s %s)", act->canonical,
                act->title, act->section, usc->title, usc->section, act->act, sign, other);
    else
        sc_emit(d, usc, SC_WARNING, SC_D_ACT_SECTION_USC, sugg,
                "%s is %s U.S.C. § %s, not %s U.S.C. § %s", act->canonical, act->title,
                act->section, usc->title, usc->section);
}

/* Does only what says a Code section is an Act's parallel stand between
 * buf[from..to): blanks, "," or "(", and the words of "(codified at",
 * ", codified as amended at", "(classified to" -- the Bluebook's and the
 * Code's notes' -- or, with @p sign_only, "(" alone ("26 U.S.C. § 502
 * (I.R.C. § 502)"). */
int sc_parallel_between(const uint8_t *b, size_t from, size_t to, int sign_only)
{
    static const char *const words[] = { "codified", "classified", "as", "amended", "at",
                                         "to", NULL };
    if (sign_only)
        return only(b, from, to, "(", 4);
    if (to < from || to - from > 40)
        return 0;
    /* "section 504 of the Rehabilitation Act of 1973, as amended (29 U.S.C.
     * 794)": the Act as amended, then its parallel in brackets */
    size_t k = from;
    while (k < to && (b[k] == ' ' || b[k] == ','))
        k++;
    if (to - k >= 10 && memcmp(b + k, "as amended", 10) == 0 && only(b, k + 10, to, ",(", 4) &&
        memchr(b + k + 10, '(', to - k - 10))
        return 1;
    int nwords = 0, last_at = 1; /* no words, or the last one is "at"/"to" */
    for (size_t i = from; i < to;) {
        /* the Act's year in its own bracket before its parallel: "Rev.
         * Stat. § 1979 (1874), codified at 42 U.S.C. § 1983", "INA § 236
         * (2018), 8 U.S.C. § 1226" */
        if (nwords == 0 && b[i] == '(' && i + 6 <= to && b[i + 5] == ')' && sc_isdigit(b[i + 1]) &&
            sc_isdigit(b[i + 2]) && sc_isdigit(b[i + 3]) && sc_isdigit(b[i + 4])) {
            i += 6;
            continue;
        }
        if (b[i] == ' ' || b[i] == ',' || b[i] == '(') {
            i++;
            continue;
        }
        size_t we = i;
        while (we < to && sc_isalpha(b[we]))
            we++;
        if (we == i || !sc_word_in(b, i, we, words))
            return 0;
        /* the words begin with "codified" or "classified" */
        if (nwords == 0 && !sc_word_in(b, i, we, (const char *const[]){ "codified", "classified", NULL }))
            return 0;
        last_at = sc_word_in(b, i, we, (const char *const[]){ "at", "to", NULL });
        nwords++;
        i = we;
    }
    return last_at;
}

/* The U.S. Code citation that is Act section @p i's parallel past the
 * law cited right after it -- ", " then a public law, its pages (", 82
 * Stat. 919") and a bracket of its date, then "codified at" or "(" and
 * one Code section -- or -1. */
static int own_law_between(const sc_entry *e, int i)
{
    const uint8_t *b = e->w->buf;
    int l = i + 1;
    if (l >= e->n || e->c[l].type != SC_PUBLIC_LAW || !(e->kind[l] & SC_EK_IN) ||
        !only(b, e->ce[i], e->cs[l], ",", 2))
        return -1;
    int k = l + 1;
    while (k < e->n && e->c[k].type == SC_STAT && (e->kind[k] & SC_EK_IN) && k - l <= 3 &&
           only(b, e->ce[k - 1], e->cs[k], ",", 2))
        k++;
    if (k >= e->n || e->c[k].type != SC_USC || !(e->kind[k] & SC_EK_IN) ||
        (k + 1 < e->n && same_list(e, k)))
        return -1;
    size_t from = e->ce[k - 1], q = from;
    while (q < e->cs[k] && b[q] == ' ')
        q++;
    const uint8_t *c = q < e->cs[k] && b[q] == '(' ? memchr(b + q, ')', e->cs[k] - q) : NULL;
    if (c) { /* the law's date: "(Oct. 2, 1968)" (not the parallel's own bracket) */
        if (c - (b + q) > 24)
            return -1;
        from = (size_t)(c - b) + 1;
    }
    return sc_parallel_between(b, from, e->cs[k], 0) ? k : -1;
}

void sc_check_act_usc(sc_doc_state *d, sc_entry *e)
{
    int acts = 0;
    for (int i = 0; i < e->n && !acts; i++)
        acts = (e->kind[i] & SC_EK_ACT) != 0;
    if (!acts)
        return;
    const uint8_t *b = e->w->buf;
    /* a run of one type (i0..i1), then a run of the other (i1+1..j1): the
     * second the first's parallel when only ", " or " (" stands between,
     * or "(codified at" (" (" alone before an Act's sections: "26 U.S.C.
     * § 502 (I.R.C. § 502)"), paired item by item when the runs are as
     * long */
    for (int i0 = 0; i0 < e->n;) {
        int i1 = i0;
        while (i1 + 1 < e->n && same_list(e, i1))
            i1++;
        int j0 = i1 + 1, j1 = j0;
        if (j0 >= e->n)
            break;
        while (j1 + 1 < e->n && same_list(e, j1))
            j1++;
        const sc_citation *x = &e->c[i0], *y = &e->c[j0];
        int acts_first = x->type == SC_ACT_SECTION && y->type == SC_USC;
        int usc_first = x->type == SC_USC && y->type == SC_ACT_SECTION;
        if (x->type == SC_ACT_SECTION && i1 == i0 && x->form == SC_FORM_FULL &&
            (e->kind[i0] & SC_EK_IN)) {
            /* the Act's own law and its page between the section and its
             * parallel: "section 5 of the X Act, Pub. L. 90-543, 82 Stat. 919
             * (Oct. 2, 1968), codified at 16 U.S.C. 1251" */
            int k = own_law_between(e, i0);
            if (k > 0 && !(e->c[k].wording & (SC_W_NOTE | SC_W_ET_SEQ)))
                check_pair(d, x, &e->c[k], 0);
        }
        if ((acts_first || usc_first) && (e->kind[i1] & e->kind[j0] & SC_EK_IN) &&
            j1 - j0 == i1 - i0 && sc_parallel_between(b, e->ce[i1], e->cs[j0], !acts_first))
            for (int k = 0; k <= i1 - i0; k++) {
                sc_citation *a = &e->c[acts_first ? i0 + k : j0 + k];
                sc_citation *u = &e->c[acts_first ? j0 + k : i0 + k];
                /* (a note, or "et seq.": the Act's place in the Code, not
                 * the section's) */
                if (a->form == SC_FORM_FULL && !(u->wording & (SC_W_NOTE | SC_W_ET_SEQ)))
                    check_pair(d, a, u,
                               i1 == i0 && joined_before(b, 0, e->cs[acts_first ? i0 : j0]));
            }
        i0 = j0;
    }
}
