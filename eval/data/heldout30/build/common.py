"""Shared helpers: deterministic randomness, checksums, encoders, personal-data generators.
Everything is generated from a seeded PRNG so a rebuild is byte-identical.  All values are invented."""
import random, string, base64, hashlib, hmac, json, zlib, uuid, struct, datetime

R = random.Random(30_2026)          # single deterministic stream for the whole build

ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = '0123456789abcdef'
URLSAFE = ALNUM + '-_'

def pick(seq): return R.choice(seq)
def rstr(n, alphabet=ALNUM): return ''.join(R.choice(alphabet) for _ in range(n))
def rhex(n): return rstr(n, HEX)
def rHEX(n): return rstr(n, '0123456789ABCDEF')
def rdig(n): return rstr(n, string.digits)
def rbytes(n): return bytes(R.getrandbits(8) for _ in range(n))
def b64(n): return base64.b64encode(rbytes(n)).decode()
def b64u(n): return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip('=')
def ruuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def rpass(n=16, sym='!#%+=?@*-_.'):
    while True:
        s = rstr(n, ALNUM + sym)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s
def human_pass():
    """the kind of password people actually set: memorable, often weak, sometimes with a year"""
    base = pick(['Nordwelle', 'Havelland', 'Glasfaser', 'Rathenow', 'Techniker', 'Sommer', 'Winter', 'Leitstand', 'Mobilfunk', 'Stade'])
    f = pick([lambda: base + str(R.randint(2019, 2026)) + pick(['!', '#', '$', '']),
              lambda: base.replace('e', '3').replace('a', '@', 1) + pick(['!', '?', '']) + rdig(2),
              lambda: base.lower() + '_' + pick(['noc', 'fe', 'care', 'ops']) + rdig(3),
              lambda: pick(['Mai', 'Juni', 'Juli', 'Okt']) + str(R.randint(2024, 2026)) + base[:4] + pick(['!', '.', '']) ])
    return f()
_SAFE = str.maketrans({'#': '!', '@': '*', '%': '+', '?': '!', '$': '-', ':': '.', '/': '.'})
def pw(n=16):
    """service/device password of varied style; avoids characters that would need quoting in URIs, INI or XML"""
    return pick([lambda: rpass(n, ''), lambda: rpass(n), words_pass, human_pass])().translate(_SAFE)
def words_pass():
    w = ['Kranich','Deich','Nebel','Faser','Mast','Welle','Brise','Leuchtturm','Hafen','Sturm','Polder','Moor','Kogge','Tide','Anker']
    return pick(w) + pick(['-','_','.','!']) + pick(w) + str(R.randint(10, 9999)) + pick(['!','#','?','%',''])

def ts(start=datetime.datetime(2026, 3, 1), days=240):
    return start + datetime.timedelta(seconds=R.randint(0, days * 86400))

# ---------------------------------------------------------------- base62 / crc32 checksums
def b62(num, width):
    s = ''
    while num:
        num, r = divmod(num, 62); s = B62[r] + s
    return s.rjust(width, '0')

def gh_token(prefix):          # ghp_/gho_/ghs_/ghu_/ghr_ : 30 random + 6 base62(crc32)
    body = rstr(30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xffffffff, 6)

def npm_token():
    body = rstr(30)
    return 'npm_' + body + b62(zlib.crc32(body.encode()) & 0xffffffff, 6)

# ---------------------------------------------------------------- Cisco type 7 (reversible)
XLAT = 'dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87'
def cisco7(pw, seed=None):
    seed = R.randint(0, 15) if seed is None else seed
    return '%02d' % seed + ''.join('%02X' % (ord(c) ^ ord(XLAT[(seed + i) % 53])) for i, c in enumerate(pw))
