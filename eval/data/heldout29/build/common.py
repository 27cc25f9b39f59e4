"""Random value generators for the heldout29 evaluation set.

All randomness comes from the `secrets` module (system CSPRNG).
"""
import base64
import datetime
import hashlib
import hmac
import json
import secrets
import string
import unicodedata
import uuid
import zlib

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.x509.oid import NameOID

SR = secrets.SystemRandom()
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
B62 = DG + UP + LO
URLSAFE = ALNUM + "-_"
B64CH = ALNUM + "+/"
HEX = "0123456789abcdef"


def rs(alpha, n):
    return "".join(secrets.choice(alpha) for _ in range(n))


def hx(n):
    return rs(HEX, n)


def HX(n):
    return rs(HEX.upper(), n)


def b64(nbytes):
    return base64.b64encode(secrets.token_bytes(nbytes)).decode()


def b64u(nbytes):
    return base64.urlsafe_b64encode(secrets.token_bytes(nbytes)).decode().rstrip("=")


def b64s(s):
    return base64.b64encode(s.encode()).decode()


def b64us(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def uid():
    return str(uuid.UUID(bytes=secrets.token_bytes(16), version=4))


def ri(a, b):
    return SR.randint(a, b)


def ch(seq):
    return secrets.choice(list(seq))


def sample(seq, k):
    return SR.sample(list(seq), k)


def nz(n):
    """n random digits, first non-zero."""
    return str(ri(1, 9)) + rs(DG, n - 1)


def base62(n):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s or "0"


def crc_token(prefix, body_len=30):
    """Token in the GitHub/npm style: prefix + random base62 + 6-char base62 CRC32."""
    body = rs(ALNUM, body_len)
    return prefix + body + base62(zlib.crc32(body.encode())).rjust(6, "0")


# ---------------------------------------------------------------- time
_CLOCK = {"t": None}


def reset_clock():
    """Start a per-row clock so that timestamps inside one tool output are increasing and close together."""
    _CLOCK["t"] = datetime.datetime(2024, 9, 1) + datetime.timedelta(seconds=ri(0, 400 * 86400))


def rdate(start=datetime.datetime(2024, 9, 1), days=420):
    if _CLOCK["t"] is not None:
        _CLOCK["t"] += datetime.timedelta(seconds=ri(3, 5400))
        return _CLOCK["t"]
    return start + datetime.timedelta(seconds=ri(0, days * 86400))


def iso(dt=None, ms=False):
    dt = dt or rdate()
    if ms:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ri(0, 999):03d}Z"
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch(dt=None):
    dt = dt or rdate()
    return int(dt.replace(tzinfo=datetime.timezone.utc).timestamp())


def git_sha():
    return hx(40)


# ---------------------------------------------------------------- JWT / keys
def _seg(d):
    return base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt_hs256(payload, key=None, header=None):
    key = key or secrets.token_bytes(32)
    h = header or {"alg": "HS256", "typ": "JWT"}
    si = _seg(h) + "." + _seg(payload)
    sig = base64.urlsafe_b64encode(hmac.new(key, si.encode(), hashlib.sha256).digest()).decode().rstrip("=")
    return si + "." + sig


def jwt_rs256(payload, kid=None):
    k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    h = {"alg": "RS256", "typ": "JWT"}
    if kid:
        h["kid"] = kid
    si = _seg(h) + "." + _seg(payload)
    sig = k.sign(si.encode(), padding.PKCS1v15(), hashes.SHA256())
    return si + "." + base64.urlsafe_b64encode(sig).decode().rstrip("=")


def jwt_unsigned_parts(payload, header=None):
    h = header or {"alg": "RS256", "typ": "JWT"}
    return _seg(h), _seg(payload)


def rsa_key(bits=2048):
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def ec_key():
    return ec.generate_private_key(ec.SECP256R1())


def ed_key():
    return ed25519.Ed25519PrivateKey.generate()


def pem_pkcs8(k):
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                           serialization.NoEncryption()).decode()


def pem_traditional(k):
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                           serialization.NoEncryption()).decode()


def openssh_private(k):
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH,
                           serialization.NoEncryption()).decode()


def openssh_public(k, comment=""):
    s = k.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()
    return s + (" " + comment if comment else "")


