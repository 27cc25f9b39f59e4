# -*- coding: utf-8 -*-
"""Carriers: render a tool output of a given format around one or more slot
texts. Each carrier surrounds the slot(s) with ordinary filler content drawn
from pools.BENIGN and renders optional metadata fields (ctx.meta) in the
format's natural metadata location."""
import csv
import io
import json
import string

from common import (name, first, company, company_domain, email_addr, rfc2822, date, ts, version, rand_str,
                    fill, HEX, slugify, repo, handle, PRODUCTS, SAAS, TEAMS, ext_domain)
from pools import BENIGN


class Ctx:
    def __init__(self, rng, kind, lang, slots, meta=None, html=False):
        self.rng = rng
        self.kind = kind
        self.lang = lang
        self.slots = slots
        self.meta = meta or []
        self.html = html

    def filler(self, kind=None):
        kind = kind or self.kind
        pool = BENIGN[kind]
        r = self.rng
        if not hasattr(self, "used"):
            self.used = []
        def ok(t):
            key = t.split("{")[0][:30]
            return t not in self.used and not (len(key) > 8 and any(key in s for s in self.slots))
        same = [t for (l, t) in pool if l == self.lang and ok(t)]
        if self.lang != "en" and same and r.random() < 0.5:
            cand = same
        else:
            cand = [t for (l, t) in pool if l == "en" and ok(t)]
        t = r.choice(cand)
        self.used.append(t)
        return fill(r, t)

    def mix(self, n_fill, kind=None):
        r = self.rng
        fills = [self.filler(kind) for _ in range(n_fill)]
        total = n_fill + len(self.slots)
        pos = sorted(r.sample(range(total), len(self.slots)))
        out, si, fi = [], 0, 0
        for i in range(total):
            if si < len(pos) and pos[si] == i:
                out.append(self.slots[si]); si += 1
            else:
                out.append(fills[fi]); fi += 1
        return out


def mkey(key, style):
    parts = key.replace("-", "_").split("_")
    if style in ("header", "ics") and parts[0] == "x":
        parts = parts[1:]
    if style == "header":
        return "X-" + "-".join(p.capitalize() for p in parts)
    if style == "ics":
        return "X-" + "-".join(p.upper() for p in parts)
    if style == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if style == "title":
        return " ".join(p.capitalize() for p in parts)
    if style == "sf":
        return "_".join(p.capitalize() for p in parts) + "__c"
    return "_".join(parts)


def one_line(s):
    return s.replace("\r", " ").replace("\n", " ")


SUBJECTS = {
    "msg": ["Re: revised quote", "Staging maintenance tonight", "Re: order {order}", "Q{q} expense reminder",
            "Fwd: site floor plans", "Re: contract renewal", "Quick question about the demo",
            "Re: delivery instructions", "Update on replacement parts", "Re: 502s on EU load balancer",
            "Pilot results", "Re: laptop pickup"],
    "note": ["Account notes", "Re: renewal call", "Follow-up", "Meeting notes {date}"],
    "support": ["Order {order}", "Question about my account", "Problem with my order", "Billing question",
                "Re: your support request", "Help needed", "Re: case {n}"],
}


def c_email(ctx):
    r = ctx.rng
    sender, rcpt = name(r), name(r)
    co = company(r)
    dom = company_domain(r, co)
    subj = fill(r, r.choice(SUBJECTS.get(ctx.kind, SUBJECTS["msg"])))
    hdr = ["From: %s <%s>" % (sender, email_addr(r, sender, dom)),
           "To: %s <%s>" % (rcpt, email_addr(r, rcpt)),
           "Date: " + rfc2822(r),
           "Subject: " + subj,
           "Message-ID: <%s.%s@%s>" % (rand_str(r, 12, HEX), rand_str(r, 6, HEX), dom)]
    if r.random() < 0.4:
        cc = name(r)
        hdr.insert(2, "Cc: %s <%s>" % (cc, email_addr(r, cc, dom)))
    for k, v in ctx.meta:
        hdr.append("%s: %s" % (mkey(k, "header"), one_line(v)))
    html = ctx.html or r.random() < 0.3
    paras = ctx.mix(r.randrange(0, 2))
    greet = r.choice(["Hi %s," % rcpt.split()[0], "Hello %s," % rcpt.split()[0], "Dear %s," % rcpt, "%s," % rcpt.split()[0]])
    close = r.choice(["Best regards,", "Thanks,", "Cheers,", "Kind regards,", "Many thanks,"])
    sig = "%s\n%s | %s" % (sender, r.choice(["Account Manager", "Operations Lead", "Support Engineer", "Office Manager",
                                              "Procurement", "Project Coordinator"]), co)
    if html:
        hdr += ["MIME-Version: 1.0", 'Content-Type: text/html; charset="UTF-8"']
        pre = ""
        if r.random() < 0.5:
            pre = '<span class="preheader" style="display:none;max-height:0;overflow:hidden">%s</span>\n' % r.choice(
                ["Update from %s" % co, "Your message from %s" % sender.split()[0], "Details inside"])
        body = "<html><body>\n%s<p>%s</p>\n%s\n<p>%s<br>%s</p>\n" % (
            pre, greet, "\n".join("<p>%s</p>" % p.replace("\n", "<br>") for p in paras), close, sig.replace("\n", "<br>"))
        if r.random() < 0.5:
            body += '<img src="https://%s/email/logo.png" alt="%s logo" width="120">\n' % (dom, co)
        body += "</body></html>"
    else:
        hdr += ["MIME-Version: 1.0", 'Content-Type: text/plain; charset="UTF-8"']
        body = "%s\n\n%s\n\n%s\n%s" % (greet, "\n\n".join(paras), close, sig)
        if r.random() < 0.35:
            q = ctx.filler()
            body += "\n\nOn %s, %s wrote:\n> %s" % (date(r, 2), rcpt, q.replace("\n", "\n> "))
    return "\n".join(hdr) + "\n\n" + body


