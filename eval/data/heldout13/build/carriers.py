"""Carrier renderers: wrap a list of free-text paragraphs in a realistic tool-output format.

Every renderer has the signature render(paras, c) -> str, where c is a util.Ctx.
A paragraph that starts with '<' is treated as raw markup by HTML-ish carriers.
"""
import csv
import io
import json
import textwrap

from util import (alnum, digits, email_for, hexs, iso, iso_ms, login_for, pick, plus, rfc2822,
                  upper, uuid4)


def J(o, indent=2):
    return json.dumps(o, indent=indent, ensure_ascii=False)


def is_raw(p):
    return p.lstrip().startswith("<")


def strip_raw(paras):
    return [p for p in paras if not is_raw(p)]


# ---------------------------------------------------------------- tickets
def zendesk_ticket_json(paras, c):
    r = c.r
    tid = r.randint(41000, 98000)
    t0 = c.dt
    sub = c.dom.split(".")[0].replace("-", "")
    comments = []
    for i, p in enumerate(paras):
        comments.append({"id": int(digits(r, 13)), "type": "Comment", "author_id": int(digits(r, 12)),
                         "body": p, "public": i == 0 or r.random() < 0.6,
                         "created_at": iso(plus(t0, 37 * i + r.randint(1, 30)))})
    obj = {"ticket": {"url": f"https://{sub}.zendesk.com/api/v2/tickets/{tid}.json", "id": tid,
                      "subject": c.title, "description": paras[0], "status": pick(r, ["new", "open", "pending"]),
                      "priority": pick(r, ["normal", "high", "low", "urgent"]), "type": pick(r, ["question", "incident", "problem"]),
                      "requester_id": int(digits(r, 12)), "assignee_id": int(digits(r, 12)),
                      "tags": pick(r, [["billing"], ["web_widget", "vip"], ["email", "tier2"], ["api"]]),
                      "via": {"channel": pick(r, ["email", "web", "api"])}, "created_at": iso(t0)},
           "comments": comments, "next_page": None, "count": len(comments)}
    return J(obj)


def servicenow_incident_json(paras, c):
    r = c.r
    notes = []
    for i, p in enumerate(paras[1:]):
        notes.append(f"{iso(plus(c.dt, 20 * (i + 1))).replace('T', ' ').replace('Z', '')} - {c.people[(i % 3) + 1]} (Work notes)\n{p}")
    obj = {"result": {"number": "INC%07d" % r.randint(10000, 999999), "sys_id": hexs(r, 32),
                      "short_description": c.title, "description": paras[0],
                      "state": pick(r, ["1", "2", "3"]), "impact": pick(r, ["2", "3"]), "urgency": pick(r, ["2", "3"]),
                      "priority": pick(r, ["3", "4"]), "category": pick(r, ["software", "hardware", "network", "inquiry"]),
                      "assignment_group": {"display_value": pick(r, ["Service Desk L1", "Workplace IT", "Platform Ops"]), "value": hexs(r, 32)},
                      "caller_id": {"display_value": c.people[0]},
                      "opened_at": iso(c.dt).replace("T", " ").replace("Z", ""),
                      "work_notes": "\n\n".join(notes)}}
    return J(obj)


def jira_issue_json(paras, c):
    r = c.r
    key = pick(r, ["OPS", "SUP", "PLAT", "FIN", "WEB", "HR"]) + "-" + str(r.randint(100, 4999))
    comments = [{"id": str(r.randint(10000, 99999)), "author": {"displayName": c.people[(i % 3) + 1], "accountId": "5b" + hexs(r, 22)},
                 "body": p, "created": iso_ms(plus(c.dt, 45 * (i + 1)), r).replace("Z", "+0000")}
                for i, p in enumerate(paras[1:])]
    obj = {"expand": "renderedFields,names,schema", "id": str(r.randint(10000, 99999)), "key": key,
           "self": f"https://{c.dom.split('.')[0]}.atlassian.net/rest/api/2/issue/{key}",
           "fields": {"summary": c.title, "issuetype": {"name": pick(r, ["Task", "Bug", "Story"])},
                      "status": {"name": pick(r, ["To Do", "In Progress", "In Review"])},
                      "priority": {"name": pick(r, ["Medium", "High", "Low"])},
                      "reporter": {"displayName": c.people[0]}, "labels": pick(r, [["customer"], [], ["q3", "backend"]]),
                      "description": paras[0],
                      "comment": {"comments": comments, "maxResults": len(comments), "total": len(comments), "startAt": 0}}}
    return J(obj)


def github_issue_json(paras, c):
    r = c.r
    repo = c.dom.split(".")[0] + "/" + pick(r, ["api", "web-app", "cli", "sdk-python", "infra"])
    num = r.randint(80, 3800)
    user = login_for(c.people[0]) + str(r.randint(1, 99))
    obj = {"url": f"https://api.github.com/repos/{repo}/issues/{num}", "html_url": f"https://github.com/{repo}/issues/{num}",
           "id": int(digits(r, 10)), "node_id": "I_kwDO" + alnum(r, 14), "number": num, "title": c.title,
           "user": {"login": user, "id": int(digits(r, 8)), "type": "User"},
           "labels": [{"name": pick(r, ["bug", "question", "enhancement", "needs-triage"])}], "state": "open",
           "locked": False, "comments": r.randint(0, 6), "created_at": iso(c.dt), "updated_at": iso(plus(c.dt, 300)),
           "author_association": pick(r, ["NONE", "CONTRIBUTOR", "MEMBER"]), "body": "\n\n".join(paras),
           "reactions": {"total_count": r.randint(0, 9), "+1": r.randint(0, 5)}}
    return J(obj)


