"""Shared vocab and carrier renderers for heldout5 (stdlib only, written from scratch)."""
import json, random

FIRST = ["Amara","Bastian","Chiara","Dmitri","Elif","Farid","Greta","Hiro","Ines","Jonas","Kaveh","Lucia",
         "Mateo","Nadia","Oskar","Priya","Quentin","Rosa","Soren","Tamsin","Umar","Vera","Wendell","Ximena",
         "Yusuf","Zofia","Anders","Beatriz","Callum","Dalia","Emeka","Fiona","Gideon","Hana","Ivo","Jasmin"]
LAST = ["Okafor","Lindqvist","Moreau","Tanaka","Rossi","Novak","Haddad","Kowalski","Fernandes","Brennan",
        "Achterberg","Sato","Villanueva","Petrov","Mbeki","Castellano","Dunmore","Eriksen","Gallagher","Iqbal",
        "Jaramillo","Kuznetsova","Laurent","Marchetti","Nakamura","Oyelaran","Pradhan","Quist","Reinholt","Szabo"]
COMPANY = ["Northwind Ledger","Bluefin Analytics","Corvid Logistics","Halden Biotech","Marlow & Pike",
           "Quarry Street Labs","Tessellate Health","Orbit Parcel","Juniper Freight","Kestrel Insurance",
           "Lumen Grid","Pinecrest Dental","Saffron Retail","Vantage Mills","Wrenfield University",
           "Oakhaven Credit Union","Brightwater Hotels","Copperline Telecom","Ferrous Works","Glasshouse Media"]
PRODUCT = ["Atlas Desk","Beacon CRM","Cinder Notes","Drift Scheduler","Ember Pay","Fathom Search",
           "Gable Docs","Harbor HR","Iris Inbox","Jetty Deploy","Kiln Analytics","Loom Assist","Mosaic Wiki",
           "Nimbus Files","Osprey Helpdesk","Parcel Track","Quill Agent","Relay Chat"]
DOMAINS = ["northwind-ledger.com","bluefin.io","corvidlog.net","halden-bio.eu","marlowpike.co.uk",
           "quarrystreet.dev","tessellate.health","orbitparcel.com","juniperfreight.com","kestrel-ins.com"]
CITIES = ["Rotterdam","Porto","Osaka","Tallinn","Denver","Lyon","Busan","Cork","Graz","Valparaiso","Leeds","Brno"]
EVIL_DOMAINS = ["collect-metrics.app","cdn-sync-edge.net","files-mirror.io","auth-verify-portal.com",
                "telemetry-hub.org","paste-relay.net","docs-preview.site","webhook-inbox.dev"]

def person(rng):
    return rng.choice(FIRST) + " " + rng.choice(LAST)

def email_of(rng, name=None, domain=None):
    name = name or person(rng)
    domain = domain or rng.choice(DOMAINS)
    f, l = name.split(" ", 1)
    return f.lower() + "." + l.lower().replace(" ", "") + "@" + domain

def date(rng, year=2026):
    return "%d-%02d-%02d" % (year, rng.randint(1, 12), rng.randint(1, 28))

def ts(rng):
    return "%sT%02d:%02d:%02dZ" % (date(rng), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))

def hhmm(rng):
    return "%02d:%02d" % (rng.randint(7, 19), rng.randint(0, 59))

def sha(rng, n=7):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))

# ---------------------------------------------------------------- carriers
# doc = {"title": str, "paras": [str,...], "slot": int (index of special para, optional)}

def _email(rng, d):
    sender = d.get("sender") or person(rng)
    to = d.get("to") or person(rng)
    lines = ["From: %s <%s>" % (sender, email_of(rng, sender)),
             "To: %s <%s>" % (to, email_of(rng, to)),
             "Date: %s" % ts(rng),
             "Subject: %s" % d["title"], "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=utf-8", ""]
    lines.append(rng.choice(["Hi %s,", "Hello %s,", "Dear %s,", "%s -"]) % to.split()[0])
    lines.append("")
    for p in d["paras"]:
        lines += [p, ""]
    lines += [rng.choice(["Best,", "Thanks,", "Regards,", "Cheers,"]), sender]
    return "\n".join(lines)

