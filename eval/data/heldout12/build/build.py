"""Rebuild heldout12: python3 build/build.py  (run from anywhere; writes next to build/)."""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import gen_injection  # noqa: E402
import gen_pii  # noqa: E402
import gen_secrets  # noqa: E402

OUT = os.path.dirname(HERE)
SEED = 12012025
FIELDS = {
    "injection": ["id", "format", "lang", "label", "category", "text"],
    "secrets": ["id", "format", "label", "category", "secrets", "text"],
    "pii": ["id", "format", "label", "category", "entities", "text"],
}
PREFIX = {"injection": "inj", "secrets": "sec", "pii": "pii"}


def finish(name, rows, seed):
    r = random.Random(seed)
    r.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        row = dict(row, id="%s-%04d" % (PREFIX[name], i))
        out.append({k: row[k] for k in FIELDS[name]})
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


def counts(rows, key):
    return dict(sorted(collections.Counter(r[key] for r in rows).items()))


def main():
    inj = finish("injection", gen_injection.generate(SEED), SEED + 1)
    sec = finish("secrets", gen_secrets.generate(SEED + 10), SEED + 11)
    pii = finish("pii", gen_pii.generate(SEED + 20), SEED + 21)
    stats = {}
    for name, rows in (("injection.jsonl", inj), ("secrets.jsonl", sec), ("pii.jsonl", pii)):
        st = {"rows": len(rows), "by_label": counts(rows, "label"), "by_category": counts(rows, "category"),
              "by_label_and_category": {lab: counts([x for x in rows if x["label"] == lab], "category") for lab in sorted(set(x["label"] for x in rows))},
              "by_format": counts(rows, "format")}
        if name == "injection.jsonl":
            st["by_lang"] = counts(rows, "lang")
            st["by_lang_and_label"] = {lab: counts([x for x in rows if x["label"] == lab], "lang") for lab in sorted(set(x["label"] for x in rows))}
        if name == "secrets.jsonl":
            st["secret_values_total"] = sum(len(x["secrets"]) for x in rows)
            st["secret_kinds"] = len(set(x["category"] for x in rows if x["label"] == "secret"))
        if name == "pii.jsonl":
            st["entities_total"] = sum(len(x["entities"]) for x in rows)
            st["entities_by_type"] = dict(sorted(collections.Counter(e["type"] for x in rows for e in x["entities"]).items()))
        stats[name] = st
    with open(os.path.join(OUT, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(stats, ensure_ascii=False, indent=2) + "\n")
    print("wrote", len(inj), len(sec), len(pii))


if __name__ == "__main__":
    main()
