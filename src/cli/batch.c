/*
 * batch.c -- -j N: the files of a batch scanned by N worker threads, each
 * with its own scanner and buffers.  A worker formats one file's records
 * into a spool (memory first, an unlinked temporary file past its share of
 * SPOOL_BUDGET); the main thread copies the spools to the output strictly in
 * input order, so the output is byte for byte that of -j 1.  An input taken
 * when every earlier one is already out is written straight to the output.
 * Workers run at most BATCH_AHEAD files ahead of the writer, which bounds
 * the memory and disk used for finished-but-unwritten files.
 */
#include "batch.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"

#define BATCH_AHEAD 32 /* files per worker a worker may run ahead of output */
#define POOL_MAX 64    /* emptied spools kept for reuse                   */
#define SPOOL_BUDGET (8u << 20) /* memory for all spools' in-memory parts */

/* A spool holds one input's records until the main thread copies them out:
 * the first spool_mem bytes in memory, the rest in a temporary file made
 * only when needed (creating and deleting a file per input costs more than
 * scanning a small one).  Written through a stdio FILE (fopencookie). */
typedef struct spool {
    char *mem;
    size_t len, cap;
    FILE *disk; /* NULL until the memory part is full; kept when reused */
    int spilled;
} spool;

static ssize_t spool_write(void *cookie, const char *p, size_t n)
{
    spool *sp = cookie;
    if (!sp->spilled && sp->len + n <= sp->cap) {
        memcpy(sp->mem + sp->len, p, n);
        sp->len += n;
        return (ssize_t)n;
    }
    if (!sp->disk && !(sp->disk = tmpfile()))
        return -1;
    sp->spilled = 1;
    return fwrite(p, 1, n, sp->disk) == n ? (ssize_t)n : -1;
}

static spool *spool_new(size_t cap)
{
    spool *sp = calloc(1, sizeof *sp);
    if (sp && !(sp->mem = malloc(cap ? cap : 1))) {
        free(sp);
        return NULL;
    }
    if (sp)
        sp->cap = cap;
    return sp;
}

static void spool_free(spool *sp)
{
    if (!sp)
        return;
    if (sp->disk)
        fclose(sp->disk);
    free(sp->mem);
    free(sp);
}

/* Copies the spool to @p out; returns 0 or an errno. */
static int spool_copy(spool *sp, FILE *out)
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

/* Empties the spool for reuse; returns nonzero when it cannot be reused. */
static int spool_reset(spool *sp)
{
    sp->len = 0;
    if (sp->spilled) {
        sp->spilled = 0;
        rewind(sp->disk);
        if (ftruncate(fileno(sp->disk), 0) != 0 || ferror(sp->disk))
            return -1;
    }
    return 0;
}

typedef struct job {
    FILE *tmp;     /* what the writer writes to: a spool's FILE or the output */
    spool *sp;     /* the records, unless direct */
    int direct;    /* written straight to the output (it was next in order) */
    int write_err; /* errno of a failed direct write, 0 */
    int rc;     /* sc_input_scan's result, or -1 for a temp-file error */
    int found;
    long errors, warnings; /* citations whose worst finding is one */
    int worst;
    int done;
} job;

typedef struct batch {
    char **paths;
    int n, jobs;
    const sc_rules *rules;
    const sc_options *opt;
    sc_format fmt;
    sc_write_options wo;
    const sc_input_opts *io;
    job *job;
    int next;    /* next file to claim */
    int written; /* files copied to the output */
    int stop;    /* the output failed: workers stop */
    spool *pool[POOL_MAX]; /* emptied spools */
    int npool;
    size_t spool_mem;      /* in-memory part of each spool */
    FILE *out; /* the output, written directly by the job next in order */
    pthread_mutex_t mu;
    pthread_cond_t cv;
} batch;

typedef struct wstate {
    sc_writer *w;
    int found, worst, err;
    long errors, warnings;
} wstate;

static int drain(sc_scanner *s, const char *name, void *user)
{
    wstate *ws = user;
    for (const sc_citation *c; (c = sc_scanner_next(s)) != NULL;) {
        ws->found++;
        int st = sc_citation_status(c);
        ws->errors += st == SC_ERROR;
        ws->warnings += st == SC_WARNING;
        if (st > ws->worst)
            ws->worst = st;
        if (sc_writer_put(ws->w, name, c) != 0) {
            ws->err = 1;
            return -1;
        }
    }
    return 0;
}