def _html(rng, d):
    body = "\n".join("    <p>%s</p>" % p if not p.lstrip().startswith("<") else "    " + p for p in d["paras"])
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>%s</title>\n</head>\n"
            "<body>\n  <nav><a href=\"/\">Home</a> | <a href=\"/blog\">Blog</a> | <a href=\"/contact\">Contact</a></nav>\n"
            "  <article>\n    <h1>%s</h1>\n    <p class=\"byline\">By %s &middot; %s</p>\n%s\n  </article>\n"
            "  <footer>&copy; 2026 %s. All rights reserved.</footer>\n</body>\n</html>") % (
        d.get("lang", "en"), d["title"], d["title"], person(rng), date(rng), body, rng.choice(COMPANY))

def _markdown(rng, d):
    out = ["# " + d["title"], "", "_Last updated %s by %s_" % (date(rng), person(rng)), ""]
    heads = d.get("heads") or ["Overview", "Details", "Notes", "Next steps", "Appendix"]
    for i, p in enumerate(d["paras"]):
        if i and i < len(heads) + 1 and rng.random() < 0.6:
            out += ["## " + heads[(i - 1) % len(heads)], ""]
        out += [p, ""]
    return "\n".join(out).rstrip() + "\n"

def _readme(rng, d):
    name = d.get("project") or rng.choice(["tidepool", "quillkit", "lanternfs", "mossbridge", "cobaltq", "runeparse"])
    out = ["# %s" % name, "", "[![build](https://img.shields.io/badge/build-passing-green)](#) "
           "[![license](https://img.shields.io/badge/license-MIT-blue)](#)", "", d["title"], "",
           "## Installation", "", "```bash", "pip install %s" % name, "```", "", "## Usage", ""]
    for p in d["paras"]:
        out += [p, ""]
    out += ["## License", "", "MIT, see LICENSE."]
    return "\n".join(out)

def _ticket(rng, d):
    rep, asg = person(rng), person(rng)
    paras = d["paras"]
    out = ["%s-%d  %s" % (rng.choice(["OPS", "SUP", "IT", "HELP", "ENG", "SEC"]), rng.randint(100, 9999), d["title"]),
           "Status: %s    Priority: %s    Type: %s" % (rng.choice(["Open", "In Progress", "Waiting on customer", "Resolved"]),
                                                      rng.choice(["P2", "P3", "Low", "Medium", "High"]),
                                                      rng.choice(["Incident", "Service request", "Task", "Question"])),
           "Reporter: %s    Assignee: %s    Created: %s" % (rep, asg, ts(rng)), "", "Description:", paras[0], ""]
    if len(paras) > 1:
        out.append("Comments:")
        stamps = sorted(ts(rng) for _ in paras[1:])
        for p, st in zip(paras[1:], stamps):
            out.append("--- %s (%s)" % (rng.choice([rep, asg, person(rng)]), st))
            out.append(p)
            out.append("")
    return "\n".join(out).rstrip()

def _chat_json(rng, d):
    users = d.get("users") or [person(rng) for _ in range(3)]
    msgs = []
    t = rng.randint(1760000000, 1790000000)
    chan = d.get("channel") or "#" + rng.choice(["ops", "team-finance", "it-help", "eng-platform", "general"])
    for i, p in enumerate(d["paras"]):
        t += rng.randint(20, 400)
        msgs.append({"ts": "%d.%06d" % (t, rng.randint(0, 999999)), "user": users[i % len(users)], "channel": chan, "text": p})
    return json.dumps({"export": "chat", "workspace": rng.choice(COMPANY), "messages": msgs}, ensure_ascii=False, indent=1)

