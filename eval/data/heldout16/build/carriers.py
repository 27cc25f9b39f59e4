"""Carrier-format renderers for the injection set.

Each renderer takes a Ctx (language, title, list of paragraphs, optional structured-field text
`slot`) and returns the full text of a realistic tool output in that format.
Paragraphs that are instances of Raw are inserted verbatim into markup formats (used for
hidden-HTML payloads); everything else is escaped as the format requires.
"""
import csv
import html
import io
import json
import re
import textwrap
import datetime as _dt

from common import rand_dt, rstr, HEX
from lang_pools import NAMES

DOMAINS = ["northwind-labs.example", "bluefjord.test", "kestrelworks.example", "harborline.example.com",
           "tallpine.example.org", "quillmere.test", "orchardgate.example.net", "silverbirch.example",
           "copperleaf.invalid", "mossbank.example"]


class Raw(str):
    """Markup snippet to be inserted without escaping."""


class Ctx:
    def __init__(self, rng, lang, title, paras, slot=None):
        self.rng, self.lang, self.title, self.paras, self.slot = rng, lang, title, list(paras), slot
        names = NAMES.get(lang, NAMES["en"])
        idx = rng.sample(range(len(names)), 4)
        self.people = [names[i] for i in idx]
        self.domain = rng.choice(DOMAINS)
        self.dt = rand_dt(rng)

    def name(self, i):
        return self.people[i % 4][0]

    def handle(self, i):
        return self.people[i % 4][1]

    def email(self, i):
        return "%s@%s" % (self.people[i % 4][1], self.domain)

    def body(self, sep="\n\n"):
        return sep.join(str(p) for p in self.paras)

    def iso(self, minutes=0):
        return (self.dt + _dt.timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")

    def rfc(self, minutes=0):
        return (self.dt + _dt.timedelta(minutes=minutes)).strftime("%a, %d %b %Y %H:%M:%S +0000")

    def hx(self, n):
        return rstr(self.rng, n, HEX)

    def num(self, a, b):
        return self.rng.randint(a, b)

    def slot_or(self, default=""):
        return self.slot if self.slot is not None else default


def h(p):
    return str(p) if isinstance(p, Raw) else html.escape(str(p), quote=False)


def hp(p, tag="p"):
    return str(p) if isinstance(p, Raw) else "<%s>%s</%s>" % (tag, html.escape(str(p), quote=False), tag)


def plain(p):
    """Text form of a paragraph for non-markup carriers."""
    return str(p)


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)


def sentences(text):
    parts = re.split(r"(?<=[.!?])\s+|(?<=[。！？])", str(text))
    return [p for p in parts if p.strip()]


# ---------------------------------------------------------------- e-mail
def email_raw(c):
    hdr = [
        "Return-Path: <%s>" % c.email(0),
        "Received: from mail.%s (mail.%s [192.0.2.%d]) by mx.%s with ESMTPS id %s; %s" % (
            c.domain, c.domain, c.num(2, 250), c.domain, c.hx(12), c.rfc()),
        "From: %s <%s>" % (c.name(0), c.email(0)),
        "To: %s <%s>" % (c.name(1), c.email(1)),
        "Subject: %s" % c.title,
        "Date: %s" % c.rfc(),
        "Message-ID: <%s@%s>" % (c.hx(16), c.domain),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    if c.slot:
        hdr.append("X-Ticket-Notes: %s" % " ".join(str(c.slot).split()))
    return "\n".join(hdr) + "\n\n%s,\n\n%s\n\n-- \n%s\n" % (c.name(1).split()[0], c.body(), c.name(0))


def email_html(c):
    b = c.hx(24)
    body = "\n".join(hp(p) for p in c.paras)
    foot = hp(c.slot, "td") if c.slot else "<td>%s</td>" % html.escape(c.domain)
    return ("From: \"%s\" <%s>\nTo: %s\nSubject: %s\nDate: %s\nMIME-Version: 1.0\n"
            "Content-Type: multipart/alternative; boundary=\"%s\"\n\n--%s\nContent-Type: text/html; charset=utf-8\n\n"
            "<html><body style=\"font-family:Arial,sans-serif\">\n<table width=\"600\"><tr><td>\n<h2>%s</h2>\n%s\n"
            "</td></tr>\n<tr>%s</tr></table>\n</body></html>\n--%s--\n") % (
        c.name(0), c.email(0), c.email(1), c.title, c.rfc(), b, b, h(c.title), body, foot, b)


def email_mbox_thread(c):
    half = max(1, len(c.paras) // 2)
    first, second = c.paras[:half], c.paras[half:] or c.paras[:1]
    quoted = "\n".join("> " + line for line in "\n\n".join(map(str, first)).split("\n"))
    out = "From %s %s\nFrom: %s <%s>\nTo: %s\nSubject: Re: %s\nDate: %s\nIn-Reply-To: <%s@%s>\n\n%s\n\nOn %s, %s wrote:\n%s\n" % (
        c.email(1), c.dt.strftime("%a %b %d %H:%M:%S %Y"), c.name(1), c.email(1), c.email(0), c.title, c.rfc(90),
        c.hx(14), c.domain, "\n\n".join(map(str, second)), c.dt.strftime("%d %b %Y"), c.name(0), quoted)
    if c.slot:
        out += "\n%s\n" % c.slot
    return out


# ---------------------------------------------------------------- web
def html_page(c):
    main = "\n".join(hp(p) for p in c.paras)
    foot = h(c.slot) if c.slot else "&copy; %d %s" % (c.dt.year, c.domain)
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
            "<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n<header><nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a> | <a href=\"/contact\">Contact</a></nav></header>\n"
            "<main>\n<h1>%s</h1>\n%s\n</main>\n<footer><small>%s</small></footer>\n</body>\n</html>\n") % (
        c.lang, h(c.title), h(c.title), main, foot)


def html_blog_post(c):
    main = "\n".join(hp(p) for p in c.paras)
    comment = ("<li class=\"comment\"><b>%s</b>: %s</li>" % (h(c.name(2)), h(c.slot))) if c.slot else ""
    return ("<article class=\"post\">\n<h1>%s</h1>\n<p class=\"byline\">%s &middot; <time datetime=\"%s\">%s</time></p>\n"
            "<img src=\"/media/%s.jpg\" alt=\"%s\">\n%s\n</article>\n<section id=\"comments\"><h3>Comments</h3><ul>\n"
            "<li class=\"comment\"><b>%s</b>: %s</li>\n%s\n</ul></section>\n") % (
        h(c.title), h(c.name(0)), c.iso(), c.dt.strftime("%Y-%m-%d"), c.hx(8), h(c.title), main,
        h(c.name(1)), h(str(c.paras[0])[:60] + "..." if not isinstance(c.paras[0], Raw) else ":)"), comment)


def html_product_page(c):
    price = "%d.%02d" % (c.num(19, 899), c.num(0, 99))
    desc = "\n".join(hp(p) for p in c.paras)
    rev = ("<div class=\"review\" data-stars=\"4\"><p>%s</p><span>%s</span></div>" % (h(c.slot), h(c.name(3)))) if c.slot else ""
    return ("<div class=\"product\" itemscope itemtype=\"https://schema.org/Product\">\n<h1 itemprop=\"name\">%s</h1>\n"
            "<span itemprop=\"price\" content=\"%s\">%s EUR</span>\n<div itemprop=\"description\">\n%s\n</div>\n"
            "<button id=\"add-to-cart\">Add to cart</button>\n<div class=\"reviews\">\n<div class=\"review\" data-stars=\"5\"><p>%s</p></div>\n%s\n</div>\n</div>\n") % (
        h(c.title), price, price, desc, h(NOTE_OK.get(c.lang, "OK")), rev)


NOTE_OK = {"en": "Works as described, arrived quickly.", "de": "Wie beschrieben, schnelle Lieferung.",
           "fr": "Conforme à la description.", "es": "Tal como se describe.", "ja": "説明どおりでした。",
           "zh": "与描述一致，发货很快。", "ko": "설명과 같아요.", "ru": "Соответствует описанию."}


def http_response_raw(c):
    body = "<html><head><title>%s</title></head><body>\n%s\n</body></html>\n" % (
        h(c.title), "\n".join(hp(p) for p in c.paras) + ("\n" + hp(c.slot, "aside") if c.slot else ""))
    return ("HTTP/1.1 200 OK\nDate: %s\nServer: nginx\nContent-Type: text/html; charset=utf-8\nContent-Length: %d\n"
            "Cache-Control: max-age=600\nX-Request-Id: %s\n\n%s") % (c.rfc(), len(body.encode()), c.hx(32), body)


def a11y_tree_text(c):
    lines = ["RootWebArea \"%s\" focused" % c.title, "  navigation \"Main\"", "    link \"Home\"", "    link \"Pricing\"",
             "  main", "    heading \"%s\" level=1" % c.title]
    for p in c.paras:
        lines.append("    paragraph")
        lines.append("      StaticText \"%s\"" % str(p).replace("\"", "'"))
    if c.slot:
        lines.append("    complementary")
        lines.append("      StaticText \"%s\"" % str(c.slot).replace("\"", "'"))
    lines.append("  contentinfo")
    lines.append("    StaticText \"%s\"" % c.domain)
    return "\n".join(lines) + "\n"


def search_results_json(c):
    res = []
    for i, p in enumerate(c.paras):
        res.append({"position": i + 1, "title": "%s (%d)" % (c.title, i + 1) if i else c.title,
                    "url": "https://www.%s/%s/%s" % (c.domain, c.dt.year, c.hx(6)), "snippet": str(p)})
    if c.slot:
        res.append({"position": len(res) + 1, "title": c.title, "url": "https://forum.%s/t/%d" % (c.domain, c.num(1000, 99999)),
                    "snippet": str(c.slot)})
    return jdump({"query": c.title, "engine": "web", "results": res, "total_estimated": c.num(1000, 900000)})


def rss_feed(c):
    items = []
    for i, p in enumerate(c.paras):
        items.append("<item><title>%s</title><link>https://%s/p/%d</link><pubDate>%s</pubDate><description>%s</description></item>" % (
            h(c.title if i == 0 else "%s #%d" % (c.title, i + 1)), c.domain, c.num(100, 999), c.rfc(-60 * i), h(p)))
    if c.slot:
        items.append("<item><title>%s</title><description>%s</description></item>" % (h(c.name(2)), h(c.slot)))
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n<title>%s</title>\n<link>https://%s/</link>\n%s\n</channel></rss>\n") % (
        h(c.domain), c.domain, "\n".join(items))


