/*
 * fuzz_docx.c -- libFuzzer target over the DOCX reader (src/cli/input_docx.c:
 * libzip, libxml2's streaming reader, notes, page marks) and the scanner
 * behind it.  An input that starts "PK" is taken as the archive itself;
 * anything else as the text of word/document.xml, zipped here with libzip
 * (with, from the input's second half, word/footnotes.xml), since a mutated
 * archive mostly fails its CRC before any XML is read.  Every citation found
 * must lie inside the extracted text.  Built and run by `make fuzz`.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <zip.h>

#include "input_doc.h"
#include "statcite.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static sc_rules *rules;
static sc_scanner *scanner;

static int drain(sc_scanner *s, const char *name, void *user)
{
    (void)name;
    (void)user;
    for (const sc_citation *c; (c = sc_scanner_next(s)) != NULL;)
        if (c->start > c->end || c->end > sc_scanner_offset(s))
            abort(); /* a span outside the text */
    return 0;
}

/* Adds @p n bytes as entry @p name; 0 or -1. */
static int add(zip_t *za, const char *name, const uint8_t *p, size_t n)
{
    zip_source_t *src = zip_source_buffer(za, p, n, 0);
    if (!src)
        return -1;
    if (zip_file_add(za, name, src, ZIP_FL_OVERWRITE) < 0) {
        zip_source_free(src);
        return -1;
    }
    return 0;
}

/* Writes a ZIP holding the input as word/document.xml (and its second half
 * also as word/footnotes.xml) to @p fd; 0 or -1. */
static int zip_input(int fd, const uint8_t *data, size_t size)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *mem = zip_source_buffer_create(NULL, 0, 0, &ze);
    zip_t *za = mem ? zip_open_from_source(mem, ZIP_TRUNCATE, &ze) : NULL;
    int rc = -1;
    if (za) {
        zip_source_keep(mem);
        if (add(za, "word/document.xml", data, size) == 0 &&
            add(za, "word/footnotes.xml", data + size / 2, size - size / 2) == 0 &&
            zip_close(za) == 0) {
            zip_stat_t st;
            if (zip_source_stat(mem, &st) == 0 && zip_source_open(mem) == 0) {
                uint8_t buf[1 << 14];
                zip_int64_t k;
                rc = 0;
                while ((k = zip_source_read(mem, buf, sizeof buf)) > 0)
                    if (write(fd, buf, (size_t)k) != k)
                        rc = -1;
                zip_source_close(mem);
            }
        } else {
            zip_discard(za);
        }
    }
    if (mem)
        zip_source_free(mem);
    zip_error_fini(&ze);
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!rules) {
        char err[256];
        rules = sc_rules_load(NULL, 0, NULL, err, sizeof err);
        if (!rules)
            abort();
        sc_options o;
        sc_options_init(&o);
        o.check = 1;
        scanner = sc_scanner_new(rules, &o);
    }
    int fd = memfd_create("fuzz.docx", MFD_CLOEXEC);
    if (fd < 0)
        return 0;
    int ok = size >= 2 && data[0] == 'P' && data[1] == 'K'
                 ? write(fd, data, size) == (ssize_t)size
                 : zip_input(fd, data, size) == 0;
    if (ok && lseek(fd, 0, SEEK_SET) == 0) {
        sc_input_opts io;
        memset(&io, 0, sizeof io);
        sc_scanner_reset(scanner, "fuzz.docx");
        sc_input_docx(fd, "fuzz.docx", "fuzz.docx", scanner, &io, drain, NULL);
    }
    close(fd);
    return 0;
}