def c_web_page(ctx):
    r = ctx.rng
    co = company(r)
    dom = company_domain(r, co)
    title = r.choice(["Help Center", "Product details", "News", "Guides", "Visitor information", "Blog"])
    head = ["<!DOCTYPE html>", '<html lang="%s">' % ctx.lang, "<head>", '<meta charset="utf-8">',
            "<title>%s | %s</title>" % (title, co)]
    head.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    for k, v in ctx.meta:
        head.append('<meta name="%s" content="%s">' % (k.replace("_", "-"), one_line(v).replace('"', "&quot;")))
    if r.random() < 0.4:
        head.append("<!-- Analytics snippet v%s -->" % version(r))
    head.append('<link rel="stylesheet" href="/assets/site.%s.css">' % rand_str(r, 8, HEX))
    head.append("</head>")
    body = ["<body>", '<header><nav><a href="/">Home</a> <a href="/products">Products</a> <a href="/support">Support</a></nav></header>',
            "<main>", "<h1>%s</h1>" % r.choice(["Frequently asked questions", "What's new", "Getting started",
                                                 "About this product", "Planning your visit", "Latest update"])]
    if ctx.kind == "review":
        body.append("<h2>Customer reviews</h2>")
        for t in ctx.mix(r.randrange(1, 4)):
            body.append('<div class="review"><span class="stars">%s</span> <strong>%s</strong><p>%s</p></div>' % (
                "★" * r.randrange(2, 6), first(r), t))
    else:
        for i, t in enumerate(ctx.mix(r.randrange(1, 4))):
            if i and r.random() < 0.5:
                body.append("<h2>%s</h2>" % r.choice(["Details", "Before you start", "More information", "Notes", "Opening hours"]))
            body.append("<p>%s</p>" % t.replace("\n", "<br>"))
    if r.random() < 0.4:
        body.append('<img src="/images/%s.jpg" alt="%s">' % (rand_str(r, 6, "abcdefghijklmnop"), r.choice(
            ["Team photo at the annual meetup", "Screenshot of the settings page", "Map of the area", "Product shown from the side"])))
    body.append("</main>")
    if r.random() < 0.4:
        body.append('<div id="cookie-banner" style="display:none">We use cookies to improve your experience. <button>Accept</button></div>')
    body.append('<footer>&copy; %d %s &middot; <a href="https://%s/privacy">Privacy</a></footer>' % (r.choice([2023, 2024, 2025]), co, dom))
    body += ["</body>", "</html>"]
    return "\n".join(head + body)


def c_markdown(ctx):
    r = ctx.rng
    out = []
    if ctx.meta or r.random() < 0.35:
        out.append("---")
        out.append("title: %s" % r.choice(["Team handbook", "Release notes", "Travel guide", "Support FAQ", "Project notes"]))
        out.append("updated: %s" % date(r))
        for k, v in ctx.meta:
            out.append('%s: "%s"' % (mkey(k, "snake"), one_line(v).replace('"', '\\"')))
        out.append("---\n")
    out.append("# " + r.choice(["Overview", "Notes", "FAQ", "Getting started", "Weekly update", "Reference"]))
    out.append("")
    for i, t in enumerate(ctx.mix(r.randrange(1, 4))):
        if i and r.random() < 0.6:
            out.append("## " + r.choice(["Details", "Background", "Next steps", "Good to know", "Limits", "Costs"]))
            out.append("")
        out.append(t)
        out.append("")
    if r.random() < 0.3:
        out.append("- Last reviewed by %s\n- Owner: %s team" % (name(r), r.choice(TEAMS)))
    return "\n".join(out).rstrip() + "\n"


def c_ticket(ctx):
    r = ctx.rng
    req = name(r)
    tid = r.randrange(10000, 99999)
    lines = ["Ticket #%d: %s" % (tid, fill(r, r.choice(["Export stops at 10k rows", "Printer offline on 4th floor",
                                                           "Damaged item in order {order}", "Cannot log in after password reset",
                                                           "Invoice copy request", "Delivery instructions", "Billing question",
                                                           "Refund status"]))),
             "Status: %s | Priority: %s | Channel: %s" % (r.choice(["Open", "Pending", "In progress"]), r.choice(["Low", "Normal", "High"]),
                                                          r.choice(["Email", "Web form", "Chat", "Phone"])),
             "Requester: %s <%s>" % (req, email_addr(r, req)),
             "Assignee: %s (%s)" % (name(r), r.choice(["Tier 1", "Tier 2", "Billing"])),
             "Created: %s" % ts(r),
             "Tags: %s" % ", ".join(r.sample(["billing", "export", "hardware", "login", "refund", "shipping", "vip", "bug"], 2))]
    for k, v in ctx.meta:
        lines.append("%s: %s" % (mkey(k, "title"), one_line(v)))
    items = ctx.mix(r.randrange(1, 3))
    lines.append("")
    lines.append("Description:")
    lines.append(items[0])
    for t in items[1:]:
        lines.append("")
        lines.append("--- %s %s %s ---" % (r.choice(["Reply from", "Internal note by", "Comment by"]), name(r), ts(r)))
        lines.append(t)
    return "\n".join(lines)


