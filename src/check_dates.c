/*
 * check_dates.c -- the date an entry gives a law, whatever its spelling
 * and place (entry_tie_dates.c ties it): outside the term of the law's Congress
 * (law-date-congress), another day than the law's enactment (law-date),
 * and one law given two dates in one document (doc-law-two-dates).  A date
 * the words make another event's ("introduced", "effective") is not tied.
 * A day that does not exist ("February 31, 2008") is date-invalid, whatever
 * it dates, and no other date check reads it.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "entry_in.h"

typedef struct date_text {
    char name[48];    /* "Public Law 114-94"                        */
    char given[40];   /* the date or year the text gives            */
    char enacted[40]; /* the enactment date on record, or ""        */
    char sugg[192];   /* "Public Law 114-94 was enacted ...", or "" */
} date_text;

static void date_text_fill(date_text *dw, const sc_citation *c, const sc_ref_law *l, int32_t date)
{
    sc_law_name(c, dw->name, sizeof dw->name);
    sc_fmt_date(date, dw->given, sizeof dw->given);
    dw->enacted[0] = dw->sugg[0] = '\0';
    if (l && l->enacted) {
        sc_fmt_date(l->enacted, dw->enacted, sizeof dw->enacted);
        sc_fmt(dw->sugg, sizeof dw->sugg, "%s was enacted %s", dw->name, dw->enacted);
    }
}

/* The bucket of law congress-number in the index of d->dates. */
static unsigned date_bucket(int congress, int32_t number)
{
    uint32_t h = (uint32_t)congress * 2654435761u ^ (uint32_t)number * 2246822519u;
    return (h ^ h >> 15) & (SC_DOC_HASH - 1);
}

/* The date the document gave law @p c before, by the index: its slot in
 * d->dates, or -1. */
static int find_date(const sc_doc_state *d, const sc_citation *c)
{
    for (int s = d->date_head[date_bucket(c->congress, c->number)]; s; s = d->date_link[s - 1])
        if (d->dates[s - 1].congress == c->congress && d->dates[s - 1].number == c->number)
            return s - 1;
    return -1;
}

static void remember_date(sc_doc_state *d, sc_citation *c, const sc_ref_law *l, int32_t date)
{
    date_text dw;
    int i = find_date(d, c);
    if (i >= 0) {
        sc_doc_date *p = &d->dates[i];
        /* (not on the law's own date, as the tables give it: the other one
         * is wrong, and has its law-date finding where it stands) */
        if (p->date != date && !(l && l->enacted && sc_date_fits(date, l->enacted))) {
            char before[40];
            date_text_fill(&dw, c, l, date);
            sc_fmt_date(p->date, before, sizeof before);
            sc_emit(d, c, SC_WARNING, SC_D_DOC_LAW_TWO_DATES, NULL,
                    "%s is dated %s here but %s earlier in the document", dw.name, dw.given,
                    before);
        }
        return;
    }
    int slot = d->date_next;
    sc_doc_date *p = &d->dates[slot];
    d->date_next = (d->date_next + 1) % SC_DOC_MAX;
    if (d->ndates < SC_DOC_MAX) {
        d->ndates++;
    } else { /* the oldest is dropped: out of its bucket */
        int16_t *q = &d->date_head[date_bucket(p->congress, p->number)];
        while (*q && *q != slot + 1)
            q = &d->date_link[*q - 1];
        if (*q)
            *q = d->date_link[slot];
    }
    p->congress = (int16_t)c->congress;
    p->number = c->number;
    p->date = date;
    int16_t *head = &d->date_head[date_bucket(c->congress, c->number)];
    d->date_link[slot] = *head;
    *head = (int16_t)(slot + 1);
}

/* Is @p date (a day, a month "yyyymm00" or a year "yyyy0000", compared as
 * far as it goes) outside the term of Congress @p cg? */
static int outside_term(int32_t date, const sc_ref_congress *cg)
{
    int y = date / 10000;
    return date % 10000 == 0 ? (y < cg->start / 10000 || y > cg->end / 10000)
           : date % 100 == 0 ? (date / 100 < cg->start / 100 || date / 100 > cg->end / 100)
                             : (date < cg->start || date > cg->end);
}

/* The last day a law of Congress @p cg was enacted on record (its last
 * laws may be signed days after its term ends: 111-370 to 111-382 on
 * January 4, 2011), 0 when none; from its last numbers. */
static int32_t last_enacted(const sc_ref_congress *cg, int congress)
{
    int32_t last = 0;
    for (int n = cg->public_laws, k = 0; n > 0 && k < 40; n--, k++) {
        const sc_ref_law *l = sc_ref_public_law(congress, n);
        if (l && l->enacted > last)
            last = l->enacted;
    }
    return last;
}

