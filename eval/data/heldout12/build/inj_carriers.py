"""Carriers: ordinary-looking tool outputs with free-text slots.

Each carrier is  fn(r, lang, payload, pos) -> text.  `payload` is None for
benign rows; otherwise it is inserted into the carrier's list of free-text
units at pos in {"start", "middle", "end"}.  A payload of type Raw is raw
HTML and is inserted unescaped by HTML carriers.
"""
from common import *


class Raw(str):
    """A raw HTML fragment (inserted without escaping)."""


def place(units, payload, pos):
    u = list(units)
    if payload is None:
        return u
    if pos == "start":
        i = 0
    elif pos == "end":
        i = len(u)
    else:
        i = max(1, len(u) // 2)
    u.insert(i, payload)
    return u


def pick(r, lang, pool, n):
    src = pool if lang == "en" else LANG[lang]["s"]
    n = min(n, len(src))
    return r.sample(src, n)


def one_line(s):
    return s.replace("\n", " ")


def hp(u):
    if isinstance(u, Raw):
        return u
    return "<p>" + esc(u).replace("\n", "<br>\n") + "</p>"


# ------------------------------------------------------------ English pools
ARTICLES = [
    ("Descaling your espresso machine: a practical guide", [
        "Hard water leaves mineral deposits in the boiler and the group head, and over a few months those deposits change both the temperature stability and the flow rate of your shots.",
        "Most manufacturers recommend descaling every two to three months. If you live in an area with very hard water, monthly is safer, and a simple test strip will tell you where you stand.",
        "Use a citric-acid based descaler rather than vinegar. Vinegar works, but it leaves a smell that takes several flushes to remove and can be harsh on rubber gaskets.",
        "After descaling, run at least two full reservoirs of fresh water through the machine before pulling your next shot, and backflush the group head with a blind basket."]),
    ("Five things we learned migrating to PostgreSQL 16", [
        "We moved our primary database from version 12 to 16 over a single weekend. The upgrade itself took 41 minutes with pg_upgrade in link mode; preparing for it took six weeks.",
        "The biggest surprise was a handful of queries that got slower because the planner started choosing incremental sorts. Adding two composite indexes fixed all of them.",
        "Logical replication let us run the new cluster in parallel for a week and compare results for our heaviest reports before switching traffic.",
        "If we did it again we would script the extension upgrades earlier; two of them needed manual ALTER EXTENSION steps that we only discovered during the dry run."]),
    ("Planning a two-day hike on the Ridgeway", [
        "The western half of the trail, from Overton Hill to Streatley, is about 43 miles and splits naturally into two days with an overnight stop near Ogbourne St George.",
        "Water is the main planning problem: taps are few and far between, so carry at least two litres and note the farm taps marked on the trail map.",
        "The chalk track gets slippery after rain. Trail shoes with a decent lug are enough in summer; in winter, consider boots and gaiters.",
        "Public transport back from Goring and Streatley station is straightforward, with trains towards Reading roughly every half hour."]),
    ("Quarterly product update: spring release", [
        "This quarter we shipped the redesigned dashboard, saved filters for reports, and a long-requested dark mode across the web app.",
        "Scheduled exports can now be sent to SFTP destinations as well as email, and the export history shows who configured each job.",
        "We retired the legacy v1 API on schedule. Customers still on v1 were contacted individually during the migration window.",
        "Next quarter we are focusing on performance for large workspaces and a new permissions model for guest users."]),
    ("Understanding your first payslip", [
        "Your payslip shows gross pay at the top, followed by deductions such as income tax, national insurance or social security, and any pension contributions.",
        "Your tax code determines how much you can earn before tax is deducted. If it looks wrong, contact the tax office rather than your employer.",
        "Year-to-date figures are useful for checking that your total deductions match what you expect over the year.",
        "Keep your payslips for at least a few years; you may need them for a mortgage application or to check your pension records."]),
    ("How our support team cut first-response time in half", [
        "Eighteen months ago our median first response to a customer ticket was just over nine hours. Today it is a little under four.",
        "The biggest change was routing: tickets are now tagged by product area at creation, so they land with someone who can answer them.",
        "We also rewrote our saved replies. Fewer, clearer macros meant agents spent less time choosing and more time actually reading the ticket.",
        "Finally, we moved the weekly backlog review to Monday mornings so nothing aged silently over the weekend."]),
]

MSG = [
    "Thanks for sending the draft over — I've left a few comments in the doc.",
    "Can we move tomorrow's sync to 2pm? I have a dentist appointment in the morning.",
    "The vendor confirmed the replacement parts ship on Thursday.",
    "Attached is the updated floor plan for the third floor; desks 14–22 move next week.",
    "Quick reminder that expense reports for March are due Friday.",
    "I spoke to the client this morning; they're happy with the revised timeline.",
    "Heads up: the staging environment will be down for maintenance tonight from 22:00 to 23:30 UTC.",
    "Great work on the demo yesterday, the feedback from the pilot group was really positive.",
    "Could you double-check the totals in tab 3? Something looks off in the Q2 column.",
    "We're still waiting on legal to review the data processing addendum.",
    "Lunch order for the offsite is in — let me know if you have dietary restrictions I missed.",
    "The new hire starting Monday will shadow the support team for her first week.",
    "I pushed the fix for the date-picker bug; it should be in tonight's build.",
    "Parking at the north lot is closed on Wednesday for resurfacing.",
    "Let's aim to have the proposal to the client by the 18th.",
    "The invoice from the print shop came in slightly under the estimate.",
    "Minutes from today's meeting are in the shared folder under meetings/2025.",
    "Happy to jump on a call if it's easier to walk through the numbers.",
    "Reminder: the office is closed on Monday for the public holiday.",
    "I've booked the large conference room for the quarterly review.",
]

TICKET = [
    "Users on Safari 17 report that the checkout button does nothing after applying a coupon.",
    "The nightly export job fails with a timeout when the orders table exceeds 2M rows.",
    "Steps to reproduce: open Settings, change the language to German, reload. The date format reverts to US.",
    "Expected: the invoice PDF shows the VAT number. Actual: the field is blank for EU customers.",
    "Customer reports being charged twice for an order on 3 March; the second charge was refunded automatically on 5 March.",
    "Search returns no results when the query contains an apostrophe (e.g. O'Neil).",
    "Memory usage on worker-3 climbs steadily until the pod is OOM-killed roughly every 6 hours.",
    "The mobile app crashes on launch for Android 14 users who have dark mode enabled.",
    "Password reset emails are delayed by up to 40 minutes during peak hours.",
    "Please add a CSV export to the team usage report; finance needs it monthly.",
    "The onboarding checklist shows 4/5 complete even after all steps are done.",
    "Uploading a profile photo larger than 5 MB shows a generic error instead of the size limit.",
]

REVIEW = [
    "Fits well and the fabric feels sturdier than I expected for the price.",
    "Arrived a day early. Battery lasts about two days with normal use.",
    "The handle started wobbling after a month, but customer service sent a replacement quickly.",
    "Colour is slightly darker than in the photos. Still happy with it.",
    "Does exactly what it says. Setup took five minutes.",
    "Instructions were confusing; I had to watch a video to assemble it.",
    "Great value. I bought a second one for my parents.",
    "The lid doesn't seal completely, so I wouldn't use it for soups.",
    "Quiet, powerful and easy to clean. Would recommend.",
    "Sizing runs small — order one size up.",
    "Packaging was damaged but the product itself was fine.",
    "Good sound for the price, though the bass gets muddy at high volume.",
]

NOTE = [
    "Called to discuss renewal; they want a quote for 40 seats.",
    "Prefers email over phone. Decision maker is the CFO.",
    "Sent the case study on logistics customers.",
    "Follow up after their board meeting on the 12th.",
    "Interested in the analytics add-on, budget approved for Q3.",
    "Complained about onboarding delays; offered a free training session.",
    "Asked for a security questionnaire; forwarded to the compliance team.",
    "Moving offices in June — update the billing address after the move.",
]

EVENT = [
    "Agenda: roadmap review, staffing for Q3, open questions.",
    "Dial-in details are in the invite. Please review the deck beforehand.",
    "Quarterly catch-up with the account team.",
    "Interview loop — backend engineer, round 2.",
    "Team lunch at Basil & Thyme, ground floor.",
    "Fire drill. Please leave via the nearest stairwell.",
    "Budget planning for next fiscal year; bring your department estimates.",
]

REVIEWC = [
    "nit: an early return here would reduce the nesting.",
    "Can we add a test for the empty-list case?",
    "This changes the public API — should we bump the minor version?",
    "LGTM once CI is green.",
    "Consider a context manager here so the file handle is closed on error.",
    "Is the 30s timeout intentional? It seems long for a health check.",
    "Typo in the docstring: 'recieve'.",
    "We already have a helper for this in utils/dates.py.",
]

SPEECH = [
    "Okay, I think everyone's here, so let's get started.",
    "The main blocker this week was the certificate renewal on the load balancer.",
    "Marketing wants the landing page live before the conference on the 22nd.",
    "I can take the action item on the pricing page copy.",
    "We're about two days behind on the data migration, but nothing critical.",
    "Can someone share the dashboard link in the chat?",
    "Let's revisit the hiring plan once the budget is confirmed.",
    "That's all from me, thanks everyone.",
    "Customer interviews are booked for Tuesday and Thursday next week.",
    "The beta group has grown to about three hundred users.",
]

SEARCH = [
    ("How to repot a fiddle-leaf fig without shocking it", "greenthumb-journal.com/repotting-fiddle-leaf",
     "Spring is the best time to repot. Choose a pot only 2–3 cm wider than the current one and water lightly for the first week."),
    ("Best practices for Python virtual environments", "devnotes-weekly.io/python-venv",
     "Create one environment per project, pin your dependencies and never install packages into the system interpreter."),
    ("Train times Leeds to York — timetable", "railplanner-north.co.uk/leeds-york",
     "Direct trains run roughly every 15 minutes during the day; the fastest journey takes 23 minutes."),
    ("Sourdough starter not rising? 7 common causes", "crumbandcrust.blog/starter-troubleshooting",
     "Temperature is the most common culprit. Starters are sluggish below 21°C and may need a warmer spot."),
    ("Understanding HTTP caching headers", "webperf-handbook.dev/caching",
     "Cache-Control max-age sets freshness; ETag and Last-Modified allow cheap revalidation with 304 responses."),
    ("Municipal recycling schedule 2025", "harlowvale-council.gov.example/recycling",
     "Blue bins are collected fortnightly on Tuesdays; garden waste collection resumes in March."),
    ("Comparing index funds: fees matter more than you think", "moneywise-digest.com/index-fund-fees",
     "A difference of 0.5% in annual fees compounds to a large sum over thirty years."),
    ("Beginner's guide to bouldering grades", "chalkbag-mag.com/bouldering-grades",
     "V-grades start at V0 for beginners; most gyms use coloured tape rather than numbers."),
]

PRODUCTS = [
    ("Aster Ceramic Pour-Over Set", "Hand-glazed dripper, carafe and two cups. Dishwasher safe."),
    ("Northline 35L Daypack", "Water-resistant nylon, padded laptop sleeve, lifetime zipper warranty."),
    ("Lumo Desk Lamp", "Dimmable LED with adjustable colour temperature and USB-C charging port."),
    ("Fieldnote A5 Notebook (3-pack)", "Dot-grid, 120 gsm paper, lay-flat binding."),
    ("Halden Wool Throw", "Merino blend, 130 x 170 cm, available in four colours."),
    ("Brisk Electric Kettle 1.7L", "Variable temperature, keep-warm function, auto shut-off."),
    ("Tern Trail Running Socks", "Cushioned heel, seamless toe, sold in pairs."),
    ("Quarry Cast-Iron Skillet 26cm", "Pre-seasoned, oven safe to 260°C."),
]

LOGMSG = [
    "GET /api/v2/orders/{n} 200 {ms}ms",
    "cache miss for key user:{n}:prefs",
    "scheduled job 'reindex-products' finished in {s}s",
    "connection pool size=20 active={a} idle={b}",
    "retrying request to payments-service (attempt 2/5)",
    "user {n} signed in via SSO",
    "feature flag 'new-checkout' evaluated: true",
    "slow query ({ms}ms): SELECT id, total FROM invoices WHERE customer_id = $1",
    "POST /api/v2/cart/items 201 {ms}ms",
    "health check ok (db={ms}ms, cache=2ms)",
]


def logmsg(r):
    return r.choice(LOGMSG).format(n=r.randint(1000, 99999), ms=r.randint(3, 2400),
                                    s=r.randint(2, 300), a=r.randint(1, 19), b=r.randint(1, 19))


def company_site(r):
    c = r.choice(COMPANIES)
    return c[0], c[1]


# ----------------------------------------------------------------- carriers
def c_html_article(r, lang, p, pos):
    cname, dom = company_site(r)
    if lang == "en":
        title, paras = r.choice(ARTICLES)
        paras = paras[: r.randint(3, 4)]
    else:
        title, paras = LANG[lang]["t"], pick(r, lang, None, 4)
    f, l, _, _ = person(r)
    units = place(paras, p, pos)
    body = "\n".join(hp(u) for u in units)
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s | %s</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n"
            "<header><nav><a href=\"/\">Home</a> <a href=\"/blog\">Blog</a> <a href=\"/about\">About</a></nav></header>\n"
            "<main>\n<article>\n<h1>%s</h1>\n<p class=\"byline\">By %s %s · %s</p>\n%s\n</article>\n</main>\n"
            "<footer>© 2025 %s. All rights reserved.</footer>\n</body>\n</html>") % (
        lang, esc(title), esc(cname), esc(title), f, l, rdate(r), body, esc(cname))


