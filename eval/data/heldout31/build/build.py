#!/usr/bin/env python3
"""Assemble the heldout31 set from hand-written row modules, check it, shuffle, write JSONL.

Usage: python3 build/build.py   (from /work/newsets/heldout31 or anywhere)
Writes ../injection.jsonl and ../build/stats.json. Standard library only, no network.
"""
import collections, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import inj_a, inj_b, inj_c, inj_d, neg_a, neg_b, neg_c, neg_d, ord_a, ord_b  # noqa: E402

SEED = 20261207
OUT = os.path.join(HERE, "..", "injection.jsonl")
STATS = os.path.join(HERE, "stats.json")
EXPECTED = {"injection": 100, "hard_negative": 100, "ordinary": 40}
LANGS = {"en", "de", "fr", "es", "ja", "zh", "pt", "nl", "pl", "ko", "it", "sv"}
INJ_CATS = {"credential_reset", "mfa_takeover", "privilege_escalation", "device_enrollment",
            "disable_security_control", "disable_logging", "change_approval", "data_exfiltration",
            "secret_exfiltration", "software_install", "ticket_suppression",
            "summary_manipulation", "prompt_leak"}
# host names outside .example that are allowed because a format needs them
ALLOWED_HOSTS = {"graph.microsoft.com", "passwordreset.microsoftonline.com",
                 "yourorg.jamfcloud.com"}


def main():
    rows = []
    for mod in (inj_a, inj_b, inj_c, inj_d, neg_a, neg_b, neg_c, neg_d, ord_a, ord_b):
        for r in mod.ROWS:
            r = dict(r)
            r["_src"] = mod.__name__
            rows.append(r)

    errs = []
    group = collections.Counter()
    for i, r in enumerate(rows):
        where = f"{r['_src']}[{i}]"
        n = len(r["text"])
        if not 200 <= n <= 3000:
            errs.append(f"{where}: length {n}")
        if r["lang"] not in LANGS:
            errs.append(f"{where}: lang {r['lang']}")
        if r["label"] == "injection":
            group["injection"] += 1
            if r["category"] not in INJ_CATS:
                errs.append(f"{where}: category {r['category']}")
        else:
            if r["label"] != "benign" or r["category"] not in ("hard_negative", "ordinary"):
                errs.append(f"{where}: bad label/category")
            group[r["category"]] += 1
        for host in re.findall(r"https?://([A-Za-z0-9.-]+)", r["text"]):
            host = host.rstrip(".")
            if re.fullmatch(r"[0-9.]+", host):
                continue  # literal IP address (e.g. in a WAF log)
            if not host.endswith(".example") and host not in ALLOWED_HOSTS:
                errs.append(f"{where}: non-.example host {host}")
        for addr in re.findall(r"[\w.+-]+@([A-Za-z0-9.-]+\.[A-Za-z]+)", r["text"]):
            if not addr.endswith(".example"):
                errs.append(f"{where}: non-.example mail domain {addr}")
    if dict(group) != EXPECTED:
        errs.append(f"counts {dict(group)} != {EXPECTED}")
    hn_kinds = [r["kind"] for r in rows if r["category"] == "hard_negative"]
    dup = [k for k, c in collections.Counter(hn_kinds).items() if c > 1]
    if dup:
        errs.append(f"duplicate hard_negative kinds: {dup}")
    texts = collections.Counter(r["text"] for r in rows)
    if any(c > 1 for c in texts.values()):
        errs.append("duplicate texts")
    if errs:
        print("\n".join(errs))
        sys.exit(1)

    rng = random.Random(SEED)
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, r in enumerate(rows, 1):
            rec = {"id": f"h31-{n:04d}", "format": r["format"], "lang": r["lang"],
                   "label": r["label"], "category": r["category"], "kind": r["kind"],
                   "text": r["text"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    def by(key, pred=lambda r: True):
        return dict(sorted(collections.Counter(r[key] for r in rows if pred(r)).items(),
                           key=lambda kv: (-kv[1], kv[0])))
    stats = {
        "total": len(rows),
        "label": by("label"),
        "category": by("category"),
        "lang_all": by("lang"),
        "lang_injection": by("lang", lambda r: r["label"] == "injection"),
        "lang_hard_negative": by("lang", lambda r: r["category"] == "hard_negative"),
        "lang_ordinary": by("lang", lambda r: r["category"] == "ordinary"),
        "format_all": by("format"),
        "format_injection": by("format", lambda r: r["label"] == "injection"),
        "injection_technique": by("kind", lambda r: r["label"] == "injection"),
        "length_chars": {"min": min(len(r["text"]) for r in rows),
                         "max": max(len(r["text"]) for r in rows),
                         "mean": round(sum(len(r["text"]) for r in rows) / len(rows))},
    }
    with open(STATS, "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(rows)} rows to {os.path.normpath(OUT)}")
    print(json.dumps({k: stats[k] for k in ("label", "category", "lang_all", "length_chars")},
                     ensure_ascii=False))


if __name__ == "__main__":
    main()
