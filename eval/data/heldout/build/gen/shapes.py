"""Vendor-shaped credential generators (bodies drawn from a DRBG) and
deterministic real key material (RSA / EC / Ed25519 / X.509) built with the
`cryptography` package from DRBG-derived numbers."""
import base64
import datetime
import json
import struct

from .common import B32, B62, B64, B64URL, HEX, DRBG, crc32_b62

UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


class Shapes:
    def __init__(self, d: DRBG):
        self.d = d

    # ---------------------------------------------------------------- cloud
    def aws_key_id(self, prefix="AKIA"):
        return prefix + self.d.chars(B32, 16)

    def aws_secret(self):
        return self.d.chars(B64, 40)

    def aws_session_token(self):
        return "IQoJb3JpZ2luX2VjE" + self.d.chars(B64, 520)

    def azure_account_key(self):
        return base64.b64encode(self.d.bytes(64)).decode()

    def gcp_api_key(self):
        return "AIzaSy" + self.d.chars(B62 + "-_", 33)

    def do_token(self):
        return "dop_v1_" + self.d.hex(64)

    # --------------------------------------------------------------- vcs/pkg
    def github(self, prefix="ghp_"):
        body = self.d.chars(B62, 30)
        return prefix + body + crc32_b62(body)

    def github_pat(self):
        return "github_pat_11" + self.d.chars(UPPER_ALNUM, 20) + "_" + self.d.chars(B62, 59)

    def gitlab(self):
        return "glpat-" + self.d.chars(B62 + "-_", 20)

    def npm(self):
        body = self.d.chars(B62, 30)
        return "npm_" + body + crc32_b62(body)

    def pypi(self):
        return "pypi-AgEIcHlwaS5vcmcCJ" + self.d.chars(B64URL, 160)

    # --------------------------------------------------------------- saas
    def slack_bot(self):
        return f"xoxb-{self.d.digits(11)}-{self.d.digits(13)}-{self.d.chars(B62, 24)}"

    def slack_user(self):
        return f"xoxp-{self.d.digits(11)}-{self.d.digits(12)}-{self.d.digits(13)}-{self.d.hex(32)}"

    def slack_webhook(self):
        return f"https://hooks.slack.com/services/T{self.d.chars(UPPER_ALNUM, 8)}/B{self.d.chars(UPPER_ALNUM, 10)}/{self.d.chars(B62, 24)}"

    def discord_webhook(self):
        return f"https://discord.com/api/webhooks/{self.d.digits(19)}/{self.d.chars(B64URL, 68)}"

    def stripe(self, prefix="sk_live_"):
        return prefix + "51" + self.d.chars(B62, 97)

    def openai(self):
        return "sk-proj-" + self.d.chars(B64URL, 74) + "T3BlbkFJ" + self.d.chars(B64URL, 74)

    def openai_legacy(self):
        return "sk-" + self.d.chars(B62, 20) + "T3BlbkFJ" + self.d.chars(B62, 20)

    def anthropic(self):
        return "sk-ant-api03-" + self.d.chars(B64URL, 93) + "AA"

    def twilio_sid(self):
        return "AC" + self.d.hex(32)

    def twilio_token(self):
        return self.d.hex(32)

    def sendgrid(self):
        return "SG." + self.d.chars(B64URL, 22) + "." + self.d.chars(B64URL, 43)

    def mailgun(self):
        return "key-" + self.d.hex(32)

    def datadog_api(self):
        return self.d.hex(32)

    def datadog_app(self):
        return self.d.hex(40)

    def vault(self, long=False):
        if long:
            return "hvs.CAESI" + self.d.chars(B64URL, 82)
        return "hvs." + self.d.chars(B62, 24)

    def shopify(self):
        return "shpat_" + self.d.hex(32)

    def hf(self):
        return "hf_" + self.d.chars(ALPHA, 34)

    def telegram(self):
        return f"{self.d.digits(10)}:AA{self.d.chars(B62 + '-_', 33)}"

    def linear(self):
        return "lin_api_" + self.d.chars(B62, 40)

    def postman(self):
        return f"PMAK-{self.d.hex(24)}-{self.d.hex(34)}"

    def newrelic(self):
        return "NRAK-" + self.d.chars(UPPER_ALNUM, 27)

    def grafana(self):
        return "glsa_" + self.d.chars(B62, 32) + "_" + self.d.hex(8)

    def databricks(self):
        return "dapi" + self.d.hex(32)

    def doppler(self):
        return "dp.st.prd." + self.d.chars(B62, 43)

    def age(self):
        """Real age X25519 identity (bech32 with valid checksum) and its recipient."""
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
        from cryptography.hazmat.primitives import serialization as ser
        sk = self.d.bytes(32)
        pk = X25519PrivateKey.from_private_bytes(sk).public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)
        return bech32_encode("age-secret-key-", sk).upper(), bech32_encode("age", pk)

    def password(self, n=20):
        return self.d.chars(B62 + "!#%^*-_=+", n)

    def alnum(self, n):
        return self.d.chars(B62, n)

    def hexs(self, n):
        return self.d.hex(n)

    # --------------------------------------------------------------- jwt
    def jwt(self, payload, alg="HS256"):
        header = {"alg": alg, "typ": "JWT"}
        if alg == "RS256":
            header["kid"] = self.d.hex(16)
        h = b64u(json.dumps(header, separators=(",", ":")).encode())
        p = b64u(json.dumps(payload, separators=(",", ":")).encode())
        sig = b64u(self.d.bytes(32 if alg == "HS256" else 256))
        return f"{h}.{p}.{sig}"

    # --------------------------------------------------------------- real keys
    def _rand_int(self, bits):
        return int.from_bytes(self.d.bytes(bits // 8), "big")

    def _prime(self, bits):
        while True:
            n = self._rand_int(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
            if _is_probable_prime(n, self.d):
                return n

    def rsa_key(self, bits=2048):
        from cryptography.hazmat.primitives.asymmetric import rsa
        e = 65537
        while True:
            p = self._prime(bits // 2)
            q = self._prime(bits // 2)
            if p == q:
                continue
            phi = (p - 1) * (q - 1)
            try:
                dexp = pow(e, -1, phi)
            except ValueError:
                continue
            if (p * q).bit_length() != bits:
                continue
            break
        if p < q:
            p, q = q, p
        pub = rsa.RSAPublicNumbers(e, p * q)
        priv = rsa.RSAPrivateNumbers(p, q, dexp, dexp % (p - 1), dexp % (q - 1), pow(q, -1, p), pub)
        return priv.private_key()

    def ec_key(self):
        from cryptography.hazmat.primitives.asymmetric import ec
        n = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
        k = self._rand_int(256) % (n - 1) + 1
        return ec.derive_private_key(k, ec.SECP256R1())

    def ed25519_seed(self):
        return self.d.bytes(32)


_B32CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_encode(hrp, data: bytes):
    acc, bits, out = 0, 0, []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    hrp_exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _bech32_polymod(hrp_exp + out + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32CH[d] for d in out + chk)


def _is_probable_prime(n, d, rounds=24):
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71]
    for p in small:
        if n % p == 0:
            return n == p
    r, s = 0, n - 1
    while s % 2 == 0:
        r += 1
        s //= 2
    for _ in range(rounds):
        a = 2 + int.from_bytes(d.bytes(8), "big") % (n - 3)
        x = pow(a, s, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def pem_private(key, fmt="traditional"):
    from cryptography.hazmat.primitives import serialization as s
    f = s.PrivateFormat.TraditionalOpenSSL if fmt == "traditional" else s.PrivateFormat.PKCS8
    return key.private_bytes(s.Encoding.PEM, f, s.NoEncryption()).decode().strip()


def pem_public(key):
    from cryptography.hazmat.primitives import serialization as s
    return key.public_key().public_bytes(s.Encoding.PEM, s.PublicFormat.SubjectPublicKeyInfo).decode().strip()


def openssh_ed25519(seed: bytes, comment: str, check: int):
    """Build an unencrypted OpenSSH ed25519 private key deterministically."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives import serialization as s
    k = Ed25519PrivateKey.from_private_bytes(seed)
    pub = k.public_key().public_bytes(s.Encoding.Raw, s.PublicFormat.Raw)

    def sstr(b):
        if isinstance(b, str):
            b = b.encode()
        return struct.pack(">I", len(b)) + b

    pub_blob = sstr("ssh-ed25519") + sstr(pub)
    priv = struct.pack(">II", check, check) + sstr("ssh-ed25519") + sstr(pub) + sstr(seed + pub) + sstr(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = b"openssh-key-v1\x00" + sstr("none") + sstr("none") + sstr(b"") + struct.pack(">I", 1) + sstr(pub_blob) + sstr(priv)
    b64 = base64.b64encode(blob).decode()
    lines = [b64[i:i + 70] for i in range(0, len(b64), 70)]
    priv_pem = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
    pub_line = "ssh-ed25519 " + base64.b64encode(pub_blob).decode() + " " + comment
    return priv_pem, pub_line


def self_signed_cert(key, cn, serial, not_before=(2024, 3, 1), days=398):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization as s
    from cryptography.x509.oid import NameOID
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "US"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, (cn.split(".")[-2] if "." in cn else cn).title()),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    nb = datetime.datetime(*not_before, tzinfo=datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(serial).not_valid_before(nb).not_valid_after(nb + datetime.timedelta(days=days))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(cn)]), critical=False)
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(s.Encoding.PEM).decode().strip()
