/*
 * rules.c -- loads grammar/NN-name.rules (see grammar/README.md): expands
 * {MACRO}s, compiles each pattern once with PCRE2 (8-bit, no UTF, so any
 * byte sequence is a valid subject; anchored; extended syntax; only named
 * groups capture; a "routine" macro is called as a PCRE2 subroutine, held
 * once per pattern), JIT-compiles it, and matches it at a trigger with
 * explicit match limits and a per-thread JIT stack.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "rules.h"
#include "stage.h"

#include <pcre2.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctype.h"
#include "lexer.h"

#define SC_G_NAME(e, s) s,
const char *const sc_group_names[SC_G_COUNT] = { SC_GROUPS(SC_G_NAME) };
#undef SC_G_NAME

/* Limits: a rule never runs away, whatever the input. */
#define MATCH_LIMIT 20000u
#define DEPTH_LIMIT 1000u
#define JIT_STACK_MAX (512u * 1024u)
#define MAX_MACROS 128
#define MAX_PATTERN (64u * 1024u)

typedef struct macro {
    char name[32];
    char *value;
    int routine; /* {NAME} calls it, (?&NAME), instead of copying it */
} macro;

typedef struct loader {
    sc_rules *r;
    macro mac[MAX_MACROS];
    int nmac;
    const char *origin;
    int line;
    char *err;
    size_t errsz;
    int builtin; /* the built-in grammar: its first bytes come from the build */
    /* pending names of next/split, resolved once every rule is known */
    char next_name[SC_MAX_RULES][48];
    char split_name[SC_MAX_RULES][48];
    char *pattern[SC_MAX_RULES];
} loader;

static int fail(loader *L, int line, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (L->err && L->errsz)
        snprintf(L->err, L->errsz, "%s:%d: %s", L->origin, line, msg);
    return -1;
}

/* Expands {NAME} macros of src into a new string (NULL on error). */
static char *expand(loader *L, const char *src)
{
    size_t cap = strlen(src) * 2 + 64, n = 0;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    for (const char *p = src; *p;) {
        const char *val = NULL;
        int routine = 0;
        size_t skip = 1;
        if (p[0] == '{' && sc_isupper(p[1])) {
            const char *q = p + 1;
            while (sc_isupper(*q) || sc_isdigit(*q) || *q == '_')
                q++;
            if (*q == '}') {
                size_t nl = (size_t)(q - p - 1);
                for (int i = 0; i < L->nmac; i++)
                    if (strlen(L->mac[i].name) == nl && memcmp(L->mac[i].name, p + 1, nl) == 0) {
                        val = L->mac[i].value;
                        routine = L->mac[i].routine;
                    }
                if (!val) {
                    fail(L, L->line, "unknown macro {%.*s}", (int)nl, p + 1);
                    free(out);
                    return NULL;
                }
                skip = nl + 2;
            }
        }
        if (routine)
            val = p + 1; /* the call names it: "(?&" NAME ")" */
        size_t add = routine ? skip + 2 : val ? strlen(val) + 4 : 1;
        if (n + add + 1 > MAX_PATTERN) {
            fail(L, L->line, "pattern longer than %u bytes after expansion", MAX_PATTERN);
            free(out);
            return NULL;
        }
        if (n + add + 1 > cap) {
            cap = (n + add + 1) * 2;
            char *t = realloc(out, cap);
            if (!t) {
                free(out);
                return NULL;
            }
            out = t;
        }
        if (routine) {
            n += (size_t)sprintf(out + n, "(?&%.*s)", (int)(skip - 2), val);
        } else if (val) {
            /* Wrap in a group so a quantifier after {X} applies to all of X. */
            n += (size_t)sprintf(out + n, "(?:%s)", val);
        } else {
            out[n++] = *p;
        }
        p += skip;
    }
    out[n] = '\0';
    return out;
}

/* Appends to an expanded pattern the (?(DEFINE)(?<NAME>...)) block of each
 * routine it calls, and of each routine those call (a routine calls only
 * earlier ones, so one pass from the last routine back finds them all).
 * Takes @p pat; returns a new string, or NULL on error. */
