"""Positive rows for secrets.jsonl: realistic live-looking credentials in context.
Each scenario f(c, s) -> (format, category, text, [secret substrings])."""
import base64
import json

from .common import jdump, table
from .shapes import b64u, openssh_ed25519, pem_private, self_signed_cert

POS = []


def pos(fn):
    POS.append(fn)
    return fn


def host(c):
    return c.pick(["db-prod-01.internal", "pg-main.c9xk2hq1.eu-west-1.rds.amazonaws.com", "10-db.svc.cluster.local",
                   "orders-db.private", "mysql-primary.prod.lan"])


@pos
def env_app(c, s):
    pw = s.password(24)
    url = f"postgres://app_user:{pw}@{host(c)}:5432/app_production"
    sk = s.stripe()
    sg = s.sendgrid()
    text = f"""# production .env (do not commit)
NODE_ENV=production
PORT=8080
DATABASE_URL={url}
DATABASE_POOL_MAX=20
STRIPE_SECRET_KEY={sk}
STRIPE_WEBHOOK_TOLERANCE=300
SENDGRID_API_KEY={sg}
MAIL_FROM=orders@{c.company()[1]}
SESSION_COOKIE_NAME=sid
LOG_LEVEL=info"""
    return "env", "multiple", text, [url, sk, sg]


@pos
def aws_credentials_file(c, s):
    k1, s1 = s.aws_key_id(), s.aws_secret()
    k2, s2 = s.aws_key_id(), s.aws_secret()
    text = f"""$ cat ~/.aws/credentials
[default]
aws_access_key_id = {k1}
aws_secret_access_key = {s1}

[billing-readonly]
aws_access_key_id = {k2}
aws_secret_access_key = {s2}
region = us-east-1"""
    return "shell", "aws", text, [k1, s1, k2, s2]


@pos
def aws_boto_code(c, s):
    k, sec = s.aws_key_id(), s.aws_secret()
    text = f'''import boto3

# TODO: move to env vars before merging
s3 = boto3.client(
    "s3",
    region_name="{c.pick(['eu-west-1', 'us-east-2', 'ap-southeast-2'])}",
    aws_access_key_id="{k}",
    aws_secret_access_key="{sec}",
)


def upload_report(path: str, key: str) -> None:
    s3.upload_file(path, "{c.pick(['acme-reports', 'finance-exports', 'bi-dumps'])}", key)
'''
    return "code", "aws", text, [k, sec]


@pos
def aws_session_ci(c, s):
    k, sec, tok = s.aws_key_id("ASIA"), s.aws_secret(), s.aws_session_token()
    text = f"""[Pipeline] withAWS
Assuming role arn:aws:iam::{c.r.randint(10**11, 10**12 - 1)}:role/jenkins-deploy
[Pipeline] {{
[Pipeline] sh
+ env
+ sort
AWS_ACCESS_KEY_ID={k}
AWS_DEFAULT_REGION=eu-central-1
AWS_SECRET_ACCESS_KEY={sec}
AWS_SESSION_TOKEN={tok}
BUILD_NUMBER={c.r.randint(100, 4000)}
BUILD_TAG=jenkins-infra-deploy-{c.r.randint(100, 4000)}
GIT_COMMIT={c.hexid(40)}
JOB_NAME=infra-deploy
[Pipeline] }}
[Pipeline] // withAWS"""
    return "ci_log", "aws", text, [k, sec, tok]


@pos
def gh_remote(c, s):
    t = s.github("ghp_")
    org = c.pick(["harborfinch", "quarrysys", "tidewater-labs"])
    text = f"""$ git remote -v
origin\thttps://{t}@github.com/{org}/deploy-scripts.git (fetch)
origin\thttps://{t}@github.com/{org}/deploy-scripts.git (push)
$ git status
On branch main
Your branch is up to date with 'origin/main'.

nothing to commit, working tree clean"""
    return "shell", "github", text, [t]


@pos
def npmrc(c, s):
    t = s.npm()
    text = f"""$ cat ~/.npmrc
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={t}
@{c.pick(['acme', 'lumen', 'cobalt'])}:registry=https://npm.pkg.github.com
save-exact=true
fund=false"""
    return "ini", "npm", text, [t]


@pos
def gh_actions_hardcoded(c, s):
    t = s.github("ghp_")
    text = f"""name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      GH_TOKEN: {t}
      NODE_VERSION: "20"
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: gh release create "$GITHUB_REF_NAME" dist/*.tgz --generate-notes
"""
    return "yaml", "github", text, [t]


@pos
def gh_pat_chat(c, s):
    t = s.github_pat()
    a, b = c.pick(["omar.h", "ben.c", "lucia"]), c.pick(["zoe", "arjun", "felix"])
    text = f"""Channel: #release-eng  (exported 2024-10-22)

[15:40] {a}: the changelog bot is failing auth again
[15:41] {b}: my PAT expired. made a new fine-grained one scoped to the docs repo
[15:41] {b}: {t}
[15:42] {a}: thx, updating the bot config now
[15:48] {a}: works 👍 (you should probably put that in the vault though)"""
    return "chat", "github", text, [t]


