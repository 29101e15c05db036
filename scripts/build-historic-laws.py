#!/usr/bin/env python3
"""build-historic-laws.py -- laws of the 1st-81st Congresses (Statutes at Large
volumes 1-64) into data/historic_laws.csv and data/historic_laws_conflicts.csv.

Sources (bare git directories from the `fetch` tool; read with git, never
checked out; only facts are extracted):
  --statutes   github junxit/us-congress-statutes   front matter of every law:
               volume, citation (page), type, chapter, Congress, session, date, bill
  --legisworks github unitedstates/legisworks-historical-statutes  data/NNN.yaml:
               public-law / public-resolution numbers of the 57th-81st Congress,
               the date printed at the end of each title
  --nabors     github unitedstates/nabors  table.csv: chapters of 1789-1903 with
               volume, page, date and bill
  --congresses data/congresses.csv (terms, law counts)

Resolution rules (each application is a row of the conflicts file):
  session  Chapters are numbered afresh in each session and rise with the date.
           Per Congress, all chapters (public and private) sorted by date and
           chapter: a fall of the chapter number to <= 40 from a session high
           at least three times as large, confirmed by the next rows, starts
           the next session.  Where the source's session disagrees with that
           order, the derived session is kept (rule `chapter-order`); when the
           derivation finds a different number of sessions than the source
           names, the source is kept for that Congress (`source-kept`).
  date     A date outside the Congress's term (congresses.csv) is wrong; a
           date that breaks the rising chapter order of its session while the
           other source's date keeps it is wrong.  Otherwise the statutes
           repository's date is kept and the disagreement listed.
  numbers  Legisworks rows are joined to the statutes rows by (volume, page,
           public/resolution, order on the page); a public-law number above
           the Congress's count in congresses.csv (sessions summed for the
           57th-59th) is dropped (`number-out-of-range`).
Prints coverage: laws per Congress against congresses.csv for the 57th-81st,
chapters per volume.
"""
import argparse, collections, csv, datetime, json, re, sys

from gitsnap import git, head, blobs

try:
    import yaml
    YLoader = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)
except ImportError:  # pragma: no cover
    sys.exit('build-historic-laws.py: needs python3-yaml')

ROMAN = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}


def roman(s):
    s = s.strip().upper()
    if s.isdigit():
        return int(s)
    if not s or any(c not in ROMAN for c in s):
        return None
    tot = 0
    for i, c in enumerate(s):
        v = ROMAN[c]
        if i + 1 < len(s) and ROMAN[s[i + 1]] > v:
            tot -= v
        else:
            tot += v
    return tot


def front_matter(text):
    fm = {}
    if text.startswith('---'):
        end = text.find('\n---', 3)
        for line in text[3:end].strip().splitlines():
            if ':' in line:
                k, v = line.split(':', 1)
                fm[k.strip()] = v.strip()
    return fm


MONTHS = {m: i + 1 for i, m in enumerate(
    'january february march april may june july august september october november december'.split())}
TITLE_DATE = re.compile(r'(January|February|March|April|May|June|July|August|September|October|'
                        r'November|December)\s+(\d{1,2}),\s+(1[789]\d\d)\b[^A-Za-z]*$')


def iso(y, m, d):
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


KIND = {('Chapter', 'public'): 'ch', ('Chapter', 'private'): 'pch',
        ('Public Resolution', 'public'): 'pres', ('Public Resolutions', 'public'): 'pres',
        ('Resolution', 'public'): 'res', ('Public Law', 'public'): 'ch',
        ('Private Resolution', 'private'): 'prres', ('Resolution', 'private'): 'prres',
        ('Public Resolution', 'private'): 'prres'}


VOLUME_FIXES = []


