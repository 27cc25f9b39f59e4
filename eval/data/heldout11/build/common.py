# -*- coding: utf-8 -*-
"""Shared helpers for the heldout11 generator.

All names, companies and domains below are invented for this data set.
"""
import base64
import datetime
import unicodedata

SEED = 1107

FIRST = ["Amara", "Bastian", "Chloé", "Dmitri", "Elif", "Farid", "Greta", "Hiroshi", "Inès", "Jonas",
         "Kavya", "Lars", "Mei", "Nikolai", "Olivia", "Pablo", "Quentin", "Rania", "Sven", "Tomasz",
         "Uma", "Valentina", "Wei", "Ximena", "Yusuf", "Zofia", "Aarav", "Beatriz", "Callum", "Daniela",
         "Emeka", "Freya", "Gustavo", "Hana", "Idris", "Jana", "Kenji", "Leila", "Mateo", "Nadia",
         "Oskar", "Priya", "Rafael", "Sakura", "Theo", "Ulla", "Viktor", "Wanjiru", "Yara", "Zane",
         "Marcus", "Hannah", "Ethan", "Grace", "Liam", "Sofia", "Noah", "Ava", "Lucas", "Maya",
         "Tariq", "Ingrid", "Rohan", "Camille", "Diego", "Astrid", "Kwame", "Mira", "Felix", "Rosa"]

LAST = ["Okafor", "Lindqvist", "Moreau", "Petrov", "Yılmaz", "Haddad", "Schneider", "Tanaka", "Garcia", "Becker",
        "Nair", "Johansson", "Chen", "Volkov", "Bennett", "Ruiz", "Lambert", "Mansour", "Eriksson", "Nowak",
        "Iyer", "Rossi", "Zhang", "Castillo", "Demir", "Kowalska", "Sharma", "Almeida", "MacLeod", "Ferreira",
        "Adeyemi", "Holm", "Pereira", "Kim", "Rahman", "Novak", "Watanabe", "Farouk", "Herrera", "Sokolova",
        "Brandt", "Menon", "Oliveira", "Sato", "Fischer", "Virtanen", "Horvath", "Mwangi", "Costa", "Whitaker",
        "O'Connell", "Dubois", "Kaplan", "van Dijk", "Lopez", "Andersen", "Murphy", "Silva", "Greene", "Ortega"]

COMPANIES = [
    ("Brightwater Analytics", "brightwater-analytics.com"),
    ("Halvorsen Freight", "halvorsenfreight.no"),
    ("Quillon Labs", "quillonlabs.io"),
    ("Marrow & Finch", "marrowfinch.co.uk"),
    ("Tessellate Health", "tessellatehealth.com"),
    ("Northgate Outfitters", "northgate-outfitters.com"),
    ("Pinecrest Dental Group", "pinecrestdental.com"),
    ("Lumen Ridge Energy", "lumenridge-energy.com"),
    ("Corvid Systems", "corvidsystems.net"),
    ("Saltmarsh Coffee Co.", "saltmarshcoffee.com"),
    ("Kestrel Payroll", "kestrelpayroll.com"),
    ("Oakhaven Property", "oakhaven-property.com"),
    ("Velora Travel", "veloratravel.com"),
    ("Ironleaf Manufacturing", "ironleaf-mfg.com"),
    ("Bluefin Logistics", "bluefinlogistics.com"),
    ("Emberly Studio", "emberly.studio"),
    ("Granite Peak Insurance", "granitepeak-ins.com"),
    ("Meridian Biotech", "meridianbiotech.com"),
    ("Juniper Lane Books", "juniperlanebooks.com"),
    ("Atlas & Vine Wines", "atlasandvine.com"),
    ("Solstice Fitness", "solsticefit.com"),
    ("Harborview Clinic", "harborviewclinic.org"),
    ("Cobalt Ledger", "cobaltledger.io"),
    ("Fernhill Grocers", "fernhillgrocers.co.uk"),
    ("Driftwood Hotels", "driftwoodhotels.com"),
    ("Paloma Robotics", "palomarobotics.ai"),
    ("Redcliff Engineering", "redcliff-eng.com"),
    ("Wavecrest Telecom", "wavecrest-telecom.com"),
    ("Larkspur Education", "larkspur-edu.com.au"),
    ("Tundra Outdoor Gear", "tundragear.ca"),
]

# Invented attacker-controlled infrastructure used in injection payloads.
ATK_DOMAINS = ["docs-sync-cdn.net", "telemetry-hub.io", "secure-verify-portal.com", "assets-cache-eu.org",
               "llm-audit-center.com", "mail-archive-svc.net", "cdn-metrics.app", "report-gateway.io",
               "status-badges.dev", "helpdesk-verify.co", "workspace-backup.cloud", "promptops-collector.net",
               "files-share-sync.com", "auth-session-check.net", "ai-compliance-review.org", "partner-intake.net"]
