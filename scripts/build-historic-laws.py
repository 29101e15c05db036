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
  number   A chapter number breaking the order of the chapters around it,
           where nabors has a law of that date and page whose number fits,
           takes nabors' number (`chapter-nabors`).
  identity Public chapters the page join missed are joined to legisworks by
           who the law is (identity_pairs): a misread first page no longer
           hides the law.
  page     Where the joined sources' first pages differ: nabors' start page
           decides (`page-nabors`); pages one apart keep the statutes page
           (`page-adjacent`); the statutes page is kept when it fits the order
           of its confirmed neighbours and leaves room for the law's text
           before the next one, at most chars_per_page a page (`page-fits`); else legisworks' page when its own run of
           pages confirms it (`page-extent`); else the statutes page stays
           (`page-unresolved`).  Then a public chapter's page outside its
           confirmed neighbours' range, confirmed by no second source, takes
           the other source's page when it fits, else is dropped (`page-order`).
  end      The last page: nabors' end page when no other law nabors has in
           the volume begins between the first page and it, or legisworks'
           page count when
           its next entry begins on that page or the one after and the law's
           text fits that many pages; both and different: the later
           (`end-later`).
Prints coverage: laws per Congress against congresses.csv for the 57th-81st,
chapters per volume.
"""
import argparse, bisect, collections, csv, datetime, json, re, sys

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
        text = data.decode('utf-8', 'replace')
        fm = front_matter(text)
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
        pl = re.search(r'\b\d+/pl-(\d+)\b', fm.get('bills', ''))
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
                         path=path, pl=int(pl.group(1)) if pl else 0,
                         chars=len(text) - text.find('\n---', 3)))
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
            np_ = e.get('npages')
            out.append(dict(volume=int(e.get('volume', 0)), page=str(e.get('page', '')),
                            npages=np_ if isinstance(np_, int) and np_ > 0 else 0,
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
        end = (r['stat-page-end'] or '').strip()
        bill = ''
        bt = re.sub(r'[^a-z]', '', (r['bill-type'] or '').lower())
        if bt in ('hr', 's') and (r['bill-number'] or '').isdigit():
            bill = bt + r['bill-number']
        out[key] = dict(date=r['date'] if re.match(r'\d{4}-\d\d-\d\d$', r['date'] or '') else '',
                        bill=bill, end=int(end) if end.isdigit() else 0, start=key[1],
                        volume=key[0])
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


def nabors_numbers(rows, nab, conflicts):
    """A chapter number the statutes misread (57th Congress, "ch. 1399" for
    1299 at 32 Stat. 408): nabors has a law of the same date at the same
    page under another number, the only one there not joined, and its
    number fits the order of the chapters around it -- sorted by (date,
    page) in the source's Congress and session -- where the statutes' does
    not.  Nabors' number is taken and the rows joined (rule
    `chapter-nabors`)."""
    at = collections.defaultdict(list)
    for (v, pg, ch), n in nab.items():
        at[(v, pg)].append((ch, n))
    taken = {id(r['nab']) for r in rows if 'nab' in r}
    seq = collections.defaultdict(list)
    for r in rows:
        if r['kind'] in ('ch', 'pch') and r['date'] and r['page'].isdigit():
            seq[(r['congress'], r['session'], r['volume'])].append(r)
    for lst in seq.values():
        lst.sort(key=lambda r: (r['date'], int(r['page']), r['number']))
        for i, r in enumerate(lst):
            if 'nab' in r or i == 0 or i + 1 == len(lst):
                continue
            lo, hi = lst[i - 1]['number'], lst[i + 1]['number']
            if lo < r['number'] < hi:
                continue
            cands = [(ch, n) for ch, n in at.get((r['volume'], r['page']), ())
                     if id(n) not in taken and n['date'] == r['date']]
            if len(cands) != 1 or not lo < cands[0][0] < hi:
                continue
            ch, n = cands[0]
            conflicts.append(dict(congress=r['congress'], session=r['session'], kind=r['kind'],
                                  number=r['number'], volume=r['volume'], page=r['page'],
                                  field='number', statutes=r['number'], other=ch,
                                  kept='nabors', rule='chapter-nabors'))
            r['number'] = ch
            r['src'] += 'n'
            r['nab'] = n
            taken.add(id(n))
            if not r['bill'] and n['bill']:
                r['bill'] = n['bill']


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
        lst.sort(key=lambda r: (r['date'], r['number'], int(r['page'])))
        pages = [int(r['page']) for r in lst]
        for i in range(1, len(lst) - 1):
            a, p, b = pages[i - 1], pages[i], pages[i + 1]
            r = lst[i]
            sure = r.get('page_sure') or 'nab' in r or r.get('lw', {}).get('page') == r['page']
            if a <= b and not (a <= p <= b) and not sure:
                alt = r.get('alt_page', '')
                keep = alt if alt.isdigit() and a <= int(alt) <= b else ''
                conflicts.append(dict(congress=r['congress'], session=r['session'], kind=r['kind'],
                                      number=r['number'], volume=r['volume'], page=r['page'],
                                      field='page', statutes=r['page'], other='%d..%d' % (a, b),
                                      kept='legisworks ' + keep if keep else '', rule='page-order'))
                r['page'] = keep


def lw_sequence_ok(e, lw_seq):
    """Does legisworks' own run of pages confirm e's first page: the entry
    before it in its volume ends on that page or the one before, and e's last
    page (page + npages - 1) is the next entry's first page or the one before?"""
    lst, i = lw_seq[e['volume']], e['pos']
    p = int(e['page'])
    ok = 0
    if i > 0 and lst[i - 1]['npages']:
        prev_end = int(lst[i - 1]['page']) + lst[i - 1]['npages'] - 1
        if prev_end not in (p - 1, p):
            return False
        ok += 1
    if i + 1 < len(lst) and e['npages']:
        if int(lst[i + 1]['page']) not in (p + e['npages'] - 1, p + e['npages']):
            return False
        ok += 1
    return ok > 0


