"""compare.py MISC.BIB LEG.BIB CLASSIC.TXT STD.TXT LEG.TXT -- checks that the
three renderings (classic bibtex + plain, biblatex numeric, statcite.bbx;
pdftotext output) show every record of the statcite BibTeX exports with the
facts it carries: its title (an Act name or a citation), its year, its
Statutes at Large citation.  Used by tests/bib/run.sh."""
import re
import sys


def records(path):
    text = open(path, encoding="utf-8").read()
    out = {}
    for m in re.finditer(r"^@(\w+)\{([^,]+),\n(.*?)^\}", text, re.S | re.M):
        fields = dict(re.findall(r"^  (\w+)\s*= \{+(.*?)\}+,$", m.group(3), re.M))
        out[m.group(2)] = fields
    return out


def untex(s):
    s = s.replace("\\S{}", "\u00a7").replace("\\&", "&").replace("\\_", "_").replace("\\%", "%")
    return re.sub(r"\s+", " ", s).strip()


def flat(path):
    try:
        t = open(path, encoding="utf-8").read()
    except OSError as e:
        print(f"bib: FAIL: no rendering: {e}")
        return ""
    t = t.replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\ufb00", "ff")
    return re.sub(r"\s+", " ", t)


misc, leg = records(sys.argv[1]), records(sys.argv[2])
rendered = {name: flat(p) for name, p in zip(("classic", "std", "leg"), sys.argv[3:6])}
bad = 0
if set(misc) != set(leg):
    print("bib: FAIL: -f bibtex and -f biblatex have different keys")
    bad += 1
for key, f in misc.items():
    title = untex(f.get("title", ""))
    want = [title]
    if "year" in f:
        want.append(f["year"])
    stat = re.search(r"\d+ Stat\. [\dA-]+", untex(f.get("howpublished", "")))
    if stat:
        want.append(stat.group(0))
    for name, text in rendered.items():
        for w in want:
            if w not in text:
                bad += 1
                if bad <= 20:
                    print(f"bib: FAIL: {key}: {w!r} not in the {name} rendering")
print(f"bib: compared {len(misc)} records in 3 renderings: {bad} missing")
sys.exit(1 if bad else 0)
