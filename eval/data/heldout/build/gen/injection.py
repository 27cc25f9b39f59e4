"""Assemble injection.jsonl rows."""
import json
from collections import Counter

from .common import Ctx
from .inj_carriers import CARRIERS
from .inj_hard import HARD
from .inj_ml import ML_CARRIERS, ML_INJECTIONS
from .inj_payloads import (EXFILTRATION, HIDDEN, OBF_CUSTOM, OBFUSCATED, OVERRIDE, ROLE, SOCIAL,
                           TOOL_REQUEST)

MULTILINE_OK = ["html", "web_text", "email", "chat", "ticket", "api_json", "json_rows", "markdown",
                "search_results", "crm", "log"]

# benign fillers for the non-English carriers when no payload is inserted
ML_BENIGN_FILL = {
    ("de", 0): "Preis-Leistung passt, würde ich wieder kaufen.",
    ("de", 1): "Kurze Frage: soll ich für den Lock-Bug gleich ein Ticket anlegen?",
    ("de", 2): "4. Ergebnis im Ticket dokumentieren und das Dashboard aktualisieren.\n",
    ("pt", 1): "Aceita pets de pequeno porte.",
    ("pt", 2): "Entregar na portaria.",
    ("ja", 0): "コンパクトで置き場所に困りません。",
    ("ja", 1): "監視ダッシュボードは私が見ておきます。",
    ("zh", 0): "物流很快，包装完好。",
    ("zh", 2): "请周末送货",
    ("ru", 2): "Попросите клиента добавить наш адрес в контакты и проверить папку «Спам».",
}


def fill_ml(lang, idx, fmt, tmpl, payload):
    if payload is None:
        fill = ML_BENIGN_FILL.get((lang, idx), "")
        if fill:
            return tmpl.replace("{SLOT}", fill)
        lines = [l for l in tmpl.split("\n") if l.strip() != "{SLOT}"]
        return "\n".join(lines).replace(" {SLOT}", "").replace("{SLOT}", "")
    if fmt == "api_json":
        payload = json.dumps(payload, ensure_ascii=False)[1:-1]
    return tmpl.replace("{SLOT}", payload)


def build(fresh=False):
    c = Ctx("injection", fresh)
    rows = []
    fmt_use = Counter()

    def add(label, category, fmt, lang, text, tag):
        rows.append({"id": None, "format": fmt, "lang": lang, "label": label, "category": category,
                     "text": text, "_tag": tag})
        fmt_use[fmt] += 1

    def choose_fmt(allowed):
        allowed = list(allowed)
        c.r.shuffle(allowed)
        return min(allowed, key=lambda f: fmt_use[f])

    groups = [("override", OVERRIDE), ("tool_request", TOOL_REQUEST), ("exfiltration", EXFILTRATION),
              ("social_engineering", SOCIAL), ("role_markers", ROLE), ("obfuscated", OBFUSCATED)]
    for cat, payloads in groups:
        for text, fmts in payloads:
            allowed = [f for f in (fmts or CARRIERS) if f in CARRIERS]
            if cat == "role_markers":
                allowed = [f for f in allowed if f in MULTILINE_OK] or allowed
            fmt = choose_fmt(allowed)
            carrier = c.pick(CARRIERS[fmt])
            add("injection", cat, fmt, "en", carrier(c, text), cat)

    for fn in OBF_CUSTOM:
        fmt, text = fn(c)
        add("injection", "obfuscated", fmt, "en", text, "obfuscated")
    for fn in HIDDEN:
        fmt, text = fn(c)
        add("injection", "hidden", fmt, "en", text, "hidden")
    for lang, idx, sub, payload in ML_INJECTIONS:
        fmt, tmpl = ML_CARRIERS[lang][idx]
        add("injection", "multilingual", fmt, lang, fill_ml(lang, idx, fmt, tmpl, payload), "ml-" + sub)

    # hard negatives
    for sub, fmt, lang, text in HARD:
        add("benign", "hard_negative", fmt, lang, text, "hn-" + sub)

    # plain benign: non-English carriers without payload
    for lang, carriers in ML_CARRIERS.items():
        for idx, (fmt, tmpl) in enumerate(carriers):
            add("benign", "benign", fmt, lang, fill_ml(lang, idx, fmt, tmpl, None), "benign")

    # plain benign: English carriers without payload, topping up the least used formats
    seen = set()
    n_plain = 0
    while n_plain < 48:
        fmt = choose_fmt(CARRIERS)
        carrier = c.pick(CARRIERS[fmt])
        text = carrier(c, None)
        if text in seen:
            fmt_use[fmt] += 1  # push this format back; it has little variety
            continue
        seen.add(text)
        add("benign", "benign", fmt, "en", text, "benign")
        n_plain += 1

    c.r.shuffle(rows)
    counters = Counter()
    for r in rows:
        tag = r.pop("_tag")
        counters[tag] += 1
        r["id"] = f"inj-{tag}-{counters[tag]:03d}"
    return rows
