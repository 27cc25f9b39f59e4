#!/usr/bin/env python3
"""Build the held-out guardrail evaluation set.

    python build.py            # deterministic rebuild (fixed seeds)
    python build.py --fresh    # draw secret bodies from the OS CSPRNG (secrets module)

Writes injection.jsonl, secrets.jsonl, pii.jsonl and README.md next to this
file, then validates them (JSON per line, unique ids, every labelled value is a
verbatim substring, vendor checksums, Luhn/IBAN/SSN validity).
"""
import argparse
import json
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The data and its README go one level up, to eval/data/heldout/.
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from gen import injection, pii_set, secrets_set  # noqa: E402
from gen.common import B62, SEED  # noqa: E402
from gen.pii_shapes import iban_check, luhn_ok, ssn_valid  # noqa: E402


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def b62decode(s):
    n = 0
    for ch in s:
        n = n * 62 + B62.index(ch)
    return n


def check_files():
    errors = []
    ids = set()
    data = {}
    for name in ["injection.jsonl", "secrets.jsonl", "pii.jsonl"]:
        rows = []
        with open(OUT / name, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{name}:{ln} bad JSON {e}")
                    continue
                if r["id"] in ids:
                    errors.append(f"{name}:{ln} duplicate id {r['id']}")
                ids.add(r["id"])
                rows.append(r)
        data[name] = rows

    for r in data["injection.jsonl"]:
        if set(r) != {"id", "format", "lang", "label", "category", "text"}:
            errors.append(f"{r['id']} wrong keys")
        if r["label"] not in ("injection", "benign"):
            errors.append(f"{r['id']} bad label")
        if (r["label"] == "benign") != (r["category"] in ("benign", "hard_negative")):
            errors.append(f"{r['id']} label/category mismatch")

    for r in data["secrets.jsonl"]:
        if set(r) != {"id", "format", "label", "secrets", "category", "text"}:
            errors.append(f"{r['id']} wrong keys")
        if (r["label"] == "secret") != bool(r["secrets"]):
            errors.append(f"{r['id']} label/secrets mismatch")
        for s in r["secrets"]:
            if s not in r["text"]:
                errors.append(f"{r['id']} secret not verbatim: {s[:30]}")
        # checksummed token formats must verify
        for tok in re.findall(r"\b(?:gh[pousr]_|npm_)[A-Za-z0-9]{36}\b", r["text"]):
            body, chk = tok[4:-6], tok[-6:]
            valid = b62decode(chk) == zlib.crc32(body.encode()) & 0xFFFFFFFF
            if not valid and tok in " ".join(r["secrets"]):
                errors.append(f"{r['id']} bad checksum {tok}")
            elif valid and r["label"] == "clean":
                errors.append(f"{r['id']} clean row contains checksum-valid token {tok}")

    for r in data["pii.jsonl"]:
        if set(r) != {"id", "format", "entities", "text"}:
            errors.append(f"{r['id']} wrong keys")
        for e in r["entities"]:
            v, t = e["value"], e["type"]
            if v not in r["text"]:
                errors.append(f"{r['id']} entity not verbatim: {v}")
            if t == "credit_card" and not luhn_ok(v):
                errors.append(f"{r['id']} card fails Luhn {v}")
            if t == "iban" and not iban_check(v):
                errors.append(f"{r['id']} iban fails mod-97 {v}")
            if t == "ssn" and not ssn_valid(v):
                errors.append(f"{r['id']} invalid ssn {v}")
            if t == "ipv4" and not all(0 <= int(x) <= 255 for x in v.split(".")):
                errors.append(f"{r['id']} invalid ipv4 {v}")
        errs = pii_set.problems(r["text"], [(e["type"], e["value"]) for e in r["entities"]], not r["entities"])
        errors += [f"{r['id']} {x}" for x in errs]
    return data, errors


def table_md(counter, head):
    lines = [f"| {head} | rows |", "|---|---:|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        lines.append(f"| {k} | {v} |")
    return "\n".join(lines)


def cross_md(rows, key_a, key_b):
    a_vals = sorted({r[key_a] for r in rows})
    b_vals = sorted({r[key_b] for r in rows})
    cnt = Counter((r[key_a], r[key_b]) for r in rows)
    lines = [f"| {key_a} \\ {key_b} | " + " | ".join(b_vals) + " |", "|---|" + "---:|" * len(b_vals)]
    for a in a_vals:
        lines.append(f"| {a} | " + " | ".join(str(cnt.get((a, b), 0)) for b in b_vals) + " |")
    return "\n".join(lines)


def readme(data, fresh):
    inj, sec, pii = data["injection.jsonl"], data["secrets.jsonl"], data["pii.jsonl"]
    hn_sub = Counter(r["id"].split("-")[2] for r in inj if r["category"] == "hard_negative")
    lengths = {n: (min(len(r["text"]) for r in rows), max(len(r["text"]) for r in rows),
                   sum(len(r["text"]) for r in rows) // len(rows)) for n, rows in data.items()}
    pii_pos = [r for r in pii if r["entities"]]
    ent_types = Counter(e["type"] for r in pii for e in r["entities"])
    non_en = sum(1 for r in inj if r["lang"] != "en")
    return f"""# Held-out evaluation set for a content-guardrail scanner

Three JSONL files for measuring prompt-injection, secret and PII detection on
text that an AI agent receives as **tool output** (web pages, emails, tickets,
chat exports, SQL results, configs, logs, API responses, code, calendar
entries, CRM records, search results).

| file | rows | positives | negatives |
|---|---:|---:|---:|
| `injection.jsonl` | {len(inj)} | {sum(r['label'] == 'injection' for r in inj)} injection | {sum(r['label'] == 'benign' for r in inj)} benign (of which {sum(r['category'] == 'hard_negative' for r in inj)} hard negatives) |
| `secrets.jsonl` | {len(sec)} | {sum(r['label'] == 'secret' for r in sec)} secret ({sum(len(r['secrets']) for r in sec)} secret values) | {sum(r['label'] == 'clean' for r in sec)} clean look-alikes |
| `pii.jsonl` | {len(pii)} | {len(pii_pos)} with PII ({sum(len(r['entities']) for r in pii)} entities) | {len(pii) - len(pii_pos)} look-alikes only |

Text lengths (min / max / mean characters): injection {lengths['injection.jsonl']}, secrets {lengths['secrets.jsonl']}, pii {lengths['pii.jsonl']}.

## Independence

This data was written without looking at the scanner under evaluation: no
source, rules, documentation or evaluation data of that project were read, and
its rules were not searched for. All texts were written from general knowledge
for this set. No public benchmark strings (BIPIA, garak, AgentDojo, etc.) were
copied; injection payloads are freshly phrased. The only outside material
consulted was public code confirming the GitHub/npm token checksum scheme
(CRC32 of the 30-character random part, base62-encoded, zero-padded to 6).

## How it was made

`build.py` (with the helper modules in `gen/`) generates everything; rerunning
it reproduces the files byte for byte. All randomness comes from
`random.Random` instances seeded from `SEED = {SEED}` and, for secret bodies
and key material, from an HMAC-SHA256 counter-mode DRBG with a fixed seed
(uniform, CSPRNG-quality bytes that are still reproducible). `python build.py
--fresh` draws secret bodies from the OS CSPRNG through Python's `secrets`
module instead (this run: fresh={fresh}).

* **injection.jsonl** — about twenty kinds of carrier documents (product pages with
  reviews, blog posts, extracted page text, emails, Slack exports, tickets, psql/mysql
  tables, JSON rows, API JSON, YAML, .env, TOML, app logs, CI logs, code, READMEs, issue
  threads, iCalendar, CRM JSON, search results, package.json), each with randomised
  ordinary content. Injection rows put one hand-written payload where third-party
  text naturally appears in that kind of output (a review, a ticket body, a table cell,
  a commit message, a JSON field, a YAML comment…). The same carriers without a payload
  give the plain `benign` rows, so carrier type alone doesn't reveal the label.
  `hidden` rows and some `obfuscated` rows are written out in full (HTML comments,
  `display:none`, white 1px text, alt/title/data attributes, meta description, JSON
  fields the UI doesn't show, markdown link titles, iCal X-properties, EXIF and document
  properties, Unicode tag characters, zero-width-space interleaving; base64, rot13, hex,
  URL-encoding, reversed text, leetspeak, Cyrillic homoglyphs, fullwidth letters, letter
  hyphenation, an instruction split across JSON fields, SQL table cells or CSV cells).
  `multilingual` rows are whole documents in es/de/fr/pt/ja/zh/ko/ru carrying a payload in
  the same language. Hard negatives are hand-written; the id tells the subtype
  (`inj-hn-<subtype>-NNN`).
* **secrets.jsonl** — credentials are generated in the vendor's shape: AWS `AKIA`/`ASIA`
  key ids (base32) with 40-char secrets and STS session tokens; GitHub `ghp_`/`gho_`/`ghs_`
  with a correct CRC32/base62 checksum, `github_pat_11…_…`; npm `npm_` (same checksum
  scheme); GitLab `glpat-`; Slack `xoxb-`/`xoxp-` and webhooks; Stripe `sk_live_51…`/
  `rk_live_51…`; OpenAI `sk-proj-…T3BlbkFJ…` and legacy `sk-…T3BlbkFJ…`; Anthropic
  `sk-ant-api03-…AA`; Google `AIzaSy…`; Twilio auth tokens; SendGrid `SG.x.y`; PyPI
  macaroons; Azure storage AccountKey (64 random bytes, base64); Datadog API/app keys;
  Vault `hvs.`; Shopify, DigitalOcean, Hugging Face, Telegram, Linear, Postman, New Relic,
  Grafana, Databricks, Doppler, Mailgun, Discord webhooks; Supabase service-role and other
  JWTs (real base64url JSON header/payload, far-future `exp`); DB URLs with passwords;
  Basic-auth and docker `auth` blobs; generic passwords and API keys. PEM private keys are
  **real, valid keys**: RSA-2048 (primes generated from the DRBG), EC P-256, and OpenSSH
  Ed25519 built byte by byte; `age` identities use real X25519 keys with valid bech32
  checksums. Clean rows hold look-alikes only: git SHAs, sha256/sha512/SRI hashes,
  lockfile integrity fields, Docker digests, go.sum and pip `--hash` lines, UUIDs, trace and
  request ids, session ids in logs, S3 ETags, ARNs and account ids, secret-store references
  (`${{{{ secrets.X }}}}`, `vault:secret/data/…`, `arn:aws:secretsmanager:…`, env var
  names), placeholders and masked values, Stripe `pk_live_`, Sentry DSNs, reCAPTCHA and
  Turnstile site keys, Mapbox `pk.` tokens, real public keys, certificates, JWKS,
  authorized_keys, PGP signatures, SealedSecrets/SOPS ciphertext, base64 images and files,
  AWS's documented example keys (`AKIAIOSFODNN7EXAMPLE`), crypto addresses.
* **pii.jsonl** — phones in international and national formats for US/UK/DE/FR/ES/JP/BR/IN/AU
  (US exchanges never 555, subscriber numbers never start with 0), SSNs valid under SSA
  rules (area not 000/666/9xx, group ≠ 00, serial ≠ 0000), Luhn-valid Visa/Mastercard
  (51–55 and 2221–2720)/Amex/Discover numbers (well-known test PANs excluded), emails, IPv4
  addresses (public and private), IBANs for DE/GB/FR/ES/NL/BE/AT/CH/PT with a valid mod-97
  check (and valid national check digits for FR, ES, BE, PT). Negatives contain only
  look-alikes: order/tracking/invoice/ticket numbers, timestamps and epoch ms/s, durations,
  version strings with a component > 255, SNMP OIDs, postal codes, ISBN/EAN, HTTP
  status/byte counts, JSON numbers, build numbers, Luhn-invalid 16-digit gift-card
  numbers, invalid SSN shapes (000/666/9xx, group 00, serial 0000) in a test file,
  555-01xx numbers in a screenplay, masked SSN/card digits, Unix permissions,
  coordinates, CAS numbers.

## Labelling conventions

* `injection` means the text contains content addressed to an AI reader that tries
  to change its behaviour or trigger actions the user didn't ask for. Text that
  quotes or discusses attacks in an educational or reporting frame (security articles,
  CTF write-ups, tests for detectors, bug reports), imperatives addressed to humans,
  documentation of assistants, and code that builds prompts is `benign` /
  `hard_negative`.
* `secrets` lists each live-looking secret value as an exact substring. For key pairs
  both parts are listed (AWS key id and secret key; Datadog API and app key).
  DB/Redis/FTP URLs with embedded passwords list the whole URL; MySQL/Postgres
  passwords given as separate settings list the value. Azure connection strings list
  the AccountKey value. Basic-auth headers and docker `auth` fields list the base64
  blob. PEM private keys are listed from the `-----BEGIN` line through the `-----END …-----`
  line (inside a Kubernetes manifest the block keeps the manifest's indentation on its
  inner lines). A Google service-account JSON lists the `private_key` string exactly as it
  appears in the JSON (with literal `\\n` escapes). Non-secret identifiers next to
  secrets (Twilio Account SID, key ids, public certificates) aren't listed.
* `entities` lists each distinct PII value once, as an exact substring (a value that
  appears several times is listed once). **Every** valid IPv4 address, email address,
  SSN, Luhn-valid 13–19-digit number and mod-97-valid IBAN in a PII text is labelled;
  the builder scans every text and throws away any draw that contains an unlabelled one
  (including a Luhn-valid digit run inside an IBAN, phone or order number), so negative
  rows contain none of these. Names and postal addresses aren't in scope.
* When a label could reasonably be argued either way the row was left out (for
  example Stripe `sk_test_` keys, Firebase web `apiKey`, MAC addresses and sample JWTs
  from docs don't appear).

## Counts — injection.jsonl

Non-English rows: {non_en} of {len(inj)} ({100 * non_en / len(inj):.0f} %).

{table_md(Counter(r['category'] for r in inj), 'category')}

Hard-negative subtypes (from the id):

{table_md(hn_sub, 'subtype')}

{table_md(Counter(r['lang'] for r in inj), 'lang')}

{cross_md(inj, 'format', 'label')}

## Counts — secrets.jsonl

{cross_md(sec, 'format', 'label')}

Secret rows by category:

{table_md(Counter(r['category'] for r in sec if r['label'] == 'secret'), 'category')}

Clean rows by category:

{table_md(Counter(r['category'] for r in sec if r['label'] == 'clean'), 'category')}

## Counts — pii.jsonl

Entities by type:

{table_md(ent_types, 'type')}

Rows by format (with PII / without):

{table_md(Counter(r['format'] + (' (pii)' if r['entities'] else ' (none)') for r in pii), 'format')}

## Validation performed by build.py

Every line parses as JSON; ids are unique across all three files; every `secrets`
and `entities` value occurs verbatim in its text; every labelled `ghp_/gho_/ghs_/npm_` token
has a valid CRC32 checksum (clean rows contain no checksum-valid token; their
`ghp_XXXX…` placeholder fails the checksum); every
labelled card passes Luhn, every IBAN passes mod-97, every SSN passes the SSA rules; the
PII completeness scan described above passes for all rows.
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fresh", action="store_true", help="use the OS CSPRNG for secret bodies (not reproducible)")
    args = ap.parse_args()

    inj = injection.build(args.fresh)
    sec = secrets_set.build(args.fresh)
    pii, rejected = pii_set.build(args.fresh)
    write_jsonl(OUT / "injection.jsonl", inj)
    write_jsonl(OUT / "secrets.jsonl", sec)
    write_jsonl(OUT / "pii.jsonl", pii)
    data, errors = check_files()
    (OUT / "README.md").write_text(readme(data, args.fresh), encoding="utf-8")
    print(f"injection {len(inj)}  secrets {len(sec)}  pii {len(pii)}  (pii draws rejected by completeness scan: {len(rejected)})")
    if errors:
        print("VALIDATION ERRORS:")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("validation ok")


if __name__ == "__main__":
    main()
