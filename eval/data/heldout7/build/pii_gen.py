# -*- coding: utf-8 -*-
"""Synthetic PII values (random, fixed seed, valid by construction) and the
templates that place them in text, plus clean look-alike templates."""
import re
import string

from common import rs, NAMES, CITIES, ts

D = string.digits

# ---------------------------------------------------------------- phones (country, template); D digit, N 2-9
PHONE_FORMATS = [
    ("US", "+1 (NDD) NDD-DDDD"), ("US", "NDD-NDD-DDDD"), ("US", "(NDD) NDD-DDDD"), ("CA", "+1 416 NDD DDDD"),
    ("GB", "+44 20 NDDD DDDD"), ("GB", "07NDD DDDDDD"), ("DE", "+49 30 NDDDDDDD"), ("DE", "+49 151 NDDDDDDD"),
    ("DE", "030 NDDDDDD"), ("FR", "+33 1 ND DD DD DD"), ("FR", "06 ND DD DD DD"), ("ES", "+34 6DD DDD DDD"),
    ("ES", "91 NDD DD DD"), ("IT", "+39 06 NDDD DDDD"), ("IT", "+39 3DD NDD DDDD"), ("NL", "+31 20 NDD DDDD"),
    ("NL", "06-NDDDDDDD"), ("IN", "+91 9DDDD DDDDD"), ("BR", "+55 11 9DDDD-DDDD"), ("BR", "(21) 9DDDD-DDDD"),
    ("JP", "+81 3-NDDD-DDDD"), ("JP", "090-NDDD-DDDD"), ("AU", "+61 2 NDDD DDDD"), ("AU", "04DD NDD DDD"),
    ("MX", "+52 55 NDDD DDDD"), ("KR", "+82 10-NDDD-DDDD"), ("KR", "02-NDD-DDDD"), ("CN", "+86 13D DDDD DDDD"),
    ("RU", "+7 495 NDD-DD-DD"), ("RU", "8 (916) NDD-DD-DD"), ("SE", "+46 8 NDD DDD DD"), ("SE", "070-NDD DD DD"),
    ("PL", "+48 5DD DDD DDD"), ("ZA", "+27 82 NDD DDDD"), ("SG", "+65 9DDD DDDD"), ("CH", "+41 44 NDD DD DD"),
    ("IE", "+353 1 NDD DDDD"), ("TR", "+90 532 NDD DD DD"),
]


def phone(r):
    c, f = r.choice(PHONE_FORMATS)
    return "".join(r.choice(D) if ch == "D" else (r.choice("23456789") if ch == "N" else ch) for ch in f)


EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.jp", "web.de", "mail.ru", "qq.com", "naver.com", "orange.fr",
                 "northwind-freight.com", "bluefin.io", "tidewell-insurance.co.uk", "saltmarsh.com.br", "protonmail.com",
                 "icloud.com", "uni-graz.at", "kestrel.dev"]


def email(r):
    first, last = r.choice(NAMES).lower().split()
    lp = r.choice(["%s.%s" % (first, last), "%s%s" % (first[0], last), "%s_%s%d" % (first, last, r.randint(1, 99)),
                   "%s+%s" % (first, r.choice(["orders", "news", "work"])), "%s.%s" % (last, first[0])])
    return "%s@%s" % (lp, r.choice(EMAIL_DOMAINS))


def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%s%02d%s%04d" % (a, sep, r.randint(1, 99), sep, r.randint(1, 9999))


def ssn_valid(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, sr = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and sr > 0


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def _luhn_complete(prefix, length, r):
    body = prefix + rs(r, D, length - len(prefix) - 1)
    for c in D:
        if luhn_ok(body + c):
            return body + c


CARD_SPECS = [("visa", ["4"], 16), ("mastercard", ["51", "52", "53", "54", "55", "2221", "2720"], 16), ("amex", ["34", "37"], 15),
              ("discover", ["6011", "65"], 16), ("jcb", ["3528", "3589"], 16), ("diners", ["36"], 14), ("unionpay", ["62"], 16)]


def fmt_card(n, r):
    style = r.choice(["plain", "space", "dash"])
    if style == "plain":
        return n
    sep = " " if style == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    if len(n) == 14:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def card(r):
    _, pre, ln = r.choice(CARD_SPECS)
    return fmt_card(_luhn_complete(r.choice(pre), ln, r), r)


def bad_card(r):
    _, pre, ln = r.choice(CARD_SPECS)
    n = _luhn_complete(r.choice(pre), ln, r)
    last = (int(n[-1]) + r.randint(1, 9)) % 10
    return fmt_card(n[:-1] + str(last), r)


# IBAN: country -> (length, bban pattern: n digit, a upper letter, c alnum-upper)
IBAN_SPECS = {
    "DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11n2n", "ES": "20n", "IT": "1a10n12n", "NL": "4a10n", "BE": "12n",
    "CH": "5n12n", "AT": "16n", "PL": "24n", "SE": "20n", "IE": "4a6n8n", "PT": "21n", "NO": "11n", "DK": "14n", "FI": "14n",
}
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "PL": 28, "SE": 24,
            "IE": 22, "PT": 25, "NO": 15, "DK": 18, "FI": 18}
