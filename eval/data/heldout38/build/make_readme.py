"""Write README.md (data card) with counts computed from the .jsonl files."""
import json, os, hashlib
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
S = [json.loads(l) for l in open(os.path.join(OUT, "secrets.jsonl"), encoding="utf-8")]
P = [json.loads(l) for l in open(os.path.join(OUT, "pii.jsonl"), encoding="utf-8")]
st = json.load(open(os.path.join(HERE, "stats.json")))
md5 = {n: hashlib.md5(open(os.path.join(OUT, n), "rb").read()).hexdigest() for n in ["secrets.jsonl", "pii.jsonl"]}
def table(counter, h1, h2="count"):
    rows = "\n".join(f"| `{k}` | {v} |" for k, v in sorted(counter.items(), key=lambda x: (-x[1], x[0])))
    return f"| {h1} | {h2} |\n|---|---|\n{rows}\n"
def inline(counter):
    return ", ".join(f"`{k}` {v}" for k, v in sorted(counter.items(), key=lambda x: (-x[1], x[0])))
kinds = Counter(x["kind"] for r in S for x in r["secrets"])
ents = Counter(e["type"] for r in P for e in r["entities"])
sfmt = Counter(r["format"] for r in S); pfmt = Counter(r["format"] for r in P)
sclean = sorted(r["category"] for r in S if r["label"] == "clean")
pclean = sorted(r["category"] for r in P if r["label"] == "clean")
ppos = Counter(r["category"] for r in P if r["label"] == "pii")
ccbrand = Counter({"4": "visa", "5": "mastercard", "2": "mastercard", "6": "discover"}.get(e["value"][0]) or
    ("amex" if e["value"][:2] in ("34", "37") else "jcb" if e["value"][:2] == "35" else "diners") for r in P for e in r["entities"] if e["type"] == "credit_card")
