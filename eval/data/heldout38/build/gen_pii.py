"""Generator for pii.jsonl (heldout38)."""
import json, sys, os, string, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
from common import *

H = "northmoor-health.example"; INS = "calderon-mutual.example"
NAMES = {
 "US": (["James", "Latoya", "Miguel", "Emily", "DeShawn", "Hannah"], ["Whitaker", "Jenkins", "Alvarez", "Chen", "Brooks", "Kowalski"]),
 "CA": (["Étienne", "Priya", "Liam", "Chloé"], ["Gagnon", "Sandhu", "MacDonald", "Tremblay"]),
 "GB": (["Oliver", "Amara", "Fiona", "Harpreet"], ["Hughes", "Okoye", "Campbell", "Bains"]),
 "IE": (["Siobhán", "Cian", "Aoife", "Darragh"], ["O'Sullivan", "Byrne", "Ní Bhriain", "Kavanagh"]),
 "DE": (["Jürgen", "Leonie", "Mustafa", "Greta"], ["Hoffmann", "Schäfer", "Özdemir", "Krüger"]),
 "AT": (["Katharina", "Florian", "Valentina"], ["Gruber", "Huber", "Pichler"]),
 "CH": (["Luca", "Anna", "Noémie"], ["Brunner", "Meier", "Favre"]),
 "FR": (["Camille", "Théo", "Yasmine", "Hugo"], ["Lefèvre", "Moreau", "Benali", "Girard"]),
 "ES": (["Lucía", "Javier", "Nerea"], ["Fernández", "Ortega", "Etxeberria"]),
 "PT": (["João", "Inês", "Beatriz"], ["Sousa", "Carvalho", "Pereira"]),
 "IT": (["Giulia", "Marco", "Chiara"], ["Ricci", "Esposito", "Bianchi"]),
 "NL": (["Daan", "Sanne", "Bram"], ["de Vries", "Jansen", "Bakker"]),
 "DK": (["Mette", "Rasmus", "Freja"], ["Nielsen", "Jørgensen", "Madsen"]),
 "NO": (["Ingrid", "Ola", "Sigrid"], ["Haugen", "Nordby", "Solberg"]),
 "FI": (["Aino", "Mikko", "Eetu"], ["Virtanen", "Korhonen", "Mäkinen"]),
 "PL": (["Agnieszka", "Piotr", "Zofia"], ["Wiśniewska", "Zieliński", "Kowalczyk"]),
 "CZ": (["Tereza", "Jakub", "Lucie"], ["Dvořáková", "Novotný", "Procházka"]),
 "GR": (["Eleni", "Nikos", "Dimitra"], ["Papadopoulou", "Georgiou", "Karagiannis"]),
 "TR": (["Elif", "Mehmet", "Zeynep"], ["Yıldız", "Demir", "Şahin"]),
 "IL": (["Noa", "Yossi", "Tamar"], ["Levi", "Cohen", "Mizrahi"]),
 "AE": (["Fatima", "Omar", "Mariam"], ["Al Mansoori", "Al Hashimi", "Al Nuaimi"]),
 "IN": (["Ananya", "Rohan", "Lakshmi"], ["Iyer", "Mehta", "Reddy"]),
 "JP": (["Yuki", "Haruto", "Sakura"], ["Sato", "Takahashi", "Watanabe"]),
 "KR": (["Ji-woo", "Min-jun", "Seo-yeon"], ["Kim", "Park", "Choi"]),
 "AU": (["Chloe", "Jack", "Mia"], ["Nguyen", "Thompson", "Papadakis"]),
 "BR": (["Larissa", "Thiago", "Ana Clara"], ["Oliveira", "Santos", "Ribeiro"]),
 "AR": (["Valentina", "Santiago", "Martina"], ["Gómez", "Fernández", "Sosa"]),
 "CL": (["Catalina", "Matías", "Josefa"], ["Muñoz", "Rojas", "Contreras"]),
}
CCS = list(NAMES)
FOLD = str.maketrans({"ø": "o", "ı": "i", "ł": "l", "ş": "s", "ß": "ss", "'": "", " ": ""})
def ascii_(s):
    s = s.lower().translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def d(n): return digits(n)
def nz(n): return R.choice("23456789") + digits(n - 1)

