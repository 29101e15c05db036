#!/bin/sh
# tests/readme/run.sh [BIN] -- runs the examples README.md shows and
# compares their output (make readme-test; part of make test).
#
# An example is a fenced block (``` with no language) whose first line starts
# with "$ ": each "$ COMMAND" line is run with sh from a scratch copy of the
# repository's layout (examples/, fixtures/, build/ and ../shared linked in),
# with BIN's folder first on the PATH (so "statcite" is the program under
# test), and its standard output must be the lines that follow, up to the
# next "$ " line; a last line "..." means the output goes on (only the lines
# shown are compared).  A block that needs ../shared/corpus or a program
# that is missing (jq, python3) is skipped, saying so.  Also checks that
# `make run` runs the command the README shows for it.
set -u
BIN=${1:-build/statcite}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 2
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
if ! command -v python3 >/dev/null 2>&1; then
    echo "readme: skipped: python3 is missing"; exit 0
fi
W=$(mktemp -d "${TMPDIR:-/tmp}/statcite-readme.XXXXXX") || exit 2
trap 'rm -rf "$W"' EXIT
trap 'exit 130' INT TERM
mkdir "$W/repo" "$W/bin" || exit 2
for d in examples fixtures build; do ln -s "$ROOT/$d" "$W/repo/$d"; done
[ -d "$ROOT/../shared" ] && ln -s "$(cd "$ROOT/../shared" && pwd)" "$W/shared"
ln -s "$BIN" "$W/bin/statcite"

FAIL=0
if ! grep -q 'statcite check $(EXAMPLE)' Makefile; then
    echo "readme: FAIL: make run does not run 'statcite check \$(EXAMPLE)' as the README says"
    FAIL=1
fi
python3 - "$ROOT/README.md" "$W" <<'PY' || FAIL=1
import os, shutil, subprocess, sys

readme, work = sys.argv[1], sys.argv[2]
lines = open(readme, encoding="utf-8").read().split("\n")
blocks, i = [], 0
while i < len(lines):
    if lines[i] == "```":
        j = i + 1
        while j < len(lines) and lines[j] != "```":
            j += 1
        body = lines[i + 1:j]
        if body and body[0].startswith("$ "):
            blocks.append((i + 2, body))
        i = j + 1
    else:
        i += 1
env = dict(os.environ, PATH=work + "/bin:" + os.environ["PATH"], NO_COLOR="1", LC_ALL="C.UTF-8")
env.pop("COLUMNS", None)
ran = skipped = failed = 0
for line_no, body in blocks:
    text = "\n".join(body)
    needs = [t for t in ("jq", "python3") if (t + " ") in text and not shutil.which(t)]
    if "../shared" in text and not os.path.isdir(work + "/shared/corpus/dev"):
        needs.append("../shared/corpus/dev")
    if needs:
        print(f"readme: skipped: README.md:{line_no}: needs {', '.join(needs)}")
        skipped += 1
        continue
    cmds = []
    for l in body:
        if l.startswith("$ "):
            cmds.append([l[2:], []])
        else:
            cmds[-1][1].append(l)
    for cmd, want in cmds:
        prefix = bool(want) and want[-1] == "..."
        if prefix:
            want = want[:-1]
        out = subprocess.run(cmd, shell=True, cwd=work + "/repo", env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE).stdout
        got = out.decode("utf-8", "replace").split("\n")
        if got and got[-1] == "":
            got.pop()
        ok = got[:len(want)] == want if prefix else got == want
        ran += 1
        if not ok:
            failed += 1
            print(f"readme: FAIL: README.md:{line_no}: $ {cmd}")
            for k in range(max(len(want), min(len(got), len(want) + 3))):
                w = want[k] if k < len(want) else "<nothing>"
                g = got[k] if k < len(got) else "<nothing>"
                if w != g and not (prefix and k >= len(want)):
                    print(f"  line {k + 1}: README: {w}\n  line {k + 1}: actual: {g}")
print(f"readme: {ran} commands run, {failed} failed, {skipped} blocks skipped")
sys.exit(1 if failed else 0)
PY
exit $FAIL
