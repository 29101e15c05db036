#!/usr/bin/env python3
"""compose_old.py -- citation lists about the laws of the 1st-81st Congresses
(1789-1950), written as lawyers, historians, students, agencies and the U.S.
Code's own notes cite them, half of the entries with one planted error, to
measure `statcite check` (tests/check/newuser.py STATCITE DIR).

usage: python3 tests/check/compose_old.py --seed N --n 200 --out DIR
       python3 tests/check/compose_old.py --verify DIR

RESERVED SEED: seed 424242 is kept for a final measurement.  It must not be
generated or looked at while developing; use seeds 1-100 for development.

DIR/entries.txt: a paragraph an entry, one blank line between entries (an
outline, table, CSV or placard spans lines).  DIR/key.jsonl, an entry a line:
n, first_line, style, error (null or date, chapter, page, volume, congress,
name, number -- a Public Law or Public Resolution number --, bill, president),
wrong (the wrong text as written), right (the true value, spelled alike), law
(the law with the error, else the first), laws (all, in order); law ids are
"ch:DATE:CHAPTER" or, for a public resolution without a chapter,
"pres:DATE:NUMBER".  The same seed gives the same output.  --verify finds the
facts of each entry again in its text with patterns of its own and confirms
from the tables that a clean entry's facts are true and an entry with an error
has one untrue fact, the planted one, wrong by Tables.is_wrong.

Facts come only from data/ (its writer read only data/, fixtures/check/
README.md and newuser.py's docstring, never statcite's code, docs or tests),
about laws whose facts are unambiguous (Tables).  Whether a President signed a
law is not in the tables: entries say "during the presidency of", "under".
"""
import argparse
import bisect
import collections
import csv
import datetime as dt
import io
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'scripts'))
import acronyms  # noqa: E402  (scripts/acronyms.py)

DATA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'data'))
# error kind of each field an entry can get wrong (session and section are
# written and verified, never planted)
KIND = {'date': 'date', 'chapter': 'chapter', 'page': 'page', 'volume': 'volume', 'congress': 'congress',
        'name': 'name', 'publ': 'number', 'resno': 'number', 'bill': 'bill', 'president': 'president'}

class Retry(Exception):
    """No fitting law or wrong value: try another choice."""

def table(name, delim=','):
    with open(os.path.join(DATA, name), encoding='utf-8') as f:
        lines = [l for l in f if not l.startswith('#')]
    return list(csv.DictReader(lines, delimiter=delim, quoting=csv.QUOTE_NONE if delim == '\t' else csv.QUOTE_MINIMAL))

day = dt.date.fromisoformat

# ---------------------------------------------------------------- the tables

class Law:
    """A public chapter or public resolution of historic_laws.csv."""
    def __init__(self, r):
        self.kind = r['kind']                                  # ch or pres
        self.congress, self.session, self.number = int(r['congress']), int(r['session']), int(r['number'])
        self.chapter = self.number if self.kind == 'ch' else None
        self.date, self.volume, self.page = day(r['date']), int(r['volume']), int(r['page'])
        self.end = int(r['end']) if r['end'].isdigit() and int(r['end']) >= self.page else None
        self.publ, self.pubres = (int(r[k]) if r[k] else None for k in ('publ', 'pubres'))
        self.isres = self.kind == 'pres' or self.pubres is not None
        # a resolution is cited by its Public Resolution number, else by its own
        self.resno = self.pubres or (self.number if self.kind == 'pres' else None)
        m = re.fullmatch(r'(hr|s|hjres|sjres)(\d+)', r['bill'])
        self.bill = (m.group(1), int(m.group(2))) if m else None
        self.id = '%s:%s:%d' % (self.kind, r['date'], self.number)
        self.name, self.sections, self.pres_in, self.nxt = None, [], [], None