static void check_date(sc_doc_state *d, sc_entry *e, int li)
{
    sc_citation *c = &e->c[li];
    int dk = e->date_of[li];
    const sc_ref_congress *cg = sc_ref_congress_get(c->congress);
    if (dk < 0 || !cg)
        return;
    if (e->date[dk].bad)
        return; /* check_bad_dates() */
    int32_t date = e->date[dk].ymd;
    int yonly = date % 10000 == 0, monly = !yonly && date % 100 == 0; /* "(July 1990)" */
    const sc_ref_law *l = sc_law_row(c);
    date_text dw;
    /* a law may be signed days after its Congress ends: its own date is right */
    int own = l && l->enacted && sc_date_fits(date, l->enacted);
    int outside = !own && outside_term(date, cg);
    if (outside && !l && date > cg->end && date % 100 && date <= last_enacted(cg, c->congress))
        outside = 0; /* (a number not on record, dated when the Congress's last laws
                      * were signed: "111-390, Jan. 4, 2011" -- law-number-range says
                      * what is wrong) */
    if (outside) {
        char s1[40], s2[40];
        date_text_fill(&dw, c, l, date);
        sc_fmt_date(cg->start, s1, sizeof s1);
        sc_fmt_date(cg->end, s2, sizeof s2);
        sc_emit(d, c, SC_ERROR, SC_D_LAW_DATE_CONGRESS, dw.sugg[0] ? dw.sugg : NULL,
                "%s is dated %s, outside the term of the %d%s Congress (%s to %s)", dw.name,
                dw.given, c->congress, SC_ORD(c->congress), s1, s2);
    } else if (l && l->enacted && !own) {
        /* the number is the odd fact: the date is that of the law the
         * bill points to, and bill-law-mismatch (checked before) already
         * names it with that evidence -- one finding says it */
        if (sc_law_date_repeats(e, li, SC_EV_BILL, ~0u) && sc_has_finding(c, SC_D_BILL_LAW_MISMATCH))
            return;
        date_text_fill(&dw, c, l, date);
        /* a note when the date is the other one a source gives the law
         * (the sources disagree: the Code's credits say one, the Statutes
         * at Large another); any other date is wrong whichever is right */
        int32_t other = sc_ref_law_other_date(l);
        int disputed = (l->flags & SC_REF_DATE_DISPUTED) && (!other || sc_date_fits(date, other));
        /* the number may be the slip, not the day: a law a digit away was
         * enacted that very day */
        int slip = !yonly && !monly && !disputed && !(c->wording & SC_W_BY_NAME) &&
                           e->stat_of[li] < 0 && e->name_of[li] < 0 &&
                           e->bill_of[li] < 0 && !e->ev[li].by && !e->ev[li].against
                       ? sc_law_slip_of_day(c, date)
                       : 0; /* (only the number and the day: a page, bill or name
                             * would tell which is wrong.  A day days off may be the
                             * day's slip or the number's -- laws numbered in turn are
                             * enacted days apart, "1983-04-22" for 98-23 is 98-22's
                             * day -- so both are said, the day's first) */
        if (slip) {
            size_t o = strlen(dw.sugg);
            sc_fmt(dw.sugg + o, sizeof dw.sugg - o, "; or, if the day is right, write Pub. L. No. %d-%d (enacted that day)",
                   c->congress, slip);
        }
        sc_emit(d, c, disputed ? SC_NOTE : SC_WARNING, SC_D_LAW_DATE,
                dw.sugg, "%s is dated %s, but it was enacted %s", dw.name, dw.given, dw.enacted);
    }
    if (!yonly && !monly)
        remember_date(d, c, l, date);
}

/* A law's passage dated after its enactment ("In 1965, Congress passed the
 * Civil Rights Act (Pub. L. 88-352)", enacted July 2, 1964): a law is
 * passed before it is signed, so that date is wrong (law-date).  One a
 * year or more before is left alone: a bill may pass one House long
 * before the law. */
static void check_passage(sc_doc_state *d, sc_entry *e, int li)
{
    sc_citation *c = &e->c[li];
    int dk = e->passed_of[li];
    if (dk < 0) /* (most laws: no date of passage; the row is not asked) */
        return;
    const sc_ref_law *l = sc_law_row(c);
    if (e->date[dk].bad || !l || !l->enacted || e->date_of[li] >= 0)
        return;
    int32_t date = e->date[dk].ymd;
    if (sc_date_fits(date, l->enacted) || date < l->enacted)
        return; /* (as far as the date goes: "1964" fits July 2, 1964) */
    date_text dw;
    date_text_fill(&dw, c, l, date);
    sc_emit(d, c, SC_WARNING, SC_D_LAW_DATE, dw.sugg,
            "%s is said to have passed %s%s, after its enactment on %s", dw.name,
            date % 100 == 0 ? "in " : "on ", dw.given, dw.enacted);
}

