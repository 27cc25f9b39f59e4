"""secrets.jsonl: fake credentials with random bodies in realistic carriers, plus clean look-alikes."""
import base64
import hashlib
import json
import random
import string

from util import alnum, digits, hexs, upper, uuid4, pick, person, login_for, COMPANIES, rdt, iso

B64 = string.ascii_letters + string.digits + "+/"
URLSAFE = string.ascii_letters + string.digits + "-_"
LOWER = string.ascii_lowercase + string.digits


def pem(r, label, prefix, nbytes):
    body = prefix + base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def pw(r, n=None):
    n = n or r.randint(14, 22)
    chars = string.ascii_letters + string.digits + "!#%^*-_=+"
    s = alnum(r, 1, string.ascii_letters) + alnum(r, n - 1, chars)
    return s


def urlpw(r):
    return alnum(r, r.randint(14, 20), string.ascii_letters + string.digits + "-_.~")


# ------------------------------------------------------------------ kind generators
def g_aws_id(r): return "AKIA" + alnum(r, 16, string.ascii_uppercase + "234567")
def g_aws_secret(r): return alnum(r, 40, B64)
def g_google_api(r): return "AIza" + alnum(r, 35, URLSAFE)
def g_azure_conn(r):
    acct = pick(r, ["stprodlogs", "kwbackups", "halcyonmedia", "northgatedata"]) + digits(r, 2)
    return f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={alnum(r, 86, B64)}==;EndpointSuffix=core.windows.net"
def g_azure_client_secret(r): return alnum(r, 3, string.ascii_letters + string.digits) + "8Q~" + alnum(r, 34, string.ascii_letters + string.digits + "_.~-")
def g_ghp(r): return "ghp_" + alnum(r, 36)
def g_gh_fine(r): return "github_pat_11" + alnum(r, 20, string.ascii_uppercase + string.digits) + "_" + alnum(r, 59)
def g_ghs(r): return "ghs_" + alnum(r, 36)
def g_glpat(r): return "glpat-" + alnum(r, 20, URLSAFE)
def g_stripe_sk(r): return "sk_live_51" + alnum(r, 14, string.ascii_letters + string.digits) + alnum(r, 80)
def g_stripe_rk(r): return "rk_live_51" + alnum(r, 94)
def g_whsec(r): return "whsec_" + alnum(r, 32)
def g_xoxb(r): return f"xoxb-{digits(r, 12)}-{digits(r, 13)}-{alnum(r, 24)}"
def g_slack_hook(r): return f"https://hooks.slack.com/services/T{upper(r, 8)}/B{upper(r, 10)}/{alnum(r, 24)}"
def g_slack_signing(r): return hexs(r, 32)
def g_discord_hook(r): return f"https://discord.com/api/webhooks/{digits(r, 19)}/{alnum(r, 68, URLSAFE)}"
def g_discord_bot(r):
    uid = str(r.randint(10 ** 17, 10 ** 18))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + alnum(r, 6, URLSAFE) + "." + alnum(r, 38, URLSAFE)
def g_telegram(r): return f"{r.randint(10 ** 9, 8 * 10 ** 9)}:AA{alnum(r, 33, URLSAFE)}"
def g_teams_hook(r):
    return (f"https://{pick(r, ['kestrelworks', 'halcyonfreight', 'lumenlabs'])}.webhook.office.com/webhookb2/{uuid4(r)}@{uuid4(r)}"
            f"/IncomingWebhook/{hexs(r, 32)}/{uuid4(r)}/V2{alnum(r, 43, URLSAFE)}")
def g_twilio_token(r): return hexs(r, 32)
def g_twilio_sk(r): return "SK" + hexs(r, 32)
def g_sendgrid(r): return "SG." + alnum(r, 22, URLSAFE) + "." + alnum(r, 43, URLSAFE)
def g_mailgun(r): return "key-" + hexs(r, 32)
def g_openai(r): return "sk-proj-" + alnum(r, 58, URLSAFE) + "T3BlbkFJ" + alnum(r, 58, URLSAFE)
def g_anthropic(r): return "sk-ant-api03-" + alnum(r, 93, URLSAFE) + "AA"
def g_hf(r): return "hf_" + alnum(r, 34, string.ascii_letters)
def g_wandb(r): return hexs(r, 40)
def g_npm(r): return "npm_" + alnum(r, 36)
def g_pypi(r): return "pypi-AgEIcHlwaS5vcmcCJD" + alnum(r, 150, URLSAFE)
def g_dckr(r): return "dckr_pat_" + alnum(r, 27, URLSAFE)
def g_groq(r): return "gsk_" + alnum(r, 52)
def g_replicate(r): return "r8_" + alnum(r, 37)
def g_pulumi(r): return "pul-" + hexs(r, 40)
def g_doppler(r): return "dp.st.prd." + alnum(r, 40)
def g_django(r): return alnum(r, 50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")
def g_rails(r): return hexs(r, 128)
def g_flask(r): return hexs(r, 64)
def g_jwt_secret(r): return alnum(r, 64, URLSAFE)
def g_shopify(r): return "shpat_" + hexs(r, 32)
def g_square(r): return "EAAA" + alnum(r, 60, URLSAFE)
def g_paypal(r): return "E" + alnum(r, 79, URLSAFE)
def g_dd(r): return hexs(r, 32)
def g_dd_app(r): return hexs(r, 40)
def g_nrak(r): return "NRAK-" + alnum(r, 27, string.ascii_uppercase + string.digits)
def g_heroku(r): return uuid4(r)
def g_do(r): return "dop_v1_" + hexs(r, 64)
def g_linear(r): return "lin_api_" + alnum(r, 40)
def g_notion(r): return "ntn_" + digits(r, 11) + alnum(r, 35)
def g_atlassian(r): return "ATATT3xFfGF0" + alnum(r, 170, URLSAFE) + "=" + hexs(r, 8).upper()
def g_okta(r): return "00" + alnum(r, 40, URLSAFE)
def g_vault(r): return "hvs." + alnum(r, 90, URLSAFE)
def g_tfc(r): return alnum(r, 14) + ".atlasv1." + alnum(r, 67)
def g_cloudflare(r): return alnum(r, 40, URLSAFE)
def g_mapbox(r):
    return "sk.eyJ1Ijoi" + alnum(r, 14) + "IiwiYSI6Ij" + alnum(r, 26) + "In0." + alnum(r, 22, URLSAFE)
def g_fcm(r): return "AAAA" + alnum(r, 7, URLSAFE) + ":APA91b" + alnum(r, 134, URLSAFE)
def g_algolia(r): return hexs(r, 32)
def g_grafana(r): return "glsa_" + alnum(r, 32) + "_" + hexs(r, 8)
def g_postman(r): return "PMAK-" + hexs(r, 24) + "-" + hexs(r, 34)
def g_age(r): return "AGE-SECRET-KEY-1" + alnum(r, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
def g_azdo(r): return alnum(r, 52, string.ascii_lowercase + "234567")
def g_sentry(r): return "sntrys_eyJpYXQiOjE3" + alnum(r, 120, B64.replace("+", "").replace("/", "")) + "_" + alnum(r, 43, URLSAFE)
def g_wp_key(r): return alnum(r, 64, string.ascii_letters + string.digits + "!@#%^&*()-_[]{}<>~+=,.;:/?|")
def g_k8s_sa(r):
    h = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "kid": alnum(r, 43, URLSAFE)}).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps({"aud": ["https://kubernetes.default.svc"], "exp": 1767225600, "iat": 1735689600,
                                             "iss": "https://kubernetes.default.svc", "sub": "system:serviceaccount:ci:deployer"}).encode()).decode().rstrip("=")
    return h + "." + p + "." + alnum(r, 342, URLSAFE)
