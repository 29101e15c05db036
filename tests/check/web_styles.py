#!/usr/bin/env python3
"""web_styles.py -- entries in the shapes laws are described in on the web
and in memos, for statcite's measuring script (tests/check/newuser.py):
an encyclopedia's lead and its box of fields copied as text (the caption
and its value apart by a blank, or each on a line of its own),
Congress.gov's search results, Federal Register authority lines, a court
opinion's sentence and the citation sentence after it, signing statements,
GAO-style footnotes, CRS-style summaries, timeline rows, and a memo's
sentence that names the Act by its abbreviation.

Every fact comes from the tables in data/ through compose.py's Tables (a
law of the 82nd Congress on with its number, day, bill, Statutes at Large
page, Congress, an Act name only it bears, the President in office that
day); the abbreviations from data/act_abbreviations.tsv.  A share of the
entries (--error-share, default 0.5) carries one planted error, of a fact
the entry's style writes: law (another law of that Congress), date (a day
15 to 60 days off), bill (another law's bill of that Congress), congress
(another Congress), president (one not in office that day, of another last
name), page (a page outside the law), name (another law's name).

Output (the format of fixtures/check/newuser*): DIR/entries.txt, entries
parted by one blank line; DIR/key.jsonl, one object an entry: "n",
"first_line", "error" (null or the kind), "wrong", "right", "law", "style".

usage:
  python3 tests/check/web_styles.py --out DIR [--seed N] [--n N] [--error-share F]
  python3 tests/check/newuser.py build-release/statcite DIR
Python 3 standard library only; deterministic for a given seed.
"""
import argparse
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compose  # noqa: E402  (its tables: every fact from data/)

def d_long(d):
    return compose.r_date(d, 'long')


def d_num(d):
    return compose.r_date(d, 'us')


def abbreviations():
    """The Acts' abbreviations in capitals (act_abbreviations.tsv), by the
    normalized full name they stand for."""
    out = {}
    for r in compose._rows('act_abbreviations.tsv', '\t'):
        a = r['abbreviation']
        if r.get('code_title') or not a.isalpha() or not a.isupper() or len(a) < 3:
            continue
        out[compose.norm_name(r['name'])] = a
    return out


# Each style: the facts it writes, and its text from a dict of them.
STYLES = {
    'lead': ('law page cong pres date bill name',
             lambda f: 'The %(name)s (Pub. L. %(law)s, %(vol)s Stat. %(page)s) is an Act of '
                       'Congress passed by the %(cong)s United States Congress and signed into '
                       'law by President %(pres)s on %(date)s. It was introduced as %(bill)s.' % f),
    'box_space': ('law page cong pres date bill name',
                  lambda f: '%(name)s\nEnacted by the %(cong)s United States Congress\n'
                            'Effective %(date)s\nCitations\nPublic law %(law)s\n'
                            'Statutes at Large %(vol)s Stat. %(page)s\nLegislative history\n'
                            'Introduced as %(bill)s\nSigned into law by President %(pres)s on '
                            '%(date)s' % f),
    'box_lines': ('law page cong pres date bill name',
                  lambda f: '%(name)s\nEnacted by\nthe %(cong)s United States Congress\n'
                            'Effective\n%(date)s\nCitations\nPublic law\n%(law)s\n'
                            'Statutes at Large\n%(vol)s Stat. %(page)s\nLegislative history\n'
                            'Introduced as %(bill)s\nSigned into law by President %(pres)s on '
                            '%(date)s' % f),
    'congress_gov': ('bill cong name date law',
                     lambda f: '%(bill)s — %(cong)s Congress (%(y0)d-%(y1)d)\n%(name)s\n'
                               'Latest Action: %(datenum)s Became Public Law No: %(law)s.' % f),
    'authority': ('law page',
                  lambda f: 'Authority: Sec. 2, Pub. L. %(law)s, %(vol)s Stat. %(page)s '
                            '(%(year)s).' % f),
    'opinion': ('name law page pres date',
                lambda f: 'Congress passed the %(name)s in %(year)s. See Pub. L. No. %(law)s, '
                          '%(vol)s Stat. %(page)s. President %(pres)s signed it on %(date)s.' % f),
    'signing': ('name date bill law',
                lambda f: 'Statement on Signing the %(name)s. %(date)s. Today I have signed '
                          'into law %(bill)s, the %(name)s. NOTE: %(bill)s, approved %(date)s, '
                          'was assigned Public Law No. %(law)s.' % f),
    'footnote': ('name law page date',
                 lambda f: '%(fn)d %(name)s, Pub. L. No. %(law)s, %(vol)s Stat. %(page)s '
                           '(%(year)s), was enacted on %(date)s.' % f),
    'crs': ('date pres bill law name',
            lambda f: 'On %(date)s, President %(pres)s signed %(bill)s into law as P.L. '
                      '%(law)s, the %(name)s.' % f),
    'timeline': ('name law page',
                 lambda f: '| %(year)s | %(name)s | P.L. %(law)s | %(vol)s Stat. %(page)s |' % f),
    'memo_abbr': ('cong pres date',
                  lambda f: '%(abbr)s was enacted by the %(cong)s Congress and signed by '
                            'President %(pres)s on %(date)s.' % f),
}
KINDS = ['law', 'date', 'bill', 'cong', 'pres', 'page', 'name']


