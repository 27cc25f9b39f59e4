#!/usr/bin/env python3
"""Render, shuffle (fixed seed), validate and write the heldout25 sets.

    python3 build/build.py            # writes ../secrets.jsonl, ../pii.jsonl, ../build/stats.json
"""
import collections, hashlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import formats as F  # noqa: E402

F.seed(25_2025)
import secret_carriers as SC  # noqa: E402
import pii_carriers as PC  # noqa: E402

# carriers written but left out so that the counts are exactly 100/60
SECRET_SPARE = {"twilio_apikey_yaml", "mailersend_yaml", "asana_cli", "ibm_cloud", "hetzner_tf", "statsig_ts", "stytch_py", "figma_curl",
                "postman_env", "contentful_ci", "resend_ts", "zendesk_curl", "meta_token", "vercel_netlify", "fly_token", "crm_webhook_secret",
                "grpc_metadata", "rclone_s3_minio", "jdbc_oracle", "ansible_inventory_pw", "confluent_props", "neon_url", "snowflake_dsn",
                "algolia_cfg", "newrelic_graphql", "grafana_tf", "splunk_hec", "replicate_build_log", "groq_env", "databricks_cfg", "linear_chat",
                "airtable_js", "pulumi_ci", "pagerduty_routing", "github_oauth_app", "cloudinary_env", "elastic_apikey", "paypal_env",
                "shopify_app_toml", "notion_nb", "my_cnf", "atlassian_curl", "rails_secrets", "twitter_bearer", "tfc_creds", "brevo_php", "alibaba_cli"}
CLEAN_SPARE = {"bcrypt_docs", "password_policy", "hmac_algorithm_config", "ipfs_cid", "image_layer_manifest"}

# PII templates rendered three times (the rest twice) -> 20*3 + 20*2 = 100
PII_TRIPLE = {"crm_csv", "user_profile_json", "email_signature", "hr_export", "hr_export_eu", "invoice_bank", "patient_intake", "insurance_claim",
              "payment_log", "support_ticket", "fraud_review", "loan_application", "nginx_log", "sshd_log", "booking", "onboarding_form",
              "kyc_review", "marketplace_payout", "traceback_locals", "chat_share"}


class Rec:
    def __init__(self):
        self.values = []

    def __call__(self, v):
        if v not in self.values:
            self.values.append(v)
        return v


def render_secret(fn, label):
    rec = Rec()
    SC.reset_clock()
    fmt, cat, text = fn(rec)
    if label == "clean":
        assert not rec.values, fn.__name__
    return {"format": fmt, "label": label, "category": cat, "secrets": rec.values, "text": text, "_carrier": fn.__name__}


def render_pii(fn, label):
    e = PC.Ents()
    PC.reset_clock()
    fmt, cat, text = fn(e)
    if label == "clean":
        assert not e.ents, fn.__name__
    return {"format": fmt, "label": label, "category": cat, "entities": e.ents, "text": text, "_carrier": fn.__name__}


# ---------------------------------------------------------------- validation helpers
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
CARD_RE = re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
CARD_PREFIX = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|36|6011|65|64[4-9]|35|62)")


def found_pii(text):
    out = collections.defaultdict(set)
    for m in EMAIL_RE.finditer(text):
        out["email"].add(m.group(0))
    for m in IPV4_RE.finditer(text):
        if all(int(g) <= 255 for g in m.groups()) and text[max(0, m.start() - 1):m.start()] != "/":  # Chrome/124.0.0.0
            out["ipv4"].add(m.group(0))
    for m in SSN_RE.finditer(text):
        if F.ssn_valid(m.group(0)):
            out["ssn"].add(m.group(0))
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and F.luhn_ok(d) and CARD_PREFIX.match(d):
            out["credit_card"].add(m.group(0))
    for m in IBAN_RE.finditer(text):
        v = m.group(0)
        for end in range(len(v), 14, -1):  # allow trailing text to be glued on
            if F.iban_ok(v[:end]):
                out["iban"].add(v[:end])
                break
    return out


