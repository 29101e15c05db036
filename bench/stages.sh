#!/bin/sh
# bench/stages.sh -- the per-stage profile of a counter build (src/stage.h,
# -DSC_STAGE_COUNTERS), run N times; prints each stage's calls and its
# fewest cycles per call over the runs (the machine is shared: the fewest is
# the least disturbed), and the share of that run's total.
#
# usage: sh bench/stages.sh BIN FILE [N] [statcite options...]
#        (default N = 5, options "-j1 --count")
set -u
BIN=$1 F=$2
N=${3:-5}
shift 2
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- -j1 --count
TMP=$(mktemp -d "${TMPDIR:-/tmp}/statcite-stages.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
for k in $(seq "$N"); do
    "$BIN" "$@" "$F" 2> "$TMP/run.$k" > /dev/null
done
awk '
    FNR == 1 { rules = 0 }
    /^stage / || /^the rest/ || /^total/ || NF == 0 { next }
    /^rule +calls/ { rules = 1; next }
    rules {
        # per rule: name calls matches cycles/call Mcycles JIT-kcycles
        r = $1
        if (!(r in rbest) || $4 + 0 < rbest[r]) rbest[r] = $4 + 0
        rcalls[r] = $2; rhits[r] = $3; rjit[r] = $6
        if (!(r in rorder)) { rorder[r] = ++nr; rnames[nr] = r }
        next
    }
    {
        # name: every field but the last three (calls, cycles/call, share)
        n = $(NF - 2); c = $(NF - 1); name = $0
        sub(/[ \t]+[0-9]+[ \t]+[0-9]+[ \t]+[0-9.]+%$/, "", name)
        if (!(name in best) || c < best[name]) best[name] = c
        calls[name] = n
        if (!(name in order)) { order[name] = ++k; names[k] = name }
    }
    END {
        printf "%-58s %10s %16s\n", "stage", "calls", "min cycles/call"
        for (i = 1; i <= k; i++) {
            nm = names[i]
            printf "%-58s %10d %16d\n", nm, calls[nm], best[nm]
        }
        if (nr) {
            printf "\n%-32s %10s %10s %16s %14s\n", "rule (costliest first in run 1)", "calls",
                   "matches", "min cycles/call", "JIT kcycles"
            for (i = 1; i <= nr; i++) {
                r = rnames[i]
                printf "%-32s %10d %10d %16d %14s\n", r, rcalls[r], rhits[r], rbest[r], rjit[r]
            }
        }
    }' "$TMP"/run.*
