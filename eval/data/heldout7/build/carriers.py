"""Tool-output carriers. Every carrier wraps one snippet (a string, or a list of
fragments for split payloads) in filler drawn from the shared banks in
common.py. The same filler is used for every label of every data set."""
import csv
import html
import io
import json

from common import (NAMES, COMPANIES, SERVICES, TEAMS, CITIES, FILES, TITLES, SUBJECTS, TAGS,
                    STATUSES, PRODUCTS, HEX, ALNUM, rs, ts, sha1, uuid4, log_msg, sentence)

FORMATS = ["html", "email", "ticket", "chat", "sql", "csv", "yaml", "toml", "ini", "env", "k8s",
           "log", "jsonlog", "ci_log", "api_json", "calendar", "git_log", "pr_review", "markdown",
           "search_results", "file_listing", "pdf_text", "crm", "spreadsheet"]
# carriers that accept a list of fragments natively (one fragment per row/line)
LIST_FORMATS = ["csv", "sql", "spreadsheet", "jsonlog", "chat", "log"]
MAX_LEN = 3000
MIN_LEN = 150


def _as_text(snip):
    return "\n".join(snip) if isinstance(snip, list) else snip


def _frags(snip):
    return snip if isinstance(snip, list) else [snip]


def _assemble(render, gen, snip_items, pos, target):
    """Insert the snippet item(s) into filler items at start/middle/end and
    grow filler until the target length is reached (capped at MAX_LEN)."""
    fillers = []

    def build():
        items = list(fillers)
        idx = {"start": 0, "middle": len(items) // 2, "end": len(items)}[pos]
        for k, it in enumerate(snip_items):
            items.insert(idx + k, it)
        return render(items)

    while len(build()) < target and len(fillers) < 60:
        fillers.append(gen())
    while len(build()) > MAX_LEN and fillers:
        fillers.pop()
    out = build()
    while len(out) < MIN_LEN and len(fillers) < 60:
        fillers.append(gen())
        out = build()
    return out


# ---------------------------------------------------------------- html
def c_html(snip, rng, pos, target, mode):
    title = rng.choice(TITLES)
    s = _as_text(snip)
    if s.lstrip().startswith("<"):
        item = s
    elif "\n" in s and mode == "raw":
        item = "<pre>" + html.escape(s, quote=False) + "</pre>"
    else:
        item = "<p>" + html.escape(s, quote=False).replace("\n", "<br>\n") + "</p>"
    company = rng.choice(COMPANIES)

    def gen():
        k = rng.random()
        if k < 0.5:
            return "<p>%s</p>" % sentence(rng)
        if k < 0.75:
            return "<h2>%s</h2>" % rng.choice(TITLES)
        return "<ul>\n" + "\n".join("  <li>%s</li>" % sentence(rng, 1) for _ in range(rng.randint(2, 4))) + "\n</ul>"

    def render(items):
        return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s | %s</title>\n</head>\n"
                "<body>\n<nav><a href=\"/\">Home</a> · <a href=\"/blog\">Blog</a> · <a href=\"/help\">Help</a></nav>\n<main>\n<h1>%s</h1>\n"
                % (title, company, title) + "\n".join(items) +
                "\n</main>\n<footer>&copy; %s · <a href=\"/privacy\">Privacy</a></footer>\n</body>\n</html>" % company)
    return _assemble(render, gen, [item], pos, target)


# ---------------------------------------------------------------- email
def c_email(snip, rng, pos, target, mode):
    sender, rcpt = rng.sample(NAMES, 2)
    head = "From: %s (%s)\nTo: %s\nDate: %s\nSubject: %s\n\nHi %s,\n\n" % (
        sender, rng.choice(COMPANIES), rcpt, ts(rng, "rfc"), rng.choice(SUBJECTS), rcpt.split()[0])
    tail = "\n\n%s\n%s" % (rng.choice(["Thanks,", "Best regards,", "Cheers,", "Kind regards,"]), sender.split()[0])

    def gen():
        return sentence(rng)

    return _assemble(lambda items: head + "\n\n".join(items) + tail, gen, [_as_text(snip)], pos, target)


