/*
 * term.h -- the width of the terminal the text table is written to.
 */
#ifndef SC_CLI_TERM_H
#define SC_CLI_TERM_H

/** The columns to fit output to @p fd in: $COLUMNS when it is a number
 *  from 20 to 10000, else the terminal's width when @p fd is one, else 0
 *  (no limit). */
int sc_term_width(int fd);

#endif
