"""Validate heldout29 files: parsing, schema, substrings, counts, and scan for unlabelled PII-type values."""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import iban_ok, luhn_ok  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
problems = []


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as ex:  # noqa: BLE001
                problems.append(f"{name}:{n} does not parse: {ex}")
    return rows


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "BE": 16, "IT": 27, "AT": 20, "CH": 21, "IE": 22, "PL": 28,
            "SE": 24, "DK": 18, "PT": 25, "LU": 20, "FI": 18, "NO": 15, "AE": 23, "TR": 26, "BR": 29}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
CARD_RE = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])")
IBAN_RE = re.compile(r"(?<![A-Z])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
DOC_TEST_PANS = {"4242424242424242", "4000056655665556", "5555555555554444", "378282246310005", "4000002500003155",
                 "4000000000009995"}
DOTTED_VERSION_OK = {"3.4.0.0", "1.9.0.0", "3.4.2.118"}


def card_brand_ok(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return True
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if n == 15 and d[:2] in ("34", "37"):
        return True
    if n == 16 and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649 or 3528 <= int(d[:4]) <= 3589 or d.startswith("62")):
        return True
    if n == 14 and (d[:2] in ("36", "38") or 300 <= int(d[:3]) <= 305):
        return True
    return False


def scan(text):
    found = []
    for m in EMAIL_RE.finditer(text):
        found.append(("email", m.group()))
    for m in IPV4_RE.finditer(text):
        if text[max(0, m.start() - 7):m.start()].endswith(("Safari/", "Chrome/")):
            continue  # browser version in a user-agent string, not an address
        if all(int(p) <= 255 for p in m.group().split(".")):
            found.append(("ipv4", m.group()))
    for m in SSN_RE.finditer(text):
        a, g, s = m.group().split("-")
        if a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000":
            found.append(("ssn", m.group()))
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d) and card_brand_ok(d):
            found.append(("credit_card", m.group()))
    for m in IBAN_RE.finditer(text):
        v = m.group().rstrip()
        c = v.replace(" ", "")
        if c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]] and iban_ok(c):
            found.append(("iban", v))
    return found


def check_common(rows, name, list_key, pos_label):
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: duplicate ids")
    for r in rows:
        keys = set(r)
        if keys != {"id", "format", "label", "category", list_key, "text"}:
            problems.append(f"{r['id']}: keys {keys}")
        if r["label"] not in (pos_label, "clean"):
            problems.append(f"{r['id']}: bad label")
        if r["label"] == "clean" and r[list_key]:
            problems.append(f"{r['id']}: clean row has values")
        if r["label"] == pos_label and not r[list_key]:
            problems.append(f"{r['id']}: positive row without values")
        for v in r[list_key]:
            if v["value"] not in r["text"]:
                problems.append(f"{r['id']}: value not substring: {v['value'][:40]}")


def main():
    s = load("secrets.jsonl")
    p = load("pii.jsonl")
    check_common(s, "secrets", "secrets", "secret")
    check_common(p, "pii", "entities", "pii")

    # secrets stats
    pos = [r for r in s if r["label"] == "secret"]
    neg = [r for r in s if r["label"] == "clean"]
    kinds = collections.Counter(x["kind"] for r in pos for x in r["secrets"])
    nsec = sum(len(r["secrets"]) for r in pos)
    print(f"secrets.jsonl: {len(s)} rows ({len(pos)} secret, {len(neg)} clean), {nsec} secrets, {len(kinds)} kinds, "
          f"{len(set(r['category'] for r in neg))} clean categories, {len(set(r['format'] for r in s))} formats")
    vals = [x["value"] for r in pos for x in r["secrets"]]
    if len(set(vals)) != len(vals):
        problems.append("secrets: duplicate secret values across rows")
    for r in neg:
        for t, v in scan(r["text"]):
            pass  # PII in secret clean rows is allowed

    # pii stats + unlabelled scan
    pos = [r for r in p if r["label"] == "pii"]
    neg = [r for r in p if r["label"] == "clean"]
    types = collections.Counter(x["type"] for r in pos for x in r["entities"])
    print(f"pii.jsonl: {len(p)} rows ({len(pos)} pii, {len(neg)} clean), {sum(types.values())} entities {dict(types)}, "
          f"{len(set(r['category'] for r in neg))} clean categories, {len(set(r['format'] for r in p))} formats")
    for r in p:
        labelled = {(x["type"], x["value"]) for x in r["entities"]}
        lv = [x["value"] for x in r["entities"]]
        for t, v in scan(r["text"]):
            if (t, v) in labelled:
                continue
            if any(v in x or x in v for x in lv if t in ("iban", "credit_card")):
                continue
            if r["label"] == "clean" and t == "credit_card" and re.sub(r"\D", "", v) in DOC_TEST_PANS:
                continue
            if r["label"] == "clean" and t == "ipv4" and v in DOTTED_VERSION_OK:
                continue
            problems.append(f"{r['id']} ({r['label']}/{r['category']}): unlabelled {t}: {v}")
        # phone-ish scan for clean rows
        if r["label"] == "clean":
            for m in re.finditer(r"\+\d[\d ()-]{7,}\d", r["text"]):
                problems.append(f"{r['id']} clean: phone-like {m.group()}")
    # labelled values must be recognised by the validator for structured types
    for r in pos:
        found = {v for _, v in scan(r["text"])}
        for x in r["entities"]:
            if x["type"] == "ssn" and x["value"].isdigit():
                continue  # undashed SSN (e.g. IRS file layout) - not searched by the shape scan
            if x["type"] in ("email", "ipv4", "ssn", "iban", "credit_card") and x["value"] not in found:
                problems.append(f"{r['id']}: labelled {x['type']} not re-detected by validator: {x['value']}")
    lens = [len(r["text"]) for r in s + p]
    print(f"text length: min {min(lens)}, median {sorted(lens)[len(lens) // 2]}, max {max(lens)}")
    if problems:
        print(f"{len(problems)} problems:")
        for x in problems:
            print("  " + x)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
