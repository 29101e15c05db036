#!/bin/sh
# tests/inputs/run.sh BIN -- HTML, DOCX and PDF inputs.  The fixtures were made
# with real tools from plain text (scripts/make-input-fixtures.sh): a DOCX
# (pandoc, body and footnote citations) and a 4-page PDF of a slip law (groff,
# running heads, citations cut by page breaks).  Each must give the same
# citations (keys and counts) as the text it was made from, the PDF each on
# its page; and bad inputs must be refused, one at a time, with exit 2.
# Prints "inputs: N passed, M failed"; the PDF cases are skipped, saying so,
# without pdftotext (Debian package poppler-utils).
set -u
bin=${1:?usage: tests/inputs/run.sh BIN}
tmp=${TMPDIR:-/tmp}/statcite-inputs.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0 skip=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "inputs: FAIL: $*"; }
# check NAME COMMAND...: the command must succeed
check() {
  name=$1; shift
  if "$@"; then ok; else bad "$name"; fi
}
# keys FILE [ARGS]: the sorted keys of FILE's citations, one a line
keys() {
  f=$1; shift
  "$bin" -f jsonl "$@" "$f" | sed -n 's/.*"key":"\([^"]*\)".*/\1/p' | LC_ALL=C sort
}
# keypages FILE: "KEY pPAGE" per citation, sorted (p0: no page)
keypages() {
  "$bin" -f jsonl "$1" | sed -n 's/.*"key":"\([^"]*\)".*/\1/p' >"$tmp/k"
  "$bin" -f jsonl "$1" | sed 's/.*"pdf_page":\([0-9]*\).*/p\1/; t; s/.*/p0/' >"$tmp/p"
  paste -d ' ' "$tmp/k" "$tmp/p" | LC_ALL=C sort
}
same() { # same NAME FILE1 FILE2: two files equal and not empty
  if [ -s "$2" ] && cmp -s "$2" "$3"; then ok; else bad "$1"; diff "$2" "$3" | head -20; fi
}

# ------------------------------------------------------------------ HTML
# fixtures/html/list.html is examples/authorities.txt (= list.txt) as a web
# page: lists, links, entities (&sect; &#167; &nbsp;), markup inside
# citations, and a script, a style and a comment that name citations which
# are not on the page.
keys fixtures/html/list.txt >"$tmp/htxt.keys"
keys fixtures/html/list.html >"$tmp/html.keys"
same "list.html gives the citations of list.txt" "$tmp/htxt.keys" "$tmp/html.keys"
check "list.html: 40 citations" [ "$(wc -l <"$tmp/html.keys")" -eq 40 ]
"$bin" check fixtures/html/list.txt 2>&1 | sed -n 's/.*: \(error\|warning\|note\): .* \[\([a-z-]*\)\]$/\2/p' >"$tmp/htxt.codes"
"$bin" check fixtures/html/list.html 2>&1 | sed -n 's/.*: \(error\|warning\|note\): .* \[\([a-z-]*\)\]$/\2/p' >"$tmp/html.codes"
same "list.html gets the findings of list.txt" "$tmp/htxt.codes" "$tmp/html.codes"

# fixtures/html/script-data.html renders its text from data, as the Court of
# Federal Claims' page of recent opinions does (a JSON array in a script):
# the string literals are read, entities and \u escapes and all, each a text
# of its own; the script's code and comments, and the style, are not.
keys fixtures/html/script-data.html >"$tmp/sd.keys"
printf '%s\n' publ:97-164 stat:96/25 usc:15/168181x usc:28/1631 'usc:28/1915(a)(3)' \
  'usc:41/7107(d)' usc:42/1983 >"$tmp/sd.want"
same "script-data.html: the citations of its string literals, none of its code" "$tmp/sd.want" "$tmp/sd.keys"
# offsets still point into the file: the bytes at start..end are the text
line=$("$bin" -f jsonl fixtures/html/script-data.html | grep '"key":"usc:28/1915(a)(3)"')
st=$(printf '%s' "$line" | sed 's/.*"start":\([0-9]*\).*/\1/') en=$(printf '%s' "$line" | sed 's/.*"end":\([0-9]*\).*/\1/')
check "script-data.html: offsets of a citation in a string literal" \
  [ "$(dd if=fixtures/html/script-data.html bs=1 skip="$st" count=$((en - st)) 2>/dev/null)" = '28 U.S.C. &#167; 1915(a)(3)' ]