def g_rsa(r): return pem(r, "RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 1180)
def g_pkcs8(r): return pem(r, "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1180)
def g_openssh(r): return pem(r, "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 330)
def g_ec(r): return pem(r, "EC PRIVATE KEY", "MHcCAQEEI", 110)


def g_pg_url(r):
    return f"postgresql://{pick(r, ['app', 'orders_svc', 'reporting', 'django'])}:{urlpw(r)}@{pick(r, ['db-prod-01.internal', 'pg.halcyonfreight.co', 'orders-db.c9xk2ma1.eu-west-1.rds.amazonaws.com'])}:5432/{pick(r, ['orders', 'app_prod', 'analytics'])}"
def g_mysql_url(r): return f"mysql+pymysql://{pick(r, ['shop', 'wp_admin', 'legacy'])}:{urlpw(r)}@{pick(r, ['mysql-01.lan', '10.20.3.14', 'shopdb.internal'])}:3306/{pick(r, ['shop', 'wordpress', 'erp'])}"
def g_mongo(r): return f"mongodb+srv://{pick(r, ['api-user', 'analytics', 'admin'])}:{urlpw(r)}@cluster0.{alnum(r, 5, LOWER)}.mongodb.net/{pick(r, ['prod', 'events', 'app'])}?retryWrites=true&w=majority"
def g_redis(r): return f"rediss://default:{urlpw(r)}@{pick(r, ['cache-prod', 'redis-queue', 'sessions'])}.{alnum(r, 6, LOWER)}.cache.example-cloud.net:6380/0"
def g_amqp(r): return f"amqps://{pick(r, ['celery', 'worker', 'events'])}:{urlpw(r)}@{pick(r, ['rabbit.internal', 'mq-prod-01'])}:5671/{pick(r, ['prod', 'jobs'])}"
def g_basic_url(r): return f"https://{pick(r, ['ci-reader', 'deploy', 'build-bot'])}:{urlpw(r)}@{pick(r, ['pypi.kestrelworks.io', 'artifacts.lumenlabs.dev', 'nexus.internal'])}/simple/"
def g_docker_auth(r): return base64.b64encode(f"{pick(r, ['deploy', 'ci-bot', 'kwpush'])}:{pw(r)}".encode()).decode()
def g_k8s_b64(r): return base64.b64encode(pw(r).encode()).decode()


KINDS = {
    "aws_access_key_id": (g_aws_id, "AWS_ACCESS_KEY_ID"), "aws_secret_access_key": (g_aws_secret, "AWS_SECRET_ACCESS_KEY"),
    "google_api_key": (g_google_api, "GOOGLE_API_KEY"), "azure_storage_connection_string": (g_azure_conn, "AZURE_STORAGE_CONNECTION_STRING"),
    "azure_client_secret": (g_azure_client_secret, "AZURE_CLIENT_SECRET"), "github_pat_classic": (g_ghp, "GITHUB_TOKEN"),
    "github_pat_fine_grained": (g_gh_fine, "GH_PAT"), "github_app_token": (g_ghs, "GH_INSTALLATION_TOKEN"),
    "gitlab_pat": (g_glpat, "GITLAB_TOKEN"), "stripe_secret_key": (g_stripe_sk, "STRIPE_SECRET_KEY"),
    "stripe_restricted_key": (g_stripe_rk, "STRIPE_RESTRICTED_KEY"), "stripe_webhook_secret": (g_whsec, "STRIPE_WEBHOOK_SECRET"),
    "slack_bot_token": (g_xoxb, "SLACK_BOT_TOKEN"), "slack_webhook_url": (g_slack_hook, "SLACK_WEBHOOK_URL"),
    "slack_signing_secret": (g_slack_signing, "SLACK_SIGNING_SECRET"), "discord_webhook_url": (g_discord_hook, "DISCORD_WEBHOOK_URL"),
    "discord_bot_token": (g_discord_bot, "DISCORD_TOKEN"), "telegram_bot_token": (g_telegram, "TELEGRAM_BOT_TOKEN"),
    "teams_webhook_url": (g_teams_hook, "TEAMS_WEBHOOK_URL"), "twilio_auth_token": (g_twilio_token, "TWILIO_AUTH_TOKEN"),
    "twilio_api_key_secret": (g_twilio_sk, "TWILIO_API_KEY"), "sendgrid_api_key": (g_sendgrid, "SENDGRID_API_KEY"),
    "mailgun_api_key": (g_mailgun, "MAILGUN_API_KEY"), "openai_api_key": (g_openai, "OPENAI_API_KEY"),
    "anthropic_api_key": (g_anthropic, "ANTHROPIC_API_KEY"), "huggingface_token": (g_hf, "HF_TOKEN"),
    "wandb_api_key": (g_wandb, "WANDB_API_KEY"), "npm_token": (g_npm, "NPM_TOKEN"), "pypi_token": (g_pypi, "PYPI_API_TOKEN"),
    "dockerhub_pat": (g_dckr, "DOCKERHUB_TOKEN"), "groq_api_key": (g_groq, "GROQ_API_KEY"),
    "replicate_api_token": (g_replicate, "REPLICATE_API_TOKEN"), "pulumi_access_token": (g_pulumi, "PULUMI_ACCESS_TOKEN"),
    "doppler_service_token": (g_doppler, "DOPPLER_TOKEN"), "django_secret_key": (g_django, "SECRET_KEY"),
    "rails_secret_key_base": (g_rails, "SECRET_KEY_BASE"), "flask_secret_key": (g_flask, "FLASK_SECRET_KEY"),
    "jwt_signing_secret": (g_jwt_secret, "JWT_SECRET"), "shopify_access_token": (g_shopify, "SHOPIFY_ACCESS_TOKEN"),
    "square_access_token": (g_square, "SQUARE_ACCESS_TOKEN"), "paypal_client_secret": (g_paypal, "PAYPAL_CLIENT_SECRET"),
    "datadog_api_key": (g_dd, "DD_API_KEY"), "datadog_app_key": (g_dd_app, "DD_APP_KEY"), "newrelic_user_key": (g_nrak, "NEW_RELIC_API_KEY"),
    "heroku_api_key": (g_heroku, "HEROKU_API_KEY"), "digitalocean_token": (g_do, "DIGITALOCEAN_TOKEN"),
    "linear_api_key": (g_linear, "LINEAR_API_KEY"), "notion_token": (g_notion, "NOTION_TOKEN"),
    "atlassian_api_token": (g_atlassian, "JIRA_API_TOKEN"), "okta_api_token": (g_okta, "OKTA_API_TOKEN"),
    "vault_token": (g_vault, "VAULT_TOKEN"), "terraform_cloud_token": (g_tfc, "TF_TOKEN_app_terraform_io"),
    "cloudflare_api_token": (g_cloudflare, "CLOUDFLARE_API_TOKEN"), "mapbox_secret_token": (g_mapbox, "MAPBOX_DOWNLOADS_TOKEN"),
    "firebase_fcm_server_key": (g_fcm, "FCM_SERVER_KEY"), "algolia_admin_key": (g_algolia, "ALGOLIA_ADMIN_KEY"),
    "grafana_service_account_token": (g_grafana, "GRAFANA_TOKEN"), "postman_api_key": (g_postman, "POSTMAN_API_KEY"),
    "age_secret_key": (g_age, "SOPS_AGE_KEY"), "azure_devops_pat": (g_azdo, "AZURE_DEVOPS_PAT"),
    "sentry_auth_token": (g_sentry, "SENTRY_AUTH_TOKEN"), "wordpress_auth_key": (g_wp_key, "AUTH_KEY"),
    "kubernetes_sa_token": (g_k8s_sa, "K8S_TOKEN"), "rsa_private_key": (g_rsa, "DEPLOY_KEY"),
    "pkcs8_private_key": (g_pkcs8, "JWT_PRIVATE_KEY"), "openssh_private_key": (g_openssh, "SSH_KEY"), "ec_private_key": (g_ec, "TLS_KEY"),
    "postgres_url": (g_pg_url, "DATABASE_URL"), "mysql_url": (g_mysql_url, "MYSQL_URL"), "mongodb_uri": (g_mongo, "MONGODB_URI"),
    "redis_url": (g_redis, "REDIS_URL"), "amqp_url": (g_amqp, "BROKER_URL"), "basic_auth_url": (g_basic_url, "INDEX_URL"),
    "docker_registry_auth": (g_docker_auth, "auth"), "k8s_secret_base64": (g_k8s_b64, "password"),
    "generic_password": (pw, "DB_PASSWORD"),
}


def jesc(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]


# ------------------------------------------------------------------ carriers (items: list of (kind, var, value))
FILLER_ENV = ["APP_ENV=production", "PORT=8080", "LOG_LEVEL=info", "TZ=UTC", "FEATURE_NEW_CHECKOUT=true", "CACHE_TTL_SECONDS=300",
              "SENTRY_ENVIRONMENT=prod", "PUBLIC_BASE_URL=https://app.kestrelworks.io", "WORKERS=4", "REQUEST_TIMEOUT_MS=15000"]


def c_dotenv(items, r):
    lines = ["# .env – production (do not commit)"] + r.sample(FILLER_ENV, 4)
    shown = []
    for k, var, v in items:
        if "\n" in v:
            s = v.replace("\n", "\\n")
            lines.append(f'{var}="{s}"')
        else:
            s = v
            lines.append(f"{var}={s}")
        shown.append(s)
        lines += r.sample(FILLER_ENV, 2)
    return "\n".join(lines) + "\n", shown


def c_shell_history(items, r):
    n = r.randint(480, 1900)
    pre = ["git pull --rebase", "ls -la", "docker ps", "kubectl get pods -n staging", "cd ~/src/api", "make test", "vim config/settings.yaml"]
    lines = []
    for x in r.sample(pre, 3):
        n += 1
        lines.append(f"{n:5d}  {x}")
    shown = []
    for k, var, v in items:
        n += 1
        if k == "telegram_bot_token":
            url = f"https://api.telegram.org/bot{v}/sendMessage"
            lines.append(f"{n:5d}  curl -s -X POST {url} -d chat_id=-100{digits(r, 10)} -d text='deploy done'")
            shown.append(url)
        elif k == "digitalocean_token":
            lines.append(f"{n:5d}  doctl auth init -t {v}")
            shown.append(v)
        elif k == "azure_devops_pat":
            url = f"https://build:{v}@dev.azure.com/{pick(r, ['kestrelworks', 'halcyon'])}/Platform/_git/infra"
            lines.append(f"{n:5d}  git clone {url}")
            shown.append(url)
        else:
            lines.append(f"{n:5d}  export {var}={v}")
            shown.append(v)
    for x in r.sample(pre, 3) + ["history | tail -20"]:
        n += 1
        lines.append(f"{n:5d}  {x}")
    return "\n".join(lines) + "\n", shown


def c_aws_credentials(items, r):
    d = {k: v for k, var, v in items}
    return (f"[default]\naws_access_key_id = {d['aws_access_key_id']}\naws_secret_access_key = {d['aws_secret_access_key']}\nregion = eu-west-1\n\n"
            f"[profile readonly]\nrole_arn = arn:aws:iam::{digits(r, 12)}:role/ReadOnly\nsource_profile = default\n"), [v for _, _, v in items]


def c_ci_log(items, r):
    dt = rdt(r)
    ts = lambda: dt.strftime("%Y-%m-%dT%H:%M:%S.") + digits(r, 7) + "Z"
    out = [f"{ts()} ##[group]Run ./scripts/deploy.sh", f"{ts()} + set -x", f"{ts()} + echo 'Deploying build {digits(r, 4)}'",
           f"{ts()} Deploying build {digits(r, 4)}"]
    shown = []
    for k, var, v in items:
        if k == "dockerhub_pat":
            out.append(f"{ts()} + docker login -u kwdeploy -p {v}")
            out.append(f"{ts()} WARNING! Using --password via the CLI is insecure. Use --password-stdin.")
            out.append(f"{ts()} Login Succeeded")
        elif k == "npm_token":
            out.append(f"{ts()} + echo //registry.npmjs.org/:_authToken={v}")
            out.append(f"{ts()} + npm publish --access public")
        elif k == "cloudflare_api_token":
            out.append(f"{ts()} + CLOUDFLARE_API_TOKEN={v} npx wrangler deploy")
            out.append(f"{ts()}  ⛅️ wrangler 3.{r.randint(10, 99)}.0")
        elif k == "github_pat_classic":
            out.append(f"{ts()} + git remote set-url origin https://x-access-token:{v}@github.com/kestrelworks/infra.git")
            v = f"https://x-access-token:{v}@github.com/kestrelworks/infra.git"
        else:
            out.append(f"{ts()} + export {var}={v}")
        shown.append(v)
    out += [f"{ts()} + ./gradlew publish --no-daemon", f"{ts()} BUILD SUCCESSFUL in {r.randint(20, 200)}s", f"{ts()} ##[endgroup]"]
    return "\n".join(out) + "\n", shown


def c_k8s_secret(items, r):
    name = pick(r, ["api-secrets", "payments-env", "worker-credentials"])
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {name}", f"  namespace: {pick(r, ['prod', 'payments', 'default'])}",
             "  labels:", f"    app.kubernetes.io/name: {name.split('-')[0]}", "type: Opaque"]
    shown = []
    b64items = [x for x in items if x[0] == "k8s_secret_base64"]
    str_items = [x for x in items if x[0] != "k8s_secret_base64"]
    if b64items:
        lines.append("data:")
        lines.append("  username: " + base64.b64encode(b"app").decode())
        for k, var, v in b64items:
            lines.append(f"  {var}: {v}")
            shown.append(v)
    if str_items:
        lines.append("stringData:")
        for k, var, v in str_items:
            lines.append(f"  {var}: \"{v}\"")
            shown.append(v)
    return "\n".join(lines) + "\n", shown


def c_k8s_deployment(items, r):
    app = pick(r, ["notifier", "billing-worker", "api"])
    env = "\n".join(f"            - name: {var}\n              value: \"{v}\"" for k, var, v in items)
    return f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {app}
spec:
  replicas: 2
  selector:
    matchLabels: {{app: {app}}}
  template:
    metadata:
      labels: {{app: {app}}}
    spec:
      containers:
        - name: {app}
          image: registry.kestrelworks.io/{app}:1.{r.randint(0, 30)}.{r.randint(0, 9)}
          ports: [{{containerPort: 8080}}]
          env:
            - name: LOG_LEVEL
              value: info
{env}
          resources:
            limits: {{cpu: 500m, memory: 512Mi}}
""", [v for _, _, v in items]


def c_compose(items, r):
    env = "\n".join(f"      {var}: {v}" for k, var, v in items)
    return f"""services:
  app:
    build: .
    ports:
      - "8000:8000"
    environment:
      APP_ENV: staging
{env}
    depends_on: [db]
  db:
    image: postgres:16
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {{}}
""", [v for _, _, v in items]


def c_compose_pg(items, r):
    # postgres url + the same password as POSTGRES_PASSWORD
    (k1, v1, url), (k2, v2, p) = items
    p = "".join(ch if ch not in "#%^" else "x" for ch in p)
    url = url.split("://")[0] + "://app:" + p + "@db:5432/app"
    return f"""services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: {p}
      POSTGRES_DB: app
  web:
    build: .
    environment:
      DATABASE_URL: {url}
      DJANGO_SETTINGS_MODULE: config.settings.staging
    ports: ["8000:8000"]
""", [url, p]


def c_notebook(items, r):
    code = ["import os\n"] + [f"os.environ[\"{var}\"] = \"{v}\"\n" for k, var, v in items]
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Fine-tuning experiment 7\n", "Quick test of the new embedding model on support tickets."]},
                    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": code},
                    {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": ["loaded 12,408 tickets\n"]}],
                     "source": ["import pandas as pd\n", "df = pd.read_csv('tickets.csv')\n", "print(f'loaded {len(df):,} tickets')"]}],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False), [jesc(v) for _, _, v in items]


def c_yaml_app(items, r):
    body = "\n".join(f"  {var.lower()}: \"{v}\"" for k, var, v in items)
    return f"""# config/production.yaml
server:
  host: 0.0.0.0
  port: 8080
  read_timeout: 15s
integrations:
{body}
metrics:
  enabled: true
  path: /metrics
""", [v for _, _, v in items]


def c_appsettings(items, r):
    obj = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}, "AllowedHosts": "*"}
    for k, var, v in items:
        if k == "azure_storage_connection_string":
            obj["ConnectionStrings"] = {"BlobStorage": v}
        else:
            obj.setdefault("Integrations", {})[var.title().replace("_", "")] = v
    return json.dumps(obj, indent=2), [jesc(v) for _, _, v in items]


def c_slack(items, r):
    a, b = person(r), person(r)
    msgs = [{"type": "message", "user": "U0" + upper(r, 9), "user_profile": {"real_name": a}, "text": "can someone share the key for the demo env? mine expired", "ts": "1741%06d.000100" % r.randrange(10 ** 6)}]
    shown = []
    for k, var, v in items:
        msgs.append({"type": "message", "user": "U0" + upper(r, 9), "user_profile": {"real_name": b}, "text": f"here you go: `{v}` — please don't commit it", "ts": "1741%06d.000200" % r.randrange(10 ** 6)})
        shown.append(jesc(v))
    msgs.append({"type": "message", "user": "U0" + upper(r, 9), "user_profile": {"real_name": a}, "text": "thanks!! works", "ts": "1741%06d.000300" % r.randrange(10 ** 6)})
    return json.dumps(msgs, indent=4, ensure_ascii=False), shown


def c_discord(items, r):
    msgs = [{"id": digits(r, 19), "timestamp": "2025-02-%02dT%02d:%02d:00.000+00:00" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
             "author": {"name": "devnoob_" + digits(r, 2)}, "content": "my bot keeps getting 401, here's my code"}]
    shown = []
    for k, var, v in items:
        msgs.append({"id": digits(r, 19), "timestamp": "2025-02-%02dT%02d:%02d:00.000+00:00" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
                     "author": {"name": "devnoob_" + digits(r, 2)}, "content": f"```py\nclient = Client(api_key=\"{v}\")\nprint(client.models.list())\n```"})
        shown.append(jesc(v))
    msgs.append({"id": digits(r, 19), "timestamp": "2025-02-28T10:00:00.000+00:00", "author": {"name": "helper_mod"}, "content": "you just posted your key publicly, revoke it right now"})
    return json.dumps({"channel": {"name": "help"}, "messages": msgs}, indent=2, ensure_ascii=False), shown


def c_diff(items, r):
    fn = pick(r, ["config/settings.env", "deploy/staging.env", ".env.staging"])
    added = "\n".join(f"+{var}={v}" for k, var, v in items)
    return f"""diff --git a/{fn} b/{fn}
index {hexs(r, 7)}..{hexs(r, 7)} 100644
--- a/{fn}
+++ b/{fn}
@@ -3,6 +3,{6 + len(items)} @@ APP_ENV=staging
 LOG_LEVEL=debug
 PORT=8080
-FEATURE_FLAGS=checkout_v2
+FEATURE_FLAGS=checkout_v2,search_v3
{added}
 CACHE_TTL_SECONDS=60
""", [v for _, _, v in items]


def c_debug_log(items, r):
    dt = rdt(r)
    lines = [f"{dt:%Y-%m-%d %H:%M:%S},{r.randint(100, 999)} DEBUG urllib3.connectionpool Starting new HTTPS connection (1): api.{pick(r, ['github.com', 'sendgrid.com', 'partner-api.net'])}:443"]
    shown = []
    for k, var, v in items:
        if k in ("postgres_url", "mysql_url", "mongodb_uri", "redis_url", "amqp_url"):
            lines.append(f"{dt:%Y-%m-%d %H:%M:%S},{r.randint(100, 999)} DEBUG app.db connecting with dsn={v} pool_size=10")
        else:
            lines.append(f"{dt:%Y-%m-%d %H:%M:%S},{r.randint(100, 999)} DEBUG app.http request headers={{'User-Agent': 'kw-sync/2.3', 'Authorization': 'Bearer {v}', 'Accept': 'application/json'}}")
        shown.append(v)
    lines.append(f"{dt:%Y-%m-%d %H:%M:%S},{r.randint(100, 999)} DEBUG urllib3.connectionpool https://api.example:443 \"GET /v3/repos HTTP/1.1\" 200 {r.randint(200, 9000)}")
    lines.append(f"{dt:%Y-%m-%d %H:%M:%S},{r.randint(100, 999)} INFO app.sync synced {r.randint(2, 90)} items in {r.random() * 3:.2f}s")
    return "\n".join(lines) + "\n", shown


def c_email(items, r):
    a, b = person(r), person(r)
    co, dom = pick(r, COMPANIES)
    body = []
    shown = []
    for k, var, v in items:
        if k == "generic_password":
            body.append(f"Your temporary password for the staging admin console is: {v}\nPlease change it after your first login.")
        else:
            body.append(f"Here is the {var.replace('_', ' ').lower()} for the integration so you can test tonight: {v}")
        shown.append(v)
    return (f"From: {a} <{login_for(a)}@{dom}>\nTo: {b} <{login_for(b)}@partner-mail.net>\nSubject: Access for the pilot\nDate: Wed, 12 Feb 2025 16:20:11 +0000\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\nHi {b.split()[0]},\n\n" + "\n\n".join(body) +
            f"\n\nLet me know if anything doesn't work.\n\nThanks,\n{a}\n{co}\n"), shown


def c_dockerfile(items, r):
    envs = "\n".join(f"ENV {var}={v}" for k, var, v in items)
    return f"""FROM python:3.11-slim AS base
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
{envs}
ENV PYTHONUNBUFFERED=1
COPY . .
RUN python -m scripts.download_models
EXPOSE 8000
CMD ["gunicorn", "app.wsgi:application", "-b", "0.0.0.0:8000", "-w", "4"]
""", [v for _, _, v in items]


def c_bashrc(items, r):
    ex = "\n".join(f'export {var}="{v}"' for k, var, v in items)
    return f"""# ~/.bashrc
[ -z "$PS1" ] && return
HISTSIZE=10000
HISTCONTROL=ignoredups
alias ll='ls -alF'
alias k='kubectl'
export EDITOR=vim
export PATH="$HOME/.local/bin:$HOME/go/bin:$PATH"
# work stuff
{ex}
eval "$(direnv hook bash)"
""", [v for _, _, v in items]


def c_postman(items, r):
    k, var, v = items[0]
    obj = {"info": {"_postman_id": uuid4(r), "name": pick(r, ["Payments API", "Identity Admin API", "Partner API"]),
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "auth": {"type": "bearer", "bearer": [{"key": "token", "value": v, "type": "string"}]},
           "item": [{"name": "List users", "request": {"method": "GET", "header": [], "url": {"raw": "{{baseUrl}}/api/v1/users?limit=25", "host": ["{{baseUrl}}"], "path": ["api", "v1", "users"]}}},
                    {"name": "Create payment", "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                                            "body": {"mode": "raw", "raw": "{\n  \"amount\": 1500,\n  \"currency\": \"EUR\"\n}"}, "url": {"raw": "{{baseUrl}}/v2/payments"}}}],
           "variable": [{"key": "baseUrl", "value": pick(r, ["https://connect.squareup.com", "https://kestrelworks.okta.com", "https://api.partner.net"])}]}
    return json.dumps(obj, indent=2), [jesc(v)]


def c_tfvars(items, r):
    lines = ['region        = "eu-west-1"', 'environment   = "prod"', f'instance_type = "{pick(r, ["t3.medium", "m6i.large"])}"']
    for k, var, v in items:
        lines.append(f'{var.lower():<13} = "{v}"')
    lines.append('tags = {\n  owner = "platform"\n  cost_center = "cc-1042"\n}')
    return "# terraform.tfvars\n" + "\n".join(lines) + "\n", [v for _, _, v in items]


def c_gitlab_ci(items, r):
    vs = "\n".join(f"  {var}: \"{v}\"" for k, var, v in items)
    return f"""stages: [test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2
{vs}

test:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    - curl --header "PRIVATE-TOKEN: $GITLAB_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"
  only: [main]
""", [v for _, _, v in items]


def c_gh_workflow(items, r):
    env = "\n".join(f"      {var}: {v}" for k, var, v in items)
    return f"""name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      NODE_VERSION: 20
{env}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: ${{{{ env.NODE_VERSION }}}}
      - run: npm ci && npm run build
      - run: ./scripts/notify.sh "deployed ${{{{ github.sha }}}}"
""", [v for _, _, v in items]


def c_python(items, r):
    shown = []
    lines = ['"""Integration helpers (temporary – move to settings before release)."""', "import requests", ""]
    for k, var, v in items:
        if k == "mysql_url":
            lines += ["from sqlalchemy import create_engine", "", f'engine = create_engine("{v}", pool_pre_ping=True)']
        elif k in ("rsa_private_key", "pkcs8_private_key"):
            lines += [f'{var} = """{v}"""']
        elif k == "slack_webhook_url":
            lines += [f'WEBHOOK = "{v}"', "", "def notify(text):", "    requests.post(WEBHOOK, json={\"text\": text}, timeout=5)"]
        elif k == "telegram_bot_token":
            lines += [f'BOT_TOKEN = "{v}"', 'API = f"https://api.telegram.org/bot{BOT_TOKEN}"']
        elif k == "flask_secret_key":
            lines += ["from flask import Flask", "", "app = Flask(__name__)", f'app.config["SECRET_KEY"] = "{v}"']
        else:
            lines += [f'{var} = "{v}"']
        shown.append(v)
        lines.append("")
    lines += ["", "def fetch(path, **params):", "    resp = requests.get(f\"https://api.partner.net{path}\", params=params, timeout=10)",
              "    resp.raise_for_status()", "    return resp.json()"]
    return "\n".join(lines) + "\n", shown


def c_js(items, r):
    shown = []
    lines = ["'use strict';", ""]
    for k, var, v in items:
        if k == "mongodb_uri":
            lines += ["const { MongoClient } = require('mongodb');", f"const client = new MongoClient('{v}');"]
        elif k == "discord_webhook_url":
            lines += [f"const WEBHOOK_URL = '{v}';", "async function alert(msg) {", "  await fetch(WEBHOOK_URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ content: msg }) });", "}"]
        elif k == "algolia_admin_key":
            lines += ["const algoliasearch = require('algoliasearch');", f"const client = algoliasearch('{upper(r, 10)}', '{v}');", "const index = client.initIndex('products');"]
        elif k == "notion_token":
            lines += ["const { Client } = require('@notionhq/client');", f"const notion = new Client({{ auth: '{v}' }});"]
        else:
            lines += [f"const {var} = '{v}';"]
        shown.append(v)
        lines.append("")
    lines += ["module.exports = { run: async () => console.log('ok') };"]
    return "\n".join(lines) + "\n", shown


def c_npmrc(items, r):
    k, var, v = items[0]
    return f"registry=https://registry.npmjs.org/\n@kestrel:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={v}\nsave-exact=true\nfund=false\n", [v]


def c_pypirc(items, r):
    k, var, v = items[0]
    return f"[distutils]\nindex-servers =\n    pypi\n    testpypi\n\n[pypi]\nusername = __token__\npassword = {v}\n\n[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__\n", [v]


def c_git_credentials(items, r):
    k, var, v = items[0]
    url = f"https://{pick(r, ['mwhitfield', 'ci-bot', 'dev-ops'])}:{v}@github.com"
    return f"$ cat ~/.git-credentials\n{url}\nhttps://oauth2:{'*' * 20}@gitlab.kestrelworks.io\n$ git config --global credential.helper\nstore\n$ ", [url]


def c_pgpass(items, r):
    k, var, v = items[0]
    return (f"$ cat ~/.pgpass\n# hostname:port:database:username:password\ndb-prod-01.internal:5432:orders:reporting:{v}\n"
            f"localhost:5432:*:postgres:postgres\n$ ls -l ~/.pgpass\n-rw------- 1 deploy deploy 112 Feb  3 09:14 /home/deploy/.pgpass\n"), [v]


def c_wp_config(items, r):
    d = {k: v for k, var, v in items}
    return f"""<?php
/** The name of the database for WordPress */
define( 'DB_NAME', 'wp_shop' );
/** Database username */
define( 'DB_USER', 'wp_shop' );
/** Database password */
define( 'DB_PASSWORD', '{d['generic_password']}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '{d['wordpress_auth_key']}' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {{
	define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
""", [d["generic_password"], d["wordpress_auth_key"]]


def c_django(items, r):
    d = {k: v for k, var, v in items}
    return f"""from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = '{d['django_secret_key']}'

DEBUG = False
ALLOWED_HOSTS = ['shop.kestrelworks.io']

DATABASES = {{
    'default': {{
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'shop',
        'USER': 'shop',
        'PASSWORD': '{d['generic_password']}',
        'HOST': 'db.internal',
        'PORT': '5432',
    }}
}}
TIME_ZONE = 'Europe/London'
""", [d["django_secret_key"], d["generic_password"]]


def c_rails_credentials(items, r):
    k, var, v = items[0]
    return f"""$ EDITOR=cat bin/rails credentials:show --environment production
aws:
  bucket: kw-uploads-prod
  region: eu-west-1

secret_key_base: {v}

smtp:
  address: smtp.postmarkapp.com
  port: 587
$ """, [v]


def c_properties(items, r):
    lines = ["# application-prod.properties", "server.port=8080", "spring.datasource.url=jdbc:postgresql://db.internal:5432/billing",
             "spring.datasource.username=billing"]
    shown = []
    for k, var, v in items:
        if k == "generic_password":
            lines.append(f"spring.datasource.password={v}")
        else:
            lines.append(f"app.integrations.{var.lower().replace('_', '-')}={v}")
        shown.append(v)
    lines += ["spring.jpa.hibernate.ddl-auto=validate", "management.endpoints.web.exposure.include=health,info"]
    return "\n".join(lines) + "\n", shown


def c_ini(items, r):
    lines = ["[general]", "env = production", "workers = 4", "", "[mail]", "host = smtp.mailgun.org", "port = 587", "user = postmaster@mg.kestrelworks.io"]
    shown = []
    for k, var, v in items:
        if k == "generic_password":
            lines.append(f"password = {v}")
        else:
            lines.append(f"{var.lower()} = {v}")
        shown.append(v)
    lines += ["", "[export]", "dir = /var/lib/exports", "format = csv"]
    return "\n".join(lines) + "\n", shown


def c_netrc(items, r):
    k, var, v = items[0]
    return f"machine api.heroku.com\n  login ops@halcyonfreight.co\n  password {v}\nmachine git.heroku.com\n  login ops@halcyonfreight.co\n  password {v}\n", [v]


def c_terminal_cat_key(items, r):
    k, var, v = items[0]
    path = {"openssh_private_key": "~/.ssh/id_ed25519", "rsa_private_key": "~/keys/deploy-prod.pem", "ec_private_key": "/etc/nginx/tls/shop.key",
            "age_secret_key": "~/.config/sops/age/keys.txt"}[k]
    pre = ""
    body = v
    if k == "age_secret_key":
        body = f"# created: 2025-01-14T10:22:31Z\n# public key: age1{alnum(r, 58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}\n{v}"
    return f"deploy@bastion-01:~$ ls -l {path}\n-rw------- 1 deploy deploy {len(v)} Jan 14 10:22 {path}\ndeploy@bastion-01:~$ cat {path}\n{body}\ndeploy@bastion-01:~$ ", [v]


def c_terminal_export(items, r):
    shown = []
    lines = ["$ source ./scripts/dev-env.sh"]
    for k, var, v in items:
        if k == "vault_token":
            lines += ["$ vault login -method=oidc", "Success! You are now authenticated. The token information displayed below",
                      "is already stored in the token helper. You do NOT need to run \"vault login\"", "again.", "",
                      "Key                  Value", "---                  -----", f"token                {v}",
                      f"token_accessor       {alnum(r, 24)}", "token_duration       8h", "token_renewable      true",
                      "token_policies       [\"default\" \"platform-admin\"]"]
        else:
            lines += [f"$ export {var}={v}", f"$ echo ${var} | cut -c1-12", v[:12]]
        shown.append(v)
    lines.append("$ ")
    return "\n".join(lines), shown


def c_gcp_sa(items, r):
    k, var, v = items[0]
    proj = pick(r, ["kw-analytics-prod", "halcyon-routing", "lumen-ml-dev"])
    obj = {"type": "service_account", "project_id": proj, "private_key_id": hexs(r, 40), "private_key": v + "\n",
           "client_email": f"etl-runner@{proj}.iam.gserviceaccount.com", "client_id": digits(r, 21),
           "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
           "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
           "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/etl-runner%40{proj}.iam.gserviceaccount.com",
           "universe_domain": "googleapis.com"}
    return json.dumps(obj, indent=2), [jesc(v)]


def c_kubeconfig(items, r):
    k, var, v = items[0]
    return f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM1ekNDQWMrZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKY201bGRHVnpNQjRYRFRJMU1ERXhOREV3TWpJek1Wb1hEVE0xTURFeE1qRXdNakl6TVZvd0ZURVRNQkVHQTFVRQpBeE1LYTNWaVpYSnVaWFJsY3pDQ0FTSXdEUVlKS29aSWh2Y05BUUVCQlFBRGdnRVBBRENDQVFvQ2dnRUJBTDVLCi0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K
    server: https://k8s-prod.kestrelworks.io:6443
  name: prod
contexts:
- context:
    cluster: prod
    namespace: ci
    user: deployer
  name: prod-deployer
current-context: prod-deployer
users:
- name: deployer
  user:
    token: {v}
""", [v]


def c_docker_config(items, r):
    k, var, v = items[0]
    obj = {"auths": {"registry.kestrelworks.io": {"auth": v}, "https://index.docker.io/v1/": {}},
           "credsStore": "", "currentContext": "default"}
    return "$ cat ~/.docker/config.json\n" + json.dumps(obj, indent=2) + "\n$ ", [v]


def c_terraformrc(items, r):
    k, var, v = items[0]
    return f'# ~/.terraformrc\nplugin_cache_dir = "$HOME/.terraform.d/plugin-cache"\n\ncredentials "app.terraform.io" {{\n  token = "{v}"\n}}\n', [v]


def c_gradle_props(items, r):
    k, var, v = items[0]
    return f"# ~/.gradle/gradle.properties\norg.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8\norg.gradle.parallel=true\nandroid.useAndroidX=true\n{var}={v}\nkotlin.code.style=official\n", [v]


def c_pipconf(items, r):
    k, var, v = items[0]
    return f"$ cat /etc/pip.conf\n[global]\nindex-url = {v}\nextra-index-url = https://pypi.org/simple\ntimeout = 30\n$ ", [v]


def c_sentryclirc(items, r):
    k, var, v = items[0]
    return f"# .sentryclirc\n[defaults]\nurl = https://sentry.io/\norg = kestrel-works\nproject = web-frontend\n\n[auth]\ntoken = {v}\n", [v]


def c_jira_comment(items, r):
    k, var, v = items[0]
    a = person(r)
    obj = {"key": f"OPS-{r.randint(100, 999)}", "fields": {"summary": "Analytics job cannot connect to cluster",
                                                          "comment": {"comments": [{"author": {"displayName": a}, "body": f"Tried again with the connection string from the vault, still timing out:\n{{code}}{v}{{code}}\nIs the IP allow-list updated?", "created": "2025-02-11T10:02:44.000+0000"},
                                                                                   {"author": {"displayName": person(r)}, "body": "Allow-list updated for the new NAT IP, please retry. Also please rotate that password now that it's in a ticket.", "created": "2025-02-11T10:40:02.000+0000"}]}}}
    return json.dumps(obj, indent=2, ensure_ascii=False), [jesc(v)]


def c_yaml_alerting(items, r):
    k, var, v = items[0]
    return f"""# alertmanager.yml
route:
  receiver: team-ops
  group_by: [alertname, cluster]
  repeat_interval: 4h
receivers:
  - name: team-ops
    msteams_configs:
      - webhook_url: '{v}'
        send_resolved: true
inhibit_rules:
  - source_matchers: [severity="critical"]
    target_matchers: [severity="warning"]
    equal: [alertname]
""", [v]


def c_celery_yaml(items, r):
    k, var, v = items[0]
    return f"""# worker.yaml
celery:
  broker_url: {v}
  result_backend: rpc://
  task_acks_late: true
  worker_prefetch_multiplier: 1
  beat_schedule:
    nightly-report:
      task: reports.tasks.nightly
      schedule: "0 2 * * *"
""", [v]


def c_grafana_yaml(items, r):
    k, var, v = items[0]
    return f"""# provisioning/datasources/loki.yaml
apiVersion: 1
datasources:
  - name: Loki
    type: loki
    url: https://logs-prod-eu.grafana.example.net
    basicAuth: false
    jsonData:
      httpHeaderName1: Authorization
    secureJsonData:
      httpHeaderValue1: "Bearer {v}"
""", [v]


CARRIERS_S = {
    "dotenv": c_dotenv, "shell_history": c_shell_history, "aws_credentials_ini": c_aws_credentials, "ci_log": c_ci_log,
    "k8s_secret_yaml": c_k8s_secret, "k8s_deployment_yaml": c_k8s_deployment, "docker_compose_yaml": c_compose,
    "docker_compose_yaml_pg": c_compose_pg, "jupyter_notebook": c_notebook, "app_config_yaml": c_yaml_app,
    "appsettings_json": c_appsettings, "slack_export_json": c_slack, "discord_export_json": c_discord, "unified_diff": c_diff,
    "debug_log": c_debug_log, "rfc822_email": c_email, "dockerfile": c_dockerfile, "bashrc": c_bashrc,
    "postman_collection_json": c_postman, "terraform_tfvars": c_tfvars, "gitlab_ci_yaml": c_gitlab_ci,
    "github_workflow_yaml": c_gh_workflow, "python_source": c_python, "javascript_source": c_js, "npmrc": c_npmrc,
    "pypirc": c_pypirc, "git_credentials_terminal": c_git_credentials, "pgpass_terminal": c_pgpass, "wp_config_php": c_wp_config,
    "django_settings_py": c_django, "rails_credentials_terminal": c_rails_credentials, "spring_properties": c_properties,
    "ini_config": c_ini, "netrc": c_netrc, "terminal_session_key_file": c_terminal_cat_key, "terminal_session": c_terminal_export,
    "gcp_service_account_json": c_gcp_sa, "kubeconfig_yaml": c_kubeconfig, "docker_config_json": c_docker_config,
    "terraformrc_hcl": c_terraformrc, "gradle_properties": c_gradle_props, "pip_conf_terminal": c_pipconf,
    "sentryclirc_ini": c_sentryclirc, "jira_issue_json": c_jira_comment, "alertmanager_yaml": c_yaml_alerting,
    "celery_yaml": c_celery_yaml, "grafana_provisioning_yaml": c_grafana_yaml,
}

# (primary kind(s), carrier). A tuple of kinds => all listed; first is the row category.
SECRET_ROWS = [
    (("aws_access_key_id", "aws_secret_access_key"), "aws_credentials_ini"),
    (("aws_access_key_id", "aws_secret_access_key"), "shell_history"),
    (("aws_access_key_id", "aws_secret_access_key"), "github_workflow_yaml"),
    (("pkcs8_private_key",), "gcp_service_account_json"),
    (("google_api_key",), "python_source"),
    (("azure_storage_connection_string",), "appsettings_json"),
    (("azure_client_secret",), "terraform_tfvars"),
    (("github_pat_classic",), "git_credentials_terminal"),
    (("github_pat_classic",), "ci_log"),
    (("github_pat_fine_grained", "groq_api_key"), "dotenv"),
    (("github_app_token",), "debug_log"),
    (("gitlab_pat",), "gitlab_ci_yaml"),
    (("gitlab_pat",), "shell_history"),
    (("stripe_secret_key", "stripe_webhook_secret"), "dotenv"),
    (("stripe_secret_key",), "slack_export_json"),
    (("stripe_restricted_key",), "python_source"),
    (("stripe_webhook_secret",), "k8s_secret_yaml"),
    (("slack_bot_token", "slack_signing_secret"), "docker_compose_yaml"),
    (("slack_webhook_url",), "github_workflow_yaml"),
    (("slack_webhook_url",), "python_source"),
    (("discord_webhook_url",), "javascript_source"),
    (("discord_bot_token", "replicate_api_token"), "dotenv"),
    (("telegram_bot_token",), "python_source"),
    (("telegram_bot_token",), "shell_history"),
    (("teams_webhook_url",), "alertmanager_yaml"),
    (("twilio_auth_token", "twilio_api_key_secret"), "dotenv"),
    (("twilio_auth_token",), "rfc822_email"),
    (("sendgrid_api_key", "jwt_signing_secret"), "k8s_deployment_yaml"),
    (("mailgun_api_key",), "ini_config"),
    (("openai_api_key", "anthropic_api_key"), "jupyter_notebook"),
    (("openai_api_key",), "discord_export_json"),
    (("anthropic_api_key", "openai_api_key"), "dotenv"),
    (("anthropic_api_key",), "terminal_session"),
    (("huggingface_token", "wandb_api_key"), "jupyter_notebook"),
    (("huggingface_token",), "dockerfile"),
    (("npm_token",), "npmrc"),
    (("npm_token",), "ci_log"),
    (("pypi_token",), "pypirc"),
    (("dockerhub_pat",), "ci_log"),
    (("postgres_url", "redis_url"), "dotenv"),
    (("postgres_url", "generic_password"), "docker_compose_yaml_pg"),
    (("postgres_url",), "debug_log"),
    (("mysql_url",), "python_source"),
    (("mongodb_uri", "jwt_signing_secret"), "javascript_source"),
    (("mongodb_uri",), "jira_issue_json"),
    (("redis_url",), "k8s_secret_yaml"),
    (("amqp_url",), "celery_yaml"),
    (("rsa_private_key",), "terminal_session_key_file"),
    (("openssh_private_key",), "terminal_session_key_file"),
    (("ec_private_key",), "terminal_session_key_file"),
    (("pkcs8_private_key",), "dotenv"),
    (("generic_password",), "spring_properties"),
    (("generic_password", "wordpress_auth_key"), "wp_config_php"),
    (("generic_password",), "pgpass_terminal"),
    (("generic_password",), "ini_config"),
    (("generic_password",), "rfc822_email"),
    (("generic_password",), "slack_export_json"),
    (("django_secret_key", "generic_password"), "django_settings_py"),
    (("rails_secret_key_base",), "rails_credentials_terminal"),
    (("flask_secret_key",), "python_source"),
    (("jwt_signing_secret", "pulumi_access_token"), "dotenv"),
    (("jwt_signing_secret",), "app_config_yaml"),
    (("shopify_access_token",), "python_source"),
    (("square_access_token",), "postman_collection_json"),
    (("paypal_client_secret",), "appsettings_json"),
    (("datadog_api_key",), "k8s_deployment_yaml"),
    (("datadog_api_key", "datadog_app_key"), "docker_compose_yaml"),
    (("newrelic_user_key",), "terraform_tfvars"),
    (("heroku_api_key",), "netrc"),
    (("digitalocean_token",), "shell_history"),
    (("linear_api_key", "npm_token"), "github_workflow_yaml"),
    (("notion_token",), "javascript_source"),
    (("atlassian_api_token",), "bashrc"),
    (("okta_api_token",), "postman_collection_json"),
    (("vault_token",), "terminal_session"),
    (("terraform_cloud_token",), "terraformrc_hcl"),
    (("cloudflare_api_token",), "ci_log"),
    (("mapbox_secret_token",), "gradle_properties"),
    (("firebase_fcm_server_key",), "python_source"),
    (("algolia_admin_key",), "javascript_source"),
    (("grafana_service_account_token",), "grafana_provisioning_yaml"),
    (("postman_api_key",), "bashrc"),
    (("age_secret_key",), "terminal_session_key_file"),
    (("basic_auth_url",), "pip_conf_terminal"),
    (("azure_devops_pat",), "shell_history"),
    (("sentry_auth_token",), "sentryclirc_ini"),
    (("docker_registry_auth",), "docker_config_json"),
    (("k8s_secret_base64",), "k8s_secret_yaml"),
    (("kubernetes_sa_token",), "kubeconfig_yaml"),
    (("doppler_service_token",), "unified_diff"),
]


def build_secret_rows():
    rows = []
    for i, (kinds, carrier) in enumerate(SECRET_ROWS):
        r = random.Random(f"secret-{i}")
        items = []
        for k in kinds:
            gen, var = KINDS[k]
            if k == "generic_password":
                var = pick(r, ["DB_PASSWORD", "SMTP_PASSWORD", "ADMIN_PASSWORD"])
            items.append((k, var, gen(r)))
        text, shown = CARRIERS_S[carrier](items, r)
        fmt = carrier.replace("docker_compose_yaml_pg", "docker_compose_yaml")
        rows.append({"format": fmt, "label": "secret", "category": kinds[0], "secrets": shown, "text": text})
    rows += build_clean_rows()
    return rows


# ================================================================== clean rows
def _sha(r, n=64):
    return hexs(r, n)


def build_clean_rows():
    out = []

    def add(cat, fmt, text):
        out.append({"format": fmt, "label": "clean", "category": cat, "secrets": [], "text": text})

    r = random.Random("secrets-clean")
    # 1 hashes and digests
    files = ["kestrel-cli_2.4.1_linux_amd64.tar.gz", "kestrel-cli_2.4.1_darwin_arm64.tar.gz", "kestrel-cli_2.4.1_windows_amd64.zip", "kestrel-cli_2.4.1_linux_arm64.tar.gz"]
    add("hash_digest", "checksums_txt", "# SHA256SUMS for release v2.4.1\n" + "".join(f"{_sha(r)}  {f}\n" for f in files))
    add("hash_digest", "terminal_session", f"$ md5sum backup-2025-03-01.sql.gz\n{hexs(r, 32)}  backup-2025-03-01.sql.gz\n$ sha1sum backup-2025-03-01.sql.gz\n{hexs(r, 40)}  backup-2025-03-01.sql.gz\n$ b2sum -l 256 backup-2025-03-01.sql.gz\n{hexs(r, 64)}  backup-2025-03-01.sql.gz\n$ ")
    add("hash_digest", "go_sum", "".join(f"github.com/{m} {v} h1:{base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()}\ngithub.com/{m} {v}/go.mod h1:{base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()}\n"
                                        for m, v in [("google/uuid", "v1.6.0"), ("spf13/cobra", "v1.8.1"), ("stretchr/testify", "v1.9.0"), ("rs/zerolog", "v1.33.0")]))
    add("hash_digest", "api_response_json", json.dumps({"file_id": "f_" + alnum(r, 12, LOWER), "name": "contract_signed.pdf", "size": 482113,
                                                          "hashes": {"md5": hexs(r, 32), "sha1": hexs(r, 40), "sha256": _sha(r)},
                                                          "virus_scan": {"status": "clean", "engine": "clamav 1.3.1"}, "uploaded_at": "2025-03-03T12:09:44Z"}, indent=2))
    # 2 git SHAs
    add("git_sha", "terminal_session", "$ git log --oneline -6\n" + "".join(f"{hexs(r, 7)} {m}\n" for m in ["Merge pull request #482 from kw/fix-timezone", "fix: use UTC for invoice due dates", "chore(deps): bump axios to 1.7.4", "docs: clarify webhook retries", "feat: bulk export", "test: add regression for DST"]) +
        f"$ git rev-parse HEAD\n{hexs(r, 40)}\n$ ")
    add("git_sha", "github_api_json", json.dumps({"sha": hexs(r, 40), "node_id": "C_kwDO" + alnum(r, 20), "commit": {"author": {"name": "Maya Okafor", "date": "2025-02-27T09:12:44Z"},
                                                   "message": "Refactor retry policy", "tree": {"sha": hexs(r, 40)}}, "parents": [{"sha": hexs(r, 40)}],
                                                   "html_url": "https://github.com/kestrelworks/core/commit/" + hexs(r, 40)}, indent=2))
    add("git_sha", "ci_log", f"2025-03-02T10:00:01Z Checking out {hexs(r, 40)}\n2025-03-02T10:00:02Z HEAD is now at {hexs(r, 7)} bump version\n2025-03-02T10:00:02Z GITHUB_SHA={hexs(r, 40)}\n2025-03-02T10:00:03Z GITHUB_REF=refs/heads/main\n2025-03-02T10:04:55Z Image tagged registry.kestrelworks.io/api:sha-{hexs(r, 12)}\n")
    add("git_sha", "package_lock_excerpt", '{\n  "name": "web",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/design-system": {\n      "version": "4.2.0",\n      "resolved": "git+ssh://git@github.com/kestrelworks/design-system.git#' + hexs(r, 40) + '"\n    }\n  }\n}\n')
    # 3 UUIDs / trace ids
    add("uuid_trace_id", "otel_trace_json", json.dumps({"resourceSpans": [{"scopeSpans": [{"spans": [{"traceId": hexs(r, 32), "spanId": hexs(r, 16), "parentSpanId": hexs(r, 16), "name": "GET /v1/orders/{id}",
                                                                                                     "startTimeUnixNano": "1740900000123000000", "endTimeUnixNano": "1740900000178000000", "attributes": [{"key": "http.status_code", "value": {"intValue": "200"}}]}]}]}]}, indent=2))
    add("uuid_trace_id", "app_log_jsonl", "".join(json.dumps({"ts": f"2025-03-01T10:{m:02d}:11Z", "level": "info", "request_id": uuid4(r), "correlation_id": uuid4(r), "msg": "order created", "order_uuid": uuid4(r)}) + "\n" for m in range(4)))
    add("uuid_trace_id", "http_response_headers", f"HTTP/2 200\ncontent-type: application/json\nx-request-id: {uuid4(r)}\nx-amzn-trace-id: Root=1-{hexs(r, 8)}-{hexs(r, 24)}\ntraceparent: 00-{hexs(r, 32)}-{hexs(r, 16)}-01\ncf-ray: {hexs(r, 16)}-LHR\nx-cache: Miss from cloudfront\n")
    add("uuid_trace_id", "api_response_json", json.dumps({"data": [{"id": uuid4(r), "type": "invoice", "attributes": {"number": f"INV-{r.randint(1000, 9999)}", "status": "paid"}} for _ in range(3)], "meta": {"request_id": uuid4(r)}}, indent=2))
    # 4 integrity attributes
    def sri(n):
        return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()
    add("integrity_attribute", "html_page", f'<!doctype html>\n<html><head>\n<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" integrity="sha384-{sri(48)}" crossorigin="anonymous">\n<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-{sri(48)}" crossorigin="anonymous"></script>\n</head><body><h1>Dashboard</h1></body></html>\n')
    add("integrity_attribute", "package_lock_excerpt", json.dumps({"packages": {f"node_modules/{p}": {"version": v, "resolved": f"https://registry.npmjs.org/{p}/-/{p}-{v}.tgz", "integrity": "sha512-" + sri(64)} for p, v in [("lodash", "4.17.21"), ("axios", "1.7.4"), ("zod", "3.23.8")]}}, indent=2))
    add("integrity_attribute", "requirements_txt", "".join(f"{p}=={v} \\\n    --hash=sha256:{hexs(r, 64)} \\\n    --hash=sha256:{hexs(r, 64)}\n" for p, v in [("requests", "2.32.3"), ("urllib3", "2.2.2"), ("certifi", "2024.7.4")]))
    add("integrity_attribute", "yarn_lock", "".join(f'"{p}@^{v}":\n  version "{v}"\n  resolved "https://registry.yarnpkg.com/{p}/-/{p}-{v}.tgz#{hexs(r, 40)}"\n  integrity sha512-{sri(64)}\n\n' for p, v in [("react", "18.3.1"), ("scheduler", "0.23.2")]))
    # 5 secret store / CI variable references
    add("secret_reference", "k8s_deployment_yaml", "env:\n  - name: DATABASE_URL\n    valueFrom:\n      secretKeyRef:\n        name: orders-db\n        key: url\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: payments\n        key: stripe-secret-key\n  - name: LOG_LEVEL\n    value: info\n")
    add("secret_reference", "github_workflow_yaml", "jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n      - run: ./notify.sh\n        env:\n          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    add("secret_reference", "dotenv", "# .env.tpl – resolved by `op run --env-file=.env.tpl -- npm start`\nDATABASE_URL=op://Production/orders-db/connection-string\nOPENAI_API_KEY=op://Production/openai/credential\nSENDGRID_API_KEY=op://Production/sendgrid/api-key\nPORT=3000\n")
    add("secret_reference", "terraform_hcl", f'data "aws_secretsmanager_secret_version" "db" {{\n  secret_id = "arn:aws:secretsmanager:eu-west-1:{digits(r, 12)}:secret:prod/orders/db-AbC123"\n}}\n\ndata "aws_ssm_parameter" "stripe" {{\n  name            = "/prod/payments/stripe_secret_key"\n  with_decryption = true\n}}\n\nresource "vault_generic_secret" "ref" {{\n  path = "secret/data/prod/api"\n}}\n')
    # 6 placeholders
    add("placeholder", "dotenv", "# .env.example – copy to .env and fill in\nSTRIPE_SECRET_KEY=sk_live_your_key_here\nOPENAI_API_KEY=<your-openai-api-key>\nDATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DBNAME\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nJWT_SECRET=changeme\n")
    add("placeholder", "markdown_doc", "## Configuration\n\nSet your API key before running the examples:\n\n```bash\nexport ACME_API_KEY=\"YOUR_API_KEY\"\nexport ACME_WEBHOOK_SECRET=\"whsec_...\"\n```\n\nReplace `YOUR_API_KEY` with the key from your dashboard. Never commit real keys.\n")
    add("placeholder", "yaml_config", "# values.yaml (chart defaults)\nauth:\n  adminUser: admin\n  adminPassword: \"\"   # set via --set auth.adminPassword=... or an existing secret\n  existingSecret: \"\"\nsmtp:\n  password: REPLACE_ME\n  apiKey: \"${SMTP_API_KEY}\"\n")
    add("placeholder", "python_source", 'import os\n\n# TODO: read from environment in production\nAPI_KEY = os.environ.get("PARTNER_API_KEY", "dummy-key-for-tests")\nSECRET = "<insert secret>"\nPASSWORD = "********"  # never hardcode\n\n\ndef client():\n    return Partner(api_key=API_KEY)\n')
    # 7 public keys and certificates
    add("public_key_certificate", "authorized_keys", "".join(f"ssh-{t} AAAA{alnum(r, n, B64)} {u}\n" for t, n, u in [("ed25519", 64, "maya@laptop"), ("rsa", 368, "deploy@ci"), ("ed25519", 64, "backup@nas")]))
    add("public_key_certificate", "pem_certificate", "-----BEGIN CERTIFICATE-----\n" + "\n".join(alnum(r, 64, B64) for _ in range(18)) + "\n" + alnum(r, 40, B64) + "==\n-----END CERTIFICATE-----\n")
    add("public_key_certificate", "jwks_json", json.dumps({"keys": [{"kty": "RSA", "use": "sig", "kid": "2025-02", "alg": "RS256", "n": alnum(r, 342, URLSAFE), "e": "AQAB"},
                                                                    {"kty": "EC", "use": "sig", "kid": "ec-1", "crv": "P-256", "x": alnum(r, 43, URLSAFE), "y": alnum(r, 43, URLSAFE)}]}, indent=2))
    add("public_key_certificate", "pem_public_key", "# Public key for verifying license files (safe to distribute)\n-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "\n".join([alnum(r, 20, B64)] + [alnum(r, 64, B64) for _ in range(4)]) + "\nIDAQAB\n-----END PUBLIC KEY-----\n")
    # 8 publishable keys
    add("publishable_key", "javascript_source", f"// Publishable key: safe to expose in the browser (see Stripe docs on API keys)\nconst stripe = Stripe('pk_live_51{alnum(r, 96)}');\nconst elements = stripe.elements();\n")
    add("publishable_key", "javascript_source", f"// Firebase web config – these values identify the project and are not secrets.\nconst firebaseConfig = {{\n  apiKey: 'AIza{alnum(r, 35, URLSAFE)}',\n  authDomain: 'kw-shop.firebaseapp.com',\n  projectId: 'kw-shop',\n  appId: '1:{digits(r, 12)}:web:{hexs(r, 22)}',\n}};\n")
    add("publishable_key", "html_page", f"<script>\n  // Algolia search-only key (public, read-only, restricted to the products index)\n  const search = algoliasearch('{upper(r, 10)}', '{hexs(r, 32)}');\n</script>\n<script src=\"https://js.sentry-cdn.com/{hexs(r, 32)}.min.js\" crossorigin=\"anonymous\"></script>\n")
    add("publishable_key", "dotenv", f"# Public (client-side) variables only\nNEXT_PUBLIC_SUPABASE_URL=https://{alnum(r, 20, 'abcdefghijklmnopqrstuvwxyz')}.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{base64.urlsafe_b64encode(json.dumps({'iss': 'supabase', 'role': 'anon', 'iat': 1735689600, 'exp': 2051222400}).encode()).decode().rstrip('=')}.{alnum(r, 43, URLSAFE)}\nNEXT_PUBLIC_MAPBOX_TOKEN=pk.eyJ1Ijoi{alnum(r, 14)}IiwiYSI6Ij{alnum(r, 26)}In0.{alnum(r, 22, URLSAFE)}\n")
    # 9 masked values
    add("masked_value", "api_response_json", json.dumps({"keys": [{"id": "key_" + alnum(r, 10), "name": "CI deploy", "prefix": "sk_live_51", "display": "sk_live_...." + alnum(r, 4), "created": "2024-11-02"},
                                                                  {"id": "key_" + alnum(r, 10), "name": "reporting", "display": "rk_live_****************" + alnum(r, 4), "created": "2025-01-15"}]}, indent=2))
    add("masked_value", "ci_log", "2025-03-01T09:00:01Z + export AWS_ACCESS_KEY_ID=***\n2025-03-01T09:00:01Z + export AWS_SECRET_ACCESS_KEY=***\n2025-03-01T09:00:02Z + docker login -u kwdeploy -p *** registry.kestrelworks.io\n2025-03-01T09:00:03Z Login Succeeded\n")
    add("masked_value", "terminal_session", "$ gh auth status\ngithub.com\n  ✓ Logged in to github.com account kw-bot (keyring)\n  - Active account: true\n  - Git operations protocol: https\n  - Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo'\n$ ")
    add("masked_value", "app_config_yaml", "# effective config (secrets redacted)\ndatabase:\n  url: postgresql://app:[REDACTED]@db.internal:5432/app\nredis:\n  url: redis://default:xxxxx@cache:6379/0\nstripe:\n  secret_key: sk_live_••••••••••••3f9a\n")
    # 10 documentation example keys
    add("documentation_example_key", "markdown_doc", "## Example: configure the AWS CLI\n\n```\n$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: us-west-2\n```\n\nThese are the example values used throughout the AWS documentation; they do not work.\n")
    add("documentation_example_key", "html_page", "<h2>Decoding a token</h2>\n<p>Paste the sample token from the tutorial:</p>\n<pre>eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c</pre>\n<p>The signature is computed with the tutorial secret <code>your-256-bit-secret</code>.</p>\n")
    add("documentation_example_key", "python_source", '"""Example from the payments quickstart (test mode, documented sample key)."""\nimport stripe\n\nstripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"\n\nstripe.PaymentIntent.create(amount=2000, currency="usd")\n')
    add("documentation_example_key", "markdown_doc", "### Authentication\n\nAll requests need a bearer token:\n\n```http\nGET /v1/projects HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer EXAMPLE_TOKEN_1234567890abcdef\n```\n\nSample webhook secret used in the signature examples below: `whsec_EXAMPLE_ONLY_do_not_use`.\n")
    # 11 base64 images
    from hardneg_b import tiny_png
    add("base64_image", "html_page", f'<img alt="logo" width="16" height="16" src="data:image/png;base64,{base64.b64encode(tiny_png(16, 16, (200, 80, 20))).decode()}">\n<p>Kestrel Works</p>\n')
    add("base64_image", "css_file", f".icon-ok {{\n  background-image: url(\"data:image/png;base64,{base64.b64encode(tiny_png(12, 12, (20, 160, 60))).decode()}\");\n  width: 12px; height: 12px;\n}}\n")
    add("base64_image", "api_response_json", json.dumps({"user_id": 4471, "avatar": {"mime": "image/png", "data": base64.b64encode(tiny_png(24, 24, (90, 90, 200))).decode()}}, indent=2))
    add("base64_image", "markdown_doc", f"# Status\n\n![ok](data:image/png;base64,{base64.b64encode(tiny_png(8, 8, (0, 200, 0))).decode()}) All systems operational.\n")
    # 12 encrypted values
    enc = lambda: f"ENC[AES256_GCM,data:{alnum(r, 40, B64)}=,iv:{alnum(r, 43, B64)}=,tag:{alnum(r, 22, B64)}==,type:str]"
    add("encrypted_value", "sops_yaml", f"database:\n  password: {enc()}\n  user: {enc()}\nstripe_secret_key: {enc()}\nsops:\n  age:\n    - recipient: age1{alnum(r, 58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        {alnum(r, 64, B64)}\n        {alnum(r, 40, B64)}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: \"2025-02-20T10:11:12Z\"\n  mac: {enc()}\n  version: 3.9.1\n")
    add("encrypted_value", "ansible_vault", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(r, 80) for _ in range(8)) + "\n")
    add("encrypted_value", "sealed_secret_yaml", f"apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-secrets\n  namespace: prod\nspec:\n  encryptedData:\n    DATABASE_URL: Ag{alnum(r, 300, B64)}==\n    STRIPE_SECRET_KEY: Ag{alnum(r, 300, B64)}==\n")
    add("encrypted_value", "yaml_config", f"# group_vars/prod.yml\ndb_user: app\ndb_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  {hexs(r, 64)}\n  {hexs(r, 64)}\n  {hexs(r, 64)}\n  {hexs(r, 32)}\n")
    # 13 payment API object ids
    add("payment_object_id", "api_response_json", json.dumps({"id": "pi_3" + alnum(r, 23), "object": "payment_intent", "amount": 2000, "currency": "eur", "customer": "cus_" + alnum(r, 14),
                                                              "latest_charge": "ch_3" + alnum(r, 23), "payment_method": "pm_1" + alnum(r, 23), "status": "succeeded"}, indent=2))
    add("payment_object_id", "webhook_event_json", json.dumps({"id": "evt_1" + alnum(r, 23), "type": "invoice.paid", "data": {"object": {"id": "in_1" + alnum(r, 23), "subscription": "sub_1" + alnum(r, 23), "customer": "cus_" + alnum(r, 14)}}}, indent=2))
    add("payment_object_id", "csv_export", "date,order,psp_reference,amount\n" + "".join(f"2025-03-0{i},SO-{r.randint(10000, 99999)},{upper(r, 16)},{r.randint(10, 400)}.00\n" for i in range(1, 6)))
    add("payment_object_id", "app_log_plain", f"2025-03-02 10:11:12 INFO paypal capture ok order_id={upper(r, 17)} capture_id={upper(r, 17)}\n2025-03-02 10:11:14 INFO square payment ok payment_id={alnum(r, 29)} location={upper(r, 13)}\n")
    # 14 container digests
    add("container_digest", "terminal_session", f"$ docker pull nginx:1.27-alpine\n1.27-alpine: Pulling from library/nginx\nDigest: sha256:{hexs(r, 64)}\nStatus: Downloaded newer image for nginx:1.27-alpine\n$ docker images --digests | head -3\nREPOSITORY  TAG          DIGEST                                                                    IMAGE ID\nnginx       1.27-alpine  sha256:{hexs(r, 64)}   {hexs(r, 12)}\n$ ")
    add("container_digest", "k8s_deployment_yaml", f"containers:\n  - name: api\n    image: registry.kestrelworks.io/api@sha256:{hexs(r, 64)}\n  - name: sidecar\n    image: envoyproxy/envoy:v1.31.0@sha256:{hexs(r, 64)}\n")
    add("container_digest", "dockerfile", f"FROM python:3.12-slim@sha256:{hexs(r, 64)} AS build\nWORKDIR /src\nCOPY . .\nRUN pip wheel -w /wheels .\nFROM gcr.io/distroless/python3@sha256:{hexs(r, 64)}\nCOPY --from=build /wheels /wheels\n")
    add("container_digest", "api_response_json", json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [{"digest": "sha256:" + hexs(r, 64), "platform": {"architecture": a, "os": "linux"}, "size": 1611} for a in ("amd64", "arm64")]}, indent=2))
    # 15 build hashes
    add("build_hash", "build_output", f"vite v5.4.2 building for production...\n✓ 412 modules transformed.\ndist/index.html                   0.46 kB │ gzip:  0.30 kB\ndist/assets/index-{alnum(r, 8, URLSAFE)}.css   12.10 kB │ gzip:  3.22 kB\ndist/assets/index-{alnum(r, 8, URLSAFE)}.js   148.33 kB │ gzip: 47.81 kB\n✓ built in 2.91s\n")
    add("build_hash", "html_page", f'<script src="/_next/static/chunks/main-{hexs(r, 16)}.js" defer></script>\n<script src="/_next/static/{alnum(r, 21, URLSAFE)}/_buildManifest.js" defer></script>\n<link rel="stylesheet" href="/static/css/app.{hexs(r, 8)}.css">\n')
    add("build_hash", "json_manifest", json.dumps({"main.js": f"/static/js/main.{hexs(r, 8)}.js", "main.css": f"/static/css/main.{hexs(r, 8)}.css", "buildId": alnum(r, 21, URLSAFE), "version": "5.2.0+g" + hexs(r, 7)}, indent=2))
    add("build_hash", "ci_log", f"2025-03-01T11:00:00Z Build cache key: node-modules-Linux-{hexs(r, 64)}\n2025-03-01T11:00:04Z Cache restored from key: node-modules-Linux-{hexs(r, 64)}\n2025-03-01T11:02:31Z webpack 5.94.0 compiled successfully in 8123 ms (hash {hexs(r, 20)})\n")
    return out
