/*
 * input.c -- one input, chunk by chunk, into a scanner (see input.h).
 */
#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "input_doc.h"
#include "msg.h"
#include "utf8.h"

#define CHUNK (64u * 1024u)

/* UTF-16 (with a BOM) to UTF-8, across chunk boundaries. */
typedef struct u16dec {
    int big_endian;
    uint8_t carry[1];
    int ncarry;
    unsigned hi; /* pending high surrogate, 0 if none */
} u16dec;


/* Decodes in[0..n) into out (capacity >= 2 * n + 8); returns bytes written. */
static size_t u16_decode(u16dec *d, const uint8_t *in, size_t n, uint8_t *out)
{
    size_t o = 0, i = 0;
    uint8_t pair[2];
    while (i < n) {
        if (d->ncarry) {
            pair[0] = d->carry[0];
            pair[1] = in[i++];
            d->ncarry = 0;
        } else if (i + 1 < n) {
            pair[0] = in[i];
            pair[1] = in[i + 1];
            i += 2;
        } else {
            d->carry[0] = in[i++];
            d->ncarry = 1;
            break;
        }
        unsigned u = d->big_endian ? (unsigned)pair[0] << 8 | pair[1] : (unsigned)pair[1] << 8 | pair[0];
        if (u >= 0xd800 && u < 0xdc00) {
            if (d->hi)
                o += sc_utf8_put(out + o, 0xfffd);
            d->hi = u;
            continue;
        }
        if (u >= 0xdc00 && u < 0xe000) {
            if (d->hi) {
                o += sc_utf8_put(out + o, 0x10000 + ((d->hi - 0xd800) << 10) + (u - 0xdc00));
                d->hi = 0;
            } else {
                o += sc_utf8_put(out + o, 0xfffd);
            }
            continue;
        }
        if (d->hi) {
            o += sc_utf8_put(out + o, 0xfffd);
            d->hi = 0;
        }
        o += sc_utf8_put(out + o, u);
    }
    return o;
}

/* What kind of binary file buf[0..n) starts, or NULL when it looks like
 * text.  Text may hold stray NULs (some Congressional Record pages do), so
 * a file is binary by its magic number, or when control bytes are over 1%
 * or NULs over 30% of its first chunk. */
const char *sc_input_binary_kind(const uint8_t *b, size_t n, const char *path)
{
    static const struct { const char *magic; size_t len; const char *what; } magic[] = {
        { "%PDF", 4, "a PDF file; --input-format pdf reads its text" },
        { "PK\x03\x04", 4, "a ZIP archive; --input-format docx reads a Word file" },
        { "\x7f" "ELF", 4, "an executable" },
        { "\x89PNG", 4, "a PNG image" },
        { "GIF8", 4, "a GIF image" },
        { "\xff\xd8\xff", 3, "a JPEG image" },
        { "\x1f\x8b", 2, "a gzip file; decompress it first, e.g. zcat FILE |" },
        { "\xfd" "7zXZ", 5, "an xz file; decompress it first" },
        { "\xd0\xcf\x11\xe0", 4, "an OLE file (old Word or Excel)" },
    };
    (void)path;
    if (n >= 30 + 47 && memcmp(b, "PK\x03\x04", 4) == 0 &&
        memmem(b + 30, n - 30 < 120 ? n - 30 : 120, "application/vnd.oasis.opendocument", 34))
        return "an OpenDocument file other than a text, which statcite does not read";
    for (size_t i = 0; i < sizeof magic / sizeof magic[0]; i++)
        if (n >= magic[i].len && memcmp(b, magic[i].magic, magic[i].len) == 0)
            return magic[i].what;
    /* NULs, and control characters other than the blanks \t \n \v \f \r
     * (9-13) and ESC, a vector at a time: this reads the first 64 KiB of
     * every input, and a byte loop was 3% of a batch of small files */
    size_t ctrl = 0, nul = 0, i = 0;
#if defined(__SSE2__)
    /* 16 bytes at a time (signed compares: bytes from 0x80 up are none) */
    const __m128i zero = _mm_setzero_si128(), b32 = _mm_set1_epi8(32),
                  b8 = _mm_set1_epi8(8), b14 = _mm_set1_epi8(14), esc = _mm_set1_epi8(0x1b),
                  del = _mm_set1_epi8(0x7f);
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(b + i));
        __m128i low = _mm_and_si128(_mm_cmpgt_epi8(v, zero), _mm_cmplt_epi8(v, b32));
        __m128i blank = _mm_and_si128(_mm_cmpgt_epi8(v, b8), _mm_cmplt_epi8(v, b14));
        __m128i c = _mm_or_si128(_mm_andnot_si128(_mm_or_si128(blank, _mm_cmpeq_epi8(v, esc)), low),
                                 _mm_cmpeq_epi8(v, del));
        nul += (size_t)__builtin_popcount((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, zero)));
        ctrl += (size_t)__builtin_popcount((unsigned)_mm_movemask_epi8(c));
    }
#endif
    for (; i < n; i++) { /* the rest, and every byte without SSE2 */
        uint8_t c = b[i];
        nul += c == 0;
        ctrl += (c > 0 && c < 0x20 && !(c >= '\t' && c <= '\r') && c != 0x1b) || c == 0x7f;
    }
    if (ctrl * 100 > n || nul * 100 > n * 30)
        return "binary data";
    return NULL;
}

