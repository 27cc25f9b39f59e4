import json, re, sys
from collections import Counter
sys.path.insert(0, "/work/probe44c/build")
from pii_gen import luhn_ok, iban_ok, ssn_valid

def load(p):
    rows = [json.loads(l) for l in open(p)]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "dup ids"
    return rows

errs = []
S = load("/work/probe44c/secrets.jsonl")
lab = Counter(r["label"] for r in S)
print("secrets labels", lab)
cats_s = Counter(r["category"] for r in S if r["label"] == "secret")
cats_c = Counter(r["category"] for r in S if r["label"] == "clean")
print("secret kinds", len(cats_s), "clean kinds", len(cats_c))
for r in S:
    if r["label"] == "secret" and not r["secrets"]: errs.append(("no secrets", r["id"]))
    if r["label"] == "clean" and r["secrets"]: errs.append(("clean with secrets", r["id"]))
    for v in r["secrets"]:
        if v not in r["text"]: errs.append(("not substring", r["id"], v[:30]))
        if len(v) < 8: errs.append(("short secret", r["id"], v))
L = [len(r["text"]) for r in S]; print("secret text len min/max/median", min(L), max(L), sorted(L)[len(L)//2])

P = load("/work/probe44c/pii.jsonl")
print("pii labels", Counter(r["label"] for r in P))
tc = Counter()
for r in P:
    if r["label"] == "pii" and not r["entities"]: errs.append(("no ents", r["id"]))
    if r["label"] == "clean" and r["entities"]: errs.append(("clean with ents", r["id"]))
    for e in r["entities"]:
        tc[e["type"]] += 1
        v = e["value"]
        if v not in r["text"]: errs.append(("not substring", r["id"], v))
        t = e["type"]
        if t == "credit_card" and not luhn_ok(v): errs.append(("luhn", r["id"], v))
        if t == "iban" and not iban_ok(v): errs.append(("iban", r["id"], v))
        if t == "ssn" and not ssn_valid(v): errs.append(("ssn", r["id"], v))
        if t == "ipv4":
            o = [int(x) for x in v.split(".")]
            if len(o) != 4 or any(x > 255 for x in o): errs.append(("ip", r["id"], v))
        if t == "email" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", v): errs.append(("email", r["id"], v))
print("entity counts", tc, sum(tc.values()))
L = [len(r["text"]) for r in P]; print("pii text len min/max/median", min(L), max(L), sorted(L)[len(L)//2])

# Look-alike audit of pii rows: anything card/iban/ssn/email/ip-like NOT listed
card_re = re.compile(r"(?<![\d.])(?:\d[ -]?){12,18}\d(?![\d.])")
iban_re = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
ip_re = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
email_re = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
ssn_re = re.compile(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])")
for r in P:
    listed = " || ".join(e["value"] for e in r["entities"])
    for m in card_re.finditer(r["text"]):
        v = m.group().strip()
        if luhn_ok(v) and v not in listed: print("UNLISTED luhn-valid", r["id"], r["label"], r["category"], v)
    for m in iban_re.finditer(r["text"]):
        v = m.group()
        try:
            if iban_ok(v) and v not in listed: print("UNLISTED iban", r["id"], r["label"], v)
        except Exception: pass
    for m in ip_re.finditer(r["text"]):
        v = m.group()
        if v not in listed: print("UNLISTED ip-like", r["id"], r["label"], r["category"], v)
    for m in email_re.finditer(r["text"]):
        if m.group() not in listed: print("UNLISTED email", r["id"], r["label"], m.group())
    for m in ssn_re.finditer(r["text"]):
        if ssn_valid(m.group()) and m.group() not in listed: print("UNLISTED ssn-like", r["id"], r["label"], r["category"], m.group())
print("ERRORS", errs)
