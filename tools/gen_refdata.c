/*
 * gen_refdata.c -- build-time tool: reads the reference tables in data/
 * (congresses.csv, presidents.csv, public_laws.csv, private_laws.csv, usc_titles.csv,
 * usc_sections.tsv) and writes them as sorted static C arrays with one string
 * pool (src/refdata.h declares them), so lookups need no file at run time.
 *
 * usage: gen_refdata DATA_DIR > refdata_tables.c
 *
 * Lines starting with '#' are comments (the files state their source there).
 * Columns are found by their header names, so column order may change.
 * Any malformed row stops the build with "file:line: what is wrong".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refdata.h"

/* ------------------------------------------------------------ helpers */

#define GEN_NAME "gen_refdata"
#include "gen_bill.h"
#include "gen_util.h"


/* The string pool: offset 0 is the empty string. */
static char *pool;
static size_t pool_len, pool_cap;

static uint32_t pool_add(const char *s)
{
    if (!s || !*s)
        return 0;
    size_t n = strlen(s) + 1;
    if (pool_len + n > pool_cap) {
        pool_cap = (pool_len + n) * 2;
        pool = xrealloc(pool, pool_cap);
    }
    memcpy(pool + pool_len, s, n);
    pool_len += n;
    return (uint32_t)(pool_len - n);
}

/* ---------------------------------------------------------------- rows */

#define MAXCOL 32

typedef struct table {
    const char *file;
    FILE *f;
    long line;
    char delim;
    int ncol;
    char *hdr[MAXCOL];
    char *cell[MAXCOL];
    char *buf;
    size_t cap;
} table;

/* Reads one record into t->cell[] (CSV with quotes, or TSV with \ escapes);
 * returns the number of cells, 0 at EOF.  Comment lines are skipped. */
static int read_row(table *t)
{
    for (;;) {
        size_t n = 0;
        int c, quoted = 0, at_start = 1, ncell = 0;
        size_t starts[MAXCOL];
        starts[ncell++] = 0;
        t->line++;
        while ((c = getc(t->f)) != EOF) {
            if (at_start && n == 0 && c == '#' && ncell == 1) {
                while ((c = getc(t->f)) != EOF && c != '\n')
                    ;
                break;
            }
            at_start = 0;
            if (n + 4 > t->cap) {
                t->cap = t->cap ? t->cap * 2 : 4096;
                t->buf = xrealloc(t->buf, t->cap);
            }
            if (t->delim == ',' && c == '"') {
                int nx = getc(t->f);
                if (quoted && nx == '"') {
                    t->buf[n++] = '"';
                    continue;
                }
                if (nx != EOF)
                    ungetc(nx, t->f);
                quoted = !quoted;
                continue;
            }
            if (t->delim == '\t' && c == '\\') {
                int nx = getc(t->f);
                t->buf[n++] = nx == 't' ? '\t' : nx == 'n' ? ' ' : (char)nx;
                continue;
            }
            if (c == '\r' && !quoted)
                continue;
            if (c == '\n' && quoted) {
                t->buf[n++] = ' ';
                t->line++;
                continue;
            }
            if (c == '\n')
                break;
            if (c == t->delim && !quoted) {
                t->buf[n++] = '\0';
                if (ncell == MAXCOL)
                    die(t->file, t->line, "too many columns");
                starts[ncell++] = n;
                continue;
            }
            t->buf[n++] = (char)c;
        }
        if (c == EOF && n == 0 && ncell == 1)
            return 0;
        if (n == 0 && ncell == 1)
            continue; /* comment or empty line */
        if (n + 1 > t->cap) {
            t->cap = n + 1;
            t->buf = xrealloc(t->buf, t->cap);
        }
        t->buf[n] = '\0';
        for (int i = 0; i < ncell; i++)
            t->cell[i] = t->buf + starts[i];
        for (int i = ncell; i < MAXCOL; i++)
            t->cell[i] = "";
        return ncell;
    }
}

static void open_table(table *t, const char *dir, const char *name, char delim)
{
    static char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    memset(t, 0, sizeof *t);
    t->file = xstrdup(path);
    t->delim = delim;
    t->f = fopen(path, "rb");
    if (!t->f) {
        perror(path);
        exit(1);
    }
    t->ncol = read_row(t);
    if (t->ncol == 0)
        die(t->file, t->line, "no header row");
    for (int i = 0; i < t->ncol; i++)
        t->hdr[i] = xstrdup(t->cell[i]);
}

