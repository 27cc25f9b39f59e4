"""secrets.jsonl: 90 rows with secrets in leak contexts, 60 clean look-alikes."""
import base64
import hashlib
import json
import string

from common import person, company, date_str, time_str, hexs, email_of

AN = string.ascii_letters + string.digits
UP = string.ascii_uppercase
URLS = AN + "-_"
HEX = "0123456789abcdef"


def rs(r, chars, n):
    return "".join(r.choice(chars) for _ in range(n))


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ---------- secret generators: return list of (VAR_NAME, value) ----------
def g_aws(r):
    return [("AWS_ACCESS_KEY_ID", "AKIA" + rs(r, UP + "234567", 16)), ("AWS_SECRET_ACCESS_KEY", rs(r, AN + "/+", 40))]


def g_github_pat(r):
    return [(r.choice(["GITHUB_TOKEN", "GH_TOKEN"]), "ghp_" + rs(r, AN, 36))]


def g_github_fg(r):
    return [("GITHUB_PAT", "github_pat_11" + rs(r, UP + string.digits, 20) + "_" + rs(r, AN, 59))]


def g_gitlab(r):
    return [("GITLAB_TOKEN", "glpat-" + rs(r, URLS, 20))]


def g_slack_bot(r):
    return [("SLACK_BOT_TOKEN", f"xoxb-{r.randint(10**10, 10**11 - 1)}-{r.randint(10**12, 10**13 - 1)}-{rs(r, AN, 24)}")]


def g_slack_hook(r):
    return [("SLACK_WEBHOOK_URL", f"https://hooks.slack.com/services/T{rs(r, UP + string.digits, 8)}/B{rs(r, UP + string.digits, 10)}/{rs(r, AN, 24)}")]


def g_stripe_sk(r):
    return [("STRIPE_SECRET_KEY", "sk_live_51" + rs(r, AN, 97))]


def g_stripe_rk(r):
    return [("STRIPE_RESTRICTED_KEY", "rk_live_51" + rs(r, AN, 97))]


def g_openai(r):
    return [("OPENAI_API_KEY", "sk-proj-" + rs(r, URLS, 74) + "T3BlbkFJ" + rs(r, URLS, 74))]


def g_anthropic(r):
    return [("ANTHROPIC_API_KEY", "sk-ant-api03-" + rs(r, URLS, 93) + "AA")]


def g_google(r):
    return [(r.choice(["GOOGLE_API_KEY", "MAPS_SERVER_KEY", "GEMINI_API_KEY"]), "AIza" + rs(r, URLS, 35))]


def g_twilio(r):
    return [("TWILIO_API_KEY", "SK" + rs(r, HEX, 32)), ("TWILIO_API_SECRET", rs(r, AN, 32))]


def g_sendgrid(r):
    return [("SENDGRID_API_KEY", "SG." + rs(r, URLS, 22) + "." + rs(r, URLS, 43))]


def g_npm(r):
    return [("NPM_TOKEN", "npm_" + rs(r, AN, 36))]


def g_pypi(r):
    return [("PYPI_API_TOKEN", "pypi-AgEIcHlwaS5vcmcCJ" + rs(r, URLS, 150))]


def g_azure_storage(r):
    return [("AZURE_STORAGE_KEY", base64.b64encode(bytes(r.randint(0, 255) for _ in range(64))).decode())]


def g_datadog(r):
    return [("DD_API_KEY", rs(r, HEX, 32)), ("DD_APP_KEY", rs(r, HEX, 40))]


def g_hf(r):
    return [("HF_TOKEN", "hf_" + rs(r, string.ascii_letters, 34))]


def g_shopify(r):
    return [("SHOPIFY_ADMIN_TOKEN", "shpat_" + rs(r, HEX, 32))]


def g_mailgun(r):
    return [("MAILGUN_API_KEY", "key-" + rs(r, HEX, 32))]


def g_telegram(r):
    return [("TELEGRAM_BOT_TOKEN", f"{r.randint(10**9, 8 * 10**9)}:AA{rs(r, URLS, 33)}")]


def g_do(r):
    return [("DIGITALOCEAN_TOKEN", "dop_v1_" + rs(r, HEX, 64))]


def g_azure_ad(r):
    return [("AZURE_CLIENT_SECRET", rs(r, AN, 3) + "8Q~" + rs(r, AN + "~._-", 34))]


def g_grafana(r):
    return [("GRAFANA_SA_TOKEN", "glsa_" + rs(r, AN, 32) + "_" + rs(r, HEX, 8))]


