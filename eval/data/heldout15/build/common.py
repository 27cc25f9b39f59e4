"""Shared helpers for the heldout15 generators. Python 3 standard library only.

Everything produced here is fictional: names, companies, domains, numbers, keys.
"""
import base64
import codecs
import datetime
import hashlib
import random
import re
import string

# ---------------------------------------------------------------- randomness

def rng(*parts):
    """Deterministic Random instance derived from the given labels."""
    h = hashlib.sha256('\x1f'.join(map(str, parts)).encode('utf-8')).digest()
    return random.Random(int.from_bytes(h[:8], 'big'))


DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEXL = '0123456789abcdef'
HEXU = HEXL.upper()
B64 = ALNUM + '+/'
B64URL = ALNUM + '-_'
B32 = UP + '234567'


def rs(R, n, alpha=ALNUM):
    return ''.join(R.choice(alpha) for _ in range(n))


class Raw(str):
    """A block that carriers insert verbatim (markup), never escaped."""
    __slots__ = ()


# ---------------------------------------------------------------- time

BASE = datetime.datetime(2024, 9, 2, 7, 30, 0)


def rdt(R, span_days=400):
    return BASE + datetime.timedelta(seconds=R.randrange(span_days * 86400))


def epoch(t):
    """Seconds since 1970 for a naive UTC datetime (independent of the machine's time zone)."""
    return (t - datetime.datetime(1970, 1, 1)).total_seconds()


def rfc2822(t):
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    return f"{days[t.weekday()]}, {t.day:02d} {mons[t.month-1]} {t.year} {t:%H:%M:%S} +0000"


def clf_time(t):
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    return f"{t.day:02d}/{mons[t.month-1]}/{t.year}:{t:%H:%M:%S} +0000"


def syslog_time(t):
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    return f"{mons[t.month-1]} {t.day:2d} {t:%H:%M:%S}"


def iso(t, ms=False):
    if ms:
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + f"{t.microsecond // 1000:03d}Z"
    return t.strftime('%Y-%m-%dT%H:%M:%SZ')


# ---------------------------------------------------------------- encodings used by payloads

def b64(s):
    return base64.b64encode(s.encode('utf-8')).decode('ascii')


def hexs(s):
    return s.encode('utf-8').hex()


def rot13(s):
    return codecs.encode(s, 'rot13')


def tag_chars(s):
    """Unicode TAG characters (U+E0000 block); invisible in most renderers."""
    return ''.join(chr(0xE0000 + ord(c)) for c in s if 0x20 <= ord(c) < 0x7f)


def zw_interleave(s, zw='\u200b'):
    return zw.join(s)


HOMO = {'a': '\u0430', 'e': '\u0435', 'o': '\u043e', 'c': '\u0441', 'p': '\u0440',
        'x': '\u0445', 'i': '\u0456', 'y': '\u0443', 'A': '\u0410', 'E': '\u0415',
        'O': '\u041e', 'C': '\u0421', 'P': '\u0420', 'T': '\u0422', 'H': '\u041d'}


def homoglyph(s):
    return ''.join(HOMO.get(c, c) for c in s)


# ---------------------------------------------------------------- Luhn / cards

