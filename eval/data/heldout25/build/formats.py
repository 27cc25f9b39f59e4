"""Value generators: vendor credential formats, PEM/OpenSSH keys, JWTs,
Luhn card numbers, mod-97 IBANs, SSA-valid SSNs, phones, e-mails, IPs.

Everything is drawn from one seeded random.Random so a build is reproducible.
All values are random and fictional.
"""
import base64, hashlib, hmac, json, random, string, uuid as _uuid
from urllib.parse import quote

R = random.Random(25_2025)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DI = string.digits
AL = UP + LO + DI
ALU = AL + "-_"
HEX = "0123456789abcdef"
B32 = UP + "234567"


def seed(n):
    R.seed(n)


def rs(n, alphabet=AL):
    return "".join(R.choice(alphabet) for _ in range(n))


def hexs(n):
    return rs(n, HEX)


def digits(n, first_nonzero=True):
    s = rs(n, DI)
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def b64(nbytes):
    return base64.b64encode(R.randbytes(nbytes)).decode()


def b64url(data):
    if isinstance(data, int):
        data = R.randbytes(data)
    if isinstance(data, str):
        data = data.encode()
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid4():
    return str(_uuid.UUID(bytes=R.randbytes(16), version=4))


def pick(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- vendor formats
def aws_akid():
    return "AKIA" + rs(16, B32)


def aws_asia():
    return "ASIA" + rs(16, B32)


def aws_secret():
    return rs(40, AL + "/+")


def aws_session_token():
    return "IQoJb3JpZ2luX2Vj" + rs(8, AL) + b64(240).replace("\n", "")


def gcp_api_key():
    return "AIza" + "Sy" + rs(33, ALU)


def google_client_secret():
    return "GOCSPX-" + rs(28, ALU)


def google_refresh_token():
    return "1//0" + rs(1, LO) + rs(98, ALU)


def azure_storage_key():
    return b64(64)


def azure_client_secret():
    return rs(3, AL) + "8Q~" + rs(34, AL + "~._-")


def stripe_sk():
    return "sk_live_51" + rs(22) + rs(75)


def stripe_rk():
    return "rk_live_51" + rs(22) + rs(75)


def stripe_whsec():
    return "whsec_" + rs(32)


def twilio_sid():
    return "AC" + hexs(32)


def twilio_sk():
    return "SK" + hexs(32)


def sendgrid():
    return "SG." + rs(22, ALU) + "." + rs(43, ALU)


def mailgun():
    return "key-" + hexs(32)


def mailchimp():
    return hexs(32) + "-us" + str(R.randint(2, 21))


def slack_bot():
    return f"xoxb-{digits(12)}-{digits(13)}-{rs(24)}"


def slack_user():
    return f"xoxp-{digits(12)}-{digits(12)}-{digits(13)}-{hexs(32)}"


def slack_webhook():
    return f"https://hooks.slack.com/services/T{rs(8, UP + DI)}/B{rs(10, UP + DI)}/{rs(24)}"


def discord_bot():
    return b64url(digits(18)) + "." + rs(6, ALU) + "." + rs(38, ALU)


def discord_webhook():
    return f"https://discord.com/api/webhooks/{digits(19)}/{rs(68, ALU)}"


def telegram_bot():
    return f"{digits(10)}:AA{rs(33, ALU)}"


def gh(prefix="ghp_"):
    return prefix + rs(36)


def gh_fine():
    return "github_pat_11" + rs(20, UP + DI) + "_" + rs(59)


def glpat():
    return "glpat-" + rs(20, ALU)


def glrt():
    return "glrt-" + rs(20, ALU)


def bitbucket_app_pw():
    return "ATBB" + rs(32) + hexs(8).upper()


def npm_token():
    return "npm_" + rs(36)


def pypi_token():
    return "pypi-AgEIcHlwaS5vcmc" + rs(160, ALU)


def rubygems():
    return "rubygems_" + hexs(48)


def nuget():
    return "oy2" + rs(43, LO + DI)


def dockerhub_pat():
    return "dckr_pat_" + rs(27, ALU)


def circleci():
    return "CCIPAT_" + rs(22) + "_" + hexs(40)


def jenkins_token():
    return "11" + hexs(32)


def newrelic_user():
    return "NRAK-" + rs(27, UP + DI)


def newrelic_license():
    return hexs(36) + "NRAL"


def sentry_user():
    return "sntryu_" + hexs(64)


def grafana_sa():
    return "glsa_" + rs(32) + "_" + hexs(8)


def grafana_cloud():
    body = json.dumps({"o": digits(6), "n": "stack-" + digits(6) + "-hm-read", "k": rs(24), "m": {"r": "prod-eu-west-2"}}, separators=(",", ":"))
    return "glc_" + base64.b64encode(body.encode()).decode().rstrip("=")


def openai_proj():
    return "sk-proj-" + rs(64, ALU) + "T3BlbkFJ" + rs(64, ALU)


def openai_legacy():
    return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)


