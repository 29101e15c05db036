"""utf8check.py DIR -- opens the outputs DIR/o.FORMAT of statcite with a
strict UTF-8 reader (csv, json) and says what it read; used by
tests/cli/cases/utf8.test.  Any byte that is not UTF-8 raises."""
import csv
import json
import sys

d = sys.argv[1]
SECT, DASH = "\u00a7", "\u2013"


def read(name):
    with open(f"{d}/o.{name}", encoding="utf-8", errors="strict", newline="") as f:
        return f.read()


with open(f"{d}/o.csv", encoding="utf-8", errors="strict", newline="") as f:
    rows = list(csv.DictReader(f))
print(f"csv: {len(rows)} records, {sum(SECT in r['text'] for r in rows)} with a section sign in text")
recs = [json.loads(line) for line in read("jsonl").splitlines()]
print(f"jsonl: {len(recs)} records, {sum(SECT in r['text'] for r in recs)} with a section sign in text")
for name in ("text", "diag", "html"):
    t = read(name)
    ok = SECT in t and DASH in t and "\ufffd" not in t
    print(f"{name}: strict UTF-8{', with the en dash and section sign' if ok else ', MISSING characters'}")
read("bibtex")
print("bibtex: strict UTF-8")
