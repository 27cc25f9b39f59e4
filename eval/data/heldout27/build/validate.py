"""Structural validation for heldout27 (no detector involved).

Checks: every line parses; ids unique and well-formed; schema keys; labels;
every labelled value is an exact substring of its text; clean rows have empty
lists; card numbers pass Luhn with a real network prefix/length; IBANs pass
mod-97 with the right per-country length; SSNs in valid ranges; IPv4 octets
in range; row/value/category counts; text length statistics.
"""
import collections
import json
import re
import statistics
import sys

from pii_values import IBAN_LEN, card_network, iban_ok, luhn_ok


def check_card(v):
    d = re.sub(r"[ -]", "", v)
    return d.isdigit() and luhn_ok(d) and card_network(d) != "card" and (
        (card_network(d) == "American Express" and len(d) == 15) or (card_network(d) == "Diners Club" and len(d) == 14)
        or (card_network(d) == "UnionPay" and len(d) in (16, 19)) or len(d) == 16)


def check_ssn(v):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m:
        return False
    a, g, s = map(int, m.groups())
    return 1 <= a <= 899 and a != 666 and g >= 1 and s >= 1


def check_ip(v):
    parts = v.split(".")
    return len(parts) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 and str(int(p)) == p for p in parts)


def check_phone(v):
    d = re.sub(r"\D", "", v)
    return 7 <= len(d) <= 15


def check_email(v):
    return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v) is not None


CHECK = {"credit_card": check_card, "ssn": check_ssn, "ipv4": check_ip, "phone": check_phone, "email": check_email,
         "iban": lambda v: iban_ok(v) and " " not in v.replace(" ", "") and len(v.replace(" ", "")) == IBAN_LEN[v[:2]]}


def validate_file(path, kind):
    ok = True
    ids = set()
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                r = json.loads(line)
            except Exception as ex:  # noqa
                print(f"{path}:{n}: parse error {ex}")
                ok = False
                continue
            rows.append(r)
    listkey = "secrets" if kind == "secrets" else "entities"
    poslabel = "secret" if kind == "secrets" else "pii"
    prefix = "s27-" if kind == "secrets" else "p27-"
    for r in rows:
        keys = ["id", "format", "label", "category", listkey, "text"]
        if list(r.keys()) != keys:
            print("bad keys", r.get("id"), list(r.keys()))
            ok = False
        if r["id"] in ids or not re.fullmatch(prefix + r"\d{3}", r["id"]):
            print("bad/dup id", r["id"])
            ok = False
        ids.add(r["id"])
        if r["label"] not in (poslabel, "clean"):
            print("bad label", r["id"])
            ok = False
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["category"]) or not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["format"]):
            print("bad snake_case", r["id"], r["category"], r["format"])
            ok = False
        vals = r[listkey]
        if r["label"] == "clean" and vals:
            print("clean row with values", r["id"])
            ok = False
        if r["label"] == poslabel and not vals:
            print("positive row without values", r["id"])
            ok = False
        for v in vals:
            val = v if kind == "secrets" else v["value"]
            if val not in r["text"]:
                print("not a substring", r["id"], val[:60])
                ok = False
            if kind == "pii":
                if v["type"] not in CHECK:
                    print("bad type", r["id"], v["type"])
                    ok = False
                elif not CHECK[v["type"]](val):
                    print("value check failed", r["id"], v["type"], val)
                    ok = False
        if kind == "pii":
            pairs = [(v["type"], v["value"]) for v in vals]
            if len(pairs) != len(set(pairs)):
                print("duplicate entity", r["id"])
                ok = False
        if kind == "secrets" and len(vals) != len(set(vals)):
            print("duplicate secret", r["id"])
            ok = False
    # stats
    pos = [r for r in rows if r["label"] == poslabel]
    neg = [r for r in rows if r["label"] == "clean"]
    L = [len(r["text"]) for r in rows]
    nvals = sum(len(r[listkey]) for r in pos)
    print(f"{path}: rows={len(rows)} {poslabel}={len(pos)} clean={len(neg)} values={nvals} "
          f"pos_categories={len(set(r['category'] for r in pos))} clean_categories={len(set(r['category'] for r in neg))} "
          f"len min={min(L)} max={max(L)} mean={statistics.mean(L):.0f} median={statistics.median(L):.0f}")
    if kind == "pii":
        print("  entity types:", dict(collections.Counter(v["type"] for r in pos for v in r["entities"])))
    print("  VALID" if ok else "  INVALID")
    return ok


if __name__ == "__main__":
    import os
    base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    a = validate_file(os.path.join(base, "secrets.jsonl"), "secrets")
    b = validate_file(os.path.join(base, "pii.jsonl"), "pii")
    sys.exit(0 if a and b else 1)
