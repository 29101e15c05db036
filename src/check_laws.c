/*
 * check_laws.c -- the law numbers of an entry: a Congress that does not
 * exist or has not met (congress-range), a number past the laws that
 * Congress enacted (law-number-range), the C-N form before it existed
 * (law-number-form), a Congress the entry names for the law that is not the
 * one its number says (law-congress).  The fix for an impossible number is the law the
 * entry's other facts point to (reconcile.c); only without such evidence
 * are numbers one slip away offered, those that agree with the entry's
 * date first.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "html.h"
#include "entry_in.h"
#include "normalize.h"
#include "ref_historic.h"
#include "scan.h"
#include "table.h"

/* Numbers one slip away from n (a digit dropped, two digits swapped) that
 * exist: those of a law that bears the entry's name (one of @p named, its
 * @p nnamed laws) first, then those enacted on the entry's date (or in its
 * year). */
static int slips(const sc_citation *c, int max, int32_t date, const sc_ref_law *const *named,
                 int nnamed, int *out, int cap)
{
    char num[16], cand[16];
    int n = 0;
    sc_fmt(num, sizeof num, "%d", c->number);
    size_t len = strlen(num);
    for (size_t k = 0; k < len * 2 && n < cap; k++) {
        if (k < len) { /* drop digit k */
            memcpy(cand, num, k);
            strcpy(cand + k, num + k + 1);
        } else { /* swap digits j and j+1 */
            size_t j = k - len;
            if (j + 1 >= len)
                continue;
            strcpy(cand, num);
            char t = cand[j];
            cand[j] = cand[j + 1];
            cand[j + 1] = t;
        }
        int v = atoi(cand);
        if (cand[0] == '0' || v < 1 || v > max || v == c->number)
            continue;
        int dup = 0;
        for (int j = 0; j < n; j++)
            dup |= out[j] == v;
        if (!dup)
            out[n++] = v;
    }
    /* with a date or a name to tell them, a digit changed too -- only the
     * numbers of a law of that day or that name ("Public Law 110-533,
     * signed on May 21, 2008": 110-233 was enacted that day) */
    for (size_t k = 0; (date || nnamed) && k < len && n < cap; k++)
        for (char dg = '0'; dg <= '9' && n < cap; dg++) {
            if (dg == num[k] || (k == 0 && dg == '0'))
                continue;
            strcpy(cand, num);
            cand[k] = dg;
            int v = atoi(cand);
            if (v < 1 || v > max)
                continue;
            const sc_ref_law *l = c->type == SC_PUBLIC_LAW ? sc_ref_public_law(c->congress, v)
                                                           : sc_ref_private_law(c->congress, v);
            int fits = l && date && l->enacted == date;
            for (int q = 0; l && q < nnamed && !fits; q++)
                fits = named[q] == l;
            int dup = 0;
            for (int j = 0; j < n; j++)
                dup |= out[j] == v;
            if (fits && !dup)
                out[n++] = v;
        }
    /* rank: the entry's date, then its year, then as found */
    int score[16];
    for (int i = 0; i < n; i++) {
        const sc_ref_law *l = c->type == SC_PUBLIC_LAW ? sc_ref_public_law(c->congress, out[i])
                                                       : sc_ref_private_law(c->congress, out[i]);
        score[i] = !l ? -1 : !date ? 0 : l->enacted == date ? 2
                   : l->enacted / 10000 == date / 10000 ? 1 : 0;
        for (int k = 0; l && k < nnamed; k++)
            if (named[k] == l)
                score[i] += 3; /* "P.L. 111-3414 (Criminal History ... Extension Act)":
                                * of the laws of that name, 111-341 is one slip away */
    }
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && score[j] > score[j - 1]; j--) {
            int t = score[j]; score[j] = score[j - 1]; score[j - 1] = t;
            t = out[j]; out[j] = out[j - 1]; out[j - 1] = t;
        }
    /* with a date or a name, only the numbers that agree best with them */
    if (n > 0 && score[0] > 0) {
        int k = 0;
        while (k < n && score[k] == score[0])
            k++;
        n = k;
    }
    return n;
}

int sc_law_slip_of_day(const sc_citation *c, int32_t date)
{
    const sc_ref_congress *cg = sc_ref_congress_get(c->congress);
    if (!cg || date % 100 == 0 || c->type != SC_PUBLIC_LAW)
        return 0;
    int v[32], n = slips(c, cg->public_laws, date, NULL, 0, v, 16), hit = 0;
    /* (and a digit left out: "100-9" for 100-109) */
    char num[16], cand[16];
    sc_fmt(num, sizeof num, "%d", c->number);
    size_t len = strlen(num);
    for (size_t k = 0; k <= len && len < 6 && n < 32; k++)
        for (char dg = k == 0 ? '1' : '0'; dg <= '9' && n < 32; dg++) {
            memcpy(cand, num, k);
            cand[k] = dg;
            strcpy(cand + k + 1, num + k);
            int x = atoi(cand);
            if (x <= cg->public_laws)
                v[n++] = x;
        }
    for (int i = 0; i < n; i++) {
        const sc_ref_law *l = sc_ref_public_law(c->congress, v[i]);
        if (l && l->enacted == date && v[i] != hit) {
            if (hit)
                return 0; /* (two: the day does not tell) */
            hit = v[i];
        }
    }
    return hit;
}

static void slip_text(const sc_citation *c, const int *v, int n, int titles, char *out, size_t cap)
{
    out[0] = '\0';
    if (n == 0)
        return;
    if (n > 3)
        n = 3;
    size_t o = (size_t)snprintf(out, cap, "did you mean ");
    for (int j = 0; j < n && o < cap; j++) {
        const sc_ref_law *l = c->type == SC_PUBLIC_LAW ? sc_ref_public_law(c->congress, v[j])
                                                       : sc_ref_private_law(c->congress, v[j]);
        char t[128] = "";
        if (l && n <= 2 && titles)
            sc_law_title_paren(l, t, sizeof t);
        o += (size_t)snprintf(out + o, cap - o, "%s%s %d-%d%s",
                              j == 0 ? "" : j == n - 1 ? " or " : ", ",
                              c->type == SC_PUBLIC_LAW ? "Pub. L. No." : "Priv. L. No.",
                              c->congress, v[j], t);
    }
    if (o < cap)
        sc_fmt(out + o, cap - o, "?");
}

/* For the fix of an impossible number, in @p out ("" when none): the law
 * of its Congress whose pages hold the entry's page of it, not as its
 * first (a first page points to its law: evidence_fix()) -- "Its page
 * (122 Stat. 4000) lies in Pub. L. No. 110-357, from 122 Stat. 3998",
 * which the slips may not name. */
static void page_inside_text(const sc_entry *e, int l, char *out, size_t cap)
{
    out[0] = '\0';
    int si = e->stat_of[l], v, p;
    if (si < 0 || !sc_entry_vol_page(e, si, &v, &p))
        return;
    const sc_ref_law *in = sc_ref_law_at_page(v, p);
    const sc_citation *c = &e->c[l];
    if (!in || in->congress != c->congress || in->stat_volume != v || (int)in->stat_page >= p ||
        (in->flags & SC_REF_STAT_UPPER_BOUND) || sc_page_in_law(in, v, p) <= 0)
        return;
    sc_fmt(out, cap, "Its page (%d Stat. %d) lies in Pub. L. No. %d-%d, from %d Stat. %d", v, p,
           in->congress, in->number, v, (int)in->stat_page);
}

/* "write Pub. L. No. 101-336 (Americans with ... Act of 1990): its bill
 * (S. 933) and its page (104 Stat. 327) point to it" */