# a \u00a7 escape is a section sign where it stands: "\u00a7\u00a7" two of them
check "script-data.html: \\u00a7 escapes read as section signs" \
  sh -c "\"$bin\" -f jsonl fixtures/html/script-data.html | grep -q '\"canonical\":\"28 U.S.C. § 1631\"'"
"$bin" check fixtures/html/script-data.html >"$tmp/sd.diag" 2>&1
check "script-data.html: the docket's typo (15 U.S.C. §§ 168181x) is an error" \
  grep -q '^fixtures/html/script-data.html:12:[0-9]*: error: 15 U.S.C. has no section 168181x.*\[usc-section-unknown\]$' "$tmp/sd.diag"

# ------------------------------------------------------------------ JSON
# fixtures/json/docket.json is a court docket as an API gives it: the text of
# its strings, \u escapes decoded, HTML in a string blanked; a "Section N" in
# one entry takes the title of the entry before it, as in the docket's web
# page (a line of "}," is no paragraph break).
keys fixtures/json/docket.json >"$tmp/json.keys"
printf '%s\n' publ:110-1180 'usc:11/361' 'usc:11/362' 'usc:11/363' 'usc:11/521(a)(1)' \
  'usc:11/521(i)' 'usc:28/157(d)' 'usc:28/1746' | LC_ALL=C sort >"$tmp/json.want"
same "docket.json: the citations of its strings" "$tmp/json.want" "$tmp/json.keys"
cp fixtures/json/docket.json "$tmp/docket.jsonl"
keys "$tmp/docket.jsonl" >"$tmp/jsonl.keys"
same "a .jsonl name is read as JSON" "$tmp/json.keys" "$tmp/jsonl.keys"
keys - --input-format json <fixtures/json/docket.json >"$tmp/jsonin.keys"
same "--input-format json on standard input" "$tmp/json.keys" "$tmp/jsonin.keys"
keys - <fixtures/json/docket.json >"$tmp/jsonpipe.keys"
same "JSON on a pipe, recognized by its first bytes" "$tmp/json.keys" "$tmp/jsonpipe.keys"
printf '[1] Pub. L. 101-336.\n{ 42 U.S.C. 1983 }\n' | keys - >"$tmp/brackets.keys"
check "text that begins with a bracket stays text" grep -qx 'publ:101-336' "$tmp/brackets.keys"
"$bin" check fixtures/json/docket.json >"$tmp/json.diag" 2>&1
check "docket.json: Pub. L. 110-1180 in an HTML string is an error, at its line" \
  grep -q '^fixtures/json/docket.json:19:[0-9]*: error: Public Law 110-1180 does not exist' "$tmp/json.diag"
keys fixtures/json/docket.json --input-format text >"$tmp/jsontext.keys"
check "--input-format text reads a .json as text (no \\u00a7: fewer citations)" \
  [ "$(wc -l <"$tmp/jsontext.keys")" -lt "$(wc -l <"$tmp/json.keys")" ]

# ------------------------------------------------------------------ DOCX
docx=fixtures/docx/brief.docx
keys fixtures/docx/brief.txt >"$tmp/txt.keys"
keys "$docx" >"$tmp/docx.keys"
same "brief.docx gives the citations of brief.txt" "$tmp/txt.keys" "$tmp/docx.keys"
check "brief.docx: footnote citations found" grep -qx 'usc:8/1357(g)(10)(B)' "$tmp/docx.keys"
check "brief.docx: footnote citations found (2)" grep -qx 'stat:118/3734' "$tmp/docx.keys"
check "brief.docx: 25 citations (one a section of the INA)" [ "$(wc -l <"$tmp/docx.keys")" -eq 25 ]
# the footnotes come after the body, under "--- footnotes ---", as "[N] ..."
"$bin" -f jsonl "$docx" | grep '"key":"stat:118/3638"' >"$tmp/fn" || true
check "brief.docx: footnote 3 on its own line, after its label" \
  grep -q '"line":17,"col":5,' "$tmp/fn"  # (line 17: the body's table is a line a row)
