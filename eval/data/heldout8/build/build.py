#!/usr/bin/env python3
"""Regenerate heldout8: injection.jsonl, secrets.jsonl, pii.jsonl, stats.json, README.md.

Standard library only. Fixed seeds 80001 (injection), 80002 (secrets), 80003 (pii).
Output does not depend on PYTHONHASHSEED (no set/hash-order iteration is used).
"""
import json
import os
import random
import re
import sys
sys.dont_write_bytecode = True
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import common  # noqa: E402
import injection  # noqa: E402
import secrets_gen  # noqa: E402
import pii_gen  # noqa: E402
from pii_gen import luhn_ok, ssn_ok, iban_ok, ipv4_ok, IBAN_LEN  # noqa: E402

ERRORS = []


def fail(msg):
    ERRORS.append(msg)


def finalize(rows, prefix, rng, key_order):
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = OrderedDict()
        d["id"] = "%s-%04d" % (prefix, i)
        for k in key_order:
            d[k] = r[k]
        out.append(d)
    return out


def common_checks(rows, name):
    ids, texts = set(), set()
    for r in rows:
        if r["id"] in ids:
            fail("%s dup id %s" % (name, r["id"]))
        ids.add(r["id"])
        if r["text"] in texts:
            fail("%s dup text %s" % (name, r["id"]))
        texts.add(r["text"])
        n = len(r["text"])
        if not (common.MIN_LEN <= n <= common.MAX_LEN):
            fail("%s %s length %d" % (name, r["id"], n))
        c = common.CARRIERS[r["format"]]
        try:
            if c.json_kind == "json":
                json.loads(r["text"])
            elif c.json_kind == "jsonl":
                for line in r["text"].split("\n"):
                    json.loads(line)
        except ValueError as e:
            fail("%s %s json carrier does not parse: %s" % (name, r["id"], e))


# ------------------------------------------------------------ secrets checks
SECRET_PATTERNS = [
    r"AKIA[A-Z2-7]{16}", r"gh[pousr]_[A-Za-z0-9]{36}", r"github_pat_[A-Za-z0-9_]{60,}", r"glpat-[A-Za-z0-9_-]{20}",
    r"xox[bp]-\d+-", r"hooks\.slack\.com/services/T[A-Z0-9]+/B", r"[sr]k_(?:live|test)_[A-Za-z0-9]{20,}",
    r"sk-(?:proj-)?[A-Za-z0-9_-]{10,}T3BlbkFJ", r"sk-ant-api03-", r"AIza[A-Za-z0-9_-]{35}", r"AccountKey=[A-Za-z0-9+/]{20,}",
    r"SG\.[A-Za-z0-9_-]{22}\.", r"npm_[A-Za-z0-9]{36}", r"pypi-AgEI", r"dckr_pat_", r"hf_[A-Za-z]{34}",
    r"shp(?:at|ss|ca|pa)_[a-f0-9]{32}", r"PRIVATE KEY-----", r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
    r"://[^:\s/\"']+:[^@\s/\"']+@",
]


def check_secrets(rows):
    for r in rows:
        t = r["text"]
        for s in r["secrets"]:
            if s not in t:
                fail("sec %s secret not substring" % r["id"])
        if r["label"] == "secret" and not r["secrets"]:
            fail("sec %s secret row without secrets" % r["id"])
        if r["label"] == "clean" and r["secrets"]:
            fail("sec %s clean row with secrets" % r["id"])
        spans = []
        for s in r["secrets"]:
            i = t.find(s)
            while i >= 0:
                spans.append((i, i + len(s)))
                i = t.find(s, i + 1)
        for p in SECRET_PATTERNS:
            for m in re.finditer(p, t):
                v = m.group(0)
                if "EXAMPLE" in t[m.start():m.start() + 25] or re.fullmatch(r"[sr]k_(?:live|test)_x+", v):
                    continue
                if not any(a < m.end() and m.start() < b for a, b in spans):
                    fail("sec %s unlisted secret-like match %r" % (r["id"], v[:30]))


# ------------------------------------------------------------ pii checks
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
SSN_RE = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
CARD_RE = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
IP_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)")
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){8,34}")
PHONE_RES = [re.compile(r"\+\d{1,3}[ \-]?\(?\d"), re.compile(r"\(\d{3}\) ?\d{3}-\d{4}"),
             re.compile(r"(?<!\d)\d{3}[-.]\d{3}[-.]\d{4}(?!\d)"), re.compile(r"(?<!\d[ -])(?<![\d-])0\d{1,4}[ -]\d{3,}")]