static char *with_routines(loader *L, char *pat)
{
    for (int i = L->nmac - 1; i >= 0; i--) {
        const macro *m = &L->mac[i];
        char call[40];
        if (!m->routine)
            continue;
        snprintf(call, sizeof call, "(?&%s)", m->name);
        if (!strstr(pat, call))
            continue;
        size_t n = strlen(pat), add = strlen(m->value) + strlen(m->name) + 20;
        if (n + add + 1 > MAX_PATTERN) {
            fail(L, L->line, "pattern longer than %u bytes after expansion", MAX_PATTERN);
            free(pat);
            return NULL;
        }
        char *t = realloc(pat, n + add + 1);
        if (!t) {
            free(pat);
            return NULL;
        }
        pat = t;
        snprintf(pat + n, add + 1, "(?(DEFINE)(?<%s>%s))", m->name, m->value);
    }
    return pat;
}

/* Whether pattern text holds a named group "(?<name>" (not a lookbehind). */
static int has_named_group(const char *p)
{
    for (; (p = strstr(p, "(?<")) != NULL; p += 3)
        if (sc_isalpha((unsigned char)p[3]) || p[3] == '_')
            return 1;
    return 0;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

/* Appends one "pattern" line, its macros expanded (so an unknown macro is
 * reported at its own line), to the rule's pattern. */
static int append_pattern(loader *L, int ri, const char *text)
{
    char *e = expand(L, text);
    if (!e)
        return -1;
    size_t old = L->pattern[ri] ? strlen(L->pattern[ri]) : 0, add = strlen(e);
    char *t = old + add + 2 > MAX_PATTERN ? NULL : realloc(L->pattern[ri], old + add + 2);
    if (!t) {
        free(e);
        return fail(L, L->line, old + add + 2 > MAX_PATTERN ? "pattern too long" : "out of memory");
    }
    memcpy(t + old, e, add);
    t[old + add] = '\n';
    t[old + add + 1] = '\0';
    L->pattern[ri] = t;
    free(e);
    return 0;
}

static int type_from_word(const char *w)
{
    if (strcmp(w, "context") == 0)
        return SC_RULE_CONTEXT;
    for (int t = 0; t < SC_NTYPES; t++)
        if (strcmp(w, sc_type_name((sc_type)t)) == 0)
            return t;
    return -1;
}

/* Parses the grammar text into macros and rule stubs. */
static int parse(loader *L, const char *text, size_t len)
{
    sc_rules *r = L->r;
    int cur = -1;
    size_t i = 0;
    L->line = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && text[j] != '\n')
            j++;
        L->line++;
        size_t ll = j - i;
        char *buf = malloc(ll + 1);
        if (!buf)
            return fail(L, L->line, "out of memory");
        memcpy(buf, text + i, ll);
        buf[ll] = '\0';
        i = j + 1;
        int indented = buf[0] == ' ' || buf[0] == '\t';
        char *s = trim(buf);
        int rc = 0;
        if (*s == '\0' || *s == '#') {
            free(buf);
            continue;
        }
        char *sp = s;
        while (*sp && *sp != ' ' && *sp != '\t')
            sp++;
        char *rest = *sp ? trim(sp + 1) : sp;
        if (*sp)
            *sp = '\0';
        if (!indented && (strcmp(s, "define") == 0 || strcmp(s, "routine") == 0)) {
            int routine = s[0] == 'r';
            char *v = rest;
            while (*v && *v != ' ' && *v != '\t')
                v++;
            if (*v)
                *v++ = '\0';
            v = trim(v);
            if (!sc_isupper(rest[0]) || strlen(rest) >= sizeof L->mac[0].name)
                rc = fail(L, L->line, "bad macro name '%s' (use A-Z, 0-9, _)", rest);
            else if (L->nmac >= MAX_MACROS)
                rc = fail(L, L->line, "more than %d macros", MAX_MACROS);
            else {
                char *e = expand(L, v);
                if (!e)
                    rc = -1;
                else if (routine && has_named_group(e)) {
                    rc = fail(L, L->line,
                              "routine %s holds a named group; its capture would be lost "
                              "after each call",
                              rest);
                    free(e);
                } else {
                    snprintf(L->mac[L->nmac].name, sizeof L->mac[0].name, "%s", rest);
                    L->mac[L->nmac].routine = routine;
                    L->mac[L->nmac++].value = e;
                }
            }
            cur = -1;
        } else if (!indented && strcmp(s, "rule") == 0) {
            if (r->nrules >= SC_MAX_RULES)
                rc = fail(L, L->line, "more than %d rules", SC_MAX_RULES);
            else if (!*rest || strlen(rest) >= sizeof r->rule[0].name)
                rc = fail(L, L->line, "rule needs a name (under 48 bytes)");
            else if (sc_rules_find(r, rest) >= 0)
                rc = fail(L, L->line, "rule '%s' defined twice", rest);
            else {
                cur = r->nrules++;
                sc_rule *ru = &r->rule[cur];
                memset(ru, 0, sizeof *ru);
                snprintf(ru->name, sizeof ru->name, "%s", rest);
                ru->type = -1;
                ru->trigger = -1;
                ru->next = ru->split = -1;
                ru->line = L->line;
            }
        } else if (indented && cur >= 0) {
            sc_rule *ru = &r->rule[cur];
            if (strcmp(s, "type") == 0) {
                if ((ru->type = type_from_word(rest)) < 0)
                    rc = fail(L, L->line, "unknown type '%s'", rest);
            } else if (strcmp(s, "trigger") == 0) {
                if ((ru->trigger = sc_trigger_from_name(rest)) < 0)
                    rc = fail(L, L->line, "unknown trigger '%s'", rest);
            } else if (strcmp(s, "next") == 0) {
                snprintf(L->next_name[cur], sizeof L->next_name[0], "%s", rest);
            } else if (strcmp(s, "split") == 0) {
                snprintf(L->split_name[cur], sizeof L->split_name[0], "%s", rest);
            } else if (strcmp(s, "pattern") == 0) {
                rc = append_pattern(L, cur, rest);
            } else {
                rc = fail(L, L->line, "unknown rule attribute '%s'", s);
            }
        } else {
            rc = fail(L, L->line, "expected 'define', 'rule' or an indented attribute, got '%s'", s);
        }
        free(buf);
        if (rc)
            return rc;
    }
    return 0;
}

