/*
 * check_laws.c -- the law numbers of an entry: a Congress that does not
 * exist or has not met (congress-range), a number past the laws that
 * Congress enacted (law-number-range), the C-N form before it existed
 * (law-number-form).  The fix for an impossible number is the law the
 * entry's other facts point to (reconcile.c); only without such evidence
 * are numbers one slip away offered, those that agree with the entry's
 * date first.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "normalize.h"

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

static void slip_text(const sc_citation *c, const int *v, int n, char *out, size_t cap)
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
        if (l && n <= 2)
            sc_law_title_paren(l, t, sizeof t);
        o += (size_t)snprintf(out + o, cap - o, "%s%s %d-%d%s",
                              j == 0 ? "" : j == n - 1 ? " or " : ", ",
                              c->type == SC_PUBLIC_LAW ? "Pub. L. No." : "Priv. L. No.",
                              c->congress, v[j], t);
    }
    if (o < cap)
        sc_fmt(out + o, cap - o, "?");
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
    if (c->number != 0 && (max <= 0 || c->number <= max))
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
    if (c->type != SC_PUBLIC_LAW || !evidence_fix(e, l, sugg, sizeof sugg)) {
        int v[16];
        int dk = e->date_of[l];
        const sc_ref_law *const *named = NULL;
        int nnamed = e->name_of[l] >= 0 ? sc_entry_name_laws(e, e->name_of[l], &named) : 0;
        int n = slips(c, max, dk >= 0 ? e->date[dk].ymd : 0, named, nnamed, v, 16);
        slip_text(c, v, n, sugg, sizeof sugg);
    }
    if (cg->in_progress)
        sc_emit(d, c, SC_NOTE, SC_D_LAW_NUMBER_RANGE, sugg[0] ? sugg : NULL,
                "%s is past the last %s law on record for the %d%s Congress (%d-%d, as of the "
                "reference data)", name, kind, c->congress, SC_ORD(c->congress), c->congress, max);
    else
        sc_emit(d, c, SC_ERROR, SC_D_LAW_NUMBER_RANGE, sugg[0] ? sugg : NULL,
                "%s does not exist: the %d%s Congress enacted %d %s laws", name, c->congress,
                SC_ORD(c->congress), max, kind);
}

void sc_check_laws(sc_doc_state *d, sc_entry *e)
{
    for (int l = 0; l < e->n; l++)
        if (sc_is_law(&e->c[l]))
            check_number(d, e, l);
}
