# -*- coding: utf-8 -*-
"""Random but structurally valid PII values (phones under national numbering
plans, Luhn-valid cards, mod-97 IBANs, SSA-rule SSNs, public IPv4) and
look-alike values that are not PII."""
from common import rstr, DIG, UPPER, luhn_ok, luhn_complete

# ------------------------------------------------------------------ phones
def _d(rng, n):
    return rstr(rng, DIG, n)


def _nz(rng, n):
    return rng.choice("23456789") + _d(rng, n - 1)


US_AREAS = ["212", "213", "206", "214", "303", "305", "312", "313", "404", "415", "503", "512", "617", "646", "702",
            "713", "718", "773", "808", "917", "919", "972", "480", "612", "704", "614"]
CA_AREAS = ["416", "604", "514", "403", "613", "780", "902"]


def _nanp(rng, areas):
    a = rng.choice(areas)
    while True:
        e = _nz(rng, 3)
        if e[1:] != "11" and e != "555":
            break
    l = _d(rng, 4)
    return rng.choice(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "+1-%s-%s-%s", "+1%s%s%s", "%s.%s.%s", "+1 (%s) %s-%s"]) % (a, e, l)


def ph_us(rng):
    return _nanp(rng, US_AREAS)


def ph_ca(rng):
    return _nanp(rng, CA_AREAS)


def ph_uk(rng):
    if rng.random() < 0.7:
        while True:
            n = "7" + rng.choice("45789") + _d(rng, 8)
            if not n.startswith("7700900"):
                break
        return rng.choice(["0%s %s" % (n[:4], n[4:]), "+44 %s %s" % (n[:4], n[4:]), "+44 (0)%s %s" % (n[:4], n[4:]), "+44%s" % n])
    while True:
        s = rng.choice("378") + _d(rng, 7)
        if not s.startswith("79460"):
            break
    return rng.choice(["020 %s %s" % (s[:4], s[4:]), "+44 20 %s %s" % (s[:4], s[4:])])


DE_MOB = ["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"]


def ph_de(rng):
    if rng.random() < 0.7:
        p = rng.choice(DE_MOB)
        s = _d(rng, 8 if p.startswith("15") else rng.choice([7, 8]))
        return rng.choice(["0%s %s" % (p, s), "+49 %s %s" % (p, s), "+49 (0)%s %s" % (p, s), "0%s/%s" % (p, s)])
    city, n = rng.choice([("30", 8), ("89", 7), ("40", 8), ("69", 8), ("221", 7)])
    s = _nz(rng, n)
    return rng.choice(["0%s %s" % (city, s), "+49 %s %s" % (city, s)])


def _pairs(s):
    return " ".join(s[i:i + 2] for i in range(0, len(s), 2))


def ph_fr(rng):
    first = rng.choice(["6", "7", "1", "4"])
    rest = _d(rng, 8)
    if first == "7":
        rest = rng.choice("3456789") + rest[1:]
    n = first + rest
    return rng.choice(["0" + _pairs(n)[0:1] + " " + _pairs(n[1:]), "+33 %s %s" % (n[0], _pairs(n[1:])), "0%s.%s" % (n[0], _pairs(n[1:]).replace(" ", "."))])


def ph_es(rng):
    n = rng.choice(["6", "7"]) + (_d(rng, 8) if True else "")
    if n[0] == "7":
        n = "7" + rng.choice("1234") + n[2:]
    return rng.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "+34 %s %s %s" % (n[:3], n[3:6], n[6:]), "+34 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])])


def ph_it(rng):
    n = "3" + rng.choice("1234789") + _d(rng, 8)
    return rng.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "+39 %s %s %s" % (n[:3], n[3:6], n[6:]), "+39 %s %s" % (n[:3], n[3:])])


def ph_nl(rng):
    if rng.random() < 0.7:
        s = rng.choice("12345") + _d(rng, 7)
        return rng.choice(["06-%s" % s, "06 %s" % s, "+31 6 %s" % s, "+31 (0)6 %s" % s])
    s = _nz(rng, 7)
    return rng.choice(["020-%s" % s, "+31 20 %s %s" % (s[:3], s[3:])])


def ph_in(rng):
    n = rng.choice("6789") + _d(rng, 9)
    return rng.choice(["+91 %s %s" % (n[:5], n[5:]), "+91-%s" % n, "0%s %s" % (n[:5], n[5:]), "+91 %s" % n])


