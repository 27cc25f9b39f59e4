"""Carrier formats. Each carrier builds realistic filler and places an optional
payload (injection, hard-negative passage, or nothing) at a random position."""
import csv
import datetime
import html
import io
import json
import textwrap

from common import (paragraph, sentences, person, company, email_of, date_str, time_str,
                    hexs, insert_at, PRODUCTS, REVIEW_EN, CHAT_CUSTOMER_EN, CHAT_AGENT_EN, REVIEW_TITLES_EN)


def pool_text(r, lang, pool, lo, hi):
    if lang != "en":
        return paragraph(r, lang, lo, hi)
    return " ".join(r.sample(pool, r.randint(lo, hi)))


def log_times(r, n):
    base = datetime.datetime(2024, r.randint(1, 12), r.randint(1, 28), r.randint(0, 20), r.randint(0, 59), r.randint(0, 59))
    out = []
    for _ in range(n):
        base += datetime.timedelta(milliseconds=r.randint(40, 90000))
        out.append(base)
    return out

TITLES = ["Quarterly operations update", "Warehouse move: what changes", "Release notes 4.2",
          "Onboarding checklist for new staff", "Customer feedback round-up", "Holiday shipping plan",
          "Vendor review summary", "Office relocation FAQ", "Support queue weekly report",
          "Product launch timeline", "Returns process refresh", "Team offsite logistics"]

GREET = {"en": "Hi {n},", "de": "Hallo {n},", "fr": "Bonjour {n},", "es": "Hola {n}:", "it": "Ciao {n},",
         "pt": "Olá {n},", "nl": "Hoi {n},", "pl": "Cześć {n},", "ru": "Здравствуйте, {n}!",
         "tr": "Merhaba {n},", "ar": "مرحبًا {n}،", "hi": "नमस्ते {n},", "zh": "{n},你好:",
         "ja": "{n}さん、お疲れさまです。", "ko": "{n}님, 안녕하세요.", "sv": "Hej {n},"}
BYE = {"en": "Best regards,", "de": "Viele Grüße", "fr": "Cordialement,", "es": "Un saludo,",
       "it": "Cordiali saluti,", "pt": "Com os melhores cumprimentos,", "nl": "Met vriendelijke groet,",
       "pl": "Pozdrawiam,", "ru": "С уважением,", "tr": "Saygılarımla,", "ar": "مع التحية،",
       "hi": "धन्यवाद,", "zh": "此致", "ja": "よろしくお願いいたします。", "ko": "감사합니다.",
       "sv": "Vänliga hälsningar,"}


def title_for(r, lang):
    if lang == "en":
        return r.choice(TITLES)
    s = sentences(r, lang, 1)[0].rstrip(" .。।")
    if lang in ("zh", "ja"):
        return s[:16]
    out = ""
    for w in s.split(" "):
        if len(out) + len(w) + 1 > 44:
            return out + " …"
        out = (out + " " + w).strip()
    return out


def rfc_date(r):
    d = datetime.datetime(2024, r.randint(1, 12), r.randint(1, 28), r.randint(7, 19), r.randint(0, 59), r.randint(0, 59))
    return d.strftime("%a, %d %b %Y %H:%M:%S") + r.choice([" +0000", " +0100", " +0200", " -0500"])


def iso(r):
    return f"{date_str(r)}T{time_str(r)}.{r.randint(0, 999):03d}Z"


def html_block(payload, raw):
    if raw:
        return payload
    esc = html.escape(payload, quote=False)
    parts = esc.split("\n\n")
    return "\n".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in parts)


def c_email(r, lang, payload, raw=False):
    sender, to = person(r), person(r)
    cname, dom = company(r)
    cname2, dom2 = company(r)
    blocks = [paragraph(r, lang) for _ in range(r.randint(2, 4))]
    if payload is not None:
        insert_at(r, blocks, payload)
    head = (f"From: {sender} <{email_of(sender, dom)}>\nTo: {to} <{email_of(to, dom2)}>\n"
            f"Date: {rfc_date(r)}\nSubject: {title_for(r, lang)}\n"
            f"Message-ID: <{hexs(r, 16)}@mail.{dom}>\nContent-Type: text/plain; charset=utf-8\n\n")
    body = GREET.get(lang, "{n},").format(n=to.split()[0]) + "\n\n" + "\n\n".join(blocks)
    return head + body + "\n\n" + BYE.get(lang, "Regards,") + "\n" + sender + "\n" + cname + "\n"