@pos
def gitlab_history(c, s):
    t = s.gitlab()
    text = f"""  501  cd ~/work/infra
  502  git pull
  503  curl --header "PRIVATE-TOKEN: {t}" "https://gitlab.{c.company()[1]}/api/v4/projects/412/pipelines?status=failed"
  504  jq '.[0].id' out.json
  505  terraform plan -var-file=staging.tfvars
  506  history | tail"""
    return "shell", "gitlab", text, [t]


@pos
def slack_bot_code(c, s):
    t = s.slack_bot()
    text = f'''from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

client = WebClient(token="{t}")


def notify(channel: str, text: str) -> None:
    try:
        client.chat_postMessage(channel=channel, text=text)
    except SlackApiError as e:
        print(f"Slack error: {{e.response['error']}}")


if __name__ == "__main__":
    notify("#deploys", "nightly build finished")
'''
    return "code", "slack", text, [t]


@pos
def alertmanager_webhook(c, s):
    w = s.slack_webhook()
    text = f"""global:
  resolve_timeout: 5m
  slack_api_url: '{w}'

route:
  receiver: slack-oncall
  group_by: ['alertname', 'cluster']
  group_wait: 30s
  repeat_interval: 4h

receivers:
  - name: slack-oncall
    slack_configs:
      - channel: '#alerts-prod'
        send_resolved: true
        title: '{{{{ .CommonLabels.alertname }}}}'
"""
    return "yaml", "slack", text, [w]


@pos
def slack_user_ticket(c, s):
    t = s.slack_user()
    text = f"""Ticket #{c.r.randint(40000, 99999)} — Slack integration stopped posting
Requester: {c.name()} · Priority: normal

Hi, our integration stopped posting messages last night. I generated a new user token and pasted it into the settings page but it still fails with "invalid_auth". Here's the token so you can test on your side:

{t}

Can you check whether the scopes are right? We need chat:write and channels:read."""
    return "ticket", "slack", text, [t]


@pos
def stripe_rk_email(c, s):
    k = s.stripe("rk_live_")
    fn = c.person()[0]
    text = f"""From: {fn} <{fn.lower()}@{c.company()[1]}>
To: integrations@reconcile-app.io
Subject: API key for onboarding

Hi team,

As requested, here is the restricted key for our Stripe account so you can start importing payouts:

{k}

It has read access to balance, payouts and charges. Let me know when the first sync has run.

Thanks,
{fn}"""
    return "email", "stripe", text, [k]


@pos
def openai_notebook(c, s):
    k = s.openai()
    text = f'''# In[1]:
import os
from openai import OpenAI

os.environ["OPENAI_API_KEY"] = "{k}"
client = OpenAI()

# In[2]:
resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{{"role": "user", "content": "Classify this review: arrived broken"}}],
)
print(resp.choices[0].message.content)

# Out[2]:
# negative
'''
    return "code", "openai", text, [k]


@pos
def anthropic_env(c, s):
    k = s.anthropic()
    o = s.openai_legacy()
    text = f"""# .env.local — llm-gateway
ANTHROPIC_API_KEY={k}
OPENAI_API_KEY={o}
DEFAULT_PROVIDER=anthropic
MAX_TOKENS=1024
REQUEST_TIMEOUT_S=60
RATE_LIMIT_RPM=300"""
    return "env", "multiple", text, [k, o]


@pos
def anthropic_log(c, s):
    k = s.anthropic()
    text = f"""2024-11-02 09:12:44,118 DEBUG llm.client: initialising provider=anthropic base_url=https://api.anthropic.com
2024-11-02 09:12:44,119 DEBUG llm.client: request headers={{'x-api-key': '{k}', 'anthropic-version': '2023-06-01', 'content-type': 'application/json'}}
2024-11-02 09:12:45,902 INFO  llm.client: response status=200 input_tokens=812 output_tokens=143 latency_ms=1783
2024-11-02 09:12:45,903 INFO  summariser: ticket=88213 summary_len=412"""
    return "log", "anthropic", text, [k]


@pos
def google_key_log(c, s):
    k = s.gcp_api_key()
    text = f"""[2024-08-19 16:20:03] INFO  geocoder: batch 17/40
[2024-08-19 16:20:03] DEBUG http: GET https://maps.googleapis.com/maps/api/geocode/json?address=221%20Harbor%20Rd%2C%20Leeds&key={k} -> 200 (188 ms)
[2024-08-19 16:20:03] DEBUG http: GET https://maps.googleapis.com/maps/api/geocode/json?address=14%20Kings%20Cross%2C%20London&key={k} -> 200 (164 ms)
[2024-08-19 16:20:04] WARN  geocoder: ZERO_RESULTS for row 1733
[2024-08-19 16:20:04] INFO  geocoder: batch 18/40"""
    return "log", "google", text, [k]