def phone(cc, intl=None):
    intl = R.random() < 0.5 if intl is None else intl
    if cc in ("US", "CA"):
        npa = R.choice({"US": ["212", "312", "415", "617", "713", "206", "303", "404", "503", "614"], "CA": ["416", "604", "514", "403", "613", "902"]}[cc])
        x, l = nz(3), d(4)
        if x[1:] == "11": x = x[0] + "21"
        return R.choice([f"+1 {npa}-{x}-{l}", f"+1 ({npa}) {x}-{l}"]) if intl else R.choice([f"({npa}) {x}-{l}", f"{npa}-{x}-{l}", f"{npa}.{x}.{l}"])
    if cc == "GB":
        if R.random() < .5: m = "7" + R.choice("4579") + d(2); r = d(6); return f"+44 {m} {r}" if intl else f"0{m} {r}"
        return f"+44 20 7{d(3)} {d(4)}" if intl else f"020 7{d(3)} {d(4)}"
    if cc == "IE":
        if R.random() < .5: p = "8" + R.choice("35679"); return f"+353 {p} {d(3)} {d(4)}" if intl else f"0{p} {d(3)} {d(4)}"
        return f"+353 1 {nz(3)} {d(4)}" if intl else f"(01) {nz(3)} {d(4)}"
    if cc == "DE":
        if R.random() < .5: p = R.choice(["151", "160", "171", "176"]); r = d(8); return f"+49 {p} {r}" if intl else f"0{p} {r}"
        p = R.choice(["30", "89", "40", "221"]); r = nz(7); return f"+49 {p} {r}" if intl else f"0{p} {r}"
    if cc == "AT":
        if R.random() < .5: p = R.choice(["664", "660", "676", "699"]); r = d(7); return f"+43 {p} {r}" if intl else f"0{p} {r}"
        return f"+43 1 {nz(7)}" if intl else f"01 {nz(7)}"
    if cc == "CH":
        p = R.choice(["44", "31", "61", "79", "78", "76"]); r = f"{nz(3)} {d(2)} {d(2)}"; return f"+41 {p} {r}" if intl else f"0{p} {r}"
    if cc == "FR":
        p = R.choice("1234567"); r = " ".join(d(2) for _ in range(4)); return f"+33 {p} {r}" if intl else f"0{p} {r}"
    if cc == "ES":
        r = R.choice(["6", "71", "72", "73", "74", "91", "93"]); n = r + d(9 - len(r)); f = f"{n[:3]} {n[3:6]} {n[6:]}"; return f"+34 {f}" if intl else f
    if cc == "PT":
        if R.random() < .5: n = "9" + R.choice("1236") + d(7); f = f"{n[:3]} {n[3:6]} {n[6:]}"
        else: n = "21" + d(7); f = f"{n[:2]} {n[2:5]} {n[5:]}"
        return f"+351 {f}" if intl else f
    if cc == "IT":
        if R.random() < .5: p = "3" + R.choice(["20", "33", "38", "47", "49"]); r = f"{d(3)} {d(4)}"; return f"+39 {p} {r}" if intl else f"{p} {r}"
        r = f"06 {d(4)} {d(4)}"; return f"+39 {r}" if intl else r
    if cc == "NL":
        if R.random() < .5: r = d(8); return f"+31 6 {r}" if intl else f"06-{r}"
        r = f"{nz(3)} {d(4)}"; return f"+31 20 {r}" if intl else f"020 {r}"
    if cc == "DK":
        n = R.choice(["2", "3", "4", "5", "6", "7", "8"]) + d(7); f = " ".join(n[i:i+2] for i in range(0, 8, 2)); return f"+45 {f}" if intl else f
    if cc == "NO":
        if R.random() < .5: n = R.choice("49") + d(7); f = f"{n[:3]} {n[3:5]} {n[5:]}"
        else: n = "2" + R.choice("12") + d(6); f = " ".join(n[i:i+2] for i in range(0, 8, 2))
        return f"+47 {f}" if intl else f
    if cc == "FI":
        if R.random() < .5: p = R.choice(["40", "44", "45", "50"]); r = f"{d(3)} {d(4)}"; return f"+358 {p} {r}" if intl else f"0{p} {r}"
        r = f"{nz(4)} {d(4)}"; return f"+358 9 {r}" if intl else f"09 {r}"
    if cc == "PL":
        if R.random() < .5: n = R.choice(["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"]) + d(7); f = f"{n[:3]} {n[3:6]} {n[6:]}"
        else: n = "22" + nz(7); f = f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"
        return f"+48 {f}" if intl else f
    if cc == "CZ":
        n = R.choice(["60", "72", "73", "77", "22"]) + d(7); f = f"{n[:3]} {n[3:6]} {n[6:]}"; return f"+420 {f}" if intl else f
    if cc == "GR":
        if R.random() < .5: n = "69" + R.choice("3479") + d(7); f = f"{n[:3]} {n[3:6]} {n[6:]}"
        else: n = "210" + nz(7); f = f"{n[:3]} {n[3:6]} {n[6:]}"
        return f"+30 {f}" if intl else f
    if cc == "TR":
        p = R.choice(["532", "535", "542", "505", "212", "216", "312"]); r = f"{nz(3)} {d(2)} {d(2)}"; return f"+90 {p} {r}" if intl else f"0{p} {r}"
    if cc == "IL":
        if R.random() < .5: p = "5" + R.choice("02348"); r = f"{nz(3)}-{d(4)}"; return f"+972-{p}-{r}" if intl else f"0{p}-{r}"
        p = R.choice("2348"); r = f"{nz(3)}-{d(4)}"; return f"+972-{p}-{r}" if intl else f"0{p}-{r}"
    if cc == "AE":
        if R.random() < .5: p = "5" + R.choice("024568"); r = f"{nz(3)} {d(4)}"; return f"+971 {p} {r}" if intl else f"0{p} {r}"
        p = R.choice("2346"); r = f"{nz(3)} {d(4)}"; return f"+971 {p} {r}" if intl else f"0{p} {r}"
    if cc == "IN":
        if R.random() < .6: n = R.choice("6789") + d(9); return f"+91 {n[:5]} {n[5:]}" if intl else f"0{n[:5]} {n[5:]}"
        r = f"{nz(4)} {d(4)}"; return f"+91 22 {r}" if intl else f"022 {r}"
    if cc == "JP":
        if R.random() < .5: p = R.choice(["90", "80", "70"]); r = f"{nz(4)}-{d(4)}"; return f"+81 {p}-{r}" if intl else f"0{p}-{r}"
        r = f"{nz(4)}-{d(4)}"; return f"+81 3-{r}" if intl else f"03-{r}"
    if cc == "KR":
        if R.random() < .5: r = f"{nz(4)}-{d(4)}"; return f"+82 10-{r}" if intl else f"010-{r}"
        r = f"{nz(3)}-{d(4)}"; return f"+82 2-{r}" if intl else f"02-{r}"
    if cc == "AU":
        if R.random() < .5: n = "4" + d(8); return f"+61 {n[0:3]} {n[3:6]} {n[6:]}" if intl else f"0{n[0:3]} {n[3:6]} {n[6:]}"
        r = f"{R.choice('3589')}{d(3)} {d(4)}"; return f"+61 2 {r}" if intl else f"(02) {r}"
    if cc == "BR":
        a = R.choice(["11", "21", "31", "41", "51", "61"])
        if R.random() < .5: r = f"9{d(4)}-{d(4)}"
        else: r = f"{R.choice('2345')}{d(3)}-{d(4)}"
        return f"+55 {a} {r}" if intl else f"({a}) {r}"
    if cc == "AR":
        if intl: return f"+54 9 11 {R.choice('2345')}{d(3)}-{d(4)}"
        return R.choice([f"011 4{d(3)}-{d(4)}", f"011 15-{R.choice('2345')}{d(3)}-{d(4)}"])
    if cc == "CL":
        if R.random() < .5: r = f"{nz(4)} {d(4)}"; return f"+56 9 {r}" if intl else f"9 {r}"
        r = f"2{d(3)} {d(4)}"; return f"+56 2 {r}" if intl else f"(2) {r}"
    raise KeyError(cc)