def anthropic():
    return "sk-ant-api03-" + rs(93, ALU) + "AA"


def hf():
    return "hf_" + rs(34, UP + LO)


def replicate():
    return "r8_" + rs(37)


def groq():
    return "gsk_" + rs(52)


def shopify_pat():
    return "shpat_" + hexs(32)


def shopify_ss():
    return "shpss_" + hexs(32)


def square():
    return "EAAA" + rs(60, ALU)


def braintree():
    return f"access_token$production${rs(16, LO + DI)}${hexs(32)}"


def mapbox(kind="sk", user="acme-maps"):
    body = b64url(json.dumps({"u": user, "a": rs(25, LO + DI)}, separators=(",", ":")))
    return f"{kind}.{body}.{rs(22, ALU)}"


def okta():
    return "00" + rs(40, ALU)


def do_pat():
    return "dop_v1_" + hexs(64)


def linear():
    return "lin_api_" + rs(40)


def notion():
    return "ntn_" + digits(11) + rs(35)


def airtable():
    return "pat" + rs(14) + "." + hexs(64)


def atlassian():
    return "ATATT3xFfGF0" + rs(170, ALU) + "=" + hexs(8).upper()


def vault_token():
    return "hvs.CAESI" + rs(86, ALU)


def tfc_token():
    return rs(14) + ".atlasv1." + rs(67)


def doppler():
    return "dp.st.prd." + rs(43)


def pulumi():
    return "pul-" + hexs(40)


def age_secret():
    return "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


def fcm_server_key():
    return "AAAA" + rs(7, ALU) + ":APA91b" + rs(134, ALU)


def dropbox():
    return "sl.u." + rs(140, ALU)


def figma():
    return "figd_" + rs(40, ALU)


def pscale_pw():
    return "pscale_pw_" + rs(43, ALU)


def postman():
    return "PMAK-" + hexs(24) + "-" + hexs(34)


def databricks():
    return "dapi" + hexs(32)


def contentful():
    return "CFPAT-" + rs(43, ALU)


def brevo():
    return "xkeysib-" + hexs(64) + "-" + rs(16)


def resend():
    return "re_" + rs(8) + "_" + rs(24)


def mailersend():
    return "mlsn." + hexs(64)


def asana():
    return f"2/{digits(16)}/{digits(16)}:{hexs(32)}"


def flagsmith():
    return "ser." + rs(22)


def statsig():
    return "secret-" + rs(43)


def stytch():
    return "secret-live-" + rs(36, ALU)


def honeycomb():
    return "hcaik_01" + rs(24, LO + DI) + rs(32, LO + DI)


def password(n=None, strong=True):
    n = n or R.randint(14, 22)
    alph = AL + "!#%^*-_+=.~" if strong else AL
    p = rs(n, alph)
    # make sure it has a digit and a symbol-free start for shell safety
    return R.choice(UP) + p[1:]


def human_password():
    w = pick(["Marigold", "Pelican", "Quartz", "Harbor", "Juniper", "Falcon", "Saffron", "Tundra", "Cobalt", "Willow"])
    w2 = pick(["river", "stone", "lamp", "orbit", "maple", "ember", "delta", "north"])
    return f"{w}{R.randint(10, 99)}{pick('!#$%&*')}{w2}{R.randint(100, 999)}"


