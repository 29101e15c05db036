/*
 * spool.c -- a file's records held until they can go to the output in order
 * (see spool.h).
 */
#include "spool.h"

#include <errno.h>
#include <stdint.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SPOOL_FIRST (16u << 10) /* a spool's first piece of memory */

/* A spool holds one input's records until they are copied to the output:
 * in memory while the batch's budget allows it to grow, the rest in a
 * temporary file made only when needed (creating and deleting a file per
 * input costs more than scanning a small one).  Written through a stdio
 * FILE (fopencookie). */
struct sc_spool {
    char *mem;
    size_t len, cap;
    atomic_size_t *budget_used; /* the batch's memory held by all spools */
    FILE *disk; /* NULL until the memory part is full; kept when reused */
    int spilled;
};

/* Grows the memory part to hold @p need bytes if the budget allows. */
static int spool_grow(sc_spool *sp, size_t need)
{
    size_t cap = sp->cap ? sp->cap : SPOOL_FIRST;
    while (cap < need)
        cap *= 2;
    size_t more = cap - sp->cap;
    if (atomic_fetch_add(sp->budget_used, more) + more > SC_SPOOL_BUDGET) {
        atomic_fetch_sub(sp->budget_used, more);
        return -1;
    }
    char *m = realloc(sp->mem, cap);
    if (!m) {
        atomic_fetch_sub(sp->budget_used, more);
        return -1;
    }
    sp->mem = m;
    sp->cap = cap;
    return 0;
}

static ssize_t spool_write(void *cookie, const char *p, size_t n)
{
    sc_spool *sp = cookie;
    if (!sp->spilled && (sp->len + n <= sp->cap || spool_grow(sp, sp->len + n) == 0)) {
        memcpy(sp->mem + sp->len, p, n);
        sp->len += n;
        return (ssize_t)n;
    }
    if (!sp->disk && !(sp->disk = tmpfile()))
        return -1;
    sp->spilled = 1;
    return fwrite(p, 1, n, sp->disk) == n ? (ssize_t)n : -1;
}

sc_spool *sc_spool_new(atomic_size_t *budget_used)
{
    sc_spool *sp = calloc(1, sizeof *sp);
    if (sp)
        sp->budget_used = budget_used;
    return sp;
}

void sc_spool_free(sc_spool *sp)
{
    if (!sp)
        return;
    if (sp->disk)
        fclose(sp->disk);
    atomic_fetch_sub(sp->budget_used, sp->cap);
    free(sp->mem);
    free(sp);
}

/* Copies the spool to @p out; returns 0 or an errno. */
int sc_spool_copy(sc_spool *sp, FILE *out)
{
    if (sp->len && fwrite(sp->mem, 1, sp->len, out) != sp->len)
        return errno ? errno : EIO;
    if (sp->spilled) {
        char buf[1 << 16];
        size_t r;
        if (fflush(sp->disk) != 0)
            return errno ? errno : EIO;
        rewind(sp->disk);
        while ((r = fread(buf, 1, sizeof buf, sp->disk)) > 0)
            if (fwrite(buf, 1, r, out) != r)
                return errno ? errno : EIO;
        if (ferror(sp->disk))
            return errno ? errno : EIO;
    }
    return 0;
}

/* Empties the spool for reuse; returns nonzero when it cannot be reused.
 * Memory beyond the first piece goes back to the budget: an idle spool
 * should not keep a busy one from growing. */
int sc_spool_reset(sc_spool *sp)
{
    sp->len = 0;
    if (sp->cap > SPOOL_FIRST) {
        atomic_fetch_sub(sp->budget_used, sp->cap);
        free(sp->mem);
        sp->mem = NULL;
        sp->cap = 0;
    }
    if (sp->spilled) {
        sp->spilled = 0;
        rewind(sp->disk);
        if (ftruncate(fileno(sp->disk), 0) != 0 || ferror(sp->disk))
            return -1;
    }
    return 0;
}

/* Reads the next @p n bytes of a spool (memory part, then the temporary
 * file) at *@p off; returns 0, or -1 at the end or on an error. */
static int spool_take(sc_spool *sp, size_t *off, void *dst, size_t n)
{
    char *d = dst;
    if (*off < sp->len) {
        size_t k = sp->len - *off < n ? sp->len - *off : n;
        memcpy(d, sp->mem + *off, k);
        *off += k;
        d += k;
        n -= k;
    }
    if (n == 0)
        return 0;
    if (!sp->spilled)
        return -1;
    if (*off == sp->len) { /* first read from the file */
        if (fflush(sp->disk) != 0)
            return -1;
        rewind(sp->disk);
        (*off)++;
    }
    return fread(d, 1, n, sp->disk) == n ? 0 : -1;
}

/* Copies a spool of framed BibTeX records to @p out, leaving out the keys
 * the run has already written; returns 0 or an errno. */
int sc_spool_copy_new(sc_spool *sp, FILE *out, sc_strset *ks)
{
    size_t off = 0;
    char buf[4096];
    uint32_t kl, rl;
    while (spool_take(sp, &off, &kl, sizeof kl) == 0) {
        if (kl > sizeof buf || spool_take(sp, &off, buf, kl) != 0)
            return EIO;
        int fresh = sc_strset_add(ks, buf, kl);
        if (spool_take(sp, &off, &rl, sizeof rl) != 0)
            return EIO;
        while (rl > 0) {
            uint32_t k = rl < sizeof buf ? rl : (uint32_t)sizeof buf;
            if (spool_take(sp, &off, buf, k) != 0)
                return EIO;
            if (fresh && fwrite(buf, 1, k, out) != k)
                return errno ? errno : EIO;
            rl -= k;
        }
    }
    return ferror(out) ? (errno ? errno : EIO) : 0;
}

/* Passes on one BibTeX record, just written to the memory stream @p rec:
 * to the spool @p to as a frame (its key's length and bytes, the record's
 * length and bytes), or, for the input next in order (@p keys given), to the
 * output @p to itself when its key is new to the run.  Empties @p rec.
 * Returns 0 or -1. */
int sc_spool_put_record(FILE *rec, char *const *buf, const size_t *size, sc_strset *keys,
                        FILE *to)
{
    if (fflush(rec) != 0)
        return -1;
    if (*size == 0)
        return 0; /* a repeat within the file: the writer left it out */
    const char *r = *buf, *k = memchr(r, '{', *size), *e;
    if (!k || !(e = memchr(k, ',', *size - (size_t)(k - r))))
        return -1;
    k++;
    uint32_t kl = (uint32_t)(e - k), rl = (uint32_t)*size;
    int rc;
    if (keys)
        rc = !sc_strset_add(keys, k, kl) || fwrite(r, 1, rl, to) == rl ? 0 : -1;
    else
        rc = fwrite(&kl, sizeof kl, 1, to) == 1 && fwrite(k, 1, kl, to) == kl &&
                     fwrite(&rl, sizeof rl, 1, to) == 1 && fwrite(r, 1, rl, to) == rl
                 ? 0
                 : -1;
    rewind(rec);
    return rc;
}

FILE *sc_spool_open(sc_spool *sp)
{
    static const cookie_io_functions_t io = { NULL, spool_write, NULL, NULL };
    FILE *f = fopencookie(sp, "w", io);
    if (f) /* one thread's alone: no lock per stdio call */
        __fsetlocking(f, FSETLOCKING_BYCALLER);
    return f;
}
