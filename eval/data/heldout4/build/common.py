"""Shared random-value generators for the heldout4 evaluation set.

Everything here is written from scratch; all randomness flows through an
explicit random.Random instance so that build.py is fully deterministic.
"""
import re
import string

FIRST = ["Amara", "Bence", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiroshi", "Ines", "Jonas",
         "Kavya", "Lars", "Mei", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sipho", "Tomasz",
         "Ulla", "Vikram", "Wen", "Ximena", "Yusuf", "Zofia", "Aiden", "Beatriz", "Callum", "Daniela",
         "Emeka", "Fiona", "Gabriel", "Hana", "Ivan", "Julia", "Kenji", "Leila", "Marco", "Noor",
         "Olivia", "Pedro", "Rania", "Stefan", "Tariq", "Uma", "Valentina", "Will", "Yara", "Zane",
         "Carmen", "Derek", "Eun-ji", "Felix", "Grace", "Henrik", "Isabel", "Joao", "Keiko", "Liam"]
LAST = ["Okafor", "Horvath", "Rinaldi", "Volkov", "Yilmaz", "Haddad", "Lindqvist", "Sato", "Ferreira",
        "Becker", "Iyer", "Nilsen", "Chen", "Rahman", "Berg", "Sharma", "Laurent", "Navarro", "Dlamini",
        "Kowalski", "Virtanen", "Mehta", "Zhou", "Castillo", "Demir", "Nowak", "Brennan", "Costa",
        "MacLeod", "Ortega", "Eze", "Gallagher", "Moreau", "Kim", "Petrov", "Schulz", "Tanaka", "Farah",
        "Bianchi", "Aziz", "Wright", "Silva", "Nasser", "Hoffmann", "Qureshi", "Mishra", "Romano",
        "Hughes", "Khalil", "Dubois", "Park", "Jansen", "Andersson", "Reyes", "Oyelaran", "Novak"]
CO_A = ["Northwind", "Bluefin", "Cedarline", "Harbor", "Quartzite", "Brightpath", "Ironbark", "Lumen",
        "Pinecrest", "Riverside", "Saltmarsh", "Tidewater", "Copperleaf", "Granite", "Meridian", "Oakhaven",
        "Silverline", "Foxglove", "Kestrel", "Westbrook", "Alderway", "Starling", "Mosaic", "Redwood"]
CO_B = ["Logistics", "Labs", "Health", "Systems", "Foods", "Analytics", "Outdoors", "Energy", "Media",
        "Robotics", "Insurance", "Dental", "Supply Co.", "Software", "Travel", "Retail", "Bank", "Studios"]
PRODUCTS = ["Aria X2 headphones", "Kestrel 14 laptop", "BrewMate coffee grinder", "Nimbus air purifier",
            "TrailLite tent", "Pixelframe monitor", "Orbit smart speaker", "Cinder cast-iron pan",
            "StrideOne running shoes", "Lumo desk lamp", "Voya carry-on suitcase", "Quill mechanical keyboard",
            "HomeSense thermostat", "Atlas standing desk", "Echo Ridge backpack", "Pulse fitness tracker",
            "Sable office chair", "Tundra winter jacket", "Ferro blender", "Glide electric toothbrush"]
SAAS = ["Tallyboard", "Quillpad", "Ledgerly", "Shiftwise", "Parcelpoint", "Formstack Cloud", "Beacon CRM",
        "Runbook Pro", "Invoicely", "Datafold Studio", "Clearqueue", "Pathfinder HR", "Sprocket CI",
        "Helio Analytics", "Docket", "Mapleview"]
LIBS = ["requests", "lodash", "pyyaml", "express", "serde", "axios", "django", "react-dom", "boto3",
        "jackson-databind", "numpy", "webpack", "golang.org/x/net", "urllib3", "pydantic", "moment"]
