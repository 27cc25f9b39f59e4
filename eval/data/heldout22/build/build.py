import sys, json, random, re, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import inj1, inj2, inj3, hn1, hn2, hn3, ordi  # noqa
rows = common.ROWS
STOCK = re.compile(r"ignore (all )?(your )?(previous|prior|above|earlier)|disregard|you are now|new instructions|system prompt|jailbreak|ignorez|ignoriere|ignora (las|le)|olvida tus instrucciones|忽略|無視", re.I)
for r in rows:
    detected = bool(STOCK.search(r["text"]))
    if r["label"] == "injection" and detected != r["_stock"]:
        print("STOCK MISMATCH", r["category"], r["text"][:80])
random.Random(4402).shuffle(rows)
out = []
for i, r in enumerate(rows, 1):
    d = {"id": f"p44b-{i:04d}", "format": r["format"], "lang": r["lang"], "label": r["label"], "category": r["category"], "text": r["text"]}
    if "kind" in r: d["kind"] = r["kind"]
    d["_stock"] = bool(STOCK.search(r["text"]))
    out.append(d)
path = "/work/probe44b/injection.jsonl"
with open(path, "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps({k: v for k, v in d.items() if k != "_stock"}, ensure_ascii=False) + "\n")
# validate
lines = open(path, encoding="utf-8").read().splitlines()
parsed = [json.loads(l) for l in lines]
assert len(parsed) == 240
assert len({p["id"] for p in parsed}) == 240
assert len({p["text"] for p in parsed}) == 240
lab = collections.Counter(p["label"] for p in parsed)
cat = collections.Counter(p["category"] for p in parsed)
assert lab["injection"] == 100 and cat["hard_negative"] == 100 and cat["ordinary"] == 40
for p in parsed:
    assert p["label"] in ("injection", "benign")
    assert (p["label"] == "benign") == ("kind" in p)
    assert set(p) <= {"id","format","lang","label","category","text","kind"}
stats = {}
stats["labels"] = lab
stats["categories"] = cat
stats["kinds_hn"] = collections.Counter(p["kind"] for p in parsed if p["category"] == "hard_negative")
stats["kinds_ord"] = collections.Counter(p["kind"] for p in parsed if p["category"] == "ordinary")
stats["lang_by_group"] = {g: collections.Counter(p["lang"] for p in parsed if (p["category"] if p["label"]=="benign" else "injection") == g) for g in ("injection","hard_negative","ordinary")}
stats["formats_by_group"] = {g: collections.Counter(p["format"] for p in parsed if (p["category"] if p["label"]=="benign" else "injection") == g) for g in ("injection","hard_negative","ordinary")}
stats["stock_inj"] = sum(d["_stock"] for d in out if d["label"] == "injection")
stats["stock_hn"] = sum(d["_stock"] for d in out if d["category"] == "hard_negative")
lens = {g: [len(p["text"]) for p in parsed if (p["category"] if p["label"]=="benign" else "injection") == g] for g in ("injection","hard_negative","ordinary")}
stats["len"] = {g: (min(v), sorted(v)[len(v)//2], max(v), round(sum(v)/len(v))) for g, v in lens.items()}
stats["n_out_300_2500"] = sum(1 for p in parsed if not 300 <= len(p["text"]) <= 2500)
json.dump(stats, open("/work/probe44b/build/stats.json", "w"), ensure_ascii=False, indent=1, default=dict)
print(json.dumps(stats, ensure_ascii=False, indent=1, default=dict))
