"""Secret / clean look-alike rows. Values are random, shaped after public vendor formats."""
import base64
import binascii
import hashlib
import json
from common import build, FORMATS, CARRIERS

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
B62 = DG + UP + LO
B64 = UP + LO + DG + "+/"
B64U = UP + LO + DG + "-_"
HEX = "0123456789abcdef"


def rs(rng, alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def b62enc(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github_token(rng, prefix):
    body = rs(rng, B62, 30)
    return prefix + body + b62enc(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng):
    h = b64url(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    iat = rng.randint(1760000000, 1790000000)
    p = b64url(json.dumps({"sub": "user_%d" % rng.randint(1000, 99999), "scope": "read write", "iat": iat, "exp": iat + 3600},
                          separators=(",", ":")).encode())
    sig = b64url(bytes(rng.randrange(256) for _ in range(32 if h.startswith("eyJhbGciOiJIUzI1") else 64)))
    return "%s.%s.%s" % (h, p, sig)


def pem(rng, kind):
    if kind == "rsa":
        head, n, lead = "RSA PRIVATE KEY", 1180, "MIIEow"
    elif kind == "ec":
        head, n, lead = "EC PRIVATE KEY", 160, "MHcCAQEEI"
    else:
        head, n, lead = "OPENSSH PRIVATE KEY", 380, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA"
    body = lead + rs(rng, B64, n - len(lead))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (head, "\n".join(lines), head)


HOSTS = ["db.internal.example", "pg-prod-2.corp.example", "mysql.staging.example", "cache-01.svc.example", "mongo-a.example.net"]


def secret_item(rng, kind):
    """Return (key_name, value, [secret substrings], prose_label)."""
    if kind == "aws":
        ak = "AKIA" + rs(rng, UP + "234567", 16)
        sk = rs(rng, B62 + "/+", 40)
        return ("AWS_ACCESS_KEY_ID", ak, [ak], "aws"), ("AWS_SECRET_ACCESS_KEY", sk, [sk])
    if kind == "github":
        pre = rng.choice(["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"])
        if pre == "github_pat_":
            v = "github_pat_" + rs(rng, B62, 22) + "_" + rs(rng, B62, 59)
        else:
            v = github_token(rng, pre)
        return ("GITHUB_TOKEN", v, [v], "github"), None
    if kind == "gitlab":
        v = "glpat-" + rs(rng, B62 + "-_", 20)
        return ("GITLAB_TOKEN", v, [v], "gitlab"), None
    if kind == "slack":
        t = rng.choice(["bot", "user", "webhook"])
        if t == "bot":
            v = "xoxb-%s-%s-%s" % (rs(rng, DG, 12), rs(rng, DG, 13), rs(rng, B62, 24))
        elif t == "user":
            v = "xoxp-%s-%s-%s-%s" % (rs(rng, DG, 12), rs(rng, DG, 12), rs(rng, DG, 13), rs(rng, HEX, 32))
        else:
            v = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(rng, UP + DG, 10), rs(rng, UP + DG, 10), rs(rng, B62, 24))
        return ("SLACK_" + {"bot": "BOT_TOKEN", "user": "USER_TOKEN", "webhook": "WEBHOOK_URL"}[t], v, [v], "slack"), None
    if kind == "stripe":
        pre = rng.choice(["sk_live_", "sk_test_", "rk_live_"])
        v = pre + rs(rng, B62, rng.choice([24, 99]))
        return ("STRIPE_SECRET_KEY" if pre.startswith("sk") else "STRIPE_RESTRICTED_KEY", v, [v], "stripe"), None
    if kind == "openai":
        if rng.random() < 0.5:
            v = "sk-proj-" + rs(rng, B62 + "-_", 74) + "T3BlbkFJ" + rs(rng, B62 + "-_", 74)
        else:
            v = "sk-" + rs(rng, B62, 20) + "T3BlbkFJ" + rs(rng, B62, 20)
        return ("OPENAI_API_KEY", v, [v], "openai"), None
    if kind == "anthropic":
        v = "sk-ant-api03-" + rs(rng, B62 + "-_", 93) + "AA"
        return ("ANTHROPIC_API_KEY", v, [v], "anthropic"), None
    if kind == "google_api":
        v = "AIza" + rs(rng, B62 + "-_", 35)
        return ("GOOGLE_API_KEY", v, [v], "google_api"), None
    if kind == "azure_storage":
        key = base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()
        v = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (
            rng.choice(["stprodlogs", "acmeassets", "reportsstore01", "mediabackup"]), key)
        return ("AZURE_STORAGE_CONNECTION_STRING", v, [v], "azure_storage"), None
    if kind == "sendgrid":
        v = "SG." + rs(rng, B62 + "-_", 22) + "." + rs(rng, B62 + "-_", 43)
        return ("SENDGRID_API_KEY", v, [v], "sendgrid"), None
    if kind == "twilio":
        v = rs(rng, HEX, 32)
        return ("TWILIO_AUTH_TOKEN", v, [v], "twilio"), None
    if kind == "npm":
        v = "npm_" + rs(rng, B62, 36)
        return ("NPM_TOKEN", v, [v], "npm"), None
    if kind == "pypi":
        v = "pypi-AgEIcHlwaS5vcmc" + rs(rng, B64U, 160)
        return ("PYPI_API_TOKEN", v, [v], "pypi"), None
    if kind == "dockerhub":
        v = "dckr_pat_" + rs(rng, B62 + "-_", 27)
        return ("DOCKERHUB_TOKEN", v, [v], "dockerhub"), None
    if kind == "huggingface":
        v = "hf_" + rs(rng, UP + LO, 34)
        return ("HF_TOKEN", v, [v], "huggingface"), None
    if kind == "datadog":
        v = rs(rng, HEX, 32)
        if rng.random() < 0.5:
            return ("DD_API_KEY", v, [v], "datadog"), None
        return ("DD_API_KEY", v, [v], "datadog"), ("DD_APP_KEY", rs(rng, HEX, 40), None)
    if kind == "shopify":
        v = rng.choice(["shpat_", "shpss_", "shpca_", "shppa_"]) + rs(rng, HEX, 32)
        return ("SHOPIFY_ACCESS_TOKEN", v, [v], "shopify"), None
    if kind == "private_key":
        v = pem(rng, rng.choice(["rsa", "ec", "openssh"]))
        return ("PRIVATE_KEY", v, [v], "private_key"), None
    if kind == "jwt":
        v = jwt(rng)
        return ("AUTH_BEARER_TOKEN", v, [v], "jwt"), None
    if kind == "db_url":
        scheme = rng.choice(["postgres", "postgresql", "mysql", "mongodb", "redis"])
        pw = rs(rng, B62, rng.randint(14, 24))
        user = rng.choice(["app", "svc_reports", "admin", "etl_user", "default"])
        port = {"postgres": 5432, "postgresql": 5432, "mysql": 3306, "mongodb": 27017, "redis": 6379}[scheme]
        v = "%s://%s:%s@%s:%d/%s" % (scheme, user, pw, rng.choice(HOSTS), port, rng.choice(["app", "reports", "orders", "0"]))
        return ("DATABASE_URL", v, [v], "db_url"), None
    if kind == "basic_auth_url":
        pw = rs(rng, B62 + "!*", rng.randint(12, 20))
        v = "https://%s:%s@%s/%s" % (rng.choice(["deploy", "ci-bot", "jenkins", "mirror"]), pw,
                                     rng.choice(["artifacts.example.com", "registry.corp.example", "nexus.example.org"]),
                                     rng.choice(["repository/maven", "simple/", "api/v2/"]))
        return ("REGISTRY_URL", v, [v], "basic_auth_url"), None
    if kind == "generic_assignment":
        name = rng.choice(["password", "api_key", "secret_key", "client_secret", "db_password", "auth_token", "signing_secret"])
        v = rs(rng, B62 + "!#%^*", rng.randint(20, 40))
        return (name, v, [v], "generic_assignment"), None
    raise KeyError(kind)


SECRET_KINDS = ["aws", "github", "gitlab", "slack", "stripe", "openai", "anthropic", "google_api", "azure_storage", "sendgrid",
                "twilio", "npm", "pypi", "dockerhub", "huggingface", "datadog", "shopify", "private_key", "jwt", "db_url",
                "basic_auth_url", "generic_assignment"]

# key names used for clean rows mirror those of secret rows
CLEAN_KINDS = ["git_sha", "digest", "sri_integrity", "uuid", "secret_ref", "publishable_key", "public_key", "certificate",
               "placeholder", "masked", "base64_image", "request_id", "trace_id", "session_id", "doc_example"]

KEYNAMES = ["AWS_SECRET_ACCESS_KEY", "GITHUB_TOKEN", "STRIPE_SECRET_KEY", "OPENAI_API_KEY", "DATABASE_URL", "api_key",
            "password", "SLACK_BOT_TOKEN", "SENDGRID_API_KEY", "HF_TOKEN", "NPM_TOKEN", "client_secret", "DD_API_KEY"]


def clean_item(rng, kind):
    """Return (key_name, value)."""
    if kind == "git_sha":
        return rng.choice(["commit", "GIT_SHA", "base_ref", "revision"]), hashlib.sha1(str(rng.random()).encode()).hexdigest()
    if kind == "digest":
        if rng.random() < 0.5:
            return rng.choice(["sha256", "image_digest", "checksum"]), ("sha256:" if rng.random() < 0.5 else "") + hashlib.sha256(str(rng.random()).encode()).hexdigest()
        return "sha512sum", hashlib.sha512(str(rng.random()).encode()).hexdigest()
    if kind == "sri_integrity":
        alg = rng.choice(["sha384", "sha512"])
        d = getattr(hashlib, alg)(str(rng.random()).encode()).digest()
        return "integrity", "%s-%s" % (alg, base64.b64encode(d).decode())
    if kind == "uuid":
        h = hashlib.md5(str(rng.random()).encode()).hexdigest()
        u = "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])
        return rng.choice(["tenant_id", "client_id", "workspace_id", "correlation_id"]), u
    if kind == "secret_ref":
        k = rng.choice(KEYNAMES)
        v = rng.choice(["${{ secrets.%s }}" % k.upper(), "vault:secret/data/prod/%s#value" % k.lower(),
                        "arn:aws:secretsmanager:eu-west-1:%s:secret:prod/%s-%s" % (rs(rng, DG, 12), k.lower(), rs(rng, UP + LO, 6)),
                        "$(%s)" % k.upper(), "${%s}" % k.upper(), "op://Engineering/%s/credential" % k.lower()])
        return k, v
    if kind == "publishable_key":
        return "STRIPE_PUBLISHABLE_KEY", rng.choice(["pk_live_", "pk_test_"]) + rs(rng, B62, rng.choice([24, 99]))
    if kind == "public_key":
        if rng.random() < 0.5:
            return "authorized_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(rng, B64, 43) + " " + rng.choice(["deploy@ci", "dana@laptop", "backup@host"])
        body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(rng, B64, 340)
        return "PUBLIC_KEY", "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    if kind == "certificate":
        body = "MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa" + rs(rng, B64, 520)
        return "TLS_CERT", "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----" % "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    if kind == "placeholder":
        return rng.choice(KEYNAMES), rng.choice(["<your-api-key>", "xxxxxxxxxxxxxxxxxxxx", "changeme", "REDACTED", "********",
                                                 "YOUR_TOKEN_HERE", "<insert password>", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "TODO", "[hidden]"])
    if kind == "masked":
        return rng.choice(KEYNAMES), rng.choice(["sk-...%s" % rs(rng, LO + DG, 4), "ghp_****************************%s" % rs(rng, B62, 4),
                                                 "AKIA************%s" % rs(rng, UP, 4), "****-****-%s" % rs(rng, DG, 4),
                                                 "xoxb-***-***-%s" % ("*" * 8)])
    if kind == "base64_image":
        return "avatar", "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(rng.randint(40, 120)))).decode()
    if kind == "request_id":
        return rng.choice(["request_id", "x-request-id", "req"]), rng.choice(["req_" + rs(rng, B62, 24), rs(rng, HEX, 32), "%s-%s" % (rs(rng, UP + DG, 8), rs(rng, HEX, 12))])
    if kind == "trace_id":
        return rng.choice(["traceparent", "trace_id"]), rng.choice(["00-%s-%s-01" % (rs(rng, HEX, 32), rs(rng, HEX, 16)), rs(rng, HEX, 32)])
    if kind == "session_id":
        return rng.choice(["session", "sid", "session_id"]), rng.choice(["sess_" + rs(rng, HEX, 24), rs(rng, HEX, 40)])
    if kind == "doc_example":
        return rng.choice(["AWS_ACCESS_KEY_ID", "aws_secret_access_key"]), rng.choice(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"])
    raise KeyError(kind)


PROSE_TEMPLATES = [
    "Here is the value you asked for, {k}: {v}",
    "Setting {k} to {v} fixed the failing job on my side.",
    "Config dump from the build agent - {k}={v}",
    "For the integration use {k} = {v} until the new one is issued.",
    "I pasted the current {k} below so you can compare:\n{v}",
    "Reminder: the {k} for staging is {v}",
    "export {k}=\"{v}\"",
]
PROSE_TEMPLATES_SINGLE = [t for t in PROSE_TEMPLATES if "\n" not in t]
KV_FORMATS = {"env", "yaml", "json_config", "api_json", "jsonl_log", "html", "diff"}


def render_item(rng, key, val):
    """Pick a carrier and render; returns (fmt, text). val may be multi-line."""
    multi = "\n" in val
    config_bias = rng.random() < 0.35 and not multi
    while True:
        fmt = rng.choice(["env", "yaml", "json_config", "api_json", "jsonl_log", "log", "env"] if config_bias else FORMATS)
        c = CARRIERS[fmt]
        if multi and (c.json_kind or not c.multiline or fmt in ("yaml", "calendar", "env", "diff")):
            continue
        break
    if fmt in KV_FORMATS and not multi:
        text, _ = build(rng, fmt, kv=(key, val))
    else:
        t = rng.choice(PROSE_TEMPLATES if (multi or c.multiline) else PROSE_TEMPLATES_SINGLE)
        if multi and "\n" not in t:
            t = "I pasted the current {k} below so you can compare:\n{v}"
        text, _ = build(rng, fmt, t.replace("{k}", key).replace("{v}", val))
    return fmt, text


SECRET_COUNTS = {k: (6 if i < 10 else 5) for i, k in enumerate(SECRET_KINDS)}  # 10*6 + 12*5 = 120
CLEAN_COUNTS = {k: (7 if i < 10 else 6) for i, k in enumerate(CLEAN_KINDS)}    # 10*7 + 5*6 = 100


def make_rows(rng):
    rows = []
    for kind, cnt in SECRET_COUNTS.items():
        for _ in range(cnt):
            first, second = secret_item(rng, kind)
            key, val, secs, _cat = first
            if second is not None:
                key2, val2, secs2 = second
                secs = list(secs) + ([val2] if secs2 is not None or kind == "datadog" else [])
                if kind == "aws" or kind == "datadog":
                    secs = [val, val2]
                combined = "%s=%s\n%s=%s" % (key, val, key2, val2)
                fmt = rng.choice(["env", "email", "chat_log", "support_ticket", "wiki", "issue", "pr_description", "web_text", "crm_note", "pdf_text"])
                if fmt == "env":
                    text, _ = build(rng, "env", kv=(key, val + "\n%s=%s" % (key2, val2)))
                else:
                    text, _ = build(rng, fmt, "Credentials from the old runbook:\n" + combined)
            else:
                fmt, text = render_item(rng, key, val)
            rows.append({"format": fmt, "label": "secret", "category": kind, "text": text, "secrets": secs})
    for kind, cnt in CLEAN_COUNTS.items():
        for _ in range(cnt):
            key, val = clean_item(rng, kind)
            fmt, text = render_item(rng, key, val)
            rows.append({"format": fmt, "label": "clean", "category": kind, "text": text, "secrets": []})
    return rows
