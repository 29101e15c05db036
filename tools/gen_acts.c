/*
 * gen_acts.c -- build-time tool: reads the Acts tables in data/ (acts.tsv,
 * act_names.tsv, act_sections.tsv, act_abbreviations.tsv, usc_transfers.tsv, usc_exits.tsv,
 * usc_former.tsv, usc_added.tsv, usc_origin.tsv)
 * and writes them as sorted static C arrays with one string pool
 * (src/act_tables.h declares them), so Act lookups need no file at run time.
 *
 * usage: gen_acts DATA_DIR > act_tables.c
 *
 * Lines starting with '#' are comments; the first other line names the
 * columns, which are found by name.  A malformed row, or an abbreviation
 * whose full name no Act has, stops the build with "file:line: what".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "act_norm.h"
#include "act_tables.h"
#include "ref_acts.h"

/* ------------------------------------------------------------ helpers */

#define GEN_NAME "gen_acts"
#include "gen_util.h"


#define GROW(arr, n, cap)                                                  \
    do {                                                                   \
        if ((n) == (cap)) {                                                \
            (cap) = (cap) ? (cap) * 2 : 256;                               \
            (arr) = xrealloc((arr), (size_t)(cap) * sizeof *(arr));        \
        }                                                                  \
    } while (0)

/* The string pool, deduplicated by a linear-probing hash; offset 0 is "". */
static char *pool;
static size_t pool_len, pool_cap;
static uint32_t *htab;
static size_t hcap;

static uint32_t hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static uint32_t pool_add(const char *s)
{
    if (!s || !*s)
        return 0;
    if (!htab) {
        hcap = 1 << 18;
        htab = calloc(hcap, sizeof *htab);
        if (!htab)
            die("pool", 0, "out of memory");
    }
    size_t i = hash(s) & (hcap - 1);
    for (; htab[i]; i = (i + 1) & (hcap - 1))
        if (strcmp(pool + htab[i], s) == 0)
            return htab[i];
    size_t n = strlen(s) + 1;
    if (pool_len + n > pool_cap) {
        pool_cap = (pool_len + n) * 2;
        pool = xrealloc(pool, pool_cap);
    }
    memcpy(pool + pool_len, s, n);
    htab[i] = (uint32_t)pool_len;
    pool_len += n;
    return htab[i];
}

/* ---------------------------------------------------------------- rows */

#define MAXCOL 16

typedef struct table {
    char file[512];
    FILE *f;
    long line;
    int ncol;
    char *hdr[MAXCOL];
    char *cell[MAXCOL];
    char buf[8192];
} table;

/* Reads one TSV row into t->cell[]; returns the number of cells, 0 at EOF. */
static int read_row(table *t)
{
    while (fgets(t->buf, sizeof t->buf, t->f)) {
        t->line++;
        size_t n = strlen(t->buf);
        if (n && t->buf[n - 1] != '\n' && !feof(t->f))
            die(t->file, t->line, "line too long");
        while (n && (t->buf[n - 1] == '\n' || t->buf[n - 1] == '\r'))
            t->buf[--n] = '\0';
        if (n == 0 || t->buf[0] == '#')
            continue;
        int k = 0;
        char *p = t->buf;
        t->cell[k++] = p;
        for (; *p; p++)
            if (*p == '\t') {
                *p = '\0';
                if (k == MAXCOL)
                    die(t->file, t->line, "too many columns");
                t->cell[k++] = p + 1;
            }
        for (int j = k; j < MAXCOL; j++)
            t->cell[j] = p; /* missing trailing cells read as "" */
        return k;
    }
    return 0;
}

static void open_table(table *t, const char *dir, const char *name)
{
    memset(t, 0, sizeof *t);
    snprintf(t->file, sizeof t->file, "%s/%s", dir, name);
    t->f = fopen(t->file, "r");
    if (!t->f)
        die(t->file, 0, "cannot open");
    int n = read_row(t);
    if (!n)
        die(t->file, t->line, "no header row");
    t->ncol = n;
    for (int i = 0; i < n; i++)
        t->hdr[i] = xstrdup(t->cell[i]);
}

static int col(const table *t, const char *name)
{
    for (int i = 0; i < t->ncol; i++)
        if (strcmp(t->hdr[i], name) == 0)
            return i;
    die(t->file, 0, name);
    return -1;
}

static int num(const table *t, int c)
{
    const char *s = t->cell[c];
    if (!*s)
        return 0;
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || v < 0 || v > 99999999)
        die(t->file, t->line, "not a number");
    return (int)v;
}

static int32_t ymd(const table *t, int c)
{
    const char *s = t->cell[c];
    int y, m, d;
    if (!*s)
        return 0;
    if (sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3)
        die(t->file, t->line, "not a yyyy-mm-dd date");
    return y * 10000 + m * 100 + d;
}

/* A row of usc_origin.tsv, and their order: (title key, section) bytes. */
typedef struct uorigin {
    char *title, *section;
    int date, prior, codified;
} uorigin;

static int cmp_origin(const void *a, const void *b)
{
    const uorigin *x = a, *y = b;
    int c = strcmp(x->title, y->title);
    return c ? c : strcmp(x->section, y->section);
}

/* "5 App." -> "5a", as statcite keys titles. */
static const char *title_key(const char *t, char *buf, size_t cap)
{
    size_t n = strlen(t);
    if (n > 5 && strcmp(t + n - 5, " App.") == 0 && n - 5 + 2 <= cap) {
        memcpy(buf, t, n - 5);
        buf[n - 5] = 'a';
        buf[n - 4] = '\0';
        return buf;
    }
    return t;
}

/* ------------------------------------------------------- designations */

typedef struct desig {
    char *key, *scope;
    int congress, number, enacted, stat_volume, stat_page, code_title;
    int idx;
} desig;

static desig *ds;
static int nds, cds;

typedef struct fact {
    char *key, *name;
    int congress, enacted, stat_volume, stat_page;
} fact;
static fact *facts;
static int nfacts, cfacts;

