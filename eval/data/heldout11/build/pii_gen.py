# -*- coding: utf-8 -*-
"""Generate pii.jsonl: 108 rows with PII (18 per primary type) and 42 clean
look-alike rows. Every entity is registered through Doc.e() when inserted, so
the entity list is complete by construction (and re-checked by selfcheck.py)."""
import json
import random

from common import (SEED, pick, person, company, rdate, iso_z, rfc2822, later, version, rstr, hexs, digits, ascii_fold,
                    luhn_complete, luhn_ok, ALNUM, UPPER_ALNUM, LOWER_ALNUM, COMPANIES, login)

PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "web.de", "gmx.de", "orange.fr", "libero.it",
                    "proton.me", "icloud.com", "t-online.de", "free.fr", "ziggo.nl", "wp.pl", "mail.ru", "naver.com", "uol.com.br",
                    "bigpond.com", "yahoo.co.jp", "rediffmail.com"]


class Doc:
    def __init__(self):
        self.ents = []

    def e(self, typ, val):
        if (typ, val) not in self.ents:
            self.ents.append((typ, val))
        return val


# ====================================================================== value generators
def email(rng, name=None, domain=None):
    name = name or person(rng)
    f, l = name.split(" ", 1)
    f, l = ascii_fold(f).lower(), ascii_fold(l).lower()
    domain = domain or pick(rng, PERSONAL_DOMAINS)
    style = rng.randrange(5)
    local = ["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s%d" % (f, rng.randint(1, 99)), "%s_%s%d" % (f, l, rng.randint(70, 99)), "%s.%s" % (l, f[0])][style]
    return "%s@%s" % (local, domain)


US_AREAS = ["212", "415", "312", "617", "206", "512", "303", "404", "713", "646", "718", "305", "602", "971", "919"]
CA_AREAS = ["416", "604", "514", "403", "613"]


def _sub(rng, n):
    return str(rng.randint(1, 9)) + digits(rng, n - 1)


def _exch(rng):
    while True:
        e = str(rng.randint(2, 9)) + digits(rng, 2)
        if e[1:] != "11" and e != "555":
            return e


def phone(rng, cc=None):
    cc = cc or pick(rng, ["us", "uk", "de", "fr", "es", "it", "nl", "in", "br", "jp", "au", "mx", "pl", "ch", "ie", "kr", "cn", "sg", "ca", "at", "se"])
    r = rng.randrange(3)
    if cc in ("us", "ca"):
        a = pick(rng, US_AREAS if cc == "us" else CA_AREAS)
        e, l = _exch(rng), digits(rng, 4)
        return ["+1 (%s) %s-%s" % (a, e, l), "(%s) %s-%s" % (a, e, l), "%s-%s-%s" % (a, e, l), "+1-%s-%s-%s" % (a, e, l), "%s.%s.%s" % (a, e, l), "+1 %s %s %s" % (a, e, l)][rng.randrange(6)]
    if cc == "uk":
        if r == 0:
            return "+44 20 7%s %s" % (digits(rng, 3), digits(rng, 4))
        if r == 1:
            return "07%d%s %s" % (rng.choice([4, 5, 7, 8, 9]), digits(rng, 2), digits(rng, 6))
        return "+44 161 %s %s" % (_sub(rng, 3), digits(rng, 4))
    if cc == "de":
        if r == 0:
            return "+49 30 %s %s" % (_sub(rng, 4), digits(rng, 4))
        if r == 1:
            return "+49 %s %s" % (pick(rng, ["151", "160", "170", "171", "176", "152"]), _sub(rng, 8) if rng.random() < 0.5 else _sub(rng, 7))
        return "(089) %s %s" % (_sub(rng, 3), digits(rng, 4))
    if cc == "fr":
        g = lambda: digits(rng, 2)
        if r == 0:
            return "+33 1 %s %s %s %s" % (g(), g(), g(), g())
        if r == 1:
            return "0%d %s %s %s %s" % (rng.choice([6, 7]), g(), g(), g(), g())
        return "+33 6 %s %s %s %s" % (g(), g(), g(), g())
    if cc == "es":
        if r == 0:
            return "+34 6%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 3))
        if r == 1:
            return "+34 91%s %s %s" % (_sub(rng, 1), digits(rng, 3), digits(rng, 3))
        return "6%s %s %s %s" % (digits(rng, 2), digits(rng, 2), digits(rng, 2), digits(rng, 2))
    if cc == "it":
        if r == 0:
            return "+39 02 %s %s" % (_sub(rng, 4), digits(rng, 4))
        if r == 1:
            return "+39 3%s %s %s" % (pick(rng, ["47", "35", "38", "28", "40"]), digits(rng, 3), digits(rng, 4))
        return "3%s %s %s" % (pick(rng, ["47", "33", "49"]), digits(rng, 3), digits(rng, 4))
    if cc == "nl":
        if r == 0:
            return "+31 20 %s %s" % (_sub(rng, 3), digits(rng, 4))
        if r == 1:
            return "06-%s" % _sub(rng, 8)
        return "+31 6 %s %s" % (_sub(rng, 4), digits(rng, 4))
    if cc == "in":
        return "+91 %d%s %s" % (rng.choice([9, 8, 7]), digits(rng, 4), digits(rng, 5)) if r else "+91-%d%s" % (rng.choice([9, 8]), digits(rng, 9))
    if cc == "br":
        if r == 0:
            return "+55 11 9%s-%s" % (digits(rng, 4), digits(rng, 4))
        if r == 1:
            return "(21) 3%s-%s" % (digits(rng, 3), digits(rng, 4))
        return "+55 (31) 9%s-%s" % (digits(rng, 4), digits(rng, 4))
    if cc == "jp":
        if r == 0:
            return "03-%s-%s" % (_sub(rng, 4), digits(rng, 4))
        if r == 1:
            return "+81 90-%s-%s" % (_sub(rng, 4), digits(rng, 4))
        return "080-%s-%s" % (_sub(rng, 4), digits(rng, 4))
    if cc == "au":
        if r == 0:
            return "+61 4%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 3))
        if r == 1:
            return "(02) 9%s %s" % (digits(rng, 3), digits(rng, 4))
        return "04%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 3))
    if cc == "mx":
        return "+52 55 %s %s" % (_sub(rng, 4), digits(rng, 4)) if r else "+52 33 %s %s" % (_sub(rng, 4), digits(rng, 4))
    if cc == "pl":
        return "+48 %d%s %s %s" % (rng.choice([5, 6, 7, 8]), digits(rng, 2), digits(rng, 3), digits(rng, 3)) if r else "+48 22 %s %s %s" % (_sub(rng, 3), digits(rng, 2), digits(rng, 2))
    if cc == "ch":
        if r == 0:
            return "+41 44 %s %s %s" % (_sub(rng, 3), digits(rng, 2), digits(rng, 2))
        if r == 1:
            return "+41 79 %s %s %s" % (_sub(rng, 3), digits(rng, 2), digits(rng, 2))
        return "044 %s %s %s" % (_sub(rng, 3), digits(rng, 2), digits(rng, 2))
    if cc == "ie":
        if r == 0:
            return "+353 1 %s %s" % (_sub(rng, 3), digits(rng, 4))
        return "+353 8%d %s %s" % (rng.choice([3, 5, 6, 7, 9]), _sub(rng, 3), digits(rng, 4)) if r == 1 else "08%d %s %s" % (rng.choice([5, 6, 7]), _sub(rng, 3), digits(rng, 4))
    if cc == "kr":
        return "+82 10-%s-%s" % (_sub(rng, 4), digits(rng, 4)) if r else "010-%s-%s" % (_sub(rng, 4), digits(rng, 4))
    if cc == "cn":
        return "+86 1%s %s %s" % (pick(rng, ["38", "39", "36", "58", "86"]), digits(rng, 4), digits(rng, 4)) if r else "+86 10 %s %s" % (_sub(rng, 4), digits(rng, 4))
    if cc == "sg":
        return "+65 %d%s %s" % (rng.choice([8, 9]), digits(rng, 3), digits(rng, 4))
    if cc == "at":
        return "+43 1 %s" % _sub(rng, 7) if r else "+43 664 %s" % _sub(rng, 7)
    if cc == "se":
        return "+46 8 %s %s %s" % (_sub(rng, 3), digits(rng, 3), digits(rng, 2)) if r else "+46 70 %s %s %s" % (_sub(rng, 3), digits(rng, 2), digits(rng, 2))
    raise KeyError(cc)


def ssn(rng, style=0):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    if style == 1:
        return "%03d %02d %04d" % (a, g, s)
    if style == 2:
        return "%03d%02d%04d" % (a, g, s)
    return "%03d-%02d-%04d" % (a, g, s)


def card(rng, net="visa", style=None):
    if net == "visa":
        pre, n = "4", 16
    elif net == "mc":
        pre, n = (str(rng.randint(51, 55)) if rng.random() < 0.6 else str(rng.randint(2221, 2720))), 16
    elif net == "amex":
        pre, n = pick(rng, ["34", "37"]), 15
    elif net == "discover":
        pre, n = pick(rng, ["6011", "65", str(rng.randint(644, 649))]), 16
    elif net == "jcb":
        pre, n = str(rng.randint(3528, 3589)), 16
    elif net == "diners":
        pre, n = "36", 14
    elif net == "unionpay":
        pre, n = "62", 16
    else:
        raise KeyError(net)
    num = luhn_complete(pre + digits(rng, n - len(pre) - 1))
    style = rng.randrange(3) if style is None else style
    if style == 2:
        return num
    sep = " " if style == 0 else "-"
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    if n == 14:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, n, 4))


GB_BANKS = ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]
IE_BANKS = ["AIBK", "BOFI"]
NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO"]


