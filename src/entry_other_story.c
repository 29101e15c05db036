/*
 * entry_other_story.c -- where an entry goes on to tell of another law:
 * "Pub. L. 106-224 was enacted in 2000.  President Trump signed H.R. 3151
 * on July 1, 2019."  The second sentence joined the entry as a sentence
 * that tells back of its law (context_prose.c: a verb of enactment with a
 * bill for its object), but its bill and its day name a law of their own,
 * another than the law (of another Congress, or of another day and a
 * number no slip of the pen away): that sentence is another law's story,
 * and the entry ends before it.  Runs after the ties (entry.c).
 */
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "refdata.h"

/* Where the last sentence in b[from..to) begins -- past its period that
 * ends a sentence (sc_ctx_period_ends: not "Pub. L.", "Stat.", "H.R."),
 * or its "!" or "?", and the closing quote or bracket and blanks after
 * it --, or SIZE_MAX when no sentence ends there. */
static size_t last_sentence(const sc_window *w, size_t from, size_t to)
{
    const uint8_t *b = w->buf;
    for (size_t i = to; i > from + 1; i--) {
        if (b[i - 1] != ' ' && b[i - 1] != '\n') /* (a sentence a line too) */
            continue;
        size_t p = i - 1;
        if (b[p - 1] == '"' || b[p - 1] == ')')
            p--; /* ('."', '.)' and ")." alike) */
        uint8_t c = b[p - 1];
        if (c == '!' || c == '?' ||
            (c == '.' && (sc_ctx_period_ends(w, p - 1) ||
                          (p < i - 1 && p >= from + 2 && sc_islower(b[p - 2]))))) {
            size_t k = i;
            while (k < to && (b[k] == ' ' || b[k] == '\n'))
                k++;
            return k;
        }
    }
    return SIZE_MAX;
}

/* The law that bill @p bc, enacted on day @p ymd, became: the bill of the
 * Congress that sat that day or of the one before (a bill signed days
 * after its Congress's end), when the tables say it became law on that
 * very day; else NULL. */
static const sc_ref_law *law_of_bill_day(const sc_citation *bc, int32_t ymd)
{
    int c = sc_ref_congress_at(ymd);
    if (c <= 0 || !sc_lawmaking(bc->bill))
        return NULL;
    for (int dc = 0; dc >= -1; dc--) {
        if (bc->congress && !(bc->wording & SC_W_CONGRESS_LINKED) && bc->congress != c + dc)
            continue; /* (a Congress written with the bill; not one its sentence lent it) */
        const sc_ref_law *o = sc_ref_law_from_bill(c + dc, (sc_bill_type)bc->bill, bc->number);
        if (o && o->enacted == ymd)
            return o;
    }
    return NULL;
}

void sc_entry_cut_other_story(sc_entry *e)
{
    int l = sc_entry_first_law(e);
    if (l < 0 || e->record || e->row)
        return; /* (prose only: a record's or a row's lines are one law's) */
    const sc_ref_law *own = sc_law_row(&e->c[l]);
    if (!own)
        return;
    const uint8_t *b = e->w->buf;
    for (int i = 0; i < e->n; i++) {
        if (e->c[i].type != SC_BILL || (e->law_of[i] != l && e->law_of[i] >= 0) ||
            e->cs[i] <= e->ce[l])
            continue;
        size_t ss = last_sentence(e->w, e->ce[l], e->cs[i]);
        if (ss == SIZE_MAX)
            continue; /* (the law's own sentence) */
        int d = -1;
        for (int k = 0; k < e->ndate && d < 0; k++)
            if (e->date[k].so > e->cs[i] && (e->date[k].law == l || e->date[k].law < 0) &&
                e->date[k].ymd % 100 != 0 &&
                last_sentence(e->w, e->cs[i], e->date[k].so) == SIZE_MAX)
                d = k; /* (the bill's day, in its sentence) */
        if (d < 0)
            continue;
        const sc_ref_law *o = law_of_bill_day(&e->c[i], e->date[d].ymd);
        if (!o || o == own ||
            (o->congress == own->congress &&
             (o->enacted == own->enacted || sc_pen_slip(own->number, o->number))))
            continue; /* (of the law's Congress and day, or a number a digit apart: maybe
                       * the law's bill, or the law's number miswritten -- "Pub. L. 101-337
                       * ... President Bush signed S. 933 on July 26, 1990") */
        /* the sentence from ss is law o's: no fact told there is the law's;
         * the entry ends before it when it is the entry's last (its words,
         * a President's name, are read to the entry's end) -- a sentence
         * after it may tell of the law again ("... President Clinton had
         * signed the 2000 law on June 21, 2000.") */
        size_t se = e->eo, next = last_sentence(e->w, e->date[d].eo, e->eo);
        if (next != SIZE_MAX)
            se = next;
        else {
            size_t eo = ss;
            while (eo > e->so && (b[eo - 1] == ' ' || b[eo - 1] == '\n'))
                eo--;
            e->eo = eo;
        }
        for (int k = 0; k < e->ndate; k++)
            if (e->date[k].so >= ss && e->date[k].so < se && e->date[k].law >= 0) {
                if (e->date_of[e->date[k].law] == k)
                    e->date_of[e->date[k].law] = -1;
                e->date[k].law = -1;
            }
        for (int k = 0; k < e->nname; k++)
            if (e->name[k].so >= ss && e->name[k].so < se && e->name[k].law >= 0) {
                if (e->name_of[e->name[k].law] == k)
                    e->name_of[e->name[k].law] = -1;
                e->name[k].law = -1;
            }
        for (int k = 0; k < e->n; k++)
            if (e->cs[k] >= ss && e->cs[k] < se && e->law_of[k] >= 0) {
                int8_t *own_of = e->c[k].type == SC_BILL ? e->bill_of : e->stat_of;
                if (own_of[e->law_of[k]] == k)
                    own_of[e->law_of[k]] = -1;
                e->law_of[k] = -1;
            }
        return;
    }
}
