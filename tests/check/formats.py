#!/usr/bin/env python3
"""formats.py -- measures the checker on real public laws written in twelve
structured formats, one third of them with one planted error each.

usage: tests/check/formats.py BIN [--seed N] [--n N] [--out DIR] [--report]

For each format, N entries (default 36) are drawn at random among the
public laws of the 89th to 118th Congresses that the tables give in full
(data/public_laws.csv: no flags, a page of the Statutes at Large, a bill
H.R., S., H.J. Res. or S.J. Res., a short title no other law has and that
data/act_names.tsv gives to this law alone, not enacted on January 20);
each entry gives the law's number, short title, day, bill, Statutes at
Large page, Congress and the President who signed it (data/presidents.csv).
The formats: a markdown table, an HTML table, HTML definition lists, a
JSON array, JSON Lines, YAML, CSV, BibTeX, Congress.gov search-result
blocks and status lines (no Statutes at Large page, no President), a
Wikipedia-like infobox and CRS footnotes.  N // 3 entries of each format,
drawn at random, carry one planted error, the kinds taken in turn: the day
(a few days, a month or a year off), the law's number (one digit changed,
or one off, to another law of the Congress), the bill (another law's of
the Congress), the page (another law's of the volume), the Congress (one
or two off), the President (one not in office that day, since 1929) or the
short title (another law's of a Congress within three).

Writes each format to a file of its own (markdown.md, html_table.html,
html_dl.html, json.json, jsonl.jsonl, yaml.yaml, csv.csv, bibtex.bib,
congressgov.txt, cgov_status.txt, infobox.txt, crs_footnote.txt) with a
manifest (manifest.json) in DIR (default a temporary directory, removed
afterwards), runs `BIN --check -f jsonl` on each file (the output kept as
<format>.out.jsonl, the scores per entry as details.json), and counts per
format: the entries; the planted errors; those caught (a warning or an
error on the entry's lines); of those, the ones with a fix (a suggestion)
and with the right fix (the right value in a suggestion, spaces and dots
aside); false alarms (a warning or an error on a correct entry); and the
entries whose law the checker did not extract (no record keyed to the law
number written).  Per kind of error too (rows "kind:..."; planted and
caught only).  With --report, prints each miss, false alarm and wrong fix
with the entry's text.  The last line sums the formats:
"formats: seed S: found X of Y planted errors (P%), right fixes F of H (Q%),
false alarms on Z of C correct entries" (H: the caught ones with a fix).

Seeds: the entries are drawn with random.Random(seed) only, so a seed
always gives the same entries.  Seeds 1-5 were used while developing the
checker (seeds 4 and 5 measured it once at the end of the session of
2026-12-07); the next unseen seed, for a final measurement, is 6.  Seed 99
is reserved and never to be looked at.

Reads data/public_laws.csv, data/presidents.csv and data/act_names.tsv.
Python 3 standard library only; exit status 0 unless a usage error (2).
"""
import collections
import csv
import datetime
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_args  # noqa: E402 (the shared command line)
from probe_args import pct  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, 'data')

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
KINDS_ALL = ['date', 'lawnum', 'bill', 'stat', 'congress', 'president', 'name']
NOSTAT = ['date', 'lawnum', 'bill', 'congress', 'name']


# ---- the tables ----

def csv_rows(name):
    with open(os.path.join(DATA, name), encoding='utf-8') as f:
        return list(csv.DictReader(l for l in f if not l.startswith('#')))


def okbill(b):
    return re.fullmatch(r'(hr|s|hjres|sjres)\d+', b) is not None


