"""Assemble secrets.jsonl and pii.jsonl for heldout29.

Usage: python3 gen.py   (writes ../secrets.jsonl and ../pii.jsonl)
All key material and personal values are drawn fresh from system randomness on each run.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import secrets as _secrets  # noqa: E402

import pii_clean  # noqa: E402
import pii_rows_a  # noqa: E402
import pii_rows_b  # noqa: E402
import secret_clean  # noqa: E402
import secret_rows  # noqa: E402
from common import reset_clock  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def shuffled(items):
    items = list(items)
    _secrets.SystemRandom().shuffle(items)
    return items


def build(pos_fns, neg_fns, prefix, pos_label, list_key):
    rows = []
    for fn in pos_fns:
        reset_clock()
        r = fn()
        r["label"] = pos_label
        rows.append(r)
    for fn in neg_fns:
        reset_clock()
        r = fn()
        r["label"] = "clean"
        assert r[list_key] == []
        rows.append(r)
    rows = shuffled(rows)
    outl = []
    for i, r in enumerate(rows, 1):
        outl.append({"id": f"{prefix}-{i:03d}", "format": r["format"], "label": r["label"], "category": r["category"],
                     list_key: r[list_key], "text": r["text"]})
    return outl


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    s = build(secret_rows.ROWS, secret_clean.ROWS, "s29", "secret", "secrets")
    p = build(pii_rows_a.ROWS + pii_rows_b.ROWS, pii_clean.ROWS, "p29", "pii", "entities")
    write(os.path.join(OUT, "secrets.jsonl"), s)
    write(os.path.join(OUT, "pii.jsonl"), p)
    print("wrote", len(s), "secret rows and", len(p), "pii rows")