static int cmp_fact(const void *a, const void *b)
{
    return strcmp(((const fact *)a)->key, ((const fact *)b)->key);
}

static const fact *find_fact(const char *key)
{
    fact k = {.key = (char *)key};
    return bsearch(&k, facts, (size_t)nfacts, sizeof *facts, cmp_fact);
}

static int cmp_desig(const void *a, const void *b)
{
    const desig *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : strcmp(x->scope, y->scope);
}

static void add_desig(const char *key, const char *scope, int code_title)
{
    GROW(ds, nds, cds);
    desig *d = &ds[nds++];
    memset(d, 0, sizeof *d);
    d->key = xstrdup(key);
    d->scope = xstrdup(scope);
    d->code_title = code_title;
}

static int find_desig(const char *key, const char *scope)
{
    desig k = {.key = (char *)key, .scope = (char *)scope};
    desig *d = bsearch(&k, ds, (size_t)nds, sizeof *ds, cmp_desig);
    return d ? (int)(d - ds) : -1;
}

/* --------------------------------------------------------------- names */

typedef struct nament {
    char *norm;    /* key                                  */
    char *display; /* NULL for an alias or an abbreviation  */
    char *key, *scope;
    int act, score;
    int own; /* act_names.tsv's "own-title": the Act's own title as enacted */
    char *by; /* act_names.tsv's "named_by": the laws that gave or changed a   *
               * name not the Act's own ("publ:94-360 ..."); NULL: none        */
} nament;

static nament *ns;
static int nns, cns;

static void add_name(const char *norm, const char *display, const char *key,
                     const char *scope, int score)
{
    GROW(ns, nns, cns);
    nament *e = &ns[nns++];
    e->norm = xstrdup(norm);
    e->display = display ? xstrdup(display) : NULL;
    e->key = xstrdup(key);
    e->scope = xstrdup(scope);
    e->act = -1;
    e->score = score;
    e->own = 0;
    e->by = NULL;
}

static int cmp_name(const void *a, const void *b)
{
    const nament *x = a, *y = b;
    int c = strcmp(x->norm, y->norm);
    if (c)
        return c;
    if (x->score != y->score)
        return y->score - x->score;
    return x->act - y->act;
}

/* Of the names read from ns[from..nns): one "referred to" note that gives
 * a name to another Act than the one its title names, by three notes or
 * more, is a slip of that note ("The Alaska National Interest Lands
 * Conservation Act, referred to in ..., is Pub. L. 96-497", against
 * sixteen notes and the short title for 96-487): left out, with a line on
 * stderr.  Returns how many. */
static int drop_slips(int from)
{
    qsort(ns + from, (size_t)(nns - from), sizeof *ns, cmp_name); /* by name, strongest first */
    int w = from, dropped = 0;
    for (int i = from, g = from; i < nns; i++) {
        if (strcmp(ns[i].norm, ns[g].norm) != 0)
            g = i; /* the group's first: its strongest */
        if (i > g && ns[g].score >= SC_ACT_SCORE_PUBLAW + 3 &&
            ns[i].score >= SC_ACT_SCORE_REFERRED && ns[i].score <= SC_ACT_SCORE_REFERRED + 1 &&
            strcmp(ns[i].key, ns[g].key) != 0) {
            fprintf(stderr, "gen_acts: \"%s\" left out for %s: one note against %s's title\n",
                    ns[i].display ? ns[i].display : ns[i].norm, ns[i].key, ns[g].key);
            dropped++;
            continue;
        }
        ns[w++] = ns[i];
    }
    nns = w;
    return dropped;
}

/* Scores: the strongest source, plus how many notes give the name
 * (act_tables.h). */
static int source_score(const char *src, int votes)
{
    int s = strstr(src, "short-title") ? SC_ACT_SCORE_SHORT_TITLE
            : strstr(src, "public_laws") ? SC_ACT_SCORE_PUBLAW
            : strstr(src, "referred-to") || strstr(src, "popular-name") ? SC_ACT_SCORE_REFERRED
                                                                        : 0;
    return s + (votes > 999 ? 999 : votes);
}

/* "x act of 1996" -> "x act", "x act 2025" (an appropriations Act's
 * "X Act, 2025") -> "x act": the key ends " of " or "act " and four digits. */
static int strip_year(const char *norm, char *out, size_t cap)
{
    size_t n = strlen(norm), cut;
    if (n < 9 || n >= cap)
        return 0;
    if (memcmp(norm + n - 8, " of ", 4) == 0)
        cut = n - 8;
    else if (memcmp(norm + n - 9, " act ", 5) == 0)
        cut = n - 5;
    else
        return 0;
    for (size_t i = n - 4; i < n; i++)
        if (norm[i] < '0' || norm[i] > '9')
            return 0;
    memcpy(out, norm, cut);
    out[cut] = '\0';
    return 1;
}

/* ------------------------------------------------------------ sections */

typedef struct secrow {
    int act;
    char *section, *path, *title, *usc;
} secrow;

static int cmp_sec(const void *a, const void *b)
{
    const secrow *x = a, *y = b;
    if (x->act != y->act)
        return x->act < y->act ? -1 : 1;
    int c = strcmp(x->section, y->section);
    return c ? c : strcmp(x->path, y->path);
}

/* A row of usc_added.tsv: the section, the law that added it (its section
 * of that law), its later laws (adl[first..first + count)). */
typedef struct addrow {
    char *title, *section, *lsec;
    int congress, number, first, count;
} addrow;

/* An index 0..n-1 of rows sorted by a comparison of two of them, printed
 * as the array @p name (the tables' second orders: the Acts' sections by
 * U.S. Code section, the added sections by law).  Ties go by index, so the
 * order is one whatever the sort. */
static const secrow *index_secs; /* (the rows the comparisons read) */
static const addrow *index_adds;
static int (*index_cmp)(int, int);

static int index_qcmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b, c = index_cmp(x, y);
    return c ? c : (x > y) - (x < y);
}

