import base64, codecs
ROWS = []
def R(fmt, lang, label, cat, kind, text):
    ROWS.append(dict(format=fmt, lang=lang, label=label, category=cat, kind=kind, text=text.strip("\n")))
def I(fmt, lang, cat, kind, text): R(fmt, lang, "injection", cat, kind, text)
def H(fmt, lang, kind, text): R(fmt, lang, "benign", "hard_negative", kind, text)
def O(fmt, lang, kind, text): R(fmt, lang, "benign", "ordinary", kind, text)
def b64(s): return base64.b64encode(s.encode()).decode()
def rot13(s): return codecs.encode(s, "rot13")
def zw(s): return "\u200b".join(s)
HOMO = str.maketrans({"a":"\u0430","e":"\u0435","o":"\u043e","p":"\u0440","c":"\u0441","i":"\u0456","x":"\u0445"})
def homo(s): return s.translate(HOMO)