def ph_jp(rng):
    if rng.random() < 0.7:
        p = rng.choice(["90", "80", "70"])
        a, b = _nz(rng, 4), _d(rng, 4)
        return rng.choice(["0%s-%s-%s" % (p, a, b), "+81 %s-%s-%s" % (p, a, b), "+81 %s %s %s" % (p, a, b)])
    a, b = _nz(rng, 4), _d(rng, 4)
    return rng.choice(["03-%s-%s" % (a, b), "+81 3-%s-%s" % (a, b)])


def ph_cn(rng):
    p = rng.choice(["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "158", "159",
                    "177", "180", "186", "187", "188", "189", "199"])
    a, b = _d(rng, 4), _d(rng, 4)
    return rng.choice(["+86 %s %s %s" % (p, a, b), "%s-%s-%s" % (p, a, b), "%s %s %s" % (p, a, b), "+86-%s%s%s" % (p, a, b)])


def ph_br(rng):
    ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
    a, b = "9" + _nz(rng, 4)[1:] if False else "9" + rng.choice("6789") + _d(rng, 3), _d(rng, 4)
    return rng.choice(["(%s) %s-%s" % (ddd, a, b), "+55 %s %s-%s" % (ddd, a, b), "+55 (%s) %s-%s" % (ddd, a, b)])


def ph_au(rng):
    if rng.random() < 0.7:
        while True:
            n = "4" + _d(rng, 8)
            if not n.startswith("491570"):
                break
        return rng.choice(["0%s %s %s" % (n[:3], n[3:6], n[6:]), "+61 %s %s %s" % (n[:3], n[3:6], n[6:])])
    s = rng.choice("89") + _d(rng, 7)
    return rng.choice(["(02) %s %s" % (s[:4], s[4:]), "+61 2 %s %s" % (s[:4], s[4:])])


def ph_mx(rng):
    city = rng.choice(["55", "81", "33"])
    s = _nz(rng, 8)
    return rng.choice(["+52 %s %s %s" % (city, s[:4], s[4:]), "%s %s %s" % (city, s[:4], s[4:]), "+52 1 %s %s %s" % (city, s[:4], s[4:])])


def ph_kr(rng):
    a, b = _nz(rng, 4), _d(rng, 4)
    return rng.choice(["010-%s-%s" % (a, b), "+82 10-%s-%s" % (a, b), "+82 10 %s %s" % (a, b)])


def ph_sg(rng):
    n = rng.choice("89") + _d(rng, 7)
    return rng.choice(["+65 %s %s" % (n[:4], n[4:]), "+65 %s" % n, "%s %s" % (n[:4], n[4:])])


