"""Rebuild everything: injection.jsonl, secrets.jsonl, pii.jsonl, stats.json and README.md.

    cd /work/heldout14 && PYTHONDONTWRITEBYTECODE=1 python3 -B build/build_all.py
"""
import collections
import hashlib
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import gen_injection  # noqa: E402
import gen_pii  # noqa: E402
import gen_secrets  # noqa: E402
from piilib import PHONE_BY_ID  # noqa: E402


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def counts(rows, key):
    return dict(sorted(collections.Counter(r[key] for r in rows).items(), key=lambda kv: (-kv[1], kv[0])))


def lengths(rows):
    ls = sorted(len(r["text"]) for r in rows)
    return {"min": ls[0], "median": ls[len(ls) // 2], "max": ls[-1], "mean": round(sum(ls) / len(ls), 1),
            "n_300_3000": sum(1 for x in ls if 300 <= x <= 3000)}


def main():
    inj = gen_injection.write(os.path.join(ROOT, "injection.jsonl"))
    sec = gen_secrets.write(os.path.join(ROOT, "secrets.jsonl"))
    pii = gen_pii.write(os.path.join(ROOT, "pii.jsonl"))

    inj_stats = {
        "rows": len(inj), "label": counts(inj, "label"), "category": counts(inj, "category"), "format": counts(inj, "format"),
        "lang": counts(inj, "lang"),
        "lang_by_label_group": {
            "injection": counts([r for r in inj if r["label"] == "injection"], "lang"),
            "ordinary": counts([r for r in inj if r["category"] == "ordinary"], "lang"),
            "hard_negative": counts([r for r in inj if r["label"] == "benign" and r["category"] != "ordinary"], "lang"),
        },
        "text_length": lengths(inj),
    }
    sec_stats = {
        "rows": len(sec), "label": counts(sec, "label"), "category": counts(sec, "category"), "format": counts(sec, "format"),
        "secret_values_listed": sum(len(r["secrets"]) for r in sec),
        "rows_with_two_secrets": sum(1 for r in sec if len(r["secrets"]) > 1),
        "text_length": lengths(sec),
    }
    fmts = [f for r in pii for f in r["_phone_formats"]]
    pii_stats = {
        "rows": len(pii), "label": counts(pii, "label"), "category": counts(pii, "category"), "format": counts(pii, "format"),
        "entities_by_type": dict(collections.Counter(e["type"] for r in pii for e in r["entities"])),
        "phone_formats": dict(sorted(collections.Counter(fmts).items())),
        "phone_countries": dict(sorted(collections.Counter(PHONE_BY_ID[f][1] for f in fmts).items())),
        "iban_countries": dict(sorted(collections.Counter(e["value"][:2] for r in pii for e in r["entities"] if e["type"] == "iban").items())),
        "text_length": lengths(pii),
    }
    stats = {"injection.jsonl": inj_stats, "secrets.jsonl": sec_stats, "pii.jsonl": pii_stats}
    with open(os.path.join(ROOT, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(stats, ensure_ascii=False, indent=2) + "\n")

    sums = {n: md5(os.path.join(ROOT, n)) for n in ("injection.jsonl", "secrets.jsonl", "pii.jsonl", "stats.json")}
    with open(os.path.join(HERE, "README.template.md"), encoding="utf-8") as f:
        tpl = f.read()

    def table(d, h1, h2):
        return "| %s | %s |\n|---|---|\n" % (h1, h2) + "".join("| %s | %s |\n" % (k, v) for k, v in d.items())

    repl = {
        "{{MD5_TABLE}}": "| file | rows | md5 |\n|---|---|---|\n" + "".join(
            "| `%s` | %s | `%s` |\n" % (n, {"injection.jsonl": len(inj), "secrets.jsonl": len(sec), "pii.jsonl": len(pii)}.get(n, "-"), h)
            for n, h in sums.items()),
        "{{INJ_CATEGORIES}}": table(inj_stats["category"], "category", "rows"),
        "{{INJ_LANG}}": "| lang | injection | ordinary | hard negative |\n|---|---|---|---|\n" + "".join(
            "| %s | %d | %d | %d |\n" % (l, inj_stats["lang_by_label_group"]["injection"].get(l, 0),
                                          inj_stats["lang_by_label_group"]["ordinary"].get(l, 0),
                                          inj_stats["lang_by_label_group"]["hard_negative"].get(l, 0)) for l in inj_stats["lang"]),
        "{{INJ_FORMATS}}": ", ".join("`%s` (%d)" % kv for kv in inj_stats["format"].items()),
        "{{INJ_NFORMATS}}": str(len(inj_stats["format"])),
        "{{INJ_LEN}}": "min %(min)d, median %(median)d, mean %(mean)s, max %(max)d characters; %(n_300_3000)d of 400 rows are 300-3,000 characters" % inj_stats["text_length"],
        "{{SEC_SECRET_CATS}}": ", ".join("`%s`" % k + (" (%d)" % v if v > 1 else "") for k, v in sorted(counts([r for r in sec if r["label"] == "secret"], "category").items())),
        "{{SEC_NKINDS}}": str(len({r["category"] for r in sec if r["label"] == "secret"})),
        "{{SEC_CLEAN_CATS}}": ", ".join("`%s` (%d)" % kv for kv in counts([r for r in sec if r["label"] == "clean"], "category").items()),
        "{{SEC_FORMATS}}": ", ".join("`%s` (%d)" % kv for kv in sec_stats["format"].items()),
        "{{PII_ENTS}}": table(pii_stats["entities_by_type"], "entity type", "values listed"),
        "{{PII_CLEAN_CATS}}": ", ".join("`%s` (%d)" % kv for kv in counts([r for r in pii if r["label"] == "clean"], "category").items()),
        "{{PII_PHONE}}": "%d phone values in %d formats from %d countries (%s)" % (
            len(fmts), len(set(fmts)), len(pii_stats["phone_countries"]), ", ".join(sorted(pii_stats["phone_countries"]))),
        "{{PII_IBAN}}": ", ".join(sorted(pii_stats["iban_countries"])),
        "{{PII_FORMATS}}": ", ".join("`%s` (%d)" % kv for kv in pii_stats["format"].items()),
    }
    for k, v in repl.items():
        tpl = tpl.replace(k, v)
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(tpl)
    for n, h in sums.items():
        print(h, n)


if __name__ == "__main__":
    main()
