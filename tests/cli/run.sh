#!/bin/sh
# Golden tests of the statcite command line.
#
#   sh tests/cli/run.sh BIN [--update] [CASEFILE...]
#
# Runs every case of tests/cli/cases/*.test (or of the CASEFILEs given)
# against the program BIN, from the repository root, in a clean environment
# (LC_ALL=C NO_COLOR=1 TZ=UTC), and compares standard output, standard error
# and the exit status with the expectations written in the case.  Prints a
# unified diff for each failure and ends with "cli: N passed, M failed";
# the exit status is 1 when a case failed.
#
# --update rewrites the stdout:/stderr:/exit: parts of every case from what
# BIN really does (review the result with git diff before committing).
#
# The case format is described in tests/cli/README.md.  POSIX sh + awk.

set -u

usage() { echo "usage: sh tests/cli/run.sh BIN [--update] [CASEFILE...]" >&2; exit 2; }
[ $# -ge 1 ] || usage
BIN=$1; shift
UPDATE=0
if [ "${1:-}" = --update ]; then UPDATE=1; shift; fi

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 2
# an absolute path: a case may cd elsewhere and still run it
case $BIN in
    /*) ;;
    */*) BIN=$ROOT/$BIN ;;
    *) BIN=$(command -v "$BIN" 2>/dev/null || echo "$BIN") ;;
esac
if [ ! -x "$BIN" ]; then
    echo "cli: $BIN: not an executable program (build it first)" >&2
    exit 2
fi