def identity_pairs(rows, lw, nab_ch, used):
    """Legisworks entries and statutes rows of public chapters that are one
    law by who they are, not by page: (Congress, Public Law number) from the
    57th Congress on where the statutes name it (a `pl-N` bill), else the
    only public chapter of a (Congress, date) and the only public law of it
    that the page join left unpaired; (volume, Congress, session, chapter)
    before the 57th; ties broken by the date.  Only one-to-one pairs count.
    Also the nabors row of each chapter by (volume, chapter, date)."""
    by_pl, by_ch = collections.defaultdict(list), collections.defaultdict(list)
    for r in rows:
        if r['kind'] != 'ch':
            continue
        if r['pl']:
            by_pl[(r['congress'], r['pl'])].append(r)
        by_ch[(r['volume'], r['congress'], r['number'])].append(r)
        ns = [n for n in nab_ch.get((r['volume'], r['number']), ()) if n['date'] == r['date']]
        if len(ns) == 1 and r['date']:
            r['nab_id'] = ns[0]
    cand = collections.defaultdict(list)
    for e in lw:
        if not e['page'].isdigit() or not isinstance(e['number'], int):
            continue
        if e['type'] == 'publaw':
            rs = by_pl.get((e['congress'], e['number']), [])
        elif e['type'] == 'chap':
            rs = by_ch.get((e['volume'], e['congress'], e['number']), [])
            if len(rs) > 1 and e.get('session'):
                rs = [r for r in rs if r['session0'] == e['session']]
        else:
            continue
        if len(rs) > 1 and e['date']:
            rs = [r for r in rs if r['date'] == e['date']]
        if len(rs) == 1:
            cand[id(rs[0])].append((rs[0], e))
    pairs = [c[0] for c in cand.values() if len(c) == 1]
    # by elimination within one day
    paired = {id(e) for _, e in pairs} | used
    left_r, left_e = collections.defaultdict(list), collections.defaultdict(list)
    for r in rows:
        if r['kind'] == 'ch' and r['date'] and 'lw' not in r and id(r) not in cand:
            left_r[(r['congress'], r['date'])].append(r)
    for e in lw:
        if e['type'] == 'publaw' and e['date'] and e['page'].isdigit() and id(e) not in paired:
            left_e[(e['congress'], e['date'])].append(e)
    for k, rs in left_r.items():
        es = left_e.get(k, [])
        if len(rs) == 1 and len(es) == 1:
            pairs.append((rs[0], es[0]))
        elif len(rs) == len(es) > 1:
            # several: chapters and Public Law numbers both rise with the
            # order of approval; a pair by rank is weak (see order_fits)
            rs.sort(key=lambda r: r['number'])
            es.sort(key=lambda e: e['number'] if isinstance(e['number'], int) else 0)
            for r, e in zip(rs, es):
                r['weak'] = True
                pairs.append((r, e))
    # by elimination between two paired neighbours (60th Congress on, where
    # Public Law numbers run through the Congress): the only unpaired public
    # chapter of a session between two paired chapters and the only unpaired
    # Public Law between their two numbers are one law (weak: see order_fits)
    lw_of = {id(r): e for r, e in pairs}
    for r in rows:
        if 'lw' in r:
            lw_of[id(r)] = r['lw']
    taken = {id(e) for e in lw_of.values()}
    free_pl = collections.defaultdict(list)
    for e in lw:
        if e['type'] == 'publaw' and isinstance(e['number'], int) and e['page'].isdigit() \
                and id(e) not in taken:
            free_pl[e['congress']].append(e)
    sess = collections.defaultdict(list)
    for r in rows:
        if r['kind'] == 'ch' and r['congress'] >= 60:
            sess[(r['congress'], r['session'])].append(r)
    for (c, _), lst in sess.items():
        lst.sort(key=lambda r: r['number'])
        anchors = [i for i, r in enumerate(lst) if id(r) in lw_of and lw_of[id(r)]['type'] == 'publaw'
                   and isinstance(lw_of[id(r)]['number'], int)]
        for i, j in zip(anchors, anchors[1:]):
            gap = [r for r in lst[i + 1:j] if id(r) not in lw_of]
            lo, hi = lw_of[id(lst[i])]['number'], lw_of[id(lst[j])]['number']
            es = [e for e in free_pl[c] if lo < e['number'] < hi]
            if len(gap) == 1 and len(es) == 1:
                gap[0]['weak'] = True
                pairs.append((gap[0], es[0]))
    return pairs