def _bban(rng, cc):
    if cc == "DE":
        return str(rng.randint(1, 8)) + digits(rng, 7) + digits(rng, 10)
    if cc == "GB":
        return pick(rng, GB_BANKS) + digits(rng, 6) + digits(rng, 8)
    if cc == "IE":
        return pick(rng, IE_BANKS) + digits(rng, 6) + digits(rng, 8)
    if cc == "NL":
        return pick(rng, NL_BANKS) + digits(rng, 10)
    if cc == "FR":
        bank, branch, acct = pick(rng, ["30004", "30003", "20041", "10278"]), digits(rng, 5), digits(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return bank + branch + acct + "%02d" % key
    lens = {"ES": 20, "IT": None, "BE": 12, "CH": 17, "AT": 16, "PL": 24, "PT": 21, "SE": 20, "NO": 11, "DK": 14, "FI": 14, "LU": 16}
    if cc == "IT":
        return pick(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(rng, 5) + digits(rng, 5) + digits(rng, 12)
    return digits(rng, lens[cc])


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(rng, cc="DE", paper=None):
    bban = _bban(rng, cc)
    chk = 98 - int(_num(bban + cc + "00")) % 97
    s = "%s%02d%s" % (cc, chk, bban)
    paper = rng.random() < 0.6 if paper is None else paper
    if paper:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


PUBLIC_FIRST = [23, 31, 34, 45, 51, 62, 77, 81, 85, 91, 103, 109, 141, 146, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217]


def ipv4(rng, kind=None):
    kind = kind or pick(rng, ["public", "public", "doc", "private"])
    if kind == "public":
        return "%d.%d.%d.%d" % (pick(rng, PUBLIC_FIRST), rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254))
    if kind == "doc":
        return "%s.%d" % (pick(rng, ["192.0.2", "198.51.100", "203.0.113"]), rng.randint(1, 254))
    p = rng.randrange(3)
    if p == 0:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if p == 1:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
    return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))


def cdom(rng):
    return pick(rng, COMPANIES)[1]


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
      "curl/8.5.0", "python-requests/2.31.0", "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"]


# ====================================================================== EMAIL primary (18)
def em_crm(rng, d):
    n = person(rng)
    co = company(rng)
    return json.dumps({"id": str(rng.randint(10 ** 9, 10 ** 10)), "properties": {"firstname": n.split()[0], "lastname": n.split(" ", 1)[1],
                       "email": d.e("email", email(rng, n, co[1])), "phone": d.e("phone", phone(rng, "us")), "company": co[0],
                       "lifecyclestage": "customer", "createdate": iso_z(rdate(rng))}}, indent=2, ensure_ascii=False)


def em_headers(rng, d):
    a, b, c = person(rng), person(rng), person(rng)
    co = company(rng)
    dt = rdate(rng)
    return ("Date: %s\nFrom: %s <%s>\nTo: %s <%s>\nCc: %s <%s>\nSubject: Re: venue options for the March workshop\nThread-Index: AQH%s\nX-Sender-Domain: %s\n\n"
            "Thanks both, I prefer the second venue. I'll confirm with them tomorrow.\n\n> On %s, %s wrote:\n> Here are the three options we discussed.\n") % (
        rfc2822(dt, "+0100"), a, d.e("email", email(rng, a, co[1])), b, d.e("email", email(rng, b)), c, d.e("email", email(rng, c, co[1])),
        hexs(rng, 16), co[1], dt.strftime("%d %b %Y"), b)


def em_csv(rng, d):
    rows = ["email,first_name,signup_date,source,double_opt_in"]
    for _ in range(rng.randint(4, 7)):
        n = person(rng)
        rows.append("%s,%s,%s,%s,%s" % (d.e("email", email(rng, n)), n.split()[0], rdate(rng).strftime("%Y-%m-%d"),
                                        pick(rng, ["footer_form", "checkout", "event_qr", "blog_popup"]), pick(rng, ["true", "false"])))
    return "\n".join(rows) + "\n"


def em_ticket(rng, d):
    n = person(rng)
    return json.dumps({"ticket": {"id": rng.randint(10000, 99999), "subject": "Can't download my invoice", "requester": {"name": n, "email": d.e("email", email(rng, n))},
                       "description": "Hi, the invoice link in my account gives a 404. Could you send it to %s instead? Thanks, %s" % (d.e("email", email(rng, n)), n.split()[0]),
                       "status": "open", "created_at": iso_z(rdate(rng))}}, indent=2, ensure_ascii=False)


def em_log(rng, d):
    dt = rdate(rng)
    out = []
    for _ in range(3):
        n = person(rng)
        out.append("%s INFO  [auth] password-reset - reset link issued user_id=%d email=%s" % (iso_z(dt), rng.randint(1000, 99999), d.e("email", email(rng, n))))
        dt = later(dt, rng, 1, 90)
    out.append("%s WARN  [auth] password-reset - rate limit hit for email=%s" % (iso_z(dt), d.e("email", email(rng, person(rng)))))
    return "\n".join(out) + "\n"


def em_shortlog(rng, d):
    lines = []
    for _ in range(rng.randint(4, 6)):
        n = person(rng)
        lines.append("%6d\t%s <%s>" % (rng.randint(1, 400), n, d.e("email", email(rng, n, pick(rng, ["users.noreply.github.com", cdom(rng), "gmail.com"])))))
    return "$ git shortlog -sne --since='6 months ago'\n" + "\n".join(sorted(lines, reverse=True)) + "\n"


def em_sql(rng, d):
    rows = []
    for _ in range(rng.randint(3, 5)):
        n = person(rng)
        rows.append((str(rng.randint(1000, 9999)), n, d.e("email", email(rng, n)), rdate(rng).strftime("%Y-%m-%d")))
    w = [max(len(x[i]) for x in rows + [("id", "full_name", "email", "created")]) for i in range(4)]
    out = ["app=> SELECT id, full_name, email, created FROM users WHERE plan = 'trial' LIMIT %d;" % len(rows),
           " " + " | ".join(h.ljust(w[i]) for i, h in enumerate(["id", "full_name", "email", "created"])),
           "-" + "-+-".join("-" * x for x in w) + "-"]
    for r in rows:
        out.append(" " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)))
    out.append("(%d rows)" % len(rows))
    return "\n".join(out) + "\n"


def em_slack(rng, d):
    n = person(rng)
    return json.dumps({"ok": True, "messages": [
        {"user_name": person(rng), "text": "who's the contact at the venue for the offsite?"},
        {"user_name": person(rng), "text": "%s, %s. She prefers email over phone" % (n, d.e("email", email(rng, n, "driftwoodhotels.com")))},
        {"user_name": person(rng), "text": "thanks, I'll cc %s from our side too" % d.e("email", email(rng, person(rng), cdom(rng)))}]}, indent=2, ensure_ascii=False)


def em_vcard(rng, d):
    n = person(rng)
    co = company(rng)
    return "BEGIN:VCARD\nVERSION:3.0\nFN:%s\nN:%s;%s;;;\nORG:%s\nTITLE:Procurement Lead\nEMAIL;TYPE=WORK:%s\nEMAIL;TYPE=HOME:%s\nTEL;TYPE=CELL:%s\nEND:VCARD\n" % (
        n, n.split(" ", 1)[1], n.split()[0], co[0], d.e("email", email(rng, n, co[1])), d.e("email", email(rng, n)), d.e("phone", phone(rng, "uk")))


def em_ics(rng, d):
    org = person(rng)
    co = cdom(rng)
    att = [person(rng) for _ in range(3)]
    lines = ["BEGIN:VEVENT", "SUMMARY:Vendor review", "DTSTART:%s" % rdate(rng).strftime("%Y%m%dT%H0000Z"),
             "ORGANIZER;CN=%s:mailto:%s" % (org, d.e("email", email(rng, org, co)))]
    for a in att:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:%s" % (a, d.e("email", email(rng, a, pick(rng, [co, cdom(rng)])))))
    lines.append("END:VEVENT")
    return "\n".join(lines) + "\n"


def em_hr_form(rng, d):
    n = person(rng)
    return ("New starter form\n================\nName: %s\nStart date: %s\nDepartment: Finance\nPersonal email: %s\nLine manager: %s\n"
            "Laptop: MacBook Pro 14\" (UK keyboard)\nNotes: please send the welcome pack to the personal email before day one.\n") % (
        n, rdate(rng).strftime("%d %B %Y"), d.e("email", email(rng, n)), person(rng))


def em_stripe(rng, d):
    n = person(rng)
    return json.dumps({"id": "cus_" + rstr(rng, ALNUM, 14), "object": "customer", "name": n, "email": d.e("email", email(rng, n)),
                       "invoice_settings": {"default_payment_method": "pm_" + rstr(rng, ALNUM, 24)}, "currency": "eur",
                       "metadata": {"crm_id": str(rng.randint(10 ** 6, 10 ** 7))}, "created": rng.randint(1690000000, 1730000000)}, indent=2, ensure_ascii=False)


def em_attendees_md(rng, d):
    out = ["| Name | Company | Email | Dietary |", "|---|---|---|---|"]
    for _ in range(rng.randint(4, 6)):
        n = person(rng)
        co = company(rng)
        out.append("| %s | %s | %s | %s |" % (n, co[0], d.e("email", email(rng, n, co[1])), pick(rng, ["-", "vegetarian", "vegan", "no nuts"])))
    return "## Workshop attendees\n\n" + "\n".join(out) + "\n"


def em_bounce(rng, d):
    n = person(rng)
    rcpt = d.e("email", email(rng, n, cdom(rng)))
    return ("From: Mail Delivery Subsystem <%s>\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system.\n\n"
            "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<%s>: host mx.%s said: 550 5.1.1 User unknown\n") % (
        d.e("email", "mailer-daemon@%s" % cdom(rng)), rcpt, rcpt.split("@")[1])


def em_ldap(rng, d):
    out = []
    for _ in range(2):
        n = person(rng)
        uid = login(rng, n)
        out.append("dn: uid=%s,ou=people,dc=corvidsystems,dc=net\ncn: %s\nuid: %s\nmail: %s\ndepartmentNumber: %d\n" % (
            uid, n, uid, d.e("email", email(rng, n, "corvidsystems.net")), rng.randint(100, 900)))
    return "$ ldapsearch -x -LLL '(departmentNumber=*)' cn uid mail departmentNumber\n" + "\n".join(out)


def em_webhook(rng, d):
    n = person(rng)
    return json.dumps({"form_id": "contact-v2", "submitted_at": iso_z(rdate(rng)), "fields": {"name": n, "email": d.e("email", email(rng, n)),
                       "message": "Do you ship to Norway? I'd like to order two of the lamps."}, "meta": {"ip": d.e("ipv4", ipv4(rng, "public")), "user_agent": pick(rng, UA)}}, indent=2, ensure_ascii=False)


def em_package_json(rng, d):
    a, b = person(rng), person(rng)
    return json.dumps({"name": "@corvid/relay-client", "version": version(rng), "description": "Client for the Relay API",
                       "author": "%s <%s>" % (a, d.e("email", email(rng, a, "corvidsystems.net"))),
                       "maintainers": [{"name": login(rng, b), "email": d.e("email", email(rng, b))}], "license": "MIT",
                       "bugs": {"url": "https://github.com/corvid-systems/relay-client/issues"}}, indent=2, ensure_ascii=False)