TOPICS = ["autumn leaves", "the ocean", "a lighthouse", "bicycles", "coffee", "mountains"]
STDS = ["SOC 2", "ISO 27001", "PCI-DSS", "HIPAA", "GDPR Art. 30", "SOX"]
WORDS_A = ["cdn", "sync", "metrics", "assets", "update", "verify", "support", "docs", "status", "edge",
           "track", "portal", "relay", "cache", "auth", "static", "files", "secure", "help", "cloud"]
WORDS_B = ["hub", "node", "point", "stack", "base", "link", "line", "gate", "works", "zone", "net", "box"]
TLDS = [".com", ".net", ".io", ".co", ".app", ".dev", ".info", ".xyz", ".org", ".cloud"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
TEAMS = ["platform", "billing", "growth", "support", "data", "mobile", "infra", "payments", "search", "ops"]


def name(rng):
    return rng.choice(FIRST) + " " + rng.choice(LAST)


def first(rng):
    return rng.choice(FIRST)


def company(rng):
    return rng.choice(CO_A) + " " + rng.choice(CO_B)


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def company_domain(rng, co=None):
    co = co or company(rng)
    base = slugify(co.split()[0])
    return base + rng.choice([".com", ".io", ".co", ".net", ".de", ".co.uk", ".eu"])


def ext_domain(rng):
    a = rng.choice(WORDS_A)
    b = rng.choice(WORDS_B + WORDS_A)
    while b == a:
        b = rng.choice(WORDS_B)
    sep = rng.choice(["-", "", "-"])
    return a + sep + b + rng.choice(TLDS)


def email_addr(rng, person=None, domain=None):
    person = person or name(rng)
    f, l = person.lower().replace("-", "").split()[:2]
    style = rng.randrange(4)
    local = [f + "." + l, f[0] + l, f + "_" + l[0], f + str(rng.randrange(10, 99))][style]
    domain = domain or rng.choice([company_domain(rng), ext_domain(rng), "gmail.com", "outlook.com",
                                   "proton.me", "yahoo.com"])
    return local + "@" + domain


def url(rng, domain=None):
    d = domain or ext_domain(rng)
    path = rng.choice(["/login", "/verify", "/account/restore", "/s/" + rand_str(rng, 6, string.ascii_lowercase + string.digits),
                       "/update", "/help/ticket", "/refund", "/portal", "/go/" + rand_str(rng, 5, string.ascii_lowercase)])
    return "https://" + d + path


def rand_str(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


def date(rng, fmt=0):
    y = rng.choice([2023, 2024, 2024, 2025])
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    if fmt == 0:
        return "%d-%02d-%02d" % (y, m, d)
    if fmt == 1:
        return "%d %s %d" % (d, MONTHS_LONG[m - 1], y)
    return "%s %d, %d" % (MONTHS_LONG[m - 1], d, y)


def ts(rng, y=None):
    y = y or rng.choice([2023, 2024, 2025])
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24),
                                             rng.randrange(60), rng.randrange(60))


def rfc2822(rng):
    import datetime
    d, mo, y = rng.randrange(1, 29), rng.randrange(1, 13), rng.choice([2024, 2025])
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][datetime.date(y, mo, d).weekday()]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (wd, d, MONTHS[mo - 1], y,
                                               rng.randrange(7, 19), rng.randrange(60), rng.randrange(60),
                                               rng.choice(["+0000", "+0100", "+0200", "-0500", "-0800", "+0530", "+0900"]))


def version(rng):
    return "%d.%d.%d" % (rng.randrange(0, 9), rng.randrange(0, 30), rng.randrange(0, 20))


def amount(rng):
    cur = rng.choice(["$", "€", "£", "USD ", "EUR "])
    return "%s%s" % (cur, "{:,}".format(rng.randrange(120, 98000)) + rng.choice(["", ".00", ".50"]))


def handle(rng):
    return (rng.choice(FIRST).lower() + rng.choice(["", "-", "_"]) + rng.choice(["dev", "ops", str(rng.randrange(1, 99)),
                                                                                  rng.choice(LAST).lower()]))