def c_html(r, lang, payload, raw=False):
    cname, dom = company(r)
    title = title_for(r, lang)
    blocks = []
    for i in range(r.randint(3, 5)):
        if i == 2:
            blocks.append(f"<h2>{html.escape(title_for(r, lang))}</h2>")
        blocks.append("<p>" + html.escape(paragraph(r, lang)) + "</p>")
    if payload is not None:
        insert_at(r, blocks, html_block(payload, raw))
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{html.escape(title)} | {cname}</title>\n<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n"
            f"<header><nav><a href=\"/\">Home</a> | <a href=\"/products\">Products</a> | <a href=\"/support\">Support</a></nav></header>\n"
            f"<main>\n<h1>{html.escape(title)}</h1>\n" + "\n".join(blocks) +
            f"\n</main>\n<footer>&copy; 2024 {cname} &middot; <a href=\"https://{dom}/privacy\">Privacy</a></footer>\n</body>\n</html>\n")


def c_ticket(r, lang, payload, raw=False):
    req, agent = person(r), person(r)
    cname, dom = company(r)
    blocks = ["--- Description ---\n" + paragraph(r, lang) + "\n" + paragraph(r, lang, 1, 2),
              f"--- Comment ({agent}, {date_str(r)} {time_str(r)[:5]}) ---\n" + paragraph(r, lang)]
    if r.random() < 0.5:
        blocks.append(f"--- Comment ({req}, {date_str(r)} {time_str(r)[:5]}) ---\n" + paragraph(r, lang, 1, 2))
    if payload is not None:
        insert_at(r, blocks, payload, allow_edges=0.3)
    return (f"Ticket #{r.randint(10000, 99999)}\nStatus: {r.choice(['Open', 'Pending', 'In progress'])}    "
            f"Priority: {r.choice(['Low', 'Normal', 'High'])}    Channel: {r.choice(['Email', 'Web form', 'Phone'])}\n"
            f"Requester: {req} <{email_of(req, dom)}>\nAssignee: {agent}\nSubject: {title_for(r, lang)}\n\n"
            + "\n\n".join(blocks) + "\n")


def c_api_json(r, lang, payload, raw=False):
    kind = r.choice(["order", "customer", "issue"])
    name = person(r)
    if kind == "order":
        attrs = {"status": r.choice(["processing", "shipped", "on_hold"]), "created_at": iso(r),
                 "customer_name": name, "currency": "EUR", "total": round(r.uniform(20, 900), 2),
                 "items": [{"sku": f"SKU-{r.randint(10000, 99999)}", "name": r.choice(PRODUCTS), "qty": r.randint(1, 3)}
                           for _ in range(r.randint(1, 3))],
                 "notes": paragraph(r, lang, 1, 2), "gift_message": sentences(r, lang, 1)[0]}
        fields = ["notes", "gift_message", "delivery_instructions"]
    elif kind == "customer":
        attrs = {"display_name": name, "tier": r.choice(["gold", "silver", "basic"]), "signup_date": date_str(r),
                 "locale": lang, "bio": paragraph(r, lang, 1, 2), "preferences": {"newsletter": r.random() < 0.5},
                 "last_feedback": paragraph(r, lang, 1, 2)}
        fields = ["bio", "last_feedback", "support_summary"]
    else:
        attrs = {"title": title_for(r, lang), "state": r.choice(["open", "triaged"]), "reporter": name,
                 "labels": r.sample(["bug", "ux", "backend", "billing", "mobile"], 2),
                 "body": paragraph(r, lang, 2, 3), "comments_count": r.randint(0, 12)}
        fields = ["body", "latest_comment", "resolution_hint"]
    if payload is not None:
        f = r.choice(fields)
        if f in attrs and r.random() < 0.4:
            attrs[f] = attrs[f] + "\n\n" + payload
        else:
            attrs[f] = payload
    obj = {"data": {"id": f"{kind[:3]}_{hexs(r, 12)}", "type": kind, "attributes": attrs},
           "meta": {"request_id": f"req_{hexs(r, 16)}", "api_version": "2024-04-01"}}
    return json.dumps(obj, ensure_ascii=False, indent=2)


