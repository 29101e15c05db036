#!/bin/sh
# make-input-fixtures.sh -- remakes the DOCX and PDF fixtures of tests/inputs
# from their plain-text sources, with real tools (Debian packages pandoc and
# groff; not needed by the tests, which use the committed files):
#
#   fixtures/docx/brief.txt -> brief.docx   pandoc (Markdown with footnotes:
#                                           Word footnotes in word/footnotes.xml)
#   fixtures/pdf/law.txt    -> law.pdf      groff -Tpdf (gropdf), one PDF page
#                                           per form-feed page of law.txt
#
# law.txt is a slip law laid out page by page: pages separated by form feeds,
# each starting with its running heads ("128 STAT. 1232" and "PUBLIC LAW
# 113–121—JUNE 10, 2014", one per line), which are typeset as the page's title
# line, left and right, as on a printed law.  A paragraph is filled and
# justified; a line starting with "(", "“(" or "SEC." starts a new one; a short
# line stands alone; a hyphen typed at a line end ("Pub-") stays at the line
# end.  Citations cut by a page break in law.txt are cut there in the PDF too.
#
# usage: sh scripts/make-input-fixtures.sh     (from the repository root)
set -eu
command -v pandoc >/dev/null 2>&1 || { echo "needs pandoc (apt-get install pandoc)" >&2; exit 1; }
command -v gropdf >/dev/null 2>&1 || { echo "needs groff (apt-get install groff)" >&2; exit 1; }
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1700000000}
export SOURCE_DATE_EPOCH

pandoc -f markdown -t docx -o fixtures/docx/brief.docx fixtures/docx/brief.txt

awk '
BEGIN {
    print ".pl 11i"; print ".po 1i"; print ".ll 6.5i"; print ".lt 6.5i"
    print ".ps 10"; print ".vs 12"; print ".ad b"; print ".hy 4"
    page = 0
    newpage()
}
function newpage() {
    if (page++ > 0) { print ".br"; print ".bp" }
    nhead = 0; head[1] = ""; head[2] = ""
}
function out(line) {
    if (line ~ /^[.\047]/) line = "\\&" line
    print line
}
function flushhead() {
    if (nhead < 0) return
    print ".sp |0.5i"
    print ".tl \047" head[1] "\047\047" head[2] "\047"
    print ".sp 2"
    nhead = -1
}
function body(line) {
    flushhead()
    if (line == "") { print ".sp 0.5"; return }
    if (length(line) < 40 && line !~ /^\(/) { print ".br"; out(line); print ".br"; return }
    if (line ~ /^(\(|“\(|SEC\.)/) { print ".br"; print ".ti 2m" }
    out(line)
    if (line ~ /[A-Za-z]-$/) print ".br"
}
{
    line = $0
    while ((i = index(line, "\f")) > 0) {
        pre = substr(line, 1, i - 1)
        if (pre != "") body(pre)
        newpage()
        line = substr(line, i + 1)
    }
    if (nhead >= 0 && nhead < 2) {
        if (line != "") head[++nhead] = line
        next
    }
    body(line)
}' fixtures/pdf/law.txt | groff -k -Tpdf > fixtures/pdf/law.pdf
ls -l fixtures/docx/brief.docx fixtures/pdf/law.pdf
