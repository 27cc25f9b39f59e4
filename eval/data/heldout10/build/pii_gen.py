"""pii.jsonl: 108 PII rows (18 per primary type) and 42 clean look-alikes."""
import csv
import io
import json

from common import FIRST, LAST, COMPANIES, date_str, time_str, hexs

WEBMAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "gmx.de", "web.de", "icloud.com", "hotmail.co.uk", "orange.fr", "libero.it"]


# ---------------- value generators ----------------
def d(r, n, first="0123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r, cc=None, intl=None):
    cc = cc or r.choice(["US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "IN", "JP", "AU", "BR", "MX", "PL", "SE", "CH", "ZA", "KR", "SG", "IE", "TR"])
    intl = r.random() < 0.55 if intl is None else intl
    if cc in ("US", "CA"):
        area = r.choice([212, 312, 415, 617, 206, 303, 512, 646, 702, 713, 404, 305] if cc == "US" else [416, 604, 514, 403, 613, 902])
        while True:
            ex = d(r, 3, "23456789")
            if ex[1:] != "11" and ex != "555":
                break
        line = d(r, 4)
        if intl:
            return r.choice([f"+1 ({area}) {ex}-{line}", f"+1-{area}-{ex}-{line}", f"+1 {area} {ex} {line}"])
        return r.choice([f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}"])
    if cc == "GB":
        if r.random() < 0.5:
            n = d(r, 1, "378") + d(r, 7)
            return f"+44 20 {n[:4]} {n[4:]}" if intl else f"020 {n[:4]} {n[4:]}"
        n = "7" + d(r, 1, "45789") + d(r, 8)
        return f"+44 {n[:4]} {n[4:]}" if intl else f"0{n[:4]} {n[4:]}"
    if cc == "DE":
        if r.random() < 0.5:
            n = d(r, 8, "23456789")
            return f"+49 30 {n}" if intl else f"030 {n}"
        pre = r.choice(["151", "152", "157", "160", "171", "176"])
        n = d(r, 8 if pre[:2] != "17" or pre == "176" else 7)
        return f"+49 {pre} {n}" if intl else f"0{pre} {n}"
    if cc == "FR":
        f = r.choice("1234567")
        n = f + d(r, 8)
        g = " ".join([n[1:3], n[3:5], n[5:7], n[7:9]])
        return f"+33 {f} {g}" if intl else f"0{f} {g}"
    if cc == "ES":
        n = r.choice(["6", "7", "91", "93"])
        n = n + d(r, 9 - len(n))
        if n[0] == "7" and n[1] not in "1234":
            n = "71" + n[2:]
        g = f"{n[:3]} {n[3:6]} {n[6:]}" if n[0] in "67" else f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"
        return f"+34 {g}" if intl else g
    if cc == "IT":
        if r.random() < 0.5:
            n = "3" + d(r, 1, "234679") + d(r, 8)
            g = f"{n[:3]} {n[3:6]} {n[6:]}"
        else:
            n = "06" + d(r, 8, "3456789")
            g = f"06 {n[2:6]} {n[6:]}"
        return f"+39 {g}" if intl else g
    if cc == "NL":
        if r.random() < 0.5:
            n = d(r, 8, "12345678")
            return f"+31 6 {n}" if intl else f"06-{n}"
        n = d(r, 7, "2345679")
        return f"+31 20 {n[:3]} {n[3:]}" if intl else f"020 {n[:3]} {n[3:]}"
    if cc == "IN":
        n = d(r, 10, "6789")
        return f"+91 {n[:5]} {n[5:]}" if intl else f"0{n[:5]} {n[5:]}"
    if cc == "JP":
        if r.random() < 0.5:
            n = d(r, 8, "3456789")
            return f"+81 3-{n[:4]}-{n[4:]}" if intl else f"03-{n[:4]}-{n[4:]}"
        p = r.choice(["90", "80", "70"])
        n = d(r, 8, "123456789")
        return f"+81 {p}-{n[:4]}-{n[4:]}" if intl else f"0{p}-{n[:4]}-{n[4:]}"
    if cc == "AU":
        if r.random() < 0.5:
            n = "4" + d(r, 8)
            return f"+61 {n[:3]} {n[3:6]} {n[6:]}" if intl else f"0{n[:3]} {n[3:6]} {n[6:]}"
        n = d(r, 8, "89")
        return f"+61 2 {n[:4]} {n[4:]}" if intl else f"(02) {n[:4]} {n[4:]}"
    if cc == "BR":
        n = "9" + d(r, 8, "6789")
        return f"+55 11 {n[:5]}-{n[5:]}" if intl else f"(11) {n[:5]}-{n[5:]}"
    if cc == "MX":
        n = d(r, 8, "123456789")
        return f"+52 55 {n[:4]} {n[4:]}" if intl else f"55 {n[:4]} {n[4:]}"
    if cc == "PL":
        n = d(r, 9, "5678")
        g = f"{n[:3]} {n[3:6]} {n[6:]}"
        return f"+48 {g}" if intl else g
    if cc == "SE":
        if r.random() < 0.5:
            n = d(r, 8, "123456789")
            return f"+46 8 {n[:3]} {n[3:6]} {n[6:]}" if intl else f"08-{n[:3]} {n[3:6]} {n[6:]}"
        p = r.choice(["70", "72", "73", "76"])
        n = d(r, 7)
        return f"+46 {p} {n[:3]} {n[3:5]} {n[5:]}" if intl else f"0{p}-{n[:3]} {n[3:5]} {n[5:]}"
    if cc == "CH":
        p = r.choice(["76", "77", "78", "79", "44"])
        n = d(r, 7, "2345678")
        return f"+41 {p} {n[:3]} {n[3:5]} {n[5:]}" if intl else f"0{p} {n[:3]} {n[3:5]} {n[5:]}"
    if cc == "ZA":
        p = r.choice(["82", "83", "72", "71", "61", "21"])
        n = d(r, 7, "2345678")
        return f"+27 {p} {n[:3]} {n[3:]}" if intl else f"0{p} {n[:3]} {n[3:]}"
    if cc == "KR":
        n = d(r, 8, "23456789")
        return f"+82 10-{n[:4]}-{n[4:]}" if intl else f"010-{n[:4]}-{n[4:]}"
    if cc == "SG":
        n = d(r, 8, "689")
        return f"+65 {n[:4]} {n[4:]}" if intl else f"{n[:4]} {n[4:]}"
    if cc == "IE":
        if r.random() < 0.5:
            p = r.choice(["83", "85", "86", "87", "89"])
            n = d(r, 7, "23456789")
            return f"+353 {p} {n[:3]} {n[3:]}" if intl else f"0{p} {n[:3]} {n[3:]}"
        n = d(r, 7, "2345689")
        return f"+353 1 {n[:3]} {n[3:]}" if intl else f"(01) {n[:3]} {n[3:]}"
    if cc == "TR":
        n = "5" + r.choice("0345") + d(r, 8)
        g = f"{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}"
        return f"+90 {g}" if intl else f"0{g}"
    raise ValueError(cc)


def ssn(r, style=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    style = style or r.choice(["-", "-", "-", " ", ""])
    return f"{a:03d}{style}{g:02d}{style}{s:04d}"


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, dg in enumerate(reversed(digits)):
        if i % 2 == 1:
            dg *= 2
            if dg > 9:
                dg -= 9
        tot += dg
    return tot % 10 == 0


def luhn_complete(prefix, length, r):
    body = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card(r, net=None):
    net = net or r.choice(["visa", "mastercard", "mastercard2", "amex", "discover", "jcb", "diners", "unionpay"])
    if net == "visa":
        n = luhn_complete("4", 16, r)
    elif net == "mastercard":
        n = luhn_complete(str(r.randint(51, 55)), 16, r)
    elif net == "mastercard2":
        n = luhn_complete(str(r.randint(2221, 2720)), 16, r)
    elif net == "amex":
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
    elif net == "discover":
        n = luhn_complete(r.choice(["6011", "65"]), 16, r)
    elif net == "jcb":
        n = luhn_complete(str(r.randint(3528, 3589)), 16, r)
    elif net == "diners":
        n = luhn_complete("36", 14, r)
    else:
        n = luhn_complete("62", 16, r)
    sep = r.choice([" ", "-", "", " "])
    if len(n) == 15:
        return f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}" if sep else n
    if len(n) == 14:
        return f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}" if sep else n
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


IBAN_SPEC = {"DE": ["n8", "n10"], "GB": ["B", "n6", "n8"], "FR": ["n5", "n5", "c11", "n2"], "ES": ["n4", "n4", "n2", "n10"],
             "IT": ["a1", "n5", "n5", "c12"], "NL": ["B", "n10"], "BE": ["n3", "n7", "n2"], "CH": ["n5", "c12"], "AT": ["n5", "n11"],
             "PL": ["n8", "n16"], "SE": ["n3", "n17"], "IE": ["B", "n6", "n8"], "PT": ["n4", "n4", "n11", "n2"], "NO": ["n4", "n6", "n1"],
             "DK": ["n4", "n9", "n1"], "FI": ["n6", "n8"], "SA": ["n2", "c18"], "TR": ["n5", "n1", "c16"], "AE": ["n3", "n16"], "LU": ["n3", "c13"]}
BANKS = {"GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "TRIO"], "IE": ["AIBK", "BOFI"]}
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "PL": 28, "SE": 24, "IE": 22,
            "PT": 25, "NO": 15, "DK": 18, "FI": 18, "SA": 24, "TR": 26, "AE": 23, "LU": 20}


def iban_numeric(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_valid(iban):
    s = iban.replace(" ", "")
    return len(s) >= 15 and int(iban_numeric(s[4:] + s[:4])) % 97 == 1


def iban(r, cc=None, grouped=None):
    cc = cc or r.choice(sorted(IBAN_SPEC))
    bban = ""
    for part in IBAN_SPEC[cc]:
        if part == "B":
            bban += r.choice(BANKS[cc])
            continue
        kind, n = part[0], int(part[1:])
        chars = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}[kind]
        if cc == "TR" and part == "n1":
            bban += "0"
            continue
        bban += "".join(r.choice(chars) for _ in range(n))
    check = 98 - int(iban_numeric(bban + cc + "00")) % 97
    s = f"{cc}{check:02d}{bban}"
    assert len(s) == IBAN_LEN[cc], (cc, len(s))
    grouped = r.random() < 0.6 if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def public_ip(r):
    while True:
        a = r.randint(1, 223)
        b, c, dd = r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)
        if a in (10, 127, 0) or (a == 100 and 64 <= b <= 127) or (a == 169 and b == 254) or (a == 172 and 16 <= b <= 31):
            continue
        if (a == 192 and b == 168) or (a == 192 and b == 0 and c in (0, 2)) or (a == 198 and b in (18, 19)):
            continue
        if (a == 198 and b == 51 and c == 100) or (a == 203 and b == 0 and c == 113) or (a == 192 and b == 88 and c == 99):
            continue
        return f"{a}.{b}.{c}.{dd}"


def name(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def mail(r, nm=None, dom=None):
    nm = nm or name(r)
    f, l = nm.split(" ", 1)
    l = l.replace("'", "").lower()
    dom = dom or (r.choice(WEBMAIL) if r.random() < 0.5 else r.choice(COMPANIES)[1])
    style = r.choice(["{f}.{l}", "{f}{l}", "{fi}{l}", "{f}_{l}{n}", "{l}.{f}"])
    return style.format(f=f.lower(), l=l, fi=f[0].lower(), n=r.randint(1, 99)) + "@" + dom


class Doc:
    def __init__(self):
        self.ents = []

    def e(self, typ, val):
        if {"type": typ, "value": val} not in self.ents:
            self.ents.append({"type": typ, "value": val})
        return val


# ---------------- templates ----------------
def t_email(r, i):
    D = Doc()
    k = i % 6
    if k == 0:
        nm = name(r)
        cn, dom = r.choice(COMPANIES)
        txt = (f"Account: {cn}\nContact: {nm}\nRole: {r.choice(['Buyer', 'IT Lead', 'Finance'])}\nEmail: {D.e('email', mail(r, nm, dom))}\n"
               f"Alt. email: {D.e('email', mail(r, nm))}\nNotes: prefers email over calls; renewal due {date_str(r)}.\n")
        return "crm_note", txt, D
    if k == 1:
        a, b, c = name(r), name(r), name(r)
        cn, dom = r.choice(COMPANIES)
        txt = (f"From: {a} <{D.e('email', mail(r, a, dom))}>\nTo: {b} <{D.e('email', mail(r, b))}>\nCc: {D.e('email', mail(r, c, dom))}\n"
               f"Date: {date_str(r)} {time_str(r)}\nSubject: Re: delivery window\n\nHi {b.split()[0]},\n\nThursday between 9 and 12 works for us. "
               f"I've copied {c.split()[0]} who will be on site.\n\nBest,\n{a}\n")
        return "email", txt, D
    if k == 2:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["id", "email", "signup_date", "source", "consent"])
        for j in range(r.randint(4, 6)):
            w.writerow([r.randint(10000, 99999), D.e("email", mail(r)), date_str(r), r.choice(["footer", "checkout", "popup"]), "yes"])
        return "csv_export", buf.getvalue(), D
    if k == 3:
        out = []
        for _ in range(r.randint(2, 3)):
            nm = name(r)
            out.append(f"commit {hexs(r, 40)}\nAuthor: {nm} <{D.e('email', mail(r, nm))}>\nDate:   {date_str(r)} {time_str(r)} +0200\n\n    {r.choice(['fix pagination bug', 'add retry logic', 'update translations', 'refactor invoice export'])}\n")
        return "git_log", "\n".join(out), D
    if k == 4:
        users = [{"id": f"u_{hexs(r, 8)}", "name": (nm := name(r)), "email": D.e("email", mail(r, nm)), "role": r.choice(["member", "admin"]), "last_login": f"{date_str(r)}T{time_str(r)}Z"} for _ in range(r.randint(2, 4))]
        return "api_json", json.dumps({"data": users, "page": 1, "total": len(users)}, ensure_ascii=False, indent=2), D
    nm = name(r)
    old, new = mail(r, nm), mail(r, nm)
    txt = (f"Ticket #{r.randint(10000, 99999)}\nSubject: Please change my login email\n\nHello, I no longer use {D.e('email', old)}. "
           f"Could you move my account to {D.e('email', new)}? My order number is {r.randint(100000, 999999)}.\nThanks, {nm}\n")
    return "support_ticket", txt, D


def t_phone(r, i):
    D = Doc()
    k = i % 6
    if k == 0:
        nm = name(r)
        cn, dom = r.choice(COMPANIES)
        txt = (f"Thanks for your time today, I'll send the revised offer by Friday.\n\n--\n{nm}\nAccount Manager, {cn}\n"
               f"Mobile: {D.e('phone', phone(r, intl=True))}\nOffice: {D.e('phone', phone(r))}\n{D.e('email', mail(r, nm, dom))}\n")
        return "email", txt, D
    if k == 1:
        nm = name(r)
        f, l = nm.split(" ", 1)
        txt = (f"BEGIN:VCARD\nVERSION:3.0\nN:{l};{f};;;\nFN:{nm}\nTEL;TYPE=CELL:{D.e('phone', phone(r))}\nTEL;TYPE=WORK:{D.e('phone', phone(r, intl=True))}\n"
               f"EMAIL;TYPE=INTERNET:{D.e('email', mail(r, nm))}\nEND:VCARD\n")
        return "vcard", txt, D
    if k == 2:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["name", "country", "phone", "preferred_time"])
        for _ in range(r.randint(3, 5)):
            cc = r.choice(["DE", "FR", "ES", "IT", "NL", "GB", "PL", "SE", "IE", "CH"])
            w.writerow([name(r), cc, D.e("phone", phone(r, cc)), r.choice(["morning", "afternoon", "any"])])
        return "csv_export", buf.getvalue(), D
    if k == 3:
        lines = []
        for _ in range(r.randint(3, 5)):
            lines.append(f"{date_str(r)} {time_str(r)} INFO telephony call.inbound from={D.e('phone', phone(r, intl=True))} queue={r.choice(['billing', 'support', 'sales'])} duration={r.randint(20, 900)}s")
        return "app_log", "\n".join(lines) + "\n", D
    if k == 4:
        nm = name(r)
        street, city, cc = r.choice([("Hauptstraße", "Berlin", "DE"), ("Rue de la Paix", "Lyon", "FR"), ("Calle Mayor", "Madrid", "ES"),
                                     ("High Street", "Leeds", "GB"), ("Via Roma", "Torino", "IT"), ("Kerkstraat", "Haarlem", "NL"),
                                     ("Storgatan", "Uppsala", "SE"), ("ul. Długa", "Gdańsk", "PL")])
        obj = {"order_id": f"ORD-{r.randint(100000, 999999)}", "shipping": {"name": nm, "street": f"{street} {r.randint(1, 120)}",
                                                                           "city": city, "country": cc, "phone": D.e("phone", phone(r, cc))},
               "items": [{"sku": f"SKU-{r.randint(10000, 99999)}", "qty": 1}], "status": "paid"}
        return "api_json", json.dumps(obj, ensure_ascii=False, indent=2), D
    nm = name(r)
    txt = (f"[10:02] Customer ({nm}): the courier couldn't find the building again\n[10:03] Agent: Sorry about that! What number can the driver call?\n"
           f"[10:03] Customer ({nm}): {D.e('phone', phone(r))}, or my partner on {D.e('phone', phone(r))}\n[10:04] Agent: Noted, I've added both to the delivery notes.\n")
    return "chat_transcript", txt, D


def t_ssn(r, i):
    D = Doc()
    k = i % 6
    nm = name(r)
    if k == 0:
        txt = (f"NEW HIRE ONBOARDING FORM\nLegal name: {nm}\nStart date: {date_str(r)}\nSocial Security Number: {D.e('ssn', ssn(r, '-'))}\n"
               f"State of residence: {r.choice(['TX', 'CA', 'NY', 'WA', 'IL'])}\nEmergency contact phone: {D.e('phone', phone(r, 'US', False))}\n")
        return "pdf_text", txt, D
    if k == 1:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["employee_id", "name", "ssn", "state", "pay_rate"])
        for _ in range(r.randint(3, 5)):
            w.writerow([f"E{r.randint(1000, 9999)}", name(r), D.e("ssn", ssn(r, "-")), r.choice(["TX", "OH", "GA", "AZ"]), f"{r.uniform(18, 60):.2f}"])
        return "csv_export", "# payroll export - SSN column included for W-2 processing\n" + buf.getvalue(), D
    if k == 2:
        obj = {"applicant": {"full_name": nm, "dob": f"19{r.randint(55, 99)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", "ssn": D.e("ssn", ssn(r, r.choice(["-", ""])))},
               "check_type": "employment", "status": "pending"}
        return "api_json", json.dumps(obj, indent=2), D
    if k == 3:
        txt = (f"[14:10] Customer ({nm}): the form keeps rejecting me\n[14:11] Agent: I'm sorry! Which field?\n"
               f"[14:11] Customer ({nm}): the identity check. my social security number is {D.e('ssn', ssn(r, r.choice([' ', '-'])))} and it says invalid\n"
               "[14:12] Agent: Please don't share that here; I'll send you a secure form.\n")
        return "chat_transcript", txt, D
    if k == 4:
        txt = (f"Form W-2 Wage and Tax Statement 2023\na Employee's social security number  {D.e('ssn', ssn(r, '-'))}\n"
               f"b Employer identification number (EIN)  {r.randint(10, 99)}-{r.randint(1000000, 9999999)}\ne Employee's first name and initial  Last name  {nm}\n"
               f"1 Wages, tips, other compensation  {r.randint(30000, 140000)}.00\n2 Federal income tax withheld  {r.randint(3000, 25000)}.00\n")
        return "pdf_text", txt, D
    txt = (f"Subject: loan application - missing info\n\nHi, here are the details you asked for.\nName: {nm}\nSSN: {D.e('ssn', ssn(r, '-'))}\n"
           f"Co-applicant SSN: {D.e('ssn', ssn(r, '-'))}\nBest number to reach me: {D.e('phone', phone(r, 'US'))}\n")
    return "email", txt, D


