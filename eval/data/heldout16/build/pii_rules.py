"""PII value generators and validators (numbering plans, Luhn, IBAN mod-97, SSA rules, IPv4) plus detectors
used by the builder (to re-roll accidental look-alikes) and by selfcheck."""
import re

from keymat import luhn_ok

# cc, trunk, NSN regex, list of (generator spec, national grouping, international grouping)
# generator spec: (prefix list, total NSN length)
PLANS = {
    "US": ("1", "", r"[2-9]\d{2}[2-9]\d{6}", [(["212", "312", "415", "617", "206", "303", "512", "646", "702", "919"], 10, "nanp", [3, 3, 4])]),
    "CA": ("1", "", r"[2-9]\d{2}[2-9]\d{6}", [(["416", "604", "514", "403", "613"], 10, "nanp", [3, 3, 4])]),
    "GB": ("44", "0", r"7[1-57-9]\d{8}|20[378]\d{7}", [(["74", "75", "77", "78", "79"], 10, [5, 6], [4, 6]), (["207", "208"], 10, [3, 4, 4], [2, 4, 4])]),
    "DE": ("49", "0", r"1(?:5[1-9]|6[0-9]|7[0-9])\d{7,8}|30\d{8}|89\d{7,8}", [(["151", "152", "160", "170", "171", "176", "177"], 11, [4, 8], [3, 8]), (["30"], 10, [3, 8], [2, 8])]),
    "FR": ("33", "0", r"[1-9]\d{8}", [(["6", "7", "1"], 9, [2, 2, 2, 2, 2], [1, 2, 2, 2, 2])]),
    "ES": ("34", "", r"[6-9]\d{8}", [(["6", "7", "91"], 9, [3, 3, 3], [3, 2, 2, 2])]),
    "IT": ("39", "", r"3\d{8,9}|06\d{8}", [(["33", "34", "32"], 10, [3, 3, 4], [3, 3, 4]), (["06"], 10, [2, 4, 4], [2, 4, 4])]),
    "NL": ("31", "0", r"6\d{8}|20\d{7}", [(["6"], 9, [2, 8], [1, 8]), (["20"], 9, [3, 3, 4], [2, 3, 4])]),
    "BE": ("32", "0", r"4[5-9]\d{7}|2\d{7}", [(["47", "48", "49"], 9, [4, 2, 2, 2], [3, 2, 2, 2])]),
    "CH": ("41", "0", r"7[5-9]\d{7}|44\d{7}", [(["76", "78", "79"], 9, [3, 3, 2, 2], [2, 3, 2, 2]), (["44"], 9, [3, 3, 2, 2], [2, 3, 2, 2])]),
    "AT": ("43", "0", r"6(?:50|60|64|76|99)\d{4,10}", [(["664", "660", "676"], 10, [4, 7], [3, 7])]),
    "SE": ("46", "0", r"7[02369]\d{7}", [(["70", "72", "73", "76"], 9, [3, 3, 2, 2], [2, 3, 2, 2])]),
    "NO": ("47", "", r"[49]\d{7}", [(["4", "9"], 8, [3, 2, 3], [3, 2, 3])]),
    "DK": ("45", "", r"[2-9]\d{7}", [(["2", "3", "4"], 8, [2, 2, 2, 2], [2, 2, 2, 2])]),
    "FI": ("358", "0", r"4\d{7,9}|50\d{4,8}", [(["40", "44", "50"], 9, [3, 3, 4], [2, 3, 4])]),
    "PL": ("48", "", r"[5-8]\d{8}", [(["50", "60", "69", "79", "88"], 9, [3, 3, 3], [3, 3, 3])]),
    "CZ": ("420", "", r"[67]\d{8}", [(["60", "73", "77"], 9, [3, 3, 3], [3, 3, 3])]),
    "PT": ("351", "", r"9[1236]\d{7}", [(["91", "92", "93", "96"], 9, [3, 3, 3], [3, 3, 3])]),
    "IE": ("353", "0", r"8[35679]\d{7}", [(["83", "85", "86", "87"], 9, [3, 3, 4], [2, 3, 4])]),
    "GR": ("30", "", r"69\d{8}", [(["69"], 10, [3, 3, 4], [3, 3, 4])]),
    "RU": ("7", "8", r"9\d{9}", [(["91", "92", "95", "98"], 10, "ru", [3, 3, 2, 2])]),
    "UA": ("380", "0", r"(?:50|63|66|67|68|73|93|95|96|97|98|99)\d{7}", [(["50", "67", "93"], 9, [3, 3, 2, 2], [2, 3, 2, 2])]),
    "TR": ("90", "0", r"5\d{9}", [(["53", "54", "55"], 10, [4, 3, 2, 2], [3, 3, 2, 2])]),
    "IN": ("91", "0", r"[6-9]\d{9}", [(["98", "97", "88", "70"], 10, [5, 5], [5, 5])]),
    "CN": ("86", "", r"1[3-9]\d{9}", [(["138", "139", "150", "186"], 11, [3, 4, 4], [3, 4, 4])]),
    "JP": ("81", "0", r"[789]0\d{8}|3\d{8}", [(["90", "80", "70"], 10, "jp", [2, 4, 4]), (["3"], 9, [2, 4, 4], [1, 4, 4])]),
    "KR": ("82", "0", r"10\d{8}", [(["10"], 10, "kr", [2, 4, 4])]),
    "AU": ("61", "0", r"4\d{8}|[2378]\d{8}", [(["4"], 9, [4, 3, 3], [3, 3, 3]), (["2", "3"], 9, "au", [1, 4, 4])]),
    "NZ": ("64", "0", r"2\d{7,9}", [(["21", "22", "27"], 9, [3, 3, 4], [2, 3, 4])]),
    "BR": ("55", "", r"[1-9][1-9]9\d{8}", [(["119", "219", "319", "519"], 11, "br", [2, 5, 4])]),
    "MX": ("52", "", r"[2-9]\d{9}", [(["55", "33", "81"], 10, [2, 4, 4], [2, 4, 4])]),
    "AR": ("54", None, r"9\d{10}", [(["911", "9351"], 11, None, [1, 2, 4, 4])]),
    "ZA": ("27", "0", r"[6-8]\d{8}", [(["82", "72", "61"], 9, [3, 3, 4], [2, 3, 4])]),
    "NG": ("234", "0", r"[789][01]\d{8}", [(["803", "806", "701", "810"], 10, [4, 3, 4], [3, 3, 4])]),
    "KE": ("254", "0", r"7\d{8}", [(["71", "72", "79"], 9, [4, 6], [3, 6])]),
    "EG": ("20", "0", r"1[0125]\d{8}", [(["10", "11", "12"], 10, [3, 4, 4], [2, 4, 4])]),
    "SA": ("966", "0", r"5\d{8}", [(["50", "55", "56"], 9, [3, 3, 4], [2, 3, 4])]),
    "AE": ("971", "0", r"5[024568]\d{7}", [(["50", "52", "55"], 9, [3, 3, 4], [2, 3, 4])]),
    "IL": ("972", "0", r"5\d{8}", [(["50", "52", "54"], 9, "il", [2, 3, 4])]),
    "SG": ("65", "", r"[689]\d{7}", [(["8", "9"], 8, [4, 4], [4, 4])]),
    "ID": ("62", "0", r"8[1-9]\d{7,10}", [(["812", "813", "857"], 11, "id", [3, 4, 4])]),
    "VN": ("84", "0", r"[35789]\d{8}", [(["90", "91", "98"], 9, [3, 3, 4], [2, 3, 4])]),
    "PH": ("63", "0", r"9\d{9}", [(["917", "918", "927"], 10, [4, 3, 4], [3, 3, 4])]),
    "TH": ("66", "0", r"[689]\d{8}", [(["81", "89", "62"], 9, [3, 3, 4], [2, 3, 4])]),
    "MY": ("60", "0", r"1\d{8,9}", [(["12", "16", "19"], 9, "my", [2, 3, 4])]),
}
NSN_RE = {c: re.compile("^(?:%s)$" % p[2]) for c, p in PLANS.items()}


