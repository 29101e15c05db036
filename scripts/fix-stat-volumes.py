#!/usr/bin/env python3
"""fix-stat-volumes.py -- correct the Statutes at Large volumes of
data/public_laws.csv that contradict their own neighbours.

usage: scripts/fix-stat-volumes.py [DATA_DIR]     (default: data/ beside this script)

A public law printed in another volume than every one of the three laws
numbered before it and the three after it in its Congress, whose first page
lies between the pages of the nearest two of them in their volume, is a
typo of the record: "109,2,...,118,4" for the Class Action Fairness Act
(119 Stat. 4, between 109-1 at 119 Stat. 3 and 109-3 at 119 Stat. 15).  Its
volume becomes the neighbours' and "stat_volume_from_neighbours" is added
to its flags.  A row whose page does not fit between them is left as it is
and listed.  Idempotent: run after scripts/import-data.py.  Facts only: the
rule reads the table's own rows, nothing else.
"""
import csv
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FLAG = "stat_volume_from_neighbours"


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "data")
    path = os.path.join(data, "public_laws.csv")
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    head = [l for l in lines if l.startswith("#")]
    body = [l for l in lines if l and not l.startswith("#")]
    rows = list(csv.DictReader(io.StringIO("\n".join(body) + "\n")))
    cols = body[0].split(",")
    by_congress = {}
    for r in rows:
        if r["stat_volume"].isdigit() and r["stat_page"].isdigit() and r["law_number"].isdigit():
            by_congress.setdefault(int(r["congress"]), {})[int(r["law_number"])] = r
    fixed, left = [], []
    for c, laws in sorted(by_congress.items()):
        nums = sorted(laws)
        for i, n in enumerate(nums):
            r = laws[n]
            v, p = int(r["stat_volume"]), int(r["stat_page"])
            near = [laws[nums[j]] for j in range(max(0, i - 3), min(len(nums), i + 4)) if j != i]
            vols = {int(x["stat_volume"]) for x in near}
            if not near or v in vols or len(vols) != 1:
                continue
            nv = vols.pop()
            lo = [x for x in near if int(x["law_number"]) < n]
            hi = [x for x in near if int(x["law_number"]) > n]
            if lo and hi and int(lo[-1]["stat_page"]) <= p <= int(hi[0]["stat_page"]):
                r["stat_volume"] = str(nv)
                if FLAG not in r["flags"]:
                    r["flags"] = (r["flags"] + ";" if r["flags"] else "") + FLAG
                fixed.append("%d-%d: %d -> %d Stat. %d" % (c, n, v, nv, p))
            else:
                left.append("%d-%d: %d Stat. %d (neighbours in %d)" % (c, n, v, p, nv))
    pfixed, pdropped = fix_pages(by_congress)
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(head) + "\n" + out.getvalue())
    print("fix-stat-volumes: %d corrected: %s" % (len(fixed), "; ".join(fixed)))
    print("fix-stat-volumes: %d left (page not between its neighbours'): %s" % (len(left), "; ".join(left)))
    print("fix-stat-volumes: %d pages with a digit too many corrected: %s" % (len(pfixed), "; ".join(pfixed)))
    print("fix-stat-volumes: %d such pages dropped (no one page fits): %s" % (len(pdropped), "; ".join(pdropped)))


def add_flag(r, flag):
    if flag not in r["flags"].split(";"):
        r["flags"] = (r["flags"] + ";" if r["flags"] else "") + flag


def fix_pages(by_congress):
    """A first page with more digits than those of the laws numbered just
    before and after it in its Congress and volume, and outside them, has a
    digit too many ("97,374,...,96,18187" between 97-373 at 96 Stat. 1817
    and 97-375 at 1819).  Becomes the one page that dropping a digit gives
    between the two (strictly, else inclusive), flagged
    stat_page_from_neighbours; with none or several, it is emptied (the
    page is not known), flagged stat_page_dropped."""
    fixed, dropped = [], []
    for c, laws in sorted(by_congress.items()):
        nums = sorted(laws)
        for i, n in enumerate(nums):
            r = laws[n]
            if r["stat_source"] != "statutes" or not r["stat_page"].isdigit():
                continue
            v, p = r["stat_volume"], r["stat_page"]
            lo = [laws[nums[j]] for j in range(max(0, i - 3), i)
                  if laws[nums[j]]["stat_volume"] == v and laws[nums[j]]["stat_page"].isdigit()]
            hi = [laws[nums[j]] for j in range(i + 1, min(len(nums), i + 4))
                  if laws[nums[j]]["stat_volume"] == v and laws[nums[j]]["stat_page"].isdigit()]
            if not lo or not hi:
                continue
            pp, pn = int(lo[-1]["stat_page"]), int(hi[0]["stat_page"])
            if pp > pn or pp <= int(p) <= pn or len(p) <= max(len(str(pp)), len(str(pn))):
                continue
            cands = {int(p[:k] + p[k + 1:]) for k in range(len(p)) if p[:k] + p[k + 1:] and
                     not (p[:k] + p[k + 1:]).startswith("0")}
            strict = sorted(x for x in cands if pp < x < pn)
            incl = sorted(x for x in cands if pp <= x <= pn)
            pick = strict if len(strict) == 1 else incl if len(incl) == 1 else []
            if pick:
                r["stat_page"] = str(pick[0])
                add_flag(r, "stat_page_from_neighbours")
                fixed.append("%d-%d: %s Stat. %s -> %d" % (c, n, v, p, pick[0]))
            else:
                r["stat_page"] = ""
                add_flag(r, "stat_page_dropped")
                dropped.append("%d-%d: %s Stat. %s (between %d and %d)" % (c, n, v, p, pp, pn))
    return fixed, dropped


if __name__ == "__main__":
    main()
