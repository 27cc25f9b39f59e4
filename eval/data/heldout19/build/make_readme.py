import json, collections, re
sec = [json.loads(l) for l in open("secrets.jsonl", encoding="utf-8")]
pii = [json.loads(l) for l in open("pii.jsonl", encoding="utf-8")]

def table(rows, label):
    c = collections.Counter(r["category"] for r in rows if r["label"] == label)
    return "\n".join(f"| {k} | {v} |" for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])))

ent = collections.Counter(e["type"] for r in pii for e in r["entities"])
nsec = sum(len(r["secrets"]) for r in sec)
fmt_s = collections.Counter(r["format"] for r in sec)
fmt_p = collections.Counter(r["format"] for r in pii)
ibans = collections.Counter(e["value"][:2] for r in pii for e in r["entities"] if e["type"] == "iban")
def net(v):
    d = re.sub(r"\D", "", v)
    if d[0] == "4": return "visa"
    if d[:2] in ("51","52","53","54","55") or 2221 <= int(d[:4]) <= 2720: return "mastercard"
    if d[:2] in ("34","37"): return "amex"
    if d[:4] == "6011": return "discover"
    if 3528 <= int(d[:4]) <= 3589: return "jcb"
    if d[:2] == "36": return "diners"
    if d[:2] == "62": return "unionpay"
    return "maestro"
cards = collections.Counter(net(e["value"]) for r in pii for e in r["entities"] if e["type"] == "credit_card")
L = [len(r["text"]) for r in sec + pii]