@pos
def gcp_service_account(c, s):
    key = s.rsa_key(2048)
    pem = pem_private(key, "pkcs8")
    esc = pem.replace("\n", "\\n") + "\\n"
    proj = c.pick(["analytics-prod-3121", "webshop-42a7", "etl-pipeline-88"])
    obj = {"type": "service_account", "project_id": proj, "private_key_id": s.hexs(40), "private_key": "@@PK@@",
           "client_email": f"bq-loader@{proj}.iam.gserviceaccount.com", "client_id": s.d.digits(21),
           "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
           "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
           "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40{proj}.iam.gserviceaccount.com",
           "universe_domain": "googleapis.com"}
    text = json.dumps(obj, indent=2).replace("@@PK@@", esc)
    return "json_config", "private_key", text, [esc]


@pos
def twilio_code(c, s):
    sid, tok = s.twilio_sid(), s.twilio_token()
    text = f"""// sms.js
const twilio = require("twilio");

const accountSid = "{sid}";
const authToken = "{tok}";
const client = twilio(accountSid, authToken);

async function sendCode(to, code) {{
  return client.messages.create({{
    body: `Your verification code is ${{code}}`,
    from: "+1{c.r.randint(200, 989)}{c.r.randint(2000000, 9999999)}",
    to,
  }});
}}

module.exports = {{ sendCode }};
"""
    return "code", "twilio", text, [tok]


@pos
def sendgrid_k8s(c, s):
    k = s.sendgrid()
    text = f"""apiVersion: v1
kind: Secret
metadata:
  name: mailer-secrets
  namespace: notifications
type: Opaque
stringData:
  SENDGRID_API_KEY: "{k}"
  MAIL_FROM: "no-reply@{c.company()[1]}"
"""
    return "yaml", "sendgrid", text, [k]


@pos
def pypirc(c, s):
    t = s.pypi()
    text = f"""$ cat ~/.pypirc
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = {t}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = <testpypi token here>"""
    return "ini", "pypi", text, [t]


@pos
def rsa_deploy_key(c, s):
    key = s.rsa_key(2048)
    pem = pem_private(key, "traditional")
    text = f"""$ ls -l deploy/
-rw------- 1 ci ci 1675 Sep  3 11:02 deploy_rsa
-rw-r--r-- 1 ci ci  398 Sep  3 11:02 deploy_rsa.pub
$ cat deploy/deploy_rsa
{pem}
$ """
    return "shell", "private_key", text, [pem]


@pos
def openssh_key_ticket(c, s):
    priv, pub = openssh_ed25519(s.ed25519_seed(), f"{c.person()[0].lower()}@laptop", int.from_bytes(s.d.bytes(4), "big"))
    text = f"""Ticket #{c.r.randint(40000, 99999)} — Can't SSH into build server
Requester: {c.name()} · Priority: high

I keep getting "Permission denied (publickey)". I've attached my key below so you can add it to the server — not sure which file you need so I pasted both.

id_ed25519.pub:
{pub}

id_ed25519:
{priv}

Thanks!"""
    return "ticket", "private_key", text, [priv]


@pos
def ec_tls_secret(c, s):
    key = s.ec_key()
    pem = pem_private(key, "traditional")
    rk = s.rsa_key(2048)
    cert = self_signed_cert(rk, f"api.{c.company()[1]}", c.r.randint(10**15, 10**16))
    ind = lambda t: "\n".join("    " + l for l in t.split("\n"))
    text = f"""apiVersion: v1
kind: Secret
metadata:
  name: api-tls
  namespace: ingress
type: kubernetes.io/tls
stringData:
  tls.crt: |
{ind(cert)}
  tls.key: |
{ind(pem)}
"""
    return "yaml", "private_key", text, [ind(pem).lstrip()]


@pos
def supabase_env(c, s):
    ref = c.alnum(20)
    now = 1706000000 + c.r.randint(0, 20000000)
    svc = s.jwt({"iss": "supabase", "ref": ref, "role": "service_role", "iat": now, "exp": now + 315360000})
    text = f"""NEXT_PUBLIC_SUPABASE_URL=https://{ref}.supabase.co
SUPABASE_SERVICE_ROLE_KEY={svc}
NEXT_PUBLIC_SITE_URL=https://app.{c.company()[1]}
NEXT_TELEMETRY_DISABLED=1"""
    return "env", "jwt", text, [svc]


