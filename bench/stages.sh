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
cat "$TMP"/run.* | awk '
    /^stage / || /^the rest/ || /^total/ { next }
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
    }'
