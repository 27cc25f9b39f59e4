"""PII set: synthetic but structurally valid emails, phones, SSNs, cards, IBANs, IPv4s; and clean look-alikes."""
import json

from common import NAMES, ascii_fold, hexstr, alnum, date_str, iso_ts

DG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


# ------------------------------------------------------------------ email
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "web.de", "gmx.de", "orange.fr", "icloud.com", "proton.me", "yahoo.co.jp",
                "naver.com", "libero.it", "wp.pl", "mail.ru", "uol.com.br", "halvorsenlogistics.com", "cobaltridge.io", "vireohealth.org"]


def gen_email(rng, name=None):
    name = name or rng.choice(NAMES)
    parts = ascii_fold(name).lower().replace("'", "").split()
    f, l = parts[0], parts[-1]
    style = rng.randint(0, 4)
    local = [f + "." + l, f[0] + l, f + l + str(rng.randint(1, 99)), f + "_" + l, l + "." + f[0]][style]
    return local + "@" + rng.choice(MAIL_DOMAINS)


# ------------------------------------------------------------------ phone
US_AREAS = ["212", "312", "415", "617", "646", "718", "206", "303", "404", "512", "614", "702", "773", "818", "917", "503", "612", "919"]
CA_AREAS = ["416", "604", "514", "403", "613"]


def _nxx(rng):
    while True:
        x = rng.choice("23456789") + digits(rng, 2)
        if x != "555" and x[1:] != "11":
            return x


