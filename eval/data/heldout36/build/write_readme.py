"""Writes ../README.md from build/stats.json and the two data files."""
import json, os, hashlib
H = os.path.dirname(__file__); ROOT = os.path.join(H, "..")
st = json.load(open(os.path.join(H, "stats.json")))
md5 = {f: hashlib.md5(open(os.path.join(ROOT, f), "rb").read()).hexdigest() for f in ("secrets.jsonl", "pii.jsonl")}
S, P = st["secrets"], st["pii"]

def table(d, h1, h2):
    return f"| {h1} | {h2} |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in d.items()) + "\n"

txt = f"""# heldout36 — held-out evaluation set for secret detectors and PII detectors

An independent, fully synthetic evaluation set. Every row is the complete output of ONE tool call that an AI agent
might make while working for a fictional national tax and social-benefits agency ("Revenue and Benefits Agency",
domains under `.example`) and the IT contractors that run it (e.g. the fictional "Northgate IT"): mainframe JCL/SYSOUT,
SAP, Oracle, DB2, PostgreSQL, Azure/AWS CLI output, GitHub Actions/Jenkins logs, Terraform, Ansible, Vault, CyberArk,
Kafka, IBM MQ, CRM/case exports, SEPA/BACS/ACH/SWIFT payment files, citizen letters and e-mails, fraud notes, HR records,
help-desk tickets. Citizens and businesses are cross-border (US, UK, IE, DE, FR, ES, IT, NL, BE, PL, SE, CH, MX, BR, ZA,
IN, PH, AU, NZ, SG and more).

Written for the Portcullis project and given to it. **Nothing has been scored against this set** — no detector has
been run on it while it was built, and no detector code, rules or other data sets were consulted.

## Files and counts

| File | Rows | Positive rows | Clean rows | Labelled values | Distinct kinds/types | md5 |
|---|---|---|---|---|---|---|
| `secrets.jsonl` | {S['rows']} | {S['secret_rows']} (`secret`) | {S['clean_rows']} | {S['secret_values']} secrets | {S['distinct_kinds']} secret kinds; 60 distinct clean look-alike categories | `{md5['secrets.jsonl']}` |
| `pii.jsonl` | {P['rows']} | {P['pii_rows']} (`pii`) | {P['clean_rows']} | {P['entities']} entities | 6 types; 60 distinct clean look-alike categories | `{md5['pii.jsonl']}` |

Carrier formats: {len(S['formats'])} in `secrets.jsonl`, {len(P['formats'])} in `pii.jsonl`, {st['formats_total_distinct']} distinct across both.

`build/` holds the generator scripts (`build_all.sh` runs `gen_secrets.py`, `gen_pii.py`, `validate.py`; `write_readme.py`
writes this file) plus `stats.json` and `phone_country_stats.json` for the published files.

## Schema (JSON Lines, UTF-8, one object per line)

```
secrets.jsonl: {{"id": "s36-001", "format": "<carrier format>", "label": "secret"|"clean", "category": "<kind>",
                "secrets": [{{"kind": "<kind>", "value": "<exact substring of text>"}}], "text": "..."}}
pii.jsonl:     {{"id": "p36-001", "format": "<carrier format>", "label": "pii"|"clean", "category": "<kind>",
                "entities": [{{"type": "phone|email|credit_card|ssn|ipv4|iban", "value": "<exact substring of text>"}}], "text": "..."}}
```

* `format` — the carrier (what tool output the text imitates), e.g. `jcl_job`, `vault_cli_output`, `sepa_pain001_xml`.
* `category` — secrets file: for `secret` rows the kind of the first secret in the row; for `clean` rows the look-alike the
  row is built around (each of the 60 clean rows has a different one). PII file: for `pii` rows the `+`-joined sorted set
  of entity types present (e.g. `email+iban+phone`); for `clean` rows the look-alike category (60 different).
* Rows were shuffled with `random.Random(36)` and ids numbered after shuffling. Text length is 150–2,500 characters.

## Conventions a scorer must know

General
* `value` is always an exact substring of `text` (offsets are not given; find them with `text.find(value)`; a value
  may occur more than once in a row — every occurrence is the same labelled item).
* A value occurring several times in one row is listed once.
* Clean rows have empty `secrets`/`entities` and contain none of the labelled values of their file (validated).
* Positive rows deliberately also contain unlabelled look-alikes (UUIDs, hashes, case numbers, masked values, NINOs, BICs …).

Secrets (`secrets.jsonl`)
* **Span = the secret itself, not the surrounding key name or URI.** For connection strings, JDBC URLs, `user:pass@host`
  URLs, JCL `PASSWORD=`, ini/properties/YAML, the value is only the password/token. Exceptions where the whole thing is the
  credential: webhook URLs (Slack, Teams, Google Chat — the full URL), private keys (the full PEM/OpenSSH block from
  `-----BEGIN` to `-----END ...-----`), JWTs (all three segments), Azure SAS tokens (the full query string `sv=…&sig=…`),
  HTTP Basic credentials and Docker `auth` (the base64 of `user:password`), Kubernetes Secret `data` (the base64 value),
  Elastic `ApiKey` (the base64 value).
* The GCP service-account key value is the JSON-escaped `private_key` string exactly as it appears (literal `\\n`
  sequences); the PKCS#8 key inside a ConfigMap includes the YAML indentation that appears inside the block.
* Identifiers are not labelled unless they are a vendor-formatted access-key id: `AKIA…`/`ASIA…` AWS key ids **are**
  labelled (kinds `aws_access_key_id`, `aws_temporary_access_key_id`); usernames, Twilio `AC…`/`SK…` SIDs, Confluent API
  key (the SASL username), Azure client/tenant ids, Application Insights `InstrumentationKey`, Vault `role_id`, token
  accessors and `secret_id_accessor` are not. Public material inside positive rows (kubeconfig
  `certificate-authority-data`, WireGuard peer `PublicKey`, SSH host keys) is not labelled. The Google Chat webhook URL
  contains Google's static `key=AIza…` parameter; it lies inside the labelled URL and is not labelled separately.
* Vault AppRole `secret_id`, Splunk HEC, Snyk, Consul and Opsgenie tokens are UUID-shaped secrets (labelled), while
  UUIDs used as ids elsewhere are not.
* Jenkins `credentials.xml` `{{AQAAAB…}}` values are labelled (kind `jenkins_encrypted_credential`: decryptable by anyone
  with the controller's `secrets/` directory). Ansible Vault ciphertext and Bitnami SealedSecret ciphertext are **clean**
  (designed to be committed; the key lives elsewhere).
* Clean, not secrets: hashes/digests/signatures (incl. `X-Hub-Signature-256`), public keys, certificates, JWKS, SSH
  host-key fingerprints, publishable keys (`pk_live_…`, Mapbox `pk.…`), public OAuth client ids, references to secret
  stores (`vault:…`, `${{{{ secrets.X }}}}`, `{{{{ lookup(...) }}}}`, CyberArk object names), masked values (`****`,
  `[REDACTED]`, `(sensitive value)`), placeholders (`<YOUR_KEY>`, empty `KEY=`), and the AWS documentation example key pair
  (`AKIAIOSFODNN7EXAMPLE` / `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`).
* Formats follow the vendors' documented shapes: GitHub `ghp_/gho_/ghs_` and `npm_` tokens carry a valid CRC32 checksum
  (base62, 6 chars) over the 30-char random part; AWS ids use the base32 alphabet; Azure AD client secrets contain `8Q~`;
  OpenAI keys contain `T3BlbkFJ`; RACF passwords are 8 chars of A–Z 0–9 @#$. Private keys are real keys generated with
  `cryptography` (RSA-2048 PKCS#1 and PKCS#8, EC P-256 SEC1, Ed25519 OpenSSH); JWTs are really signed (HS256/RS256).

PII (`pii.jsonl`) — exactly six types; every instance in a `pii` row is labelled
* `ipv4`: every IPv4 address is labelled, **private (RFC 1918) addresses included**. No loopback, netmask or CIDR
  notation is used. Four-part version numbers (e.g. `9.3.0.7`) and OIDs are **not** IPv4 (a clean row is built on them).
* `email`: every e-mail address is labelled, **including role/shared mailboxes** (`payments-ops@…`, `xborder@…`) and
  staff addresses. `user@host` SSH/scp targets and scoped npm packages (`@scope/pkg@1.2.3`) are not e-mail addresses.
* `phone`: every phone or fax number is labelled, **including organisation hotlines**, in national or international
  format (E.164 without spaces in the Twilio log). Desk extensions such as `x4412` are not phone numbers.
* `credit_card`: full PANs only (Luhn-valid; Visa, Mastercard incl. 2-series, Amex, Discover, JCB, Diners, UnionPay;
  spaced, dashed or plain). **Masked/truncated card numbers (`**** 1234`, `535512******1234`) are not labelled.** Expiry
  dates and CVVs are not labelled. IMEI/ICCID numbers (also Luhn-valid) are clean look-alikes.
* `ssn`: US Social Security numbers valid under SSA rules (area not 000/666/900–999, group not 00, serial not 0000).
  **Dashed, space-separated and undashed 9-digit forms are all labelled** (undashed ones only appear in fields that hold an
  SSN). ITINs (9XX-7X-XXXX), EINs, masked SSNs (`***-**-1234`) and other countries' national numbers are not SSNs.
* `iban`: valid ISO 13616 mod-97 check digits; value exactly as printed (with or without spaces in groups of four).
  National check digits are also computed for FR (RIB key), ES (DC), BE and PT; Italian CIN characters are random.
  ISO 11649 `RF` creditor references (also mod-97), partially masked IBANs, BBAN-only numbers, sort codes, BSB, CLABE,
  IFSC are not IBANs.
* Other countries' tax/national identifiers (UK NINO, German Steuer-ID, Indian PAN, French NIR, Spanish DNI/NIE, Italian
  codice fiscale, Dutch BSN, Belgian NRN, PESEL, personnummer, AHV, CURP/RFC, CPF, SA ID, Aadhaar, Philippine TIN, TFN,
  IRD, NRIC, PPSN …) are **not** among the six types and are never labelled, even in `pii` rows.

## Counts

### Secret kinds ({S['distinct_kinds']} kinds, {S['secret_values']} values)

{table(S['kinds'], 'kind', 'values')}
### Secrets carrier formats

{table(S['formats'], 'format', 'rows')}
### Secrets clean look-alike categories (one row each)

{', '.join('`' + c + '`' for c in S['clean_categories'])}

### PII entity types

{table(P['types'], 'type', 'entities')}
### IBAN countries ({len(P['iban_countries'])})

{table(P['iban_countries'], 'country', 'IBANs')}
### Phone numbering plans used ({len(P['phone_countries_generated'])} countries; counted per generated number, before per-row de-duplication)

{table(P['phone_countries_generated'], 'country', 'phones')}
### Card brands

{table(P['card_brands'], 'brand', 'cards')}
### SSN formats

{table(P['ssn_formats'], 'format', 'SSNs')}
### IPv4 private vs public

{table(P['ipv4_private_vs_public'], 'class', 'addresses')}
### PII carrier formats

{table(P['formats'], 'format', 'rows')}
### PII clean look-alike categories (one row each)

{', '.join('`' + c + '`' for c in P['clean_categories'])}

## How it was generated

* All texts were written by hand as templates in `build/*.py` (Python 3.11) and filled with values drawn from
  `random.SystemRandom` (system randomness). Keys, certificates and JWT signatures use the `cryptography` package (48.0.0).
* People are fictional, with names from many cultures; organisations are invented; all domains end in `.example`.
  Real vendor hostnames appear only where a credential's format depends on them (e.g. `hooks.slack.com`,
  `*.webhook.office.com`, `blob.core.windows.net`, `amazonaws.com`).
* Phone numbers are random numbers inside each country's valid numbering plan (right prefixes and lengths), not
  reserved fiction ranges; IBANs, card numbers and SSNs are random valid values. Any match with a real person's or
  account's data is coincidental.
* 100 `pii` rows come from 49 templates (each used twice with fresh random people, countries and values, plus two used a
  third time); the 100 `secret` rows come from 69 bespoke templates plus 31 rows that place env-style vendor tokens into 22
  carrier formats.
* `build/validate.py` checks: every value is a substring of its text; ids unique and sequential; row/label counts;
  clean rows contain no value labelled anywhere in their file; Luhn (cards), mod-97 (IBANs) and SSA rules (SSNs);
  e-mail/IPv4 completeness scans on `pii` rows; no obvious secret markers in clean secret rows; the thresholds above.
* Re-running `build/build_all.sh` draws new random values (only the row order is seeded), so it produces a different
  but equivalent set; the published files are the ones with the md5 sums above.

## Licence

CC0 1.0 Universal (public domain dedication). Written for the Portcullis project and given to it.
"""
open(os.path.join(ROOT, "README.md"), "w").write(txt)
print("README written", md5)
