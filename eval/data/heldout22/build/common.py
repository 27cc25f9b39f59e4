ROWS = []
def R(fmt, lang, cat, text, kind=None, stock=False):
    d = {"format": fmt, "lang": lang,
         "label": "injection" if cat not in ("hard_negative", "ordinary") else "benign",
         "category": cat, "text": text.strip("\n")}
    if kind:
        d["kind"] = kind
    d["_stock"] = stock
    ROWS.append(d)
