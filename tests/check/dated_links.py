#!/usr/bin/env python3
"""dated_links.py -- measures two checks of order in time, on entries built
from the tables (data/) in several styles:

* usc-edition: a U.S. Code section cited in an edition older than its text.
  Sections drawn at random among those data/usc_origin.tsv dates (no prior
  section noted); the edition written is, right, a year on or after the day
  the text entered the statutes (or an older edition with a supplement of
  such a year), or, wrong, a year two to twenty before it and not before
  the day the title took its present numbers ("codified").  Styles: "T
  U.S.C. § S (Y)", "See T U.S.C. § S(a) (Y).", "codified at T U.S.C. § S
  (Y)", "T U.S.C. §§ S-S2 (Y)" (a range from the section), "T U.S.C. § S
  (E & Supp. N Y)".  Sections whose number a prior section held (a Prior
  Provisions note) are cited in an older edition too, as right ones: that
  edition's section of the number is the prior one.  A number the Code gave
  after 2013 (a title created since, data/usc_titles.csv's notes; a move,
  data/usc_transfers.tsv and usc_exits.tsv) is right only in an edition of
  that year or later: an older one had the section under another number.
* law-amended-before: a law said to amend another.  Pairs drawn from
  data/act_amendments.tsv (an Act's numbered law and a numbered law the
  Code's credits show amending it, enacted later, data/public_laws.csv);
  right as they are, or, wrong, the amending law replaced by a numbered law
  enacted one to twenty years before the Act's.  Styles: "Pub. L. No. A, V
  Stat. P, as amended by Pub. L. No. B", "Pub. L. A, DATE, V Stat. P, as
  amended by Pub. L. B", "Public Law A, which was amended by Public Law B",
  "Pub. L. B, amending Pub. L. A", "(Pub. L. A, amended by Pub. L. B)".

usage: tests/check/dated_links.py BIN [--seed N] [--n N] [--report]

Runs `BIN check -f jsonl` on each entry (one a line, a blank line between)
and counts the wrong ones reported with the code, and any warning or error
on the right ones (a false alarm).  Python 3 standard library only.
"""
import os
import random
import sys

from entry_run import diagnostics_by_line

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# the last year an edition or supplement may be of (a later one is a year
# still to come: usc-edition's other finding)
LAST_YEAR = 2025
MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]


def table(name, delim="\t"):
    with open(os.path.join(ROOT, "data", name), encoding="utf-8") as f:
        head = None
        for line in f:
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split(delim)
            if head is None:
                head = cells
                continue
            yield dict(zip(head, cells))


def year(day):
    return int(day[:4])


def editions(rnd, entered, codified, bad):
    """The edition written for a section whose text entered the statutes on
    `entered`: a year on or after it (right), or two to twenty before it and
    not before `codified` (wrong; None when there is no such year)."""
    y = year(entered)
    if bad:
        lo = max(y - 20, year(codified) if codified else 1926, 1926)
        if lo > y - 2:
            return None
        return str(rnd.randint(lo, y - 2))
    if rnd.random() < 0.3 and y >= 1930:
        e = rnd.randint(max(1926, y - 5), y)
        return "%d & Supp. %s %d" % (e, rnd.choice(["I", "II", "III", "IV", "V"]),
                                     rnd.randint(y, max(y, min(y + 3, LAST_YEAR))))
    return str(rnd.randint(y, max(y, min(y + 12, LAST_YEAR))))


def number_since():
    """The year from which each section's number was in the Code, where
    the tables say it began after 2013: its title's first year (a title
    created since: data/usc_titles.csv's notes, "first present in release
    point ... (2017)", "(Dec. 19, 2014)"), or the year the section it moved
    from became a placeholder (data/usc_transfers.tsv, data/usc_exits.tsv).
    An edition older than that had the section under another number, or
    not at all."""
    import re
    first = {}
    for r in table("usc_titles.csv", ","):
        note = r.get("notes", "")
        if "first present in release point" in note:
            m = re.search(r"\((?:[A-Z][a-z]+\.? \d{1,2}, )?(\d{4})\)", note)
            if m:
                first[r["title"]] = int(m.group(1))
    exits = {(r["title"], r["section"]): r for r in table("usc_exits.tsv")}
    since = {}
    for r in table("usc_transfers.tsv"):
        x = exits.get((r["title"], r["section"]))
        if x and not x["before"] and x["date"]:
            since.setdefault((r["to_title"], r["to_section"]), year(x["date"]))
    return first, since


