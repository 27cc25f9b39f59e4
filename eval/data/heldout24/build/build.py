#!/usr/bin/env python3
"""Assemble heldout24: collect hand-written rows, shuffle with a fixed seed,
assign ids, validate and write ../injection.jsonl. Prints counts."""
import collections
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import inj_en, inj_xx, hn_en, hn_xx, ordinary, extras  # noqa: E402

SEED = 20240624
OUT = os.path.join(HERE, "..", "injection.jsonl")
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")
LANGS = {"en", "es", "fr", "de", "pt", "it", "nl", "pl", "sv", "tr", "ru", "uk",
         "ja", "zh", "ko", "hi", "ar", "vi"}


def main():
    rows = []
    for mod in (inj_en, inj_xx, hn_en, hn_xx, ordinary, extras):
        rows.extend(mod.ROWS)

    # validation
    seen = set()
    for r in rows:
        assert SNAKE.match(r["format"]), r["format"]
        assert r["lang"] in LANGS, r["lang"]
        assert r["label"] in ("injection", "benign")
        assert SNAKE.match(r["category"]), r["category"]
        if r["label"] == "benign":
            assert r["category"] in ("hard_negative", "ordinary")
            assert SNAKE.match(r["kind"]), r["kind"]
        else:
            assert "kind" not in r
        assert r["text"] and r["text"] == r["text"].strip("\n")
        assert r["text"] not in seen, r["text"][:80]
        seen.add(r["text"])

    c = collections.Counter((r["label"], r["category"] if r["label"] == "benign" else "injection") for r in rows)
    assert c[("injection", "injection")] == 100, c
    assert c[("benign", "hard_negative")] == 100, c
    assert c[("benign", "ordinary")] == 40, c
    assert len(rows) == 240

    rng = random.Random(SEED)
    rng.shuffle(rows)

    out_rows = []
    for i, r in enumerate(rows, 1):
        o = {"id": f"h24-{i:04d}", "format": r["format"], "lang": r["lang"],
             "label": r["label"], "category": r["category"]}
        if r["label"] == "benign":
            o["kind"] = r["kind"]
        o["text"] = r["text"]
        out_rows.append(o)

    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for o in out_rows:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    # re-read and check
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert len(back) == 240 and back == out_rows

    md5 = hashlib.md5(open(OUT, "rb").read()).hexdigest()
    report(back, md5)


def report(rows, md5):
    def counter(key, sub=None):
        rs = rows if sub is None else [r for r in rows if sub(r)]
        return collections.Counter(r.get(key) for r in rs)

    print("rows:", len(rows), "md5:", md5)
    print("label:", dict(counter("label")))
    print("category (injection):", dict(counter("category", lambda r: r["label"] == "injection").most_common()))
    print("category (benign):", dict(counter("category", lambda r: r["label"] == "benign")))
    kinds = counter("kind", lambda r: r["label"] == "benign")
    print("distinct kinds:", len(kinds), " hard_negative kinds:",
          len(counter("kind", lambda r: r["category"] == "hard_negative")))
    fmts = counter("format")
    print("distinct formats:", len(fmts))
    for lab in ("injection", "hard_negative", "ordinary"):
        sub = (lambda r, lab=lab: r["label"] == lab) if lab == "injection" else (lambda r, lab=lab: r["category"] == lab)
        lc = counter("lang", sub)
        n = sum(lc.values())
        print(f"lang {lab}: non-en {n - lc['en']}/{n}", dict(lc.most_common()))
    L = sorted(len(r["text"]) for r in rows)
    print("length min/median/max:", L[0], L[len(L) // 2], L[-1],
          " <200:", sum(x < 200 for x in L), " >2500:", sum(x > 2500 for x in L))


if __name__ == "__main__":
    main()
