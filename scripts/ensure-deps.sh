#!/bin/sh
# ensure-deps.sh -- install the Debian packages statcite needs, only when missing.
#
# usage: scripts/ensure-deps.sh [build|test|bench|fuzz|report]
#   build: compiler, make, pkg-config, PCRE2, libcsv, libzip + libxml2 (DOCX and ODT
#          input: compiled against their headers, loaded by statcite at run time)
#   test:  build + cmocka (unit tests), GNU parallel (tests/dist), poppler-utils
#          (pdftotext: PDF input, tests/inputs), biber, bibtex, LaTeX and
#          biblatex (tests/bib: the BibTeX outputs in the tools that read them)
#   bench: build + ripgrep, xz-utils, time (benchmark references)
#   fuzz:  build + clang and its sanitizer/fuzzer runtime
#   report: build + chromium (headless), a font and xmllint (make report-test)
# Runs apt-get as root, or through sudo when available; otherwise says what
# to install and fails.
set -eu
what=${1:-build}

need=""
have_header() { [ -f "/usr/include/$1" ] || [ -f "/usr/include/x86_64-linux-gnu/$1" ] || [ -f "/usr/local/include/$1" ]; }
want() { need="$need $1"; }

command -v cc >/dev/null 2>&1 || want gcc
command -v make >/dev/null 2>&1 || want make
command -v pkg-config >/dev/null 2>&1 || want pkg-config
have_header pcre2.h || want libpcre2-dev
have_header csv.h || want libcsv-dev
have_header zip.h || want libzip-dev
have_header libxml2/libxml/xmlreader.h || want libxml2-dev
case "$what" in
  test|fuzz) have_header cmocka.h || want libcmocka-dev ;;
esac
case "$what" in
  test)
    command -v parallel >/dev/null 2>&1 || want parallel
    command -v pdftotext >/dev/null 2>&1 || want poppler-utils
    command -v zip >/dev/null 2>&1 || want zip # OpenDocument cases (tests/cli)
    # BibTeX output checked by the tools that read it (tests/bib): biber,
    # classic bibtex with its standard styles, biblatex, and LaTeX
    command -v biber >/dev/null 2>&1 || want biber
    command -v bibtex >/dev/null 2>&1 || want texlive-binaries
    command -v latex >/dev/null 2>&1 || want texlive-latex-base
    { command -v kpsewhich >/dev/null 2>&1 && kpsewhich biblatex.sty >/dev/null 2>&1; } ||
      want texlive-bibtex-extra
    { command -v kpsewhich >/dev/null 2>&1 && kpsewhich etoolbox.sty >/dev/null 2>&1; } ||
      want texlive-latex-recommended ;;
esac
case "$what" in
  bench)
    command -v rg >/dev/null 2>&1 || want ripgrep
    command -v xz >/dev/null 2>&1 || want xz-utils
    [ -x /usr/bin/time ] || want time ;;
  fuzz)
    command -v clang >/dev/null 2>&1 || want clang
    ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 || want libclang-rt-dev ;;
  report)
    command -v chromium >/dev/null 2>&1 || want chromium
    [ -d /usr/share/fonts/truetype/dejavu ] || want fonts-dejavu-core
    command -v xmllint >/dev/null 2>&1 || want libxml2-utils ;;
esac

[ -z "$need" ] && exit 0
echo "statcite: installing Debian packages:$need" >&2
if [ "$(id -u)" = 0 ]; then SUDO=""
elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"
else
  echo "statcite: please install:$need (apt-get install$need)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $need >&2
