"""Generators for the six PII types, with validity rules and a value->country log."""
from common import *
from collections import Counter

PHONE_COUNTRY = {}   # value -> ISO country
IBAN_COUNTRY = {}
CARD_BRAND = {}

def d(n): return digits(n)
def nz(n): return str(rint(1, 9)) + digits(n - 1)   # first digit 1-9
def n2(n): return str(rint(2, 9)) + digits(n - 1)   # first digit 2-9

US_AREAS = ["412", "617", "212", "415", "312", "206", "512", "303", "404", "202", "734", "919"]
CA_AREAS = ["902", "416", "604", "514", "613", "403", "780", "204", "306", "709"]
def nanp_exchange():
    while True:
        x = n2(3)
        if x[1:] != "11" and x != "555": return x

def _phone(cc):
    """Return (national, international) renderings; chosen later."""
    if cc in ("US", "CA"):
        a = pick(US_AREAS if cc == "US" else CA_AREAS); x = nanp_exchange(); s = d(4)
        nat = pick([f"({a}) {x}-{s}", f"{a}-{x}-{s}", f"{a}.{x}.{s}"])
        intl = pick([f"+1 {a} {x} {s}", f"+1-{a}-{x}-{s}", f"+1 ({a}) {x}-{s}"])
    elif cc == "GB":
        if R.random() < .5:
            m = "7" + pick("456789") + d(8); nat = f"0{m[:4]} {m[4:]}"; intl = f"+44 {m[:4]} {m[4:]}"
        else:
            ac, sub = pick([("20", "7" + d(7)), ("20", "3" + d(7)), ("113", n2(7)), ("161", n2(7)), ("131", n2(7))])
            if ac == "20": nat = f"020 {sub[:4]} {sub[4:]}"; intl = f"+44 20 {sub[:4]} {sub[4:]}"
            else: nat = f"0{ac} {sub[:3]} {sub[3:]}"; intl = f"+44 {ac} {sub[:3]} {sub[3:]}"
    elif cc == "DE":
        if R.random() < .5:
            pre = pick(["151", "152", "157", "160", "170", "171", "175", "176", "177", "179"])
            sub = d(8) if pre[:2] == "15" else d(7)
            nat = pick([f"0{pre} {sub}", f"0{pre}-{sub}", f"0{pre} {sub[:3]} {sub[3:]}"]); intl = pick([f"+49 {pre} {sub}", f"+49 {pre} {sub[:3]} {sub[3:]}"])
        else:
            ac, sub = pick([("761", n2(7)), ("30", n2(8)), ("89", n2(8)), ("40", n2(8)), ("221", n2(7))])
            nat = pick([f"0{ac} {sub}", f"0{ac} {sub[:3]}-{sub[3:]}", f"(0{ac}) {sub}"]); intl = pick([f"+49 {ac} {sub}", f"+49 (0){ac} {sub}", f"+49 {ac} {sub[:3]} {sub[3:]}"])
    elif cc == "FR":
        first = pick("1234567"); r = d(8); g = " ".join(r[i:i+2] for i in range(0, 8, 2))
        nat = f"0{first} {g}"; intl = f"+33 {first} {g}"
    elif cc == "NL":
        if R.random() < .6:
            r = d(8); nat = pick([f"06-{r}", f"06 {r[:4]} {r[4:]}"]); intl = f"+31 6 {r[:4]} {r[4:]}"
        else:
            r = n2(7); nat = f"020 {r[:3]} {r[3:]}"; intl = f"+31 20 {r[:3]} {r[3:]}"
    elif cc == "ES":
        m = pick(["6", "7"]) + d(8) if R.random() < .6 else "91" + n2(7)
        nat = f"{m[:3]} {m[3:6]} {m[6:]}"; intl = f"+34 {nat}"
    elif cc == "IT":
        if R.random() < .6:
            m = "3" + pick("2345679") + d(8); nat = f"{m[:3]} {m[3:6]} {m[6:]}"; intl = f"+39 {nat}"
        else:
            r = n2(8); nat = f"06 {r[:4]} {r[4:]}"; intl = f"+39 {nat}"
    elif cc == "CH":
        ac = pick(["44", "31", "61", "75", "76", "77", "78", "79"]); r = n2(7)
        nat = f"0{ac} {r[:3]} {r[3:5]} {r[5:]}"; intl = f"+41 {ac} {r[:3]} {r[3:5]} {r[5:]}"
    elif cc == "AT":
        if R.random() < .6:
            pre = pick(["664", "660", "676", "650", "699"]); r = d(7); nat = f"0{pre} {r}"; intl = f"+43 {pre} {r}"
        else:
            r = n2(7); nat = f"01 {r}"; intl = f"+43 1 {r}"
    elif cc == "SE":
        pre = pick(["70", "72", "73", "76"]); r = d(7)
        nat = f"0{pre}-{r[:3]} {r[3:5]} {r[5:]}"; intl = f"+46 {pre} {r[:3]} {r[3:5]} {r[5:]}"
    elif cc == "NO":
        r = pick("49") + d(7); nat = f"{r[:3]} {r[3:5]} {r[5:]}"; intl = f"+47 {nat}"
    elif cc == "DK":
        r = pick("2345") + d(7); nat = " ".join(r[i:i+2] for i in range(0, 8, 2)); intl = f"+45 {nat}"
    elif cc == "PL":
        r = pick(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + d(7)
        nat = f"{r[:3]} {r[3:6]} {r[6:]}"; intl = f"+48 {nat}"
    elif cc == "IE":
        pre = pick(["83", "85", "86", "87", "89"]); r = n2(7)
        nat = f"0{pre} {r[:3]} {r[3:]}"; intl = f"+353 {pre} {r[:3]} {r[3:]}"
    elif cc == "PT":
        r = "9" + pick("1236") + d(7); nat = f"{r[:3]} {r[3:6]} {r[6:]}"; intl = f"+351 {nat}"
    elif cc == "BE":
        r = "4" + pick("5678") + d(7); nat = f"0{r[:3]} {r[3:5]} {r[5:7]} {r[7:]}"; intl = f"+32 {r[:3]} {r[3:5]} {r[5:7]} {r[7:]}"
    elif cc == "AU":
        if R.random() < .6:
            r = "4" + d(8); nat = f"0{r[:3]} {r[3:6]} {r[6:]}"; intl = f"+61 {r[:3]} {r[3:6]} {r[6:]}"
        else:
            ac, r = pick([("8", "8" + d(7)), ("2", "9" + d(7)), ("3", "9" + d(7)), ("7", "3" + d(7))])
            nat = f"(0{ac}) {r[:4]} {r[4:]}"; intl = f"+61 {ac} {r[:4]} {r[4:]}"
    elif cc == "NZ":
        pre = pick(["21", "22", "27"]); r = n2(7); nat = f"0{pre} {r[:3]} {r[3:]}"; intl = f"+64 {pre} {r[:3]} {r[3:]}"
    elif cc == "IN":
        if R.random() < .7:
            r = pick("6789") + d(9); nat = pick([f"{r[:5]} {r[5:]}", f"0{r[:5]} {r[5:]}"]); intl = pick([f"+91 {r[:5]} {r[5:]}", f"+91-{r[:5]}-{r[5:]}", f"+91 {r}"])
        else:
            ac, r = pick([("20", "2" + d(7)), ("11", "2" + d(7)), ("80", "2" + d(7)), ("22", "2" + d(7))])
            nat = f"0{ac}-{r}"; intl = f"+91 {ac} {r[:4]} {r[4:]}"
    elif cc == "JP":
        if R.random() < .6:
            pre = pick(["90", "80", "70"]); a, b = d(4), d(4); nat = f"0{pre}-{a}-{b}"; intl = pick([f"+81 {pre}-{a}-{b}", f"+81 {pre} {a} {b}"])
        else:
            if R.random() < .5: a, b = n2(3), d(4); nat = f"022-{a}-{b}"; intl = f"+81 22-{a}-{b}"
            else: a, b = n2(4), d(4); nat = f"03-{a}-{b}"; intl = f"+81 3-{a}-{b}"
    elif cc == "CN":
        if R.random() < .7:
            r = "1" + pick("3456789") + d(9); nat = f"{r[:3]} {r[3:7]} {r[7:]}"; intl = f"+86 {nat}"
        else:
            r = n2(8); nat = f"010-{r[:4]} {r[4:]}"; intl = f"+86 10 {r[:4]} {r[4:]}"
    elif cc == "KR":
        if R.random() < .7:
            a, b = n2(4), d(4); nat = f"010-{a}-{b}"; intl = f"+82 10-{a}-{b}"
        else:
            a, b = n2(3), d(4); nat = f"042-{a}-{b}"; intl = f"+82 42-{a}-{b}"
    elif cc == "BR":
        ac = pick(["19", "11", "21", "31", "51"])
        if R.random() < .7: a, b = "9" + d(4), d(4)
        else: a, b = pick("2345") + d(3), d(4)
        nat = f"({ac}) {a}-{b}"; intl = pick([f"+55 {ac} {a}-{b}", f"+55 ({ac}) {a}-{b}"])
    elif cc == "MX":
        if R.random() < .5: r = n2(8); nat = f"55 {r[:4]} {r[4:]}"; intl = f"+52 {nat}"
        else: r = n2(7); nat = f"477 {r[:3]} {r[3:]}"; intl = f"+52 {nat}"
    elif cc == "AR":
        a, b = pick("2345679") + d(3), d(4); nat = f"011 15-{a}-{b}"; intl = f"+54 9 11 {a}-{b}"
    elif cc == "CL":
        r = d(8); nat = f"9 {r[:4]} {r[4:]}"; intl = f"+56 9 {r[:4]} {r[4:]}"
    elif cc == "CO":
        r = "3" + pick("0125") + d(8); nat = f"{r[:3]} {r[3:6]} {r[6:]}"; intl = f"+57 {nat}"
    elif cc == "ZA":
        r = pick(["60", "61", "71", "72", "73", "74", "76", "79", "82", "83", "84"]) + d(7)
        nat = f"0{r[:2]} {r[2:5]} {r[5:]}"; intl = f"+27 {r[:2]} {r[2:5]} {r[5:]}"
    elif cc == "NG":
        r = pick(["803", "805", "806", "807", "813", "816", "703", "706", "903", "810"]) + d(7)
        nat = f"0{r[:3]} {r[3:6]} {r[6:]}"; intl = f"+234 {r[:3]} {r[3:6]} {r[6:]}"
    elif cc == "KE":
        r = "7" + pick("0129") + d(7); nat = f"0{r[:3]} {r[3:]}"; intl = f"+254 {r[:3]} {r[3:]}"
    elif cc == "SG":
        r = pick("89") + d(7); nat = f"{r[:4]} {r[4:]}"; intl = f"+65 {nat}"
    elif cc == "AE":
        r = "5" + pick("024568") + d(7); nat = f"0{r[:2]} {r[2:5]} {r[5:]}"; intl = f"+971 {r[:2]} {r[2:5]} {r[5:]}"
    elif cc == "TR":
        r = "5" + pick("0345") + d(8); nat = f"0{r[:3]} {r[3:6]} {r[6:8]} {r[8:]}"; intl = f"+90 {r[:3]} {r[3:6]} {r[6:8]} {r[8:]}"
    elif cc == "EG":
        r = "1" + pick("0125") + d(8); nat = f"0{r[:2]} {r[2:6]} {r[6:]}"; intl = f"+20 {r[:2]} {r[2:6]} {r[6:]}"
    elif cc == "ID":
        r = "81" + pick("123") + d(8); nat = f"0{r[:3]}-{r[3:7]}-{r[7:]}"; intl = f"+62 {r[:3]}-{r[3:7]}-{r[7:]}"
    elif cc == "VN":
        r = "9" + pick("0134678") + d(7); nat = f"0{r[:2]} {r[2:5]} {r[5:7]} {r[7:]}"; intl = f"+84 {r[:2]} {r[2:5]} {r[5:7]} {r[7:]}"
    elif cc == "PH":
        r = "9" + pick("1256789") + d(8); nat = f"0{r[:3]} {r[3:6]} {r[6:]}"; intl = f"+63 {r[:3]} {r[3:6]} {r[6:]}"
    elif cc == "GH":
        r = pick(["24", "54", "55", "20", "50"]) + d(7); nat = f"0{r[:2]} {r[2:5]} {r[5:]}"; intl = f"+233 {r[:2]} {r[2:5]} {r[5:]}"
    else:
        raise ValueError(cc)
    return nat, intl

PHONE_CCS = ["US", "CA", "GB", "DE", "FR", "NL", "ES", "IT", "CH", "AT", "SE", "NO", "DK", "PL", "IE", "PT", "BE",
             "AU", "NZ", "IN", "JP", "CN", "KR", "BR", "MX", "AR", "CL", "CO", "ZA", "NG", "KE", "SG", "AE", "TR", "EG", "ID", "VN", "PH", "GH"]
def phone(cc=None, intl=None):
    cc = cc or pick(PHONE_CCS)
    nat, inter = _phone(cc)
    if intl is None: intl = R.random() < .5
    v = inter if intl else nat
    PHONE_COUNTRY[v] = cc
    return v
def phone_e164(cc=None):
    v = phone(cc, True); e = "+" + "".join(ch for ch in v if ch.isdigit())
    e = e.replace("+490", "+49").replace("+430", "+43")
    PHONE_COUNTRY[e] = PHONE_COUNTRY[v]; del PHONE_COUNTRY[v]
    return e

# ---- credit cards --------------------------------------------------------------
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0
def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c): return body + c
BRANDS = {
    "visa": (lambda: "4" + digits(5), 16), "mastercard": (lambda: pick(["51", "52", "53", "54", "55", str(rint(2221, 2720))]), 16),
    "amex": (lambda: pick(["34", "37"]), 15), "discover": (lambda: pick(["6011", "65", str(rint(644, 649))]), 16),
    "jcb": (lambda: str(rint(3528, 3589)), 16), "diners": (lambda: "36", 14), "unionpay": (lambda: "62" + str(rint(2126, 2925))[:2], 16),
    "rupay": (lambda: pick(["6521", "6522", "508"]), 16), "elo": (lambda: pick(["636368", "504175", "509045", "650031"]), 16),
}
KNOWN_TEST = {"4111111111111111", "5555555555554444", "378282246310005", "4242424242424242", "6011111111111117"}
def card(brand=None, fmt=None):
    brand = brand or pick(list(BRANDS))
    pre, ln = BRANDS[brand]
    while True:
        n = luhn_complete(pre(), ln)
        if n not in KNOWN_TEST: break
    fmt = fmt or pick(["space", "space", "dash", "plain"])
    if ln == 15: groups = [n[:4], n[4:10], n[10:]]
    elif ln == 14: groups = [n[:4], n[4:10], n[10:]]
    else: groups = [n[i:i+4] for i in range(0, ln, 4)]
    v = {"space": " ".join(groups), "dash": "-".join(groups), "plain": n}[fmt]
    CARD_BRAND[v] = brand
    return v

