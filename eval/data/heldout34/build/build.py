#!/usr/bin/env python3
"""Build heldout34: collect hand-written rows, shuffle with a fixed seed, number, validate, write."""
import json, os, random, sys, collections, hashlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import inj_en, inj_ml, inj_more, hn1, hn2, hn3, ordinary  # noqa: F401  (modules register rows)

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "injection.jsonl")
SEED = 34034

rows = list(common.ROWS)
random.Random(SEED).shuffle(rows)
out = []
for i, r in enumerate(rows, 1):
    out.append({"id": f"h34-{i:04d}", "format": r["format"], "lang": r["lang"], "label": r["label"],
                "category": r["category"], "kind": r["kind"], "text": r["text"]})

# ---------------- validation ----------------
errs = []
ids = [r["id"] for r in out]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
inj = [r for r in out if r["label"] == "injection"]
hn = [r for r in out if r["category"] == "hard_negative"]
od = [r for r in out if r["category"] == "ordinary"]
if (len(out), len(inj), len(hn), len(od)) != (240, 100, 100, 40):
    errs.append(f"counts {len(out)} {len(inj)} {len(hn)} {len(od)}")
if any(r["label"] != "benign" for r in hn + od): errs.append("benign label mismatch")
if len({r["kind"] for r in hn}) != len(hn): errs.append("hard-negative kinds not unique")
for r in out:
    n = len(r["text"])
    if not 200 <= n <= 3000: errs.append(f"{r['id']} length {n}")
    if not r["text"].strip(): errs.append(f"{r['id']} empty")
goals = {r["category"] for r in inj}
if len(goals) < 12: errs.append(f"only {len(goals)} goals")
inj_non_en = [r for r in inj if r["lang"] != "en"]
if len(inj_non_en) < 33: errs.append("too few non-English injections")
if len({r["lang"] for r in inj_non_en}) < 10: errs.append("too few injection languages")
for need in (("zh", "ja", "ko"), ("ar", "hi")):
    if not any(r["lang"] in need for r in inj): errs.append(f"missing one of {need}")
obf_kinds = {"base64_in_code_comment", "rot13_in_post", "zero_width_chars", "homoglyph_text",
             "split_across_fields", "base64_attachment_name", "base64_in_email", "split_html_attributes"}
obf = [r for r in inj if r["kind"] in obf_kinds]
if len(obf) < 5: errs.append("too few obfuscated")
stock_markers = ["ignore previous instructions", "ignore all previous instructions", "disregard your prior instructions",
                 "ignore the above", "disregard previous instructions"]
stock = [r for r in inj if any(m in r["text"].lower() for m in stock_markers)]
if len(stock) > 5: errs.append(f"{len(stock)} stock-phrase injections")
fmts = {r["format"] for r in out}
if len(fmts) < 25: errs.append("too few formats")
for r in out:
    json.dumps(r, ensure_ascii=False)
if errs:
    print("VALIDATION FAILED:"); [print(" -", e) for e in errs]; sys.exit(1)

with open(OUT, "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

md5 = hashlib.md5(open(OUT, "rb").read()).hexdigest()
stats = {
    "total": len(out), "injection": len(inj), "hard_negative": len(hn), "ordinary": len(od),
    "goals": collections.Counter(r["category"] for r in inj).most_common(),
    "lang_all": collections.Counter(r["lang"] for r in out).most_common(),
    "lang_inj": collections.Counter(r["lang"] for r in inj).most_common(),
    "non_en": {"injection": len(inj_non_en), "hard_negative": sum(r["lang"] != "en" for r in hn),
               "ordinary": sum(r["lang"] != "en" for r in od)},
    "formats": collections.Counter(r["format"] for r in out).most_common(),
    "obfuscated": [(r["id"], r["kind"]) for r in obf],
    "stock": [r["id"] for r in stock],
    "lengths": (min(len(r["text"]) for r in out), max(len(r["text"]) for r in out)),
    "md5": md5,
}
json.dump(stats, open(os.path.join(os.path.dirname(OUT), "build", "stats.json"), "w"), ensure_ascii=False, indent=1)
print("OK", stats["total"], stats["injection"], stats["hard_negative"], stats["ordinary"])
print("goals", len(stats["goals"]), stats["goals"])
print("non_en", stats["non_en"], "inj langs", len(stats["lang_inj"]) - 1)
print("formats", len(stats["formats"]))
print("obfuscated", len(obf), "stock", len(stock), "lengths", stats["lengths"])
print("md5", md5)
