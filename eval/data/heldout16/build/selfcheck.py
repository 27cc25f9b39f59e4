"""Re-reads the generated files and checks schemas, ids, counts, verbatim presence and validity of listed values,
and that no unlisted secret-like / PII-like value occurs. Exit code 0 on success."""
import base64
import collections
import hashlib
import json
import os
import re
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT_DIR, has_stock  # noqa: E402
import pii_rules as R  # noqa: E402
from secret_rules import find_secrets, PAT_RE  # noqa: E402
from keymat import base62, _crc24, _polymod, _CH, luhn_ok  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def load(name, keys, prefix, n):
    path = os.path.join(OUT_DIR, name)
    raw = open(path, "rb").read()
    raw.decode("utf-8")
    if not raw.endswith(b"\n"):
        err("%s: no trailing newline" % name)
    rows = []
    for i, line in enumerate(raw.decode("utf-8").split("\n")[:-1], 1):
        o = json.loads(line)
        if json.dumps(o, ensure_ascii=False) != line:
            err("%s line %d not in canonical json.dumps form" % (name, i))
        if list(o) != keys:
            err("%s line %d keys %s" % (name, i, list(o)))
        if o["id"] != "%s-%04d" % (prefix, i):
            err("%s line %d id %s" % (name, i, o["id"]))
        if not isinstance(o["text"], str) or not o["text"]:
            err("%s %s empty text" % (name, o["id"]))
        rows.append(o)
    if len(rows) != n:
        err("%s: %d rows, expected %d" % (name, len(rows), n))
    return rows


def spans(text, values):
    out = []
    for v in values:
        i = text.find(v)
        while i >= 0:
            out.append((i, i + len(v)))
            i = text.find(v, i + 1)
    return out