class Tables:
    """The laws, Presidents and names the entries are drawn from."""

    def __init__(self):
        self.laws = csv_rows('public_laws.csv')
        self.pres = csv_rows('presidents.csv')
        # names in act_names.tsv: the laws each name goes to
        name_acts = collections.defaultdict(set)
        with open(os.path.join(DATA, 'act_names.tsv'), encoding='utf-8') as f:
            for l in f:
                if l.startswith('#') or l.startswith('name\t'):
                    continue
                p = l.rstrip('\n').split('\t')
                name_acts[p[0]].add(p[1])
        title_count = collections.Counter(r['short_title'] for r in self.laws if r['short_title'])
        self.allkeys = {(int(r['congress']), int(r['law_number'])) for r in self.laws}
        self.pool = [r for r in self.laws
                     if r['flags'] == '' and r['stat_source'] == 'statutes' and okbill(r['bill'])
                     and r['short_title'] and title_count[r['short_title']] == 1
                     and name_acts.get(r['short_title']) == {f"publ:{r['congress']}-{r['law_number']}"}
                     and 89 <= int(r['congress']) <= 118 and r['enacted'][5:] != '01-20']
        self.by_congress = collections.defaultdict(list)
        self.by_volume = collections.defaultdict(list)
        for r in self.laws:
            if r['stat_source'] == 'statutes' and r['flags'] == '':
                self.by_congress[r['congress']].append(r)
                self.by_volume[r['stat_volume']].append(r)

    def president_of(self, d):
        return [p for p in self.pres if p['start'] <= d <= p['end']]


# ---- how the facts are written ----

def pname(p):
    first = p['known_as'] or p['first']
    mid = (' ' + p['middle']) if p['middle'] else ''
    return f"{first}{mid} {p['last']}"


def ordinal(n):
    n = int(n)
    suf = 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return f'{n}{suf}'


def bill_fmt(b, style=0):
    m = re.fullmatch(r'([a-z]+)(\d+)', b)
    t, n = m.groups()
    if style == 1:  # congress.gov compact
        return {'hr': 'H.R.', 's': 'S.', 'hjres': 'H.J.Res.', 'sjres': 'S.J.Res.'}[t] + n
    return {'hr': 'H.R. ', 's': 'S. ', 'hjres': 'H.J. Res. ', 'sjres': 'S.J. Res. '}[t] + n


def chamber(b):
    return 'House' if b.startswith('h') else 'Senate'


def dfmt(iso, style):
    d = datetime.date.fromisoformat(iso)
    if style == 'iso':
        return iso
    if style == 'us':
        return f'{d.month:02d}/{d.day:02d}/{d.year}'
    if style == 'long':
        return f'{MONTHS[d.month - 1]} {d.day}, {d.year}'
    if style == 'dmy':
        return f'{d.day} {MONTHS[d.month - 1]} {d.year}'
    raise ValueError(style)


def make_fact(tb, r):
    d = r['enacted']
    ps = tb.president_of(d)
    return dict(congress=int(r['congress']), num=int(r['law_number']), date=d, bill=r['bill'],
                vol=r['stat_volume'], page=r['stat_page'], title=r['short_title'],
                president=pname(ps[0]), plast=ps[0]['last'])


