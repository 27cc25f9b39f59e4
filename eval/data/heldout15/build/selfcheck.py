#!/usr/bin/env python3
"""Re-check the heldout15 files: schemas, counts, labels, exact values, formats, and byte-for-byte rebuild.

Usage: python3 -B build/selfcheck.py     (prints OK on success, otherwise the list of problems)
"""
import base64
import hashlib
import html
import json
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import luhn_valid, iban_valid, ssn_valid, phone_countries, IBAN_LEN, tag_chars  # noqa: E402
from carriers import FORMATS  # noqa: E402

PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding='utf-8') as f:
        raw = f.read()
    if not raw.endswith('\n'):
        bad(f'{name}: no trailing newline')
    for i, line in enumerate(raw.split('\n')[:-1], 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:  # noqa
            bad(f'{name}:{i}: invalid JSON ({e})')
        if line != json.dumps(rows[-1], ensure_ascii=False):
            bad(f'{name}:{i}: not serialised with json.dumps(obj, ensure_ascii=False)')
    return rows


def check_common(name, rows, prefix, keys, n):
    if len(rows) != n:
        bad(f'{name}: {len(rows)} rows, expected {n}')
    for i, r in enumerate(rows, 1):
        if list(r.keys()) != keys:
            bad(f'{name}: row {i} keys {list(r.keys())}')
        if r.get('id') != f'{prefix}-{i:04d}':
            bad(f'{name}: row {i} id {r.get("id")}')
        if not isinstance(r.get('text'), str) or not r['text'].strip():
            bad(f'{name}: {r.get("id")} empty text')
    texts = [r['text'] for r in rows]
    if len(set(texts)) != len(texts):
        bad(f'{name}: duplicate texts')


# =========================================================================== injection
SCRIPT = {'ja': r'[\u3040-\u30ff]', 'zh': r'[\u4e00-\u9fff]', 'ko': r'[\uac00-\ud7af]', 'ru': r'[\u0400-\u04ff]',
          'ar': r'[\u0600-\u06ff]', 'hi': r'[\u0900-\u097f]', 'vi': r'[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]'}
INJ_CATS = ['exfiltration', 'tool_call', 'data_tampering', 'instruction_override', 'persona_hijack', 'fake_system_turn',
            'fake_authority', 'social_engineering', 'hidden_obfuscated']
HN_KINDS = ['security_article_quoting', 'llm_app_docs_system_prompt', 'runbook_imperative', 'colleague_requests', 'support_macro',
            'fiction_roleplay', 'moderation_incident_report', 'detector_test_file', 'benign_encoded', 'benign_hidden_html',
            'legal_policy', 'chatbot_transcript', 'prompt_engineering_tutorial', 'postmortem']
LANGS = {'en', 'de', 'fr', 'es', 'ja', 'zh', 'ko', 'pt', 'it', 'ru', 'ar', 'hi', 'tr', 'pl', 'nl', 'vi', 'sv', 'id'}


def _strings(o, out):
    if isinstance(o, str):
        out.append(o)
        try:
            _strings(json.loads(o), out)
        except Exception:  # noqa
            pass
    elif isinstance(o, dict):
        for v in o.values():
            _strings(v, out)
    elif isinstance(o, list):
        for v in o:
            _strings(v, out)


def norm(s):
    return re.sub(r'[\W_]+', '', html.unescape(s)).lower()


def views(text):
    """Normalised views of a text: the raw text, and the strings inside it if it is JSON / JSON lines."""
    vs = [norm(text)]
    parsed = []
    try:
        parsed = [json.loads(text)]
    except Exception:  # noqa
        try:
            parsed = [json.loads(l) for l in text.splitlines() if l.strip()]
        except Exception:  # noqa
            parsed = []
    if parsed:
        out = []
        _strings(parsed, out)
        vs.append(norm(''.join(out)))
    return vs


def check_injection(rows):
    from inj_specs import SPECS
    check_common('injection.jsonl', rows, 'inj', ['id', 'format', 'lang', 'label', 'category', 'text'], 400)
    lab = Counter(r['label'] for r in rows)
    if lab != Counter({'injection': 160, 'benign': 240}):
        bad(f'injection labels {lab}')
    cats = Counter(r['category'] for r in rows if r['label'] == 'injection')
    for c in INJ_CATS:
        if not 17 <= cats.get(c, 0) <= 18:
            bad(f'injection category {c}: {cats.get(c)}')
    if set(cats) != set(INJ_CATS):
        bad(f'unexpected injection categories {set(cats) ^ set(INJ_CATS)}')
    ben = Counter(r['category'] for r in rows if r['label'] == 'benign')
    if ben.get('ordinary') != 100:
        bad(f'ordinary rows {ben.get("ordinary")}')
    for k in HN_KINDS:
        sub = [r for r in rows if r['category'] == k]
        if len(sub) != 10:
            bad(f'hard negative {k}: {len(sub)} rows')
        if any(r['label'] != 'benign' for r in sub):
            bad(f'hard negative {k}: not benign')
        if len(set(r['format'] for r in sub)) < 6:
            bad(f'hard negative {k}: only {len(set(r["format"] for r in sub))} formats')
        if len(set(r['text'] for r in sub)) != 10:
            bad(f'hard negative {k}: repeated content')
    if set(ben) - set(HN_KINDS) - {'ordinary'}:
        bad(f'unexpected benign categories {set(ben) - set(HN_KINDS)}')
    fm = set(r['format'] for r in rows)
    if len(fm) < 60:
        bad(f'only {len(fm)} formats')
    for r in rows:
        if r['lang'] not in LANGS:
            bad(f'{r["id"]}: lang {r["lang"]}')
        if r['lang'] in SCRIPT and not re.search(SCRIPT[r['lang']], r['text'], re.I):
            bad(f'{r["id"]}: lang {r["lang"]} but no matching script')
        if not re.fullmatch(r'[a-z0-9_]+', r['format']):
            bad(f'{r["id"]}: format name {r["format"]}')
    langs = set(r['lang'] for r in rows)
    if len(langs) < 15:
        bad(f'only {len(langs)} languages')
    ne_inj = sum(1 for r in rows if r['label'] == 'injection' and r['lang'] != 'en')
    ne_ben = sum(1 for r in rows if r['label'] == 'benign' and r['lang'] != 'en')
    if not 60 <= ne_inj <= 80 or not 35 <= ne_ben <= 45:
        bad(f'non-English counts injection {ne_inj} benign {ne_ben}')
    for k in HN_KINDS:
        if not any(r['lang'] != 'en' for r in rows if r['category'] == k) and k not in (
                'detector_test_file', 'benign_hidden_html', 'postmortem'):
            pass
    lens = [len(r['text']) for r in rows]
    if sum(1 for l in lens if 300 <= l <= 3000) / len(lens) < 0.9:
        bad('fewer than 90% of injection-file texts are 300-3000 chars')

    # every written payload is present in exactly one injection row and in no benign row
    inj_views = [(r, views(r['text'])) for r in rows if r['label'] == 'injection']
    ben_views = [(r, views(r['text'])) for r in rows if r['label'] == 'benign']
    for i, s in enumerate(SPECS):
        p = s['payload']
        p = p[1] if isinstance(p, tuple) else p
        if p is None:
            continue
        n = norm(p)
        if len(n) < 20:
            continue
        hits = [r for r, vs in inj_views if any(n in v for v in vs) and r['category'] == s['cat'] and r['lang'] == s['lang']]
        if len(hits) != 1:
            bad(f'spec {i} ({s["cat"]}/{s["lang"]}/{s["fmt"]}): payload found in {len(hits)} injection rows')
        elif hits[0]['format'] != s['fmt']:
            bad(f'spec {i}: format mismatch')
        if any(n in v for _, vs in ben_views for v in vs):
            bad(f'spec {i}: payload text appears in a benign row')
    # hidden/encoded rows really carry their encoding
    hid = [r for r in rows if r['category'] == 'hidden_obfuscated']
    enc_markers = [r'display:\s*none', r'<!--', r'alt="[^"]*AI assistant', r'[\U000E0020-\U000E007E]', '\u200b.\u200b',
                   r'[A-Za-z0-9+/]{40,}={0,2}', r'[0-9a-f]{60,}', r'rot13', r'[\u0430\u0435\u043e\u0441\u0440\u0456]\w*[a-z]',
                   r'font-size:1px', r'left:-9999px', r'w:vanish', r'opacity="0"', r'"Asistente:', r'ops-backup@']
    for r in hid:
        if not any(re.search(m, r['text']) for m in enc_markers):
            bad(f'{r["id"]}: hidden_obfuscated row without a visible hiding/encoding technique')


# =========================================================================== secrets
DETECT = [r'\b(?:AKIA|ASIA)[A-Z2-7]{16}\b', r'AIza[0-9A-Za-z_-]{35}', r'\bgh[pousr]_[A-Za-z0-9]{36}\b', r'github_pat_[A-Za-z0-9_]{70,}',
          r'glpat-[A-Za-z0-9_-]{20}', r'ATBB[A-Za-z0-9]{32}', r'\b[sr]k_live_[A-Za-z0-9]{20,}', r'whsec_[A-Za-z0-9]{32}',
          r'\bEAAA[A-Za-z0-9_-]{60}', r'access_token\$production\$', r'xox[bpa]-[0-9A-Za-z-]{20,}', r'hooks\.slack\.com/services/T',
          r'discord\.com/api/webhooks/\d+/', r'\b\d{9,10}:AA[A-Za-z0-9_-]{33}\b', r'\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}',
          r'\bkey-[0-9a-f]{32}\b', r'sk-proj-[A-Za-z0-9_-]{40,}', r'sk-ant-api\d\d-[A-Za-z0-9_-]{80,}', r'\bhf_[A-Za-z]{34}\b',
          r'\br8_[A-Za-z0-9]{37}\b', r'\bgsk_[A-Za-z0-9]{52}\b', r'lsv2_pt_[0-9a-f]{32}_', r'\bsk_[0-9a-f]{48}\b',
          r'\bnpm_[A-Za-z0-9]{36}\b', r'pypi-AgEIcHlwaS5vcmc', r'dckr_pat_[A-Za-z0-9_-]{27}', r'dop_v1_[0-9a-f]{64}',
          r'shpat_[0-9a-f]{32}', r'ATATT3xFfGF0', r'\bntn_\d{11}', r'sntrys_eyJ', r'\.atlasv1\.', r'\bhvs\.[A-Za-z0-9_-]{20,}',
          r'\bdp\.pt\.[A-Za-z0-9]{40,}', r'\bglsa_', r'AAAA[A-Za-z0-9_-]{7}:APA91b', r'\bsk\.eyJ', r'AGE-SECRET-KEY-1',
          r'\bLTAI[A-Za-z0-9]{20}\b', r'\bAKID[A-Za-z0-9]{32}\b', r'\bdapi[0-9a-f]{32}\b', r'\bsl\.B[A-Za-z0-9_-]{100,}',
          r'-----BEGIN (?:RSA |EC |OPENSSH |PGP |)PRIVATE KEY(?: BLOCK)?-----', r'\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}',
          r'://[^\s:/@]+:([^\s@/]{6,})@']
DETECT_RX = [re.compile(p) for p in DETECT]


def _placeholder(m):
    s = m
    if 'EXAMPLE' in s or 'xxxx' in s.lower() or '****' in s or '…' in s or '...' in s:
        return True
    tail = re.sub(r'^[A-Za-z]+[_\-.]+', '', s)
    return len(set(tail)) <= 4


PEM_RX = re.compile(r'-----BEGIN ([A-Z ]+)-----\\?n?\s*(.*?)\s*-----END \1-----', re.S)


def check_secret_value(cat, v):
    """Format check for one listed secret of a given primary kind."""
    if '-----BEGIN' in v:
        m = PEM_RX.search(v)
        if not m:
            return False
        inner = m.group(2).replace('\\n', '\n')
        if cat == 'pgp_private_key_block':
            inner = re.sub(r'\n=[A-Za-z0-9+/]{4}\s*$', '', inner)
        body = re.sub(r'\s', '', inner)
        try:
            base64.b64decode(body, validate=True)
        except Exception:  # noqa
            return False
        return True
    if v.count('.') == 2 and v.startswith('eyJ'):
        h, p, sg = v.split('.')
        try:
            json.loads(base64.urlsafe_b64decode(h + '=' * (-len(h) % 4)))
            json.loads(base64.urlsafe_b64decode(p + '=' * (-len(p) % 4)))
        except Exception:  # noqa
            return False
        return len(sg) >= 40
    if len(v) < 12:
        return False
    classes = sum(bool(re.search(c, v)) for c in (r'[a-z]', r'[A-Z]', r'\d', r'[^A-Za-z0-9]'))
    return classes >= 2 and len(set(v)) >= 8


def check_secrets(rows):
    check_common('secrets.jsonl', rows, 'sec', ['id', 'format', 'label', 'category', 'secrets', 'text'], 150)
    lab = Counter(r['label'] for r in rows)
    if lab != Counter({'secret': 90, 'clean': 60}):
        bad(f'secrets labels {lab}')
    sk = set(r['category'] for r in rows if r['label'] == 'secret')
    ck = set(r['category'] for r in rows if r['label'] == 'clean')
    if len(sk) < 60:
        bad(f'only {len(sk)} secret kinds')
    if len(ck) < 20:
        bad(f'only {len(ck)} clean kinds')
    for r in rows:
        t = r['text']
        if r['label'] == 'clean':
            if r['secrets']:
                bad(f'{r["id"]}: clean row lists secrets')
            for rx in DETECT_RX:
                for m in rx.finditer(t):
                    val = m.group(1) if rx.groups else m.group(0)
                    if rx.pattern.startswith('://') and val.lower() in ('password', 'pass', 'changeme', '<password>'):
                        continue
                    if not _placeholder(t[max(0, m.start() - 2):m.end() + 40]):
                        bad(f'{r["id"]}: clean row has secret-like match {m.group(0)[:40]!r}')
            continue
        if not r['secrets']:
            bad(f'{r["id"]}: secret row without secrets')
        for v in r['secrets']:
            if v not in t:
                bad(f'{r["id"]}: secret not in text: {v[:30]!r}')
            if not check_secret_value(r['category'], v):
                bad(f'{r["id"]}: secret fails format check ({r["category"]}): {v[:30]!r}')
        for rx in DETECT_RX:
            for m in rx.finditer(t):
                span = m.group(0)
                if not any(span in v or v in span for v in r['secrets']):
                    bad(f'{r["id"]}: unlisted secret-like match {span[:40]!r}')


# =========================================================================== pii
EMAIL_RX = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}')
IP_RX = re.compile(r'(?<![\d.])((?:\d{1,3}\.){3}\d{1,3})(?!\.?\d)')
SSN_RX = re.compile(r'(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d-])')
RUN_RX = re.compile(r'\d(?:[ -]?\d)+')
IBAN_RX = re.compile(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b')
PHONE_RXS = [re.compile(r'(?<![\w+])(?:\+|00)\d[\d \-().]{6,}\d'), re.compile(r'(?<![\w.])0\d[\d \-()]{6,}\d'),
             re.compile(r'\(\d{3}\) ?\d{3}-\d{4}'), re.compile(r'\b8 \(\d{3}\) \d{3}-\d{2}-\d{2}')]


def ip_ok(v):
    return bool(re.fullmatch(r'(\d{1,3}\.){3}\d{1,3}', v)) and all(0 <= int(x) <= 255 for x in v.split('.'))


def valid_entity(t, v):
    if t == 'email':
        return bool(EMAIL_RX.fullmatch(v))
    if t == 'phone':
        return bool(phone_countries(v))
    if t == 'ssn':
        return bool(re.fullmatch(r'\d{3}[- ]\d{2}[- ]\d{4}', v)) and ssn_valid(v)
    if t == 'credit_card':
        d = re.sub(r'[ -]', '', v)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_valid(d)
    if t == 'iban':
        return iban_valid(v)
    if t == 'ipv4':
        return ip_ok(v)
    return False


def detect_unlisted(text):
    found = []
    for m in EMAIL_RX.finditer(text):
        found.append(('email', m.group(0)))
    for m in IP_RX.finditer(text):
        if ip_ok(m.group(1)):
            found.append(('ipv4', m.group(1)))
    for m in SSN_RX.finditer(text):
        if ssn_valid(m.group(0)):
            found.append(('ssn', m.group(0)))
    for m in RUN_RX.finditer(text):
        d = re.sub(r'\D', '', m.group(0))
        iin_ok = d[0] in '3456' or 2221 <= int(d[:4]) <= 2720
        if 13 <= len(d) <= 19 and luhn_valid(d) and iin_ok:
            found.append(('credit_card', m.group(0)))
    for m in IBAN_RX.finditer(text):
        if iban_valid(m.group(0)):
            found.append(('iban', m.group(0)))
    for rx in PHONE_RXS:
        for m in rx.finditer(text):
            a, b = m.start(), m.end()
            inside = (a >= 2 and text[a - 1] in ' -.' and text[a - 2].isdigit()) or \
                     (b + 1 < len(text) and text[b] in ' -.' and text[b + 1].isdigit())
            if not inside and len(re.sub(r'\D', '', m.group(0))) >= 8 and phone_countries(m.group(0).strip()):
                found.append(('phone', m.group(0)))
    return found


def check_pii(rows):
    check_common('pii.jsonl', rows, 'pii', ['id', 'format', 'label', 'category', 'entities', 'text'], 150)
    lab = Counter(r['label'] for r in rows)
    if lab != Counter({'pii': 108, 'clean': 42}):
        bad(f'pii labels {lab}')
    prim = Counter(r['category'] for r in rows if r['label'] == 'pii')
    for t in ('email', 'phone', 'ssn', 'credit_card', 'iban', 'ipv4'):
        if prim.get(t) != 18:
            bad(f'pii primary {t}: {prim.get(t)}')
    countries = set()
    for r in rows:
        t = r['text']
        ents = r['entities']
        if r['label'] == 'clean':
            if ents:
                bad(f'{r["id"]}: clean row lists entities')
        else:
            if not any(e['type'] == r['category'] for e in ents):
                bad(f'{r["id"]}: primary type missing')
        masked = t
        pairs = set()
        for e in ents:
            if set(e) != {'type', 'value'}:
                bad(f'{r["id"]}: entity keys {set(e)}')
            if e['value'] not in t:
                bad(f'{r["id"]}: entity not in text {e}')
            if not valid_entity(e['type'], e['value']):
                bad(f'{r["id"]}: invalid {e["type"]} {e["value"]!r}')
            if (e['type'], e['value']) in pairs:
                bad(f'{r["id"]}: duplicate entity {e}')
            pairs.add((e['type'], e['value']))
            if e['type'] == 'phone':
                countries.update(phone_countries(e['value'])[:1] if len(phone_countries(e['value'])) == 1 else [])
        for e in sorted(ents, key=lambda e: -len(e['value'])):
            masked = masked.replace(e['value'], '\u2588' * len(e['value']))
        for typ, val in detect_unlisted(masked):
            bad(f'{r["id"]}: unlisted {typ} {val!r}')
    st = json.load(open(os.path.join(ROOT, 'stats.json'), encoding='utf-8'))
    if st['pii']['phone_countries_count'] < 40:
        bad(f'phone countries {st["pii"]["phone_countries_count"]}')
    if len(countries) < 30:
        bad(f'only {len(countries)} unambiguous phone countries')


# =========================================================================== rebuild
def check_rebuild():
    from build_all import render_files
    files, _ = render_files()
    for name, content in files.items():
        with open(os.path.join(ROOT, name), encoding='utf-8', newline='') as f:
            disk = f.read()
        if disk != content:
            bad(f'{name}: differs from a fresh build')
    # independent process with a different hash seed and time zone must give the same bytes
    code = ('import sys,hashlib; sys.path.insert(0, %r); from build_all import render_files; '
            'f,_=render_files(); print(" ".join(hashlib.md5(v.encode()).hexdigest() for v in f.values()))' % HERE)
    env = dict(os.environ, PYTHONHASHSEED='4242', TZ='Asia/Kathmandu', PYTHONDONTWRITEBYTECODE='1')
    out = subprocess.run([sys.executable, '-B', '-c', code], env=env, capture_output=True, text=True).stdout.split()
    mine = [hashlib.md5(v.encode()).hexdigest() for v in files.values()]
    if out != mine:
        bad('build is not deterministic across hash seed / time zone')


def main():
    inj = load('injection.jsonl')
    sec = load('secrets.jsonl')
    pii = load('pii.jsonl')
    check_injection(inj)
    check_secrets(sec)
    check_pii(pii)
    check_rebuild()
    if PROBLEMS:
        print(f'{len(PROBLEMS)} problem(s):')
        for p in PROBLEMS[:200]:
            print(' -', p)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