def ph_za(rng):
    p = rng.choice(["60", "61", "62", "63", "64", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"])
    a, b = _d(rng, 3), _d(rng, 4)
    return rng.choice(["0%s %s %s" % (p, a, b), "+27 %s %s %s" % (p, a, b)])


def ph_ng(rng):
    p = rng.choice(["703", "706", "803", "806", "810", "813", "814", "816", "903", "906", "802", "808", "812", "701", "805", "807"])
    a, b = _d(rng, 3), _d(rng, 4)
    return rng.choice(["0%s %s %s" % (p, a, b), "+234 %s %s %s" % (p, a, b), "+234%s%s%s" % (p, a, b)])


def ph_pl(rng):
    p = rng.choice(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"])
    n = p + _d(rng, 7)
    return rng.choice(["+48 %s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s" % (n[:3], n[3:6], n[6:]), "+48 %s-%s-%s" % (n[:3], n[3:6], n[6:])])


def ph_se(rng):
    p = rng.choice(["70", "72", "73", "76", "79"])
    a, b, c = _d(rng, 3), _d(rng, 2), _d(rng, 2)
    return rng.choice(["0%s-%s %s %s" % (p, a, b, c), "+46 %s %s %s %s" % (p, a, b, c), "+46 (0)%s-%s %s %s" % (p, a, b, c)])


def ph_ch(rng):
    p = rng.choice(["76", "77", "78", "79"])
    a, b, c = _d(rng, 3), _d(rng, 2), _d(rng, 2)
    return rng.choice(["0%s %s %s %s" % (p, a, b, c), "+41 %s %s %s %s" % (p, a, b, c)])


def ph_ie(rng):
    p = rng.choice(["83", "85", "86", "87", "89"])
    a, b = _d(rng, 3), _d(rng, 4)
    return rng.choice(["0%s %s %s" % (p, a, b), "+353 %s %s %s" % (p, a, b)])


def ph_ae(rng):
    p = rng.choice(["50", "52", "54", "55", "56", "58"])
    a, b = _d(rng, 3), _d(rng, 4)
    return rng.choice(["0%s %s %s" % (p, a, b), "+971 %s %s %s" % (p, a, b)])


PHONES = {
    "US": (ph_us, ["Phone", "Mobile", "Cell", "Tel"]), "CA": (ph_ca, ["Phone", "Cell", "Tel"]),
    "UK": (ph_uk, ["Mobile", "Tel", "Phone"]), "DE": (ph_de, ["Tel.", "Mobil", "Handy", "Telefon"]),
    "FR": (ph_fr, ["Tél.", "Portable", "Mobile"]), "ES": (ph_es, ["Tel.", "Móvil", "Teléfono"]),
    "IT": (ph_it, ["Tel.", "Cellulare", "Cell."]), "NL": (ph_nl, ["Tel.", "Mobiel"]),
    "IN": (ph_in, ["Mobile", "Ph.", "Phone"]), "JP": (ph_jp, ["電話", "携帯", "TEL"]),
    "CN": (ph_cn, ["手机", "电话", "Tel"]), "BR": (ph_br, ["Celular", "Tel.", "WhatsApp"]),
    "AU": (ph_au, ["Mobile", "Ph", "Phone"]), "MX": (ph_mx, ["Tel.", "Celular", "WhatsApp"]),
    "KR": (ph_kr, ["휴대폰", "전화", "Tel"]), "SG": (ph_sg, ["Mobile", "HP", "Tel"]),
    "ZA": (ph_za, ["Cell", "Tel"]), "NG": (ph_ng, ["Phone", "Mobile", "WhatsApp"]),
    "PL": (ph_pl, ["Tel.", "Kom."]), "SE": (ph_se, ["Mobil", "Tel."]), "CH": (ph_ch, ["Natel", "Tel.", "Mobile"]),
    "IE": (ph_ie, ["Mobile", "Tel"]), "AE": (ph_ae, ["Mobile", "Tel"]),
}


def phone(rng, country):
    f, labels = PHONES[country]
    return f(rng), rng.choice(labels)


# ------------------------------------------------------------------ emails
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me", "gmx.de", "web.de",
                    "orange.fr", "libero.it", "naver.com", "qq.com", "yahoo.co.jp", "mail.ru", "uol.com.br", "btinternet.com"]


def _ascii(s):
    return "".join(c for c in s.lower() if c.isalnum())


def email(rng, first, last, company_domain=None):
    f, l = _ascii(first), _ascii(last)
    dom = company_domain if company_domain and rng.random() < 0.5 else rng.choice(PERSONAL_DOMAINS)
    local = rng.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, rng.randint(1, 99)), "%s%s%d" % (f, l[0], rng.randint(70, 99)),
                        "%s.%s+%s" % (f, l, rng.choice(["orders", "work", "news"])), "%s.%s" % (l, f)])
    return local + "@" + dom


# ------------------------------------------------------------------ SSN
def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        grp, ser = rng.randint(1, 99), rng.randint(1, 9999)
        s = "%03d%02d%04d" % (area, grp, ser)
        if s in ("078051120", "219099999", "123456789"):
            continue
        break
    style = rng.random()
    if style < 0.75:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if style < 0.88:
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    return s


# ------------------------------------------------------------------ cards
def card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb", "diners", "unionpay"])
    if brand == "visa":
        num = luhn_complete("4" + _d(rng, 14))
    elif brand == "mastercard":
        pre = str(rng.randint(51, 55)) if rng.random() < 0.7 else str(rng.randint(2221, 2720))
        num = luhn_complete(pre + _d(rng, 15 - len(pre)))
    elif brand == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + _d(rng, 12))
    elif brand == "discover":
        pre = rng.choice(["6011", "65", "644", "645", "649"])
        num = luhn_complete(pre + _d(rng, 15 - len(pre)))
    elif brand == "jcb":
        pre = str(rng.randint(3528, 3589))
        num = luhn_complete(pre + _d(rng, 11))
    elif brand == "diners":
        num = luhn_complete("36" + _d(rng, 11))
    else:
        num = luhn_complete("62" + _d(rng, 13))
    if num in ("4111111111111111", "4242424242424242", "5555555555554444", "378282246310005"):
        return card(rng, brand)
    sep = rng.choice([" ", " ", "-", ""])
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    elif len(num) == 14:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(g), brand


def card_fail_luhn(rng):
    while True:
        n = "4" + _d(rng, 15)
        if not luhn_ok(n):
            return " ".join(n[i:i + 4] for i in range(0, 16, 4))


# ------------------------------------------------------------------ IBAN
def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def _es_dc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(digits):
        v = 11 - sum(int(d) * w[i] for i, d in enumerate(digits)) % 11
        return {11: 0, 10: 1}.get(v, v)
    return "%d%d" % (dc("00" + bank + branch), dc(acct))


