/*
 * stage.c -- the per-stage counters of stage.h (built only with
 * -DSC_STAGE_COUNTERS): the time-stamp counter, and the table printed on
 * stderr at exit (calls, cycles per call, share of the whole run).
 */
#include "stage.h"

#ifdef SC_STAGE_COUNTERS
#include <stdio.h>
#include <time.h>
#if defined(__x86_64__) || defined(__i386__)
#include <x86intrin.h>
#endif

uint64_t sc_stage_cycles[SC_ST_COUNT], sc_stage_calls[SC_ST_COUNT];
uint64_t sc_stage_rule_cycles[SC_STAGE_MAXRULES], sc_stage_rule_calls[SC_STAGE_MAXRULES],
    sc_stage_rule_hits[SC_STAGE_MAXRULES], sc_stage_rule_jit[SC_STAGE_MAXRULES];
const char *sc_stage_rule_names[SC_STAGE_MAXRULES];

uint64_t sc_stage_now(void)
{
#if defined(__x86_64__) || defined(__i386__)
    return __rdtsc();
#else
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
#endif
}

#define SC_ST_NAME(e, s) s,
static const char *const stage_names[SC_ST_COUNT] = { SC_STAGES(SC_ST_NAME) };
#undef SC_ST_NAME

static uint64_t t_start;

__attribute__((constructor)) static void stage_start(void) { t_start = sc_stage_now(); }

__attribute__((destructor)) static void stage_report(void)
{
    uint64_t total = sc_stage_now() - t_start, sum = 0;
    fprintf(stderr, "%-58s %10s %10s %7s\n", "stage", "calls", "cyc/call", "share");
    for (int i = 0; i < SC_ST_COUNT; i++) {
        if (i < SC_ST_NESTED) /* (the nested ones are inside "group flushed") */
            sum += sc_stage_cycles[i];
        fprintf(stderr, "%-58s %10llu %10.0f %6.1f%%\n", stage_names[i],
                (unsigned long long)sc_stage_calls[i],
                sc_stage_calls[i] ? (double)sc_stage_cycles[i] / (double)sc_stage_calls[i] : 0.0,
                100.0 * (double)sc_stage_cycles[i] / (double)total);
    }
    fprintf(stderr, "%-58s %10s %10s %6.1f%%\n", "the rest (reading, start-up, drain, exit)", "", "",
            sum < total ? 100.0 * (double)(total - sum) / (double)total : 0.0);
    fprintf(stderr, "%-58s %10s %10.3g\n", "total TSC cycles", "", (double)total);
    /* the costliest rules: every rule called, by cycles */
    static int done[SC_STAGE_MAXRULES];
    fprintf(stderr, "\n%-40s %10s %10s %10s %6s %8s\n", "rule", "calls", "matches", "cyc/call", "Mcyc", "JIT kcyc");
    for (int n = 0; n < SC_STAGE_MAXRULES; n++) {
        int best = -1;
        for (int i = 0; i < SC_STAGE_MAXRULES; i++)
            if (!done[i] && sc_stage_rule_calls[i] &&
                (best < 0 || sc_stage_rule_cycles[i] > sc_stage_rule_cycles[best]))
                best = i;
        if (best < 0)
            break;
        done[best] = 1;
        fprintf(stderr, "%-40s %10llu %10llu %10.0f %6.1f %8.0f\n",
                sc_stage_rule_names[best] ? sc_stage_rule_names[best] : "?",
                (unsigned long long)sc_stage_rule_calls[best],
                (unsigned long long)sc_stage_rule_hits[best],
                (double)sc_stage_rule_cycles[best] / (double)sc_stage_rule_calls[best],
                (double)sc_stage_rule_cycles[best] / 1e6, (double)sc_stage_rule_jit[best] / 1e3);
    }
}
#endif