static int evidence_fix(const sc_entry *e, int l, char *out, size_t cap)
{
    const sc_evidence *ev = &e->ev[l];
    if (!ev->law || !ev->by || (ev->against & ~ev->by))
        return 0;
    sc_evidence_fix(e, l, out, cap);
    return 1;
}

/* A Public Law of the 57th-81st Congress past its Congress's count, with
 * its own page of the Statutes at Large: the one numbered law of that
 * Congress the page is in (historic_laws.csv), when the number written is
 * it with a digit added, dropped, changed or two swapped ("Pub. L. No.
 * 74-2710, 49 Stat. 620": 74-271) -- the fix, with the page as its
 * evidence; else nothing. */
static void old_page_fix(const sc_entry *e, int l, char *out, size_t cap)
{
    const sc_citation *c = &e->c[l];
    int si = e->stat_of[l], v, p;
    if (si < 0 || !sc_entry_vol_page(e, si, &v, &p) || v > 64)
        return;
    const sc_hist_law *at[SC_HIST_SAME_PAGE_MAX], *ev = NULL;
    int na = sc_hist_holding(v, p, at, SC_HIST_SAME_PAGE_MAX);
    for (int i = 0; i < na; i++)
        if (at[i]->publ > 0 && at[i]->congress == c->congress &&
            (at[i]->page == p || na == 1)) {
            if (ev && ev->publ != at[i]->publ)
                return; /* (two: which?) */
            ev = at[i];
        }
    if (!ev)
        return;
    if (sc_pen_slip(ev->publ, c->number))
        sc_fmt(out, cap, "write Pub. L. No. %d-%d: its page (%d Stat. %d) points to it", ev->congress,
               (int)ev->publ, v, p);
}

static void check_number(sc_doc_state *d, sc_entry *e, int l)
{
    sc_citation *c = &e->c[l];
    char name[48], sugg[320];
    /* the name is formatted only for a finding: most laws have none */
    if (c->congress < 1 || c->congress > d->current_congress) {
        sc_law_name(c, name, sizeof name);
        sugg[0] = '\0';
        if (c->type == SC_PUBLIC_LAW && !evidence_fix(e, l, sugg, sizeof sugg)) {
            sugg[0] = '\0';
            /* the laws of the entry's name with the number written: one of
             * them is the law ("Pub. L. No. 0-79 (Foreign Evidence Request
             * Efficiency Act)": 111-79 and 111-84 bear the name) */
            const sc_ref_law *const *named = NULL, *hit = NULL;
            int nn = e->name_of[l] >= 0 ? sc_entry_name_laws(e, e->name_of[l], &named) : 0, nhit = 0;
            for (int k = 0; k < nn; k++)
                if (named[k]->number == c->number) {
                    hit = named[k];
                    nhit++;
                }
            if (nhit == 1) {
                char t[128] = "";
                sc_law_title_paren(hit, t, sizeof t);
                sc_fmt(sugg, sizeof sugg, "write Pub. L. No. %d-%d%s: its name and its number "
                       "(%d) point to it", hit->congress, hit->number, t, c->number);
            }
        }
        sc_emit(d, c, SC_ERROR, SC_D_CONGRESS_RANGE, sugg[0] ? sugg : NULL,
                "%s cites the %d%s Congress, which %s", name, c->congress, SC_ORD(c->congress),
                c->congress < 1 ? "does not exist (the 1st met in 1789)" : "has not met yet");
        return;
    }
    if (c->type == SC_PUBLIC_LAW && c->congress < 57) {
        sc_law_name(c, name, sizeof name);
        sc_emit(d, c, SC_NOTE, SC_D_LAW_NUMBER_FORM, NULL,
                "%s: public laws were first numbered in the 57th Congress (1901); earlier laws "
                "are cited by chapter and Statutes at Large page", name);
    }
    const sc_ref_congress *cg = sc_ref_congress_get(c->congress);
    if (!cg)
        return;
    int max = c->type == SC_PUBLIC_LAW ? cg->public_laws : cg->private_laws;
    /* a private law count of 0 from the 82nd Congress on is the table's
     * (it holds the private laws since; none of the 110th, 113th, 114th,
     * 116th, 118th): a number there is not on record */
    int none = c->type == SC_PRIVATE_LAW && c->congress >= 82 && max == 0 && !cg->in_progress;
    if (c->number != 0 && !none && (max <= 0 || c->number <= max))
        return; /* in range (a gap in the table if not in it), or no count on record ("0") */
    if (sc_law_row(c))
        return; /* the table has it (the row is looked up only here: a cold read) */
    const char *kind = c->type == SC_PUBLIC_LAW ? "public" : "private";
    if (c->number == 0) {
        sc_law_name(c, name, sizeof name);
        sc_emit(d, c, SC_ERROR, SC_D_LAW_NUMBER_RANGE, NULL,
                "%s does not exist: the laws of a Congress are numbered from 1", name);
        return;
    }
    /* past the last law the Congress's count on record gives */
    sc_law_name(c, name, sizeof name);
    sugg[0] = '\0';
    if (c->type == SC_PUBLIC_LAW && c->congress >= 57 && c->congress <= 81)
        old_page_fix(e, l, sugg, sizeof sugg);
    if (!sugg[0] && (c->type != SC_PUBLIC_LAW || !evidence_fix(e, l, sugg, sizeof sugg))) {
        int v[16];
        int dk = e->date_of[l];
        const sc_ref_law *const *named = NULL;
        int nnamed = e->name_of[l] >= 0 ? sc_entry_name_laws(e, e->name_of[l], &named) : 0;
        int n = slips(c, max, dk >= 0 && !e->date[dk].bad ? e->date[dk].ymd : 0, named, nnamed, v, 16);
        char in[96];
        page_inside_text(e, l, in, sizeof in);
        slip_text(c, v, n, !in[0], sugg, sizeof sugg); /* (the titles left out beside it:
                                                        * a fix holds 191 bytes) */
        size_t o = strlen(sugg);
        if (in[0] && o < sizeof sugg)
            sc_fmt(sugg + o, sizeof sugg - o, "%s%s", o ? " " : "", in);
    }
    if (cg->in_progress)
        sc_emit(d, c, SC_NOTE, SC_D_LAW_NUMBER_RANGE, sugg[0] ? sugg : NULL,
                "%s is past the last %s law on record for the %d%s Congress (%d-%d, as of the "
                "reference data)", name, kind, c->congress, SC_ORD(c->congress), c->congress, max);
    else if (none) /* (a warning: the count is the table's, which has no row of them) */
        sc_emit(d, c, SC_WARNING, SC_D_LAW_NUMBER_RANGE, sugg[0] ? sugg : NULL,
                "%s is not on record: the tables hold no %s law of the %d%s Congress", name, kind,
                c->congress, SC_ORD(c->congress));
    else
        sc_emit(d, c, SC_ERROR, SC_D_LAW_NUMBER_RANGE, sugg[0] ? sugg : NULL,
                "%s does not exist: the %d%s Congress enacted %d %s law%s", name, c->congress,
                SC_ORD(c->congress), max, kind, max == 1 ? "" : "s");
}

/* Past the label of a Congress's field at b[i] (after its blanks, "Cong.:
 * ", "Congress: "), or 0 when none stands there. */
static size_t congress_label_after(const uint8_t *b, size_t i, size_t t)
{
    size_t k = i;
    while (k < t && b[k] == ' ')
        k++;
    size_t ls = k;
    while (k < t && k - ls < 12 && (sc_isalpha(b[k]) || b[k] == '.'))
        k++;
    if (k == ls || k + 1 >= t || b[k] != ':' || b[k + 1] != ' ' ||
        sc_table_label_role(b, ls, k) != SC_COL_CONGRESS)
        return 0;
    return k + 1;
}

