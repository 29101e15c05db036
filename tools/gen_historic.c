/*
 * gen_historic.c -- build-time tool: reads data/historic_laws.csv (laws of
 * the 1st-81st Congresses, scripts/build-historic-laws.py) and writes it as
 * the sorted static C arrays that src/ref_historic.h declares, with indexes
 * by (volume, page), by (Congress, Public Law number) and by date, so the
 * lookups need no file at run time.
 *
 * usage: gen_historic data/historic_laws.csv data/usc_former_notes.tsv > historic_tables.c
 *
 * The second file, the former U.S. Code sections (scripts/build-usc-former.py),
 * becomes a table sorted by (title, section) with a string pool.
 *
 * Lines starting with '#' are comments; columns are found by their header
 * names.  Any malformed row stops the build with "file:line: what is wrong".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen_bill.h"
#include "ref_historic.h"

#define MAXCOL 16
#define MAXROWS 200000 /* hard cap: the file holds about 70,000 */

static const char *file;
static long lineno;

static void die(const char *what)
{
    fprintf(stderr, "gen_historic: %s:%ld: %s\n", file, lineno, what);
    exit(1);
}

static sc_hist_law *rows;
static int nrows;
static uint32_t *bills; /* each row's bill, parallel to rows: sc_hist_bill() */

static long num(const char *s, long lo, long hi, const char *what)
{
    if (!*s)
        return 0;
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || v < lo || v > hi)
        die(what);
    return v;
}