def forum_post_bbcode(c):
    body = "\n\n".join(str(p) for p in c.paras)
    out = "[b]%s[/b]\nPosted by %s » %s\n\n%s\n" % (c.title, c.handle(0), c.dt.strftime("%d.%m.%Y %H:%M"), body)
    if c.slot:
        out += "\n[quote=%s]%s[/quote]\n" % (c.handle(1), c.slot)
    out += "\n[size=85]Last edited by %s; %d times in total.[/size]\n" % (c.handle(0), c.num(1, 3))
    return out


def app_store_review_json(c):
    revs = [{"id": str(c.num(10**9, 10**10)), "rating": c.num(2, 5), "title": c.title if i == 0 else c.title[:20],
             "body": str(p), "author": c.handle(i), "date": c.iso(-1440 * i)} for i, p in enumerate(c.paras)]
    if c.slot:
        revs.append({"id": str(c.num(10**9, 10**10)), "rating": 4, "title": "...", "body": str(c.slot), "author": c.handle(3), "date": c.iso(30)})
    return jdump({"app_id": "com.%s.app" % c.domain.split(".")[0].replace("-", ""), "reviews": revs})


# ---------------------------------------------------------------- docs
def markdown_doc(c):
    out = "# %s\n\n%s\n" % (c.title, c.body())
    if c.slot:
        out += "\n> **Note:** %s\n" % c.slot
    return out


def readme_markdown(c):
    pkg = c.domain.split(".")[0]
    out = "# %s\n\n%s\n\n## Installation\n\n```bash\npip install %s\n```\n\n## Usage\n\n```python\nimport %s\nclient = %s.Client()\n```\n" % (
        pkg, c.body(), pkg, pkg.replace("-", "_"), pkg.replace("-", "_"))
    out += "\n## Contributing\n\n%s\n" % c.slot_or("Pull requests are welcome. Please run the test suite before submitting.")
    return out


def changelog_md(c):
    out = "# Changelog\n\n## [%d.%d.0] - %s\n\n### Changed\n\n" % (c.num(1, 9), c.num(0, 20), c.dt.strftime("%Y-%m-%d"))
    out += "\n".join("- %s" % p for p in c.paras) + "\n"
    if c.slot:
        out += "\n### Notes\n\n- %s\n" % c.slot
    return out


def org_document(c):
    out = "#+TITLE: %s\n#+AUTHOR: %s\n#+DATE: <%s>\n\n* %s\n" % (c.title, c.name(0), c.dt.strftime("%Y-%m-%d %a"), c.title)
    for i, p in enumerate(c.paras):
        out += "** Punkt %d\n%s\n" % (i + 1, p) if c.lang == "de" else "** Item %d\n%s\n" % (i + 1, p)
    if c.slot:
        out += "* Notes\n- %s\n" % c.slot
    return out


def asciidoc(c):
    out = "= %s\n%s <%s>\n:revdate: %s\n\n" % (c.title, c.name(0), c.email(0), c.dt.strftime("%Y-%m-%d"))
    out += "\n\n".join(map(str, c.paras)) + "\n"
    if c.slot:
        out += "\nNOTE: %s\n" % c.slot
    return out


def restructuredtext(c):
    out = "%s\n%s\n\n:Author: %s\n:Date: %s\n\n" % (c.title, "=" * max(8, len(c.title) * 2), c.name(0), c.dt.strftime("%Y-%m-%d"))
    out += "\n\n".join(map(str, c.paras)) + "\n"
    if c.slot:
        out += "\n.. note::\n\n   %s\n" % c.slot
    return out