# ---------------------------------------------------------------- JWT
def jwt_hs256(payload, secret):
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    p = b64url(json.dumps(payload, separators=(",", ":")))
    sig = hmac.new(secret.encode(), f"{h}.{p}".encode(), hashlib.sha256).digest()
    return f"{h}.{p}.{b64url(sig)}"


# ---------------------------------------------------------------- keys
try:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
    HAVE_CRYPTO = True
except Exception:  # pragma: no cover
    HAVE_CRYPTO = False


def _is_probable_prime(n, k=24):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(k):
        a = R.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits):
    while True:
        c = R.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _is_probable_prime(c):
            return c


def _fake_pem(label, nbytes):
    body = base64.b64encode(R.randbytes(nbytes)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def rsa_private_pem(bits=2048, pkcs8=False):
    if not HAVE_CRYPTO:
        return _fake_pem("PRIVATE KEY" if pkcs8 else "RSA PRIVATE KEY", bits // 8 * 5 // 2 * 2)
    e = 65537
    while True:
        p, q = _prime(bits // 2), _prime(bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        try:
            d = pow(e, -1, phi)
            break
        except ValueError:
            continue
    pub = rsa.RSAPublicNumbers(e, p * q)
    priv = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), pub).private_key()
    fmt = serialization.PrivateFormat.PKCS8 if pkcs8 else serialization.PrivateFormat.TraditionalOpenSSL
    return priv.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption()).decode().strip()


def ec_private_pem(pkcs8=False, curve="p256"):
    if not HAVE_CRYPTO:
        return _fake_pem("PRIVATE KEY" if pkcs8 else "EC PRIVATE KEY", 121)
    c = ec.SECP256R1() if curve == "p256" else ec.SECP384R1()
    n = int("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16)
    k = ec.derive_private_key(R.randrange(1, n - 1), c)
    fmt = serialization.PrivateFormat.PKCS8 if pkcs8 else serialization.PrivateFormat.TraditionalOpenSSL
    return k.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption()).decode().strip()


def ed25519_keypair(comment="deploy@ci"):
    """OpenSSH private key built by hand so the check-int comes from R (reproducible)."""
    import struct
    seed = R.randbytes(32)
    if HAVE_CRYPTO:
        pub = ed25519.Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    else:
        pub = R.randbytes(32)

    def sb(b):
        return struct.pack(">I", len(b)) + b
    pubblob = sb(b"ssh-ed25519") + sb(pub)
    check = R.getrandbits(32)
    priv = struct.pack(">II", check, check) + pubblob + sb(seed + pub) + sb(comment.encode())
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = b"openssh-key-v1\0" + sb(b"none") + sb(b"none") + sb(b"") + struct.pack(">I", 1) + sb(pubblob) + sb(priv)
    body = base64.b64encode(blob).decode()
    pem = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(body[j:j + 70] for j in range(0, len(body), 70)) + "\n-----END OPENSSH PRIVATE KEY-----"
    return pem, "ssh-ed25519 " + base64.b64encode(pubblob).decode() + " " + comment


def _rsa_key(bits):
    e = 65537
    while True:
        p, q = _prime(bits // 2), _prime(bits // 2)
        if p == q:
            continue
        try:
            d = pow(e, -1, (p - 1) * (q - 1))
            break
        except ValueError:
            continue
    pubn = rsa.RSAPublicNumbers(e, p * q)
    return rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), pubn).private_key()


def ec_public_pem():
    if not HAVE_CRYPTO:
        return _fake_pem("PUBLIC KEY", 91)
    n = int("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16)
    k = ec.derive_private_key(R.randrange(1, n - 1), ec.SECP256R1())
    return k.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode().strip()


def self_signed_cert_pem(cn="api.internal.example"):
    if not HAVE_CRYPTO:
        return _fake_pem("CERTIFICATE", 420)
    import datetime
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes
    k = _rsa_key(2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Example Widgets Ltd")])
    nb = datetime.datetime(2025, 1, 14, 9, 0, 0)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(k.public_key())
            .serial_number(R.getrandbits(120)).not_valid_before(nb).not_valid_after(nb + datetime.timedelta(days=397))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(cn)]), critical=False)
            .sign(k, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM).decode().strip()


def wg_key():
    return b64(32)