def pem_public(k):
    return k.public_key().public_bytes(serialization.Encoding.PEM,
                                       serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def self_signed_cert(cn, org, key=None, days=397):
    key = key or ec_key()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org)])
    now = datetime.datetime(2025, 1, 1) + datetime.timedelta(days=ri(0, 120))
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + datetime.timedelta(days=days))
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM).decode()


# ---------------------------------------------------------------- cards
KNOWN_TEST_PANS = {"4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
                   "5200828282828210", "378282246310005", "371449635398431", "6011111111111117",
                   "3056930009020004", "36227206271667", "3566002020360505", "6200000000000005",
                   "4111111111111111", "5105105105105100", "4012888888881881"}


def luhn_digit(body):
    s = 0
    for i, d in enumerate(reversed(body)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    num = "".join(c for c in num if c.isdigit())
    return luhn_digit(num[:-1]) == num[-1]


CARD_BRANDS = {
    "visa": (lambda: "4", 16),
    "mastercard": (lambda: ch(["51", "52", "53", "54", "55", str(ri(2221, 2720))]), 16),
    "amex": (lambda: ch(["34", "37"]), 15),
    "discover": (lambda: ch(["6011", "65", str(ri(644, 649))]), 16),
    "jcb": (lambda: str(ri(3528, 3589)), 16),
    "diners": (lambda: ch(["36", "38", str(ri(300, 305))]), 14),
    "unionpay": (lambda: "62" + str(ri(21, 29)), 16),
    "visa19": (lambda: "4", 19),
}


def card_number(brand="visa"):
    pf, ln = CARD_BRANDS[brand]
    while True:
        p = pf()
        body = p + rs(DG, ln - len(p) - 1)
        n = body + luhn_digit(body)
        if n not in KNOWN_TEST_PANS:
            return n


def fmt_card(n, sep=" "):
    if sep is None:
        return n
    if len(n) == 15:
        g = [n[:4], n[4:10], n[10:]]
    elif len(n) == 14:
        g = [n[:4], n[4:10], n[10:]]
    else:
        g = [n[i:i + 4] for i in range(0, len(n), 4)]
    return sep.join(g)


def card(brand="visa", sep=" "):
    return fmt_card(card_number(brand), sep)


# ---------------------------------------------------------------- SSN
def ssn(sep="-"):
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    g = ri(1, 99)
    s = ri(1, 9999)
    if sep is None:
        return f"{a:03d}{g:02d}{s:04d}"
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


# ---------------------------------------------------------------- IBAN
def _iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_from_bban(cc, bban):
    cd = 98 - int(_iban_num(bban + cc + "00")) % 97
    return f"{cc}{cd:02d}{bban}"


def iban_ok(iban):
    s = iban.replace(" ", "")
    return int(_iban_num(s[4:] + s[:4])) % 97 == 1


def _fr_rib(bank, branch, acct):
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97:02d}"


def _es_dc(s, w=(1, 2, 4, 8, 5, 10, 9, 7, 3, 6)):
    r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
    return {10: 1, 11: 0}.get(r, r)


_IT_ODD = dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
_IT_ODD.update(dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])))


def _it_cin(s):
    t = 0
    for i, c in enumerate(s):
        if i % 2 == 0:
            t += _IT_ODD[c]
        else:
            t += int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + t % 26)


def _nl_acct():
    while True:
        a = rs(DG, 10)
        if a[0] != "0" and sum(int(d) * (10 - i) for i, d in enumerate(a)) % 11 == 0:
            return a


def _no_acct():
    w = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        a = nz(10)
        r = 11 - sum(int(d) * x for d, x in zip(a, w)) % 11
        if r == 11:
            r = 0
        if r != 10:
            return a + str(r)


def _fi_bban():
    body = nz(13)
    return body + luhn_digit(body)


