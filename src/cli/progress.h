/*
 * progress.h -- the progress line of long batches and the --summary line.
 * The progress line appears only on a terminal (stderr), only once a run has
 * taken more than a second, and is redrawn at most ten times a second; it is
 * erased before anything else is written to stderr at the end.
 */
#ifndef SC_CLI_PROGRESS_H
#define SC_CLI_PROGRESS_H

#include <stdint.h>

typedef struct sc_progress {
    int live;       /* draw the progress line (stderr is a terminal)   */
    int summary;    /* print the summary line at the end (--summary)   */
    int nfiles, done;
    uint64_t bytes; /* of the inputs finished so far                    */
    long cites, errors, warnings;
    double t0, last;
    int drawn;      /* a progress line is on the screen                 */
} sc_progress;

/** Starts counting a run over @p nfiles inputs. */
void sc_progress_init(sc_progress *p, int nfiles, int summary);

/** Records one finished input (@p path, for its size; "-" for stdin) with
 *  its citations and the citations with an error or a warning. */
void sc_progress_file(sc_progress *p, const char *path, long cites, long errors,
                      long warnings);

/** Erases the progress line; prints the summary line when asked. */
void sc_progress_end(sc_progress *p);

#endif