def plant(rng, tb, f, kind, r):
    """Change one fact of f (law r's) to a wrong one, of the kind given;
    return (a description, the strings a right fix may give)."""
    if kind == 'date':
        d = datetime.date.fromisoformat(f['date'])
        mode = rng.choice(['day', 'month', 'year'])
        if mode == 'day':
            nd = d + datetime.timedelta(days=rng.choice([-3, -2, -1, 1, 2, 5]))
        elif mode == 'month':
            m = d.month + rng.choice([-1, 1])
            y = d.year + (m - 1) // 12
            m = (m - 1) % 12 + 1
            nd = d.replace(year=y, month=m, day=min(d.day, 28))
        else:
            nd = d.replace(year=d.year + rng.choice([-1, 1]), day=min(d.day, 28))
        f['date'] = nd.isoformat()
        return f'date {r["enacted"]} -> {f["date"]} ({mode})', [r['enacted'], dfmt(r['enacted'], 'long')]
    if kind == 'lawnum':
        # another law of the Congress: one digit changed, or one off
        c, n = f['congress'], f['num']
        cands = []
        s = str(n)
        for i in range(len(s)):
            for dg in '0123456789':
                t = s[:i] + dg + s[i + 1:]
                if t != s and not t.startswith('0') and (c, int(t)) in tb.allkeys:
                    cands.append(int(t))
        for k in (n - 1, n + 1):
            if (c, k) in tb.allkeys:
                cands.append(k)
        nn = rng.choice(cands)
        f['num'] = nn
        return f'law {c}-{n} -> {c}-{nn}', [f'{c}-{n}']
    if kind == 'bill':
        others = [x for x in tb.by_congress[r['congress']] if x['bill'] != r['bill'] and okbill(x['bill'])]
        o = rng.choice(others)
        f['bill'] = o['bill']
        return (f'bill {r["bill"]} -> {o["bill"]} (of {o["congress"]}-{o["law_number"]})',
                [bill_fmt(r['bill'])])
    if kind == 'stat':
        others = [x for x in tb.by_volume[r['stat_volume']] if x['stat_page'] != r['stat_page']]
        o = rng.choice(others)
        f['page'] = o['stat_page']
        return (f'stat {r["stat_volume"]}/{r["stat_page"]} -> {o["stat_page"]} '
                f'(of {o["congress"]}-{o["law_number"]})',
                [f'{r["stat_volume"]} Stat. {r["stat_page"]}'])
    if kind == 'congress':
        nc = f['congress'] + rng.choice([-2, -1, 1, 2])
        f['congress_written'] = nc
        return f'congress {f["congress"]} -> {nc}', [ordinal(f['congress'])]
    if kind == 'president':
        d = f['date']
        wrong = [p for p in tb.pres if not (p['start'] <= d <= p['end']) and p['last'] != f['plast']
                 and p['start'] >= '1929']
        p = rng.choice(wrong)
        f['president'] = pname(p)
        return f'president {f["plast"]} -> {p["last"]}', [f['plast']]
    if kind == 'name':
        o = rng.choice([x for x in tb.pool if x is not r and abs(int(x['congress']) - f['congress']) <= 3])
        f['title'] = o['short_title']
        return f'name -> {o["short_title"]} (of {o["congress"]}-{o["law_number"]})', [r['short_title']]
    raise ValueError(kind)


def cong_w(f):
    """The Congress as written (a planted one, or the law's)."""
    return f.get('congress_written', f['congress'])


# ---- the formats: each gives an entry's lines (and a header, a footer) ----

def md_header():
    return ['| Public law | Short title | Enacted | Bill | Statutes at Large | Congress | Signed by |',
            '|---|---|---|---|---|---|---|']


def md(f, i):
    return [f"| Pub. L. {f['congress']}-{f['num']} | {f['title']} | {dfmt(f['date'], 'long')} | "
            f"{bill_fmt(f['bill'])} | {f['vol']} Stat. {f['page']} | {ordinal(cong_w(f))} | {f['president']} |"]


def html_t_header():
    return ['<table class="laws">',
            '<tr><th>Public Law</th><th>Title</th><th>Date</th><th>Bill</th><th>Statutes at Large</th>'
            '<th>Congress</th><th>President</th></tr>']


def html_t(f, i):
    return [f"<tr><td>P.L. {f['congress']}-{f['num']}</td><td>{f['title']}</td><td>{dfmt(f['date'], 'us')}</td>"
            f"<td>{bill_fmt(f['bill'])}</td><td>{f['vol']} Stat. {f['page']}</td>"
            f"<td>{ordinal(cong_w(f))} Congress</td><td>{f['president']}</td></tr>"]


def html_t_footer():
    return ['</table>']


def html_dl(f, i):
    return ['<dl>',
            f"<dt>Short title</dt><dd>{f['title']}</dd>",
            f"<dt>Public law</dt><dd>Pub. L. {f['congress']}-{f['num']}</dd>",
            f"<dt>Enacted</dt><dd>{dfmt(f['date'], 'long')}</dd>",
            f"<dt>Bill</dt><dd>{bill_fmt(f['bill'])}</dd>",
            f"<dt>Statutes at Large</dt><dd>{f['vol']} Stat. {f['page']}</dd>",
            f"<dt>Congress</dt><dd>{ordinal(cong_w(f))} Congress</dd>",
            f"<dt>Signed by</dt><dd>President {f['president']}</dd>",
            '</dl>']