static int is_routine(const loader *L, const char *name)
{
    for (int i = 0; i < L->nmac; i++)
        if (L->mac[i].routine && strcmp(L->mac[i].name, name) == 0)
            return 1;
    return 0;
}

/*
 * The bytes a match of @p pat can start with, into ru->first: PCRE2 studies
 * an unanchored pattern for the code units a match can begin with (its
 * start bitmap or its one first code unit); an anchored match at a position
 * is one of the unanchored attempts, so a byte outside that set cannot start
 * one.  The anchored code has no such table, so the pattern is compiled once
 * more for the study alone (not JIT-compiled, freed at once).  When PCRE2
 * cannot tell (a pattern that may match the empty string, say), every byte
 * is allowed.
 */
static void first_bytes(sc_rule *ru, const char *pat, uint32_t opts)
{
    memset(ru->first, 0xff, sizeof ru->first);
    if (ru->type == SC_RULE_CONTEXT)
        return; /* searches: a match may begin anywhere after the start */
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, opts, &ec, &eo, NULL);
    if (!code)
        return;
    uint32_t type = 0, cu = 0;
    const uint8_t *map = NULL;
    if (pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODETYPE, &type) == 0 && type == 1 &&
        pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODEUNIT, &cu) == 0 && cu < 256) {
        /* PCRE2 keeps [Tt] as a caseless 'T' and does not say so in the
         * public API: allow both cases (no UTF, C tables: ASCII only) */
        uint32_t c3[3] = { cu, (uint32_t)sc_tolower((uint8_t)cu), (uint32_t)sc_toupper((uint8_t)cu) };
        memset(ru->first, 0, sizeof ru->first);
        for (int i = 0; i < 3; i++)
            ru->first[c3[i] >> 3] |= (uint8_t)(1u << (c3[i] & 7));
    } else if (type == 0 && pcre2_pattern_info(code, PCRE2_INFO_FIRSTBITMAP, &map) == 0 && map) {
        memcpy(ru->first, map, sizeof ru->first);
    }
    pcre2_code_free(code);
}

/*
 * Where PCRE2's study knows no first bytes (a pattern that may begin with
 * nothing, as {SP} may: the list items' rules, ", 1360"), they are found by
 * matching the rule at each byte alone with PCRE2's hard partial matching:
 * a byte b is kept when the subject "b" matches, or could still match as
 * it goes on.  A match beginning with b has such a prefix, so a byte left
 * out begins none.  Only a rule without a lookbehind (nor \b, which looks
 * one byte back: PCRE2_INFO_MAXLOOKBEHIND 0) is probed, as the probe has
 * nothing before it; the others keep every byte.
 */
