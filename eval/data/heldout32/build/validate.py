#!/usr/bin/env python3
"""Validate heldout32: substrings, ids, counts, clean-row hygiene, Luhn / mod-97 / SSA rules, lengths."""
import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
from pii_values import luhn_ok, iban_ok, ssn_ok
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = {"phone", "email", "credit_card", "ssn", "ipv4", "iban"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPLIKE_CLEAN_OK = {"ip_like_version_numbers", "snmp_oids"}   # documented look-alikes
errors = []
def err(m): errors.append(m)

def load(name):
    return [json.loads(l) for l in open(os.path.join(D, name), encoding="utf-8")]

S, P = load("secrets.jsonl"), load("pii.jsonl")
for name, rows, key, prefix, poslabel in (("secrets", S, "secrets", "s32-", "secret"), ("pii", P, "entities", "p32-", "pii")):
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids): err(f"{name}: duplicate ids")
    if ids != [f"{prefix}{i:03d}" for i in range(1, len(rows) + 1)]: err(f"{name}: ids not sequential")
    lab = Counter(r["label"] for r in rows)
    if lab != Counter({poslabel: 100, "clean": 60}): err(f"{name}: label counts {lab}")
    allvals = set()
    for r in rows:
        if set(r) != {"id", "format", "label", "category", key, "text"}: err(f"{r['id']}: keys {set(r)}")
        if not 150 <= len(r["text"]) <= 2500: err(f"{r['id']}: length {len(r['text'])}")
        vals = [x["value"] for x in r[key]]
        if len(vals) != len(set(vals)): err(f"{r['id']}: duplicate value in row")
        for x in r[key]:
            if x["value"] not in r["text"]: err(f"{r['id']}: value not substring: {x['value'][:40]}")
            if r["label"] == poslabel: allvals.add(x["value"])
        if r["label"] == poslabel and not r[key]: err(f"{r['id']}: positive row without values")
        if r["label"] == "clean" and r[key]: err(f"{r['id']}: clean row with values")
    for r in rows:
        if r["label"] == "clean":
            for v in allvals:
                if v in r["text"]: err(f"{r['id']}: clean row contains labelled value {v[:40]}")
    clean_cats = [r["category"] for r in rows if r["label"] == "clean"]
    if len(set(clean_cats)) != 60: err(f"{name}: clean categories not all different ({len(set(clean_cats))})")

# secrets specifics
nsec = sum(len(r["secrets"]) for r in S); kinds = {x["kind"] for r in S for x in r["secrets"]}
if not 120 <= nsec <= 140: err(f"secrets: {nsec} secrets (want 120-140)")
if len(kinds) < 90: err(f"secrets: only {len(kinds)} kinds")
for r in S:   # GitHub / npm CRC32 checksums
    import zlib
    from common import base62
    for x in r["secrets"]:
        v = x["value"]
        if re.fullmatch(r"(ghp|gho|ghs|ghu|npm)_[A-Za-z0-9]{36}", v):
            body = v.split("_", 1)[1]
            if base62(zlib.crc32(body[:30].encode())).rjust(6, "0") != body[30:]: err(f"{r['id']}: bad CRC32 in {v[:8]}")

# pii specifics
ents = [x for r in P for x in r["entities"]]
if len(ents) < 450: err(f"pii: only {len(ents)} entities")
for r in P:
    for x in r["entities"]:
        t, v = x["type"], x["value"]
        if t not in TYPES: err(f"{r['id']}: bad type {t}")
        if t == "credit_card" and not (luhn_ok(re.sub(r"\D", "", v)) and 14 <= len(re.sub(r"\D", "", v)) <= 19): err(f"{r['id']}: Luhn fail {v}")
        if t == "iban" and not iban_ok(v): err(f"{r['id']}: IBAN fail {v}")
        if t == "ssn" and not ssn_ok(v): err(f"{r['id']}: SSN fail {v}")
        if t == "email" and not EMAIL_RE.fullmatch(v): err(f"{r['id']}: email shape {v}")
        if t == "ipv4" and not (IPV4_RE.fullmatch(v) and all(0 <= int(o) <= 255 for o in v.split("."))): err(f"{r['id']}: ipv4 shape {v}")
    lab = {x["value"] for x in r["entities"]}
    for m in EMAIL_RE.findall(r["text"]):
        if m not in lab: err(f"{r['id']}: unlabelled e-mail {m}")
    for m in IPV4_RE.findall(r["text"]):
        if r["label"] == "clean" and r["category"] in IPLIKE_CLEAN_OK: continue
        if m not in lab: err(f"{r['id']}: unlabelled IPv4-shaped {m}")
ibans = {x["value"].replace(" ", "")[:2] for x in ents if x["type"] == "iban"}
if len(ibans) < 15: err(f"pii: IBAN countries {len(ibans)}")

print("secrets rows", len(S), "secrets", nsec, "kinds", len(kinds))
print("pii rows", len(P), "entities", len(ents), Counter(x["type"] for x in ents))
print("formats", len({r['format'] for r in S} | {r['format'] for r in P}))
if errors:
    print("\n".join(errors[:50])); print(f"FAILED: {len(errors)} problems"); sys.exit(1)
print("ALL CHECKS PASSED")
