"""Renders README.md from the computed stats."""


def _table(d):
    return "\n".join("| %s | %d |" % (k, v) for k, v in d.items())


def render(stats):
    i, s, p = stats["injection"], stats["secrets"], stats["pii"]
    return """# heldout8 - held-out evaluation set for MCP tool-output guardrails

**Provenance:** written for this project by a separate author, who did not read, run or look at any
detector code or any other evaluation data. All payloads, negatives, filler sentences and templates
were written from scratch in the author's own words; nothing was copied from public data sets.
Credentials, card numbers, IBANs, SSNs, phone numbers and addresses are random values generated with
the documented shapes; none belong to a real person or account.

**Licence:** Written for this project.

**Regenerate:** `python3 build/build.py` (standard library only, from any working directory). Seeds are
fixed (80001 injection, 80002 secrets, 80003 pii) and the output does not depend on `PYTHONHASHSEED`;
the script also rewrites `stats.json` and this README. The build fails if any self-check fails.

## Files

| file | rows | schema |
|---|---|---|
| `injection.jsonl` | %(ni)d | `{"id","format","lang","label":"injection" or "benign","category","text"}` |
| `secrets.jsonl` | %(ns)d | `{"id","format","label":"secret" or "clean","category","text","secrets":[exact substrings]}` |
| `pii.jsonl` | %(np)d | `{"id","format","label":"pii" or "clean","category","text","entities":[{"type","value"}]}` |

`format` is the carrier (23 kinds): html, web_text, support_ticket, email, chat_log, slack_json, sql_result,
csv, yaml, json_config, env, log, jsonl_log, api_json, calendar (iCalendar), issue, pr_description, diff,
wiki, search_results, crm_note, pdf_text, spreadsheet. PII entity types: phone, email, ssn, credit_card,
ipv4, iban.

## How rows are built

Each row is one tool output. A snippet (payload, hard-negative passage, ordinary sentence, credential,
look-alike, PII or distractor) is placed at the start, middle or end of carrier filler. The filler comes
from the same banks for every label (hand-written neutral sentences about projects, meetings, shipping,
releases; log lines; config keys; table rows), with small per-language banks for non-English rows. Target
length is drawn log-uniformly and clamped to 150-3000 characters. JSON carriers embed the snippet as a
string value (so newlines and quotes are JSON-escaped); secret and PII values never contain characters that
JSON escapes, so they remain exact substrings. Multi-line values (PEM blocks) only go into carriers that keep
text verbatim. For config-like carriers secrets are written as key/value pairs (`KEY=value`, `key: value`,
JSON members); otherwise inside a short sentence.

Injection payloads: at least 12 distinct base phrasings per category in English plus 4-5 non-English
payloads per category (es, fr, de, pt, it, nl, ru, zh, ja, ko, ar, hi, tr, pl), with randomized addressee
(AI, assistant, agent, model, bot, Copilot, Claude, ...), attacker URLs, mailboxes and brands.
`lang` is the language of the snippet. Hidden/obfuscated payloads use HTML comments, display:none,
zero-size text, alt/meta attributes, off-screen elements, base64, rot13, reversed text, hex, leetspeak,
zero-width characters, Cyrillic homoglyphs, markdown comments and instructions split across fields.

Secrets: random values shaped like each vendor's format (AWS AKIA ids + 40-char secrets, GitHub
ghp_/gho_/ghu_/ghs_/ghr_ tokens with a 6-char base62 CRC32 suffix computed over the 30-char body as the author
understands the format, and github_pat_ tokens; GitLab glpat-, Slack xoxb/xoxp/webhooks, Stripe sk_live/
sk_test/rk_live, OpenAI, Anthropic, Google AIza, Azure storage connection strings, SendGrid, Twilio auth tokens,
npm, PyPI, Docker Hub, Hugging Face, Datadog API/app keys, Shopify, PEM private keys, JWTs, database URLs
with passwords, basic-auth URLs, generic password/api_key assignments). For connection strings and URLs the
whole credential string is listed. Clean rows put structural look-alikes into the same templates and key names.
The AWS documentation example key (`AKIAIOSFODNN7EXAMPLE`) appears only in clean rows (category doc_example).

PII: phones from 13 countries in national and E.164 formats with context words, e-mails, SSNs obeying SSA rules, Luhn-valid cards
(Visa 13/16, Mastercard 5x/2-series, Amex 4-6-5, Discover, JCB, Diners, UnionPay 16-19, Maestro 19;
plain/spaced/dashed), valid IPv4 addresses, IBANs with correct per-country length and mod-97 check digits
(16 countries, spaced and compact). About a third of PII rows carry a second entity; most rows also carry
distractors. Clean rows carry only distractors: order/tracking/invoice/part numbers, timestamps, Luhn-broken
epoch millis, postal codes, 4-part version strings in a `version:` field, OIDs, JSON numbers, HTTP codes,
byte counts, Luhn-invalid 16-digit references, SSN-shaped numbers breaking SSA rules, IBAN-shaped strings
with wrong check digits.

## Self-checks (build fails otherwise)

Unique ids and texts; 150 <= length <= 3000; JSON / JSON-lines carriers parse; every secret and entity is an
exact substring; SSN, Luhn, IBAN and IPv4 validity of listed entities; secret rows contain no unlisted
vendor-pattern match and clean secret rows contain none (documented example/placeholder excepted); PII rows
list every e-mail, valid SSN, Luhn-valid 13-19 digit number, valid IPv4 (except in a version field), valid IBAN
and phone-shaped string they contain, and clean PII rows contain none; row counts per label.

## Counts

### injection.jsonl (%(ni)d rows)

| label/category | rows |
|---|---|
%(ti)s

Languages (label/lang):

| label/lang | rows |
|---|---|
%(tl)s

### secrets.jsonl (%(ns)d rows, %(spans)d listed secret strings)

| label/category | rows |
|---|---|
%(ts)s

### pii.jsonl (%(np)d rows)

| label/category | rows |
|---|---|
%(tp)s

Entities by type:

| type | count |
|---|---|
%(te)s

Lengths (min/median/max): injection %(li)s, secrets %(ls)s, pii %(lp)s. Per-format counts are in `stats.json`.
""" % {"ni": i["rows"], "ns": s["rows"], "np": p["rows"], "ti": _table(i["by_label_category"]),
       "tl": _table(i["by_label_lang"]), "ts": _table(s["by_label_category"]), "tp": _table(p["by_label_category"]),
       "te": _table(p["entities_by_type"]), "spans": s["secret_spans"],
       "li": "/".join(str(i["length"][k]) for k in ("min", "median", "max")),
       "ls": "/".join(str(s["length"][k]) for k in ("min", "median", "max")),
       "lp": "/".join(str(p["length"][k]) for k in ("min", "median", "max"))}
