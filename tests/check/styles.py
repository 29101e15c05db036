#!/usr/bin/env python3
"""styles.py -- measures `statcite check` on a citation list in many styles
written by scripts/make-entries.py (DIR/entries.txt, with the planted errors
and clean entries listed in DIR/entries.expected.jsonl).

usage: tests/check/styles.py BIN DIR [--report]

Runs `BIN check -f jsonl DIR/entries.txt` and counts, per kind of planted
error and per style:
* found: a finding of severity warning or error with the expected code on
  the entry's line (a finding with the right code that is only a note is
  counted apart, as "note only", and is not found);
* fix right: among found errors that have an expected fix, the suggestion of
  a finding with the expected code names the expected value -- the law
  ("Pub. L. 101-336", "Public Law 101-336", "publ:101-336"), the bill
  ("H.R. 3162"), the date (any common spelling), the Statutes at Large page
  ("104 Stat. 327") or the Act's name -- and names no other value of that
  kind besides the one the entry wrongly cites (a list of candidates is not
  a fix);
* false alarms: findings of severity warning or error on a clean entry's
  line, or on a line that is no entry (headers); notes there are listed
  apart.  Findings on a planted line other than the expected one are listed
  with --report but not counted.

Exit status 1 when below the acceptance thresholds of issue 10 (>= 97% found,
>= 90% right fixes among found errors that have an expected fix, 0 false
alarms), 2 when the program could not be run; 0 otherwise.  --report prints
every miss, wrong fix, false alarm and note; without it, the first 25 of each.
"""
import collections
import datetime as dt
import json
import os
import re
import subprocess
import sys

FOUND_MIN, FIX_MIN = 0.97, 0.90
MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
for _m, _i in list(MONTHS.items()):
    MONTHS[_m[:3]] = _i
MONTHS["sept"] = 9
MON = r"(january|february|march|april|may|june|july|august|september|october|november|december|" \
      r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
BILL_RE = re.compile(r"\b(H\.\s?R\.\s?J\.\s?Res\.|H\.\s?R\.\s?Con\.\s?Res\.|H\.\s?R\.\s?Res\.|H\.\s?Con\.\s?Res\.|S\.\s?Con\.\s?Res\.|H\.\s?J\.\s?Res\.|"
                     r"S\.\s?J\.\s?Res\.|H\.\s?Res\.|S\.\s?Res\.|H\.\s?R\.|S\.|Senate Bill|House Bill)\s*(\d+)\b")
BILL_TYPE = {"H.R.J.Res.": "hjres", "H.R.Con.Res.": "hconres",  # the Bluebook's House forms
             "H.R.Res.": "hres", "H.Con.Res.": "hconres", "S.Con.Res.": "sconres",
             "H.J.Res.": "hjres", "S.J.Res.": "sjres", "H.Res.": "hres", "S.Res.": "sres",
             "H.R.": "hr", "S.": "s", "SenateBill": "s", "HouseBill": "hr"}
LAWS = ("hr", "s", "hjres", "sjres")  # only these become law: the only candidate fixes


def laws_in(s):
    out = set()
    for m in re.finditer(r"(?:Pub(?:lic)?\.?\s*L(?:aw)?\.?|P\.\s?L\.)(?:\s*No\.?:?)?\s*(\d+)\s*[-\u2013]\s*(\d+)",
                         s):
        out.add(f"publ:{int(m.group(1))}-{int(m.group(2))}")
    for m in re.finditer(r"publ:(\d+)-(\d+)", s):
        out.add(f"publ:{int(m.group(1))}-{int(m.group(2))}")
    return out


def bills_in(s):
    out = set()
    for m in BILL_RE.finditer(s):
        t = BILL_TYPE[re.sub(r"\s", "", m.group(1))]
        out.add(f"bill:{t}/{int(m.group(2))}")
    return out


def dates_in(s):
    out = set()
    low = s.lower()

    def add(y, mo, d):
        try:
            out.add(dt.date(int(y), int(mo), int(d)).isoformat())
        except ValueError:
            pass
    for m in re.finditer(MON + r"\s+(\d{1,2}),?\s+(\d{4})", low):
        add(m.group(3), MONTHS[m.group(1)], m.group(2))
    for m in re.finditer(r"\b(\d{1,2})\s+" + MON + r"\s+(\d{4})", low):
        add(m.group(3), MONTHS[m.group(2)], m.group(1))
    for m in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\b", low):
        add(m.group(1), m.group(2), m.group(3))
    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", low):
        add(m.group(3), m.group(1), m.group(2))
    # "7/26/90": the generator writes two-digit years only for 1928-2027
    for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/])", low):
        yy = int(m.group(3))
        add(2000 + yy if yy <= 27 else 1900 + yy, m.group(1), m.group(2))
    return out


