/*
 * batch.h -- scanning the files of a batch on several threads (-j N) with
 * the output in input order, byte-identical to one thread.
 */
#ifndef SC_CLI_BATCH_H
#define SC_CLI_BATCH_H

#include <stdio.h>

#include "input.h"
#include "progress.h"
#include "statcite.h"

/** What a batch found and what went wrong. */
typedef struct sc_batch_result {
    int found;       /* citations written                         */
    int worst;       /* worst diagnostic severity, -1 when none   */
    int trouble;     /* an input could not be read (exit 2)       */
    int write_error; /* errno of a failed write to the output, 0 */
} sc_batch_result;

/**
 * Scans @p n files with @p jobs threads and writes their records in format
 * @p fmt (CSV, JSONL or diagnostics, whose records do not depend on other
 * files, or BibTeX, whose records are kept for the first occurrence of each
 * key in the run) to @p out in input order, byte for byte what one thread
 * writes.  Returns 0, or -1 when it could not start; *res says the rest.
 */
int sc_batch_run(char **paths, int n, int jobs, const sc_rules *rules, const sc_options *opt,
                 sc_format fmt, const sc_write_options *wo, const sc_input_opts *io, FILE *out,
                 sc_batch_result *res,
                 sc_progress *prog);

#endif
