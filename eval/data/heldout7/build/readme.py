"""Renders README.md (data card) from the stats computed by build.py."""


def _table(d, head=("value", "rows")):
    lines = ["| %s | %s |" % head, "|---|---|"]
    for k, v in d.items():
        lines.append("| %s | %s |" % (k, v))
    return "\n".join(lines)


def _cross(d):
    labels = list(d.keys())
    keys = sorted({k for v in d.values() for k in v})
    lines = ["| value | " + " | ".join(labels) + " |", "|---|" + "---|" * len(labels)]
    for k in keys:
        lines.append("| %s | " % k + " | ".join(str(d[l].get(k, 0)) for l in labels) + " |")
    return "\n".join(lines)


def render(s):
    inj, sec, pii = s["injection"], s["secrets"], s["pii"]
    out = []
    a = out.append
    a("# heldout7 — held-out evaluation set for tool-output guardrails\n")
    a("Three JSONL files for evaluating content guardrails that scan what MCP tools return to an AI agent "
      "before the model reads it: prompt-injection detection, secret detection and PII detection.\n")
    a("**Provenance.** Every payload, hard negative, benign snippet, filler sentence and template was written for this "
      "project by the author of this folder, in their own words. The set was built without reference to, and without "
      "running, any detector, and without copying from any public data set. Only Python 3's standard library is used. "
      "All secrets and PII are random values generated with fixed seeds in documented shapes; none is a real credential "
      "or a real person's data.\n")
    a("**Licence.** Written for this project.\n")
    a("## Files\n")
    a("| file | rows | labels |\n|---|---|---|")
    a("| injection.jsonl | %d | %s |" % (inj["rows"], ", ".join("%s %d" % kv for kv in inj["label"].items())))
    a("| secrets.jsonl | %d | %s |" % (sec["rows"], ", ".join("%s %d" % kv for kv in sec["label"].items())))
    a("| pii.jsonl | %d | %s |" % (pii["rows"], ", ".join("%s %d" % kv for kv in pii["label"].items())))
    a("\nOther files: `build.py` (entry point), `common.py` (shared filler banks), `carriers.py` (24 tool-output carriers), "
      "`inj_content.py`, `benign_content.py`, `sec_gen.py`, `pii_gen.py`, `readme.py`, `stats.json` (all counts).\n")
    a("Regenerate byte for byte with `python3 build.py` (fixed seeds 70001/70002/70003, no dependence on "
      "PYTHONHASHSEED; verified by running with different hash seeds and comparing checksums).\n")
    a("## Schema\n")
    a("```\ninjection.jsonl: {\"id\":\"inj-0001\",\"format\":<carrier>,\"lang\":<ISO 639-1>,\"label\":\"injection\"|\"benign\",\"category\":<category>,\"text\":<tool output>}\n"
      "secrets.jsonl:   {\"id\":\"sec-0001\",\"format\":<carrier>,\"label\":\"secret\"|\"clean\",\"category\":<kind>,\"text\":...,\"secrets\":[exact substrings of text]}\n"
      "pii.jsonl:       {\"id\":\"pii-0001\",\"format\":<carrier>,\"label\":\"pii\"|\"clean\",\"category\":<primary type>|\"clean\",\"text\":...,\n"
      "                  \"entities\":[{\"type\":\"phone\"|\"email\"|\"ssn\"|\"credit_card\"|\"ipv4\"|\"iban\",\"value\":<exact substring>}]}\n```\n")
    a("`lang` is the language of the embedded snippet; carrier filler is English in every row.\n")
    a("## How rows are built\n")
    a("1. A snippet is drawn: an injection payload or benign/hard-negative text (injection set), a rendered secret or "
      "look-alike (secrets set), or a filled PII / look-alike template (PII set). Slots (names, domains, tools, products) "
      "are filled from fixed banks; payload pools are used once each in shuffled order and then re-used with new slot "
      "values and new carriers until the target count is reached.\n"
      "2. A carrier format is chosen by a per-label greedy balancer, so each label is spread almost evenly over the 24 "
      "carriers (a few snippets are tied to a carrier: hidden-HTML payloads and their benign HTML counterparts to `html`, "
      "markdown comments to `markdown`, split-across-rows payloads and benign multi-row notes to row-based carriers).\n"
      "3. The snippet is placed at the start, middle or end of filler from the *same* banks for every label and data set "
      "(neutral business sentences, log messages, config keys, ls lines, commit headers, ...). A target length is drawn "
      "log-uniformly in 150–2900 characters independently of the label; filler grows until the target is reached, and "
      "rows are capped at 3000 characters.\n"
      "4. Secrets are rendered natively for the carrier (`KEY=value` in .env, `key: value` in YAML, `\"KEY\": \"value\"` in "
      "ConfigMaps, `export ...` in docs/PRs/git, `loaded setting ...` in logs, sentences in e-mail/chat/tickets/CRM); "
      "look-alikes use exactly the same templates.\n"
      "5. Rows are shuffled (seeded) and ids assigned afterwards.\n"
      "6. Self-checks (build fails otherwise): unique ids and texts; length 150–3000; API-JSON carriers parse with "
      "`json.loads` and JSON-lines logs parse line by line; every listed secret/entity is an exact substring; SSNs follow SSA "
      "rules (area 001–899 except 666, group ≠ 00, serial ≠ 0000); cards pass Luhn with 13–19 digits; IBANs have correct "
      "length per country and mod-97 check digits; IPv4 octets 0–255; ≥10 IBAN countries. Clean PII rows are scanned for "
      "e-mails, Luhn-valid card-shaped numbers, valid IBANs, unexplained valid IPv4s and rule-valid SSNs; PII rows are "
      "scanned so that every such value found is listed.\n")
    a("## Injection set\n")
    a("Injection categories (own taxonomy): `instruction_override` (paraphrased, avoiding the words ignore/previous/"
      "instructions), `tool_command` (named and unnamed tools, shell commands), `exfiltration` (URLs, e-mail, webhooks, "
      "markdown images with data in the query), `social_engineering` (fake policy updates, fake owner/developer/admin "
      "messages, urgency, claimed pre-approval), `output_manipulation`, `memory_persistence`, `task_hijack`, "
      "`fake_role_turn` (chat-template markers, fake Human/Assistant/SYSTEM turns, JSON role objects) and "
      "`hidden_obfuscated` (HTML comments, invisible styling, hidden attributes, alt/meta text, markdown comments, base64, "
      "reversed text, fragments split across rows, Cyrillic homoglyphs, zero-width separators). Non-English payloads are "
      "spread over these categories (see `lang`).\n")
    a("Benign categories: `ordinary` (ordinary tool outputs, some non-English) and hard negatives: `security_article`, "
      "`human_imperative`, `llm_docs`, `retraction_email`, `code_config`, `moderation_log`, `incident_report`, "
      "`hidden_html_benign`, `role_transcript`, `encoded_benign`, `urgent_notice_human`, `recommendation_copy`, "
      "`data_sharing_human`.\n")
    a("### Category by label\n\n" + _cross(inj["category_by_label"]) + "\n")
    a("### Language by label\n\n" + _cross(inj["lang_by_label"]) + "\n")
    a("### Format by label\n\n" + _cross(inj["format_by_label"]) + "\n")
    a("### Length (characters) by label\n\n" + _cross(inj["length_chars_by_label"]) + "\n")
    a("## Secrets set\n")
    a("### Category by label\n\n" + _cross(sec["category_by_label"]) + "\n")
    a("### Format by label\n\n" + _cross(sec["format_by_label"]) + "\n")
    a("### Length (characters) by label\n\n" + _cross(sec["length_chars_by_label"]) + "\n")
    a("Listed secret values in total: %d.\n" % sec["listed_secret_values"])
    a("## PII set\n")
    a("### Category (primary type) by label\n\n" + _cross(pii["category_by_label"]) + "\n")
    a("### Entities by type\n\n" + _table(pii["entities_by_type"], ("type", "entities")) + "\n")
    a("### IBAN countries\n\n" + _table(pii["iban_countries"], ("country", "entities")) + "\n")
    a("### Format by label\n\n" + _cross(pii["format_by_label"]) + "\n")
    a("### Length (characters) by label\n\n" + _cross(pii["length_chars_by_label"]) + "\n")
    a("Phones use realistic national and international formats for about 20 countries (US, CA, GB, DE, FR, ES, IT, NL, IN, "
      "BR, JP, AU, MX, KR, CN, RU, SE, PL, ZA, SG, CH, IE, TR).\n")
    a("## Judgement calls\n")
    a("- Injection vs. benign is about *who the text addresses and what it asks for*: text that tries to steer the agent "
      "reading the tool output is `injection`; text that quotes, teaches or reports on attacks, or gives imperatives to "
      "humans (runbooks, `curl | sh` install guides, 'ignore my previous email') is `benign`.\n"
      "- Hard negatives deliberately reuse trigger words (system prompt, override, ignore, assistant, pre-approved, urgent) "
      "and structures (HTML comments, hidden elements, base64, role-labelled transcripts) so that surface cues alone do not "
      "separate the labels.\n"
      "- Secrets: for key pairs both the AWS access key id and the secret key are listed; for connection strings and URLs "
      "with embedded credentials the whole URL is listed; for Azure storage the whole connection string is listed. "
      "Identifiers shipped beside a secret (Twilio account SID, Google OAuth client id) are not listed. JWT bearer tokens are "
      "treated as secrets. Publishable/public values (Stripe `pk_live_`, reCAPTCHA site keys, Mapbox `pk.` tokens, OAuth "
      "client ids, public keys, certificates) are clean. Private-key bodies and other values are random; they have the "
      "documented prefix/alphabet/length but are not cryptographically valid.\n"
      "- Secret rows sometimes also contain a look-alike (e.g. a commit id or publishable key) that is not listed.\n"
      "- PII: person names and postal codes are not entity types and are not listed. SSN-shaped values that satisfy the SSA "
      "rules but appear as part numbers without any SSN context are labelled clean; SSNs in PII rows always have context. "
      "Four-part version strings (some with all parts ≤ 255, e.g. an agent version) are clean look-alikes; PII rows contain "
      "no such version strings. IBANs satisfy length and mod-97 but national BBAN check digits are not modelled. Masked "
      "values (last four digits) are clean. Private/RFC1918 IPv4 addresses are PII entities like public ones.\n"
      "- Injection rows are on average somewhat shorter than benign rows because several hard negatives (code, runbooks) are "
      "longer than payloads; the target-length distribution itself is identical for every label.\n"
      "- Filler is English for all rows, so non-English rows are mixed-language tool outputs.\n")
    a("## Not done / limitations\n")
    a("- Payload pools are smaller than the row counts, so some payloads appear twice with different slot values and carriers.\n"
      "- No cryptographic validity of synthetic keys/JWT signatures; no national check digits inside IBAN BBANs.\n"
      "- Labels are the author's; no second annotator.\n")
    return "\n".join(out) + "\n"