class Tables:
    """The usable laws (self.laws) and what tells a wrong value from a right
    one.  A law is usable when its facts are unambiguous: a public chapter or
    public resolution with a date, volume and page; no `d` flag; named in no
    row of historic_laws_conflicts.csv; the only law beginning on its page;
    dated inside its Congress's term; its chapter number used once in its
    session (public and private chapters are one series); in date and page
    order with the chapters numbered next to it; its Public Law or Public
    Resolution number used once in its Congress."""
    def __init__(self):
        hist = table('historic_laws.csv')
        terms = {int(r['congress']): (day(r['start_date']), day(r['end_date'])) for r in table('congresses.csv')}
        self.starts = collections.defaultdict(set)                  # volume -> first pages of any law
        on_page, ids = collections.Counter(), collections.Counter()
        self.series = collections.defaultdict(collections.Counter)  # (congress, 'session', ch|pres) -> numbers
        self.chap_dates = collections.defaultdict(set)              # (ch|pres, number) -> dates, any Congress
        self.publ_n = collections.defaultdict(collections.Counter)  # congress -> Public Law numbers
        self.pubres_n = collections.defaultdict(collections.Counter)
        acts, chres = collections.defaultdict(set), collections.defaultdict(set)
        groups = collections.defaultdict(list)                     # for the order check
        for r in hist:
            c, kind = int(r['congress']), r['kind']
            ids['%s:%s:%s' % (kind, r['date'], r['number'])] += 1
            if r['volume'].isdigit() and r['page'].isdigit():
                self.starts[int(r['volume'])].add(int(r['page']))
                on_page[(r['volume'], r['page'])] += 1
            ser = 'pres' if kind == 'pres' else 'ch' if kind in ('ch', 'pch') else None
            if ser:
                self.series[(c, r['session'], ser)][int(r['number'])] += 1
                if r['date']:
                    self.chap_dates[(ser, int(r['number']))].add(day(r['date']))
                    groups[(c, r['session'], ser)].append(r)
            for k, counts in (('publ', self.publ_n), ('pubres', self.pubres_n)):
                if r[k]:
                    counts[c][int(r[k])] += 1
            if kind == 'ch':
                (chres if r['pubres'] else acts)[(r['congress'], r['session'])].add(r['number'])
        self.starts = {v: sorted(ps) for v, ps in self.starts.items()}
        # sessions whose resolutions have chapter numbers of their own series (63rd, 3d)
        two_series = {k for k in chres if chres[k] & acts[k]}
        conflict = set()
        for r in table('historic_laws_conflicts.csv'):
            conflict |= {(r['congress'], r['kind'], r['number'], r['volume']), (r['kind'], r['number'], r['volume'], r['page'])}
        for g in groups.values():
            g.sort(key=lambda r: int(r['number']))
        self.laws = {}                                              # id -> Law, the usable ones
        for r in hist:
            if (r['kind'] not in ('ch', 'pres') or r['session'] not in ('1', '2', '3', '4') or r['flags']
                    or not r['date'] or not r['volume'].isdigit() or not r['page'].isdigit()
                    or on_page[(r['volume'], r['page'])] != 1 or ids['%s:%s:%s' % (r['kind'], r['date'], r['number'])] != 1
                    or (r['congress'], r['kind'], r['number'], r['volume']) in conflict
                    or (r['kind'], r['number'], r['volume'], r['page']) in conflict
                    or (r['pubres'] and (r['congress'], r['session']) in two_series)):
                continue
            law = Law(r)
            t, ser = terms.get(law.congress), 'pres' if law.kind == 'pres' else 'ch'
            if (t and t[0] <= law.date <= t[1] and self.series[(law.congress, r['session'], ser)][law.number] == 1
                    and (not law.publ or self.publ_n[law.congress][law.publ] == 1)
                    and (not law.pubres or self.pubres_n[law.congress][law.pubres] == 1)
                    and self._in_order(law, groups[(law.congress, r['session'], ser)])):
                st = self.starts[law.volume]
                i = bisect.bisect_right(st, law.page)
                law.nxt = st[i] if i < len(st) else None            # the next law's first page
                self.laws[law.id] = law
        self._presidents()
        self._names()
        for r in table('act_sections.tsv', '\t'):
            law = self.laws.get(r['act'])
            if law and re.fullmatch(r'(title [IVXLC]+)?', r['path']) and re.fullmatch(r'\d+[a-z]?', r['section']):
                law.sections.append((r['path'], r['section']))
        self.pools = {}

    @staticmethod
    def _in_order(law, g):
        """The chapters numbered next to law in its session (public or
        private) are not later before it nor earlier after it; the nearest
        laws of its own sort (Act / resolution) each side, in its volume, not
        on a later page before it nor an earlier page after it."""
        i = [int(r['number']) for r in g].index(law.number)
        for j, sign in ((i - 1, 1), (i + 1, -1)):
            if 0 <= j < len(g) and sign * (law.date - day(g[j]['date'])).days < 0:
                return False
        for js, sign in ((range(i - 1, -1, -1), 1), (range(i + 1, len(g)), -1)):
            for j in js:
                o = g[j]
                if (o['kind'], bool(o['pubres'])) == (law.kind, law.pubres is not None):
                    if o['volume'] == str(law.volume) and o['page'].isdigit() and sign * (law.page - int(o['page'])) < 0:
                        return False
                    break
        return True

    def _presidents(self):
        rows = table('presidents.csv')
        pairs = collections.Counter((r['first'], r['last']) for r in rows)
        # one first and last name for two runs (John Adams and John Quincy
        # Adams are both "Adams, John" in the table): the surname only
        self.pres = [{'full': '%s %s' % (r['known_as'] or r['first'], r['last']) if pairs[(r['first'], r['last'])] == 1
                      else None, 'last': r['last'], 'start': day(r['start']), 'end': day(r['end'])} for r in rows]
        for law in self.laws.values():
            if not any(law.date in (p['start'], p['end']) for p in self.pres):   # not a day two share
                law.pres_in = [p for p in self.pres if p['start'] < law.date < p['end']]

    def _names(self):
        """Names of act_names.tsv that designate exactly one law (all rows
        counted) and resolve to one usable law; a law's own name is its best
        one: short-title or public_laws.csv first, popular-name, referred-to."""
        rows = table('act_names.tsv', '\t')
        count = collections.Counter(r['name'].lower() for r in rows)
        by_key = collections.defaultdict(list)
        for law in self.laws.values():
            if law.kind == 'ch':
                by_key['ch:%s:%d' % (law.date, law.number)].append(law)
                if law.publ:
                    by_key['publ:%d-%d' % (law.congress, law.publ)].append(law)
        self.name_law, best = {}, {}
        for r in rows:
            laws = by_key.get(r['act'], [])
            if r['scope'] or count[r['name'].lower()] != 1 or ', as ' in r['name'] or len(laws) != 1:
                continue
            law = laws[0]
            if any(int(y) not in (law.date.year, law.date.year + 1) for y in re.findall(r'\b(1[789]\d\d)\b', r['name'])):
                continue                          # "Atomic Energy Act of 1954" for the law of 1946
            self.name_law[r['name'].lower()] = law.id
            src = r['source']
            k = (0 if 'short-title' in src or 'public_laws' in src else 1 if 'popular' in src else 2,
                 -int(r['votes'] or 0), r['name'])
            best[law.id] = min(best.get(law.id, k), k)
        for lid, k in best.items():
            self.laws[lid].name = k[2]
        self.best_names = sorted(k[2] for k in best.values())
        self.name_list = sorted((r['name'] for r in rows if r['name'].lower() in self.name_law), key=len, reverse=True)

    def pool(self, need, sort):
        """Usable laws of a sort ('act', 'res': resolutions with a number) having every fact in need."""
        key = (tuple(sorted(need)), sort)
        if key not in self.pools:
            has = lambda l, n: {'name': l.name, 'publ': l.publ, 'bill': l.bill, 'pres': l.pres_in}[n]
            self.pools[key] = [l for _, l in sorted(self.laws.items())
                               if (l.isres if sort == 'res' else l.kind == 'ch' and not l.isres
                                   and not (l.bill and 'jres' in l.bill[0]))    # a joint resolution is no "Act"
                               and all(has(l, n) for n in need)]
        return self.pools[key]

    def is_wrong(self, law, field, v):
        """Is v a wrong value of field for law by the tables?  A date no law of
        this chapter (or resolution) number has; a chapter of another law of
        the session or beyond its last; a page before the law's first (by more
        than the two pages the sources may differ by) or after its last and
        the next law's first; another Public Law / Resolution number of its
        Congress; a President not in office that day, sharing no surname with
        one who was; another law's name."""
        c, s = law.congress, str(law.session)
        if field == 'date':
            taken = self.chap_dates[('pres' if law.kind == 'pres' else 'ch', law.number)]
            if isinstance(v, int):                                  # a year alone
                return v != law.date.year and v not in {d.year for d in taken}
            return v != law.date and v not in taken
        if field in ('chapter', 'resno') and not (field == 'resno' and law.pubres):
            sr = self.series[(c, s, 'ch' if field == 'chapter' else 'pres')]
            return v != law.number and (sr[v] == 1 or v > max(sr))
        if field == 'resno':
            return v != law.pubres and self.pubres_n[c][v] == 1
        if field == 'page':
            hi = max([x for x in (law.end, law.nxt) if x] or [float('inf')])
            return 1 <= v and (v < law.page - 2 or v > hi)
        if field == 'publ':
            return v != law.publ and self.publ_n[c][v] == 1
        if field == 'name':
            return self.name_law.get(v.lower()) not in (None, law.id)
        if field == 'president':
            lasts = {p['last'] for p in self.pres if p['start'] <= law.date <= p['end']}
            return not any(v in (p['full'], p['last']) and p['start'] <= law.date <= p['end'] for p in self.pres) \
                and not any(v == l or v.endswith(' ' + l) for l in lasts)
        return v != {'volume': law.volume, 'congress': c, 'bill': law.bill}[field] and \
            (field == 'bill' or 1 <= v <= {'volume': 64, 'congress': 82}[field])

    def make_wrong(self, law, field, mode, rng):
        """A wrong value of field for law (mode 'year': a year-only date;
        'full' / 'last': how the President is named); Retry when none fits."""
        d, c = law.date, []
        if field == 'date' and mode == 'year':
            c = [d.year + k for k in (-2, -1, 1, 2)]
        elif field == 'date':                     # a wrong day (most often), month or year
            for _ in range(60):
                how = rng.choice('ddmy')
                try:
                    c.append(d.replace(day=d.day + rng.choice((-9, -5, -3, -2, -1, 1, 2, 3, 5, 9))) if how == 'd' else
                             d.replace(month=rng.choice([m for m in range(1, 13) if m != d.month])) if how == 'm' else
                             d.replace(year=d.year + rng.choice((-2, -1, 1, 2))))
                except ValueError:
                    pass
        elif field == 'chapter':                  # another law's chapter nearby, or past the last
            sr = self.series[(law.congress, str(law.session), 'ch')]
            c = [n for n in sr if sr[n] == 1 and 0 < abs(n - law.number) <= 25] if rng.random() < 0.7 else []
            c = sorted(c) or [max(sr) + rng.randint(1, 40)]
        elif field == 'page':
            st = self.starts[law.volume]
            i = bisect.bisect_left(st, law.page)
            if rng.random() < 0.5:                # other laws' first pages nearby
                c = st[max(0, i - 6):i] + st[i + 2:i + 9]
            else:                                 # a digit slipped, swapped or dropped
                s = str(law.page)
                for k in range(len(s)):
                    c += [int(s[:k] + str(int(s[k]) + dd) + s[k + 1:]) for dd in (-1, 1)
                          if 0 <= int(s[k]) + dd <= 9 and (k or int(s[k]) + dd)]
                    c += [int(s[:k] + s[k + 1] + s[k] + s[k + 2:])] if k + 1 < len(s) and s[k] != s[k + 1] else []
                    c += [int(s[:k] + s[k + 1:])] if len(s) > 1 else []
                c = [p for p in c if p <= st[-1] + 20]
        elif field in ('volume', 'congress'):     # a neighbouring one
            c = [getattr(law, field) + k for k in (-1, 1)]
        elif field == 'name':                     # another law's name, most often of its time
            near = [n for n in self.best_names if abs(self.laws[self.name_law[n.lower()]].date.year - d.year) <= 12]
            c = near if len(near) > 2 and rng.random() < 0.7 else self.best_names
        elif field == 'publ':
            c = sorted(n for n in self.publ_n[law.congress] if abs(n - law.publ) <= 40)
        elif field == 'resno' and law.pubres:
            c = sorted(n for n in self.pubres_n[law.congress] if abs(n - law.pubres) <= 20)
        elif field == 'resno':
            sr = self.series[(law.congress, str(law.session), 'pres')]
            c = sorted(sr) + [max(sr) + k for k in range(1, 8)]
        elif field == 'bill':                     # the other chamber's bill of that number, or another bill
            ch, num = law.bill
            if rng.random() < 0.5:
                c = [({'hr': 's', 's': 'hr', 'hjres': 'sjres', 'sjres': 'hjres'}[ch], num)]
            else:
                others = {l.bill[1] for l in self.laws.values() if l.congress == law.congress and l.bill and l.bill[0] == ch}
                c = [(ch, n) for n in sorted(others, key=lambda n: (abs(n - num), n))[1:16]]
        elif field == 'president':                # the nearest in time not in office
            ps = sorted(self.pres, key=lambda p: min(abs((p['start'] - d).days), abs((p['end'] - d).days)))
            c = [p['full'] if mode == 'full' and p['full'] else p['last'] for p in ps[:6]]
        c = [v for v in c if self.is_wrong(law, field, v)]
        if not c:
            raise Retry
        return c[0] if field == 'president' and rng.random() < 0.6 else rng.choice(c[:3] if field == 'president' else c)

