#!/usr/bin/env python3
"""Score statcite's predictions against a gold set (../shared/corpus/FORMAT.md).

usage: score.py GOLD.jsonl PRED.jsonl [NEGATIVES.jsonl] [--errors N] [--types t1,t2]
                [--forms full|short|all] [--new-kinds] [--judged SPANS.jsonl]

As the shared scorer, records of both files are filtered alike: by default
only full citations (no "form", or "form": "full") of the five types
public_law, private_law, usc, bill, stat; --forms and --types select others
(act_section, short forms).  --new-kinds scores act_section citations and
short forms of any type together; --judged scores only the predictions that
overlap a record of SPANS.jsonl (for a partially annotated kind).

Matching rules are those of the shared scorer (../shared/tools/score.py):
a prediction matches a gold record when doc and type are equal, the byte
spans overlap and the keys are equal; one-to-one, greedy: predictions in
order, each taking the unused gold record it overlaps most.  "section-level"
compares keys without their subsections (usc:8/1357(g) -> usc:8/1357) and
bill keys without @congress.  Predictions for documents that have no gold
record are ignored, as there.

Prints, per type and for both levels, gold / pred / TP / P / R / F1; then the
predictions that overlap an annotated look-alike of NEGATIVES.jsonl (spans
that must not be reported); then the first N misses and false positives
(exact keys) with document, offsets and text.  Standard library only.
"""
import json
import re
import sys
from collections import defaultdict


BASE_TYPES = {"public_law", "private_law", "usc", "bill", "stat"}


def load(path, need=("doc", "start", "end", "type", "key"), types=None, forms=None):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{n}: bad JSON: {e}")
            if not all(k in r for k in need):
                continue
            if types and "type" in need and r.get("type") not in types:
                continue
            if forms and forms != "all" and (r.get("form") or "full") != forms:
                continue
            r["doc"] = r["doc"].rsplit("/", 1)[-1]
            out.append(r)
    return out


def coarse(key):
    key = re.sub(r"@\d+$", "", key)
    if key.startswith("usc:"):
        key = re.sub(r"\(.*$", "", key)
    return key


def overlap(a, b):
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def match(gold, pred, keyf):
    """Returns ({pred index: gold index}, set of used gold indices)."""
    by = defaultdict(list)
    for i, g in enumerate(gold):
        by[(g["doc"], g["type"])].append(i)
    used, pairs = set(), {}
    for j, p in enumerate(pred):
        best, bestov = None, 0
        kp = keyf(p["key"])
        for i in by.get((p["doc"], p["type"]), ()):
            if i in used:
                continue
            ov = overlap(gold[i], p)
            if ov > 0 and ov > bestov and keyf(gold[i]["key"]) == kp:
                best, bestov = i, ov
        if best is not None:
            used.add(best)
            pairs[j] = best
    return pairs, used


def prf(tp, npred, ngold):
    p = tp / npred if npred else (1.0 if ngold == 0 else 0.0)
    r = tp / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def table(title, gold, pred, pairs):
    types = sorted({g["type"] for g in gold} | {p["type"] for p in pred})
    print(f"{title}")
    print(f"  {'type':12s} {'gold':>5s} {'pred':>5s} {'TP':>5s} {'P':>7s} {'R':>7s} {'F1':>7s}")
    rows = []
    for t in types:
        ng = sum(1 for g in gold if g["type"] == t)
        npr = sum(1 for p in pred if p["type"] == t)
        tp = sum(1 for j in pairs if pred[j]["type"] == t)
        rows.append((t, ng, npr, tp))
    rows.append(("ALL", len(gold), len(pred), len(pairs)))
    for t, ng, npr, tp in rows:
        p, r, f = prf(tp, npr, ng)
        print(f"  {t:12s} {ng:5d} {npr:5d} {tp:5d} {p:7.4f} {r:7.4f} {f:7.4f}")
    return prf(len(pairs), len(pred), len(gold)), len(pairs)


def show(r):
    text = r.get("text", "")
    return f"{r['doc']}:{r['start']}-{r['end']} {r['type']:11s} {r['key']:24s} {text!r}"


