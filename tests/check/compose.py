#!/usr/bin/env python3
"""compose.py -- compose citation entries for statcite's measuring script
(tests/check/newuser.py) from parts in any order, every fact taken from the
reference tables in data/ (never from statcite's code or behaviour).

For each entry a real public law is drawn from data/public_laws.csv (82nd
Congress on) with the facts the tables give for it: its number, enactment
date, Statutes at Large volume and first page (and, where the next law's
first page bounds it, a pin page inside it), bill, Congress, an Act name
(data/act_names.tsv, only names that name this law and no other), the
President in office that day (data/presidents.csv) and a section of the Act
(data/act_sections.tsv).  A random subset of those facts is written in a
random order, with random spellings and connectives, by a small grammar of
fragments: preposed adverbials, subjects, appositives and parentheticals,
verb phrases, relative and participial clauses, second sentences opened by a
pronoun or "the Act", citation strings, table and CSV rows, label/value
lines, and wrappers (parentheses, brackets, footnote numbers, bullets).

A share of the entries (--error-share, default 0.5) carries exactly one
planted error, its kind drawn among: date (another real enactment date, a
week or more off, same Congress and President), law (a digit changed so that
it names another existing law that disagrees with the entry's other facts,
or a number above the Congress's count), page (a Stat. page outside the
law's pages, or the wrong volume), bill (the bill of another law of that
Congress), congress (wrong Congress), name (the Act name of another law),
president (a President not in office on the date).  An error is planted only
where the right value is known from the tables.

Every entry is checked before it is written by an extractor in this file
that reads the text back (law numbers, dates, Stat. cites, bills,
Congresses, Presidents, Act names, sections) and compares each item with the
tables: a correct entry must have no item disagreeing with its law, an entry
with a planted error exactly one, the planted one.  `--check DIR` runs the
same extractor over a written DIR.

Output (the format of fixtures/check/newuser*): DIR/entries.txt, a paragraph
an entry, entries separated by one blank line; DIR/key.jsonl, an object an
entry in order: "n", "first_line" (1-based), "error" (null or the kind),
"wrong", "right", "law" ("C-N"), "shape" (the fragments and their order),
and "detail", "mode", "laws" (every law the entry cites, in order).

usage:
  python3 tests/check/compose.py --out DIR [--seed N] [--n N] [--error-share F]
  python3 tests/check/compose.py --check DIR        # re-read and verify DIR
  python3 tests/check/newuser.py build-release/statcite DIR   # measure
Python 3 standard library only; deterministic for a given seed.
"""
import argparse
import collections
import csv
import datetime
import json
import os
import re
import sys

import random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'scripts'))
import acronyms  # noqa: E402  (scripts/acronyms.py)
DATA = os.path.normpath(os.path.join(HERE, '..', '..', 'data'))

KINDS = ['date', 'law', 'page', 'bill', 'congress', 'name', 'president']
FACTS = ['law', 'date', 'stat', 'bill', 'cong', 'name', 'pres', 'sec']
KIND_FACT = {'date': 'date', 'law': 'law', 'page': 'stat', 'bill': 'bill',
             'congress': 'cong', 'name': 'name', 'president': 'pres'}


# ---------------------------------------------------------------- tables

def _rows(name, delim=','):
    with open(os.path.join(DATA, name), encoding='utf-8', newline='') as f:
        lines = [l for l in f if not l.startswith('#')]
    if delim == '\t':
        return list(csv.DictReader(lines, delimiter='\t', quoting=csv.QUOTE_NONE))
    return list(csv.DictReader(lines))


def _date(s):
    return datetime.date(*map(int, s.split('-')))


YEAR_RE = re.compile(r'\b(1[89]\d\d|20\d\d)\b')
BILL_KINDS = ('hr', 's', 'hjres', 'sjres')


def norm_name(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"') \
         .replace('\u201d', '"').replace('\u2013', '-').replace('\u2014', '-')
    s = s.strip().strip('"').strip()
    s = re.sub(r'\s+', ' ', s).lower()
    if s.startswith('the '):
        s = s[4:]
    return s.rstrip('.')


def strip_year(name):
    """'X Act of 1990' -> 'X Act'; None when the name has no such year."""
    m = re.match(r'^(.*\S) of (1[89]\d\d|20\d\d)$', name)
    return m.group(1) if m else None


class Law:
    __slots__ = ('c', 'n', 'date', 'bill', 'vol', 'page', 'stat_ok', 'pin_hi',
                 'out_hi', 'names', 'sections', 'pres', 'clean')

    def __init__(self, c, n):
        self.c, self.n = c, n
        self.date = self.bill = self.vol = self.page = None
        self.stat_ok = False
        self.pin_hi = self.out_hi = None
        self.names = []      # (name, year-stripped form or None)
        self.sections = []   # (path, section)
        self.pres = None     # index into Tables.presidents
        self.clean = False

    @property
    def id(self):
        return '%d-%d' % (self.c, self.n)


class Tables:
    def __init__(self):
        self.congresses = {}
        for r in _rows('congresses.csv'):
            self.congresses[int(r['congress'])] = (
                _date(r['start_date']), _date(r['end_date']),
                int(r['public_laws']) if r['public_laws'] else None,
                'in progress' in r['notes'])
        self.presidents = []
        for r in _rows('presidents.csv'):
            self.presidents.append({'last': r['last'], 'first': r['first'],
                                    'known': r['known_as'] or r['first'],
                                    'start': _date(r['start']), 'end': _date(r['end'])})
        self.boundaries = set()
        for p in self.presidents:
            self.boundaries.add(p['start'])
            self.boundaries.add(p['end'])
        self._load_laws()
        self._load_names()
        self._load_sections()
        self.pool = sorted((l for l in self.laws.values() if l.clean),
                           key=lambda l: (l.c, l.n))
        self.named_pool = [l for l in self.pool if l.names]
        self.by_congress = collections.defaultdict(list)
        for l in sorted(self.laws.values(), key=lambda l: (l.c, l.n)):
            self.by_congress[l.c].append(l)

    def pres_on(self, d):
        """Index of the President in office on d; None on a day a term
        began or ended (who signed is then not told by the date)."""
        if d in self.boundaries:
            return None
        for i, p in enumerate(self.presidents):
            if p['start'] < d < p['end']:
                return i
        return None

    def _load_laws(self):
        rows = _rows('public_laws.csv')
        self.laws = {}
        raw = {}
        count = collections.Counter((r['congress'], r['law_number']) for r in rows)
        billcount = collections.Counter((r['congress'], r['bill']) for r in rows)
        for r in rows:
            key = (int(r['congress']), int(r['law_number']))
            if count[(r['congress'], r['law_number'])] > 1:
                continue
            raw[key] = r
            l = Law(*key)
            l.date = _date(r['enacted'])
            m = re.match(r'^(hr|s|hjres|sjres)(\d+)$', r['bill'])
            if m and billcount[(r['congress'], r['bill'])] == 1:
                l.bill = (m.group(1), int(m.group(2)))
            if r['stat_volume'].isdigit() and r['stat_page'].isdigit():
                l.vol, l.page = int(r['stat_volume']), int(r['stat_page'])
            self.laws[key] = l
        # pages: a law's page is trusted when its source is the Statutes at
        # Large and it lies between its neighbours' pages in the same volume
        def statpage(key):
            r = raw.get(key)
            if not r or r['stat_source'] != 'statutes' or not r['stat_page'].isdigit():
                return None
            return int(r['stat_volume']), int(r['stat_page'])
        inorder = {}
        for key, l in self.laws.items():
            sp = statpage(key)
            if not sp:
                continue
            ok = True
            prev, nxt = statpage((key[0], key[1] - 1)), statpage((key[0], key[1] + 1))
            if prev and prev[0] == sp[0] and prev[1] > sp[1]:
                ok = False
            if nxt and nxt[0] == sp[0] and nxt[1] < sp[1]:
                ok = False
            if ok:
                inorder[key] = sp
        pub_pages = collections.defaultdict(set)
        for key, (v, p) in inorder.items():
            pub_pages[v].add(p)
        # every page any row records (even one out of order, or a private
        # law's) bounds a pin page: a pin must lie before all of them
        priv_pages = collections.defaultdict(set)
        for r in _rows('private_laws.csv') + rows:
            if r['stat_volume'].isdigit() and r['stat_page'].isdigit():
                priv_pages[int(r['stat_volume'])].add(int(r['stat_page']))
        self.vol_max = {v: max(ps) for v, ps in pub_pages.items()}
        pub_sorted = {v: sorted(ps) for v, ps in pub_pages.items()}
        all_sorted = {v: sorted(ps | priv_pages[v]) for v, ps in pub_pages.items()}
        import bisect
        for key, l in self.laws.items():
            if key not in inorder:
                continue
            v, p = inorder[key]
            l.stat_ok = True
            ps = pub_sorted[v]
            i = bisect.bisect_right(ps, p)
            if i < len(ps):
                l.out_hi = ps[i]        # a later law begins here: pages beyond are not this law's
            nxt = inorder.get((key[0], key[1] + 1))
            if nxt and nxt[0] == v and nxt[1] > p:
                aps = all_sorted[v]
                j = bisect.bisect_right(aps, p)
                bound = min(nxt[1], aps[j]) if j < len(aps) else nxt[1]
                if bound - 1 > p:
                    l.pin_hi = bound - 1
        for key, l in self.laws.items():
            r = raw[key]
            start, end, _, _ = self.congresses[l.c]
            l.pres = self.pres_on(l.date)
            l.clean = (not r['flags'] and l.bill is not None
                       and start < l.date < end)

    def _load_names(self):
        rows = _rows('act_names.tsv', '\t')
        full = collections.defaultdict(set)
        stripped = collections.defaultdict(set)
        for r in rows:
            full[norm_name(r['name'])].add(r['act'])
            s = strip_year(r['name'])
            if s:
                stripped[norm_name(s)].add(r['act'])
        self.name_forms = {}       # normalised form -> set of act keys (verifier)
        for k, v in full.items():
            self.name_forms.setdefault(k, set()).update(v)
        for k, v in stripped.items():
            self.name_forms.setdefault(k, set()).update(v)
        for r in sorted(rows, key=lambda r: (r['act'], r['name'])):
            m = re.match(r'^publ:(\d+)-(\d+)$', r['act'])
            if not m or r['scope']:
                continue
            src = r['source']
            if not any(s in src for s in ('short-title', 'public_laws.csv', 'popular-name')):
                continue
            l = self.laws.get((int(m.group(1)), int(m.group(2))))
            name = r['name'].strip()
            if name.lower().startswith('the '):
                name = name[4:]
            if l is None or self.name_forms.get(norm_name(name)) != {r['act']}:
                continue
            if not re.search(r'\b(Act|Resolution)\b', name) or ';' in name or len(name) > 100:
                continue
            if name.endswith('.') or re.match(r'^(To|Making|An Act|Joint)\b', name):
                continue
            if any(abs(int(y) - l.date.year) > 2 for y in YEAR_RE.findall(name)):
                continue
            if any(self._pres_in(name)):
                continue
            s = strip_year(name)
            if s and self.name_forms.get(norm_name(s)) != {r['act']}:
                s = None
            l.names.append((name, s))

    def _pres_in(self, text):
        for p in self.presidents:
            for first in {p['first'], p['known']}:
                if '%s %s' % (first, p['last']) in text:
                    yield p

    def _load_sections(self):
        per = collections.defaultdict(list)
        for r in _rows('act_sections.tsv', '\t'):
            m = re.match(r'^publ:(\d+)-(\d+)$', r['act'])
            if not m:
                continue
            per[(int(m.group(1)), int(m.group(2)))].append((r['path'], r['section']))
        self.sections = {}
        for key in sorted(per):
            secs = per[key]
            self.sections[key] = set(s for _, s in secs)
            l = self.laws.get(key)
            if not l:
                continue
            cnt = collections.Counter(s for _, s in secs)
            for path, s in sorted(secs):
                if cnt[s] == 1 and re.match(r'^\d+[A-Za-z]?$', s) and \
                        (path == '' or re.match(r'^title [IVXLCDM]+$', path)):
                    l.sections.append((path, s))


# ---------------------------------------------------------------- spellings

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December']
MABBR = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.',
         'Oct.', 'Nov.', 'Dec.']
