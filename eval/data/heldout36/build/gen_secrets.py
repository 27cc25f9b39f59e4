"""Writes ../secrets.jsonl : 100 secret rows + 60 clean rows."""
import json, random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from fill import fill
from secret_kinds import ENV_KINDS
from secret_templates import TEMPLATES
from env_carriers import CARRIERS
from secret_clean_templates import CLEAN, pub_pem, ssh_pub, cert_pem, jwks

OUT = os.path.join(os.path.dirname(__file__), "..", "secrets.jsonl")
rows = []

def mkrow(fmt, label, category, text, secrets):
    seen, lst = set(), []
    for k, v in secrets:
        if v not in seen:
            seen.add(v); lst.append({"kind": k, "value": v})
    assert 150 <= len(text) <= 2500, (fmt, len(text))
    for s in lst:
        assert s["value"] in text, (fmt, s)
    rows.append({"format": fmt, "label": label, "category": category, "secrets": lst, "text": text})

# ---- bespoke secret rows ----
for fmt, tpl, spec in TEMPLATES:
    for attempt in range(20):
        vals = {ph: gen() for ph, (kind, gen) in spec.items()}
        text, _ = fill(tpl, vals)
        if len(text) <= 2500:
            break
    secrets = [(spec[ph][0], vals[ph]) for ph in sorted(spec)]
    mkrow(fmt, "secret", spec["S1"][0], text, secrets)

# ---- env-style secret rows ----
used = {s["kind"] for r in rows for s in r["secrets"]}
kinds = [k for k in ENV_KINDS if k not in used]
R.shuffle(kinds)
n_env_rows = 100 - len(rows)
n_pairs = 15
carriers = CARRIERS[:]
R.shuffle(carriers)
ki = 0
for i in range(n_env_rows):
    fmt, tpl, linef = carriers[i % len(carriers)]
    take = 2 if i < n_pairs else 1
    ks = kinds[ki:ki + take]; ki += take
    pairs = []
    for k in ks:
        var = R.choice(ENV_KINDS[k][0]); val = ENV_KINDS[k][1]()
        pairs.append((k, var, val))
    lines = "\n".join(linef(var, val) for k, var, val in pairs)
    text, _ = fill(tpl.replace("{LINES}", lines))
    mkrow(fmt, "secret", pairs[0][0], text, [(k, v) for k, var, v in pairs])

# ---- clean rows ----
def hexcolon():
    return ":".join(hx(2).upper() for _ in range(32))
for fmt, cat, tpl in CLEAN[:60]:
    fixed = {"PUB": pub_pem(), "CERT": cert_pem(), "SSHPUB": ssh_pub(), "SSHPUB2": ssh_pub(), "JWKN": jwks(), "HEXC": hexcolon()}
    text, _ = fill(tpl, fixed)
    mkrow(fmt, "clean", cat, text, [])

assert len(rows) == 160, len(rows)
random.Random(36).shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        r = {"id": f"s36-{i:03d}", **r}
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("secret rows", sum(r["label"] == "secret" for r in rows), "secrets", sum(len(r["secrets"]) for r in rows),
      "kinds", len({s["kind"] for r in rows for s in r["secrets"]}), "formats", len({r["format"] for r in rows}))
