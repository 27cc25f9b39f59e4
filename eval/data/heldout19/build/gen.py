"""Helpers that produce vendor-format secrets and valid-checksum PII values.
Everything here is synthetic; random values come from a seeded RNG so the
data set can be rebuilt deterministically."""
import base64, hashlib, hmac, json, random, string, zlib, uuid

R = random.Random(260326)
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def b62(num, width):
    chars = DIG + UP + LO
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = chars[r] + out
    return out.rjust(width, "0")


# ---------------- secrets ----------------
def gh_token(prefix="ghp_"):
    body = rs(ALNUM, 30)
    crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + b62(crc, 6)


def gh_fine():
    return "github_pat_" + "11" + rs(UP + DIG, 20) + "_" + rs(ALNUM, 59)


def aws_key_id(prefix="AKIA"):
    return prefix + rs(UP + "234567", 16)


def aws_secret():
    return rs(ALNUM + "+/", 40)


def slack(kind="xoxb"):
    return f"{kind}-{rs(DIG,12)}-{rs(DIG,13)}-{rs(ALNUM,24)}"


def slack_user():
    return f"xoxp-{rs(DIG,12)}-{rs(DIG,12)}-{rs(DIG,13)}-{rs(HEX,32)}"


def slack_webhook():
    return f"https://hooks.slack.com/services/T{rs(UP+DIG,10)}/B{rs(UP+DIG,10)}/{rs(ALNUM,24)}"


def stripe(prefix="sk_live_", n=99):
    return prefix + "51" + rs(ALNUM, n - 2)


def whsec():
    return "whsec_" + rs(ALNUM, 32)


def openai():
    return "sk-proj-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)


def anthropic():
    return "sk-ant-api03-" + rs(B64URL, 93) + "AA"


def google_key():
    return "AIza" + "Sy" + rs(B64URL, 33)


def azure_storage():
    return base64.b64encode(R.randbytes(64)).decode()


def sendgrid():
    return "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43)


def npm():
    return "npm_" + rs(ALNUM, 36)


def pypi():
    raw = (b"\x02\x01\x08pypi.org\x02$" + str(uuid.UUID(bytes=R.randbytes(16))).encode()
           + b"\x00\x02*[1,{\"project_ids\": [\"" + rs(LO + DIG, 8).encode() + b"\"]}]\x00\x06 " + R.randbytes(32))
    return "pypi-" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(payload, key=None, alg="HS256"):
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    if alg == "HS256":
        sig = hmac.new(key or R.randbytes(32), f"{h}.{p}".encode(), hashlib.sha256).digest()
    else:
        sig = R.randbytes(256)
    return f"{h}.{p}.{b64u(sig)}"


def pem_rsa():
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives import serialization
    k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                           serialization.NoEncryption()).decode().strip()


def pem_pkcs8_rsa():
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives import serialization
    k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                           serialization.NoEncryption()).decode().strip()


def pem_ec():
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives import serialization
    k = ec.generate_private_key(ec.SECP256R1())
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                           serialization.NoEncryption()).decode().strip()


def openssh_ed25519():
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from cryptography.hazmat.primitives import serialization
    k = ed25519.Ed25519PrivateKey.generate()
    priv = k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH,
                           serialization.NoEncryption()).decode().strip()
    pub = k.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()
    return priv, pub


def ssh_pub_ed25519():
    return openssh_ed25519()[1]


def ssh_pub_rsa():
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives import serialization
    k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return k.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()


def pub_pem():
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives import serialization
    k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return k.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode().strip()


def self_signed_cert(cn):
    import datetime
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives import serialization
    k = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    now = datetime.datetime(2025, 3, 1, tzinfo=datetime.timezone.utc)
    c = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(k.public_key())
         .serial_number(R.getrandbits(64)).not_valid_before(now)
         .not_valid_after(now + datetime.timedelta(days=398)).sign(k, hashes.SHA256()))
    return c.public_bytes(serialization.Encoding.PEM).decode().strip()


def discord():
    uid = str(R.randint(10**17, 13 * 10**17))
    return b64u(uid.encode()) + "." + rs(B64URL, 6) + "." + rs(B64URL, 38)


def telegram():
    return f"{R.randint(5000000000, 7999999999)}:AA{rs(B64URL, 33)}"


def age_secret():
    return "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)


