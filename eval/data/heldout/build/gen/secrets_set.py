"""Assemble secrets.jsonl rows."""
from .common import Ctx
from .secrets_neg import NEG
from .secrets_pos import POS
from .shapes import Shapes

N_POS = 90
N_NEG = 110


def build(fresh=False):
    c = Ctx("secrets", fresh)
    s = Shapes(c.d)
    rows, seen = [], set()

    def run(fns, target, label):
        out = []
        order = list(fns)
        extra = []
        while len(out) < target:
            if not order:
                extra = list(fns)
                c.r.shuffle(extra)
                order = extra
            fn = order.pop(0)
            res = fn(c, s)
            if label == "secret":
                fmt, cat, text, secs = res
            else:
                fmt, cat, text = res
                secs = []
            if text in seen:
                continue
            seen.add(text)
            out.append({"id": None, "format": fmt, "label": label, "secrets": secs, "category": cat, "text": text})
        return out

    rows = run(POS, N_POS, "secret") + run(NEG, N_NEG, "clean")
    c.r.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"sec-{i:03d}"
    return rows