/* A day beside the bill a law came from, no word saying what it dates,
 * after the law's enactment ("Federal Employee Representation Improvement
 * Act, H. R. 782, 22 August 1996 (Pub.L. 104-177, ...)": enacted August 6):
 * every step of a bill comes before its law, so the day can be no step of
 * the bill's; it is the law's, and wrong (law-date).  A day before the law
 * is left alone: it may be the bill's introduction or passage.  Only for a
 * law with no day of its own in the entry. */
static void check_bill_day_after(sc_doc_state *d, sc_entry *e, int li)
{
    sc_citation *c = &e->c[li];
    const uint8_t *buf = e->w->buf;
    const sc_ref_law *l = NULL;
    int k = -1, kb = -1;
    for (int q = 0; q < e->ndate; q++) {
        const sc_date_fact *f = &e->date[q];
        if (f->law >= 0 || f->bad || f->role != SC_DATE_ROLE_NONE || f->ymd % 100 == 0)
            continue;
        /* right after the bill, a comma or a blank between: "H. R. 782, 22 August 1996" */
        int bi = -1;
        for (uint64_t m = e->bill_in; m && bi < 0; m &= m - 1) {
            int j = __builtin_ctzll(m);
            size_t g = e->ce[j];
            if (e->law_of[j] != li || g > f->so || f->so - g > 3)
                continue;
            while (g < f->so && (buf[g] == ',' || buf[g] == ' '))
                g++;
            if (g == f->so)
                bi = j;
        }
        if (bi < 0 || (f->bill >= 0 && f->bill != bi))
            continue;
        if (!l && (!(l = sc_law_row(c)) || !l->enacted || !sc_law_from_bill_cite(l, &e->c[bi])))
            return;
        if (f->ymd <= l->enacted)
            continue;
        if (k >= 0 && e->date[k].ymd != f->ymd)
            return; /* (two days: which?) */
        k = q;
        kb = bi;
    }
    if (k < 0)
        return;
    char bn[32];
    const sc_citation *b = &e->c[kb];
    sc_bill_name(b->bill, b->number, bn, sizeof bn);
    date_text dw;
    date_text_fill(&dw, c, l, e->date[k].ymd);
    sc_emit(d, c, SC_WARNING, SC_D_LAW_DATE, dw.sugg,
            "%s is dated %s beside %s, the bill it came from, but it was enacted %s (no step of "
            "the bill comes after its law)", dw.name, dw.given, bn, dw.enacted);
}

/* The citation of the window nearest the bytes [so, eo), or -1. */
static int nearest_citation(const sc_entry *e, size_t so, size_t eo)
{
    int best = -1;
    size_t bd = SIZE_MAX;
    for (int i = 0; i < e->n; i++) {
        if (!(e->kind[i] & SC_EK_IN))
            continue;
        size_t dist = e->ce[i] <= so ? so - e->ce[i] : e->cs[i] >= eo ? e->cs[i] - eo : 0;
        if (dist < bd) {
            bd = dist;
            best = i;
        }
    }
    return best;
}

/* Each day of the entry that does not exist: one error, on the law it
 * dates or else the citation nearest it; the fix is the law's own date. */
static void check_bad_dates(sc_doc_state *d, sc_entry *e)
{
    for (int k = 0; k < e->ndate; k++) {
        const sc_date_fact *f = &e->date[k];
        if (!f->bad)
            continue;
        int li = f->law >= 0 ? f->law : f->bill >= 0 ? f->bill : nearest_citation(e, f->so, f->eo);
        if (li < 0)
            continue;
        sc_citation *c = &e->c[li];
        int days = sc_month_days(f->ymd / 10000, f->ymd / 100 % 100);
        char month[32];
        sc_fmt_date(f->ymd / 100 * 100, month, sizeof month);
        const sc_ref_law *l = f->law >= 0 && sc_is_law(c) ? sc_law_row(c) : NULL;
        date_text dw;
        date_text_fill(&dw, c, l, f->ymd);
        if (f->ymd / 100 % 100 > 12) { /* "13/26/1990": no month of the year, either way */
            const char *t = (const char *)e->w->buf + f->so;
            int tn = (int)(f->eo - f->so);
            if (f->law >= 0)
                sc_emit(d, c, SC_ERROR, SC_D_DATE_INVALID, dw.sugg[0] ? dw.sugg : NULL,
                        "%s is dated %.*s, which names no month (there are 12)", dw.name, tn, t);
            else
                sc_emit(d, c, SC_ERROR, SC_D_DATE_INVALID, NULL,
                        "%.*s names no month (there are 12)", tn, t);
            continue;
        }
        if (f->law >= 0)
            sc_emit(d, c, SC_ERROR, SC_D_DATE_INVALID, dw.sugg[0] ? dw.sugg : NULL,
                    "%s is dated %s, a day that does not exist (%s has %d days)", dw.name,
                    dw.given, month, days);
        else
            sc_emit(d, c, SC_ERROR, SC_D_DATE_INVALID, NULL,
                    "%s is a day that does not exist (%s has %d days)", dw.given, month, days);
    }
}

