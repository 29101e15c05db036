#!/bin/sh
# tests/report/run.sh BIN -- the HTML report (--format html), in a browser.
#
# 1. Without a browser: the report of examples/authorities.txt, and one of
#    nasty inputs (bytes that are not UTF-8, NUL and control bytes, CRLF, a
#    lone CR, HTML input, UTF-16), must be well-formed (xmllint, or balanced
#    span/a/section/pre tags when xmllint is missing) and self-contained (no
#    <link>, <img>, @import, url(), <script src>).
# 2. In Debian's chromium, headless: the DOM it renders must hold every
#    citation of `BIN -f jsonl --check` (as many, same keys) and every
#    diagnostic message and suggested fix; then a screenshot is taken and
#    must be a PNG of a non-trivial size.
# When chromium is missing (scripts/ensure-deps.sh report could not install
# it) or cannot run, part 2 is skipped, saying so, and the exit status is 0.
# Output goes to BUILD/report/ (BUILD: the directory of BIN).
set -u
export LC_ALL=C
bin=${1:?usage: tests/report/run.sh BIN}
build=$(cd "$(dirname "$bin")" && pwd)
out=$build/report
mkdir -p "$out"
rm -f "$out"/authorities.html "$out"/authorities.png "$out"/*.dom.html
fail=0
bad() { echo "report: FAIL: $*"; fail=1; }

# ------------------------------------------------------ 1. no browser
html=$out/authorities.html
"$bin" --format html -o "$html" examples/authorities.txt 2>"$out/stderr"
rc=$?
# exit 1: the report found errors (--check, which html implies: one rule in every format)
[ "$rc" -le 1 ] || bad "statcite --format html exited $rc: $(cat "$out/stderr")"
[ -s "$html" ] || { bad "no report written"; exit 1; }

n_dir="$out/nasty"
mkdir -p "$n_dir"
printf 'Bad \377\376 bytes, Pub. L. No. 108-90\r\nand 8 U.S.C. \302\247 1357 \001\177 \302\205 x\rlone CR & <b> "q" \357\277\276\r\nPublic Law 110-1180\n' >"$n_dir/a.txt"
printf '<!DOCTYPE html><html><body><p>See <i>Pub. L.</i> No. 108-458 &sect; 2, <b>42 U.S.C. &sect; 1983</b></p><script>var x="<p>";</script></body></html>\n' >"$n_dir/b.html"
printf '\377\376P\000L\000 \0001\0000\0008\000-\0009\0000\000\n\000' >"$n_dir/c.txt"
printf 'x\000y Pub. L. No. 108-90\n' >"$n_dir/d.txt"
"$bin" --format html --binary-files=text -o "$n_dir/nasty.html" "$n_dir/a.txt" "$n_dir/b.html" \
  "$n_dir/c.txt" "$n_dir/d.txt" 2>"$out/stderr"
rc=$?
[ "$rc" -le 1 ] || bad "nasty inputs: statcite exited $rc: $(cat "$out/stderr")"
n_nasty=$(grep -o 'class="cite ' "$n_dir/nasty.html" | wc -l)
n_want=$("$bin" -f jsonl --binary-files=text "$n_dir/a.txt" "$n_dir/b.html" "$n_dir/c.txt" \
  "$n_dir/d.txt" | wc -l)
[ "$n_nasty" -eq "$n_want" ] || bad "nasty inputs: $n_nasty citations marked, $n_want found"

for f in "$html" "$n_dir/nasty.html"; do
  if command -v xmllint >/dev/null 2>&1; then
    xmllint --noout "$f" 2>"$out/xmllint.err" || bad "$f is not well-formed: $(head -5 "$out/xmllint.err")"
    how="xmllint"
  else
    for t in span a section pre ol li table; do
      o=$(grep -o "<$t[ >]" "$f" | wc -l)
      c=$(grep -o "</$t>" "$f" | wc -l)
      [ "$o" -eq "$c" ] || bad "$f: $o <$t> but $c </$t>"
    done
    how="balanced tags"
  fi
  if grep -Eiq '<(link|img|iframe|object|embed|base)[ >/]|@import|url\(|<script[^>]* src=' "$f"; then
    bad "$f loads something from outside"
  fi
done
[ "$fail" -eq 0 ] && echo "report: well-formed ($how) and self-contained"

# ------------------------------------------------------ 2. in chromium
chrome=""
for c in chromium chromium-browser; do
  command -v "$c" >/dev/null 2>&1 && { chrome=$c; break; }
done
skip() {
  echo "report: SKIP browser check: $* (run: sh scripts/ensure-deps.sh report)"
  exit "$fail"
}
[ -n "$chrome" ] || skip "chromium is not installed"
profile=$out/chromium-profile
run_chrome() {
  timeout 120 "$chrome" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --no-first-run --user-data-dir="$profile" --hide-scrollbars "$@" 2>>"$out/chromium.log"
}
: >"$out/chromium.log"
printf '<!DOCTYPE html><title>probe</title><p id="probe">statcite-probe</p>\n' >"$out/probe.html"
run_chrome --dump-dom "file://$out/probe.html" >"$out/probe.dom.html"
grep -q 'statcite-probe' "$out/probe.dom.html" ||
  skip "chromium does not run here (see $out/chromium.log)"

"$bin" -f jsonl --check examples/authorities.txt >"$out/authorities.jsonl"
dom=$out/authorities.dom.html
run_chrome --dump-dom "file://$html" >"$dom" || bad "chromium --dump-dom failed"

# citations: as many, and the same keys
n=$(wc -l <"$out/authorities.jsonl")
grep -o '"key":"[^"]*"' "$out/authorities.jsonl" | sed 's/^"key":"//; s/"$//' | sort >"$out/keys.want"
grep -o 'data-key="[^"]*"' "$dom" | sed 's/^data-key="//; s/"$//; s/&amp;/\&/g' | sort >"$out/keys.got"
got=$(wc -l <"$out/keys.got")
[ "$got" -eq "$n" ] || bad "$got citations in the DOM, $n in the JSONL"
cmp -s "$out/keys.want" "$out/keys.got" || bad "keys differ: $(diff "$out/keys.want" "$out/keys.got" | head -5)"
pops=$(grep -o 'class="pop"' "$dom" | wc -l)
[ "$pops" -eq "$n" ] || bad "$pops popovers for $n citations"

# diagnostics: every message and suggested fix, as text in the DOM
m=$(grep -o '"severity":' "$out/authorities.jsonl" | wc -l)
items=$(grep -o '<li class="f"' "$dom" | wc -l)
[ "$items" -eq "$m" ] || bad "$items findings listed in the DOM, $m diagnostics in the JSONL"
marks=$(grep -o '<span class="pd">' "$dom" | wc -l)
[ "$marks" -eq "$m" ] || bad "$marks findings marked in the text, $m diagnostics in the JSONL"
found=0
grep -o '"\(message\|suggestion\)":"\([^"\\]\|\\.\)*"' "$out/authorities.jsonl" |
  sed 's/^"[a-z]*":"//; s/"$//; s/\\"/"/g; s/\\\\/\\/g; s/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g; s/\xc2\xa0/\&nbsp;/g' \
  >"$out/messages.want"
while IFS= read -r msg; do
  if grep -Fq -- "$msg" "$dom"; then found=$((found + 1)); else bad "not in the DOM: $msg"; fi
done <"$out/messages.want"
nmsg=$(wc -l <"$out/messages.want")
[ "$m" -gt 0 ] || bad "examples/authorities.txt has no diagnostics to look for"

# screenshot
png=$out/authorities.png
run_chrome --screenshot="$png" --window-size=1280,2000 "file://$html" >/dev/null
if [ ! -s "$png" ]; then
  bad "no screenshot"
elif [ "$(head -c 4 "$png" | od -An -c | tr -d ' ')" != '211PNG' ]; then
  bad "$png is not a PNG"
elif [ "$(wc -c <"$png")" -lt 30000 ]; then
  bad "$png is only $(wc -c <"$png") bytes: blank?"
fi

if [ "$fail" -ne 0 ]; then
  echo "report: FAILED (DOM in $dom)"
  exit 1
fi
echo "report: $got citations, $m diagnostics ($found of $nmsg messages and fixes) found in the DOM; screenshot at $png"