static void *worker(void *arg)
{
    batch *b = arg;
    sc_scanner *s = sc_scanner_new(b->rules, b->opt);
    for (;;) {
        pthread_mutex_lock(&b->mu);
        while (!b->stop && b->next < b->n && b->next >= b->written + BATCH_AHEAD * b->jobs)
            pthread_cond_wait(&b->cv, &b->mu);
        if (b->stop || b->next >= b->n) {
            pthread_mutex_unlock(&b->mu);
            break;
        }
        int k = b->next++;
        job *j = &b->job[k];
        /* every earlier input is already out: write this one straight to
         * the output (the main thread waits for it and copies nothing) */
        j->direct = k == b->written;
        j->sp = !j->direct && b->npool > 0 ? b->pool[--b->npool] : NULL;
        pthread_mutex_unlock(&b->mu);

        const char *path = b->paths[k];
        const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
        j->worst = -1;
        if (j->direct) {
            j->tmp = b->out;
        } else {
            static const cookie_io_functions_t io = { NULL, spool_write, NULL, NULL };
            if (!j->sp)
                j->sp = spool_new(b->spool_mem);
            j->tmp = j->sp ? fopencookie(j->sp, "w", io) : NULL;
        }
        if (!s || !j->tmp) {
            sc_msg_error("%s: cannot create a temporary file: %s", path, strerror(errno));
            j->rc = -1;
        } else {
            wstate ws = { sc_writer_new(b->fmt, j->tmp, &b->wo), 0, -1, 0, 0, 0 };
            j->rc = ws.w ? sc_input_scan(path, name, s, b->io, drain, &ws) : -1;
            if (ws.w && sc_writer_finish(ws.w) != 0)
                ws.err = 1;
            if (ws.err && j->direct) {
                j->write_err = errno ? errno : EIO; /* the main thread reports it */
            } else if (ws.err) {
                sc_msg_error("%s: cannot write a temporary file: %s", path, strerror(errno));
                j->rc = -1;
            }
            sc_writer_free(ws.w);
            if (!j->direct) { /* flush into the spool; the main thread copies it */
                if (fclose(j->tmp) != 0 && !ws.err) {
                    sc_msg_error("%s: cannot write a temporary file: %s", path, strerror(errno));
                    j->rc = -1;
                }
                j->tmp = NULL;
            }
            j->found = ws.found;
            j->errors = ws.errors;
            j->warnings = ws.warnings;
            j->worst = ws.worst;
        }
        pthread_mutex_lock(&b->mu);
        j->done = 1;
        pthread_cond_broadcast(&b->cv);
        pthread_mutex_unlock(&b->mu);
    }
    sc_scanner_free(s);
    return NULL;
}

int sc_batch_run(char **paths, int n, int jobs, const sc_rules *rules, const sc_options *opt,
                 sc_format fmt, const sc_write_options *wo, const sc_input_opts *io, FILE *out,
                 sc_batch_result *res, sc_progress *prog)
{
    batch b;
    memset(&b, 0, sizeof b);
    b.paths = paths;
    b.n = n;
    b.jobs = jobs;
    b.rules = rules;
    b.opt = opt;
    b.fmt = fmt;
    b.wo = *wo;
    b.wo.header = 0; /* the CSV header is written once, below */
    b.io = io;
    b.out = out;
    b.spool_mem = SPOOL_BUDGET / ((size_t)jobs * (BATCH_AHEAD + 1));
    if (b.spool_mem > (256u << 10))
        b.spool_mem = 256u << 10;
    b.job = calloc((size_t)n, sizeof *b.job);
    pthread_t *th = calloc((size_t)jobs, sizeof *th);
    res->found = 0;
    res->worst = -1;
    res->trouble = 0;
    res->write_error = 0;
    if (!b.job || !th) {
        free(b.job);
        free(th);
        sc_msg_error("out of memory");
        return -1;
    }
    pthread_mutex_init(&b.mu, NULL);
    pthread_cond_init(&b.cv, NULL);
    if (fmt == SC_FMT_CSV && wo->header) {
        sc_writer *hw = sc_writer_new(fmt, out, wo);
        if (!hw || sc_writer_finish(hw) != 0)
            res->write_error = errno ? errno : EIO;
        sc_writer_free(hw);
    }
    int started = 0;
    for (int i = 0; i < jobs; i++)
        if (pthread_create(&th[i], NULL, worker, &b) == 0)
            started++;
    if (started == 0) {
        sc_msg_error("cannot start worker threads");
        res->trouble = 1;
    }
    for (int k = 0; k < n && started; k++) {
        pthread_mutex_lock(&b.mu);
        while (!b.job[k].done)
            pthread_cond_wait(&b.cv, &b.mu);
        pthread_mutex_unlock(&b.mu);
        job *j = &b.job[k];
        if (j->rc != 0)
            res->trouble = 1;
        res->found += j->found;
        if (prog)
            sc_progress_file(prog, paths[k], j->found, j->errors, j->warnings);
        if (j->worst > res->worst)
            res->worst = j->worst;
        if (j->direct) {
            if (j->write_err || ferror(out))
                res->write_error = j->write_err ? j->write_err : EIO;
            j->tmp = NULL;
        } else if (j->sp) {
            if (!res->write_error)
                res->write_error = spool_copy(j->sp, out);
            /* empty it and keep it for a later input */
            spool *sp = j->sp;
            j->sp = NULL;
            int reuse = spool_reset(sp) == 0;
            pthread_mutex_lock(&b.mu);
            if (reuse && b.npool < POOL_MAX) {
                b.pool[b.npool++] = sp;
                sp = NULL;
            }
            pthread_mutex_unlock(&b.mu);
            spool_free(sp);
        }
        pthread_mutex_lock(&b.mu);
        b.written = k + 1;
        if (res->write_error)
            b.stop = 1;
        pthread_cond_broadcast(&b.cv);
        pthread_mutex_unlock(&b.mu);
        if (res->write_error)
            break;
    }
    for (int i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    for (int k = 0; k < n; k++)
        spool_free(b.job[k].sp);
    for (int i = 0; i < b.npool; i++)
        spool_free(b.pool[i]);
    pthread_mutex_destroy(&b.mu);
    pthread_cond_destroy(&b.cv);
    free(b.job);
    free(th);
    return 0;
}