class Maker:
    def __init__(self, seed, share):
        self.T = compose.Tables()
        self.rng = random.Random(seed)
        self.share = share
        self.abbr = abbreviations()
        self.pool = [l for l in self.T.named_pool if l.stat_ok and l.pres is not None]
        self.by_cong = {}
        for l in self.pool:
            self.by_cong.setdefault(l.c, []).append(l)
        self.abbr_pool = [l for l in self.pool
                          if any(compose.norm_name(n) in self.abbr for n, _ in l.names)]

    def pres_name(self, p):
        return '%s %s' % (p['known'], p['last'])

    def facts(self, l):
        start, end, _, _ = self.T.congresses[l.c]
        name = l.names[0][0]
        abbr = next((self.abbr[compose.norm_name(n)] for n, _ in l.names
                     if compose.norm_name(n) in self.abbr), None)
        return dict(name=name, law='%d-%d' % (l.c, l.n), vol=l.vol, page=l.page,
                    cong=compose.ordinal_num(l.c), pres=self.pres_name(self.T.presidents[l.pres]),
                    date=d_long(l.date), datenum=d_num(l.date), year=str(l.date.year),
                    bill=compose.r_bill(l.bill, 0), y0=start.year, y1=end.year, fn=self.rng.randint(1, 99),
                    abbr=abbr)

    def plant(self, l, f, kind):
        """Writes a wrong fact of @kind into f: (wrong, right), or None."""
        rng = self.rng
        others = [o for o in self.by_cong.get(l.c, []) if o is not l]
        if kind == 'law' and others:
            o = rng.choice(others)
            right, f['law'] = f['law'], '%d-%d' % (o.c, o.n)
            return f['law'], right
        if kind == 'date':
            d = l.date + datetime.timedelta(days=rng.choice([-60, -40, -20, 15, 33, 60]))
            right = f['date']
            f['date'], f['datenum'], f['year'] = d_long(d), d_num(d), str(d.year)
            return f['date'], right
        if kind == 'bill' and others:
            o = rng.choice(others)
            if o.bill == l.bill:
                return None
            right, f['bill'] = f['bill'], compose.r_bill(o.bill, 0)
            return f['bill'], right
        if kind == 'cong':
            c = l.c + rng.choice([-2, -1, 1, 2])
            right, f['cong'] = f['cong'], compose.ordinal_num(c)
            return f['cong'], right
        if kind == 'pres':
            me = self.T.presidents[l.pres]
            q = [p for p in self.T.presidents[-14:]
                 if p['last'] != me['last'] and not p['start'] <= l.date <= p['end']]
            right, f['pres'] = f['pres'], self.pres_name(rng.choice(q))
            return f['pres'], right
        if kind == 'page':
            right = f['page']
            f['page'] = l.page + rng.choice([-300, -150, 400, 700]) if l.page > 400 else l.page + 700
            return str(f['page']), str(right)
        if kind == 'name' and others:
            o = rng.choice([x for x in others if x.names] or others)
            if not o.names or o.names[0][0] == f['name']:
                return None
            right, f['name'] = f['name'], o.names[0][0]
            return f['name'], right
        return None

    def entry(self):
        rng = self.rng
        style = rng.choice(sorted(STYLES))
        has, render = STYLES[style]
        l = rng.choice(self.abbr_pool if style == 'memo_abbr' else self.pool)
        f = self.facts(l)
        err = None
        if rng.random() < self.share:
            kind = rng.choice([k for k in KINDS if k in has.split()])
            planted = self.plant(l, f, kind)
            if planted:
                err = (kind, planted[0], planted[1])
        return render(f), style, l, err


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--n', type=int, default=300)
    ap.add_argument('--error-share', type=float, default=0.5)
    a = ap.parse_args()
    m = Maker(a.seed, a.error_share)
    os.makedirs(a.out, exist_ok=True)
    line = 1
    with open(os.path.join(a.out, 'entries.txt'), 'w', encoding='utf-8') as et, \
            open(os.path.join(a.out, 'key.jsonl'), 'w', encoding='utf-8') as kt:
        for i in range(a.n):
            text, style, l, err = m.entry()
            et.write(text + '\n\n')
            kt.write(json.dumps({'n': i + 1, 'first_line': line, 'style': style,
                                 'law': '%d-%d' % (l.c, l.n),
                                 'error': err[0] if err else None,
                                 'wrong': err[1] if err else None,
                                 'right': err[2] if err else None}) + '\n')
            line += text.count('\n') + 2
    print('web_styles: %d entries, %s' % (a.n, a.out))


if __name__ == '__main__':
    main()