# ---------------------------------------------------------------- ticket
def c_ticket(snip, rng, pos, target, mode):
    head = "Ticket %s-%d · %s\nStatus: %s | Priority: P%d | Requester: %s | Assignee: %s\nCreated: %s\n\n" % (
        rng.choice(["SUP", "HD", "OPS", "CS"]), rng.randint(1000, 99999), rng.choice(SUBJECTS),
        rng.choice(STATUSES), rng.randint(1, 4), rng.choice(NAMES), rng.choice(NAMES), ts(rng, "dt"))

    def comment(text):
        return "--- Comment by %s (%s) ---\n%s" % (rng.choice(NAMES), ts(rng, "dt"), text)

    def gen():
        return comment(sentence(rng))

    return _assemble(lambda items: head + "\n\n".join(items), gen, [comment(_as_text(snip))], pos, target)


# ---------------------------------------------------------------- chat
def c_chat(snip, rng, pos, target, mode):
    people = [n.split()[0].lower() + "." + n.split()[1].lower() for n in rng.sample(NAMES, 4)]
    head = "#%s — exported %s\n" % (rng.choice(["general", "ops-alerts", "project-" + rng.choice(TAGS), "support"]), ts(rng, "date"))
    speaker = rng.choice(people)

    def gen():
        return (rng.choice(people), sentence(rng, 1))

    h0 = rng.randint(8, 12)

    def render(items):
        h, m = h0, 0
        lines = []
        for who, text in items:
            lines.append("[%02d:%02d] %s: %s" % (h, m, who, text))
            m += 3
            if m >= 60:
                h, m = h + 1, m - 60
        return head + "\n".join(lines)

    out = _assemble(render, gen, [(speaker, f) for f in _frags(snip)], pos, target)
    return out


# ---------------------------------------------------------------- sql
def _ascii_table(cols, rows):
    w = [max(len(str(c)), *(len(str(r[i])) for r in rows)) if rows else len(c) for i, c in enumerate(cols)]
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = [sep, "| " + " | ".join(str(c).ljust(w[i]) for i, c in enumerate(cols)) + " |", sep]
    for r in rows:
        out.append("| " + " | ".join(str(v).ljust(w[i]) for i, v in enumerate(r)) + " |")
    out.append(sep)
    return "\n".join(out)


def c_sql(snip, rng, pos, target, mode):
    table = rng.choice(["support_notes", "crm_activity", "order_comments", "kb_articles", "audit_notes"])
    cols = ["id", "author", "note", "updated_at"]
    base = rng.randint(100, 9000)

    def gen():
        return [rng.choice(NAMES), sentence(rng, 1), ts(rng, "dt")]

    def render(items):
        rows = [[base + i] + list(r) for i, r in enumerate(items)]
        return ("sql> SELECT id, author, note, updated_at FROM %s ORDER BY id LIMIT %d;\n" % (table, len(rows))
                + _ascii_table(cols, rows) + "\n(%d rows)" % len(rows))
    snip_rows = [[rng.choice(NAMES), f.replace("\n", " "), ts(rng, "dt")] for f in _frags(snip)]
    return _assemble(render, gen, snip_rows, pos, target)


# ---------------------------------------------------------------- csv
def c_csv(snip, rng, pos, target, mode):
    base = rng.randint(100, 9000)

    def gen():
        return [ts(rng, "date"), rng.choice(NAMES), rng.choice(STATUSES), sentence(rng, 1)]

    def render(items):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["id", "created", "owner", "status", "comment"])
        for i, r in enumerate(items):
            w.writerow([base + i] + r)
        return buf.getvalue().rstrip("\n")
    rows = [[ts(rng, "date"), rng.choice(NAMES), rng.choice(STATUSES), f] for f in _frags(snip)]
    return _assemble(render, gen, rows, pos, target)


