"""Verify the built files. Exit code 1 on any hard failure.

Run: PYTHONDONTWRITEBYTECODE=1 python3 build/selfcheck.py
"""
import collections
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from util import iban_ok, luhn_ok, ssn_ok  # noqa: E402

FAIL = []
WARN = []


def fail(msg):
    FAIL.append(msg)


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            o = json.loads(line)
            if json.dumps(o, ensure_ascii=False) != line.rstrip("\n"):
                fail(f"{name}:{ln} not serialised with json.dumps(ensure_ascii=False)")
            rows.append(o)
    return rows


def check_ids(rows, prefix, n):
    ids = [r["id"] for r in rows]
    if len(ids) != n:
        fail(f"{prefix}: expected {n} rows, got {len(ids)}")
    if len(set(ids)) != len(ids):
        fail(f"{prefix}: duplicate ids")
    if ids != [f"{prefix}-{i:04d}" for i in range(1, len(ids) + 1)]:
        fail(f"{prefix}: ids not sequential")
    texts = [r["text"] for r in rows]
    if len(set(texts)) != len(texts):
        fail(f"{prefix}: duplicate texts")


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
CARDRUN_RE = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
CARD_PREFIX = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|6011|65|64[4-9]|35|36|30[0-5]|62|6759|5018|5020|6304)")


def valid_ips(text):
    out = []
    for m in IP_RE.finditer(text):
        if all(0 <= int(g) <= 255 for g in m.groups()):
            out.append(m.group(0))
    return out


# ------------------------------------------------------------------ injection
def check_injection():
    rows = load("injection.jsonl")
    check_ids(rows, "inj", 400)
    lab = collections.Counter(r["label"] for r in rows)
    if lab != {"injection": 160, "benign": 240}:
        fail(f"injection labels {lab}")
    inj_cats = collections.Counter(r["category"] for r in rows if r["label"] == "injection")
    expect = {"exfiltration", "tool_call", "data_tampering", "instruction_override", "persona_hijack", "fake_system_turn",
              "fake_authority", "social_engineering", "hidden_obfuscated"}
    if set(inj_cats) != expect or not all(16 <= v <= 20 for v in inj_cats.values()):
        fail(f"injection categories {inj_cats}")
    ben = collections.Counter(r["category"] for r in rows if r["label"] == "benign")
    hard = {"security_article_quoting", "llm_app_docs_system_prompt", "runbook_imperative", "colleague_requests", "support_macro",
            "fiction_roleplay", "moderation_incident_report", "detector_test_file", "benign_encoded", "benign_hidden_html",
            "legal_policy", "chatbot_transcript", "prompt_engineering_tutorial", "postmortem"}
    if ben.get("ordinary") != 100 or set(ben) != hard | {"ordinary"} or any(ben[c] != 10 for c in hard):
        fail(f"benign categories {ben}")
    for r in rows:
        if set(r) != {"id", "format", "lang", "label", "category", "text"}:
            fail(f"{r['id']} keys {sorted(r)}")
    nfmt = len(set(r["format"] for r in rows))
    if nfmt < 35:
        fail(f"only {nfmt} formats")
    inj_langs = collections.Counter(r["lang"] for r in rows if r["label"] == "injection")
    if len([l for l in inj_langs if l != "en"]) < 12:
        fail("fewer than 12 non-English languages in injection rows")
    for l in ["zh", "ja", "ko", "de", "fr", "es", "pt", "ru", "ar", "hi"]:
        if inj_langs.get(l, 0) == 0:
            fail(f"no injection row in {l}")
    # JSON carriers should parse
    for r in rows:
        f = r["format"]
        if f.endswith("_json") or f in ("jupyter_notebook",):
            try:
                json.loads(r["text"])
            except Exception as e:
                WARN.append(f"{r['id']} {f} does not parse as JSON: {e}")
        if f.endswith("_jsonl"):
            for line in r["text"].strip().split("\n"):
                try:
                    json.loads(line)
                except Exception:
                    WARN.append(f"{r['id']} {f} has a non-JSON line")
                    break
    L = [len(r["text"]) for r in rows]
    short = sum(1 for x in L if x < 300)
    if short > 20:
        fail(f"{short} injection texts under 300 chars")
    print(f"injection.jsonl ok: {len(rows)} rows, {nfmt} formats, {len(inj_langs)} injection langs, "
          f"non-en injection rows {sum(v for k, v in inj_langs.items() if k != 'en')}, texts <300: {short}")


# ------------------------------------------------------------------ secrets
def check_secrets():
    rows = load("secrets.jsonl")
    check_ids(rows, "sec", 150)
    lab = collections.Counter(r["label"] for r in rows)
    if lab != {"secret": 90, "clean": 60}:
        fail(f"secrets labels {lab}")
    nvals = 0
    for r in rows:
        if set(r) != {"id", "format", "label", "category", "secrets", "text"}:
            fail(f"{r['id']} keys")
        if r["label"] == "clean" and r["secrets"]:
            fail(f"{r['id']} clean row lists secrets")
        if r["label"] == "secret" and not r["secrets"]:
            fail(f"{r['id']} secret row without secrets")
        for v in r["secrets"]:
            nvals += 1
            if v not in r["text"]:
                fail(f"{r['id']} secret not verbatim in text: {v[:40]}")
        if len(set(r["secrets"])) != len(r["secrets"]):
            fail(f"{r['id']} duplicate secret values")
    clean = collections.Counter(r["category"] for r in rows if r["label"] == "clean")
    if len(clean) != 15 or any(v != 4 for v in clean.values()):
        fail(f"clean categories {clean}")
    kinds = len(set(r["category"] for r in rows if r["label"] == "secret"))
    fmts = len(set(r["format"] for r in rows if r["label"] == "secret"))
    if kinds < 45:
        fail(f"only {kinds} primary credential kinds")
    if fmts < 25:
        fail(f"only {fmts} secret carriers")
    if not 100 <= nvals <= 120:
        fail(f"{nvals} secret values")
    # all secret values unique across the file (random bodies)
    allv = [v for r in rows for v in r["secrets"]]
    if len(set(allv)) != len(allv):
        WARN.append("some secret value repeats across rows")
    print(f"secrets.jsonl ok: {len(rows)} rows, {nvals} values, {kinds} primary kinds, {fmts} secret carriers")


