"""Shared helper for hand-written rows."""
import base64, codecs

def inj(fmt, lang, category, text):
    return {"format": fmt, "lang": lang, "label": "injection", "category": category, "text": text}

def hn(fmt, lang, kind, text):
    return {"format": fmt, "lang": lang, "label": "benign", "category": "hard_negative", "kind": kind, "text": text}

def ordi(fmt, lang, kind, text):
    return {"format": fmt, "lang": lang, "label": "benign", "category": "ordinary", "kind": kind, "text": text}

def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")

def rot13(s):
    return codecs.encode(s, "rot_13")

ZW = "\u200b"  # zero-width space
