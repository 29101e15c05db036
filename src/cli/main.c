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

#include "args.h"
#include "batch.h"
#include "codes.h"
#include "explain.h"
#include "filelist.h"
#include "lexer.h"
#include "input.h"
#include "msg.h"
#include "outfile.h"
#include "progress.h"
#include "report.h"
#include "suggest.h"
#include "term.h"
#include "walk.h"
#include "statcite.h"

enum {
#define X(id, sh, lo, arg, help) OPT_##id,
#include "options.def"
#undef X
    OPT_COUNT_
};

typedef struct optdesc {
    int id, sh;
    const char *lo, *arg, *help;
} optdesc;

static const optdesc optdescs[] = {
#define X(id, sh, lo, arg, help) { OPT_##id, sh, lo, arg, help },
#include "options.def"
#undef X
};
#define NOPT ((int)(sizeof optdescs / sizeof optdescs[0]))

/* --help, from options.def: the option, then its help wrapped at 78 columns. */
static void usage(FILE *f)
{
    fputs("usage: statcite [check] [OPTION]... [FILE]...\n"
          "Find U.S. federal statutory citations (Public and Private Laws, U.S. Code\n"
          "sections, bills and resolutions, Statutes at Large) in FILEs or standard\n"
          "input (no FILE, or -), and write them normalized.  'statcite check' also\n"
          "checks them and reports what cannot be right.\n\n", f);
    for (int i = 0; i < NOPT; i++) {
        const optdesc *o = &optdescs[i];
        char head[64];
        if (o->sh)
            snprintf(head, sizeof head, "  -%c, --%s%s%s", o->sh, o->lo, o->arg ? " " : "",
                     o->arg ? o->arg : "");
        else
            snprintf(head, sizeof head, "      --%s%s%s", o->lo, o->arg ? " " : "", o->arg ? o->arg : "");
        fputs(head, f);
        int col = (int)strlen(head);
        if (col > 26) {
            fputc('\n', f);
            col = 0;
        }
        const char *h = o->help;
        while (*h) {
            const char *w = h;
            while (*w && *w != ' ')
                w++;
            int wl = (int)(w - h);
            if (col > 28 && col + wl >= 78) {
                fputc('\n', f);
                col = 0;
            }
            if (col < 28) {
                fprintf(f, "%*s", 28 - col, "");
                col = 28;
            } else {
                fputc(' ', f);
                col++;
            }
            fwrite(h, 1, (size_t)wl, f);
            col += wl;
            h = *w ? w + 1 : w;
        }
        fputc('\n', f);
    }
    fputs("\nExit status: 0 citations found (check: no errors), 1 none found (check,\n"
          "in every format: errors found, or warnings with --strict), 2 trouble with an\n"
          "input or the output (every other input is still processed).\n", f);
}

typedef struct run {
    sc_writer *w;   /* NULL with --count */
    int found;
    long errors, warnings; /* citations whose worst finding is one */
    int worst;  /* worst diagnostic severity seen, -1 none */
    int write_error;
    sc_docbuf *doc; /* --format html: the citations wait for their text */
} run;

