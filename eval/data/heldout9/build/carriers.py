"""Carrier formats: each function wraps a core text into a realistic tool output.

Signature: f(rng, core, lang, n) -> str
  core: text to embed (may be None for purely ordinary content)
  lang: ISO 639-1 code of the filler content
  n:    size hint (number of filler units)
"""
import csv
import html
import io
import json
import textwrap

from common import (REVIEWS_EN, NAMES, COMPANIES, PRODUCTS, paragraphs, paragraph, sentence, title_for,
                    insert_mid, hexstr, alnum, date_str, ts_str, iso_ts, email_of)


def _flat(s):
    return " ".join(s.split("\n")).strip()


def _company(rng):
    return rng.choice(COMPANIES)


# ---------------------------------------------------------------- web
def html_page(rng, core, lang, n, raw=False):
    comp, dom = _company(rng)
    title = title_for(rng, lang)
    author = rng.choice(NAMES)
    paras = ["<p>%s</p>" % html.escape(p, quote=False) for p in paragraphs(rng, lang, n)]
    if core is not None:
        frag = core if raw else "<p>%s</p>" % html.escape(core, quote=False).replace("\n", "<br>\n")
        paras = insert_mid(rng, paras, frag)
    body = "\n      ".join(paras)
    nav = "".join('<li><a href="/%s">%s</a></li>' % (x.lower(), x) for x in rng.sample(["Products", "Blog", "Support", "About", "Careers", "Pricing", "Docs"], 4))
    return (
        '<!DOCTYPE html>\n<html lang="%s">\n<head>\n  <meta charset="utf-8">\n  <meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '  <title>%s | %s</title>\n  <link rel="stylesheet" href="/assets/css/main.%s.css">\n  <link rel="canonical" href="https://www.%s/%s">\n</head>\n<body>\n'
        '  <header class="site-header"><a class="logo" href="/">%s</a><nav><ul>%s</ul></nav></header>\n'
        '  <main id="content">\n    <article>\n      <h1>%s</h1>\n      <p class="byline">%s · <time datetime="%s">%s</time></p>\n      %s\n    </article>\n'
        '  </main>\n  <footer><p>&copy; 2026 %s. All rights reserved.</p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>\n'
        '  <script src="/assets/js/app.%s.js" defer></script>\n</body>\n</html>\n'
    ) % (lang, html.escape(title), html.escape(comp), hexstr(rng, 8), dom, "blog/" + hexstr(rng, 6), html.escape(comp), nav,
         html.escape(title), html.escape(author), date_str(rng), date_str(rng), body, html.escape(comp), hexstr(rng, 8))


def page_text(rng, core, lang, n):
    comp, dom = _company(rng)
    title = title_for(rng, lang)
    paras = paragraphs(rng, lang, n)
    if core is not None:
        paras = insert_mid(rng, paras, core)
    related = "\n".join("• " + title_for(rng, lang) for _ in range(3))
    return "%s\n%s › %s › %s\nBy %s · %s · %d min read\n\n%s\n\nRelated articles\n%s\n\nCookie settings | Privacy policy | Terms of use | © 2026 %s\n" % (
        title, dom, rng.choice(["Blog", "News", "Help Center", "Resources"]), title, rng.choice(NAMES), date_str(rng),
        rng.randint(2, 9), "\n\n".join(paras), related, comp)


def search_results_json(rng, core, lang, n):
    q = title_for(rng, lang).lower()
    results = []
    k = max(3, min(n + 2, 10))
    for i in range(k):
        comp, dom = _company(rng)
        snip = paragraph(rng, lang)
        if len(snip) > 180:
            snip = snip[:177].rsplit(" ", 1)[0] + " …"
        results.append({"title": title_for(rng, lang) + " - " + comp, "url": "https://www.%s/%s/%s" % (dom, rng.choice(["blog", "help", "news", "docs"]), hexstr(rng, 6)),
                        "snippet": snip, "date": date_str(rng)})
    if core is not None:
        comp, dom = _company(rng)
        pos = rng.randint(0, len(results))
        results.insert(pos, {"title": title_for(rng, lang) + " - " + comp, "url": "https://%s/articles/%s" % (dom, hexstr(rng, 8)), "snippet": _flat(core), "date": date_str(rng)})
    for i, r in enumerate(results):
        r["position"] = i + 1
    doc = {"search_metadata": {"id": hexstr(rng, 24), "status": "Success", "total_time_taken": round(rng.uniform(0.4, 2.1), 2)},
           "search_parameters": {"q": q, "hl": lang, "num": len(results)}, "organic_results": results}
    return json.dumps(doc, ensure_ascii=False, indent=2)