/* Law @p l, the first the tables give bill @p b to -- or @p named, the law
 * the entry's Act's name gives, when the tables give the bill to it too
 * ("H.R. 10646" of the 86th Congress: 86-518 and 86-532, the name's). */
static const sc_ref_law *bill_law_named(const sc_ref_law *l, const sc_ref_law *named,
                                        const sc_citation *b)
{
    if (l && named && named != l && named->congress == l->congress && named->bill_type == b->bill &&
        (long)named->bill_number == (long)b->number)
        return named;
    return l;
}

/* Does a law the entry cites, of bill @p b's number and law @p l's
 * Congress, fit day @p ymd -- the tables giving the bill to two laws
 * ("H.R. 10646" of the 86th Congress: 86-518 and 86-532)? */
static int shared_bill_fits(sc_entry *e, const sc_citation *b, const sc_ref_law *l,
                            int32_t ymd)
{
    for (int i = 0; i < e->n; i++) {
        const sc_ref_law *r = sc_is_law(&e->c[i]) ? sc_law_row(&e->c[i]) : NULL;
        if (r && r != l && r->congress == l->congress && r->bill_type == b->bill &&
            (long)r->bill_number == (long)b->number && r->enacted && sc_date_fits(ymd, r->enacted))
            return 1;
    }
    for (int k = 0; k < e->nname; k++) { /* (or an Act's name the entry gives: its laws) */
        const sc_ref_law *const *rows;
        int nr = sc_entry_name_laws(e, k, &rows);
        for (int q = 0; q < nr; q++) {
            const sc_ref_law *r = rows[q];
            if (r != l && r->congress == l->congress && r->bill_type == b->bill &&
                (long)r->bill_number == (long)b->number && r->enacted && sc_date_fits(ymd, r->enacted))
                return 1;
        }
    }
    return 0;
}

static void emit_bill_date(sc_doc_state *d, sc_citation *b, const sc_date_fact *f,
                           const sc_ref_law *l);

/* law-date-congress on bill @p b of its own Congress, which became no law
 * on record, said enacted on day @p f long outside that Congress's term
 * ("S. 1789 (101st Congress) was signed on 8/3/2010"): a law is signed by
 * the Congress's end or within days of it ("... became law on January 7,
 * 1983, in the opening days of the 98th Congress"), so a month's slack after
 * the term. */
static void bill_out_of_term(sc_doc_state *d, sc_citation *b, const sc_date_fact *f)
{
    const sc_ref_congress *cg = sc_ref_congress_get(b->congress);
    if (!cg || f->ymd % 100 == 0 || /* (a day, not a year or month alone) */
        sc_has_finding(b, SC_D_BILL_LAW_MISMATCH)) /* (the bill's Congress said wrong already) */
        return;
    int32_t last = cg->end + 100; /* (a month after: "YYYYMMDD" + one month) */
    if (last % 10000 > 1231)
        last += 10000 - 1200;
    if (f->ymd >= cg->start && f->ymd <= last)
        return;
    char bn[32], given[40], s1[40], s2[40], sugg[96] = "";
    sc_bill_name(b->bill, b->number, bn, sizeof bn);
    sc_fmt_date(f->ymd, given, sizeof given);
    sc_fmt_date(cg->start, s1, sizeof s1);
    sc_fmt_date(cg->end, s2, sizeof s2);
    int then = sc_ref_congress_at(f->ymd);
    if (then > 0)
        sc_fmt(sugg, sizeof sugg, "on %s the %d%s Congress sat", given, then, SC_ORD(then));
    sc_emit(d, b, SC_ERROR, SC_D_LAW_DATE_CONGRESS, sugg[0] ? sugg : NULL,
            "%s of the %d%s Congress is said to have been enacted on %s, outside that Congress's "
            "term (%s to %s)", bn, b->congress, SC_ORD(b->congress), given, s1, s2);
}

/* A bill written with no Congress, said to have been signed into law on
 * a day ("The President signed S. 2155 into law on May 24, 2019"): the
 * bill of the Congress that sat that day.  A law came from it: that law's
 * day (law-date, as for a bill of a Congress written).  None did, but the
 * same bill of the Congress before or after became a law on that month
 * and day of another year: the year slipped (law-date; "S. 2155 of the
 * 115th Congress became Public Law 115-174 on May 24, 2018") -- unless the
 * Congress before's became law that very day, signed after its term.
 * Otherwise nothing is said: the tables' bills may lack the law. */
