# -*- coding: utf-8 -*-
"""Carrier renderers: turn a title plus a list of free-text units into text that
looks like the output of an agent tool (API JSON, email, log, table ...)."""
import csv
import datetime
import html as htmlmod
import io
import json
import textwrap

from common import (Ins, pick, person, company, email_for, login, rdate, iso_z, rfc2822, later, version,
                    hexs, digits, rstr, ALNUM, LOWER_ALNUM, UPPER_ALNUM, COMPANIES, CITIES, TIMEZONES, place)
import pools_en as P
from langpacks import PACKS

SEP = "\x1f"

GENRE = {
    "github_issue_json": "issue", "jira_issue_text": "issue",
    "email_eml": "email", "email_html": "email", "outlook_graph_json": "email",
    "slack_export_json": "chat", "chat_export_txt": "chat", "meeting_transcript_vtt": "chat",
    "zendesk_ticket_json": "ticket", "crm_contact_json": "ticket",
    "html_page": "article", "markdown_wiki": "article", "pdf_text": "article", "rss_feed_xml": "article",
    "product_reviews_json": "reviews", "product_catalog_json": "catalog", "search_results_json": "search",
    "sql_result_psql": "sql", "csv_export": "csv", "app_log": "log",
    "calendar_ics": "event", "calendar_event_json": "event",
    "yaml_config": "yaml", "python_source": "python", "git_diff": "diff",
    "terminal_output": "terminal", "http_response_raw": "http",
}
ALL_FORMATS = list(GENRE.keys())

# which language-pack scenario feeds which carrier for non-English rows
FOREIGN_SCENARIO = {
    "email_eml": "email", "email_html": "email", "outlook_graph_json": "email", "slack_export_json": "email",
    "chat_export_txt": "email", "calendar_event_json": "email", "meeting_transcript_vtt": "email",
    "zendesk_ticket_json": "support", "crm_contact_json": "support", "github_issue_json": "support",
    "jira_issue_text": "support",
    "html_page": "article", "markdown_wiki": "article", "pdf_text": "article", "rss_feed_xml": "article",
}
FOREIGN_FORMATS = list(FOREIGN_SCENARIO.keys())

# formats where appending the payload to an existing unit looks natural
MERGEABLE = {"github_issue_json", "jira_issue_text", "email_eml", "email_html", "outlook_graph_json",
             "slack_export_json", "chat_export_txt", "zendesk_ticket_json", "crm_contact_json", "html_page",
             "markdown_wiki", "pdf_text", "rss_feed_xml", "product_reviews_json", "product_catalog_json",
             "search_results_json", "calendar_ics", "calendar_event_json", "meeting_transcript_vtt",
             "sql_result_psql", "csv_export", "http_response_raw"}

REPOS = ["ledgerline/ledgerline", "tidepool-dev/tidepool-cli", "corvid-systems/relay", "openfern/fern-ui",
         "quillon/quill-sdk-js", "brightwater/bw-exporter", "paloma-robotics/paloma-nav", "cobalt-ledger/cl-api",
         "emberly/emberly-design-system", "kestrel-oss/payroll-calc"]
GH_LABELS = ["bug", "enhancement", "documentation", "good first issue", "needs-triage", "area/export", "area/ui",
             "windows", "performance", "ci"]
JIRA_KEYS = ["OPS", "WEB", "PAY", "DATA", "CORE", "MOB", "SUP"]


def make_ctx(rng):
    co = company(rng)
    return {
        "{ver}": version(rng), "{ver2}": version(rng), "{pr}": str(rng.randint(300, 9000)),
        "{build}": str(rng.randint(1000, 60000)), "{inv}": "INV-%d-%04d" % (rng.randint(2023, 2025), rng.randint(1, 9999)),
        "{company}": co[0], "{domain}": co[1], "{q}": str(rng.randint(1, 4)), "{role}": pick(rng, P.ROLES),
        "{city}": pick(rng, CITIES), "{ord}": "%d-%s" % (rng.randint(100000, 999999), rstr(rng, UPPER_ALNUM, 4)),
        "{talk}": pick(rng, P.TALKS), "{n}": str(rng.randint(1000, 9999)), "{cust}": person(rng).split(" ")[0],
        "{name}": person(rng),
    }


def fill(s, ctx):
    for k, v in ctx.items():
        if k in s:
            s = s.replace(k, v)
    return s


# ---------------------------------------------------------------- default content
_USAGE = {}


def pick_pool(rng, key, seq):
    """Pick the least-used item of a pool (random tie-break) to spread templates."""
    counts = [_USAGE.get((key, i), 0) for i in range(len(seq))]
    m = min(counts)
    idx = pick(rng, [i for i, c in enumerate(counts) if c == m])
    _USAGE[(key, idx)] = counts[idx] + 1
    return seq[idx]


def reset_usage():
    _USAGE.clear()


