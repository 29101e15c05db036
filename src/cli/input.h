/*
 * input.h -- reads one input (a file, a FIFO or stdin) in bounded chunks and
 * feeds it to a scanner: refuses directories and binary files (with a
 * message saying so and how to override), decodes UTF-16 with a BOM to
 * UTF-8, and never holds more than one chunk in memory.
 */
#ifndef SC_CLI_INPUT_H
#define SC_CLI_INPUT_H

#include "statcite.h"

/** Input settings. */
typedef struct sc_input_opts {
    int binary_as_text; /* --binary-files=text: scan files with NUL bytes */
    sc_input_format input; /* --input-format; AUTO also looks at the name */
} sc_input_opts;

/** Called after every chunk with the citations the scanner has ready. */
typedef int (*sc_drain_fn)(sc_scanner *s, const char *name, void *user);

/**
 * Scans @p path ("-" for stdin) as one document named @p name.  Calls
 * @p drain after each chunk and at the end.  Returns 0, 1 when the input was
 * skipped as binary, or -1 on an error; the message is already printed.
 */
int sc_input_scan(const char *path, const char *name, sc_scanner *s, const sc_input_opts *o,
                  sc_drain_fn drain, void *user);

#endif