def gen_phone(rng):
    c = rng.choice(["us", "us", "ca", "uk", "de", "fr", "es", "it", "nl", "in", "jp", "kr", "cn", "br", "au", "mx", "se", "pl", "za", "ng"])
    if c in ("us", "ca"):
        a = rng.choice(US_AREAS if c == "us" else CA_AREAS)
        x, l = _nxx(rng), digits(rng, 4)
        return rng.choice(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "+1-%s-%s-%s", "%s.%s.%s"]) % (a, x, l)
    if c == "uk":
        m = "7" + rng.choice(["4", "5", "7", "8", "9"]) + digits(rng, 2)
        r = digits(rng, 6)
        return rng.choice(["0%s %s" % (m, r), "+44 %s %s" % (m, r), "+44 (0)%s %s" % (m, r)])
    if c == "de":
        p = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "176", "177", "179"])
        r = digits(rng, 8 if p.startswith("15") else 7)
        return rng.choice(["+49 %s %s" % (p, r), "0%s %s" % (p, r), "+49 (0)%s %s" % (p, r)])
    if c == "fr":
        d = rng.choice("67") + digits(rng, 8)
        g = " ".join([d[1:3], d[3:5], d[5:7], d[7:9]])
        return rng.choice(["0%s %s" % (d[0], g), "+33 %s %s" % (d[0], g)])
    if c == "es":
        d = rng.choice("67") + digits(rng, 8)
        return rng.choice(["+34 %s %s %s", "%s %s %s"]) % (d[:3], d[3:6], d[6:])
    if c == "it":
        d = "3" + rng.choice(["20", "28", "33", "39", "40", "47", "48", "49", "66", "88", "93"]) + digits(rng, 7)
        return rng.choice(["+39 %s %s %s" % (d[:3], d[3:6], d[6:]), "%s %s" % (d[:3], d[3:])])
    if c == "nl":
        d = digits(rng, 8, True)
        return rng.choice(["06-%s" % d, "+31 6 %s" % d, "06 %s %s" % (d[:4], d[4:])])
    if c == "in":
        d = rng.choice("6789") + digits(rng, 9)
        return rng.choice(["+91 %s %s" % (d[:5], d[5:]), "+91-%s" % d, "0%s" % d])
    if c == "jp":
        p = rng.choice(["90", "80", "70"])
        a, b = digits(rng, 4, True), digits(rng, 4)
        return rng.choice(["0%s-%s-%s" % (p, a, b), "+81 %s-%s-%s" % (p, a, b)])
    if c == "kr":
        a, b = digits(rng, 4, True), digits(rng, 4)
        return rng.choice(["010-%s-%s" % (a, b), "+82 10-%s-%s" % (a, b)])
    if c == "cn":
        p = "1" + rng.choice(["38", "39", "36", "58", "86", "88", "50", "77", "35"])
        a, b = digits(rng, 4), digits(rng, 4)
        return rng.choice(["+86 %s %s %s" % (p, a, b), "%s-%s-%s" % (p, a, b), "%s%s%s" % (p, a, b)])
    if c == "br":
        ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
        a, b = "9" + digits(rng, 4), digits(rng, 4)
        return rng.choice(["+55 %s %s-%s" % (ddd, a, b), "(%s) %s-%s" % (ddd, a, b)])
    if c == "au":
        d = "4" + digits(rng, 8)
        return rng.choice(["0%s %s %s" % (d[:3], d[3:6], d[6:]), "+61 %s %s %s" % (d[:3], d[3:6], d[6:])])
    if c == "mx":
        a = rng.choice(["55", "33", "81"])
        return "+52 %s %s %s" % (a, digits(rng, 4, True), digits(rng, 4))
    if c == "se":
        p = rng.choice(["70", "72", "73", "76", "79"])
        d = digits(rng, 7)
        return rng.choice(["0%s-%s %s %s" % (p, d[:3], d[3:5], d[5:]), "+46 %s %s %s %s" % (p, d[:3], d[3:5], d[5:])])
    if c == "pl":
        d = rng.choice(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + digits(rng, 7)
        return rng.choice(["+48 %s %s %s", "%s-%s-%s"]) % (d[:3], d[3:6], d[6:])
    if c == "za":
        p = rng.choice(["82", "83", "72", "71", "61", "84"])
        return "+27 %s %s %s" % (p, digits(rng, 3), digits(rng, 4))
    p = rng.choice(["803", "806", "813", "816", "703", "705", "809", "902"])
    return "+234 %s %s %s" % (p, digits(rng, 3), digits(rng, 4))


# ------------------------------------------------------------------ SSN
def gen_ssn(rng, fmt=None):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g = rng.randint(1, 99)
    s = rng.randint(1, 9999)
    fmt = fmt if fmt is not None else rng.choice([0, 0, 0, 1, 2])
    return ["%03d-%02d-%04d", "%03d %02d %04d", "%03d%02d%04d"][fmt] % (a, g, s)


# ------------------------------------------------------------------ card
def luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def gen_card(rng):
    net = rng.choice(["visa", "visa", "mc", "mc2", "amex", "discover", "jcb", "diners", "unionpay"])
    if net == "visa":
        n = luhn_complete("4", 16, rng)
    elif net == "mc":
        n = luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif net == "mc2":
        n = luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    elif net == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
    elif net == "discover":
        n = luhn_complete("6011", 16, rng)
    elif net == "jcb":
        n = luhn_complete(str(rng.randint(3528, 3589)), 16, rng)
    elif net == "diners":
        n = luhn_complete("36", 14, rng)
    else:
        n = luhn_complete("62" + digits(rng, 2), 16, rng)
    assert luhn_ok(n)
    style = rng.choice(["space", "space", "dash", "none"])
    if len(n) == 15:
        groups = [n[:4], n[4:10], n[10:]]
    elif len(n) == 14:
        groups = [n[:4], n[4:10], n[10:]]
    else:
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    if style == "none":
        return n, net
    return (" " if style == "space" else "-").join(groups), net


# ------------------------------------------------------------------ IBAN
def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_from_bban(cc, bban):
    check = 98 - int(_num(bban + cc + "00")) % 97
    return "%s%02d%s" % (cc, check, bban)


def iban_valid(iban):
    iban = iban.replace(" ", "")
    return int(_num(iban[4:] + iban[:4])) % 97 == 1


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "BE": 16, "AT": 20, "CH": 21, "SE": 24, "IE": 22, "PT": 25, "FI": 18, "LU": 20, "AE": 23, "TR": 26, "DK": 18, "PL": 28, "NO": 15}


