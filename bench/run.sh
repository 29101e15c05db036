#!/bin/sh
# bench/run.sh -- statcite's benchmark: throughput and peak memory on the
# shared benchmark corpus and on a >= 1 GB file made from it, beside the
# references cat, wc -l and rg --count-matches run in the same invocation.
# The ripgrep reference is the trigger words as fixed strings (rg -F, one -e
# each: its literal fast path); the same words as one regex (PAT, whose
# unescaped dots are wildcards and keep rg off that path) are printed beside
# it, but the ratios are against the fixed-string form.
# It reports; it never fails on a number.
#
# usage: sh bench/run.sh BIN CORPUSDIR      (make bench builds BIN with -O3)
# env:   BENCH_GB=1 (size of the big file), BENCH_RUNS=3 (best of N),
#        BENCH_BASE=BIN (an older statcite, measured beside BIN: before/after)
set -u
BIN=${1:-build-release/statcite}
CORPUS=${2:-../shared/corpus/bench}
GB=${BENCH_GB:-1}
RUNS=${BENCH_RUNS:-3}
PAT='U.S.C|USC|Pub|Public Law|P\.L|H\.R|H\. R|Stat\.|title|Senate|House|Res\.'
# The same twelve trigger words, as literals: one -e each for rg -F.
LITS='-e U.S.C -e USC -e Pub -e "Public Law" -e P.L -e H.R -e "H. R" -e Stat. -e title -e Senate -e House -e Res.'

if [ ! -f "$CORPUS/bench.tar.xz" ]; then
    echo "statcite bench: benchmark corpus not found at $CORPUS/bench.tar.xz"
    echo "statcite bench: it lives in ../shared/corpus/bench; nothing measured"
    exit 0
fi
for t in rg xz /usr/bin/time; do
    command -v "$t" >/dev/null 2>&1 || { echo "statcite bench: $t is missing (sh scripts/ensure-deps.sh bench)"; exit 0; }
done
TMP=$(mktemp -d "${TMPDIR:-/tmp}/statcite-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
tar -xJf "$CORPUS/bench.tar.xz" -C "$TMP"
find "$TMP/bench" -type f | LC_ALL=C sort > "$TMP/files"
xargs cat < "$TMP/files" > "$TMP/corpus.txt"
CSIZE=$(wc -c < "$TMP/corpus.txt")
need=$((GB * 1024 * 1024 * 1024))
: > "$TMP/big.txt"
while [ "$(wc -c < "$TMP/big.txt")" -lt "$need" ]; do cat "$TMP/corpus.txt" >> "$TMP/big.txt"; done
BSIZE=$(wc -c < "$TMP/big.txt")

echo "statcite bench: $(wc -l < "$TMP/files") files, $CSIZE bytes; big file $BSIZE bytes"
echo "statcite bench: $($BIN --version | tr '\n' ' ')"
echo "statcite bench: $(nproc) cores, $(uname -m); best of $RUNS runs"
echo

# measure NAME SIZE COMMAND: best wall time of RUNS runs (ns clock), the
# peak RSS of that run, and the first output line; sets T_NAME (seconds).
measure() {
    name=$1 size=$2 cmd=$3 best="" rss=""
    for _ in $(seq "$RUNS"); do
        t0=$(date +%s%N)
        /usr/bin/time -f "%M" -o "$TMP/rss" sh -c "$cmd" > "$TMP/out" 2>/dev/null
        t1=$(date +%s%N)
        ns=$((t1 - t0))
        if [ -z "$best" ] || [ "$ns" -lt "$best" ]; then best=$ns; rss=$(tail -1 "$TMP/rss"); fi
    done
    secs=$(awk "BEGIN{printf \"%.3f\", $best / 1e9}")
    mbs=$(awk "BEGIN{printf \"%.0f\", $size / 1e6 / ($best / 1e9)}")
    printf "  %-36s %8s s %7s MB/s %9s KB peak RSS   %s\n" "$name" "$secs" "$mbs" "$rss" \
        "$(head -c 50 "$TMP/out" | tr '\n' ' ')"
    eval "T_$4=$secs"
}

# Start-up: an empty input, the whole program from exec to exit (the rules
# compiled and JIT-compiled, the tables mapped): the mean wall time of 50
# runs, by perf stat when it works, else by the ns clock (issue 13: < 10 ms).
echo "== start-up (statcite --count on an empty input)"
: > "$TMP/empty.txt"
if perf stat -r 2 true >/dev/null 2>&1; then
    perf stat -r 50 "$BIN" --count "$TMP/empty.txt" 2>&1 >/dev/null |
        awk '/seconds time elapsed/ { printf "  mean of 50 runs: %.2f ms wall\n", $1 * 1000 }
             /task-clock/ { printf "  mean of 50 runs: %.2f ms CPU\n", $1 }'
else
    t0=$(date +%s%N)
    for _ in $(seq 50); do "$BIN" --count "$TMP/empty.txt" > /dev/null; done
    t1=$(date +%s%N)
    awk "BEGIN { printf \"  mean of 50 runs: %.2f ms wall\\n\", ($t1 - $t0) / 50 / 1e6 }"
fi
echo

for set in corpus big; do
    f="$TMP/$set.txt"; size=$(wc -c < "$f")
    echo "== $set.txt ($size bytes)"
    measure "cat >/dev/null"                "$size" "cat '$f' > /dev/null" cat
    measure "wc -l"                         "$size" "wc -l < '$f'" wc
    measure "rg --count-matches (regex form)" "$size" "rg --count-matches '$PAT' '$f'" rgre
    measure "rg -F --count-matches (literals)" "$size" "rg -F --count-matches $LITS '$f'" rg
    measure "statcite --count -j1"          "$size" "$BIN -j1 --count '$f'" count
    measure "statcite -f jsonl -j1 >/dev/null" "$size" "$BIN -j1 -f jsonl '$f' > /dev/null" jsonl
    measure "statcite --check -f jsonl -j1"  "$size" "$BIN -j1 --check -f jsonl '$f' > /dev/null" check
    if [ -n "${BENCH_BASE:-}" ]; then
        measure "BASE statcite --count -j1"     "$size" "$BENCH_BASE -j1 --count '$f'" bcount
        measure "BASE statcite -f jsonl -j1"    "$size" "$BENCH_BASE -j1 -f jsonl '$f' > /dev/null" bjsonl
        awk -v a="$T_bcount" -v b="$T_count" -v c="$T_bjsonl" -v d="$T_jsonl" 'BEGIN {
            printf "  this statcite / BASE: %.2fx (--count), %.2fx (JSONL)\n", a / b, c / d }'
    fi
    awk -v s="$T_count" -v r="$T_rg" -v q="$T_rgre" -v c="$T_cat" -v j="$T_jsonl" -v k="$T_check" 'BEGIN {
        printf "  ratio statcite/rg -F throughput: %.2f (--count), %.2f (JSONL written)\n", r / s, r / j
        printf "  (against the regex form: %.2f (--count), %.2f (JSONL))\n", q / s, q / j
        printf "  ratio statcite/cat throughput: %.3f (--count)\n", c / s
        printf "  checking adds %+.1f%% to extraction (JSONL)\n", (k / j - 1) * 100 }'
    echo
