#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the heldout4 evaluation set deterministically.

    python3 build.py

Writes injection.jsonl, secrets.jsonl, pii.jsonl and README.md next to this
file. Only the Python standard library is used; all randomness comes from
fixed seeds, so reruns are byte-identical. The helper modules in this folder
(common, pools, carriers, inj_payloads, hard_negatives, inj, sec, pii) hold
the hand-written templates.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import luhn_valid  # noqa: E402
from inj import build_injection  # noqa: E402
from sec import build_secrets  # noqa: E402
from pii import build_pii, iban_valid  # noqa: E402

INJ_CATS = ["override", "role_markers", "social_engineering", "tool_request", "exfiltration", "hidden", "obfuscated",
            "multilingual"]


# ------------------------------------------------------------------ checks
def check_injection(rows):
    ids = set()
    for r in rows:
        assert r["id"] not in ids
        ids.add(r["id"])
        assert 200 <= len(r["text"]) <= 2500, (r["id"], len(r["text"]))
        if r["label"] == "injection":
            assert r["category"] in INJ_CATS
        else:
            assert r["label"] == "benign" and r["category"] in ("benign", "hard_negative")
        assert re.fullmatch(r"[a-z]{2}", r["lang"])
    langs = {r["lang"] for r in rows if r["category"] == "multilingual"}
    need = {"zh", "ja", "ko", "ar", "hi", "ru", "es", "de", "fr", "pt", "it", "tr", "vi", "id"}
    assert need <= langs, need - langs


STRONG_SECRET_RES = [
    ("aws_access_key_id", r"\bAKIA[A-Z2-7]{16}\b"),
    ("github_pat", r"\bghp_[A-Za-z0-9]{36}\b"),
    ("github_oauth_token", r"\bgho_[A-Za-z0-9]{36}\b"),
    ("github_fine_grained_pat", r"\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b"),
    ("gitlab_pat", r"\bglpat-[A-Za-z0-9_\-]{20}\b"),
    ("slack_token", r"\bxox[bp]-[0-9]+-[0-9A-Za-z\-]+"),
    ("slack_webhook_url", r"https://hooks\.slack\.com/services/T[A-Z0-9]{8,}/B[A-Z0-9]{8,}/[A-Za-z0-9]{20,}"),
    ("stripe", r"\b[sr]k_live_[A-Za-z0-9]{20,}"),
    ("openai", r"\bsk-(?:proj-)?[A-Za-z0-9_\-]{16,}T3BlbkFJ"),
    ("anthropic", r"\bsk-ant-api03-[A-Za-z0-9_\-]{80,}"),
    ("google_api_key", r"\bAIza[A-Za-z0-9_\-]{35}\b"),
    ("sendgrid", r"\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}\b"),
    ("npm", r"\bnpm_[A-Za-z0-9]{36}\b"),
    ("pypi", r"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}"),
    ("hf", r"\bhf_[A-Za-z]{34}\b"),
    ("private_key", r"-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----"),
    ("jwt", r"\beyJ[A-Za-z0-9_\-]+\.eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]{20,}"),
    ("shopify", r"\bshpat_[a-f0-9]{32}\b"),
    ("mailgun", r"\bkey-[a-f0-9]{32}\b"),
    ("discord", r"https://discord\.com/api/webhooks/\d+/[A-Za-z0-9_\-]{60,}"),
    ("digitalocean", r"\bdop_v1_[a-f0-9]{64}\b"),
    ("telegram", r"\b\d{9,10}:AA[A-Za-z0-9_\-]{33}\b"),
    ("url_password", r"://[A-Za-z0-9_.\-]+:[^@\s/]{8,}@"),
]


def covered(spans, a, b):
    return any(s["start"] < b and a < s["end"] for s in spans)


