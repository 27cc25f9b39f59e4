ROWS = []
def I(fmt, lang, cat, text):
    ROWS.append(dict(format=fmt, lang=lang, label="injection", category=cat, text=text.strip("\n")))
def H(fmt, lang, kind, text):
    ROWS.append(dict(format=fmt, lang=lang, label="benign", category="hard_negative:" + kind, text=text.strip("\n")))
def O(fmt, lang, kind, text):
    ROWS.append(dict(format=fmt, lang=lang, label="benign", category="ordinary:" + kind, text=text.strip("\n")))