static void emit_index(const char *name, int n, int (*cmp)(int, int))
{
    int *ix = xrealloc(NULL, (size_t)(n + 1) * sizeof *ix);
    for (int i = 0; i < n; i++)
        ix[i] = i;
    index_cmp = cmp;
    qsort(ix, (size_t)n, sizeof *ix, index_qcmp);
    printf("const int32_t %s[] = {\n", name);
    for (int i = 0; i < n; i++)
        printf("%d,%s", ix[i], i % 16 == 15 ? "\n" : "");
    printf("0};\n\n");
    free(ix);
}

/* (title, section, Act): the classification by U.S. Code section */
static int cmp_sec_by_usc(int a, int b)
{
    const secrow *x = &index_secs[a], *y = &index_secs[b];
    int c = strcmp(x->title, y->title);
    if (!c)
        c = strcmp(x->usc, y->usc);
    return c ? c : (x->act > y->act) - (x->act < y->act);
}

/* (congress, number): the added sections by the law that added them */
static int cmp_added_by_law(int a, int b)
{
    const addrow *x = &index_adds[a], *y = &index_adds[b];
    return x->congress != y->congress ? (x->congress > y->congress) - (x->congress < y->congress)
                                      : (x->number > y->number) - (x->number < y->number);
}

typedef struct xfer {
    char *title, *section, *to_title, *to_section;
    int kind;
} xfer;

static int cmp_amend(const void *a, const void *b)
{
    const sc_act_amend *x = a, *y = b;
    if (x->act != y->act)
        return x->act < y->act ? -1 : 1;
    if (x->congress != y->congress)
        return x->congress - y->congress;
    return x->number - y->number;
}

static int cmp_xfer(const void *a, const void *b)
{
    const xfer *x = a, *y = b;
    int c = strcmp(x->title, y->title);
    return c ? c : strcmp(x->section, y->section);
}

/* The transfers by where they went: their indices, sorted by (to_title,
 * to_section) bytes (sc_act_xfer_to: sc_usc_moved_from()'s search). */
static const xfer *xfer_base;
static int cmp_xfer_to(const void *a, const void *b)
{
    const xfer *x = &xfer_base[*(const int *)a], *y = &xfer_base[*(const int *)b];
    int c = strcmp(x->to_title, y->to_title);
    c = c ? c : strcmp(x->to_section, y->to_section);
    return c ? c : (*(const int *)a > *(const int *)b) - (*(const int *)a < *(const int *)b);
}

/* --------------------------------------------------------------- main */

/*
 * The words that carry an Act's name on past its "Act" ("Defense Production
 * Act Reauthorization of 1989", "... Act Amendments of 1972"): a capitalized
 * word after " Act " that ends the name or is followed by " of" or ",", in
 * at least two names of act_names.tsv.  The checker's name reader
 * (src/entry_names.c) extends a name over one of them.
 */
#define AFTER_MAX 64
static struct { char w[24]; int n; } after[AFTER_MAX];
static int nafter;

static void count_after_act(const char *name)
{
    for (const char *p = strstr(name, " Act "); p; p = strstr(p + 1, " Act ")) {
        const char *w = p + 5, *e = w;
        if (*w < 'A' || *w > 'Z')
            continue;
        while ((*e >= 'a' && *e <= 'z') || (*e >= 'A' && *e <= 'Z'))
            e++;
        if (!(*e == '\0' || *e == ',' || strncmp(e, " of ", 4) == 0) || e - w >= 24)
            continue;
        int k;
        for (k = 0; k < nafter; k++)
            if (strlen(after[k].w) == (size_t)(e - w) && memcmp(after[k].w, w, (size_t)(e - w)) == 0)
                break;
        if (k == nafter) {
            if (nafter == AFTER_MAX)
                continue;
            memcpy(after[k].w, w, (size_t)(e - w));
            after[k].w[e - w] = '\0';
            nafter++;
        }
        after[k].n++;
    }
}

