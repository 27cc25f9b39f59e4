"""Document object and small helpers shared by all carrier renderers."""
import datetime
import html
import json
import re
import textwrap

from common import (COMPANIES, NAMES, GREET, HEXL, DIG, LOWNUM, Raw, rdt, rs, iso,
                    first_name)

TD = datetime.timedelta
EXTRA_BRANDS = [('QuickCash', 'quickcash-loans.example'), ('Voltra', 'voltra-power.example'),
                ('Harbour View Hotel', 'harbourview-hotel.example'), ('Trailhead', 'trailhead-outfitters.example'),
                ('Bergfink', 'bergfink-outdoor.example'), ('Brava', 'brava.example'), ('Nabız', 'nabiz-saat.example')]
CJK = ('ja', 'zh', 'ko')


def esc(s):
    return s if isinstance(s, Raw) else html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def jd(o, indent=2):
    return json.dumps(o, ensure_ascii=False, indent=indent)


def jl(o):
    return json.dumps(o, ensure_ascii=False)


def wrap(s, width=88):
    out = []
    for line in str(s).split('\n'):
        if not line.strip():
            out.append('')
            continue
        out += textwrap.wrap(line, width) or ['']
    return out


def headline(s, n=64):
    s = str(s).strip().split('\n')[0]
    s = re.sub(r'<[^>]+>', '', s)
    m = re.split(r'(?<=[.!?。！？])\s*', s)[0] or s
    if len(m) > n:
        cut = m[:n]
        if ' ' in cut:
            cut = cut.rsplit(' ', 1)[0]
        m = cut + '…'
    return m


def slug(s):
    s = re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')
    return s[:48] or 'post'


def place(lines, item, pos, lo=1, hi=0):
    """Insert item (or list of items) into lines at start/middle/end."""
    if item is None:
        return list(lines)
    items = item if isinstance(item, list) else [item]
    n = len(lines)
    idx = {'start': min(lo, n), 'middle': n // 2, 'end': n - hi, 'inline': n // 2}.get(pos, n)
    idx = max(0, min(n, idx))
    return list(lines[:idx]) + items + list(lines[idx:])


def comment_lines(text, prefix='# ', width=92):
    out = []
    for line in wrap(text, width):
        out.append((prefix + line).rstrip())
    return out


class Doc:
    def __init__(self, R, lang, title, blocks, payload=None, pos='end', name_lang=None):
        self.R = R
        self.lang = lang
        self.title = title
        self.blocks = list(blocks or [])
        self.payload = payload
        self.pos = pos
        self.t = rdt(R)
        self.co = R.choice(COMPANIES)
        blob = (title or '') + ' ' + ' '.join(b if isinstance(b, str) else str(b) for b in self.blocks)
        hits = [(blob.find(n), n, dom) for n, dom in COMPANIES + EXTRA_BRANDS if n in blob]
        if hits:
            _, n, dom = min(hits)
            self.co = (n, dom)
        nl = name_lang or lang
        self.ppl = R.sample(NAMES[nl], k=min(5, len(NAMES[nl])))

    def tick(self, lo=30, hi=900):
        self.t = self.t + TD(seconds=self.R.randint(lo, hi))
        return self.t

    def email(self, p, dom=None):
        return f'{p[1]}@{dom or self.co[1]}'

    def hx(self, n):
        return rs(self.R, n, HEXL)

    def num(self, n):
        return str(self.R.randint(10 ** (n - 1), 10 ** n - 1))

    def greet(self, p):
        g, _ = GREET.get(self.lang, GREET['en'])
        return g.format(n=first_name(p[0], self.lang))

    def regards(self):
        return GREET.get(self.lang, GREET['en'])[1]

    def short(self, p):
        return first_name(p[0], self.lang) if self.lang not in CJK else p[0]


def insert_payload(blocks, payload, pos, lang='en'):
    b = list(blocks)
    if payload is None:
        return b
    if pos == 'start':
        b.insert(0, payload)
    elif pos == 'middle':
        b.insert(max(1, len(b) // 2) if len(b) > 1 else len(b), payload)
    elif pos == 'end':
        b.append(payload)
    elif pos == 'inline':
        i = max(0, (len(b) - 1) // 2)
        if isinstance(payload, Raw) or isinstance(b[i], (Raw, tuple)):
            b.insert(i + 1, payload)
        else:
            sep = '' if lang in ('ja', 'zh') else ' '
            b[i] = b[i] + sep + payload
    else:
        raise ValueError(pos)
    return b