static int col(table *t, const char *name)
{
    for (int i = 0; i < t->ncol; i++)
        if (strcmp(t->hdr[i], name) == 0)
            return i;
    char msg[256];
    snprintf(msg, sizeof msg, "no column '%s' in the header", name);
    die(t->file, 1, msg);
    return -1;
}

static long num(table *t, int ci, int required)
{
    const char *s = t->cell[ci];
    if (!*s) {
        if (required)
            die(t->file, t->line, "empty number");
        return 0;
    }
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || v < 0) {
        char msg[256];
        snprintf(msg, sizeof msg, "'%s' is not a number (column %s)", s, t->hdr[ci]);
        die(t->file, t->line, msg);
    }
    return v;
}

/* "2007-12-26" -> 20071226; "" -> 0. */
static int32_t ymd(table *t, int ci)
{
    const char *s = t->cell[ci];
    if (!*s)
        return 0;
    int y, m, d;
    char extra;
    if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
        die(t->file, t->line, "bad date (want YYYY-MM-DD)");
    return y * 10000 + m * 100 + d;
}

/* --------------------------------------------------------------- laws */

typedef struct { sc_ref_law *v; int n, cap; } lawvec;

static int dropped_titles;

/* Does short title @p st end in a year ("Act of 1990", "Act, 1997", "Act
 * for Fiscal Year 1997", a period after it) more than ten years from its
 * law's enactment @p enacted (yyyymmdd)?  No law is named so; the record
 * has a typo ("Poison Prevention Packaging Act of 1070" for 91-601 of
 * 1970), and the title is left out (scripts/build-acts.py does the same). */
static int title_year_impossible(const char *st, int32_t enacted)
{
    size_t n = strlen(st);
    if (n > 0 && st[n - 1] == '.')
        n--;
    if (n < 6 || enacted <= 0 || st[n - 5] != ' ')
        return 0;
    int y = 0;
    for (size_t i = n - 4; i < n; i++) {
        if (st[i] < '0' || st[i] > '9')
            return 0;
        y = y * 10 + (st[i] - '0');
    }
    int d = y - enacted / 10000;
    return d > 10 || d < -10;
}

/* The other date of a law whose sources disagree about it (the flag
 * date_disagrees_usc(...) of public_laws.csv), in table order. */
static struct { int congress, number, ymd; } alts[256];
static int nalt;

static void read_laws(const char *dir, const char *name, lawvec *out, int private_laws)
{
    table t;
    open_table(&t, dir, name, ',');
    int cc = col(&t, "congress"), cn = col(&t, "law_number"), ce = col(&t, "enacted"),
        cb = col(&t, "bill"), cv = col(&t, "stat_volume"), cp = col(&t, "stat_page"),
        cf = col(&t, "flags");
    int cs = private_laws ? -1 : col(&t, "stat_source");
    int ct = private_laws ? -1 : col(&t, "short_title");
    while (read_row(&t)) {
        sc_ref_law l;
        memset(&l, 0, sizeof l);
        l.congress = (int16_t)num(&t, cc, 1);
        l.number = (int32_t)num(&t, cn, 1);
        l.enacted = ymd(&t, ce);
        gen_bill(t.cell[cb], &l.bill_type, &l.bill_number);
        l.stat_volume = (int16_t)num(&t, cv, 0);
        const char *pg = t.cell[cp];
        if (*pg == 'A') {
            l.flags |= SC_REF_STAT_APPENDIX;
            pg++;
        }
        l.stat_page = (int32_t)atol(pg);
        const char *fl = t.cell[cf];
        if (strstr(fl, "number_"))
            l.flags |= SC_REF_NUMBER_INFERRED;
        if (strstr(fl, "date_")) {
            l.flags |= SC_REF_DATE_DISPUTED;
            /* "date_disagrees_usc(1981-07-10x1)": the other date the
             * sources give (the Code's source credits), kept beside;
             * "date_corrected_from_usc(statutes=1979-07-09)": the one the
             * Statutes at Large's record gave before the Code's corrected it */
            const char *dd = strstr(fl, "date_disagrees_usc(");
            const char *dc = strstr(fl, "date_corrected_from_usc(statutes=");
            int ay, am, ad;
            if (!private_laws &&
                ((dd && sscanf(dd + 19, "%d-%d-%d", &ay, &am, &ad) == 3) ||
                 (dc && sscanf(dc + 33, "%d-%d-%d", &ay, &am, &ad) == 3)) &&
                nalt < (int)(sizeof alts / sizeof alts[0])) {
                alts[nalt].congress = l.congress;
                alts[nalt].number = l.number;
                alts[nalt].ymd = ay * 10000 + am * 100 + ad;
                nalt++;
            }
        }
        if (strstr(fl, "title_is_billstatus_display_title"))
            l.flags |= SC_REF_TITLE_DISPLAY;
        if (cs >= 0 && strcmp(t.cell[cs], "usc-min-cited-page") == 0)
            l.flags |= SC_REF_STAT_UPPER_BOUND;
        if (ct >= 0) {
            /* "the Outdoor Recreation Resources Review Act": the article
             * is the sentence's, not the name's (scripts/build-acts.py) */
            const char *st = t.cell[ct];
            if (strncmp(st, "the ", 4) == 0)
                st += 4;
            char tb[512];
            size_t tn = strlen(st);
            /* "<Bipartisan Budget Act of 2015>": the record's brackets */
            if (tn > 2 && tn < sizeof tb && st[0] == '<' && st[tn - 1] == '>') {
                memcpy(tb, st + 1, tn - 2);
                tb[tn - 2] = '\0';
                st = tb;
                tn -= 2;
            }
            /* "... Appropriation Act, 1964.": the record's period ends no
             * name (one after a year or "Act" is dropped) */
            if (tn > 4 && tn < sizeof tb && st[tn - 1] == '.' &&
                ((st[tn - 2] >= '0' && st[tn - 2] <= '9') || memcmp(st + tn - 4, "Act", 3) == 0)) {
                memmove(tb, st, tn - 1);
                tb[tn - 1] = '\0';
                st = tb;
            }
            if (title_year_impossible(st, l.enacted))
                dropped_titles++; /* "Poison Prevention Packaging Act of 1070" */
            else
                l.short_title = pool_add(st);
        }
        if (out->n == out->cap) {
            out->cap = out->cap ? out->cap * 2 : 1024;
            out->v = xrealloc(out->v, (size_t)out->cap * sizeof *out->v);
        }
        out->v[out->n++] = l;
    }
    fclose(t.f);
}