def main():
    args = sys.argv[1:]
    nerr, types = 15, None
    if "--errors" in args:
        i = args.index("--errors")
        nerr = int(args[i + 1])
        del args[i:i + 2]
    if "--types" in args:
        i = args.index("--types")
        types = set(args[i + 1].split(","))
        del args[i:i + 2]
    judged = None
    if "--judged" in args:  # partial annotation: score only predictions overlapping these
        i = args.index("--judged")
        judged = load(args[i + 1], need=("doc", "start", "end"))
        del args[i:i + 2]
    newkinds = "--new-kinds" in args  # act_section (any form) and short forms (any type)
    if newkinds:
        args.remove("--new-kinds")
    forms = "full"
    if "--forms" in args:
        i = args.index("--forms")
        forms = args[i + 1]
        del args[i:i + 2]
    if len(args) not in (2, 3):
        sys.exit(__doc__.split("\n\n")[1])
    if newkinds:
        new = lambda r: r["type"] == "act_section" or r.get("form") == "short"
        gold = [r for r in load(args[0]) if new(r)]
        allpred = [r for r in load(args[1]) if new(r)]
    else:
        types = types or BASE_TYPES
        gold = load(args[0], types=types, forms=forms)
        allpred = load(args[1], types=types, forms=forms)
    docs = {g["doc"] for g in gold}
    pred = [p for p in allpred if p["doc"] in docs]
    if judged is not None:
        unjudged = [p for p in pred
                    if not any(j["doc"] == p["doc"] and overlap(j, p) > 0 for j in judged)]
        pred = [p for p in pred if p not in unjudged]
        print(f"unjudged: {len(unjudged)} predictions overlap no annotated span of these kinds "
              f"(the dev set annotates them partially); not scored")
    negs = load(args[2], need=("doc", "start", "end")) if len(args) == 3 else None

    print(f"gold: {len(gold)} citations in {len(docs)} documents; "
          f"predictions: {len(pred)}" +
          (f" (+{len(allpred) - len(pred)} in documents without gold, ignored)"
           if len(allpred) != len(pred) else ""))
    print()
    pairs, used = match(gold, pred, lambda k: k)
    (p, r, f), tp = table("exact keys", gold, pred, pairs)
    print()
    spairs, _ = match(gold, pred, coarse)
    (sp, sr, sf), stp = table("section-level keys (no subsections, no @congress)", gold, pred, spairs)
    print()

    if negs is not None:
        hits = []
        for j, pr in enumerate(pred):
            for n in negs:
                if n["doc"] == pr["doc"] and overlap(n, pr) > 0:
                    hits.append((pr, n, j in pairs))
        bad = [h for h in hits if not h[2]]
        print(f"negatives: {len(negs)} annotated look-alikes; {len(bad)} predictions overlap one"
              + (f" (+{len(hits) - len(bad)} that are true positives containing one)"
                 if len(hits) != len(bad) else ""))
        for pr, n, _ in bad:
            print(f"  NEG {show(pr)}  ~ {n.get('kind', '?')}: {n.get('text', '')!r}")
        print()

    fns = [gold[i] for i in range(len(gold)) if i not in used]
    fps = [pred[j] for j in range(len(pred)) if j not in pairs]
    def errors(title, tag, items, others, other_name):
        """Lists unmatched records, each with an overlapping one of the other side."""
        print(f"{title}: {len(items)}" + (f" (first {nerr} shown)" if len(items) > nerr else ""))
        for x in items[:nerr]:
            near = [o for o in others if o["doc"] == x["doc"] and overlap(o, x) > 0]
            extra = (f"  <- {other_name} {near[0]['type']} {near[0]['key']!r} "
                     f"{near[0].get('text', '')!r}") if near else ""
            print(f"  {tag}  {show(x)}{extra}")

    errors("misses (gold not found with the exact key)", "FN", fns, pred, "got")
    errors("false positives (predictions matching no gold)", "FP", fps, gold, "gold")
    print()
    print(f"tests/eval/score.py: [exact] ALL P={p:.4f} R={r:.4f} F1={f:.4f} (tp={tp} pred={len(pred)} "
          f"gold={len(gold)})  [section] ALL P={sp:.4f} R={sr:.4f} F1={sf:.4f} (tp={stp})")


if __name__ == "__main__":
    main()