/* Is e's text [s, t) only what may stand between a law and the Congress
 * that enacted it: blanks, punctuation, the entry's names, dates and the
 * group's other citations (its Stat. page), and the words of enacting
 * ("Public Law 111-148, the Patient Protection and Affordable Care Act,
 * enacted by the 112th Congress", "P.L. 111-148 (112th Cong.)", "the 112th
 * Congress passed Public Law 111-148")?  Not "amended by".  @p cong_first:
 * the Congress is before the law, s its end ("The 104th Congress cleared
 * Pub. L. ..."). */
static int enacting_gap(const sc_entry *e, size_t s, size_t t, int cong_first)
{
    static const char *const words[] = { "enacted", "passed", "by", "the", "of", "in",
                                         "during", "signed", "into", "law", "was", "became",
                                         "a", "is", "approved", "which", "and", "on", "as",
                                         "adopted",
                                         /* an encyclopedia's lead: "Pub. L. 101-581 is an
                                          * Act of the 101st Congress", "a statute of" */
                                         "an", "act", "statute", "measure",
                                         /* "enacted in the second session of the 99th
                                          * Congress" */
                                         "session", "first", "second", "third", "fourth",
                                         /* its bill's origin, in the same Congress: "started
                                          * as H.R. 8760 and was passed by the 93rd Congress" */
                                         "started", "began", "originated", "originally",
                                         "originating", "introduced", "from",
                                         /* the name's law: "The X Act of 2005 of the 111th
                                          * Congress, 119 Stat. 23, is cited as Pub. L. 109-8" */
                                         "cited",
                                         /* "(enacting H.R.2056; approved ...; 112th Congress)" */
                                         "enacting",
                                         /* where it is printed: "is found at 87 Stat. 913 and
                                          * was enacted in the 93rd Congress" */
                                         "found", "at", "appears", "printed", "published",
                                         "reported",
                                         /* a record's label: "Public Law 108-274 — Congress:
                                          * 98th Congress" */
                                         "congress", "cong", NULL };
    const uint8_t *b = e->w->buf;
    if (t < s || t - s > 200)
        return 0;
    /* (the short form right after it: "X Act of 2017 (the “XA”) (116th
     * Congress)", the law cited by its name) */
    s = sc_entry_closed_form(b, s, sc_entry_short_form_end(e, s), t);
    /* a ';' only inside brackets, between parts of one item ("(P.L.
     * 117-344; 117th Cong.)"); outside them it ends a string citation's
     * item ("..., 103rd Cong. (enacted 1994); Western Oregon Tribal Fairness
     * Act, PL 115-103") */
    int depth = 0;
    for (size_t i = e->so; i < s; i++) /* (a list marker's lone ')' closes nothing: "4) Cf.") */
        if ((depth += (b[i] == '(' || b[i] == '[') - (b[i] == ')' || b[i] == ']')) < 0)
            depth = 0;
    for (size_t i = s; i < t;) {
        uint8_t ch = b[i];
        size_t lab;
        if (ch == ';' && depth <= 0 && (lab = congress_label_after(b, i + 1, e->eo)) != 0) {
            i = lab; /* the next field of one law's record: "Pub. L. 100-676 — Sec.: §
                      * 54; Cong.: Ninety-ninth Congress" */
            continue;
        }
        if (ch == ';' && depth <= 0)
            return 0;
        if (ch == 0xe2 && i + 2 < t && b[i + 1] == 0x80 &&
            (b[i + 2] == 0x93 || b[i + 2] == 0x94 || b[i + 2] == 0x9c || b[i + 2] == 0x9d ||
             b[i + 2] == 0x98 || b[i + 2] == 0x99)) {
            i += 3; /* a dash: "Public Law 108-274 — Congress: 98th Congress"; a name's
                     * quotes: "(27 July 2006; “X Act of 2006”; 108th Congress)" */
            continue;
        }
        if (ch == '"') {
            i++;
            continue;
        }
        if ((ch == '-' || ch == '=') && i + 1 < t && b[i + 1] == '>') {
            i += 2; /* an outline's arrows: "Pub. L. 116-254 => signed 12/23/2020 => 115
                     * Cong." */
            continue;
        }
        if (ch == 0xe2 && i + 2 < t && b[i + 1] == 0x86 && b[i + 2] == 0x92) {
            i += 3; /* "→" */
            continue;
        }
        if (ch == ' ' || ch == ',' || ch == '(' || ch == ')' || ch == '[' || ch == ']' ||
            ch == ';' || ch == '\n' || ch == '\t' || ch == 0xa0 || ch == 0xc2 || ch == ':' ||
            ch == '|') { /* (a table row's cells describe its one law) */
            depth += (ch == '(' || ch == '[') - (ch == ')' || ch == ']');
            i++;
            continue;
        }
        size_t to = i; /* a fact of the entry begins here: over it */
        for (int k = 0; k < e->nname && to == i; k++)
            if (e->name[k].so == i) /* (with its short form's closed bracket: "X Act (XA)") */
                to = sc_entry_closed_form(b, e->name[k].eo, e->name[k].tie_eo, SIZE_MAX);
        for (int k = 0; k < e->ndate && to == i; k++)
            if (e->date[k].so == i)
                to = e->date[k].eo;
        for (int k = 0; k < e->n && to == i; k++)
            if ((e->kind[k] & SC_EK_IN) && e->cs[k] == i &&
                (e->c[k].type == SC_STAT || (e->c[k].type == SC_BILL && e->law_of[k] >= 0)))
                to = e->ce[k]; /* (a bill only when it is a law's: "P.L. 111-271,
                                * H.R.3980 (October 12, 2010; 101st Congress)") */
        if (to > i) {
            i = to;
            continue;
        }
        if (sc_isdigit(ch) && i + 4 <= t && sc_isdigit(b[i + 1]) && sc_isdigit(b[i + 2]) &&
            sc_isdigit(b[i + 3]) && (i + 4 == t || !(sc_isalnum(b[i + 4]) || b[i + 4] == '-' ||
                                                    b[i + 4] == '/')) &&
            (ch == '1' || ch == '2')) {
            i += 4; /* the law's year, no date's: "Public Law 90-213 (1967, 100th Congress)" */
            continue;
        }
        if (ch == 0xa7) { /* the law's section pin: "Pub. L. 104-63, § 3, 109 Stat. 687
                           * (104th Cong.)" -- "§ 3", "§ 3(a)(1)" */
            size_t k = i + 1;
            while (k < t && (b[k] == ' ' || b[k] == 0xa0 || b[k] == 0xc2))
                k++;
            size_t d = k;
            while (k < t && (sc_isalnum(b[k]) || b[k] == '(' || b[k] == ')' || b[k] == '-'))
                k++;
            if (d == k || !sc_isdigit(b[d]))
                return 0;
            i = k;
            continue;
        }
        if (!sc_isalpha(ch))
            return 0;
        size_t w = i;
        while (i < t && sc_isalpha(b[i]))
            i++;
        size_t nso, neo, ne;
        if ((ne = sc_president_bare(e, w, &nso, &neo)) != 0 && ne <= t) {
            i = ne; /* "signed by Reagan and": the signer's name without the title */
            continue;
        }
        /* the Congress's passing in other words: "which the 104th Congress had
         * passed", "The 104th Congress cleared Pub. L. ...", "after it cleared
         * the 104th Congress", "after passing the 117th Congress" -- not "had
         * by the 110th Congress become outdated", "being the law the 110th
         * Congress set out to restore" */
        static const char *const after_what[] = { " it cleared ", " it passed ", " passing ",
                                                  " clearing ", " being passed ",
                                                  " being enacted ", NULL };
        static const char *const had_what[] = { " passed ", " cleared ", " enacted ", " signed ",
                                                " approved ", NULL };
        size_t an;
        if (i - w == 5 && memcmp(b + w, "after", 5) == 0 &&
            (an = sc_phrase_at(b, i, t, after_what)) != 0) {
            i += an - 1;
            continue;
        }
        if (((i - w == 3 && (memcmp(b + w, "had", 3) == 0 || memcmp(b + w, "has", 3) == 0)) ||
             (i - w == 5 && memcmp(b + w, "being", 5) == 0)) &&
            (an = sc_phrase_at(b, i, t, had_what)) != 0) {
            i += an - 1;
            continue;
        }
        if (i - w == 7 && memcmp(b + w, "cleared", 7) == 0 &&
            ((cong_first && w == blanks(b, s, t)) || (i + 4 <= t && memcmp(b + i, " by ", 4) == 0)))
            continue; /* the Congress its subject or its agent: "The 104th Congress cleared
                       * Pub. L. ...", "... cleared by the 104th Congress" */
        if ((i - w == 9 && memcmp(b + w, "President", 9) == 0) ||
            (i - w == 4 && memcmp(b + w, "Pres", 4) == 0 && i < t && b[i] == '.' && i++)) {
            /* "signed by President Ronald Reagan and": the signer's name */
            for (int words_n = 0; words_n < 4 && i + 1 < t && b[i] == ' ' && sc_isupper(b[i + 1]);
                 words_n++) {
                i++;
                while (i < t && (sc_isalpha(b[i]) || b[i] == '.'))
                    i++;
            }
            continue;
        }
        if (!sc_word_in(b, w, i, words) && sc_entry_pin_word(b, w, i)) {
            /* the law's part: "During the 105th Congress, sec. 10 of Pub. L.
             * 103-31 was signed", "tit. III, § 309 of" -- its word, then a
             * number or a designator ("10", "10(a)", "III", "B") */
            if (i < t && b[i] == '.')
                i++;
            size_t lq = i;
            while (lq < t && b[lq] == ' ')
                lq++;
            if (lq < t && b[lq] == ':') /* a field's label: "Sec.: § 54", "stat : 117 Stat. 1" */
                i = lq + 1;
            while (i < t && (b[i] == ' ' || (b[i] == 0xc2 && i + 1 < t && b[i + 1] == 0xa7)))
                i += b[i] == ' ' ? 1 : 2;
            size_t d = i;
            int caps = 1;
            while (i < t && (sc_isalnum(b[i]) || b[i] == '(' || b[i] == ')' || b[i] == '-')) {
                caps &= sc_isupper(b[i]) != 0;
                i++;
            }
            if (d == i || !(sc_isdigit(b[d]) || (caps && i - d <= 6)))
                return 0;
            continue;
        }
        if (!sc_word_in(b, w, i, words)) {
            /* a field's label of the law's record, its key and ':' ("bill : S.
             * 233 , stat : 117 Stat. 1163 , congress : 106th Congress", a JSON
             * object's, html.h; "statutes_at_large: 132 Stat. 3130") */
            size_t k = i;
            while (k < t && (sc_isalpha(b[k]) || b[k] == '_'))
                k++;
            size_t q = k;
            while (q < t && b[q] == ' ')
                q++;
            if (!(e->record || sc_field_opens(b, e->so, w, 1)) || q >= t || b[q] != ':' || k - w > 24 ||
                sc_table_label_role(b, w, k) <= SC_COL_OTHER)
                return 0; /* (a key of the law's facts: not "subject_law:", a hearing's
                           * record's) */
            i = q + 1;
        }
    }
    return 1;
}

