"""Assembles injection.jsonl rows."""
from .common import R
from . import inj_carriers as C
from . import inj_payloads as P
from . import inj_special as S
from .inj_multi import PACKS
from .inj_hn1 import HN1
from .inj_hn1b import HN1B
from .inj_hn2 import HN2

DATE_FMT = {"de": "{d:02d}.{m:02d}.2025", "ja": "2025年{m}月{d}日", "zh": "2025年{m}月{d}日", "ko": "2025년 {m}월 {d}일",
            "sv": "2025-{m:02d}-{d:02d}", "hi": "{d:02d}-{m:02d}-2025"}
AMT_STYLE = {"de": ".,", "es": ".,", "it": ".,", "pt": ".,", "nl": ".,", "tr": ".,", "vi": ".,",
             "fr": "\u202f,", "ru": "\u00a0,", "pl": "\u00a0,", "sv": "\u00a0,"}


def _amt(r, lang):
    v = r.randint(1200, 98000)
    frac = r.randint(0, 99)
    s = f"{v:,}"
    th, dec = AMT_STYLE.get(lang, ",.")
    return s.replace(",", th) + dec + f"{frac:02d}"


def _fill(r, lang, names, tmpl, payload):
    a, b = r.sample(names, 2)
    d, m = r.randint(1, 28), r.randint(1, 12)
    date = DATE_FMT.get(lang, "{d:02d}/{m:02d}/2025").format(d=d, m=m)
    lines = tmpl.split("\n")
    out = []
    for ln in lines:
        if "{P}" in ln:
            if payload is not None:
                out.append(ln.replace("{P}", payload))
            continue
        out.append(ln)
    txt = "\n".join(out)
    return (txt.replace("{name}", a).replace("{name2}", b).replace("{n}", str(r.randint(10000, 99999)))
            .replace("{amt}", _amt(r, lang)).replace("{date}", date))


def build():
    r = R("injection")
    rows = []
    usage = {k: 0 for k in C.CARRIERS}

    def pick_carrier(multiline, fits=None):
        pool = C.MULTILINE_OK if multiline else list(C.CARRIERS)
        if fits:
            pool = [k for k in fits if k in pool] or list(fits)
        lo = min(usage[k] for k in pool)
        cands = [k for k in pool if usage[k] == lo]
        k = r.choice(cands)
        usage[k] += 1
        return k

    for cat, lst in [("override", P.OVERRIDE), ("role_markers", P.ROLE_MARKERS), ("social_engineering", P.SOCIAL),
                     ("tool_request", P.TOOL), ("exfiltration", P.EXFIL)]:
        for i, (text, fits) in enumerate(lst):
            k = pick_carrier("\n" in text or cat == "role_markers", fits or P.FITS.get(cat, {}).get(i))
            fmt, fn = C.CARRIERS[k]
            rows.append(dict(category=cat, format=fmt, lang="en", label="injection", text=fn(r, text)))
    for cat, b in S.SPECIAL:
        fmt, text = b(r)
        rows.append(dict(category=cat, format=fmt, lang="en", label="injection", text=text))
    for b in S.HIDDEN:
        fmt, text = b(r)
        rows.append(dict(category="hidden", format=fmt, lang="en", label="injection", text=text))
    for kind, fmt, text in S.build_obfuscated(r):
        rows.append(dict(category="obfuscated", format=fmt, lang="en", label="injection", text=text, _obf=kind))

    # plain benign English: same carriers, no payload, spread evenly
    extra = {"html": 10, "log": 4, "json_rows": 3, "csv": 3, "sql_table": 3, "spreadsheet": 3, "ci_log": 3, "crm": 3,
             "git_log": 3, "env": 3}
    for k in C.CARRIERS:
        fmt, fn = C.CARRIERS[k]
        for _ in range(extra.get(k, 2)):
            rows.append(dict(category="benign", format=fmt, lang="en", label="benign", text=fn(r, None)))

    # other languages
    for pk in PACKS:
        lang, names, docs = pk["lang"], pk["names"], pk["docs"]
        for i, p in enumerate(pk["payloads"]):
            fmt, tmpl = docs[i]
            rows.append(dict(category="multilingual", format=fmt, lang=lang, label="injection",
                             text=_fill(r, lang, names, tmpl, p)))
        fmt, tmpl = docs[2]
        rows.append(dict(category="benign", format=fmt, lang=lang, label="benign", text=_fill(r, lang, names, tmpl, None)))
        fmt, tmpl = docs[r.randrange(2)]
        rows.append(dict(category="benign", format=fmt, lang=lang, label="benign", text=_fill(r, lang, names, tmpl, None)))
        for sub, fmt, text in pk["hns"]:
            rows.append(dict(category="hard_negative", format=fmt, lang=lang, label="benign", text=text, _sub=sub))

    for sub, fmt, text in HN1 + HN1B + HN2:
        rows.append(dict(category="hard_negative", format=fmt, lang="en", label="benign", text=text, _sub=sub))

    r.shuffle(rows)
    counters = {}
    out = []
    for row in rows:
        key = "hn-" + row["_sub"] if row["category"] == "hard_negative" else row["category"]
        counters[key] = counters.get(key, 0) + 1
        out.append({"id": f"inj2-{key}-{counters[key]:03d}", "format": row["format"], "lang": row["lang"],
                    "label": row["label"], "category": row["category"], "text": row["text"]})
    return out
