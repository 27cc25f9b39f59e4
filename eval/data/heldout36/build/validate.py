"""Validates secrets.jsonl and pii.jsonl and prints summary statistics (writes build/stats.json)."""
import json, re, os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from common import luhn_ok, iban_ok, ssn_ok
ROOT = os.path.join(os.path.dirname(__file__), "..")
errs = []
def err(m): errs.append(m)

def load(name):
    return [json.loads(l) for l in open(os.path.join(ROOT, name), encoding="utf-8")]

S, P = load("secrets.jsonl"), load("pii.jsonl")
for rows, key, pre, lab in [(S, "secrets", "s36-", "secret"), (P, "entities", "p36-", "pii")]:
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids): err(f"dup ids {pre}")
    if ids != [f"{pre}{i:03d}" for i in range(1, len(rows) + 1)]: err(f"id sequence {pre}")
    if len(rows) != 160: err(f"{pre} rows {len(rows)}")
    c = collections.Counter(r["label"] for r in rows)
    if c[lab] != 100 or c["clean"] != 60: err(f"{pre} labels {c}")
    allvals = set()
    for r in rows:
        if set(r) != {"id", "format", "label", "category", key, "text"}: err(f"{r['id']} keys {set(r)}")
        if not 150 <= len(r["text"]) <= 2500: err(f"{r['id']} len {len(r['text'])}")
        vals = [x["value"] for x in r[key]]
        if len(vals) != len(set(vals)): err(f"{r['id']} duplicate values")
        for v in vals:
            if v not in r["text"]: err(f"{r['id']} value not substring: {v[:40]}")
        if r["label"] == "clean" and r[key]: err(f"{r['id']} clean row has values")
        if r["label"] != "clean" and not r[key]: err(f"{r['id']} positive row without values")
        allvals |= set(vals)
    for r in rows:
        if r["label"] == "clean":
            for v in allvals:
                if v in r["text"]: err(f"{r['id']} clean row contains labelled value {v[:40]}")
    cats = [r["category"] for r in rows if r["label"] == "clean"]
    if len(set(cats)) != 60: err(f"{pre} clean categories not distinct: {len(set(cats))}")

# PII validity
T6 = {"phone", "email", "credit_card", "ssn", "ipv4", "iban"}
for r in P:
    for x in r["entities"]:
        t, v = x["type"], x["value"]
        if t not in T6: err(f"{r['id']} bad type {t}")
        if t == "credit_card" and not (luhn_ok(v) and 13 <= len(re.sub(r'\D', '', v)) <= 19): err(f"{r['id']} luhn {v}")
        if t == "iban" and not iban_ok(v): err(f"{r['id']} iban {v}")
        if t == "ssn" and not ssn_ok(v): err(f"{r['id']} ssn {v}")
        if t == "ipv4" and not (re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v) and all(0 <= int(o) <= 255 for o in v.split("."))): err(f"{r['id']} ip {v}")
        if t == "email" and not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.example", v): err(f"{r['id']} email {v}")
        if t == "phone" and not re.fullmatch(r"[+0-9()\-. ]{7,22}", v): err(f"{r['id']} phone {v}")

# heuristic completeness scans
EM = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IP = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
IBAN_COUNTRIES = set("AD AE AL AT AZ BA BE BG BH BR BY CH CR CY CZ DE DK DO EE EG ES FI FO FR GB GE GI GL GR GT HR HU IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV MC MD ME MK MR MT MU NL NO PK PL PS PT QA RO RS SA SC SE SI SK SM ST SV TL TN TR UA VA VG XK".split())
for r in P:
    lab = {x["value"] for x in r["entities"]}
    for m in EM.findall(r["text"]):
        if m not in lab: err(f"{r['id']} unlabelled e-mail-like {m}")
    for m in IP.findall(r["text"]):
        if m not in lab and r["category"] not in ("ip_like_version_numbers", "asn1_oids"): err(f"{r['id']} unlabelled ipv4-like {m}")
    for m in IBAN.findall(r["text"]):
        if r["category"] != "rf_creditor_references" and m[:2] in IBAN_COUNTRIES and iban_ok(m) and not any(m.replace(' ', '') in v.replace(' ', '') or v.replace(' ', '') in m.replace(' ', '') for v in lab):
            err(f"{r['id']} unlabelled valid IBAN {m}")