static void first_probed(sc_rule *ru, const pcre2_code *code)
{
    uint32_t lb = 1;
    for (int i = 0; i < 32; i++)
        if (ru->first[i] != 0xff)
            return; /* the study knew */
    if (ru->type == SC_RULE_CONTEXT || pcre2_pattern_info(code, PCRE2_INFO_MAXLOOKBEHIND, &lb) != 0 ||
        lb != 0)
        return;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(code, NULL);
    if (!md)
        return;
    uint8_t first[32] = { 0 };
    for (unsigned b = 0; b < 256; b++) {
        uint8_t subj[1] = { (uint8_t)b };
        int rc = pcre2_match(code, subj, 1, 0, PCRE2_PARTIAL_HARD, md, NULL);
        if (rc >= 0 || rc == PCRE2_ERROR_PARTIAL)
            first[b >> 3] |= (uint8_t)(1u << (b & 7));
    }
    pcre2_match_data_free(md);
    memcpy(ru->first, first, sizeof first);
}

static int compile_rule(loader *L, int ri)
{
    sc_rules *r = L->r;
    sc_rule *ru = &r->rule[ri];
    L->line = ru->line;
    if (ru->type < 0)
        return fail(L, ru->line, "rule '%s' has no type", ru->name);
    if (ru->trigger < 0)
        return fail(L, ru->line, "rule '%s' has no trigger", ru->name);
    if (!L->pattern[ri])
        return fail(L, ru->line, "rule '%s' has no pattern", ru->name);
    char *pat = with_routines(L, L->pattern[ri]);
    L->pattern[ri] = NULL; /* taken */
    if (!pat)
        return -1;
    int ec;
    PCRE2_SIZE eo;
    /* Citation rules are anchored at their trigger; context rules search. */
    uint32_t opts = PCRE2_EXTENDED | PCRE2_DUPNAMES | PCRE2_NO_AUTO_CAPTURE;
    if (ru->type != SC_RULE_CONTEXT)
        opts |= PCRE2_ANCHORED;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, opts, &ec, &eo, NULL);
    if (!code) {
        PCRE2_UCHAR msg[160];
        pcre2_get_error_message(ec, msg, sizeof msg);
        int rc = fail(L, ru->line, "rule '%s': %s at offset %zu of the expanded pattern (\"%.30s\")",
                      ru->name, (char *)msg, (size_t)eo, pat + (eo < strlen(pat) ? eo : 0));
        free(pat);
        return rc;
    }
    if (L->builtin) {
        memset(ru->first, 0xff, sizeof ru->first); /* until built_in_sets() */
    } else {
        first_bytes(ru, pat, opts & ~(uint32_t)PCRE2_ANCHORED);
        first_probed(ru, code);
    }
    free(pat);
    ru->code = code;
    uint32_t cc = 0, nc = 0, es = 0;
    PCRE2_SPTR tab;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &cc);
    pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &nc);
    pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &es);
    pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &tab);
    if (cc > r->max_captures)
        r->max_captures = cc;
    for (uint32_t k = 0; k < nc; k++) {
        const uint8_t *e = tab + k * es;
        int num = (e[0] << 8) | e[1];
        const char *name = (const char *)e + 2;
        if (is_routine(L, name))
            continue; /* a routine's group: called, never captured */
        int g;
        for (g = 0; g < SC_G_COUNT; g++)
            if (strcmp(name, sc_group_names[g]) == 0)
                break;
        if (g == SC_G_COUNT)
            return fail(L, ru->line, "rule '%s': unknown group name '%s'", ru->name, name);
        if (ru->ngroup[g] >= 4)
            return fail(L, ru->line, "rule '%s': group '%s' used more than 4 times", ru->name, name);
        ru->group[g][ru->ngroup[g]++] = (uint16_t)num;
    }
    ru->nused = 0;
    for (int g = 0; g < SC_G_COUNT; g++)
        if (ru->ngroup[g])
            ru->used[ru->nused++] = (uint8_t)g;
    return 0;
}