def iban(cc="DE", spaced=True):
    if cc == "DE":
        bban = nz(8) + rs(DG, 10)
    elif cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "RBOS", "MONZ", "SRLG"]) + nz(6) + rs(DG, 8)
    elif cc == "FR":
        bank, branch, acct = nz(5), rs(DG, 5), rs(DG, 11)
        bban = bank + branch + acct + _fr_rib(bank, branch, acct)
    elif cc == "ES":
        bank, branch, acct = nz(4), rs(DG, 4), rs(DG, 10)
        bban = bank + branch + str(_es_dc("00" + bank + branch)) + str(_es_dc(acct)) + acct
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB", "BUNQ"]) + _nl_acct()
    elif cc == "BE":
        first = nz(3) + rs(DG, 7)
        c = int(first) % 97 or 97
        bban = first + f"{c:02d}"
    elif cc == "IT":
        rest = nz(5) + rs(DG, 5) + rs(DG, 12)
        bban = _it_cin(rest) + rest
    elif cc == "AT":
        bban = nz(5) + rs(DG, 11)
    elif cc == "CH":
        bban = "00" + rs(DG, 3) + rs(DG, 12)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS", "ULSB"]) + nz(6) + rs(DG, 8)
    elif cc == "PL":
        bban = nz(8) + rs(DG, 16)
    elif cc == "SE":
        bban = nz(3) + rs(DG, 17)
    elif cc == "DK":
        bban = nz(4) + rs(DG, 10)
    elif cc == "PT":
        b = "00" + rs(DG, 2) + rs(DG, 4) + rs(DG, 11)
        bban = b + f"{98 - (int(b) * 100) % 97:02d}"
    elif cc == "LU":
        bban = nz(3) + rs(DG + UP, 13)
    elif cc == "FI":
        bban = _fi_bban()
    elif cc == "NO":
        bban = _no_acct()
    elif cc == "AE":
        bban = "0" + rs(DG, 2) + rs(DG, 16)
    elif cc == "TR":
        bban = nz(5) + "0" + rs(DG, 16)
    elif cc == "BR":
        bban = nz(8) + rs(DG, 5) + rs(DG, 10) + ch("CP") + "1"
    else:
        raise ValueError(cc)
    v = iban_from_bban(cc, bban)
    assert iban_ok(v)
    if spaced:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


# ---------------------------------------------------------------- IPv4
_PUB_FIRST = [23, 24, 31, 37, 45, 46, 50, 52, 62, 66, 68, 71, 73, 77, 78, 79, 81, 82, 84, 86, 88, 89, 90, 91,
              93, 94, 95, 98, 99, 101, 103, 104, 107, 109, 112, 115, 117, 121, 122, 136, 138, 141, 142, 146,
              151, 152, 154, 157, 162, 164, 165, 176, 177, 178, 179, 181, 185, 186, 187, 188, 189, 190, 191,
              193, 194, 195, 196, 197, 200, 201, 212, 213, 217]


def ip_public():
    while True:
        a = ch(_PUB_FIRST)
        b, c, d = ri(0, 255), ri(0, 255), ri(1, 254)
        s = f"{a}.{b}.{c}.{d}"
        if not (a == 198 and b in (18, 19, 51)) and not (a == 192 and b == 0) and not (a == 203 and b == 0):
            return s


def ip_private(kind=None):
    kind = kind or ch(["10", "172", "192"])
    if kind == "10":
        return f"10.{ri(0, 255)}.{ri(0, 255)}.{ri(1, 254)}"
    if kind == "172":
        return f"172.{ri(16, 31)}.{ri(0, 255)}.{ri(1, 254)}"
    return f"192.168.{ri(0, 255)}.{ri(1, 254)}"


# ---------------------------------------------------------------- phones
def _d(n):
    return rs(DG, n)


def _us_parts():
    a = str(ri(2, 9)) + _d(2)
    while a[1:] == "11":
        a = str(ri(2, 9)) + _d(2)
    e = str(ri(2, 9)) + _d(2)
    while e[1:] == "11":
        e = str(ri(2, 9)) + _d(2)
    return a, e, _d(4)


