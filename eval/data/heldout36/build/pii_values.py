"""Generators for PII values (phones, IBANs, cards, SSNs, IPv4, e-mail) and people in many cultures."""
import unicodedata
from common import *

def d(n): return "".join(R.choice("0123456789") for _ in range(n))
def dn(n): return R.choice("123456789") + d(n - 1)

# ---------------- phones: country -> list of generators returning (national, international) ----------------
def _us(area_codes):
    def g():
        a = R.choice(area_codes)
        while True:
            ex = R.choice("23456789") + d(2)
            if ex[1:] != "11" and ex != "555":
                break
        ln = d(4)
        return R.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}"]), R.choice([f"+1 {a} {ex} {ln}", f"+1-{a}-{ex}-{ln}", f"+1{a}{ex}{ln}", f"+1 ({a}) {ex}-{ln}"])
    return g

PHONES = {
 "US": [_us(["212", "312", "415", "617", "713", "206", "303", "404", "305", "602", "503", "614", "512"])],
 "CA": [_us(["416", "604", "514", "613", "403"])],
 "GB": [lambda: (lambda a, b: (f"020 {a} {b}", f"+44 20 {a} {b}"))("7" + d(3), d(4)),
        lambda: (lambda a, b: (f"0161 {a} {b}", f"+44 161 {a} {b}"))(R.choice("2345789") + d(2), d(4)),
        lambda: (lambda p, b: (f"07{p} {b}", f"+44 7{p} {b}"))(R.choice("45789") + d(2), d(6))],
 "IE": [lambda: (lambda a, b: (f"(01) {a} {b}", f"+353 1 {a} {b}"))(R.choice("2345689") + d(2), d(4)),
        lambda: (lambda m, a, b: (f"08{m} {a} {b}", f"+353 8{m} {a} {b}"))(R.choice("35679"), dn(3), d(4))],
 "DE": [lambda: (lambda a: (f"030 {a}", f"+49 30 {a}"))(R.choice("2345689") + d(7)),
        lambda: (lambda p, a: (f"0{p} {a}", f"+49 {p} {a}"))(R.choice(["151", "152", "157", "160", "170", "171", "176", "178"]), dn(7) if R.random() < .3 else dn(8)),
        lambda: (lambda a: (f"089 {a}", f"+49 89 {a}"))(R.choice("2345679") + d(7))],
 "FR": [lambda: (lambda p, x: (f"0{p} " + " ".join(x[i:i+2] for i in range(0, 8, 2)), f"+33 {p} " + " ".join(x[i:i+2] for i in range(0, 8, 2))))(R.choice("1234567"), d(8))],
 "ES": [lambda: (lambda x: (f"{x[:3]} {x[3:6]} {x[6:]}", f"+34 {x[:3]} {x[3:6]} {x[6:]}"))((R.choice(["6" + d(8), "7" + R.choice("1234") + d(7)])) if R.random() < .6 else R.choice(["91", "93", "95", "96"]) + R.choice("2345") + d(6))],
 "IT": [lambda: (lambda x: (f"{x[:3]} {x[3:6]} {x[6:]}", f"+39 {x[:3]} {x[3:6]} {x[6:]}"))("3" + R.choice("2345789") + d(8)),
        lambda: (lambda p, x: (f"{p} {x[:4]} {x[4:]}", f"+39 {p} {x[:4]} {x[4:]}"))(R.choice(["02", "06"]), R.choice("2345678") + d(7))],
 "NL": [lambda: (lambda x: (f"06-{x}", f"+31 6 {x}"))(R.choice("1234") + d(7)),
        lambda: (lambda x: (f"020-{x[:3]} {x[3:]}", f"+31 20 {x[:3]} {x[3:]}"))(R.choice("2345678") + d(6))],
 "BE": [lambda: (lambda p, x: (f"0{p} {x[:2]} {x[2:4]} {x[4:]}", f"+32 {p} {x[:2]} {x[2:4]} {x[4:]}"))("4" + R.choice(["70", "75", "76", "77", "78", "79", "85", "86", "95", "96"]), d(6)),
        lambda: (lambda x: (f"02 {x[:3]} {x[3:5]} {x[5:]}", f"+32 2 {x[:3]} {x[3:5]} {x[5:]}"))(R.choice("2345679") + d(6))],
 "PL": [lambda: (lambda x: (f"{x[:3]} {x[3:6]} {x[6:]}", f"+48 {x[:3]} {x[3:6]} {x[6:]}"))(R.choice(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + d(7)),
        lambda: (lambda x: (f"22 {x[:3]} {x[3:5]} {x[5:]}", f"+48 22 {x[:3]} {x[3:5]} {x[5:]}"))(R.choice("3456789") + d(6))],
 "SE": [lambda: (lambda p, x: (f"07{p}-{x[:3]} {x[3:5]} {x[5:]}", f"+46 7{p} {x[:3]} {x[3:5]} {x[5:]}"))(R.choice("0236"), dn(7)),
        lambda: (lambda x: (f"08-{x[:3]} {x[3:6]} {x[6:]}", f"+46 8 {x[:3]} {x[3:6]} {x[6:]}"))(R.choice("456789") + d(7))],
 "CH": [lambda: (lambda p, x: (f"0{p} {x[:3]} {x[3:5]} {x[5:]}", f"+41 {p} {x[:3]} {x[3:5]} {x[5:]}"))(R.choice(["44", "31", "61", "22", "76", "78", "79"]), dn(7))],
 "AT": [lambda: (lambda x: (f"0664 {x}", f"+43 664 {x}"))(dn(7)), lambda: (lambda x: (f"01 {x}", f"+43 1 {x}"))(R.choice("2345789") + d(6))],
 "PT": [lambda: (lambda x: (f"{x[:3]} {x[3:6]} {x[6:]}", f"+351 {x[:3]} {x[3:6]} {x[6:]}"))("9" + R.choice("1236") + d(7) if R.random() < .6 else "21" + d(7))],
 "MX": [lambda: (lambda a, x: (f"{a} {x[:4]} {x[4:]}", f"+52 {a} {x[:4]} {x[4:]}"))(R.choice(["55", "33", "81"]), dn(8))],
 "BR": [lambda: (lambda a, x: (f"({a}) 9{x[:4]}-{x[4:]}", f"+55 {a} 9{x[:4]}-{x[4:]}"))(R.choice(["11", "21", "31", "41", "51", "61", "71", "81"]), R.choice("6789") + d(7)),
        lambda: (lambda a, x: (f"({a}) {x[:4]}-{x[4:]}", f"+55 {a} {x[:4]}-{x[4:]}"))(R.choice(["11", "21", "31"]), R.choice("2345") + d(7))],
 "ZA": [lambda: (lambda p, x: (f"0{p} {x[:3]} {x[3:]}", f"+27 {p} {x[:3]} {x[3:]}"))(R.choice(["82", "83", "84", "72", "73", "76", "79", "60", "61", "11", "21", "31", "12"]), dn(7))],
 "IN": [lambda: (lambda x: (f"0{x[:5]} {x[5:]}", f"+91 {x[:5]} {x[5:]}"))(R.choice("6789") + d(9)),
        lambda: (lambda p, x: (f"0{p}-{x[:4]} {x[4:]}", f"+91 {p} {x[:4]} {x[4:]}"))(R.choice(["11", "22", "80", "44"]), R.choice("2346") + d(7))],
 "PH": [lambda: (lambda p, x: (f"0{p} {x[:3]} {x[3:]}", f"+63 {p} {x[:3]} {x[3:]}"))(R.choice(["917", "918", "920", "927", "939", "966", "995", "998"]), d(7)),
        lambda: (lambda x: (f"(02) 8{x[:3]} {x[3:]}", f"+63 2 8{x[:3]} {x[3:]}"))(d(7))],
 "AU": [lambda: (lambda x: (f"04{x[:2]} {x[2:5]} {x[5:]}", f"+61 4{x[:2]} {x[2:5]} {x[5:]}"))(R.choice("0123456789") + d(7)),
        lambda: (lambda a, x: (f"(0{a}) {x[:4]} {x[4:]}", f"+61 {a} {x[:4]} {x[4:]}"))(*(lambda a: (a, ("3" if a == "7" else R.choice("89")) + d(7)))(R.choice("2378")),)],
 "NZ": [lambda: (lambda p, x: (f"0{p} {x[:3]} {x[3:]}", f"+64 {p} {x[:3]} {x[3:]}"))(R.choice(["21", "22", "27"]), dn(7)),
        lambda: (lambda a, x: (f"(0{a}) {x[:3]} {x[3:]}", f"+64 {a} {x[:3]} {x[3:]}"))(R.choice("3469"), R.choice("2345789") + d(6))],
 "SG": [lambda: (lambda x: (f"{x[:4]} {x[4:]}", f"+65 {x[:4]} {x[4:]}"))(R.choice("689") + d(7))],
 "DK": [lambda: (lambda x: (" ".join(x[i:i+2] for i in range(0, 8, 2)), "+45 " + " ".join(x[i:i+2] for i in range(0, 8, 2))))(R.choice(["2", "3", "4", "5", "6", "7", "8", "9"]) + d(7))],
 "NO": [lambda: (lambda x: (f"{x[:3]} {x[3:5]} {x[5:]}", f"+47 {x[:3]} {x[3:5]} {x[5:]}"))(R.choice("49") + d(7))],
 "FI": [lambda: (lambda p, x: (f"0{p} {x[:3]} {x[3:]}", f"+358 {p} {x[:3]} {x[3:]}"))(R.choice(["40", "41", "44", "45", "50"]), d(7))],
 "JP": [lambda: (lambda p, x: (f"0{p}-{x[:4]}-{x[4:]}", f"+81 {p}-{x[:4]}-{x[4:]}"))(R.choice(["90", "80", "70"]), dn(8)),
        lambda: (lambda x: (f"03-{x[:4]}-{x[4:]}", f"+81 3-{x[:4]}-{x[4:]}"))(R.choice("3456") + d(7))],
 "LU": [lambda: (lambda p, x: (f"{p} {x[:3]} {x[3:]}", f"+352 {p} {x[:3]} {x[3:]}"))(R.choice(["621", "661", "671", "691"]), d(6))],
 "CZ": [lambda: (lambda x: (f"{x[:3]} {x[3:6]} {x[6:]}", f"+420 {x[:3]} {x[3:6]} {x[6:]}"))(R.choice(["60", "72", "73", "77", "79"]) + d(7))],
 "RO": [lambda: (lambda x: (f"07{x[:2]} {x[2:5]} {x[5:]}", f"+40 7{x[:2]} {x[2:5]} {x[5:]}"))(R.choice(["2", "3", "4", "5", "6", "7"]) + d(7))],
 "NG": [lambda: (lambda p, x: (f"0{p} {x[:3]} {x[3:]}", f"+234 {p} {x[:3]} {x[3:]}"))(R.choice(["803", "805", "806", "813", "816", "703", "706", "810"]), d(7))],
 "KE": [lambda: (lambda p, x: (f"0{p} {x[:3]} {x[3:]}", f"+254 {p} {x[:3]} {x[3:]}"))(R.choice(["712", "722", "733", "741", "757", "768", "790"]), d(6))],
 "AE": [lambda: (lambda p, x: (f"0{p} {x[:3]} {x[3:]}", f"+971 {p} {x[:3]} {x[3:]}"))(R.choice(["50", "52", "55", "56"]), dn(7))],
}

def phone(cc, style=None):
    nat, intl = R.choice(PHONES[cc])()
    if style is None:
        style = R.choice(["nat", "intl", "intl"])
    return nat if style == "nat" else intl

# ---------------- IBAN ----------------
def _es_dc(bank_branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def c(s):
        v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(v, v)
    return f"{c('00' + bank_branch)}{c(acct)}"

def _fr_key(b, g, a):
    return f"{97 - ((89 * int(b) + 15 * int(g) + 3 * int(a)) % 97):02d}"

def _pt_nib():
    n19 = d(19)
    return n19 + f"{98 - (int(n19) * 100) % 97:02d}"

def _be():
    f10 = d(10)
    m = int(f10) % 97 or 97
    return f10 + f"{m:02d}"

BBAN = {
 "DE": lambda: d(8) + d(10),
 "GB": lambda: R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(6) + d(8),
 "IE": lambda: R.choice(["AIBK", "BOFI", "IPBS"]) + d(6) + d(8),
 "FR": lambda: (lambda b, g, a: b + g + a + _fr_key(b, g, a))(d(5), d(5), d(11)),
 "ES": lambda: (lambda bb, a: bb + _es_dc(bb, a) + a)(d(8), d(10)),
 "IT": lambda: R.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") + d(5) + d(5) + d(12),
 "NL": lambda: R.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + d(10),
 "BE": _be,
 "PL": lambda: d(8) + d(16),
 "SE": lambda: d(3) + d(17),
 "CH": lambda: d(5) + d(12),
 "AT": lambda: d(5) + d(11),
 "PT": _pt_nib,
 "LU": lambda: d(3) + d(13),
 "DK": lambda: d(4) + d(10),
 "FI": lambda: d(6) + d(8),
 "NO": lambda: d(4) + d(6) + d(1),
 "CZ": lambda: d(4) + d(6) + d(10),
 "BR": lambda: d(8) + d(5) + d(10) + "C" + R.choice("12"),
}

def iban(cc, spaced=None):
    v = iban_make(cc, BBAN[cc]())
    if spaced is None:
        spaced = R.random() < 0.5
    return " ".join(v[i:i+4] for i in range(0, len(v), 4)) if spaced else v

# ---------------- cards ----------------
def card(brand=None, fmt=None):
    brand = brand or R.choice(["visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb", "diners", "unionpay", "mastercard2"])
    if brand == "visa": p, n = "4" + d(5), 16
    elif brand == "mastercard": p, n = "5" + R.choice("12345") + d(4), 16
    elif brand == "mastercard2": p, n = str(R.randrange(2221, 2721)) + d(2), 16
    elif brand == "amex": p, n = R.choice(["34", "37"]) + d(4), 15
    elif brand == "discover": p, n = R.choice(["6011" + d(2), "65" + d(4)]), 16
    elif brand == "jcb": p, n = str(R.randrange(3528, 3590)) + d(2), 16
    elif brand == "diners": p, n = "36" + d(4), 14
    else: p, n = "62" + R.choice("2458") + d(3), 16
    num = luhn_complete(p + d(n - len(p) - 1))
    fmt = fmt or R.choice(["space", "space", "dash", "plain"])
    if fmt == "plain":
        return num
    sep = " " if fmt == "space" else "-"
    if n == 15: parts = [num[:4], num[4:10], num[10:]]
    elif n == 14: parts = [num[:4], num[4:10], num[10:]]
    else: parts = [num[i:i+4] for i in range(0, 16, 4)]
    return sep.join(parts)

def masked_card():
    last = d(4)
    return R.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"{R.choice(['4', '5'])}{d(5)}******{last}", f"•••• {last}"])

