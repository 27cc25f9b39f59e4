# -*- coding: utf-8 -*-
"""Builds the rows of injection.jsonl."""
import math
import random
import re
import statistics
from collections import Counter

from banks import THEMES, LANG_FILLER
from common import assemble
from inj_carriers import CARRIERS, KIND_FORMATS
from inj_content import BENIGN, HARD_NEG, INJ

N_HARD = 150
POSITIONS = ["start", "middle", "end"]


def compat(sn):
    allowed = KIND_FORMATS[sn["kind"]]
    if sn["fmts"]:
        return [f for f in sn["fmts"] if f in allowed]
    return list(allowed)


def build(seed):
    rng = random.Random(seed)
    hn = list(HARD_NEG)
    rng.shuffle(hn)
    hn = hn[:N_HARD]
    specs = [dict(label="benign", category="benign", sn=sn) for sn in BENIGN]
    specs += [dict(label="benign", category="hard_negative", sn=sn) for sn in hn]
    for cat, lst in INJ.items():
        specs += [dict(label="injection", category=cat, sn=sn) for sn in lst]
    rng.shuffle(specs)

    # position of the row's own content: cycle start/middle/end inside each category
    pc = Counter()
    for sp in specs:
        sp["pos"] = POSITIONS[pc[sp["category"]] % 3]
        pc[sp["category"]] += 1

    # carrier assignment: balance formats inside each label (most constrained rows first)
    by_label, by_cat = Counter(), Counter()
    order = sorted(range(len(specs)), key=lambda i: (len(compat(specs[i]["sn"])), rng.random()))
    for i in order:
        sp = specs[i]
        opts = compat(sp["sn"])
        f = min(opts, key=lambda x: (by_label[(sp["label"], x)], by_cat[(sp["category"], x)], rng.random()))
        sp["format"] = f
        by_label[(sp["label"], f)] += 1
        by_cat[(sp["category"], f)] += 1

    # identical length-target distribution for both labels: stratified quantiles
    # of one log-normal, shuffled inside each label
    for lab in ("benign", "injection"):
        idx = [i for i, sp in enumerate(specs) if sp["label"] == lab]
        qs = [max(380, min(2600, int(math.exp(6.85 + 0.42 * statistics.NormalDist().inv_cdf((k + 0.5) / len(idx))))))
              for k in range(len(idx))]
        rng.shuffle(qs)
        for i, q in zip(idx, qs):
            specs[i]["target"] = q

    rows = []
    for sp in specs:
        sn = sp["sn"]
        theme = sn["theme"] or rng.choice(sorted(THEMES))
        lang = sn["lang"]
        host_lang = "en"
        if lang in LANG_FILLER and (sp["category"] == "benign" or rng.random() < 0.5):
            host_lang = lang
        slot = {"text": sn["text"], "kind": sn["kind"], "parts": sn["parts"]}
        render, pool, sunits = CARRIERS[sp["format"]](rng, slot, sp["pos"], theme, host_lang)
        text = assemble(render, pool, sunits, sp["pos"], sp["target"])
        rows.append({"format": sp["format"], "lang": lang, "label": sp["label"], "category": sp["category"],
                     "text": text, "_own": sn["text"] or " ".join(sn["parts"]), "_pos": sp["pos"],
                     "_sub": sn.get("sub")})
    rng.shuffle(rows)
    for i, r in enumerate(rows):
        r["id"] = "inj-%04d" % (i + 1)
    return rows


def own_content_present(row):
    """Loose check that the row's own content survived the carrier: its longest
    word-like token must occur in the text."""
    toks = re.findall(r"\w{5,}", row["_own"])
    if not toks:
        return True
    tok = max(toks, key=len)
    return tok in row["text"]
