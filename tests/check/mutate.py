#!/usr/bin/env python3
"""mutate.py -- how many errors the checker finds in real documents, in the
phrasing the documents have: one fact of a correct entry is changed at a time
and the checker is asked again.

    python3 tests/check/mutate.py BIN FILE_OR_DIR... [--seed S] [--per-file N]
                                  [--report] [--json OUT]

For each document (plain text or HTML, as statcite reads it), `BIN --check
-f jsonl` lists its citations.  A site is a public law the checker passes
(status ok) whose own facts -- its first Statutes at Large page (vol. Stat.
page) or its enactment date, in any of the usual spellings -- are written
within its paragraph (at most 400 bytes each way, never across a blank line),
so that a wrong law number, page or date contradicts something the entry says.
Each site gets one change of each kind that applies:

  law    the law's number becomes that of another law of the same Congress,
         with as many digits and one digit changed, whose date and page differ
         (a typo that names another real law: "104-193" for "104-191");
  page   the page becomes the first page of the law before it in the volume,
         or of the law after the next one (a neighbour's page, copied by
         mistake; the next law's own first page may be this law's last);
  date   the day of the date becomes the day after it (or before it, at a
         month's end); the spelling is kept;
  bill   the law's bill, written in the paragraph ("H.R. 3162"), gets the
         next number (a site of its own: the bill is the law's fact);
  name   the year of the law's short title written in the paragraph ("...
         Act of 1990") becomes the year before.

The change is found when the run on the changed document reports an error or a
warning inside the site's paragraph that the run on the original did not.
Changes far apart (4,000 bytes) share one run.  The document is never cut: its
own date and its other entries stay as they were.

The sites come from the tables in data/ (public_laws.csv), the documents from
wherever they are; nothing is tuned to them.  This is a measurement, not a
test: it prints the rates (and, with --report, every change not found with its
line), and exits 0 unless the program fails.
"""
import argparse
import calendar
import csv
import json
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "data", "public_laws.csv")

MONTHS = [None, "January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = [None, ["Jan"], ["Feb"], ["Mar"], ["Apr"], [], [], [], ["Aug"], ["Sept", "Sep"], ["Oct"],
        ["Nov"], ["Dec"]]
REACH = 400
APART = 4000


def load_laws():
    laws, by_vol = {}, {}
    with open(DATA, encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        for r in rows:
            try:
                c, n = int(r["congress"]), int(r["law_number"])
            except ValueError:
                continue
            vol = r["stat_volume"].strip()
            page = r["stat_page"].strip()
            laws[(c, n)] = (r["enacted"], vol, page, r["bill"].strip(), r["short_title"].strip())
            if vol.isdigit() and page.isdigit():
                by_vol.setdefault(int(vol), []).append((int(page), c, n))
    for v in by_vol.values():
        v.sort()
    return laws, by_vol


def run(binary, path):
    p = subprocess.run([binary, "--check", "-f", "jsonl", path], capture_output=True)
    if p.returncode not in (0, 1):
        sys.exit(f"mutate: {binary} failed on {path} (exit {p.returncode}): "
                 f"{p.stderr.decode(errors='replace')[:300]}")
    out = []
    for line in p.stdout.decode("utf-8", errors="replace").splitlines():
        if line.startswith("{"):
            out.append(json.loads(line))
    return out


def paragraph(text, s, e):
    """The paragraph around text[s:e]: at most REACH bytes each way, never
    across a blank line."""
    lo = max(0, s - REACH)
    m = None
    for m in re.finditer(r"\n[ \t\r]*\n", text[lo:s]):
        pass
    if m:
        lo += m.end()
    hi = min(len(text), e + REACH)
    m = re.search(r"\n[ \t\r]*\n", text[e:hi])
    if m:
        hi = e + m.start()
    return lo, hi


def date_regex(ymd):
    y, m, d = (int(x) for x in ymd.split("-"))
    names = [MONTHS[m]] + ABBR[m]
    nm = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"(?<![\w/])(?:(?P<a>(?:{nm})\.?\s+)(?P<ad>0?{d})(?P<at>(?:st|nd|rd|th)?,?\s+{y})"
        rf"|(?P<b>0?{d}\s+(?:{nm})\.?,?\s+{y})"
        rf"|(?P<cm>0?{m}/)(?P<cd>0?{d})(?P<ct>/{y})"
        rf"|(?P<i>{y}-{m:02d}-)(?P<id>{d:02d}))(?!\d)"), (y, m, d)


