/*
 * explain.h -- statcite --explain CODE: prints the section of docs/checks.md
 * (compiled into the binary) that documents a diagnostic code.
 */
#ifndef SC_CLI_EXPLAIN_H
#define SC_CLI_EXPLAIN_H

#include <stdio.h>

/** Prints the documentation of @p code to @p out.  Returns 0, or -1 (with a
 *  message on stderr listing the codes) when there is no such code. */
int sc_explain(const char *code, FILE *out);

#endif