# ---------------------------------------------------------------- spellings

MONTHS = 'January February March April May June July August September October November December'.split()
ABBR = 'Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.'.split()
ONES = 'first second third fourth fifth sixth seventh eighth ninth'.split()
TEENS = 'tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'.split()
TENS = {2: 'twent', 3: 'thirt', 4: 'fort', 5: 'fift', 6: 'sixt', 7: 'sevent', 8: 'eight'}

def word_ord(n):
    """Seventy-fourth."""
    t, o = divmod(n, 10)
    w = ONES[n - 1] if n < 10 else TEENS[n - 10] if n < 20 else TENS[t] + ('ieth' if o == 0 else 'y-' + ONES[o - 1])
    return w.capitalize()

WORD_ORD = {word_ord(n).lower(): n for n in range(1, 90)}

def ordinal(n, f='th'):
    """74th, 72nd, 73rd (f 'th'); 72d, 73d (f 'd', the GPO's); Seventy-fourth (f 'word')."""
    if f == 'word':
        return word_ord(n)
    if n % 100 in (11, 12, 13) or n % 10 not in (1, 2, 3):
        return '%dth' % n
    return '%d%s' % (n, {1: 'st', 2: 'nd' if f == 'th' else 'd', 3: 'rd' if f == 'th' else 'd'}[n % 10])

def fdate(d, f):
    """Aug. 14, 1935 / August 14, 1935 / 14 August 1935 / 1935-08-14 / 8/14/1935 / 1935."""
    if isinstance(d, int) or f == 'year':
        return str(d if isinstance(d, int) else d.year)
    return {'abbr': '%s %d, %d' % (ABBR[d.month - 1], d.day, d.year), 'full': '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year),
            'dmy': '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year), 'iso': d.isoformat(),
            'us': '%d/%d/%d' % (d.month, d.day, d.year)}[f]

def fsess(n, f):
    return {'Sess.': ordinal(n, 'd') + ' Sess.', 'sess.': ordinal(n) + ' sess.', 'Session': ordinal(n) + ' Session',
            'word': word_ord(n).lower() + ' session', 'roman': 'Sess. ' + 'I II III IV'.split()[n - 1]}[f]

def fbill(b, k):
    return {'hr': ('H.R. %d', 'H. R. %d', 'H.R. %d'), 's': ('S. %d',) * 3,
            'hjres': ('H.J. Res. %d', 'H.J.Res. %d', 'H. J. Res. %d'),
            'sjres': ('S.J. Res. %d', 'S.J.Res. %d', 'S. J. Res. %d')}[b[0]][k] % b[1]

# ---------------------------------------------------------------- writing an entry