# ------------------------------------------------------------------ injection
def check_injection():
    rows = load("injection.jsonl", ["id", "format", "lang", "label", "category", "text"], "inj", 400)
    lab = collections.Counter(r["label"] for r in rows)
    if lab != {"injection": 160, "benign": 240}:
        err("injection labels %s" % lab)
    inj_cats = collections.Counter(r["category"] for r in rows if r["label"] == "injection")
    want = {"exfiltration", "tool_call", "data_tampering", "instruction_override", "persona_hijack", "fake_system_turn", "fake_authority", "social_engineering", "hidden_obfuscated"}
    if set(inj_cats) != want or not all(17 <= v <= 18 for v in inj_cats.values()):
        err("injection categories %s" % inj_cats)
    for c in want:
        en = sum(1 for r in rows if r["category"] == c and r["lang"] == "en")
        if not (8 <= en <= 10):
            err("category %s has %d English rows" % (c, en))
    ben = collections.Counter(r["category"] for r in rows if r["label"] == "benign")
    kinds = ["security_article_quoting", "llm_app_config_system_prompt", "runbook_imperative", "colleague_requests", "support_macro", "fiction_roleplay",
             "moderation_incident_report", "detector_test_file", "benign_encoded", "benign_hidden_html", "legal_policy", "chatbot_transcript",
             "prompt_engineering_tutorial", "postmortem"]
    if ben.get("ordinary") != 100 or any(ben.get(k) != 10 for k in kinds) or len(ben) != 15:
        err("benign categories %s" % ben)
    for k in kinds:
        nf = len(set(r["format"] for r in rows if r["category"] == k))
        nt = len(set(r["text"] for r in rows if r["category"] == k))
        if nf < 8 or nt != 10:
            err("hard negative kind %s: %d formats, %d distinct texts" % (k, nf, nt))
    fm = set(r["format"] for r in rows)
    if len(fm) < 70:
        err("only %d formats" % len(fm))
    if any(not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", f) for f in fm):
        err("format not snake_case")
    langs = set(r["lang"] for r in rows)
    for l in ["zh", "ja", "ko", "ar", "ru", "hi"]:
        if l not in langs:
            err("language %s missing" % l)
    if len(langs) < 15:
        err("only %d languages" % len(langs))
    injf = set(r["format"] for r in rows if r["label"] == "injection")
    ordf = set(r["format"] for r in rows if r["category"] == "ordinary")
    if injf - ordf:
        err("injection formats without ordinary row: %s" % sorted(injf - ordf))
    stock = sum(1 for r in rows if r["label"] == "injection" and has_stock(r["text"]))
    if stock > 80:
        err("%d injection rows use stock phrases" % stock)
    if len(set(r["text"] for r in rows)) != 400:
        err("duplicate texts in injection.jsonl")
    inrange = sum(1 for r in rows if 300 <= len(r["text"]) <= 3000)
    if inrange < 360:
        err("only %d texts within 300-3000 chars" % inrange)
    for r in rows:
        for rx in PAT_RE:
            if rx.search(r["text"]):
                err("vendor-format secret pattern in %s" % r["id"])
    return {"stock_phrase_injection_rows": stock, "texts_300_3000": inrange}


# ------------------------------------------------------------------ secrets
def _b64d(s):
    s = s.replace("-", "+").replace("_", "/")
    return base64.b64decode(s + "=" * (-len(s) % 4))


def validate_secret(cat, v):
    """Type-specific structural checks for listed secret values."""
    vv = v.replace("\\n", "\n")
    if re.match(r"gh[pous]_", v) or v.startswith("npm_"):
        body = v.split("_", 1)[1]
        return len(body) == 36 and base62(zlib.crc32(body[:30].encode()) & 0xFFFFFFFF, 6) == body[30:]
    if "-----BEGIN" in vv:
        body = "".join(l for l in vv.strip().split("\n") if l and not l.startswith("-----") and not l.startswith("="))
        data = base64.b64decode(body)
        if "OPENSSH" in vv:
            return data.startswith(b"openssh-key-v1\x00")
        if "PGP" in vv:
            crc = [l for l in vv.split("\n") if l.startswith("=")][0][1:]
            return base64.b64decode(crc) == _crc24(data).to_bytes(3, "big")
        return data[:1] == b"\x30"
    if v.startswith("AGE-SECRET-KEY-1"):
        s = v.lower()
        hrp, d = s.rsplit("1", 1)
        return _polymod([ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + [_CH.index(c) for c in d]) == 1
    if re.fullmatch(r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+", v):
        h, p, _ = v.split(".")
        return json.loads(_b64d(h)).get("alg") == "HS256" and isinstance(json.loads(_b64d(p)), dict)
    if re.fullmatch(r"(?:AKIA|ASIA)[A-Z2-7]{16}", v):
        return True
    if cat == "wireguard_private_key":
        return len(base64.b64decode(v)) == 32
    if cat in ("http_basic_auth", "docker_config_auth"):
        return b":" in base64.b64decode(v)
    if cat == "kubernetes_secret_data":
        base64.b64decode(v)
        return True
    if cat == "azure_storage_account_key":
        return len(base64.b64decode(v)) == 64
    if cat == "pypi_token":
        return _b64d(v[5:]).startswith(b"\x02\x01\x08pypi.org")
    if cat == "discord_bot_token":
        return _b64d(v.split(".")[0]).isdigit()
    if cat == "slack_webhook_url":
        return re.fullmatch(r"https://hooks\.slack\.com/services/T[A-Z0-9]{8}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}", v) is not None
    return len(v) >= 8


def check_secrets():
    rows = load("secrets.jsonl", ["id", "format", "label", "category", "secrets", "text"], "sec", 150)
    lab = collections.Counter(r["label"] for r in rows)
    if lab != {"secret": 90, "clean": 60}:
        err("secrets labels %s" % lab)
    kinds = set(r["category"] for r in rows if r["label"] == "secret")
    if len(kinds) < 80:
        err("only %d secret kinds" % len(kinds))
    if len(set(r["format"] for r in rows)) < 45:
        err("only %d secret formats" % len(set(r["format"] for r in rows)))
    for r in rows:
        t = r["text"]
        if r["label"] == "clean" and r["secrets"]:
            err("%s clean row lists secrets" % r["id"])
        if r["label"] == "secret" and not r["secrets"]:
            err("%s secret row lists nothing" % r["id"])
        if len(set(r["secrets"])) != len(r["secrets"]):
            err("%s duplicate secrets" % r["id"])
        for s in r["secrets"]:
            if s not in t:
                err("%s secret not verbatim" % r["id"])
            try:
                ok = validate_secret(r["category"], s)
            except Exception as ex:  # noqa: BLE001
                ok = False
            if not ok:
                err("%s secret fails validation (%s)" % (r["id"], r["category"]))
        sp = spans(t, r["secrets"])
        dets = list(find_secrets(t))
        for v, a, b in dets:
            if not any(a < y and x < b for x, y in sp):
                err("%s unlisted secret-like value %r" % (r["id"], v[:40]))
        for x, y in sp:
            if not any(a < y and x < b for v, a, b in dets):
                err("%s listed secret not recognised by detector" % r["id"])
        for typ, v, a, b in R.find_pii(t):
            pass  # PII in secrets rows is allowed (not a labelled dimension of this file)


# ------------------------------------------------------------------ pii
def valid_entity(t, v):
    if t == "email":
        return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", v) is not None
    if t == "phone":
        return R.phone_valid(v)
    if t == "ssn":
        m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", v)
        return bool(m) and R.ssn_valid_parts(m.group(1), m.group(3), m.group(4))
    if t == "credit_card":
        d = re.sub(r"[ -]", "", v)
        return d.isdigit() and luhn_ok(d) and R.card_iin_ok(d)
    if t == "iban":
        return R.iban_check_ok(v)
    if t == "ipv4":
        p = v.split(".")
        return len(p) == 4 and all(x.isdigit() and int(x) <= 255 and (x == "0" or not x.startswith("0")) for x in p)
    return False


def phone_country(v):
    d = re.sub(r"\D", "", v)
    for c, p in R.PLANS.items():
        if v.startswith("+"):
            if d.startswith(p[0]) and R.NSN_RE[c].match(d[len(p[0]):]):
                return c
        elif p[1] is not None and ((p[1] and d.startswith(p[1]) and R.NSN_RE[c].match(d[len(p[1]):])) or (not p[1] and R.NSN_RE[c].match(d))):
            return c
    return None


def check_pii():
    rows = load("pii.jsonl", ["id", "format", "label", "category", "entities", "text"], "pii", 150)
    lab = collections.Counter(r["label"] for r in rows)
    if lab != {"pii": 108, "clean": 42}:
        err("pii labels %s" % lab)
    countries = set()
    types = {"email", "phone", "ssn", "credit_card", "iban", "ipv4"}
    for r in rows:
        t, ents = r["text"], r["entities"]
        if r["label"] == "clean" and ents:
            err("%s clean row lists entities" % r["id"])
        if r["label"] == "pii":
            if not ents:
                err("%s pii row lists nothing" % r["id"])
            if r["category"] not in [e["type"] for e in ents]:
                err("%s primary type not among entities" % r["id"])
        pairs = [(e["type"], e["value"]) for e in ents]
        if len(set(pairs)) != len(pairs):
            err("%s duplicate entity" % r["id"])
        pos = []
        for e in ents:
            if list(e) != ["type", "value"] or e["type"] not in types:
                err("%s bad entity object" % r["id"])
            if e["value"] not in t:
                err("%s entity not verbatim %r" % (r["id"], e["value"]))
            elif not valid_entity(e["type"], e["value"]):
                err("%s invalid %s %r" % (r["id"], e["type"], e["value"]))
            pos.append(t.find(e["value"]))
            if e["type"] == "phone":
                countries.add(phone_country(e["value"]))
        if pos != sorted(pos):
            err("%s entities not in order of first occurrence" % r["id"])
        sp = spans(t, [e["value"] for e in ents])
        for typ, v, a, b in R.find_pii(t):
            if not any(x <= a and b <= y for x, y in sp):
                err("%s unlisted %s %r" % (r["id"], typ, v))
        for v, a, b in find_secrets(t):
            err("%s secret-like value in pii file %r" % (r["id"], v[:30]))
    countries.discard(None)
    if len(countries) < 30:
        err("phones cover only %d countries" % len(countries))
    return sorted(countries)


def check_readme():
    path = os.path.join(OUT_DIR, "README.md")
    txt = open(path, encoding="utf-8").read()
    for f in ["injection.jsonl", "secrets.jsonl", "pii.jsonl", "stats.json"]:
        md5 = hashlib.md5(open(os.path.join(OUT_DIR, f), "rb").read()).hexdigest()
        if md5 not in txt:
            err("README md5 of %s out of date" % f)


def main():
    info = check_injection()
    check_secrets()
    countries = check_pii()
    check_readme()
    if ERR:
        print("SELFCHECK FAILED (%d problems)" % len(ERR))
        for e in ERR[:80]:
            print(" -", e)
        sys.exit(1)
    print("SELFCHECK OK: injection 400 (stock-phrase injection rows %d/160, texts in 300-3000: %d/400), secrets 150, pii 150 (phone countries %d)" % (
        info["stock_phrase_injection_rows"], info["texts_300_3000"], len(countries)))


if __name__ == "__main__":
    main()
