# -*- coding: utf-8 -*-
"""secrets.jsonl: realistic credentials in many carriers, plus hard clean rows
full of look-alikes (digests, UUIDs, placeholders, masked values, references).
Secret values are random strings with the vendor's documented shape; they are
not real credentials. Spans are computed while the text is assembled."""
import base64
import time
import hashlib
import json
import random
import re
import string
import uuid

from common import (fill, rand_str, name, first, email_addr, company, company_domain, ts, date, version, repo,
                    handle, HEX, ALNUM, B64, B64URL, slugify, SAAS, TEAMS)

UP27 = string.ascii_uppercase + "234567"
UPD = string.ascii_uppercase + string.digits
DIG = string.digits


def b64_lines(data, width=64):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def jwt(r):
    alg = r.choice(["HS256", "RS256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg == "RS256" and r.random() < 0.5:
        hdr["kid"] = rand_str(r, 16, HEX)
    now = r.randrange(1700000000, 1760000000)
    pl = {"sub": str(r.randrange(10**5, 10**9)) if r.random() < 0.5 else "user_" + rand_str(r, 12, ALNUM),
          "iat": now, "exp": now + r.choice([900, 3600, 86400]),
          "scope": r.choice(["read write", "admin", "orders:read", "openid profile email"])}
    if r.random() < 0.5:
        pl["iss"] = "https://auth." + company_domain(r)
    enc = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
    sig = rand_str(r, 43 if alg == "HS256" else 342, B64URL)
    return enc(hdr) + "." + enc(pl) + "." + sig


def pem_private(r):
    kind = r.choice(["rsa", "ec", "openssh", "pkcs8"])
    if kind == "rsa":
        der = bytes([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]) + bytes(r.randrange(256) for _ in range(1180))
        return "-----BEGIN RSA PRIVATE KEY-----\n" + b64_lines(der) + "\n-----END RSA PRIVATE KEY-----"
    if kind == "ec":
        der = bytes([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]) + bytes(r.randrange(256) for _ in range(32)) + \
            bytes([0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]) + \
            bytes(r.randrange(256) for _ in range(64))
        return "-----BEGIN EC PRIVATE KEY-----\n" + b64_lines(der) + "\n-----END EC PRIVATE KEY-----"
    if kind == "openssh":
        der = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519" + \
            bytes(r.randrange(256) for _ in range(250))
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + b64_lines(der, 70) + "\n-----END OPENSSH PRIVATE KEY-----"
    der = bytes([0x30, 0x81, 0x87, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01]) + \
        bytes(r.randrange(256) for _ in range(120))
    return "-----BEGIN PRIVATE KEY-----\n" + b64_lines(der) + "\n-----END PRIVATE KEY-----"


def strong_password(r):
    n = r.randrange(14, 26)
    pool = string.ascii_letters + string.digits + "!#%&*+-=?@^_~"
    while True:
        p = rand_str(r, n, pool)
        if (any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p)
                and any(c in "!#%&*+-=?@^_~" for c in p)):
            return p


def url_password(r):
    n = r.randrange(16, 28)
    pool = string.ascii_letters + string.digits + "-_.~!*"
    while True:
        p = rand_str(r, n, pool)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c in "-_.~!*" for c in p):
            return p


def words_password(r):
    w = ["Harbor", "velvet", "Maple", "quartz", "Tundra", "falcon", "Copper", "lantern", "Orbit", "meadow"]
    a, b = r.sample(w, 2)
    return a + r.choice(["-", "_", "!", "."]) + b + str(r.randrange(10, 9999)) + r.choice(["!", "#", "$", "%", "?"])


SECRET_GEN = {
    "aws_access_key_id": lambda r: "AKIA" + rand_str(r, 16, UP27),
    "aws_secret_access_key": lambda r: rand_str(r, 40, B64),
    "github_pat": lambda r: "ghp_" + rand_str(r, 36, ALNUM),
    "github_fine_grained_pat": lambda r: "github_pat_11" + rand_str(r, 20, UPD) + "_" + rand_str(r, 59, ALNUM),
    "github_oauth_token": lambda r: "gho_" + rand_str(r, 36, ALNUM),
    "gitlab_pat": lambda r: "glpat-" + rand_str(r, 20, ALNUM + "-_"),
    "slack_bot_token": lambda r: "xoxb-%s-%s-%s" % (rand_str(r, 12, DIG), rand_str(r, 13, DIG), rand_str(r, 24, ALNUM)),
    "slack_user_token": lambda r: "xoxp-%s-%s-%s-%s" % (rand_str(r, 12, DIG), rand_str(r, 12, DIG), rand_str(r, 13, DIG), rand_str(r, 32, HEX)),
    "slack_webhook_url": lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (rand_str(r, 10, UPD), rand_str(r, 10, UPD), rand_str(r, 24, ALNUM)),
    "stripe_secret_key": lambda r: "sk_live_" + (rand_str(r, 24, ALNUM) if r.random() < 0.3 else "51" + rand_str(r, 97, ALNUM)),
    "stripe_restricted_key": lambda r: "rk_live_51" + rand_str(r, 97, ALNUM),
    "openai_api_key": lambda r: ("sk-proj-" + rand_str(r, 74, ALNUM + "-_") + "T3BlbkFJ" + rand_str(r, 74, ALNUM + "-_")) if r.random() < 0.6
    else ("sk-" + rand_str(r, 20, ALNUM) + "T3BlbkFJ" + rand_str(r, 20, ALNUM)),
    "anthropic_api_key": lambda r: "sk-ant-api03-" + rand_str(r, 93, ALNUM + "-_") + "AA",
    "google_api_key": lambda r: "AIza" + rand_str(r, 35, ALNUM + "-_"),
    "twilio_auth_token": lambda r: rand_str(r, 32, HEX),
    "sendgrid_api_key": lambda r: "SG." + rand_str(r, 22, ALNUM + "-_") + "." + rand_str(r, 43, ALNUM + "-_"),
    "npm_token": lambda r: "npm_" + rand_str(r, 36, ALNUM),
    "pypi_token": lambda r: "pypi-AgEIcHlwaS5vcmc" + rand_str(r, r.randrange(120, 180), ALNUM + "-_"),
    "azure_storage_key": lambda r: rand_str(r, 86, B64) + "==",
    "database_password": url_password,
    "jwt": jwt,
    "private_key": pem_private,
    "generic_password": lambda r: r.choice([strong_password, words_password, lambda q: rand_str(q, 32, ALNUM)])(r),
    "basic_auth_password": lambda r: r.choice([url_password, lambda q: rand_str(q, 24, ALNUM)])(r),
    "huggingface_token": lambda r: "hf_" + rand_str(r, 34, string.ascii_letters),
    "mailgun_api_key": lambda r: "key-" + rand_str(r, 32, HEX),
    "datadog_api_key": lambda r: rand_str(r, 32, HEX),
    "shopify_access_token": lambda r: "shpat_" + rand_str(r, 32, HEX),
    "telegram_bot_token": lambda r: str(r.randrange(1, 10)) + rand_str(r, 9, DIG) + ":AA" + rand_str(r, 33, ALNUM + "-_"),
    "discord_webhook_url": lambda r: "https://discord.com/api/webhooks/%s/%s" % (rand_str(r, 19, DIG), rand_str(r, 68, ALNUM + "-_")),
    "digitalocean_token": lambda r: "dop_v1_" + rand_str(r, 64, HEX),
    "signing_secret": lambda r: rand_str(r, 64, HEX),
}

