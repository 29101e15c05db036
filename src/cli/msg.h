/*
 * msg.h -- every message the program prints to stderr goes through here,
 * with one prefix ("statcite: "), like curl's tool_msgs.c.
 */
#ifndef SC_CLI_MSG_H
#define SC_CLI_MSG_H

/** Prints "statcite: <message>\n" to stderr. */
void sc_msg_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/** Prints "statcite: warning: <message>\n" to stderr (unless quiet). */
void sc_msg_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/** Silences warnings (--quiet); errors are always printed. */
void sc_msg_set_quiet(int quiet);

/** Says whether a progress line is on the terminal (progress.c): the next
 *  message erases it first. */
void sc_msg_dirty(int dirty);

/** Says whether threads other than the caller may be writing stdout (a
 *  batch's, batch.c).  While on, a message does not flush stdout first:
 *  the writers own their stream and write it without stdio's lock
 *  (writer.h), so a flush from another thread would lose or repeat their
 *  bytes.  Off (the default), stdout is flushed to keep the two streams in
 *  order on a terminal. */
void sc_msg_stdout_shared(int on);

/** Prints "statcite: " and an informational line (e.g. --summary) on stderr;
 *  silenced by --quiet. */
void sc_msg_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