MABBR2 = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.',
          'Oct.', 'Nov.', 'Dec.']
# ('spelled': an enrolled bill's or a proclamation's "the twenty-sixth day of
# July, 1990")
# ('ord', 'ord2', 'dord': a day's ordinal, "July 26th, 1990", "July 26th
# 1990", "26th July 1990", as memos and mail write it)
DATE_STYLES = ['long', 'long', 'abbr', 'abbr2', 'dmy', 'iso', 'us', 'us1', 'spelled', 'ord',
               'ord2', 'dord']


def day_ordinal(n):
    return '%d%s' % (n, 'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def r_date(d, st):
    if st == 'long':
        return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)
    if st == 'abbr':
        return '%s %d, %d' % (MABBR[d.month - 1], d.day, d.year)
    if st == 'abbr2':
        return '%s %d, %d' % (MABBR2[d.month - 1], d.day, d.year)
    if st == 'dmy':
        return '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year)
    if st == 'iso':
        return d.isoformat()
    if st == 'us':
        return '%02d/%02d/%d' % (d.month, d.day, d.year)
    if st == 'us1':
        return '%d/%d/%d' % (d.month, d.day, d.year)
    if st == 'ord':
        return '%s %s, %d' % (MONTHS[d.month - 1], day_ordinal(d.day), d.year)
    if st == 'ord2':
        return '%s %s %d' % (MONTHS[d.month - 1], day_ordinal(d.day), d.year)
    if st == 'dord':
        return '%s %s %d' % (day_ordinal(d.day), MONTHS[d.month - 1], d.year)
    if st == 'spelled':
        return 'the %s day of %s, %d' % (ordinal_words(d.day).lower(), MONTHS[d.month - 1], d.year)
    if st == 'year':
        return str(d.year)
    raise ValueError(st)


LAW_PREFIXES = ['Pub. L.', 'Pub. L. No.', 'P.L.', 'Public Law', 'Public Law No.',
                'PL', 'Pub.L.']


def r_law(cn, st, bare=False):
    c, n = cn
    num = '%d%s%d' % (c, st['dash'], n)
    return num if bare else '%s %s' % (st['prefix'], num)


BILL_SPELL = {
    'hr': ['H.R. ', 'H. R. ', 'HR ', 'H.R.'],
    's': ['S. ', 'S. ', 'S. ', 'S.'],
    'hjres': ['H.J.Res. ', 'H.J. Res. ', 'H. J. Res. ', 'H.J.RES.'],
    'sjres': ['S.J.Res. ', 'S.J. Res. ', 'S. J. Res. ', 'S.J.RES.'],
}


def r_bill(b, st):
    return '%s%d' % (BILL_SPELL[b[0]][st], b[1])


ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
ORD_ONES = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh',
            'eighth', 'ninth']
TENS = ['', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
        'eighty', 'ninety']
ORD_TENS = ['', 'tenth', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth',
            'sixtieth', 'seventieth', 'eightieth', 'ninetieth']
TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth',
         'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth']


