/*
 * rules.h -- the PCRE2 rule set: grammar/NN-name.rules parsed, macros expanded,
 * every pattern compiled once (anchored, JIT) and matched at the positions
 * the lexer proposes.  The grammar is data: adding a written form means
 * editing grammar/, not C.  File format: grammar/README.md.
 */
#ifndef SC_RULES_H
#define SC_RULES_H

#include <stddef.h>
#include <pthread.h>
#include <stdint.h>

#include "lexer.h"
#include "statcite.h"

/* Named groups a rule may capture; enum and names side by side.  A pattern
 * using any other group name is rejected when the grammar is loaded. */
#define SC_GROUPS(X)                                                       \
    X(SC_G_CITE,     "cite")     /* the citation's span (default: match)  */ \
    X(SC_G_CONGRESS, "congress") /* law or bill Congress                  */ \
    X(SC_G_LAW,      "law")      /* law number                            */ \
    X(SC_G_TITLE,    "title")    /* U.S. Code title                       */ \
    X(SC_G_APP,      "app")      /* "App." appendix marker                */ \
    X(SC_G_SECTION,  "section")  /* section (or first of a range)         */ \
    X(SC_G_SECTION2, "section2") /* end of a section range                */ \
    X(SC_G_SUB,      "sub")      /* subsections "(g)(1)"                  */ \
    X(SC_G_MULTI,    "multi")    /* "§§" or "sections": a range/list head */ \
    X(SC_G_BTYPE,    "btype")    /* bill type as written                  */ \
    X(SC_G_NUM,      "num")      /* bill number                           */ \
    X(SC_G_VOLUME,   "volume")   /* Stat. volume                          */ \
    X(SC_G_PAGE,     "page")     /* Stat. page                            */ \
    X(SC_G_PAGE2,    "page2")    /* after a dash: page range or omnibus   */ \
    X(SC_G_YEAR,     "year")     /* a year given with the citation        */ \
    X(SC_G_EDITION,  "edition")  /* U.S.C. edition "(2018)", "(Supp. V)"  */ \
    X(SC_G_ETSEQ,    "etseq")    /* "et seq."                             */ \
    X(SC_G_NOTE,     "note")     /* "note"                                */ \
    X(SC_G_PLURAL,   "plural")   /* "Nos." / "Laws": a list follows       */ \
    X(SC_G_MORE,     "more")     /* list items inside the match (split)   */ \
    X(SC_G_ORD,      "ord")      /* context: ordinal Congress "108th"     */ \
    X(SC_G_SPELLED,  "spelled")  /* context: "One Hundred Eighth"         */ \
    X(SC_G_MONTH,    "month")    /* context: a date's month               */ \
    X(SC_G_DAY,      "day")      /* context: a date's day                 */ \
    X(SC_G_FY,       "fy")       /* context: fiscal year of an Act's name */ \
    X(SC_G_CHAPTER,  "chapter")  /* context: chapter of a session law     */ \
    X(SC_G_AT,       "at")       /* "110 Stat. at 2033": a short-form pin  */ \
    X(SC_G_SHORT,    "short")    /* a short form: title from elsewhere    */ \
    X(SC_G_THIS,     "this")     /* "of this title": the document's title */ \
    X(SC_G_ACT,      "act")      /* the name of an Act                    */

#define SC_G_ENUM(e, s) e,
typedef enum sc_group { SC_GROUPS(SC_G_ENUM) SC_G_COUNT } sc_group;
#undef SC_G_ENUM

extern const char *const sc_group_names[SC_G_COUNT];

/* Rule kinds beyond the citation types: context rules find what surrounds
 * a citation (a Congress named in a heading, say) and are never reported. */
#define SC_RULE_CONTEXT SC_NTYPES

/** Where each named group matched; so[g] == SC_UNSET when it did not. */
#define SC_UNSET ((size_t)-1)
typedef struct sc_groups {
    size_t so[SC_G_COUNT], eo[SC_G_COUNT];
} sc_groups;

/** One compiled rule. */
typedef struct sc_rule {
    char name[48];
    int type;         /* sc_type, or SC_RULE_CONTEXT                     */
    int trigger;      /* sc_trigger it is tried at                       */
    int next;         /* rule tried repeatedly at the match end, or -1   */
    int split;        /* rule iterated over the "more" group, or -1      */
    int line;         /* line in the grammar, for messages               */
    void *code;       /* pcre2_code_8 *                                  */
    uint8_t ngroup[SC_G_COUNT];
    uint16_t group[SC_G_COUNT][4]; /* capture numbers (names may repeat) */
    uint8_t nused, used[SC_G_COUNT]; /* the groups with ngroup > 0, in order */
    int jit_state; /* 0 not yet JIT-compiled, 1 compiled, -1 failed (the
                    * interpreter runs it); set once, on the rule's first
                    * match (rules.c, jit_now), read with acquire order */
    uint8_t first[32]; /* bit b: a match may begin with byte b (PCRE2's  *
                        * own first-code-unit analysis; all set when it  *
                        * knows none) -- the scanner skips the rule at a *
                        * byte it cannot begin with, without a match call */
} sc_rule;