def em_de_contact(rng, d):
    n = pick(rng, ["Katrin Vogel", "Jürgen Albrecht", "Miriam Hoffmann", "Stefan Krüger"])
    return ("Betreff: Kontaktformular – Anfrage Großbestellung\n\nName: %s\nE-Mail: %s\nFirma: Brandt Gastro GmbH\nNachricht: Guten Tag, wir möchten 40 Stück "
            "des Modells Kettlebrew bestellen. Bitte senden Sie ein Angebot an die oben genannte Adresse, in Kopie an %s.\n") % (
        n, d.e("email", email(rng, n, pick(rng, ["web.de", "gmx.de", "t-online.de"]))), d.e("email", email(rng, person(rng), "brandt-gastro.de")))


EMAIL_T = [em_crm, em_headers, em_csv, em_ticket, em_log, em_shortlog, em_sql, em_slack, em_vcard, em_ics, em_hr_form, em_stripe,
           em_attendees_md, em_bounce, em_ldap, em_webhook, em_package_json, em_de_contact]
EMAIL_F = ["crm_contact_json", "email_headers", "csv_export", "zendesk_ticket_json", "app_log", "terminal_output", "sql_result_psql",
           "slack_export_json", "vcard", "calendar_ics", "form_text", "stripe_api_json", "markdown_wiki", "email_eml", "ldif_output",
           "webhook_json", "package_json", "email_eml"]


# ====================================================================== PHONE primary (18)
def ph_vcard(rng, d):
    n = person(rng)
    return "BEGIN:VCARD\nVERSION:4.0\nFN:%s\nTEL;TYPE=work,voice;VALUE=uri:tel:%s\nTEL;TYPE=cell:%s\nADR;TYPE=work:;;1200 Market St;Denver;CO;80202;USA\nEND:VCARD\n" % (
        n, d.e("phone", phone(rng, "us")), d.e("phone", phone(rng, "us")))


def ph_signature(rng, d):
    n = person(rng)
    return ("Thanks for the update, Friday works for the site visit.\n\nBest,\n%s\nFacilities Manager | Marrow & Finch\nT: %s\nM: %s\nmarrowfinch.co.uk\n") % (
        n, d.e("phone", phone(rng, "uk")), d.e("phone", phone(rng, "uk")))


def ph_crm_de(rng, d):
    return json.dumps({"kontakt": {"name": "Frau " + pick(rng, ["Vogel", "Albrecht", "Hoffmann", "Krüger"]), "firma": "Ironleaf Manufacturing GmbH",
                       "telefon": d.e("phone", phone(rng, "de")), "mobil": d.e("phone", phone(rng, "de")), "notiz": "Rückruf wegen Angebot Q3 erwünscht, am besten vormittags."}},
                      indent=2, ensure_ascii=False)


def ph_whatsapp(rng, d):
    n = pick(rng, ["Lucía", "Javier", "Marta"])
    dt = rdate(rng)
    return ("[%s, 10:02:11] %s: ¿Me pasas el número del fontanero?\n[%s, 10:05:40] Andrés: Claro, es Paco: %s\n"
            "[%s, 10:06:02] Andrés: Si no contesta, prueba con su hija, %s\n[%s, 10:06:30] %s: ¡Gracias!\n") % (
        dt.strftime("%d/%m/%y"), n, dt.strftime("%d/%m/%y"), d.e("phone", phone(rng, "es")), dt.strftime("%d/%m/%y"), d.e("phone", phone(rng, "es")), dt.strftime("%d/%m/%y"), n)


def ph_calllog(rng, d):
    rows = ["date,direction,number,duration_s,agent"]
    for _ in range(5):
        rows.append("%s,%s,%s,%d,%s" % (rdate(rng).strftime("%Y-%m-%d %H:%M"), pick(rng, ["inbound", "outbound"]), d.e("phone", phone(rng, "fr")),
                                        rng.randint(20, 900), pick(rng, ["claire", "mathieu", "sophie"])))
    return "\n".join(rows) + "\n"


def ph_delivery_it(rng, d):
    return ("DOCUMENTO DI TRASPORTO n. %d del %s\nDestinatario: Ristorante Da Chiara, Via dei Mille 14, 20121 Milano\nReferente consegna: Chiara Romano – tel. %s\n"
            "Vettore: Bluefin Logistics – assistenza %s\nColli: 6   Peso: 84 kg\n") % (rng.randint(100, 9999), rdate(rng).strftime("%d/%m/%Y"),
                                                                               d.e("phone", phone(rng, "it")), d.e("phone", phone(rng, "it")))


def ph_sql_nl(rng, d):
    rows = [("%d" % rng.randint(100, 999), pick(rng, ["de Vries", "Jansen", "Visser", "Bakker"]), str(rng.randint(2, 8)), rdate(rng).strftime("%Y-%m-%d 19:30"), d.e("phone", phone(rng, "nl"))) for _ in range(4)]
    w = [max(len(r[i]) for r in rows + [("id", "naam", "personen", "tijd", "telefoon")]) for i in range(5)]
    out = ["reserveringen=> SELECT id, naam, personen, tijd, telefoon FROM reserveringen WHERE datum = CURRENT_DATE;",
           " " + " | ".join(h.ljust(w[i]) for i, h in enumerate(["id", "naam", "personen", "tijd", "telefoon"])),
           "-" + "-+-".join("-" * x for x in w) + "-"] + [" " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)) for r in rows] + ["(4 rows)"]
    return "\n".join(out) + "\n"


def ph_twilio(rng, d):
    fr = "+1%s%s%s" % (pick(rng, US_AREAS), _exch(rng), digits(rng, 4))
    to = "+1%s%s%s" % (pick(rng, US_AREAS), _exch(rng), digits(rng, 4))
    return ("%s INFO  [sms-inbound] twilio.Webhook - received MessageSid=SM%s From=%s To=%s Body=\"STOP\" NumMedia=0\n"
            "%s INFO  [sms-inbound] optout.Service - number %s unsubscribed from list 'promotions'\n") % (
        iso_z(rdate(rng)), hexs(rng, 32), d.e("phone", fr), d.e("phone", to), iso_z(rdate(rng)), fr)


def ph_ticket_in(rng, d):
    return json.dumps({"ticket_id": "TKT-%d" % rng.randint(10000, 99999), "customer": pick(rng, ["Priya Sharma", "Rahul Verma", "Anjali Gupta"]),
                       "message": "My order was marked delivered but I didn't receive it. Please call me on %s or my alternate number %s." % (
                           d.e("phone", phone(rng, "in")), d.e("phone", phone(rng, "in"))), "city": "Pune"}, indent=2, ensure_ascii=False)


def ph_order_br(rng, d):
    return ("Pedido #%d confirmado\nCliente: Beatriz Sousa\nEntrega: Rua das Flores, 120 – Belo Horizonte/MG\nTelefone para contato: %s\n"
            "Telefone alternativo: %s\nPrevisão de entrega: 3 a 5 dias úteis\n") % (rng.randint(10000, 99999), d.e("phone", phone(rng, "br")), d.e("phone", phone(rng, "br")))


def ph_meishi_jp(rng, d):
    return ("[OCR] 名刺\n株式会社クイロン・ラボ\n営業部 課長\n佐藤 美咲\nTEL: %s\n携帯: %s\n〒150-0002 東京都渋谷区渋谷2-21-1\n") % (
        d.e("phone", phone(rng, "jp")), d.e("phone", phone(rng, "jp")))


def ph_listing_au2(rng, d):
    m = phone(rng, "au")
    o = "(02) 9%s %s" % (digits(rng, 3), digits(rng, 4))
    return ("<div class=\"agent\"><h3>Contact the agent</h3><p>Mira Costa, Harbour Realty</p><p>Mobile: <a href=\"tel:%s\">%s</a></p><p>Office: %s</p>"
            "<p>Inspection: Saturday 10:15-10:45</p></div>\n") % (d.e("phone", m.replace(" ", "")), d.e("phone", m), d.e("phone", o))


def ph_mx(rng, d):
    return ("Recordatorio de cita\nFarmacia San Ángel – Consultorio\nPaciente: Daniela Herrera\nFecha: %s 11:30\nConfirme su asistencia al %s o por WhatsApp al %s.\n") % (
        rdate(rng).strftime("%d/%m/%Y"), d.e("phone", phone(rng, "mx")), d.e("phone", phone(rng, "mx")))


def ph_pl(rng, d):
    return ("Kurier: Twoja przesyłka %s zostanie doręczona jutro w godzinach 9:00–13:00.\nKurier: Piotr, tel. %s\nW razie pytań: infolinia %s\n") % (
        rstr(rng, UPPER_ALNUM, 2) + digits(rng, 9), d.e("phone", phone(rng, "pl")), d.e("phone", phone(rng, "pl")))


def ph_ch(rng, d):
    return ("Buchungsbestätigung – Hotel Seeblick Zürich\nGast: Herr Stefan Krüger\nAnreise: %s  Abreise: +3 Nächte\nKontakt Gast: %s\nRezeption: %s (24h)\n") % (
        rdate(rng).strftime("%d.%m.%Y"), d.e("phone", phone(rng, "ch")), d.e("phone", phone(rng, "ch")))


def ph_ie(rng, d):
    return ("Appointment reminder: Harborview Family Practice\nYour appointment with Dr. Murphy is on %s at 09:40.\nTo cancel, call %s or text CANCEL to %s.\n") % (
        rdate(rng).strftime("%A %d %B"), d.e("phone", phone(rng, "ie")), d.e("phone", phone(rng, "ie")))


def ph_intl_csv(rng, d):
    rows = ["office,contact,phone"]
    for city, cc in [("Seoul", "kr"), ("Shanghai", "cn"), ("Singapore", "sg"), ("Vienna", "at"), ("Stockholm", "se")]:
        rows.append("%s,%s,\"%s\"" % (city, person(rng), d.e("phone", phone(rng, cc))))
    return "\n".join(rows) + "\n"


def ph_ca(rng, d):
    return json.dumps({"employee_id": "E%d" % rng.randint(1000, 9999), "emergency_contacts": [
        {"name": person(rng), "relationship": "spouse", "phone": d.e("phone", phone(rng, "ca"))},
        {"name": person(rng), "relationship": "sibling", "phone": d.e("phone", phone(rng, "ca"))}]}, indent=2, ensure_ascii=False)