static int kind_of(const char *s)
{
    static const char *const names[] = { "ch", "pch", "pres", "res", "prres" };
    for (int i = 0; i < 5; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    die("unknown kind");
    return 0;
}

/* Sort keys. */
static int cmp_main(const void *a, const void *b)
{
    const sc_hist_law *x = a, *y = b;
    int gx = x->kind >= SC_HIST_PUBRES, gy = y->kind >= SC_HIST_PUBRES;
    if (x->congress != y->congress) return x->congress - y->congress;
    if (x->session != y->session) return x->session - y->session;
    if (gx != gy) return gx - gy;
    if (x->number != y->number) return x->number - y->number;
    if (x->kind != y->kind) return x->kind - y->kind;
    if (x->volume != y->volume) return x->volume - y->volume;
    return x->page < y->page ? -1 : x->page > y->page;
}

static int cmp_perm(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    int c = cmp_main(&rows[x], &rows[y]);
    return c ? c : (x > y) - (x < y);
}

static int cmp_page(const void *a, const void *b)
{
    const sc_hist_law *x = &rows[*(const uint32_t *)a], *y = &rows[*(const uint32_t *)b];
    if (x->volume != y->volume) return x->volume - y->volume;
    if (x->page != y->page) return x->page < y->page ? -1 : 1;
    if (x->number != y->number) return x->number - y->number;
    return x->kind - y->kind;
}

/* Chapters (public and private acts) by (volume, chapter, page): the
 * chapters of one number a volume prints, found by one binary search. */
static int cmp_chapter(const void *a, const void *b)
{
    const sc_hist_law *x = &rows[*(const uint32_t *)a], *y = &rows[*(const uint32_t *)b];
    if (x->volume != y->volume) return x->volume - y->volume;
    if (x->number != y->number) return x->number - y->number;
    if (x->page != y->page) return x->page < y->page ? -1 : 1;
    return x->kind - y->kind;
}

static int cmp_publ(const void *a, const void *b)
{
    const sc_hist_law *x = &rows[*(const uint32_t *)a], *y = &rows[*(const uint32_t *)b];
    if (x->congress != y->congress) return x->congress - y->congress;
    if (x->publ != y->publ) return x->publ - y->publ;
    return x->session - y->session;
}

static int cmp_date(const void *a, const void *b)
{
    const sc_hist_law *x = &rows[*(const uint32_t *)a], *y = &rows[*(const uint32_t *)b];
    if (x->date != y->date) return x->date < y->date ? -1 : 1;
    if (x->number != y->number) return x->number - y->number;
    return x->kind - y->kind;
}

static void emit_index(const char *name, const char *count, uint32_t *ix, int n)
{
    printf("const uint32_t %s[] = {", name);
    for (int i = 0; i < n; i++)
        printf("%s%u,", i % 16 ? "" : "\n", ix[i]);
    printf("\n0 };\nconst int %s = %d;\n\n", count, n);
}

/* The second key of every entry of index @p ix (a page, or a chapter
 * number): within one volume's entries, the key the index is sorted by. */
static void emit_second_keys(const char *name, const uint32_t *ix, int n, int chapters)
{
    printf("const int32_t %s[] = {", name);
    for (int i = 0; i < n; i++)
        printf("%s%d,", i % 16 ? "" : "\n", chapters ? rows[ix[i]].number : rows[ix[i]].page);
    printf("\n0 };\n\n");
}

/* Each page-index entry's last page on record (0: not known), and the
 * greatest of those from its volume's first entry to it (its reach): a
 * search back for the laws that reach a page stops where none before can. */
static void emit_page_ends(const uint32_t *ix, int n)
{
    printf("const int32_t sc_hist_page_end[] = {");
    for (int i = 0; i < n; i++)
        printf("%s%d,", i % 16 ? "" : "\n", rows[ix[i]].end);
    printf("\n0 };\n\n");
    printf("const int32_t sc_hist_page_reach[] = {");
    int32_t reach = 0;
    for (int i = 0; i < n; i++) {
        if (i == 0 || rows[ix[i]].volume != rows[ix[i - 1]].volume)
            reach = 0;
        if (rows[ix[i]].end > reach)
            reach = rows[ix[i]].end;
        printf("%s%d,", i % 16 ? "" : "\n", reach);
    }
    printf("\n0 };\n\n");
}

/* Per volume v (0 to SC_HIST_VOLUMES), the first entry of index @p ix (by
 * volume first) of that volume or a later one. */
static void emit_volume_firsts(const char *name, const uint32_t *ix, int n)
{
    printf("const uint32_t %s[SC_HIST_VOLUMES + 1] = {", name);
    int i = 0;
    for (int v = 0; v <= SC_HIST_VOLUMES; v++) {
        while (i < n && rows[ix[i]].volume < v)
            i++;
        printf("%s%d,", v % 16 ? "" : "\n", i);
    }
    printf("\n};\n\n");
}

/* The Congresses each volume prints: those with at least ten chapters
 * (public or private) with a page in it, from the first to the last (a few
 * rows filed under another volume do not widen it). */
#define MAXVOL 200
static void emit_volumes(void)
{
    static int count[MAXVOL + 1][82];
    int maxv = 0;
    for (int i = 0; i < nrows; i++) {
        const sc_hist_law *r = &rows[i];
        if (r->kind <= SC_HIST_PRIVATE && r->page > 0 && r->volume <= MAXVOL) {
            count[r->volume][r->congress]++;
            if (r->volume > maxv)
                maxv = r->volume;
        }
    }
    printf("const int16_t sc_hist_volume_congress[][2] = {\n");
    for (int v = 0; v <= maxv; v++) {
        int first = 0, last = 0;
        for (int c = 1; c <= 81; c++)
            if (count[v][c] >= 10) {
                if (!first)
                    first = c;
                last = c;
            }
        printf("{%d,%d},%s", first, last, v % 8 == 7 ? "\n" : "");
    }
    printf("};\nconst int sc_hist_nvolumes = %d;\n\n", maxv + 1);
}

/* ------------------------------------------------ former sections */

#define MAXFORMER 50000
#define MAXPOOL (4u << 20)

static char *pool;
static uint32_t pool_len = 1; /* offset 0: the empty string */

static uint32_t pool_add(const char *s)
{
    size_t n = strlen(s);
    if (n == 0)
        return 0;
    if (pool_len + n + 1 > MAXPOOL)
        die("string pool full");
    memcpy(pool + pool_len, s, n + 1);
    pool_len += (uint32_t)n + 1;
    return pool_len - (uint32_t)n - 1;
}

static sc_former_section *former;
static int nformer;

static int cmp_former(const void *a, const void *b)
{
    const sc_former_section *x = a, *y = b;
    int c = strcmp(x->title, y->title);
    return c ? c : strcmp(pool + x->section, pool + y->section);
}

static void read_former(const char *path)
{
    file = path;
    lineno = 0;
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(1);
    }
    pool = calloc(MAXPOOL, 1);
    former = calloc(MAXFORMER, sizeof *former);
    if (!pool || !former)
        exit(1);
    char line[1024];
    int hdr = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (line[0] == '#')
            continue;
        line[strcspn(line, "\r\n")] = '\0';
        char *cell[5];
        int n = 0;
        for (char *p = line; n < 5;) {
            cell[n++] = p;
            p = strchr(p, '\t');
            if (!p)
                break;
            *p++ = '\0';
        }
        if (!hdr) {
            if (n != 5 || strcmp(cell[0], "title") || strcmp(cell[1], "section") ||
                strcmp(cell[2], "kind") || strcmp(cell[3], "by") || strcmp(cell[4], "to"))
                die("header must be title, section, kind, by, to");
            hdr = 1;
            continue;
        }
        if (n != 5)
            die("five tab-separated cells expected");
        if (nformer >= MAXFORMER)
            die("too many rows");
        sc_former_section *r = &former[nformer++];
        if (!cell[0][0] || strlen(cell[0]) >= sizeof r->title || !cell[1][0])
            die("bad title or section");
        strcpy(r->title, cell[0]);
        if (strcmp(cell[2], "restated") == 0)
            r->kind = SC_FORMER_RESTATED;
        else if (strcmp(cell[2], "prior") == 0)
            r->kind = SC_FORMER_PRIOR;
        else if (strcmp(cell[2], "named") == 0)
            r->kind = SC_FORMER_NAMED;
        else
            die("kind must be restated, prior or named");
        int c = 0, num = 0;
        if (cell[3][0] && (sscanf(cell[3], "%d-%d", &c, &num) != 2 || c < 1 || c > 200))
            die("bad law in by");
        r->by_congress = (int16_t)c;
        r->by_number = (int16_t)num;
        r->section = pool_add(cell[1]);
        r->to = pool_add(cell[4]);
    }
    fclose(f);
    qsort(former, (size_t)nformer, sizeof *former, cmp_former);
}