class R:
    """One law as an entry writes it.  Every fact goes through fact(): a first
    pass records which fields the entry shows (used); in a second pass with
    the same draws, the field chosen to be wrong (bad) gets a wrong value and
    the entry's wrong and true texts are recorded."""
    def __init__(self, ctx, law):
        self.c, self.law, self.used, self.bad, self.wrong = ctx, law, set(), None, None

    def fact(self, field, spell, mode=None, right=None):
        self.used.add(field)
        right = getattr(self.law, field) if right is None else right
        if field != self.bad:
            return spell(right)
        if self.wrong is None:
            self.wrong = self.c.T.make_wrong(self.law, field, mode, self.c.erng)
        self.c.planted = (self, spell(self.wrong), spell(right))
        return spell(self.wrong)

    def date(self, f):
        return self.fact('date', lambda d: fdate(d, f), 'year' if f == 'year' else None)

    def ch(self, f='ch.'):
        if self.law.kind != 'ch':
            raise Retry
        return self.fact('chapter', lambda n: '%s %d' % (f, n) if f else str(n))

    def stat(self, pin=None, f='std'):
        """49 Stat. 620[, 622] / vol. 49, p. 620 / 49 Statutes at Large 620 / prose."""
        form = {'std': '%d Stat. %d', 'vol': 'vol. %d, p. %d', 'long': '%d Statutes at Large %d',
                'prose': 'volume %d of the Statutes at Large, beginning at page %d'}[f]
        self.used |= {'volume', 'page'}
        v = self.fact('volume', lambda v: v) if self.bad == 'volume' else self.law.volume
        p = self.fact('page', lambda p: p) if self.bad == 'page' else self.law.page
        if self.bad in ('volume', 'page'):     # the planted texts are whole citations
            self.c.planted = (self, form % (v, p), form % (self.law.volume, self.law.page))
        return form % (v, p) + (', %d' % pin if pin and f == 'std' and self.bad != 'page' else '')

    def num(self, field):                       # a bare volume or page, as in a spreadsheet
        return self.fact(field, str)

    def pin(self, chance):
        """A page inside the law after its first, or None (always drawn, so
        that both passes draw alike)."""
        law, x, y = self.law, self.c.rng.random(), self.c.rng.random()
        top = min(law.end or 0, law.nxt or law.end or 0)
        return law.page + 1 + int(y * (top - law.page)) if x < chance and top > law.page else None

    def cong(self, o='th', suffix=' Cong.'):
        return self.fact('congress', lambda n: ordinal(n, o) + suffix)

    def sess(self, f):
        self.used.add('session')
        return fsess(self.law.session, f)

    def publ(self, f):
        """With the Congress in it ('bb', 'pl', 'PL', 'PubLaw', 'bare') or not."""
        if not self.law.publ:
            raise Retry
        c = self.law.congress
        return self.fact('publ', lambda n: {
            'bb': 'Pub. L. No. %d-%d' % (c, n), 'pl': 'Pub. L. %d-%d' % (c, n), 'PL': 'P.L. %d-%d' % (c, n),
            'PubLaw': 'Public Law %d-%d' % (c, n), 'bare': '%d-%d' % (c, n), 'num': 'Public Law %d' % n,
            'pubno': 'Pub. No. %d' % n, 'public': 'Public, No. %d' % n, 'publicno': 'Public No. %d' % n}[f])

    def resno(self, f):
        return self.fact('resno', lambda n: {'pubres': 'Pub. Res. No. %d', 'PubRes': 'Public Resolution No. %d',
                                             'res': 'Res. No. %d', 'Res': 'Resolution No. %d', 'no': 'No. %d'}[f] % n)

    def bill(self):
        k = int(self.c.rng.random() * 3)
        return self.fact('bill', lambda b: fbill(b, k))

    def president(self):
        """'Franklin Roosevelt' or 'Roosevelt'."""
        p = self.law.pres_in[0]
        full = p['full'] is not None and self.c.rng.random() < 0.6
        return self.fact('president', str, 'full' if full else 'last', p['full'] if full else p['last'])

    def name(self, upper=False, plain=False):
        """The Act's name, with its acronym now and then (acronyms.py;
        not in capitals, nor when the caller quotes it: @p plain)."""
        form = self.c.arng.choice([None] * 6 + acronyms.FORMS)
        if upper or plain:
            form = None
        return self.fact('name', lambda n: n.upper() if upper else acronyms.with_acronym(n, form) or n)

    def section(self):
        """'§ 2', 'sec. 2', 'title II, § 202' of act_sections.tsv, or None."""
        x = self.c.rng.random()
        if not self.law.sections:
            return None
        path, sec = self.law.sections[int(x * len(self.law.sections))]
        self.used.add('section')
        return ('%s, ' % path if path else '') + ('\u00a7 ' if x < 0.8 else 'sec. ') + sec

class Ctx:
    """One attempt at one entry: the draws of its wording (rng) and of its
    wrong value (erng), and the laws it cites (units, in order)."""
    def __init__(self, T, seed, bad=None, eseed=0):     # bad: (law id, field)
        self.T, self.rng, self.erng = T, random.Random(seed), random.Random(eseed)
        self.arng = random.Random('%r acronym' % (seed,))  # (apart: the other draws stay)
        self.bad, self.units, self.planted = bad, [], None

    def choice(self, xs):
        return xs[int(self.rng.random() * len(xs))]

    def pick(self, need=(), sort='act', near=None):
        pool = [l for l in self.T.pool(need, sort) if all(u.law is not l for u in self.units)
                and (near is None or abs(l.congress - near.congress) <= 3)]
        if not pool:
            raise Retry
        r = R(self, self.choice(pool))
        if self.bad and self.bad[0] == r.law.id:
            r.bad = self.bad[1]
        self.units.append(r)
        return r

    def multi(self, k):
        """k laws of neighbouring Congresses, about half of them named."""
        rs = []
        for i in range(k):
            named = self.rng.random() < 0.5
            try:
                rs.append(self.pick(('name',) if named else (), near=rs[0].law if rs else None))
            except Retry:
                rs.append(self.pick(near=rs[0].law if rs else None))
        return rs

    def dfmt(self, legal=True):
        return self.choice(['abbr', 'full'] if legal else ['abbr', 'full', 'full', 'dmy', 'iso', 'us'])

    def chfmt(self):
        return self.choice(['ch.', 'ch.', 'ch.', 'chap.', 'chapter'])

# ---------------------------------------------------------------- styles
# Each style writes one entry about c.pick()-ed laws and returns its text;
# c.choice(variants)() picks one wording (a variant listed twice is likelier).

def st_bluebook(c):
    r = c.pick(('name',))
    sec = r.section() if c.rng.random() < 0.35 else None
    pin = r.pin(0 if sec else 0.4)
    parts = [r.name(), r.ch(c.choice(['ch.', 'ch.', 'chap.']))] + ([sec] if sec else []) + [r.stat(pin)]
    return '%s%s (%s).' % (c.choice(['', '', 'See ', 'See generally ', 'Cf. ', 'See also ']), ', '.join(parts), r.date('year'))

def st_act_of(c):
    r = c.pick()
    d, ch = r.date(c.dfmt()), r.ch(c.chfmt())
    sec = lambda: r.section() + ', ' if r.law.sections else ''
    return c.choice([lambda: 'Act of %s, %s, %s.' % (d, ch, r.stat(r.pin(0.3))),
                     lambda: 'Act of %s, %s, %s%s.' % (d, ch, sec(), r.stat()),
                     lambda: 'Act of %s, %s, %s (%s, %s).' % (d, ch, r.stat(), r.cong(c.choice(['d', 'th'])),
                                                             r.sess(c.choice(['Sess.', 'sess.']))),
                     lambda: 'The claim arises under the act of %s (%s; %s), which Congress never repealed.' % (d, ch, r.stat())]
                    + [lambda: 'Act of %s, %s, %s (the "%s").' % (d, ch, r.stat(r.pin(0.5)), r.name(plain=True))] * bool(r.law.name))()

