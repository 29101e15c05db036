#!/usr/bin/env python3
"""newuser.py -- the checker on citation lists written as new users write
them: fixtures/check/newuser1 to newuser8, each entries.txt (a paragraph an
entry) and key.jsonl (an entry a line: "first_line", "error" -- null for a
correct entry, else the kind of its one planted error -- "wrong", "right",
"law").  Independent writers made them from data/ alone, without reading
statcite's code, tests or documentation (fixtures/check/README.md).

An entry with a planted error is found when `statcite check` reports an
error or a warning on one of its lines; a correct entry with one is a false
alarm.  Prints the counts by kind (-v: each miss and false alarm).  A
measurement (make eval), not a pass/fail test.

usage: python3 tests/check/newuser.py STATCITE [DIR ...] [-v]
"""
import collections
import json
import os
import re
import subprocess
import sys


def measure(binary, d, verbose):
    keys = [json.loads(l) for l in open(os.path.join(d, 'key.jsonl'))]
    path = os.path.join(d, 'entries.txt')
    lines = open(path, encoding='utf-8').read().split('\n')
    starts = [k['first_line'] for k in keys]
    ends = starts[1:] + [len(lines) + 1]
    out = subprocess.run([binary, 'check', '--color', 'never', '-f', 'diag', path],
                         capture_output=True, text=True).stdout
    finds = collections.defaultdict(list)
    for l in out.splitlines():
        m = re.match(r'.*?:(\d+):\d+: (error|warning): (.*)', l)
        if not m:
            continue
        ln = int(m.group(1))
        for i, (s, e) in enumerate(zip(starts, ends)):
            if s <= ln < e:
                finds[i].append('%s: %s' % (m.group(2), m.group(3)))
                break
    found, planted, misses, alarms = collections.Counter(), collections.Counter(), [], []
    for i, k in enumerate(keys):
        if k['error']:
            planted[k['error']] += 1
            if finds[i]:
                found[k['error']] += 1
            else:
                misses.append(i)
        elif finds[i]:
            alarms.append(i)
    clean = sum(1 for k in keys if not k['error'])
    print('newuser: %s: found %d of %d planted errors; false alarms on %d of %d correct entries'
          % (d, sum(found.values()), sum(planted.values()), len(alarms), clean))
    for kind in sorted(planted):
        print('newuser:   %-12s %d of %d' % (kind, found[kind], planted[kind]))
    if verbose:
        for i in misses:
            k = keys[i]
            print('\nmissed #%s (%s: %r for %r)' % (k.get('n', i), k['error'], k['wrong'], k['right']))
            print('\n'.join(lines[starts[i] - 1:ends[i] - 1]).strip())
        for i in alarms:
            print('\nfalse alarm #%s' % keys[i].get('n', i))
            print('\n'.join(lines[starts[i] - 1:ends[i] - 1]).strip())
            for f in finds[i]:
                print('  -> ' + f)


def main():
    args = [a for a in sys.argv[1:] if a != '-v']
    if not args:
        sys.exit(__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    dirs = args[1:] or [os.path.join(here, '..', '..', 'fixtures', 'check', n)
                        for n in ('newuser1', 'newuser2', 'newuser3', 'newuser4', 'newuser5',
                                 'newuser6', 'newuser7', 'newuser8')]
    for d in dirs:
        measure(args[0], os.path.normpath(d), '-v' in sys.argv)


if __name__ == '__main__':
    main()