static void emit_former(void)
{
    printf("const sc_former_section sc_hist_former[] = {\n");
    for (int i = 0; i < nformer; i++) {
        const sc_former_section *r = &former[i];
        printf("{\"%s\",%d,%d,%d,%u,%u},\n", r->title, r->kind, r->by_congress, r->by_number,
               r->section, r->to);
    }
    printf("{\"\",0,0,0,0,0} };\nconst int sc_hist_nformer = %d;\n\n", nformer);
    printf("const char sc_hist_pool[] =\n\"");
    for (uint32_t i = 0; i < pool_len; i++) {
        unsigned char ch = (unsigned char)pool[i];
        if (ch == '\0')
            printf("\\000");
        else if (ch == '"' || ch == '\\')
            printf("\\%c", ch);
        else if (ch < 0x20 || ch >= 0x7f)
            printf("\\%03o", ch);
        else
            putchar(ch);
        if (i % 64 == 63)
            printf("\"\n\"");
    }
    printf("\";\n");
}

/* The longest run of index @p ix (@p n entries) whose neighbours @p same
 * says are alike: a chapter number's laws in a volume, a day's, a page's. */
static int same_chapter(const sc_hist_law *a, const sc_hist_law *b)
{
    return a->volume == b->volume && a->number == b->number;
}
static int same_day(const sc_hist_law *a, const sc_hist_law *b) { return a->date == b->date; }
static int same_page(const sc_hist_law *a, const sc_hist_law *b)
{
    return a->volume == b->volume && a->page == b->page;
}
static int longest_run(const uint32_t *ix, int n,
                       int (*same)(const sc_hist_law *, const sc_hist_law *))
{
    int most = 0;
    for (int i = 0, run = 0; i < n; i++) {
        run = i > 0 && same(&rows[ix[i]], &rows[ix[i - 1]]) ? run + 1 : 1;
        if (run > most)
            most = run;
    }
    return most;
}

