/*
 * progress.c -- progress line and summary line (see progress.h).
 */
#include "progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "msg.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void sc_progress_init(sc_progress *p, int nfiles, int summary)
{
    memset(p, 0, sizeof *p);
    p->nfiles = nfiles;
    p->summary = summary;
    const char *term = getenv("TERM");
    p->live = isatty(STDERR_FILENO) && !(term && strcmp(term, "dumb") == 0);
    p->t0 = p->last = now();
}

static double mb_per_s(const sc_progress *p, double t)
{
    return t > p->t0 ? (double)p->bytes / 1e6 / (t - p->t0) : 0.0;
}

void sc_progress_file(sc_progress *p, const char *path, long cites, long errors, long warnings)
{
    struct stat st;
    p->done++;
    p->cites += cites;
    p->errors += errors;
    p->warnings += warnings;
    if (path && strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISREG(st.st_mode))
        p->bytes += (uint64_t)st.st_size;
    if (!p->live)
        return;
    double t = now();
    if (t - p->t0 < 1.0 || t - p->last < 0.1)
        return;
    p->last = t;
    fprintf(stderr, "\rstatcite: %d/%d files, %.0f MB/s, %ld citations, %ld errors\033[K",
            p->done, p->nfiles, mb_per_s(p, t), p->cites, p->errors);
    fflush(stderr);
    p->drawn = 1;
    sc_msg_dirty(1);
}

void sc_progress_end(sc_progress *p)
{
    if (p->drawn) {
        fputs("\r\033[K", stderr);
        fflush(stderr);
        p->drawn = 0;
        sc_msg_dirty(0);
    }
    if (!p->summary)
        return;
    double t = now() - p->t0;
    sc_msg_info("%d file%s, %ld citation%s, %ld with errors, %ld with warnings; %.1f MB in "
                "%.2f s (%.0f MB/s)",
                p->done, p->done == 1 ? "" : "s", p->cites, p->cites == 1 ? "" : "s", p->errors,
                p->warnings, (double)p->bytes / 1e6, t, mb_per_s(p, now()));
}
