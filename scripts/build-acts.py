#!/usr/bin/env python3
"""build-acts.py -- extract the Acts table from the U.S. Code's own notes.

usage: scripts/build-acts.py SRC_GIT_DIR [DATA_DIR [SRC_TREE]]

SRC_GIT_DIR is a bare git directory of github junxit/us-congress-code (one
Markdown file per Code section, with "## Source credit" and "## Notes"); its
HEAD is read with `git archive` into a temporary directory (or SRC_TREE, that
HEAD already unpacked, is read).  Writes, in DATA_DIR (default: data/ beside
this script):

  act_sections.tsv   act, path, section -> U.S. Code title, section
                     (from each section's source credit, first element; the
                     UCMJ's articles from the "Art. N." section headings)
  acts.tsv           act, congress, enacted, Statutes at Large volume/page
  act_names.tsv      name, act, scope, source
                     (Short Title notes, "referred to in" notes,
                     data/public_laws.csv short titles)
  usc_transfers.tsv  title, section -> destination title, section, kind
                     (Codification notes of placeholder sections)
  usc_former.tsv     former sections the notes tell of: event, law, date
  usc_added.tsv      title, section -> the law that added it, its section,
                     the laws that amended it (a source credit's "Added
                     Pub. L. ..." first element, and its other elements)
  usc_origin.tsv     title, section -> the day its text entered the
                     statutes (the date of its source credit's first
                     element), and whether a Prior Provisions note says a
                     prior section held its number

Only facts are extracted (citations, numbers, dates, the government's own
names); nothing of the repository's Markdown or prose is kept.  Acts are
identified as "publ:C-N" (a numbered public law), "ch:YYYY-MM-DD:N" (an Act
before public-law numbers, by date and chapter) or "rs" (the Revised
Statutes); "usc:T:ch:N" is a chapter of the Code numbered in articles.
Prints its coverage.  Python 3 standard library only.
"""
import atexit
import collections
import csv
import datetime
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile

from gitsnap import usc_title_of_dir

HERE = os.path.dirname(os.path.abspath(__file__))

MONTHS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "June": 6,
          "July": 7, "Aug": 8, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
MON = r"(Jan|Feb|Mar|Apr|May|June|July|Aug|Sept|Oct|Nov|Dec)\.?"
MON_NC = r"(?:Jan|Feb|Mar|Apr|May|June|July|Aug|Sept|Oct|Nov|Dec)\.?"

# Anchored act references ("Sept. 2" is not "pt. 2": every pattern is
# anchored at the start of the element or after a separator).
RE_PUBL = re.compile(r"Pub\. ?L\. (\d{1,3})[–—-](\d{1,4})\b")
RE_CHAP = re.compile(MON + r" (\d{1,2}), (\d{4}), ch\. (\d{1,4}[A-Z]?)\b")
RE_RS = re.compile(r"R\.S\. §+ ?(\d+[A-Za-z]?)")
RE_STAT = re.compile(r"\b(\d{1,3})[A-Z]? Stat\. (\d{1,5})\b")
# a law's day and page right after it in a note: ", Oct. 22, 1968, 82 Stat. 1320"
RE_REF_PAGE = re.compile(r", " + MON_NC + r" \d{1,2}, \d{4}, (\d{1,3}) Stat\. (\d{1,5})\b")
# path levels that can restart section numbers
LEVEL = re.compile(r"^(div\.|title|subtitle|ch\.|subch\.|pt\.|subpt\.) "
                   r"([A-Z0-9]+(?:–[A-Z0-9]+)?)$")
SECTION = re.compile(r"^§ ([0-9]+[0-9A-Za-z–-]*(?:\([0-9A-Za-z]+\))*)$")

RE_SEC_TOK = re.compile(r"^§ \d+[0-9A-Za-z]*(?:\([0-9A-Za-z]+\))*$")


def by_reference(rest):
    """", § 1(a)(4) [div. B, title I, § 125 [§ 3]], Dec. 21, ..." (the part of a
    law that enacted another Act by reference, and that Act's own path and
    section, nested as often as Acts were) -> the path components
    ["§ 1(a)(4)", "div. B", "title I", "§ 125", "§ 3"], or None."""
    # "§ 101[(a)]": an editorial insertion in the section's number, not an Act
    rest = re.sub(r"(§ \d+[0-9A-Za-z]*)\[(\([0-9a-z]+\))\]", r"\1\2", rest)
    m = re.match(r", ((?:(?:div\.|title|subtitle) [A-Z0-9]+, )*(?:§ [^ ,\[]+|title [IVXLC]+)) ?\[",
                 rest)
    if not m:
        return None
    depth, i = 0, m.end() - 1
    for j in range(i, len(rest)):
        depth += {"[": 1, "]": -1}.get(rest[j], 0)
        if depth == 0:
            break
    else:
        return None
    span = m.group(1) + " " + rest[i:j + 1]
    toks = re.sub(r"\s*\[", ", ", span).replace("]", "").split(", ")
    out = []
    for tok in toks:
        tok = tok.strip()
        lm = LEVEL.match(tok)
        if lm:
            out.append("%s %s" % (lm.group(1), lm.group(2)))
        elif RE_SEC_TOK.match(tok):
            out.append(norm_dash(tok))
        else:
            return None
    return out

MONTH_NAMES = ("January February March April May June July August September "
               "October November December").split()


def norm_dash(s):
    return s.replace("–", "-").replace("—", "-")


def publ_key(m):
    """The key of the numbered law an RE_PUBL match cites: "publ:C-N"."""
    return "publ:%d-%d" % (int(m.group(1)), int(m.group(2)))


def chap_day(m):
    """The day of the Act an RE_CHAP match cites: "YYYY-MM-DD"."""
    return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(1)], int(m.group(2)))


def chap_key(m):
    """The key of the Act an RE_CHAP match cites: "ch:YYYY-MM-DD:N"."""
    return "ch:%s:%s" % (chap_day(m), m.group(4))


def laws_in(text):
    """The keys of every law TEXT cites: "publ:C-N", "ch:YYYY-MM-DD:N"."""
    return {publ_key(m) for m in RE_PUBL.finditer(text)} | \
        {chap_key(m) for m in RE_CHAP.finditer(text)}


def law_order(key):
    """Sort key of a law's key: the chapters by date, then the numbered laws."""
    if key.startswith("publ:"):
        return (1, "") + tuple(int(v) for v in key[5:].split("-"))
    return (0, key, 0, 0)


def act_from_ref(text):
    """The act named at the start of TEXT: (key, date, rest) or None."""
    m = RE_PUBL.match(text)
    if m:
        return publ_key(m), None, text[m.end():]
    m = RE_CHAP.match(text)
    if m:
        return chap_key(m), chap_day(m), text[m.end():]
    if text.startswith("R.S."):
        return "rs", None, text[4:]
    return None


