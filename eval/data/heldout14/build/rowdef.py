def R(category, fmt, lang, text, label="injection"):
    return {"format": fmt, "lang": lang, "label": label, "category": category, "text": text}


def tags_encode(s):
    """Encode ASCII text as invisible Unicode tag characters (U+E0000 block)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def rot13(s):
    out = []
    for c in s:
        o = ord(c)
        if 65 <= o <= 90:
            out.append(chr((o - 65 + 13) % 26 + 65))
        elif 97 <= o <= 122:
            out.append(chr((o - 97 + 13) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)


def zw_interleave(s, zw="\u200b"):
    return zw.join(s)