def default_content(fmt, rng, lang, ctx):
    """Return (title, units) of benign host content for a carrier."""
    if lang != "en":
        pack = PACKS[lang]
        sc = pack[FOREIGN_SCENARIO[fmt]]
        return fill(sc["title"], ctx), [fill(p, ctx) for p in sc["paras"]]
    g = GENRE[fmt]
    if g == "issue":
        it = pick_pool(rng, "issue", P.ISSUES)
        return fill(it["title"], ctx), [fill(it["body"], ctx)] + [fill(c, ctx) for c in it["comments"]]
    if g == "email":
        it = pick_pool(rng, "email", P.EMAILS)
        return fill(it["subject"], ctx), [fill(p, ctx) for p in it["paras"]]
    if g == "chat":
        msgs = pick_pool(rng, "chat", P.CHATS)
        return pick(rng, ["general", "deploys", "ops-emea", "design", "sales-north", "hiring", "data-team"]), \
            [fill(m, ctx) for m in msgs]
    if g == "ticket":
        it = pick_pool(rng, "ticket", P.TICKETS)
        return fill(it["subject"], ctx), [fill(it["description"], ctx)] + [fill(r, ctx) for r in it["replies"]]
    if g == "article":
        it = pick_pool(rng, "article", P.ARTICLES)
        return it["title"], list(it["paras"])
    if g == "reviews":
        prod = pick_pool(rng, "reviews", P.REVIEW_PRODUCTS)
        pool = P.REVIEWS_BY_PRODUCT[prod]
        revs = rng.sample(pool, rng.randint(3, len(pool)))
        return prod, ["%d%s%s%s%s" % (r, SEP, t, SEP, b) for r, t, b in revs]
    if g == "catalog":
        k = rng.randint(3, 5)
        return "catalog", ["%s%s%s" % (n, SEP, d) for n, d in rng.sample(P.CATALOG, k)]
    if g == "search":
        q, res = pick_pool(rng, "search", P.SEARCHES)
        return q, ["%s%s%s%s%s" % (t, SEP, u, SEP, s) for t, u, s in res]
    if g == "sql":
        k = rng.randint(3, 6)
        return "support_notes", rng.sample(P.SQL_NOTES, k)
    if g == "csv":
        k = rng.randint(5, 9)
        return "survey", rng.sample(P.CSV_COMMENTS, k)
    if g == "log":
        k = rng.randint(6, 11)
        return "log", rng.sample(P.LOG_MESSAGES, k)
    if g == "event":
        it = pick_pool(rng, "event", P.EVENTS)
        return fill(it["title"], ctx), [fill(p, ctx) for p in it["paras"]]
    if g == "yaml":
        k = rng.randint(1, 3)
        return "yaml", rng.sample(YAML_COMMENTS, k)
    if g == "python":
        k = rng.randint(1, 3)
        return "python", rng.sample(PY_COMMENTS, k)
    if g == "diff":
        k = rng.randint(3, 5)
        return pick(rng, DIFF_SUBJECTS), rng.sample(DIFF_LINES, k)
    if g == "terminal":
        k = rng.randint(2, 4)
        return "terminal", rng.sample(K8S_EVENTS, k)
    if g == "http":
        k = rng.randint(2, 4)
        return "notifications", rng.sample(P.HTTP_NOTIFICATIONS, k)
    raise KeyError(fmt)


YAML_COMMENTS = ["Owned by the platform team. Changes need a review from #platform.",
                 "Replica count is managed by the HPA; do not edit by hand.",
                 "Resource limits were tuned after the load test in March.",
                 "Keep this in sync with the staging overlay.",
                 "Probes are lenient on purpose: the app warms its cache on start-up."]
PY_COMMENTS = ["NOTE: keep the rounding rule in sync with the invoicing service.",
               "TODO(ops): remove the fallback once all tenants are migrated.",
               "This runs in the nightly batch, so it favours clarity over speed.",
               "See the design doc in the wiki for the reasoning behind the defaults."]
DIFF_SUBJECTS = ["docs: clarify release process", "docs: update contributing guide", "chore: document local setup",
                 "docs: add troubleshooting section"]
DIFF_LINES = ["Run `make test` before opening a pull request.",
              "Release branches are cut every second Tuesday.",
              "Please add a changelog entry under `Unreleased`.",
              "If the integration tests fail locally, check that Docker has at least 4 GB of memory.",
              "Use conventional commit prefixes (`feat:`, `fix:`, `docs:`).",
              "Screenshots are welcome for UI changes.",
              "Large refactors should start with an issue so we can agree on the approach."]
K8S_EVENTS = ["Successfully assigned default/api-7c9f6d5b8-x2lqk to node-pool-b-3",
              "Pulling image \"registry.internal/api:{ver}\"",
              "Successfully pulled image in 3.2s (3.2s including waiting)",
              "Created container api", "Started container api",
              "Readiness probe failed: HTTP probe failed with statuscode: 503"]


# ---------------------------------------------------------------- helpers
def _sender(rng, lang):
    if lang != "en":
        return pick(rng, PACKS[lang]["names"])
    return person(rng)


def _first(name, lang):
    if lang in ("ja",):
        return name.split(" ")[0]
    if lang in ("zh", "ko"):
        return name
    return name.split(" ")[0]


def _split(u, n):
    parts = u.split(SEP)
    if len(parts) == n:
        return parts
    return None


def _esc(u):
    if getattr(u, "raw_html", False):
        return str(u)
    return htmlmod.escape(u, quote=False)


# ---------------------------------------------------------------- carriers
def c_github_issue_json(rng, title, units, lang, ctx):
    repo = pick(rng, REPOS)
    num = rng.randint(140, 9800)
    d = rdate(rng)
    t = d
    comments = []
    for u in units[1:]:
        t = later(t, rng, 20, 3000)
        comments.append({"id": rng.randint(1900000000, 2300000000),
                         "user": {"login": login(rng), "type": "User"},
                         "author_association": pick(rng, ["NONE", "CONTRIBUTOR", "MEMBER", "COLLABORATOR"]),
                         "created_at": iso_z(t), "body": u})
    obj = {"url": "https://api.github.com/repos/%s/issues/%d" % (repo, num),
           "html_url": "https://github.com/%s/issues/%d" % (repo, num),
           "number": num, "title": title, "state": pick(rng, ["open", "open", "closed"]),
           "user": {"login": login(rng), "type": "User"},
           "labels": [{"name": l} for l in rng.sample(GH_LABELS, rng.randint(1, 3))],
           "comments": len(comments), "created_at": iso_z(d), "updated_at": iso_z(t),
           "body": units[0] if units else "", "comment_thread": comments}
    return json.dumps(obj, indent=2, ensure_ascii=False)