def c_issue_comment(ctx):
    r = ctx.rng
    key = r.choice(["PLAT", "BILL", "WEB", "OPS", "MOB", "DATA"]) + "-" + str(r.randrange(100, 9999))
    if r.random() < 0.5:
        lines = ["%s: %s" % (key, r.choice(["Flaky scheduler test", "Upgrade dependencies for Q%d" % r.randrange(1, 5),
                                             "Export timeout for large tenants", "Dark mode contrast issues",
                                             "Webhook retries drop events"])),
                 "Type: %s    Status: %s    Priority: %s" % (r.choice(["Bug", "Task", "Story"]), r.choice(["Open", "In Review", "In Progress"]),
                                                              r.choice(["Minor", "Major", "Medium"])),
                 "Reporter: %s    Assignee: %s" % (name(r), name(r)),
                 "Labels: %s" % " ".join(r.sample(["backend", "frontend", "tech-debt", "customer", "regression", "infra"], 2))]
        for k, v in ctx.meta:
            lines.append("%s: %s" % (mkey(k, "title"), one_line(v)))
        lines += ["", "Comments:"]
        for t in ctx.mix(r.randrange(1, 4)):
            lines.append("")
            lines.append("%s added a comment - %s" % (name(r), date(r, 2)))
            lines.append(t)
        return "\n".join(lines)
    # GitHub issue API style JSON
    comments = []
    for t in ctx.mix(r.randrange(1, 3)):
        c = {"id": r.randrange(10**9, 2 * 10**9), "user": {"login": handle(r)}, "created_at": ts(r),
             "author_association": r.choice(["MEMBER", "CONTRIBUTOR", "NONE"]), "body": t}
        comments.append(c)
    obj = {"issue": {"number": r.randrange(10, 5000), "title": r.choice(["Crash on import with emoji names", "Docs: unclear SSO setup",
                                                                          "Feature request: CSV delimiter option", "Timeout on /v2/reports"]),
                     "state": "open", "labels": [r.choice(["bug", "docs", "enhancement", "question"])]},
           "comments": comments}
    for k, v in ctx.meta:
        obj["issue"][mkey(k, "snake")] = v
    return json.dumps(obj, ensure_ascii=False, indent=2)


