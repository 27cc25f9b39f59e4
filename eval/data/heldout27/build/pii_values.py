"""Random PII values in real formats (all fictional, drawn from system randomness)."""
from common import *  # noqa


# ---------------- phone numbers ----------------
US_AREAS = ["212", "213", "206", "303", "312", "404", "415", "503", "512", "602", "617", "646", "702", "713", "718",
            "773", "786", "818", "832", "917", "919", "971", "980", "480", "614", "651", "720", "737"]
CA_AREAS = ["416", "604", "514", "403", "613", "902", "647", "778"]


def _n(k):
    return digits(k)


def _nanp_parts(areas):
    a = pick(areas)
    ex = pick("23456789") + digits(2)
    while ex[1:] == "11" or ex == "555":
        ex = pick("23456789") + digits(2)
    return a, ex, digits(4)


def phone(country=None):
    """Return a phone number string formatted in one of the usual national/international styles."""
    c = country or pick(list(PHONE_FMT))
    return PHONE_FMT[c](), c


def _us():
    a, e, l = _nanp_parts(US_AREAS)
    return pick([f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"+1 {a} {e} {l}", f"+1-{a}-{e}-{l}", f"1-{a}-{e}-{l}", f"+1 ({a}) {e}-{l}"])


def _ca():
    a, e, l = _nanp_parts(CA_AREAS)
    return pick([f"({a}) {e}-{l}", f"+1 {a}-{e}-{l}", f"{a}-{e}-{l}"])


def _gb():
    mob = "7" + pick("45789") + digits(2)
    rest = digits(6)
    land = pick(["20 " + pick("378") + digits(3) + " " + digits(4), "161 " + pick("2345678") + digits(2) + " " + digits(4), "131 " + pick("2345") + digits(2) + " " + digits(4), "117 " + pick("2349") + digits(2) + " " + digits(4)])
    return pick([f"0{mob} {rest}", f"+44 {mob} {rest}", f"+44 (0){mob} {rest[:3]} {rest[3:]}", f"0{land}", f"+44 {land}"])


def _de():
    mob = "1" + pick(["51", "52", "57", "60", "62", "70", "71", "76"])
    city = pick(["30", "40", "89", "69", "221", "711"])
    sub = digits(8 if len(city) == 2 else 7, True)
    m = digits(8, True)
    return pick([f"+49 {mob} {m}", f"0{mob} {m[:4]} {m[4:]}", f"+49 {city} {sub}", f"0{city} {sub}", f"+49 (0){city} {sub}", f"0{city}/{sub}"])


def _fr():
    p = [digits(2) for _ in range(4)]
    lead = pick(["6", "7", "1", "4", "9"])
    return pick([f"+33 {lead} {' '.join(p)}", f"0{lead} {' '.join(p)}", f"0{lead}.{'.'.join(p)}", f"+33 (0){lead} {' '.join(p)}"])


def _es():
    d = pick("67") + digits(8)
    l = "9" + pick("1356") + digits(7)
    return pick([f"+34 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+34 {d[:3]} {d[3:6]} {d[6:]}", f"{l[:3]} {l[3:6]} {l[6:]}"])


def _it():
    m = "3" + pick(["20", "33", "35", "38", "47", "49"]) + digits(7)
    return pick([f"+39 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]} {m[3:]}", f"+39 06 {digits(4)} {digits(4)}", f"02 {digits(4)} {digits(4)}"])


