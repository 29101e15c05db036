/*
 * ref_moves.c -- where U.S. Code sections went (src/ref_acts.h):
 * sc_usc_transfer() for sections transferred, editorially reclassified or
 * renumbered, sc_usc_former() for former sections the notes tell of.  Binary
 * searches over the arrays tools/gen_acts.c generates; no allocation.
 */
#include <string.h>

#include "act_tables.h"
#include "ref_acts.h"

#define S(off) (sc_act_pool + (off))

static int find_xfer(const char *title, const char *section)
{
    int lo = 0, hi = sc_act_nxfers;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const sc_act_xfer *x = &sc_act_xfers[mid];
        int c = strcmp(S(x->title), title);
        if (!c)
            c = strcmp(S(x->section), section);
        if (!c)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

int sc_usc_transfer(const char *title, const char *section, char *to_title, size_t tcap,
                    char *to_section, size_t scap, int *kind)
{
    if (!title || !section)
        return 0;
    int i = find_xfer(title, section);
    if (i < 0)
        return 0;
    int first_kind = sc_act_xfers[i].kind;
    for (int hops = 1; hops < 8; hops++) {
        const sc_act_xfer *x = &sc_act_xfers[i];
        int next = find_xfer(S(x->to_title), S(x->to_section));
        if (next < 0 || next == i)
            break;
        i = next;
    }
    const sc_act_xfer *x = &sc_act_xfers[i];
    if (strlen(S(x->to_title)) + 1 > tcap || strlen(S(x->to_section)) + 1 > scap)
        return 0;
    sc_act_put(to_title, tcap, S(x->to_title));
    sc_act_put(to_section, scap, S(x->to_section));
    if (kind)
        *kind = first_kind;
    return 1;
}

int sc_usc_former(const char *title, const char *section, int *event, int *congress,
                  int *number, int32_t *date)
{
    if (!title || !section)
        return 0;
    int lo = 0, hi = sc_act_nformers;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const sc_act_former *f = &sc_act_formers[mid];
        int c = strcmp(S(f->title), title);
        if (!c)
            c = strcmp(S(f->section), section);
        if (c < 0) {
            lo = mid + 1;
        } else if (c > 0) {
            hi = mid;
        } else {
            if (event)
                *event = f->event;
            if (congress)
                *congress = f->congress;
            if (number)
                *number = f->number;
            if (date)
                *date = f->date;
            return 1;
        }
    }
    return 0;
}

int32_t sc_usc_exit_date(const char *title, const char *section, int *before)
{
    if (!title || !section)
        return 0;
    int lo = 0, hi = sc_act_nexits;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const sc_act_exit *x = &sc_act_exits[mid];
        int c = strcmp(S(x->title), title);
        if (!c)
            c = strcmp(S(x->section), section);
        if (c < 0)
            lo = mid + 1;
        else if (c > 0)
            hi = mid;
        else {
            if (before)
                *before = x->before;
            return x->date;
        }
    }
    return 0;
}
