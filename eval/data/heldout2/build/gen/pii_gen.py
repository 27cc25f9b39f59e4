"""PII value generators and the completeness scanner."""
import re
from .common import luhn_ok, luhn_check_digit, iban_check, iban_valid


def digs(r, n, first_nonzero=False):
    s = "".join(r.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def _d(r, n):
    return digs(r, n, True)


def phone(r, cc):
    """Return a phone number string for country cc, randomly international or national style."""
    intl = r.random() < 0.5
    g = r.randint
    if cc in ("US", "CA"):
        area = r.choice(["212", "312", "415", "512", "617", "206", "303", "404", "646", "702", "713", "818", "919", "971"] if cc == "US"
                        else ["416", "604", "514", "403", "613", "902", "780", "250"])
        while True:
            ex = str(g(2, 9)) + digs(r, 2)
            if ex != "555" and ex[1:] != "11":
                break
        sub = digs(r, 4)
        fmt = r.choice(["({a}) {e}-{s}", "{a}-{e}-{s}", "{a}.{e}.{s}"]) if not intl else r.choice(["+1 ({a}) {e}-{s}", "+1 {a} {e} {s}", "+1-{a}-{e}-{s}"])
        return fmt.format(a=area, e=ex, s=sub)
    if cc == "GB":
        if r.random() < 0.6:
            pre = r.choice(["7911", "7824", "7400", "7508", "7956", "7340", "7723"])
            rest = _d(r, 6)
            return f"+44 {pre} {rest}" if intl else f"0{pre} {rest}"
        a, b = "3" + digs(r, 3), digs(r, 4)
        return f"+44 20 {a} {b}" if intl else f"020 {a} {b}"
    if cc == "IE":
        m = r.choice(["83", "85", "86", "87", "89"])
        a, b = _d(r, 3), digs(r, 4)
        return f"+353 {m} {a} {b}" if intl else f"0{m} {a} {b}"
    if cc == "DE":
        if r.random() < 0.5:
            m = r.choice(["151", "152", "160", "170", "171", "176", "157"])
            rest = _d(r, 8)
            return f"+49 {m} {rest}" if intl else f"0{m} {rest}"
        city, n = r.choice([("30", 8), ("40", 8), ("89", 7), ("221", 7), ("69", 8)])
        rest = _d(r, n)
        return f"+49 {city} {rest}" if intl else f"0{city} {rest}"
    if cc == "AT":
        if r.random() < 0.5:
            rest = _d(r, 7)
            return f"+43 664 {rest}" if intl else f"0664 {rest}"
        rest = _d(r, 7)
        return f"+43 1 {rest}" if intl else f"01 {rest}"
    if cc == "CH":
        p = r.choice(["44", "43", "79", "78", "76", "31", "22"])
        a, b, c = _d(r, 3), digs(r, 2), digs(r, 2)
        return f"+41 {p} {a} {b} {c}" if intl else f"0{p} {a} {b} {c}"
    if cc == "FR":
        p = r.choice(["6", "7", "1", "4", "5"])
        pairs = " ".join(digs(r, 2) for _ in range(4))
        return f"+33 {p} {pairs}" if intl else f"0{p} {pairs}"
    if cc == "BE":
        if r.random() < 0.5:
            m = r.choice(["470", "471", "475", "476", "486", "496"])
            rest = f"{digs(r, 2)} {digs(r, 2)} {digs(r, 2)}"
            return f"+32 {m} {rest}" if intl else f"0{m} {rest}"
        rest = f"{_d(r, 3)} {digs(r, 2)} {digs(r, 2)}"
        return f"+32 2 {rest}" if intl else f"02 {rest}"
    if cc == "NL":
        if r.random() < 0.5:
            rest = _d(r, 8)
            return f"+31 6 {rest}" if intl else f"06-{rest}"
        a, b = _d(r, 3), digs(r, 4)
        return f"+31 20 {a} {b}" if intl else f"020 {a} {b}"
    if cc == "ES":
        if r.random() < 0.5:
            a = r.choice(["6", "7"]) + digs(r, 2)
            return f"+34 {a} {digs(r, 3)} {digs(r, 3)}" if intl else f"{a} {digs(r, 2)} {digs(r, 2)} {digs(r, 2)}"
        return f"+34 91 {_d(r, 3)} {digs(r, 2)} {digs(r, 2)}" if intl else f"91 {_d(r, 3)} {digs(r, 2)} {digs(r, 2)}"
    if cc == "IT":
        if r.random() < 0.5:
            m = "3" + r.choice(["47", "33", "35", "40", "28"])
            return f"+39 {m} {_d(r, 3)} {digs(r, 4)}" if intl else f"{m} {_d(r, 3)} {digs(r, 4)}"
        return f"+39 02 {_d(r, 4)} {digs(r, 4)}" if intl else f"02 {_d(r, 4)} {digs(r, 4)}"
    if cc == "PT":
        if r.random() < 0.5:
            m = "9" + r.choice(["1", "2", "3", "6"]) + digs(r, 1)
            return f"+351 {m} {digs(r, 3)} {digs(r, 3)}" if intl else f"{m} {digs(r, 3)} {digs(r, 3)}"
        return f"+351 21 {_d(r, 3)} {digs(r, 4)}" if intl else f"21 {_d(r, 3)} {digs(r, 4)}"
    if cc == "PL":
        m = r.choice(["5", "6", "7", "8"]) + digs(r, 2)
        return f"+48 {m} {digs(r, 3)} {digs(r, 3)}" if intl else f"{m} {digs(r, 3)} {digs(r, 3)}"
    if cc == "SE":
        if r.random() < 0.5:
            m = r.choice(["70", "72", "73", "76"])
            return f"+46 {m} {_d(r, 3)} {digs(r, 2)} {digs(r, 2)}" if intl else f"0{m}-{_d(r, 3)} {digs(r, 2)} {digs(r, 2)}"
        return f"+46 8 {_d(r, 3)} {digs(r, 3)} {digs(r, 2)}" if intl else f"08-{_d(r, 3)} {digs(r, 3)} {digs(r, 2)}"
    if cc == "NO":
        n = r.choice(["4", "9"]) + digs(r, 2)
        s = f"{n} {digs(r, 2)} {digs(r, 3)}"
        return f"+47 {s}" if intl else s
    if cc == "DK":
        s = " ".join([r.choice(["20", "30", "40", "50", "60", "31", "42"])] + [digs(r, 2) for _ in range(3)])
        return f"+45 {s}" if intl else s
    if cc == "FI":
        m = r.choice(["40", "41", "44", "45", "50"])
        return f"+358 {m} {_d(r, 3)} {digs(r, 4)}" if intl else f"0{m} {_d(r, 3)} {digs(r, 4)}"
    if cc == "JP":
        if r.random() < 0.5:
            m = r.choice(["90", "80", "70"])
            return f"+81 {m}-{_d(r, 4)}-{digs(r, 4)}" if intl else f"0{m}-{_d(r, 4)}-{digs(r, 4)}"
        return f"+81 3-{_d(r, 4)}-{digs(r, 4)}" if intl else f"03-{_d(r, 4)}-{digs(r, 4)}"
    if cc == "KR":
        if r.random() < 0.6:
            return f"+82 10-{_d(r, 4)}-{digs(r, 4)}" if intl else f"010-{_d(r, 4)}-{digs(r, 4)}"
        return f"+82 2-{_d(r, 3)}-{digs(r, 4)}" if intl else f"02-{_d(r, 3)}-{digs(r, 4)}"
    if cc == "CN":
        if r.random() < 0.6:
            m = r.choice(["138", "139", "186", "152", "177", "150"])
            return f"+86 {m} {digs(r, 4)} {digs(r, 4)}" if intl else f"{m} {digs(r, 4)} {digs(r, 4)}"
        return f"+86 10 {_d(r, 4)} {digs(r, 4)}" if intl else f"010-{_d(r, 4)} {digs(r, 4)}"
    if cc == "IN":
        if r.random() < 0.6:
            m = r.choice(["98", "97", "99", "91", "88", "70"]) + digs(r, 3)
            return f"+91 {m} {digs(r, 5)}" if intl else f"0{m} {digs(r, 5)}"
        return f"+91 22 {_d(r, 4)} {digs(r, 4)}" if intl else f"022 {_d(r, 4)} {digs(r, 4)}"
    if cc == "SG":
        s = f"{r.choice(['8', '9', '6'])}{digs(r, 3)} {digs(r, 4)}"
        return f"+65 {s}" if intl else s
    if cc == "AU":
        if r.random() < 0.6:
            m = "4" + r.choice(["0", "1", "2", "3", "5", "7", "8"]) + digs(r, 1)
            return f"+61 {m} {digs(r, 3)} {digs(r, 3)}" if intl else f"0{m} {digs(r, 3)} {digs(r, 3)}"
        a = r.choice(["9", "8"]) + digs(r, 3)
        return f"+61 2 {a} {digs(r, 4)}" if intl else f"(02) {a} {digs(r, 4)}"
    if cc == "NZ":
        if r.random() < 0.5:
            m = r.choice(["21", "22", "27"])
            return f"+64 {m} {_d(r, 3)} {digs(r, 4)}" if intl else f"0{m} {_d(r, 3)} {digs(r, 4)}"
        return f"+64 9 {_d(r, 3)} {digs(r, 4)}" if intl else f"(09) {_d(r, 3)} {digs(r, 4)}"
    if cc == "BR":
        ddd = r.choice(["11", "21", "31", "41", "51", "61"])
        return f"+55 {ddd} 9{_d(r, 4)}-{digs(r, 4)}" if intl else f"({ddd}) 9{_d(r, 4)}-{digs(r, 4)}"
    if cc == "MX":
        a = r.choice(["55", "33", "81"])
        return f"+52 {a} {_d(r, 4)} {digs(r, 4)}" if intl else f"{a} {_d(r, 4)} {digs(r, 4)}"
    if cc == "AR":
        return f"+54 9 11 {_d(r, 4)}-{digs(r, 4)}" if intl else f"011 15-{_d(r, 4)}-{digs(r, 4)}"
    if cc == "ZA":
        if r.random() < 0.6:
            m = r.choice(["82", "83", "72", "71", "84", "61"])
            return f"+27 {m} {_d(r, 3)} {digs(r, 4)}" if intl else f"0{m} {_d(r, 3)} {digs(r, 4)}"
        return f"+27 21 {_d(r, 3)} {digs(r, 4)}" if intl else f"021 {_d(r, 3)} {digs(r, 4)}"
    raise KeyError(cc)


COUNTRIES = ["US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "IT", "PT", "PL", "SE", "NO", "DK", "FI", "JP", "KR",
             "CN", "IN", "SG", "AU", "NZ", "BR", "MX", "AR", "ZA"]

BAD_SSN = {"078051120", "219099999", "123456789"}


def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        g, s = r.randint(1, 99), r.randint(1, 9999)
        v = f"{a:03d}{g:02d}{s:04d}"
        if v in BAD_SSN:
            continue
        return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def ssn_valid(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return 0 < a < 900 and a != 666 and g != 0 and s != 0


TEST_PANS = {"4111111111111111", "4242424242424242", "4012888888881881", "5555555555554444", "5105105105105100", "378282246310005",
             "371449635398431", "6011111111111117", "6011000990139424", "3530111333300000", "30569309025904", "4000056655665556"}


def card(r):
    net = r.choice(["visa", "visa", "mc", "mc2", "amex", "discover", "jcb", "diners", "unionpay"])
    pre, n = {"visa": ("4", 16), "mc": (str(r.randint(51, 55)), 16), "mc2": (str(r.randint(2221, 2720)), 16),
              "amex": (r.choice(["34", "37"]), 15), "discover": (r.choice(["6011", "65", "644", "645", "649"]), 16),
              "jcb": (str(r.randint(3528, 3589)), 16), "diners": ("36", 14), "unionpay": ("62" + str(r.randint(2126, 2925))[:2], 16)}[net]
    while True:
        body = pre + digs(r, n - len(pre) - 1)
        num = body + luhn_check_digit(body)
        if num not in TEST_PANS:
            break
    style = r.choice(["space", "space", "plain", "dash"])
    if net == "amex":
        groups = [num[:4], num[4:10], num[10:]]
    elif net == "diners":
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, n, 4)]
    s = {"space": " ".join(groups), "dash": "-".join(groups), "plain": num}[style]
    return net, s


