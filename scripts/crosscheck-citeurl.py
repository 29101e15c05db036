#!/usr/bin/env python3
"""crosscheck-citeurl.py -- compare data/act_sections.tsv with CiteURL's
hand-made tables of Act sections (github raindrum/citeurl, MIT; its file
citeurl/templates/specific federal laws.yaml), facts only, nothing kept.

usage: scripts/crosscheck-citeurl.py CITEURL_GIT_DIR [DATA_DIR]

Prints, per Act, how many sections both tables have, how many agree, and
each disagreement.  Python 3 standard library only.
"""
import collections
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# CiteURL's template name -> the name act_names.tsv knows the Act by
ACTS = {
    "Immigration & Nationality Act": "Immigration and Nationality Act",
    "National Labor Relations Act": "National Labor Relations Act",
    "Endangered Species Act": "Endangered Species Act of 1973",
    "Clean Air Act": "Clean Air Act",
    "Clean Water Act": "Federal Water Pollution Control Act",
    "Fair Housing Act": "Fair Housing Act",
    "Americans With Disabilities Act": "Americans with Disabilities Act of 1990",
    "Securities Act of 1933": "Securities Act of 1933",
    "Securities Exchange Act of 1934": "Securities Exchange Act of 1934",
}


def act_keys(data):
    """name -> the Act most notes give it to."""
    best = {}
    with open(os.path.join(data, "act_names.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("name\t"):
                continue
            name, act, scope, src, votes = line.rstrip("\n").split("\t")
            if name in ACTS.values() and (name not in best or int(votes) > best[name][0]):
                best[name] = (int(votes), act)
    return {k: v[1] for k, v in best.items()}


def main():
    git_dir = sys.argv[1]
    data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "data")
    commit = subprocess.check_output(["git", "--git-dir", git_dir, "rev-parse", "HEAD"],
                                     text=True).strip()
    yaml = subprocess.check_output(
        ["git", "--git-dir", git_dir, "show",
         "HEAD:citeurl/templates/specific federal laws.yaml"], text=True)
    ours = collections.defaultdict(dict)
    with open(os.path.join(data, "act_sections.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("act\t"):
                continue
            act, path, sec, title, usc = line.rstrip("\n").split("\t")
            ours[act].setdefault(sec.lower(), set()).add((title, usc))
    keys = act_keys(data)
    print("CiteURL @%s" % commit[:12])
    tot_both = tot_agree = 0
    name = title = None
    for line in yaml.splitlines():
        m = re.match(r"^(\S[^:]*):\s*$", line)
        if m:
            name, title = m.group(1), None
            continue
        m = re.match(r"^\s+title: '(\d+)'", line)
        if m:
            title = m.group(1)
        m = re.match(r"^\s+lookup: \{(.*)\}\s*$", line)
        if not m or name not in ACTS:
            continue
        pairs = re.findall(r"'([\w.-]+)'\s*:\s*'([\w.-]+)'", m.group(1))
        act = keys[ACTS[name]]
        both = agree = 0
        diffs, missing = [], []
        for sec, usc in pairs:
            have = ours[act].get(sec.lower())
            if not have:
                missing.append("%s->%s" % (sec, usc))
                continue
            both += 1
            if (title, usc) in have:
                agree += 1
            else:
                diffs.append("%s: CiteURL %s/%s, credits %s" % (
                    sec, title, usc, ", ".join("%s/%s" % x for x in sorted(have))))
        only_them = len(pairs) - both
        print("%-32s CiteURL %3d, both %3d, agree %3d, only CiteURL %3d"
              % (name, len(pairs), both, agree, only_them))
        for d in diffs:
            print("    " + d)
        if missing:
            print("    only CiteURL: " + " ".join(missing))
        tot_both += both
        tot_agree += agree
    print("total: both %d, agree %d" % (tot_both, tot_agree))


if __name__ == "__main__":
    main()
