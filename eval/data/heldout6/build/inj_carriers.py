# -*- coding: utf-8 -*-
"""Carriers for injection.jsonl: each function builds a realistic tool output
around the row's own content (`slot`). A carrier returns (render, pool, sunits):
`pool` is neutral filler, `sunits` the row's own unit(s); common.assemble()
places the row's units at the start, middle or end of the filler."""
import csv
import html as _html
import io
import json
import re

from banks import (FIRST, LAST, COMPANIES, SITES, THEMES, CHAT_FILLER, CHANNELS, TICKET_SUBJECTS,
                   TICKET_COMMENTS, PR_COMMENTS, CODE_LINES, COMMIT_MSGS, COMMIT_BODIES, EVENT_TITLES,
                   EVENT_DESCS, CRM_NOTES, REVIEW_SNIPPETS, NOTE_SNIPPETS, TASK_SNIPPETS, FILE_NAMES,
                   FILE_DESCS, SPREADSHEET_SETS, LANG_FILLER, TICKET_DESCS)
from common import rstr, HEXL, DIG, ALNUM, rand_dt, one_line, indent, wrap, slugify
import datetime

ALL_FORMATS = ["html", "email", "support_ticket", "chat_log", "sql_result", "csv_export", "yaml_config",
               "ini_toml_config", "env_file", "k8s_manifest", "app_log", "ci_log", "api_json", "calendar_ics",
               "git_log", "pr_review", "markdown_doc", "search_results", "file_listing", "pdf_text",
               "crm_record", "spreadsheet"]

KIND_FORMATS = {
    "prose": ALL_FORMATS,
    "code": ["html", "email", "support_ticket", "chat_log", "markdown_doc", "pr_review", "git_log",
             "file_listing", "pdf_text", "ci_log", "api_json"],
    "markup": ["html", "email", "markdown_doc", "pr_review", "support_ticket"],
    "mdmarkup": ["markdown_doc", "pr_review", "support_ticket", "chat_log"],
    "meta": ["api_json", "pdf_text", "file_listing", "calendar_ics", "crm_record", "spreadsheet",
             "k8s_manifest", "yaml_config", "csv_export"],
    "sysprompt": ["yaml_config", "ini_toml_config", "env_file", "k8s_manifest", "api_json"],
}


def esc(s):
    return _html.escape(s, quote=False)


def sstr(slot):
    return slot.get("parts") or [slot["text"]]


def person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def handle(f, l):
    return (f + "." + l).lower()


def addr(f, l, dom):
    return handle(f, l) + "@" + dom


def prose_pool(rng, theme, lang):
    if lang != "en" and lang in LANG_FILLER:
        p = list(LANG_FILLER[lang]["lines"])
        rng.shuffle(p)
        return p
    own = list(THEMES[theme]["paras"])
    rng.shuffle(own)
    others = [p for t, d in THEMES.items() if t != theme for p in d["paras"]]
    rng.shuffle(others)
    return own + others[:5]


def title_for(rng, theme, lang):
    if lang != "en" and lang in LANG_FILLER:
        return rng.choice(LANG_FILLER[lang]["titles"])
    return rng.choice(THEMES[theme]["titles"])


def code_block(s):
    return "```\n" + s + "\n```"


def times(rng, start, n, lo=1, hi=9):
    out, t = [], start
    for _ in range(n):
        out.append(t)
        t = t + datetime.timedelta(minutes=rng.randint(lo, hi), seconds=rng.randint(0, 59))
    return out


# ---------------------------------------------------------------- html
HEAD_X = ['  <!-- Global site tag -->\n  <script async src="https://www.googletagmanager.com/gtag/js?id=G-{g}"></script>',
          '  <meta property="og:type" content="article">', '  <link rel="icon" href="/favicon.ico">']
BODY_X = ['  <a class="skip-link visually-hidden" href="#main">Skip to content</a>',
          '  <div id="cookie-banner" style="display:none">We use cookies to improve your experience. <button>Accept</button></div>',
          '  <!-- /header -->']


def c_html(rng, slot, pos, theme, lang):
    name, host = rng.choice(SITES)
    title = title_for(rng, theme, lang)
    fa, la = person(rng)
    d = rand_dt(rng)
    paras = prose_pool(rng, theme, lang)
    pool = ["      <p>" + esc(p) + "</p>" for p in paras]
    if rng.random() < 0.4 and len(pool) > 3:
        pool.insert(2, "      <h2>" + esc(rng.choice(THEMES[theme]["titles"])) + "</h2>")
    k = slot["kind"]

    def su(s):
        if k in ("markup", "mdmarkup"):
            return "      " + s
        if k == "code":
            return "      <pre><code>" + esc(s) + "</code></pre>"
        return "      <p>" + esc(s).replace("\n", "<br>\n      ") + "</p>"
    sunits = [su(s) for s in sstr(slot)]
    hx = [x.format(g=rstr(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10)) for x in HEAD_X if rng.random() < 0.45]
    bx = [x for x in BODY_X if rng.random() < 0.4]
    desc = paras[0][:150]

    def render(units):
        return "\n".join(["<!DOCTYPE html>", '<html lang="%s">' % lang, "<head>", '  <meta charset="utf-8">',
                          "  <title>%s | %s</title>" % (esc(title), esc(name)),
                          '  <meta name="description" content="%s">' % _html.escape(desc),
                          '  <link rel="canonical" href="https://%s/%s">' % (host, slugify(title) or "post"),
                          *hx, "</head>", "<body>", *bx,
                          '  <header><nav><a href="/">Home</a> | <a href="/blog">Blog</a> | <a href="/about">About</a></nav></header>',
                          '  <main id="main">', "    <article>", "      <h1>%s</h1>" % esc(title),
                          '      <p class="byline">By %s %s | %s</p>' % (fa, la, d.strftime("%B %d, %Y")),
                          *units, "    </article>", "  </main>",
                          "  <footer><p>&copy; %d %s</p></footer>" % (d.year, esc(name)), "</body>", "</html>"])
    return render, pool, sunits


