#!/usr/bin/env python3
"""build-code-pages.py -- the laws whose first Statutes at Large page on
record (data/public_laws.csv, read from GPO's Statutes at Large metadata) is
after a page the U.S. Code's own source credits cite them at.

usage: scripts/build-code-pages.py SRC_GIT_DIR [DATA_DIR]

SRC_GIT_DIR is a bare git directory of github junxit/us-congress-code (one
Markdown file per Code section: its source credit and notes); its HEAD is
read blob by blob (no checkout).  The Code cites a law the same way in both
("Pub. L. 94-521, § 2, Oct. 17, 1976, 90 Stat. 2459" in a credit; "The
Social Security Amendments of 1965, referred to in subsec. (b), is Pub. L.
89-97, July 30, 1965, 79 Stat. 286" in a note): the law, its parts, its
date, then a page of it.  The lowest such page of a law, in the volume its
record gives, is where the law is printed at the latest; when it is before
the record's first page, the record's page is not the law's first (a title
page or a table of contents printed before it: "Pub. L. 102-150, 105 Stat.
980", on record at 981).  Writes DATA_DIR/stat_code_pages.tsv (default:
data/ beside this script): congress, law_number, stat_volume, code_page,
record_page -- those laws only (statutes-sourced rows; a row whose page is
already the Code's lowest, stat_source=usc-min-cited-page, is not repeated).

Only facts are extracted (law numbers and page numbers).  Python 3 standard
library only.  Prints its coverage.
"""
import collections
import csv
import datetime
import os
import re
import sys

from gitsnap import blobs, git, head, usc_title_of_dir

HERE = os.path.dirname(os.path.abspath(__file__))
MON = r"(?:Jan|Feb|Mar|Apr|May|June|July|Aug|Sept|Oct|Nov|Dec)\.?"
# the law, its parts (no ';' or bracket between), its date, a page of it
RE_CITE = re.compile(r"Pub\. ?L\. (\d{1,3})[–—-](\d{1,4}), (?:[^;()\[\]\n]{0,120}?, )?"
                     + MON + r" \d{1,2}, \d{4}, (\d{1,3}) Stat\. (\d{1,5})\b")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    gitdir = sys.argv[1]
    data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "data")
    commit = head(gitdir)
    when = git(gitdir, "log", "-1", "--format=%cs").decode().strip()
    records = {}
    with open(os.path.join(data, "public_laws.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(l for l in f if not l.startswith("#")):
            if r["stat_source"] == "statutes" and r["stat_volume"] and r["stat_page"].isdigit():
                records[(int(r["congress"]), int(r["law_number"]))] = (int(r["stat_volume"]),
                                                                        int(r["stat_page"]))
    entries = []
    for line in git(gitdir, "ls-tree", "-r", "HEAD").decode().splitlines():
        meta, path = line.split("\t", 1)
        top = path.split("/", 1)[0]
        if path.endswith(".md") and usc_title_of_dir(top) is not None:
            entries.append((meta.split()[2], path))
    lowest = {}  # (congress, number) -> lowest page cited in the record's volume
    counts = collections.Counter()
    for path, raw in blobs(gitdir, entries):
        counts["sections"] += 1
        for m in RE_CITE.finditer(raw.decode("utf-8", "replace")):
            law = (int(m.group(1)), int(m.group(2)))
            rec = records.get(law)
            if not rec or int(m.group(3)) != rec[0]:
                continue
            counts["pages"] += 1
            page = int(m.group(4))
            if law not in lowest or page < lowest[law]:
                lowest[law] = page
    rows = sorted((law, page) for law, page in lowest.items() if page < records[law][1])
    out = os.path.join(data, "stat_code_pages.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Source: github junxit/us-congress-code @%s (%s), the U.S. Code's source "
                "credits and notes; extracted %s by scripts/build-code-pages.py.\n"
                % (commit[:12], when, datetime.date.today().isoformat()))
        f.write("# Facts only (law numbers, pages); U.S. Government works. See data/README.md.\n")
        f.write("# code_page: the lowest page of the law's volume the Code cites it at (law, date, page), "
                "before record_page, its first page in data/public_laws.csv.\n")
        f.write("congress\tlaw_number\tstat_volume\tcode_page\trecord_page\n")
        for law, page in rows:
            f.write("%d\t%d\t%d\t%d\t%d\n" % (law[0], law[1], records[law][0], page, records[law][1]))
    print("build-code-pages: %d sections, %d law pages in their record's volume, %d laws cited; "
          "%d cited before their first page on record -> %s"
          % (counts["sections"], counts["pages"], len(lowest), len(rows), out))


if __name__ == "__main__":
    main()