md = f"""# probe26c — evaluation set for secret and PII scanners on agent tool output

Synthetic, hand-authored rows that imitate what an AI agent's tools return (logs, configs, CI
output, shell history, manifests, HTTP dumps, SQL results, CSV, e-mails, tickets, chats, invoices,
HR/CRM records, code, Markdown, HTML). All people, companies and domains are fictional
(`example.com`, `*.example`, `*.test`, …); all secret values are freshly generated random
strings in the vendors' formats and were never valid credentials. Nothing is copied from public data sets.

## Files

| File | Rows | Positive | Clean |
|------|------|----------|-------|
| `secrets.jsonl` | {len(sec)} | {sum(r['label']=='secret' for r in sec)} (`secret`) | {sum(r['label']=='clean' for r in sec)} |
| `pii.jsonl` | {len(pii)} | {sum(r['label']=='pii' for r in pii)} (`pii`) | {sum(r['label']=='clean' for r in pii)} |

Rows are shuffled (fixed seed). Text length: min {min(L)}, median {sorted(L)[len(L)//2]}, max {max(L)} characters.
Generator scripts: `gen.py` (format helpers, Luhn / IBAN mod-97 / GitHub CRC32 checksums, real
RSA/EC/Ed25519 keys made locally with `cryptography`), `secret_rows.py`, `secret_clean_rows.py`,
`pii_rows.py`, `pii_clean_rows.py`, `build.py` (assembles and shuffles), `validate.py` (checks), `make_readme.py`.
Rebuild with `python3 build.py && python3 validate.py && python3 make_readme.py` (deterministic; seeded RNG).

## Schema

### secrets.jsonl
```json
{{"id": "s26c-001", "format": "dotenv", "label": "secret" | "clean", "category": "aws_access_key",
  "secrets": ["<exact substring of text>", ...], "text": "..."}}
```
* `secrets` lists every secret value exactly as it appears in `text` (empty for clean rows); {nsec} values in total.
* For credentials embedded in URLs/DSNs (`database_url_password`, `basic_auth_in_url`) the listed value is the
  password part only. For `basic_auth_header` it is the base64 credential after `Basic `. For PEM keys it is the
  whole block including BEGIN/END lines, exactly as embedded (YAML-indented in YAML rows, `\\n`-escaped inside the
  GCP service-account JSON). Where a row holds an access-key id *and* its secret (AWS, Alibaba, Datadog api+app key,
  New Relic) both are listed. Public identifiers that sit next to a secret (Twilio account/key SIDs, Stripe
  `pk_live_…`, Shopify API key/client id, Cloudflare account id) are not listed and are not secrets.
* `category` = kind of the primary secret (secret rows) or kind of look-alike (clean rows).

### pii.jsonl
```json
{{"id": "p26c-001", "format": "crm_json", "label": "pii" | "clean", "category": "phone",
  "entities": [{{"type": "phone" | "email" | "ssn" | "credit_card" | "ipv4" | "iban", "value": "<exact substring>"}}],
  "text": "..."}}
```
* Every phone, e-mail, US SSN, credit-card number, IPv4 address and IBAN in a `pii` row is listed (ordered by first
  appearance; a value appearing several times is listed once; a `tel:` href with the same number written without spaces is listed separately).
* `category` of pii rows = dominant entity type, or `mixed` for rows combining several types.
* Clean rows contain none of the six types; they contain look-alikes only. Note deliberate hard negatives:
  Luhn-valid IMEIs, SIREN/SIRET numbers and EAN/JAN codes; SSN-shaped pharmaceutical lot numbers;
  four-part versions, section numbers and a "1.3.5.7" day pattern that match an IPv4 regex; UK sort code/account
  number and ABA routing number (not IBANs); 22-digit USPS tracking and Swiss QR references.

Entity totals: {", ".join(f"{k} {v}" for k, v in sorted(ent.items()))}.
Card networks: {", ".join(f"{k} {v}" for k, v in sorted(cards.items()))} (all Luhn-valid, none of the well-known test numbers).
IBAN countries: {", ".join(f"{k} {v}" for k, v in sorted(ibans.items()))} (all mod-97 valid; grouped and ungrouped).
Phones cover US, CA, GB, IE, DE, AT, CH, FR, BE, NL, ES, PT, IT, PL, SE, JP, KR, CN, SG, IN, AU, BR, MX, ZA, MA, TR in
national and international notations (reserved fictional ranges used for US 555-01xx, UK 020 7946 0xxx / 07700 900xxx, AU 0491 570 xxx).
SSNs are in valid ranges (area 001–899 except 666, group ≠ 00, serial ≠ 0000); formats `123-45-6789`, `123 45 6789`, `123456789`.

## Counts per category

### secrets.jsonl — secret rows ({sum(r['label']=='secret' for r in sec)}, {len(set(r['category'] for r in sec if r['label']=='secret'))} kinds)
| category | rows |
|---|---|
{table(sec, "secret")}

### secrets.jsonl — clean rows ({sum(r['label']=='clean' for r in sec)})
| category | rows |
|---|---|
{table(sec, "clean")}

### pii.jsonl — pii rows ({sum(r['label']=='pii' for r in pii)})
| category | rows |
|---|---|
{table(pii, "pii")}

### pii.jsonl — clean rows ({sum(r['label']=='clean' for r in pii)})
| category | rows |
|---|---|
{table(pii, "clean")}

### Formats
secrets.jsonl: {", ".join(f"{k} {v}" for k, v in sorted(fmt_s.items(), key=lambda x: -x[1]))}

pii.jsonl: {", ".join(f"{k} {v}" for k, v in sorted(fmt_p.items(), key=lambda x: -x[1]))}

Languages of free text: English (majority), German, French, Spanish, Portuguese, Italian, Dutch, Japanese,
Chinese, Korean, Polish, Swedish, Turkish.

## Validation (`validate.py`)
All lines parse; exactly 160 rows per file with 100/60 label split; ids and texts unique; every listed value occurs
verbatim in its text; clean rows have empty lists; cards pass Luhn, IBANs pass mod-97, SSNs are in valid ranges;
regex sweeps (e-mail, IPv4, SSN, Luhn digit runs, IBAN, phone) find no unlabelled entity in pii rows, and the hits in
clean rows are printed for review (all are the intended look-alikes).

## Judgement calls
* Stripe `pk_live_…`, SSH/PGP/age public keys, X.509 certificates, JWKS and OAuth client ids are treated as **not secret**.
* The AWS documentation example key pair (`AKIAIOSFODNN7EXAMPLE`) appears only in a clean row that marks it as a docs example.
* Placeholders such as `changeme`, `sk_live_xxxx…`, `<YOUR_API_KEY>`, masked `sk-****a91f`, `***` and `(sensitive value)` are clean.
* Documentation IPv4 ranges (198.51.100.0/24, 203.0.113.0/24) appear in a few pii rows and are labelled as ipv4 like any other address.
"""
open("README.md", "w", encoding="utf-8").write(md)
