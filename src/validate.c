/*
 * validate.c -- the checker (see validate.h).  Work in progress: the
 * document state is in place; the checks of docs/checks.md are added here.
 */
#include "validate.h"

#include <stdlib.h>
#include <string.h>

struct sc_doc_state {
    sc_options opt;
};

sc_doc_state *sc_doc_state_new(const sc_options *opt)
{
    sc_doc_state *d = calloc(1, sizeof *d);
    if (d && opt)
        d->opt = *opt;
    return d;
}

void sc_doc_state_free(sc_doc_state *d) { free(d); }

void sc_doc_state_reset(sc_doc_state *d) { (void)d; }

void sc_check_group(sc_doc_state *d, const sc_rules *r, sc_matcher *m, const sc_window *w,
                    sc_citation *group, int n)
{
    (void)r;
    (void)m;
    (void)d;
    (void)w;
    (void)group;
    (void)n;
}