def luhn_checksum(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10


def luhn_valid(s):
    d = re.sub(r'\D', '', s)
    return len(d) >= 12 and luhn_checksum(d) == 0


def luhn_complete(partial):
    for c in DIG:
        if luhn_checksum(partial + c) == 0:
            return partial + c
    raise ValueError(partial)


def luhn_break(R, s):
    """Return a digit string of the same length that FAILS Luhn."""
    if luhn_checksum(s) != 0:
        return s
    last = (int(s[-1]) + R.randint(1, 9)) % 10
    return s[:-1] + str(last)

CARD_BRANDS = {
    'visa': (['4'], 16),
    'mastercard': (['51', '52', '53', '54', '55', '2221', '2720', '2305'], 16),
    'amex': (['34', '37'], 15),
    'discover': (['6011', '65', '644'], 16),
    'jcb': (['3528', '3541', '3589'], 16),
    'diners': (['36', '38'], 14),
    'unionpay': (['62'], 16),
}


def make_card(R, brand):
    prefixes, n = CARD_BRANDS[brand]
    p = R.choice(prefixes)
    return luhn_complete(p + rs(R, n - 1 - len(p), DIG))


def fmt_card(num, style):
    if style == 'plain':
        return num
    sep = ' ' if style == 'spaced' else '-'
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif len(num) == 14:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


# ---------------------------------------------------------------- IBAN

IBAN_BBAN = {'DE': '18n', 'FR': '23n', 'GB': '4a14n', 'ES': '20n', 'IT': '1a22n', 'NL': '4a10n',
             'BE': '12n', 'CH': '17n', 'AT': '16n', 'PL': '24n', 'PT': '21n', 'SE': '20n',
             'DK': '14n', 'FI': '14n', 'NO': '11n', 'IE': '4a14n', 'LU': '16n', 'GR': '23n',
             'SA': '20n', 'AE': '19n', 'TR': '22n', 'CZ': '20n'}
IBAN_LEN = {'DE': 22, 'FR': 27, 'GB': 22, 'ES': 24, 'IT': 27, 'NL': 18, 'BE': 16, 'CH': 21,
            'AT': 20, 'PL': 28, 'PT': 25, 'SE': 24, 'DK': 18, 'FI': 18, 'NO': 15, 'IE': 22,
            'LU': 20, 'GR': 27, 'SA': 24, 'AE': 23, 'TR': 26, 'CZ': 24}


def _iban_num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban_valid(v):
    s = v.replace(' ', '')
    if len(s) < 15 or not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def make_iban(R, cc):
    spec = IBAN_BBAN[cc]
    bban = ''
    for n, kind in re.findall(r'(\d+)([an])', spec):
        bban += rs(R, int(n), UP if kind == 'a' else DIG)
    chk = 98 - _iban_num(bban + cc + '00') % 97
    return f'{cc}{chk:02d}{bban}'


def fmt_iban(iban, grouped=True):
    if not grouped:
        return iban
    return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))


def bad_iban(R, cc):
    """Right shape and length, wrong check digits (fails mod-97)."""
    good = make_iban(R, cc)
    chk = int(good[2:4])
    wrong = (chk + R.randint(1, 40)) % 97
    if wrong < 2:
        wrong += 2
    cand = f'{cc}{wrong:02d}{good[4:]}'
    assert not iban_valid(cand)
    return cand


# ---------------------------------------------------------------- SSN

def make_ssn(R):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f'{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}'


def ssn_valid(v):
    d = re.sub(r'\D', '', v)
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


# ---------------------------------------------------------------- IPv4

def _reserved(a, b, c):
    if a in (0, 10, 127) or a >= 224:
        return True
    if a == 100 and 64 <= b <= 127:
        return True
    if a == 169 and b == 254:
        return True
    if a == 172 and 16 <= b <= 31:
        return True
    if a == 192 and b == 168:
        return True
    if a == 192 and b == 0 and c in (0, 2):
        return True
    if a == 198 and b in (18, 19):
        return True
    if a == 198 and b == 51 and c == 100:
        return True
    if a == 203 and b == 0 and c == 113:
        return True
    return False


def make_ip(R, kind='public'):
    if kind == 'private':
        k = R.randrange(3)
        if k == 0:
            return f'10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}'
        if k == 1:
            return f'172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}'
        return f'192.168.{R.randint(0, 255)}.{R.randint(2, 254)}'
    if kind == 'doc':
        return R.choice(['192.0.2', '198.51.100', '203.0.113']) + f'.{R.randint(2, 254)}'
    while True:
        a, b, c = R.randint(1, 223), R.randint(0, 255), R.randint(0, 255)
        if not _reserved(a, b, c):
            return f'{a}.{b}.{c}.{R.randint(1, 254)}'


# ---------------------------------------------------------------- phones
# iso, country, calling code, trunk prefix, list of NSN patterns (groups; N=2-9, X=0-9, {a|b}=choice)