def phone(country="US", style=None):
    c = country
    if c in ("US", "CA"):
        a, e, x = _us_parts()
        styles = [f"+1 ({a}) {e}-{x}", f"({a}) {e}-{x}", f"{a}-{e}-{x}", f"{a}.{e}.{x}", f"+1{a}{e}{x}",
                  f"1-{a}-{e}-{x}", f"+1 {a} {e} {x}", f"+1-{a}-{e}-{x}"]
    elif c == "UK":
        styles = [f"+44 7{_d(3)} {_d(6)}", f"07{_d(3)} {_d(6)}", f"+44 20 {nz(4)} {_d(4)}",
                  f"020 {nz(4)} {_d(4)}", f"0161 {nz(3)} {_d(4)}", f"+447{_d(9)}", f"+44 (0)1{_d(3)} {_d(6)}"]
    elif c == "DE":
        styles = [f"+49 15{ri(1, 9)} {_d(8)}", f"+49 30 {nz(8)}", f"0176 {_d(8)}", f"(089) {nz(7)}",
                  f"+49 (0)40 {nz(3)} {_d(4)}", f"+4917{ri(0, 9)}{_d(8)}", f"0151/{_d(8)}"]
    elif c == "FR":
        p = lambda: " ".join(_d(2) for _ in range(4))
        styles = [f"+33 6 {p()}", f"06 {p()}", f"+33 1 {p()}", f"07 {p()}", f"+33 (0)4 {p()}",
                  f"+337{_d(8)}"]
    elif c == "ES":
        styles = [f"+34 6{_d(2)} {_d(3)} {_d(3)}", f"+34 91 {_d(3)} {_d(2)} {_d(2)}", f"6{_d(2)} {_d(2)} {_d(2)} {_d(2)}"]
    elif c == "IT":
        styles = [f"+39 3{_d(2)} {_d(3)} {_d(4)}", f"+39 02 {_d(4)} {_d(4)}", f"3{_d(2)} {_d(7)}"]
    elif c == "NL":
        styles = [f"+31 6 {_d(8)}", f"06-{_d(8)}", f"+31 20 {nz(3)} {_d(4)}", f"+31 (0)6 {_d(4)} {_d(4)}"]
    elif c == "BE":
        styles = [f"+32 4{_d(2)} {_d(2)} {_d(2)} {_d(2)}", f"04{_d(2)}/{_d(2)}.{_d(2)}.{_d(2)}"]
    elif c == "CH":
        styles = [f"+41 7{ch('6789')} {_d(3)} {_d(2)} {_d(2)}", f"044 {nz(3)} {_d(2)} {_d(2)}"]
    elif c == "AT":
        styles = [f"+43 664 {_d(7)}", f"+43 1 {nz(7)}", f"0699 {_d(8)}"]
    elif c == "SE":
        styles = [f"+46 70 {_d(3)} {_d(2)} {_d(2)}", f"070-{_d(3)} {_d(2)} {_d(2)}", f"+46 8 {nz(3)} {_d(3)} {_d(2)}"]
    elif c == "NO":
        styles = [f"+47 {ch('49')}{_d(2)} {_d(2)} {_d(3)}", f"+47 {ch('49')}{_d(7)}"]
    elif c == "DK":
        styles = [f"+45 {nz(2)} {_d(2)} {_d(2)} {_d(2)}", f"+45 {nz(8)}"]
    elif c == "PL":
        styles = [f"+48 5{_d(2)} {_d(3)} {_d(3)}", f"+48 6{_d(2)}-{_d(3)}-{_d(3)}", f"+48 22 {nz(3)} {_d(2)} {_d(2)}"]
    elif c == "IE":
        styles = [f"+353 8{ch('35679')} {_d(3)} {_d(4)}", f"08{ch('35679')} {_d(3)} {_d(4)}", f"+353 1 {nz(3)} {_d(4)}"]
    elif c == "PT":
        styles = [f"+351 9{ch('1236')}{_d(1)} {_d(3)} {_d(3)}", f"+351 21 {nz(3)} {_d(4)}"]
    elif c == "BR":
        styles = [f"+55 11 9{_d(4)}-{_d(4)}", f"(11) 9{_d(4)}-{_d(4)}", f"+55 21 9{_d(4)}-{_d(4)}",
                  f"+55 (31) 9{_d(4)}-{_d(4)}", f"+5511 9{_d(4)}{_d(4)}"]
    elif c == "MX":
        styles = [f"+52 55 {_d(4)} {_d(4)}", f"+52 1 33 {_d(4)} {_d(4)}", f"(55) {_d(4)}-{_d(4)}", f"+52 81 {_d(4)}-{_d(4)}"]
    elif c == "AR":
        styles = [f"+54 9 11 {_d(4)}-{_d(4)}", f"+54 11 {_d(4)}-{_d(4)}"]
    elif c == "CO":
        styles = [f"+57 3{_d(2)} {_d(3)} {_d(4)}", f"+57 (1) {nz(3)} {_d(4)}"]
    elif c == "CL":
        styles = [f"+56 9 {_d(4)} {_d(4)}"]
    elif c == "IN":
        styles = [f"+91 9{_d(4)} {_d(5)}", f"+91-{ch('6789')}{_d(9)}", f"0{ch('6789')}{_d(9)}", f"+91 80 {nz(4)} {_d(4)}",
                  f"+91 {ch('6789')}{_d(4)}-{_d(5)}"]
    elif c == "PK":
        styles = [f"+92 3{_d(2)} {_d(7)}", f"03{_d(2)}-{_d(7)}"]
    elif c == "BD":
        styles = [f"+880 1{ch('3456789')}{_d(2)}-{_d(6)}"]
    elif c == "JP":
        styles = [f"+81 90-{_d(4)}-{_d(4)}", f"03-{nz(4)}-{_d(4)}", f"+81 3-{nz(4)}-{_d(4)}", f"080-{_d(4)}-{_d(4)}"]
    elif c == "KR":
        styles = [f"+82 10-{_d(4)}-{_d(4)}", f"010-{_d(4)}-{_d(4)}", f"+82 2-{nz(3)}-{_d(4)}"]
    elif c == "CN":
        styles = [f"+86 13{_d(1)} {_d(4)} {_d(4)}", f"+86 10 {nz(4)} {_d(4)}", f"+86-18{_d(1)}-{_d(4)}-{_d(4)}"]
    elif c == "HK":
        styles = [f"+852 {ch('5679')}{_d(3)} {_d(4)}"]
    elif c == "TW":
        styles = [f"+886 9{_d(2)} {_d(3)} {_d(3)}"]
    elif c == "SG":
        styles = [f"+65 9{_d(3)} {_d(4)}", f"+65 6{_d(3)} {_d(4)}", f"8{_d(3)} {_d(4)}"]
    elif c == "MY":
        styles = [f"+60 12-{_d(3)} {_d(4)}"]
    elif c == "PH":
        styles = [f"+63 917 {_d(3)} {_d(4)}", f"0917 {_d(3)} {_d(4)}", f"+63 2 {nz(4)} {_d(4)}"]
    elif c == "ID":
        styles = [f"+62 812-{_d(4)}-{_d(4)}", f"0813-{_d(4)}-{_d(3)}"]
    elif c == "VN":
        styles = [f"+84 9{_d(1)} {_d(3)} {_d(2)} {_d(2)}", f"+84 {ch('38')}{_d(1)} {_d(3)} {_d(4)}"]
    elif c == "TH":
        styles = [f"+66 8{_d(1)} {_d(3)} {_d(4)}", f"08{_d(1)}-{_d(3)}-{_d(4)}"]
    elif c == "AU":
        styles = [f"+61 4{_d(2)} {_d(3)} {_d(3)}", f"04{_d(2)} {_d(3)} {_d(3)}", f"(02) {nz(4)} {_d(4)}", f"+61 3 {nz(4)} {_d(4)}"]
    elif c == "NZ":
        styles = [f"+64 21 {_d(3)} {_d(4)}", f"021 {_d(3)} {_d(4)}", f"+64 9 {nz(3)} {_d(4)}"]
    elif c == "ZA":
        styles = [f"+27 8{ch('234')} {_d(3)} {_d(4)}", f"08{ch('234')} {_d(3)} {_d(4)}", f"+27 21 {nz(3)} {_d(4)}"]
    elif c == "NG":
        styles = [f"+234 80{ch('3678')} {_d(3)} {_d(4)}", f"0803 {_d(3)} {_d(4)}", f"+234 1 {nz(3)} {_d(4)}"]
    elif c == "KE":
        styles = [f"+254 7{_d(2)} {_d(3)} {_d(3)}", f"07{_d(2)} {_d(6)}"]
    elif c == "EG":
        styles = [f"+20 10 {_d(4)} {_d(4)}", f"+20 2 {nz(4)} {_d(4)}"]
    elif c == "MA":
        styles = [f"+212 6{_d(2)}-{_d(6)}"]
    elif c == "AE":
        styles = [f"+971 5{ch('0256')} {_d(3)} {_d(4)}", f"+971 4 {nz(3)} {_d(4)}", f"05{ch('0256')} {_d(3)} {_d(4)}"]
    elif c == "SA":
        styles = [f"+966 5{_d(1)} {_d(3)} {_d(4)}"]
    elif c == "TR":
        styles = [f"+90 5{_d(2)} {_d(3)} {_d(2)} {_d(2)}", f"0 (5{_d(2)}) {_d(3)} {_d(2)} {_d(2)}"]
    elif c == "IL":
        styles = [f"+972 5{ch('0234')}-{_d(3)}-{_d(4)}", f"05{ch('0234')}-{_d(3)}-{_d(4)}"]
    elif c == "GR":
        styles = [f"+30 69{_d(1)} {_d(3)} {_d(4)}"]
    elif c == "CZ":
        styles = [f"+420 {ch('67')}{_d(2)} {_d(3)} {_d(3)}"]
    elif c == "FI":
        styles = [f"+358 40 {_d(3)} {_d(4)}", f"040 {_d(3)} {_d(4)}"]
    elif c == "RO":
        styles = [f"+40 7{_d(2)} {_d(3)} {_d(3)}"]
    elif c == "UA":
        styles = [f"+380 {ch(['50', '67', '93'])} {_d(3)} {_d(2)} {_d(2)}"]
    else:
        raise ValueError(c)
    if style is None:
        return ch(styles)
    return styles[style % len(styles)]


