"""Validate heldout38 files. Exit non-zero on any hard failure."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import luhn_ok
from gen_pii import iban_check, ssn_ok
fail = []
def F(msg): fail.append(msg)
def load(n):
    return [json.loads(l) for l in open(os.path.join(OUT, n), encoding="utf-8")]
S, P = load("secrets.jsonl"), load("pii.jsonl")
for rows, key, pos, pre in [(S, "secrets", "secret", "s38"), (P, "entities", "pii", "p38")]:
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids): F(f"{pre}: duplicate ids")
    if ids != [f"{pre}-{i:03d}" for i in range(1, len(rows) + 1)]: F(f"{pre}: ids not sequential")
    lab = Counter(r["label"] for r in rows)
    if lab != Counter({pos: 100, "clean": 60}): F(f"{pre}: label counts {lab}")
    allvals = set()
    for r in rows:
        if set(r) != {"id", "format", "label", "category", key, "text"}: F(f"{r['id']}: keys {set(r)}")
        if not 150 <= len(r["text"]) <= 2500: F(f"{r['id']}: text length {len(r['text'])}")
        vals = [x["value"] for x in r[key]]
        if len(vals) != len(set(vals)): F(f"{r['id']}: duplicate value")
        for v in vals:
            if v not in r["text"]: F(f"{r['id']}: value not substring")
            allvals.add(v)
        if r["label"] == pos and not vals: F(f"{r['id']}: positive without values")
        if r["label"] == "clean" and vals: F(f"{r['id']}: clean with values")
    for r in rows:
        if r["label"] == "clean":
            for v in allvals:
                if v in r["text"]: F(f"{r['id']}: clean row contains labelled value {v[:20]}")
    cats = Counter(r["category"] for r in rows if r["label"] == "clean")
    if len(cats) != 60: F(f"{pre}: clean categories not distinct ({len(cats)})")

# secrets specifics
kinds = Counter(x["kind"] for r in S for x in r["secrets"])
nsec = sum(kinds.values())
if len(kinds) < 90: F(f"secret kinds {len(kinds)} < 90")
if not 120 <= nsec <= 140: F(f"secret count {nsec} not in 120-140")
# pii specifics
ents = [e for r in P for e in r["entities"]]
tc = Counter(e["type"] for e in ents)
if set(tc) != {"phone", "email", "credit_card", "ssn", "ipv4", "iban"}: F(f"types {tc}")
if len(ents) < 450: F(f"pii entities {len(ents)} < 450")
ipre = re.compile(r"^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$")
for e in ents:
    v = e["value"]
    if e["type"] == "credit_card" and not luhn_ok(v): F(f"luhn fail {v}")
    if e["type"] == "iban" and not iban_check(v): F(f"iban fail {v}")
    if e["type"] == "ssn" and not ssn_ok(v): F(f"ssn fail {v}")
    if e["type"] == "ipv4" and not ipre.match(v): F(f"ip fail {v}")
    if e["type"] == "email" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", v): F(f"email fail {v}")
ibc = Counter(e["value"][:2] for e in ents if e["type"] == "iban")
if len(ibc) < 15: F(f"iban countries {len(ibc)}")
# completeness heuristics on pii rows: every e-mail and dotted quad in positive rows is labelled; none in clean rows
EM = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IP = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.])")
notes = []
for r in P:
    vals = {e["value"] for e in r["entities"]}
    for m in EM.findall(r["text"]):
        if m not in vals: (F if True else notes.append)(f"{r['id']}: unlabelled email-like {m}")
    for m in IP.findall(r["text"]):
        if m not in vals: notes.append(f"{r['id']} ({r['label']},{r['category']}): unlabelled dotted quad {m}")
fmts = {r["format"] for r in S} | {r["format"] for r in P}
if len(fmts) < 100: F(f"formats {len(fmts)} < 100")
print("secrets: rows", len(S), "secret values", nsec, "kinds", len(kinds))
print("pii: rows", len(P), "entities", len(ents), dict(tc), "iban countries", len(ibc))
print("distinct formats", len(fmts), "(secrets", len({r['format'] for r in S}), "pii", len({r['format'] for r in P}), ")")
for n in notes: print("NOTE", n)
if fail:
    print("FAILURES:"); [print(" ", x) for x in fail]; sys.exit(1)
print("ALL CHECKS PASSED")
