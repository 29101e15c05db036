/*
 * check_former.c -- a U.S. Code section the checker found unknown that the
 * Code's notes name as a former section (usc-section-former, a note in place
 * of usc-section-unknown): how it left the Code (restated in a positive-law
 * title, a prior section of that number, repealed, renumbered, transferred,
 * omitted), by what law and when, where it went, and -- when the document is
 * read as of a date (--as-of, or its own date) and the date it left is on
 * record -- whether it was in force then.  Two tables: the notes' former
 * sections (data/usc_former_notes.tsv, sc_hist_former_section(), with the
 * law that ended it) and the notes' repeals and moves since the first
 * release point's predecessors (data/usc_former.tsv, sc_usc_former(), with
 * event, law and date).  The date of a law named without one comes from
 * public_laws.csv (82nd Congress on) or historic_laws.csv (57th-81st).
 * Called from sc_check_historic() (check_historic.c).
 */
#include "check_historic.h"

#include <stdio.h>
#include <string.h>

#include "check.h"
#include "ref_acts.h"
#include "ref_historic.h"
#include "refdata.h"

/* "40/101;10/7682" -> "40 U.S.C. 101, 10 U.S.C. 7682" */
static void fmt_targets(const char *to, char *out, size_t cap)
{
    size_t k = 0;
    out[0] = '\0';
    while (*to && k + 1 < cap) {
        const char *slash = strchr(to, '/'), *semi = strchr(to, ';');
        if (!slash || (semi && semi < slash))
            break;
        size_t tl = (size_t)(slash - to), sl = semi ? (size_t)(semi - slash - 1) : strlen(slash + 1);
        int app = tl > 0 && to[tl - 1] == 'a';
        int n = snprintf(out + k, cap - k, "%s%.*s U.S.C.%s %.*s", k ? ", " : "",
                         (int)(tl - (size_t)app), to, app ? " App." : "", (int)sl, slash + 1);
        if (n < 0 || (size_t)n >= cap - k)
            break;
        k += (size_t)n;
        if (!semi)
            break;
        to = semi + 1;
    }
}

/* The date Public Law cg-n was approved, 0 when not on record (or when a
 * number of the 57th-59th Congress names two laws of different dates). */
static int32_t law_date(int cg, int n)
{
    if (cg <= 0 || n <= 0)
        return 0;
    const sc_ref_law *l = sc_ref_public_law(cg, n);
    if (l && l->enacted)
        return l->enacted;
    const sc_hist_law *h[4];
    int k = sc_hist_public_law(cg, n, 0, h, 4);
    for (int i = 1; i < k; i++)
        if (h[i]->date != h[0]->date)
            return 0;
    return k ? h[0]->date : 0;
}

static const char *event_word(int ev)
{
    switch (ev) {
    case SC_FORMER_REPEALED: return "repealed";
    case SC_FORMER_RENUMBERED: return "renumbered";
    case SC_FORMER_TRANSFERRED: return "transferred";
    case SC_FORMER_OMITTED: return "omitted";
    default: return NULL;
    }
}

void sc_check_former(sc_doc_state *d, sc_citation *c)
{
    if (c->ndiag == 0)
        return; /* (most citations: no finding to look at) */
    int k = -1;
    size_t tl = strlen(c->title);
    for (int i = 0; i < c->ndiag; i++)
        if (strcmp(c->diag[i].code, "usc-section-unknown") == 0 ||
            (strcmp(c->diag[i].code, "usc-title") == 0 && tl && c->title[tl - 1] == 'a'))
            k = i; /* unknown, or in an appendix eliminated before 2013 */
    if (k < 0)
        return;
    const sc_former_section *f = sc_hist_former_section(c->title, c->section);
    int ev = SC_FORMER_NONE, ecg = 0, enum_ = 0;
    int32_t end = 0;
    int has_ev = sc_usc_former(c->title, c->section, &ev, &ecg, &enum_, &end);
    if (!f && !has_ev)
        return;
    /* the unknown-section finding goes: the section existed */
    sc_unemit(c, sc_code_from_name(c->diag[k].code));

    /* the law that ended it: the event table's (it has the date), else the notes' */
    int bc = has_ev ? ecg : 0, bn = has_ev ? enum_ : 0;
    if (!bc && !end && f && f->by_congress) {
        bc = f->by_congress;
        bn = f->by_number;
    }
    if (!end)
        end = law_date(bc, bn);
    char dt[40] = "", law[96] = "";
    if (end)
        sc_fmt_date(end, dt, sizeof dt);
    if (bc)
        sc_fmt(law, sizeof law, " by Pub. L. %d-%d%s%s%s", bc, bn, dt[0] ? " (" : "", dt,
               dt[0] ? ")" : "");
    else if (dt[0])
        sc_fmt(law, sizeof law, " on %s", dt);

    char name[64];
    int app = tl && c->title[tl - 1] == 'a';
    sc_fmt(name, sizeof name, "%.*s U.S.C.%s %s", (int)(tl - (size_t)app), c->title,
           app ? " App." : "", c->section);

    /* how it left */
    char how[224];
    const char *evw = has_ev ? event_word(ev) : NULL;
    if (f && f->kind == SC_FORMER_RESTATED)
        sc_fmt(how, sizeof how, "it was restated in a positive-law title%s", law);
    else if (evw)
        sc_fmt(how, sizeof how, "it was %s%s", evw, law);
    else if (f && f->kind == SC_FORMER_PRIOR)
        sc_fmt(how, sizeof how, "a prior section %s of the title left the Code%s", c->section,
               law[0] ? law : " before 2013");
    else
        sc_fmt(how, sizeof how, "the Code's notes name it as one (it left the Code%s)",
               law[0] ? law : " before 2013");

    /* in force on the date the document is read as of, when the end is known */
    char when[128] = "";
    if (d->as_of && end) {
        char asof[40];
        sc_fmt_date(d->as_of, asof, sizeof asof);
        const char *src = d->as_of_stated ? "the document's date" : "--as-of";
        if (d->as_of < end)
            sc_fmt(when, sizeof when, "; it was in force as of %s (%s)", asof, src);
        else
            sc_fmt(when, sizeof when, "; it had left the Code by %s (%s)", asof, src);
    }

    char to[128] = "", sugg[200];
    if (f)
        fmt_targets(sc_former_to(f), to, sizeof to);
    sc_fmt(sugg, sizeof sugg, "see %s (the Code's notes name it as a source)", to);
    sc_emit(d, c, SC_NOTE, SC_D_USC_SECTION_FORMER, to[0] ? sugg : NULL,
            "%s is a former section: %s%s", name, how, when);
}
