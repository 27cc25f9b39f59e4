"""Shared helpers for the heldout27 generators.

All key material and personal values are drawn from system randomness
(random.SystemRandom); the only fixed seed is the one used to shuffle rows.
"""
import base64
import datetime as _dt
import hashlib
import json
import random
import string
import uuid

R = random.SystemRandom()

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DI = string.digits
HEX = "0123456789abcdef"
ALNUM = UP + LO + DI
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UP + "234567"


def rs(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def hexs(n):
    return rs(n, HEX)


def HEXU(n):
    return rs(n, HEX.upper())


def digits(n, first_nonzero=False):
    s = rs(n, DI)
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def b64bytes(n, urlsafe=False, pad=True):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    s = base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)
    s = s.decode()
    return s if pad else s.rstrip("=")


def b64enc(s, urlsafe=False, pad=True):
    b = s.encode() if isinstance(s, str) else s
    out = (base64.urlsafe_b64encode(b) if urlsafe else base64.b64encode(b)).decode()
    return out if pad else out.rstrip("=")


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def pick(seq):
    return R.choice(seq)


_CLOCK = [None]


def reset_clock():
    """Start a fresh per-row clock so that log lines within one text are in order."""
    _CLOCK[0] = _dt.datetime(2024, 1, 1) + _dt.timedelta(seconds=R.randint(0, 560 * 86400))


def ts(fmt="%Y-%m-%dT%H:%M:%SZ", start=None, days=560, step=(1, 90)):
    """Without `start`: next reading of the per-row clock (monotonic). With `start`: independent random date."""
    if start is None:
        if _CLOCK[0] is None:
            reset_clock()
        _CLOCK[0] += _dt.timedelta(seconds=R.randint(*step))
        return _CLOCK[0].strftime(fmt)
    base = _dt.datetime(*start)
    d = base + _dt.timedelta(seconds=R.randint(0, days * 86400))
    return d.strftime(fmt)


def rand_dt(start=(2024, 1, 1), days=560):
    return _dt.datetime(*start) + _dt.timedelta(seconds=R.randint(0, days * 86400))


def jwt(payload, alg="HS256", sig_len=None):
    header = {"alg": alg, "typ": "JWT"}
    h = b64enc(json.dumps(header, separators=(",", ":")), urlsafe=True, pad=False)
    p = b64enc(json.dumps(payload, separators=(",", ":")), urlsafe=True, pad=False)
    if sig_len is None:
        sig_len = 43 if alg.startswith("HS") or alg == "ES256" else 342
    s = rs(sig_len, B64URL)
    return f"{h}.{p}.{s}"


def epoch(start=None, days=560):
    if start is None:
        if _CLOCK[0] is None:
            reset_clock()
        _CLOCK[0] += _dt.timedelta(seconds=R.randint(1, 90))
        return int(_CLOCK[0].replace(tzinfo=_dt.timezone.utc).timestamp())
    return int(rand_dt(start, days).timestamp())


# ---------- fictional people & orgs ----------
FIRST = ["Maren", "Tobias", "Ines", "Kwame", "Yuki", "Priya", "Leandro", "Saoirse", "Dmitri", "Amara",
         "Joaquin", "Freya", "Hamza", "Liesel", "Rohan", "Noor", "Callum", "Bianca", "Tariq", "Elodie",
         "Mateus", "Sunniva", "Oluwaseun", "Kasia", "Henrik", "Mei", "Anselm", "Zofia", "Ravi", "Ottilie",
         "Dario", "Wren", "Ayumi", "Benedikt", "Carmela", "Idris", "Linnea", "Gideon", "Paloma", "Emeka",
         "Agnieszka", "Thiago", "Rosalind", "Kenji", "Fatou", "Lorcan", "Annika", "Vikram", "Solveig", "Marisol"]
LAST = ["Okonkwo", "Vasquez-Lind", "Brannigan", "Thorvaldsen", "Achterberg", "Nakashima", "Delacroix", "Mbeki",
        "Kowalczyk", "Ferreira", "Lindqvist", "Abernathy", "Castellano", "Haverkamp", "Iyer", "Quennell",
        "Rautio", "Szabo", "Trevelyan", "Underhill", "Valtonen", "Winterbourne", "Yilmaz", "Zamora",
        "Balogun", "Cheng", "Dunmore", "Esposito", "Fairweather", "Gallagher", "Hollis", "Ishikawa",
        "Jablonski", "Kerrigan", "Laurent", "Moretti", "Nygaard", "Oyelaran", "Pemberton", "Rasmussen"]
ORGS = [("Quillbrook Analytics", "quillbrook.io"), ("Harrowgate Freight", "harrowgate-freight.com"),
        ("Lumenfold Health", "lumenfold.health"), ("Brackenridge Outfitters", "brackenridge-outfitters.com"),
        ("Tidewell Energy", "tidewell-energy.co"), ("Orrin & Vale Legal", "orrinvale.law"),
        ("Copperlark Games", "copperlark.gg"), ("Nimbleroot Foods", "nimbleroot.net"),
        ("Saltmarsh Insurance", "saltmarsh-ins.com"), ("Velloway Travel", "velloway.travel"),
        ("Peregrine Ledger", "peregrineledger.com"), ("Mossgate Pharmacy", "mossgate-rx.com"),
        ("Kestrel Robotics", "kestrelbots.ai"), ("Ambervale Homes", "ambervale-homes.co.uk"),
        ("Driftwood Coffee Co", "driftwoodcoffee.shop"), ("Fenwick & Rye", "fenwickrye.de"),
        ("Glasshaus Studio", "glasshaus.studio"), ("Orchard Lane Dental", "orchardlanedental.com"),
        ("Starling Freightways", "starlingfw.com.au"), ("Ironbark Payroll", "ironbarkpayroll.com")]


def person():
    return pick(FIRST), pick(LAST)


def org():
    return pick(ORGS)


def slug(s):
    return "".join(c for c in s.lower().replace(" ", "-") if c.isalnum() or c == "-")