def t_card(r, i):
    D = Doc()
    k = i % 6
    nm = name(r)
    exp = f"{r.randint(1, 12):02d}/{r.randint(26, 31)}"
    if k == 0:
        txt = (f"{date_str(r)} {time_str(r)} DEBUG payments.gateway request payload={{\"amount\": {r.randint(500, 90000)}, \"currency\": \"EUR\", "
               f"\"card_number\": \"{D.e('credit_card', card(r))}\", \"exp\": \"{exp}\"}}\n{date_str(r)} {time_str(r)} INFO payments.gateway response status=approved auth={hexs(r, 6).upper()}\n")
        return "app_log", txt, D
    if k == 1:
        txt = (f"[18:40] Customer ({nm}): can you just charge this card instead: {D.e('credit_card', card(r))} exp {exp}\n"
               "[18:41] Agent: For your safety please never send card numbers in chat. I'll send a secure payment link.\n")
        return "chat_transcript", txt, D
    if k == 2:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["order", "customer", "card", "expiry", "amount"])
        for _ in range(r.randint(3, 4)):
            w.writerow([f"#{r.randint(10000, 99999)}", name(r), D.e("credit_card", card(r)), f"{r.randint(1, 12):02d}/{r.randint(26, 31)}", f"{r.uniform(10, 400):.2f}"])
        return "csv_export", buf.getvalue(), D
    if k == 3:
        obj = {"customer": nm, "payment_method": {"type": "card", "number": D.e("credit_card", card(r)), "exp_month": int(exp[:2]), "exp_year": 2000 + int(exp[3:])}, "amount": r.randint(100, 9000)}
        return "api_json", json.dumps(obj, indent=2), D
    if k == 4:
        txt = (f"Subject: booking deposit\n\nHello,\n\nplease take the deposit for the conference room from my company card {D.e('credit_card', card(r))}, valid until {exp}. "
               f"If there is a problem, reply to {D.e('email', mail(r, nm))}.\n\nRegards,\n{nm}\n")
        return "email", txt, D
    txt = (f"Ticket #{r.randint(10000, 99999)}\nSubject: double charge\n\nI was charged twice on {date_str(r)}. Card used: {D.e('credit_card', card(r))}. "
           f"My other card {D.e('credit_card', card(r))} was not charged. Please refund one payment.\n")
    return "support_ticket", txt, D


