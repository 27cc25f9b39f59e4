"""Random key material in real published formats (random values, correct structure/checksums)."""
import base64
import hashlib
import hmac
import json
import struct
import zlib

from common import rstr, ALNUM, HEX

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
URLSAFE = ALNUM + "_-"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
UPPER_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
UPDIG = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64CH = ALNUM + "+/"


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def base62(n, width):
    s = ""
    while n:
        s = B62[n % 62] + s
        n //= 62
    return s.rjust(width, "0")


def checksum_token(rng, prefix, n=30):
    """GitHub / npm style: prefix + 30 random base62 + 6-char base62 CRC32 of the random part."""
    body = rstr(rng, n, B62)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def uuid4(rng):
    h = rstr(rng, 32, HEX)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ---------------------------------------------------------------- DER / PEM
def _dlen(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _int(x):
    b = x.to_bytes((x.bit_length() + 8) // 8, "big")
    return b"\x02" + _dlen(len(b)) + b


def _seq(*items):
    body = b"".join(items)
    return b"\x30" + _dlen(len(body)) + body


def _rint(rng, bits, odd=False):
    x = rng.getrandbits(bits) | (1 << (bits - 1))
    return x | 1 if odd else x


def rsa_pkcs1_der(rng, bits=2048):
    h = bits // 2
    return _seq(_int(0), _int(_rint(rng, bits, True)), _int(65537), _int(_rint(rng, bits)), _int(_rint(rng, h, True)),
                _int(_rint(rng, h, True)), _int(_rint(rng, h)), _int(_rint(rng, h)), _int(_rint(rng, h)))


def pem(label, der):
    s = b64(der)
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(s[i:i + 64] for i in range(0, len(s), 64)), label)


def rsa_private_pem(rng, bits=2048):
    return pem("RSA PRIVATE KEY", rsa_pkcs1_der(rng, bits))


def pkcs8_rsa_pem(rng):
    alg = _seq(b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01", b"\x05\x00")
    inner = rsa_pkcs1_der(rng)
    return pem("PRIVATE KEY", _seq(_int(0), alg, b"\x04" + _dlen(len(inner)) + inner))


def x509_cert_pem(rng):
    der = _seq(_seq(b"\xa0\x03\x02\x01\x02", _int(rng.getrandbits(120)), rbytes(rng, 600)), rbytes(rng, 270))
    return pem("CERTIFICATE", der)


def _sshstr(b):
    return struct.pack(">I", len(b)) + b


def openssh_ed25519(rng, comment):
    pub = rbytes(rng, 32)
    pubblob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    chk = rbytes(rng, 4)
    priv = chk + chk + _sshstr(b"ssh-ed25519") + _sshstr(pub) + _sshstr(rbytes(rng, 32) + pub) + _sshstr(comment.encode())
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") + struct.pack(">I", 1) + _sshstr(pubblob) + _sshstr(priv)
    s = b64(blob)
    priv_pem = "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(s[i:i + 70] for i in range(0, len(s), 70))
    return priv_pem, "ssh-ed25519 %s %s" % (b64(pubblob), comment)


def ssh_ed25519_pub(rng, comment):
    return "ssh-ed25519 %s %s" % (b64(_sshstr(b"ssh-ed25519") + _sshstr(rbytes(rng, 32))), comment)


def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armor(rng, private=True):
    tag = 0xC5 if private else 0xC6
    body = bytes([tag, 0xFF]) + struct.pack(">I", 700) + b"\x04" + rbytes(rng, 4) + b"\x16" + rbytes(rng, 700)
    s = b64(body)
    lines = "\n".join(s[i:i + 64] for i in range(0, len(s), 64))
    crc = b64(_crc24(body).to_bytes(3, "big"))
    kind = "PRIVATE KEY" if private else "PUBLIC KEY"
    return "-----BEGIN PGP %s BLOCK-----\n\n%s\n=%s\n-----END PGP %s BLOCK-----" % (kind, lines, crc, kind)


# ---------------------------------------------------------------- bech32 (age)
_CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32(hrp, data8):
    acc, bits, d5 = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            d5.append((acc >> bits) & 31)
    if bits:
        d5.append((acc << (5 - bits)) & 31)
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(hv + d5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CH[d] for d in d5 + chk)


def age_secret(rng):
    return bech32("age-secret-key-", rbytes(rng, 32)).upper()


def age_public(rng):
    return bech32("age", rbytes(rng, 32))


def wg_key(rng):
    b = bytearray(rbytes(rng, 32))
    b[0] &= 248
    b[31] = (b[31] & 127) | 64
    return b64(bytes(b))


# ---------------------------------------------------------------- JWT
def jwt_hs256(rng, payload, key=None):
    key = key or rbytes(rng, 32)
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64url(hmac.new(key, ("%s.%s" % (h, p)).encode(), hashlib.sha256).digest())
    return "%s.%s.%s" % (h, p, sig)


def luhn_ok(num):
    s, alt = 0, False
    for d in reversed(num):
        d = int(d)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0
