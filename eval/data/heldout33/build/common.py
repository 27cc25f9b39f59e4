ROWS = []
def R(fmt, lang, label, cat, kind, text):
    ROWS.append(dict(format=fmt, lang=lang, label=label, category=cat, kind=kind, text=text.strip("\n")))
def I(fmt, lang, goal, kind, text):
    R(fmt, lang, "injection", goal, kind, text)
def H(fmt, lang, kind, text):
    R(fmt, lang, "benign", "hard_negative", kind, text)
def O(fmt, lang, kind, text):
    R(fmt, lang, "benign", "ordinary", kind, text)
