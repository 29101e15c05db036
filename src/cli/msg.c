/*
 * msg.c -- the one emitter of the program's own messages (see msg.h).
 */
#include "msg.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>

static int quiet;
static atomic_int dirty;  /* a progress line is on the terminal */
static atomic_int shared; /* a batch's threads write stdout: not ours to flush */

void sc_msg_dirty(int d) { atomic_store(&dirty, d); }

void sc_msg_stdout_shared(int on) { atomic_store(&shared, on); }

void sc_msg_set_quiet(int q) { quiet = q; }

static void emit(const char *kind, const char *fmt, va_list ap)
{
    /* keep stdout and stderr in order on a terminal -- unless another
     * thread may be writing stdout: the writers write it without stdio's
     * lock (writer.h), and a flush from here would cut into their bytes */
    if (!atomic_load(&shared))
        fflush(stdout);
    if (atomic_exchange(&dirty, 0))
        fputs("\r\033[K", stderr); /* erase the progress line first */
    fputs("statcite: ", stderr);
    if (kind)
        fputs(kind, stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void sc_msg_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    emit(NULL, fmt, ap);
    va_end(ap);
}

void sc_msg_warn(const char *fmt, ...)
{
    if (quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    emit("warning: ", fmt, ap);
    va_end(ap);
}

void sc_msg_info(const char *fmt, ...)
{
    if (quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    emit(NULL, fmt, ap);
    va_end(ap);
}