/* "Public Law 111-148, enacted by the 112th Congress": the Congress an
 * entry of one law and no bill names for it (a bill's Congress is the
 * bill's, checked against the law by bill-law-mismatch), when only words
 * of enacting stand between them, against the Congress of its number.  The
 * Congress is read by the grammar's context.congress rule, as a bill's is
 * (context_congress.c): "112th Congress", "112th Cong.", "One Hundred Twelfth
 * Congress". */
/* Is the word after b[end] (past its blanks) one of @p list? */
static int word_after_in(const uint8_t *b, size_t end, size_t lim, const char *const *list)
{
    size_t i = end;
    while (i < lim && b[i] == ' ')
        i++;
    size_t we = i;
    while (we < lim && sc_isalpha(b[we]))
        we++;
    return we > i && sc_word_in(b, i, we, list);
}

/* Is the Congress mention ending at b[end] the subject of an enactment:
 * "the Eighty-sixth Congress provided for the admission of Alaska", "the
 * 101st Congress enacted"?  (In an entry about its one law, that law's.) */
static int congress_enacts(const uint8_t *b, size_t end, size_t lim)
{
    static const char *const verbs[] = { "enacted", "passed", "provided", "adopted", "approved",
                                         "created", "established", "sent", "cleared", NULL };
    return word_after_in(b, end, lim, verbs);
}

/* Is the Congress mention at b[so] the agent or the time of an enactment:
 * "passed by the 89th Congress", "enacted by the 101st Congress", "was
 * enacted in the 106th Congress", "Enacted by: 117th Congress"? */
static int congress_by(const uint8_t *b, size_t lo, size_t so)
{
    static const char *const heads[] = { "passed by the ", "enacted by the ", "approved by the ",
                                         "adopted by the ", "Enacted by: ", "Enacted by: the ",
                                         "enacted by: ", "Passed by: ", "enacted in the ",
                                         "passed in the ", "enacted during the ", "passed during the ",
                                         "signed in the ", "approved in the ",
                                         /* "... and is a law of the 102nd Congress" */
                                         "is a law of the ", "was a law of the ",
                                         /* "The Act was the product of the Eighty-ninth
                                          * Congress" */
                                         "product of the ", "the work of the ",
                                         /* "enacted August 21, 1996 as part of the
                                          * 105th Congress" */
                                         "as part of the ", NULL };
    return sc_phrase_before(b, lo, so, heads) > 0;
}

/* Does "reported" in b[from..to) tell a bill's step ("was reported by the
 * Committee") -- not where a law is printed ("reported at 90 Stat. 189",
 * "reported in")? */
static int reported_step(const uint8_t *b, size_t from, size_t to)
{
    for (const uint8_t *p = b + from; p + 8 <= b + to && (p = sc_find_text(p, (size_t)(b + to - p),
                                                                           "reported", 8)) != NULL;
         p += 8) {
        size_t k = (size_t)(p - b);
        if ((k > from && sc_isalpha(b[k - 1])) || (k + 8 < to && sc_isalpha(b[k + 8])))
            continue; /* (a word of its own: not "unreported", "reportedly") */
        if (!(k + 12 <= to && (memcmp(b + k + 8, " at ", 4) == 0 || memcmp(b + k + 8, " in ", 4) == 0)))
            return 1;
    }
    return 0;
}

/* Is the Congress mention at b[so] (ending at @p end) the time a sentence
 * opens with, the sentence telling an enactment and no amendment: "During
 * the 117th Congress, the X Act of 2019, which was signed into law by
 * President Donald Trump, was approved on August 8, 2020"? */