static int drain(sc_scanner *s, const char *name, void *user)
{
    run *r = user;
    for (const sc_citation *c; (c = sc_scanner_next(s)) != NULL;) {
        r->found++;
        int st = sc_citation_status(c);
        r->errors += st == SC_ERROR;
        r->warnings += st == SC_WARNING;
        if (st > r->worst)
            r->worst = st;
        if (r->doc) {
            if (sc_docbuf_add(r->doc, c) != 0)
                return -1;
            continue;
        }
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
    struct option longopts[NOPT + 1];
    char shortopts[2 * NOPT + 2];
    size_t ns = 0;
    shortopts[ns++] = ':'; /* missing arguments are reported as ':' */
    for (int i = 0; i < NOPT; i++) {
        longopts[i].name = optdescs[i].lo;
        longopts[i].has_arg = optdescs[i].arg ? required_argument : no_argument;
        longopts[i].flag = NULL;
        longopts[i].val = 256 + optdescs[i].id;
        if (optdescs[i].sh) {
            shortopts[ns++] = (char)optdescs[i].sh;
            if (optdescs[i].arg)
                shortopts[ns++] = ':';
        }
    }
    memset(&longopts[NOPT], 0, sizeof longopts[NOPT]);
    shortopts[ns] = '\0';
    sc_options opt;
    sc_write_options wo;
    sc_input_opts io = { 0 };
    sc_options_init(&opt);
    sc_write_options_init(&wo);
    int fmt = -1, strict = 0, check_cmd = 0, jobs = 0, count_only = 0, summary = 0, recursive = 0;
    int trouble = 0;
    const char *outpath = NULL, *color = "auto", *rules_path = NULL, *files_from = NULL;

    if (sc_args_take_command(&argc, argv, shortopts, longopts, "check")) { /* anywhere */
        check_cmd = 1;
        opt.check = 1;
    }
    int ch;
    opterr = 0; /* option errors go through sc_msg_error, with its prefix */
    while ((ch = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
        if (ch < 256) {
            int id = -1;
            for (int i = 0; i < NOPT; i++)
                if (optdescs[i].sh == ch)
                    id = optdescs[i].id;
            if (id >= 0)
                ch = 256 + id; /* else '?' or ':': reported below */
        }
        switch (ch - 256) {
        case OPT_FORMAT:
            if ((fmt = sc_format_from_name(optarg)) < 0) {
                static const char *const fmts[] = { "text", "csv", "jsonl", "bibtex", "biblatex", "diag", "html" };
                int k = sc_suggest(optarg, strlen(optarg), fmts, NULL, 7);
                sc_msg_error("unknown format '%s'%s%s%s (text, csv, jsonl, bibtex, biblatex, diag, html)", optarg,
                             k >= 0 ? "; did you mean '" : "", k >= 0 ? fmts[k] : "", k >= 0 ? "'?" : "");
                return 2;
            }
            break;
        case OPT_OUTPUT: outpath = optarg; break;
        case OPT_TYPES: {
            unsigned mask = 0;
            char *list = strdup(optarg), *save = NULL;
            for (char *tok = strtok_r(list, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
                int t = sc_type_from_name(tok);
                if (t < 0) {
                    static const char *const types[] = { "public_law", "private_law", "usc", "bill", "stat", "act_section" };
                    int k = sc_suggest(tok, strlen(tok), types, NULL, 6);
                    sc_msg_error("unknown type '%s'%s%s%s (public_law, private_law, usc, bill, stat, act_section)", tok,
                                 k >= 0 ? "; did you mean '" : "", k >= 0 ? types[k] : "", k >= 0 ? "'?" : "");
                    free(list);
                    return 2;
                }
                mask |= SC_TYPE_BIT(t);
            }
            free(list);
            opt.types = mask;
            break;
        }
        case OPT_CHECK: opt.check = 1; break;
        case OPT_STRICT: strict = 1; break;
        case OPT_DISABLE:
            if (sc_code_check_list(optarg) != 0) /* the codes of docs/checks.md */
                return 2;
            opt.disabled = optarg;
            break;
        case OPT_ASOF: {
            int y = 0, m = 0, d = 0;
            char tail = 0;
            if (sscanf(optarg, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || y < 1789 || y > 2200 ||
                m < 1 || m > 12 || d < 1 || d > 31) {
                sc_msg_error("--as-of takes a date YYYY-MM-DD, not '%s'", optarg);
                return 2;
            }
            opt.as_of = y * 10000 + m * 100 + d;
            break;
        }
        case OPT_NOHEADER: wo.header = 0; break;
        case OPT_NOENRICH: wo.no_enrich = 1; break;
        case OPT_NUL: wo.null_sep = 1; break;
        case OPT_CSVRAW: wo.csv_raw = 1; break;
        case OPT_BOM: wo.bom = 1; break;
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
        case OPT_RECURSIVE: recursive = 1; break;
        case OPT_FILESFROM: files_from = optarg; break;
        case OPT_INPUT: {
            int f = sc_doc_format_from_name(optarg);
            if (f < 0) {
                sc_msg_error("--input-format takes auto, text, html, docx, pdf, rtf, odt or json, not '%s'", optarg);
                return 2;
            }
            io.format = (sc_doc_format)f; /* DOCX, PDF, RTF: their extracted text is text */
            opt.input = f == SC_DOC_AUTO   ? SC_INPUT_AUTO
                        : f == SC_DOC_HTML ? SC_INPUT_HTML
                        : f == SC_DOC_JSON ? SC_INPUT_JSON
                                           : SC_INPUT_TEXT;
            break;
        }
        case OPT_QUIET: sc_msg_set_quiet(1); break;
        case OPT_SUMMARY: summary = 1; break;
        case OPT_EXPLAIN: return sc_explain(optarg, stdout) == 0 ? 0 : 2;
        case OPT_COUNT: count_only = 1; break;
        case OPT_JOBS: {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 1 || v > 256) {
                sc_msg_error("-j takes a number of jobs from 1 to 256, not '%s'", optarg);
                return 2;
            }
            jobs = (int)v;
            break;
        }
        case OPT_HELP: usage(stdout); return 0;
        case OPT_VERSION:
            printf("statcite %s (PCRE2 %d.%d, trigger scan %s)\n", STATCITE_VERSION, PCRE2_MAJOR,
                   PCRE2_MINOR, sc_lex_impl());
            return 0;
        default: {
            const char *bad = optind - 1 > 0 && optind - 1 < argc ? argv[optind - 1] : "?";
            if (ch == ':')
                sc_msg_error("option '%s' needs an argument", bad);
            else if (optopt > 0 && optopt < 256 && strncmp(bad, "--", 2) != 0)
                sc_msg_error("unknown option '-%c'", optopt);
            else if (sc_args_suggest(bad, longopts))
                sc_msg_error("unknown option '%s'; did you mean '--%s'?", bad, sc_args_suggest(bad, longopts));
            else
                sc_msg_error("unknown option '%s'", bad);
            fputs("Try 'statcite --help'.\n", stderr);
            return 2;
        }
        }
    }
    if (fmt < 0) {
        if (outpath && (ends_with(outpath, ".csv")))
            fmt = SC_FMT_CSV;
        else if (outpath && (ends_with(outpath, ".jsonl") || ends_with(outpath, ".json")))
            fmt = SC_FMT_JSONL;
        else if (outpath && (ends_with(outpath, ".bib")))
            fmt = SC_FMT_BIBTEX;
        else if (outpath && (ends_with(outpath, ".html") || ends_with(outpath, ".htm")))
            fmt = SC_FMT_HTML;
        else if (check_cmd)
            fmt = SC_FMT_DIAG;
        else if (!outpath && isatty(STDOUT_FILENO))
            fmt = SC_FMT_TEXT;
        else
            fmt = SC_FMT_JSONL;
    }
    if (fmt == SC_FMT_DIAG || fmt == SC_FMT_HTML) /* the report always shows findings */
        opt.check = 1;
    io.input = opt.input;
    wo.check = opt.check;
    if (fmt == SC_FMT_TEXT && (!outpath || strcmp(outpath, "-") == 0))
        wo.width = sc_term_width(STDOUT_FILENO); /* the table fits the terminal */
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
    opt.count_only = count_only; /* --count writes no citation */
    sc_scanner *s = sc_scanner_new(rules, &opt);
    if (!s) {
        sc_msg_error("out of memory");
        return 2;
    }

    /* the inputs: the arguments, then --files-from's list */
    sc_filelist fl;
    if (sc_filelist_build(&fl, argv + optind, argc - optind, files_from) != 0 ||
        (recursive && sc_walk_expand(&fl, &io, &trouble) != 0)) {
        sc_filelist_free(&fl);
        sc_scanner_free(s);
        sc_rules_free(rules);
        return 2;
    }
    /* -o FILE: never one of the inputs; written whole or not at all */
    sc_outfile of;
    if (sc_outfile_check_inputs(outpath, fl.names, fl.n) != 0 || sc_outfile_open(&of, outpath) != 0) {
        sc_filelist_free(&fl);
        sc_scanner_free(s);
        sc_rules_free(rules);
        return 2;
    }
    FILE *out = of.f;
    run r = { NULL, 0, 0, 0, -1, 0, NULL };
    int nfiles = fl.n;
    /* no names at all: standard input, unless a list was given (and empty) */
    int ninputs = nfiles ? nfiles : files_from ? 0 : 1;
    sc_progress prog;
    sc_progress_init(&prog, nfiles ? nfiles : 1, summary);
    if (jobs == 0) {
        long nc = sysconf(_SC_NPROCESSORS_ONLN);
        jobs = nc > 0 ? (int)(nc < 64 ? nc : 64) : 1;
    }
    if (jobs > nfiles)
        jobs = nfiles;
    if (count_only) {
        /* like grep -c: "N", or "FILE:N" for several inputs */
        for (int i = 0; i < ninputs; i++) {
            const char *path = nfiles ? fl.names[i] : "-";
            const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
            int before = r.found;
            long e0 = r.errors, w0 = r.warnings;
            int rc = sc_input_scan(path, name, s, &io, drain, &r);
            if (rc != 0)
                trouble = 1;
            sc_progress_file(&prog, path, r.found - before, r.errors - e0, r.warnings - w0);
            if (rc != 0) /* skipped or failed, and said so: no count, not 0 */
                continue;
            if (nfiles > 1)
                fprintf(out, "%s:%d\n", name, r.found - before);
            else
                fprintf(out, "%d\n", r.found - before);
        }
        if (ferror(out))
            r.write_error = errno ? errno : EIO;
    } else if (jobs > 1 && (fmt == SC_FMT_CSV || fmt == SC_FMT_JSONL || fmt == SC_FMT_DIAG ||
                            fmt == SC_FMT_BIBTEX || fmt == SC_FMT_BIBLATEX)) {
        sc_batch_result br;
        sc_batch_run(fl.names, nfiles, jobs, rules, &opt, (sc_format)fmt, &wo, &io, out, &br,
                     &prog);
        r.found = br.found;
        r.worst = br.worst;
        r.write_error = br.write_error;
        trouble = br.trouble;
    } else {
        r.w = sc_writer_new((sc_format)fmt, out, &wo);
        sc_docbuf doc = { 0 };
        if (fmt == SC_FMT_HTML) { /* keep each document's text for the report */
            r.doc = &doc;
            io.tee = sc_docbuf_tee;
            io.tee_user = &doc;
        }
        for (int i = 0; i < ninputs && !r.write_error; i++) {
            const char *path = nfiles ? fl.names[i] : "-";
            const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
            if (r.doc)
                sc_docbuf_clear(&doc, name);
            int before = r.found;
            long e0 = r.errors, w0 = r.warnings;
            int rc = sc_input_scan(path, name, s, &io, drain, &r);
            if (rc != 0 && !r.write_error)
                trouble = 1;
            sc_progress_file(&prog, path, r.found - before, r.errors - e0, r.warnings - w0);
            if (r.doc && rc == 0 &&
                sc_writer_put_document(r.w, name, doc.bytes, doc.len, doc.cites, doc.n) != 0)
                r.write_error = errno ? errno : EIO;
        }
        sc_docbuf_free(&doc);
        if (!r.write_error && sc_writer_finish(r.w) != 0)
            r.write_error = errno ? errno : EIO;
        sc_writer_free(r.w);
    }
    int atomic = of.tmp != NULL;
    r.write_error = sc_outfile_close(&of, r.write_error);
    sc_progress_end(&prog);
    if (r.write_error) {
        sc_msg_error("%s: write error: %s%s", outpath ? outpath : "standard output",
                     strerror(r.write_error), atomic ? " (nothing written)" : "");
        trouble = 1;
    }
    sc_scanner_free(s);
    sc_rules_free(rules);
    sc_filelist_free(&fl);
    if (trouble)
        return 2;
    if (opt.check) /* one rule in every format: errors (warnings with --strict) give 1 */
        return r.worst >= SC_ERROR || (strict && r.worst >= SC_WARNING) ? 1 : 0;
    return r.found > 0 ? 0 : 1;
}
