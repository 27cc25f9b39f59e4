import json, random, hashlib, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
import common
import inj_en, inj_ml, hn_en, hn_ml, ordinary
from rename import RENAME

DROP_INJ_KINDS = {("en","short_tip"), ("en","thread_fake_staff"), ("en","comment_fake_admin")}
DROP_ORD_KINDS = {("en","reader_dm_thanks")}
rows = []
for r in common.ROWS:
    key = (r["lang"], r["kind"])
    if r["label"] == "injection" and key in DROP_INJ_KINDS: continue
    if r["category"] == "ordinary" and key in DROP_ORD_KINDS: continue
    if r["category"] == "hard_negative" and key in RENAME: r["kind"] = RENAME[key]
    rows.append(r)

random.Random(3901).shuffle(rows)
out = []
for i, r in enumerate(rows, 1):
    out.append({"id": f"h39-{i:04d}", "format": r["format"], "lang": r["lang"], "label": r["label"],
                "category": r["category"], "kind": r["kind"], "text": r["text"]})

# validation
ids = [r["id"] for r in out]; assert len(ids) == len(set(ids))
inj = [r for r in out if r["label"] == "injection"]
hn = [r for r in out if r["category"] == "hard_negative"]
od = [r for r in out if r["category"] == "ordinary"]
assert len(out) == 240 and len(inj) == 100 and len(hn) == 100 and len(od) == 40, (len(out), len(inj), len(hn), len(od))
assert len({r["kind"] for r in hn}) == 100, [k for k, v in Counter(r["kind"] for r in hn).items() if v > 1]
bad = [(r["id"], r["category"], r["kind"], len(r["text"])) for r in out if not 200 <= len(r["text"]) <= 3000]
assert not bad, bad
assert sum(r["lang"] != "en" for r in inj) >= 33
assert len({r["lang"] for r in inj if r["lang"] != "en"}) >= 10
assert len({r["category"] for r in inj}) >= 12
assert len({r["format"] for r in out}) >= 25
obf = [r for r in inj if r["kind"] in {"base64_payload","rot13_payload","homoglyph_text","zero_width_split","split_across_fields","zero_width_boilerplate"}]
assert len(obf) >= 5
stock = [r for r in inj if "ignore previous instructions" in r["text"].lower() or "ignore all previous" in r["text"].lower()]
assert len(stock) <= 4
assert sum(1500 <= len(r["text"]) <= 3000 for r in inj) >= 3

here = os.path.dirname(os.path.abspath(__file__))
dst = os.path.join(here, "..", "injection.jsonl")
with open(dst, "w", encoding="utf-8") as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")

stats = {
 "total": len(out), "injection": len(inj), "hard_negative": len(hn), "ordinary": len(od),
 "inj_goals": dict(Counter(r["category"] for r in inj).most_common()),
 "inj_non_en": sum(r["lang"] != "en" for r in inj), "hn_non_en": sum(r["lang"] != "en" for r in hn),
 "ord_non_en": sum(r["lang"] != "en" for r in od),
 "obfuscated": len(obf), "stock_phrase": len(stock),
 "long_inj_1500plus": sum(len(r["text"]) >= 1500 for r in inj),
 "lang_all": dict(Counter(r["lang"] for r in out).most_common()),
 "lang_inj": dict(Counter(r["lang"] for r in inj).most_common()),
 "format": dict(Counter(r["format"] for r in out).most_common()),
 "len_min": min(len(r["text"]) for r in out), "len_max": max(len(r["text"]) for r in out),
}
json.dump(stats, open(os.path.join(here, "stats.json"), "w"), ensure_ascii=False, indent=1)
print(json.dumps(stats, ensure_ascii=False, indent=1))
