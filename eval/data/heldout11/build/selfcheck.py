# -*- coding: utf-8 -*-
"""Self-check for the heldout11 files. Run: python3 build/selfcheck.py
Exits non-zero on any error; prints warnings separately."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

ERR = []
WARN = []


def err(msg):
    ERR.append(msg)


def load(name, prefix, fields):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        raw = f.read()
    if "\r\n" in raw.replace("\\r\\n", ""):
        pass
    lines = raw.split("\n")
    if lines[-1] != "":
        err("%s: missing trailing newline" % name)
    for i, line in enumerate(lines[:-1]):
        try:
            o = json.loads(line)
        except Exception as e:  # noqa
            err("%s line %d: invalid JSON (%s)" % (name, i + 1, e))
            continue
        if list(o.keys()) != fields:
            err("%s line %d: fields %s != %s" % (name, i + 1, list(o.keys()), fields))
        if json.dumps(o, ensure_ascii=False) != line:
            err("%s line %d: not written with json.dumps(ensure_ascii=False)" % (name, i + 1))
        rows.append(o)
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        err("%s: duplicate ids" % name)
    for k, r in enumerate(rows):
        if r["id"] != "%s-%04d" % (prefix, k + 1):
            err("%s: id %s out of sequence" % (name, r["id"]))
            break
    texts = [r["text"] for r in rows]
    if len(set(texts)) != len(texts):
        err("%s: duplicate texts" % name)
    return rows


# ---------------------------------------------------------------- validators
def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_network(num):
    n = len(num)
    if num.startswith("4") and n in (13, 16, 19):
        return "visa"
    if (51 <= int(num[:2]) <= 55 or 2221 <= int(num[:4]) <= 2720) and n == 16:
        return "mastercard"
    if num[:2] in ("34", "37") and n == 15:
        return "amex"
    if (num.startswith("6011") or num.startswith("65") or 644 <= int(num[:3]) <= 649) and 16 <= n <= 19:
        return "discover"
    if 3528 <= int(num[:4]) <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (num.startswith("36") or num.startswith("38") or 300 <= int(num[:3]) <= 305) and n == 14:
        return "diners"
    if num.startswith("62") and 16 <= n <= 19:
        return "unionpay"
    return None


def valid_card(v):
    num = re.sub(r"[ -]", "", v)
    return num.isdigit() and 13 <= len(num) <= 19 and luhn_ok(num) and card_network(num) is not None


def valid_ssn(v):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m:
        return False
    a, g, s = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return a != 0 and a != 666 and a < 900 and g != 0 and s != 0


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "PL": 28, "PT": 25,
            "IE": 22, "SE": 24, "NO": 15, "DK": 18, "FI": 18, "LU": 20}


def valid_iban(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def valid_ipv4(v):
    p = v.split(".")
    return len(p) == 4 and all(x.isdigit() and 0 <= int(x) <= 255 and (x == "0" or not x.startswith("0")) for x in p)


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
SSN_RE = re.compile(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])")
CARD_RE = re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
PHONE_CC = ["1", "44", "49", "33", "34", "39", "31", "91", "55", "81", "61", "52", "48", "41", "353", "82", "86", "65", "43", "46"]


def valid_phone(v):
    dg = re.sub(r"\D", "", v)
    if not 8 <= len(dg) <= 15:
        return False
    if v.strip().startswith("+"):
        return any(dg.startswith(c) for c in PHONE_CC)
    return True


# allowed look-alike hits in clean rows (deliberate): an LDAP schema OID that has exactly four arcs
CLEAN_ALLOW = {("ipv4", "2.5.6.6")}


def scan_pii(text):
    hits = []
    for m in EMAIL_RE.finditer(text):
        hits.append(("email", m.group(0)))
    for m in IPV4_RE.finditer(text):
        if valid_ipv4(m.group(0)):
            hits.append(("ipv4", m.group(0)))
    for m in SSN_RE.finditer(text):
        if valid_ssn(m.group(0)):
            hits.append(("ssn", m.group(0)))
    for m in CARD_RE.finditer(text):
        v = m.group(0).strip(" -")
        if valid_card(v):
            hits.append(("credit_card", v))
    for m in IBAN_RE.finditer(text):
        v = m.group(0).strip()
        # try progressively shorter prefixes (regex may run into the next word)
        s = v
        while s and not valid_iban(s):
            s = s[:-1].rstrip()
        if s and valid_iban(s):
            hits.append(("iban", s))
    return hits


SECRET_PATTERNS = [
    ("aws", r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b"), ("github", r"\b(?:ghp|gho|ghs|ghu)_[A-Za-z0-9]{36}\b"),
    ("github_pat", r"\bgithub_pat_[A-Za-z0-9_]{60,}"), ("gitlab", r"\bglpat-[A-Za-z0-9_-]{20}\b"),
    ("slack", r"\bxox[bpas]-[0-9A-Za-z-]{20,}"), ("slack_hook", r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+"),
    ("stripe", r"\b(?:sk|rk)_live_[A-Za-z0-9]{20,}"), ("whsec", r"\bwhsec_[A-Za-z0-9]{20,}"),
    ("openai", r"\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}"), ("anthropic", r"\bsk-ant-api03-[A-Za-z0-9_-]{80,}"),
    ("google", r"\bAIza[0-9A-Za-z_-]{35}\b"), ("sendgrid", r"\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b"),
    ("npm", r"\bnpm_[A-Za-z0-9]{36}\b"), ("pypi", r"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}"), ("shopify", r"\bshpat_[a-f0-9]{32}\b"),
    ("do", r"\bdop_v1_[a-f0-9]{64}\b"), ("hf", r"\bhf_[A-Za-z]{34}\b"), ("vault", r"\bhvs\.[A-Za-z0-9_-]{80,}"),
    ("pem", r"-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----"), ("age", r"AGE-SECRET-KEY-1[A-Z0-9]{58}"),
    ("telegram", r"\b\d{9,10}:AA[A-Za-z0-9_-]{33}\b"), ("dckr", r"\bdckr_pat_[A-Za-z0-9_-]{27}"), ("glsa", r"\bglsa_[A-Za-z0-9]{32}_[a-f0-9]{8}\b"),
    ("jwt", r"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}"),
    ("url_creds", r"\b[a-z][a-z0-9+.-]*://[^\s:/@]+:[^\s:/@]{6,}@[^\s/]+"),
]
DOC_EXAMPLES = ["AKIAIOSFODNN7EXAMPLE", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ",
                "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "user:password@localhost", "<username>:<password>@"]


def main():
    inj = load("injection.jsonl", "inj", ["id", "format", "lang", "label", "category", "text"])
    sec = load("secrets.jsonl", "sec", ["id", "format", "label", "category", "secrets", "text"])
    pii = load("pii.jsonl", "pii", ["id", "format", "label", "category", "entities", "text"])

    # ----------------------------------------------------------- injection
    INJ_CATS = ["instruction_override", "exfiltration", "tool_command", "task_hijack", "output_manipulation", "social_engineering",
                "memory_persistence", "fake_role_turn", "hidden_obfuscated"]
    if len(inj) != 400:
        err("injection: %d rows" % len(inj))
    lab = collections.Counter(r["label"] for r in inj)
    if lab != {"injection": 160, "benign": 240}:
        err("injection labels %s" % lab)
    cats = collections.Counter(r["category"] for r in inj if r["label"] == "injection")
    if set(cats) != set(INJ_CATS) or max(cats.values()) - min(cats.values()) > 2:
        err("injection categories unbalanced %s" % cats)
    ben = collections.Counter(r["category"] for r in inj if r["label"] == "benign")
    if ben.get("ordinary") != 100:
        err("ordinary count %s" % ben.get("ordinary"))
    hard = {k: v for k, v in ben.items() if k != "ordinary"}
    if sum(hard.values()) != 140 or len(hard) < 12 or "hard_negative" in hard:
        err("hard negatives %s" % hard)
    if set(cats) & set(ben):
        err("category names shared between labels")
    nonen = sum(1 for r in inj if r["label"] == "injection" and r["lang"] != "en")
    if not 35 <= nonen <= 50:
        err("non-English injection rows: %d" % nonen)
    if len(set(r["format"] for r in inj)) < 20:
        err("fewer than 20 formats in injection.jsonl")
    for r in inj:
        if not re.fullmatch(r"[a-z]{2}", r["lang"]):
            err("bad lang %s" % r["id"])
        if len(r["text"]) > 4000:
            WARN.append("long text %s (%d)" % (r["id"], len(r["text"])))
    # payload uniqueness
    import inj_payloads
    keys = [p["text"] + "|" + p.get("inner", "") + "|" + "/".join(p.get("parts") or []) for p in inj_payloads.P]
    if len(set(keys)) != len(keys):
        err("duplicate payload definitions")
    if len(inj_payloads.P) != 160:
        err("payload count")

    # ----------------------------------------------------------- secrets
    if len(sec) != 150 or collections.Counter(r["label"] for r in sec) != {"secret": 90, "clean": 60}:
        err("secrets counts")
    sec_kinds = set(r["category"] for r in sec if r["label"] == "secret")
    if len(sec_kinds) < 28:
        err("only %d secret kinds" % len(sec_kinds))
    if len(set(r["category"] for r in sec if r["label"] == "clean")) < 12:
        err("fewer than 12 clean kinds in secrets")
    for r in sec:
        if r["label"] == "clean" and r["secrets"]:
            err("%s clean row lists secrets" % r["id"])
        if r["label"] == "secret" and not r["secrets"]:
            err("%s secret row lists nothing" % r["id"])
        for v in r["secrets"]:
            if v not in r["text"]:
                err("%s secret not in text: %s" % (r["id"], v[:30]))
        # completeness / false-clean scan with high-confidence patterns
        for name, pat in SECRET_PATTERNS:
            for m in re.finditer(pat, r["text"]):
                hit = m.group(0)
                if any(ex in r["text"][max(0, m.start() - 5): m.end() + 80] for ex in DOC_EXAMPLES) or "xxxx" in hit or "<" in hit:
                    continue
                if r["label"] == "clean" and r["category"] in ("publishable_key", "docs_example", "placeholder", "redacted_value"):
                    continue  # deliberate look-alikes
                covered = any(hit in v or v in hit for v in r["secrets"])
                if not covered:
                    err("%s (%s): unlisted %s match %s" % (r["id"], r["label"], name, hit[:40]))

    # ----------------------------------------------------------- pii
    if len(pii) != 150 or collections.Counter(r["label"] for r in pii) != {"pii": 108, "clean": 42}:
        err("pii counts")
    prim = collections.Counter(r["category"] for r in pii if r["label"] == "pii")
    TYPES = {"email", "phone", "ssn", "credit_card", "iban", "ipv4"}
    if set(prim) != TYPES or set(prim.values()) != {18}:
        err("pii primary counts %s" % prim)
    VALID = {"email": lambda v: EMAIL_RE.fullmatch(v) is not None, "phone": valid_phone, "ssn": valid_ssn,
             "credit_card": valid_card, "iban": valid_iban, "ipv4": valid_ipv4}
    phone_cc = collections.Counter()
    for r in pii:
        ents = r["entities"]
        if r["label"] == "clean" and ents:
            err("%s clean row has entities" % r["id"])
        if r["label"] == "pii" and not any(e["type"] == r["category"] for e in ents):
            err("%s primary type missing" % r["id"])
        for e in ents:
            if set(e) != {"type", "value"} or e["type"] not in TYPES:
                err("%s bad entity %s" % (r["id"], e))
                continue
            if e["value"] not in r["text"]:
                err("%s entity not in text %s" % (r["id"], e["value"]))
            if not VALID[e["type"]](e["value"]):
                err("%s invalid %s %s" % (r["id"], e["type"], e["value"]))
            if e["type"] == "phone":
                phone_cc[e["value"].split()[0] if e["value"].startswith("+") else "national"] += 1
        # completeness scan
        listed = {(e["type"], e["value"]) for e in ents}
        for typ, v in scan_pii(r["text"]):
            if r["label"] == "clean":
                if (typ, v) not in CLEAN_ALLOW:
                    err("%s clean row contains %s %s" % (r["id"], typ, v))
                continue
            if not any(t == typ and (v == lv or v in lv or lv in v) for t, lv in listed):
                err("%s unlisted %s %s" % (r["id"], typ, v))

    print("injection: %d rows, secrets: %d rows, pii: %d rows" % (len(inj), len(sec), len(pii)))
    print("phone prefixes:", dict(sorted(phone_cc.items())))
    for w in WARN:
        print("WARN", w)
    if ERR:
        for e in ERR:
            print("ERROR", e)
        print("%d errors" % len(ERR))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
