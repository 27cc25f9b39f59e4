#!/usr/bin/env python3
"""Build secrets.jsonl and pii.jsonl for heldout32. Values come from system randomness
(secrets.SystemRandom / os.urandom / cryptography); selection and shuffling use random.Random(32)."""
import json, os, random, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
import secrets_pos, secrets_clean, pii_pos, pii_clean, pii_values as V

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 32
DROP_SECRET = {"r_openssh_ecdsa", "r_rgw", "r_sql_create_user", "r_snowflake_key_pair", "r_smtp",
    "r_slack_user", "r_slack_app", "r_discord_bot", "r_stripe_rk", "r_mailgun", "r_mailchimp", "r_dockerhub", "r_consul",
    "r_sentry", "r_grafana_cloud", "r_pagerduty", "r_auth0", "r_shopify", "r_do", "r_ibm", "r_amqp", "r_rails", "r_laravel",
    "r_git_basic", "r_pgpass", "r_cloud_init_pw", "r_ado", "r_bitbucket", "r_postman", "r_mapbox_sk", "r_algolia", "r_fcm",
    "r_zendesk", "r_elastic", "r_jenkins", "r_harbor", "r_doppler", "r_pulumi", "r_airtable", "r_asana", "r_matrix",
    "r_buildkite", "r_influx", "r_kaggle", "r_zoom", "r_encrypted_opensearch_dashboards", "r_netbox_proxmox"}
DROP_SECRET_CLEAN = {"c_pip_git", "c_content_addressed", "c_docker_layers"}
HEAVY = {"p_chargeback_csv", "p_bank_detail_changes", "p_partner_reimbursement", "p_benefits_ssn", "p_1098t_batch", "p_partner_directory", "p_sms_optin", "p_sepa_xml", "p_donation_csv", "p_everify"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")

def build_secrets(rng):
    pos = [f for f in secrets_pos.POS if f.__name__ not in DROP_SECRET]
    cln = [f for f in secrets_clean.CLEAN if f.__name__ not in DROP_SECRET_CLEAN]
    assert len(pos) == 100 and len(cln) == 60, (len(pos), len(cln))
    rows = [f() for f in pos] + [f() for f in cln]
    for r in rows:   # dedupe values within a row, keep order
        seen, out = set(), []
        for s in r["secrets"]:
            if s["value"] not in seen: seen.add(s["value"]); out.append(s)
        r["secrets"] = out
    rng.shuffle(rows)
    return [{"id": f"s32-{i:03d}", **r} for i, r in enumerate(rows, 1)]

def build_pii(rng):
    heavy = [f for f in pii_pos.POS if f.__name__ in HEAVY]
    pos_fns = list(pii_pos.POS) + heavy * 2
    pos_fns += rng.sample([f for f in pii_pos.POS if f not in heavy], 100 - len(pos_fns))
    assert len(pii_clean.CLEAN) == 60
    rows = []
    for f in pos_fns:
        r = f()
        # completeness check: every e-mail / IPv4 in a positive row must be labelled
        labelled = {e["value"] for e in r["entities"]}
        for m in EMAIL_RE.findall(r["text"]): assert m in labelled, (f.__name__, m)
        for m in IPV4_RE.findall(r["text"]): assert m in labelled, (f.__name__, m)
        rows.append(r)
    rows += [f() for f in pii_clean.CLEAN]
    rng.shuffle(rows)
    return [{"id": f"p32-{i:03d}", **r} for i, r in enumerate(rows, 1)]

def dump(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({k: r[k] for k in ("id", "format", "label", "category", "secrets" if "secrets" in r else "entities", "text")}, ensure_ascii=False) + "\n")

def main():
    rng = random.Random(SEED)
    S = build_secrets(rng); P = build_pii(rng)
    dump(os.path.join(OUT, "secrets.jsonl"), S); dump(os.path.join(OUT, "pii.jsonl"), P)
    # side statistics for the README (country of each phone / IBAN, brand of each card)
    st = {"phone_country": Counter(), "iban_country": Counter(), "card_brand": Counter(), "ipv4_range": Counter()}
    for r in P:
        for e in r["entities"]:
            if e["type"] == "phone": st["phone_country"][V.PHONE_COUNTRY[e["value"]]] += 1
            if e["type"] == "iban": st["iban_country"][V.IBAN_COUNTRY[e["value"]]] += 1
            if e["type"] == "credit_card": st["card_brand"][V.CARD_BRAND[e["value"]]] += 1
            if e["type"] == "ipv4":
                v = e["value"]; a, b = map(int, v.split(".")[:2])
                rng_ = ("private" if a == 10 or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) else
                        "loopback" if a == 127 else "cgnat" if a == 100 and 64 <= b <= 127 else
                        "documentation" if v.startswith(("192.0.2.", "198.51.100.", "203.0.113.")) else "public")
                st["ipv4_range"][rng_] += 1
    with open(os.path.join(os.path.dirname(__file__), "side_stats.json"), "w") as fh:
        json.dump({k: dict(v.most_common()) for k, v in st.items()}, fh, indent=1)
    print("secrets rows", len(S), "pii rows", len(P))

if __name__ == "__main__":
    main()