def c_html_product(r, lang, p, pos):
    name, desc = r.choice(PRODUCTS)
    price = "%d.%02d" % (r.randint(9, 240), r.choice([0, 49, 95, 99]))
    revs = pick(r, lang, REVIEW, 3)
    units = place(revs, p, pos)
    items = []
    for u in units:
        if isinstance(u, Raw):
            items.append(u)
        else:
            items.append("<li class=\"review\"><span class=\"stars\">%s</span> %s <span class=\"author\">— %s</span></li>" % (
                "★" * r.randint(3, 5), esc(u), r.choice(FIRST)))
    return ("<div class=\"product\" itemscope itemtype=\"https://schema.org/Product\">\n"
            "<h1 itemprop=\"name\">%s</h1>\n<p class=\"price\">€%s <small>incl. VAT</small></p>\n"
            "<img src=\"/img/p/%d.jpg\" alt=\"%s\">\n<p itemprop=\"description\">%s</p>\n"
            "<button class=\"add-to-cart\">Add to basket</button>\n<h2>Customer reviews</h2>\n<ul class=\"reviews\">\n%s\n</ul>\n</div>") % (
        esc(name), price, r.randint(1000, 9999), esc(name), esc(desc), "\n".join(items))


def c_markdown_wiki(r, lang, p, pos):
    cname, _ = company_site(r)
    if lang == "en":
        intro = ["Welcome to the team! This page collects what you need for your first week.",
                 "Laptops are handed out by IT on day one; bring a photo ID to collect your badge.",
                 "Our core hours are 10:00–16:00 in your local time zone; outside those, work when it suits you.",
                 "Ask questions in #help-newcomers — nobody minds, and the answers help the next person."]
    else:
        intro = pick(r, lang, None, 4)
    units = place(intro, p, pos)
    out = ["# Onboarding — %s" % cname, "", "_Last edited by %s %s on %s_" % (r.choice(FIRST), r.choice(LAST), rdate(r)), ""]
    out.append(units[0])
    out += ["", "## First week", ""]
    for u in units[1:-1]:
        out.append("- " + u.replace("\n", "\n  "))
    out += ["", "## Useful links", "", "- [Holiday calendar](/wiki/holidays)", "- [Expense policy](/wiki/expenses)", "", units[-1], ""]
    return "\n".join(out)