def c_jira_issue_text(rng, title, units, lang, ctx):
    key = "%s-%d" % (pick(rng, JIRA_KEYS), rng.randint(100, 4999))
    d = rdate(rng)
    rep, asg = _sender(rng, lang), _sender(rng, lang)
    out = ["%s  %s" % (key, title),
           "Type: %s    Priority: %s    Status: %s" % (pick(rng, ["Bug", "Task", "Story", "Support"]),
                                                       pick(rng, ["Major", "Minor", "Critical", "Medium"]),
                                                       pick(rng, ["Open", "In Progress", "In Review", "To Do"])),
           "Reporter: %s    Assignee: %s" % (rep, asg),
           "Created: %s    Updated: %s" % (d.strftime("%Y-%m-%d %H:%M"), later(d, rng, 60, 5000).strftime("%Y-%m-%d %H:%M")),
           "Labels: %s" % ", ".join(rng.sample(["backend", "customer", "q3", "regression", "infra", "ux", "billing"], 2)),
           "", "Description", "-----------", units[0] if units else "", ""]
    if len(units) > 1:
        out += ["Comments (%d)" % (len(units) - 1), "------------"]
        t = d
        for u in units[1:]:
            t = later(t, rng, 30, 2000)
            out += ["[%s] %s" % (_sender(rng, lang), t.strftime("%Y-%m-%d %H:%M")), u, ""]
    return "\n".join(out).rstrip() + "\n"


def _email_headers(rng, lang, subject, ctype, sender=None, to=None):
    co_from = company(rng)
    co_to = company(rng)
    sender = sender or _sender(rng, lang)
    to = to or _sender(rng, lang)
    d = rdate(rng)
    tz = pick(rng, ["+0000", "+0100", "+0200", "-0500", "+0900", "+0530"])
    fa = email_for(rng, sender, co_from[1])
    ta = email_for(rng, to, co_to[1])
    mid = "<%s.%s@%s>" % (hexs(rng, 12), digits(rng, 6), co_from[1])
    h = ["Return-Path: <%s>" % fa,
         "Received: from mail-%s.%s (mail-%s.%s [10.%d.%d.%d])\n\tby mx.%s with ESMTPS id %s\n\tfor <%s>; %s" % (
             rstr(rng, LOWER_ALNUM, 6), co_from[1], rstr(rng, LOWER_ALNUM, 6), co_from[1], rng.randint(0, 255),
             rng.randint(0, 255), rng.randint(1, 254), co_to[1], rstr(rng, ALNUM, 12), ta, rfc2822(d, tz)),
         "Date: %s" % rfc2822(d, tz),
         "From: %s <%s>" % (sender, fa),
         "To: %s <%s>" % (to, ta),
         "Subject: %s" % subject,
         "Message-ID: %s" % mid,
         "MIME-Version: 1.0",
         "Content-Type: %s; charset=\"UTF-8\"" % ctype,
         "Content-Transfer-Encoding: 8bit"]
    return h, sender, to, co_from


def c_email_eml(rng, title, units, lang, ctx):
    h, sender, to, co = _email_headers(rng, lang, title, "text/plain")
    if lang == "en":
        greet = pick(rng, ["Hi {first},", "Hello {first},", "Dear {first},", "Hi all,"]).replace("{first}", _first(to, lang))
        bye = pick(rng, ["Best regards,", "Thanks,", "Kind regards,", "Cheers,"])
    else:
        greet = PACKS[lang]["greet"].replace("{first}", _first(to, lang))
        bye = PACKS[lang]["bye"]
    body = [greet, ""]
    for u in units:
        body += [u, ""]
    body += [bye, sender]
    if lang == "en" and rng.random() < 0.6:
        body += ["%s | %s" % (pick(rng, ["Account Manager", "Operations Lead", "Finance", "Customer Success", "Office Manager"]), co[0])]
    return "\n".join(h) + "\n\n" + "\n".join(body) + "\n"


def c_email_html(rng, title, units, lang, ctx):
    h, sender, to, co = _email_headers(rng, lang, title, "text/html")
    if lang == "en":
        greet = "Hi %s," % _first(to, lang)
        bye = pick(rng, ["Best regards,", "Thanks,", "Kind regards,"])
    else:
        greet = PACKS[lang]["greet"].replace("{first}", _first(to, lang))
        bye = PACKS[lang]["bye"]
    parts = ['<!DOCTYPE html>', '<html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>' % (lang, htmlmod.escape(title)),
             '<body style="margin:0;padding:0;background:#f4f5f7;">',
             '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">',
             '<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#222;">',
             '<tr><td style="padding:24px 32px;">',
             '<p>%s</p>' % htmlmod.escape(greet)]
    for u in units:
        if getattr(u, "raw_html", False):
            parts.append(str(u))
        else:
            parts.append("<p>%s</p>" % htmlmod.escape(u, quote=False).replace("\n", "<br>"))
    parts += ["<p>%s<br>%s</p>" % (htmlmod.escape(bye), htmlmod.escape(sender)),
              '</td></tr>',
              '<tr><td style="padding:12px 32px;font-size:12px;color:#888;">%s &middot; <a href="https://%s/preferences" style="color:#888;">Email preferences</a></td></tr>' % (htmlmod.escape(co[0]), co[1]),
              '</table></td></tr></table></body></html>']
    return "\n".join(h) + "\n\n" + "\n".join(parts) + "\n"


def c_outlook_graph_json(rng, title, units, lang, ctx):
    sender, to = _sender(rng, lang), _sender(rng, lang)
    co_f, co_t = company(rng), company(rng)
    if lang == "en":
        greet = "Hi %s," % _first(to, lang)
        bye = pick(rng, ["Best,", "Thanks,", "Regards,"])
    else:
        greet = PACKS[lang]["greet"].replace("{first}", _first(to, lang))
        bye = PACKS[lang]["bye"]
    content = greet + "\r\n\r\n" + "\r\n\r\n".join(units) + "\r\n\r\n" + bye + "\r\n" + sender
    preview = " ".join(content.split())[:150]
    d = rdate(rng)
    obj = {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('me')/messages/$entity",
           "@odata.etag": "W/\"CQAAABYAAAD%s\"" % rstr(rng, ALNUM, 22),
           "id": "AAMkAG" + rstr(rng, ALNUM, 40) + "=",
           "receivedDateTime": iso_z(d), "sentDateTime": iso_z(d - datetime.timedelta(seconds=rng.randint(2, 40))),
           "hasAttachments": rng.random() < 0.3, "subject": title, "bodyPreview": preview,
           "importance": pick(rng, ["normal", "normal", "high"]), "isRead": rng.random() < 0.5,
           "body": {"contentType": "text", "content": content},
           "from": {"emailAddress": {"name": sender, "address": email_for(rng, sender, co_f[1])}},
           "toRecipients": [{"emailAddress": {"name": to, "address": email_for(rng, to, co_t[1])}}]}
    return json.dumps(obj, indent=2, ensure_ascii=False)


