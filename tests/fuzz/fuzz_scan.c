/*
 * fuzz_scan.c -- libFuzzer target over the whole library path: the input is
 * fed to a checking scanner in two pieces (split where its first byte says,
 * so chunk boundaries are fuzzed too; its last byte's low bit says whether
 * the offsets are those of a UTF-16 source, the next bit whether it is read
 * as JSON rather than as text or HTML), and every citation goes through
 * every writer.  Built and run by `make fuzz` (clang, ASan+UBSan).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "statcite.h"

static sc_rules *rules;
static sc_scanner *scanner;
static sc_writer *writers[SC_FMT_NFORMATS];
static FILE *sink;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!rules) {
        char err[256];
        rules = sc_rules_load(NULL, 0, NULL, err, sizeof err);
        if (!rules) {
            fprintf(stderr, "%s\n", err);
            abort();
        }
        sc_options o;
        sc_options_init(&o);
        o.check = 1;
        scanner = sc_scanner_new(rules, &o);
        sink = fopen("/dev/null", "w");
        sc_write_options wo;
        sc_write_options_init(&wo);
        wo.check = 1;
        for (int f = 0; f < SC_FMT_NFORMATS; f++)
            writers[f] = sc_writer_new((sc_format)f, sink, &wo);
    }
    /* writers that keep state for their whole run (BibTeX keys, the text
     * table, the HTML report's findings) are finished and renewed every 256
     * inputs, as one run of the program would end */
    static unsigned runs;
    if (++runs % 256 == 0) {
        sc_write_options wo;
        sc_write_options_init(&wo);
        wo.check = 1;
        for (int f = 0; f < SC_FMT_NFORMATS; f++) {
            sc_writer_finish(writers[f]);
            sc_writer_free(writers[f]);
            writers[f] = sc_writer_new((sc_format)f, sink, &wo);
        }
    }
    size_t cut = size ? (size_t)data[0] * size / 256 : 0;
    int utf16 = size && (data[size - 1] & 1);
    sc_scanner_reset(scanner, "fuzz");
    if (utf16)
        sc_scanner_set_utf16_source(scanner, 2);
    if (size && (data[size - 1] & 2))
        sc_scanner_set_input(scanner, SC_INPUT_JSON);
    sc_scanner_feed(scanner, data, cut);
    sc_scanner_feed(scanner, data + cut, size - cut);
    sc_scanner_finish(scanner);
    for (const sc_citation *c; (c = sc_scanner_next(scanner)) != NULL;) {
        if (c->start > c->end || c->end > (utf16 ? 2 + 4 * (uint64_t)size : size))
            abort(); /* a span outside the input */
        for (int f = 0; f < SC_FMT_NFORMATS; f++)
            sc_writer_put(writers[f], "fuzz", c);
    }
    return 0;
}
