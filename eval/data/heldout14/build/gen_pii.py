"""Build pii.jsonl (150 rows)."""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pii_clean
import pii_rows_a
import pii_rows_b

SEED = 140016


def build():
    rows = pii_rows_a.rows() + pii_rows_b.rows() + pii_clean.rows()
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "pii-%04d" % i, "format": r["format"], "label": r["label"], "category": r["category"],
                    "entities": r["entities"], "text": r["text"], "_phone_formats": r["_phone_formats"]})
    return out


def write(path):
    rows = build()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            r = {k: v for k, v in r.items() if not k.startswith("_")}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    print("pii rows:", len(write(os.path.join(os.path.dirname(HERE), "pii.jsonl"))))
