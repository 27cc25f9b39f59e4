import json, random, re, collections, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import common
import inj_a, inj_b, inj_c, inj_d, neg_a, neg_b, neg_c, neg_d, neg_e, ordinary  # noqa

rows = list(common.ROWS)
random.Random(44).shuffle(rows)
out = []
for i, r in enumerate(rows, 1):
    d = {"id": f"p44a-{i:04d}", "format": r["format"], "lang": r["lang"], "label": r["label"],
         "category": r["category"]}
    if "kind" in r:
        d["kind"] = r["kind"]
    d["text"] = r["text"]
    out.append(d)

STOCK = re.compile(r"ignore (all )?(previous|prior) instructions|disregard|you are now|new instructions|system prompt|jailbreak"
                   r"|ignoriere|ignorez|ignora las instrucciones|olvida (todas )?(tus|las) instrucciones|игнорируй|忽略之前|以前の指示を無視|システムプロンプト|系统提示"
                   r"|systemprompt|prompt système|системный промпт|önceki talimatları", re.I)

path = "/work/probe44a/injection.jsonl"
with open(path, "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

# validate
loaded = [json.loads(l) for l in open(path, encoding="utf-8")]
assert len(loaded) == 240, len(loaded)
assert len({d["id"] for d in loaded}) == 240
lab = collections.Counter(d["label"] for d in loaded)
cat = collections.Counter(d["category"] for d in loaded)
assert lab == {"injection": 100, "benign": 140}, lab
assert cat["hard_negative"] == 100 and cat["ordinary"] == 40, cat
for d in loaded:
    assert d["label"] in ("injection", "benign")
    assert (d["label"] == "benign") == ("kind" in d)
texts = [d["text"] for d in loaded]
assert len(set(texts)) == 240
inj = [d for d in loaded if d["label"] == "injection"]
stock = [d["id"] for d in inj if STOCK.search(d["text"])]
hn_stock = sum(1 for d in loaded if d["category"] == "hard_negative" and STOCK.search(d["text"]))
lens = [len(t) for t in texts]

def lenstats(sub):
    L = sorted(len(d["text"]) for d in sub)
    return f"min {L[0]}, median {L[len(L)//2]}, mean {sum(L)//len(L)}, max {L[-1]}"

stats = {
    "label": dict(lab), "category": dict(sorted(cat.items())),
    "lang_by_label": {g: dict(collections.Counter(d["lang"] for d in loaded if d["category"] == g or (g == "injection" and d["label"] == "injection")).most_common())
                      for g in ("injection", "hard_negative", "ordinary")},
    "kinds_hn": dict(collections.Counter(d["kind"] for d in loaded if d["category"] == "hard_negative").most_common()),
    "kinds_ord": dict(collections.Counter(d["kind"] for d in loaded if d["category"] == "ordinary").most_common()),
    "stock_inj": stock, "hn_stock": hn_stock,
    "len_inj": lenstats(inj), "len_hn": lenstats([d for d in loaded if d["category"] == "hard_negative"]),
    "len_ord": lenstats([d for d in loaded if d["category"] == "ordinary"]),
    "formats": len(set(d["format"] for d in loaded)),
    "formats_shared": len(set(d["format"] for d in inj) & set(d["format"] for d in loaded if d["label"] == "benign")),
}
json.dump(stats, open("/work/probe44a/build/stats.json", "w"), ensure_ascii=False, indent=1)
print(json.dumps(stats, ensure_ascii=False, indent=1))
