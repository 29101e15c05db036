/*
 * filelist.c -- the names of a run's inputs (see filelist.h).
 */
#include "filelist.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"

/* Reads all of fd into a NUL-terminated buffer; NULL with errno set. */
static char *slurp(int fd, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap + 1);
    for (;;) {
        if (!b)
            return NULL;
        ssize_t k = read(fd, b + n, cap - n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            free(b);
            return NULL;
        }
        if (k == 0)
            break;
        n += (size_t)k;
        if (n == cap) {
            if (cap >= SC_FILELIST_MAX_BYTES) {
                free(b);
                errno = EFBIG;
                return NULL;
            }
            char *t = realloc(b, cap * 2 + 1);
            if (!t)
                free(b);
            b = t;
            cap *= 2;
        }
    }
    b[n] = '\0';
    *len = n;
    return b;
}

int sc_filelist_build(sc_filelist *fl, char **args, int nargs, const char *from)
{
    memset(fl, 0, sizeof *fl);
    size_t len = 0, listed = 0;
    char sep = '\n';
    if (from) {
        int is_stdin = strcmp(from, "-") == 0;
        int fd = is_stdin ? STDIN_FILENO : open(from, O_RDONLY | O_CLOEXEC);
        if (fd < 0 || !(fl->buf = slurp(fd, &len))) {
            sc_msg_error("--files-from %s: %s", from,
                         errno == EFBIG ? "larger than 256 MiB" : strerror(errno));
            if (fd >= 0 && !is_stdin)
                close(fd);
            return -1;
        }
        if (!is_stdin)
            close(fd);
        /* NUL-separated when it holds a NUL, else one name a line */
        if (memchr(fl->buf, '\0', len))
            sep = '\0';
        for (size_t i = 0; i < len; i++)
            if (fl->buf[i] == sep)
                listed++;
        listed++;
    }
    if ((size_t)nargs + listed > (size_t)(1 << 30) ||
        !(fl->names = malloc(((size_t)nargs + listed + 1) * sizeof *fl->names))) {
        sc_msg_error("--files-from %s: too many names", from ? from : "");
        sc_filelist_free(fl);
        return -1;
    }
    for (int i = 0; i < nargs; i++)
        fl->names[fl->n++] = args[i];
    if (from) {
        for (size_t i = 0; i < len;) {
            char *name = fl->buf + i;
            size_t k = i;
            while (k < len && fl->buf[k] != sep)
                k++;
            fl->buf[k] = '\0';
            if (sep == '\n' && k > i && fl->buf[k - 1] == '\r')
                fl->buf[k - 1] = '\0';
            i = k + 1;
            if (*name == '\0')
                continue;
            if (strcmp(from, "-") == 0 && strcmp(name, "-") == 0) {
                sc_msg_error("--files-from -: standard input cannot be both the list and an input");
                sc_filelist_free(fl);
                return -1;
            }
            fl->names[fl->n++] = name;
        }
    }
    fl->names[fl->n] = NULL;
    if (from && fl->n == nargs)
        sc_msg_warn("--files-from %s: no names in it", from);
    return 0;
}

void sc_filelist_free(sc_filelist *fl)
{
    for (int i = 0; i < fl->nowned; i++)
        free(fl->owned[i]);
    free(fl->owned);
    free(fl->names);
    free(fl->buf);
    memset(fl, 0, sizeof *fl);
}