def azure_ad_secret():
    return rs(ALNUM, 3) + str(R.randint(0, 9)) + "Q~" + rs(ALNUM + "._~-", 34)


def sha256hex(s=None):
    return hashlib.sha256(s.encode() if s else R.randbytes(32)).hexdigest()


def sha1hex():
    return hashlib.sha1(R.randbytes(20)).hexdigest()


def uid4():
    return str(uuid.UUID(bytes=R.randbytes(16), version=4))


def sri512():
    return "sha512-" + base64.b64encode(R.randbytes(64)).decode()


def pw(n=18, special="!#%*?@$^&"):
    # human-ish strong password
    s = rs(ALNUM, n - 3) + R.choice(special) + str(R.randint(0, 9)) + R.choice(UP)
    l = list(s)
    R.shuffle(l)
    return "".join(l).replace("'", "q").replace('"', "k")


# ---------------- PII ----------------
def luhn_complete(prefix, length):
    digits = prefix + rs(DIG, length - len(prefix) - 1)
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return digits + str((10 - total % 10) % 10)


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, n in enumerate(reversed(d)):
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def card(network):
    if network == "visa":
        return luhn_complete("4" + rs(DIG, 5), 16)
    if network == "mc":
        return luhn_complete(str(R.randint(51, 55)) + rs(DIG, 4), 16)
    if network == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)) + rs(DIG, 2), 16)
    if network == "amex":
        return luhn_complete(R.choice(["34", "37"]) + rs(DIG, 4), 15)
    if network == "discover":
        return luhn_complete("6011" + rs(DIG, 2), 16)
    if network == "jcb":
        return luhn_complete(str(R.randint(3528, 3589)) + rs(DIG, 2), 16)
    if network == "diners":
        return luhn_complete("36" + rs(DIG, 4), 14)
    if network == "unionpay":
        return luhn_complete("62" + rs(DIG, 4), 16)
    if network == "maestro":
        return luhn_complete("6759" + rs(DIG, 2), 16)
    raise ValueError(network)


def group_card(n, sep=" "):
    if len(n) == 15:
        return f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}"
    if len(n) == 14:
        return f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}"
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def ssn(sep="-"):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{R.randint(1,99):02d}{sep}{R.randint(1,9999):04d}"


IBAN_BBAN = {
    "DE": lambda: rs(DIG, 18),
    "GB": lambda: rs(UP, 4) + rs(DIG, 14),
    "FR": lambda: rs(DIG, 10) + rs(UP + DIG, 11) + rs(DIG, 2),
    "NL": lambda: rs(UP, 4) + rs(DIG, 10),
    "ES": lambda: rs(DIG, 20),
    "IT": lambda: rs(UP, 1) + rs(DIG, 10) + rs(DIG, 12),
    "BE": lambda: rs(DIG, 12),
    "CH": lambda: rs(DIG, 5) + rs(DIG, 12),
    "AT": lambda: rs(DIG, 16),
    "PL": lambda: rs(DIG, 24),
    "PT": lambda: rs(DIG, 21),
    "IE": lambda: rs(UP, 4) + rs(DIG, 14),
    "LU": lambda: rs(DIG, 3) + rs(DIG, 13),
    "DK": lambda: rs(DIG, 14),
    "SE": lambda: rs(DIG, 20),
    "NO": lambda: rs(DIG, 11),
    "FI": lambda: rs(DIG, 14),
}


