#!/usr/bin/env python3
"""Deterministic generator for the held-out evaluation set (heldout10).
Run from /work/heldout10:  python3 build/build.py"""
import sys

sys.dont_write_bytecode = True

import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from common import NON_EN, sentences, company, date_str  # noqa: E402
from carriers import CARRIERS, CARRIER_NAMES  # noqa: E402
from inj_payloads import PAYLOADS  # noqa: E402
import hard_negatives as hn  # noqa: E402
import secrets_gen  # noqa: E402
import pii_gen  # noqa: E402

BUILD_DATE = "2026-12-05"
SEED_INJ, SEED_SEC, SEED_PII = 1010, 2020, 3030


class Balancer:
    def __init__(self, r):
        self.r = r
        self.count = Counter()

    def pick(self, allowed):
        allowed = list(allowed)
        m = min(self.count[c] for c in allowed)
        best = [c for c in allowed if self.count[c] == m]
        c = self.r.choice(best)
        self.count[c] += 1
        return c


ROLE = {"en": ("User", "Assistant"), "de": ("Nutzer", "Assistent"), "pt": ("Utilizador", "Assistente")}
PRE = {"en": [("Good morning!", "Good morning! What can I help you with today?"),
              ("I have a couple of quick questions.", "Sure, go ahead."),
              ("Are you still there?", "Yes, I'm here. What do you need?"),
              ("Thanks for the help yesterday.", "You're welcome! What's next?")],
       "de": [("Guten Morgen!", "Guten Morgen! Wobei kann ich helfen?"), ("Ich habe eine kurze Frage.", "Gern, schießen Sie los.")],
       "pt": [("Bom dia!", "Bom dia! Em que posso ajudar?"), ("Tenho uma pergunta rápida.", "Claro, diga.")]}


def chatbot_export(r, lang, core):
    u, a = ROLE.get(lang, ROLE["en"])
    cname, dom = company(r)
    q, ans = r.choice(PRE.get(lang, PRE["en"]))
    pre = f"{u}: {q}\n{a}: {ans}"
    return (f"Assistant conversation export\nWorkspace: {cname}\nExported: {date_str(r)}\nConversation id: conv_{r.randint(10**7, 10**8)}\n\n"
            f"{pre}\n\n{core}\n\n[end of export]\n")


def build_injection():
    r = random.Random(SEED_INJ)
    bal = Balancer(r)
    rows = []
    for p in PAYLOADS:
        if "custom" in p:
            fmt, text = p["custom"](r)
            bal.count[fmt] += 1
        else:
            fmt = bal.pick(p["carriers"] or CARRIER_NAMES)
            text = CARRIERS[fmt](r, p["lang"], p["text"], p["raw"])
        rows.append({"format": fmt, "lang": p["lang"], "label": "injection", "category": p["category"], "text": text})
    # ordinary benign
    langs = ["en"] * 80 + [NON_EN[i % len(NON_EN)] for i in range(20)]
    r.shuffle(langs)
    for lg in langs:
        fmt = bal.pick(CARRIER_NAMES)
        rows.append({"format": fmt, "lang": lg, "label": "benign", "category": "ordinary", "text": CARRIERS[fmt](r, lg, None)})
    # hard negatives
    for h in hn.HARD:
        c = bal.pick(h["carriers"])
        if c == "chatbot_export":
            fmt, text = "chat_transcript", chatbot_export(r, h["lang"], h["text"])
        else:
            fmt, text = c, CARRIERS[c](r, h["lang"], h["text"])
        rows.append({"format": fmt, "lang": h["lang"], "label": "benign", "category": h["category"], "text": text})
    for fn in hn.DETECTOR_FUNCS:
        fmt, text = fn(r)
        rows.append({"format": fmt, "lang": "en", "label": "benign", "category": "detector_test_file", "text": text})
    for fn in hn.ENCODED_FUNCS:
        fmt, text = fn(r)
        rows.append({"format": fmt, "lang": "en", "label": "benign", "category": "encoded_benign", "text": text})
    for fn in hn.HIDDEN_FUNCS:
        fmt, text = fn(r)
        rows.append({"format": fmt, "lang": hn.HIDDEN_LANG.get(fn.__name__, "en"), "label": "benign", "category": "hidden_html_benign", "text": text})
    r.shuffle(rows)
    out = []
    for i, row in enumerate(rows):
        out.append({"id": f"inj-{i + 1:04d}", **row})
    return out