static int cmp_after(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

/* The abbreviations written in capitals alone, two to seven letters, of
 * an Act (not a Code's: "IRC", "INA" are titles): "ADA", "HIPAA",
 * "CERCLA" -- which a sentence may name alone as its subject ("HIPAA was
 * enacted by the 104th Congress"), sorted for sc_act_caps. */
#define MAX_CAPS 256
static char caps[MAX_CAPS][8];
static int ncaps;

static void caps_add(const char *a, int code_title)
{
    size_t n = strlen(a);
    if (code_title || n < 2 || n > 7 || ncaps == MAX_CAPS)
        return;
    for (size_t k = 0; k < n; k++)
        if (a[k] < 'A' || a[k] > 'Z')
            return;
    memcpy(caps[ncaps++], a, n + 1);
}

static int cmp_caps(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

static void emit_caps(void)
{
    qsort(caps, (size_t)ncaps, sizeof caps[0], cmp_caps);
    printf("const char *const sc_act_caps[] = {");
    for (int k = 0; k < ncaps; k++)
        printf(" \"%s\",", caps[k]);
    printf(" NULL };\n\n");
}

static void emit_after_words(void)
{
    qsort(after, (size_t)nafter, sizeof after[0], cmp_after);
    printf("const char *const sc_act_after_words[] = {");
    int n = 0;
    for (int k = 0; k < nafter; k++)
        if (after[k].n >= 2) {
            printf(" \"%s\",", after[k].w);
            n++;
        }
    printf(" NULL };\n\n");
    fprintf(stderr, "gen_acts: %d words carry a name past its Act\n", n);
}

/* The names a short title with a bracket in it is written by too:
 * without the bracket ("Cuban Liberty and Democratic Solidarity Act of
 * 1996" for "... Solidarity (LIBERTAD) Act of 1996", "Genocide Convention
 * Implementation Act of 1987" for "... of 1987 (the Proxmire Act)"); an
 * abbreviation in it with the words after the bracket ("LIBERTAD Act of
 * 1996"); a name in it ("Proxmire Act").  Not a designation's bracket
 * ("Small Business 7(a) Lending ...": no blank before it).  Writes up to
 * three names into @p out (each @p cap bytes); returns how many. */
static int bracket_names(const char *name, char out[][SC_ACT_NORM_MAX + 1], size_t cap)
{
    const char *o = strstr(name, " (");
    const char *c = o ? strchr(o, ')') : NULL;
    if (!o || !c || strchr(c + 1, '(') || c - o < 4)
        return 0;
    int n = 0;
    const char *in = o + 2; /* the bracket's words: in..c */
    size_t inlen = (size_t)(c - in);
    char raw[512];
    /* without it */
    int w = snprintf(raw, sizeof raw, "%.*s%s", (int)(o - name), name, c + 1);
    if (w > 0 && (size_t)w < sizeof raw && sc_act_norm(raw, strlen(raw), out[n], cap))
        n++;
    int caps = 1, letters = 0;
    for (const char *q = in; q < c; q++) {
        if (*q >= 'a' && *q <= 'z')
            caps = 0;
        letters += (*q >= 'A' && *q <= 'Z');
    }
    if (caps && letters >= 2 && c[1] == ' ') {
        /* an abbreviation, and the words after the bracket: "LIBERTAD Act of 1996" */
        w = snprintf(raw, sizeof raw, "%.*s%s", (int)inlen, in, c + 1);
        if (w > 0 && (size_t)w < sizeof raw && sc_act_norm(raw, strlen(raw), out[n], cap))
            n++;
    } else if (c[1] == '\0' && inlen > 8 && strncmp(in, "the ", 4) == 0 &&
               strncmp(c - 4, " Act", 4) == 0) {
        /* a name of its own at the end: "(the Proxmire Act)" */
        if (sc_act_norm(in + 4, inlen - 4, out[n], cap))
            n++;
    }
    return n;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: gen_acts DATA_DIR > act_tables.c\n");
        return 2;
    }
    const char *dir = argv[1];
    table t;
    char norm[SC_ACT_NORM_MAX + 1], alias[SC_ACT_NORM_MAX + 1], tb[16];
    pool = xrealloc(NULL, pool_cap = 1 << 16);
    pool[0] = '\0';
    pool_len = 1;

    /* acts.tsv: facts of each Act */
    open_table(&t, dir, "acts.tsv");
    int ca = col(&t, "act"), cc = col(&t, "congress"), ce = col(&t, "enacted"),
        cv = col(&t, "stat_volume"), cp = col(&t, "stat_page"), cn = col(&t, "name"),
        cch = col(&t, "chapter");
    while (read_row(&t)) {
        if (!*t.cell[ca])
            die(t.file, t.line, "empty act");
        GROW(facts, nfacts, cfacts);
        fact *f = &facts[nfacts++];
        f->key = xstrdup(t.cell[ca]);
        f->name = xstrdup(t.cell[cn]);
        f->congress = num(&t, cc);
        f->enacted = ymd(&t, ce);
        f->stat_volume = num(&t, cv);
        f->stat_page = num(&t, cp);
        add_desig(f->key, "", 0);
        /* a numbered law the Code cites by date and chapter ("1952-06-27 ch. 477"):
         * its "ch:1952-06-27:477" is a name of it (no name has a ':') */
        const char *chap = t.cell[cch];
        char d[16], n[16], ck[48];
        if (*chap) {
            if (sscanf(chap, "%10s ch. %15s", d, n) != 2)
                die(t.file, t.line, "chapter is not \"yyyy-mm-dd ch. N\"");
            snprintf(ck, sizeof ck, "ch:%s:%s", d, n);
            add_name(ck, NULL, f->key, "", SC_ACT_SCORE_ABBREV);
        }
    }
    fclose(t.f);
    qsort(facts, (size_t)nfacts, sizeof *facts, cmp_fact);

    /* act_names.tsv */
    open_table(&t, dir, "act_names.tsv");
    int nn = col(&t, "name"), na = col(&t, "act"), nsc = col(&t, "scope"),
        nsrc = col(&t, "source"), nv = col(&t, "votes"), nby = col(&t, "named_by");
    int nnames = 0, first_name = nns;
    while (read_row(&t)) {
        if (!sc_act_norm(t.cell[nn], strlen(t.cell[nn]), norm, sizeof norm))
            continue; /* longer than any name statcite looks up */
        if (!*t.cell[na])
            die(t.file, t.line, "empty act");
        add_name(norm, t.cell[nn], t.cell[na], t.cell[nsc],
                 source_score(t.cell[nsrc], num(&t, nv)));
        ns[nns - 1].own = strstr(t.cell[nsrc], "own-title") != NULL;
        if (*t.cell[nby])
            ns[nns - 1].by = xstrdup(t.cell[nby]);
        count_after_act(t.cell[nn]);
        add_desig(t.cell[na], t.cell[nsc], 0);
        add_desig(t.cell[na], "", 0);
        nnames++;
    }
    fclose(t.f);
    nnames -= drop_slips(first_name);

    /* the names a bracket in a short title leaves out or holds
     * (bracket_names()), each when no Act has it as a name already */
    qsort(ns, (size_t)nns, sizeof *ns, cmp_name);
    int named_all = nns, nbracket = 0;
    for (int i = 0; i < named_all; i++) {
        char bn[3][SC_ACT_NORM_MAX + 1];
        if (!ns[i].display || !strchr(ns[i].display, '('))
            continue;
        int nb = bracket_names(ns[i].display, bn, sizeof bn[0]);
        for (int k = 0; k < nb; k++) {
            int taken = 0;
            for (int j = 0; j < nns && !taken; j++)
                taken = strcmp(ns[j].norm, bn[k]) == 0;
            if (taken)
                continue;
            add_name(bn[k], NULL, ns[i].key, ns[i].scope, 0);
            ns[nns - 1].own = ns[i].own;
            if (ns[i].by)
                ns[nns - 1].by = xstrdup(ns[i].by);
            nbracket++;
        }
    }
    fprintf(stderr, "gen_acts: %d names from the brackets of short titles\n", nbracket);

    /* "X Act of 1996" also as "X Act", when no Act is named "X Act" */
    int full = nns;
    qsort(ns, (size_t)nns, sizeof *ns, cmp_name);
    for (int i = 0; i < full; i++) {
        if (!strip_year(ns[i].norm, alias, sizeof alias))
            continue;
        nament k = {.norm = alias, .score = 1 << 30};
        /* any full-name entry with this key? (sorted by key, then score) */
        int lo = 0, hi = full;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (cmp_name(&ns[mid], &k) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < full && strcmp(ns[lo].norm, alias) == 0)
            continue;
        add_name(alias, NULL, ns[i].key, ns[i].scope, 0);
        if (ns[i].by) /* (the name without its year: the same laws gave it) */
            ns[nns - 1].by = xstrdup(ns[i].by);
    }

    /* act_abbreviations.tsv: editorial aliases, resolved through the names */
    qsort(ns, (size_t)nns, sizeof *ns, cmp_name);
    open_table(&t, dir, "act_abbreviations.tsv");
    int ba = col(&t, "abbreviation"), bn = col(&t, "name"), bs = col(&t, "scope"),
        bt = col(&t, "code_title");
    int nabbr = 0, nsorted = nns;
    while (read_row(&t)) {
        char akey[SC_ACT_NORM_MAX + 1];
        caps_add(t.cell[ba], num(&t, bt));
        if (!sc_act_norm(t.cell[ba], strlen(t.cell[ba]), akey, sizeof akey))
            die(t.file, t.line, "empty abbreviation");
        int ct = num(&t, bt);
        if (ct) {
            char key[32];
            snprintf(key, sizeof key, "usc:%d", ct);
            add_desig(key, "", ct);
            add_name(akey, NULL, key, "", SC_ACT_SCORE_ABBREV);
            /* the Code's own name ("Internal Revenue Code") is its name */
            if (sc_act_norm(t.cell[bn], strlen(t.cell[bn]), norm, sizeof norm))
                add_name(norm, t.cell[bn], key, "", SC_ACT_SCORE_ABBREV);
            nabbr++;
            continue;
        }
        if (!sc_act_norm(t.cell[bn], strlen(t.cell[bn]), norm, sizeof norm))
            die(t.file, t.line, "empty name");
        /* the strongest full-name entry with that key (sorted: first one) */
        int found = -1;
        for (int i = 0; i < nsorted; i++)
            if (ns[i].display && strcmp(ns[i].norm, norm) == 0) {
                found = i;
                break;
            }
        if (found < 0)
            die(t.file, t.line, "its name is not the name of any Act in act_names.tsv");
        char *key = xstrdup(ns[found].key);
        const char *scope = *t.cell[bs] ? t.cell[bs] : ns[found].scope;
        add_desig(key, scope, 0);
        add_name(akey, NULL, key, scope, SC_ACT_SCORE_ABBREV);
        /* the alias stands for that name: the Act's own title as enacted,
         * or one later laws gave it, as that name is */
        ns[nns - 1].own = ns[found].own;
        if (ns[found].by)
            ns[nns - 1].by = xstrdup(ns[found].by);
        nabbr++;
    }
    fclose(t.f);

    /* designations: sorted, unique; facts from acts.tsv */
    qsort(ds, (size_t)nds, sizeof *ds, cmp_desig);
    int w = 0;
    for (int i = 0; i < nds; i++)
        if (w == 0 || cmp_desig(&ds[w - 1], &ds[i]) != 0)
            ds[w++] = ds[i];
        else if (ds[i].code_title)
            ds[w - 1].code_title = ds[i].code_title;
    nds = w;
    for (int i = 0; i < nds; i++) {
        desig *d = &ds[i];
        const fact *f = find_fact(d->key);
        if (f) {
            d->congress = f->congress;
            d->enacted = f->enacted;
            d->stat_volume = f->stat_volume;
            d->stat_page = f->stat_page;
        }
        int c, n;
        char end;
        if (sscanf(d->key, "publ:%d-%d%c", &c, &n, &end) == 2) {
            d->congress = c;
            d->number = n;
        }
    }
    for (int i = 0; i < nns; i++) {
        ns[i].act = find_desig(ns[i].key, ns[i].scope);
        if (ns[i].act < 0)
            die("act_names.tsv", 0, "internal: a name without its Act");
    }
    qsort(ns, (size_t)nns, sizeof *ns, cmp_name);

    /* display names of each designation, strongest first (ns is sorted by
     * key, not by Act: gather per Act) */
    int *order = xrealloc(NULL, (size_t)nns * sizeof *order);
    int nord = 0;
    for (int i = 0; i < nns; i++)
        if (ns[i].display)
            order[nord++] = i;
    /* sort display entries by (act, score desc, display) */
    for (int gap = nord / 2; gap > 0; gap /= 2) /* shell sort: no context for qsort */
        for (int i = gap; i < nord; i++)
            for (int j = i; j >= gap; j -= gap) {
                const nament *x = &ns[order[j - gap]], *y = &ns[order[j]];
                int c = x->act != y->act ? (x->act > y->act) - (x->act < y->act)
                        : x->score != y->score ? (x->score < y->score) - (x->score > y->score)
                        : strcmp(x->display, y->display);
                if (c <= 0)
                    break;
                int tmp = order[j];
                order[j] = order[j - gap];
                order[j - gap] = tmp;
            }
    uint32_t *dn = xrealloc(NULL, (size_t)(nord + 1) * sizeof *dn);
    int ndn = 0;
    int *first = xrealloc(NULL, (size_t)nds * sizeof *first);
    int *count = xrealloc(NULL, (size_t)nds * sizeof *count);
    memset(count, 0, (size_t)nds * sizeof *count);
    for (int i = 0; i < nds; i++)
        first[i] = 0;
    for (int k = 0; k < nord; k++) {
        const nament *e = &ns[order[k]];
        uint32_t off = pool_add(e->display);
        int a = e->act, dup = 0;
        if (count[a] == 0)
            first[a] = ndn;
        for (int j = first[a]; j < first[a] + count[a]; j++)
            dup |= dn[j] == off;
        if (dup)
            continue;
        dn[ndn++] = off;
        count[a]++;
    }

    /* act_sections.tsv */
    secrow *rows = NULL;
    int nrows = 0, crows = 0;
    open_table(&t, dir, "act_sections.tsv");
    int sa = col(&t, "act"), sp = col(&t, "path"), ss = col(&t, "section"),
        st = col(&t, "title"), su = col(&t, "usc_section");
    while (read_row(&t)) {
        int a = find_desig(t.cell[sa], "");
        if (a < 0)
            die(t.file, t.line, "an Act that acts.tsv does not have");
        if (!*t.cell[ss] || !*t.cell[st] || !*t.cell[su])
            die(t.file, t.line, "empty section or title");
        GROW(rows, nrows, crows);
        secrow *r = &rows[nrows++];
        r->act = a;
        r->section = xstrdup(t.cell[ss]);
        r->path = xstrdup(t.cell[sp]);
        r->title = xstrdup(title_key(t.cell[st], tb, sizeof tb));
        r->usc = xstrdup(t.cell[su]);
    }
    fclose(t.f);
    qsort(rows, (size_t)nrows, sizeof *rows, cmp_sec);

    /* act_amendments.tsv: (act, law) pairs; an Act the tables do not have
     * (a part merged into another, say) is left out */
    sc_act_amend *am = NULL;
    int nam = 0, cam = 0;
    open_table(&t, dir, "act_amendments.tsv");
    int aa = col(&t, "act"), al = col(&t, "law");
    while (read_row(&t)) {
        int a = find_desig(t.cell[aa], "");
        int c, n;
        if (a < 0 || sscanf(t.cell[al], "publ:%d-%d", &c, &n) != 2 || c <= 0 || c > 32767 ||
            n <= 0 || n > 32767)
            continue;
        GROW(am, nam, cam);
        am[nam++] = (sc_act_amend){ a, (int16_t)c, (int16_t)n };
    }
    fclose(t.f);
    qsort(am, (size_t)nam, sizeof *am, cmp_amend);

    /* usc_transfers.tsv */
    xfer *xs = NULL;
    int nxs = 0, cxs = 0;
    open_table(&t, dir, "usc_transfers.tsv");
    int xt = col(&t, "title"), xsn = col(&t, "section"), xtt = col(&t, "to_title"),
        xts = col(&t, "to_section"), xk = col(&t, "kind");
    while (read_row(&t)) {
        GROW(xs, nxs, cxs);
        xfer *x = &xs[nxs++];
        x->title = xstrdup(title_key(t.cell[xt], tb, sizeof tb));
        x->section = xstrdup(t.cell[xsn]);
        x->to_title = xstrdup(title_key(t.cell[xtt], tb, sizeof tb));
        x->to_section = xstrdup(t.cell[xts]);
        const char *k = t.cell[xk];
        x->kind = strcmp(k, "transferred") == 0    ? SC_XFER_TRANSFERRED
                  : strcmp(k, "reclassified") == 0 ? SC_XFER_RECLASSIFIED
                  : strcmp(k, "renumbered") == 0   ? SC_XFER_RENUMBERED
                                                   : 0;
        if (!x->kind)
            die(t.file, t.line, "unknown kind");
    }
    fclose(t.f);
    qsort(xs, (size_t)nxs, sizeof *xs, cmp_xfer);

    /* usc_added.tsv: (title, section) -> the law that added it, its later laws */
    addrow *ad = NULL;
    int nad = 0, cad = 0;
    uint32_t *adl = NULL;
    int nadl = 0, cadl = 0;
    open_table(&t, dir, "usc_added.tsv");
    int dt = col(&t, "title"), dsn = col(&t, "section"), dl = col(&t, "law"),
        dls = col(&t, "law_section"), dab = col(&t, "amended_by");
    while (read_row(&t)) {
        GROW(ad, nad, cad);
        addrow *x = &ad[nad++];
        char end;
        if (sscanf(t.cell[dl], "publ:%d-%d%c", &x->congress, &x->number, &end) != 2 ||
            x->congress <= 0 || x->congress > 32767)
            die(t.file, t.line, "law is not publ:C-N");
        x->title = xstrdup(title_key(t.cell[dt], tb, sizeof tb));
        x->section = xstrdup(t.cell[dsn]);
        x->lsec = xstrdup(t.cell[dls]);
        x->first = nadl;
        for (const char *q = t.cell[dab]; *q;) {
            int c, n, used;
            if (sscanf(q, "publ:%d-%d%n", &c, &n, &used) != 2 || c <= 0 || c > 32767 ||
                n <= 0 || n > 65535)
                die(t.file, t.line, "amended_by is not publ:C-N ...");
            GROW(adl, nadl, cadl);
            adl[nadl++] = (uint32_t)c << 16 | (uint32_t)n;
            q += used;
            while (*q == ' ')
                q++;
        }
        x->count = nadl - x->first;
        if (x->count > 65535)
            die(t.file, t.line, "too many laws");
    }
    fclose(t.f);
    for (int i = 1; i < nad; i++) /* (title, section) bytes; the file's order already */
        if (strcmp(ad[i - 1].title, ad[i].title) > 0 ||
            (strcmp(ad[i - 1].title, ad[i].title) == 0 && strcmp(ad[i - 1].section, ad[i].section) >= 0))
            die("usc_added.tsv", i, "rows out of (title, section) order");

    /* usc_former.tsv */
    typedef struct former {
        char *title, *section;
        int event, congress, number, date;
    } former;
    former *fs = NULL;
    int nfs = 0, cfs = 0;
    open_table(&t, dir, "usc_former.tsv");
    int ft = col(&t, "title"), fsn = col(&t, "section"), fe = col(&t, "event"),
        fl = col(&t, "law"), fd = col(&t, "date");
    while (read_row(&t)) {
        GROW(fs, nfs, cfs);
        former *x = &fs[nfs++];
        memset(x, 0, sizeof *x);
        x->title = xstrdup(title_key(t.cell[ft], tb, sizeof tb));
        x->section = xstrdup(t.cell[fsn]);
        const char *e = t.cell[fe];
        x->event = strcmp(e, "repealed") == 0      ? SC_FORMER_REPEALED
                   : strcmp(e, "renumbered") == 0  ? SC_FORMER_RENUMBERED
                   : strcmp(e, "transferred") == 0 ? SC_FORMER_TRANSFERRED
                   : strcmp(e, "omitted") == 0     ? SC_FORMER_OMITTED
                                                   : 0;
        if (!x->event)
            die(t.file, t.line, "unknown event");
        char end;
        if (*t.cell[fl] && sscanf(t.cell[fl], "publ:%d-%d%c", &x->congress, &x->number, &end) != 2)
            die(t.file, t.line, "law is not publ:C-N");
        x->date = ymd(&t, fd);
    }
    fclose(t.f);
    /* same order as the transfers: (title, section) bytes */
    for (int i = 1; i < nfs; i++)
        for (int j = i; j > 0; j--) {
            int c = strcmp(fs[j - 1].title, fs[j].title);
            if (!c)
                c = strcmp(fs[j - 1].section, fs[j].section);
            if (c < 0)
                break;
            if (c == 0)
                die("usc_former.tsv", 0, "a section twice");
            former tmp = fs[j];
            fs[j] = fs[j - 1];
            fs[j - 1] = tmp;
        }

    /* usc_exits.tsv: the same order as the transfers */
    typedef struct uexit {
        char *title, *section;
        int date, before;
    } uexit;
    uexit *es = NULL;
    int nes = 0, ces = 0;
    open_table(&t, dir, "usc_exits.tsv");
    int et = col(&t, "title"), esn = col(&t, "section"), ed = col(&t, "date"),
        eb = col(&t, "before");
    while (read_row(&t)) {
        GROW(es, nes, ces);
        uexit *x = &es[nes++];
        x->title = xstrdup(title_key(t.cell[et], tb, sizeof tb));
        x->section = xstrdup(t.cell[esn]);
        x->date = ymd(&t, ed);
        x->before = strcmp(t.cell[eb], "yes") == 0;
        if (!x->date)
            die(t.file, t.line, "no date");
    }
    fclose(t.f);
    for (int i = 1; i < nes; i++)
        for (int j = i; j > 0; j--) {
            int c = strcmp(es[j - 1].title, es[j].title);
            if (!c)
                c = strcmp(es[j - 1].section, es[j].section);
            if (c < 0)
                break;
            if (c == 0)
                die("usc_exits.tsv", 0, "a section twice");
            uexit tmp = es[j];
            es[j] = es[j - 1];
            es[j - 1] = tmp;
        }

    /* usc_origin.tsv: the day each section in force entered the statutes,
     * in the same order */
    uorigin *os = NULL;
    int nos = 0, cos = 0;
    open_table(&t, dir, "usc_origin.tsv");
    int ot = col(&t, "title"), osn = col(&t, "section"), oe = col(&t, "entered"),
        op = col(&t, "prior"), oc = col(&t, "codified");
    while (read_row(&t)) {
        GROW(os, nos, cos);
        uorigin *o = &os[nos++];
        o->title = xstrdup(title_key(t.cell[ot], tb, sizeof tb));
        o->section = xstrdup(t.cell[osn]);
        o->date = ymd(&t, oe);
        o->prior = strcmp(t.cell[op], "yes") == 0;
        o->codified = t.cell[oc][0] ? ymd(&t, oc) : 0;
        if (!o->date)
            die(t.file, t.line, "no date");
    }
    fclose(t.f);
    qsort(os, (size_t)nos, sizeof *os, cmp_origin);
    for (int i = 1; i < nos; i++)
        if (!cmp_origin(&os[i - 1], &os[i]))
            die("usc_origin.tsv", 0, "a section twice");

    /* ---- write */
    printf("/* Generated by tools/gen_acts.c from data/act*.tsv and "
           "data/usc_transfers.tsv; do not edit. */\n");
    printf("#include \"act_tables.h\"\n\n");
    printf("const sc_act_rec sc_act_recs[] = {\n");
    for (int i = 0; i < nds; i++) {
        const desig *d = &ds[i];
        int base = find_desig(d->key, "");
        uint32_t name = count[i] ? dn[first[i]] : 0;
        if (!name) {
            const fact *f = find_fact(d->key);
            const char *bn = count[base] ? pool + dn[first[base]] : f ? f->name : "";
            if (!*d->scope && *bn)
                name = pool_add(bn);
            else if (*bn) { /* a part without a name of its own: "title VII of the X Act" */
                char *nm = xrealloc(NULL, strlen(d->scope) + strlen(bn) + 16);
                sprintf(nm, "%s of the %s", d->scope, bn);
                name = pool_add(nm);
                free(nm);
            }
        }
        printf("{%u,%u,%u,%d,%d,%d,%d,%d,%d,%d,%d,%d},\n", (unsigned)pool_add(d->key),
               (unsigned)pool_add(d->scope), (unsigned)name, count[i] ? first[i] : 0,
               count[i], d->code_title, base, d->congress, d->stat_volume, d->number,
               d->enacted, d->stat_page);
    }
    printf("};\nconst int sc_act_nrecs = %d;\n\n", nds);
    printf("const uint32_t sc_act_dnames[] = {\n");
    for (int i = 0; i < ndn; i++)
        printf("%u,%s", (unsigned)dn[i], i % 16 == 15 ? "\n" : "");
    printf("0};\n\n");
    printf("const sc_act_namekey sc_act_keys[] = {\n");
    for (int i = 0; i < nns; i++)
        printf("{%u,%d,%d,%d,%u},\n", (unsigned)pool_add(ns[i].norm), ns[i].act, ns[i].score,
               ns[i].own, ns[i].by ? (unsigned)pool_add(ns[i].by) : 0u);
    printf("};\nconst int sc_act_nkeys = %d;\n\n", nns);
    /* the hashed index of the keys' first entries (act_tables.h) */
    if (nns >= SC_ACT_KEY_HASH / 2 || nns >= 65535) {
        fprintf(stderr, "gen_acts: %d name keys: SC_ACT_KEY_HASH too small\n", nns);
        return 1;
    }
    static uint16_t slot[SC_ACT_KEY_HASH];
    for (int i = 0; i < nns; i++) {
        if (i > 0 && strcmp(ns[i - 1].norm, ns[i].norm) == 0)
            continue; /* not a key's first entry */
        uint32_t h = sc_act_key_hash(ns[i].norm) & (SC_ACT_KEY_HASH - 1);
        while (slot[h])
            h = (h + 1) & (SC_ACT_KEY_HASH - 1);
        slot[h] = (uint16_t)(i + 1);
    }
    printf("const uint16_t sc_act_key_slots[SC_ACT_KEY_HASH] = {\n");
    for (int i = 0; i < SC_ACT_KEY_HASH; i++)
        printf("%u,%s", (unsigned)slot[i], i % 16 == 15 ? "\n" : "");
    printf("};\n\n");
    printf("const sc_act_sec sc_act_secs[] = {\n");
    for (int i = 0; i < nrows; i++)
        printf("{%d,%u,%u,%u,%u},\n", rows[i].act, (unsigned)pool_add(rows[i].section),
               (unsigned)pool_add(rows[i].path), (unsigned)pool_add(rows[i].title),
               (unsigned)pool_add(rows[i].usc));
    printf("{0,0,0,0,0}};\nconst int sc_act_nsecs = %d;\n\n", nrows);
    /* the same rows by their U.S. Code section: (title, section, Act) */
    index_secs = rows;
    emit_index("sc_act_secs_by_usc", nrows, cmp_sec_by_usc);
    printf("const sc_act_xfer sc_act_xfers[] = {\n");
    for (int i = 0; i < nxs; i++)
        printf("{%u,%u,%u,%u,%d},\n", (unsigned)pool_add(xs[i].title),
               (unsigned)pool_add(xs[i].section), (unsigned)pool_add(xs[i].to_title),
               (unsigned)pool_add(xs[i].to_section), xs[i].kind);
    printf("{0,0,0,0,0}};\nconst int sc_act_nxfers = %d;\n\n", nxs);
    {
        int *to = malloc((size_t)(nxs > 0 ? nxs : 1) * sizeof *to);
        if (!to)
            die("gen_acts", 0, "out of memory");
        for (int i = 0; i < nxs; i++)
            to[i] = i;
        xfer_base = xs;
        qsort(to, (size_t)nxs, sizeof *to, cmp_xfer_to);
        printf("const int32_t sc_act_xfer_to[] = {");
        for (int i = 0; i < nxs; i++)
            printf("%d,%s", to[i], i % 16 == 15 ? "\n" : "");
        printf("0};\n\n");
        free(to);
    }
    printf("const sc_act_added sc_act_addeds[] = {\n");
    for (int i = 0; i < nad; i++)
        printf("{%u,%u,%u,%d,%d,%d,%d},\n", (unsigned)pool_add(ad[i].title),
               (unsigned)pool_add(ad[i].section), (unsigned)pool_add(ad[i].lsec), ad[i].congress,
               ad[i].number, ad[i].first, ad[i].count);
    printf("{0,0,0,0,0,0,0}};\nconst int sc_act_naddeds = %d;\n\n", nad);
    printf("const uint32_t sc_act_added_laws[] = {\n");
    for (int i = 0; i < nadl; i++)
        printf("%u,%s", (unsigned)adl[i], i % 16 == 15 ? "\n" : "");
    printf("0};\n\n");
    index_adds = ad;
    emit_index("sc_act_added_by_law", nad, cmp_added_by_law);
    printf("const sc_act_former sc_act_formers[] = {\n");
    for (int i = 0; i < nfs; i++)
        printf("{%u,%u,%d,%d,%d,%d},\n", (unsigned)pool_add(fs[i].title),
               (unsigned)pool_add(fs[i].section), fs[i].event, fs[i].congress, fs[i].number,
               fs[i].date);
    printf("{0,0,0,0,0,0}};\nconst int sc_act_nformers = %d;\n\n", nfs);
    printf("const sc_act_exit sc_act_exits[] = {\n");
    for (int i = 0; i < nes; i++)
        printf("{%u,%u,%d,%d},\n", (unsigned)pool_add(es[i].title),
               (unsigned)pool_add(es[i].section), es[i].date, es[i].before);
    printf("{0,0,0,0}};\nconst int sc_act_nexits = %d;\n\n", nes);
    printf("const sc_act_origin sc_act_origins[] = {\n");
    for (int i = 0; i < nos; i++)
        printf("{%u,%u,%d,%d,%d},\n", (unsigned)pool_add(os[i].title),
               (unsigned)pool_add(os[i].section), os[i].date, os[i].codified, os[i].prior);
    printf("{0,0,0,0,0}};\nconst int sc_act_norigins = %d;\n\n", nos);
    printf("const sc_act_amend sc_act_amends[] = {\n");
    for (int i = 0; i < nam; i++)
        printf("{%d,%d,%d},%s", am[i].act, am[i].congress, am[i].number, i % 8 == 7 ? "\n" : "");
    printf("{0,0,0}};\nconst int sc_act_namends = %d;\n\n", nam);
    emit_after_words();
    emit_caps();
    printf("const char sc_act_pool[] =\n");
    for (size_t off = 0; off < pool_len;) {
        size_t n = strlen(pool + off);
        cstring(pool + off, n);
        printf(" \"\\0\"\n");
        off += n + 1;
    }
    printf(";\n");
    fprintf(stderr, "gen_acts: %d Acts (designations), %d names (%d keys with aliases and "
                    "%d abbreviations), %d classified sections, %d transfers, %d former sections, "
                    "%d amending laws, pool %zu bytes\n",
            nds, nnames, nns, nabbr, nrows, nxs, nfs, nam, pool_len);
    return ferror(stdout) ? 1 : 0;
}