def st_source_credit(c):
    """The U.S. Code's notes: a source credit of one or two laws, or a 'referred to' note."""
    v = c.choice('aabc')
    if v == 'c':
        r = c.pick()
        named = r.law.name and c.rng.random() < 0.7
        return ('%s, referred to in subsec. (a), is act %s, %s, %s%s, which is classified generally to the Code.'
                % (c.choice(['This Act', 'The Act', 'Such Act']), r.date('abbr'), r.ch('ch.'), r.stat(),
                   ', popularly known as the ' + r.name() if named else ''))
    rs = [c.pick()] + ([c.pick(near=c.units[0].law)] if v == 'b' else [])
    c.units = rs = sorted(rs, key=lambda u: u.law.date)                # cited in date order
    items = []
    for r in rs:
        sec = r.section()
        items.append('%s, %s, %s%s' % (r.date('abbr'), r.ch('ch.'), sec + ', ' if sec else '', r.stat()))
    return '(%s.)' % '; '.join(items)

def st_name_page(c):
    r = c.pick(('name',))
    pin = r.pin(0.3)
    return c.choice(['%s, %s.', 'See the %s (%s).', 'The %s, %s, remains the starting point.',
                     '%s (%s) (as amended).']) % (r.name(), r.stat(pin))

def st_name_date_page(c):
    r = c.pick(('name',))
    n, f = r.name(), c.dfmt()
    return c.choice([lambda: '%s of %s, %s.' % (n, r.date(f), r.stat()), lambda: '%s, %s, %s.' % (n, r.date(f), r.stat()),
                     lambda: '%s (approved %s; %s).' % (n, r.date(f), r.stat()),
                     lambda: 'the %s, %s (%s)' % (n, r.stat(), r.date(f))])()

def st_publaw(c):
    """A numbered law of the 57th-81st Congresses, in its spellings."""
    r = c.pick(('publ',))
    name = lambda: r.name() + ', ' if r.law.name and c.rng.random() < 0.6 else ''
    return c.choice([
        lambda: '%s%s, %s (%s).' % (name(), r.publ('bb'), r.stat(r.pin(0.3)), r.date('year')),
        lambda: '%s, %s (%s), %s.' % (r.publ('num'), r.cong(c.choice(['th', 'word', 'd']), ' Congress'),
                                      r.date(c.dfmt(False)), r.stat()),
        lambda: '%s, %s, %s, %s.' % (r.publ('pubno'), r.cong('th'), r.ch('ch.'), r.stat()),
        lambda: 'Act of %s (%s, %s, %s).' % (r.date(c.dfmt()), r.ch(c.chfmt()), r.publ('bb'), r.stat()),
        lambda: '%s (%s)' % (r.publ(c.choice(['PL', 'pl'])), r.date(c.dfmt(False))),
        lambda: '%s, approved %s, %s.' % (r.publ('PubLaw'), r.date('full'), r.stat()),
        lambda: '[%s, %s, %s.] Approved, %s.' % (r.publ(c.choice(['public', 'publicno'])),   # the slip law's head
                                                r.cong(c.choice(['th', 'd']), ' Congress'), r.sess('Session'), r.date('full'))])()

def st_pubres(c):
    """Public resolutions: numbered (57th-76th; from the 63rd with a chapter) or by their own number."""
    r = c.pick(sort='res')
    if r.law.pubres and r.law.kind == 'ch':
        return c.choice([
            lambda: '%s, %s, %s, %s (%s).' % (r.resno('pubres'), r.cong('th'), r.ch('ch.'), r.stat(), r.date('year')),
            lambda: 'J. Res. of %s, %s, %s (%s).' % (r.date(c.dfmt()), r.ch('ch.'), r.stat(), r.resno('pubres')),
            lambda: 'Joint Resolution of %s, %s, %s (%s, %s).' % (r.date('full'), r.ch('chap.'), r.stat(),
                                                                  r.resno('PubRes'), r.cong('word', ' Congress'))])()
    if r.law.pubres:
        return c.choice([
            lambda: '%s, %s, %s (%s).' % (r.resno('pubres'), r.cong(c.choice(['th', 'd'])), r.stat(), r.date('year')),
            lambda: '%s, %s, approved %s (%s).' % (r.resno('PubRes'), r.cong('th', ' Congress'), r.date('full'), r.stat())])()
    return c.choice([
        lambda: '%s, %s, %s.' % (r.resno('res'), r.date(c.dfmt()), r.stat()),
        lambda: 'Joint Resolution of %s, %s, %s.' % (r.date('full'), r.resno('no'), r.stat()),
        lambda: 'Public %s of the %s, %s, approved %s.' % (r.resno('Res'), r.cong('th', ' Congress'), r.sess('word'),
                                                         r.date('full'))])()

def st_historian(c):
    r = c.pick(('pres',))
    v, d = c.choice('abc'), r.date(c.choice(['full', 'full', 'dmy']))
    the = 'The' if v == 'c' else 'the'                                 # c begins with it
    if r.law.name and c.rng.random() < 0.7:
        thing = '%s %s' % (the, r.name())
    else:
        thing = '%s of the %s' % (r.ch('Chapter' if v == 'c' else 'chapter'),
                                  r.cong(c.choice(['th', 'word']), ' Congress'))
    if v == 'a':
        return 'On %s, during the presidency of President %s, %s became law (%s).' % (d, r.president(), thing, r.stat())
    if v == 'b':
        return 'With President %s in office, %s was enacted on %s. It appears in %s.' % (
            r.president(), thing, d, r.stat(f='prose'))
    return '%s became law on %s, in the administration of President %s (%s).' % (thing, d, r.president(), r.stat())

def st_leghist(c):
    r = c.pick(('bill',))
    return c.choice([
        lambda: '%s passed the %s and became %s of its %s, enacted %s (%s).' % (
            r.bill(), r.cong(c.choice(['th', 'd']), ' Congress'), r.ch('chapter'), r.sess('word'), r.date(c.dfmt()), r.stat()),
        lambda: 'Originally introduced as %s in the %s, the measure became law on %s as %s, %s.' % (
            r.bill(), r.cong('word', ' Congress'), r.date('full'), r.ch('ch.'), r.stat())]
        + [lambda: '%s, %s, %s: enacted as %s, %s (%s).' % (r.bill(), r.cong('th'), r.sess('sess.'), r.publ('num'),
                                                            r.date(c.dfmt()), r.stat())] * bool(r.law.publ))()

def st_glossary(c):
    r = c.pick(('name',))
    return c.choice([
        lambda: '%s (n.). Act of %s, %s, %s, enacted by the %s, %s.' % (
            r.name(), r.date(c.dfmt()), r.ch('ch.'), r.stat(), r.cong('th', ' Congress'), r.sess('word')),
        lambda: '%s. A statute of the %s (%s), %s, %s.' % (
            r.name(), r.cong(c.choice(['th', 'd', 'word']), ' Congress'), r.date('full'), r.ch('ch.'), r.stat()),
        lambda: '%s -- federal statute enacted %s (%s) by the %s.' % (
            r.name(upper=True), r.date('full'), r.stat(), r.cong('th', ' Congress'))])()

