#!/usr/bin/env python3
"""Regenerate injection.jsonl, secrets.jsonl, pii.jsonl, stats.json and README.md
byte for byte. Standard library only; fixed seeds; no set/hash ordering."""
import base64
import json
import os
import re
import random
import statistics
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the data files sit beside the README, one folder up
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import carriers  # noqa: E402
from carriers import FORMATS, LIST_FORMATS, wrap, json_ok, MIN_LEN, MAX_LEN  # noqa: E402
from common import fill_slots, sample_target  # noqa: E402
import inj_content  # noqa: E402
import benign_content  # noqa: E402
import sec_gen  # noqa: E402
import pii_gen  # noqa: E402

POSITIONS = ["start", "middle", "end"]


class FormatBalancer:
    """Greedy per-label balancing of carrier formats."""

    def __init__(self, rng):
        self.rng = rng
        self.counts = {}

    def pick(self, label, allowed=None, exclude=()):
        c = self.counts.setdefault(label, {f: 0 for f in FORMATS})
        cands = [f for f in (allowed or FORMATS) if f not in exclude]
        if not cands:
            return None
        m = min(c[f] for f in cands)
        best = [f for f in cands if c[f] == m]
        return self.rng.choice(best)

    def commit(self, label, fmt):
        self.counts[label][fmt] += 1


def take_cyclic(pool, n, rng):
    """All entries once (shuffled), then further shuffled passes until n."""
    out = []
    while len(out) < n:
        batch = list(pool)
        rng.shuffle(batch)
        out.extend(batch[: n - len(out)])
    return out


# ----------------------------------------------------------------------------- injection
def _encode_special(text, rng):
    if isinstance(text, tuple):
        kind, lead, inner = text
        inner = fill_slots(inner, rng)
        if kind == "B64":
            return lead + base64.b64encode(inner.encode("utf-8")).decode("ascii")
        if kind == "REV":
            return lead + inner[::-1]
        if kind == "HOMO":
            return inj_content.homoglyph(inner, rng.choice([1, 2, 3]))
        if kind == "ZW":
            return "\u200b".join(inner)
    if isinstance(text, list):
        return [fill_slots(t, rng) for t in text]
    return fill_slots(text, rng)


def build_injection():
    rng = random.Random(70001)
    bal = FormatBalancer(rng)
    plan = []
    for e in take_cyclic(inj_content.INJ, 160, rng):
        plan.append(("injection",) + e)
    for e in take_cyclic(benign_content.ORD, 100, rng):
        plan.append(("benign",) + e)
    for e in take_cyclic(benign_content.HARD, 140, rng):
        plan.append(("benign",) + e)
    rows, meta = [], []
    for label, cat, lang, text, forced in plan:
        snip = _encode_special(text, rng)
        allowed = forced
        if isinstance(snip, list) and not forced:
            allowed = LIST_FORMATS
        tried = []
        for attempt in range(30):
            fmt = bal.pick(label, allowed, tried) or rng.choice(allowed or FORMATS)
            pos = rng.choice(POSITIONS)
            out = wrap(fmt, snip, rng, pos, sample_target(rng), "prose")
            if MIN_LEN <= len(out) <= MAX_LEN and json_ok(fmt, out):
                break
            tried.append(fmt)
        else:
            raise RuntimeError("could not place injection-set snippet")
        bal.commit(label, fmt)
        rows.append({"format": fmt, "lang": lang, "label": label, "category": cat, "text": out})
        meta.append({"position": pos})
    return shuffle_assign(rows, meta, "inj", rng)


def shuffle_assign(rows, meta, prefix, rng):
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    out, m2 = [], []
    for k, i in enumerate(idx):
        r = {"id": "%s-%04d" % (prefix, k + 1)}
        r.update(rows[i])
        out.append(r)
        m2.append(meta[i])
    return out, m2


# ----------------------------------------------------------------------------- secrets
def build_secrets():
    rng = random.Random(70002)
    bal = FormatBalancer(rng)
    plan = []
    for g in take_cyclic(sec_gen.SECRET_GENS, 120, rng):
        plan.append(("secret", g))
    for g in take_cyclic(sec_gen.CLEAN_GENS, 100, rng):
        plan.append(("clean", g))
    rows, meta = [], []
    for label, g in plan:
        items = [g(rng)]
        if label == "secret" and rng.random() < 0.12:
            items.append(rng.choice(sec_gen.SECRET_GENS)(rng))
        if rng.random() < 0.35:
            items.insert(rng.randrange(len(items) + 1), rng.choice(sec_gen.CLEAN_GENS)(rng))
        listed = [v for it in items for (_, v, lst) in it["pairs"] if lst]
        tried = []
        for attempt in range(40):
            fmt = bal.pick(label, None, tried) or rng.choice(FORMATS)
            snip = "\n".join(sec_gen.render(it, fmt, rng) for it in items) if fmt not in ("sql", "csv", "spreadsheet") \
                else "; ".join(sec_gen.render(it, fmt, rng) for it in items)
            pos = rng.choice(POSITIONS)
            out = wrap(fmt, snip, rng, pos, sample_target(rng), "raw")
            if MIN_LEN <= len(out) <= MAX_LEN and json_ok(fmt, out) and all(s in out for s in listed):
                break
            tried.append(fmt)
        else:
            raise RuntimeError("could not place secret snippet %r" % g.__name__)
        bal.commit(label, fmt)
        rows.append({"format": fmt, "label": label, "category": g(random.Random(0))["kind"], "text": out, "secrets": listed})
        meta.append({"position": pos})
    return shuffle_assign(rows, meta, "sec", rng)


