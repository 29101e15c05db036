#!/usr/bin/env python3
"""build-bill-numbers.py -- how far each kind of bill and resolution of the
108th-119th Congresses was numbered, into data/bill_numbers.tsv.

Source: the bare git directories of github junxit/us-congress-bills-108 ...
-119 (from the `fetch` tool; read with git, never checked out).  Each holds
one branch per measure that has published text, named from its citation
("hr-588", "sconres-13"), and a GAPS.md on its main branch that counts, by
type, the measures BILLSTATUS records with no text ("| `hr` | 4,020 |").
Only facts are extracted: branch names and those counts.

The bills and resolutions of each kind are numbered from 1 in each Congress,
each number once.  So, for a kind:
  highest_text  the highest number with a branch (a measure numbered so exists)
  measures      branches + measures without text: how many BILLSTATUS records
  upper         the highest number there is: where the measures without text
                are listed one by one (GAPS.tsv, or GAPS.md's list when it
                holds them all), the highest of those and highest_text; else
                the highest there can be, highest_text + the measures without
                text (each number above highest_text would be one of them)
A number above `upper` was never given in that Congress -- for a Congress
still sitting at the snapshot (congresses.csv: "in progress") only as of the
snapshot, and statcite does not use such rows.

Usage: build-bill-numbers.py GITDIR_108 ... GITDIR_119 > data/bill_numbers.tsv
"""
import collections
import datetime
import re
import sys

from gitsnap import git, head

KINDS = ('hr', 's', 'hres', 'sres', 'hjres', 'sjres', 'hconres', 'sconres')
BRANCH = re.compile(r'^([a-z]+)-([1-9]\d*)$')
NO_TEXT = 'recorded in BILLSTATUS but have no bill text'
TYPE_ROW = re.compile(r'^\| `([a-z]+)` \| ([\d,]+) \|', re.M)
CONGRESS = re.compile(r'^# .*\u2014 (\d+)(?:st|nd|rd|th) Congress')
LISTED = re.compile(r'^(?:\| `)?(H\.R\.|S\.|H\.Res\.|S\.Res\.|H\.J\.Res\.|S\.J\.Res\.|H\.Con\.Res\.|S\.Con\.Res\.) '
                    r'([1-9]\d*)(?:`|\t)', re.M)
KIND_OF = {'H.R.': 'hr', 'S.': 's', 'H.Res.': 'hres', 'S.Res.': 'sres', 'H.J.Res.': 'hjres',
           'S.J.Res.': 'sjres', 'H.Con.Res.': 'hconres', 'S.Con.Res.': 'sconres'}


def read(gitdir):
    gaps = git(gitdir, 'show', 'HEAD:GAPS.md').decode()
    m = CONGRESS.search(gaps)
    if not m:
        sys.exit('build-bill-numbers: %s: GAPS.md names no Congress' % gitdir)
    congress = int(m.group(1))
    without = collections.Counter()
    if NO_TEXT in gaps:
        part = gaps.split('## By measure type', 1)
        if len(part) != 2:
            sys.exit('build-bill-numbers: %s: measures without text, no table by type' % gitdir)
        table = part[1].split('\n## ', 1)[0]
        for t, n in TYPE_ROW.findall(table):
            without[t] = int(n.replace(',', ''))
    # the measures without text one by one: GAPS.tsv, else GAPS.md's list
    try:
        listing = git(gitdir, 'show', 'HEAD:GAPS.tsv').decode()
    except Exception:
        listing = gaps
    listed = collections.defaultdict(list)
    for k, n in LISTED.findall(listing):
        listed[KIND_OF[k]].append(int(n))
    highest = collections.Counter()
    branches = collections.Counter()
    refs = git(gitdir, 'for-each-ref', '--format=%(refname:short)', 'refs/heads').decode().split()
    for r in refs:
        b = BRANCH.match(r)
        if b and b.group(1) in KINDS:
            branches[b.group(1)] += 1
            highest[b.group(1)] = max(highest[b.group(1)], int(b.group(2)))
    for t in without:
        if t not in KINDS:
            sys.exit('build-bill-numbers: %s: unknown measure type %r' % (gitdir, t))
    rows = []
    for t in KINDS:
        measures = branches[t] + without[t]
        if measures == 0:
            continue
        if len(set(listed[t])) == without[t] and max([highest[t]] + listed[t]) >= measures:
            upper = max([highest[t]] + listed[t])
        else:  # (no list, or one that does not square with the count: the bound)
            upper = max(highest[t] + without[t], measures)
        rows.append((congress, t, highest[t], measures, upper))
    return congress, head(gitdir), rows


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = []
    heads = []
    for d in sys.argv[1:]:
        congress, commit, rows = read(d)
        heads.append('%d @%s' % (congress, commit[:12]))
        out.extend(rows)
    out.sort(key=lambda r: (r[0], KINDS.index(r[1])))  # (the order of sc_bill_type)
    w = sys.stdout.write
    w('# Source: github junxit/us-congress-bills-NNN (Congress.gov BILLSTATUS, govinfo BILLS): %s; '
      'extracted %s by scripts/build-bill-numbers.py.\n' % (', '.join(heads), datetime.date.today()))
    w('# Facts only (branch names, counts by type). upper: no measure of the kind was numbered higher '
      '(the highest listed, with text or without; else highest_text + those without text). '
      'See data/README.md.\n')
    w('congress\ttype\thighest_text\tmeasures\tupper\n')
    for r in out:
        w('%d\t%s\t%d\t%d\t%d\n' % r)


if __name__ == '__main__':
    main()
