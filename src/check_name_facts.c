/*
 * check_name_facts.c -- the facts an entry gives the Act it names right
 * before one of its U.S. Code sections, when it cites no law, page, bill or
 * Act's section (law-date, hist-law-date, law-congress, law-president): "The Age
 * Discrimination in Employment Act of 1967, 29 U.S.C. §§ 621-634, was
 * enacted on December 15, 1968" -- Public Law 90-202 was enacted December
 * 15, 1967; "The Endangered Species Act of 1973, 16 U.S.C. §§ 1531-1544, was
 * signed by President Ford" -- Richard Nixon was President on December 28,
 * 1973.  The name's law is the one an Act named alone is read as
 * (byname.h: its own title, or its year; an old Act by the Public Law
 * number of its chapter); a name a later law gave ("Horse Protection
 * Act", 91-540's since 94-360) stands for either law, so a fact is wrong
 * only when it is right for none of them (sc_byname_renamed()); so does a
 * name with its year that two to four laws bear (sc_byname_shared()).  The day
 * must be one said to be its enactment, after the section and joined to it
 * as a page's facts are (sc_page_joined()), or the one before it that the
 * entry's reading ties to it ("On March 30, 1936, the Walsh-Healey Act
 * became law"); the signer, one named in the
 * sentence; the Congress, one written as a section's (sc_cited_congress()).
 * check_name_usc.c finds the name and calls this once an entry.
 */
#include <string.h>

#include "byname.h"
#include "check.h"
#include "check_historic.h"
#include "entry_in.h"

/* The day public law @p congress-@p number, named b[ns..eo), was enacted
 * (yyyymmdd), from the public-law table or, before the 82nd Congress, the
 * historic one (one law of that number in the Congress, its date sure; or
 * the date it gives when the Code cites the Act named by that very date
 * and its chapter, "June 6, 1934, ch. 404": two sources agree where the
 * table's own disagreed); 0 when not on record. */
static int32_t enacted_on(int congress, int number, const uint8_t *b, size_t ns, size_t eo)
{
    if (congress >= 82) {
        const sc_ref_law *l = sc_ref_public_law(congress, number);
        return l ? l->enacted : 0;
    }
    int32_t day = sc_hist_public_law_date(congress, number);
    const sc_hist_law *h[2];
    sc_act_law rows[2];
    if (!day && sc_hist_public_law(congress, number, 0, h, 2) == 1 && h[0]->date &&
        sc_act_name_laws((const char *)b + ns, eo - ns, rows, 2) == 1 && !rows[0].number &&
        rows[0].old_publ == number && rows[0].enacted == h[0]->date)
        day = h[0]->date;
    return day;
}

/* The laws that gave the name @p named was found by (sc_act_law_named_by()):
 * their days in @p also and Congresses in @p cg, and in @p msg the words a
 * finding adds of them after the law's number ("; so named by Public Law
 * 94-360 of July 13, 1976"; two at most, then "and 2 more").  Returns how
 * many; -1 when more than LATER_LAWS, or one's day is not on record. */
#define LATER_LAWS 6
static int later_laws(const sc_act_law *named, int32_t *also, int *cg, char *msg, size_t cap)
{
    int n = 0, c, num;
    int32_t day;
    size_t at = 0;
    int shown = 0, cut = 0;
    if (named->by == SC_ACT_BY_UNKNOWN) {
        /* a later law not on record may have given the name: any day
         * after the law's, any Congress from its own on */
        also[0] = SC_ALSO_ANY_LATER;
        cg[0] = -1;
        snprintf(msg, cap, "; or a later law that may have given the name");
        return 1;
    }
    for (; sc_act_law_named_by(named, n, &c, &num, &day); n++) {
        if (n == LATER_LAWS || !day)
            return -1;
        also[n] = day;
        cg[n] = c;
        char when[40], law[40];
        sc_fmt_date(day, when, sizeof when);
        if (num)
            sc_fmt(law, sizeof law, "Public Law %d-%d", c, num);
        else
            sc_fmt(law, sizeof law, "the Act of %s", when);
        if (cut)
            continue;
        /* (the first two in full; the rest counted: "... and 2 more", so
         * that a finding's message has room for them) */
        int w = shown < 2 ? snprintf(msg + at, cap - at, "%s%s of %s",
                                     shown ? ", " : "; so named by ", law, when)
                          : -1;
        if (w < 0 || (size_t)w >= cap - at) {
            msg[at] = '\0';
            cut = 1;
            continue;
        }
        at += (size_t)w;
        shown++;
    }
    if (cut && (!shown || snprintf(msg + at, cap - at, " and %d more", n - shown) >= (int)(cap - at)))
        return -1;
    return n;
}

