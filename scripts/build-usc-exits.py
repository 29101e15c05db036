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
import argparse, csv, re, subprocess, sys

from gitsnap import git, head

STUB = re.compile(r'^# \u00a7+\s*[^.]+\.\s+(Transferred|Omitted|Renumbered|Repealed|Reserved)\b'
                  r'(.*)$', re.M)
DATED = re.compile(r'(Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}')
LAW = re.compile(r'Public Law (\d{1,3})-(\d{1,4})')


def title_of_dir(d):
    m = re.match(r'title-0*(\d+)(a?)$', d)
    if not m:
        return None
    return m.group(1) + (' App.' if m.group(2) else '')


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
        t = title_of_dir(parts[0])
        if m and t and (t, m.group(1)) in want:
            paths[line] = (t, m.group(1))

    # every release point in order, and the files it changed
    commits = git(a.code, 'rev-list', '--reverse', '--topo-order', 'HEAD').decode().split()
    first = commits[0]
    state = {}  # path -> (stub word or None, release point it turned so)
    cat = subprocess.Popen(['git', '--git-dir', a.code, 'cat-file', '--batch'],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def blob(spec):
        cat.stdin.write((spec + '\n').encode())
        cat.stdin.flush()
        hdr = cat.stdout.readline().split()
        if len(hdr) < 3 or hdr[1] != b'blob':
            return None
        data = cat.stdout.read(int(hdr[2]))
        cat.stdout.read(1)
        return data

    for c in commits:
        subj = git(a.code, 'log', '-1', '--format=%s', c).decode()
        m = LAW.search(subj)
        if not m:
            continue  # a README commit
        rp = m.group(1) + '-' + m.group(2)
        out = git(a.code, 'diff-tree', '-r', '--root', '--no-commit-id', '--name-status', c)
        for line in out.decode().splitlines():
            st, path = line.split('\t', 1)
            if path not in paths:
                continue
            if st == 'D':
                state.pop(path, None)
                continue
            data = blob(c + ':' + path)
            if data is None:
                continue
            word = heading_stub(data)
            prev = state.get(path)
            if word and not (prev and prev[0]):
                state[path] = (word, rp, c == first)
            elif not word:
                state[path] = (None, rp, False)
    cat.stdin.close()
    cat.wait()

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
