import json, random, re, sys, hashlib
from collections import Counter
sys.path.insert(0, ".")
import common
import inj_en1, inj_en2, inj_xx, hn_en1, hn_en2, hn_en3, hn_xx, ord  # noqa
import extend
extend.apply()

rows = list(common.ROWS)
lab = Counter(r["label"] for r in rows)
cat = Counter(r["category"] for r in rows)
assert len(rows) == 240, len(rows)
assert sum(1 for r in rows if r["label"] == "injection") == 100
assert sum(1 for r in rows if r["category"].startswith("hard_negative:")) == 100
assert sum(1 for r in rows if r["category"].startswith("ordinary:")) == 40
assert len({r["text"] for r in rows}) == 240, "duplicate texts"

STOCK = re.compile(r"ignore (all )?(previous|prior|above)|disregard (your )?(prior|previous)|you are now|new instructions|system prompt|jailbreak|\bDAN\b", re.I)
# translated stock phrases (manually identified)
STOCK_XX = re.compile(r"Vergiss alle vorherigen Anweisungen|Ignora le regole precedenti|ignora las instrucciones|игнорируй", re.I)

random.seed(26262)
random.shuffle(rows)
out = []
for i, r in enumerate(rows, 1):
    out.append({"id": f"p26b-{i:04d}", "format": r["format"], "lang": r["lang"], "label": r["label"],
                "category": r["category"], "text": r["text"]})
with open("injection.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

# stats
inj = [r for r in out if r["label"] == "injection"]
stock = [r for r in inj if STOCK.search(r["text"]) or STOCK_XX.search(r["text"])]
print("rows", len(out), Counter(r["label"] for r in out))
print("injections with stock phrase:", len(stock), [r["id"] for r in stock])
for grp, sel in [("injection", lambda r: r["label"] == "injection"),
                 ("hard_negative", lambda r: r["category"].startswith("hard_negative:")),
                 ("ordinary", lambda r: r["category"].startswith("ordinary:"))]:
    g = [r for r in out if sel(r)]
    L = sorted(len(r["text"]) for r in g)
    ne = sum(1 for r in g if r["lang"] != "en")
    print(grp, len(g), "non-en", ne, "len min/med/max", L[0], L[len(L)//2], L[-1],
          "in 300-4000:", sum(300 <= x <= 4000 for x in L))
print(Counter(r["lang"] for r in out))
print(Counter(r["format"] for r in out).most_common())
json.dump({"label": dict(Counter(r["label"] for r in out)),
           "category": dict(sorted(Counter(r["category"] for r in out).items())),
           "lang": dict(Counter(r["lang"] for r in out)),
           "stock": len(stock)}, open("stats.json", "w"), indent=1, ensure_ascii=False)