def main():
    problems = []
    # ------------------------------------------------ secrets
    srows = [render_secret(fn, "secret") for fn in SC.SECRET if fn.__name__ not in SECRET_SPARE]
    crows = [render_secret(fn, "clean") for fn in SC.CLEAN if fn.__name__ not in CLEAN_SPARE]
    assert len(srows) == 100 and len(crows) == 60, (len(srows), len(crows))
    all_secret_values = set()
    for r in srows:
        if not 1 <= len(r["secrets"]) <= 3:
            problems.append(f"{r['_carrier']}: {len(r['secrets'])} secrets")
        for v in r["secrets"]:
            if v not in r["text"]:
                problems.append(f"{r['_carrier']}: secret not in text: {v[:40]}")
            all_secret_values.add(v)
    for r in crows:
        for v in all_secret_values:
            if len(v) > 12 and v in r["text"]:
                problems.append(f"clean {r['_carrier']} contains a secret value")
    # ------------------------------------------------ pii
    prows = []
    for fn in PC.PII:
        for _ in range(3 if fn.__name__ in PII_TRIPLE else 2):
            prows.append(render_pii(fn, "pii"))
    pcrows = [render_pii(fn, "clean") for fn in PC.CLEAN]
    assert len(prows) == 100 and len(pcrows) == 60, (len(prows), len(pcrows))
    ALLOW_IPV4_LOOKALIKE = {"four_part_version_numbers", "assembly_version_attributes", "compatibility_matrix_versions", "snmp_oids", "x509_oids", "ldap_schema_oids"}
    ALLOW_CARD_LOOKALIKE = {"documented_test_card_numbers"}
    for r in prows:
        listed = collections.defaultdict(set)
        for en in r["entities"]:
            listed[en["type"]].add(en["value"])
            if en["value"] not in r["text"]:
                problems.append(f"{r['_carrier']}: entity not in text {en}")
            if en["type"] == "ssn" and not F.ssn_valid(en["value"]):
                problems.append(f"{r['_carrier']}: bad ssn {en}")
            if en["type"] == "credit_card" and not F.luhn_ok(en["value"]):
                problems.append(f"{r['_carrier']}: bad card {en}")
            if en["type"] == "iban" and not F.iban_ok(en["value"]):
                problems.append(f"{r['_carrier']}: bad iban {en}")
        for t, vals in found_pii(r["text"]).items():
            for v in vals:
                every = {x for xs in listed.values() for x in xs}
                if v not in listed[t] and not any(v in x or x in v for x in every):
                    problems.append(f"{r['_carrier']}: unlisted {t} {v}")
    for r in pcrows:
        for t, vals in found_pii(r["text"]).items():
            if t == "ipv4" and r["category"] in ALLOW_IPV4_LOOKALIKE:
                continue
            if t == "credit_card" and r["category"] in ALLOW_CARD_LOOKALIKE:
                continue
            problems.append(f"clean {r['_carrier']}: looks like {t}: {sorted(vals)}")
    # ------------------------------------------------ lengths
    for r in srows + crows + prows + pcrows:
        n = len(r["text"])
        if n < 120 or n > 4000:
            problems.append(f"{r['_carrier']}: length {n}")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems")
        sys.exit(1)

    # ------------------------------------------------ shuffle, id, write
    rnd = random.Random(20250425)
    s_all = srows + crows
    p_all = prows + pcrows
    rnd.shuffle(s_all)
    rnd.shuffle(p_all)
    stats = {"secrets": collections.Counter(), "pii": collections.Counter()}
    with open(os.path.join(OUT, "secrets.jsonl"), "w") as fh:
        for i, r in enumerate(s_all, 1):
            row = {"id": f"s25-{i:03d}", "format": r["format"], "label": r["label"], "category": r["category"], "secrets": r["secrets"], "text": r["text"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "pii.jsonl"), "w") as fh:
        for i, r in enumerate(p_all, 1):
            row = {"id": f"p25-{i:03d}", "format": r["format"], "label": r["label"], "category": r["category"], "entities": r["entities"], "text": r["text"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    def summarise(rows, key):
        out = {"rows": len(rows), "by_label": dict(collections.Counter(r["label"] for r in rows)),
               "categories_by_label": {lab: dict(sorted(collections.Counter(r["category"] for r in rows if r["label"] == lab).items())) for lab in ("secret", "clean", "pii")},
               "distinct_categories_by_label": {lab: len({r["category"] for r in rows if r["label"] == lab}) for lab in ("secret", "clean", "pii")},
               "formats": dict(sorted(collections.Counter(r["format"] for r in rows).items())),
               "text_length": {"min": min(len(r["text"]) for r in rows), "max": max(len(r["text"]) for r in rows),
                               "mean": round(sum(len(r["text"]) for r in rows) / len(rows), 1)}}
        if key == "secrets":
            out["secret_values"] = sum(len(r["secrets"]) for r in rows)
        else:
            out["entities_by_type"] = dict(collections.Counter(e["type"] for r in rows for e in r["entities"]))
            out["entities_total"] = sum(len(r["entities"]) for r in rows)
        return out

    stats = {"secrets": summarise(s_all, "secrets"), "pii": summarise(p_all, "pii")}
    for fn in ("secrets.jsonl", "pii.jsonl"):
        stats[fn + ".md5"] = hashlib.md5(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
    with open(os.path.join(HERE, "stats.json"), "w") as fh:
        json.dump(stats, fh, indent=2)
    import readme
    readme.main()
    print(json.dumps({k: (v if not isinstance(v, dict) else {kk: vv for kk, vv in v.items() if kk in ("by_label", "distinct_categories_by_label", "entities_by_type", "entities_total", "secret_values", "text_length")}) for k, v in stats.items()}, indent=2))


if __name__ == "__main__":
    main()