def finalize(rows, prefix, seed):
    r = random.Random(seed)
    r.shuffle(rows)
    return [{"id": f"{prefix}-{i + 1:04d}", **row} for i, row in enumerate(rows)]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def counts(rows, key):
    return dict(sorted(Counter(x[key] for x in rows).items(), key=lambda kv: (-kv[1], kv[0])))


def stats_for(rows, keys):
    return {"rows": len(rows), **{f"by_{k}": counts(rows, k) for k in keys}}


# ------------------------------------------------------------------ checks
def self_check(inj, sec, pii):
    errs = []

    def chk(cond, msg):
        if not cond:
            errs.append(msg)

    for name, rows, n in (("injection", inj, 400), ("secrets", sec, 150), ("pii", pii, 150)):
        ids = [x["id"] for x in rows]
        chk(len(rows) == n, f"{name}: {len(rows)} rows, expected {n}")
        chk(len(set(ids)) == len(ids), f"{name}: duplicate ids")
        texts = [x["text"] for x in rows]
        chk(len(set(texts)) == len(texts), f"{name}: duplicate texts")
    # injection
    lab = Counter(x["label"] for x in inj)
    chk(lab == Counter({"injection": 160, "benign": 240}), f"injection labels {lab}")
    chk(sum(1 for x in inj if x["category"] == "ordinary") == 100, "ordinary count")
    chk(sum(1 for x in inj if x["label"] == "benign" and x["category"] != "ordinary") == 140, "hard negative count")
    chk(len(set(x["format"] for x in inj)) >= 20, "fewer than 20 carriers")
    non_en_inj = sum(1 for x in inj if x["label"] == "injection" and x["lang"] != "en")
    chk(35 <= non_en_inj <= 45, f"non-English injections {non_en_inj}")
    for x in inj:
        chk(200 <= len(x["text"]) <= 6000, f"{x['id']} length {len(x['text'])}")
        chk(set(x) == {"id", "format", "lang", "label", "category", "text"}, f"{x['id']} fields")
    # secrets
    lab = Counter(x["label"] for x in sec)
    chk(lab == Counter({"secret": 90, "clean": 60}), f"secret labels {lab}")
    for x in sec:
        if x["label"] == "secret":
            chk(len(x["secrets"]) > 0, f"{x['id']} has no secrets")
            for s in x["secrets"]:
                chk(s in x["text"], f"{x['id']} secret not verbatim")
        else:
            chk(x["secrets"] == [], f"{x['id']} clean row with secrets")
    # pii
    lab = Counter(x["label"] for x in pii)
    chk(lab == Counter({"pii": 108, "clean": 42}), f"pii labels {lab}")
    prim = Counter(x["category"] for x in pii if x["label"] == "pii")
    chk(all(prim[t] == 18 for t in ("email", "phone", "ssn", "credit_card", "iban", "ipv4")), f"pii primary {prim}")
    import re
    email_re = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
    ip_re = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
    for x in pii:
        ents = x["entities"]
        if x["label"] == "clean":
            chk(ents == [], f"{x['id']} clean row with entities")
            chk("@" not in x["text"], f"{x['id']} clean row contains @")
            continue
        chk(len(ents) > 0, f"{x['id']} no entities")
        chk(any(e["type"] == x["category"] for e in ents), f"{x['id']} primary type missing")
        vals = {(e["type"], e["value"]) for e in ents}
        for e in ents:
            chk(e["type"] in ("email", "phone", "ssn", "credit_card", "iban", "ipv4"), f"{x['id']} bad type")
            chk(e["value"] in x["text"], f"{x['id']} entity not verbatim: {e['value']}")
            if e["type"] == "credit_card":
                chk(pii_gen.luhn_ok(e["value"]), f"{x['id']} Luhn fails {e['value']}")
            if e["type"] == "iban":
                chk(pii_gen.iban_valid(e["value"]), f"{x['id']} IBAN fails {e['value']}")
            if e["type"] == "ssn":
                dg = "".join(c for c in e["value"] if c.isdigit())
                chk(len(dg) == 9 and dg[:3] not in ("000", "666") and dg[0] != "9" and dg[3:5] != "00" and dg[5:] != "0000", f"{x['id']} SSN invalid")
        for m in email_re.findall(x["text"]):
            chk(("email", m) in vals, f"{x['id']} unlisted email {m}")
        for m in ip_re.finditer(x["text"]):
            chk(("ipv4", m.group(0)) in vals, f"{x['id']} unlisted ipv4 {m.group(0)}")
    # every line parses
    for fn in ("injection.jsonl", "secrets.jsonl", "pii.jsonl"):
        with open(os.path.join(OUT, fn), encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                try:
                    json.loads(line)
                except Exception as ex:  # pragma: no cover
                    errs.append(f"{fn}:{k + 1} does not parse: {ex}")
    return errs


# ------------------------------------------------------------------ README
def md_table(d, h1, h2="rows"):
    lines = [f"| {h1} | {h2} |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in d.items()]
    return "\n".join(lines)


def cross(rows, a, b):
    c = Counter((x[a], x[b]) for x in rows)
    return dict(sorted({f"{k[0]} / {k[1]}": v for k, v in c.items()}.items()))


def write_readme(stats, inj):
    s_inj, s_sec, s_pii = stats["injection.jsonl"], stats["secrets.jsonl"], stats["pii.jsonl"]
    non_en = {k: v for k, v in Counter(x["lang"] for x in inj if x["lang"] != "en").items()}
    txt = f"""# heldout10 — held-out evaluation set for tool-output scanners

Date: {BUILD_DATE}

## Purpose

A small, independent evaluation set for detectors that scan the output of AI-agent tools
(web pages, tickets, emails, logs, API JSON, configs, ...) for (a) prompt injection,
(b) leaked secrets and (c) personal data. It is meant to be used once, to measure how well an
existing detector generalises to text it has never seen.

## Independence statement

All texts were written for this set from general knowledge. While building it I worked only inside
`/work/heldout10`. I did not open, list, read or search any other folder on the machine (nothing under
`/work/main`, `/work/shared`, `/work/.library`, `/tmp` or any home directory), did not use any search or
fetch tool, and did not look at any existing data set, detector, rule list or project. No third-party
packages were used: only the Python 3 standard library.

## Files

| file | rows | labels |
|---|---|---|
| injection.jsonl | {s_inj['rows']} | {', '.join(f'{k}: {v}' for k, v in s_inj['by_label'].items())} |
| secrets.jsonl | {s_sec['rows']} | {', '.join(f'{k}: {v}' for k, v in s_sec['by_label'].items())} |
| pii.jsonl | {s_pii['rows']} | {', '.join(f'{k}: {v}' for k, v in s_pii['by_label'].items())} |
| stats.json | – | all counts below, machine-readable |
| build/ | – | the generator (`build.py` plus helper modules) |

One JSON object per line, UTF-8, `json.dumps(..., ensure_ascii=False)`.

### injection.jsonl

Fields: `id`, `format` (carrier), `lang` (ISO 639-1), `label` (`injection` / `benign`), `category`, `text`.

By label / category:

{md_table(cross(inj, 'label', 'category'), 'label / category')}

By language (all rows):

{md_table(s_inj['by_lang'], 'lang')}

Non-English rows: {sum(non_en.values())} (injections: {sum(1 for x in inj if x['label'] == 'injection' and x['lang'] != 'en')},
ordinary benign: {sum(1 for x in inj if x['category'] == 'ordinary' and x['lang'] != 'en')},
hard negatives: {sum(1 for x in inj if x['label'] == 'benign' and x['category'] != 'ordinary' and x['lang'] != 'en')}).

By format ({len(s_inj['by_format'])} carriers):

{md_table(s_inj['by_format'], 'format')}

### secrets.jsonl

Fields: `id`, `format`, `label` (`secret` / `clean`), `category` (provider kind, or look-alike kind),
`secrets` (exact strings as they occur in `text`; empty for clean rows), `text`.

{md_table(cross(json.loads(json.dumps(SEC_ROWS)), 'label', 'category'), 'label / category')}

By format:

{md_table(s_sec['by_format'], 'format')}

### pii.jsonl

Fields: `id`, `format`, `label` (`pii` / `clean`), `category` (primary PII type, or look-alike kind),
`entities` (list of `{{"type", "value"}}`, types exactly `email`, `phone`, `ssn`, `credit_card`, `iban`, `ipv4`,
values verbatim from `text`), `text`.

{md_table(cross(PII_ROWS, 'label', 'category'), 'label / category')}

Entity counts by type (all rows): {', '.join(f'{k}: {v}' for k, v in stats['pii_entity_types'].items())}

By format:

{md_table(s_pii['by_format'], 'format')}

## How the rows were made

Everything is produced by `build/build.py` with fixed seeds (`random.Random({SEED_INJ})`, `({SEED_SEC})`, `({SEED_PII})`);
no dict/set iteration depends on `PYTHONHASHSEED`, and no bytecode is written.

* **Injection payloads** (160) were written by hand in `build/inj_payloads.py`, nine categories
  (instruction_override, task_hijack, tool_command, exfiltration, output_manipulation, social_engineering,
  hidden_obfuscated, memory_persistence, fake_role_turn), about a quarter in 15 languages other than English.
  Most address the model implicitly ("whoever summarises this…", "the reply to the customer should…"). The stock
  phrase "ignore (all) previous instructions" occurs in no injection row (one uses the near variant "Ignore what you
  were told…"), but deliberately in several hard negatives (quoted in articles, test files, transcripts). Obfuscated payloads are computed (zero-width interleaving, Unicode tag
  characters, base64, ROT13, reversed text, leetspeak, Cyrillic homoglyphs, fullwidth letters, hidden HTML,
  HTML comments, image alt text, markdown comments, and instructions split across CSV cells or JSON fields).
* **Carriers** (`build/carriers.py`) build realistic filler (email headers, HTML pages, ticket threads,
  API JSON, Slack exports, wiki pages, Python files, psql result tables, CSV exports, app and JSON-lines logs,
  ICS invites with RFC 5545 line folding, PDF-extracted text, search-result JSON, PR descriptions, YAML configs,
  product reviews, RSS, chat transcripts, CRM notes, forum threads, meeting notes) in the row's language and
  insert the payload at a random position, escaped as the format requires (JSON string, CSV cell, log field,
  YAML comment or block scalar, code comment or docstring, ICS DESCRIPTION, HTML paragraph, CDATA).
  Carriers are assigned by a balancer so that each is used roughly equally.
* **Ordinary benign** rows are carriers with filler only (20 non-English).
* **Hard negatives** (140, `build/hard_negatives.py`) cover 12 kinds: security_article, llm_app_documentation,
  runbook_imperative, colleague_request, customer_support_macro, fiction_or_roleplay, moderation_report,
  legal_or_policy_text, chatbot_transcript (hand-written passages placed in carriers), and detector_test_file,
  encoded_benign, hidden_html_benign (whole documents generated by code: test suites full of quoted attack strings,
  SRI/lockfile/digest/base64/PGP/hexdump content, sr-only text, honeypot fields, preheaders, hidden inputs, comments).
* **Secrets** (`build/secrets_gen.py`): 30 provider kinds x 3 rows, token bodies drawn at random in the vendors'
  documented shapes (prefixes, lengths, alphabets), placed in 12 leak contexts (dotenv, CI log with `set -x`,
  git diff, stack trace with locals, Slack export, docker-compose, JSON config, shell history, Kubernetes Secret,
  tfvars, Python source, support ticket) plus terminal sessions for private keys. 12 clean look-alike kinds x 5.
* **PII** (`build/pii_gen.py`): 6 primary types x 18 rows from 6 templates each; phones from 21 national numbering
  plans with and without country code; SSNs valid under SSA rules (area 001–899 except 666, group ≠ 00,
  serial ≠ 0000) always labelled as SSN in context; Luhn-valid cards with Visa, Mastercard (51–55 and 2221–2720),
  Amex, Discover, JCB, Diners, UnionPay prefixes; IBANs for 20 countries with correct lengths and mod-97 check digits;
  public IPv4 addresses (private, loopback, link-local, CGNAT, benchmarking, multicast and documentation ranges excluded).
  42 clean look-alike rows of 9 kinds with no names, emails, phones or IPs.
* Rows in each file are shuffled with a fixed seed before ids are assigned.

## Judgement calls

* An injection is text that tries to get an AI reader to do something its user did not ask for. Requests in
  chat transcripts made by the *user* to their own assistant (e.g. "please remember I prefer metric units") are
  benign (`chatbot_transcript`), while the same request planted in a document is `memory_persistence`.
* Test files and fixtures that contain attack strings as data (`detector_test_file`), security articles that quote
  payloads and moderation reports that describe them are labelled benign. A detector that flags them is producing a
  false positive for the purpose of this set, though some users may prefer to be warned.
* Hidden HTML is not by itself an injection: preheaders, sr-only text, honeypots and comments are benign; only hidden
  content that addresses an AI reader is labelled injection.
* Secrets: for database URLs and `https://user:pass@host` URLs the whole credential-bearing URL is listed as the
  secret. For pairs (AWS key id + secret key, Twilio API key SID + secret, Datadog API + app key) both strings are listed.
  Inside JSON texts the secret is listed in its JSON-escaped form (e.g. a PEM key with literal `\\n`), because that is
  how it occurs in `text`.
* Clean secret look-alikes deliberately include strings that match naive regexes: masked values such as
  `ghp_XXXX…` with a real-looking tail, the placeholder `AKIAXXXXXXXXXXXXXXXX`, and the vendors' published documentation
  examples (AWS `AKIAIOSFODNN7EXAMPLE` / `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, the jwt.io sample token). These are
  labelled clean because they grant no access. Stripe publishable keys (`pk_live_`, `pk_test_`) and a Mapbox public
  token are clean. Azure tenant/client ids (UUIDs) are clean.
* The Twilio Account SID was left out of secret rows (it is an identifier, not a credential) to avoid ambiguity.
* PII: every email and IPv4 in a PII row is listed, including senders' and signature addresses. Names, street
  addresses, dates of birth and EINs occur in some PII rows but are not annotated (they are not among the six types).
  CIDR suffixes are not part of the IPv4 value (`203.x.y.z/32` -> `203.x.y.z`).
* Clean PII rows include dotted quads that are valid as IPv4 syntax but are version numbers (e.g. `build 2.1.15.242`),
  SNMP OIDs and 16-digit references that fail Luhn; they are labelled clean.
* Invented company domains are used in both benign and attack rows; attack domains use ordinary TLDs (.com, .net, .io).
  Some real webmail domains (gmail.com, outlook.com, …) appear in PII email addresses; the local parts are invented.

## Known limitations

* Filler prose comes from a limited pool of sentences per language (about 40 English, 6–8 per other language), so
  benign filler repeats across rows; a detector could not exploit this for labels, since injection and benign rows
  share the same pools.
* Structural parts of non-English rows (headers, JSON keys, log formats) are in English, as they usually are in practice.
* Non-English payloads were written by one author; they aim to be natural but were not reviewed by native speakers.
* Secret bodies are random and do not carry the vendors' internal checksums (e.g. GitHub's CRC32 suffix), so a detector
  that validates checksums will reject them. PEM/OpenSSH bodies are random base64 after a realistic header.
* Phone numbers are valid in shape and prefix for their plans but may be assigned to real subscribers by chance;
  the same holds for IBANs (random account numbers with correct check digits) and public IPv4 addresses.
* 400/150/150 rows give wide confidence intervals for per-category metrics (about 17–20 rows per category).

## Rebuild

```
cd /work/heldout10
python3 build/build.py
```

The build ends with a self-check (ids unique, counts, verbatim secrets and entities, empty lists on clean rows,
Luhn, mod-97, SSA rules, no unlisted emails/IPv4s in PII rows, every line parses) and exits non-zero on failure.
Running it with different `PYTHONHASHSEED` values gives byte-identical output.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(txt)


SEC_ROWS = []
PII_ROWS = []


def main():
    inj = build_injection()
    sec = finalize(secrets_gen.build(random.Random(SEED_SEC)), "sec", SEED_SEC + 1)
    pii = finalize(pii_gen.build(random.Random(SEED_PII)), "pii", SEED_PII + 1)
    SEC_ROWS.extend(sec)
    PII_ROWS.extend(pii)
    write_jsonl(os.path.join(OUT, "injection.jsonl"), inj)
    write_jsonl(os.path.join(OUT, "secrets.jsonl"), sec)
    write_jsonl(os.path.join(OUT, "pii.jsonl"), pii)
    stats = {
        "build_date": BUILD_DATE,
        "injection.jsonl": stats_for(inj, ["label", "category", "lang", "format"]),
        "secrets.jsonl": stats_for(sec, ["label", "category", "format"]),
        "pii.jsonl": stats_for(pii, ["label", "category", "format"]),
        "injection_non_english_by_label": dict(sorted(Counter(x["label"] for x in inj if x["lang"] != "en").items())),
        "pii_entity_types": dict(sorted(Counter(e["type"] for x in pii for e in x["entities"]).items())),
        "secrets_listed": sum(len(x["secrets"]) for x in sec),
    }
    with open(os.path.join(OUT, "stats.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(stats, ensure_ascii=False, indent=2) + "\n")
    write_readme(stats, inj)
    errs = self_check(inj, sec, pii)
    if errs:
        for e in errs[:50]:
            print("SELF-CHECK FAIL:", e, file=sys.stderr)
        print(f"{len(errs)} problems", file=sys.stderr)
        sys.exit(1)
    print("self-check passed:", len(inj), len(sec), len(pii))


if __name__ == "__main__":
    main()