def added_by(credit):
    """The law a section's credit says added it -- "(Added Pub. L. 93-579,
    § 3, Dec. 31, 1974, ...)": ("publ:93-579", "3") -- or None (another
    first element, or no law and section in it).  A law enacted by
    reference ("§ 1(a)(6) [title I, § 126]") gives its bracketed section."""
    c = credit.strip().lstrip("(").rstrip(".)")
    first = split_top(c, "; ")[0].strip()
    if not first.startswith("Added "):
        return None
    a = act_from_ref(first[6:])
    if not a or a[0] == "rs":
        return None
    key, _, rest = a
    cut = re.search(r",? (as added|as amended|formerly|renumbered|redesignated|and amended|"
                    r"transferred)\b", rest)
    head = rest[:cut.start()] if cut else rest
    if "[" in head:
        toks = by_reference(head)
        if not toks or not toks[-1].startswith("§ "):
            return None
        return key, toks[-1][2:]
    for tok in head.split(", "):
        m = SECTION.match(tok.strip())
        if m:
            return key, norm_dash(m.group(1))
    return None


def split_top(s, sep):
    """Splits S at SEP outside [] brackets."""
    out, depth, cur = [], 0, []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        if depth == 0 and s.startswith(sep, i):
            out.append("".join(cur))
            cur = []
            i += len(sep)
            continue
        cur.append(c)
        i += 1
    out.append("".join(cur))
    return out


def credit_origin(credit, positive):
    """The day (YYYY-MM-DD) of a source credit's first element -- when the
    section's text entered the statutes ("Pub. L. 101-336, § 2, July 26,
    1990", "as added Pub. L. 94-73, ..., Aug. 6, 1975") -- or None: a first
    element without a day (the Revised Statutes, "R.S. § 1979"), or in a
    positive-law title a first element that is the title's codification
    (the sections were in the Code before it; only "Added Pub. L. ..."
    counts there)."""
    first = split_top(credit.strip().lstrip("("), ";")[0].strip()
    if first.startswith("R.S.") or (positive and not first.startswith("Added Pub. L.")):
        return None
    m = RE_DATE.search(first)
    if not m:
        return None
    return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(1)], int(m.group(2)))


def parse_credit(credit):
    """From a source credit, the classification of the section:
    (act, path, section, stat_volume, stat_page, date) or a reason string."""
    c = credit.strip()
    if c.startswith("("):
        c = c[1:]
    c = c.rstrip(".)")
    first = split_top(c, "; ")[0].strip()
    if first.startswith(("Added", "Amended", "As amended")):
        return "added"                 # a section added to a title by an amending Act
    a = act_from_ref(first)
    if not a:
        return "noact"
    key, date, rest = a
    # the Act is the one named before "as added"; stop there
    cut = re.search(r",? (as added|as amended|formerly|renumbered|"
                    r"redesignated|and amended|transferred)\b", rest)
    head = rest[:cut.start()] if cut else rest
    if "[" in head:
        # enacted by reference: "Pub. L. 106-554, § 1(a)(6) [title I, § 101]" is
        # § 101 of title I of the Act that § 1(a)(6) of Pub. L. 106-554 enacted
        toks = by_reference(head) if key != "rs" else None
        if not toks or not toks[-1].startswith("§ ") or len(toks) < 2:
            return "bracket"
        path, section = toks[:-1], toks[-1][2:]
        st = RE_STAT.search(head)
        vol, page = (int(st.group(1)), int(st.group(2))) if st else (0, 0)
        return key, ", ".join(path), section, vol, page, date
    if key == "rs":
        m = RE_RS.match(first)
        if not m:
            return "nosection"
        return key, "", m.group(1), 0, 0, None
    path, section = [], None
    for tok in head.split(", "):
        tok = tok.strip()
        if not tok:
            continue
        m = LEVEL.match(tok)
        if m and section is None:
            path.append("%s %s" % (m.group(1), m.group(2)))
            continue
        m = SECTION.match(tok)
        if m:
            section = norm_dash(m.group(1))
            # what follows ("title X, § 10104(i)") amends it within the Act
            break
        if tok.startswith("§§"):
            return "multisection"
    if section is None:
        return "nosection"
    st = RE_STAT.search(head)
    vol, page = (int(st.group(1)), int(st.group(2))) if st else (0, 0)
    # "§ 117, formerly § 6" already gives the current number; otherwise an
    # element that itself renumbers the section ("; renumbered § 5, Pub. L.
    # ...") does (the last one).  A "renumbered" inside an amending Act's
    # element is about that Act's own section.
    if not re.search(r"\bformerly\b", first):
        for el in split_top(c, "; ")[1:]:
            m = re.match(r"renumbered (?:(?:title|div\.) [A-Z0-9]+, )?§ "
                         r"([0-9]+[0-9A-Za-z–-]*)(?:,| and\b| by\b|$)", el.strip())
            if m:
                section = norm_dash(m.group(1))
    return key, ", ".join(path), section, vol, page, date


# ------------------------------------------------------------------ names

RE_QUOTED = re.compile(r"[‘“]([^’”]{3,200})[’”]")
RE_ST_REF = re.compile(
    r"(?:(?<=^)|(?<=[.”] )|(?<=\. ))(?:Section \d+[a-z]?(?:\([a-z0-9]+\))* of )?"
    r"((?:Pub\. ?L\. \d+[–—-]\d+|(?:Act|Joint Res\.) " + MON_NC + r" \d{1,2}, \d{4}, ch\. \d+[A-Z]?)"
    r"[^“”]{0,600}?)provided(?: in part)?(?: that)?:? (?:“([^‘”]{0,120}?))?(?:That )?[‘“]?(?:[Tt]his|[Ss]uch) "
    r"(Act|act|joint resolution|title|subtitle|division|part|chapter|subchapter|section)\b"
    r"([^”]{0,3000}?)may be cited as ((?:the |either the )?[‘“][^”]*?)(?:”|\.\s*$)")
# what in a Short Title note's citation says a later law gave the name
RE_LATER_NAME = re.compile(r"\bas (?:added|amended)\b|\b(?:renumbered|redesignated|formerly)\b")
# "The Uniform Code of Military Justice, referred to in ..., is classified to
# chapter 47 (§ 801 et seq.) of this title": a name of a chapter of the Code
RE_REF_CHAPTER = re.compile(
    r"(?:^|(?<=\. ))(?:The )?([A-Z][^.;“”]{2,160}?(?:Act|Code|Justice|Rules)), referred to in "
    r"(?:(?!\. [A-Z])[^”]){0,200}?, is classified (?:generally |principally )?to chapter "
    r"(\d+[A-Z]?) \(§ \d+[0-9a-z]* et seq\.\) of (this title|Title (\d+))")
# a section heading that numbers an article of a Code chapter: "§ 850a. Art. 50a. ..."
RE_ARTICLE = re.compile(r"^§ [0-9a-z]+\. (?:Art\.|Article) (\d+[a-z]?)\. ")

RE_BODY_ST = re.compile(
    r"(?:^|\* )This (chapter|subchapter|Act|title) may be cited as ((?:the |either the )?“[^”]*”"
    r"(?: or (?:the )?“[^”]*”)*)")
RE_REF_TO = re.compile(
    r"(?:^|(?<=\. ))(?:The )?([A-Z][^.;“”]{2,160}?(?:Act|Code|Amendments|Resolution)"
    r"(?: of \d{4})?(?:, \d{4})?), (?:as amended, )?referred to in (?:(?!\. [A-Z])[^”]){0,200}?, "
    r"(?:is|are) ((?:(?:title|subtitle|div\.|division|part) [A-Z0-9]+ of )*)"
    r"(Pub\. ?L\. \d+[–—-]\d+|act " + MON_NC + r" \d{1,2}, \d{4}, ch\. \d+[A-Z]?)"
    r"((?:, (?:div\.|title|subtitle) [A-Z0-9]+)*)")
