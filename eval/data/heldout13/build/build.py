"""Build injection.jsonl, secrets.jsonl, pii.jsonl, stats.json and README.md deterministically.

Run:  PYTHONDONTWRITEBYTECODE=1 python3 build/build.py
"""
import collections
import hashlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from build_injection import build_injection_rows  # noqa: E402
from secrets_gen import build_secret_rows, SECRET_ROWS  # noqa: E402
from pii_gen import build_pii_rows  # noqa: E402
import readme_text  # noqa: E402


def finalize(rows, prefix, seed, keys):
    rows = [dict(x) for x in rows]
    random.Random(seed).shuffle(rows)
    out = []
    for i, x in enumerate(rows, 1):
        o = {"id": f"{prefix}-{i:04d}"}
        for k in keys:
            o[k] = x[k]
        out.append(o)
    return out


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in rows:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


def counts(rows, key):
    return dict(sorted(collections.Counter(r[key] for r in rows).items(), key=lambda kv: (-kv[1], kv[0])))


def main():
    inj = finalize(build_injection_rows(), "inj", 20250313, ["format", "lang", "label", "category", "text"])
    sec = finalize(build_secret_rows(), "sec", 20250314, ["format", "label", "category", "secrets", "text"])
    pii = finalize(build_pii_rows(), "pii", 20250315, ["format", "label", "category", "entities", "text"])
    paths = {n: os.path.join(ROOT, n) for n in ["injection.jsonl", "secrets.jsonl", "pii.jsonl"]}
    write_jsonl(paths["injection.jsonl"], inj)
    write_jsonl(paths["secrets.jsonl"], sec)
    write_jsonl(paths["pii.jsonl"], pii)

    inj_pos = [r for r in inj if r["label"] == "injection"]
    kinds = set()
    for ks, _ in SECRET_ROWS:
        kinds.update(ks)
    stats = {
        "injection.jsonl": {
            "rows": len(inj), "by_label": counts(inj, "label"), "by_category": counts(inj, "category"),
            "by_format": counts(inj, "format"), "by_lang": counts(inj, "lang"),
            "injection_rows_by_lang": counts(inj_pos, "lang"),
            "benign_rows_by_lang": counts([r for r in inj if r["label"] == "benign"], "lang"),
            "n_formats": len(set(r["format"] for r in inj)), "n_langs": len(set(r["lang"] for r in inj)),
            "text_chars": {"min": min(len(r["text"]) for r in inj), "max": max(len(r["text"]) for r in inj),
                           "median": sorted(len(r["text"]) for r in inj)[len(inj) // 2]},
        },
        "secrets.jsonl": {
            "rows": len(sec), "by_label": counts(sec, "label"), "by_category": counts(sec, "category"),
            "by_format": counts(sec, "format"), "n_secret_values": sum(len(r["secrets"]) for r in sec),
            "rows_with_2plus_secrets": sum(len(r["secrets"]) > 1 for r in sec),
            "n_credential_kinds_incl_secondary": len(kinds),
            "n_formats_secret_rows": len(set(r["format"] for r in sec if r["label"] == "secret")),
        },
        "pii.jsonl": {
            "rows": len(pii), "by_label": counts(pii, "label"), "by_category": counts(pii, "category"),
            "by_format": counts(pii, "format"),
            "entities_by_type": dict(collections.Counter(e["type"] for r in pii for e in r["entities"])),
            "n_entities": sum(len(r["entities"]) for r in pii),
        },
    }
    with open(os.path.join(ROOT, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=2)
        f.write("\n")
    md5s = {n: md5(p) for n, p in paths.items()}
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme_text.render(stats, md5s, inj, sec, pii))
    print(json.dumps({n: stats[n]["rows"] for n in stats}), md5s)


if __name__ == "__main__":
    main()