check "brief.docx: no pdf_page" sh -c "! \"$bin\" -f jsonl $docx | grep -q pdf_page"
cat "$docx" | keys - >"$tmp/pipe.keys"
same "brief.docx from a pipe (recognized by its content)" "$tmp/docx.keys" "$tmp/pipe.keys"
cp "$docx" "$tmp/brief.bin"
keys "$tmp/brief.bin" --input-format docx >"$tmp/forced.keys"
same "--input-format docx on a file not named .docx" "$tmp/docx.keys" "$tmp/forced.keys"

# Refused DOCX inputs: a message, exit 2, the other files still scanned.
refused() { # refused NAME FILE 'message pattern' [ARGS]
  name=$1 f=$2 pat=$3; shift 3
  "$bin" --count "$@" "$f" fixtures/docx/brief.txt >"$tmp/out" 2>"$tmp/err"
  rc=$?
  if [ $rc -eq 2 ] && grep -q "^statcite: $pat" "$tmp/err" &&
     grep -q '^fixtures/docx/brief.txt:25$' "$tmp/out"; then ok
  else bad "$name (exit $rc)"; cat "$tmp/err"; fi
}
"$bin" --input-format docx fixtures/pdf/law.txt >/dev/null 2>"$tmp/err"
rc=$?
check "--input-format docx on text: refused" sh -c \
  "[ $rc -eq 2 ] && grep -q '^statcite: fixtures/pdf/law.txt: not a valid DOCX (not a ZIP archive)\$' $tmp/err"
