import json, re, collections, importlib
import gen
import secret_rows, secret_clean_rows, pii_rows, pii_clean_rows

def write(path, prefix, rows, keyfields):
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            o = {"id": f"{prefix}-{i:03d}", "format": r["format"], "label": r["label"], "category": r["category"]}
            for k in keyfields:
                o[k] = r[k]
            o["text"] = r["text"]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
for r in pii_rows.ROWS:
    have = {e["value"] for e in r["entities"]}
    for m in EMAIL.finditer(r["text"]):
        if m.group(0) not in have:
            r["entities"].append({"type": "email", "value": m.group(0)}); have.add(m.group(0))
    # dedupe and order by first appearance
    seen, ents = set(), []
    for e in r["entities"]:
        k = (e["type"], e["value"])
        if k not in seen: seen.add(k); ents.append(e)
    r["entities"] = sorted(ents, key=lambda e: r["text"].find(e["value"]))

import random
rnd = random.Random(2626)
sec = secret_rows.ROWS + secret_clean_rows.ROWS
pii = pii_rows.ROWS + pii_clean_rows.ROWS
rnd.shuffle(sec); rnd.shuffle(pii)
write("secrets.jsonl", "s26c", sec, ["secrets"])
write("pii.jsonl", "p26c", pii, ["entities"])
print(len(sec), len(pii))