def c_slack(r, lang, payload, raw=False):
    users = [(f"U0{hexs(r, 8).upper()}", person(r)) for _ in range(3)]
    base = 1714000000 + r.randint(0, 9000000)
    msgs = []
    texts = [paragraph(r, lang, 1, 2) for _ in range(r.randint(3, 6))]
    if payload is not None:
        insert_at(r, texts, payload)
    for i, t in enumerate(texts):
        uid, uname = r.choice(users)
        base += r.randint(30, 900)
        msgs.append({"type": "message", "user": uid, "user_name": uname, "text": t,
                     "ts": f"{base}.{r.randint(0, 999999):06d}"})
    return json.dumps({"channel": r.choice(["#ops", "#support-escalations", "#general", "#proj-atlas"]),
                       "messages": msgs}, ensure_ascii=False, indent=2)


def c_wiki(r, lang, payload, raw=False):
    blocks = ["## Overview\n\n" + paragraph(r, lang), "## Details\n\n" + paragraph(r, lang),
              "- " + "\n- ".join(sentences(r, lang, 3)), "## Notes\n\n" + paragraph(r, lang, 1, 2)]
    if payload is not None:
        insert_at(r, blocks, payload)
    return (f"# {title_for(r, lang)}\n\n> Last edited by {person(r)} on {date_str(r)}\n\n" + "\n\n".join(blocks) + "\n")


CODE_FUNCS = [
    'def parse_amount(raw: str) -> Decimal:\n    """Parse a user-entered amount like "1.234,50" or "1,234.50"."""\n    cleaned = raw.strip().replace(" ", "")\n    if cleaned.count(",") == 1 and cleaned.rfind(",") > cleaned.rfind("."):\n        cleaned = cleaned.replace(".", "").replace(",", ".")\n    return Decimal(cleaned.replace(",", ""))\n',
    'def chunked(items, size=100):\n    """Yield successive chunks of `items`."""\n    for i in range(0, len(items), size):\n        yield items[i:i + size]\n',
    'class RetryPolicy:\n    def __init__(self, attempts=3, backoff=0.5):\n        self.attempts = attempts\n        self.backoff = backoff\n\n    def delays(self):\n        return [self.backoff * (2 ** i) for i in range(self.attempts)]\n',
    'def normalise_sku(sku: str) -> str:\n    return sku.upper().replace("_", "-").strip()\n',
    'def load_settings(path="settings.toml"):\n    with open(path, "rb") as fh:\n        data = tomllib.load(fh)\n    log.debug("loaded %d settings", len(data))\n    return data\n',
    'def business_days_between(start, end):\n    days = 0\n    cur = start\n    while cur < end:\n        if cur.weekday() < 5:\n            days += 1\n        cur += timedelta(days=1)\n    return days\n',
]


def c_code(r, lang, payload, raw=False):
    funcs = r.sample(CODE_FUNCS, r.randint(3, 4))
    blocks = list(funcs)
    if payload is not None:
        if r.random() < 0.7:
            cm = "\n".join(("# " + ln) if ln else "#" for ln in payload.split("\n"))
        else:
            cm = 'NOTES = """\n' + payload.replace('"""', "'''") + '\n"""\n'
        insert_at(r, blocks, cm)
    header = ('"""' + title_for(r, lang) + '.\n\n' + paragraph(r, lang, 1, 1) + '\n"""\n'
              "import logging\nimport tomllib\nfrom datetime import timedelta\nfrom decimal import Decimal\n\n"
              "log = logging.getLogger(__name__)\n\n")
    return header + "\n\n".join(blocks)