# ------------------------------------------------------------------ pii
def shape(v):
    return re.sub(r"\d", "9", v)


def check_pii():
    rows = load("pii.jsonl")
    check_ids(rows, "pii", 150)
    lab = collections.Counter(r["label"] for r in rows)
    if lab != {"pii": 108, "clean": 42}:
        fail(f"pii labels {lab}")
    cats = collections.Counter(r["category"] for r in rows if r["label"] == "pii")
    if cats != {t: 18 for t in ["email", "phone", "ssn", "credit_card", "iban", "ipv4"]}:
        fail(f"pii categories {cats}")
    clean = collections.Counter(r["category"] for r in rows if r["label"] == "clean")
    if len(clean) != 14 or any(v != 3 for v in clean.values()):
        fail(f"clean categories {clean}")
    phone_shapes, cc_prefixes, brands, iban_cc = set(), set(), set(), set()
    for r in rows:
        if set(r) != {"id", "format", "label", "category", "entities", "text"}:
            fail(f"{r['id']} keys")
        t = r["text"]
        vals = {(e["type"], e["value"]) for e in r["entities"]}
        if len(vals) != len(r["entities"]):
            fail(f"{r['id']} duplicate entity")
        if r["label"] == "pii" and not any(e["type"] == r["category"] for e in r["entities"]):
            fail(f"{r['id']} primary type missing")
        if r["label"] == "clean" and r["entities"]:
            fail(f"{r['id']} clean row with entities")
        for e in r["entities"]:
            v = e["value"]
            if v not in t:
                fail(f"{r['id']} entity not verbatim: {v}")
            if e["type"] == "credit_card":
                if not luhn_ok(v):
                    fail(f"{r['id']} card fails Luhn {v}")
                d = re.sub(r"\D", "", v)
                if not CARD_PREFIX.match(d) or not 12 <= len(d) <= 19:
                    fail(f"{r['id']} card prefix/length {v}")
                brands.add(d[:2])
            elif e["type"] == "iban":
                if not iban_ok(v):
                    fail(f"{r['id']} IBAN fails mod-97 {v}")
                iban_cc.add(v[:2])
            elif e["type"] == "ssn":
                if not ssn_ok(v):
                    fail(f"{r['id']} SSN breaks SSA rules {v}")
            elif e["type"] == "phone":
                phone_shapes.add(shape(v))
                m = re.match(r"\+(\d{1,3})", v)
                if m:
                    cc_prefixes.add(m.group(1))
            elif e["type"] == "ipv4":
                if not valid_ips(v) or valid_ips(v)[0] != v:
                    fail(f"{r['id']} bad ipv4 {v}")
            elif e["type"] == "email":
                if not EMAIL_RE.fullmatch(v):
                    fail(f"{r['id']} bad email {v}")
        listed = {e["value"] for e in r["entities"]}
        # completeness scans
        for m in EMAIL_RE.finditer(t):
            if m.group(0) not in listed:
                fail(f"{r['id']} unlisted email {m.group(0)}")
        if r["label"] == "pii":
            for ip in valid_ips(t):
                if ip not in listed:
                    fail(f"{r['id']} unlisted ipv4 {ip}")
        for m in SSN_RE.finditer(t):
            if ssn_ok(m.group(0)) and m.group(0) not in listed:
                fail(f"{r['id']} unlisted SSN-valid pattern {m.group(0)}")
        for m in IBAN_RE.finditer(t):
            s = m.group(0).rstrip()
            if iban_ok(s) and not any(s in x or x in s for x in listed):
                fail(f"{r['id']} unlisted valid IBAN {s}")
        for m in CARDRUN_RE.finditer(t):
            d = re.sub(r"\D", "", m.group(0))
            if luhn_ok(d) and CARD_PREFIX.match(d) and not any(m.group(0) in x or x in m.group(0) for x in listed):
                (fail if r["label"] == "clean" else WARN.append)(f"{r['id']} unlisted Luhn-valid card-like run {m.group(0)}")
    if len(phone_shapes) < 35:
        fail(f"only {len(phone_shapes)} phone shapes")
    if len(iban_cc) < 14:
        fail(f"only {len(iban_cc)} IBAN countries")
    print(f"pii.jsonl ok: {len(rows)} rows, {len(phone_shapes)} phone shapes, {len(cc_prefixes)} +CC prefixes, "
          f"{len(iban_cc)} IBAN countries, card 2-digit prefixes {len(brands)}")


def check_stats():
    st = json.load(open(os.path.join(ROOT, "stats.json"), encoding="utf-8"))
    for name, n in [("injection.jsonl", 400), ("secrets.jsonl", 150), ("pii.jsonl", 150)]:
        if st[name]["rows"] != n:
            fail(f"stats rows for {name}")


if __name__ == "__main__":
    check_injection()
    check_secrets()
    check_pii()
    check_stats()
    for w in WARN:
        print("WARN", w)
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print("ALL CHECKS PASSED")