def c_slack_export_json(rng, title, units, lang, ctx):
    people = [_sender(rng, lang) for _ in range(3)]
    ids = ["U0%s" % rstr(rng, UPPER_ALNUM, 8) for _ in people]
    d = rdate(rng)
    ts = int((d - datetime.datetime(1970, 1, 1)).total_seconds())
    msgs = []
    for i, u in enumerate(units):
        ts += rng.randint(20, 900)
        k = i % 3 if rng.random() < 0.7 else rng.randrange(3)
        msgs.append({"type": "message", "user": ids[k], "user_name": people[k], "text": u,
                     "ts": "%d.%06d" % (ts, rng.randrange(1000000))})
    msgs.reverse()
    obj = {"ok": True, "channel": {"id": "C0%s" % rstr(rng, UPPER_ALNUM, 8), "name": title if lang == "en" else "general"},
           "messages": msgs, "has_more": False, "pin_count": 0,
           "response_metadata": {"next_cursor": ""}}
    return json.dumps(obj, indent=2, ensure_ascii=False)


def c_chat_export_txt(rng, title, units, lang, ctx):
    people = [_sender(rng, lang) for _ in range(rng.randint(2, 3))]
    d = rdate(rng)
    lines = []
    for i, u in enumerate(units):
        d = later(d, rng, 1, 40)
        who = people[i % len(people)]
        lines.append("[%02d/%02d/%d, %02d:%02d:%02d] %s: %s" % (d.day, d.month, d.year, d.hour, d.minute, d.second, who, u))
    return "\n".join(lines) + "\n"


def _vtt_ts(sec):
    h = int(sec // 3600)
    m = int(sec % 3600 // 60)
    s = sec % 60
    return "%02d:%02d:%06.3f" % (h, m, s)


def c_meeting_transcript_vtt(rng, title, units, lang, ctx):
    people = [_sender(rng, lang) for _ in range(3)]
    t = rng.uniform(1, 20)
    out = ["WEBVTT", ""]
    for i, u in enumerate(units):
        dur = 2.0 + len(u) / 14.0
        out.append("%s-%d" % (rstr(rng, "abcdef0123456789", 8), i + 1))
        out.append("%s --> %s" % (_vtt_ts(t), _vtt_ts(t + dur)))
        out.append("<v %s>%s</v>" % (people[i % 3 if rng.random() < 0.8 else rng.randrange(3)], u))
        out.append("")
        t += dur + rng.uniform(0.2, 3.0)
    return "\n".join(out)


def c_zendesk_ticket_json(rng, title, units, lang, ctx):
    cust = _sender(rng, lang)
    agent = _sender(rng, lang)
    co = company(rng)
    d = rdate(rng)
    tid = rng.randint(10000, 399999)
    comments = []
    t = d
    k = 0
    for u in units[1:]:
        t = later(t, rng, 10, 1500)
        if isinstance(u, Ins) or lang != "en":
            is_agent = False
        else:
            is_agent = (k % 2 == 0)
            k += 1
        comments.append({"id": rng.randint(10 ** 12, 10 ** 13), "public": True,
                         "author": {"name": agent if is_agent else cust, "role": "agent" if is_agent else "end-user"},
                         "body": u, "created_at": iso_z(t)})
    obj = {"ticket": {"id": tid, "url": "https://%s.zendesk.com/api/v2/tickets/%d.json" % (co[1].split(".")[0].replace("-", ""), tid),
                      "subject": title, "description": units[0] if units else "",
                      "status": pick(rng, ["new", "open", "pending", "solved"]),
                      "priority": pick(rng, ["low", "normal", "high"]),
                      "requester": {"name": cust, "email": email_for(rng, cust, pick(rng, ["gmail.com", "outlook.com", "proton.me", "yahoo.com"]))},
                      "tags": rng.sample(["billing", "web", "mobile", "shipping", "refund", "login", "vip", "follow_up"], 2),
                      "created_at": iso_z(d), "updated_at": iso_z(t)},
           "comments": comments}
    return json.dumps(obj, indent=2, ensure_ascii=False)


def c_crm_contact_json(rng, title, units, lang, ctx):
    name = _sender(rng, lang)
    parts = name.split(" ", 1)
    co = company(rng)
    d = rdate(rng)
    notes = []
    t = d
    for u in units:
        t = later(t, rng, 600, 20000)
        notes.append({"type": "NOTE", "timestamp": iso_z(t), "owner": _sender(rng, lang), "body": u})
    obj = {"id": str(rng.randint(10 ** 9, 10 ** 11)),
           "properties": {"firstname": parts[0], "lastname": parts[1] if len(parts) > 1 else "",
                          "company": co[0], "email": email_for(rng, name, co[1]),
                          "jobtitle": pick(rng, ["Head of Operations", "Procurement Manager", "CTO", "Office Manager", "Finance Director"]),
                          "lifecyclestage": pick(rng, ["lead", "opportunity", "customer"]),
                          "hs_lead_status": pick(rng, ["OPEN", "IN_PROGRESS", "CONNECTED"]),
                          "last_activity_subject": title},
           "createdAt": iso_z(d), "updatedAt": iso_z(t), "archived": False,
           "engagements": notes}
    return json.dumps(obj, indent=2, ensure_ascii=False)


def c_html_page(rng, title, units, lang, ctx):
    co = company(rng)
    author = _sender(rng, lang)
    d = rdate(rng)
    body = []
    for u in units:
        if getattr(u, "raw_html", False):
            body.append(str(u))
        else:
            body.append("<p>%s</p>" % _esc(u).replace("\n", "<br>\n"))
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="%s">' % lang,
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>%s | %s</title>" % (htmlmod.escape(title), htmlmod.escape(co[0])),
        '<link rel="stylesheet" href="/assets/css/main.%s.css">' % hexs(rng, 8),
        "</head>",
        "<body>",
        '<header class="site-header"><a class="logo" href="/">%s</a>' % htmlmod.escape(co[0]),
        '<nav><a href="/blog/">Blog</a> <a href="/about/">About</a> <a href="/contact/">Contact</a></nav></header>',
        "<main>",
        '<article class="post">',
        "<h1>%s</h1>" % htmlmod.escape(title),
        '<p class="byline">%s &middot; <time datetime="%s">%s</time></p>' % (htmlmod.escape(author), d.strftime("%Y-%m-%d"), d.strftime("%d %b %Y")),
    ] + body + [
        "</article>",
        "</main>",
        '<footer class="site-footer"><p>&copy; %d %s</p></footer>' % (d.year, htmlmod.escape(co[0])),
        "</body>",
        "</html>"]) + "\n"


