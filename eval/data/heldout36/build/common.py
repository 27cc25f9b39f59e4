"""Shared helpers for the heldout36 generators. All random values use system randomness."""
import random, string, zlib, re, base64, hashlib, uuid, datetime

R = random.SystemRandom()
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
B32L = "abcdefghijklmnopqrstuvwxyz234567"

def rs(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))

def hx(n):
    return rs(n, HEX)

def b64bytes(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()

def b64urlbytes(n):
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode().rstrip("=")

def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))

def base62(n):
    if n == 0:
        return "0"
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out

def crc_token(prefix, n=30):
    body = rs(n, B62)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xffffffff).rjust(6, "0")

def rdate(y0=2024, y1=2026):
    d = datetime.date(y0, 1, 1) + datetime.timedelta(days=R.randrange((y1 - y0 + 1) * 365 - 40))
    return d

def rts():
    d = rdate()
    return datetime.datetime(d.year, d.month, d.day, R.randrange(24), R.randrange(60), R.randrange(60))

# ---------- PII validity helpers ----------
def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0

def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c

def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1

def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"

def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, sn = d[:3], d[3:5], d[5:]
    if a in ("000", "666") or a[0] == "9" or g == "00" or sn == "0000":
        return False
    if d in ("078051120", "219099999", "123456789"):
        return False
    return True
