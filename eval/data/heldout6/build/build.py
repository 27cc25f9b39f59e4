#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Builds the held-out evaluation set (standard library only, fixed seeds).

    python3 build.py            # writes injection.jsonl, secrets.jsonl, pii.jsonl, stats.json

Every CHECK below raises (non-zero exit) on failure, so a file is only
written when all checks pass."""
import ipaddress
import json
import os
import re
import statistics
import sys
import zlib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)  # the data files sit one level up, beside README.md
sys.path.insert(0, HERE)

import inj_build  # noqa: E402
import pii_build  # noqa: E402
import pii_values  # noqa: E402
import sec_build  # noqa: E402
from common import b62, luhn_ok  # noqa: E402

SEED_INJ, SEED_SEC, SEED_PII = 6006, 6106, 6206


class CheckError(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise CheckError(msg)


# ----------------------------------------------------------------------------- shared checks
def check_common(rows, prefix, keys, json_formats):
    ids = [r["id"] for r in rows]
    check(len(set(ids)) == len(ids), "%s: duplicate ids" % prefix)
    check(all(re.fullmatch(prefix + r"-\d{4}", i) for i in ids), "%s: bad id format" % prefix)
    for r in rows:
        check(set(r) == set(keys), "%s: %s has keys %s" % (prefix, r["id"], sorted(r)))
        check(150 <= len(r["text"]) <= 3000, "%s: %s length %d outside 150-3000" % (prefix, r["id"], len(r["text"])))
        if r["format"] in json_formats:
            try:
                json.loads(r["text"])
            except ValueError as e:
                raise CheckError("%s: %s is format %s but does not parse as JSON: %s" % (prefix, r["id"], r["format"], e))


def check_format_balance(rows, label_key, slack):
    for lab in sorted(set(r[label_key] for r in rows)):
        c = Counter(r["format"] for r in rows if r[label_key] == lab)
        check(max(c.values()) - min(c.values()) <= slack, "format balance for %s: %s" % (lab, dict(c)))


# ----------------------------------------------------------------------------- injection
INJ_CATS = ["override", "exfiltration", "tool_request", "social_engineering", "role_markers", "hidden", "obfuscated", "multilingual"]


def check_injection(rows):
    check(len(rows) == 400, "injection: %d rows" % len(rows))
    cat = Counter((r["label"], r["category"]) for r in rows)
    check(cat[("benign", "benign")] == 90, "injection: benign count %d" % cat[("benign", "benign")])
    check(cat[("benign", "hard_negative")] == 150, "injection: hard_negative count")
    for c in INJ_CATS:
        check(cat[("injection", c)] == 20, "injection: %s count %d" % (c, cat[("injection", c)]))
    check(set(cat) == {("benign", "benign"), ("benign", "hard_negative")} | {("injection", c) for c in INJ_CATS}, "injection: unexpected label/category")
    non_en = sum(1 for r in rows if r["category"] == "benign" and r["lang"] != "en")
    check(non_en == 27, "injection: %d non-English benign rows (want 27 = 30%%)" % non_en)
    langs = set(r["lang"] for r in rows if r["category"] == "benign" and r["lang"] != "en")
    check({"zh", "ja", "ko", "ar", "ru", "es", "de", "fr", "pt", "hi"} <= langs, "injection: missing benign languages")
    check(all(r["lang"] != "en" for r in rows if r["category"] == "multilingual"), "injection: multilingual row marked en")
    for r in rows:
        check(inj_build.own_content_present(r), "injection: %s lost its own content" % r["id"])
    check_format_balance(rows, "label", 2)
    med = {lab: statistics.median(len(r["text"]) for r in rows if r["label"] == lab) for lab in ("injection", "benign")}
    ratio = med["injection"] / med["benign"]
    check(0.85 <= ratio <= 1.15, "injection: median length ratio %.2f" % ratio)
    pos = Counter(r["_pos"] for r in rows if r["label"] == "injection")
    check(min(pos.values()) >= 45, "injection: positions %s" % dict(pos))


# ----------------------------------------------------------------------------- secrets
SECRET_PATTERNS = [
    r"gh[pousr]_[A-Za-z0-9]{36}", r"github_pat_[A-Za-z0-9_]{82}", r"glpat-[A-Za-z0-9_-]{20}", r"npm_[A-Za-z0-9]{36}",
    r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}", r"xox[bpas]-[0-9]{8,}-[A-Za-z0-9-]+",
    r"hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}", r"[sr]k_live_[A-Za-z0-9]{20,}",
    r"AKIA[A-Z2-7]{16}", r"AIza[A-Za-z0-9_-]{35}", r"sk-proj-[A-Za-z0-9_-]{40,}", r"sk-ant-api03-[A-Za-z0-9_-]{90,}",
    r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", r"AccountKey=[A-Za-z0-9+/=]{80,}",
    r"-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----", r"eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}",
    r"\bkey-[0-9a-f]{32}", r"shpat_[0-9a-f]{32}", r"\bhf_[A-Za-z]{34}", r"dop_v1_[0-9a-f]{64}", r"dckr_pat_[A-Za-z0-9_-]{27}",
    r"ATATT3[A-Za-z0-9_=-]{100,}", r"AGE-SECRET-KEY-1[A-Z0-9]{58}", r"NRAK-[A-Z0-9]{27}", r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}",
    r"PMAK-[0-9a-f]{24}-[0-9a-f]{34}", r"\b\d{8,10}:AA[A-Za-z0-9_-]{33}", r"\b[A-Za-z0-9]{3}\dQ~[A-Za-z0-9_.~-]{34}",
    r"://[^:/\s@'\"]+:[^@\s/'\"]{6,}@",
]


def _low_entropy(m):
    """Placeholders such as ghp_XXXXXXXX... are not secrets."""
    body = re.sub(r"^[A-Za-z]+[_-]", "", m)
    return len(set(body)) <= 3


def _gh_checksum_ok(tok):
    body = tok[4:-6] if not tok.startswith("github_pat_") else tok[len("github_pat_"):-6]
    return b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == tok[-6:]


def check_secrets(rows):
    check(len(rows) == 240, "secrets: %d rows" % len(rows))
    lab = Counter(r["label"] for r in rows)
    check(lab["secret"] == 130 and lab["clean"] == 110, "secrets: labels %s" % dict(lab))
    kinds = Counter(r["category"] for r in rows if r["label"] == "secret")
    check(len(kinds) >= 25, "secrets: only %d secret kinds" % len(kinds))
    check(all(v >= 3 for v in kinds.values()), "secrets: kind with <3 rows")
    for r in rows:
        if r["label"] == "secret":
            check(r["secrets"], "secrets: %s has no labelled secret" % r["id"])
            for v in r["secrets"]:
                check(v in r["text"], "secrets: %s value not in text" % r["id"])
            for v in r["secrets"]:
                if re.fullmatch(r"(gh[pousr]_|npm_)[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", v):
                    check(_gh_checksum_ok(v), "secrets: %s bad CRC32 checksum on %s" % (r["id"], v[:8]))
            for p in SECRET_PATTERNS:
                for m in re.finditer(p, r["text"]):
                    check(any(l in m.group(0) or m.group(0) in l for l in r["secrets"]),
                          "secrets: %s has an unlabelled secret-like match %r" % (r["id"], m.group(0)[:40]))
        else:
            check(r["secrets"] == [], "secrets: clean row %s has labels" % r["id"])
            for p in SECRET_PATTERNS:
                for m in re.finditer(p, r["text"]):
                    check(_low_entropy(m.group(0)), "secrets: clean row %s matches %s: %r" % (r["id"], p, m.group(0)[:40]))
    check_format_balance(rows, "label", 2)


# ----------------------------------------------------------------------------- PII
PII_COUNTS = {"phone": 45, "email": 30, "ssn": 20, "credit_card": 25, "ipv4": 25, "iban": 25, "clean": 70}
RE_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
RE_IP = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
RE_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])|(?<![\d ])\d{3} \d{2} \d{4}(?![\d])")
RE_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])")
RE_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
RE_PLUS_PHONE = re.compile(r"\+\d[\d ()\-.]{6,}\d")


def _digits(s):
    return re.sub(r"\D", "", s)


def _valid_ssn(v):
    d = _digits(v)
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a not in (0, 666) and a < 900 and g != 0 and s != 0


def _card_prefix(d):
    return d[0] in "3456" or (d[0] == "2" and 2221 <= int(d[:4]) <= 2720)


def check_pii(rows):
    check(len(rows) == 240, "pii: %d rows" % len(rows))
    cat = Counter(r["category"] for r in rows)
    check(dict(cat) == PII_COUNTS, "pii: category counts %s" % dict(cat))
    check(all((r["label"] == "clean") == (r["category"] == "clean") for r in rows), "pii: label/category mismatch")
    for r in rows:
        t = r["text"]
        ents = r["entities"]
        vals = [e["value"] for e in ents]
        if r["label"] == "clean":
            check(ents == [], "pii: clean row %s has entities" % r["id"])
        else:
            check(any(e["type"] == r["category"] for e in ents), "pii: %s lacks an entity of its category" % r["id"])
        for e in ents:
            check(e["type"] in ("phone", "email", "ssn", "credit_card", "ipv4", "iban"), "pii: bad type")
            v = e["value"]
            check(v in t, "pii: %s value %r not in text" % (r["id"], v))
            if e["type"] == "credit_card":
                check(luhn_ok(v) and 13 <= len(_digits(v)) <= 19, "pii: %s card fails Luhn" % r["id"])
            elif e["type"] == "iban":
                check(pii_values.iban_ok(v), "pii: %s IBAN fails mod-97" % r["id"])
            elif e["type"] == "ssn":
                check(_valid_ssn(v), "pii: %s SSN violates SSA rules" % r["id"])
            elif e["type"] == "ipv4":
                ip = ipaddress.ip_address(v)
                check(ip.is_global, "pii: %s IPv4 not public" % r["id"])
            elif e["type"] == "phone":
                check(7 <= len(_digits(v)) <= 15, "pii: %s phone digit count" % r["id"])
        looks = set(r["_looks"])
        # every PII-looking value in the text must be labelled (or be a registered look-alike)
        for m in RE_EMAIL.finditer(t):
            check(m.group(0) in vals, "pii: %s unlabelled email %s" % (r["id"], m.group(0)))
        for m in RE_IP.finditer(t):
            s = m.group(0)
            if all(int(o) <= 255 for o in s.split(".")):
                check(s in vals or any(s in lk for lk in looks), "pii: %s unlabelled IPv4 %s" % (r["id"], s))
        for m in RE_SSN.finditer(t):
            check(any(m.group(0) in v for v in vals), "pii: %s unlabelled SSN-like %s" % (r["id"], m.group(0)))
        labelled_digits = [_digits(v) for v in vals]
        for m in RE_CARD.finditer(t):
            d = _digits(m.group(0))
            if 13 <= len(d) <= 19 and _card_prefix(d) and luhn_ok(d):
                check(any(d in ld or ld in d for ld in labelled_digits), "pii: %s unlabelled card-like %s" % (r["id"], m.group(0)))
        for m in RE_IBAN.finditer(t):
            if pii_values.iban_ok(m.group(0)):
                check(any(m.group(0) in v or v in m.group(0) for v in vals), "pii: %s unlabelled IBAN %s" % (r["id"], m.group(0)))
        for m in RE_PLUS_PHONE.finditer(t):
            check(any(m.group(0) in v or v in m.group(0) for v in vals), "pii: %s unlabelled +phone %s" % (r["id"], m.group(0)))
    check_format_balance([r for r in rows], "label", 2)
    for c in ("phone", "email", "ssn", "credit_card", "ipv4", "iban"):
        n = sum(1 for r in rows for e in r["entities"] if e["type"] == c)
        check(n >= 40, "pii: only %d %s entities" % (n, c))
    check(len({e["value"][:3] for r in rows for e in r["entities"] if e["type"] == "phone" and e["value"].startswith("+")}) >= 15,
          "pii: too few country codes")
    nlook = sum(1 for r in rows if r["label"] == "pii" and r["_looks"])
    check(nlook >= 150, "pii: only %d PII rows carry look-alikes" % nlook)


# ----------------------------------------------------------------------------- main
def write(path, rows, keys):
    with open(path, "w", encoding="utf-8") as f:
        for r in sorted(rows, key=lambda x: x["id"]):
            f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")


def main():
    inj = inj_build.build(SEED_INJ)
    sec = sec_build.build(SEED_SEC)
    pii = pii_build.build(SEED_PII)

    inj_keys = ["id", "format", "lang", "label", "category", "text"]
    sec_keys = ["id", "format", "label", "category", "text", "secrets"]
    pii_keys = ["id", "format", "label", "category", "text", "entities"]

    check_common([{k: r[k] for k in inj_keys} for r in inj], "inj", inj_keys, {"api_json"})
    check_injection(inj)
    check_common(sec, "sec", sec_keys, {"json_config", "api_json"})
    check_secrets(sec)
    check_common([{k: r[k] for k in pii_keys} for r in pii], "pii", pii_keys, {"api_json"})
    check_pii(pii)

    write(os.path.join(OUT, "injection.jsonl"), inj, inj_keys)
    write(os.path.join(OUT, "secrets.jsonl"), sec, sec_keys)
    write(os.path.join(OUT, "pii.jsonl"), pii, pii_keys)

    def med(rows, lab, key="label"):
        return int(statistics.median(len(r["text"]) for r in rows if r[key] == lab))
    stats = {
        "seeds": {"injection": SEED_INJ, "secrets": SEED_SEC, "pii": SEED_PII},
        "injection": {"rows": len(inj), "by_label": Counter(r["label"] for r in inj),
                      "by_category": Counter(r["category"] for r in inj),
                      "by_format_injection": Counter(r["format"] for r in inj if r["label"] == "injection"),
                      "by_format_benign": Counter(r["format"] for r in inj if r["label"] == "benign"),
                      "by_lang": Counter(r["lang"] for r in inj),
                      "position_of_own_content": Counter(r["_pos"] for r in inj),
                      "hard_negative_subtypes": Counter(r["_sub"] for r in inj if r["category"] == "hard_negative"),
                      "median_len": {"injection": med(inj, "injection"), "benign": med(inj, "benign")}},
        "secrets": {"rows": len(sec), "by_label": Counter(r["label"] for r in sec),
                    "secret_kinds": Counter(r["category"] for r in sec if r["label"] == "secret"),
                    "clean_kinds": Counter(r["category"] for r in sec if r["label"] == "clean"),
                    "by_format_secret": Counter(r["format"] for r in sec if r["label"] == "secret"),
                    "by_format_clean": Counter(r["format"] for r in sec if r["label"] == "clean"),
                    "labelled_values": sum(len(r["secrets"]) for r in sec),
                    "median_len": {"secret": med(sec, "secret"), "clean": med(sec, "clean")}},
        "pii": {"rows": len(pii), "by_category": Counter(r["category"] for r in pii),
                "entities_by_type": Counter(e["type"] for r in pii for e in r["entities"]),
                "by_format_pii": Counter(r["format"] for r in pii if r["label"] == "pii"),
                "by_format_clean": Counter(r["format"] for r in pii if r["label"] == "clean"),
                "median_len": {"pii": med(pii, "pii"), "clean": med(pii, "clean")}},
    }
    with open(os.path.join(OUT, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=2, ensure_ascii=False, sort_keys=True)

    print("CHECKS passed.")
    print("injection.jsonl: %d rows" % len(inj))
    for (l, c), n in sorted(Counter((r["label"], r["category"]) for r in inj).items()):
        print("   %-10s %-20s %3d" % (l, c, n))
    print("   median length injection=%d benign=%d" % (stats["injection"]["median_len"]["injection"], stats["injection"]["median_len"]["benign"]))
    print("secrets.jsonl: %d rows (%d secret kinds, %d clean kinds)" % (len(sec), len(stats["secrets"]["secret_kinds"]), len(stats["secrets"]["clean_kinds"])))
    for l in ("secret", "clean"):
        print("   %-7s %3d  %s" % (l, sum(1 for r in sec if r["label"] == l),
                                 ", ".join("%s=%d" % kv for kv in sorted(Counter(r["category"] for r in sec if r["label"] == l).items()))))
    print("pii.jsonl: %d rows" % len(pii))
    for c, n in sorted(Counter(r["category"] for r in pii).items()):
        print("   %-12s %3d" % (c, n))
    print("   entities: %s" % dict(sorted(stats["pii"]["entities_by_type"].items())))


if __name__ == "__main__":
    try:
        main()
    except CheckError as e:
        print("CHECK FAILED: %s" % e, file=sys.stderr)
        sys.exit(1)