def mediawiki_markup(c):
    out = "{{Infobox document\n| owner = %s\n| updated = %s\n}}\n'''%s''' \n\n== Overview ==\n%s\n" % (
        c.name(0), c.dt.strftime("%Y-%m-%d"), c.title, "\n\n".join(map(str, c.paras)))
    if c.slot:
        out += "\n== Remarks ==\n%s\n" % c.slot
    out += "\n[[Category:Operations]]\n"
    return out


def confluence_page(c):
    body = "\n".join(hp(p) for p in c.paras)
    out = "<ac:structured-macro ac:name=\"info\"><ac:rich-text-body><p>%s</p></ac:rich-text-body></ac:structured-macro>\n<h1>%s</h1>\n%s\n" % (
        h("%s - %s" % (c.name(0), c.dt.strftime("%Y-%m-%d"))), h(c.title), body)
    if c.slot:
        out += "<ac:structured-macro ac:name=\"note\"><ac:rich-text-body>%s</ac:rich-text-body></ac:structured-macro>\n" % hp(c.slot)
    return out


def notion_page_json(c):
    blocks = [{"object": "block", "type": "heading_1", "heading_1": {"rich_text": [{"type": "text", "plain_text": c.title}]}}]
    for p in c.paras:
        blocks.append({"object": "block", "type": "paragraph", "paragraph": {"rich_text": [{"type": "text", "plain_text": str(p)}]}})
    if c.slot:
        blocks.append({"object": "block", "type": "callout", "callout": {"icon": {"emoji": "💡"}, "rich_text": [{"type": "text", "plain_text": str(c.slot)}]}})
    return jdump({"object": "list", "results": blocks, "has_more": False})


def docx_text_extract(c):
    out = "[extracted from %s.docx | %d words]\n\n%s\n\n" % (c.title.replace(" ", "_")[:30], sum(len(str(p).split()) for p in c.paras), c.title.upper() if c.lang == "en" else c.title)
    out += "\n\n".join(map(str, c.paras)) + "\n"
    if c.slot:
        out += "\n[Comment – %s]: %s\n" % (c.name(2), c.slot)
    return out


def docx_xml(c):
    ps = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % h(p) if not isinstance(p, Raw) else str(p) for p in c.paras)
    if c.slot:
        ps += "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>" % h(c.slot)
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            "<w:body><w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>%s<w:sectPr/></w:body></w:document>\n") % (h(c.title), ps)


def pdf_text_extract(c):
    out = ["%s" % c.title, ""]
    for p in c.paras:
        out.extend(textwrap.wrap(str(p), 78) or [str(p)])
        out.append("")
    out.append("%s                                                Page 1 of 1" % c.domain)
    if c.slot:
        out.append(str(c.slot))
    return "\f".join(["\n".join(out) + "\n"])


def ocr_text(c):
    out = ["[OCR scan %s.tif | engine=tesseract 5 | mean confidence 0.91]" % c.hx(8), "", c.title.upper() if c.lang in ("en", "de", "fr", "es") else c.title, ""]
    for p in c.paras:
        out.extend(textwrap.wrap(str(p), 64) or [str(p)])
        out.append("")
    if c.slot:
        out.append(str(c.slot))
    out.append("%s  ___________________" % c.name(0))
    return "\n".join(out) + "\n"


def pptx_slide_text(c):
    out = []
    for i, p in enumerate(c.paras):
        ss = sentences(p)
        out.append("--- Slide %d ---\nTitle: %s\n%s" % (i + 1, c.title if i == 0 else "%s (%d)" % (c.title, i + 1), "\n".join("• " + s for s in ss)))
    out.append("Speaker notes: %s" % c.slot_or("Keep this part under five minutes."))
    return "\n\n".join(out) + "\n"


def xlsx_sheet_dump(c):
    lines = ["Sheet: Summary", "A1: %s" % c.title, "A2: Owner", "B2: %s" % c.name(0), "A3: Date", "B3: %s" % c.dt.strftime("%Y-%m-%d")]
    for i, p in enumerate(c.paras):
        lines.append("A%d: %s" % (5 + i, "Note %d" % (i + 1)))
        lines.append("B%d: %s" % (5 + i, p))
    if c.slot:
        lines.append("C%d: %s" % (5 + len(c.paras), c.slot))
    return "\n".join(lines) + "\n"


def latex_source(c):
    out = "\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\title{%s}\n\\author{%s}\n\\begin{document}\n\\maketitle\n\\section{Introduction}\n" % (c.title, c.name(0))
    for p in c.paras:
        out += "%s\n\n" % str(p).replace("%", "\\%").replace("&", "\\&") if not isinstance(p, Raw) else "%s\n\n" % p
    if c.slot:
        out += "\\begin{quote}\n%s\n\\end{quote}\n" % c.slot
    out += "\\end{document}\n"
    return out


