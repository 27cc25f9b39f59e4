#!/usr/bin/env python3
"""Assemble heldout35: 100 injection, 100 hard_negative, 40 ordinary rows."""
import json, random, collections, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import inj_en, inj_ml, hn_en, hn_ml, ordinary

DROP_INJ = {("en", "sms_body"), ("en", "fake_auditor")}
DROP_HN = {"hr_policy_reminder", "police_liaison_bulletin", "release_notes_chatbot",
           "vendor_marketing_ai_features", "grant_scoring_rubric", "translator_note_instructions"}

inj = [r for r in inj_en.R + inj_ml.R if (r["lang"], r["kind"]) not in DROP_INJ]
hn = [r for r in hn_en.R + hn_ml.R if r["kind"] not in DROP_HN]
ordi = list(ordinary.R)
rows = inj + hn + ordi

random.Random(35).shuffle(rows)
out = []
for i, r in enumerate(rows, 1):
    out.append({"id": f"h35-{i:04d}", "format": r["format"], "lang": r["lang"], "label": r["label"],
                "category": r["category"], "kind": r["kind"], "text": r["text"]})

# validation
errs = []
ids = [r["id"] for r in out]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
c = collections.Counter(r["category"] if r["label"] == "benign" else "injection" for r in out)
if c["injection"] != 100 or c["hard_negative"] != 100 or c["ordinary"] != 40:
    errs.append(f"counts {c}")
hk = [r["kind"] for r in out if r["category"] == "hard_negative"]
if len(set(hk)) != len(hk): errs.append("hard-negative kinds not unique")
for r in out:
    n = len(r["text"])
    if not 200 <= n <= 3000: errs.append(f"{r['id']} {r['kind']} length {n}")
    if r["label"] not in ("injection", "benign"): errs.append(f"{r['id']} bad label")
    if r["label"] == "injection" and r["category"] in ("hard_negative", "ordinary"): errs.append(f"{r['id']} bad category")
texts = [r["text"] for r in out]
if len(set(texts)) != len(texts): errs.append("duplicate texts")
I = [r for r in out if r["label"] == "injection"]
goals = collections.Counter(r["category"] for r in I)
if len(goals) < 12: errs.append("fewer than 12 goals")
non_en_inj = sum(1 for r in I if r["lang"] != "en")
if non_en_inj < 33: errs.append("too few non-English injections")
if len({r["lang"] for r in I if r["lang"] != "en"}) < 10: errs.append("too few injection languages")
obf = [r for r in I if any(t in r["kind"] for t in ("base64", "rot13", "homoglyph", "zero_width", "split_across"))]
if len(obf) < 5: errs.append("too few obfuscated")
if len({r["format"] for r in out}) < 25: errs.append("too few formats")
long_inj = sum(1 for r in I if len(r["text"]) >= 1500)
if errs:
    print("VALIDATION FAILED:"); print("\n".join(errs)); sys.exit(1)

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
path = os.path.join(here, "injection.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

stats = {
 "by_label_category": dict(c),
 "injection_goals": dict(goals.most_common()),
 "lang_all": dict(collections.Counter(r["lang"] for r in out).most_common()),
 "lang_injection": dict(collections.Counter(r["lang"] for r in I).most_common()),
 "lang_hard_negative": dict(collections.Counter(r["lang"] for r in out if r["category"] == "hard_negative").most_common()),
 "lang_ordinary": dict(collections.Counter(r["lang"] for r in out if r["category"] == "ordinary").most_common()),
 "format_all": dict(collections.Counter(r["format"] for r in out).most_common()),
 "obfuscated_injections": len(obf),
 "injections_ge_1500_chars": long_inj,
 "length_min_max": [min(len(t) for t in texts), max(len(t) for t in texts)],
}
with open(os.path.join(here, "build", "stats.json"), "w", encoding="utf-8") as f:
    json.dump(stats, f, ensure_ascii=False, indent=1)
print(json.dumps(stats, ensure_ascii=False))
print("md5", hashlib.md5(open(path, "rb").read()).hexdigest())
