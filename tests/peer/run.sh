#!/bin/sh
# Peer cases: the test inputs of unitedstates/citation (citation.js), with
# expectations in our key format (fixtures/peer/PROVENANCE.md).
#
#   sh tests/peer/run.sh BIN [-v]
#
# For every case of fixtures/peer/cases.txt (derived from
# citation-js-cases.jsonl by tests/peer/jsonl2txt.py) feeds the text to
# `BIN -f jsonl -t public_law,private_law,usc,stat -` (the peer knows no bills)
# and compares the set of (key, start, end) it reports with the expected set.
# A case passes when both sets are equal.  fixtures/peer/spans.txt replaces
# the peer's span by FORMAT.md's where the two underline differently (same
# key); those cases are counted as "span-adjusted".  Cases listed in
# fixtures/peer/rejected.txt ("ID reason") are skipped and counted apart.
# Prints each failure, then "peer: N passed, M failed, K rejected"; exit 1 on
# any failure.  -v also prints the passing cases.  POSIX sh + awk.

set -u
[ $# -ge 1 ] || { echo "usage: sh tests/peer/run.sh BIN [-v]" >&2; exit 2; }
BIN=$1
VERBOSE=0
[ "${2:-}" = -v ] && VERBOSE=1
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 2
CASES=fixtures/peer/cases.txt
REJECTED=fixtures/peer/rejected.txt
SPANS=fixtures/peer/spans.txt
if [ ! -x "$BIN" ] && ! command -v "$BIN" >/dev/null 2>&1; then
    echo "peer: $BIN: not an executable program (build it first)" >&2
    exit 2
fi
[ -f "$CASES" ] || { echo "peer: $CASES missing (python3 tests/peer/jsonl2txt.py)" >&2; exit 2; }

W=$(mktemp -d "${TMPDIR:-/tmp}/statcite-peer.XXXXXX") || exit 2
trap 'rm -rf "$W"' EXIT
trap 'exit 130' INT TERM

# Split cases.txt into W/ID.txt (the exact text) and W/ID.exp (sorted
# "key start end" lines), and list "ID<TAB>title" in W/list.
[ -f "$SPANS" ] || SPANS=/dev/null
awk -v W="$W" -v sp="$SPANS" '
    FILENAME == sp {
        # spans.txt: ID KEY PSTART PEND -> START END reason
        if ($0 ~ /^[0-9]/ && $5 == "->") {
            fix[$1 " " $2 " " $3 " " $4] = $2 " " $6 " " $7
            nfix[$1]++
        }
        next
    }
    function flush() {
        if (id == "") return
        printf "%s", text > (W "/" id ".txt"); close(W "/" id ".txt")
        printf "%s", ex > (W "/" id ".exp"); close(W "/" id ".exp")
        print id "\t" title
        id = ""
    }
    /^### case [0-9]+:/ {
        flush()
        id = $3; sub(/:$/, "", id)
        title = $0; sub(/^### case [0-9]+: /, "", title)
        text = ""; ex = ""; nl = 0; mode = ""
        next
    }
    id == "" { next }
    /^text:$/   { mode = "text"; next }
    /^expect:$/ { mode = "exp"; next }
    /^end$/     { mode = ""; next }
    mode == "text" {
        line = $0
        if (line == "|") line = ""; else line = substr(line, 3)
        text = text (nl ? "\n" : "") line; nl = 1
        next
    }
    mode == "exp" && NF == 3 {
        k = id " " $0
        if (k in fix) { ex = ex fix[k] "\n"; used[k] = 1; adj[id] = 1 }
        else ex = ex $0 "\n"
        next
    }
    END {
        flush()
        for (k in fix) if (!(k in used)) print "peer: spans.txt: no such expectation: " k > "/dev/stderr"
        for (i in adj) print i > (W "/adjusted")
    }
' "$SPANS" "$CASES" > "$W/list" || exit 2
touch "$W/adjusted"

# rejected ids
: > "$W/rejected"
if [ -f "$REJECTED" ]; then
    sed -n 's/^\([0-9][0-9]*\)[[:space:]].*/\1/p' "$REJECTED" > "$W/rejected"
fi

PASS=0 FAIL=0 REJ=0 ADJ=0
TAB=$(printf '\t')
while IFS="$TAB" read -r id title; do
    if grep -qx "$id" "$W/rejected"; then
        REJ=$((REJ + 1))
        continue
    fi
    LC_ALL=C "$BIN" -f jsonl -t public_law,private_law,usc,stat - < "$W/$id.txt" > "$W/out" 2> "$W/err"
    rc=$?
    # (key, start, end) of each record
    LC_ALL=C awk '{
        k = s = e = ""
        if (match($0, /"key":"[^"]*"/)) k = substr($0, RSTART + 7, RLENGTH - 8)
        if (match($0, /"start":[0-9]+/)) s = substr($0, RSTART + 8, RLENGTH - 8)
        if (match($0, /"end":[0-9]+/)) e = substr($0, RSTART + 6, RLENGTH - 6)
        print k, s, e
    }' "$W/out" | LC_ALL=C sort > "$W/act"
    LC_ALL=C sort "$W/$id.exp" > "$W/exp"
    ok=1
    cmp -s "$W/exp" "$W/act" || ok=0
    # exit status: 0 with citations, 1 without; an error is a failure
    case $rc in 0|1) ;; *) ok=0 ;; esac
    if [ $ok = 1 ]; then
        PASS=$((PASS + 1))
        grep -qx "$id" "$W/adjusted" && ADJ=$((ADJ + 1))
        [ $VERBOSE = 1 ] && echo "ok   case $id: $title"
    else
        FAIL=$((FAIL + 1))
        echo "FAIL case $id: $title (exit $rc)"
        sed 's/^/  text| /' "$W/$id.txt"; echo
        echo "  expected (key start end):"; sed 's/^/    /' "$W/exp"
        echo "  actual:"; sed 's/^/    /' "$W/act"
        [ -s "$W/err" ] && sed 's/^/  stderr: /' "$W/err"
    fi
done < "$W/list"

echo "peer: $PASS passed, $FAIL failed, $REJ rejected ($ADJ of the passed with FORMAT.md spans from spans.txt)"
[ $FAIL -eq 0 ]
