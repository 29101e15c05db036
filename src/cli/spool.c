/*
 * spool.c -- a file's records held until they can go to the output in order
 * (see spool.h).
 */
#include "spool.h"

#include <errno.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/*
 * A spool's memory is a list of fixed pieces taken from its batch's store
 * (sc_spool_store): a piece emptied goes back to the store, not to malloc,
 * and the next spool writes into pages already mapped.  (Pieces grown by
 * realloc and freed when a spool was emptied made the kernel map and zero
 * fresh pages for every spooled byte: at -j 2 on the bench batch some 6,000
 * page faults more than -j 1, and each growth copied what was written.)
 * The store hands out at most SC_SPOOL_BUDGET bytes of pieces in all; a
 * spool that cannot get one writes the rest to its temporary file.
 */
#define PIECE_SIZE (32u << 10)                                /* bytes, with its header */
#define PIECE_DATA (PIECE_SIZE - offsetof(piece, data))       /* bytes it holds         */
#define PIECES_MAX (SC_SPOOL_BUDGET / PIECE_SIZE)             /* the store's whole size */

typedef struct piece {
    struct piece *next;
    char data[];
} piece;

struct sc_spool_store {
    pthread_mutex_t mu;
    piece *free;  /* emptied pieces */
    size_t made;  /* pieces allocated, at most PIECES_MAX */
};

sc_spool_store *sc_spool_store_new(void)
{
    sc_spool_store *st = calloc(1, sizeof *st);
    if (st)
        pthread_mutex_init(&st->mu, NULL);
    return st;
}

void sc_spool_store_free(sc_spool_store *st)
{
    if (!st)
        return;
    for (piece *p = st->free, *nx; p; p = nx) {
        nx = p->next;
        free(p);
    }
    pthread_mutex_destroy(&st->mu);
    free(st);
}

/* An empty piece from the store, or NULL when the budget is spent. */
static piece *store_take(sc_spool_store *st)
{
    piece *p = NULL;
    pthread_mutex_lock(&st->mu);
    if (st->free) {
        p = st->free;
        st->free = p->next;
    } else if (st->made < PIECES_MAX && (p = malloc(PIECE_SIZE)) != NULL) {
        st->made++;
    }
    pthread_mutex_unlock(&st->mu);
    if (p)
        p->next = NULL;
    return p;
}

/* Gives the list of pieces from @p head to @p tail back to the store. */
static void store_give(sc_spool_store *st, piece *head, piece *tail)
{
    if (!head)
        return;
    pthread_mutex_lock(&st->mu);
    tail->next = st->free;
    st->free = head;
    pthread_mutex_unlock(&st->mu);
}

/* A spool holds one input's records until they are copied to the output:
 * in the store's pieces while it has some to give, the rest in a temporary
 * file made only when needed (creating and deleting a file per input costs
 * more than scanning a small one).  Written through a stdio FILE
 * (fopencookie). */
struct sc_spool {
    sc_spool_store *store;
    piece *head, *tail; /* the memory part: full pieces, then the last */
    size_t fill;        /* bytes in the last piece */
    size_t len;         /* bytes in all pieces */
    FILE *disk; /* NULL until the memory part is full; kept when reused */
    int spilled;
    /* spool_take()'s read position: a piece and an offset in it (rd NULL
     * past the pieces); reading: 0 before the first read, 1 in the pieces,
     * 2 in the file */
    piece *rd;
    size_t rdpos;
    int reading;
};

static ssize_t spool_write(void *cookie, const char *p, size_t n)
{
    sc_spool *sp = cookie;
    size_t left = n;
    while (!sp->spilled && left > 0) {
        if (!sp->tail || sp->fill == PIECE_DATA) {
            piece *q = store_take(sp->store);
            if (!q) {
                sp->spilled = 1; /* the rest, in order, to the file */
                break;
            }
            if (sp->tail)
                sp->tail->next = q;
            else
                sp->head = q;
            sp->tail = q;
            sp->fill = 0;
        }
        size_t k = PIECE_DATA - sp->fill < left ? PIECE_DATA - sp->fill : left;
        memcpy(sp->tail->data + sp->fill, p, k);
        sp->fill += k;
        sp->len += k;
        p += k;
        left -= k;
    }
    if (left == 0)
        return (ssize_t)n;
    if (!sp->disk && !(sp->disk = tmpfile()))
        return -1;
    return fwrite(p, 1, left, sp->disk) == left ? (ssize_t)n : -1;
}

