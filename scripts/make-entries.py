#!/usr/bin/env python3
"""make-entries.py -- a citation list in many styles, built from REAL rows of
data/ (public_laws.csv, private_laws.csv, congresses.csv, usc_sections.tsv),
with one planted error in about a third of the entries; the instrument that
measures `statcite check` (tests/check/styles.py reads what it writes).

usage: scripts/make-entries.py --seed N --out DIR     (run from the repository root)

Writes DIR/entries.txt (the document: a header line per style block, entries
separated as that style separates them) and DIR/entries.expected.jsonl (one
record per entry: clean entries with their line and style; planted ones with
kind, variant, expected code, the wrong text, the expected fix or null, and
the facts of the entry that point to that fix).  Deterministic per seed;
python3, standard library only.

Styles (a header line each): bluebook (table of authorities: pins, year or
date, "(enacting H.R. N, Cong. (Y))"), footnote (law review: "See ...; see
also ...", "id., V Stat. at P", "Prior to its repeal by ..."), prose
(legislative history, the date first: signed / signed into law on /
approved / enacted / became law on), crs ("(P.L. C-N; V Stat. P; H.R. N)"
and "(P.L. C-N, H.R. N, Oct. 26, 2001)"), numbered ("1." or "(a)"), status
(bill-status table, "Became Public Law No: C-N | MM/DD/YYYY"), authority
(agency "Authority:" lines with U.S.C. sections), seed (the list shape of
../shared/corpus/dev/docs/seed.txt), billafter (the bill after the law),
named (the Act's name with the law), uscnote (our own, from the U.S. Code's
notes in ../shared/corpus/dev/docs/usc-06-101-notes-excerpt.txt: Short
Title notes, source credits with en dashes, Effective Date notes, repeals).
"(codified as amended at T U.S.C. § S et seq.)" and an Act's section between
its name and its law give one of the law's own sections in force (its
source credits classify it there, data/act_sections.tsv, or it added it,
data/usc_added.tsv), or are not written.

Rules the generator keeps (so that the measurement is honest):
* Only rows without `flags`, with stat_source "statutes", a bill of the
  forms H.R./S./H.J. Res./S.J. Res. that became no other law of its Congress,
  and a Congress of the 85th-118th are used (clean or planted): a finding on
  an uncertain row may rightly be softened, and the 119th is in progress.
* Every law appears in at most one entry; a law whose bill, page or name is
  borrowed for a planted error is not cited anywhere else (no doc-level code).
* Clean entries are true to the data: dates are enactment dates, pins fall
  inside the law (before the next first page of any public or private law of
  the volume), section pins and repeal notes come from the Code's own
  "Repealed. Pub. L. ..." headings, historic sections carry their marker.
* A planted entry has exactly one wrong fact; the expected fix is given only
  when the entry's OTHER facts (bill with its Congress, a Stat. page that
  begins one law only, a short title held by one law only, the law number
  itself) determine it.  Other findings on a planted line are not counted.

Expected codes for situations docs/checks.md does not name yet (for the lead
to adopt or change):
* act-name-mismatch -- the name of another law with this law's number (issue 10).
* bill-congress     -- a bill "of the 0th Congress" (docs say "has not met
                       yet"; the 0th never will: the bill analogue of congress-range).
* stat-mismatch     -- a pin page past the law's end (docs: pins inside are fine).
* usc-section-unknown -- a section with more digits than any section of its
                       title, or a hyphenated section the title does not have.
"""
import argparse
import bisect
import csv
import datetime as dt
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import acronyms  # noqa: E402  (scripts/acronyms.py)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR_USC = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
            "Nov.", "Dec."]  # the Code's and the Bluebook's abbreviations
ABBR3 = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.",
         "Dec."]
BILL = {"hr": "H.R.", "s": "S.", "hjres": "H.J. Res.", "sjres": "S.J. Res."}
RES = {"hr": ["H. Res.", "H. Con. Res."], "hjres": ["H. Con. Res.", "H. Res."],
       "s": ["S. Con. Res.", "S. Res."], "sjres": ["S. Con. Res.", "S. Res."]}


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def rows(path, delim=","):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter=delim,
                                   quoting=csv.QUOTE_NONE if delim == "\t" else csv.QUOTE_MINIMAL))


def norm_name(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"\s+", " ", s.strip().lower()).rstrip(".")  # (a record's "... Act, 1965.")
    return re.sub(r"^the ", "", s)


def base_name(s):
    """The name without its year: 'X Act of 1990' and 'X Act, 1990' -> 'x act'."""
    s = norm_name(s)
    s = re.sub(r"(,? of \d{4}|, \d{4}| for fiscal year \d{4})$", "", s)
    return s