def st_outline(c):
    """Lecture slides: a heading with a colon after the name, bullets below."""
    r = c.pick(('name',))
    b = c.choice(['-', '*', '\u2022'])
    items = [lambda: 'Enacted: %s' % r.date(c.dfmt(False)),
             lambda: 'Citation: %s, %s' % (r.ch(c.chfmt()), r.stat()),
             lambda: 'Congress: %s, %s' % (r.cong(c.choice(['th', 'd'])), r.sess(c.choice(['Sess.', 'sess.'])))]
    items += [lambda: 'Bill: %s' % r.bill()] if r.law.bill else []
    items += [lambda: 'Public Law: %s' % r.publ('bare')] if r.law.publ else []
    items += [lambda: 'Approved under President %s' % r.president()] if r.law.pres_in else []
    keep = set(c.rng.sample(range(len(items)), min(len(items), 3 + int(c.rng.random() * 2)))) | {1}
    head = c.choice(['%s:', 'Slide 4 -- %s:', 'II. %s:']) % r.name()
    return '\n'.join([head] + ['%s %s' % (b, items[i]()) for i in sorted(keep)])

def st_table(c):
    """A '|' table, a law a row."""
    rs = c.multi(2 + int(c.rng.random() * 3))
    cols = ['Citation'] + c.rng.sample(['Act', 'Approved', 'Ch.', 'Congress'], 2 + int(c.rng.random() * 2))
    cols += ['Public Law'] if all(u.law.publ for u in rs) and c.rng.random() < 0.5 else []
    c.rng.shuffle(cols)
    f = c.dfmt(False)
    cell = {'Citation': lambda r: r.stat(), 'Act': lambda r: r.name() if r.law.name else '--',
            'Approved': lambda r: r.date(f), 'Ch.': lambda r: r.ch(None), 'Congress': lambda r: r.cong('th', ''),
            'Public Law': lambda r: r.publ('bare')}
    out = ['| ' + ' | '.join(cols) + ' |'] + (['|' + '|'.join('---' for _ in cols) + '|'] if c.rng.random() < 0.6 else [])
    return '\n'.join(out + ['| ' + ' | '.join(cell[k](r) for k in cols) + ' |' for r in rs])

def st_csv(c):
    """Spreadsheet lines under a header, a law a line."""
    rs = c.multi(2 + int(c.rng.random() * 3))
    cols = c.choice([['act', 'date', 'chapter', 'volume', 'page'], ['congress', 'session', 'chapter', 'approved', 'citation'],
                     ['title', 'enacted', 'stat_volume', 'stat_page'], ['date', 'chapter', 'citation', 'congress']])
    f = c.choice(['iso', 'iso', 'us'])
    cell = {'act': lambda r: r.name() if r.law.name else '', 'date': lambda r: r.date(f), 'chapter': lambda r: r.ch(None),
            'volume': lambda r: r.num('volume'), 'page': lambda r: r.num('page'), 'citation': lambda r: r.stat(),
            'congress': lambda r: r.cong('th', ''), 'session': lambda r: r.sess('Sess.')[0]}
    cell.update(title=cell['act'], approved=cell['date'], enacted=cell['date'], stat_volume=cell['volume'], stat_page=cell['page'])
    buf = io.StringIO()
    csv.writer(buf, lineterminator='\n').writerows([cols] + [[cell[k](r) for k in cols] for r in rs])
    return buf.getvalue().rstrip('\n')

def st_footnote(c):
    r = c.pick()
    n, sig, d = 1 + int(c.rng.random() * 140), c.choice(['See', 'See', 'See, e.g.,', 'Cf.', 'See generally']), r.date(c.dfmt())
    if r.law.name and c.rng.random() < 0.5:
        body = '%s, %s, %s (enacted %s)' % (r.name(), r.ch('ch.'), r.stat(r.pin(0.4)), d)
    else:
        body = 'Act of %s, %s, %s' % (d, r.ch(c.chfmt()), r.stat(r.pin(0.4)))
    return '%d. %s %s%s' % (n, sig, body, c.choice(['.', ' (as amended).', ' (repealed in part).', '.']))

def st_stringcite(c):
    """Two or three laws separated by semicolons."""
    items = []
    for r in c.multi(2 + int(c.rng.random() * 2)):
        items.append(c.choice(
            [lambda: 'Act of %s, %s, %s' % (r.date(c.dfmt()), r.ch('ch.'), r.stat(r.pin(0.3)))] * 2
            + [lambda: 'act of %s, %s, %s' % (r.date('abbr'), r.ch('chap.'), r.stat())]
            + [lambda: '%s, %s, %s (%s)' % (r.name(), r.ch('ch.'), r.stat(), r.date('year'))] * bool(r.law.name)
            + [lambda: 'Act of %s, %s, %s, %s' % (r.date('abbr'), r.ch('ch.'), r.publ('bb'), r.stat())] * bool(r.law.publ))())
    return c.choice(['See ', 'See, e.g., ', '']) + '; '.join(items) + '.'

def st_casual(c):
    """A library newsletter, a student essay, a museum placard, a post."""
    if c.rng.random() < 0.25:
        r = c.pick()
        what = 'the ' + r.name() if r.law.name and c.rng.random() < 0.7 else 'a law, %s,' % r.ch('chapter')
        return ('In my research I found that %s was passed by the %s in %s. It is printed at %s, which I read in the library.'
                % (what, r.cong(c.choice(['th', 'word']), ' Congress'), r.date('year'), r.stat()))
    r = c.pick(('name',))
    who = lambda: ', under President %s,' % r.president() if r.law.pres_in and c.rng.random() < 0.6 else ','
    return c.choice([
        lambda: 'This month in history: on %s%s the %s became law (%s). Ask the reference desk for a copy!' % (
            r.date('full'), who(), r.name(), r.stat()),
        lambda: '\n'.join([r.name(upper=True), 'Enacted %s by the %s' % (r.date('full'), r.cong('word', ' Congress')),
                           'Statutes at Large, %s' % r.stat(f='vol')]),
        lambda: "Fun fact: %s -- that's where you'll find the %s, approved %s. Old laws are cool." % (
            r.stat(f=c.choice(['std', 'long'])), r.name(), r.date(c.dfmt(False)))])()

def st_agency(c):
    """Authority lines of regulations and agency notices."""
    r = c.pick()
    sec = r.section()
    s = sec + ', ' if sec else ''
    return c.choice([
        lambda: 'Authority: Act of %s, %s, %s%s, as amended.' % (r.date('abbr'), r.ch('ch.'), s, r.stat()),
        lambda: 'This part is issued under the authority of %sthe act of %s (%s; %s).' % (
            'section %s of ' % sec.split()[-1] if sec and ',' not in sec else '', r.date('full'), r.ch('ch.'), r.stat()),
        lambda: 'Statutory authority: %s, %s, %s%s.' % (r.name(), r.ch('ch.'), s, r.stat()) if r.law.name else
        'Statutory authority: %s, %s%s (%s).' % (r.ch('ch.'), s, r.stat(), r.date('year'))]
        + [lambda: 'Authority: %s, %s%s, %s.' % (r.publ('bb'), s, r.stat(), r.date('abbr'))] * bool(r.law.publ))()

def st_margin(c):
    """The Statutes at Large's own running head and margin notes."""
    r = c.pick()
    parts = ['%s, %s' % (r.cong(c.choice(['th', 'd']), c.choice([' Cong.', ' Congress'])), r.sess(c.choice(['Sess.', 'Session', 'roman']))),
             r.ch(c.choice(['Ch.', 'CHAP.', 'Chap.'])), r.date(c.choice(['full', 'abbr']))]
    parts += ['[%s]' % r.bill()] if r.law.bill and c.rng.random() < 0.7 else []
    parts += ['[%s]' % r.publ(c.choice(['public', 'publicno']))] if r.law.publ and c.rng.random() < 0.7 else []
    return ' -- '.join(parts + [r.stat()])