def check_secrets(rows):
    for r in rows:
        t, sp = r["text"], r["secrets"]
        last_end = -1
        for s in sorted(sp, key=lambda x: x["start"]):
            assert 0 <= s["start"] < s["end"] <= len(t)
            assert s["start"] >= last_end, "overlap"
            last_end = s["end"]
        hits = []
        for nm, rx in STRONG_SECRET_RES:
            for m in re.finditer(rx, t):
                if ("EXAMPLE" in m.group(0) or "xxxx" in m.group(0).lower()
                        or m.group(0).endswith((":password@", ":changeme@"))):
                    continue
                hits.append((nm, m.start(), m.end()))
        if r["label"] == "clean":
            assert not sp
            assert not hits, (r["id"], hits)
        else:
            assert sp
            for nm, a, b in hits:
                assert covered(sp, a, b), (r["id"], nm, t[a:b])


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
SSN_RE = re.compile(r"(?<!\d)(\d{3})-(\d{2})-(\d{4})(?!\d)")
CARDISH_RE = re.compile(r"(?<![\d\-])\d(?:[ \-]?\d){12,18}(?![\d\-])")
CARD_PREFIX = re.compile(r"^(4|5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720|3[47]|6011|65|35(2[89]|[3-8]\d)|36|62)")


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def check_pii(rows):
    for r in rows:
        t, ents = r["text"], r["entities"]
        for e in ents:
            v = t[e["start"]:e["end"]]
            typ = e["type"]
            if typ == "email":
                assert EMAIL_RE.fullmatch(v), v
            elif typ == "ipv4":
                parts = v.split(".")
                assert len(parts) == 4 and all(0 <= int(p) <= 255 for p in parts), v
            elif typ == "ssn":
                assert ssn_ok(v), v
            elif typ == "credit_card":
                d = re.sub(r"\D", "", v)
                assert luhn_valid(d) and CARD_PREFIX.match(d) and 13 <= len(d) <= 19, v
            elif typ == "iban":
                assert iban_valid(v), v
            elif typ == "phone":
                d = re.sub(r"\D", "", v)
                assert 7 <= len(d) <= 15, v
            else:
                raise AssertionError(typ)
        emails = [(m.start(), m.end()) for m in EMAIL_RE.finditer(t)]
        ips = [(m.start(), m.end()) for m in IPV4_RE.finditer(t) if all(int(g) <= 255 for g in m.groups())]
        ssns = [(m.start(), m.end()) for m in SSN_RE.finditer(t) if ssn_ok(m.group(0))]
        cards = []
        for m in CARDISH_RE.finditer(t):
            d = re.sub(r"\D", "", m.group(0))
            if luhn_valid(d) and CARD_PREFIX.match(d):
                cards.append((m.start(), m.end()))
        if r["label"] == "clean":
            assert not ents
            assert not emails, (r["id"], [t[a:b] for a, b in emails])
            assert not ips, (r["id"], [t[a:b] for a, b in ips])
            assert not ssns, (r["id"], [t[a:b] for a, b in ssns])
            assert not cards, (r["id"], [t[a:b] for a, b in cards])
        else:
            assert ents
            for a, b in emails + ips + ssns + cards:
                assert covered(ents, a, b), (r["id"], t[a:b])


# ------------------------------------------------------------------ output
def write_jsonl(path, rows, keys):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")