if command -v zip >/dev/null 2>&1 && command -v zipnote >/dev/null 2>&1; then
  mkdir -p "$tmp/z/word" && echo '<x/>' >"$tmp/z/word/styles.xml"
  (cd "$tmp/z" && zip -q ../nodoc.docx word/styles.xml)
  refused "a ZIP without word/document.xml" "$tmp/nodoc.docx" \
    '.*nodoc.docx: not a valid DOCX (no word/document.xml in the archive)'
  printf '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Public Law 108-90</w:t></w:r></w:p>' \
    >"$tmp/z/word/document.xml"
  (cd "$tmp/z" && zip -q ../trunc.docx word/document.xml)
  refused "a DOCX with broken XML" "$tmp/trunc.docx" \
    '.*trunc.docx: not a valid DOCX (word/document.xml: line 1: '
  printf '<!DOCTYPE d [<!ENTITY a "Public Law 108-90">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>' \
    >"$tmp/z/word/document.xml"
  (cd "$tmp/z" && zip -q ../dtd.docx word/document.xml)
  refused "a DOCX with a DTD" "$tmp/dtd.docx" '.*dtd.docx: not a valid DOCX (word/document.xml has a DTD)'
  # WordprocessingML by hand: what becomes text, and where
  W='xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
  mkdir -p "$tmp/h/word"
  cat >"$tmp/h/word/document.xml" <<EOF
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document $W><w:body>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Heading</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">8 U.S.C. </w:t></w:r><w:r><w:t>§ 1357</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p>
<w:p/>
<w:p><w:r><w:t>Pub. L. No. 108</w:t><w:noBreakHyphen/><w:t>458</w:t><w:footnoteReference w:id="7"/></w:r><w:r><w:br/><w:t>H.R. 1559</w:t></w:r><w:r><w:delText>Public Law 99-1</w:delText></w:r></w:p>
<w:p><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>118 Stat. 3638</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>118 Stat. 3638</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
</w:body></w:document>
EOF
  cat >"$tmp/h/word/footnotes.xml" <<EOF
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes $W><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:t>Public Law 1-1</w:t></w:r></w:p></w:footnote>
<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See 42 U.S.C. § 1983.</w:t></w:r></w:p><w:p><w:r><w:t>Then 28 U.S.C. § 1331.</w:t></w:r></w:p></w:footnote></w:footnotes>
EOF
  cat >"$tmp/h/word/endnotes.xml" <<EOF
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:endnotes $W><w:endnote w:type="separator" w:id="0"><w:p/></w:endnote><w:endnote w:id="2"><w:p><w:r><w:t>Endnote: Pub. L. No. 109-13.</w:t></w:r></w:p></w:endnote></w:endnotes>
EOF
  (cd "$tmp/h" && zip -q -r ../hand.docx word)
  "$bin" -f jsonl "$tmp/hand.docx" |
    sed -n 's/.*"line":\([0-9]*\),"col":\([0-9]*\),.*"key":"\([^"]*\)".*/\3 \1:\2/p' >"$tmp/hand.got"
  printf '%s\n' 'usc:8/1357 1:9' 'publ:108-458 3:1' 'bill:hr/1559 4:1' 'stat:118/3638 5:1' \
    'usc:42/1983 7:9' 'usc:28/1331 8:6' 'publ:109-13 10:14' >"$tmp/hand.want"
  same "hand-made DOCX: tabs, breaks, no-break hyphen, skipped parts, notes" "$tmp/hand.want" "$tmp/hand.got"
  check "hand-made DOCX without Word's page marks: no pages" sh -c "! '$bin' -f jsonl '$tmp/hand.docx' | grep -q pdf_page"
  # pages of a document Word saved: w:lastRenderedPageBreak where each page
  # began (one inside a citation), footnotes on the page of their reference
  mkdir -p "$tmp/pg/word"
  cat >"$tmp/pg/word/document.xml" <<EOF
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document $W><w:body>
<w:p><w:r><w:t>Page one: Pub. L. No. 108-90.</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r></w:p>
<w:p><w:r><w:lastRenderedPageBreak/><w:t>Page two: 8 U.S.C.</w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t xml:space="preserve"> § 1357 runs onto page three.</w:t></w:r><w:r><w:footnoteReference w:id="4"/></w:r></w:p>
<w:p><w:r><w:br w:type="page"/><w:lastRenderedPageBreak/><w:t>Page four: H.R. 1559.</w:t></w:r><w:r><w:endnoteReference w:id="5"/></w:r></w:p>
</w:body></w:document>
EOF
  cat >"$tmp/pg/word/footnotes.xml" <<EOF
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes $W><w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote>
<w:footnote w:id="4"><w:p><w:r><w:t>Note on page three: 42 U.S.C. § 1983.</w:t></w:r></w:p></w:footnote>
<w:footnote w:id="3"><w:p><w:r><w:t>Note on page one: 28 U.S.C. § 1331.</w:t></w:r></w:p></w:footnote></w:footnotes>
EOF
  cat >"$tmp/pg/word/endnotes.xml" <<EOF
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:endnotes $W><w:endnote w:id="5"><w:p><w:r><w:t>Endnote: Pub. L. No. 109-13.</w:t></w:r></w:p></w:endnote></w:endnotes>
EOF
  (cd "$tmp/pg" && zip -q -r ../paged.docx word)
  "$bin" -f jsonl "$tmp/paged.docx" | sed -n 's/.*"key":"\([^"]*\)".*"pdf_page":\([0-9]*\).*/\1 p\2/p' >"$tmp/pg.got"
  printf '%s\n' 'publ:108-90 p1' 'usc:8/1357 p2' 'bill:hr/1559 p4' 'usc:42/1983 p3' 'usc:28/1331 p1' \
    'publ:109-13 p4' >"$tmp/pg.want"
  same "DOCX saved by Word: pages from w:lastRenderedPageBreak, notes on their reference's page" "$tmp/pg.want" "$tmp/pg.got"
  # a zip bomb: 300 MB of zeros inflate from 300 KB
  head -c 300000000 /dev/zero | zip -q "$tmp/bomb.docx" -
  printf '@ -\n@=word/document.xml\n' | zipnote -w "$tmp/bomb.docx"
  refused "a zip bomb" "$tmp/bomb.docx" '.*bomb.docx: not a valid DOCX (286 MiB uncompressed, more than 256 MiB)'
  rm -f "$tmp/bomb.docx"
  # too many entries
  mkdir -p "$tmp/many" && (cd "$tmp/many" && seq 1 10001 | xargs touch && zip -q ../many.docx -r .)
  refused "a ZIP of 10001 entries" "$tmp/many.docx" \
    '.*many.docx: not a valid DOCX (10001 entries in the archive, more than 10000)'
else
  echo "inputs: zip/zipnote not found: 8 hand-made DOCX cases skipped"
  skip=$((skip + 8))
fi