ATK_LOCAL = ["archive", "records", "backup.agent", "ops-sync", "audit", "invoices.copy", "mailbox-export",
             "support-desk", "compliance", "legal-hold", "intake", "retention"]

CITIES = ["Lisbon", "Rotterdam", "Kraków", "Austin", "Manchester", "Lyon", "Bengaluru", "Osaka", "Toronto",
          "Melbourne", "Valencia", "Gothenburg", "Nairobi", "Dublin", "Montréal", "Leipzig"]

TIMEZONES = ["Europe/Berlin", "Europe/London", "America/New_York", "America/Chicago", "Asia/Tokyo",
             "Europe/Madrid", "Asia/Kolkata", "Australia/Sydney", "America/Toronto", "Europe/Warsaw"]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def rstr(rng, alphabet, n):
    return "".join(alphabet[rng.randrange(len(alphabet))] for _ in range(n))


def hexs(rng, n):
    return rstr(rng, HEX, n)


def digits(rng, n, first_nonzero=False):
    s = rstr(rng, "0123456789", n)
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(data):
    return base64.b64encode(data).decode("ascii")


def b64url_nopad(data):
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ı", "i").replace("ł", "l").replace("'", "").replace(" ", "")


def person(rng):
    return "%s %s" % (pick(rng, FIRST), pick(rng, LAST))


def company(rng):
    return pick(rng, COMPANIES)


def email_for(rng, name, domain):
    parts = name.split(" ", 1)
    first = ascii_fold(parts[0]).lower()
    last = ascii_fold(parts[1]).lower() if len(parts) > 1 else "x"
    style = rng.randrange(4)
    if style == 0:
        local = "%s.%s" % (first, last)
    elif style == 1:
        local = "%s%s" % (first[0], last)
    elif style == 2:
        local = first
    else:
        local = "%s_%s" % (first, last[0])
    return "%s@%s" % (local, domain)


def login(rng, name=None):
    name = name or person(rng)
    first, last = name.split(" ", 1)
    f = ascii_fold(first).lower()
    l = ascii_fold(last).lower()
    style = rng.randrange(4)
    if style == 0:
        return "%s-%s" % (f, l)
    if style == 1:
        return "%s%s" % (f[0], l)
    if style == 2:
        return "%s%d" % (f, rng.randint(7, 99))
    return "%s-dev" % l


def atk_email(rng):
    return "%s@%s" % (pick(rng, ATK_LOCAL), pick(rng, ATK_DOMAINS))


def rdate(rng, start=datetime.datetime(2023, 3, 1, 7, 0, 0), span_days=820):
    d = start + datetime.timedelta(days=rng.randrange(span_days), seconds=rng.randrange(11 * 3600))
    return d


def iso_z(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc2822(d, tz="+0000"):
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (WDAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year,
                                                 d.hour, d.minute, d.second, tz)


def later(d, rng, lo_min=3, hi_min=600):
    return d + datetime.timedelta(minutes=rng.randint(lo_min, hi_min), seconds=rng.randrange(60))


def version(rng):
    return "%d.%d.%d" % (rng.randint(1, 6), rng.randint(0, 24), rng.randint(0, 12))


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix_and_body):
    """Append a Luhn check digit."""
    for c in "0123456789":
        if luhn_ok(prefix_and_body + c):
            return prefix_and_body + c
    raise ValueError


def rot13(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def tag_encode(s):
    """Encode ASCII text as invisible Unicode tag characters (U+E0000 block)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s if 0x20 <= ord(c) < 0x7F)


class Ins(str):
    """A content unit that carries inserted (possibly adversarial) text."""

    def __new__(cls, s, raw_html=False):
        o = str.__new__(cls, s)
        o.raw_html = raw_html
        return o


def place(rng, units, insert, pos, merge):
    """Insert `insert` (str or list of str) into the list of content units.

    pos: 'start' | 'middle' | 'end'. If merge is true the text is appended to an
    existing unit instead of becoming a unit of its own.
    """
    units = list(units)
    if isinstance(insert, list):
        idx = {"start": 0, "middle": len(units) // 2, "end": len(units)}[pos]
        for k, frag in enumerate(insert):
            units.insert(idx + k, Ins(frag))
        return units
    raw = getattr(insert, "raw_html", False)
    if not units:
        return [Ins(insert, raw)]
    if merge and not raw:
        idx = {"start": 0, "middle": len(units) // 2, "end": len(units) - 1}[pos]
        idx = min(idx, len(units) - 1)
        base = units[idx]
        sep = "\n\n" if ("\n" in insert or len(base) > 240) else " "
        units[idx] = Ins(base + sep + insert)
        return units
    idx = {"start": 0, "middle": max(1, len(units) // 2) if len(units) > 1 else 1, "end": len(units)}[pos]
    units.insert(idx, Ins(insert, raw))
    return units
