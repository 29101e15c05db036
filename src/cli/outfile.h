/*
 * outfile.h -- the output of a run (-o FILE or standard output), opened so
 * that no run destroys data: an output that is one of the inputs is refused;
 * a regular file is written under a temporary name beside it (beside the
 * file a symbolic link points to) and renamed when complete; anything else
 * (/dev/null, a FIFO, a terminal) is written in place; SIGINT and SIGTERM
 * remove the temporary file before the program dies of the signal (exit
 * status 130 / 143 in a shell).
 */
#ifndef SC_CLI_OUTFILE_H
#define SC_CLI_OUTFILE_H

#include <stdio.h>

/** An open output.  Owns tmp and target; f is stdout or a stream it owns. */
typedef struct sc_outfile {
    FILE *f;            /* where the records go                          */
    const char *path;   /* -o's argument, NULL for standard output       */
    char *target;       /* the file renamed onto (symlinks resolved)     */
    char *tmp;          /* the temporary file, NULL when written in place */
} sc_outfile;

/**
 * Returns 0 when the output @p path (NULL or "-": standard output) is none
 * of the @p n inputs @p names ("-" is standard input); else prints
 * "FILE: input file is also the output" and returns -1.  Only a regular
 * file can be both; compared by device and inode.
 */
int sc_outfile_check_inputs(const char *path, char *const *names, int n);

/** Opens @p path (NULL or "-": standard output) as described at the top.
 *  Returns 0, or -1 after printing why. */
int sc_outfile_open(sc_outfile *o, const char *path);

/**
 * Flushes and closes the output; @p failed (an errno, 0 when the run wrote
 * everything) makes it drop the temporary file instead of renaming it.
 * Returns @p failed, or the errno of a failed flush, sync, close or rename
 * (the temporary file is then removed).  Frees what it owns.
 */
int sc_outfile_close(sc_outfile *o, int failed);

#endif