def gen_iban(rng):
    cc = rng.choice(list(IBAN_LEN))
    if cc == "DE":
        bban = rng.choice(["37040044", "50010517", "20041133", "76026000", "12030000", "70150000", "10070000"]) + digits(rng, 10)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 6) + digits(rng, 8)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + digits(rng, 6) + digits(rng, 8)
    elif cc == "FR":
        bank, branch, acct = rng.choice(["30004", "30003", "20041", "10278"]), digits(rng, 5), digits(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + "%02d" % key
    elif cc == "ES":
        bank, branch, acct = rng.choice(["2100", "0049", "0182", "2080"]), digits(rng, 4), digits(rng, 10)
        def dc(s, w):
            r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
            return 0 if r == 11 else (1 if r == 10 else r)
        d1 = dc("00" + bank + branch, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])
        d2 = dc(acct, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])
        bban = bank + branch + str(d1) + str(d2) + acct
    elif cc == "NL":
        while True:
            acct = digits(rng, 10)
            if acct[0] != "0" and sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0:
                break
        bban = rng.choice(["INGB", "ABNA", "RABO", "TRIO", "SNSB"]) + acct
    elif cc == "BE":
        first = digits(rng, 10)
        m = int(first) % 97
        bban = first + "%02d" % (m if m else 97)
    elif cc == "PT":
        core = rng.choice(["0035", "0033", "0010"]) + digits(rng, 4) + digits(rng, 11)
        bban = core + "%02d" % (98 - (int(core + "00") % 97))
    elif cc == "NO":
        core = digits(rng, 10)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(int(a) * b for a, b in zip(core, w)) % 11
        if r == 10:
            return gen_iban(rng)
        bban = core + str(0 if r == 11 else r)
    elif cc == "AE":
        bban = rng.choice(["033", "026", "035"]) + digits(rng, 16)
    elif cc == "TR":
        bban = digits(rng, 5) + "0" + digits(rng, 16)
    else:
        bban = digits(rng, IBAN_LEN[cc] - 4)
    iban = iban_from_bban(cc, bban)
    assert len(iban) == IBAN_LEN[cc] and iban_valid(iban), (cc, iban)
    if rng.random() < 0.6:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


# ------------------------------------------------------------------ IPv4
PUBLIC_FIRST = [5, 23, 31, 37, 45, 46, 51, 62, 66, 73, 78, 81, 84, 89, 91, 94, 104, 109, 118, 141, 146, 151, 154, 176, 178, 185, 188, 190, 193, 195, 201, 212, 213, 217, 221]