# ---------------------------------------------------------------- the data
class Data:
    def __init__(self, root="data"):
        self.congs = {int(r["congress"]): r for r in rows(os.path.join(root, "congresses.csv"))}
        pub = rows(os.path.join(root, "public_laws.csv"))
        priv = rows(os.path.join(root, "private_laws.csv"))
        starts, self.page_count = {}, {}
        for r in pub + priv:
            if r["stat_volume"].isdigit() and r["stat_page"].isdigit():
                k = (int(r["stat_volume"]), int(r["stat_page"]))
                starts.setdefault(k[0], set()).add(k[1])
                self.page_count[k] = self.page_count.get(k, 0) + 1
        self.starts = {v: sorted(p) for v, p in starts.items()}
        bills, names = {}, {}
        for r in pub:
            bills[(r["congress"], r["bill"])] = bills.get((r["congress"], r["bill"]), 0) + 1
            if r["short_title"]:
                names.setdefault(norm_name(r["short_title"]), []).append(r)
        self.names = names
        # every name the Code's notes give some law (data/act_names.tsv): a
        # planted year must not make the name of another law
        self.taken = set()
        with open(os.path.join(root, "act_names.tsv"), encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#") and "\t" in line:
                    self.taken.add(norm_name(line.split("\t", 1)[0]))
        self.by_key = {(int(r["congress"]), int(r["law_number"])): r for r in pub
                       if r["law_number"].isdigit()}
        self.laws = []
        for r in pub:
            m = re.fullmatch(r"(hr|s|hjres|sjres)(\d+)", r["bill"])
            c = int(r["congress"])
            if (not m or r["flags"] or r["stat_source"] != "statutes" or not 85 <= c <= 118
                    or not r["enacted"] or not r["stat_volume"].isdigit()
                    or not r["stat_page"].isdigit() or not r["law_number"].isdigit()
                    or bills[(r["congress"], r["bill"])] != 1):
                continue
            self.laws.append(Law(self, r, m.group(1), int(m.group(2))))
        self.by_law = {(l.c, l.n): l for l in self.laws}
        self.secs = []
        with open(os.path.join(root, "usc_sections.tsv"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("title\t"):
                    continue
                self.secs.append(line.rstrip("\n").split("\t"))
        self.sec_set = {(s[0], s[1]) for s in self.secs}
        # where each numbered law is in the Code: the sections the source
        # credits classify to it (act_sections.tsv) and those it added
        # (usc_added.tsv), in force -- the only places an entry may give it
        live = {(s[0], s[1]) for s in self.secs if s[2] == "active" and s[5] == "yes"}
        self.law_secs = {}
        for r in rows(os.path.join(root, "act_sections.tsv"), "\t") + rows(os.path.join(root, "usc_added.tsv"), "\t"):
            m = re.fullmatch(r"publ:(\d+)-(\d+)", r.get("act") or r.get("law") or "")
            t, sc = r["title"], r.get("usc_section") or r.get("section")
            if m and (t, sc) in live and re.fullmatch(r"\d+[a-z]{0,2}(-\d+[a-z]?)?", sc):
                self.law_secs.setdefault((int(m.group(1)), int(m.group(2))), set()).add((t, sc))
        self.law_secs = {k: sorted(v) for k, v in self.law_secs.items()}
        self.presidents = [(r["last"], r["first"], dt.date.fromisoformat(r["start"]),
                            dt.date.fromisoformat(r["end"]))
                           for r in rows(os.path.join(root, "presidents.csv"))]

    def presidents_on(self, day):
        """The last names of the Presidents in office on day (two on an inauguration day)."""
        return {p[0] for p in self.presidents if p[2] <= day <= p[3]}

    def next_start(self, vol, page):
        p = self.starts.get(vol, [])
        i = bisect.bisect_right(p, page)
        return p[i] if i < len(p) else None

    def term(self, c):
        r = self.congs[c]
        return (dt.date.fromisoformat(r["start_date"]), dt.date.fromisoformat(r["end_date"]))


class Law:
    def __init__(self, data, r, btype, bnum):
        self.r = r
        self.c, self.n = int(r["congress"]), int(r["law_number"])
        self.key = f"publ:{self.c}-{self.n}"
        self.date = dt.date.fromisoformat(r["enacted"])
        self.btype, self.bnum = btype, bnum
        self.vol, self.page = int(r["stat_volume"]), int(r["stat_page"])
        self.next = data.next_start(self.vol, self.page)
        self.page_unique = data.page_count[(self.vol, self.page)] == 1
        t = r["short_title"]
        if t.startswith("<") and t.endswith(">"):  # the record's brackets (statcite drops them)
            t = t[1:-1]
        ok = (t and len(t) <= 95 and not re.search(r"[|;()\[\]]|[Ss]hort [Tt]itle|Public Law|P\.L\.|Pub\. L|H\.R\.|"
                                                   r"\bS\. ?\d|Stat\.|U\.S\.C|\d+-\d+", t)
              and re.search(r"\bAct\b|Amendments\b", t)
              # "... Act. 1974", "... Act. Amendments of 1963": a period the
              # record has for a comma or nothing (four rows); no one writes it
              and not re.search(r"\bAct\. [A-Z0-9]", t)
              # a year more than ten years from the enactment is a typo of the
              # record ("... Act of 1070"), which statcite leaves out too
              and not (re.search(r" (\d{4})\.?$", t)
                       and abs(int(re.search(r" (\d{4})\.?$", t).group(1)) - self.date.year) > 10))
        self.name = t.rstrip(".") if ok else ""
        self.name_unique = bool(self.name) and len(data.names.get(norm_name(t), [])) == 1

    def bill(self):
        return f"{BILL[self.btype]} {self.bnum}"

    def bill_key(self):
        return f"bill:{self.btype}/{self.bnum}"

    def pin(self, rnd):
        """A page inside the law, after its first page, or None."""
        if self.next is None or self.next - self.page < 3:
            return None
        return rnd.randint(self.page + 1, min(self.next - 1, self.page + 60))


# ---------------------------------------------------------------- rendering
class BadDate:
    """A date of a day that does not exist ("February 30, 2008"): what
    fmt_date() reads of a date, without datetime's check."""

    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    def isoformat(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def month_days(year, month):
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def fmt_date(d, how):
    if how == "full":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if how == "usc":
        return f"{ABBR_USC[d.month - 1]} {d.day}, {d.year}"
    if how == "abbr3":
        return f"{ABBR3[d.month - 1]} {d.day}, {d.year}"
    if how == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if how == "iso":
        return d.isoformat()
    if how == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if how == "usd":  # "7-26-1990": a spreadsheet's numeric date with dashes
        return f"{d.month}-{d.day}-{d.year}"
    if how == "us2":  # "7/26/90": only for 1928-2027, the years statcite reads so
        assert 1928 <= d.year <= 2027
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if how == "dayof":  # an enrolled bill's "the 26th day of July, 1990"
        suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"the {d.day}{suf} day of {MONTHS[d.month - 1]}, {d.year}"
    if how == "ord":  # "July 26th, 1990"
        suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{MONTHS[d.month - 1]} {d.day}{suf}, {d.year}"
    raise ValueError(how)


class Facts:
    """What one entry states about one law; a planted error changes one field."""

    def __init__(self, law, rnd, names):
        self.law = law
        self.lawtext_c, self.lawtext_n = str(law.c), str(law.n)
        self.bill = law.bill()
        self.bill_congress = law.c
        self.law_congress = law.c  # the Congress an entry names for the law ("enacted by the 111th Congress")
        self.bill_year = None
        self.date = law.date
        self.year = law.date.year
        self.vol, self.page = law.vol, law.page
        self.pin = law.pin(rnd) if rnd.random() < 0.5 else None
        self.name = law.name
        short = re.sub(r" of \d{4}$", "", self.name)
        # (no other law's name is the same without its year: four laws are
        # "Criminal History Background Checks Pilot Extension Act of 20xx")
        if rnd.random() < 0.25 and norm_name(short) not in names and \
                sum(len(v) for k, v in names.items() if base_name(k) == base_name(short)) <= 1:
            self.name = short  # the name without its year is still this law's (and no other's) name
        # the acronym forms its name is written in now and then (acronyms.py),
        # drawn apart, so that the entries' other draws stay what they were
        self.acro = random.Random(f"acronym {law.c}-{law.n}")
        self.houseres = False
        self.dash = "-"
        self.president = None  # the President who signed it, as the entry names him

    def law_num(self):
        return f"{self.lawtext_c}{self.dash}{self.lawtext_n}"

    def stat(self):
        s = f"{self.vol} Stat. {self.page}"
        return s + (f", {self.pin}" if self.pin else "")

    def the_name(self, rnd, cap=False, acro=True):
        n = self.name
        # (not inside the name: a planted name must stand as it is planted)
        form = self.acro.choice([None] * 6 + [f for f in acronyms.FORMS if f != "inner"])
        n = (acro and acronyms.with_acronym(n, form)) or n
        if rnd.random() < 0.6 and not n.startswith("The "):
            n = ("The " if cap else "the ") + n
        return n


# ---------------------------------------------------------------- styles
# Each style: name, header, separator ("blank" or "line"), the facts it can
# show, and a function (facts, rnd, show) -> text.  `show` is the set of facts
# this entry states (decided before any error is planted).

def law_phrase(rnd, f, kind="any"):
    forms = {"bluebook": ["Pub. L. No. {}"], "usc": ["Pub. L. {}"], "crs": ["P.L. {}"],
             "prose": ["Public Law {}", "Pub. L. No. {}", "P.L. {}", "Public Law No. {}"],
             "any": ["Pub. L. No. {}", "Public Law {}", "P.L. {}", "Pub. L. {}"]}[kind]
    return rnd.choice(forms).format(f.law_num())


def st_bluebook(f, rnd, show):
    parts = []
    if "name" in show:
        parts.append(f.name)
    parts.append(law_phrase(rnd, f, "bluebook"))
    tail = ""
    if "page" in show:
        tail = f"{f.stat()}"
    cod = f" {f.codified}" if f.codified else ""  # "(codified as amended at ...)"
    if "date" in show and rnd.random() < 0.3:
        # the Bluebook's year, then the day with its word (and the Code between)
        how = rnd.choice(["enacted", "signed", "approved"])
        d = f"({f.year}){cod} ({how} {fmt_date(f.date, f.datefmt)})"
    elif "date" in show:
        d = f"({fmt_date(f.date, f.datefmt)}){cod}"
    else:
        d = f"({f.year}){cod}"
    s = ", ".join(parts) + (", " + tail if tail else "") + " " + d
    if "bill" in show:
        by = f" ({f.bill_year})" if f.bill_year else ""
        s += f" (enacting {f.bill}, {ordinal(f.bill_congress)} Cong.{by})"
    return s


def st_footnote(f, rnd, show):
    lead = rnd.choice(["See", "See generally", "See, e.g.,", "Cf."])
    core = st_bluebook(f, rnd, show - {"bill"})
    s = f"{f.fnum}. {lead} {core}"
    if "bill" in show:
        by = f" ({f.bill_year})" if f.bill_year else ""
        s += f" (originally introduced as {f.bill}, {ordinal(f.bill_congress)} Cong.{by})"
    if f.also is not None:
        a = f.also
        s += f"; see also {a.name + ', ' if a.name else ''}Pub. L. No. {a.c}-{a.n}, {a.vol} Stat. {a.page} ({a.date.year})"
    if f.at_pin and f.at_next:  # the next footnote: "Id. § 2, 104 Stat. at 328."
        sec = f" \u00a7 {f.at_sec}," if f.at_sec else ","
        return s + f".\n{f.fnum + 1}. Id.{sec} {f.vol} Stat. at {f.at_pin}."
    if f.at_pin:
        s += f"; id., {f.vol} Stat. at {f.at_pin}"
    return s + "."


def st_prose(f, rnd, show):
    d = fmt_date(f.date, f.datefmt)
    law = law_phrase(rnd, f, "prose")
    app = f", {f.the_name(rnd)}," if "name" in show else ""  # the name in apposition
    if "president" in show:  # "President Clinton signed", "signed into law by President Bush"
        t = rnd.randrange(2)
        if t == 0:
            return f"On {d}, President {f.president} signed {f.bill}{app or ','} which became {law}."
        return f"{f.bill}{app} was signed into law by President {f.president} on {d}, becoming {law}."
    t = rnd.randrange(7)
    if t == 5:  # the law in parentheses right after the bill signed
        return f"On {d}, the President signed {f.bill}{app} into law ({law})."
    if t == 6:  # the thing signed between the word and the date
        obj = rnd.choice([f.bill, "it", "the measure", "the bill"])
        return f"{f.bill}{app} passed both Houses; the President signed {obj} on {d} ({law})."
    if t == 0:
        return f"On {d}, the President signed {f.bill}{app or ','} which became {law}."
    if t == 1:
        return f"{f.bill}{app} was signed into law on {d}, becoming {law}."
    if t == 2:
        n = f.the_name(rnd, cap=True) if "name" in show else f"The bill {f.bill}"
        b = f" ({f.bill})" if "name" in show else ""
        return f"{n}{b} was approved {d}, as {law}."
    if t == 3:
        return f"{f.bill}{app} was enacted on {d} as {law}."
    return f"{f.bill}{app} became law on {d} ({law})."


def st_crs(f, rnd, show):
    inner = [f"P.L. {f.law_num()}"]
    if "page" in show:  # "(P.L. 107-56; 115 Stat. 272; H.R. 3162)"
        inner.append(f"{f.vol} Stat. {f.page}")
        if "bill" in show:
            inner.append(f.bill)
        if "date" in show:
            inner.append(fmt_date(f.date, f.datefmt))
        body = "; ".join(inner)
    else:  # "(P.L. 107-56, H.R. 3162, Oct. 26, 2001)"
        if "bill" in show:
            inner.append(f.bill)
        if "date" in show:
            inner.append(fmt_date(f.date, f.datefmt))
        body = ", ".join(inner)
    n = f.the_name(rnd, cap=True) if "name" in show else rnd.choice(
        ["The law", "The Act", "That measure", "The statute"])
    verb = rnd.choice(["amended the provisions discussed above",
                       "is summarized in the appendix", "is discussed in this report",
                       "remains in effect"])
    return f"{n} ({body}) {verb}."


def st_numbered(f, rnd, show):
    lab = f.label
    parts = [law_phrase(rnd, f, "any")]
    if "bill" in show:
        parts[0] += f" ({f.bill})"
    if "name" in show:
        parts.append(f.name)
    if "page" in show:
        parts.append(f"{f.vol} Stat. {f.page}")
    s = f"{lab} " + ", ".join(parts)
    if "date" in show:
        s += ", " + rnd.choice(["enacted", "approved", "signed"]) + " " + fmt_date(f.date, f.datefmt)
    return s + ("." if rnd.random() < 0.5 else ";")


def st_status(f, rnd, show):
    cells = [f.bill, f.name if "name" in show else ""]  # the title cell may be empty
    cells.append(f"Became Public Law No: {f.law_num()}")
    cells.append(fmt_date(f.date, f.datefmt))
    return " | ".join(cells).replace("|  |", "| |")


def st_results(f, rnd, show):
    """A search result of Congress.gov, copied as text: a fact a line."""
    y0 = 1789 + 2 * (f.law.c - 1)
    lines = [f"{f.bill.replace('. ', '.')} \u2014 {ordinal(f.law.c)} Congress ({y0}-{y0 + 1})"]
    if "name" in show:
        lines.append(f.name)
    lines.append("Tracker: Introduced > Passed House > Passed Senate > To President > Became Law")
    lines.append(f"Latest Action: {fmt_date(f.date, f.datefmt)} Became Public Law No: {f.law_num()}.")
    return "\n".join(lines)


def st_csv(f, rnd, show):
    """A spreadsheet's row exported as CSV: every cell quoted, the empty
    ones too, numeric dates."""
    cells = [f"P.L. {f.law_num()}",
             f.bill if "bill" in show else "",
             f.name if "name" in show else "",
             fmt_date(f.date, f.datefmt) if "date" in show else "",
             f"{f.vol} Stat. {f.page}" if "page" in show else ""]
    return ",".join('"' + c.replace('"', '""') + '"' for c in cells)


def st_subject(f, rnd, show):
    """Prose whose subject is the law (its name, the law in brackets) with
    a phrase between it and its enactment's predicate; the enactment told
    by "It" in the next sentence; a fact a line (no labels); a bill
    "(enacted as Pub. L. ...)" with its date in brackets after."""
    d = fmt_date(f.date, f.datefmt)
    law = law_phrase(rnd, f, "prose")
    n = f.the_name(rnd, cap=True) if "name" in show else None
    pres = f" by President {f.president}" if "president" in show else ""
    forms = [0, 1, 2, 3]
    if "page" in show or "bill" in show:
        forms = [0, 2, 3]  # "It" needs the sentence before to end with the law
    if "president" in show:
        forms = [f for f in forms if f in (0, 1)]
    if "bill" not in show:
        forms = [f for f in forms if f != 3]
    t = rnd.choice(forms)
    inner = law + (f", {f.vol} Stat. {f.page}" if "page" in show else "")
    if t == 0:
        head = f"{n} ({inner})" if n else inner
        if "bill" in show:
            head += f" ({f.bill})"
        mid = rnd.choice(["passed after long debate", "a landmark statute",
                          "which Congress passed with broad support", "debated for months"])
        verb = rnd.choice(["was signed", "was signed into law", "was approved"] +
                          ([] if pres else ["was enacted"]))  # (a President signs)
        return f"{head}, {mid}, {verb}{pres} on {d}."
    if t == 1:
        head = f"{n} ({law})" if n else law
        into = rnd.choice(["", " into law"])
        return f"{head}. It was signed{into}{pres} on {d}."
    if t == 2:  # a fact a line, the block between blank lines
        block = [n] if n and rnd.random() < 0.5 else []
        block.append(law)
        if "page" in show:
            block.append(f"{f.vol} Stat. {f.page}")
        block.append(d)
        if "bill" in show:
            block.append(f.bill)
        if n and len(block) == len([x for x in block if x != n]):
            block.append(n.removeprefix("The ").removeprefix("the "))
        return "\n".join(block)
    app = f", {f.the_name(rnd)}," if n else ""
    return f"{f.bill}{app} (enacted as {inner}) (signed {d})."


def st_infobox(f, rnd, show):
    """An encyclopedia's box for the Act, copied as text: label, a tab, value."""
    lines = [f.name, f"Enacted by\tthe {ordinal(f.law_congress)} United States Congress"]
    if "date" in show:
        lines.append(f"Effective\t{fmt_date(f.date, f.datefmt)}")
    lines += ["Citations", f"Public law\tPub. L. {f.law_num()}"]
    if "page" in show:
        lines.append(f"Statutes at Large\t{f.vol} Stat. {f.page}")
    lines.append("Legislative history")
    if "bill" in show:
        lines.append(f"Introduced in the {'Senate' if f.bill.startswith('S') else 'House'} as {f.bill}")
    if "date" in show:
        who = f" by President {f.president}" if f.president else ""
        lines.append(f"Signed into law{who} on {fmt_date(f.date, f.datefmt)}")
    return "\n".join(lines)


def st_authority(f, rnd, show):
    u = f.usc
    parts = [u]
    lp = f"Pub. L. {f.law_num()}"
    if rnd.random() < 0.3:  # the law's own section, as the regulations write it
        lp = f"{rnd.choice(['sec.', 'Sec.'])} {rnd.randint(1, 40)}, " + lp
    if "page" in show:
        lp += f", {f.vol} Stat. {f.page}"
    if "law" in show:
        parts.append(lp)
    rnd.shuffle(parts)
    s = "Authority: " + "; ".join(parts)
    return s if s.endswith(".") else s + "."


def seed_bill(b):
    """The seed list writes a Senate bill 'Senate Bill N'."""
    return f"Senate Bill {b[3:]}" if b.startswith("S. ") else b


def st_seed(f, rnd, show):
    if f.houseres:
        b = f"House Resolution {f.bill.split()[-1]}"
    else:
        b = seed_bill(f.bill)
    name = f.name if "name" in show else ""
    sep = rnd.choice([", ", " "]) if name else ""
    lawf = rnd.choice(["Public Law {}", "Public Law No: {}", "Public Law {}"]).format(f.law_num())
    s = f"{b}, {name}{sep}{lawf}" if name else f"{b}, {lawf}"
    if "date" in show:
        s += f" ({fmt_date(f.date, 'full')})"
    return s


def st_billafter(f, rnd, show):
    by = f" ({f.bill_year})" if f.bill_year else ""
    if "date" not in show:
        return (f"Pub. L. No. {f.law_num()}, {f.vol} Stat. {f.page} ({f.year}) (enacting {f.bill}, "
                f"{ordinal(f.bill_congress)} Cong.{by})")
    ch = "House" if f.bill.startswith("H") else "Senate"
    yr = f" in {f.bill_year}," if f.bill_year else ""
    cg = f" in the {ordinal(f.bill_congress)} Congress" + ("," if f.bill_year else "")
    pg = f", {f.vol} Stat. {f.page}," if "page" in show else ""
    return (f"{f.bill} passed the {ch}{yr}{cg} and became "
            f"{law_phrase(rnd, f, 'prose')}{pg} on {fmt_date(f.date, f.datefmt)}.")


def acronym(name):
    """The initials of a name's capitalized words ("Intercountry Adoption Act" ->
    "IAA"), as briefs abbreviate an Act after its name."""
    words = re.sub(r"(,| of| for Fiscal Year) \d{4}$", "", name).replace("-", " ").split()
    return "".join(w[0] for w in words if w[:1].isupper())


def st_named(f, rnd, show):
    n = f.name
    t = rnd.randrange(5)
    if t == 3:  # the popular name after the law
        how = rnd.choice(["popularly known as", "commonly known as", "commonly referred to as",
                          "also known as"])
        return f"{law_phrase(rnd, f, 'any')}, {how} the {n}" + (
            f", {f.vol} Stat. {f.page}" if "page" in show else "")
    if t == 4:  # the Act's short form in brackets between the name and the law
        a = acronym(n)
        if 2 <= len(a) <= 12:
            return f"{f.the_name(rnd, cap=True, acro=False)} ({a}), {law_phrase(rnd, f, 'any')}" + (
                f", {f.vol} Stat. {f.page}" if "page" in show else "")
        t = 0
    if t == 0:
        u = rnd.random()
        if u < 0.3:  # Markdown's emphasis around the name
            n = f"*{n}*"
        elif u < 0.55 and f.usc_of:  # the Act's Code sections between its name and its law
            return f"{n}, {f.usc_of} (Pub. L. No. {f.law_num()})" + (
                f", {f.vol} Stat. {f.page}" if "page" in show else "")
        return f"{n}, Pub. L. No. {f.law_num()}" + (f", {f.vol} Stat. {f.page}" if "page" in show else "")
    if t == 1:
        return f"{f.the_name(rnd, cap=True)} ({law_phrase(rnd, f, 'any')})" + (
            f", {f.vol} Stat. {f.page}" if "page" in show else "")
    return f"{law_phrase(rnd, f, 'any')} ({n})" + (f", {f.vol} Stat. {f.page}" if "page" in show else "")


def st_enacted(f, rnd, show):
    """The law with the Congress that enacted it, and no bill: "Public Law 111-148,
    enacted by the 111th Congress", "P.L. 111-148 (111th Cong.)", "The 111th
    Congress passed Public Law 111-148"."""
    law = law_phrase(rnd, f, "any")
    cong = ordinal(f.law_congress)
    page = f"{f.vol} Stat. {f.page}" if "page" in show else None
    date = fmt_date(f.date, f.datefmt) if "date" in show else None
    has_name = "name" in show
    t = rnd.randrange(4)
    if t == 0:
        s = (f"{f.the_name(rnd, cap=True)}, " if has_name else "") + law
        s += (f", {page}" if page else "") + f", enacted by the {cong} Congress"
        return s + (f" on {date}" if date else "") + "."
    if t == 1:
        s = (f"{f.name}, " if has_name else "") + f"{law} ({cong} Cong.)"
        return s + (f", {page}" if page else "") + (f" ({date})" if date else "") + "."
    if t == 2:
        s = f"The {cong} Congress passed {law}" + (f", {f.the_name(rnd)}," if has_name else "")
        return s + (f" on {date}" if date else "") + (f" ({page})" if page else "") + "."
    s = law + (f" ({f.name})" if has_name else "") + f", passed by the {cong} Congress"
    return s + (f" and approved {date}" if date else "") + (f"; {page}" if page else "") + "."


def st_pair(f, rnd, show):
    """Two laws in one entry, the planted one first or second: a CRS list
    with semicolons, a Bluebook string cite joined by "and", or prose."""
    g2 = f.partner
    show2 = show - ({"name"} if not g2.name else set())
    a, b, sa, sb = (f, g2, show, show2) if f.pair_first else (g2, f, show2, show)
    t = f.pair_form
    if t == 0:
        def part(x, sh):
            s = f"P.L. {x.law_num()}" + (f" ({x.bill})" if "bill" in sh else "")
            if "name" in sh:
                s += f", {x.the_name(rnd)}"
            if "page" in sh:
                s += f", {x.vol} Stat. {x.page}"
            if "date" in sh:
                s += f", enacted {fmt_date(x.date, x.datefmt)}"
            return s
        return f"{part(a, sa)}; {part(b, sb)}."
    if t == 1:
        def part(x, sh):
            s = (x.name + ", " if "name" in sh else "") + f"Pub. L. No. {x.law_num()}"
            s += f", {x.vol} Stat. {x.page}"
            d = fmt_date(x.date, x.datefmt) if "date" in sh else str(x.year)
            s += f" ({d})"
            if "bill" in sh:
                s += f" (enacting {x.bill})"
            return s
        return f"See {part(a, sa)}, and {part(b, sb)}."
    def part(x, sh, cap):
        n = x.the_name(rnd, cap=cap) if "name" in sh else ("The law" if cap else "the law")
        inner = [law_phrase(rnd, x, "prose")] + ([x.bill] if "bill" in sh else []) + (
            [f"{x.vol} Stat. {x.page}"] if "page" in sh else [])
        s = f"{n} ({', '.join(inner)})"
        if "date" in sh:
            s += f" was enacted {fmt_date(x.date, x.datefmt)}"
        else:
            s += " is cited above" if cap else " is cited below"
        return s
    return f"{part(a, sa, True)}, and {part(b, sb, False)}."


def st_uscnote(f, rnd, show):
    """The U.S. Code's notes: Short Title notes, source credits (our own style,
    from ../shared/corpus/dev/docs/usc-06-101-notes-excerpt.txt)."""
    d = fmt_date(f.date, "usc")
    if f.note == "short":
        return (f"Short Title. Pub. L. {f.law_num_usc()}, \u00a7 1, {d}, {f.vol} Stat. {f.page}, "
                f"provided that: \u201cThis Act may be cited as the \u2018{f.name}\u2019.\u201d")
    if f.note == "credit":
        return f"(Pub. L. {f.law_num_usc()}, {d}, {f.stat()}.)"
    return (f"Effective Date. Section effective on the date of enactment of Pub. L. {f.law_num_usc()} "
            f"({f.vol} Stat. {f.page}), which was approved {d}.")


# ---------------------------------------------------------------- the entries
class Gen:
    def __init__(self, seed):
        self.rnd = random.Random(seed)
        self.d = Data()
        self.pool = list(self.d.laws)
        self.rnd.shuffle(self.pool)
        self.used = set()
        self.repeals = self.repeal_notes()
        self.active = [s for s in self.d.secs if s[2] == "active" and s[5] == "yes" and s[4] != "yes"
                       and s[0].isdigit() and re.fullmatch(r"\d+[a-z]{0,2}(-\d+[a-z]?)?", s[1])]
        self.transferred = [s for s in self.d.secs if s[2] == "transferred" and s[4] != "yes"
                            and s[0].isdigit() and " " not in s[1]]
        self.maxdigits = {}
        for s in self.d.secs:
            m = re.match(r"\d+", s[1])
            if m and s[0].isdigit():
                self.maxdigits[s[0]] = max(self.maxdigits.get(s[0], 0), len(m.group(0)))

    def repeal_notes(self):
        """Sections whose Code heading says 'Repealed. Pub. L. C-N, path, date, V Stat. P' where
        the row of that law agrees on date and volume and P lies inside the law."""
        out = []
        pat = re.compile(r"Repealed\. Pub\. L\. (\d+)\u2013(\d+), ((?:(?:div|title|subtitle|pt|ch)\. "
                         r"[A-Z0-9]+, )*)(\u00a7 [\d\w()]+), ([A-Z][a-z]+\.? \d+, \d{4}), (\d+) Stat\. (\d+)$")
        for s in self.d.secs:
            if s[2] != "repealed" or s[4] == "yes" or not s[0].isdigit() or " " in s[1]:
                continue
            m = pat.match(s[3])
            if not m:
                continue
            law = self.d.by_law.get((int(m.group(1)), int(m.group(2))))
            if not law or law.vol != int(m.group(6)):
                continue
            p = int(m.group(7))
            if p < law.page or (law.next is not None and p >= law.next) or law.next is None:
                continue
            if fmt_date(law.date, "usc") != m.group(5):
                continue
            out.append((s[0], s[1], law, m.group(3), m.group(4), p))
        return out

    def take(self, pred=lambda l: True):
        for i, l in enumerate(self.pool):
            if l.key not in self.used and pred(l):
                self.used.add(l.key)
                return l
        raise RuntimeError("no law left")

    def donor(self, law, pred):
        c = [l for l in self.d.laws if l.c == law.c and l.key not in self.used and l.key != law.key
             and pred(l)]
        if not c:
            return None
        o = self.rnd.choice(c)
        self.used.add(o.key)
        return o


# kinds and the facts each needs the entry to show
KIND_NEEDS = {
    "law-number-range": {"law"}, "congress-range": {"law"}, "bill-law-mismatch": {"bill", "law"},
    "resolution-not-law": {"bill", "law"}, "stat-mismatch": {"page", "law"},
    "law-date": {"date", "law"}, "law-date-congress": {"date", "law"},
    "act-year": {"name", "law"}, "act-name-mismatch": {"name", "law"},
    "bill-year": {"billyear"}, "bill-congress": {"billcongress"},
    "usc-section-unknown": {"usc"}, "house-resolution-wording": {"houseres"},
    "law-congress": {"congress", "law"},
    "law-president": {"president", "law"},
    "date-invalid": {"date", "law"},
    "stat-pin": {"page", "law"}, "stat-first-page": {"page", "law"},
}
CODE = {k: k for k in KIND_NEEDS}


def plant(g, kind, f, show, style):
    """Change one fact of f; return (variant, wrong text, fix, evidence) or None."""
    rnd, law, d = g.rnd, f.law, g.d
    other = [x for x in ("bill", "page", "name", "date") if x in show]

    def evidence_for_law(exclude, congress_ok=True):
        ev = []
        if "bill" in show and "bill" not in exclude and congress_ok:
            ev.append("bill")
        if "bill" in show and "bill" not in exclude and not congress_ok and "billcongress" in show:
            ev.append("bill")
        if "page" in show and law.page_unique:
            ev.append("page")
        if "name" in show and law.name_unique:
            ev.append("name")
        return ev

    if kind == "law-number-range":
        cnt = int(d.congs[law.c]["public_laws"])
        s = str(law.n)
        cands = []
        for i in range(len(s) + 1):
            for dg in "0123456789":
                t = s[:i] + dg + s[i:]
                if t[0] != "0" and int(t) > cnt:
                    cands.append(("digit-added", t))
        for i in range(len(s) - 1):
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0" and int(t) > cnt and t != s:
                cands += [("transposed", t)] * 6
        if rnd.random() < 0.15:
            t = s + s[-1] + str(rnd.randint(1, 9)) if len(s) == 3 else s + "1" * (5 - len(s))
            if len(t) == 5:
                cands = [("five-digit", t)]
        if not cands:
            return None
        var, t = rnd.choice(cands)
        f.lawtext_n = t
        ev = evidence_for_law(set())
        return var, f.law_num(), ({"type": "law", "value": law.key} if ev else None), ev
    if kind == "congress-range":
        s = str(law.c)
        if rnd.random() < 0.25:
            var, t = "zero", "0"
        else:
            t = s[0] + s[2] + s[1] if len(s) == 3 else s[1] + s[0]
            if int(t) < 125:  # the 120th meets in 2027: keep clear of Congresses that may meet soon
                return None
            var = "transposed"
        f.lawtext_c = t
        ev = [e for e in evidence_for_law(set(), congress_ok=False)]
        return var, f.law_num(), ({"type": "law", "value": law.key} if ev else None), ev
    if kind == "bill-law-mismatch":
        o = g.donor(law, lambda x: x.btype in (law.btype,) and x.bnum != law.bnum)
        if not o:
            return None
        f.bill = o.bill()
        ev = [x for x in other if x != "bill" and (x != "page" or law.page_unique)]
        return ("bill-of-another-law", f.bill,
                ({"type": "bill", "value": law.bill_key()} if ev else None), ev)
    if kind == "resolution-not-law":
        f.bill = f"{rnd.choice(RES[law.btype])} {law.bnum}"
        ev = [x for x in other if x != "bill"]
        return ("resolution", f.bill, ({"type": "bill", "value": law.bill_key()} if ev else None), ev)
    if kind == "stat-mismatch":
        var = rnd.choice(["volume", "earlier-law", "later-law"] + (["pin-outside"] if f.pin else [])
                         + (["short-pin-outside"] if f.at_pin else []))
        pages = d.starts[law.vol]
        i = pages.index(law.page)
        if var == "volume":
            f.vol = law.vol + rnd.choice([-2, -1, 1, 2])
        elif var == "earlier-law":
            if i < 3:
                return None
            f.page = pages[rnd.randint(max(0, i - 30), i - 2)]
        elif var == "later-law":
            if i + 3 >= len(pages):
                return None
            f.page = pages[rnd.randint(i + 2, min(len(pages) - 1, i + 30))]
        elif var == "short-pin-outside":  # "id., 110 Stat. at 2300" past the law
            if i + 3 >= len(pages):
                return None
            f.at_pin = rnd.randint(pages[i + 2] + 1, pages[i + 3] + 5)
            ev = [x for x in other if x != "page"]
            return var, f"{f.vol} Stat. at {f.at_pin}", None, ev
        else:
            if i + 3 >= len(pages):
                return None
            f.pin = rnd.randint(pages[i + 2] + 1, pages[i + 3] + 5)
            ev = [x for x in other if x != "page"]
            return var, f.stat(), None, ev
        ev = [x for x in other if x != "page"]
        return var, f"{f.vol} Stat. {f.page}", ({"type": "page", "value": f"stat:{law.vol}/{law.page}"}
                                               if ev else None), ev
    if kind == "stat-pin":  # "104 Stat. 327, 325": a pin before the page it pins
        if law.page < 3 or "page" not in show:
            return None
        f.pin = rnd.randint(max(1, law.page - 60), law.page - 1)
        ev = [x for x in other if x != "page"]
        return "pin-before-page", f.stat(), None, ev
    if kind == "stat-first-page":  # "104 Stat. 372" for 327: two digits swapped, inside the law
        s = str(law.page)
        cands = []
        for i in range(len(s) - 1):
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0" and law.page + 3 < int(t) and law.next is not None and int(t) < law.next:
                cands.append(int(t))
        if not cands:
            return None
        f.page, f.pin = rnd.choice(cands), None
        ev = [x for x in other if x != "page"]
        return ("swapped-first-page", f"{f.vol} Stat. {f.page}",
                {"type": "page", "value": f"stat:{law.vol}/{law.page}"}, ev)
    if kind in ("law-date", "law-date-congress"):
        lo, hi = d.term(law.c)
        if kind == "law-date":
            for _ in range(20):
                nd = law.date + dt.timedelta(days=rnd.choice([-1, 1]) * rnd.randint(1, 45))
                if lo <= nd < hi and nd != law.date:
                    break
            else:
                return None
            var = "other-day"
        else:
            k = rnd.choice([-1, 1]) * rnd.randint(5, 9)
            nd = law.date.replace(year=law.date.year + k, day=min(law.date.day, 28))
            if lo <= nd < hi + dt.timedelta(days=30):
                return None
            var = "years-off"
        f.date = nd
        ev = [x for x in other if x != "date"]
        return (var, fmt_date(nd, f.datefmt),
                ({"type": "date", "value": law.date.isoformat()} if ev else None), ev)
    if kind == "date-invalid":
        # a day past the end of its month: the law's own month when it has
        # fewer than 31 days, else a month of 30 days or February of its year
        y, m = law.date.year, law.date.month
        if month_days(y, m) == 31:
            m = rnd.choice([2, 4, 6, 9, 11])
        n = month_days(y, m)
        day = rnd.randint(n + 1, 31)
        if day > 31 or day <= n:
            return None
        f.date = BadDate(y, m, day)
        ev = [x for x in other if x != "date"]
        return ("no-such-day", fmt_date(f.date, f.datefmt),
                {"type": "date", "value": law.date.isoformat()}, ev)
    if kind == "act-year":
        m = re.search(r"(, | of | for Fiscal Year )(\d{4})$", law.name)
        if not m:
            return None
        y = int(m.group(2))
        s0 = int(d.congs[law.c]["start_date"][:4])
        if m.group(1) == " of " and rnd.random() < 0.35:
            # a year its Congress allows, but not the one of the law's own
            # title ("Americans with Disabilities Act of 1991")
            ny = y + rnd.choice([-2, -1, 1, 2])
            nn = law.name[:m.start(2)] + str(ny)
            if norm_name(nn) in d.names or norm_name(nn) in d.taken:
                return None
            f.name = nn
            ev = [x for x in other if x != "name"]
            return ("act-of-near-year", nn,
                    ({"type": "name", "value": law.name} if ev else None), ev)
        for _ in range(20):
            ny = y + rnd.choice([-1, 1]) * rnd.randint(6, 15)
            if m.group(1) == " of " and not s0 - 3 <= ny <= s0 + 4:
                break
            if m.group(1) != " of " and not s0 - 2 <= ny <= s0 + 5:
                break
        else:
            return None
        nn = law.name[:m.start(2)] + str(ny)
        if norm_name(nn) in d.names or norm_name(nn) in d.taken:
            return None
        f.name = nn
        ev = [x for x in other if x != "name"]
        return ("fiscal-year" if m.group(1) != " of " else "act-of-year", nn,
                ({"type": "name", "value": law.name} if ev else None), ev)
    if kind == "act-name-mismatch":
        b = base_name(law.name)
        o = g.donor(law, lambda x: x.name and x.name_unique and base_name(x.name) not in b
                    and b not in base_name(x.name))
        if not o:
            return None
        f.name = o.name
        ev = [x for x in other if x != "name"]
        fix = {"type": "name", "value": law.name} if ev else None
        return "name-of-another-law", o.name, fix, ev + [f"name->{o.key}"]
    if kind == "bill-year":
        s0 = int(d.congs[law.c]["start_date"][:4])
        f.bill_year = s0 + rnd.choice([-1, 1]) * rnd.randint(3, 8) + (1 if rnd.random() < .5 else 0)
        if s0 - 1 <= f.bill_year <= s0 + 2:
            return None
        return "year-off", str(f.bill_year), None, []
    if kind == "bill-congress":
        f.bill_year = None  # else the year would be outside the Congress too
        if rnd.random() < 0.3:
            f.bill_congress, var = 0, "zeroth"
        else:
            s = str(law.c)
            t = int(s[0] + s[2] + s[1]) if len(s) == 3 else int(s[1] + s[0])
            if t < 125:
                t = rnd.randint(125, 199)
            f.bill_congress, var = t, "not-met-yet"
        return var, f"{ordinal(f.bill_congress)} Cong", None, []
    if kind == "law-president":
        then = d.presidents_on(law.date)
        others = sorted({p[0] for p in d.presidents if p[0] not in then and p[3].year >= 1900})
        if not then or not others:
            return None
        f.president = rnd.choice(others)
        ev = [x for x in other]
        return "other-president", f"President {f.president}", None, ev
    if kind == "law-congress":
        for _ in range(20):
            t = law.c + rnd.choice([-1, 1]) * rnd.randint(1, 4)
            if 1 <= t <= 118 and t != law.c:
                break
        else:
            return None
        f.law_congress = t
        ev = [x for x in other]
        return ("other-congress", f"{ordinal(t)} ", {"type": "congress", "value": str(law.c)},
                ev + ["number"])
    if kind == "usc-section-unknown":
        return None  # planted by the authority style itself
    if kind == "house-resolution-wording":
        f.houseres = True
        return "house-resolution", f"House Resolution {law.bnum}", {"type": "bill", "value": law.bill_key()}, ["text"]
    raise ValueError(kind)


STYLES = [
    # name, header, separator, facts the style may show (law always), kinds it takes
    ("bluebook", "TABLE OF AUTHORITIES \u2014 Statutes", "blank",
     ["law-number-range", "congress-range", "bill-law-mismatch", "resolution-not-law",
      "stat-mismatch", "law-date", "law-date-congress", "act-year", "act-name-mismatch",
      "bill-year", "bill-congress", "date-invalid", "stat-pin", "stat-first-page"]),
    ("footnote", "NOTES", "line",
     ["law-number-range", "stat-mismatch", "act-year", "act-name-mismatch", "law-date",
      "bill-law-mismatch", "congress-range", "bill-congress", "resolution-not-law", "stat-pin"]),
    ("prose", "LEGISLATIVE HISTORY", "blank",
     ["law-date", "law-date-congress", "bill-law-mismatch", "resolution-not-law",
      "law-number-range", "act-name-mismatch", "act-year", "law-president", "date-invalid"]),
    ("crs", "CRS REPORT \u2014 Background", "blank",
     ["law-number-range", "bill-law-mismatch", "stat-mismatch", "law-date", "resolution-not-law",
      "act-name-mismatch", "congress-range", "stat-first-page"]),
    ("numbered", "LIST OF LAWS CITED", "line",
     ["law-number-range", "bill-law-mismatch", "stat-mismatch", "law-date", "law-date-congress",
      "act-name-mismatch", "act-year", "congress-range", "resolution-not-law", "date-invalid",
      "stat-first-page"]),
    ("status", "BILL STATUS", "line",
     ["law-number-range", "bill-law-mismatch", "law-date", "law-date-congress", "act-name-mismatch",
      "congress-range", "date-invalid"]),
    ("authority", "AUTHORITY LINES", "blank",
     ["usc-section-unknown", "law-number-range", "stat-mismatch", "congress-range"]),
    ("seed", "Related Public Laws", "line",
     ["house-resolution-wording", "law-number-range", "bill-law-mismatch", "law-date",
      "act-name-mismatch", "law-date-congress"]),
    ("billafter", "ENACTMENT HISTORY", "blank",
     ["bill-law-mismatch", "resolution-not-law", "bill-year", "bill-congress", "law-number-range",
      "stat-mismatch", "law-date"]),
    ("named", "POPULAR NAMES", "blank",
     ["act-name-mismatch", "act-year", "law-number-range", "congress-range", "stat-mismatch"]),
    ("pair", "LAWS CITED TOGETHER", "blank",
     ["law-number-range", "bill-law-mismatch", "stat-mismatch", "law-date", "act-name-mismatch",
      "act-year", "congress-range", "resolution-not-law", "date-invalid"]),
    ("enacted", "ENACTING CONGRESSES", "blank",
     ["law-congress", "law-number-range", "stat-mismatch", "act-name-mismatch", "law-date"]),
    ("uscnote", "NOTES TO THE CODE", "blank",
     ["law-number-range", "stat-mismatch", "law-date", "law-date-congress", "act-year",
      "act-name-mismatch"]),
    ("results", "SEARCH RESULTS", "blank",
     ["law-number-range", "bill-law-mismatch", "law-date", "law-date-congress", "act-name-mismatch",
      "date-invalid"]),
    ("infobox", "ENCYCLOPEDIA BOXES", "blank",
     ["law-number-range", "bill-law-mismatch", "stat-mismatch", "law-date", "act-name-mismatch",
      "law-congress", "stat-first-page"]),
    ("csv", "Public Law,Bill,Title,Date,Statutes at Large", "line",
     ["law-number-range", "bill-law-mismatch", "stat-mismatch", "law-date", "law-date-congress",
      "act-name-mismatch", "congress-range", "date-invalid"]),
    ("subject", "THE LAWS AND THEIR ENACTMENT", "blank",
     ["law-date", "law-date-congress", "law-number-range", "act-name-mismatch", "act-year",
      "law-president", "date-invalid", "stat-mismatch", "bill-law-mismatch"]),
]
RENDER = {"bluebook": st_bluebook, "footnote": st_footnote, "prose": st_prose, "crs": st_crs,
          "numbered": st_numbered, "status": st_status, "authority": st_authority, "seed": st_seed,
          "billafter": st_billafter, "named": st_named, "uscnote": st_uscnote, "pair": st_pair,
          "enacted": st_enacted, "results": st_results, "infobox": st_infobox, "csv": st_csv,
          "subject": st_subject}
DATEFMT = {"bluebook": ["full", "usc"], "footnote": ["full", "usc"],
           "prose": ["full", "full", "abbr3", "dmy", "usc", "ord", "dayof"], "crs": ["usc", "full", "abbr3"],
           "numbered": ["full", "iso", "us", "dmy", "abbr3"], "status": ["us"], "authority": ["full"],
           "seed": ["full"], "billafter": ["full", "usc", "dmy"], "named": ["full"],
           "uscnote": ["usc"], "pair": ["full", "usc", "abbr3", "us", "iso"],
           "enacted": ["full", "usc", "abbr3"], "results": ["us"], "infobox": ["full"],
           "csv": ["us", "usd", "iso"], "subject": ["full", "abbr3", "usc", "us"]}
NEED_NAME = {"named", "seed", "infobox"}


def show_some(s, rnd, odds, has_name, p_name):
    """Adds each fact of odds ((fact, probability), in order) by its odds,
    then the name (when the law has one) with p_name."""
    for x, p in odds:
        if rnd.random() < p:
            s.add(x)
    if has_name and rnd.random() < p_name:
        s.add("name")


def choose_show(style, rnd, law):
    s = {"law"}
    has = bool(law.name)
    if style == "bluebook":
        s |= {"page"}
        if has and rnd.random() < 0.8:
            s.add("name")
        if rnd.random() < 0.35:
            s.add("date")
        if rnd.random() < 0.3:
            s |= {"bill", "billcongress", "billyear"}
    elif style == "footnote":
        s |= {"page"}
        if has:
            s.add("name")
        if rnd.random() < 0.3:
            s.add("date")
        if rnd.random() < 0.2:
            s |= {"bill", "billcongress", "billyear"}
    elif style == "prose":
        s |= {"bill", "date"}
        show_some(s, rnd, (("president", .35),), has, 0.8)
    elif style == "crs":
        s |= {"bill", rnd.choice(["page", "date"])}
        show_some(s, rnd, (), has, 0.8)
    elif style == "numbered":
        show_some(s, rnd, (("bill", .7), ("page", .6), ("date", .6)), has, 0.6)
    elif style == "status":
        s |= {"bill", "date"}
        if has:
            s.add("name")
    elif style == "authority":
        s |= {"usc"}
        if rnd.random() < 0.8:
            s.add("page")
    elif style == "seed":
        s |= {"bill", "date", "name", "houseres"}
    elif style == "billafter":
        s |= {"bill", rnd.choice(["page", "date"]), "billyear", "billcongress"}
    elif style == "named":
        s |= {"name"}
        if rnd.random() < 0.5:
            s.add("page")
    elif style == "uscnote":
        s |= {"date", "page"}
    elif style == "pair":
        show_some(s, rnd, (("bill", .5), ("page", .6), ("date", .6)), has, 0.7)
    elif style == "enacted":
        s |= {"congress"}
        show_some(s, rnd, (("page", .5), ("date", .4)), has, 0.6)
    elif style == "results":
        s |= {"bill", "date"}
        if has and rnd.random() < 0.8:
            s.add("name")
    elif style == "infobox":
        s |= {"name", "congress"}
        show_some(s, rnd, (("bill", .7), ("page", .8), ("date", .7)), has, 1.0)
    elif style == "csv":
        s |= {"date"}
        show_some(s, rnd, (("bill", .8), ("page", .6)), has, 0.7)
    elif style == "subject":
        s |= {"date"}
        show_some(s, rnd, (("president", .25), ("bill", .3), ("page", .3)), has, 0.7)
    return s


def new_facts(g, style, law, i, label_kind):
    rnd = g.rnd
    f = Facts(law, rnd, g.d.names)
    f.datefmt = rnd.choice(DATEFMT[style])
    if style == "status" and law.n % 3 == 0 and 1937 <= law.date.year <= 2018:
        # a third of the status rows with a two-digit year ("7/26/90"), chosen
        # by the law's number (the random stream is not drawn on), where a
        # planted date up to nine years off still names one year (1928-2027)
        f.datefmt = "us2"
    if style == "uscnote":
        f.name = law.name  # a Short Title note quotes the name exactly
    then = g.d.presidents_on(law.date)
    f.president = next(iter(then)) if len(then) == 1 else None  # (not on an inauguration day)
    f.also, f.at_pin, f.at_next, f.at_sec = None, None, False, None
    f.fnum = 10 + i
    f.label = f"{i + 1}." if label_kind == "num" else f"({chr(97 + i % 26) * (1 + i // 26)})"
    f.law_num_usc = lambda: f.law_num().replace("-", "\u2013")
    f.note = rnd.choice(["short", "credit", "effective"] if law.name else ["credit", "effective"])
    if style not in ("bluebook", "footnote", "uscnote") or (style == "uscnote" and f.note != "credit"):
        f.pin = None  # only these render a pin page
    # (the draws as they were, so that a seed's other facts stay; the
    # section itself is the law's own place, or none is written)
    own = g.d.law_secs.get((law.c, law.n), [])
    sec = rnd.choice(g.active)
    sec = own[law.n % len(own)] if own else None
    et = rnd.random() < 0.5
    f.usc_of = f"{sec[0]} U.S.C. \u00a7 {sec[1]}" + (" et seq." if et else "") if sec else None
    f.codified = None
    if style in ("bluebook", "footnote") and rnd.random() < 0.3:
        # where the law is in the Code, as a table of authorities says it
        sec = rnd.choice(g.active)
        sec = own[(law.n // 7) % len(own)] if own else None
        form = rnd.choice([0, 1, 2])
        if sec:
            f.codified = [f"(codified as amended in scattered sections of {sec[0]} U.S.C.)",
                          f"(codified as amended at {sec[0]} U.S.C. \u00a7 {sec[1]} et seq.)",
                          f"(codified at {sec[0]} U.S.C. \u00a7 {sec[1]} note)"][form]
    if style in ("billafter", "bluebook", "footnote") and rnd.random() < 0.4:
        lo, _ = g.d.term(law.c)
        f.bill_year = law.date.year if law.date.year in (lo.year, lo.year + 1) else lo.year
    return f


def wrap(text, rnd, indent):
    """The entry wrapped onto a second line where a list item's facts often
    are: before a parenthesis ("107 Stat. 6\n   (Feb. 5, 1994)") or before
    the Stat. page ("Pub. L. No. 103-3,\n   107 Stat. 6")."""
    cuts = [m.start() for m in re.finditer(r" \((?![a-zA-Z0-9]{1,4}\))", text) if m.start() > 30]
    cuts += [m.start() + 1 for m in re.finditer(r", \d+ Stat\.", text) if m.start() > 30]
    if not cuts:
        return text
    k = rnd.choice(cuts)
    return text[:k].rstrip(" ") + "\n" + indent + text[k:].lstrip(" ")


def build(seed, per_style=40):
    g = Gen(seed)
    rnd = g.rnd
    lines = [f"CITATIONS OF FEDERAL STATUTES (generated by scripts/make-entries.py --seed {seed} "
             f"from data/; errors planted, see entries.expected.jsonl)", ""]
    recs = []
    planted_n = {}

    def emit(text, rec):
        rec["line"] = len(lines) + 1
        lines.extend(text.split("\n"))  # a wrapped entry: its lines
        if "\n" in text:
            rec["last"] = len(lines)
        rec["entry"] = text
        recs.append(rec)

    for style, header, sep, kinds in STYLES:
        lines.append(header)
        if style == "status":
            lines.append("Bill | Title | Latest Action | Date")
        else:
            lines.append("")
        label_kind = rnd.choice(["num", "alpha"])
        planted_at = set(rnd.sample(range(per_style), round(per_style / 3)))
        for i in range(per_style):
            kind = None
            if i in planted_at:
                # the kind this style takes that is planted least so far (ties at random)
                least = min(planted_n.get(k, 0) for k in kinds)
                kind = rnd.choice([k for k in kinds if planted_n.get(k, 0) == least])
                planted_n[kind] = planted_n.get(kind, 0) + 1
            want_name = style in NEED_NAME or (style not in ("authority", "billafter")
                                               and rnd.random() < 0.75) or (
                kind is not None and "name" in KIND_NEEDS[kind])
            for attempt in range(300):
                law = g.take(lambda l: bool(l.name) or not want_name)
                if style == "seed" and (law.btype not in ("hr", "s") or (
                        kind == "house-resolution-wording" and law.btype != "hr")):
                    continue  # the law stays unused by any entry
                f = new_facts(g, style, law, i, label_kind)
                show = choose_show(style, rnd, law)
                if f.president is None:
                    show.discard("president")  # an inauguration day: two in office
                if style == "footnote":
                    if rnd.random() < 0.25:
                        f.also = g.take()
                    elif f.pin and rnd.random() < 0.4:
                        f.at_pin, f.pin = f.pin, None
                        # half of them in a footnote of their own, after the
                        # law's (its Code parenthetical, if any, between)
                        f.at_next = rnd.random() < 0.5
                        f.at_sec = rnd.choice([None, str(rnd.randint(2, 30))])
                if style == "pair":
                    # the other law of the entry: half the time of the same Congress
                    same = rnd.random() < 0.5
                    p2 = g.take(lambda l, c=law.c: l.c == c) if same else None
                    f.partner = new_facts(g, style, p2 or g.take(), i, label_kind)
                    f.pair_first, f.pair_form = rnd.random() < 0.5, rnd.randrange(3)
                    if f.pair_form == 1:
                        show.add("page")  # a string cite gives each law's page
                if style == "authority":
                    sec = rnd.choice(g.active)
                    f.usc = f"{sec[0]} U.S.C. {sec[1]}" + (" et seq." if rnd.random() < 0.3 else "")
                rec = {"style": style, "law": law.key}
                if kind is None:
                    rec.update(kind="clean", variant=None, code=None, text=None, fix=None, evidence=[])
                elif kind == "usc-section-unknown":
                    r = plant_usc(g, f)
                    if r is None:
                        continue
                    if rnd.random() < 0.3:
                        show.discard("law")
                    rec.update(kind=kind, code=CODE[kind], variant=r[0], text=r[1], fix=None,
                               evidence=[])
                else:
                    missing = KIND_NEEDS[kind] - show
                    if missing & {"billyear", "billcongress"} and style in ("bluebook", "footnote"):
                        missing |= {"bill", "billyear", "billcongress"}  # these render them all
                    if (missing & {"billyear", "billcongress", "houseres", "usc"}
                            - ({"billyear", "billcongress"} if style in ("bluebook", "footnote") else set())
                            or (style == "authority" and missing) or (not law.name and "name" in missing)):
                        continue
                    show |= missing
                    if style == "uscnote" and "name" in show:
                        f.note = "short"
                    r = plant(g, kind, f, show, style)
                    if r is None:
                        continue
                    rec.update(kind=kind, code=CODE[kind], variant=r[0], text=r[1], fix=r[2],
                               evidence=r[3])
                if style == "uscnote" and f.note == "short" and "name" not in show:
                    show.add("name")
                if style == "pair":
                    p2 = f.partner
                    if (p2.law.name and f.name and norm_name(f.name) == norm_name(p2.law.name)) or \
                            f.bill == p2.bill or (f.vol, f.page) == (p2.vol, p2.page):
                        continue  # the planted fact would be the other law's own
                break
            else:
                raise RuntimeError(f"cannot build a {kind} entry in style {style}")
            text = RENDER[style](f, rnd, show)
            if style in ("numbered", "bluebook") and rnd.random() < 0.15:
                text = wrap(text, rnd, "   " if style == "numbered" else "")
            if rec["text"]:  # the wrong fact as this style writes it; it must be in the entry
                shown = [t for t in (rec["text"], rec["text"].replace("-", "\u2013"),
                                     seed_bill(rec["text"]), rec["text"].replace(". ", "."))
                         if t in text]
                if not shown:
                    raise RuntimeError(f"the planted {kind} ({rec['text']}) is not shown: {text}")
                rec["text"] = shown[0]
            emit(text, rec)
            if sep == "blank":
                lines.append("")
        if style in ("bluebook", "uscnote", "footnote"):
            # historic markers: clean entries citing repealed sections, with their marker
            for k in range(4):
                emit(*historic(g, style, 10 + per_style + k))
                if sep == "blank":
                    lines.append("")
        if lines[-1] != "":
            lines.append("")
    return lines, recs


def plant_usc(g, f):
    rnd = g.rnd
    if rnd.random() < 0.5:
        c = [s for s in g.active if re.fullmatch(r"\d+", s[1]) and len(s[1]) == g.maxdigits[s[0]]]
        s = rnd.choice(c)
        t = s[1] + str(rnd.randint(0, 9))
        var = "more-digits"
    else:
        c = [s for s in g.active if re.fullmatch(r"\d+[a-z]?-\d+", s[1])]
        s = rnd.choice(c)
        base = s[1].split("-")[0]
        # only where no range can be read: "1320d-99", "2680-97" ("50-98" may
        # be sections 50 to 98, which statcite rightly reads as a range)
        ends = [n for n in (97, 98, 99, 150, 201) if not base.isdigit() or n < int(base)]
        if not ends:
            return None
        t = f"{base}-{rnd.choice(ends)}"
        if (s[0], t) in g.d.sec_set or any(x[0] == s[0] and x[4] == "yes" and x[1].startswith(base + "-")
                                            for x in g.d.secs):
            return None  # a range row of the title might cover it
        var = "hyphen-unknown"
    if (s[0], t) in g.d.sec_set:
        return None
    f.usc = f"{s[0]} U.S.C. {t}" + (" et seq." if var == "more-digits" and rnd.random() < .3 else "")
    return var, f"{s[0]} U.S.C. {t}"


def historic(g, style, fnum):
    rnd = g.rnd
    if style == "uscnote" and fnum % 4 == 0:  # a transferred section, by its marker
        s = rnd.choice(g.transferred)
        text = f"Provisions formerly classified to {s[0]} U.S.C. {s[1]} were transferred."
        return text, {"style": style, "law": None, "kind": "clean", "variant": "historic", "code": None,
                      "text": f"{s[0]} U.S.C. {s[1]}", "fix": None, "evidence": []}
    for _ in range(100):
        t, sec, law, path, sect, pin = rnd.choice(g.repeals)
        if law.key not in g.used:
            break
    g.used.add(law.key)
    path = path.rstrip(", ")
    p = (path + ", " if path else "")
    pages = f"{law.page}, {pin}" if pin != law.page else f"{law.page}"
    if style == "bluebook":
        text = (f"{t} U.S.C. \u00a7 {sec} (repealed by Pub. L. No. {law.c}-{law.n}, {p}{sect}, "
                f"{law.vol} Stat. {pages} ({law.date.year}))")
    elif style == "footnote":
        text = (f"{fnum}. Prior to its repeal by Pub. L. No. {law.c}-{law.n}, {p}{sect}, "
                f"{law.vol} Stat. {pages} ({law.date.year}), {t} U.S.C. \u00a7 {sec} "
                f"governed this question.")
    else:
        d = fmt_date(law.date, "usc")
        text = rnd.choice([
            f"Provisions formerly classified to {t} U.S.C. {sec} were repealed by Pub. L. {law.c}\u2013{law.n}, {p}{sect}, {d}, {law.vol} Stat. {pin}.",
            f"{t} U.S.C. {sec} (repealed). Repealed by Pub. L. {law.c}\u2013{law.n}, {p}{sect}, {d}, "
            f"{law.vol} Stat. {pin}."])
    return text, {"style": style, "law": law.key, "kind": "clean", "variant": "historic", "code": None,
                  "text": f"{t} U.S.C. {sec}", "fix": None, "evidence": []}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--per-style", type=int, default=40)
    a = ap.parse_args()
    lines, recs = build(a.seed, a.per_style)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "entries.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip("\n") + "\n")
    with open(os.path.join(a.out, "entries.expected.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    planted = [r for r in recs if r["kind"] != "clean"]
    kinds = sorted({r["kind"] for r in planted})
    print(f"{len(recs)} entries, {len(planted)} with a planted error of {len(kinds)} kinds, "
          f"{sum(1 for r in planted if r['fix'])} with an expected fix", file=sys.stderr)


if __name__ == "__main__":
    main()