# "Section 203 of the Flood Control Act of 1958, referred to in subsec. (a), is
# section 203 of Pub. L. 85-500, title II": the same groups
RE_REF_TO_SEC = re.compile(
    r"(?:^|(?<=\. ))Sections? \d+[0-9A-Za-z]*(?:\([0-9A-Za-z]+\))* of (?:the )?"
    r"([A-Z][^.;“”]{2,160}?(?:Act|Code|Amendments|Resolution)(?: of \d{4})?(?:, \d{4})?), "
    r"(?:as amended, )?referred to in (?:(?!\. [A-Z])[^”]){0,200}?, (?:is|are) sections? "
    r"\d+[0-9A-Za-z]*(?:\([0-9A-Za-z]+\))* of ((?:(?:title|subtitle|div\.|division|part) [A-Z0-9]+ of )*)"
    r"(Pub\. ?L\. \d+[–—-]\d+|act " + MON_NC + r" \d{1,2}, \d{4}, ch\. \d+[A-Z]?)"
    r"((?:, (?:div\.|title|subtitle) [A-Z0-9]+)*)")

# "Public Law 117-169, referred to in ..., is Pub. L. 117-169, Aug. 16, 2022,
# 136 Stat. 1818, popularly known as the Inflation Reduction Act of 2022";
# "act Mar. 9, 1933, ch. 1, 48 Stat. 1, popularly known as the Emergency
# Banking and Bank Conservation Act": the law itself (its date and page may
# follow, and a "which enacted ..." clause), never a section or title of it
RE_POPULAR = re.compile(
    r"(?:\bis |\bare |^|(?<=\. )|(?<=\())"
    r"(Pub\. ?L\. \d+[–—-]\d+|act " + MON_NC + r" \d{1,2}, \d{4}, ch\. \d+[A-Z]?)"
    r"(?:, " + MON_NC + r" \d{1,2}, \d{4})?(?:, \d+ Stat\. \d+)?,? "
    r"(?:which (?:(?!Pub\. ?L\.|\bact [A-Z]|ch\. \d)[^;“”()]){0,300}?, )?"
    r"(?:is |and is |also |is also )?popularly known as (?:the )?“?"
    r"([A-Z][^.;“”,]{2,160}?(?:Act|Law|Amendments|Resolution)(?: of \d{4})?)(?=”|[,.;)]|$)")

RE_POPULAR_NAME = re.compile(r"[A-Z][^.;“”,]{2,160}?(?:Act|Law|Amendments|Resolution)(?: of \d{4})?"
                             r"(?=”|[,.;)]|$)")


def popular_names(para, at):
    """The names from PARA[at:] on: "X Act", "X Act and also as the Y Act",
    "“X Act” or the “Y Act”" (up to the end of the sentence)."""
    out = []
    for piece in re.split(r"”?,? (?:and|or) (?:also )?(?:as )?(?:the )?“?", para[at:at + 400]):
        m = RE_POPULAR_NAME.match(piece)
        if not m or (m.end() < len(piece) and piece[m.end()] not in "”,.;)"):
            break
        n = clean_name(m.group(0))
        if looks_like_name(n):
            out.append(n)
        if m.end() < len(piece) and piece[m.end()] in ".;)":
            break
    return out


def ref_scope(ref, unit):
    """The scope a short-title note names: '' for the whole Act, else the
    path of the unit ("title I", "div. B, title II")."""
    ref = ref.split(", as added")[0]
    ref = ref.split(", as amended")[0]
    unit = unit.lower()
    if unit in ("act", "joint resolution") and "[" not in ref:
        return ""
    whole = unit in ("act", "joint resolution")
    want = None if whole else {"title": "title", "subtitle": "subtitle", "division": "div.",
                               "part": "pt.", "chapter": "ch.", "subchapter": "subch.",
                               "section": None}[unit]
    if want is None and not whole:
        return None
    levels = []
    # skip the act reference itself ("Act June 27, 1952, ch. 477," has a ch.)
    a = act_from_ref(re.sub(r"^(Act|Joint Res\.) ", "", ref))
    if not a:
        return None
    rest = a[2]
    toks = by_reference(rest)
    if toks:
        # an Act enacted by reference: its scope starts with the enacting part;
        # the last § is the short-title section of the Act itself
        if toks[-1].startswith("§ "):
            toks = toks[:-1]
        if whole:
            return ", ".join(toks)
        levels = toks
    elif "[" in rest.split(" Stat.")[0]:
        return None                     # a bracket form not understood
    elif whole:
        return ""
    else:
        for tok in rest.split(", "):
            m = LEVEL.match(tok.strip())
            if m:
                levels.append("%s %s" % (m.group(1), m.group(2)))
    # the innermost unit of that kind ("title I, § 101(a) [title VIII, § 801]":
    # "This title" of the Act enacted by reference is its title VIII)
    for k in range(len(levels) - 1, -1, -1):
        if want and levels[k].startswith(want + " "):
            return ", ".join(levels[:k + 1])
    return None


def name_key(n):
    """The key src/act_norm.h makes of a name (case, quotes, periods, commas,
    dashes, blanks, a leading "the", "for fiscal year")."""
    k = re.sub(r"[‘’“”'\".,`]", "", n).replace("–", "-").replace("—", "-")
    k = re.sub(r"\s+", " ", k).strip()
    k = "".join(c.lower() if "A" <= c <= "Z" else c for c in k)
    if k.startswith("the ") and len(k) > 4:
        k = k[4:]
    return re.sub(r" (?:for )?fiscal year (\d{4})$", r" \1", k)


def clean_name(n):
    n = n.replace("[sic] ", "").strip().strip("‘’“”").strip()
    n = re.sub(r"\s+", " ", n)
    return n.rstrip(",. ")


# A name ends at a closing quote that is not an apostrophe: one followed by
# the end of the quotation, punctuation, or " or the ‘" / " and ‘" ("‘Soldiers’
# and Sailors’ Civil Relief Act’").
CLOSE = r"(?:”|’(?=[”.,;:)\[\]]|\s*$|\s+\(|\s+(?:or|and)\s+(?:as\s+)?(?:the\s+)?[‘“]))"
RE_FIRST_NAME = re.compile(r"\s*(?:either )?(?:the )?[‘“]((?:(?!" + CLOSE + r")[^”‘“]){3,200})" + CLOSE)
RE_MORE_NAME = re.compile(r",?\s*(?:or|and|,)\s+(?:as )?(?:the )?[‘“]((?:(?!" + CLOSE
                          + r")[^”‘“]){3,200})" + CLOSE)


def names_of(cited):
    """The names right after 'may be cited as': "the ‘X’ or the ‘Y’"."""
    m = RE_FIRST_NAME.match(cited)
    out = []
    while m:
        out.append(clean_name(m.group(1)))
        m = RE_MORE_NAME.match(cited, m.end())
    return out