IBAN_SPEC = {"DE": "8n10n", "AT": "5n11n", "CH": "5n12n", "FR": "FR", "ES": "ES", "PT": "PT", "NL": "NL", "DK": "4n10n",
 "NO": "NO", "PL": "PL", "CZ": "4n6n10n", "GR": "3n4n16n", "TR": "5n1z16n", "IL": "3n3n13n", "AE": "3n16n", "GB": "4a6n8n",
 "IE": "4a6n8n", "BE": "BE", "SE": "3n17n"}
BANKCODE = {"GB": ["NWBK", "BARC", "LOYD", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"]}
def _bban(cc):
    sp = IBAN_SPEC[cc]
    if cc == "FR":
        b, g, a = d(5), d(5), d(11); k = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(a)) % 97); return b + g + a + f"{k:02d}"
    if cc == "ES":
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        def cd(s):
            x = 11 - sum(int(c) * wi for c, wi in zip(s, w)) % 11
            return {10: 1, 11: 0}.get(x, x)
        b, o, a = d(4), d(4), d(10); return b + o + str(cd("00" + b + o)) + str(cd(a)) + a
    if cc == "PT":
        f = d(19); return f + f"{98 - (int(f) * 100) % 97:02d}"
    if cc == "NL":
        while True:
            a = d(10)
            if a[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(a)) % 11 == 0:
                return R.choice(["ABNA", "RABO", "INGB", "SNSB"]) + a
    if cc == "NO":
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        while True:
            f = d(10); k = 11 - sum(int(c) * x for c, x in zip(f, w)) % 11
            if k == 11: k = 0
            if k != 10: return f + str(k)
    if cc == "PL":
        w = [3, 9, 7, 1, 3, 9, 7]; b = d(7); return b + str((10 - sum(int(c) * x for c, x in zip(b, w)) % 10) % 10) + d(16)
    if cc == "BE":
        f = d(10); k = int(f) % 97 or 97; return f + f"{k:02d}"
    out = ""
    import re
    for n, t in re.findall(r"(\d+)([anz])", sp):
        n = int(n)
        out += R.choice(BANKCODE[cc]) if t == "a" else ("0" if t == "z" else d(n))
    return out
def iban_check(s):
    s = s.replace(" ", ""); r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def iban(cc, printed=None):
    b = _bban(cc)
    num = int("".join(str(int(c, 36)) for c in b + cc + "00"))
    s = f"{cc}{98 - num % 97:02d}{b}"
    assert iban_check(s)
    printed = R.random() < 0.6 if printed is None else printed
    return " ".join(s[i:i+4] for i in range(0, len(s), 4)) if printed else s

def card(brand=None, fmt=None):
    brand = brand or R.choice(["visa", "visa", "mc", "mc2", "amex", "discover", "jcb", "diners"])
    pre, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55"]), 16), "mc2": (str(R.randint(2221, 2720)), 16),
               "amex": (R.choice(["34", "37"]), 15), "discover": (R.choice(["6011", "65"]), 16), "jcb": (str(R.randint(3528, 3589)), 16),
               "diners": (R.choice(["36", "38"]), 14)}[brand]
    body = pre + d(ln - len(pre) - 1); n = body + luhn_digit(body)
    fmt = fmt or R.choice(["space", "space", "dash", "plain"])
    if ln == 15: g = [4, 6, 5]
    elif ln == 14: g = [4, 6, 4]
    else: g = [4, 4, 4, 4]
    if fmt == "plain": return n
    parts = []; i = 0
    for x in g: parts.append(n[i:i+x]); i += x
    return (" " if fmt == "space" else "-").join(parts)
BRAND = {"4": "VISA", "5": "MASTERCARD", "2": "MASTERCARD", "3": "AMEX/JCB/DINERS", "6": "DISCOVER"}

def ssn(fmt=None):
    while True:
        a = R.randint(1, 899)
        if a != 666: break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    v = (a, g, s)
    fmt = fmt or R.choice(["dash", "dash", "dash", "plain", "space"])
    return {"dash": f"{a:03d}-{g:02d}-{s:04d}", "plain": f"{a:03d}{g:02d}{s:04d}", "space": f"{a:03d} {g:02d} {s:04d}"}[fmt]
def ssn_ok(v):
    x = v.replace("-", "").replace(" ", "")
    if len(x) != 9 or not x.isdigit(): return False
    a, g, s = int(x[:3]), int(x[3:5]), int(x[5:])
    return 0 < a < 900 and a != 666 and g != 0 and s != 0

PUB1 = [23, 31, 37, 46, 62, 78, 80, 81, 82, 84, 85, 86, 88, 89, 90, 91, 92, 94, 95, 98, 99, 104, 107, 108, 109, 141, 142, 151, 152, 176, 185, 188, 193, 195, 212, 213, 217]
def ip(kind=None):
    kind = kind or R.choice(["pub", "pub", "pub", "priv"])
    if kind == "pub": return f"{R.choice(PUB1)}.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}"
    return R.choice([f"10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}", f"192.168.{R.randint(0,255)}.{R.randint(1,254)}", f"172.{R.randint(16,31)}.{R.randint(0,255)}.{R.randint(1,254)}"])

MAILDOM = ["posteo-mail.example", "webpost.example", "kotimail.example", "correio-pt.example", "meinpost.example", "inbox-jp.example", "correo-ar.example", "fastmail-nordic.example", "poczta-pl.example", "netmail-in.example", "seznam-mail.example", "ozmail.example"]
_CYCLE = []
def next_cc():
    if not _CYCLE:
        _CYCLE.extend(CCS); R.shuffle(_CYCLE)
    return _CYCLE.pop()
class P:
    def __init__(self, cc=None):
        self.cc = cc or next_cc()
        f, l = NAMES[self.cc]; self.first, self.last = R.choice(f), R.choice(l)
        self.name = f"{self.first} {self.last}"
    def email(self, dom=None):
        dom = dom or R.choice(MAILDOM)
        fa, la = ascii_(self.first), ascii_(self.last)
        return R.choice([f"{fa}.{la}@{dom}", f"{fa[0]}{la}{R.randint(1,99)}@{dom}", f"{la}.{fa}@{dom}", f"{fa}_{la}{R.randint(70,99)}@{dom}"])
    def work_email(self, dom=H):
        return f"{ascii_(self.first)[0]}.{ascii_(self.last)}@{dom}"
    def phone(self, intl=None): return phone(self.cc, intl)