def st_named_alone(c):
    """An Act named alone in prose, with the day it became law and perhaps
    its President: no chapter, page or number cited."""
    r = c.pick(('name',))
    n, d = r.name(), r.date(c.choice(['full', 'full', 'abbr', 'dmy']))
    under = r.law.pres_in and c.rng.random() < 0.5
    return c.choice([
        lambda: 'The %s became law on %s%s.' % (n, d, ', under President %s' % r.president() if under else ''),
        lambda: 'The %s was enacted on %s.' % (n, d),
        lambda: 'Congress passed the %s, which was approved %s.' % (n, d),
        lambda: 'On %s%s, the %s became law.' % (d, ', during the presidency of President %s' % r.president()
                                                if under else '', n)])()

STYLES = {f.__name__[3:]: f for f in (st_named_alone, st_bluebook, st_act_of, st_source_credit, st_name_page, st_name_date_page,
                                      st_publaw, st_pubres, st_historian, st_leghist, st_glossary, st_outline,
                                      st_table, st_csv, st_footnote, st_stringcite, st_casual, st_agency, st_margin)}

# ---------------------------------------------------------------- composing

def attempt(T, style, sub, bad=None, eseed=0):
    """(text, Ctx) of the style's entry with these draws, or None."""
    c = Ctx(T, sub, bad, eseed)
    try:
        text = STYLES[style](c)
    except Retry:
        return None
    return (text, c) if c.planted or not bad else None

