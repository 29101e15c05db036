/*
 * msg.c -- the one emitter of the program's own messages (see msg.h).
 */
#include "msg.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int quiet;
static atomic_int dirty;  /* a progress line is on the terminal */
static atomic_int shared; /* a batch's threads write stdout: not ours to flush */

void sc_msg_dirty(int d) { atomic_store(&dirty, d); }

void sc_msg_stdout_shared(int on) { atomic_store(&shared, on); }

void sc_msg_set_quiet(int q) { quiet = q; }

#define SC_MSG_HOLD_MAX (64u << 10) /* bytes of messages one input holds back */

static _Thread_local sc_msgbuf *capture; /* this thread's messages held back */

void sc_msg_capture(sc_msgbuf *b) { capture = b; }

/* Appends "statcite: <kind><message>\n" to @p b; -1 when out of memory. */
static int hold(sc_msgbuf *b, const char *kind, const char *fmt, va_list ap)
{
    const char *pre = "statcite: ";
    size_t np = strlen(pre), nk = kind ? strlen(kind) : 0;
    va_list aq;
    va_copy(aq, ap);
    int nm = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (nm < 0)
        return -1;
    size_t need = b->len + np + nk + (size_t)nm + 2; /* '\n' and vsnprintf's NUL */
    if (need > SC_MSG_HOLD_MAX)
        return -1; /* a hard cap: past it, printed at once */
    if (need > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < need)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p)
            return -1;
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, pre, np);
    if (nk)
        memcpy(b->p + b->len + np, kind, nk);
    vsnprintf(b->p + b->len + np + nk, (size_t)nm + 1, fmt, ap);
    b->len += np + nk + (size_t)nm;
    b->p[b->len++] = '\n';
    return 0;
}

static void emit(const char *kind, const char *fmt, va_list ap)
{
    if (capture && hold(capture, kind, fmt, ap) == 0)
        return; /* (out of memory: printed now, out of order but not lost) */
    /* keep stdout and stderr in order on a terminal -- unless another
     * thread may be writing stdout: the writers write it without stdio's
     * lock (writer.h), and a flush from here would cut into their bytes */
    if (!capture && !atomic_load(&shared))
        fflush(stdout);
    flockfile(stderr); /* one message, whole */
    if (atomic_exchange(&dirty, 0))
        fputs("\r\033[K", stderr); /* erase the progress line first */
    fputs("statcite: ", stderr);
    if (kind)
        fputs(kind, stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    funlockfile(stderr);
}

void sc_msg_replay(sc_msgbuf *b)
{
    if (!b->len)
        return;
    flockfile(stderr);
    if (atomic_exchange(&dirty, 0))
        fputs("\r\033[K", stderr);
    fwrite(b->p, 1, b->len, stderr);
    funlockfile(stderr);
    b->len = 0;
}

void sc_msg_buf_free(sc_msgbuf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
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