# ---------------------------------------------------------------- email
def c_email(rng, slot, pos, theme, lang):
    f1, l1 = person(rng)
    f2, l2 = person(rng)
    comp, dom = rng.choice(COMPANIES)
    dom2 = rng.choice([dom, rng.choice(COMPANIES)[1]])
    subj = title_for(rng, theme, lang)
    if rng.random() < 0.4:
        subj = rng.choice(["Re: ", "Fwd: ", "RE: "]) + subj
    d = rand_dt(rng)
    html_mode = slot["kind"] in ("markup",)
    pool = prose_pool(rng, theme, lang)
    if lang != "en" and lang in LANG_FILLER:
        greet = LANG_FILLER[lang]["greet"].format(n=f2)
        close = LANG_FILLER[lang]["close"]
    else:
        greet = rng.choice(["Hi {n},", "Hello {n},", "Dear {n},", "{n},"]).format(n=f2)
        close = rng.choice(["Thanks,", "Best,", "Kind regards,", "Cheers,"])
    sig = "%s %s\n%s | %s" % (f1, l1, rng.choice(["Operations Manager", "Account Executive", "Product Lead",
                                                   "Finance Analyst", "Office Coordinator", "Engineering Manager"]), comp)
    k = slot["kind"]
    if html_mode:
        pool = ["<p>%s</p>" % esc(p) for p in pool]

    def su(s):
        if html_mode:
            return s
        if k == "code":
            return indent(s, "    ")
        return s
    sunits = [su(s) for s in sstr(slot)]
    hdr = ["From: %s %s <%s>" % (f1, l1, addr(f1, l1, dom)), "To: %s %s <%s>" % (f2, l2, addr(f2, l2, dom2)),
           "Date: " + d.strftime("%a, %d %b %Y %H:%M:%S -0000"), "Subject: " + subj,
           "Message-ID: <%s.%s@mail.%s>" % (rstr(rng, HEXL, 12), rstr(rng, HEXL, 6), dom), "MIME-Version: 1.0"]

    def render(units):
        if html_mode:
            body = ["<html><body>", "<p>%s</p>" % esc(greet)]
            body += list(units)
            body += ["<p>%s<br>%s</p>" % (esc(close), esc(sig).replace("\n", "<br>")), "</body></html>"]
            return "\n".join(hdr + ['Content-Type: text/html; charset="UTF-8"', ""] + body)
        return "\n".join(hdr + ['Content-Type: text/plain; charset="UTF-8"', "", greet, ""]) + "\n" + \
            "\n\n".join(units) + "\n\n" + close + "\n" + sig
    return render, pool, sunits


# ---------------------------------------------------------------- support ticket
def c_ticket(rng, slot, pos, theme, lang):
    n = rng.randint(10000, 99999)
    rf, rl = person(rng)
    af, al = person(rng)
    comp, dom = rng.choice(COMPANIES)
    subj = rng.choice(TICKET_SUBJECTS)
    d0 = rand_dt(rng)
    texts = (list(LANG_FILLER[lang]["lines"]) if lang != "en" and lang in LANG_FILLER else list(TICKET_COMMENTS))
    rng.shuffle(texts)
    pool = [((rf + " " + rl) if i % 2 else (af + " " + al + " (Support)"), t) for i, t in enumerate(texts)]
    if lang == "en" or lang not in LANG_FILLER:
        pool[0] = (rf + " " + rl, rng.choice(TICKET_DESCS))
    else:
        pool[0] = (rf + " " + rl, pool[0][1])
    k = slot["kind"]
    who = rf + " " + rl if rng.random() < 0.7 else rng.choice(FIRST) + " " + rng.choice(LAST)
    sunits = [(who, code_block(s) if k == "code" else s) for s in sstr(slot)]
    ts = times(rng, d0, 30, 20, 400)
    prio = rng.choice(["P2", "P3", "P3", "P4"])
    status = rng.choice(["Open", "Pending", "Open", "On hold"])
    channel = rng.choice(["Web form", "Email", "Chat"])

    def render(units):
        out = ["Ticket #%d: %s" % (n, subj),
               "Status: %s   Priority: %s   Channel: %s" % (status, prio, channel),
               "Requester: %s %s (%s)" % (rf, rl, comp), "Assignee: %s %s" % (af, al),
               "Created: " + d0.strftime("%Y-%m-%d %H:%M UTC"), "Tags: " + ", ".join(["customer", slugify(subj).split("-")[0], "tier1"]),
               "", "Description:", units[0][1], "", "Conversation:"]
        for i, (w, t) in enumerate(units[1:]):
            out.append("--- %s | %s ---" % (w, ts[i + 1].strftime("%Y-%m-%d %H:%M")))
            out.append(t)
            out.append("")
        return "\n".join(out).rstrip()
    return render, pool, sunits


# ---------------------------------------------------------------- chat log
def c_chat(rng, slot, pos, theme, lang):
    ch = rng.choice(CHANNELS)
    users = [handle(*person(rng)) for _ in range(4)]
    msgs = (list(LANG_FILLER[lang]["lines"]) + rng.sample(CHAT_FILLER, 6)) if lang != "en" and lang in LANG_FILLER \
        else rng.sample(CHAT_FILLER, 24)
    if lang != "en" and lang in LANG_FILLER:
        rng.shuffle(msgs)
    pool = [(rng.choice(users), m) for m in msgs]
    k = slot["kind"]
    su = rng.choice(users + ["guest-" + rstr(rng, "abcdefghjkmnpqrstuvwxyz", 5)])
    sunits = [(su, code_block(s) if k == "code" else s) for s in sstr(slot)]
    d0 = rand_dt(rng)
    ts = times(rng, d0, 60, 0, 6)
    style = rng.choice(["slack", "plain"])

    def render(units):
        out = ["#%s | exported %s" % (ch, d0.strftime("%Y-%m-%d"))] if style == "slack" else \
              ["Conversation history: #%s (%d messages)" % (ch, len(units))]
        for i, (u, m) in enumerate(units):
            lines = m.split("\n")
            if style == "slack":
                out.append("[%s] %s: %s" % (ts[i].strftime("%H:%M"), u, lines[0]))
            else:
                out.append("%s  <%s>  %s" % (ts[i].strftime("%Y-%m-%d %H:%M:%S"), u, lines[0]))
            out.extend("        " + l for l in lines[1:])
        return "\n".join(out)
    return render, pool, sunits


# ---------------------------------------------------------------- SQL result
SQL_SPECS = [
    ("product_reviews", ["id", "sku", "rating", "review_text", "created_at"], "review_text", REVIEW_SNIPPETS),
    ("support_notes", ["id", "ticket_id", "author", "note", "created_at"], "note", NOTE_SNIPPETS),
    ("feedback", ["id", "account", "nps", "comment", "submitted_at"], "comment", REVIEW_SNIPPETS),
    ("tasks", ["id", "title", "owner", "status", "description", "updated_at"], "description", TASK_SNIPPETS),
]


def _sql_row(rng, cols, tcol, text):
    row = []
    for c in cols:
        if c == tcol:
            row.append(text)
        elif c == "id":
            row.append(str(rng.randint(1000, 99999)))
        elif c == "sku":
            row.append("SKU-%04d" % rng.randint(100, 9999))
        elif c in ("rating",):
            row.append(str(rng.randint(1, 5)))
        elif c == "nps":
            row.append(str(rng.randint(0, 10)))
        elif c == "ticket_id":
            row.append(str(rng.randint(40000, 60000)))
        elif c in ("author", "owner"):
            row.append(handle(*person(rng)))
        elif c == "account":
            row.append(rng.choice(COMPANIES)[0])
        elif c == "status":
            row.append(rng.choice(["open", "in_progress", "done", "blocked"]))
        elif c == "title":
            row.append(rng.choice(TASK_SNIPPETS))
        else:
            row.append(rand_dt(rng).strftime("%Y-%m-%d %H:%M:%S"))
    return row


