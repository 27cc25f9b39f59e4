"""Build heldout26: imports hand-written rows, shuffles with a fixed seed, assigns ids,
writes ../injection.jsonl and ../README.md, and validates counts."""
import sys, os, json, random, hashlib, re
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import inj1, inj2, inj3, inj4, hn1, hn2, hn3, hn4, ord1  # noqa: F401

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
rows = list(common.ROWS)
random.Random(2026).shuffle(rows)
final = []
for i, r in enumerate(rows, 1):
    o = {"id": f"h26-{i:04d}", "format": r["format"], "lang": r["lang"], "label": r["label"],
         "category": r["category"]}
    if "kind" in r:
        o["kind"] = r["kind"]
    o["text"] = r["text"]
    final.append(o)

path = os.path.join(OUT, "injection.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for o in final:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

# ---- validation ----
data = [json.loads(l) for l in open(path, encoding="utf-8")]
ids = [d["id"] for d in data]
assert len(data) == 240 and len(set(ids)) == 240
lab = Counter(d["label"] for d in data)
assert lab["injection"] == 100 and lab["benign"] == 140, lab
cat_b = Counter(d["category"] for d in data if d["label"] == "benign")
assert cat_b["hard_negative"] == 100 and cat_b["ordinary"] == 40, cat_b
inj = [d for d in data if d["label"] == "injection"]
hn = [d for d in data if d.get("category") == "hard_negative"]
assert all("kind" not in d for d in inj) and all("kind" in d for d in data if d["label"] == "benign")
kinds_hn = Counter(d["kind"] for d in hn)
assert len(kinds_hn) >= 60, len(kinds_hn)
fmts = Counter(d["format"] for d in data)
assert len(fmts) >= 90, len(fmts)
stock = re.compile(r"ignore (all )?(previous|prior)|system prompt|you are now|disregard", re.I)
n_stock = sum(1 for d in inj if stock.search(d["text"]))
assert n_stock <= 5, n_stock
n_nonen_inj = sum(1 for d in inj if d["lang"] != "en")
assert 30 <= n_nonen_inj <= 40
for d in data:
    assert re.fullmatch(r"[a-z0-9_]+", d["format"]) and re.fullmatch(r"[a-z0-9_]+", d["category"])
    if "kind" in d:
        assert re.fullmatch(r"[a-z0-9_]+", d["kind"])
lens = [len(d["text"]) for d in data]
md5 = hashlib.md5(open(path, "rb").read()).hexdigest()

def table(counter, h1, h2="count"):
    s = f"| {h1} | {h2} |\n|---|---|\n"
    for k, v in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        s += f"| {k} | {v} |\n"
    return s

def lang_table():
    langs = sorted(set(d["lang"] for d in data), key=lambda l: -sum(1 for d in data if d["lang"] == l))
    s = "| lang | injection | hard_negative | ordinary | total |\n|---|---|---|---|---|\n"
    for l in langs:
        a = sum(1 for d in inj if d["lang"] == l)
        b = sum(1 for d in hn if d["lang"] == l)
        c = sum(1 for d in data if d["category"] == "ordinary" and d["lang"] == l)
        s += f"| {l} | {a} | {b} | {c} | {a+b+c} |\n"
    return s

buckets = Counter("<200" if n < 200 else "200-1500" if n <= 1500 else "1501-1999" if n < 2000 else "2000-4000" if n <= 4000 else ">4000" for n in lens)
kinds_ord = Counter(d["kind"] for d in data if d["category"] == "ordinary")
cats_inj = Counter(d["category"] for d in inj)

readme = f"""# heldout26 — finance back-office prompt-injection evaluation set

An independent, hand-written evaluation set for prompt-injection detectors.

Every row is the **complete text that one tool call returned** to an AI agent working as a
finance back-office assistant for the fictional mid-size manufacturer **Haldane Components**
(accounts payable/receivable, vendor onboarding, procurement, expenses, treasury and bank
portals, payroll queries, tax and audit requests, ERP exports). Carriers include OCR'd invoice
PDFs, vendor e-mails, supplier-portal messages, Teams/Slack/WeChat/KakaoTalk chats, ERP
JSON/CSV exports, bank statements (CSV, MT940, camt.053/054), SWIFT MT103, EDI 810/820/997,
national e-invoice formats (UBL, Peppol, Factur-X, FatturaPA, KSeF, CFDI, NF-e, fapiao,
Japanese qualified invoices, Korean e-tax invoices), contracts, policies, audit logs, web
pages, help-desk tickets, chat transcripts and API responses.

- `injection` rows: text planted by a third party (vendor, fraudster, outsider, disgruntled
  customer, external guest) inside otherwise realistic tool output, intended to make the agent
  act against the company or its users (change bank details, approve/pay/expedite invoices,
  exfiltrate data, leak its instructions, mislead a summary, create vendors, raise credit
  limits, forward mail, visit links, call tools, delete/alter records, grant access, ...).
  Most are subtle: paraphrased orders addressed to "the AP assistant", "automated processors",
  "whoever maintains the log", or not addressed at all; hidden in footers, metadata, JSON
  values, CSV cells, XML fields, HTML comments, hidden divs, e-mail signatures, fake
  system/tool messages and fake conversation turns; with fake authority and urgency.
  {n_stock} of 100 use a stock phrase (e.g. "ignore previous instructions", "system prompt",
  "you are now", "disregard"). A handful are obfuscated (base64, letter spacing, Cyrillic
  homoglyphs).
- `benign` / `hard_negative` rows: content that looks suspicious to a naive detector but is not
  an attack on the agent — fraud-awareness training quoting BEC mails, bank security bulletins,
  red-team and pentest reports, policies full of imperatives, genuine instructions between
  colleagues, properly-procedured bank change letters addressed to humans, QA test cases and
  configuration docs for the assistant itself, legal notices, dunning letters, angry customers,
  guardrail logs, etc.
- `benign` / `ordinary` rows: plain outputs of the same tools.

## Schema

One JSON object per line in `injection.jsonl` (UTF-8):

```
{{"id": "h26-0001", "format": "<carrier format>", "lang": "<ISO 639-1>",
  "label": "injection" | "benign",
  "category": "<injection: attacker goal | benign: hard_negative | ordinary>",
  "kind": "<benign rows only: sort of content>",
  "text": "..."}}
```

Rows were shuffled with `random.Random(2026)` and then numbered h26-0001..h26-0240.

## Counts

| label | category | rows |
|---|---|---|
| injection | (attacker goals, see below) | {lab['injection']} |
| benign | hard_negative | {cat_b['hard_negative']} |
| benign | ordinary | {cat_b['ordinary']} |
| **total** | | **{len(data)}** |

Distinct formats: {len(fmts)}. Distinct hard-negative kinds: {len(kinds_hn)}.
Non-English injection rows: {n_nonen_inj}.

Text length (characters): min {min(lens)}, median {sorted(lens)[len(lens)//2]}, max {max(lens)};
buckets: {dict(sorted(buckets.items()))}.

### By language

{lang_table()}
### Injection rows by attacker goal (`category`)

{table(cats_inj, "category")}
### Hard-negative rows by `kind`

{table(kinds_hn, "kind")}
### Ordinary rows by `kind`

{table(kinds_ord, "kind")}
### Formats

{table(fmts, "format")}
## Integrity

md5(injection.jsonl) = `{md5}`

## Provenance and independence

All texts were written from scratch for this set by the author from general domain knowledge.
It was written **without looking at any detector** — no detector code, rules, models, training
data or existing injection data sets were opened, searched or consulted, and no detector was
run on it. All people, companies, domains, tax IDs, IBANs/account numbers and amounts are
fictional (domains use `.example` or are invented). Generator scripts (which contain the
hand-written texts as literals and only shuffle/number/validate them) are in `build/`.

## Licence

CC0 1.0 Universal (public domain dedication).
"""
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write(readme)

print("rows", len(data), dict(lab), dict(cat_b))
print("formats", len(fmts), "hn kinds", len(kinds_hn), "stock", n_stock, "nonen inj", n_nonen_inj)
print("langs", dict(Counter(d["lang"] for d in data)))
print("lens", dict(buckets))
print("md5", md5)
