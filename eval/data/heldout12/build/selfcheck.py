"""Validate the heldout12 files.  python3 build/selfcheck.py   (exit code 0 = all good)

Checks: JSON parses, fields/types, ids unique and sequential, counts, every listed
secret/entity occurs verbatim in its text, card numbers pass Luhn with a real brand
prefix, IBAN checksums, SSA rules for SSNs, regex scans for unlisted emails / IPv4 /
card numbers / SSNs / IBANs in pii.jsonl, and that rebuilding in memory reproduces
the files byte for byte.
"""
import collections
import hashlib
import io
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from common import CARD_BRANDS, iban_ok, luhn_ok, ssn_ok  # noqa: E402

ROOT = os.path.dirname(HERE)
ERR = []


def err(msg):
    ERR.append(msg)


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err("%s line %d does not parse: %s" % (name, n, e))
    return rows


def brand_ok(digits):
    for prefixes, length in CARD_BRANDS.values():
        if len(digits) == length and any(digits.startswith(p) for p in prefixes):
            return True
    # broader real-world ranges (Visa 13/19, Mastercard 2-series, etc.)
    if digits[0] == "4" and len(digits) in (13, 16, 19):
        return True
    if len(digits) == 16 and (51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720):
        return True
    return False


def card_valid(v):
    dg = re.sub(r"[ -]", "", v)
    return dg.isdigit() and 13 <= len(dg) <= 19 and luhn_ok(dg) and brand_ok(dg)


def check_common(name, rows, prefix, fields):
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err("%s: duplicate ids" % name)
    for i, r in enumerate(rows, 1):
        if r.get("id") != "%s-%04d" % (prefix, i):
            err("%s: id not sequential at row %d (%s)" % (name, i, r.get("id")))
        if list(r.keys()) != fields:
            err("%s %s: fields %s" % (name, r.get("id"), list(r.keys())))
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("%s %s: empty text" % (name, r.get("id")))
    texts = [r["text"] for r in rows]
    if len(set(texts)) != len(texts):
        err("%s: duplicate texts" % name)


def check_injection(rows):
    check_common("injection", rows, "inj", ["id", "format", "lang", "label", "category", "text"])
    lab = collections.Counter(r["label"] for r in rows)
    if lab != {"injection": 160, "benign": 240}:
        err("injection labels %s" % lab)
    cats = collections.Counter((r["label"], r["category"]) for r in rows)
    inj_cats = [c for (l, c) in cats if l == "injection"]
    if len(inj_cats) < 8:
        err("too few injection categories")
    if cats[("benign", "ordinary")] != 100:
        err("ordinary count %d" % cats[("benign", "ordinary")])
    hard = {c: n for (l, c), n in cats.items() if l == "benign" and c != "ordinary"}
    if len(hard) != 14 or any(n != 10 for n in hard.values()):
        err("hard negatives %s" % hard)
    non_en = sum(1 for r in rows if r["label"] == "injection" and r["lang"] != "en")
    if not 40 <= non_en <= 50:
        err("non-English injection rows: %d" % non_en)
    for need in ("zh", "ja", "ko"):
        if not any(r["lang"] == need and r["label"] == "injection" for r in rows):
            err("no %s injection rows" % need)
    print("injection: %d rows, labels %s, non-English injections %d, formats %d" % (len(rows), dict(lab), non_en, len(set(r["format"] for r in rows))))


def check_secrets(rows):
    check_common("secrets", rows, "sec", ["id", "format", "label", "category", "secrets", "text"])
    lab = collections.Counter(r["label"] for r in rows)
    if lab != {"secret": 90, "clean": 60}:
        err("secrets labels %s" % lab)
    total = 0
    for r in rows:
        if not isinstance(r["secrets"], list):
            err("%s secrets not a list" % r["id"])
            continue
        if r["label"] == "secret" and not r["secrets"]:
            err("%s: secret row without secrets" % r["id"])
        if r["label"] == "clean" and r["secrets"]:
            err("%s: clean row with secrets" % r["id"])
        for v in r["secrets"]:
            total += 1
            if v not in r["text"]:
                err("%s: secret value not in text" % r["id"])
    kinds = len(set(r["category"] for r in rows if r["label"] == "secret"))
    if kinds < 30:
        err("only %d secret kinds" % kinds)
    if not 100 <= total <= 120:
        err("secret values total %d" % total)
    print("secrets: %d rows, labels %s, secret values %d, kinds %d" % (len(rows), dict(lab), total, kinds))


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IP_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
CARD_RE = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])")
SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")


def valid_ip(s):
    return all(0 <= int(p) <= 255 for p in s.split("."))


