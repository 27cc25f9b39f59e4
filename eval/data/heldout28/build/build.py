"""Assemble /work/newsets/heldout28/injection.jsonl from the hand-written row modules.

Run:  python3 build.py
Rows: inj_a..inj_d (100 injection), neg_a..neg_c (100 hard negatives), ord_a (40 ordinary).
Shuffled with random.Random(2028), then numbered h28-0001..h28-0240.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(os.path.dirname(HERE), "injection.jsonl")

import inj_a, inj_b, inj_c, inj_d, neg_a, neg_b, neg_c, ord_a  # noqa: E402

MODULES = [inj_a, inj_b, inj_c, inj_d, neg_a, neg_b, neg_c, ord_a]

# Stock jailbreak / override phrases (English plus the equivalents used in this set's languages).
STOCK = re.compile(
    r"ignore (all )?(the )?(previous|prior|above) (instructions|prompts?)"
    r"|disregard (all |the |any )?(previous|prior|above|earlier)"
    r"|system prompt|you are now|jailbreak|(?-i:\bDAN\b)|developer mode"
    r"|これまでの指示を(すべて)?無視|忽略(之前|以上|所有)的?指令|이전 지시를? 무시"
    r"|ignoriere (alle )?(vorherigen|bisherigen) anweisungen"
    r"|ignorez (toutes )?les instructions précédentes"
    r"|ignora (todas )?las instrucciones anteriores",
    re.IGNORECASE,
)


def stock(text):
    return bool(STOCK.search(text))


def load():
    rows = []
    for m in MODULES:
        rows.extend(m.ROWS)
    return rows


def check(rows):
    labels = [r["label"] for r in rows]
    assert len(rows) == 240, len(rows)
    assert labels.count("injection") == 100
    assert sum(1 for r in rows if r.get("category") == "hard_negative") == 100
    assert sum(1 for r in rows if r.get("category") == "ordinary") == 40
    for r in rows:
        assert r["text"] and r["format"] and r["lang"] and r["category"]
        if r["label"] == "benign":
            assert r.get("kind")
        else:
            assert "kind" not in r
    inj = [r for r in rows if r["label"] == "injection"]
    assert sum(1 for r in inj if not stock(r["text"])) >= 95
    assert len({r["kind"] for r in rows if r.get("category") == "hard_negative"}) >= 60
    assert len({r["format"] for r in rows}) >= 100
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate texts"


def main():
    rows = load()
    check(rows)
    random.Random(2028).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            obj = {"id": f"h28-{i:04d}", "format": r["format"], "lang": r["lang"],
                   "label": r["label"], "category": r["category"]}
            if r["label"] == "benign":
                obj["kind"] = r["kind"]
            obj["text"] = r["text"]
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
