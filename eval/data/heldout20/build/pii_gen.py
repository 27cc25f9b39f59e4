import string
from gen import R, rs

D = string.digits
def d(n): return rs(D, n)
def nz(n): return str(R.randint(1, 9)) + d(n - 1)

# ---------- phones ----------
def us_parts():
    area = str(R.choice([212, 213, 310, 312, 404, 415, 503, 512, 602, 617, 646, 702, 718, 773, 808, 917, 971]))
    if R.random() < 0.4: return area, "555", "01" + d(2)
    return area, str(R.randint(201, 989)), d(4)
PH = {
 "us_paren": lambda: "({}) {}-{}".format(*us_parts()),
 "us_dash": lambda: "{}-{}-{}".format(*us_parts()),
 "us_dots": lambda: "{}.{}.{}".format(*us_parts()),
 "us_intl": lambda: "+1 {}-{}-{}".format(*us_parts()),
 "us_e164": lambda: "+1{}{}{}".format(*us_parts()),
 "us_1": lambda: "1 ({}) {}-{}".format(*us_parts()),
 "uk_london": lambda: "+44 20 7946 0" + d(3),
 "uk_london_nat": lambda: "020 7946 0" + d(3),
 "uk_mob": lambda: "07700 900" + d(3),
 "uk_mob_intl": lambda: "+44 7700 900" + d(3),
 "uk_manc": lambda: "0161 496 0" + d(3),
 "de": lambda: "+49 30 " + nz(8),
 "de_nat": lambda: "030 " + nz(7),
 "de_mob": lambda: "+49 151 " + nz(8),
 "de_mob_nat": lambda: "0151-" + nz(4) + " " + d(4),
 "de_muc": lambda: "+49 (0)89 " + nz(3) + " " + d(4),
 "fr": lambda: "+33 1 " + " ".join(d(2) for _ in range(4)),
 "fr_mob": lambda: "06 " + " ".join(d(2) for _ in range(4)),
 "fr_mob_intl": lambda: "+33 6 " + " ".join(d(2) for _ in range(4)),
 "fr_dots": lambda: "01." + ".".join(d(2) for _ in range(4)),
 "in_mob": lambda: "+91 9" + d(4) + " " + d(5),
 "in_mob_nat": lambda: "09" + d(4) + " " + d(5),
 "in_land": lambda: "+91-22-" + nz(4) + "-" + d(4),
 "br_mob": lambda: "+55 11 9" + d(4) + "-" + d(4),
 "br_mob_nat": lambda: "(21) 9" + d(4) + "-" + d(4),
 "br_land": lambda: "+55 21 " + str(R.randint(2, 3)) + d(3) + "-" + d(4),
 "jp": lambda: "03-" + d(4) + "-" + d(4),
 "jp_intl": lambda: "+81 3-" + d(4) + "-" + d(4),
 "jp_mob": lambda: "090-" + d(4) + "-" + d(4),
 "jp_mob_intl": lambda: "+81 90-" + d(4) + "-" + d(4),
 "au": lambda: "+61 2 " + nz(4) + " " + d(4),
 "au_nat": lambda: "(02) " + nz(4) + " " + d(4),
 "au_mob": lambda: "04" + d(2) + " " + d(3) + " " + d(3),
 "au_mob_intl": lambda: "+61 4" + d(2) + " " + d(3) + " " + d(3),
 "es_mob": lambda: "+34 6" + d(2) + " " + d(3) + " " + d(3),
 "es_land": lambda: "91 " + d(3) + " " + d(2) + " " + d(2),
 "it_land": lambda: "+39 06 " + d(4) + " " + d(4),
 "it_mob": lambda: "+39 3" + d(2) + " " + d(3) + " " + d(4),
 "it_mob_nat": lambda: "34" + d(1) + " " + d(3) + " " + d(4),
 "nl": lambda: "+31 20 " + nz(3) + " " + d(4),
 "nl_mob": lambda: "06-" + nz(8),
 "nl_mob_intl": lambda: "+31 6 " + nz(8),
 "mx": lambda: "+52 55 " + d(4) + " " + d(4),
 "mx_old": lambda: "+52 1 55 " + d(4) + " " + d(4),
 "mx_nat": lambda: "(55) " + d(4) + "-" + d(4),
 "mx_gdl": lambda: "+52 33 " + d(4) + " " + d(4),
}

# ---------- emails ----------
FIRST = ["ana", "bjorn", "chidi", "dana", "elif", "farah", "gustavo", "hana", "ines", "jonas", "keiko", "liam", "mei", "nadia",
         "oscar", "priya", "quentin", "rosa", "sven", "tomas", "ursula", "valentina", "wei", "ximena", "yusuf", "zofia", "aarav", "lucia", "kwame", "sofie"]
LAST = ["okafor", "lindqvist", "ferreira", "kowalski", "nakamura", "oconnor", "haddad", "moreau", "schmidt", "rossi", "garcia", "devries",
        "tanaka", "singh", "mendes", "dubois", "novak", "kim", "yilmaz", "brennan", "esposito", "hughes", "iyer", "santos"]
DOM = ["example.com", "example.org", "example.net", "mail.example", "corp.example.com", "acme.test", "kundenservice.example.de",
       "posteo.example", "outlook.example", "univ.example.edu", "startup.test", "gmail.example"]
def email():
    f, l, dm = R.choice(FIRST), R.choice(LAST), R.choice(DOM)
    form = R.randint(0, 6)
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{R.randint(1,99)}", f"{f}+{R.choice(['billing','news','shop'])}", f"{l}.{f}", f"{f}{l[0]}{R.randint(70,99)}", f"{f.capitalize()}.{l.capitalize()}"][form]
    return f"{local}@{dm}"

