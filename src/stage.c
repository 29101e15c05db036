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
        sum += sc_stage_cycles[i];
        fprintf(stderr, "%-58s %10llu %10.0f %6.1f%%\n", stage_names[i],
                (unsigned long long)sc_stage_calls[i],
                sc_stage_calls[i] ? (double)sc_stage_cycles[i] / (double)sc_stage_calls[i] : 0.0,
                100.0 * (double)sc_stage_cycles[i] / (double)total);
    }
    fprintf(stderr, "%-58s %10s %10s %6.1f%%\n", "the rest (reading, start-up, drain, exit)", "", "",
            100.0 * (double)(total - sum) / (double)total);
    fprintf(stderr, "%-58s %10s %10.3g\n", "total TSC cycles", "", (double)total);
}
#endif