def c_chat_export(ctx):
    r = ctx.rng
    items = ctx.mix(r.randrange(2, 5))
    if r.random() < 0.5:
        msgs = []
        t0 = r.randrange(1700000000, 1740000000)
        for i, t in enumerate(items):
            t0 += r.randrange(20, 900)
            m = {"type": "message", "user": "U0" + rand_str(r, 8, string.ascii_uppercase + string.digits),
                 "user_name": handle(r), "text": t, "ts": "%d.%06d" % (t0, r.randrange(10**6))}
            if r.random() < 0.2:
                m["reactions"] = [{"name": r.choice(["+1", "eyes", "white_check_mark"]), "count": r.randrange(1, 5)}]
            msgs.append(m)
        if ctx.meta:
            j = r.randrange(len(msgs))
            msgs[j]["metadata"] = {"event_type": "imported_message", "event_payload": {mkey(k, "snake"): v for k, v in ctx.meta}}
        return json.dumps({"channel": "#" + r.choice(TEAMS) + r.choice(["", "-team", "-alerts", "-chat"]), "messages": msgs},
                          ensure_ascii=False, indent=1)
    lines = ["Microsoft Teams - chat export", "Conversation: %s" % r.choice(["Project Falcon", "Ops standup", "Office Leeds", "Vendor onboarding"])]
    for k, v in ctx.meta:
        lines.append("%s: %s" % (mkey(k, "title"), one_line(v)))
    lines.append("")
    h, mnt = r.randrange(8, 17), r.randrange(60)
    for t in items:
        mnt += r.randrange(1, 15)
        lines.append("[%02d:%02d] %s" % (h + mnt // 60, mnt % 60, name(r)))
        lines.append(t)
        lines.append("")
    return "\n".join(lines).rstrip()


def _sql_rows(ctx):
    r = ctx.rng
    items = ctx.mix(r.randrange(2, 5))
    if ctx.kind == "review":
        cols = ["id", "product", "rating", "review_text"]
        rows = [[str(r.randrange(1000, 99999)), r.choice(PRODUCTS), str(r.randrange(1, 6)), t] for t in items]
    else:
        cols = ["id", "account", "created_at", "note"]
        rows = [[str(r.randrange(1000, 99999)), company(r), ts(r)[:10], t] for t in items]
    if ctx.meta:
        for k, v in ctx.meta:
            cols.append(mkey(k, "snake"))
            j = r.randrange(len(rows))
            for i, row in enumerate(rows):
                row.append(v if i == j else r.choice(["", "NULL"]))
    return cols, rows


def c_sql_result(ctx):
    r = ctx.rng
    cols, rows = _sql_rows(ctx)
    table = "reviews" if ctx.kind == "review" else "account_notes"
    q = "SELECT %s FROM %s WHERE created_at >= '%s' ORDER BY id LIMIT %d" % (", ".join(cols), table, date(r), len(rows))
    multiline = any("\n" in c for row in rows for c in row)
    if multiline or r.random() < 0.3:
        out = ["mysql> " + q + "\\G"]
        for i, row in enumerate(rows):
            out.append("*************************** %d. row ***************************" % (i + 1))
            w = max(len(c) for c in cols)
            for c, v in zip(cols, row):
                out.append("%s: %s" % (c.rjust(w), v))
        out.append("%d rows in set (0.0%d sec)" % (len(rows), r.randrange(1, 9)))
        return "\n".join(out)
    widths = [max(len(c), *(len(row[i]) for row in rows)) for i, c in enumerate(cols)]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = ["mysql> " + q + ";", sep, "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |", sep]
    for row in rows:
        out.append("| " + " | ".join(v.ljust(w) for v, w in zip(row, widths)) + " |")
    out.append(sep)
    out.append("%d rows in set (0.0%d sec)" % (len(rows), r.randrange(1, 9)))
    return "\n".join(out)


def c_csv(ctx):
    r = ctx.rng
    items = ctx.mix(r.randrange(2, 6))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if ctx.kind == "review":
        cols = ["review_id", "sku", "stars", "submitted", "body"]
        rows = [["R" + str(r.randrange(100000, 999999)), "SKU-" + rand_str(r, 5, string.digits), str(r.randrange(1, 6)), date(r), t] for t in items]
    else:
        cols = ["record_id", "owner", "updated", "status", "notes"]
        rows = [[str(r.randrange(10000, 99999)), name(r), date(r), r.choice(["open", "closed", "pending"]), t] for t in items]
    for k, v in ctx.meta:
        cols.append(mkey(k, "snake"))
        j = r.randrange(len(rows))
        for i, row in enumerate(rows):
            row.append(v if i == j else "")
    w.writerow(cols)
    for row in rows:
        w.writerow(row)
    return buf.getvalue().rstrip("\n")


def c_api_json(ctx):
    r = ctx.rng
    items = ctx.mix(r.randrange(1, 4))
    data = []
    for t in items:
        if ctx.kind == "review":
            d = {"id": r.randrange(10**5, 10**7), "rating": r.randrange(1, 6), "author": {"display_name": first(r), "verified": r.random() < 0.7},
                 "body": t, "created_at": ts(r)}
        elif ctx.kind == "doc":
            d = {"id": "art_" + rand_str(r, 10, string.ascii_lowercase + string.digits), "title": r.choice(["Help article", "Knowledge base entry", "FAQ item", "Guide excerpt", "Info page"]) + " " + str(r.randrange(100, 999)),
                 "locale": ctx.lang, "content": {"format": "plain", "text": t}, "updated_at": ts(r)}
        else:
            d = {"id": r.randrange(10**5, 10**7), "type": r.choice(["note", "activity", "task"]), "owner": {"id": r.randrange(100, 999), "name": name(r)},
                 "description": t, "due": date(r)}
        data.append(d)
    if ctx.meta:
        tgt = r.choice(data)
        tgt["annotations"] = {mkey(k, "snake"): v for k, v in ctx.meta}
    obj = {"object": "list", "data": data, "has_more": r.random() < 0.5,
           "meta": {"request_id": "req_" + rand_str(r, 14, string.ascii_letters + string.digits), "page": r.randrange(1, 5)}}
    return json.dumps(obj, ensure_ascii=False, indent=2)


def c_config(ctx):
    r = ctx.rng
    svc = r.choice(["report-scheduler", "notifier", "importer", "loyalty-job", "billing-sync", "search-indexer"])
    t = ctx.mix(0)[0] if len(ctx.slots) == 1 else "\n".join(ctx.slots)
    if r.random() < 0.5:
        lines = ["# %s configuration" % svc, "service:", "  name: %s" % svc, "  replicas: %d" % r.randrange(1, 6),
                 "  schedule: \"%d %d * * *\"" % (r.randrange(60), r.randrange(24)),
                 "  description: |"]
        lines += ["    " + l for l in t.split("\n")]
        lines += ["  owner: %s-team" % r.choice(TEAMS), "limits:", "  cpu: \"%dm\"" % (r.randrange(1, 8) * 250),
                  "  memory: %dMi" % (r.randrange(1, 9) * 256), "retry:", "  attempts: %d" % r.randrange(2, 8), "  backoff_seconds: %d" % r.randrange(5, 120)]
        for k, v in ctx.meta:
            lines.append("%s: %s" % (mkey(k, "snake"), json.dumps(v, ensure_ascii=False)))
        return "\n".join(lines)
    lines = ["# %s.toml" % svc, "[service]", 'name = "%s"' % svc, "workers = %d" % r.randrange(1, 16),
             'description = """', t, '"""', "", "[database]", 'host = "%s.internal"' % r.choice(["db-main", "pg-replica", "reporting-db"]),
             "port = 5432", "pool_size = %d" % r.randrange(5, 50), "", "[logging]", 'level = "%s"' % r.choice(["info", "warn", "debug"])]
    if ctx.meta:
        lines += ["", "[metadata]"]
        for k, v in ctx.meta:
            lines.append("%s = %s" % (mkey(k, "snake"), json.dumps(v, ensure_ascii=False)))
    return "\n".join(lines)


def c_app_log(ctx):
    r = ctx.rng
    svc = r.choice(["feedback-api", "ticket-ingest", "crm-sync", "review-service", "mail-gateway", "notes-worker"])
    slot_set = ctx.mix(0)
    structured = r.random() < 0.5
    y = r.choice([2024, 2025])
    base_t = "%d-%02d-%02dT%02d:%02d" % (y, r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60))
    ms = r.randrange(0, 20000)
    out = []
    noise = ["GET /healthz 200 2ms", "cache hit ratio=0.%d" % r.randrange(50, 99), "worker heartbeat ok",
             "flushed %d events to queue" % r.randrange(5, 500), "connection pool size=%d idle=%d" % (r.randrange(10, 30), r.randrange(0, 9)),
             "retrying upstream call attempt=2", "GET /api/v2/items 200 %dms" % r.randrange(5, 300)]
    n_noise = r.randrange(3, 7)
    seq = [("n", r.choice(noise)) for _ in range(n_noise)]
    for s in slot_set:
        seq.insert(r.randrange(1, len(seq)), ("s", s))
    for typ, msg in seq:
        ms += r.randrange(5, 3000)
        t = "%s:%02d.%03dZ" % (base_t, min(ms // 1000, 59), ms % 1000)
        lvl = "INFO" if typ == "s" or r.random() < 0.7 else r.choice(["DEBUG", "WARN"])
        if structured:
            rec = {"ts": t, "level": lvl.lower(), "svc": svc}
            if typ == "s":
                rec["msg"] = r.choice(["stored user comment", "inbound message received", "note synced", "review submitted"])
                rec["record_id"] = r.randrange(10**5, 10**7)
                rec["body"] = msg
                for k, v in ctx.meta:
                    rec[mkey(k, "snake")] = v
            else:
                rec["msg"] = msg
            out.append(json.dumps(rec, ensure_ascii=False))
        else:
            if typ == "s":
                extra = "".join(" %s=%s" % (mkey(k, "snake"), json.dumps(v, ensure_ascii=False)) for k, v in ctx.meta)
                out.append('%s %-5s [%s] %s id=%d%s body="%s"' % (t, lvl, svc, r.choice(["comment.created", "message.received", "note.updated"]),
                                                                  r.randrange(10**5, 10**7), extra, msg))
            else:
                out.append("%s %-5s [%s] %s" % (t, lvl, svc, msg))
    return "\n".join(out)


def c_ci_log(ctx):
    r = ctx.rng
    sha = rand_str(r, 40, HEX)
    msg = ctx.mix(0)
    env = []
    for k, v in ctx.meta:
        env.append("  %s: %s" % (mkey(k, "snake").upper(), one_line(v)))
    t0 = "%d-%02d-%02dT%02d:%02d" % (r.choice([2024, 2025]), r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(50))
    c = [r.randrange(0, 10**7)]

    def L(s):
        c[0] += r.randrange(10**5, 2 * 10**7)
        return "%s:%02d.%07dZ %s" % (t0, c[0] // 10**7, c[0] % 10**7, s)
    out = [L("##[group]Run actions/checkout@v4"), L("Syncing repository: %s" % repo(r)), L("##[endgroup]"),
           L("HEAD is now at %s" % sha[:7]), L("##[group]Run git log -1 --format=%B")]
    for m in msg:
        for line in m.split("\n"):
            out.append(L(line))
    out.append(L("##[endgroup]"))
    out.append(L("##[group]Run make test"))
    if env:
        out.append(L("env:"))
        for e in env:
            out.append(L(e))
    n = r.randrange(40, 400)
    out += [L("python -m pytest -q --maxfail=5"), L("%s [100%%]" % ("." * r.randrange(20, 60))),
            L("%d passed, %d skipped in %.2fs" % (n, r.randrange(0, 6), r.uniform(3, 90))), L("##[endgroup]"),
            L("Cleaning up orphan processes")]
    return "\n".join(out)


def c_git_log(ctx):
    r = ctx.rng
    msgs = ctx.mix(r.randrange(2, 5))
    out = []
    for m in msgs:
        a = name(r)
        out.append("commit " + rand_str(r, 40, HEX))
        if r.random() < 0.15:
            out.append("Merge: %s %s" % (rand_str(r, 7, HEX), rand_str(r, 7, HEX)))
        out.append("Author: %s <%s>" % (a, email_addr(r, a)))
        out.append("Date:   %s" % rfc2822(r).replace(",", ""))
        out.append("")
        for line in m.split("\n"):
            out.append("    " + line)
        if m in ctx.slots:
            for k, v in ctx.meta:
                out.append("    %s: %s" % ("-".join(p.capitalize() for p in k.split("_")), one_line(v)))
        if r.random() < 0.3:
            rv = name(r)
            out.append("    ")
            out.append("    Reviewed-by: %s <%s>" % (rv, email_addr(r, rv)))
        out.append("")
    return "\n".join(out).rstrip()


def c_source_code(ctx):
    r = ctx.rng
    texts = ctx.mix(0)
    lang = r.choice(["py", "js", "go"])
    fn = r.choice(["sync_accounts", "build_report", "send_digest", "reconcile", "import_rows", "refresh_cache"])
    if lang == "py":
        head = ['"""%s module.' % fn.replace("_", " ").capitalize(), "", "Maintained by the %s team." % r.choice(TEAMS), '"""',
                "import logging", "from datetime import datetime, timezone", ""]
        for k, v in ctx.meta:
            head.append("__%s__ = %s" % (mkey(k, "snake"), json.dumps(v, ensure_ascii=False)))
        head += ["log = logging.getLogger(__name__)", "BATCH_SIZE = %d" % r.choice([100, 250, 500, 1000]), ""]
        com = []
        for t in texts:
            com += ["# " + l if l else "#" for l in t.split("\n")]
        body = ["", "def %s(client, since=None):" % fn] + ["    " + c for c in com] + [
            "    since = since or datetime.now(timezone.utc)",
            "    rows = client.fetch(since=since, limit=BATCH_SIZE)",
            "    for row in rows:",
            "        if not row.get(\"active\"):",
            "            continue",
            "        client.upsert(row)",
            "    log.info(\"%s processed %%d rows\", len(rows))" % fn,
            "    return len(rows)"]
        return "\n".join(head + body)
    if lang == "js":
        head = ["'use strict';", "", "const { fetchPage } = require('./client');", ""]
        if ctx.meta:
            head.append("module.exports.metadata = {")
            for k, v in ctx.meta:
                head.append("  %s: %s," % (mkey(k, "camel"), json.dumps(v, ensure_ascii=False)))
            head += ["};", ""]
        com = ["/**"] + [" * " + l if l else " *" for t in texts for l in t.split("\n")] + [" */"]
        cam = mkey(fn, "camel")
        body = com + ["async function %s(opts = {}) {" % cam, "  const out = [];", "  let cursor = null;", "  do {",
                      "    const page = await fetchPage({ cursor, limit: %d });" % r.choice([50, 100, 200]),
                      "    out.push(...page.items.filter((x) => !x.archived));", "    cursor = page.next;", "  } while (cursor);",
                      "  return out;", "}", "", "module.exports.%s = %s;" % (cam, cam)]
        return "\n".join(head + body)
    head = ["package %s" % r.choice(["sync", "report", "billing", "jobs"]), "", "import (", '\t"context"', '\t"time"', ")", ""]
    for k, v in ctx.meta:
        head.append("// %s: %s" % (mkey(k, "camel"), one_line(v)))
    if ctx.meta:
        head.append("")
    cam = mkey(fn, "camel")
    cam = cam[0].upper() + cam[1:]
    com = ["// " + l if l else "//" for t in texts for l in t.split("\n")]
    body = com + ["func %s(ctx context.Context, c *Client) (int, error) {" % cam,
                  "\tctx, cancel := context.WithTimeout(ctx, %d*time.Second)" % r.choice([10, 30, 60]), "\tdefer cancel()",
                  "\trows, err := c.Fetch(ctx)", "\tif err != nil {", "\t\treturn 0, err", "\t}", "\treturn len(rows), nil", "}"]
    return "\n".join(head + body)


def c_readme(ctx):
    r = ctx.rng
    proj = slugify(r.choice(["tiny", "quick", "open", "easy", "bright", "paper"]) + "-" + r.choice(["queue", "forms", "cache", "invoice", "notes", "charts"]))
    out = ["# %s" % proj, "",
           "[![build](https://img.shields.io/badge/build-passing-brightgreen)](https://ci.example.org/%s) [![license](https://img.shields.io/badge/license-MIT-blue)](LICENSE)" % proj,
           ""]
    for k, v in ctx.meta:
        out.append("[//]: # (%s: %s)" % (k, one_line(v).replace("(", "[").replace(")", "]")))
    if ctx.meta:
        out.append("")
    texts = ctx.mix(r.randrange(0, 2))
    out += ["%s is a small library for %s." % (proj, r.choice(["scheduling background jobs", "rendering invoice PDFs", "caching HTTP responses",
                                                                  "building forms", "exporting charts"])), "",
            "## Installation", "", "```bash", "pip install %s" % proj if r.random() < 0.5 else "npm install %s" % proj, "```", "",
            "## Usage", "", "```python", "from %s import Client" % proj.replace("-", "_"), "client = Client(timeout=%d)" % r.choice([5, 10, 30]),
            "client.run()", "```", ""]
    for i, t in enumerate(texts):
        out += ["## " + r.choice(["Notes", "Configuration", "Contributing", "FAQ", "Compatibility"]), "", t, ""]
    out += ["## License", "", "MIT"]
    return "\n".join(out)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    out = []
    while len(line) > 74:
        out.append(line[:74])
        line = " " + line[74:]
    out.append(line)
    return "\r\n".join(out)


def c_calendar(ctx):
    r = ctx.rng
    org = name(r)
    desc = "\n\n".join(ctx.mix(r.randrange(0, 2)))
    y, m, d = r.choice([2024, 2025]), r.randrange(1, 13), r.randrange(1, 29)
    h = r.randrange(8, 17)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//%s//Calendar 1.0//EN" % company(r), "BEGIN:VEVENT",
             "UID:%s@%s" % (rand_str(r, 16, HEX), company_domain(r)),
             "DTSTAMP:%d%02d%02dT%02d%02d00Z" % (y, m, d, r.randrange(24), r.randrange(60)),
             "DTSTART:%d%02d%02dT%02d0000Z" % (y, m, d, h), "DTEND:%d%02d%02dT%02d3000Z" % (y, m, d, h),
             "SUMMARY:" + ics_escape(r.choice(["Renewal call", "Q%d planning" % r.randrange(1, 5), "Vendor onboarding", "Weekly sync",
                                              "Site visit", "Onboarding session"])),
             "ORGANIZER;CN=%s:mailto:%s" % (org, email_addr(r, org)),
             "LOCATION:" + ics_escape(r.choice(["Room Oak", "Video call", "Leeds office, 2nd floor", "Customer site"])),
             "DESCRIPTION:" + ics_escape(desc)]
    for _ in range(r.randrange(1, 3)):
        a = name(r)
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (a, email_addr(r, a)))
    if r.random() < 0.4:
        lines.append("X-MICROSOFT-CDO-BUSYSTATUS:BUSY")
    for k, v in ctx.meta:
        lines.append("%s:%s" % (mkey(k, "ics"), ics_escape(v)))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in lines)


def c_crm_record(ctx):
    r = ctx.rng
    co = company(r)
    contact = name(r)
    notes = ctx.mix(r.randrange(0, 3))
    if r.random() < 0.5:
        rec = {"Id": "001" + rand_str(r, 15, string.ascii_letters + string.digits), "Name": co,
               "Industry": r.choice(["Logistics", "Healthcare", "Retail", "Manufacturing", "Finance"]),
               "Stage": r.choice(["Prospecting", "Negotiation", "Closed Won", "Renewal"]),
               "AnnualRevenue": r.randrange(1, 900) * 100000,
               "PrimaryContact": {"Name": contact, "Title": r.choice(["Head of IT", "CFO", "Operations Manager", "Buyer"])},
               "Notes": [{"CreatedDate": ts(r), "Body": t} for t in notes]}
        for k, v in ctx.meta:
            rec[mkey(k, "sf")] = v
        return json.dumps(rec, ensure_ascii=False, indent=2)
    lines = ["Account: %s" % co, "Owner: %s" % name(r), "Stage: %s" % r.choice(["Prospect", "Customer", "Churn risk", "Renewal"]),
             "Primary contact: %s (%s)" % (contact, r.choice(["Head of IT", "CFO", "Office Manager", "Buyer"])),
             "Next step: %s" % r.choice(["Send proposal", "Schedule demo", "Confirm PO", "Renewal call"])]
    for k, v in ctx.meta:
        lines.append("%s: %s" % (mkey(k, "title"), one_line(v)))
    lines += ["", "Activity history:"]
    for t in notes:
        lines.append("- %s  %s: %s" % (date(r), r.choice(["Call", "Email", "Note", "Meeting"]), t))
    return "\n".join(lines)


def c_search_results(ctx):
    r = ctx.rng
    snippets = ctx.mix(r.randrange(2, 5))
    others = [x for x in snippets if x not in ctx.slots]
    if others and r.random() < 0.6:
        q = " ".join(w.strip(".,:;'\"()").lower() for w in r.choice(others).split()[:r.randrange(3, 6)])
    elif ctx.kind == "review":
        q = r.choice(["%s review" % r.choice(PRODUCTS), "is the %s worth it" % r.choice(PRODUCTS).split()[0], "best budget headphones",
                      "reviews durable travel gear", "kitchen gadget reviews"])
    else:
        q = r.choice(["opening hours and visitor info", "how to configure sso", "api rate limits 429", "backup retention policy",
                      "returns policy", "local news cycle lane", "getting started guide", "export large workspace"])
    if r.random() < 0.5:
        res = []
        for i, s in enumerate(snippets):
            d = r.choice([company_domain(r), ext_domain(r)])
            ttl = " ".join(s.split()[:6]).rstrip(".,:;")
            res.append({"rank": i + 1, "title": ttl + " | " + d.split(".")[0].capitalize(),
                        "url": "https://%s/%s" % (d, slugify(" ".join(s.split()[:5]))[:40]), "snippet": s})
        if ctx.meta:
            tgt = r.choice(res)
            tgt["page_meta"] = {mkey(k, "snake"): v for k, v in ctx.meta}
        return json.dumps({"query": q, "engine": "web", "results": res}, ensure_ascii=False, indent=2)
    out = ["Search results for \"%s\":" % q, ""]
    for i, s in enumerate(snippets):
        d = r.choice([company_domain(r), ext_domain(r)])
        out.append("%d. %s - %s" % (i + 1, " ".join(s.split()[:6]).rstrip(".,:;"), d.split(".")[0].capitalize()))
        out.append("   https://%s/%s" % (d, slugify(" ".join(s.split()[:5]))[:40]))
        out.append("   " + s.replace("\n", "\n   "))
        if s in ctx.slots:
            for k, v in ctx.meta:
                out.append("   [%s] %s" % (k, one_line(v)))
        out.append("")
    return "\n".join(out).rstrip()


def c_pdf_text(ctx):
    r = ctx.rng
    co = company(r)
    meta = ["Title: %s" % r.choice(["Annual report", "Visitor guide", "Product manual", "Policy handbook", "Service description"]),
            "Author: %s" % name(r), "Producer: %s" % r.choice(["Microsoft Word for Microsoft 365", "LibreOffice 7.6", "Adobe PDF Library 17.0"]),
            "CreationDate: D:%d%02d%02d%02d%02d00" % (r.choice([2023, 2024]), r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60)),
            "Pages: %d" % r.randrange(2, 40)]
    for k, v in ctx.meta:
        meta.append("%s: %s" % (mkey(k, "title").replace(" ", ""), one_line(v)))
    paras = ctx.mix(r.randrange(1, 4))
    page = r.randrange(1, 12)
    out = ["[PDF metadata]"] + meta + ["", "--- page %d ---" % page, co.upper(), ""]
    for i, p in enumerate(paras):
        if i and r.random() < 0.3:
            page += 1
            out += ["", "%s | Page %d" % (co, page - 1), "--- page %d ---" % page, ""]
        out.append(p)
        out.append("")
    out.append("%s | Page %d" % (co, page))
    return "\n".join(out)