# ---------------- SSN ----------------
def ssn(fmt="dash"):
    while True:
        a = R.randrange(1, 900)
        if a == 666: continue
        s = f"{a:03d}{R.randrange(1, 100):02d}{R.randrange(1, 10000):04d}"
        if ssn_ok(s): break
    if fmt == "dash": return f"{s[:3]}-{s[3:5]}-{s[5:]}"
    if fmt == "space": return f"{s[:3]} {s[3:5]} {s[5:]}"
    return s

# ---------------- IPv4 ----------------
def ip(kind=None):
    kind = kind or R.choice(["pub", "pub", "priv10", "priv172", "priv192"])
    if kind == "priv10": return f"10.{R.randrange(0, 256)}.{R.randrange(0, 256)}.{R.randrange(1, 255)}"
    if kind == "priv172": return f"172.{R.randrange(16, 32)}.{R.randrange(0, 256)}.{R.randrange(1, 255)}"
    if kind == "priv192": return f"192.168.{R.randrange(0, 256)}.{R.randrange(1, 255)}"
    while True:
        a = R.randrange(1, 224)
        if a in (10, 127, 0, 100, 169, 172, 192, 198, 203): continue
        return f"{a}.{R.randrange(0, 256)}.{R.randrange(0, 256)}.{R.randrange(1, 255)}"