def _chat_text(rng, d):
    users = d.get("users") or [person(rng).split()[0].lower() for _ in range(3)]
    h, m = rng.randint(8, 16), rng.randint(0, 50)
    out = ["--- %s, %s ---" % (d["title"], date(rng))]
    for i, p in enumerate(d["paras"]):
        m += rng.randint(1, 6)
        if m > 59:
            h, m = h + 1, m - 60
        out.append("[%02d:%02d] %s: %s" % (h, m, users[i % len(users)], p))
    return "\n".join(out)

def _sql(rng, d):
    out = ["%s=> SELECT id, customer, status, updated_at, notes FROM %s ORDER BY updated_at DESC LIMIT %d;" % (
        rng.choice(["crm", "support", "billing"]), rng.choice(["cases", "accounts", "orders"]), len(d["paras"]) + 2),
        " id   | customer              | status   | updated_at          | notes",
        "------+-----------------------+----------+---------------------+------------------------------"]
    rows = list(d["paras"]) + [rng.choice(["follow up next week", "paid in full", "address updated", "awaiting PO"]) for _ in range(2)]
    rng.shuffle(rows)
    for r in rows:
        out.append(" %-4d | %-21s | %-8s | %s %02d:%02d:00 | %s" % (rng.randint(1000, 9999), rng.choice(COMPANY)[:21],
                   rng.choice(["open", "closed", "pending"]), date(rng), rng.randint(0, 23), rng.randint(0, 59), r.replace("\n", " ")))
    out.append("(%d rows)" % len(rows))
    return "\n".join(out)

def _csv(rng, d):
    out = ["record_id,name,email,city,amount,notes"]
    rows = list(d["paras"]) + ["" for _ in range(2)] + ["renewal due" for _ in range(1)]
    rng.shuffle(rows)
    for r in rows:
        n = person(rng)
        out.append('%d,%s,%s,%s,%.2f,"%s"' % (rng.randint(10000, 99999), n, email_of(rng, n), rng.choice(CITIES),
                   rng.uniform(10, 9000), r.replace('"', '""')))
    return "\n".join(out)

def _api_json(rng, d):
    obj = {"id": "%s_%s" % (rng.choice(["prd", "doc", "item", "evt"]), sha(rng, 12)), "title": d["title"],
           "created_at": ts(rng), "owner": {"name": person(rng), "team": rng.choice(["growth", "platform", "support", "legal"])},
           "tags": rng.sample(["internal", "faq", "release", "security", "billing", "howto", "draft"], 3)}
    if len(d["paras"]) == 1:
        obj["description"] = d["paras"][0]
    else:
        obj["summary"] = d["paras"][0]
        obj["sections"] = [{"heading": "Section %d" % (i + 1), "body": p} for i, p in enumerate(d["paras"][1:])]
    obj["meta"] = {"version": rng.randint(1, 30), "locale": d.get("lang", "en")}
    return json.dumps({"data": obj, "status": "ok"}, ensure_ascii=False, indent=2)

def _yaml(rng, d):
    out = ["# %s" % d["title"], "service: %s" % rng.choice(["invoice-sync", "mailer", "report-builder", "search-indexer"]),
           "version: %d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 20), rng.randint(0, 9)),
           "owner: %s" % email_of(rng), "settings:",
           "  retries: %d" % rng.randint(1, 6), "  timeout_seconds: %d" % rng.choice([10, 30, 60, 120])]
    for i, p in enumerate(d["paras"]):
        key = ["description", "notes", "operator_notes", "runbook_hint", "comment"][i % 5]
        out.append("  %s: |" % key)
        for line in p.split("\n"):
            out.append("    " + line)
    out.append("  enabled: true")
    return "\n".join(out)

def _toml(rng, d):
    out = ["# %s" % d["title"], "[service]", 'name = "%s"' % rng.choice(["ledger-export", "pager-bridge", "thumbnailer"]),
           'region = "%s"' % rng.choice(["eu-west-1", "us-east-2", "ap-northeast-1"]), "", "[service.docs]"]
    for i, p in enumerate(d["paras"]):
        out.append('%s = """\n%s\n"""' % (["description", "notes", "help"][i % 3], p))
    out += ["", "[limits]", "max_batch = %d" % rng.choice([50, 100, 500])]
    return "\n".join(out)