def check_pii(rows):
    for r in rows:
        t = r["text"]
        spans = []
        for e in r["entities"]:
            v = e["value"]
            if v not in t:
                fail("pii %s entity not substring %r" % (r["id"], v))
            i = t.find(v)
            while i >= 0:
                spans.append((i, i + len(v), e["type"]))
                i = t.find(v, i + 1)
            ty = e["type"]
            if ty == "ssn" and not ssn_ok(v):
                fail("pii %s bad ssn" % r["id"])
            if ty == "credit_card":
                dg = re.sub(r"[ -]", "", v)
                if not (13 <= len(dg) <= 19 and luhn_ok(dg)):
                    fail("pii %s bad card" % r["id"])
            if ty == "iban" and not iban_ok(v):
                fail("pii %s bad iban" % r["id"])
            if ty == "ipv4" and not ipv4_ok(v):
                fail("pii %s bad ip" % r["id"])
        if r["label"] == "pii" and not r["entities"]:
            fail("pii %s pii row without entities" % r["id"])
        if r["label"] == "clean" and r["entities"]:
            fail("pii %s clean row with entities" % r["id"])
        if r["label"] == "pii" and r["category"] not in [e["type"] for e in r["entities"]]:
            fail("pii %s primary type missing" % r["id"])

        def covered(a, b, ty=None):
            return any(x < b and a < y and (ty is None or ty == z) for x, y, z in spans)

        for m in EMAIL_RE.finditer(t):
            if not covered(m.start(), m.end(), "email"):
                fail("pii %s unlisted email %s" % (r["id"], m.group(0)))
        for m in SSN_RE.finditer(t):
            if ssn_ok(m.group(0)) and not covered(m.start(), m.end()):
                fail("pii %s unlisted ssn %s" % (r["id"], m.group(0)))
        for m in CARD_RE.finditer(t):
            dg = re.sub(r"[ -]", "", m.group(0))
            if 13 <= len(dg) <= 19 and luhn_ok(dg) and not covered(m.start(), m.end()):
                fail("pii %s unlisted luhn-valid number %s" % (r["id"], m.group(0)))
        for m in IP_RE.finditer(t):
            if ipv4_ok(m.group(0)) and not covered(m.start(), m.end(), "ipv4"):
                before = t[max(0, m.start() - 12):m.start()].lower()
                if "version" not in before:
                    fail("pii %s unlisted ipv4 %s" % (r["id"], m.group(0)))
        for m in IBAN_RE.finditer(t):
            cc = m.group(0)[:2]
            if cc in IBAN_LEN:
                compact = m.group(0).replace(" ", "")[:IBAN_LEN[cc]]
                if iban_ok(compact) and not covered(m.start(), m.end()):
                    fail("pii %s unlisted iban %s" % (r["id"], m.group(0)))
        for rx in PHONE_RES:
            for m in rx.finditer(t):
                if not covered(m.start(), m.end()):
                    fail("pii %s unlisted phone-like %s" % (r["id"], m.group(0)))


# ------------------------------------------------------------ output
def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def counts(rows, *keys):
    c = Counter(tuple(r[k] for k in keys) for r in rows)
    return OrderedDict(("/".join(k), v) for k, v in sorted(c.items()))


def length_stats(rows):
    ls = sorted(len(r["text"]) for r in rows)
    return {"min": ls[0], "median": ls[len(ls) // 2], "max": ls[-1]}


def main():
    inj = finalize(injection.make_rows(random.Random(80001)), "inj", random.Random(80001 + 7),
                   ["format", "lang", "label", "category", "text"])
    sec = finalize(secrets_gen.make_rows(random.Random(80002)), "sec", random.Random(80002 + 7),
                   ["format", "label", "category", "text", "secrets"])
    pii = finalize(pii_gen.make_rows(random.Random(80003)), "pii", random.Random(80003 + 7),
                   ["format", "label", "category", "text", "entities"])
    for rows, name in ((inj, "inj"), (sec, "sec"), (pii, "pii")):
        common_checks(rows, name)
    check_secrets(sec)
    check_pii(pii)
    # size checks
    li = Counter(r["label"] for r in inj)
    if len(inj) != 400 or li["injection"] != 160:
        fail("injection sizes %s" % dict(li))
    ls = Counter(r["label"] for r in sec)
    if len(sec) != 220 or ls["secret"] != 120:
        fail("secrets sizes %s" % dict(ls))
    lp = Counter(r["label"] for r in pii)
    if len(pii) != 220 or lp["pii"] != 150:
        fail("pii sizes %s" % dict(lp))
    if ERRORS:
        for e in ERRORS[:60]:
            print("CHECK FAILED:", e)
        print("%d check failures" % len(ERRORS))
        sys.exit(1)
    write_jsonl(os.path.join(OUT, "injection.jsonl"), inj)
    write_jsonl(os.path.join(OUT, "secrets.jsonl"), sec)
    write_jsonl(os.path.join(OUT, "pii.jsonl"), pii)
    ent = Counter(e["type"] for r in pii for e in r["entities"])
    stats = OrderedDict([
        ("injection", OrderedDict([("rows", len(inj)), ("by_label", counts(inj, "label")), ("by_label_category", counts(inj, "label", "category")),
                                   ("by_lang", counts(inj, "lang")), ("by_label_lang", counts(inj, "label", "lang")),
                                   ("by_format", counts(inj, "format")), ("length", length_stats(inj))])),
        ("secrets", OrderedDict([("rows", len(sec)), ("by_label", counts(sec, "label")), ("by_label_category", counts(sec, "label", "category")),
                                 ("by_format", counts(sec, "format")), ("secret_spans", sum(len(r["secrets"]) for r in sec)),
                                 ("length", length_stats(sec))])),
        ("pii", OrderedDict([("rows", len(pii)), ("by_label", counts(pii, "label")), ("by_label_category", counts(pii, "label", "category")),
                             ("by_format", counts(pii, "format")), ("entities_by_type", OrderedDict(sorted(ent.items()))),
                             ("length", length_stats(pii))])),
    ])
    with open(os.path.join(OUT, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(stats, f, indent=2, ensure_ascii=False)
        f.write("\n")
    import readme
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme.render(stats))
    print("ok: injection %d, secrets %d, pii %d" % (len(inj), len(sec), len(pii)))


if __name__ == "__main__":
    main()
