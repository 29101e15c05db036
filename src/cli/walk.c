/*
 * walk.c -- folders as inputs, with -r (see walk.h).
 */
#include "walk.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "input_doc.h"
#include "msg.h"

typedef struct names {
    char **v;
    int n, cap;
} names;

static int push(names *a, char *s)
{
    if (a->n == a->cap) {
        if (a->cap >= SC_WALK_FILES_MAX) {
            errno = EFBIG;
            return -1;
        }
        int cap = a->cap ? a->cap * 2 : 64;
        char **v = realloc(a->v, (size_t)cap * sizeof *v);
        if (!v)
            return -1;
        a->v = v;
        a->cap = cap;
    }
    a->v[a->n++] = s;
    return 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Is the regular file @p path text (or a document statcite reads)?
 * Prints a warning when it is skipped. */
static int wanted(const char *path, const sc_input_opts *io)
{
    if (io->binary_as_text || io->format != SC_DOC_AUTO)
        return 1;
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return 1; /* let the reader say why it cannot be read */
    static _Thread_local uint8_t head[64 * 1024];
    ssize_t n;
    do
        n = read(fd, head, sizeof head);
    while (n < 0 && errno == EINTR);
    close(fd);
    if (n <= 0)
        return 1;
    if (sc_doc_route(io, path, head, (size_t)n))
        return 1;
    const char *kind = sc_input_binary_kind(head, (size_t)n, path);
    if (!kind)
        return 1;
    sc_msg_warn("%s: binary file (%s); skipped", path, kind);
    return 0;
}

/* Adds the files under folder @p dir to @p out. */
static int walk(const char *dir, int depth, names *out, const sc_input_opts *io, int *trouble)
{
    if (depth > SC_WALK_DEPTH_MAX) {
        sc_msg_error("%s: more than %d folders deep; not entered", dir, SC_WALK_DEPTH_MAX);
        (*trouble)++;
        return 0;
    }
    DIR *d = opendir(dir);
    if (!d) {
        sc_msg_error("%s: %s", dir, strerror(errno));
        (*trouble)++;
        return 0;
    }
    names here = { 0 };
    size_t dl = strlen(dir);
    int rc = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        size_t n = dl + strlen(e->d_name) + 2;
        char *p = malloc(n);
        if (!p || push(&here, p) != 0) {
            free(p);
            rc = -1;
            break;
        }
        snprintf(p, n, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", e->d_name);
    }
    closedir(d);
    if (here.n)
        qsort(here.v, (size_t)here.n, sizeof *here.v, by_name);
    for (int i = 0; i < here.n; i++) {
        char *p = here.v[i];
        struct stat st;
        if (rc != 0 || lstat(p, &st) != 0 || S_ISLNK(st.st_mode)) {
            free(p); /* a link inside a folder is not followed (grep -r) */
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            rc = walk(p, depth + 1, out, io, trouble);
            free(p);
        } else if (S_ISREG(st.st_mode) && wanted(p, io)) {
            if (push(out, p) != 0) {
                free(p);
                rc = -1;
            }
        } else {
            free(p);
        }
    }
    free(here.v);
    return rc;
}

int sc_walk_expand(sc_filelist *fl, const sc_input_opts *io, int *trouble)
{
    names all = { 0 }, owned = { 0 };
    for (int i = 0; i < fl->n; i++) {
        struct stat st;
        if (strcmp(fl->names[i], "-") == 0 || stat(fl->names[i], &st) != 0 || !S_ISDIR(st.st_mode)) {
            if (push(&all, fl->names[i]) != 0)
                goto fail;
            continue;
        }
        int first = all.n;
        if (walk(fl->names[i], 0, &all, io, trouble) != 0)
            goto fail;
        for (int k = first; k < all.n; k++)
            if (push(&owned, all.v[k]) != 0)
                goto fail;
    }
    if (push(&all, NULL) != 0)
        goto fail;
    free(fl->names);
    fl->names = all.v;
    fl->n = all.n - 1;
    fl->owned = owned.v;
    fl->nowned = owned.n;
    return 0;
fail:
    sc_msg_error("%s", errno == EFBIG ? "too many files in the folders given" : "out of memory");
    for (int k = 0; k < owned.n; k++)
        free(owned.v[k]);
    free(owned.v);
    free(all.v);
    return -1;
}