/*
 * The follow sets of the trigger words (sc_rules.follow): for each word of
 * triggers.def whose citation starts at the word, and each byte b, whether
 * some citation rule of the word's kind matches, or could still match
 * (PCRE2's hard partial matching: the subject ended while a match was under
 * way), the subject "WORD" b, or the subject "WORD " b.  A trigger whose
 * next bytes fail both cannot start a match of any of those rules ("section
 * shall", "Title IV", "House of Representatives"), and the scanner tries
 * none there.  The same is kept per rule (sc_rules.follow_rules): a word
 * whose next bytes fail one rule alone skips that rule ("Pub" is never a
 * Private Law, "title" never a Code title's heading "TITLE 35").  Each probe is run after several left contexts (nothing, a
 * line end, a space, "(", "["), so that a lookbehind at a rule's start
 * sees what it may see in a document.  The probes run the interpreter (the
 * JIT code has no partial mode): some 400,000 tiny matches, 0.1 s, so the
 * built-in grammar's sets are computed at build time (tools/gen_follow.c)
 * and only a grammar loaded from a file pays for them at load.
 */
static const char *const probe_left[] = { "", "\n", " ", "(", "[" };

/* Whether rule @p ru is probed at a trigger word: a citation rule, or a
 * context rule that is anchored (by \G; a searching one may match later). */
static int probed(const sc_rule *ru)
{
    uint32_t o = 0;
    if (ru->type != SC_RULE_CONTEXT)
        return 1;
    return pcre2_pattern_info((const pcre2_code *)ru->code, PCRE2_INFO_ALLOPTIONS, &o) == 0 &&
           (o & PCRE2_ANCHORED);
}

void sc_rules_follow_compute(sc_rules *r)
{
    memset(r->has_follow, 0, sizeof r->has_follow);
    pcre2_match_data *md = pcre2_match_data_create(r->max_captures + 1, NULL);
    if (!md)
        return;
    int nw = sc_lex_word_count();
    for (int w = 0; w < nw && w < SC_MAX_WORDS; w++) {
        size_t len;
        int kind, at_word;
        const char *text = sc_lex_word(w, &len, &kind, &at_word);
        if (!text || !at_word || len + 4 > 32 || kind <= SC_TK_NONE || kind >= SC_TK_COUNT)
            continue;
        memset(r->follow[w], 0, sizeof r->follow[w]);
        memset(r->follow_rules[w], 0, sizeof r->follow_rules[w]);
        uint8_t always = 0; /* rules not probed */
        for (int k = 0; k < r->nby[kind] && k < 8; k++)
            if (!probed(&r->rule[r->by_trigger[kind][k]]))
                always |= (uint8_t)(1u << k);
        for (size_t lc = 0; lc < sizeof probe_left / sizeof probe_left[0]; lc++) {
            uint8_t subj[40];
            size_t left = strlen(probe_left[lc]);
            memcpy(subj, probe_left[lc], left);
            memcpy(subj + left, text, len);
            for (int sp = 0; sp < 2; sp++) {
                subj[left + len] = ' ';
                for (unsigned b = 0; b < 256; b++) {
                    subj[left + len + (size_t)sp] = (uint8_t)b;
                    uint8_t *bits = &r->follow_rules[w][sp][b];
                    *bits |= always;
                    for (int k = 0; k < r->nby[kind] && k < 8; k++) {
                        const sc_rule *ru = &r->rule[r->by_trigger[kind][k]];
                        if ((*bits >> k) & 1)
                            continue; /* already allowed */
                        int rc = pcre2_match((const pcre2_code *)ru->code, subj,
                                             left + len + 1 + (size_t)sp, left, PCRE2_PARTIAL_HARD,
                                             md, NULL);
                        if (rc >= 0 || rc == PCRE2_ERROR_PARTIAL)
                            *bits |= (uint8_t)(1u << k);
                    }
                    /* the union over citation rules (context ones are tried
                     * at every trigger); rules past the 8th are probed here */
                    for (int k = 0; k < r->nby[kind]; k++) {
                        const sc_rule *ru = &r->rule[r->by_trigger[kind][k]];
                        if (ru->type == SC_RULE_CONTEXT)
                            continue;
                        int rc = k < 8 ? ((*bits >> k) & 1 ? 0 : PCRE2_ERROR_NOMATCH)
                                        : pcre2_match((const pcre2_code *)ru->code, subj,
                                                      left + len + 1 + (size_t)sp, left,
                                                      PCRE2_PARTIAL_HARD, md, NULL);
                        if (rc >= 0 || rc == PCRE2_ERROR_PARTIAL) {
                            r->follow[w][sp][b >> 3] |= (uint8_t)(1u << (b & 7));
                            break;
                        }
                    }
                }
            }
        }
        r->has_follow[w] = 1;
    }
    pcre2_match_data_free(md);
}