def page_regex(vol, page):
    return re.compile(rf"(?<!\d){vol}\s+(?:Stat|STAT)\.?\s+{page}(?!\d)")


BILL_FORMS = {"hr": r"H\.\s?R\.\s?", "s": r"S\.\s?", "hjres": r"H\.\s?J\.\s?Res\.\s?",
              "sjres": r"S\.\s?J\.\s?Res\.\s?"}


def bill_regex(bill):
    """The law's bill as written ("H.R. 3162", "H.R.3162", "S. 933")."""
    m = re.match(r"([a-z]+)(\d+)$", bill)
    if not m or m.group(1) not in BILL_FORMS:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![\w.]){BILL_FORMS[m.group(1)]}(?P<n>{m.group(2)})(?!\d)")


def title_regex(title):
    """The law's short title with its year ("... Act of 1990")."""
    m = re.match(r"(?:the )?(.+ of )(\d{4})$", title)
    if not m:
        return re.compile(r"(?!x)x")
    words = r"\s+".join(re.escape(w) for w in m.group(1).split())
    return re.compile(rf"{words}\s*(?P<y>{m.group(2)})(?!\d)")


def other_law(laws, c, n, rng):
    """Another law of Congress c: as many digits as n, one digit changed,
    with a date and a page of its own."""
    s = str(n)
    own = laws[(c, n)]
    cands = []
    for i in range(len(s)):
        for d in "0123456789":
            if d == s[i] or (i == 0 and d == "0"):
                continue
            k = int(s[:i] + d + s[i + 1:])
            o = laws.get((c, k))
            if o and o[0] and o[0] != own[0] and o[2] and o[2] != own[2]:
                cands.append(k)
    return rng.choice(cands) if cands else None


def other_page(by_vol, vol, page, rng):
    """A page that cannot be the law's: the first page of the law before it
    in the volume, or of the law after the next one (the next law's first
    page may still be the law's last, where a pin can stand)."""
    rows = [p for p, _, _ in by_vol.get(int(vol), [])]
    pages = sorted(set(rows))
    p = int(page)
    before = [q for q in pages if q < p]
    after = [q for q in pages if q > p]
    cands = ([before[-1]] if before else []) + ([after[1]] if len(after) > 1 else [])
    return rng.choice(cands) if cands else None


def sites_of(text, recs, laws, by_vol, rng):
    """The changes to make in one document: (kind, start, end, new, lo, hi, line)."""
    changes = []
    for r in recs:
        if r.get("type") != "public_law" or r.get("status") != "ok":
            continue
        s, e = r["start"], r["end"]
        if text[s:e].encode("latin-1").decode("utf-8", "replace") != r["text"]:
            continue  # offsets of an HTML page's text, not its bytes
        c, n = r.get("congress"), r.get("law_number")
        law = laws.get((c, n))
        if not law or not law[0]:
            continue
        enacted, vol, page, bill, title = law
        lo, hi = paragraph(text, s, e)
        para = text[lo:hi]
        pm = page_regex(vol, page).search(para) if vol and page else None
        dre, (y, m, d) = date_regex(enacted)
        dm = dre.search(para)
        bm = bill_regex(bill).search(para) if bill else None
        tm = title_regex(title).search(para) if title else None
        if bm:
            bs = lo + bm.start("n")
            old = bm.group("n")
            new = str(int(old) + 1)
            changes.append(("bill", bs, bs + len(old), new, lo, hi,
                            text.count("\n", 0, s) + 1))
        if tm:
            ys = lo + tm.start("y")
            changes.append(("name", ys, ys + 4, str(int(tm.group("y")) - 1), lo, hi,
                            text.count("\n", 0, s) + 1))
        if not pm and not dm:
            continue
        line = text.count("\n", 0, s) + 1
        # law: the number's digits at the citation's end
        k = other_law(laws, c, n, rng)
        mm = re.search(rf"(?<!\d){n}\s*$", text[s:e])
        if k is not None and mm:
            changes.append(("law", s + mm.start(), s + mm.start() + len(str(n)), str(k), lo, hi,
                            line))
        if pm:
            q = other_page(by_vol, vol, page, rng)
            if q is not None:
                ps = lo + pm.end() - len(page)
                changes.append(("page", ps, ps + len(page), str(q), lo, hi, line))
        if dm:
            nd = d + 1 if d < calendar.monthrange(y, m)[1] else d - 1
            for g in ("ad", "cd", "id"):
                if dm.group(g) is not None:
                    old = dm.group(g)
                    new = f"{nd:02d}" if (len(old) == 2) else str(nd)
                    ds = lo + dm.start(g)
                    changes.append(("date", ds, ds + len(old), new, lo, hi, line))
                    break
            else:  # "26 July 1990": the day leads
                b = dm.group("b")
                dd = re.match(r"0?\d+", b).group(0)
                ds = lo + dm.start("b")
                new = f"{nd:02d}" if len(dd) == 2 else str(nd)
                changes.append(("date", ds, ds + len(dd), new, lo, hi, line))
    return changes


