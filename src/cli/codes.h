/*
 * codes.h -- the diagnostic codes the checker can report, read from the one
 * place that lists them: the "### `code`" headings of docs/checks.md, which
 * is compiled into the program (sc_checks_doc).  A code added to the checker
 * is documented there, and is then known to --disable and --explain.
 */
#ifndef SC_CLI_CODES_H
#define SC_CLI_CODES_H

#include <stddef.h>

/** Returns 1 when @p code (of @p len bytes) is a documented code, else 0. */
int sc_code_known(const char *code, size_t len);

/** Writes the codes, comma-separated, into @p buf (of @p size bytes,
 *  truncated with "..." when too small). */
void sc_code_list(char *buf, size_t size);

/** Copies up to @p max codes' pointers (into the embedded document, each
 *  ending at a backquote; lengths in @p lens) and returns how many. */
int sc_code_all(const char **codes, size_t *lens, int max);

/**
 * Checks a --disable list (comma-separated): every code must be known.
 * Returns 0, or -1 after printing the unknown code, the closest known one
 * ("did you mean"), and the list of codes.
 */
int sc_code_check_list(const char *list);

#endif
