import json, re, collections, sys
from gen import luhn_ok, iban_valid

def load(p):
    rows = [json.loads(l) for l in open(p, encoding="utf-8")]
    return rows

problems = []
lookalikes = []
sec = load("secrets.jsonl"); pii = load("pii.jsonl")
for name, rows, lab, key in [("secrets", sec, "secret", "secrets"), ("pii", pii, "pii", "entities")]:
    assert len(rows) == 160, name
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == 160
    c = collections.Counter(r["label"] for r in rows)
    assert c[lab] == 100 and c["clean"] == 60, c
    assert len(set(r["text"] for r in rows)) == 160
    for r in rows:
        assert set(r) == {"id", "format", "label", "category", key, "text"}
        vals = r[key] if key == "secrets" else [e["value"] for e in r[key]]
        if r["label"] == "clean": assert not vals, r["id"]
        else: assert vals, r["id"]
        for v in vals:
            assert v in r["text"], (r["id"], v)

# pii entity validity
for r in pii:
    for e in r["entities"]:
        t, v = e["type"], e["value"]
        assert t in {"phone", "email", "ssn", "credit_card", "ipv4", "iban"}
        if t == "credit_card": assert luhn_ok(v) and 13 <= len(re.sub(r"\D", "", v)) <= 19, v
        if t == "iban": assert iban_valid(v), v
        if t == "ssn":
            dd = re.sub(r"\D", "", v); a, g, s = int(dd[:3]), int(dd[3:5]), int(dd[5:])
            assert 0 < a < 900 and a != 666 and g > 0 and s > 0, v
        if t == "ipv4": assert all(0 <= int(x) <= 255 for x in v.split(".")), v
        if t == "email": assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), v

# detectors: every hit in a pii row must be covered by a labelled span; hits in clean rows reported
DET = {
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "ipv4": r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])",
    "ssn": r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)",
    "card": r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)",
    "iban": r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b",
    "phone": r"(?<![\w.-])(?:\+\d{1,3}[\s-]?)?\(?\d{2,4}\)?[\s./-]\d{2,4}(?:[\s./-]\d{2,4}){1,3}(?![\w])",
}
def spans(text, vals):
    out = []
    for v in vals:
        for m in re.finditer(re.escape(v), text): out.append((m.start(), m.end()))
    return out
for r in pii:
    vals = [e["value"] for e in r["entities"]]
    sp = spans(r["text"], vals)
    for k, rx in DET.items():
        for m in re.finditer(rx, r["text"]):
            s = m.group(0)
            if k == "card" and not luhn_ok(s): continue
            if k == "iban" and not iban_valid(s): continue
            covered = any(a <= m.start() and m.end() <= b for a, b in sp) or any(a < m.end() and m.start() < b for a, b in sp)
            if k == "phone" and re.fullmatch(r"[\d/.: -]+", s) and re.search(r"(19|20)\d\d|\d\d[/.-]\d\d[ /.-]", s) and len(re.sub(r"\D", "", s)) <= 10:
                continue  # date / time noise from the broad phone pattern
            if not covered:
                (problems if r["label"] == "pii" else lookalikes).append((r["id"], r["category"], k, s))

SECRX = [r"AKIA[A-Z0-9]{16}", r"ASIA[A-Z0-9]{16}", r"gh[pousr]_[A-Za-z0-9]{36}", r"github_pat_", r"xox[abpr]-", r"sk_live_[A-Za-z0-9]{20,}", r"rk_live_",
         r"sk-proj-", r"sk-ant-", r"AIza[\w-]{35}", r"PRIVATE KEY-----", r"glpat-", r"hvs\.", r"npm_[A-Za-z0-9]{36}", r"pypi-AgE", r"SG\.[\w-]{22}\.",
         r"whsec_", r"shp(at|ss|ca)_", r"dop_v1_", r"hf_[A-Za-z]{30}", r"AccountKey=", r"eyJ[\w-]+\.eyJ[\w-]+\.", r"://[^/\s:@]+:[^/\s@$]+@", r"password\s*[:=]\s*\S"]
for r in sec:
    if r["label"] != "clean": continue
    for rx in SECRX:
        for m in re.finditer(rx, r["text"]):
            lookalikes.append((r["id"], r["category"], rx, r["text"][m.start():m.start()+40].split("\n")[0]))

print("intentional look-alike hits in clean rows (review):")
for p in lookalikes: print("  ", p)
for p in problems: print("PROBLEM", p)
# repeated lines across rows (template sharing)
lc = collections.Counter()
for r in sec + pii:
    for l in set(x.strip() for x in r["text"].splitlines()):
        if len(l) > 30: lc[l] += 1
rep = [(l, n) for l, n in lc.items() if n > 1]
print("repeated lines:", rep[:20])
L = [len(r["text"]) for r in sec + pii]
print("len min/median/max", min(L), sorted(L)[len(L)//2], max(L), "under200:", sum(x < 200 for x in L), "over2500:", sum(x > 2500 for x in L))
print("OK" if not problems else f"{len(problems)} problems")
