#!/usr/bin/env python3
"""act_places.py -- measures act-name-usc: Acts named beside U.S. Code
sections, correct and with one slip, built from the tables (data/): an
Act's sections are those data/act_sections.tsv classifies to it and those
its law added (data/usc_added.tsv, positive-law titles too).

usage: tests/check/act_places.py BIN [--seed N] [--n N] [--report]

For N Acts drawn at random (seed N) among those data/act_names.tsv names by
a short title (the whole Act, scope empty) with at least 3 sections in one
title, writes entries in several
styles ("X Act, T U.S.C. § S", "the X Act (T U.S.C. S et seq.)", "X Act,
codified at T U.S.C. § S", a footnote "See X Act, T U.S.C. §§ S-E."):
* a correct one: S one of the Act's sections in that title;
* a slipped one: S with one digit changed, dropped, added or two swapped,
  kept only when that section is none of the Act's and not one slip from
  two of them (then no single fix) -- the kind a writer's typo makes (a
  range's end is the Act's last section in the title).
* for an Act whose short title ends " of YYYY", one more with the year
  one to three years off, when the tables know no Act of that name and
  year (act-year: "Rehabilitation Act of 1974, 29 U.S.C. § 794") -- apart,
  as "series", those whose name the tables give another year within 25
  (a series, "... Amendments of 1966, 1977", whose other members they may
  lack: silent by design, unless the section is the one member's within
  five years of the year written, which is then the fix).
* for an Act whose enactment day the tables give (data/acts.tsv), one
  more with the day it became law or its President after the section
  ("The X Act of 1990, 42 U.S.C. § 12101, was enacted on July 26, 1990",
  "..., was signed by President Bush", "..., was passed by the 101st
  Congress"), no law cited: right, or (half of them) with the day a year or
  9-60 days off, a President not in office that day (data/presidents.csv),
  or a Congress one or two off -- drawn with an RNG of its own (seed + 1),
  so that the entries above are those of earlier versions; counted as
  "facts": a wrong one reported law-date, hist-law-date or law-president,
  a right one any of them (a false alarm).
Runs `BIN check -f jsonl` and counts, on the slipped entries, those
reported act-name-usc (a warning) and those whose fix names the Act's
section; on the correct ones, any act-name-usc (a false alarm).  A slipped
section is silent by design when it is in force and classified to no Act
(one a later law added, usc_sections.tsv): counted apart, as "silent by
design".
"""
import os
import random
import re
import sys

from entry_run import diagnostics_by_line

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def rows(name):
    with open(os.path.join(ROOT, 'data', name), encoding='utf-8') as f:
        head = None
        for line in f:
            if line.startswith('#'):
                continue
            cells = line.rstrip('\n').split('\t')
            if head is None:
                head = cells
                continue
            yield dict(zip(head, cells))


def slips(s):
    """Every one-slip variant of section s's leading digits."""
    m = re.match(r'(\d+)(.*)', s)
    if not m:
        return set()
    d, rest = m.group(1), m.group(2)
    out = set()
    for i in range(len(d)):
        for c in '0123456789':
            if c != d[i]:
                out.add(d[:i] + c + d[i + 1:])
        if len(d) > 1:
            out.add(d[:i] + d[i + 1:])
        if i + 1 < len(d) and d[i] != d[i + 1]:
            out.add(d[:i] + d[i + 1] + d[i] + d[i + 2:])
    for i in range(len(d) + 1):
        for c in '0123456789':
            out.add(d[:i] + c + d[i:])
    return {v + rest for v in out if v and not v.startswith('0')}


def base_key(name):
    """A name as the tables match it, near enough: case and apostrophes
    aside ("Veterans’ Health Care Act" is "Veterans Health Care Act")."""
    return re.sub(r"[’'`]", '', name.lower())


def code_order(s):
    """A section's place in the Code's order: digit runs by value."""
    return [(0, int(x)) if x.isdigit() else (1, x) for x in re.findall(r'\d+|\D+', s)]


def one_slip(a, b):
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if abs(len(a) - len(b)) != 1:
        return False
    x, y = (a, b) if len(a) > len(b) else (b, a)
    return any(x[:i] + x[i + 1:] == y for i in range(len(x)))