SECRET_MARKERS = ["ghp_", "gho_", "ghs_", "github_pat_", "glpat-", "xoxb-", "xoxp-", "sk_live_", "rk_live_", "whsec_", "AKIA", "ASIA", "PRIVATE KEY", "hvs.", "SG.", "npm_", "hooks.slack.com", "AccountKey="]
for r in S:
    if r["label"] == "clean":
        for m in SECRET_MARKERS:
            if m in r["text"] and not (m == "AKIA" and "AKIAIOSFODNN7EXAMPLE" in r["text"]):
                err(f"{r['id']} clean secrets row contains marker {m}")

st = {
 "secrets": {"rows": len(S), "secret_rows": sum(r["label"] == "secret" for r in S), "clean_rows": sum(r["label"] == "clean" for r in S),
             "secret_values": sum(len(r["secrets"]) for r in S), "distinct_kinds": len({x["kind"] for r in S for x in r["secrets"]}),
             "kinds": dict(collections.Counter(x["kind"] for r in S for x in r["secrets"]).most_common()),
             "formats": dict(collections.Counter(r["format"] for r in S).most_common()),
             "clean_categories": sorted(r["category"] for r in S if r["label"] == "clean")},
 "pii": {"rows": len(P), "pii_rows": sum(r["label"] == "pii" for r in P), "clean_rows": sum(r["label"] == "clean" for r in P),
         "entities": sum(len(r["entities"]) for r in P), "types": dict(collections.Counter(x["type"] for r in P for x in r["entities"]).most_common()),
         "iban_countries": dict(collections.Counter(x["value"][:2] for r in P for x in r["entities"] if x["type"] == "iban").most_common()),
         "card_brands": {}, "ssn_formats": dict(collections.Counter("dashed" if "-" in x["value"] else "spaced" if " " in x["value"] else "9-digit" for r in P for x in r["entities"] if x["type"] == "ssn")),
         "ipv4_private_vs_public": dict(collections.Counter("private" if re.match(r"^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)", x["value"]) else "public" for r in P for x in r["entities"] if x["type"] == "ipv4")),
         "formats": dict(collections.Counter(r["format"] for r in P).most_common()),
         "clean_categories": sorted(r["category"] for r in P if r["label"] == "clean")},
}
def brand(v):
    d = re.sub(r"\D", "", v)
    if d[0] == "4": return "visa"
    if d[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(d[:4]) <= 2720: return "mastercard"
    if d[:2] in ("34", "37"): return "amex"
    if d[:4] == "6011" or d[:2] == "65": return "discover"
    if 3528 <= int(d[:4]) <= 3589: return "jcb"
    if d[:2] == "36": return "diners"
    if d[:2] == "62": return "unionpay"
    return "other"
st["pii"]["card_brands"] = dict(collections.Counter(brand(x["value"]) for r in P for x in r["entities"] if x["type"] == "credit_card").most_common())
pc = os.path.join(os.path.dirname(__file__), "phone_country_stats.json")
st["pii"]["phone_countries_generated"] = json.load(open(pc)) if os.path.exists(pc) else {}
st["formats_total_distinct"] = len(set(st["secrets"]["formats"]) | set(st["pii"]["formats"]))

checks = [(st["secrets"]["distinct_kinds"] >= 90, "kinds>=90"), (120 <= st["secrets"]["secret_values"] <= 140, "secret values 120-140"),
          (st["pii"]["entities"] >= 450, "entities>=450"), (len(st["pii"]["iban_countries"]) >= 15, "iban countries>=15"),
          (len(st["pii"]["phone_countries_generated"]) >= 25, "phone countries>=25"), (st["formats_total_distinct"] >= 100, "formats>=100")]
for ok, name in checks:
    if not ok: err("threshold failed: " + name)
json.dump(st, open(os.path.join(os.path.dirname(__file__), "stats.json"), "w"), indent=1, ensure_ascii=False)
print(json.dumps({k: v for k, v in st.items()}, ensure_ascii=False)[:1500])
print("ERRORS:", len(errs))
for e in errs[:60]: print(" -", e)
sys.exit(1 if errs else 0)