def compose(T, seed, n):
    """[(style, text, units, None or (kind, (unit, wrong, right)))]: styles in
    turn, half the entries (shuffled) with an error of the kind planted least
    so far among the fields the entry shows."""
    rng = random.Random(seed)
    errs = [True] * (n // 2) + [False] * (n - n // 2)
    rng.shuffle(errs)
    order = sorted(STYLES)
    rng.shuffle(order)
    planted, out = collections.Counter(), []
    for i in range(n):
        style, got = order[i % len(order)], None
        for _ in range(200):
            sub = rng.randrange(2 ** 32)
            got = attempt(T, style, sub)
            if got and errs[i]:
                cands = sorted((planted[KIND[f]], rng.random(), u.law.id, f) for u in got[1].units
                               for f in sorted(u.used) if f in KIND)
                got = next(filter(None, (attempt(T, style, sub, (lid, f), rng.randrange(2 ** 32))
                                         for _, _, lid, f in cands)), None)
            if got:
                break
        if not got:
            sys.exit('compose_old: no entry for style %s' % style)
        text, c = got
        err = c.planted and (KIND[c.planted[0].bad], c.planted)
        planted[err and err[0]] += 1
        out.append((style, text, c.units, err))
    return out

def write(entries, d):
    os.makedirs(d, exist_ok=True)
    lines, keys = [], []
    for i, (style, text, units, err) in enumerate(entries, 1):
        lines += [''] if lines else []
        keys.append({'n': i, 'first_line': len(lines) + 1, 'style': style, 'error': err and err[0],
                     'wrong': err and err[1][1], 'right': err and err[1][2],
                     'law': (err[1][0] if err else units[0]).law.id, 'laws': [u.law.id for u in units]})
        lines += text.split('\n')
    with open(os.path.join(d, 'entries.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    with open(os.path.join(d, 'key.jsonl'), 'w', encoding='utf-8') as f:
        f.writelines(json.dumps(k, ensure_ascii=False) + '\n' for k in keys)

# ---------------------------------------------------------------- verifying
# An entry's facts are found again in its text by patterns of their own
# (applied in order, each match blanked out), then checked against the tables.

MON = r'(Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?'
PATTERNS = [(f, re.compile(p)) for f, p in [
    ('stat', r'\b(\d{1,2}) Stat\. (\d{1,4})(?:, (\d{1,4})(?![\w/.-]*\d))?'),
    ('stat', r'\bvol\. (\d{1,2}), p\. (\d{1,4})'),
    ('stat', r'\b(\d{1,2}) Statutes at Large (\d{1,4})'),
    ('stat', r'\bvolume (\d{1,2}) of the Statutes at Large, beginning at page (\d{1,4})'),
    ('publ', r'\b(?:Pub\. L\.(?: No\.)?|P\.L\.|Public Law(?: No\.)?) (\d+)-(\d+)'),
    ('publ', r'(?<=Public Law: )(\d+)-(\d+)'),
    ('resno', r'\b(?:Pub\. Res\.|Public Resolution)(?: No\.)? (\d+)'),
    ('resno', r'\b(?:Res\.|Resolution) No\. (\d+)'),
    ('publ', r'\b(?:Pub\.|Public)(?:,| Law| L\.)?(?: No\.)? (\d+)\b'),
    ('resno', r'(?<=, )No\. (\d+)(?=,)'),
    ('bill', r'(?<![\w.])(H\. ?R\.|S\.|H\. ?J\. ?Res\.|S\. ?J\. ?Res\.) ?(\d+)'),
    ('section', r'(?:\b(title [IVXLC]+), )?(?:\u00a7|\bsec\.|\bsection) (\d+[a-z]?)'),
    ('chapter', r'(?i)\b(?:ch\.|chap\.|chapter) (\d+)'),
    ('congress', r'(?i)\b(\d{1,2})(?:st|nd|rd|th|d) Cong(?:ress|\.)'),
    ('congress', r'(?i)\b(%s) Congress' % '|'.join(sorted(WORD_ORD, key=len, reverse=True))),
    ('congress', r'(?<=Congress: )(\d{1,2})(?:st|nd|rd|th|d)\b'),
    ('session', r'\b(\d)(?:st|nd|rd|th|d) [Ss]ess(?:ion|\.)'),
    ('session', r'(?i)\b(first|second|third|fourth) session'),
    ('session', r'\bSess\. (IV|I{1,3})\b'),
    ('date', r'(?i)\b' + MON + r' (\d{1,2}), (\d{4})'),
    ('date_dmy', r'\b(\d{1,2}) (%s) (\d{4})' % '|'.join(MONTHS)),
    ('date_iso', r'\b(\d{4})-(\d{2})-(\d{2})\b'),
    ('date_us', r'\b(\d{1,2})/(\d{1,2})/(\d{4})\b'),
    ('year', r'\((\d{4})\)'),
    ('year', r'\b[Ii]n (\d{4})\b'),
    ('president', r'\bPresident ((?:[A-Z][a-z]+ )?(?:Van )?[A-Z][a-zA-Z]+)')]]
MONTH_OF = {m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)}
ROMAN_OF = {'I': 1, 'II': 2, 'III': 3, 'IV': 4}

def extract(T, text):
    """[(field, text, value)]: every fact found in text."""
    if not hasattr(T, 'name_re'):
        T.name_re = re.compile(r'(?<![\w-])(%s)(?![\w-])' % '|'.join(map(re.escape, T.name_list)), re.I)
    facts = [('name', m.group(0), m.group(0)) for m in T.name_re.finditer(text)]
    s = T.name_re.sub(lambda m: '#' * len(m.group(0)), text)
    for field, rx in PATTERNS:
        for m in rx.finditer(s):
            g, t = m.groups(), m.group(0)
            if field == 'stat':
                base = t.split(', ')[0] if len(g) > 2 and g[2] else t
                facts += [('volume', base, int(g[0])), ('page', base, int(g[1]))]
                facts += [('pin', t, int(g[2]))] if len(g) > 2 and g[2] else []
            elif field == 'publ':
                facts.append(('publ', t, (int(g[0]), int(g[1])) if len(g) == 2 else (None, int(g[0]))))
            elif field == 'bill':
                facts.append(('bill', t, (re.sub(r'[ .]', '', g[0]).lower(), int(g[1]))))
            elif field == 'section':
                facts.append(('section', t, (g[0] or '', g[1])))
            elif field in ('session', 'congress'):
                v = g[0]
                facts.append((field, t, int(v) if v.isdigit() else WORD_ORD.get(v.lower()) or ROMAN_OF.get(v)))
            elif field.startswith('date'):         # to (year, month, day)
                y, m, d = {'date': (g[2], MONTH_OF.get(g[0][:3].lower()), g[1]), 'date_iso': g, 'date_us': (g[2], g[0], g[1]),
                           'date_dmy': (g[2], MONTH_OF.get(g[1][:3].lower()), g[0])}[field]
                try:
                    facts.append(('date', t, dt.date(int(y), int(m), int(d))))
                except (ValueError, TypeError):
                    facts.append(('date', t, None))
            elif field == 'year':
                facts.append(('date', t, int(g[0])))
            elif field == 'president':
                facts.append(('president', g[0], g[0]))
            else:
                facts.append((field, t, int(g[0])))
        s = rx.sub(lambda m: '#' * len(m.group(0)), s)
    return facts

HEADER = {'act': 'name', 'title': 'name', 'approved': 'date', 'date': 'date', 'enacted': 'date', 'ch.': 'chapter',
          'chapter': 'chapter', 'citation': 'stat', 'congress': 'congress', 'session': 'session', 'volume': 'volume',
          'stat_volume': 'volume', 'page': 'page', 'stat_page': 'page', 'public law': 'publ'}

def cell_facts(T, field, cell):
    """The facts of a table or CSV cell under its column's field (also of a
    key's "right" text)."""
    cell = cell.strip()
    if cell in ('', '--'):
        return []
    if field == 'president':
        return [(field, cell, cell)]
    if field == 'date' and re.fullmatch(r'\d{4}', cell):
        return [(field, cell, int(cell))]
    if field in ('name', 'stat', 'date'):
        return extract(T, cell) or [(field, cell, None)]
    m = re.fullmatch(r'(\d+)-(\d+)', cell) if field == 'publ' else re.search(r'(\d+)', cell)
    return [(field, cell, None if not m else (int(m.group(1)), int(m.group(2))) if field == 'publ' else int(m.group(1)))]

def true_fact(T, law, field, v):
    if v is None:
        return False
    if field == 'name':
        return T.name_law.get(v.lower()) == law.id
    if field == 'pin':
        return law.end is not None and law.page < v <= law.end
    if field == 'date':
        return v == (law.date.year if isinstance(v, int) else law.date)
    if field == 'publ':
        return v[1] == law.publ and v[0] in (None, law.congress)
    if field == 'president':
        return any(v in (p['full'], p['last']) for p in law.pres_in)
    if field == 'section':
        return v in law.sections
    return v == {'chapter': law.chapter, 'volume': law.volume, 'page': law.page, 'congress': law.congress,
                 'session': law.session, 'resno': law.resno, 'bill': law.bill}[field]

def units_of(T, key, text):
    """[(law, facts)] for each law the entry cites, or None."""
    laws = [T.laws.get(i) for i in key['laws']]
    if None in laws:
        return None
    lines = text.split('\n')
    if key['style'] in ('table', 'csv'):
        rows = ([[x.strip() for x in l.strip().strip('|').split('|')] for l in lines if not l.startswith('|-')]
                if key['style'] == 'table' else list(csv.reader(lines)))
        head = [HEADER[h.lower()] for h in rows[0]]
        return [(law, [f for h, x in zip(head, row) for f in cell_facts(T, h, x)]) for law, row in zip(laws, rows[1:])]
    if len(laws) == 1:
        return [(laws[0], extract(T, text))]
    parts = text.split('; ')
    return [(law, extract(T, p)) for law, p in zip(laws, parts)] if len(parts) == len(laws) else None

def check_entry(T, k, text):
    """None, or what is wrong with the entry and its key."""
    units = units_of(T, k, text)
    if units is None:
        return 'laws not usable, or the entry not split into its laws'
    wrong = [(law, f) for law, fs in units for f in fs if not true_fact(T, law, f[0], f[2])]
    if any(len(fs) < 2 for _, fs in units):
        return 'fewer than two facts found for a law'
    if not k['error']:
        return 'clean entry with untrue facts: %s' % [f for _, f in wrong] if wrong else None
    if len(wrong) != 1:
        return 'expected one untrue fact, found %s' % [f for _, f in wrong]
    law, (field, t, v) = wrong[0]
    if law.id != k['law'] or KIND.get(field) != k['error'] or k['wrong'] not in t:
        return 'untrue fact %r is not the planted one' % (wrong[0][1],)
    if not T.is_wrong(law, field, v[1] if field == 'publ' else v):
        return 'planted value not wrong by the tables'
    if k['right'] is not None:
        rf = extract(T, k['right']) or cell_facts(T, field, k['right'])
        if not all(true_fact(T, law, f[0], f[2]) for f in rf):
            return 'right value %r not true' % k['right']
    return None

def verify(d):
    T = Tables()
    keys = [json.loads(l) for l in open(os.path.join(d, 'key.jsonl'), encoding='utf-8')]
    lines = open(os.path.join(d, 'entries.txt'), encoding='utf-8').read().split('\n')
    ends = [k['first_line'] for k in keys[1:]] + [len(lines) + 1]
    bad = []
    for k, e in zip(keys, ends):
        text = '\n'.join(lines[k['first_line'] - 1:e - 1]).strip('\n')
        layout = k['first_line'] == 1 or lines[k['first_line'] - 2] == ''
        problem = check_entry(T, k, text) if layout and '\n\n' not in text else 'entry misplaced or split by a blank line'
        if problem:
            bad.append('  #%d: %s\n    %s' % (k['n'], problem, text.replace('\n', '\n    ')))
    kinds = collections.Counter(k['error'] for k in keys if k['error'])
    print('verify: %s: %d entries in %d styles, %d clean, %d with an error %s'
          % (d, len(keys), len({k['style'] for k in keys}), len(keys) - sum(kinds.values()), sum(kinds.values()),
             dict(sorted(kinds.items()))))
    print('\n'.join(bad + ['verify: %d problems' % len(bad)]))
    return not bad

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--n', type=int, default=200)
    ap.add_argument('--out')
    ap.add_argument('--verify', metavar='DIR')
    a = ap.parse_args()
    if a.verify:
        sys.exit(0 if verify(a.verify) else 1)
    if not a.out:
        ap.error('--out DIR is needed')
    T = Tables()
    write(compose(T, a.seed, a.n), a.out)

if __name__ == '__main__':
    main()
