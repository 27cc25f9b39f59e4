"""PII / clean rows with validated entities and non-PII distractors."""
from common import build, FORMATS, PEOPLE

DG = "0123456789"


def digits(rng, n):
    return "".join(rng.choice(DG) for _ in range(n))


# ------------------------------------------------------------ validators
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


def luhn_fix(partial):
    for c in DG:
        if luhn_ok(partial + c):
            return partial + c


def luhn_break(num):
    if luhn_ok(num):
        last = (int(num[-1]) + 1) % 10
        return num[:-1] + str(last)
    return num


def ssn_ok(s):
    a, g, n = s.split("-")
    return (len(a), len(g), len(n)) == (3, 2, 4) and a != "000" and a != "666" and int(a) < 900 and g != "00" and n != "0000"


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "PL": 28,
            "PT": 25, "SE": 24, "NO": 15, "IE": 22, "DK": 18, "FI": 18}


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]] or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1


def ipv4_ok(s):
    p = s.split(".")
    return len(p) == 4 and all(x.isdigit() and len(x) <= 3 and int(x) <= 255 and (x == "0" or not x.startswith("0")) for x in p)


# ------------------------------------------------------------ generators
def iban(rng, spaced=None):
    cc = rng.choice(sorted(IBAN_LEN))
    n = IBAN_LEN[cc] - 4
    if cc in ("GB", "IE"):
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + digits(rng, n - 4)
    elif cc == "NL":
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + digits(rng, n - 4)
    elif cc == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(rng, n - 1)
    else:
        bban = digits(rng, n)
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in r)) % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s)
    if spaced is None:
        spaced = rng.random() < 0.55
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def card(rng):
    net = rng.choice(["visa16", "visa13", "mc", "mc2", "amex", "discover", "jcb", "diners", "unionpay", "maestro"])
    pre, ln = {"visa16": ("4", 16), "visa13": ("4", 13), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
               "amex": (rng.choice(["34", "37"]), 15), "discover": ("6011", 16), "jcb": (str(rng.randint(3528, 3589)), 16),
               "diners": ("36", 14), "unionpay": ("62", rng.choice([16, 17, 18, 19])), "maestro": ("6759", 19)}[net]
    num = luhn_fix(pre + digits(rng, ln - len(pre) - 1))
    style = rng.choice(["plain", "space", "dash"])
    if net == "amex" and style != "plain":
        sep = " " if style == "space" else "-"
        return sep.join([num[:4], num[4:10], num[10:]]), num
    if style == "plain":
        return num, num
    sep = " " if style == "space" else "-"
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4)), num


def ssn(rng):
    while True:
        s = "%03d-%02d-%04d" % (rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999))
        if ssn_ok(s):
            return s


def bad_ssn(rng):
    return rng.choice(["666-%02d-%04d" % (rng.randint(1, 99), rng.randint(1, 9999)),
                       "000-%02d-%04d" % (rng.randint(1, 99), rng.randint(1, 9999)),
                       "%03d-%02d-%04d" % (rng.randint(900, 999), rng.randint(1, 99), rng.randint(1, 9999)),
                       "%03d-00-%04d" % (rng.randint(1, 665), rng.randint(1, 9999)),
                       "%03d-%02d-0000" % (rng.randint(1, 665), rng.randint(1, 99))])