def load_statutes(gitdir):
    ents = []
    for line in git(gitdir, 'ls-tree', '-r', 'HEAD').decode().splitlines():
        meta, path = line.split('\t', 1)
        m = re.match(r'volume-(\d{3})/(public|private|resolutions)/', path)
        if m and int(m.group(1)) <= 64:
            ents.append((meta.split()[2], path))
    rows = []
    for path, data in blobs(gitdir, ents):
        fm = front_matter(data.decode('utf-8', 'replace'))
        kind = KIND.get((fm.get('type'), fm.get('scope')))
        if not kind:
            continue                      # concurrent resolutions, amendments: not laws
        cm = re.match(r'(\d+) Stat\. (A?\d+)$', fm.get('citation', ''))
        num = roman(fm.get('number', ''))
        if not cm or num is None or not fm.get('congress', '').isdigit():
            continue
        bill = ''
        b = re.match(r'\d+/([a-z]+)-(\d+)$', fm.get('bills', '').split(',')[0].strip())
        if b and kind in ('ch', 'pch'):
            bill = b.group(1) + b.group(2)
        date = fm.get('approved', '')
        if not re.match(r'\d{4}-\d\d-\d\d$', date):
            date = ''
        vol = int(cm.group(1))
        if fm.get('volume', '').isdigit() and int(fm['volume']) != vol:
            # the citation's volume disagrees with the volume the law is filed
            # under (288 rows: "39 Stat. 848" in volume 36): the volume wins
            VOLUME_FIXES.append(dict(congress=fm['congress'], session=fm.get('session', ''),
                                     kind=kind, number=num, volume=fm['volume'],
                                     page=cm.group(2), field='volume', statutes=vol,
                                     other=fm['volume'], kept='volume field',
                                     rule='volume-field'))
            vol = int(fm['volume'])
        rows.append(dict(congress=int(fm['congress']),
                         session=int(fm['session']) if fm.get('session', '').isdigit() else 0,
                         kind=kind, number=num, date=date, volume=vol,
                         page=cm.group(2), publ='', pubres='', bill=bill, src='s',
                         path=path))
    return rows


