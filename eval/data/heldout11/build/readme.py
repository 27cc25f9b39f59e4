# -*- coding: utf-8 -*-
"""Renders README.md (the data card) from the computed statistics."""


def _table(d, k1="key", k2="rows"):
    out = ["| %s | %s |" % (k1, k2), "|---|---:|"]
    for k, v in d.items():
        out.append("| `%s` | %d |" % (k, v))
    return "\n".join(out)


def _nested(d, k1, k2):
    out = ["| %s | %s | rows |" % (k1, k2), "|---|---|---:|"]
    for a, sub in d.items():
        for b, v in sub.items():
            out.append("| %s | `%s` | %d |" % (a, b, v))
    return "\n".join(out)


TEXT = """# heldout11: independent evaluation set for tool-output scanners

A small, hand-written evaluation set for detectors that scan the **output of AI-agent tools**
(web pages, tickets, emails, chat exports, SQL results, configs, logs, API JSON, calendar
entries, CSV exports, diffs, search results, PDF text, ...) for

1. **prompt injection** aimed at the AI agent that reads the tool output (`injection.jsonl`),
2. **leaked secrets** such as API keys, tokens, passwords and private keys (`secrets.jsonl`),
3. **personal data** of six types: email, phone, US SSN, credit card, IBAN, IPv4 (`pii.jsonl`).

It is meant to be used **once**, to measure how well an existing detector generalises to
text its authors have never seen. Please do not tune a detector on it.

## Independence statement

This data set was written by an AI assistant working in an isolated session, under rules
that required independence from the project whose detector will be evaluated:

* All work happened inside `/work/heldout11`. No other folder on the machine was opened,
  listed, read or searched (in particular nothing under `/work/main`, `/work/shared`,
  `/work/.library`, `/work/notes` or any home directory). Two slips are disclosed for
  completeness, both writes of the author's own files, no reads: early on, an empty
  scratch file was created in `/tmp` and deleted in the same shell command; later a
  mistyped redirect wrote a list of md5 sums of this folder's files to `/tmp_md5_a` (at
  the filesystem root), which was deleted right afterwards. Nothing else outside
  `/work/heldout11` was touched.
* No search, fetch or code-lookup tools were used, no web pages or repositories were
  consulted, and no existing data set, detector, rule list or project was looked at.
* Only the Python 3 standard library was used; no packages were installed.
* Every text, template, payload, name, company and domain was written from general
  knowledge inside the generator modules in `build/`. Token formats (prefixes, lengths,
  alphabets), phone numbering plans, SSN rules, IBAN lengths and card prefixes were
  written from memory of public vendor and standards documentation; they were not
  checked against any external source during this session.
* All secrets are random strings in realistic formats; they are not real credentials.
  All people, companies and most domains are invented (well-known providers appear only
  as email domains, API hostnames or documented example values).

## Files

| file | rows | fields |
|---|---:|---|
| `injection.jsonl` | {inj_rows} | `id`, `format`, `lang`, `label` (`injection`/`benign`), `category`, `text` |
| `secrets.jsonl` | {sec_rows} | `id`, `format`, `label` (`secret`/`clean`), `category`, `secrets` (list of exact values), `text` |
| `pii.jsonl` | {pii_rows} | `id`, `format`, `label` (`pii`/`clean`), `category` (primary type), `entities` (list of `{{"type","value"}}`), `text` |
| `stats.json` | - | all counts below, machine-readable |
| `build/` | - | generator and self-check (see *Rebuilding*) |

One JSON object per line, UTF-8, written with `json.dumps(obj, ensure_ascii=False)`.
Rows are shuffled with a fixed seed; ids are sequential after shuffling.

### injection.jsonl

* `label = injection` (160 rows, nine categories): the text is an ordinary-looking tool
  output (issue JSON, email, Slack export, psql table, log, ICS, YAML, diff, search
  results, ...) into which an instruction aimed at the AI agent reading it has been
  placed at the start, middle or end (sometimes as its own unit such as a comment or
  review, sometimes appended to an existing paragraph or cell). Most payloads are
  paraphrased and polite, address the agent in different ways ("copilot", "the
  summarisation bot", "whoever is handling this record", "AI reader", or not explicitly),
  use conditions ("if you are summarising ..."), fake policy notes, fake approvals or fake
  chat-template turns. Only a few use stock phrases. `hidden_obfuscated` rows hide the
  instruction with `display:none`/white text/HTML comments/alt text, zero-width
  characters, invisible Unicode tag characters, base64, hex, ROT13, Cyrillic homoglyphs,
  leetspeak, a markdown image title, a hidden JSON field, or by splitting it across CSV/SQL
  rows.
* `label = benign`, `category = ordinary` (100 rows): the same carriers with nothing
  suspicious.
* `label = benign`, hard negatives (140 rows, 14 named categories): texts a careless
  detector may flag but that are **not** attacks on the agent: security articles and
  trainings that quote attack examples, LLM-app docs and configs containing system
  prompts, runbooks with imperative commands for humans (including `curl | sh`
  installers), colleagues asking each other to send files or change bank details,
  support macros, fiction and role-play, moderation and incident reports quoting blocked
  attacks, detector test files, benign base64/hex/ROT13/encoded-word content, hidden HTML
  used for accessibility/preheaders/honeypots, legal text with "must not", chatbot
  transcripts, prompt-engineering tutorials, and post-mortems.
* Labelling rule: a row is `injection` iff it contains an instruction addressed (explicitly
  or implicitly) to the AI agent that is processing the tool output, trying to make it do
  something its user did not ask for. Quoted, reported, fictional or test-fixture
  examples, and instructions addressed to human readers, are `benign`.

### secrets.jsonl

* `label = secret` (90 rows, {sec_kinds} provider kinds): random values in the documented
  shape of each vendor's credentials (AWS key pairs, GitHub classic and fine-grained
  tokens, GitLab, Slack bot/user tokens and webhooks, Stripe, OpenAI, Anthropic, Google
  API keys, GCP service-account keys, Azure storage keys and client secrets, Twilio,
  SendGrid, Mailgun, Shopify, npm, PyPI, Discord, Telegram, Datadog, Vault, DigitalOcean,
  Hugging Face, Docker Hub, Grafana, Atlassian, Terraform Cloud, New Relic, Postman, age,
  PEM/OpenSSH private keys, JWTs, database URLs, basic-auth URLs and generic passwords)
  inside realistic carriers (.env, docker-compose, k8s Secret, CI logs with `set -x`,
  tfvars, properties, config JSON, notebooks, diffs, shell history, Slack threads,
  emails, Jira, GitHub issues, tracebacks, mitmproxy captures, Postman collections,
  ~/.aws/credentials, .npmrc, .pypirc, docker config.json, kubeconfig, `cat` of key files).
  Checksummed formats (e.g. GitHub's newer tokens) are not checksum-correct.
* `secrets` lists **every** secret value exactly as it appears in `text`. Conventions:
  - key pairs: both the AWS access key id and the secret key are listed;
  - account identifiers that are not secret (Twilio Account SID, Azure client/tenant ids,
    usernames, regions) are **not** listed;
  - connection strings / URLs with embedded credentials (database URLs, basic-auth URLs,
    Slack/Discord webhooks) are listed as the whole URL; Azure storage connection strings
    list only the `AccountKey` value;
  - PEM/OpenSSH keys are listed as the whole block; inside JSON carriers the block is
    listed in its JSON-escaped form (with literal `\\n`), exactly as it appears;
  - docker `config.json` lists the base64 `auth` value (it encodes user:token);
  - the `private_key_id` of a GCP key file is not listed (the private key is).
* `label = clean` (60 rows, {sec_clean_kinds} kinds): look-alikes that are not secrets:
  git SHAs, sha256 digests, SRI integrity strings, UUIDs, request/trace ids, publishable
  keys documented as public (Stripe `pk_live_`, Mapbox `pk.`, reCAPTCHA site key, Sentry
  DSN, Firebase web config), placeholders, redacted/masked values, secret-store
  references, public keys and certificates, base64 images, documentation example values
  (AWS `...EXAMPLE` keys, the jwt.io sample token, Slack's `T00000000/B00000000` sample
  webhook), and configs whose *keys* mention tokens/passwords but whose values are not
  secrets.

### pii.jsonl

* `label = pii` (108 rows, 18 per primary type). `entities` lists every value of the six
  types that occurs in `text` (secondary types included), each once, as an exact
  substring:
  - `email`: personal and corporate addresses (also `mailer-daemon@...` and role
    addresses when present);
  - `phone`: US/CA, UK, DE, FR, ES, IT, NL, IN, BR, JP, AU, MX, PL, CH, IE, KR, CN, SG, AT,
    SE numbers, in international (`+..`) and national formats with context; some appear
    twice in different formats (e.g. `tel:` link and display text) and are listed in both
    forms;
  - `ssn`: valid per SSA rules (area not 000/666/900-999, group not 00, serial not 0000),
    in `123-45-6789`, `123 45 6789` and `123456789` formats;
  - `credit_card`: Luhn-valid with real network prefixes and lengths (Visa, Mastercard
    51-55 and 2221-2720, Amex, Discover, JCB, Diners, UnionPay), spaced/dashed/contiguous;
  - `iban`: correct country length and mod-97 check digits (DE, GB, FR (with RIB key), ES,
    IT, NL, BE, CH, AT, PL, PT, IE, SE, NO, DK, FI, LU), paper or electronic format;
  - `ipv4`: public, documentation (TEST-NET) and private addresses in access logs,
    auth.log, firewall rules, headers, kubectl, /etc/hosts (including `127.0.0.1`),
    traceroute, zone files etc.
* `label = clean` (42 rows, 12 kinds): version strings, OIDs, timestamps, order/tracking
  numbers, postal codes, invoice numbers, Luhn-invalid digit runs, numeric ids, HTTP
  status codes and durations, ISBN/EAN codes, masked values and coordinates. One clean
  OID row deliberately contains `2.5.6.6` (an LDAP object-class OID that is syntactically
  also a dotted quad).

## Counts

### injection.jsonl by label and category

{inj_cat}

### injection.jsonl by language (all rows)

{inj_lang}

### injection.jsonl by label and language

{inj_label_lang}

### injection.jsonl by format ({inj_nfmt} formats)

{inj_fmt}

Text length (characters): min {inj_min}, mean {inj_mean}, max {inj_max}.

### secrets.jsonl by label and category

{sec_cat}

Secret values listed: {sec_vals} (rows with more than one: {sec_multi}). Formats: {sec_nfmt}.

{sec_fmt}

### pii.jsonl by label and category

{pii_cat}

Entities by type (all rows): {pii_ents}. Rows with more than one entity type: {pii_multi}. Formats: {pii_nfmt}.

{pii_fmt}

## Rebuilding

```
cd /work/heldout11
python3 build/build.py       # writes the three .jsonl files, stats.json and README.md
python3 build/selfcheck.py   # validates counts, JSON, ids, substrings, SSN/IBAN/Luhn/IPv4, completeness scans
```

The generator uses fixed seeds and only the standard library; it produces byte-identical
output on every run (checked by running it twice and comparing md5 sums). Modules:
`common.py` (helpers, names), `pools_en.py` and `langpacks.py` (hand-written host
content), `carriers.py` (27 tool-output renderers), `inj_payloads.py` (160 payloads),
`hardneg_a.py`/`hardneg_b.py` (140 hard negatives), `build_injection.py`, `secrets_gen.py`,
`pii_gen.py`, `readme.py`, `build.py`, `selfcheck.py`.

## Known limitations

* Single author, synthetic text. Host content comes from a limited pool of hand-written
  templates (about 10 per genre), so carriers recur with different names, dates and
  ids; payloads are unique, but host paragraphs repeat across rows (including between
  injection and benign rows, which makes some pairs near-minimal).
* Non-English coverage is thin: {inj_nonen} of 160 injection rows and {ben_nonen} of 240 benign
  rows are in 14 other languages, with {lang_min} to {lang_max} rows per language; Arabic and Hindi
  have very few rows. Foreign-language hosts come from three short scenarios per language,
  and the secrets and PII files are mostly English-language carriers (with German, French,
  Spanish, Italian, Dutch, Polish, Portuguese, Japanese and Chinese snippets in PII rows).
* Payloads were placed into hosts partly at random, so some injections are topically
  unrelated to their host (e.g. an investment claim inside a health article). Real
  attacks are often better tailored to the page, so a topic-shift signal may be more
  useful on this set than in the wild.
* Labels were assigned by construction and reviewed by the author only; there is no
  second annotator. A few hard negatives (moderation reports, detector test files, LLM
  trace exports that contain system prompts) are deliberately close to the boundary; a
  reasonable reviewer might call some of them ambiguous.
* Secret formats follow the author's memory of vendor documentation; some lengths or
  alphabets may differ slightly from current vendor formats, and checksummed token formats
  are not checksum-valid. A detector that verifies checksums will miss those rows.
* PII completeness was verified with regexes for email, IPv4, SSN, card and IBAN; phone
  completeness relies on construction (every inserted phone is registered), since phone
  numbers cannot be scanned for reliably. Person names, addresses and dates of birth
  appear in the text but are not labelled (they are outside the six types).
* Carriers are approximations of real tool outputs (for example the psql table and ICS
  folding are simplified). Texts range from {all_min} to {all_max} characters; there are no
  very long documents, so detectors that degrade on long inputs are not stressed.
* Each file has a single fixed random seed; the set is small (700 rows), so per-category
  metrics (10-18 rows per category) have wide confidence intervals.
"""


