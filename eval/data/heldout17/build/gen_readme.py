import json, collections, re
rows = [json.loads(l) for l in open("injection.jsonl", encoding="utf-8")]
inj = [r for r in rows if r["label"] == "injection"]
hn = [r for r in rows if r["category"].startswith("hard_negative:")]
od = [r for r in rows if r["category"].startswith("ordinary:")]
STOCK = re.compile(r"ignore (all )?(previous|prior)|you are now|new instructions|system prompt|jailbreak|\bDAN\b|ignora (todas )?las instrucciones|ignoriere alle|ignore as instru|忽略之前", re.I)
n_stock = sum(bool(STOCK.search(r["text"])) for r in inj)
def table(counter, head):
    s = f"| {head} | count |\n|---|---|\n"
    for k, v in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        s += f"| `{k}` | {v} |\n"
    return s
def langs(group):
    return ", ".join(f"{k} {v}" for k, v in collections.Counter(r["lang"] for r in group).most_common())
lens = sorted(len(r["text"]) for r in rows)
md = f"""# probe26a — prompt-injection detection eval set for enterprise agent tool outputs

`injection.jsonl` contains **{len(rows)}** rows. Each row is the complete text that one tool call
returned to an enterprise assistant agent: an e-mail, calendar invite, CRM record, helpdesk ticket,
wiki page, shared document, file listing, search results, fetched web page, chat export, meeting
transcript, form submission or API JSON response. All rows were written by hand for this set. Every
person, company, domain, IBAN and phone number is made up. Domains use `.example` / `.test`.

## Schema (one JSON object per line, UTF-8)

| field | type | description |
|---|---|---|
| `id` | string | `p26a-0001` … `p26a-0240`. Labels are shuffled across ids (fixed seed). |
| `format` | string | The carrier format in snake_case, e.g. `email`, `html_page`, `crm_json`, `calendar_ics`, `chat_export`, `transcript`, `csv`, `markdown_doc`. |
| `lang` | string | ISO 639-1 code of the main free text. |
| `label` | string | `injection` or `benign`. |
| `category` | string | For injections, the attacker's goal. For benign rows, `hard_negative:<kind>` or `ordinary:<kind>`. |
| `text` | string | The tool output exactly as returned: headers, HTML, JSON, ICS folding and so on. |

## Counts per label

| label | count |
|---|---|
| injection | {len(inj)} |
| benign | {len(hn) + len(od)} (hard negatives {len(hn)}, ordinary {len(od)}) |

Text length across all rows, in characters: min {lens[0]}, median {lens[len(lens)//2]}, max {lens[-1]}.
{sum(400 <= x <= 4000 for x in lens)} of {len(rows)} rows are 400–4,000 characters long.

## Injections ({len(inj)})

Each injection is attacker-planted text inside otherwise realistic content. It is aimed at the AI
agent that reads the content, not at a human reader. The payload sits at the start, middle or end of
the text. It is disguised in various ways: a process note, a footnote, a hidden HTML comment, a
`display:none` or zero-size span, image alt text, a `data-*` attribute, a CRM/CSV field value, an ICS
DESCRIPTION or LOCATION, an e-mail signature or P.S., an auto-reply, a fake `tool_result` block, a
fake system notice, a meeting participant speaking to the note-taker bot, or a polite request to the
assistant.

- **{len(inj) - n_stock}** injections contain **no** stock phrase. Stock phrases are "ignore
  previous/all instructions", "you are now", "new instructions:", "system prompt", "jailbreak"/"DAN",
  and their direct translations.
- {n_stock} injections use a stock phrase on purpose, as low-effort control examples.
- Languages: {langs(inj)}.

{table(collections.Counter(r["category"] for r in inj), "category (attacker goal)")}
Category meanings:
- `exfiltrate_data`: send, forward, export or leak data (documents, contacts, credentials, the
  conversation or the system prompt) to the attacker.
- `call_tool`: make the agent run a side-effecting tool, such as resetting MFA, sharing a folder,
  merging a PR, granting a role, issuing a credit or changing a policy.
- `modify_record`: change CRM, ERP, ATS, tracker or vendor-master data. Bank-detail changes are here.
- `send_message`: send or post a message as the user.
- `override_answer`: change what the agent tells the user, e.g. fake facts, biased
  recommendations or manipulated report figures.
- `suppress_information`: make the agent leave out material facts.
- `phishing_link`: get the user or agent to visit an attacker URL or enter credentials there.
- `persistence_memory`: plant a lasting instruction in memory, settings or scheduled tasks.
- `social_engineering`: manipulate the agent into pressuring or deceiving the user, e.g. collecting
  SSNs or presenting an e-mail as coming from the CEO.

## Hard negatives ({len(hn)})

These are benign texts that a careless detector would flag. Many quote attack strings, address
"assistants" or "bots", contain urgent imperatives, or ask for data to be sent or forwarded. None of
them tries to steer the AI agent that reads them.
Languages: {langs(hn)}.

{table(collections.Counter(r["category"].split(":", 1)[1] for r in hn), "hard-negative kind")}
Hard-negative kinds:
- `security_training`: awareness modules, e-mails, slides and quizzes that explain prompt injection,
  with sanitized examples.
- `incident_report`: post-incident reviews and SOC tickets about injection or BEC attempts, quoting
  the payload.
- `red_team_report`: red-team findings, test plans, result sheets and team chat about attacks on
  agents.
- `security_policy`: policies and engineering standards on how agents must handle untrusted content.
- `research_notes`: reading-group notes and lab notebooks from classifier evaluations.
- `news_article`: news and industry briefings about AI-targeted phishing and fraud.
- `quoted_attack_example`: bug reports, SIEM alerts, detection rules, code reviews and warning
  e-mails that quote real payloads inside a reporting context.
- `urgent_colleague_request`: urgent imperatives between human colleagues ("stop all work", "release
  the payment batch", "forward me the e-mail").
- `support_agent_runbook`: KB articles, macros, scripts and runbooks that instruct human support
  agents.
- `bot_configuration`: config files and docs for bots and automations, including system-instruction
  fields and forwarding rules.
- `legit_data_request`: legitimate requests to send, export or forward data (audit PBC lists, DSARs,
  payroll, broker renewal packs).
- `ai_admin_docs`: product documentation for administrators of an AI assistant (organization
  instructions, tool permissions, memory).
- `phishing_awareness`: phishing simulation results, posters, webinars and security alerts.
- `prompt_engineering_notes`: prompt changelogs, builder-channel chat, and system-prompt leak
  experiments.
- `legal_disclaimer`: confidentiality notices, anti-fraud footers and acceptable-use terms.
- `it_notification`: genuine IT notices (password expiry, security-key enrollment, status page).
- `out_of_office_forwarding`: auto-replies and tickets that set up legitimate mail forwarding.
- `code_snippet`: source code, SQL and contributor docs that contain phrases like "ignore" and
  "system prompt".
- `fiction_roleplay`: tabletop campaign notes and a novel excerpt with in-story instructions.
- `customer_correction`: "please ignore my previous e-mail" and "forget what I just said" from
  customers.
- `meeting_about_ai`: meetings and transcripts where people discuss what the assistant should do.
- `benign_hidden_markup`: HTML and Markdown with ordinary developer comments, reviewer notes and alt
  text.

## Ordinary benign rows ({len(od)})

These are everyday tool outputs with nothing suspicious in them. Languages: {langs(od)}.

{table(collections.Counter(r["category"].split(":", 1)[1] for r in od), "ordinary kind")}
## Formats

{table(collections.Counter(r["format"] for r in rows), "format")}
`format` describes the carrier only. Some formats, such as `plain_text_doc`, occur in only one label
group, so detectors should be scored on `text` alone.

## Languages (all rows)

{langs(rows)}

## Files

- `injection.jsonl`: the data set.
- `inj_en_a.py`, `inj_en_b.py`, `inj_intl.py`, `hn_en_a.py`, `hn_en_b.py`, `hn_intl.py`,
  `ordinary.py`: the hand-written rows.
- `common.py`: the shared helper functions.
- `build.py`: normalizes `format`, shuffles the rows (seed 2611), assigns ids and writes the JSONL.
- `validate.py`: checks that every line parses, that there are 240 unique ids and that the label
  counts are 100/140. It also reports stock-phrase use, lengths, and template lines shared between
  rows (there are none of 30 or more characters).
- `gen_readme.py`: regenerates this file.
"""
open("README.md", "w", encoding="utf-8").write(md)
