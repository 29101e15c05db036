/*
 * input_doc.h -- documents that are not text: a DOCX (input_docx.c: its
 * text extracted with libzip and libxml2, loaded at run time by doclibs.c
 * on the first DOCX or ODT), a PDF (input_pdf.c: its text
 * from poppler's pdftotext, page by page), an OpenDocument text (the DOCX
 * reader's walk over its content.xml) or an RTF document (input_rtf.c:
 * decoded as it is read).  input.c recognizes them
 * (sc_doc_route) and hands them over (sc_input_doc); the extracted UTF-8
 * text is then scanned like text input, so offsets, lines and columns point
 * into the extracted text, and the document keeps its file name.
 */
#ifndef SC_CLI_INPUT_DOC_H
#define SC_CLI_INPUT_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "input.h"

/* Hard caps (zip bombs, endless pipes). */
#define SC_DOC_SPOOL_MAX (256u << 20)   /* a DOCX or PDF read from a pipe      */
#define SC_DOCX_UNZIP_MAX (256u << 20)  /* uncompressed bytes of the parts read */
#define SC_DOCX_ENTRIES_MAX 10000       /* entries in the ZIP archive          */

/** Returns SC_DOC_DOCX, SC_DOC_PDF, SC_DOC_RTF or SC_DOC_ODT when the input
 *  that starts with @p b[0..n) and is named @p path is to be read as one (by
 *  --input-format, or, with auto, by "%PDF-", by "{\rtf", by "PK\3\4" and
 *  an OpenDocument text mimetype or a .odt name, or by "PK\3\4" and a
 *  .docx/.docm name or a word/document.xml entry), else 0. */
int sc_doc_route(const sc_input_opts *o, const char *path, const uint8_t *b, size_t n);

/**
 * Scans the DOCX or PDF (@p kind from sc_doc_route) open on @p fd as one
 * document @p name: @p head[0..nhead) are the bytes already read from
 * @p fd (@p buf, of @p bufsz bytes, may be reused); a file is read from its
 * start again, a pipe is first copied to an unlinked temporary file (at
 * most SC_DOC_SPOOL_MAX bytes).  Feeds the scanner (reset by the caller),
 * drains after every chunk and at the end.  Returns 0, or -1 when the input
 * was refused or failed (the message is printed).
 */
int sc_input_doc(int kind, int fd, uint8_t *buf, size_t bufsz, size_t nhead, const char *path,
                 const char *name, sc_scanner *s, const sc_input_opts *o, sc_drain_fn drain,
                 void *user);

/** Feeds @p p[0..n) to the scanner through the input's tee (input.h).
 *  Returns 0, 1 when the tee refused (it printed why), or -1 when out of
 *  memory (printed here, naming @p path). */
int sc_doc_feed(sc_scanner *s, const sc_input_opts *o, const char *path, const void *p, size_t n);

/** Opens an unlinked temporary file for reading and writing (close-on-exec),
 *  or returns -1 with errno set. */
int sc_doc_tmpfd(void);

/** DOCX on @p fd (a regular file, read from offset 0; not closed here). */
int sc_input_docx(int fd, const char *path, const char *name, sc_scanner *s,
                  const sc_input_opts *o, sc_drain_fn drain, void *user);

/** RTF on @p fd, streamed (input_rtf.c): @p buf[0..nhead) are its first
 *  bytes, the rest is read from @p fd (a file or a pipe). */
int sc_input_rtf(int fd, uint8_t *buf, size_t bufsz, size_t nhead, const char *path,
                 const char *name, sc_scanner *s, const sc_input_opts *o, sc_drain_fn drain,
                 void *user);

/** OpenDocument text on @p fd (a regular file, read from offset 0; not
 *  closed here): its content.xml, through the DOCX reader's walk. */
int sc_input_odt(int fd, const char *path, const char *name, sc_scanner *s,
                 const sc_input_opts *o, sc_drain_fn drain, void *user);

/** PDF on @p fd (a regular file, read from offset 0; not closed here):
 *  pdftotext runs as a child process and its output is read in chunks. */
int sc_input_pdf(int fd, const char *path, const char *name, sc_scanner *s,
                 const sc_input_opts *o, sc_drain_fn drain, void *user);

#endif
