"""Shared helpers: seeded RNGs, name pools, small format helpers.

Reproducibility: every random choice goes through a seeded random.Random or
through DRBG (an HMAC-SHA256 counter-mode byte generator with a fixed seed).
DRBG is used for secret bodies so that they are cryptographically uniform
but the data set can be rebuilt bit-for-bit.  `python build.py --fresh`
swaps DRBG for the OS CSPRNG via the `secrets` module.
"""
import hashlib
import hmac
import json
import random
import secrets as _secrets
import string
import zlib

SEED = 20250611

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = "0123456789abcdef"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64URL = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
B32 = string.ascii_uppercase + "234567"


class DRBG:
    """Deterministic byte generator (HMAC-SHA256 in counter mode)."""

    def __init__(self, seed: str, fresh: bool = False):
        self.key = hashlib.sha256(seed.encode()).digest()
        self.ctr = 0
        self.fresh = fresh
        self.buf = b""

    def bytes(self, n: int) -> bytes:
        if self.fresh:
            return _secrets.token_bytes(n)
        while len(self.buf) < n:
            self.buf += hmac.new(self.key, self.ctr.to_bytes(8, "big"), hashlib.sha256).digest()
            self.ctr += 1
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def below(self, n: int) -> int:
        # rejection sampling for uniform ints in [0, n)
        k = (n - 1).bit_length()
        nbytes = (k + 7) // 8 or 1
        while True:
            v = int.from_bytes(self.bytes(nbytes), "big") & ((1 << k) - 1 if k else 0)
            if v < n:
                return v

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(alphabet[self.below(len(alphabet))] for _ in range(n))

    def digits(self, n: int) -> str:
        return self.chars(string.digits, n)

    def hex(self, n: int) -> str:
        return self.chars(HEX, n)


def b62encode(n: int) -> str:
    if n == 0:
        return "0"
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out


def crc32_b62(body: str) -> str:
    return b62encode(zlib.crc32(body.encode()) & 0xFFFFFFFF).rjust(6, "0")


FIRST = ["Maya", "Daniel", "Priya", "Lukas", "Sofia", "Omar", "Hannah", "Kenji", "Chloe", "Mateo",
         "Aisha", "Ben", "Ingrid", "Tomás", "Rachel", "Arjun", "Elena", "Marcus", "Yuki", "Fatima",
         "Liam", "Nora", "Samir", "Grace", "Jonas", "Camila", "Ethan", "Leila", "Oscar", "Mei",
         "Victor", "Zoe", "Andre", "Lucia", "Felix", "Amara", "Connor", "Ruth", "Diego", "Anika"]
LAST = ["Okafor", "Lindqvist", "Patel", "Schneider", "Moreau", "Haddad", "Kowalski", "Tanaka", "Reyes",
        "Brennan", "Nakamura", "Fischer", "Alvarez", "Chen", "O'Neill", "Singh", "Rossi", "Dubois",
        "Novak", "Hughes", "Ferreira", "Kim", "Larsen", "Mensah", "Ivanova", "Carter", "Walsh", "Bauer",
        "Gupta", "Silva", "Murphy", "Costa", "Weber", "Park", "Ortiz", "Jensen", "Abbott", "Yilmaz"]
COMPANIES = ["Northwind Logistics", "Brightline Health", "Cobalt Analytics", "Harbor & Finch", "Tidewater Labs",
             "Quarry Systems", "Lumen Retail", "Fernhill Capital", "Ostrava Foods", "Pinecrest Insurance",
             "Meridian Freight", "Alder Software", "Bluejay Media", "Kestrel Energy", "Summit Dental Group",
             "Redwood Robotics", "Granite Payroll", "Solstice Travel", "Vantage Biotech", "Ironbark Legal"]
DOMAINS = ["northwind-logistics.com", "brightlinehealth.org", "cobalt-analytics.io", "harborfinch.co",
           "tidewaterlabs.dev", "quarrysys.com", "lumenretail.com", "fernhillcap.com", "ostravafoods.eu",
           "pinecrest-ins.com", "meridianfreight.net", "aldersoftware.com", "bluejaymedia.tv",
           "kestrel-energy.com", "summitdental.care", "redwoodrobotics.ai", "granitepayroll.com",
           "solsticetravel.com", "vantagebio.com", "ironbarklegal.com"]
CITIES = ["Austin", "Leeds", "Rotterdam", "Denver", "Lyon", "Porto", "Osaka", "Toronto", "Melbourne",
          "Dublin", "Munich", "Seattle", "Cape Town", "Raleigh", "Gdansk", "Valencia"]
PRODUCTS = ["standing desk frame", "noise-cancelling headset", "espresso grinder", "trail running shoe",
            "4K webcam", "robot vacuum", "ergonomic chair", "mechanical keyboard", "air purifier",
            "carbon road bike", "cast iron skillet", "smart thermostat"]


class Ctx:
    """Bundle of a seeded Random and a DRBG for one generator."""

    def __init__(self, name: str, fresh: bool = False):
        self.r = random.Random(f"{SEED}:{name}")
        self.d = DRBG(f"{SEED}:{name}:drbg", fresh=fresh)

    def person(self):
        return self.r.choice(FIRST), self.r.choice(LAST)

    def name(self):
        f, l = self.person()
        return f"{f} {l}"

    def company(self):
        i = self.r.randrange(len(COMPANIES))
        return COMPANIES[i], DOMAINS[i]

    def date(self, year=2024):
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        return f"{year}-{m:02d}-{d:02d}"

    def time(self):
        return f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}"

    def ts(self, year=2024):
        return f"{self.date(year)}T{self.time()}.{self.r.randint(0, 999):03d}Z"

    def hexid(self, n):
        return "".join(self.r.choice(HEX) for _ in range(n))

    def alnum(self, n, alphabet=string.ascii_lowercase + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def uuid(self):
        h = self.hexid(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def pick(self, seq):
        return self.r.choice(seq)


def jdump(obj, indent=2):
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def table(headers, rows, style="psql"):
    """Render rows as psql / mysql style text tables."""
    cols = list(zip(*([headers] + [[str(c) for c in r] for r in rows])))
    widths = [max(len(str(x)) for x in col) for col in cols]
    if style == "psql":
        head = " " + " | ".join(str(h).ljust(w) for h, w in zip(headers, widths))
        sep = "-" + "-+-".join("-" * w for w in widths) + "-"
        body = [" " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) for r in rows]
        n = len(rows)
        return "\n".join([head, sep] + body + [f"({n} row{'s' if n != 1 else ''})"])
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    head = "| " + " | ".join(str(h).ljust(w) for h, w in zip(headers, widths)) + " |"
    body = ["| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |" for r in rows]
    n = len(rows)
    return "\n".join([line, head, line] + body + [line, f"{n} rows in set ({0.01 * (n % 7 + 1):.2f} sec)"])