# ---------------------------------------------------------------- config files
_CFG_KEYS = [
    ("timeout_seconds", ["5", "10", "30", "60", "120"]), ("log_level", ["info", "debug", "warn"]),
    ("max_connections", ["16", "32", "64", "128"]), ("region", ["eu-west-1", "us-east-2", "ap-northeast-1"]),
    ("retries", ["1", "2", "3", "5"]), ("cache_ttl", ["5m", "15m", "60m"]), ("enable_metrics", ["true", "false"]),
    ("upstream_host", [s + ".internal" for s in SERVICES]), ("batch_size", ["100", "250", "500"]),
    ("locale", ["en-GB", "de-DE", "ja-JP", "pt-BR"]), ("owner_team", [t.lower().replace(" ", "-") for t in TEAMS]),
    ("listen_port", ["8080", "8443", "9000"]), ("worker_count", ["2", "4", "8"]), ("read_only", ["true", "false"]),
    ("queue_name", ["jobs-default", "jobs-priority", "email-out"]), ("tracing_sample_rate", ["0.05", "0.1", "1.0"]),
    ("max_body_kb", ["256", "1024", "4096"]), ("tz", ["UTC", "Europe/Lisbon", "Asia/Tokyo"]),
    ("pool_idle_seconds", ["30", "300"]), ("compression", ["gzip", "zstd", "none"]), ("page_size", ["20", "50", "100"]),
    ("health_path", ["/healthz", "/status"]), ("metrics_port", ["9090", "9464"]), ("rate_limit_rps", ["50", "200", "1000"]),
    ("storage_bucket", ["exports-archive", "media-originals", "reports-daily"]), ("smtp_port", ["587", "2525"]),
    ("default_currency", ["EUR", "USD", "JPY"]), ("session_ttl_hours", ["8", "24", "72"]),
]


class _KeyPool:
    def __init__(self, rng):
        self.rng = rng
        self.keys = list(_CFG_KEYS)
        rng.shuffle(self.keys)
        self.round = 0

    def next(self):
        if not self.keys:
            self.keys = list(_CFG_KEYS)
            self.rng.shuffle(self.keys)
            self.round += 1
        k, vals = self.keys.pop()
        if self.round:
            k = "%s_%d" % (k, self.round + 1)
        return k, self.rng.choice(vals)


def c_yaml(snip, rng, pos, target, mode):
    s = _as_text(snip)
    svc = rng.choice(SERVICES)
    if mode == "raw":
        item = s
    else:
        item = "notes: |\n" + "\n".join("  " + ln for ln in s.split("\n"))

    pool = _KeyPool(rng)

    def gen():
        k, v = pool.next()
        return "%s: %s" % (k, v)
    hd = "# %s configuration\nservice: %s\nversion: %d\n" % (svc, svc, rng.randint(2, 9))
    return _assemble(lambda it: hd + "\n".join(it),
                     gen, [item], pos, target)


def c_toml(snip, rng, pos, target, mode):
    s = _as_text(snip)
    item = s if mode == "raw" else 'description = """\n%s\n"""' % s
    sections = ["[server]", "[database]", "[cache]", "[features]", "[logging]"]

    pool = _KeyPool(rng)

    def gen():
        k, v = pool.next()
        if rng.random() < 0.2 and sections:
            return "\n" + sections.pop(rng.randrange(len(sections)))
        return '%s = %s' % (k, v if v.isdigit() or v in ("true", "false") else '"%s"' % v)
    nm = rng.choice(SERVICES)
    hd = "# %s.toml\n[app]\nname = \"%s\"\n" % (nm, nm)
    return _assemble(lambda it: hd + "\n".join(it),
                     gen, [item], pos, target)


def c_ini(snip, rng, pos, target, mode):
    s = _as_text(snip)
    item = s if mode == "raw" else "\n".join("; " + ln for ln in s.split("\n"))

    pool = _KeyPool(rng)
    secs = ["paths", "network", "reporting", "limits", "mail"]

    def gen():
        k, v = pool.next()
        if rng.random() < 0.2 and secs:
            return "\n[%s]" % secs.pop(rng.randrange(len(secs)))
        return "%s = %s" % (k, v)
    hd = "; settings for %s\n[general]\n" % rng.choice(SERVICES)
    return _assemble(lambda it: hd + "\n".join(it), gen, [item], pos, target)


def c_env(snip, rng, pos, target, mode):
    s = _as_text(snip)
    item = s if mode == "raw" else "\n".join("# " + ln for ln in s.split("\n"))

    pool = _KeyPool(rng)

    def gen():
        k, v = pool.next()
        return "%s=%s" % (k.upper(), v)
    hd = "# .env for %s (%s)\nNODE_ENV=production\n" % (rng.choice(SERVICES), rng.choice(["staging", "prod", "dev"]))
    return _assemble(lambda it: hd + "\n".join(it),
                     gen, [item], pos, target)


