"""Write ../README.md from build/stats.json (called at the end of build.py)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def table(counter, head):
    rows = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    return f"| {head} | rows |\n|---|---:|\n" + "\n".join(f"| `{k}` | {v} |" for k, v in rows)


def main():
    st = json.load(open(os.path.join(HERE, "stats.json")))
    S, P = st["secrets"], st["pii"]
    ent = P["entities_by_type"]
    md = f"""# heldout25 — held-out evaluation data for secret scanners and PII detectors

Two JSONL files of synthetic tool outputs of the kind an AI agent sees (shell sessions, config files, logs,
API responses, tracebacks, chat messages, CSV/SQL dumps, CI logs, HAR captures, mobile crash reports,
Kubernetes manifests, Terraform state, notebooks, support tickets, CRM/HR exports, invoices, medical and
insurance forms, e-mails). Every credential and every personal value is randomly generated and fictional.

Written without looking at any detector's code, rules or data. The texts, the vendor formats and the
conventions below come from the author's own knowledge; no detector was run on the rows.

| file | rows | positive | clean | md5 |
|---|---:|---:|---:|---|
| `secrets.jsonl` | {S['rows']} | {S['by_label'].get('secret', 0)} (`secret`) | {S['by_label'].get('clean', 0)} | `{st['secrets.jsonl.md5']}` |
| `pii.jsonl` | {P['rows']} | {P['by_label'].get('pii', 0)} (`pii`) | {P['by_label'].get('clean', 0)} | `{st['pii.jsonl.md5']}` |

Text length: secrets {S['text_length']['min']}–{S['text_length']['max']} chars (mean {S['text_length']['mean']});
PII {P['text_length']['min']}–{P['text_length']['max']} chars (mean {P['text_length']['mean']}).

## Schema

`secrets.jsonl`

```json
{{"id": "s25-NNN", "format": "<carrier, snake_case>", "label": "secret" | "clean",
 "category": "<kind, snake_case>", "secrets": ["<each secret value, an exact substring of text>"], "text": "..."}}
```

`pii.jsonl`

```json
{{"id": "p25-NNN", "format": "<carrier>", "label": "pii" | "clean", "category": "<kind>",
 "entities": [{{"type": "phone" | "email" | "ssn" | "credit_card" | "ipv4" | "iban", "value": "<exact substring>"}}], "text": "..."}}
```

Clean rows have `"secrets": []` / `"entities": []`. Row order is shuffled with a fixed seed; ids are assigned after shuffling.

## Counts

### secrets.jsonl

* {S['by_label'].get('secret', 0)} secret rows holding {S['secret_values']} secret values (1–3 per row), in
  {S['distinct_categories_by_label']['secret']} distinct categories (one row per kind).
* {S['by_label'].get('clean', 0)} clean rows in {S['distinct_categories_by_label']['clean']} distinct categories.
* {len(S['formats'])} carrier formats.

{table(S['categories_by_label']['secret'], 'secret category')}

{table(S['categories_by_label']['clean'], 'clean category')}

{table(S['formats'], 'format')}

### pii.jsonl

* {P['by_label'].get('pii', 0)} PII rows in {P['distinct_categories_by_label']['pii']} categories (each carrier rendered 2–3 times with different values);
  {P['entities_total']} entities.
* {P['by_label'].get('clean', 0)} clean rows in {P['distinct_categories_by_label']['clean']} distinct categories.

| entity type | count |
|---|---:|
""" + "\n".join(f"| `{k}` | {v} |" for k, v in sorted(ent.items(), key=lambda kv: -kv[1])) + f"""
| **total** | **{P['entities_total']}** |

{table(P['categories_by_label']['pii'], 'pii category')}

{table(P['categories_by_label']['clean'], 'clean category')}

{table(P['formats'], 'format')}

## Conventions — secrets

What is listed in `secrets` is the smallest substring that is the credential:

* **Vendor tokens and API keys**: the whole token including its prefix (`ghp_…`, `sk_live_…`, `xoxb-…`, `SG.….…`).
* **Connection strings, basic-auth URLs, `.netrc`, `.pgpass`, CLI flags (`-p…`, `sshpass -p`), YAML/INI/JSON/env passwords**: the password only, not the user or host.
* **Webhook URLs whose URL is the credential** (Slack, Discord, Microsoft Teams): the whole URL.
* **Signed URLs**: the signature parameter value (`sig=`, `X-Amz-Signature=`, `X-Goog-Signature=`); the S3 presigned URL also lists the embedded `AKIA…` key id.
* **AWS access key ids** (`AKIA…`/`ASIA…`) are listed next to their secret key. Other plain identifiers that travel with a secret — Twilio Account SID, OAuth client ids, usernames, tenant/subscription ids, public keys, key ids — are *not* listed and are not secrets here.
* **Private keys** (PEM RSA/EC/PKCS#8, OpenSSH, PGP): the whole block from `-----BEGIN` to the end of the `-----END …-----` line. Inside JSON (GCP service-account file) the value is the JSON-escaped form exactly as it appears (literal `\\n`); inside a YAML block scalar it includes the indentation as it appears.
* **JWTs**: the whole token. When the HMAC signing secret is also present, it is listed separately.
* **Docker `config.json` auth, Kubernetes `Secret.data`, Elasticsearch `ApiKey`**: the base64 value as written.
* **Cookies**: the cookie value only (not `sessionid=`).
* RSA, EC and Ed25519 keys are real, parseable keys generated deterministically from the build seed; the PGP block is random bytes in armour and the Kubernetes service-account token has a random RS256 signature. HS256 JWTs carry a correct HMAC for the listed secret.
* Vendor formats follow the publicly documented/observed shapes (prefixes, lengths, alphabets). Embedded checksums that some vendors put into tokens (e.g. CRC32 tails of GitHub/npm tokens, PyPI macaroon structure) are **not** computed — the tokens are format-realistic, not checksum-valid.
* Secret rows may contain non-secret look-alikes (UUIDs, request ids, public keys, account SIDs); they are not listed.

Clean (not a secret):

* hashes and digests (lockfile integrity, git SHAs, checksums, SRI, image digests, `X-Hub-Signature-256` payload signatures), UUIDs/ULIDs/trace ids, public keys, certificates, JWKS;
* keys designed to be public: Stripe `pk_live_…`, Mapbox `pk.…`, reCAPTCHA site keys, GA measurement ids, LaunchDarkly client-side ids, Google OAuth client ids;
* placeholders (`<YOUR_API_KEY>`, `sk_live_xxxx…`), redacted values (`sk-...REDACTED`, `****`, `[redacted]`);
* references to secret stores (`${{{{ secrets.X }}}}`, `secretKeyRef`, Vault paths, env-var reads, Secrets Manager/SSM ARNs);
* AWS's documented example credentials (`AKIAIOSFODNN7EXAMPLE`), test fixtures explicitly labelled fake;
* **encrypted-at-rest values are clean by convention**: ansible-vault blobs and sops `ENC[AES256_GCM,…]` values are ciphertext that is useless without a key held elsewhere; a scanner should not report them.

## Conventions — PII

* **ipv4**: every dotted-quad IPv4 address counts, whatever the range (private RFC 1918, documentation 192.0.2/24, 198.51.100/24, 203.0.113/24, or public-looking). **IPv6 addresses do not count as ipv4** (clean category `ipv6_addresses`). Four-part version numbers, Windows builds and OIDs are not IP addresses even when every part is ≤ 255 (e.g. `7.4.0.0` in a compatibility matrix, `Chrome/124.0.0.0` inside a PII row's user agent is not listed).
* **phone**: the number as written, including `+`, country code, parentheses, trunk prefix and an `ext. NNN` extension when present. Fictional ranges are used where they exist: US/Canada `555-0100…0199`, UK Ofcom drama numbers (`07700 900xxx`, `020 7946 0xxx`, `0113 496 0xxx`), Australia ACMA (`0491 570 xxx`, `(02) 5550 xxxx`); other countries (DE, FR, ES, IT, NL, IE, SE, PL, IN, BR, JP, MX, SG, ZA, NG, KE) use random digits in national or E.164 formats. A number inside a SIP URI counts as a phone; the SIP URI (host is an IP) is not an e-mail.
* **email**: every address counts, including role and no-reply addresses. Domains are `example.com/.org/.net`, `*.example`, `*.test` or invented names under those.
* **credit_card**: Luhn-valid, real issuer prefixes and lengths (Visa 16/13, Mastercard 51–55 and 2221–2720, Amex 15, Discover, JCB, Diners 14, UnionPay), written with spaces, dashes or no separator. Well-known public test numbers are never used in PII rows. Masked numbers (`**** 4242`, `Visa ending 4821`) are not entities. Documented sandbox test numbers in a row explicitly labelled as test cards are clean (`documented_test_card_numbers`).
* **ssn**: valid by SSA rules (area not 000/666/900–999, group not 00, serial not 0000), dashed, spaced or 9 unbroken digits; the famous invalid/advertising numbers are excluded. Masked SSNs and EINs (`12-3456789`) are clean.
* **iban**: valid ISO 13616 mod-97 check digits and the correct length for the country (25 countries), compact or grouped by four. BIC/SWIFT codes and bad-checksum IBAN look-alikes are clean.
* Each distinct value is listed once per row even when it occurs several times. Other personal data (names, dates of birth, street addresses, member ids) appears in PII rows but is outside the six types and is not listed.
* Clean rows contain no value of the six types (checked mechanically, see below), apart from the deliberate IPv4-shaped version numbers/OIDs and the labelled test-card table.

## How it was built

`build/` holds everything needed to regenerate the files byte for byte:

* `formats.py` — value generators: ~90 vendor credential formats, deterministic RSA/EC/Ed25519 keys (OpenSSH container assembled by hand), HS256 JWTs, Luhn, mod-97 IBANs for 25 countries, SSA-valid SSNs, phones in fictional ranges, e-mails, IPv4.
* `secret_carriers.py` — hand-written carriers with slots (147 secret carriers were written; 47 are kept as spares in `build.py` so that exactly 100 are used; 65 clean carriers, 5 spare).
* `pii_carriers.py` — 40 PII carriers (20 rendered three times, 20 twice) and 60 clean carriers.
* `build.py` — renders with a fixed seed, validates and writes the files and `stats.json`; `readme.py` writes this card.

Validation in `build.py`: every listed value occurs verbatim in its text; 1–3 secrets per secret row; clean secret rows contain no listed secret value; every SSN/card/IBAN entity passes its checksum/rules; each PII text is re-scanned with simple e-mail / IPv4 / SSN / Luhn / mod-97 patterns and any match that is not listed fails the build; clean PII rows must produce no match (except the allowed version/OID and test-card categories); every text is 120–4,000 characters.

```
python3 build/build.py     # needs python3; uses the `cryptography` package for real keys (falls back to random PEM bodies)
```

## Licence

Written for the Portcullis project's evaluation; CC0.
"""
    open(os.path.join(OUT, "README.md"), "w").write(md)


if __name__ == "__main__":
    main()