def usc_entries(rnd, n):
    first, since = number_since()
    rows = [r for r in table("usc_origin.tsv") if "App" not in r["title"]]
    rnd.shuffle(rows)
    out = []
    styles = ["{t} U.S.C. § {s} ({e}).", "See {t} U.S.C. § {s}(a) ({e}).",
              "The claim arises under a statute codified at {t} U.S.C. § {s} ({e}).",
              "{t} U.S.C. §§ {s}-{s2} ({e}).", "Cf. {t} U.S.C. § {s} ({e}) (as amended)."]
    sections = {}
    for r in table("usc_origin.tsv"):
        sections.setdefault(r["title"], []).append(r["section"])
    for r in rows:
        if len(out) >= n:
            break
        bad = rnd.random() < 0.5
        entered = r["entered"]
        newer = first.get(r["title"], 0)
        moved = since.get((r["title"], r["section"]), 0)
        if not bad and max(newer, moved) > year(entered):
            # right: an edition of the year its number began or later
            entered = "%d-01-01" % max(newer, moved)
        e = editions(rnd, entered, r["codified"], bad)
        if e is None:
            continue
        if r["prior"] and not (newer and int(e[:4]) < newer):
            # a number a prior section held: an older edition's section of
            # that number is another text -- right as written, silent
            if not bad:
                continue
            bad = False
        style = rnd.choice(styles)
        s2 = r["section"]
        if "{s2}" in style:
            # a range: the next section of the title on record, if all digits
            nums = sorted(x for x in sections[r["title"]] if x.isdigit())
            if not r["section"].isdigit() or not nums:
                continue
            later = [x for x in nums if int(x) > int(r["section"])]
            if not later:
                continue
            s2 = later[0]
        text = style.format(t=r["title"], s=r["section"], s2=s2, e=e)
        out.append(("usc-edition", bad, text))
    return out


def law_text(c, n):
    return "%s-%s" % (c, n)


def amend_entries(rnd, n):
    laws = {}
    for r in table("public_laws.csv", ","):
        if r["enacted"]:
            laws["publ:%s-%s" % (r["congress"], r["law_number"])] = r
    by_year = {}
    for k, r in laws.items():
        by_year.setdefault(year(r["enacted"]), []).append(k)
    pairs = [(r["act"], r["law"]) for r in table("act_amendments.tsv")
             if r["act"] in laws and r["law"] in laws and
             laws[r["law"]]["enacted"] > laws[r["act"]]["enacted"]]
    rnd.shuffle(pairs)
    out = []
    styles = ["Pub. L. No. {a}, {v} Stat. {p}, as amended by Pub. L. No. {b}.",
              "Pub. L. {a}, {d}, {v} Stat. {p}, as amended by Pub. L. {b}.",
              "Public Law {a}, which was amended by Public Law {b}, governs.",
              "Pub. L. {b}, amending Pub. L. {a}.",
              "The program continues (Pub. L. {a}, amended by Pub. L. {b})."]
    for act, law in pairs:
        if len(out) >= n:
            break
        a = laws[act]
        bad = rnd.random() < 0.5
        b = law
        if bad:
            y = year(a["enacted"]) - rnd.randint(1, 20)
            if y < 1951 or y not in by_year:
                continue
            b = rnd.choice(by_year[y])
        if not a["stat_volume"] or not a["stat_page"]:
            continue
        ad = a["enacted"]
        d = "%s %d, %s" % (MONTHS[int(ad[5:7]) - 1], int(ad[8:10]), ad[:4])
        text = rnd.choice(styles).format(a=act[5:], b=b[5:], v=a["stat_volume"],
                                         p=a["stat_page"], d=d)
        out.append(("law-amended-before", bad, text))
    return out


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    binary, seed, n, report = args[0], 1, 200, "--report" in args
    if "--seed" in args:
        seed = int(args[args.index("--seed") + 1])
    if "--n" in args:
        n = int(args[args.index("--n") + 1])
    rnd = random.Random(seed)
    entries = usc_entries(rnd, n) + amend_entries(rnd, n)
    by_line = diagnostics_by_line(binary, [text for _, _, text in entries])
    stats = {}
    for k, (code, bad, text) in enumerate(entries):
        got = by_line.get(2 * k + 1, [])
        s = stats.setdefault(code, [0, 0, 0, 0])  # wrong, reported, right, false alarms
        if bad:
            s[0] += 1
            hit = any(g.get("code") == code for g in got)
            s[1] += hit
            if report and not hit:
                print("missed %s: %s" % (code, text))
        else:
            s[2] += 1
            if got:
                s[3] += 1
                print("false alarm: %s\n  %s" % (text, got[0].get("message")))
    for code, (wrong, found, right, fa) in sorted(stats.items()):
        print("dated_links: seed %d: %s: %d of %d wrong entries reported; %d right ones, %d "
              "false alarms" % (seed, code, found, wrong, right, fa))


if __name__ == "__main__":
    main()