def c_markdown_wiki(rng, title, units, lang, ctx):
    d = rdate(rng)
    editor = _sender(rng, lang)
    out = ["# %s" % title, "", "> Last edited by %s on %s" % (editor, d.strftime("%Y-%m-%d")), ""]
    for i, u in enumerate(units):
        out += [str(u), ""]
    return "\n".join(out)


def c_pdf_text(rng, title, units, lang, ctx):
    co = company(rng)
    width = rng.choice([78, 84, 92])
    lines = [co[0].upper(), "", title, ""]
    for u in units:
        for para in str(u).split("\n"):
            if lang in ("ja", "zh"):
                lines.append(para)
            else:
                lines.extend(textwrap.wrap(para, width=width) or [""])
        lines.append("")
    # paginate
    per = rng.choice([18, 24, 30])
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for k, pg in enumerate(pages):
        out.append("\n".join(pg).rstrip())
        out.append("\n%s%d / %d\n" % (" " * 40, k + 1, len(pages)))
        if k < len(pages) - 1:
            out.append("\f")
    return "\n".join(out)


def c_rss_feed_xml(rng, title, units, lang, ctx):
    co = company(rng)
    d = rdate(rng)
    items = []
    main_html = "".join("<p>%s</p>" % (str(u) if getattr(u, "raw_html", False) else htmlmod.escape(u, quote=False)) for u in units)
    slug = "-".join(w.lower() for w in title.split()[:5] if w.isalnum()) or "post-%d" % rng.randint(10, 999)
    items.append((title, "https://%s/blog/%s" % (co[1], slug), d, main_html))
    if lang == "en":
        for it in rng.sample(P.ARTICLES, rng.randint(1, 2)):
            if it["title"] == title:
                continue
            d2 = d - datetime.timedelta(days=rng.randint(3, 40))
            s2 = "-".join(w.lower() for w in it["title"].split()[:5] if w.isalnum())
            items.append((it["title"], "https://%s/blog/%s" % (co[1], s2), d2, "<p>%s</p>" % htmlmod.escape(it["paras"][0], quote=False)))
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>",
           "<title>%s</title>" % htmlmod.escape(co[0]), "<link>https://%s/blog</link>" % co[1],
           "<description>%s</description>" % htmlmod.escape(co[0] + " blog"), "<language>%s</language>" % lang]
    for t, link, dd, desc in items:
        out += ["<item>", "<title>%s</title>" % htmlmod.escape(t), "<link>%s</link>" % link,
                "<guid isPermaLink=\"true\">%s</guid>" % link, "<pubDate>%s</pubDate>" % rfc2822(dd, "+0000"),
                "<description><![CDATA[%s]]></description>" % desc, "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n"


REVIEW_TITLES_GENERIC = ["Read this before buying", "Important update", "Great!", "Mixed feelings", "Honest review"]


def c_product_reviews_json(rng, title, units, lang, ctx):
    reviews = []
    d = rdate(rng)
    for u in units:
        parts = _split(u, 3)
        if parts:
            r, t, b = int(parts[0]), parts[1], parts[2]
        else:
            r, t, b = rng.choice([4, 5]), pick(rng, REVIEW_TITLES_GENERIC), str(u)
        d = d - datetime.timedelta(days=rng.randint(1, 30))
        reviews.append({"review_id": "R" + rstr(rng, UPPER_ALNUM, 13), "author": person(rng).split(" ")[0] + " " + person(rng).split(" ")[1][0] + ".",
                        "rating": r, "title": t, "body": b, "verified_purchase": rng.random() < 0.8,
                        "helpful_votes": rng.randint(0, 40), "date": d.strftime("%Y-%m-%d")})
    avg = round(sum(x["rating"] for x in reviews) / len(reviews), 1)
    obj = {"product_id": "P" + digits(rng, 7), "product_name": title, "average_rating": avg,
           "review_count": rng.randint(len(reviews), 900), "page": 1, "reviews": reviews}
    return json.dumps(obj, indent=2, ensure_ascii=False)


def c_product_catalog_json(rng, title, units, lang, ctx):
    items = []
    for u in units:
        parts = _split(u, 2)
        if parts:
            n, desc = parts
        else:
            n, desc = pick(rng, P.CATALOG)[0], str(u)
        items.append({"sku": "%s-%s" % (rstr(rng, UPPER_ALNUM, 3), digits(rng, 5)), "name": n,
                      "price": {"amount": round(rng.uniform(9, 240), 2), "currency": pick(rng, ["EUR", "USD", "GBP"])},
                      "in_stock": rng.random() < 0.85, "rating": round(rng.uniform(3.4, 4.9), 1), "description": desc})
    obj = {"page": 1, "per_page": 20, "total": rng.randint(len(items), 400), "items": items}
    return json.dumps(obj, indent=2, ensure_ascii=False)


GENERIC_RESULT_PAGES = [("Community notes and tips", "forum.helpnotes-community.net/t/%d"),
                        ("FAQ - frequently asked questions", "faq-central.org/a/%d"),
                        ("Guide: everything you need to know", "howto-hub.net/guide/%d"),
                        ("Discussion thread", "discuss.openboards.io/thread/%d")]


def c_search_results_json(rng, title, units, lang, ctx):
    res = []
    for i, u in enumerate(units):
        parts = _split(u, 3)
        if parts:
            t, url, s = parts
        else:
            t, url = pick(rng, GENERIC_RESULT_PAGES)
            url = url % rng.randint(1000, 99999)
            s = str(u)
        res.append({"position": i + 1, "title": t, "url": "https://" + url, "displayed_url": url.split("/")[0], "snippet": s})
    obj = {"search_parameters": {"q": title, "engine": "web", "num": len(res), "hl": "en"},
           "search_information": {"total_results": rng.randint(10 ** 4, 10 ** 7), "time_taken_displayed": round(rng.uniform(0.2, 0.9), 2)},
           "organic_results": res}
    return json.dumps(obj, indent=2, ensure_ascii=False)


def c_sql_result_psql(rng, title, units, lang, ctx):
    acc = rng.randint(1000, 9999)
    q = "SELECT id, account, author, created_at, note FROM support_notes WHERE account_id = %d ORDER BY created_at DESC LIMIT %d;" % (acc, len(units))
    co = company(rng)[0]
    d = rdate(rng)
    rows = []
    for u in units:
        d = d - datetime.timedelta(days=rng.randint(1, 20), minutes=rng.randint(0, 600))
        rows.append([str(rng.randint(10000, 99999)), co, _sender(rng, "en"), d.strftime("%Y-%m-%d %H:%M:%S"), str(u)])
    headers = ["id", "account", "author", "created_at", "note"]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers[:4])]
    note_lines = [r[4].split("\n") for r in rows]
    nw = max([len("note")] + [len(x) for nl in note_lines for x in nl])
    widths.append(min(nw, 200))
    def fmt_row(cells, cont=False):
        s = " " + " | ".join(c.ljust(widths[i]) if i < 4 else c for i, c in enumerate(cells))
        return s
    out = ["crm=> " + q, fmt_row([h.center(widths[i]) for i, h in enumerate(headers)]).rstrip(),
           "-" + "-+-".join("-" * w for w in widths) + "-"]
    for r, nl in zip(rows, note_lines):
        for k, line in enumerate(nl):
            plus = "+" if k < len(nl) - 1 else ""
            if k == 0:
                out.append((fmt_row(r[:4] + [line]) + plus).rstrip() if not plus else fmt_row(r[:4] + [line]) + plus)
            else:
                out.append((fmt_row([""] * 4 + [line]) + plus).rstrip() if not plus else fmt_row([""] * 4 + [line]) + plus)
    out.append("(%d rows)" % len(rows))
    return "\n".join(out) + "\n"