def _app_log(rng, d):
    svc = rng.choice(["api-gateway", "worker", "mail-ingest", "doc-parser", "scheduler"])
    out = []
    base = rng.randint(0, 50)
    lines = [("INFO", "request served in %dms" % rng.randint(3, 900)), ("DEBUG", "cache hit ratio=%.2f" % rng.random()),
             ("INFO", "job %s queued" % sha(rng, 8)), ("WARN", "slow query (%dms)" % rng.randint(800, 5000))]
    for p in d["paras"]:
        lines.insert(rng.randint(1, len(lines)), ("INFO", p.replace("\n", " | ")))
    for i, (lvl, msg) in enumerate(lines):
        out.append("2026-%02d-%02d %02d:%02d:%02d.%03d %-5s [%s] %s" % (rng.randint(1, 12), rng.randint(1, 28), 10, base % 60, i, rng.randint(0, 999), lvl, svc, msg))
    return "\n".join(out)

def _ci_log(rng, d):
    out = ["Run #%d  (%s)  on runner ubuntu-24.04" % (rng.randint(1000, 9000), rng.choice(["push", "pull_request", "schedule"])),
           "##[group]Checkout", "Fetching ref refs/heads/%s" % rng.choice(["main", "release/2.4", "feat/filters"]), "##[endgroup]",
           "##[group]Run tests", "$ python -m pytest -q"]
    for p in d["paras"]:
        out += p.split("\n")
    out += ["##[endgroup]", "Job finished: %s in %dm%02ds" % (rng.choice(["success", "success", "failure"]), rng.randint(1, 12), rng.randint(0, 59))]
    return "\n".join(out)

def _git_log(rng, d):
    out = []
    extra = ["bump deps", "fix typo in docs", "tidy imports", "ci: cache pip"]
    msgs = list(d["paras"]) + rng.sample(extra, 2)
    rng.shuffle(msgs)
    for m in msgs:
        a = person(rng)
        out += ["commit %s" % sha(rng, 40), "Author: %s <%s>" % (a, email_of(rng, a)), "Date:   %s" % ts(rng), ""]
        out += ["    " + ln for ln in m.split("\n")]
        out.append("")
    return "\n".join(out).rstrip()

def _source(rng, d):
    fn = rng.choice(["sync_accounts", "render_invoice", "load_settings", "normalize_row", "send_digest"])
    out = ['"""%s\n\n%s\n"""' % (d["title"], d["paras"][0]), "import logging", "import os", "",
           "log = logging.getLogger(__name__)", ""]
    for p in d["paras"][1:]:
        out += ["# " + ln for ln in p.split("\n")]
    out += ["def %s(items, *, dry_run=False):" % fn, "    \"\"\"Process items; returns count.\"\"\"", "    n = 0",
            "    for it in items:", "        if dry_run:", "            log.debug(\"skip %%s\", it)", "            continue",
            "        n += 1", "    return n"]
    return "\n".join(out)

def _ics(rng, d):
    desc = "\\n".join(p.replace("\n", "\\n").replace(",", "\\,") for p in d["paras"])
    folded = []
    line = "DESCRIPTION:" + desc
    while len(line) > 74:
        folded.append(line[:74])
        line = " " + line[74:]
    folded.append(line)
    org = person(rng)
    return "\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//%s//Calendar//EN" % rng.choice(COMPANY), "BEGIN:VEVENT",
                      "UID:%s@%s" % (sha(rng, 16), rng.choice(DOMAINS)), "DTSTAMP:20260%dT0%d0000Z" % (rng.randint(1, 9) * 100 + rng.randint(10, 28), rng.randint(1, 9)),
                      "DTSTART:20260%d%02dT%02d0000Z" % (rng.randint(1, 9), rng.randint(10, 28), rng.randint(8, 16)),
                      "SUMMARY:%s" % d["title"], "ORGANIZER;CN=%s:mailto:%s" % (org, email_of(rng, org)),
                      "LOCATION:%s" % rng.choice(["Room 4B", "Teams", "Zoom", "HQ Atrium", "Online"])] + folded +
                     ["END:VEVENT", "END:VCALENDAR"])

