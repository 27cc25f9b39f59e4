"""Writes ../pii.jsonl : 100 pii rows + 60 clean rows."""
import json, random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from pii_templates import PII_TEMPLATES, E, t_directory_md, t_fraud_md, PHONE_CC_STATS
from pii_clean_templates import CLEAN_FNS

OUT = os.path.join(os.path.dirname(__file__), "..", "pii.jsonl")
DROP = {"dataset_names", "kubernetes_resource_versions"}
rows = []

def mk(fmt, label, cat, text, ents):
    seen, lst = set(), []
    for t, v in ents:
        if v not in seen:
            seen.add(v); lst.append({"type": t, "value": v})
    assert 150 <= len(text) <= 2500, (fmt, len(text))
    for x in lst:
        assert x["value"] in text, (fmt, x)
    rows.append({"format": fmt, "label": label, "category": cat, "entities": lst, "text": text})

plan = PII_TEMPLATES * 2 + [t_directory_md, t_fraud_md]
for t in plan:
    e = E()
    fmt, text = t(e)
    types = sorted({x for x, _ in e.ents})
    mk(fmt, "pii", "+".join(types), text, e.ents)

n = 0
for f in CLEAN_FNS:
    fmt, cat, text = f()
    if cat in DROP:
        continue
    mk(fmt, "clean", cat, text, [])
    n += 1
assert n == 60, n
assert len(rows) == 160
random.Random(36).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as fh:
    for i, r in enumerate(rows, 1):
        fh.write(json.dumps({"id": f"p36-{i:03d}", **r}, ensure_ascii=False) + "\n")
# phone country stats (counted per generated phone occurrence, before per-row de-duplication)
json.dump(dict(PHONE_CC_STATS.most_common()), open(os.path.join(os.path.dirname(__file__), "phone_country_stats.json"), "w"), indent=1)
print("pii rows", sum(r["label"] == "pii" for r in rows), "entities", sum(len(r["entities"]) for r in rows))