def pages_in(s):
    return {f"stat:{int(m.group(1))}/{int(m.group(2))}"
            for m in re.finditer(r"\b(\d+)\s+Stat\.\s+(\d+)", s)}


def norm_name(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s.lower()).strip()


def congresses_in(s):
    """The Congresses s names by ordinal ("111th Congress", "112th Cong.")."""
    return {m.group(1) for m in re.finditer(r"\b(\d{1,3})(?:st|nd|rd|th|d)\s+Cong", s)}


def cited_values(rec, kind):
    """The values of a fix's kind that the entry itself wrongly states (allowed in a suggestion)."""
    e = rec["entry"]
    return {"law": laws_in, "bill": bills_in, "date": dates_in, "page": pages_in,
            "congress": congresses_in}.get(kind, lambda s: set())(e)


def fix_right(rec, sugg):
    fx = rec["fix"]
    t, want = fx["type"], fx["value"]
    if t == "name":
        w = norm_name(want)
        return w in norm_name(sugg) or re.sub(r"^the ", "", w) in norm_name(sugg)
    got = {"law": laws_in, "bill": bills_in, "date": dates_in, "page": pages_in,
           "congress": congresses_in}[t](sugg)
    if t == "bill":
        got = {b for b in got if b.split(":")[1].split("/")[0] in LAWS}
    if want not in got:
        return False
    return not (got - {want} - cited_values(rec, t))


def run(bin_, path):
    cmds = [[bin_, "check", "-f", "jsonl", "--color", "never", path],
            [bin_, "--check", "-f", "jsonl", path]]
    for c in cmds:
        p = subprocess.run(c, capture_output=True, text=True)
        if p.returncode in (0, 1) and (p.stdout or not p.stderr):
            return p.stdout
    sys.stderr.write(f"styles: cannot run {bin_}: {p.stderr}")
    sys.exit(2)