def found(recs, lo, hi):
    """The (start, code) of the errors and warnings inside [lo, hi)."""
    out = set()
    for r in recs:
        if lo <= r["start"] < hi:
            for dg in r.get("diagnostics", []):
                if dg.get("severity") in ("error", "warning"):
                    out.add((r["start"], dg["code"]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-file", type=int, default=40, help="sites at most per document")
    ap.add_argument("--report", action="store_true")
    ap.add_argument("--json")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    laws, by_vol = load_laws()
    files = []
    for p in a.paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [os.path.join(root, x) for x in sorted(names)]
        else:
            files.append(p)
    files.sort()
    tally = {}
    misses = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            raw = open(path, "rb").read()
            # offsets are bytes: read each byte as one character (latin-1), and
            # compare a citation's text with its bytes read as UTF-8
            text = raw.decode("latin-1")
            base = run(a.binary, path)
            changes = sites_of(text, base, laws, by_vol, rng)
            if not changes:
                continue
            rng.shuffle(changes)
            by_kind = {}
            for ch in changes:
                by_kind.setdefault(ch[0], []).append(ch)
            picked = []
            for kind in sorted(by_kind):
                picked += by_kind[kind][: a.per_file]
            # rounds of changes far apart
            while picked:
                batch, rest = [], []
                for ch in sorted(picked, key=lambda x: x[1]):
                    if all(abs(ch[4] - b[4]) > APART for b in batch):
                        batch.append(ch)
                    else:
                        rest.append(ch)
                picked = rest
                new = text
                for ch in sorted(batch, key=lambda x: -x[1]):
                    new = new[: ch[1]] + ch[3] + new[ch[2]:]
                mpath = os.path.join(tmp, os.path.basename(path))
                with open(mpath, "wb") as f:
                    f.write(new.encode("latin-1"))
                after = run(a.binary, mpath)
                for ch in batch:
                    kind, s, e, rep, lo, hi, line = ch
                    # offsets after the change: shifted by the changes before it
                    shift = sum(len(b[3]) - (b[2] - b[1]) for b in batch if b[1] < s)
                    delta = len(rep) - (e - s)
                    was = {(x, c) for x, c in found(base, lo, hi)}
                    was = {(x + shift + (delta if x >= e else 0), c) for x, c in was}
                    now = found(after, lo + shift, hi + shift + delta)
                    hit = bool(now - was)
                    t = tally.setdefault(kind, [0, 0])
                    t[0] += 1
                    t[1] += hit
                    if not hit:
                        ex = text[max(lo, s - 160):min(hi, e + 160)].replace("\n", " ")
                        ex = ex.encode("latin-1").decode("utf-8", "replace")
                        misses.append((kind, path, line, text[s:e], rep, ex))
    total = [0, 0]
    for kind in sorted(tally):
        n, h = tally[kind]
        total[0] += n
        total[1] += h
        print(f"mutate: {kind:5} {h:5} of {n:5} found ({100.0 * h / n:5.1f}%)")
    if total[0]:
        print(f"mutate: all   {total[1]:5} of {total[0]:5} found "
              f"({100.0 * total[1] / total[0]:5.1f}%)")
    if a.report:
        for kind, path, line, old, rep, ex in misses:
            print(f"MISS {kind} {path}:{line}: {old} -> {rep}: ...{ex}...")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"tally": tally, "misses": misses}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