# ---------------- people ----------------
NAMES = {
 "US": (["Jamal", "Emily", "DeShawn", "Hannah", "Carlos", "Megan", "Tyler", "Keisha"], ["Washington", "Kowalski", "Nguyen", "Brooks", "Ramirez", "O'Brien", "Whitfield"]),
 "GB": (["Oliver", "Priya", "Callum", "Amara", "Harriet", "Rhys", "Imogen"], ["Pemberton", "Okafor", "Hughes", "Patel", "Ashworth", "McAllister"]),
 "IE": (["Aoife", "Cian", "Siobhán", "Darragh", "Niamh", "Ronan"], ["Ó Súilleabháin", "Kavanagh", "Ní Bhriain", "Fitzgerald", "Byrne"]),
 "DE": (["Jürgen", "Lena", "Matthias", "Annika", "Tobias", "Friederike"], ["Schäfer", "Krüger", "Hoffmann", "Weiß", "Bergmann"]),
 "FR": (["Élodie", "Thibault", "Margaux", "Yannick", "Inès", "Grégoire"], ["Lefèvre", "Moreau", "Benali", "Rousseau", "Garnier"]),
 "ES": (["Lucía", "Álvaro", "Nerea", "Íñigo", "Carmen", "Joaquín"], ["Ortega Ruiz", "García Ibáñez", "Etxeberria", "Muñoz", "Castillo Peña"]),
 "IT": (["Chiara", "Lorenzo", "Giulia", "Matteo", "Francesca", "Davide"], ["Bonetti", "Esposito", "Russo", "De Luca", "Marchetti"]),
 "NL": (["Jan-Hendrik", "Femke", "Bram", "Sanne", "Daan", "Lotte"], ["de Vries", "van der Berg", "Jansen", "Bakker", "Vos"]),
 "BE": (["Jasper", "Louise", "Wout", "Elise", "Arnaud"], ["Vandenberghe", "Peeters", "Dubois", "Claes", "Maes"]),
 "PL": (["Małgorzata", "Krzysztof", "Agnieszka", "Paweł", "Zofia"], ["Wójcik", "Nowak", "Kamińska", "Lewandowski", "Zieliński"]),
 "SE": (["Oskar", "Freja", "Linnea", "Axel", "Ebba"], ["Lindqvist", "Andersson", "Bergström", "Nyström", "Holm"]),
 "CH": (["Reto", "Seraina", "Urs", "Nadia", "Beat"], ["Brunner", "Meier", "Keller", "Huber", "Rossi"]),
 "MX": (["Ximena", "Santiago", "Guadalupe", "Emiliano", "Valeria"], ["Gutiérrez", "Hernández López", "Ramírez", "Salazar", "Castañeda"]),
 "BR": (["Mateus", "Maria Clara", "João Pedro", "Larissa", "Thiago"], ["Figueiredo", "dos Santos", "Oliveira", "Carvalho", "Souza"]),
 "ZA": (["Thandiwe", "Sipho", "Lerato", "Pieter", "Naledi"], ["Mokoena", "van Wyk", "Dlamini", "Naidoo", "Botha"]),
 "IN": (["Siddharth", "Anjali", "Rohan", "Priyanka", "Venkatesh"], ["Iyer", "Raghunathan", "D'Souza", "Chatterjee", "Reddy"]),
 "PH": (["Maricel", "Jose Rizalino", "Angelica", "Paolo", "Rowena"], ["Dela Cruz", "Bautista", "Villanueva", "Santos", "Macaraeg"]),
 "AU": (["Lachlan", "Matilda", "Kirra", "Hamish", "Chloe"], ["Fitzpatrick", "Nguyen", "Campbell", "Walker", "Kennedy"]),
 "NZ": (["Tane", "Aroha", "Kiri", "Hemi", "Isla"], ["Parata", "Waititi", "Ngata", "Te Whata", "Robertson"]),
 "NG": (["Ngozi", "Chukwuemeka", "Adaeze", "Oluwaseun", "Babajide"], ["Adeyemi", "Okonkwo", "Balogun", "Eze", "Olawale"]),
 "JP": (["Haruto", "Yui", "Sota", "Aoi"], ["Takahashi", "Yamamoto", "Sasaki", "Kobayashi"]),
 "SG": (["Grace", "Wei Jie", "Nur Aisyah", "Rajesh", "Hui Min"], ["Tan", "Lim", "Binte Rahman", "Pillai", "Goh"]),
}
NAME_CC = list(NAMES)
PERSONAL_DOMAINS = ["inbox.example", "webpost.example", "correo.example", "posta.example", "mailbox.example", "kiwimail.example",
                    "courriel.example", "netpost.example", "mymail.example", "posteo-mail.example"]

def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in " -")).lower().replace(" ", "").replace("-", "")

def person(cc=None):
    cc = cc or R.choice(NAME_CC)
    f, l = R.choice(NAMES[cc][0]), R.choice(NAMES[cc][1])
    return cc, f, l

def email(f, l, domain=None):
    domain = domain or R.choice(PERSONAL_DOMAINS)
    pat = R.choice(["{f}.{l}", "{f}{l}", "{fi}{l}", "{f}_{l}{n}", "{l}.{f}", "{f}{n}"])
    loc = pat.format(f=fold(f), l=fold(l), fi=fold(f)[0], n=R.randrange(1, 99))
    return f"{loc}@{domain}"

PHONE_CC_FOR = {"US": "US", "GB": "GB", "IE": "IE", "DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "BE": "BE", "PL": "PL",
                "SE": "SE", "CH": "CH", "MX": "MX", "BR": "BR", "ZA": "ZA", "IN": "IN", "PH": "PH", "AU": "AU", "NZ": "NZ", "SG": "SG"}
IBAN_CC_FOR = {"DE": "DE", "GB": "GB", "IE": "IE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "BE": "BE", "PL": "PL", "SE": "SE", "CH": "CH", "BR": "BR"}
