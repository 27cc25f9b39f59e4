"""Shared helper for hand-written rows. Company: Kestrel Ridge Components (fictional),
domains kestrelridge.example, krc-corp.example; vendors and attackers use other .example domains."""

def R(fmt, lang, label, category, text, kind):
    return {"format": fmt, "lang": lang, "label": label, "category": category,
            "kind": kind, "text": text.strip("\n")}

def INJ(fmt, lang, category, technique, text):
    return R(fmt, lang, "injection", category, text, technique)

def NEG(fmt, lang, kind, text):
    return R(fmt, lang, "benign", "hard_negative", text, kind)

def ORD(fmt, lang, kind, text):
    return R(fmt, lang, "benign", "ordinary", text, kind)