PHONE_T = [ph_vcard, ph_signature, ph_crm_de, ph_whatsapp, ph_calllog, ph_delivery_it, ph_sql_nl, ph_twilio, ph_ticket_in, ph_order_br,
           ph_meishi_jp, ph_listing_au2, ph_mx, ph_pl, ph_ch, ph_ie, ph_intl_csv, ph_ca]
PHONE_F = ["vcard", "email_body", "crm_contact_json", "chat_export_txt", "csv_export", "pdf_text", "sql_result_psql", "app_log",
           "zendesk_ticket_json", "email_body", "ocr_text", "html_page", "sms_text", "sms_text", "email_body", "sms_text", "csv_export", "hr_record_json"]


# ====================================================================== SSN primary (18)
def ss_w2(rng, d):
    n = person(rng)
    return ("Form W-2 Wage and Tax Statement 2023\na Employee's social security number: %s\nb Employer identification number (EIN): %s-%s\n"
            "c Employer's name: Kestrel Payroll Services LLC, 88 Harbor Blvd, Boston MA\ne Employee's first name and initial / last name: %s\n"
            "1 Wages, tips, other compensation: 68,412.50   2 Federal income tax withheld: 9,118.00\n") % (d.e("ssn", ssn(rng)), digits(rng, 2), digits(rng, 7), n)


def ss_hr_json(rng, d):
    n = person(rng)
    return json.dumps({"worker": {"id": "W-%d" % rng.randint(10000, 99999), "legal_name": n, "ssn": d.e("ssn", ssn(rng)),
                       "date_of_birth": "%d-%02d-%02d" % (rng.randint(1960, 2001), rng.randint(1, 12), rng.randint(1, 28)),
                       "work_email": d.e("email", email(rng, n, "tessellatehealth.com")), "status": "onboarding"}}, indent=2, ensure_ascii=False)


def ss_bgcheck(rng, d):
    rows = ["candidate_id,name,ssn,package,status"]
    for _ in range(4):
        rows.append("C%d,%s,%s,%s,%s" % (rng.randint(1000, 9999), person(rng), d.e("ssn", ssn(rng)), pick(rng, ["basic", "standard", "pro"]), pick(rng, ["clear", "pending", "consider"])))
    return "\n".join(rows) + "\n"


def ss_payroll(rng, d):
    out = ["EMP   NAME                     SSN          GROSS      NET"]
    for _ in range(4):
        out.append("%-5d %-24s %-12s %9.2f %9.2f" % (rng.randint(100, 999), person(rng)[:24], d.e("ssn", ssn(rng)), rng.uniform(2500, 9000), rng.uniform(1800, 6500)))
    return "PAYROLL REGISTER – PERIOD ENDING %s\n" % rdate(rng).strftime("%m/%d/%Y") + "\n".join(out) + "\n"


def ss_1040(rng, d):
    n, s = person(rng), person(rng)
    return ("Form 1040 (2023) – U.S. Individual Income Tax Return\nYour first name and middle initial / Last name: %s    Your social security number: %s\n"
            "If joint return, spouse's first name / Last name: %s    Spouse's social security number: %s\nHome address: 418 Maple Ave, Apt 2, Austin, TX 78704\n") % (
        n, d.e("ssn", ssn(rng, 1)), s, d.e("ssn", ssn(rng, 1)))


def ss_loan(rng, d):
    n = person(rng)
    return ("LOAN APPLICATION – SECTION 1: BORROWER INFORMATION\nName: %s\nSocial Security Number: %s\nPhone: %s\nEmail: %s\nYears at current address: 4\n"
            "Employer: Redcliff Engineering   Position: Project Engineer   Years: 6\n") % (n, d.e("ssn", ssn(rng)), d.e("phone", phone(rng, "us")), d.e("email", email(rng, n)))


def ss_benefits_email(rng, d):
    n = person(rng)
    return ("Subject: Benefits enrollment – missing dependent info\n\nHi %s,\n\nto add your son to the dental plan we still need his SSN. You sent %s for "
            "yourself; please reply with his number or enter it in the portal before Friday.\n\nBenefits Team\n") % (n.split()[0], d.e("ssn", ssn(rng)))


def ss_sql(rng, d):
    rows = [(str(rng.randint(10, 99)), person(rng), d.e("ssn", ssn(rng)), pick(rng, ["FT", "PT", "CTR"])) for _ in range(4)]
    w = [max(len(r[i]) for r in rows + [("id", "name", "ssn", "type")]) for i in range(4)]
    return "\n".join(["hr=> SELECT id, name, ssn, type FROM employees WHERE location = 'TX';",
                      " " + " | ".join(h.ljust(w[i]) for i, h in enumerate(["id", "name", "ssn", "type"])), "-" + "-+-".join("-" * x for x in w) + "-"]
                     + [" " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)) for r in rows] + ["(4 rows)"]) + "\n"


def ss_chat(rng, d):
    dt = rdate(rng)
    return ("[%s 14:02] Ethan: mom what's my social again? the bank form needs it\n[%s 14:05] Mom: %s. don't send it to anyone else!!\n[%s 14:05] Ethan: thx\n") % (
        dt.strftime("%m/%d/%y"), dt.strftime("%m/%d/%y"), d.e("ssn", ssn(rng)), dt.strftime("%m/%d/%y"))


def ss_ticket(rng, d):
    return json.dumps({"id": rng.randint(10000, 99999), "subject": "Locked out of my account", "channel": "web",
                       "description": "I've been locked out after the password reset. To verify me, my SSN is %s and my date of birth is 04/17/1986." % d.e("ssn", ssn(rng, 2))},
                      indent=2, ensure_ascii=False)


def ss_ocr(rng, d):
    return ("[OCR scan page 2/3]\nSOCIAL SECURITY\n%s\nTHIS NUMBER HAS BEEN ESTABLISHED FOR\n%s\nSIGNATURE ______________\n") % (d.e("ssn", ssn(rng)), person(rng).upper())


def ss_w9(rng, d):
    return ("Form W-9 Request for Taxpayer Identification Number\n1 Name: %s\n3 Federal tax classification: Individual/sole proprietor\n"
            "Part I Taxpayer Identification Number: Social security number %s\n5 Address: 77 Pine St, Portland OR 97204\n") % (person(rng), d.e("ssn", ssn(rng, 1)))


def ss_log(rng, d):
    return ("%s ERROR [http-nio-8443-exec-3] verify.IdentityController - upstream 400 for request body {\"last_name\":\"%s\",\"ssn\":\"%s\",\"dob\":\"1979-11-02\"} from %s\n") % (
        iso_z(rdate(rng)), pick(rng, ["Greene", "Ortega", "Murphy"]), d.e("ssn", ssn(rng, 2)), d.e("ipv4", ipv4(rng, "private")))


def ss_claim(rng, d):
    n = person(rng)
    return ("CLAIM FORM – Granite Peak Insurance\nPolicyholder: %s\nPolicy no.: GP-%s\nInsured's SSN: %s\nDate of loss: %s\nDescription: water damage in basement after pipe burst.\n") % (
        n, digits(rng, 8), d.e("ssn", ssn(rng)), rdate(rng).strftime("%m/%d/%Y"))


def ss_intake(rng, d):
    return ("PATIENT INTAKE\nName: %s   DOB: 02/09/1991\nSSN (optional): %s\nInsurance member ID: %s\nEmergency contact phone: %s\n") % (
        person(rng), d.e("ssn", ssn(rng)), rstr(rng, UPPER_ALNUM, 3) + digits(rng, 9), d.e("phone", phone(rng, "us")))


def ss_fafsa(rng, d):
    return ("Student Aid Application – summary\nStudent: %s  SSN: %s\nParent 1: %s  SSN: %s\nSchool code: 003658\n") % (
        person(rng), d.e("ssn", ssn(rng)), person(rng), d.e("ssn", ssn(rng)))


def ss_credit(rng, d):
    return ("CONSUMER CREDIT REPORT (excerpt)\nName on file: %s\nSSN: %s   Also reported: %s (possible variation)\nCurrent address: 9 Elm Ct, Columbus OH\nAccounts: 7 open, 2 closed\n") % (
        person(rng).upper(), d.e("ssn", ssn(rng)), d.e("ssn", ssn(rng)))


def ss_1099(rng, d):
    rows = ["vendor_name,tin_type,tin,amount_paid_2023"]
    for _ in range(3):
        rows.append("%s,SSN,%s,%.2f" % (person(rng), d.e("ssn", ssn(rng)), rng.uniform(800, 40000)))
    rows.append("Emberly Studio LLC,EIN,%s-%s,%.2f" % (digits(rng, 2), digits(rng, 7), rng.uniform(800, 40000)))
    return "\n".join(rows) + "\n"


SSN_T = [ss_w2, ss_hr_json, ss_bgcheck, ss_payroll, ss_1040, ss_loan, ss_benefits_email, ss_sql, ss_chat, ss_ticket, ss_ocr, ss_w9,
         ss_log, ss_claim, ss_intake, ss_fafsa, ss_credit, ss_1099]
SSN_F = ["pdf_text", "hr_record_json", "csv_export", "report_text", "pdf_text", "form_text", "email_body", "sql_result_psql", "chat_export_txt",
         "zendesk_ticket_json", "ocr_text", "pdf_text", "app_log", "form_text", "form_text", "pdf_text", "report_text", "csv_export"]


# ====================================================================== CREDIT CARD primary (18)
def cc_debuglog(rng, d):
    return ("%s DEBUG [checkout] gateway.Client - POST /v1/charges body={\"amount\":4999,\"currency\":\"usd\",\"card\":{\"number\":\"%s\",\"exp_month\":%d,\"exp_year\":%d,\"cvc\":\"%s\"}}\n"
            "%s INFO  [checkout] gateway.Client - response 402 card_declined\n") % (iso_z(rdate(rng)), d.e("credit_card", card(rng, "visa", 2)), rng.randint(1, 12),
                                                                               rng.randint(2025, 2029), digits(rng, 3), iso_z(rdate(rng)))


def cc_form_post(rng, d):
    return ("POST /checkout/pay HTTP/1.1\nHost: shop.%s\nContent-Type: application/x-www-form-urlencoded\nX-Forwarded-For: %s\n\n"
            "name=%s&cc_number=%s&cc_exp=0%d%%2F%d&cc_cvv=%s&save_card=1\n") % (cdom(rng), d.e("ipv4", ipv4(rng, "public")), person(rng).replace(" ", "+"),
                                                                            d.e("credit_card", card(rng, "mc", 2)), rng.randint(1, 9), rng.randint(26, 29), digits(rng, 3))


