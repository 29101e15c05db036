/*
 * args.h -- the command line around getopt_long: the command word ('check')
 * wherever it stands among the options, as git and grep users expect, and
 * "did you mean" for a mistyped long option.
 */
#ifndef SC_CLI_ARGS_H
#define SC_CLI_ARGS_H

#include <getopt.h>

/**
 * Finds the first operand of @p argv (skipping options and their arguments,
 * as getopt_long would read them with @p shortopts and @p longopts, long
 * options also abbreviated; nothing after "--") and, when it is @p word,
 * removes it from @p argv (shifting the rest; *argc decreases).  Returns 1
 * when removed, else 0.
 */
int sc_args_take_command(int *argc, char **argv, const char *shortopts,
                         const struct option *longopts, const char *word);

/** For an unknown long option @p arg ("--formt" or "--formt=csv"), returns
 *  the closest option name of @p longopts, or NULL. */
const char *sc_args_suggest(const char *arg, const struct option *longopts);

#endif
