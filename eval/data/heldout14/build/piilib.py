"""Generators for fictional PII values with valid structure (Luhn, mod-97, SSN rules)."""
import unicodedata

from carriers import rng

# ------------------------------------------------------------------ phones
# (id, country, template). N = digit 2-9, X = any digit; other characters literal.
PHONE_FORMATS = [
    ("us_paren", "US", "(NXX) 555-01XX"),
    ("us_dash", "US", "NXX-555-01XX"),
    ("us_dot", "US", "NXX.555.01XX"),
    ("us_intl_paren", "US", "+1 (NXX) 555-01XX"),
    ("us_intl_space", "US", "+1 NXX 555 01XX"),
    ("us_e164", "US", "+1NXX55501XX"),
    ("us_tollfree", "US", "1-800-555-01XX"),
    ("ca_intl_dash", "CA", "+1 604-555-01XX"),
    ("uk_ldn_intl", "GB", "+44 20 7946 0XXX"),
    ("uk_ldn_nat", "GB", "020 7946 0XXX"),
    ("uk_mob_nat", "GB", "07700 900XXX"),
    ("uk_mob_intl", "GB", "+44 7700 900XXX"),
    ("de_intl", "DE", "+49 30 NXXXXXXX"),
    ("de_nat", "DE", "030 NXXXXXXX"),
    ("de_intl_trunk", "DE", "+49 (0)89 NXXX XXXX"),
    ("de_mob_nat", "DE", "0171 NXXXXXX"),
    ("de_00", "DE", "0049 40 NXXXXXX"),
    ("fr_intl", "FR", "+33 1 XX XX XX XX"),
    ("fr_nat", "FR", "01 XX XX XX XX"),
    ("fr_mob_dot", "FR", "06.XX.XX.XX.XX"),
    ("es_intl", "ES", "+34 91N XXX XXX"),
    ("es_mob", "ES", "6XX XX XX XX"),
    ("it_intl", "IT", "+39 06 NXXX XXXX"),
    ("it_mob", "IT", "34X XXX XXXX"),
    ("nl_intl", "NL", "+31 20 NXX XXXX"),
    ("nl_mob_dash", "NL", "06-NXXXXXXX"),
    ("be_intl", "BE", "+32 2 NXX XX XX"),
    ("ch_intl", "CH", "+41 44 NXX XX XX"),
    ("ch_mob", "CH", "079 NXX XX XX"),
    ("at_intl", "AT", "+43 1 NXX XXXX"),
    ("se_mob", "SE", "070-NXX XX XX"),
    ("se_intl", "SE", "+46 8 NXX XXX XX"),
    ("no_intl", "NO", "+47 NX XX XX XX"),
    ("dk_intl", "DK", "+45 NX XX XX XX"),
    ("fi_mob", "FI", "040 NXX XXXX"),
    ("pl_intl", "PL", "+48 22 NXX XX XX"),
    ("pl_mob", "PL", "5XX XXX XXX"),
    ("cz_intl", "CZ", "+420 2XX XXX XXX"),
    ("pt_intl", "PT", "+351 21 NXX XXXX"),
    ("ie_intl", "IE", "+353 1 NXX XXXX"),
    ("jp_intl", "JP", "+81 3-NXXX-XXXX"),
    ("jp_nat", "JP", "03-NXXX-XXXX"),
    ("jp_mob", "JP", "090-NXXX-XXXX"),
    ("kr_mob", "KR", "010-NXXX-XXXX"),
    ("kr_intl", "KR", "+82 2-NXX-XXXX"),
    ("cn_mob", "CN", "13X XXXX XXXX"),
    ("cn_intl", "CN", "+86 10 NXXX XXXX"),
    ("in_intl", "IN", "+91 9XXXX XXXXX"),
    ("in_nat", "IN", "09XXXX XXXXX"),
    ("au_intl", "AU", "+61 2 NXXX XXXX"),
    ("au_paren", "AU", "(02) NXXX XXXX"),
    ("au_mob", "AU", "04XX XXX XXX"),
    ("nz_intl", "NZ", "+64 9 NXX XXXX"),
    ("br_intl", "BR", "+55 11 9XXXX-XXXX"),
    ("br_paren", "BR", "(11) 9XXXX-XXXX"),
    ("mx_intl", "MX", "+52 55 NXXX XXXX"),
    ("ar_intl", "AR", "+54 9 11 NXXX-XXXX"),
    ("za_intl", "ZA", "+27 21 NXX XXXX"),
    ("za_mob", "ZA", "08N XXX XXXX"),
    ("ng_intl", "NG", "+234 80N XXX XXXX"),
    ("ke_intl", "KE", "+254 7XX XXXXXX"),
    ("eg_intl", "EG", "+20 10 NXXX XXXX"),
    ("ae_intl", "AE", "+971 50 NXX XXXX"),
    ("sa_intl", "SA", "+966 5N XXX XXXX"),
    ("tr_intl", "TR", "+90 212 NXX XX XX"),
    ("tr_mob", "TR", "05NX XXX XX XX"),
    ("ru_intl", "RU", "+7 495 NXX-XX-XX"),
    ("ru_nat", "RU", "8 (9XX) NXX-XX-XX"),
    ("il_mob", "IL", "05N-NXX-XXXX"),
    ("sg_intl", "SG", "+65 6NXX XXXX"),
    ("hk_intl", "HK", "+852 NXXX XXXX"),
    ("tw_mob", "TW", "09NX-XXX-XXX"),
    ("ph_intl", "PH", "+63 9NX XXX XXXX"),
    ("id_mob", "ID", "08NX-XXXX-XXXX"),
    ("vn_intl", "VN", "+84 24 NXXX XXXX"),
    ("my_mob", "MY", "01N-XXX XXXX"),
    ("th_intl", "TH", "+66 2 NXX XXXX"),
    ("gr_intl", "GR", "+30 21 NXXX XXXX"),
    ("hu_nat", "HU", "06 30 NXX XXXX"),
]
PHONE_BY_ID = {p[0]: p for p in PHONE_FORMATS}

