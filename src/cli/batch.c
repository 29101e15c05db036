/*
 * batch.c -- -j N: the files of a batch scanned by N threads (the calling
 * thread is one of them), each with its own scanner and buffers.  A thread
 * formats one file's records into a spool (spool.c: memory, within one
 * budget shared by all spools, then an unlinked temporary file); finished
 * files go to the output strictly in input order, so the output is byte for
 * byte that of -j 1.  There is no writer thread: whichever thread finishes
 * the file the output waits for copies it, and every finished file after
 * it, out (one thread at a time holds that turn).  An input taken when every
 * earlier one is already out is written straight to the output.  Threads
 * run at most BATCH_AHEAD files each ahead of the output, which bounds the
 * disk used for finished-but-unwritten files.
 *
 * BibTeX writes one record per distinct citation of the whole run, the first
 * occurrence winning.  Its spools hold framed records (the record's key,
 * then the record), each file's own repeats already left out by its writer;
 * the copy to the output keeps a record only when its key is new to the run,
 * and so does the thread writing the input next in order straight out.
 *
 * Messages go in input order too: a thread holds back the messages of the
 * input it scans (sc_msg_capture) and the turn holder prints them when that
 * input goes out, after its records, so stderr is byte for byte that of
 * -j 1 whatever the threads' timing, and only the turn holder writes it.
 */
#include "batch.h"

#include <errno.h>
#include <pthread.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "spool.h"

#define BATCH_AHEAD 32 /* files per thread a thread may run ahead of output */
#define POOL_MAX 64    /* emptied spools kept for reuse                     */

typedef struct job {
    FILE *tmp;     /* what the writer writes to: a spool's FILE or the output */
    sc_spool *sp;  /* the records, unless direct */
    int direct;    /* written straight to the output (it was next in order) */
    int write_err; /* errno of a failed direct write, 0 */
    int rc;     /* sc_input_scan's result, or -1 for a temp-file error */
    int found;
    long errors, warnings; /* citations whose worst finding is one */
    int worst;
    int done;
    sc_msgbuf msgs; /* its messages, printed when it goes out (in order) */
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
    int writing; /* a thread has the turn to copy finished files out */
    int stop;    /* the output failed: threads stop */
    sc_spool *pool[POOL_MAX]; /* emptied spools */
    int npool;
    sc_spool_store *store; /* the spools' memory */
    int framed;  /* BibTeX: spools hold framed records, see above */
    sc_strset keys; /* BibTeX: the keys written so far (by the turn holder) */
    FILE *out; /* the output */
    sc_batch_result *res;
    sc_progress *prog;
    pthread_mutex_t mu;
    pthread_cond_t room; /* the output moved on: a thread may run ahead again */
} batch;

/* A thread's memory stream that takes one BibTeX record at a time. */
typedef struct recbuf {
    FILE *f;
    char *buf;
    size_t size;
} recbuf;

typedef struct wstate {
    sc_writer *w;
    int found, worst, err;
    long errors, warnings;
    recbuf *rec;  /* framed: the writer writes here ...    */
    FILE *spool;  /* ... and each record goes on as a frame */
    sc_strset *keys; /* ... or, when direct, straight out if new */
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
        if (sc_writer_put(ws->w, name, c) != 0 ||
            (ws->rec &&
             sc_spool_put_record(ws->rec->f, &ws->rec->buf, &ws->rec->size, ws->keys, ws->spool) != 0)) {
            ws->err = 1;
            return -1;
        }
    }
    return 0;
}

/* Scans input @p k into its spool, or straight to the output when direct;
 * @p rec is the thread's record stream when the spools are framed. */
static void scan_one(batch *b, sc_scanner *s, recbuf *rec, int k)
{
    job *j = &b->job[k];
    const char *path = b->paths[k];
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    j->worst = -1;
    sc_msg_capture(&j->msgs); /* printed by write_ready(), in order */
    if (j->direct) {
        j->tmp = b->out;
    } else {
        if (!j->sp)
            j->sp = sc_spool_new(b->store);
        j->tmp = j->sp ? sc_spool_open(j->sp) : NULL;
    }
    if (!s || !j->tmp || (b->framed && !rec->f)) {
        sc_msg_error("%s: cannot create a temporary file: %s", path, strerror(errno));
        j->rc = -1;
        if (j->tmp && !j->direct)
            fclose(j->tmp);
        j->tmp = NULL;
        sc_msg_capture(NULL);
        return;
    }
    /* direct and framed: this thread alone uses the run's keys until the
     * input is done (every earlier one is out, no later one goes out before) */
    wstate ws = { sc_writer_new(b->fmt, b->framed ? rec->f : j->tmp, &b->wo), 0, -1, 0, 0, 0,
                  b->framed ? rec : NULL, j->tmp, b->framed && j->direct ? &b->keys : NULL };
    j->rc = ws.w ? sc_input_scan(path, name, s, b->io, drain, &ws) : -1;
    if (ws.w && sc_writer_finish(ws.w) != 0)
        ws.err = 1;
    if (ws.err && j->direct) {
        j->write_err = errno ? errno : EIO; /* reported with the output's errors */
    } else if (ws.err) {
        sc_msg_error("%s: cannot write a temporary file: %s", path, strerror(errno));
        j->rc = -1;
    }
    sc_writer_free(ws.w);
    if (!j->direct) { /* flush into the spool, to be copied out */
        if (fclose(j->tmp) != 0 && !ws.err) {
            sc_msg_error("%s: cannot write a temporary file: %s", path, strerror(errno));
            j->rc = -1;
        }
    }
    j->tmp = NULL;
    j->found = ws.found;
    j->errors = ws.errors;
    j->warnings = ws.warnings;
    j->worst = ws.worst;
    sc_msg_capture(NULL);
}

