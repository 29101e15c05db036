#!/usr/bin/env python3
"""Gold for the two further kinds of FORMAT.md (act_section, short forms) in the dev set.

usage: python3 scripts/make-gold-extra.py ../shared/corpus/dev > tests/eval/gold-extra.jsonl

Turns the records of ../shared/corpus/dev/negatives.jsonl of kind act_section and
short_form into gold records per FORMAT.md, by the decisions below (one per record,
keyed by doc and start).  A list becomes one record per section: the first from the
list's start, each further one from its own number, every one to the end of the phrase
(FORMAT.md's nesting); a short form's list ("id. §§ 342, 343") gives each item its own
span, as a U.S.C. list does.  Every key is checked: its section must be in
data/usc_sections.tsv, and where the document gives a parallel U.S.C. cite right after
(within 40 bytes), the key must agree with it (section level).  A record left out stays
a negative (the eval still checks that nothing is reported there); why, is said below.
Run by hand; the output is committed.
"""
import json
import re
import sys

# (doc, start) -> list of (text of the item as written, key, form); [] = stays a negative
DECIDE = {
    # sections of named Acts, classified (Code source credits; parallel cites agree)
    ("cfr-27-478-firearms-excerpt.txt", 2433): [("section 38 of the Arms Export Control Act", "usc:22/2778", "full")],
    # UCMJ articles: the Code's title 10 enacts them (10 U.S.C. 850a, 876b, the parallel
    # cite); gold, though statcite's Act tables (source credits) do not hold the UCMJ
    ("cfr-27-478-firearms-excerpt.txt", 3867): [("articles 50a", "usc:10/850a", "full"), ("72b", "usc:10/876b", "full")],
    ("comps-irtpa-2004-excerpt.txt", 13041): [("section 101(a)(17) of the Immigration and Nationality Act", "usc:8/1101(a)(17)", "full")],
    ("comps-irtpa-2004-excerpt.txt", 13812): [("section 237(a)(4) of the Immigration and Nationality Act", "usc:8/1227(a)(4)", "full")],
    ("comps-irtpa-2004-excerpt.txt", 14485): [("sections 205", "usc:8/1155", "full"), ("221(i)", "usc:8/1201(i)", "full")],
    ("crs-R48915-fdca-preemption-notes.txt", 7074): [("PHSA section 351(j)", "usc:42/262(j)", "full")],
    ("enr-113hjres59-division-b-excerpt.txt", 3559): [("Section 1848(d) of the Social Security Act", "usc:42/1395w-4(d)", "full")],
    ("publ-113-121-wrrda-excerpt.txt", 4491): [("Section 205 of the Flood Control Act of 1948", "usc:33/701s", "full")],
    ("pvtl-112-1.txt", 639): [("section 245 of the Immigration and Nationality Act", "usc:8/1255", "full")],
    ("pvtl-112-1.txt", 1359): [("section 202(a)(2) of the Immigration and Nationality Act", "usc:8/1152(a)(2)", "full")],
    # short forms: Id. after a full cite of title 21
    ("crs-R48915-fdca-preemption-notes.txt", 7226): [("id. §§ 342", "usc:21/342", "short"), ("343", "usc:21/343", "short"),
        ("351", "usc:21/351", "short"), ("352", "usc:21/352", "short"), ("361", "usc:21/361", "short"),
        ("362", "usc:21/362", "short"), ("387b", "usc:21/387b", "short"), ("387c", "usc:21/387c", "short")],
    ("crs-R48915-fdca-preemption-notes.txt", 7596): [("Id. § 337(a)", "usc:21/337(a)", "short")],
    ("crs-R48915-fdca-preemption-notes.txt", 13154): [("Id. § 341", "usc:21/341", "short")],
    ("crs-R48915-fdca-preemption-notes.txt", 13420): [("Id. § 343(i)", "usc:21/343(i)", "short")],
    ("crs-R48915-fdca-preemption-notes.txt", 13445): [("Id. § 343(g)", "usc:21/343(g)", "short")],
    # "of this title" in a title-6 and a title-35 Code document; a bare section there
    ("usc-35-209-210-excerpt.txt", 87): [("section 207(a)(2)", "usc:35/207(a)(2)", "short")],
    ("usc-35-209-210-excerpt.txt", 2161): [("section 2 of this title", "usc:35/2", "short")],
}
THIS6 = {2689: "455", 2990: "240", 3055: "240", 3293: "221", 3358: "221", 3576: "613", 3804: "124m",
         4012: "124m", 4238: "321n", 4325: "464a", 4615: "592", 4836: "609"}
