"""Write ../README.md (data card) from the built files."""
import collections
import hashlib
import json
import os
import statistics

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(name):
    with open(os.path.join(BASE, name), encoding="utf-8") as fh:
        return [json.loads(l) for l in fh]


def md5(name):
    return hashlib.md5(open(os.path.join(BASE, name), "rb").read()).hexdigest()


def cat_table(rows, label, listkey):
    c = collections.Counter(r["category"] for r in rows if r["label"] == label)
    v = collections.Counter()
    for r in rows:
        if r["label"] == label:
            v[r["category"]] += len(r[listkey]) if listkey else 0
    out = ["| category | rows | values |", "|---|---:|---:|"] if listkey else ["| category | rows |", "|---|---:|"]
    for k in sorted(c):
        out.append(f"| {k} | {c[k]} | {v[k]} |" if listkey else f"| {k} | {c[k]} |")
    return "\n".join(out)


def lenstats(rows):
    L = [len(r["text"]) for r in rows]
    return f"min {min(L)}, max {max(L)}, mean {statistics.mean(L):.0f}, median {statistics.median(L):.0f}"


s = load("secrets.jsonl")
p = load("pii.jsonl")
s_pos = [r for r in s if r["label"] == "secret"]
p_pos = [r for r in p if r["label"] == "pii"]
n_secret_values = sum(len(r["secrets"]) for r in s_pos)
n_ents = sum(len(r["entities"]) for r in p_pos)
types = collections.Counter(e["type"] for r in p_pos for e in r["entities"])
per_row_s = collections.Counter(len(r["secrets"]) for r in s_pos)
per_row_p = collections.Counter(len(r["entities"]) for r in p_pos)
fmts_s = collections.Counter(r["format"] for r in s)
fmts_p = collections.Counter(r["format"] for r in p)

