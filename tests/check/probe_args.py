"""probe_args.py -- the command line shared by tests/check/formats.py and
tests/check/prose.py: BIN [--seed N] [--n N] [--out DIR] [--report].

parse(argv, name, default_n, doc) returns a dict with the keys bin, seed
(default 1), n (default @p default_n), out (None: a temporary directory the
caller removes) and report; a usage error prints NAME: MESSAGE and the
usage paragraph of @p doc (its second paragraph) and exits with status 2.
"""
import os
import sys


def pct(a, b):
    """a of b as a percentage with one decimal, '-' when b is 0."""
    return '%.1f%%' % (100.0 * a / b) if b else '-'


def parse(args, name, default_n, doc):
    def usage(msg):
        sys.stderr.write('%s: %s\n%s' % (name, msg, doc.split('\n\n')[1] + '\n'))
        sys.exit(2)

    if not args or args[0].startswith('-'):
        usage('BIN missing')
    opts = {'bin': args[0], 'seed': 1, 'n': default_n, 'out': None, 'report': False}
    i = 1
    while i < len(args):
        a = args[i]
        if a in ('--seed', '--n', '--out'):
            if i + 1 >= len(args):
                usage('%s needs a value' % a)
            v = args[i + 1]
            if a == '--out':
                opts['out'] = v
            else:
                try:
                    opts[a[2:]] = int(v)
                except ValueError:
                    usage('%s wants a number, not %r' % (a, v))
            i += 2
        elif a == '--report':
            opts['report'] = True
            i += 1
        else:
            usage('unknown argument %r' % a)
    if opts['n'] < 1:
        usage('--n wants a number of 1 or more')
    if not (os.path.isfile(opts['bin']) and os.access(opts['bin'], os.X_OK)):
        usage('no executable %r' % opts['bin'])
    return opts