#ifndef SC_FOLLOW_GEN
/* The built-in grammar's sets, from tools/gen_follow.c (build/gen/follow_tables.c). */
extern const int sc_builtin_follow_words, sc_builtin_first_rules;
extern const uint8_t sc_builtin_follow[][2][32];
extern const uint8_t sc_builtin_follow_has[];
extern const uint8_t sc_builtin_first[][32];
extern const uint8_t sc_builtin_follow_rules[][2][256];
#endif

/* Takes the built-in grammar's first bytes and follow sets from the build
 * (0), or returns -1 when there are none to take (the tool itself). */
static int built_in_sets(sc_rules *r)
{
#ifndef SC_FOLLOW_GEN
    int nw = sc_lex_word_count();
    if (sc_builtin_follow_words != nw || sc_builtin_first_rules != r->nrules)
        return -1;
    for (int i = 0; i < r->nrules; i++)
        memcpy(r->rule[i].first, sc_builtin_first[i], sizeof r->rule[i].first);
    for (int w = 0; w < nw && w < SC_MAX_WORDS; w++) {
        r->has_follow[w] = sc_builtin_follow_has[w];
        memcpy(r->follow[w], sc_builtin_follow[w], sizeof r->follow[w]);
        memcpy(r->follow_rules[w], sc_builtin_follow_rules[w], sizeof r->follow_rules[w]);
    }
    return 0;
#else
    (void)r;
    return -1;
#endif
}

int sc_rules_word_may_match(const sc_rules *r, const sc_trigger_hit *h, const uint8_t *p, size_t n)
{
    int word = h->word;
    if (word < 0 || word >= SC_MAX_WORDS || !r->has_follow[word])
        return 1;
    size_t wlen = h->len;
    if (wlen + 2 > n)
        return 1;
    uint8_t b = p[wlen];
    if (!((r->follow[word][0][b >> 3] >> (b & 7)) & 1))
        return 0;
    if (b != ' ')
        return 1;
    b = p[wlen + 1];
    return (r->follow[word][1][b >> 3] >> (b & 7)) & 1;
}

uint32_t sc_rules_word_rules(const sc_rules *r, const sc_trigger_hit *h, const uint8_t *p,
                             size_t n)
{
    int word = h->word;
    if (word < 0 || word >= SC_MAX_WORDS || !r->has_follow[word])
        return ~0u;
    size_t wlen = h->len;
    if (wlen + 2 > n)
        return ~0u;
    uint8_t b = p[wlen];
    uint32_t bits = r->follow_rules[word][0][b];
    if (b == ' ')
        bits &= r->follow_rules[word][1][p[wlen + 1]];
    return bits | ~0xffu;
}

/*
 * Each rule is JIT-compiled on its first match, not at load: JIT
 * compilation is most of start-up (about 6 of 8 ms), and a document pays
 * only for the rules its triggers call (a batch's threads compile them as
 * they meet them, side by side).  A shared rule set is compiled under one
 * lock, once per rule; the state is published with release order, so a
 * thread that reads 1 matches compiled code.  A rule whose compilation
 * fails runs in the interpreter.  STATCITE_JIT=0 runs the interpreter
 * everywhere: for valgrind, which cannot see into JIT-compiled code
 * (tests/valgrind/run.sh).
 */
