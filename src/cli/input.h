/*
 * input.h -- reads one input (a file, a FIFO or stdin) in bounded chunks and
 * feeds it to a scanner: refuses directories and binary files (with a
 * message saying so and how to override), decodes UTF-16 with a BOM to
 * UTF-8, and never holds more than one chunk in memory.  DOCX and PDF
 * inputs are recognized and handed to input_doc.h, which scans their text.
 */
#ifndef SC_CLI_INPUT_H
#define SC_CLI_INPUT_H

#include <stddef.h>
#include <stdint.h>

#include "statcite.h"

/** What an input is (--input-format): AUTO looks at its name and first bytes. */
typedef enum sc_doc_format {
    SC_DOC_AUTO = 0,
    SC_DOC_TEXT,
    SC_DOC_HTML,
    SC_DOC_DOCX,
    SC_DOC_PDF,
    SC_DOC_RTF,
    SC_DOC_ODT,
    SC_DOC_JSON
} sc_doc_format;

/** Returns the format named @p name ("auto", "text", "html", "docx", "pdf",
 *  "rtf", "odt", "json"), or -1. */
int sc_doc_format_from_name(const char *name);

/** Input settings. */
typedef struct sc_input_opts {
    int binary_as_text; /* --binary-files=text: scan files with NUL bytes */
    sc_input_format input; /* --input-format; AUTO also looks at the name */
    sc_doc_format format;  /* --input-format: DOCX and PDF are extracted first */
    /* When set, called with every block of bytes just before it is fed to
     * the scanner, exactly as fed (UTF-16 already decoded to UTF-8), so
     * citation offsets point into their concatenation (--format html keeps
     * them: report.h).  Nonzero stops the input as an error, the tee having
     * printed why. */
    int (*tee)(const void *p, size_t n, void *user);
    void *tee_user;
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

/** What kind of file that is not text the input named @p path and starting
 *  with @p b[0..n) is ("a PNG image", ...), or NULL when it looks like text.
 *  DOCX and PDF are not text either: check sc_doc_route() first. */
const char *sc_input_binary_kind(const uint8_t *b, size_t n, const char *path);

#endif