def gen_ip(rng):
    return "%d.%d.%d.%d" % (rng.choice(PUBLIC_FIRST), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


GEN = {"email": gen_email, "phone": gen_phone, "ssn": gen_ssn, "ipv4": gen_ip, "iban": gen_iban}


class Row:
    def __init__(self, rng):
        self.rng = rng
        self.entities = []

    def v(self, typ, value=None):
        if value is None:
            if typ == "credit_card":
                value = gen_card(self.rng)[0]
            else:
                value = GEN[typ](self.rng)
        self.entities.append({"type": typ, "value": value})
        return value


def person(rng):
    return rng.choice(NAMES)


# ------------------------------------------------------------------ templates per category
def t_email(rng, i):
    r = Row(rng)
    n = person(rng)
    c = i % 8
    if c == 0:
        t = "Ticket #%d\nRequester: %s <%s>\nSubject: Can't download my invoice\n\nHi, the invoice link in my account gives a blank page. Could you email the PDF to me instead? Thanks, %s\n" % (rng.randint(10000, 99999), n, r.v("email"), n.split()[0])
        f = "support_ticket"
    elif c == 1:
        t = "From: %s <%s>\nTo: %s <%s>\nDate: Tue, 18 Nov 2026 09:12:44 +0100\nSubject: Re: Flat viewing on Saturday\n\nSaturday at 11 works for me. My partner will come too; you can reach her at %s if I'm late.\n" % (n, r.v("email"), person(rng), r.v("email"), r.v("email"))
        f = "email"
    elif c == 2:
        rows = "\n".join("%d,%s,%s,%s" % (rng.randint(1000, 9999), nm, r.v("email"), date_str(rng)) for nm in rng.sample(NAMES, rng.randint(3, 9)))
        t = "member_id,name,email,joined\n" + rows + "\n"
        f = "csv_export"
    elif c == 3:
        t = json.dumps({"data": {"id": rng.randint(10 ** 6, 10 ** 7), "name": n, "email": r.v("email"), "newsletter": True, "locale": rng.choice(["de-DE", "en-GB", "fr-FR"])}}, indent=2, ensure_ascii=False)
        f = "api_json"
    elif c == 4:
        t = "%s INFO [auth] password reset requested for %s from app=ios version=5.2.1\n%s INFO [mailer] reset email queued\n" % (iso_ts(rng), r.v("email"), iso_ts(rng))
        f = "app_log"
    elif c == 5:
        t = "ACCOUNT: Lumen & Oak Interiors\nContact: %s (Head of Procurement)\nEmail: %s\nNote: prefers email over calls; cc her assistant %s on quotes.\n" % (n, r.v("email"), r.v("email"))
        f = "crm_note"
    elif c == 6:
        t = json.dumps({"messages": [{"user_name": n, "text": "can you add my personal address to the offsite list? it's %s" % r.v("email")}, {"user_name": person(rng), "text": "done 👍"}]}, indent=2, ensure_ascii=False)
        f = "slack_export_json"
    else:
        t = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Parent-teacher meeting\r\nORGANIZER;CN=%s:mailto:%s\r\nATTENDEE;CN=%s:mailto:%s\r\nDTSTART:20261204T160000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % (n, r.v("email"), person(rng), r.v("email"))
        f = "calendar_ics"
    return f, t, r.entities


def t_phone(rng, i):
    r = Row(rng)
    n = person(rng)
    c = i % 8
    if c == 0:
        t = "Ticket #%d\nCustomer: %s\nCallback number: %s\n\nCustomer asked for a call back after 5pm about the delayed sofa delivery.\n" % (rng.randint(10000, 99999), n, r.v("phone"))
        f = "support_ticket"
    elif c == 1:
        t = "%s\nMobile: %s | Office: %s\n%s\n" % (n, r.v("phone"), r.v("phone"), rng.choice(["Senior Buyer, Meridian Freight", "Practice Manager, Pinecrest Dental Group", "Account Director, Brightpath Analytics"]))
        t = "Thanks for the call today — I'll send the signed order form tomorrow.\n\nBest regards,\n" + t
        f = "email"
    elif c == 2:
        t = "name,phone,city\n" + "\n".join("%s,\"%s\",%s" % (nm, r.v("phone"), rng.choice(["Lyon", "Osaka", "Austin", "Leeds", "Pune", "Recife"])) for nm in rng.sample(NAMES, rng.randint(4, 8))) + "\n"
        f = "csv_export"
    elif c == 3:
        t = "[10:02:11] %s: hi, my parcel never arrived\n[10:02:15] Helpbot: Sorry! What's the best number to reach you on?\n[10:02:40] %s: %s\n[10:02:44] Helpbot: Thanks, a courier agent will call you today.\n" % (n.split()[0], n.split()[0], r.v("phone"))
        f = "chat_transcript"
    elif c == 4:
        t = "ACCOUNT: Norrland Outdoor\nPrimary contact: %s, tel. %s\n[2026-11-12] Call — left voicemail, try the assistant line %s tomorrow.\n" % (n, r.v("phone"), r.v("phone"))
        f = "crm_note"
    elif c == 5:
        t = json.dumps({"contact": {"name": n, "phone": r.v("phone"), "preferred_channel": "sms"}, "order": {"id": "SO-%d" % rng.randint(100000, 999999)}}, indent=2, ensure_ascii=False)
        f = "api_json"
    elif c == 6:
        t = "%s INFO [sms] OTP sent to %s (provider=twilio, status=queued)\n%s INFO [sms] delivery receipt status=delivered\n" % (iso_ts(rng), r.v("phone"), iso_ts(rng))
        f = "app_log"
    else:
        t = "Emergency contacts — volunteer team\n\n1. %s — %s\n2. %s — %s\n\nPlease keep this sheet in the first-aid box.\n" % (n, r.v("phone"), person(rng), r.v("phone"))
        f = "pdf_text"
    return f, t, r.entities


def t_ssn(rng, i):
    r = Row(rng)
    n = person(rng)
    c = i % 6
    if c == 0:
        t = "EMPLOYEE ONBOARDING FORM\n\nFull name: %s\nSocial Security Number: %s\nStart date: %s\nDepartment: Warehouse Operations\n" % (n, r.v("ssn", gen_ssn(rng, 0)), date_str(rng, 2026, (12,)))
        f = "pdf_text"
    elif c == 1:
        people = rng.sample(NAMES, rng.randint(4, 8))
        t = "employee_id | full_name        | ssn         | state\n------------+------------------+-------------+------\n" + "\n".join("%11d | %-16s | %s | %s" % (rng.randint(10000, 99999), nm, r.v("ssn", gen_ssn(rng, 0)), rng.choice(["TX", "OH", "CA", "NY", "WA"])) for nm in people) + "\n(%d rows)\n" % len(people)
        f = "sql_result"
    elif c == 2:
        t = "Hi, I'm filling in the loan application and it keeps rejecting my SSN %s — is the format wrong? My email is %s.\n" % (r.v("ssn", gen_ssn(rng, rng.choice([1, 2]))), r.v("email", gen_email(rng, n)))
        f = "support_ticket"
    elif c == 3:
        t = "Form W-2 Wage and Tax Statement 2025\na Employee's social security number: %s\nc Employer: Tidewater Insurance\ne Employee's name: %s\n1 Wages, tips, other compensation: 58,412.00\n" % (r.v("ssn", gen_ssn(rng, 0)), n)
        f = "pdf_text"
    elif c == 4:
        t = json.dumps({"applicant": {"name": n, "ssn": r.v("ssn", gen_ssn(rng, 2)), "dob": "1988-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))}, "check": {"status": "pending", "provider": "background-screen"}}, indent=2)
        f = "api_json"
    else:
        t = "%s WARN [payroll-import] row 14 rejected: duplicate ssn=%s employee=%s\n" % (iso_ts(rng), r.v("ssn", gen_ssn(rng, 0)), n)
        f = "app_log"
    return f, t, r.entities


def t_card(rng, i):
    r = Row(rng)
    n = person(rng)
    c = i % 6
    if c == 0:
        t = "%s ERROR [payments] charge failed card=%s exp=%02d/%02d amount=129.90 EUR reason=do_not_honor customer=%s\n" % (iso_ts(rng), r.v("credit_card"), rng.randint(1, 12), rng.randint(27, 31), n.replace(" ", "_"))
        f = "app_log"
    elif c == 1:
        t = "[14:20:01] %s: can you just charge this card instead: %s, expiry %02d/%02d\n[14:20:05] Helpbot: For your security please don't share card numbers in chat. I'll send you a secure payment link.\n" % (n.split()[0], r.v("credit_card"), rng.randint(1, 12), rng.randint(27, 31))
        f = "chat_transcript"
    elif c == 2:
        t = "Booking reference: %s\nGuest: %s\nGuarantee card: %s (exp %02d/%02d)\nArrival: 12 Dec 2026, 2 nights\n" % (alnum(rng, 6, UP + DG), n, r.v("credit_card"), rng.randint(1, 12), rng.randint(27, 31))
        f = "email"
    elif c == 3:
        t = "order_id,customer,card_number,amount\n" + "\n".join("SO-%d,%s,%s,%.2f" % (rng.randint(100000, 999999), nm, r.v("credit_card"), rng.uniform(10, 500)) for nm in rng.sample(NAMES, rng.randint(4, 8))) + "\n"
        f = "csv_export"
    elif c == 4:
        t = json.dumps({"payment_method": {"holder": n, "number": r.v("credit_card"), "exp_month": rng.randint(1, 12), "exp_year": 2029, "billing_email": r.v("email", gen_email(rng, n))}}, indent=2, ensure_ascii=False)
        f = "api_json"
    else:
        t = "Ticket #%d\nHi, I was charged twice on my card %s for the same order. Please refund one of them. You can call me on %s.\n" % (rng.randint(10000, 99999), r.v("credit_card"), r.v("phone"))
        f = "support_ticket"
    return f, t, r.entities


def t_iban(rng, i):
    r = Row(rng)
    n = person(rng)
    c = i % 6
    if c == 0:
        t = "INVOICE INV-2026-%04d\n\nPlease transfer the amount due to:\nAccount holder: %s\nIBAN: %s\nReference: INV-2026-%04d\nDue date: %s\n" % (rng.randint(1, 9999), n, r.v("iban"), rng.randint(1, 9999), date_str(rng, 2026, (12,)))
        f = "pdf_text"
    elif c == 1:
        t = "Hi,\n\nmy bank details changed. Please pay my November expenses to %s instead of the old account. Thanks!\n\n%s\n" % (r.v("iban"), n)
        f = "email"
    elif c == 2:
        t = "payee,iban,amount,currency\n" + "\n".join("%s,%s,%.2f,EUR" % (nm, r.v("iban"), rng.uniform(100, 4000)) for nm in rng.sample(NAMES, rng.randint(4, 8))) + "\n"
        f = "csv_export"
    elif c == 3:
        t = json.dumps({"beneficiary": {"name": n, "iban": r.v("iban"), "bic": rng.choice(["COBADEFFXXX", "INGBNL2A", "BNPAFRPP", "CAIXESBB"])}, "amount": {"value": "%.2f" % rng.uniform(50, 3000), "currency": "EUR"}, "status": "pending_approval"}, indent=2, ensure_ascii=False)
        f = "api_json"
    elif c == 4:
        t = "ACCOUNT: Saffron Table Catering\nBilling contact: %s\nRefund to IBAN %s approved by finance on 2026-11-14.\n" % (n, r.v("iban"))
        f = "crm_note"
    else:
        t = "%s INFO [sepa] mandate created debtor_iban=%s creditor_id=DE98ZZZ09999999999\n" % (iso_ts(rng), r.v("iban"))
        f = "app_log"
    return f, t, r.entities


def t_ip(rng, i):
    r = Row(rng)
    c = i % 6
    if c == 0:
        lines = []
        for _ in range(rng.randint(3, 6)):
            lines.append('%s - - [18/Nov/2026:%02d:%02d:%02d +0000] "GET /%s HTTP/1.1" %d %d "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"' % (r.v("ipv4"), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.choice(["", "pricing", "login", "blog/release-notes"]), rng.choice([200, 200, 304, 404]), rng.randint(200, 90000)))
        t = "\n".join(lines) + "\n"
        f = "access_log"
    elif c == 1:
        t = "Nov 18 03:12:44 bastion sshd[21877]: Failed password for invalid user admin from %s port %d ssh2\nNov 18 03:12:51 bastion sshd[21879]: Failed password for root from %s port %d ssh2\nNov 18 03:13:02 bastion fail2ban.actions[812]: NOTICE [sshd] Ban %s\n" % (r.v("ipv4"), rng.randint(30000, 65000), r.v("ipv4"), rng.randint(30000, 65000), r.entities[0]["value"])
        f = "app_log"
    elif c == 2:
        t = "# allowlist for the admin panel\nallowed_ips:\n  - %s   # office Hamburg\n  - %s   # office Lisbon\n  - %s   # M. Rossi home\n" % (r.v("ipv4"), r.v("ipv4"), r.v("ipv4"))
        f = "yaml_config"
    elif c == 3:
        n = person(rng)
        t = "Hi IT,\n\nI can't reach the VPN from home. My public IP is %s if you need to whitelist it. My email is %s.\n\nThanks,\n%s\n" % (r.v("ipv4"), r.v("email", gen_email(rng, n)), n)
        f = "email"
    elif c == 4:
        t = "\n".join(json.dumps({"ts": iso_ts(rng), "event": "login", "user_id": rng.randint(1000, 99999), "ip": r.v("ipv4"), "country": rng.choice(["DE", "BR", "IN", "US", "JP"])}) for _ in range(3)) + "\n"
        f = "jsonl_log"
    else:
        t = "Security alert: new sign-in to your account\n\nWhen: 18 November 2026, 22:14\nDevice: Chrome on macOS\nIP address: %s\nLocation: near Porto, Portugal\n\nIf this wasn't you, change your password.\n" % r.v("ipv4")
        f = "email"
    return f, t, r.entities


TEMPLATES = {"email": t_email, "phone": t_phone, "ssn": t_ssn, "credit_card": t_card, "iban": t_iban, "ipv4": t_ip}


def pii_rows(rng):
    rows = []
    for cat in ["email", "phone", "ssn", "credit_card", "iban", "ipv4"]:
        for i in range(25):
            f, t, ents = TEMPLATES[cat](rng, i)
            # de-duplicate identical entity entries
            seen, uniq = set(), []
            for e in ents:
                k = (e["type"], e["value"])
                if k not in seen:
                    seen.add(k)
                    uniq.append(e)
            rows.append({"format": f, "label": "pii", "category": cat, "entities": uniq, "text": t})
    return rows


# ------------------------------------------------------------------ clean look-alikes
def bad_luhn16(rng):
    while True:
        n = rng.choice("3456") + digits(rng, 15)
        if not luhn_ok(n):
            return n


def _has_luhn_run(text):
    import re
    return any(luhn_ok(m) for m in re.findall(r"(?<!\d)\d{13,19}(?!\d)", text))


def clean_rows(rng, n=70):
    out = []
    for i in range(n):
        for _ in range(50):
            row = _clean_one(rng, i)
            if not _has_luhn_run(row["text"]):
                break
        out.append(row)
    return out


def _clean_one(rng, i):
    if True:
        c = i % 14
        if c == 0:
            t = "Your order SO-%d has shipped!\nCarrier: UPS\nTracking number: 1Z%s%s\nEstimated delivery: %s between 09:00 and 13:00\nItems: 2 × SKU-%05d\n" % (rng.randint(100000, 999999), alnum(rng, 6, UP + DG), digits(rng, 10), date_str(rng, 2026, (12,)), rng.randint(10000, 99999))
            f = "email"
        elif c == 1:
            t = "\n".join("%s INFO [api] GET /v2/orders/%d %d %dms build=%d.%d.%d.%d" % (iso_ts(rng), rng.randint(10 ** 8, 10 ** 9), rng.choice([200, 201, 204, 304, 404, 503]), rng.randint(3, 900), rng.randint(1, 12), rng.randint(0, 9), rng.randint(0, 20), rng.randint(0, 255)) for _ in range(rng.randint(4, 9))) + "\n"
            f = "app_log"
        elif c == 2:
            t = "snmpwalk results\n" + "\n".join(".1.3.6.1.2.1.2.2.1.%d.%d = Counter32: %d" % (rng.randint(2, 20), rng.randint(1, 48), rng.randint(0, 4 * 10 ** 9)) for _ in range(6)) + "\n"
            f = "app_log"
        elif c == 3:
            t = json.dumps({"invoice": {"number": "INV-2026-%06d" % rng.randint(1, 999999), "customer_id": rng.randint(10 ** 9, 10 ** 10), "lines": [{"sku": "SKU-%05d" % rng.randint(10000, 99999), "qty": rng.randint(1, 9), "unit_price": round(rng.uniform(2, 400), 2)} for _ in range(3)], "total": round(rng.uniform(50, 2000), 2), "issued": date_str(rng)}}, indent=2)
            f = "api_json"
        elif c == 4:
            t = "Release 4.%d.%d.%d\n\n- Upgraded OpenSSL to 3.0.15\n- Minimum supported Android version is now 8.1.0\n- Fixed crash when importing CSV files larger than 2,147,483,647 bytes\n- Build 2026.11.%d.%d\n" % (rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 99), rng.randint(1, 28), rng.randint(1000, 9999))
            f = "page_text"
        elif c == 5:
            t = "sku,description,ean,weight_kg,postal_zone\n" + "\n".join("SKU-%05d,%s,%s,%.2f,%s" % (rng.randint(10000, 99999), rng.choice(["Cable tie 200mm", "Wall plug 8mm", "Hinge 40mm", "Bracket L"]), "40" + digits(rng, 11), rng.uniform(0.01, 4), rng.choice(["20095", "75008", "10115", "SW1A", "1011"])) for _ in range(6)) + "\n"
            f = "csv_export"
        elif c == 6:
            t = "Payment reference: %s\nMerchant terminal ID: %s\nBatch: %d\nStatus: SETTLED\nSettlement date: %s\n" % (bad_luhn16(rng), digits(rng, 8), rng.randint(100, 999), date_str(rng))
            f = "pdf_text"
        elif c == 7:
            t = "pg_stat_statements top queries\n queryid              | calls  | mean_ms | rows\n----------------------+--------+---------+---------\n" + "\n".join(" %20d | %6d | %7.2f | %d" % (rng.randint(-9 * 10 ** 18, 9 * 10 ** 18), rng.randint(10, 900000), rng.uniform(0.1, 900), rng.randint(0, 10 ** 7)) for _ in range(5)) + "\n(5 rows)\n"
            f = "sql_result"
        elif c == 8:
            t = "Timer results\nwarmup: 00:%02d:%02d.%03d\nrun 1: 00:%02d:%02d.%03d\nrun 2: 00:%02d:%02d.%03d\nmedian latency: %d ms (p95 %d ms, p99 %s ms)\nstarted %s UTC\n" % (
                rng.randint(1, 5), rng.randint(0, 59), rng.randint(0, 999), rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 999), rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 999),
                rng.randint(90, 300), rng.randint(300, 800), "{:,}".format(rng.randint(800, 3000)), iso_ts(rng))
            f = "app_log"
        elif c == 9:
            t = json.dumps({"status": 429, "code": "rate_limited", "retry_after": rng.randint(1, 120), "limit": 6000, "window_seconds": 60, "request_count": rng.randint(6000, 9000)}, indent=2)
            f = "api_json"
        elif c == 10:
            t = "Parcel %s%s\nWeight: %.1f kg\nDimensions: %dx%dx%d cm\nRoute: DEHAM → NLRTM → GBFXT\nCustoms tariff code: %s.%s.%s\n" % (alnum(rng, 2, UP), digits(rng, 9) + "DE", rng.uniform(0.2, 30), rng.randint(10, 90), rng.randint(10, 90), rng.randint(5, 60), digits(rng, 4), digits(rng, 2), digits(rng, 2))
            f = "email"
        elif c == 11:
            d = rng.randint(1, 28)
            t = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//RoomBooking//EN\r\nBEGIN:VEVENT\r\nUID:booking-%d\r\nSUMMARY:Room 4.12 reserved (booking #%d)\r\nDTSTART:202612%02dT140000Z\r\nDTEND:202612%02dT153000Z\r\nDESCRIPTION:Duration 1h30m. Capacity 12. Floor 4. Cost centre 4410-20.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10000, 99999), d, d)
            f = "calendar_ics"
        elif c == 12:
            t = "dependencies:\n  openssl: 3.0.15\n  libxml2: 2.12.9\n  firmware: %d.%d.%d.%d\n  kernel: 6.8.0-%d-generic\nchecksums:\n  artifact_size_bytes: %d\n" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 200), rng.randint(30, 60), rng.randint(10 ** 6, 10 ** 9))
            f = "yaml_config"
        else:
            t = "Quarterly totals\n\nQ1: {:,.2f}\nQ2: {:,.2f}\nQ3: {:,.2f}\nUnits sold: {:,}\nAverage basket: {:.2f}\nStore IDs: {}\n".format(
                rng.uniform(1e5, 5e6), rng.uniform(1e5, 5e6), rng.uniform(1e5, 5e6), rng.randint(1000, 90000), rng.uniform(10, 90), ", ".join(str(rng.randint(1000, 9999)) for _ in range(5)))
            f = "pdf_text"
        return {"format": f, "label": "clean", "category": "clean", "entities": [], "text": t}