/* The laws of a name several laws bear (sc_byname_shared()): the first in
 * *cg, *num, the others' days and Congresses in @p also, @p also_cg, the
 * words a finding adds of them in @p msg (" of May 22, 2008, or 110-246 of
 * June 18, 2008"), where the name begins in *ns.  Returns how many others;
 * 0 when the name is not such a name. */
static int shared_name(const uint8_t *b, size_t so, size_t eo, int *cg, int *num, size_t *ns,
                       int32_t *also, int *also_cg, char *msg, size_t cap)
{
    sc_act_law rows[4];
    int n = sc_byname_shared(b, so, eo, rows, 4, ns);
    if (n < 2)
        return 0;
    char when[40];
    sc_fmt_date(rows[0].enacted, when, sizeof when);
    int w = snprintf(msg, cap, " of %s", when);
    if (w < 0 || (size_t)w >= cap)
        return 0;
    size_t at = (size_t)w;
    for (int k = 1; k < n; k++) {
        also[k - 1] = rows[k].enacted;
        also_cg[k - 1] = rows[k].congress;
        sc_fmt_date(rows[k].enacted, when, sizeof when);
        w = snprintf(msg + at, cap - at, "%s%d-%d of %s", k + 1 == n ? ", or " : ", ",
                     rows[k].congress, rows[k].number, when);
        if (w < 0 || (size_t)w >= cap - at)
            return 0;
        at += (size_t)w;
    }
    *cg = rows[0].congress;
    *num = rows[0].number;
    return n - 1;
}

/* Does a citation of the entry begin in b[lo..hi) -- another Act's place
 * between the section and a day ("the X Act (30 U.S.C. 181 et seq.) or the
 * Y Act (43 U.S.C. 1331 et seq.) ... on ...")? */
static int cited_between(const sc_entry *e, size_t lo, size_t hi)
{
    for (int k = 0; k < e->n; k++)
        if (e->cs[k] >= lo && e->cs[k] < hi)
            return 1;
    return 0;
}

/* Is the name at b[so] the object of an amendment -- "amendments to the
 * Clean Air Act", "an amendment to the X Act", "amending the X Act" -- so
 * that what the sentence says was signed or enacted is the amendment's? */
static int amended_name(const uint8_t *b, size_t lo, size_t so)
{
    /* the words before it, back over blanks and line ends (the text may
     * wrap: "amendments\nto the Clean Air Act"): ["the"] "to"|"of"
     * "amendment(s)", or ["the"] "amending" */
    static const char *const to[] = { "to", "of", NULL };
    static const char *const am[] = { "amendment", "amendments", NULL };
    size_t we, ws = so;
    for (int k = 0; k < 3; k++) {
        while (ws > lo && sc_isspace(b[ws - 1]))
            ws--;
        we = ws;
        while (ws > lo && sc_isalpha(b[ws - 1]))
            ws--;
        if (ws == we)
            return 0;
        if (k == 0 && sc_word_in(b, ws, we, (const char *const[]){ "the", NULL }))
            continue;
        if (sc_word_in(b, ws, we, (const char *const[]){ "amending", NULL }))
            return 1;
        if (!sc_word_in(b, ws, we, to))
            return 0;
        while (ws > lo && sc_isspace(b[ws - 1]))
            ws--;
        we = ws;
        while (ws > lo && sc_isalpha(b[ws - 1]))
            ws--;
        return ws < we && sc_word_in(b, ws, we, am);
    }
    return 0;
}