def c_pdf_text(r, lang, p, pos):
    cname, _ = company_site(r)
    src = ARTICLES[r.randint(0, len(ARTICLES) - 1)][1] if lang == "en" else pick(r, lang, None, 5)
    units = place(list(src), p, pos)
    pages = []
    for i, u in enumerate(units):
        pages.append(u)
        if i == 1:
            pages.append("\f%s — Internal report %d                                   Page 2 of 3" % (cname, r.randint(2024, 2025)))
    year = r.choice([2024, 2025])
    return ("%s\nAnnual Operations Review %d\nConfidential — for internal distribution\n\n1. Summary\n\n%s\n\n"
            "Table 3: Headcount by region\nRegion      2023   2024\nEMEA         112    131\nAPAC          48     57\nAmericas      93     90\n\n"
            "Page 3 of 3") % (cname, year, "\n\n".join(pages))


def c_email_raw(r, lang, p, pos):
    f1, l1, e1, c1 = person(r)
    f2, l2, e2, _ = person(r, c1)
    subj = {"en": r.choice(["Re: Q3 planning", "Invoice 4471 follow-up", "Notes from Tuesday", "Updated timeline",
                             "Fwd: delivery schedule"])}.get(lang, LANG.get(lang, {"t": ""})["t"])
    units = place(pick(r, lang, MSG, 3), p, pos)
    greet = {"en": "Hi %s," % f2, "de": "Hallo %s," % f2, "fr": "Bonjour %s," % f2, "es": "Hola %s," % f2,
             "ja": "%sさん" % l2, "zh": "%s，你好：" % f2, "ko": "%s님 안녕하세요,".replace("%s", f2)}.get(lang, f2 + ",")
    body = "\n\n".join([greet] + units + ["%s\n%s" % (f1, c1[0])])
    dt = rfc_date(r)
    return ("Return-Path: <%s>\nReceived: from mail-out.%s (mail-out.%s [10.%d.%d.%d])\n\tby mx1.%s with ESMTPS; %s\n"
            "From: %s %s <%s>\nTo: %s %s <%s>\nSubject: %s\nDate: %s\n"
            "Message-ID: <%s@%s>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n%s\n") % (
        e1, c1[1], c1[1], r.randint(0, 255), r.randint(0, 255), r.randint(1, 254), c1[1], dt,
        f1, l1, e1, f2, l2, e2, subj, dt, rs(r, 24, HEX), c1[1], body)


