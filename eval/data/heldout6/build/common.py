# -*- coding: utf-8 -*-
"""Small helpers shared by the three generators (standard library only)."""
import datetime
import re
import string
import textwrap

DIG = string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B64 = UPPER + LOWER + DIG + "+/"
B64URL = UPPER + LOWER + DIG + "-_"
B32 = UPPER + "234567"


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b62(num, width=6):
    s = ""
    while num:
        num, r = divmod(num, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def rand_dt(rng, start=(2023, 1, 1), end=(2025, 6, 30)):
    a = datetime.datetime(*start)
    b = datetime.datetime(*end)
    return a + datetime.timedelta(seconds=rng.randrange(int((b - a).total_seconds())))


def place(units, ins, pos):
    """Insert the row's own units at the start, middle or end of the filler units."""
    n = len(units)
    if pos == "start":
        i = 0
    elif pos == "end":
        i = n
    else:
        i = (n + 1) // 2
    return list(units[:i]) + list(ins) + list(units[i:])


def assemble(render, pool, sunits, pos, target, lo=150, hi=3000):
    """Grow the filler until the rendered text reaches `target` characters
    (never above `hi`)."""
    kmin = 2 if pos == "middle" else 1
    kmin = min(kmin, len(pool))
    best = None
    for k in range(kmin, len(pool) + 1):
        t = render(place(pool[:k], sunits, pos))
        if len(t) > hi:
            break
        best = t
        if len(t) >= target:
            break
    if best is None:
        for k in range(kmin - 1, -1, -1):
            t = render(place(pool[:k], sunits, pos))
            if len(t) <= hi:
                best = t
                break
    if best is None:
        best = render(place([], sunits, pos))
    return best


def one_line(s):
    return re.sub(r"[ \t]*\n[ \t]*", " ", s).strip()


def indent(s, pre):
    return "\n".join(pre + line if line else pre.rstrip() for line in s.split("\n"))


def wrap(s, width=88):
    out = []
    for para in s.split("\n"):
        out.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False) or [""])
    return out


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise ValueError(partial)


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def target_len(rng):
    """Common length target for every row of a set, so length never
    gives the label away."""
    v = int(rng.lognormvariate(6.85, 0.42))
    return max(380, min(2600, v))
