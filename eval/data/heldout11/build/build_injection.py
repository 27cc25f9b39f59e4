# -*- coding: utf-8 -*-
"""Assemble injection.jsonl rows (160 injection + 100 ordinary + 140 hard negatives)."""
import base64
import json
import random

import carriers as CR
from common import (SEED, pick, person, company, atk_email, rot13, tag_encode, Ins, ATK_DOMAINS, rstr, LOWER_ALNUM)
from inj_payloads import P as PAYLOADS, HOSTS, ARTICLE_LIKE
import hardneg_a
import hardneg_b

VENDORS = ["Nuvola AI", "Helix Assist", "Orinoco Models", "BrightMind Labs", "Aperio AI"]
FOREIGN_ORDINARY = ["de", "es", "fr", "pt", "it", "nl", "pl", "ru", "tr", "ja", "zh", "ko", "ar", "hi"]

HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "i": "\u0456", "x": "\u0445",
        "A": "\u0410", "E": "\u0415", "O": "\u041e", "C": "\u0421", "P": "\u0420", "T": "\u0422", "H": "\u041d"}
ZW = ["\u200b", "\u200c", "\u2060"]


def zw_encode(rng, s):
    out = []
    for w in s.split(" "):
        if "@" in w or len(w) <= 3:
            out.append(w)
        else:
            out.append("".join(c + (pick(rng, ZW) if k < len(w) - 1 else "") for k, c in enumerate(w)))
    return " ".join(out)


def homoglyph(rng, s):
    return "".join(HOMO[c] if c in HOMO and rng.random() < 0.75 else c for c in s)


def fill_payload(rng, text, ctx):
    rep = {
        "{atk_domain}": pick(rng, ATK_DOMAINS),
        "{atk_email}": atk_email(rng),
        "{user}": person(rng).split(" ")[0].lower() + "." + rstr(rng, LOWER_ALNUM, 3),
        "{uid}": str(rng.randint(10000, 99999)),
        "{vendor}": pick(rng, VENDORS),
    }
    for k, v in rep.items():
        text = text.replace(k, v)
    return CR.fill(text, ctx)


def build_payload_text(rng, p, ctx):
    """Return str, Ins or list (split parts)."""
    if p.get("parts"):
        return [fill_payload(rng, x, ctx) for x in p["parts"]]
    text = fill_payload(rng, p["text"], ctx)
    if p.get("enc"):
        inner = fill_payload(rng, p["inner"], ctx)
        enc = p["enc"]
        if enc == "b64":
            text = text.replace("{ENC}", base64.b64encode(inner.encode("utf-8")).decode())
        elif enc == "rot13":
            text = text.replace("{ENC}", rot13(inner))
        elif enc == "hex":
            text = text.replace("{ENC}", inner.encode("utf-8").hex())
        elif enc == "homoglyph":
            text = text.replace("{ENC}", homoglyph(rng, inner))
        elif enc == "zw":
            text = text.replace("{ZW}", zw_encode(rng, inner))
        elif enc == "tag":
            text = text.replace("{TAG}", tag_encode(inner))
    return Ins(text, raw_html=bool(p.get("raw_html")))


class FormatBalancer:
    def __init__(self):
        self.used = {}

    def choose(self, rng, options):
        m = min(self.used.get(o, 0) for o in options)
        best = [o for o in options if self.used.get(o, 0) == m]
        f = pick(rng, best)
        self.used[f] = self.used.get(f, 0) + 1
        return f


def injection_rows(rng, bal):
    rows = []
    for p in PAYLOADS:
        lang = p["lang"]
        if lang == "en":
            options = p["fmts"] or CR.ALL_FORMATS
        else:
            options = [f for f in (p["fmts"] or CR.FOREIGN_FORMATS) if f in CR.FOREIGN_SCENARIO]
            assert options, p
        fmt = bal.choose(rng, options)
        ctx = CR.make_ctx(rng)
        pos = p.get("pos") or pick(rng, ["start", "middle", "middle", "end", "end"])
        if p.get("json_field"):
            text = CR.render(fmt, rng, lang, ctx)
            obj = json.loads(text)
            item = obj["items"][rng.randrange(len(obj["items"]))]
            item[p["json_field"]] = fill_payload(rng, p["inner"], ctx)
            text = json.dumps(obj, indent=2, ensure_ascii=False)
        else:
            payload = build_payload_text(rng, p, ctx)
            content = None
            if p.get("host") and fmt in ARTICLE_LIKE:
                content = HOSTS[p["host"]]
            text = CR.render(fmt, rng, lang, ctx, content=content, insert=payload, pos=pos)
        rows.append(dict(format=fmt, lang=lang, label="injection", category=p["cat"], text=text))
    return rows


def ordinary_rows(rng, bal):
    rows = []
    en_formats = []
    while len(en_formats) < 86:
        fs = list(CR.ALL_FORMATS)
        rng.shuffle(fs)
        en_formats.extend(fs)
    en_formats = en_formats[:86]
    for fmt in en_formats:
        ctx = CR.make_ctx(rng)
        rows.append(dict(format=fmt, lang="en", label="benign", category="ordinary", text=CR.render(fmt, rng, "en", ctx)))
    for lang in FOREIGN_ORDINARY:
        fmt = bal.choose(rng, CR.FOREIGN_FORMATS)
        ctx = CR.make_ctx(rng)
        rows.append(dict(format=fmt, lang=lang, label="benign", category="ordinary", text=CR.render(fmt, rng, lang, ctx)))
    return rows


def hardneg_rows(rng):
    rows = []
    for cat, lang, fmt, spec in hardneg_a.H + hardneg_b.H:
        ctx = CR.make_ctx(rng)
        kind = spec[0]
        if kind == "content":
            title = CR.fill(spec[1], ctx)
            units = [CR.fill(u, ctx) for u in spec[2]]
            text = CR.render(fmt, rng, lang, ctx, content=(title, units))
        elif kind == "text":
            text = spec[1]
        elif kind == "func":
            text = spec[1](rng)
        else:
            raise ValueError(kind)
        rows.append(dict(format=fmt, lang=lang, label="benign", category=cat, text=text))
    return rows


def build():
    rng = random.Random(SEED)
    bal = FormatBalancer()
    inj = injection_rows(rng, bal)
    ordn = ordinary_rows(rng, bal)
    hard = hardneg_rows(rng)
    assert len(inj) == 160 and len(ordn) == 100 and len(hard) == 140, (len(inj), len(ordn), len(hard))
    rows = inj + ordn + hard
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows):
        out.append({"id": "inj-%04d" % (i + 1), "format": r["format"], "lang": r["lang"], "label": r["label"],
                    "category": r["category"], "text": r["text"]})
    return out