STYLES = [
    '{name}, {t} U.S.C. § {s}.',
    'The claim arises under the {name} ({t} U.S.C. {s} et seq.).',
    '{name}, codified at {t} U.S.C. § {s}.',
    '12. See {name}, {t} U.S.C. §§ {s}–{e}.',
    'Plaintiffs sued under the {name}, {t} U.S.C. § {s} et seq., and state law.',
]


FACT_STYLES = [
    ('date', 'The {name}, {t} U.S.C. § {s} et seq., was enacted on {d}.'),
    ('date', '{name}, {t} U.S.C. §§ {s}, became law on {d}.'),
    ('date', 'Congress passed the {name}, {t} U.S.C. § {s}, which was signed into law on {d}.'),
    ('pres', 'The {name}, {t} U.S.C. § {s}, was signed by President {p}.'),
    ('pres', 'President {p} signed the {name}, {t} U.S.C. § {s} et seq., into law.'),
    ('cong', 'The {name}, {t} U.S.C. § {s} et seq., was passed by the {c} Congress.'),
]


def ordinal(n):
    return '%d%s' % (n, 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


def fmt_day(ymd):
    y, m, d = (int(x) for x in ymd.split('-'))
    return '%s %d, %d' % (MONTHS[m - 1], d, y)


def presidents():
    import csv
    with open(os.path.join(ROOT, 'data', 'presidents.csv'), encoding='utf-8') as f:
        return [r for r in csv.DictReader(l for l in f if not l.startswith('#'))]


def in_office(pres, ymd):
    return [p for p in pres if p['start'] <= ymd <= p['end']]


def fact_entries(seed, acts, names, secs, enacted, congress):
    """(kind, text, want): kind 'fact-clean' or 'fact-bad' ('date' or 'pres')."""
    import datetime
    rnd = random.Random(seed + 1)
    pres = presidents()
    out = []
    for act in acts:
        day = enacted.get(act)
        if not day:
            continue
        t = max(secs[act], key=lambda k: len(secs[act][k]))
        s = rnd.choice(sorted(secs[act][t]))
        what, style = rnd.choice(FACT_STYLES)
        now = in_office(pres, day)
        if what == 'pres' and (len(now) != 1 or now[0]['start'] == day or now[0]['end'] == day):
            continue  # (a day two Presidents share: not judged)
        bad = rnd.random() < 0.5
        d, p = day, now[0]['last'] if now else ''
        c = congress.get(act, 0)
        if what == 'cong' and not c:
            continue
        if bad and what == 'cong':
            c = max(1, c + rnd.choice((-2, -1, 1, 2)))
        if bad and what == 'date':
            y, m, dd = (int(x) for x in day.split('-'))
            try:
                if rnd.random() < 0.5:
                    w = datetime.date(y + rnd.choice((-1, 1)), m, dd)
                else:
                    w = datetime.date(y, m, dd) + datetime.timedelta(days=rnd.choice((-1, 1)) * rnd.randint(9, 60))
            except ValueError:
                continue
            d = w.isoformat()
        elif bad:
            lasts = {q['last'] for q in now}
            others = [q for q in pres if q['last'] not in lasts and abs(int(q['start'][:4]) - int(day[:4])) <= 30]
            if not others:
                continue
            p = rnd.choice(others)['last']
        out.append(('fact-bad' if bad else 'fact-clean',
                    style.format(name=names[act], t=t, s=s, d=fmt_day(d), p=p, c=ordinal(c)),
                    what))
    return out


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    binp = args[0]
    seed = int(args[args.index('--seed') + 1]) if '--seed' in args else 1
    n = int(args[args.index('--n') + 1]) if '--n' in args else 300
    report = '--report' in args
    rnd = random.Random(seed)
    names = {}
    for r in rows('act_names.tsv'):
        if r['scope'] == '' and 'short-title' in r['source'] and r['act'] not in names:
            names[r['act']] = r['name']
    secs = {}
    for r in rows('act_sections.tsv'):
        secs.setdefault(r['act'], {}).setdefault(r['title'], set()).add(r['usc_section'])
    # the sections a numbered law added (positive-law titles too), and the
    # laws each such section's credit names: the Act's own when its law did
    touched = {}
    for r in rows('usc_added.tsv'):
        secs.setdefault(r['law'], {}).setdefault(r['title'], set()).add(r['section'])
        touched[(r['title'], r['section'])] = {r['law']} | set(r['amended_by'].split())
    in_force = {(r['title'], r['section']) for r in rows('usc_sections.tsv')
                if r['status'] == 'active' and r['in_current_release'] == 'yes'}
    owner = {k: {'added'} for k in touched}
    for act, by in secs.items():
        for t, ss in by.items():
            for s in ss:
                owner.setdefault((t, s), set()).add(act)
    known = {}  # a name without its year -> the years the tables give it
    for r in rows('act_names.tsv'):
        m = re.match(r'(.*) of (\d{4})$', r['name'])
        if m:
            known.setdefault(base_key(m.group(1)), set()).add(int(m.group(2)))
    acts = sorted(a for a in names if a in secs and max(len(v) for v in secs[a].values()) >= 3)
    rnd.shuffle(acts)
    entries = []  # (kind, line text, want fix or None)
    for act in acts[:n]:
        t = max(secs[act], key=lambda k: len(secs[act][k]))
        mine = sorted(secs[act][t])
        s = rnd.choice(mine)
        style = rnd.choice(STYLES)
        # a range's end: the Act's last section in the title, after its first
        e = max(mine, key=code_order)
        if '{e}' in style and code_order(e) <= code_order(s):
            style = STYLES[0]
        entries.append(('clean', style.format(name=names[act], t=t, s=s, e=e), None))
        m = re.match(r'(.*) of (\d{4})$', names[act])
        if m:
            y = int(m.group(2)) + rnd.choice((-3, -2, -1, 1, 2, 3))
            years = known.get(base_key(m.group(1)), set())
            if y not in years:
                series = any(abs(o - y) <= 25 for o in years if o != int(m.group(2)))
                entries.append(('series' if series else 'year',
                                style.format(name='%s of %d' % (m.group(1), y), t=t, s=s, e=e),
                                (m.group(1), int(m.group(2)))))
        if not re.match(r'\d+$', s):
            continue
        cand = [v for v in slips(s) if v not in secs[act][t]
                and act not in touched.get((t, v), ())
                and sum(one_slip(v, m) for m in mine) == 1]
        if not cand:
            continue
        v = rnd.choice(sorted(cand))
        entries.append(('slip', style.format(name=names[act], t=t, s=v, e=e), (t, s, v, act)))
    # another Act's section, in a title where the Act named has none
    # ("ERISA, 42 U.S.C. § 2000e": title VII's): from a draw of its own,
    # so that the entries above stay as each seed drew them
    amended = {}
    for r in rows('act_amendments.tsv'):
        amended.setdefault(r['act'], set()).add(r['law'])
    ornd = random.Random(seed + 2)
    for act in acts[:n]:
        b = ornd.choice(acts)
        tb = max(secs[b], key=lambda k: len(secs[b][k]))
        if b == act or tb in secs[act]:
            continue
        v = ornd.choice(sorted(secs[b][tb]))
        if act in touched.get((tb, v), ()) or act in amended.get(b, ()) or owner.get((tb, v)) != {b}:
            continue
        t = max(secs[act], key=lambda k: len(secs[act][k]))
        style = ornd.choice(STYLES[:3] + STYLES[4:])
        entries.append(('other', style.format(name=names[act], t=tb, s=v, e=v),
                        (t, act.startswith('publ:'))))
    acts_rows = list(rows('acts.tsv'))
    enacted = {r['act']: r['enacted'] for r in acts_rows if r['enacted']}
    congress = {r['act']: int(r['congress']) for r in acts_rows if r['congress'].isdigit()}
    entries += fact_entries(seed, acts[:n], names, secs, enacted, congress)
    by_line = diagnostics_by_line(binp, [text for _, text, _ in entries],
                                  ('act-name-usc', 'act-year', 'law-date', 'hist-law-date',
                                   'law-president', 'law-congress'))
    found = fixed = slipped = clean = fa = by_design = 0
    years = {'year': [0, 0, 0], 'series': [0, 0, 0]}  # entries, act-year, right year in the fix
    facts = {'date': [0, 0], 'pres': [0, 0], 'cong': [0, 0]}  # wrong ones, reported
    fact_fa = fact_clean = 0
    other = [0, 0, 0, 0, 0]  # entries, of them numbered laws; reported; right place; of no number
    for k, (kind, text, want) in enumerate(entries):
        got = by_line.get(2 * k + 1, [])
        if kind.startswith('fact-'):
            got = [g for g in got if g['code'] in ('law-date', 'hist-law-date', 'law-president',
                                                  'law-congress')]
            if kind == 'fact-clean':
                fact_clean += 1
                fact_fa += bool(got)
                if got:
                    print('false alarm: %s\n  %s' % (text, got[0]['message']))
            else:
                facts[want][0] += 1
                facts[want][1] += bool(got)
                if report and not got:
                    print('missed %s: %s' % (want, text))
            continue
        if kind == 'clean':
            clean += 1
            if got:
                fa += 1
                print('false alarm: %s\n  %s' % (text, got[0]['message']))
            continue
        if kind == 'other':
            t, numbered = want
            got = [g for g in got if g['code'] == 'act-name-usc']
            other[0] += 1
            other[1] += numbered
            other[2] += bool(got)
            other[3] += any(' is at %s U.S.C.' % t in g.get('suggestion', '') for g in got)
            other[4] += bool(got) and not numbered
            if report and not got:
                print('%s another Act\'s section: %s' % ('missed' if numbered else 'silent (no number)', text))
            elif report and not any(' is at %s U.S.C.' % t in g.get('suggestion', '') for g in got):
                print('another place: %s (title %s)\n  %s' % (text, t, got[0].get('suggestion')))
            continue
        if kind in years:
            ys = [g for g in got if g['code'] == 'act-year']
            years[kind][0] += 1
            years[kind][1] += bool(ys)
            years[kind][2] += any('%s of %d' % want in g.get('suggestion', '') for g in ys)
            if report and kind == 'year' and not ys:
                print('missed year: %s (the Act of %d)' % (text, want[1]))
            if report and kind == 'series' and ys:
                print('series reported: %s\n  %s' % (text, ys[0]['message']))
            continue
        got = [g for g in got if g['code'] == 'act-name-usc']
        slipped += 1
        t, s, v, act = want
        if got:
            found += 1
            if any(re.search(r'§§? %s\b' % re.escape(s), g.get('suggestion', '')) for g in got):
                fixed += 1
            elif report:
                print('wrong fix: %s\n  %s' % (text, got[0].get('suggestion')))
        else:
            # in force and no Act's: a section a later law added -- silent by design
            silent = (t, v) in in_force and (t, v) not in owner
            by_design += silent
            if report:
                print('%s: %s (the Act\'s %s)' % ('silent by design' if silent else 'missed', text, s))
    print('act_places: seed %d: %d Acts; %d slipped entries: %d reported act-name-usc, '
          '%d with the Act\'s section as the fix; %d silent (%d of them a section no Act is '
          'classified to); %d clean entries: %d false alarms'
          % (seed, min(n, len(acts)), slipped, found, fixed, slipped - found, by_design, clean, fa))
    print('act_places: names with another year: %d reported act-year of %d, %d with the right '
          'name as the fix; of a series (silent unless the section is one member\'s within '
          'five years): %d of %d reported, %d with the right name as the fix'
          % (years['year'][1], years['year'][0], years['year'][2], years['series'][1],
             years['series'][0], years['series'][2]))
    print('act_places: another Act\'s section, the Act named having none in its title: %d '
          'entries, %d of them numbered laws (the tables tell what those amended); %d reported '
          'act-name-usc (%d of an Act of no number), %d with the Act\'s own title as its place'
          % (other[0], other[1], other[2], other[4], other[3]))
    print('act_places: facts after the section, no law cited: wrong days %d reported of %d, '
          'wrong Presidents %d of %d, wrong Congresses %d of %d; %d right ones: %d false alarms'
          % (facts['date'][1], facts['date'][0], facts['pres'][1], facts['pres'][0],
             facts['cong'][1], facts['cong'][0], fact_clean, fact_fa))
    return 1 if fa or fact_fa else 0


if __name__ == '__main__':
    sys.exit(main())