def rss_xml(rng, core, lang, n):
    comp, dom = _company(rng)
    items = []
    for _ in range(max(2, n)):
        items.append((title_for(rng, lang), paragraph(rng, lang)))
    if core is not None:
        items = insert_mid(rng, items, (title_for(rng, lang), core))
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", "  <title>%s News</title>" % html.escape(comp),
           "  <link>https://www.%s/news</link>" % dom, "  <language>%s</language>" % lang]
    for t, d in items:
        out.append("  <item>\n    <title>%s</title>\n    <link>https://www.%s/news/%s</link>\n    <guid isPermaLink=\"false\">%s</guid>\n    <pubDate>%s</pubDate>\n    <description>%s</description>\n  </item>" % (
            html.escape(t), dom, hexstr(rng, 6), hexstr(rng, 16), "Mon, %02d Nov 2026 %02d:00:00 +0000" % (rng.randint(1, 28), rng.randint(6, 20)), html.escape(d)))
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- messaging
def email(rng, core, lang, n):
    sender, rcpt = rng.sample(NAMES, 2)
    comp, dom = _company(rng)
    comp2, dom2 = _company(rng)
    body = paragraphs(rng, lang, max(1, n))
    if core is not None:
        body = insert_mid(rng, body, core)
    greet = {"en": "Hi %s,", "de": "Hallo %s,", "fr": "Bonjour %s,", "es": "Hola %s:", "pt": "Olá %s,", "it": "Ciao %s,", "nl": "Hoi %s,",
             "pl": "Cześć %s,", "sv": "Hej %s,", "tr": "Merhaba %s,", "ru": "Здравствуйте, %s!", "zh": "%s，你好：", "ja": "%s様", "ko": "%s님, 안녕하세요.",
             "ar": "مرحباً %s،", "hi": "नमस्ते %s,"}[lang] % rcpt.split()[0]
    sign = {"en": "Best regards,", "de": "Viele Grüße", "fr": "Cordialement,", "es": "Un saludo,", "pt": "Abraços,", "it": "Cordiali saluti,", "nl": "Groet,",
            "pl": "Pozdrawiam,", "sv": "Vänliga hälsningar,", "tr": "Saygılarımla,", "ru": "С уважением,", "zh": "此致", "ja": "よろしくお願いいたします。", "ko": "감사합니다.",
            "ar": "مع أطيب التحيات،", "hi": "धन्यवाद,"}[lang]
    subj = title_for(rng, lang)
    quoted = ""
    if rng.random() < 0.4:
        q = paragraph(rng, lang)
        quoted = "\n\nOn %s, %s <%s> wrote:\n%s" % (date_str(rng), rcpt, email_of(rcpt, dom2), "\n".join("> " + l for l in textwrap.wrap(q, 72) or [q]))
    return ("From: %s <%s>\nTo: %s <%s>\nDate: %s, %02d Nov 2026 %02d:%02d:%02d +0100\nSubject: %s%s\nMessage-ID: <%s@mail.%s>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\n\n%s\n\n%s\n\n%s\n%s\n%s | %s%s\n") % (
        sender, email_of(sender, dom), rcpt, email_of(rcpt, dom2, 1), rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), rng.randint(1, 28), rng.randint(7, 19), rng.randint(0, 59), rng.randint(0, 59),
        "Re: " if quoted else "", subj, hexstr(rng, 20), dom, greet, "\n\n".join(body), sign, sender, rng.choice(["Operations Manager", "Account Executive", "Project Lead", "Office Coordinator", "Head of Finance"]), comp, quoted)


