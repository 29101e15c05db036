#!/bin/sh
# bench/ab.sh -- before/after timing of two statcite binaries on one file,
# side by side in one run: the runs alternate (A B A B ...) so both see the
# same load on a shared machine; prints the best and the worst wall time of
# each and the ratio of the bests.  It reports; it never fails on a number.
#
# usage: sh bench/ab.sh BIN_A BIN_B FILE [N] [statcite options...]
#        (default N = 7, options default to "-j1 --count")
set -u
A=$1 B=$2 F=$3
N=${4:-7}
shift 3
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- -j1 --count
ba="" bb="" wa=0 wb=0
for _ in $(seq "$N"); do
    for w in A B; do
        if [ $w = A ]; then bin=$A; else bin=$B; fi
        t0=$(date +%s%N)
        "$bin" "$@" "$F" > /dev/null
        t1=$(date +%s%N)
        ns=$((t1 - t0))
        if [ $w = A ]; then
            { [ -z "$ba" ] || [ "$ns" -lt "$ba" ]; } && ba=$ns
            [ "$ns" -gt "$wa" ] && wa=$ns
        else
            { [ -z "$bb" ] || [ "$ns" -lt "$bb" ]; } && bb=$ns
            [ "$ns" -gt "$wb" ] && wb=$ns
        fi
    done
done
awk -v a="$ba" -v b="$bb" -v wa="$wa" -v wb="$wb" -v n="$N" -v o="$*" 'BEGIN {
    printf "A %.1f ms (worst %.1f)   B %.1f ms (worst %.1f)   A/B %.2fx   [best of %d, %s]\n",
        a / 1e6, wa / 1e6, b / 1e6, wb / 1e6, a / b, n, o }'
