#!/usr/bin/env python3
"""build-usc-former.py -- former U.S. Code sections (sections that left the
Code before July 2013, so usc_sections.tsv does not know them) into
data/usc_former_notes.tsv.

Source: github junxit/us-congress-code (a bare git directory from the `fetch`
tool, read with git cat-file, never checked out), the Notes of every section
at HEAD (release point 119-102).  Only facts are extracted:
  restated  the Historical and Revision Notes (derivation table) of a section
            of a title enacted as positive law name its source sections
            ("10140:471." = revised section 101 from former 40 U.S.C. 471;
            "2010242 U.S.C. 2451."): the source section ended when the
            enacting law of the revised section (the first Pub. L. of its
            source credit) restated it.
  prior     "Prior Provisions" notes: "A prior section 1252a ... was repealed
            by Pub. L. ..."; "Prior sections 10101 and 10101a were omitted in
            the general amendment of this subtitle by Pub. L. 104-88": the
            section number of this title existed before, until that law.
A (title, section) that the current Code or usc_sections.tsv has is skipped
(the checker consults this table only for sections it does not know), and so
is one named only once when it is the (unverified) "prior" kind with no law.
Columns: title, section, kind, by (Congress-number of the law that ended it),
to (the section it became, "title/section", restated only).
"""
import argparse, collections, re, sys

from gitsnap import git, blobs


SEC = r'\d+[a-zA-Z]{0,3}(?:-\d+[a-zA-Z]?)?'
# "41:259(c)(13)" / "42 U.S.C. 2451" / "50 App. U.S.C. 1" -- a source section
SRC = re.compile(r'(?<![\d:])(\d{1,2})(?::|\s+U\.S\.C\.\s+)(' + SEC + r')(?![\d:])')
SRC_APP = re.compile(r'(?<![\d:])(\d{1,2})\s+App\.(?:\s+U\.S\.C\.)?:?\s*(' + SEC + r')(?![\d:])')
LAW = re.compile(r'Pub\. L\. (\d{1,3})[\u2013\-](\d{1,4})')
PRIOR = re.compile(r'\b[Pp]rior sections? (' + SEC + r')((?:(?:, | and |, and | to )' + SEC + r')*)')
# "[former] 40 U.S.C. 759", "former 49 U.S.C. 1 et seq.", "former section 3314
# of this title", "former sections 1 to 3 of Title 41"
NAMED_USC = re.compile(r'\bformer\]?\s+(\d{1,2})\s+U\.S\.C\.\s+(App\.\s+)?(?:\u00a7+\s*)?(' + SEC + r')(?![\d:])')
NAMED_SEC = re.compile(r'\b[Ff]ormer sections? (' + SEC + r')((?:(?:, | and |, and )' + SEC + r')*)'
                       r' of (this title|[Tt]itle (\d{1,2}))\b')
PRIOR_BY = re.compile(r'(?:repealed|omitted|transferred|renumbered)[^.;]{0,120}?by Pub\. L\. '
                      r'(\d{1,3})[\u2013\-](\d{1,4})')