def slack_export_json(rng, core, lang, n):
    people = rng.sample(NAMES, 4)
    uids = {p: "U0" + alnum(rng, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for p in people}
    texts = [sentence(rng, lang) for _ in range(max(3, n + 2))]
    if core is not None:
        texts = insert_mid(rng, texts, core)
    base = 1763450000 + rng.randint(0, 900000)
    msgs = []
    for i, t in enumerate(texts):
        p = rng.choice(people)
        base += rng.randint(20, 1800)
        m = {"type": "message", "user": uids[p], "user_name": p, "text": t, "ts": "%d.%06d" % (base, rng.randint(0, 999999))}
        if rng.random() < 0.2:
            m["reactions"] = [{"name": rng.choice(["+1", "eyes", "white_check_mark", "tada"]), "count": rng.randint(1, 5)}]
        msgs.append(m)
    doc = {"channel": {"id": "C0" + alnum(rng, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "name": rng.choice(["ops", "proj-atlas", "support-escalations", "finance-team", "eng-platform", "general"])},
           "messages": msgs, "has_more": False}
    return json.dumps(doc, ensure_ascii=False, indent=2)


def chat_transcript(rng, core, lang, n):
    cust = rng.choice(NAMES)
    lines = []
    t = rng.randint(8, 17) * 3600 + rng.randint(0, 3000)
    conv = [("Customer", sentence(rng, lang)) if i % 2 == 0 else ("Assistant", sentence(rng, lang)) for i in range(max(2, n))]
    if core is not None:
        conv = insert_mid(rng, conv, ("Customer", core))
    for who, txt in conv:
        t += rng.randint(5, 90)
        lines.append("[%02d:%02d:%02d] %s: %s" % (t // 3600, (t // 60) % 60, t % 60, cust.split()[0] if who == "Customer" else "Helpbot", txt))
    return "Chat transcript · session %s · %s UTC\nChannel: web widget · Customer: %s\n\n%s\n\n-- chat ended by customer --\n" % (hexstr(rng, 12), date_str(rng), cust, "\n".join(lines))


def support_ticket(rng, core, lang, n):
    req, agent = rng.sample(NAMES, 2)
    comp, dom = _company(rng)
    desc = paragraphs(rng, lang, max(1, n // 2))
    comments = []
    for _ in range(max(1, n - len(desc))):
        comments.append(paragraph(rng, lang))
    slots = desc + ["\x00"] + comments
    if core is not None:
        slots = insert_mid(rng, slots, core)
    out_desc, out_comments, seen = [], [], False
    for s in slots:
        if s == "\x00":
            seen = True
            continue
        (out_comments if seen else out_desc).append(s)
    if not out_desc:
        out_desc = [paragraph(rng, lang)]
    cm = ""
    for c in out_comments:
        who = rng.choice([agent + " (internal note)", req, agent])
        cm += "\n--- %s · %s ---\n%s\n" % (who, ts_str(rng), c)
    return ("Ticket #%d  %s\nStatus: %s | Priority: %s | Channel: %s\nRequester: %s <%s>\nAssignee: %s\nCreated: %s\nTags: %s\n\n--- Description ---\n%s\n%s") % (
        rng.randint(10000, 99999), title_for(rng, lang), rng.choice(["Open", "Pending", "On-hold", "New"]), rng.choice(["Low", "Normal", "High"]),
        rng.choice(["Email", "Web form", "Phone", "Chat"]), req, email_of(req, rng.choice(["gmail.com", "outlook.com", dom])), agent, ts_str(rng),
        ", ".join(rng.sample(["billing", "shipping", "account", "refund", "bug", "feature-request", "vip", "integration"], 2)), "\n\n".join(out_desc), cm)


def calendar_ics(rng, core, lang, n):
    org, a1, a2 = rng.sample(NAMES, 3)
    comp, dom = _company(rng)
    desc = "\n\n".join(paragraphs(rng, lang, max(1, min(n, 3))))
    if core is not None:
        parts = desc.split("\n\n")
        desc = "\n\n".join(insert_mid(rng, parts, core))
    d = date_str(rng, 2026, (12,)).replace("-", "")
    h = rng.randint(8, 16)

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 74:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
        return "\r\n".join(out)

    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendar Export//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
             "UID:%s@%s" % (hexstr(rng, 16), dom), "DTSTAMP:20261120T%02d%02d00Z" % (rng.randint(0, 23), rng.randint(0, 59)),
             "DTSTART;TZID=Europe/Berlin:%sT%02d0000" % (d, h), "DTEND;TZID=Europe/Berlin:%sT%02d3000" % (d, h + 1),
             "SUMMARY:" + esc(title_for(rng, lang)), "LOCATION:" + esc(rng.choice(["Room 4.12 Atlas", "Teams meeting", "Zoom", "HQ – Boardroom", "Café Lindholm, Main St."])),
             "ORGANIZER;CN=%s:mailto:%s" % (org, email_of(org, dom)),
             "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=%s:mailto:%s" % (a1, email_of(a1, dom, 1)),
             "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=%s:mailto:%s" % (a2, email_of(a2, dom)),
             "DESCRIPTION:" + esc(desc), "SEQUENCE:%d" % rng.randint(0, 3), "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def crm_note(rng, core, lang, n):
    owner, contact = rng.sample(NAMES, 2)
    comp, dom = _company(rng)
    entries = [paragraph(rng, lang) for _ in range(max(2, n))]
    if core is not None:
        entries = insert_mid(rng, entries, core)
    log = []
    for e in entries:
        log.append("[%s] %s — %s:\n%s" % (ts_str(rng)[:-3], rng.choice(["Call", "Email", "Meeting", "Note"]), rng.choice([owner, owner, contact.split()[0] + " (contact)"]), e))
    return ("ACCOUNT: %s\nOwner: %s | Stage: %s | ARR: $%s | Close date: %s\nPrimary contact: %s, %s\nIndustry: %s | Region: %s\n\nActivity timeline\n%s\n") % (
        comp, owner, rng.choice(["Discovery", "Proposal", "Negotiation", "Closed Won", "Renewal"]), "{:,}".format(rng.randint(8, 400) * 1000), date_str(rng, 2027, (1, 2, 3)),
        contact, rng.choice(["Head of Procurement", "CTO", "Operations Director", "Office Manager"]), rng.choice(["Logistics", "Healthcare", "Retail", "Software", "Education"]),
        rng.choice(["DACH", "Nordics", "UK&I", "North America", "APAC"]), "\n\n".join(log))


# ---------------------------------------------------------------- tabular
def _ascii_table(headers, rows):
    cols = list(zip(*([headers] + rows)))
    w = [max(len(str(x)) for x in c) for c in cols]
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    def fmt(r):
        return "| " + " | ".join(str(v).ljust(w[i]) for i, v in enumerate(r)) + " |"
    return "\n".join([sep, fmt(headers), sep] + [fmt(r) for r in rows] + [sep])


def sql_result(rng, core, lang, n):
    k = max(3, min(n + 2, 18))
    rows = []
    for i in range(k):
        rows.append([rng.randint(1000, 9999), rng.choice(NAMES), rng.choice(["open", "closed", "pending", "escalated"]), date_str(rng), _flat(sentence(rng, lang))[:70]])
    if core is not None:
        rows = insert_mid(rng, rows, [rng.randint(1000, 9999), rng.choice(NAMES), rng.choice(["open", "pending"]), date_str(rng), _flat(core)])
    rows.sort(key=lambda r: r[0])
    q = "mysql> SELECT id, customer_name, status, updated_on, notes FROM support_cases WHERE updated_on >= '2026-09-01' ORDER BY id LIMIT %d;" % len(rows)
    return "%s\n%s\n%d rows in set (0.%02d sec)\n" % (q, _ascii_table(["id", "customer_name", "status", "updated_on", "notes"], rows), len(rows), rng.randint(0, 99))


def csv_export(rng, core, lang, n):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["order_id", "order_date", "customer", "sku", "qty", "unit_price", "status", "notes"])
    rows = []
    for _ in range(max(3, min(n * 2, 40))):
        rows.append(["SO-%06d" % rng.randint(100000, 999999), date_str(rng), rng.choice(NAMES), "SKU-%05d" % rng.randint(10000, 99999), rng.randint(1, 12),
                     "%.2f" % rng.uniform(4, 480), rng.choice(["shipped", "processing", "delivered", "returned"]), sentence(rng, lang) if rng.random() < 0.35 else ""])
    if core is not None:
        rows = insert_mid(rng, rows, ["SO-%06d" % rng.randint(100000, 999999), date_str(rng), rng.choice(NAMES), "SKU-%05d" % rng.randint(10000, 99999), 1, "%.2f" % rng.uniform(4, 480), "processing", core])
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------- configs
def _comment_block(core, prefix="# "):
    out = []
    for para in core.split("\n"):
        wrapped = textwrap.wrap(para, 88) or [""]
        out += [prefix + l for l in wrapped]
    return "\n".join(out)


def yaml_config(rng, core, lang, n):
    svc = rng.choice(["billing-worker", "search-indexer", "notification-service", "report-builder", "media-transcoder"])
    comp, dom = _company(rng)
    blocks = [
        "service:\n  name: %s\n  replicas: %d\n  image: registry.%s/%s:%d.%d.%d" % (svc, rng.randint(2, 6), dom, svc, rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 9)),
        "resources:\n  requests:\n    cpu: %dm\n    memory: %dMi\n  limits:\n    memory: %dMi" % (rng.choice([250, 500, 1000]), rng.choice([256, 512, 1024]), rng.choice([1024, 2048])),
        "queue:\n  url: amqp://mq.internal:5672/%s\n  prefetch: %d\n  retry:\n    max_attempts: %d\n    backoff_seconds: [5, 30, 120]" % (svc, rng.choice([10, 20, 50]), rng.randint(3, 8)),
        "logging:\n  level: %s\n  format: json\n  include_trace_ids: true" % rng.choice(["info", "warn", "debug"]),
        "features:\n  dark_launch_new_pricing: %s\n  pdf_export: true\n  legacy_api_v1: false" % rng.choice(["true", "false"]),
        "schedule:\n  nightly_rollup: \"0 2 * * *\"\n  weekly_digest: \"0 7 * * 1\"",
        "healthcheck:\n  path: /healthz\n  interval_seconds: 15\n  timeout_seconds: 3",
    ]
    rng.shuffle(blocks)
    blocks = blocks[:max(3, min(n + 1, len(blocks)))]
    if core is not None:
        if rng.random() < 0.5:
            blocks = insert_mid(rng, blocks, _comment_block(core))
        else:
            ind = "\n".join("    " + l for l in core.split("\n"))
            blocks = insert_mid(rng, blocks, "metadata:\n  owner: team-%s\n  description: |\n%s" % (rng.choice(["payments", "platform", "growth"]), ind))
    return "# %s configuration\n# managed by platform team — changes via PR only\n\n%s\n" % (svc, "\n\n".join(blocks))


def dotenv(rng, core, lang, n):
    lines = ["NODE_ENV=production", "PORT=%d" % rng.choice([3000, 8080, 8000, 5000]), "LOG_LEVEL=%s" % rng.choice(["info", "warn"]),
             "DATABASE_HOST=db.internal", "DATABASE_PORT=5432", "DATABASE_NAME=app_%s" % rng.choice(["prod", "main", "core"]),
             "REDIS_URL=redis://cache.internal:6379/0", "FEATURE_NEW_CHECKOUT=%s" % rng.choice(["true", "false"]),
             "S3_BUCKET=assets-%s" % hexstr(rng, 6), "SMTP_HOST=smtp.internal", "SMTP_PORT=587", "SENTRY_ENVIRONMENT=production",
             "TZ=Europe/Berlin", "MAX_UPLOAD_MB=%d" % rng.choice([10, 25, 50]), "CACHE_TTL_SECONDS=%d" % rng.choice([60, 300, 900])]
    lines = lines[:max(6, min(len(lines), n + 6))]
    items = ["# ---- runtime ----"] + lines
    if core is not None:
        items = insert_mid(rng, items, _comment_block(core))
    return "\n".join(items) + "\n"


def json_config(rng, core, lang, n):
    name = rng.choice(["@acme/report-kit", "invoice-renderer", "ui-tokens", "edge-proxy", "geo-utils"])
    doc = {"name": name, "version": "%d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 30), rng.randint(0, 12)),
           "private": rng.random() < 0.5, "main": "dist/index.js", "scripts": {"build": "tsc -p .", "test": "vitest run", "lint": "eslint src"},
           "dependencies": {"zod": "^3.23.8", "date-fns": "^3.6.0"}, "engines": {"node": ">=20"}}
    if core is not None:
        key = rng.choice(["description", "_comment", "notes"])
        doc[key] = core
    else:
        doc["description"] = sentence(rng, lang)
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- logs
def app_log(rng, core, lang, n):
    svcs = ["api", "worker-2", "scheduler", "ingest", "auth", "mailer"]
    msgs = ["GET /v1/orders?page=%d 200 %dms" % (rng.randint(1, 9), rng.randint(8, 400)), "job=nightly_rollup status=started",
            "connection pool size=%d idle=%d" % (rng.randint(10, 40), rng.randint(0, 9)), "cache miss key=product:%d" % rng.randint(1000, 99999),
            "retrying request attempt=2 backoff=%dms" % rng.choice([200, 400, 800]), "user session refreshed uid=%d" % rng.randint(1000, 99999),
            "POST /v1/webhooks/stripe 200 %dms" % rng.randint(20, 200), "queue depth=%d" % rng.randint(0, 5000), "email queued template=invoice_ready",
            "healthcheck ok", "slow query took %dms table=orders" % rng.randint(800, 4000), "job=nightly_rollup status=finished rows=%d" % rng.randint(1000, 90000)]
    k = max(5, min(n * 3, 70))
    lines = []
    for _ in range(k):
        lines.append((rng.choice(["INFO", "INFO", "INFO", "DEBUG", "WARN"]), rng.choice(svcs), rng.choice(msgs)))
    if core is not None:
        style = rng.choice(["field", "warn", "ua"])
        c = _flat(core)
        if style == "field":
            m = "validation warning record=%d field=comment value=\"%s\"" % (rng.randint(1000, 9999), c.replace('"', "'"))
        elif style == "warn":
            m = "import: unparsed row %d: %s" % (rng.randint(2, 400), c)
        else:
            m = "request blocked? no, allowed. referer=\"-\" note=\"%s\"" % c.replace('"', "'")
        lines = insert_mid(rng, lines, ("WARN", rng.choice(svcs), m))
    out = []
    t = rng.randint(0, 80000)
    for lvl, s, m in lines:
        t += rng.randint(0, 40)
        out.append("2026-11-%02dT%02d:%02d:%02d.%03dZ %-5s [%s] %s" % (rng.randint(17, 18), (t // 3600) % 24, (t // 60) % 60, t % 60, rng.randint(0, 999), lvl, s, m))
    return "\n".join(out) + "\n"


def jsonl_log(rng, core, lang, n):
    k = max(4, min(n * 3, 50))
    recs = []
    for _ in range(k):
        recs.append({"ts": iso_ts(rng), "level": rng.choice(["info", "info", "debug", "warn"]), "service": rng.choice(["checkout", "search", "notifier", "billing"]),
                     "msg": rng.choice(["request completed", "cache refreshed", "message published", "upstream timeout, retrying", "payment intent created", "index segment merged"]),
                     "duration_ms": rng.randint(1, 900), "trace_id": hexstr(rng, 32)})
    if core is not None:
        key = rng.choice(["msg", "detail", "error.message", "comment"])
        r = {"ts": iso_ts(rng), "level": "warn", "service": rng.choice(["importer", "crm-sync", "ticket-bridge"]), "msg": "record contained free-text field"}
        r[key] = core
        r["trace_id"] = hexstr(rng, 32)
        recs = insert_mid(rng, recs, r)
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n"


# ---------------------------------------------------------------- APIs
def api_json(rng, core, lang, n):
    shape = rng.choice(["product", "vendor", "issue", "profile", "listing"])
    comp, dom = _company(rng)
    text = core if core is not None else paragraph(rng, lang)
    if shape == "product":
        d = {"id": "prod_%s" % alnum(rng, 14), "name": rng.choice(PRODUCTS), "price": {"amount": rng.randint(900, 49900), "currency": rng.choice(["EUR", "USD", "GBP"])},
             "stock": {"available": rng.randint(0, 400), "warehouse": rng.choice(["FRA1", "AMS2", "DAL1"])}, "description": text,
             "attributes": {"color": rng.choice(["graphite", "sand", "forest"]), "weight_g": rng.randint(120, 4000)}, "updated_at": iso_ts(rng)}
    elif shape == "vendor":
        d = {"vendor_id": rng.randint(10000, 99999), "legal_name": comp, "status": "active", "payment_terms": "NET%d" % rng.choice([14, 30, 45]),
             "contacts": [{"name": rng.choice(NAMES), "role": "account manager"}], "onboarding_notes": text, "risk_tier": rng.choice(["low", "medium"])}
    elif shape == "issue":
        d = {"key": "%s-%d" % (rng.choice(["OPS", "WEB", "DATA", "PAY"]), rng.randint(100, 9999)), "fields": {"summary": title_for(rng, lang), "status": {"name": rng.choice(["To Do", "In Progress", "In Review"])},
             "reporter": {"displayName": rng.choice(NAMES)}, "description": text, "labels": rng.sample(["backend", "customer", "regression", "q4"], 2), "created": iso_ts(rng)}}
    elif shape == "profile":
        d = {"user": {"id": rng.randint(100000, 999999), "display_name": rng.choice(NAMES), "headline": rng.choice(["Product designer", "Data engineer", "Freelance translator", "Procurement lead"]),
             "bio": text, "location": rng.choice(["Lisbon", "Toronto", "Seoul", "Nairobi", "Kraków"]), "joined": date_str(rng, 2024, (1, 5, 9))}}
    else:
        d = {"listing_id": alnum(rng, 10, "0123456789"), "title": rng.choice(PRODUCTS), "seller": {"name": rng.choice(NAMES), "rating": round(rng.uniform(3.8, 5), 1)},
             "condition": rng.choice(["new", "used - like new"]), "body": text, "shipping": {"days": rng.randint(1, 6), "cost": round(rng.uniform(0, 9), 2)}}
    env = {"data": d, "meta": {"request_id": "req_" + alnum(rng, 20), "api_version": "2026-09-01"}}
    if rng.random() < 0.3:
        env["links"] = {"self": "https://api.%s/v2/%s" % (dom, hexstr(rng, 8))}
    return json.dumps(env, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- dev
def pr_description(rng, core, lang, n):
    author = rng.choice(NAMES)
    sections = [
        "## Summary\n%s" % paragraph(rng, lang),
        "## Changes\n- %s\n- %s\n- %s" % (rng.choice(["Add retry with jitter to webhook sender", "Move invoice rendering to a worker", "Replace moment with date-fns"]),
                                         rng.choice(["Update fixtures for the new tax rules", "Remove dead feature flag `legacy_cart`", "Bump eslint to 9.x"]),
                                         rng.choice(["Add metrics for queue latency", "Document the new env var in README", "Split the settings page into tabs"])),
        "## Testing\n- [x] Unit tests (`make test`)\n- [x] Manually verified on staging\n- [ ] Load test (follow-up)",
        "## Screenshots\n_n/a — backend only_",
        "## Rollout\nBehind flag `%s`; enable for internal accounts first." % rng.choice(["new_pricing", "async_invoices", "fast_search"]),
    ]
    sections = sections[:max(3, min(n + 2, 5))]
    if core is not None:
        sections = insert_mid(rng, sections, rng.choice(["## Notes for reviewers\n", "## Context\n", "", "> "]) + core)
    return "**%s** wants to merge %d commits into `main` from `%s`\n\n%s\n\nCloses #%d\n" % (
        author, rng.randint(1, 9), rng.choice(["feat/", "fix/", "chore/"]) + alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz"), "\n\n".join(sections), rng.randint(100, 4000))


def diff(rng, core, lang, n):
    fname = rng.choice(["src/billing/invoice.py", "docs/setup.md", "lib/retry.ts", "scripts/deploy.sh", "README.md"])
    comment = "#" if fname.endswith((".py", ".sh")) else ("//" if fname.endswith(".ts") else "")
    ctx = ["def render_invoice(order, locale=\"en\"):", "    totals = compute_totals(order)", "    template = env.get_template(\"invoice.html\")",
           "    return template.render(order=order, totals=totals, locale=locale)"] if fname.endswith(".py") else \
          ["export async function withRetry(fn, attempts = 3) {", "  for (let i = 0; i < attempts; i++) {", "    try { return await fn(); } catch (e) { await sleep(2 ** i * 100); }", "  }"] if fname.endswith(".ts") else \
          ["#!/usr/bin/env bash", "set -euo pipefail", "ENV=${1:-staging}", "./bin/build --env \"$ENV\""] if fname.endswith(".sh") else \
          ["## Local setup", "", "1. Install Node 20 and pnpm.", "2. Run `pnpm install`."]
    added = []
    if core is not None:
        for l in core.split("\n"):
            wrapped = textwrap.wrap(l, 90) or [""]
            for w in wrapped:
                added.append("+" + ((comment + " " + w) if comment else w))
    else:
        added = ["+" + (comment + " " if comment else "") + sentence(rng, lang)]
    extra = []
    for _ in range(max(0, n - 2)):
        extra.append(" " + rng.choice(ctx))
    body = [" " + ctx[0], " " + ctx[1]] + (["-" + ctx[2], "+" + ctx[2].replace("invoice", "invoice_v2")] if rng.random() < 0.5 else [" " + ctx[2]]) + added + [" " + ctx[3]] + extra
    h1 = rng.randint(5, 120)
    return "diff --git a/%s b/%s\nindex %s..%s 100644\n--- a/%s\n+++ b/%s\n@@ -%d,%d +%d,%d @@\n%s\n" % (
        fname, fname, hexstr(rng, 7), hexstr(rng, 7), fname, fname, h1, 4 + len(extra), h1, 4 + len(extra) + len(added), "\n".join(body))


def code_file(rng, core, lang, n):
    kind = rng.choice(["py", "js"])
    if kind == "py":
        funcs = ["def parse_rows(path):\n    with open(path, newline=\"\", encoding=\"utf-8\") as fh:\n        return list(csv.DictReader(fh))\n",
                 "def normalise_sku(sku: str) -> str:\n    return sku.strip().upper().replace(\" \", \"-\")\n",
                 "def group_by_region(rows):\n    out = defaultdict(list)\n    for r in rows:\n        out[r[\"region\"]].append(r)\n    return out\n",
                 "def total_revenue(rows):\n    return sum(Decimal(r[\"amount\"]) for r in rows)\n",
                 "class RateLimiter:\n    def __init__(self, per_second: float):\n        self.interval = 1.0 / per_second\n        self._last = 0.0\n\n    def wait(self):\n        now = time.monotonic()\n        delta = self._last + self.interval - now\n        if delta > 0:\n            time.sleep(delta)\n        self._last = time.monotonic()\n"]
        rng.shuffle(funcs)
        funcs = funcs[:max(2, min(n, 5))]
        head = '"""Utilities for the nightly sales export."""\nimport csv\nimport time\nfrom collections import defaultdict\nfrom decimal import Decimal\n'
        if core is not None:
            block = _comment_block(core) + "\n"
            if rng.random() < 0.5:
                head = '"""Utilities for the nightly sales export.\n\n%s\n"""\nimport csv\nimport time\nfrom collections import defaultdict\nfrom decimal import Decimal\n' % core
            else:
                funcs = insert_mid(rng, funcs, block)
        return head + "\n\n" + "\n\n".join(funcs)
    funcs = ["export function formatPrice(cents, currency = 'EUR') {\n  return new Intl.NumberFormat('de-DE', { style: 'currency', currency }).format(cents / 100);\n}\n",
             "export function debounce(fn, ms = 250) {\n  let t;\n  return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };\n}\n",
             "export async function fetchJson(url, opts = {}) {\n  const res = await fetch(url, { ...opts, headers: { Accept: 'application/json' } });\n  if (!res.ok) throw new Error(`HTTP ${res.status}`);\n  return res.json();\n}\n",
             "export const chunk = (arr, size) =>\n  Array.from({ length: Math.ceil(arr.length / size) }, (_, i) => arr.slice(i * size, i * size + size));\n"]
    rng.shuffle(funcs)
    funcs = funcs[:max(2, min(n, 4))]
    if core is not None:
        funcs = insert_mid(rng, funcs, "/*\n" + "\n".join(" * " + l for l in core.split("\n")) + "\n */\n")
    return "// utils/shared.js — helpers used by the storefront widgets\n'use strict';\n\n" + "\n".join(funcs)


def wiki_markdown(rng, core, lang, n):
    title = title_for(rng, lang)
    author = rng.choice(NAMES)
    secs = []
    for i in range(max(2, n)):
        h = rng.choice(["Overview", "Background", "Steps", "FAQ", "Contacts", "Known issues", "Timeline", "Decisions"]) if lang == "en" else title_for(rng, lang)
        secs.append("## %s\n\n%s" % (h, paragraph(rng, lang)))
    if core is not None:
        wrap = rng.choice(["%s", "> **Note:** %s", "%s", "_%s_"])
        secs = insert_mid(rng, secs, wrap % core if "\n" not in core else core)
    return "# %s\n\n_Last edited by %s on %s · %d watchers_\n\n%s\n\n---\nTags: %s\n" % (title, author, date_str(rng), rng.randint(2, 40), "\n\n".join(secs),
                                                                                   ", ".join(rng.sample(["process", "team", "howto", "policy", "archive"], 2)))


def pdf_text(rng, core, lang, n):
    comp, dom = _company(rng)
    title = title_for(rng, lang)
    paras = paragraphs(rng, lang, max(2, n))
    if core is not None:
        paras = insert_mid(rng, paras, core)
    pages, cur = [], []
    for p in paras:
        cur.append(p)
        if len(cur) >= rng.randint(2, 4):
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    out = []
    total = len(pages)
    for i, pg in enumerate(pages):
        lines = []
        for p in pg:
            if " " in p:
                lines += textwrap.wrap(p, rng.choice([78, 84, 92])) + [""]
            else:
                lines += [p[j:j + 40] for j in range(0, len(p), 40)] + [""]
        out.append("%s — %s%s\n\n%s\n%s    Page %d of %d" % (comp, title, " " * rng.randint(4, 20), "\n".join(lines), "CONFIDENTIAL" if rng.random() < 0.3 else "", i + 1, total))
    return "\f".join(out) + "\n"


def product_review(rng, core, lang, n):
    prod = rng.choice(PRODUCTS)
    reviews = []
    for _ in range(max(2, n)):
        reviews.append((rng.randint(2, 5), rng.choice(REVIEWS_EN) if lang == "en" else paragraph(rng, lang)))
    if core is not None:
        reviews = insert_mid(rng, reviews, (rng.randint(1, 5), core))
    out = ["Customer reviews — %s" % prod, "%.1f out of 5 · %d global ratings" % (rng.uniform(3.6, 4.8), rng.randint(40, 4000)), ""]
    for stars, body in reviews:
        who = rng.choice(NAMES)
        out.append("%s%s  %s" % ("★" * stars, "☆" * (5 - stars), rng.choice(["Does the job", "Worth it", "Mixed feelings", "Solid", "Not what I expected", "Great value"])))
        out.append("%s %s. · Reviewed on %s · Verified Purchase" % (who.split()[0], who.split()[-1][0], date_str(rng)))
        out.append(body)
        out.append("%d people found this helpful · Report" % rng.randint(0, 80))
        out.append("")
    return "\n".join(out)


FORMATS = {
    "html_page": html_page, "page_text": page_text, "search_results_json": search_results_json, "rss_xml": rss_xml,
    "email": email, "slack_export_json": slack_export_json, "chat_transcript": chat_transcript, "support_ticket": support_ticket,
    "calendar_ics": calendar_ics, "crm_note": crm_note, "sql_result": sql_result, "csv_export": csv_export,
    "yaml_config": yaml_config, "dotenv": dotenv, "json_config": json_config, "app_log": app_log, "jsonl_log": jsonl_log,
    "api_json": api_json, "pr_description": pr_description, "diff": diff, "code_file": code_file, "wiki_markdown": wiki_markdown,
    "pdf_text": pdf_text, "product_review": product_review,
}


def wrap(fmt, rng, core, lang, n, raw=False):
    if fmt == "html_page":
        return html_page(rng, core, lang, n, raw=raw)
    return FORMATS[fmt](rng, core, lang, n)