static int congress_during(const uint8_t *b, size_t lo, size_t so, size_t end, size_t lim,
                           int own_bill)
{
    static const char *const heads[] = { "During the ", "In the ", NULL };
    static const char *const told[] = { "approved", "enacted", "signed", "became",
                                        /* or only where it is printed: "During the 106th
                                         * Congress, the X Act appears at 112 Stat. 3200" */
                                        "appears", "printed", "published", "found",
                                        "designated", "reported", NULL };
    static const char *const done[] = { "amended", "repealed", "extended", "reauthorized",
                                        "modified", "revised", "superseded", "suspended", NULL };
    /* a bill's steps: of the law's own bill, the law's making in that
     * Congress ("During the 114th Congress, the X Act was introduced as S.
     * 1901. The measure was designated PL 113-81"); of any other bill, no
     * word of the law ("During the 110th Congress, a bill to amend Pub. L.
     * 109-390 was introduced") */
    static const char *const steps[] = { "introduced", "considered", NULL };
    size_t n = sc_phrase_before(b, lo, so, heads);
    if (!n) { /* "In the second session of the 101st Congress, ..." */
        static const char *const of[] = { " session of the ", NULL };
        static const char *const nth[] = { "first", "second", "third", "fourth", NULL };
        size_t o = sc_phrase_before(b, lo, so, of), ws, we = so - o;
        if (o) {
            ws = we;
            while (ws > lo && sc_isalpha(b[ws - 1]))
                ws--;
            if (ws < we && sc_word_in(b, ws, we, nth) && (n = sc_phrase_before(b, lo, ws, heads)) != 0)
                n += so - ws;
        }
    }
    if (!n || end >= lim || b[end] != ',')
        return 0;
    size_t st = so - n; /* the sentence's start: the entry's, or after ". ", or after a
                         * note's marker ("n.127 In the 106th Congress, ...") */
    size_t ls = lo;
    while (ls < st && (b[ls] == ' ' || b[ls] == '\t' || b[ls] == '\r' || b[ls] == '\n'))
        ls++;
    if (st > lo && !(st >= lo + 2 && b[st - 1] == ' ' && (b[st - 2] == '.' || b[st - 2] == '\n')) &&
        b[st - 1] != '\n' && !(b[st - 1] == ' ' && sc_ctx_marker_end(b, ls, lim) == st - 1) &&
        !((b[st - 1] == '(' || b[st - 1] == '[') && st - 1 == ls)) /* (or a bracket that opens
                                                                     * the entry: "(During the
                                                                     * 114th Congress, ...)") */
        return 0;
    size_t e = end;
    for (; e < lim && e - end < 300; e++) {
        if (!(b[e] == '.' && (e + 1 == lim || b[e + 1] == ' ' || b[e + 1] == '\n')))
            continue;
        size_t ws = e; /* (not a part's abbreviation: "tit. III, § 309 of the X Act") */
        while (ws > end && sc_isalpha(b[ws - 1]))
            ws--;
        if (e - ws == 1 && sc_isupper(b[ws]))
            continue; /* (nor an initial: "(H. R. 5608)", "Pub. L. No.") */
        if (e + 2 < lim && b[e + 1] == ' ' && sc_isdigit(b[e + 2]))
            continue; /* (nor an abbreviation before its number: "H.J. Res. 666") */
        if (ws == e || !sc_entry_pin_word(b, ws, e))
            break;
    }
    if (sc_word_among(b, end, e, done))
        return 0;
    int step = sc_word_among(b, end, e, steps) || reported_step(b, end, e);
    return own_bill ? sc_word_among(b, end, e, told) || step : !step && sc_word_among(b, end, e, told);
}

/* Do the words right after a law at b[ce] say something was done to it
 * ("was amended", "were repealed", "is extended")? */
static int acted_on(const uint8_t *b, size_t ce, size_t lim)
{
    static const char *const be[] = { " was ", " were ", " is ", " has been ", " had been ", NULL };
    static const char *const done[] = { "amended", "repealed", "extended", "reauthorized",
                                        "modified", "revised", "superseded", "suspended", NULL };
    while (ce < lim && (b[ce] == ')' || b[ce] == ']'))
        ce++; /* the law in the name's bracket: "the X Act (Pub. L. 105-342) was amended" */
    size_t n = sc_phrase_at(b, ce, lim, be);
    if (!n)
        return 0;
    size_t ws = ce + n, we = ws;
    while (we < lim && sc_isalpha(b[we]))
        we++;
    return sc_word_in(b, ws, we, done);
}

/* Law @p c is said to be of the @p n-th Congress, which its number
 * denies. */
void sc_law_congress_finding(sc_doc_state *d, sc_citation *c, int n)
{
    char name[48], sugg[160] = "", when[40];
    sc_law_name(c, name, sizeof name);
    const sc_ref_law *row = sc_law_row(c);
    if (row && row->enacted) {
        sc_fmt_date(row->enacted, when, sizeof when);
        sc_fmt(sugg, sizeof sugg, "%s was enacted by the %d%s Congress, %s", name, c->congress,
               SC_ORD(c->congress), when);
    }
    sc_emit(d, c, SC_ERROR, SC_D_LAW_CONGRESS, sugg[0] ? sugg : NULL,
            "%s is a law of the %d%s Congress (%s), but the entry says the %d%s Congress%s",
            name, c->congress, SC_ORD(c->congress),
            c->wording & SC_W_BY_NAME
                ? (c->congress >= 82 ? "the public-law table says so" : "the historic table says so")
                : "its number says so",
            n,
            SC_ORD(n),
            n == 0 ? ", which does not exist" : "");
}

/* Is the last word of b[s..t) "by" ("... to the 91st Congress by Public
 * Law 90-196"), not a "by" before a signer ("115th Cong. (signed by
 * President Donald Trump, enacted as Pub. L. No. 116-60)")? */
static int by_right_before(const uint8_t *b, size_t s, size_t t)
{
    while (t > s && (b[t - 1] == ' ' || b[t - 1] == '(' || b[t - 1] == ','))
        t--;
    return t >= s + 2 && (b[t - 2] | 0x20) == 'b' && b[t - 1] == 'y' &&
           (t == s + 2 || !sc_isalpha(b[t - 3]));
}

/* Is the Congress @p n written right beside a bill of the entry, its own
 * ("P.L. 100-465 | H.R. 2046 | 101st Congress")?  Then bill-law-mismatch
 * compares it with the law: one finding says it.  (Not one the bill took
 * from its sentence, SC_W_CONGRESS_LINKED: that one is left to the law.) */
static int a_bills_congress(const sc_entry *e, int n)
{
    for (uint64_t m = e->bill_in; m; m &= m - 1) {
        const sc_citation *b = &e->c[__builtin_ctzll(m)];
        if (b->congress == n && !(b->wording & SC_W_CONGRESS_LINKED))
            return 1;
    }
    return 0;
}

/* Is the Congress at b[so..end) a record's labelled field right before
 * the law at b[cs], a separator between ("Cong.: 98th Cong.; Public Law No.
 * 99-552", "Congress: 102d · P.L. 102-61")?  The record's Congress.  (The
 * rule's match holds the label: "Cong.: 98th".) */
static int labelled_field_before(const uint8_t *b, size_t so, size_t end, size_t cs)
{
    if (end > cs || cs - end > 16 || !congress_label_after(b, so, end))
        return 0;
    size_t q = end;
    while (q < cs && b[q] == ' ')
        q++;
    if (q + 5 <= cs && memcmp(b + q, "Cong", 4) == 0) { /* its word: " Cong.", " Congress" */
        q += 4;
        while (q < cs && (sc_isalpha(b[q]) || b[q] == '.'))
            q++;
    }
    int seps = 0;
    for (; q < cs; q++) {
        if (b[q] == ';' || b[q] == '|' || b[q] == 0xb7)
            seps++;
        else if (!(b[q] == ' ' || b[q] == 0xc2))
            return 0;
    }
    return seps == 1;
}