# ---------------------------------------------------------------- PII
def luhn_check_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    num = "".join(c for c in num if c.isdigit())
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


CARD_BRANDS = {
    "visa": (lambda: "4" + digits(5, False), 16),
    "mastercard": (lambda: str(R.randint(51, 55)) + digits(4, False), 16),
    "mastercard2": (lambda: str(R.randint(2221, 2720)) + digits(2, False), 16),
    "amex": (lambda: R.choice(["34", "37"]) + digits(4, False), 15),
    "discover": (lambda: R.choice(["6011", "65" + digits(2, False), str(R.randint(644, 649)) + digits(1, False)]), 16),
    "jcb": (lambda: str(R.randint(3528, 3589)) + digits(2, False), 16),
    "diners": (lambda: "36" + digits(4, False), 14),
    "unionpay": (lambda: "62" + digits(4, False), 16),
    "visa13": (lambda: "4" + digits(5, False), 13),
}
KNOWN_TEST = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "6011111111111117", "4000056655665556"}


def card(brand=None, fmt=None):
    brand = brand or pick(["visa", "visa", "visa", "mastercard", "mastercard", "mastercard2", "amex", "discover", "jcb", "diners", "unionpay"])
    pre_f, ln = CARD_BRANDS[brand]
    while True:
        p = pre_f()
        body = p + digits(ln - len(p) - 1, False)
        n = body + luhn_check_digit(body)
        if n not in KNOWN_TEST and len(set(n)) > 3:
            break
    fmt = fmt or pick(["space", "space", "dash", "none"])
    return format_card(n, fmt), brand


def format_card(n, fmt):
    if fmt == "none":
        return n
    sep = " " if fmt == "space" else "-"
    if len(n) == 15:
        g = [n[:4], n[4:10], n[10:]]
    elif len(n) == 14:
        g = [n[:4], n[4:10], n[10:]]
    elif len(n) == 13:
        g = [n[:4], n[4:8], n[8:12], n[12:]]
    else:
        g = [n[i:i + 4] for i in range(0, len(n), 4)]
    return sep.join(g)


def luhn_invalid_like(n=16, prefix="4"):
    while True:
        body = prefix + digits(n - len(prefix), False)
        if not luhn_ok(body):
            return body


def ssn(fmt="dash"):
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        v = f"{a:03d}{g:02d}{s:04d}"
        if v in ("078051120", "123456789", "219099999"):
            continue
        break
    if fmt == "dash":
        return f"{v[:3]}-{v[3:5]}-{v[5:]}"
    if fmt == "space":
        return f"{v[:3]} {v[3:5]} {v[5:]}"
    return v


def ssn_valid(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g != 0 and s != 0


IBAN_SPEC = {  # country: BBAN builder
    "DE": lambda: digits(8, False) + digits(10, False),
    "GB": lambda: rs(4, UP) + digits(6, False) + digits(8, False),
    "FR": lambda: digits(5, False) + digits(5, False) + rs(11, UP + DI) + digits(2, False),
    "ES": lambda: digits(20, False),
    "IT": lambda: rs(1, UP) + digits(10, False) + rs(12, DI),
    "NL": lambda: rs(4, UP) + digits(10, False),
    "BE": lambda: digits(12, False),
    "AT": lambda: digits(16, False),
    "CH": lambda: digits(5, False) + rs(12, UP + DI),
    "PL": lambda: digits(24, False),
    "SE": lambda: digits(20, False),
    "IE": lambda: rs(4, UP) + digits(14, False),
    "PT": lambda: digits(21, False),
    "FI": lambda: digits(14, False),
    "DK": lambda: digits(14, False),
    "NO": lambda: digits(11, False),
    "LU": lambda: digits(3, False) + rs(13, UP + DI),
    "CZ": lambda: digits(20, False),
    "RO": lambda: rs(4, UP) + rs(16, UP + DI),
    "HU": lambda: digits(24, False),
    "GR": lambda: digits(7, False) + rs(16, UP + DI),
    "LT": lambda: digits(16, False),
    "SA": lambda: digits(2, False) + rs(18, UP + DI),
    "AE": lambda: digits(19, False),
    "TR": lambda: digits(5, False) + "0" + rs(16, UP + DI),
}
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "AT": 20, "CH": 21, "PL": 28,
            "SE": 24, "IE": 22, "PT": 25, "FI": 18, "DK": 18, "NO": 15, "LU": 20, "CZ": 24, "RO": 24, "HU": 28,
            "GR": 27, "LT": 20, "SA": 24, "AE": 23, "TR": 26}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_check(country, bban):
    return f"{98 - _iban_num(bban + country + '00') % 97:02d}"


