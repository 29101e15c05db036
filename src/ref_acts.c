/*
 * ref_acts.c -- lookups in the Acts tables (src/ref_acts.h): names and
 * abbreviations to Acts, Act sections to U.S. Code sections, Acts to public
 * laws and back.  Binary searches over the arrays tools/gen_acts.c
 * generates; no allocation.  (Moved and former Code sections: ref_moves.c.)
 */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "act_norm.h"
#include "act_tables.h"
#include "ctype.h"
#include "ref_acts.h"
#include "ref_historic.h"
#include "refdata.h"

#define S(off) (sc_act_pool + (off))

static int valid(int act)
{
    return act >= 0 && act < sc_act_nrecs;
}

/*
 * The last answers of the lookups by a name as written (sc_act_lookup,
 * sc_act_name_laws) are remembered, a thread's own, two to a slot (the
 * one answered less lately is replaced: two names of one slot, both often
 * asked, do not put each other out), in MEMO_SLOTS slots chosen by this
 * hash of the name: its length and its first and last 8 bytes (FNV over
 * every byte cost as much as the lookups it spared).  An answer is the
 * tables' own, so only time changes.
 */
#define MEMO_SLOTS 256 /* (the hash's top 8 bits) */
#define MEMO_NAME 95   /* longer names are not remembered */
unsigned sc_act_memo_slot(const char *name, size_t len)
{
    uint64_t a = len, z = 0;
    if (len >= 8) {
        memcpy(&a, name, 8);
        memcpy(&z, name + len - 8, 8);
    } else {
        for (size_t i = 0; i < len; i++)
            z = z << 8 | (uint8_t)name[i];
    }
    return (unsigned)((((a * 0x9e3779b97f4a7c15u) ^ z ^ len) * 0x9e3779b97f4a7c15u) >> 56);
}

/* Copies src into dst of cap bytes; 0 (and nothing written) when it does
 * not fit or dst is NULL.  Shared with ref_moves.c (act_tables.h). */
int sc_act_put(char *dst, size_t cap, const char *src)
{
    size_t n = strlen(src);
    if (!dst || n + 1 > cap)
        return 0;
    memcpy(dst, src, n + 1);
    return 1;
}