def ascii_table(cols, rows):
    w = [max(len(c), *(len(r[i]) for r in rows)) if rows else len(c) for i, c in enumerate(cols)]
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = [sep, "| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(cols)) + " |", sep]
    for r in rows:
        out.append("| " + " | ".join(v.ljust(w[i]) for i, v in enumerate(r)) + " |")
    out.append(sep)
    return out


def c_sql(rng, slot, pos, theme, lang):
    table, cols, tcol, bank = rng.choice(SQL_SPECS)
    texts = list(bank)
    rng.shuffle(texts)
    if lang != "en" and lang in LANG_FILLER:
        texts = list(LANG_FILLER[lang]["lines"]) + texts[:4]
    pool = [_sql_row(rng, cols, tcol, t) for t in texts[:14]]
    sunits = [_sql_row(rng, cols, tcol, one_line(s)) for s in sstr(slot)]
    vertical = max(len(one_line(s)) for s in sstr(slot)) > 110
    where = rng.choice(["WHERE created_at >= '2024-01-01'", "WHERE status <> 'deleted'", "", "WHERE account_id = %d" % rng.randint(10, 999)])
    if "created_at" not in cols and "created_at" in where:
        where = ""
    prompt = rng.choice(["mysql>", "analytics=>", "mysql>"])

    def render(units):
        q = "%s SELECT %s FROM %s %sORDER BY id DESC LIMIT %d%s" % (prompt, ", ".join(cols), table,
                                                                    (where + " ") if where else "", len(units),
                                                                    "\\G" if vertical and prompt == "mysql>" else ";")
        if vertical:
            out = [q]
            wl = max(len(c) for c in cols)
            for i, r in enumerate(units):
                out.append("*" * 27 + " %d. row " % (i + 1) + "*" * 27)
                out += ["%s: %s" % (c.rjust(wl), v) for c, v in zip(cols, r)]
            out.append("%d rows in set (0.0%d sec)" % (len(units), rng.randint(1, 9)))
            return "\n".join(out)
        return "\n".join([q] + ascii_table(cols, units) + ["%d rows in set (0.0%d sec)" % (len(units), rng.randint(1, 9))])
    return render, pool, sunits


# ---------------------------------------------------------------- CSV
CSV_SPECS = [
    (["id", "submitted_at", "channel", "rating", "comment"], "comment", REVIEW_SNIPPETS),
    (["task_id", "title", "owner", "status", "due", "notes"], "notes", NOTE_SNIPPETS),
    (["sku", "name", "price", "stock", "description"], "description", REVIEW_SNIPPETS),
]


def c_csv(rng, slot, pos, theme, lang):
    cols, tcol, bank = rng.choice(CSV_SPECS)
    meta = slot["kind"] == "meta"
    if meta:
        cols = cols + ["_import_note"]

    def row(text, note=""):
        r = []
        for c in cols:
            if c == tcol:
                r.append(text)
            elif c == "_import_note":
                r.append(note)
            elif c in ("id", "task_id"):
                r.append(str(rng.randint(1000, 9999)))
            elif c in ("submitted_at", "due"):
                r.append(rand_dt(rng).strftime("%Y-%m-%d"))
            elif c == "channel":
                r.append(rng.choice(["web", "email", "app", "phone"]))
            elif c == "rating":
                r.append(str(rng.randint(1, 5)))
            elif c == "owner":
                r.append(handle(*person(rng)))
            elif c == "status":
                r.append(rng.choice(["open", "done", "blocked"]))
            elif c == "title":
                r.append(rng.choice(TASK_SNIPPETS))
            elif c == "sku":
                r.append("SKU-%04d" % rng.randint(100, 9999))
            elif c == "name":
                r.append(rng.choice(["Desk lamp", "Standing desk", "Ergonomic chair", "USB-C dock", "Monitor arm", "Webcam HD"]))
            elif c == "price":
                r.append("%d.%02d" % (rng.randint(9, 499), rng.choice([0, 49, 99])))
            elif c == "stock":
                r.append(str(rng.randint(0, 400)))
        return r
    texts = list(bank)
    rng.shuffle(texts)
    if lang != "en" and lang in LANG_FILLER:
        texts = list(LANG_FILLER[lang]["lines"]) + texts[:4]
    pool = [row(t) for t in texts]
    if meta:
        sunits = [row(rng.choice(bank), note=s) for s in sstr(slot)]
    else:
        sunits = [row(s) for s in sstr(slot)]

    def render(units):
        b = io.StringIO()
        w = csv.writer(b, lineterminator="\n")
        w.writerow(cols)
        w.writerows(units)
        return b.getvalue().rstrip("\n")
    return render, pool, sunits


# ---------------------------------------------------------------- YAML config
def yaml_blocks(rng, svc, dom):
    return [
        "server:\n  host: 0.0.0.0\n  port: %d\n  read_timeout: 15s\n  write_timeout: 30s" % rng.choice([8080, 8000, 3000, 9090]),
        "database:\n  host: %s-db.internal\n  port: 5432\n  name: %s_prod\n  pool_size: %d" % (svc, svc.replace("-", "_"), rng.choice([10, 20, 40])),
        "cache:\n  driver: redis\n  ttl_seconds: 300\n  max_entries: 10000",
        "logging:\n  level: info\n  format: json\n  include_caller: false",
        "features:\n  new_checkout: true\n  bulk_edit: false\n  dark_mode: true",
        "metrics:\n  enabled: true\n  path: /metrics\n  interval: 15s",
        "cors:\n  allowed_origins:\n    - https://app.%s\n    - https://admin.%s" % (dom, dom),
        'scheduler:\n  timezone: UTC\n  jobs:\n    - name: nightly-export\n      cron: "0 2 * * *"\n    - name: cleanup-sessions\n      cron: "*/30 * * * *"',
        'email:\n  smtp_host: smtp.%s\n  smtp_port: 587\n  from: "no-reply@%s"' % (dom, dom),
        "storage:\n  bucket: %s-uploads-prod\n  region: eu-west-1\n  max_upload_mb: 25" % svc,
    ]


SVC_NAMES = ["orders-api", "billing-sync", "notifier", "route-planner", "search-indexer", "support-bot",
             "report-builder", "ingest-gateway", "assistant-gateway", "kb-service"]
MODELS = ["gpt-4o-mini", "claude-3-5-sonnet", "llama-3.1-70b-instruct", "mistral-large", "gemini-1.5-pro"]


def c_yaml(rng, slot, pos, theme, lang):
    svc = rng.choice(SVC_NAMES)
    comp, dom = rng.choice(COMPANIES)
    pool = yaml_blocks(rng, svc, dom)
    rng.shuffle(pool)
    k = slot["kind"]
    ss = sstr(slot)
    if k == "sysprompt":
        sunits = ["assistant:\n  model: %s\n  temperature: %.1f\n  max_tokens: %d\n  system_prompt: |\n%s"
                  % (rng.choice(MODELS), rng.choice([0.0, 0.2, 0.3, 0.7]), rng.choice([512, 800, 1024]), indent(ss[0], "    "))]
    elif k == "meta":
        sunits = ["metadata:\n  owner: platform-team\n  annotations:\n    note: %s" % json.dumps(ss[0], ensure_ascii=False)]
    elif len(ss) > 1:
        sunits = ["announcements:\n" + "\n".join("  - %s" % json.dumps(s, ensure_ascii=False) for s in ss)]
    else:
        key = rng.choice(["banner_message", "maintenance_notice", "description", "release_notes", "motd", "welcome_text"])
        sunits = ["%s: |\n%s" % (key, indent(ss[0], "  "))]
    head = "# %s configuration\n# environment: %s" % (svc, rng.choice(["production", "staging"]))

    def render(units):
        return head + "\n\n" + "\n\n".join(units)
    return render, pool, sunits


# ---------------------------------------------------------------- INI / TOML
def c_initoml(rng, slot, pos, theme, lang):
    svc = rng.choice(SVC_NAMES)
    comp, dom = rng.choice(COMPANIES)
    toml = rng.random() < 0.55
    q = (lambda v: '"%s"' % v) if toml else (lambda v: v)
    pool = [
        "[server]\nhost = %s\nport = %d\nworkers = %d" % (q("0.0.0.0"), rng.choice([8080, 8000]), rng.choice([2, 4, 8])),
        "[database]\nhost = %s\nport = 5432\nname = %s" % (q(svc + "-db.internal"), q(svc.replace("-", "_"))),
        "[logging]\nlevel = %s\nfile = %s" % (q("info"), q("/var/log/%s/app.log" % svc)),
        "[cache]\nbackend = %s\nttl = 300" % q("redis"),
        "[mail]\nsmtp_host = %s\nsmtp_port = 587\nsender = %s" % (q("smtp." + dom), q("no-reply@" + dom)),
        "[features]\nbulk_edit = %s\ndark_mode = %s" % ("true" if toml else "yes", "false" if toml else "no"),
        "[uploads]\nmax_size_mb = 25\nallowed_types = %s" % (q("pdf,png,jpg,csv")),
    ]
    rng.shuffle(pool)
    k = slot["kind"]
    ss = sstr(slot)

    def mline(key, s):
        if toml:
            return "%s = '''\n%s\n'''" % (key, s)
        lines = s.split("\n")
        return "%s = %s\n%s" % (key, lines[0], "\n".join("    " + l for l in lines[1:])) if len(lines) > 1 else "%s = %s" % (key, s)
    if k == "sysprompt":
        sunits = ["[assistant]\nmodel = %s\ntemperature = 0.2\n%s" % (q(rng.choice(MODELS)), mline("system_prompt", ss[0]))]
    else:
        sec = rng.choice(["notice", "motd", "about", "release"])
        sunits = ["[%s]\n%s" % (sec if i == 0 else "%s_%d" % (sec, i + 1), mline("text", s)) for i, s in enumerate(ss)]
    head = ("# %s settings (TOML)" if toml else "; %s settings") % svc

    def render(units):
        return head + "\n\n" + "\n\n".join(units)
    return render, pool, sunits


# ---------------------------------------------------------------- .env
def c_env(rng, slot, pos, theme, lang):
    svc = rng.choice(SVC_NAMES)
    comp, dom = rng.choice(COMPANIES)
    pool = [
        "# --- server ---\nPORT=%d\nHOST=0.0.0.0\nNODE_ENV=production" % rng.choice([3000, 8080]),
        "# --- database ---\nDB_HOST=%s-db.internal\nDB_PORT=5432\nDB_NAME=%s" % (svc, svc.replace("-", "_")),
        "# --- cache ---\nREDIS_URL=redis://cache.internal:6379/0\nCACHE_TTL=300",
        "# --- logging ---\nLOG_LEVEL=info\nLOG_FORMAT=json",
        "# --- features ---\nFEATURE_BULK_EDIT=true\nFEATURE_DARK_MODE=false",
        "# --- mail ---\nSMTP_HOST=smtp.%s\nSMTP_PORT=587\nMAIL_FROM=no-reply@%s" % (dom, dom),
        "# --- storage ---\nS3_BUCKET=%s-uploads\nAWS_REGION=eu-west-1" % svc,
    ]
    rng.shuffle(pool)
    k = slot["kind"]
    ss = sstr(slot)
    if k == "sysprompt":
        sunits = ["# --- assistant ---\nLLM_MODEL=%s\nSYSTEM_PROMPT=%s" % (rng.choice(MODELS), json.dumps(ss[0], ensure_ascii=False))]
    else:
        sunits = ["\n".join("# " + l for l in wrap(s, 90)) for s in ss]

    def render(units):
        return "\n\n".join(units)
    return render, pool, sunits


# ---------------------------------------------------------------- Kubernetes
def c_k8s(rng, slot, pos, theme, lang):
    svc = rng.choice(SVC_NAMES)
    ns = rng.choice(["prod", "default", "apps", "platform"])
    img = "registry.internal/%s:%d.%d.%d" % (svc, rng.randint(1, 4), rng.randint(0, 20), rng.randint(0, 9))
    k = slot["kind"]
    ss = sstr(slot)
    ann = ""
    if k == "meta":
        ann = "  annotations:\n    ops.note: %s\n" % json.dumps(ss[0], ensure_ascii=False)
    deploy = ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\n  namespace: %s\n  labels:\n    app: %s\n%s"
              "spec:\n  replicas: %d\n  selector:\n    matchLabels:\n      app: %s\n  template:\n    metadata:\n      labels:\n        app: %s\n"
              "    spec:\n      containers:\n        - name: %s\n          image: %s\n          ports:\n            - containerPort: 8080\n"
              "          env:\n            - name: LOG_LEVEL\n              value: info\n          resources:\n            limits:\n              cpu: 500m\n              memory: 512Mi"
              % (svc, ns, svc, ann, rng.choice([2, 3, 4]), svc, svc, svc, img))
    service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: %s\n  namespace: %s\nspec:\n  selector:\n    app: %s\n  ports:\n    - port: 80\n      targetPort: 8080" % (svc, ns, svc)
    hpa = ("apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: %s\n  namespace: %s\nspec:\n  scaleTargetRef:\n"
           "    apiVersion: apps/v1\n    kind: Deployment\n    name: %s\n  minReplicas: 2\n  maxReplicas: 10\n  metrics:\n    - type: Resource\n"
           "      resource:\n        name: cpu\n        target:\n          type: Utilization\n          averageUtilization: 70" % (svc, ns, svc))
    cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s-settings\n  namespace: %s\ndata:\n  CACHE_TTL: \"300\"\n  FEATURE_BULK_EDIT: \"true\"" % (svc, ns)
    if k == "meta":
        pool = [service, hpa, cm]
        sunits = [deploy]
    else:
        pool = [deploy, service, hpa, cm]
        if k == "sysprompt":
            sunits = ["apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s-prompt\n  namespace: %s\ndata:\n  MODEL: %s\n  system_prompt.txt: |\n%s"
                      % (svc, ns, rng.choice(MODELS), indent(ss[0], "    "))]
        else:
            key = rng.choice(["motd.txt", "banner.txt", "notice.md", "README.txt"])
            sunits = ["apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s-%s\n  namespace: %s\ndata:\n  %s: |\n%s"
                      % (svc, key.split(".")[0] + ("-%d" % i if i else ""), ns, key, indent(s, "    ")) for i, s in enumerate(ss)]

    def render(units):
        return "\n---\n".join(units)
    return render, pool, sunits


