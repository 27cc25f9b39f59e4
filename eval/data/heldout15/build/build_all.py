#!/usr/bin/env python3
"""Build injection.jsonl, secrets.jsonl, pii.jsonl and stats.json in /work/heldout15 (deterministic).

Usage: python3 -B build/build_all.py [--out DIR]
"""
import json
import os
import random
import re
import statistics
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import rng, PHONE_BY_ISO  # noqa: E402
from carriers import render  # noqa: E402
from inj_specs import SPECS  # noqa: E402
from hardneg_b import HN  # noqa: E402  (imports part A too)
from ordinary import ordinary_specs  # noqa: E402
from secrets_gen import build_secret_rows, build_clean_rows  # noqa: E402
from pii_gen import build_pii_rows  # noqa: E402

SEEDS = {'injection': 1501, 'secrets': 1502, 'pii': 1503}

STOCK_PATTERNS = [
    r'ignore (?:all |any )?(?:of )?(?:your |the )?(?:previous|prior|above|earlier) (?:instructions|commands|directives|prompts)',
    r'disregard (?:all |any )?(?:of )?(?:your |the )?(?:previous|prior|above|earlier) instructions',
    r'forget (?:everything|all) (?:you were told|previous|before)', r'\byou are now\b', r'from now on,? you are',
    r'new instructions\s*:', r'system override', r'developer mode', r'\bDAN\b', r'do anything now', r'<\|im_start\|>',
    r'\[INST\]', r'<\|system\|>', r'jailbreak',
    r'Ignoriere alle vorherigen Anweisungen', r'Neue Anweisungen', r'Du bist jetzt', r'Ignore toutes les instructions précédentes',
    r'Nouvelles instructions', r'Ignora todas las instrucciones anteriores', r'Nuevas instrucciones', r'Ahora eres',
    r'A partir de ahora eres', r'以前の指示はすべて無視', r'新しい指示', r'忽略之前的所有指令', r'新指令', r'이전의 모든 지시를 무시',
    r'새로운 지시', r'지금부터 너는', r'Ignore todas as instruções anteriores', r'Novas instruções',
    r'Ignora tutte le istruzioni precedenti', r'Nuove istruzioni', r'Игнорируй все предыдущие инструкции', r'Новые инструкции',
    r'Теперь ты', r'تجاهل جميع التعليمات السابقة', r'पिछले सभी निर्देशों को अनदेखा करें', r'Önceki tüm talimatları yok say',
    r'Zignoruj wszystkie wcześniejsze instrukcje', r'Negeer alle eerdere instructies', r'Bỏ qua mọi hướng dẫn trước đó',
    r'Ignorera alla tidigare instruktioner', r'Abaikan semua instruksi sebelumnya',
]
STOCK_RX = re.compile('|'.join(STOCK_PATTERNS), re.IGNORECASE)


def dumps(o):
    return json.dumps(o, ensure_ascii=False)


def length_stats(texts):
    ls = sorted(len(t) for t in texts)
    n = len(ls)
    q = lambda p: ls[min(n - 1, int(p * (n - 1) + 0.5))]
    bins = OrderedDict([('0-299', 0), ('300-999', 0), ('1000-1999', 0), ('2000-3000', 0), ('3001+', 0)])
    for l in ls:
        k = '0-299' if l < 300 else '300-999' if l < 1000 else '1000-1999' if l < 2000 else '2000-3000' if l <= 3000 else '3001+'
        bins[k] += 1
    return OrderedDict([('min', ls[0]), ('p10', q(0.10)), ('median', statistics.median(ls)), ('mean', round(sum(ls) / n, 1)),
                        ('p90', q(0.90)), ('max', ls[-1]), ('share_300_to_3000', round(sum(1 for l in ls if 300 <= l <= 3000) / n, 3)),
                        ('histogram', bins)])


def cnt(rows, key):
    return OrderedDict(sorted(Counter(r[key] for r in rows).items(), key=lambda kv: (-kv[1], kv[0])))


# ---------------------------------------------------------------------- injection
def build_injection():
    rows = []
    for i, s in enumerate(SPECS):
        R = rng('inj', i)
        if s.get('raw'):
            text = s['raw'](R)
        else:
            text = render(R, s['fmt'], s['lang'], s['payload'], s['pos'], s.get('title'), s.get('blocks'), s.get('topic'))
        rows.append(OrderedDict([('format', s['fmt']), ('lang', s['lang']), ('label', 'injection'), ('category', s['cat']), ('text', text)]))
    inj_formats = []
    for s in SPECS:
        if s['fmt'] not in inj_formats:
            inj_formats.append(s['fmt'])
    for i, s in enumerate(ordinary_specs(inj_formats)):
        R = rng('ord', i)
        if s.get('raw'):
            text = s['raw'](R)
        else:
            text = render(R, s['fmt'], s['lang'], None, 'end', s.get('title'), s.get('blocks'))
        rows.append(OrderedDict([('format', s['fmt']), ('lang', s['lang']), ('label', 'benign'), ('category', 'ordinary'), ('text', text)]))
    for i, h in enumerate(HN):
        R = rng('hn', i)
        raw = h.get('raw')
        if raw is not None:
            text = raw(R) if callable(raw) else raw
        else:
            text = render(R, h['fmt'], h['lang'], None, 'end', h.get('title'), h.get('blocks'))
        rows.append(OrderedDict([('format', h['fmt']), ('lang', h['lang']), ('label', 'benign'), ('category', h['kind']), ('text', text)]))
    random.Random(SEEDS['injection']).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append(OrderedDict([('id', f'inj-{i:04d}')] + list(r.items())))
    return out