def title_year_impossible(t, enacted):
    """A short title ending in a year more than ten years from its law's
    enactment ("Poison Prevention Packaging Act of 1070" for a law of 1970):
    a typo of the record, no name (tools/gen_refdata.c does the same)."""
    m = re.search(r" (\d{4})\.?$", t)
    return bool(m and enacted[:4].isdigit() and abs(int(m.group(1)) - int(enacted[:4])) > 10)


RE_AMEND_SUBSEC = re.compile(r"Subsecs?\. ((?:\([a-z0-9]+\)(?:, | and |,? and )?)+)\. "
                             r"Pub\. L\. (\d+)[–—-](\d+)\b")


def body_title_added_by(body, at, notes):
    """The laws that added the subsection of a section's text whose short
    title begins at BODY[at] ("- **(c)** *Short title* This chapter may be
    cited as ..."), as the section's Amendments note says ("Subsecs. (b),
    (c). Pub. L. 100-153, § 4(3), added subsecs. (b) and (c)"): a name
    such a law gave (25 U.S.C. 1401's, 1987), not the Act's own as enacted."""
    line = body[body.rfind("\n", 0, at) + 1:at]
    d = re.search(r"\*\*\(([a-z0-9]+)\)\*\*", line)
    if not d or not notes:
        return set()
    want = "(%s)" % d.group(1)
    out = set()
    for m in RE_AMEND_SUBSEC.finditer(notes):
        if want not in m.group(1):
            continue
        rest = notes[m.end():m.end() + 160]
        nx = rest.find("Pub. L.")
        rest = rest[:nx] if nx >= 0 else rest
        if re.search(r"\badded\b[^;]*" + re.escape(want), rest):
            out.add("publ:%s-%s" % (m.group(2), m.group(3)))
    return out


def looks_like_name(n):
    if len(n) < 4 or len(n) > 200:
        return False
    # "the 1990 Act", "such Act": a reference, not a name
    if re.match(r"(?:The )?(?:\d{4}|[Ss]aid|[Ss]uch|[Tt]his|[Tt]hat|[Ff]irst|[Ss]econd) "
                r"(?:Act|Amendments|Code)$", n):
        return False
    if not re.match(r"[‘“]?[A-Z0-9]", n):  # "‘Six Triple Eight’ Congressional Gold Medal Act"
        return False
    # a name and words of its text: "Deficit Reduction Act of 1984, as amended
    # by section 13567(b) of ...", "Alaska Statehood Act as amended by this
    # Act", "Trading With the Enemy Act, as amended, and such Act"
    if re.search(r"\bas (?:amended|added)\b|\b(?:this|such) Act\b", n):
        return False
    # "Section 202 Supportive Housing for the Elderly Act of 2010" is a name
    # ("Section N" and a capitalized word); "Section 5 of the X Act" is not
    if re.match(r"(This|Such|Section|Sections|Title|Subtitle|Part|Chapter|"
                r"Division|That|Act|Acts|Its|The Act)\b", n) and \
            not re.match(r"Section \d+[A-Za-z]? (?!Of\b)[A-Z]", n):
        return False
    return True


# -------------------------------------------------------------- transfers

RE_XFER = re.compile(
    r"\bSection(?: (\d+[0-9A-Za-z–-]*))?(?:,(?:(?!Section )[^;]){0,500}?,)? (?:was |has been )?"
    r"(editorially reclassified|transferred|renumbered)(?: successively)? (?:as |to )?"
    r"section (\d+[0-9A-Za-z–-]*) of (this title|Title (\d+))")


# A Code section the notes say is gone: "section 1807(c) of this title, prior
# to repeal by Pub. L. ...", "was classified to section 11394 of this title,
# prior to repeal by", "was transferred to section 402 of this title and was
# repealed by act Aug. 13, 1953".
RE_FORMER = re.compile(
    r"\bsections? (\d+[0-9A-Za-z]*(?:[–-]\d+[0-9A-Za-z]*)?)(?:\([^)]*\))* of "
    r"(this title|Title (\d+))(?:, [^.;]{0,80}?)??,? (?:which was |and (?:was )?|was |were )?"
    r"(?:subsequently )?(?:prior to (?:its |the |their )?)?"
    r"(repeal|repealed|renumbering|renumbered|transfer|transferred|omission|omitted)\b"
    r"(?: (?:by|in) (?:Pub\. L\. (\d+)[–—-](\d+)|act (" + MON_NC + r" \d{1,2}, \d{4})))?")
RE_DATE = re.compile(MON + r" (\d{1,2}), (\d{4})")
# a Prior Provisions note's "A prior section 9852a, ..." / "Prior sections ...": the
# section's number held another text before (an old edition's section of that
# number is that one)
RE_PRIOR_SECTION = re.compile(r"\b[Pp]rior sections?\b")
EVENT = {"repeal": "repealed", "renumbering": "renumbered", "transfer": "transferred",
         "omission": "omitted"}