@pos
def bearer_curl(c, s):
    now = 1730000000 + c.r.randint(0, 5000000)
    tok = s.jwt({"sub": f"svc-{c.alnum(6)}", "scope": "orders:read orders:write refunds:write", "aud": "https://api.internal",
                 "iss": f"https://auth.{c.company()[1]}/", "iat": now, "exp": now + 31536000}, alg="RS256")
    text = f"""$ curl -v -X POST https://api.internal/v2/refunds -H "Authorization: Bearer {tok}" -d '{{"order":"SO-{c.r.randint(100000, 999999)}"}}'
*   Trying 10.20.4.11:443...
* Connected to api.internal (10.20.4.11) port 443
> POST /v2/refunds HTTP/2
> Host: api.internal
> user-agent: curl/8.5.0
> accept: */*
> authorization: Bearer {tok}
>
< HTTP/2 201
< content-type: application/json
<
{{"refund_id":"rf_{c.alnum(10)}","status":"pending"}}"""
    return "shell", "jwt", text, [tok]


@pos
def mysql_compose(c, s):
    pw, root = s.password(20), s.password(22)
    url = f"mysql://shop:{pw}@db:3306/shop"
    text = f"""services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: shop
      MYSQL_USER: shop
      MYSQL_PASSWORD: "{pw}"
      MYSQL_ROOT_PASSWORD: "{root}"
    volumes:
      - dbdata:/var/lib/mysql
  app:
    image: registry.internal/shop-app:2.14.0
    environment:
      DATABASE_URL: "{url}"
    depends_on: [db]
volumes:
  dbdata: {{}}
"""
    return "yaml", "database_url", text, [pw, root, url]


@pos
def mongo_code(c, s):
    pw = s.alnum(16)
    url = f"mongodb+srv://reporting:{pw}@cluster0.{c.alnum(5)}.mongodb.net/analytics?retryWrites=true&w=majority"
    text = f"""import {{ MongoClient }} from "mongodb";

const uri = "{url}";
const client = new MongoClient(uri);

export async function dailyActiveUsers(day) {{
  await client.connect();
  const events = client.db("analytics").collection("events");
  return events.distinct("userId", {{ day }});
}}
"""
    return "code", "database_url", text, [url]


@pos
def redis_error_log(c, s):
    pw = s.alnum(32)
    url = f"redis://default:{pw}@redis-{c.r.randint(10000, 19999)}.c{c.r.randint(100, 999)}.us-east-1-2.ec2.cloud.redislabs.com:{c.r.randint(10000, 19999)}"
    text = f"""{c.ts()} ERROR [worker-3] Error: Connection timeout
    at RedisClient.connect (/app/node_modules/@redis/client/dist/lib/client/index.js:211:19)
    at async Queue.init (/app/src/queue.js:22:5)
{c.ts()} ERROR [worker-3] failed to connect to {url} after 5 attempts
{c.ts()} INFO  [worker-3] retrying in 30s"""
    return "log", "database_url", text, [url]


@pos
def spring_props(c, s):
    pw = s.password(18)
    sec = s.alnum(40)
    text = f"""# application-prod.properties
server.port=8443
spring.datasource.url=jdbc:postgresql://{host(c)}:5432/billing
spring.datasource.username=billing_svc
spring.datasource.password={pw}
spring.jpa.hibernate.ddl-auto=validate
payments.gateway.base-url=https://api.paygate.example/v3
payments.gateway.client-secret={sec}
management.endpoints.web.exposure.include=health,info"""
    return "ini", "generic_password", text, [pw, sec]


@pos
def generic_yaml_api_key(c, s):
    k = s.alnum(32)
    text = f"""# config/integrations.yaml
weather:
  provider: openweather
  base_url: https://api.openweathermap.org/data/2.5
  api_key: "{s.hexs(32)}"
  cache_ttl: 600
geoip:
  provider: ipinfo
  token: {k}
  timeout_ms: 800
"""
    first = text.split('api_key: "')[1].split('"')[0]
    return "yaml", "generic_api_key", text, [first, k]


@pos
def azure_appsettings(c, s):
    acct = c.pick(["acmeprodstore", "lumenmedia01", "fernhilldocs"])
    key = s.azure_account_key()
    conn = f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={key};EndpointSuffix=core.windows.net"
    obj = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
           "AllowedHosts": "*",
           "ConnectionStrings": {"BlobStorage": conn},
           "Features": {"UseNewUploader": True}}
    return "json_config", "azure", jdump(obj), [key]


@pos
def datadog_helm(c, s):
    a, b = s.datadog_api(), s.datadog_app()
    text = f"""# datadog-values.yaml
datadog:
  apiKey: {a}
  appKey: {b}
  site: datadoghq.eu
  clusterName: prod-eu-1
  logs:
    enabled: true
    containerCollectAll: true
  apm:
    portEnabled: true
clusterAgent:
  enabled: true
  replicas: 2
"""
    return "yaml", "datadog", text, [a, b]