# ---- SSN -------------------------------------------------------------------------
BAD_SSN = {"078-05-1120", "219-09-9999"}
def ssn(fmt="dash"):
    while True:
        a = rint(1, 899)
        if a == 666: continue
        g, s = rint(1, 99), rint(1, 9999)
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if v not in BAD_SSN: break
    return {"dash": v, "space": v.replace("-", " "), "plain": v.replace("-", "")}[fmt]
def ssn_ok(v):
    x = v.replace("-", "").replace(" ", "")
    if len(x) != 9 or not x.isdigit(): return False
    a, g, s = int(x[:3]), int(x[3:5]), int(x[5:])
    return 1 <= a <= 899 and a != 666 and g >= 1 and s >= 1 and v.replace(" ", "-") not in BAD_SSN

# ---- IBAN -------------------------------------------------------------------------
IBAN_SPEC = {  # country: list of (length, kind[n=digit,a=upper,c=alnum]) or fixed strings
 "DE": [(8, "n"), (10, "n")], "GB": [("BANK",), (6, "n"), (8, "n")], "FR": [(5, "n"), (5, "n"), (11, "n"), (2, "n")],
 "ES": [(4, "n"), (4, "n"), (2, "n"), (10, "n")], "IT": [(1, "a"), (5, "n"), (5, "n"), (12, "n")], "NL": [("BANK",), (10, "n")],
 "BE": [(3, "n"), (7, "n"), (2, "n")], "CH": [(5, "n"), (12, "n")], "AT": [(5, "n"), (11, "n")], "IE": [("BANK",), (6, "n"), (8, "n")],
 "PL": [(8, "n"), (16, "n")], "PT": [(4, "n"), (4, "n"), (11, "n"), (2, "n")], "SE": [(3, "n"), (17, "n")], "NO": [(4, "n"), (6, "n"), (1, "n")],
 "DK": [(4, "n"), (9, "n"), (1, "n")], "FI": [(6, "n"), (7, "n"), (1, "n")], "BR": [(8, "n"), (5, "n"), (10, "n"), ("C",), ("1",)],
 "AE": [(3, "n"), (16, "n")], "SA": [(2, "n"), (18, "n")], "TR": [(5, "n"), ("0",), (16, "n")], "LU": [(3, "n"), (13, "n")],
 "GR": [(3, "n"), (4, "n"), (16, "n")], "RO": [("BANK",), (16, "n")], "CZ": [(4, "n"), (6, "n"), (10, "n")], "EG": [(4, "n"), (4, "n"), (17, "n")],
 "PK": [("BANK",), (16, "n")], "HU": [(3, "n"), (4, "n"), (1, "n"), (15, "n"), (1, "n")],
}
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "IE": 22, "PL": 28, "PT": 25,
            "SE": 24, "NO": 15, "DK": 18, "FI": 18, "BR": 29, "AE": 23, "SA": 24, "TR": 26, "LU": 20, "GR": 27, "RO": 24, "CZ": 24,
            "EG": 29, "PK": 24, "HU": 28}
BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "NL": ["ABNA", "RABO", "INGB", "TRIO"], "IE": ["AIBK", "BOFI"],
         "RO": ["BTRL", "RNCB", "BRDE"], "PK": ["HABB", "MEZN", "UNIL"]}
def iban_check(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"
def iban_ok(v):
    x = v.replace(" ", "")
    if len(x) != IBAN_LEN.get(x[:2], -1): return False
    num = "".join(str(int(ch, 36)) for ch in x[4:] + x[:4])
    return int(num) % 97 == 1
def iban(cc=None, grouped=None):
    cc = cc or pick(list(IBAN_SPEC))
    parts = []
    for p in IBAN_SPEC[cc]:
        if p[0] == "BANK": parts.append(pick(BANKS[cc]))
        elif isinstance(p[0], str): parts.append(p[0])
        else:
            n, k = p
            parts.append(digits(n) if k == "n" else rstr(n, UP))
    if cc == "DE": parts[0] = str(rint(1, 8)) + parts[0][1:]
    bban = "".join(parts)
    v = cc + iban_check(cc, bban) + bban
    assert len(v) == IBAN_LEN[cc], (cc, len(v))
    if grouped is None: grouped = R.random() < .6
    if grouped: v = " ".join(v[i:i+4] for i in range(0, len(v), 4))
    IBAN_COUNTRY[v] = cc
    return v

# ---- IPv4 -------------------------------------------------------------------------
def ip(kind=None):
    kind = kind or pick(["public", "public", "public", "private", "doc"])
    if kind == "private":
        return pick([f"10.{rint(0,255)}.{rint(0,255)}.{rint(1,254)}", f"172.{rint(16,31)}.{rint(0,255)}.{rint(1,254)}", f"192.168.{rint(0,255)}.{rint(1,254)}"])
    if kind == "doc":
        return pick(["192.0.2", "198.51.100", "203.0.113"]) + f".{rint(1,254)}"
    if kind == "loopback": return "127.0.0.1"
    if kind == "cgnat": return f"100.{rint(64,127)}.{rint(0,255)}.{rint(1,254)}"
    while True:
        a = rint(1, 223)
        if a in (10, 100, 127, 169, 172, 192, 198, 203, 0): continue
        return f"{a}.{rint(0,255)}.{rint(0,255)}.{rint(1,254)}"

# ---- e-mail -------------------------------------------------------------------------
FREEMAIL = ["mailbox.example", "post.example", "inbox.example", "webmail.example", "correo.example", "posteo.example", "yubin.example"]
def email(f, l, kind=None):
    f2, l2 = ascii_slug(f).replace("-", ""), ascii_slug(l).replace("-", "")
    kind = kind or pick(["uni", "uni", "student", "free", "partner"])
    if kind == "uni": return f"{f2}.{l2}@{DOM}"
    if kind == "student": return f"{f2[:1]}{l2}{rint(10,99)}@student.{DOM}"
    if kind == "partner": return f"{f2}.{l2}@{pick(['nhu.example', 'hanbit.example', 'upsur.example', 'pnw-torun.example', 'laurentine.example'])}"
    return pick([f"{f2}{l2}{rint(1,99)}@", f"{f2}.{l2}@", f"{l2}.{f2[:1]}{rint(70,99)}@"]) + pick(FREEMAIL)