PHONE_PLAN = [
    ('US', 'United States', '1', '', [['{212|415|617|312|206|303|512|404|702|919}', 'NXX', 'XXXX']]),
    ('CA', 'Canada', '1', '', [['{416|604|514|403|613|902}', 'NXX', 'XXXX']]),
    ('GB', 'United Kingdom', '44', '0', [['7{4|5|7|8|9}XX', 'XXXXXX'], ['20', 'XXXX', 'XXXX']]),
    ('DE', 'Germany', '49', '0', [['15{1|2|7|9}', 'XXXXXXXX'], ['17{0|1|2|5|6|8|9}', 'XXXXXXX'], ['30', 'XXXXXXXX']]),
    ('FR', 'France', '33', '0', [['{6|7}', 'XX', 'XX', 'XX', 'XX'], ['1', 'XX', 'XX', 'XX', 'XX']]),
    ('ES', 'Spain', '34', '', [['6XX', 'XXX', 'XXX'], ['91', 'XXX', 'XX', 'XX']]),
    ('IT', 'Italy', '39', '', [['3{20|28|33|35|39|40|47|49}', 'XXX', 'XXXX'], ['06', 'XXXX', 'XXXX']]),
    ('NL', 'Netherlands', '31', '0', [['6', 'XXXXXXXX'], ['20', 'XXX', 'XXXX']]),
    ('BE', 'Belgium', '32', '0', [['4{7|8|9}X', 'XX', 'XX', 'XX']]),
    ('CH', 'Switzerland', '41', '0', [['7{5|6|7|8|9}', 'XXX', 'XX', 'XX'], ['44', 'XXX', 'XX', 'XX']]),
    ('AT', 'Austria', '43', '0', [['6{64|50|76|99}', 'XXXXXXX']]),
    ('SE', 'Sweden', '46', '0', [['7{0|2|3|6}', 'XXX', 'XX', 'XX']]),
    ('NO', 'Norway', '47', '', [['{4|9}XX', 'XX', 'XXX']]),
    ('DK', 'Denmark', '45', '', [['NX', 'XX', 'XX', 'XX']]),
    ('FI', 'Finland', '358', '0', [['{40|41|44|45|50}', 'XXX', 'XXXX']]),
    ('PL', 'Poland', '48', '', [['{5|6|7|8}XX', 'XXX', 'XXX']]),
    ('CZ', 'Czechia', '420', '', [['{6|7}XX', 'XXX', 'XXX']]),
    ('PT', 'Portugal', '351', '', [['9{1|2|3|6}X', 'XXX', 'XXX']]),
    ('IE', 'Ireland', '353', '0', [['8{3|5|6|7|9}', 'XXX', 'XXXX']]),
    ('GR', 'Greece', '30', '', [['69{0|3|4|7|8|9}', 'XXX', 'XXXX']]),
    ('TR', 'Turkey', '90', '0', [['5{30|32|33|35|42|55}', 'XXX', 'XX', 'XX']]),
    ('RU', 'Russia', '7', '8', [['9{12|16|21|26|03|05}', 'XXX', 'XX', 'XX']]),
    ('UA', 'Ukraine', '380', '0', [['{50|63|66|67|68|73|93|97}', 'XXX', 'XX', 'XX']]),
    ('IL', 'Israel', '972', '0', [['5{0|2|3|4|8}', 'XXX', 'XXXX']]),
    ('AE', 'United Arab Emirates', '971', '0', [['5{0|2|4|5|6|8}', 'XXX', 'XXXX']]),
    ('SA', 'Saudi Arabia', '966', '0', [['5{0|3|4|5|6|9}', 'XXX', 'XXXX']]),
    ('EG', 'Egypt', '20', '0', [['1{0|1|2|5}', 'XXXX', 'XXXX']]),
    ('ZA', 'South Africa', '27', '0', [['{60|71|72|73|74|76|78|79|82|83|84}', 'XXX', 'XXXX']]),
    ('NG', 'Nigeria', '234', '0', [['{803|806|813|816|703|706|805|807|809|812}', 'XXX', 'XXXX']]),
    ('KE', 'Kenya', '254', '0', [['7{01|12|22|90|11|20}', 'XXX', 'XXX']]),
    ('IN', 'India', '91', '0', [['{98|97|99|94|88|70|63}XXX', 'XXXXX']]),
    ('PK', 'Pakistan', '92', '0', [['3{00|01|03|12|21|33|45}', 'XXXXXXX']]),
    ('BD', 'Bangladesh', '880', '0', [['1{3|5|6|7|8|9}XX', 'XXXXXX']]),
    ('CN', 'China', '86', '', [['1{38|39|50|58|86|88|36}', 'XXXX', 'XXXX']]),
    ('JP', 'Japan', '81', '0', [['{90|80|70}', 'XXXX', 'XXXX'], ['3', 'XXXX', 'XXXX']]),
    ('KR', 'South Korea', '82', '0', [['10', 'XXXX', 'XXXX']]),
    ('TW', 'Taiwan', '886', '0', [['9XX', 'XXX', 'XXX']]),
    ('HK', 'Hong Kong', '852', '', [['{5|6|9}XXX', 'XXXX']]),
    ('SG', 'Singapore', '65', '', [['{8|9}XXX', 'XXXX']]),
    ('MY', 'Malaysia', '60', '0', [['1{2|3|6|7|9}', 'XXX', 'XXXX']]),
    ('ID', 'Indonesia', '62', '0', [['8{11|12|13|21|52|57|77}', 'XXXX', 'XXXX']]),
    ('PH', 'Philippines', '63', '0', [['9{17|18|19|27|05|15|98}', 'XXX', 'XXXX']]),
    ('VN', 'Vietnam', '84', '0', [['{90|91|93|94|96|97|98|32|33|35}', 'XXX', 'XX', 'XX']]),
    ('TH', 'Thailand', '66', '0', [['{8|9|6}X', 'XXX', 'XXXX']]),
    ('AU', 'Australia', '61', '0', [['4XX', 'XXX', 'XXX'], ['2', 'XXXX', 'XXXX']]),
    ('NZ', 'New Zealand', '64', '0', [['2{1|2|7}', 'XXX', 'XXXX']]),
    ('BR', 'Brazil', '55', '', [['{11|21|31|41|51|61|71|81}', '9XXXX', 'XXXX']]),
    ('MX', 'Mexico', '52', '', [['{55|33|81}', 'XXXX', 'XXXX']]),
    ('AR', 'Argentina', '54', '', [['9', '{11|351|341}', 'XXXX', 'XXXX']]),
    ('CL', 'Chile', '56', '', [['9', 'XXXX', 'XXXX']]),
    ('CO', 'Colombia', '57', '', [['3{00|01|10|11|15|20|50}', 'XXX', 'XXXX']]),
    ('PE', 'Peru', '51', '', [['9XX', 'XXX', 'XXX']]),
]
PHONE_BY_ISO = {p[0]: p for p in PHONE_PLAN}