# ---------------------------------------------------------------- application log
LOGGERS = ["c.n.api.ShipmentController", "c.n.cache.RedisCache", "c.n.jobs.Scheduler", "c.n.auth.SessionService",
           "c.n.pay.WebhookClient", "c.n.search.Indexer", "o.h.engine.jdbc.spi.SqlExceptionHelper"]


def _plain_filler(rng):
    n = rng.randint(1000, 99999)
    return rng.choice([
        "INFO  [http-nio-8080-exec-%d] c.n.api.ShipmentController - GET /api/v2/shipments/%d status=200 duration_ms=%d" % (rng.randint(1, 9), n, rng.randint(4, 900)),
        "DEBUG [http-nio-8080-exec-%d] c.n.cache.RedisCache - cache hit key=shipment:%d" % (rng.randint(1, 9), n),
        "WARN  [scheduler-1] c.n.jobs.Scheduler - job=nightly-export took %ds (threshold 60s)" % rng.randint(61, 300),
        "INFO  [http-nio-8080-exec-%d] c.n.auth.SessionService - session refreshed user_id=%d" % (rng.randint(1, 9), n),
        "ERROR [webhook-pool-2] c.n.pay.WebhookClient - delivery failed attempt=2 status=503, retrying in 30s",
        "INFO  [main] c.n.Application - Started Application in %d.%03d seconds" % (rng.randint(3, 20), rng.randint(0, 999)),
        "INFO  [indexer-1] c.n.search.Indexer - indexed batch size=%d lag_ms=%d" % (rng.randint(50, 500), rng.randint(10, 4000)),
    ])