def pw(r):
    if r.random() < 0.5:
        return rs(r, AN, 6) + r.choice("!#%&*?@$") + rs(r, AN, 5) + r.choice("!#%&*?") + rs(r, string.digits, 2)
    words = ["maple", "orbit", "falcon", "copper", "lantern", "quartz", "meadow", "tundra", "violet", "harbor"]
    return "-".join(r.sample(words, 3)) + "-" + str(r.randint(10, 99)) + r.choice("!#%")


def urlpw(r):
    return rs(r, AN, 8) + r.choice(["_", "-", "."]) + rs(r, AN, 8)


def g_db_url(r):
    user = r.choice(["app", "orders_rw", "analytics", "svc_billing", "admin"])
    kind = r.choice(["postgresql", "postgres", "mysql", "mongodb+srv", "redis"])
    host = r.choice({"postgresql": ["db-prod-1.internal", "pg.orders.svc.cluster.local"], "postgres": ["10.40.2.15", "pg-main.ops.lan"],
                     "mysql": ["mysql-primary.ops.lan", "shopdb.c7x2kq.eu-west-1.rds.amazonaws.com"], "mongodb+srv": ["cluster0.k3jd9.mongodb.net"],
                     "redis": ["cache-prod.internal", "redis-17421.ironbark-cache.net"]}[kind])
    port = {"postgresql": ":5432", "postgres": ":5432", "mysql": ":3306", "mongodb+srv": "", "redis": ":6379"}[kind]
    db = {"redis": "/0"}.get(kind, "/" + r.choice(["orders", "shop", "reporting", "crm"]))
    return [("DATABASE_URL", f"{kind}://{user}:{urlpw(r)}@{host}{port}{db}")]


def g_basic_url(r):
    user = r.choice(["deploy", "ci-bot", "jenkins", "svc-sync", "backup"])
    host = r.choice(["git.tidepool-software.com", "nexus.ironbarkfreight.com", "registry.nordwave.io", "artifacts.kestrelpay.io"])
    path = r.choice(["/platform/api.git", "/repository/maven-releases/", "/v2/", "/simple/"])
    return [("REPO_URL", f"https://{user}:{urlpw(r)}@{host}{path}")]


def b64body(r, n):
    return base64.b64encode(bytes(r.randint(0, 255) for _ in range(n))).decode()


def wrap64(s):
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


def g_pem(r):
    kind = r.choice(["RSA", "PKCS8", "EC"])
    if kind == "RSA":
        body = "MIIEow" + "IBAAKCAQEA" + b64body(r, 880)
        return [("PRIVATE_KEY", "-----BEGIN RSA PRIVATE KEY-----\n" + wrap64(body) + "\n-----END RSA PRIVATE KEY-----")]
    if kind == "PKCS8":
        body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + b64body(r, 880)
        return [("PRIVATE_KEY", "-----BEGIN PRIVATE KEY-----\n" + wrap64(body) + "\n-----END PRIVATE KEY-----")]
    body = "MHcCAQEEI" + b64body(r, 87)
    return [("PRIVATE_KEY", "-----BEGIN EC PRIVATE KEY-----\n" + wrap64(body) + "\n-----END EC PRIVATE KEY-----")]