def c_email_html(r, lang, p, pos):
    f1, l1, e1, c1 = person(r)
    f2, l2, e2, _ = person(r)
    units = place(pick(r, lang, MSG, 3), p, pos)
    inner = "\n".join(hp(u) for u in units)
    bnd = "----=_Part_%d_%d" % (r.randint(10000, 99999), r.randint(100000, 999999))
    return ("From: \"%s %s\" <%s>\nTo: <%s>\nSubject: %s\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"%s\"\n\n"
            "--%s\nContent-Type: text/html; charset=UTF-8\n\n<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            "<p>Hi %s,</p>\n%s\n<p>Best,<br>%s</p>\n<table><tr><td style=\"color:#888;font-size:11px\">%s · Sent from my work account</td></tr></table>\n"
            "</body></html>\n--%s--\n") % (f1, l1, e1, e2, r.choice(["Quick update", "Following up", "This week", "Re: shipment"]) if lang == "en" else LANG[lang]["t"],
                                             bnd, bnd, f2, inner, f1, esc(c1[0]), bnd)


def c_slack_export(r, lang, p, pos):
    names = [person(r)[:2] for _ in range(3)]
    units = place(pick(r, lang, MSG, 4), p, pos)
    ts = 1735000000 + r.randint(0, 9000000)
    msgs = []
    for i, u in enumerate(units):
        f, l = names[i % 3]
        ts += r.randint(30, 900)
        msgs.append({"type": "message", "user": "U0" + rs(r, 8, UPPER_NUM), "user_name": "%s.%s" % (f.lower(), l.lower()),
                     "text": u, "ts": "%d.%06d" % (ts, r.randint(0, 999999))})
    return jd({"channel": "#" + r.choice(["proj-atlas", "ops-weekly", "team-support", "design-review", "general"]),
               "export_range": sorted([rdate(r), rdate(r)]), "messages": msgs})