done

# A batch run takes a fraction of a second: best of more runs.
SAVE_RUNS=$RUNS
RUNS=${BENCH_BATCH_RUNS:-15}
for fmt in jsonl bibtex; do
    echo "== batch of $(wc -l < "$TMP/files") files, $fmt written (best of $RUNS)"
    measure "statcite -j1 -f $fmt FILES" "$CSIZE" "xargs $BIN -j1 -f $fmt < '$TMP/files' > /dev/null" j1
    measure "statcite -j2 -f $fmt FILES" "$CSIZE" "xargs $BIN -j2 -f $fmt < '$TMP/files' > /dev/null" j2
    awk -v a="$T_j1" -v b="$T_j2" 'BEGIN { printf "  -j2 speed-up over -j1: %.2fx\n", a / b }'
    echo
done
RUNS=$SAVE_RUNS
echo "== memory of a batch by -j (JSONL with checking; one 1.1 GB file is one job at any -j)"
for j in 4 8 10 16; do
    measure "statcite -j$j --check FILES" "$CSIZE" "xargs $BIN -j$j --check -f jsonl < '$TMP/files' > /dev/null" jm
done
measure "statcite -j8 --count big.txt" "$BSIZE" "$BIN -j8 --count '$TMP/big.txt'" jbig
echo

# What the peak RSS is made of: the kernel's RssAnon (heap, stacks: what
# statcite allocates) and RssFile (pages of the executable and libraries,
# the reference tables in particular: read-only, shared with every other
# statcite process, dropped by the kernel when memory is short), their
# largest values polled every 20 ms during one run.
rss_split() {
    "$@" > /dev/null 2>&1 &
    pid=$!
    anon=0 file=0
    while kill -0 "$pid" 2>/dev/null; do
        set -- $(awk '/^RssAnon:/ { a = $2 } /^RssFile:/ { f = $2 } END { print a + 0, f + 0 }' \
            "/proc/$pid/status" 2>/dev/null || echo 0 0)
        [ "${1:-0}" -gt "$anon" ] && anon=$1
        [ "${2:-0}" -gt "$file" ] && file=$2
        sleep 0.02
    done
    wait "$pid" 2>/dev/null
    echo "$anon $file"
}
if [ -r /proc/self/status ]; then
    echo "== what the peak RSS on big.txt is made of (largest RssAnon and RssFile, polled every 20 ms)"
    for opt in "--count" "-f jsonl" "--check -f jsonl"; do
        set -- $(rss_split "$BIN" -j1 $opt "$TMP/big.txt")
        printf "  statcite %-18s %7s KB anonymous (allocated)  %7s KB file-backed (tables, code)\n" \
            "$opt" "$1" "$2"
    done
    echo
fi

echo "== memory: the big file as ONE line (every newline made a space), through a pipe"
measure "tr | statcite --count -j1"       "$BSIZE" "tr '\n' ' ' < '$TMP/big.txt' | $BIN -j1 --count" oneline
measure "tr | statcite -f jsonl -j1 | wc" "$BSIZE" "tr '\n' ' ' < '$TMP/big.txt' | $BIN -j1 -f jsonl | wc -l" onelinej
echo "  (peak RSS is the largest process of the pipeline; statcite's own ceiling is in README)"

echo
echo "== pathological inputs: 10 MB and 100 MB of one repeated pattern (time must grow linearly)"
for pat in '§§§§' 'U.S.C. U.S.C. ' '1234567890' '((((()))))' 'Pub. L. No. ' '8 U.S.C. 1357, '; do
    yes -- "$pat" | tr -d '\n' | head -c 10000000 > "$TMP/p10.txt"
    yes -- "$pat" | tr -d '\n' | head -c 100000000 > "$TMP/p100.txt"
    measure "10 MB of '$pat'" 10000000 "$BIN -j1 --count '$TMP/p10.txt'" p10
    measure "100 MB of '$pat'" 100000000 "$BIN -j1 --count '$TMP/p100.txt'" p100
    awk -v a="$T_p10" -v b="$T_p100" 'BEGIN { if (a > 0) printf "  100 MB / 10 MB time: %.1fx (10x is linear)\n", b / a }'
done
rm -f "$TMP/p10.txt" "$TMP/p100.txt"