IBAN_SPECS = {"DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11n2n", "ES": "4n4n2n10n", "IT": "1a5n5n12n", "NL": "4a10n", "BE": "3n7n2n",
              "AT": "5n11n", "CH": "5n12n", "PT": "4n4n11n2n", "PL": "8n16n", "SE": "3n16n1n", "NO": "4n6n1n", "DK": "4n9n1n",
              "FI": "3n11n", "IE": "4a6n8n", "LU": "3n13n", "CZ": "4n6n10n", "HU": "3n4n1n15n1n", "RO": "4a16n", "GR": "3n4n16n",
              "HR": "7n10n", "SA": "2n18n", "AE": "3n16n", "TR": "5n1n16n"}
BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "BUNQ"], "IE": ["AIBK", "BOFI", "IPBS"],
         "RO": ["BTRL", "RNCB", "BRDE"]}


def iban(r, cc=None):
    cc = cc or r.choice(list(IBAN_SPECS))
    spec = IBAN_SPECS[cc]
    bban = ""
    for m in re.finditer(r"(\d+)([na])", spec):
        k, t = int(m.group(1)), m.group(2)
        if t == "a":
            bban += r.choice(BANKS.get(cc, ["ABCD"])) if k == 4 else "".join(r.choice("ABCDEFGHIJKLMNOPRSTUVWXZ") for _ in range(k))
        else:
            bban += digs(r, k)
    if cc == "BE":
        c = int(bban[:10]) % 97 or 97
        bban = bban[:10] + f"{c:02d}"
    full = cc + iban_check(cc, bban) + bban
    assert iban_valid(full)
    if r.random() < 0.6:
        return " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    return full