def _fr_rib(bank, branch, acct):
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return "%02d" % k


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]


def _it_cin(abi, cab, acct):
    s = abi + cab + acct
    tot = 0
    for i, ch in enumerate(s):
        d = int(ch)
        tot += _IT_ODD[d] if i % 2 == 0 else d
    return UPPER[tot % 26]


def _no_check(s):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(c) * w[i] for i, c in enumerate(s)) % 11
    return None if r == 1 else str(0 if r == 0 else 11 - r)


def iban(rng, cc=None):
    cc = cc or rng.choice(["DE", "GB", "FR", "ES", "NL", "BE", "IT", "CH", "AT", "PL", "IE", "PT", "SE", "DK", "NO"])
    if cc == "DE":
        bban = _d(rng, 8) + _d(rng, 10)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + _d(rng, 6) + _d(rng, 8)
    elif cc == "FR":
        b, g, a = _d(rng, 5), _d(rng, 5), _d(rng, 11)
        bban = b + g + a + _fr_rib(b, g, a)
    elif cc == "ES":
        b, s, a = _d(rng, 4), _d(rng, 4), _d(rng, 10)
        bban = b + s + _es_dc(b, s, a) + a
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]) + _d(rng, 10)
    elif cc == "BE":
        f = _d(rng, 10)
        c = int(f) % 97 or 97
        bban = f + "%02d" % c
    elif cc == "IT":
        abi, cab, acct = _d(rng, 5), _d(rng, 5), _d(rng, 12)
        bban = _it_cin(abi, cab, acct) + abi + cab + acct
    elif cc == "CH":
        bban = _d(rng, 5) + _d(rng, 12)
    elif cc == "AT":
        bban = _d(rng, 5) + _d(rng, 11)
    elif cc == "PL":
        bban = _d(rng, 8) + _d(rng, 16)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + _d(rng, 6) + _d(rng, 8)
    elif cc == "PT":
        bban = _d(rng, 4) + _d(rng, 4) + _d(rng, 11) + _d(rng, 2)
    elif cc == "SE":
        bban = _d(rng, 3) + _d(rng, 17)
    elif cc == "DK":
        bban = _d(rng, 4) + _d(rng, 10)
    else:  # NO
        while True:
            s = _d(rng, 10)
            c = _no_check(s)
            if c is not None:
                bban = s + c
                break
    full = cc + _iban_check(cc, bban) + bban
    assert iban_ok(full)
    if rng.random() < 0.6:
        return " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    return full


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


BICS = ["DEUTDEFF", "COBADEFFXXX", "BARCGB22", "NWBKGB2L", "BNPAFRPP", "CAIXESBB", "INGBNL2A", "GEBABEBB", "UNCRITMM",
        "UBSWCHZH80A", "BKAUATWW", "PKOPPLPW", "AIBKIE2D", "BCOMPTPL", "NDEASESS", "DABADKKK", "DNBANOKK"]

# ------------------------------------------------------------------ IPv4
PUBLIC_FIRST = [23, 31, 37, 45, 46, 51, 62, 66, 73, 77, 78, 81, 82, 84, 85, 86, 88, 91, 94, 95, 104, 109, 118, 121, 131,
                139, 141, 146, 151, 154, 176, 178, 185, 188, 195, 201, 212, 213, 217]


def ipv4(rng):
    return "%d.%d.%d.%d" % (rng.choice(PUBLIC_FIRST), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


# ------------------------------------------------------------------ look-alikes (never PII)
def isbn13(rng):
    core = "978" + _d(rng, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
    chk = (10 - s % 10) % 10
    full = core + str(chk)
    return "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:8], full[8:12], full[12])


def upc(rng):
    core = _d(rng, 11)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(core))
    return core + str((10 - s % 10) % 10)


def version4(rng):
    """Four-part version numbers: some are syntactically valid dotted quads."""
    return "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 9), rng.randint(0, 250))


def oid(rng):
    return rng.choice(["1.3.6.1.4.1.311.21.8.%d.%d" % (rng.randint(1000, 99999), rng.randint(1, 9)), "2.5.4.%d" % rng.choice([3, 6, 10, 11]),
                       "1.2.840.113549.1.1.11", "1.3.6.1.2.1.1.3.0", "1.3.6.1.4.1.%d.2.1.%d" % (rng.randint(1000, 60000), rng.randint(1, 40))])


def ups_tracking(rng):
    return "1Z" + rstr(rng, UPPER + DIG, 6) + "03" + _d(rng, 8)
