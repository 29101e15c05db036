/*
 * input_doc.c -- DOCX and PDF inputs (see input_doc.h): recognizing them,
 * getting them into a regular file (a pipe is copied to an unlinked
 * temporary file, with a hard cap), and feeding extracted text through the
 * input's tee into the scanner.  The extraction itself is in input_docx.c
 * and input_pdf.c.
 */
#include "input_doc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ctype.h"
#include "msg.h"

int sc_doc_format_from_name(const char *name)
{
    static const char *const names[] = { "auto", "text", "html", "docx", "pdf", "rtf", "odt", "json" };
    for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
        if (strcmp(name, names[i]) == 0)
            return i; /* the order of sc_doc_format */
    return -1;
}

/* Does @p s end with @p suf, ASCII case ignored? */
static int ends_with_ci(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    if (a < b)
        return 0;
    for (size_t i = 0; i < b; i++)
        if (sc_tolower(s[a - b + i]) != sc_tolower(suf[i]))
            return 0;
    return 1;
}

int sc_doc_route(const sc_input_opts *o, const char *path, const uint8_t *b, size_t n)
{
    if (o->format == SC_DOC_DOCX || o->format == SC_DOC_PDF || o->format == SC_DOC_RTF ||
        o->format == SC_DOC_ODT)
        return o->format;
    if (o->format != SC_DOC_AUTO)
        return 0;
    if (n >= 5 && memcmp(b, "%PDF-", 5) == 0)
        return SC_DOC_PDF;
    if (n >= 5 && memcmp(b, "{\\rtf", 5) == 0)
        return SC_DOC_RTF;
    /* An OpenDocument text names its type in its first entry, "mimetype",
     * stored uncompressed (the format requires it); or by its name. */
    if (n >= 4 && memcmp(b, "PK\x03\x04", 4) == 0 &&
        ((n > 30 && memmem(b + 30, n - 30 < 100 ? n - 30 : 100,
                           "application/vnd.oasis.opendocument.text", 39) != NULL) ||
         ends_with_ci(path, ".odt")))
        return SC_DOC_ODT;
    /* A ZIP is a DOCX by its name, or by its main part's local header,
     * which Word, LibreOffice and pandoc all write near the start. */
    if (n >= 4 && memcmp(b, "PK\x03\x04", 4) == 0 &&
        (ends_with_ci(path, ".docx") || ends_with_ci(path, ".docm") ||
         memmem(b, n, "word/document.xml", 17) != NULL))
        return SC_DOC_DOCX;
    return 0;
}

int sc_doc_tmpfd(void)
{
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = "/tmp";
#ifdef O_TMPFILE
    int fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0)
        return fd;
#endif
    char tmpl[4096];
    if ((size_t)snprintf(tmpl, sizeof tmpl, "%s/statcite-XXXXXX", dir) >= sizeof tmpl) {
        errno = ENAMETOOLONG;
        return -1;
    }
    int t = mkostemp(tmpl, O_CLOEXEC);
    if (t >= 0)
        unlink(tmpl);
    return t;
}

int sc_doc_feed(sc_scanner *s, const sc_input_opts *o, const char *path, const void *p, size_t n)
{
    if (n == 0)
        return 0;
    if (o->tee && o->tee(p, n, o->tee_user) != 0)
        return 1;
    if (sc_scanner_feed(s, p, n) != 0) {
        sc_msg_error("%s: out of memory", path);
        return -1;
    }
    return 0;
}

static int write_all(int fd, const uint8_t *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Copies head[0..nhead) and the rest of @p fd to a temporary file; returns
 * its descriptor (at offset 0) or -1 (message printed). */
static int spool(int fd, uint8_t *buf, size_t bufsz, size_t nhead, const char *path,
                 const char *what)
{
    int t = sc_doc_tmpfd();
    if (t < 0) {
        sc_msg_error("%s: cannot create a temporary file for the %s: %s", path, what,
                     strerror(errno));
        return -1;
    }
    uint64_t total = nhead;
    int err = write_all(t, buf, nhead) != 0 ? errno : 0;
    while (!err) {
        ssize_t n = read(fd, buf, bufsz);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            sc_msg_error("%s: read error after %llu bytes: %s", path, (unsigned long long)total,
                         strerror(errno));
            close(t);
            return -1;
        }
        if (n == 0)
            break;
        total += (uint64_t)n;
        if (total > SC_DOC_SPOOL_MAX) {
            sc_msg_error("%s: a %s over %u MiB from a pipe; not scanned (give it as a file)", path,
                         what, SC_DOC_SPOOL_MAX >> 20);
            close(t);
            return -1;
        }
        if (write_all(t, buf, (size_t)n) != 0)
            err = errno;
    }
    if (err || lseek(t, 0, SEEK_SET) != 0) {
        sc_msg_error("%s: cannot write a temporary file for the %s: %s", path, what,
                     strerror(err ? err : errno));
        close(t);
        return -1;
    }
    return t;
}

int sc_input_doc(int kind, int fd, uint8_t *buf, size_t bufsz, size_t nhead, const char *path,
                 const char *name, sc_scanner *s, const sc_input_opts *o, sc_drain_fn drain,
                 void *user)
{
    if (kind == SC_DOC_RTF) /* decoded as it is read: no file needed */
        return sc_input_rtf(fd, buf, bufsz, nhead, path, name, s, o, drain, user);
    const char *what = kind == SC_DOC_PDF ? "PDF" : kind == SC_DOC_ODT ? "OpenDocument text" : "DOCX";
    struct stat st;
    int dfd = fd, rc;
    /* a file that the input started at the beginning of: read it again */
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && lseek(fd, 0, SEEK_CUR) == (off_t)nhead &&
        lseek(fd, 0, SEEK_SET) == 0) {
        dfd = fd;
    } else if ((dfd = spool(fd, buf, bufsz, nhead, path, what)) < 0) {
        return -1;
    }
    sc_scanner_set_input(s, SC_INPUT_TEXT); /* the extracted text is text */
    if (kind == SC_DOC_PDF)
        rc = sc_input_pdf(dfd, path, name, s, o, drain, user);
    else if (kind == SC_DOC_ODT)
        rc = sc_input_odt(dfd, path, name, s, o, drain, user);
    else
        rc = sc_input_docx(dfd, path, name, s, o, drain, user);
    if (dfd != fd)
        close(dfd);
    return rc;
}
