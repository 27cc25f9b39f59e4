"""pii.jsonl: personal data (email, phone, ssn, credit_card, iban, ipv4) in realistic carriers + clean look-alikes."""
import json
import random
import string

from util import (FIRST, LAST, alnum, ascii_fold, digits, hexs, iban_make, iban_ok, luhn_complete, luhn_ok, pick,
                  upper, uuid4, rdt, iso, rfc2822, plus)

# ------------------------------------------------------------------ phone formats (country, fn)
def _d(r, n):
    return digits(r, n)


def _nz(r, n):  # digits, first not zero
    return str(r.randint(1, 9)) + digits(r, n - 1)


def _us_area(r):
    return str(r.randint(2, 9)) + str(r.randint(0, 8)) + str(r.randint(0, 9))


def _us_exch(r):
    return str(r.randint(2, 9)) + digits(r, 2)


PHONE_FORMATS = [
    ("US", lambda r: f"+1 {_us_area(r)}-{_us_exch(r)}-{_d(r, 4)}"),
    ("US", lambda r: f"({_us_area(r)}) {_us_exch(r)}-{_d(r, 4)}"),
    ("US", lambda r: f"{_us_area(r)}.{_us_exch(r)}.{_d(r, 4)}"),
    ("US", lambda r: f"({_us_area(r)}) {_us_exch(r)}-{_d(r, 4)} ext. {r.randint(10, 4999)}"),
    ("US", lambda r: f"1-800-{_us_exch(r)}-{_d(r, 4)}"),
    ("US", lambda r: f"+1{_us_area(r)}{_us_exch(r)}{_d(r, 4)}"),
    ("CA", lambda r: f"+1 (604) {_us_exch(r)}-{_d(r, 4)} x{r.randint(100, 999)}"),
    ("GB", lambda r: f"+44 20 7{_d(r, 3)} {_d(r, 4)}"),
    ("GB", lambda r: f"020 7{_d(r, 3)} {_d(r, 4)}"),
    ("GB", lambda r: f"07{_nz(r, 3)} {_d(r, 6)}"),
    ("GB", lambda r: f"+44 (0)161 {_nz(r, 3)} {_d(r, 4)}"),
    ("DE", lambda r: f"+49 30 {_nz(r, 8)}"),
    ("DE", lambda r: f"030/{_nz(r, 7)}"),
    ("DE", lambda r: f"0151 {_nz(r, 8)}"),
    ("DE", lambda r: f"+49 (0)89 {_nz(r, 4)} {_d(r, 4)}"),
    ("DE", lambda r: f"+49 711 {_nz(r, 4)}-{r.randint(10, 99)}"),
    ("FR", lambda r: f"+33 1 {_nz(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"),
    ("FR", lambda r: f"06 {_nz(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"),
    ("FR", lambda r: f"01.{_nz(r, 2)}.{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}"),
    ("ES", lambda r: f"+34 91 {_nz(r, 3)} {_d(r, 2)} {_d(r, 2)}"),
    ("IT", lambda r: f"+39 06 {_nz(r, 4)} {_d(r, 4)}"),
    ("NL", lambda r: f"+31 20 {_nz(r, 3)} {_d(r, 4)}"),
    ("NL", lambda r: f"020-{_nz(r, 7)}"),
    ("BE", lambda r: f"+32 2 {_nz(r, 3)} {_d(r, 2)} {_d(r, 2)}"),
    ("CH", lambda r: f"+41 44 {_nz(r, 3)} {_d(r, 2)} {_d(r, 2)}"),
    ("AT", lambda r: f"+43 1 {_nz(r, 4)} {_d(r, 3)}-{r.randint(10, 99)}"),
    ("SE", lambda r: f"08-{_nz(r, 3)} {_d(r, 3)} {_d(r, 2)}"),
    ("NO", lambda r: f"+47 {_nz(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"),
    ("DK", lambda r: f"+45 {_nz(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"),
    ("PL", lambda r: f"+48 22 {_nz(r, 3)} {_d(r, 2)} {_d(r, 2)}"),
    ("IE", lambda r: f"087 {_nz(r, 3)} {_d(r, 4)}"),
    ("PT", lambda r: f"+351 21 {_nz(r, 3)} {_d(r, 4)}"),
    ("BR", lambda r: f"+55 11 9{_nz(r, 4)}-{_d(r, 4)}"),
    ("BR", lambda r: f"(21) 9{_nz(r, 4)}-{_d(r, 4)}"),
    ("MX", lambda r: f"+52 55 {_nz(r, 4)} {_d(r, 4)}"),
    ("AR", lambda r: f"+54 9 11 {_nz(r, 4)}-{_d(r, 4)}"),
    ("IN", lambda r: f"+91 9{_d(r, 4)} {_d(r, 5)}"),
    ("IN", lambda r: f"098{_d(r, 3)} {_d(r, 5)}"),
    ("JP", lambda r: f"+81 3-{_nz(r, 4)}-{_d(r, 4)}"),
    ("JP", lambda r: f"090-{_nz(r, 4)}-{_d(r, 4)}"),
    ("CN", lambda r: f"+86 138 {_d(r, 4)} {_d(r, 4)}"),
    ("KR", lambda r: f"010-{_nz(r, 4)}-{_d(r, 4)}"),
    ("KR", lambda r: f"+82 2-{_nz(r, 3)}-{_d(r, 4)}"),
    ("AU", lambda r: f"+61 2 {_nz(r, 4)} {_d(r, 4)}"),
    ("AU", lambda r: f"(02) {_nz(r, 4)} {_d(r, 4)}"),
    ("AU", lambda r: f"04{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}"),
    ("NZ", lambda r: f"+64 9 {_nz(r, 3)} {_d(r, 4)}"),
    ("ZA", lambda r: f"+27 21 {_nz(r, 3)} {_d(r, 4)}"),
    ("SG", lambda r: f"+65 6{_d(r, 3)} {_d(r, 4)}"),
    ("HK", lambda r: f"+852 {_nz(r, 4)} {_d(r, 4)}"),
    ("AE", lambda r: f"+971 4 {_nz(r, 3)} {_d(r, 4)}"),
    ("TR", lambda r: f"+90 212 {_nz(r, 3)} {_d(r, 2)} {_d(r, 2)}"),
    ("RU", lambda r: f"+7 (495) {_nz(r, 3)}-{_d(r, 2)}-{_d(r, 2)}"),
    ("RU", lambda r: f"8 (812) {_nz(r, 3)}-{_d(r, 2)}-{_d(r, 2)}"),
]

CARD_BRANDS = {
    "visa": lambda r: ("4" + digits(r, 14), 16),
    "mastercard": lambda r: (str(r.randint(51, 55)) + digits(r, 13), 16),
    "mastercard2": lambda r: (str(r.randint(2221, 2720)) + digits(r, 11), 16),
    "amex": lambda r: (r.choice(["34", "37"]) + digits(r, 12), 15),
    "discover": lambda r: (r.choice(["6011" + digits(r, 11), "65" + digits(r, 13), str(r.randint(644, 649)) + digits(r, 12)]), 16),
    "jcb": lambda r: (str(r.randint(3528, 3589)) + digits(r, 11), 16),
    "diners": lambda r: (r.choice(["36" + digits(r, 11), str(r.randint(300, 305)) + digits(r, 10)]), 14),
    "unionpay": lambda r: ("62" + digits(r, r.choice([13, 16])), None),
    "maestro": lambda r: (r.choice(["6759", "5018", "5020", "6304"]) + digits(r, r.choice([11, 14])), None),
}