for st, sec in THIS6.items():
    DECIDE[("usc-06-101-notes-excerpt.txt", st)] = [(f"section {sec} of this title", f"usc:6/{sec}", "short")]
DECIDE[("usc-06-101-notes-excerpt.txt", 3896)] = [("sections 121", "usc:6/121", "short"), ("124k", "usc:6/124k", "short")]
DECIDE[("usc-06-101-notes-excerpt.txt", 4275)] = [("sections 453", "usc:6/453", "short"), ("464", "usc:6/464", "short")]
DECIDE[("usc-06-101-notes-excerpt.txt", 4531)] = [("sections 592", "usc:6/592", "short"), ("596a", "usc:6/596a", "short")]
# Left as negatives: "sec. 521", "sec. 403A", "sec. 752", "sec. 916" (an FD&C Act section a
# public law inserted, the Act not named in the text); "§ 6", "§ 412(d)", "§ 101(b)", "§ 2",
# "§ 1", ... (sections of the public law just cited); sections whose classification is a
# note, not a section (OBRA 1993 § 13501, WRDA 2007 § 2037, NDAA FY2015 § 3093) or none
# (PPACA § 3306); "Section 3 of the Act of August 13, 1946" (an Act known by its date, not
# its name); seed.txt's "section 287(g); 101(a)(17)" (the Act named only before the
# parenthesis); "Id. § 101.72" (a C.F.R. section); "§ 210." (a Code section heading).



def main():
    corpus = sys.argv[1]
    secs = set()
    for line in open("data/usc_sections.tsv", encoding="utf-8"):
        if line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) >= 2:
            secs.add((f[0], f[1]))
    out, bad = [], 0
    for line in open(f"{corpus}/negatives.jsonl", encoding="utf-8"):
        n = json.loads(line)
        if n.get("kind") not in ("act_section", "short_form"):
            continue
        items = DECIDE.get((n["doc"], n["start"]))
        if not items:
            continue
        doc = open(f"{corpus}/docs/{n['doc']}", "rb").read()
        span = doc[n["start"]:n["end"]]
        pos = 0
        for k, (text, key, form) in enumerate(items):
            t = text.encode()
            i = span.find(t, pos)
            if i < 0:
                sys.exit(f"{n['doc']}:{n['start']}: {text!r} not in {span!r}")
            s = n["start"] + i
            nested = n["kind"] == "act_section" or "this title" in n["text"]
            e = n["end"] if nested else s + len(t)
            pos = i + len(t)
            m = re.match(r"usc:(\d+)/([0-9A-Za-z-]+)", key)
            if (m.group(1), m.group(2)) not in secs:
                print(f"{n['doc']}:{s}: {key} not in data/usc_sections.tsv", file=sys.stderr)
                bad += 1
            tail = doc[n["end"]:n["end"] + 60].decode("utf-8", "replace")
            par = re.search(r"\((\d+) U\.S\.C\. (?:\d+ )?([0-9A-Za-z]+(?:[–-]\d+)?)", tail)
            if par and n["kind"] == "act_section" and k == 0:
                if (par.group(1), par.group(2).replace("–", "-")) != (m.group(1), m.group(2)):
                    print(f"{n['doc']}:{s}: {key} disagrees with the parallel cite {par.group(0)!r}",
                          file=sys.stderr)
                    bad += 1
            r = {"doc": n["doc"], "start": s, "end": e,
                 "type": "act_section" if n["kind"] == "act_section" else "usc",
                 "text": doc[s:e].decode("utf-8"), "key": key}
            if form == "short":
                r["form"] = "short"
            out.append(r)
    for r in out:
        print(json.dumps(r, ensure_ascii=False))
    if bad:
        sys.exit(f"{bad} keys failed their check")


if __name__ == "__main__":
    main()