# ----------------------------------------------------------------------------- pii
def build_pii():
    rng = random.Random(70003)
    bal = FormatBalancer(rng)
    plan = [("pii", t) for t in take_cyclic(pii_gen.PII_T, 150, rng)]
    plan += [("clean", t) for t in take_cyclic(pii_gen.CLEAN_T, 70, rng)]
    rows, meta = [], []
    for label, t in plan:
        if label == "pii":
            cat, tmpl = t
            snip, ents = pii_gen.fill_pii(tmpl, rng)
        else:
            cat = "clean"
            snip, ents = pii_gen.fill_lookalike(t, rng), []
        if rng.random() < 0.3:
            extra = pii_gen.fill_lookalike(rng.choice(pii_gen.SAFE_LOOKALIKE_T), rng)
            snip = (extra + " " + snip) if rng.random() < 0.5 else (snip + "\n" + extra)
        uniq = []
        for e in ents:
            if e not in uniq:
                uniq.append(e)
        tried = []
        for attempt in range(40):
            fmt = bal.pick(label, None, tried) or rng.choice(FORMATS)
            pos = rng.choice(POSITIONS)
            out = wrap(fmt, snip, rng, pos, sample_target(rng), "prose")
            if MIN_LEN <= len(out) <= MAX_LEN and json_ok(fmt, out) and all(v in out for _, v in uniq):
                break
            tried.append(fmt)
        else:
            raise RuntimeError("could not place pii snippet")
        bal.commit(label, fmt)
        rows.append({"format": fmt, "label": label, "category": cat, "text": out,
                     "entities": [{"type": ty, "value": v} for ty, v in uniq]})
        meta.append({"position": pos})
    return shuffle_assign(rows, meta, "pii", rng)


# ----------------------------------------------------------------------------- checks
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
CARD_RE = re.compile(r"(?<![\d-])(\d{13,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?|\d{4}[ -]\d{6}[ -]\d{4,5})(?![\d-])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)\b")
SSN_RE = re.compile(r"(?<![\d-])(\d{3}[- ]\d{2}[- ]\d{4})(?![\d-])")