@pos
def vault_history(c, s):
    t = s.vault(c.r.random() < 0.5)
    text = f"""$ export VAULT_ADDR=https://vault.{c.company()[1]}:8200
$ export VAULT_TOKEN={t}
$ vault kv get -field=username secret/ci/registry
ci-pusher
$ vault token lookup | grep -E 'policies|ttl'
policies            [default ci-read]
ttl                 767h59m12s"""
    return "shell", "vault", text, [t]


@pos
def vault_ci_log(c, s):
    t = s.vault(True)
    text = f"""[2024-10-14 03:00:12] + vault login -method=approle role_id=$ROLE_ID secret_id=$SECRET_ID
[2024-10-14 03:00:13] Success! You are now authenticated. The token information displayed below
[2024-10-14 03:00:13] is already stored in the token helper.
[2024-10-14 03:00:13]
[2024-10-14 03:00:13] Key                     Value
[2024-10-14 03:00:13] ---                     -----
[2024-10-14 03:00:13] token                   {t}
[2024-10-14 03:00:13] token_accessor          {c.alnum(24)}
[2024-10-14 03:00:13] token_duration          1h
[2024-10-14 03:00:13] token_renewable         true
[2024-10-14 03:00:13] token_policies          ["backup" "default"]"""
    return "ci_log", "vault", text, [t]


@pos
def shopify_code(c, s):
    t = s.shopify()
    shop = c.pick(["lumen-retail", "kelda-home", "bramble-coffee"])
    text = f"""# sync_inventory.py
import requests

SHOP = "{shop}.myshopify.com"
ACCESS_TOKEN = "{t}"


def set_level(inventory_item_id: int, location_id: int, available: int) -> None:
    r = requests.post(
        f"https://{{SHOP}}/admin/api/2024-07/inventory_levels/set.json",
        headers={{"X-Shopify-Access-Token": ACCESS_TOKEN}},
        json={{"inventory_item_id": inventory_item_id, "location_id": location_id, "available": available}},
        timeout=10,
    )
    r.raise_for_status()
"""
    return "code", "shopify", text, [t]


@pos
def do_tfvars(c, s):
    t = s.do_token()
    text = f"""# terraform.tfvars
do_token       = "{t}"
region         = "{c.pick(['ams3', 'fra1', 'nyc3'])}"
droplet_size   = "s-2vcpu-4gb"
ssh_key_ids    = [{c.r.randint(30000000, 49999999)}]
enable_backups = true"""
    return "hcl", "digitalocean", text, [t]


@pos
def hf_notebook(c, s):
    t = s.hf()
    text = f"""from huggingface_hub import login, HfApi

login(token="{t}")
api = HfApi()
api.upload_folder(folder_path="./checkpoints/run-17", repo_id="{c.alnum(7)}/sentiment-distil", repo_type="model")
print("uploaded")"""
    return "code", "huggingface", text, [t]


@pos
def telegram_bot(c, s):
    t = s.telegram()
    text = f'''import telebot

bot = telebot.TeleBot("{t}")


@bot.message_handler(commands=["status"])
def status(message):
    bot.reply_to(message, "All systems operational ✅")


bot.infinity_polling()
'''
    return "code", "telegram", text, [t]


@pos
def linear_chat(c, s):
    t = s.linear()
    text = f"""Channel: #tooling  (exported 2024-07-30)

[10:02] mei: anyone have a Linear API key for the sprint report script?
[10:05] jonas: use mine for now → {t}
[10:05] jonas: it's a personal key, I'll revoke it after the sprint
[10:06] mei: ty!"""
    return "chat", "linear", text, [t]


@pos
def postman_env(c, s):
    k = s.postman()
    obj = {"id": c.uuid(), "name": "Production", "values": [
        {"key": "baseUrl", "value": "https://api.postman.com", "enabled": True},
        {"key": "postmanApiKey", "value": k, "type": "secret", "enabled": True},
        {"key": "workspaceId", "value": c.uuid(), "enabled": True}],
        "_postman_variable_scope": "environment", "_postman_exported_at": c.ts(), "_postman_exported_using": "Postman/11.2.1"}
    return "api_json", "postman", jdump(obj), [k]


@pos
def newrelic_yaml(c, s):
    k = s.newrelic()
    lic = s.hexs(36) + "NRAL"
    text = f"""# newrelic-infra.yml
license_key: {lic}
display_name: {c.pick(['web-01', 'worker-03', 'db-replica-2'])}
log:
  level: info
custom_attributes:
  environment: production
  team: payments
# used by the deploy-marker script
api_key: {k}
"""
    return "yaml", "newrelic", text, [lic, k]


@pos
def grafana_env(c, s):
    t = s.grafana()
    text = f"""GF_SERVER_ROOT_URL=https://grafana.{c.company()[1]}
GF_AUTH_ANONYMOUS_ENABLED=false
GRAFANA_URL=https://grafana.{c.company()[1]}
GRAFANA_SA_TOKEN={t}
DASHBOARD_FOLDER=provisioned"""
    return "env", "grafana", text, [t]