static void undated_bill_day(sc_doc_state *d, sc_entry *e, sc_citation *b,
                             const sc_date_fact *f)
{
    if (f->ymd % 100 == 0 || !sc_lawmaking(b->bill))
        return;
    int c = sc_ref_congress_at(f->ymd);
    if (c < 82)
        return;
    /* the bill of the Congress before, signed that very day after its
     * term ("H.R. 4508 was signed into law on January 13, 2021": of the
     * 116th Congress, which ended January 3) -- right as written, whatever
     * the same bill of the new Congress became */
    const sc_ref_law *before = sc_ref_law_from_bill(c - 1, (sc_bill_type)b->bill, b->number);
    if (before && before->enacted == f->ymd)
        return;
    const sc_ref_law *l = sc_ref_law_from_bill(c, (sc_bill_type)b->bill, b->number);
    if (!l && before && before->enacted / 100 == f->ymd / 100 &&
        sc_ref_congress_at(before->enacted) == c) {
        /* its days after the term, one off: "H.R. 4508 was signed on
         * January 14, 2021" (of the 116th Congress, January 13) */
        char bn[32], given[40], enacted[40], sugg[160];
        sc_bill_name(b->bill, b->number, bn, sizeof bn);
        sc_fmt_date(f->ymd, given, sizeof given);
        sc_fmt_date(before->enacted, enacted, sizeof enacted);
        sc_fmt(sugg, sizeof sugg, "%s of the %d%s Congress became Public Law %d-%d on %s", bn,
               before->congress, SC_ORD(before->congress), before->congress, before->number,
               enacted);
        sc_emit(d, b, SC_WARNING, SC_D_LAW_DATE, sugg,
                "%s is said to have been enacted on %s, but %s of the %d%s Congress, signed after "
                "its term, became law on %s",
                bn, given, bn, before->congress, SC_ORD(before->congress), enacted);
        return;
    }
    if (l) {
        if (l->enacted && !sc_date_fits(f->ymd, l->enacted) && !shared_bill_fits(e, b, l, f->ymd))
            emit_bill_date(d, b, f, l);
        return;
    }
    for (int dc = -1; dc <= 1; dc += 2) {
        const sc_ref_law *o = sc_ref_law_from_bill(c + dc, (sc_bill_type)b->bill, b->number);
        if (!o || !o->enacted || o->enacted % 10000 != f->ymd % 10000)
            continue;
        char bn[32], given[40], enacted[40], sugg[160];
        sc_bill_name(b->bill, b->number, bn, sizeof bn);
        sc_fmt_date(f->ymd, given, sizeof given);
        sc_fmt_date(o->enacted, enacted, sizeof enacted);
        sc_fmt(sugg, sizeof sugg, "%s of the %d%s Congress became Public Law %d-%d on %s", bn,
               o->congress, SC_ORD(o->congress), o->congress, o->number, enacted);
        sc_emit(d, b, SC_WARNING, SC_D_LAW_DATE, sugg,
                "%s is said to have been enacted on %s, when the %d%s Congress sat, but no %s of "
                "that Congress became law; %s of the %d%s Congress did, on %s",
                bn, given, c, SC_ORD(c), bn, bn, o->congress, SC_ORD(o->congress), enacted);
        return;
    }
}

/* A bill said to have been enacted on a day, no law cited ("H.R. 3162
 * (107th Congress) was signed into law on October 26, 2002"): that day
 * against the day the law it became was enacted (law-date; outside that
 * Congress's term, law-date-congress). */