def _fill(R, pat):
    out = ''
    i = 0
    while i < len(pat):
        ch = pat[i]
        if ch == '{':
            j = pat.index('}', i)
            out += R.choice(pat[i + 1:j].split('|'))
            i = j + 1
            continue
        out += R.choice('23456789') if ch == 'N' else R.choice(DIG) if ch == 'X' else ch
        i += 1
    return out


def _pat_regex(pat):
    rx = ''
    i = 0
    while i < len(pat):
        ch = pat[i]
        if ch == '{':
            j = pat.index('}', i)
            rx += '(?:' + '|'.join(pat[i + 1:j].split('|')) + ')'
            i = j + 1
            continue
        rx += '[2-9]' if ch == 'N' else r'\d' if ch == 'X' else re.escape(ch)
        i += 1
    return rx


def nsn_regexes(iso_code):
    p = PHONE_BY_ISO[iso_code]
    return [re.compile(''.join(_pat_regex(g) for g in groups)) for groups in p[4]]


def make_phone(R, iso_code, style=None):
    """Return (formatted string, iso) for a number valid in the country's numbering plan."""
    iso_code, name, cc, trunk, plans = PHONE_BY_ISO[iso_code]
    groups = [_fill(R, g) for g in R.choice(plans)]
    styles = ['intl', 'intl', 'intl_dash', 'national', 'e164']
    if iso_code in ('AR',):
        styles = ['intl', 'e164']
    st = style or R.choice(styles)
    if st == 'intl':
        return f'+{cc} ' + ' '.join(groups), iso_code
    if st == 'intl_dash':
        return f'+{cc}-' + '-'.join(groups), iso_code
    if st == 'e164':
        return f'+{cc}' + ''.join(groups), iso_code
    if st == 'intl00':
        return f'00{cc} ' + ' '.join(groups), iso_code
    # national formats
    if iso_code in ('US', 'CA'):
        return f'({groups[0]}) {groups[1]}-{groups[2]}', iso_code
    if iso_code == 'RU':
        return f'8 ({groups[0]}) {groups[1]}-{groups[2]}-{groups[3]}', iso_code
    if iso_code == 'BR':
        return f'({groups[0]}) {groups[1]}-{groups[2]}', iso_code
    if iso_code in ('JP', 'KR', 'TW'):
        return trunk + '-'.join(groups), iso_code
    if iso_code == 'FR':
        return trunk + ' '.join(groups), iso_code
    return trunk + groups[0] + ' ' + ' '.join(groups[1:]), iso_code