def load_legisworks(gitdir):
    out = []
    for line in git(gitdir, 'ls-tree', 'HEAD', 'data/').decode().splitlines():
        path = line.split('\t', 1)[1]
        d = yaml.load(git(gitdir, 'show', 'HEAD:' + path), Loader=YLoader) or []
        for order, e in enumerate(d):
            t = e.get('type')
            if t not in ('publaw', 'pubres', 'chap', 'jointres'):
                continue
            date = None
            m = TITLE_DATE.search(' '.join(str(e.get('title', '')).split()))
            if m:
                date = iso(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
            out.append(dict(volume=int(e.get('volume', 0)), page=str(e.get('page', '')),
                            type=t, number=e.get('number'), congress=e.get('congress'),
                            session=e.get('session'), chapter=e.get('chapter'), date=date,
                            order=order, file=str(e.get('file', ''))))
    return out


def load_nabors(gitdir):
    rows = list(csv.DictReader(git(gitdir, 'show', 'HEAD:table.csv').decode().splitlines()))
    out = {}
    for r in rows:
        try:
            key = (int(r['stat-volume']), (r['stat-page-start'] or '').strip(), int(r['slip-chapter']))
        except (ValueError, TypeError):
            continue
        bill = ''
        bt = re.sub(r'[^a-z]', '', (r['bill-type'] or '').lower())
        if bt in ('hr', 's') and (r['bill-number'] or '').isdigit():
            bill = bt + r['bill-number']
        out[key] = dict(date=r['date'] if re.match(r'\d{4}-\d\d-\d\d$', r['date'] or '') else '',
                        bill=bill)
    return out


def load_congresses(path):
    terms, counts = {}, {}
    with open(path) as f:
        for r in csv.reader(line for line in f if not line.startswith('#')):
            if not r or not r[0].isdigit():
                continue
            terms[int(r[0])] = (r[1], r[2])
            if r[3].isdigit():
                counts[int(r[0])] = int(r[3])
    return terms, counts


def derive_sessions(rows, conflicts):
    """Per Congress: sessions from the chapter order (see the module comment)."""
    by = collections.defaultdict(list)
    for r in rows:
        if r['kind'] in ('ch', 'pch') and r['date']:
            by[r['congress']].append(r)
    for c, lst in by.items():
        lst.sort(key=lambda r: (r['date'], r['number']))
        derived = []
        s, high = 1, 0
        for i, r in enumerate(lst):
            n = r['number']
            if n <= 40 and high >= 3 * n + 30:
                nxt = [x['number'] for x in lst[i + 1:i + 4]]
                if all(x < high / 2 for x in nxt):
                    s, high = s + 1, 0
            high = max(high, n)
            derived.append(s)
        src_sessions = {r['session'] for r in lst if r['session']}
        if len(src_sessions) != s:
            if any(r['session'] != d for r, d in zip(lst, derived)):
                conflicts.append(dict(congress=c, session='', kind='', number='', volume='', page='',
                                      field='session', statutes='%d sessions' % len(src_sessions),
                                      other='%d by chapter order' % s, kept='statutes',
                                      rule='source-kept'))
            continue
        for r, d in zip(lst, derived):
            if r['session'] != d:
                conflicts.append(dict(congress=c, session=d, kind=r['kind'], number=r['number'],
                                      volume=r['volume'], page=r['page'], field='session',
                                      statutes=r['session'], other=d, kept='chapter order',
                                      rule='chapter-order'))
                r['session'] = d
    # resolutions and undated rows keep the source's session


def fix_congress(rows, terms, conflicts):
    """A dated row whose date lies outside its Congress's term but inside the
    term of another Congress that the same volume prints (>= 10 rows) belongs
    to that Congress (rule `date-congress`)."""
    vol_c = collections.Counter((r['volume'], r['congress']) for r in rows)
    starts = sorted((t[0], c) for c, t in terms.items())
    for r in rows:
        t = terms.get(r['congress'])
        if not r['date'] or (t and in_term(r['date'], t)):
            continue
        cands = [c for s_, c in starts if s_ <= r['date'] and in_term(r['date'], terms[c])]
        if cands and vol_c[(r['volume'], cands[-1])] >= 10:
            conflicts.append(dict(congress=cands[-1], session='', kind=r['kind'], number=r['number'],
                                  volume=r['volume'], page=r['page'], field='congress',
                                  statutes=r['congress'], other=cands[-1], kept='date',
                                  rule='date-congress'))
            r['congress'], r['session'] = cands[-1], 0
        elif not t:
            r['drop'] = True
            conflicts.append(dict(congress=r['congress'], session='', kind=r['kind'],
                                  number=r['number'], volume=r['volume'], page=r['page'],
                                  field='congress', statutes=r['congress'], other='', kept='',
                                  rule='no-such-congress-dropped'))
    rows[:] = [r for r in rows if not r.get('drop') and 1 <= r['congress'] <= 81]


def page_order(rows, conflicts):
    """A volume prints the public chapters in order of date and chapter, so
    their pages rise in that order: a page outside the range of its two
    neighbours (which agree with each other; e.g. 49 Stat. 417 between 516
    and 530) is misread and dropped (rule `page-order`).  Sorting by date
    first keeps two sessions the source mislabels as one apart."""
    seq = collections.defaultdict(list)
    for r in rows:
        if r['kind'] == 'ch' and r['page'].isdigit() and r['date']:
            seq[(r['congress'], r['volume'])].append(r)
    for lst in seq.values():
        lst.sort(key=lambda r: (r['date'], r['number']))
        pages = [int(r['page']) for r in lst]
        for i in range(1, len(lst) - 1):
            a, p, b = pages[i - 1], pages[i], pages[i + 1]
            if a <= b and not (a <= p <= b):
                r = lst[i]
                conflicts.append(dict(congress=r['congress'], session=r['session'], kind=r['kind'],
                                      number=r['number'], volume=r['volume'], page=r['page'],
                                      field='page', statutes=r['page'], other='%d..%d' % (a, b),
                                      kept='', rule='page-order'))
                r['page'] = ''


def in_term(date, term):
    return term and term[0] <= date <= term[1]


def order_ok(r, date, seq):
    """Does `date` keep the chapter order of r's session (neighbours by chapter)?"""
    lst = seq[(r['congress'], r['session'])]
    i = lst.index(r)
    prev = next((x['date'] for x in reversed(lst[:i]) if x['date']), '')
    nxt = next((x['date'] for x in lst[i + 1:] if x['date']), '9999')
    return prev <= date <= nxt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--statutes', default='/work/.mirror/junxit+us-congress-statutes/repo')
    ap.add_argument('--legisworks', default='/work/.mirror/unitedstates+legisworks-historical-statutes/repo/.git')
    ap.add_argument('--nabors', default='/work/.mirror/unitedstates+nabors/repo/.git')
    ap.add_argument('--congresses', default='data/congresses.csv')
    ap.add_argument('--out', default='data/historic_laws.csv')
    ap.add_argument('--conflicts', default='data/historic_laws_conflicts.csv')
    a = ap.parse_args()

    terms, counts = load_congresses(a.congresses)
    rows = load_statutes(a.statutes)
    lw = load_legisworks(a.legisworks)
    nab = load_nabors(a.nabors)
    conflicts = list(VOLUME_FIXES)

    # nabors (1789-1903): bills, a second date
    nab_date = {}
    for r in rows:
        if r['kind'] in ('ch', 'pch'):
            n = nab.get((r['volume'], r['page'], r['number']))
            if n:
                r['src'] += 'n'
                if not r['bill'] and n['bill']:
                    r['bill'] = n['bill']
                if n['date']:
                    nab_date[id(r)] = n['date']

    fix_congress(rows, terms, conflicts)
    derive_sessions(rows, conflicts)

    # legisworks: join public rows by (volume, page, order on page)
    lw_by = collections.defaultdict(list)
    for e in lw:
        lw_by[(e['volume'], e['page'])].append(e)
    st_by = collections.defaultdict(list)
    for r in rows:
        if r['kind'] in ('ch', 'pres', 'res'):
            st_by[(r['volume'], r['page'])].append(r)
    lw_date = {}
    joined = 0
    for key, st in st_by.items():
        les = sorted(lw_by.get(key, []), key=lambda e: e['file'])
        if not les:
            continue
        st.sort(key=lambda r: (r['kind'] != 'ch', r['date'], r['number']))
        pairs = []
        if any(e.get('chapter') for e in les):
            by_ch = {r['number']: r for r in st if r['kind'] == 'ch'}
            for e in les:
                if e.get('chapter') in by_ch:
                    pairs.append((by_ch[e['chapter']], e))
        if not pairs:
            acts = [r for r in st if r['kind'] == 'ch']
            ress = [r for r in st if r['kind'] != 'ch']
            lacts = [e for e in les if e['type'] in ('publaw', 'chap') and not str(e.get('title', '')).startswith('JOINT')]
            lress = [e for e in les if e not in lacts]
            for a_, b_ in ((acts, lacts), (ress, lress)):
                if len(a_) == len(b_):
                    pairs += list(zip(a_, b_))
                elif len(st) == len(les):
                    pairs = list(zip(st, les))
                    break
        for r, e in pairs:
            joined += 1
            r['src'] += 'l'
            if e['date']:
                lw_date[id(r)] = e['date']
            c = r['congress']
            if e['type'] in ('publaw', 'pubres') and isinstance(e['number'], int) and c >= 57:
                if e['congress'] != c:
                    conflicts.append(dict(congress=c, session=r['session'], kind=r['kind'],
                                          number=r['number'], volume=r['volume'], page=r['page'],
                                          field='congress', statutes=c, other=e['congress'],
                                          kept='statutes', rule='join-mismatch'))
                    continue
                if e['type'] == 'publaw' and c in counts and e['number'] > counts[c]:
                    conflicts.append(dict(congress=c, session=r['session'], kind=r['kind'],
                                          number=r['number'], volume=r['volume'], page=r['page'],
                                          field='publ', statutes='', other=e['number'], kept='',
                                          rule='number-out-of-range'))
                    continue
                r['publ' if e['type'] == 'publaw' else 'pubres'] = e['number']

    # dates
    seq = collections.defaultdict(list)
    for r in rows:
        if r['kind'] in ('ch', 'pch'):
            seq[(r['congress'], r['session'])].append(r)
    for lst in seq.values():
        lst.sort(key=lambda r: r['number'])
    for r in rows:
        other = lw_date.get(id(r)) or nab_date.get(id(r))
        term = terms.get(r['congress'])
        if not other or other == r['date']:
            if r['date'] and term and not in_term(r['date'], term):
                conflicts.append(dict(congress=r['congress'], session=r['session'], kind=r['kind'],
                                      number=r['number'], volume=r['volume'], page=r['page'],
                                      field='date', statutes=r['date'], other='', kept='statutes',
                                      rule='outside-term-unresolved'))
                r['flags'] = 'd'
            continue
        src = 'legisworks' if id(r) in lw_date else 'nabors'
        keep = r['date']
        rule = 'statutes-kept'
        if not r['date'] or (term and not in_term(r['date'], term) and in_term(other, term)):
            keep, rule = other, 'outside-term'
        elif r['kind'] in ('ch', 'pch') and not order_ok(r, r['date'], seq) and order_ok(r, other, seq):
            keep, rule = other, 'chapter-order'
        conflicts.append(dict(congress=r['congress'], session=r['session'], kind=r['kind'],
                              number=r['number'], volume=r['volume'], page=r['page'],
                              field='date', statutes=r['date'], other=other,
                              kept=src if keep != r['date'] else 'statutes', rule=rule))
        if rule == 'statutes-kept':
            r['flags'] = 'd'  # two sources, two dates, neither ruled out
        r['date'] = keep

    page_order(rows, conflicts)
    rows.sort(key=lambda r: (r['congress'], r['session'], r['kind'], r['number'], r['volume'],
                             r['page']))
    commits = (head(a.statutes), head(a.legisworks), head(a.nabors))
    with open(a.out, 'w', newline='') as f:
        f.write('# Laws of the 1st-81st Congresses (Statutes at Large volumes 1-64), built by\n'
                '# scripts/build-historic-laws.py from github junxit/us-congress-statutes @%s,\n'
                '# unitedstates/legisworks-historical-statutes @%s (public-law numbers),\n'
                '# unitedstates/nabors @%s (1789-1903). Facts only. kind: ch public chapter,\n'
                '# pch private chapter, pres public resolution, res joint resolution, prres private\n'
                '# resolution; number: chapter or resolution number; publ/pubres: Public Law /\n'
                '# Public Resolution number (57th-81st); src: s statutes, l legisworks, n nabors;\n'
                '# flags: d the sources disagree about the date (or it lies outside the term).\n'
                % tuple(c[:8] for c in commits))
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['congress', 'session', 'kind', 'number', 'date', 'volume', 'page', 'publ',
                    'pubres', 'bill', 'src', 'flags'])
        for r in rows:
            w.writerow([r.get(k, '') for k in ('congress', 'session', 'kind', 'number', 'date',
                                               'volume', 'page', 'publ', 'pubres', 'bill', 'src',
                                               'flags')])
    with open(a.conflicts, 'w', newline='') as f:
        f.write('# Where the sources of historic_laws.csv disagree and the rule applied\n'
                '# (scripts/build-historic-laws.py, module comment).\n')
        cols = ['congress', 'session', 'kind', 'number', 'volume', 'page', 'field', 'statutes',
                'other', 'kept', 'rule']
        w = csv.DictWriter(f, cols, lineterminator='\n')
        w.writeheader()
        for c in conflicts:
            w.writerow(c)

    # coverage
    print('rows %d, joined to legisworks %d, conflicts %d' % (len(rows), joined, len(conflicts)))
    print('by kind:', dict(collections.Counter(r['kind'] for r in rows)))
    print('rules:', dict(collections.Counter((c['field'], c['rule']) for c in conflicts)))
    print('Congress  laws(ch+res)  publ  max(publ)  congresses.csv')
    for c in range(57, 82):
        pub = [r for r in rows if r['congress'] == c and r['kind'] in ('ch', 'pres', 'res')]
        nums = [r['publ'] for r in pub if r['publ'] != '']
        print('%3d %8d %8d %8s %8s' % (c, len(pub), len(nums), max(nums) if nums else '-',
                                         counts.get(c, '-')))
    per_vol = collections.Counter(r['volume'] for r in rows if r['kind'] in ('ch', 'pch'))
    print('chapters per volume:', ' '.join('%d:%d' % kv for kv in sorted(per_vol.items())))


if __name__ == '__main__':
    main()
