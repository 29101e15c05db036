#!/usr/bin/env python3
"""import-data.py -- copy the reference tables statcite needs from ../shared/data
into data/, keeping only the columns the checker reads, with the source stated
at the top of each file ('#' comment lines, which tools/gen_refdata.c skips).

usage: scripts/import-data.py [SHARED_DATA_DIR]   (default ../shared/data)

Run by hand when the shared tables change; the build reads only data/.
"""
import csv
import os
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")
DST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")

HEAD = ("# Source: shared/data/{name} of the statcite project's reference tables, built 2025-11-25\n"
        "# from GPO Statutes at Large (us-congress-statutes), Congress.gov BILLSTATUS and OLRC\n"
        "# U.S. Code release point 119-102 data; see data/README.md for every source and flag.\n"
        "# Facts only (numbers, dates, citations, official headings), U.S. Government works.\n"
        "# Columns kept: {cols}. Regenerate with scripts/import-data.py.\n")


def copy(name, cols, delim=",", out_name=None, rowfilter=None):
    src = os.path.join(SRC, name)
    out_name = out_name or name
    with open(src, newline="", encoding="utf-8") as f:
        if delim == "\t":
            rows = [line.rstrip("\n").split("\t") for line in f]
            hdr, body = rows[0], rows[1:]
            idx = [hdr.index(c) for c in cols]
            with open(os.path.join(DST, out_name), "w", encoding="utf-8", newline="") as o:
                o.write(HEAD.format(name=name, cols=", ".join(cols)))
                o.write("\t".join(cols) + "\n")
                for r in body:
                    r += [""] * (len(hdr) - len(r))
                    o.write("\t".join(r[i] for i in idx) + "\n")
            return len(body)
        rd = csv.DictReader(f)
        n = 0
        with open(os.path.join(DST, out_name), "w", encoding="utf-8", newline="") as o:
            o.write(HEAD.format(name=name, cols=", ".join(cols)))
            w = csv.writer(o, lineterminator="\n")
            w.writerow(cols)
            for r in rd:
                if rowfilter and not rowfilter(r):
                    continue
                w.writerow([r[c] for c in cols])
                n += 1
        return n


print("congresses", copy("congresses.csv", ["congress", "start_date", "end_date", "public_laws", "private_laws", "notes"]))
print("public_laws", copy("public_laws.csv", ["congress", "law_number", "enacted", "bill", "stat_volume", "stat_page",
                                              "stat_source", "short_title", "flags"]))
print("private_laws", copy("private_laws.csv", ["congress", "law_number", "enacted", "bill", "stat_volume", "stat_page", "flags"]))
print("usc_titles", copy("usc_titles.csv", ["title", "name", "positive_law", "status", "sections_current", "notes"]))
print("usc_sections", copy("usc_sections.tsv", ["title", "section", "status", "heading", "is_range", "in_current_release",
                                                "last_release_point"], delim="\t"))