static void check_bill_enacted(sc_doc_state *d, sc_entry *e)
{
    const sc_ref_law *named = NULL, *became = NULL;
    int nk, nb = -2; /* the bill its Act's name is given to (sc_entry_bill_named), asked once */
    for (int k = 0; k < e->ndate; k++) {
        const sc_date_fact *f = &e->date[k];
        if (f->bill < 0 || f->law >= 0 || f->bad || f->role != SC_DATE_ROLE_ENACTED)
            continue;
        sc_citation *b = &e->c[(int)f->bill];
        const sc_ref_law *l = b->congress >= 82 ? sc_ref_law_from_bill(b->congress, b->bill, b->number) : NULL;
        if (nb == -2)
            nb = sc_entry_bill_named(e, &named, &became, &nk);
        int by_name = nb == f->bill;
        if (!b->congress && by_name)
            l = became; /* no Congress written: the named law's ("The Americans with
                         * Disabilities Act of 1990 (S. 933) was signed on ...") */
        if (by_name)
            l = bill_law_named(l, named, b);
        size_t bs = e->cs[(int)f->bill], lo = f->so < bs ? f->so : bs, hi = f->so < bs ? bs : f->so;
        if (!l && b->congress && !(b->wording & SC_W_CONGRESS_LINKED) && !e->stat_in &&
            !memchr(e->w->buf + lo, ';', hi - lo))
            bill_out_of_term(d, b, f); /* no law on record: its Congress's term still bounds it
                                        * (the day and the bill in one item, no page) */
        if (!l && !b->congress && !by_name && !e->stat_in) {
            undated_bill_day(d, e, b, f); /* no Congress written: the one its day falls in */
            continue;
        }
        if (!l || !l->enacted || sc_date_fits(f->ymd, l->enacted))
            continue;
        if (shared_bill_fits(e, b, l, f->ymd))
            continue; /* (another law the tables give the bill to has that day) */
        if (by_name && named && named != l && named->enacted && sc_date_fits(f->ymd, named->enacted) &&
            !sc_law_from_bill_cite(named, b))
            continue; /* the day of the law the Act's name gives, another than the bill
                       * became: the bill is the fact in doubt (act-name-mismatch says so)
                       * -- not when the name's law came from a bill of that number: its
                       * Congress is ("X Act (originally S. 1630; 100th Congress)") */
        emit_bill_date(d, b, f, l);
    }
}

/* The '(' of the bracket day @p f is a part of: its first ("X Act (Oct.
 * 26, 2002)") or a later one, after a ',' or ';' ("X Act (H.R. 3162, Oct.
 * 26, 2002)", "(S. 126; 95th Congress; October 7, 1978)"), no bracket
 * opened or closed between, within 120 bytes; the day ends the bracket or
 * its part.  SIZE_MAX when it is none. */
static size_t date_bracket_open(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    if (f->so < e->so + 2 || f->eo >= e->eo || !(b[f->eo] == ')' || b[f->eo] == ',' || b[f->eo] == ';'))
        return SIZE_MAX;
    size_t open = f->so - 1;
    if (b[open] == ' ' && (b[open - 1] == ',' || b[open - 1] == ';'))
        while (open > e->so && f->so - open < 120 && b[open] != '(' && b[open] != ')')
            open--;
    return b[open] == '(' ? open : SIZE_MAX;
}

/* Is day @p f a later part of its own in the bracket that opens right
 * after the name ending at b[ne] ("X Act (H.R. 3162, Oct. 26, 2002)")? */
static int name_bracket_part(const sc_entry *e, size_t ne, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    return ne + 2 < e->eo && b[ne] == ' ' && f->so > ne + 2 && f->so - ne <= 120 &&
           date_bracket_open(e, f) == ne + 1;
}

/* An entry of no law, one lawmaking bill beside an Act's name or said
 * enacted under it, and a day written right after the name, the
 * Bluebook's "Name, Date" or "Name (Date)" ("the Americans with
 * Disabilities Act of 1990, June 2, 1990 (enacting S. 933)", "S. 933, the
 * X Act, June 2, 1990", "the X Act (June 2, 1990) (S. 933)"):
 * that day is the Act's, the law the name and the bill agree on, and is
 * checked against its enactment as a law's day beside its number is
 * (law-date; law-date-congress outside its Congress's term).  The scanner
 * reads such a name as a law of its own only where its sentence cites
 * nothing else (scan.c add_names()).  Not when the name and the bill give
 * two laws (act-name-mismatch or bill-law-mismatch says which is wrong). */
