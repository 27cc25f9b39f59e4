"""Secrets set: real-format credentials with random bodies, and look-alikes that are not secrets."""
import base64
import json
import textwrap

from common import NAMES, hexstr, alnum, iso_ts, date_str, ts_str

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AN = UP + LO + DG
B64 = AN + "+/"
URLSAFE = AN + "_-"


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def pem(rng, label, nbytes, prefix_b64=""):
    body = prefix_b64 + base64.b64encode(rbytes(rng, nbytes)).decode()
    body = body[: (len(body) // 4) * 4]
    lines = textwrap.wrap(body, 64)
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


# ------------------------------------------------------------------ generators: return (value, var_name_hint)
def g_aws(rng):
    kid = "AKIA" + alnum(rng, 16, UP + "234567")
    sec = alnum(rng, 40, B64)
    return [("AWS_ACCESS_KEY_ID", kid), ("AWS_SECRET_ACCESS_KEY", sec)]


def g_github(rng):
    if rng.random() < 0.6:
        return [("GITHUB_TOKEN", rng.choice(["ghp_", "gho_", "ghs_"]) + alnum(rng, 36))]
    return [("GH_PAT", "github_pat_11" + alnum(rng, 20, UP + DG) + "_" + alnum(rng, 59))]


def g_gitlab(rng):
    return [("GITLAB_TOKEN", "glpat-" + alnum(rng, 20, URLSAFE))]


def g_slack(rng):
    if rng.random() < 0.6:
        return [("SLACK_BOT_TOKEN", "%s-%s-%s-%s" % (rng.choice(["xoxb", "xoxp"]), alnum(rng, 11, DG), alnum(rng, 13, DG), alnum(rng, 24, LO + UP + DG)))]
    return [("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T%s/B%s/%s" % (alnum(rng, 8, UP + DG), alnum(rng, 10, UP + DG), alnum(rng, 24)))]


def g_stripe(rng):
    if rng.random() < 0.5:
        return [("STRIPE_SECRET_KEY", "sk_live_" + alnum(rng, 24))]
    return [("STRIPE_SECRET_KEY", rng.choice(["sk_live_51", "rk_live_51"]) + alnum(rng, 97))]


def g_openai(rng):
    if rng.random() < 0.6:
        return [("OPENAI_API_KEY", "sk-proj-" + alnum(rng, 74, URLSAFE) + "T3BlbkFJ" + alnum(rng, 74, URLSAFE))]
    return [("OPENAI_API_KEY", "sk-" + alnum(rng, 20) + "T3BlbkFJ" + alnum(rng, 20))]


def g_anthropic(rng):
    return [("ANTHROPIC_API_KEY", "sk-ant-api03-" + alnum(rng, 93, URLSAFE) + "AA")]


def g_google(rng):
    return [("GOOGLE_API_KEY", "AIza" + alnum(rng, 35, URLSAFE))]


def g_twilio(rng):
    return [("TWILIO_AUTH_TOKEN", hexstr(rng, 32))]


def g_sendgrid(rng):
    return [("SENDGRID_API_KEY", "SG." + alnum(rng, 22, URLSAFE) + "." + alnum(rng, 43, URLSAFE))]


def g_npm(rng):
    return [("NPM_TOKEN", "npm_" + alnum(rng, 36))]


def g_pypi(rng):
    return [("PYPI_TOKEN", "pypi-AgEIcHlwaS5vcmc" + alnum(rng, rng.randint(140, 170), URLSAFE))]


def g_azure(rng):
    if rng.random() < 0.5:
        return [("AZURE_STORAGE_KEY", base64.b64encode(rbytes(rng, 64)).decode())]
    return [("AZURE_CLIENT_SECRET", alnum(rng, 3, AN) + "8Q~" + alnum(rng, 34, AN + "_~.-"))]


def g_datadog(rng):
    return [("DD_API_KEY", hexstr(rng, 32)), ("DD_APP_KEY", hexstr(rng, 40))] if rng.random() < 0.4 else [("DD_API_KEY", hexstr(rng, 32))]


def g_hf(rng):
    return [("HF_TOKEN", "hf_" + alnum(rng, 34, UP + LO))]


def g_shopify(rng):
    return [("SHOPIFY_ACCESS_TOKEN", rng.choice(["shpat_", "shpss_", "shpca_"]) + hexstr(rng, 32))]


def g_mailgun(rng):
    return [("MAILGUN_API_KEY", "key-" + hexstr(rng, 32))]


def g_do(rng):
    return [("DIGITALOCEAN_TOKEN", "dop_v1_" + hexstr(rng, 64))]


def g_telegram(rng):
    return [("TELEGRAM_BOT_TOKEN", "%d:AA%s" % (rng.randint(1000000000, 7999999999), alnum(rng, 33, URLSAFE)))]


def g_discord(rng):
    return [("DISCORD_WEBHOOK", "https://discord.com/api/webhooks/%d/%s" % (rng.randint(10 ** 17, 10 ** 18 * 2), alnum(rng, 68, URLSAFE)))]


def g_vault(rng):
    return [("VAULT_TOKEN", "hvs.CAESI" + alnum(rng, 86, URLSAFE))]


def g_linear(rng):
    return [("LINEAR_API_KEY", "lin_api_" + alnum(rng, 40))]


def g_square(rng):
    return [("SQUARE_ACCESS_TOKEN", "EAAA" + alnum(rng, 60, URLSAFE))]


def g_jwt(rng):
    h = b64url(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps({"sub": str(rng.randint(10000, 99999)), "org": "org_" + alnum(rng, 10), "scope": "read write admin", "iat": 1763000000 + rng.randint(0, 900000), "exp": 1799000000 + rng.randint(0, 900000)}, separators=(",", ":")).encode())
    s = b64url(rbytes(rng, 32 if "HS" in h else 256))
    return [("ACCESS_TOKEN", "%s.%s.%s" % (h, p, s))]


def g_db(rng):
    user = rng.choice(["app", "svc_billing", "reporting", "admin", "etl_user"])
    pw = alnum(rng, rng.randint(14, 24), AN + "!*%-_")
    kind = rng.choice(["postgres", "mysql", "mongodb+srv", "redis", "postgresql"])
    if kind == "mongodb+srv":
        url = "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/prod?retryWrites=true&w=majority" % (user, pw, alnum(rng, 5, LO + DG))
    elif kind == "redis":
        url = "redis://default:%s@redis-%d.c%d.eu-west-1-2.ec2.cloud.redislabs.com:%d" % (pw, rng.randint(10000, 19999), rng.randint(100, 300), rng.randint(10000, 19999))
    elif kind == "mysql":
        url = "mysql://%s:%s@db-%s.internal.%s:3306/shop" % (user, pw, hexstr(rng, 4), rng.choice(["halvorsenlogistics.com", "cobaltridge.io"]))
    else:
        url = "%s://%s:%s@%s.%s.eu-central-1.rds.amazonaws.com:5432/app" % (kind, user, pw, rng.choice(["prod-main", "analytics", "core-db"]), alnum(rng, 12, LO + DG))
    return [("DATABASE_URL", url)]


def g_basic(rng):
    user = rng.choice(["deploy", "ci-bot", "jenkins", "m.rossi", "backup"])
    pw = alnum(rng, rng.randint(12, 20), AN + "!$-_")
    host = rng.choice(["nexus.cobaltridge.io/repository/pypi-internal/simple", "artifacts.brightpath-analytics.com/api/npm/npm-virtual/", "git.kestrelrobotics.ai/platform/infra.git", "registry.halvorsenlogistics.com/v2/"])
    return [("REGISTRY_URL", "https://%s:%s@%s" % (user, pw, host))]


def g_password(rng):
    pw = rng.choice([alnum(rng, 16, AN + "!@#$%^&*"), rng.choice(["Winter", "Harbor", "Falcon", "Orchid"]) + str(rng.randint(10, 99)) + rng.choice(["!", "#", "$"]) + alnum(rng, 6)])
    return [("DB_PASSWORD", pw)]


def g_private_key(rng):
    r = rng.random()
    if r < 0.4:
        return [("private_key", pem(rng, "RSA PRIVATE KEY", 1190, "MIIEpAIBAAKCAQEA"))]
    if r < 0.7:
        return [("private_key", pem(rng, "OPENSSH PRIVATE KEY", 380, "b3BlbnNzaC1rZXktdjEAAAAA"))]
    return [("private_key", pem(rng, "EC PRIVATE KEY", 110, "MHcCAQEEI"))]


def g_gcp_sa(rng):
    key = pem(rng, "PRIVATE KEY", 1210, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC") + "\n"
    return [("gcp_private_key", key), ("private_key_id", hexstr(rng, 40))]


KINDS = [
    ("aws", g_aws), ("github", g_github), ("gitlab", g_gitlab), ("slack", g_slack), ("stripe", g_stripe), ("openai", g_openai),
    ("anthropic", g_anthropic), ("google_api", g_google), ("twilio", g_twilio), ("sendgrid", g_sendgrid), ("npm", g_npm), ("pypi", g_pypi),
    ("azure", g_azure), ("datadog", g_datadog), ("huggingface", g_hf), ("shopify", g_shopify), ("mailgun", g_mailgun), ("digitalocean", g_do),
    ("telegram", g_telegram), ("discord_webhook", g_discord), ("vault", g_vault), ("linear", g_linear), ("square", g_square), ("jwt", g_jwt),
    ("db_url", g_db), ("basic_auth_url", g_basic), ("generic_password", g_password), ("private_key", g_private_key), ("gcp_service_account", g_gcp_sa),
]


# ------------------------------------------------------------------ leak contexts
def ctx_env(rng, pairs, kind):
    lines = ["# %s — do not commit" % rng.choice(["local overrides", "staging", "prod (copied from 1password)", "dev setup"]), "APP_ENV=%s" % rng.choice(["production", "staging"]), "PORT=8080"]
    for k, v in pairs:
        lines.insert(rng.randint(2, len(lines)), "%s=%s" % (k, v if rng.random() < 0.7 else '"%s"' % v))
    lines.append("LOG_LEVEL=info")
    return "dotenv", "\n".join(lines) + "\n"


def ctx_yaml(rng, pairs, kind):
    out = ["# values.prod.yaml", "replicaCount: 3", "image:", "  repository: registry.cobaltridge.io/api", "  tag: \"2.%d.%d\"" % (rng.randint(0, 30), rng.randint(0, 9)), "env:"]
    for k, v in pairs:
        if "\n" in v:
            out.append("  %s: |\n%s" % (k, "\n".join("    " + l for l in v.rstrip("\n").split("\n"))))
        else:
            out.append("  %s: \"%s\"" % (k, v))
    out += ["resources:", "  limits:", "    memory: 512Mi"]
    return "yaml_config", "\n".join(out) + "\n"


def ctx_python(rng, pairs, kind):
    lines = ["import os", "import requests", "", "# TODO move to secrets manager before launch"]
    for k, v in pairs:
        if "\n" in v:
            lines.append('%s = """%s"""' % (k.upper(), v))
        else:
            lines.append('%s = os.getenv("%s", "%s")' % (k.upper(), k.upper(), v))
    lines += ["", "", "def fetch(path):", "    r = requests.get(BASE_URL + path, timeout=10)", "    r.raise_for_status()", "    return r.json()", ""]
    lines.insert(1, 'BASE_URL = "https://api.%s"' % rng.choice(["cobaltridge.io", "bluefinpay.com", "kestrelrobotics.ai"]))
    return "code_file", "\n".join(lines)


def ctx_js(rng, pairs, kind):
    body = ",\n".join("  %s: '%s'" % (k[0].lower() + k.lower().title().replace("_", "")[1:], v) for k, v in pairs if "\n" not in v)
    return "code_file", "// config/prod.js\nmodule.exports = {\n  region: 'eu-west-1',\n%s,\n  retries: 3,\n};\n" % body


def ctx_ci_log(rng, pairs, kind):
    lines = ["Run actions/checkout@v4", "Syncing repository: %s/%s" % (rng.choice(["kestrel", "cobaltridge", "bluefin"]), rng.choice(["api", "infra", "web"])), "Run ./scripts/deploy.sh",
             "+ set -x", "+ echo 'deploying to production'", "deploying to production"]
    for k, v in pairs:
        if "\n" in v:
            lines.append("+ echo \"$%s\" > /tmp/key.pem" % k)
            lines.append("+ cat /tmp/key.pem")
            lines += v.rstrip("\n").split("\n")
        else:
            lines.append("+ export %s=%s" % (k, v))
    lines += ["+ ./bin/deploy --env prod", "Deploy finished in %ds" % rng.randint(30, 400), "Post job cleanup."]
    out = []
    t = rng.randint(0, 3000)
    for l in lines:
        t += rng.randint(0, 3)
        out.append("2026-11-%02dT10:%02d:%02d.%07dZ %s" % (rng.randint(10, 28), (t // 60) % 60, t % 60, rng.randint(0, 9999999), l))
    return "ci_log", "\n".join(out) + "\n"


BEARER_KINDS = {"openai", "github", "gitlab", "huggingface", "digitalocean", "square", "jwt", "slack", "stripe", "sendgrid"}
CURL_HOSTS = {"openai", "anthropic", "sendgrid", "stripe", "github", "gitlab", "huggingface", "digitalocean", "linear", "square", "mailgun", "shopify", "datadog", "jwt", "vault", "slack", "google_api"}


def ctx_curl(rng, pairs, kind):
    k, v = pairs[0]
    host = {"slack": "slack.com/api/chat.postMessage", "google_api": "maps.googleapis.com/maps/api/geocode/json?address=Hamburg", "openai": "api.openai.com/v1/chat/completions", "anthropic": "api.anthropic.com/v1/messages", "sendgrid": "api.sendgrid.com/v3/mail/send",
            "stripe": "api.stripe.com/v1/charges", "github": "api.github.com/repos/acme/infra/issues", "gitlab": "gitlab.com/api/v4/projects",
            "huggingface": "huggingface.co/api/whoami-v2", "digitalocean": "api.digitalocean.com/v2/droplets", "linear": "api.linear.app/graphql",
            "square": "connect.squareup.com/v2/payments", "mailgun": "api.mailgun.net/v3/mg.cobaltridge.io/messages", "shopify": "acme-store.myshopify.com/admin/api/2025-10/orders.json",
            "datadog": "api.datadoghq.eu/api/v1/validate", "jwt": "api.bluefinpay.com/v2/accounts/me", "vault": "vault.internal:8200/v1/secret/data/app"}.get(kind, "api.cobaltridge.io/v1/status")
    hdr = {"anthropic": "x-api-key: %s", "datadog": "DD-API-KEY: %s", "shopify": "X-Shopify-Access-Token: %s", "vault": "X-Vault-Token: %s", "linear": "Authorization: %s"}.get(kind, "Authorization: Bearer %s")
    if kind == "google_api":
        return "chat_message", "%s\n\n```\ncurl -sS 'https://maps.googleapis.com/maps/api/geocode/json?address=Hamburg&key=%s'\n```\n\nresponse: {\"status\": \"REQUEST_DENIED\"}\n" % (rng.choice(["repro:", "why is this denied?"]), v)
    extra = "".join(" \\\n  -H '%s: %s'" % (("DD-APPLICATION-KEY" if kk == "DD_APP_KEY" else kk), vv) for kk, vv in pairs[1:])
    intro = rng.choice(["here's the exact command I'm running, still getting 401:", "repro:", "Steps to reproduce\n\n1. Run:", "works on my machine:"])
    return "chat_message", "%s\n\n```\ncurl -sS https://%s \\\n  -H '%s'%s \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"ping\": true}'\n```\n\nresponse: {\"error\": \"%s\"}\n" % (intro, host, hdr % v, extra, rng.choice(["unauthorized", "rate_limited", "invalid_request"]))


def ctx_slack(rng, pairs, kind):
    who = rng.sample(NAMES, 2)
    txt = rng.choice(["here you go, use this until the vault entry is fixed:", "new key for staging, don't share pls", "pasting so you can test:", "ok rotated, new one is"])
    val = "\n".join("%s=%s" % (k, v) if "\n" not in v else v for k, v in pairs)
    msgs = [{"user_name": who[0], "text": "does anyone have the %s creds for the integration test?" % kind.replace("_", " "), "ts": "1763%06d.000100" % rng.randint(0, 999999)},
            {"user_name": who[1], "text": "%s\n```%s```" % (txt, val), "ts": "1763%06d.000200" % rng.randint(0, 999999)},
            {"user_name": who[0], "text": "thanks! works", "ts": "1763%06d.000300" % rng.randint(0, 999999)}]
    return "slack_export_json", json.dumps({"channel": "#dev-%s" % rng.choice(["backend", "integrations", "infra"]), "messages": msgs}, ensure_ascii=False, indent=2)


def ctx_diff(rng, pairs, kind):
    add = []
    for k, v in pairs:
        if "\n" in v:
            add += ["+" + l for l in v.rstrip("\n").split("\n")]
        else:
            add.append("+%s = \"%s\"" % (k.lower(), v))
    fn = rng.choice(["config/settings.toml", "deploy/terraform.tfvars", "tests/fixtures/creds.txt", "keys/deploy_key"])
    return "diff", "diff --git a/%s b/%s\nindex %s..%s 100644\n--- a/%s\n+++ b/%s\n@@ -3,6 +3,%d @@\n region = \"eu-central-1\"\n environment = \"prod\"\n%s\n instance_type = \"t3.medium\"\n" % (
        fn, fn, hexstr(rng, 7), hexstr(rng, 7), fn, fn, 6 + len(add), "\n".join(add))


def ctx_stack(rng, pairs, kind):
    k, v = pairs[0]
    return "app_log", ("%s ERROR [worker-%d] Unhandled exception while connecting\nTraceback (most recent call last):\n  File \"/app/jobs/sync.py\", line 88, in run\n    conn = connect(settings.%s)\n  File \"/usr/local/lib/python3.12/site-packages/sqlalchemy/engine/base.py\", line 3298, in connect\n    return self._connection_cls(self)\nsqlalchemy.exc.OperationalError: could not connect to server: Connection timed out\n  (Background on this error at: https://sqlalche.me/e/20/e3q8)\n  url=%s\n%s INFO [worker-%d] retry scheduled in 30s\n") % (
        iso_ts(rng), rng.randint(1, 8), k, v, iso_ts(rng), rng.randint(1, 8))


def ctx_http_log(rng, pairs, kind):
    lines = []
    for _ in range(rng.randint(2, 5)):
        lines.append('{"ts":"%s","level":"debug","msg":"outgoing request","method":"GET","url":"/v1/items?page=%d","status":200}' % (iso_ts(rng), rng.randint(1, 9)))
    k, v = pairs[0]
    lines.insert(rng.randint(0, len(lines)), json.dumps({"ts": iso_ts(rng), "level": "debug", "msg": "outgoing request", "method": "POST", "url": "/v1/sync", "headers": {"Authorization": "Bearer " + v, "User-Agent": "sync-client/1.4"}, "status": 401}))
    return "jsonl_log", "\n".join(lines) + "\n"


def ctx_json(rng, pairs, kind):
    d = {"name": "integration-%s" % kind, "enabled": True, "credentials": {k.lower(): v for k, v in pairs}, "timeout_ms": 5000}
    return "json_config", json.dumps(d, indent=2) + "\n"


def ctx_docker(rng, pairs, kind):
    env = "\n".join("      - %s=%s" % (k, v) for k, v in pairs if "\n" not in v)
    return "yaml_config", "services:\n  api:\n    image: ghcr.io/cobaltridge/api:latest\n    ports:\n      - \"8080:8080\"\n    environment:\n%s\n      - LOG_LEVEL=debug\n  db:\n    image: postgres:16\n" % env


GENERIC_CTX = [ctx_env, ctx_yaml, ctx_python, ctx_js, ctx_ci_log, ctx_curl, ctx_slack, ctx_diff, ctx_http_log, ctx_json, ctx_docker]


def special_ctx(rng, kind, pairs):
    """Kind-specific leak shapes."""
    if kind == "gcp_service_account":
        key, kid = pairs[0][1], pairs[1][1]
        d = {"type": "service_account", "project_id": "analytics-%d" % rng.randint(100000, 999999), "private_key_id": kid, "private_key": key,
             "client_email": "etl-runner@analytics-prod.iam.gserviceaccount.com", "client_id": str(rng.randint(10 ** 20, 10 ** 21)),
             "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token"}
        text = json.dumps(d, indent=2)
        return "json_config", text, [json.dumps(key)[1:-1], kid]
    if kind == "azure" and pairs[0][0] == "AZURE_STORAGE_KEY":
        acct = "st%s" % alnum(rng, 10, LO + DG)
        v = pairs[0][1]
        cs = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, v)
        fmt, text = rng.choice([ctx_env, ctx_json, ctx_slack])(rng, [("AZURE_STORAGE_CONNECTION_STRING", cs)], kind)
        return fmt, text, [v]
    if kind == "npm" and rng.random() < 0.5:
        v = pairs[0][1]
        return "config_file", "registry=https://registry.npmjs.org/\n@cobaltridge:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nalways-auth=true\n" % v, [v]
    if kind == "pypi" and rng.random() < 0.5:
        v = pairs[0][1]
        return "config_file", "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = %s\n" % v, [v]
    if kind == "twilio":
        sid = "AC" + hexstr(rng, 32)
        v = pairs[0][1]
        text = "from twilio.rest import Client\n\naccount_sid = \"%s\"\nauth_token = \"%s\"\nclient = Client(account_sid, auth_token)\n\nmessage = client.messages.create(body=\"Your order has shipped\", from_=\"+15017122661\", to=customer_phone)\nprint(message.sid)\n" % (sid, v)
        return "code_file", text, [v]
    if kind == "db_url" and rng.random() < 0.6:
        fmt, text = ctx_stack(rng, pairs, kind)
        return fmt, text, [pairs[0][1]]
    if kind == "generic_password":
        v = pairs[0][1]
        c = rng.choice(["yaml", "ini", "xml", "log"])
        if c == "yaml":
            t = "database:\n  host: db.internal\n  port: 5432\n  user: app_rw\n  password: \"%s\"\n  pool_size: 20\n" % v
            return "yaml_config", t, [v]
        if c == "ini":
            t = "[mysql]\nhost = 10.0.4.12\nuser = reporting\npassword = %s\ndatabase = finance\n" % v
            return "config_file", t, [v]
        if c == "xml":
            t = "<connectionStrings>\n  <add name=\"Main\" connectionString=\"Server=sql01;Database=Orders;User Id=orders_app;Password=%s;\" providerName=\"System.Data.SqlClient\" />\n</connectionStrings>\n" % v
            return "config_file", t, [v]
        t = "%s WARN  [auth] login attempt user=svc_backup password=%s result=failure src=vpn-gw-2\n%s INFO  [auth] lockout counter=3\n" % (iso_ts(rng), v, iso_ts(rng))
        return "app_log", t, [v]
    if kind == "private_key":
        v = pairs[0][1]
        c = rng.choice(["file", "slack", "json", "python"])
        if c == "file":
            return "key_file", v + "\n", [v]
        if c == "slack":
            fmt, text = ctx_slack(rng, pairs, kind)
        elif c == "json":
            fmt, text = ctx_json(rng, [("ssh_deploy_key", v)], kind)
        else:
            fmt, text = ctx_python(rng, [("deploy_key", v)], kind)
        if v not in text:  # json escaping in slack
            return fmt, text, [json.dumps(v)[1:-1]]
        return fmt, text, [v]
    return None


def secret_rows(rng, n=120):
    rows = []
    per = {}
    order = []
    # distribute: every kind at least 4, fill remaining round robin
    for i in range(n):
        order.append(KINDS[i % len(KINDS)])
    for kind, gen in order:
        pairs = gen(rng)
        sp = special_ctx(rng, kind, pairs)
        if sp is not None:
            fmt, text, secrets = sp
        else:
            ctxs = GENERIC_CTX[:]
            if any("\n" in v for _, v in pairs):
                ctxs = [ctx_python, ctx_json]
            if kind in ("db_url", "basic_auth_url"):
                ctxs = [ctx_env, ctx_yaml, ctx_json, ctx_slack, ctx_docker, ctx_ci_log]
            if kind not in CURL_HOSTS or pairs[0][1].startswith("https://"):
                ctxs = [c for c in ctxs if c not in (ctx_curl, ctx_http_log)]
            if kind not in BEARER_KINDS:
                ctxs = [c for c in ctxs if c is not ctx_http_log]
            fmt, text = rng.choice(ctxs)(rng, pairs, kind)
            secrets = [v for _, v in pairs]
            # json escaping for any value with special chars
            secrets = [s if s in text else json.dumps(s)[1:-1] for s in secrets]
        rows.append({"format": fmt, "label": "secret", "category": kind, "secrets": secrets, "text": text})
    return rows


# ------------------------------------------------------------------ clean look-alikes
def uuid4(rng):
    h = hexstr(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def clean_rows(rng):
    rows = []

    def add(cat, fmt, text):
        rows.append({"format": fmt, "label": "clean", "category": cat, "secrets": [], "text": text})

    # uuid (8)
    for i in range(8):
        c = i % 4
        if c == 0:
            add("uuid", "jsonl_log", "\n".join(json.dumps({"ts": iso_ts(rng), "level": "info", "msg": "order created", "order_id": uuid4(rng), "tenant_id": uuid4(rng)}) for _ in range(rng.randint(3, 7))) + "\n")
        elif c == 1:
            add("uuid", "api_json", json.dumps({"data": [{"id": uuid4(rng), "type": "invoice", "attributes": {"number": "INV-%d" % rng.randint(1000, 9999), "total": rng.randint(100, 9999)}} for _ in range(3)], "meta": {"page": 1}}, indent=2))
        elif c == 2:
            add("uuid", "sql_result", "id                                   | name            | created_at\n-------------------------------------+-----------------+---------------------\n" + "\n".join("%s | %-15s | %s" % (uuid4(rng), rng.choice(["Warehouse A", "Returns", "EU Billing", "Pilot group"]), ts_str(rng)) for _ in range(5)) + "\n(5 rows)\n")
        else:
            add("uuid", "yaml_config", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: worker-7c9f\n  uid: %s\n  ownerReferences:\n    - kind: ReplicaSet\n      name: worker-7c9f5d\n      uid: %s\n" % (uuid4(rng), uuid4(rng)))
    # git_sha (8)
    for i in range(8):
        c = i % 4
        if c == 0:
            add("git_sha", "ci_log", "\n".join("%s %s" % (hexstr(rng, 7), rng.choice(["Fix flaky test in cart", "Bump deps", "Add retry to webhook sender", "Refactor tax rules", "Update README"])) for _ in range(6)) + "\n")
        elif c == 1:
            add("git_sha", "ci_log", "HEAD is now at %s Merge pull request #%d from acme/fix-vat\nChecking out %s\nBuild %d succeeded for commit %s\n" % (hexstr(rng, 7), rng.randint(100, 999), hexstr(rng, 40), rng.randint(1000, 9999), hexstr(rng, 40)))
        elif c == 2:
            add("git_sha", "yaml_config", "- uses: actions/checkout@%s # v4.2.2\n- uses: actions/setup-node@%s # v4.1.0\n  with:\n    node-version: 20\n" % (hexstr(rng, 40), hexstr(rng, 40)))
        else:
            add("git_sha", "json_config", json.dumps({"version": "2.%d.0" % rng.randint(1, 20), "commit": hexstr(rng, 40), "build_date": iso_ts(rng), "dirty": False}, indent=2) + "\n")
    # content_hash (8)
    for i in range(8):
        c = i % 4
        if c == 0:
            add("content_hash", "ci_log", "#12 pushing layers\n#12 pushing manifest for ghcr.io/acme/web:2.%d.0@sha256:%s\n#12 DONE 4.1s\nimage digest: sha256:%s\n" % (rng.randint(0, 9), hexstr(rng, 64), hexstr(rng, 64)))
        elif c == 1:
            add("content_hash", "page_text", "Downloads\n\n" + "\n".join("%s  MD5: %s  SHA-1: %s" % (f, hexstr(rng, 32), hexstr(rng, 40)) for f in ["installer-4.2.msi", "installer-4.2.dmg", "installer-4.2.AppImage"]) + "\n")
        elif c == 2:
            add("content_hash", "api_json", json.dumps({"Key": "exports/2026-11/orders.parquet", "ETag": "\"%s\"" % hexstr(rng, 32), "Size": rng.randint(10 ** 5, 10 ** 8), "ChecksumSHA256": base64.b64encode(rbytes(rng, 32)).decode()}, indent=2))
        else:
            add("content_hash", "yaml_config", "images:\n  - name: postgres\n    digest: sha256:%s\n  - name: redis\n    digest: sha256:%s\n" % (hexstr(rng, 64), hexstr(rng, 64)))
    # sri_integrity (7)
    for i in range(7):
        h = "sha384-" + base64.b64encode(rbytes(rng, 48)).decode()
        if i % 2 == 0:
            add("sri_integrity", "html_page", '<!doctype html>\n<html><head>\n<script src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js" integrity="%s" crossorigin="anonymous" defer></script>\n<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/water.css@2/out/water.css" integrity="sha256-%s" crossorigin="anonymous">\n</head><body><h1>Status</h1></body></html>\n' % (h, base64.b64encode(rbytes(rng, 32)).decode()))
        else:
            add("sri_integrity", "json_config", json.dumps({"packages": {"node_modules/lodash": {"version": "4.17.21", "integrity": "sha512-" + base64.b64encode(rbytes(rng, 64)).decode()}}}, indent=2) + "\n")
    # public_key_pem (8) incl. certificates
    for i in range(8):
        if i % 2 == 0:
            add("public_key_pem", "config_file", "# JWT verification key (public) for the partner API\n" + pem(rng, "PUBLIC KEY", 294, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA") + "\n")
        else:
            add("public_key_pem", "yaml_config", "tls:\n  ca_bundle: |\n" + "\n".join("    " + l for l in pem(rng, "CERTIFICATE", 880, "MIIDdzCCAl+gAwIBAgIE").split("\n")) + "\n")
    # ssh_public_key (7)
    for i in range(7):
        key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + alnum(rng, 43, B64) if i % 2 else "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + alnum(rng, 500, B64)
        who = rng.choice(["deploy@ci", "mrossi@laptop", "backup@nas01", "oskar@workstation"])
        add("ssh_public_key", rng.choice(["config_file", "yaml_config"]) if i % 3 else "config_file", ("# ~/.ssh/authorized_keys\n%s %s\n" % (key, who)) if i % 3 != 1 else "users:\n  - name: deploy\n    ssh_authorized_keys:\n      - %s %s\n" % (key, who))
    # publishable_key (9)
    for i in range(9):
        c = i % 5
        if c == 0:
            add("publishable_key", "html_page", "<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_%s');\n  const elements = stripe.elements();\n</script>\n" % alnum(rng, 99))
        elif c == 1:
            add("publishable_key", "code_file", "Sentry.init({\n  dsn: 'https://%s@o%d.ingest.sentry.io/%d',\n  tracesSampleRate: 0.1,\n});\n" % (hexstr(rng, 32), rng.randint(100000, 999999), rng.randint(1000000, 9999999)))
        elif c == 2:
            add("publishable_key", "code_file", "// Algolia search-only key: safe to expose in the frontend\nconst client = algoliasearch('%s', '%s');\nconst index = client.initIndex('products');\n" % (alnum(rng, 10, UP + DG), hexstr(rng, 32)))
        elif c == 3:
            tok = "pk." + b64url(json.dumps({"u": "acme-maps", "a": alnum(rng, 25, LO + DG)}, separators=(",", ":")).encode()) + "." + alnum(rng, 22, URLSAFE)
            add("publishable_key", "code_file", "mapboxgl.accessToken = '%s'; // public token, URL-restricted\nconst map = new mapboxgl.Map({ container: 'map', center: [10.0, 53.55], zoom: 11 });\n" % tok)
        else:
            add("publishable_key", "html_page", "<script>\n  posthog.init('phc_%s', { api_host: 'https://eu.i.posthog.com' })\n</script>\n<div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n" % (alnum(rng, 43), alnum(rng, 38, URLSAFE)))
    # secret_reference (9)
    refs = [
        ("ci_yaml", "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          aws-region: eu-central-1\n"),
        ("yaml_config", "env:\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: payments-secrets\n        key: stripe-secret-key\n  - name: DATABASE_URL\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: url\n"),
        ("dotenv", "OPENAI_API_KEY=op://Engineering/OpenAI/credential\nSLACK_BOT_TOKEN=op://Engineering/Slack bot/token\nDATABASE_URL=vault:secret/data/prod/db#url\n"),
        ("code_file", "import os\n\nSTRIPE_KEY = os.environ[\"STRIPE_SECRET_KEY\"]\nGITHUB_TOKEN = os.environ.get(\"GITHUB_TOKEN\")\nif not GITHUB_TOKEN:\n    raise SystemExit(\"GITHUB_TOKEN is not set\")\n"),
        ("json_config", json.dumps({"apiKey": "{{resolve:secretsmanager:prod/partner-api:SecretString:api_key}}", "dbPassword": "{{resolve:ssm-secure:/prod/db/password:3}}"}, indent=2) + "\n"),
        ("ci_log", "Run echo \"token length: ${#NPM_TOKEN}\"\ntoken length: 40\nRun npm publish\n  env:\n    NODE_AUTH_TOKEN: ***\n+ acme-ui@3.2.0\n"),
        ("wiki_markdown", "## Where are the credentials?\n\nAll production secrets live in Vault under `secret/data/prod/<service>`. The CI pipeline reads them through the `VAULT_ROLE_ID` / `VAULT_SECRET_ID` variables configured in the project settings. Never paste values into tickets.\n"),
        ("terraform", "resource \"aws_db_instance\" \"main\" {\n  identifier = \"orders-prod\"\n  username   = var.db_username\n  password   = data.aws_secretsmanager_secret_version.db.secret_string\n}\n"),
        ("yaml_config", "services:\n  api:\n    environment:\n      ANTHROPIC_API_KEY: ${ANTHROPIC_API_KEY}\n      SENDGRID_API_KEY: ${SENDGRID_API_KEY:?must be set}\n"),
    ]
    for fmt, t in refs:
        add("secret_reference", fmt, t)
    # masked_value (8)
    masks = [
        ("app_log", "%s INFO [config] loaded OPENAI_API_KEY=sk-proj-****************************Xa9Q (masked)\n" % iso_ts(rng)),
        ("ci_log", "Run ./deploy.sh\n  AWS_ACCESS_KEY_ID: ***\n  AWS_SECRET_ACCESS_KEY: ***\nDeploying stack orders-prod ... done\n"),
        ("api_json", json.dumps({"keys": [{"id": "key_%s" % alnum(rng, 12), "name": "prod server", "redacted_value": "sk_live_...%s" % alnum(rng, 4), "created": date_str(rng)}, {"id": "key_%s" % alnum(rng, 12), "name": "staging", "redacted_value": "sk_test_...%s" % alnum(rng, 4), "created": date_str(rng)}]}, indent=2)),
        ("page_text", "API keys\n\nName: Production\nKey: ghp_••••••••••••••••••••••••••••••%s\nLast used: 2 hours ago\n\nName: CI\nKey: ghp_••••••••••••••••••••••••••••••%s\nLast used: 14 days ago\n" % (alnum(rng, 4), alnum(rng, 4))),
        ("jsonl_log", json.dumps({"ts": iso_ts(rng), "msg": "outgoing request", "headers": {"Authorization": "Bearer [REDACTED]", "X-Api-Key": "****"}}) + "\n"),
        ("email", "Subject: Your card ending in 4242 was charged\n\nWe charged your card •••• 4242 for your monthly plan. Your API key ending in ...%s remains active.\n" % alnum(rng, 4, LO + DG)),
        ("app_log", "%s WARN [db] connection failed url=postgres://app:*****@db.internal:5432/orders\n" % iso_ts(rng)),
        ("config_file", "slack_token = \"xoxb-XXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX\"  # real value injected at deploy time\n"),
    ]
    for fmt, t in masks:
        add("masked_value", fmt, t)
    # placeholder (8)
    ph = [
        ("wiki_markdown", "## Quick start\n\n```bash\nexport OPENAI_API_KEY=\"YOUR_API_KEY\"\npython examples/chat.py\n```\n"),
        ("code_file", "client = Client(api_key=\"<your-api-key-here>\")\n"),
        ("dotenv", "# copy to .env and fill in\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME\n"),
        ("page_text", "Authenticate each request with a header: Authorization: Bearer <token>. Replace <token> with the key from your dashboard.\n"),
        ("yaml_config", "aws:\n  access_key_id: REPLACE_ME\n  secret_access_key: REPLACE_ME\n"),
        ("json_config", json.dumps({"sendgrid": {"apiKey": "SG.your_key_here"}, "slack": {"webhook": "https://hooks.slack.com/services/XXX/YYY/ZZZ"}}, indent=2) + "\n"),
        ("chat_message", "just set HF_TOKEN=hf_... in your env and the download script will pick it up\n"),
        ("code_file", "# config.example.toml\n[database]\npassword = \"${DB_PASSWORD}\"\napi_key = \"changeme-in-production\"\n"),
    ]
    for fmt, t in ph:
        add("placeholder", fmt, t)
    # doc_example_key (7)
    de = [
        ("page_text", "Example credentials file:\n\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"),
        ("wiki_markdown", "Decode this example token on jwt.io to see the claims:\n\n`eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`\n"),
        ("page_text", "In the Slack API docs, tokens appear as xoxb-not-a-real-token-this-will-not-work so copy-pasting an example never hits a real workspace.\n"),
        ("code_file", "# from the AWS CLI docs\n$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: us-west-2\n"),
        ("wiki_markdown", "The SDK tests use the well-known AWS example key id `AKIAI44QH8DHBEXAMPLE` together with the secret `je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY`.\n"),
        ("api_json", json.dumps({"example_request": {"headers": {"Authorization": "Bearer EXAMPLE_TOKEN_DO_NOT_USE"}}, "note": "sample from the API reference"}, indent=2)),
        ("page_text", "Twilio's docs use placeholders like ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX for the Account SID and your_auth_token for the token.\n"),
    ]
    for fmt, t in de:
        add("doc_example_key", fmt, t)
    # request_id (7)
    for i in range(7):
        c = i % 4
        if c == 0:
            add("request_id", "http_response", "HTTP/2 502\ncontent-type: text/html\ncf-ray: %s-FRA\nx-request-id: %s\nx-amz-cf-id: %s==\n" % (hexstr(rng, 16), uuid4(rng), alnum(rng, 54, URLSAFE)))
        elif c == 1:
            add("request_id", "jsonl_log", "\n".join(json.dumps({"ts": iso_ts(rng), "trace_id": hexstr(rng, 32), "span_id": hexstr(rng, 16), "msg": rng.choice(["db query", "cache get", "render"])}) for _ in range(4)) + "\n")
        elif c == 2:
            add("request_id", "api_json", json.dumps({"error": {"type": "invalid_request_error", "message": "Missing required param: amount."}, "request_id": "req_" + alnum(rng, 14), "idempotency_key": uuid4(rng)}, indent=2))
        else:
            add("request_id", "support_ticket", "Ticket #%d\nCustomer reports error on checkout. Correlation ID: %s. AWS request id: %s. Screenshot attached.\n" % (rng.randint(10000, 99999), hexstr(rng, 24).upper(), uuid4(rng)))
    # base64_image (6)
    from special_benign import tiny_png
    for i in range(6):
        img = base64.b64encode(tiny_png(rng, rng.randint(4, 10), rng.randint(4, 10))).decode()
        if i % 3 == 0:
            add("base64_image", "html_page", '<img alt="logo" src="data:image/png;base64,%s">\n' % img)
        elif i % 3 == 1:
            add("base64_image", "code_file", ".icon-check {\n  background-image: url(\"data:image/png;base64,%s\");\n}\n" % img)
        else:
            add("base64_image", "api_json", json.dumps({"thumbnail": {"content_type": "image/png", "data": img}}, indent=2))
    return rows
