#!/bin/sh
# tests/dist/run.sh BIN [FILE] -- statcite split across workers, as on many
# hosts: GNU parallel cuts FILE into blocks at blank lines (--pipepart
# --recend '\n\n', so no paragraph, and no citation, is cut) and runs
# statcite on each block, locally and through --sshlogin's local form
# (2/: = two job slots on this host; name real hosts in its place).  The
# concatenated output must equal one run's, apart from the fields that name
# the split (doc, offsets, line, column).  Also checks the Spark/Hadoop
# streaming contract: statcite as a pure stdin -> stdout filter.
set -u
bin=${1:?usage: tests/dist/run.sh BIN [FILE]}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/statcite-dist.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
if ! command -v parallel >/dev/null 2>&1; then
  echo "dist: GNU parallel is missing (sh scripts/ensure-deps.sh test installs it); skipped"
  exit 0
fi
file=${2:-}
if [ -z "$file" ]; then
  # 4 MB of real citation lists: the planted fixture and the example, repeated
  file=$tmp/input.txt
  i=0
  while [ $i -lt 60 ]; do
    cat fixtures/check/planted.txt examples/authorities.txt; printf '\n\n'
    i=$((i + 1))
  done > "$file"
fi
strip() { sed 's/^{"doc":"[^"]*","start":[0-9]*,"end":[0-9]*,"line":[0-9]*,"col":[0-9]*,//'; }
"$bin" -j1 -f jsonl "$file" | strip > "$tmp/one"
n=$(wc -l < "$tmp/one")
fail=0
run() {
  name=$1; shift
  "$@" | strip > "$tmp/split"
  if cmp -s "$tmp/one" "$tmp/split"; then
    echo "dist: $name: $(wc -l < "$tmp/split") citations, same as one run"
  else
    echo "dist: $name: differs from one run:"; diff "$tmp/one" "$tmp/split" | head -10; fail=1
  fi
}
run "parallel --pipepart (4 blocks)" \
  parallel --will-cite --pipepart -a "$file" --recend '\n\n' --block -4 -k "$bin" -j1 -f jsonl
run "parallel --pipepart --sshlogin 2/: (64 KB blocks)" \
  parallel --will-cite --sshlogin 2/: --pipepart -a "$file" --recend '\n\n' --block 64k -k "$bin" -j1 -f jsonl
# CSV with --no-header concatenates into one table
parallel --will-cite --pipepart -a "$file" --recend '\n\n' --block -4 -k "$bin" -j1 -f csv --no-header > "$tmp/csv"
rows=$(grep -c '^"<stdin>"' "$tmp/csv")
if [ "$rows" -eq "$n" ] && ! grep -q '^file,' "$tmp/csv"; then
  echo "dist: CSV blocks with --no-header: $rows rows, no header lines"
else
  echo "dist: CSV blocks: $rows rows (want $n) or a stray header"; fail=1
fi
# Spark rdd.pipe() / Hadoop Streaming mapper: lines in, records out
run "streaming mapper (stdin -> stdout)" sh -c "cat '$file' | '$bin' -f jsonl"
[ $fail -eq 0 ] && echo "dist: passed" || { echo "dist: FAILED"; exit 1; }