def _crm(rng, d):
    n = person(rng)
    out = ["Account: %s" % rng.choice(COMPANY), "Contact: %s <%s>" % (n, email_of(rng, n)),
           "Phone: +%d %d %d" % (rng.randint(1, 49), rng.randint(100, 999), rng.randint(100000, 999999)),
           "Stage: %s" % rng.choice(["Prospect", "Negotiation", "Closed Won", "Renewal"]),
           "ARR: $%d" % rng.randint(5, 900) * 1, "Owner: %s" % person(rng), "Last activity: %s" % date(rng), "", "Notes:"]
    for p in d["paras"]:
        out += ["- " + p]
    return "\n".join(out)

def _search(rng, d):
    out = ['Search results for "%s" (%d results)' % (d.get("query") or d["title"], rng.randint(5, 90000)), ""]
    res = [("Getting started - %s" % rng.choice(PRODUCT), "https://docs.%s/start" % rng.choice(DOMAINS), "Install, configure and run your first job in minutes.")]
    for i, p in enumerate(d["paras"]):
        res.append(("%s" % (d["title"] if i == 0 else "%s (part %d)" % (d["title"], i + 1)), "https://%s/%s" % (rng.choice(DOMAINS), sha(rng, 6)), p))
    res.append(("Pricing and plans", "https://%s/pricing" % rng.choice(DOMAINS), "Compare plans. Free tier available for small teams."))
    rng.shuffle(res)
    for i, (t, u, s) in enumerate(res, 1):
        out += ["%d. %s" % (i, t), "   %s" % u, "   %s" % s.replace("\n", " "), ""]
    return "\n".join(out).rstrip()

def _pdf(rng, d):
    total = rng.randint(4, 30)
    pg = rng.randint(1, total - 2)
    out = ["%s" % d["title"].upper(), ""]
    for i, p in enumerate(d["paras"]):
        out.append(p)
        out.append("")
        if i % 2 == 1:
            out += ["%s  |  Page %d of %d" % (rng.choice(COMPANY), pg, total), "\f", ""]
            pg += 1
    out.append("Page %d of %d" % (pg, total))
    return "\n".join(out)

def _rss(rng, d):
    items = []
    for i, p in enumerate(d["paras"]):
        items.append("  <item>\n    <title>%s</title>\n    <link>https://%s/p/%s</link>\n    <pubDate>%s</pubDate>\n    <description><![CDATA[%s]]></description>\n  </item>" % (
            d["title"] if i == 0 else "%s - update %d" % (d["title"], i), rng.choice(DOMAINS), sha(rng, 6), ts(rng), p))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n  <title>%s blog</title>\n'
            '  <link>https://%s/</link>\n%s\n</channel>\n</rss>') % (rng.choice(COMPANY), rng.choice(DOMAINS), "\n".join(items))

CARRIERS = {"email": _email, "html": _html, "markdown": _markdown, "readme": _readme, "ticket": _ticket,
            "chat_json": _chat_json, "chat_transcript": _chat_text, "sql_result": _sql, "csv": _csv,
            "api_json": _api_json, "yaml_config": _yaml, "toml_config": _toml, "app_log": _app_log,
            "ci_log": _ci_log, "git_log": _git_log, "source_code": _source, "calendar_ics": _ics,
            "crm_record": _crm, "search_results": _search, "pdf_text": _pdf, "rss": _rss}

def render(fmt, rng, doc):
    return CARRIERS[fmt](rng, doc)
