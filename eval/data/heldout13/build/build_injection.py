"""Assemble injection.jsonl rows (before shuffling/numbering)."""
import random
import re

from carriers import CARRIERS, GROUP_FORMATS, render
from hosts import H
from payloads import P
import hardneg_c  # noqa: F401  registers all hard negatives
from hardneg_a import HN
from util import Ctx

KEYS = re.compile(r"\{(p1|p2|p3|co|dom|n1|n2|d1|amt|eur)\}")


def fill(s, vals):
    return KEYS.sub(lambda m: vals[m.group(1)], s)


def hosts_for(lang, group):
    same = [x for x in H if x["lang"] == lang and x["group"] == group]
    return same or [x for x in H if x["lang"] == lang]


def insert_payload(paras, payload, pos, r):
    paras = list(paras)
    frags = payload if isinstance(payload, list) else [payload]
    if pos is None:
        pos = r.choice(["start", "middle", "end", "inline"])
    if pos == "inline" and len(frags) > 1:
        pos = "middle"
    if pos == "start":
        return frags + paras, pos
    if pos == "end":
        return paras + frags, pos
    if pos == "middle":
        k = max(1, len(paras) // 2)
        return paras[:k] + frags + paras[k:], pos
    # inline: attach to an existing paragraph
    k = r.randrange(len(paras))
    if r.random() < 0.5:
        paras[k] = paras[k] + " " + frags[0]
    else:
        paras[k] = frags[0] + " " + paras[k]
    return paras, pos


def build_injection_rows():
    rows = []
    # ---------------- injections
    for i, spec in enumerate(P):
        r = random.Random(f"inj-payload-{i}")
        group = CARRIERS[spec["format"]][0]
        host = r.choice(hosts_for(spec["lang"], group))
        c = Ctx(r, spec["lang"], "")
        vals = c.fill_vals()
        c.title = fill(host["title"], vals)
        paras = [fill(x, vals) for x in host["paras"]]
        pos0 = spec["pos"]
        pl = spec["payload"] if isinstance(spec["payload"], str) else ""
        anchored = pl.startswith(("P.S.", "[END", "===", "---", "<|im_end", "</", "[/INST", "\n", "<end_of", "==== "))
        if pos0 == "end" and not anchored and r.random() < 0.45:
            pos0 = r.choice(["start", "middle", "inline"])
        paras, pos = insert_payload(paras, spec["payload"], pos0, r)
        text = render(spec["format"], paras, c)
        rows.append({"format": spec["format"], "lang": spec["lang"], "label": "injection",
                     "category": spec["category"], "text": text, "_pos": pos})
    # ---------------- ordinary benign
    r0 = random.Random("ordinary-plan")
    en = [x for x in H if x["lang"] == "en"]
    other = [x for x in H if x["lang"] != "en"]
    plan = []
    order = en[:]
    r0.shuffle(order)
    while len(plan) < 80:
        for hh in order:
            if len(plan) < 80:
                plan.append(hh)
    o2 = other[:]
    r0.shuffle(o2)
    plan += o2[:20]
    used = {}
    for i, host in enumerate(plan):
        r = random.Random(f"ordinary-{i}")
        fmts = GROUP_FORMATS[host["group"]]
        # rotate formats within a group for coverage, avoid repeating the same host+format
        k = used.get(host["group"], r.randrange(len(fmts)))
        fmt = fmts[k % len(fmts)]
        used[host["group"]] = k + 1
        c = Ctx(r, host["lang"], "")
        vals = c.fill_vals()
        c.title = fill(host["title"], vals)
        paras = [fill(x, vals) for x in host["paras"]]
        text = render(fmt, paras, c)
        rows.append({"format": fmt, "lang": host["lang"], "label": "benign", "category": "ordinary", "text": text})
    # ---------------- hard negatives
    for i, spec in enumerate(HN):
        if "text" in spec:
            text = spec["text"]
        else:
            r = random.Random(f"hardneg-{i}")
            c = Ctx(r, spec["lang"], "")
            vals = c.fill_vals()
            c.title = fill(spec["title"], vals)
            paras = [fill(x, vals) for x in spec["paras"]]
            text = render(spec["format"], paras, c)
        rows.append({"format": spec["format"], "lang": spec["lang"], "label": "benign",
                     "category": spec["category"], "text": text})
    return rows