static void check_named_bill_day(sc_doc_state *d, sc_entry *e)
{
    const sc_ref_law *named = NULL, *became = NULL;
    int nk = -1, bi = sc_entry_bill_named(e, &named, &became, &nk);
    if (bi < 0)
        bi = sc_entry_bill_beside_name(e, &named, &became, &nk);
    if (bi < 0 || nk < 0 || !named ||
        (became && bill_law_named(became, named, &e->c[bi]) != named) || !named->enacted)
        return;
    const uint8_t *b = e->w->buf;
    const sc_name_fact *nf = &e->name[nk];
    size_t ne = nf->tie_eo > nf->eo ? nf->tie_eo : nf->eo;
    for (int k = 0; k < e->ndate; k++) {
        const sc_date_fact *f = &e->date[k];
        int comma = b[ne] == ',' && b[ne + 1] == ' ',
            bracket = b[ne] == ' ' && b[ne + 1] == '(' && f->eo < e->eo && b[f->eo] == ')',
            /* (or a later part of the name's own bracket, the bill's facts
             * before it: "X Act (H.R. 3162, Oct. 26, 2002)", "X Act (S.
             * 126; 95th Congress; October 7, 1978)") */
            part = !e->stat_in && f->so != ne + 2 && f->role == SC_DATE_ROLE_NONE &&
                   name_bracket_part(e, nf->eo, f);
        if (!part && (f->so != ne + 2 || !(comma || bracket) ||
                      !(f->role == SC_DATE_ROLE_NONE || (bracket && f->role == SC_DATE_ROLE_OTHER))))
            continue;
        if (f->bad || f->law >= 0 || f->ymd % 100 == 0 || (f->bill >= 0 && f->bill != bi))
            continue;
        bracket |= part;
        if (sc_date_fits(f->ymd, named->enacted))
            return;
        /* (a sentence of prose about the bill's steps: "The Senate passed
         * S. 933, the X Act, September 7, 1989" -- its day a step's; not
         * the Act's day in brackets right after its name, the Bluebook's
         * "X Act (Feb. 27, 2010)") */
        if (!bracket &&
            (sc_entry_role_words(e, e->so, nf->so) | sc_entry_role_words(e, f->eo, e->eo)) &
                (1u << SC_DATE_ROLE_BILL | 1u << SC_DATE_ROLE_OTHER))
            return;
        char bn[32], given[40], enacted[40], sugg[160], s1[40], s2[40];
        const sc_citation *c = &e->c[bi];
        sc_bill_name(c->bill, c->number, bn, sizeof bn);
        sc_fmt_date(f->ymd, given, sizeof given);
        sc_fmt_date(named->enacted, enacted, sizeof enacted);
        int nl = (int)(nf->eo - nf->so);
        sc_fmt(sugg, sizeof sugg, "Public Law %d-%d (%.*s) was enacted %s", named->congress,
               named->number, nl, (const char *)b + nf->so, enacted);
        const sc_ref_congress *cg = sc_ref_congress_get(named->congress);
        if (cg && outside_term(f->ymd, cg)) {
            sc_fmt_date(cg->start, s1, sizeof s1);
            sc_fmt_date(cg->end, s2, sizeof s2);
            sc_emit(d, &e->c[bi], SC_ERROR, SC_D_LAW_DATE_CONGRESS, sugg,
                    "the %.*s, which %s became (Public Law %d-%d), is dated %s, outside the term "
                    "of the %d%s Congress (%s to %s)", nl, (const char *)b + nf->so, bn,
                    named->congress, named->number, given, named->congress,
                    SC_ORD(named->congress), s1, s2);
        } else {
            sc_emit(d, &e->c[bi], SC_WARNING, SC_D_LAW_DATE, sugg,
                    "the %.*s, which %s became (Public Law %d-%d), is dated %s, but it was "
                    "enacted %s", nl, (const char *)b + nf->so, bn, named->congress,
                    named->number, given, enacted);
        }
        return;
    }
}

/* Is day @p f a part of its own in the bracket right after an Act's name
 * ("...; X Act (Jan. 7, 2020, One Hundred Sixteenth Congress, originally
 * H. R. 4803)")?  The Act's day, as the Bluebook writes a law's. */
static int opens_name_bracket(const sc_entry *e, const sc_date_fact *f)
{
    const uint8_t *b = e->w->buf;
    /* (or a later part of that bracket: "X Act (Ninety-third Congress,
     * H.R.14920, Oct. 1, 1974)") */
    size_t open = f->ymd % 100 == 0 ? SIZE_MAX : date_bracket_open(e, f);
    if (open == SIZE_MAX || open < e->so + 1 || b[open - 1] != ' ')
        return 0;
    for (int k = 0; k < e->nname; k++)
        if (e->name[k].eo == open - 1 || e->name[k].tie_eo == open - 1)
            return 1;
    return 0;
}

/* In a string citation that cites laws, a bill alone in its item with the
 * day the item says it was enacted ("...; the Plain Writing Act of 2010
 * (enacted 13 December 2010, ..., enacting H. R. 946); PL 98-316"): that
 * day against the day of the law the bill became (sc_entry_item_bill_law),
 * as check_bill_enacted() does for an entry of no law.  Not with a page
 * in the item: the page's facts are check_page_facts.c's. */
