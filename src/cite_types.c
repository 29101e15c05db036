/*
 * cite_types.c -- the names of the citation types (public_law, usc, ...):
 * sc_type_name() and sc_type_from_name(), in a file of their own so that
 * the build-time tool tools/gen_follow.c can link the grammar loader
 * without the rest of the library.
 */
#include <string.h>

#include "statcite.h"

static const char *const type_names[SC_NTYPES] = {
    "public_law", "private_law", "usc", "bill", "stat", "act_section"
};

const char *sc_type_name(sc_type t)
{
    return (unsigned)t < SC_NTYPES ? type_names[t] : "?";
}

int sc_type_from_name(const char *name)
{
    static const struct { const char *alias; int t; } aliases[] = {
        { "law", SC_PUBLIC_LAW },     { "publ", SC_PUBLIC_LAW }, { "pl", SC_PUBLIC_LAW },
        { "pvtl", SC_PRIVATE_LAW },   { "private", SC_PRIVATE_LAW },
        { "bills", SC_BILL },         { "code", SC_USC },        { "statute", SC_STAT },
    };
    for (int t = 0; t < SC_NTYPES; t++)
        if (strcmp(name, type_names[t]) == 0)
            return t;
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(name, aliases[i].alias) == 0)
            return aliases[i].t;
    return -1;
}