def title_key(dirname):
    m = re.match(r'title-0*(\d+)(a?)$', dirname)
    return (m.group(1) + m.group(2)) if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--code', default='/work/.mirror/junxit+us-congress-code/repo')
    ap.add_argument('--sections', default='data/usc_sections.tsv')
    ap.add_argument('--out', default='data/usc_former_notes.tsv')
    a = ap.parse_args()

    known = set()
    with open(a.sections) as f:
        for line in f:
            if line.startswith('#') or line.startswith('title\t'):
                continue
            c = line.rstrip('\n').split('\t')
            known.add((c[0], c[1]))

    ents = []
    for line in git(a.code, 'ls-tree', '-r', 'HEAD').decode().splitlines():
        meta, path = line.split('\t', 1)
        if re.match(r'title-\d+a?/.*sec-[^/]+\.md$', path):
            ents.append((meta.split()[2], path))
    rows = {}
    seen = collections.Counter()
    targets = collections.defaultdict(list)
    for path, data in blobs(a.code, ents):
        t = data.decode('utf-8', 'replace')
        title = title_key(path.split('/')[0])
        m = re.search(r'^section: (.+)$', t, re.M)
        if not title or not m:
            continue
        sec = m.group(1).strip()
        credit = ''
        cm = re.search(r'^## Source credit\s*\n\s*\n(.+)$', t, re.M)
        if cm:
            credit = cm.group(1)
        lm = LAW.search(credit)
        enact = '%s-%s' % lm.groups() if lm else ''
        # derivation table of a positive-law title
        hm = re.search(r'Source \(Statutes at Large\)\s*(.*)', t)
        if hm and enact:
            row = hm.group(1)
            row = row.split('\n', 1)[0]
            if row.startswith(sec):
                row = row[len(sec):]
            for rx, app in ((SRC, ''), (SRC_APP, 'a')):
                for sm in rx.finditer(row):
                    key = (sm.group(1) + app, sm.group(2))
                    if key in known:
                        continue
                    seen[key] += 1
                    targets[key].append((title != key[0].rstrip('a'), enact, '%s/%s' % (title, sec)))
                    if key not in rows or rows[key][2] == 'prior':
                        rows[key] = (key[0], key[1], 'restated', '', '')
        # sections the notes call former
        for sm in NAMED_USC.finditer(t):
            key = (sm.group(1) + ('a' if sm.group(2) else ''), sm.group(3))
            if key not in known and key not in rows:
                rows[key] = (key[0], key[1], 'named', '', '')
        for sm in NAMED_SEC.finditer(t):
            tt = title if sm.group(3) == 'this title' else sm.group(4)
            for num in [sm.group(1)] + re.findall(SEC, sm.group(2) or ''):
                key = (tt, num)
                if key not in known and key not in rows:
                    rows[key] = (key[0], key[1], 'named', '', '')
        # prior provisions of this title
        pm = re.search(r'### Prior Provisions\s*\n\s*\n(.+)', t)
        if pm:
            para = pm.group(1)
            for sm in PRIOR.finditer(para):
                nums = [sm.group(1)] + re.findall(SEC, sm.group(2) or '')
                if ' to ' in (sm.group(2) or ''):
                    nums = nums[:1] + nums[-1:]
                rest = para[sm.end():sm.end() + 600]
                bm = PRIOR_BY.search(rest)
                by = '%s-%s' % bm.groups() if bm else ''
                for n in nums:
                    key = (title, n)
                    if key in known:
                        continue
                    seen[key] += 1
                    if key not in rows or (rows[key][2] == 'prior' and not rows[key][3] and by):
                        if key in rows and rows[key][2] == 'restated':
                            continue
                        rows[key] = (title, n, 'prior', by, '')
    for k, ts in targets.items():
        # several restated sections may name one source: those of the
        # source's own title (its recodification) first; "by" is the first's
        ts.sort(key=lambda x: x[0])
        to = []
        for other, by, t_ in ts:   # the sections that law restated it in
            if (other, by) == ts[0][:2] and t_ not in to and len(to) < 3:
                to.append(t_)
        rows[k] = (k[0], k[1], 'restated', ts[0][1], ';'.join(to))
    out = [r for k, r in rows.items() if r[2] in ('restated', 'named') or r[3] or seen[k] > 1]

    def order(r):
        return (int(re.match(r'\d+', r[0]).group()), r[0],
                [int(x) if x.isdigit() else x for x in re.findall(r'\d+|\D+', r[1])])
    out.sort(key=order)
    head = git(a.code, 'rev-parse', 'HEAD').decode().strip()[:8]
    with open(a.out, 'w') as f:
        f.write('# Former U.S. Code sections: absent from usc_sections.tsv, named in the Notes of\n'
                '# github junxit/us-congress-code @%s (release point 119-102) as the source of a\n'
                '# restated section (positive-law titles) or a prior section; built by\n'
                '# scripts/build-usc-former.py.  Facts only.  by: the law that ended it (C-N).\n'
                % head)
        f.write('title\tsection\tkind\tby\tto\n')
        for r in out:
            f.write('\t'.join(r) + '\n')
    kinds = collections.Counter(r[2] for r in out)
    print('former sections: %d (%s); candidates %d' % (len(out), dict(kinds), len(rows)))
    print('by title:', ' '.join('%s:%d' % kv for kv in sorted(collections.Counter(r[0] for r in out).items(),
                                                            key=lambda kv: order((kv[0], '0')))))


if __name__ == '__main__':
    main()