# ---------------------------------------------------------------- people
NAMES = {
    "US": (["Jordan", "Megan", "Tyler", "Ashley", "Marcus", "Brianna", "Kevin", "Dana", "Caleb", "Renee", "Terrence",
            "Holly", "Desmond", "Kayla", "Austin", "Latoya"],
           ["Whitaker", "Delgado", "Okafor", "Brennan", "Hollis", "Pruitt", "Castillo", "Nguyen", "Kowalski",
            "Vance", "Sutherland", "Reyes", "Mercer", "Abernathy", "Dunleavy", "Fairbanks"]),
    "UK": (["Oliver", "Harriet", "Callum", "Imogen", "Rhys", "Niamh", "Alfie", "Poppy", "Gareth", "Fiona"],
           ["Pemberton", "Ashworth", "Doyle", "Featherstone", "Gallagher", "Hargreaves", "Lockwood", "Thistlewood"]),
    "DE": (["Lukas", "Anja", "Jonas", "Katrin", "Felix", "Miriam", "Tobias", "Sabine", "Henrik", "Ulrike"],
           ["Brandauer", "Kessler", "Vogelsang", "Hartmann", "Lindqvist", "Oberholz", "Pfeiffer", "Rademacher"]),
    "FR": (["Camille", "Théo", "Manon", "Julien", "Élodie", "Bastien", "Agathe", "Mathis"],
           ["Lefèvre", "Marchetti", "Dubreuil", "Garnier", "Rousseau", "Vasseur", "Chevalier"]),
    "ES": (["Lucía", "Alejandro", "Marta", "Iker", "Nerea", "Sergio"], ["Herrera", "Montoya", "Ibáñez", "Salcedo", "Urquiza"]),
    "IT": (["Giulia", "Matteo", "Chiara", "Lorenzo", "Francesca", "Davide"], ["Bellandi", "Ferraro", "Galli", "Moretti", "Zanetti"]),
    "NL": (["Sanne", "Daan", "Femke", "Joost", "Lotte", "Bram"], ["van der Berg", "Jansen", "de Wit", "Bakker", "Vermeulen"]),
    "BR": (["Thiago", "Larissa", "Gustavo", "Beatriz", "Rafael", "Juliana"], ["Albuquerque", "Figueiredo", "Nogueira", "Sampaio", "Teixeira"]),
    "MX": (["Ximena", "Diego", "Valeria", "Emiliano", "Renata"], ["Guerrero", "Villalobos", "Zamora", "Cervantes"]),
    "IN": (["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Sneha", "Aditya"], ["Raghunathan", "Mehta", "Iyer", "Deshpande", "Chatterjee", "Bhatt"]),
    "JP": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Mei"], ["Takahashi", "Nakamura", "Kobayashi", "Watanabe", "Yamaguchi"]),
    "KR": (["Minjun", "Seoyeon", "Jiho", "Haeun"], ["Park", "Choi", "Jung", "Kang"]),
    "CN": (["Wei", "Xiaoling", "Jun", "Mei"], ["Zhang", "Liu", "Chen", "Huang"]),
    "AU": (["Lachlan", "Matilda", "Cooper", "Isla", "Harrison"], ["McAllister", "Thornton", "Bancroft", "Kilpatrick"]),
    "NG": (["Chinedu", "Ngozi", "Tunde", "Folake", "Emeka"], ["Adeyemi", "Okonkwo", "Balogun", "Eze"]),
    "ZA": (["Thabo", "Lerato", "Pieter", "Naledi"], ["Mokoena", "van Wyk", "Dlamini", "Botha"]),
    "KE": (["Wanjiru", "Otieno", "Achieng", "Kiprono"], ["Mwangi", "Odhiambo", "Kamau", "Chebet"]),
    "PH": (["Andrea", "Paolo", "Kristine", "Jerome"], ["Dela Cruz", "Bautista", "Villanueva", "Santos"]),
    "PL": (["Agnieszka", "Piotr", "Zofia", "Mateusz"], ["Wiśniewska", "Kaczmarek", "Zieliński", "Nowak"]),
    "SE": (["Elin", "Oskar", "Maja", "Viktor"], ["Lindgren", "Sjöberg", "Holm", "Engström"]),
    "IE": (["Saoirse", "Cian", "Aoife", "Darragh"], ["Ó Briain", "Kavanagh", "Moloney", "Fitzgerald"]),
    "TR": (["Elif", "Burak", "Zeynep", "Emre"], ["Yılmaz", "Demir", "Aydın", "Korkmaz"]),
    "AE": (["Omar", "Layla", "Khalid", "Noura"], ["Al Mansouri", "Haddad", "Al Suwaidi", "Rahman"]),
    "SG": (["Wei Ling", "Jun Jie", "Hui Min"], ["Tan", "Lim", "Ong"]),
    "CA": (["Maxime", "Chloe", "Nathan", "Avery"], ["Tremblay", "Gagnon", "MacDonald", "Bouchard"]),
}