def ipv4(rng):
    kind = rng.random()
    if kind < 0.3:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if kind < 0.5:
        return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
    return "%d.%d.%d.%d" % (rng.randint(11, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def phone(rng):
    c = rng.choice(["us", "us_e164", "uk", "uk_mob", "de", "fr", "in", "jp", "br", "au", "es", "nl", "mx", "it", "za"])
    if c == "us":
        a, b, d = rng.randint(201, 989), rng.randint(200, 989), digits(rng, 4)
        return rng.choice(["(%d) %d-%s" % (a, b, d), "%d-%d-%s" % (a, b, d), "%d.%d.%s" % (a, b, d)])
    if c == "us_e164":
        return "+1%d%d%s" % (rng.randint(201, 989), rng.randint(200, 989), digits(rng, 4))
    if c == "uk":
        return "+44 20 %s %s" % (digits(rng, 4), digits(rng, 4))
    if c == "uk_mob":
        return rng.choice(["07%s %s" % (digits(rng, 3), digits(rng, 6)), "+44 7%s %s" % (digits(rng, 3), digits(rng, 6))])
    if c == "de":
        return rng.choice(["+49 30 %s" % digits(rng, 8), "+49 151 %s" % digits(rng, 8), "030 %s" % digits(rng, 8)])
    if c == "fr":
        return rng.choice(["+33 6 %s %s %s %s" % tuple(digits(rng, 2) for _ in range(4)), "06 %s %s %s %s" % tuple(digits(rng, 2) for _ in range(4))])
    if c == "in":
        return "+91 9%s %s" % (digits(rng, 4), digits(rng, 5))
    if c == "jp":
        return rng.choice(["+81 3-%s-%s" % (digits(rng, 4), digits(rng, 4)), "090-%s-%s" % (digits(rng, 4), digits(rng, 4))])
    if c == "br":
        return "+55 11 9%s-%s" % (digits(rng, 4), digits(rng, 4))
    if c == "au":
        return rng.choice(["+61 4%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 3)), "04%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 3))])
    if c == "es":
        return "+34 6%s %s %s %s" % (digits(rng, 2), digits(rng, 2), digits(rng, 2), digits(rng, 2))
    if c == "nl":
        return "+31 6 %s" % digits(rng, 8)
    if c == "mx":
        return "+52 55 %s %s" % (digits(rng, 4), digits(rng, 4))
    if c == "it":
        return "+39 3%s %s" % (digits(rng, 2), digits(rng, 7))
    return "+27 82 %s %s" % (digits(rng, 3), digits(rng, 4))


FIRST = ["dana", "marco", "priya", "tomasz", "aiko", "lena", "samir", "grace", "jonas", "lucia", "owen", "mei", "kofi", "elena", "rafael"]
LAST = ["whitfield", "bellini", "raman", "nowak", "tanaka", "vogel", "haddad", "obi", "berg", "ferreira", "price", "lin", "mensah"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "northwind-labs.com", "kestrelhealth.org", "web.de", "orange.fr", "icloud.com"]


def email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, rng.randint(1, 99)), f])
    return "%s@%s" % (local, rng.choice(DOMAINS))


