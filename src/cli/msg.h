/*
 * msg.h -- every message the program prints to stderr goes through here,
 * with one prefix ("statcite: "), like curl's tool_msgs.c.
 */
#ifndef SC_CLI_MSG_H
#define SC_CLI_MSG_H

#include <stddef.h>

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

/** Messages held back instead of printed (sc_msg_capture), to be printed
 *  later, in order, with sc_msg_replay. */
typedef struct sc_msgbuf {
    char *p;
    size_t len, cap;
} sc_msgbuf;

/** While @p b is given, every message the calling thread emits is appended
 *  to @p b instead of printed (other threads are not affected); NULL prints
 *  them again.  A batch thread (batch.c) holds an input's messages until
 *  every earlier input's are out, so that stderr under -j N is that of -j 1
 *  byte for byte, and whole lines: no two threads write stderr at once. */
void sc_msg_capture(sc_msgbuf *b);

/** Prints the messages held in @p b to stderr (erasing a progress line
 *  first) and empties it. */
void sc_msg_replay(sc_msgbuf *b);

/** Frees what @p b holds. */
void sc_msg_buf_free(sc_msgbuf *b);

/** Prints "statcite: " and an informational line (e.g. --summary) on stderr;
 *  silenced by --quiet. */
void sc_msg_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