def iban_ok(v):
    v = v.replace(" ", "")
    return len(v) == IBAN_LEN.get(v[:2], -1) and _iban_num(v[4:] + v[:4]) % 97 == 1


def iban(country=None, grouped=None):
    country = country or pick(list(IBAN_SPEC))
    bban = IBAN_SPEC[country]()
    v = country + iban_check(country, bban) + bban
    assert len(v) == IBAN_LEN[country], (country, v)
    assert iban_ok(v)
    if grouped is None:
        grouped = R.random() < 0.5
    return (" ".join(v[i:i + 4] for i in range(0, len(v), 4)) if grouped else v), country


def iban_bad(country=None, grouped=True):
    country = country or pick(list(IBAN_SPEC))
    bban = IBAN_SPEC[country]()
    good = int(iban_check(country, bban))
    bad = (good + R.randint(1, 40)) % 97 + 2
    if bad == good:
        bad = (bad + 1) % 97 + 2
    v = country + f"{bad:02d}" + bban
    assert not iban_ok(v)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if grouped else v


FIRST = ["Amara", "Bogdan", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiroshi", "Ines", "Jonas", "Kofi", "Lena", "Mateo",
         "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tamsin", "Umar", "Valeria", "Wen", "Ximena", "Yusuf", "Zofia",
         "Aidan", "Beatriz", "Callum", "Dalia", "Emeka", "Freya", "Gustavo", "Hana", "Ivo", "Jasmin", "Kenji", "Lucia", "Marek", "Noor"]
LAST = ["Okafor", "Lindqvist", "Marchetti", "Novak", "Yilmaz", "Haddad", "Brennan", "Tanaka", "Ferreira", "Kowalski", "Mensah",
        "Schulz", "Alvarez", "Petrova", "Dubois", "Iyer", "Castellano", "Nakamura", "Oyelaran", "Varga", "Whitfield", "Quispe",
        "Sorensen", "Abernathy", "Delacroix", "Moreau", "Rahman", "Eriksen", "Galloway", "Halvorsen", "Ibarra", "Jansen"]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "corp.example", "inbox.test", "northwind.test",
           "bluefin-health.example", "orbital-retail.test", "kestrel.example.com", "riverbend.test", "staff.example.org"]


def name():
    return pick(FIRST), pick(LAST)


def email(first=None, last=None, domain=None):
    f, l = (first, last) if first else name()
    domain = domain or pick(DOMAINS)
    style = R.randint(0, 5)
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{R.randint(1, 99)}", f"{l}.{f[0]}", f"{f}{R.randint(70, 99)}", f"{f}+{pick(['orders', 'news', 'work'])}"][style]
    return f"{local.lower()}@{domain}"


