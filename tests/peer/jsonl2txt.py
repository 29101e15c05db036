#!/usr/bin/env python3
"""Derive fixtures/peer/cases.txt (plain text, read by tests/peer/run.sh with awk)
from fixtures/peer/citation-js-cases.jsonl.

usage: python3 tests/peer/jsonl2txt.py [IN.jsonl [OUT.txt]]

One block per case, in jsonl order; case N is line N of the jsonl file:

    ### case N: SOURCE :: TEST
    text:
    | first line of the text
    | second line ...
    expect:
    KEY START END
    end

The text is the "| "-prefixed lines joined with newlines, with no newline
after the last one (a text that ends with a newline has a last line "|").
START/END are UTF-8 byte offsets into the text, end exclusive.  A negative
case has no line between "expect:" and "end".  Expectations the peer itself
misses ("peer": "missed") are expectations all the same.
"""
import json
import sys


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "fixtures/peer/citation-js-cases.jsonl"
    dst = sys.argv[2] if len(sys.argv) > 2 else "fixtures/peer/cases.txt"
    out = ["# Derived from citation-js-cases.jsonl by tests/peer/jsonl2txt.py; do not edit.",
           "# Format: see tests/peer/jsonl2txt.py and fixtures/peer/PROVENANCE.md.", ""]
    with open(src, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            r = json.loads(line)
            text = r["text"]
            if "\r" in text:
                sys.exit(f"{src}:{n}: CR in a text; the awk reader would keep it, check first")
            source = r["source"].replace("unitedstates/citation ", "")
            out.append(f"### case {n}: {source} :: {r['test']}")
            out.append("text:")
            for tl in text.split("\n"):
                out.append("| " + tl if tl else "|")
            out.append("expect:")
            b = text.encode("utf-8")
            for e in r["expect"]:
                if b[e["start"]:e["end"]].decode("utf-8") != e["match"]:
                    sys.exit(f"{src}:{n}: offsets {e['start']}-{e['end']} do not give {e['match']!r}")
                if " " in e["key"]:
                    sys.exit(f"{src}:{n}: space in key {e['key']!r}")
                out.append(f"{e['key']} {e['start']} {e['end']}")
            out.append("end")
            out.append("")
    with open(dst, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    print(f"{dst}: {sum(1 for l in out if l.startswith('### case '))} cases")


if __name__ == "__main__":
    main()