ssnfmt = Counter("dashed" if "-" in e["value"] else "spaced" if " " in e["value"] else "nine digits" for r in P for e in r["entities"] if e["type"] == "ssn")
import re
ipk = Counter("private (RFC 1918)" if re.match(r"^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)", e["value"]) else "public" for r in P for e in r["entities"] if e["type"] == "ipv4")
nsec = sum(kinds.values()); nent = sum(ents.values())
txt = f"""# heldout38 — secrets and PII in hospital / health-insurer agent tool output

An independent, held-out evaluation set for **secret detectors** and **PII detectors**. Every row is the complete
output of one tool call that an AI agent might make while working for a fictional regional hospital network
(*Northmoor Health Partners*, `northmoor-health.example`) and its health-insurer partner (*Calderon Mutual*,
`calderon-mutual.example`): HL7 v2, FHIR, DICOM, Mirth/Rhapsody configs, X12 837/835/834/270/271, payer portals,
billing and collections, call-centre CRM, rosters and HR, device fleets, Azure/AWS/GCP, Kubernetes, CI/CD,
secret managers, VPN/SSO logs, help-desk tickets and e-mail.

Written for the Portcullis project and given to it. **Nothing has been scored against this set** — no detector
was run on it while it was built, and the author saw no detector code, rules or other data sets.

## Files

| file | rows | positive | clean | labelled values | md5 (of this build) |
|---|---|---|---|---|---|
| `secrets.jsonl` | {len(S)} | {sum(r['label']=='secret' for r in S)} (`secret`) | {sum(r['label']=='clean' for r in S)} | {nsec} secrets, {len(kinds)} distinct kinds | `{md5['secrets.jsonl']}` |
| `pii.jsonl` | {len(P)} | {sum(r['label']=='pii' for r in P)} (`pii`) | {sum(r['label']=='clean' for r in P)} | {nent} entities, 6 types | `{md5['pii.jsonl']}` |
| `build/` | | | | generator + validator scripts | |

Carrier formats: {len(sfmt)} distinct in `secrets.jsonl`, {len(pfmt)} in `pii.jsonl`, {len(set(sfmt)|set(pfmt))} overall.
Text length is 150–2,500 characters for every row.

## Schema (JSON Lines, UTF-8, one object per line)

```
secrets.jsonl: {{"id": "s38-001", "format": "<carrier format>", "label": "secret"|"clean", "category": "<kind>",
                "secrets": [{{"kind": "<kind>", "value": "<exact substring of text>"}}], "text": "..."}}
pii.jsonl:     {{"id": "p38-001", "format": "<carrier format>", "label": "pii"|"clean", "category": "<kind>",
                "entities": [{{"type": "phone|email|credit_card|ssn|ipv4|iban", "value": "<exact substring of text>"}}], "text": "..."}}
```

* `format` names the carrier (e.g. `yaml:kubeconfig`, `hl7v2:adt_a04`, `x12:837p`, `log:nginx_access`).
* `category` is the row's main kind: for positive rows the primary secret kind / scenario; for clean rows the
  look-alike kind the row is built around (each clean row in a file has a different category).
* Rows were shuffled with `random.Random(38)` and ids numbered after shuffling.
* Only values are given, not offsets. Locate them with `text.find(value)`; if a value occurs several times in a row it
  is listed once and **every occurrence** counts as that entity/secret.

## Conventions a scorer must know

### Both files
* `value` is always an exact substring of `text` (checked). A value repeated within a row is listed once.
* Clean rows contain no labelled item of their file at all (no secret in `secrets.jsonl` clean rows; none of the six
  PII types in `pii.jsonl` clean rows) and none of the labelled values of any other row (checked).
* Positive rows also contain unlabelled look-alikes (UUIDs, git SHAs, MRNs, claim numbers, masked values,
  publishable keys, identifiers), as real outputs do.

### secrets.jsonl
* **Span = the credential itself.** For `key = value` / JSON / YAML / XML settings only the value (no quotes, no key).
  For bearer/API tokens only the token (no `Bearer `, `SSWS `, `token=`). For an HTTP Basic header only the
  base64 part (no `Basic `).
* **Whole string** for credential-bearing **connection strings and URIs**: database URIs with a password
  (`postgresql://user:pass@host/db?…`), ADO.NET / Azure Storage / Service Bus / Event Hub / Cosmos connection strings,
  Azure SAS URLs, webhook URLs (Slack, Teams, Discord), Azure Function URLs with `code=`, URLs with `user:pass@`.
  The span runs from the scheme (or the first `Key=`) to the end of the string (excluding enclosing quotes/tags).
* **Private keys**: from `-----BEGIN …-----` through `-----END …-----` inclusive, exactly as it appears —
  in JSON carriers with the JSON escape `\\n`, inside YAML block scalars with the YAML indentation on continuation lines.
  All keys were generated with `cryptography` from system randomness (RSA-2048 PKCS#8 and PKCS#1, EC P-256 SEC1,
  EC P-384 PKCS#8, Ed25519 OpenSSH).
* **Identifiers are not secrets, except AWS access key IDs.** `AKIA…`/`ASIA…` key IDs are labelled
  (`aws_access_key_id`, `aws_temporary_access_key_id`) because they are issued as half of a credential pair.
  Not labelled: Twilio Account SIDs (`AC…`) and API-key SIDs (`SK…`), Duo integration keys (`DI…`), Confluent/Kafka
  API key IDs, OAuth client IDs, usernames, tenant/app GUIDs, Application Insights instrumentation keys, Stripe
  publishable keys (`pk_live_…`), LaunchDarkly client-side IDs, public keys, certificates (incl. kubeconfig
  `certificate-authority-data`), hashes, digests, signatures and truncated/DPAPI-protected blobs ending in `...`.
* **Encoded secrets count.** Base64 of a password in a Kubernetes Secret `data:` field, the `auth` field of a Docker
  `config.json`, and an HTTP Basic credential are labelled (the encoded string is the value). Base64 of non-secret
  fields (host names, user names) is not.
* Passwords in plain text in configs, tickets, e-mails, CLI arguments, CSV exports are labelled; so are vault unseal
  keys and root tokens, PSKs, RADIUS/SNMPv3/Wi-Fi secrets and the X12 ISA04 security password (ISA03 = `01`).
* Masked values (`****`, `[REDACTED]`), placeholders (`<YOUR_CLIENT_SECRET>`, `sk_test_xxxx…`,
  `postgresql://user:password@localhost…` in a README), variable references (`${{DB_PASSWORD}}`, `${{vault:…}}`,
  Key Vault references, `secretKeyRef`) and vendor-documented example keys (`AKIAIOSFODNN7EXAMPLE`) are **clean**.
* Formats follow the vendors' documented shapes and lengths; GitHub (`ghp_`, `ghs_`, `ghr_`) and npm (`npm_`) tokens
  carry a valid CRC32/base62 checksum in their last 6 characters. Other vendor checksums (e.g. Atlassian `=XXXXXXXX`
  suffix) are random hex and are NOT valid; a detector that verifies those checksums will reject them.
  No secret is live; all random parts come from `secrets.SystemRandom`.
* One row may hold several secrets (up to 3); {sum(len(r['secrets'])>1 for r in S)} rows hold more than one.

### pii.jsonl — exactly six types
* **Only** `phone`, `email`, `credit_card`, `ssn`, `ipv4`, `iban` are labelled. Names, postal addresses, dates of
  birth, MRNs, member IDs and other personal data appear in the texts but are **not** labelled and are not part of
  the task.
* **email**: every e-mail address, including role/shared mailboxes (`billing-disputes@…`, `biomed@…`) and work
  addresses. Value = the bare address (no display name, angle brackets or `mailto:`).
* **ipv4**: every IPv4 host address, **including private/RFC 1918 addresses** (client, server, assigned VPN,
  upstream addresses). Value = the address without port (`10.1.2.3:8080` → `10.1.2.3`). Dotted-decimal strings that are
  OIDs, DICOM UIDs, SNMP OIDs or version numbers are not IP addresses even when they contain a dotted quad.
* **phone**: every telephone or fax number, national or international format, as written (keeps `+`, spaces,
  dashes, brackets). **Extensions are excluded** from the value (`+353 1 649 6688 (ext. 740)` → `+353 1 649 6688`);
  an internal extension or pager/bleep code on its own is not a phone. Numbers in X12 `PER` segments written as
  ten bare digits are phones. No `tel:` prefix in values.
* **credit_card**: full PANs only, as written (spaces or dashes kept). All are Luhn-valid; brands: {inline(ccbrand)}.
  Masked or truncated PANs (`**** **** **** 1234`, `4111********1234`, "card ending 1234") are not labelled.
* **ssn**: US Social Security numbers only, valid under SSA rules (area 001–899 except 666, group 01–99, serial
  0001–9999), in three formats: {inline(ssnfmt)}. Nine-digit SSNs without dashes are labelled when they are SSNs
  (e.g. X12 `REF*SY`, `REF*0F`, `NM1*…*34*`). Masked SSNs (`XXX-XX-1234`), EINs (`12-3456789`), ABA routing numbers
  and other national IDs (NHS number, NI number, KVNR, OHIP, Medicare) are not SSNs.
* **iban**: value as written, either printed (groups of four, spaces) or electronic (no spaces). Valid ISO 13616
  mod-97 check digits and correct country length for every IBAN; national check digits inside the BBAN are also valid
  for BE, ES, FR, NL, NO, PL and PT (other countries: random BBAN digits). BICs, UK sort code + account, ABA routing
  numbers and masked account numbers are not IBANs.
* Numbering plans: phone numbers use real country codes, area/mobile prefixes and lengths of each national plan
  with random subscriber digits (no reserved fiction ranges were used), so a generated number may by chance exist.

## Counts

### secrets.jsonl — secrets by kind ({nsec} values, {len(kinds)} kinds)
{table(kinds, 'kind')}
### secrets.jsonl — clean rows (60 look-alike kinds, one row each)
{', '.join('`'+c+'`' for c in sclean)}

### secrets.jsonl — rows by carrier format
{inline(sfmt)}

### pii.jsonl — entities by type ({nent})
{table(ents, 'type')}
IPv4: {inline(ipk)}.

Phone numbers by country ({len(st['pii_phone_countries'])} countries): {inline(Counter(st['pii_phone_countries']))}.

IBANs by country ({len(st['pii_iban_countries'])} countries): {inline(Counter(st['pii_iban_countries']))}.

### pii.jsonl — positive rows by scenario
{inline(ppos)}

### pii.jsonl — clean rows (60 look-alike kinds, one row each)
{', '.join('`'+c+'`' for c in pclean)}

### pii.jsonl — rows by carrier format
{inline(pfmt)}

People are fictional and drawn from name pools for US, Canada, UK, Ireland, Germany, Austria, Switzerland, France,
Spain, Portugal, Italy, Netherlands, Denmark, Norway, Finland, Poland, Czechia, Greece, Turkey, Israel, UAE, India,
Japan, South Korea, Australia, Brazil, Argentina and Chile. All organisations are invented; all domains are under
`.example`. Real vendor names and host names (e.g. `hooks.slack.com`, `*.blob.core.windows.net`) appear only where
the secret format depends on them.

## How it was generated

`python3 build/build.py && python3 build/validate.py && python3 build/make_readme.py`

* `build/common.py` — random helpers (all from `secrets.SystemRandom`), CRC32/base62 token checksums, Luhn, JWT
  signing (HS256 with a random key; RS256 with a fresh RSA key).
* `build/gen_secrets.py` — 134 hand-written positive row builders; `build/build.py` keeps every multi-secret row
  and a `random.Random(38)` sample of the single-secret rows to reach 100.
* `build/gen_secrets_clean.py` — 60 clean look-alike rows.
* `build/gen_pii.py` — person/phone/e-mail/IBAN/card/SSN/IP generators and positive row builders; every builder is
  used at least once, the rest drawn at random; the draw is repeated until ≥450 entities, ≥15 IBAN countries,
  ≥25 phone countries and ≥25 of each type hold ({st['pii_attempts']} draw(s) this build).
* `build/gen_pii_clean.py` — 60 clean look-alike rows.
* `build/validate.py` — checks ids, counts, schema, text length, substring property, that clean rows carry none of
  the file's labelled values, that every e-mail-shaped string in `pii.jsonl` is labelled, Luhn / mod-97 / SSA
  validity, kind/type/format minima.
* `build/stats.json` — per-country counts recorded at generation time.

Re-running the generator produces a **different** set (new random values, same structure); the `.jsonl` files in
this folder with the md5 sums above are the reference.

## Licence

CC0 1.0 Universal — dedicated to the public domain. Written for the Portcullis project and given to it.
"""
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write(txt)
print("README written", md5)