int sc_check_name_facts(sc_doc_state *d, sc_entry *e, int i, size_t so, size_t eo)
{
    const unsigned cited = 1u << SC_PUBLIC_LAW | 1u << SC_PRIVATE_LAW | 1u << SC_STAT |
                           1u << SC_BILL | 1u << SC_ACT_SECTION;
    if ((e->types & cited) && !(e->c[i].wording & SC_W_BY_NAME))
        return 1; /* (but an Act named alone, its page or its law a citation of
                   * sc_check_named_alone_facts()'s) */
    sc_entry_need_bounds(e); /* (an abbreviation's entry has none yet: "ERISA, 29 U.S.C.") */
    const uint8_t *b = e->w->buf;
    if (amended_name(b, e->so, so))
        return 1; /* "signed ... the most far reaching amendments to the Clean Air Act":
                   * the amendments' signer, not the Act's */
    sc_citation *c = &e->c[i];
    size_t cs = e->cs[i], ce = e->ce[i], s, t;
    /* (first what is cheap: a President in the entry, or a word of
     * enactment after the section -- with neither, none after a later one;
     * then in its sentence) */
    static const char *const enacted_words[] = { "signed", "approved", "enacted", "became",
                                                 "passed", NULL };
    int cong = sc_find_text(b + e->so, e->eo - e->so, "Cong", 4) != NULL;
    if (!cong && !sc_find_text(b + e->so, e->eo - e->so, "President", 9) &&
        !sc_text_has_any(b, ce, e->eo, enacted_words))
        return 1;
    sc_entry_sentence_of(e, so, ce, &s, &t);
    int signer = sc_find_text(b + s, t - s, "President", 9) != NULL;
    if (!signer && !cong && !sc_text_has_any(b, ce, t, enacted_words))
        return 0;
    int cg, num;
    size_t ns;
    /* a name a later law gave ("Horse Protection Act", Public Law 91-540,
     * so named by 94-360): a fact of either law is right -- the day, the
     * signer, the Congress of any of them */
    int32_t also[LATER_LAWS];
    int also_cg[LATER_LAWS], nalso = 0;
    char later[160] = "";
    int several = 0; /* the name is several laws' (shared_name()) */
    int32_t chap_day = 0; /* an Act before public-law numbers: its day and chapter */
    int chap_no = 0;
    if (!sc_byname_law(b, so, eo, &cg, &num, &ns)) {
        sc_act_law named;
        if (sc_byname_renamed(b, so, eo, &named, &ns)) {
            cg = named.congress;
            num = named.number;
            nalso = later_laws(&named, also, also_cg, later, sizeof later);
            if (nalso < 0)
                return 0; /* (more than LATER_LAWS, or one not on record: which day?) */
        } else if ((nalso = shared_name(b, so, eo, &cg, &num, &ns, also, also_cg, later,
                                        sizeof later)) > 0) {
            several = 1;
        } else if (sc_byname_old(b, so, eo, &ns, &chap_day, &chap_no, &named)) {
            cg = sc_ref_congress_at(chap_day);
            num = 0;
            nalso = later_laws(&named, also, also_cg, later, sizeof later);
            if (nalso < 0 || cg <= 0)
                return 0;
        } else {
            return 0;
        }
    }
    int32_t enacted = chap_day ? chap_day : enacted_on(cg, num, b, ns, eo);
    if (!enacted)
        return 0;
    /* the law as the messages call it: its number, or its day and chapter */
    char law[64];
    if (chap_day) {
        char day[40];
        sc_fmt_date(chap_day, day, sizeof day);
        sc_fmt(law, sizeof law, "the Act of %s, ch. %d", day, chap_no);
    } else {
        sc_fmt(law, sizeof law, "Public Law %d-%d", cg, num);
    }
    /* the one day after the section said to be the Act's enactment, and
     * joined to it (not "..., as amended by the Act of August 31, 1954") */
    sc_entry_need_dates(e);
    int dk = -1;
    for (int q = 0; q < e->ndate; q++) {
        const sc_date_fact *f = &e->date[q];
        /* (or the day before the name that the entry's reading ties to it,
         * its sentence's opening: "On March 30, 1936, the Walsh-Healey Act
         * became law") */
        int tied = e->date_of[i] == q && f->eo <= cs && f->so >= s;
        /* (an Act before public-law numbers has no law the entry's reading
         * ties a day to, its name a page's: the day that opens its sentence
         * right before it, its role from the words after it -- "On Mar. 3,
         * 1899, the X Act became law" -- joined to it as a page's day is) */
        int opens = chap_day && !tied && f->eo <= cs && f->so >= s && f->so <= s + 3;
        int role = f->role == SC_DATE_ROLE_NONE && opens ? sc_entry_role_after(e, f->eo) : f->role;
        if (f->bad || f->eo > t || role != SC_DATE_ROLE_ENACTED)
            continue;
        if (opens && sc_page_joined(e, f->so, f->eo, cs, ce))
            tied = 1;
        if (!tied &&
            (f->so < ce ||
             (f->so >= e->so + 7 &&
              sc_word_in(b, f->so - 7, f->so - 4, (const char *const[]){ "act", NULL }) &&
              memcmp(b + f->so - 4, " of ", 4) == 0) || /* (another Act's name: "the Act
                                                          * of June 8, 1906") */
             cited_between(e, ce, f->so) || !sc_page_joined(e, f->so, f->eo, cs, ce)))
            continue;
        if (dk >= 0 && e->date[dk].ymd != f->ymd)
            return 1; /* two days: which? */
        dk = q;
    }
    char name[400], when[40], given[40], sugg[240];
    /* (no article before an abbreviation alone: "ERISA (Public Law 93-406)") */
    sc_fmt(name, sizeof name, "%s%.*s (%s%s)", sc_name_is_abbrev(b + ns, eo - ns) ? "" : "the ",
           (int)(eo - ns), (const char *)b + ns, chap_day ? law + 4 : law, later);
    sc_fmt_date(enacted, when, sizeof when);
    int fits_later = 0;
    for (int k = 0; k < nalso && dk >= 0; k++)
        fits_later |= also[k] == SC_ALSO_ANY_LATER
                          ? e->date[dk].ymd >= enacted || e->date[dk].ymd / 10000 >= enacted / 10000
                          : sc_date_fits(e->date[dk].ymd, also[k]);
    if (dk >= 0 && !sc_date_fits(e->date[dk].ymd, enacted) && !fits_later) {
        sc_fmt_given_date(e->date[dk].ymd, given, sizeof given);
        if (several) {
            sc_fmt(sugg, sizeof sugg, "the laws of that name: Public Law %d-%d%s", cg, num,
                   later);
            sc_emit(d, c, SC_WARNING, SC_D_LAW_DATE, sugg,
                    "%s is dated %s, a day none of the laws of that name was enacted", name,
                    given);
        } else {
            sc_fmt(sugg, sizeof sugg, "%s was enacted %s", law, when);
            if (cg >= 82)
                sc_emit(d, c, SC_WARNING, SC_D_LAW_DATE, sugg,
                        "%s is dated %s, but it was enacted %s", name, given, when);
            else
                sc_emit(d, c, SC_WARNING, SC_D_HIST_LAW_DATE, sugg, "%s was approved %s, not %s",
                        name, when, given);
        }
    }
    /* the Congress it gives the Act: "..., was passed by the 91st Congress" */
    size_t ce2 = ce; /* (past "et seq." and the comma: "§ 151 et seq., was passed") */
    if (ce2 + 8 <= e->eo && memcmp(b + ce2, " et seq.", 8) == 0)
        ce2 += 8;
    if (ce2 < e->eo && b[ce2] == ',')
        ce2++;
    int n = cong ? sc_cited_congress(e, cs, ce2) : 0;
    for (int k = 0; k < nalso && n > 0; k++)
        if (also_cg[k] == n || (also_cg[k] < 0 && n >= cg))
            n = 0; /* (the Congress of a law that gave the name; any from the
                    * law's own on, that law not on record) */
    if (n > 0 && n != cg) {
        sc_fmt(sugg, sizeof sugg, "%s was enacted by the %d%s Congress, %s", law, cg, SC_ORD(cg),
               when);
        sc_emit(d, c, SC_ERROR, SC_D_LAW_CONGRESS, sugg,
                "%s is a law of the %d%s Congress (the %s table says so), but the entry says the "
                "%d%s Congress",
                name, cg, SC_ORD(cg), cg >= 82 ? "public-law" : "historic", n, SC_ORD(n));
    }
    if (signer)
        sc_check_signer_also(d, e, c, name, enacted, also, nalso, s, t);
    return 1;
}

/* (check.h) */
int sc_check_named_alone_facts(sc_doc_state *d, sc_entry *e)
{
    /* (the scanner keeps such names only in a group of no other law:
     * its first citation tells) */
    const sc_citation *c = &e->c[0];
    if (e->n <= 0 || !(c->wording & SC_W_BY_NAME) ||
        (c->type != SC_STAT && !(c->wording & SC_W_NAME_GIVEN)))
        return 0; /* (a law its name designates as enacted: the law's checks) */
    for (int i = 0; i < e->n; i++)
        if (e->c[i].wording & SC_W_BY_NAME)
            sc_check_name_facts(d, e, i, e->cs[i], e->ce[i]);
    return 1;
}
