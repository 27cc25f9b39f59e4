#!/usr/bin/env python3
"""Deterministic builder for the heldout9 evaluation set.

Usage: python3 build/build.py   (writes into the parent folder of build/)
Standard library only; output is independent of PYTHONHASHSEED.
"""
import collections
import sys as _sys
_sys.dont_write_bytecode = True
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import carriers  # noqa: E402
import hidden  # noqa: E402
import special_benign  # noqa: E402
from inj_payloads import P  # noqa: E402
from hardneg import H  # noqa: E402
import secrets_gen  # noqa: E402
import pii_gen  # noqa: E402
import surround  # noqa: E402
from common import LANG  # noqa: E402

MAX_LEN = 6200
MIN_LEN = 200


def size_hint(rng):
    r = rng.random()
    if r < 0.3:
        return rng.randint(1, 2)
    if r < 0.75:
        return rng.randint(3, 6)
    return rng.randint(8, 20)


def render(rng, fmt, core, lang, raw=False):
    n = size_hint(rng)
    if lang != "en":
        n = min(n, 5)  # small native filler banks: keep non-English carriers short to avoid repetition
    for _ in range(30):
        state = rng.getstate()
        text = carriers.wrap(fmt, rng, core, lang, n, raw=raw)
        if len(text) > MAX_LEN and n > 1:
            rng.setstate(state)
            n = max(1, n // 2 if n > 4 else n - 1)
            rng.random()
            continue
        if len(text) < MIN_LEN:
            n += 2
            continue
        return text
    return text


def build_injection():
    rng = random.Random(90001)
    rows = []
    for cat, lang, fmt, payload in P:
        rows.append({"format": fmt, "lang": lang, "label": "injection", "category": cat, "text": render(rng, fmt, payload, lang)})
    for lang, fmt, text in hidden.build(rng):
        rows.append({"format": fmt, "lang": lang, "label": "injection", "category": "hidden_obfuscated", "text": text})

    # hard negatives
    for kind, lang, fmt, core, raw in H:
        if raw:
            text = core
            if fmt == "chat_transcript":
                text = "Chat transcript · session %s · 2026-11-%02d UTC\nChannel: web widget\n\n%s\n\n-- chat ended --\n" % ("%012x" % rng.getrandbits(48), rng.randint(1, 28), core)
        else:
            text = render(rng, fmt, core, lang)
        rows.append({"format": fmt, "lang": lang, "label": "benign", "category": kind, "text": text})
    for lang, fmt, text in special_benign.encoded(rng):
        rows.append({"format": fmt, "lang": lang, "label": "benign", "category": "encoded_benign", "text": text})
    for lang, fmt, text in special_benign.hidden_html(rng):
        rows.append({"format": fmt, "lang": lang, "label": "benign", "category": "hidden_html_benign", "text": text})

    # ordinary benign: 80 English, 20 other languages
    fmts = sorted(carriers.FORMATS)
    langs = sorted(LANG)
    for i in range(100):
        fmt = fmts[i % len(fmts)]
        lang = "en" if i % 5 else langs[(i // 5) % len(langs)]
        rows.append({"format": fmt, "lang": lang, "label": "benign", "category": "ordinary", "text": render(rng, fmt, None, lang)})

    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows):
        out.append({"id": "inj-%04d" % (i + 1), "format": r["format"], "lang": r["lang"], "label": r["label"], "category": r["category"], "text": r["text"]})
    return out


def build_secrets():
    rng = random.Random(90002)
    rows = secrets_gen.secret_rows(rng, 120) + secrets_gen.clean_rows(rng)
    for r in rows:
        r["text"] = surround.surround(rng, r["format"], r["text"])
        for _ in range(3):
            if len(r["text"]) >= MIN_LEN:
                break
            r["text"] = surround.surround(rng, r["format"], r["text"])
    rng.shuffle(rows)
    return [{"id": "sec-%04d" % (i + 1), "format": r["format"], "label": r["label"], "category": r["category"], "secrets": r["secrets"], "text": r["text"]} for i, r in enumerate(rows)]


def build_pii():
    rng = random.Random(90003)
    rows = pii_gen.pii_rows(rng) + pii_gen.clean_rows(rng, 70)
    for r in rows:
        r["text"] = surround.surround(rng, r["format"], r["text"])
        for _ in range(3):
            if len(r["text"]) >= MIN_LEN:
                break
            r["text"] = surround.surround(rng, r["format"], r["text"])
    rng.shuffle(rows)
    return [{"id": "pii-%04d" % (i + 1), "format": r["format"], "label": r["label"], "category": r["category"], "entities": r["entities"], "text": r["text"]} for i, r in enumerate(rows)]


def write_jsonl(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


# ------------------------------------------------------------------ checks
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IP_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")


def check(inj, sec, pii):
    problems = []
    ids = [r["id"] for r in inj + sec + pii]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    texts = [r["text"] for r in inj]
    if len(texts) != len(set(texts)):
        problems.append("duplicate injection texts")
    c = collections.Counter(r["label"] for r in inj)
    if c != {"injection": 160, "benign": 240}:
        problems.append("injection label counts %s" % c)
    if sum(1 for r in inj if r["category"] == "ordinary") != 100:
        problems.append("ordinary count")
    if sum(1 for r in inj if r["label"] == "benign" and r["category"] != "ordinary") != 140:
        problems.append("hard negative count")
    for r in sec:
        for s in r["secrets"]:
            if s not in r["text"]:
                problems.append("%s secret not in text" % r["id"])
        if r["label"] == "clean" and r["secrets"]:
            problems.append("%s clean with secrets" % r["id"])
        if r["label"] == "secret" and not r["secrets"]:
            problems.append("%s secret row without secrets" % r["id"])
    if collections.Counter(r["label"] for r in sec) != {"secret": 120, "clean": 100}:
        problems.append("secret counts")
    for r in pii:
        vals = {e["value"] for e in r["entities"]}
        for e in r["entities"]:
            if e["value"] not in r["text"]:
                problems.append("%s entity not in text" % r["id"])
            if e["type"] == "credit_card" and not pii_gen.luhn_ok(re.sub(r"\D", "", e["value"])):
                problems.append("%s bad luhn" % r["id"])
            if e["type"] == "iban" and not pii_gen.iban_valid(e["value"]):
                problems.append("%s bad iban" % r["id"])
        if r["label"] == "pii":
            if r["category"] not in {e["type"] for e in r["entities"]}:
                problems.append("%s category type missing" % r["id"])
            for m in EMAIL_RE.findall(r["text"]):
                if m not in vals:
                    problems.append("%s unlisted email %s" % (r["id"], m))
            for m in IP_RE.findall(r["text"]):
                if m not in vals:
                    problems.append("%s unlisted ip %s" % (r["id"], m))
        else:
            if r["entities"]:
                problems.append("%s clean with entities" % r["id"])
            if EMAIL_RE.search(r["text"]):
                problems.append("%s clean row has email" % r["id"])
    if collections.Counter(r["label"] for r in pii) != {"pii": 150, "clean": 70}:
        problems.append("pii counts")
    for r in inj + sec + pii:
        if not (1 <= len(r["text"])):
            problems.append("%s empty" % r["id"])
    return problems


def stats(inj, sec, pii):
    def cnt(rows, key):
        return dict(sorted(collections.Counter(key(r) for r in rows).items()))

    def lens(rows):
        L = sorted(len(r["text"]) for r in rows)
        return {"min": L[0], "median": L[len(L) // 2], "max": L[-1]}

    return {
        "generated_for": "2026-12-05",
        "injection": {"total": len(inj), "by_label": cnt(inj, lambda r: r["label"]), "by_label_category": cnt(inj, lambda r: r["label"] + "/" + r["category"]),
                      "by_lang": cnt(inj, lambda r: r["lang"]), "by_label_lang": cnt(inj, lambda r: r["label"] + "/" + r["lang"]),
                      "by_format": cnt(inj, lambda r: r["format"]), "text_length_chars": lens(inj)},
        "secrets": {"total": len(sec), "by_label": cnt(sec, lambda r: r["label"]), "by_label_category": cnt(sec, lambda r: r["label"] + "/" + r["category"]),
                    "by_format": cnt(sec, lambda r: r["format"]), "secret_strings": sum(len(r["secrets"]) for r in sec), "text_length_chars": lens(sec)},
        "pii": {"total": len(pii), "by_label": cnt(pii, lambda r: r["label"]), "by_label_category": cnt(pii, lambda r: r["label"] + "/" + r["category"]),
                "by_format": cnt(pii, lambda r: r["format"]), "entities_by_type": cnt([e for r in pii for e in r["entities"]], lambda e: e["type"]),
                "text_length_chars": lens(pii)},
    }


def main():
    inj = build_injection()
    sec = build_secrets()
    pii = build_pii()
    problems = check(inj, sec, pii)
    write_jsonl("injection.jsonl", inj)
    write_jsonl("secrets.jsonl", sec)
    write_jsonl("pii.jsonl", pii)
    st = stats(inj, sec, pii)
    with open(os.path.join(OUT, "stats.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(st, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    if problems:
        print("SELF-CHECK PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("ok: injection=%d secrets=%d pii=%d" % (len(inj), len(sec), len(pii)))


if __name__ == "__main__":
    main()