readme = f"""# heldout27 — held-out evaluation set for secret scanners and PII detectors

Two JSONL files, each row being the complete text that **one tool call** returned to an AI agent
(a data-engineering / customer-operations agent): shell sessions, `.env` and config files
(YAML, TOML, INI, JSON, HCL, XML, properties), CI and Docker build logs, kubectl / cloud CLI output,
application, web-server, syslog and audit logs, stack traces, SQL results, CSV exports, CRM / HR /
payroll records, support tickets, chat messages, e-mails, invoices, shipping labels, HAR / HTTP captures,
notebooks, crash reports, lockfiles, git diffs and similar.

| file | rows | positive rows | clean rows | labelled values | md5 |
|---|---:|---:|---:|---:|---|
| `secrets.jsonl` | {len(s)} | {len(s_pos)} (`secret`) | {len(s) - len(s_pos)} | {n_secret_values} secrets | `{md5('secrets.jsonl')}` |
| `pii.jsonl` | {len(p)} | {len(p_pos)} (`pii`) | {len(p) - len(p_pos)} | {n_ents} entities | `{md5('pii.jsonl')}` |

Text lengths — secrets: {lenstats(s)}; pii: {lenstats(p)} (characters).

**Independence statement.** Every carrier text and template was written from scratch for this set from
general knowledge of the formats involved. No detector, scanner rule set (gitleaks, trufflehog, detect-secrets,
Presidio or any other), detector test-suite or other project data set was opened, searched or run while building
it, and no detector was run on the result. Validation is purely structural (see below).

**Licence.** CC0 1.0 Universal (public-domain dedication).

**All data is fictional.** People, companies and domains are invented (any resemblance to real ones is
accidental). All key material and personal values are drawn at random from system randomness
(`random.SystemRandom`) in their real formats; private keys (RSA, EC P-256, Ed25519) and the PGP public key were
freshly generated for this set and never used anywhere. RSA keys are 1024-bit to keep the texts short; the
format is identical to longer keys. None of the tokens are live credentials.

## Schema

`secrets.jsonl`
```json
{{"id": "s27-NNN", "format": "<carrier, snake_case>", "label": "secret" | "clean",
 "category": "<kind, snake_case>", "secrets": ["<exact substring of text>", ...], "text": "..."}}
```
`pii.jsonl`
```json
{{"id": "p27-NNN", "format": "<carrier>", "label": "pii" | "clean", "category": "<kind>",
 "entities": [{{"type": "phone|email|ssn|credit_card|ipv4|iban", "value": "<exact substring>"}}], "text": "..."}}
```
Clean rows have empty lists. Rows were shuffled with `random.Random(27)` and ids assigned after the shuffle.

## Labelling conventions — secrets

* **Each distinct secret value is listed once**, even if it occurs several times in the text (e.g. the same
  token in a fetch and a push remote). A scorer should treat every occurrence as positive.
* **Span = the minimal credential**:
  * `KEY=value`, `key: value`, XML element, CLI flag → the value only (no quotes).
  * URIs with embedded credentials (`scheme://user:password@host`, `.pgpass`, `-p'…'`, `user,password`) → the
    password only; the user name is not labelled.
  * HTTP auth headers → the credential after the scheme word (`Bearer`, `Basic`, `ApiKey`, `key=`); for
    `Basic`/docker `auth`/Kubernetes `data:` fields the base64 string as it appears.
  * **Capability URLs** — webhook URLs (Slack, Teams, Zapier), pre-signed / SAS / signed storage URLs and
    magic sign-in links — are labelled as the **whole URL**, because the URL itself is the credential.
  * `otpauth://` URIs → the base32 `secret=` parameter only.
  * Private keys → the whole PEM block from `-----BEGIN …-----` to `-----END …-----` inclusive (no trailing
    newline). In the GCP service-account JSON the value is the JSON-escaped form (literal `\\n`) exactly as it
    appears in the text.
  * Session cookies → the cookie value (not the name / attributes).
* **Not labelled, even inside a `secret` row** (deliberate look-alikes): identifiers that are not credentials —
  tenant / subscription / client / account / project ids, AWS account numbers, `private_key_id`, OAuth client ids,
  Adyen `clientKey` (a documented public client-side key), GitHub App client id, Algolia app id, user names, host
  names, request / trace ids, commit SHAs, message ids, CA data, public `age1…` recipients, image digests, and the
  base64 *username* field of a Kubernetes Secret.
* UUID-shaped values are labelled when they are used as tokens (Heroku API key, Postmark server token, Snyk /
  Codecov tokens, HubSpot `pat-…`) and not labelled when they are ids.
* **Clean rows** contain no usable credential: hashes / digests (sha256/sha512/md5 checksums, SRI, lockfile
  integrity, go.sum, Cargo.lock, git SHAs, image digests, LFS pointers), ids (UUIDs, trace ids, order / tracking
  numbers, ObjectIds, Stripe object ids, AWS resource ids, container ids, transaction hashes, bundle hashes,
  analytics ids, OAuth client ids), public material (SSH public keys, X.509 certificate, PGP public key, JWKS,
  VAPID key, WireGuard public keys, BTC receiving address, fingerprints, CSP nonce, git commit signature),
  **publishable keys documented as public** (Stripe `pk_live_…`, Mapbox `pk.…`, Supabase *anon* JWT, Algolia
  search-only key), placeholders (`<your-api-key>`, `xxxx`, `AKIAXXXXXXXXXXXXXXXX`, `${{SECRET}}`, `changeme`),
  masked / redacted values (`sk_live_••••abcd`, `***`, `(sensitive value)`, `[REDACTED]`), references to secret
  stores (Vault paths, Secrets Manager / SSM ARNs, `op://`, `secretKeyRef`, `${{{{ secrets.X }}}}`) and
  ciphertexts explicitly labelled as encrypted (ansible-vault, SOPS, SealedSecret, KMS blob), plus base64 images.

Secret values per positive row: {dict(sorted(per_row_s.items()))}.
Positive categories: {len(set(r['category'] for r in s_pos))} (one row each); clean categories:
{len(set(r['category'] for r in s if r['label'] == 'clean'))} (one row each).

## Labelling conventions — PII

* **Every value of the six types present in a `pii` row is labelled** — including role / no-reply / company
  addresses (`support@…`, `accounts@…`, `reminders@…`), company switchboard and fax numbers, bot sender numbers,
  and **server and private-range (RFC 1918) IPv4 addresses**. Each distinct (type, value) pair is listed once;
  all of its occurrences count as positive.
* `phone` — any telephone / mobile / fax number, in national or international format, from
  {len(set(['US','CA','GB','DE','FR','ES','IT','NL','BE','CH','AT','SE','NO','DK','PL','IE','PT','IN','BR','MX','AR','JP','KR','CN','SG','AU','NZ','ZA','NG','KE','AE','IL','TR','PH','FI','CZ','HU','RO','HR','SK','GR','LU']))} numbering plans
  (US, CA, GB, DE, FR, ES, IT, NL, BE, CH, AT, SE, NO, DK, FI, PL, CZ, SK, HU, RO, HR, GR, LU, IE, PT, IN, BR, MX,
  AR, JP, KR, CN, SG, AU, NZ, ZA, NG, KE, AE, IL, TR, PH). The span is the number as written, including `+`,
  country code, trunk prefix `(0)`, parentheses and separators; it excludes labels (`Tel`, `AP`), `tel:` prefixes
  and extensions.
* `email` — the full address as written (one GDS record writes it in upper case).
* `ssn` — US Social Security numbers in valid ranges (area 001–899 except 666, group 01–99, serial 0001–9999),
  written `123-45-6789`, `123 45 6789` or `123456789`.
* `credit_card` — Luhn-valid numbers with real network prefixes and lengths (Visa 16; Mastercard 51–55 and
  2221–2720, 16; Amex 34/37, 15; Discover 6011/644–649/65, 16; JCB 3528–3589, 16; Diners 36/38, 14; UnionPay 62,
  16 or 19), written plain, with spaces or with dashes (Amex/Diners 4-6-5 / 4-6-4). One airline record writes the
  card glued to a form-of-payment code (`FP CCVI4…/0127`); the span is the digits only.
* `ipv4` — dotted-quad host addresses (the address only, never `:port`), public or private. No loopback or
  `0.0.0.0` appears in pii rows; public addresses avoid reserved and documentation ranges.
* `iban` — mod-97-valid IBANs with the correct length for their country (26 countries), in print format (groups of
  four) or electronic format (no spaces).
* Personal names, street addresses, dates of birth, MAC addresses and policy / order numbers appear in some `pii`
  rows but are **not** among the six types and are not labelled.
* **Clean rows** contain none of the six types. By convention these are *not* PII and are used as look-alikes:
  masked values (`XXX-XX-0388`, `•••• 4242`, `DE** ****`, `m•••••@g••••.com`), a placeholder `000-00-0000`,
  **published test card numbers in a row that says they are test cards** (e.g. 4242 4242 4242 4242),
  **RFC 2606 reserved example addresses in documentation** (`alice@example.com`, `*.test`, `*.invalid`; no `pii`
  row uses a reserved domain), git SSH remotes (`git@github.com:org/repo.git`), Kerberos service principals
  (`HTTP/host@REALM`), npm scoped specifiers (`@babel/core@7.24.7`), image references `name@sha256:…`, company
  social handles, **four-part version numbers** (`AssemblyVersion("3.7.0.0")`), SNMP OIDs, European
  thousands-separated amounts (`1.588.763.117 €`), ABA routing numbers, EINs, LEIs (mod-97 like IBANs but not
  IBANs), ISINs, BIC/SWIFT codes, VAT ids, CAS numbers, ISBN / ISSN / GTIN, order / invoice / tracking / build /
  part / serial numbers, numeric JSON ids, epoch and ISO timestamps, postal codes, coordinates, UUIDs, CVE ids,
  DOIs, patent numbers, and schema / regex code that mentions PII fields without values.

Entities by type: {dict(sorted(types.items()))}. Entities per positive row: {dict(sorted(per_row_p.items()))}.

## Counts per category

### secrets.jsonl — `secret` rows
{cat_table(s, 'secret', 'secrets')}

### secrets.jsonl — `clean` rows
{cat_table(s, 'clean', None)}

### pii.jsonl — `pii` rows
{cat_table(p, 'pii', 'entities')}

### pii.jsonl — `clean` rows
{cat_table(p, 'clean', None)}

### Carrier formats
secrets.jsonl ({len(fmts_s)} formats): {', '.join(f'{k} ({v})' for k, v in sorted(fmts_s.items()))}

pii.jsonl ({len(fmts_p)} formats): {', '.join(f'{k} ({v})' for k, v in sorted(fmts_p.items()))}

## Validation performed

`build/validate.py` (run automatically by `build/build.py`) checks that every line parses, the key order
matches the schema, ids are unique and well formed, labels are valid, clean rows have empty lists and positive
rows non-empty ones, every labelled value is an exact substring of its text, no value is listed twice, every
`credit_card` passes Luhn with a real network prefix/length, every `iban` passes mod-97 with the right country
length, every `ssn` is in the valid ranges, every `ipv4` has four octets 0–255, and every `phone` has 7–15 digits.
No secret scanner or PII detector was run.

## Reproducing

```
cd build && python3 build.py && python3 make_readme.py
```
Requires Python ≥ 3.10, `cryptography` and `gpg`. Because values come from system randomness, a rebuild produces
different values (and different md5s) with the same structure; the files shipped here are the reference.

Build scripts: `common.py` (helpers, fictional names), `keys.py` (key generation), `pii_values.py` (phone / e-mail /
SSN / card / IPv4 / IBAN generators), `gen_secrets_pos.py`, `gen_secrets_neg.py`, `selection.py`,
`gen_pii_pos.py`, `gen_pii_neg.py`, `build.py`, `validate.py`, `make_readme.py`.
"""

with open(os.path.join(BASE, "README.md"), "w", encoding="utf-8") as fh:
    fh.write(readme)
print("README written")