ROWS = []
PHONE_CC = {}
class Row:
    def __init__(self): self.e = []
    def add(self, t, v):
        if (t, v) not in self.e: self.e.append((t, v))
        return v
    def ph(self, cc, intl=None):
        v = self.add("phone", phone(cc, intl)); PHONE_CC[v] = cc; return v
    def em(self, v): return self.add("email", v)
    def cc(self, *a, **k): return self.add("credit_card", card(*a, **k))
    def ssn(self, *a): return self.add("ssn", ssn(*a))
    def ip(self, *a): return self.add("ipv4", ip(*a))
    def iban(self, cc, *a): return self.add("iban", iban(cc, *a))
    def done(self, fmt, cat, text):
        for t, v in self.e: assert v in text, (cat, t, v)
        ROWS.append({"format": fmt, "label": "pii", "category": cat, "entities": [{"type": t, "value": v} for t, v in self.e], "text": text})

def dt():
    m = R.randint(9, 12)
    return f"2026-{m:02d}-{R.randint(1, 7 if m == 12 else 28):02d}"
def tsz(): return f"{dt()}T{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}Z"
def mrn(): return "NMH" + d(8)
def dob(): return f"{R.randint(1935,2004)}-{R.randint(1,12):02d}-{R.randint(1,28):02d}"
IBAN_CCS = list(IBAN_SPEC)
CUR = {'GB': 'GBP', 'CH': 'CHF', 'DK': 'DKK', 'NO': 'NOK', 'PL': 'PLN', 'CZ': 'CZK', 'SE': 'SEK', 'TR': 'TRY', 'IL': 'ILS', 'AE': 'AED'}
EURO = ["GB", "IE", "DE", "AT", "CH", "FR", "ES", "PT", "NL", "DK", "NO", "PL", "CZ", "GR", "TR", "IL", "AE"]

# ---------------- positive row builders ----------------
B = []
def reg(f): B.append(f); return f

@reg
def hl7_adt():
    r = Row(); p = P(); k = P(p.cc)
    hp, mp, kp = r.ph(p.cc, False), r.ph(p.cc, True), r.ph(k.cc)
    e = r.em(p.email())
    t = (f"MSH|^~\\&|REG|NMH|EHR|NMH|{dt().replace('-','')}0912||ADT^A04^ADT_A01|{d(12)}|P|2.5.1\r"
         f"PID|1||{mrn()}^^^NMH^MR~{d(9)}^^^CMH^MB||{p.last.upper()}^{p.first.upper()}||{dob().replace('-','')}|{R.choice('MFU')}|||12 Harbour Rd^^{R.choice(['Cork','Lyon','Graz','Porto','Bergen'])}^^{d(5)}^{p.cc}||{hp}^PRN^PH~^NET^Internet^{e}~{mp}^PRN^CP\r"
         f"NK1|1|{k.last.upper()}^{k.first.upper()}|SPO^Spouse|||{kp}\r"
         f"PV1|1|O|CLIN4^^^NMH||||{d(10)}^OKAFOR^CHIDI\r")
    r.done("hl7v2:adt_a04", "patient_registration", t)
@reg
def fhir_patient():
    r = Row(); p = P()
    t = json.dumps({"resourceType": "Patient", "id": uid(), "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": tsz()},
        "identifier": [{"system": f"https://{H}/mrn", "value": mrn()}], "name": [{"family": p.last, "given": [p.first]}],
        "telecom": [{"system": "phone", "value": r.ph(p.cc, True), "use": "mobile"}, {"system": "phone", "value": r.ph(p.cc, False), "use": "home"}, {"system": "email", "value": r.em(p.email())}],
        "birthDate": dob(), "address": [{"city": "—", "postalCode": d(5), "country": p.cc}],
        "contact": [{"relationship": [{"text": "emergency"}], "telecom": [{"system": "phone", "value": r.ph(p.cc)}]}]}, ensure_ascii=False, indent=1)
    r.done("json:fhir_patient", "patient_demographics", t)
@reg
def crm_call():
    r = Row(); p = P(); agent = P(R.choice(["IE", "PL", "IN", "PT"]))
    t = (f"[CRM] Case {R.randint(100000,999999)} | Channel: Inbound voice | Queue: Billing-EN\n"
         f"Caller: {p.name} ({p.cc}) | Callback: {r.ph(p.cc)} | Alt: {r.ph(p.cc)}\n"
         f"Note ({agent.first} {agent.last[0]}.): caller disputes statement INV-{d(7)} dated {dt()}. Wants itemised bill e-mailed to {r.em(p.email())}. "
         f"Card on file ends **** {d(4)} (not read back). Escalated to {r.em('billing-disputes@' + H)}. SLA 5 business days.\n"
         f"Call ANI {r.ph(p.cc, True)} | recording id REC-{uid()[:8]}")
    r.done("text:crm_case_note", "call_centre_case", t)
@reg
def email_refund():
    r = Row(); p = P(R.choice(IBAN_CCS if False else [c for c in EURO if c in IBAN_SPEC]))
    t = (f"From: {p.name} <{r.em(p.email())}>\nTo: {r.em('patient-accounts@' + H)}\nSubject: Refund of overpayment – account {d(8)}\nDate: {dt()}\n\n"
         f"Dear Patient Accounts,\n\nI paid twice for my outpatient visit on {dt()} (receipt RC-{d(6)}). Please refund the duplicate EUR {R.randint(40,400)},{d(2)} to my account:\n"
         f"IBAN: {r.iban(p.cc)}\nAccount holder: {p.name}\n\nYou can reach me on {r.ph(p.cc)} in the afternoons.\n\nKind regards,\n{p.name}\n")
    r.done("email:rfc822", "refund_request", t)
@reg
def payment_log():
    r = Row(); p = P()
    c1 = r.cc(); cip = r.ip("pub")
    t = (f"{tsz()} INFO  payments.copay  attempt id=pay_{rs(14)} amount=35.00 USD patient={mrn()}\n"
         f"{tsz()} DEBUG payments.copay  request pan={c1} exp={R.randint(1,12):02d}/{R.randint(27,31)} name=\"{p.name}\" client_ip={cip}\n"
         f"{tsz()} WARN  payments.copay  gateway declined code=05 avs=N cvv=M; pan masked in gateway as {c1[:4]}********{c1.replace(' ','').replace('-','')[-4:]}\n"
         f"{tsz()} INFO  notify  receipt-failure mail to {r.em(p.email())}\n")
    r.done("log:payment_service", "card_payment_log", t)
