#!/bin/sh
# bench/identical.sh -- is a speed change output-neutral?  Runs statcite on
# the bench corpus (the 517 files as one batch, and their concatenation as
# one file) in JSONL, CSV, BibTeX and `--check -f diag`, and prints one md5
# per output.  Given two binaries it runs both and says whether every output
# is byte-identical (exit 0) or which differ (exit 1).
#
# usage: sh bench/identical.sh BIN [BIN2] [CORPUSDIR]
#        (CORPUSDIR defaults to ../shared/corpus/bench)
set -u
A=$1
B=${2:-}
CORPUS=${3:-../shared/corpus/bench}
if [ ! -f "$CORPUS/bench.tar.xz" ]; then
    echo "identical: benchmark corpus not found at $CORPUS/bench.tar.xz; nothing compared"
    exit 0
fi
TMP=$(mktemp -d "${TMPDIR:-/tmp}/statcite-ident.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
tar -xJf "$CORPUS/bench.tar.xz" -C "$TMP"
find "$TMP/bench" -type f | LC_ALL=C sort > "$TMP/files"
xargs cat < "$TMP/files" > "$TMP/corpus.txt"
cd "$TMP" || exit 2
sed "s|^$TMP/||" files > rel

# sums BIN: one line per output, "md5  name"
sums() {
    bin=$1
    for f in jsonl csv bibtex; do
        xargs "$bin" -j1 -f "$f" < rel > "out.$f" 2>/dev/null
        "$bin" -j1 -f "$f" corpus.txt > "one.$f" 2>/dev/null
    done
    xargs "$bin" -j1 --check -f diag < rel > out.diag 2>/dev/null
    "$bin" -j1 --check -f diag corpus.txt > one.diag 2>/dev/null
    "$bin" -j1 --count corpus.txt > one.count 2>/dev/null
    # the other trigger-scan implementations (lexer.c) must agree
    STATCITE_SCAN=sse2 "$bin" -j1 -f jsonl corpus.txt > one.jsonl.sse2 2>/dev/null
    STATCITE_SCAN=scalar "$bin" -j1 -f jsonl corpus.txt > one.jsonl.scalar 2>/dev/null
    md5sum out.jsonl out.csv out.bibtex out.diag one.jsonl one.csv one.bibtex one.diag one.count \
        one.jsonl.sse2 one.jsonl.scalar
}

case $A in /*) ;; *) A=$OLDPWD/$A ;; esac
sums "$A" > a.md5
if [ -z "$B" ]; then
    cat a.md5
    exit 0
fi
case $B in /*) ;; *) B=$OLDPWD/$B ;; esac
sums "$B" > b.md5
if cmp -s a.md5 b.md5; then
    echo "identical: all $(wc -l < a.md5) outputs byte-identical ($(wc -l < out.jsonl) JSONL records in the batch)"
    exit 0
fi
echo "identical: outputs DIFFER:"
diff a.md5 b.md5
exit 1