def cc_csv(rng, d):
    rows = ["order_id,customer,card_number,exp,amount"]
    for net in ["visa", "mc", "amex"]:
        rows.append("%d,%s,%s,%02d/%d,%.2f" % (rng.randint(100000, 999999), person(rng), d.e("credit_card", card(rng, net, 2)), rng.randint(1, 12), rng.randint(25, 29), rng.uniform(10, 500)))
    return "# legacy_orders_export_2019.csv (found on shared drive)\n" + "\n".join(rows) + "\n"


def cc_chat(rng, d):
    return ("[10:14] Customer: can you just take the payment over chat? my card is %s exp 08/27\n[10:15] Agent: Please don't share card numbers here. "
            "I've removed your message from our records and sent you a secure payment link instead.\n") % d.e("credit_card", card(rng, "visa", 0))


def cc_email(rng, d):
    return ("Subject: Re: room guarantee\n\nHello,\n\nplease guarantee the booking for 12-14 June with my card %s, expiry 11/26, name on card %s.\n\nKind regards\n") % (
        d.e("credit_card", card(rng, "amex", 0)), person(rng).upper())


def cc_sql(rng, d):
    rows = [(str(rng.randint(1000, 9999)), d.e("credit_card", card(rng, pick(rng, ["visa", "mc", "discover"]), 2)), "%.2f" % rng.uniform(5, 400), pick(rng, ["captured", "refunded"])) for _ in range(4)]
    w = [max(len(r[i]) for r in rows + [("id", "pan", "amount", "status")]) for i in range(4)]
    return "\n".join(["legacy=> SELECT id, pan, amount, status FROM payments ORDER BY id DESC LIMIT 4;",
                      " " + " | ".join(h.ljust(w[i]) for i, h in enumerate(["id", "pan", "amount", "status"])), "-" + "-+-".join("-" * x for x in w) + "-"]
                     + [" " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)) for r in rows] + ["(4 rows)"]) + "\n"


def cc_pci(rng, d):
    return ("PCI DSS internal scan – finding PAN-0031 (HIGH)\nLocation: /var/log/app/checkout.log, line 88213\nMatched value: %s\n"
            "Recommendation: purge the log file, rotate logging config to mask PAN (first 6 / last 4), re-scan.\n") % d.e("credit_card", card(rng, "mc", 0))


def cc_trace(rng, d):
    return ("Traceback (most recent call last):\n  File \"/srv/pos/sync.py\", line 142, in push_sale\n    validate_card(\"%s\")\n"
            "  File \"/srv/pos/cards.py\", line 31, in validate_card\n    raise ValueError(\"card expired\")\nValueError: card expired\n") % d.e("credit_card", card(rng, "discover", 2))


def cc_booking(rng, d):
    n = person(rng)
    return ("BOOKING CONFIRMATION VT%s\nPassenger: %s\nFlight: VT 482 Lisbon 07:45\nPayment: Visa %s\nContact email: %s\n") % (
        digits(rng, 6), n.upper(), d.e("credit_card", card(rng, "visa", 1)), d.e("email", email(rng, n)))


def cc_pos(rng, d):
    return json.dumps({"terminal": "T-%d" % rng.randint(100, 999), "txn": {"id": rstr(rng, UPPER_ALNUM, 12), "amount": 23.80, "currency": "EUR",
                       "entry_mode": "manual", "pan": d.e("credit_card", card(rng, "mc", 2)), "expiry": "%02d%d" % (rng.randint(1, 12), rng.randint(25, 29))}}, indent=2)


def cc_fax(rng, d):
    return ("[OCR fax 2 pages]\nCREDIT CARD AUTHORISATION FORM\nGuest name: %s\nCard type: Diners Club\nCard number: %s\nExpiry: 05/27\nI authorise Driftwood Hotels to charge the above card.\n") % (
        person(rng), d.e("credit_card", card(rng, "diners", 0)))


def cc_crm_note(rng, d):
    return json.dumps({"contact": person(rng), "notes": [{"by": person(rng), "text": "Phone order, 3x lamps. Customer read out card %s, exp 02/28. Processed manually." % d.e("credit_card", card(rng, "visa", 1))}]},
                      indent=2, ensure_ascii=False)


def cc_expense(rng, d):
    return ("Expense report – %s\nCorporate card: %s\n\nDate        Merchant               Amount\n%s  Driftwood Hotels       412.00 EUR\n%s  Velora Travel          189.40 EUR\n") % (
        person(rng), d.e("credit_card", card(rng, "amex", 1)), rdate(rng).strftime("%Y-%m-%d"), rdate(rng).strftime("%Y-%m-%d"))


def cc_jcb(rng, d):
    return ("ご注文確認\nお支払い方法：クレジットカード（JCB）\nカード番号：%s\n有効期限：09/27\nご注文金額：¥12,800\n") % d.e("credit_card", card(rng, "jcb", 1))


def cc_unionpay(rng, d):
    return ("订单支付记录\n支付方式：银联卡\n卡号：%s\n金额：¥ 1,299.00\n状态：支付成功\n") % d.e("credit_card", card(rng, "unionpay", 0))


def cc_two(rng, d):
    return ("Subject: Update payment method\n\nPlease remove my old card %s from the account and use the new one, %s, from next month.\n") % (
        d.e("credit_card", card(rng, "visa", 0)), d.e("credit_card", card(rng, "mc", 0)))


def cc_jsonl_events(rng, d):
    out = []
    for _ in range(2):
        out.append(json.dumps({"ts": iso_z(rdate(rng)), "event": "payment_attempt", "client_ip": d.e("ipv4", ipv4(rng, "public")),
                               "card": d.e("credit_card", card(rng, pick(rng, ["visa", "amex", "discover"]), 2)), "result": pick(rng, ["ok", "declined"])}))
    return "\n".join(out) + "\n"


def cc_slack(rng, d):
    return json.dumps({"ok": True, "messages": [{"user_name": person(rng), "text": "test card for the staging checkout?"},
                                                {"user_name": person(rng), "text": "use my company card, %s, exp 10/26, I'll expense it" % d.e("credit_card", card(rng, "mc", 1))}]},
                      indent=2, ensure_ascii=False)


CARD_T = [cc_debuglog, cc_form_post, cc_csv, cc_chat, cc_email, cc_sql, cc_pci, cc_trace, cc_booking, cc_pos, cc_fax, cc_crm_note,
          cc_expense, cc_jcb, cc_unionpay, cc_two, cc_jsonl_events, cc_slack]
CARD_F = ["app_log", "http_request_raw", "csv_export", "chat_export_txt", "email_body", "sql_result_psql", "report_text", "python_traceback",
          "email_body", "pos_json", "ocr_text", "crm_contact_json", "report_text", "email_body", "email_body", "email_body", "jsonl_log", "slack_export_json"]


# ====================================================================== IBAN primary (18)
def ib_invoice_de(rng, d):
    return ("RECHNUNG Nr. %d\nRechnungsdatum: %s\nLeistung: Wartung Kälteanlage, 6 Std.\nBetrag: 744,00 EUR (inkl. 19 %% USt.)\n\n"
            "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf folgendes Konto:\nKontoinhaber: Kältetechnik Brandt GmbH\nIBAN: %s\nBIC: COBADEFFXXX\n") % (
        rng.randint(1000, 9999), rdate(rng).strftime("%d.%m.%Y"), d.e("iban", iban(rng, "DE", True)))


def ib_email_nl(rng, d):
    return ("Onderwerp: Betaalgegevens\n\nHoi,\n\nJe kunt de aanbetaling overmaken naar %s t.n.v. S. de Vries, onder vermelding van het factuurnummer.\n\nGroet,\nSanne\n") % d.e("iban", iban(rng, "NL"))


def ib_payroll_fr(rng, d):
    rows = ["matricule;nom;iban;salaire_net"]
    for _ in range(4):
        rows.append("%d;%s;%s;%.2f" % (rng.randint(1000, 9999), person(rng), d.e("iban", iban(rng, "FR", False)), rng.uniform(1800, 4200)))
    return "\n".join(rows) + "\n"


def ib_supplier_es(rng, d):
    return json.dumps({"proveedor": "Suministros Molina S.L.", "cif": "B%s" % digits(rng, 8), "contacto": person(rng),
                       "datos_bancarios": {"iban": d.e("iban", iban(rng, "ES")), "swift": "CAIXESBBXXX"}, "condiciones_pago": "60 días"}, indent=2, ensure_ascii=False)


def ib_gb(rng, d):
    ib = iban(rng, "GB", True)
    return ("Payment instructions\nAccount name: Fernhill Grocers Ltd\nSort code: %s-%s-%s\nAccount number: %s\nIBAN: %s\nBIC: NWBKGB2L\nReference: PO-%d\n") % (
        ib.replace(" ", "")[8:10], ib.replace(" ", "")[10:12], ib.replace(" ", "")[12:14], ib.replace(" ", "")[14:], d.e("iban", ib), rng.randint(10000, 99999))


def ib_ch(rng, d):
    return ("Zahlteil / Empfangsschein\nKonto / Zahlbar an\n%s\nHotel Seeblick AG\nSeestrasse 12\n8002 Zürich\nWährung CHF  Betrag 1 240.00\n") % d.e("iban", iban(rng, "CH", True))


def ib_at(rng, d):
    return ("§ 4 Mietzins\nDer monatliche Mietzins beträgt EUR 1.150,00 und ist jeweils bis zum 5. des Monats auf das Konto des Vermieters, IBAN %s, zu überweisen.\n") % d.e("iban", iban(rng, "AT", True))


def ib_it(rng, d):
    return ("Coordinate per il bonifico\nBeneficiario: Atlas & Vine Wines S.r.l.\nIBAN: %s\nCausale: ordine n. %d\n") % (d.e("iban", iban(rng, "IT", True)), rng.randint(1000, 9999))


def ib_be(rng, d):
    return ("FACTUUR / FACTURE %d\nGelieve te betalen op rekening / Veuillez payer sur le compte %s\nMededeling: +++%s/%s/%s+++\n") % (
        rng.randint(100, 999), d.e("iban", iban(rng, "BE", True)), digits(rng, 3), digits(rng, 4), digits(rng, 5))