def linear_issue_json(paras, c):
    r = c.r
    ident = pick(r, ["ENG", "CORE", "DES", "GROW"]) + "-" + str(r.randint(100, 2400))
    nodes = [{"id": uuid4(r), "body": p, "createdAt": iso_ms(plus(c.dt, 30 * (i + 1)), r), "user": {"name": c.people[(i % 3) + 1]}}
             for i, p in enumerate(paras[1:])]
    obj = {"data": {"issue": {"id": uuid4(r), "identifier": ident, "title": c.title, "description": paras[0],
                              "priority": r.randint(1, 4), "state": {"name": pick(r, ["Backlog", "Todo", "In Progress"])},
                              "assignee": {"name": c.people[1]}, "team": {"key": ident.split('-')[0]},
                              "url": f"https://linear.app/{c.dom.split('.')[0]}/issue/{ident.lower()}",
                              "comments": {"nodes": nodes}}}}
    return J(obj)


def intercom_conversation_json(paras, c):
    r = c.r
    parts = []
    for i, p in enumerate(paras[1:]):
        parts.append({"type": "conversation_part", "id": digits(r, 11), "part_type": "comment", "body": f"<p>{p}</p>",
                      "created_at": int(c.dt.timestamp()) + 90 * (i + 1),
                      "author": {"type": pick(r, ["user", "admin"]), "name": c.people[i % 2]}})
    obj = {"type": "conversation", "id": digits(r, 12), "created_at": int(c.dt.timestamp()), "state": "open",
           "source": {"type": "conversation", "delivered_as": "customer_initiated", "subject": c.title,
                      "body": f"<p>{paras[0]}</p>", "author": {"type": "user", "name": c.people[0]}},
           "conversation_parts": {"type": "conversation_part.list", "conversation_parts": parts, "total_count": len(parts)},
           "tags": {"tags": []}, "priority": pick(r, ["not_priority", "priority"])}
    return J(obj)


# ---------------------------------------------------------------- email
def _signature(c, who):
    if c.lang != "en":
        return f"--\n{who}\n{c.co}"
    return f"{pick(c.r, ['Best regards', 'Thanks', 'Kind regards', 'Cheers', 'Best'])},\n{who}\n{pick(c.r, ['Operations Manager', 'Account Executive', 'Office Administrator', 'Project Lead', 'Procurement'])} | {c.co}"


def rfc822_email(paras, c):
    r = c.r
    sender, rcpt = c.people[0], c.people[1]
    mid = f"<{hexs(r, 12)}.{digits(r, 6)}@mail.{c.dom}>"
    hdr = [f"Return-Path: <{email_for(sender, c.dom)}>",
           f"Received: from mail.{c.dom} (mail.{c.dom} [203.0.113.{r.randint(2, 250)}])\n\tby mx{r.randint(1, 4)}.inbound-relay.net with ESMTPS id {alnum(r, 10)}\n\tfor <{email_for(rcpt, 'northgate-analytics.com')}>; {rfc2822(c.dt)}",
           f"Date: {rfc2822(c.dt)}", f"From: {sender} <{email_for(sender, c.dom)}>",
           f"To: {rcpt} <{email_for(rcpt, 'northgate-analytics.com')}>", f"Subject: {c.title}",
           f"Message-ID: {mid}", "MIME-Version: 1.0", "Content-Type: text/plain; charset=\"UTF-8\"",
           "Content-Transfer-Encoding: 8bit"]
    greeting = "Hi " + rcpt.split()[0] + "," if c.lang == "en" else rcpt.split()[0] + ","
    body = greeting + "\n\n" + "\n\n".join(strip_raw(paras)) + "\n\n" + _signature(c, sender) + "\n"
    return "\n".join(hdr) + "\n\n" + body