def t_iban(r, i):
    D = Doc()
    k = i % 6
    cn, dom = r.choice(COMPANIES)
    if k == 0:
        txt = (f"{cn.upper()}\nINVOICE {r.randint(2024000, 2024999)}\nDate: {date_str(r)}\n\nConsulting services, {r.choice(['March', 'April', 'May'])}   {r.randint(1000, 9000)}.00 EUR\nVAT 19%\n\n"
               f"Payment within 14 days to:\nIBAN: {D.e('iban', iban(r, grouped=True))}\nBIC: {r.choice(['COBADEFFXXX', 'DEUTDEFF', 'BNPAFRPP', 'INGBNL2A'])}\n"
               f"Questions: {D.e('email', mail(r, dom=dom))}\n")
        return "pdf_text", txt, D
    if k == 1:
        txt = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">\n<CstmrCdtTrfInitn>\n"
               f"  <PmtInf>\n    <DbtrAcct><Id><IBAN>{D.e('iban', iban(r, grouped=False))}</IBAN></Id></DbtrAcct>\n    <CdtTrfTxInf>\n"
               f"      <Amt><InstdAmt Ccy=\"EUR\">{r.randint(100, 20000)}.00</InstdAmt></Amt>\n      <Cdtr><Nm>{name(r)}</Nm></Cdtr>\n"
               f"      <CdtrAcct><Id><IBAN>{D.e('iban', iban(r, grouped=False))}</IBAN></Id></CdtrAcct>\n    </CdtTrfTxInf>\n  </PmtInf>\n</CstmrCdtTrfInitn>\n</Document>\n")
        return "sepa_xml", txt, D
    if k == 2:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["supplier", "country", "iban", "terms"])
        for _ in range(r.randint(3, 4)):
            w.writerow([r.choice(COMPANIES)[0], (cc := r.choice(sorted(IBAN_SPEC)))[:2], D.e("iban", iban(r, cc)), r.choice(["net30", "net14"])])
        return "csv_export", buf.getvalue(), D
    if k == 3:
        nm = name(r)
        txt = (f"From: {nm} <{D.e('email', mail(r, nm, dom))}>\nSubject: updated bank details\n\nDear accounts team,\n\nplease note our new account for all future payments:\n"
               f"{D.e('iban', iban(r))}\nThe old account will be closed at the end of the month.\n\nKind regards,\n{nm}\n")
        return "email", txt, D
    if k == 4:
        obj = {"payout_id": f"po_{hexs(r, 12)}", "beneficiary": name(r), "iban": D.e("iban", iban(r, grouped=False)), "amount": r.randint(50, 5000), "currency": r.choice(["EUR", "SEK", "PLN", "CHF"]), "status": "scheduled"}
        return "api_json", json.dumps(obj, indent=2), D
    txt = (f"Account: {cn}\nOwner: {name(r)}\n----\n{date_str(r)}: Customer asked for refund to a different account: {D.e('iban', iban(r))}. "
           f"Previous account on file: {D.e('iban', iban(r))}. Verified by callback.\n")
    return "crm_note", txt, D