def repo(rng):
    return slugify(rng.choice(CO_A)) + "/" + rng.choice(["api", "web", "infra", "billing-service", "mobile-app",
                                                          "data-pipeline", "docs", "auth-gateway", "monorepo"])


def fake_iban_text(rng):
    # Only used inside injection texts as the attacker's destination; not part of the PII set.
    return "GB%02d %s %s %s %s %s" % (rng.randrange(10, 99), rand_str(rng, 4, string.ascii_uppercase),
                                     rand_str(rng, 4, string.digits), rand_str(rng, 4, string.digits),
                                     rand_str(rng, 4, string.digits), rand_str(rng, 2, string.digits))


GEN = {
    "name": name,
    "first": first,
    "product": lambda r: r.choice(PRODUCTS),
    "saas": lambda r: r.choice(SAAS),
    "company": company,
    "domain": ext_domain,
    "cdomain": company_domain,
    "url": url,
    "email": email_addr,
    "amount": amount,
    "n": lambda r: str(r.randrange(1000, 999999)),
    "order": lambda r: r.choice(["#", "ORD-", "SO-", "A"]) + str(r.randrange(100000, 9999999)),
    "inv": lambda r: r.choice(["INV-", "INV-2024-", "F", "RE-"]) + str(r.randrange(1000, 99999)),
    "ref": lambda r: r.choice(["AUD-", "CMP-", "SEC-", "REF-", "LGL-"]) + str(r.randrange(1000, 9999)) + "-" + rand_str(r, 2, string.ascii_uppercase),
    "date": lambda r: date(r, r.randrange(3)),
    "ver": version,
    "repo": repo,
    "handle": handle,
    "path": lambda r: r.choice(["/etc/app/config.yaml", "~/projects/backup.tar.gz", "./data/customers.db",
                                "C:\\Users\\Public\\ledger.xlsx", "/var/lib/postgresql/data", "reports/2024/"]),
    "tenant": lambda r: "t-" + rand_str(r, 6, string.ascii_lowercase + string.digits),
    "tag": lambda r: "IT-" + str(r.randrange(10000, 99999)),
    "year": lambda r: str(r.choice([2023, 2024, 2025])),
    "q": lambda r: str(r.randrange(1, 5)),
    "day": lambda r: r.choice(DAYS),
    "nth": lambda r: str(r.randrange(2, 29)) + "th",
    "lib": lambda r: r.choice(LIBS),
    "pr": lambda r: str(r.randrange(120, 9800)),
    "topic": lambda r: r.choice(TOPICS),
    "std": lambda r: r.choice(STDS),
    "iban": fake_iban_text,
    "team": lambda r: r.choice(TEAMS),
    "ts": ts,
    "isodate": lambda r: date(r, 0),
    "host": lambda r: r.choice(["web", "api", "db", "worker", "cache", "batch"]) + "-" + str(r.randrange(1, 40)).zfill(2),
}

KEYRE = re.compile(r"\{([a-z][a-z0-9]*)\}")


def fill(rng, tmpl, fixed=None, unescape=False):
    """Replace {key} / {keyN} placeholders with random values. Unknown keys are
    left untouched. With unescape=True, '{{' and '}}' become single braces."""
    cache = dict(fixed or {})

    def rep(m):
        whole = m.group(1)
        if whole in cache:
            return cache[whole]
        if whole in GEN:
            base, suffix = whole, ""
        elif whole[-1].isdigit() and whole[:-1] in GEN:
            base, suffix = whole[:-1], whole[-1]
        else:
            return m.group(0)
        v = GEN[base](rng)
        tries = 0
        while suffix and v in cache.values() and tries < 10:
            v = GEN[base](rng)
            tries += 1
        cache[whole] = v
        return v

    if unescape:
        parts = re.split(r"(\{\{|\}\})", tmpl)
        return "".join(p[0] if p in ("{{", "}}") else KEYRE.sub(rep, p) for p in parts)
    return KEYRE.sub(rep, tmpl)


def luhn_checksum_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(num):
    digits = [int(c) for c in num]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
