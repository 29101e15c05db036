"""entry_run.py -- the measuring scripts' one way to run the checker on
entries they built (act_places.py, dated_links.py): the entries written one
a line, a blank line between (entry k on line 2k+1), `BIN check -f jsonl`
run on them, and each line's warnings and errors returned.  Python 3
standard library only."""
import json
import os
import subprocess
import tempfile


def diagnostics_by_line(binary, texts, codes=None):
    """{line: [diagnostic, ...]} of `BIN check -f jsonl` on `texts` (entry k
    on line 2k+1): warnings and errors only, of `codes` when given."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "entries.txt")
        with open(path, "w", encoding="utf-8") as f:
            for text in texts:
                f.write(text + "\n\n")
        out = subprocess.run([binary, "check", "-f", "jsonl", path], capture_output=True,
                             text=True).stdout
    by_line = {}
    for line in out.splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        for g in d.get("diagnostics") or []:
            if g.get("severity") in ("warning", "error") and (codes is None or g["code"] in codes):
                by_line.setdefault(d["line"], []).append(g)
    return by_line