def rtf_document(c):
    def esc(s):
        o = []
        for ch in str(s):
            if ch in "\\{}":
                o.append("\\" + ch)
            elif ord(ch) > 127:
                o.append("\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
            else:
                o.append(ch)
        return "".join(o)
    out = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\n{\\b\\fs32 %s}\\par\n" % esc(c.title)
    for p in c.paras:
        out += "%s\\par\n" % (esc(p) if not isinstance(p, Raw) else p)
    if c.slot:
        out += "{\\i %s}\\par\n" % esc(c.slot)
    return out + "}\n"


# ---------------------------------------------------------------- chat
def slack_export_json(c):
    msgs = []
    base = float(int(c.dt.timestamp()))
    for i, p in enumerate(c.paras):
        msgs.append({"type": "message", "user": "U0%s" % c.hx(8).upper(), "user_name": c.handle(i % 3),
                     "text": str(p), "ts": "%.6f" % (base + 60 * i)})
    if c.slot:
        msgs.append({"type": "message", "subtype": "bot_message", "username": "ticket-bot", "text": "",
                     "attachments": [{"fallback": "Ticket update", "title": c.title, "text": str(c.slot)}],
                     "ts": "%.6f" % (base + 60 * len(msgs))})
    return jdump({"channel": "#%s" % ("ops-" + c.hx(4)), "messages": msgs})


def teams_chat_json(c):
    vals = []
    for i, p in enumerate(c.paras):
        content = str(p) if isinstance(p, Raw) else "<p>%s</p>" % html.escape(str(p), quote=False)
        vals.append({"id": str(c.num(10**12, 10**13)), "createdDateTime": c.iso(3 * i), "messageType": "message",
                     "from": {"user": {"displayName": c.name(i % 3)}}, "body": {"contentType": "html", "content": content}})
    if c.slot:
        vals.append({"id": str(c.num(10**12, 10**13)), "createdDateTime": c.iso(99), "messageType": "message",
                     "from": {"application": {"displayName": "Planner"}},
                     "body": {"contentType": "text", "content": str(c.slot)}})
    return jdump({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats('19%3A" + c.hx(12) + "')/messages", "value": vals})


def discord_export_json(c):
    msgs = [{"id": str(c.num(10**17, 10**18)), "type": "Default", "timestamp": c.iso(i * 2),
             "author": {"id": str(c.num(10**17, 10**18)), "name": c.handle(i % 3), "isBot": False}, "content": str(p)}
            for i, p in enumerate(c.paras)]
    if c.slot:
        msgs.append({"id": str(c.num(10**17, 10**18)), "type": "Default", "timestamp": c.iso(50),
                     "author": {"id": str(c.num(10**17, 10**18)), "name": c.handle(3), "isBot": False},
                     "content": "", "embeds": [{"title": c.title, "description": str(c.slot)}]})
    return jdump({"guild": {"name": c.domain.split(".")[0]}, "channel": {"name": "general", "type": "GuildTextChat"}, "messages": msgs})


def telegram_export_json(c):
    msgs = [{"id": 100 + i, "type": "message", "date": c.iso(i * 5)[:-1], "from": c.name(i % 2), "from_id": "user%d" % c.num(10**8, 10**9), "text": str(p)}
            for i, p in enumerate(c.paras)]
    if c.slot:
        msgs.append({"id": 100 + len(msgs), "type": "message", "date": c.iso(80)[:-1], "from": c.name(2), "forwarded_from": c.name(3), "text": str(c.slot)})
    return jdump({"name": c.title, "type": "private_group", "id": c.num(10**8, 10**9), "messages": msgs})


def whatsapp_export(c):
    lines = []
    for i, p in enumerate(c.paras):
        t = c.dt + _dt.timedelta(minutes=4 * i)
        lines.append("%s - %s: %s" % (t.strftime("%d/%m/%Y, %H:%M"), c.name(i % 2), p))
    if c.slot:
        lines.append("%s - %s: %s" % ((c.dt + _dt.timedelta(minutes=60)).strftime("%d/%m/%Y, %H:%M"), c.name(2), c.slot))
    return "\n".join(lines) + "\n"


def chat_transcript_text(c):
    lines = ["Chat transcript — %s" % c.title, "Started: %s" % c.iso(), ""]
    for i, p in enumerate(c.paras):
        lines.append("[%s] %s: %s" % ((c.dt + _dt.timedelta(minutes=i)).strftime("%H:%M"), c.name(i % 2), p))
    if c.slot:
        lines.append("[%s] %s: %s" % ((c.dt + _dt.timedelta(minutes=30)).strftime("%H:%M"), c.name(2), c.slot))
    lines.append("--- chat ended ---")
    return "\n".join(lines) + "\n"


def sms_thread(c):
    lines = ["Messages with %s" % c.name(1), ""]
    for i, p in enumerate(c.paras):
        who = "Me" if i % 2 else c.name(1).split()[0]
        lines.append("%s  %s\n%s\n" % (who, (c.dt + _dt.timedelta(minutes=7 * i)).strftime("%b %d, %H:%M"), p))
    if c.slot:
        lines.append("%s  %s\n%s\n" % (c.name(1).split()[0], (c.dt + _dt.timedelta(minutes=90)).strftime("%b %d, %H:%M"), c.slot))
    return "\n".join(lines)


def meeting_transcript_txt(c):
    lines = ["Meeting: %s" % c.title, "Recorded: %s   Duration: %d min" % (c.iso(), c.num(20, 70)), ""]
    for i, p in enumerate(c.paras):
        lines.append("%02d:%02d:%02d  %s" % (0, 2 + 3 * i, c.num(0, 59), c.name(i % 3)))
        lines.append(str(p))
        lines.append("")
    if c.slot:
        lines.append("00:%02d:%02d  %s" % (3 + 3 * len(c.paras), c.num(0, 59), c.name(3)))
        lines.append(str(c.slot))
    return "\n".join(lines) + "\n"


def voicemail_transcript(c):
    return ("Voicemail\nFrom: %s\nReceived: %s\nLength: 0:%02d\nTranscription (automatic, may contain errors):\n\n%s\n%s\n" % (
        c.name(0), c.iso(), c.num(20, 59), c.body(" "), ("\n" + str(c.slot)) if c.slot else ""))


def srt_subtitles(c):
    cues, t = [], 1.0
    for p in c.paras:
        if isinstance(p, Raw):
            cues.append(str(p))
            continue
        for s in sentences(p):
            d = 1.5 + len(s) / 18.0
            cues.append("%s --> %s\n%s" % (_ts(t, ","), _ts(t + d, ","), s))
            t += d + 0.4
    if c.slot:
        cues.append("%s --> %s\n%s" % (_ts(t, ","), _ts(t + 3, ","), c.slot))
    out, n = [], 0
    for cue in cues:
        n += 1
        out.append("%d\n%s" % (n, cue))
    return "\n\n".join(out) + "\n"


def webvtt_subtitles(c):
    cues, t = ["WEBVTT", "Kind: captions", "Language: %s" % c.lang], 0.5
    body = []
    for p in c.paras:
        if isinstance(p, Raw):
            body.append(str(p))
            continue
        for s in sentences(p):
            d = 1.5 + len(s) / 18.0
            body.append("%s --> %s\n%s" % (_ts(t, "."), _ts(t + d, "."), s))
            t += d + 0.3
    if c.slot:
        body.append("NOTE %s" % c.slot)
    return "\n".join(cues) + "\n\n" + "\n\n".join(body) + "\n"


def _ts(sec, sep):
    ms = int(round(sec * 1000))
    return "%02d:%02d:%02d%s%03d" % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, sep, ms % 1000)


# ---------------------------------------------------------------- tickets / work items
def jira_issue_json(c):
    comments = [{"id": str(c.num(10000, 99999)), "author": {"displayName": c.name(1)}, "created": c.iso(60), "body": str(p)} for p in c.paras[1:]]
    return jdump({"key": "OPS-%d" % c.num(100, 9999), "fields": {
        "summary": c.title, "issuetype": {"name": "Task"}, "status": {"name": "In Progress"}, "priority": {"name": "Medium"},
        "reporter": {"displayName": c.name(0)}, "created": c.iso(), "description": str(c.paras[0]),
        "customfield_10042": c.slot_or(None), "labels": ["logistics", "q%d" % c.num(1, 4)],
        "comment": {"total": len(comments), "comments": comments}}})


def github_issue_json(c):
    return jdump({"number": c.num(10, 4999), "title": c.title, "state": "open", "user": {"login": c.handle(0)},
                  "labels": [{"name": "triage"}], "created_at": c.iso(), "body": str(c.paras[0]),
                  "comments": [{"user": {"login": c.handle(i + 1)}, "created_at": c.iso(30 * (i + 1)), "body": str(p)} for i, p in enumerate(c.paras[1:])] +
                  ([{"user": {"login": c.handle(3)}, "created_at": c.iso(400), "body": str(c.slot)}] if c.slot else [])})


def github_pr_review_json(c):
    return jdump({"pull_request": {"number": c.num(100, 9999), "title": c.title, "user": {"login": c.handle(0)}, "body": str(c.paras[0]),
                                   "head": {"ref": "feature/%s" % c.hx(6)}, "base": {"ref": "main"}},
                  "reviews": [{"user": {"login": c.handle(1)}, "state": "COMMENTED", "body": str(p)} for p in c.paras[1:]],
                  "review_comments": [{"path": "docs/guide.md", "line": c.num(3, 200), "user": {"login": c.handle(2)},
                                       "body": c.slot_or("nit: typo in the second heading")}]})


def gitlab_mr_json(c):
    return jdump({"iid": c.num(10, 999), "title": c.title, "state": "opened", "author": {"username": c.handle(0)},
                  "source_branch": "fix-%s" % c.hx(5), "target_branch": "main", "description": c.body(),
                  "notes": [{"author": {"username": c.handle(1)}, "body": c.slot_or("LGTM once the pipeline is green."), "system": False}]})


def linear_issue_json(c):
    return jdump({"data": {"issue": {"identifier": "ENG-%d" % c.num(10, 999), "title": c.title, "priority": 2,
                                     "state": {"name": "Todo"}, "assignee": {"name": c.name(1)}, "description": c.body(),
                                     "comments": {"nodes": [{"user": {"name": c.name(2)}, "body": c.slot_or("Picking this up tomorrow.")}]}}}})


def trello_board_json(c):
    cards = [{"id": c.hx(24), "name": "%s %d" % (c.title, i + 1), "desc": str(p), "idList": c.hx(24), "labels": [{"name": "ops"}]}
             for i, p in enumerate(c.paras)]
    if c.slot:
        cards[-1]["badges"] = {"comments": 1}
        cards[-1]["actions"] = [{"type": "commentCard", "data": {"text": str(c.slot)}}]
    return jdump({"name": c.title, "cards": cards})


def zendesk_ticket_json(c):
    return jdump({"ticket": {"id": c.num(10000, 999999), "subject": c.title, "status": "open", "priority": "normal",
                             "requester": {"name": c.name(0), "email": c.email(0)}, "description": str(c.paras[0]),
                             "tags": ["web", "billing"], "custom_fields": [{"id": 360001, "value": c.slot_or(None)}]},
                  "comments": [{"author": c.name(1), "public": True, "body": str(p)} for p in c.paras[1:]]})


def servicenow_incident(c):
    return ("Number: INC%07d\nOpened: %s\nCaller: %s\nCategory: Inquiry / Help\nState: In Progress\nShort description: %s\n\nDescription:\n%s\n\n"
            "Work notes:\n%s\n") % (c.num(1, 9999999), c.iso(), c.name(0), c.title, c.body(),
                                   "%s (%s): %s" % (c.iso(45), c.name(1), c.slot_or("Assigned to service desk L2.")))


def crm_note_json(c):
    return jdump({"attributes": {"type": "Note", "url": "/services/data/v59.0/sobjects/Note/002%s" % c.hx(15)},
                  "Title": c.title, "Body": c.body(), "ParentId": "001%s" % c.hx(15), "OwnerId": "005%s" % c.hx(15),
                  "CreatedDate": c.iso(), "Next_Step__c": c.slot_or("Send renewal quote")})


def sentry_event_json(c):
    return jdump({"event_id": c.hx(32), "level": "error", "message": "Feedback submitted after error",
                  "user_report": {"name": c.name(0), "comments": c.body("\n")},
                  "breadcrumbs": [{"category": "ui.click", "message": "button#submit"}, {"category": "navigation", "message": c.slot_or("/settings/profile")}],
                  "tags": {"release": "web@%d.%d.%d" % (c.num(1, 9), c.num(0, 30), c.num(0, 9))}})


def web_form_submission_json(c):
    return jdump({"form_id": "contact-%s" % c.hx(6), "submitted_at": c.iso(), "fields": {
        "name": c.name(0), "email": c.email(0), "topic": c.title, "message": c.body(), "company_website": c.slot_or("")},
        "spam_score": round(c.rng.random() * 0.3, 2)})


def resume_text(c):
    return ("%s\n%s | %s\n\nPROFILE\n%s\n\nEXPERIENCE\n%s — %s (%d–present)\n%s\n\nSKILLS\nProject coordination, inventory systems, reporting\n%s") % (
        c.name(0), c.email(0), c.domain, str(c.paras[0]), c.title, c.domain.split(".")[0], c.dt.year - c.num(1, 6),
        "\n".join("- " + str(p) for p in c.paras[1:]) or "- Coordinated cross-team projects", ("\nADDITIONAL\n%s\n" % c.slot) if c.slot else "")


def invoice_text(c):
    lines = ["INVOICE %s-%d" % (c.domain.split(".")[0].upper()[:6], c.num(1000, 9999)), "Date: %s" % c.dt.strftime("%Y-%m-%d"),
             "Bill to: %s" % c.name(1), "", "Item                         Qty    Price", "-" * 44]
    total = 0
    for item in ["Pallet wrap, 500 mm", "Label rolls 100x150", "Service visit"]:
        q, pr = c.num(1, 20), c.num(5, 400)
        total += q * pr
        lines.append("%-28s %4d %8d.00" % (item, q, pr))
    lines += ["-" * 44, "Total due: %d.00 EUR" % total, "", "Notes:"] + [str(p) for p in c.paras]
    if c.slot:
        lines += ["", "Payment reference: %s" % c.slot]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- data / tables
def csv_export(c):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "date", "owner", "status", "notes"])
    for i, p in enumerate(c.paras):
        w.writerow([c.num(1000, 9999), (c.dt + _dt.timedelta(days=i)).strftime("%Y-%m-%d"), c.handle(i), "open" if i % 2 else "done", str(p)])
    if c.slot:
        w.writerow([c.num(1000, 9999), c.dt.strftime("%Y-%m-%d"), c.handle(3), "review", str(c.slot)])
    return buf.getvalue()