def mime_multipart_email(paras, c):
    r = c.r
    sender, rcpt = c.people[0], c.people[1]
    b = "----=_Part_" + digits(r, 6) + "_" + digits(r, 9) + "." + digits(r, 13)
    text = "\n\n".join(strip_raw(paras))
    html_paras = "\n".join(p if is_raw(p) else f"<p style=\"margin:0 0 12px 0\">{p}</p>" for p in paras)
    html = (f"<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            f"{html_paras}\n<p>{sender}<br>{c.co}</p>\n</body></html>")
    out = [f"From: \"{sender}\" <{email_for(sender, c.dom)}>", f"To: {email_for(rcpt, 'kestrelworks.io')}",
           f"Subject: {c.title}", f"Date: {rfc2822(c.dt)}", f"Message-ID: <{uuid4(r)}@{c.dom}>", "MIME-Version: 1.0",
           f"Content-Type: multipart/alternative; boundary=\"{b}\"", "", f"--{b}",
           "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "",
           text + f"\n\n{sender}\n{c.co}", "", f"--{b}", "Content-Type: text/html; charset=UTF-8",
           "Content-Transfer-Encoding: 8bit", "", html, "", f"--{b}--", ""]
    return "\n".join(out)


def crm_contact_json(paras, c):
    r = c.r
    who = c.people[0]
    notes = [{"id": digits(r, 11), "type": pick(r, ["NOTE", "EMAIL", "CALL"]), "timestamp": iso_ms(plus(c.dt, 600 * i), r),
              "owner": c.people[2], "body": p} for i, p in enumerate(strip_raw(paras))]
    obj = {"id": digits(r, 11), "properties": {"firstname": who.split()[0], "lastname": who.split()[1],
                                                 "company": c.co, "lifecyclestage": pick(r, ["lead", "opportunity", "customer"]),
                                                 "hs_lead_status": pick(r, ["OPEN", "IN_PROGRESS", "CONNECTED"]),
                                                 "createdate": iso_ms(c.dt, r), "subject_hint": c.title},
           "associations": {"deals": {"results": [{"id": digits(r, 10), "type": "contact_to_deal"}]}},
           "engagements": notes, "archived": False}
    return J(obj)


def calendar_event_json(paras, c):
    r = c.r
    start = c.dt.replace(minute=0, second=0)
    obj = {"kind": "calendar#event", "etag": "\"" + digits(r, 16) + "\"", "id": alnum(r, 26, "abcdefghijklmnopqrstuv0123456789"),
           "status": "confirmed", "htmlLink": "https://www.google.com/calendar/event?eid=" + alnum(r, 40),
           "created": iso_ms(plus(c.dt, -2000), r), "summary": c.title, "description": "\n\n".join(strip_raw(paras)),
           "location": pick(r, ["Room 4.02 / Zoom", "HQ – Atlas room", "Google Meet", "Client office, 2nd floor"]),
           "organizer": {"email": email_for(c.people[0], c.dom), "displayName": c.people[0]},
           "start": {"dateTime": start.strftime("%Y-%m-%dT%H:%M:%S+01:00")},
           "end": {"dateTime": plus(start, 60).strftime("%Y-%m-%dT%H:%M:%S+01:00")},
           "attendees": [{"email": email_for(p, c.dom), "responseStatus": pick(r, ["needsAction", "accepted", "tentative"])} for p in c.people[1:4]],
           "reminders": {"useDefault": True}, "eventType": "default"}
    return J(obj)


def _ics_fold(line):
    out = []
    while len(line.encode("utf-8")) > 75:
        cut = 73
        while len(line[:cut].encode("utf-8")) > 73:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\r\n".join(out)


def icalendar(paras, c):
    r = c.r
    desc = "\\n\\n".join(p.replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n") for p in strip_raw(paras))
    st = c.dt.replace(minute=30, second=0)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//" + c.co + "//Scheduler 4.2//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"UID:{uuid4(r)}@{c.dom}", "DTSTAMP:" + c.dt.strftime("%Y%m%dT%H%M%SZ"),
             "DTSTART;TZID=Europe/London:" + st.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=Europe/London:" + plus(st, 45).strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:" + c.title, "DESCRIPTION:" + desc,
             f"ORGANIZER;CN={c.people[0]}:mailto:{email_for(c.people[0], c.dom)}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={c.people[1]}:mailto:{email_for(c.people[1], c.dom)}",
             "LOCATION:" + pick(r, ["Teams meeting", "Room 2B", "Zoom"]), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"


# ---------------------------------------------------------------- chat
def slack_export_json(paras, c):
    r = c.r
    users = {p: "U0" + upper(r, 9) for p in c.people}
    ts0 = c.dt.timestamp()
    msgs = []
    for i, p in enumerate(paras):
        who = c.people[i % 3]
        m = {"type": "message", "user": users[who], "text": p, "ts": "%.6f" % (ts0 + 61 * i + r.random()),
             "user_profile": {"real_name": who, "display_name": login_for(who)}, "team": "T0" + upper(r, 8)}
        if i and r.random() < 0.3:
            m["reactions"] = [{"name": pick(r, ["eyes", "+1", "white_check_mark"]), "count": r.randint(1, 4), "users": [users[c.people[3]]]}]
        msgs.append(m)
    return J(msgs, indent=4)


def teams_chat_json(paras, c):
    r = c.r
    val = []
    for i, p in enumerate(paras):
        who = c.people[i % 3]
        val.append({"id": digits(r, 13), "messageType": "message", "createdDateTime": iso_ms(plus(c.dt, 2 * i), r),
                    "from": {"user": {"id": uuid4(r), "displayName": who, "userIdentityType": "aadUser"}},
                    "body": {"contentType": "text", "content": p}, "attachments": [], "mentions": [], "importance": "normal"})
    return J({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats('19%3A" + hexs(r, 32) + "%40thread.v2')/messages",
              "@odata.count": len(val), "value": val})


def discord_export_json(paras, c):
    r = c.r
    msgs = []
    for i, p in enumerate(paras):
        who = c.people[i % 3]
        msgs.append({"id": digits(r, 19), "type": "Default", "timestamp": plus(c.dt, 3 * i).strftime("%Y-%m-%dT%H:%M:%S.000+00:00"),
                     "isPinned": False, "content": p,
                     "author": {"id": digits(r, 18), "name": login_for(who) + pick(r, ["", "_", "42", "dev"]), "discriminator": "0000",
                                "nickname": who.split()[0], "isBot": False}, "attachments": [], "reactions": []})
    obj = {"guild": {"id": digits(r, 18), "name": pick(r, ["Homelab Builders", c.co + " Community", "Indie Dev Hangout"])},
           "channel": {"id": digits(r, 18), "type": "GuildTextChat", "category": "Support", "name": pick(r, ["help", "general", "support-forum"])},
           "dateRange": {"after": None, "before": None}, "messages": msgs, "messageCount": len(msgs)}
    return J(obj)


def whatsapp_chat_txt(paras, c):
    r = c.r
    lines = []
    dt = c.dt
    for i, p in enumerate(paras):
        dt = plus(dt, r.randint(1, 40))
        lines.append(dt.strftime("%d/%m/%Y, %H:%M") + " - " + c.people[i % 3] + ": " + p)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- documents
def html_page(paras, c):
    r = c.r
    body = "\n".join(p if is_raw(p) else f"      <p>{p}</p>" for p in paras)
    nav = pick(r, ["Home", "Blog", "Guides"])
    lang = c.lang
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{c.title} | {c.co}</title>
  <link rel="stylesheet" href="/assets/site.{hexs(r, 8)}.css">
</head>
<body>
  <header class="site-header"><a href="/" class="logo">{c.co}</a>
    <nav><a href="/">{nav}</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav>
  </header>
  <main>
    <article>
      <h1>{c.title}</h1>
      <p class="byline">{c.people[0]} · {c.dt.strftime('%d %b %Y')}</p>
{body}
    </article>
  </main>
  <footer><p>&copy; 2025 {c.co}</p></footer>
</body>
</html>
"""


def markdown_doc(paras, c):
    r = c.r
    parts = [f"# {c.title}", "", f"_Last updated {c.dt.strftime('%Y-%m-%d')} by {c.people[0]}_", ""]
    heads = ["## Overview", "## Details", "## Notes", "## Next steps", "## Background"]
    for i, p in enumerate(paras):
        if i in (0, 2) and not is_raw(p):
            parts.append(heads[(i + r.randrange(3)) % len(heads)])
            parts.append("")
        parts.append(p)
        parts.append("")
    return "\n".join(parts)


def pdf_extracted_text(paras, c):
    r = c.r
    npages = 2 if len(paras) > 3 else 1
    out = [c.co.upper(), c.title, ""]
    per = (len(paras) + npages - 1) // npages
    for pg in range(npages):
        chunk = paras[pg * per:(pg + 1) * per]
        for p in chunk:
            if is_raw(p):
                out.append(p)
            else:
                out.append("\n".join(textwrap.wrap(p, 88)))
            out.append("")
        out.append(f"{c.co} – {pick(r, ['Internal', 'Confidential', 'Public'])}                                        Page {pg + 1} of {npages}")
        if pg + 1 < npages:
            out.append("\f")
    return "\n".join(out) + "\n"


def confluence_storage_xml(paras, c):
    r = c.r
    body = "".join(p if is_raw(p) else f"<p>{p}</p>" for p in paras)
    obj = {"id": digits(r, 9), "type": "page", "status": "current", "title": c.title,
           "space": {"key": pick(r, ["ENG", "OPS", "HR", "SALES"])}, "version": {"number": r.randint(2, 30), "by": {"displayName": c.people[0]}},
           "body": {"storage": {"value": "<ac:structured-macro ac:name=\"info\"><ac:rich-text-body><p>Owner: " + c.people[1] +
                                         "</p></ac:rich-text-body></ac:structured-macro>" + body, "representation": "storage"}},
           "_links": {"webui": f"/spaces/ENG/pages/{digits(r, 9)}"}}
    return J(obj)


def rss_feed(paras, c):
    r = c.r
    items = []
    for i, p in enumerate(paras):
        t = c.title if i == 0 else pick(r, ["Weekly roundup", "From the mailbag", "Reader question", "Quick update", "In brief"]) + f" #{r.randint(10, 99)}"
        items.append(f"""    <item>
      <title>{t}</title>
      <link>https://blog.{c.dom}/posts/{alnum(r, 8, 'abcdefghijklmnopqrstuvwxyz')}</link>
      <guid isPermaLink="false">{uuid4(r)}</guid>
      <pubDate>{rfc2822(plus(c.dt, -1440 * i))}</pubDate>
      <description><![CDATA[{p}]]></description>
    </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>{c.co} Blog</title>
    <link>https://blog.{c.dom}/</link>
    <description>News and notes from {c.co}</description>
    <language>{c.lang}</language>
{chr(10).join(items)}
  </channel>
</rss>
"""


def atom_feed(paras, c):
    r = c.r
    entries = []
    for i, p in enumerate(paras):
        entries.append(f"""  <entry>
    <title>{c.title if i == 0 else c.title + ' (part ' + str(i + 1) + ')'}</title>
    <id>tag:{c.dom},2025:{digits(r, 6)}</id>
    <updated>{iso(plus(c.dt, -90 * i))}</updated>
    <author><name>{c.people[i % 2]}</name></author>
    <content type="html">{p.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</content>
  </entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{c.co} updates</title>
  <id>urn:uuid:{uuid4(r)}</id>
  <updated>{iso(c.dt)}</updated>
  <link href="https://{c.dom}/feed.atom" rel="self"/>
{chr(10).join(entries)}
</feed>
"""


def ocr_text(paras, c):
    r = c.r
    head = [c.co.upper().replace("O", "0", 1), pick(r, ["12 Harbour Road", "Unit 4, Mill Lane", "Via Roma 18", "Postfach 1120"]),
            "", c.dt.strftime("%d.%m.%Y"), "", "Re: " + c.title, ""]
    body = []
    for p in paras:
        body.append("\n".join(textwrap.wrap(p, 70)))
        body.append("")
    tail = ["", "Yours sincerely,", "", "  ~" + c.people[0].split()[0][0] + ".", c.people[0], "",
            "[page 1 / 1] " + pick(r, ["scan_0042.tif", "IMG_2231.jpg", "fax_inbound_77.pdf"]) + "  conf=0." + str(r.randint(81, 97))]
    return "\n".join(head + body + tail) + "\n"


def search_results_json(paras, c):
    r = c.r
    res = []
    for i, p in enumerate(paras):
        res.append({"position": i + 1, "title": c.title if i == 0 else pick(r, ["Guide", "Forum thread", "FAQ", "Docs", "Review"]) + ": " + c.title,
                    "url": f"https://{pick(r, [c.dom, 'forum.' + c.dom, 'answers-hub.net', 'wiki.homeguides.org', 'techdigest.co'])}/{alnum(r, 10, 'abcdefghijklmnopqrstuvwxyz-')}",
                    "snippet": p, "date": c.dt.strftime("%b %d, %Y")})
    return J({"search_metadata": {"id": hexs(r, 24), "status": "Success", "total_time_taken": round(r.uniform(0.4, 2.2), 2)},
              "search_parameters": {"q": c.title.lower(), "hl": c.lang, "num": 10}, "organic_results": res})


# ---------------------------------------------------------------- reviews / data
def review_api_json(paras, c):
    r = c.r
    revs = []
    for i, p in enumerate(paras):
        revs.append({"review_id": "R" + upper(r, 13), "rating": r.randint(1, 5), "title": pick(r, ["Mixed feelings", "Does the job", "Great value", "Not what I expected", "Solid", "Honest review", "After 3 months"]),
                     "body": p, "author": c.people[i % 5].split()[0] + " " + c.people[i % 5].split()[1][0] + ".",
                     "verified_purchase": r.random() < 0.8, "helpful_votes": r.randint(0, 40),
                     "submitted_at": iso(plus(c.dt, -1000 * i)), "locale": c.lang})
    return J({"product": {"id": "P" + digits(r, 8), "name": c.title}, "page": 1, "page_size": 10, "total": len(revs) + r.randint(0, 120), "reviews": revs})


def product_catalog_json(paras, c):
    r = c.r
    items = []
    for i, p in enumerate(paras):
        items.append({"sku": upper(r, 3) + "-" + digits(r, 5), "name": c.title if i == 0 else c.title + " – variant " + "ABCDEFG"[i],
                      "description": p, "price": {"amount": round(r.uniform(9, 900), 2), "currency": pick(r, ["USD", "EUR", "GBP"])},
                      "stock": r.randint(0, 400), "categories": [pick(r, ["home", "outdoor", "electronics", "office"])],
                      "updated_at": iso(c.dt)})
    return J({"catalog_version": digits(r, 8), "merchant": c.co, "items": items})


def csv_export(paras, c):
    r = c.r
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["record_id", "created_at", "customer", "channel", "status", "notes"])
    for i, p in enumerate(paras):
        w.writerow([str(r.randint(10000, 99999)), plus(c.dt, 17 * i).strftime("%Y-%m-%d %H:%M"), c.people[i % 5],
                    pick(r, ["email", "phone", "web", "chat"]), pick(r, ["open", "closed", "follow-up"]), p])
    return buf.getvalue()


def psql_table(paras, c):
    r = c.r
    out = [f"{c.dom.split('.')[0].replace('-', '_')}=> SELECT id, submitted_at, rating, comment FROM feedback WHERE product_id = {r.randint(100, 999)} ORDER BY submitted_at DESC LIMIT {len(paras)};", "\\x on", "Expanded display is on."]
    for i, p in enumerate(paras):
        out.append(f"-[ RECORD {i + 1} ]+" + "-" * 40)
        out.append(f"id           | {r.randint(1000, 99999)}")
        out.append(f"submitted_at | {plus(c.dt, -300 * i).strftime('%Y-%m-%d %H:%M:%S')}+00")
        out.append(f"rating       | {r.randint(1, 5)}")
        out.append(f"comment      | {p}")
    out.append("")
    return "\n".join(out)


def mysql_table(paras, c):
    r = c.r
    out = [f"mysql> SELECT ticket_id, opened, priority, body FROM support_notes WHERE queue='{pick(r, ['billing', 'returns', 'general'])}' LIMIT {len(paras)}\\G"]
    for i, p in enumerate(paras):
        out.append("*" * 27 + f" {i + 1}. row " + "*" * 27)
        out.append(f"ticket_id: {r.randint(100000, 999999)}")
        out.append(f"   opened: {plus(c.dt, -200 * i).strftime('%Y-%m-%d %H:%M:%S')}")
        out.append(f" priority: {pick(r, ['low', 'normal', 'high'])}")
        out.append(f"     body: {p}")
    out.append(f"{len(paras)} rows in set (0.0{r.randint(1, 9)} sec)")
    out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------- code / dev
def github_pr_review_json(paras, c):
    r = c.r
    path = pick(r, ["src/uploader/client.py", "pkg/queue/worker.go", "app/services/billing.ts", "docs/setup.md", "lib/cache.rb"])
    out = []
    for i, p in enumerate(paras):
        out.append({"id": int(digits(r, 10)), "pull_request_review_id": int(digits(r, 10)), "path": path,
                    "diff_hunk": f"@@ -{r.randint(10, 200)},7 +{r.randint(10, 200)},9 @@", "line": r.randint(5, 300),
                    "user": {"login": login_for(c.people[i % 3]), "type": "User"}, "body": p,
                    "created_at": iso(plus(c.dt, 11 * i)), "author_association": pick(r, ["MEMBER", "CONTRIBUTOR", "COLLABORATOR"]),
                    "html_url": f"https://github.com/{c.dom.split('.')[0]}/core/pull/{r.randint(100, 3000)}#discussion_r{digits(r, 10)}"})
    return J(out)


def gitlab_mr_notes_json(paras, c):
    r = c.r
    out = []
    for i, p in enumerate(paras):
        out.append({"id": int(digits(r, 9)), "type": pick(r, ["DiffNote", None]), "body": p, "attachment": None,
                    "author": {"id": r.randint(100, 9999), "username": login_for(c.people[i % 3]), "name": c.people[i % 3], "state": "active"},
                    "created_at": plus(c.dt, 9 * i).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", "system": False,
                    "noteable_type": "MergeRequest", "noteable_iid": r.randint(10, 900), "resolvable": True, "resolved": False})
    return J(out)


def unified_diff(paras, c):
    r = c.r
    fn = pick(r, ["docs/CHANGELOG.md", "docs/faq.md", "README.md", "content/posts/update.md", "NOTES.md"])
    old = ["## " + c.title, "", "Earlier notes are kept below for reference."]
    added = []
    for p in paras:
        for ln in (p.split("\n") if is_raw(p) else textwrap.wrap(p, 90)):
            added.append("+" + ln)
        added.append("+")
    a = hexs(r, 7)
    b = hexs(r, 7)
    head = [f"diff --git a/{fn} b/{fn}", f"index {a}..{b} 100644", f"--- a/{fn}", f"+++ b/{fn}",
            f"@@ -1,3 +1,{3 + len(added)} @@", " " + old[0], " ", ] + added + [" " + old[2]]
    return "\n".join(head) + "\n"


def python_source(paras, c):
    r = c.r
    doc = "\n\n".join(p for p in paras[:1])
    comments = "\n".join("# " + ln for p in paras[1:] for ln in (textwrap.wrap(p, 86) + [""]))
    mod = pick(r, ["uploader", "ratelimit", "billing_sync", "report_builder", "geo_cache"])
    return f'''"""{mod}.py

{chr(10).join(textwrap.wrap(doc, 86))}
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

log = logging.getLogger(__name__)

{comments}

@dataclass
class RetryPolicy:
    attempts: int = {r.randint(3, 6)}
    backoff: float = {r.choice([0.5, 1.0, 1.5])}

    def delays(self):
        return [self.backoff * (2 ** i) for i in range(self.attempts)]


def run(job, policy: RetryPolicy | None = None):
    policy = policy or RetryPolicy()
    for i, d in enumerate(policy.delays()):
        try:
            return job()
        except TimeoutError:
            log.warning("attempt %d timed out, sleeping %.1fs", i + 1, d)
            time.sleep(d)
    raise RuntimeError("{mod}: gave up after %d attempts" % policy.attempts)
'''


def javascript_source(paras, c):
    r = c.r
    jsdoc = "\n".join(" * " + ln for p in paras for ln in (textwrap.wrap(p, 86) + [""]))
    fn = pick(r, ["formatInvoice", "syncContacts", "buildSearchIndex", "renderBadge", "scheduleDigest"])
    return f"""// @ts-check
'use strict';

const {{ promisify }} = require('node:util');
const fs = require('node:fs');

/**
{jsdoc} * @param {{object}} opts
 * @returns {{Promise<void>}}
 */
async function {fn}(opts = {{}}) {{
  const readFile = promisify(fs.readFile);
  const raw = await readFile(opts.path ?? './data/input.json', 'utf8');
  const rows = JSON.parse(raw);
  for (const row of rows) {{
    if (!row.id) continue;
    opts.onRow?.(row);
  }}
}}

module.exports = {{ {fn} }};
"""


def go_source(paras, c):
    r = c.r
    cm = "\n".join("// " + ln if ln else "//" for p in paras for ln in (textwrap.wrap(p, 86) + [""]))
    pkg = pick(r, ["queue", "ingest", "limiter", "billing"])
    return f"""// Package {pkg} implements the background worker used by the API.
package {pkg}

import (
\t"context"
\t"errors"
\t"time"
)

{cm}
type Worker struct {{
\tInterval time.Duration
\tHandle   func(ctx context.Context) error
}}

var ErrStopped = errors.New("{pkg}: worker stopped")

func (w *Worker) Run(ctx context.Context) error {{
\tt := time.NewTicker(w.Interval)
\tdefer t.Stop()
\tfor {{
\t\tselect {{
\t\tcase <-ctx.Done():
\t\t\treturn ErrStopped
\t\tcase <-t.C:
\t\t\tif err := w.Handle(ctx); err != nil {{
\t\t\t\treturn err
\t\t\t}}
\t\t}}
\t}}
}}
"""


def jupyter_notebook(paras, c):
    r = c.r
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# " + c.title + "\n"]}]
    codes = ["import pandas as pd\nimport numpy as np\n\ndf = pd.read_parquet('data/events_2025q1.parquet')\ndf.shape",
             "df.groupby('plan')['churned'].mean().sort_values()",
             "cohort = df[df.signup_month >= '2024-10']\ncohort.describe()",
             "ax = cohort.plot.hist(column='sessions', bins=40)\nax.set_title('Sessions per user')"]
    for i, p in enumerate(paras):
        src = p if not is_raw(p) else p
        cells.append({"cell_type": "markdown", "metadata": {}, "source": [ln + "\n" for ln in src.split("\n")]})
        code = codes[i % len(codes)]
        cells.append({"cell_type": "code", "execution_count": i + 1, "metadata": {},
                      "outputs": [{"output_type": "execute_result", "execution_count": i + 1, "metadata": {},
                                   "data": {"text/plain": [f"({r.randint(1000, 90000)}, {r.randint(5, 40)})" if i == 0 else f"{r.random():.4f}"]}}],
                      "source": [ln + "\n" for ln in code.split("\n")]})
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                        "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    return J(nb, indent=1)


def yaml_config(paras, c):
    r = c.r
    svc = pick(r, ["orders-api", "notifier", "search-indexer", "billing-worker"])
    desc = "\n".join("    " + ln for p in paras for ln in (textwrap.wrap(p, 88) + [""])).rstrip()
    return f"""# {svc} – service configuration
# owner: {c.people[0]}
service:
  name: {svc}
  replicas: {r.randint(2, 6)}
  port: {pick(r, [8080, 8000, 3000, 9090])}
  description: |
{desc}
logging:
  level: info
  format: json
queue:
  url_env: QUEUE_URL
  prefetch: {r.randint(5, 50)}
  retry:
    max_attempts: {r.randint(3, 8)}
    backoff_ms: {pick(r, [250, 500, 1000])}
features:
  new_checkout: {pick(r, ['true', 'false'])}
  export_csv: true
"""


def toml_config(paras, c):
    r = c.r
    name = pick(r, ["ledger-tools", "fastq-utils", "kestrel-cli", "mapkit"])
    cm = "\n".join("# " + ln if ln else "#" for p in paras for ln in (textwrap.wrap(p, 86) + [""]))
    return f"""[project]
name = "{name}"
version = "{r.randint(0, 3)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
description = "{c.title}"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27", "pydantic>=2.6", "rich>=13"]

{cm}
[project.scripts]
{name} = "{name.replace('-', '_')}.cli:main"

[tool.ruff]
line-length = 100
select = ["E", "F", "I", "B"]

[tool.pytest.ini_options]
addopts = "-q --strict-markers"
testpaths = ["tests"]
"""


def ini_config(paras, c):
    r = c.r
    cm = "\n".join("; " + ln if ln else ";" for p in paras for ln in (textwrap.wrap(p, 86) + [""]))
    return f"""; {c.title}
; maintained by {c.people[0]}

{cm}
[general]
environment = {pick(r, ['staging', 'production', 'qa'])}
timezone = Europe/Berlin
max_workers = {r.randint(2, 16)}

[export]
format = csv
delimiter = ;
include_headers = true
output_dir = /var/lib/exports

[mail]
smtp_host = smtp.{c.dom}
smtp_port = 587
use_tls = yes
"""


def app_log_jsonl(paras, c):
    r = c.r
    lines = []
    dt = c.dt
    svc = pick(r, ["helpdesk-api", "feedback-svc", "crm-sync", "inbox-worker"])
    for i in range(r.randint(1, 3)):
        dt = plus(dt, 1)
        lines.append(J({"ts": iso_ms(dt, r), "level": "info", "svc": svc, "msg": "request completed", "method": "GET",
                        "path": f"/v1/tickets/{r.randint(1000, 9999)}", "status": 200, "dur_ms": r.randint(4, 300),
                        "trace_id": hexs(r, 32)}, indent=None))
    for p in paras:
        dt = plus(dt, r.randint(0, 3))
        lines.append(J({"ts": iso_ms(dt, r), "level": pick(r, ["info", "info", "warn"]), "svc": svc,
                        "msg": pick(r, ["note.created", "comment.ingested", "message.received"]),
                        "ticket": r.randint(10000, 99999), "body": p, "trace_id": hexs(r, 32)}, indent=None))
    lines.append(J({"ts": iso_ms(plus(dt, 1), r), "level": "info", "svc": svc, "msg": "batch flushed", "count": len(paras)}, indent=None))
    return "\n".join(lines) + "\n"


def ci_log_github_actions(paras, c):
    r = c.r
    dt = c.dt
    out = []

    def t():
        nonlocal dt
        dt = plus(dt, 0)
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + digits(r, 7) + "Z"
    out.append(f"{t()} ##[group]Run actions/checkout@v4")
    out.append(f"{t()} Syncing repository: {c.dom.split('.')[0]}/core")
    out.append(f"{t()} ##[endgroup]")
    out.append(f"{t()} ##[group]Run make test")
    out.append(f"{t()} go test ./... -count=1")
    for p in paras:
        for ln in p.split("\n"):
            out.append(f"{t()} {ln}")
    out.append(f"{t()} ok  \tgithub.com/{c.dom.split('.')[0]}/core/internal/api\t{r.uniform(0.5, 9):.3f}s")
    out.append(f"{t()} ##[endgroup]")
    out.append(f"{t()} Post job cleanup.")
    return "\n".join(out) + "\n"


def terminal_session(paras, c):
    r = c.r
    user = login_for(c.people[0])
    host = pick(r, ["build-01", "devbox", "ip-10-2-4-17", "mbp-" + user])
    out = [f"{user}@{host}:~/src/{c.dom.split('.')[0]}$ git log -3 --format='%h %an %s'"]
    for _ in range(3):
        out.append(f"{hexs(r, 7)} {pick(r, c.people)} {pick(r, ['fix flaky test', 'bump deps', 'tidy logging', 'docs: typo', 'retry uploads'])}")
    out.append(f"{user}@{host}:~/src/{c.dom.split('.')[0]}$ cat NOTES.md")
    out.append("# " + c.title)
    out.append("")
    for p in paras:
        out.append(p)
        out.append("")
    out.append(f"{user}@{host}:~/src/{c.dom.split('.')[0]}$ du -sh build/ && df -h / | tail -1")
    out.append(f"{r.randint(100, 900)}M\tbuild/")
    out.append(f"/dev/nvme0n1p2  234G  {r.randint(80, 220)}G   {r.randint(10, 100)}G  {r.randint(40, 96)}% /")
    out.append(f"{user}@{host}:~/src/{c.dom.split('.')[0]}$ ")
    return "\n".join(out)


# ---------------------------------------------------------------- speech
def webvtt_transcript(paras, c):
    r = c.r
    out = ["WEBVTT", "Kind: captions", f"Language: {c.lang}", ""]
    s = 0.0
    for i, p in enumerate(paras):
        d = max(4.0, len(p) / 15.0)

        def f(x):
            h = int(x // 3600)
            m = int(x % 3600 // 60)
            return f"{h:02d}:{m:02d}:{x % 60:06.3f}"
        out.append(f"{i + 1}")
        out.append(f"{f(s)} --> {f(s + d)}")
        out.append(f"<v {c.people[i % 3]}>{p}")
        out.append("")
        s += d + r.uniform(0.2, 3.0)
    return "\n".join(out)


def voicemail_transcript_json(paras, c):
    r = c.r
    obj = {"voicemail_id": "vm_" + alnum(r, 20), "mailbox": f"ext-{r.randint(200, 499)}",
           "caller": {"name": pick(r, ["UNKNOWN", c.people[0].upper(), "WIRELESS CALLER"]), "number": "+4420" + digits(r, 8)},
           "received_at": iso(c.dt), "duration_seconds": r.randint(25, 140),
           "transcription": {"engine": "asr-v3", "confidence": round(r.uniform(0.78, 0.96), 2), "language": c.lang,
                             "text": " ".join(paras)},
           "audio_url": f"https://media.voiceplatform.net/recordings/{uuid4(r)}.wav", "read": False}
    return J(obj)


CARRIERS = {
    "zendesk_ticket_json": ("ticket", zendesk_ticket_json), "servicenow_incident_json": ("ticket", servicenow_incident_json),
    "jira_issue_json": ("ticket", jira_issue_json), "github_issue_json": ("ticket", github_issue_json),
    "linear_issue_json": ("ticket", linear_issue_json), "intercom_conversation_json": ("ticket", intercom_conversation_json),
    "rfc822_email": ("email", rfc822_email), "mime_multipart_email": ("email", mime_multipart_email),
    "crm_contact_json": ("email", crm_contact_json), "calendar_event_json": ("email", calendar_event_json),
    "icalendar": ("email", icalendar),
    "slack_export_json": ("chat", slack_export_json), "teams_chat_json": ("chat", teams_chat_json),
    "discord_export_json": ("chat", discord_export_json), "whatsapp_chat_txt": ("chat", whatsapp_chat_txt),
    "html_page": ("doc", html_page), "markdown_doc": ("doc", markdown_doc), "pdf_extracted_text": ("doc", pdf_extracted_text),
    "confluence_storage_json": ("doc", confluence_storage_xml), "rss_feed": ("doc", rss_feed), "atom_feed": ("doc", atom_feed),
    "ocr_text": ("doc", ocr_text), "search_results_json": ("doc", search_results_json),
    "review_api_json": ("review", review_api_json), "product_catalog_json": ("review", product_catalog_json),
    "csv_export": ("review", csv_export), "psql_expanded_output": ("review", psql_table), "mysql_vertical_output": ("review", mysql_table),
    "github_pr_review_json": ("code", github_pr_review_json), "gitlab_mr_notes_json": ("code", gitlab_mr_notes_json),
    "unified_diff": ("code", unified_diff), "python_source": ("code", python_source), "javascript_source": ("code", javascript_source),
    "go_source": ("code", go_source), "jupyter_notebook": ("code", jupyter_notebook), "yaml_config": ("code", yaml_config),
    "toml_config": ("code", toml_config), "ini_config": ("code", ini_config), "app_log_jsonl": ("code", app_log_jsonl),
    "ci_log_github_actions": ("code", ci_log_github_actions), "terminal_session": ("code", terminal_session),
    "webvtt_transcript": ("speech", webvtt_transcript), "voicemail_transcript_json": ("speech", voicemail_transcript_json),
}

GROUP_FORMATS = {}
for _k, (_g, _f) in CARRIERS.items():
    GROUP_FORMATS.setdefault(_g, []).append(_k)


def render(fmt, paras, c):
    return CARRIERS[fmt][1](paras, c)