static int jit_now(const sc_rules *cr, int ri)
{
    sc_rules *r = (sc_rules *)cr; /* the lock and the state are the only writes */
    sc_rule *ru = &r->rule[ri];
    pthread_mutex_lock(&r->jit_lock[ri]);
    int st = __atomic_load_n(&ru->jit_state, __ATOMIC_RELAXED);
    if (st == 0) {
#ifdef SC_STAGE_COUNTERS
        uint64_t t0_ = sc_stage_now();
#endif
        st = pcre2_jit_compile((pcre2_code *)ru->code, PCRE2_JIT_COMPLETE) == 0 ? 1 : -1;
#ifdef SC_STAGE_COUNTERS
        if (ri < SC_STAGE_MAXRULES)
            sc_stage_rule_jit[ri] = sc_stage_now() - t0_;
#endif
        __atomic_store_n(&ru->jit_state, st, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&r->jit_lock[ri]);
    return st;
}

int sc_rules_find(const sc_rules *r, const char *name)
{
    for (int i = 0; i < r->nrules; i++)
        if (strcmp(r->rule[i].name, name) == 0)
            return i;
    return -1;
}

int sc_rules_count(const sc_rules *r) { return r ? r->nrules : 0; }

sc_rules *sc_rules_load(const char *text, size_t len, const char *origin, char *err,
                        size_t errsz)
{
    int builtin = !text;
    if (!text) {
        text = sc_builtin_grammar;
        len = sc_builtin_grammar_len;
        origin = "<built-in grammar>";
    }
    loader *L = calloc(1, sizeof *L);
    sc_rules *r = calloc(1, sizeof *r);
    if (!L || !r) {
        free(L);
        free(r);
        if (err && errsz)
            snprintf(err, errsz, "out of memory");
        return NULL;
    }
    L->r = r;
    L->origin = origin ? origin : "<rules>";
    L->err = err;
    L->errsz = errsz;
    r->jit = 1;
    r->builtin = builtin;
    for (int i = 0; i < SC_MAX_RULES; i++)
        pthread_mutex_init(&r->jit_lock[i], NULL);
#ifdef SC_FOLLOW_GEN
    (void)builtin;
    L->builtin = 0; /* the tool computes what the build then holds */
#else
    L->builtin = builtin;
#endif
    int rc = parse(L, text, len);
    for (int i = 0; rc == 0 && i < r->nrules; i++)
        rc = compile_rule(L, i);
    const char *env = getenv("STATCITE_JIT");
    if (env && strcmp(env, "0") == 0)
        r->jit = 0;
    for (int i = 0; rc == 0 && i < r->nrules; i++) {
        sc_rule *ru = &r->rule[i];
        if (L->next_name[i][0] && (ru->next = sc_rules_find(r, L->next_name[i])) < 0)
            rc = fail(L, ru->line, "rule '%s': next rule '%s' not defined", ru->name, L->next_name[i]);
        if (rc == 0 && L->split_name[i][0] &&
            (ru->split = sc_rules_find(r, L->split_name[i])) < 0)
            rc = fail(L, ru->line, "rule '%s': split rule '%s' not defined", ru->name, L->split_name[i]);
        if (rc == 0 && ru->split >= 0 && ru->ngroup[SC_G_MORE] == 0)
            rc = fail(L, ru->line, "rule '%s': 'split' needs a (?<more>...) group", ru->name);
        if (rc == 0)
            r->by_trigger[ru->trigger][r->nby[ru->trigger]++] = i;
    }
    if (rc == 0 && r->nrules == 0)
        rc = fail(L, L->line, "no rules");
    r->semi_rule = rc == 0 ? sc_rules_find(r, "usc.semi") : -1;
    r->cell_rule = rc == 0 ? sc_rules_find(r, "public_law.cell") : -1;
    r->ctx_congress = rc == 0 ? sc_rules_find(r, "context.congress") : -1;
    r->ctx_date = rc == 0 ? sc_rules_find(r, "context.date") : -1;
    r->ctx_actyear = rc == 0 ? sc_rules_find(r, "context.actyear") : -1;
    r->ctx_codetitle = rc == 0 ? sc_rules_find(r, "context.codetitle") : -1;
    r->ctx_chapter = rc == 0 ? sc_rules_find(r, "context.chapter") : -1;
    r->ctx_chapter_after = rc == 0 ? sc_rules_find(r, "context.chapter_after") : -1;
    r->ctx_actdate = rc == 0 ? sc_rules_find(r, "context.actdate") : -1;
    if (rc == 0) /* a mismatch leaves every first byte allowed: slower, same matches */
        if (!(L->builtin && built_in_sets(r) == 0))
            sc_rules_follow_compute(r);
    for (int i = 0; i < L->nmac; i++)
        free(L->mac[i].value);
    for (int i = 0; i < SC_MAX_RULES; i++)
        free(L->pattern[i]);
    free(L);
    if (rc) {
        sc_rules_free(r);
        return NULL;
    }
    return r;
}

void sc_rules_free(sc_rules *r)
{
    if (!r)
        return;
    for (int i = 0; i < r->nrules; i++)
        pcre2_code_free((pcre2_code *)r->rule[i].code);
    for (int i = 0; i < SC_MAX_RULES; i++)
        pthread_mutex_destroy(&r->jit_lock[i]);
    free(r);
}

struct sc_matcher {
    pcre2_match_data *md;
    pcre2_match_context *mc;
    pcre2_jit_stack *js;
};

sc_matcher *sc_matcher_new(const sc_rules *r)
{
    sc_matcher *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->md = pcre2_match_data_create(r->max_captures + 1, NULL);
    m->mc = pcre2_match_context_create(NULL);
    if (r->jit)
        m->js = pcre2_jit_stack_create(32u * 1024u, JIT_STACK_MAX, NULL);
    if (!m->md || !m->mc || (r->jit && !m->js)) {
        sc_matcher_free(m);
        return NULL;
    }
    pcre2_set_match_limit(m->mc, MATCH_LIMIT);
    pcre2_set_depth_limit(m->mc, DEPTH_LIMIT);
    if (m->js)
        pcre2_jit_stack_assign(m->mc, NULL, m->js);
    return m;
}

void sc_matcher_free(sc_matcher *m)
{
    if (!m)
        return;
    pcre2_match_data_free(m->md);
    pcre2_match_context_free(m->mc);
    pcre2_jit_stack_free(m->js);
    free(m);
}

size_t sc_rule_match(const sc_rules *r, int ri, sc_matcher *m, const uint8_t *subject,
                     size_t len, size_t at, sc_groups *g)
{
    const sc_rule *ru = &r->rule[ri];
    /* a byte no match begins with (a list item's rule after "117 Stat.
     * 1137." or "(g))": most of its calls) fails without a match call */
    if (at < len && !sc_rule_may_start(r, ri, subject[at]))
        return SC_UNSET;
#ifdef SC_STAGE_COUNTERS
    uint64_t t_rule_ = sc_stage_now();
#endif
    /* JIT-compiled: the JIT's own entry, without pcre2_match()'s checks of
     * arguments this code always gets right (same result, same limits) */
    int st = r->jit ? __atomic_load_n(&ru->jit_state, __ATOMIC_ACQUIRE) : -1;
    if (st == 0)
        st = jit_now(r, ri);
    int rc = st > 0 ? pcre2_jit_match((const pcre2_code *)ru->code, subject, len, at, 0, m->md, m->mc)
                    : pcre2_match((const pcre2_code *)ru->code, subject, len, at, 0, m->md, m->mc);
#ifdef SC_STAGE_COUNTERS
    if (ri < SC_STAGE_MAXRULES) {
        sc_stage_rule_cycles[ri] += sc_stage_now() - t_rule_;
        sc_stage_rule_calls[ri]++;
        sc_stage_rule_hits[ri] += rc > 0;
        static char names_[SC_STAGE_MAXRULES][sizeof ru->name];
        if (!names_[ri][0]) /* a copy: the report is printed after the rules are freed */
            memcpy(names_[ri], ru->name, sizeof ru->name);
        sc_stage_rule_names[ri] = names_[ri];
    }
#endif
    if (rc <= 0)
        return SC_UNSET; /* no match, or a limit hit: treat as no match */
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
    for (int k = 0; k < SC_G_COUNT; k++) /* every group SC_UNSET (a loop: GCC */
        g->so[k] = g->eo[k] = SC_UNSET;   /* makes a memset a slow rep stos)   */
    for (int u = 0; u < ru->nused; u++) {
        int k = ru->used[u];
        for (int j = 0; j < ru->ngroup[k]; j++) {
            uint32_t n = ru->group[k][j]; /* rc bounds it: the ovector holds max_captures + 1 */
            if ((int)n < rc && ov[2 * n] != PCRE2_UNSET) {
                g->so[k] = ov[2 * n];
                g->eo[k] = ov[2 * n + 1];
                break;
            }
        }
    }
    if (!sc_gset(g, SC_G_CITE)) {
        g->so[SC_G_CITE] = ov[0];
        g->eo[SC_G_CITE] = ov[1];
    }
    return ov[1];
}
