"""Shared helpers: deterministic randomness, names, timestamps, checksums."""
import datetime
import random
import string
import unicodedata

FIRST = ["Maya", "Daniel", "Priya", "Tomás", "Aisha", "Liam", "Chen", "Sofia", "Jonas", "Fatima",
         "Noah", "Elena", "Kwame", "Hana", "Lucas", "Ingrid", "Omar", "Grace", "Mateo", "Yuki",
         "Ravi", "Olivia", "Kofi", "Ana", "Felix", "Leila", "Marcus", "Zoe", "Arjun", "Nadia",
         "Ethan", "Camille", "Diego", "Sara", "Henrik", "Mei", "Samuel", "Amara", "Victor", "Julia",
         "Rosa", "Theo", "Bianca", "Malik", "Freya", "Iván", "Keiko", "Declan", "Lena", "Tariq"]
LAST = ["Okafor", "Lindqvist", "Patel", "García", "Nakamura", "Schneider", "Brennan", "Haddad",
        "Kowalski", "Moreau", "Ferreira", "Chen", "Novak", "Adeyemi", "Rossi", "Whitfield", "Tanaka",
        "Duarte", "Ivanova", "Mensah", "O'Neill", "Bergström", "Kapoor", "Silva", "Hoffmann", "Park",
        "Haddad", "Dubois", "Reyes", "Fischer", "Murphy", "Sato", "Costa", "Jensen", "Abara", "Vance",
        "Holloway", "Marsh", "Quinn", "Delgado", "Achterberg", "Szabo", "Mwangi", "Lutz", "Varga"]

COMPANIES = [
    ("Kestrel Works", "kestrelworks.io"), ("Brightwell Supplies", "brightwell-supplies.com"),
    ("Northgate Analytics", "northgate-analytics.com"), ("Pinecrest Dental", "pinecrestdental.net"),
    ("Halcyon Freight", "halcyonfreight.co"), ("Lumen Labs", "lumenlabs.dev"),
    ("Orchard & Vale", "orchardvale.co.uk"), ("Tessellate Health", "tessellatehealth.com"),
    ("Copperleaf Bank", "copperleafbank.com"), ("Sable Outdoor", "sableoutdoor.com"),
    ("Meridian Realty", "meridianrealty.net"), ("Quillon Software", "quillon.io"),
    ("Bluefen Energy", "bluefen-energy.com"), ("Tidewater Logistics", "tidewater-log.com"),
    ("Marlowe & Finch", "marlowefinch.law"), ("Ostrava Robotics", "ostrava-robotics.eu"),
    ("Greystone Insurance", "greystone-ins.com"), ("Papercrane Studio", "papercrane.studio"),
    ("Vireo Pharma", "vireopharma.com"), ("Juniper Schools Trust", "juniperschools.org"),
]

BASE = datetime.datetime(2024, 9, 2, 8, 0, 0)


def rdt(r, days=330):
    return BASE + datetime.timedelta(minutes=r.randrange(days * 24 * 60))


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_ms(dt, r):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % r.randrange(1000)


def rfc2822(dt):
    return dt.strftime("%a, %d %b %Y %H:%M:%S +0000")


def plus(dt, minutes):
    return dt + datetime.timedelta(minutes=minutes)


def alnum(r, n, chars=string.ascii_letters + string.digits):
    return "".join(r.choice(chars) for _ in range(n))


def hexs(r, n):
    return alnum(r, n, "0123456789abcdef")


def digits(r, n):
    return alnum(r, n, "0123456789")


def upper(r, n):
    return alnum(r, n, string.ascii_uppercase + string.digits)


def uuid4(r):
    h = hexs(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).replace("'", "").replace(" ", "")


def person(r):
    return pick(r, FIRST) + " " + pick(r, LAST)


def email_for(name, domain):
    f, l = name.split(" ", 1)
    return f"{ascii_fold(f).lower()}.{ascii_fold(l).lower()}@{domain}"


def login_for(name):
    f, l = name.split(" ", 1)
    return (ascii_fold(f)[0] + ascii_fold(l)).lower()


# ---------------- checksums ----------------

def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise ValueError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    t = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in t)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    t = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in t)
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def ssn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 9:
        return False
    a, g, sr = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and sr != 0


# ---------------- context ----------------

class Ctx:
    def __init__(self, r, lang="en", title=""):
        self.r = r
        self.lang = lang
        self.title = title
        self.co, self.dom = pick(r, COMPANIES)
        self.people = []
        while len(self.people) < 5:
            p = person(r)
            if p not in self.people:
                self.people.append(p)
        self.dt = rdt(r)

    def fill_vals(self):
        r = self.r
        return {
            "p1": self.people[0], "p2": self.people[1], "p3": self.people[2],
            "co": self.co, "dom": self.dom,
            "n1": str(r.randint(100000, 999999)), "n2": str(r.randint(1000, 9999)),
            "d1": self.dt.strftime("%d %B"), "amt": "$%d.%02d" % (r.randint(40, 900), r.randrange(100)),
            "eur": "%d,%02d €" % (r.randint(40, 900), r.randrange(100)),
        }