def c_csv_export(rng, title, units, lang, ctx):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["response_id", "submitted_at", "plan", "nps", "comment"])
    d = rdate(rng)
    for u in units:
        d = later(d, rng, 5, 900)
        w.writerow(["R_%s" % rstr(rng, ALNUM, 15), d.strftime("%Y-%m-%d %H:%M"), pick(rng, ["Free", "Team", "Business", "Enterprise"]),
                    rng.randint(0, 10), str(u)])
    return buf.getvalue()


LOG_SOURCES = ["orders.api.OrderController", "billing.InvoiceJob", "http.access", "auth.SessionFilter", "mail.Dispatcher",
               "search.Indexer", "feedback.FeedbackController", "jobs.Scheduler"]


def c_app_log(rng, title, units, lang, ctx):
    d = rdate(rng)
    out = []
    for u in units:
        d = d + datetime.timedelta(milliseconds=rng.randint(5, 90000))
        ts = d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng.randrange(1000)
        thread = pick(rng, ["http-nio-8080-exec-%d" % rng.randint(1, 12), "scheduler-1", "worker-%d" % rng.randint(1, 8), "main"])
        if isinstance(u, Ins):
            style = rng.randrange(3)
            if style == 0:
                msg = "Feedback received ticket=%d body=%s" % (rng.randint(1000, 99999), json.dumps(str(u), ensure_ascii=False))
                src, lvl = "feedback.FeedbackController", "INFO "
            elif style == 1:
                msg = "Validation failed for field 'comment': value=%s" % json.dumps(str(u), ensure_ascii=False)
                src, lvl = "orders.api.OrderController", "WARN "
            else:
                msg = "Contact form submitted (len=%d):\n%s" % (len(u), str(u))
                src, lvl = "web.ContactForm", "INFO "
        else:
            msg = fill(str(u), ctx)
            lvl = "WARN " if ("Retrying" in msg or "Slow" in msg or "429" in msg or "Deprecated" in msg) else "INFO "
            src = pick(rng, LOG_SOURCES)
        out.append("%s %s [%s] %s - %s" % (ts, lvl, thread, src, msg))
    return "\n".join(out) + "\n"


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    out = []
    while len(line) > 74:
        out.append(line[:74])
        line = " " + line[74:]
    out.append(line)
    return "\r\n".join(out)


def c_calendar_ics(rng, title, units, lang, ctx):
    d = rdate(rng).replace(minute=pick(rng, [0, 30]), second=0)
    tz = pick(rng, TIMEZONES)
    org = _sender(rng, lang)
    co = company(rng)
    end = d + datetime.timedelta(minutes=pick(rng, [30, 45, 60, 90]))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendar Export//EN", "CALSCALE:GREGORIAN", "BEGIN:VEVENT",
             "UID:%s@%s" % (hexs(rng, 24), co[1]),
             "DTSTAMP:%s" % (d - datetime.timedelta(days=rng.randint(1, 20))).strftime("%Y%m%dT%H%M%SZ"),
             "DTSTART;TZID=%s:%s" % (tz, d.strftime("%Y%m%dT%H%M%S")),
             "DTEND;TZID=%s:%s" % (tz, end.strftime("%Y%m%dT%H%M%S")),
             "SUMMARY:%s" % _ics_escape(title),
             "LOCATION:%s" % _ics_escape(pick(rng, ["Online", "Room 3.14", "Main office", co[0] + " HQ"])),
             "ORGANIZER;CN=%s:mailto:%s" % (org, email_for(rng, org, co[1])),
             "DESCRIPTION:%s" % _ics_escape("\n".join(str(u) for u in units)),
             "STATUS:CONFIRMED", "SEQUENCE:%d" % rng.randint(0, 3), "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"


