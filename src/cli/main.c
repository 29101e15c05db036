/*
 * main.c -- the statcite command: options, the loop over inputs, output to
 * stdout or (atomically) to -o FILE, and the exit status.  Everything else
 * is the library (include/statcite.h).
 *
 * Exit status: 0 citations found (check: no error), 1 none found (check:
 * errors, or warnings with --strict), 2 trouble (after every other input).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "batch.h"
#include "lexer.h"
#include "input.h"
#include "msg.h"
#include "statcite.h"

static const char usage_text[] =
    "usage: statcite [check] [OPTION]... [FILE]...\n"
    "Find U.S. federal statutory citations (Public and Private Laws, U.S. Code\n"
    "sections, bills and resolutions, Statutes at Large) in FILEs or standard\n"
    "input, and write them normalized.  'statcite check' also checks each one\n"
    "against reference tables and reports what cannot be right.\n"
    "\n"
    "  -f, --format FMT     text (default on a terminal), csv, jsonl (default\n"
    "                       otherwise), bibtex, diag; -o FILE.csv/.jsonl/.bib\n"
    "                       picks the format from the name\n"
    "  -o, --output FILE    write to FILE, complete or not at all\n"
    "  -t, --types LIST     only these types: public_law,private_law,usc,bill,stat\n"
    "  -c, --check          check citations (adds status and diagnostics)\n"
    "      --strict         with --check: warnings also make the exit status 1\n"
    "      --disable CODES  with --check: skip these diagnostic codes (comma list)\n"
    "      --no-header      CSV: no header row (outputs concatenate)\n"
    "  -0, --null           end each record with NUL instead of newline\n"
    "      --csv-raw        CSV: do not neutralize cells that look like formulas\n"
    "      --color WHEN     diagnostics in color: auto (default), always, never\n"
    "      --binary-files=text  scan files with NUL bytes as text\n"
    "      --rules FILE     use this grammar instead of the built-in one\n"
    "  -j, --jobs N         scan N files at a time (default: the number of\n"
    "                       cores; text and bibtex output use one)\n"
    "      --count          print only how many citations each input has\n"
    "  -q, --quiet          no warnings on stderr\n"
    "  -h, --help           this help\n"
    "  -V, --version        version\n"
    "\n"
    "Exit status: 0 citations found (check: no errors), 1 none found (check:\n"
    "errors found, or warnings with --strict), 2 trouble with an input or the\n"
    "output (every other input is still processed).\n";

typedef struct run {
    sc_writer *w;   /* NULL with --count */
    int found;
    int worst;  /* worst diagnostic severity seen, -1 none */
    int write_error;
} run;

static int drain(sc_scanner *s, const char *name, void *user)
{
    run *r = user;
    for (const sc_citation *c; (c = sc_scanner_next(s)) != NULL;) {
        r->found++;
        int st = sc_citation_status(c);
        if (st > r->worst)
            r->worst = st;
        if (r->w && sc_writer_put(r->w, name, c) != 0) {
            r->write_error = errno ? errno : EIO;
            return -1;
        }
    }
    return 0;
}

static int ends_with(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    while (b) {
        size_t k = fread(b + n, 1, cap - n, f);
        n += k;
        if (n < cap)
            break;
        if (cap >= (1u << 24)) { /* a grammar is small; refuse a huge one */
            free(b);
            b = NULL;
            errno = EFBIG;
            break;
        }
        char *t = realloc(b, cap *= 2);
        if (!t) {
            free(b);
            b = NULL;
        }
        b = t;
    }
    if (b && ferror(f)) {
        free(b);
        b = NULL;
    }
    fclose(f);
    *len = n;
    return b;
}