@reg
def x12_837():
    r = Row(); p = P("US"); sub = p
    ph = r.ph("US", False).replace("(", "").replace(") ", "").replace("-", "").replace(".", "")
    r.e[-1] = ("phone", ph); PHONE_CC[ph] = "US"
    s = r.ssn("plain")
    t = (f"ISA*00*          *00*          *ZZ*NMHBILLING     *ZZ*CALDERONMUT    *261207*1403*^*00501*{d(9)}*0*P*:~\nGS*HC*NMHBILLING*CALDERONMUT*20261207*1403*{d(4)}*X*005010X222A1~\n"
         f"NM1*41*2*NORTHMOOR HEALTH PARTNERS*****46*NMH{d(6)}~\nPER*IC*JANE BILLING*TE*{ph}*EM*{r.em('edi-billing@' + H)}~\n"
         f"NM1*IL*1*{sub.last.upper()}*{sub.first.upper()}****MI*CMH{d(9)}~\nN3*{R.randint(10,9999)} MAPLE AVE~\nN4*BOSTON*MA*02{d(3)}~\nDMG*D8*{dob().replace('-','')}*{R.choice('MF')}~\n"
         f"REF*SY*{s}~\nCLM*{d(10)}*{R.randint(100,2000)}.00***11:B:1*Y*A*Y*Y~\nHI*ABK:E119*ABF:I10~\n")
    r.done("x12:837p", "professional_claim", t)
@reg
def sso_log():
    r = Row(); ps = [P() for _ in range(3)]
    lines = []
    for p in ps:
        lines.append(json.dumps({"time": tsz(), "user": r.em(p.work_email()), "app": R.choice(["EHR-Web", "PayerPortal", "Workday", "ServiceNow"]), "ipAddress": r.ip(), "result": R.choice(["success", "failure:MFA_DENIED", "success"]), "deviceId": uid(), "clientVersion": f"{R.randint(1,5)}.{R.randint(0,40)}.{R.randint(0,9)}"}))
    r.done("jsonl:sso_signin_log", "sso_signin_events", "\n".join(lines) + "\n")
@reg
def vpn_log():
    r = Row(); ps = [P() for _ in range(2)]
    t = ""
    for p in ps:
        u = r.em(p.work_email()); pub, priv = r.ip("pub"), r.ip("priv")
        t += (f"{tsz()} vpn-gw-02 sslvpn: user={u} group=Clinicians remote_ip={pub} assigned_ip={priv} client=GlobalConnect 6.2.{R.randint(0,9)} os=Windows 11 23H2 status=connected\n"
              f"{tsz()} vpn-gw-02 sslvpn: user={u} bytes_in={R.randint(10**5,10**8)} bytes_out={R.randint(10**5,10**8)} duration={R.randint(60,30000)}s status=disconnected\n")
    r.done("syslog:vpn_gateway", "vpn_sessions", t)
@reg
def nginx_access():
    r = Row(); t = ""
    for _ in range(4):
        t += f'{r.ip()} - - [{R.randint(1,28):02d}/Dec/2026:{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d} +0000] "GET /portal/api/appointments?patient={mrn()} HTTP/1.1" {R.choice([200,200,304,401])} {R.randint(200,9000)} "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)" rt={R.random():.3f}\n'
    r.done("log:nginx_access", "web_access_log", t)
@reg
def staff_roster():
    r = Row(); cc = R.choice(CCS); rows = ["employee_id,name,role,unit,mobile,work_email,shift"]
    for _ in range(4):
        p = P(cc); rows.append(f"E{d(6)},{p.name},{R.choice(['RN','HCA','Registrar','Pharmacist','Radiographer'])},{R.choice(['ICU','ED','Ward 7B','Oncology','Theatre 3'])},{r.ph(cc)},{r.em(p.work_email())},{R.choice(['D','N','L'])}")
    r.done("csv:staff_roster", "staff_roster", "\n".join(rows) + "\n")
@reg
def hr_onboarding():
    r = Row(); p = P("US")
    t = (f"Workday > Hire > {p.name} (Req R-{d(6)})\n---\nLegal name: {p.name}\nSocial Security Number: {r.ssn('dash')}\nDate of birth: {dob()}\nPersonal email: {r.em(p.email())}\n"
         f"Mobile: {r.ph('US')}\nDirect deposit: routing {R.choice(['011000015','021000021','121000358'])} acct ****{d(4)}\nStart date: {dt()} | Cost centre CC-{d(4)} | Badge pending\n"
         f"Emergency contact: {P('US').name}, {r.ph('US')}\n")
    r.done("form:hr_onboarding", "new_hire_record", t)
@reg
def helpdesk_ticket():
    r = Row(); p = P()
    t = (f"INC{d(7)} | Opened {tsz()} | Category: Access > Account locked\nCaller: {p.name} <{r.em(p.work_email())}> | Desk phone ext. {R.randint(2000,7999)} | Mobile {r.ph(p.cc)}\n"
         f"Description: Locked out of EHR after travelling; sign-in attempts from {r.ip('pub')} and {r.ip('pub')} flagged as impossible travel.\n"
         f"Workstation: NMH-WS-{d(5)} ({r.ip('priv')}) | Agent: build 24.11.{d(4)}\nResolution: identity verified by callback to number on file, MFA re-registered.\n")
    r.done("ticket:servicenow", "helpdesk_incident", t)
@reg
def collections_letter():
    r = Row(); p = P("US")
    t = (f"NORTHMOOR HEALTH PARTNERS – PATIENT FINANCIAL SERVICES\nStatement date: {dt()}    Account: {d(9)}    Guarantor: {p.name}\n\nAmount past due: ${R.randint(100,9000)}.{d(2)}\n"
         f"Our records show the guarantor SSN {r.ssn()} and the card ending {d(4)} declined on {dt()}.\nTo arrange a payment plan call {r.ph('US', False)} (Mon–Fri 8–6 ET) or e-mail {r.em('collections@' + H)}.\n"
         f"If you have questions about your coverage contact Calderon Mutual at {r.ph('US', False)}.\n")
    r.done("text:collections_letter", "collections_notice", t)