def ascii_table(cols, rows):
    widths = [max(len(str(c)), *(len(str(rw[i])) for rw in rows)) for i, c in enumerate(cols)]
    line = " " + " | ".join(str(c).ljust(widths[i]) for i, c in enumerate(cols))
    sep = "-" + "-+-".join("-" * w for w in widths) + "-"
    out = [line, sep]
    for rw in rows:
        out.append(" " + " | ".join(str(v).ljust(widths[i]) for i, v in enumerate(rw)))
    out.append(f"({len(rows)} rows)")
    return "\n".join(out)


def c_sql(r, lang, payload, raw=False):
    rows = []
    notes = [sentences(r, lang, 1)[0] for _ in range(r.randint(4, 6))]
    if payload is not None:
        insert_at(r, notes, payload.replace("\n", " "))
    for i, n in enumerate(notes):
        rows.append([1200 + i * r.randint(1, 9), person(r), r.choice(["open", "closed", "waiting"]), n, date_str(r)])
    q = "SELECT id, customer, status, note, updated_at FROM support_notes ORDER BY updated_at DESC LIMIT %d;" % len(rows)
    return f"crm=> {q}\n" + ascii_table(["id", "customer", "status", "note", "updated_at"], rows) + "\n"


def c_csv(r, lang, payload, raw=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "date", "customer", "category", "amount", "comment"])
    comments = [sentences(r, lang, 1)[0] for _ in range(r.randint(5, 8))]
    if payload is not None:
        insert_at(r, comments, payload)
    for i, c in enumerate(comments):
        w.writerow([f"R{r.randint(100000, 999999)}", date_str(r), person(r), r.choice(["refund", "exchange", "inquiry", "complaint"]),
                    f"{r.uniform(5, 500):.2f}", c])
    return buf.getvalue()


LOG_MSGS = ["c.k.orders.OrderService - order {h} created (items={n})",
            "c.k.http.AccessFilter - GET /api/v2/catalog?page={n} 200 {n}ms",
            "c.k.jobs.Scheduler - job nightly-export finished in {n}s",
            "c.k.cache.RedisCache - cache miss for key product:{h}",
            "c.k.mail.Mailer - queued confirmation mail for order {h}",
            "c.k.auth.SessionManager - session refreshed for account {h}",
            "c.k.inventory.Sync - synced {n} SKUs from warehouse feed"]


def c_app_log(r, lang, payload, raw=False):
    lines = []
    for _ in range(r.randint(6, 10)):
        msg = r.choice(LOG_MSGS).format(h=hexs(r, 8), n=r.randint(2, 900))
        lines.append(f"{r.choice(['INFO ', 'INFO ', 'DEBUG', 'WARN '])} [{r.choice(['main', 'http-nio-8080-exec-3', 'worker-2', 'scheduler-1'])}] {msg}")
    extra = f"c.k.feedback.FeedbackController - feedback stored text=\"{sentences(r, lang, 1)[0]}\""
    lines.insert(r.randint(1, len(lines) - 1), f"INFO  [http-nio-8080-exec-7] {extra}")
    if payload is not None:
        esc = payload.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')
        field = r.choice(["c.k.feedback.FeedbackController - feedback stored text=\"{}\"",
                          "c.k.webhook.InboundHandler - unparsed body=\"{}\"",
                          "c.k.forms.ContactForm - message received message=\"{}\""])
        ln = f"{r.choice(['INFO ', 'WARN '])} [http-nio-8080-exec-{r.randint(1, 9)}] " + field.format(esc)
        insert_at(r, lines, ln)
    ts = log_times(r, len(lines))
    return "\n".join(t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d} " + l for t, l in zip(ts, lines)) + "\n"