MARK = re.compile(r"<<([a-z0-9_]+)(\|json)?>>")


def assemble(r, tmpl, fixed_ctx=None):
    """Fill ordinary placeholders, then replace <<type>> markers with generated
    secret values, recording exact spans."""
    # {lt}: increasing log timestamps within one text
    base = r.randrange(1704067200, 1751328000) * 1000
    while "{lt}" in tmpl:
        base += r.randrange(5, 3000)
        tmpl = tmpl.replace("{lt}", time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(base // 1000)) + ".%03dZ" % (base % 1000), 1)
    t = fill(r, tmpl, fixed_ctx, unescape=True)
    out, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(t):
        out.append(t[last:m.start()])
        pos += m.start() - last
        val = SECRET_GEN[m.group(1)](r)
        if m.group(2):
            val = json.dumps(val)[1:-1]
        spans.append({"start": pos, "end": pos + len(val), "type": m.group(1)})
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(t[last:])
    text = "".join(out)
    return text, spans


def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def sha(r, n=64):
    return rand_str(r, n, HEX)


GEN_EXTRA = {
    "uuid": uid,
    "sha40": lambda r: sha(r, 40),
    "sha64": lambda r: sha(r, 64),
    "sha7": lambda r: sha(r, 7),
    "md5": lambda r: sha(r, 32),
    "reqid": lambda r: "req_" + rand_str(r, 24, ALNUM),
    "traceid": lambda r: sha(r, 32),
    "spanid": lambda r: sha(r, 16),
    "bucket": lambda r: slugify(company(r)) + "-" + r.choice(["assets", "backups", "exports", "logs"]),
    "region": lambda r: r.choice(["eu-west-1", "us-east-1", "eu-central-1", "ap-southeast-2", "us-west-2"]),
    "dbhost": lambda r: r.choice(["db-primary", "pg-main", "orders-db", "analytics-rds"]) + "." + r.choice(["internal", "prod.local", "svc.cluster.local"]),
    "user": lambda r: r.choice(["app_user", "svc_billing", "deploy", "etl_writer", "admin", "reporting"]),
    "acct": lambda r: rand_str(r, 12, DIG),
    "sri384": lambda r: "sha384-" + base64.b64encode(bytes(r.randrange(256) for _ in range(48))).decode(),
    "sri512": lambda r: "sha512-" + base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode(),
    "h1": lambda r: "h1:" + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(),
    "pkpub": lambda r: "pk_live_51" + rand_str(r, 97, ALNUM),
    "last4": lambda r: rand_str(r, 4, DIG),
    "lastb": lambda r: rand_str(r, 4, UP27),
    "ordernum": lambda r: r.choice(["ORD-", "SO", "#"]) + str(r.randrange(10**6, 10**8)),
    "cus": lambda r: "cus_" + rand_str(r, 14, ALNUM),
    "pi": lambda r: "pi_3" + rand_str(r, 23, ALNUM),
    "cs": lambda r: "cs_live_a1" + rand_str(r, 56, ALNUM),
    "nonce": lambda r: base64.b64encode(bytes(r.randrange(256) for _ in range(16))).decode(),
    "cursor": lambda r: base64.urlsafe_b64encode(json.dumps({"id": r.randrange(10**5, 10**7), "ts": r.randrange(1700000000, 1760000000)}, separators=(",", ":")).encode()).decode().rstrip("="),
    "sshpub": lambda r: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode().rstrip("="),
    "sshrsa": lambda r: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + base64.b64encode(bytes(r.randrange(256) for _ in range(360))).decode(),
    "cert": lambda r: "-----BEGIN CERTIFICATE-----\nMIID" + b64_lines(bytes(r.randrange(256) for _ in range(660)))[4:] + "\n-----END CERTIFICATE-----",
    "pubkey": lambda r: "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64_lines(bytes(r.randrange(256) for _ in range(260)))[44:] + "\n-----END PUBLIC KEY-----",
    "pngb64": lambda r: "iVBORw0KGgoAAAANSUhEUgAAA" + base64.b64encode(bytes(r.randrange(256) for _ in range(r.randrange(90, 260)))).decode(),
    "gaid": lambda r: "GA1.2.%d.%d" % (r.randrange(10**8, 10**10), r.randrange(1700000000, 1760000000)),
    "oauthclient": lambda r: "%s-%s.apps.googleusercontent.com" % (rand_str(r, 12, DIG), rand_str(r, 32, string.ascii_lowercase + string.digits)),
    "arnsm": lambda r: "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (r.choice(["eu-west-1", "us-east-1"]), rand_str(r, 12, DIG),
                                                                     r.choice(["prod/db", "prod/stripe", "staging/api-keys", "shared/smtp"]), rand_str(r, 6, ALNUM)),
    "tracking": lambda r: "1Z" + rand_str(r, 6, UPD) + rand_str(r, 10, DIG),
    "podhash": lambda r: rand_str(r, 10, "bcdfghjklmnpqrstvwxz2456789") + "-" + rand_str(r, 5, "bcdfghjklmnpqrstvwxz2456789"),
    "sentryid": lambda r: sha(r, 32),
    "etag": lambda r: '"' + sha(r, 32) + '"',
    "bcryptish": lambda r: rand_str(r, 12, HEX),
}

# keep the common placeholder mechanism working for these extra keys
from common import GEN  # noqa: E402
GEN.update(GEN_EXTRA)

# ---------------------------------------------------------------------------
# Secret-bearing templates: (format, category, template)
SECRET_TEMPLATES = [
    ("env_file", "stripe_secret_key",
     "# {saas} production settings\nNODE_ENV=production\nPORT=8080\nDATABASE_URL=postgres://{user}:<<database_password>>@{dbhost}:5432/app\nREDIS_URL=redis://cache-01.internal:6379/0\nSTRIPE_SECRET_KEY=<<stripe_secret_key>>\nSTRIPE_WEBHOOK_TOLERANCE=300\nSENTRY_ENVIRONMENT=prod\nLOG_LEVEL=info\nFEATURE_FLAGS=new_checkout,dark_mode\n"),
    ("env_file", "aws_credentials",
     "# exported from the deploy box on {isodate}\nAWS_ACCESS_KEY_ID=<<aws_access_key_id>>\nAWS_SECRET_ACCESS_KEY=<<aws_secret_access_key>>\nAWS_DEFAULT_REGION={region}\nS3_BUCKET={bucket}\nUPLOAD_MAX_MB=250\nBUILD_SHA={sha40}\n"),
    ("ini_config", "aws_credentials",
     "[default]\nregion = {region}\noutput = json\n\n[profile {team}-deploy]\naws_access_key_id = <<aws_access_key_id>>\naws_secret_access_key = <<aws_secret_access_key>>\nregion = {region}\n\n[profile readonly]\nrole_arn = arn:aws:iam::{acct}:role/ReadOnly\nsource_profile = default\n"),
    ("docker_compose", "generic_password",
     "services:\n  db:\n    image: postgres:16.2@sha256:{sha64}\n    environment:\n      POSTGRES_USER: {user}\n      POSTGRES_PASSWORD: <<generic_password>>\n      POSTGRES_DB: orders\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n  api:\n    build: .\n    depends_on: [db]\n    environment:\n      DATABASE_URL: postgres://{user}@db:5432/orders\n      SENDGRID_API_KEY: <<sendgrid_api_key>>\n    ports:\n      - \"8080:8080\"\nvolumes:\n  pgdata: {{}}\n"),
    ("k8s_manifest", "sendgrid_api_key",
     "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: notifier\n  namespace: {team}\n  labels:\n    app: notifier\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: notifier\n  template:\n    metadata:\n      labels:\n        app: notifier\n    spec:\n      containers:\n        - name: notifier\n          image: ghcr.io/{repo}:{ver}\n          env:\n            - name: MAIL_PROVIDER\n              value: sendgrid\n            - name: SENDGRID_API_KEY\n              value: \"<<sendgrid_api_key>>\"\n            - name: REQUEST_TIMEOUT_MS\n              value: \"5000\"\n"),
    ("ci_log", "github_pat",
     "2024-11-0{q}T10:14:02.1182Z ##[group]Run ./scripts/publish-release.sh\n2024-11-0{q}T10:14:02.1190Z + VERSION={ver}\n2024-11-0{q}T10:14:02.1201Z + curl -sS -X POST -H 'Accept: application/vnd.github+json' -H 'Authorization: token <<github_pat>>' https://api.github.com/repos/{repo}/releases -d '{{\"tag_name\":\"v{ver}\"}}'\n2024-11-0{q}T10:14:03.0044Z {{\n2024-11-0{q}T10:14:03.0045Z   \"id\": {acct},\n2024-11-0{q}T10:14:03.0046Z   \"tag_name\": \"v{ver}\",\n2024-11-0{q}T10:14:03.0047Z   \"target_commitish\": \"{sha40}\"\n2024-11-0{q}T10:14:03.0047Z }}\n2024-11-0{q}T10:14:03.0101Z ##[endgroup]\n"),
    ("app_log", "openai_api_key",
     "{lt} DEBUG [llm-client] POST https://api.openai.com/v1/chat/completions\n{lt} DEBUG [llm-client] request headers: {{'Content-Type': 'application/json', 'Authorization': 'Bearer <<openai_api_key>>', 'X-Request-Id': '{uuid}'}}\n{lt} INFO  [llm-client] response 200 in 1834ms tokens=812\n{lt} INFO  [summariser] wrote summary for ticket {acct}\n"),
    ("app_log", "database_password",
     "{lt} INFO  worker-3 starting export job id={uuid}\n{lt} INFO  worker-3 connecting to mongodb://{user}:<<database_password>>@mongo-0.{dbhost}:27017/exports?authSource=admin&replicaSet=rs0\n{lt} WARN  worker-3 slow query (2.4s) on collection orders\n{lt} INFO  worker-3 export finished rows=18234 file=s3://{bucket}/exports/{sha7}.csv.gz\n"),
    ("source_code", "anthropic_api_key",
     "import os\nimport anthropic\n\n# TODO: move this to the secrets manager before the demo\nclient = anthropic.Anthropic(api_key=\"<<anthropic_api_key>>\")\n\n\ndef summarise(text: str) -> str:\n    msg = client.messages.create(\n        model=os.environ.get(\"MODEL\", \"claude-sonnet\"),\n        max_tokens=400,\n        messages=[{{\"role\": \"user\", \"content\": f\"Summarise:\\n{{text}}\"}}],\n    )\n    return msg.content[0].text\n"),
    ("source_code", "stripe_restricted_key",
     "// server/payments.js\nconst Stripe = require('stripe');\nconst stripe = Stripe('<<stripe_restricted_key>>', {{ apiVersion: '2024-06-20' }});\n\nasync function refund(paymentIntentId, amountCents) {{\n  return stripe.refunds.create({{ payment_intent: paymentIntentId, amount: amountCents }});\n}}\n\nmodule.exports = {{ refund }};\n"),
    ("source_code", "slack_bot_token",
     "package notify\n\nimport (\n\t\"github.com/slack-go/slack\"\n)\n\n// hardcoded for the hackathon, rotate later\nconst slackToken = \"<<slack_bot_token>>\"\n\nfunc Post(channel, text string) error {{\n\tapi := slack.New(slackToken)\n\t_, _, err := api.PostMessage(channel, slack.MsgOptionText(text, false))\n\treturn err\n}}\n"),
    ("yaml_config", "slack_webhook_url",
     "alerting:\n  enabled: true\n  min_severity: warning\n  channels:\n    - type: slack\n      name: {team}-alerts\n      webhook_url: <<slack_webhook_url>>\n    - type: email\n      to: oncall-{team}@{cdomain}\n  dedupe_window: 10m\nchecks:\n  - name: api-latency\n    query: p95(http_request_duration_seconds) > 1.5\n"),
    ("npmrc", "npm_token",
     "registry=https://registry.npmjs.org/\n@{team}:registry=https://npm.pkg.github.com\n//registry.npmjs.org/:_authToken=<<npm_token>>\nsave-exact=true\nfund=false\n"),
    ("ini_config", "pypi_token",
     "[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = <<pypi_token>>\n\n[internal]\nrepository = https://pypi.{cdomain}/simple/\nusername = deploy\n"),
    ("json_config", "azure_storage_key",
     "{{\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Information\" }} }},\n  \"AllowedHosts\": \"*\",\n  \"ConnectionStrings\": {{\n    \"Blob\": \"DefaultEndpointsProtocol=https;AccountName={team}store{q};AccountKey=<<azure_storage_key>>;EndpointSuffix=core.windows.net\",\n    \"Sql\": \"Server=tcp:{team}-sql.database.windows.net,1433;Database=app;Authentication=Active Directory Default;\"\n  }},\n  \"FeatureManagement\": {{ \"NewDashboard\": false }}\n}}\n"),
    ("ticket", "github_fine_grained_pat",
     "Ticket #{acct}: CI can't clone private submodule\nRequester: {name}\nPriority: High\n\nDescription:\nSince this morning the nightly build fails at the submodule step. I tried running it by hand on the runner:\n\n$ git clone https://{handle}:<<github_fine_grained_pat>>@github.com/{repo}.git\nCloning into 'api'...\nremote: Repository not found.\n\nThe token was created last week with access to that repo only. Any idea what changed?\n"),
    ("chat_export", "twilio_auth_token",
     "[09:12] {name}\nanyone have the staging twilio creds? the sms tests are failing\n\n[09:14] {name2}\nSID is AC{md5} and the auth token is <<twilio_auth_token>>, please don't paste it anywhere else\n\n[09:15] {name}\nthanks! will move it to the vault after the demo\n"),
    ("email", "generic_password",
     "From: {name} <{email}>\nTo: {name2} <{email2}>\nSubject: Access to the vendor portal\nDate: Thu, 14 Mar 2024 16:02:11 +0000\n\nHi {first2},\n\nAs discussed, here are the temporary credentials for the supplier portal until your own account is approved:\n\nURL: https://portal.{cdomain}/login\nUsername: {user}\nPassword: <<generic_password>>\n\nPlease change it after the first login. The portal locks after 5 failed attempts.\n\nThanks,\n{first}\n"),
    ("wiki", "mailgun_api_key",
     "== Sending a test email from staging ==\nUse the Mailgun API directly when you need to check templates without deploying:\n\n<pre>\ncurl -s --user 'api:<<mailgun_api_key>>' \\\n  https://api.mailgun.net/v3/mg.{cdomain}/messages \\\n  -F from='Staging <noreply@mg.{cdomain}>' \\\n  -F to={email} \\\n  -F subject='Template check' \\\n  -F template=order-confirmation\n</pre>\n\nLast edited by {name} on {isodate}.\n"),
    ("app_log", "jwt",
     "{lt} INFO  gateway GET /api/v2/orders?page=2 200 41ms\n{lt} DEBUG gateway upstream=orders-svc headers={{\"authorization\":\"Bearer <<jwt>>\",\"x-request-id\":\"{uuid}\",\"user-agent\":\"okhttp/4.12.0\"}}\n{lt} INFO  gateway GET /api/v2/orders/{acct} 200 12ms\n"),
    ("har_json", "jwt",
     "{{\n  \"log\": {{\n    \"entries\": [\n      {{\n        \"startedDateTime\": \"{ts}\",\n        \"request\": {{\n          \"method\": \"GET\",\n          \"url\": \"https://api.{cdomain}/v1/me\",\n          \"headers\": [\n            {{ \"name\": \"Accept\", \"value\": \"application/json\" }},\n            {{ \"name\": \"Authorization\", \"value\": \"Bearer <<jwt>>\" }}\n          ]\n        }},\n        \"response\": {{ \"status\": 200, \"headers\": [ {{ \"name\": \"ETag\", \"value\": \"W/\\\"{md5}\\\"\" }} ] }},\n        \"time\": 84.2\n      }}\n    ]\n  }}\n}}\n"),
    ("chat_export", "private_key",
     "[14:02] {name}\ncan you add this to the bastion so I can get in? it's the key I use from my laptop\n\n[14:03] {name}\n<<private_key>>\n\n[14:05] {name2}\nthat's your PRIVATE key, please delete this message and generate a new pair. I only need the .pub file\n"),
    ("ticket", "private_key",
     "Ticket #{acct}: SFTP upload failing for partner feed\nRequester: {name}\n\nDescription:\nThe partner says our key is rejected. This is what is configured on the transfer server at /etc/feeds/id_partner:\n\n<<private_key>>\n\nFingerprint on their side: SHA256:{nonce}\n"),
    ("terraform", "datadog_api_key",
     "# terraform.tfvars ({team})\nregion          = \"{region}\"\ninstance_type   = \"t3.medium\"\ndatadog_api_key = \"<<datadog_api_key>>\"\ngitlab_token    = \"<<gitlab_pat>>\"\nallowed_cidrs   = [\"10.20.0.0/16\"]\ntags = {{\n  owner = \"{team}\"\n  cost_center = \"{acct}\"\n}}\n"),
    ("shell_history", "huggingface_token",
     "  501  cd ~/work/{team}-models\n  502  python -m venv .venv && source .venv/bin/activate\n  503  pip install -r requirements.txt\n  504  export HF_TOKEN=<<huggingface_token>>\n  505  python scripts/download.py --revision {sha7}\n  506  git status\n  507  history | tail\n"),
    ("shell_history", "database_password",
     "  88  kubectl config use-context prod-{region}\n  89  kubectl get pods -n {team}\n  90  psql \"postgresql://{user}:<<database_password>>@{dbhost}:5432/orders?sslmode=require\" -c 'select count(*) from refunds'\n  91  exit\n"),
    ("notebook_json", "openai_api_key",
     "{{\n \"cells\": [\n  {{\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n   \"metadata\": {{}},\n   \"outputs\": [],\n   \"source\": [\n    \"import openai\\n\",\n    \"openai.api_key = \\\"<<openai_api_key>>\\\"\\n\",\n    \"df = load_feedback('{isodate}')\"\n   ]\n  }}\n ],\n \"metadata\": {{ \"kernelspec\": {{ \"name\": \"python3\" }} }},\n \"nbformat\": 4\n}}\n"),
    ("ini_config", "basic_auth_password",
     "# /etc/pip.conf on build agents\n[global]\nindex-url = https://deploy:<<basic_auth_password>>@pypi.{cdomain}/simple\ntimeout = 60\nretries = 5\n"),
    ("ci_log", "basic_auth_password",
     "[Pipeline] sh\n+ git remote -v\norigin\thttps://ci-bot:<<basic_auth_password>>@git.{cdomain}/{repo}.git (fetch)\norigin\thttps://ci-bot:<<basic_auth_password>>@git.{cdomain}/{repo}.git (push)\n+ git fetch --tags\n[Pipeline] }}\nFinished: SUCCESS\n"),
    ("source_code", "google_api_key",
     "<!-- res/values/keys.xml -->\n<resources>\n    <string name=\"app_name\">{saas}</string>\n    <string name=\"google_maps_key\"><<google_api_key>></string>\n    <string name=\"support_email\">help@{cdomain}</string>\n</resources>\n"),
    ("source_code", "shopify_access_token",
     "<?php\n// config/shopify.php\nreturn [\n    'shop_domain' => '{team}-store.myshopify.com',\n    'access_token' => '<<shopify_access_token>>',\n    'api_version' => '2024-07',\n    'webhook_topics' => ['orders/create', 'refunds/create'],\n];\n"),
    ("source_code", "telegram_bot_token",
     "import logging\nfrom telegram.ext import ApplicationBuilder, CommandHandler\n\nlogging.basicConfig(level=logging.INFO)\nBOT_TOKEN = \"<<telegram_bot_token>>\"\n\n\nasync def status(update, context):\n    await update.message.reply_text(\"All systems operational\")\n\napp = ApplicationBuilder().token(BOT_TOKEN).build()\napp.add_handler(CommandHandler(\"status\", status))\napp.run_polling()\n"),
    ("issue_comment", "discord_webhook_url",
     "{handle} commented on {isodate}:\n\nThe notifications stopped after the upgrade. Here is my config, maybe I'm missing something?\n\n```toml\n[notify.discord]\nenabled = true\nwebhook = \"<<discord_webhook_url>>\"\nmention_role = \"ops\"\n```\n\nVersion: {ver}, running in Docker on Debian 12.\n"),
    ("ci_config", "digitalocean_token",
     "# .gitlab-ci.yml\nstages: [build, deploy]\n\nvariables:\n  DOCKER_DRIVER: overlay2\n  DIGITALOCEAN_ACCESS_TOKEN: \"<<digitalocean_token>>\"\n\nbuild:\n  stage: build\n  script:\n    - docker build -t registry.{cdomain}/{team}/api:$CI_COMMIT_SHORT_SHA .\n\ndeploy:\n  stage: deploy\n  script:\n    - doctl kubernetes cluster kubeconfig save prod-{q}\n    - kubectl apply -f k8s/\n  only: [main]\n"),
    ("sql_result", "sendgrid_api_key",
     "mysql> SELECT id, provider, api_key, enabled FROM integrations WHERE tenant_id = {q}0{q};\n"
     "+----+-----------+" + "-" * 71 + "+---------+\n"
     "| id | provider  | " + "api_key".ljust(69) + " | enabled |\n"
     "+----+-----------+" + "-" * 71 + "+---------+\n"
     "|  7 | sendgrid  | <<sendgrid_api_key>> |       1 |\n"
     "|  9 | webhook   | " + "NULL".ljust(69) + " |       0 |\n"
     "+----+-----------+" + "-" * 71 + "+---------+\n2 rows in set (0.01 sec)\n"),
    ("csv", "generic_password",
     "service_account,system,password,rotated_at,owner\nsvc_backup,nas-01,<<generic_password>>,{isodate},{team}\nsvc_scanner,printer-fleet,<<generic_password>>,{isodate2},facilities\nsvc_reports,reporting-db,<<generic_password>>,{isodate3},data\n"),
    ("crm_record", "signing_secret",
     "{{\n  \"Id\": \"001{sha7}AAQ\",\n  \"Name\": \"{company}\",\n  \"Integration__c\": {{\n    \"Webhook_URL__c\": \"https://hooks.{cdomain}/crm\",\n    \"Webhook_Signing_Secret__c\": \"<<signing_secret>>\",\n    \"Last_Delivery__c\": \"{ts}\"\n  }},\n  \"Owner\": \"{name}\"\n}}\n"),
    ("properties", "generic_password",
     "# application-prod.properties\nspring.datasource.url=jdbc:postgresql://{dbhost}:5432/billing\nspring.datasource.username={user}\nspring.datasource.password=<<generic_password>>\nspring.jpa.hibernate.ddl-auto=validate\nmanagement.endpoints.web.exposure.include=health,info\napp.jwt.secret=<<signing_secret>>\napp.jwt.ttl-minutes=30\n"),
    ("git_credentials", "github_oauth_token",
     "$ cat ~/.git-credentials\nhttps://{handle}:<<github_oauth_token>>@github.com\n$ git config --global credential.helper\nstore\n"),
    ("markdown", "generic_password",
     "# Staging environment\n\n| Item | Value |\n|------|-------|\n| URL | https://staging.{cdomain} |\n| Admin user | `admin` |\n| Admin password | `<<generic_password>>` |\n| Build | {sha7} |\n\nThe staging database is reset every Sunday at 03:00 UTC.\n"),
    ("chat_transcript", "slack_user_token",
     "[10:02] {first} (customer): I'm setting up the integration but it says invalid_auth. This is the token I pasted: <<slack_user_token>>\n[10:04] {first2} (agent): Thanks. For security, please revoke that token now since it was shared in chat, then create a bot token instead of a user token.\n[10:05] {first} (customer): ok, done\n"),
    ("env_file", "anthropic_api_key",
     "# .env.local  (do not commit)\nNEXT_PUBLIC_APP_NAME={saas}\nNEXT_PUBLIC_SENTRY_RELEASE={sha7}\nANTHROPIC_API_KEY=<<anthropic_api_key>>\nHF_TOKEN=<<huggingface_token>>\nRATE_LIMIT_PER_MIN=60\n"),
]

# ---------------------------------------------------------------------------
# Clean templates: (format, category, template)
CLEAN_TEMPLATES = [
    ("json_lockfile", "integrity_hash",
     "{{\n  \"name\": \"{team}-web\",\n  \"lockfileVersion\": 3,\n  \"packages\": {{\n    \"node_modules/{lib}\": {{\n      \"version\": \"{ver}\",\n      \"resolved\": \"https://registry.npmjs.org/{lib}/-/{lib}-{ver}.tgz\",\n      \"integrity\": \"{sri512}\",\n      \"license\": \"MIT\"\n    }},\n    \"node_modules/ms\": {{\n      \"version\": \"2.1.3\",\n      \"resolved\": \"https://registry.npmjs.org/ms/-/ms-2.1.3.tgz\",\n      \"integrity\": \"{sri5122}\"\n    }}\n  }}\n}}\n"),
    ("web_page", "integrity_hash",
     "<!doctype html>\n<html>\n<head>\n  <meta charset=\"utf-8\">\n  <title>{saas} dashboard</title>\n  <meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self' 'nonce-{nonce}'\">\n  <link rel=\"stylesheet\" href=\"https://cdn.{cdomain}/css/app.{md5}.css\" integrity=\"{sri384}\" crossorigin=\"anonymous\">\n  <script src=\"https://cdn.{cdomain}/js/vendor.{sha7}.js\" integrity=\"{sri3842}\" crossorigin=\"anonymous\" defer></script>\n</head>\n<body><div id=\"root\"></div></body>\n</html>\n"),
    ("git_log", "git_sha",
     "commit {sha40}\nAuthor: {name} <{email}>\nDate:   Tue Apr 9 11:02:44 2024 +0200\n\n    Rotate webhook signing secret via secrets manager\n\n    The secret now lives in {arnsm}; nothing is stored in the repo.\n\ncommit {sha402}\nMerge: {sha7} {sha72}\nAuthor: {name2} <{email2}>\nDate:   Mon Apr 8 17:40:03 2024 +0200\n\n    Merge branch 'fix/token-refresh'\n"),
    ("docker_output", "docker_digest",
     "$ docker pull ghcr.io/{repo}:{ver}\n{ver}: Pulling from {repo}\n{sha7}a1b2: Pull complete\n{sha72}c3d4: Pull complete\nDigest: sha256:{sha64}\nStatus: Downloaded newer image for ghcr.io/{repo}:{ver}\n$ docker images --digests | head -2\nREPOSITORY           TAG     DIGEST                                                                    IMAGE ID\nghcr.io/{repo}   {ver}   sha256:{sha64}   {sha7}0c5e1\n"),
    ("k8s_manifest", "docker_digest",
     "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  annotations:\n    deployment.kubernetes.io/revision: \"{q}7\"\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.{cdomain}/api@sha256:{sha64}\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: api-db\n                  key: password\n            - name: STRIPE_SECRET_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: payments\n                  key: stripe-secret-key\n"),
    ("checksums", "hash",
     "# SHA256SUMS for release v{ver}\n{sha64}  {team}-cli_{ver}_linux_amd64.tar.gz\n{sha642}  {team}-cli_{ver}_darwin_arm64.tar.gz\n{sha643}  {team}-cli_{ver}_windows_amd64.zip\n# MD5 (legacy mirrors)\n{md5}  {team}-cli_{ver}_linux_amd64.tar.gz\n"),
    ("go_sum", "hash",
     "github.com/google/uuid v1.6.0 {h1}\ngithub.com/google/uuid v1.6.0/go.mod {h12}\ngolang.org/x/net v0.24.0 {h13}\ngolang.org/x/net v0.24.0/go.mod {h14}\n"),
    ("requirements", "hash",
     "# generated by pip-compile --generate-hashes\ncertifi==2024.2.2 \\\n    --hash=sha256:{sha64} \\\n    --hash=sha256:{sha642}\nidna==3.7 \\\n    --hash=sha256:{sha643}\nrequests==2.31.0 \\\n    --hash=sha256:{sha644}\n"),
    ("app_log", "trace_id",
     "{lt} INFO  api request_id={uuid} method=POST path=/v1/payments status=201 duration_ms=183 traceparent=00-{traceid}-{spanid}-01\n{lt} INFO  api request_id={uuid2} method=GET path=/v1/payments/{pi} status=200 duration_ms=22 traceparent=00-{traceid2}-{spanid2}-01\n{lt} WARN  api request_id={uuid3} method=POST path=/v1/refunds status=409 error=idempotency_conflict idempotency_key={uuid4}\n"),
    ("env_file", "placeholder",
     "# .env.example - copy to .env and fill in real values\nDATABASE_URL=postgres://user:password@localhost:5432/app_dev\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nSTRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx\nOPENAI_API_KEY=YOUR_API_KEY\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX\nJWT_SECRET=changeme\nSMTP_PASSWORD=\n"),
    ("ci_config", "secret_reference",
     "name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    permissions:\n      id-token: write\n      contents: read\n    steps:\n      - uses: actions/checkout@{sha40}\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: arn:aws:iam::{acct}:role/github-deploy\n          aws-region: {region}\n      - run: ./deploy.sh\n        env:\n          NPM_TOKEN: ${{{{ secrets.NPM_TOKEN }}}}\n          SENTRY_AUTH_TOKEN: ${{{{ secrets.SENTRY_AUTH_TOKEN }}}}\n"),
    ("terraform", "secret_reference",
     "data \"aws_secretsmanager_secret_version\" \"db\" {{\n  secret_id = \"{arnsm}\"\n}}\n\nresource \"aws_db_instance\" \"main\" {{\n  identifier        = \"{team}-db\"\n  engine            = \"postgres\"\n  instance_class    = \"db.t4g.medium\"\n  username          = \"{user}\"\n  password          = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)[\"password\"]\n  storage_encrypted = true\n}}\n"),
    ("yaml_config", "secret_reference",
     "database:\n  host: {dbhost}\n  port: 5432\n  user: {user}\n  password: vault:secret/data/{team}/db#password\nsmtp:\n  host: smtp.{cdomain}\n  password: op://Infrastructure/SMTP relay/password\nstripe:\n  secret_key: ${{STRIPE_SECRET_KEY}}\n  webhook_secret: ${{STRIPE_WEBHOOK_SECRET:?must be set}}\n"),
    ("cli_output", "masked_value",
     "$ {team}ctl credentials list\nNAME              TYPE            VALUE                          CREATED\nstripe-live       api_key         sk_live_****************{last4}        {isodate}\ngithub-ci         token           ghp_********************************{last42}    {isodate2}\naws-deploy        access_key      AKIA************{lastb}           {isodate3}\nsendgrid          api_key         SG.****...****                 {isodate}\n"),
    ("ticket", "masked_value",
     "Ticket #{acct}: Payment failures after key rotation\nRequester: {name}\n\nDescription:\nAfter rotating our Stripe key yesterday, all charges fail with 401. The dashboard shows the new key as sk_live_...{last4} and our config loader prints `STRIPE_SECRET_KEY=********` at startup, so I think it's loaded. Request IDs from the failed calls: req_{sha7}AbC, req_{sha72}XyZ.\n"),
    ("source_code", "publishable_key",
     "// src/checkout.js (browser bundle)\nimport {{ loadStripe }} from '@stripe/stripe-js';\n\n// Publishable keys are safe to expose in client-side code.\nconst stripePromise = loadStripe('{pkpub}');\n\nexport async function startCheckout(sessionId) {{\n  const stripe = await stripePromise;\n  return stripe.redirectToCheckout({{ sessionId }});\n}}\n"),
    ("authorized_keys", "public_key",
     "# ~/.ssh/authorized_keys on bastion-{q}\n{sshpub} {handle}@laptop\n{sshpub2} {handle2}@workstation\n{sshrsa} deploy@ci\n"),
    ("ticket", "certificate",
     "Ticket #{acct}: Partner needs our public certificate\nRequester: {name}\n\nDescription:\nPlease send the attached certificate to the partner so they can pin it. This is the public part only; the key stays in the HSM.\n\n{cert}\n\nSerial: {md5}\n"),
    ("markdown", "public_key",
     "## Verifying webhook signatures\n\nWe sign every webhook with our private key. Verify the `X-Signature` header with this public key:\n\n```\n{pubkey}\n```\n\nKey ID: `{sha7}`. We will announce rotations 30 days in advance.\n"),
    ("api_json", "base64_blob",
     "{{\n  \"id\": \"att_{sha7}\",\n  \"filename\": \"signature.png\",\n  \"content_type\": \"image/png\",\n  \"size\": {q}{q}48,\n  \"checksum_md5\": \"{md5}\",\n  \"data\": \"{pngb64}\"\n}}\n"),
    ("web_page", "base64_blob",
     "<style>\n.logo {{ background-image: url(\"data:image/png;base64,{pngb64}\"); width: 32px; height: 32px; }}\n</style>\n<div class=\"logo\" role=\"img\" aria-label=\"{company} logo\"></div>\n"),
    ("markdown", "example_key",
     "# Configuring the CLI\n\nRun `aws configure` and enter your access key when prompted. The values below are the documentation examples, not real keys:\n\n```\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: {region}\nDefault output format [None]: json\n```\n\nNever commit your real credentials to git.\n"),
    ("api_json", "pagination_cursor",
     "{{\n  \"data\": [\n    {{ \"id\": \"{cus}\", \"object\": \"customer\", \"created\": 1712{acct}, \"email_verified\": true }},\n    {{ \"id\": \"{cus2}\", \"object\": \"customer\", \"created\": 1712{acct2}, \"email_verified\": false }}\n  ],\n  \"has_more\": true,\n  \"next_cursor\": \"{cursor}\",\n  \"request_id\": \"{reqid}\"\n}}\n"),
    ("api_json", "order_number",
     "{{\n  \"order\": {{\n    \"number\": \"{ordernum}\",\n    \"status\": \"shipped\",\n    \"payment_intent\": \"{pi}\",\n    \"customer\": \"{cus}\",\n    \"shipment\": {{ \"carrier\": \"UPS\", \"tracking\": \"{tracking}\" }},\n    \"items\": [ {{ \"sku\": \"SKU-{q}{last4}\", \"qty\": 2 }} ]\n  }},\n  \"etag\": {etag}\n}}\n"),
    ("email", "session_url",
     "From: {company} <orders@{cdomain}>\nTo: {email}\nSubject: Complete your purchase\n\nHi {first},\n\nYou left something in your cart. Pick up where you left off:\nhttps://checkout.stripe.com/c/pay/{cs}\n\nOrder reference: {ordernum}\nNeed help? Reply to this email.\n\nhttps://{cdomain}/unsubscribe?list=cart-reminders&utm_source=email&utm_campaign=abandoned_cart&_ga={gaid}\n"),
    ("web_page", "client_id",
     "<script src=\"https://accounts.google.com/gsi/client\" async></script>\n<div id=\"g_id_onload\"\n     data-client_id=\"{oauthclient}\"\n     data-login_uri=\"https://{cdomain}/auth/google/callback\"\n     data-auto_prompt=\"false\">\n</div>\n<p>Sign in with your work account. Trouble signing in? Contact IT.</p>\n"),
    ("ci_log", "masked_value",
     "2024-05-1{q}T08:00:12.4410Z ##[group]Run aws configure set aws_secret_access_key ***\n2024-05-1{q}T08:00:12.4413Z aws configure set aws_secret_access_key ***\n2024-05-1{q}T08:00:12.4413Z shell: /usr/bin/bash -e {{0}}\n2024-05-1{q}T08:00:12.4414Z env:\n2024-05-1{q}T08:00:12.4414Z   AWS_ACCESS_KEY_ID: ***\n2024-05-1{q}T08:00:12.4415Z   NPM_TOKEN: ***\n2024-05-1{q}T08:00:13.9001Z ##[endgroup]\n2024-05-1{q}T08:00:14.1010Z Uploaded build artifacts, run id {acct}, cache key node-{sha64}\n"),
    ("app_log", "request_id",
     "{lt} ERROR checkout payment failed order={ordernum} intent={pi} code=card_declined sentry_event={sentryid}\n{lt} INFO  checkout retry scheduled order={ordernum} attempt=2 job_id={uuid}\n{lt} INFO  checkout webhook received type=payment_intent.succeeded id=evt_{sha7}Qx delivery={uuid2}\n"),
    ("build_output", "hash",
     "> {team}-web@{ver} build\n> vite build\n\nvite v5.2.8 building for production...\n✓ 412 modules transformed.\ndist/index.html                  0.62 kB │ gzip:  0.38 kB\ndist/assets/index-{sha7}{last4}.css   18.40 kB │ gzip:  4.11 kB\ndist/assets/vendor-{sha72}{last42}.js  142.77 kB │ gzip: 46.02 kB\ndist/assets/index-{sha73}{last43}.js   61.30 kB │ gzip: 19.85 kB\n✓ built in 3.41s\n"),
    ("k8s_output", "uuid",
     "$ kubectl get pod api-{podhash} -o yaml | head -14\napiVersion: v1\nkind: Pod\nmetadata:\n  name: api-{podhash}\n  namespace: {team}\n  uid: {uuid}\n  resourceVersion: \"{acct}\"\n  labels:\n    pod-template-hash: {sha7}\n  annotations:\n    checksum/config: {sha64}\n    kubectl.kubernetes.io/restartedAt: \"{ts}\"\n"),
    ("docs_page", "placeholder",
     "## Authentication\n\nAll requests must include your API key in the `Authorization` header:\n\n```bash\ncurl https://api.{cdomain}/v1/invoices \\\n  -H \"Authorization: Bearer <YOUR_API_KEY>\"\n```\n\nReplace `<YOUR_API_KEY>` with a key from Settings > API. Test keys start with `sk_test_` and live keys with `sk_live_`. Keys are shown only once; if you lose one, revoke it and create a new one.\n"),
    ("sql_result", "hash",
     "mysql> SELECT id, filename, sha256, uploaded_by FROM documents ORDER BY id DESC LIMIT 3;\n+------+-------------------+------------------------------------------------------------------+-------------+\n| id   | filename          | sha256                                                           | uploaded_by |\n+------+-------------------+------------------------------------------------------------------+-------------+\n| {last4} | contract_v3.pdf   | {sha64} | {user}  |\n| {last42} | invoice_0412.pdf  | {sha642} | {user}  |\n+------+-------------------+------------------------------------------------------------------+-------------+\n2 rows in set (0.00 sec)\n"),
    ("csv", "uuid",
     "event_id,occurred_at,type,customer_id,amount_cents\n{uuid},{ts},charge.succeeded,{cus},4599\n{uuid2},{ts2},refund.created,{cus2},-1200\n{uuid3},{ts3},charge.succeeded,{cus},12900\n"),
    ("chat_export", "masked_value",
     "[11:20] {name}\nrotated the sendgrid key, new one ends in ...{last4}. it's in the vault under {team}/sendgrid, don't paste it here\n\n[11:22] {name2}\nthanks. updated the k8s secret, pods restarted at 11:21. deploy id {uuid}\n"),
    ("email", "hash",
     "From: Release Bot <releases@{cdomain}>\nTo: {team}@{cdomain}\nSubject: Release v{ver} published\n\nRelease v{ver} is out.\n\nCommit: {sha40}\nSHA-256 (installer): {sha64}\nSBOM digest: sha256:{sha642}\nSigned with key ID {sha7}{last4}\n\nChangelog: https://{cdomain}/changelog#v{ver}\n"),
    ("crm_record", "order_number",
     "{{\n  \"Id\": \"006{sha7}AAA\",\n  \"Opportunity\": \"{company} renewal\",\n  \"Amount\": {acct},\n  \"Quote_Number__c\": \"Q-{year}-{last4}\",\n  \"PO_Number__c\": \"PO{acct2}\",\n  \"Stripe_Customer__c\": \"{cus}\",\n  \"Contract_Hash__c\": \"{sha64}\"\n}}\n"),
    ("yaml_config", "placeholder",
     "# config.sample.yaml\nserver:\n  port: 8080\nauth:\n  jwt_secret: \"<generate with: openssl rand -hex 32>\"\n  session_cookie: {team}_sid\nmail:\n  api_key: \"REPLACE_ME\"\n  from: noreply@{cdomain}\ngithub:\n  token: \"ghp_your_token_here\"\n"),
]


def build_secrets(seed=5207):
    rows = []
    master = random.Random(seed)
    idx = 0
    order_s = list(range(len(SECRET_TEMPLATES)))
    order_c = list(range(len(CLEAN_TEMPLATES)))
    master.shuffle(order_s)
    master.shuffle(order_c)
    plan = [("secret", SECRET_TEMPLATES[order_s[i % len(order_s)]]) for i in range(100)] + \
           [("clean", CLEAN_TEMPLATES[order_c[i % len(order_c)]]) for i in range(120)]
    for label, (fmt, cat, tmpl) in plan:
        idx += 1
        r = random.Random("sec-%d-%d" % (seed, idx))
        text, spans = assemble(r, tmpl)
        for s in spans:
            assert text[s["start"]:s["end"]], s
        if label == "secret":
            assert spans, (fmt, cat)
        else:
            assert not spans
        rows.append({"id": "sec-%04d" % idx, "format": fmt, "label": label, "category": cat, "text": text, "secrets": spans})
    return rows