def c_calendar_event_json(rng, title, units, lang, ctx):
    d = rdate(rng).replace(minute=pick(rng, [0, 15, 30]), second=0)
    tz = pick(rng, TIMEZONES)
    org = _sender(rng, lang)
    co = company(rng)
    atts = [_sender(rng, lang) for _ in range(rng.randint(1, 3))]
    end = d + datetime.timedelta(minutes=pick(rng, [30, 60, 90]))
    obj = {"kind": "calendar#event", "etag": "\"%s\"" % digits(rng, 16), "id": rstr(rng, LOWER_ALNUM, 26),
           "status": "confirmed", "htmlLink": "https://calendar.google.com/calendar/event?eid=%s" % rstr(rng, ALNUM, 40),
           "created": iso_z(d - datetime.timedelta(days=7)), "updated": iso_z(d - datetime.timedelta(days=2)),
           "summary": title, "description": "\n".join(str(u) for u in units),
           "location": pick(rng, ["Online", "Room 3.14", "Main office", co[0]]),
           "organizer": {"email": email_for(rng, org, co[1]), "displayName": org},
           "start": {"dateTime": d.strftime("%Y-%m-%dT%H:%M:%S"), "timeZone": tz},
           "end": {"dateTime": end.strftime("%Y-%m-%dT%H:%M:%S"), "timeZone": tz},
           "attendees": [{"email": email_for(rng, a, co[1]), "displayName": a,
                          "responseStatus": pick(rng, ["accepted", "needsAction", "tentative"])} for a in atts],
           "reminders": {"useDefault": True}}
    return json.dumps(obj, indent=2, ensure_ascii=False)


YAML_TEMPLATES = [
    ["apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {app}\n  namespace: {ns}\n  labels:\n    app: {app}\n    team: {team}",
     "spec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: {app}\n  template:\n    metadata:\n      labels:\n        app: {app}",
     "    spec:\n      containers:\n        - name: {app}\n          image: registry.internal/{app}:{ver}\n          ports:\n            - containerPort: 8080\n          resources:\n            requests:\n              cpu: 250m\n              memory: 512Mi\n            limits:\n              memory: 1Gi",
     "          readinessProbe:\n            httpGet:\n              path: /healthz\n              port: 8080\n            initialDelaySeconds: 20"],
    ["name: ci\n\non:\n  push:\n    branches: [main]\n  pull_request:",
     "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n          cache: npm",
     "      - run: npm ci\n      - run: npm run lint\n      - run: npm test -- --ci",
     "  build:\n    needs: test\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -t {app}:${{ github.sha }} ."],
    ["services:\n  web:\n    build: .\n    ports:\n      - \"8080:8080\"\n    depends_on:\n      - db\n      - cache",
     "  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data",
     "  cache:\n    image: redis:7-alpine",
     "volumes:\n  pgdata: {}"],
    ["server:\n  port: 8080\n  shutdown: graceful",
     "logging:\n  level: info\n  format: json",
     "features:\n  new_checkout: false\n  saved_views: true\n  export_async: true",
     "limits:\n  max_upload_mb: 25\n  requests_per_minute: 600"],
]


def c_yaml_config(rng, title, units, lang, ctx):
    tpl = pick(rng, YAML_TEMPLATES)
    app = pick(rng, ["orders-api", "billing-worker", "search", "web-frontend", "notifier"])
    subs = {"{app}": app, "{ns}": pick(rng, ["prod", "staging", "default"]), "{team}": pick(rng, ["platform", "payments", "growth"]),
            "{ver}": ctx["{ver}"]}
    secs = []
    for s in tpl:
        for k, v in subs.items():
            s = s.replace(k, v)
        secs.append(s)
    # distribute comment units between sections
    slots = {}
    n = len(secs)
    for i, u in enumerate(units):
        if isinstance(u, Ins):
            j = {0: 0}.get(i, None)
            if i == 0:
                j = 0
            elif i == len(units) - 1:
                j = n
            else:
                j = n // 2
        else:
            j = rng.randrange(n + 1)
        slots.setdefault(j, []).append(u)
    out = []
    for j in range(n + 1):
        for u in slots.get(j, []):
            out.append("\n".join("# " + l if l else "#" for l in str(u).split("\n")))
        if j < n:
            out.append(secs[j])
    return "\n".join(out) + "\n"