def jobj(f):
    return {'title': f['title'], 'law': f"Pub. L. {f['congress']}-{f['num']}", 'enacted': f['date'],
            'bill': bill_fmt(f['bill']), 'stat': f"{f['vol']} Stat. {f['page']}",
            'congress': f"{ordinal(cong_w(f))} Congress", 'signed_by': f['president']}


def json_(f, i):
    s = json.dumps(jobj(f), indent=2, ensure_ascii=False).split('\n')
    return ['  ' + x for x in s]


def jsonl(f, i):
    return [json.dumps(jobj(f), ensure_ascii=False)]


def yaml(f, i):
    return [f"- title: {f['title']}",
            f"  public_law: {f['congress']}-{f['num']}",
            f"  enacted: {f['date']}",
            f"  bill: {bill_fmt(f['bill'])}",
            f"  statutes_at_large: {f['vol']} Stat. {f['page']}",
            f"  congress: {ordinal(cong_w(f))}",
            f"  president: {f['president']}"]


def csv_header():
    return ['law,title,enacted,bill,stat,congress,president']


def csv_(f, i):
    t = f['title']
    if ',' in t or '"' in t:
        t = '"' + t.replace('"', '""') + '"'
    return [f"Pub. L. {f['congress']}-{f['num']},{t},{f['date']},{bill_fmt(f['bill'])},"
            f"{f['vol']} Stat. {f['page']},{ordinal(cong_w(f))},{f['president']}"]


def bib(f, i):
    return [f"@misc{{pl{f['congress']}_{f['num']}_{i},",
            f"  title = {{{f['title']}}},",
            f"  number = {{Pub. L. {f['congress']}-{f['num']}}},",
            f"  date = {{{f['date']}}},",
            f"  bill = {{{bill_fmt(f['bill'])}}},",
            f"  howpublished = {{{f['vol']} Stat. {f['page']}}},",
            f"  congress = {{{ordinal(cong_w(f))}}},",
            f"  note = {{Signed by President {f['president']}}},",
            '}']


def cgov(f, i):
    c = cong_w(f)
    y0 = 1789 + 2 * (c - 1)
    return [f"{bill_fmt(f['bill'], 1)} — {ordinal(c)} Congress ({y0}-{y0 + 1})",
            f"{f['title']}",
            f"Sponsor: Rep. Doe, Jane [D-XX-1] (Introduced 01/05/{y0})",
            "Committees: Judiciary",
            f"Latest Action: {dfmt(f['date'], 'us')} Became Public Law No: {f['congress']}-{f['num']}. (TXT | PDF)"]


def cgov_line(f, i):
    return [f"{bill_fmt(f['bill'], 1)} ({ordinal(cong_w(f))} Congress) {f['title']} — Became Public Law No: "
            f"{f['congress']}-{f['num']} | {dfmt(f['date'], 'us')}"]


def infobox(f, i):
    return [f"{f['title']}",
            f"Enacted by\tthe {ordinal(cong_w(f))} United States Congress",
            "Citations",
            f"Public law\tPub. L. {f['congress']}-{f['num']}",
            f"Statutes at Large\t{f['vol']} Stat. {f['page']}",
            "Legislative history",
            f"Introduced in the {chamber(f['bill'])} as {bill_fmt(f['bill'])}",
            f"Signed into law by President {f['president']} on {dfmt(f['date'], 'long')}"]


def crs(f, i):
    return [f"^{i + 1} P.L. {f['congress']}-{f['num']}, the {f['title']} ({bill_fmt(f['bill'])}, "
            f"{ordinal(cong_w(f))} Congress), {f['vol']} Stat. {f['page']}, signed into law by President "
            f"{f['president']} on {dfmt(f['date'], 'long')}."]