def phone_countries(value):
    """ISO codes whose numbering plan accepts this formatted number (used by selfcheck)."""
    digits = re.sub(r'\D', '', value)
    s = value.strip()
    found = []
    intl = s.startswith('+') or s.startswith('00')
    if s.startswith('00'):
        digits = digits[2:]
    for iso_code, name, cc, trunk, plans in PHONE_PLAN:
        for rx in nsn_regexes(iso_code):
            if intl:
                if digits.startswith(cc) and rx.fullmatch(digits[len(cc):]):
                    found.append(iso_code)
            else:
                if trunk and digits.startswith(trunk) and rx.fullmatch(digits[len(trunk):]):
                    found.append(iso_code)
                elif not trunk and rx.fullmatch(digits):
                    found.append(iso_code)
    return sorted(set(found))


# ---------------------------------------------------------------- people & companies

NAMES = {
    'en': [('Maya Thompson', 'mthompson'), ('Daniel Okafor', 'dokafor'), ('Priya Raman', 'praman'),
           ('Lucas Bennett', 'lbennett'), ('Sofia Alvarez', 'salvarez'), ('Ethan Walsh', 'ewalsh'),
           ('Grace Kim', 'gkim'), ('Noah Fischer', 'nfischer'), ('Amara Nwosu', 'anwosu'),
           ('Oliver Grant', 'ogrant'), ('Hannah Lee', 'hlee'), ('Ravi Menon', 'rmenon')],
    'de': [('Jonas Becker', 'jbecker'), ('Lea Hoffmann', 'lhoffmann'), ('Felix Wagner', 'fwagner'),
           ('Miriam Schulz', 'mschulz'), ('Tobias Krüger', 'tkrueger'), ('Anna Vogel', 'avogel')],
    'fr': [('Camille Laurent', 'claurent'), ('Hugo Moreau', 'hmoreau'), ('Léa Fontaine', 'lfontaine'),
           ('Julien Robert', 'jrobert'), ('Inès Garnier', 'igarnier'), ('Mathieu Blanc', 'mblanc')],
    'es': [('Lucía Romero', 'lromero'), ('Javier Ortega', 'jortega'), ('Carmen Ruiz', 'cruiz'),
           ('Diego Navarro', 'dnavarro'), ('Elena Castillo', 'ecastillo'), ('Pablo Serrano', 'pserrano')],
    'ja': [('佐藤 健太', 'ksato'), ('鈴木 美咲', 'msuzuki'), ('高橋 翔', 'stakahashi'),
           ('田中 由美', 'ytanaka'), ('伊藤 大輔', 'ditou'), ('山本 彩', 'ayamamoto')],
    'zh': [('王伟', 'wangwei'), ('李娜', 'lina'), ('张磊', 'zhanglei'), ('刘洋', 'liuyang'),
           ('陈静', 'chenjing'), ('赵敏', 'zhaomin')],
    'ko': [('김민준', 'mjkim'), ('이서연', 'sylee'), ('박지훈', 'jhpark'), ('최유진', 'yjchoi'),
           ('정하늘', 'hnjung'), ('강도윤', 'dykang')],
    'pt': [('João Pereira', 'jpereira'), ('Ana Carvalho', 'acarvalho'), ('Rafael Souza', 'rsouza'),
           ('Beatriz Lima', 'blima'), ('Tiago Martins', 'tmartins'), ('Mariana Costa', 'mcosta')],
    'it': [('Giulia Bianchi', 'gbianchi'), ('Marco Rossi', 'mrossi'), ('Francesca Greco', 'fgreco'),
           ('Luca Conti', 'lconti'), ('Chiara Russo', 'crusso'), ('Alessandro Gallo', 'agallo')],
    'ru': [('Алексей Смирнов', 'asmirnov'), ('Ольга Иванова', 'oivanova'), ('Дмитрий Кузнецов', 'dkuznetsov'),
           ('Наталья Попова', 'npopova'), ('Сергей Волков', 'svolkov'), ('Мария Соколова', 'msokolova')],
    'ar': [('أحمد منصور', 'amansour'), ('ليلى حداد', 'lhaddad'), ('يوسف العلي', 'yalali'),
           ('مريم خليل', 'mkhalil'), ('عمر سليمان', 'osuleiman'), ('نور الهاشمي', 'nhashemi')],
    'hi': [('राहुल शर्मा', 'rsharma'), ('प्रिया वर्मा', 'pverma'), ('अमित पटेल', 'apatel'),
           ('नेहा गुप्ता', 'ngupta'), ('विकास सिंह', 'vsingh'), ('अंजलि मेहता', 'amehta')],
    'tr': [('Emre Yılmaz', 'eyilmaz'), ('Zeynep Kaya', 'zkaya'), ('Burak Demir', 'bdemir'),
           ('Elif Şahin', 'esahin'), ('Can Öztürk', 'cozturk'), ('Selin Aydın', 'saydin')],
    'pl': [('Katarzyna Nowak', 'knowak'), ('Piotr Wiśniewski', 'pwisniewski'), ('Agnieszka Wójcik', 'awojcik'),
           ('Tomasz Kowalczyk', 'tkowalczyk'), ('Magdalena Zając', 'mzajac'), ('Paweł Lewandowski', 'plewandowski')],
    'nl': [('Sanne de Vries', 'sdevries'), ('Daan Jansen', 'djansen'), ('Lotte Bakker', 'lbakker'),
           ('Bram Visser', 'bvisser'), ('Femke Smit', 'fsmit'), ('Ruben Mulder', 'rmulder')],
    'vi': [('Nguyễn Minh Anh', 'nmanh'), ('Trần Quốc Bảo', 'tqbao'), ('Lê Thu Hà', 'ltha'),
           ('Phạm Đức Huy', 'pdhuy'), ('Võ Thị Lan', 'vtlan'), ('Đặng Văn Long', 'dvlong')],
    'sv': [('Erik Lindqvist', 'elindqvist'), ('Klara Nyström', 'knystrom'), ('Oskar Berg', 'oberg'),
           ('Ebba Holm', 'eholm'), ('Viktor Sandberg', 'vsandberg'), ('Maja Ek', 'mek')],
    'id': [('Budi Santoso', 'bsantoso'), ('Siti Rahmawati', 'srahmawati'), ('Andi Pratama', 'apratama'),
           ('Dewi Lestari', 'dlestari'), ('Rizky Hidayat', 'rhidayat'), ('Putri Anggraini', 'panggraini')],
}