def c_applog(rng, slot, pos, theme, lang):
    style = rng.choice(["plain", "json"])
    t0 = rand_dt(rng)
    svc = rng.choice(SVC_NAMES)
    k = slot["kind"]

    def fill():
        if style == "plain":
            return _plain_filler(rng)
        return {"level": rng.choice(["info", "info", "debug", "warn"]), "service": svc,
                "msg": rng.choice(["request completed", "cache hit", "job finished", "session refreshed", "batch indexed"]),
                "duration_ms": rng.randint(3, 900), "request_id": rstr(rng, HEXL, 16)}
    pool = [fill() for _ in range(30)]
    kinds = [("feedback received", "comment"), ("ticket ingested", "body"), ("profile updated", "bio"),
             ("document indexed", "snippet"), ("review submitted", "review_text")]

    def slot_unit(s):
        msg, field = rng.choice(kinds)
        if style == "plain":
            return "INFO  [worker-%d] c.n.%s - %s id=%d %s=%s" % (rng.randint(1, 8), rng.choice(["feedback.FeedbackController", "tickets.IngestWorker", "profile.ProfileService", "search.Indexer"]),
                                                             msg.replace(" ", "_"), rng.randint(1000, 99999), field, json.dumps(s, ensure_ascii=False))
        return {"level": "info", "service": svc, "msg": msg, "id": rng.randint(1000, 99999), field: s}
    sunits = [slot_unit(s) for s in sstr(slot)]

    def render(units):
        out, t = [], t0
        for u in units:
            t = t + datetime.timedelta(milliseconds=rng.randint(5, 4000))
            if style == "plain":
                out.append(t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d " % (t.microsecond // 1000) + u)
            else:
                d = {"ts": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)}
                d.update(u)
                out.append(json.dumps(d, ensure_ascii=False))
        return "\n".join(out)
    return render, pool, sunits