def t_ip(r, i):
    D = Doc()
    k = i % 6
    if k == 0:
        lines = []
        for _ in range(r.randint(4, 6)):
            lines.append(f"{D.e('ipv4', public_ip(r))} - - [{r.randint(1, 28):02d}/May/2024:{time_str(r)} +0000] \"{r.choice(['GET', 'POST'])} {r.choice(['/', '/login', '/api/cart', '/static/app.js'])} HTTP/1.1\" {r.choice([200, 200, 302, 404])} {r.randint(200, 90000)} \"-\" \"Mozilla/5.0\"")
        return "nginx_access_log", "\n".join(lines) + "\n", D
    if k == 1:
        ips = [D.e("ipv4", public_ip(r)) for _ in range(r.randint(3, 5))]
        txt = "# office and partner egress addresses allowed to reach the admin API\nallowlist:\n" + "\n".join(f"  - cidr: {ip}/32\n    note: {r.choice(['Berlin office', 'VPN exit', 'partner NOC', 'CI runners'])}" for ip in ips) + "\n"
        return "yaml_config", txt, D
    if k == 2:
        lines = []
        for _ in range(r.randint(3, 5)):
            lines.append(f"May {r.randint(1, 28):2d} {time_str(r)} web-1 sshd[{r.randint(1000, 60000)}]: Failed password for {r.choice(['root', 'invalid user admin', 'invalid user test', 'ubuntu'])} from {D.e('ipv4', public_ip(r))} port {r.randint(30000, 65000)} ssh2")
        return "auth_log", "\n".join(lines) + "\n", D
    if k == 3:
        nm, nm2 = name(r), name(r)
        cn, dom = r.choice(COMPANIES)
        txt = (f"Received: from mail.{dom} (mail.{dom} [{D.e('ipv4', public_ip(r))}])\n\tby mx1.inbound-mail.net with ESMTPS id {hexs(r, 10)}\n"
               f"Received: from [{D.e('ipv4', public_ip(r))}] by mail.{dom} with HTTP\nFrom: {nm} <{D.e('email', mail(r, nm, dom))}>\nTo: {D.e('email', mail(r, nm2))}\nSubject: quote request\n\nPlease see the attached quote.\n")
        return "email_headers", txt, D
    if k == 4:
        rules = [{"protocol": "tcp", "port": r.choice([22, 443, 5432]), "source": D.e("ipv4", public_ip(r)) + "/32", "description": r.choice(["bastion", "monitoring", "partner"])} for _ in range(r.randint(2, 4))]
        obj = {"GroupId": f"sg-{hexs(r, 17)}", "IpPermissions": rules}
        return "api_json", json.dumps(obj, indent=2), D
    lines = [json.dumps({"ts": f"{date_str(r)}T{time_str(r)}Z", "action": r.choice(["block", "challenge"]), "rule": r.choice(["sqli", "rate_limit", "bad_bot"]),
                         "client_ip": D.e("ipv4", public_ip(r)), "path": r.choice(["/wp-login.php", "/api/search", "/.env"])}) for _ in range(r.randint(3, 5))]
    return "jsonl_log", "\n".join(lines) + "\n", D