def _nl():
    m = digits(8, True)
    return pick([f"+31 6 {m}", f"06-{m}", f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}", f"+31 20 {digits(3)} {digits(4)}", f"020-{digits(3)} {digits(4)}"])


def _be():
    return pick([f"+32 47{pick('0123456789')} {digits(2)} {digits(2)} {digits(2)}", f"04{pick('789')}{digits(1)} {digits(2)} {digits(2)} {digits(2)}", f"+32 2 {digits(3)} {digits(2)} {digits(2)}"])


def _ch():
    return pick([f"+41 7{pick('6789')} {digits(3)} {digits(2)} {digits(2)}", f"07{pick('6789')} {digits(3)} {digits(2)} {digits(2)}", f"+41 44 {digits(3)} {digits(2)} {digits(2)}"])


def _at():
    return pick([f"+43 6{pick(['64', '60', '76', '99'])} {digits(7, True)}", f"+43 1 {digits(7, True)}", f"06{pick(['64', '76'])} {digits(3)} {digits(4)}"])


def _se():
    return pick([f"+46 7{pick('0236')} {digits(3)} {digits(2)} {digits(2)}", f"07{pick('0236')}-{digits(3)} {digits(2)} {digits(2)}", f"08-{digits(3)} {digits(3)} {digits(2)}"[:15]])


def _no():
    return pick([f"+47 {pick('49')}{digits(2)} {digits(2)} {digits(3)}", f"+47 {pick('49')}{digits(7)}", f"{pick('49')}{digits(2)} {digits(2)} {digits(3)}"])


def _dk():
    return pick([f"+45 {pick('23456')}{digits(1)} {digits(2)} {digits(2)} {digits(2)}", f"+45 {pick('23456')}{digits(7)}"])


def _pl():
    return pick([f"+48 {pick('5678')}{digits(2)} {digits(3)} {digits(3)}", f"{pick('5678')}{digits(2)}-{digits(3)}-{digits(3)}", f"+48 22 {digits(3)} {digits(2)} {digits(2)}"])


def _ie():
    return pick([f"+353 8{pick('35679')} {digits(3)} {digits(4)}", f"08{pick('35679')} {digits(3)} {digits(4)}", f"+353 1 {digits(3)} {digits(4)}"])


def _pt():
    return pick([f"+351 9{pick('1236')}{digits(1)} {digits(3)} {digits(3)}", f"9{pick('1236')}{digits(1)} {digits(3)} {digits(3)}"])


def _in():
    m = pick("6789") + digits(9)
    return pick([f"+91 {m[:5]} {m[5:]}", f"+91-{m}", f"0{m[:5]} {m[5:]}", f"+91 80 {digits(4)} {digits(4)}"])


def _br():
    ddd = pick(["11", "21", "31", "41", "51", "61", "71", "81"])
    return pick([f"+55 {ddd} 9{digits(4)}-{digits(4)}", f"({ddd}) 9{digits(4)}-{digits(4)}", f"+55 ({ddd}) {pick('2345')}{digits(3)}-{digits(4)}"])


def _mx():
    return pick([f"+52 55 {digits(4)} {digits(4)}", f"+52 1 33 {digits(4)} {digits(4)}", f"55 {digits(4)} {digits(4)}", f"+52 81 {digits(4)} {digits(4)}"])


def _ar():
    return pick([f"+54 9 11 {digits(4)}-{digits(4)}", f"+54 11 {digits(4)}-{digits(4)}", f"011 {digits(4)}-{digits(4)}"])


def _jp():
    return pick([f"+81 90-{digits(4)}-{digits(4)}", f"090-{digits(4)}-{digits(4)}", f"080-{digits(4)}-{digits(4)}", f"03-{digits(4)}-{digits(4)}", f"+81 3-{digits(4)}-{digits(4)}", f"06-{digits(4)}-{digits(4)}"])


def _kr():
    return pick([f"+82 10-{digits(4)}-{digits(4)}", f"010-{digits(4)}-{digits(4)}", f"02-{digits(3)}-{digits(4)}"])


def _cn():
    m = "1" + pick(["38", "39", "35", "86", "59", "77"]) + digits(8)
    return pick([f"+86 {m[:3]} {m[3:7]} {m[7:]}", f"+86 {m}", f"{m[:3]}-{m[3:7]}-{m[7:]}", f"+86 10 {digits(4)} {digits(4)}"])


def _sg():
    return pick([f"+65 {pick('89')}{digits(3)} {digits(4)}", f"{pick('89')}{digits(3)} {digits(4)}", f"+65 6{digits(3)} {digits(4)}"])


def _au():
    return pick([f"+61 4{digits(2)} {digits(3)} {digits(3)}", f"04{digits(2)} {digits(3)} {digits(3)}", f"(0{pick('2378')}) {pick('3456789')}{digits(3)} {digits(4)}", f"+61 {pick('2378')} {pick('3456789')}{digits(3)} {digits(4)}"])


def _nz():
    return pick([f"+64 2{pick('127')} {digits(3)} {digits(4)}", f"02{pick('127')} {digits(3)} {digits(4)}", f"+64 9 {digits(3)} {digits(4)}"])


def _za():
    return pick([f"+27 {pick(['82', '83', '72', '79', '61'])} {digits(3)} {digits(4)}", f"0{pick(['82', '83', '72'])} {digits(3)} {digits(4)}", f"+27 21 {digits(3)} {digits(4)}"])


def _ng():
    return pick([f"+234 {pick(['803', '806', '813', '703', '810'])} {digits(3)} {digits(4)}", f"0{pick(['803', '806', '813'])} {digits(3)} {digits(4)}"])


def _ke():
    return pick([f"+254 7{digits(2)} {digits(6)}", f"07{digits(2)} {digits(3)} {digits(3)}"])


def _ae():
    return pick([f"+971 5{pick('02568')} {digits(3)} {digits(4)}", f"05{pick('0256')} {digits(3)} {digits(4)}", f"+971 4 {digits(3)} {digits(4)}"])


def _il():
    return pick([f"+972 5{pick('02348')}-{digits(3)}-{digits(4)}", f"05{pick('0234')}-{digits(3)}-{digits(4)}"])


def _tr():
    return pick([f"+90 5{pick('0345')}{digits(1)} {digits(3)} {digits(2)} {digits(2)}", f"0 (5{pick('34')}{digits(1)}) {digits(3)} {digits(2)} {digits(2)}"])


def _ph():
    return pick([f"+63 9{digits(2)} {digits(3)} {digits(4)}", f"09{digits(2)} {digits(3)} {digits(4)}"])


def _fi():
    return pick([f"+358 40 {digits(3)} {digits(4)}", f"040 {digits(3)} {digits(4)}", f"+358 9 {digits(4)} {digits(3)}"])


def _cz():
    return pick([f"+420 {pick('67')}{digits(2)} {digits(3)} {digits(3)}", f"{pick('67')}{digits(2)} {digits(3)} {digits(3)}"])


def _hu():
    return pick([f"+36 {pick(['20', '30', '70'])} {digits(3)} {digits(4)}", f"06 {pick(['20', '30', '70'])} {digits(3)} {digits(4)}"])


def _ro():
    return pick([f"+40 7{pick('2345')}{digits(1)} {digits(3)} {digits(3)}", f"07{pick('2345')}{digits(1)} {digits(3)} {digits(3)}"])


def _hr():
    return pick([f"+385 9{pick('1258')} {digits(3)} {digits(4)}", f"09{pick('1258')} {digits(3)} {digits(4)}"])


def _sk():
    return pick([f"+421 9{digits(2)} {digits(3)} {digits(3)}", f"09{digits(2)} {digits(3)} {digits(3)}"])


def _gr():
    return pick([f"+30 69{digits(1)} {digits(3)} {digits(4)}", f"+30 21{digits(1)} {digits(3)} {digits(4)}"])


def _lu():
    return pick([f"+352 621 {digits(3)} {digits(3)}", f"+352 {digits(2)} {digits(2)} {digits(2)}"])


PHONE_FMT = {"US": _us, "CA": _ca, "GB": _gb, "DE": _de, "FR": _fr, "ES": _es, "IT": _it, "NL": _nl, "BE": _be, "CH": _ch,
             "AT": _at, "SE": _se, "NO": _no, "DK": _dk, "PL": _pl, "IE": _ie, "PT": _pt, "IN": _in, "BR": _br, "MX": _mx,
             "AR": _ar, "JP": _jp, "KR": _kr, "CN": _cn, "SG": _sg, "AU": _au, "NZ": _nz, "ZA": _za, "NG": _ng, "KE": _ke,
             "AE": _ae, "IL": _il, "TR": _tr, "PH": _ph, "FI": _fi, "CZ": _cz, "HU": _hu, "RO": _ro,
             "HR": _hr, "SK": _sk, "GR": _gr, "LU": _lu}


def ph(country=None):
    return phone(country)[0]


# ---------------- e-mail ----------------
FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de", "web.de", "hotmail.co.uk",
            "orange.fr", "libero.it", "yahoo.co.jp", "naver.com", "qq.com", "mail.ru", "fastmail.com", "zoho.com"]


