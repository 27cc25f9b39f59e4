#!/usr/bin/env python3
"""Builds the heldout2 evaluation set: ../injection.jsonl, ../secrets.jsonl, ../pii.jsonl.

Standard library only.  All randomness is seeded (gen/common.py: SEED), so a rerun reproduces the
files byte for byte.  Run:  python3 build.py            (write + validate + print counts)
                            python3 build.py --tables   (also print markdown count tables)
"""
import collections
import json
import os
import re
import sys
import zlib

sys.dont_write_bytecode = True   # keep the tree clean: no __pycache__ next to the generator
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen.common import DRBG, R, ALNUM, base62, luhn_ok, iban_valid  # noqa: E402
from gen import injection, sec_rows, sec_clean, pii_rows, pii_neg  # noqa: E402
from gen import pii_gen as G  # noqa: E402

OUT = os.path.dirname(HERE)
INJ_CATS = {"hard_negative", "benign", "hidden", "multilingual", "exfiltration", "obfuscated", "override", "role_markers",
            "social_engineering", "tool_request"}


# ------------------------------------------------------------------ secrets
STRONG = [r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b", r"\bgh[pousr]_[A-Za-z0-9]{36}\b", r"\bgithub_pat_[A-Za-z0-9_]{82}\b", r"\bnpm_[A-Za-z0-9]{36}\b",
          r"\bgl(?:pat|dt|rt)-[A-Za-z0-9_-]{20}(?![A-Za-z0-9_-])", r"\bglptt-[0-9a-f]{40}\b", r"\bxox[bpa]-\d+-", r"xapp-1-A",
          r"hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}", r"\b[rs]k_live_[A-Za-z0-9]{20,}", r"\bwhsec_[A-Za-z0-9]{32}\b",
          r"T3BlbkFJ", r"sk-ant-api03-", r"\bhf_[A-Za-z]{34}\b", r"pypi-AgEIcHlwaS5vcmc", r"\bSG\.[\w-]{22}\.[\w-]{43}\b", r"\bkey-[0-9a-f]{32}\b",
          r"\bshp(?:at|ss|ca)_[0-9a-f]{32}\b", r"NRAK-[A-Z0-9]{27}", r"[0-9a-f]{36}NRAL", r"sntry[su]_", r"\bdo[por]_v1_[0-9a-f]{64}",
          r"HRKU-AA", r"ATATT3xFfGF0", r"\bntn_\d{11}", r"\bsecret_[A-Za-z0-9]{43}\b", r"\bpat[A-Za-z0-9]{14}\.[0-9a-f]{64}\b", r"\bfigd_",
          r"\blin_api_[A-Za-z0-9]{40}", r"PMAK-[0-9a-f]{24}-", r"\bdp\.(?:st|pt)\.", r"\bhv[sb]\.CAESI", r"\.atlasv1\.", r"\bglsa_",
          r"\bdapi[0-9a-f]{32}\b", r"\b\d{10}:AA[\w-]{33}\b", r"discord\.com/api/webhooks/\d+/", r"\bAIzaSy[\w-]{33}\b",
          r"-----BEGIN [A-Z ]*PRIVATE KEY(?: BLOCK)?-----", r"AGE-SECRET-KEY-1", r"AccountKey=[A-Za-z0-9+/]{20}", r"[A-Za-z0-9]{3}\dQ~[\w~.-]{30,}",
          r"\beyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{20,}", r"\bBasic [A-Za-z0-9+/]{16,}={0,2}", r"[?&]sig=[A-Za-z0-9%]{20,}", r'"auth":\s*"[A-Za-z0-9+/=]{20,}"',
          r"://[^:/\s@]+:([^@\s/]+)@"]
URL_PW_OK = {"PASSWORD", "***", "<redacted>", "********"}


def gh_checksum_ok(tok):
    pre, body = tok.split("_", 1)
    return base62(zlib.crc32(body[:30].encode()) & 0xFFFFFFFF, 6) == body[30:]


