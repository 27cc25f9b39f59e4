"""Carrier helpers: wrap hand-written free text into realistic tool-output formats.

Every helper is deterministic: random-looking ids, timestamps and hashes are derived
from a key string (sha256), so rebuilding gives byte-identical output.
"""
import csv
import datetime
import hashlib
import io
import json
import random

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rng(key):
    return random.Random(int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16))


def J(obj, indent=2):
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def dt(key, span_days=880):
    r = rng("dt|" + key)
    base = datetime.datetime(2023, 3, 1, 6, 0, 0, tzinfo=datetime.timezone.utc)
    return base + datetime.timedelta(seconds=r.randrange(span_days * 86400))


def after(key, i, base_key, fmt="%Y-%m-%dT%H:%M:%SZ"):
    """Timestamp i steps after dt(base_key), so threads stay in chronological order."""
    d = dt(base_key) + datetime.timedelta(minutes=sum(rng(key + str(j)).randrange(7, 600) for j in range(i + 1)))
    return d.strftime(fmt)


def iso(key, ms=False):
    d = dt(key)
    if ms:
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (rng("ms" + key).randrange(1000))
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc2822(key, tz="+0000"):
    d = dt(key)
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (
        DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second, tz)


def epoch(key):
    return int(dt(key).timestamp())