/* Feeds @p n bytes in slices of FEED_SLICE, draining the citations after
 * each, so the scanner's queue holds one slice's citations at most (a
 * citation is about 3 KB; a dense 64 KiB chunk of the U.S. Code has
 * hundreds).  Returns 0, -1 when out of memory, 2 when drain failed. */
#define FEED_SLICE (8u * 1024u)
static int feed_drained(sc_scanner *s, const uint8_t *p, size_t n, const char *name,
                        sc_drain_fn drain, void *user)
{
    for (size_t at = 0; at < n; at += FEED_SLICE) {
        size_t k = n - at < FEED_SLICE ? n - at : FEED_SLICE;
        if (sc_scanner_feed(s, p + at, k) != 0)
            return -1;
        if (drain && drain(s, name, user) != 0)
            return 2;
    }
    if (n == 0 && drain && drain(s, name, user) != 0)
        return 2;
    return 0;
}

int sc_input_scan(const char *path, const char *name, sc_scanner *s, const sc_input_opts *o,
                  sc_drain_fn drain, void *user)
{
    int fd = 0, rc = 0;
    int is_stdin = strcmp(path, "-") == 0;
    if (!is_stdin) {
        fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            sc_msg_error("%s: %s", path, strerror(errno));
            return -1;
        }
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            sc_msg_error("%s: is a directory (-r reads the files in it)", path);
            close(fd);
            return -1;
        }
    }
    uint8_t *buf = malloc(CHUNK), *dec = NULL;
    if (!buf) {
        sc_msg_error("%s: out of memory", path);
        if (!is_stdin)
            close(fd);
        return -1;
    }
    u16dec u16 = { 0, { 0 }, 0, 0 };
    int utf16 = 0, first = 1;
    int route = 0; /* SC_DOC_DOCX or SC_DOC_PDF: read by input_doc.c */
    uint64_t total = 0;
    sc_scanner_reset(s, name);
    if (o->input == SC_INPUT_AUTO) {
        /* the name says what the first bytes may not (sc_html_sniff(),
         * sc_json_sniff() read them otherwise) */
        static const struct { const char *suffix; sc_input_format f; } named[] = {
            { ".html", SC_INPUT_HTML }, { ".htm", SC_INPUT_HTML },   { ".json", SC_INPUT_JSON },
            { ".jsonl", SC_INPUT_JSON }, { ".ndjson", SC_INPUT_JSON },
        };
        size_t pl = strlen(path);
        for (size_t k = 0; k < sizeof named / sizeof named[0]; k++) {
            size_t sl = strlen(named[k].suffix);
            if (pl > sl && strcmp(path + pl - sl, named[k].suffix) == 0) {
                sc_scanner_set_input(s, named[k].f);
                break;
            }
        }
    }
    for (;;) {
        ssize_t n = read(fd, buf, CHUNK);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            sc_msg_error("%s: read error after %llu bytes: %s", path, (unsigned long long)total,
                         strerror(errno));
            rc = -1;
            break;
        }
        if (n == 0)
            break;
        size_t len = (size_t)n, off = 0;
        total += len;
        if (first) {
            first = 0;
            if ((route = sc_doc_route(o, path, buf, len)) != 0) {
                rc = sc_input_doc(route, fd, buf, CHUNK, len, path, name, s, o, drain, user);
                break;
            }
            if (memchr(buf, '\f', len))
                sc_scanner_set_pages(s, 1); /* paged text (pdftotext's): pages from 1 */
            if (len >= 2 && ((buf[0] == 0xff && buf[1] == 0xfe) || (buf[0] == 0xfe && buf[1] == 0xff))) {
                utf16 = 1;
                u16.big_endian = buf[0] == 0xfe;
                off = 2;
                /* offsets into the file, unless a tee (the HTML report)
                 * wants them into the decoded text it is given */
                if (!o->tee)
                    sc_scanner_set_utf16_source(s, 2);
                dec = malloc(2 * CHUNK + 8);
                if (!dec) {
                    sc_msg_error("%s: out of memory", path);
                    rc = -1;
                    break;
                }
            } else if (!o->binary_as_text) {
                const char *kind = sc_input_binary_kind(buf, len, path);
                if (kind) {
                    sc_msg_error("%s: binary file (%s); not scanned; use --binary-files=text to "
                                 "scan it as text",
                                 path, kind);
                    rc = 1;
                    break;
                }
            }
        }
        int fr;
        if (utf16) {
            size_t dn = u16_decode(&u16, buf + off, len - off, dec);
            fr = o->tee && o->tee(dec, dn, o->tee_user) ? 1
                                                        : feed_drained(s, dec, dn, name, drain, user);
        } else {
            fr = o->tee && o->tee(buf, len, o->tee_user) ? 1
                                                         : feed_drained(s, buf, len, name, drain, user);
        }
        if (fr == 1 || fr == 2) { /* the tee refused or the writer failed; said why */
            rc = -1;
            break;
        }
        if (fr != 0) {
            sc_msg_error("%s: out of memory", path);
            rc = -1;
            break;
        }
    }
    if (first && rc == 0 && (route = sc_doc_route(o, path, buf, 0)) != 0) /* empty input */
        rc = sc_input_doc(route, fd, buf, CHUNK, 0, path, name, s, o, drain, user);
    if (rc == 0 && !route) {
        sc_scanner_finish(s);
        if (drain && drain(s, name, user) != 0)
            rc = -1;
    }
    free(buf);
    free(dec);
    if (!is_stdin)
        close(fd);
    return rc;
}