def cisco7_dec(enc):
    seed = int(enc[:2]); h = enc[2:]
    return ''.join(chr(int(h[i:i+2], 16) ^ ord(XLAT[(seed + i // 2) % 53])) for i in range(0, len(h), 2))

# ---------------------------------------------------------------- Junos $9$ (reversible)
_FAM = ['QzF3n6/9CAtpu0O', 'B1IREhcSyrleKvMW8LXx', '7N-dVbwsY2g4oaJZGUDj', 'iHkq.mPf5T']
_EXTRA = {c: 3 - i for i, f in enumerate(_FAM) for c in f}
_NUM = list(''.join(_FAM)); _AN = {c: i for i, c in enumerate(_NUM)}
_ENC = [[1, 4, 32], [1, 16, 32], [1, 8, 32], [1, 64], [1, 32], [1, 4, 16, 128], [1, 32, 64]]
def junos9(plain):
    salt = R.choice(_NUM); rand = ''.join(R.choice(_NUM) for _ in range(_EXTRA[salt]))
    prev = salt; out = '$9$' + salt + rand
    for pos, ch in enumerate(plain):
        enc = _ENC[pos % len(_ENC)]; o = ord(ch); gaps = []
        for mod in reversed(enc):
            gaps.insert(0, o // mod); o %= mod
        for g in gaps:
            g += _AN[prev] + 1; prev = _NUM[g % len(_NUM)]; out += prev
    return out
def junos9_dec(crypt):
    chars = crypt[3:]; first = chars[0]; chars = chars[1 + _EXTRA[first]:]; prev = first; dec = ''
    while chars:
        enc = _ENC[len(dec) % len(_ENC)]; nib = chars[:len(enc)]; chars = chars[len(enc):]
        gaps = []
        for n in nib:
            g = _AN[n] - _AN[prev] - 1; gaps.append(g % len(_NUM) if g < 0 or g >= 0 else g); prev = n
        gaps = [((_g) % len(_NUM)) for _g in gaps]
        dec += chr(sum(g * m for g, m in zip(gaps, enc)))
    return dec

# ---------------------------------------------------------------- key material (structurally plausible, random)
def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (label, '\n'.join(b[i:i+width] for i in range(0, len(b), width)), label)

def ec_private_pem():
    der = bytes.fromhex('307702010104') + b'\x20' + rbytes(32) + bytes.fromhex('a00a06082a8648ce3d030107a144034200') + b'\x04' + rbytes(64)
    return pem('EC PRIVATE KEY', der)

def rsa_private_pem(bits=2048, pkcs8=False):
    n = bits // 8
    # RSAPrivateKey SEQUENCE header + version + modulus start, rest random of realistic length
    body = bytes.fromhex('308204a40201000282010100' if bits == 2048 else '3082025c02010002818100') + b'\xc1' + rbytes(n - 1) + bytes.fromhex('0203010001') + rbytes(int(n * 4.5) - 16)
    if pkcs8:
        body = bytes.fromhex('308204be020100300d06092a864886f70d0101010500048204a8') + body
        return pem('PRIVATE KEY', body)
    return pem('RSA PRIVATE KEY', body)

def _sshstr(b): return struct.pack('>I', len(b)) + b
def openssh_ed25519_private(comment):
    pub = rbytes(32); priv = rbytes(32)
    pubblob = _sshstr(b'ssh-ed25519') + _sshstr(pub)
    chk = rbytes(4)
    sec = chk + chk + _sshstr(b'ssh-ed25519') + _sshstr(pub) + _sshstr(priv + pub) + _sshstr(comment.encode())
    i = 1
    while len(sec) % 8: sec += bytes([i]); i += 1
    blob = b'openssh-key-v1\x00' + _sshstr(b'none') + _sshstr(b'none') + _sshstr(b'') + struct.pack('>I', 1) + _sshstr(pubblob) + _sshstr(sec)
    return pem('OPENSSH PRIVATE KEY', blob, 70)
def ssh_ed25519_public(comment):
    return 'ssh-ed25519 ' + base64.b64encode(_sshstr(b'ssh-ed25519') + _sshstr(rbytes(32))).decode() + ' ' + comment
def ssh_rsa_public(comment):
    return 'ssh-rsa ' + base64.b64encode(_sshstr(b'ssh-rsa') + _sshstr(b'\x01\x00\x01') + _sshstr(b'\x00' + rbytes(256))).decode() + ' ' + comment

def cert_pem(cn):
    der = bytes.fromhex('308203') + rbytes(1) + bytes.fromhex('308202') + rbytes(1) + bytes.fromhex('a00302010202') + rbytes(700)
    return pem('CERTIFICATE', der)

def wg_key():
    k = bytearray(rbytes(32)); k[0] &= 248; k[31] &= 127; k[31] |= 64
    return base64.b64encode(bytes(k)).decode()

def jwt(payload, key=None, alg='HS256'):
    h = base64.urlsafe_b64encode(json.dumps({'alg': alg, 'typ': 'JWT'}, separators=(',', ':')).encode()).decode().rstrip('=')
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(',', ':')).encode()).decode().rstrip('=')
    if alg == 'HS256':
        sig = hmac.new((key or rstr(32)).encode(), (h + '.' + p).encode(), hashlib.sha256).digest()
    else:
        sig = rbytes(256)
    return h + '.' + p + '.' + base64.urlsafe_b64encode(sig).decode().rstrip('=')

# ---------------------------------------------------------------- one-way hashes (look-alikes)
CRYPT64 = './' + string.digits + string.ascii_uppercase + string.ascii_lowercase
def bcrypt_like(cost=12): return '$2b$%02d$' % cost + rstr(53, CRYPT64)
def sha512crypt(): return '$6$' + rstr(16, CRYPT64) + '$' + rstr(86, CRYPT64)
def md5crypt(): return '$1$' + rstr(4, CRYPT64) + '$' + rstr(22, CRYPT64)
def cisco8(): return '$8$' + rstr(14, CRYPT64) + '$' + rstr(43, CRYPT64)
def cisco9(): return '$9$' + rstr(14, CRYPT64) + '$' + rstr(43, CRYPT64)

# ---------------------------------------------------------------- PII generators
def luhn_digit(partial):
    s = 0
    for i, d in enumerate(reversed(partial)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)
def non_luhn(n):
    b = rdig(n - 1); d = (int(luhn_digit(b)) + R.randint(1, 9)) % 10; return b + str(d)
def luhn_ok(num):
    num = ''.join(c for c in num if c.isdigit()); return luhn_digit(num[:-1]) == num[-1]

TEST_CARDS = {'4111111111111111', '4242424242424242', '5555555555554444', '378282246310005', '6011111111111117',
              '5105105105105100', '4012888888881881', '371449635398431', '30569309025904', '3530111333300000', '4000056655665556'}
def card(network):
    while True:
        if network == 'visa': pre, ln = '4' + rdig(5), 16
        elif network == 'mastercard': pre, ln = (str(R.randint(51, 55)) + rdig(4)) if R.random() < .6 else str(R.randint(2221, 2720)) + rdig(2), 16
        elif network == 'amex': pre, ln = pick(['34', '37']) + rdig(4), 15
        elif network == 'discover': pre, ln = pick(['6011', '65' + rdig(2)]) + rdig(2), 16
        elif network == 'jcb': pre, ln = str(R.randint(3528, 3589)) + rdig(2), 16
        elif network == 'diners': pre, ln = pick(['36', '38', '300', '305']), 14
        elif network == 'maestro': pre, ln = pick(['6759', '5018', '6304']), pick([16, 19])
        elif network == 'unionpay': pre, ln = '62' + rdig(4), 16
        elif network == 'visa13': pre, ln = '4' + rdig(5), 13
        else: raise ValueError(network)
        body = pre + rdig(ln - 1 - len(pre)); n = body + luhn_digit(body)
        if n not in TEST_CARDS: return n
def fmt_card(n, style='space'):
    if style == 'plain': return n
    if len(n) == 15: g = [4, 6, 5]
    elif len(n) == 14: g = [4, 6, 4]
    elif len(n) == 19: g = [4, 4, 4, 4, 3]
    elif len(n) == 13: g = [4, 4, 5]
    else: g = [4, 4, 4, 4]
    out, i = [], 0
    for k in g: out.append(n[i:i+k]); i += k
    return (' ' if style == 'space' else '-').join(out)

def ssn(style='dash'):
    while True:
        a = R.randint(1, 899)
        if a == 666: continue
        g = R.randint(1, 99); s = R.randint(1, 9999)
        v = '%03d-%02d-%04d' % (a, g, s)
        if v in ('078-05-1120', '219-09-9999'): continue
        return v if style == 'dash' else v.replace('-', '' if style == 'plain' else ' ')
def ssn_ok(v):
    d = ''.join(c for c in v if c.isdigit())
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and 0 < a < 900 and a != 666 and g > 0 and s > 0

def _iban_check(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)
def iban_ok(v):
    v = v.replace(' ', ''); r = v[4:] + v[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1
def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]; d = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
    return {11: '0', 10: '1'}.get(d, str(d))
_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def _it_cin(s):
    t = 0
    for i, c in enumerate(s):
        k = int(c) if c.isdigit() else ord(c) - 65
        t += _IT_ODD[k] if i % 2 == 0 else k
    return chr(65 + t % 26)
IBAN_LEN = {'DE': 22, 'NL': 18, 'GB': 22, 'FR': 27, 'BE': 16, 'AT': 20, 'CH': 21, 'ES': 24, 'IT': 27, 'PL': 28, 'IE': 22,
            'LU': 20, 'DK': 18, 'SE': 24, 'PT': 25, 'FI': 18, 'CZ': 24, 'GR': 27, 'NO': 15, 'SK': 24, 'HU': 28, 'SI': 19}
def iban(cc, grouped=False):
    if cc == 'DE': bban = rdig(8) + rdig(10)
    elif cc == 'NL': bban = pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB']) + rdig(10)
    elif cc == 'GB': bban = pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'SRLG']) + rdig(6) + rdig(8)
    elif cc == 'IE': bban = pick(['AIBK', 'BOFI', 'IPBS']) + rdig(6) + rdig(8)
    elif cc == 'FR':
        b, g, a = rdig(5), rdig(5), rdig(11)
        key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(a)) % 97); bban = b + g + a + '%02d' % key
    elif cc == 'BE':
        x = rdig(10); c = int(x) % 97 or 97; bban = x + '%02d' % c
    elif cc == 'AT': bban = rdig(5) + rdig(11)
    elif cc == 'CH': bban = rdig(5) + rdig(12)
    elif cc == 'ES':
        b, o, a = rdig(4), rdig(4), rdig(10); bban = b + o + _es_dc('00' + b + o) + _es_dc(a) + a
    elif cc == 'IT':
        rest = rdig(5) + rdig(5) + rdig(12); bban = _it_cin(rest) + rest
    elif cc == 'PT':
        x = rdig(19); bban = x + '%02d' % (98 - (int(x) * 100) % 97)
    elif cc == 'LU': bban = rdig(3) + rdig(13)
    elif cc == 'NO':
        while True:
            x = rdig(10); k = 11 - sum(int(a) * b for a, b in zip(x, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
            if k != 10: bban = x + str(k % 11); break
    elif cc == 'FI':
        x = rdig(13); bban = x + luhn_digit(x)
    elif cc in ('CZ', 'SK'):
        def ok(d, w): return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0
        while True:
            pre = '0' * 6 if R.random() < .7 else rdig(6); num = rdig(10)
            if ok(pre, [10, 5, 8, 4, 2, 1]) and ok(num, [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]): bban = rdig(4) + pre + num; break
    elif cc == 'HU':
        def hu(d):
            s = sum(int(a) * b for a, b in zip(d, [9, 7, 3, 1] * 4)); return str((10 - s % 10) % 10)
        a = rdig(7); b = rdig(15); bban = a + hu(a) + b + hu(b)
    elif cc == 'SI':
        x = rdig(13); bban = x + '%02d' % (98 - (int(x) * 100) % 97)
    elif cc == 'PL':
        s7 = rdig(7); k = (10 - sum(int(a) * b for a, b in zip(s7, [3, 9, 7, 1, 3, 9, 7])) % 10) % 10; bban = s7 + str(k) + rdig(16)
    elif cc == 'GR': bban = rdig(7) + rdig(16)
    else: bban = rdig(IBAN_LEN[cc] - 4)
    v = cc + _iban_check(cc, bban) + bban
    assert len(v) == IBAN_LEN[cc] and iban_ok(v)
    return ' '.join(v[i:i+4] for i in range(0, len(v), 4)) if grouped else v

def nz(n): return str(R.randint(1, 9)) + rdig(n - 1)
def phone(cc, style=None, mob=None):
    """returns a phone number string in a realistic national or international format"""
    st = style or pick(['intl', 'nat'])
    coin = (lambda p=.5: R.random() < p) if mob is None else (lambda p=.5: mob)
    if cc == 'DE':
        if coin():
            pre = pick(['151', '152', '157', '160', '170', '171', '172', '175', '176', '178', '179', '162']); sub = nz(8 if pre.startswith('15') else 7)
            return {'intl': '+49 %s %s' % (pre, sub), 'nat': '0%s %s' % (pre, sub), 'e164': '49' + pre + sub, 'plus': '+49' + pre + sub, 'slash': '0%s/%s' % (pre, sub)}[st]
        ac = pick(['30', '40', '89', '221', '331', '381', '421', '511', '3381', '4131', '5141']); sub = nz(10 - len(ac))
        return {'intl': '+49 %s %s' % (ac, sub), 'nat': '0%s %s' % (ac, sub), 'e164': '49' + ac + sub, 'plus': '+49' + ac + sub, 'slash': '0%s/%s' % (ac, sub), 'paren': '+49 (0)%s %s-%s' % (ac, sub[:-2], sub[-2:])}[st]
    if cc == 'NL':
        if coin():
            s = nz(8); return {'intl': '+31 6 %s' % s, 'nat': '06-%s' % s, 'e164': '316' + s, 'plus': '+316' + s}.get(st, '06 %s %s' % (s[:4], s[4:]))
        ac = pick(['20', '10', '70', '30', '50', '40']); s = nz(7)
        return {'intl': '+31 %s %s %s' % (ac, s[:3], s[3:]), 'nat': '0%s-%s %s' % (ac, s[:3], s[3:]), 'e164': '31' + ac + s, 'paren': '+31 (0)%s %s %s' % (ac, s[:3], s[3:])}.get(st, '0%s %s' % (ac, s))
    if cc == 'GB':
        if coin():
            s = '7' + pick(['700', '400', '911', '723', '984', '538']) + rdig(6)
            return {'intl': '+44 %s %s' % (s[:4], s[4:]), 'nat': '0%s %s' % (s[:4], s[4:]), 'e164': '44' + s, 'paren': '+44 (0)%s %s' % (s[:4], s[4:])}.get(st, '0' + s)
        ac, s = pick([('20', '7946 ' + rdig(4)), ('161', '496 ' + rdig(4)), ('113', '496 ' + rdig(4)), ('131', '496 ' + rdig(4)), ('1632', '960' + rdig(3))])
        return {'intl': '+44 %s %s' % (ac, s), 'nat': '0%s %s' % (ac, s), 'paren': '+44 (0)%s %s' % (ac, s), 'e164': '44' + ac + s.replace(' ', '')}.get(st, '0%s %s' % (ac, s))
    if cc == 'FR':
        s = pick(['6', '7', '1', '2', '4', '5', '9']) + rdig(8); p = ' '.join([s[1:3], s[3:5], s[5:7], s[7:9]])
        return {'intl': '+33 %s %s' % (s[0], p), 'nat': '0%s %s' % (s[0], p), 'e164': '33' + s, 'dots': '0%s.%s' % (s[0], p.replace(' ', '.'))}.get(st, '0' + s)
    if cc == 'BE':
        if coin(.6):
            s = pick(['470', '471', '472', '475', '477', '478', '479', '484', '485', '486', '496']) + rdig(6)
            return {'intl': '+32 %s %s %s %s' % (s[:3], s[3:5], s[5:7], s[7:]), 'nat': '0%s %s %s %s' % (s[:3], s[3:5], s[5:7], s[7:])}.get(st, '0%s/%s.%s.%s' % (s[:3], s[3:5], s[5:7], s[7:]))
        s = rdig(7); return {'intl': '+32 2 %s %s %s' % (s[:3], s[3:5], s[5:])}.get(st, '02 %s %s %s' % (s[:3], s[3:5], s[5:]))
    if cc == 'AT':
        pre = pick(['664', '660', '676', '650', '699', '681']); s = nz(7)
        return {'intl': '+43 %s %s' % (pre, s), 'nat': '0%s %s %s' % (pre, s[:3], s[3:])}.get(st, '0%s/%s' % (pre, s))
    if cc == 'CH':
        pre = pick(['79', '78', '76', '77', '44', '31', '61']); s = rdig(7)
        return {'intl': '+41 %s %s %s %s' % (pre, s[:3], s[3:5], s[5:]), 'nat': '0%s %s %s %s' % (pre, s[:3], s[3:5], s[5:])}.get(st, '0041 %s %s' % (pre, s))
    if cc == 'US':
        a = pick(['802', '518', '603', '207', '413', '617', '212', '646', '347', '202', '312', '415', '206', '305', '512', '720', '971', '860'])
        while True:
            e = str(R.randint(2, 9)) + rdig(2)
            if e[1:] != '11' and e != '555': break
        l = rdig(4)
        return {'intl': '+1 %s %s %s' % (a, e, l), 'nat': '(%s) %s-%s' % (a, e, l), 'dash': '%s-%s-%s' % (a, e, l), 'dots': '%s.%s.%s' % (a, e, l), 'e164': '1' + a + e + l, 'plus': '+1' + a + e + l}.get(st, '(%s) %s-%s' % (a, e, l))
    if cc == 'PL':
        s = pick(['5', '6', '7', '8']) + rdig(8); return {'intl': '+48 %s %s %s' % (s[:3], s[3:6], s[6:])}.get(st, '%s-%s-%s' % (s[:3], s[3:6], s[6:]))
    if cc == 'ES':
        s = pick(['6', '7', '9']) + rdig(8); return {'intl': '+34 %s %s %s' % (s[:3], s[3:6], s[6:])}.get(st, '%s %s %s' % (s[:3], s[3:6], s[6:]))
    if cc == 'IT':
        if coin(.6):
            s = '3' + rdig(2) + rdig(7); return {'intl': '+39 %s %s' % (s[:3], s[3:])}.get(st, '%s %s %s' % (s[:3], s[3:6], s[6:]))
        s = rdig(8); return {'intl': '+39 02 %s %s' % (s[:4], s[4:])}.get(st, '02 %s %s' % (s[:4], s[4:]))
    if cc == 'IE':
        p = pick(['83', '85', '86', '87', '89']); s = rdig(7)
        return {'intl': '+353 %s %s %s' % (p, s[:3], s[3:])}.get(st, '0%s %s %s' % (p, s[:3], s[3:]))
    if cc == 'DK':
        s = pick(['2', '3', '4', '5', '6', '7', '8']) + rdig(7); return {'intl': '+45 %s %s %s %s' % (s[:2], s[2:4], s[4:6], s[6:])}.get(st, '%s %s %s %s' % (s[:2], s[2:4], s[4:6], s[6:]))
    if cc == 'SE':
        s = pick(['70', '72', '73', '76']) + rdig(7); return {'intl': '+46 %s %s %s %s' % (s[:2], s[2:5], s[5:7], s[7:])}.get(st, '0%s-%s %s %s' % (s[:2], s[2:5], s[5:7], s[7:]))
    if cc == 'PT':
        s = pick(['91', '92', '93', '96', '21', '22']) + rdig(7); return {'intl': '+351 %s %s %s' % (s[:3], s[3:6], s[6:])}.get(st, '%s %s %s' % (s[:3], s[3:6], s[6:]))
    if cc == 'FI':
        s = pick(['40', '44', '45', '50']) + rdig(7); return {'intl': '+358 %s %s %s' % (s[:2], s[2:5], s[5:])}.get(st, '0%s %s %s' % (s[:2], s[2:5], s[5:]))
    if cc == 'CZ':
        s = pick(['602', '603', '604', '605', '731', '777']) + rdig(6); return {'intl': '+420 %s %s %s' % (s[:3], s[3:6], s[6:])}.get(st, '%s %s %s' % (s[:3], s[3:6], s[6:]))
    raise ValueError(cc)

def ipv4(kind=None):
    k = kind or pick(['pub', 'pub', 'priv', 'doc', 'cgn'])
    if k == 'pub' and R.random() < .15: k = 'doc'
    if k == 'pub':
        return '%d.%d.%d.%d' % (pick([37, 46, 62, 78, 79, 80, 84, 85, 87, 88, 91, 93, 94, 109, 141, 176, 178, 185, 188, 195, 212, 213, 217]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k == 'priv':
        return pick(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), '192.168.%d.%d' % (R.randint(0, 255), R.randint(1, 254)), '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    if k == 'doc':
        return '%s.%d' % (pick(['192.0.2', '198.51.100', '203.0.113']), R.randint(1, 254))
    if k == 'cgn':
        return '100.%d.%d.%d' % (R.randint(64, 127), R.randint(0, 255), R.randint(1, 254))

FIRST = {'DE': ['Jana', 'Lukas', 'Sabine', 'Matthias', 'Birgit', 'Tobias', 'Heike', 'Jonas', 'Ute', 'Florian', 'Anke', 'Dirk'],
         'NL': ['Sanne', 'Daan', 'Femke', 'Bram', 'Marloes', 'Joost', 'Ilse', 'Ruud'],
         'GB': ['Olivia', 'Callum', 'Priya', 'Gareth', 'Siobhan', 'Rhys', 'Fiona', 'Declan'],
         'FR': ['Camille', 'Julien', 'Margaux', 'Théo', 'Élodie'], 'BE': ['Lotte', 'Wout', 'Amélie', 'Pieter'],
         'AT': ['Katharina', 'Florian', 'Verena'], 'CH': ['Nadine', 'Reto', 'Corinne'], 'US': ['Megan', 'Tyler', 'Denise', 'Marcus', 'Shauna'],
         'PL': ['Agnieszka', 'Paweł', 'Marta'], 'ES': ['Lucía', 'Álvaro', 'Nuria'], 'IT': ['Giulia', 'Matteo', 'Chiara'],
         'IE': ['Aoife', 'Cian', 'Niamh'], 'DK': ['Freja', 'Mads'], 'SE': ['Elin', 'Oskar']}
LAST = {'DE': ['Brandt', 'Schütte', 'Hoffmann', 'Kruse', 'Lehmann', 'Voß', 'Petersen', 'Albers', 'Wendt', 'Dierks', 'Ramdohr'],
        'NL': ['de Vries', 'Bakker', 'Visser', 'van Dijk', 'Mulder', 'Smit'], 'GB': ['Hughes', 'Pemberton', 'Okafor', 'Walsh', 'Thornton', 'Patel'],
        'FR': ['Lefèvre', 'Garnier', 'Roux'], 'BE': ['Peeters', 'Claes', 'Dubois'], 'AT': ['Gruber', 'Huber', 'Pichler'], 'CH': ['Meier', 'Brunner', 'Keller'],
        'US': ['Alvarez', 'Whitfield', 'Nguyen', 'Kowalski', 'Brooks'], 'PL': ['Nowak', 'Wiśniewski', 'Zielińska'], 'ES': ['García', 'Moreno', 'Navarro'],
        'IT': ['Rossi', 'Bianchi', 'Esposito'], 'IE': ['Byrne', "O'Sullivan", 'Kavanagh'], 'DK': ['Nielsen', 'Jensen'], 'SE': ['Lindqvist', 'Berg']}
MAILDOM = {'DE': ['web.example', 'posteo.example', 'mailbox-de.example', 'gmx-mail.example'], 'NL': ['ziggo-mail.example', 'kpnmail.example', 'xs4all.example'],
           'GB': ['btinternet.example', 'outlook-uk.example', 'sky-mail.example'], 'US': ['gmail.example', 'yahoo.example', 'icloud.example']}
def person(cc=None):
    cc = cc or pick(['DE', 'DE', 'DE', 'NL', 'NL', 'GB', 'GB', 'US', 'FR', 'BE', 'AT', 'CH', 'PL', 'ES', 'IT', 'IE', 'DK', 'SE'])
    nc = cc if cc in FIRST else {'LU': 'FR', 'PT': 'ES', 'FI': 'SE', 'CZ': 'PL', 'SK': 'PL'}.get(cc, 'DE')
    f = pick(FIRST[nc]); l = pick(LAST[nc])
    import unicodedata
    asc = lambda s: unicodedata.normalize('NFKD', s.replace('ß', 'ss').replace('ł', 'l').replace('Ł', 'L')).encode('ascii', 'ignore').decode().lower().replace(' ', '').replace("'", '')
    dom = pick(MAILDOM.get(cc, ['mail.example', 'inbox.example', 'freemail.example']))
    em = pick(['%s.%s@%s', '%s%s@%s', '%s_%s@%s']) % (asc(f), asc(l), dom)
    if R.random() < .3: em = em.replace('@', str(R.randint(1, 99)) + '@')
    return {'cc': cc, 'first': f, 'last': l, 'name': f + ' ' + l, 'email': em}

STREETS = ['Deichstraße', 'Am Fischerhafen', 'Lindenallee', 'Kiefernweg', 'Molenstraat', 'Keizersgracht', 'Harbour Road', 'Mill Lane', 'Rue des Tanneurs', 'Hauptstraße', 'Bahnhofstraße']
CITIES = {'DE': [('Rathenow', '14712'), ('Brandenburg an der Havel', '14776'), ('Potsdam', '14467'), ('Oldenburg', '26122'), ('Stade', '21680')],
          'NL': [('Groningen', '9711 AB'), ('Zwolle', '8011 CW'), ('Leeuwarden', '8911 KL')], 'GB': [('Hull', 'HU1 3DZ'), ('York', 'YO1 7HH'), ('Grimsby', 'DN31 1HT')]}