/* Fails the build when @p most laws (@p what) need more room than @p room
 * (the constant @p name of ref_historic.h); else says how many. */
static void room_for(int most, int room, const char *what, const char *name)
{
    fprintf(stderr, "gen_historic: at most %d %s (%s %d)\n", most, what, name, room);
    if (most > room) {
        fprintf(stderr, "gen_historic: %s is too small for the tables\n", name);
        exit(1);
    }
}

/* ---------------------------------------- a Congress's last morning
 * A law the Statutes print as the outgoing Congress's, approved on March
 * 4 -- the day after the term data/congresses.csv gives it, whose last
 * session sat into that morning (presidents.csv's terms end and begin on
 * that day too) -- is flagged 'd' by the build for its date "outside the
 * term" alone (historic_laws_conflicts.csv: outside-term-unresolved, no
 * other date rule).  Such a date is no dispute: SC_HIST_LAST_MORNING. */
#define MAX_TERMS 128
static int32_t term_end[MAX_TERMS]; /* yyyymmdd, by Congress */
static char **ot_keys, **dispute_keys; /* the rows' keys, sorted */
static int n_ot, n_dispute;

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Splits a CSV line (no quoted commas in these files) into at most @p max
 * cells; how many. */
static int split(char *line, char **cell, int max)
{
    int n = 0;
    line[strcspn(line, "\r\n")] = '\0';
    for (char *p = line; n < max;) {
        cell[n++] = p;
        if (!(p = strchr(p, ',')))
            break;
        *p++ = '\0';
    }
    return n;
}

static void read_last_mornings(const char *congresses, const char *conflicts)
{
    char line[512], *cell[16], key[128];
    FILE *f = fopen(congresses, "r");
    if (!f)
        die("cannot read the Congresses' terms");
    while (fgets(line, sizeof line, f)) {
        int y, m, d, n = split(line, cell, 16);
        long c = n >= 3 ? strtol(cell[0], NULL, 10) : 0;
        if (line[0] != '#' && c > 0 && c < MAX_TERMS &&
            sscanf(cell[2], "%4d-%2d-%2d", &y, &m, &d) == 3)
            term_end[c] = y * 10000 + m * 100 + d;
    }
    fclose(f);
    if (!(f = fopen(conflicts, "r")))
        die("cannot read the historic conflicts");
    int cap = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || strncmp(line, "congress,", 9) == 0)
            continue;
        /* congress,session,kind,number,volume,page,field,statutes,other,kept,rule */
        if (split(line, cell, 16) < 11 || strcmp(cell[6], "date") != 0)
            continue;
        snprintf(key, sizeof key, "%s,%s,%s,%s,%s,%s", cell[0], cell[1], cell[2], cell[3],
                 cell[4], cell[5]);
        int ot = strcmp(cell[10], "outside-term-unresolved") == 0;
        if (n_ot + n_dispute >= cap) {
            cap = cap ? cap * 2 : 1024;
            ot_keys = realloc(ot_keys, sizeof *ot_keys * (size_t)cap);
            dispute_keys = realloc(dispute_keys, sizeof *dispute_keys * (size_t)cap);
            if (!ot_keys || !dispute_keys)
                die("out of memory");
        }
        char *k = strdup(key);
        if (!k)
            die("out of memory");
        if (ot)
            ot_keys[n_ot++] = k;
        else
            dispute_keys[n_dispute++] = k;
    }
    fclose(f);
    qsort(ot_keys, (size_t)n_ot, sizeof *ot_keys, cmp_str);
    qsort(dispute_keys, (size_t)n_dispute, sizeof *dispute_keys, cmp_str);
}