@reg
def x12_834():
    r = Row(); p = P("US"); dep = P("US")
    ph = r.ph("US", False).replace("(", "").replace(") ", "").replace("-", "").replace(".", ""); r.e[-1] = ("phone", ph); PHONE_CC[ph] = "US"
    t = (f"ST*834*{d(4)}*005010X220A1~\nBGN*00*{d(8)}*20261201*1200****2~\nINS*Y*18*021*28*A***FT~\nREF*0F*{r.ssn('plain')}~\nNM1*IL*1*{p.last.upper()}*{p.first.upper()}****34*{r.ssn('plain')}~\n"
         f"PER*IP**HP*{ph}*EM*{r.em(p.email()).upper() if False else r.e[-1][1] if False else r.em(p.email())}~\nDMG*D8*{dob().replace('-','')}*F~\nINS*N*19*021*28*A~\nNM1*IL*1*{dep.last.upper()}*{dep.first.upper()}****34*{r.ssn('plain')}~\nSE*10*{d(4)}~\n")
    r.done("x12:834", "benefit_enrollment", t)
@reg
def sql_result():
    r = Row(); cc = R.choice(CCS); t = "ehr_ro=> SELECT patient_id, full_name, phone, email, last_login_ip FROM portal_users WHERE last_login > now() - interval '1 day' LIMIT 3;\n patient_id |      full_name       |      phone       |              email               | last_login_ip\n------------+----------------------+------------------+----------------------------------+---------------\n"
    for _ in range(3):
        p = P(cc); t += f" {d(7)}    | {p.name:<20} | {r.ph(cc):<16} | {r.em(p.email()):<32} | {r.ip('pub')}\n"
    r.done("psql:query_result", "portal_user_export", t + "(3 rows)\n")
@reg
def payroll_iban():
    r = Row(); cc = R.choice([c for c in EURO]); t = f"Payroll run PR-2026-12 | entity NMH Europe B.V. | SEPA credit transfer file preview\n"
    for _ in range(3):
        p = P(cc); t += f"{p.name:<24} net {R.randint(1800,6800)},{d(2)} EUR  IBAN {r.iban(cc)}  ref SAL-{d(6)}\n"
    t += f"Approver: {r.em('payroll-approvals@' + H)}  Batch hash SHA1 {hexs(40)}\n"
    r.done("text:payroll_preview", "payroll_sepa", t)
@reg
def sms_log():
    r = Row(); t = "sid,to,from,status,body\n"
    for _ in range(3):
        p = P(); t += f"SM{hexs(32)},{r.ph(p.cc, True)},NMH-Clinic,delivered,\"Hi {p.first}, reminder: appt {dt()} 09:30 at Clinic 4. Reply C to confirm.\"\n"
    r.done("csv:sms_delivery_report", "appointment_reminders", t)
@reg
def chargeback():
    r = Row(); p = P()
    t = json.dumps({"dispute_id": "dp_" + rs(20), "reason": "fraudulent", "amount": R.randint(2000, 90000), "currency": R.choice(["usd", "eur", "gbp", "aud"]),
        "evidence": {"customer_name": p.name, "customer_email_address": r.em(p.email()), "customer_purchase_ip": r.ip("pub"), "billing_phone": r.ph(p.cc, True),
                     "card_number_submitted_by_issuer": r.cc(), "service_date": dt(), "service_documentation": f"Telehealth consult TH-{d(7)}"}}, ensure_ascii=False, indent=2)
    r.done("json:chargeback_evidence", "card_dispute", t)
@reg
def vcard():
    r = Row(); p = P()
    t = (f"BEGIN:VCARD\nVERSION:4.0\nFN:{p.name}\nN:{p.last};{p.first};;;\nORG:{R.choice(['Ortho Clinic','Reflab','Home Care Services'])}\nTEL;TYPE=work,voice;VALUE=uri:tel:{r.ph(p.cc, True)}\n"
         f"TEL;TYPE=cell:{r.ph(p.cc)}\nEMAIL;TYPE=work:{r.em(p.email())}\nNOTE:Referral coordinator; fax via portal only\nREV:{tsz()}\nEND:VCARD\n")
    r.done("vcard", "referral_contact", t)
@reg
def ldif():
    r = Row(); p = P()
    t = (f"dn: CN={p.name},OU=Staff,DC=corp,DC=northmoor-health,DC=example\nobjectClass: user\ncn: {p.name}\nmail: {r.em(p.work_email())}\ntelephoneNumber: {r.ph(p.cc, True)}\nmobile: {r.ph(p.cc)}\n"
         f"employeeID: {d(7)}\nlastLogonIP: {r.ip('priv')}\nwhenChanged: 20261205101133.0Z\nuserAccountControl: 512\n")
    r.done("ldif", "directory_entry", t)
@reg
def chat_transcript():
    r = Row(); p = P()
    t = (f"[{tsz()}] Bot: Welcome to Calderon Mutual member chat. What's your member ID?\n[{tsz()}] Member: CMH{d(9)}\n[{tsz()}] Agent ({P('IN').first}): Thanks {p.first}. To update your payment method I need the card number.\n"
         f"[{tsz()}] Member: {r.cc()} exp {R.randint(1,12):02d}/{R.randint(27,31)}\n[{tsz()}] Member: and please change my phone to {r.ph(p.cc)}, email {r.em(p.email())}\n[{tsz()}] Agent: Updated. Reference CHG-{d(6)}.\n")
    r.done("text:chat_transcript", "member_chat", t)
@reg
def k8s_ingress():
    r = Row(); t = ""
    for _ in range(3):
        t += json.dumps({"ts": tsz(), "remote_addr": r.ip("pub"), "x_forwarded_for": r.ip("pub"), "upstream": f"{r.ip('priv')}:8080", "host": f"fhir.{H}", "path": f"/r4/Patient/{d(7)}/$everything", "status": R.choice([200, 403, 429]), "request_time": round(R.random(), 3)}) + "\n"
    r.done("jsonl:ingress_nginx", "api_ingress_log", t)
@reg
def firewall():
    r = Row(); t = ""
    for _ in range(3):
        t += f"{tsz()} fw-edge-01 action=deny proto=tcp src={r.ip('pub')}:{R.randint(1024,65535)} dst={r.ip('priv')}:{R.choice([22,3389,445,2575])} rule=\"Block-Inbound-Default\" policy_id={R.randint(1,300)} app=unknown\n"
    r.done("syslog:firewall", "firewall_denies", t)