def tsv_export(c):
    rows = ["ticket\tcreated\tassignee\tcomment"]
    for i, p in enumerate(c.paras):
        rows.append("T-%d\t%s\t%s\t%s" % (c.num(100, 999), c.iso(i * 60), c.handle(i), str(p).replace("\t", " ").replace("\n", " ")))
    if c.slot:
        rows.append("T-%d\t%s\t%s\t%s" % (c.num(100, 999), c.iso(500), c.handle(3), " ".join(str(c.slot).split())))
    return "\n".join(rows) + "\n"


def psql_table(c):
    rows = [(str(c.num(1, 999)), c.handle(i), " ".join(str(p).split())) for i, p in enumerate(c.paras)]
    if c.slot:
        rows.append((str(c.num(1, 999)), c.handle(3), " ".join(str(c.slot).split())))
    w1 = max(2, max(len(r[0]) for r in rows)); w2 = max(6, max(len(r[1]) for r in rows))
    out = ["%s=> SELECT id, author, body FROM comments WHERE thread_id = %d ORDER BY id;" % (c.domain.split(".")[0].replace("-", "_"), c.num(10, 999)),
           " %s | %s | body" % ("id".rjust(w1), "author".ljust(w2)), "-%s-+-%s-+-%s" % ("-" * w1, "-" * w2, "-" * 40)]
    for r in rows:
        out.append(" %s | %s | %s" % (r[0].rjust(w1), r[1].ljust(w2), r[2]))
    out.append("(%d rows)" % len(rows))
    return "\n".join(out) + "\n"


