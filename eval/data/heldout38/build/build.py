"""Assemble secrets.jsonl and pii.jsonl for heldout38.
Key material / personal values: OS CSPRNG (common.R). Row selection + shuffle: random.Random(38)."""
import json, os, sys, random, re
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
SEED = 38

def finalize(rows, prefix):
    rng = random.Random(SEED)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        o = {"id": f"{prefix}-{i:03d}"}; o.update(r); out.append(o)
    return out

# ---------------- secrets ----------------
import gen_secrets as GS, gen_secrets_clean as GSC
pos = GS.rows
multi = [r for r in pos if len(r["secrets"]) > 1]
single = [r for r in pos if len(r["secrets"]) == 1]
sel = random.Random(SEED)
keep_single = sel.sample(single, 100 - len(multi))
spos = multi + keep_single
# restore original builder order before the shuffle so that selection is reproducible in spirit
order = {id(r): i for i, r in enumerate(pos)}
spos.sort(key=lambda r: order[id(r)])
srows = finalize(spos + GSC.CLEAN, "s38")
with open(os.path.join(OUT, "secrets.jsonl"), "w", encoding="utf-8") as f:
    for r in srows: f.write(json.dumps(r, ensure_ascii=False) + "\n")

# ---------------- pii ----------------
import gen_pii as GP, gen_pii_clean as GPC
for attempt in range(50):
    GP.ROWS.clear(); GP.PHONE_CC.clear()
    ppos = GP.build_pos(100)
    ents = [e for r in ppos for e in r["entities"]]
    tc = Counter(e["type"] for e in ents)
    ibc = {e["value"][:2] for e in ents if e["type"] == "iban"}
    phc = {GP.PHONE_CC.get(e["value"]) for e in ents if e["type"] == "phone"}
    if len(ents) >= 450 and len(ibc) >= 15 and len(phc) >= 25 and min(tc.values()) >= 25 and len(tc) == 6:
        break
else:
    raise SystemExit("could not meet PII constraints")
prows = finalize(ppos + GPC.CLEAN, "p38")
with open(os.path.join(OUT, "pii.jsonl"), "w", encoding="utf-8") as f:
    for r in prows: f.write(json.dumps(r, ensure_ascii=False) + "\n")

stats = {"pii_phone_countries": dict(Counter(GP.PHONE_CC[e["value"]] for r in ppos for e in r["entities"] if e["type"] == "phone")),
         "pii_iban_countries": dict(Counter(e["value"][:2] for r in ppos for e in r["entities"] if e["type"] == "iban")),
         "pii_attempts": attempt + 1}
json.dump(stats, open(os.path.join(HERE, "stats.json"), "w"), indent=1, sort_keys=True)
print("secrets rows", len(srows), "pii rows", len(prows), stats)