BANK_CODES = {"GB": ["NWBK", "BARC", "MIDL", "LOYD"], "NL": ["ABNA", "INGB", "RABO"], "IE": ["AIBK", "BOFI"]}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    s = iban.replace(" ", "")
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def _bban(cc, r):
    out = ""
    for cnt, kind in re.findall(r"(\d+)([nac])", IBAN_SPECS[cc]):
        cnt = int(cnt)
        if kind == "a" and cc in BANK_CODES and cnt == 4:
            out += r.choice(BANK_CODES[cc])
        elif kind == "a":
            out += rs(r, string.ascii_uppercase, cnt)
        else:
            out += rs(r, D, cnt)
    return out


def _fmt_iban(s, r):
    return s if r.random() < 0.4 else " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(r, cc=None):
    cc = cc or r.choice(sorted(IBAN_SPECS))
    b = _bban(cc, r)
    chk = 98 - _iban_num(b + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, b)
    assert iban_ok(s) and len(s) == IBAN_LEN[cc]
    return _fmt_iban(s, r)


def bad_iban(r):
    cc = r.choice(sorted(IBAN_SPECS))
    b = _bban(cc, r)
    chk = 98 - _iban_num(b + cc + "00") % 97
    wrong = (chk + r.randint(1, 50)) % 97 + 2
    if wrong == chk:
        wrong = chk + 1
    s = "%s%02d%s" % (cc, wrong % 100, b)
    if iban_ok(s):
        s = "%s%02d%s" % (cc, (wrong + 7) % 100, b)
    assert not iban_ok(s)
    return _fmt_iban(s, r)


def ipv4(r):
    k = r.random()
    if k < 0.3:
        return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if k < 0.45:
        return "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))
    if k < 0.55:
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
    while True:
        a = r.randint(1, 223)
        if a not in (10, 127, 172, 192, 100, 169):
            return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def ipv4_ok(s):
    p = s.split(".")
    return len(p) == 4 and all(x.isdigit() and 0 <= int(x) <= 255 and str(int(x)) == x for x in p)


BICS = ["DEUTDEFF", "BNPAFRPP", "NWBKGB2L", "INGBNL2A", "UBSWCHZH80A", "CAIXESBB", "BCITITMM"]

