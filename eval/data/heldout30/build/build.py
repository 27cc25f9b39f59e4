#!/usr/bin/env python3
"""Builds secrets.jsonl, pii.jsonl and README.md for heldout30 and checks them.
Usage:  python3 build/build.py      (from anywhere; writes next to build/)"""
import os, sys, json, re, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
from common import R, iban_ok, luhn_ok, ssn_ok
import gen_secrets, clean_secrets, gen_pii, clean_pii

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHUFFLE_SEED = 3030

def secrets_rows():
    pos = gen_secrets.make_positive_rows()
    neg = []
    for f in clean_secrets.CLEAN:
        fmt, cat, text = f()
        neg.append(dict(format=fmt, label='clean', category=cat, secrets=[], text=text))
    return pos, neg

def pii_rows():
    sched = []
    for k in range(1, 4):
        sched += [f for f in gen_pii.T if f.n >= k]
    assert len(sched) == 100, len(sched)
    pos = []
    for f in sched:
        r = gen_pii.Row(); fmt, cat, text = f(r)
        pos.append(dict(format=fmt, label='pii', category=cat, entities=[{'type': t, 'value': v} for t, v in r.ents], text=text))
    neg = []
    for f in clean_pii.CLEAN:
        fmt, cat, text = f()
        neg.append(dict(format=fmt, label='clean', category=cat, entities=[], text=text))
    return pos, neg

def finish(rows, prefix, key):
    import random
    rng = random.Random(SHUFFLE_SEED); rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({'id': '%s-%03d' % (prefix, i), 'format': r['format'], 'label': r['label'], 'category': r['category'], key: r[key], 'text': r['text']})
    return out

IPV4 = re.compile(r'(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|/\d)')
EMAIL = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}')

def check(rows, key, n_pos, n_neg, poslabel):
    errs = []
    c = collections.Counter(r['label'] for r in rows)
    if c[poslabel] != n_pos or c['clean'] != n_neg: errs.append('label counts %r' % c)
    if len({r['id'] for r in rows}) != len(rows): errs.append('duplicate ids')
    for r in rows:
        L = len(r['text'])
        if not 150 <= L <= 2500: errs.append('%s length %d' % (r['id'], L))
        vals = [e['value'] for e in r[key]]
        if len(vals) != len(set(vals)): errs.append('%s duplicate value' % r['id'])
        for v in vals:
            if v not in r['text']: errs.append('%s value not a substring: %r' % (r['id'], v))
            if not v.strip() or v != v.strip(): errs.append('%s value has outer whitespace: %r' % (r['id'], v))
        if r['label'] == 'clean' and r[key]: errs.append('%s clean row with values' % r['id'])
        if r['label'] != 'clean' and not r[key]: errs.append('%s positive row without values' % r['id'])
        if key == 'entities':
            for e in r[key]:
                v = e['value']
                if e['type'] == 'iban' and not iban_ok(v): errs.append('%s bad IBAN %s' % (r['id'], v))
                if e['type'] == 'credit_card' and (not luhn_ok(v) or ''.join(ch for ch in v if ch.isdigit()) in common.TEST_CARDS): errs.append('%s bad card %s' % (r['id'], v))
                if e['type'] == 'ssn' and not ssn_ok(v): errs.append('%s bad SSN %s' % (r['id'], v))
                if e['type'] == 'ipv4' and not all(0 <= int(x) <= 255 for x in v.split('.')): errs.append('%s bad ip %s' % (r['id'], v))
                if e['type'] == 'email' and not EMAIL.fullmatch(v): errs.append('%s bad email %s' % (r['id'], v))
            if r['label'] == 'pii':   # completeness of the mechanically checkable types
                labelled = set(vals)
                for m in IPV4.finditer(r['text']):
                    if all(int(x) <= 255 for x in m.groups()) and m.group(0) not in labelled and m.group(0) not in ('0.0.0.0', '255.255.255.255'):
                        errs.append('%s unlabelled ipv4 %s' % (r['id'], m.group(0)))
                for m in EMAIL.finditer(r['text']):
                    # SIP URIs (sip:+49...@host) and RADIUS NAIs (msisdn@realm) are not e-mail addresses by convention
                    if r['text'][max(0, m.start() - 4):m.start()] == 'sip:' or re.fullmatch(r'\+?\d+', m.group(0).split('@')[0]): continue
                    if m.group(0) not in labelled: errs.append('%s unlabelled email %s' % (r['id'], m.group(0)))
    return errs

def table(counter, h1, h2='rows'):
    lines = ['| %s | %s |' % (h1, h2), '|---|---:|']
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])): lines.append('| `%s` | %d |' % (k, v))
    return '\n'.join(lines)