def c_k8s(snip, rng, pos, target, mode):
    s = _as_text(snip)
    svc = rng.choice(SERVICES)
    if mode == "raw":
        item = "\n".join("  " + ln for ln in s.split("\n"))
    else:
        item = "  NOTES: |\n" + "\n".join("    " + ln for ln in s.split("\n"))

    pool = _KeyPool(rng)

    def gen():
        k, v = pool.next()
        return '  %s: "%s"' % (k.upper(), v)
    head = ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s-config\n  namespace: %s\n  labels:\n    app: %s\n    team: %s\ndata:\n"
            % (svc, rng.choice(["prod", "staging", "default"]), svc, rng.choice(TEAMS).lower().replace(" ", "-")))
    return _assemble(lambda it: head + "\n".join(it), gen, [item], pos, target)


# ---------------------------------------------------------------- logs
def c_log(snip, rng, pos, target, mode):
    svc = rng.choice(SERVICES)

    def gen():
        return "%s %-5s [%s] %s" % (ts(rng), rng.choice(["INFO", "INFO", "DEBUG", "WARN"]), svc, log_msg(rng))
    items = ["%s %-5s [%s] %s" % (ts(rng), rng.choice(["INFO", "WARN"]), svc, f) for f in _frags(snip)]
    return _assemble(lambda it: "\n".join(it), gen, items, pos, target)


def c_jsonlog(snip, rng, pos, target, mode):
    svc = rng.choice(SERVICES)

    def line(msg, lvl):
        return json.dumps({"ts": ts(rng), "level": lvl, "service": svc, "trace_id": rs(rng, HEX, 16), "msg": msg}, ensure_ascii=False)

    def gen():
        return line(log_msg(rng), rng.choice(["info", "debug", "warn"]))
    return _assemble(lambda it: "\n".join(it), gen, [line(f, "info") for f in _frags(snip)], pos, target)


def c_ci_log(snip, rng, pos, target, mode):
    steps = ["Run actions/checkout@v4", "Run npm ci", "Run pytest -q", "Run make build", "Post job cleanup.",
             "Run docker build -t app:ci .", "Set up job"]
    base = ts(rng)[:17]
    clock = [rng.randint(0, 20) * 1000000]

    def stamp():
        clock[0] += rng.randint(10000, 900000)
        sec, frac = divmod(clock[0], 10000000)
        return "%s%02d.%07dZ" % (base, min(sec, 59), frac)

    def gen():
        k = rng.random()
        if k < 0.3:
            return "%s ##[group]%s\n%s ##[endgroup]" % (stamp(), rng.choice(steps), stamp())
        if k < 0.6:
            return "%s %s" % (stamp(), rng.choice(["added 812 packages in 14s", "collected 214 items", "214 passed in 38.2s",
                                                 "Cache restored from key: node-cache-linux", "Successfully built image",
                                                 "Waiting for a runner to pick up this job..."]))
        return "%s %s" % (stamp(), log_msg(rng))
    s = _as_text(snip)
    item = "\n".join("%s %s" % (stamp(), ln) for ln in s.split("\n"))
    return _assemble(lambda it: "\n".join(it) + "\n%s Job completed" % stamp(), gen, [item], pos, target)


# ---------------------------------------------------------------- api json
def c_api_json(snip, rng, pos, target, mode):
    field = rng.choice(["body", "description", "content", "comment", "text"])
    req = uuid4(rng)
    base = rng.randint(1000, 90000)

    def gen():
        return {"id": base + rng.randint(0, 999), "title": rng.choice(TITLES), field: sentence(rng),
                "updated_at": ts(rng), "tags": rng.sample(TAGS, 2)}
    item = {"id": base + 1000, "title": rng.choice(TITLES), field: _as_text(snip), "updated_at": ts(rng), "tags": rng.sample(TAGS, 2)}

    def render(items):
        return json.dumps({"status": "ok", "request_id": req, "data": {"items": items, "count": len(items)},
                           "next_cursor": None}, indent=2, ensure_ascii=False)
    return _assemble(render, gen, [item], pos, target)


# ---------------------------------------------------------------- calendar
def c_calendar(snip, rng, pos, target, mode):
    head = "Calendar: %s team — week of %s\n\n" % (rng.choice(TEAMS), ts(rng, "date"))
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]

    def event(desc):
        h = rng.randint(8, 16)
        return "• %s %02d:00–%02d:30  %s\n  Location: %s\n  Organizer: %s\n  Description: %s" % (
            rng.choice(days), h, h, rng.choice(TITLES), rng.choice(["Room 4B", "Video call", "Cafeteria", CITIES[0] + " office"]),
            rng.choice(NAMES), desc)

    def gen():
        return event(sentence(rng, 1))
    return _assemble(lambda it: head + "\n\n".join(it), gen, [event(_as_text(snip))], pos, target)


