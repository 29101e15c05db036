#!/bin/sh
# tests/bib/run.sh BIN -- statcite's BibTeX outputs in the programs that read
# them (docs/bibtex.md).  On a sample (examples/authorities.txt, the
# Windows-1252 memo fixture, and ../shared/corpus/dev/docs when present):
#
#   1. -f bibtex (@misc): biber --tool --validate-datamodel (biblatex's
#      default data model) reports no warning and no error;
#   2. classic bibtex with the standard style plain reports no warning, and
#      pdflatex renders the bibliography;
#   3. the same file through biblatex's standard numeric style and biber
#      --validate-datamodel: no warning;
#   4. -f biblatex (@legislation) with tex/statcite.dbx and tex/statcite.bbx,
#      biber --validate-datamodel: no warning;
#   5. the rendered entries are compared (tests/bib/compare.py): every
#      record appears in each of the three bibliographies, with its Act name,
#      year and Statutes at Large citation where the record has them.
#
# Skips (exit 0, saying so) when biber, bibtex, pdflatex, biblatex,
# pdftotext or python3 is missing (scripts/ensure-deps.sh test installs them).
set -u
BIN=${1:-build/statcite}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 2
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
for t in biber bibtex pdflatex kpsewhich pdftotext python3; do
    if ! command -v $t >/dev/null 2>&1; then
        echo "bib: skipped: $t is missing (sh scripts/ensure-deps.sh test)"; exit 0
    fi
done
if ! kpsewhich biblatex.sty >/dev/null 2>&1; then
    echo "bib: skipped: biblatex is missing (texlive-bibtex-extra)"; exit 0
fi
W=$(mktemp -d "${TMPDIR:-/tmp}/statcite-bib.XXXXXX") || exit 2
[ -n "${KEEP:-}" ] || trap 'rm -rf "$W"' EXIT
trap 'exit 130' INT TERM
set -- examples/authorities.txt fixtures/bad/memo-cp1252.txt tests/bib/sample.txt
if [ -d ../shared/corpus/dev/docs ]; then
    set -- "$@" ../shared/corpus/dev/docs/*
else
    echo "bib: ../shared/corpus/dev is missing: the sample is the shipped example only"
fi
"$BIN" -q -f bibtex -o "$W/misc.bib" "$@" || [ $? -eq 1 ] || { echo "bib: FAIL: statcite -f bibtex"; exit 1; }
"$BIN" -q -f biblatex -o "$W/leg.bib" "$@" || [ $? -eq 1 ] || { echo "bib: FAIL: statcite -f biblatex"; exit 1; }
cp tex/statcite.dbx tex/statcite.bbx "$W/"
cd "$W" || exit 2
FAIL=0
fail() { echo "bib: FAIL: $*"; FAIL=1; }
n=$(grep -c '^@' misc.bib)

# 1. biber's tool mode, default data model
biber --tool --validate-datamodel -O tool.bib misc.bib > tool.log 2>&1 || fail "biber --tool exited $?"
grep -E 'WARN|ERROR' tool.log && fail "biber --tool --validate-datamodel warned (above)"

# 2. classic bibtex, style plain
cat > classic.tex <<'TEX'
\documentclass{article}
\usepackage[utf8]{inputenc}\input{glyphtounicode}\pdfgentounicode=1
\usepackage[paperheight=200in]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\begin{document}\nocite{*}\bibliographystyle{plain}\bibliography{misc}\end{document}
TEX
pdflatex -interaction=nonstopmode classic >/dev/null 2>&1
bibtex classic > bibtex.log 2>&1 || fail "bibtex exited $? ($(grep -c 'error' classic.blg) errors)"
grep -E '^Warning--|error message|^I was expecting|^I.m skipping' classic.blg && fail "bibtex warned (above)"
pdflatex -interaction=nonstopmode classic >/dev/null 2>&1
pdflatex -interaction=nonstopmode classic > classic.out 2>&1 || fail "pdflatex (classic) failed: $(grep -m1 '^!' classic.log)"

# biblatex_render NAME BIBFILE BIBLATEX-OPTIONS WHAT: NAME.tex printing every
# record of BIBFILE with biblatex, through biber (whose data-model check must
# not warn) and pdflatex
biblatex_render() {
    cat > "$1.tex" <<TEX
\\documentclass{article}
\\usepackage[utf8]{inputenc}\\input{glyphtounicode}\\pdfgentounicode=1
\\usepackage[paperheight=200in]{geometry}
\\usepackage[$3]{biblatex}
\\addbibresource{$2}
\\hyphenpenalty=10000 \\exhyphenpenalty=10000 \\sloppy
\\begin{document}\\nocite{*}\\printbibliography\\end{document}
TEX
    pdflatex -interaction=nonstopmode "$1" >/dev/null 2>&1
    biber --validate-datamodel "$1" > "$1.biber" 2>&1 || fail "biber ($4) exited $?"
    grep -E 'WARN|ERROR' "$1.blg" && fail "biber ($4) warned (above)"
    pdflatex -interaction=nonstopmode "$1" > "$1.out" 2>&1 ||
        fail "pdflatex ($4) failed: $(grep -m1 '^!' "$1.log")"
}

# 3. biblatex's standard style on the @misc file
biblatex_render std misc.bib "backend=biber,style=numeric" "standard style"

# 4. -f biblatex with statcite's data model and style
biblatex_render leg leg.bib "backend=biber,bibstyle=statcite,citestyle=numeric,datamodel=statcite" \
    "statcite.dbx"

# 5. the rendered entries
for d in classic std leg; do pdftotext -enc UTF-8 "$d.pdf" "$d.txt" 2>/dev/null || fail "no $d.pdf"; done
python3 "$ROOT/tests/bib/compare.py" misc.bib leg.bib classic.txt std.txt leg.txt || FAIL=1
[ $FAIL = 0 ] && echo "bib: $n records: biber (tool, standard style, statcite.dbx) and bibtex (plain) without warnings; renderings agree"
exit $FAIL