def mysql_table(c):
    rows = [(str(c.num(1, 999)), c.title[:24], " ".join(str(p).split())) for p in c.paras]
    if c.slot:
        rows.append((str(c.num(1, 999)), "note", " ".join(str(c.slot).split())))
    w = [max(len(x[i]) for x in rows + [("id", "subject", "content")]) for i in range(3)]
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = ["mysql> SELECT id, subject, content FROM kb_articles LIMIT %d;" % len(rows), sep,
           "| " + " | ".join(v.ljust(w[i]) for i, v in enumerate(("id", "subject", "content"))) + " |", sep]
    for r in rows:
        out.append("| " + " | ".join(v.ljust(w[i]) for i, v in enumerate(r)) + " |")
    out += [sep, "%d rows in set (0.00 sec)" % len(rows)]
    return "\n".join(out) + "\n"


def sqlite_output(c):
    out = ["sqlite> .mode list", "sqlite> SELECT rowid, created, text FROM notes;"]
    for i, p in enumerate(c.paras):
        out.append("%d|%s|%s" % (i + 1, c.iso(i * 10), " ".join(str(p).split())))
    if c.slot:
        out.append("%d|%s|%s" % (len(c.paras) + 1, c.iso(99), " ".join(str(c.slot).split())))
    return "\n".join(out) + "\n"


def xml_document(c):
    secs = "\n".join("  <para id=\"p%d\">%s</para>" % (i + 1, h(p)) for i, p in enumerate(c.paras))
    extra = "\n  <remark>%s</remark>" % h(c.slot) if c.slot else ""
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document lang=\"%s\" created=\"%s\">\n  <title>%s</title>\n  <author>%s</author>\n%s%s\n</document>\n" % (
        c.lang, c.iso(), h(c.title), h(c.name(0)), secs, extra)


def api_response_json(c):
    return jdump({"data": {"id": str(c.num(1000, 99999)), "type": "articles", "attributes": {
        "title": c.title, "body": c.body(), "author": c.name(0), "published_at": c.iso(), "summary_hint": c.slot_or(None)}},
        "meta": {"request_id": c.hx(16), "api_version": "2024-06-01"}})


def graphql_response_json(c):
    return jdump({"data": {"repository": {"discussion": {"title": c.title, "author": {"login": c.handle(0)}, "body": str(c.paras[0]),
                                                         "comments": {"nodes": [{"author": {"login": c.handle(i + 1)}, "body": str(p)} for i, p in enumerate(c.paras[1:])] +
                                                                      ([{"author": {"login": c.handle(3)}, "body": str(c.slot)}] if c.slot else [])}}}}})


def mcp_tool_list_json(c):
    tools = [
        {"name": "search_documents", "description": "Full-text search over the team knowledge base. Returns up to 20 matching passages.",
         "inputSchema": {"type": "object", "properties": {"query": {"type": "string"}, "limit": {"type": "integer", "default": 10}}, "required": ["query"]}},
        {"name": "get_announcement", "description": " ".join(str(p) for p in c.paras),
         "inputSchema": {"type": "object", "properties": {"id": {"type": "string", "description": c.slot_or("Announcement identifier")}}, "required": ["id"]}},
        {"name": "create_ticket", "description": "Creates a ticket in the service desk queue.",
         "inputSchema": {"type": "object", "properties": {"title": {"type": "string"}, "body": {"type": "string"}}, "required": ["title"]}},
    ]
    return jdump({"jsonrpc": "2.0", "id": c.num(1, 99), "result": {"tools": tools}})


# ---------------------------------------------------------------- config
def yaml_config(c):
    body = "\n".join("  " + line for line in c.body("\n\n").split("\n"))
    out = "service: %s\nowner: %s\nupdated: %s\ndescription: |\n%s\nsettings:\n  retries: 3\n  timeout_seconds: 30\n  region: eu-central\n" % (
        c.domain.split(".")[0], c.handle(0), c.dt.strftime("%Y-%m-%d"), body)
    if c.slot:
        out += "notes: %s\n" % json.dumps(str(c.slot), ensure_ascii=False)
    return out


def toml_config(c):
    out = "[project]\nname = \"%s\"\nversion = \"%d.%d.%d\"\nauthors = [\"%s\"]\ndescription = \"\"\"\n%s\n\"\"\"\n\n[tool.scheduler]\ninterval = \"15m\"\nenabled = true\n" % (
        c.domain.split(".")[0], c.num(0, 5), c.num(0, 20), c.num(0, 9), c.name(0), c.body())
    if c.slot:
        out += "notes = %s\n" % json.dumps(str(c.slot), ensure_ascii=False)
    return out


def ini_config(c):
    out = "; %s\n; %s\n" % (c.title, c.dt.strftime("%Y-%m-%d"))
    for p in c.paras:
        for line in textwrap.wrap(str(p), 90) or [str(p)]:
            out += "; %s\n" % line
    out += "\n[general]\nname = %s\nlog_level = info\nworkers = 4\n\n[export]\nformat = csv\ndelimiter = ;\n" % c.domain.split(".")[0]
    if c.slot:
        out += "comment = %s\n" % " ".join(str(c.slot).split())
    return out


def json_config(c):
    return jdump({"name": c.domain.split(".")[0], "version": "%d.%d.%d" % (c.num(1, 4), c.num(0, 12), c.num(0, 9)),
                  "description": c.body("\n"), "features": {"export": True, "darkTheme": c.rng.random() < 0.5},
                  "maintainer": c.name(0), "notes": c.slot_or("")})


def package_json(c):
    name = c.domain.split(".")[0]
    return jdump({"name": "@%s/web" % name, "version": "%d.%d.%d" % (c.num(1, 4), c.num(0, 12), c.num(0, 9)),
                  "description": c.body(" "), "scripts": {"build": "vite build", "test": "vitest run"},
                  "author": c.name(0), "license": "MIT", "x-release-notes": c.slot_or("")})


def openapi_spec_yaml(c):
    desc = "\n".join("    " + line for line in c.body("\n\n").split("\n"))
    out = "openapi: 3.0.3\ninfo:\n  title: %s API\n  version: %d.%d.0\n  description: |\n%s\npaths:\n  /items:\n    get:\n      summary: List items\n" % (
        c.domain.split(".")[0], c.num(1, 3), c.num(0, 9), desc)
    out += "      description: %s\n" % json.dumps(c.slot_or("Returns a paginated list of items."), ensure_ascii=False)
    out += "      responses:\n        '200':\n          description: OK\n"
    return out