def read_file(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def sections_of(text):
    """(front matter dict, heading, credit text, notes text)."""
    fm = {}
    if text.startswith("---"):
        end = text.find("\n---", 3)
        for line in text[3:end].splitlines():
            if ":" in line:
                k, v = line.split(":", 1)
                fm[k.strip()] = v.strip()
    m = re.search(r"^# (.*)$", text, re.M)
    heading = m.group(1) if m else ""
    credit = notes = ""
    m = re.search(r"^## Source credit\s*\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    if m:
        credit = m.group(1).strip()
    m = re.search(r"^## Notes\s*\n(.*)\Z", text, re.M | re.S)
    if m:
        notes = m.group(1)
    return fm, heading, credit, notes


def load_csv(path, delim):
    with open(path, encoding="utf-8") as f:
        rows = [l for l in f if not l.startswith("#")]
    return list(csv.DictReader(rows, delimiter=delim))


def merge_acts(rows, names, merged):
    """The section rows and the name votes with each Act in `merged` replaced
    by the Act it is merged into (votes and sources of a name summed)."""
    rows = [(merged.get(r[0], r[0]),) + tuple(r[1:]) for r in rows]
    new_names = collections.defaultdict(lambda: [0, set(), set()])
    for (n, act, scope), (votes, srcs, by) in names.items():
        e = new_names[(n, merged.get(act, act), scope)]
        e[0] += votes
        e[1] |= srcs
        e[2] |= {merged.get(x, x) for x in by}
    return rows, new_names


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    git_dir = sys.argv[1]
    data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "data")
    commit = subprocess.check_output(["git", "--git-dir", git_dir, "rev-parse",
                                      "HEAD"], text=True).strip()
    when = subprocess.check_output(["git", "--git-dir", git_dir, "log", "-1",
                                    "--format=%cs"], text=True).strip()
    today = datetime.date.today().isoformat()

    positive = set()
    for r in load_csv(os.path.join(data, "usc_titles.csv"), ","):
        if r["positive_law"] == "yes":
            positive.add(r["title"])
    usc, current = set(), set()
    for r in load_csv(os.path.join(data, "usc_sections.tsv"), "\t"):
        usc.add((r["title"], r["section"]))
        if r["status"] == "active" and r["in_current_release"] == "yes":
            current.add((r["title"], r["section"]))
    publaws = {}
    for r in load_csv(os.path.join(data, "public_laws.csv"), ","):
        publaws["publ:%s-%s" % (r["congress"], r["law_number"])] = r
    # each law's first page, to know a note's slip of a law's number by the
    # page it gives ("The Arms Export Control Act ... is Pub. L. 90-269, Oct.
    # 22, 1968, 82 Stat. 1320": 90-629's page and day)
    law_at_page = {(r["stat_volume"], r["stat_page"]): k for k, r in publaws.items()}
    slipped_refs = []
    # the Acts of the 1st-81st Congresses by date and chapter: their first
    # page, and (57th-81st) their public-law number (historic_laws.csv)
    hist = {}
    hpath = os.path.join(data, "historic_laws.csv")
    if os.path.exists(hpath):
        with open(hpath, encoding="utf-8") as f:
            for r in csv.DictReader(l for l in f if not l.startswith("#")):
                if r["kind"] == "ch" and r["date"] and r["page"].isdigit():
                    hist.setdefault("ch:%s:%s" % (r["date"], r["number"]), []).append(
                        (r["volume"], r["page"], r["congress"], r["publ"]))
    terms = []
    for r in load_csv(os.path.join(data, "congresses.csv"), ","):
        terms.append((r["start_date"], r["end_date"], int(r["congress"])))

    # SRC_TREE (optional 3rd argument): HEAD of SRC_GIT_DIR already unpacked
    if len(sys.argv) > 3:
        tmp = sys.argv[3]
    else:
        tmp = tempfile.mkdtemp(prefix="build-acts.")
        atexit.register(shutil.rmtree, tmp, True)  # (the unpacked tree: gone at exit)
        subprocess.check_call("git --git-dir '%s' archive HEAD | tar -x -C '%s'"
                              % (git_dir, tmp), shell=True)

    rows = []                       # (act, path, section, title, usc section)
    added = {}                      # (title, section) -> (law, its section): "Added Pub. L. ..."
    origin = {}                     # (title, section) in force -> (day, prior section noted)
    codified = collections.defaultdict(collections.Counter)  # positive-law title -> first days
    amends = collections.defaultdict(set)  # act -> the laws its sections' credits name after it
    reasons = collections.Counter()
    act_date, act_stat = {}, collections.defaultdict(list)
    # (name, act, scope) -> votes, sources, the other laws a Short Title
    # note that is not the Act's own names in its credit (named_by)
    names = collections.defaultdict(lambda: [0, set(), set()])
    transfers = {}
    former = collections.defaultdict(collections.Counter)
    articles, chapter_names = [], collections.Counter()
    rs_named = 0
    for d in sorted(os.listdir(tmp)):
        title = usc_title_of_dir(d)
        if title is None:
            continue
        for root, _, files in os.walk(os.path.join(tmp, d)):
            for fn in files:
                if not fn.endswith(".md"):
                    continue
                text = read_file(os.path.join(root, fn))
                fm, heading, credit, notes = sections_of(text)
                sec = norm_dash(fm.get("section", ""))
                if not sec:
                    continue
                # ---- articles of a Code chapter (the UCMJ's "Art. 50a." headings)
                am = RE_ARTICLE.match(heading)
                if am and (title, sec) in current and fm.get("chapter"):
                    articles.append(("usc:%s:ch:%s" % (title, fm["chapter"]), am.group(1),
                                     title, sec))
                # ---- when its text entered the statutes
                if credit and (title, sec) in current:
                    day = credit_origin(credit, title in positive)
                    if day:
                        origin[(title, sec)] = (day, bool(RE_PRIOR_SECTION.search(notes)))
                    elif title in positive:
                        # the day of its codification: the title's enacting law
                        # (the first element of most of its credits)
                        day = credit_origin(credit, False)
                        if day:
                            codified[title][day] += 1
                # ---- classification from the source credit
                if credit:
                    p = parse_credit(credit)
                    if p == "added" and (title, sec) in current:
                        a = added_by(credit)
                        if a and a[0].startswith("publ:"):  # (a numbered law's)
                            later = sorted({publ_key(m) for m in RE_PUBL.finditer(credit)} -
                                           {a[0]}, key=law_order)
                            added[(title, sec)] = (a[0], a[1], " ".join(later))
                    if isinstance(p, str):
                        reasons[p] += 1
                    elif title in positive:
                        reasons["positive-law title"] += 1
                    elif (title, sec) not in current:
                        # a repealed, omitted or transferred section (or a
                        # range placeholder): its credit is history
                        reasons["not a current section"] += 1
                    else:
                        act, path, asec, vol, page, date = p
                        rows.append((act, path, asec, title, sec))
                        # "as added Pub. L. 88-206, ...; amended Pub. L. 91-604":
                        # the laws that added to or amended the Act
                        for m in RE_PUBL.finditer(credit):
                            law = publ_key(m)
                            if law != act:
                                amends[act].add(law)
                        # ... and those of the 57th-81st Congresses cited by
                        # date and chapter ("amended June 29, 1938, ch. 810"),
                        # by the public-law number the Statutes at Large give
                        for m in RE_CHAP.finditer(credit):
                            ch = chap_key(m)
                            h = hist.get(ch, [])
                            if ch != act and len(h) == 1 and h[0][3]:
                                amends[act].add("publ:%s-%s" % (h[0][2], h[0][3]))
                        if date:
                            act_date[act] = date
                        if vol:
                            act_stat[act].append((vol, page))
                        reasons["classified"] += 1
                else:
                    reasons["no credit"] += 1
                # the Act's own short-title section, as the Code sets it out
                if not isinstance(p if credit else None, (str, type(None))):
                    body = text[:text.find("## Source credit")]
                    for m in RE_BODY_ST.finditer(body):
                        by = body_title_added_by(body, m.start(), notes)
                        for n in names_of(m.group(2)):
                            if looks_like_name(n):
                                e = names[(n, p[0], "" if m.group(1) == "chapter" and not p[1] else p[1])]
                                e[0] += 1
                                e[1].add("short-title")
                                e[2] |= by - {p[0]}
                if not notes:
                    continue
                # ---- names
                for para in notes.split("\n"):
                    para = para.replace("[‘]", "‘").replace("[’]", "’").replace(
                        "cited as [the] ", "cited as the ")
                    if "may be cited as" in para:
                        for m in RE_ST_REF.finditer(para):
                            ref = m.group(1)
                            r2 = re.sub(r"^(Act|Joint Res\.) ", "", ref)
                            a = act_from_ref(r2)
                            if not a:
                                continue
                            scope = ref_scope(ref, m.group(3))
                            if scope is None:
                                continue
                            # "Title III of this Act may be cited as": that title
                            pre = re.search(r"(\S+(?: [^ ]+)?) of $", m.group(2) or "")
                            if pre:
                                tm = re.fullmatch(r"(?:Title|title) ([IVXLC]+)", pre.group(1))
                                if not tm or scope:
                                    continue
                                scope = "title " + tm.group(1)
                            if a[1]:
                                act_date.setdefault(a[0], a[1])
                            # the Act's own title as enacted: the note's section
                            # is the Act's own, not one a later law added or
                            # amended to name it ("Act July 14, 1955, ch. 360, §
                            # 317, as added by Pub. L. 88-206, ..., provided that:
                            # ... the 'Clean Air Act'"; "[which was known as the
                            # X Act of 1969 prior to the amendment by ...]")
                            own = not RE_LATER_NAME.search(ref) and \
                                "known as" not in (m.group(4) or "")
                            for n in names_of(m.group(5) + "”"):
                                if looks_like_name(n):
                                    e = names[(n, a[0], scope)]
                                    e[0] += 1
                                    e[1].add("short-title")
                                    if own:
                                        e[1].add("own-title")
                                    else:  # the laws that added or amended the name
                                        e[2].update(laws_in(ref) - {a[0]})
                    if "referred to in" in para and "is classified" in para:
                        for m in RE_REF_CHAPTER.finditer(para):
                            to_t = title if m.group(3) == "this title" else m.group(4)
                            chapter_names[(clean_name(m.group(1)), "usc:%s:ch:%s" % (
                                to_t, m.group(2)))] += 1
                    if "referred to in" in para:
                        for m in itertools.chain(RE_REF_TO.finditer(para),
                                                 RE_REF_TO_SEC.finditer(para)):
                            # "is section 701 of title VII of Pub. L. ...": where the
                            # section is, not what the name covers
                            of_section = m.re is RE_REF_TO_SEC
                            n = clean_name(m.group(1))
                            if not looks_like_name(n):
                                continue
                            ref = m.group(3)
                            a = act_from_ref(ref[4:] if ref.startswith("act ") else ref)
                            if not a:
                                continue
                            # (the law's own day and page right after it: not a part
                            # "as added by" another law, whose page that is)
                            pg = RE_REF_PAGE.match(para, m.end())
                            if a[0].startswith("publ:") and pg and a[0] in publaws:
                                own = publaws[a[0]]
                                other = law_at_page.get((pg.group(1), pg.group(2)))
                                if other and other != a[0] and \
                                        (own["stat_volume"], own["stat_page"]) != pg.groups():
                                    slipped_refs.append((n, a[0], other))
                                    continue  # the number a slip: the page is another law's
                            lv = [x.strip() for x in m.group(2).split(" of ") if x.strip()]
                            lv = [re.sub(r"^division ", "div. ", x) for x in lv]
                            lv = [re.sub(r"^part ", "pt. ", x) for x in lv]
                            # "is Pub. L. 102-575, title XVIII, Oct. 30, 1992"
                            lv = list(reversed(lv)) + [x for x in m.group(4).split(", ") if x]
                            # "title III of Pub. L. 105-277, div. C": outermost first
                            rank = {"div.": 0, "title": 1, "subtitle": 2, "pt.": 3}
                            lv.sort(key=lambda x: rank.get(x.split(" ")[0], 9))
                            scope = "" if of_section else ", ".join(lv)
                            e = names[(n, a[0], scope)]
                            e[0] += 1
                            e[1].add("referred-to")
                            if a[1]:
                                act_date.setdefault(a[0], a[1])
                            st = RE_STAT.search(para[m.end():m.end() + 40])
                            if st and not lv and a[0].startswith("ch:"):
                                act_stat[a[0]].append((int(st.group(1)), int(st.group(2))))
                    if "popularly known as" in para:
                        for m in RE_POPULAR.finditer(para):
                            a = act_from_ref(m.group(1)[4:] if m.group(1).startswith("act ")
                                             else m.group(1))
                            if not a:
                                continue
                            for n in popular_names(para, m.start(2)):
                                e = names[(n, a[0], "")]
                                e[0] += 1
                                e[1].add("popular-name")
                            if a[1]:
                                act_date.setdefault(a[0], a[1])
                rs_named += notes.count("of the Revised Statutes")
                # ---- former sections
                for m in RE_FORMER.finditer(notes):
                    to_t = title if m.group(2) == "this title" else m.group(3)
                    ev = EVENT.get(m.group(4), m.group(4))
                    law, date = "", ""
                    if m.group(5):
                        law = "publ:%d-%d" % (int(m.group(5)), int(m.group(6)))
                    if m.group(7):
                        dm = RE_DATE.match(m.group(7))
                    else:
                        dm = RE_DATE.search(notes, m.end(), m.end() + 160) if law else None
                    if dm:
                        date = "%s-%02d-%02d" % (dm.group(3), MONTHS[dm.group(1)], int(dm.group(2)))
                    former[(to_t, norm_dash(m.group(1)))][(ev, law, date)] += 1
                # ---- transfers
                if "Section" in notes:
                    for m in RE_XFER.finditer(notes):
                        # "Section 1973 was ..." or "Section, Pub. L. ..., was ..."
                        if m.group(1) and norm_dash(m.group(1)) != sec:
                            continue
                        to_t = title if m.group(4) == "this title" else m.group(5)
                        kind = {"editorially reclassified": "reclassified"}.get(
                            m.group(2), m.group(2))
                        transfers.setdefault((title, sec), (to_t, norm_dash(m.group(3)), kind))
    if own:
        subprocess.call(["rm", "-rf", tmp])

    # ---- one Act cited under two dates: chapters are numbered anew each
    # session and rise with the date, so the same chapter number in the same
    # year within 10 days is one Act, and the other date a misprint.  Keep
    # the date with the most evidence (classified sections and notes).
    evidence = collections.Counter(r[0] for r in rows)
    for (n, act, scope), (votes, _, _) in names.items():
        evidence[act] += votes
    by_chap = collections.defaultdict(list)
    for act in set(evidence) | set(act_date):
        if act.startswith("ch:"):
            _, d, ch = act.split(":")
            by_chap[(d[:4], ch)].append(act)
    merged = {}
    for group in by_chap.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda a: (-evidence[a], a))
        keep = group[0]
        kd = datetime.date.fromisoformat(keep.split(":")[1])
        for a in group[1:]:
            if abs((datetime.date.fromisoformat(a.split(":")[1]) - kd).days) <= 10:
                merged[a] = keep
    if merged:
        rows, names = merge_acts(rows, names, merged)
        for a in [a for a in amends if a in merged]:
            amends[merged[a]] |= amends.pop(a)
        for a in merged:
            act_stat.pop(a, None)

    # ---- Acts of the 82nd-84th Congresses have a chapter and a public-law
    # number; the Code cites them by date and chapter ("June 27, 1952,
    # ch. 477" is Pub. L. 82-414).  The law enacted that day whose first page
    # is the last one not after the Act's lowest page the Code cites (in the
    # same volume) is the Act; with no page, the only law of that day.
    laws_on = collections.defaultdict(list)
    for k, r in publaws.items():
        if r["stat_volume"] and r["stat_page"]:
            laws_on[r["enacted"]].append((int(r["stat_volume"]), int(r["stat_page"]), k))
        else:
            laws_on[r["enacted"]].append((0, 0, k))
    chapter_of = {}
    for act in sorted(set(evidence) | set(act_date)):
        if not act.startswith("ch:") or act in merged:
            continue
        d = act.split(":")[1]
        cands = laws_on.get(d)
        if not cands:
            continue
        pick = None
        if act_stat.get(act):
            vol, page = min(act_stat[act])
            before = [c for c in cands if c[0] == vol and c[1] <= page]
            if before:
                pick = max(before)[2]
        elif len(cands) == 1:
            pick = cands[0][2]
        if not pick:
            # the law of that day whose short title is a name of the Act
            mine = {n.lower() for (n, a, sc) in names if a == act}
            same = [c[2] for c in cands
                    if publaws[c[2]].get("short_title", "").strip().lower() in mine]
            if len(same) == 1:
                pick = same[0]
        if pick:
            merged[act] = pick
            chapter_of[pick] = "%s ch. %s" % (d, act.split(":")[2])
    if chapter_of:
        rows, names = merge_acts(rows, names, merged)
        for a in [a for a in amends if a in merged]:
            amends[merged[a]] |= amends.pop(a)

    # ---- public_laws.csv short titles
    for k, r in publaws.items():
        t = r.get("short_title", "").strip()
        # "the Outdoor Recreation Resources Review Act": the article is the
        # sentence's, not the name's (name_key drops it the same way)
        t = re.sub(r"^the\s+", "", t)
        if t.startswith("<") and t.endswith(">"):  # "<Bipartisan Budget Act of 2015>"
            t = t[1:-1]
        if t and looks_like_name(t) and not title_year_impossible(t, r.get("enacted", "")):
            e = names[(t, k, "")]
            e[1].add("public_laws.csv")

    # ---- spellings of one name of one Act ("The Foreign Assistance Act of 1961",
    # "Foreign Assistance Act of 1961") are one row: the spelling most notes use
    groups = collections.defaultdict(list)
    for (n, act, scope) in names:
        groups[(name_key(n), act, scope)].append(n)
    merged_names = collections.defaultdict(lambda: [0, set(), set()])
    for (k, act, scope), spellings in groups.items():
        best = max(spellings, key=lambda n: (names[(n, act, scope)][0], not n.startswith("The "),
                                             "public_laws.csv" in names[(n, act, scope)][1], n))
        e = merged_names[(best, act, scope)]
        for n in spellings:
            e[0] += names[(n, act, scope)][0]
            e[1] |= names[(n, act, scope)][1]
            e[2] |= names[(n, act, scope)][2]
    names = merged_names

    # ---- classification: one target per (act, path, section); the path keeps
    # the levels that can restart section numbers (div., title, subtitle)
    def levels(path):
        return ", ".join(x for x in path.split(", ")
                         if x.split(" ")[0] in ("div.", "title", "subtitle", "§"))
    by_key = collections.defaultdict(set)
    for act, path, asec, t, s in rows:
        by_key[(act, levels(path), asec)].add((t, s))
    ambiguous = {k for k, v in by_key.items() if len(v) > 1}
    out_rows = sorted((act, path, asec) + next(iter(v))
                      for (act, path, asec), v in by_key.items() if len(v) == 1)
    dropped_collapse = 0

    # ---- the Revised Statutes, as the notes name them ("section 1979 of the
    # Revised Statutes")
    if rs_named:
        e = names[("Revised Statutes", "rs", "")]
        e[0] += rs_named
        e[1].add("referred-to")

    # ---- a chapter of the Code numbered in articles is an Act of its own: its
    # name from the notes, article N -> the section whose heading says "Art. N."
    art_chapters = {a[0] for a in articles}
    for act, art, t, sec in articles:
        out_rows.append((act, "", art, t, sec))
    out_rows.sort()
    for (n, act), votes in chapter_names.items():
        if act in art_chapters and looks_like_name(n):
            e = names[(n, act, "")]
            e[0] += votes
            e[1].add("referred-to")

    acts_used = {r[0] for r in out_rows} | {k[1] for k in names}

    def congress_of(date):
        for s, e, c in terms:
            if s <= date <= e:
                last = c
        return last if any(s <= date <= e for s, e, _ in terms) else 0

    # ---- write
    hdr = ("# Source: github junxit/us-congress-code @%s (%s, OLRC release point "
           "119-102), extracted %s by scripts/build-acts.py.\n"
           "# Facts only (citations, numbers, dates, the Code's own names); "
           "U.S. Government works. See data/README.md.\n" % (commit[:12], when, today))
    with open(os.path.join(data, "act_sections.tsv"), "w", encoding="utf-8") as f:
        f.write(hdr)
        f.write("# From each section's source credit (first element; the Act named "
                "before \"as added\"); path: the Act's division/title/subtitle. "
                "Positive-law titles, Act sections credited for several Code sections, "
                "and sections added by amending Acts are left out. usc:T:ch:N: a Code chapter "
                "numbered in articles (the UCMJ), from its \"Art. N.\" headings.\n")
        f.write("act\tpath\tsection\ttitle\tusc_section\n")
        for r in out_rows:
            f.write("\t".join(r) + "\n")
    principal = {}
    for (n, act, scope), (votes, srcs, _) in names.items():
        if scope:
            continue
        rank = (("short-title" in srcs) * 2 + ("public_laws.csv" in srcs), votes,
                -len(n), n)
        if act not in principal or rank > principal[act][0]:
            principal[act] = (rank, n)
    with open(os.path.join(data, "acts.tsv"), "w", encoding="utf-8") as f:
        f.write(hdr)
        f.write("# congress, enacted, stat_volume, stat_page: public_laws.csv for "
                "numbered laws; else the date in the Code's citation and the chapter's "
                "first page in historic_laws.csv, or (not on record there) the lowest "
                "Statutes at Large page the Code cites for the Act. chapter: how the "
                "Code cites a numbered law of the 82nd-84th Congress (date ch. N).\n")
        f.write("act\tchapter\tcongress\tenacted\tstat_volume\tstat_page\tname\n")
        for act in sorted(acts_used):
            c = d = v = p = ""
            if act.startswith("publ:"):
                r = publaws.get(act)
                c = act[5:].split("-")[0]
                if r:
                    d, v, p = r["enacted"], r["stat_volume"], r["stat_page"]
            elif act.startswith("ch:"):
                d = act_date.get(act, act.split(":")[1])
                cg = congress_of(d)
                c = str(cg) if cg else ""
                h = hist.get(act, [])
                if len(h) == 1:  # the chapter's own first page, on record
                    v, p = h[0][0], h[0][1]
                elif act_stat.get(act):
                    v, p = (str(x) for x in min(act_stat[act]))
            nm = principal.get(act, (None, ""))[1]
            f.write("\t".join([act, chapter_of.get(act, ""), c, d, v, p, nm]) + "\n")
    with open(os.path.join(data, "act_names.tsv"), "w", encoding="utf-8") as f:
        f.write(hdr)
        f.write("# source: short-title (Short Title notes; own-title beside it when "
                "the note's section is the Act's own as enacted, not added or amended "
                "by a later law), referred-to (\"X, "
                "referred to in ..., is ...\" notes), popular-name (\"Pub. L. ..., "
                "popularly known as X\" notes), public_laws.csv (its "
                "short_title); several joined by '+'. votes: notes naming it. "
                "named_by: the other laws the credit of a Short Title note that is "
                "not the Act's own (a later law added or amended it) cites -- the "
                "laws that gave or changed the name -- space-separated.\n")
        f.write("name\tact\tscope\tsource\tvotes\tnamed_by\n")
        for (n, act, scope) in sorted(names, key=lambda k: (k[0].lower(), k)):
            votes, srcs, by = names[(n, act, scope)]
            by = sorted(by - {act}, key=law_order)
            f.write("\t".join([n, act, scope, "+".join(sorted(srcs)), str(votes),
                               " ".join(by)]) + "\n")
    namend = 0
    with open(os.path.join(data, "act_amendments.tsv"), "w", encoding="utf-8") as f:
        f.write(hdr)
        f.write("# The numbered laws a section's source credit names after the Act it "
                "classifies the section to (\"as added Pub. L. ...\", \"amended Pub. L. "
                "...\"; an Act of the 57th-81st Congress cited by date and chapter, by its "
                "public-law number in historic_laws.csv): laws that added to or amended "
                "the Act, for every Act act_sections.tsv classifies sections to, named "
                "or not.\n")
        f.write("act\tlaw\n")
        for act in sorted(amends):
            for law in sorted(amends[act], key=law_order):
                if law != act:
                    f.write(act + "\t" + law + "\n")
                    namend += 1
    print("amendments: %d (Act, law) pairs" % namend)
    with open(os.path.join(data, "usc_transfers.tsv"), "w", encoding="utf-8") as f:
        f.write(hdr)
        f.write("# From the Codification notes of each section (\"Section N was "
                "editorially reclassified as section M of Title T\").\n")
        f.write("title\tsection\tto_title\tto_section\tkind\n")
        for (t, s), (tt, ts, k) in sorted(transfers.items(), key=lambda x: (x[0], x[1])):
            f.write("\t".join([t, s, tt, ts, k]) + "\n")

    with open(os.path.join(data, "usc_added.tsv"), "w", encoding="utf-8") as f:
        f.write(hdr)
        f.write("# The law that added each section in force, as its source credit's first "
                "element says (\"Added Pub. L. 93-579, § 3, ...\"), that law's section, and "
                "the other numbered laws the credit names (amended: its later elements); the "
                "sections of every title, positive-law titles too, that a numbered law added.\n")
        f.write("title\tsection\tlaw\tlaw_section\tamended_by\n")
        for (t, sct), (law, lsec, later) in sorted(added.items()):
            f.write("\t".join([t, sct, law, lsec, later]) + "\n")
    print("added: %d sections in force with the law that added them" % len(added))

    with open(os.path.join(data, "usc_origin.tsv"), "w", encoding="utf-8") as f:
        f.write(hdr)
        f.write("# The day each section in force entered the statutes: the date of its source "
                "credit's first element (its enacting law's, or the law that added it), for "
                "the sections whose first element has one -- not the Revised Statutes', nor "
                "a positive-law title's codification (only its sections \"Added Pub. L. ...\"); "
                "prior: a Prior Provisions note names a prior section (the number held "
                "another text before); codified: the day before which an edition may have "
                "numbered the title otherwise -- a positive-law title's enactment as one (the "
                "first element of most of its sections' credits), in another the first Act "
                "that enacted 150 of its sections or 40% of them.\n")
        f.write("title\tsection\tentered\tprior\tcodified\n")
        # the day before which an edition may have numbered the title otherwise:
        # a positive-law title's codification; in another title the first Act
        # that enacted a great part of its sections (150 or more, or 40% of those
        # with a day: the Internal Revenue Code of 1954 in title 26, the Public
        # Health Service Act of 1944 in 42) -- an older edition's section of that
        # number may be another text
        cod = {t: c.most_common(1)[0][0] for t, c in codified.items()}
        firsts = collections.defaultdict(collections.Counter)
        for (t, sct), (day, prior) in origin.items():
            firsts[t][day] += 1
        for t, c in firsts.items():
            tot = sum(c.values())
            big = [d for d, n in c.items() if n >= 150 or (n >= 10 and n >= 0.4 * tot)]
            if big and t not in cod:
                cod[t] = min(big)
        for (t, sct), (day, prior) in sorted(origin.items()):
            f.write("\t".join([t, sct, day, "yes" if prior else "", cod.get(t, "")]) + "\n")
    print("origin: %d sections in force with the day they entered the statutes, %d with a "
          "prior section noted" % (len(origin), sum(1 for v in origin.values() if v[1])))

    nformer = 0
    with open(os.path.join(data, "usc_former.tsv"), "w", encoding="utf-8") as f:
        f.write(hdr)
        f.write("# Sections the notes say were repealed, renumbered, transferred or omitted "
                "and that usc_sections.tsv (release points since 113-21) does not have: "
                "event, the law that did it, its date (public_laws.csv's when known).\n")
        f.write("title\tsection\tevent\tlaw\tdate\n")
        for (t, sec) in sorted(former):
            if (t, sec) in usc:
                continue
            # the sighting most notes agree on; one naming a law and date first
            (ev, law, date), _ = max(former[(t, sec)].items(),
                                     key=lambda kv: (kv[1], bool(kv[0][1]), bool(kv[0][2]), kv[0]))
            if law in publaws and publaws[law]["enacted"]:
                date = publaws[law]["enacted"]
            f.write("\t".join([t, sec, ev, law, date]) + "\n")
            nformer += 1

    # ---- coverage
    print("credits:", dict(reasons))
    print("classified (act, section) rows: %d (ambiguous keys dropped: %d, "
          "collapsed: %d)" % (len(out_rows), len(ambiguous), dropped_collapse))
    print("acts with a classified section: %d; acts in acts.tsv: %d"
          % (len({r[0] for r in out_rows}), len(acts_used)))
    misdated = sorted((a, b) for a, b in merged.items() if not b.startswith("publ:"))
    print("Acts cited under a misprinted date, merged: %d (%s)" % (
        len(misdated), ", ".join("%s=%s" % kv for kv in misdated[:6])))
    print("Acts cited by date and chapter that are numbered public laws: %d" % len(chapter_of))
    print("Code chapters numbered in articles: %s (%d articles)" % (
        ", ".join(sorted(art_chapters)), len(articles)))
    print("\"referred to\" notes whose law number is a slip (the page is another law's): %d %s"
          % (len(slipped_refs), sorted(set(slipped_refs))[:8]))
    print("names: %d rows, %d distinct names"
          % (len(names), len({k[0] for k in names})))
    missing = sum(1 for r in out_rows if (r[3], r[4]) not in usc)
    print("rows whose U.S. Code section is not in usc_sections.tsv: %d" % missing)
    print("former sections not in usc_sections.tsv: %d" % nformer)
    print("transfers: %d (%s)" % (len(transfers),
          dict(collections.Counter(v[2] for v in transfers.values()))))
    per_act = collections.Counter(r[0] for r in out_rows)
    for n in ("Immigration and Nationality Act", "Social Security Act",
              "Fair Labor Standards Act of 1938", "National Labor Relations Act",
              "Employee Retirement Income Security Act of 1974",
              "Civil Rights Act of 1964", "Americans with Disabilities Act of 1990",
              "Rehabilitation Act of 1973", "Clean Air Act",
              "Federal Water Pollution Control Act", "Endangered Species Act of 1973",
              "National Environmental Policy Act of 1969", "Securities Act of 1933",
              "Securities Exchange Act of 1934", "Civil Rights Act of 1968",
              "United States Housing Act of 1937", "Higher Education Act of 1965",
              "Individuals with Disabilities Education Act",
              "Elementary and Secondary Education Act of 1965",
              "Communications Act of 1934", "Homeland Security Act of 2002",
              "Voting Rights Act of 1965", "Fair Housing Act"):
        acts = {k[1] for k in names if k[0] == n}
        print("  %-50s %s" % (n, ", ".join("%s=%d" % (a, per_act[a]) for a in sorted(acts))
                               or "NOT NAMED"))


if __name__ == "__main__":
    main()
