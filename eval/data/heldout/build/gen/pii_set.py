"""Assemble pii.jsonl rows, rejecting any draw whose text contains an
unlabelled PII-shaped value (so every label stays unambiguous)."""
import re

from .common import Ctx
from .pii_neg import NEG
from .pii_pos import POS
from .pii_shapes import PII, EMAIL_RE, find_cards, find_ibans, find_ipv4, find_ssns

N_POS = 110
N_NEG = 90

PHONEISH = re.compile(r"\+\d{1,3}[ -]\d|\(\d{3}\) ?\d{3}-\d{4}|(?<![\d-])\d{3}[-.]\d{3}[-.]\d{4}(?![\d-])")


def digits(s):
    return re.sub(r"\D", "", s)


def problems(text, ents, negative):
    errs = []
    vals = {v for _, v in ents}
    for t, v in ents:
        if v not in text:
            errs.append(f"missing {t} {v!r}")
    by_type = {}
    for t, v in ents:
        by_type.setdefault(t, set()).add(v)
    for ip in find_ipv4(text):
        if ip not in by_type.get("ipv4", set()):
            errs.append(f"unlabelled ipv4 {ip}")
    for em in EMAIL_RE.findall(text):
        if em not in by_type.get("email", set()):
            errs.append(f"unlabelled email {em}")
    for s in find_ssns(text):
        if s not in by_type.get("ssn", set()):
            errs.append(f"unlabelled ssn {s}")
    card_digits = {digits(v) for v in by_type.get("credit_card", set())}
    for cnum in find_cards(text):
        if digits(cnum) not in card_digits:
            errs.append(f"unlabelled luhn-valid number {cnum}")
    for ib in find_ibans(text):
        if ib.replace(" ", "") not in {v.replace(" ", "") for v in by_type.get("iban", set())}:
            errs.append(f"unlabelled iban {ib}")
    if negative:
        for m in PHONEISH.finditer(text):
            if "555-01" not in text[max(0, m.start() - 2):m.end() + 2]:
                errs.append(f"phone-like {m.group(0)}")
    return errs


def build(fresh=False):
    c = Ctx("pii", fresh)
    p = PII(c.r)
    rows, seen, rejected = [], set(), []

    def run(fns, target, negative):
        out, i = [], 0
        order = list(fns)
        while len(out) < target:
            fn = order[i % len(order)]
            i += 1
            if i % len(order) == 0:
                c.r.shuffle(order)
            if negative:
                fmt, text = fn(c, p)
                ents = []
            else:
                fmt, text, ents = fn(c, p)
            # dedupe entities, keep order
            uniq, seen_v = [], set()
            for t, v in ents:
                if v not in seen_v:
                    seen_v.add(v)
                    uniq.append({"type": t, "value": v})
            errs = problems(text, ents, negative)
            if errs or text in seen:
                rejected.append((fn.__name__, errs[:2]))
                continue
            seen.add(text)
            out.append({"id": None, "format": fmt, "entities": uniq, "text": text})
        return out

    rows = run(POS, N_POS, False) + run(NEG, N_NEG, True)
    c.r.shuffle(rows)
    for k, r in enumerate(rows, 1):
        r["id"] = f"pii-{k:03d}"
    return rows, rejected