static int cmp_law(const void *a, const void *b)
{
    const sc_ref_law *x = a, *y = b;
    if (x->congress != y->congress)
        return x->congress - y->congress;
    return (x->number > y->number) - (x->number < y->number);
}

static sc_ref_law *sort_laws;

static int cmp_bill(const void *a, const void *b)
{
    const sc_ref_law *x = &sort_laws[*(const uint32_t *)a], *y = &sort_laws[*(const uint32_t *)b];
    if (x->congress != y->congress)
        return x->congress - y->congress;
    if (x->bill_type != y->bill_type)
        return x->bill_type - y->bill_type;
    if (x->bill_number != y->bill_number)
        return (x->bill_number > y->bill_number) - (x->bill_number < y->bill_number);
    return (x->number > y->number) - (x->number < y->number);
}

static int cmp_page(const void *a, const void *b)
{
    const sc_ref_law *x = &sort_laws[*(const uint32_t *)a], *y = &sort_laws[*(const uint32_t *)b];
    if (x->stat_volume != y->stat_volume)
        return x->stat_volume - y->stat_volume;
    if (x->stat_page != y->stat_page)
        return (x->stat_page > y->stat_page) - (x->stat_page < y->stat_page);
    if (x->congress != y->congress)
        return x->congress - y->congress;
    return (x->number > y->number) - (x->number < y->number);
}

/* Per Congress c (0 to SC_REF_LAW_CONGRESSES), the index of its first law
 * in @p v (sorted by Congress and number): the laws of c are
 * [first[c], first[c + 1]). */
static void emit_law_firsts(const char *sym, const lawvec *v)
{
    printf("const uint32_t %s[SC_REF_LAW_CONGRESSES + 1] = {\n", sym);
    int i = 0;
    for (int c = 0; c <= SC_REF_LAW_CONGRESSES; c++) {
        while (i < v->n && v->v[i].congress < c)
            i++;
        printf("%d,%s", i, c % 16 == 15 ? "\n" : "");
    }
    printf("};\n");
}

static void emit_laws(const char *sym, lawvec *v)
{
    for (int i = 0; i < v->n; i++)
        if (v->v[i].congress < 0 || v->v[i].congress >= SC_REF_LAW_CONGRESSES) {
            fprintf(stderr, "gen_refdata: law %d-%d: its Congress is past SC_REF_LAW_CONGRESSES\n",
                    v->v[i].congress, v->v[i].number);
            exit(1);
        }
    printf("const sc_ref_law %s[] = {\n", sym);
    for (int i = 0; i < v->n; i++) {
        const sc_ref_law *l = &v->v[i];
        printf("{%d,%d,%d,%d,%d,%d,%d,%d,%u},\n", l->congress, l->stat_volume, l->number,
               l->enacted, l->bill_number, l->stat_page, l->bill_type, l->flags,
               (unsigned)l->short_title);
    }
    printf("{0,0,0,0,0,0,0,0,0}};\n");
}