def ipv4(kind=None):
    kind = kind or pick(["priv10", "priv192", "priv172", "doc", "doc", "pub", "pub", "pub"])
    if kind == "priv10":
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    if kind == "priv192":
        return f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"
    if kind == "priv172":
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    if kind == "doc":
        return pick(["192.0.2", "198.51.100", "203.0.113"]) + f".{R.randint(1, 254)}"
    while True:
        a = R.randint(23, 223)
        if a in (100, 127, 169, 172, 192, 198, 203, 10):
            continue
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def phone(country=None, style=None):
    """Return (value, country). Fictional ranges where they exist."""
    country = country or pick(["US", "US", "UK", "UK", "AU", "DE", "FR", "IN", "BR", "JP", "CA", "ES", "IT", "NL", "MX", "IE", "SG", "ZA", "NG", "KE", "SE", "PL"])
    n = R.randint(0, 99)
    if country in ("US", "CA"):
        area = pick(["212", "415", "312", "617", "206", "512", "303", "404"] if country == "US" else ["416", "604", "514", "403", "613"])
        line = f"01{n:02d}"
        style = style or pick(["paren", "dash", "dot", "e164", "intl", "ext"])
        return {"paren": f"({area}) 555-{line}", "dash": f"{area}-555-{line}", "dot": f"{area}.555.{line}",
                "e164": f"+1{area}555{line}", "intl": f"+1 {area} 555 {line}", "ext": f"({area}) 555-{line} ext. {R.randint(100, 4999)}"}[style], country
    if country == "UK":
        m = R.randint(0, 999)
        style = style or pick(["mob", "mob_e164", "ldn", "ldn_intl", "leeds", "mob_intl"])
        return {"mob": f"07700 900{m:03d}", "mob_e164": f"+447700900{m:03d}", "mob_intl": f"+44 7700 900{m:03d}",
                "ldn": f"020 7946 0{m:03d}", "ldn_intl": f"+44 (0)20 7946 0{m:03d}", "leeds": f"0113 496 0{m:03d}"}[style], country
    if country == "AU":
        style = style or pick(["mob", "e164", "land"])
        return {"mob": f"0491 570 {R.randint(110, 159)}", "e164": f"+61491570{R.randint(110, 159)}", "land": f"(02) 5550 {R.randint(1000, 9999)}"}[style], country
    if country == "DE":
        return pick([f"+49 30 {digits(8)}", f"030 {digits(4)} {digits(4)}", f"+49 (0)89 {digits(7)}", f"+49 151 {digits(8)}", f"0171 {digits(7)}"]), country
    if country == "FR":
        a = R.choice("1234567")
        return pick([f"+33 {a} {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"0{a} {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"0{a}.{digits(2)}.{digits(2)}.{digits(2)}.{digits(2)}"]), country
    if country == "IN":
        return pick([f"+91 98{digits(3)} {digits(5)}", f"+91-97{digits(8)}", f"098{digits(8)}"]), country
    if country == "BR":
        return pick([f"+55 11 9{digits(4)}-{digits(4)}", f"(21) 9{digits(4)}-{digits(4)}", f"+5511 9{digits(8)}"]), country
    if country == "JP":
        return pick([f"+81 3-{digits(4)}-{digits(4)}", f"03-{digits(4)}-{digits(4)}", f"+81 90 {digits(4)} {digits(4)}"]), country
    if country == "ES":
        return pick([f"+34 91 {digits(3)} {digits(2)} {digits(2)}", f"6{digits(2)} {digits(3)} {digits(3)}"]), country
    if country == "IT":
        return pick([f"+39 06 {digits(4)} {digits(4)}", f"+39 3{digits(2)} {digits(3)} {digits(4)}"]), country
    if country == "NL":
        return pick([f"+31 20 {digits(3)} {digits(4)}", f"06-{digits(8)}", f"+31 6 {digits(8)}"]), country
    if country == "MX":
        return pick([f"+52 55 {digits(4)} {digits(4)}", f"+52 1 33 {digits(4)} {digits(4)}"]), country
    if country == "IE":
        return pick([f"+353 1 {digits(3)} {digits(4)}", f"087 {digits(3)} {digits(4)}"]), country
    if country == "SG":
        return pick([f"+65 6{digits(3)} {digits(4)}", f"+65 9{digits(3)} {digits(4)}"]), country
    if country == "ZA":
        return pick([f"+27 21 {digits(3)} {digits(4)}", f"082 {digits(3)} {digits(4)}"]), country
    if country == "NG":
        return pick([f"+234 803 {digits(3)} {digits(4)}", f"0803 {digits(3)} {digits(4)}"]), country
    if country == "KE":
        return pick([f"+254 712 {digits(6)}", f"0722 {digits(6)}"]), country
    if country == "SE":
        return pick([f"+46 8 {digits(3)} {digits(3)} {digits(2)}", f"070-{digits(3)} {digits(2)} {digits(2)}"]), country
    if country == "PL":
        return pick([f"+48 22 {digits(3)} {digits(2)} {digits(2)}", f"+48 5{digits(2)} {digits(3)} {digits(3)}"]), country
    raise ValueError(country)