# ---------------------------------------------------------------- PII templates: (primary, lang, template)
PII_T = [
    ("phone", "Please call {name} back on {phone} about the delivery window."),
    ("phone", "Mobile: {phone}"),
    ("phone", "Contact: {name}, {phone} (weekdays after 3pm)"),
    ("phone", "Voicemail from {phone}: caller asked whether the refund has been processed."),
    ("phone", "Emergency contact — {name}, tel. {phone}"),
    ("phone", "If the courier can't find the gate, message {phone} on WhatsApp."),
    ("phone", "Front desk {phone} · after hours {phone}"),
    ("phone", "Teléfono de contacto del cliente: {phone}"),
    ("phone", "Rückruf erbeten unter {phone}, bitte vormittags."),
    ("phone", "联系电话：{phone}（工作日）"),
    ("phone", "担当者の電話番号は {phone} です。"),
    ("email", "Reply to {email} with the signed copy."),
    ("email", "Customer email on file: {email}"),
    ("email", "Invite sent to {email} and {email}."),
    ("email", "Bounce notice: delivery to {email} failed (mailbox full)."),
    ("email", "Unsubscribe request from {email} processed on {date}."),
    ("email", "Primary: {email} | Billing contact: {email}"),
    ("email", "Adresse e-mail du client : {email}"),
    ("email", "{name} <{email}> accepted the meeting."),
    ("ssn", "Applicant SSN: {ssn}"),
    ("ssn", "Employee {name}, Social Security number {ssn}, start date {date}."),
    ("ssn", "W-9 received; taxpayer SSN {ssn} matches the payroll record."),
    ("ssn", "Background check consent — SSN {ssn} — signed by {name}."),
    ("ssn", "ssn={ssn} dob_year=1987 status=verified"),
    ("credit_card", "Card on file: {cc} exp 08/27"),
    ("credit_card", "Payment declined for card {cc} (insufficient funds)."),
    ("credit_card", "Customer read out card number {cc} over the phone; please scrub this ticket."),
    ("credit_card", "card_number: {cc}\ncard_holder: {name}"),
    ("credit_card", "Refund issued to the original card {cc}."),
    ("ipv4", "Failed password for invalid user admin from {ip} port {port} ssh2"),
    ("ipv4", '{ip} - - [14/May/2024:10:22:31 +0000] "GET /api/v1/orders HTTP/1.1" 200 512 "-" "Mozilla/5.0"'),
    ("ipv4", "bind_address = {ip}"),
    ("ipv4", "upstream backend {{ server {ip}:8080; server {ip}:8080; }}"),
    ("ipv4", "Rate limiter blocked 412 requests from {ip} in the last hour."),
    ("ipv4", "The VPN gateway is at {ip}; the internal DNS resolver is {ip}."),
    ("ipv4", "ALLOWED_HOSTS={ip},{ip}"),
    ("ipv4", "New sign-in to your account from {ip} ({city})."),
    ("ipv4", "iptables -A INPUT -s {ip} -j DROP"),
    ("ipv4", "host db-primary ansible_host={ip}\nhost db-replica ansible_host={ip}"),
    ("ipv4", "Traceroute hop 4: {ip} 12.4 ms"),
    ("ipv4", "client_ip={ip} method=POST path=/login status=401"),
    ("ipv4", "Der Angriff kam von der Adresse {ip}."),
    ("iban", "Please transfer the deposit to IBAN {iban} (account holder {name})."),
    ("iban", "Supplier bank details updated: IBAN {iban}, BIC {bic}."),
    ("iban", "Refund will be sent to {iban} within five business days."),
    ("iban", "Lastschriftmandat erteilt für IBAN {iban}."),
    ("iban", "Coordonnées bancaires : IBAN {iban}"),
    ("iban", "payee_iban: {iban}"),
    ("iban", "Rimborso sul conto {iban} intestato a {name}."),
    ("email", "Customer: {name}\nEmail: {email}\nPhone: {phone}"),
    ("phone", "Billing contact {phone} / {email}"),
    ("credit_card", "Billing email {email}; card {cc}; last login from {ip}"),
    ("ipv4", "User {email} authenticated from {ip}"),
    ("iban", "Payout account {iban}; notifications to {email}"),
    ("ssn", "Name: {name}\nSSN: {ssn}\nPhone: {phone}"),
]

# safe look-alikes that may also appear in PII rows
SAFE_LOOKALIKE_T = [
    "Order ORD-{d8} was placed on {date}.",
    "Invoice total: ${price}",
    "Call duration 00:{m2}:{s2}",
    "Postal code {postal}",
    "Ticket created {dt}",
    "Tracking number {track}",
    "Build {build} deployed.",
]

CLEAN_T = [
    "Agent upgraded to version {ver4}; restart scheduled for {dt}.",
    "Windows build {winver} is required for the new driver.",
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/{chrome} Safari/537.36",
    "SNMP walk of OID {oid} returned 48 rows.",
    "Order ORD-{d8} was placed on {date} and ships from {city}.",
    "Tracking number {track} — out for delivery.",
    "Postal code {postal}, {city}",
    'Response: {{"count": {d6}, "total_cents": {d7}, "batch": {badnum}}}',
    "Card number {badcard} was rejected by validation (checksum error).",
    "Test fixture SSN-shaped value {badssn} (invalid by design).",
    "Part no. {ssnshape} — replacement hinge, qty 4.",
    "Build {build} finished in {m2}m {s2}s.",
    "Call duration 00:{m2}:{s2}",
    "Coordinates: {lat}, {lon}",
    "Price: ${price} (incl. tax)",
    "Total due € {price} by {date}.",
    "ISBN {isbn}",
    "Reference {ref} (internal case number).",
    "Masked card **** **** **** {d4}; customer verified by last four digits only.",
    "SSN on file: ***-**-{d4} (masked).",
    "IBAN field failed validation: {badiban}",
    "Install @babel/core@7.24.{d1} and @types/node@20.11.{d1}",
    "Released {semver} on {date}; see the changelog for details.",
    "Timestamp {iso}, latency p99 {m2}.{d2} ms",
    "Serial number SN-{d4}-{d4}-{d4}",
    "Room 4B, extension {ext}",
    "Mention @{handle} in the channel if the build breaks.",
    "Exchange rate on {date}: 1 EUR = 1.{d4} USD",
    "Bank sort code lookup service is down; retry later. Reference {ref}.",
    "Dial-in code {d4} {d4}# (conference bridge PIN withheld).",
]