static void check_item_bill_dates(sc_doc_state *d, sc_entry *e)
{
    for (uint64_t m = e->bill_in; m; m &= m - 1) {
        int bi = __builtin_ctzll(m), k = -1;
        size_t lo, hi;
        if (!sc_entry_bill_item(e, bi, &lo, &hi))
            continue;
        int page = sc_entry_page_in(e, lo, hi);
        for (int q = 0; q < e->ndate && !page; q++) {
            const sc_date_fact *f = &e->date[q];
            if (f->so < lo || f->eo > hi || f->bad || f->law >= 0 ||
                !(f->role == SC_DATE_ROLE_ENACTED ||
                  (f->role == SC_DATE_ROLE_NONE && opens_name_bracket(e, f))))
                continue;
            if (k >= 0 && e->date[k].ymd != f->ymd)
                page = 1; /* two days: which is the law's? */
            k = q;
        }
        if (page || k < 0)
            continue;
        const sc_ref_law *named;
        int nk;
        const sc_ref_law *l = sc_entry_item_bill_law(e, bi, lo, hi, &named, &nk);
        l = bill_law_named(l, named, &e->c[bi]);
        if (!l || !l->enacted || sc_date_fits(e->date[k].ymd, l->enacted) ||
            (named && named != l) || shared_bill_fits(e, &e->c[bi], l, e->date[k].ymd))
            continue; /* (a name of another law: the bill is in doubt, check_names.c) */
        emit_bill_date(d, &e->c[bi], &e->date[k], l);
    }
}

/* law-date (law-date-congress outside the Congress's term) on bill @p b,
 * said enacted on day @p f, which became law @p l. */
static void emit_bill_date(sc_doc_state *d, sc_citation *b, const sc_date_fact *f,
                           const sc_ref_law *l)
{
    char bn[32], given[40], enacted[40], sugg[160], s1[40], s2[40];
    sc_bill_name(b->bill, b->number, bn, sizeof bn);
    sc_fmt_date(f->ymd, given, sizeof given);
    sc_fmt_date(l->enacted, enacted, sizeof enacted);
    sc_fmt(sugg, sizeof sugg, "%s of the %d%s Congress became Public Law %d-%d on %s", bn,
           l->congress, SC_ORD(l->congress), l->congress, l->number, enacted);
    const sc_ref_congress *cg = sc_ref_congress_get(l->congress);
    if (cg && outside_term(f->ymd, cg)) {
        sc_fmt_date(cg->start, s1, sizeof s1);
        sc_fmt_date(cg->end, s2, sizeof s2);
        sc_emit(d, b, SC_ERROR, SC_D_LAW_DATE_CONGRESS, sugg,
                "%s is said to have been enacted %s%s, outside the term of the %d%s Congress "
                "(%s to %s)", bn, f->ymd % 100 ? "on " : "in ", given, l->congress,
                SC_ORD(l->congress), s1, s2);
    } else {
        sc_emit(d, b, SC_WARNING, SC_D_LAW_DATE, sugg,
                "%s is said to have been enacted %s%s, but Public Law %d-%d, which it became, "
                "was enacted %s", bn, f->ymd % 100 ? "on " : "in ", given, l->congress,
                l->number, enacted);
    }
}

/* A year alone given law @p li (the Bluebook's "(1975)" after its page)
 * when a full date given it too took its place as the law's date ("...,
 * 91 Stat. 837 (1975). President Carter signed the Act on 15 August
 * 1977."): the year is compared as well, when the law's date on record
 * fits the full date (else check_date() has said what is wrong). */
static void check_year_too(sc_doc_state *d, sc_entry *e, int li)
{
    int dk = e->date_of[li];
    const sc_ref_law *l = sc_law_row(&e->c[li]);
    if (!l || !l->enacted || e->date[dk].ymd % 10000 == 0 || !sc_date_fits(e->date[dk].ymd, l->enacted))
        return;
    for (int k = 0; k < e->ndate; k++) {
        const sc_date_fact *f = &e->date[k];
        if (k == dk || f->law != li || f->bad || f->ymd % 10000 != 0 ||
            f->ymd / 10000 == l->enacted / 10000 || (l->flags & SC_REF_DATE_DISPUTED))
            continue;
        e->date_of[li] = (int8_t)k; /* (its finding as if alone: check_date()) */
        check_date(d, e, li);
        e->date_of[li] = (int8_t)dk;
        return;
    }
}

void sc_check_dates(sc_doc_state *d, sc_entry *e)
{
    if (e->nbad) /* (most entries have no day that does not exist) */
        check_bad_dates(d, e);
    if (!e->nlaw && e->bill_in) {
        check_bill_enacted(d, e);
        check_named_bill_day(d, e);
    }
    else if (e->bill_in)
        check_item_bill_dates(d, e);
    if (!(e->types & (1u << SC_PUBLIC_LAW | 1u << SC_PRIVATE_LAW)))
        return;
    for (int l = 0; l < e->n; l++) {
        const sc_citation *c = &e->c[l];
        if (sc_is_law(c) && c->congress >= 82 && c->congress <= d->current_congress) {
            /* (each only for a law with its date: most laws have neither) */
            if (e->date_of[l] >= 0) {
                check_date(d, e, l);
                check_year_too(d, e, l);
            }
            if (e->passed_of[l] >= 0)
                check_passage(d, e, l);
            else if (e->date_of[l] < 0 && e->bill_in && e->ndate)
                check_bill_day_after(d, e, l);
        }
    }
}