/* The first entry of the name index with key @p key, or sc_act_nkeys. */
static int first_key(const char *key)
{
    int lo = 0, hi = sc_act_nkeys;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (strcmp(S(sc_act_keys[mid].key), key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The first entry of key @p key in the name index, or sc_act_nkeys when no
 * name has that key (through the hashed slots: act_tables.h). */
static int exact_key(const char *key)
{
    uint32_t h = sc_act_key_hash(key) & (SC_ACT_KEY_HASH - 1);
    for (uint16_t v; (v = sc_act_key_slots[h]) != 0; h = (h + 1) & (SC_ACT_KEY_HASH - 1))
        if (strcmp(S(sc_act_keys[v - 1].key), key) == 0)
            return v - 1;
    return sc_act_nkeys;
}

/* The Act whose name has key @p key, or -1. */
static int lookup_key(const char *key)
{
    int i = exact_key(key);
    if (i >= sc_act_nkeys || strcmp(S(sc_act_keys[i].key), key) != 0)
        return -1;
    /* sorted by score, strongest first: a tie between two laws is no answer;
     * between two parts of one law, the law */
    const sc_act_namekey *best = &sc_act_keys[i];
    int act = best->act;
    for (int j = i + 1; j < sc_act_nkeys && sc_act_keys[j].key == best->key; j++) {
        if (sc_act_keys[j].score != best->score)
            break;
        if (sc_act_keys[j].act == act)
            continue;
        if (sc_act_recs[sc_act_keys[j].act].base != sc_act_recs[act].base)
            return -1;
        act = sc_act_recs[act].base;
    }
    return act;
}

static int first_rec(const char *key);

/* Is scope @p scope ("title VII", "div. B") the part written @p kind @p id
 * ("title", "vii")?  ASCII case-insensitive. */
static int scope_is(const char *scope, const char *kind, const char *id, size_t idlen)
{
    size_t kl = strlen(kind);
    if (strncmp(scope, kind, kl) != 0 || scope[kl] != ' ' || strlen(scope + kl + 1) != idlen)
        return 0;
    for (size_t i = 0; i < idlen; i++)
        if (sc_tolower(scope[kl + 1 + i]) != (unsigned char)id[i])
            return 0;
    return 1;
}

/* Reads a number of at most @p max digits at *@p p; -1 when none. */
static long read_num(const char **p, int max)
{
    long v = 0;
    int n = 0;
    while (sc_isdigit(**p) && n < max) {
        v = v * 10 + (**p - '0');
        (*p)++;
        n++;
    }
    return n && !sc_isdigit(**p) ? v : -1;
}

/* "act of june 27 1952 ch 477" (a normalized key; "act", "of" optional, the
 * month as the Code or in full) -> "ch:1952-06-27:477" in @p out; 0 if not. */
static int chapter_key(const char *key, char *out, size_t cap)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    static const char *const full[] = {"january", "february", "march", "april", "may", "june",
                                       "july", "august", "september", "october", "november",
                                       "december"};
    const char *p = key;
    if (strncmp(p, "act ", 4) == 0)
        p += 4;
    if (strncmp(p, "of ", 3) == 0)
        p += 3;
    int m = -1;
    for (int i = 0; i < 12 && m < 0; i++) {
        if (*p != months[i][0])
            continue; /* (every spelling of month i begins so: most keys are no date) */
        size_t fl = strlen(full[i]);
        if (strncmp(p, full[i], fl) == 0 && p[fl] == ' ')
            m = i, p += fl + 1;
        else if (strncmp(p, months[i], 3) == 0 && p[3] == ' ')
            m = i, p += 4;
        else if (i == 8 && strncmp(p, "sept ", 5) == 0)
            m = i, p += 5;
    }
    if (m < 0)
        return 0;
    long d = read_num(&p, 2);
    if (d < 1 || d > 31 || *p++ != ' ')
        return 0;
    long y = read_num(&p, 4);
    if (y < 1789 || y > 2099 || strncmp(p, " ch ", 4) != 0)
        return 0;
    p += 4;
    const char *num = p;
    if (read_num(&p, 5) < 1 || (*p && !(sc_isalpha(*p) && !p[1])))
        return 0;
    char *e = out + cap - 1, *q;
    *e = '\0';
    q = e - strlen(num);
    if (q < out + 20)
        return 0;
    memcpy(q, num, strlen(num));
    *--q = ':';
    q = sc_dec(q, (uint64_t)d);
    if (d < 10)
        *--q = '0';
    *--q = '-';
    q = sc_dec(q, (uint64_t)(m + 1));
    if (m + 1 < 10)
        *--q = '0';
    *--q = '-';
    q = sc_dec(q, (uint64_t)y);
    q -= 3;
    memcpy(q, "ch:", 3);
    memmove(out, q, strlen(q) + 1);
    return 1;
}

/* sc_act_lookup(), asked of the tables */
static int act_lookup(const char *name, size_t len)
{
    char key[SC_ACT_NORM_MAX + 1];
    if (!name || !sc_act_norm(name, len, key, sizeof key))
        return -1;
    int a = lookup_key(key);
    if (a >= 0)
        return a;
    /* "Act of June 27, 1952, ch. 477", as the Code cites Acts before 1957 */
    char ck[48];
    if (chapter_key(key, ck, sizeof ck)) {
        int i = first_rec(ck);
        if (i < sc_act_nrecs && strcmp(S(sc_act_recs[i].key), ck) == 0)
            return sc_act_recs[i].base;
        return lookup_key(ck); /* a numbered law of the 82nd-84th Congress */
    }
    /* "title VII of the Civil Rights Act of 1964": that part of the Act when
     * the part is named in the tables, else the Act */
    static const struct { const char *word, *scope; } parts[] = {
        {"title ", "title"}, {"subtitle ", "subtitle"}, {"division ", "div."}, {"div ", "div."}};
    for (size_t p = 0; p < sizeof parts / sizeof parts[0]; p++) {
        size_t wl = strlen(parts[p].word);
        if (strncmp(key, parts[p].word, wl) != 0)
            continue;
        const char *id = key + wl, *of = strstr(id, " of ");
        if (!of || of == id || memchr(id, ' ', (size_t)(of - id)))
            return -1;
        const char *rest = of + 4;
        if (strncmp(rest, "the ", 4) == 0)
            rest += 4;
        a = lookup_key(rest);
        if (a < 0)
            return -1;
        const char *akey = S(sc_act_recs[a].key);
        for (int i = first_rec(akey); i < sc_act_nrecs && strcmp(S(sc_act_recs[i].key), akey) == 0; i++)
            if (scope_is(S(sc_act_recs[i].scope), parts[p].scope, id, (size_t)(of - id)))
                return i;
        return sc_act_recs[a].base;
    }
    return -1;
}

/* A memo's key: the name as written. */
struct memo_key {
    uint8_t len; /* of name; 0: empty */
    char name[MEMO_NAME];
};

/* Which of a slot's two ways, @p k[0] and @p k[1], answers the name
 * name[0..len): the one that holds it, or (*fresh set) the one asked less
 * lately (*older), given the name for its answer to be written; *older
 * then names the other. */
static int memo_way(struct memo_key *k0, struct memo_key *k1, uint8_t *older, const char *name,
                    size_t len, int *fresh)
{
    int w = k0->len == len && memcmp(k0->name, name, len) == 0   ? 0
            : k1->len == len && memcmp(k1->name, name, len) == 0 ? 1
                                                                 : -1;
    *fresh = w < 0;
    if (w < 0) {
        w = *older;
        struct memo_key *k = w ? k1 : k0;
        k->len = (uint8_t)len;
        memcpy(k->name, name, len);
    }
    *older = (uint8_t)!w;
    return w;
}

/* sc_act_lookup()'s last answers (see sc_act_memo_slot()): the Act sections'
 * readers (actsection.c), the entry's names and the U.S. Code checks ask
 * the same names. */
static _Thread_local struct lookup_memo {
    struct memo_key key;
    int act;
} lookup_memo[MEMO_SLOTS][2];
static _Thread_local uint8_t lookup_older[MEMO_SLOTS]; /* the slot's answer asked less lately */

int sc_act_lookup(const char *name, size_t len)
{
    if (!name || len == 0 || len > MEMO_NAME)
        return act_lookup(name, len);
    unsigned h = sc_act_memo_slot(name, len);
    struct lookup_memo *m = lookup_memo[h];
    int fresh, w = memo_way(&m[0].key, &m[1].key, &lookup_older[h], name, len, &fresh);
    if (fresh)
        m[w].act = act_lookup(name, len);
    return m[w].act;
}

int sc_act_match(const char *text, size_t len, size_t *name_len)
{
    if (!text)
        return -1;
    if (len > SC_ACT_NORM_MAX)
        len = SC_ACT_NORM_MAX;
    /* the ends of the first 24 words: after a letter, digit or period that
     * is followed by neither letter nor digit */
    size_t ends[24];
    int n = 0;
    for (size_t i = 1; i <= len && n < 24; i++) {
        unsigned char c = (unsigned char)text[i - 1];
        if ((sc_isalnum(c) || c == '.' || c == ')') && (i == len || !sc_isalnum(text[i]))) {
            if (c == '.' && i < len && text[i] == '.')
                continue;
            ends[n++] = i;
        }
        /* no name spans a paragraph's end, a ';' or a '(' (a name may wrap a
         * line) -- but for an acronym's, which the key drops: "Atomic Energy
         * Act (AEA) of 1946" */
        size_t al;
        if (i < len && text[i] == '(' && i > 0 && text[i - 1] == ' ' &&
            (al = sc_act_acronym_len(text, len, i)) > 0) {
            i += al - 1;
            continue;
        }
        if (i < len && ((text[i] == '\n' && i + 1 < len && text[i + 1] == '\n') || text[i] == ';' ||
                        text[i] == '('))
            break;
    }
    if (n == 0)
        return -1;
    /* no name begins with the first word (most text): done */
    char key[SC_ACT_NORM_MAX + 1];
    size_t kl = sc_act_norm(text, ends[n - 1], key, sizeof key);
    if (kl) {
        size_t w = strcspn(key, " ");
        key[w] = '\0';
        /* words sc_act_lookup reads apart from the name index */
        static const char *const other[] = {
            "act", "title", "subtitle", "division", "div", "jan", "january", "feb", "february",
            "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
            "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"};
        int special = 0;
        for (size_t o = 0; o < sizeof other / sizeof other[0] && !special; o++)
            special = strcmp(key, other[o]) == 0;
        int i = first_key(key);
        if (!special && !(i < sc_act_nkeys && strncmp(S(sc_act_keys[i].key), key, w) == 0))
            return -1;
    }
    while (n-- > 0) {
        int a = sc_act_lookup(text, ends[n]);
        if (a < 0)
            continue;
        size_t e = ends[n];
        /* a sentence's period after a word is not part of the name; the
         * last period of an initialism ("I.R.C.") is */
        if (text[e - 1] == '.' && e >= 3 && sc_isalnum(text[e - 2]) && sc_isalnum(text[e - 3]) &&
            n > 0 && ends[n - 1] == e - 1 && sc_act_lookup(text, e - 1) == a)
            e--;
        if (name_len)
            *name_len = e;
        return a;
    }
    return -1;
}

/* The Acts the tables know by name "X of YYYY" with a year other than the
 * one written, a name they do not know as written: their years in @p yrs
 * and whole Acts in @p acts (at most 16), the year written in *y; returns
 * how many, or -1 when the name is known, not of that form, or one that
 * two Acts share with one year (sc_act_year_slip(), sc_act_year_series()). */
static int other_years(const char *name, size_t len, int *y, int *yrs, int *acts)
{
    char key[SC_ACT_NORM_MAX + 1];
    if (!name || len < 12 || len > SC_ACT_NORM_MAX || memcmp(name + len - 8, " of ", 4) != 0 ||
        !sc_isdigit((unsigned char)name[len - 1]))
        return -1;
    size_t kl = sc_act_norm(name, len, key, sizeof key);
    if (kl < 12 || memcmp(key + kl - 8, " of ", 4) != 0)
        return -1;
    *y = 0;
    for (size_t k = kl - 4; k < kl; k++) {
        if (!sc_isdigit((unsigned char)key[k]))
            return -1;
        *y = *y * 10 + (key[k] - '0');
    }
    if (*y < 1789 || lookup_key(key) >= 0 || sc_act_lookup(name, len) >= 0)
        return -1;
    /* the keys of the name with every other year: those that begin with
     * "<name> of " and end in four digits, together in the sorted index
     * (one search for where they begin) */
    size_t pl = kl - 4;
    key[pl] = '\0';
    int lo = first_key(key), n = 0;
    for (int i = lo; i < sc_act_nkeys && n < 16; i++) {
        const char *k = S(sc_act_keys[i].key);
        if (strncmp(k, key, pl) != 0)
            break;
        if (i > lo && sc_act_keys[i].key == sc_act_keys[i - 1].key)
            continue; /* (the same key's next Act: lookup_key() weighs them) */
        if (strlen(k) != pl + 4 || !sc_isdigit((unsigned char)k[pl]) ||
            !sc_isdigit((unsigned char)k[pl + 1]) || !sc_isdigit((unsigned char)k[pl + 2]) ||
            !sc_isdigit((unsigned char)k[pl + 3]))
            continue;
        int a = lookup_key(k);
        if (a < 0)
            return -1; /* a name two Acts share */
        yrs[n] = atoi(k + pl);
        acts[n++] = sc_act_whole(a);
    }
    return n;
}

int sc_act_year_slip(const char *name, size_t len, int *year)
{
    int y, yrs[16], acts[16], n = other_years(name, len, &y, yrs, acts);
    if (n < 0)
        return -1;
    /* one Act within 25 years of the one written, within 5 the nearest --
     * a name the tables give two Acts within 25 is a series whose other
     * members they may lack ("Clean Air Act Amendments of 1966, 1977,
     * 1990": "of 1970" is real) */
    int hit = -1, hy = 0, named = 0; /* named: the years the Act itself bears */
    for (int i = 0; i < n; i++) {
        if (yrs[i] - y > 25 || y - yrs[i] > 25)
            continue;
        if (hit >= 0 && acts[i] != hit)
            return -1;
        if (hit < 0 || abs(yrs[i] - y) < abs(hy - y)) {
            hit = acts[i];
            hy = yrs[i];
        }
    }
    if (hit < 0 || hy - y > 5 || y - hy > 5)
        return -1;
    for (int i = 0; i < n; i++)
        named += acts[i] == hit;
    /* (an Act the tables know by two years was renamed: the year it was
     * enacted in may be its first name -- "the Railroad Retirement Act of
     * 1935", ch. 812 of August 29, 1935, known as revised "of 1937" and
     * "of 1974") */
    if (named > 1) {
        int cg, num, ch;
        int32_t date = 0;
        if (sc_act_public_law(hit, &cg, &num)) {
            const sc_ref_law *l = sc_ref_public_law(cg, num);
            date = l ? l->enacted : 0;
        } else if (!sc_act_chapter(hit, &date, &ch)) {
            date = 0;
        }
        if (date / 10000 == y)
            return -1;
    }
    *year = hy;
    return hit;
}

int sc_act_year_series(const char *name, size_t len, int *written, int *acts, int *years, int max)
{
    int yrs[16], all[16], n = other_years(name, len, written, yrs, all), k = 0;
    for (int i = 0; i < n && k < max; i++)
        if (yrs[i] - *written <= 5 && *written - yrs[i] <= 5) {
            acts[k] = all[i];
            years[k++] = yrs[i];
        }
    return k;
}

const char *sc_act_name(int act)
{
    if (!valid(act))
        return "";
    const sc_act_rec *r = &sc_act_recs[act];
    return r->name ? S(r->name) : S(r->key);
}

int sc_act_whole(int act)
{
    return valid(act) ? sc_act_recs[act].base : -1;
}

int sc_act_named(int act)
{
    return valid(act) && sc_act_recs[act].name != 0;
}

/* Reads a chapter's key, "ch:1938-06-25:679": its day and number. */
static int read_chapter_key(const char *key, int *y, int *m, int *d, int *ch)
{
    const char *p = key;
    if (strncmp(p, "ch:", 3) != 0)
        return 0;
    p += 3;
    for (int k = 0; k < 10; k++)
        if (k == 4 || k == 7 ? p[k] != '-' : !sc_isdigit((uint8_t)p[k]))
            return 0;
    if (p[10] != ':' || !sc_isdigit((uint8_t)p[11]))
        return 0;
    *y = atoi(p);
    *m = atoi(p + 5);
    *d = atoi(p + 8);
    *ch = atoi(p + 11);
    return 1;
}

int sc_act_chapter(int act, int32_t *date, int *chapter)
{
    if (!valid(act))
        return 0;
    const char *k = S(sc_act_recs[act].key); /* "ch:1948-06-30:758" */
    int y, m, d, ch;
    if (!read_chapter_key(k, &y, &m, &d, &ch) || ch <= 0)
        return 0;
    *date = y * 10000 + m * 100 + d;
    *chapter = ch;
    return 1;
}

int sc_act_is_code_title(int act)
{
    return valid(act) ? sc_act_recs[act].code_title : 0;
}

/* Is @p key that of a chapter of the Code numbered in articles
 * ("usc:10:ch:47")?  Its title in *title. */
static int articles_key(const char *key, int *title)
{
    return strncmp(key, "usc:", 4) == 0 && strstr(key, ":ch:") &&
           (*title = (int)sc_atol(key + 4)) > 0;
}

const char *sc_act_sign(int act)
{
    int t;
    return valid(act) && articles_key(S(sc_act_recs[act].key), &t) ? "art." : "\xc2\xa7";
}

/* Bit t: title t of the Code holds an Act that is itself a title (the IRC,
 * the Bankruptcy Code) or a chapter numbered in articles (the UCMJ). */
static uint64_t special_titles[4];
static pthread_once_t special_once = PTHREAD_ONCE_INIT;

static void special_build(void)
{
    for (int i = 0; i < sc_act_nrecs; i++) {
        int t = sc_act_recs[i].code_title;
        if (!t && !articles_key(S(sc_act_recs[i].key), &t))
            continue;
        if (t > 0 && t < 256)
            special_titles[t >> 6] |= 1ull << (t & 63);
    }
}

int sc_act_title_special(const char *title)
{
    pthread_once(&special_once, special_build);
    long t = sc_atol(title);
    return t > 0 && t < 256 && (special_titles[t >> 6] >> (t & 63) & 1);
}

int sc_act_public_law(int act, int *congress, int *number)
{
    if (!valid(act) || !sc_act_recs[act].number)
        return 0;
    if (congress)
        *congress = sc_act_recs[act].congress;
    if (number)
        *number = sc_act_recs[act].number;
    return 1;
}

/* First classification row of Act @p base with section @p sec, or nsecs. */
static int first_sec(int base, const char *sec)
{
    int lo = 0, hi = sc_act_nsecs;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const sc_act_sec *r = &sc_act_secs[mid];
        int c = r->act != base ? (r->act < base ? -1 : 1) : strcmp(S(r->section), sec);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

const char *sc_act_section_at(int act, const char *title, const char *usc_section)
{
    if (act < 0 || act >= sc_act_nrecs || !title || !usc_section)
        return NULL;
    /* the Act's rows, from its first (sorted by Act, then section: "" first) */
    for (int i = first_sec(act, ""); i < sc_act_nsecs && sc_act_secs[i].act == act; i++)
        if (strcmp(S(sc_act_secs[i].title), title) == 0 &&
            strcmp(S(sc_act_secs[i].usc), usc_section) == 0)
            return S(sc_act_secs[i].section);
    return NULL;
}

/* Does path @p path ("div. C, title I") lie within part @p part ("div. C")?
 * An empty path (the credit named no part) or part is no objection. */
static int within(const char *path, const char *part)
{
    if (!*path || !part || !*part)
        return 1;
    size_t n = strlen(part);
    for (const char *p = path; p; p = strstr(p, ", ")) {
        if (p != path)
            p += 2;
        if (strncmp(p, part, n) == 0 && (p[n] == '\0' || p[n] == ','))
            return 1;
    }
    return 0;
}

/* The one Code section rows of @p base for @p sec within @p scope and
 * @p path agree on, or -1 (none, or several). */
static int classify_row(int base, const char *sec, const char *scope, const char *path)
{
    int found = -1;
    for (int i = first_sec(base, sec);
         i < sc_act_nsecs && sc_act_secs[i].act == base && strcmp(S(sc_act_secs[i].section), sec) == 0;
         i++) {
        const sc_act_sec *r = &sc_act_secs[i];
        if (!within(S(r->path), scope) || !within(S(r->path), path))
            continue;
        if (found >= 0 && (sc_act_secs[found].title != r->title || sc_act_secs[found].usc != r->usc))
            return -1;
        found = i;
    }
    return found;
}

/* The number an article or a Code section begins with, and in *rest what
 * follows it ("72b": 72, "b"); -1 when it begins with no digit or has
 * more than four. */
static long lead_number(const char *s, const char **rest)
{
    long n = 0;
    int k = 0;
    for (; sc_isdigit((unsigned char)s[k]) && k < 5; k++)
        n = n * 10 + (s[k] - '0');
    *rest = s + k;
    return k == 0 || k > 4 ? -1 : n;
}

int sc_act_article_place(int act, const char *article, char *title, size_t tcap, char *usc,
                         size_t scap)
{
    int t;
    const char *tail;
    long a = valid(act) ? lead_number(article, &tail) : -1;
    if (a <= 0 || !articles_key(S(sc_act_recs[act].key), &t) ||
        (tail[0] && (!sc_islower((unsigned char)tail[0]) || tail[1])))
        return 0; /* (no article number, with at most one lower-case letter) */
    /* the one difference between each row's Code section and its article,
     * their letters the same: from the tables, not assumed */
    int base = sc_act_recs[act].base, rows = 0;
    long diff = 0, low = 0, high = 0;
    const char *tt = NULL;
    for (int i = first_sec(base, ""); i < sc_act_nsecs && sc_act_secs[i].act == base; i++) {
        const char *ra, *rs;
        long n = lead_number(S(sc_act_secs[i].section), &ra);
        long m = lead_number(S(sc_act_secs[i].usc), &rs);
        if (n < 0 || m < 0 || strcmp(ra, rs) != 0 ||
            (rows && (m - n != diff || strcmp(tt, S(sc_act_secs[i].title)) != 0)))
            return 0;
        diff = m - n;
        tt = S(sc_act_secs[i].title);
        low = rows && low < n ? low : n;
        high = rows && high > n ? high : n;
        rows++;
    }
    char num[32];
    snprintf(num, sizeof num, "%ld%s", a + diff, tail);
    if (rows < 2 || strlen(tt) + 1 > tcap || strlen(num) + 1 > scap)
        return 0;
    sc_act_put(title, tcap, tt);
    if (a < low || a > high)
        return -1; /* (past the chapter's articles: its Code section is another chapter's) */
    sc_act_put(usc, scap, num);
    return 1;
}

int sc_act_classify_path(int act, const char *path, const char *section, char *title,
                         size_t tcap, char *usc_section, size_t scap)
{
    if (!valid(act) || !section)
        return 0;
    char sec[64];
    size_t n = 0;
    for (const char *p = section; *p && n + 1 < sizeof sec; p++)
        if (*p != ' ')
            sec[n++] = *p;
    sec[n] = '\0';
    if (!n)
        return 0;
    const sc_act_rec *r = &sc_act_recs[act];
    if (r->code_title) {
        char *paren = strchr(sec, '(');
        if (paren)
            *paren = '\0';
        char tb[8], *tk;
        tb[7] = '\0';
        tk = sc_dec(tb + 7, r->code_title);
        /* a code enacted as a title is that title, section for section:
         * "I.R.C. § 99999" is 26 U.S.C. § 99999, which the checker reports
         * as unknown, as it does the same section written as a Code cite */
        if (!*sec || !sc_isdigit((unsigned char)sec[0]))
            return 0;
        if (strlen(tk) + 1 > tcap || !sc_act_put(usc_section, scap, sec))
            return 0;
        sc_act_put(title, tcap, tk);
        return 1;
    }
    /* "287(g)(1)" -> "287(g)(1)", "287(g)", "287": the longest classified */
    for (;;) {
        int i = classify_row(r->base, sec, S(r->scope), path);
        if (i >= 0) {
            const sc_act_sec *row = &sc_act_secs[i];
            if (strlen(S(row->title)) + 1 > tcap || strlen(S(row->usc)) + 1 > scap)
                return 0;
            sc_act_put(title, tcap, S(row->title));
            sc_act_put(usc_section, scap, S(row->usc));
            return 1;
        }
        char *paren = strrchr(sec, '(');
        if (!paren || paren == sec)
            return 0;
        *paren = '\0';
    }
}

/* ------------------------------------------- an Act's place in the Code */

int sc_act_of_usc(const char *title, const char *usc_section, const char **act_section,
                  const char **path)
{
    if (!title || !usc_section)
        return -1;
    int lo = 0, hi = sc_act_nsecs; /* the first row of (title, section) */
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const sc_act_sec *r = &sc_act_secs[sc_act_secs_by_usc[mid]];
        int c = strcmp(S(r->title), title);
        if (!c)
            c = strcmp(S(r->usc), usc_section);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    int act = -1;
    for (int i = lo; i < sc_act_nsecs; i++) {
        const sc_act_sec *r = &sc_act_secs[sc_act_secs_by_usc[i]];
        if (strcmp(S(r->title), title) != 0 || strcmp(S(r->usc), usc_section) != 0)
            break;
        if (act >= 0 && r->act != act)
            return -1; /* (rows of two Acts) */
        act = r->act;
        if (act_section)
            *act_section = S(r->section);
        if (path)
            *path = S(r->path);
    }
    return act;
}

/* Is @p b @p a with one change: a byte replaced, added or dropped, or two
 * side by side swapped? */
static int one_edit(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b), i = 0;
    while (i < na && i < nb && a[i] == b[i])
        i++;
    if (na == nb)
        return i < na && (strcmp(a + i + 1, b + i + 1) == 0 ||
                          (i + 1 < na && a[i] == b[i + 1] && a[i + 1] == b[i] &&
                           strcmp(a + i + 2, b + i + 2) == 0));
    if (na + 1 == nb)
        return strcmp(a + i, b + i + 1) == 0;
    return nb + 1 == na && strcmp(a + i + 1, b + i) == 0;
}

int sc_act_one_edit(const char *a, const char *b)
{
    return one_edit(a, b);
}

void sc_act_place_add(sc_act_place *out, const char *u, const char *asked)
{
    out->count++;
    if (!out->first || sc_ref_section_cmp(u, out->first) < 0)
        out->first = u;
    if (!out->last || sc_ref_section_cmp(u, out->last) > 0)
        out->last = u;
    if (!asked)
        return;
    if (strcmp(u, asked) == 0) {
        out->has = 1;
        return;
    }
    if (!one_edit(asked, u))
        return;
    for (int k = 0; k < out->nnear && k < SC_ACT_NEAR_MAX; k++)
        if (strcmp(out->near[k], u) == 0)
            return; /* (a Code section of several rows) */
    if (out->nnear < SC_ACT_NEAR_MAX)
        out->near[out->nnear] = u;
    out->nnear++; /* (counted past SC_ACT_NEAR_MAX: more than a fix can name) */
}

int sc_act_part_sections(int act, const char *part, const char *title, const char *usc_section,
                         sc_act_place *out)
{
    memset(out, 0, sizeof *out);
    if (!valid(act) || !title)
        return 0;
    const sc_act_rec *rec = &sc_act_recs[act];
    const char *scope = S(rec->scope);
    for (int i = first_sec(rec->base, ""); i < sc_act_nsecs && sc_act_secs[i].act == rec->base;
         i++) {
        const sc_act_sec *r = &sc_act_secs[i];
        if (strcmp(S(r->title), title) != 0 || !within(S(r->path), scope) ||
            (part && (!*S(r->path) || !within(S(r->path), part))))
            continue;
        sc_act_place_add(out, S(r->usc), usc_section);
    }
    return out->count;
}

int sc_act_title_sections(int act, const char *title, const char *usc_section, sc_act_place *out)
{
    return sc_act_part_sections(act, NULL, title, usc_section, out);
}

int sc_act_path_within(const char *path, const char *part)
{
    return path && within(path, part);
}

const char *sc_act_usc_title_of(int act, const char *usc_section)
{
    if (!valid(act) || !usc_section)
        return NULL;
    const sc_act_rec *rec = &sc_act_recs[act];
    const char *title = NULL;
    for (int i = first_sec(rec->base, ""); i < sc_act_nsecs && sc_act_secs[i].act == rec->base;
         i++) {
        const sc_act_sec *r = &sc_act_secs[i];
        if (strcmp(S(r->usc), usc_section) != 0 || !within(S(r->path), S(rec->scope)))
            continue;
        if (title && strcmp(title, S(r->title)) != 0)
            return NULL; /* (in two titles) */
        title = S(r->title);
    }
    return title;
}

/* Each whole Act's classified sections, counted once (sc_act_section_span):
 * how many are numbered, their most digits, their highest number -- built
 * on first use, for every Act, in one pass over the rows. */
typedef struct act_span {
    int n, digits;
    long high;
} act_span;
static act_span *spans;
static pthread_once_t spans_once = PTHREAD_ONCE_INIT;

static void spans_build(void)
{
    act_span *sp = calloc((size_t)sc_act_nrecs + 1, sizeof *sp);
    if (!sp)
        return; /* (no memory: every Act then reads as none classified) */
    for (int i = 0; i < sc_act_nsecs; i++) {
        int base = sc_act_secs[i].act;
        const char *sec = S(sc_act_secs[i].section);
        int nd = 0;
        long v = 0;
        for (; sc_isdigit((uint8_t)sec[nd]); nd++)
            v = nd < 9 ? v * 10 + (sec[nd] - '0') : v;
        if (nd == 0 || base < 0 || base >= sc_act_nrecs)
            continue;
        act_span *a = &sp[base];
        a->n++;
        if (nd > a->digits)
            a->digits = nd;
        if (v > a->high)
            a->high = v;
    }
    spans = sp;
}

int sc_act_section_span(int act, int *digits, long *high)
{
    *digits = 0;
    *high = 0;
    if (!valid(act) || sc_act_recs[act].code_title)
        return 0;
    pthread_once(&spans_once, spans_build);
    if (!spans)
        return 0;
    const act_span *a = &spans[sc_act_recs[act].base];
    *digits = a->digits;
    *high = a->high;
    return a->n;
}

void sc_act_section_near(int act, const char *section, char *out, size_t cap)
{
    out[0] = '\0';
    size_t nd = strspn(section, "0123456789"), len = 0;
    if (!valid(act) || nd < 2 || nd >= 16)
        return;
    char tried[16][16];
    int ntried = 0;
    for (size_t k = 0; k < nd; k++) {
        char cand[16], title[8], usc[48];
        size_t m = 0;
        for (size_t j = 0; j < nd; j++)
            if (j != k)
                cand[m++] = section[j];
        cand[m] = '\0';
        if (cand[0] == '0')
            continue;
        int seen = 0;
        for (int t = 0; t < ntried; t++)
            seen |= strcmp(tried[t], cand) == 0;
        if (seen || ntried >= 16)
            continue;
        memcpy(tried[ntried++], cand, m + 1);
        if (!sc_act_classify(act, cand, title, sizeof title, usc, sizeof usc))
            continue;
        int w = snprintf(out + len, cap - len, "%s\xc2\xa7 %s (%s U.S.C. \xc2\xa7 %s)", len ? " or " : "",
                         cand, title, usc);
        if (w < 0 || (size_t)w >= cap - len) {
            out[len] = '\0';
            return;
        }
        len += (size_t)w;
    }
}

int sc_act_classify(int act, const char *section, char *title, size_t tcap,
                    char *usc_section, size_t scap)
{
    return sc_act_classify_path(act, NULL, section, title, tcap, usc_section, scap);
}

/* The one chapter the historic tables give an Act's key
 * ("ch:1938-06-25:679": that number, approved that day) among those @p
 * keep accepts; NULL when none or two. */
static const sc_hist_law *key_chapter(const char *key, int (*keep)(const sc_hist_law *))
{
    int y, m, d, ch;
    if (!read_chapter_key(key, &y, &m, &d, &ch))
        return NULL;
    const sc_hist_law *on[SC_HIST_SAME_DATE_MAX], *hit = NULL;
    int n = sc_hist_on_date(y * 10000 + m * 100 + d, on, SC_HIST_SAME_DATE_MAX);
    for (int i = 0; i < n; i++)
        if (on[i]->number == ch && keep(on[i])) {
            if (hit)
                return NULL;
            hit = on[i];
        }
    return hit;
}

/* (an Act, public or private, with its first page on record) */
static int paged_chapter(const sc_hist_law *h)
{
    return h->kind <= SC_HIST_PRIVATE && h->page > 0;
}

/* (a public Act) */
static int public_chapter(const sc_hist_law *h)
{
    return h->kind == SC_HIST_CHAPTER;
}

/* An Act known by its date and chapter alone ("ch:1938-06-25:679", the
 * Code cites no page for it): its first page, from the laws of the
 * 1st-81st Congresses, into @p l (the one chapter of that number approved
 * that day; nothing when none, or two). */
static void chapter_page(const char *key, sc_act_law *l)
{
    const sc_hist_law *hit = key_chapter(key, paged_chapter);
    if (hit) {
        l->stat_volume = hit->volume;
        l->stat_page = hit->page;
    }
}

/* The old Act (57th-81st Congress) the tables key @p key
 * ("ch:1935-08-14:531") as a numbered law: the public chapter of that
 * number approved that day in data/historic_laws.csv (one only), when it
 * has a Public Law number; NULL otherwise. */
static const sc_hist_law *old_public_law(const char *key)
{
    const sc_hist_law *hit = key_chapter(key, public_chapter);
    return hit && hit->publ > 0 ? hit : NULL;
}

int sc_act_old_public_law(int act, int *congress, int *number)
{
    if (!valid(act))
        return 0;
    const sc_act_rec *r = &sc_act_recs[sc_act_recs[act].base];
    if (r->number || S(sc_act_recs[act].scope)[0])
        return 0;
    const sc_hist_law *h = old_public_law(S(r->key));
    if (!h)
        return 0;
    /* the chapter's own Congress, not one read from the day: a law of
     * March 4, 1923 is the 67th's (its last day), not the 68th's */
    *congress = h->congress;
    *number = h->publ;
    return 1;
}

/* Is @p key (normalized) the principal name of Act @p r, or that name
 * without the year it ends with ("fair labor standards act" for the "Fair
 * Labor Standards Act of 1938", "... act" for "... Act, 1947")? */
static int principal_name(const sc_act_rec *r, const char *key)
{
    char pk[SC_ACT_NORM_MAX + 1];
    size_t n = S(r->name)[0] ? sc_act_norm(S(r->name), strlen(S(r->name)), pk, sizeof pk) : 0;
    if (!n)
        return 0;
    if (strcmp(pk, key) == 0)
        return 1;
    size_t kl = strlen(key);
    if (n < kl + 5 || memcmp(pk, key, kl) != 0 || pk[kl] != ' ' || !sc_isdigit((uint8_t)pk[n - 1]) ||
        !sc_isdigit((uint8_t)pk[n - 4]) || pk[n - 5] != ' ')
        return 0;
    /* what follows the stem: " of YYYY" or " YYYY" */
    return n == kl + 5 || (n == kl + 8 && memcmp(pk + kl, " of ", 4) == 0);
}

int sc_act_law_named_by(const sc_act_law *l, int k, int *congress, int *number, int32_t *enacted)
{
    const char *p = l && l->by && l->by != SC_ACT_BY_UNKNOWN ? S(l->by) : "";
    for (; *p && k > 0; k--) { /* ("publ:94-360 ch:1956-08-01:852": space-separated) */
        p = strchr(p, ' ');
        p = p ? p + 1 : "";
    }
    int c = 0, n = 0, y, m, d, ch;
    if (sscanf(p, "publ:%d-%d", &c, &n) == 2) {
        const sc_ref_law *pl = sc_ref_public_law(c, n);
        *enacted = pl ? pl->enacted : 0;
    } else if (read_chapter_key(p, &y, &m, &d, &ch)) {
        *enacted = y * 10000 + m * 100 + d;
        c = sc_ref_congress_at(*enacted);
    } else {
        return 0;
    }
    *congress = c;
    *number = n;
    return 1;
}

/* sc_act_name_laws(), asked of the tables */
static int name_laws(const char *name, size_t len, sc_act_law *out, int max)
{
    char key[SC_ACT_NORM_MAX + 1];
    if (!name || !sc_act_norm(name, len, key, sizeof key))
        return 0;
    int n = 0;
    int i = exact_key(key);
    for (int j = i; j < sc_act_nkeys && strcmp(S(sc_act_keys[j].key), key) == 0; j++) {
        /* a name without its year counts only when nothing bears it whole */
        if (sc_act_keys[j].score == 0 && sc_act_keys[i].score > 0)
            break;
        const sc_act_rec *r = &sc_act_recs[sc_act_recs[sc_act_keys[j].act].base];
        if (r->code_title || (!r->number && !r->enacted))
            continue;
        /* once per law: an earlier entry may name another part of it */
        int dup = 0;
        for (int k = i; k < j; k++)
            dup |= sc_act_recs[sc_act_keys[k].act].base == sc_act_recs[sc_act_keys[j].act].base;
        if (dup)
            continue;
        if (out && n < max) {
            sc_act_law *l = &out[n];
            l->congress = r->congress;
            l->number = r->number;
            l->enacted = r->enacted;
            l->stat_volume = r->stat_volume;
            l->stat_page = r->stat_page;
            l->titled = sc_act_keys[j].score >= SC_ACT_SCORE_PUBLAW;
            l->own = sc_act_keys[j].own;
            l->by = sc_act_keys[j].by;
            l->part = sc_act_keys[j].act != r->base ||
                      S(sc_act_recs[sc_act_keys[j].act].scope)[0] != '\0';
            l->principal = !r->number && principal_name(r, key); /* (asked of old Acts) */
            const sc_ref_law *pl = r->number ? sc_ref_public_law(r->congress, r->number) : NULL;
            if (pl) {
                if (!l->enacted)
                    l->enacted = pl->enacted;
                if (!l->stat_volume) {
                    l->stat_volume = pl->stat_volume;
                    l->stat_page = pl->stat_page;
                }
            } else if (!l->stat_volume) {
                chapter_page(S(r->key), l); /* "ch:1938-06-25:679": its page */
            }
            /* an old Act's own chapter: its Public Law number (57th-81st
             * Congress) and its Congress, the table's rather than one read
             * from the day (a law of March 4, 1923 is the 67th's) */
            const sc_hist_law *oh = r->number ? NULL : key_chapter(S(r->key), public_chapter);
            l->old_publ = oh && oh->publ > 0 ? oh->publ : 0;
            if (oh)
                l->congress = (int16_t)oh->congress;
        }
        n++;
    }
    return n;
}

/* sc_act_name_laws()'s last answers (see sc_act_memo_slot()): an entry's name is
 * asked by its readers and then by several checks (sc_name_laws,
 * sc_byname_law, the pages' names and facts), each time normalized and
 * looked up again. */
#define LAWS_MEMO_ROWS 8
static _Thread_local struct laws_memo {
    struct memo_key key;
    int n;
    sc_act_law rows[LAWS_MEMO_ROWS];
} laws_memo[MEMO_SLOTS][2];
static _Thread_local uint8_t laws_older[MEMO_SLOTS]; /* the slot's answer asked less lately */

int sc_act_name_laws(const char *name, size_t len, sc_act_law *out, int max)
{
    if (!name || len == 0 || len > MEMO_NAME || max < 0 || max > LAWS_MEMO_ROWS)
        return name_laws(name, len, out, max);
    unsigned h = sc_act_memo_slot(name, len);
    struct laws_memo *m = laws_memo[h];
    int fresh, w = memo_way(&m[0].key, &m[1].key, &laws_older[h], name, len, &fresh);
    if (fresh)
        m[w].n = name_laws(name, len, m[w].rows, LAWS_MEMO_ROWS);
    m += w;
    if (out)
        memcpy(out, m->rows, sizeof *out * (size_t)(m->n < max ? m->n : max));
    return m->n;
}

/* The first record with key @p key, or sc_act_nrecs. */
static int first_rec(const char *key)
{
    int lo = 0, hi = sc_act_nrecs;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (strcmp(S(sc_act_recs[mid].key), key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Writes "publ:C-N" before @p end and returns where it begins. */
static char *law_key(char *end, int congress, int number)
{
    *end = '\0';
    char *p = sc_dec(end, (uint64_t)number);
    *--p = '-';
    p = sc_dec(p, (uint64_t)congress);
    p -= 5;
    memcpy(p, "publ:", 5);
    return p;
}

int sc_act_of_law(int congress, int number)
{
    if (congress <= 0 || number <= 0 || congress > 999 || number > 99999)
        return -1;
    char key[32];
    const char *p = law_key(key + sizeof key - 1, congress, number);
    int i = first_rec(p);
    /* the whole law sorts first among its parts (scope "") */
    if (i < sc_act_nrecs && strcmp(S(sc_act_recs[i].key), p) == 0)
        return sc_act_recs[i].base;
    return -1;
}

int sc_act_amended_by(int act, int congress, int number)
{
    if (act < 0 || act >= sc_act_nrecs || congress <= 0 || number <= 0)
        return 0;
    int a = sc_act_recs[act].base, lo = 0, hi = sc_act_namends;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const sc_act_amend *m = &sc_act_amends[mid];
        int c = m->act != a ? (m->act < a ? -1 : 1)
                : m->congress != congress ? (m->congress < congress ? -1 : 1)
                : m->number != number ? (m->number < number ? -1 : 1)
                : 0;
        if (c == 0)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

int sc_act_next_amender(int act, int *at, int *congress, int *number)
{
    if (act < 0 || act >= sc_act_nrecs)
        return 0;
    int a = sc_act_recs[act].base;
    if (*at <= 0) { /* the Act's first row: the rows sorted by Act */
        int lo = 0, hi = sc_act_namends;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (sc_act_amends[mid].act < a)
                lo = mid + 1;
            else
                hi = mid;
        }
        *at = lo + 1; /* (one past: 0 means "look up") */
    }
    int i = *at - 1;
    if (i >= sc_act_namends || sc_act_amends[i].act != a)
        return 0;
    *congress = sc_act_amends[i].congress;
    *number = sc_act_amends[i].number;
    ++*at;
    return 1;
}

/* Every name of the records keyed @p p (sc_law_names()). */
static int key_names(const char *p, const char **names, int max)
{
    int n = 0, i0 = first_rec(p);
    for (int i = i0; i < sc_act_nrecs && strcmp(S(sc_act_recs[i].key), p) == 0; i++) {
        const sc_act_rec *r = &sc_act_recs[i];
        for (int k = 0; k < r->names_count; k++) {
            uint32_t off = sc_act_dnames[r->names_first + (uint32_t)k];
            /* once: a name may be given to the law and to a part of it */
            int dup = 0;
            for (int a = i0; a <= i && !dup; a++) {
                const sc_act_rec *q = &sc_act_recs[a];
                int upto = a == i ? k : q->names_count;
                for (int b = 0; b < upto && !dup; b++)
                    dup = sc_act_dnames[q->names_first + (uint32_t)b] == off;
            }
            if (dup)
                continue;
            if (names && n < max)
                names[n] = S(off);
            n++;
        }
    }
    return n;
}

int sc_law_names(int congress, int number, const char **names, int max)
{
    if (congress <= 0 || number <= 0 || congress > 999 || number > 99999)
        return 0;
    char key[32];
    return key_names(law_key(key + sizeof key - 1, congress, number), names, max);
}

int sc_chapter_names(int32_t date, int chapter, const char **names, int max)
{
    if (date < 17000101 || date > 99991231 || chapter <= 0 || chapter > 99999)
        return 0;
    char key[40];
    snprintf(key, sizeof key, "ch:%04d-%02d-%02d:%d", (int)(date / 10000), (int)(date / 100 % 100),
             (int)(date % 100), chapter);
    return key_names(key, names, max);
}

int sc_act_count(void)
{
    return sc_act_nrecs;
}

int sc_act_section_count(void)
{
    return sc_act_nsecs;
}

int sc_act_section_row(int i, int *act, const char **section, const char **title,
                       const char **usc_section)
{
    if (i < 0 || i >= sc_act_nsecs)
        return 0;
    const sc_act_sec *r = &sc_act_secs[i];
    if (act)
        *act = r->act;
    if (section)
        *section = S(r->section);
    if (title)
        *title = S(r->title);
    if (usc_section)
        *usc_section = S(r->usc);
    return 1;
}
