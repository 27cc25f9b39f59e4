"""Shared helpers: seeded randomness, a reproducible DRBG, check-digit maths, name pools."""
import hashlib
import hmac
import random

SEED = 20250923


def R(label):
    """A random.Random seeded from SEED and a label (string seeding is hash-seed independent)."""
    return random.Random(f"heldout2:{SEED}:{label}")


class DRBG:
    """HMAC-SHA256 counter-mode generator: uniform bytes, reproducible from SEED + label."""

    def __init__(self, label):
        self.key = hashlib.sha256(f"heldout2-drbg:{SEED}:{label}".encode()).digest()
        self.ctr = 0
        self.buf = b""

    def bytes(self, n):
        while len(self.buf) < n:
            self.buf += hmac.new(self.key, self.ctr.to_bytes(8, "big"), hashlib.sha256).digest()
            self.ctr += 1
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def randbits(self, k):
        nb = (k + 7) // 8
        return int.from_bytes(self.bytes(nb), "big") >> (nb * 8 - k)

    def randbelow(self, n):
        if n <= 1:
            return 0
        k = (n - 1).bit_length()
        while True:
            v = self.randbits(k)
            if v < n:
                return v

    def choice(self, seq):
        return seq[self.randbelow(len(seq))]

    def string(self, alphabet, n):
        return "".join(alphabet[self.randbelow(len(alphabet))] for _ in range(n))


DIGITS = "0123456789"
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
ALNUM = DIGITS + UPPER + LOWER          # base62 order 0-9A-Za-z
B64URL = UPPER + LOWER + DIGITS + "-_"
B64 = UPPER + LOWER + DIGITS + "+/"
BASE32 = UPPER + "234567"


def base62(n, width):
    s = ""
    while n:
        n, d = divmod(n, 62)
        s = ALNUM[d] + s
    return s.rjust(width, "0")


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban.replace(" ", "")
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    s2 = s[4:] + s[:4]
    try:
        num = "".join(str(int(c, 36)) for c in s2)
    except ValueError:
        return False
    return int(num) % 97 == 1


FIRST = ["Amara", "Bilal", "Chen", "Dana", "Elif", "Farah", "Gustavo", "Hana", "Ivan", "Jonas", "Keiko",
         "Lars", "Maya", "Nikhil", "Olga", "Priya", "Quentin", "Rosa", "Sven", "Tomás", "Uma", "Viktor",
         "Wen", "Xavier", "Yara", "Zoltan", "Aoife", "Bongani", "Camille", "Dmitri", "Emeka", "Fatima",
         "Giulia", "Hiroshi", "Ingrid", "Jamal", "Kofi", "Leila", "Mateo", "Nadia", "Oskar", "Paula",
         "Rahul", "Sofia", "Tariq", "Ursula", "Valentina", "Wojciech", "Yusuf", "Zainab", "Brendan",
         "Carla", "Derek", "Esther", "Fiona", "Graham", "Heidi", "Isaac", "Jolene", "Kurt", "Lucy",
         "Marcus", "Noor", "Owen", "Petra", "Ruth", "Stefan", "Teresa", "Vince", "Wendy"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Haddad", "Kowalski", "Tanaka", "Fernández", "O'Brien", "Novak",
        "Schneider", "Patel", "Nguyen", "Rossi", "Van Dijk", "Petrov", "Mensah", "Kim", "Silva", "Andersen",
        "Dubois", "Yilmaz", "Murphy", "Costa", "Becker", "Ivanova", "Sato", "Reyes", "Chowdhury", "Brennan",
        "Hartmann", "Abiodun", "Castillo", "Fischer", "Lopez", "Marsh", "Nakamura", "Ortega", "Quinn",
        "Ramos", "Sutherland", "Thorne", "Ueda", "Varga", "Whitfield", "Zhou", "Adeyemi", "Bjork", "Cruz"]
COMPANIES = ["Brightwater Logistics", "Kestrel Analytics", "Northfold Labs", "Quillon Foods", "Tallis & Reed",
             "Orvane Health", "Corbel Systems", "Lumen Harbor", "Pinecrest Dental", "Atlas Rowe Partners",
             "Mirefield Credit Union", "Greyling Outdoor", "Saffron Lane Studios", "Veldt Energy",
             "Harrowgate Insurance", "Copperleaf Bakery", "Nimbus Freight", "Ostrava Components",
             "Bellwood Property Group", "Tidewell Marine", "Parafin Software", "Sorrel & Finch",
             "Wrenfield Clinic", "Dunmore Print Works", "Cobalt Ridge Mining", "Elmstead Academy"]
DOMAINS = ["brightwater-logistics.com", "kestrelanalytics.io", "northfold.dev", "quillonfoods.co.uk",
           "tallisreed.com", "orvanehealth.org", "corbel.systems", "lumenharbor.net", "pinecrestdental.com",
           "atlasrowe.com", "mirefieldcu.org", "greyling-outdoor.com", "saffronlane.studio", "veldt.energy",
           "harrowgate-ins.com", "copperleafbakery.com", "nimbusfreight.eu", "ostrava-components.cz",
           "bellwoodpg.com", "tidewellmarine.com", "parafin.app", "sorrelfinch.co", "wrenfieldclinic.org",
           "dunmoreprint.ie", "cobaltridge.ca", "elmstead.ac.uk"]
CITIES = ["Leeds", "Porto", "Utrecht", "Lyon", "Graz", "Tampere", "Bilbao", "Gdańsk", "Osaka", "Busan",
          "Pune", "Curitiba", "Calgary", "Wellington", "Cape Town", "Adelaide", "Cork", "Bergen", "Aarhus",
          "Bologna", "Ghent", "Basel", "Monterrey", "Rosario", "Singapore", "Austin", "Denver", "Halifax"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def full_name(r):
    f, l = person(r)
    return f"{f} {l}"


def email_for(first, last, domain):
    import unicodedata
    def asc(s):
        return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isalnum() and ord(c) < 128).lower()
    return f"{asc(first)}.{asc(last)}@{domain}"


def rdate(r, year=2025):
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return year, m, d


def iso_ts(r, year=2025):
    y, m, d = rdate(r, year)
    return f"{y}-{m:02d}-{d:02d}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}Z"


def rfc2822(r, year=2025):
    y, m, d = rdate(r, year)
    import datetime
    wd = DAYS[datetime.date(y, m, d).weekday()]
    return f"{wd}, {d} {MONTHS[m-1]} {y} {r.randint(7,19):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d} {r.choice(['+0000','+0100','+0200','-0500','-0700','+0900','+0530'])}"


def git_sha(r):
    return "".join(r.choice(HEX) for _ in range(40))


def pick(r, seq, k):
    return r.sample(list(seq), k)
