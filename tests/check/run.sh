#!/bin/sh
# tests/check/run.sh BIN -- the planted-error fixture: runs `statcite check`
# on fixtures/check/planted.txt (real laws from data/ with errors planted by
# scripts/make-planted.py) and compares the findings, as "LINE CODE" pairs,
# with fixtures/check/planted.expected.  Every planted error must be found
# and every correct entry must stay silent.
set -u
bin=${1:?usage: tests/check/run.sh BIN}
tmp=${TMPDIR:-/tmp}/statcite-check.$$
trap 'rm -f "$tmp".*' EXIT INT TERM
"$bin" check --color never fixtures/check/planted.txt >"$tmp.out" 2>"$tmp.err"
rc=$?
sed -n 's/^[^:]*:\([0-9]*\):[0-9]*: \(error\|warning\|note\): .* \[\([a-z-]*\)\]$/\1 \3/p' "$tmp.out" |
  LC_ALL=C sort >"$tmp.got"
LC_ALL=C sort fixtures/check/planted.expected >"$tmp.want"
want=$(wc -l <"$tmp.want")
missed=$(comm -23 "$tmp.want" "$tmp.got" | wc -l)
extra=$(comm -13 "$tmp.want" "$tmp.got" | wc -l)
if [ "$missed" -ne 0 ] || [ "$extra" -ne 0 ] || [ "$rc" -ne 1 ] || [ -s "$tmp.err" ]; then
  echo "check: planted findings differ (exit $rc; - missed, + unexpected):"
  diff "$tmp.want" "$tmp.got" | sed -n 's/^[<>]/&/p' | sed 's/^</-/; s/^>/+/'
  cat "$tmp.err"
  echo "check: $((want - missed)) of $want planted findings, $extra unexpected: FAILED"
  exit 1
fi
echo "check: $want of $want planted findings, 0 unexpected; exit status $rc"

# The seed page (../shared/corpus/dev/docs/seed.txt, a real web page): its
# two wrong laws are errors, with the fixes the rest of each entry points
# to, and nothing else is.  Skipped without ../shared.
seed=${SHARED:-../shared}/corpus/dev/docs/seed.txt
if [ -f "$seed" ]; then
  "$bin" check --color never "$seed" >"$tmp.seed" 2>&1
  errors=$(grep -c ': error: ' "$tmp.seed")
  if [ "$errors" -ne 2 ] || ! grep -q 'note: write Pub. L. No. 110-180 ' "$tmp.seed" ||
     ! grep -q 'note: write Pub. L. No. 109-234[: ]' "$tmp.seed"; then
    echo "check: the seed page should have exactly its 2 wrong laws as errors, fixed to 110-180 and 109-234:"
    grep -A1 ': error: ' "$tmp.seed"
    exit 1
  fi
  echo "check: seed page: 2 errors, fixed to Pub. L. 110-180 and 109-234"
else
  echo "check: seed page not found ($seed): skipped"
fi