def confirmed(x):
    """Is row x's page confirmed by a second source (or settled by a rule)?"""
    return x.get('page_sure') or 'nab' in x or x.get('lw', {}).get('page') == x['page']


def chars_per_page(rows):
    """The most text a page of the Statutes holds: the 99th percentile of
    the statutes text length over legisworks' page count, for the public
    chapters the page join paired alone on their page, of 3 pages or more."""
    on_page = collections.Counter((r['volume'], r['page']) for r in rows)
    ratios = sorted(r['chars'] / r['lw']['npages'] for r in rows
                    if r['kind'] == 'ch' and r.get('lw') and r['lw']['npages'] >= 3
                    and on_page[(r['volume'], r['page'])] == 1)
    return ratios[len(ratios) * 99 // 100] if ratios else 0


def room_ok(r, page, seq, cpp):
    """Does the text of r, at most `cpp` characters a page, fit between
    `page` and the first page of the next public chapter of r's Congress and
    volume in (date, chapter) order whose page is confirmed (sharing it)?"""
    key = (r['date'], r['number'])
    nxt = [int(x['page']) for x in seq[(r['congress'], r['volume'])]
           if x is not r and confirmed(x) and (x['date'], x['number']) > key]
    need = -(-r['chars'] // int(cpp)) if cpp else 1
    return not nxt or page + max(need, 1) - 1 <= nxt[0]


def order_fits(r, page, seq):
    """Does `page` lie between the pages of r's neighbours among the public
    chapters of its Congress and volume in (date, chapter) order (those
    whose page is confirmed)?"""
    lst = [x for x in seq[(r['congress'], r['volume'])] if x is not r and confirmed(x)]
    key = (r['date'], r['number'])
    prev = [int(x['page']) for x in lst if (x['date'], x['number']) <= key]
    nxt = [int(x['page']) for x in lst if (x['date'], x['number']) > key]
    return (not prev or prev[-1] <= page) and (not nxt or page <= nxt[0])


def last_pages(rows, conflicts, lw_seq, cpp, nab):
    """The last page of a law: nabors' end page, or legisworks' first page
    plus its page count less one, where that source has the law at the page
    kept, the next entry of legisworks' volume begins on that last page or
    the one after (a gap means the count leaves pages out: 62 Stat. 869, 122
    pages, next entry at 1010), and the law's text in the statutes source
    fits that many pages at `cpp` characters a page (a count too small: 42
    Stat. 5, one page for the 10,000 characters of the Quota Act).  A nabors
    end page past the first page of the next law nabors has in the volume is
    misread (2 Stat. 674, "6757").  Where both have one and they differ, the
    later is kept (a pin page between them is not ruled out) and listed
    (rule `end-later`)."""
    starts = collections.defaultdict(list)
    for n in nab.values():
        if n['start'].isdigit():
            starts[n['volume']].append(int(n['start']))
    for v in starts:
        starts[v].sort()
    for r in rows:
        r['end'] = ''
        if not r['page'].isdigit():
            continue
        p, ends = int(r['page']), {}
        n = r.get('nab') or r.get('nab_id')
        if n and n['start'] == r['page'] and n['end'] >= p:
            st = starts[n['volume']]
            k = bisect.bisect_right(st, p)
            if k == len(st) or n['end'] <= st[k]:
                ends['nabors'] = n['end']
        e = r.get('lw')
        if e and e['page'] == r['page'] and e['npages']:
            lst, i = lw_seq[e['volume']], e['pos']
            nxt = int(lst[i + 1]['page']) if i + 1 < len(lst) else None
            if nxt is not None and nxt - (p + e['npages'] - 1) in (0, 1) and \
                    (not cpp or r['chars'] <= e['npages'] * cpp):
                ends['legisworks'] = p + e['npages'] - 1
        if not ends:
            continue
        if len(set(ends.values())) > 1:
            conflicts.append(dict(congress=r['congress'], session=r['session'], kind=r['kind'],
                                  number=r['number'], volume=r['volume'], page=r['page'],
                                  field='end', statutes='', other='nabors %d, legisworks %d'
                                  % (ends['nabors'], ends['legisworks']),
                                  kept=str(max(ends.values())), rule='end-later'))
        r['end'] = max(ends.values())


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
                r['nab'] = n
                if not r['bill'] and n['bill']:
                    r['bill'] = n['bill']
                if n['date']:
                    nab_date[id(r)] = n['date']
    nabors_numbers(rows, nab, conflicts)

    for r in rows:
        r['session0'] = r['session']
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

    def join_lw(r, e):
        r['lw'] = e
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
                return
            if e['type'] == 'publaw' and c in counts and e['number'] > counts[c]:
                conflicts.append(dict(congress=c, session=r['session'], kind=r['kind'],
                                      number=r['number'], volume=r['volume'], page=r['page'],
                                      field='publ', statutes='', other=e['number'], kept='',
                                      rule='number-out-of-range'))
                return
            r['publ' if e['type'] == 'publaw' else 'pubres'] = e['number']
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
            join_lw(r, e)

    # legisworks again, by who the law is (identity_pairs): rows whose page
    # the statutes source misread, so the page join missed them.  A first
    # page the two disagree on is settled by nabors' start page (1789-1903),
    # else by legisworks' own run of pages (lw_sequence_ok), else the
    # statutes page stays (each listed, rule page-nabors / page-extent /
    # page-unresolved).
    used = {id(r['lw']) for r in rows if 'lw' in r}
    lw_seq = collections.defaultdict(list)
    for e in lw:
        if e['page'].isdigit():
            lw_seq[e['volume']].append(e)
    for v, lst in lw_seq.items():
        lst.sort(key=lambda e: (int(e['page']), e['file']))
        for i, e in enumerate(lst):
            e['pos'] = i
    nab_ch = collections.defaultdict(list)
    for (v, pg, ch), n in nab.items():
        nab_ch[(v, ch)].append(n)
    cpp = chars_per_page(rows)
    print('characters a page at most (99th percentile): %d' % cpp)
    ch_seq = collections.defaultdict(list)
    for r in rows:
        if r['kind'] == 'ch' and r['page'].isdigit() and r['date']:
            ch_seq[(r['congress'], r['volume'])].append(r)
    for lst in ch_seq.values():
        lst.sort(key=lambda r: (r['date'], r['number'], int(r['page'])))
    # weak pairs whose page does not fit yet wait for their neighbours'
    # pages to be settled (two neighbours misread alike: 38 Stat. 957 twice)
    pending = identity_pairs(rows, lw, nab_ch, used)
    while pending:
        wait = []
        for r, e in pending:
            if 'lw' in r or id(e) in used:
                continue
            S, L = r['page'], e['page']
            if r.get('weak') and S != L and not (r['date'] and order_fits(r, int(L), ch_seq)):
                wait.append((r, e))  # by rank or elimination, and the page does not fit
                continue
            used.add(id(e))
            joined += 1
            join_lw(r, e)
            if S == L:
                continue
            ns = r.get('nab_id', {}).get('start', '')
            if ns in (S, L):
                keep, rule = ns, 'page-nabors'
            elif S.isdigit() and abs(int(S) - int(L)) == 1:
                keep, rule = S, 'page-adjacent'  # either may be where the text starts
            elif S.isdigit() and r['date'] and order_fits(r, int(S), ch_seq) and \
                    room_ok(r, int(S), ch_seq, cpp):
                keep, rule = S, 'page-fits'
            elif lw_sequence_ok(e, lw_seq) and (not r['date'] or order_fits(r, int(L), ch_seq)):
                keep, rule = L, 'page-extent'
            else:
                keep, rule = S, 'page-unresolved'
            if keep == S:
                r['alt_page'] = L  # for the page-order rule
            conflicts.append(dict(congress=r['congress'], session=r['session'], kind=r['kind'],
                                  number=r['number'], volume=r['volume'], page=S, field='page',
                                  statutes=S, other=L, kept='legisworks' if keep == L and keep != S
                                  else 'statutes', rule=rule))
            if keep != S:
                r['page'] = keep
                r['page_sure'] = True
        if len(wait) == len(pending):
            break
        pending = wait

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
    last_pages(rows, conflicts, lw_seq, cpp, nab)
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
                '# flags: d the sources disagree about the date (or it lies outside the term);\n'
                '# end: last page (nabors, or legisworks page count), empty when not known.\n'
                % tuple(c[:8] for c in commits))
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['congress', 'session', 'kind', 'number', 'date', 'volume', 'page', 'publ',
                    'pubres', 'bill', 'src', 'flags', 'end'])
        for r in rows:
            w.writerow([r.get(k, '') for k in ('congress', 'session', 'kind', 'number', 'date',
                                               'volume', 'page', 'publ', 'pubres', 'bill', 'src',
                                               'flags', 'end')])
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
