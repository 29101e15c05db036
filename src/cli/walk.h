/*
 * walk.h -- -r/--recursive: a folder given as an input stands for the files
 * under it, like grep -r: sorted by name (bytewise), symbolic links inside a
 * folder not followed, files that are not regular left out, and files that
 * are not text (binary by their first 64 KiB, the same test as input.c's;
 * DOCX and PDF are read, they are documents) skipped with one warning each.
 */
#ifndef SC_CLI_WALK_H
#define SC_CLI_WALK_H

#include "filelist.h"
#include "input.h"

#define SC_WALK_DEPTH_MAX 64       /* folders deeper are not entered   */
#define SC_WALK_FILES_MAX (1 << 24) /* names a walk may add, in all    */

/**
 * Replaces every folder among @p fl's names by the files under it (kept in
 * @p fl, freed by sc_filelist_free()).  Returns 0, or -1 after printing why
 * (out of memory, too many files).  A folder that cannot be read is
 * reported and counted in *@p trouble.
 */
int sc_walk_expand(sc_filelist *fl, const sc_input_opts *io, int *trouble);

#endif
