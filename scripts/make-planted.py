#!/usr/bin/env python3
"""make-planted.py -- writes fixtures/check/planted.txt, a table of authorities
built from real laws in data/ (title, bill, law number, Stat. page, date) with
errors planted in some entries, and fixtures/check/planted.expected, the
findings statcite check must report ("LINE CODE", one per line).  Entries left
correct are near misses: they must stay silent.  Deterministic (seeded).

usage: scripts/make-planted.py      (run from the repository root)
"""
import csv
import random

rnd = random.Random(20261125)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = {"hr": "H.R.", "s": "S.", "hjres": "H.J. Res.", "sjres": "S.J. Res."}


def rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(l for l in f if not l.startswith("#")))


laws = [r for r in rows("data/public_laws.csv")
        if r["short_title"] and r["flags"] == "" and r["stat_source"] == "statutes"
        and r["bill"] and r["bill"].rstrip("0123456789") in ABBR and r["enacted"]
        and 93 <= int(r["congress"]) <= 117 and len(r["short_title"]) < 80
        and "Act" in r["short_title"] and not any(ch.isdigit() for ch in r["short_title"][-6:])]
congs = {int(r["congress"]): r for r in rows("data/congresses.csv")}
secs = []
with open("data/usc_sections.tsv", encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or line.startswith("title\t"):
            continue
        t = line.rstrip("\n").split("\t")
        secs.append(t)
by_key = {(r["congress"], r["law_number"]): r for r in rows("data/public_laws.csv")}


def date(ymd):
    y, m, d = ymd.split("-")
    return f"{MONTHS[int(m) - 1]} {int(d)}, {y}"


def bill(r):
    t = r["bill"].rstrip("0123456789")
    return f"{ABBR[t]} {r['bill'][len(t):]}"


def pick(n):
    return rnd.sample(laws, n)


out, expect = [], []
shown = set()  # (congress, bill) already written with its own law


def add(text, *codes):
    out.append(text)
    line = 2 * len(out) - 1 + 2  # two header lines, entries separated by blank lines
    for c in codes:
        expect.append((line, c))


# near misses: complete, correct entries (title, bill, law, Stat., date)
for r in pick(25):
    shown.add((r["congress"], r["bill"]))
    add(f"{r['short_title']}, {bill(r)}, Pub. L. No. {r['congress']}-{r['law_number']}, "
        f"{r['stat_volume']} Stat. {r['stat_page']} ({date(r['enacted'])})")
# a pin page inside the law is fine too (the next law of the volume begins
# after the pin: some laws are one page long)
starts = {}
for x in rows("data/public_laws.csv"):
    if x["stat_volume"] and x["stat_page"].isdigit():
        starts.setdefault(x["stat_volume"], set()).add(int(x["stat_page"]))
for r in [x for x in pick(40) if int(x["stat_page"]) + 1 not in starts[x["stat_volume"]]][:5]:
    add(f"{r['short_title']}, Pub. L. No. {r['congress']}-{r['law_number']}, "
        f"{r['stat_volume']} Stat. {r['stat_page']}, {int(r['stat_page']) + 1}")

# law-number-range: a digit too many
for r in pick(5):
    c = int(r["congress"])
    n = int(congs[c]["public_laws"]) + rnd.randint(1, 400) * 10 + 1000
    add(f"{r['short_title']}, Public Law {c}-{n}", "law-number-range")
# law-number-range with the bill that says which law it was
for r in pick(5):
    n = int(r["law_number"])
    bad = int(str(n)[0] + "1" + str(n)[1:]) if n >= 10 else n + 5000
    bad = max(bad, int(congs[int(r["congress"])]["public_laws"]) + 1)
    shown.add((r["congress"], r["bill"]))
    add(f"{bill(r)}, {r['short_title']}, Public Law {r['congress']}-{bad}", "law-number-range")

# bill-law-mismatch: the bill of another law of the same Congress
for r in pick(5):
    other = rnd.choice([x for x in laws if x["congress"] == r["congress"] and x["bill"] != r["bill"]
                        and (x["congress"], x["bill"]) not in shown])
    add(f"{r['short_title']}, {bill(other)}, Pub. L. No. {r['congress']}-{r['law_number']}",
        "bill-law-mismatch")

# stat-mismatch: a page of another volume, or before the law
for r in pick(5):
    add(f"{r['short_title']}, Pub. L. No. {r['congress']}-{r['law_number']}, "
        f"{int(r['stat_volume']) + 3} Stat. {r['stat_page']}", "stat-mismatch")
for r in [x for x in pick(40) if int(x["stat_page"]) > 50][:5]:
    add(f"{r['short_title']}, Pub. L. No. {r['congress']}-{r['law_number']}, "
        f"{r['stat_volume']} Stat. {int(r['stat_page']) // 2}", "stat-mismatch")

# law-date: another day in the same Congress; law-date-congress: years later


def in_term(r, y, m, d):
    c = congs[int(r["congress"])]
    return c["start_date"] <= f"{y:04d}-{m:02d}-{d:02d}" <= c["end_date"]


for r in pick(5):
    y, m, d = (int(x) for x in r["enacted"].split("-"))
    d2 = d + 1 if d < 28 and in_term(r, y, m, d + 1) else d - 1
    add(f"{r['short_title']}, Pub. L. No. {r['congress']}-{r['law_number']} "
        f"({MONTHS[m - 1]} {d2}, {y})", "law-date" if in_term(r, y, m, d2) else "law-date-congress")
for r in pick(5):
    y, m, d = (int(x) for x in r["enacted"].split("-"))
    add(f"{r['short_title']}, Pub. L. No. {r['congress']}-{r['law_number']} "
        f"({MONTHS[m - 1]} {d}, {y + 6})", "law-date-congress")

# act-year: an appropriations act for a fiscal year ten years off
for r in pick(5):
    y = int(r["enacted"][:4]) + 10
    add(f"Supplemental Appropriations Act, {y}, Pub. L. No. {r['congress']}-{r['law_number']}",
        "act-year")

# resolution-not-law
for r in pick(5):
    add(f"{r['short_title']}, H. Con. Res. {rnd.randint(1, 300)}, Pub. L. No. "
        f"{r['congress']}-{r['law_number']}", "resolution-not-law")

# house-resolution-wording: a House bill written "House Resolution N"
for r in [x for x in laws if x["bill"].startswith("hr") and not x["bill"].startswith("hres")]:
    if len([e for e in expect if e[1] == "house-resolution-wording"]) >= 5:
        break
    if rnd.random() < 0.002:
        add(f"House Resolution {r['bill'][2:]}, {r['short_title']}, Public Law "
            f"{r['congress']}-{r['law_number']}", "house-resolution-wording")

# bill-year and bill-congress
for r in pick(5):
    c = int(r["congress"])
    add(f"{bill(r)}, {c}th Cong. ({int(congs[c]['start_date'][:4]) + 4})".replace("1th", "1st")
        .replace("2th", "2nd").replace("3th", "3rd").replace("11st", "11th").replace("12nd", "12th")
        .replace("13rd", "13th"), "bill-year")
for c in (121, 124, 127, 130, 135):
    add(f"H.R. {rnd.randint(1, 9000)}, {c}{'st' if c % 10 == 1 else 'th'} Cong.", "bill-congress")

# congress-range, law-number-form
for c in (150, 120, 125, 131, 140):
    add(f"Public Law {c}-{rnd.randint(1, 200)}", "congress-range")
for n in (591, 480, 128, 77, 245):
    add(f"Pub. L. {rnd.choice([6, 40, 56])}-{n}", "law-number-form")  # numbers began with the 57th

# U.S. Code: titles, appendix, sections, status, subsections, ranges
for t in (55, 56, 60, 72, 99):
    add(f"{t} U.S.C. § {rnd.randint(1, 900)}", "usc-title")
for n in (101, 1, 20, 300, 5001):
    add(f"53 U.S.C. § {n}", "usc-title-reserved")
app50 = [s for s in secs if s[0] == "50 App." and s[4] != "yes"]
for s in rnd.sample(app50, 5):
    add(f"50 U.S.C. App. § {s[1]}", "usc-appendix-eliminated")
active = [s for s in secs if s[2] == "active" and s[5] == "yes" and s[4] != "yes" and " " not in s[0]]
gone = [s for s in secs if s[2] in ("repealed", "transferred") and s[4] != "yes" and " " not in s[0]]
for s in rnd.sample(gone, 5):
    add(f"{s[0]} U.S.C. § {s[1]}", "usc-section-status")
for s in rnd.sample(active, 5):
    add(f"{s[0]} U.S.C. § {s[1]}(a)(1 of the Code", "usc-subsection")
for s in rnd.sample(active, 5):
    add(f"{s[0]} U.S.C. § {s[1]}")  # near miss: the real section, silent
for a, b in ((2522, 2510), (1988, 1983), (300, 200), (45, 41), (9001, 8999)):
    add(f"{rnd.choice([18, 42, 7, 16, 26])} U.S.C. §§ {a}-{b}", "usc-range")

# doc-bill-two-laws and doc-law-two-dates: the same bill or law twice
for r in pick(5):
    other = rnd.choice([x for x in laws if x["congress"] == r["congress"] and x["bill"] != r["bill"]])
    add(f"{r['short_title']}, {bill(r)}, Pub. L. No. {r['congress']}-{r['law_number']}")
    add(f"{other['short_title']}, {bill(r)}, Pub. L. No. {other['congress']}-{other['law_number']}",
        "bill-law-mismatch", "doc-bill-two-laws")
for r in pick(5):
    y, m, d = (int(x) for x in r["enacted"].split("-"))
    d2 = d + 1 if d < 28 and in_term(r, y, m, d + 1) else d - 1
    add(f"{r['short_title']}, Pub. L. No. {r['congress']}-{r['law_number']} ({date(r['enacted'])})")
    add(f"{r['short_title']}, Pub. L. No. {r['congress']}-{r['law_number']} ({MONTHS[m - 1]} {d2}, {y})",
        "law-date" if in_term(r, y, m, d2) else "law-date-congress", "doc-law-two-dates")

# unknown sections: numbers no title has
for t, n in ((8, 99999), (42, 99998), (18, 9999), (5, 99990), (26, 99997)):
    add(f"{t} U.S.C. § {n}", "usc-section-unknown")

with open("fixtures/check/planted.txt", "w", encoding="utf-8") as f:
    f.write("TABLE OF AUTHORITIES (generated by scripts/make-planted.py from data/; "
            "errors planted, see planted.expected)\n\n")
    f.write("\n\n".join(out) + "\n")
with open("fixtures/check/planted.expected", "w", encoding="utf-8") as f:
    for line, code in sorted(expect):
        f.write(f"{line} {code}\n")
print(len(out), "entries,", len(expect), "planted findings")