@reg
def pharmacy_delivery():
    r = Row(); p = P()
    t = (f"Home Delivery Manifest {dt()} | Route {R.choice('ABCD')}{R.randint(1,9)}\nRx {d(7)}-{R.randint(1,9)} | {p.name} | {R.choice(['Apixaban 5 mg','Insulin glargine','Methotrexate 2.5 mg'])} | qty {R.randint(28,90)}\n"
         f"Contact: {r.ph(p.cc)} / {r.ph(p.cc, True)} | notify {r.em(p.email())}\nLeave with neighbour: N | Cold chain: {R.choice(['Y','N'])} | Lot {rs(2,string.ascii_uppercase)}{d(5)} exp 2027-0{R.randint(1,9)}\n")
    r.done("text:delivery_manifest", "pharmacy_home_delivery", t)
@reg
def slack_msg():
    r = Row(); p = P(); q = P()
    t = json.dumps({"channel": "C0" + rs(9, string.ascii_uppercase + string.digits), "user": "U0" + rs(9, string.ascii_uppercase + string.digits),
        "text": f"@here patient {p.first} {p.last[0]}. called again — call back on {r.ph(p.cc)} or {r.ph(p.cc)}. Also the vendor engineer {q.name} ({r.em(q.email())}) needs VPN from {r.ip('pub')}.", "ts": f"{d(10)}.{d(6)}"}, ensure_ascii=False, indent=2)
    r.done("json:slack_message", "team_chat", t)
@reg
def yaml_provision():
    r = Row(); cc = R.choice(CCS); t = "# users.yaml — SCIM provisioning batch for new locum staff\nusers:\n"
    for _ in range(3):
        p = P(cc); t += f"  - displayName: \"{p.name}\"\n    emails: [{{value: {r.em(p.work_email())}, primary: true}}, {{value: {r.em(p.email())}}}]\n    phoneNumbers: [{{value: \"{r.ph(cc, True)}\", type: mobile}}]\n    employeeNumber: \"L{d(5)}\"\n"
    r.done("yaml:scim_batch", "user_provisioning", t)
@reg
def eligibility_271():
    r = Row(); p = P("US")
    t = (f"ST*271*0001*005010X279A1~\nBHT*0022*11*{d(10)}*20261207*0915~\nNM1*IL*1*{p.last.upper()}*{p.first.upper()}****MI*CMH{d(9)}~\nREF*SY*{r.ssn('dash')}~\nN3*{R.randint(10,999)} OAK ST~\nN4*AUSTIN*TX*787{d(2)}~\n"
         f"PER*IC**TE*{r.ph('US', False)}*EM*{r.em(p.email())}~\nDMG*D8*{dob().replace('-','')}*M~\nEB*1*IND*30**GOLD PPO~\nEB*C*IND*30***23*1500.00~\nSE*11*0001~\n")
    r.done("x12:271", "eligibility_response", t)
@reg
def device_fleet():
    r = Row(); t = "asset,model,ward,ip,fw,last_seen,owner_contact\n"
    for _ in range(3):
        p = P(); t += f"NMH-{d(6)},{R.choice(['Alaris 8015','Sigma Spectrum','Philips MX450'])},{R.choice(['ICU','ED','5N'])},{r.ip('priv')},{R.randint(9,12)}.{R.randint(0,9)}.{R.randint(0,9)},{tsz()},{r.em(p.work_email())}\n"
    t += f"# export requested by {r.em('biomed@' + H)} from {r.ip('pub')}\n"
    r.done("csv:device_inventory", "medical_device_fleet", t)
@reg
def insurer_portal_profile():
    r = Row(); p = P("US")
    t = json.dumps({"member": {"id": "CMH" + d(9), "name": p.name, "ssn": r.ssn(), "dob": dob(), "contact": {"email": r.em(p.email()), "phone": r.ph("US")},
        "payment_methods": [{"type": "card", "number": r.cc(), "brand": "auto"}, {"type": "card", "number": "**** **** **** " + d(4), "brand": "visa"}],
        "last_login": {"ip": r.ip("pub"), "at": tsz()}}}, indent=2)
    r.done("json:payer_portal_api", "member_profile", t)
@reg
def intl_patient_email():
    r = Row(); p = P(R.choice(["AE", "IL", "TR", "IN", "JP", "KR", "BR", "AR", "CL", "AU"])); coord = P("IE")
    t = (f"From: {coord.name} <{r.em(coord.work_email())}>\nTo: {r.em(p.email())}\nCc: {r.em('intl-patients@' + H)}\nSubject: Your treatment estimate and arrival details\n\n"
         f"Dear {p.first},\n\nThank you for choosing Northmoor. Your estimate (EST-{d(6)}) is attached. A deposit can be paid by card or by transfer to IBAN {r.iban(R.choice(['IE','GB']))}.\n"
         f"We will call you on {r.ph(p.cc, True)} before your flight; your local coordinator can be reached on {r.ph('IE', True)} (ext. {R.randint(100,999)}).\n\nWarm regards,\n{coord.name}\nInternational Patient Office\n")
    r.done("email:rfc822", "international_patient_correspondence", t)
@reg
def gdpr_request():
    r = Row(); p = P(R.choice(["DE", "AT", "CH", "FR", "NL", "DK", "NO", "PL", "CZ", "GR", "ES", "PT", "GB", "IE"]))
    t = (f"DSAR-{d(5)} | Received {dt()} via web form | Jurisdiction: {p.cc}\nRequester: {p.name}\nEmail: {r.em(p.email())}\nPhone: {r.ph(p.cc)}\n"
         f"Request: copy of all personal data incl. billing (Art. 15 GDPR). Requester states refunds were sent to {r.iban(p.cc, True)} and that a login from {r.ip('pub')} was not theirs.\n"
         f"Identity check: passport sighted (doc no. withheld). Due: {dt()} | Owner: {r.em('privacy-office@' + H)}\n")
    r.done("ticket:privacy_request", "data_subject_request", t)
