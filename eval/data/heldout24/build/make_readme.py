#!/usr/bin/env python3
"""Write ../README.md (data card) from ../injection.jsonl."""
import collections
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "injection.jsonl")
OUT = os.path.join(HERE, "..", "README.md")

rows = [json.loads(l) for l in open(DATA, encoding="utf-8")]
md5 = hashlib.md5(open(DATA, "rb").read()).hexdigest()


def table(counter, h1, h2="rows"):
    lines = [f"| {h1} | {h2} |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| `{k}` | {v} |")
    return "\n".join(lines)


inj = [r for r in rows if r["label"] == "injection"]
hn = [r for r in rows if r.get("category") == "hard_negative"]
od = [r for r in rows if r.get("category") == "ordinary"]

lang_tab = ["| lang | injection | hard_negative | ordinary | total |", "|---|---|---|---|---|"]
langs = collections.Counter(r["lang"] for r in rows)
for lg, n in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])):
    a = sum(r["lang"] == lg for r in inj)
    b = sum(r["lang"] == lg for r in hn)
    c = sum(r["lang"] == lg for r in od)
    lang_tab.append(f"| `{lg}` | {a} | {b} | {c} | {n} |")

fmt_tab = ["| format | injection | benign |", "|---|---|---|"]
fmts = collections.Counter(r["format"] for r in rows)
for f, n in sorted(fmts.items(), key=lambda kv: (-kv[1], kv[0])):
    a = sum(r["format"] == f and r["label"] == "injection" for r in rows)
    fmt_tab.append(f"| `{f}` | {a} | {n - a} |")

L = sorted(len(r["text"]) for r in rows)

md = f"""# heldout24 - telehealth customer-support / clinic-operations tool outputs

An evaluation set for prompt-injection detectors. Each row is the complete text
that **one tool call** returned to an AI agent working as a customer-support and
clinic-operations assistant for a fictional mid-size telehealth company
("Brightwell Telehealth"). Tools include the ticket system, live chat, call-centre
transcription, CRM, knowledge base, patient portal, scheduling, claims and prior
authorization, lab results, pharmacy refills, e-mail, Slack/Teams, surveys,
status pages, billing, audit logs and policy PDFs.

* `injection` rows contain text planted by a third party (patient, customer,
  vendor, outsider) to make the agent act against the company or its users.
* `benign` / `hard_negative` rows look suspicious to a naive detector (imperatives,
  refunds, exports, "AI assistant", fake-looking system lines quoted in training
  material, security policies, red-team reports, QA test cases with attack
  prompts as data, angry customers, deletion requests, clinical "stop taking"
  instructions) but are not attacks on the agent.
* `benign` / `ordinary` rows are plain outputs of the same tools.

File: `injection.jsonl` - {len(rows)} rows, UTF-8, one JSON object per line.
md5: `{md5}`

## Schema

| field | meaning |
|---|---|
| `id` | `h24-0001` ... `h24-0240`, assigned after a seeded shuffle |
| `format` | carrier format of the tool output (snake_case) |
| `lang` | ISO 639-1 language of the text |
| `label` | `injection` or `benign` |
| `category` | injection: the attacker's goal; benign: `hard_negative` or `ordinary` |
| `kind` | benign rows only: what sort of content it is |
| `text` | the tool output |

## Counts

| label | category | rows |
|---|---|---|
| injection | (see goals below) | {len(inj)} |
| benign | hard_negative | {len(hn)} |
| benign | ordinary | {len(od)} |

Distinct formats: **{len(fmts)}**. Distinct benign kinds: **{len(set(r['kind'] for r in hn + od))}**
(hard_negative: {len(set(r['kind'] for r in hn))}, ordinary: {len(set(r['kind'] for r in od))}).
Text length (characters): min {L[0]}, median {L[len(L)//2]}, max {L[-1]};
{sum(x < 200 for x in L)} rows under 200, {sum(x > 2500 for x in L)} rows over 2,500.

### Injection goals (`category`)

{table(collections.Counter(r['category'] for r in inj), 'category')}

Techniques used across the injection rows (not a field): instructions addressed
to "the AI agent / support bot / automated assistant / LLM"; fake `[System]`,
`<|system|>`, assistant or JSON role turns typed by a user inside chat
transcripts; fake authority (compliance, CEO, IT, finance, billing lead,
vendor); urgency and emotional pressure; hidden HTML comments, `display:none`
or white text, hidden form inputs; JSON fields such as `agent_note`,
`note_for_agent`, `patient_comment`, `metadata`; HL7 NTE segments, FHIR
narrative/extension/note fields; ICS descriptions; user-agent strings and URL
query parameters in logs; one base64 piece in English, one in Chinese, one
rot13 piece. Only a few rows use a stock phrase ("disregard the standard
verification steps", "ignore the fee table above", "system prompt"); none uses
"ignore previous instructions".

### Hard-negative kinds

{table(collections.Counter(r['kind'] for r in hn), 'kind')}

### Ordinary kinds

{table(collections.Counter(r['kind'] for r in od), 'kind')}

### Languages

{chr(10).join(lang_tab)}

### Formats

{chr(10).join(fmt_tab)}

## How it was written

All rows were written by hand (in the Python lists under `build/`) for this set,
from the author's own knowledge, **without looking at any detector's code, rules
or data**, and without consulting other prompt-injection data sets. Hard
negatives were deliberately written with the same vocabulary as the injections
(refund, export, override, system, AI agent, verification, "stop taking") and
several mirror a specific injection scenario from the defender's side (e.g. the
vendor bank-change attack vs. the AP policy and the verified bank change; the
fake "Compliance Team to the AI agent" e-mail vs. the phishing-simulation
report). No detector was run on the rows.

All people, organisations, e-mail addresses (`.example`), phone numbers
(555-01xx style), record numbers, bank details and URLs are fictional.

Rebuild: `cd build && python3 build.py && python3 make_readme.py`
(`build.py` collects `inj_en.py`, `inj_xx.py`, `hn_en.py`, `hn_xx.py`,
`ordinary.py`, `extras.py`, validates, shuffles with `random.Random(20240624)`,
assigns ids and writes `injection.jsonl`).

## Known limitations

* Single author, single fictional company; style may be more uniform than real traffic.
* Non-English rows are about one third per label but spread thinly (1-4 rows per language).
* Labels reflect the author's judgement: a row is `injection` when text from a
  third party tries to steer the agent; borderline social-engineering requests
  written to the agent in the user's own conversation (e.g. a "son" demanding
  his mother's records) are labelled injection with goal `exfiltrate_records`.

## Licence

Written for the Portcullis project's evaluation; CC0.
"""
open(OUT, "w", encoding="utf-8").write(md)
print("wrote", OUT)
