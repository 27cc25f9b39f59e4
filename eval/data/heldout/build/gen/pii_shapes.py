"""Valid-by-construction PII values (phones, SSNs, Luhn cards, IBANs, IPs, emails)
plus validators used both for generation and for checking the labels."""
import re
import string

US_AREA = ["212", "312", "415", "617", "303", "512", "206", "404", "713", "919", "602", "503", "720", "646", "818"]
UK_MOBILE = ["7911", "7402", "7825", "7723", "7480", "7956", "7587"]
DE_MOBILE = ["151", "152", "160", "170", "171", "176", "157"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]
NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO", "KNAB"]
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "web.de", "gmx.de", "orange.fr",
                 "hotmail.co.uk", "uol.com.br"]


def luhn_ok(num: str) -> bool:
    digits = [int(ch) for ch in num if ch.isdigit()]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def luhn_complete(prefix_body: str) -> str:
    for d in "0123456789":
        if luhn_ok(prefix_body + d):
            return prefix_body + d
    raise AssertionError


def ssn_valid(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a != "000" and a != "666" and not a.startswith("9") and g != "00" and n != "0000"


def iban_check(iban: str) -> bool:
    s = iban.replace(" ", "")
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def iban_make(cc: str, bban: str) -> str:
    r = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in r)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


