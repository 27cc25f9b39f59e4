"""Validate every row of injection.jsonl, secrets.jsonl and pii.jsonl.

Run:  PYTHONDONTWRITEBYTECODE=1 python3 -B build/selfcheck.py
Exit code 0 = all checks passed.
"""
import collections
import hashlib
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from piilib import CARD_BRANDS, PHONE_BY_ID, card_brand_ok, iban_valid, luhn_ok, ssn_valid  # noqa: E402

ERRORS = []
NOTES = []


def err(msg):
    ERRORS.append(msg)


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), "rb") as f:
        raw = f.read()
    try:
        txt = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        return rows
    if not txt.endswith("\n"):
        err("%s: missing final newline" % name)
    for n, line in enumerate(txt.split("\n")[:-1], 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("%s line %d: invalid JSON (%s)" % (name, n, e))
    return rows


def check_ids(name, rows, prefix):
    for i, r in enumerate(rows, 1):
        if r.get("id") != "%s-%04d" % (prefix, i):
            err("%s: row %d has id %r" % (name, i, r.get("id")))
    texts = collections.Counter(r["text"] for r in rows)
    for t, c in texts.items():
        if c > 1:
            err("%s: duplicate text (%d copies): %r" % (name, c, t[:60]))


# ------------------------------------------------------------------ injection
INJ_CATS = {"exfiltration", "tool_call", "data_tampering", "instruction_override", "persona_hijack", "fake_system_turn",
            "fake_authority", "social_engineering", "hidden_obfuscated"}
HARD_CATS = {"security_article_quoting", "llm_app_docs_system_prompt", "runbook_imperative", "colleague_requests", "support_macro",
             "fiction_roleplay", "moderation_incident_report", "detector_test_file", "benign_encoded", "benign_hidden_html",
             "legal_policy", "chatbot_transcript", "prompt_engineering_tutorial", "postmortem"}


def check_injection():
    name = "injection.jsonl"
    rows = load(name)
    if len(rows) != 400:
        err("%s: %d rows, expected 400" % (name, len(rows)))
    check_ids(name, rows, "inj")
    for r in rows:
        if list(r.keys()) != ["id", "format", "lang", "label", "category", "text"]:
            err("%s %s: unexpected fields %s" % (name, r.get("id"), list(r.keys())))
        if not isinstance(r["text"], str) or len(r["text"].strip()) < 100:
            err("%s %s: text too short" % (name, r["id"]))
        if not re.fullmatch(r"[a-z]{2}", r["lang"]):
            err("%s %s: bad lang %r" % (name, r["id"], r["lang"]))
        if r["label"] == "injection":
            if r["category"] not in INJ_CATS:
                err("%s %s: bad injection category %s" % (name, r["id"], r["category"]))
        elif r["label"] == "benign":
            if r["category"] != "ordinary" and r["category"] not in HARD_CATS:
                err("%s %s: bad benign category %s" % (name, r["id"], r["category"]))
        else:
            err("%s %s: bad label %s" % (name, r["id"], r["label"]))
    lab = collections.Counter(r["label"] for r in rows)
    cat = collections.Counter(r["category"] for r in rows)
    if lab["injection"] != 160:
        err("injection rows: %d" % lab["injection"])
    if cat["ordinary"] != 100:
        err("ordinary rows: %d" % cat["ordinary"])
    for c in INJ_CATS:
        if not 16 <= cat[c] <= 20:
            err("injection category %s has %d rows" % (c, cat[c]))
    for c in HARD_CATS:
        if cat[c] != 10:
            err("hard-negative kind %s has %d rows" % (c, cat[c]))
        forms = {(r["format"]) for r in rows if r["category"] == c}
        if len(forms) < 5:
            err("hard-negative kind %s uses only %d carrier formats" % (c, len(forms)))
    fm = {r["format"] for r in rows}
    if len(fm) < 40:
        err("only %d formats" % len(fm))
    inj_ne = [r for r in rows if r["label"] == "injection" and r["lang"] != "en"]
    langs = {r["lang"] for r in inj_ne}
    if len(inj_ne) < 45 or len(langs) < 12 or not {"zh", "ja", "ko"} <= langs:
        err("non-English injection rows %d, languages %s" % (len(inj_ne), sorted(langs)))
    ord_ne = sum(1 for r in rows if r["category"] == "ordinary" and r["lang"] != "en")
    hard_ne = sum(1 for r in rows if r["category"] in HARD_CATS and r["lang"] != "en")
    if ord_ne < 15:
        err("non-English ordinary rows: %d" % ord_ne)
    if hard_ne < 20:
        err("non-English hard-negative rows: %d" % hard_ne)
    lens = sorted(len(r["text"]) for r in rows)
    NOTES.append("injection: %d formats, %d non-English injection rows in %d languages, %d/%d non-English ordinary/hard, "
                 "length min %d median %d max %d, %d rows in 300-3000 chars" % (
                     len(fm), len(inj_ne), len(langs), ord_ne, hard_ne, lens[0], lens[len(lens) // 2], lens[-1],
                     sum(1 for x in lens if 300 <= x <= 3000)))
    return rows


# ------------------------------------------------------------------ secrets
SECRET_PATTERNS = [
    r"ghp_[A-Za-z0-9]{36}", r"gho_[A-Za-z0-9]{36}", r"ghs_[A-Za-z0-9]{36}", r"github_pat_[A-Za-z0-9_]{60,}",
    r"glpat-[A-Za-z0-9_-]{20}", r"glrt-[A-Za-z0-9_-]{20}", r"xox[bpas]-[0-9]{6,}-[0-9A-Za-z-]{10,}",
    r"hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,}", r"discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_-]{40,}",
    r"sk_live_[A-Za-z0-9]{20,}", r"rk_live_[A-Za-z0-9]{20,}", r"whsec_[A-Za-z0-9]{20,}", r"sk-proj-[A-Za-z0-9_-]{40,}",
    r"sk-ant-api03-[A-Za-z0-9_-]{40,}", r"hf_[A-Za-z]{30,}", r"gsk_[A-Za-z0-9]{40,}", r"r8_[A-Za-z0-9]{30,}",
    r"npm_[A-Za-z0-9]{36}", r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{40,}", r"dckr_pat_[A-Za-z0-9_-]{20,}", r"SG\.[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{40,}",
    r"shpat_[a-f0-9]{32}", r"dop_v1_[a-f0-9]{64}", r"hvs\.[A-Za-z0-9_-]{40,}", r"glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}",
    r"AGE-SECRET-KEY-1[A-Z0-9]{50,}", r"-----BEGIN (?:RSA |EC |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----",
    r"GOCSPX-[A-Za-z0-9_-]{20,}", r"ATATT3xFfGF0[A-Za-z0-9_=-]{40,}", r"lin_api_[A-Za-z0-9]{30,}", r"NRAK-[A-Z0-9]{27}",
    r"sntryu_[a-f0-9]{40,}", r"dapi[a-f0-9]{32}", r"[a-z]+://[^\s:/@'\"]+:[^\s@/'\"$<>{}]{6,}@[^\s'\"]+",
]


def check_secrets():
    name = "secrets.jsonl"
    rows = load(name)
    if len(rows) != 150:
        err("%s: %d rows" % (name, len(rows)))
    check_ids(name, rows, "sec")
    for r in rows:
        if list(r.keys()) != ["id", "format", "label", "category", "secrets", "text"]:
            err("%s %s: unexpected fields" % (name, r["id"]))
        if r["label"] == "secret":
            if not r["secrets"]:
                err("%s %s: secret row without secrets" % (name, r["id"]))
        elif r["label"] == "clean":
            if r["secrets"]:
                err("%s %s: clean row lists secrets" % (name, r["id"]))
        else:
            err("%s %s: bad label" % (name, r["id"]))
        for s in r["secrets"]:
            if s not in r["text"]:
                err("%s %s: listed secret not in text: %r" % (name, r["id"], s[:40]))
        # every pattern hit must be covered by a listed secret (secret rows) or absent (clean rows)
        for p in SECRET_PATTERNS:
            for m in re.finditer(p, r["text"]):
                hit = m.group(0)
                covered = any(hit in s or s in hit for s in r["secrets"])
                if re.search(r":(?:PASSWORD|password|<[^>]+>|\$\{?[A-Za-z_]+\}?)@", hit):
                    covered = True  # documented placeholder / variable reference, not a credential
                if not covered:
                    err("%s %s (%s): unlisted secret-like match %r" % (name, r["id"], r["label"], hit[:50]))
    lab = collections.Counter(r["label"] for r in rows)
    if lab["secret"] != 90 or lab["clean"] != 60:
        err("secrets labels: %s" % dict(lab))
    kinds = {r["category"] for r in rows if r["label"] == "secret"}
    if len(kinds) < 45:
        err("only %d secret kinds" % len(kinds))
    two = sum(1 for r in rows if len(r["secrets"]) > 1)
    NOTES.append("secrets: %d secret kinds, %d look-alike categories, %d rows with two secrets, %d formats" % (
        len(kinds), len({r["category"] for r in rows if r["label"] == "clean"}), two, len({r["format"] for r in rows})))
    return rows


# ------------------------------------------------------------------ pii
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IP_RE = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.])")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d-])")
CARD_RE = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
IP_LOOKALIKE_OK = {"version_string", "oid"}