# ------------------------------------------------------------------ IBAN
# country: (total length, bban pattern). n = digit, a = uppercase letter, c = digit or uppercase letter
IBAN_SPECS = {
    "DE": (22, "n" * 18), "FR": (27, "n" * 10 + "c" * 11 + "nn"), "GB": (22, "aaaa" + "n" * 14),
    "ES": (24, "n" * 20), "IT": (27, "a" + "n" * 10 + "c" * 12), "NL": (18, "aaaa" + "n" * 10),
    "BE": (16, "n" * 12), "CH": (21, "n" * 5 + "c" * 12), "AT": (20, "n" * 16), "PL": (28, "n" * 24),
    "PT": (25, "n" * 21), "SE": (24, "n" * 20), "NO": (15, "n" * 11), "DK": (18, "n" * 14),
    "FI": (18, "n" * 14), "IE": (22, "aaaa" + "n" * 14), "LU": (20, "nnn" + "c" * 13), "CZ": (24, "n" * 20),
    "HU": (28, "n" * 24), "RO": (24, "aaaa" + "c" * 16), "GR": (27, "n" * 7 + "c" * 16),
    "TR": (26, "n" * 5 + "0" + "c" * 16), "SA": (24, "nn" + "c" * 18), "AE": (23, "n" * 19),
    "BR": (29, "n" * 23 + "a" + "c"), "HR": (21, "n" * 17), "SI": (19, "n" * 15), "SK": (24, "n" * 20),
    "LT": (20, "n" * 16), "EE": (20, "n" * 16),
}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "TRIO"], "IE": ["AIBK", "BOFI"],
              "RO": ["BTRL", "RNCB", "INGB"], "IT": ["X"]}


def _num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_check(cc, bban):
    return 98 - _num(bban + cc + "00") % 97


def iban_valid(s):
    s = s.replace(" ", "")
    if len(s) < 15 or s[:2] not in IBAN_SPECS or len(s) != IBAN_SPECS[s[:2]][0]:
        return False
    return _num(s[4:] + s[:4]) % 97 == 1


