#!/usr/bin/env python3
"""build-presidents.py -- the Presidents of the United States and their terms
of office, into data/presidents.csv.

Source: github unitedstates/congress-legislators (CC0), executive.yaml, read
from a bare git directory of the `fetch` tool with git (never checked out).
Only facts are kept: each President's first and last name (and the name he
went by, when the file gives one: "Bill" Clinton) and the dates of his
service, one row for each unbroken run of terms (Grover Cleveland and Donald
Trump have two).  A term that ends in the future ends where the file says.

Columns: last, first, known_as, start, end (yyyy-mm-dd; the day one ends
the next begins: both are in office that day, as the checker reads it),
middle: the initials of the middle names of a President whose first and
last names another President bore too ("Q." for John Quincy Adams, "H. W."
and "W." for the two George Bushes), so that a message names the right one.
"""
import argparse, csv, sys

import yaml

from gitsnap import git, head


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--src', default='/work/.mirror/unitedstates+congress-legislators/repo')
    ap.add_argument('--out', default='data/presidents.csv')
    a = ap.parse_args()
    people = yaml.safe_load(git(a.src, 'show', 'HEAD:executive.yaml'))
    rows = []
    for p in people:
        runs = []
        for t in p.get('terms', []):
            if t.get('type') != 'prez':
                continue
            s, e = str(t['start']), str(t['end'])
            if runs and runs[-1][1] == s:
                runs[-1][1] = e  # a second term right after the first
            else:
                runs.append([s, e])
        n = p['name']
        for s, e in runs:
            rows.append([n['last'], n['first'], n.get('nickname', ''), s, e, n.get('middle', '')])
    # the middle names' initials, only where first and last names are shared
    pairs = {}
    for r in rows:
        pairs.setdefault((r[0], r[1]), set()).add(r[5])
    for r in rows:
        r[5] = (' '.join(w[0] + '.' for w in r[5].split())
                if len(pairs[(r[0], r[1])]) > 1 else '')
    rows.sort(key=lambda r: r[3])
    with open(a.out, 'w', encoding='utf-8', newline='') as f:
        f.write('# Source: github unitedstates/congress-legislators @%s, executive.yaml (CC0), '
                'extracted by scripts/build-presidents.py.\n' % head(a.src)[:12])
        f.write('# Facts only: names and dates of office. See data/README.md.\n')
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['last', 'first', 'known_as', 'start', 'end', 'middle'])
        for r in rows:
            w.writerow(r)
    print('presidents: %d runs of office' % len(rows), file=sys.stderr)


if __name__ == '__main__':
    main()