def g_openssh(r):
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + b64body(r, 300)
    return [("SSH_PRIVATE_KEY", "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap64(body) + "\n-----END OPENSSH PRIVATE KEY-----")]


def g_jwt(r):
    head = b64url(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps({"sub": "usr_" + rs(r, HEX, 12), "role": r.choice(["admin", "service", "support"]),
                              "iat": 1717000000 + r.randint(0, 9000000), "exp": 1737000000 + r.randint(0, 9000000)}, separators=(",", ":")).encode())
    return [("AUTH_TOKEN", f"{head}.{body}.{rs(r, URLS, 43)}")]


def g_password(r):
    return [(r.choice(["DB_PASSWORD", "SMTP_PASSWORD", "ADMIN_PASSWORD", "LDAP_BIND_PASSWORD", "REDIS_PASSWORD"]), pw(r))]


SECRET_GENS = [("aws_access_key", g_aws), ("github_pat", g_github_pat), ("github_fine_grained_pat", g_github_fg),
               ("gitlab_pat", g_gitlab), ("slack_bot_token", g_slack_bot), ("slack_webhook", g_slack_hook),
               ("stripe_secret_key", g_stripe_sk), ("stripe_restricted_key", g_stripe_rk), ("openai_api_key", g_openai),
               ("anthropic_api_key", g_anthropic), ("google_api_key", g_google), ("twilio_api_key", g_twilio),
               ("sendgrid_api_key", g_sendgrid), ("npm_token", g_npm), ("pypi_token", g_pypi),
               ("azure_storage_key", g_azure_storage), ("datadog_api_key", g_datadog), ("huggingface_token", g_hf),
               ("shopify_access_token", g_shopify), ("mailgun_api_key", g_mailgun), ("telegram_bot_token", g_telegram),
               ("digitalocean_token", g_do), ("azure_ad_client_secret", g_azure_ad), ("grafana_service_account_token", g_grafana),
               ("database_url", g_db_url), ("basic_auth_url", g_basic_url), ("pem_private_key", g_pem),
               ("openssh_private_key", g_openssh), ("jwt", g_jwt), ("plain_password", g_password)]
MULTILINE = {"pem_private_key", "openssh_private_key"}

FILLER_ENV = ["APP_ENV=production", "PORT=8080", "LOG_LEVEL=info", "REDIS_HOST=cache.internal", "FEATURE_NEW_CHECKOUT=true",
              "TZ=Europe/Berlin", "WORKERS=4", "SENTRY_ENVIRONMENT=prod", "MAX_UPLOAD_MB=25", "REGION=eu-central-1",
              "CACHE_TTL_SECONDS=300", "PUBLIC_BASE_URL=https://shop.cobaltkitchen.com"]


# ---------- contexts: (r, pairs, values_map) -> (format, text, appeared_values) ----------
def ctx_dotenv(r, pairs):
    lines = r.sample(FILLER_ENV, r.randint(4, 7))
    for k, v in pairs:
        if k == "AZURE_STORAGE_KEY":
            lines.insert(r.randint(0, len(lines)), f"AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=stshop{hexs(r, 6)};AccountKey={v};EndpointSuffix=core.windows.net")
        else:
            q = r.choice(["", '"'])
            lines.insert(r.randint(0, len(lines)), f"{k}={q}{v}{q}")
    return "dotenv", f"# .env — {r.choice(['production', 'staging'])}\n# last updated {date_str(r)}\n" + "\n".join(lines) + "\n", [v for _, v in pairs]


def ctx_ci_log(r, pairs):
    out = [f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{time_str(r)}.{r.randint(1000000, 9999999)}Z ##[group]Run ./scripts/deploy.sh",
           "+ set -x", "+ echo 'Deploying build' " + hexs(r, 7)]
    for k, v in pairs:
        if k in ("DATABASE_URL", "REPO_URL") and r.random() < 0.5:
            out.append(f"+ git clone {v} src" if k == "REPO_URL" else f"+ psql {v} -c 'select 1'")
        elif k in ("GITHUB_TOKEN", "GH_TOKEN", "AUTH_TOKEN", "SLACK_BOT_TOKEN") and r.random() < 0.5:
            out.append(f"+ curl -sf -H 'Authorization: Bearer {v}' https://api.internal/deployments")
        else:
            out.append(f"+ export {k}={v}")
    out += ["+ npm ci --no-audit", "added 812 packages in 21s", "+ npm run build", f"Build finished in {r.randint(30, 200)}s",
            "##[endgroup]", "Error: Process completed with exit code 1."]
    return "ci_log", "\n".join(out) + "\n", [v for _, v in pairs]


def ctx_diff(r, pairs):
    fn = r.choice(["config/settings.py", "src/config.ts", "deploy/values.yaml", "app/config/production.rb"])
    added = []
    for k, v in pairs:
        if fn.endswith(".py"):
            added.append(f'+{k} = "{v}"')
        elif fn.endswith(".ts"):
            added.append(f"+  {k[0].lower() + k[1:].lower().replace('_', '')}: '{v}',")
        elif fn.endswith(".yaml"):
            added.append(f"+  {k.lower()}: \"{v}\"")
        else:
            added.append(f"+  config.{k.lower()} = \"{v}\"")
    body = (f"diff --git a/{fn} b/{fn}\nindex {hexs(r, 7)}..{hexs(r, 7)} 100644\n--- a/{fn}\n+++ b/{fn}\n@@ -12,6 +12,{6 + len(added)} @@\n"
            f" # timeouts\n TIMEOUT = 30\n" + "\n".join(added) + "\n RETRIES = 3\n-DEBUG = True\n+DEBUG = False\n")
    who = person(r)
    return "git_diff", f"commit {hexs(r, 40)}\nAuthor: {who}\nDate:   {date_str(r)} {time_str(r)}\n\n    wip: hook up prod config\n\n" + body, [v for _, v in pairs]


def ctx_trace(r, pairs):
    k, v = pairs[0]
    lines = ["Traceback (most recent call last):", '  File "/srv/app/jobs/sync.py", line 88, in run',
             "    client = build_client(settings)", '  File "/srv/app/clients/factory.py", line 41, in build_client',
             "    return Client(base_url=cfg.base_url, credentials=creds, timeout=cfg.timeout)"]
    locs = [f"    {kk.lower()} = '{vv}'" for kk, vv in pairs]
    tail = ["requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.partner-gateway.com', port=443): Max retries exceeded"]
    text = "\n".join(lines) + "\n\nLocal variables in build_client:\n    cfg = <Settings env='prod'>\n" + "\n".join(locs) + "\n    timeout = 30\n\n" + "\n".join(tail)
    return "stack_trace", f"[{date_str(r)} {time_str(r)}] ERROR worker-{r.randint(1, 8)} job=partner-sync failed\n" + text + "\n", [v for _, v in pairs]


def ctx_chat(r, pairs):
    a, b = person(r), person(r)
    msgs = [{"user_name": a, "text": "hey, staging deploy is failing with 401 again, do you have the current creds?", "ts": f"{1715000000 + r.randint(0, 999999)}.000100"}]
    body = "\n".join(f"{k}={v}" for k, v in pairs)
    msgs.append({"user_name": b, "text": f"yeah, here you go, please don't paste it anywhere else:\n```\n{body}\n```", "ts": f"{1715000000 + r.randint(0, 999999)}.000200"})
    msgs.append({"user_name": a, "text": "thanks, that worked 🙏", "ts": f"{1715000000 + r.randint(0, 999999)}.000300"})
    text = json.dumps({"channel": "#dev-help", "messages": msgs}, ensure_ascii=False, indent=2)
    return "slack_export_json", text, [json.dumps(v, ensure_ascii=False)[1:-1] for _, v in pairs]


def ctx_compose(r, pairs):
    env = "\n".join(f"      {k}: \"{v}\"" for k, v in pairs)
    text = (f"services:\n  api:\n    image: ghcr.io/tidepool/api:{r.randint(1, 9)}.{r.randint(0, 20)}\n    ports:\n      - \"8080:8080\"\n"
            f"    environment:\n      LOG_LEVEL: info\n{env}\n      TZ: UTC\n  worker:\n    image: ghcr.io/tidepool/worker:latest\n    depends_on: [api]\n")
    return "docker_compose", text, [v for _, v in pairs]


def ctx_json(r, pairs):
    obj = {"service": r.choice(["billing", "notifications", "search"]), "env": "production", "http": {"port": 8080, "timeout_ms": 5000},
           "credentials": {k.lower(): v for k, v in pairs}, "features": {"beta": False}}
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    return "json_config", text, [json.dumps(v, ensure_ascii=False)[1:-1] for _, v in pairs]


def ctx_history(r, pairs):
    lines = ["cd ~/projects/storefront", "git pull", "ls -la"]
    for k, v in pairs:
        lines.append(f"export {k}='{v}'")
    lines += ["npm run deploy", "history | tail", "vim README.md"]
    return "shell_history", "\n".join(lines) + "\n", [v for _, v in pairs]


def ctx_k8s(r, pairs):
    data = "\n".join(f"  {k}: \"{v}\"" for k, v in pairs)
    return "k8s_manifest", (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {r.choice(['api-credentials', 'worker-env', 'payments-keys'])}\n  namespace: prod\n"
                            f"type: Opaque\nstringData:\n{data}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api-config\ndata:\n  LOG_LEVEL: info\n"), [v for _, v in pairs]


def ctx_tf(r, pairs):
    lines = [f'region        = "{r.choice(["eu-west-1", "us-east-1", "eu-central-1"])}"', 'instance_type = "t3.medium"']
    for k, v in pairs:
        lines.append(f'{k.lower():<13} = "{v}"')
    lines.append('tags = { team = "platform", env = "prod" }')
    return "terraform", "# terraform.tfvars (do not commit)\n" + "\n".join(lines) + "\n", [v for _, v in pairs]


def ctx_code(r, pairs):
    lines = ['"""Quick script to backfill partner data. TODO: move creds to env."""', "import os", "import requests", ""]
    for k, v in pairs:
        if "\n" in v:
            lines.append(f'{k} = """{v}"""')
        else:
            lines.append(f'{k} = "{v}"')
    lines += ["", "def main():", "    session = requests.Session()", f"    session.headers['Authorization'] = 'Bearer ' + {pairs[0][0]}" if "\n" not in pairs[0][1] else "    session.cert = write_temp(" + pairs[0][0] + ")",
              "    resp = session.get('https://api.partner-gateway.com/v1/items', timeout=30)", "    resp.raise_for_status()", "", "if __name__ == '__main__':", "    main()"]
    return "code_file", "\n".join(lines) + "\n", [v for _, v in pairs]


def ctx_ticket(r, pairs):
    who = person(r)
    cname, dom = company(r)
    body = "\n".join((v if "\n" in v else f"{k}: {v}") for k, v in pairs)
    return "support_ticket", (f"Ticket #{r.randint(10000, 99999)}\nRequester: {who}\nSubject: Integration returns 403 since this morning\n\n"
                              f"Hi, our integration stopped working. Here is exactly what we have configured, maybe you can see the problem:\n\n{body}\n\n"
                              f"We did not change anything on our side. Thanks,\n{who}, {cname}\n"), [v for _, v in pairs]


def ctx_shell(r, pairs):
    k, v = pairs[0]
    fn = "id_ed25519" if "OPENSSH" in v else r.choice(["deploy_key.pem", "server.key", "signing-key.pem"])
    return "terminal_session", (f"ops@bastion-2:~$ ls ~/.ssh ~/keys\n/home/ops/.ssh:\nauthorized_keys  config  known_hosts\n\n/home/ops/keys:\n{fn}  README\n"
                                f"ops@bastion-2:~$ cat ~/keys/{fn}\n{v}\nops@bastion-2:~$ chmod 600 ~/keys/{fn}\n"), [v]


SINGLE_CTX = [ctx_dotenv, ctx_ci_log, ctx_diff, ctx_trace, ctx_chat, ctx_compose, ctx_json, ctx_history, ctx_k8s, ctx_tf, ctx_code, ctx_ticket]
MULTI_CTX = [ctx_shell, ctx_chat, ctx_json, ctx_code, ctx_ticket]


# ---------- clean look-alikes ----------
def uuid4(r):
    h = rs(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:32]}"


def clean_uuid(r, i):
    v = [lambda: ("dotenv", f"# Azure app registration (identifiers only; the secret lives in Key Vault)\nAZURE_TENANT_ID={uuid4(r)}\nAZURE_CLIENT_ID={uuid4(r)}\nAZURE_SUBSCRIPTION_ID={uuid4(r)}\nLOG_LEVEL=info\n"),
         lambda: ("jsonl_log", "\n".join(json.dumps({"ts": f"{date_str(r)}T{time_str(r)}Z", "correlation_id": uuid4(r), "route": "/api/orders", "status": 200}) for _ in range(4)) + "\n"),
         lambda: ("api_json", json.dumps({"id": uuid4(r), "workspace_id": uuid4(r), "created_by": uuid4(r), "name": "Q3 forecast", "shared": False}, indent=2)),
         lambda: ("sql_result", "crm=> select id, status from jobs limit 3;\n" + "\n".join(f" {uuid4(r)} | done" for _ in range(3)) + "\n(3 rows)\n"),
         lambda: ("yaml_config", f"tenant:\n  id: {uuid4(r)}\n  display_name: Cobalt Kitchenware\nwebhook:\n  subscription_id: {uuid4(r)}\n  retries: 5\n")]
    return v[i % 5]()


def clean_sha(r, i):
    v = [lambda: ("ci_log", f"Run actions/checkout@v4\nSyncing repository: tidepool/api\nChecking out ref refs/heads/main\nHEAD is now at {hexs(r, 40)}\n{hexs(r, 7)} Merge pull request #{r.randint(100, 999)}\n"),
         lambda: ("git_log", "\n".join(f"commit {hexs(r, 40)}\nDate:   {date_str(r)}\n\n    {m}\n" for m in ["fix typo in README", "bump deps", "add healthcheck"])),
         lambda: ("pr_description", f"Reverts {hexs(r, 40)}.\n\nThe original change ({hexs(r, 12)}) broke the nightly export. Cherry-picked {hexs(r, 40)} on top.\n"),
         lambda: ("yaml_config", f"- uses: actions/setup-node@{hexs(r, 40)} # v4.0.2\n- uses: actions/cache@{hexs(r, 40)} # v4.0.0\n  with:\n    path: ~/.npm\n"),
         lambda: ("json_config", json.dumps({"submodules": {"vendor/protos": {"commit": hexs(r, 40)}, "vendor/ui-kit": {"commit": hexs(r, 40)}}}, indent=2))]
    return v[i % 5]()


def sha256(r):
    return hashlib.sha256(rs(r, AN, 20).encode()).hexdigest()


def clean_hash(r, i):
    v = [lambda: ("checksum_file", "\n".join(f"{sha256(r)}  release/app-{x}.tar.gz" for x in ["linux-amd64", "linux-arm64", "darwin-arm64"]) + "\n"),
         lambda: ("http_headers", f"HTTP/1.1 200 OK\nContent-Type: application/javascript\nETag: \"{rs(r, HEX, 32)}\"\nContent-MD5: {base64.b64encode(bytes(r.randint(0, 255) for _ in range(16))).decode()}\nCache-Control: max-age=31536000\n"),
         lambda: ("yaml_config", f"image: registry.internal/api@sha256:{sha256(r)}\nsidecar: registry.internal/envoy@sha256:{sha256(r)}\n"),
         lambda: ("app_log", f"{date_str(r)} {time_str(r)} INFO upload stored object=invoices/{r.randint(1000, 9999)}.pdf sha256={sha256(r)} size={r.randint(1000, 99999)}\n{date_str(r)} {time_str(r)} INFO dedupe hit md5={rs(r, HEX, 32)}\n"),
         lambda: ("json_config", json.dumps({"assets": {f"main.{rs(r, HEX, 8)}.js": {"sha1": rs(r, HEX, 40)}, f"vendor.{rs(r, HEX, 8)}.js": {"sha1": rs(r, HEX, 40)}}}, indent=2))]
    return v[i % 5]()


def sri(r, algo="sha384"):
    return f"{algo}-" + base64.b64encode(hashlib.new(algo, rs(r, AN, 30).encode()).digest()).decode()


def clean_sri(r, i):
    v = [lambda: ("html_page", f"<!doctype html>\n<html><head>\n<script src=\"https://cdn.jsdelivr.net/npm/alpinejs@3.13.5/dist/cdn.min.js\" integrity=\"{sri(r)}\" crossorigin=\"anonymous\" defer></script>\n<link rel=\"stylesheet\" href=\"/css/site.css\" integrity=\"{sri(r, 'sha256')}\">\n</head><body><h1>Docs</h1></body></html>\n"),
         lambda: ("json_config", json.dumps({"node_modules/semver": {"version": "7.6.0", "integrity": sri(r, "sha512")}, "node_modules/ms": {"version": "2.1.3", "integrity": sri(r, "sha512")}}, indent=2)),
         lambda: ("yaml_config", f"lockfileVersion: '6.0'\npackages:\n  /debug@4.3.4:\n    resolution: {{integrity: {sri(r, 'sha512')}}}\n  /ms@2.1.2:\n    resolution: {{integrity: {sri(r, 'sha512')}}}\n"),
         lambda: ("html_page", f"<script type=\"module\" src=\"/assets/index-{rs(r, AN, 8)}.js\" integrity=\"{sri(r)}\"></script>\n<p>Integrity hashes are generated at build time.</p>\n<script src=\"/assets/polyfills.js\" integrity=\"{sri(r, 'sha256')}\"></script>\n"),
         lambda: ("code_file", f"// webpack.config.js\nconst SubresourceIntegrityPlugin = require('webpack-subresource-integrity');\n// expected for vendor chunk in last release:\n// {sri(r)}\nmodule.exports = {{ output: {{ crossOriginLoading: 'anonymous' }} }};\n")]
    return v[i % 5]()


def clean_pub(r, i):
    v = [lambda: ("authorized_keys", f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(r, AN + '+/', 43)} ops@bastion\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(r, AN + '+/', 43)} ci@runner\n"),
         lambda: ("pem_public_key", "-----BEGIN PUBLIC KEY-----\n" + wrap64("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64body(r, 230)) + "\n-----END PUBLIC KEY-----\n"),
         lambda: ("pem_certificate", "# CA bundle for the partner gateway\n-----BEGIN CERTIFICATE-----\n" + wrap64("MIIDdzCCAl+gAwIBAgIE" + b64body(r, 600)) + "\n-----END CERTIFICATE-----\n"),
         lambda: ("json_config", json.dumps({"keys": [{"kty": "RSA", "use": "sig", "kid": rs(r, AN, 16), "alg": "RS256", "e": "AQAB", "n": b64url(bytes(r.randint(0, 255) for _ in range(256)))}]}, indent=2)),
         lambda: ("wiki_markdown", f"## Verifying release signatures\n\nImport our public signing key:\n\n```\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ{rs(r, AN + '+/', 300)} release-signing\n```\n\nThis key is public and safe to share.\n")]
    return v[i % 5]()


def clean_publishable(r, i):
    v = [lambda: ("dotenv", f"# safe for the browser bundle\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51{rs(r, AN, 97)}\nNEXT_PUBLIC_APP_NAME=storefront\n"),
         lambda: ("html_page", f"<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51{rs(r, AN, 97)}');\n  const elements = stripe.elements();\n</script>\n"),
         lambda: ("code_file", f"// public token, URL-restricted in the Mapbox dashboard\nmapboxgl.accessToken = 'pk.{b64url(json.dumps({'u': 'meridian-outdoor', 'a': rs(r, AN, 12)}).encode())}.{rs(r, URLS, 22)}';\nconst map = new mapboxgl.Map({{ container: 'map' }});\n"),
         lambda: ("json_config", json.dumps({"stripe": {"publishableKey": "pk_test_51" + rs(r, AN, 97), "mode": "test"}, "theme": "light"}, indent=2)),
         lambda: ("yaml_config", f"frontend:\n  stripe_publishable_key: pk_live_51{rs(r, AN, 97)}\n  analytics_site_id: {rs(r, UP, 8)}\n")]
    return v[i % 5]()


def clean_ref(r, i):
    v = [lambda: ("github_actions", "jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n"),
         lambda: ("k8s_manifest", "env:\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: payments-keys\n        key: stripe-secret\n  - name: DATABASE_URL\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: url\n"),
         lambda: ("dotenv", "# resolved by `op run` at start-up\nOPENAI_API_KEY=op://Engineering/openai-prod/credential\nDATABASE_URL=op://Engineering/postgres-prod/connection-string\nLOG_LEVEL=info\n"),
         lambda: ("yaml_config", "database:\n  password: \"{{ vault \"secret/data/prod/db\" \"password\" }}\"\n  username: app\nsmtp:\n  password_arn: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/smtp-AbCdEf\n"),
         lambda: ("terraform", "variable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n\nresource \"aws_db_instance\" \"main\" {\n  password = var.db_password\n  username = \"app\"\n}\n")]
    return v[i % 5]()


def clean_masked(r, i):
    v = [lambda: ("app_log", f"{date_str(r)} {time_str(r)} INFO stripe client initialised key=sk_live_****************************{rs(r, AN, 4)}\n{date_str(r)} {time_str(r)} INFO aws session access_key=AKIA************{rs(r, UP, 4)}\n"),
         lambda: ("ci_log", "Run ./deploy.sh\n  env:\n    GITHUB_TOKEN: ***\n    NPM_TOKEN: ***\n+ npm publish --access public\n+ curl -H 'Authorization: Bearer ***' https://api.internal/release\n"),
         lambda: ("api_json", json.dumps({"name": "prod-webhook", "secret": "whsec_" + "•" * 24, "last4": rs(r, AN, 4), "created": date_str(r)}, ensure_ascii=False, indent=2)),
         lambda: ("yaml_config", "smtp:\n  host: smtp.mailrelay.net\n  user: notifications\n  password: \"********\"\nredis:\n  password: \"[REDACTED]\"\n"),
         lambda: ("support_ticket", f"Ticket #{r.randint(10000, 99999)}\nSubject: API key rotation\n\nOur current key is ghp_{'X' * 32}{rs(r, AN, 4)} (masked in the dashboard). Can you confirm which scopes it needs?\n")]
    return v[i % 5]()


def clean_placeholder(r, i):
    v = [lambda: ("dotenv", "# copy to .env and fill in\nOPENAI_API_KEY=<YOUR_API_KEY>\nANTHROPIC_API_KEY=your-key-here\nDATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB\n"),
         lambda: ("wiki_markdown", "## Setup\n\n```bash\nexport STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nexport SLACK_BOT_TOKEN=xoxb-XXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX\n```\n\nReplace the x's with your own values.\n"),
         lambda: ("code_file", "# settings_template.py\nAWS_ACCESS_KEY_ID = \"AKIAXXXXXXXXXXXXXXXX\"\nAWS_SECRET_ACCESS_KEY = \"<secret>\"\nGITHUB_TOKEN = \"ghp_<your token>\"\n"),
         lambda: ("yaml_config", "sendgrid:\n  api_key: SG.REPLACE_ME.REPLACE_ME\nhuggingface:\n  token: hf_...\n"),
         lambda: ("json_config", json.dumps({"apiKey": "${API_KEY}", "password": "changeme-in-production", "token": "TODO"}, indent=2))]
    return v[i % 5]()


def clean_doc(r, i):
    v = [lambda: ("wiki_markdown", "## Configure the AWS CLI\n\nThe AWS docs use these example values:\n\n```\n$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: us-west-2\n```\n"),
         lambda: ("wiki_markdown", "The example token from jwt.io decodes to `{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}`:\n\n    eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n"),
         lambda: ("code_file", "# from the boto3 docs, example credentials only\nsession = boto3.Session(\n    aws_access_key_id='AKIAIOSFODNN7EXAMPLE',\n    aws_secret_access_key='wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',\n)\n"),
         lambda: ("wiki_markdown", "URI syntax reminder (RFC 3986): `scheme://user:password@host:port/path`, e.g. `postgresql://user:password@localhost:5432/mydb`. Never put real credentials in a URI that gets logged.\n"),
         lambda: ("ini_config", "; ~/.aws/credentials example from the documentation\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n")]
    return v[i % 5]()


def clean_reqid(r, i):
    v = [lambda: ("http_headers", f"HTTP/2 402\ncontent-type: application/json\nrequest-id: req_{rs(r, AN, 14)}\nidempotency-key: {uuid4(r)}\n"),
         lambda: ("http_headers", f"HTTP/1.1 403 Forbidden\nx-amz-request-id: {rs(r, UP + string.digits, 16)}\nx-amz-id-2: {rs(r, AN + '+/', 76)}=\n"),
         lambda: ("app_log", f"{date_str(r)} {time_str(r)} WARN upstream 502 cf-ray={rs(r, HEX, 16)}-FRA trace={rs(r, HEX, 32)}\n"),
         lambda: ("jsonl_log", json.dumps({"ts": f"{date_str(r)}T{time_str(r)}Z", "span_id": rs(r, HEX, 16), "trace_id": rs(r, HEX, 32), "msg": "slow query"}) + "\n"),
         lambda: ("support_ticket", f"Subject: Payment failed\n\nThe error page showed: Reference {rs(r, UP + string.digits, 20)}, request req_{rs(r, AN, 14)}. It happened twice.\n")]
    return v[i % 5]()


def clean_img(r, i):
    from hard_negatives import tiny_png
    v = [lambda: ("html_page", f"<img alt=\"logo\" src=\"data:image/png;base64,{tiny_png(r, 6, 6)}\">\n<p>Welcome back.</p>\n"),
         lambda: ("code_file", f".spinner {{ background: url(data:image/png;base64,{tiny_png(r, 8, 4)}) no-repeat; }}\n"),
         lambda: ("json_config", json.dumps({"avatar": "data:image/png;base64," + tiny_png(r, 5, 5), "theme": "dark"}, indent=2)),
         lambda: ("email", f"Content-Type: image/png; name=\"pixel.png\"\nContent-Transfer-Encoding: base64\nContent-ID: <logo@newsletter>\n\n{wrap64(tiny_png(r, 10, 10))}\n"),
         lambda: ("wiki_markdown", f"Status badge:\n\n![ok](data:image/png;base64,{tiny_png(r, 4, 8)})\n")]
    return v[i % 5]()


CLEAN_KINDS = [("uuid", clean_uuid), ("git_sha", clean_sha), ("content_hash", clean_hash), ("sri_integrity", clean_sri),
               ("public_key_or_cert", clean_pub), ("publishable_key", clean_publishable), ("secret_store_reference", clean_ref),
               ("masked_value", clean_masked), ("placeholder", clean_placeholder), ("documentation_example", clean_doc),
               ("request_id", clean_reqid), ("base64_image", clean_img)]


def build(r):
    rows = []
    ci = 0
    for cat, g in SECRET_GENS:
        for k in range(3):
            pairs = g(r)
            if cat in MULTILINE:
                ctx = MULTI_CTX[(ci + k) % len(MULTI_CTX)]
            else:
                ctx = SINGLE_CTX[ci % len(SINGLE_CTX)]
                ci += 1
            fmt, text, secrets = ctx(r, pairs)
            rows.append({"format": fmt, "label": "secret", "category": cat, "secrets": secrets, "text": text})
    for cat, fn in CLEAN_KINDS:
        for i in range(5):
            fmt, text = fn(r, i)
            rows.append({"format": fmt, "label": "clean", "category": cat, "secrets": [], "text": text})
    return rows