def check_pii(rows):
    check_common("pii", rows, "pii", ["id", "format", "label", "category", "entities", "text"])
    lab = collections.Counter(r["label"] for r in rows)
    if lab != {"pii": 108, "clean": 42}:
        err("pii labels %s" % lab)
    prim = collections.Counter(r["category"] for r in rows if r["label"] == "pii")
    if set(prim) != {"email", "phone", "ssn", "credit_card", "iban", "ipv4"} or any(n != 18 for n in prim.values()):
        err("pii primary counts %s" % prim)
    ent_types = collections.Counter()
    for r in rows:
        ents = r["entities"]
        if r["label"] == "clean" and ents:
            err("%s: clean row with entities" % r["id"])
        if r["label"] == "pii" and r["category"] not in [e["type"] for e in ents]:
            err("%s: primary type not among entities" % r["id"])
        listed = collections.defaultdict(set)
        for e in ents:
            t, v = e.get("type"), e.get("value")
            ent_types[t] += 1
            listed[t].add(v)
            if v not in r["text"]:
                err("%s: entity %s %r not in text" % (r["id"], t, v))
            if t == "credit_card" and not card_valid(v):
                err("%s: card fails Luhn/brand %s" % (r["id"], v))
            if t == "iban" and not iban_ok(v):
                err("%s: bad IBAN %s" % (r["id"], v))
            if t == "ssn" and not ssn_ok(v):
                err("%s: SSN breaks SSA rules %s" % (r["id"], v))
            if t == "ipv4" and not valid_ip(v):
                err("%s: bad ipv4 %s" % (r["id"], v))
            if t not in ("email", "phone", "ssn", "credit_card", "iban", "ipv4"):
                err("%s: unknown type %s" % (r["id"], t))
        text = r["text"]
        # scans for unlisted entities
        for m in EMAIL_RE.findall(text):
            if m not in listed["email"]:
                err("%s: unlisted email %s" % (r["id"], m))
        if r["label"] == "pii":
            for m in IP_RE.findall(text):
                if valid_ip(m) and m not in listed["ipv4"]:
                    err("%s: unlisted ipv4 %s" % (r["id"], m))
        listed_cards = {re.sub(r"[ -]", "", v) for v in listed["credit_card"]}
        for m in CARD_RE.findall(text):
            dg = re.sub(r"[ -]", "", m)
            if card_valid(m) and dg not in listed_cards:
                err("%s: unlisted Luhn-valid card-like number %s" % (r["id"], m))
        for m in SSN_RE.findall(text):
            if ssn_ok(m) and m not in listed["ssn"]:
                err("%s: unlisted valid SSN %s" % (r["id"], m))
        listed_ibans = {v.replace(" ", "") for v in listed["iban"]}
        for m in IBAN_RE.findall(text):
            if iban_ok(m) and m.replace(" ", "") not in listed_ibans:
                err("%s: unlisted valid IBAN %s" % (r["id"], m))
    print("pii: %d rows, labels %s, entities %s" % (len(rows), dict(lab), dict(ent_types)))


def check_rebuild():
    """Regenerate in memory with build.py's logic and compare bytes with the files."""
    import build
    for name, gen, s1, s2 in (("injection", build.gen_injection, build.SEED, build.SEED + 1),
                              ("secrets", build.gen_secrets, build.SEED + 10, build.SEED + 11),
                              ("pii", build.gen_pii, build.SEED + 20, build.SEED + 21)):
        rows = gen.generate(s1)
        r = random.Random(s2)
        r.shuffle(rows)
        buf = io.StringIO()
        for i, row in enumerate(rows, 1):
            row = dict(row, id="%s-%04d" % (build.PREFIX[name], i))
            buf.write(json.dumps({k: row[k] for k in build.FIELDS[name]}, ensure_ascii=False) + "\n")
        with open(os.path.join(ROOT, name + ".jsonl"), encoding="utf-8") as f:
            disk = f.read()
        if buf.getvalue() != disk:
            err("%s.jsonl differs from an in-memory rebuild" % name)
        else:
            print("%s.jsonl reproducible, md5 %s" % (name, hashlib.md5(disk.encode("utf-8")).hexdigest()))


def check_stats(inj, sec, pii):
    with open(os.path.join(ROOT, "stats.json"), encoding="utf-8") as f:
        st = json.load(f)
    for name, rows in (("injection.jsonl", inj), ("secrets.jsonl", sec), ("pii.jsonl", pii)):
        if st[name]["rows"] != len(rows) or st[name]["by_label"] != dict(sorted(collections.Counter(r["label"] for r in rows).items())):
            err("stats.json out of date for %s" % name)


def main():
    inj, sec, pii = load("injection.jsonl"), load("secrets.jsonl"), load("pii.jsonl")
    check_injection(inj)
    check_secrets(sec)
    check_pii(pii)
    check_stats(inj, sec, pii)
    check_rebuild()
    if ERR:
        print("\n%d problem(s):" % len(ERR))
        for e in ERR:
            print("  -", e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