# ------------------------------------------------------------------- PDF
pdf=fixtures/pdf/law.pdf
if command -v pdftotext >/dev/null 2>&1; then
  keypages fixtures/pdf/law.txt >"$tmp/txt.kp"
  keypages "$pdf" >"$tmp/pdf.kp"
  same "law.pdf gives the citations and pages of law.txt (form-feed pages)" "$tmp/txt.kp" "$tmp/pdf.kp"
  check "law.pdf: 49 citations (17 of them sections of named Acts)" [ "$(wc -l <"$tmp/pdf.kp")" -eq 49 ]
  # citations cut by a page break, with the running heads in between
  for kp in 'publ:87-874 p1' 'stat:76/1178 p2' 'stat:121/1094 p2' 'usc:33/2269 p3' \
            'publ:99-662 p4' 'usc:42/4321 p4' 'usc:33/701s p1' 'usc:33/701s p3'; do
    check "law.pdf: $kp" grep -qx "$kp" "$tmp/pdf.kp"
  done
  check "law.pdf: no running head taken for a citation" sh -c "! grep -q -e '^stat:128/' -e '^usc:33/128' $tmp/pdf.kp"
  check "law.pdf: no slip-law running head (PUBLIC LAW 113–121—JUNE 10, 2014) taken" \
    sh -c "! '$bin' -f jsonl '$pdf' | grep -q '\"text\":\"PUBLIC LAW'"
  "$bin" -f csv --no-enrich "$pdf" >"$tmp/csv" # the bare record
  check "CSV: a pdf_page column" grep -q '^file,.*,url,pdf_page,form,antecedent,act,act_section$' "$tmp/csv"
  check "CSV: pdf_page of 33 U.S.C. 2269 is 3" grep -q 'uscode/33/2269?link-type=html",3,"full",,,$' "$tmp/csv"
  "$bin" -f text "$pdf" >"$tmp/text"
  check "text: the page after the location" grep -q '^fixtures/pdf/law.pdf:[0-9]*:[0-9]* (p\. 3) .*usc:33/2269' "$tmp/text"
  "$bin" check -f diag --color never "$pdf" >"$tmp/diag"
  check "diag: no finding on the law" [ ! -s "$tmp/diag" ]
  "$bin" -f jsonl - <"$pdf" | sed -n 's/.*"key":"\([^"]*\)".*"pdf_page":\([0-9]*\).*/\1 p\2/p' |
    LC_ALL=C sort >"$tmp/stdin.kp"
  same "law.pdf on standard input (a file)" "$tmp/pdf.kp" "$tmp/stdin.kp"
  cat "$pdf" | "$bin" -f jsonl | sed -n 's/.*"key":"\([^"]*\)".*"pdf_page":\([0-9]*\).*/\1 p\2/p' |
    LC_ALL=C sort >"$tmp/pipe.kp"
  same "law.pdf from a pipe" "$tmp/pdf.kp" "$tmp/pipe.kp"
  "$bin" -j 1 -f jsonl "$pdf" "$docx" fixtures/pdf/law.txt >"$tmp/j1"
  "$bin" -j 3 -f jsonl "$pdf" "$docx" fixtures/pdf/law.txt >"$tmp/j3"
  same "-j 3 equals -j 1 on PDF, DOCX and text" "$tmp/j1" "$tmp/j3"
  "$bin" --input-format text "$pdf" >/dev/null 2>"$tmp/err"
  rc=$?
  check "--input-format text: a PDF is refused as binary" \
    sh -c "[ $rc -eq 2 ] && grep -q 'binary file (a PDF file; --input-format pdf reads its text)' $tmp/err"
  printf '%%PDF-1.4\nnot really a PDF\n' >"$tmp/broken.pdf"
  "$bin" --count "$tmp/broken.pdf" fixtures/docx/brief.txt >"$tmp/out" 2>"$tmp/err"
  rc=$?
  check "a broken PDF: exit 2, message, the other file scanned" sh -c \
    "[ $rc -eq 2 ] && grep -q 'broken.pdf: not a valid PDF (pdftotext cannot open it' $tmp/err && grep -q ':25\$' $tmp/out"
  PATH=/nonexistent "$bin" --count "$pdf" >/dev/null 2>"$tmp/err"
  rc=$?
  check "no pdftotext: exit 2, naming poppler-utils" sh -c \
    "[ $rc -eq 2 ] && grep -q 'law.pdf: cannot read a PDF: pdftotext not found (install the Debian package poppler-utils)' $tmp/err"
else
  echo "inputs: pdftotext not found (Debian package poppler-utils): 17 PDF cases skipped"
  skip=$((skip + 17))
fi

if [ "$skip" -gt 0 ]; then
  echo "inputs: $pass passed, $fail failed, $skip skipped"
else
  echo "inputs: $pass passed, $fail failed"
fi
[ "$fail" -eq 0 ]
