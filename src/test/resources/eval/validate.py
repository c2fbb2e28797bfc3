#!/usr/bin/env python3
"""Validate the held-out evaluation data in src/test/resources/eval/.

Checks: every line is a JSON object, ids are unique and use the file's prefix,
`q` is a non-empty string, and per file:
  questions.jsonl  - `any` is a non-empty list of phrases, each found in the
                     lowercased, whitespace-normalised article; `topic` known.
  redflags.jsonl   - `level` in emergency|urgent|stop.
Also reports duplicate messages within and across files.

Usage: python3 scripts/validate_eval.py [ARTICLE]
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

EVAL = Path(__file__).resolve().parent
ARTICLE = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(
    "../shared/seed/strength-training-with-back-pain.txt")

TOPICS = {"safety", "research", "contraindications", "frequency", "core", "home",
          "avoid", "weights_reps", "flare_up", "warmup_stretch", "ice", "soreness",
          "towel_stretch", "summary"}
LEVELS = {"emergency", "urgent", "stop"}
FILES = {
    "questions.jsonl": ("q", {"id", "q", "any", "topic"}, 180),
    "offtopic.jsonl": ("o", {"id", "q"}, 100),
    "redflags.jsonl": ("r", {"id", "q", "level"}, 150),
    "benign.jsonl": ("b", {"id", "q"}, 120),
    "smalltalk.jsonl": ("t", {"id", "q"}, 30),
}


def norm(s: str) -> str:
    s = s.lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def main() -> int:
    article = norm(ARTICLE.read_text(encoding="utf-8"))
    errors = []
    seen_q = {}
    for name, (prefix, keys, minimum) in FILES.items():
        path = EVAL / name
        if not path.exists():
            errors.append(f"{name}: missing")
            continue
        ids = set()
        counts = Counter()
        n = 0
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}:{lineno}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON: {e}")
                continue
            if not isinstance(obj, dict) or set(obj) != keys:
                errors.append(f"{where}: keys {sorted(obj) if isinstance(obj, dict) else obj} != {sorted(keys)}")
                continue
            n += 1
            oid = obj["id"]
            if not re.fullmatch(prefix + r"\d{3,}", str(oid)):
                errors.append(f"{where}: bad id {oid!r}")
            if oid in ids:
                errors.append(f"{where}: duplicate id {oid}")
            ids.add(oid)
            q = obj["q"]
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: empty q")
                continue
            key = norm(q)
            if key in seen_q:
                errors.append(f"{where}: duplicate message (also {seen_q[key]}): {q!r}")
            seen_q[key] = where
            if name == "questions.jsonl":
                if obj["topic"] not in TOPICS:
                    errors.append(f"{where}: unknown topic {obj['topic']!r}")
                counts[obj["topic"]] += 1
                phrases = obj["any"]
                if not isinstance(phrases, list) or not phrases:
                    errors.append(f"{where}: `any` must be a non-empty list")
                    continue
                for p in phrases:
                    if not isinstance(p, str) or p != p.lower():
                        errors.append(f"{where}: phrase not lowercase: {p!r}")
                    elif norm(p) not in article:
                        errors.append(f"{where}: phrase not in article: {p!r}")
            elif name == "redflags.jsonl":
                if obj["level"] not in LEVELS:
                    errors.append(f"{where}: bad level {obj['level']!r}")
                counts[obj["level"]] += 1
        if n < minimum:
            errors.append(f"{name}: only {n} rows, need >= {minimum}")
        detail = (" " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))) if counts else ""
        print(f"{name}: {n} rows{detail}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
