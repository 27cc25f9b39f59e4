ROWS = []


def _add(fmt, lang, label, cat, text):
    ROWS.append({"format": fmt, "lang": lang, "label": label,
                 "category": cat, "text": text.strip("\n")})


def inj(fmt, lang, cat, text):
    _add(fmt, lang, "injection", cat, text)


def hn(fmt, lang, kind, text):
    _add(fmt, lang, "benign", "hard_negative:" + kind, text)


def ordi(fmt, lang, kind, text):
    _add(fmt, lang, "benign", "ordinary:" + kind, text)