def c_jsonl(r, lang, payload, raw=False):
    lines = []
    for _ in range(r.randint(5, 8)):
        lines.append({"ts": iso(r), "level": r.choice(["info", "info", "debug", "warn"]),
                      "svc": r.choice(["checkout", "gateway", "notifier", "search"]),
                      "msg": r.choice(["request completed", "cache refreshed", "user message received", "retrying upstream"]),
                      "latency_ms": r.randint(3, 800), "trace_id": hexs(r, 16)})
    lines[r.randrange(len(lines))]["user_message"] = sentences(r, lang, 1)[0]
    if payload is not None:
        ev = {"ts": iso(r), "level": "info", "svc": r.choice(["chat-intake", "reviews", "inbound-mail"]),
              "msg": "user message received", r.choice(["user_message", "body", "comment"]): payload,
              "trace_id": hexs(r, 16)}
        insert_at(r, lines, ev)
    for t, x in zip(log_times(r, len(lines)), lines):
        x["ts"] = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
    return "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n"


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    out = []
    while len(line) > 74:
        out.append(line[:74])
        line = " " + line[74:]
    out.append(line)
    return "\r\n".join(out)


def c_ics(r, lang, payload, raw=False):
    org = person(r)
    cname, dom = company(r)
    parts = [paragraph(r, lang, 1, 2), paragraph(r, lang, 1, 2)]
    if payload is not None:
        insert_at(r, parts, payload)
    desc = "\n\n".join(parts)
    d = date_str(r).replace("-", "")
    h = r.randint(8, 16)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//{cname}//Calendar 3.1//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"UID:{hexs(r, 8)}-{hexs(r, 4)}@{dom}", f"DTSTAMP:{d}T070000Z", f"DTSTART:{d}T{h:02d}0000Z",
             f"DTEND:{d}T{h + 1:02d}0000Z", f"SUMMARY:{ics_escape(title_for(r, lang))}",
             f"ORGANIZER;CN={org}:mailto:{email_of(org, dom)}", f"LOCATION:{ics_escape('Room ' + str(r.randint(100, 499)) + ' / video link in invite')}",
             f"DESCRIPTION:{ics_escape(desc)}", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in lines) + "\r\n"