FORMATS = {
    # name: (entry fn, header, footer, a blank line after each entry?, kinds it may carry)
    'markdown': (md, md_header, None, False, KINDS_ALL),
    'html_table': (html_t, html_t_header, html_t_footer, False, KINDS_ALL),
    'html_dl': (html_dl, None, None, True, KINDS_ALL),
    'json': (json_, lambda: ['['], lambda: [']'], False, KINDS_ALL),
    'jsonl': (jsonl, None, None, False, KINDS_ALL),
    'yaml': (yaml, None, None, True, KINDS_ALL),
    'csv': (csv_, csv_header, None, False, KINDS_ALL),
    'bibtex': (bib, None, None, True, KINDS_ALL),
    'congressgov': (cgov, None, None, True, NOSTAT),
    'cgov_status': (cgov_line, None, None, False, NOSTAT),
    'infobox': (infobox, None, None, True, KINDS_ALL),
    'crs_footnote': (crs, None, None, True, KINDS_ALL),
}
EXT = {'markdown': 'md', 'html_table': 'html', 'html_dl': 'html', 'json': 'json', 'jsonl': 'jsonl',
       'yaml': 'yaml', 'csv': 'csv', 'bibtex': 'bib'}


def generate(seed, n, out):
    """Write each format's file and manifest.json in out; return the
    manifest: one dict an entry (its format, file, lines lo-hi, law, the
    law number written, the kind of error planted or None, the fixes)."""
    tb = Tables()
    rng = random.Random(seed)
    manifest = []
    for fmt, (fn, hdr, ftr, sep, kinds) in FORMATS.items():
        lines = list(hdr()) if hdr else []
        sample = rng.sample(tb.pool, n)
        planted_idx = set(rng.sample(range(n), n // 3))
        kc = 0
        for i, r in enumerate(sample):
            f = make_fact(tb, r)
            kind, desc, fixes = None, None, []
            if i in planted_idx:
                kind = kinds[kc % len(kinds)]
                kc += 1
                desc, fixes = plant(rng, tb, f, kind, r)
            el = fn(f, i)
            if fmt == 'json' and i < n - 1:
                el[-1] += ','
            lo = len(lines) + 1
            lines.extend(el)
            hi = len(lines)
            if sep:
                lines.append('')
            manifest.append(dict(fmt=fmt, file=f'{fmt}.{EXT.get(fmt, "txt")}', idx=i, lo=lo, hi=hi,
                                 law=f"{r['congress']}-{r['law_number']}",
                                 written_law=f"{f['congress']}-{f['num']}", kind=kind, desc=desc,
                                 fixes=fixes, text='\n'.join(el)))
        if ftr:
            lines.extend(ftr())
        with open(os.path.join(out, f'{fmt}.{EXT.get(fmt, "txt")}'), 'w', encoding='utf-8') as o:
            o.write('\n'.join(lines) + '\n')
    with open(os.path.join(out, 'manifest.json'), 'w', encoding='utf-8') as o:
        json.dump(manifest, o, indent=1)
    return manifest


# ---- scoring ----

def norm(s):
    return re.sub(r'[\s.]', '', s).lower()


def score(binp, out, man, seed, report):
    """Run the checker on each format's file and count; return the counts
    ({format or "kind:K": Counter})."""
    tot = collections.defaultdict(collections.Counter)
    details = []
    recs = {}
    for fmt, fn in sorted({(m['fmt'], m['file']) for m in man}):
        p = subprocess.run([binp, '--check', '-f', 'jsonl', os.path.join(out, fn)],
                           capture_output=True, text=True)
        with open(os.path.join(out, f'{fmt}.out.jsonl'), 'w', encoding='utf-8') as o:
            o.write(p.stdout)
        recs[fmt] = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    for m in man:
        rs = [r for r in recs[m['fmt']] if m['lo'] <= r['line'] <= m['hi']]
        finds = [(r['text'], d) for r in rs for d in r.get('diagnostics', [])
                 if d['severity'] in ('warning', 'error')]
        notes = [(r['text'], d) for r in rs for d in r.get('diagnostics', []) if d['severity'] == 'note']
        extracted = any(r.get('key') == f"publ:{m['written_law']}" for r in rs)
        c = tot[m['fmt']]
        c['entries'] += 1
        if not extracted:
            c['not_extracted'] += 1
        found = [f"{t}: {d['severity']} {d['code']}: {d['message']} || {d.get('suggestion', '')}"
                 for t, d in finds]
        res = dict(seed=seed, **m, extracted=extracted, findings=found,
                   notes=[f"{t}: {d['code']}: {d['message']}" for t, d in notes])
        if m['kind']:
            c['planted'] += 1
            caught = bool(finds)
            res['caught'] = caught
            if caught:
                c['caught'] += 1
                sugg_only = ' '.join(norm(d.get('suggestion', '')) for _, d in finds)
                ok = any(norm(x) in sugg_only for x in m['fixes'])
                res['fix_ok'] = ok
                if ok:
                    c['fix_ok'] += 1
                has_fix = any(d.get('suggestion') for _, d in finds)
                if has_fix:
                    c['has_fix'] += 1
                res['fix'] = 'right' if ok else ('wrong' if has_fix else 'none')
                if report and res['fix'] == 'wrong':
                    print('wrong fix (%s, %s; want %s):\n%s\n  %s'
                          % (m['fmt'], m['desc'], ' or '.join(m['fixes']), m['text'], '\n  '.join(found)))
            elif report:
                print('missed (%s, %s):\n%s' % (m['fmt'], m['desc'], m['text']))
            tot['kind:' + m['kind']]['planted'] += 1
            tot['kind:' + m['kind']]['caught'] += caught
        else:
            if finds:
                c['false_alarm'] += 1
                res['fa'] = True
                if report:
                    print('false alarm (%s):\n%s\n  %s' % (m['fmt'], m['text'], '\n  '.join(found)))
        details.append(res)
    with open(os.path.join(out, 'details.json'), 'w', encoding='utf-8') as o:
        json.dump(details, o, indent=1)
    return tot


def main():
    opts = probe_args.parse(sys.argv[1:], 'formats.py', 36, __doc__)
    seed, n = opts['seed'], opts['n']
    out = opts['out']
    tmp = None
    if out is None:
        tmp = out = tempfile.mkdtemp(prefix='statcite-formats-')
    else:
        os.makedirs(out, exist_ok=True)
    try:
        man = generate(seed, n, out)
        tot = score(opts['bin'], out, man, seed, opts['report'])
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    cols = ['entries', 'planted', 'caught', 'has_fix', 'fix_ok', 'false_alarm', 'not_extracted']
    print(f"{'format':14} entries planted caught has_fix fix_ok FA not_extr")
    for k in sorted(tot):
        c = tot[k]
        print(f"{k:14} {c['entries']:7} {c['planted']:7} {c['caught']:6} {c['has_fix']:7} {c['fix_ok']:6} "
              f"{c['false_alarm']:3} {c['not_extracted']:4}")
    s = collections.Counter({col: sum(tot[f][col] for f in FORMATS) for col in cols})
    print(f"{'TOTAL':14} {s['entries']:7} {s['planted']:7} {s['caught']:6} {s['has_fix']:7} {s['fix_ok']:6} "
          f"{s['false_alarm']:3} {s['not_extracted']:4}")
    clean = s['entries'] - s['planted']
    print('formats: seed %d: found %d of %d planted errors (%s), right fixes %d of %d (%s), '
          'false alarms on %d of %d correct entries'
          % (seed, s['caught'], s['planted'], pct(s['caught'], s['planted']), s['fix_ok'], s['has_fix'],
             pct(s['fix_ok'], s['has_fix']), s['false_alarm'], clean))
    return 0


if __name__ == '__main__':
    sys.exit(main())