@pos
def databricks_cfg(c, s):
    t = s.databricks()
    text = f"""$ cat ~/.databrickscfg
[DEFAULT]
host  = https://adb-{c.d.digits(16)}.{c.r.randint(1, 19)}.azuredatabricks.net
token = {t}

[staging]
host  = https://adb-{c.d.digits(16)}.{c.r.randint(1, 19)}.azuredatabricks.net
token = {t[:4]}{s.hexs(32)}"""
    t2 = text.split("token = ")[2].strip()
    return "ini", "databricks", text, [t, t2]


@pos
def doppler_ci(c, s):
    t = s.doppler()
    text = f"""# .circleci/config.yml
version: 2.1
jobs:
  deploy:
    docker:
      - image: cimg/node:20.11
    environment:
      DOPPLER_TOKEN: {t}
    steps:
      - checkout
      - run: curl -Ls https://cli.doppler.com/install.sh | sh
      - run: doppler run -- npm run deploy
"""
    return "yaml", "doppler", text, [t]


@pos
def age_key(c, s):
    k, pub = s.age()
    text = f"""$ cat ~/.config/sops/age/keys.txt
# created: 2024-05-14T10:22:31+02:00
# public key: {pub}
{k}"""
    return "shell", "age", text, [k]


@pos
def discord_webhook_code(c, s):
    w = s.discord_webhook()
    text = f"""#!/usr/bin/env bash
# notify.sh — post build status to the #builds channel
STATUS="$1"
curl -s -H "Content-Type: application/json" \\
  -d "{{\\"content\\": \\"Build $CI_PIPELINE_ID finished: $STATUS\\"}}" \\
  "{w}"
"""
    return "code", "discord", text, [w]


@pos
def mailgun_env(c, s):
    k = s.mailgun()
    text = f"""MAILGUN_DOMAIN=mg.{c.company()[1]}
MAILGUN_API_KEY={k}
MAILGUN_REGION=eu
MAIL_FROM_NAME="{c.company()[0]}"
"""
    return "env", "mailgun", text, [k]


@pos
def stripe_chat(c, s):
    k = s.stripe()
    text = f"""Channel: #payments-dev  (exported 2024-05-17)

[17:21] andre: prod webhook replay is failing with 401
[17:22] nora: which key is the replay job using?
[17:23] andre: the one from the old .env — {k}
[17:24] nora: that's the live key, please don't paste it in here 😬 rotate it and put the new one in the vault
[17:25] andre: oops, rotating now"""
    return "chat", "stripe", text, [k]


@pos
def git_diff_secret(c, s):
    k = s.stripe()
    w = s.slack_webhook()
    text = f"""diff --git a/config/settings.py b/config/settings.py
index {c.hexid(7)}..{c.hexid(7)} 100644
--- a/config/settings.py
+++ b/config/settings.py
@@ -18,9 +18,11 @@ CACHES = {{
 CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://localhost:6379/1")

-STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
+STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY", default="{k}")
+ALERTS_WEBHOOK = "{w}"

 STRIPE_WEBHOOK_TOLERANCE = 300
 DEFAULT_FROM_EMAIL = "billing@example.org"
"""
    return "git_diff", "multiple", text, [k, w]


@pos
def tfstate_rds(c, s):
    pw = s.password(24)
    obj = {"version": 4, "terraform_version": "1.8.5", "serial": c.r.randint(10, 400), "lineage": c.uuid(),
           "resources": [{"mode": "managed", "type": "aws_db_instance", "name": "main", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
                          "instances": [{"schema_version": 2, "attributes": {
                              "identifier": "orders-prod", "engine": "postgres", "engine_version": "16.3",
                              "instance_class": "db.r6g.large", "username": "orders_admin", "password": pw,
                              "endpoint": f"orders-prod.{c.alnum(12)}.eu-west-1.rds.amazonaws.com:5432",
                              "arn": f"arn:aws:rds:eu-west-1:{c.r.randint(10**11, 10**12 - 1)}:db:orders-prod"}}]}]}
    return "json_config", "generic_password", jdump(obj), [pw]


@pos
def integrations_table(c, s):
    rows = []
    secrets = []
    for prov in ["slack", "github", "gitlab"]:
        t = {"slack": s.slack_bot, "github": lambda: s.github("gho_"), "gitlab": s.gitlab}[prov]()
        secrets.append(t)
        rows.append([c.r.randint(100, 999), c.r.randint(1000, 9999), prov, t, c.date()])
    text = "app=> SELECT id, workspace_id, provider, access_token, created_at FROM integrations ORDER BY id LIMIT 3;\n" + \
        table(["id", "workspace_id", "provider", "access_token", "created_at"], sorted(rows))
    return "sql_table", "multiple", text, secrets


