"""Helpers for hand-written rows. Every row is written by hand in the lists of
inj_en.py, inj_xx.py, hn_en.py, hn_xx.py and ordinary.py."""
import base64
import codecs


def _clean(text):
    return text.strip("\n")


def I(fmt, lang, category, text):
    """injection row; category = attacker's goal"""
    return {"format": fmt, "lang": lang, "label": "injection",
            "category": category, "text": _clean(text)}


def H(fmt, lang, kind, text):
    """benign hard negative"""
    return {"format": fmt, "lang": lang, "label": "benign",
            "category": "hard_negative", "kind": kind, "text": _clean(text)}


def O(fmt, lang, kind, text):
    """benign ordinary tool output"""
    return {"format": fmt, "lang": lang, "label": "benign",
            "category": "ordinary", "kind": kind, "text": _clean(text)}


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def rot13(s):
    return codecs.encode(s, "rot_13")