def norm(s):
    return re.sub(r"[\s-]", "", s)


def check_pii():
    name = "pii.jsonl"
    rows = load(name)
    if len(rows) != 150:
        err("%s: %d rows" % (name, len(rows)))
    check_ids(name, rows, "pii")
    types = {"email", "phone", "ssn", "credit_card", "iban", "ipv4"}
    for r in rows:
        rid = r["id"]
        if list(r.keys()) != ["id", "format", "label", "category", "entities", "text"]:
            err("%s %s: unexpected fields" % (name, rid))
        t = r["text"]
        listed = collections.defaultdict(set)
        for e in r["entities"]:
            if set(e.keys()) != {"type", "value"} or e["type"] not in types:
                err("%s %s: bad entity %r" % (name, rid, e))
                continue
            v = e["value"]
            listed[e["type"]].add(norm(v))
            if v not in t:
                err("%s %s: entity not in text %r" % (name, rid, v))
            if e["type"] == "credit_card":
                d = norm(v)
                if not (d.isdigit() and luhn_ok(d) and card_brand_ok(d)):
                    err("%s %s: invalid card %s" % (name, rid, v))
            elif e["type"] == "iban":
                if not iban_valid(v):
                    err("%s %s: invalid iban %s" % (name, rid, v))
            elif e["type"] == "ssn":
                d = re.sub(r"\D", "", v)
                if len(d) != 9 or not ssn_valid(d[:3], d[3:5], d[5:]):
                    err("%s %s: invalid ssn %s" % (name, rid, v))
            elif e["type"] == "ipv4":
                if not IP_RE.fullmatch(v):
                    err("%s %s: invalid ipv4 %s" % (name, rid, v))
            elif e["type"] == "email":
                if not EMAIL_RE.fullmatch(v):
                    err("%s %s: invalid email %s" % (name, rid, v))
            elif e["type"] == "phone":
                if len(re.sub(r"\D", "", v)) < 7:
                    err("%s %s: phone too short %s" % (name, rid, v))
        if r["label"] == "pii":
            if r["category"] not in types or r["category"] not in listed:
                err("%s %s: primary type %s not among entities" % (name, rid, r["category"]))
        elif r["label"] == "clean":
            if r["entities"]:
                err("%s %s: clean row with entities" % (name, rid))
        else:
            err("%s %s: bad label" % (name, rid))
        # completeness scans
        for m in EMAIL_RE.finditer(t):
            if norm(m.group(0)) not in listed["email"]:
                err("%s %s: unlisted email %s" % (name, rid, m.group(0)))
        for m in IP_RE.finditer(t):
            if norm(m.group(0)) not in listed["ipv4"] and not (r["label"] == "clean" and r["category"] in IP_LOOKALIKE_OK):
                err("%s %s: unlisted ipv4 %s" % (name, rid, m.group(0)))
        for m in SSN_RE.finditer(t):
            if ssn_valid(*m.groups()) and norm(m.group(0)) not in listed["ssn"] and m.group(0) not in {
                    p for p in listed["phone"]}:
                if not any(norm(m.group(0)) in p for p in listed["phone"] | listed["credit_card"] | listed["iban"]):
                    err("%s %s: unlisted SSN-shaped %s" % (name, rid, m.group(0)))
        for m in CARD_RE.finditer(t):
            d = norm(m.group(0))
            if luhn_ok(d) and card_brand_ok(d) and d not in listed["credit_card"]:
                if not any(d in p for p in listed["phone"] | listed["iban"]):
                    err("%s %s: unlisted Luhn-valid card-shaped %s" % (name, rid, m.group(0)))
        for m in IBAN_RE.finditer(t):
            if iban_valid(m.group(0)) and norm(m.group(0)) not in listed["iban"]:
                err("%s %s: unlisted valid IBAN %s" % (name, rid, m.group(0)))
    lab = collections.Counter(r["label"] for r in rows)
    cat = collections.Counter(r["category"] for r in rows if r["label"] == "pii")
    if lab["pii"] != 108 or lab["clean"] != 42:
        err("pii labels %s" % dict(lab))
    for ty in types:
        if cat[ty] != 18:
            err("pii primary %s has %d rows" % (ty, cat[ty]))
    # phone formats / countries (metadata kept by the generator)
    import gen_pii
    fmts = [f for r in gen_pii.build() for f in r["_phone_formats"]]
    countries = {PHONE_BY_ID[f][1] for f in fmts}
    if len(set(fmts)) < 40 or len(countries) < 25:
        err("phones: %d formats, %d countries" % (len(set(fmts)), len(countries)))
    brands = set()
    for r in rows:
        for e in r["entities"]:
            if e["type"] == "credit_card":
                d = norm(e["value"])
                for b, (pre, n) in CARD_BRANDS.items():
                    if len(d) == n and any(d.startswith(p) for p in pre):
                        brands.add(b)
    ib = {e["value"][:2] for r in rows for e in r["entities"] if e["type"] == "iban"}
    ents = collections.Counter(e["type"] for r in rows for e in r["entities"])
    NOTES.append("pii: entities %s; %d phone values in %d formats from %d countries; card brands %s; IBAN countries %d" % (
        dict(ents), len(fmts), len(set(fmts)), len(countries), sorted(brands), len(ib)))
    return rows


def check_reproducible():
    import gen_injection
    import gen_pii
    import gen_secrets
    for name, mod in (("injection.jsonl", gen_injection), ("secrets.jsonl", gen_secrets), ("pii.jsonl", gen_pii)):
        rows = mod.build()
        buf = "".join(json.dumps({k: v for k, v in r.items() if not k.startswith("_")}, ensure_ascii=False) + "\n" for r in rows)
        with open(os.path.join(ROOT, name), "rb") as f:
            disk = f.read()
        if hashlib.md5(buf.encode("utf-8")).hexdigest() != hashlib.md5(disk).hexdigest():
            err("%s: in-memory rebuild differs from file on disk" % name)


if __name__ == "__main__":
    check_injection()
    check_secrets()
    check_pii()
    check_reproducible()
    for n in NOTES:
        print("NOTE", n)
    for e in ERRORS:
        print("ERROR", e)
    print("%d errors" % len(ERRORS))
    sys.exit(1 if ERRORS else 0)