def c_python_source(rng, title, units, lang, ctx):
    mod = pick(rng, P.PY_MODULES)
    body_lines = mod["body"].split("\n")
    # split body into blocks at blank lines (top-level)
    blocks, cur = [], []
    for l in body_lines:
        if l == "" and cur and not cur[-1].startswith(" "):
            blocks.append("\n".join(cur))
            cur = []
        elif l == "" and cur:
            blocks.append("\n".join(cur))
            cur = []
        else:
            if l or cur:
                cur.append(l)
    if cur:
        blocks.append("\n".join(cur))
    blocks = [b for b in blocks if b.strip()]
    n = len(blocks)
    slots = {}
    for i, u in enumerate(units):
        if isinstance(u, Ins):
            j = 0 if i == 0 else (n if i == len(units) - 1 else n // 2)
        else:
            j = rng.randrange(1, n + 1)
        slots.setdefault(j, []).append(u)
    out = ['"""%s"""' % mod["doc"]]
    for j in range(n + 1):
        for u in slots.get(j, []):
            out.append("\n".join("# " + l if l else "#" for l in str(u).split("\n")))
        if j < n:
            out.append(blocks[j])
    header = "# %s\n" % mod["name"]
    return header + "\n\n".join(out) + "\n"


def c_git_diff(rng, title, units, lang, ctx):
    sha = hexs(rng, 40)
    author = _sender(rng, lang)
    co = company(rng)
    d = rdate(rng)
    path = pick(rng, ["CONTRIBUTING.md", "docs/development.md", "README.md", "docs/release-process.md"])
    ctx_lines = ["## Development", "", "Clone the repository and install dependencies with `npm ci`."]
    added = []
    for u in units:
        for l in str(u).split("\n"):
            added.append("+" + l)
        added.append("+")
    start = rng.randint(8, 60)
    hunk = "@@ -%d,%d +%d,%d @@" % (start, len(ctx_lines) + 1, start, len(ctx_lines) + 1 + len(added))
    out = ["commit %s" % sha, "Author: %s <%s>" % (author, email_for(rng, author, co[1])),
           "Date:   %s" % d.strftime("%a %b %d %H:%M:%S %Y +0000"), "", "    %s" % title, "",
           "diff --git a/%s b/%s" % (path, path), "index %s..%s 100644" % (hexs(rng, 7), hexs(rng, 7)),
           "--- a/%s" % path, "+++ b/%s" % path, hunk]
    out += [" " + l for l in ctx_lines] + added + [" ## Testing"]
    return "\n".join(out) + "\n"


def c_terminal_output(rng, title, units, lang, ctx):
    pod = "%s-%s-%s" % (pick(rng, ["api", "worker", "web"]), hexs(rng, 9), rstr(rng, LOWER_ALNUM, 5))
    ns = pick(rng, ["default", "prod", "staging"])
    ann = [u for u in units if isinstance(u, Ins)]
    evs = [u for u in units if not isinstance(u, Ins)]
    out = ["$ kubectl describe pod %s -n %s" % (pod, ns),
           "Name:             %s" % pod, "Namespace:        %s" % ns, "Priority:         0",
           "Node:             node-pool-b-%d/10.%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
           "Start Time:       %s" % rfc2822(rdate(rng)),
           "Labels:           app=%s" % pod.split("-")[0], "                  pod-template-hash=%s" % pod.split("-")[1]]
    if ann:
        first = True
        for a in ann:
            txt = str(a).replace("\n", " ")
            out.append(("Annotations:      " if first else "                  ") + "description: " + txt)
            first = False
    else:
        out.append("Annotations:      <none>")
    out += ["Status:           Running", "IP:               10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
            "Containers:", "  %s:" % pod.split("-")[0], "    Image:          registry.internal/%s:%s" % (pod.split("-")[0], ctx["{ver}"]),
            "    State:          Running", "    Ready:          True", "    Restart Count:  %d" % rng.randint(0, 3),
            "Events:", "  Type     Reason     Age   From               Message", "  ----     ------     ----  ----               -------"]
    for e in evs:
        e = fill(str(e), ctx)
        typ = "Warning" if "failed" in e else "Normal "
        reason = "Unhealthy"
        for key, rs in (("assigned", "Scheduled"), ("Pulling", "Pulling"), ("pulled", "Pulled"), ("Created", "Created"), ("Started", "Started")):
            if key in e:
                reason = rs
        out.append("  %s  %-9s  %-4s  %-17s  %s" % (typ, reason, "%dm" % rng.randint(1, 59), "kubelet", e))
    return "\n".join(out) + "\n"


def c_http_response_raw(rng, title, units, lang, ctx):
    d = rdate(rng)
    data = []
    for u in units:
        d = d - datetime.timedelta(minutes=rng.randint(3, 3000))
        data.append({"id": "ntf_%s" % rstr(rng, ALNUM, 16), "type": pick(rng, ["comment", "export", "billing", "system", "mention"]),
                     "message": str(u), "read": rng.random() < 0.4, "created_at": iso_z(d)})
    body = json.dumps({"data": data, "meta": {"unread": sum(1 for x in data if not x["read"]), "next": None}}, indent=2, ensure_ascii=False)
    hdr = ["HTTP/1.1 200 OK", "Date: %s" % rfc2822(rdate(rng), "GMT").replace("+0000", "GMT"),
           "Content-Type: application/json; charset=utf-8", "Content-Length: %d" % len(body.encode("utf-8")),
           "Cache-Control: no-store", "X-Request-Id: %s" % hexs(rng, 32), "X-RateLimit-Remaining: %d" % rng.randint(100, 4999),
           "Vary: Accept-Encoding"]
    return "\n".join(hdr) + "\n\n" + body + "\n"


CARRIERS = {
    "github_issue_json": c_github_issue_json, "jira_issue_text": c_jira_issue_text,
    "email_eml": c_email_eml, "email_html": c_email_html, "outlook_graph_json": c_outlook_graph_json,
    "slack_export_json": c_slack_export_json, "chat_export_txt": c_chat_export_txt,
    "meeting_transcript_vtt": c_meeting_transcript_vtt, "zendesk_ticket_json": c_zendesk_ticket_json,
    "crm_contact_json": c_crm_contact_json, "html_page": c_html_page, "markdown_wiki": c_markdown_wiki,
    "pdf_text": c_pdf_text, "rss_feed_xml": c_rss_feed_xml, "product_reviews_json": c_product_reviews_json,
    "product_catalog_json": c_product_catalog_json, "search_results_json": c_search_results_json,
    "sql_result_psql": c_sql_result_psql, "csv_export": c_csv_export, "app_log": c_app_log,
    "calendar_ics": c_calendar_ics, "calendar_event_json": c_calendar_event_json, "yaml_config": c_yaml_config,
    "python_source": c_python_source, "git_diff": c_git_diff, "terminal_output": c_terminal_output,
    "http_response_raw": c_http_response_raw,
}
assert set(CARRIERS) == set(GENRE)


def render(fmt, rng, lang="en", ctx=None, content=None, insert=None, pos="middle", merge=None):
    """Render a carrier. `content` overrides the default (title, units)."""
    ctx = ctx or make_ctx(rng)
    if content is None:
        title, units = default_content(fmt, rng, lang, ctx)
    else:
        title, units = content
        units = list(units)
    if insert is not None:
        if merge is None:
            merge = fmt in MERGEABLE and rng.random() < 0.45
        merge = merge and fmt in MERGEABLE
        units = place(rng, units, insert, pos, merge)
    return CARRIERS[fmt](rng, title, units, lang, ctx)
