"""Real key material from the DRBG: RSA (PKCS#1/PKCS#8/SPKI, self-signed X.509), EC P-256, Ed25519
(OpenSSH), X25519 (age), OpenPGP RSA key blocks, bech32/base58check helpers."""
import base64
import hashlib
import struct
import zlib


# ------------------------------------------------------------------ DER
def _len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + _len(len(body)) + body


def der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def seq(*parts):
    return tlv(0x30, b"".join(parts))


def oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return tlv(0x06, out)


NULL = b"\x05\x00"


def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return f"-----BEGIN {label}-----\n" + "\n".join(b[i:i + width] for i in range(0, len(b), width)) + f"\n-----END {label}-----"


# ------------------------------------------------------------------ RSA
SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _is_probable_prime(n, drbg, rounds=40):
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = 2 + drbg.randbelow(n - 3)
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


def _prime(drbg, bits):
    while True:
        c = drbg.randbits(bits) | (3 << (bits - 2)) | 1
        if c % 65537 != 1 and _is_probable_prime(c, drbg):
            return c


class RSAKey:
    def __init__(self, drbg, bits=2048):
        e = 65537
        while True:
            p, q = _prime(drbg, bits // 2), _prime(drbg, bits // 2)
            if p == q:
                continue
            if p > q:
                p, q = q, p
            n = p * q
            if n.bit_length() != bits:
                continue
            phi = (p - 1) * (q - 1)
            try:
                d = pow(e, -1, phi)
            except ValueError:
                continue
            break
        self.n, self.e, self.d, self.p, self.q = n, e, d, p, q

    def pkcs1_der(self):
        n, e, d, p, q = self.n, self.e, self.d, self.p, self.q
        # PKCS#1 conventionally has p > q; swap roles for the CRT values
        P, Q = q, p
        return seq(der_int(0), der_int(n), der_int(e), der_int(d), der_int(P), der_int(Q), der_int(d % (P - 1)),
                   der_int(d % (Q - 1)), der_int(pow(Q, -1, P)))

    def pkcs1_pem(self):
        return pem("RSA PRIVATE KEY", self.pkcs1_der())

    def pkcs8_pem(self):
        return pem("PRIVATE KEY", seq(der_int(0), seq(oid("1.2.840.113549.1.1.1"), NULL), tlv(0x04, self.pkcs1_der())))

    def spki_der(self):
        return seq(seq(oid("1.2.840.113549.1.1.1"), NULL), tlv(0x03, b"\x00" + seq(der_int(self.n), der_int(self.e))))

    def public_pem(self):
        return pem("PUBLIC KEY", self.spki_der())

    def sign_sha256(self, msg):
        h = hashlib.sha256(msg).digest()
        di = bytes.fromhex("3031300d060960864801650304020105000420") + h
        k = (self.n.bit_length() + 7) // 8
        em = b"\x00\x01" + b"\xff" * (k - len(di) - 3) + b"\x00" + di
        return pow(int.from_bytes(em, "big"), self.d, self.n).to_bytes(k, "big")

    def ssh_public(self, comment):
        def mp(v):
            b = v.to_bytes((v.bit_length() + 8) // 8, "big")
            return struct.pack(">I", len(b)) + b
        blob = sstr(b"ssh-rsa") + mp(self.e) + mp(self.n)
        return "ssh-rsa " + base64.b64encode(blob).decode() + " " + comment

    def jwk(self, kid):
        def b64u(v):
            return base64.urlsafe_b64encode(v.to_bytes((v.bit_length() + 7) // 8, "big")).rstrip(b"=").decode()
        return {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid, "n": b64u(self.n), "e": b64u(self.e)}


def _name(cn, org):
    def rdn(o, v):
        return tlv(0x31, seq(oid(o), tlv(0x0C, v.encode())))
    return seq(rdn("2.5.4.6", "IE"), rdn("2.5.4.10", org), rdn("2.5.4.3", cn))


def self_signed_cert(key, drbg, cn, org, nb="250101000000Z", na="270101000000Z"):
    serial = drbg.randbits(63) | 1
    alg = seq(oid("1.2.840.113549.1.1.11"), NULL)
    tbs = seq(tlv(0xA0, der_int(2)), der_int(serial), alg, _name(cn, org),
              seq(tlv(0x17, nb.encode()), tlv(0x17, na.encode())), _name(cn, org), key.spki_der())
    sig = key.sign_sha256(tbs)
    return pem("CERTIFICATE", seq(tbs, alg, tlv(0x03, b"\x00" + sig)))


# ------------------------------------------------------------------ EC P-256
P256_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
P256_A = P256_P - 3
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % P256_P == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] + P256_A) * pow(2 * P[1], -1, P256_P) % P256_P
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, P256_P) % P256_P
    x = (lam * lam - P[0] - Q[0]) % P256_P
    return x, (lam * (P[0] - x) - P[1]) % P256_P


def _ec_mul(k, P):
    R = None
    while k:
        if k & 1:
            R = _ec_add(R, P)
        P = _ec_add(P, P)
        k >>= 1
    return R


def ec_p256_pem(drbg):
    d = 1 + drbg.randbelow(P256_N - 1)
    x, y = _ec_mul(d, P256_G)
    pub = b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")
    der = seq(der_int(1), tlv(0x04, d.to_bytes(32, "big")), tlv(0xA0, oid("1.2.840.10045.3.1.7")), tlv(0xA1, tlv(0x03, b"\x00" + pub)))
    return pem("EC PRIVATE KEY", der)


# ------------------------------------------------------------------ Ed25519 / X25519
ED_P = 2 ** 255 - 19
ED_L = 2 ** 252 + 27742317777372353535851937790883648493
ED_D = -121665 * pow(121666, -1, ED_P) % ED_P
_By = 4 * pow(5, -1, ED_P) % ED_P


def _xrecover(y):
    xx = (y * y - 1) * pow(ED_D * y * y + 1, -1, ED_P)
    x = pow(xx, (ED_P + 3) // 8, ED_P)
    if (x * x - xx) % ED_P:
        x = x * pow(2, (ED_P - 1) // 4, ED_P) % ED_P
    if x % 2:
        x = ED_P - x
    return x


ED_B = (_xrecover(_By), _By)


def _ed_add(P, Q):
    x1, y1 = P
    x2, y2 = Q
    t = ED_D * x1 * x2 * y1 * y2
    return ((x1 * y2 + x2 * y1) * pow(1 + t, -1, ED_P) % ED_P, (y1 * y2 + x1 * x2) * pow(1 - t, -1, ED_P) % ED_P)


def _ed_mul(k, P):
    R = (0, 1)
    while k:
        if k & 1:
            R = _ed_add(R, P)
        P = _ed_add(P, P)
        k >>= 1
    return R


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    x, y = _ed_mul(a, ED_B)
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def sstr(b):
    return struct.pack(">I", len(b)) + b


def ssh_ed25519_public(pk, comment):
    return "ssh-ed25519 " + base64.b64encode(sstr(b"ssh-ed25519") + sstr(pk)).decode() + " " + comment


def openssh_ed25519_private(drbg, comment):
    seed = drbg.bytes(32)
    pk = ed25519_pub(seed)
    pubblob = sstr(b"ssh-ed25519") + sstr(pk)
    chk = drbg.bytes(4)
    priv = chk + chk + sstr(b"ssh-ed25519") + sstr(pk) + sstr(seed + pk) + sstr(comment.encode())
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    body = (b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"") + struct.pack(">I", 1) + sstr(pubblob) + sstr(priv))
    b = base64.b64encode(body).decode()
    txt = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(b[j:j + 70] for j in range(0, len(b), 70)) + "\n-----END OPENSSH PRIVATE KEY-----"
    return txt, ssh_ed25519_public(pk, comment)


def x25519_base(k):
    k = bytearray(k)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    s = int.from_bytes(k, "little")
    x1, x2, z2, x3, z3, swap = 9, 1, 0, 9, 1, 0
    for t in reversed(range(255)):
        kt = (s >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = kt
        A, B = (x2 + z2) % ED_P, (x2 - z2) % ED_P
        AA, BB = A * A % ED_P, B * B % ED_P
        E = (AA - BB) % ED_P
        C, D = (x3 + z3) % ED_P, (x3 - z3) % ED_P
        DA, CB = D * A % ED_P, C * B % ED_P
        x3 = (DA + CB) ** 2 % ED_P
        z3 = x1 * (DA - CB) ** 2 % ED_P
        x2 = AA * BB % ED_P
        z2 = E * (AA + 121665 * E) % ED_P
    if swap:
        x2, z2 = x3, z3
    return (x2 * pow(z2, ED_P - 2, ED_P) % ED_P).to_bytes(32, "little")


# ------------------------------------------------------------------ bech32 / base58
B32CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def convertbits(data, frm, to, pad=True):
    acc = bits = 0
    ret = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (to - bits)) & maxv)
    return ret


def bech32_encode(hrp, data5):
    pm = _polymod(_hrp_expand(hrp) + data5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(B32CH[d] for d in data5 + chk)


def age_identity(drbg):
    sk = drbg.bytes(32)
    pk = x25519_base(sk)
    return bech32_encode("age-secret-key-", convertbits(sk, 8, 5)).upper(), bech32_encode("age", convertbits(pk, 8, 5))


def btc_bech32(drbg):
    return bech32_encode("bc", [0] + convertbits(drbg.bytes(20), 8, 5))


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(b):
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    return "1" * (len(b) - len(b.lstrip(b"\x00"))) + s


def btc_p2pkh(drbg):
    payload = b"\x00" + drbg.bytes(20)
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk)


def ipfs_cidv0(drbg):
    return b58encode(b"\x12\x20" + hashlib.sha256(drbg.bytes(64)).digest())


# ------------------------------------------------------------------ OpenPGP
def _pgp_mpi(v):
    return struct.pack(">H", v.bit_length()) + v.to_bytes((v.bit_length() + 7) // 8, "big")


def _pgp_packet(tag, body):
    if len(body) < 192:
        ln = bytes([len(body)])
    elif len(body) < 8384:
        l2 = len(body) - 192
        ln = bytes([(l2 >> 8) + 192, l2 & 0xFF])
    else:
        ln = b"\xff" + struct.pack(">I", len(body))
    return bytes([0xC0 | tag]) + ln + body


def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def _armor(kind, data):
    b = base64.b64encode(data).decode()
    crc = base64.b64encode(_crc24(data).to_bytes(3, "big")).decode()
    return (f"-----BEGIN PGP {kind}-----\n\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + f"\n={crc}\n-----END PGP {kind}-----")


def pgp_blocks(key, uid, created):
    pub = b"\x04" + struct.pack(">I", created) + b"\x01" + _pgp_mpi(key.n) + _pgp_mpi(key.e)
    secret_mpis = _pgp_mpi(key.d) + _pgp_mpi(key.p) + _pgp_mpi(key.q) + _pgp_mpi(pow(key.p, -1, key.q))
    sec = pub + b"\x00" + secret_mpis + struct.pack(">H", sum(secret_mpis) & 0xFFFF)
    uidp = _pgp_packet(13, uid.encode())
    return _armor("PRIVATE KEY BLOCK", _pgp_packet(5, sec) + uidp), _armor("PUBLIC KEY BLOCK", _pgp_packet(6, pub) + uidp)


def armor_message(drbg, n):
    return _armor("MESSAGE", _pgp_packet(1, b"\x03" + drbg.bytes(8) + b"\x01" + drbg.bytes(n)))


def png_1color(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