def lookalike_slots(r):
    m = {}
    m["ver4"] = r.choice(["%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), r.randint(0, 99)),
                          "%d.%d.%d.%d" % (r.randint(1, 30), r.randint(0, 9), r.randint(256, 9999), r.randint(0, 9))])
    m["winver"] = "10.0.%d.%d" % (r.randint(17000, 26000), r.randint(300, 5000))
    m["chrome"] = "%d.0.%d.%d" % (r.randint(110, 130), r.randint(5000, 6999), r.randint(10, 250))
    m["oid"] = "1.3.6.1.4.1.%d.%d.%d" % (r.randint(300, 60000), r.randint(1, 20), r.randint(1, 9))
    m["d8"] = rs(r, D, 8)
    m["date"] = ts(r, "date")
    m["dt"] = ts(r, "dt")
    m["iso"] = ts(r)
    m["city"] = r.choice(CITIES)
    while True:
        jd = rs(r, D, 16)
        if not luhn_ok(jd):
            break
    m["track"] = r.choice(["1Z%s%s" % (rs(r, string.ascii_uppercase + D, 6), rs(r, D, 10)),
                           "JD%s" % jd, "LX%sCN" % rs(r, D, 9)])
    m["postal"] = r.choice(["SW1A 2AA", "10115", "75008", "100-0005", "H2X 1Y4", "2000", "8010", "01310-100", "560001"])
    m["d6"] = str(r.randint(100000, 999999))
    m["d7"] = str(r.randint(1000000, 9999999))
    # 13-16 digit JSON number that fails Luhn
    while True:
        n = rs(r, "123456789", 1) + rs(r, D, r.randint(12, 15))
        if not luhn_ok(n):
            break
    m["badnum"] = n
    m["badcard"] = bad_card(r)
    m["badssn"] = r.choice(["000-%02d-%04d" % (r.randint(1, 99), r.randint(1, 9999)),
                            "666-%02d-%04d" % (r.randint(1, 99), r.randint(1, 9999)),
                            "9%02d-%02d-%04d" % (r.randint(0, 99), r.randint(1, 99), r.randint(1, 9999)),
                            "%03d-00-%04d" % (r.randint(1, 899), r.randint(1, 9999)),
                            "%03d-%02d-0000" % (r.randint(1, 665), r.randint(1, 99))])
    m["ssnshape"] = "%03d-%02d-%04d" % (r.randint(100, 665), r.randint(10, 99), r.randint(1000, 9999))
    m["build"] = r.choice(["%s.%d" % (ts(r, "date").replace("-", ""), r.randint(1, 9)), "#%d" % r.randint(1000, 99999)])
    m["m2"] = "%02d" % r.randint(0, 59)
    m["s2"] = "%02d" % r.randint(0, 59)
    m["d2"] = "%02d" % r.randint(0, 99)
    m["d1"] = str(r.randint(0, 9))
    m["d4"] = rs(r, D, 4)
    m["lat"] = "%.4f" % r.uniform(-60, 60)
    m["lon"] = "%.4f" % r.uniform(-170, 170)
    m["price"] = "%s.%02d" % (r.choice(["1,299", "49", "312", "2,450", "8"]), r.randint(0, 99))
    m["isbn"] = r.choice(["978-1-4028-9462-6", "978-0-19-953556-9", "978-3-16-148410-0"])
    m["ref"] = "CASE-%s-%s" % (rs(r, D, 4), rs(r, D, 5))
    m["badiban"] = bad_iban(r)
    m["semver"] = "v%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 40))
    m["ext"] = str(r.randint(100, 999))
    m["handle"] = r.choice(NAMES).split()[0].lower()
    return m


def fill_lookalike(t, r):
    m = lookalike_slots(r)
    return t.format(**m)


def fill_pii(t, r):
    """Fill a PII template; returns (text, entities)."""
    ents = []
    m = lookalike_slots(r)
    out = []
    pos = 0
    for mt in re.finditer(r"\{\{|\}\}|\{(\w+)\}", t):
        out.append(t[pos:mt.start()])
        pos = mt.end()
        tok = mt.group(0)
        if tok == "{{":
            out.append("{")
            continue
        if tok == "}}":
            out.append("}")
            continue
        key = mt.group(1)
        if key == "phone":
            v = phone(r); ents.append(("phone", v))
        elif key == "email":
            v = email(r); ents.append(("email", v))
        elif key == "ssn":
            v = ssn(r, "-" if r.random() < 0.8 else " "); ents.append(("ssn", v))
        elif key == "cc":
            v = card(r); ents.append(("credit_card", v))
        elif key == "ip":
            v = ipv4(r); ents.append(("ipv4", v))
        elif key == "iban":
            v = iban(r); ents.append(("iban", v))
        elif key == "name":
            v = r.choice(NAMES)
        elif key == "bic":
            v = r.choice(BICS)
        elif key == "port":
            v = str(r.randint(1024, 65535))
        else:
            v = m[key]
        out.append(v)
    out.append(t[pos:])
    return "".join(out), ents
