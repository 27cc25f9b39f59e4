import json, random, re, sys
sys.path.insert(0, "/work/probe44c/build")
import gen, pii_gen, secret_rows, pii_rows

OUT = "/work/probe44c"
GENS = {k: v for k, v in vars(gen).items() if callable(v)}
GENS.update(pii_gen.build_gens())

DROP_SECRET = {"heroku_api_key_uuid", "cloudflare_global_api_key", "notion_legacy_token", "doppler_personal_token",
               "grafana_service_account_token", "pulumi_access_token", "password_in_inventory", "redis_password",
               "proxy_authorization_header"}
DROP_SECRET_CLEAN = {"hash_in_ioc_list", "nix_store_hashes", "hex_session_ids_expired", "ipfs_cid"}
DROP_PII = {"grafana_alert", "syslog", "web_server_error_log", "sms_thread"}
DROP_PII_FMT_CAT = {("crm_json", "lead_record", 2)}

def dedupe(seq):
    out = []
    for x in seq:
        if x not in out: out.append(x)
    return out

def build_secrets():
    rows = []
    for fmt, cat, tpl in secret_rows.SECRET:
        if cat in DROP_SECRET: continue
        text, rec = gen.render(tpl, GENS)
        rows.append({"format": fmt, "label": "secret", "category": cat, "secrets": dedupe([v for _, _, v in rec]), "text": text})
    for fmt, cat, tpl in secret_rows.CLEAN:
        if cat in DROP_SECRET_CLEAN: continue
        text, rec = gen.render(tpl, GENS)
        assert not rec
        rows.append({"format": fmt, "label": "clean", "category": cat, "secrets": [], "text": text})
    return rows

def build_pii():
    rows = []
    seen = {}
    for fmt, cat, tpl in pii_rows.PII:
        if fmt in DROP_PII: continue
        seen[(fmt, cat)] = seen.get((fmt, cat), 0) + 1
        if (fmt, cat, seen[(fmt, cat)]) in DROP_PII_FMT_CAT: continue
        text, rec = gen.render(tpl, GENS)
        ents = []
        for _, g, v in rec:
            e = {"type": g.split(".")[0], "value": v}
            if e not in ents: ents.append(e)
        rows.append({"format": fmt, "label": "pii", "category": cat, "entities": ents, "text": text})
    for fmt, cat, tpl in pii_rows.CLEAN:
        text, rec = gen.render(tpl, GENS)
        assert not rec
        rows.append({"format": fmt, "label": "clean", "category": cat, "entities": [], "text": text})
    return rows

def write(rows, path, prefix, keyorder):
    rnd = random.Random(44)
    rnd.shuffle(rows)
    with open(path, "w") as f:
        for i, r in enumerate(rows, 1):
            r = {"id": f"{prefix}-{i:03d}", **r}
            f.write(json.dumps({k: r[k] for k in keyorder}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    s = build_secrets()
    p = build_pii()
    write(s, f"{OUT}/secrets.jsonl", "s44c", ["id", "format", "label", "category", "secrets", "text"])
    write(p, f"{OUT}/pii.jsonl", "p44c", ["id", "format", "label", "category", "entities", "text"])
    print(len(s), len(p))