/* Does the Congress at b[so] open the bracket right after an Act's name
 * the entry ties to law @p l -- "... approved the X Act (112th Congress)
 * on 2008-02-28. The measure is cited as Pub. L. No. 110-189."?  It is
 * the Act's, so the law's. */
static int after_law_name(const sc_entry *e, int l, size_t so)
{
    const uint8_t *b = e->w->buf;
    for (int k = 0; k < e->nname; k++) {
        const sc_name_fact *f = &e->name[k];
        if (f->law != l || f->eo >= so)
            continue;
        size_t q = quote_end(b, f->eo, so, 1); /* (past its closing quote: "the “X Act of
                                                * 2016” of the 115th Congress") */
        q = sc_entry_closed_form(b, q, f->tie_eo, so); /* (and its short form: "X Act (the
                                                        * “XA”) (114th Congress)") */
        /* "Occupational Safety and Health Act of the 92nd Congress": the
         * name's own Congress, whatever sentence then gives its law */
        if (q + 4 <= so && memcmp(b + q, " of ", 4) == 0 &&
            (q + 4 == so || (q + 8 == so && memcmp(b + q + 4, "the ", 4) == 0)))
            return 1;
        while (q < so && (b[q] == ' ' || b[q] == ','))
            q++; /* (a comma between: "..., popularly called the X Act of 2008, (100th Cong.)") */
        if (q > f->eo && q + 7 == so && memcmp(b + q, "of the ", 7) == 0)
            return 1; /* "... Extension Act of 2004, Part II, of the 109th Congress" */
        if (q < so && b[q] == '(') {
            q++;
            while (q < so && b[q] == ' ')
                q++;
            if (q == so)
                return 1;
        }
    }
    return 0;
}

/* Does the Congress at b[so] stand right after the day the entry ties to
 * law @p l, an adjunct of that day ("Congress enacted the statute on
 * 2020-12-23, in the 116th Congress")?  It is the law's. */
static int after_law_day(const sc_entry *e, int l, size_t so)
{
    static const char *const joins[] = { ", in the ", " in the ", ", during the ", " during the ",
                                         ", by the ", " by the ", NULL };
    int k = e->date_of[l];
    if (k < 0 || e->date[k].eo >= so || e->date[k].ymd % 100 == 0)
        return 0;
    size_t n = sc_phrase_at(e->w->buf, e->date[k].eo, so, joins);
    return n && e->date[k].eo + n == so;
}

/* Does a verb of acting on a law follow the Congress ending at b[end]
 * ("..., which the 110th Congress amended in 2008")?  That Congress acted
 * on the law; it did not enact it. */
static int acted_after(const uint8_t *b, size_t end, size_t lim)
{
    static const char *const verbs[] = { "amended", "repealed", "reauthorized", "extended",
                                         "revised", "modified", "expanded", "renewed", "restored",
                                         "changed", "updated", "broadened", "strengthened",
                                         "weakened", "overhauled", "rewrote", "narrowed",
                                         "codified", "recodified", "reenacted", NULL };
    return word_after_in(b, end, lim, verbs);
}

/* Is the Congress at b[so] where a bill was "first introduced" ("first
 * introduced in the 99th Congress"), an earlier Congress than the law's? */
static int first_introduced(const uint8_t *b, size_t lo, size_t so)
{
    static const char *const heads[] = { "first introduced in the ", "originally introduced in the ",
                                         "first proposed in the ", NULL };
    return sc_phrase_before(b, lo, so, heads) > 0;
}

/* Is a bill of the entry tied to law @p l, its own? */
static int own_bill(const sc_entry *e, int l)
{
    for (uint64_t m = e->bill_in; m; m &= m - 1)
        if (e->law_of[__builtin_ctzll(m)] == l)
            return 1;
    return 0;
}

/* Is every bill of the entry law @p l's own (tied to it), or none there? */
static int only_own_bills(const sc_entry *e, int l)
{
    for (int i = 0; i < e->n; i++)
        if (e->c[i].type == SC_BILL && e->law_of[i] != l)
            return 0;
    return 1;
}

/* Does the prose around law @p l say that the Congress at b[so..end)
 * enacted it -- "the 96th Congress passed", "passed by the 96th Congress",
 * "During the 96th Congress, ... was signed" -- in an entry about that one
 * law (by its name, or told back to it), or, "During the 99th Congress,
 * lawmakers enacted Pub. L. 100-610", the one law of an entry of no name
 * and no other bill? */
static int prose_congress(sc_entry *e, int l, size_t so, size_t end)
{
    const uint8_t *b = e->w->buf;
    int during = congress_during(b, e->so, so, end, e->eo, own_bill(e, l));
    if (!during && !congress_enacts(b, end, e->eo) && !congress_by(b, e->so, so))
        return 0;
    return sc_entry_about_one_law(e) || (so > e->ce[l] && sc_entry_told_back(e, so, l)) ||
           (during && end <= e->cs[l] && e->nlaw == 1 && !e->nname && only_own_bills(e, l));
}

/* A record's Congress under a key of small letters, the rule's "Cong"
 * being a capital's: "congress: 107th" (YAML), "congress = {99th}"
 * (BibTeX), "congress : 107" (JSON, its quotes blanks: html.c) -- the key
 * opening a field, its value an ordinal or a number that ends the field
 * (an optional " Congress" after it).  Its number, or -1 when there is
 * none. */
static int record_key_congress(const sc_entry *e)
{
    const uint8_t *b = e->w->buf;
    for (size_t at = e->so; at + 10 <= e->eo;) {
        const uint8_t *q = sc_find_text(b + at, e->eo - at, "congress", 8);
        if (!q)
            return -1;
        size_t k = (size_t)(q - b), v = k + 8;
        at = v;
        if (!sc_field_opens(b, e->so, k, 0))
            continue;
        while (v < e->eo && (b[v] == ' ' || b[v] == '\t'))
            v++;
        if (v < e->eo && b[v] == ':')
            v++;
        else if (v + 1 < e->eo && b[v] == '=')
            v++;
        else
            continue;
        while (v < e->eo && (b[v] == ' ' || b[v] == '\t' || b[v] == '{' || b[v] == '"'))
            v++;
        size_t fe = v; /* the field's end */
        while (fe < e->eo && fe - v < 40 && b[fe] != '\n' && b[fe] != '\r' && b[fe] != ',' &&
               b[fe] != ';' && b[fe] != '|' && b[fe] != '}' && b[fe] != '"' &&
               b[fe] != SC_HTML_BREAK)
            fe++;
        size_t ve = fe;
        while (ve > v && (b[ve - 1] == ' ' || b[ve - 1] == '\t'))
            ve--;
        int n = ve > v && (fe == e->eo || fe - v < 40) ? sc_ctx_congress_cell(b, v, ve) : 0;
        if (n >= 1)
            return n;
    }
    return -1;
}

/* The key of a data file's field at b[at] (a field opens there: a line's
 * start, after ',', a brace's break): small letters and '_' ("congress",
 * "subject_law"), after blanks, a list's '-' and quotes, then ':' or '='.
 * Its bytes in *ks, *ke; 0 when none stands there. */
static int data_key(const uint8_t *b, size_t at, size_t lim, size_t *ks, size_t *ke)
{
    size_t k = at;
    while (k < lim && (b[k] == ' ' || b[k] == '\t' || b[k] == '-' || b[k] == '"' || b[k] == '{' ||
                       b[k] == SC_HTML_BREAK))
        k++;
    size_t s = k;
    while (k < lim && k - s < 32 && (sc_islower(b[k]) || b[k] == '_'))
        k++;
    size_t t = k;
    while (k < lim && (b[k] == ' ' || b[k] == '"'))
        k++;
    if (t == s || k >= lim || (b[k] != ':' && b[k] != '='))
        return 0;
    *ks = s;
    *ke = t;
    return 1;
}