def ipv4(r, kind=None):
    kind = kind or r.choice(["public", "public", "private"])
    if kind == "private":
        c = r.choice(["10", "192", "172"])
        if c == "10":
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if c == "192":
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    while True:
        a = r.randint(1, 223)
        if a in (10, 127, 100, 169, 172, 192, 198, 203, 0):
            continue
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "gmx.at", "orange.fr", "libero.it", "proton.me", "icloud.com",
                "hotmail.es", "seznam.cz", "naver.com", "qq.com", "yahoo.co.jp", "uol.com.br", "bigpond.com", "xtra.co.nz", "telia.se"]


def email(r, first, last, domain=None):
    import unicodedata

    def asc(s):
        return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isalnum() and ord(c) < 128).lower()
    f, l = asc(first) or "user", asc(last) or "mail"
    local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{r.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}{r.randint(70, 99)}"])
    return f"{local}@{domain or r.choice(MAIL_DOMAINS)}"


# ------------------------------------------------------------------ completeness scan
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d)(?!\.\d)")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
RUN_RE = re.compile(r"\d+")
GROUP_RE = re.compile(r"\d+(?:[ -]\d+)+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,32}")


def find_unlabelled(text, entities):
    """Return a list of problems: valid PII-shaped values in text that aren't labelled."""
    vals = {e["value"] for e in entities}
    cards = {re.sub(r"\D", "", e["value"]) for e in entities if e["type"] == "credit_card"}
    probs = []
    for m in EMAIL_RE.finditer(text):
        if not any(m.group(0) == v or m.group(0) in v for v in vals):
            probs.append(("email", m.group(0)))
    for m in IP_RE.finditer(text):
        parts = m.groups()
        if all(int(p) <= 255 and (p == "0" or not p.startswith("0")) for p in parts):
            if m.group(0) not in vals:
                probs.append(("ipv4", m.group(0)))
    for m in SSN_RE.finditer(text):
        if ssn_valid(m.group(1), m.group(3), m.group(4)) and m.group(0) not in vals:
            probs.append(("ssn", m.group(0)))
    for m in RUN_RE.finditer(text):
        s = m.group(0)
        if 13 <= len(s) <= 19 and luhn_ok(s) and s not in cards:
            probs.append(("luhn", s))
    for m in GROUP_RE.finditer(text):
        s = re.sub(r"\D", "", m.group(0))
        if 13 <= len(s) <= 19 and luhn_ok(s) and s not in cards:
            probs.append(("luhn-grouped", m.group(0)))
    for m in IBAN_RE.finditer(text):
        s = m.group(0)
        comp = s.replace(" ", "")
        for k in range(len(comp), 14, -1):
            if iban_valid(comp[:k]):
                if not any(comp[:k] == v.replace(" ", "") for v in vals):
                    probs.append(("iban", comp[:k]))
                break
    return probs
