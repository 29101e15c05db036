#!/usr/bin/env python3
"""entries_audit.py -- checks the instrument, not the checker: reads a list
written by scripts/make-entries.py (DIR/entries.txt and
DIR/entries.expected.jsonl) and verifies it independently against data/,
with its own parsing (that of tests/check/styles.py):

* every record's line holds its entry, and a planted record's wrong text is
  on that line;
* every law a clean entry cites exists; in a clean entry citing one law,
  every Stat. page is in that law's volume and from its first page up to
  (not including) the next first page of any law of the volume, every full
  date is its enactment date, a year in parentheses after a Stat. page is
  its enactment year, every bill is its bill;
* a section cited as repealed or transferred (a clean "historic" entry) has
  that status in data/usc_sections.tsv;
* every expected fix is the truth about the entry's law (its key, bill,
  date, first page or short title).

usage: tests/check/entries_audit.py DIR     (run from the repository root)
Exit 1 with a list of what is wrong, 0 when all holds.
"""
import bisect
import csv
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import styles as S  # noqa: E402  (the harness's parsers)


def rows(path, delim=","):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter=delim,
                                   quoting=csv.QUOTE_NONE if delim == "\t" else csv.QUOTE_MINIMAL))


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: tests/check/entries_audit.py DIR\n")
        return 2
    d = sys.argv[1]
    with open(os.path.join(d, "entries.txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    with open(os.path.join(d, "entries.expected.jsonl"), encoding="utf-8") as f:
        recs = [json.loads(l) for l in f if l.strip()]
    pub = {f"publ:{int(r['congress'])}-{int(r['law_number'])}": r
           for r in rows("data/public_laws.csv") if r["law_number"].isdigit()}
    starts = {}
    for r in list(pub.values()) + rows("data/private_laws.csv"):
        if r["stat_volume"].isdigit() and r["stat_page"].isdigit():
            starts.setdefault(int(r["stat_volume"]), set()).add(int(r["stat_page"]))
    starts = {v: sorted(p) for v, p in starts.items()}
    presidents = rows("data/presidents.csv")
    with open("data/usc_sections.tsv", encoding="utf-8") as f:
        secs = {tuple(l.split("\t")[:2]): l.split("\t")[2] for l in f if not l.startswith("#")}
    own_secs = {}  # law -> its sections in the Code (source credits, sections it added)
    for r in rows("data/act_sections.tsv", "\t") + rows("data/usc_added.tsv", "\t"):
        own_secs.setdefault(r.get("act") or r.get("law"), set()).add(
            (r["title"], r.get("usc_section") or r.get("section")))
    bad = []

    def fail(rec, why):
        bad.append(f"{rec['line']}: {why}: {rec['entry']}")

    for rec in recs:
        e = rec["entry"]
        if "\n".join(lines[rec["line"] - 1:rec.get("last", rec["line"])]) != e:
            fail(rec, "the line does not hold the entry")
            continue
        if rec.get("variant") == "historic":  # a section cited with its marker: it must be gone
            m = re.search(r"(\d+) U\.S\.C\. (\S+?)\.?$", rec["text"])
            if not m or secs.get((m.group(1), m.group(2))) not in ("repealed", "transferred"):
                fail(rec, f"{rec['text']} is not a repealed or transferred section of the table")
        if rec["law"] is None:
            continue
        row = pub.get(rec["law"])
        if row is None:
            fail(rec, f"no such law {rec['law']}")
            continue
        if rec["kind"] != "clean":
            if rec["text"] not in e:
                fail(rec, f"the planted text {rec['text']!r} is not in the entry")
            vol0, first0 = int(row["stat_volume"]), int(row["stat_page"])
            if rec["kind"] == "stat-pin":  # the pin is before the page it pins
                m = re.search(r"\b(\d+) Stat\. (\d+), (\d+)", rec["text"])
                if not m or int(m.group(3)) >= int(m.group(2)):
                    fail(rec, f"{rec['text']!r} has no pin before its page")
            if rec["kind"] == "stat-first-page":  # inside the law, its first page's digits swapped
                m = re.search(r"\b(\d+) Stat\. (\d+)", rec["text"])
                pg = int(m.group(2)) if m else 0
                p = starts.get(vol0, [])
                nxt = p[bisect.bisect_right(p, first0)] if bisect.bisect_right(p, first0) < len(p) else None
                if (not m or int(m.group(1)) != vol0 or pg <= first0 or nxt is None or pg >= nxt
                        or sorted(str(pg)) != sorted(str(first0))):
                    fail(rec, f"{rec['text']!r} is not a page inside {rec['law']} with the digits of {first0}")
            fx = rec["fix"]
            if fx:
                truth = {"law": rec["law"], "bill": "bill:" + re.sub(r"(\D+)(\d+)", r"\1/\2", row["bill"]),
                         "date": row["enacted"], "page": f"stat:{row['stat_volume']}/{row['stat_page']}",
                         # (the record's brackets dropped, as the generator and statcite do)
                         "name": re.sub(r"^<(.*)>$", r"\1", row["short_title"]).rstrip("."),
                         "congress": rec["law"].split(":")[1].split("-")[0]}[fx["type"]]
                if fx["value"] != truth:
                    fail(rec, f"expected fix {fx['value']!r} is not the law's {truth!r}")
            continue
        laws = S.laws_in(e)
        for k in laws:
            if k not in pub:
                fail(rec, f"cites {k}, which does not exist")
        # where the entry says the law is in the Code: one of its own sections
        for m in re.finditer(r"codified (?:as amended )?at (\d+) U\.S\.C\. \u00a7 (\S+?)(?: et seq\.| note)?\)", e):
            if (m.group(1), m.group(2)) not in own_secs.get(rec["law"], set()):
                fail(rec, f"{m.group(1)} U.S.C. {m.group(2)} is not a section of {rec['law']}")
        e = e.split("; see also ")[0]  # a footnote's second law is its own row's facts
        if S.laws_in(e) != {rec["law"]}:
            continue  # several laws: each was built from its own row; their existence is checked above
        vol, first = int(row["stat_volume"]), int(row["stat_page"])
        p = starts.get(vol, [])
        i = bisect.bisect_right(p, first)
        nxt = p[i] if i < len(p) else None
        for m in re.finditer(r"\b(\d+) Stat\. (\d+)((?:, \d+)*)|\b(\d+) Stat\. at (\d+)", e):
            v = int(m.group(1) or m.group(4))
            pages = [int(m.group(2) or m.group(5))] + [int(x) for x in re.findall(r"\d+", m.group(3) or "")]
            for pg in pages:
                if v != vol or pg < first or (nxt is not None and pg >= nxt) or (
                        nxt is None and pg != first):
                    fail(rec, f"{v} Stat. {pg} is not inside {rec['law']} ({vol} Stat. {first}, next {nxt})")
        named = row["short_title"].rstrip(".")
        for dd in S.dates_in(e.replace(named, "") if named else e):  # not "May 31, 1918 Act Repeal Act"
            if dd != row["enacted"]:
                fail(rec, f"date {dd} is not the enactment date {row['enacted']}")
        for m in re.finditer(r"President ([A-Z][a-z]+)", e):
            day = row["enacted"]
            if m.group(1) not in {p["last"] for p in presidents}:
                continue  # "21st Century President Act"
            if not any(p["last"] == m.group(1) and p["start"] <= row["enacted"] <= p["end"]
                       for p in presidents):
                fail(rec, f"President {m.group(1)} was not in office on {day}")
        cong = rec["law"].split(":")[1].split("-")[0]
        for c in S.congresses_in(e):
            if c != cong:
                fail(rec, f"the {c}th Congress is not the law's ({cong})")
        for m in re.finditer(r"Stat\. [\d, ]+\((\d{4})\)", e):
            if m.group(1) != row["enacted"][:4]:
                fail(rec, f"year {m.group(1)} is not the enactment year")
        for b in S.bills_in(e):
            if b.replace("bill:", "").replace("/", "") != row["bill"]:
                fail(rec, f"bill {b} is not the law's bill {row['bill']}")
    for b in bad:
        print(b)
    n = sum(1 for r in recs if r["kind"] == "clean")
    print(f"entries_audit: {len(recs)} records ({n} clean) in {d}: "
          f"{'OK' if not bad else str(len(bad)) + ' problems'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
