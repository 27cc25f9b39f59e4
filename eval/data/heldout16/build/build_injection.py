"""Builds injection.jsonl (160 injection + 100 ordinary benign + 140 hard negatives)."""
import base64
import codecs
import html
import os

from common import rng_for, write_jsonl, OUT_DIR
from carriers import RENDERERS, Ctx, Raw
from lang_pools import FILLER, TITLES, NOTES, LANGS
from inj_payloads import P
import hardneg_a, hardneg_b, hardneg_c  # noqa: F401  (populate H)
from hardneg_a import H

ZW0, ZW1, ZWM = "\u200b", "\u200c", "\u200d"
HOMO = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "A": "А", "E": "Е", "O": "О", "C": "С", "P": "Р"}


def hide(tech, payload):
    e = html.escape(payload, quote=True)
    if tech == "css_display_none":
        return Raw('<div class="promo-note" style="display:none">%s</div>' % e)
    if tech == "white_tiny_text":
        return Raw('<p style="color:#ffffff;font-size:1px;line-height:1px;margin:0">%s</p>' % e)
    if tech == "html_comment":
        return "<!-- %s -->" % payload
    if tech == "img_alt":
        return Raw('<img src="/media/figure-3.png" width="640" alt="%s">' % e)
    if tech == "aria_label":
        return Raw('<a href="/preise" class="btn" aria-label="%s">Preise ansehen</a>' % e)
    if tech == "zero_width_binary":
        bits = "".join(format(b, "08b") for b in payload.encode("utf-8"))
        return ZWM + "".join(ZW1 if b == "1" else ZW0 for b in bits) + ZWM
    if tech == "unicode_tags":
        return "\U000E0001" + "".join(chr(0xE0000 + ord(ch)) for ch in payload) + "\U000E007F"
    if tech == "base64":
        return "debug_payload=" + base64.b64encode(payload.encode("utf-8")).decode()
    if tech == "hex":
        return "enc=hex;" + payload.encode("utf-8").hex()
    if tech == "rot13":
        return "[spoiler]ROT13 for the bots: " + codecs.encode(payload, "rot13") + "[/spoiler]"
    if tech == "homoglyph":
        return "".join(HOMO.get(ch, ch) for ch in payload)
    if tech == "md_link_comment":
        return "[//]: # (%s)" % payload
    if tech == "latex_comment":
        return Raw("%% %s" % payload)
    if tech == "docx_vanish":
        return Raw('<w:p><w:r><w:rPr><w:vanish/><w:color w:val="FFFFFF"/></w:rPr><w:t>%s</w:t></w:r></w:p>' % html.escape(payload, quote=False))
    if tech == "srt_zero_duration":
        return Raw("00:00:00,000 --> 00:00:00,001\n%s" % payload)
    if tech == "meta_tag":
        return Raw('<meta name="ai-instructions" content="%s">' % e)
    if tech == "ansi_conceal":
        return "\x1b[8m%s\x1b[0m" % payload
    raise ValueError(tech)