IBAN_SPECS = {
    "DE": lambda r: digits(r, 18), "FR": lambda r: digits(r, 10) + upper(r, 11) + digits(r, 2),
    "GB": lambda r: alnum(r, 4, string.ascii_uppercase) + digits(r, 14), "ES": lambda r: digits(r, 20),
    "IT": lambda r: alnum(r, 1, string.ascii_uppercase) + digits(r, 10) + digits(r, 12), "NL": lambda r: alnum(r, 4, string.ascii_uppercase) + digits(r, 10),
    "BE": lambda r: digits(r, 12), "CH": lambda r: digits(r, 5) + digits(r, 12), "AT": lambda r: digits(r, 16),
    "PL": lambda r: digits(r, 24), "PT": lambda r: digits(r, 21), "IE": lambda r: alnum(r, 4, string.ascii_uppercase) + digits(r, 14),
    "SE": lambda r: digits(r, 20), "NO": lambda r: digits(r, 11), "DK": lambda r: digits(r, 14), "FI": lambda r: digits(r, 14),
    "LU": lambda r: digits(r, 3) + digits(r, 13), "CZ": lambda r: digits(r, 20),
}

PUBLIC_FIRST_OCTETS = [24, 31, 46, 62, 67, 73, 77, 81, 85, 88, 91, 94, 98, 104, 109, 145, 151, 176, 178, 185, 188, 194, 212, 217]
MAIL_PROVIDERS = ["gmail.com", "outlook.com", "yahoo.co.uk", "gmx.de", "web.de", "icloud.com", "proton.me", "hotmail.fr", "libero.it", "orange.fr"]