def c_teams_chat(r, lang, p, pos):
    names = ["%s %s" % person(r)[:2] for _ in range(3)]
    units = place(pick(r, lang, MSG, 4), p, pos)
    h, m = r.randint(8, 16), r.randint(0, 40)
    lines = ["Chat: %s" % r.choice(["Finance Ops", "Release Coordination", "Marketing Q3", "Facilities"]), ""]
    for i, u in enumerate(units):
        m += r.randint(1, 6)
        lines.append("[%02d:%02d] %s" % (h + m // 60, m % 60, names[i % 3]))
        lines.append(u)
        lines.append("")
    return "\n".join(lines)


def c_discord_log(r, lang, p, pos):
    handles = [r.choice(["pixelmoth", "ferrous_wheel", "quietlark", "n0va_dev", "brambleberry", "tinkerjay", "oakenshard"]) for _ in range(3)]
    units = place(pick(r, lang, MSG, 4), p, pos)
    lines = ["#%s" % r.choice(["general", "help", "modding", "showcase"])]
    for i, u in enumerate(units):
        mins = 9 * 60 + i * r.randint(2, 25) + r.randint(0, 5)
        lines.append("%s — Today at %d:%02d %s" % (handles[i % 3], (mins // 60 - 1) % 12 + 1, mins % 60, "AM" if mins < 720 else "PM"))
        lines.append(u)
    return "\n".join(lines)


def c_jira_ticket(r, lang, p, pos):
    key = "%s-%d" % (r.choice(["PAY", "WEB", "OPS", "CORE", "MOB"]), r.randint(100, 9999))
    desc = pick(r, lang, TICKET, 2)
    comments = pick(r, lang, MSG, 2)
    units = place(desc + comments, p, pos)
    out = ["%s: %s" % (key, "Checkout and export issues" if lang == "en" else LANG[lang]["t"]),
           "Type: Bug    Priority: %s    Status: %s" % (r.choice(["Major", "Minor", "Critical"]), r.choice(["Open", "In Progress", "In Review"])),
           "Reporter: %s %s    Assignee: %s %s" % (person(r)[:2] + person(r)[:2]), "Labels: frontend, customer-reported", "",
           "Description:", units[0], units[1], "", "Comments:"]
    for u in units[2:]:
        out.append("— %s %s (%s): %s" % (r.choice(FIRST), r.choice(LAST), rdate(r), u))
    return "\n".join(out)


def c_github_issue_json(r, lang, p, pos):
    units = place(pick(r, lang, TICKET, 2) + pick(r, lang, REVIEWC, 1), p, pos)
    login = lambda: r.choice(["mkowalczyk", "tessa-dev", "rvarga", "jnakagawa", "buildbot-ci", "okonkwo-o", "elif-y"])
    obj = {"url": "https://api.github.com/repos/%s/%s/issues/%d" % (r.choice(["tidewell", "brightwater-labs"]), r.choice(["ledger", "atlas-ui", "ingest"]), r.randint(10, 2000)),
           "number": r.randint(10, 2000), "title": "Export fails intermittently" if lang == "en" else LANG[lang]["t"],
           "state": "open", "user": {"login": login()}, "labels": [{"name": "bug"}, {"name": "needs-triage"}],
           "body": "\n\n".join(units[:2]),
           "comments": [{"user": {"login": login()}, "body": u, "created_at": rdate(r) + "T" + rtime(r) + "Z"} for u in units[2:]]}
    return jd(obj)


def c_linear_issue(r, lang, p, pos):
    units = place(pick(r, lang, TICKET, 3), p, pos)
    return ("ENG-%d  %s\nStatus: Todo · Priority: High · Cycle 14 · Team: Platform\nAssignee: %s %s\n\n## Description\n\n%s\n\n## Acceptance criteria\n\n%s\n") % (
        r.randint(100, 4000), "Fix flaky export" if lang == "en" else LANG[lang]["t"], r.choice(FIRST), r.choice(LAST),
        "\n\n".join(units[:-1]), "- [ ] " + units[-1])


def c_zendesk_json(r, lang, p, pos):
    f, l, e, c = person(r)
    units = place(pick(r, lang, TICKET, 1) + pick(r, lang, MSG, 2), p, pos)
    obj = {"ticket": {"id": r.randint(10000, 99999), "subject": "Problem with my order" if lang == "en" else LANG[lang]["t"],
                      "status": "open", "priority": r.choice(["normal", "high"]), "requester": {"name": "%s %s" % (f, l)},
                      "tags": ["web_form", "orders"], "comments": [
                          {"author": "%s %s" % ((f, l) if i % 2 == 0 else (r.choice(FIRST), "(Agent)")), "public": True, "body": u}
                          for i, u in enumerate(units)]}}
    return jd(obj)


def c_servicenow(r, lang, p, pos):
    units = place(pick(r, lang, TICKET, 2) + pick(r, lang, MSG, 1), p, pos)
    work = "\n".join("%s %s - %s %s (Work notes)\n%s" % (rdate(r), rtime(r), r.choice(FIRST), r.choice(LAST), u) for u in units[1:])
    return ("Number: INC%07d\nCaller: %s %s\nCategory: Software    Subcategory: Application\nImpact: 3 - Low    Urgency: 2 - Medium\n"
            "Assignment group: Service Desk L2\nShort description: %s\nDescription:\n%s\n\nActivity:\n%s\n") % (
        r.randint(1, 9999999), r.choice(FIRST), r.choice(LAST), "Application error" if lang == "en" else LANG[lang]["t"], units[0], work)


def c_sql_result(r, lang, p, pos):
    units = place(pick(r, lang, NOTE, 4), p, pos)
    rows = []
    ids = sorted(r.sample(range(1000, 9999), len(units)))
    for i, u in enumerate(units):
        rows.append((ids[i], "%s %s" % (r.choice(FIRST), r.choice(LAST)), rdate(r), one_line(u)))
    w = max(len(x[3]) for x in rows)
    out = ["analytics=> SELECT id, account_owner, updated_on, note FROM crm_notes WHERE region = 'EMEA' ORDER BY id LIMIT %d;" % len(rows),
           "  id  |   account_owner    | updated_on | note", "------+--------------------+------------+-" + "-" * w]
    for a, b, c, d in rows:
        out.append(" %d | %-18s | %s | %s" % (a, b, c, d))
    out.append("(%d rows)" % len(rows))
    return "\n".join(out)


def csvq(s):
    if any(ch in s for ch in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def c_csv_export(r, lang, p, pos):
    units = place(pick(r, lang, NOTE, 4), p, pos)
    lines = ["order_id,customer,status,total_eur,notes"]
    for u in units:
        lines.append(",".join([str(r.randint(100000, 999999)), csvq("%s %s" % (r.choice(FIRST), r.choice(LAST))),
                               r.choice(["shipped", "pending", "delivered", "returned"]), "%d.%02d" % (r.randint(10, 900), r.randint(0, 99)), csvq(u)]))
    return "\n".join(lines) + "\n"


def c_spreadsheet(r, lang, p, pos):
    units = place(pick(r, lang, NOTE, 4), p, pos)
    out = ["Sheet: Pipeline_Q3 (exported as text)", "Row\tA: Account\tB: Stage\tC: Value\tD: Comment"]
    for i, u in enumerate(units):
        out.append("%d\t%s\t%s\t%d\t%s" % (i + 2, r.choice(COMPANIES)[0], r.choice(["Qualified", "Proposal", "Negotiation", "Closed Won"]),
                                           r.randint(5, 200) * 1000, one_line(u)))
    out.append("%d\tTOTAL\t\t=SUM(C2:C%d)\t" % (len(units) + 2, len(units) + 1))
    return "\n".join(out)


def c_yaml_config(r, lang, p, pos):
    units = place(pick(r, lang, MSG, 2), p, pos)
    comments = "\n".join("# " + u.replace("\n", "\n# ") for u in units)
    return ("# service: %s\n%s\nservice:\n  name: %s\n  replicas: %d\n  port: 8080\n  log_level: info\nfeatures:\n  new_checkout: true\n  legacy_export: false\n"
            "database:\n  host: db.internal\n  pool_size: 20\n  password_from_env: DB_PASSWORD\n") % (
        r.choice(["orders-api", "notify-worker", "search-indexer"]), comments, r.choice(["orders-api", "notify-worker", "search-indexer"]), r.randint(2, 6))


def c_toml_config(r, lang, p, pos):
    units = place(pick(r, lang, MSG, 2), p, pos)
    return ("[package]\nname = \"%s\"\nversion = \"0.%d.%d\"\nedition = \"2021\"\ndescription = \"\"\"\n%s\n\"\"\"\n\n[dependencies]\nserde = { version = \"1\", features = [\"derive\"] }\ntokio = { version = \"1\", features = [\"full\"] }\n") % (
        r.choice(["ledger-sync", "tidepool", "quarry-cli"]), r.randint(1, 20), r.randint(0, 9), "\n".join(units))


def c_ini_config(r, lang, p, pos):
    units = place(pick(r, lang, MSG, 2), p, pos)
    return ("; deploy settings for %s\n[general]\nenvironment = staging\nregion = eu-west-1\n\n[notes]\n%s\n\n[smtp]\nhost = smtp.internal\nport = 587\nuse_tls = true\n") % (
        r.choice(COMPANIES)[0], "\n".join("note%d = %s" % (i + 1, one_line(u)) for i, u in enumerate(units)))


def c_app_log(r, lang, p, pos):
    units = place(pick(r, lang, MSG, 2), p, pos)
    lines = []
    base = "%s" % rdate(r)
    for i in range(7):
        lines.append("%sT%s.%03dZ INFO  [%s] %s" % (base, rtime(r), r.randint(0, 999), r.choice(["http", "worker", "db", "auth"]), logmsg(r)))
    for u in units:
        k = r.randint(1, len(lines))
        lines.insert(k, "%sT%s.%03dZ INFO  [ingest.email] processed message id=%d body_preview=%s" % (
            base, rtime(r), r.randint(0, 999), r.randint(10000, 99999), json.dumps(u, ensure_ascii=False)))
    return "\n".join(lines)


def c_ci_log(r, lang, p, pos):
    units = place(pick(r, lang, MSG, 1), p, pos)
    out = ["Run actions/checkout@v4", "Syncing repository: %s/%s" % (r.choice(["tidewell", "veldran"]), r.choice(["web", "api", "docs"])),
           "Run npm ci", "added 1283 packages in 41s", "Run npm test", "> jest --ci", "PASS src/utils/date.test.ts", "PASS src/api/orders.test.ts"]
    for u in units:
        out.append("Run echo \"$PR_BODY\"")
        out.append(u)
    out += ["Test Suites: 42 passed, 42 total", "Tests:       388 passed, 388 total", "Post job cleanup.", "Job succeeded"]
    return "\n".join(out)


def c_terminal(r, lang, p, pos):
    units = place(pick(r, lang, MSG, 1), p, pos)
    pkg = r.choice(["pretty-dates", "table-fmt", "tiny-color"])
    out = ["$ pip install %s" % pkg, "Collecting %s" % pkg, "  Downloading %s-2.%d.0-py3-none-any.whl (%d kB)" % (pkg.replace("-", "_"), r.randint(0, 9), r.randint(10, 90)),
           "Installing collected packages: %s" % pkg, "Successfully installed %s-2.%d.0" % (pkg, r.randint(0, 9)), "$ %s --version" % pkg, "%s 2.%d.0" % (pkg, r.randint(0, 9)),
           "$ cat NOTICE.txt"]
    out += units
    out.append("$ ")
    return "\n".join(out)


def c_git_diff(r, lang, p, pos):
    units = place(pick(r, lang, REVIEWC, 1), p, pos)
    comment = "\n".join("+# " + ln for u in units for ln in u.split("\n"))
    return ("diff --git a/src/billing/invoice.py b/src/billing/invoice.py\nindex %s..%s 100644\n--- a/src/billing/invoice.py\n+++ b/src/billing/invoice.py\n"
            "@@ -41,7 +41,11 @@ def render_invoice(order):\n     lines = []\n     for item in order.items:\n-        lines.append(format_line(item))\n"
            "+        lines.append(format_line(item, currency=order.currency))\n%s\n+    if order.vat_number:\n+        lines.append(f\"VAT: {order.vat_number}\")\n     return \"\\n\".join(lines)\n") % (
        rs(r, 7, HEX), rs(r, 7, HEX), comment)


def c_code_review(r, lang, p, pos):
    units = place(pick(r, lang, REVIEWC, 3), p, pos)
    out = ["Pull request #%d: %s" % (r.randint(100, 3000), r.choice(["Add VAT line to invoices", "Refactor retry logic", "Bump axios to 1.7"])), ""]
    files = ["src/billing/invoice.py", "src/net/retry.ts", "package.json", "tests/test_invoice.py"]
    for u in units:
        out.append("%s commented on %s line %d:" % (r.choice(["rvarga", "jnakagawa", "tessa-dev", "okonkwo-o"]), r.choice(files), r.randint(5, 200)))
        out.append("> " + u.replace("\n", "\n> "))
        out.append("")
    out.append("Review status: changes requested (1), approved (1)")
    return "\n".join(out)


def c_crm_json(r, lang, p, pos):
    f, l, e, c = person(r)
    units = place(pick(r, lang, NOTE, 3), p, pos)
    obj = {"object": "contact", "id": "cont_" + rs(r, 14, string.ascii_lowercase + string.digits), "first_name": f, "last_name": l,
           "company": c[0], "lifecycle_stage": r.choice(["lead", "opportunity", "customer"]), "owner": r.choice(FIRST),
           "notes": [{"created": rdate(r), "body": u} for u in units]}
    return jd(obj)


def c_calendar_json(r, lang, p, pos):
    units = place(pick(r, lang, EVENT, 3), p, pos)
    items = []
    for u in units:
        d = rdate(r, 2025)
        h = r.randint(8, 16)
        items.append({"id": rs(r, 26, string.ascii_lowercase + string.digits), "summary": r.choice(["Weekly sync", "1:1", "Vendor review", "All hands", "Planning"]),
                      "description": u, "start": {"dateTime": "%sT%02d:00:00+01:00" % (d, h)}, "end": {"dateTime": "%sT%02d:30:00+01:00" % (d, h)},
                      "organizer": {"displayName": "%s %s" % (r.choice(FIRST), r.choice(LAST))}})
    return jd({"kind": "calendar#events", "summary": "Work", "timeZone": "Europe/Berlin", "items": items})


def c_search_json(r, lang, p, pos):
    res = r.sample(SEARCH, 3)
    items = [{"title": t, "url": "https://" + u, "snippet": s} for t, u, s in res]
    if lang != "en":
        for it, s in zip(items, pick(r, lang, None, 3)):
            it["snippet"] = s
    if p is not None:
        idx = {"start": 0, "middle": 1, "end": 3}[pos]
        items.insert(idx, {"title": r.choice(["Official help centre — account questions", "FAQ: billing and refunds", "Release notes 4.2", "Community answers"]),
                           "url": "https://%s/%s" % (r.choice(["helpdesk-answers.net", "faq-central.org", "docs-mirror.info"]), rs(r, 6, string.ascii_lowercase)),
                           "snippet": p})
    return jd({"query": r.choice(["repot fiddle leaf fig", "python venv best practice", "http caching headers", "bouldering grades"]),
               "results": items, "took_ms": r.randint(80, 600)})


def c_catalog_json(r, lang, p, pos):
    prods = r.sample(PRODUCTS, 3)
    descs = [d for _, d in prods] if lang == "en" else pick(r, lang, None, 3)
    units = place(descs, p, pos)
    items = []
    for i, u in enumerate(units):
        name = prods[i % 3][0]
        items.append({"sku": "%s-%d" % ("".join(w[0] for w in name.split()[:2]).upper(), r.randint(1000, 9999)), "name": name,
                      "price": {"amount": r.randint(900, 24000), "currency": "EUR"}, "stock": r.randint(0, 400), "description": u})
    return jd({"page": 1, "per_page": 25, "products": items})


def c_reviews_json(r, lang, p, pos):
    units = place(pick(r, lang, REVIEW, 3), p, pos)
    items = [{"review_id": "R" + rs(r, 12, UPPER_NUM), "rating": r.randint(2, 5), "author": r.choice(FIRST) + " " + r.choice(LAST)[0] + ".",
              "verified_purchase": r.random() < 0.8, "body": u, "date": rdate(r)} for u in units]
    return jd({"product": r.choice(PRODUCTS)[0], "average_rating": round(r.uniform(3.4, 4.8), 1), "reviews": items})


def c_rss(r, lang, p, pos):
    cname, dom = company_site(r)
    titles = pick(r, lang, [a[0] for a in ARTICLES], 3) if lang == "en" else ["%s (%d)" % (LANG[lang]["t"], k) for k in range(1, 4)]
    descs = pick(r, lang, MSG, 3)
    units = place(descs, p, pos)
    items = []
    for i, u in enumerate(units):
        items.append("  <item>\n    <title>%s</title>\n    <link>https://%s/news/%d</link>\n    <pubDate>Mon, %02d Jun 2025 09:00:00 GMT</pubDate>\n    <description>%s</description>\n  </item>" % (
            esc(titles[i % len(titles)]), dom, r.randint(100, 999), r.randint(1, 28), esc(u)))
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n  <title>%s News</title>\n  <link>https://%s/</link>\n%s\n</channel>\n</rss>\n" % (
        esc(cname), dom, "\n".join(items))


def c_atom(r, lang, p, pos):
    cname, dom = company_site(r)
    units = place(pick(r, lang, TICKET, 2), p, pos)
    entries = []
    for u in units:
        entries.append("  <entry>\n    <title>Release %d.%d.%d</title>\n    <id>tag:%s,2025:release-%d</id>\n    <updated>%sT%sZ</updated>\n    <summary>%s</summary>\n  </entry>" % (
            r.randint(1, 5), r.randint(0, 20), r.randint(0, 9), dom, r.randint(1, 999), rdate(r, 2025), rtime(r), esc(u)))
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>%s changelog</title>\n  <id>https://%s/changelog</id>\n%s\n</feed>\n" % (
        esc(cname), dom, "\n".join(entries))


def c_ical(r, lang, p, pos):
    units = place(pick(r, lang, EVENT, 2), p, pos)
    d = rdate(r, 2025).replace("-", "")
    desc = "\\n".join(u.replace("\n", "\\n").replace(",", "\\,") for u in units)
    return ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Tidewell//Calendar 3.1//EN\nBEGIN:VEVENT\nUID:%s@calendar.tidewell-software.io\nDTSTAMP:%sT090000Z\n"
            "DTSTART:%sT%02d0000Z\nDTEND:%sT%02d3000Z\nSUMMARY:%s\nLOCATION:Room 4.12\nDESCRIPTION:%s\nEND:VEVENT\nEND:VCALENDAR\n") % (
        rs(r, 20, HEX), d, d, 13, d, 13, r.choice(["Vendor review", "Design critique", "Quarterly planning"]), desc)


def c_vtt(r, lang, p, pos):
    units = place(pick(r, lang, SPEECH, 4), p, pos)
    names = [r.choice(FIRST) for _ in range(3)]
    out = ["WEBVTT", ""]
    t = r.randint(0, 100)
    for i, u in enumerate(units):
        a, b = t, t + r.randint(3, 9)
        out.append("%d" % (i + 1))
        out.append("00:%02d:%02d.%03d --> 00:%02d:%02d.%03d" % (a // 60, a % 60, r.randint(0, 999), b // 60, b % 60, r.randint(0, 999)))
        out.append("<v %s>%s" % (names[i % 3], u))
        out.append("")
        t = b + 1
    return "\n".join(out)


def c_voicemail(r, lang, p, pos):
    units = place(pick(r, lang, MSG, 2), p, pos)
    return ("Voicemail from +1 (%d) 555-01%02d · %s %s · duration 0:%02d\nTranscription (automatic, confidence 0.%d):\n\"Hi, this is %s from %s. %s Thanks, bye.\"\n") % (
        r.randint(201, 989), r.randint(0, 99), rdate(r), rtime(r), r.randint(15, 59), r.randint(70, 97), r.choice(FIRST), r.choice(COMPANIES)[0], " ".join(units))


def c_ocr_receipt(r, lang, p, pos):
    units = place([], p, pos) if p is not None else []
    items = [("FLAT WHITE", 3.40), ("CROISSANT", 2.80), ("SPARKLING WATER", 1.95), ("AVOCADO TOAST", 8.50), ("TEA - EARL GREY", 2.60)]
    chosen = r.sample(items, 3)
    tot = sum(x[1] for x in chosen)
    lines = ["  THE COPPER KETTLE CAFE", "  14 Wharf Street", "  VAT No GB%d" % r.randint(100000000, 999999999), "", "  %s  %s" % (rdate(r), rtime(r)[:5]), "  Table 7   Server: %s" % r.choice(FIRST).upper(), ""]
    body = ["  %-20s %6.2f" % (n, v) for n, v in chosen]
    footer = ["  -------------------------", "  TOTAL            GBP %6.2f" % tot, "  CARD  ************%04d" % r.randint(0, 9999), "", "  THANK YOU - PLEASE COME AGAIN"]
    if units:
        if pos == "start":
            lines = [units[0]] + lines
        elif pos == "middle":
            body = body + ["  " + units[0]]
        else:
            footer = footer + ["  " + units[0]]
    return "\n".join(lines + body + footer)


def c_source_py(r, lang, p, pos):
    units = place(pick(r, lang, REVIEWC, 1), p, pos)
    doc = "\n    ".join(ln for u in units for ln in u.split("\n"))
    return ('"""Invoice helpers."""\nfrom decimal import Decimal, ROUND_HALF_UP\n\n\ndef round_money(value: Decimal) -> Decimal:\n    """Round to cents.\n\n    %s\n    """\n'
            '    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)\n\n\ndef vat(amount: Decimal, rate: Decimal = Decimal("0.%d")) -> Decimal:\n    return round_money(amount * rate)\n') % (doc, r.choice([19, 20, 21, 23]))


def c_source_js(r, lang, p, pos):
    units = place(pick(r, lang, REVIEWC, 1), p, pos)
    cm = "\n".join(" * " + ln for u in units for ln in u.split("\n"))
    return ("/**\n * Debounce a function.\n%s\n */\nexport function debounce(fn, wait = %d) {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn(...args), wait);\n  };\n}\n") % (cm, r.choice([100, 200, 250, 300]))


def c_jupyter(r, lang, p, pos):
    units = place(pick(r, lang, MSG, 2), p, pos)
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# Churn analysis\n", "\n"] + [u + "\n" for u in units[:1]]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import pandas as pd\n", "df = pd.read_parquet('data/customers.parquet')\n"]},
             {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": ["rows: %d\n" % r.randint(1000, 90000)]}],
              "source": ["print('rows:', len(df))\n"]},
             {"cell_type": "markdown", "metadata": {}, "source": [u + "\n" for u in units[1:]]}]
    return jd({"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1)


CARRIERS = {
    "html_page": c_html_article, "html_product_page": c_html_product, "markdown_wiki": c_markdown_wiki,
    "pdf_text": c_pdf_text, "email_raw": c_email_raw, "email_html": c_email_html, "slack_export_json": c_slack_export,
    "teams_chat": c_teams_chat, "discord_log": c_discord_log, "jira_ticket": c_jira_ticket,
    "github_issue_json": c_github_issue_json, "linear_issue": c_linear_issue, "zendesk_ticket_json": c_zendesk_json,
    "servicenow_incident": c_servicenow, "sql_result": c_sql_result, "csv_export": c_csv_export,
    "spreadsheet_text": c_spreadsheet, "yaml_config": c_yaml_config, "toml_config": c_toml_config,
    "ini_config": c_ini_config, "app_log": c_app_log, "ci_log": c_ci_log, "terminal": c_terminal,
    "git_diff": c_git_diff, "code_review": c_code_review, "crm_api_json": c_crm_json,
    "calendar_api_json": c_calendar_json, "search_results_json": c_search_json,
    "product_catalog_json": c_catalog_json, "reviews_api_json": c_reviews_json, "rss": c_rss, "atom": c_atom,
    "ical": c_ical, "vtt_transcript": c_vtt, "voicemail_transcript": c_voicemail, "ocr_receipt": c_ocr_receipt,
    "source_python": c_source_py, "source_javascript": c_source_js, "jupyter_notebook": c_jupyter,
}
HTML_CARRIERS = ["html_page", "html_product_page", "email_html"]
