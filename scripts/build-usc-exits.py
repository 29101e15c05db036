#!/usr/bin/env python3
"""build-usc-exits.py -- when each U.S. Code section that the current release
point holds only as a placeholder ("§ 1973. Transferred", "§ 6. Omitted",
"§ 1. Renumbered", or "Repealed" with no date in its heading) became one,
into data/usc_exits.tsv.

Source: github junxit/us-congress-code (a bare git directory from the `fetch`
tool, read with git, never checked out), whose history holds one commit per
OLRC release point since July 2013 ("US Code through Public Law 113-163,
excluding 113-159").  For each such section the script finds the release
point at which its file's heading last turned from a section's text into the
placeholder: the section left the Code then (at the latest).  A section that
was a placeholder already in the first release point (113-21) left before
it: its row says so (`since` 113-21, `before` yes).  Only facts are
extracted: release point names and the dates of the laws they are named
after (data/public_laws.csv).

Columns: title (as usc_sections.tsv: "42", "5 App."), section, status (the
placeholder's word, lower case), since (the release point, "113-163"),
date (yyyy-mm-dd of that law), before ("yes" when it was so already in the
first release point).
"""
import argparse, csv, re, sys

from gitsnap import blobs, git, head, usc_title_of_dir

STUB = re.compile(r'^# \u00a7+\s*[^.]+\.\s+(Transferred|Omitted|Renumbered|Repealed|Reserved)\b'
                  r'(.*)$', re.M)
DATED = re.compile(r'(Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}')
LAW = re.compile(r'Public Law (\d{1,3})-(\d{1,4})')


def heading_stub(data):
    """The placeholder word of a section file's heading, or None."""
    m = STUB.search(data.decode('utf-8', 'replace'))
    return m.group(1).lower() if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--code', default='/work/.mirror/junxit+us-congress-code/repo')
    ap.add_argument('--sections', default='data/usc_sections.tsv')
    ap.add_argument('--laws', default='data/public_laws.csv')
    ap.add_argument('--out', default='data/usc_exits.tsv')
    a = ap.parse_args()

    # the sections the table holds as current placeholders with no date
    want = {}
    with open(a.sections, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or line.startswith('title\t'):
                continue
            t, s, status, heading, _rng, cur, _last = line.rstrip('\n').split('\t')[:7]
            if cur != 'yes' or status == 'active' or DATED.search(heading):
                continue
            want[(t, s)] = status
    enacted = {}
    with open(a.laws, encoding='utf-8') as f:
        for r in csv.DictReader(l for l in f if not l.startswith('#')):
            enacted[(r['congress'], r['law_number'])] = r['enacted']

    # their files at HEAD
    paths = {}
    for line in git(a.code, 'ls-tree', '-r', '--name-only', 'HEAD').decode().splitlines():
        parts = line.split('/')
        m = re.match(r'sec-(.+)\.md$', parts[-1])
        t = usc_title_of_dir(parts[0])
        if m and t and (t, m.group(1)) in want:
            paths[line] = (t, m.group(1))

    # every release point in order (one log), the section files each changed
    # (one diff-tree each), then their headings (one cat-file for all)
    log = git(a.code, 'log', '--reverse', '--topo-order', '--format=%H%x09%s', 'HEAD')
    steps = []  # (release point, its the first?, path, deleted?) in history's order
    first_rp = None
    for line in log.decode().splitlines():
        c, subj = line.split('\t', 1)
        m = LAW.search(subj)
        if not m:
            continue  # a README commit
        rp = m.group(1) + '-' + m.group(2)
        first_rp = first_rp or rp
        out = git(a.code, 'diff-tree', '-r', '--root', '--no-commit-id', '--name-status', c)
        for change in out.decode().splitlines():
            st, path = change.split('\t', 1)
            if path in paths:
                steps.append((c, rp, rp == first_rp, path, st == 'D'))
    heads = {k: heading_stub(data) for k, data in
             blobs(a.code, [(c + ':' + path, k) for k, (c, _, _, path, gone) in enumerate(steps)
                            if not gone])}
    state = {}  # path -> (stub word or None, release point it turned so, in the first?)
    for k, (c, rp, in_first, path, gone) in enumerate(steps):
        if gone:
            state.pop(path, None)
            continue
        if k not in heads:
            continue  # a blob the snapshot lacks
        word = heads[k]
        prev = state.get(path)
        if word and not (prev and prev[0]):
            state[path] = (word, rp, in_first)
        elif not word:
            state[path] = (None, rp, False)

    rows = []
    for path, (t, s) in paths.items():
        st = state.get(path)
        if not st or not st[0]:
            continue  # no placeholder heading in the file (a range row, a named heading)
        c, n = st[1].split('-')
        d = enacted.get((c, n), '')
        if not d:
            continue  # a release point named after a law the table lacks
        rows.append((t, s, st[0], st[1], d, 'yes' if st[2] else ''))

    def key(r):
        return (r[0], r[1])
    rows.sort(key=key)
    commit = head(a.code)
    with open(a.out, 'w', encoding='utf-8') as f:
        f.write('# Source: github junxit/us-congress-code @%s (its history: one commit per OLRC '
                'release point since 113-21), extracted by scripts/build-usc-exits.py.\n' % commit[:12])
        f.write('# Facts only (release points, dates of laws); U.S. Government works. '
                'See data/README.md.\n')
        f.write('# The release point at which a section the Code now holds as a placeholder '
                '(Transferred, Omitted, Renumbered, undated Repealed) became one; before=yes: '
                'it was one already in the first release point.\n')
        f.write('title\tsection\tstatus\tsince\tdate\tbefore\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    print('usc_exits: %d sections (of %d placeholders without a date), %d before 113-21'
          % (len(rows), len(want), sum(1 for r in rows if r[5])), file=sys.stderr)


if __name__ == '__main__':
    main()
