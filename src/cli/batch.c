/*
 * batch.c -- -j N: the files of a batch scanned by N worker threads, each
 * with its own scanner and buffers.  A worker formats one file's records
 * into an unlinked temporary file; the main thread copies the temporary
 * files to the output strictly in input order, so the output is byte for
 * byte that of -j 1.  Workers run at most BATCH_AHEAD files ahead of the
 * writer, which bounds the disk used for finished-but-unwritten files.
 * An input taken when every earlier one is already out is written straight
 * to the output.  Emptied temporary files are kept in a pool and reused: on ext4, creating
 * and deleting a file per input cost a sixth of a two-thread run.
 */
#include "batch.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"

#define BATCH_AHEAD 32 /* files per worker a worker may run ahead of output */
#define POOL_MAX 64    /* emptied temporary files kept for reuse          */

typedef struct job {
    FILE *tmp;
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
    FILE *pool[POOL_MAX]; /* emptied temporary files: creating and deleting
                           * one per input costs more than scanning it */
    int npool;
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
        j->tmp = j->direct ? b->out : b->npool > 0 ? b->pool[--b->npool] : NULL;
        pthread_mutex_unlock(&b->mu);

        const char *path = b->paths[k];
        const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
        j->worst = -1;
        if (!j->tmp)
            j->tmp = tmpfile();
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
    char buf[1 << 16];
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
        } else if (j->tmp) {
            rewind(j->tmp);
            size_t r;
            while (!res->write_error && (r = fread(buf, 1, sizeof buf, j->tmp)) > 0)
                if (fwrite(buf, 1, r, out) != r)
                    res->write_error = errno ? errno : EIO;
            /* empty it and keep it for a later input */
            FILE *t = j->tmp;
            j->tmp = NULL;
            rewind(t);
            int reuse = ftruncate(fileno(t), 0) == 0 && !ferror(t);
            pthread_mutex_lock(&b.mu);
            if (reuse && b.npool < POOL_MAX) {
                b.pool[b.npool++] = t;
                t = NULL;
            }
            pthread_mutex_unlock(&b.mu);
            if (t)
                fclose(t);
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
        if (b.job[k].tmp && !b.job[k].direct)
            fclose(b.job[k].tmp);
    for (int i = 0; i < b.npool; i++)
        fclose(b.pool[i]);
    pthread_mutex_destroy(&b.mu);
    pthread_cond_destroy(&b.cv);
    free(b.job);
    free(th);
    return 0;
}