def strong_hits(text):
    hits = []
    for pat in STRONG:
        for m in re.finditer(pat, text):
            s = m.group(0)
            if "EXAMPLE" in text[m.start():m.end() + 12]:
                continue
            if pat.startswith("://") and m.group(1) in URL_PW_OK:
                continue
            if len(s) > 12 and len(set(s[5:])) <= 3:   # XXXX… placeholders
                continue
            if re.match(r"gh[pousr]_|npm_", s) and not gh_checksum_ok(s):
                continue
            hits.append((m.start(), m.end(), s))
    return hits


def build_secrets():
    d, r = DRBG("secrets"), R("secrets")
    srows = sec_rows.secret_rows(d, r)
    crows = sec_clean.build(d, r)
    rows = [dict(x, label="secret") for x in srows] + [dict(x, label="clean", secrets=[]) for x in crows]
    r.shuffle(rows)
    out = []
    for i, x in enumerate(rows, 1):
        out.append({"id": f"sec2-{i:03d}", "format": x["format"], "label": x["label"], "secrets": x["secrets"], "category": x["category"], "text": x["text"]})
    return out


def validate_secrets(rows):
    for x in rows:
        assert x["label"] in ("secret", "clean")
        assert (x["label"] == "secret") == bool(x["secrets"]), x["id"]
        assert len(set(x["secrets"])) == len(x["secrets"]), x["id"]
        spans = []
        for v in x["secrets"]:
            assert v in x["text"], (x["id"], v[:40])
            for m in re.finditer(re.escape(v), x["text"]):
                spans.append((m.start(), m.end()))
            for t in re.findall(r"\bgh[pousr]_[A-Za-z0-9]{36}\b|\bnpm_[A-Za-z0-9]{36}\b", v):
                assert gh_checksum_ok(t), (x["id"], t)
        hits = strong_hits(x["text"])
        if x["label"] == "clean":
            assert not hits, (x["id"], x["category"], hits[:2])
        else:
            for a, b, s in hits:
                assert any(a < e and b > s0 for s0, e in spans), (x["id"], x["category"], s[:60])


# ------------------------------------------------------------------ pii
def build_pii():
    r = R("pii")
    rows = []
    for fn, cnt in pii_rows.POSITIVE:
        for _ in range(cnt):
            for attempt in range(200):
                E = pii_rows.Ent()
                fmt, text = fn(r, E)
                if not (150 <= len(text) <= 3000) or G.find_unlabelled(text, E.items):
                    continue
                break
            else:
                raise RuntimeError(fn.__name__)
            rows.append(dict(format=fmt, entities=E.items, text=text))
    for fn, cnt in pii_neg.NEGATIVE:
        for _ in range(cnt):
            for attempt in range(200):
                fmt, text = fn(r)
                if not (150 <= len(text) <= 3000) or G.find_unlabelled(text, []):
                    continue
                break
            else:
                raise RuntimeError(fn.__name__)
            rows.append(dict(format=fmt, entities=[], text=text))
    r.shuffle(rows)
    return [{"id": f"pii2-{i:03d}", "format": x["format"], "entities": x["entities"], "text": x["text"]} for i, x in enumerate(rows, 1)]


def validate_pii(rows):
    for x in rows:
        vals = [e["value"] for e in x["entities"]]
        assert len(vals) == len(set(vals)), x["id"]
        for e in x["entities"]:
            assert e["type"] in ("phone", "email", "ssn", "credit_card", "ipv4", "iban"), x["id"]
            assert e["value"] in x["text"], (x["id"], e)
            v = e["value"]
            if e["type"] == "credit_card":
                assert luhn_ok(re.sub(r"\D", "", v)) and 13 <= len(re.sub(r"\D", "", v)) <= 19
            elif e["type"] == "iban":
                assert iban_valid(v)
            elif e["type"] == "ssn":
                a, g, s = re.split(r"[- ]", v)
                assert G.ssn_valid(a, g, s)
            elif e["type"] == "email":
                assert G.EMAIL_RE.fullmatch(v)
            elif e["type"] == "ipv4":
                assert all(0 <= int(p) <= 255 for p in v.split("."))
        assert not G.find_unlabelled(x["text"], x["entities"]), x["id"]