def c_pdf(r, lang, payload, raw=False):
    cname, dom = company(r)
    pages = r.randint(2, 3)
    paras = [paragraph(r, lang, 2, 3) for _ in range(pages * 2)]
    if payload is not None:
        insert_at(r, paras, payload)
    out = [f"{cname.upper()}\n{title_for(r, lang)}\n"]
    per = max(1, len(paras) // pages)
    for p in range(pages):
        chunk = paras[p * per:(p + 1) * per] if p < pages - 1 else paras[p * per:]
        body = "\n\n".join(textwrap.fill(x, 88) if lang not in ("zh", "ja") else x for x in chunk)
        out.append(body + f"\n\n{cname} – Internal                                   Page {p + 1} of {pages}\n")
    return "\n\f".join(out)


def c_search(r, lang, payload, raw=False):
    res = []
    snippets = [paragraph(r, lang, 1, 2) for _ in range(r.randint(3, 5))]
    if payload is not None:
        insert_at(r, snippets, payload)
    for i, s in enumerate(snippets):
        cname, dom = company(r)
        res.append({"position": i + 1, "title": f"{title_for(r, lang)} - {cname}",
                    "url": f"https://{dom}/{r.choice(['blog', 'news', 'help', 'docs'])}/{hexs(r, 6)}", "snippet": s})
    return json.dumps({"query": r.choice(["best " + r.choice(PRODUCTS), "shipping delay policy", "vendor comparison 2024",
                                          "how to reset router", "quarterly results"]),
                       "engine": "web", "results": res}, ensure_ascii=False, indent=2)


def c_pr(r, lang, payload, raw=False):
    blocks = ["## Summary\n\n" + paragraph(r, lang, 1, 2),
              "## Changes\n\n- Refactor `RetryPolicy` to compute delays lazily\n- Add tests for `parse_amount` with European formats\n- Bump `requests` to 2.32.3",
              "## Testing\n\n- [x] Unit tests\n- [x] Ran the importer against the staging snapshot\n- [ ] Load test (follow-up)",
              "## Notes for reviewers\n\n" + paragraph(r, lang, 1, 2)]
    if payload is not None:
        insert_at(r, blocks, payload)
    return f"**{title_for(r, lang)}** (#{r.randint(100, 3000)})\n\n" + "\n\n".join(blocks) + f"\n\nCloses #{r.randint(100, 3000)}\n"


def c_yaml(r, lang, payload, raw=False):
    svc = r.choice(["order-api", "billing-worker", "search-indexer", "notification-hub"])
    blocks = [f"service:\n  name: {svc}\n  replicas: {r.randint(2, 6)}\n  port: {r.choice([8080, 8000, 9000])}",
              f"logging:\n  level: {r.choice(['info', 'warn'])}\n  format: json",
              f"database:\n  host: db-{svc}.internal\n  pool_size: {r.randint(5, 30)}\n  password_ref: vault://kv/{svc}/db",
              f"features:\n  new_checkout: {str(r.random() < 0.5).lower()}\n  beta_search: false",
              f"# {sentences(r, lang, 1)[0]}\nmaintenance:\n  window: \"Sun 02:00-04:00 UTC\""]
    if payload is not None:
        if r.random() < 0.6:
            item = "\n".join(("# " + ln) if ln else "#" for ln in payload.split("\n"))
        else:
            item = "release_notes: |\n" + "\n".join("  " + ln for ln in payload.split("\n"))
        insert_at(r, blocks, item)
    return f"# {svc} configuration\n# owner: {person(r)}\n" + "\n\n".join(blocks) + "\n"


def c_review(r, lang, payload, raw=False):
    prod = r.choice(PRODUCTS)
    reviews = []
    for _ in range(r.randint(3, 4)):
        stars = r.randint(2, 5)
        ttl = r.choice(REVIEW_TITLES_EN) if lang == "en" else title_for(r, lang)
        reviews.append([f"{'★' * stars}{'☆' * (5 - stars)}  {ttl}",
                        f"By {person(r)} · Verified purchase · {date_str(r)}", pool_text(r, lang, REVIEW_EN, 2, 4),
                        f"{r.randint(0, 80)} people found this helpful"])
    if payload is not None:
        rv = r.choice(reviews)
        rv.insert(3 if r.random() < 0.5 else 2, payload)
    return f"Customer reviews for: {prod}\nAverage rating {r.uniform(3.1, 4.8):.1f} out of 5\n\n" + "\n\n".join("\n".join(x) for x in reviews) + "\n"


def c_rss(r, lang, payload, raw=False):
    cname, dom = company(r)
    items = []
    descs = [html.escape(paragraph(r, lang, 1, 2), quote=False) for _ in range(r.randint(3, 4))]
    idx = r.randrange(len(descs))
    if payload is not None:
        if r.random() < 0.5:
            descs[idx] = "<p>" + descs[idx] + "</p>\n" + html_block(payload, raw)
        else:
            descs[idx] = html_block(payload, raw) + "\n<p>" + descs[idx] + "</p>"
    for d in descs:
        items.append(f"  <item>\n    <title>{html.escape(title_for(r, lang))}</title>\n    <link>https://{dom}/blog/{hexs(r, 6)}</link>\n"
                     f"    <pubDate>{rfc_date(r)}</pubDate>\n    <description><![CDATA[{d}]]></description>\n  </item>")
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n  <title>{cname} Blog</title>\n"
            f"  <link>https://{dom}/blog</link>\n  <description>News from {cname}</description>\n" + "\n".join(items) + "\n</channel>\n</rss>\n")


def c_chat(r, lang, payload, raw=False):
    cust, agent = person(r), person(r)
    msgs = []
    h, m = r.randint(8, 17), r.randint(0, 40)
    for i in range(r.randint(4, 6)):
        if i % 2 == 0:
            msgs.append([f"Customer ({cust})", pool_text(r, lang, CHAT_CUSTOMER_EN, 1, 2)])
        else:
            msgs.append([f"Agent ({agent.split()[0]})", pool_text(r, lang, CHAT_AGENT_EN, 1, 2)])
    if payload is not None:
        target = r.choice([x for x in msgs if x[0].startswith("Customer")])
        target[1] = target[1] + ("\n" if r.random() < 0.5 else " ") + payload if r.random() < 0.6 else payload + "\n" + target[1]
    out = [f"Chat transcript · session {r.randint(100000, 999999)} · {date_str(r)}"]
    for i, (who, t) in enumerate(msgs):
        out.append(f"[{h:02d}:{m + i * 2:02d}] {who}: {t}")
    out.append("— chat ended by agent —")
    return "\n".join(out) + "\n"