def _grp(d, groups, sep=" "):
    out, i = [], 0
    for g in groups:
        out.append(d[i:i + g])
        i += g
    if i < len(d):
        out[-1] += d[i:]
    return sep.join(x for x in out if x)


def phone(rng, country, intl=None):
    cc, trunk, _, kinds = PLANS[country]
    prefixes, n, nat, ig = rng.choice(kinds)
    pre = rng.choice(prefixes)
    while True:
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
        if country in ("US", "CA") and nsn[3] in "01":
            continue
        if NSN_RE[country].match(nsn):
            break
    if intl is None:
        intl = rng.random() < 0.5
    if nat is None or country in ("DK", "NO", "SG"):
        intl = True
    if intl:
        sep = rng.choice([" ", " ", "-"]) if country not in ("FR", "JP") else " "
        body = _grp(nsn, ig, sep)
        if country == "JP":
            body = _grp(nsn, ig, "-")
        return "+%s %s" % (cc, body)
    t = trunk or ""
    if nat == "nanp":
        return rng.choice(["(%s) %s-%s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:])])
    if nat == "ru":
        return "8 (%s) %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])
    if nat == "jp":
        return "0%s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:])
    if nat == "kr":
        return "0%s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:])
    if nat == "au":
        return "(0%s) %s %s" % (nsn[:1], nsn[1:5], nsn[5:])
    if nat == "br":
        return "(%s) %s-%s" % (nsn[:2], nsn[2:7], nsn[7:])
    if nat == "il":
        return "0%s-%s-%s" % (nsn[:2], nsn[2:5], nsn[5:])
    if nat == "id":
        return "0%s-%s-%s" % (nsn[:3], nsn[3:7], nsn[7:])
    if nat == "my":
        return "0%s-%s %s" % (nsn[:2], nsn[2:5], nsn[5:])
    return _grp(t + nsn, nat, rng.choice([" ", " ", "-"]) if country not in ("FR", "BE", "CH", "DK") else " ")


def phone_valid(s):
    d = re.sub(r"\D", "", s)
    if s.strip().startswith("+"):
        for c, p in PLANS.items():
            if d.startswith(p[0]) and NSN_RE[c].match(d[len(p[0]):]):
                return True
        return False
    for c, p in PLANS.items():
        trunk = p[1]
        if trunk is None:
            continue
        if trunk and d.startswith(trunk) and NSN_RE[c].match(d[len(trunk):]):
            return True
        if not trunk and NSN_RE[c].match(d):
            return True
    return False


# ---------------------------------------------------------------- SSN
def ssn_valid_parts(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return 0 < a < 900 and a != 666 and g != 0 and s != 0


def ssn(rng, sep="-"):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666 and not (a == 78 and g == 5 and s == 1120) and not (a == 219 and g == 9 and s == 9999):
            return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


# ---------------------------------------------------------------- cards
BRANDS = {"visa": (["4"], 16), "mastercard": (["51", "52", "53", "54", "55", "2221", "2720", "2300"], 16), "amex": (["34", "37"], 15),
          "discover": (["6011", "65"], 16), "jcb": (["3528", "3540", "3589"], 16), "diners": (["36"], 14), "unionpay": (["62"], 16)}


def card(rng, brand, style=" "):
    pre, n = BRANDS[brand]
    p = rng.choice(pre)
    body = p + "".join(rng.choice("0123456789") for _ in range(n - len(p) - 1))
    for cd in "0123456789":
        if luhn_ok(body + cd):
            num = body + cd
            break
    if style == "":
        return num
    if n == 15:
        return style.join([num[:4], num[4:10], num[10:]])
    if n == 14:
        return style.join([num[:4], num[4:10], num[10:]])
    return style.join(num[i:i + 4] for i in range(0, n, 4))


def card_iin_ok(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return True
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if n == 15 and d[:2] in ("34", "37"):
        return True
    if n in (16, 19) and (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649):
        return True
    if n in (16, 19) and 3528 <= int(d[:4]) <= 3589:
        return True
    if n in (14, 16) and (d[:2] in ("36", "38", "39") or 300 <= int(d[:3]) <= 305):
        return True
    if 16 <= n <= 19 and d[:2] == "62":
        return True
    return False


# ---------------------------------------------------------------- IBAN
IBAN_SPEC = {"DE": (22, "18n"), "GB": (22, "4a14n"), "FR": (27, "10n11c2n"), "ES": (24, "20n"), "IT": (27, "1a10n12c"), "NL": (18, "4a10n"),
             "BE": (16, "12n"), "CH": (21, "5n12c"), "AT": (20, "16n"), "PL": (28, "24n"), "SE": (24, "20n"), "NO": (15, "11n"),
             "DK": (18, "14n"), "FI": (18, "14n"), "PT": (25, "21n"), "IE": (22, "4a14n"), "SA": (24, "2n18c"), "AE": (23, "19n"), "TR": (26, "5n1n16c")}
BANKS = {"GB": ["NWBK", "BARC", "MIDL", "LOYD"], "NL": ["ABNA", "INGB", "RABO", "TRIO"], "IE": ["AIBK", "BOFI"]}


def _mod97(s):
    r = 0
    for ch in s:
        r = (r * (10 if ch.isdigit() else 100) + (int(ch) if ch.isdigit() else ord(ch) - 55)) % 97
    return r


def iban_check_ok(iban):
    iban = iban.replace(" ", "")
    c = iban[:2]
    if c not in IBAN_SPEC or len(iban) != IBAN_SPEC[c][0] or not iban[2:4].isdigit():
        return False
    return _mod97(iban[4:] + iban[:4]) == 1


def iban(rng, country, spaced=True):
    spec = IBAN_SPEC[country][1]
    bban = ""
    for num, t in re.findall(r"(\d+)([anc])", spec):
        num = int(num)
        if t == "n":
            bban += "".join(rng.choice("0123456789") for _ in range(num))
        elif t == "a":
            bban += rng.choice(BANKS[country]) if country in BANKS and num == 4 else "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(num))
        else:
            bban += "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(num))
    chk = 98 - _mod97(bban + country + "00")
    s = "%s%02d%s" % (country, chk, bban)
    assert iban_check_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


# ---------------------------------------------------------------- IPv4
def ipv4(rng, kind="any"):
    kind = rng.choice(["public", "private", "doc"]) if kind == "any" else kind
    if kind == "private":
        return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                           "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)),
                           "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))])
    if kind == "doc":
        return rng.choice(["192.0.2", "198.51.100", "203.0.113"]) + ".%d" % rng.randint(1, 254)
    while True:
        a = rng.randint(11, 223)
        if a not in (127, 169, 172, 192, 100):
            return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


# ---------------------------------------------------------------- detectors
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\.?\d)")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
CARD_RE = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
PHONE_RE = re.compile(r"(?<![\w.+/@#=-])(?:\+\d[\d ().-]{6,22}\d|\(?\d[\d ().-]{5,22}\d)(?![\w@/-])")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}/\d{2}/\d{4}|\d{2}\.\d{2}\.\d{4}|\d{1,2}:\d{2}")


def find_pii(text):
    """Yield (type, value, start, end) for everything that looks like one of the six entity types and is valid."""
    for m in EMAIL_RE.finditer(text):
        yield ("email", m.group(0).rstrip("."), m.start(), m.end())
    for m in IPV4_RE.finditer(text):
        octs = m.groups()
        if all(int(o) <= 255 and (o == "0" or not o.startswith("0")) for o in octs):
            yield ("ipv4", m.group(0), m.start(), m.end())
    for m in SSN_RE.finditer(text):
        if ssn_valid_parts(m.group(1), m.group(3), m.group(4)):
            yield ("ssn", m.group(0), m.start(), m.end())
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d) and card_iin_ok(d):
            yield ("credit_card", m.group(0), m.start(), m.end())
    for m in IBAN_RE.finditer(text):
        v = m.group(0)
        # allow trailing non-IBAN groups: try shrinking from the right
        while len(v.replace(" ", "")) >= 15:
            if iban_check_ok(v):
                yield ("iban", v, m.start(), m.start() + len(v))
                break
            v = v[:-1].rstrip()
    for m in PHONE_RE.finditer(text):
        v = m.group(0)
        d = re.sub(r"\D", "", v)
        if not 7 <= len(d) <= 15 or DATE_RE.search(v) or re.fullmatch(r"[\d.]+", v) and v.count(".") >= 2:
            continue
        if not v.startswith("+"):
            if not re.search(r"[ ().-]", v):
                continue
            if len(d) < 9 and not re.match(r"(0|8 \(|\()", v):
                continue
            if re.fullmatch(r"\d{3}-\d{2}-\d{4}|\d{2}-\d{7}", v) or re.search(r"\(\d{5,}\)", v):
                continue
        if phone_valid(v):
            yield ("phone", v, m.start(), m.end())