def kubernetes_manifest_yaml(c):
    out = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\n  annotations:\n    description: %s\n" % (
        c.domain.split(".")[0], json.dumps(c.body(" "), ensure_ascii=False))
    if c.slot:
        out += "    ops/notes: %s\n" % json.dumps(str(c.slot), ensure_ascii=False)
    out += "spec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: web\n  template:\n    spec:\n      containers:\n        - name: web\n          image: registry.%s/web:%d.%d\n" % (c.domain, c.num(1, 5), c.num(0, 30))
    return out


def terraform_hcl(c):
    out = "variable \"environment\" {\n  type    = string\n  default = \"staging\"\n}\n\nresource \"aws_s3_bucket\" \"reports\" {\n  bucket = \"%s-reports\"\n  tags = {\n    Owner = \"%s\"\n    Notes = %s\n  }\n}\n\n" % (
        c.domain.split(".")[0], c.handle(0), json.dumps(c.slot_or("weekly exports"), ensure_ascii=False))
    out += "output \"readme\" {\n  value = <<-EOT\n%s\n  EOT\n}\n" % c.body()
    return out


def github_actions_yaml(c):
    comments = "\n".join("# " + line for p in c.paras for line in (textwrap.wrap(str(p), 88) or [str(p)]))
    out = "%s\nname: nightly-report\non:\n  schedule:\n    - cron: '0 3 * * *'\njobs:\n  report:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Build report\n        run: make report\n" % comments
    if c.slot:
        out += "      - name: Notes\n        run: echo %s\n" % json.dumps(str(c.slot), ensure_ascii=False)
    return out


def dockerfile(c):
    comments = "\n".join("# " + line for p in c.paras for line in (textwrap.wrap(str(p), 88) or [str(p)]))
    return "%s\nFROM python:3.12-slim\nLABEL org.opencontainers.image.description=%s\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD [\"python\", \"-m\", \"app\"]\n" % (
        comments, json.dumps(c.slot_or(c.title), ensure_ascii=False))


# ---------------------------------------------------------------- logs
def app_log(c):
    lines, t = [], c.dt
    for i, p in enumerate(c.paras):
        t += _dt.timedelta(seconds=c.num(1, 40))
        lines.append("%s INFO  [feedback-worker-%d] stored comment id=%d text=\"%s\"" % (t.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], c.num(1, 8), c.num(1000, 9999), str(p)))
        lines.append("%s DEBUG [feedback-worker-%d] queue depth=%d" % (t.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], c.num(1, 8), c.num(0, 40)))
    if c.slot:
        lines.append("%s WARN  [feedback-worker-1] field 'note' truncated: %s" % (t.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], str(c.slot)))
    return "\n".join(lines) + "\n"


def json_log_lines(c):
    out = []
    for i, p in enumerate(c.paras):
        out.append(json.dumps({"ts": c.iso(i), "level": "info", "svc": "notes-api", "event": "note.created", "msg": str(p)}, ensure_ascii=False))
    if c.slot:
        out.append(json.dumps({"ts": c.iso(9), "level": "warn", "svc": "notes-api", "event": "note.flagged", "detail": str(c.slot)}, ensure_ascii=False))
    return "\n".join(out) + "\n"


def syslog(c):
    out = []
    for i, p in enumerate(c.paras):
        out.append("%s app01 motd-sync[%d]: %s" % ((c.dt + _dt.timedelta(seconds=i)).strftime("%b %d %H:%M:%S"), c.num(1000, 30000), " ".join(str(p).split())))
    if c.slot:
        out.append("%s app01 motd-sync[%d]: note: %s" % (c.dt.strftime("%b %d %H:%M:%S"), c.num(1000, 30000), " ".join(str(c.slot).split())))
    return "\n".join(out) + "\n"


def ci_log(c):
    t = c.dt
    out = ["%s ##[group]Run cat RELEASE_NOTES.md" % t.strftime("%Y-%m-%dT%H:%M:%S.0000000Z"), "%s cat RELEASE_NOTES.md" % t.strftime("%Y-%m-%dT%H:%M:%S.0000000Z"), "%s ##[endgroup]" % t.strftime("%Y-%m-%dT%H:%M:%S.0000000Z")]
    for p in c.paras:
        out.append("%s %s" % (t.strftime("%Y-%m-%dT%H:%M:%S.1234567Z"), p))
    if c.slot:
        out.append("%s %s" % (t.strftime("%Y-%m-%dT%H:%M:%S.2234567Z"), c.slot))
    out.append("%s ##[group]Run npm test" % t.strftime("%Y-%m-%dT%H:%M:%S.3000000Z"))
    out.append("%s Tests: %d passed, %d total" % (t.strftime("%Y-%m-%dT%H:%M:%S.9000000Z"), c.num(100, 400), c.num(400, 420)))
    return "\n".join(out) + "\n"


def stack_trace(c):
    return ("Traceback (most recent call last):\n  File \"/srv/app/handlers/notes.py\", line %d, in create\n    note = NoteSchema().load(payload)\n"
            "  File \"/srv/app/schemas.py\", line %d, in load\n    raise ValidationError(errors, data=data)\n"
            "marshmallow.exceptions.ValidationError: {'body': ['Longer than maximum length 500.']}\n\nRequest payload:\n%s\n") % (
        c.num(20, 300), c.num(20, 300), jdump({"title": c.title, "body": c.body("\n"), "tag": c.slot_or("general")}))


def git_log(c):
    out = []
    for i, p in enumerate(c.paras):
        body = "\n".join("    " + l for l in (textwrap.wrap(str(p), 72) or [str(p)]))
        out.append("commit %s\nAuthor: %s <%s>\nDate:   %s\n\n    %s\n\n%s\n" % (c.hx(40), c.name(i), c.email(i), c.rfc(-120 * i), "Update docs (%d)" % (i + 1), body))
    if c.slot:
        out.append("commit %s\nAuthor: %s <%s>\nDate:   %s\n\n    %s\n" % (c.hx(40), c.name(3), c.email(3), c.rfc(-999), c.slot))
    return "\n".join(out)


def unified_diff(c):
    out = ["diff --git a/docs/notes.md b/docs/notes.md", "index %s..%s 100644" % (c.hx(7), c.hx(7)), "--- a/docs/notes.md", "+++ b/docs/notes.md",
           "@@ -1,3 +1,%d @@" % (3 + 2 * len(c.paras)), " # %s" % c.title, " "]
    for p in c.paras:
        out.append("+%s" % p)
        out.append("+")
    if c.slot:
        out.append("+<!-- %s -->" % c.slot)
    out.append(" _Last reviewed: %s_" % c.dt.strftime("%Y-%m-%d"))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- source code
def _wrapc(c, prefix, width=88):
    lines = [prefix + c.title]
    for p in c.paras:
        lines.append(prefix.rstrip())
        lines.extend(prefix + l for l in (textwrap.wrap(str(p), width) or [str(p)]))
    return "\n".join(lines)