int main(int argc, char **argv)
{
    enum { OPT_NO_HEADER = 256, OPT_STRICT, OPT_DISABLE, OPT_COLOR, OPT_BINARY, OPT_RULES,
           OPT_CSV_RAW, OPT_COUNT };
    static const struct option longopts[] = {
        { "format", required_argument, NULL, 'f' },  { "output", required_argument, NULL, 'o' },
        { "types", required_argument, NULL, 't' },   { "check", no_argument, NULL, 'c' },
        { "strict", no_argument, NULL, OPT_STRICT }, { "disable", required_argument, NULL, OPT_DISABLE },
        { "no-header", no_argument, NULL, OPT_NO_HEADER }, { "null", no_argument, NULL, '0' },
        { "csv-raw", no_argument, NULL, OPT_CSV_RAW }, { "color", required_argument, NULL, OPT_COLOR },
        { "colour", required_argument, NULL, OPT_COLOR },
        { "binary-files", required_argument, NULL, OPT_BINARY },
        { "rules", required_argument, NULL, OPT_RULES }, { "quiet", no_argument, NULL, 'q' },
        { "jobs", required_argument, NULL, 'j' },   { "count", no_argument, NULL, OPT_COUNT },
        { "help", no_argument, NULL, 'h' },          { "version", no_argument, NULL, 'V' },
        { NULL, 0, NULL, 0 }
    };
    sc_options opt;
    sc_write_options wo;
    sc_input_opts io = { 0 };
    sc_options_init(&opt);
    sc_write_options_init(&wo);
    int fmt = -1, strict = 0, check_cmd = 0, jobs = 0, count_only = 0;
    const char *outpath = NULL, *color = "auto", *rules_path = NULL;

    if (argc > 1 && strcmp(argv[1], "check") == 0) {
        check_cmd = 1;
        opt.check = 1;
        argv[1] = argv[0];
        argv++;
        argc--;
    }
    int ch;
    while ((ch = getopt_long(argc, argv, "f:o:t:c0qhVj:", longopts, NULL)) != -1) {
        switch (ch) {
        case 'f':
            if ((fmt = sc_format_from_name(optarg)) < 0) {
                sc_msg_error("unknown format '%s' (text, csv, jsonl, bibtex, diag)", optarg);
                return 2;
            }
            break;
        case 'o': outpath = optarg; break;
        case 't': {
            unsigned mask = 0;
            char *list = strdup(optarg), *save = NULL;
            for (char *tok = strtok_r(list, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
                int t = sc_type_from_name(tok);
                if (t < 0) {
                    sc_msg_error("unknown type '%s' (public_law, private_law, usc, bill, stat)", tok);
                    free(list);
                    return 2;
                }
                mask |= SC_TYPE_BIT(t);
            }
            free(list);
            opt.types = mask;
            break;
        }
        case 'c': opt.check = 1; break;
        case OPT_STRICT: strict = 1; break;
        case OPT_DISABLE: opt.disabled = optarg; break;
        case OPT_NO_HEADER: wo.header = 0; break;
        case '0': wo.null_sep = 1; break;
        case OPT_CSV_RAW: wo.csv_raw = 1; break;
        case OPT_COLOR: color = optarg; break;
        case OPT_BINARY:
            if (strcmp(optarg, "text") == 0)
                io.binary_as_text = 1;
            else if (strcmp(optarg, "binary") != 0) {
                sc_msg_error("--binary-files takes 'binary' or 'text', not '%s'", optarg);
                return 2;
            }
            break;
        case OPT_RULES: rules_path = optarg; break;
        case 'q': sc_msg_set_quiet(1); break;
        case OPT_COUNT: count_only = 1; break;
        case 'j': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 1 || v > 256) {
                sc_msg_error("-j takes a number of jobs from 1 to 256, not '%s'", optarg);
                return 2;
            }
            jobs = (int)v;
            break;
        }
        case 'h': fputs(usage_text, stdout); return 0;
        case 'V':
            printf("statcite %s (PCRE2 %d.%d, trigger scan %s)\n", STATCITE_VERSION, PCRE2_MAJOR,
                   PCRE2_MINOR, sc_lex_impl());
            return 0;
        default:
            fputs("Try 'statcite --help'.\n", stderr);
            return 2;
        }
    }
    if (fmt < 0) {
        if (outpath && (ends_with(outpath, ".csv")))
            fmt = SC_FMT_CSV;
        else if (outpath && (ends_with(outpath, ".jsonl") || ends_with(outpath, ".json")))
            fmt = SC_FMT_JSONL;
        else if (outpath && (ends_with(outpath, ".bib")))
            fmt = SC_FMT_BIBTEX;
        else if (check_cmd)
            fmt = SC_FMT_DIAG;
        else if (!outpath && isatty(STDOUT_FILENO))
            fmt = SC_FMT_TEXT;
        else
            fmt = SC_FMT_JSONL;
    }
    if (fmt == SC_FMT_DIAG)
        opt.check = 1;
    wo.check = opt.check;
    if (strcmp(color, "always") == 0)
        wo.color = 1;
    else if (strcmp(color, "auto") == 0)
        wo.color = !outpath && isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
    else if (strcmp(color, "never") != 0) {
        sc_msg_error("--color takes auto, always or never, not '%s'", color);
        return 2;
    }

    char err[512];
    sc_rules *rules;
    if (rules_path) {
        size_t len;
        char *text = read_file(rules_path, &len);
        if (!text) {
            sc_msg_error("%s: %s", rules_path, strerror(errno));
            return 2;
        }
        rules = sc_rules_load(text, len, rules_path, err, sizeof err);
        free(text);
    } else {
        rules = sc_rules_load(NULL, 0, NULL, err, sizeof err);
    }
    if (!rules) {
        sc_msg_error("%s", err);
        return 2;
    }
    sc_scanner *s = sc_scanner_new(rules, &opt);
    if (!s) {
        sc_msg_error("out of memory");
        return 2;
    }

    /* -o FILE: write a temporary file beside it, rename when complete. */
    FILE *out = stdout;
    char *tmppath = NULL;
    if (outpath && strcmp(outpath, "-") != 0) {
        size_t n = strlen(outpath) + 16;
        tmppath = malloc(n);
        snprintf(tmppath, n, "%s.XXXXXX", outpath);
        int fd = mkstemp(tmppath);
        if (fd < 0 || !(out = fdopen(fd, "w"))) {
            sc_msg_error("%s: cannot write: %s", outpath, strerror(errno));
            return 2;
        }
        fchmod(fd, 0644 & ~(mode_t)0);
    }
    run r = { NULL, 0, -1, 0 };
    int trouble = 0;
    int nfiles = argc - optind;
    if (jobs == 0) {
        long nc = sysconf(_SC_NPROCESSORS_ONLN);
        jobs = nc > 0 ? (int)(nc < 64 ? nc : 64) : 1;
    }
    if (jobs > nfiles)
        jobs = nfiles;
    if (count_only) {
        /* like grep -c: "N", or "FILE:N" for several inputs */
        for (int i = 0; i < (nfiles ? nfiles : 1); i++) {
            const char *path = nfiles ? argv[optind + i] : "-";
            const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
            int before = r.found;
            if (sc_input_scan(path, name, s, &io, drain, &r) != 0)
                trouble = 1;
            if (nfiles > 1)
                fprintf(out, "%s:%d\n", name, r.found - before);
            else
                fprintf(out, "%d\n", r.found - before);
        }
        if (ferror(out))
            r.write_error = errno ? errno : EIO;
    } else if (jobs > 1 && (fmt == SC_FMT_CSV || fmt == SC_FMT_JSONL || fmt == SC_FMT_DIAG)) {
        sc_batch_result br;
        sc_batch_run(argv + optind, nfiles, jobs, rules, &opt, (sc_format)fmt, &wo, &io, out, &br);
        r.found = br.found;
        r.worst = br.worst;
        r.write_error = br.write_error;
        trouble = br.trouble;
    } else {
        r.w = sc_writer_new((sc_format)fmt, out, &wo);
        for (int i = 0; i < (nfiles ? nfiles : 1) && !r.write_error; i++) {
            const char *path = nfiles ? argv[optind + i] : "-";
            const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
            if (sc_input_scan(path, name, s, &io, drain, &r) != 0 && !r.write_error)
                trouble = 1;
        }
        if (!r.write_error && sc_writer_finish(r.w) != 0)
            r.write_error = errno ? errno : EIO;
        sc_writer_free(r.w);
    }
    if (out != stdout) {
        if (fflush(out) != 0 || fsync(fileno(out)) != 0)
            r.write_error = r.write_error ? r.write_error : errno;
        if (fclose(out) != 0 && !r.write_error)
            r.write_error = errno;
        if (r.write_error || rename(tmppath, outpath) != 0) {
            if (!r.write_error)
                r.write_error = errno;
            unlink(tmppath);
        }
        free(tmppath);
    } else if (fflush(stdout) != 0 && !r.write_error) {
        r.write_error = errno;
    }
    if (r.write_error) {
        sc_msg_error("%s: write error: %s%s", outpath ? outpath : "standard output",
                     strerror(r.write_error), outpath ? " (nothing written)" : "");
        trouble = 1;
    }
    sc_scanner_free(s);
    sc_rules_free(rules);
    if (trouble)
        return 2;
    if (opt.check && (check_cmd || fmt == SC_FMT_DIAG))
        return r.worst >= SC_ERROR || (strict && r.worst >= SC_WARNING) ? 1 : 0;
    return r.found > 0 ? 0 : 1;
}