# ---------------------------------------------------------------- git log
def c_git_log(snip, rng, pos, target, mode):
    def entry(subject, body):
        b = "\n".join("    " + ln for ln in body.split("\n")) if body else ""
        return "commit %s\nAuthor: %s\nDate:   %s\n\n    %s%s" % (sha1(rng), rng.choice(NAMES), ts(rng, "rfc"), subject,
                                                                   ("\n\n" + b) if b else "")

    def gen():
        return entry(rng.choice(["Fix flaky test in %s", "Bump deps for %s", "Add metrics to %s", "Refactor config loading in %s",
                                 "Update docs for %s"]) % rng.choice(SERVICES), rng.choice(["", sentence(rng, 1)]))
    return _assemble(lambda it: "\n\n".join(it), gen, [entry("Update notes for %s" % rng.choice(SERVICES), _as_text(snip))], pos, target)


# ---------------------------------------------------------------- PR review
def c_pr_review(snip, rng, pos, target, mode):
    head = "Pull request #%d · %s\n%s wants to merge %d commits into main from feature/%s\n\nReview by %s — %s\n\n" % (
        rng.randint(100, 4000), rng.choice(["Add retry budget", "Tidy config loader", "Migrate to new SDK", "Fix pagination"]),
        rng.choice(NAMES), rng.randint(1, 9), rng.choice(TAGS), rng.choice(NAMES), rng.choice(["Commented", "Changes requested", "Approved"]))
    s = _as_text(snip)

    def cm(text):
        return "%s line %d\n> %s" % (rng.choice(["src/app.py", "lib/client.ts", "config/settings.py", "README.md", "cmd/main.go"]),
                                      rng.randint(3, 400), text)
    item = cm("see below") + "\n```\n" + s + "\n```" if mode == "raw" else cm(s)

    def gen():
        return cm(sentence(rng, 1))
    return _assemble(lambda it: head + "\n\n".join(it), gen, [item], pos, target)


# ---------------------------------------------------------------- markdown
def c_markdown(snip, rng, pos, target, mode):
    s = _as_text(snip)
    item = "```\n" + s + "\n```" if mode == "raw" else s

    def gen():
        if rng.random() < 0.35:
            return "## " + rng.choice(TITLES)
        if rng.random() < 0.3:
            return "\n".join("- " + sentence(rng, 1) for _ in range(rng.randint(2, 4)))
        return sentence(rng)
    return _assemble(lambda it: "# %s\n\n" % rng.choice(TITLES) + "\n\n".join(it), gen, [item], pos, target)


# ---------------------------------------------------------------- search results
def c_search_results(snip, rng, pos, target, mode):
    q = rng.choice(["%s pricing", "%s setup guide", "%s review", "%s troubleshooting"]) % rng.choice(PRODUCTS).split()[0]
    head = 'Search results for "%s" (about %d results)\n\n' % (q, rng.randint(1000, 900000))

    def res(desc):
        return "%s\n   https://%s/%s\n   %s" % (rng.choice(TITLES), rng.choice(["blog.", "www.", "support.", "news."]) +
                                              rng.choice(COMPANIES).lower().split()[0].replace("&", "") + ".example",
                                              rng.choice(["articles/%d" % rng.randint(10, 999), "guide", "faq", "post/%d" % rng.randint(10, 999)]), desc)

    def gen():
        return res(sentence(rng, 1))

    def render(items):
        return head + "\n\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(items))
    return _assemble(render, gen, [res(_as_text(snip))], pos, target)