def python_source(c):
    doc = "\"\"\"%s\n\n%s\n\"\"\"" % (c.title, c.body())
    extra = ("\n# NOTE: %s\n" % c.slot) if c.slot else "\n"
    return "%s\nfrom dataclasses import dataclass\nfrom datetime import date\n%s\n@dataclass\nclass Shipment:\n    ref: str\n    due: date\n    pallets: int = 1\n\n    def overdue(self, today: date) -> bool:\n        return today > self.due\n" % (doc, extra)


def javascript_source(c):
    return "/**\n%s\n */\nexport const config = {\n  retries: 3,\n  note: %s,\n};\n\nexport function overdue(shipment, today = new Date()) {\n  return today > new Date(shipment.due);\n}\n" % (
        _wrapc(c, " * "), json.dumps(c.slot_or(""), ensure_ascii=False))


def go_source(c):
    return "%s\npackage shipping\n\nimport \"time\"\n\n// Note: %s\ntype Shipment struct {\n\tRef     string\n\tDue     time.Time\n\tPallets int\n}\n\nfunc (s Shipment) Overdue(now time.Time) bool { return now.After(s.Due) }\n" % (
        _wrapc(c, "// "), c.slot_or("see docs"))


def java_source(c):
    return "package com.%s.shipping;\n\n/**\n%s\n */\npublic final class Shipment {\n    // %s\n    private final String ref;\n    public Shipment(String ref) { this.ref = ref; }\n    public String ref() { return ref; }\n}\n" % (
        c.domain.split(".")[0].replace("-", ""), _wrapc(c, " * "), c.slot_or("immutable value object"))


def rust_source(c):
    return "%s\n\nuse chrono::NaiveDate;\n\n/// %s\npub struct Shipment {\n    pub reference: String,\n    pub due: NaiveDate,\n}\n" % (
        _wrapc(c, "//! "), c.slot_or("A shipment awaiting dispatch."))


def shell_script(c):
    return "#!/usr/bin/env bash\n%s\nset -euo pipefail\n\n# %s\nREPORT_DIR=/var/reports\nmkdir -p \"$REPORT_DIR\"\npython3 -m reports.weekly --out \"$REPORT_DIR/weekly-$(date +%%F).csv\"\n" % (
        _wrapc(c, "# "), c.slot_or("runs weekly from cron"))


def sql_script(c):
    out = "-- %s\n-- generated %s\nBEGIN;\n" % (c.title, c.dt.strftime("%Y-%m-%d"))
    for p in c.paras:
        out += "INSERT INTO announcements (created_at, body) VALUES ('%s', '%s');\n" % (c.iso(), str(p).replace("'", "''"))
    if c.slot:
        out += "-- %s\n" % " ".join(str(c.slot).split())
    return out + "COMMIT;\n"


def jupyter_notebook(c):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# %s\n" % c.title]}]
    for p in c.paras:
        cells.append({"cell_type": "markdown", "metadata": {}, "source": [str(p)]})
    cells.append({"cell_type": "code", "execution_count": 3, "metadata": {},
                  "source": ["import pandas as pd\n", "df = pd.read_csv('shipments.csv')\n", "df.groupby('status').size()"],
                  "outputs": [{"output_type": "stream", "name": "stdout", "text": [c.slot_or("status\ndone    41\nopen    12\ndtype: int64") + "\n"]}]})
    return jdump({"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5})


# ---------------------------------------------------------------- calendar / contacts
def _fold(line):
    out = []
    while len(line) > 74:
        out.append(line[:74])
        line = " " + line[74:]
    out.append(line)
    return "\r\n".join(out)


def _ics_esc(s):
    return str(s).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_calendar(c):
    st = c.dt.strftime("%Y%m%dT%H%M00Z")
    en = (c.dt + _dt.timedelta(hours=1)).strftime("%Y%m%dT%H%M00Z")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//%s//Calendar//EN" % c.domain, "METHOD:REQUEST", "BEGIN:VEVENT",
             "UID:%s@%s" % (c.hx(20), c.domain), "DTSTAMP:%s" % st, "DTSTART:%s" % st, "DTEND:%s" % en,
             _fold("SUMMARY:%s" % _ics_esc(c.title)), "ORGANIZER;CN=%s:mailto:%s" % (c.name(0), c.email(0)),
             "ATTENDEE;CN=%s;RSVP=TRUE:mailto:%s" % (c.name(1), c.email(1)),
             _fold("DESCRIPTION:%s" % _ics_esc(c.body("\n\n")))]
    if c.slot:
        lines.append(_fold("COMMENT:%s" % _ics_esc(c.slot)))
    lines += ["LOCATION:Room 3.14", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def vcard(c):
    lines = ["BEGIN:VCARD", "VERSION:4.0", "FN:%s" % c.name(0), "ORG:%s" % c.domain.split(".")[0], "EMAIL;TYPE=work:%s" % c.email(0),
             "URL:https://%s" % c.domain, _fold("NOTE:%s" % _ics_esc(c.body("\n")))]
    if c.slot:
        lines.append(_fold("X-ASSISTANT-NOTE:%s" % _ics_esc(c.slot)))
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


RENDERERS = {f.__name__: f for f in [
    email_raw, email_html, email_mbox_thread, html_page, html_blog_post, html_product_page, http_response_raw, a11y_tree_text,
    search_results_json, rss_feed, forum_post_bbcode, app_store_review_json, markdown_doc, readme_markdown, changelog_md,
    org_document, asciidoc, restructuredtext, mediawiki_markup, confluence_page, notion_page_json, docx_text_extract, docx_xml,
    pdf_text_extract, ocr_text, pptx_slide_text, xlsx_sheet_dump, latex_source, rtf_document, slack_export_json, teams_chat_json,
    discord_export_json, telegram_export_json, whatsapp_export, chat_transcript_text, sms_thread, meeting_transcript_txt,
    voicemail_transcript, srt_subtitles, webvtt_subtitles, jira_issue_json, github_issue_json, github_pr_review_json,
    gitlab_mr_json, linear_issue_json, trello_board_json, zendesk_ticket_json, servicenow_incident, crm_note_json,
    sentry_event_json, web_form_submission_json, resume_text, invoice_text, csv_export, tsv_export, psql_table, mysql_table,
    sqlite_output, xml_document, api_response_json, graphql_response_json, mcp_tool_list_json, yaml_config, toml_config,
    ini_config, json_config, package_json, openapi_spec_yaml, kubernetes_manifest_yaml, terraform_hcl, github_actions_yaml,
    dockerfile, app_log, json_log_lines, syslog, ci_log, stack_trace, git_log, unified_diff, python_source, javascript_source,
    go_source, java_source, rust_source, shell_script, sql_script, jupyter_notebook, ics_calendar, vcard]}

# Formats whose markup can host raw HTML/XML snippets.
MARKUP = {"email_html", "html_page", "html_blog_post", "html_product_page", "http_response_raw", "confluence_page", "teams_chat_json", "docx_xml"}
