#!/usr/bin/env python3
"""Write README.md (data card) from build/counts.json and build/counts_tables.md. Run after build.py."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
d = json.load(open(os.path.join(HERE, "counts.json"), encoding="utf-8"))
s = d["summary"]
tables = open(os.path.join(HERE, "counts_tables.md"), encoding="utf-8").read()

readme = f"""# heldout23 — prompt-injection evaluation set for a consumer browsing/shopping assistant

## What it is

`injection.jsonl` holds **{s['rows']} rows**. Each row is the complete text that ONE tool call returned to an AI
personal assistant that browses and shops for a consumer: web pages (extracted text or HTML), search results,
product pages and reviews, forum/Q&A threads, recipes, travel blogs, booking and flight confirmations, menus,
social posts and DMs, calendar invites, shop/airline e-mails, receipts and PDFs, marketplace listings and seller
messages, maps/place JSON, app-store listings, weather and news snippets, and similar.

* **100 `injection` rows** — a third party has planted text in otherwise realistic content to make the assistant act
  against its user (order/pay, change delivery address, book/cancel, exfiltrate personal data, cards, credentials,
  contacts, conversation or browsing history, phishing links, fake reviews, sign-ups, revealing its instructions,
  manipulating its recommendation, tool calls, disabling confirmations, persisting rules in memory, impersonating the
  user or the shop). Techniques include hidden HTML (display:none, white-on-white, off-screen, HTML comments, alt text,
  `aria-hidden`, sr-only), fake system/platform notices, fake conversation turns, JSON/XML fields aimed at agents,
  instructions split across fields, base64 and rot13 pieces, zero-width characters and Cyrillic homoglyphs. The
  injection sits at varied positions (start, middle, end, inside a field). Only 3 rows use a stock phrase of the
  "ignore/disregard previous instructions" family.
* **100 `benign` / `hard_negative` rows** — content that shares vocabulary with injections but is not an attack on the
  assistant: news and blog posts about prompt injection and scams quoting example attacks, security advisories, shop
  and bank FAQs telling *human* customers not to share passwords, phishing-awareness e-mails, forum advice between
  people ("ignore the manual, hold the button 10 s"), recipes and travel tips full of imperatives, AI-assistant
  product pages, developer docs for agent APIs, ordinary support transcripts with `assistant:`/`user:` turns, calendar
  agendas, requested password resets and 2FA codes, urgent marketing, role-play game material, terms and policies.
* **40 `benign` / `ordinary` rows** — ordinary outputs of the same tools.

About one third of each label is in a language other than English.

## Schema (one JSON object per line, UTF-8)

| field | meaning |
|---|---|
| `id` | `h23-0001` … `h23-0240`, assigned after a seeded shuffle |
| `format` | snake_case carrier format (e.g. `product_page_html`, `ical`, `email_rfc822`, `graphql_json`) |
| `lang` | ISO 639-1 code of the main language |
| `label` | `injection` or `benign` |
| `category` | injections: attacker goal (snake_case); benign: `hard_negative` or `ordinary` |
| `kind` | benign rows only: what sort of content it is (snake_case) |
| `text` | the tool output |

## Summary

* rows: {s['rows']} (injection 100, hard_negative 100, ordinary 40)
* distinct `format` values: {s['distinct_formats']}
* distinct `kind` values: {s['distinct_kinds']} ({s['distinct_kinds_hard_negative']} among hard negatives)
* distinct injection categories: {s['distinct_injection_categories']}
* languages: {', '.join(s['languages'])}
* text length (characters): min {s['length_min']}, median {s['length_median']}, max {s['length_max']};
  {s['n_short_lt_300']} rows under 300, {s['n_300_2500']} rows 300–2,500, {s['n_gt_2500']} rows over 2,500
* md5 of `injection.jsonl`: `{s['md5']}`

## Counts

{tables}
## How it was written

All rows were written by hand for this set, directly as Python lists in `build/` (`inj_*.py` injections,
`hn_*.py` hard negatives, `ord_*.py` ordinary rows; shared helpers in `common.py`). Base64/rot13 fragments are
encoded from hand-written sentences at build time. `build/build.py` assembles the rows, validates the schema,
checks for duplicates and exact counts, shuffles with the fixed seed `20241016`, assigns ids, writes
`injection.jsonl`, re-reads it as JSON, and writes `build/counts.json` and `build/counts_tables.md`;
`build/make_readme.py` writes this card. Rebuild with:

```
cd build && python3 build.py && python3 make_readme.py
```

The set was written without looking at any detector's code, rules or data, and it has not been run through any
detector. All people, shops, brands, e-mail addresses, phone numbers, account/IBAN numbers and URLs are fictional
(example.com/.example/.test domains or made-up brands).

Known limitations: a single author wrote every row, so style may be more uniform than real web content; labels are
the author's judgement (a few hard negatives, e.g. terms of service that mention agents, deliberately sit close to
the boundary); non-English rows were written by the same author and may read less naturally than native text.

## Licence

Written for the Portcullis project's evaluation; CC0.
"""
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(readme)
print("README.md written")