# ---------------------------------------------------------------- file listing
def c_file_listing(snip, rng, pos, target, mode):
    d = rng.choice(["/srv/app", "/home/deploy/project", "/data/exports", "~/work/notes"])

    def lsline():
        return "%s  1 deploy staff %6d %s %s" % (rng.choice(["-rw-r--r--", "-rwxr-xr-x", "drwxr-xr-x"]), rng.randint(96, 90000),
                                                   rng.choice(["May 14 10:22", "Jun  2 08:01", "Jan 30 17:45"]), rng.choice(FILES))

    def gen():
        if rng.random() < 0.6:
            return "$ ls -la %s\n" % d + "\n".join(lsline() for _ in range(rng.randint(3, 7)))
        if rng.random() < 0.5:
            return "$ wc -l %s/%s\n%d %s/%s" % (d, FILES[0], rng.randint(3, 900), d, FILES[0])
        return "$ head -n 2 %s/%s\n%s" % (d, rng.choice(FILES), sentence(rng, 2))
    item = "$ cat %s/%s\n%s" % (d, rng.choice(FILES), _as_text(snip))
    return _assemble(lambda it: "\n".join(it), gen, [item], pos, target)


# ---------------------------------------------------------------- PDF text
def c_pdf_text(snip, rng, pos, target, mode):
    name = rng.choice(["annual_report", "policy_handbook", "vendor_terms", "product_sheet", "minutes"])
    head = "[Extracted text from %s_%d.pdf]\n\n" % (name, rng.choice([2023, 2024, 2025]))

    def gen():
        return sentence(rng, rng.randint(2, 3))

    def render(items):
        out, page = ["--- page 1 ---"], 1
        for i, it in enumerate(items):
            out.append(it)
            if i % 3 == 2:
                page += 1
                out.append("%s — Page %d\n--- page %d ---" % (name.replace("_", " ").title(), page - 1, page))
        return head + "\n\n".join(out)
    return _assemble(render, gen, [_as_text(snip)], pos, target)


# ---------------------------------------------------------------- CRM
def c_crm(snip, rng, pos, target, mode):
    head = ("CRM record · Account: %s\nAccount ID: ACC-%06d\nOwner: %s\nStage: %s\nRegion: %s\nLast activity: %s\n\nActivity timeline:\n" % (
        rng.choice(COMPANIES), rng.randint(1, 999999), rng.choice(NAMES),
        rng.choice(["Prospect", "Negotiation", "Closed won", "Renewal"]), rng.choice(CITIES), ts(rng, "date")))

    def act(text):
        return "- %s %s by %s: %s" % (ts(rng, "date"), rng.choice(["Note", "Call", "Email", "Meeting"]), rng.choice(NAMES), text)

    def gen():
        return act(sentence(rng, 1))
    return _assemble(lambda it: head + "\n".join(it), gen, [act(_as_text(snip))], pos, target)


# ---------------------------------------------------------------- spreadsheet
def c_spreadsheet(snip, rng, pos, target, mode):
    sheet = rng.choice(["Q3 pipeline", "Budget 2025", "Vendor tracker", "Hiring plan", "Launch checklist"])

    def gen():
        return [rng.choice(NAMES), rng.choice(STATUSES), str(rng.randint(1, 400)), sentence(rng, 1)]

    def render(items):
        rows = [["Owner", "Status", "Qty", "Notes"]] + items
        return 'Sheet "%s" (range A1:D%d)\n' % (sheet, len(rows)) + "\n".join("\t".join(r) for r in rows)
    rows = [[rng.choice(NAMES), rng.choice(STATUSES), str(rng.randint(1, 400)), f.replace("\n", " ").replace("\t", " ")] for f in _frags(snip)]
    return _assemble(render, gen, rows, pos, target)


CARRIERS = {
    "html": c_html, "email": c_email, "ticket": c_ticket, "chat": c_chat, "sql": c_sql, "csv": c_csv,
    "yaml": c_yaml, "toml": c_toml, "ini": c_ini, "env": c_env, "k8s": c_k8s, "log": c_log,
    "jsonlog": c_jsonlog, "ci_log": c_ci_log, "api_json": c_api_json, "calendar": c_calendar,
    "git_log": c_git_log, "pr_review": c_pr_review, "markdown": c_markdown, "search_results": c_search_results,
    "file_listing": c_file_listing, "pdf_text": c_pdf_text, "crm": c_crm, "spreadsheet": c_spreadsheet,
}
assert sorted(CARRIERS) == sorted(FORMATS)


def wrap(fmt, snip, rng, pos, target, mode="prose"):
    return CARRIERS[fmt](snip, rng, pos, target, mode)


def json_ok(fmt, text):
    """Structural validity for JSON-bearing carriers."""
    try:
        if fmt == "api_json":
            json.loads(text)
        elif fmt == "jsonlog":
            for ln in text.split("\n"):
                json.loads(ln)
    except ValueError:
        return False
    return True
