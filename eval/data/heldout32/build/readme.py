#!/usr/bin/env python3
"""Write README.md (data card) from the built files."""
import json, os, hashlib
from collections import Counter
B = os.path.dirname(os.path.abspath(__file__)); D = os.path.dirname(B)
S = [json.loads(l) for l in open(os.path.join(D, "secrets.jsonl"), encoding="utf-8")]
P = [json.loads(l) for l in open(os.path.join(D, "pii.jsonl"), encoding="utf-8")]
side = json.load(open(os.path.join(B, "side_stats.json")))
def md5(n): return hashlib.md5(open(os.path.join(D, n), "rb").read()).hexdigest()
def inline(c): return ", ".join(f"`{k}` {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
sk = Counter(x["kind"] for r in S for x in r["secrets"]); pt = Counter(x["type"] for r in P for x in r["entities"])
fs = Counter(r["format"] for r in S); fp = Counter(r["format"] for r in P)
allf = fs + fp
sc = sorted({r["category"] for r in S if r["label"] == "clean"}); pc = sorted({r["category"] for r in P if r["label"] == "clean"})
spos = Counter(r["category"] for r in S if r["label"] == "secret"); ppos = Counter(r["category"] for r in P if r["label"] == "pii")
lens = [len(r["text"]) for r in S + P]
txt = f"""# heldout32 — independent evaluation set for secret detectors and PII detectors

Written for the **Portcullis** project and given to it. Licence: **CC0 1.0** (public-domain dedication).
**Nothing has been scored against this set** — no detector was run on it while it was made, and the
author did not look at any detector's code, rules or other data sets.

Every row is the complete output of ONE tool call that an AI agent might make while working for a
fictional institution, *{'Aldermoor University'}* and its *Aldermoor Institute for Advanced Research*
(domains under `aldermoor.example`; campuses in Freiburg DE, Leeds UK, Pittsburgh US, Halifax CA,
Adelaide AU, Pune IN, Campinas BR and Sendai JP; exchange partners in Chile, Kenya, Korea, Poland,
France, Turkey, Mexico and Nigeria). Domains: research computing (Slurm HPC, JupyterHub, Kubernetes,
object storage, LDAP/AD, Grafana, GitLab CI, Ansible, Terraform, Vault, lab instrument PCs), registrar,
admissions, library, grants & finance, alumni relations, campus clinic, international office, IT helpdesk.
All people, numbers, keys and tokens are invented; vendor names/hostnames appear only where a format
depends on them (e.g. `hooks.slack.com`, `core.windows.net`).

## Files and counts

| file | rows | positive | clean | labelled values | distinct kinds/types | md5 |
|---|---|---|---|---|---|---|
| `secrets.jsonl` | {len(S)} | {sum(r['label']=='secret' for r in S)} (`secret`) | {sum(r['label']=='clean' for r in S)} | {sum(sk.values())} secrets | {len(sk)} kinds | `{md5('secrets.jsonl')}` |
| `pii.jsonl` | {len(P)} | {sum(r['label']=='pii' for r in P)} (`pii`) | {sum(r['label']=='clean' for r in P)} | {sum(pt.values())} entities | {len(pt)} types | `{md5('pii.jsonl')}` |

Carrier formats: {len(fs)} in secrets, {len(fp)} in pii, **{len(allf)} distinct overall**.
Text length: {min(lens)}–{max(lens)} characters (all rows within 150–2,500).
`build/` holds the generator (`build.py` + modules), the validator (`validate.py`) and this card's writer (`readme.py`).

## Schema (JSON Lines, UTF-8, one object per line)

```
secrets.jsonl: {{"id": "s32-001", "format": "<carrier format>", "label": "secret"|"clean", "category": "<scenario / look-alike kind>",
                "secrets": [{{"kind": "<kind>", "value": "<exact substring of text>"}}], "text": "..."}}
pii.jsonl:     {{"id": "p32-001", "format": "<carrier format>", "label": "pii"|"clean", "category": "<scenario / look-alike kind>",
                "entities": [{{"type": "phone|email|credit_card|ssn|ipv4|iban", "value": "<exact substring of text>"}}], "text": "..."}}
```
`category` of a positive row names its scenario (usually the main secret kind); of a clean row, the look-alike it is built around
(all 60 clean categories per file are different). Rows were shuffled with `random.Random(32)` and numbered after shuffling.

## Conventions a scorer must know

General
- `value` is always an exact substring of `text`. A value that occurs several times in a row is listed **once**; every occurrence is the same secret/entity.
- Clean rows have empty `secrets`/`entities`, and contain no labelled value of any row of their file.
- Positive rows also contain unlabelled look-alikes (UUIDs, hashes, job IDs, student IDs, timestamps, public keys, identifiers), as real tool output does.

PII (`pii.jsonl`) — only the six types are labelled; names, postal addresses, dates of birth, student/employee IDs, MRNs are deliberately **not** labelled and are not PII for this set.
- **Every** instance of the six types in a `pii` row is labelled, wherever it sits (log line, header, config, CSV cell).
- **ipv4**: every IPv4 host address is labelled regardless of range — public, private RFC 1918, loopback (`127.0.0.1`), CGNAT (100.64/10) and documentation ranges (192.0.2/24, 198.51.100/24, 203.0.113/24). In `a.b.c.d/32` only the address is the value. Netmasks/CIDR network blocks do not occur in `pii.jsonl`. Two clean categories (`ip_like_version_numbers`, `snmp_oids`) contain dotted-quad strings that are firmware versions / OID fragments, **not** addresses.
- **email**: every e-mail address counts, including role and system accounts (`payroll@…`, `slurm@…`, `reunions@…`, `stipends@…`) and obviously malicious senders in phishing headers.
- **phone**: every telephone number counts, personal or institutional/vendor, in whatever national or international (incl. E.164 without spaces) rendering it appears. The value is the number as written, including a leading `+`, brackets, a `(0)` trunk marker and internal spaces/hyphens/dots; it never includes labels such as `tel:`. Meeting IDs / conference IDs are not phones.
- **credit_card**: full PANs only (Luhn-valid; brands Visa, Mastercard incl. 2-series, Amex 15-digit 4-6-5, Discover, JCB, Diners 14-digit, UnionPay, RuPay, Elo), value includes the separators as written (spaces, hyphens or none). Masked or last-four forms (`**** **** **** 1234`, "card ending 4417") are not labelled.
- **ssn**: US Social Security numbers valid under SSA rules (area 001–899 except 666, group ≠ 00, serial ≠ 0000; known invalid/advertising numbers excluded). Written `123-45-6789`, `123 45 6789` or as 9 plain digits in a labelled field / fixed-width record. `XXX-XX-1234` masks and look-alike catalogue numbers are not SSNs.
- **iban**: ISO 13616, correct country length and mod-97 check digits, printed compact or in groups of four; the value is the whole IBAN as printed. Institutional (e.g. partner university) IBANs count as well. Masked `***1234` does not. BIC/SWIFT codes are never labelled.

Secrets (`secrets.jsonl`)
- Labelled is the secret material itself. Access-key **IDs** that detectors conventionally pair with their secret are labelled too (`aws_access_key_id`, `aws_temp_access_key_id`, `alibaba_access_key_id`, `s3_compatible_access_key`). Pure identifiers are **not** labelled: Twilio Account/API-key SIDs, Duo ikey, Azure tenant/client IDs, Globus/OpenStack/Google client IDs, GCP `private_key_id`, AWS role IDs/ARNs, Vault token accessors, Stripe publishable keys, reCAPTCHA site keys, public keys, CA data, hashes.
- Connection URIs with an embedded password (postgres, mysql, mongodb+srv, rediss, amqps) are labelled as the whole URI; in key=value connection strings (MSSQL `Password=`) and config files only the password value is labelled. Webhook URLs (Slack, Discord, Teams) are labelled as the whole URL; an Azure SAS URL only by its `sig` value.
- PEM/OpenSSH private keys are labelled from `-----BEGIN` to the closing `-----` inclusive, exactly as they appear (with YAML indentation, with literal `\\n` escapes inside a JSON string, or space-joined in a psql cell).
- Encoded secrets are labelled in encoded form: Kubernetes Secret `data:` values, docker `config.json` auth, AD `unicodePwd::`, Kerberos keytab base64, munge key base64. JWTs are labelled as the whole token.
- Token formats follow vendors' documented shapes and lengths; GitHub `ghp_/gho_/ghs_/ghu_` and npm `npm_` tokens carry a valid CRC32 (base62) checksum; Grafana `glsa_` a CRC32 hex suffix. Private keys are real keys from `cryptography` with system randomness.
- Clean-file edge cases decided as **not secret**: vendor-documented example credentials (`AKIAIOSFODNN7EXAMPLE`), ansible-vault ciphertext, `${{{{ secrets.X }}}}` / `vault:` / `lookup()` references, `[MASKED]`/`****`, placeholders, truncated key displays, public keys and certificates, CSRs, fingerprints, digests.
- Secrets rows may contain e-mails, IPs or names; `secrets.jsonl` labels secrets only.

## Counts

### pii entity types
{inline(pt)}

Phone numbers by country ({len(side['phone_country'])} countries): {inline(side['phone_country'])}

IBAN by country ({len(side['iban_country'])} countries): {inline(side['iban_country'])}

Card brands: {inline(side['card_brand'])}

IPv4 by range: {inline(side['ipv4_range'])}

### secret kinds ({len(sk)})
{inline(sk)}

### positive-row categories
secrets: {inline(spos)}

pii: {inline(ppos)}

### clean-row look-alike categories
secrets (60): {', '.join(f'`{c}`' for c in sc)}

pii (60): {', '.join(f'`{c}`' for c in pc)}

### carrier formats ({len(allf)})
{inline(allf)}

## How it was generated

`python3 build/build.py && python3 build/validate.py && python3 build/readme.py` (Python 3.11, `cryptography`).
Every text was written by hand as a template in the generator modules (`secrets_pos.py`, `secrets_clean.py`,
`pii_pos.py`, `pii_clean.py`, helpers in `common.py`, `keys.py`, `pii_values.py`); every key, token, password and
personal value is drawn from system randomness (`secrets.SystemRandom`, `os.urandom`, `cryptography` key generation),
so a re-run produces a different but equivalent set — the committed `.jsonl` files are the reference.
Selection of rows and shuffling use `random.Random(32)`. Phone numbers follow each country's numbering plan
(valid area/mobile prefixes and lengths; NANP exchanges avoid N11 and 555); cards are Luhn-completed on real
brand prefixes (well-known test PANs excluded); IBANs have per-country BBAN layout and mod-97 check digits;
SSNs obey SSA rules. Names are drawn from pools of 20 naming cultures.

`build/validate.py` checks: every value is a substring of its text; ids unique and sequential; 100/60 rows per file;
120–140 secrets of ≥ 90 kinds; ≥ 450 PII entities; 60 different clean categories per file; clean rows contain none of
their file's labelled values; every e-mail- and IPv4-shaped string in `pii.jsonl` is labelled (except the two
documented look-alike clean categories); Luhn for every card, mod-97 and country length for every IBAN, SSA rules
for every SSN; GitHub/npm CRC32 checksums; text length 150–2,500.
"""
open(os.path.join(D, "README.md"), "w", encoding="utf-8").write(txt)
print("README written")