# ------------------------------------------------------------ distractors (never PII)
def distractor(rng):
    k = rng.choice(["order", "tracking", "epoch", "ts", "postal", "version", "oid", "invoice", "json_num", "http", "bytes",
                    "badcard", "badssn", "part", "badiban"])
    if k == "order":
        return "Order number: ORD-2026-%06d" % rng.randint(1, 999999)
    if k == "tracking":
        return "Tracking: 1Z%s%s%s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5)), rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(rng, 10))
    if k == "epoch":
        return "created_ms=%s" % luhn_break(str(rng.randint(1700000000000, 1799999999999)))
    if k == "ts":
        return "updated %04d-%02d-%02d %02d:%02d:%02d UTC" % (2026, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    if k == "postal":
        return rng.choice(["ZIP 94107", "Postcode SW1A 1AA", "PLZ 10115", "CP 75008", "postal code M5V 2T6"]) + " (delivery area)"
    if k == "version":
        return "version: %d.%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 40), rng.randint(0, 20), rng.randint(1, 250))
    if k == "oid":
        return "OID 1.3.6.1.4.1.%d.%d.%d" % (rng.randint(1000, 60000), rng.randint(1, 20), rng.randint(1, 9))
    if k == "invoice":
        return "Invoice INV-%d-%05d" % (rng.randint(2024, 2026), rng.randint(1, 99999))
    if k == "json_num":
        return "\"count\": %d, \"total\": %d" % (rng.randint(1, 9999), rng.randint(10000, 9999999))
    if k == "http":
        return "HTTP %d returned in %d ms" % (rng.choice([200, 201, 204, 301, 404, 429, 500, 503]), rng.randint(3, 900))
    if k == "bytes":
        return "transferred %d bytes" % rng.randint(1000, 999999999)
    if k == "badcard":
        num = luhn_break(luhn_fix("4" + digits(rng, 14)))
        return "Reference no. %s" % " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if k == "badssn":
        return "Form ID %s" % bad_ssn(rng)
    if k == "part":
        return "Part number %d-%s-%s" % (rng.randint(1000, 9999), digits(rng, 4), rng.choice("ABCDEFGH"))
    # IBAN-shaped but wrong check digits
    s = iban(rng, spaced=False)
    chk = int(s[2:4])
    for delta in range(1, 97):
        t = s[:2] + "%02d" % ((chk + delta) % 97 + 2) + s[4:]
        if not iban_ok(t) and t[2:4] != "00":
            break
    s = t
    return "Legacy account ref %s (closed, invalid)" % s


# ------------------------------------------------------------ snippets per type
def pii_snippet(rng, primary):
    """Returns (snippet, entities)."""
    ents = []
    parts = []
    person = rng.choice(PEOPLE)

    def add(t, v):
        ents.append({"type": t, "value": v})
        return v

    if primary == "phone":
        p = add("phone", phone(rng))
        parts.append(rng.choice(["Customer phone: %s", "Call me at %s after 3pm.", "mobile %s", "Tel.: %s",
                                 "%s can be reached on %%s" % person, "Contact number (mobile): %s", "phone=%s"]) % p)
    elif primary == "email":
        e = add("email", email(rng))
        parts.append(rng.choice(["Reply-To: %s", "%s asked us to use %%s for invoices." % person, "contact_email: %s",
                                 "Please update my address to %s.", "Signed up with %s"]) % e)
    elif primary == "ssn":
        s = add("ssn", ssn(rng))
        parts.append(rng.choice(["SSN: %s", "Social Security Number %s on file for %s" % ("%s", person), "ssn=%s",
                                 "The applicant's social security number is %s.", "Tax ID (SSN) %s"]) % s)
    elif primary == "credit_card":
        shown, _ = card(rng)
        add("credit_card", shown)
        parts.append(rng.choice(["Card number: %s", "Paid with card %s exp 09/28", "cc=%s", "Please charge %s for the deposit.",
                                 "card_number: %s"]) % shown)
    elif primary == "ipv4":
        ip = add("ipv4", ipv4(rng))
        parts.append(rng.choice(["Failed login from %s", "client_ip=%s", "The office VPN egress address is %s.",
                                 "host %s responded to ping", "src: %s"]) % ip)
    elif primary == "iban":
        ib = add("iban", iban(rng))
        parts.append(rng.choice(["IBAN: %s", "Please wire the refund to %s (%s)." % ("%s", person), "iban=%s",
                                 "Beneficiary account %s", "Bank details - IBAN %s, BIC on request"]) % ib)
    # optional secondary entity
    if rng.random() < 0.35:
        t = rng.choice(["phone", "email", "ipv4"])
        v = {"phone": phone, "email": email, "ipv4": ipv4}[t](rng)
        add(t, v)
        parts.append({"phone": "alt phone %s", "email": "cc %s", "ipv4": "last seen from %s"}[t] % v)
    if rng.random() < 0.6:
        parts.append(distractor(rng))
    rng.shuffle(parts)
    return " | ".join(parts) if rng.random() < 0.5 else ". ".join(parts), ents


PII_TYPES = ["phone", "email", "ssn", "credit_card", "ipv4", "iban"]


def make_rows(rng):
    rows = []
    for t in PII_TYPES:
        for _ in range(25):
            snippet, ents = pii_snippet(rng, t)
            fmt = rng.choice(FORMATS)
            text, _ = build(rng, fmt, snippet)
            rows.append({"format": fmt, "label": "pii", "category": t, "text": text, "entities": ents})
    for _ in range(70):
        n = rng.randint(1, 3)
        snippet = ". ".join(distractor(rng) for _ in range(n))
        fmt = rng.choice(FORMATS)
        text, _ = build(rng, fmt, snippet)
        rows.append({"format": fmt, "label": "clean", "category": "clean", "text": text, "entities": []})
    return rows