class PII:
    def __init__(self, r):
        self.r = r

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    # -------------------------------------------------------------- phones
    def phone(self, country=None, intl=None):
        r = self.r
        country = country or r.choice(["US", "US", "UK", "DE", "FR", "ES", "JP", "BR", "IN", "AU"])
        intl = r.random() < 0.5 if intl is None else intl
        if country == "US":
            a = r.choice(US_AREA)
            ex = str(r.randint(2, 9)) + self.digits(2)
            while ex == "555":
                ex = str(r.randint(2, 9)) + self.digits(2)
            ln = self.digits(4)
            if intl:
                return r.choice([f"+1 {a} {ex} {ln}", f"+1-{a}-{ex}-{ln}", f"+1 ({a}) {ex}-{ln}"])
            return r.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}"])
        if country == "UK":
            if r.random() < 0.6:
                m = r.choice(UK_MOBILE)
                rest = str(r.randint(1, 9)) + self.digits(5)
                return f"+44 {m} {rest}" if intl else f"0{m} {rest}"
            rest = f"{r.choice(['7', '8'])}{self.digits(3)} {self.digits(4)}"
            return f"+44 20 {rest}" if intl else f"020 {rest}"
        if country == "DE":
            if r.random() < 0.5:
                m = r.choice(DE_MOBILE)
                rest = str(r.randint(1, 9)) + self.digits(7)
                return f"+49 {m} {rest}" if intl else f"0{m} {rest}"
            city = r.choice(["30", "40", "89", "69", "221"])
            rest = str(r.randint(2, 9)) + self.digits(6)
            return f"+49 {city} {rest}" if intl else f"0{city} {rest}"
        if country == "FR":
            p = r.choice(["6", "7", "1", "4"])
            pairs = " ".join(self.digits(2) for _ in range(4))
            return f"+33 {p} {pairs}" if intl else f"0{p} {pairs}"
        if country == "ES":
            if r.random() < 0.6:
                n = r.choice(["6", "7"]) + self.digits(2)
                return (f"+34 {n} {self.digits(3)} {self.digits(3)}" if intl else f"{n} {self.digits(3)} {self.digits(3)}")
            return (f"+34 91 {self.digits(3)} {self.digits(2)} {self.digits(2)}" if intl else f"91 {self.digits(3)} {self.digits(2)} {self.digits(2)}")
        if country == "JP":
            if r.random() < 0.6:
                m = r.choice(["90", "80", "70"])
                return f"+81 {m}-{self.digits(4)}-{self.digits(4)}" if intl else f"0{m}-{self.digits(4)}-{self.digits(4)}"
            sub = str(r.randint(3, 6)) + self.digits(3)
            return f"+81 3-{sub}-{self.digits(4)}" if intl else f"03-{sub}-{self.digits(4)}"
        if country == "BR":
            ddd = r.choice(["11", "21", "31", "41", "51"])
            return f"+55 {ddd} 9{self.digits(4)}-{self.digits(4)}" if intl else f"({ddd}) 9{self.digits(4)}-{self.digits(4)}"
        if country == "IN":
            return f"+91 {r.choice('6789')}{self.digits(4)} {self.digits(5)}" if intl else f"0{r.choice('6789')}{self.digits(4)} {self.digits(5)}"
        if country == "AU":
            return f"+61 4{self.digits(2)} {self.digits(3)} {self.digits(3)}" if intl else f"04{self.digits(2)} {self.digits(3)} {self.digits(3)}"
        raise ValueError(country)

    # -------------------------------------------------------------- ssn
    def ssn(self, sep="-"):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        s = f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"
        assert ssn_valid(s)
        return s

    # -------------------------------------------------------------- cards
    def card(self, brand=None, style=None):
        r = self.r
        brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "discover"])
        if brand == "visa":
            body = "4" + self.digits(14)
        elif brand == "mc":
            body = (str(r.randint(51, 55)) + self.digits(13)) if r.random() < 0.7 else (str(r.randint(2221, 2720)) + self.digits(11))
        elif brand == "amex":
            body = r.choice(["34", "37"]) + self.digits(12)
        else:
            body = "6011" + self.digits(11)
        num = luhn_complete(body)
        if num in ("4111111111111111", "4242424242424242", "5555555555554444", "378282246310005"):
            return self.card(brand, style)
        style = style or r.choice(["space", "space", "dash", "plain"])
        if brand == "amex":
            parts = [num[:4], num[4:10], num[10:]]
        else:
            parts = [num[i:i + 4] for i in range(0, 16, 4)]
        if style == "space":
            return " ".join(parts)
        if style == "dash":
            return "-".join(parts)
        return num

    # -------------------------------------------------------------- iban
    def iban(self, cc=None, grouped=None):
        r = self.r
        cc = cc or r.choice(["DE", "GB", "FR", "ES", "NL", "BE", "AT", "CH", "PT"])
        if cc == "DE":
            bban = self.digits(8) + self.digits(10)
        elif cc == "GB":
            bban = r.choice(GB_BANKS) + self.digits(6) + self.digits(8)
        elif cc == "NL":
            bban = r.choice(NL_BANKS) + self.digits(10)
        elif cc == "FR":
            bank, branch, acct = self.digits(5), self.digits(5), self.digits(11)
            key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
            bban = f"{bank}{branch}{acct}{key:02d}"
        elif cc == "ES":
            bank, branch, acct = self.digits(4), self.digits(4), self.digits(10)
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def dc(s10):
                v = 11 - sum(int(a) * b for a, b in zip(s10, w)) % 11
                return 0 if v == 11 else 1 if v == 10 else v
            bban = f"{bank}{branch}{dc('00' + bank + branch)}{dc(acct)}{acct}"
        elif cc == "BE":
            ten = self.digits(10)
            chk = int(ten) % 97 or 97
            bban = f"{ten}{chk:02d}"
        elif cc == "AT":
            bban = self.digits(5) + self.digits(11)
        elif cc == "CH":
            bban = self.digits(5) + self.digits(12)
        elif cc == "PT":
            n19 = self.digits(19)
            chk = 98 - (int(n19) * 100) % 97
            bban = f"{n19}{chk:02d}"
        iban = iban_make(cc, bban)
        assert iban_check(iban)
        grouped = r.random() < 0.6 if grouped is None else grouped
        return group4(iban) if grouped else iban

    # -------------------------------------------------------------- ip / email
    def ipv4(self, kind="public"):
        r = self.r
        if kind == "private":
            return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                             f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                             f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
        while True:
            a = r.randint(1, 223)
            if a in (10, 127, 172, 192, 100, 169, 198, 203):
                continue
            return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def email(self, first, last, domain=None):
        r = self.r
        domain = domain or r.choice(EMAIL_DOMAINS)
        f, l = first.lower(), last.lower().replace("'", "").replace(" ", "")
        f = f.replace("á", "a").replace("é", "e").replace("ó", "o")
        user = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[:1]}{r.randint(1, 99)}", f"{f}_{l}", f"{l}.{f}"])
        return f"{user}@{domain}"


# ---------------------------------------------------------------- scanners
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
CARD_RE = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


def find_ipv4(text):
    out = []
    for m in IPV4_RE.finditer(text):
        if all(int(p) <= 255 for p in m.group(0).split(".")):
            out.append(m.group(0))
    return out


def find_cards(text):
    out = []
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d):
            out.append(m.group(0))
    return out


def find_ibans(text):
    return [m.group(0) for m in IBAN_RE.finditer(text) if iban_check(m.group(0))]


def find_ssns(text):
    return [m.group(0) for m in SSN_RE.finditer(text) if ssn_valid(m.group(0))]
