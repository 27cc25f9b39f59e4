"""Build injection.jsonl (400 rows)."""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import inj_authority
import inj_exfil
import inj_fakesys
import inj_hardneg_1
import inj_hardneg_2
import inj_hardneg_3
import inj_hardneg_4
import inj_hidden
import inj_ordinary_a
import inj_ordinary_b
import inj_override
import inj_persona
import inj_social
import inj_tamper
import inj_tool

SEED = 140014


def build():
    rows = []
    for m in (inj_exfil, inj_tool, inj_tamper, inj_override, inj_persona, inj_fakesys, inj_authority,
              inj_social, inj_hidden, inj_ordinary_a, inj_ordinary_b, inj_hardneg_1, inj_hardneg_2,
              inj_hardneg_3, inj_hardneg_4):
        rows.extend(m.rows())
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "inj-%04d" % i, "format": r["format"], "lang": r["lang"], "label": r["label"],
                    "category": r["category"], "text": r["text"]})
    return out


def write(path):
    rows = build()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rows = write(os.path.join(os.path.dirname(HERE), "injection.jsonl"))
    print("injection rows:", len(rows))