def check_all(inj, sec, pii):
    problems = []
    for name, rows in (("injection", inj), ("secrets", sec), ("pii", pii)):
        ids = [r["id"] for r in rows]
        if len(set(ids)) != len(ids):
            problems.append("%s: duplicate ids" % name)
        texts = [r["text"] for r in rows]
        if len(set(texts)) != len(texts):
            problems.append("%s: duplicate texts" % name)
        for r in rows:
            if not (MIN_LEN <= len(r["text"]) <= MAX_LEN):
                problems.append("%s %s: length %d" % (name, r["id"], len(r["text"])))
            if not json_ok(r["format"], r["text"]):
                problems.append("%s %s: invalid JSON carrier" % (name, r["id"]))
    for r in inj:
        if r["label"] not in ("injection", "benign"):
            problems.append("bad label " + r["id"])
    for r in sec:
        if (r["label"] == "secret") != bool(r["secrets"]):
            problems.append("secrets %s: label/secrets mismatch" % r["id"])
        for s in r["secrets"]:
            if s not in r["text"]:
                problems.append("secrets %s: secret not a substring" % r["id"])
    validators = {"ssn": pii_gen.ssn_valid, "credit_card": lambda v: pii_gen.luhn_ok(v) and 13 <= len(re.sub(r"\D", "", v)) <= 19,
                  "iban": pii_gen.iban_ok, "ipv4": pii_gen.ipv4_ok, "email": lambda v: EMAIL_RE.fullmatch(v) is not None,
                  "phone": lambda v: len(re.sub(r"\D", "", v)) >= 8}
    for r in pii:
        if (r["label"] == "pii") != bool(r["entities"]):
            problems.append("pii %s: label/entities mismatch" % r["id"])
        listed = [e["value"] for e in r["entities"]]
        for e in r["entities"]:
            if e["value"] not in r["text"]:
                problems.append("pii %s: entity not a substring" % r["id"])
            if not validators[e["type"]](e["value"]):
                problems.append("pii %s: invalid %s %r" % (r["id"], e["type"], e["value"]))
        t = r["text"]
        emails = EMAIL_RE.findall(t)
        ips = [m for m in IP_RE.findall(t) if pii_gen.ipv4_ok(m)]
        cards = [m for m in CARD_RE.findall(t) if pii_gen.luhn_ok(m)]
        ibans = [m for m in IBAN_RE.findall(t) if pii_gen.iban_ok(m)]
        ssns = [m for m in SSN_RE.findall(t) if pii_gen.ssn_valid(m)]
        if r["label"] == "clean":
            if emails or cards or ibans:
                problems.append("pii %s: clean row contains email/card/iban %r" % (r["id"], emails + cards + ibans))
            bad_ip = [m for m in ips if not re.search(r"(?i)(version|upgraded)[^\n]{0,40}" + re.escape(m), t)]
            if bad_ip:
                problems.append("pii %s: clean row has unexplained IPv4 %r" % (r["id"], bad_ip))
            bad_ssn = [m for m in ssns if not re.search(r"Part no\. " + re.escape(m), t)]
            if bad_ssn:
                problems.append("pii %s: clean row has valid SSN-shape %r" % (r["id"], bad_ssn))
        else:
            for m in emails + ips + cards + ibans + ssns:
                if not any(m in v or v in m for v in listed):
                    problems.append("pii %s: unlisted PII-looking value %r" % (r["id"], m))
    types_countries = sorted({e["value"].replace(" ", "")[:2] for r in pii for e in r["entities"] if e["type"] == "iban"})
    if len(types_countries) < 10:
        problems.append("fewer than 10 IBAN countries: %r" % types_countries)
    return problems


# ----------------------------------------------------------------------------- stats / output
def count(rows, key, meta=None):
    c = {}
    for i, r in enumerate(rows):
        v = meta[i][key] if meta is not None else r[key]
        c[v] = c.get(v, 0) + 1
    return dict(sorted(c.items()))


def cross(rows, k1, k2):
    c = {}
    for r in rows:
        c.setdefault(r[k1], {})
        c[r[k1]][r[k2]] = c[r[k1]].get(r[k2], 0) + 1
    return {k: dict(sorted(v.items())) for k, v in sorted(c.items())}


def length_stats(rows):
    out = {}
    for lab in sorted({r["label"] for r in rows}):
        ls = sorted(len(r["text"]) for r in rows if r["label"] == lab)
        out[lab] = {"min": ls[0], "median": int(statistics.median(ls)), "mean": int(statistics.mean(ls)), "max": ls[-1]}
    return out


def stats_for(rows, meta, extra=None):
    s = {"rows": len(rows), "label": count(rows, "label"), "category_by_label": cross(rows, "label", "category"),
         "format_by_label": cross(rows, "label", "format"), "position": count(rows, "position", meta),
         "length_chars_by_label": length_stats(rows)}
    if extra:
        s.update(extra)
    return s


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    inj, inj_meta = build_injection()
    sec, sec_meta = build_secrets()
    pii, pii_meta = build_pii()
    problems = check_all(inj, sec, pii)
    if problems:
        for p in problems[:60]:
            print("CHECK FAILED:", p)
        sys.exit(1)
    write_jsonl(os.path.join(HERE, "injection.jsonl"), inj)
    write_jsonl(os.path.join(HERE, "secrets.jsonl"), sec)
    write_jsonl(os.path.join(HERE, "pii.jsonl"), pii)
    ent = {}
    for r in pii:
        for e in r["entities"]:
            ent[e["type"]] = ent.get(e["type"], 0) + 1
    phone_c = {}
    iban_c = {}
    for r in pii:
        for e in r["entities"]:
            if e["type"] == "iban":
                cc = e["value"][:2]
                iban_c[cc] = iban_c.get(cc, 0) + 1
    stats = {
        "injection": stats_for(inj, inj_meta, {"lang_by_label": cross(inj, "label", "lang")}),
        "secrets": stats_for(sec, sec_meta, {"listed_secret_values": sum(len(r["secrets"]) for r in sec)}),
        "pii": stats_for(pii, pii_meta, {"entities_by_type": dict(sorted(ent.items())),
                                         "iban_countries": dict(sorted(iban_c.items()))}),
    }
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(stats, ensure_ascii=False, indent=2) + "\n")
    import readme
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme.render(stats))
    print("ok: injection=%d secrets=%d pii=%d" % (len(inj), len(sec), len(pii)))


if __name__ == "__main__":
    main()