def main():
    spos, sneg = secrets_rows(); ppos, pneg = pii_rows()
    S = finish(spos + sneg, 's30', 'secrets'); P = finish(ppos + pneg, 'p30', 'entities')
    errs = check(S, 'secrets', 100, 60, 'secret') + check(P, 'entities', 100, 60, 'pii')
    # every Junos $9$ / Cisco type 7 value must decode (they are reversible encodings)
    for r in S:
        for s in r['secrets']:
            if s['kind'] == 'junos_type9_encoded_secret': common.junos9_dec(s['value'].strip('"'))
            if s['kind'] == 'cisco_type7_password': common.cisco7_dec(s['value'])
    for e in errs: print('ERROR', e)
    if errs: sys.exit(1)
    for name, rows in (('secrets.jsonl', S), ('pii.jsonl', P)):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8') as fh:
            for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    write_readme(S, P)
    ns = sum(len(r['secrets']) for r in S); ne = sum(len(r['entities']) for r in P)
    print('secrets.jsonl: %d rows (%d secret / %d clean), %d labelled secrets, %d kinds, %d formats' % (len(S), sum(r['label'] == 'secret' for r in S), sum(r['label'] == 'clean' for r in S), ns, len({s['kind'] for r in S for s in r['secrets']}), len({r['format'] for r in S})))
    print('pii.jsonl:     %d rows (%d pii / %d clean), %d labelled entities, %d formats' % (len(P), sum(r['label'] == 'pii' for r in P), sum(r['label'] == 'clean' for r in P), ne, len({r['format'] for r in P})))
    print('entity types:', dict(collections.Counter(e['type'] for r in P for e in r['entities'])))

def write_readme(S, P):
    tmpl = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'README.template.md'), encoding='utf-8').read()
    sk = collections.Counter(s['kind'] for r in S for s in r['secrets'])
    sc = collections.Counter(r['category'] for r in S if r['label'] == 'clean')
    sf = collections.Counter(r['format'] for r in S)
    pt = collections.Counter(e['type'] for r in P for e in r['entities'])
    pc = collections.Counter(r['category'] for r in P if r['label'] == 'clean')
    pf = collections.Counter(r['format'] for r in P)
    ipk = collections.Counter()
    for r in P:
        for e in r['entities']:
            if e['type'] == 'ipv4':
                a, b = map(int, e['value'].split('.')[:2])
                ipk['private (RFC 1918)' if a == 10 or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) else 'shared CGNAT (100.64/10)' if a == 100 and 64 <= b <= 127 else 'documentation (RFC 5737)' if e['value'].startswith(('192.0.2.', '198.51.100.', '203.0.113.')) else 'public'] += 1
    ibc = collections.Counter(e['value'][:2] for r in P for e in r['entities'] if e['type'] == 'iban')
    rep = {
        '{{S_ROWS}}': str(len(S)), '{{S_POS}}': str(sum(r['label'] == 'secret' for r in S)), '{{S_NEG}}': str(sum(r['label'] == 'clean' for r in S)),
        '{{S_VALUES}}': str(sum(sk.values())), '{{S_KINDS}}': str(len(sk)), '{{S_FORMATS}}': str(len(sf)),
        '{{P_ROWS}}': str(len(P)), '{{P_POS}}': str(sum(r['label'] == 'pii' for r in P)), '{{P_NEG}}': str(sum(r['label'] == 'clean' for r in P)),
        '{{P_VALUES}}': str(sum(pt.values())), '{{P_FORMATS}}': str(len(pf)),
        '{{T_SECRET_KINDS}}': table(sk, 'secret kind', 'values'), '{{T_SECRET_CLEAN}}': table(sc, 'clean look-alike category'), '{{T_SECRET_FORMATS}}': table(sf, 'format'),
        '{{T_PII_TYPES}}': table(pt, 'type', 'values'), '{{T_PII_CLEAN}}': table(pc, 'clean look-alike category'), '{{T_PII_FORMATS}}': table(pf, 'format'),
        '{{T_IP_KINDS}}': table(ipk, 'ipv4 range', 'values'), '{{T_IBAN_CC}}': table(ibc, 'IBAN country', 'values'),
        '{{T_CARD_NETS}}': table(collections.Counter(card_net(e['value']) for r in P for e in r['entities'] if e['type'] == 'credit_card'), 'card network', 'values'),
    }
    for k, v in rep.items(): tmpl = tmpl.replace(k, v)
    open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8').write(tmpl)

def card_net(v):
    d = ''.join(c for c in v if c.isdigit())
    if d[0] == '4': return 'Visa'
    if d[:2] in ('34', '37'): return 'American Express'
    if d[:2] in ('36', '38', '30'): return 'Diners Club'
    if d[:4] in ('6759', '5018', '6304'): return 'Maestro'
    if d[:4] == '6011' or d[:2] == '65': return 'Discover'
    if 3528 <= int(d[:4]) <= 3589: return 'JCB'
    if d[:2] == '62': return 'UnionPay'
    return 'Mastercard'

if __name__ == '__main__':
    main()