/* Is row @p r (its cells @p cell, the columns @p col), flagged 'd', dated
 * the morning after its Congress's term, for that alone? */
static int last_morning(char **cell, const int *col, const sc_hist_law *r)
{
    char key[128], *kp = key;
    if (!n_ot || r->congress <= 0 || r->congress >= MAX_TERMS ||
        term_end[r->congress] % 10000 != 303 || r->date != term_end[r->congress] + 1)
        return 0; /* (a term that ended on March 3, the law of the 4th) */
    snprintf(key, sizeof key, "%s,%s,%s,%s,%s,%s", cell[col[0]], cell[col[1]], cell[col[2]],
             cell[col[3]], cell[col[5]], cell[col[6]]);
    return bsearch(&kp, ot_keys, (size_t)n_ot, sizeof *ot_keys, cmp_str) &&
           !bsearch(&kp, dispute_keys, (size_t)n_dispute, sizeof *dispute_keys, cmp_str);
}

int main(int argc, char **argv)
{
    if (argc != 3 && argc != 5) {
        fprintf(stderr, "usage: gen_historic data/historic_laws.csv data/usc_former_notes.tsv "
                        "[data/congresses.csv data/historic_laws_conflicts.csv]\n");
        return 2;
    }
    if (argc == 5)
        read_last_mornings(argv[3], argv[4]);
    file = argv[1];
    FILE *f = fopen(file, "r");
    if (!f) {
        perror(file);
        return 1;
    }
    rows = calloc(MAXROWS, sizeof *rows);
    if (!rows)
        return 1;
    char line[512], *cell[MAXCOL];
    int col[9], fcol = -1, scol = -1, ecol = -1, bcol = -1, ncell, have_hdr = 0;
    bills = calloc(MAXROWS, sizeof *bills);
    if (!bills)
        return 1;
    static const char *const want[9] = { "congress", "session", "kind", "number", "date",
                                         "volume", "page", "publ", "pubres" };
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (line[0] == '#')
            continue;
        line[strcspn(line, "\r\n")] = '\0';
        ncell = 0;
        for (char *p = line; ncell < MAXCOL;) {
            cell[ncell++] = p;
            p = strchr(p, ',');
            if (!p)
                break;
            *p++ = '\0';
        }
        if (!have_hdr) {
            for (int k = 0; k < 9; k++) {
                col[k] = -1;
                for (int i = 0; i < ncell; i++)
                    if (strcmp(cell[i], want[k]) == 0)
                        col[k] = i;
                if (col[k] < 0)
                    die("a column is missing from the header");
            }
            for (int i = 0; i < ncell; i++) {
                if (strcmp(cell[i], "flags") == 0)
                    fcol = i; /* optional */
                if (strcmp(cell[i], "src") == 0)
                    scol = i; /* optional */
                if (strcmp(cell[i], "end") == 0)
                    ecol = i; /* optional */
                if (strcmp(cell[i], "bill") == 0)
                    bcol = i; /* optional */
            }
            have_hdr = 1;
            continue;
        }
        if (nrows >= MAXROWS)
            die("too many rows");
        for (int k = 0; k < 9; k++)
            if (col[k] >= ncell)
                die("too few cells");
        sc_hist_law *r = &rows[nrows++];
        r->congress = (int16_t)num(cell[col[0]], 1, 81, "bad congress");
        r->session = (uint8_t)num(cell[col[1]], 0, 9, "bad session");
        r->kind = (uint8_t)kind_of(cell[col[2]]);
        r->number = (int16_t)num(cell[col[3]], 0, 32767, "bad number");
        const char *d = cell[col[4]];
        if (*d) {
            int y, m, dd;
            if (sscanf(d, "%4d-%2d-%2d", &y, &m, &dd) != 3 || m < 1 || m > 12 || dd < 1 || dd > 31)
                die("bad date");
            r->date = y * 10000 + m * 100 + dd;
        }
        r->volume = (int16_t)num(cell[col[5]], 1, SC_HIST_VOLUMES - 1, "bad volume");
        const char *pg = cell[col[6]];
        r->page = pg[0] >= '0' && pg[0] <= '9' ? (int32_t)num(pg, 1, 99999, "bad page") : 0;
        if (ecol >= 0 && ecol < ncell && cell[ecol][0]) {
            r->end = (int32_t)num(cell[ecol], 1, 99999, "bad end");
            if (r->page <= 0 || r->end < r->page)
                die("end before the first page");
        }
        r->publ = (int16_t)num(cell[col[7]], 0, 32767, "bad publ");
        r->pubres = (int16_t)num(cell[col[8]], 0, 32767, "bad pubres");
        if (fcol >= 0 && fcol < ncell && strchr(cell[fcol], 'd'))
            r->flags |= last_morning(cell, col, r) ? SC_HIST_LAST_MORNING : SC_HIST_DATE_DISPUTED;
        if (scol >= 0 && scol < ncell && strlen(cell[scol]) == 1)
            r->flags |= SC_HIST_ONE_SOURCE; /* no second source confirms its date */
        if (bcol >= 0 && bcol < ncell) {
            uint8_t bt;
            int32_t bn;
            gen_bill(cell[bcol], &bt, &bn);
            bills[nrows - 1] = bn <= 0xffffff ? (uint32_t)bt << 24 | (uint32_t)bn : 0;
        }
    }
    fclose(f);
    if (!have_hdr)
        die("no header");
    /* sorted through an index, so that each row's bill goes with it (ties,
     * rows of one key, keep the order of the file) */
    {
        uint32_t *perm = malloc(sizeof(uint32_t) * (size_t)nrows);
        sc_hist_law *r2 = malloc(sizeof *r2 * (size_t)nrows);
        uint32_t *b2 = malloc(sizeof *b2 * (size_t)nrows);
        if (!perm || !r2 || !b2)
            return 1;
        for (int i = 0; i < nrows; i++)
            perm[i] = (uint32_t)i;
        qsort(perm, (size_t)nrows, sizeof *perm, cmp_perm);
        for (int i = 0; i < nrows; i++) {
            r2[i] = rows[perm[i]];
            b2[i] = bills[perm[i]];
        }
        memcpy(rows, r2, sizeof *r2 * (size_t)nrows);
        memcpy(bills, b2, sizeof *b2 * (size_t)nrows);
        free(perm);
        free(r2);
        free(b2);
    }

    uint32_t *pi = malloc(sizeof(uint32_t) * (size_t)nrows);
    uint32_t *li = malloc(sizeof(uint32_t) * (size_t)nrows);
    uint32_t *di = malloc(sizeof(uint32_t) * (size_t)nrows);
    uint32_t *ci = malloc(sizeof(uint32_t) * (size_t)nrows);
    if (!pi || !li || !di || !ci)
        return 1;
    int np = 0, nl = 0, nd = 0, nc = 0;
    for (int i = 0; i < nrows; i++) {
        if (rows[i].page > 0)
            pi[np++] = (uint32_t)i;
        if (rows[i].page > 0 && rows[i].kind <= SC_HIST_PRIVATE)
            ci[nc++] = (uint32_t)i;
        if (rows[i].publ > 0)
            li[nl++] = (uint32_t)i;
        if (rows[i].date > 0)
            di[nd++] = (uint32_t)i;
    }
    qsort(pi, (size_t)np, sizeof *pi, cmp_page);
    qsort(li, (size_t)nl, sizeof *li, cmp_publ);
    qsort(di, (size_t)nd, sizeof *di, cmp_date);
    qsort(ci, (size_t)nc, sizeof *ci, cmp_chapter);

    printf("/* Generated by tools/gen_historic.c from %s -- do not edit. */\n", file);
    printf("#include \"ref_historic.h\"\n\n");
    printf("const sc_hist_law sc_hist_laws[] = {\n");
    for (int i = 0; i < nrows; i++) {
        const sc_hist_law *r = &rows[i];
        printf("{%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d},\n", r->date, r->page, r->end, r->congress,
               r->volume, r->number, r->publ, r->pubres, r->session, r->kind, r->flags);
    }
    printf("{0,0,0,0,0,0,0,0,0,0,0} };\nconst int sc_hist_nlaws = %d;\n\n", nrows);
    printf("const uint32_t sc_hist_bills[] = {");
    for (int i = 0; i < nrows; i++)
        printf("%s%u,", i % 12 ? "" : "\n", bills[i]);
    printf("\n0 };\n\n");
    int span = 0;
    for (int i = 0; i < nrows; i++)
        if (rows[i].end - rows[i].page > span)
            span = rows[i].end - rows[i].page;
    printf("const int sc_hist_max_span = %d;\n\n", span);
    emit_volumes();
    emit_index("sc_hist_page_index", "sc_hist_npage_index", pi, np);
    emit_index("sc_hist_publ_index", "sc_hist_npubl_index", li, nl);
    emit_index("sc_hist_date_index", "sc_hist_ndate_index", di, nd);
    emit_index("sc_hist_chapter_index", "sc_hist_nchapter_index", ci, nc);
    emit_volume_firsts("sc_hist_page_first", pi, np);
    emit_volume_firsts("sc_hist_chapter_first", ci, nc);
    emit_second_keys("sc_hist_page_key", pi, np, 0);
    emit_second_keys("sc_hist_chapter_key", ci, nc, 1);
    /* the most laws one lookup of them may return: every lookup has room
     * for them all (ref_historic.h), checked here */
    room_for(longest_run(ci, nc, same_chapter), SC_HIST_SAME_CHAPTER_MAX,
             "laws of one volume share a chapter number", "SC_HIST_SAME_CHAPTER_MAX");
    room_for(longest_run(di, nd, same_day), SC_HIST_SAME_DATE_MAX, "laws of one day",
             "SC_HIST_SAME_DATE_MAX");
    /* (a page's lookups also return the laws that reach it from before:
     * room for twice as many as begin on it) */
    room_for(2 * longest_run(pi, np, same_page), SC_HIST_SAME_PAGE_MAX,
             "laws begin on one page, twice that", "SC_HIST_SAME_PAGE_MAX");
    int mornings = 0;
    for (int i = 0; i < nrows; i++)
        mornings += (rows[i].flags & SC_HIST_LAST_MORNING) != 0;
    fprintf(stderr, "gen_historic: %d laws of a Congress's last morning (March 4)\n", mornings);

    emit_page_ends(pi, np);
    printf("const int32_t sc_hist_date_key[] = {");
    for (int i = 0; i < nd; i++)
        printf("%s%d,", i % 16 ? "" : "\n", rows[di[i]].date);
    printf("\n0 };\n\n");
    /* per year from SC_HIST_YEAR0, the first date-index entry of that year
     * or a later one (the last: the count) */
    printf("const uint32_t sc_hist_date_year_first[SC_HIST_YEARS + 1] = {");
    for (int y = 0, i = 0; y <= SC_HIST_YEARS; y++) {
        while (i < nd && rows[di[i]].date < (SC_HIST_YEAR0 + y) * 10000)
            i++;
        printf("%s%d,", y % 16 ? "" : "\n", i);
    }
    printf("\n};\n\n");
    printf("const uint32_t sc_hist_date_session[] = {");
    for (int i = 0; i < nd; i++) {
        const sc_hist_law *r = &rows[di[i]];
        unsigned v = r->session && r->kind <= SC_HIST_PRIVATE
                         ? (unsigned)r->congress << 8 | r->session : 0u;
        printf("%s%u,", i % 16 ? "" : "\n", v);
    }
    printf("\n0 };\n\n");
    read_former(argv[2]);
    emit_former();
    fprintf(stderr, "gen_historic: %d laws, %d former sections, pool %u bytes\n", nrows, nformer,
            pool_len);
    return 0;
}
