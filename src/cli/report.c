/*
 * report.c -- collects a document's text and citations for the HTML report
 * (see report.h).
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "msg.h"

void sc_docbuf_clear(sc_docbuf *d, const char *name)
{
    d->name = name;
    d->len = 0;
    d->n = 0;
}

/* Grows *buf (of *cap elements of size sz) to hold need; 0 or -1. */
static int grow(void **buf, size_t *cap, size_t need, size_t sz, size_t first)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : first;
    while (c < need)
        c *= 2;
    void *t = realloc(*buf, c * sz);
    if (!t)
        return -1;
    *buf = t;
    *cap = c;
    return 0;
}

int sc_docbuf_tee(const void *p, size_t n, void *user)
{
    sc_docbuf *d = user;
    if (n > SC_REPORT_MAX_BYTES - d->len) {
        sc_msg_error("%s: over %zu MiB, too large for an HTML report (use another format, or "
                     "split the file)",
                     d->name, SC_REPORT_MAX_BYTES >> 20);
        return -1;
    }
    void *b = d->bytes;
    if (grow(&b, &d->cap, d->len + n, 1, 1u << 16) != 0) {
        sc_msg_error("%s: out of memory", d->name);
        return -1;
    }
    d->bytes = b;
    memcpy(d->bytes + d->len, p, n);
    d->len += n;
    return 0;
}

int sc_docbuf_add(sc_docbuf *d, const sc_citation *c)
{
    if (d->n >= SC_REPORT_MAX_CITES) {
        sc_msg_error("%s: over %u citations, too many for an HTML report (use another format, "
                     "or split the file)",
                     d->name, SC_REPORT_MAX_CITES);
        return -1;
    }
    void *b = d->cites;
    if (grow(&b, &d->ncap, d->n + 1, sizeof *d->cites, 64) != 0) {
        sc_msg_error("%s: out of memory", d->name);
        return -1;
    }
    d->cites = b;
    d->cites[d->n++] = *c;
    return 0;
}

void sc_docbuf_free(sc_docbuf *d)
{
    free(d->bytes);
    free(d->cites);
    memset(d, 0, sizeof *d);
}
