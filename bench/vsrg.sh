#!/bin/sh
# bench/vsrg.sh -- statcite against ripgrep's literal fast path on one file,
# side by side: rg -F with the trigger words (one -e each, as bench/run.sh),
# statcite --count -j1 and statcite -f jsonl -j1 run in turn, N rounds; for
# each the best wall time and the best CPU time (perf stat's task-clock when
# perf works: on a shared, loaded machine it is the steadier of the two),
# and statcite's throughput as a fraction of rg's.  It reports; it never
# fails on a number.
#
# usage: sh bench/vsrg.sh BIN FILE [N]     (N = 7)
set -u
BIN=$1 F=$2
N=${3:-7}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/statcite-vsrg.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
PERF=0
perf stat -x, -e task-clock -o "$TMP/t" true 2>/dev/null && grep -q task-clock "$TMP/t" && PERF=1
LITS='-e U.S.C -e USC -e Pub -e "Public Law" -e P.L -e H.R -e "H. R" -e Stat. -e title -e Senate -e House -e Res.'

# run NAME CMD: one timed run; keeps the best wall (W_NAME) and CPU (C_NAME)
# (the wall time from a plain run, the CPU time from a second one under perf)
run() {
    t0=$(date +%s%N)
    sh -c "$2" > /dev/null 2>&1
    t1=$(date +%s%N)
    ms=$(awk "BEGIN { printf \"%.1f\", ($t1 - $t0) / 1e6 }")
    if [ $PERF = 1 ]; then
        sh -c "perf stat -x, -e task-clock -o '$TMP/t' $2" > /dev/null 2>&1
        cpu=$(awk -F, '/task-clock/ { printf "%.1f", $1 }' "$TMP/t")
    else
        sh -c "/usr/bin/time -f '%U %S' -o '$TMP/t' $2" > /dev/null 2>&1
        cpu=$(awk '{ printf "%.1f", ($1 + $2) * 1000 }' "$TMP/t")
    fi
    eval "w=\${W_$1:-} c=\${C_$1:-}"
    if [ -z "$w" ] || awk "BEGIN { exit !($ms < $w) }"; then eval "W_$1=$ms"; fi
    if [ -z "$c" ] || awk "BEGIN { exit !($cpu < $c) }"; then eval "C_$1=$cpu"; fi
}
for _ in $(seq "$N"); do
    run rg "rg -F --count-matches $LITS '$F'"
    run count "$BIN -j1 --count '$F'"
    run jsonl "$BIN -j1 -f jsonl '$F'"
done
echo "$(wc -c < "$F") bytes, best of $N, ms (wall / cpu):"
echo "  rg -F --count-matches   $W_rg / $C_rg"
echo "  statcite --count -j1    $W_count / $C_count"
echo "  statcite -f jsonl -j1   $W_jsonl / $C_jsonl"
awk -v rw="$W_rg" -v rc="$C_rg" -v cw="$W_count" -v cc="$C_count" -v jw="$W_jsonl" -v jc="$C_jsonl" 'BEGIN {
    printf "  statcite / rg -F throughput: --count %.2f (wall) %.2f (cpu), JSONL %.2f (wall) %.2f (cpu)\n",
        rw / cw, rc / cc, rw / jw, rc / jc }'
