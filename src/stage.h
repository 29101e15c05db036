/*
 * stage.h -- per-stage cycle counters for profiling the hot path, compiled
 * in only with -DSC_STAGE_COUNTERS (otherwise every macro is empty and costs
 * nothing).  Each stage counts its calls and the time-stamp-counter cycles
 * spent inside them; the totals are printed on stderr when the process
 * exits.  The counters are plain globals: measure with -j1 only.
 *
 *   make BUILD=build-stage CFLAGS="-O3 -g -DNDEBUG -DSC_STAGE_COUNTERS" all
 *   build-stage/statcite -j1 --count FILE     (the table on stderr)
 */
#ifndef SC_STAGE_H
#define SC_STAGE_H

#include <stdint.h>

/* The stages; enum and names side by side.  The checker's stages run inside
 * "group flushed" (scan.c calls sc_check_read_run() and sc_check_run() there):
 * the report prints them indented, after the others, and leaves them out of the sum
 * that "the rest" is the whole run less (SC_ST_NESTED is the first). */
#define SC_STAGES(X)                                                          \
    X(SC_ST_SCAN,     "trigger scan (sc_lex_find), per trigger found")         \
    X(SC_ST_RULE,     "rule tried (sc_rule_match at a trigger)")               \
    X(SC_ST_ITEM,     "list item / split / semi rule tried")                  \
    X(SC_ST_NORM,     "citation normalized (sc_norm_match)")                   \
    X(SC_ST_GROUP,    "citation grouped (add_citation: boundary test)")        \
    X(SC_ST_FLUSH,    "group flushed (context, check, line/col, queue)")       \
    X(SC_ST_WRITE,    "citation written (sc_writer_put)")                      \
    X(SC_ST_ENTRY,    "  checker: entry read (entry.c), per group")              \
    X(SC_ST_RECON,    "  checker: reconciliation (reconcile.c), per group")      \
    X(SC_ST_FAMILY,   "  checker: laws, bills, dates, names, pages, per group")  \
    X(SC_ST_USCCHK,   "  checker: U.S. Code checks, per group")                  \
    X(SC_ST_HIST,     "  checker: old laws and former sections, per group")

#define SC_ST_ENUM(e, s) e,
enum { SC_STAGES(SC_ST_ENUM) SC_ST_COUNT };
#define SC_ST_NESTED SC_ST_ENTRY /* this stage and those after it: inside SC_ST_FLUSH */
#undef SC_ST_ENUM

#ifdef SC_STAGE_COUNTERS
extern uint64_t sc_stage_cycles[SC_ST_COUNT], sc_stage_calls[SC_ST_COUNT];
uint64_t sc_stage_now(void);
#define SC_STAGE_BEGIN(v) uint64_t v = sc_stage_now()
#define SC_STAGE_END(st, v)                                  \
    do {                                                     \
        sc_stage_cycles[st] += sc_stage_now() - (v);         \
        sc_stage_calls[st]++;                                \
    } while (0)
/* Per rule (rules.c): calls, matches and cycles by rule index, with the
 * rules' names, printed after the stages (every rule called). */
#define SC_STAGE_MAXRULES 512
extern uint64_t sc_stage_rule_cycles[SC_STAGE_MAXRULES], sc_stage_rule_calls[SC_STAGE_MAXRULES],
    sc_stage_rule_hits[SC_STAGE_MAXRULES], sc_stage_rule_jit[SC_STAGE_MAXRULES];
extern const char *sc_stage_rule_names[SC_STAGE_MAXRULES];
/* Cycles added to a stage without counting a call. */
#define SC_STAGE_ADD(st, v) (sc_stage_cycles[st] += sc_stage_now() - (v))
/* A stage nested in another: its cycles are taken out of the outer one. */
#define SC_STAGE_NESTED(outer, v) SC_STAGE_BEGIN(v)
#define SC_STAGE_NESTED_END(st, outer, v)                    \
    do {                                                     \
        uint64_t d_ = sc_stage_now() - (v);                  \
        sc_stage_cycles[st] += d_;                           \
        sc_stage_cycles[outer] -= d_;                        \
        sc_stage_calls[st]++;                                \
    } while (0)
#else
#define SC_STAGE_BEGIN(v) ((void)0)
#define SC_STAGE_END(st, v) ((void)0)
#define SC_STAGE_ADD(st, v) ((void)0)
#define SC_STAGE_NESTED(outer, v) ((void)0)
#define SC_STAGE_NESTED_END(st, outer, v) ((void)0)
#endif

#endif
