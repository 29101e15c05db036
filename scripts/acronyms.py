"""acronyms.py -- how writers give an Act's acronym with its name, for the
generators of test entries (scripts/make-entries.py, tests/check/compose.py,
tests/check/compose_old.py): inside the name before
its year ("the Americans with Disabilities Act (ADA) of 1990"), or right
after it in round or square brackets, with the words that define it
("(hereinafter ADA)", "(the “ADA” or “Act”)").  The acronym is the
initials of the name's capitalized words, as writers coin them; the
checker must read over it whether or not any table knows it."""
import re

FORMS = ['inner', 'paren', 'square', 'hereinafter', 'the_quoted', 'or_act']
SKIP = {'of', 'and', 'the', 'for', 'to', 'in', 'on', 'a', 'an', 'with', 'by', 'at'}


def acronym(name):
    """The initials of a name's capitalized words before its year ("Americans
    with Disabilities Act of 1990": "ADA"), or None when fewer than two or
    more than eight."""
    base = re.sub(r',? (of )?\d{4}$', '', name)
    letters = [w[0] for w in re.findall(r"[A-Za-z][\w'\u2019-]*", base)
               if w.lower() not in SKIP and w[0].isupper()]
    return ''.join(letters) if 2 <= len(letters) <= 8 else None


def with_acronym(text, form):
    """The name @text written with its acronym in @form (one of FORMS), or
    None when it has none."""
    ab = acronym(text)
    if not form or not ab:
        return None
    m = re.match(r'^(.*) of (\d{4})$', text)
    if form == 'inner' and m:
        return '%s (%s) of %s' % (m.group(1), ab, m.group(2))
    return text + {'inner': ' (%s)', 'paren': ' (%s)', 'square': ' [%s]',
                   'hereinafter': ' (hereinafter %s)',
                   'the_quoted': ' (the \u201c%s\u201d)',
                   'or_act': ' (the \u201c%s\u201d or \u201cAct\u201d)'}[form] % ab