def iban_valid(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban(cc, grouped=True, bban=None):
    bban = bban or IBAN_BBAN[cc]()
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_valid(s)
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ip_public():
    while True:
        a = R.randint(11, 223)
        if a in (10, 127, 169, 172, 192, 100):
            continue
        return f"{a}.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}"


def ip_private():
    k = R.randint(0, 2)
    if k == 0:
        return f"10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}"
    if k == 1:
        return f"172.{R.randint(16,31)}.{R.randint(0,255)}.{R.randint(1,254)}"
    return f"192.168.{R.randint(0,255)}.{R.randint(1,254)}"


def d(n):
    return rs(DIG, n)


def nz(n):
    return str(R.randint(1, 9)) + rs(DIG, n - 1)


def phone(cc, style=0):
    """Phone numbers in national/international notation. Fictional ranges used where reserved."""
    x = lambda: f"{R.randint(0,99):02d}"
    if cc == "US":
        return [f"(212) 555-01{x()}", f"+1 415-555-01{x()}", f"312.555.01{x()}", f"+1 (646) 555-01{x()}", f"1-800-555-01{x()}"][style]
    if cc == "CA":
        return [f"+1 604 555 01{x()}", f"(416) 555-01{x()}"][style]
    if cc == "GB":
        return [f"+44 20 7946 0{d(3)}", f"07700 900{d(3)}", f"+44 7700 900{d(3)}", f"0161 496 0{d(3)}"][style]
    if cc == "DE":
        return [f"+49 30 {nz(8)}", f"030 {nz(7)}", f"+49 151 {nz(8)}", f"0171/{nz(7)}", f"+49 (0)89 {nz(3)} {d(4)}"][style]
    if cc == "FR":
        return [f"+33 1 {x()} {x()} {x()} {x()}", f"06 {x()} {x()} {x()} {x()}", f"+33 (0)6 {x()} {x()} {x()} {x()}", f"04.{x()}.{x()}.{x()}.{x()}"][style]
    if cc == "ES":
        return [f"+34 6{d(2)} {d(3)} {d(3)}", f"91 {d(3)} {d(2)} {d(2)}", f"+34 93 {d(3)} {d(2)} {d(2)}"][style]
    if cc == "IT":
        return [f"+39 02 {d(4)} {d(4)}", f"347 {d(3)} {d(4)}", f"+39 333 {d(7)}", f"06 {d(8)}"][style]
    if cc == "NL":
        return [f"+31 6 {nz(8)}", f"020-{nz(7)}", f"06-{nz(8)}", f"+31 (0)10 {nz(3)} {d(4)}"][style]
    if cc == "JP":
        return [f"03-{nz(4)}-{d(4)}", f"+81 90-{nz(4)}-{d(4)}", f"090-{nz(4)}-{d(4)}", f"+81 6-{nz(4)}-{d(4)}"][style]
    if cc == "BR":
        return [f"+55 11 9{nz(4)}-{d(4)}", f"(21) {nz(4)}-{d(4)}", f"+55 (31) 9{nz(4)}-{d(4)}"][style]
    if cc == "IN":
        return [f"+91 98{d(3)} {d(5)}", f"+91-22-{nz(4)}-{d(4)}", f"09{d(3)} {d(5)}"][style]
    if cc == "MX":
        return [f"+52 55 {nz(4)} {d(4)}", f"+52 1 33 {nz(4)} {d(4)}"][style]
    if cc == "CH":
        return [f"+41 44 {nz(3)} {d(2)} {d(2)}", f"079 {nz(3)} {d(2)} {d(2)}"][style]
    if cc == "SE":
        return [f"+46 8 {nz(3)} {d(3)} {d(2)}", f"070-{nz(3)} {d(2)} {d(2)}"][style]
    if cc == "PL":
        return [f"+48 5{d(2)} {d(3)} {d(3)}", f"+48 22 {nz(3)} {d(2)} {d(2)}"][style]
    if cc == "PT":
        return [f"+351 91{d(1)} {d(3)} {d(3)}", f"21 {nz(3)} {d(4)}"][style]
    if cc == "IE":
        return [f"+353 1 {nz(3)} {d(4)}", f"087 {nz(3)} {d(4)}"][style]
    if cc == "BE":
        return [f"+32 2 {nz(3)} {d(2)} {d(2)}", f"0470 {d(2)} {d(2)} {d(2)}"][style]
    if cc == "AT":
        return [f"+43 1 {nz(7)}", f"0664 {nz(7)}"][style]
    if cc == "AU":
        return [f"+61 491 570 {R.randint(156,159)}", f"(02) 5550 {d(4)}", f"0491 570 {R.randint(156,159)}"][style]
    if cc == "SG":
        return [f"+65 6{d(3)} {d(4)}", f"+65 9{d(3)} {d(4)}"][style]
    if cc == "ZA":
        return [f"+27 21 {nz(3)} {d(4)}", f"082 {nz(3)} {d(4)}"][style]
    if cc == "KR":
        return [f"010-{nz(4)}-{d(4)}", f"+82 2-{nz(3)}-{d(4)}"][style]
    if cc == "CN":
        return [f"+86 138 {d(4)} {d(4)}", f"+86 10 {nz(4)} {d(4)}"][style]
    if cc == "MA":
        return [f"+212 6{d(2)}-{d(6)}"][style]
    raise ValueError(cc)
