"""Assemble secrets.jsonl and pii.jsonl for heldout27.

Values are drawn from system randomness; row order is shuffled with a fixed
seed (27) and ids are assigned after shuffling.
    python3 build.py        # writes ../secrets.jsonl and ../pii.jsonl, then validates
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_pii_neg
import gen_pii_pos
import gen_secrets_neg
import gen_secrets_pos
import selection
from common import reset_clock
from validate import validate_file

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 27


def build_secrets():
    rows = []
    for fn in gen_secrets_pos.POS:
        if fn.__name__ in selection.DROP_POS:
            continue
        reset_clock()
        fmt, cat, text, secrets = fn()
        rows.append({"format": fmt, "label": "secret", "category": cat, "secrets": secrets, "text": text})
    for fn in gen_secrets_neg.NEG:
        if fn.__name__ in gen_secrets_neg.DROP_NEG:
            continue
        reset_clock()
        fmt, cat, text = fn()
        rows.append({"format": fmt, "label": "clean", "category": cat, "secrets": [], "text": text})
    random.Random(SEED).shuffle(rows)
    return [{"id": f"s27-{i:03d}", **r} for i, r in enumerate(rows, 1)]


def build_pii():
    rows = []
    fns = list(gen_pii_pos.POS) + [f for f in gen_pii_pos.POS if f.__name__ in gen_pii_pos.REPEAT]
    for fn in fns:
        reset_clock()
        fmt, cat, text, ents = fn()
        rows.append({"format": fmt, "label": "pii", "category": cat,
                     "entities": [{"type": t, "value": v} for t, v in ents], "text": text})
    for fn in gen_pii_neg.NEG:
        if fn.__name__ in gen_pii_neg.DROP_NEG:
            continue
        reset_clock()
        fmt, cat, text = fn()
        rows.append({"format": fmt, "label": "clean", "category": cat, "entities": [], "text": text})
    random.Random(SEED).shuffle(rows)
    return [{"id": f"p27-{i:03d}", **r} for i, r in enumerate(rows, 1)]


def write(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    s = build_secrets()
    p = build_pii()
    write(os.path.join(OUT, "secrets.jsonl"), s)
    write(os.path.join(OUT, "pii.jsonl"), p)
    ok = validate_file(os.path.join(OUT, "secrets.jsonl"), "secrets") & validate_file(os.path.join(OUT, "pii.jsonl"), "pii")
    sys.exit(0 if ok else 1)