if [ $# -eq 0 ]; then set -- tests/cli/cases/*.test; fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/statcite-cli.XXXXXX") || exit 2
trap 'chmod -R u+rwx "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM
W=$WORK/cases
GEN=$WORK/gen
mkdir "$W" "$GEN" || exit 2

# Derived and big inputs (FIFO-free: those are made by the cases themselves).
if ! sh fixtures/bad/make.sh --big "$GEN" >"$WORK/gen.log" 2>&1; then
    echo "cli: fixtures/bad/make.sh --big failed:" >&2
    cat "$WORK/gen.log" >&2
    exit 2
fi

TIMEOUT=
if command -v timeout >/dev/null 2>&1; then TIMEOUT="timeout 120"; fi

# Run a shell snippet in the clean case environment.
run_env() {
    # $1 = script; the caller redirects the standard streams
    env -i PATH="$PATH" HOME="${HOME:-/}" TMPDIR="${TMPDIR:-/tmp}" \
        LC_ALL=C NO_COLOR=1 TZ=UTC \
        ${ASAN_OPTIONS+ASAN_OPTIONS="$ASAN_OPTIONS"} \
        ${UBSAN_OPTIONS+UBSAN_OPTIONS="$UBSAN_OPTIONS"} \
        ${LSAN_OPTIONS+LSAN_OPTIONS="$LSAN_OPTIONS"} \
        BIN="$BIN" T="$T" GEN="$GEN" ROOT="$ROOT" \
        $TIMEOUT sh -c "$1"
}

# Replace the run-dependent paths by $T, $GEN and $BIN (text outputs only).
normalize() {
    if grep -q -F -e "$T" -e "$GEN" -e "$BIN" "$1" 2>/dev/null; then
        awk -v t="$T" -v g="$GEN" -v b="$BIN" '
            function rep(s, from, to,   out, i) {
                out = ""
                while ((i = index(s, from)) > 0) {
                    out = out substr(s, 1, i - 1) to
                    s = substr(s, i + length(from))
                }
                return out s
            }
            { $0 = rep($0, t, "$T"); $0 = rep($0, g, "$GEN"); print rep($0, b, "$BIN") }
        ' "$1" > "$1.n"
        # keep a missing final newline missing
        if [ "$(tail -c 1 "$1" | wc -l)" -eq 0 ]; then
            awk 'BEGIN{ORS=""} NR>1{print "\n"} {print}' "$1.n" > "$1.m" && mv "$1.m" "$1.n"
        fi
        mv "$1.n" "$1"
    fi
}

noeol() { [ -s "$1" ] && [ "$(tail -c 1 "$1" | wc -l)" -eq 0 ]; }

PASS=0 FAIL=0 SKIP=0 NEXT=0 FAILED=
for CF in "$@"; do
    if [ ! -f "$CF" ]; then
        echo "FAIL $CF: no such case file"; FAIL=$((FAIL + 1)); continue
    fi
    FIRST=$NEXT
    if ! awk -v W="$W" -v N="$FIRST" -v SRC="$CF" -f tests/cli/parse.awk "$CF" > "$W/list" 2>&1
    then
        sed 's/^ERROR./FAIL /' "$W/list"; FAIL=$((FAIL + 1)); continue
    fi
    IDS=$(cut -f1 "$W/list")
    for id in $IDS; do
        NEXT=${id#"${id%%[!0]*}"}
        name=$(cat "$W/$id.name")
        where="$CF:$(cat "$W/$id.line")"
        T=$W/t$id
        mkdir "$T"
        A=$W/$id.act
        if [ -f "$W/$id.skip" ] && run_env "$(cat "$W/$id.skip")" </dev/null >/dev/null 2>&1; then
            echo "skipped: $where: $name (skip-if: $(cat "$W/$id.skip"))"
            : > "$W/$id.skipped"
            SKIP=$((SKIP + 1))
            continue
        fi
        if [ -f "$W/$id.cmd" ]; then
            script=$(cat "$W/$id.cmd")
        else
            script="exec \"\$BIN\""
            [ -f "$W/$id.args" ] && script="$script $(cat "$W/$id.args")"
            [ -f "$W/$id.file" ] && script="$script $(cat "$W/$id.file")"
        fi
        in=/dev/null
        [ -f "$W/$id.stdin" ] && in=$W/$id.stdin
        run_env "$script" < "$in" > "$A.out" 2> "$A.err"
        rc=$?
        echo "$rc" > "$A.rc"
        if [ -f "$W/$id.filter" ]; then
            run_env "$(cat "$W/$id.filter")" < "$A.out" > "$A.outf" 2>> "$A.err"
            mv "$A.outf" "$A.out"
        fi
        normalize "$A.out"
        normalize "$A.err"
        noeol "$A.out" && : > "$A.out.noeol"
        noeol "$A.err" && : > "$A.err.noeol"
        [ -f "$W/$id.stdout" ] || : > "$W/$id.stdout"
        [ -f "$W/$id.stderr" ] || : > "$W/$id.stderr"
        want=$(cat "$W/$id.exit")
        ok=1
        cmp -s "$W/$id.stdout" "$A.out" || ok=0
        cmp -s "$W/$id.stderr" "$A.err" || ok=0
        [ "$rc" = "$want" ] || ok=0
        if [ $ok = 1 ]; then
            PASS=$((PASS + 1))
        elif [ $UPDATE = 1 ]; then
            echo "updated: $where: $name"
            PASS=$((PASS + 1))
        else
            FAIL=$((FAIL + 1))
            FAILED="$FAILED
  $where: $name"
            echo "FAIL $where: $name"
            if [ -f "$W/$id.cmd" ]; then printf '  cmd: %s\n' "$script"
            else printf '  args: %s\n' "${script#exec \"\$BIN\" }"; fi
            if ! cmp -s "$W/$id.stdout" "$A.out"; then
                echo "  --- stdout (expected, actual)"
                diff -u "$W/$id.stdout" "$A.out" | sed '1,2d; s/^/  /'
            fi
            if ! cmp -s "$W/$id.stderr" "$A.err"; then
                echo "  --- stderr (expected, actual)"
                diff -u "$W/$id.stderr" "$A.err" | sed '1,2d; s/^/  /'
            fi
            [ "$rc" = "$want" ] || echo "  --- exit status: expected $want, got $rc"
        fi
        chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"
    done
    if [ $UPDATE = 1 ]; then
        awk -v W="$W" -v N="$FIRST" -f tests/cli/update.awk "$CF" > "$W/new" &&
            { cmp -s "$W/new" "$CF" || cat "$W/new" > "$CF"; }
    fi
done

if [ -n "$FAILED" ]; then echo "failed cases:$FAILED"; fi
if [ $SKIP -gt 0 ]; then
    echo "cli: $PASS passed, $FAIL failed ($SKIP skipped)"
else
    echo "cli: $PASS passed, $FAIL failed"
fi
[ $FAIL -eq 0 ]
