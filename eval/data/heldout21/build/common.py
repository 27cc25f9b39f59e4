ROWS = []
def R(fmt, lang, category, text, kind=None):
    label = "benign" if category in ("hard_negative", "ordinary") else "injection"
    d = {"format": fmt, "lang": lang, "label": label, "category": category, "text": text.strip("\n")}
    if kind:
        d["kind"] = kind
    ROWS.append(d)