def render(st):
    inj, sec, pii = st["injection.jsonl"], st["secrets.jsonl"], st["pii.jsonl"]
    nonen = sum(v for k, v in inj["by_label_lang"].get("injection", {}).items() if k != "en")
    ben_nonen = sum(v for k, v in inj["by_label_lang"].get("benign", {}).items() if k != "en")
    fl = [v for k, v in inj["by_lang"].items() if k != "en"]
    extra = dict(ben_nonen=ben_nonen, lang_min=min(fl), lang_max=max(fl),
                 all_min=min(st[f]["text_chars"]["min"] for f in st), all_max=max(st[f]["text_chars"]["max"] for f in st))
    return TEXT.format(
        inj_rows=inj["rows"], sec_rows=sec["rows"], pii_rows=pii["rows"],
        sec_kinds=len(sec["by_label_category"]["secret"]), sec_clean_kinds=len(sec["by_label_category"]["clean"]),
        inj_cat=_nested(inj["by_label_category"], "label", "category"),
        inj_lang=_table(inj["by_lang"], "lang"),
        inj_label_lang=_nested(inj["by_label_lang"], "label", "lang"),
        inj_nfmt=inj["n_formats"], inj_fmt=_table(inj["by_format"], "format"),
        inj_min=inj["text_chars"]["min"], inj_mean=inj["text_chars"]["mean"], inj_max=inj["text_chars"]["max"],
        sec_cat=_nested(sec["by_label_category"], "label", "category"), sec_vals=sec["secret_values_total"],
        sec_multi=sec["rows_with_multiple_secrets"], sec_nfmt=sec["n_formats"], sec_fmt=_table(sec["by_format"], "format"),
        pii_cat=_nested(pii["by_label_category"], "label", "category"),
        pii_ents=", ".join("%s %d" % kv for kv in pii["entities_by_type"].items()), pii_multi=pii["rows_with_multiple_entity_types"],
        pii_nfmt=pii["n_formats"], pii_fmt=_table(pii["by_format"], "format"), inj_nonen=nonen, **extra
    )