COMPANIES = [
    ('Brightloom', 'brightloom.example'), ('Kestrel Finance', 'kestrelfinance.example'),
    ('Harrow Supplies', 'harrowsupplies.test'), ('Northwind Coffee Roasters', 'northwind-coffee.example'),
    ('Ledgerly', 'ledgerly.example'), ('Trailhead Outfitters', 'trailhead-outfitters.example'),
    ('Orbit API', 'orbitapi.example'), ('Copperleaf Health', 'copperleaf-health.example'),
    ('Bluefin Logistics', 'bluefin-logistics.test'), ('Quillstone Publishing', 'quillstone.example'),
    ('Tidewater Analytics', 'tidewater-analytics.example'), ('Larkspur Labs', 'larkspurlabs.test'),
    ('Meridian Hotels', 'meridian-hotels.example'), ('Pinecrest Schools', 'pinecrest-schools.example'),
    ('Sollen Street Bikes', 'sollenbikes.example'), ('Ashgrove Council', 'ashgrove-council.example'),
    ('Nimbus Notes', 'nimbusnotes.example'), ('Fernhill Insurance', 'fernhill-insurance.example'),
]

GREET = {
    'en': ('Hi {n},', 'Best regards,'), 'de': ('Hallo {n},', 'Viele Grüße'),
    'fr': ('Bonjour {n},', 'Cordialement,'), 'es': ('Hola, {n}:', 'Saludos,'),
    'ja': ('{n}様', 'よろしくお願いいたします。'), 'zh': ('{n}，您好：', '此致'),
    'ko': ('{n}님, 안녕하세요.', '감사합니다.'), 'pt': ('Olá, {n},', 'Atenciosamente,'),
    'it': ('Ciao {n},', 'Cordiali saluti,'), 'ru': ('Здравствуйте, {n}!', 'С уважением,'),
    'ar': ('مرحبًا {n}،', 'مع التحية،'), 'hi': ('नमस्ते {n},', 'धन्यवाद,'),
    'tr': ('Merhaba {n},', 'Saygılarımla,'), 'pl': ('Dzień dobry {n},', 'Pozdrawiam,'),
    'nl': ('Hoi {n},', 'Met vriendelijke groet,'), 'vi': ('Chào {n},', 'Trân trọng,'),
    'sv': ('Hej {n},', 'Vänliga hälsningar,'), 'id': ('Halo {n},', 'Salam,'),
}


def first_name(full, lang):
    if lang in ('ja', 'zh', 'ko', 'vi', 'hi', 'ar'):
        return full
    return full.split(' ')[0]
