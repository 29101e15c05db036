/*
 * input_pdf.c -- PDF input: poppler's pdftotext (Debian package
 * poppler-utils) runs as a child process, started with posix_spawnp (never
 * through a shell), reading the PDF from an inherited descriptor and
 * writing UTF-8 text to a pipe that is read in bounded chunks into the
 * scanner.  Plain mode, not -layout: it keeps a paragraph's words in
 * reading order, dehyphenates line ends, and puts each running head on a
 * line of its own, so citations stay whole.  pdftotext ends every page with
 * a form feed; the scanner counts them (sc_scanner_set_pages), so every
 * citation carries its page.
 */
#include "input_doc.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ctype.h"
#include "msg.h"

extern char **environ;

#define PDF_CHUNK (64u * 1024u)
#define PDF_TOOL "pdftotext"

int sc_input_pdf(int fd, const char *path, const char *name, sc_scanner *s,
                 const sc_input_opts *o, sc_drain_fn drain, void *user)
{
    sc_scanner_set_pages(s, 1);
    int pfd[2];
    if (pipe2(pfd, O_CLOEXEC) != 0) {
        sc_msg_error("%s: cannot start %s: %s", path, PDF_TOOL, strerror(errno));
        return -1;
    }
    /* The PDF goes to the child as descriptor infd, named /dev/fd/N (a
     * regular file: reopened there, from its start).  -q: pdftotext's
     * messages about a broken PDF are unbounded; its exit status says
     * enough. */
    int infd = 3;
    while (infd == fd || infd == pfd[0] || infd == pfd[1])
        infd++;
    char inname[32];
    snprintf(inname, sizeof inname, "/dev/fd/%d", infd);
    char *argv[] = { PDF_TOOL, "-q", "-enc", "UTF-8", "-eol", "unix", inname, "-", NULL };

    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fd, infd); /* first: fd may be 0 */
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, pfd[1], 1);
    pid_t pid;
    int e = posix_spawnp(&pid, PDF_TOOL, &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(pfd[1]);
    if (e != 0) {
        close(pfd[0]);
        if (e == ENOENT)
            sc_msg_error("%s: cannot read a PDF: %s not found (install the Debian package "
                         "poppler-utils)",
                         path, PDF_TOOL);
        else
            sc_msg_error("%s: cannot start %s: %s", path, PDF_TOOL, strerror(e));
        return -1;
    }

    int rc = 0, text = 0;
    uint8_t *buf = malloc(PDF_CHUNK);
    if (!buf) {
        sc_msg_error("%s: out of memory", path);
        rc = -1;
    }
    while (rc == 0) {
        ssize_t n = read(pfd[0], buf, PDF_CHUNK);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            sc_msg_error("%s: cannot read the output of %s: %s", path, PDF_TOOL, strerror(errno));
            rc = -1;
            break;
        }
        if (n == 0)
            break;
        for (ssize_t i = 0; i < n && !text; i++)
            text = !sc_isspace(buf[i]);
        int fr = sc_doc_feed(s, o, path, buf, (size_t)n);
        if (fr != 0 || (drain && drain(s, name, user) != 0))
            rc = -1;
    }
    free(buf);
    if (rc != 0)
        kill(pid, SIGTERM); /* stop it; it may be blocked writing to the pipe */
    close(pfd[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (rc == 0 && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
        int x = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        if (x == 127)
            sc_msg_error("%s: cannot read a PDF: %s could not be run (install the Debian package "
                         "poppler-utils)",
                         path, PDF_TOOL);
        else if (x == 1)
            sc_msg_error("%s: not a valid PDF (%s cannot open it: damaged, or encrypted with a "
                         "password)",
                         path, PDF_TOOL);
        else if (x == 3)
            sc_msg_error("%s: the PDF does not permit copying its text (%s exit 3)", path,
                         PDF_TOOL);
        else if (x >= 0)
            sc_msg_error("%s: not a valid PDF (%s exit %d)", path, PDF_TOOL, x);
        else
            sc_msg_error("%s: not a valid PDF (%s killed by signal %d)", path, PDF_TOOL,
                         WTERMSIG(status));
        rc = -1;
    }
    if (rc != 0)
        return -1;
    if (!text)
        sc_msg_warn("%s: the PDF has no text (scanned pages need OCR first, e.g. ocrmypdf)", path);
    sc_scanner_finish(s);
    if (drain && drain(s, name, user) != 0)
        return -1;
    return 0;
}