/* Is record e, with law @p l, that law's own?  Not when a field of it is
 * keyed as a data file keys another thing's ("committee:", "member:",
 * "hearing:", "author =", "subject_law:"): the record is a hearing's, a
 * member's, a report's, and its Congress theirs; nor when the law stands
 * inside a field's text ("note: ... became Pub. L. 101-336", "title =
 * {Hearing on ... (amending Pub. L. 101-336)}") rather than as its value.
 * Keys of a law's facts (table_labels.def) and of a citation's (title,
 * number, note, year, url) are the law's. */
int sc_entry_law_record(const sc_entry *e, int l)
{
    static const char *const neutral[] = { "number", "no", "note", "notes", "year", "url", "link",
                                           "howpublished", "type", "id", "key", "source",
                                           "summary", "description", "status", "sponsor",
                                           "sponsors", "cosponsors", "publisher",
                                           "institution", "pages", "volume", "month", NULL };
    const uint8_t *b = e->w->buf;
    size_t law_key_end = SIZE_MAX; /* past the key of the field that holds the law */
    int law_key_role = SC_COL_OTHER;
    for (size_t at = e->so; at < e->eo; at++) {
        if (at > e->so && b[at - 1] != '\n' && b[at - 1] != ',' && b[at - 1] != SC_HTML_BREAK)
            continue;
        size_t ks, ke;
        if (!data_key(b, at, e->eo, &ks, &ke))
            continue;
        int role = sc_table_label_role(b, ks, ke);
        if (role == SC_COL_OTHER && !sc_word_in(b, ks, ke, neutral))
            return 0;
        if (ks <= e->cs[l]) {
            law_key_end = ke;
            law_key_role = role;
        }
    }
    if (law_key_end == SIZE_MAX || law_key_end > e->cs[l])
        return 1; /* (no key of a data file before it: a record of labels) */
    if (law_key_role == SC_COL_RELATED)
        return 0; /* the law under "related_law:", "amended_by:": another's */
    /* the law its field's value: only the key's marks and quotes between */
    for (size_t q = law_key_end; q < e->cs[l]; q++)
        if (!(b[q] == ' ' || b[q] == '"' || b[q] == ':' || b[q] == '=' || b[q] == '{' ||
              b[q] == '\t'))
            return 0;
    return 1;
}

static void check_congress(sc_doc_state *d, sc_entry *e, int l)
{
    sc_citation *c = &e->c[l];
    const uint8_t *b = e->w->buf;
    int ctx = e->r->ctx_congress;
    if (ctx < 0 || !(e->kind[l] & SC_EK_IN) || e->eo <= e->so)
        return;
    size_t cs = e->cs[l], ce = e->ce[l];
    if (sc_entry_has_cell(e, SC_COL_CONGRESS)) {
        /* a table's row: its cell under "Congress" ("103rd", "Ninety-second") */
        int n = sc_ctx_congress_cell(b, e->cell_so[SC_COL_CONGRESS], e->cell_eo[SC_COL_CONGRESS]);
        if (n >= 1) {
            if (n != c->congress && !a_bills_congress(e, n))
                sc_law_congress_finding(d, c, n);
            return;
        }
    }
    int record = e->record && sc_entry_law_record(e, l);
    if (record) {
        int n = record_key_congress(e);
        if (n >= 0) {
            if (n != c->congress && !a_bills_congress(e, n))
                sc_law_congress_finding(d, c, n);
            return;
        }
    }
    /* within the reach of enacting_gap() around the law */
    size_t lo = cs > e->so + 220 ? cs - 220 : e->so, hi = ce + 220 < e->eo ? ce + 220 : e->eo;
    if (((lo > e->so && lo - e->so < 400) || (hi < e->eo && e->eo - hi < 400)) &&
        sc_entry_about_one_law(e)) {
        lo = lo - e->so < 400 ? e->so : lo; /* (an entry about its one law: its Congress
                                             * anywhere in it -- "During the 117th
                                             * Congress, the X Act, ... was approved ...
                                             * The statute ... was enacted as Pub. L. No.
                                             * 116-154"; "... It was signed ..., is known
                                             * as the X Act, ... and was passed by the 98th
                                             * Congress") */
        hi = e->eo - hi < 400 ? e->eo : hi;
    }
    sc_groups g;
    for (size_t p = lo; p < hi;) {
        /* (the first place a match may begin, sc_ctx_congress_from: the rule
         * is not tried at each byte of the prose before) */
        size_t from = sc_ctx_congress_from(b, p, hi, e->r->builtin);
        if (from == SIZE_MAX)
            return; /* no match from p on */
        size_t end = sc_rule_match(e->r, ctx, e->m, b, hi, from, &g);
        if (end == SC_UNSET)
            return;
        size_t so = g.so[SC_G_CITE];
        p = end > p ? end : p + 1;
        int n = sc_ctx_congress_value(b, &g);
        if ((n < 1 && !(n == 0 && sc_gset(&g, SC_G_ORD))) || n == c->congress)
            continue; /* (but "the 0th Congress": named, and impossible) */
        if (so > e->so && b[so - 1] == '^')
            continue; /* a note's marker, a label after it: "^96 Cong.: 101st Congress" */
        if (acted_after(b, end, e->eo) || first_introduced(b, e->so, so))
            continue; /* "which the 110th Congress amended", "first introduced in the
                       * 99th Congress": another Congress's doing */
        /* (a record's Congress is its one law's: "Enacted by<TAB>the 113th
         * United States Congress" a few lines above the law; so is the
         * Congress in the bracket after the law's name) */
        /* (after the law's own section of its Act, from its end: "Public Law
         * 110-251, § 2, Kendell Frederick Citizenship Assistance Act, 100th
         * Congress" -- entry.c's own_sect) */
        size_t after = ce;
        for (uint64_t m = e->own_sect; m && so >= ce; m &= m - 1) {
            int k = __builtin_ctzll(m);
            if (e->cs[k] >= after && e->ce[k] <= so && e->cs[k] - after <= 40)
                after = e->ce[k];
        }
        if (!record && !after_law_name(e, l, so) && !after_law_day(e, l, so) &&
            !labelled_field_before(b, so, end, cs) &&
            !(end <= cs ? enacting_gap(e, end, cs, 1) : so >= ce && enacting_gap(e, after, so, 0)) &&
            !prose_congress(e, l, so, end))
            continue;
        /* a Congress the law acts on, "by" it: "excepted ... for the elections
         * to the 91st Congress by Public Law 90-196" */
        if (!record && end <= cs && by_right_before(b, end, cs))
            continue;
        /* a Congress that acted on the law after it: "During the 110th
         * Congress, Pub. L. 109-390 was amended" -- the law the object */
        if (!record && end <= cs && acted_on(b, ce, e->eo))
            continue;
        /* nor one whose Act the law acted on: "The 103rd Congress passed the
         * X Act of 1993, and Pub. L. 110-181 amended it" */
        if (!record && sc_entry_law_acting(e, l, so))
            continue;
        if (!a_bills_congress(e, n))
            sc_law_congress_finding(d, c, n);
        return;
    }
}

/* Is every bill of entry e the bill of its one law @p l, written with a
 * Congress its surroundings gave it ("That Act, passed by the 96th
 * Congress (S. 3375)") that check_bills.c leaves to the law (the bill of
 * that number in the law's Congress became the law)?  Then that Congress
 * is the law's to check. */