sc_spool *sc_spool_new(sc_spool_store *store)
{
    sc_spool *sp = calloc(1, sizeof *sp);
    if (sp)
        sp->store = store;
    return sp;
}

void sc_spool_free(sc_spool *sp)
{
    if (!sp)
        return;
    if (sp->disk)
        fclose(sp->disk);
    store_give(sp->store, sp->head, sp->tail);
    free(sp);
}

/* Copies the spool to @p out; returns 0 or an errno. */
int sc_spool_copy(sc_spool *sp, FILE *out)
{
    for (piece *q = sp->head; q; q = q->next) {
        size_t k = q == sp->tail ? sp->fill : PIECE_DATA;
        if (k && fwrite(q->data, 1, k, out) != k)
            return errno ? errno : EIO;
    }
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

/* Empties the spool for reuse, its pieces back to the store (an idle spool
 * should not keep a busy one from growing); returns nonzero when it cannot
 * be reused. */
int sc_spool_reset(sc_spool *sp)
{
    store_give(sp->store, sp->head, sp->tail);
    sp->head = sp->tail = sp->rd = NULL;
    sp->fill = sp->len = sp->rdpos = 0;
    sp->reading = 0;
    if (sp->spilled) {
        sp->spilled = 0;
        rewind(sp->disk);
        if (ftruncate(fileno(sp->disk), 0) != 0 || ferror(sp->disk))
            return -1;
    }
    return 0;
}

/* Reads the next @p n bytes of a spool (its pieces, then the temporary
 * file) from its read position; returns 0, or -1 at the end or on an
 * error. */
static int spool_take(sc_spool *sp, void *dst, size_t n)
{
    char *d = dst;
    if (!sp->reading) { /* the first read: the first piece */
        sp->reading = 1;
        sp->rd = sp->head;
        sp->rdpos = 0;
    }
    while (n > 0 && sp->rd) {
        size_t end = sp->rd == sp->tail ? sp->fill : PIECE_DATA;
        size_t k = end - sp->rdpos < n ? end - sp->rdpos : n;
        memcpy(d, sp->rd->data + sp->rdpos, k);
        sp->rdpos += k;
        d += k;
        n -= k;
        if (sp->rdpos == end) { /* (the last piece's next is NULL) */
            sp->rd = sp->rd->next;
            sp->rdpos = 0;
        }
    }
    if (n == 0)
        return 0;
    if (!sp->spilled)
        return -1;
    if (sp->reading == 1) { /* the first read from the file */
        if (fflush(sp->disk) != 0)
            return -1;
        rewind(sp->disk);
        sp->reading = 2;
    }
    return fread(d, 1, n, sp->disk) == n ? 0 : -1;
}

/* Copies a spool of framed BibTeX records to @p out, leaving out the keys
 * the run has already written; returns 0 or an errno. */
int sc_spool_copy_new(sc_spool *sp, FILE *out, sc_strset *ks)
{
    char buf[4096];
    uint32_t kl, rl;
    while (spool_take(sp, &kl, sizeof kl) == 0) {
        if (kl > sizeof buf || spool_take(sp, buf, kl) != 0)
            return EIO;
        int fresh = sc_strset_add(ks, buf, kl);
        if (spool_take(sp, &rl, sizeof rl) != 0)
            return EIO;
        while (rl > 0) {
            uint32_t k = rl < sizeof buf ? rl : (uint32_t)sizeof buf;
            if (spool_take(sp, buf, k) != 0)
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