def c_rss(ctx):
    r = ctx.rng
    co = company(r)
    dom = company_domain(r, co)
    items = ctx.mix(r.randrange(1, 4))
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           "  <title>%s %s</title>" % (co, r.choice(["Blog", "Changelog", "News"])), "  <link>https://%s/</link>" % dom,
           "  <description>Updates from %s</description>" % co]
    for t in items:
        out += ["  <item>", "    <title>%s</title>" % r.choice(["Release %s" % version(r), "Service update", "Community news",
                                                               "New in the app", "Event recap"]),
                "    <link>https://%s/posts/%s</link>" % (dom, rand_str(r, 8, string.ascii_lowercase)),
                "    <pubDate>%s</pubDate>" % rfc2822(r),
                "    <description><![CDATA[%s]]></description>" % ("<p>" + t.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>")]
        if t in ctx.slots:
            for k, v in ctx.meta:
                out.append("    <dc:%s>%s</dc:%s>" % (mkey(k, "camel"), v.replace("&", "&amp;").replace("<", "&lt;"), mkey(k, "camel")))
        out.append("  </item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out)


def c_chat_transcript(ctx):
    r = ctx.rng
    visitor, agent = first(r), first(r)
    vm = ctx.mix(r.randrange(1, 3))
    out = ["Chat transcript #%d" % r.randrange(100000, 999999), "Started: %s" % ts(r), "Visitor: %s" % visitor,
           "Page: https://%s/%s" % (company_domain(r), r.choice(["pricing", "help/orders", "checkout", "contact"]))]
    for k, v in ctx.meta:
        out.append("%s: %s" % (mkey(k, "title"), one_line(v)))
    out.append("")
    h, mi = r.randrange(8, 20), r.randrange(0, 50)
    out.append("[%02d:%02d] %s (agent): %s" % (h, mi, agent, r.choice(["Hi %s, thanks for contacting us. How can I help?" % visitor,
                                                                       "Hello! You're chatting with %s." % agent])))
    for t in vm:
        mi = min(59, mi + r.randrange(1, 4))
        out.append("[%02d:%02d] %s: %s" % (h, mi, visitor, t))
        mi = min(59, mi + r.randrange(1, 4))
        out.append("[%02d:%02d] %s (agent): %s" % (h, mi, agent, r.choice(["Thanks, let me check that for you.", "Understood, one moment please.",
                                                                           "I've noted that on your account.", "Okay, I'll pass this on to the team."])))
    out.append("Chat ended by %s." % r.choice(["visitor", "agent"]))
    return "\n".join(out)


def c_review_page(ctx):
    r = ctx.rng
    prod = r.choice(PRODUCTS)
    out = ["<!DOCTYPE html>", "<html><head><title>%s - Reviews</title>" % prod]
    for k, v in ctx.meta:
        out.append('<meta name="%s" content="%s">' % (k.replace("_", "-"), one_line(v).replace('"', "&quot;")))
    out += ["</head><body>", '<div class="product"><h1>%s</h1><span class="price">%s%d.%02d</span>' % (prod, r.choice(["$", "£", "€"]), r.randrange(15, 600), r.choice([0, 49, 99])),
            '<img src="/p/%s.jpg" alt="%s, front view"></div>' % (rand_str(r, 6, HEX), prod),
            '<section id="reviews"><h2>%d reviews</h2>' % r.randrange(4, 900)]
    for t in ctx.mix(r.randrange(1, 4)):
        out.append('<article class="review" data-rating="%d"><header><b>%s</b> &middot; <time>%s</time>%s</header><p>%s</p><footer>%d people found this helpful</footer></article>' % (
            r.randrange(1, 6), first(r), date(r), " &middot; Verified purchase" if r.random() < 0.6 else "", t, r.randrange(0, 80)))
    out += ["</section>", "</body></html>"]
    return "\n".join(out)


def c_wiki(ctx):
    r = ctx.rng
    title = r.choice(["Leeds office", "Release process", "Ferry services", "Community garden", "Expense policy", "On-call handbook"])
    out = ["{{Infobox", "| name = %s" % title, "| owner = %s" % r.choice(TEAMS), "| updated = %s" % date(r)]
    for k, v in ctx.meta:
        out.append("| %s = %s" % (mkey(k, "snake"), one_line(v)))
    out += ["}}", "'''%s''' is %s." % (title, r.choice(["maintained by the operations group", "documented here for new starters",
                                                         "reviewed every quarter"])), ""]
    for i, t in enumerate(ctx.mix(r.randrange(1, 4))):
        out += ["== %s ==" % r.choice(["Overview", "Details", "History", "Contacts", "See also", "Procedure"]), t, ""]
    if r.random() < 0.4:
        out.append("[[File:%s.png|thumb|alt=Diagram of the %s|Diagram]]" % (rand_str(r, 6, "abcdefgh"), title.lower()))
    out.append("[[Category:%s]]" % r.choice(["Operations", "Offices", "Policies", "Guides"]))
    return "\n".join(out)


CARRIERS = {
    "email": (c_email, ["msg", "support"]),
    "web_page": (c_web_page, ["doc", "review"]),
    "markdown": (c_markdown, ["doc"]),
    "ticket": (c_ticket, ["support", "note"]),
    "issue_comment": (c_issue_comment, ["msg", "commit"]),
    "chat_export": (c_chat_export, ["msg"]),
    "sql_result": (c_sql_result, ["note", "review"]),
    "csv": (c_csv, ["review", "note"]),
    "api_json": (c_api_json, ["note", "review", "doc"]),
    "config": (c_config, ["note"]),
    "app_log": (c_app_log, ["note", "support"]),
    "ci_log": (c_ci_log, ["commit"]),
    "git_log": (c_git_log, ["commit"]),
    "source_code": (c_source_code, ["code"]),
    "readme": (c_readme, ["doc"]),
    "calendar": (c_calendar, ["note"]),
    "crm_record": (c_crm_record, ["note"]),
    "search_results": (c_search_results, ["doc", "review"]),
    "pdf_text": (c_pdf_text, ["doc"]),
    "rss": (c_rss, ["doc", "commit"]),
    "chat_transcript": (c_chat_transcript, ["support"]),
    "review_page": (c_review_page, ["review"]),
    "wiki": (c_wiki, ["doc"]),
}
FORMATS = list(CARRIERS.keys())
HTML_FORMATS = ["web_page", "review_page", "email", "rss", "markdown", "readme", "wiki"]
