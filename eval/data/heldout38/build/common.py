"""Shared helpers for the heldout38 generators. All randomness for key material
and personal values comes from the OS CSPRNG (secrets.SystemRandom)."""
import secrets, string, base64, uuid, zlib, hashlib, hmac, json

R = secrets.SystemRandom()
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = '0123456789abcdef'
B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

def rs(n, alpha=ALNUM):
    return ''.join(R.choice(alpha) for _ in range(n))

def hexs(n):
    return rs(n, HEX)

def b64(nbytes, url=False, pad=True):
    raw = secrets.token_bytes(nbytes)
    s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return s if pad else s.rstrip('=')

def uid():
    return str(uuid.UUID(bytes=secrets.token_bytes(16), version=4))

def base62(n, width):
    out = ''
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, '0')

def crc_token(prefix, n=30):
    """GitHub/npm style token: prefix + n random base62 + 6-char base62 CRC32 of the random part."""
    body = rs(n, B62)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xffffffff, 6)

def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)

def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        s += d
    return s % 10 == 0

def pick(seq):
    return R.choice(seq)

def digits(n, first_nonzero=False):
    s = ''.join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = R.choice('123456789') + s[1:]
    return s

def b64enc(s):
    return base64.b64encode(s.encode()).decode()

def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(',', ':')).encode()).decode().rstrip('=')

def jwt_hs256(payload, key):
    h = b64url_json({"alg": "HS256", "typ": "JWT"})
    p = b64url_json(payload)
    sig = hmac.new(key.encode(), f"{h}.{p}".encode(), hashlib.sha256).digest()
    return f"{h}.{p}." + base64.urlsafe_b64encode(sig).decode().rstrip('=')

def jwt_rs256_like(payload, kid=None):
    """RS256 token signed with a fresh RSA key (real signature)."""
    from cryptography.hazmat.primitives.asymmetric import rsa, padding
    from cryptography.hazmat.primitives import hashes
    k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    hd = {"alg": "RS256", "typ": "JWT"}
    if kid: hd["kid"] = kid
    h = b64url_json(hd); p = b64url_json(payload)
    sig = k.sign(f"{h}.{p}".encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{h}.{p}." + base64.urlsafe_b64encode(sig).decode().rstrip('=')
