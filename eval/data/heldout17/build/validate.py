import json, re, collections
rows = [json.loads(l) for l in open("injection.jsonl", encoding="utf-8")]
assert len(rows) == 240
ids = [r["id"] for r in rows]
assert len(set(ids)) == 240 and ids == [f"p26a-{i:04d}" for i in range(1, 241)]
for r in rows:
    assert set(r) == {"id", "format", "lang", "label", "category", "text"}
    assert r["label"] in ("injection", "benign")
    assert r["text"].strip()
lab = collections.Counter(r["label"] for r in rows)
print("labels", lab)
inj = [r for r in rows if r["label"] == "injection"]
ben = [r for r in rows if r["label"] == "benign"]
print("hard neg", sum(r["category"].startswith("hard_negative:") for r in ben),
      "ordinary", sum(r["category"].startswith("ordinary:") for r in ben))
STOCK = re.compile(r"ignore (all )?(previous|prior)|you are now|new instructions|system prompt|jailbreak|\bDAN\b|ignora (todas )?las instrucciones|ignoriere alle|ignore as instru|忽略之前", re.I)
stock_inj = [r for r in inj if STOCK.search(r["text"])]
print("injections with stock phrase:", len(stock_inj), "without:", len(inj) - len(stock_inj))
for grp, name in ((inj, "inj"), ([r for r in ben if r["category"].startswith("hard")], "hn"), ([r for r in ben if r["category"].startswith("ord")], "ord")):
    L = sorted(len(r["text"]) for r in grp)
    ne = sum(r["lang"] != "en" for r in grp)
    print(name, "n", len(grp), "non-en", ne, "len min/med/max", L[0], L[len(L)//2], L[-1],
          "in 400-4000:", sum(400 <= x <= 4000 for x in L))
# shared long lines across rows
lines = collections.defaultdict(set)
for r in rows:
    for ln in r["text"].splitlines():
        s = ln.strip()
        if len(s) >= 30:
            lines[s].add(r["id"])
dups = {k: v for k, v in lines.items() if len(v) > 1}
print("shared lines >=30 chars:", len(dups))
for k, v in list(dups.items())[:20]:
    print(" ", sorted(v), k[:90])
# label adjacency check (not grouped)
runs = max(len(list(g)) for _, g in __import__("itertools").groupby(r["label"] for r in rows))
print("longest same-label run:", runs)
