/*
 * filelist.h -- the names of a run's inputs: those given as arguments, then
 * those read from a list (--files-from FILE), so that a batch of any size is
 * one run (one CSV header, one BibTeX key set, one exit status) however long
 * the command line would have been.
 */
#ifndef SC_CLI_FILELIST_H
#define SC_CLI_FILELIST_H

#define SC_FILELIST_MAX_BYTES (256u << 20) /* a list file larger is refused */

/** The inputs' names.  Owns names[] and the list's bytes, not the argv
 *  strings it points into. */
typedef struct sc_filelist {
    char **names;
    int n;
    char *buf; /* the list's bytes, split in place */
    char **owned; /* names made by walking folders (walk.h), owned here */
    int nowned;
} sc_filelist;

/**
 * Fills @p fl with the @p nargs names of @p args, then, when @p from is not
 * NULL, the names listed in the file @p from ("-": standard input): one a
 * line (a CR before the newline is dropped), or, when the list holds a NUL
 * byte, one per NUL-terminated entry (find -print0); empty entries are
 * skipped.  Returns 0, or -1 after printing why (unreadable, too large,
 * standard input both the list and an input).
 */
int sc_filelist_build(sc_filelist *fl, char **args, int nargs, const char *from);

/** Frees what sc_filelist_build() allocated. */
void sc_filelist_free(sc_filelist *fl);

#endif