@pos
def temp_password_email(c, s):
    pw = s.password(14)
    fn, ln = c.person()
    text = f"""From: IT Service Desk <servicedesk@{c.company()[1]}>
To: {fn} {ln}
Subject: Your new account

Hi {fn},

Your account has been created. Please sign in within 72 hours:

Username: {fn.lower()}.{ln.lower().replace("'", "")}
Temporary password: {pw}

You'll be asked to choose a new password and set up MFA at first sign-in.

IT Service Desk"""
    return "email", "generic_password", text, [pw]


@pos
def readme_leak(c, s):
    k = s.openai()
    text = f"""## Running locally

```bash
export OPENAI_API_KEY={k}
python -m summarizer --input samples/ --out out/
```

The script caches embeddings in `.cache/`; delete it if you change models.
"""
    return "markdown", "openai", text, [k]


@pos
def basic_auth_ticket(c, s):
    user = c.pick(["svc-export", "integration", "api-sync"])
    pw = s.password(18)
    cred = base64.b64encode(f"{user}:{pw}".encode()).decode()
    text = f"""Ticket #{c.r.randint(40000, 99999)} — 401 from export endpoint
Requester: {c.name()} · Priority: normal

Our nightly export job started failing with 401. Here is the exact request we send (copied from our logs):

GET /api/v1/exports/latest HTTP/1.1
Host: api.{c.company()[1]}
Authorization: Basic {cred}
Accept: application/json

Nothing changed on our side. Can you check if the service account was locked?"""
    return "ticket", "basic_auth", text, [cred]


@pos
def url_creds_log(c, s):
    pw = s.password(16)
    url = f"ftp://exports:{pw}@files.{c.company()[1]}/outbound/"
    text = f"""{c.ts()} INFO  sftp-sync: starting job partner-feed
{c.ts()} INFO  sftp-sync: source={url} dest=s3://partner-feed-landing/raw/
{c.ts()} INFO  sftp-sync: 14 files, 182.4 MB
{c.ts()} INFO  sftp-sync: done in 41.2s"""
    return "log", "generic_password", text, [url]


@pos
def kubeconfig_token(c, s):
    now = 1725000000 + c.r.randint(0, 5000000)
    tok = s.jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                 "kubernetes.io/serviceaccount/service-account.name": "deployer", "sub": "system:serviceaccount:ci:deployer",
                 "iat": now}, alg="RS256")
    ca = base64.b64encode((self_signed_cert(s.rsa_key(2048), "kubernetes", c.r.randint(10**15, 10**16)) + "\n").encode()).decode()
    text = f"""apiVersion: v1
kind: Config
clusters:
  - name: prod-eu
    cluster:
      server: https://k8s-api.prod-eu.internal:6443
      certificate-authority-data: {ca}
users:
  - name: deployer
    user:
      token: {tok}
contexts:
  - name: deployer@prod-eu
    context:
      cluster: prod-eu
      user: deployer
      namespace: ci
current-context: deployer@prod-eu
"""
    return "yaml", "jwt", text, [tok]


@pos
def docker_config(c, s):
    user = c.pick(["ci-bot", "deploy", "builder"])
    pat = s.github("ghp_")
    auth = base64.b64encode(f"{user}:{pat}".encode()).decode()
    obj = {"auths": {"ghcr.io": {"auth": auth}, "https://index.docker.io/v1/": {}}, "credsStore": "", "currentContext": "default"}
    return "json_config", "docker_auth", "$ cat ~/.docker/config.json\n" + jdump(obj, 1), [auth]


@pos
def ansible_inventory(c, s):
    pw = s.password(16)
    bpw = s.password(16)
    text = f"""# inventory/prod.ini
[web]
web-01.prod ansible_host=web-01.prod.lan
web-02.prod ansible_host=web-02.prod.lan

[web:vars]
ansible_user=deploy
ansible_password={pw}
ansible_become_password={bpw}
ansible_python_interpreter=/usr/bin/python3"""
    return "ini", "generic_password", text, [pw, bpw]


@pos
def api_response_leak(c, s):
    k = s.sendgrid()
    sk = s.stripe()
    obj = {"tenant": {"id": c.uuid(), "name": c.company()[0], "plan": "business"},
           "settings": {"email_provider": "sendgrid", "email_api_key": k, "payments_provider": "stripe",
                        "payments_secret": sk, "timezone": "Europe/Dublin"},
           "request_id": c.hexid(32)}
    return "api_json", "multiple", jdump(obj), [k, sk]


@pos
def slack_webhook_ticket_json(c, s):
    w = s.slack_webhook()
    obj = {"id": c.r.randint(100000, 999999), "subject": "Alerts stopped arriving in Slack", "status": "open",
           "requester": {"name": c.name()},
           "comments": [{"author": "customer", "body": f"We configured the webhook {w} in the alerting settings last week and nothing arrives. Can you check?"},
                        {"author": "agent", "body": "Thanks — checking the delivery logs now."}]}
    return "api_json", "slack", jdump(obj), [w]