PII_TYPES = [("email", t_email), ("phone", t_phone), ("ssn", t_ssn), ("credit_card", t_card), ("iban", t_iban), ("ipv4", t_ip)]


def luhn_bad16(r):
    while True:
        n = r.choice("3456") + "".join(r.choice("0123456789") for _ in range(15))
        if not luhn_ok(n):
            return n


def clean_row(r, kind, i):
    if kind == "tracking_number":
        v = [f"Your parcel is on its way.\nCarrier: UPS\nTracking: 1Z{''.join(r.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(6))}{r.randint(10**9, 10**10 - 1)}\nEstimated delivery: {date_str(r)}\n",
             f"Shipment status\nDHL Express waybill {r.randint(10**9, 10**10 - 1)}\nEvents:\n  {date_str(r)} 06:12 Processed at hub\n  {date_str(r)} 14:40 Out for delivery\n",
             f"USPS tracking number: 9400 {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}\nStatus: Delivered, in/at mailbox\n",
             f"FedEx tracking {r.randint(10**11, 10**12 - 1)} - label created {date_str(r)}, weight 2.4 kg, 1 of 1 pieces.\n",
             json.dumps({"shipments": [{"carrier": "PostNL", "barcode": f"3S{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(4))}{r.randint(10**8, 10**9 - 1)}", "status": "in_transit"}]}, indent=2)]
        fmts = ["email", "app_log", "email", "email", "api_json"]
    elif kind == "order_number":
        v = [f"Order confirmation\nOrder no.: {r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}\nItems: 2\nTotal: {r.uniform(10, 300):.2f} EUR\n",
             f"Invoice INV-{r.randint(2024, 2025)}-{r.randint(100000, 999999)} refers to PO {r.randint(4500000000, 4599999999)}. Payment terms: net 30.\n",
             f"RMA #{r.randint(100000, 999999)} approved for order {r.randint(10**7, 10**8 - 1)}. Return label reference RL{r.randint(10**6, 10**7 - 1)}.\n",
             json.dumps({"order_id": r.randint(10**9, 10**10 - 1), "line_items": [{"sku": f"{r.randint(100, 999)}-{r.randint(1000, 9999)}", "qty": 2}], "status": "fulfilled"}, indent=2),
             f"order_id,placed_at,total\n{r.randint(10**6, 10**7)},{date_str(r)},{r.uniform(5, 99):.2f}\n{r.randint(10**6, 10**7)},{date_str(r)},{r.uniform(5, 99):.2f}\n"]
        fmts = ["email", "email", "support_ticket", "api_json", "csv_export"]
    elif kind == "version_string":
        v = [f"Installed: Acme Agent build {r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(10, 60)}.{r.randint(100, 250)} (x64)\nPrevious: {r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(10, 60)}.{r.randint(100, 250)}\n",
             f"User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{r.randint(110, 126)}.0.{r.randint(5000, 6500)}.{r.randint(50, 200)} Safari/537.36\n",
             f"firmware_version={r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(100, 254)}\nbootloader=2.{r.randint(0, 9)}.{r.randint(1, 9)}\nserial_suffix={r.randint(1000, 9999)}\n",
             f"<assemblyIdentity name=\"Contoso.Reports\" version=\"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)}.{r.randint(0, 254)}\" publicKeyToken=\"{hexs(r, 16)}\" />\n",
             f"Release notes\n- {r.randint(2, 5)}.{r.randint(0, 9)}.{r.randint(0, 20)}.{r.randint(1, 250)}: fixed export crash\n- {r.randint(2, 5)}.{r.randint(0, 9)}.{r.randint(0, 20)}.{r.randint(1, 250)}: faster startup\n"]
        fmts = ["app_log", "http_headers", "ini_config", "xml_config", "wiki_markdown"]
    elif kind == "snmp_oid":
        v = [f"IF-MIB::ifInOctets.{r.randint(1, 48)} = Counter32: {r.randint(10**5, 10**9)}\n.1.3.6.1.2.1.2.2.1.10.{r.randint(1, 48)} = Counter32: {r.randint(10**5, 10**9)}\n",
             f"snmpget -v2c -c public switch-01 1.3.6.1.2.1.1.3.0\nSNMPv2-MIB::sysUpTime.0 = Timeticks: ({r.randint(10**6, 10**9)})\n",
             f"oid: 1.3.6.1.4.1.2021.10.1.3.{r.randint(1, 3)}\nlabel: laLoad\nthreshold: {r.uniform(1, 8):.1f}\n",
             f"walk result:\n1.3.6.1.2.1.25.2.3.1.6.{r.randint(1, 40)} = INTEGER: {r.randint(1000, 999999)}\n1.3.6.1.2.1.25.2.3.1.5.{r.randint(1, 40)} = INTEGER: {r.randint(1000, 999999)}\n",
             json.dumps({"metric": "ifHCInOctets", "oid": f"1.3.6.1.2.1.31.1.1.1.6.{r.randint(1, 64)}", "value": r.randint(10**6, 10**12)}, indent=2)]
        fmts = ["app_log", "app_log", "yaml_config", "app_log", "api_json"]
    elif kind == "timestamp":
        v = [f"created_at_ms={r.randint(1700000000000, 1730000000000)} updated_at_ms={r.randint(1700000000000, 1730000000000)}\n",
             f"{date_str(r)}T{time_str(r)}.{r.randint(100000, 999999)}+02:00 job=rollup status=ok rows={r.randint(1000, 99999)}\n",
             json.dumps({"epoch": r.randint(1700000000, 1730000000), "epoch_ns": r.randint(1700000000, 1730000000) * 10**9 + r.randint(0, 10**9 - 1)}, indent=2),
             f"Backup window: {date_str(r)} 01:00:00 to 03:30:00 UTC; retention {r.randint(7, 90)} days; last run {date_str(r)} 01:42:17.\n",
             f"timestamp,value\n{r.randint(1700000000, 1730000000)},{r.uniform(0, 1):.4f}\n{r.randint(1700000000, 1730000000)},{r.uniform(0, 1):.4f}\n"]
        fmts = ["app_log", "app_log", "api_json", "email", "csv_export"]
    elif kind == "http_status":
        v = [f"status  count\n200     {r.randint(1000, 99999)}\n301     {r.randint(10, 999)}\n404     {r.randint(10, 999)}\n503     {r.randint(0, 99)}\n",
             json.dumps({"error": {"status": 429, "code": "rate_limited", "retry_after": r.randint(1, 60)}}, indent=2),
             f"HTTP/1.1 503 Service Unavailable\nRetry-After: {r.randint(10, 120)}\nContent-Length: {r.randint(100, 999)}\n",
             f"upstream responded 502 after {r.randint(100, 9000)} ms; retried 3 times; final status 200.\n"]
        fmts = ["app_log", "api_json", "http_headers", "app_log"]
    elif kind == "json_numbers":
        v = [json.dumps({"count": r.randint(10**9, 10**10), "sum": r.randint(10**11, 10**12), "p99_ms": r.uniform(1, 900)}, indent=2),
             json.dumps({"ids": [r.randint(10**12, 10**13) for _ in range(5)], "next_cursor": r.randint(10**15, 10**16)}),
             json.dumps({"lat": r.uniform(-60, 60), "lng": r.uniform(-120, 120), "elevation_m": r.randint(0, 3000), "accuracy": r.uniform(1, 20)}, indent=2),
             json.dumps({"sku_stock": {str(r.randint(100000, 999999)): r.randint(0, 500) for _ in range(4)}, "warehouse": 12}, indent=2)]
        fmts = ["api_json"] * 4
    elif kind == "luhn_invalid_reference":
        gc = luhn_bad16(r)
        v = [f"Payment reference: {luhn_bad16(r)}\nPlease quote this reference on your bank transfer.\n",
             "Gift card no. " + " ".join(gc[j:j + 4] for j in range(0, 16, 4)) + f" - balance {r.randint(5, 100)}.00 EUR\n",
             json.dumps({"contract_ref": luhn_bad16(r), "loyalty_id": luhn_bad16(r)}, indent=2),
             f"batch,reference\n{r.randint(1, 99)},{luhn_bad16(r)}\n{r.randint(1, 99)},{luhn_bad16(r)}\n",
             f"Meter reading ID {luhn_bad16(r)} recorded on {date_str(r)}: {r.randint(1000, 99999)} kWh\n"]
        fmts = ["email", "email", "api_json", "csv_export", "app_log"]
    else:  # postal_code
        v = [f"Delivery zone rules\n- 10115-14199: next day\n- 80331-81929: 2 days\n- SW1A 1AA, EC1A 1BB: courier\n",
             json.dumps({"postcodes": ["75001", "69002", "13001"], "country": "FR", "surcharge": 0}, indent=2),
             f"zip,region\n{r.randint(10000, 99999)},north\n{r.randint(10000, 99999)},south\nM5V 3L9,ca-east\n",
             f"Pickup points near postcode 1012 AB and 3011 CD are temporarily closed until {date_str(r)}.\n"]
        fmts = ["wiki_markdown", "api_json", "csv_export", "email"]
    return fmts[i % len(v)], v[i % len(v)]


CLEAN_KINDS = [("tracking_number", 5), ("order_number", 5), ("version_string", 5), ("snmp_oid", 5), ("timestamp", 5),
               ("http_status", 4), ("json_numbers", 4), ("luhn_invalid_reference", 5), ("postal_code", 4)]


def build(r):
    rows = []
    for typ, fn in PII_TYPES:
        for i in range(18):
            fmt, text, D = fn(r, i)
            rows.append({"format": fmt, "label": "pii", "category": typ, "entities": D.ents, "text": text})
    for kind, n in CLEAN_KINDS:
        for i in range(n):
            fmt, text = clean_row(r, kind, i)
            rows.append({"format": fmt, "label": "clean", "category": kind, "entities": [], "text": text})
    return rows