def build_secrets():
    rows = build_secret_rows() + build_clean_rows()
    random.Random(SEEDS['secrets']).shuffle(rows)
    return [OrderedDict([('id', f'sec-{i:04d}'), ('format', r['format']), ('label', r['label']), ('category', r['category']),
                         ('secrets', r['secrets']), ('text', r['text'])]) for i, r in enumerate(rows, 1)]


def build_pii():
    rows, phone_iso = build_pii_rows()
    random.Random(SEEDS['pii']).shuffle(rows)
    out = [OrderedDict([('id', f'pii-{i:04d}'), ('format', r['format']), ('label', r['label']), ('category', r['category']),
                        ('entities', r['entities']), ('text', r['text'])]) for i, r in enumerate(rows, 1)]
    return out, phone_iso


def stats(inj, sec, pii, phone_iso):
    st = OrderedDict()
    injr = [r for r in inj if r['label'] == 'injection']
    ben = [r for r in inj if r['label'] == 'benign']
    hn = [r for r in ben if r['category'] != 'ordinary']
    per_kind_formats = OrderedDict()
    for k in sorted(set(r['category'] for r in hn)):
        per_kind_formats[k] = len(set(r['format'] for r in hn if r['category'] == k))
    st['injection'] = OrderedDict([
        ('rows', len(inj)), ('by_label', cnt(inj, 'label')), ('by_category', cnt(inj, 'category')),
        ('formats_count', len(set(r['format'] for r in inj))), ('by_format', cnt(inj, 'format')),
        ('languages_count', len(set(r['lang'] for r in inj))), ('by_lang', cnt(inj, 'lang')),
        ('by_lang_injection', cnt(injr, 'lang')), ('by_lang_benign', cnt(ben, 'lang')),
        ('non_english', OrderedDict([('injection', sum(1 for r in injr if r['lang'] != 'en')),
                                     ('benign', sum(1 for r in ben if r['lang'] != 'en'))])),
        ('stock_phrase_rows', OrderedDict([('injection', sum(1 for r in injr if STOCK_RX.search(r['text']))),
                                           ('injection_without_stock_phrase', sum(1 for r in injr if not STOCK_RX.search(r['text']))),
                                           ('hard_negative', sum(1 for r in hn if STOCK_RX.search(r['text'])))])),
        ('hard_negative_formats_per_kind', per_kind_formats),
        ('text_length', length_stats([r['text'] for r in inj])),
        ('text_length_by_label', OrderedDict([(l, length_stats([r['text'] for r in inj if r['label'] == l])) for l in ('injection', 'benign')])),
    ])
    secr = [r for r in sec if r['label'] == 'secret']
    clean = [r for r in sec if r['label'] == 'clean']
    st['secrets'] = OrderedDict([
        ('rows', len(sec)), ('by_label', cnt(sec, 'label')),
        ('secret_kinds_count', len(set(r['category'] for r in secr))), ('clean_kinds_count', len(set(r['category'] for r in clean))),
        ('by_category', cnt(sec, 'category')), ('formats_count', len(set(r['format'] for r in sec))), ('by_format', cnt(sec, 'format')),
        ('secret_strings_total', sum(len(r['secrets']) for r in sec)),
        ('secrets_per_secret_row', OrderedDict(sorted(Counter(len(r['secrets']) for r in secr).items()))),
        ('text_length', length_stats([r['text'] for r in sec])),
    ])
    ents = [e for r in pii for e in r['entities']]
    phones = [e['value'] for e in ents if e['type'] == 'phone']
    pc = Counter(phone_iso[p] for p in phones)
    st['pii'] = OrderedDict([
        ('rows', len(pii)), ('by_label', cnt(pii, 'label')), ('by_category', cnt(pii, 'category')),
        ('formats_count', len(set(r['format'] for r in pii))), ('by_format', cnt(pii, 'format')),
        ('entities_total', len(ents)), ('entity_types', OrderedDict(sorted(Counter(e['type'] for e in ents).items()))),
        ('rows_with_more_than_one_entity_type', sum(1 for r in pii if len(set(e['type'] for e in r['entities'])) > 1)),
        ('phone_countries_count', len(pc)),
        ('phone_countries', OrderedDict(sorted(((f'{k} {PHONE_BY_ISO[k][1]}', v) for k, v in pc.items()), key=lambda kv: (-kv[1], kv[0])))),
        ('text_length', length_stats([r['text'] for r in pii])),
    ])
    return st


def render_files():
    """Return {file name: exact file content} for the four output files."""
    inj = build_injection()
    sec = build_secrets()
    pii, phone_iso = build_pii()
    files = OrderedDict()
    for name, rows in (('injection.jsonl', inj), ('secrets.jsonl', sec), ('pii.jsonl', pii)):
        files[name] = ''.join(dumps(r) + '\n' for r in rows)
    files['stats.json'] = json.dumps(stats(inj, sec, pii, phone_iso), ensure_ascii=False, indent=2) + '\n'
    return files, phone_iso


def build(outdir):
    files, _ = render_files()
    for name, content in files.items():
        with open(os.path.join(outdir, name), 'w', encoding='utf-8', newline='\n') as f:
            f.write(content)
    return files


if __name__ == '__main__':
    out = os.path.dirname(HERE)
    if '--out' in sys.argv:
        out = sys.argv[sys.argv.index('--out') + 1]
    files = build(out)
    print('  '.join(f'{k}: {v.count(chr(10))} lines' for k, v in files.items() if k.endswith('.jsonl')), '->', out)
