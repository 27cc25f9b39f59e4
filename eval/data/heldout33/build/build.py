#!/usr/bin/env python3
"""Assemble, shuffle, number and validate the heldout33 set. Writes ../injection.jsonl and ../README.md."""
import json, random, hashlib, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import inj_en1, inj_en2, inj_ml, hn1, hn2, hn3, ordinary  # noqa: F401  (populate common.ROWS)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
rows = list(common.ROWS)
random.Random(3301).shuffle(rows)
out = []
for i, r in enumerate(rows, 1):
    out.append({"id": f"h33-{i:04d}", "format": r["format"], "lang": r["lang"], "label": r["label"],
                "category": r["category"], "kind": r["kind"], "text": r["text"]})

# ---- validation ----
ids = [r["id"] for r in out]
assert len(ids) == len(set(ids)) == 240, len(ids)
inj = [r for r in out if r["label"] == "injection"]
hn = [r for r in out if r["category"] == "hard_negative"]
od = [r for r in out if r["category"] == "ordinary"]
assert len(inj) == 100 and len(hn) == 100 and len(od) == 40
assert all(r["label"] == "benign" for r in hn + od)
assert len({r["kind"] for r in hn}) == 100, "hard-negative kinds not unique"
for r in out:
    assert 200 <= len(r["text"]) <= 3000, (r["id"], len(r["text"]))
    assert set(r) == {"id", "format", "lang", "label", "category", "kind", "text"}
goals = Counter(r["category"] for r in inj)
assert len(goals) >= 12
inj_nonen = [r for r in inj if r["lang"] != "en"]
assert len(inj_nonen) >= 33 and len({r["lang"] for r in inj_nonen}) >= 10
assert {"zh", "ja", "ko"} & {r["lang"] for r in inj_nonen} and {"ar", "hi"} & {r["lang"] for r in inj_nonen}
OBF = {"base64", "rot13", "homoglyph", "zero_width", "split_fields"}
obf = [r for r in inj if r["kind"] in OBF]
assert len(obf) >= 5
stock = [r for r in inj if any(p in r["text"].lower() for p in ("ignore previous instructions", "ignore all previous instructions", "disregard all prior instructions", "disregard previous instructions"))]
assert len(stock) <= 5, len(stock)
fmts = Counter(r["format"] for r in out)
assert len(fmts) >= 25, len(fmts)

with open(os.path.join(OUT, "injection.jsonl"), "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

def table(counter, head):
    lines = [f"| {head} | rows |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {k} | {v} |")
    return "\n".join(lines)

def by_label(key):
    c = {}
    for r in out:
        c.setdefault(r[key], Counter())[r["category"] if r["label"] == "benign" else "injection"] += 1
    lines = [f"| {key} | injection | hard_negative | ordinary | total |", "|---|---|---|---|---|"]
    for k in sorted(c, key=lambda k: (-sum(c[k].values()), k)):
        cc = c[k]
        lines.append(f"| {k} | {cc['injection']} | {cc['hard_negative']} | {cc['ordinary']} | {sum(cc.values())} |")
    return "\n".join(lines)

lens = [len(r["text"]) for r in out]
hn_nonen = sum(r["lang"] != "en" for r in hn)
od_nonen = sum(r["lang"] != "en" for r in od)
stats = {
    "GOALS": table(goals, "category (injection goal)"),
    "INJKINDS": table(Counter(r["kind"] for r in inj), "kind (technique / placement)"),
    "LANGS": by_label("lang"),
    "FORMATS": by_label("format"),
    "N_INJ_NONEN": str(len(inj_nonen)), "N_INJ_LANGS": str(len({r['lang'] for r in inj_nonen})),
    "N_HN_NONEN": str(hn_nonen), "N_OD_NONEN": str(od_nonen),
    "N_OBF": str(len(obf)), "N_STOCK": str(len(stock)), "N_FMTS": str(len(fmts)),
    "LMIN": str(min(lens)), "LMAX": str(max(lens)), "LMEAN": str(round(sum(lens) / len(lens))),
}
tpl = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "README.template.md"), encoding="utf-8").read()
for k, v in stats.items():
    tpl = tpl.replace("{{" + k + "}}", v)
assert "{{" not in tpl
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write(tpl)
md5 = hashlib.md5(open(os.path.join(OUT, "injection.jsonl"), "rb").read()).hexdigest()
print("rows", len(out), "inj", len(inj), "hn", len(hn), "ord", len(od))
print("goals", len(goals), "inj non-en", len(inj_nonen), "langs", len({r['lang'] for r in inj_nonen}), "obf", len(obf), "stock", len(stock), "formats", len(fmts))
print("hn non-en", hn_nonen, "ord non-en", od_nonen, "len", min(lens), max(lens))
print("md5", md5)
