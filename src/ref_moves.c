/*
 * ref_moves.c -- where U.S. Code sections went (src/ref_acts.h):
 * sc_usc_transfer() for sections transferred, editorially reclassified or
 * renumbered, sc_usc_former() for former sections the notes tell of,
 * sc_usc_exit_date() for when a section became a placeholder,
 * sc_usc_added() and sc_law_added_sections() for the law that added a
 * section and the sections a law added.  One binary
 * search (find_row) over the arrays tools/gen_acts.c generates, each sorted
 * by (title, section) bytes; no allocation.
 */
#include <stddef.h>
#include <string.h>

#include "act_tables.h"
#include "ref_acts.h"
#include "refdata.h"

#define S(off) (sc_act_pool + (off))

/* The row of (@p title, @p section) in a table of @p n rows of @p size
 * bytes, each beginning with the pool offsets of its title and section and
 * sorted by their bytes (tools/gen_acts.c); -1 when there is none. */
#define ROW_KEYED(T) (offsetof(T, title) == 0 && offsetof(T, section) == sizeof(uint32_t))
_Static_assert(ROW_KEYED(sc_act_xfer) && ROW_KEYED(sc_act_former) && ROW_KEYED(sc_act_exit) &&
                   ROW_KEYED(sc_act_added) && ROW_KEYED(sc_act_origin),
               "find_row() reads each row's title and section as its first two uint32_t");

static int find_row(const void *rows, int n, size_t size, const char *title, const char *section)
{
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        uint32_t key[2]; /* the row's title and section */
        memcpy(key, (const char *)rows + (size_t)mid * size, sizeof key);
        int c = strcmp(S(key[0]), title);
        if (!c)
            c = strcmp(S(key[1]), section);
        if (!c)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

static int find_xfer(const char *title, const char *section)
{
    return find_row(sc_act_xfers, sc_act_nxfers, sizeof sc_act_xfers[0], title, section);
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

int sc_usc_moved_from(const char *title, const char *section, char *from_title, size_t tcap,
                      char *from_section, size_t scap)
{
    if (!title || !section)
        return 0;
    int lo = 0, hi = sc_act_nxfers; /* (by destination: sc_act_xfer_to) */
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const sc_act_xfer *x = &sc_act_xfers[sc_act_xfer_to[mid]];
        int c = strcmp(S(x->to_title), title);
        if (c == 0)
            c = strcmp(S(x->to_section), section);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= sc_act_nxfers)
        return 0;
    const sc_act_xfer *x = &sc_act_xfers[sc_act_xfer_to[lo]];
    if (strcmp(S(x->to_title), title) != 0 || strcmp(S(x->to_section), section) != 0 ||
        strlen(S(x->title)) + 1 > tcap || strlen(S(x->section)) + 1 > scap)
        return 0;
    sc_act_put(from_title, tcap, S(x->title));
    sc_act_put(from_section, scap, S(x->section));
    return 1;
}

int sc_usc_former(const char *title, const char *section, int *event, int *congress,
                  int *number, int32_t *date)
{
    if (!title || !section)
        return 0;
    int i = find_row(sc_act_formers, sc_act_nformers, sizeof sc_act_formers[0], title, section);
    if (i < 0)
        return 0;
    const sc_act_former *f = &sc_act_formers[i];
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

int32_t sc_usc_exit_date(const char *title, const char *section, int *before)
{
    if (!title || !section)
        return 0;
    int i = find_row(sc_act_exits, sc_act_nexits, sizeof sc_act_exits[0], title, section);
    if (i < 0)
        return 0;
    if (before)
        *before = sc_act_exits[i].before;
    return sc_act_exits[i].date;
}

int32_t sc_usc_entered(const char *title, const char *section, int *prior, int32_t *codified)
{
    if (!title || !section)
        return 0;
    int i = find_row(sc_act_origins, sc_act_norigins, sizeof sc_act_origins[0], title, section);
    if (i < 0)
        return 0;
    if (prior)
        *prior = sc_act_origins[i].prior;
    if (codified)
        *codified = sc_act_origins[i].codified;
    return sc_act_origins[i].date;
}

/* The row of data/usc_added.tsv of the section, or NULL. */
static const sc_act_added *added_row(const char *title, const char *section)
{
    if (!title || !section)
        return NULL;
    int i = find_row(sc_act_addeds, sc_act_naddeds, sizeof *sc_act_addeds, title, section);
    return i < 0 ? NULL : &sc_act_addeds[i];
}

int sc_usc_added(const char *title, const char *section, int *congress, int *number,
                 const char **law_section)
{
    const sc_act_added *a = added_row(title, section);
    if (!a)
        return 0;
    if (congress)
        *congress = a->congress;
    if (number)
        *number = a->number;
    if (law_section)
        *law_section = S(a->law_section);
    return 1;
}

int sc_usc_touched_by(const char *title, const char *section, int congress, int number)
{
    const sc_act_added *a = congress > 0 && number > 0 ? added_row(title, section) : NULL;
    if (!a)
        return 0;
    if (a->congress == congress && a->number == number)
        return 1;
    uint32_t key = (uint32_t)congress << 16 | (uint32_t)number;
    for (unsigned k = 0; k < a->laws_count; k++)
        if (sc_act_added_laws[a->laws_first + k] == key)
            return 1;
    return 0;
}

int sc_usc_touched_in(const char *title, const char *section, int year)
{
    const sc_act_added *a = added_row(title, section);
    if (!a)
        return 0;
    const sc_ref_law *l = sc_ref_public_law(a->congress, a->number);
    if (l && l->enacted / 10000 == year)
        return 1;
    for (unsigned k = 0; k < a->laws_count; k++) {
        uint32_t key = sc_act_added_laws[a->laws_first + k];
        l = sc_ref_public_law((int)(key >> 16), (int)(key & 0xffff));
        if (l && l->enacted / 10000 == year)
            return 1;
    }
    return 0;
}

int sc_law_added_sections(int congress, int number, const char *title, const char *usc_section,
                          sc_act_place *out)
{
    memset(out, 0, sizeof *out);
    if (!title || congress <= 0 || number <= 0)
        return 0;
    int lo = 0, hi = sc_act_naddeds; /* the law's first row */
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const sc_act_added *a = &sc_act_addeds[sc_act_added_by_law[mid]];
        if (a->congress < congress || (a->congress == congress && a->number < number))
            lo = mid + 1;
        else
            hi = mid;
    }
    for (int i = lo; i < sc_act_naddeds; i++) {
        const sc_act_added *a = &sc_act_addeds[sc_act_added_by_law[i]];
        if (a->congress != congress || a->number != number)
            break;
        if (strcmp(S(a->title), title) != 0)
            continue;
        sc_act_place_add(out, S(a->section), usc_section);
    }
    return out->count;
}