@reg
def lab_courier():
    r = Row(); p = P(R.choice(["JP", "KR", "IN", "AU", "BR", "AR", "CL", "TR", "IL", "AE"]))
    t = (f"ORU^R01 sendout status — reference lab courier\nSpecimen {rs(2,string.ascii_uppercase)}{d(8)} | Accession ACC{d(8)} | Patient {p.last.upper()}, {p.first}\n"
         f"Ordering clinic phone: {r.ph(p.cc, False)} | Patient phone: {r.ph(p.cc, True)}\nResults portal login e-mail: {r.em(p.email())}\nTemperature log: 2–8 °C OK, pickup {tsz()}\n")
    r.done("text:lab_sendout_status", "reference_lab_sendout", t)
@reg
def azure_signin():
    r = Row(); p = P()
    t = json.dumps({"value": [{"id": uid(), "createdDateTime": tsz(), "userPrincipalName": r.em(p.work_email()), "appDisplayName": "NMH EHR Citrix", "ipAddress": r.ip("pub"),
        "location": {"city": "—", "countryOrRegion": p.cc}, "status": {"errorCode": 50126, "failureReason": "Invalid username or password."},
        "deviceDetail": {"operatingSystem": "Windows 10", "browser": "Edge 131.0.2903"}}, {"id": uid(), "createdDateTime": tsz(), "userPrincipalName": r.e[0][1], "ipAddress": r.ip("pub"), "status": {"errorCode": 0}}]}, indent=1)
    r.done("json:entra_signin_logs", "identity_signin_audit", t)
@reg
def mixed_debug():
    r = Row(); p = P("US")
    t = (f"{tsz()} ERROR ClaimsIntake.Validate: payload rejected (schema v3.2.1)\n  subscriber.ssn=\"{r.ssn()}\" subscriber.email=\"{r.em(p.email())}\" subscriber.phone=\"{r.ph('US')}\"\n"
         f"  guarantor.card=\"{r.cc()}\" source_ip={r.ip()} request_id={uid()}\n  reason: SSN field must be masked before logging (policy DLP-7)\n")
    r.done("log:application_error", "claims_intake_error", t)


@reg
def sepa_mandate():
    r = Row(); p = P(R.choice(EURO))
    t = (f"SEPA Direct Debit Mandate — ref NMH-DD-{d(8)}\nCreditor: Northmoor Health Partners Europe (CI IE{d(2)}ZZZ{d(6)})\nDebtor: {p.name}\nDebtor IBAN: {r.iban(p.cc)}\nBIC: {rs(4,string.ascii_uppercase)}{p.cc}{rs(2,string.ascii_uppercase)}\n"
         f"Type: recurring (payment plan {R.randint(3,12)} instalments)\nSigned electronically {tsz()} from {r.ip('pub')}\nConfirmation sent to {r.em(p.email())}\n")
    r.done("text:sepa_mandate", "direct_debit_mandate", t)
@reg
def refund_batch_csv():
    r = Row(); t = "refund_id,payee,country,iban,amount,currency,contact_email\n"
    for cc in R.sample(IBAN_CCS, 4):
        p = P(cc if cc in NAMES else "BE" if False else R.choice(EURO)); t += f"RF{d(7)},{p.name},{cc},{r.iban(cc, R.random()<0.3)},{R.randint(20,900)}.{d(2)},{CUR.get(cc, 'EUR')},{r.em(p.email())}\n"
    r.done("csv:refund_batch", "patient_refund_batch", t)
@reg
def vendor_payment():
    r = Row(); a, b = R.sample(IBAN_CCS, 2)
    t = json.dumps({"paymentRun": f"AP-{d(6)}", "items": [
        {"vendor": "Infuse-Med Service GmbH", "invoice": f"INV-{d(7)}", "iban": r.iban(a, False), "amount": f"{R.randint(1000,90000)}.{d(2)}", "remittanceEmail": r.em(f"ar@infuse-med-{a.lower()}.example")},
        {"vendor": "Lab Reagents Ltd", "invoice": f"INV-{d(7)}", "iban": r.iban(b, False), "amount": f"{R.randint(1000,90000)}.{d(2)}", "contactPhone": r.ph(b if b in NAMES else "GB", True)}]}, indent=2)
    r.done("json:ap_payment_run", "vendor_payments", t)
@reg
def card_settlement():
    r = Row(); t = "txn_id,auth_code,pan,brand,amount,terminal,cashier\n"
    for _ in range(4):
        c = r.cc(); t += f"T{d(10)},{rs(6,string.ascii_uppercase+string.digits)},{c},{BRAND[c[0]]},{R.randint(5,400)}.{d(2)},POS-{R.choice(['ED','PHARM','CAFE'])}-{R.randint(1,9)},{P().first}\n"
    t += f"# masked copy for finance: ****{d(4)}, ****{d(4)}\n"
    r.done("csv:card_settlement", "pos_settlement_batch", t)
@reg
def card_updater():
    r = Row(); p = P()
    old, new = r.cc(), r.cc()
    t = (f"{tsz()} INFO AccountUpdater: response for profile cus_{rs(14)} ({p.name})\n  old_pan={old} new_pan={new} reason=EXPIRY_UPDATE new_exp={R.randint(1,12):02d}/{R.randint(28,31)}\n"
         f"  notify={r.em(p.email())} sms={r.ph(p.cc, True)}\n")
    r.done("log:card_account_updater", "card_account_update", t)
@reg
def fax_cover():
    r = Row(); p = P(R.choice(CCS)); q = P(p.cc)
    t = (f"FAX COVER SHEET — CONFIDENTIAL\nTo: {q.name}, {R.choice(['Cardiology','Orthopaedics','Oncology'])}\nFax: {r.ph(q.cc, True)}   Phone: {r.ph(q.cc)}\nFrom: {p.name}, Health Information Management\n"
         f"Fax: {r.ph(p.cc, True)}   E-mail: {r.em(p.work_email())}\nPages: {R.randint(2,30)} incl. cover | Re: referral RF-{d(6)} | Date {dt()}\n")
    r.done("text:fax_cover_sheet", "fax_referral", t)

# generate 100 positive rows: each builder at least once, then random
def build_pos(n=100):
    for f in B: f()
    W = [3 if f.__name__ in ('sepa_mandate','refund_batch_csv','vendor_payment','card_settlement','card_updater','chargeback','chat_transcript','payment_log','email_refund','gdpr_request','payroll_iban','insurer_portal_profile','mixed_debug','intl_patient_email') else 1 for f in B]
    while len(ROWS) < n: R.choices(B, W)[0]()
    return ROWS[:n]