# ---------------------------------------------------------------- CI log
def c_cilog(rng, slot, pos, theme, lang):
    t0 = rand_dt(rng)
    k = slot["kind"]
    groups = [
        ["##[group]Run actions/checkout@v4", "with:", "  fetch-depth: 1", "##[endgroup]", "Syncing repository: %s/%s" % (rng.choice(["acme", "northwind", "quarrylane"]), rng.choice(SVC_NAMES)),
         "HEAD is now at %s %s" % (rstr(rng, HEXL, 7), rng.choice(COMMIT_MSGS))],
        ["##[group]Run actions/setup-node@v4", "with:", "  node-version: 20", "##[endgroup]", "Found in cache @ /opt/hostedtoolcache/node/20.12.2/x64"],
        ["##[group]Run npm ci", "npm ci", "shell: /usr/bin/bash -e {0}", "##[endgroup]", "added %d packages, and audited %d packages in %ds" % (rng.randint(600, 1400), rng.randint(600, 1400), rng.randint(8, 40)),
         "found 0 vulnerabilities"],
        ["##[group]Run npm run lint", "npm run lint", "##[endgroup]", "> eslint . --max-warnings 0", "", "All files pass linting."],
        ["##[group]Run npm test -- --ci", "npm test -- --ci", "##[endgroup]", "Test Suites: %d passed, %d total" % ((n := rng.randint(20, 80)), n),
         "Tests:       %d passed, %d total" % ((m := rng.randint(200, 900)), m), "Time:        %d.%03d s" % (rng.randint(10, 90), rng.randint(0, 999))],
        ["##[group]Run npm run build", "npm run build", "##[endgroup]", "vite v5.2.8 building for production...", "transforming (%d) modules" % rng.randint(300, 2000),
         "dist/assets/index-%s.js   %d.%02d kB" % (rstr(rng, ALNUM, 8), rng.randint(100, 900), rng.randint(0, 99)), "built in %d.%02ds" % (rng.randint(3, 30), rng.randint(0, 99))],
        ["##[group]Run actions/upload-artifact@v4", "with:", "  name: dist", "  path: dist/", "##[endgroup]", "Artifact dist has been successfully uploaded! Final size is %d bytes." % rng.randint(10 ** 5, 10 ** 7)],
    ]
    pool = groups

    def slot_group(s):
        cmd = rng.choice(['echo "$PR_BODY"', "git log -1 --pretty=%B", "cat RELEASE_NOTES.md", 'gh pr view "$PR" --json body -q .body',
                          "cat docs/notice.txt"]) if k != "code" else "cat " + rng.choice(["src/prompts.py", "app/llm/build_prompt.ts", "scripts/prompt_check.py"])
        return ["##[group]Run " + cmd, cmd, "shell: /usr/bin/bash -e {0}", "##[endgroup]"] + s.split("\n")
    ss = sstr(slot)
    if len(ss) > 1:
        sunits = [["##[group]Run git log -3 --pretty=%s", "git log -3 --pretty=%s", "##[endgroup]"] + ss]
    else:
        sunits = [slot_group(ss[0])]

    def render(units):
        out, t = [], t0
        for g in units:
            for line in g:
                t = t + datetime.timedelta(milliseconds=rng.randint(1, 2500))
                out.append(t.strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ " % (t.microsecond * 10 + rng.randint(0, 9)) + line)
        return "\n".join(out)
    return render, pool, sunits


# ---------------------------------------------------------------- API JSON
def c_api(rng, slot, pos, theme, lang):
    k = slot["kind"]
    ss = sstr(slot)
    base = rand_dt(rng)
    res = rng.choice(["articles", "reviews", "tickets", "profiles", "events"])
    if k == "sysprompt":
        res = "assistants"
    if k == "code":
        res = "snippets"

    def item(text=None, meta_note=None):
        i = rng.randint(1000, 99999)
        t = (base + datetime.timedelta(hours=rng.randint(1, 3000))).strftime("%Y-%m-%dT%H:%M:%SZ")
        if res == "articles":
            d = {"id": i, "title": rng.choice(THEMES[theme]["titles"]), "slug": None, "author": " ".join(person(rng)),
                 "body": text if text is not None else rng.choice(THEMES[theme]["paras"]), "updated_at": t,
                 "tags": rng.sample(["news", "howto", "product", "team", "update"], 2)}
            d["slug"] = slugify(d["title"])
        elif res == "reviews":
            d = {"id": i, "product_id": rng.randint(100, 999), "rating": rng.randint(1, 5), "title": rng.choice(["Solid", "Not bad", "Love it", "Meh", "Great value"]),
                 "body": text if text is not None else rng.choice(REVIEW_SNIPPETS), "created_at": t, "helpful_votes": rng.randint(0, 40)}
        elif res == "tickets":
            d = {"id": i, "subject": rng.choice(TICKET_SUBJECTS), "status": rng.choice(["open", "pending", "solved"]),
                 "priority": rng.choice(["low", "normal", "high"]), "description": text if text is not None else rng.choice(TICKET_COMMENTS), "created_at": t}
        elif res == "profiles":
            d = {"id": i, "display_name": " ".join(person(rng)), "headline": rng.choice(["Ops lead", "Data analyst", "Founder", "Designer", "Backend engineer"]),
                 "bio": text if text is not None else rng.choice(CHAT_FILLER), "joined": t[:10]}
        elif res == "events":
            d = {"id": i, "name": rng.choice(EVENT_TITLES), "starts_at": t, "venue": rng.choice(["Room 4B", "Online", "Main hall", "Cafe"]),
                 "description": text if text is not None else rng.choice([x for x in EVENT_DESCS if x])}
        elif res == "assistants":
            d = {"id": "asst_" + rstr(rng, ALNUM, 24), "object": "assistant", "name": rng.choice(["Support helper", "Wiki Q&A", "Report writer", "Onboarding buddy", "Meeting summarizer"]),
                 "model": rng.choice(MODELS), "instructions": text if text is not None else rng.choice(_BENIGN_INSTR),
                 "tools": [{"type": rng.choice(["file_search", "code_interpreter"])}], "created_at": int(base.timestamp()) + rng.randint(0, 10 ** 6)}
        else:
            fn = rng.choice(["prompt.py", "client.ts", "util.go", "README.md"])
            d = {"id": i, "filename": fn, "language": fn.split(".")[-1], "content": text if text is not None else "\n".join(rng.sample(CODE_LINES, 3)), "updated_at": t}
        if meta_note is not None:
            d["metadata"] = {"source": "partner_feed", "x_note": meta_note}
        elif rng.random() < 0.3:
            d["metadata"] = {"source": rng.choice(["web", "import", "api"])}
        return d
    pool = [item() for _ in range(10)]
    if k == "meta":
        sunits = [item(meta_note=s) for s in ss]
    else:
        sunits = [item(text=s) for s in ss]
    total = rng.randint(30, 900)

    def render(units):
        if res == "assistants":
            root = {"object": "list", "data": units, "first_id": units[0]["id"], "has_more": False}
        else:
            root = {"data": units, "meta": {"page": 1, "per_page": len(units), "total": total},
                    "links": {"next": "/api/v2/%s?page=2" % res}}
        return json.dumps(root, indent=2, ensure_ascii=False)
    return render, pool, sunits


_BENIGN_INSTR = ["Answer questions about the employee handbook. Cite the section you used.",
                 "Summarise documents in five bullet points for busy managers.",
                 "Help new hires find onboarding resources and the right Slack channels.",
                 "Draft weekly status reports from the linked project tracker."]


# ---------------------------------------------------------------- calendar
def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def c_calendar(rng, slot, pos, theme, lang):
    comp, dom = rng.choice(COMPANIES)
    k = slot["kind"]
    style = "ics" if k == "meta" or rng.random() < 0.6 else "agenda"
    base = rand_dt(rng).replace(minute=0, second=0)
    ss = sstr(slot)

    def ev(desc=None, meta=None):
        f, l = person(rng)
        st = base + datetime.timedelta(days=rng.randint(0, 6), hours=rng.randint(0, 8))
        return {"uid": rstr(rng, HEXL, 16) + "@" + dom, "start": st, "end": st + datetime.timedelta(minutes=rng.choice([30, 45, 60])),
                "summary": rng.choice(EVENT_TITLES), "location": rng.choice(["Room 4B", "Zoom", "Teams", "Cafe on 2", "HQ Main hall"]),
                "org": (f, l), "desc": desc if desc is not None else rng.choice(EVENT_DESCS), "meta": meta}
    pool = [ev() for _ in range(8)]
    if k == "meta":
        sunits = [ev(meta=s) for s in ss]
    else:
        sunits = [ev(desc=s) for s in ss]
    owner = person(rng)

    def render(units):
        if style == "ics":
            out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//%s//Calendar 1.0//EN" % comp, "CALSCALE:GREGORIAN"]
            for e in units:
                out += ["BEGIN:VEVENT", "UID:" + e["uid"], "DTSTAMP:" + base.strftime("%Y%m%dT%H%M%SZ"),
                        "DTSTART:" + e["start"].strftime("%Y%m%dT%H%M%SZ"), "DTEND:" + e["end"].strftime("%Y%m%dT%H%M%SZ"),
                        "SUMMARY:" + ics_esc(e["summary"]), "LOCATION:" + ics_esc(e["location"]),
                        "ORGANIZER;CN=%s %s:mailto:%s" % (e["org"][0], e["org"][1], addr(e["org"][0], e["org"][1], dom))]
                if e["desc"]:
                    out.append("DESCRIPTION:" + ics_esc(e["desc"]))
                if e["meta"]:
                    if rng.random() < 0.5:
                        out.append("X-ALT-DESC;FMTTYPE=text/html:<html><body><p style=\"display:none\">%s</p></body></html>" % ics_esc(e["meta"]))
                    else:
                        out.append("COMMENT:" + ics_esc(e["meta"]))
                out.append("END:VEVENT")
            out.append("END:VCALENDAR")
            return "\n".join(out)
        out = ["Calendar: %s %s (week of %s)" % (owner[0], owner[1], base.strftime("%b %d, %Y")), ""]
        for e in units:
            out.append("%s  %s-%s  %s  [%s]" % (e["start"].strftime("%a %d %b"), e["start"].strftime("%H:%M"), e["end"].strftime("%H:%M"), e["summary"], e["location"]))
            out.append("    Organizer: %s %s" % e["org"])
            if e["desc"]:
                out.append(indent("Notes: " + e["desc"], "    "))
        return "\n".join(out)
    return render, pool, sunits


# ---------------------------------------------------------------- git log
def c_gitlog(rng, slot, pos, theme, lang):
    comp, dom = rng.choice(COMPANIES)
    base = rand_dt(rng)

    def commit(body=None):
        f, l = person(rng)
        return {"sha": rstr(rng, HEXL, 40), "author": "%s %s <%s>" % (f, l, addr(f, l, dom)),
                "subject": rng.choice(COMMIT_MSGS), "body": body if body is not None else (rng.choice(COMMIT_BODIES) if rng.random() < 0.4 else "")}
    pool = [commit() for _ in range(14)]
    sunits = [commit(body=s) for s in sstr(slot)]

    def render(units):
        out, t = [], base
        for c in units:
            t = t - datetime.timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
            out += ["commit " + c["sha"], "Author: " + c["author"], "Date:   " + t.strftime("%a %b %d %H:%M:%S %Y +0000"), "", "    " + c["subject"]]
            if c["body"]:
                out += ["", indent(c["body"], "    ")]
            out.append("")
        return "\n".join(out).rstrip()
    return render, pool, sunits


# ---------------------------------------------------------------- PR review
def c_pr(rng, slot, pos, theme, lang):
    n = rng.randint(300, 4000)
    af, al = person(rng)
    branch = "feature/" + slugify(rng.choice(COMMIT_MSGS))[:30]
    title = rng.choice(COMMIT_MSGS)
    desc = rng.choice(["%s. Tested locally and on staging." % title,
                       "Small follow-up to the previous release. See the linked issue for context.",
                       "Implements the change discussed in the design review."])
    files = ["src/api/orders.py", "src/utils/dates.py", "web/components/Sidebar.tsx", "internal/queue/worker.go", "migrations/0042_add_index.sql"]

    def comment(text=None):
        f, l = person(rng)
        return (handle(f, l), rng.choice(files), rng.randint(10, 400), rng.choice(CODE_LINES), text if text is not None else rng.choice(PR_COMMENTS))
    pool = [comment() for _ in range(12)]
    k = slot["kind"]
    sunits = [comment(code_block(s) if k == "code" else s) for s in sstr(slot)]

    def render(units):
        out = ["Pull request #%d: %s" % (n, title), "Author: @%s  |  %s -> main  |  Status: open" % (handle(af, al), branch),
               "", "Description:", desc, "", "Review comments (%d):" % len(units), ""]
        for h, f, ln, code, text in units:
            out += ["@%s commented on %s line %d:" % (h, f, ln), "  > " + code, indent(text, "  "), ""]
        return "\n".join(out).rstrip()
    return render, pool, sunits


# ---------------------------------------------------------------- markdown doc
def c_markdown(rng, slot, pos, theme, lang):
    title = title_for(rng, theme, lang)
    f, l = person(rng)
    d = rand_dt(rng)
    paras = prose_pool(rng, theme, lang)
    pool = []
    for i, p in enumerate(paras):
        if i and i % 3 == 0:
            pool.append("## " + rng.choice(["Background", "Details", "Next steps", "FAQ", "Notes", "Timeline"]) + "\n\n" + p)
        elif rng.random() < 0.15:
            pool.append("- " + p.split(". ")[0].rstrip(".") + "\n- " + rng.choice(TASK_SNIPPETS))
        else:
            pool.append(p)
    k = slot["kind"]
    sunits = [code_block(s) if k == "code" else s for s in sstr(slot)]

    def render(units):
        return "# %s\n\n_Last edited by %s %s on %s_\n\n" % (title, f, l, d.strftime("%Y-%m-%d")) + "\n\n".join(units)
    return render, pool, sunits


# ---------------------------------------------------------------- search results
def c_search(rng, slot, pos, theme, lang):
    q = rng.choice(THEMES[theme]["titles"]).lower()
    res = []
    for t, dd in THEMES.items():
        for i, ti in enumerate(dd["titles"]):
            res.append((ti, dd["paras"][i % len(dd["paras"])]))
    rng.shuffle(res)

    def url(ti):
        name, host = rng.choice(SITES)
        return "https://%s/%s" % (host, slugify(ti))
    own = [(ti, p) for ti, p in res if ti in THEMES[theme]["titles"]]
    others = [(ti, p) for ti, p in res if ti not in THEMES[theme]["titles"]]
    pool = [(ti, url(ti), p) for ti, p in (own + others)[:12]]
    sunits = []
    for s in sstr(slot):
        ti = rng.choice(THEMES[theme]["titles"])
        sunits.append((ti, url(ti), one_line(s)))
    approx = "{:,}".format(rng.randint(10000, 9000000))

    def render(units):
        out = ['Search results for "%s" (about %s results)' % (q, approx), ""]
        for i, (ti, u, sn) in enumerate(units):
            out += ["%d. %s" % (i + 1, ti), "   " + u, "   " + sn, ""]
        return "\n".join(out).rstrip()
    return render, pool, sunits


# ---------------------------------------------------------------- file listing
def c_files(rng, slot, pos, theme, lang):
    comp, dom = rng.choice(COMPANIES)
    folder = rng.choice(["Shared drives/Marketing/2024 Campaigns", "Shared drives/Ops/Runbooks", "My Drive/Projects/Atlas",
                         "Shared drives/Finance/Close", "Shared drives/People/Onboarding"])
    base = rand_dt(rng)

    def entry(desc=None, preview=None, exif=None):
        name, kind, size = rng.choice(FILE_NAMES)
        f, l = person(rng)
        if exif is not None:
            name, kind, size = rng.choice([("team-photo.jpg", "image", "2.8 MB"), ("booth-banner.png", "image", "1.1 MB"), ("site-visit-03.jpg", "image", "3.4 MB")])
        return {"name": name, "kind": kind, "size": size, "owner": "%s %s" % (f, l),
                "mod": (base - datetime.timedelta(days=rng.randint(0, 90))).strftime("%Y-%m-%d %H:%M"),
                "desc": desc if desc is not None else rng.choice(FILE_DESCS), "preview": preview, "exif": exif}
    pool = [entry() for _ in range(12)]
    k = slot["kind"]
    ss = sstr(slot)
    if k == "meta":
        sunits = [entry(desc="", exif=s) for s in ss]
    elif k == "code":
        sunits = [entry(desc="", preview=s) for s in ss]
    else:
        sunits = [entry(desc=s) for s in ss]

    def render(units):
        out = ['Files in "%s" (%d items)' % (folder, len(units)), ""]
        for i, e in enumerate(units):
            out.append("[%d] %s" % (i + 1, e["name"]))
            out.append("    Type: %s | Owner: %s | Modified: %s | Size: %s" % (e["kind"], e["owner"], e["mod"], e["size"]))
            if e["desc"]:
                out.append(indent("Description: " + e["desc"], "    "))
            if e["preview"]:
                out.append("    Preview:")
                out.append(indent(e["preview"], "      "))
            if e["exif"]:
                out += ["    EXIF:", "      Make: Canon", "      Model: EOS R6", "      DateTimeOriginal: " + e["mod"].replace("-", ":"),
                        indent("ImageDescription: " + e["exif"], "      ")]
        return "\n".join(out)
    return render, pool, sunits


# ---------------------------------------------------------------- PDF text
def c_pdf(rng, slot, pos, theme, lang):
    comp, dom = rng.choice(COMPANIES)
    title = title_for(rng, theme, lang)
    pool = prose_pool(rng, theme, lang)
    k = slot["kind"]
    ss = sstr(slot)
    meta = None
    if k == "meta":
        meta = ss[0]
        sunits = []
    else:
        sunits = list(ss)
    show_meta = meta is not None or rng.random() < 0.35
    f, l = person(rng)
    kw = meta if meta is not None else ", ".join(rng.sample(["report", "quarterly", "internal", "policy", "draft", "summary", "2024"], 3))
    per_page = rng.choice([2, 3])
    d = rand_dt(rng)

    def render(units):
        out = []
        if show_meta:
            out += ["[Document properties]", "Title: " + title, "Author: %s %s" % (f, l), "Subject: " + rng.choice(["Internal", "Summary", title]),
                    "Keywords: " + kw, "Producer: Microsoft Word for Microsoft 365", "CreationDate: " + d.strftime("%Y-%m-%d"), ""]
        pages = [units[i:i + per_page] for i in range(0, max(1, len(units)), per_page)] or [[]]
        for pi, pg in enumerate(pages):
            out.append("--- Page %d of %d ---" % (pi + 1, len(pages)))
            if pi == 0:
                out += ["%s" % comp.upper(), title, ""]
            out += [x + "\n" for x in pg]
            out.append("%s | Confidential | Page %d" % (comp, pi + 1))
            out.append("")
        return "\n".join(out).rstrip()
    if k == "meta":
        return render, pool, []
    return render, pool, sunits


# ---------------------------------------------------------------- CRM record
def c_crm(rng, slot, pos, theme, lang):
    comp, dom = rng.choice(COMPANIES)
    of, ol = person(rng)
    base = rand_dt(rng)
    k = slot["kind"]
    ss = sstr(slot)
    custom = None
    if k == "meta":
        custom = ss[0]
    elif rng.random() < 0.4:
        custom = rng.choice(["Prefers quarterly invoicing.", "Reference customer since 2022.", "Renewal handled by procurement."])
    cf_name = rng.choice(["Internal_Notes__c", "Description__c", "Lead_Source_Detail__c"])
    notes = list(CRM_NOTES)
    rng.shuffle(notes)

    def act(text):
        f, l = person(rng)
        return (rng.choice(["Call", "Email", "Meeting", "Note", "Web form"]), "%s %s" % (f, l), text)
    pool = [act(t) for t in notes]
    sunits = [] if k == "meta" else [act(s) for s in ss]
    fields = [("Account Name", comp), ("Account Owner", "%s %s" % (of, ol)), ("Industry", rng.choice(["Logistics", "Healthcare", "Retail", "Manufacturing", "Insurance"])),
              ("Employees", str(rng.choice([45, 120, 380, 1200, 5400]))), ("Annual Revenue", "$%dM" % rng.randint(5, 900)),
              ("Stage", rng.choice(["Discovery", "Proposal", "Negotiation", "Closed Won"])), ("Next Step", rng.choice(["Send proposal", "Security review", "Schedule demo", "Legal review"]))]

    def render(units):
        out = ["Account record %s" % ("001" + rstr(rng, ALNUM, 15))] + ["%s: %s" % kv for kv in fields]
        if custom:
            out.append("%s: %s" % (cf_name, custom))
        out += ["", "Activity history:"]
        t = base
        for typ, who, text in units:
            t = t - datetime.timedelta(days=rng.randint(1, 12))
            out.append("- %s  %s by %s: %s" % (t.strftime("%Y-%m-%d"), typ, who, text.replace("\n", "\n    ")))
        return "\n".join(out)
    return render, pool, sunits


# ---------------------------------------------------------------- spreadsheet
def c_sheet(rng, slot, pos, theme, lang):
    book, sheet, cols = rng.choice(SPREADSHEET_SETS)
    k = slot["kind"]
    ss = sstr(slot)

    def row(note=""):
        r = []
        for c in cols[:-1]:
            if c in ("Vendor", "Supplier"):
                r.append(rng.choice(COMPANIES)[0])
            elif c in ("Owner", "Recruiter"):
                r.append(" ".join(person(rng)))
            elif c in ("Status", "Approved", "Stage"):
                r.append(rng.choice(["Active", "Pending", "Yes", "No", "Onsite", "Offer", "Draft", "Done"]))
            elif c in ("Annual spend", "Quote"):
                r.append("$%s" % "{:,}".format(rng.randint(500, 250000)))
            elif c in ("Due", "Target date"):
                r.append(rand_dt(rng).strftime("%Y-%m-%d"))
            elif c == "Week":
                r.append("W%d" % rng.randint(27, 39))
            elif c == "Openings":
                r.append(str(rng.randint(1, 4)))
            else:
                r.append(rng.choice(["Catering", "AV rental", "Cloud hosting", "Blog", "Newsletter", "LinkedIn", "Backend engineer",
                                     "Data analyst", "Office supplies", "Security audit", "Webinar"]))
        r.append(note)
        return r
    notes = list(NOTE_SNIPPETS) + [""] * 4
    rng.shuffle(notes)
    pool = [row(n) for n in notes]
    comments = []
    if k == "meta":
        sunits = [row("")]
        comments.append(ss[0])
    else:
        sunits = [row(one_line(s)) for s in ss]
        if rng.random() < 0.3:
            comments.append(rng.choice(["Check with finance before approving.", "Updated numbers from the May quote.", "Ask Dana about the renewal date."]))
    cf, cl = person(rng)

    def render(units):
        out = ["Workbook: %s | Sheet: %s | %d rows" % (book, sheet, len(units)), "", "    | " + " | ".join("%s: %s" % (chr(65 + i), c) for i, c in enumerate(cols))]
        for i, r in enumerate(units):
            out.append("%3d | %s" % (i + 2, " | ".join(r)))
        if comments:
            out += ["", "Cell comments:"]
            for c in comments:
                out.append("  %s%d (%s %s): %s" % (chr(64 + len(cols)), rng.randint(2, len(units) + 1), cf, cl, c))
        return "\n".join(out)
    return render, pool, sunits


CARRIERS = {
    "html": c_html, "email": c_email, "support_ticket": c_ticket, "chat_log": c_chat, "sql_result": c_sql,
    "csv_export": c_csv, "yaml_config": c_yaml, "ini_toml_config": c_initoml, "env_file": c_env,
    "k8s_manifest": c_k8s, "app_log": c_applog, "ci_log": c_cilog, "api_json": c_api, "calendar_ics": c_calendar,
    "git_log": c_gitlog, "pr_review": c_pr, "markdown_doc": c_markdown, "search_results": c_search,
    "file_listing": c_files, "pdf_text": c_pdf, "crm_record": c_crm, "spreadsheet": c_sheet,
}
assert set(CARRIERS) == set(ALL_FORMATS)