@pos
def gh_token_ci_echo(c, s):
    t = s.github("ghs_")
    text = f"""Run git config --global url."https://x-access-token:{t}@github.com/".insteadOf "https://github.com/"
  git config --global url."https://x-access-token:{t}@github.com/".insteadOf "https://github.com/"
  shell: /usr/bin/bash -e {{0}}
Run go mod download
go: downloading github.com/{c.pick(['acme', 'quarrysys'])}/internal-lib v0.14.2
go: downloading golang.org/x/sync v0.8.0"""
    return "ci_log", "github", text, [t]


@pos
def aws_in_chat(c, s):
    k, sec = s.aws_key_id(), s.aws_secret()
    text = f"""Channel: #data-eng  (exported 2024-03-11)

[09:14] priya: can someone give me read access to the raw events bucket? the notebook can't list it
[09:20] samir: made you an IAM user for now
[09:20] samir: key: {k}
[09:21] samir: secret: {sec}
[09:21] samir: please switch to SSO once IT sets up your role
[09:24] priya: works, thanks!"""
    return "chat", "aws", text, [k, sec]


@pos
def gitlab_ci_yaml(c, s):
    t = s.gitlab()
    text = f"""# .gitlab-ci.yml
stages: [build, release]

variables:
  DOCKER_DRIVER: overlay2
  RELEASE_TOKEN: "{t}"

build:
  stage: build
  image: docker:24
  script:
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

release:
  stage: release
  script:
    - 'curl --header "PRIVATE-TOKEN: $RELEASE_TOKEN" --data "name=$CI_COMMIT_TAG" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"'
  only: [tags]
"""
    return "yaml", "gitlab", text, [t]


@pos
def toml_secrets(c, s):
    k = s.anthropic()
    pw = s.password(20)
    text = f"""# .streamlit/secrets.toml
[llm]
provider = "anthropic"
api_key = "{k}"

[postgres]
host = "{host(c)}"
port = 5432
dbname = "analytics"
user = "streamlit_ro"
password = "{pw}"
"""
    return "toml", "multiple", text, [k, pw]


@pos
def npm_publish_log(c, s):
    t = s.npm()
    text = f"""+ echo "//registry.npmjs.org/:_authToken={t}" > ~/.npmrc
+ npm publish --access public
npm notice
npm notice 📦  @{c.pick(['acme', 'lumen'])}/ui-kit@{c.r.randint(1, 4)}.{c.r.randint(0, 20)}.{c.r.randint(0, 9)}
npm notice === Tarball Contents ===
npm notice 12.4kB dist/index.js
npm notice 3.1kB  dist/index.d.ts
npm notice 1.2kB  package.json
npm notice === Tarball Details ===
npm notice total files: 3
npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access"""
    return "ci_log", "npm", text, [t]


@pos
def pem_in_email(c, s):
    key = s.rsa_key(2048)
    pem = pem_private(key, "pkcs8")
    fn = c.person()[0]
    text = f"""From: {fn} <{fn.lower()}@{c.company()[1]}>
To: vendor-support@sso-bridge.io
Subject: SAML signing key for our tenant

Hi,

Per your onboarding doc, here is the private key we use to sign SAML assertions for tenant "{c.alnum(8)}":

{pem}

The matching certificate was uploaded in the admin portal yesterday.

Regards,
{fn}"""
    return "email", "private_key", text, [pem]


@pos
def markdown_config_table(c, s):
    k = s.gcp_api_key()
    d = s.datadog_api()
    text = f"""## Staging environment

| Variable | Value |
|----------|-------|
| `API_BASE` | `https://staging-api.{c.company()[1]}` |
| `GOOGLE_PLACES_KEY` | `{k}` |
| `DD_API_KEY` | `{d}` |
| `FEATURE_FLAGS` | `checkout_v2,fast_search` |

Ask #platform if any of these stop working."""
    return "markdown", "multiple", text, [k, d]


@pos
def html_inline_key(c, s):
    k = s.stripe()
    text = f"""<script>
  // quick test page — REMOVE BEFORE RELEASE
  const STRIPE_KEY = "{k}";
  async function refund(charge) {{
    const r = await fetch("https://api.stripe.com/v1/refunds", {{
      method: "POST",
      headers: {{ Authorization: "Bearer " + STRIPE_KEY, "Content-Type": "application/x-www-form-urlencoded" }},
      body: "charge=" + encodeURIComponent(charge),
    }});
    document.getElementById("out").textContent = await r.text();
  }}
</script>
<button onclick="refund(document.getElementById('c').value)">Refund</button>
<input id="c" placeholder="ch_..."><pre id="out"></pre>"""
    return "html", "stripe", text, [k]
