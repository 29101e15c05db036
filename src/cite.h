/*
 * cite.h -- copying and clearing an sc_citation without its unused tail.
 * A citation is about 3 KB, two thirds of it the checker's findings
 * (diag[SC_MAX_DIAGS]) and their source line (context), which hold nothing
 * until the checker writes them; the scanner copies each citation several
 * times (group, queue, list heads), so it copies only the fields in use:
 * everything before diag, the ndiag findings, and the context only when
 * there is a finding (statcite.h: context is "" otherwise).
 */
#ifndef SC_CITE_H
#define SC_CITE_H

#include <stddef.h>
#include <string.h>

#include "ctype.h"
#include "statcite.h"

/* The size of a citation's fields before diag, hidden from the compiler
 * (ctype.h: with it known, GCC copies and clears the 1.2 KB inline with
 * rep movsq / rep stosq, about three times the library's vector loop). */
static inline size_t sc_cite_head_size(void) { return sc_size_opaque(offsetof(sc_citation, diag)); }

/** Copies *src to *dst: the same bytes a reader of the citation can see. */
static inline void sc_cite_copy(sc_citation *dst, const sc_citation *src)
{
    int nd = src->ndiag > 0 ? (src->ndiag < SC_MAX_DIAGS ? src->ndiag : SC_MAX_DIAGS) : 0;
    memcpy(dst, src, sc_cite_head_size());
    if (nd > 0) {
        memcpy(dst->diag, src->diag, (size_t)nd * sizeof src->diag[0]);
        memcpy(dst->context, src->context, sizeof dst->context);
    } else {
        dst->context[0] = '\0';
    }
    dst->context_col = src->context_col;
}

/** sc_cite_copy() for a scanner that only counts (sc_options.count_only
 *  without check): key, canonical and url are "" there (statcite.h), so
 *  only their first byte is written, and raw only up to its end; the rest
 *  of the head as sc_cite_copy() (a third of its bytes). */
static inline void sc_cite_copy_counted(sc_citation *dst, const sc_citation *src)
{
    memcpy(dst, src, offsetof(sc_citation, key));
    dst->key[0] = dst->canonical[0] = dst->url[0] = '\0';
    memcpy(dst->raw, src->raw, strnlen(src->raw, sizeof src->raw - 1) + 1);
    memcpy(&dst->raw_len, &src->raw_len,
           sc_size_opaque(offsetof(sc_citation, diag) - offsetof(sc_citation, raw_len)));
    dst->context[0] = '\0';
    dst->context_col = 0;
}

/** Sets c->raw to the text subj[so..eo) (cut to fit) and c->raw_len to its
 *  length. */
static inline void sc_cite_raw(sc_citation *c, const uint8_t *subj, size_t so, size_t eo)
{
    size_t n = eo - so;
    c->raw_len = n;
    if (n >= sizeof c->raw)
        n = sizeof c->raw - 1;
    memcpy(c->raw, subj + so, n);
    c->raw[n] = '\0';
}

/** Zeroes every field of *c a reader can see (ndiag 0, context ""). */
static inline void sc_cite_clear(sc_citation *c)
{
    memset(c, 0, sc_cite_head_size());
    c->context[0] = '\0';
    c->context_col = 0;
}

#endif