# ---------- SSN ----------
def ssn_parts():
    while True:
        a = R.randint(1, 899)
        if a != 666: break
    return f"{a:03d}", f"{R.randint(1,99):02d}", f"{R.randint(1,9999):04d}"
SSN = {"dash": lambda: "-".join(ssn_parts()), "space": lambda: " ".join(ssn_parts()), "plain": lambda: "".join(ssn_parts())}
def ssn_valid(s):
    s = s.replace("-", "").replace(" ", "")
    return len(s) == 9 and s.isdigit() and s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000"

# ---------- cards ----------
def luhn_ok(num):
    n = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(n)):
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        tot += x
    return tot % 10 == 0
def luhn_complete(prefix, length):
    body = prefix + d(length - len(prefix) - 1)
    for c in D:
        if luhn_ok(body + c): return body + c
CARD_PREFIX = {"visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2720", "23"], 16), "amex": (["34", "37"], 15),
               "disc": (["6011", "65", "644"], 16), "jcb": (["3528", "3566", "3589"], 16), "diners": (["36", "38"], 14),
               "unionpay": (["62"], 19), "maestro": (["6759", "5018"], 16), "visa13": (["4"], 13)}
def group(num, style):
    if style == "u": return num
    sep = " " if style == "s" else "-"
    if len(num) == 15: parts = [num[:4], num[4:10], num[10:]]
    elif len(num) == 14: parts = [num[:4], num[4:10], num[10:]]
    else: parts = [num[i:i+4] for i in range(0, len(num), 4)]
    return sep.join(parts)
def card(net, style):
    pre, L = CARD_PREFIX[net]
    return group(luhn_complete(R.choice(pre), L), style)
def card_bad(net="visa", style="s"):
    pre, L = CARD_PREFIX[net]
    good = luhn_complete(R.choice(pre), L)
    bad = good[:-1] + str((int(good[-1]) + R.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return group(bad, style)

# ---------- IPs ----------
def ip_pub():
    while True:
        a = R.choice([23, 31, 37, 45, 52, 62, 77, 81, 85, 91, 95, 104, 109, 131, 141, 151, 176, 185, 188, 193, 195, 203, 212, 217])
        b, c, e = R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
        if (a, b) in [(203, 0)]: continue
        return f"{a}.{b}.{c}.{e}"
IP = {"pub": ip_pub,
      "p10": lambda: f"10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}",
      "p172": lambda: f"172.{R.randint(16,31)}.{R.randint(0,255)}.{R.randint(1,254)}",
      "p192": lambda: f"192.168.{R.randint(0,255)}.{R.randint(1,254)}",
      "doc": lambda: R.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(1, 254)),
      "cgnat": lambda: f"100.{R.randint(64,127)}.{R.randint(0,255)}.{R.randint(1,254)}"}

# ---------- IBAN ----------
UP = string.ascii_uppercase
IBAN_FMT = {"DE": "n18", "FR": "n10c11n2", "GB": "a4n14", "NL": "a4n10", "ES": "n20", "IT": "a1n10c12", "BE": "n12", "CH": "n17",
            "AT": "n16", "PL": "n24", "PT": "n21", "IE": "a4n14", "SE": "n20", "DK": "n14", "NO": "n11", "FI": "n14", "LU": "n3c13",
            "SA": "n2c18", "TR": "n5c17", "BR": "n23a1c1"}
import re
def bban(cc):
    out = ""
    for kind, n in re.findall(r"([anc])(\d+)", IBAN_FMT[cc]):
        n = int(n)
        out += rs(D, n) if kind == "n" else rs(UP, n) if kind == "a" else rs(UP + D, n)
    return out
def iban_mod(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97
def iban(cc, grouped=True, bad=False):
    b = bban(cc)
    chk = 98 - iban_mod(cc + "00" + b)
    if bad: chk = (chk + R.randint(1, 50)) % 97 + 2 if False else (chk % 97) + 1 if chk < 97 else 2
    ib = f"{cc}{chk:02d}{b}"
    if bad:
        assert iban_mod(ib) != 1
    else:
        assert iban_mod(ib) == 1
    return " ".join(ib[i:i+4] for i in range(0, len(ib), 4)) if grouped else ib
def iban_ok(s): return iban_mod(s.replace(" ", "")) == 1

def aba():
    while True:
        x = "0" + str(R.randint(1, 3)) + d(6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(a) * b for a, b in zip(x, w))
        c = (10 - s % 10) % 10
        return x + str(c)

def build_gens():
    g = {}
    for k, f in PH.items(): g["phone." + k] = f
    g["email.x"] = email
    for k, f in SSN.items(): g["ssn." + k] = f
    for net in CARD_PREFIX:
        for st in "sdu":
            g[f"credit_card.{net}_{st}"] = (lambda n=net, s=st: card(n, s))
            g[f"N.cardbad_{net}_{st}"] = (lambda n=net, s=st: card_bad(n, s))
    for k, f in IP.items(): g["ipv4." + k] = f
    for cc in IBAN_FMT:
        g[f"iban.{cc.lower()}_g"] = (lambda c=cc: iban(c, True))
        g[f"iban.{cc.lower()}"] = (lambda c=cc: iban(c, False))
        g[f"N.ibanbad_{cc.lower()}"] = (lambda c=cc: iban(c, False, bad=True))
        g[f"N.ibanbad_{cc.lower()}_g"] = (lambda c=cc: iban(c, True, bad=True))
    g["N.aba"] = aba
    return g
