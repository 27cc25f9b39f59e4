# -*- coding: utf-8 -*-
"""Deterministic generator for the heldout11 evaluation set.

Usage:  python3 build/build.py      (from /work/heldout11)
Writes injection.jsonl, secrets.jsonl, pii.jsonl, stats.json and README.md.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import build_injection  # noqa: E402
import secrets_gen  # noqa: E402
import pii_gen  # noqa: E402
import readme  # noqa: E402


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def counts(rows, *keys):
    c = collections.Counter(tuple(r[k] for k in keys) if len(keys) > 1 else r[keys[0]] for r in rows)
    if len(keys) > 1:
        out = {}
        for k, v in sorted(c.items()):
            out.setdefault(k[0], {})[k[1]] = v
        return out
    return dict(sorted(c.items()))


def make_stats(inj, sec, pii):
    st = {
        "injection.jsonl": {
            "rows": len(inj),
            "by_label": counts(inj, "label"),
            "by_label_category": counts(inj, "label", "category"),
            "by_lang": counts(inj, "lang"),
            "by_label_lang": counts(inj, "label", "lang"),
            "by_format": counts(inj, "format"),
            "n_formats": len(set(r["format"] for r in inj)),
            "text_chars": {"min": min(len(r["text"]) for r in inj), "max": max(len(r["text"]) for r in inj),
                           "mean": round(sum(len(r["text"]) for r in inj) / len(inj), 1)},
        },
        "secrets.jsonl": {
            "rows": len(sec),
            "text_chars": {"min": min(len(r["text"]) for r in sec), "max": max(len(r["text"]) for r in sec),
                           "mean": round(sum(len(r["text"]) for r in sec) / len(sec), 1)},
            "by_label": counts(sec, "label"),
            "by_label_category": counts(sec, "label", "category"),
            "by_format": counts(sec, "format"),
            "n_formats": len(set(r["format"] for r in sec)),
            "secret_values_total": sum(len(r["secrets"]) for r in sec),
            "rows_with_multiple_secrets": sum(1 for r in sec if len(r["secrets"]) > 1),
        },
        "pii.jsonl": {
            "rows": len(pii),
            "text_chars": {"min": min(len(r["text"]) for r in pii), "max": max(len(r["text"]) for r in pii),
                           "mean": round(sum(len(r["text"]) for r in pii) / len(pii), 1)},
            "by_label": counts(pii, "label"),
            "by_label_category": counts(pii, "label", "category"),
            "by_format": counts(pii, "format"),
            "n_formats": len(set(r["format"] for r in pii)),
            "entities_by_type": dict(sorted(collections.Counter(e["type"] for r in pii for e in r["entities"]).items())),
            "entities_total": sum(len(r["entities"]) for r in pii),
            "rows_with_multiple_entity_types": sum(1 for r in pii if len(set(e["type"] for e in r["entities"])) > 1),
        },
    }
    return st


def main():
    inj = build_injection.build()
    sec = secrets_gen.build()
    pii = pii_gen.build()
    write_jsonl(os.path.join(ROOT, "injection.jsonl"), inj)
    write_jsonl(os.path.join(ROOT, "secrets.jsonl"), sec)
    write_jsonl(os.path.join(ROOT, "pii.jsonl"), pii)
    st = make_stats(inj, sec, pii)
    with open(os.path.join(ROOT, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(st, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme.render(st))
    print("wrote %d + %d + %d rows" % (len(inj), len(sec), len(pii)))


if __name__ == "__main__":
    main()
