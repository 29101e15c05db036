#!/bin/sh
# bench/ab.sh -- before/after timing of two statcite binaries on one file,
# side by side in one run: the runs alternate (A B A B ...) so both see the
# same load on a shared machine.  Prints, for each, the best and the worst
# wall time and the best CPU time (perf stat's task-clock in ms when perf
# works, else user + system from /usr/bin/time: less disturbed than the wall
# clock when other work shares the cores), and the ratios of the bests.  It
# reports; it never fails on a number.
#
# usage: sh bench/ab.sh BIN_A BIN_B FILE [N] [statcite options...]
#        (default N = 7, options default to "-j1 --count")
set -u
A=$1 B=$2 F=$3
N=${4:-7}
shift 3
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- -j1 --count
TMP=$(mktemp -d "${TMPDIR:-/tmp}/statcite-ab.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
ba="" bb="" wa=0 wb=0 ca="" cb=""
PERF=0
perf stat -x, -e task-clock -o "$TMP/t" true 2>/dev/null && grep -q task-clock "$TMP/t" && PERF=1
for _ in $(seq "$N"); do
    for w in A B; do
        if [ $w = A ]; then bin=$A; else bin=$B; fi
        t0=$(date +%s%N)
        if [ "$PERF" = 1 ]; then
            perf stat -x, -e task-clock -o "$TMP/t" "$bin" "$@" "$F" > /dev/null
        else
            /usr/bin/time -f "%U %S" -o "$TMP/t" "$bin" "$@" "$F" > /dev/null
        fi
        t1=$(date +%s%N)
        ns=$((t1 - t0))
        if [ "$PERF" = 1 ]; then
            cpu=$(awk -F, '/task-clock/ { printf "%.1f", $1 }' "$TMP/t")
        else
            cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$TMP/t")
        fi
        if [ $w = A ]; then
            { [ -z "$ba" ] || [ "$ns" -lt "$ba" ]; } && ba=$ns
            [ "$ns" -gt "$wa" ] && wa=$ns
            { [ -z "$ca" ] || awk "BEGIN{exit !($cpu < $ca)}"; } && ca=$cpu
        else
            { [ -z "$bb" ] || [ "$ns" -lt "$bb" ]; } && bb=$ns
            [ "$ns" -gt "$wb" ] && wb=$ns
            { [ -z "$cb" ] || awk "BEGIN{exit !($cpu < $cb)}"; } && cb=$cpu
        fi
    done
done
awk -v a="$ba" -v b="$bb" -v wa="$wa" -v wb="$wb" -v ca="$ca" -v cb="$cb" -v n="$N" -v o="$*" 'BEGIN {
    printf "A %.1f ms (worst %.1f, cpu %.1f)   B %.1f ms (worst %.1f, cpu %.1f)   A/B %.2fx wall, %.2fx cpu   [best of %d, %s]\n",
        a / 1e6, wa / 1e6, ca, b / 1e6, wb / 1e6, cb, a / b, (cb > 0 ? ca / cb : 0), n, o }'