def pct(a, b):
    return f"{100.0 * a / b:5.1f}%" if b else "    -"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    report = "--report" in sys.argv[1:]
    if len(args) != 2:
        sys.stderr.write("usage: tests/check/styles.py BIN DIR [--report]\n")
        return 2
    bin_, d = args
    doc = os.path.join(d, "entries.txt")
    with open(os.path.join(d, "entries.expected.jsonl"), encoding="utf-8") as f:
        recs = [json.loads(l) for l in f if l.strip()]
    by_line = {r["line"]: r for r in recs}
    # a wrapped entry's findings are its first line's
    owner = {ln: r["line"] for r in recs for ln in range(r["line"], r.get("last", r["line"]) + 1)}
    finds = collections.defaultdict(list)  # line -> findings
    for l in run(bin_, doc).splitlines():
        if not l.strip():
            continue
        c = json.loads(l)
        for dg in c.get("diagnostics", []):
            finds[owner.get(c["line"], c["line"])].append({"code": dg.get("code"), "severity": dg.get("severity"),
                                     "message": dg.get("message", ""),
                                     "suggestion": dg.get("suggestion", ""), "cite": c.get("text")})

    planted = [r for r in recs if r["kind"] != "clean"]
    clean = [r for r in recs if r["kind"] == "clean"]
    per_kind = collections.defaultdict(lambda: [0, 0, 0, 0])  # n, found, withfix, fixright
    per_var = collections.defaultdict(lambda: [0, 0])  # (kind, variant) -> n, found
    per_style = collections.defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # + clean n, false alarms
    misses, wrongfix, noteonly, others = [], [], [], []
    for r in planted:
        fs = finds.get(r["line"], [])
        right = [x for x in fs if x["code"] == r["code"] and x["severity"] in ("warning", "error")]
        k, s = per_kind[r["kind"]], per_style[r["style"]]
        k[0] += 1
        s[0] += 1
        per_var[(r["kind"], r.get("variant"))][0] += 1
        per_var[(r["kind"], r.get("variant"))][1] += bool(right)
        if right:
            k[1] += 1
            s[1] += 1
            if r["fix"]:
                k[2] += 1
                s[2] += 1
                if any(x["suggestion"] and fix_right(r, x["suggestion"]) for x in right):
                    k[3] += 1
                    s[3] += 1
                else:
                    wrongfix.append((r, right))
        else:
            misses.append((r, fs))
            if any(x["code"] == r["code"] for x in fs):
                noteonly.append(r)
        for x in fs:
            if x not in right:
                others.append((r, x))
    false_alarms, clean_notes = [], []
    for r in clean:
        s = per_style[r["style"]]
        s[4] += 1
        for x in finds.get(r["line"], []):
            if x["severity"] in ("warning", "error"):
                false_alarms.append((r, x))
            else:
                clean_notes.append((r, x))
    fa_lines = {r["line"] for r, _ in false_alarms}
    for r in clean:
        if r["line"] in fa_lines:
            per_style[r["style"]][5] += 1
    outside = [(ln, x) for ln, xs in finds.items() if ln not in by_line for x in xs]
    stray = [(ln, x) for ln, x in outside if x["severity"] in ("warning", "error")]

    n = len(planted)
    found = sum(v[1] for v in per_kind.values())
    wf = sum(v[2] for v in per_kind.values())
    fr = sum(v[3] for v in per_kind.values())
    nfa = len(fa_lines) + len({ln for ln, _ in stray})
    print(f"styles: {len(recs)} entries ({n} planted, {len(clean)} clean) in {d}")
    print(f"{'kind':28} {'planted':>7} {'found':>7} {'':>6} {'w/fix':>6} {'fix ok':>6} {'':>6}")
    for kname in sorted(per_kind):
        v = per_kind[kname]
        print(f"{kname:28} {v[0]:7d} {v[1]:7d} {pct(v[1], v[0])} {v[2]:6d} {v[3]:6d} {pct(v[3], v[2])}")
    print(f"{'all':28} {n:7d} {found:7d} {pct(found, n)} {wf:6d} {fr:6d} {pct(fr, wf)}")
    print()
    print(f"{'style':12} {'planted':>7} {'found':>7} {'':>6} {'w/fix':>6} {'fix ok':>6} {'':>6} "
          f"{'clean':>6} {'false alarms':>12}")
    for sname in sorted(per_style):
        v = per_style[sname]
        print(f"{sname:12} {v[0]:7d} {v[1]:7d} {pct(v[1], v[0])} {v[2]:6d} {v[3]:6d} {pct(v[3], v[2])} "
              f"{v[4]:6d} {v[5]:12d}")
    print(f"notes on clean entries: {len(clean_notes)}; right code only as a note: {len(noteonly)}; "
          f"warnings/errors on non-entry lines: {len(stray)}")

    if report:
        print("\nper variant (found / planted):")
        for (kname, var), v in sorted(per_var.items(), key=lambda x: (x[0][0], str(x[0][1]))):
            print(f"  {kname + '/' + str(var):44} {v[1]:3d} / {v[0]:3d}")
    lim = None if report else 25

    def show(title, items, fmt):
        if not items:
            return
        print(f"\n{title} ({len(items)}):")
        for it in items[:lim]:
            print("  " + fmt(it))
        if lim is not None and len(items) > lim:
            print(f"  ... {len(items) - lim} more (--report prints all)")

    def ff(x):
        return f"[{x['severity']} {x['code']}] {x['message']}" + (
            f" | note: {x['suggestion']}" if x["suggestion"] else "")
    show("MISSED (no warning/error with the expected code)", misses,
         lambda t: f"{t[0]['line']}: {t[0]['style']} {t[0]['kind']}/{t[0]['variant']} "
                   f"want {t[0]['code']} on {t[0]['text']!r}: {t[0]['entry']}"
                   + "".join(f"\n      got {ff(x)}" for x in t[1]))
    show("WRONG OR NO FIX", wrongfix,
         lambda t: f"{t[0]['line']}: {t[0]['style']} {t[0]['kind']} want {t[0]['fix']['type']} "
                   f"{t[0]['fix']['value']!r}: {t[0]['entry']}"
                   + "".join(f"\n      got {ff(x)}" for x in t[1]))
    show("FALSE ALARMS on clean entries", false_alarms,
         lambda t: f"{t[0]['line']}: {t[0]['style']}{'/' + t[0]['variant'] if t[0].get('variant') else ''}"
                   f" {t[0]['entry']}\n      got {ff(t[1])}")
    show("WARNINGS/ERRORS on lines that are no entry", stray, lambda t: f"{t[0]}: {ff(t[1])}")
    if report:
        show("NOTES on clean entries", clean_notes,
             lambda t: f"{t[0]['line']}: {t[0]['entry']}\n      got {ff(t[1])}")
        show("OTHER FINDINGS on planted lines (not counted)", others,
             lambda t: f"{t[0]['line']}: {t[0]['kind']}: {ff(t[1])}")

    ok = n and found / n >= FOUND_MIN and (not wf or fr / wf >= FIX_MIN) and nfa == 0
    print(f"\nstyles: found {pct(found, n).strip()} (>= {FOUND_MIN:.0%}), right fixes "
          f"{pct(fr, wf).strip()} (>= {FIX_MIN:.0%}), false alarms on {nfa} lines (0): "
          f"{'PASSED' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