#define SC_MAX_RULES 128
#define SC_MAX_WORDS 64 /* trigger words (triggers.def) a follow set is kept for */

struct sc_rules {
    sc_rule rule[SC_MAX_RULES];
    int nrules;
    int by_trigger[SC_TK_COUNT][SC_MAX_RULES]; /* rule indexes per sc_trigger, in order */
    int nby[SC_TK_COUNT];
    uint32_t max_captures;
    int jit;                          /* JIT allowed (STATCITE_JIT=0: no)  */
    int builtin;                      /* the built-in grammar, whose rules' *
                                       * shapes the C code may rely on      *
                                       * (check_laws.c); 0 for --rules      */
    pthread_mutex_t jit_lock[SC_MAX_RULES]; /* each rule's first JIT compilation *
                                             * (one lock a rule: two threads     *
                                             * compile two rules at once)        */
    /* Rules the C code calls by name, found once at load; -1 when the
     * grammar has none (that step is then skipped). */
    int semi_rule;                    /* "usc.semi" (scan.c)              */
    int cell_rule;                    /* "public_law.cell" (scan.c)       */
    int ctx_congress;                 /* "context.congress" (context_congress.c) */
    int ctx_date;                     /* "context.date" (validate.c)      */
    int ctx_actyear;                  /* "context.actyear" (validate.c)   */
    int ctx_codetitle;                /* "context.codetitle" (scan.c)     */
    int ctx_chapter;                  /* "context.chapter" (chapter.c)    */
    int ctx_chapter_after;            /* "context.chapter_after" (chapter.c) */
    int ctx_actdate;                  /* "context.actdate" (chapter.c)    */
    /* Per trigger word whose citation starts at the word: the bytes that
     * may follow the word (follow[w][0]) and follow it after one ASCII
     * space (follow[w][1]) in some match of a rule of its kind, found by
     * PCRE2's partial matching (rules.c, sc_rules_follow_compute); a trigger
     * followed by anything else cannot start a citation, and the scanner
     * tries no citation rule there.  has_follow[w] is 0 when the word has
     * no set (a number trigger: its citation starts before the word). */
    uint8_t follow[SC_MAX_WORDS][2][32];
    uint8_t has_follow[SC_MAX_WORDS];
    /* The same per rule: bit k of follow_rules[w][0][b] (of [1][b]) is set
     * when rule by_trigger[kind][k] matches, or could still match, the word
     * followed by b (by a space and b).  A context rule that searches is
     * always set; one anchored (by \G) is probed like a citation rule.
     * Rules past the 8th of a kind have no bit and are always tried. */
    uint8_t follow_rules[SC_MAX_WORDS][2][256];
};

/** Per-thread match state: match data, match context with limits, JIT stack. */
typedef struct sc_matcher sc_matcher;

sc_matcher *sc_matcher_new(const sc_rules *r);
void sc_matcher_free(sc_matcher *m);

/**
 * Matches rule @p ri anchored at subject[at] (a context rule: searches from
 * subject[at]), looking no further than subject[len].  On a match fills @p g and returns the match end; returns
 * SC_UNSET when the rule does not match (or hit its match limit).
 */
size_t sc_rule_match(const sc_rules *r, int ri, sc_matcher *m, const uint8_t *subject,
                     size_t len, size_t at, sc_groups *g);

/** Can rule @p ri match at a position whose byte is @p b?  (PCRE2's own
 *  start-of-match analysis: a rule skipped this way cannot match there.) */
static inline int sc_rule_may_start(const sc_rules *r, int ri, uint8_t b)
{
    return (r->rule[ri].first[b >> 3] >> (b & 7)) & 1;
}

/** Can a citation rule match at the trigger word @p h found
 *  (sc_lex_find_hit), standing at p[0], with p[0..n) readable?  0 when the
 *  bytes after the word rule every citation rule of its kind out (rules.c,
 *  follow sets). */
int sc_rules_word_may_match(const sc_rules *r, const sc_trigger_hit *h, const uint8_t *p,
                            size_t n);

/** Which rules of its kind may match at the trigger word @p h found, as
 *  sc_rules_word_may_match() asks for all of them: bit k stands for rule
 *  by_trigger[h->kind][k] (k < 8; a rule past those has no bit and is
 *  always tried); all bits are set when the word has no follow sets or
 *  p[0..n) is too short to tell. */
uint32_t sc_rules_word_rules(const sc_rules *r, const sc_trigger_hit *h, const uint8_t *p,
                             size_t n);

/** Computes @p r's follow sets from its rules (sc_rules_load() does, or
 *  takes the built-in grammar's from the build: tools/gen_follow.c). */
void sc_rules_follow_compute(sc_rules *r);

/** Returns the index of the rule named @p name, or -1. */
int sc_rules_find(const sc_rules *r, const char *name);

/** Returns nonzero when group @p gi was set. */
static inline int sc_gset(const sc_groups *g, int gi) { return g->so[gi] != SC_UNSET; }

/** The built-in grammar (generated from grammar/NN-name.rules at build time). */
extern const char sc_builtin_grammar[];
extern const size_t sc_builtin_grammar_len;

#endif