/* Called with the lock held and the turn taken: copies every finished file
 * at the head of the output out, in order, the lock released meanwhile. */
static void write_ready(batch *b)
{
    sc_batch_result *res = b->res;
    while (!b->stop && b->written < b->n && b->job[b->written].done) {
        int k = b->written;
        job *j = &b->job[k];
        pthread_mutex_unlock(&b->mu);
        if (j->rc != 0)
            res->trouble = 1;
        res->found += j->found;
        if (j->worst > res->worst)
            res->worst = j->worst;
        sc_spool *sp = j->sp;
        j->sp = NULL;
        if (j->direct) {
            if (j->write_err || ferror(b->out))
                res->write_error = j->write_err ? j->write_err : EIO;
        } else if (sp) {
            if (!res->write_error)
                res->write_error = b->framed ? sc_spool_copy_new(sp, b->out, &b->keys)
                                             : sc_spool_copy(sp, b->out);
            if (sc_spool_reset(sp) != 0) { /* cannot be reused */
                sc_spool_free(sp);
                sp = NULL;
            }
        }
        if (j->msgs.len) { /* as -j 1: the records so far, then the messages */
            if (b->out == stdout && fflush(stdout) != 0 && !res->write_error)
                res->write_error = errno ? errno : EIO; /* (the turn holder owns it) */
            sc_msg_replay(&j->msgs);
        }
        if (b->prog)
            sc_progress_file(b->prog, b->paths[k], j->found, j->errors, j->warnings);
        pthread_mutex_lock(&b->mu);
        if (sp && b->npool < POOL_MAX) /* empty, kept for a later input */
            b->pool[b->npool++] = sp;
        else
            sc_spool_free(sp);
        b->written = k + 1;
        if (res->write_error)
            b->stop = 1;
        pthread_cond_broadcast(&b->room);
    }
}

static void *worker(void *arg)
{
    batch *b = arg;
    sc_scanner *s = sc_scanner_new(b->rules, b->opt);
    recbuf rec = { NULL, NULL, 0 };
    if (b->framed && (rec.f = open_memstream(&rec.buf, &rec.size)) != NULL)
        __fsetlocking(rec.f, FSETLOCKING_BYCALLER);
    pthread_mutex_lock(&b->mu);
    for (;;) {
        while (!b->stop && b->next < b->n && b->next >= b->written + BATCH_AHEAD * b->jobs)
            pthread_cond_wait(&b->room, &b->mu);
        if (b->stop || b->next >= b->n)
            break;
        int k = b->next++;
        job *j = &b->job[k];
        /* every earlier input is already out: write this one straight to
         * the output (nothing else writes to it until this one is done) */
        j->direct = k == b->written;
        j->sp = !j->direct && b->npool > 0 ? b->pool[--b->npool] : NULL;
        pthread_mutex_unlock(&b->mu);
        scan_one(b, s, &rec, k);
        pthread_mutex_lock(&b->mu);
        j->done = 1;
        if (!b->writing) { /* take the turn, unless another thread has it */
            b->writing = 1;
            write_ready(b);
            b->writing = 0;
        }
    }
    pthread_mutex_unlock(&b->mu);
    sc_scanner_free(s);
    if (rec.f)
        fclose(rec.f);
    free(rec.buf);
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
    b.wo.header = 0; /* the CSV header (and byte-order mark) is written once, below */
    b.wo.bom = 0;
    b.io = io;
    b.out = out;
    b.res = res;
    b.prog = prog;
    b.framed = fmt == SC_FMT_BIBTEX || fmt == SC_FMT_BIBLATEX;
    b.store = sc_spool_store_new();
    b.job = calloc((size_t)n, sizeof *b.job);
    pthread_t *th = calloc((size_t)jobs, sizeof *th);
    res->found = 0;
    res->worst = -1;
    res->trouble = 0;
    res->write_error = 0;
    if (!b.job || !th || !b.store) {
        free(b.job);
        free(th);
        sc_spool_store_free(b.store);
        sc_msg_error("out of memory");
        return -1;
    }
    pthread_mutex_init(&b.mu, NULL);
    pthread_cond_init(&b.room, NULL);
    if (fmt == SC_FMT_CSV && (wo->header || wo->bom)) {
        sc_writer *hw = sc_writer_new(fmt, out, wo);
        if (!hw || sc_writer_finish(hw) != 0)
            res->write_error = errno ? errno : EIO;
        sc_writer_free(hw);
    }
    /* this thread is one of the jobs; a thread that cannot start is one
     * fewer, not a failure */
    int started = 0;
    if (jobs > 1) /* no message may flush the output under a writer (msg.h) */
        sc_msg_stdout_shared(1);
    for (int i = 1; i < jobs; i++)
        if (pthread_create(&th[started], NULL, worker, &b) == 0)
            started++;
    worker(&b);
    for (int i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    sc_msg_stdout_shared(0);
    for (int k = 0; k < n; k++) {
        sc_spool_free(b.job[k].sp);
        sc_msg_buf_free(&b.job[k].msgs); /* (an input after a failed write: not out) */
    }
    for (int i = 0; i < b.npool; i++)
        sc_spool_free(b.pool[i]);
    sc_spool_store_free(b.store);
    sc_strset_free(&b.keys);
    pthread_mutex_destroy(&b.mu);
    pthread_cond_destroy(&b.room);
    free(b.job);
    free(th);
    return 0;
}