static int bills_the_laws(const sc_entry *e, int l, size_t lo, size_t hi)
{
    const sc_citation *law = &e->c[l];
    int any = 0;
    for (int i = 0; i < e->n; i++) {
        const sc_citation *b = &e->c[i];
        if (b->type != SC_BILL || ((e->kind[i] & SC_EK_IN) && (e->cs[i] < lo || e->cs[i] >= hi)) ||
            sc_entry_rule_for(e, i) >= 0) /* (the rule that took the bill up: no bill of a
                                           * law) */
            continue;
        const sc_ref_law *same = sc_ref_law_from_bill(law->congress, b->bill, b->number);
        if (!(b->wording & SC_W_CONGRESS_LINKED) || !same || same->number != law->number)
            return 0;
        any = 1;
    }
    return any;
}

/* Is every bill of the entry in a sentence before law @p l's, not tied to
 * it, its Congress (if any) one its sentence lent it -- "The House adopted
 * H. Res. 537, providing for consideration of S. 306. It became Public Law
 * 90-252 on 2/3/1968, 92nd Congress" (context_congress.c lends the law's
 * Congress to the bills before it: the law's own to check)? */
static int bills_before_sentence(const sc_entry *e, int l)
{
    const uint8_t *b = e->w->buf;
    int any = 0;
    for (int i = 0; i < e->n; i++) {
        const sc_citation *c = &e->c[i];
        if (c->type != SC_BILL)
            continue;
        if (!(e->kind[i] & SC_EK_IN) || e->law_of[i] == l || e->ce[i] >= e->cs[l] ||
            (c->congress && !(c->wording & SC_W_CONGRESS_LINKED)))
            return 0;
        int ends = 0;
        for (size_t k = e->ce[i]; k + 2 < e->cs[l] && !ends; k++)
            ends = b[k] == '.' && b[k + 1] == ' ' && sc_isupper(b[k + 2]) &&
                   !(k > e->so && sc_isupper(b[k - 1]) && (k - 1 == e->so || !sc_isalpha(b[k - 2])));
        if (!ends) /* (not an initial's period: "H. Res.") */
            return 0;
        any = 1;
    }
    return any;
}

/* In an entry of several laws that are no string citation's items each,
 * the Congress in law @p l's own bracket right after it ("Pub. L. 106-550
 * (105th Cong.) and Pub. L. 117-28 (117th Cong.)"): its number, else 0. */
static int own_bracket_congress(const sc_entry *e, int l)
{
    const uint8_t *b = e->w->buf;
    size_t i = blanks(b, e->ce[l], e->eo);
    if (!(e->kind[l] & SC_EK_IN) || i >= e->eo || b[i] != '(')
        return 0;
    i++;
    int ended, n = 0;
    size_t ce = sc_entry_ordinal_congress(b, i, e->eo, &ended);
    if (!ce || ce >= e->eo || (b[ce] != ')' && b[ce] != ','))
        return 0;
    for (size_t k = i; k < ce && sc_isdigit(b[k]); k++)
        n = n * 10 + (b[k] - '0');
    return n;
}

/* In an entry of several laws, the Congress that is the subject of the
 * verb of enactment right before law @p l ("The 102nd Congress enacted
 * Pub. L. 101-238, the X Act, while the 100th Congress enacted Pub. L.
 * 100-472", sc_congress_enacted_before()): its number, else 0. */
static int own_subject_congress(const sc_entry *e, int l)
{
    const uint8_t *b = e->w->buf;
    size_t t = sc_congress_enacted_before(b, e->so, e->cs[l]);
    if (!(e->kind[l] & SC_EK_IN) || t < e->so + 9)
        return 0;
    /* the law the verb's object, not a word of it: "passed Pub. L. 101-336
     * amendments and Pub. L. 110-325" */
    size_t a = blanks(b, e->ce[l], e->eo), ae = a;
    while (ae < e->eo && sc_isalpha(b[ae]))
        ae++;
    static const char *const go_on[] = { "and", "while", "whereas", "which", "that", "in", "on",
                                         "as", "into", "but", NULL };
    if (ae > a && sc_islower(b[a]) && !sc_word_in(b, a, ae, go_on))
        return 0;
    size_t k = t - (b[t - 1] == '.' ? 5 : 8); /* the ordinal before "Congress", "Cong." */
    while (k > e->so && b[k - 1] == ' ')
        k--;
    size_t oe = k;
    while (k > e->so && sc_isalnum(b[k - 1]))
        k--;
    int ended, n = 0;
    if (k == oe || !sc_isdigit(b[k]) || !sc_entry_ordinal_congress(b, k, e->eo, &ended))
        return 0;
    for (size_t i = k; i < oe && sc_isdigit(b[i]); i++)
        n = n * 10 + (b[i] - '0');
    return n;
}

/* Has a law cited before law @p l in the entry, the same law ("the X Act
 * (HIPAA)": its name and its abbreviation), a law-congress finding?  One
 * says it. */
static int said_of_same(const sc_entry *e, int l)
{
    const sc_citation *c = &e->c[l];
    for (int j = 0; j < l; j++)
        if (sc_is_law(&e->c[j]) && e->c[j].type == c->type && e->c[j].congress == c->congress &&
            e->c[j].number == c->number && sc_has_finding(&e->c[j], SC_D_LAW_CONGRESS))
            return 1;
    return 0;
}

void sc_check_laws(sc_doc_state *d, sc_entry *e)
{
    int bills = (e->types & (1u << SC_BILL)) != 0;
    for (int l = 0; l < e->n; l++)
        if (sc_is_law(&e->c[l])) {
            check_number(d, e, l);
            if (said_of_same(e, l))
                continue;
            size_t lo, hi;
            if (e->nlaw > 1 && e->c[l].congress >= 1 && e->c[l].congress <= d->current_congress &&
                (!e->words_read || e->has_cong) &&
                (sc_entry_item_alone(e, l, NULL, NULL) ||
                 (sc_entry_item_of(e, l, &lo, &hi, 1) && bills_the_laws(e, l, lo, hi))))
                check_congress(d, e, l); /* one law of a string citation's items (and
                                          * its own bill: "...; Pub.L. 82-238, 81st
                                          * Congress (originally S. 1629); ...") */
            else if (e->nlaw > 1 && e->c[l].congress >= 1 &&
                     e->c[l].congress <= d->current_congress) {
                int n = own_bracket_congress(e, l);
                if (n < 1 && (!e->words_read || e->has_cong))
                    n = own_subject_congress(e, l);
                if (n >= 1 && n != e->c[l].congress && !a_bills_congress(e, n))
                    sc_law_congress_finding(d, &e->c[l], n);
            }
            else if (e->nlaw == 1 &&
                     (!bills || e->record || bills_the_laws(e, l, 0, SIZE_MAX) ||
                      bills_before_sentence(e, l) ||
                      /* (the bills in another item of a string citation: "Public
                       * Law No. 92-352 (1972-07-13, 93d Congress); X Act § 3, 111
                       * Stat. 218 (105th Congress, S.543)") */
                      sc_entry_item_alone(e, l, NULL, NULL) ||
                      (sc_entry_item_of(e, l, &lo, &hi, 1) && bills_the_laws(e, l, lo, hi))) &&
                (!e->words_read || e->has_cong || e->record || /* (a key of small
                                                                 * letters: "congress:") */
                 sc_entry_has_cell(e, SC_COL_CONGRESS)) &&
                e->c[l].congress >= 1 &&
                e->c[l].congress <= d->current_congress)
                check_congress(d, e, l);
        }
}