def ordinal_words(n):
    """101 -> 'One Hundred First', 85 -> 'Eighty-fifth' (the enacting
    clause's spelling)."""
    hundred, rest = divmod(n, 100)
    if rest == 0:
        w = 'one hundredth' if hundred == 1 else ''
    elif rest < 10:
        w = ORD_ONES[rest]
    elif rest < 20:
        w = TEENS[rest - 10]
    elif rest % 10 == 0:
        w = ORD_TENS[rest // 10]
    else:
        w = '%s-%s' % (TENS[rest // 10], ORD_ONES[rest % 10])
    if hundred and rest:
        w = 'one hundred ' + w
    return ' '.join(x[:1].upper() + x[1:] for x in w.split(' '))


def ordinal_num(n, legal=False):
    if 10 <= n % 100 <= 20:
        suf = 'th'
    else:
        suf = {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
        if legal and suf in ('nd', 'rd'):
            suf = 'd'
    return '%d%s' % (n, suf)


def r_cong(c, st, ctx):
    """ctx: 'prose' (needs 'Congress'), 'paren' (abbreviation allowed),
    'cell' (bare ordinal allowed)."""
    if st == 'words':
        w = ordinal_words(c) + ' Congress'
        return w
    num = ordinal_num(c, legal=(st == 'ordd'))
    if ctx == 'cellbare':
        return num
    if st == 'abbr' and ctx != 'prose':
        return num + ' Cong.'
    if st == 'bare' and ctx == 'cell':
        return num
    return num + ' Congress'


def r_pres(p, st, bare=False):
    if st == 'last':
        name = p['last']
    elif st == 'formal':
        name = '%s %s' % (p['first'], p['last'])
    else:
        name = '%s %s' % (p['known'], p['last'])
    if bare:
        if st == 'last':
            name = '%s %s' % (p['known'], p['last'])
        return name
    return 'President ' + name


def r_stat(s, st):
    vol, page, pin = s
    t = '%d Stat. %d' % (vol, page)
    if pin is not None:
        t += ', %d' % pin
    return t


def r_name(name, st):
    text = name[1] if (st['noyear'] and name[1]) else name[0]
    if st.get('caps'):  # "AMERICANS WITH DISABILITIES ACT OF 1990"
        text = text.upper()
        return '\u201c%s\u201d' % text if st['quote'] else text
    acro = None if st['quote'] else acronyms.with_acronym(text, st.get('acro'))
    if acro:
        return acro
    if st['quote']:
        text = '\u201c%s\u201d' % text
    return text


def r_sec(sec, st):
    path, s = sec
    if st == 'sym':
        base = '\u00a7 %s' % s
    elif st == 'sec':
        base = 'sec. %s' % s
    else:
        base = 'section %s' % s
    if path and st == 'sym':
        base = '%s, %s' % (path.replace('title', 'tit.'), base)
    return base


# ---------------------------------------------------------------- composing


class Err(Exception):
    pass


class Seg:
    """One law's facts as written in an entry (right values, the planted
    wrong one, and the per-entry spellings)."""

    def __init__(self, T, law, facts, styles, kind=None):
        self.T, self.law, self.facts, self.st = T, law, list(facts), styles
        self.kind = kind
        self.val = {}
        self.right = {}
        self.detail = None
        self.wrong_text = self.right_text = None
        self.sec_done = False

    def has(self, f):
        return f in self.facts

    def render(self, f, ctx='prose'):
        v = self.val[f]
        t = self._render(f, v, ctx)
        if self.kind and KIND_FACT[self.kind] == f:
            self.wrong_text = t
            self.right_text = self._render(f, self.right[f], ctx)
        return t

    def _render(self, f, v, ctx):
        st = self.st
        if f == 'law':
            return r_law(v, st['law'], bare=(ctx == 'cell' and st['bare']))
        if f == 'date':
            ds = st['date']
            if ds == 'year' and ctx != 'year':
                ds = 'long'
            return r_date(v, ds)
        if f == 'stat':
            return r_stat(v, st['stat'])
        if f == 'bill':
            return r_bill(v, st['bill'])
        if f == 'cong':
            return r_cong(v, st['cong'], ctx)
        if f == 'pres':
            return r_pres(self.T.presidents[v], st['pres'],
                          bare=(ctx == 'cell' and st['bare']))
        if f == 'name':
            t = r_name(v, st['name'])
            if ctx == 'the' or (ctx == 'prose' and st['name']['the']):
                return 'the ' + t
            return t
        if f == 'sec':
            return r_sec(v, st['sec'])
        raise ValueError(f)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def join_and(items, rng, oxford=None):
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return '%s and %s' % tuple(items)
    if oxford is None:
        oxford = rng.random() < 0.6
    return '%s%s and %s' % (', '.join(items[:-1]), ',' if oxford else '', items[-1])


def digit_safe(items, rng, sep):
    """Order items (fact, text) so that no Stat. cite without a pin is
    followed, after a comma, by an element that begins with a digit (it
    would read as a pin page)."""
    if ',' not in sep:
        return items
    for _ in range(30):
        ok = True
        for a, b in zip(items, items[1:]):
            if a[0] == 'stat' and re.search(r'Stat\. \d+$', a[1]) and b[1][:1].isdigit():
                ok = False
        if ok:
            return items
        items = items[:]
        rng.shuffle(items)
    raise Err('digit order')


class Composer:
    def __init__(self, T, rng, error_share, n=0):
        self.T, self.rng, self.share = T, rng, error_share
        # the name's acronym forms, drawn apart so that the other draws of a
        # seed stay what they were before these forms were added
        self.rng_acro = random.Random(rng.random())
        # names in capitals, as headings and some tables print them: a
        # stream of its own, seeded from the state without drawing from it
        # -- its first word after the draw above has turned the state over
        # (before any draw that word is 0x80000000 for every seed: keep
        # this line after one)
        self.rng_caps = random.Random(rng.getstate()[1][0])
        k = int(round(n * error_share))
        self.plan = [True] * k + [False] * (n - k)   # which entries carry an error
        rng.shuffle(self.plan)

    # ---------------- drawing laws, facts, errors

    def draw_law(self, need=()):
        rng = self.rng
        for _ in range(200):
            pool = self.T.named_pool if rng.random() < 0.55 else self.T.pool
            l = rng.choice(pool)
            if all(self.can_have(l, f) for f in need):
                return l
        raise Err('no law')

    def can_have(self, l, f):
        if f == 'stat':
            return l.stat_ok
        if f == 'name':
            return bool(l.names)
        if f == 'pres':
            return l.pres is not None
        if f == 'sec':
            return bool(l.sections)
        if f == 'bill':
            return l.bill is not None
        return True

    def choose_facts(self, l, kind, mode, must=()):
        rng = self.rng
        probs = {'law': .8, 'date': .6, 'stat': .55, 'bill': .4, 'cong': .35,
                 'name': .6, 'pres': .3, 'sec': .12}
        if mode in ('table', 'csv', 'kv'):
            probs['law'] = .95
        facts = set(f for f in FACTS if self.can_have(l, f) and rng.random() < probs[f])
        facts |= set(must)
        if kind:
            facts.add(KIND_FACT[kind])
            if kind == 'president':
                facts.add('date')
            if kind == 'name' and not facts & {'law', 'stat'}:
                facts.add('law' if rng.random() < .75 or not l.stat_ok else 'stat')
            if kind == 'law' and not facts & {'date', 'stat', 'bill', 'name'}:
                opts = [f for f in ('date', 'stat', 'bill', 'name') if self.can_have(l, f)]
                facts.add(rng.choice(opts))
        if not facts & {'law', 'name'}:
            facts.add('law' if rng.random() < .7 or not l.names else 'name')
        while len(facts - {'sec'}) < 2:
            opts = [f for f in FACTS if f != 'sec' and f not in facts and self.can_have(l, f)]
            facts.add(rng.choice(opts))
        if 'sec' in facts and not facts & {'law', 'name'}:
            facts.discard('sec')
        return [f for f in FACTS if f in facts]

    def plant(self, seg):
        """Set seg.val[fact] to a wrong value for seg.kind; Err if none."""
        T, rng, l, kind = self.T, self.rng, seg.law, seg.kind
        if kind == 'date':
            cands = sorted(set(x.date for x in T.by_congress[l.c]
                               if abs((x.date - l.date).days) >= 7
                               and T.pres_on(x.date) == T.pres_on(l.date)))
            same_year = [d for d in cands if d.year == l.date.year]
            cands = same_year or cands
            if not cands:
                raise Err('no date')
            near = [d for d in cands if abs((d - l.date).days) <= 120]
            seg.val['date'] = rng.choice(near or cands)
            seg.detail = 'date:%+dd' % (seg.val['date'] - l.date).days
        elif kind == 'congress':
            d = rng.choice([1, 1, 1, -1, -1, -1, 2, -2, 10, -10])
            c = l.c + d
            if c not in T.congresses:      # only a Congress that has met
                c = l.c - d
            seg.val['cong'] = c
            seg.detail = 'congress:%+d' % (c - l.c)
        elif kind == 'president':
            i = l.pres
            p = T.presidents[i]
            cands = [j for j in (i - 1, i + 1) if 0 <= j < len(T.presidents)
                     and T.presidents[j]['last'] != p['last']]
            if not cands:
                raise Err('no president')
            seg.val['pres'] = rng.choice(cands)
            seg.detail = 'president'
        elif kind == 'bill':
            own = l.bill
            others = [x for x in T.by_congress[l.c] if x.bill and x.bill != own and x is not l]
            same_kind = [x for x in others if x.bill[0] == own[0]]
            near = [x for x in (same_kind or others) if abs(x.n - l.n) <= 40]
            pick = rng.choice(near or same_kind or others)
            seg.val['bill'] = pick.bill
            seg.detail = 'bill:of %s' % pick.id
        elif kind == 'name':
            mine = set(norm_name(n) for n, _ in l.names) | \
                set(norm_name(s) for _, s in l.names if s)
            others = [x for x in T.named_pool if x.c == l.c and x is not l] or \
                [x for x in T.named_pool if x is not l]
            for _ in range(50):
                x = rng.choice(others)
                nm = rng.choice(x.names)
                if norm_name(nm[0]) in mine:
                    continue
                if seg.st['name']['noyear'] and seg.val['name'][1] and not nm[1]:
                    continue
                seg.val['name'] = nm
                seg.detail = 'name:of %s' % x.id
                break
            else:
                raise Err('no name')
        elif kind == 'law':
            self.plant_law(seg)
        elif kind == 'page':
            self.plant_page(seg)

    def plant_law(self, seg):
        T, rng, l = self.T, self.rng, seg.law
        s = str(l.n)
        variants = []
        for i, ch in enumerate(s):
            for dgt in '0123456789':
                if dgt == ch or (i == 0 and dgt == '0'):
                    continue
                variants.append(int(s[:i] + dgt + s[i + 1:]))
        existing = []
        for v in sorted(set(variants)):
            x = T.laws.get((l.c, v))
            if x is None or x is l:
                continue
            if self.differs(seg, x):
                existing.append(x)
        count = T.congresses[l.c][2]
        impossible = []
        if count and not T.congresses[l.c][3]:
            impossible = sorted(set(v for v in variants if v > count))
            if not impossible:
                impossible = sorted(set(int(s[:i] + d + s[i:]) for i in range(1, len(s) + 1)
                                        for d in '0123456789' if int(s[:i] + d + s[i:]) > count))
        opts = []
        if existing:
            opts.append('existing')
        if impossible:
            opts.append('impossible')
        if not opts:
            raise Err('no law variant')
        how = rng.choice(opts)
        if how == 'existing':
            x = rng.choice(existing)
            seg.val['law'] = (l.c, x.n)
            seg.detail = 'law:existing %s' % x.id
        else:
            v = rng.choice(impossible)
            seg.val['law'] = (l.c, v)
            seg.detail = 'law:impossible (count %d)' % count

    def differs(self, seg, x):
        """Another law x disagrees with every identifying fact the entry
        shows (date, Stat. cite, bill, name), and shows at least one."""
        l = seg.law
        shown = 0
        for f in seg.facts:
            if f == 'date':
                shown += 1
                if x.date == l.date or (seg.st['date'] == 'year' and x.date.year == l.date.year):
                    return False
            elif f == 'stat':
                shown += 1
                if x.vol == l.vol and x.page is not None and (
                        x.page == l.page or (l.pin_hi and l.page <= x.page <= l.pin_hi)):
                    return False
                if not x.stat_ok:
                    return False
            elif f == 'bill':
                shown += 1
                if x.bill == l.bill or x.bill is None:
                    return False
            elif f == 'name':
                shown += 1
                mine = set(norm_name(n) for n, _ in l.names)
                if any(norm_name(n) in mine for n, _ in x.names):
                    return False
        return shown > 0

    def plant_page(self, seg):
        T, rng, l = self.T, self.rng, seg.law
        vol, page, pin = seg.val['stat']
        opts = ['volume', 'first']
        if pin is not None:
            opts += ['pin', 'pin']
        how = rng.choice(opts)
        vmax = T.vol_max.get(l.vol, page + 100)

        def outside(p):
            if p < 1 or p > vmax:
                return False
            if p < l.page:
                return True
            return l.out_hi is not None and p >= l.out_hi + 2
        if how == 'volume':
            dv = rng.choice([1, -1, 1, -1, 2, -2, 10, -10])
            if vol + dv < 65:
                dv = abs(dv)
            seg.val['stat'] = (vol + dv, page, pin)
            seg.detail = 'page:volume %+d' % dv
            return
        if how == 'first':
            s = str(page)
            cands = set()
            for i in range(len(s) - 1):
                cands.add(int(s[:i] + s[i + 1] + s[i] + s[i + 2:]))
            for i, ch in enumerate(s):
                for dgt in '0123456789':
                    if dgt != ch and not (i == 0 and dgt == '0'):
                        cands.add(int(s[:i] + dgt + s[i + 1:]))
            cands = sorted(p for p in cands if outside(p))
            if not cands:
                how = 'volume'
                return self.plant_page_volume(seg)
            p = rng.choice(cands)
            seg.val['stat'] = (vol, p, None)
            seg.right['stat'] = (vol, page, None)
            seg.detail = 'page:first %d' % p
            return
        # pin outside the law's pages
        cands = []
        if l.out_hi is not None:
            cands += [l.out_hi + k for k in (2, 3, 5, 8, 12, 20, 40, 75, 150)]
        cands += [page - k for k in (1, 2, 5, 10, 30)]
        cands = [p for p in cands if outside(p) and p != page]
        if not cands:
            return self.plant_page_volume(seg)
        p = rng.choice(cands)
        seg.val['stat'] = (vol, page, p)
        seg.detail = 'page:pin %d' % p

    def plant_page_volume(self, seg):
        vol, page, pin = seg.val['stat']
        dv = self.rng.choice([1, -1])
        seg.val['stat'] = (vol + dv, page, pin)
        seg.detail = 'page:volume %+d' % dv

    def styles(self, mode):
        rng = self.rng
        st = {
            'law': {'prefix': rng.choice(LAW_PREFIXES), 'dash': rng.choice('--\u2013')},
            'date': rng.choice(DATE_STYLES),
            'bill': rng.randrange(4),
            'cong': rng.choice(['ord', 'ord', 'ordd', 'words', 'abbr']),
            'pres': rng.choice(['known', 'known', 'last', 'formal']),
            'name': {'the': rng.random() < .6, 'noyear': rng.random() < .3,
                     'quote': rng.random() < .12,
                     'acro': self.rng_acro.choice([None] * 6 + acronyms.FORMS),
                     'caps': self.rng_caps.random() < .06},
            'sec': rng.choice(['sym', 'sym', 'sec', 'section']),
            'stat': None,
            'bare': False,
            'pin': rng.random() < .3,
        }
        return st

    def make_seg(self, l, facts, kind, st):
        seg = Seg(self.T, l, facts, st, kind)
        rng = self.rng
        v = seg.val
        v['law'] = (l.c, l.n)
        v['date'] = l.date
        v['cong'] = l.c
        if l.bill:
            v['bill'] = l.bill
        if l.stat_ok:
            pin = None
            if st['pin'] and l.pin_hi and 'sec' not in facts:
                pin = rng.randint(l.page + 1, l.pin_hi)
            v['stat'] = (l.vol, l.page, pin)
        if l.names:
            nm = rng.choice(l.names)
            v['name'] = nm
        if l.pres is not None:
            v['pres'] = l.pres
        if l.sections:
            v['sec'] = rng.choice(l.sections)
        seg.right = dict(v)
        if kind:
            self.plant(seg)
        return seg

    # ---------------- top level

    def entry(self):
        rng = self.rng
        mode = rng.choices(['prose', 'cite', 'string', 'table', 'csv', 'kv'],
                           [42, 20, 12, 10, 8, 8])[0]
        has_err = self.plan.pop(0) if self.plan else rng.random() < self.share
        st = self.styles(mode)
        if mode in ('table', 'csv', 'kv'):
            st['bare'] = rng.random() < .5 if mode != 'kv' else rng.random() < .6
        if mode in ('cite', 'string') and rng.random() < .35:
            st['date'] = 'year'
        nlaws = 1
        if mode == 'string':
            nlaws = rng.choice([2, 2, 3, 3, 4])
        elif mode in ('table', 'csv'):
            nlaws = rng.choice([1, 1, 2, 3])
        kind = None
        if has_err:
            kind = rng.choice(KINDS)
            l0 = self.draw_law([KIND_FACT[kind]])
        else:
            l0 = self.draw_law()
        if kind:
            if kind == 'page':
                st['pin'] = rng.random() < .5
            if kind == 'date' and st['date'] == 'year':
                st['date'] = rng.choice(DATE_STYLES)
        facts0 = self.choose_facts(l0, kind, mode)
        segs = []
        if mode in ('table', 'csv'):
            # all rows share the columns
            need = [f for f in facts0 if f != 'law' and f not in ('date', 'cong')]
            laws = [l0] + [self.draw_law(need) for _ in range(nlaws - 1)]
            err_at = rng.randrange(nlaws)
            laws[0], laws[err_at] = laws[err_at], laws[0]
            for i, l in enumerate(laws):
                segs.append(self.make_seg(l, facts0, kind if i == err_at else None, st))
        elif mode == 'string':
            err_at = rng.randrange(nlaws)
            for i in range(nlaws):
                if i == err_at:
                    segs.append(self.make_seg(l0, facts0, kind, st))
                else:
                    l = self.draw_law()
                    segs.append(self.make_seg(l, self.choose_facts(l, None, mode), None, st))
        else:
            segs.append(self.make_seg(l0, facts0, kind, st))
        shape = []
        lines = getattr(self, 'm_' + mode)(segs, shape)
        err_seg = [s for s in segs if s.kind]
        key = {'error': kind, 'wrong': None, 'right': None, 'law': l0.id,
               'shape': ' '.join(shape), 'mode': mode,
               'laws': [s.law.id for s in segs], 'facts': [s.facts for s in segs],
               'detail': None}
        if err_seg:
            s = err_seg[0]
            if s.wrong_text is None:
                raise Err('planted fact not written')
            key.update(wrong=s.wrong_text, right=s.right_text, detail=s.detail)
        return lines, key

    # ---------------- wrappers

    def wrap(self, text, shape, allow_paren=True):
        rng = self.rng
        w = rng.choices(['none', 'paren', 'bracket', 'fn', 'bullet', 'num'],
                        [50, 8 if allow_paren else 0, 6 if allow_paren else 0, 16, 12, 8])[0]
        if w == 'paren':
            text = '(%s)' % text
        elif w == 'bracket':
            text = '[%s]' % text
        elif w == 'fn':
            k = rng.randint(1, 140)
            text = rng.choice(['%d. ', '[%d] ', 'n.%d ', '^%d ']) % k + text
        elif w == 'bullet':
            text = rng.choice(['- ', '* ', '\u2022 ', '\u2013 ']) + text
        elif w == 'num':
            k = rng.randint(1, 12)
            text = rng.choice(['%d) ' % k, '(%s) ' % 'abcdefghijkl'[k - 1], '%s. ' % ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'][k - 1]]) + text
        if w != 'none':
            shape.insert(0, 'wrap:' + w)
        return text

    # ---------------- prose

    def np_att(self, seg, f, shape):
        """An attachment of fact f to a noun phrase: (text, shape)."""
        rng = self.rng
        if f == 'law':
            forms = [(' (%s)', 'par'), (', %s,', 'app')]
            fm, sh = rng.choice(forms)
            return fm % seg.render('law'), 'att:law.' + sh
        if f == 'name':
            forms = [(' (%s)', 'par'), (', %s,', 'app'), (', known as %s,', 'known'),
                     (', popularly called %s,', 'known')]
            fm, sh = rng.choice(forms)
            return fm % seg.render('name'), 'att:name.' + sh
        if f == 'stat':
            forms = [(' (%s)', 'par'), (', %s,', 'app'), (' (at %s)', 'at')]
            fm, sh = rng.choice(forms)
            return fm % seg.render('stat'), 'att:stat.' + sh
        if f == 'date':
            forms = [(' (%s)', 'par'), (', approved %s,', 'approved'),
                     (' of %s', 'of'), (', enacted %s,', 'enacted'),
                     (', signed %s,', 'signed')]
            fm, sh = rng.choice(forms)
            return fm % seg.render('date'), 'att:date.' + sh
        if f == 'bill':
            forms = [(' (%s)', 'par'), (' (enacting %s)', 'enacting'),
                     (', originally %s,', 'orig'), (', which began as %s,', 'rel'),
                     (', originating as %s,', 'orig')]
            fm, sh = rng.choice(forms)
            return fm % seg.render('bill'), 'att:bill.' + sh
        if f == 'cong':
            if rng.random() < .5:
                return ' (%s)' % seg.render('cong', 'paren'), 'att:cong.par'
            return ' of the %s' % seg.render('cong'), 'att:cong.of'
        if f == 'pres':
            forms = [(' (signed by %s)', 'par'), (', signed by %s,', 'app')]
            fm, sh = rng.choice(forms)
            return fm % seg.render('pres'), 'att:pres.' + sh
        raise ValueError(f)

    def paren_group(self, seg, fs, shape):
        """Several facts in one parenthetical: '(S. 933; 104 Stat. 327)'."""
        rng = self.rng
        parts = []
        for f in fs:
            if f == 'date':
                parts.append(('date', rng.choice(['', 'approved ', 'enacted ', 'signed ']) + seg.render('date')))
            elif f == 'bill':
                parts.append(('bill', rng.choice(['', 'enacting ', 'originally ']) + seg.render('bill')))
            elif f == 'cong':
                parts.append(('cong', seg.render('cong', 'paren')))
            elif f == 'pres':
                parts.append(('pres', 'signed by ' + seg.render('pres')))
            elif f == 'name':
                parts.append(('name', seg.render('name', 'prose')))
            elif f == 'law':
                parts.append(('law', seg.render('law')))
            elif f == 'stat':
                parts.append(('stat', seg.render('stat')))
        sep = rng.choice(['; ', ', '])
        parts = digit_safe(parts, rng, sep)
        return ' (%s)' % sep.join(t for _, t in parts), 'att:group(%s)' % ','.join(f for f, _ in parts)

    def vp(self, seg, f, form):
        """A verb phrase for fact f. form: 'fin' (finite), 'part'
        (participial). Returns (text, tag)."""
        rng = self.rng
        if f == 'date':
            fin = ['was signed on %s', 'was approved %s', 'was approved on %s',
                   'was enacted on %s', 'became law on %s', 'was signed into law on %s']
            part = ['signed on %s', 'approved %s', 'enacted on %s', 'signed into law on %s']
            t = rng.choice(fin if form == 'fin' else part) % seg.render('date')
        elif f == 'pres':
            fin = ['was signed by %s', 'was signed into law by %s']
            part = ['signed by %s', 'signed into law by %s']
            t = rng.choice(fin if form == 'fin' else part) % seg.render('pres')
        elif f == 'presdate':
            p = seg.render('pres')
            d = seg.render('date')
            fin = ['was signed into law by %s on %s', 'was signed by %s on %s',
                   'was approved by %s on %s']
            part = ['signed into law by %s on %s', 'signed by %s on %s']
            t = rng.choice(fin if form == 'fin' else part) % (p, d)
        elif f == 'bill':
            fin = ['originated as %s', 'began as %s', 'was introduced as %s',
                   'started as %s', 'was enacted from %s']
            part = ['originating as %s', 'introduced as %s', 'enacted from %s']
            t = rng.choice(fin if form == 'fin' else part) % seg.render('bill')
        elif f == 'stat':
            fin = ['is printed at %s', 'appears at %s', 'is published at %s',
                   'is found at %s', 'is reported at %s']
            part = ['printed at %s', 'published at %s', 'reported at %s']
            t = rng.choice(fin if form == 'fin' else part) % seg.render('stat')
        elif f == 'cong':
            fin = ['was passed by the %s', 'was enacted by the %s',
                   'was enacted in the %s', 'is a law of the %s']
            part = ['passed by the %s', 'enacted by the %s']
            t = rng.choice(fin if form == 'fin' else part) % seg.render('cong')
        elif f == 'law':
            fin = ['was enacted as %s', 'became %s', 'is %s', 'was designated %s',
                   'is cited as %s']
            part = ['enacted as %s', 'designated %s', 'cited as %s']
            t = rng.choice(fin if form == 'fin' else part) % seg.render('law')
        elif f == 'name':
            fin = ['is known as %s', 'is cited as %s', 'is popularly known as %s',
                   'may be cited as %s', 'bears the short title %s']
            part = ['known as %s', 'better known as %s', 'cited as %s']
            t = rng.choice(fin if form == 'fin' else part) % seg.render('name', 'the')
        else:
            raise ValueError(f)
        return t, f

    def vps_of(self, seg, fs):
        """Group facts into VP units (pres+date may merge)."""
        units = list(fs)
        if 'pres' in units and 'date' in units and self.rng.random() < .6:
            i = min(units.index('pres'), units.index('date'))
            units = [u for u in units if u not in ('pres', 'date')]
            units.insert(min(i, len(units)), 'presdate')
        return units

    def np_head(self, seg, head, shape, sentence_start, role='subj'):
        """The subject/object noun phrase of fact head (law|name|bill),
        with a section prefix when the entry has one."""
        rng = self.rng
        if head == 'law':
            t = seg.render('law')
        elif head == 'name':
            t = seg.render('name', 'the' if seg.st['name']['the'] else 'bare')
        else:
            b = seg.render('bill')
            t = rng.choice(['%s', 'the measure, %s,', 'the bill, %s,', '%s']) % b
        if seg.has('sec') and head in ('law', 'name') and not seg.sec_done:
            seg.sec_done = True
            s = seg.render('sec')
            if head == 'law' and rng.random() < .5:
                t = '%s, %s,' % (t, s)
                shape.append('%s:%s+sec' % (role, head))
            else:
                t = '%s of %s' % (s, t)
                shape.append('%s:sec.of+%s' % (role, head))
        else:
            shape.append('%s:%s' % (role, head))
        return cap(t) if sentence_start else t

    def m_prose(self, segs, shape):
        seg = segs[0]
        seg.sec_done = False
        rng = self.rng
        shape.append('prose')
        R = [f for f in seg.facts if f != 'sec']
        rng.shuffle(R)
        frames = ['subj', 'subj', 'subj']
        if 'pres' in R:
            frames.append('pres_active')
        if 'cong' in R and (set(R) & {'law', 'name'}):
            frames.append('cong_active')
        if 'bill' in R and (set(R) & {'law', 'name'}):
            frames += ['bill_head', 'bill_head']
        frame = rng.choice(frames)
        parts = []
        if frame == 'subj':
            heads = [f for f in R if f in ('law', 'name')]
            head = rng.choice(heads)
            R.remove(head)
            adv = ''
            if rng.random() < .35:
                cands = [f for f in R if f in ('date', 'cong', 'pres')]
                if cands and len(R) > 1:
                    a = rng.choice(cands)
                    R.remove(a)
                    adv = self.adverbial(seg, a, shape)
            subj = self.np_head(seg, head, shape, not adv)
            subj = self.attach(seg, R, subj, shape, keep=1)
            pred = self.predicate(seg, R, shape)
            text = adv + subj + ('' if pred.startswith(',') else ' ') + pred + '.'
            parts.append(text)
        elif frame == 'pres_active':
            R.remove('pres')
            pres = seg.render('pres')
            date_adv = ''
            date_tail = ''
            if 'date' in R:
                R.remove('date')
                if rng.random() < .5:
                    date_adv = 'On %s, ' % seg.render('date')
                    shape.append('adv:date')
                else:
                    date_tail = ' on %s' % seg.render('date')
            shape.append('subj:pres')
            heads = [f for f in R if f in ('law', 'name', 'bill')]
            obj_f = rng.choice(heads)
            R.remove(obj_f)
            obj = self.np_head(seg, obj_f, shape, False, 'obj')
            if obj_f == 'bill' and obj.endswith(','):
                obj = obj[:-1]
            verb = rng.choice(['signed', 'signed into law', 'approved'])
            shape.append('verb:signed')
            obj = self.attach(seg, R, obj, shape, keep=0)
            tail = ''
            if obj_f == 'bill' and 'law' in R and rng.random() < .7:
                R.remove('law')
                tail = rng.choice([' as %s', ', which became %s']) % seg.render('law')
                shape.append('obj.as:law')
            text = '%s%s %s %s%s%s' % (date_adv, cap(pres) if not date_adv else pres, verb,
                                       obj, tail, date_tail)
            if date_tail:
                shape.append('tail:date')
            text = cap(text)
            if R:
                text += self.relative_or_split(seg, R, shape)
            else:
                text += '.'
            parts.append(text)
        elif frame == 'cong_active':
            R.remove('cong')
            c = seg.render('cong')
            shape.append('subj:cong')
            heads = [f for f in R if f in ('law', 'name')]
            obj_f = rng.choice(heads)
            R.remove(obj_f)
            obj = self.np_head(seg, obj_f, shape, False, 'obj')
            verb = rng.choice(['passed', 'enacted', 'adopted'])
            obj = self.attach(seg, R, obj, shape, keep=0)
            text = 'The %s %s %s' % (c, verb, obj)
            if R:
                text += self.relative_or_split(seg, R, shape)
            else:
                text += '.'
            parts.append(text)
        else:  # bill_head
            R.remove('bill')
            subj = self.np_head(seg, 'bill', shape, True)
            targets = [f for f in R if f in ('law', 'name')]
            tgt = rng.choice(targets)
            R.remove(tgt)
            if tgt == 'law':
                verb = rng.choice(['became %s', 'was enacted as %s', 'became law as %s'])
                vt = verb % seg.render('law')
            else:
                verb = rng.choice(['became %s', 'was enacted as %s'])
                vt = verb % seg.render('name', 'the')
            shape.append('vp:became.' + tgt)
            tail = ''
            if 'date' in R and rng.random() < .6:
                R.remove('date')
                tail = ' on %s' % seg.render('date')
                shape.append('tail:date')
            text = '%s %s%s' % (subj, vt, tail)
            if R:
                text += self.relative_or_split(seg, R, shape)
            else:
                text += '.'
            parts.append(text)
        if seg.has('sec') and not seg.sec_done:
            # a sentence of its own for the section
            s = seg.render('sec')
            parts.append(rng.choice(['See %s of the Act.', 'The relevant provision is %s of that law.',
                                     'Cf. %s of the statute.', 'See id. %s.']) % s)
            shape.append('s:sec')
        text = ' '.join(parts)
        text = re.sub(r',([.,])', r'\1', text)
        text = re.sub(r',,', ',', text)
        return [self.wrap(text, shape)]

    def adverbial(self, seg, f, shape):
        rng = self.rng
        shape.append('adv:' + f)
        if f == 'date':
            return rng.choice(['On %s, ', 'On %s, ', 'Approved %s, ']) % seg.render('date')
        if f == 'cong':
            return rng.choice(['In the %s, ', 'During the %s, ']) % seg.render('cong')
        if f == 'pres':
            return rng.choice(['Under %s, ', 'During the term of %s, ']) % seg.render('pres')
        raise ValueError(f)

    def attach(self, seg, R, np, shape, keep=1):
        """Attach 0-2 of the facts R to noun phrase np (removing them from
        R), leaving at least `keep` facts for the predicate."""
        rng = self.rng
        k = rng.choice([0, 0, 1, 1, 2])
        k = min(k, max(0, len(R) - keep))
        if k == 0:
            return np
        if np.endswith(','):
            np = np[:-1]
            trailing_comma = True
        else:
            trailing_comma = False
        chosen = R[:k]
        del R[:k]
        if k == 2 and rng.random() < .4:
            t, sh = self.paren_group(seg, chosen, shape)
            np += t
            shape.append(sh)
        else:
            for f in chosen:
                t, sh = self.np_att(seg, f, shape)
                if np.endswith(',') and t.startswith(','):
                    t = t[1:]
                np += t
                shape.append(sh)
        if trailing_comma and not np.endswith(','):
            np += ','
        return np

    def predicate(self, seg, R, shape):
        """Finite VPs for facts R, possibly with a relative or participial
        clause first and the rest moved into a second sentence."""
        rng = self.rng
        units = self.vps_of(seg, R)
        if not units:
            shape.append('vp:became-law')
            return rng.choice(['became law', 'was enacted'])
        lead = ''
        if len(units) >= 2 and rng.random() < .35:
            u = units.pop(0)
            if rng.random() < .5:
                t, tag = self.vp(seg, u, 'fin')
                lead = ', which %s, ' % t
                shape.append('rel:' + tag)
            else:
                t, tag = self.vp(seg, u, 'part')
                lead = ', %s, ' % t
                shape.append('part:' + tag)
        second = []
        if len(units) >= 2 and rng.random() < .45:
            cut = rng.randint(1, len(units) - 1)
            units, second = units[:cut], units[cut:]
        vps = []
        for u in units:
            t, tag = self.vp(seg, u, 'fin')
            vps.append(t)
            shape.append('vp:' + tag)
        out = join_and(vps, rng)
        if lead:
            out = lead + out      # "Pub. L. X, which began as S. 1, was signed ..."
        if second:
            out += '. ' + self.second_sentence(seg, second, shape)[:-1]
        return out

    def second_sentence(self, seg, units, shape):
        rng = self.rng
        pron = rng.choice(['It', 'The Act', 'The law', 'That statute', 'The measure',
                           'This law', 'The statute'])
        shape.append('split:' + pron.lower().replace(' ', '_'))
        # possessive openings for a single fact
        if len(units) == 1 and units[0] in ('bill', 'stat', 'date') and rng.random() < .35:
            f = units[0]
            shape.append('poss:' + f)
            if f == 'bill':
                return 'Its originating bill was %s.' % seg.render('bill')
            if f == 'stat':
                return 'Its Statutes at Large citation is %s.' % seg.render('stat')
            return 'Its date of enactment is %s.' % seg.render('date')
        vps = []
        for u in units:
            t, tag = self.vp(seg, u, 'fin')
            vps.append(t)
            shape.append('vp:' + tag)
        return '%s %s.' % (pron, join_and(vps, rng))

    def relative_or_split(self, seg, R, shape):
        rng = self.rng
        units = self.vps_of(seg, R)
        if rng.random() < .5:
            t, tag = self.vp(seg, units[0], 'fin')
            shape.append('rel:' + tag)
            out = ', which %s.' % t
            if len(units) > 1:
                out += ' ' + self.second_sentence(seg, units[1:], shape)
            return out
        return '. ' + self.second_sentence(seg, units, shape)

    # ---------------- citation strings

    def cite(self, seg, shape, allow_signal=True, sep_ok=(', ',)):
        """A citation: comma-joined elements in random order, then a
        parenthetical. Returns text without final period."""
        rng = self.rng
        seg.sec_done = False
        main, paren = [], []
        for f in seg.facts:
            if f == 'sec':
                continue
            if f in ('law', 'stat', 'name'):
                (main if rng.random() < .85 else paren).append(f)
            elif f == 'date':
                (paren if rng.random() < .75 else main).append(f)
            elif f in ('bill', 'cong'):
                (paren if rng.random() < .7 else main).append(f)
            elif f == 'pres':
                paren.append(f)
        if not set(main) & {'law', 'name', 'stat'}:
            anchor = [f for f in paren if f in ('law', 'name', 'stat')]
            if anchor:
                paren.remove(anchor[0])
                main.append(anchor[0])
            else:
                main = [f for f in main if f != 'date'] + [f for f in paren if f != 'date']
                paren = [f for f in paren if f == 'date'] + [f for f in main if f == 'date']
        rng.shuffle(main)
        if main and main[0] in ('bill', 'cong', 'date') and len(main) > 1:
            # a citation opens with the law, its name or its Stat. cite
            i = next(i for i, f in enumerate(main) if f in ('law', 'name', 'stat'))
            main[0], main[i] = main[i], main[0]
        items = []
        for f in main:
            if f == 'law':
                t = seg.render('law')
                if seg.has('sec') and not seg.sec_done:
                    seg.sec_done = True
                    if rng.random() < .7:
                        t += ', ' + seg.render('sec')
                        items.append(('law', t))
                        shape.append('c:law+sec')
                        continue
                    t = seg.render('sec') + ' of ' + t
                    items.append(('seclaw', t))
                    shape.append('c:sec.of+law')
                    continue
            elif f == 'name':
                t = seg.render('name', 'the' if rng.random() < .3 else 'bare')
                if seg.has('sec') and not seg.sec_done and 'law' not in main:
                    seg.sec_done = True
                    t = t + ' ' + seg.render('sec')
                    shape.append('c:name+sec')
                    items.append(('name', t))
                    continue
            elif f == 'stat':
                t = seg.render('stat')
            elif f == 'date':
                t = rng.choice(['', 'enacted ', 'approved ']) + seg.render('date')
            elif f == 'bill':
                t = seg.render('bill')
            elif f == 'cong':
                t = seg.render('cong', 'paren')
            elif f == 'pres':
                t = 'signed by ' + seg.render('pres')
            items.append((f, t))
            shape.append('c:' + f)
        items = digit_safe(items, rng, ', ')
        text = ', '.join(t for _, t in items)
        if seg.has('sec') and not seg.sec_done:
            seg.sec_done = True
            text += ', ' + seg.render('sec')
            shape.append('c:sec')
        if paren:
            rng.shuffle(paren)
            ps = []
            for f in paren:
                if f == 'date':
                    ps.append(('date', rng.choice(['', '', 'enacted ', 'approved ']) +
                               seg.render('date', 'year')))
                elif f == 'bill':
                    ps.append(('bill', rng.choice(['', 'enacting ', 'originally ']) + seg.render('bill')))
                elif f == 'cong':
                    ps.append(('cong', seg.render('cong', 'paren')))
                elif f == 'pres':
                    ps.append(('pres', rng.choice(['signed by ', 'approved by ']) + seg.render('pres')))
                elif f == 'name':
                    ps.append(('name', seg.render('name', 'prose')))
                elif f == 'law':
                    ps.append(('law', rng.choice(['', 'enacted as ']) + seg.render('law')))
                elif f == 'stat':
                    ps.append(('stat', seg.render('stat')))
            sep = rng.choice(sep_ok)
            ps = digit_safe(ps, rng, sep)
            text += ' (%s)' % sep.join(t for _, t in ps)
            shape.append('p(%s)' % ','.join(f for f, _ in ps))
        return text

    def m_cite(self, segs, shape):
        rng = self.rng
        shape.append('cite')
        sig = rng.choice(['', '', '', 'See ', 'See also ', 'Cf. ', 'See generally ', 'E.g., '])
        if sig:
            shape.append('sig')
        text = sig + self.cite(segs[0], shape, sep_ok=(', ', '; '))
        if rng.random() < .7:
            text += '.'
        return [self.wrap(text, shape)]

    def m_string(self, segs, shape):
        rng = self.rng
        shape.append('string%d' % len(segs))
        sig = rng.choice(['', '', 'See ', 'See, e.g., ', 'Cf. '])
        if sig:
            shape.append('sig')
        cites = []
        for s in segs:
            sub = []
            cites.append(self.cite(s, sub, sep_ok=(', ',)))
            shape.append('[' + ' '.join(sub) + ']')
        text = sig + '; '.join(cites)
        if rng.random() < .7:
            text += '.'
        return [self.wrap(text, shape, allow_paren=False)]

    # ---------------- tables, CSV, label/value lines

    HEAD = {
        'law': ['Public Law', 'Pub. L.', 'P.L.', 'Law'],
        'date': ['Enacted', 'Date', 'Approved', 'Signed'],
        'stat': ['Stat.', 'Statutes at Large', 'Citation'],
        'bill': ['Bill', 'Originating bill', 'Enacted bill'],
        'cong': ['Congress', 'Cong.'],
        'name': ['Short title', 'Act', 'Popular name'],
        'pres': ['President', 'Signed by'],
        'sec': ['Section', 'Sec.', '\u00a7'],
    }
    CSV_HEAD = {
        'law': ['public_law', 'law', 'pl'], 'date': ['enacted', 'date'],
        'stat': ['stat', 'statutes_at_large'], 'bill': ['bill'], 'cong': ['congress'],
        'name': ['short_title', 'act_name'], 'pres': ['president'], 'sec': ['section'],
    }

    def cell(self, seg, f):
        if f == 'name':
            return seg.render('name', 'bare')
        if f == 'cong':
            return seg.render('cong', 'cellbare' if seg.st['bare'] else 'cell')
        return seg.render(f, 'cell')

    def m_table(self, segs, shape):
        rng = self.rng
        st = segs[0].st
        cols = list(segs[0].facts)
        rng.shuffle(cols)
        header = rng.random() < .6 or st['bare']
        outer = rng.random() < .7
        shape.append('table:' + '|'.join(cols) + (':hdr' if header else '') + ':rows%d' % len(segs))

        def row(cells):
            s = ' | '.join(cells)
            return '| %s |' % s if outer else s
        lines = []
        if header:
            lines.append(row([rng.choice(self.HEAD[f]) for f in cols]))
            if rng.random() < .7:
                lines.append(row(['---'] * len(cols)))
        for s in segs:
            s.sec_done = True
            lines.append(row([self.cell(s, f) for f in cols]))
        return lines

    def m_csv(self, segs, shape):
        rng = self.rng
        st = segs[0].st
        cols = list(segs[0].facts)
        rng.shuffle(cols)
        header = rng.random() < .6 or st['bare']
        shape.append('csv:' + ','.join(cols) + (':hdr' if header else '') + ':rows%d' % len(segs))

        def q(x):
            return '"%s"' % x.replace('"', '""') if (',' in x or '"' in x) else x
        lines = []
        if header:
            caps = rng.random() < .3
            lines.append(','.join((lambda h: h.upper() if caps else h)(rng.choice(self.CSV_HEAD[f]))
                                  for f in cols))
        for s in segs:
            s.sec_done = True
            lines.append(','.join(q(self.cell(s, f)) for f in cols))
        return lines

    def m_kv(self, segs, shape):
        rng = self.rng
        seg = segs[0]
        seg.sec_done = True
        cols = list(seg.facts)
        rng.shuffle(cols)
        lead = None
        if 'law' in cols and rng.random() < .5:
            cols.remove('law')
            lead = seg.render('law')
        pairs = []
        for f in cols:
            v = self.cell(seg, f)
            if f == 'law' and not seg.st['bare']:
                pairs.append(v)             # "Public Law 101-336" needs no label
            elif f == 'pres' and not seg.st['bare']:
                pairs.append(v[0].upper() + v[1:] if rng.random() < .5 else 'Signed by ' + v)
            else:
                pairs.append('%s: %s' % (rng.choice(self.HEAD[f]), v))
        sep = rng.choice(['; ', ' \u00b7 ', ' | ', '\n'])
        shape.append('kv' + (':lead.law' if lead else '') + ':' + ','.join(cols) +
                     ':' + {'; ': 'semi', ' \u00b7 ': 'dot', ' | ': 'pipe', '\n': 'lines'}[sep])
        if sep == '\n':
            lines = ([lead] if lead else []) + pairs
            if rng.random() < .4:
                lines = ['- ' + x for x in lines]
                shape.append('bullets')
            return lines
        text = sep.join(pairs)
        if lead:
            text = '%s \u2014 %s' % (lead, text)
        return [self.wrap(text, shape, allow_paren=False)]


# ---------------------------------------------------------------- verifier

class Verifier:
    """Reads an entry's text back and compares every item with the tables:
    returns a list of (kind, text, ok) for each law segment."""

    def __init__(self, T):
        self.T = T
        self.words = {}
        for n in range(1, 131):
            self.words[ordinal_words(n).lower()] = n
        wl = sorted(self.words, key=len, reverse=True)
        self.words_re = re.compile(r'\b(%s) Congress' % '|'.join(re.escape(w) for w in wl), re.I)
        forms = collections.defaultdict(set)
        for form, acts in T.name_forms.items():
            if len(form) >= 6 and re.search(r'\b(act|resolution)\b', form):
                forms[form] |= acts
        self.forms = forms
        self.pnames = []
        for i, p in enumerate(T.presidents):
            for first in sorted({p['first'], p['known']}):
                t = ('%s %s' % (first, p['last']), p['last'], first)
                if t not in self.pnames:
                    self.pnames.append(t)
        mon = '|'.join(MONTHS + [m.rstrip('.') + r'\.' for m in MABBR + MABBR2 if m.endswith('.')])
        self.date_res = [
            re.compile(r'\b(%s) (\d{1,2}), (\d{4})\b' % mon),
            re.compile(r'\b(\d{1,2}) (%s) (\d{4})\b' % '|'.join(MONTHS)),
            re.compile(r'(?<![\d/-])(\d{4})-(\d{2})-(\d{2})(?![\d-])'),
            re.compile(r'(?<![\d/-])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])'),
        ]

    def month(self, s):
        s = s.rstrip('.')
        for lst in (MONTHS, MABBR, MABBR2):
            for i, m in enumerate(lst):
                if m.rstrip('.') == s:
                    return i + 1
        raise ValueError(s)

    def items(self, text, law, header_kinds=None):
        """Items of text judged against law (a Law). header_kinds: for
        table/CSV rows, the kind of each column (cells read by column)."""
        T = self.T
        out = []
        low = text.lower().replace('\u2019', "'").replace('\u2018', "'").replace('\u2013', '-') \
            .replace('\u2014', '-')
        # names first (longest), then blank them out
        found = []
        for form, acts in self.forms.items():
            i = low.find(form)
            while i >= 0:
                e = i + len(form)
                if (i == 0 or not low[i - 1].isalnum()) and (e == len(low) or not low[e].isalnum()):
                    found.append((i, e, form, acts))
                i = low.find(form, i + 1)
        found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        keep = []
        for f in found:
            if any(k[0] <= f[0] and f[1] <= k[1] for k in keep):
                continue
            keep.append(f)
        chars = list(text)
        for s, e, form, acts in keep:
            ok = acts == {'publ:%s' % law.id}
            out.append(('name', text[s:e], ok))
            for i in range(s, e):
                chars[i] = ' '
        text = ''.join(chars)
        # law numbers
        for m in re.finditer(r'(?:Pub\.\s?L\.(?:\s?No\.)?|P\.L\.|Public Law(?: No\.)?|\bPL)\s*(\d+)[-\u2013](\d+)', text):
            out.append(('law', m.group(0), (int(m.group(1)), int(m.group(2))) == (law.c, law.n)))
        text2 = re.sub(r'(?:Pub\.\s?L\.(?:\s?No\.)?|P\.L\.|Public Law(?: No\.)?|\bPL)\s*(\d+)[-\u2013](\d+)',
                       lambda m: ' ' * len(m.group(0)), text)
        for m in re.finditer(r'(?<![\w/.\-\u2013])(\d{2,3})[-\u2013](\d{1,4})(?![\w/\-\u2013])', text2):
            out.append(('law', m.group(0), (int(m.group(1)), int(m.group(2))) == (law.c, law.n)))
        # Stat.
        for m in re.finditer(r'(\d+) Stat\. (\d+)(?:, (\d+)(?![\d\-\u2013/]))?', text):
            v, p, pin = int(m.group(1)), int(m.group(2)), m.group(3)
            ok = law.stat_ok and v == law.vol and p == law.page
            if pin is not None:
                pin = int(pin)
                ok = ok and law.pin_hi is not None and law.page < pin <= law.pin_hi
            out.append(('stat', m.group(0), ok))
        text3 = re.sub(r'(\d+) Stat\. (\d+)(?:, (\d+)(?![\d\-\u2013/]))?', lambda m: ' ' * len(m.group(0)), text2)
        # dates
        for i, rx in enumerate(self.date_res):
            for m in rx.finditer(text3):
                g = m.groups()
                try:
                    if i == 0:
                        d = datetime.date(int(g[2]), self.month(g[0]), int(g[1]))
                    elif i == 1:
                        d = datetime.date(int(g[2]), self.month(g[1]), int(g[0]))
                    elif i == 2:
                        d = datetime.date(int(g[0]), int(g[1]), int(g[2]))
                    else:
                        d = datetime.date(int(g[2]), int(g[0]), int(g[1]))
                except ValueError:
                    out.append(('date', m.group(0), False))
                    continue
                out.append(('date', m.group(0), d == law.date))
            text3 = rx.sub(lambda m: ' ' * len(m.group(0)), text3)
        for m in re.finditer(r'(?:\(|[;,] )(?:enacted |approved )?(\d{4})(?=[);,])', text3):
            out.append(('date', m.group(0), int(m.group(1)) == law.date.year))
        # bills
        bill_re = (r'(?<![A-Za-z.])(H\.\s?R\.|HR |H\.\s?J\.\s?Res\.|H\. J\. Res\.|H\.J\.RES\.|'
                   r'S\.\s?J\.\s?Res\.|S\. J\. Res\.|S\.J\.RES\.|S\.)\s?(\d+)')
        for m in re.finditer(bill_re, text3):
            pre = re.sub(r'[\s.]', '', m.group(1)).lower()
            kind = {'hr': 'hr', 's': 's', 'hjres': 'hjres', 'sjres': 'sjres'}[pre]
            out.append(('bill', m.group(0), law.bill == (kind, int(m.group(2)))))
        # congresses
        for m in re.finditer(r'(?<![\d.])(\d{2,3})(?:st|nd|rd|th|d)\b', text3):
            out.append(('cong', m.group(0), int(m.group(1)) == law.c))
        for m in self.words_re.finditer(text3):
            out.append(('cong', m.group(0), self.words[m.group(1).lower()] == law.c))
        # Presidents
        pres = T.presidents[law.pres] if law.pres is not None else None
        spans = []
        for full, last, first in self.pnames:
            for m in re.finditer(r'\b%s\b' % re.escape(full), text3):
                spans.append((m.start(), m.end()))
                ok = pres is not None and pres['last'] == last and first in (pres['first'], pres['known'])
                out.append(('pres', m.group(0), ok))
        for m in re.finditer(r'President ([A-Z][a-z]+)\b', text3):
            if any(s <= m.start() < e for s, e in spans):
                continue
            last = m.group(1)
            if any(p['last'] == last for p in T.presidents):
                out.append(('pres', m.group(0), pres is not None and pres['last'] == last))
        # sections
        for m in re.finditer(r'(?:\u00a7|[Ss]ection|[Ss]ec\.) (\d+[A-Za-z]?)\b', text3):
            out.append(('sec', m.group(0), m.group(1) in self.T.sections.get((law.c, law.n), ())))
        return out

    def segments(self, lines, key):
        """Split an entry into (text, law) segments."""
        T = self.T
        laws = [T.laws[tuple(map(int, x.split('-')))] for x in key['laws']]
        mode = key['mode']
        if mode in ('table', 'csv'):
            rows = [l for l in lines if not re.match(r'^[|\s-]+$', l)]
            rows = rows[-len(laws):]
            return list(zip(rows, laws))
        text = ' '.join(lines)
        if mode == 'string':
            parts = text.split('; ')
            if len(parts) != len(laws):
                raise Err('string split %d vs %d' % (len(parts), len(laws)))
            return list(zip(parts, laws))
        return [(text, laws[0])]

    def judge(self, lines, key):
        """'' when the entry is as its key says, else the reason."""
        segs = self.segments(lines, key)
        bad = []
        total = 0
        for i, (text, law) in enumerate(segs):
            its = self.items(text, law)
            total += len(its)
            if len(its) < 2:
                return 'fewer than two facts read in %r' % text
            if 'facts' in key:
                unread = set(key['facts'][i]) - set(k for k, _, _ in its)
                if unread:
                    return 'facts written but not read back: %s in %r' % (sorted(unread), text)
            bad += [(k, t) for k, t, ok in its if not ok]
        if key['error'] is None:
            return '' if not bad else 'correct entry has %s' % bad
        if len(bad) != 1:
            return 'planted entry has %d bad items: %s' % (len(bad), bad)
        k, t = bad[0]
        if KIND_FACT[key['error']] != k:
            return 'planted %s, read %s %r' % (key['error'], k, t)
        if key['wrong'] not in t and t not in key['wrong']:
            return 'wrong text %r vs read %r' % (key['wrong'], t)
        return ''


# ---------------------------------------------------------------- main

def generate(n, seed, share, out):
    T = Tables()
    V = Verifier(T)
    rng = random.Random(seed)
    C = Composer(T, rng, share, n)
    entries, keys = [], []
    rejected = collections.Counter()
    while len(entries) < n:
        want = C.plan[0] if C.plan else None
        try:
            lines, key = C.entry()
        except Err as e:
            rejected[str(e)] += 1
            if want is not None:
                C.plan.insert(0, want)
            continue
        why = V.judge(lines, key)
        if why:
            if want is not None:
                C.plan.insert(0, want)
            rejected[why[:60]] += 1
            if os.environ.get('COMPOSE_DEBUG'):
                print('rejected: %s\n  %s\n  %s' % (why, '\n  '.join(lines), key), file=sys.stderr)
            continue
        entries.append(lines)
        keys.append(key)
    os.makedirs(out, exist_ok=True)
    line = 1
    with open(os.path.join(out, 'entries.txt'), 'w', encoding='utf-8') as f:
        for i, (lines, key) in enumerate(zip(entries, keys)):
            if i:
                f.write('\n')
                line += 1
            key_out = {'n': i + 1, 'first_line': line}
            key_out.update(key)
            keys[i] = key_out
            for l in lines:
                f.write(l + '\n')
                line += 1
    with open(os.path.join(out, 'key.jsonl'), 'w', encoding='utf-8') as f:
        for k in keys:
            f.write(json.dumps(k, ensure_ascii=False) + '\n')
    shapes = collections.Counter(k['shape'] for k in keys)
    errs = collections.Counter(k['error'] for k in keys)
    print('compose: %d entries (%d with an error: %s), %d distinct shapes, %d drafts rejected'
          % (len(keys), sum(v for k, v in errs.items() if k),
             ', '.join('%s %d' % (k, errs[k]) for k in KINDS if errs[k]),
             len(shapes), sum(rejected.values())), file=sys.stderr)
    if rejected and os.environ.get('COMPOSE_DEBUG'):
        for k, v in rejected.most_common():
            print('  rejected %4d  %s' % (v, k), file=sys.stderr)


def check(d):
    T = Tables()
    V = Verifier(T)
    keys = [json.loads(l) for l in open(os.path.join(d, 'key.jsonl'), encoding='utf-8')]
    lines = open(os.path.join(d, 'entries.txt'), encoding='utf-8').read().split('\n')
    starts = [k['first_line'] for k in keys]
    ends = starts[1:] + [len(lines) + 1]
    bad = 0
    for k, s, e in zip(keys, starts, ends):
        ls = [l for l in lines[s - 1:e - 1] if l.strip()]
        why = V.judge(ls, k)
        if why:
            bad += 1
            print('#%d: %s' % (k['n'], why))
    print('check: %s: %d entries, %d disagree with their key' % (d, len(keys), bad))
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--n', type=int, default=300)
    ap.add_argument('--out')
    ap.add_argument('--error-share', type=float, default=0.5)
    ap.add_argument('--check', metavar='DIR')
    a = ap.parse_args()
    if a.check:
        sys.exit(1 if check(a.check) else 0)
    if not a.out:
        ap.error('--out DIR is required')
    generate(a.n, a.seed, a.error_share, a.out)


if __name__ == '__main__':
    main()