class Bag:
    counters = {"phone": 0, "card": 0, "iban": 0}

    def __init__(self, r):
        self.r = r
        self.ents = []

    def _add(self, t, v):
        if {"type": t, "value": v} not in self.ents:
            self.ents.append({"type": t, "value": v})
        return v

    def name(self):
        return pick(self.r, FIRST) + " " + pick(self.r, LAST)

    def email(self, name=None, domain=None):
        r = self.r
        name = name or self.name()
        f, l = name.split(" ", 1)
        f, l = ascii_fold(f).lower(), ascii_fold(l).lower()
        if domain is None:
            domain = pick(r, MAIL_PROVIDERS)
            local = pick(r, [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}.{f}", f"{f}_{l}{r.randint(70, 99)}"])
        else:
            local = pick(r, [f"{f}.{l}", f"{f[0]}.{l}", f"{f}"])
        return self._add("email", f"{local}@{domain}")

    def role_email(self, local, domain):
        return self._add("email", f"{local}@{domain}")

    def phone(self, country=None):
        if country:
            opts = [f for c, f in PHONE_FORMATS if c == country]
            fn = pick(self.r, opts)
        else:
            i = Bag.counters["phone"] % len(PHONE_FORMATS)
            Bag.counters["phone"] += 1
            fn = PHONE_FORMATS[i][1]
        return self._add("phone", fn(self.r))

    def ssn(self, style="dash"):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        g, s = r.randint(1, 99), r.randint(1, 9999)
        v = {"dash": f"{a:03d}-{g:02d}-{s:04d}", "space": f"{a:03d} {g:02d} {s:04d}", "plain": f"{a:03d}{g:02d}{s:04d}"}[style]
        return self._add("ssn", v)

    def card(self, brand=None, style=None):
        r = self.r
        if brand is None:
            names = list(CARD_BRANDS)
            brand = names[Bag.counters["card"] % len(names)]
            Bag.counters["card"] += 1
        body, _ = CARD_BRANDS[brand](r)
        num = luhn_complete(body)
        style = style or pick(r, ["plain", "space", "dash"])
        if style == "plain":
            v = num
        else:
            sep = " " if style == "space" else "-"
            if len(num) == 15:
                parts = [num[:4], num[4:10], num[10:]]
            elif len(num) == 14:
                parts = [num[:4], num[4:10], num[10:]]
            else:
                parts = [num[i:i + 4] for i in range(0, len(num), 4)]
            v = sep.join(parts)
        return self._add("credit_card", v)

    def iban(self, cc=None, grouped=None):
        r = self.r
        if cc is None:
            ccs = list(IBAN_SPECS)
            cc = ccs[Bag.counters["iban"] % len(ccs)]
            Bag.counters["iban"] += 1
        ib = iban_make(cc, IBAN_SPECS[cc](r))
        if grouped is None:
            grouped = r.random() < 0.5
        v = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if grouped else ib
        return self._add("iban", v)

    def ip(self, private=False):
        r = self.r
        if private:
            v = pick(r, [f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
        else:
            v = f"{pick(r, PUBLIC_FIRST_OCTETS)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return self._add("ipv4", v)


COS = [("Kestrel Works", "kestrelworks.io"), ("Halcyon Freight", "halcyonfreight.co"), ("Orchard & Vale", "orchardvale.co.uk"),
       ("Bluefen Energy", "bluefen-energy.com"), ("Marlowe & Finch", "marlowefinch.law"), ("Tessellate Health", "tessellatehealth.com"),
       ("Vireo Pharma", "vireopharma.com"), ("Ostrava Robotics", "ostrava-robotics.eu")]
UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.112 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0", "curl/8.5.0", "python-requests/2.31.0"]


def J(o):
    return json.dumps(o, indent=2, ensure_ascii=False)


# ================================================================== templates
def t_email_thread(b, r):
    a, c = b.name(), b.name()
    co, dom = pick(r, COS)
    ea = b.email(a, dom)
    ec = b.email(c)
    ph = b.phone()
    dt = rdt(r)
    return "rfc822_email", (f"From: {a} <{ea}>\nTo: {c} <{ec}>\nSubject: Re: quote for the warehouse racking\nDate: {rfc2822(dt)}\n"
                            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
                            f"Hi {c.split()[0]},\n\nThanks for the drawings. We can deliver the racking in week 14 and install over two days. "
                            f"The revised quote is attached; it includes the extra bay you asked for.\n\nIf it's easier to talk it through, call me on {ph}.\n\n"
                            f"Best,\n{a}\nSales Engineer | {co}\nM: {ph}\nE: {ea}\n")


def t_crm_json(b, r):
    n = b.name()
    co, dom = pick(r, COS)
    obj = {"id": digits(r, 10), "properties": {"firstname": n.split()[0], "lastname": n.split()[1], "email": b.email(n, dom),
                                               "phone": b.phone(), "mobilephone": b.phone(), "company": co, "jobtitle": pick(r, ["Head of Procurement", "CFO", "IT Manager"]),
                                               "lifecyclestage": "opportunity", "hs_lead_status": "IN_PROGRESS", "createdate": iso(rdt(r))},
           "associations": {"companies": [digits(r, 10)]}, "archived": False}
    return "crm_contact_json", J(obj)


def t_mailing_csv(b, r):
    lines = ["subscriber_id,email,first_name,country,opt_in_date,source"]
    for _ in range(r.randint(4, 6)):
        n = b.name()
        lines.append(f"{digits(r, 7)},{b.email(n)},{n.split()[0]},{pick(r, ['GB', 'DE', 'FR', 'US', 'NL'])},{rdt(r):%Y-%m-%d},{pick(r, ['footer_form', 'checkout', 'webinar'])}")
    return "csv_export", "\n".join(lines) + "\n"


def t_git_log(b, r):
    out = []
    for _ in range(4):
        n = b.name()
        e = b.email(n, pick(r, ["kestrelworks.io", "users.noreply.example-git.com"]) if r.random() < 0.5 else None)
        out.append(f"commit {hexs(r, 40)}\nAuthor: {n} <{e}>\nDate:   {rdt(r):%a %b %d %H:%M:%S %Y} +0100\n\n    {pick(r, ['Fix pagination on orders page', 'Add retry to webhook sender', 'Update translations', 'Bump lodash', 'Refactor auth middleware'])}\n")
    return "terminal_session", "$ git log -4\n" + "\n".join(out)


def t_ldif(b, r):
    out = []
    for _ in range(2):
        n = b.name()
        f, l = n.split()
        uid = ascii_fold(f[0] + l).lower()
        out.append(f"dn: uid={uid},ou=people,dc=halcyonfreight,dc=co\nobjectClass: inetOrgPerson\ncn: {n}\nsn: {l}\ngivenName: {f}\nuid: {uid}\n"
                   f"mail: {b.email(n, 'halcyonfreight.co')}\ntelephoneNumber: {b.phone()}\ntitle: {pick(r, ['Dispatcher', 'Fleet Manager', 'Accountant'])}\n")
    return "ldif_export", "\n".join(out)


def t_vcard(b, r):
    n = b.name()
    f, l = n.split()
    co, dom = pick(r, COS)
    return "vcard", (f"BEGIN:VCARD\nVERSION:3.0\nN:{l};{f};;;\nFN:{n}\nORG:{co}\nTITLE:{pick(r, ['Partner', 'Office Manager', 'Project Lead'])}\n"
                     f"TEL;TYPE=WORK,VOICE:{b.phone()}\nTEL;TYPE=CELL:{b.phone()}\nEMAIL;TYPE=INTERNET,WORK:{b.email(n, dom)}\n"
                     f"EMAIL;TYPE=INTERNET,HOME:{b.email(n)}\nADR;TYPE=WORK:;;{r.randint(1, 200)} Station Road;Leeds;;LS1 {r.randint(1, 9)}AB;UK\nREV:{iso(rdt(r))}\nEND:VCARD\n")


def t_auth_log_json(b, r):
    out = []
    dt = rdt(r)
    for i in range(4):
        n = b.name()
        dt = plus(dt, r.randint(1, 30))
        out.append(json.dumps({"ts": iso(dt), "event": pick(r, ["login.success", "login.failure", "password.reset_requested", "mfa.challenge"]),
                               "user_email": b.email(n), "ip": b.ip(), "ua": pick(r, UA), "tenant": "t_" + alnum(r, 6, string.ascii_lowercase)}))
    return "app_log_jsonl", "\n".join(out) + "\n"


def t_ticket_json(b, r):
    n = b.name()
    c2 = b.name()
    obj = {"ticket": {"id": r.randint(40000, 99999), "subject": "Can't download my invoice", "requester": {"name": n, "email": b.email(n)},
                      "cc": [{"name": c2, "email": b.email(c2, pick(r, COS)[1])}],
                      "description": f"Hi, the download button on the billing page gives a blank page. You can reach me at {b.phone()} during office hours.",
                      "status": "open", "created_at": iso(rdt(r))}}
    return "zendesk_ticket_json", J(obj)


def t_users_psql(b, r):
    rows = []
    for i in range(4):
        n = b.name()
        rows.append((r.randint(1000, 9999), n, b.email(n), rdt(r).strftime("%Y-%m-%d %H:%M")))
    w = max(len(x[2]) for x in rows)
    out = ["shop=> SELECT id, full_name, email, last_login FROM users ORDER BY last_login DESC LIMIT 4;",
           f"  id  |      full_name       | {'email'.ljust(w)} |    last_login", "------+----------------------+-" + "-" * w + "-+------------------"]
    for x in rows:
        out.append(f" {x[0]} | {x[1]:<20} | {x[2]:<{w}} | {x[3]}")
    out.append("(4 rows)\n")
    return "psql_table_output", "\n".join(out)


def t_ics(b, r):
    org = b.name()
    co, dom = pick(r, COS)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kestrel//Cal 2.1//EN", "BEGIN:VEVENT", f"UID:{uuid4(r)}", "SUMMARY:Contract review",
             f"DTSTART:{rdt(r):%Y%m%dT%H%M00Z}", f"ORGANIZER;CN={org}:mailto:{b.email(org, dom)}"]
    for _ in range(3):
        a = b.name()
        lines.append(f"ATTENDEE;CN={a};ROLE=REQ-PARTICIPANT:mailto:{b.email(a)}")
    lines += [f"DESCRIPTION:Dial-in: {b.phone()}", "END:VEVENT", "END:VCALENDAR"]
    return "icalendar", "\r\n".join(lines) + "\r\n"


def t_form_json(b, r):
    n = b.name()
    obj = {"form_id": "contact-" + alnum(r, 6, string.ascii_lowercase), "submitted_at": iso(rdt(r)), "fields": {"name": n, "email": b.email(n),
                                                                                                              "phone": b.phone(), "message": "I'd like a quote for 40 desks delivered to our new office in March."},
           "meta": {"ip": b.ip(), "user_agent": pick(r, UA), "page": "/contact"}}
    return "form_submission_json", J(obj)


# ---- phone-centric
def t_call_log_csv(b, r):
    lines = ["call_id,started_at,direction,from,to,duration_s,agent"]
    dt = rdt(r)
    for _ in range(5):
        dt = plus(dt, r.randint(2, 50))
        lines.append(f"{alnum(r, 10)},{dt:%Y-%m-%d %H:%M:%S},{pick(r, ['inbound', 'outbound'])},\"{b.phone()}\",\"{b.phone()}\",{r.randint(12, 900)},{pick(r, FIRST)}")
    return "csv_export", "\n".join(lines) + "\n"


def t_sms_log(b, r):
    out = []
    dt = rdt(r)
    for _ in range(4):
        dt = plus(dt, r.randint(1, 9))
        out.append(json.dumps({"ts": iso(dt), "level": "info", "msg": "sms.sent", "to": b.phone(), "template": pick(r, ["otp", "delivery_window", "appointment_reminder"]),
                               "provider_id": "SM" + hexs(r, 32), "segments": 1}, ensure_ascii=False))
    return "app_log_jsonl", "\n".join(out) + "\n"


def t_booking(b, r):
    n = b.name()
    return "rfc822_email", (f"From: Harbourview Hotel <{b.role_email('reservations', 'harbourview-hotel.com')}>\nTo: {n} <{b.email(n)}>\n"
                            f"Subject: Booking confirmation HB-{digits(r, 6)}\nDate: {rfc2822(rdt(r))}\nContent-Type: text/plain; charset=UTF-8\n\n"
                            f"Dear {n},\n\nThank you for your reservation. Guest: {n}. Arrival {rdt(r):%d %B %Y}, 3 nights, Deluxe Double.\n"
                            f"Contact number on booking: {b.phone()}\n\nReception (24h): {b.phone()}\n\nWe look forward to welcoming you.\n")


def t_delivery_ocr(b, r):
    n = b.name()
    return "ocr_text", (f"HALCYON FREIGHT  -  DELIVERY NOTE\nConsignment: HF{digits(r, 9)}\n\nDeliver to:\n{n}\n{r.randint(1, 90)} Kingsway\nManchester M{r.randint(1, 40)} {r.randint(1, 9)}QP\n"
                        f"Tel: {b.phone()}\nAlt. contact: {b.phone()}\n\nItems: 3 cartons    Weight: 41.5 kg\nSigned: ..................     Date: ....../....../......\n[ocr conf=0.{r.randint(80, 97)}]\n")


def t_directory_psql(b, r):
    out = ["hr=> SELECT name, department, phone, extension FROM staff_directory WHERE office = 'Munich';", "      name       | department  |        phone         | extension",
           "-----------------+-------------+----------------------+-----------"]
    for _ in range(4):
        out.append(f" {b.name():<15} | {pick(r, ['Sales', 'Finance', 'IT', 'Legal']):<11} | {b.phone('DE'):<20} | {r.randint(100, 499)}")
    out.append("(4 rows)\n")
    return "psql_table_output", "\n".join(out)


def t_whatsapp(b, r):
    p1, p2 = b.phone(), b.phone()
    dt = rdt(r)
    lines = [f"{dt:%d/%m/%Y, %H:%M} - Messages and calls are end-to-end encrypted.",
             f"{plus(dt, 1):%d/%m/%Y, %H:%M} - {p1}: Hi, is the sofa still available?",
             f"{plus(dt, 4):%d/%m/%Y, %H:%M} - {p2}: Yes! Can pick up Saturday after 10",
             f"{plus(dt, 6):%d/%m/%Y, %H:%M} - {p1}: Great, my partner will come, her number is {b.phone()}",
             f"{plus(dt, 9):%d/%m/%Y, %H:%M} - {p2}: 👍"]
    return "whatsapp_chat_txt", "\n".join(lines) + "\n"


def t_voicemail(b, r):
    n = b.name()
    cb = b.phone()
    obj = {"voicemail_id": "vm_" + alnum(r, 18), "from": b.phone(), "received_at": iso(rdt(r)), "duration_seconds": r.randint(20, 90),
           "transcription": {"text": f"Hi, it's {n} calling about the flat viewing on Thursday. Could you call me back on {cb}? Thanks, bye.", "confidence": 0.91}}
    return "voicemail_transcript_json", J(obj)


def t_contact_page(b, r):
    offices = []
    for city in r.sample(["London", "Berlin", "Paris", "Madrid", "Tokyo", "Sydney", "São Paulo", "Singapore", "Toronto", "Dubai"], 4):
        offices.append(f"    <li><strong>{city}</strong> – {b.phone()}</li>")
    return "html_page", ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Contact us</title></head>\n<body>\n<h1>Contact our offices</h1>\n<ul>\n" +
                         "\n".join(offices) + f"\n</ul>\n<p>Press enquiries: {b.role_email('press', 'ostrava-robotics.eu')}</p>\n</body></html>\n")


# ---- ssn-centric
def t_onboarding_pdf(b, r):
    n = b.name()
    return "pdf_extracted_text", (f"EMPLOYEE ONBOARDING FORM                                   CONFIDENTIAL\n\nSection A – Personal details\nFull legal name: {n}\n"
                                  f"Social Security Number: {b.ssn('dash')}\nDate of birth: {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1965, 2002)}\n"
                                  f"Home phone: {b.phone('US')}\nPersonal email: {b.email(n)}\n\nSection B – Emergency contact\nName: {b.name()}   Relationship: Spouse\n"
                                  f"Phone: {b.phone('US')}\n\nSection C – Direct deposit\nPlease attach a voided cheque.\n\nPage 1 of 2\n")


def t_payroll_csv(b, r):
    lines = ["emp_id,name,ssn,state,pay_rate,pay_type"]
    for _ in range(5):
        lines.append(f"E{digits(r, 5)},{b.name()},{b.ssn(pick(r, ['dash', 'plain']))},{pick(r, ['CA', 'TX', 'NY', 'WA', 'IL'])},{r.randint(18, 95)}.{r.randint(0, 99):02d},{pick(r, ['hourly', 'salary'])}")
    return "csv_export", "\n".join(lines) + "\n"


def t_w2_ocr(b, r):
    n = b.name()
    return "ocr_text", (f"Form W-2 Wage and Tax Statement   2024\na Employee's social security number\n    {b.ssn('dash')}\n"
                        f"b Employer identification number (EIN)      1 Wages, tips, other compensation\n    {r.randint(10, 99)}-{digits(r, 7)}                           {r.randint(30000, 150000)}.{r.randint(0, 99):02d}\n"
                        f"c Employer's name, address, and ZIP code\n    HALCYON FREIGHT INC\n    400 HARBOR BLVD  OAKLAND CA 94607\ne Employee's first name and initial   Last name\n    {n.upper()}\n"
                        f"[scan p1/1 conf=0.{r.randint(85, 97)}]\n")


def t_background_json(b, r):
    n = b.name()
    obj = {"report_id": "rpt_" + alnum(r, 16), "status": "complete", "candidate": {"full_name": n, "ssn": b.ssn("dash"), "email": b.email(n),
                                                                                 "phone": b.phone("US")}, "checks": [{"type": "ssn_trace", "result": "clear"}, {"type": "county_criminal", "result": "clear"}],
           "completed_at": iso(rdt(r))}
    return "background_check_json", J(obj)


def t_mysql_employees(b, r):
    out = ["mysql> SELECT id, name, ssn, hire_date FROM employees WHERE dept = 'OPS';", "+------+--------------------+-------------+------------+",
           "| id   | name               | ssn         | hire_date  |", "+------+--------------------+-------------+------------+"]
    for _ in range(4):
        out.append(f"| {r.randint(1000, 9999)} | {b.name():<18} | {b.ssn('dash'):<11} | {rdt(r):%Y-%m-%d} |")
    out += ["+------+--------------------+-------------+------------+", f"4 rows in set (0.00 sec)\n"]
    return "mysql_table_output", "\n".join(out)


def t_tax_email(b, r):
    n = b.name()
    acct = b.name()
    return "rfc822_email", (f"From: {n} <{b.email(n)}>\nTo: {acct} <{b.email(acct, 'marlowefinch.law')}>\nSubject: docs for this year's return\nDate: {rfc2822(rdt(r))}\n\n"
                            f"Hi {acct.split()[0]},\n\nHere's what you asked for. My SSN is {b.ssn('space')} and my daughter's is {b.ssn('space')} "
                            f"(she's a dependent again this year). The 1099s are attached.\n\nThanks,\n{n}\n")


def t_claim_form(b, r):
    n = b.name()
    return "pdf_extracted_text", (f"GREYSTONE INSURANCE – CLAIM FORM\n\nPolicyholder: {n}\nPolicy no.: GS-{digits(r, 8)}\nSSN (last 4 not accepted – full number required): {b.ssn('plain')}\n"
                                  f"Daytime phone: {b.phone('US')}\nDate of loss: {rdt(r):%m/%d/%Y}\nDescription: Water leak from upstairs unit damaged kitchen ceiling.\n\nSignature: ____________\n")


def t_loan_json(b, r):
    n, co = b.name(), b.name()
    obj = {"application_id": "LA-" + digits(r, 8), "applicants": [{"role": "primary", "name": n, "ssn": b.ssn("dash"), "email": b.email(n)},
                                                                {"role": "co-applicant", "name": co, "ssn": b.ssn("plain")}],
           "amount_requested": r.randint(5, 60) * 1000, "term_months": 60, "status": "underwriting"}
    return "loan_application_json", J(obj)


def t_benefits_log(b, r):
    dt = rdt(r)
    return "app_log_plain", (f"{dt:%Y-%m-%d %H:%M:%S} INFO  benefits.enroll start batch=2025-OE\n"
                             f"{dt:%Y-%m-%d %H:%M:%S} DEBUG benefits.enroll payload={{member_ssn: '{b.ssn('dash')}', plan: 'PPO-500', dependents: 2}}\n"
                             f"{dt:%Y-%m-%d %H:%M:%S} WARN  benefits.enroll carrier rejected member ssn={b.ssn('plain')} reason=DOB_MISMATCH\n"
                             f"{dt:%Y-%m-%d %H:%M:%S} INFO  benefits.enroll done ok=41 failed=1\n")


# ---- card-centric
def t_payment_debug(b, r):
    dt = rdt(r)
    return "app_log_plain", (f"{dt:%Y-%m-%d %H:%M:%S.%f}"[:-3] + f" DEBUG [checkout] client_ip={b.ip()} POST /api/pay\n" +
                             f"{dt:%Y-%m-%d %H:%M:%S.%f}"[:-3] + f" DEBUG [checkout] body={{\"card_number\":\"{b.card(style='plain')}\",\"exp\":\"{r.randint(1, 12):02d}/{r.randint(26, 30)}\",\"cvc\":\"{digits(r, 3)}\",\"amount\":{r.randint(10, 900)}00}}\n" +
                             f"{dt:%Y-%m-%d %H:%M:%S.%f}"[:-3] + " INFO  [checkout] gateway response: approved auth=" + upper(r, 6) + "\n")


def t_checkout_json(b, r):
    n = b.name()
    obj = {"order": {"id": "ORD-" + digits(r, 7), "customer": {"name": n, "email": b.email(n)},
                     "payment": {"method": "card", "card_number": b.card(), "holder": n.upper(), "expiry": f"{r.randint(1, 12):02d}/{r.randint(26, 31)}"},
                     "total": {"amount": f"{r.randint(20, 800)}.{r.randint(0, 99):02d}", "currency": "EUR"}}}
    return "webhook_payload_json", J(obj)


def t_chat_card(b, r):
    n = b.name()
    obj = {"type": "conversation", "id": digits(r, 12), "source": {"author": {"name": n, "email": b.email(n)}, "body": "<p>my payment keeps failing</p>"},
           "conversation_parts": {"conversation_parts": [
               {"author": {"type": "admin", "name": pick(r, FIRST)}, "body": "<p>Sorry about that! Which card are you using?</p>"},
               {"author": {"type": "user", "name": n}, "body": f"<p>it's {b.card(style='space')} exp {r.randint(1, 12):02d}/{r.randint(26, 30)}</p>"},
               {"author": {"type": "admin", "name": pick(r, FIRST)}, "body": "<p>Please don't share full card numbers in chat – I've asked for this message to be redacted.</p>"}]}}
    return "intercom_conversation_json", J(obj)


def t_orders_csv(b, r):
    lines = ["order_id,date,customer_email,card_number,amount"]
    for _ in range(4):
        lines.append(f"{digits(r, 6)},{rdt(r):%Y-%m-%d},{b.email()},{b.card()},{r.randint(10, 500)}.{r.randint(0, 99):02d}")
    return "csv_export", "\n".join(lines) + "\n"


def t_fraud_email(b, r):
    n = b.name()
    return "rfc822_email", (f"From: Fraud Operations <{b.role_email('fraud-ops', 'copperleafbank.com')}>\nTo: {b.role_email('disputes', 'copperleafbank.com')}\n"
                            f"Subject: Compromised cards – batch {digits(r, 4)}\nDate: {rfc2822(rdt(r))}\n\nTeam,\n\nThe following cards were used at the skimmer location and must be reissued today:\n\n"
                            f"  {b.card()}  ({n})\n  {b.card()}\n  {b.card()}\n\nFirst fraudulent transaction seen from {b.ip()}.\n\nFraud Ops\n")


def t_call_vtt(b, r):
    n = b.name()
    c = b.card(style="space")
    return "webvtt_transcript", (f"WEBVTT\n\n1\n00:00:01.000 --> 00:00:05.500\n<v Agent>Thanks for calling, can I take the card number for the payment?\n\n"
                                 f"2\n00:00:06.200 --> 00:00:14.800\n<v {n}>Yes, it's {c}, expiry {r.randint(1, 12):02d} {r.randint(26, 30)}.\n\n"
                                 f"3\n00:00:15.100 --> 00:00:19.000\n<v Agent>Thank you. And the security code on the back?\n\n4\n00:00:19.500 --> 00:00:21.000\n<v {n}>{digits(r, 3)}.\n")


def t_pm_psql(b, r):
    out = ["legacy=> SELECT id, customer_id, pan, exp_month, exp_year FROM payment_methods LIMIT 4;", " id  | customer_id |         pan          | exp_month | exp_year",
           "-----+-------------+----------------------+-----------+----------"]
    for _ in range(4):
        out.append(f" {r.randint(100, 999)} | {r.randint(10000, 99999)}       | {b.card(style='plain'):<20} | {r.randint(1, 12):>9} | {r.randint(2026, 2031)}")
    out.append("(4 rows)\n")
    return "psql_table_output", "\n".join(out)


def t_corp_cards(b, r):
    lines = ["cardholder,department,card_number,monthly_limit,contact_phone"]
    for _ in range(4):
        lines.append(f"{b.name()},{pick(r, ['Sales', 'Ops', 'Marketing', 'IT'])},{b.card(style='dash')},{r.randint(1, 20) * 500},\"{b.phone()}\"")
    return "csv_export", "\n".join(lines) + "\n"


# ---- iban-centric
def t_sepa_email(b, r):
    n = b.name()
    return "rfc822_email", (f"From: {n} <{b.email(n, pick(r, COS)[1])}>\nTo: {b.role_email('ap', 'kestrelworks.io')}\nSubject: Payment details for invoice {digits(r, 5)}\nDate: {rfc2822(rdt(r))}\n\n"
                            f"Hello,\n\nPlease pay invoice {digits(r, 5)} by SEPA transfer to:\n\nAccount holder: {n}\nIBAN: {b.iban()}\nBIC: {upper(r, 8)}\n\n"
                            f"Reference: the invoice number.\n\nRegards,\n{n}\n{b.phone()}\n")


def t_vendor_csv(b, r):
    lines = ["vendor_id;name;iban;bic;payment_terms"]
    for _ in range(4):
        lines.append(f"V{digits(r, 5)};{pick(r, LAST)} {pick(r, ['GmbH', 'SARL', 'BV', 'Ltd', 'S.p.A.'])};{b.iban()};{upper(r, 8)};{pick(r, ['NET30', 'NET14', 'NET60'])}")
    return "csv_export", "\n".join(lines) + "\n"


def t_invoice_pdf(b, r):
    n = b.name()
    return "pdf_extracted_text", (f"RECHNUNG / INVOICE                                  Nr. {digits(r, 6)}\n\n{n} – Grafikdesign\nLindenstraße {r.randint(1, 80)}, 10969 Berlin\n\n"
                                  f"Leistung: Logo redesign and brand guidelines                       1.850,00 EUR\nUSt. 19 %                                                             351,50 EUR\nGesamt                                                              2.201,50 EUR\n\n"
                                  f"Bankverbindung: IBAN {b.iban('DE', grouped=True)} · BIC {upper(r, 8)}\nTel. {b.phone('DE')} · {b.email(n)}\n")


def t_pain001(b, r):
    txs = []
    for _ in range(2):
        n = b.name()
        txs.append(f"""      <CdtTrfTxInf>
        <PmtId><EndToEndId>E2E-{digits(r, 8)}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">{r.randint(100, 9000)}.00</InstdAmt></Amt>
        <Cdtr><Nm>{n}</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>{b.iban(grouped=False)}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>Salary {rdt(r):%m/%Y}</Ustrd></RmtInf>
      </CdtTrfTxInf>""")
    return "pain001_xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr><MsgId>MSG-{digits(r, 10)}</MsgId><CreDtTm>{iso(rdt(r))}</CreDtTm><NbOfTxs>2</NbOfTxs></GrpHdr>
    <PmtInf>
      <PmtInfId>PAYROLL-{digits(r, 4)}</PmtInfId>
      <DbtrAcct><Id><IBAN>{b.iban(grouped=False)}</IBAN></Id></DbtrAcct>
{chr(10).join(txs)}
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
"""


def t_refund_ticket(b, r):
    n = b.name()
    obj = {"ticket": {"id": r.randint(40000, 99999), "subject": "Rückerstattung / refund", "requester": {"name": n, "email": b.email(n)},
                      "comments": [{"body": f"Please refund the returned jacket to my bank account, I paid by bank transfer. IBAN: {b.iban()}", "public": True},
                                   {"body": "Refund queued for the next SEPA batch.", "public": False}]}}
    return "zendesk_ticket_json", J(obj)


def t_crm_bank(b, r):
    n = b.name()
    obj = {"Id": "003" + alnum(r, 15), "Name": n, "Email": b.email(n), "Phone": b.phone(), "Bank_Account__c": {"IBAN__c": b.iban(), "Mandate_Ref__c": "MNDT-" + digits(r, 8)},
           "LastModifiedDate": iso(rdt(r))}
    return "salesforce_record_json", J(obj)


def t_payroll_change(b, r):
    n = b.name()
    return "servicenow_incident_json", J({"result": {"number": "HRC" + digits(r, 7), "short_description": "Change of bank details for salary",
                                                      "description": f"Employee {n} requests salary to be paid into new account {b.iban()} from next month. Old account: {b.iban()}. Verified by phone call-back.",
                                                      "opened_by": {"display_value": b.name()}, "state": "Work in Progress"}})


def t_camt(b, r):
    entries = []
    for _ in range(3):
        entries.append(f"  <Ntry><Amt Ccy=\"EUR\">{r.randint(10, 3000)}.{r.randint(0, 99):02d}</Amt><CdtDbtInd>{pick(r, ['CRDT', 'DBIT'])}</CdtDbtInd>"
                       f"<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>{b.name()}</Nm></Dbtr><DbtrAcct><Id><IBAN>{b.iban(grouped=False)}</IBAN></Id></DbtrAcct></RltdPties></TxDtls></NtryDtls></Ntry>")
    return "camt053_xml", "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt><Stmt>\n" + "\n".join(entries) + "\n</Stmt></BkToCstmrStmt></Document>\n"


# ---- ip-centric
def t_nginx(b, r):
    out = []
    dt = rdt(r)
    for _ in range(5):
        dt = plus(dt, 1)
        out.append(f'{b.ip()} - - [{dt:%d/%b/%Y:%H:%M:%S} +0000] "{pick(r, ["GET", "POST"])} {pick(r, ["/", "/login", "/api/v1/orders", "/static/app.js", "/wp-login.php"])} HTTP/1.1" {pick(r, [200, 200, 302, 404, 401])} {r.randint(200, 40000)} "-" "{pick(r, UA)}"')
    return "nginx_access_log", "\n".join(out) + "\n"


def t_sshd(b, r):
    out = []
    dt = rdt(r)
    host = pick(r, ["bastion-01", "web-02", "db-prod-01"])
    for _ in range(3):
        ip = b.ip()
        out.append(f"{dt:%b %d %H:%M:%S} {host} sshd[{r.randint(1000, 99999)}]: Failed password for invalid user {pick(r, ['admin', 'oracle', 'test', 'ubuntu'])} from {ip} port {r.randint(30000, 65000)} ssh2")
    ip = b.ip(private=True)
    out.append(f"{dt:%b %d %H:%M:%S} {host} sshd[{r.randint(1000, 99999)}]: Accepted publickey for deploy from {ip} port {r.randint(30000, 65000)} ssh2: ED25519 SHA256:{alnum(r, 43)}")
    return "syslog_auth_log", "\n".join(out) + "\n"


def t_firewall(b, r):
    out = []
    dt = rdt(r)
    for _ in range(4):
        out.append(f"{dt:%b %d %H:%M:%S} fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC={':'.join(hexs(r, 2) for _ in range(14))} SRC={b.ip()} DST={b.ip(private=True)} LEN=60 TOS=0x00 PREC=0x00 TTL={r.randint(40, 60)} ID={r.randint(1000, 65000)} DF PROTO=TCP SPT={r.randint(30000, 65000)} DPT={pick(r, [22, 23, 3389, 445, 5432])} WINDOW=64240 RES=0x00 SYN URGP=0")
    return "firewall_log", "\n".join(out) + "\n"


def t_headers(b, r):
    client = b.ip()
    proxy = b.ip()
    return "http_request_headers", (f"POST /api/v2/login HTTP/1.1\nHost: app.kestrelworks.io\nUser-Agent: {pick(r, UA)}\nContent-Type: application/json\n"
                                    f"X-Forwarded-For: {client}, {proxy}\nX-Real-IP: {client}\nX-Forwarded-Proto: https\nVia: 1.1 {b.ip(private=True)} (squid/6.6)\n"
                                    f"X-Request-ID: {uuid4(r)}\nContent-Length: {r.randint(40, 90)}\n")


def t_cdn_json(b, r):
    out = []
    for _ in range(3):
        out.append(json.dumps({"ClientIP": b.ip(), "ClientCountry": pick(r, ["gb", "de", "us", "br", "in"]), "ClientRequestHost": "shop.sableoutdoor.com",
                               "ClientRequestPath": pick(r, ["/cart", "/checkout", "/products/tent-2p"]), "EdgeResponseStatus": 200, "EdgeStartTimestamp": 1740900000000 + r.randint(0, 99999),
                               "RayID": hexs(r, 16), "OriginIP": b.ip(private=True)}))
    return "cdn_log_jsonl", "\n".join(out) + "\n"


def t_fail2ban(b, r):
    dt = rdt(r)
    out = []
    for _ in range(3):
        ip = b.ip()
        out.append(f"{dt:%Y-%m-%d %H:%M:%S},{r.randint(100, 999)} fail2ban.filter  [{r.randint(500, 999)}]: INFO    [sshd] Found {ip} - {dt:%Y-%m-%d %H:%M:%S}")
        out.append(f"{dt:%Y-%m-%d %H:%M:%S},{r.randint(100, 999)} fail2ban.actions [{r.randint(500, 999)}]: NOTICE  [sshd] Ban {ip}")
    return "fail2ban_log", "\n".join(out) + "\n"


def t_apache_err(b, r):
    dt = rdt(r)
    return "apache_error_log", (f"[{dt:%a %b %d %H:%M:%S}.{digits(r, 6)} 2025] [php:error] [pid {r.randint(1000, 30000)}] [client {b.ip()}:{r.randint(30000, 65000)}] PHP Fatal error:  Uncaught TypeError: count(): Argument #1 must be of type Countable in /var/www/html/cart.php:88\n"
                                f"[{dt:%a %b %d %H:%M:%S}.{digits(r, 6)} 2025] [authz_core:error] [pid {r.randint(1000, 30000)}] [client {b.ip()}:{r.randint(30000, 65000)}] AH01630: client denied by server configuration: /var/www/html/.git\n")


def t_vpn_table(b, r):
    out = ["vpn=> SELECT username, assigned_ip, public_ip, connected_at FROM sessions WHERE active;", "   username    | assigned_ip  |    public_ip    |    connected_at",
           "---------------+--------------+-----------------+---------------------"]
    for _ in range(4):
        out.append(f" {ascii_fold(pick(r, FIRST)).lower()}.{ascii_fold(pick(r, LAST)).lower():<8} | {b.ip(private=True):<12} | {b.ip():<15} | {rdt(r):%Y-%m-%d %H:%M:%S}")
    out.append("(4 rows)\n")
    return "psql_table_output", "\n".join(out)


def t_login_audit(b, r):
    n = b.name()
    obj = {"audit": [{"actor": b.email(n, "kestrelworks.io"), "action": "user.login", "ip_address": b.ip(), "geo": "Leeds, GB", "time": iso(rdt(r))},
                     {"actor": b.email(n, "kestrelworks.io"), "action": "user.login", "ip_address": b.ip(), "geo": "Lagos, NG", "time": iso(rdt(r)), "risk": "impossible_travel"}]}
    return "audit_log_json", J(obj)


def t_received_headers(b, r):
    n = b.name()
    return "rfc822_email", (f"Received: from mail-out.{pick(r, ['partner-mail.net', 'gmx.de'])} ({b.ip()})\n\tby mx1.kestrelworks.io with ESMTPS; {rfc2822(rdt(r))}\n"
                            f"Received: from [{b.ip(private=True)}] (unknown [{b.ip()}])\n\tby mail-out.partner-mail.net with ESMTPSA; {rfc2822(rdt(r))}\n"
                            f"From: {n} <{b.email(n)}>\nTo: {b.role_email('support', 'kestrelworks.io')}\nSubject: Login problem\nDate: {rfc2822(rdt(r))}\n\nHi, I can't log in since yesterday. Thanks, {n.split()[0]}\n")


TEMPLATES = {
    "email": [t_email_thread, t_crm_json, t_mailing_csv, t_git_log, t_ldif, t_vcard, t_auth_log_json, t_ticket_json, t_users_psql, t_ics, t_form_json],
    "phone": [t_call_log_csv, t_sms_log, t_booking, t_delivery_ocr, t_directory_psql, t_whatsapp, t_voicemail, t_contact_page, t_vcard, t_crm_json],
    "ssn": [t_onboarding_pdf, t_payroll_csv, t_w2_ocr, t_background_json, t_mysql_employees, t_tax_email, t_claim_form, t_loan_json, t_benefits_log],
    "credit_card": [t_payment_debug, t_checkout_json, t_chat_card, t_orders_csv, t_fraud_email, t_call_vtt, t_pm_psql, t_corp_cards],
    "iban": [t_sepa_email, t_vendor_csv, t_invoice_pdf, t_pain001, t_refund_ticket, t_crm_bank, t_payroll_change, t_camt],
    "ipv4": [t_nginx, t_sshd, t_firewall, t_headers, t_cdn_json, t_fail2ban, t_apache_err, t_vpn_table, t_login_audit, t_received_headers],
}


def build_pii_rows():
    rows = []
    Bag.counters = {"phone": 0, "card": 0, "iban": 0}
    for typ in ["email", "phone", "ssn", "credit_card", "iban", "ipv4"]:
        tl = TEMPLATES[typ]
        for i in range(18):
            r = random.Random(f"pii-{typ}-{i}")
            b = Bag(r)
            fmt, text = tl[i % len(tl)](b, r)
            assert any(e["type"] == typ for e in b.ents), (typ, fmt)
            rows.append({"format": fmt, "label": "pii", "category": typ, "entities": b.ents, "text": text})
    rows += build_clean_pii()
    return rows


# ================================================================== clean look-alikes
def _bad_luhn(r, prefix, n):
    while True:
        s = prefix + digits(r, n - len(prefix))
        if not luhn_ok(s):
            return s


def _bad_iban(r, cc):
    while True:
        s = cc + digits(r, 2) + IBAN_SPECS[cc](r)
        if not iban_ok(s):
            return s


def build_clean_pii():
    out = []
    r = random.Random("pii-clean")

    def add(cat, fmt, text):
        out.append({"format": fmt, "label": "clean", "category": cat, "entities": [], "text": text})

    # 1 order / invoice numbers
    add("order_invoice_number", "order_confirmation_txt", f"ORDER CONFIRMED\nOrder number: {digits(r, 3)}-{digits(r, 7)}-{digits(r, 7)}\nPlaced on: 3 March 2025\n\n1 x Camping stove 2-burner      £64.99\n1 x Gas canister 450g           £7.50\nDelivery                         £0.00\nTotal                           £72.49\n\nTrack your order in the app under Orders.\n")
    add("order_invoice_number", "csv_export", "invoice_no,po_number,issue_date,due_date,net,vat,gross\n" + "".join(f"INV-2025-{digits(r, 5)},PO-{digits(r, 4)}-{digits(r, 6)},2025-02-{d:02d},2025-03-{d:02d},{r.randint(100, 9000)}.00,{r.randint(10, 900)}.00,{r.randint(200, 9900)}.00\n" for d in range(3, 9)))
    add("order_invoice_number", "api_response_json", J({"orders": [{"order_id": digits(r, 12), "external_ref": f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 4)}", "status": "shipped", "items": r.randint(1, 5)} for _ in range(3)], "page": 1}))
    # 2 tracking numbers
    add("tracking_number", "api_response_json", J({"shipments": [{"carrier": "UPS", "tracking_number": "1Z" + upper(r, 6) + digits(r, 10), "status": "In Transit"},
                                                                 {"carrier": "USPS", "tracking_number": "9400 1" + digits(r, 3) + " " + " ".join(digits(r, 4) for _ in range(3)) + " " + digits(r, 2), "status": "Delivered"},
                                                                 {"carrier": "Royal Mail", "tracking_number": upper(r, 2) + digits(r, 9) + "GB", "status": "Collected"}]}))
    add("tracking_number", "email_notification_txt", f"Subject: Your parcel is on its way\n\nGood news! Your parcel has left our depot.\n\nDHL Express waybill: {digits(r, 10)}\nFedEx tracking: {digits(r, 12)}\nEstimated delivery: Thursday, 6 March between 10:00 and 14:00.\n\nYou can change the delivery day in the courier's app.\n")
    add("tracking_number", "csv_export", "parcel_id,carrier,tracking,weight_kg,zone\n" + "".join(f"P{digits(r, 6)},DPD,{_bad_luhn(r, '0', 14)},{r.randint(1, 30)}.{r.randint(0, 9)},{r.randint(1, 9)}\n" for _ in range(5)))
    # 3 timestamps
    add("timestamp", "app_log_jsonl", "".join(json.dumps({"ts_ms": 1740900000000 + r.randint(0, 9999999), "ts": "2025-03-02T07:2%d:%02d.%03dZ" % (r.randint(0, 9), r.randint(0, 59), r.randint(0, 999)), "event": "cache.hit", "dur_ns": r.randint(10000, 999999)}) + "\n" for _ in range(5)))
    add("timestamp", "crontab", "# m h dom mon dow command\n30 2 * * 1-5 /usr/local/bin/backup --since 20250301T000000Z\n0 */6 * * * /usr/local/bin/rotate-logs\n15 4 1 * * /usr/local/bin/report --month 2025-03 --epoch 1740787200\n")
    add("timestamp", "terminal_session", "$ date -u +%s%N\n1741002231918273645\n$ date -u -d @1741002231\nMon Mar  3 11:43:51 UTC 2025\n$ stat -c '%y' backup.tar\n2025-03-03 11:40:02.123456789 +0000\n$ ")
    # 4 version strings
    add("version_string", "terminal_session", "PS C:\\> [System.Environment]::OSVersion.Version\n\nMajor  Minor  Build  Revision\n-----  -----  -----  --------\n10     0      19045  0\n\nPS C:\\> (Get-Item .\\app.exe).VersionInfo.FileVersion\n4.18.2.1\nPS C:\\> (Get-Item .\\plugin.dll).VersionInfo.FileVersion\n2.0.1.255\n")
    add("version_string", "xml_manifest", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <AssemblyVersion>3.2.1.0</AssemblyVersion>\n    <FileVersion>3.2.1.47</FileVersion>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include=\"Newtonsoft.Json\" Version=\"13.0.3\" />\n    <PackageReference Include=\"Serilog\" Version=\"3.1.1\" />\n  </ItemGroup>\n</Project>\n")
    add("version_string", "changelog_md", "## 1.12.0.3 (2025-02-28)\n- Fixed crash on startup when the config file is empty.\n\n## 1.12.0.2 (2025-02-20)\n- Updated bundled OpenSSL to 3.0.15.\n\n## 1.11.4.9 (2025-01-30)\n- Minor UI fixes.\n")
    # 5 SNMP OIDs
    add("snmp_oid", "terminal_session", "$ snmpwalk -v2c -c public switch-03 system\nSNMPv2-MIB::sysDescr.0 = STRING: 48-port Gigabit switch\n.1.3.6.1.2.1.1.2.0 = OID: .1.3.6.1.4.1.9.1.2134\n.1.3.6.1.2.1.1.3.0 = Timeticks: (812345600) 94 days, 0:30:56.00\n.1.3.6.1.2.1.1.5.0 = STRING: switch-03\n.1.3.6.1.2.1.2.2.1.10.12 = Counter32: 3889201123\n$ ")
    add("snmp_oid", "yaml_config", "# snmp_exporter module\nmodules:\n  if_mib:\n    walk:\n      - 1.3.6.1.2.1.2.2.1.10\n      - 1.3.6.1.2.1.2.2.1.16\n      - 1.3.6.1.2.1.31.1.1.1.6\n    lookups:\n      - source_indexes: [ifIndex]\n        lookup: 1.3.6.1.2.1.31.1.1.1.1\n")
    add("snmp_oid", "pdf_extracted_text", "Appendix B – Object identifiers\n\nOID                         Name               Type\n1.3.6.1.4.1.2021.4.5.0      memTotalReal       Integer\n1.3.6.1.4.1.2021.10.1.3.1   laLoad.1           String\n2.5.4.3                     commonName         DirectoryString\n1.2.840.113549.1.1.11       sha256WithRSA      AlgorithmIdentifier\n")
    # 6 postal codes
    add("postal_code", "csv_export", "store,street,city,postcode,country\nLeeds Central,Briggate 22,Leeds,LS1 6HD,GB\nBerlin Mitte,Friedrichstraße 120,Berlin,10117,DE\nSan Francisco,Market St 900,San Francisco,94103-1523,US\nAmsterdam,Kalverstraat 80,Amsterdam,1012 PH,NL\nToronto,Queen St W 300,Toronto,M5V 2A2,CA\n")
    add("postal_code", "api_response_json", J({"query": "10115", "results": [{"postcode": "10115", "place": "Berlin", "state": "Berlin"}, {"postcode": "20095", "place": "Hamburg"}, {"postcode": "80331", "place": "München"}]}))
    add("postal_code", "html_page", "<table class=\"zones\"><tr><th>ZIP range</th><th>Zone</th><th>Days</th></tr><tr><td>10001–14999</td><td>2</td><td>1–2</td></tr><tr><td>90001–96199</td><td>8</td><td>4–5</td></tr><tr><td>60601-1234</td><td>5</td><td>3</td></tr></table>\n")
    # 7 card-like numbers failing Luhn
    add("luhn_failing_number", "api_response_json", J({"gift_cards": [{"serial": _bad_luhn(r, "6035", 16), "balance": "25.00"}, {"serial": _bad_luhn(r, "6035", 16), "balance": "0.00"}], "note": "serials are not payment cards"}))
    add("luhn_failing_number", "app_log_plain", f"2025-03-01 10:00:01 WARN  payment.validate rejected input: checksum failed for candidate {_bad_luhn(r, '4', 16)} (Luhn)\n2025-03-01 10:00:09 WARN  payment.validate rejected input: checksum failed for candidate {_bad_luhn(r, '51', 16)} (Luhn)\n")
    add("luhn_failing_number", "csv_export", "member_no,tier,points\n" + "".join(f"{_bad_luhn(r, '3', 16)},{pick(r, ['silver', 'gold'])},{r.randint(100, 9000)}\n" for _ in range(4)))
    # 8 IBAN-like failing checksum
    add("iban_failing_checksum", "api_response_json", J({"error": {"code": "invalid_iban", "message": "IBAN checksum does not match", "field": "iban", "value": _bad_iban(r, "DE")}}))
    add("iban_failing_checksum", "python_source", f"import pytest\nfrom payments.iban import is_valid\n\n\n@pytest.mark.parametrize('value', ['{_bad_iban(r, 'GB')}', '{_bad_iban(r, 'FR')}', '{_bad_iban(r, 'NL')}'])\ndef test_rejects_bad_checksum(value):\n    assert not is_valid(value)\n")
    add("iban_failing_checksum", "app_log_plain", f"2025-02-11 08:12:44 ERROR sepa.import line 14: invalid IBAN '{_bad_iban(r, 'ES')}' (mod-97 != 1), row skipped\n2025-02-11 08:12:44 ERROR sepa.import line 22: invalid IBAN '{_bad_iban(r, 'IT')}' (mod-97 != 1), row skipped\n")
    # 9 SSN-like invalid
    add("ssn_like_invalid", "app_log_plain", f"2025-02-03 14:00:11 WARN  hr.validate ssn rejected: 000-{r.randint(10, 99)}-{digits(r, 4)} (area 000 never issued)\n2025-02-03 14:00:12 WARN  hr.validate ssn rejected: 666-{r.randint(10, 99)}-{digits(r, 4)} (area 666 never issued)\n2025-02-03 14:00:13 WARN  hr.validate ssn rejected: {r.randint(100, 665)}-00-{digits(r, 4)} (group 00)\n")
    add("ssn_like_invalid", "csv_export", "part_no,description,qty\n" + "".join(f"{r.randint(900, 999)}-{r.randint(10, 49)}-{digits(r, 4)},{pick(r, ['hex bolt M8', 'washer', 'bracket'])},{r.randint(1, 500)}\n" for _ in range(4)))
    add("ssn_like_invalid", "markdown_doc", f"## Test data\n\nUse only numbers that can never be issued, e.g. `{r.randint(100, 665)}-{r.randint(10, 99)}-0000` (serial 0000) or `987-{r.randint(10, 49)}-{digits(r, 4)}` (area 9xx). Never use real SSNs in fixtures.\n")
    # 10 phone-like digit runs
    add("phone_like_digit_run", "ci_log", f"2025-03-01T12:00:00Z Build number: 2025.0301.{digits(r, 4)}\n2025-03-01T12:00:01Z Artifact: app-{digits(r, 3)}-{digits(r, 3)}-{digits(r, 4)}.apk\n2025-03-01T12:00:02Z Run id: {digits(r, 11)}\n")
    add("phone_like_digit_run", "api_response_json", J({"books": [{"title": "Designing Data Systems", "isbn13": "978-1-" + digits(r, 5) + "-" + digits(r, 3) + "-" + digits(r, 1)}, {"title": "Field Guide to Birds", "isbn10": "0-" + digits(r, 3) + "-" + digits(r, 5) + "-" + digits(r, 1)}]}))
    add("phone_like_digit_run", "ocr_text", f"RATING PLATE\nModel: HX-220   Serial No. {digits(r, 4)} {digits(r, 3)} {digits(r, 4)}\nBatch: {digits(r, 2)}/{digits(r, 4)}/{digits(r, 3)}\n230 V ~ 50 Hz  2000 W\nMade in EU\n")
    # 11 product codes
    add("product_code", "product_catalog_json", J({"items": [{"sku": f"TNT-{upper(r, 3)}-{digits(r, 3)}", "ean13": _bad_luhn(r, '40', 13), "mpn": f"{upper(r, 2)}{digits(r, 4)}-{upper(r, 2)}"} for _ in range(3)]}))
    add("product_code", "csv_export", "gtin,name,pack\n" + "".join(f"{_bad_luhn(r, '0', 14)},{pick(r, ['Oat milk 1L', 'Coffee beans 500g', 'Dish soap'])},{r.randint(6, 24)}\n" for _ in range(4)))
    add("product_code", "html_page", f"<dl class=\"specs\"><dt>Model</dt><dd>KX-{digits(r, 4)}-EU</dd><dt>Part number</dt><dd>{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}</dd><dt>UPC</dt><dd>{_bad_luhn(r, '8', 12)}</dd></dl>\n")
    # 12 coordinates
    add("coordinates", "geojson", J({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(r.uniform(-10, 30), 6), round(r.uniform(35, 60), 6)]}, "properties": {"name": n}} for n in ["Depot A", "Depot B", "Depot C"]]}))
    add("coordinates", "gpx_xml", "<gpx version=\"1.1\"><trk><trkseg>\n" + "".join(f"<trkpt lat=\"{r.uniform(51, 52):.6f}\" lon=\"{r.uniform(-0.2, 0.1):.6f}\"><ele>{r.randint(10, 80)}.{r.randint(0, 9)}</ele></trkpt>\n" for _ in range(4)) + "</trkseg></trk></gpx>\n")
    add("coordinates", "csv_export", "station,lat,lon,elevation_m\n" + "".join(f"ST{r.randint(10, 99)},{r.uniform(-40, 60):.5f},{r.uniform(-120, 150):.5f},{r.randint(0, 2500)}\n" for _ in range(5)))
    # 13 durations and sizes
    add("duration_size", "terminal_session", "$ du -b dump.sql\n1073741824\tdump.sql\n$ time pg_restore -d app dump.sql\n\nreal\t12m41.203s\nuser\t3m02.118s\nsys\t0m44.907s\n$ ")
    add("duration_size", "webvtt_transcript", "WEBVTT\n\n00:01:12.480 --> 00:01:15.920\nThe upload was 2,147,483,648 bytes.\n\n00:01:16.000 --> 00:01:19.300\nIt took 01:02:33 to finish.\n")
    add("duration_size", "api_response_json", J({"job": "transcode", "input_bytes": 4831838208, "output_bytes": 1288490188, "elapsed_ms": 734120, "duration": "PT12M14.12S"}))
    # 14 hex ids
    add("hex_id", "api_response_json", J({"_id": hexs(r, 24), "session": hexs(r, 32), "etag": "W/\"" + hexs(r, 16) + "\"", "items": [hexs(r, 24) for _ in range(3)]}))
    add("hex_id", "terminal_session", f"$ docker ps --format '{{{{.ID}}}} {{{{.Names}}}}'\n{hexs(r, 12)} api-1\n{hexs(r, 12)} worker-1\n{hexs(r, 12)} redis-1\n$ ")
    add("hex_id", "app_log_plain", "".join(f"2025-03-0{i} 10:0{i}:00 INFO job={hexs(r, 16)} span={hexs(r, 8)} finished\n" for i in range(1, 6)))
    return out
