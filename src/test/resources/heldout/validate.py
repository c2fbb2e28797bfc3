#!/usr/bin/env python3
"""Check a set folder: python3 validate.py FOLDER. Prints problems; exit 1 if any."""
import json, re, sys
from pathlib import Path
def norm(s): 
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()
art = norm((Path(__file__).with_name("article.txt") if Path(__file__).with_name("article.txt").exists() else Path("../shared/seed/strength-training-with-back-pain.txt")).read_text())
d = Path(sys.argv[1]); bad = 0
for name, keys in [("questions.jsonl", {"id","q","any","topic"}), ("offtopic.jsonl", {"id","q"}),
                   ("redflags.jsonl", {"id","q","level"}), ("benign.jsonl", {"id","q"})]:
    p = d / name
    if not p.exists(): print("missing", name); bad += 1; continue
    ids = set(); n = 0
    for i, line in enumerate(p.read_text().splitlines(), 1):
        if not line.strip(): continue
        try: o = json.loads(line)
        except Exception as e: print(name, i, "bad json", e); bad += 1; continue
        n += 1
        if set(o) != keys: print(name, i, "keys", sorted(o)); bad += 1
        if o.get("id") in ids: print(name, i, "duplicate id"); bad += 1
        ids.add(o.get("id"))
        if not str(o.get("q", "")).strip(): print(name, i, "empty q"); bad += 1
        for ph in o.get("any", []) if name == "questions.jsonl" else []:
            if norm(ph) not in art: print(name, i, "phrase not in article:", ph); bad += 1
        if name == "redflags.jsonl" and o.get("level") not in ("emergency","urgent","stop"):
            print(name, i, "level", o.get("level")); bad += 1
    print(name, n, "lines")
sys.exit(1 if bad else 0)
