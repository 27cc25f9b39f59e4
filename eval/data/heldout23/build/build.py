#!/usr/bin/env python3
"""Assemble hand-written rows, shuffle with a fixed seed, validate, write injection.jsonl and counts."""
import json, random, re, hashlib, collections, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import inj_a, inj_b, inj_c, inj_d, hn_a, hn_b, hn_c, hn_d, ord_a, ord_b

SEED = 20241016
OUT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(OUT_DIR, "injection.jsonl")

rows = []
for m in (inj_a, inj_b, inj_c, inj_d, hn_a, hn_b, hn_c, hn_d, ord_a, ord_b):
    rows.extend(m.ROWS)

snake = re.compile(r"^[a-z][a-z0-9_]*$")
LANGS = {"en","es","fr","de","pt","it","nl","pl","tr","ru","ja","zh","ko","hi","ar","vi","id"}
errors = []
seen_text = set()
for i, r in enumerate(rows):
    if r["label"] == "injection":
        if "kind" in r: errors.append((i, "injection has kind"))
        if not snake.match(r["category"]): errors.append((i, "bad category"))
    else:
        if r["category"] not in ("hard_negative", "ordinary"): errors.append((i, "bad benign category"))
        if not snake.match(r.get("kind", "")): errors.append((i, "bad kind"))
    if not snake.match(r["format"]): errors.append((i, "bad format " + r["format"]))
    if r["lang"] not in LANGS: errors.append((i, "bad lang"))
    if not r["text"].strip(): errors.append((i, "empty"))
    if r["text"] in seen_text: errors.append((i, "duplicate text"))
    seen_text.add(r["text"])
    try:
        r["text"].encode("utf-8")
    except UnicodeEncodeError:
        errors.append((i, "not utf-8 encodable"))
if errors:
    print("ERRORS:", errors); sys.exit(1)

cnt = collections.Counter((r["label"], r["category"] if r["label"] == "benign" else "injection") for r in rows)
assert sum(1 for r in rows if r["label"] == "injection") == 100, cnt
assert sum(1 for r in rows if r.get("category") == "hard_negative") == 100, cnt
assert sum(1 for r in rows if r.get("category") == "ordinary") == 40, cnt
assert len(rows) == 240

random.Random(SEED).shuffle(rows)
out_rows = []
for n, r in enumerate(rows, 1):
    o = {"id": f"h23-{n:04d}", "format": r["format"], "lang": r["lang"], "label": r["label"], "category": r["category"]}
    if r["label"] == "benign":
        o["kind"] = r["kind"]
    o["text"] = r["text"]
    out_rows.append(o)

with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    for o in out_rows:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

# re-read and validate
with open(OUT, encoding="utf-8") as f:
    back = [json.loads(line) for line in f]
assert len(back) == 240 and [b["id"] for b in back] == [f"h23-{n:04d}" for n in range(1, 241)]

def table(counter):
    return "\n".join(f"| {k} | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))

stats = {
    "label": collections.Counter(b["label"] for b in back),
    "category": collections.Counter(b["category"] for b in back),
    "injection_category": collections.Counter(b["category"] for b in back if b["label"] == "injection"),
    "kind_hard_negative": collections.Counter(b["kind"] for b in back if b["category"] == "hard_negative"),
    "kind_ordinary": collections.Counter(b["kind"] for b in back if b["category"] == "ordinary"),
    "lang": collections.Counter(b["lang"] for b in back),
    "lang_by_label": collections.Counter((b["label"] if b["label"] == "injection" else b["category"], "en" if b["lang"] == "en" else "non_en") for b in back),
    "format": collections.Counter(b["format"] for b in back),
}
lens = sorted(len(b["text"]) for b in back)
md5 = hashlib.md5(open(OUT, "rb").read()).hexdigest()
summary = {
    "rows": len(back),
    "distinct_formats": len(stats["format"]),
    "distinct_kinds": len(set(b["kind"] for b in back if "kind" in b)),
    "distinct_kinds_hard_negative": len(stats["kind_hard_negative"]),
    "distinct_injection_categories": len(stats["injection_category"]),
    "languages": sorted(stats["lang"]),
    "length_min": lens[0], "length_median": lens[len(lens)//2], "length_max": lens[-1],
    "n_short_lt_300": sum(1 for x in lens if x < 300),
    "n_300_2500": sum(1 for x in lens if 300 <= x <= 2500),
    "n_gt_2500": sum(1 for x in lens if x > 2500),
    "md5": md5,
}
with open(os.path.join(OUT_DIR, "build", "counts.json"), "w", encoding="utf-8") as f:
    json.dump({"summary": summary, **{k: dict(v) if k != "lang_by_label" else {f"{a}/{b}": c for (a, b), c in v.items()} for k, v in stats.items()}}, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT_DIR, "build", "counts_tables.md"), "w", encoding="utf-8") as f:
    for k, v in stats.items():
        if k == "lang_by_label":
            v = collections.Counter({f"{a} / {b}": c for (a, b), c in v.items()})
        f.write(f"### {k}\n\n| value | rows |\n|---|---|\n{table(v)}\n\n")
print(json.dumps(summary, ensure_ascii=False, indent=1))