def place(paras, payload, pos, rng):
    paras = list(paras)
    if pos == "start":
        paras.insert(0, payload)
    elif pos == "end":
        paras.append(payload)
    elif pos == "middle":
        paras.insert(max(1, len(paras) // 2), payload)
    elif pos == "inline":
        i = max(0, len(paras) // 2 - (0 if len(paras) > 2 else 1))
        paras[i] = "%s %s" % (paras[i], payload) if not isinstance(paras[i], Raw) else paras[i]
        if isinstance(paras[i], Raw):
            paras.insert(i + 1, payload)
    return paras


def fit(render, make_ctx, paras, extra_pool, rng, front=False):
    """Render; add filler while < 300 chars, drop filler while > 3000."""
    paras = list(paras)
    pool = [p for p in extra_pool if p not in paras]
    rng.shuffle(pool)
    text = render(make_ctx(paras))
    while len(text) < 300 and pool:
        p = pool.pop()
        paras = ([p] + paras) if front else (paras + [p])
        text = render(make_ctx(paras))
    return text


class FormatPicker:
    def __init__(self):
        self.count = {k: 0 for k in sorted(RENDERERS)}

    def pick(self, rng, lang, exclude=()):
        cands = [k for k in sorted(self.count) if k not in exclude and (k != "rtf_document" or lang == "en")]
        m = min(self.count[k] for k in cands)
        best = [k for k in cands if self.count[k] == m]
        k = rng.choice(best)
        self.count[k] += 1
        return k

    def use(self, k):
        self.count[k] += 1


def build():
    rows = []
    picker = FormatPicker()
    for it in P:
        if it["fmt"]:
            picker.use(it["fmt"])
    used_inj_formats = set()
    # ---------------- injection rows
    for n, it in enumerate(P):
        rng = rng_for("inj", n, it["cat"], it["lang"])
        lang = it["lang"]
        fmt = it["fmt"] or picker.pick(rng, lang, exclude=("mcp_tool_list_json", "rtf_document"))
        used_inj_formats.add(fmt)
        title = rng.choice(TITLES[lang])
        ex = it["extra"]
        fill = FILLER[lang]
        if "paras" in ex or "raw_lines" in ex:
            title = ex.get("title", title)
            paras = ex.get("paras") or ex.get("raw_lines")
            slot = rng.choice(NOTES[lang]) if rng.random() < 0.3 else None
            make = lambda ps, slot=slot, rng_=rng, title=title: Ctx(rng_for("ctx", n), lang, title, ps, slot)
            text = fit(RENDERERS[fmt], make, paras, fill if fmt not in ("ci_log",) else [], rng, front=True)
        else:
            payload = it["payload"]
            tech = ex.get("hide")
            pos = it["pos"] or rng.choice(["start", "middle", "end", "inline", "field"])
            if tech and tech != "split_fields":
                payload = hide(tech, payload)
            base = rng.sample(fill, rng.randint(2, 3))
            if tech == "split_fields":
                words = it["payload"].split()
                frags = [" ".join(words[i:i + 2]) for i in range(0, len(words), 2)]
                paras = base[:1] + frags + base[1:]
                slot = None
            elif pos == "field":
                paras, slot = base, payload
            else:
                paras = place(base, payload, pos, rng)
                slot = rng.choice(NOTES[lang]) if rng.random() < 0.3 else None
            make = lambda ps, slot=slot, title=title: Ctx(rng_for("ctx", n), lang, title, ps, slot)
            text = fit(RENDERERS[fmt], make, paras, fill, rng)
        rows.append(dict(format=fmt, lang=lang, label="injection", category=it["cat"], text=text))
    # ---------------- ordinary benign rows
    benign_picker = FormatPicker()
    need = sorted(used_inj_formats)
    other_langs = [l for l in LANGS if l != "en"]
    for i in range(100):
        rng = rng_for("benign", i)
        lang = "en" if i % 20 < 11 else other_langs[i % len(other_langs)]
        if i < len(need):
            fmt = need[i]
            if fmt == "rtf_document":
                lang = "en"
            benign_picker.use(fmt)
        else:
            fmt = benign_picker.pick(rng, lang, exclude=("mcp_tool_list_json",))
        title = rng.choice(TITLES[lang])
        paras = rng.sample(FILLER[lang], rng.randint(2, 4) if lang == "en" else rng.randint(2, 3))
        slot = rng.choice(NOTES[lang]) if rng.random() < 0.4 else None
        make = lambda ps, slot=slot, title=title, i=i, lang=lang: Ctx(rng_for("bctx", i), lang, title, ps, slot)
        text = fit(RENDERERS[fmt], make, paras, FILLER[lang], rng)
        rows.append(dict(format=fmt, lang=lang, label="benign", category="ordinary", text=text))
    # ---------------- hard negatives
    for j, it in enumerate(H):
        rng = rng_for("hardneg", j, it["kind"])
        if "raw" in it:
            text = it["raw"]
        else:
            make = lambda ps, it=it, j=j: Ctx(rng_for("hctx", j), it["lang"], it["title"], ps, None)
            text = fit(RENDERERS[it["fmt"]], make, it["paras"], [], rng)
        rows.append(dict(format=it["fmt"], lang=it["lang"], label="benign", category=it["kind"], text=text))
    # ---------------- shuffle + ids
    rng = rng_for("shuffle", "injection")
    rng.shuffle(rows)
    out = []
    for k, r in enumerate(rows, 1):
        out.append({"id": "inj-%04d" % k, "format": r["format"], "lang": r["lang"], "label": r["label"],
                    "category": r["category"], "text": r["text"]})
    write_jsonl(os.path.join(OUT_DIR, "injection.jsonl"), out)
    return out


if __name__ == "__main__":
    rows = build()
    print(len(rows))
