"""Shared helpers for the heldout28 generator. All texts are hand-written in the row modules."""
import base64
import codecs


def _clean(text):
    return text.strip("\n")


def inj(fmt, lang, cat, text):
    return {"format": fmt, "lang": lang, "label": "injection", "category": cat, "text": _clean(text)}


def neg(fmt, lang, kind, text):
    return {"format": fmt, "lang": lang, "label": "benign", "category": "hard_negative", "kind": kind, "text": _clean(text)}


def ordn(fmt, lang, kind, text):
    return {"format": fmt, "lang": lang, "label": "benign", "category": "ordinary", "kind": kind, "text": _clean(text)}


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def spaced(s):
    """Letter-spacing obfuscation: letters separated by one space, words by three."""
    return "   ".join(" ".join(word) for word in s.split(" "))


_HOMO = str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
                       "c": "\u0441", "i": "\u0456", "x": "\u0445", "y": "\u0443"})


def homoglyph(s):
    """Replace Latin letters by look-alike Cyrillic letters."""
    return s.translate(_HOMO)


def rot13(s):
    return codecs.encode(s, "rot13")


def rev(s):
    return s[::-1]
