/*
 * outfile.c -- opening, finishing and cleaning up the run's output
 * (see outfile.h).
 */
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "msg.h"

/* The temporary file a signal must remove (one output per run). */
static char *volatile pending_tmp;

static void on_signal(int sig)
{
    char *t = pending_tmp;
    if (t)
        unlink(t); /* async-signal-safe */
    signal(sig, SIG_DFL);
    raise(sig); /* die of the signal: the shell reports 128 + sig */
}

static void catch_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    int sigs[] = { SIGINT, SIGTERM, SIGHUP };
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction old;
        /* leave a signal ignored by the parent (nohup) ignored */
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        sigaction(sigs[i], &sa, NULL);
    }
}

int sc_outfile_check_inputs(const char *path, char *const *names, int n)
{
    struct stat out;
    int is_stdout = !path || strcmp(path, "-") == 0;
    if (is_stdout ? fstat(STDOUT_FILENO, &out) != 0 : stat(path, &out) != 0)
        return 0; /* does not exist yet: cannot be an input */
    if (!S_ISREG(out.st_mode))
        return 0;
    for (int i = 0; i < (n ? n : 1); i++) {
        const char *in = n ? names[i] : "-";
        struct stat st;
        int ok = strcmp(in, "-") == 0 ? fstat(STDIN_FILENO, &st) : stat(in, &st);
        if (ok == 0 && S_ISREG(st.st_mode) && st.st_dev == out.st_dev && st.st_ino == out.st_ino) {
            sc_msg_error("%s: input file is also the output%s", strcmp(in, "-") ? in : "<stdin>",
                         is_stdout ? " (standard output)" : "");
            return -1;
        }
    }
    return 0;
}

/* Output not read as it comes (a file, a pipe) is written in big pieces:
 * stdio's default buffer is a disk block, a write call per 4 KiB. */
#define OUT_BUF (256u * 1024u)
static void big_buffer(FILE *f)
{
    static char buf[OUT_BUF]; /* one output per run; glibc sizes a NULL buffer itself */
    if (!isatty(fileno(f)))
        setvbuf(f, buf, _IOFBF, sizeof buf);
}

int sc_outfile_open(sc_outfile *o, const char *path)
{
    memset(o, 0, sizeof *o);
    o->f = stdout;
    if (!path || strcmp(path, "-") == 0) {
        big_buffer(stdout);
        return 0;
    }
    o->path = path;
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode)) {
            sc_msg_error("%s: cannot write: %s", path, strerror(EISDIR));
            return -1;
        }
        /* a device, FIFO or terminal: written in place, never replaced */
        int fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY);
        if (fd < 0 || !(o->f = fdopen(fd, "w"))) {
            sc_msg_error("%s: cannot write: %s", path, strerror(errno));
            if (fd >= 0)
                close(fd);
            o->f = NULL;
            return -1;
        }
        return 0;
    }
    /* a regular file (or none yet): beside the file a symlink points to */
    char *real = realpath(path, NULL);
    o->target = real ? real : strdup(path);
    size_t n = o->target ? strlen(o->target) + 8 : 0;
    o->tmp = n ? malloc(n) : NULL;
    if (!o->tmp) {
        sc_msg_error("%s: out of memory", path);
        free(o->target);
        o->target = NULL;
        return -1;
    }
    snprintf(o->tmp, n, "%s.XXXXXX", o->target);
    catch_signals();
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old); /* no signal between create and record */
    int fd = mkostemp(o->tmp, O_CLOEXEC);
    if (fd >= 0)
        pending_tmp = o->tmp;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (fd < 0 || !(o->f = fdopen(fd, "w"))) {
        sc_msg_error("%s: cannot write: %s", path, strerror(errno));
        if (fd >= 0) {
            close(fd);
            pending_tmp = NULL;
            unlink(o->tmp);
        }
        free(o->tmp);
        free(o->target);
        memset(o, 0, sizeof *o);
        return -1;
    }
    fchmod(fd, 0644);
    big_buffer(o->f);
    return 0;
}

int sc_outfile_close(sc_outfile *o, int failed)
{
    int err = failed;
    if (o->f == stdout || !o->f) {
        if (o->f && fflush(stdout) != 0 && !err)
            err = errno;
        return err;
    }
    if (fflush(o->f) != 0 && !err)
        err = errno;
    if (o->tmp && !err && fsync(fileno(o->f)) != 0)
        err = errno;
    if (fclose(o->f) != 0 && !err)
        err = errno;
    o->f = NULL;
    if (o->tmp) {
        if (err || rename(o->tmp, o->target) != 0) {
            if (!err)
                err = errno;
            unlink(o->tmp);
        }
        pending_tmp = NULL;
        free(o->tmp);
        free(o->target);
        o->tmp = o->target = NULL;
    }
    return err;
}