/* ------------------------------------------------------------ U.S. Code */

/* "8" -> 8, "50 App." -> 150; -1 when malformed. */
static int title_code(const char *s)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (end == s || v < 1 || v > 99)
        return -1;
    if (*end == '\0')
        return (int)v;
    if (strcmp(end, " App.") == 0)
        return (int)v + 100;
    return -1;
}

static int sec_status(const char *s)
{
    static const char *const names[] = { "active", "repealed", "omitted", "transferred",
                                         "renumbered", "reserved", "vacant",
                                         "omitted-or-repealed" };
    for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

typedef struct { sc_ref_section s; const char *name; } secrow;

static int cmp_sec(const void *a, const void *b)
{
    const secrow *x = a, *y = b;
    if (x->s.title != y->s.title)
        return x->s.title - y->s.title;
    int c = strcmp(x->name, y->name);
    if (c)
        return c;
    /* duplicates (appendix acts reuse numbers): current rows first */
    return (y->s.flags & SC_REF_SEC_CURRENT) - (x->s.flags & SC_REF_SEC_CURRENT);
}

/* The number a section designator begins with, by value ("0293a": 293),
 * or -1 when it begins with no digit or with more than nine. */
static long lead_number(const char *s)
{
    while (*s == '0' && s[1] >= '0' && s[1] <= '9')
        s++;
    long v = 0;
    int n = 0;
    for (; s[n] >= '0' && s[n] <= '9'; n++)
        v = v * 10 + (s[n] - '0');
    return n == 0 || n > 9 ? -1 : v;
}

/* An index array: "const uint32_t NAME[] = {...}; const int COUNT = n;"
 * (with a trailing 0 so that an empty index is still a valid array). */
static void emit_index(const char *name, const char *count, const uint32_t *v, int n)
{
    printf("const uint32_t %s[] = {\n", name);
    for (int i = 0; i < n; i++)
        printf("%u,%s", v[i], i % 16 == 15 ? "\n" : "");
    printf("0};\nconst int %s = %d;\n\n", count, n);
}

/* --------------------------------------------------------------- main */

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: gen_refdata DATA_DIR > refdata_tables.c\n");
        return 2;
    }
    const char *dir = argv[1];
    pool = xrealloc(NULL, pool_cap = 1 << 16); /* offset 0 is "" */
    pool[0] = '\0';
    pool_len = 1;

    printf("/* Generated by tools/gen_refdata.c from %s/; do not edit. */\n", dir);
    printf("#include \"refdata.h\"\n\n");

    /* Congresses */
    table t;
    open_table(&t, dir, "congresses.csv", ',');
    int cc = col(&t, "congress"), cs = col(&t, "start_date"), ce = col(&t, "end_date"),
        cp = col(&t, "public_laws"), cv = col(&t, "private_laws"), cn = col(&t, "notes");
    printf("const sc_ref_congress sc_ref_congresses[] = {\n");
    int ncong = 0;
    while (read_row(&t)) {
        long c = num(&t, cc, 1);
        if (c != ncong + 1)
            die(t.file, t.line, "Congresses must be listed in order from the 1st");
        int32_t s = ymd(&t, cs), e = ymd(&t, ce);
        if (!s || !e || e <= s)
            die(t.file, t.line, "bad term");
        long priv = *t.cell[cv] ? num(&t, cv, 0) : -1;
        printf("{%ld,%d,%d,%d,%ld,%ld},\n", c, strstr(t.cell[cn], "in progress") != NULL, s, e,
               num(&t, cp, 0), priv);
        ncong++;
    }
    fclose(t.f);
    printf("};\nconst int sc_ref_ncongresses = %d;\n\n", ncong);

    /* Presidents, in order of their terms */
    open_table(&t, dir, "presidents.csv", ',');
    int pl = col(&t, "last"), pf = col(&t, "first"), pk = col(&t, "known_as"),
        ps = col(&t, "start"), pe = col(&t, "end"), pm = col(&t, "middle");
    printf("const sc_ref_president sc_ref_presidents[] = {\n");
    int nprez = 0;
    int32_t prev_start = 0;
    while (read_row(&t)) {
        int32_t s = ymd(&t, ps), e = ymd(&t, pe);
        if (!s || !e || e <= s || s < prev_start || !*t.cell[pl])
            die(t.file, t.line, "bad term (rows in order of their start)");
        prev_start = s;
        printf("{%u,%u,%u,%u,%d,%d},\n", (unsigned)pool_add(t.cell[pl]), (unsigned)pool_add(t.cell[pf]),
               (unsigned)pool_add(t.cell[pk]), (unsigned)pool_add(t.cell[pm]), s, e);
        nprez++;
    }
    fclose(t.f);
    printf("};\nconst int sc_ref_npresidents = %d;\n\n", nprez);

    /* Laws */
    lawvec pub = { 0 }, pvt = { 0 };
    read_laws(dir, "public_laws.csv", &pub, 0);
    read_laws(dir, "private_laws.csv", &pvt, 1);
    qsort(pub.v, (size_t)pub.n, sizeof *pub.v, cmp_law);
    qsort(pvt.v, (size_t)pvt.n, sizeof *pvt.v, cmp_law);
    for (int i = 1; i < pub.n; i++)
        if (cmp_law(&pub.v[i - 1], &pub.v[i]) == 0) {
            fprintf(stderr, "gen_refdata: public law %d-%d listed twice\n", pub.v[i].congress,
                    pub.v[i].number);
            return 1;
        }
    /* private_laws.csv keeps a few duplicate source records (flagged): keep the first */
    int w = 0;
    for (int i = 0; i < pvt.n; i++)
        if (w == 0 || cmp_law(&pvt.v[w - 1], &pvt.v[i]) != 0)
            pvt.v[w++] = pvt.v[i];
    pvt.n = w;
    emit_laws("sc_ref_publaws", &pub);
    printf("const int sc_ref_npublaws = %d;\n", pub.n);
    printf("const sc_ref_date_alt sc_ref_date_alts[] = {\n");
    for (int i = 0; i < nalt; i++)
        printf("{%d,%d,%d},\n", alts[i].congress, alts[i].number, alts[i].ymd);
    printf("{0,0,0}};\nconst int sc_ref_ndate_alts = %d;\n", nalt);
    /* the laws the Code cites before their first page on record
     * (stat_code_pages.tsv, scripts/build-code-pages.py) */
    {
        table t;
        open_table(&t, dir, "stat_code_pages.tsv", '\t');
        int cc = col(&t, "congress"), cn = col(&t, "law_number"), cp = col(&t, "code_page");
        int n = 0;
        printf("const sc_ref_code_page sc_ref_code_pages[] = {\n");
        while (read_row(&t)) {
            printf("{%ld,%ld,%ld},\n", num(&t, cc, 1), num(&t, cn, 1), num(&t, cp, 1));
            n++;
        }
        printf("{0,0,0}};\nconst int sc_ref_ncode_pages = %d;\n", n);
    }
    emit_law_firsts("sc_ref_publaw_first", &pub);
    emit_laws("sc_ref_pvtlaws", &pvt);
    printf("const int sc_ref_npvtlaws = %d;\n", pvt.n);
    emit_law_firsts("sc_ref_pvtlaw_first", &pvt);
    printf("\n");

    /* How far each kind of bill was numbered in a Congress (bill_numbers.tsv);
     * every bill a public law on record came from must lie within it */
    open_table(&t, dir, "bill_numbers.tsv", '\t');
    int bc = col(&t, "congress"), bt = col(&t, "type"), bu = col(&t, "upper");
    printf("const sc_ref_bill_upper sc_ref_bill_uppers[] = {\n");
    int nupper = 0, last_key = 0;
    while (read_row(&t)) {
        char code[16];
        uint8_t type;
        int32_t one;
        snprintf(code, sizeof code, "%s1", t.cell[bt]);
        gen_bill(code, &type, &one);
        long c = num(&t, bc, 1), up = num(&t, bu, 1);
        if (type == SC_BILL_NONE || c > 32767 || (int)(c * 16 + type) <= last_key)
            die(t.file, t.line, "bad type, or rows not in order of Congress and type");
        last_key = (int)(c * 16 + type);
        for (int i = 0; i < pub.n; i++)
            if (pub.v[i].congress == c && pub.v[i].bill_type == type && pub.v[i].bill_number > up) {
                fprintf(stderr, "%s/bill_numbers.tsv:%ld: Public Law %d-%d came from bill %s %d, "
                        "past the upper bound %ld\n", dir, t.line, pub.v[i].congress,
                        pub.v[i].number, t.cell[bt], pub.v[i].bill_number, up);
                return 1;
            }
        printf("{%ld,%d,%ld},\n", c, type, up);
        nupper++;
    }
    fclose(t.f);
    printf("};\nconst int sc_ref_nbill_uppers = %d;\n\n", nupper);

    uint32_t *idx = xrealloc(NULL, (size_t)pub.n * sizeof *idx);
    int nidx = 0;
    sort_laws = pub.v;
    for (int i = 0; i < pub.n; i++)
        if (pub.v[i].bill_type != SC_BILL_NONE)
            idx[nidx++] = (uint32_t)i;
    qsort(idx, (size_t)nidx, sizeof *idx, cmp_bill);
    emit_index("sc_ref_bill_index", "sc_ref_nbill_index", idx, nidx);
    nidx = 0;
    for (int i = 0; i < pub.n; i++)
        if (pub.v[i].stat_volume > 0 && pub.v[i].stat_page > 0)
            idx[nidx++] = (uint32_t)i;
    qsort(idx, (size_t)nidx, sizeof *idx, cmp_page);
    emit_index("sc_ref_page_index", "sc_ref_npage_index", idx, nidx);
    printf("const int32_t sc_ref_page_key[] = {\n");
    for (int i = 0; i < nidx; i++)
        printf("%d,%s", pub.v[idx[i]].stat_page, i % 16 == 15 ? "\n" : "");
    printf("0};\n");
    printf("const uint32_t sc_ref_page_first[SC_REF_STAT_VOLUMES + 1] = {\n");
    for (int v = 0, i = 0; v <= SC_REF_STAT_VOLUMES; v++) {
        while (i < nidx && pub.v[idx[i]].stat_volume < v)
            i++;
        printf("%d,%s", i, v % 16 == 15 ? "\n" : "");
    }
    printf("};\n\n");
    /* each volume's first private law by page (its private laws follow its
     * public laws): the lowest above the first page of the volume's last
     * public law -- a row below it is out of order, a slip of the record
     * (Private Law 88-122 "at 77 Stat. 116", the volume's others from 873
     * on) -- -1 when it has none with a page of the volume's own */
    int pfirst[SC_REF_STAT_VOLUMES];
    int32_t last_pub[SC_REF_STAT_VOLUMES];
    for (int v = 0; v < SC_REF_STAT_VOLUMES; v++)
        pfirst[v] = -1, last_pub[v] = 0;
    for (int i = 0; i < pub.n; i++)
        if (pub.v[i].stat_volume > 0 && pub.v[i].stat_volume < SC_REF_STAT_VOLUMES &&
            !(pub.v[i].flags & SC_REF_STAT_UPPER_BOUND) && pub.v[i].stat_page > last_pub[pub.v[i].stat_volume])
            last_pub[pub.v[i].stat_volume] = pub.v[i].stat_page;
    for (int i = 0; i < pvt.n; i++) {
        int v = pvt.v[i].stat_volume, *b = v >= 0 && v < SC_REF_STAT_VOLUMES ? &pfirst[v] : NULL;
        if (b && pvt.v[i].stat_page > last_pub[v] && !(pvt.v[i].flags & SC_REF_STAT_APPENDIX) &&
            (*b < 0 || pvt.v[i].stat_page < pvt.v[*b].stat_page))
            *b = i;
    }
    printf("const int32_t sc_ref_pvt_first_by_page[SC_REF_STAT_VOLUMES] = {\n");
    for (int v = 0; v < SC_REF_STAT_VOLUMES; v++)
        printf("%d,%s", pfirst[v], v % 16 == 15 ? "\n" : "");
    printf("};\n\n");
    for (int i = 0; i < nidx; i++)
        if (pub.v[idx[i]].stat_volume >= SC_REF_STAT_VOLUMES) {
            fprintf(stderr, "gen_refdata: Stat. volume %d past SC_REF_STAT_VOLUMES\n",
                    pub.v[idx[i]].stat_volume);
            return 1;
        }

    /* Titles */
    open_table(&t, dir, "usc_titles.csv", ',');
    int tt = col(&t, "title"), tn = col(&t, "name"), tp = col(&t, "positive_law"),
        ts = col(&t, "status"), tc = col(&t, "sections_current"), tno = col(&t, "notes");
    printf("const sc_ref_title sc_ref_titles[] = {\n");
    int ntitles = 0;
    int by_code[200] = { 0 };
    while (read_row(&t)) {
        int code = title_code(t.cell[tt]);
        if (code < 0)
            die(t.file, t.line, "bad title");
        char key[8];
        snprintf(key, sizeof key, "%d%s", code % 100, code > 100 ? "a" : "");
        const char *st = t.cell[ts];
        int status = strcmp(st, "active") == 0       ? SC_REF_TITLE_ACTIVE
                     : strcmp(st, "reserved") == 0   ? SC_REF_TITLE_RESERVED
                     : strcmp(st, "eliminated") == 0 ? SC_REF_TITLE_ELIMINATED
                                                     : SC_REF_TITLE_OTHER;
        by_code[code] = ntitles + 1;
        /* the year a title created since the release points began (2013)
         * was first in the Code: "first present in release point 115-46u1
         * (2017)", or the day it was enacted as positive law, "(Dec. 19,
         * 2014)" -- no edition before that year had it */
        int first = 0;
        const char *fp = strstr(t.cell[tno], "first present in release point");
        if (fp) {
            const char *y = strstr(fp, " (");
            if (!(y && y[2] >= '1' && y[2] <= '2' && strlen(y) >= 7 && y[6] == ')'))
                y = strstr(t.cell[tno], ", ");
            for (; y && *y && !first; y++)
                if (y[0] >= '1' && y[0] <= '2' && y[1] >= '0' && y[1] <= '9' && y[2] >= '0' &&
                    y[2] <= '9' && y[3] >= '0' && y[3] <= '9' && (y[4] == ')' || y[4] == ';'))
                    first = atoi(y);
            if (!first)
                die(t.file, t.line, "a title first present in a release point, no year given");
        }
        printf("{\"%s\",%d,%d,%d,%ld,%u},\n", key, status, strcmp(t.cell[tp], "yes") == 0, first,
               num(&t, tc, 0), (unsigned)pool_add(t.cell[tn]));
        ntitles++;
    }
    fclose(t.f);
    printf("};\nconst int sc_ref_ntitles = %d;\n", ntitles);
    printf("const uint8_t sc_ref_title_by_code[200] = {");
    for (int i = 0; i < 200; i++)
        printf("%d,%s", by_code[i], i % 20 == 19 ? "\n" : "");
    printf("};\n\n");

    /* Sections */
    open_table(&t, dir, "usc_sections.tsv", '\t');
    int xt = col(&t, "title"), xs = col(&t, "section"), xst = col(&t, "status"),
        xh = col(&t, "heading"), xr = col(&t, "is_range"), xc = col(&t, "in_current_release"),
        xl = col(&t, "last_release_point");
    char release[32] = "";
    secrow *rows = NULL;
    int nrows = 0, caprows = 0;
    while (read_row(&t)) {
        secrow r;
        memset(&r, 0, sizeof r);
        int code = title_code(t.cell[xt]);
        int st = sec_status(t.cell[xst]);
        if (code < 0 || st < 0 || !*t.cell[xs])
            die(t.file, t.line, "bad title, section or status");
        r.s.title = (uint8_t)code;
        r.s.status = (uint8_t)st;
        if (strcmp(t.cell[xr], "yes") == 0)
            r.s.flags |= SC_REF_SEC_RANGE;
        if (strcmp(t.cell[xc], "yes") == 0)
            r.s.flags |= SC_REF_SEC_CURRENT;
        r.name = xstrdup(t.cell[xs]);
        r.s.section = pool_add(r.name);
        if (st != SC_REF_SEC_ACTIVE || (r.s.flags & SC_REF_SEC_RANGE))
            r.s.heading = pool_add(t.cell[xh]);
        if (!(r.s.flags & SC_REF_SEC_CURRENT))
            r.s.last_release = pool_add(t.cell[xl]);
        else if (!release[0])
            snprintf(release, sizeof release, "%s", t.cell[xl]);
        if (nrows == caprows) {
            caprows = caprows ? caprows * 2 : 4096;
            rows = xrealloc(rows, (size_t)caprows * sizeof *rows);
        }
        rows[nrows++] = r;
    }
    fclose(t.f);
    qsort(rows, (size_t)nrows, sizeof *rows, cmp_sec);
    printf("const sc_ref_section sc_ref_sections[] = {\n");
    int nranges = 0;
    for (int i = 0; i < nrows; i++) {
        const sc_ref_section *s = &rows[i].s;
        printf("{%d,%d,%d,%u,%u,%u},\n", s->title, s->status, s->flags, (unsigned)s->section,
               (unsigned)s->heading, (unsigned)s->last_release);
        nranges += (s->flags & SC_REF_SEC_RANGE) != 0;
    }
    printf("};\nconst int sc_ref_nsections = %d;\n\n", nrows);
    /* each row's name as a key, and the rows by name (see refdata.h) */
    printf("const uint64_t sc_ref_section_key[] = {\n");
    for (int i = 0; i < nrows; i++) {
        printf("0x%llxu,%s", (unsigned long long)sc_ref_section_key_of(rows[i].name),
               i % 8 == 7 ? "\n" : "");
    }
    printf("0};\n\n");
    /* per title code, the most digits a section name begins with */
    int digits[256] = { 0 };
    for (int i = 0; i < nrows; i++) {
        int n = (int)strspn(rows[i].name, "0123456789");
        if (n > digits[rows[i].s.title])
            digits[rows[i].s.title] = n;
    }
    printf("const uint16_t sc_ref_section_digits[256] = {");
    for (int t = 0; t < 256; t++)
        printf("%s%d,", t % 16 ? "" : "\n", digits[t]);
    printf("\n};\n\n");
    if (nrows >= (1 << SC_REF_HASH_ROW_BITS)) {
        fprintf(stderr, "gen_refdata: too many sections for SC_REF_HASH_ROW_BITS\n");
        return 1;
    }
    uint32_t *hash = xrealloc(NULL, (size_t)SC_REF_SECTION_HASH * sizeof *hash);
    memset(hash, 0, (size_t)SC_REF_SECTION_HASH * sizeof *hash);
    for (int i = 0; i < nrows; i++) {
        if (i > 0 && rows[i - 1].s.title == rows[i].s.title &&
            strcmp(rows[i - 1].name, rows[i].name) == 0)
            continue; /* a duplicate: the first row of the name answers */
        uint32_t h = sc_ref_section_hash(rows[i].s.title, rows[i].name) & (SC_REF_SECTION_HASH - 1);
        while (hash[h])
            h = (h + 1) & (SC_REF_SECTION_HASH - 1);
        hash[h] = ((uint32_t)rows[i].s.title << SC_REF_HASH_ROW_BITS | (uint32_t)i) + 1;
    }
    printf("const uint32_t sc_ref_section_hash_table[SC_REF_SECTION_HASH] = {\n");
    for (int i = 0; i < SC_REF_SECTION_HASH; i++)
        printf("%u,%s", hash[i], i % 16 == 15 ? "\n" : "");
    printf("};\n\n");
    uint32_t *ranges = xrealloc(NULL, (size_t)nranges * sizeof *ranges);
    for (int i = 0, k = 0; i < nrows; i++)
        if (rows[i].s.flags & SC_REF_SEC_RANGE)
            ranges[k++] = (uint32_t)i;
    emit_index("sc_ref_range_index", "sc_ref_nrange_index", ranges, nranges);
    /* each range row's ends ("293a to 293c": "293a", "293c"), and the
     * numbers they begin with (refdata.h) */
    printf("const sc_ref_range sc_ref_ranges[] = {\n");
    for (int k = 0; k < nranges; k++) {
        const char *name = rows[ranges[k]].name, *to = strstr(name, " to ");
        if (!to || to - name >= 64 || strlen(to + 4) >= 64) {
            printf("{0,0,-2,-2},\n"); /* no ends: covers nothing */
            continue;
        }
        char lo[64];
        memcpy(lo, name, (size_t)(to - name));
        lo[to - name] = '\0';
        printf("{%u,%u,%ld,%ld},\n", (unsigned)pool_add(lo), (unsigned)pool_add(to + 4),
               lead_number(lo), lead_number(to + 4));
    }
    printf("{0,0,-2,-2}};\n\n");
    printf("const char sc_ref_release[] = \"%s\";\n\n", release);

    /* The pool, last: one string literal per entry, concatenated. */
    printf("const char sc_ref_pool[] =\n");
    for (size_t off = 0; off < pool_len;) {
        size_t n = strlen(pool + off);
        cstring(pool + off, n);
        printf(" \"\\0\"\n");
        off += n + 1;
    }
    printf(";\n");
    fprintf(stderr, "gen_refdata: %d Congresses, %d public laws, %d private laws, %d titles, "
                    "%d sections, pool %zu bytes; %d short titles with an impossible year left out\n",
            ncong, pub.n, pvt.n, ntitles, nrows, pool_len, dropped_titles);
    return ferror(stdout) ? 1 : 0;
}