def ib_pl(rng, d):
    return ("FAKTURA VAT nr FV/%d/2024\nSprzedawca: Hurtownia Zielińscy sp. z o.o.\nForma płatności: przelew 14 dni\nNr rachunku: %s\n") % (rng.randint(10, 999), d.e("iban", iban(rng, "PL", True)))


def ib_pt(rng, d):
    return ("Recibo de renda\nSenhorio: Rui Mendes\nPagamento por transferência para o IBAN %s\nValor: 850,00 €\n") % d.e("iban", iban(rng, "PT", True))


def ib_ie(rng, d):
    n = person(rng)
    return json.dumps({"refund_request": {"customer": n, "email": d.e("email", email(rng, n)), "amount_eur": 64.5, "iban": d.e("iban", iban(rng, "IE", False)),
                       "reason": "double charge"}}, indent=2, ensure_ascii=False)


def ib_pain(rng, d):
    tx = []
    for cc in ["DE", "FR", "NL"]:
        tx.append("    <CdtTrfTxInf>\n      <Amt><InstdAmt Ccy=\"EUR\">%.2f</InstdAmt></Amt>\n      <Cdtr><Nm>%s</Nm></Cdtr>\n      <CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>\n    </CdtTrfTxInf>" % (
            rng.uniform(100, 5000), person(rng), d.e("iban", iban(rng, cc, False))))
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">\n <CstmrCdtTrfInitn>\n  <PmtInf>\n"
            "   <DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct>\n%s\n  </PmtInf>\n </CstmrCdtTrfInitn>\n</Document>\n") % (d.e("iban", iban(rng, "DE", False)), "\n".join(tx))


def ib_nordic(rng, d):
    out = ["| Country | Supplier | IBAN |", "|---|---|---|"]
    for cc, nm in [("SE", "Nordvik AB"), ("NO", "Fjordlys AS"), ("DK", "Havn ApS"), ("FI", "Saimaa Oy")]:
        out.append("| %s | %s | %s |" % (cc, nm, d.e("iban", iban(rng, cc, True))))
    return "## Nordic supplier bank details\n\n" + "\n".join(out) + "\n"


def ib_lu(rng, d):
    return ("Avis de virement\nDonneur d'ordre: Meridian Biotech S.A.\nCompte bénéficiaire: %s\nMontant: 12 400,00 EUR\n") % d.e("iban", iban(rng, "LU", True))


def ib_ticket(rng, d):
    return json.dumps({"ticket": {"subject": "Refund to bank account", "description": "Card was cancelled, please refund to my account %s (Ana Carvalho)." % d.e("iban", iban(rng, "PT", False))}},
                      indent=2, ensure_ascii=False)


def ib_crm_change(rng, d):
    old, new = iban(rng, "DE", True), iban(rng, "DE", True)
    return ("Vendor master change log\nVendor: Norlake Trading Ltd (V-20931)\nField: bank_account\nOld value: %s\nNew value: %s\nRequested by: email from %s\nCall-back verification: PENDING\n") % (
        d.e("iban", old), d.e("iban", new), d.e("email", "ap@norlake-trading.co"))


def ib_sql(rng, d):
    rows = [(str(rng.randint(100, 999)), pick(rng, ["Havn ApS", "Brandt GmbH", "Molina S.L.", "Visser BV"]), d.e("iban", iban(rng, pick(rng, ["DK", "DE", "ES", "NL"]), False))) for _ in range(3)]
    w = [max(len(r[i]) for r in rows + [("id", "vendor", "iban")]) for i in range(3)]
    return "\n".join(["erp=> SELECT id, vendor, iban FROM vendor_bank_accounts WHERE verified = false;",
                      " " + " | ".join(h.ljust(w[i]) for i, h in enumerate(["id", "vendor", "iban"])), "-" + "-+-".join("-" * x for x in w) + "-"]
                     + [" " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)) for r in rows] + ["(3 rows)"]) + "\n"


IBAN_T = [ib_invoice_de, ib_email_nl, ib_payroll_fr, ib_supplier_es, ib_gb, ib_ch, ib_at, ib_it, ib_be, ib_pl, ib_pt, ib_ie, ib_pain, ib_nordic,
          ib_lu, ib_ticket, ib_crm_change, ib_sql]
IBAN_F = ["pdf_text", "email_body", "csv_export", "supplier_json", "pdf_text", "ocr_text", "pdf_text", "email_body", "pdf_text", "pdf_text",
          "pdf_text", "webhook_json", "sepa_xml", "markdown_wiki", "pdf_text", "zendesk_ticket_json", "report_text", "sql_result_psql"]


# ====================================================================== IPv4 primary (18)
def ip_nginx(rng, d):
    out = []
    dt = rdate(rng)
    for _ in range(5):
        dt = later(dt, rng, 0, 3)
        out.append('%s - - [%s +0000] "%s %s HTTP/1.1" %d %d "-" "%s"' % (d.e("ipv4", ipv4(rng, "public")), dt.strftime("%d/%b/%Y:%H:%M:%S"),
                                                                     pick(rng, ["GET", "GET", "POST"]), pick(rng, ["/", "/api/v1/orders", "/login", "/static/app.js", "/wp-login.php"]),
                                                                     pick(rng, [200, 200, 301, 404, 401]), rng.randint(200, 40000), pick(rng, UA)))
    return "\n".join(out) + "\n"


def ip_auth(rng, d):
    dt = rdate(rng)
    a, b = ipv4(rng, "public"), ipv4(rng, "doc")
    return ("%s bastion sshd[%d]: Failed password for invalid user admin from %s port %d ssh2\n%s bastion sshd[%d]: Failed password for root from %s port %d ssh2\n"
            "%s bastion sshd[%d]: Accepted publickey for deploy from %s port %d ssh2: ED25519 SHA256:%s\n") % (
        dt.strftime("%b %d %H:%M:%S"), rng.randint(1000, 99999), d.e("ipv4", a), rng.randint(30000, 65000),
        dt.strftime("%b %d %H:%M:%S"), rng.randint(1000, 99999), a, rng.randint(30000, 65000),
        dt.strftime("%b %d %H:%M:%S"), rng.randint(1000, 99999), d.e("ipv4", b), rng.randint(30000, 65000), rstr(rng, ALNUM + "+/", 43))


def ip_fail2ban(rng, d):
    out = []
    for _ in range(3):
        out.append("%s fail2ban.actions [%d]: NOTICE [sshd] Ban %s" % (rdate(rng).strftime("%Y-%m-%d %H:%M:%S,%f")[:23], rng.randint(500, 900), d.e("ipv4", ipv4(rng, "public"))))
    return "\n".join(out) + "\n"


def ip_iptables(rng, d):
    return ("*filter\n:INPUT DROP [0:0]\n-A INPUT -i lo -j ACCEPT\n-A INPUT -s %s/32 -p tcp --dport 22 -j ACCEPT\n-A INPUT -s %s/32 -p tcp --dport 5432 -j ACCEPT\n"
            "-A INPUT -p tcp --dport 443 -j ACCEPT\nCOMMIT\n") % (d.e("ipv4", ipv4(rng, "public")), d.e("ipv4", ipv4(rng, "private")))