def email(first=None, last=None, domain=None):
    f, l = (first, last) if first else person()
    f = f.lower()
    l = l.lower().replace("-", "")
    d = domain or (pick(FREEMAIL) if R.random() < 0.6 else org()[1])
    local = pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{R.randint(1, 99)}", f"{f}_{l}", f"{l}.{f}", f"{f}.{l}{R.randint(70, 99)}", f"{f[0]}.{l}", f"{f}+orders"])
    return f"{local}@{d}"


# ---------------- SSN ----------------
def ssn(style=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    style = style or pick(["dash", "dash", "dash", "space", "plain"])
    if style == "dash":
        return f"{a:03d}-{g:02d}-{s:04d}"
    if style == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


# ---------------- credit cards ----------------
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def _luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card(network=None, style=None):
    network = network or pick(["visa", "visa", "visa", "mc", "mc", "amex", "discover", "jcb", "diners", "unionpay"])
    if network == "visa":
        n = _luhn_complete("4", 16)
    elif network == "mc":
        n = _luhn_complete(pick([str(R.randint(51, 55)), str(R.randint(2221, 2720))]), 16)
    elif network == "amex":
        n = _luhn_complete(pick(["34", "37"]), 15)
    elif network == "discover":
        n = _luhn_complete(pick(["6011", "65", str(R.randint(644, 649))]), 16)
    elif network == "jcb":
        n = _luhn_complete(str(R.randint(3528, 3589)), 16)
    elif network == "diners":
        n = _luhn_complete(pick(["36", "38"]), 14)
    else:
        n = _luhn_complete("62" + digits(1), pick([16, 19]))
    style = style or pick(["space", "space", "dash", "plain"])
    if style == "plain":
        return n
    sep = " " if style == "space" else "-"
    if len(n) == 15:
        parts = [n[:4], n[4:10], n[10:]]
    elif len(n) == 14:
        parts = [n[:4], n[4:10], n[10:]]
    elif len(n) == 19:
        parts = [n[:4], n[4:8], n[8:12], n[12:16], n[16:]]
    else:
        parts = [n[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(parts)


def card_network(n):
    d = "".join(c for c in n if c.isdigit())
    if d[0] == "4":
        return "Visa"
    if d[:2] in ("34", "37"):
        return "American Express"
    if d[:2] in ("36", "38"):
        return "Diners Club"
    if d[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(d[:4]) <= 2720:
        return "Mastercard"
    if d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649:
        return "Discover"
    if 3528 <= int(d[:4]) <= 3589:
        return "JCB"
    if d.startswith("62"):
        return "UnionPay"
    return "card"


# ---------------- IPv4 ----------------
def ip_public():
    while True:
        a = R.randint(1, 223)
        if a in (10, 100, 127, 169, 172, 192, 198, 203, 0):
            continue
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ip_private():
    return pick([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                 f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                 f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def ip():
    return ip_public() if R.random() < 0.7 else ip_private()


# ---------------- IBAN ----------------
A = UP
N = DI
C_ = UP + DI
IBAN_SPEC = {  # country: list of (count, alphabet)
    "DE": [(18, N)], "GB": [(4, A), (14, N)], "FR": [(10, N), (11, N), (2, N)], "ES": [(20, N)],
    "IT": [(1, A), (10, N), (12, N)], "NL": [(4, A), (10, N)], "BE": [(12, N)], "AT": [(16, N)],
    "CH": [(5, N), (12, N)], "PL": [(24, N)], "SE": [(20, N)], "DK": [(14, N)], "NO": [(11, N)],
    "FI": [(14, N)], "IE": [(4, A), (14, N)], "PT": [(21, N)], "LU": [(3, N), (13, C_)], "CZ": [(20, N)],
    "HU": [(24, N)], "GR": [(7, N), (16, N)], "RO": [(4, A), (16, C_)], "SA": [(2, N), (18, N)],
    "AE": [(19, N)], "TR": [(5, N), (1, "0"), (16, N)], "HR": [(17, N)], "SK": [(20, N)],
}
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "AT": 20, "CH": 21, "PL": 28, "SE": 24,
            "DK": 18, "NO": 15, "FI": 18, "IE": 22, "PT": 25, "LU": 20, "CZ": 24, "HU": 28, "GR": 27, "RO": 24, "SA": 24,
            "AE": 23, "TR": 26, "HR": 21, "SK": 24}


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(s):
    s = s.replace(" ", "")
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return int(_num(s[4:] + s[:4])) % 97 == 1


def iban(country=None, style=None):
    cc = country or pick(list(IBAN_SPEC))
    bban = "".join(rs(n, alph) for n, alph in IBAN_SPEC[cc])
    chk = 98 - int(_num(bban + cc + "00")) % 97
    v = f"{cc}{chk:02d}{bban}"
    assert len(v) == IBAN_LEN[cc] and iban_ok(v), (cc, v)
    style = style or pick(["print", "print", "electronic"])
    if style == "print":
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v