def make_iban(key, cc, grouped=False, valid=True):
    r = rng("iban|" + key)
    total, pat = IBAN_SPECS[cc]
    out = []
    for i, p in enumerate(pat):
        if p == "n":
            out.append(r.choice("0123456789"))
        elif p == "a":
            out.append(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        elif p == "c":
            out.append(r.choice("0123456789" * 3 + "ABCDEFGHIJKLMNOPQRSTUVWXYZ") if cc in ("RO", "GR", "LU", "SA", "TR") else r.choice("0123456789"))
        else:
            out.append(p)
    bban = "".join(out)
    if cc in BANK_CODES and cc != "IT":
        bban = r.choice(BANK_CODES[cc]) + bban[4:]
    if cc == "BE":
        first = bban[:10]
        chk = int(first) % 97 or 97
        bban = first + "%02d" % chk
    ck = iban_check(cc, bban)
    if not valid:
        ck = (ck + 1 + r.randrange(40)) % 97
        if ck < 2:
            ck += 2
        if ck == iban_check(cc, bban):
            ck = (ck + 7) % 97 + 2
    s = "%s%02d%s" % (cc, ck, bban)
    assert len(s) == total, (cc, len(s), total)
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


# ------------------------------------------------------------------ cards
CARD_BRANDS = {
    "visa": (["4"], 16), "mastercard": (["51", "52", "53", "54", "55", "2221", "2305", "2710"], 16),
    "amex": (["34", "37"], 15), "discover": (["6011", "644", "65"], 16), "jcb": (["3528", "3541", "3589"], 16),
    "diners": (["36", "38"], 14), "unionpay": (["62"], 16), "maestro": (["5018", "5020"], 16),
}


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c


def fmt_card(d, style):
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    if len(d) == 15:
        groups = [d[:4], d[4:10], d[10:]]
    elif len(d) == 14:
        groups = [d[:4], d[4:10], d[10:]]
    else:
        groups = [d[i:i + 4] for i in range(0, len(d), 4)]
    return sep.join(groups)


def make_card(key, brand, style="plain", valid=True):
    r = rng("card|" + key)
    prefixes, n = CARD_BRANDS[brand]
    p = r.choice(prefixes)
    body = p + "".join(r.choice("0123456789") for _ in range(n - len(p) - 1))
    c = luhn_digit(body)
    if not valid:
        c = str((int(c) + 1 + r.randrange(8)) % 10)
    return fmt_card(body + c, style)


def card_brand_ok(d):
    for b, (prefixes, n) in CARD_BRANDS.items():
        if len(d) == n and any(d.startswith(p) for p in prefixes):
            return True
    return False


# ------------------------------------------------------------------ SSN
def ssn_valid(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return 0 < a < 900 and a != 666 and g != 0 and s != 0


def make_ssn(key, style="dash"):
    r = rng("ssn|" + key)
    while True:
        a = r.randrange(1, 900)
        g = r.randrange(1, 100)
        s = r.randrange(1, 10000)
        if a == 666 or (a, g, s) in ((78, 5, 1120), (219, 9, 9999), (123, 45, 6789)):
            continue
        break
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "space":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


# ------------------------------------------------------------------ IPv4
def make_ip(key, kind="public"):
    r = rng("ip|" + key)
    if kind == "private":
        c = r.choice(["10", "172", "192"])
        if c == "10":
            return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255))
        if c == "172":
            return "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255))
        return "192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255))
    while True:
        a = r.randrange(1, 224)
        b = r.randrange(256)
        if a in (10, 127, 0) or (a == 100 and 64 <= b < 128) or (a == 169 and b == 254) or (a == 172 and 16 <= b < 32) \
                or (a == 192 and b in (0, 168)) or (a == 198 and b in (18, 19, 51)) or (a == 203 and b == 0):
            continue
        return "%d.%d.%d.%d" % (a, b, r.randrange(256), r.randrange(1, 255))


# ------------------------------------------------------------------ people
DOMAINS = ["inboxly.net", "fastmail-box.com", "postakutum.net", "maelstrom-mail.fr", "posteo-mail.de", "correio-rapido.com.br",
           "hanmail-box.kr", "laposte-mail.fr", "posta-veloce.it", "ukr-poshta-mail.net", "mailkorb.de", "brevmail.se",
           "quintfall.com", "pellucid-labs.com", "vintrell.com", "lumeridge.io", "kestrelworks.com", "corvel-health.org",
           "tessaro-foods.pt", "halden-packaging.co.uk", "brightwater-uni.edu", "minato-seiko.co.jp"]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Gen:
    """Collects every PII value it hands out, so rows list all of them."""

    def __init__(self, key):
        self.key = key
        self.r = rng("gen|" + key)
        self.n = 0
        self.ents = []
        self.phone_formats = []

    def _k(self):
        self.n += 1
        return "%s|%d" % (self.key, self.n)

    def add(self, t, v):
        if {"type": t, "value": v} not in self.ents:
            self.ents.append({"type": t, "value": v})
        return v

    def email(self, name=None, domain=None, style=None):
        k = self._k()
        r = rng("em|" + k)
        if name:
            parts = ascii_fold(name).lower().replace("'", "").split()
            first, last = parts[0], parts[-1]
            style = style or r.choice(["f.l", "fl", "f_l", "fdotl", "initial", "first"])
            local = {"f.l": first + "." + last, "fl": first + last, "f_l": first + "_" + last, "fdotl": first[0] + "." + last,
                     "initial": first[0] + last, "first": first + str(r.randrange(10, 99))}[style]
        else:
            local = r.choice(["info", "support", "hello", "bookings", "office", "contact"])
        return self.add("email", "%s@%s" % (local, domain or r.choice(DOMAINS)))

    def phone(self, fmt_id):
        k = self._k()
        r = rng("ph|" + k)
        t = PHONE_BY_ID[fmt_id][2]
        v = "".join(r.choice("23456789") if ch == "N" else r.choice("0123456789") if ch == "X" else ch for ch in t)
        self.phone_formats.append(fmt_id)
        return self.add("phone", v)

    def ssn(self, style="dash"):
        return self.add("ssn", make_ssn(self._k(), style))

    def card(self, brand, style="plain"):
        return self.add("credit_card", make_card(self._k(), brand, style))

    def iban(self, cc, grouped=False):
        return self.add("iban", make_iban(self._k(), cc, grouped))

    def ip(self, kind="public"):
        return self.add("ipv4", make_ip(self._k(), kind))
