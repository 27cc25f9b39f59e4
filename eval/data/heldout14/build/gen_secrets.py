"""Build secrets.jsonl (150 rows)."""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import sec_clean
import sec_rows_a
import sec_rows_b

SEED = 140015


def build():
    rows = sec_rows_a.rows() + sec_rows_b.rows() + sec_rows_b.rows_extra() + sec_clean.rows()
    random.Random(SEED).shuffle(rows)
    return [{"id": "sec-%04d" % i, "format": r["format"], "label": r["label"], "category": r["category"],
             "secrets": r["secrets"], "text": r["text"]} for i, r in enumerate(rows, 1)]


def write(path):
    rows = build()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    print("secrets rows:", len(write(os.path.join(os.path.dirname(HERE), "secrets.jsonl"))))