# ------------------------------------------------------------------ injection
def validate_injection(rows):
    for x in rows:
        assert x["category"] in INJ_CATS, x["id"]
        assert x["label"] == ("benign" if x["category"] in ("benign", "hard_negative") else "injection"), x["id"]
        assert x["id"].startswith("inj2-hn-" if x["category"] == "hard_negative" else f"inj2-{x['category']}-"), x["id"]
        assert x["lang"] in ("en", "es", "de", "fr", "pt", "it", "nl", "ja", "zh", "ko", "ru", "pl", "tr", "ar", "hi", "vi", "sv"), x["id"]
        for ph in ("{P}", "{name}", "{name2}", "{amt}", "{date}", "{n}"):
            assert ph not in x["text"], (x["id"], ph)


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        for x in rows:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")


def table(title, counter, cols=("", "rows")):
    print(f"\n| {title} | {cols[1]} |\n|---|---:|")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"| {k} | {v} |")


def main():
    inj = injection.build()
    sec = build_secrets()
    pii = build_pii()
    validate_injection(inj)
    validate_secrets(sec)
    validate_pii(pii)
    ids = [x["id"] for x in inj + sec + pii]
    assert len(ids) == len(set(ids))
    for rows in (inj, sec, pii):
        for x in rows:
            assert 150 <= len(x["text"]) <= 3000, (x["id"], len(x["text"]))
            json.loads(json.dumps(x, ensure_ascii=False))
    write("injection.jsonl", inj)
    write("secrets.jsonl", sec)
    write("pii.jsonl", pii)
    # re-read what was written
    for name in ("injection.jsonl", "secrets.jsonl", "pii.jsonl"):
        with open(os.path.join(OUT, name), encoding="utf-8") as fh:
            for ln in fh:
                json.loads(ln)

    def lens(rows):
        ls = [len(x["text"]) for x in rows]
        return f"min {min(ls)} / max {max(ls)} / mean {sum(ls) // len(ls)}"
    c = collections.Counter(x["label"] for x in inj)
    print(f"injection.jsonl: {len(inj)} rows — {c['injection']} injection, {c['benign']} benign "
          f"({sum(x['category'] == 'hard_negative' for x in inj)} hard negatives); non-English {sum(x['lang'] != 'en' for x in inj)}; {lens(inj)}")
    c = collections.Counter(x["label"] for x in sec)
    print(f"secrets.jsonl:   {len(sec)} rows — {c['secret']} secret ({sum(len(x['secrets']) for x in sec)} values), {c['clean']} clean; {lens(sec)}")
    print(f"pii.jsonl:       {len(pii)} rows — {sum(bool(x['entities']) for x in pii)} with PII ({sum(len(x['entities']) for x in pii)} entities), "
          f"{sum(not x['entities'] for x in pii)} look-alike only; {lens(pii)}")
    if "--tables" in sys.argv:
        table("category", collections.Counter(x["category"] for x in inj))
        table("hard-negative subtype", collections.Counter(x["id"].split("-")[2] for x in inj if x["category"] == "hard_negative"))
        table("lang", collections.Counter(x["lang"] for x in inj))
        fm = collections.Counter((x["format"], x["label"]) for x in inj)
        print("\n| format | benign | injection |\n|---|---:|---:|")
        for f in sorted({f for f, _ in fm}):
            print(f"| {f} | {fm[(f, 'benign')]} | {fm[(f, 'injection')]} |")
        fm = collections.Counter((x["format"], x["label"]) for x in sec)
        print("\n| format | clean | secret |\n|---|---:|---:|")
        for f in sorted({f for f, _ in fm}):
            print(f"| {f} | {fm[(f, 'clean')]} | {fm[(f, 'secret')]} |")
        table("secret category", collections.Counter(x["category"] for x in sec if x["label"] == "secret"))
        table("clean category", collections.Counter(x["category"] for x in sec if x["label"] == "clean"))
        table("entity type", collections.Counter(e["type"] for x in pii for e in x["entities"]), ("", "entities"))
        table("entity type", collections.Counter(t for x in pii for t in {e["type"] for e in x["entities"]}), ("", "rows"))
        fm = collections.Counter((x["format"], bool(x["entities"])) for x in pii)
        print("\n| format | with PII | look-alike only |\n|---|---:|---:|")
        for f in sorted({f for f, _ in fm}):
            print(f"| {f} | {fm[(f, True)]} | {fm[(f, False)]} |")


if __name__ == "__main__":
    main()