def ip_sg(rng, d):
    return json.dumps({"GroupId": "sg-" + hexs(rng, 17), "IpPermissions": [
        {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": d.e("ipv4", ipv4(rng, "public")) + "/32", "Description": "office VPN"}]},
        {"IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432, "IpRanges": [{"CidrIp": d.e("ipv4", ipv4(rng, "private")) + "/32", "Description": "bastion"}]}]}, indent=2)


def ip_headers(rng, d):
    c, p = ipv4(rng, "public"), ipv4(rng, "private")
    return ("GET /account HTTP/1.1\nHost: app.%s\nX-Forwarded-For: %s, %s\nX-Real-IP: %s\nUser-Agent: %s\nAccept: text/html\n") % (
        cdom(rng), d.e("ipv4", c), d.e("ipv4", p), c, pick(rng, UA))


def ip_kubectl(rng, d):
    out = ["NAME                      READY   STATUS    RESTARTS   AGE   IP             NODE"]
    for _ in range(3):
        out.append("%-25s 1/1     Running   0          %-5s %-14s node-%d" % ("api-%s-%s" % (hexs(rng, 9), rstr(rng, LOWER_ALNUM, 5)), "%dd" % rng.randint(1, 30),
                                                                              d.e("ipv4", "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))), rng.randint(1, 6)))
    return "$ kubectl get pods -o wide -n prod\n" + "\n".join(out) + "\n"


def ip_hosts(rng, d):
    return ("$ cat /etc/hosts\n%s\tlocalhost\n%s\tdb-primary\n%s\tdb-replica\n%s\tlegacy-ftp.partner\n::1\tlocalhost ip6-localhost\n") % (
        d.e("ipv4", "127.0.0.1"), d.e("ipv4", ipv4(rng, "private")), d.e("ipv4", ipv4(rng, "private")), d.e("ipv4", ipv4(rng, "public")))


def ip_traceroute(rng, d):
    host = ipv4(rng, "public")
    out = ["$ traceroute -n %s" % d.e("ipv4", host), "traceroute to %s, 30 hops max, 60 byte packets" % host]
    hops = [d.e("ipv4", "192.168.1.1")] + [d.e("ipv4", ipv4(rng, "public")) for _ in range(3)] + [host]
    for i, h in enumerate(hops):
        out.append("%2d  %s  %.3f ms  %.3f ms  %.3f ms" % (i + 1, h, rng.uniform(1, 40), rng.uniform(1, 40), rng.uniform(1, 40)))
    return "\n".join(out) + "\n"


def ip_docker(rng, d):
    sub = "172.%d.0" % rng.randint(17, 30)
    return json.dumps([{"Name": "app_default", "Driver": "bridge", "IPAM": {"Config": [{"Subnet": d.e("ipv4", sub + ".0") + "/16", "Gateway": d.e("ipv4", sub + ".1")}]},
                        "Containers": {hexs(rng, 12): {"Name": "app-web-1", "IPv4Address": d.e("ipv4", sub + ".2") + "/16"},
                                       hexs(rng, 12): {"Name": "app-db-1", "IPv4Address": d.e("ipv4", sub + ".3") + "/16"}}}], indent=2)


def ip_login_audit(rng, d):
    n = person(rng)
    return json.dumps({"events": [{"type": "login_success", "user": d.e("email", email(rng, n, cdom(rng))), "ip": d.e("ipv4", ipv4(rng, "public")), "at": iso_z(rdate(rng))},
                                  {"type": "login_failed", "user": d.e("email", email(rng, person(rng), cdom(rng))), "ip": d.e("ipv4", ipv4(rng, "public")), "at": iso_z(rdate(rng))}]},
                      indent=2)


def ip_cf(rng, d):
    return json.dumps({"action": "block", "clientIP": d.e("ipv4", ipv4(rng, "public")), "clientCountryName": pick(rng, ["NL", "US", "DE", "SG"]),
                       "clientRequestPath": "/xmlrpc.php", "ruleId": hexs(rng, 32), "source": "firewallrules", "datetime": iso_z(rdate(rng))}, indent=2)


def ip_haproxy(rng, d):
    return ("backend api\n    balance roundrobin\n    option httpchk GET /healthz\n    server api1 %s:8080 check\n    server api2 %s:8080 check\n    server api3 %s:8080 check backup\n") % (
        d.e("ipv4", ipv4(rng, "private")), d.e("ipv4", ipv4(rng, "private")), d.e("ipv4", ipv4(rng, "private")))


def ip_zone(rng, d):
    dom = cdom(rng)
    return ("$ORIGIN %s.\n$TTL 3600\n@       IN SOA ns1.%s. hostmaster.%s. (2024061101 7200 3600 1209600 3600)\n@       IN A     %s\nwww     IN A     %s\nmail    IN A     %s\n@       IN MX 10 mail\n") % (
        dom, dom, dom, d.e("ipv4", ipv4(rng, "public")), d.e("ipv4", ipv4(rng, "public")), d.e("ipv4", ipv4(rng, "doc")))


def ip_postfix(rng, d):
    ip = ipv4(rng, "public")
    return ("%s mx1 postfix/smtpd[%d]: connect from unknown[%s]\n%s mx1 postfix/smtpd[%d]: NOQUEUE: reject: RCPT from unknown[%s]: 554 5.7.1 <%s>: Relay access denied; from=<%s> to=<%s>\n") % (
        rdate(rng).strftime("%b %d %H:%M:%S"), rng.randint(1000, 9999), d.e("ipv4", ip), rdate(rng).strftime("%b %d %H:%M:%S"), rng.randint(1000, 9999), ip,
        d.e("email", email(rng)), d.e("email", email(rng)), d.e("email", email(rng)))


def ip_vpn(rng, d):
    out = []
    for _ in range(3):
        out.append("%s vpn-gw openvpn[%d]: %s/%s:%d MULTI: Learn: %s -> %s" % (rdate(rng).strftime("%b %d %H:%M:%S"), rng.randint(100, 999), login(rng),
                                                                            d.e("ipv4", ipv4(rng, "public")), rng.randint(30000, 60000),
                                                                            d.e("ipv4", "10.8.0.%d" % rng.randint(2, 250)), login(rng)))
    return "\n".join(out) + "\n"


def ip_tf_output(rng, d):
    return ("$ terraform output\nbastion_public_ip = \"%s\"\ndb_private_ip = \"%s\"\nlb_dns_name = \"api-prod-1234567.eu-west-1.elb.amazonaws.com\"\n") % (
        d.e("ipv4", ipv4(rng, "public")), d.e("ipv4", ipv4(rng, "private")))


def ip_winevent(rng, d):
    return ("Log Name: Security\nSource: Microsoft-Windows-Security-Auditing\nDate: %s\nEvent ID: 4625\nTask Category: Logon\nKeywords: Audit Failure\n"
            "An account failed to log on.\n\nAccount For Which Logon Failed:\n\tAccount Name:\t\tadministrator\n\tAccount Domain:\t\tCORP\n\n"
            "Network Information:\n\tWorkstation Name:\t-\n\tSource Network Address:\t%s\n\tSource Port:\t\t%d\n") % (
        rdate(rng).strftime("%m/%d/%Y %I:%M:%S %p"), d.e("ipv4", ipv4(rng, "public")), rng.randint(40000, 65000))


IP_T = [ip_nginx, ip_auth, ip_fail2ban, ip_iptables, ip_sg, ip_headers, ip_kubectl, ip_hosts, ip_traceroute, ip_docker, ip_login_audit,
        ip_cf, ip_haproxy, ip_zone, ip_postfix, ip_vpn, ip_tf_output, ip_winevent]
IP_F = ["nginx_access_log", "auth_log", "fail2ban_log", "iptables_rules", "aws_api_json", "http_request_raw", "terminal_output", "terminal_output",
        "terminal_output", "docker_inspect_json", "audit_json", "firewall_event_json", "haproxy_cfg", "dns_zone_file", "mail_log", "vpn_log",
        "terminal_output", "windows_event_log"]


# ====================================================================== CLEAN rows (42)
def clean_rows(rng):
    R = []

    def add(cat, fmt, text):
        R.append(dict(format=fmt, label="clean", category=cat, entities=[], text=text))

    # version_strings (4)
    add("version_strings", "terminal_output", "$ pip list --outdated\nPackage    Version  Latest   Type\n---------- -------- -------- -----\nDjango     4.2.11   5.0.6    wheel\nnumpy      1.26.4   2.0.0    wheel\nrequests   2.31.0   2.32.3   wheel\nurllib3    2.2.1    2.2.2    wheel\n")
    add("version_strings", "markdown_wiki", "## Changelog\n\n### 3.12.4 (2024-05-02)\n- Fix crash when the config path contains spaces\n\n### 3.12.3 (2024-04-18)\n- Bump bundled OpenSSL to 3.0.13\n- Drop support for Node 16\n\n### 3.12.0-rc.2 (2024-03-30)\n- Release candidate\n")
    add("version_strings", "json_api", json.dumps({"app": "relay", "version": "4.18.2", "build": "4.18.2+sha.9f2c1e7", "api_versions": ["v1", "v2"],
                                                   "runtime": {"node": "20.12.2", "v8": "11.3.244-node.19"}}, indent=2))
    add("version_strings", "terminal_output", "$ kubectl version --output=yaml | grep gitVersion\n  gitVersion: v1.29.4\n  gitVersion: v1.28.9-eks-036c24b\n$ helm version --short\nv3.14.4+g81c902a\n")
    # oid (3)
    add("oid", "terminal_output", "$ snmpwalk -v2c -c public switch-core-1 1.3.6.1.2.1.1\niso.3.6.1.2.1.1.1.0 = STRING: \"Core switch, firmware 16.12.4\"\niso.3.6.1.2.1.1.3.0 = Timeticks: (518400021) 60 days, 0:00:00.21\niso.3.6.1.2.1.1.5.0 = STRING: \"switch-core-1\"\n")
    add("oid", "terminal_output", "$ openssl x509 -in cert.pem -noout -text | grep -A1 'Policies'\n            X509v3 Certificate Policies:\n                Policy: 2.23.140.1.2.1\n                Policy: 1.3.6.1.4.1.44947.1.1.1\n")
    add("oid", "ldif_output", "dn: cn=schema\nattributeTypes: ( 1.3.6.1.4.1.1466.115.121.1.15 NAME 'displayNameExt' EQUALITY caseIgnoreMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 )\nobjectClasses: ( 2.5.6.6 NAME 'person' SUP top STRUCTURAL MUST ( sn $ cn ) )\n")
    # timestamps (4)
    add("timestamps", "app_log", "\n".join("%s INFO  [jobs] scheduler - run_id=%d started_at=%d duration_ms=%d" % (iso_z(rdate(rng)), rng.randint(10000, 99999), rng.randint(1700000000, 1730000000), rng.randint(100, 90000)) for _ in range(4)) + "\n")
    add("timestamps", "csv_export", "event,utc,local,epoch_ms\nlaunch,2024-06-11T08:00:00Z,2024-06-11 10:00:00+02:00,1718092800000\nfreeze,2024-06-20T17:00:00Z,2024-06-20 19:00:00+02:00,1718902800000\nrelease,2024-07-01T06:30:00Z,2024-07-01 08:30:00+02:00,1719815400000\n")
    add("timestamps", "json_api", json.dumps({"created": "2024-03-11T09:14:22.481Z", "updated": "Mon, 11 Mar 2024 10:02:51 GMT", "expires_at": 1741683600, "ttl": "720h0m0s"}, indent=2))
    add("timestamps", "calendar_ics", "BEGIN:VEVENT\nDTSTAMP:20240311T091422Z\nDTSTART;TZID=Europe/Berlin:20240318T100000\nDTEND;TZID=Europe/Berlin:20240318T113000\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10\nSUMMARY:Planning\nEND:VEVENT\n")
    # order_tracking_numbers (4)
    add("order_tracking_numbers", "email_body", "Your order NG-2024-118734 has shipped!\n\nCarrier: UPS\nTracking number: 1Z 999 AA1 01 2345 6784\nEstimated delivery: Thursday\n\nItems: 2 x Stride Merino Running Socks (3-pack)\n")
    add("order_tracking_numbers", "json_api", json.dumps({"order": {"id": "ORD-%s" % rstr(rng, UPPER_ALNUM, 8), "number": 100000 + rng.randint(1, 89999),
                                                                    "shipments": [{"carrier": "DHL", "tracking": "JJD%s" % digits(rng, 18)}, {"carrier": "Royal Mail", "tracking": "RB%sGB" % digits(rng, 9)}]}}, indent=2))
    add("order_tracking_numbers", "csv_export", "order_no,status,parcel_id,weight_kg\n" + "\n".join("SO-%d,%s,PCL-%s-%d,%.1f" % (rng.randint(40000, 49999), pick(rng, ["packed", "shipped", "delivered"]), rstr(rng, UPPER_ALNUM, 4), rng.randint(10, 99), rng.uniform(0.2, 30)) for _ in range(5)) + "\n")
    add("order_tracking_numbers", "sms_text", "Bluefin: parcel BF7730012458NL will be delivered today between 13:00 and 15:00. Track: bluefinlogistics.com/t/BF7730012458NL\n")
    # postal_codes (3)
    add("postal_codes", "csv_export", "store,street,postcode,city,country\nLeipzig Mitte,Grimmaische Str. 2,04109,Leipzig,DE\nCamden,Camden High St 114,NW1 0LU,London,GB\nLe Marais,Rue de Bretagne 21,75003,Paris,FR\nMidtown,5th Ave 600,10020,New York,US\nShibuya,Jingumae 6-2,150-0001,Tokyo,JP\n")
    add("postal_codes", "json_api", json.dumps({"delivery_zones": [{"zone": "A", "postcodes": ["1011", "1012", "1013"]}, {"zone": "B", "postcodes": ["2511", "2512"]}, {"zone": "C", "prefixes": ["30", "31"]}]}, indent=2))
    add("postal_codes", "markdown_wiki", "Same-day delivery is available for the following postcode districts: EC1, EC2, WC1, WC2, SE1 and N1. For Toronto: M5V, M5J and M4W.\n")
    # invoice_numbers (3)
    add("invoice_numbers", "pdf_text", "INVOICE\nInvoice no.: INV-2024-000481\nCustomer no.: C-10293\nPO number: 4500012871\nDate: 11 March 2024\n\nConsulting services, 36 h      4,320.00 EUR\nVAT 19 %                          820.80 EUR\nTotal                           5,140.80 EUR\n")
    add("invoice_numbers", "sql_result_psql", "billing=> SELECT invoice_no, amount, status FROM invoices ORDER BY issued DESC LIMIT 3;\n    invoice_no     |  amount  | status\n-------------------+----------+--------\n INV-2024-000481   |  5140.80 | open\n INV-2024-000480   |   912.00 | paid\n CN-2024-000017    |  -120.00 | issued\n(3 rows)\n")
    add("invoice_numbers", "email_body", "Hi,\n\nplease find attached invoice 2024/03/118 for the March retainer. Our reference: PRJ-7781-B. Payment terms 30 days.\n\nThanks\n")
    # luhn_invalid (4)
    def bad(n, pre):
        while True:
            s = pre + digits(rng, n - len(pre))
            if not luhn_ok(s):
                return s
    b1 = bad(16, "4")
    add("luhn_invalid_numbers", "app_log", "%s WARN  [checkout] validation - rejected card number failing checksum: %s (user typo)\n" % (iso_z(rdate(rng)), " ".join(b1[i:i + 4] for i in range(0, 16, 4))))
    add("luhn_invalid_numbers", "csv_export", "shipment_ref,container,seal\n%s,MSCU%s,%s\n%s,TGHU%s,%s\n" % (bad(16, "5"), digits(rng, 7), digits(rng, 8), bad(16, "3"), digits(rng, 7), digits(rng, 8)))
    add("luhn_invalid_numbers", "json_api", json.dumps({"account_ref": bad(16, "6"), "loyalty_card": bad(13, "4"), "note": "internal references, not payment cards"}, indent=2))
    add("luhn_invalid_numbers", "markdown_wiki", "Test input for the card field validation (all fail the checksum, so the form must reject them):\n\n- `%s`\n- `%s`\n" % (bad(16, "4"), bad(15, "37")))
    # numeric_ids_json (4)
    add("numeric_ids_json", "json_api", json.dumps({"data": [{"id": rng.randint(10 ** 8, 10 ** 9), "parent_id": rng.randint(10 ** 8, 10 ** 9), "position": i} for i in range(3)], "cursor": rng.randint(10 ** 9, 10 ** 10)}, indent=2))
    add("numeric_ids_json", "json_api", json.dumps({"tweet_id": str(rng.randint(10 ** 17, 10 ** 18)), "reply_count": 14, "author_id": str(rng.randint(10 ** 8, 10 ** 10))}, indent=2))
    add("numeric_ids_json", "github_api_json", json.dumps({"id": rng.randint(10 ** 9, 3 * 10 ** 9), "run_number": 4812, "workflow_id": rng.randint(10 ** 7, 10 ** 8), "check_suite_id": rng.randint(10 ** 10, 3 * 10 ** 10), "status": "completed", "conclusion": "success"}, indent=2))
    add("numeric_ids_json", "json_api", json.dumps({"sku": "4006381333931", "gtin14": "04006381333931", "internal_id": 88213, "warehouse_bin": "A-12-03"}, indent=2))
    # http_status_durations (4)
    add("http_status_durations", "app_log", "\n".join("%s INFO  [http] GET /api/v1/items?page=%d %d %dms" % (iso_z(rdate(rng)), i, pick(rng, [200, 200, 304, 404, 503]), rng.randint(3, 900)) for i in range(1, 6)) + "\n")
    add("http_status_durations", "terminal_output", "$ hey -n 1000 -c 50 https://staging.internal/api/health\n\nSummary:\n  Total:\t4.2113 secs\n  Slowest:\t0.8812 secs\n  Fastest:\t0.0121 secs\n  Average:\t0.2034 secs\n  Requests/sec:\t237.4529\n\nStatus code distribution:\n  [200]\t991 responses\n  [503]\t9 responses\n")
    add("http_status_durations", "json_api", json.dumps({"checks": [{"name": "db", "status": 200, "latency": "12ms"}, {"name": "cache", "status": 200, "latency": "1.8ms"}, {"name": "search", "status": 504, "latency": "30s"}], "uptime": "14d 3h 22m"}, indent=2))
    add("http_status_durations", "csv_export", "endpoint,p50_ms,p95_ms,p99_ms,error_rate\n/api/orders,42,180,410,0.002\n/api/search,88,620,1450,0.011\n/api/login,35,95,240,0.004\n")
    # isbn_ean (3)
    add("isbn_ean", "csv_export", "title,isbn13,ean_price,stock\nThe Obedient Machine,978-0-00-000001-5,5901234123457,12\nSalt and Static,9781234567897,4006381333931,3\nA Field Guide to Flaky Tests,978-3-16-148410-0,4012345678901,0\n")
    add("isbn_ean", "html_page", "<dl class=\"book-meta\"><dt>ISBN-10</dt><dd>0-306-40615-2</dd><dt>ISBN-13</dt><dd>978-0-306-40615-7</dd><dt>Pages</dt><dd>312</dd></dl>\n")
    add("isbn_ean", "json_api", json.dumps({"product": "Fieldnote A5 Dot Grid Notebook", "ean13": "7350053850019", "upc": "036000291452", "hs_code": "4820.10"}, indent=2))
    # masked_values (3)
    add("masked_values", "email_body", "Payment received\n\nCard: Visa ending in 4821\nAmount: 49.99 EUR\nAuthorisation code: 0A7F22\n\nIf you don't recognise this payment, contact your bank.\n")
    add("masked_values", "json_api", json.dumps({"customer": {"ssn_last4": "6789", "ssn_masked": "***-**-6789", "card": "•••• •••• •••• 4242", "iban_masked": "DE** **** **** **** **12 34", "email_masked": "j***@***.com"}}, indent=2, ensure_ascii=False))
    add("masked_values", "app_log", "%s INFO  [kyc] verify - match score=0.97 tax_id=XXX-XX-1208 phone=+1 (***) ***-**17\n" % iso_z(rdate(rng)))
    # measurements (3)
    add("measurements", "csv_export", "sensor,lat,lon,temp_c,humidity\nTH-201,52.520008,13.404954,21.4,43\nTH-202,48.856613,2.352222,19.8,51\nTH-203,40.712776,-74.005974,24.1,38\n")
    add("measurements", "json_api", json.dumps({"bbox": [-0.5103, 51.2868, 0.3340, 51.6923], "resolution_m": 2.5, "bands": 4, "cloud_cover": 0.12}, indent=2))
    add("measurements", "report_text", "Run summary: distance 21.10 km, moving time 1:52:43, avg pace 5:20 /km, elevation gain 184 m, avg HR 151 bpm.\n")
    assert len(R) == 42, len(R)
    return R


PAD_LOG = ["INFO  [main] boot - configuration loaded (profile=prod)", "INFO  [http] server - listening on :8080",
           "DEBUG [cache] lru - evicted 128 entries (size=4096)", "INFO  [jobs] scheduler - next run of 'cleanup' in 15m",
           "WARN  [db] pool - connection acquisition took 812ms", "INFO  [metrics] flush - 412 points written",
           "INFO  [http] GET /healthz 200 2ms", "WARN  [jobs] export - retrying batch 7 of 12 after timeout"]
PAD_TEXT = ["This message and any attachments are confidential and intended solely for the addressee.",
            "Please consider the environment before printing this document.",
            "Our office will be closed on public holidays; replies may be delayed by one working day.",
            "If you received this in error, please notify the sender and delete it.",
            "Page generated automatically by the document management system.",
            "Internal use only. Do not forward outside the organisation.",
            "Reminder: the quarterly review meeting has moved to the large conference room.",
            "All amounts are shown in the account currency unless stated otherwise."]
LOGLIKE = {"app_log", "auth_log", "fail2ban_log", "mail_log", "vpn_log", "nginx_access_log", "jsonl_log"}
TEXTLIKE = {"email_body", "pdf_text", "form_text", "report_text", "ocr_text", "sms_text", "email_eml"}


def pad(rng, fmt, text):
    if fmt in LOGLIKE:
        t = rdate(rng)
        pre, post = [], []
        for _ in range(rng.randint(2, 8)):
            t = later(t, rng, 0, 4)
            pre.append("%s %s" % (iso_z(t), pick(rng, PAD_LOG)))
        t = later(t, rng, 5, 300)
        for _ in range(rng.randint(1, 6)):
            t = later(t, rng, 0, 4)
            post.append("%s %s" % (iso_z(t), pick(rng, PAD_LOG)))
        return "\n".join(pre) + "\n" + text + "\n".join(post) + "\n"
    if fmt in TEXTLIKE:
        return text + "\n" + "\n".join(rng.sample(PAD_TEXT, rng.randint(1, 3))) + "\n"
    return text


def build():
    rng = random.Random(SEED + 2)
    rows = []
    for typ, T, F in [("email", EMAIL_T, EMAIL_F), ("phone", PHONE_T, PHONE_F), ("ssn", SSN_T, SSN_F), ("credit_card", CARD_T, CARD_F),
                      ("iban", IBAN_T, IBAN_F), ("ipv4", IP_T, IP_F)]:
        assert len(T) == 18 and len(F) == 18, typ
        for t, f in zip(T, F):
            d = Doc()
            text = t(rng, d)
            if rng.random() < 0.5:
                text = pad(rng, f, text)
            assert any(x[0] == typ for x in d.ents), (typ, t.__name__)
            for _, v in d.ents:
                assert v in text, (t.__name__, v)
            rows.append(dict(format=f, label="pii", category=typ, entities=[{"type": a, "value": b} for a, b in d.ents], text=text))
    for r in clean_rows(rng):
        if rng.random() < 0.4:
            r["text"] = pad(rng, r["format"], r["text"])
        rows.append(r)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows):
        out.append({"id": "pii-%04d" % (i + 1), "format": r["format"], "label": r["label"], "category": r["category"],
                    "entities": r["entities"], "text": r["text"]})
    return out