def c_crm(r, lang, payload, raw=False):
    cname, dom = company(r)
    owner, contact = person(r), person(r)
    notes = [f"{date_str(r)} — Call notes ({owner.split()[0]}):\n{paragraph(r, lang)}",
             f"{date_str(r)} — Email summary:\n{paragraph(r, lang, 1, 2)}",
             f"{date_str(r)} — Next steps:\n{paragraph(r, lang, 1, 2)}"]
    if payload is not None:
        insert_at(r, notes, f"{date_str(r)} — Note from contact:\n{payload}" if r.random() < 0.5 else payload)
    return (f"Account: {cname}\nContact: {contact}, {r.choice(['Head of Procurement', 'Operations Manager', 'CTO', 'Office Manager'])}\n"
            f"Owner: {owner}\nStage: {r.choice(['Discovery', 'Proposal', 'Negotiation', 'Renewal'])}\n"
            f"ARR: {r.randint(5, 250)}k EUR\n----\n" + "\n\n".join(notes) + "\n")


def c_forum(r, lang, payload, raw=False):
    posts = [f"Posted by {r.choice(['trailrunner', 'mkeller', 'quietfox', 'byte_baker', 'lena_s'])}{r.randint(1, 99)} » {date_str(r)}\n{paragraph(r, lang)}"]
    for i in range(r.randint(2, 3)):
        posts.append(f"Reply #{i + 1} by {r.choice(['gearhead', 'nordic_dev', 'coffee4ever', 'm_ortiz', 'pixelpine'])}{r.randint(1, 99)} » {date_str(r)}\n{paragraph(r, lang, 1, 2)}")
    if payload is not None:
        i = r.randrange(len(posts))
        posts[i] = posts[i] + "\n\n" + payload if r.random() < 0.6 else posts[i].split("\n", 1)[0] + "\n" + payload + "\n" + posts[i].split("\n", 1)[1]
    return f"Thread: {title_for(r, lang)}\nForum › Community › General\n\n" + "\n\n---\n".join(posts) + "\n"


def c_meeting(r, lang, payload, raw=False):
    att = [person(r) for _ in range(r.randint(3, 5))]
    blocks = ["Agenda\n1. Status round\n2. Risks and blockers\n3. Next steps",
              "Discussion\n" + paragraph(r, lang, 2, 3),
              "Decisions\n- " + "\n- ".join(sentences(r, lang, 2)),
              "Action items\n" + "\n".join(f"- [ ] {a.split()[0]}: {s}" for a, s in zip(att, sentences(r, lang, 2)))]
    if payload is not None:
        insert_at(r, blocks, payload)
    return (f"Meeting notes — {title_for(r, lang)}\nDate: {date_str(r)}\nAttendees: {', '.join(att)}\n\n" + "\n\n".join(blocks) + "\n")


CARRIERS = {
    "email": c_email, "html_page": c_html, "support_ticket": c_ticket, "api_json": c_api_json,
    "slack_export_json": c_slack, "wiki_markdown": c_wiki, "code_file": c_code, "sql_result": c_sql,
    "csv_export": c_csv, "app_log": c_app_log, "jsonl_log": c_jsonl, "calendar_ics": c_ics,
    "pdf_text": c_pdf, "search_results_json": c_search, "pr_description": c_pr, "yaml_config": c_yaml,
    "product_review": c_review, "rss_xml": c_rss, "chat_transcript": c_chat, "crm_note": c_crm,
    "forum_post": c_forum, "meeting_notes": c_meeting,
}
CARRIER_NAMES = list(CARRIERS.keys())