def hexs(key, n):
    r = rng("hex|" + key)
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def nums(key, n):
    r = rng("num|" + key)
    return str(r.randrange(1, 10)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def alnum(key, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    r = rng("aln|" + key)
    return "".join(r.choice(alphabet) for _ in range(n))


def addr_of(x):
    if "<" in x:
        return x.split("<", 1)[1].rstrip(">").strip()
    return x.strip()


# ---------------------------------------------------------------- e-mail

def email(frm, to, subj, body, key=None, cc=None, extra=None, mailer=None, tz="+0000"):
    k = key or subj
    fa = addr_of(frm)
    dom = fa.split("@")[-1]
    todom = addr_of(to.split(",")[0]).split("@")[-1]
    date = rfc2822(k, tz)
    h = [
        "Return-Path: <%s>" % fa,
        "Received: from mail-%s.%s (mail-%s.%s [10.%d.%d.%d])\n\tby mx1.%s with ESMTPS id %s\n\tfor <%s>; %s" % (
            hexs(k + "r", 4), dom, hexs(k + "r", 4), dom, rng(k).randrange(256), rng(k + "b").randrange(256),
            rng(k + "c").randrange(1, 255), todom, alnum(k + "id", 12), addr_of(to.split(",")[0]), date),
        "Message-ID: <%s.%s@%s>" % (hexs(k + "m", 16), nums(k + "m", 7), dom),
        "Date: " + date,
        "From: " + frm,
        "To: " + to,
    ]
    if cc:
        h.append("Cc: " + cc)
    h.append("Subject: " + subj)
    if extra:
        h.extend(extra)
    if mailer:
        h.append("X-Mailer: " + mailer)
    h += ["MIME-Version: 1.0", 'Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: 8bit"]
    return "\n".join(h) + "\n\n" + body.strip("\n") + "\n"


def email_mp(frm, to, subj, text_body, html_body, key=None, extra=None):
    k = key or subj
    b = "----=_Part_%s_%s.%s" % (nums(k + "p", 6), nums(k + "q", 9), nums(k + "t", 13))
    fa = addr_of(frm)
    dom = fa.split("@")[-1]
    h = [
        "Message-ID: <%s@%s>" % (hexs(k + "mid", 24), dom),
        "Date: " + rfc2822(k),
        "From: " + frm,
        "To: " + to,
        "Subject: " + subj,
    ]
    if extra:
        h.extend(extra)
    h += ["MIME-Version: 1.0", 'Content-Type: multipart/alternative; boundary="%s"' % b]
    parts = [
        "--" + b,
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
        text_body.strip("\n"),
        "",
        "--" + b,
        'Content-Type: text/html; charset="UTF-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
        html_body.strip("\n"),
        "",
        "--" + b + "--",
    ]
    return "\n".join(h) + "\n\n" + "\n".join(parts) + "\n"


# ---------------------------------------------------------------- web

def html_page(title, main, lang="en", site="", nav=None, key=None, head_extra="", footer=None):
    k = key or title
    nav = nav or ["Home", "Products", "Docs", "Blog", "Contact"]
    navh = "\n".join('      <li><a href="/%s">%s</a></li>' % (n.lower().replace(" ", "-"), n) for n in nav)
    foot = footer or "&copy; %d %s. All rights reserved." % (dt(k).year, site or "")
    return (
        "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n  <meta charset=\"utf-8\">\n"
        "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "  <title>%s</title>\n  <link rel=\"stylesheet\" href=\"/assets/main.%s.css\">\n%s</head>\n<body>\n"
        "  <header class=\"site-header\">\n    <a class=\"logo\" href=\"/\">%s</a>\n    <nav><ul>\n%s\n    </ul></nav>\n  </header>\n"
        "  <main id=\"content\">\n%s\n  </main>\n  <footer class=\"site-footer\"><p>%s</p></footer>\n"
        "  <script src=\"/assets/app.%s.js\" defer></script>\n</body>\n</html>\n"
    ) % (lang, title, hexs(k + "css", 8), head_extra, site, navh, main.strip("\n"), foot, hexs(k + "js", 8))


def md_wiki(title, body, space="Engineering", author="", key=None, tags=None):
    k = key or title
    fm = ["---", "title: \"%s\"" % title.replace('"', "'"), "space: %s" % space]
    if author:
        fm.append("last_edited_by: %s" % author)
    fm.append("last_edited_at: %s" % iso(k))
    if tags:
        fm.append("tags: [%s]" % ", ".join(tags))
    fm.append("---")
    return "\n".join(fm) + "\n\n# " + title + "\n\n" + body.strip("\n") + "\n"


def pdf_text(pages, header=None, footer=None):
    out = []
    n = len(pages)
    for i, p in enumerate(pages, 1):
        seg = []
        if header:
            seg.append(header)
            seg.append("")
        seg.append(p.strip("\n"))
        seg.append("")
        seg.append((footer + "    " if footer else "") + "Page %d of %d" % (i, n))
        out.append("\n".join(seg))
    return "\f".join(out) + "\n"


# ---------------------------------------------------------------- chat

def slack(channel, msgs, key=None):
    k = key or channel
    base = epoch(k)
    out = []
    for i, m in enumerate(msgs):
        user, text = m[0], m[1]
        base += rng(k + str(i)).randrange(20, 900)
        d = {
            "type": "message",
            "user": "U0" + alnum(k + user, 9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
            "user_name": user,
            "text": text,
            "ts": "%d.%s" % (base, nums(k + "ts" + str(i), 6)),
        }
        if len(m) > 2 and m[2]:
            d["thread_ts"] = out[0]["ts"] if out else d["ts"]
        out.append(d)
    return J({"ok": True, "channel": {"id": "C0" + alnum(k, 9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "name": channel},
              "messages": out, "has_more": False})


def teams(topic, msgs, key=None):
    k = key or topic
    d0 = dt(k)
    vals = []
    for i, (user, html) in enumerate(msgs):
        d0 = d0 + datetime.timedelta(seconds=rng(k + str(i)).randrange(30, 1200))
        vals.append({
            "id": nums(k + "id" + str(i), 13),
            "messageType": "message",
            "createdDateTime": d0.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng(k + "ms" + str(i)).randrange(1000),
            "from": {"user": {"id": "%s-%s-%s-%s-%s" % (hexs(k + user, 8), hexs(k + user + "a", 4), hexs(k + user + "b", 4),
                                                          hexs(k + user + "c", 4), hexs(k + user + "d", 12)),
                              "displayName": user}},
            "body": {"contentType": "html", "content": html},
        })
    return J({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats('19%3A" + hexs(k, 32) +
              "%40thread.v2')/messages", "chatTopic": topic, "value": vals})


def discord(guild, channel, msgs, key=None):
    k = key or channel
    d0 = dt(k)
    out = []
    for i, (user, text) in enumerate(msgs):
        d0 = d0 + datetime.timedelta(seconds=rng(k + str(i)).randrange(10, 600))
        out.append({
            "id": nums(k + "m" + str(i), 19),
            "type": "Default",
            "timestamp": d0.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+00:00" % rng(k + "x" + str(i)).randrange(1000),
            "content": text,
            "author": {"id": nums(k + user, 18), "name": user, "isBot": False},
            "attachments": [], "reactions": [],
        })
    return J({"guild": {"name": guild}, "channel": {"name": channel, "type": "GuildTextChat"},
              "messages": out, "messageCount": len(out)})


def chat_txt(msgs, style="whatsapp", key="chat"):
    d0 = dt(key)
    out = []
    for i, (who, text) in enumerate(msgs):
        d0 = d0 + datetime.timedelta(seconds=rng(key + str(i)).randrange(15, 1500))
        if style == "whatsapp":
            out.append("[%02d/%02d/%d, %02d:%02d:%02d] %s: %s" % (d0.day, d0.month, d0.year, d0.hour, d0.minute, d0.second, who, text))
        elif style == "whatsapp_us":
            h = d0.hour % 12 or 12
            out.append("%d/%d/%02d, %d:%02d %s - %s: %s" % (d0.month, d0.day, d0.year % 100, h, d0.minute,
                                                            "AM" if d0.hour < 12 else "PM", who, text))
        elif style == "telegram":
            out.append("%s, [%02d.%02d.%02d %02d:%02d]\n%s\n" % (who, d0.day, d0.month, d0.year % 100, d0.hour, d0.minute, text))
        elif style == "irc":
            out.append("[%02d:%02d] <%s> %s" % (d0.hour, d0.minute, who, text))
        elif style == "line":
            out.append("%02d:%02d\t%s\t%s" % (d0.hour, d0.minute, who, text))
        elif style == "kakao":
            out.append("[%s] [%s %d:%02d] %s" % (who, "오전" if d0.hour < 12 else "오후", (d0.hour % 12) or 12, d0.minute, text))
        elif style == "wechat":
            out.append("%s %d-%02d-%02d %02d:%02d:%02d\n%s\n" % (who, d0.year, d0.month, d0.day, d0.hour, d0.minute, d0.second, text))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- trackers

def gh_issue(repo, number, title, body, user, comments=(), labels=(), state="open", key=None):
    k = key or (repo + str(number))
    return J({
        "url": "https://api.github.com/repos/%s/issues/%d" % (repo, number),
        "html_url": "https://github.com/%s/issues/%d" % (repo, number),
        "number": number, "title": title, "state": state,
        "user": {"login": user, "type": "User"},
        "labels": [{"name": l} for l in labels],
        "created_at": iso(k), "comments": len(comments),
        "body": body,
        "comments_data": [{"id": int(nums(k + "c" + str(i), 10)), "user": {"login": u}, "created_at": after(k + "c", i, k),
                           "author_association": a, "body": b} for i, (u, a, b) in enumerate(comments)],
    })


def jira(key_, summary, desc, reporter, assignee="Unassigned", status="Open", comments=(), itype="Bug", priority="Medium"):
    k = key_
    return J({
        "id": nums(k, 5), "key": key_,
        "self": "https://jira.internal/rest/api/2/issue/" + nums(k, 5),
        "fields": {
            "summary": summary, "issuetype": {"name": itype}, "priority": {"name": priority},
            "status": {"name": status}, "reporter": {"displayName": reporter},
            "assignee": None if assignee == "Unassigned" else {"displayName": assignee},
            "created": dt(k).strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
            "description": desc,
            "comment": {"comments": [{"author": {"displayName": a}, "body": b,
                                      "created": after(k + "jc", i, k, "%Y-%m-%dT%H:%M:%S.000+0000")}
                                     for i, (a, b) in enumerate(comments)], "total": len(comments)},
        },
    })


def pr_review(repo, pr, comments, key=None):
    k = key or repo + str(pr)
    out = []
    for i, c in enumerate(comments):
        user, path, line, body = c
        out.append({"id": int(nums(k + str(i), 10)), "pull_request_url": "https://api.github.com/repos/%s/pulls/%d" % (repo, pr),
                    "user": {"login": user}, "path": path, "line": line, "side": "RIGHT",
                    "commit_id": hexs(k + "sha", 40), "created_at": after(k + "rc", i, k), "body": body})
    return J(out)


def ticket(tid, subject, desc, requester, comments=(), tags=(), status="open", priority="normal", via="email", key=None):
    k = key or str(tid)
    return J({"ticket": {
        "id": tid, "subject": subject, "status": status, "priority": priority, "type": "question",
        "via": {"channel": via}, "requester": {"name": requester[0], "email": requester[1]},
        "tags": list(tags), "created_at": iso(k), "updated_at": after(k + "u", len(comments) + 1, k),
        "description": desc,
        "comments": [{"id": int(nums(k + str(i), 11)), "author": a, "public": p, "body": b, "created_at": after(k + "u", i, k)}
                     for i, (a, p, b) in enumerate(comments)],
    }})


def snow(number, short, desc, caller, notes=(), cat="software", state="New"):
    k = number
    return J({"result": {
        "number": number, "sys_id": hexs(k, 32), "short_description": short, "description": desc,
        "caller_id": {"display_value": caller}, "category": cat, "state": state, "impact": "3 - Low",
        "opened_at": dt(k).strftime("%Y-%m-%d %H:%M:%S"),
        "work_notes": "\n\n".join("%s - %s (Work notes)\n%s" % (after(k + "wn", i, k, "%Y-%m-%d %H:%M:%S"), a, b)
                                  for i, (a, b) in enumerate(notes)),
    }})


# ---------------------------------------------------------------- tables

def _cell(v):
    return "" if v is None else str(v)


def psql(cols, rows, query=None, db="app"):
    rows = [[_cell(c) for c in r] for r in rows]
    w = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(cols)]
    out = []
    if query:
        out.append("%s=> %s" % (db, query))
    out.append("|".join(" " + c.center(w[i]) + " " for i, c in enumerate(cols)).rstrip())
    out.append("+".join("-" * (w[i] + 2) for i in range(len(cols))))
    for r in rows:
        out.append("|".join(" " + r[i].ljust(w[i]) + " " for i in range(len(cols))).rstrip())
    out.append("(%d row%s)" % (len(rows), "" if len(rows) == 1 else "s"))
    return "\n".join(out) + "\n"


def mysql(cols, rows, query=None):
    rows = [[_cell(c) for c in r] for r in rows]
    w = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(cols)]
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = []
    if query:
        out.append("mysql> " + query)
    out.append(sep)
    out.append("| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(cols)) + " |")
    out.append(sep)
    for r in rows:
        out.append("| " + " | ".join(r[i].ljust(w[i]) for i in range(len(cols))) + " |")
    out.append(sep)
    out.append("%d rows in set (0.%02d sec)" % (len(rows), len(rows) % 7 + 1))
    return "\n".join(out) + "\n"


def csvt(cols, rows, delim=","):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\n")
    w.writerow(cols)
    for r in rows:
        w.writerow(r)
    return s.getvalue()


# ---------------------------------------------------------------- logs / ci

def jsonlog(key, entries):
    d0 = dt(key)
    out = []
    for i, e in enumerate(entries):
        d0 = d0 + datetime.timedelta(milliseconds=rng(key + str(i)).randrange(3, 4000))
        row = {"ts": d0.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d0.microsecond // 1000)}
        row.update(e)
        out.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(out) + "\n"


def plainlog(key, lines, style="std"):
    d0 = dt(key)
    out = []
    for i, (lvl, src, msg) in enumerate(lines):
        d0 = d0 + datetime.timedelta(milliseconds=rng(key + str(i)).randrange(2, 3000))
        if style == "std":
            out.append("%s.%03d %-5s [%s] %s" % (d0.strftime("%Y-%m-%d %H:%M:%S"), d0.microsecond // 1000, lvl, src, msg))
        elif style == "syslog":
            out.append("%s %2d %s %s %s: %s" % (MONTHS[d0.month - 1], d0.day, d0.strftime("%H:%M:%S"), "app-%s" % hexs(key, 4), src, msg))
        elif style == "python":
            out.append("%s,%03d - %s - %s - %s" % (d0.strftime("%Y-%m-%d %H:%M:%S"), d0.microsecond // 1000, src, lvl, msg))
    return "\n".join(out) + "\n"


def ci(key, steps):
    d0 = dt(key)
    out = []
    for name, lines in steps:
        d0 = d0 + datetime.timedelta(seconds=rng(key + name).randrange(1, 40))
        stamp = lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % (rng(key + str(d)).randrange(10 ** 7))
        out.append("%s ##[group]%s" % (stamp(d0), name))
        for j, l in enumerate(lines):
            d0 = d0 + datetime.timedelta(milliseconds=rng(key + name + str(j)).randrange(1, 2500))
            out.append("%s %s" % (stamp(d0), l))
        out.append("%s ##[endgroup]" % stamp(d0))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- feeds / calendars / media

def rss(title, link, items, lang="en", key=None):
    k = key or title
    it = []
    for i, (t, l, desc) in enumerate(items):
        it.append("    <item>\n      <title>%s</title>\n      <link>%s</link>\n      <guid isPermaLink=\"false\">%s</guid>\n"
                  "      <pubDate>%s</pubDate>\n      <description><![CDATA[%s]]></description>\n    </item>" % (
                      t, l, hexs(k + str(i), 12), rfc2822(k + str(i)), desc))
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n  <channel>\n    <title>%s</title>\n"
            "    <link>%s</link>\n    <language>%s</language>\n    <lastBuildDate>%s</lastBuildDate>\n%s\n  </channel>\n</rss>\n") % (
        title, link, lang, rfc2822(k), "\n".join(it))


def atom(title, link, entries, lang="en", key=None):
    k = key or title
    es = []
    for i, (t, l, author, content) in enumerate(entries):
        es.append("  <entry>\n    <title>%s</title>\n    <link href=\"%s\"/>\n    <id>tag:%s,%d:%s</id>\n    <updated>%s</updated>\n"
                  "    <author><name>%s</name></author>\n    <content type=\"html\"><![CDATA[%s]]></content>\n  </entry>" % (
                      t, l, link.split("/")[2], dt(k).year, hexs(k + str(i), 10), iso(k + str(i)), author, content))
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"%s\">\n"
            "  <title>%s</title>\n  <link href=\"%s\"/>\n  <updated>%s</updated>\n  <id>%s</id>\n%s\n</feed>\n") % (
        lang, title, link, iso(k), link, "\n".join(es))


def _ics_fold(line):
    out = []
    while len(line) > 74:
        out.append(line[:74])
        line = " " + line[74:]
    out.append(line)
    return "\r\n".join(out)


def ics(events, prodid="-//Corvel Calendar//EN", key="cal"):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + prodid, "CALSCALE:GREGORIAN", "METHOD:REQUEST"]
    for i, e in enumerate(events):
        k = key + str(i)
        d = dt(k)
        lines += ["BEGIN:VEVENT", "UID:%s@%s" % (hexs(k, 20), e.get("domain", "calendar.local")),
                  "DTSTAMP:" + d.strftime("%Y%m%dT%H%M%SZ"),
                  "DTSTART;TZID=%s:%s" % (e.get("tz", "Europe/Berlin"), e.get("start", d.strftime("%Y%m%dT1000") + "00")),
                  "DTEND;TZID=%s:%s" % (e.get("tz", "Europe/Berlin"), e.get("end", d.strftime("%Y%m%dT1100") + "00")),
                  "SUMMARY:" + e["summary"]]
        if "organizer" in e:
            lines.append("ORGANIZER;CN=%s:mailto:%s" % e["organizer"])
        for a in e.get("attendees", []):
            lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:%s" % a)
        if "location" in e:
            lines.append("LOCATION:" + e["location"])
        lines.append("DESCRIPTION:" + e["description"].replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n"))
        lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"


def _tc(sec, sep=","):
    h = int(sec // 3600)
    m = int(sec % 3600 // 60)
    s = sec % 60
    return "%02d:%02d:%02d%s%03d" % (h, m, int(s), sep, int(round((s - int(s)) * 1000)))


def srt(cues, start=3.2, key="srt"):
    t = start
    out = []
    for i, c in enumerate(cues, 1):
        dur = 1.6 + len(c) / 17.0
        out.append("%d\n%s --> %s\n%s\n" % (i, _tc(t), _tc(t + dur), c))
        t += dur + rng(key + str(i)).randrange(1, 9) / 10.0
    return "\n".join(out)


def vtt(cues, start=1.0, key="vtt"):
    t = start
    out = ["WEBVTT", ""]
    for i, (spk, c) in enumerate(cues, 1):
        dur = 1.8 + len(c) / 16.0
        out.append("%s --> %s" % (_tc(t, "."), _tc(t + dur, ".")))
        out.append(("<v %s>%s" % (spk, c)) if spk else c)
        out.append("")
        t += dur + rng(key + str(i)).randrange(1, 12) / 10.0
    return "\n".join(out)


def transcript(title, lines, key=None, header_extra=""):
    k = key or title
    t = rng(k).randrange(5, 90)
    out = [title, "Recorded: %s" % dt(k).strftime("%Y-%m-%d %H:%M UTC")]
    if header_extra:
        out.append(header_extra)
    out.append("")
    for i, (spk, txt) in enumerate(lines):
        out.append("[%02d:%02d:%02d] %s: %s" % (t // 3600, t % 3600 // 60, t % 60, spk, txt))
        t += 4 + len(txt) // 14 + rng(k + str(i)).randrange(0, 6)
    return "\n".join(out) + "\n"


def notebook(cells, kernel="python3"):
    cs = []
    n = 1
    for c in cells:
        if c[0] == "md":
            cs.append({"cell_type": "markdown", "metadata": {}, "source": c[1].splitlines(True)})
        else:
            outs = []
            if len(c) > 2 and c[2] is not None:
                outs.append({"name": "stdout", "output_type": "stream", "text": c[2].splitlines(True)})
            cs.append({"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": outs,
                       "source": c[1].splitlines(True)})
            n += 1
    return J({"cells": cs, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": kernel},
                                        "language_info": {"name": "python", "version": "3.11.6"}},
              "nbformat": 4, "nbformat_minor": 5}, indent=1)


def search_results(query, results, key=None, engine="websearch"):
    k = key or query
    return J({"query": query, "engine": engine, "search_id": hexs(k, 24), "total_results": int(nums(k, 6)),
              "results": [{"position": i + 1, "title": t, "url": u, "displayed_url": u.split("//")[-1][:60],
                           "snippet": s} for i, (t, u, s) in enumerate(results)]})