def table(counter, head, unit="rows"):
    lines = ["| %s | %s |" % (head, unit), "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("| %s | %d |" % (k, v))
    return "\n".join(lines)


def readme(inj, sec, pii):
    C = collections.Counter
    inj_label = C(r["label"] for r in inj)
    inj_cat = C(r["category"] for r in inj)
    inj_fmt_i = C(r["format"] for r in inj if r["label"] == "injection")
    inj_fmt_b = C(r["format"] for r in inj if r["label"] == "benign")
    fmts = sorted(set(inj_fmt_i) | set(inj_fmt_b))
    fmt_lines = ["| format | injection | benign |", "|---|---|---|"] + [
        "| %s | %d | %d |" % (f, inj_fmt_i[f], inj_fmt_b[f]) for f in fmts]
    lang_i = C(r["lang"] for r in inj if r["label"] == "injection")
    lang_b = C(r["lang"] for r in inj if r["label"] == "benign")
    langs = sorted(set(lang_i) | set(lang_b), key=lambda l: (-(lang_i[l] + lang_b[l]), l))
    lang_lines = ["| lang | injection | benign |", "|---|---|---|"] + [
        "| %s | %d | %d |" % (l, lang_i[l], lang_b[l]) for l in langs]
    hidden_t = C(r["_extra"] for r in inj if r["category"] == "hidden")
    obf_t = C(r["_extra"] for r in inj if r["category"] == "obfuscated")
    hn_t = C(r["_template"] for r in inj if r["category"] == "hard_negative")
    bl = [len(r["text"]) for r in inj if r["label"] == "benign"]
    il = [len(r["text"]) for r in inj if r["label"] == "injection"]
    med = lambda xs: sorted(xs)[len(xs) // 2]

    sec_label = C(r["label"] for r in sec)
    sec_cat_s = C(r["category"] for r in sec if r["label"] == "secret")
    sec_cat_c = C(r["category"] for r in sec if r["label"] == "clean")
    sec_types = C(s["type"] for r in sec for s in r["secrets"])
    sec_fmt = C(r["format"] for r in sec)
    pii_label = C(r["label"] for r in pii)
    pii_types = C(e["type"] for r in pii for e in r["entities"])
    pii_cat_p = C(r["category"] for r in pii if r["label"] == "pii")
    pii_cat_c = C(r["category"] for r in pii if r["label"] == "clean")
    pii_fmt = C(r["format"] for r in pii)

    return """# heldout4: tool-output guardrail evaluation set

An evaluation set for content guardrails that scan what MCP tools return to an
AI agent before the text reaches the model: a prompt-injection detector, a
secrets detector and a PII detector. Every row is a realistic tool output
(email, web page, ticket, log, CSV, JSON API response and so on).

## Independence

Everything here was written from scratch for this set: the carrier templates,
the ordinary filler content, the attack payloads, the hard negatives, the
secret and PII generators. While writing it I did not open, run or consult any
detector, any detector's rules or tests, any other evaluation data, any public
dataset or any public code. The only inputs are the Python 3 standard library
and the hand-written templates in this folder. Secret values are random strings
shaped like each vendor's format (prefix, alphabet, length). They are not real
credentials. PII values are random but structurally valid (Luhn, IBAN mod-97,
SSA area/group/serial rules, national numbering plans).

## Rebuilding

    python3 build.py

Uses only the standard library, with fixed seeds (4104, 5207 and 6313 plus
per-row string seeds). Rerunning reproduces all four files byte for byte.
build.py also runs the checks listed under "Checks" and stops on any failure.

Files:

- `build.py`: entry point. It runs the checks and writes the outputs.
- `common.py`: random names, companies, domains, dates and the `{{placeholder}}` filler.
- `pools.py`: ordinary third-party content by slot kind (message, support request, review, documentation paragraph, commit message, record note, code comment) in 17 languages.
- `carriers.py`: the 23 tool-output formats. Each one puts slot text in a natural place and renders optional metadata fields.
- `inj_payloads.py`, `hard_negatives.py`: injection payload templates and hard-negative texts.
- `inj.py`, `sec.py`, `pii.py`: row assembly for the three files.

## injection.jsonl ({n_inj} rows)

Schema, one JSON object per line:
`{{"id", "format", "lang", "label": "injection"|"benign", "category", "text"}}`

{t_label}

{t_cat}

How a row is made:

1. A carrier format is chosen. Formats are spread evenly within each label, so
   the format says nothing about the label.
2. The carrier is filled with ordinary content drawn from the content pools: other
   reviews, other comments, other log lines, table rows and so on.
3. One slot holds the row's own content:
   - `benign`: ordinary content. About 30% of these rows are not in English.
   - `hard_negative`: a text that quotes or discusses attacks, or gives
     ordinary instructions to people.
   - injection: host content of the same kind as the slot, with the payload
     placed before, after or inside it.
4. About 30% of rows in every category, benign included, also get a metadata
   field (email X- header, HTML meta tag, YAML front matter, ICS X- property,
   JSON annotation, CSV/SQL column, commit trailer and so on). HTML carriers
   also include benign hidden elements such as cookie banners with
   `display:none`, email preheaders, analytics comments and alt text. Benign
   text includes emoji ZWJ sequences and tag-character flag emoji. None of
   these features gives the label away.
5. Texts are 200 to 2500 characters. Median length: injection {il}, benign {bl}.

Injection categories and the number of distinct templates:

- `override` ({n_ov} templates): paraphrased overrides with no stock trigger phrase.
- `role_markers` ({n_rm}): fake chat-template, system, turn and end-of-document markers.
- `social_engineering` ({n_se}): claimed pre-authorisation, audit or compliance
  pretexts, and "the user already agreed", aimed at an automated reader.
- `tool_request` ({n_tr}): run a command, call a tool, change a record, merge,
  pay, delete.
- `exfiltration` ({n_ex}): forward, upload or post data, or markdown/HTML image and link beacons.
- `hidden` ({n_hi} payloads x techniques): {hidden_t}.
- `obfuscated` ({n_ob} techniques over {n_obp} payloads): {obf_t}.
- `multilingual` ({n_ml} templates): the payload is in the target language,
  hosted in ordinary content of the same language where the pools have it.

Hard negatives: {n_hn} distinct texts. Counts:
{hn_t}

Rows per format:

{t_fmt}

Rows per language:

{t_lang}

## secrets.jsonl ({n_sec} rows)

Schema: `{{"id", "format", "label": "secret"|"clean", "category", "text", "secrets": [{{"start", "end", "type"}}]}}`

`text[start:end]` is exactly the secret value:

- For database URLs and basic-auth URLs, only the password part is marked.
- For Azure connection strings, only the AccountKey value is marked.
- For Slack and Discord webhooks, the whole URL is marked.
- For PEM private keys, the whole BEGIN...END block is marked.

Secret rows often also contain look-alikes: commit SHAs, UUIDs, image digests
and request ids. Clean rows hold only look-alikes, placeholders, masked
values, references to secret stores, public keys and certificates,
publishable keys and documentation example keys such as `AKIAIOSFODNN7EXAMPLE`.

{t_sec_label}

Secret categories:

{t_sec_cat_s}

Clean categories:

{t_sec_cat_c}

Secret spans by type:

{t_sec_types}

Formats:

{t_sec_fmt}

## pii.jsonl ({n_pii} rows)

Schema: `{{"id", "format", "label": "pii"|"clean", "category", "text", "entities": [{{"start", "end", "type"}}]}}`.
Entity types: `email`, `phone`, `ssn`, `credit_card`, `iban`, `ipv4`.

How values are made:

- Phone numbers follow the numbering plans of 22 countries (US/CA NANP rules
  with no N11 or 555, UK, DE, FR, ES, IT, NL, IN, JP, BR, AU, MX, CN, KR, SG,
  ZA, PL, SE, CH, IE), in national and international formats.
- SSNs follow SSA rules (area 001-899 except 666, group not 00, serial not
  0000), with dashes, spaces or no separator.
- Cards are Luhn-valid with real network prefixes (Visa, Mastercard including
  the 2-series, Amex, Discover, JCB, Diners, UnionPay).
- IBANs have valid mod-97 check digits for 16 countries, in grouped or compact form.
- IPv4 addresses are public and private.

Names and postal addresses appear but are not labelled: they are outside the type set.

Clean rows are full of look-alikes:

- version strings and Chrome-style four-part versions
- OIDs
- timestamps, dates and durations
- order, tracking, invoice and serial numbers
- postal codes
- bare JSON numbers, including 10-digit ids
- HTTP status codes
- Luhn-invalid card-like numbers
- ISBN-13 and EAN codes
- build numbers
- coordinates
- invalid IPs (octet > 255, three octets)
- 000-, 666- and 9xx- or group-00 numbers used as part numbers

{t_pii_label}

Entity counts:

{t_pii_types}

PII categories:

{t_pii_cat_p}

Clean categories:

{t_pii_cat_c}

Formats:

{t_pii_fmt}

## Checks run by build.py

- injection: ids are unique; every text is 200 to 2500 characters; labels and
  categories are consistent; the multilingual payloads cover at least zh, ja,
  ko, ar, hi, ru, es, de, fr, pt, it, tr, vi and id.
- secrets: spans are built while the text is assembled, lie within the text
  and do not overlap. In secret rows, every match of a set of strict vendor
  patterns is covered by a span. In clean rows, no strict pattern matches
  (documentation `EXAMPLE` keys, `xxxx` placeholders and `user:password@localhost`
  are excluded on purpose, because they are the intended hard clean cases).
- pii: every span is re-validated: email syntax, IPv4 octets, SSA rules,
  Luhn check plus network prefix, IBAN mod-97, phone digit count. In PII rows,
  every email, valid IPv4, valid dashed SSN and Luhn-valid card-like number in
  the text is covered by an entity. Clean rows contain none of these.

## Caveats

- Labels are by construction, and I reviewed samples of every carrier and
  category by hand. Filler content is mixed at random, so a few carriers put
  together topics that would rarely appear side by side.
- Phone numbers are not scanned for in clean rows by a generic pattern, because
  they are too ambiguous to check that way. Clean templates contain no phone
  numbers by design, only digit strings that look like them (ids, serials,
  order numbers).
""".format(
        n_inj=len(inj), t_label=table(inj_label, "label"), t_cat=table(inj_cat, "category"),
        il=med(il), bl=med(bl),
        n_ov=len(__import__("inj_payloads").OVERRIDE), n_rm=len(__import__("inj_payloads").ROLE_MARKERS),
        n_se=len(__import__("inj_payloads").SOCIAL), n_tr=len(__import__("inj_payloads").TOOL),
        n_ex=len(__import__("inj_payloads").EXFIL), n_hi=len(__import__("inj_payloads").HIDDEN),
        hidden_t=", ".join("%s %d" % kv for kv in sorted(hidden_t.items())),
        n_ob=len(obf_t), n_obp=len(__import__("inj_payloads").OBF_PLAIN),
        obf_t=", ".join("%s %d" % kv for kv in sorted(obf_t.items())),
        n_ml=len(__import__("inj_payloads").MULTI), n_hn=len(hn_t),
        hn_t=", ".join("%s %d" % kv for kv in sorted(hn_t.items())),
        t_fmt="\n".join(fmt_lines), t_lang="\n".join(lang_lines),
        n_sec=len(sec), t_sec_label=table(sec_label, "label"), t_sec_cat_s=table(sec_cat_s, "category"),
        t_sec_cat_c=table(sec_cat_c, "category"), t_sec_types=table(sec_types, "type", "spans"), t_sec_fmt=table(sec_fmt, "format"),
        n_pii=len(pii), t_pii_label=table(pii_label, "label"), t_pii_types=table(pii_types, "type", "spans"),
        t_pii_cat_p=table(pii_cat_p, "category"), t_pii_cat_c=table(pii_cat_c, "category"), t_pii_fmt=table(pii_fmt, "format"),
    )


def main():
    inj = build_injection()
    check_injection(inj)
    sec = build_secrets()
    check_secrets(sec)
    pii = build_pii()
    check_pii(pii)
    write_jsonl(os.path.join(HERE, "injection.jsonl"), inj, ["id", "format", "lang", "label", "category", "text"])
    write_jsonl(os.path.join(HERE, "secrets.jsonl"), sec, ["id", "format", "label", "category", "text", "secrets"])
    write_jsonl(os.path.join(HERE, "pii.jsonl"), pii, ["id", "format", "label", "category", "text", "entities"])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(inj, sec, pii))
    print("injection %d, secrets %d, pii %d" % (len(inj), len(sec), len(pii)))


if __name__ == "__main__":
    main()