def person(loc="US"):
    f, l = NAMES[loc]
    return ch(f), ch(l)


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in s if c.isalnum())


FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com", "aol.com"]
LOCALMAIL = {"UK": ["hotmail.co.uk", "btinternet.com", "yahoo.co.uk"], "DE": ["web.de", "gmx.de", "t-online.de"],
             "FR": ["orange.fr", "free.fr", "laposte.net"], "ES": ["telefonica.net", "yahoo.es"],
             "IT": ["libero.it", "virgilio.it"], "NL": ["ziggo.nl", "kpnmail.nl"], "BR": ["uol.com.br", "bol.com.br"],
             "MX": ["prodigy.net.mx"], "IN": ["rediffmail.com"], "JP": ["yahoo.co.jp", "docomo.ne.jp"],
             "KR": ["naver.com"], "CN": ["qq.com", "163.com"], "AU": ["bigpond.com"], "PL": ["wp.pl", "onet.pl"],
             "SE": ["telia.com"], "IE": ["eircom.net"], "TR": ["yandex.com.tr"], "ZA": ["mweb.co.za"],
             "CA": ["videotron.ca", "shaw.ca"]}


def email(first, last, domain=None, loc=None):
    f, l = ascii_slug(first), ascii_slug(last)
    if domain is None:
        pool = FREEMAIL + LOCALMAIL.get(loc, [])
        domain = ch(pool)
    pat = ri(0, 6)
    local = [f"{f}.{l}", f"{f}{l}{ri(1, 99)}", f"{f[0]}.{l}", f"{f}_{l}", f"{f}.{l}{ri(70, 99)}",
             f"{l}.{f}", f"{f}{ri(100, 9999)}"][pat]
    return f"{local}@{domain}"


def work_email(first, last, domain):
    f, l = ascii_slug(first), ascii_slug(last)
    return ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}"]) + "@" + domain


def password_like(n=None):
    n = n or ri(14, 24)
    return rs(ALNUM + "!#%*-_+=", n - 2) + ch(DG) + ch("!#%*")
