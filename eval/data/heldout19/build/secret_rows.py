import json
from gen import *

ROWS = []


def S(fmt, cat, secrets, text):
    ROWS.append({"format": fmt, "label": "secret", "category": cat, "secrets": list(secrets), "text": text.strip("\n")})


# 1
k, s = aws_key_id(), aws_secret()
S("dotenv", "aws_access_key", [k, s], f"""
# billing-exporter/.env  (loaded by python-dotenv in dev)
APP_ENV=staging
LOG_LEVEL=info
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID={k}
AWS_SECRET_ACCESS_KEY={s}
S3_EXPORT_BUCKET=acme-billing-exports-stg
EXPORT_CRON="15 2 * * *"
FEATURE_PARQUET=true
""")

# 2
k, s = aws_key_id(), aws_secret()
k2, s2 = aws_key_id(), aws_secret()
S("ini", "aws_access_key", [k, s, k2, s2], f"""
$ cat ~/.aws/credentials
[default]
aws_access_key_id = {k}
aws_secret_access_key = {s}

[legacy-backup]
aws_access_key_id = {k2}
aws_secret_access_key = {s2}
region = us-west-2
$ aws sts get-caller-identity --profile legacy-backup
{{
    "UserId": "AIDA{rs(UP+'234567',17)}",
    "Account": "{rs(DIG,12)}",
    "Arn": "arn:aws:iam::{rs(DIG,12)}:user/backup-bot"
}}
""")

# 3
k, s = aws_key_id(), aws_secret()
S("ci_log", "aws_access_key", [k, s], f"""
Run ./scripts/deploy.sh --env prod
+ set -x
+ export AWS_DEFAULT_REGION=ap-southeast-2
+ AWS_DEFAULT_REGION=ap-southeast-2
+ export AWS_ACCESS_KEY_ID={k}
+ AWS_ACCESS_KEY_ID={k}
+ export AWS_SECRET_ACCESS_KEY={s}
+ AWS_SECRET_ACCESS_KEY={s}
+ terraform -chdir=infra/prod init -input=false
Initializing the backend...
Successfully configured the backend "s3"! Terraform will automatically
use this backend unless the backend configuration changes.
Error: Failed to get existing workspaces: AccessDenied: User is not authorized to perform s3:ListBucket
##[error]Process completed with exit code 1.
""")

# 4
k = aws_key_id("ASIA")
s = aws_secret()
tok = "IQoJb3JpZ2luX2VjE" + rs(B64, 340)
S("shell_history", "aws_session_token", [k, s, tok], f"""
 1021  aws sso login --profile dev
 1022  aws configure export-credentials --profile dev --format env
 1023  export AWS_ACCESS_KEY_ID={k}
 1024  export AWS_SECRET_ACCESS_KEY={s}
 1025  export AWS_SESSION_TOKEN={tok}
 1026  aws s3 ls s3://dev-artifacts-eu/ --recursive | tail
 1027  history | grep export
""")

# 5
t = gh_token()
S("shell_history", "github_pat", [t], f"""
  412  cd ~/src
  413  git clone https://{t}@github.com/northwind-labs/infra-modules.git
  414  cd infra-modules && git checkout -b fix/vpc-peering
  415  vim modules/vpc/main.tf
  416  git commit -am "fix peering route propagation"
  417  git push -u origin fix/vpc-peering
  418  gh pr create --fill
""")

# 6
t = gh_fine()
S("chat_export", "github_pat", [t], f"""
[2025-02-11 09:42] Lena Vogt: hey, the release workflow can't read the private submodule anymore
[2025-02-11 09:43] Marco Ruiz: yeah my old token expired, I made a fine-grained one scoped to the two repos
[2025-02-11 09:43] Marco Ruiz: {t}
[2025-02-11 09:44] Marco Ruiz: put it in SUBMODULE_TOKEN for now, I'll move it to the org secret later
[2025-02-11 09:46] Lena Vogt: works 👍 build #1882 is green
[2025-02-11 09:47] Priya Natarajan: please don't paste tokens in here, this channel is exported to the wiki every week
""")

# 7
t = gh_token("gho_")
S("yaml", "github_oauth_token", [t], f"""
# ~/.config/gh/hosts.yml
github.com:
    users:
        dkowalski-dev:
            oauth_token: {t}
    git_protocol: ssh
    oauth_token: {t}
    user: dkowalski-dev
github.example-corp.test:
    git_protocol: https
    user: dkowalski
""")

# 8
t = gh_token("ghs_")
S("ci_log", "github_app_token", [t], f"""
2025-03-04T17:20:11.4431Z ##[group]Run actions/create-github-app-token@v1
2025-03-04T17:20:12.0021Z ##[endgroup]
2025-03-04T17:20:12.1190Z ##[group]Run curl -s -H "Authorization: token $APP_TOKEN" https://api.github.com/installation/repositories
2025-03-04T17:20:12.1191Z curl -s -H "Authorization: token {t}" https://api.github.com/installation/repositories | jq '.total_count'
2025-03-04T17:20:12.1193Z shell: /usr/bin/bash -e {{0}}
2025-03-04T17:20:12.9870Z 14
2025-03-04T17:20:13.0001Z ##[endgroup]
Note: token was echoed because the step used `set -v` in a custom shell wrapper.
""")

# 9
t = "glpat-" + rs(B64URL, 20)
S("shell_history", "gitlab_pat", [t], f"""
$ curl --header "PRIVATE-TOKEN: {t}" "https://gitlab.example-corp.test/api/v4/projects/482/pipelines?status=failed&per_page=5" | jq '.[].id'
91733
91702
91688
$ curl --request POST --header "PRIVATE-TOKEN: {t}" "https://gitlab.example-corp.test/api/v4/projects/482/pipelines/91733/retry"
{{"id":91733,"status":"pending","ref":"main","sha":"{sha1hex()}"}}
""")

# 10
t = slack("xoxb")
S("code_python", "slack_token", [t], f'''
import os
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

# TODO: read from env before merging!!
client = WebClient(token="{t}")

def notify_oncall(channel: str, text: str) -> None:
    try:
        client.chat_postMessage(channel=channel, text=text, unfurl_links=False)
    except SlackApiError as e:
        print(f"slack error: {{e.response['error']}}")

if __name__ == "__main__":
    notify_oncall("#ops-alerts", "Nightly ETL finished in 41m 12s")
''')

# 11
w = slack_webhook()
S("json", "slack_webhook", [w], json.dumps({
    "alerting": {
        "provider": "slack",
        "webhook_url": w,
        "channel": "#payments-alerts",
        "severity_threshold": "warning",
        "mention": ["@payments-oncall"],
    },
    "retries": 3,
    "timeout_ms": 2500,
}, indent=2))

# 12
t = slack_user()
S("support_ticket", "slack_token", [t], f"""
Ticket #48213 — Integration stopped posting to Slack
Priority: Normal   Requester: tomas.herrera@brightline.example   Channel: web form

Hi team, since yesterday our standup bot returns "invalid_auth". I regenerated the
user token from the app page, here it is so you can test on your side:

  {t}

Workspace: brightline-eng.slack.com, app id A06{rs(UP+DIG,8)}. Please let me know if you
need the bot token as well.

--- internal note (agent: Sofía) ---
Customer pasted a live user token. Asked them to revoke it; do not reuse.
""")

# 13
t = stripe("sk_live_", 99)
S("dotenv", "stripe_secret_key", [t], f"""
NEXT_PUBLIC_SITE_URL=https://shop.lumenbrew.example
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51{rs(ALNUM,97)}
STRIPE_SECRET_KEY={t}
STRIPE_TAX_ENABLED=true
ORDERS_TABLE=orders_v2
SENTRY_ENVIRONMENT=production
""")

# 14
t = stripe("rk_live_", 99)
S("http_dump", "stripe_restricted_key", [t], f"""
POST /v1/refunds HTTP/1.1
Host: api.stripe.com
Authorization: Bearer {t}
Content-Type: application/x-www-form-urlencoded
Idempotency-Key: 6f1c2d6e-refund-ord-20931
Stripe-Version: 2024-06-20
Content-Length: 52

payment_intent=pi_3P{rs(ALNUM,22)}&amount=1999

HTTP/1.1 200 OK
Content-Type: application/json
Request-Id: req_{rs(ALNUM,14)}

{{"id":"re_3P{rs(ALNUM,22)}","object":"refund","amount":1999,"currency":"eur","status":"succeeded"}}
""")

# 15
t = whsec()
S("k8s_manifest", "webhook_secret", [t], f"""
apiVersion: v1
kind: Secret
metadata:
  name: checkout-webhooks
  namespace: payments
  labels:
    app.kubernetes.io/part-of: checkout
type: Opaque
stringData:
  STRIPE_WEBHOOK_SECRET: "{t}"
  WEBHOOK_TOLERANCE_SECONDS: "300"
---
apiVersion: v1
kind: Service
metadata:
  name: checkout-webhooks
  namespace: payments
spec:
  selector:
    app: checkout-webhooks
  ports:
    - port: 80
      targetPort: 8080
""")

# 16
t = openai()
S("notebook", "openai_key", [t], f"""
In [1]: import openai, pandas as pd
In [2]: client = openai.OpenAI(api_key="{t}")
In [3]: df = pd.read_csv("reviews_sample.csv"); len(df)
Out[3]: 1200
In [4]: resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{{"role":"user","content":"Summarise: " + df.text[0]}}])
In [5]: resp.choices[0].message.content[:80]
Out[5]: 'The customer praises the fast delivery but complains that the lid cracked…'
""")

# 17
t = openai()
S("chat_export", "openai_key", [t], f"""
Jonas Berger (10:02): Moin! Kann mir jemand kurz den API-Key für das Übersetzungs-Skript geben? Der alte ist abgelaufen.
Sabine Krüger (10:05): Hier, ist der vom Team-Projekt, bitte nicht ins Repo committen:
Sabine Krüger (10:05): {t}
Jonas Berger (10:06): Danke dir! Läuft wieder.
Sabine Krüger (10:31): Ich rotiere den Key nächste Woche sowieso, dann gibt's einen neuen über 1Password.
""")

# 18
t = anthropic()
S("toml", "anthropic_key", [t], f"""
# config/assistant.toml
[service]
name = "docs-assistant"
port = 8088
workers = 4

[llm]
provider = "anthropic"
model = "claude-3-5-sonnet-latest"
api_key = "{t}"
max_tokens = 1024
temperature = 0.2

[retrieval]
index_path = "/var/lib/docs-assistant/index"
top_k = 6
""")

# 19
t = anthropic()
S("shell_history", "anthropic_key", [t], f"""
 88  export ANTHROPIC_API_KEY={t}
 89  curl https://api.anthropic.com/v1/messages -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2023-06-01" -H "content-type: application/json" -d @req.json | jq .usage
 90  python eval/run.py --suite regression --limit 50
 91  unset ANTHROPIC_API_KEY
""")

# 20
t = google_key()
S("yaml", "google_api_key", [t], f"""
# geo-service/config/production.yaml
server:
  port: 9090
geocoding:
  provider: google
  # server-side key, restricted to Geocoding API + our egress IPs
  api_key: {t}
  region_bias: de
  cache_ttl: 86400
routing:
  provider: osrm
  url: http://osrm.internal.example:5000
""")

# 21
t = google_key()
S("log", "google_api_key", [t], f"""
2025-01-19 08:14:02,118 INFO  [http-nio-8080-exec-7] c.e.places.PlacesClient - GET https://maps.googleapis.com/maps/api/place/details/json?place_id=ChIJ{rs(B64URL,23)}&fields=name,opening_hours&key={t}
2025-01-19 08:14:02,391 WARN  [http-nio-8080-exec-7] c.e.places.PlacesClient - status=OVER_QUERY_LIMIT retry_in=2000ms
2025-01-19 08:14:04,402 INFO  [http-nio-8080-exec-7] c.e.places.PlacesClient - status=OK latency_ms=211
""")

# 22
pem = pem_pkcs8_rsa() + "\n"
esc = json.dumps(pem)[1:-1]
sa = {
    "type": "service_account",
    "project_id": "ledgerly-prod-4471",
    "private_key_id": sha1hex(),
    "private_key": pem,
    "client_email": "bq-loader@ledgerly-prod-4471.iam.gserviceaccount.com",
    "client_id": rs(DIG, 21),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "universe_domain": "googleapis.com",
}
S("json", "gcp_service_account_private_key", [esc], json.dumps(sa, indent=2))

# 23
key = azure_storage()
S("json", "azure_storage_key", [key], json.dumps({
    "Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
    "ConnectionStrings": {
        "Blob": f"DefaultEndpointsProtocol=https;AccountName=contosoinvoicesweu;AccountKey={key};EndpointSuffix=core.windows.net",
        "Sql": "Server=tcp:sql-invoices.database.windows.net,1433;Database=invoices;Authentication=Active Directory Default;",
    },
    "AllowedHosts": "*",
}, indent=2))

# 24
sec = azure_ad_secret()
S("hcl", "azure_client_secret", [sec], f"""
# terraform.tfvars  — DO NOT COMMIT (it was committed in a1f3e0c)
subscription_id = "{uid4()}"
tenant_id       = "{uid4()}"
client_id       = "{uid4()}"
client_secret   = "{sec}"
location        = "westeurope"
environment     = "prod"
aks_node_count  = 5
""")

# 25
sig = rs(B64, 43).replace("/", "%2F").replace("+", "%2B") + "%3D"
S("log", "azure_sas_token", [sig], f"""
[2025-04-02T11:09:55Z] upload-worker-3 uploading 'exports/2025-04/usage.csv.gz' (4.2 MB)
[2025-04-02T11:09:55Z] PUT https://fabrikamexports.blob.core.windows.net/exports/2025-04/usage.csv.gz?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-04-01T00:00:00Z&st=2025-04-01T00:00:00Z&spr=https&sig={sig}
[2025-04-02T11:09:57Z] upload-worker-3 201 Created etag="0x8DD{rs('0123456789ABCDEF',12)}" 1.93s
""")

# 26
tok = rs(HEX, 32)
sid = "AC" + rs(HEX, 32)
S("code_js", "twilio_auth_token", [tok], f"""
// sms/sendOtp.js
const twilio = require('twilio');

const accountSid = '{sid}';
const authToken = '{tok}';
const client = twilio(accountSid, authToken);

module.exports = async function sendOtp(to, code) {{
  return client.messages.create({{
    body: `Votre code de vérification : ${{code}}`,
    messagingServiceSid: 'MG{rs(HEX,32)}',
    to,
  }});
}};
""")

# 27
t = sendgrid()
S("yaml", "sendgrid_api_key", [t], f"""
# docker-compose.override.yml
services:
  mailer:
    image: ghcr.io/fernhill/mailer:2.8.1
    environment:
      MAIL_TRANSPORT: sendgrid
      SENDGRID_API_KEY: {t}
      MAIL_FROM: "Fernhill Notifications <no-reply@fernhill.example>"
    depends_on:
      - redis
  redis:
    image: redis:7-alpine
""")

# 28
t = "key-" + rs(HEX, 32)
S("code_php", "mailgun_api_key", [t], f"""
<?php
// config/services.php (Laravel)
return [
    'mailgun' => [
        'domain' => 'mg.atelier-rousseau.example',
        'secret' => '{t}',
        'endpoint' => 'api.eu.mailgun.net',
        'scheme' => 'https',
    ],
    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],
];
""")

# 29
t = npm()
S("ini", "npm_token", [t], f"""
$ cat .npmrc
registry=https://registry.npmjs.org/
@quartzui:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={t}
save-exact=true
engine-strict=true
$ npm whoami
quartzui-release-bot
""")

# 30
t = pypi()
S("ini", "pypi_token", [t], f"""
# ~/.pypirc
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
""")

# 31
t = jwt({"sub": "usr_8842", "email": "hana.sato@kumo.example", "role": "admin", "iat": 1736930000, "exp": 1736933600, "iss": "https://auth.kumo.example"})
S("http_dump", "jwt", [t], f"""
> GET /api/v2/admin/tenants?limit=20 HTTP/2
> Host: console.kumo.example
> User-Agent: curl/8.5.0
> Accept: application/json
> Authorization: Bearer {t}
>
< HTTP/2 200
< content-type: application/json; charset=utf-8
< x-request-id: 01JH{rs(UP+DIG,22)}
<
{{"items":[{{"id":"tn_019","name":"Kumo Retail"}},{{"id":"tn_020","name":"Kumo Logistics"}}],"next":null}}
""")

# 32
t = jwt({"sub": "5f2e9c", "sid": rs(ALNUM, 16), "scope": "openid profile offline_access", "exp": 1767225600, "typ": "refresh"})
S("log", "jwt", [t], f"""
[web] 14:22:07.551 [AuthStore] hydrate from localStorage
[web] 14:22:07.552 [AuthStore] refresh_token = "{t}"
[web] 14:22:07.553 [AuthStore] access_token expired 312s ago, refreshing…
[web] 14:22:07.901 [AuthStore] refresh OK, next refresh in 840s
""")

# 33
pem = pem_rsa()
ind = "\n".join("    " + l for l in pem.splitlines())
S("yaml", "private_key_pem", [ind], f"""
# group_vars/webservers.yml
nginx_worker_processes: auto
nginx_tls_cert_path: /etc/nginx/tls/site.crt
nginx_tls_key_path: /etc/nginx/tls/site.key
nginx_tls_key: |
{ind}
certbot_enabled: false
""")

# 34
pem = pem_ec()
ind = "\n".join("    " + l for l in pem.splitlines())
S("k8s_manifest", "private_key_pem", [ind], f"""
apiVersion: v1
kind: Secret
metadata:
  name: ingress-tls-api
  namespace: edge
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    (see cert-manager output)
    -----END CERTIFICATE-----
  tls.key: |
{ind}
""")

# 35
priv, pub = openssh_ed25519()
S("shell_output", "private_key_pem", [priv], f"""
deploy@ci-runner-02:~$ ls -la ~/.ssh
-rw------- 1 deploy deploy  411 Feb  3 10:14 id_ed25519
-rw-r--r-- 1 deploy deploy  102 Feb  3 10:14 id_ed25519.pub
-rw-r--r-- 1 deploy deploy 1204 Feb  9 16:40 known_hosts
deploy@ci-runner-02:~$ cat ~/.ssh/id_ed25519
{priv}
deploy@ci-runner-02:~$ cat ~/.ssh/id_ed25519.pub
{pub} deploy@ci-runner-02
""")

# 36
p = pw(22, "-_.~")
S("dotenv", "database_url_password", [p], f"""
# api/.env.production
NODE_ENV=production
PORT=3000
DATABASE_URL=postgresql://orders_app:{p}@pg-prod-01.internal.example:5432/orders?sslmode=require
REDIS_URL=redis://cache.internal.example:6379/0
JWT_ISSUER=https://auth.northpeak.example
""")

# 37
p = pw(16, "-_.~")
S("code_python", "database_url_password", [p], f"""
# settings/production.py
from .base import *

DEBUG = False
ALLOWED_HOSTS = ["intranet.giardino.example"]

DATABASES = {{
    "default": dj_database_url.parse(
        "mysql://giardino_web:{p}@db-a.giardino.example:3306/giardino",
        conn_max_age=600,
    )
}}

CACHES = {{"default": {{"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://redis:6379/1"}}}}
""")

# 38
p = pw(20, "-_.~")
S("log", "database_url_password", [p], f"""
{{"level":"error","ts":"2025-02-27T03:11:45.220Z","logger":"catalog-sync","msg":"mongo connect failed","uri":"mongodb+srv://catalog_rw:{p}@cluster0.ab12c.mongodb.example/catalog?retryWrites=true&w=majority","error":"server selection error: context deadline exceeded","attempt":4}}
{{"level":"info","ts":"2025-02-27T03:11:50.221Z","logger":"catalog-sync","msg":"backing off","delay_ms":8000}}
""")

# 39
p = rs(ALNUM, 32)
S("log", "database_url_password", [p], f"""
2025-03-10T22:01:17.004Z pid=7 tid=gq3 INFO: Booting Sidekiq 7.2.4 with Sidekiq::RedisConnection::RedisClientAdapter options {{:url=>"redis://:{p}@redis-master.jobs.svc.cluster.local:6379/2"}}
2025-03-10T22:01:17.101Z pid=7 tid=gq3 INFO: Starting processing, hit Ctrl-C to stop
2025-03-10T22:01:19.887Z pid=7 tid=h2b class=InvoiceMailerJob jid=4c1e9a77b0d2f6a1e3c8 INFO: start
""")

# 40
p = pw(14, "-_.~")
S("ini", "basic_auth_in_url", [p], f"""
# /etc/pip.conf on build agents
[global]
index-url = https://ci-reader:{p}@artifacts.harborview.example/api/pypi/pypi-virtual/simple
trusted-host = artifacts.harborview.example
timeout = 60
[install]
no-cache-dir = false
""")

# 41
p = pw(12, "-_.~")
S("shell_output", "basic_auth_in_url", [p], f"""
$ git remote -v
origin	https://jdoorn:{p}@git.tulpensoft.example/platform/billing.git (fetch)
origin	https://jdoorn:{p}@git.tulpensoft.example/platform/billing.git (push)
upstream	git@git.tulpensoft.example:mirror/billing.git (fetch)
upstream	git@git.tulpensoft.example:mirror/billing.git (push)
$ git status -sb
## main...origin/main [ahead 2]
""")

# 42
cred = base64.b64encode(f"metrics-push:{pw(18)}".encode()).decode()
S("http_dump", "basic_auth_header", [cred], f"""
POST /api/v1/push HTTP/1.1
Host: prometheus-push.obs.example
Authorization: Basic {cred}
Content-Type: application/x-protobuf
Content-Encoding: snappy
X-Prometheus-Remote-Write-Version: 0.1.0
Content-Length: 18342

HTTP/1.1 204 No Content
Date: Tue, 18 Mar 2025 07:45:10 GMT
""")

# 43
p = pw(20)
S("yaml", "generic_password_assignment", [p], f"""
spring:
  application:
    name: inventory-service
  datasource:
    url: jdbc:postgresql://db.inventory.example:5432/inventory
    username: inventory_svc
    password: {p}
    hikari:
      maximum-pool-size: 20
  jpa:
    open-in-view: false
management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
""")

# 44
p = pw(16)
S("ini", "generic_password_assignment", [p], f"""
# /etc/mysql/conf.d/backup.cnf  (used by nightly mysqldump)
[client]
user=backup_ro
password={p}
host=10.20.4.15
port=3306

[mysqldump]
single-transaction
quick
max_allowed_packet=256M
""")

# 45
p = pw(14)
S("support_ticket", "generic_password_assignment", [p], f"""
Ticket n° 20931 — Impossible de se connecter au portail fournisseur
Statut : Ouvert   Priorité : Haute

Bonjour,

Depuis la mise à jour de lundi, notre compte « achats-lyon » ne peut plus se connecter.
Pour que vous puissiez tester, voici les identifiants :
  identifiant : achats-lyon
  mot de passe : {p}

Le message affiché est « Session expirée » juste après la saisie du code MFA.
Merci de votre aide,
Claire Fontaine — Service Achats
""")

# 46
p = pw(13)
S("email", "generic_password_assignment", [p], f"""
De: Raúl Domínguez <raul.dominguez@cafeteria-sol.example>
Para: soporte@tpv-nube.example
Asunto: Acceso al panel de la tienda de Valencia
Fecha: jue, 6 mar 2025 18:02:44 +0100

Hola,

os paso el acceso del usuario administrador del local para que reviséis por qué no se
sincronizan las ventas con el ERP:

Usuario: admin.valencia
Contraseña: {p}

El problema empezó el martes por la tarde. Cualquier cosa me llamáis.

Un saludo,
Raúl
""")

# 47
p = pw(15)
S("chat_export", "generic_password_assignment", [p], f"""
[2025/01/22 11:03] 山本 健太: ステージングのRabbitMQ管理画面に入れないんですが、パスワード変わりました？
[2025/01/22 11:05] 佐藤 美咲: 先週ローテーションしました。ユーザーは ops-admin、パスワードは {p} です
[2025/01/22 11:05] 佐藤 美咲: 入れたらこのメッセージ消してください🙏
[2025/01/22 11:09] 山本 健太: 入れました、ありがとうございます！キューが3万件溜まってますね…
""")

# 48
pa, pb = pw(16), pw(18)
S("sql_result", "generic_password_assignment", [pa, pb], f"""
mysql> SELECT id, name, endpoint, auth_user, auth_password, enabled FROM integration_endpoints WHERE enabled = 1;
+----+-----------------+----------------------------------------+-------------+--------------------+---------+
| id | name            | endpoint                               | auth_user   | auth_password      | enabled |
+----+-----------------+----------------------------------------+-------------+--------------------+---------+
|  3 | dhl-label-api   | https://labels.carrier.example/v2      | acme_labels | {pa.ljust(18)} |       1 |
|  7 | erp-sftp-bridge | sftp://erp.partner.example:22/inbound  | acme_sftp   | {pb.ljust(18)} |       1 |
+----+-----------------+----------------------------------------+-------------+--------------------+---------+
2 rows in set (0.00 sec)
""")

# 49
p = pw(12)
S("email", "generic_password_assignment", [p], f"""
Van: IT Servicedesk <servicedesk@vandermeer-bouw.example>
Aan: Femke de Wit <femke.dewit@vandermeer-bouw.example>
Onderwerp: Welkom! Je account is klaar

Hoi Femke,

Welkom bij Van der Meer Bouw! Je werkplek staat klaar voor maandag 3 maart.

Gebruikersnaam: f.dewit
Tijdelijk wachtwoord: {p}

Je wordt bij de eerste keer inloggen gevraagd een nieuw wachtwoord te kiezen en
MFA in te stellen via de Authenticator-app. Laptop ophalen bij de receptie, 2e verdieping.

Groet,
Servicedesk
""")

# 50
t = rs(ALNUM, 48)
S("ci_log", "bearer_token", [t], f"""
[build 5521] $ curl -v -X POST https://deploy.internal.example/api/releases -H "Authorization: Bearer {t}" -d '{{"service":"search","version":"3.14.2"}}'
*   Trying 10.8.1.40:443...
* Connected to deploy.internal.example (10.8.1.40) port 443
> POST /api/releases HTTP/1.1
> Host: deploy.internal.example
> Authorization: Bearer {t}
> Content-Length: 41
< HTTP/1.1 202 Accepted
< Location: /api/releases/rel_77812
[build 5521] release queued
""")

# 51
t = rs(HEX, 32)
S("yaml", "datadog_api_key", [t], f"""
# /etc/datadog-agent/datadog.yaml
api_key: {t}
site: datadoghq.eu
hostname: worker-eu-07
tags:
  - env:prod
  - team:data-platform
logs_enabled: true
apm_config:
  enabled: true
  env: prod
process_config:
  process_collection:
    enabled: false
""")

# 52
a, b = rs(HEX, 32), rs(HEX, 40)
S("hcl", "datadog_api_key", [a, b], f"""
provider "datadog" {{
  api_key = "{a}"
  app_key = "{b}"
  api_url = "https://api.datadoghq.com/"
}}

resource "datadog_monitor" "checkout_p99" {{
  name    = "checkout p99 latency > 800ms"
  type    = "metric alert"
  query   = "avg(last_10m):p99:trace.http.request{{service:checkout}} > 0.8"
  message = "@slack-payments-alerts"
}}
""")

# 53
t = "shpat_" + rs(HEX, 32)
S("code_ruby", "shopify_access_token", [t], f"""
# lib/tasks/sync_inventory.rake
require "shopify_api"

namespace :shopify do
  task sync_inventory: :environment do
    session = ShopifyAPI::Auth::Session.new(
      shop: "maison-olive.myshopify.com",
      access_token: "{t}"
    )
    client = ShopifyAPI::Clients::Graphql::Admin.new(session: session)
    InventorySync.new(client).run!(location_id: 7841)
  end
end
""")

# 54
t = "shpss_" + rs(HEX, 32)
S("dotenv", "shopify_shared_secret", [t], f"""
SHOPIFY_API_KEY={rs(HEX,32)}
SHOPIFY_API_SECRET={t}
SCOPES=read_products,write_orders,read_customers
HOST=https://app.bundlekit.example
SHOPIFY_APP_HANDLE=bundlekit
""")
# the API key (client id) is public; only the secret is listed

# 55
t = "hvs." + rs(ALNUM + "_-", 91)
S("shell_history", "hashicorp_vault_token", [t], f"""
 201  export VAULT_ADDR=https://vault.ops.example:8200
 202  vault login -method=oidc role=sre
 203  export VAULT_TOKEN={t}
 204  vault kv get -mount=secret platform/grafana
 205  vault token lookup | grep ttl
""")

# 56
t = "hvs." + rs(ALNUM, 24)
S("support_ticket", "hashicorp_vault_token", [t], f"""
INC-7734 | Vault unseal after DC power event | Sev2
Opened by: Ahmed Rahimi  Assignee: Platform SRE

Timeline:
 02:14 UTC  vault-0..2 sealed after power loss in rack B4
 02:31 UTC  unsealed with 3 of 5 key shares (holders: AR, JL, MK)
 02:35 UTC  generated temporary root token for recovery: {t}
 02:52 UTC  raft peers healthy, revoked temporary root token (TODO confirm revoke)
Follow-ups: add UPS monitoring to rack B4; confirm token revocation in audit log.
""")

# 57
t = discord()
S("code_python", "discord_bot_token", [t], f"""
# bot.py
import discord
from discord.ext import commands

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)

@bot.command()
async def ping(ctx):
    await ctx.send(f"pong {{round(bot.latency*1000)}}ms")

bot.run("{t}")
""")

# 58
t = telegram()
S("chat_export", "telegram_bot_token", [t], f"""
[14/02/2025 20:11] Beatriz Lopes: Consegui criar o bot no BotFather! O token é {t}
[14/02/2025 20:12] Rafael Costa: Show. Coloca no .env do servidor, não no código 😅
[14/02/2025 20:14] Beatriz Lopes: Já coloquei, mas deixei aqui pra você testar o webhook também
[14/02/2025 20:20] Rafael Costa: Webhook configurado, respondeu 200. Amanhã a gente revisa os comandos
""")

# 59
t = "dop_v1_" + rs(HEX, 64)
S("yaml", "digitalocean_token", [t], f"""
# ~/.config/doctl/config.yaml
access-token: {t}
context: default
output: text
kubernetes:
  default-cluster: k8s-ams3-prod
""")

# 60
t = "hf_" + rs(UP + LO, 34)
S("notebook", "huggingface_token", [t], f"""
# Cella 1 — setup ambiente (Colab)
!pip -q install transformers datasets accelerate
from huggingface_hub import login
login(token="{t}")  # token personale di Giulia, scrittura abilitata

# Cella 2 — carica il dataset delle recensioni
from datasets import load_dataset
ds = load_dataset("csv", data_files="recensioni_2024.csv")
print(ds)
""")

# 61
t = "lin_api_" + rs(ALNUM, 40)
S("code_ts", "linear_api_key", [t], f"""
// scripts/triage.ts
import {{ LinearClient }} from "@linear/sdk";

const linear = new LinearClient({{ apiKey: "{t}" }});

async function main() {{
  const issues = await linear.issues({{ filter: {{ state: {{ name: {{ eq: "Triage" }} }} }} }});
  for (const i of issues.nodes) console.log(i.identifier, i.title);
}}
main();
""")

# 62
t = f"PMAK-{rs(HEX,24)}-{rs(HEX,34)}"
S("ci_log", "postman_api_key", [t], f"""
Step 4/6 : Run API contract tests
$ newman run "https://api.getpostman.com/collections/{rs(DIG,8)}-{uid4()}?apikey={t}" -e env/staging.json --reporters cli,junit
newman

Orders API v3
→ Create order
  POST https://staging-api.orbit.example/v3/orders [201 Created, 1.1kB, 184ms]
  ✓  status is 201
→ Get order
  GET https://staging-api.orbit.example/v3/orders/ord_9921 [200 OK, 2.3kB, 51ms]
""")

# 63
t = "ATATT3xFfGF0" + rs(B64URL, 180) + "=" + rs("0123456789ABCDEF", 8)
S("dotenv", "atlassian_api_token", [t], f"""
JIRA_BASE_URL=https://fjordline.atlassian.net
JIRA_USER_EMAIL=release-bot@fjordline.example
JIRA_API_TOKEN={t}
JIRA_PROJECT_KEY=REL
""")

# 64
t = "NRAK-" + rs(UP + DIG, 27)
lic = rs(HEX, 36) + "NRAL"
S("yaml", "newrelic_key", [t, lic], f"""
# newrelic-infra.yml + cli profile (merged for the migration doc)
license_key: {lic}
display_name: batch-runner-03
log:
  level: info
cli:
  profile: default
  api_key: {t}
  region: EU
  account_id: {rs(DIG,7)}
""")

# 65
t = "sntryu_" + rs(HEX, 64)
S("ini", "sentry_auth_token", [t], f"""
$ sentry-cli releases new ios-client@5.12.0 && sentry-cli debug-files upload --include-sources build/dSYMs
> Found 3 debug information files
> Uploaded 3 missing debug information files
$ cat .sentryclirc
[defaults]
url = https://sentry.io/
org = pelican-apps
project = ios-client

[auth]
token = {t}
""")

# 66
t = "dp.st.prd." + rs(ALNUM, 43)
S("ci_log", "doppler_token", [t], f"""
  - name: Fetch secrets
    env:
      DOPPLER_TOKEN: {t}
    run: doppler secrets download --no-file --format env > .env
Run doppler secrets download --no-file --format env > .env
Doppler CLI v3.69.1
Downloaded 27 secrets for config prd
""")

# 67
t = rs(ALNUM, 14) + ".atlasv1." + rs(ALNUM, 67)
S("hcl", "terraform_cloud_token", [t], f"""
# ~/.terraformrc
credentials "app.terraform.io" {{
  token = "{t}"
}}

plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true
""")

# 68
t = "pul-" + rs(HEX, 40)
S("shell_history", "pulumi_access_token", [t], f"""
 57  pulumi login
 58  export PULUMI_ACCESS_TOKEN={t}
 59  pulumi stack select acme/infra/prod
 60  pulumi preview --diff
 61  pulumi up --yes
""")

# 69
t = "EAAA" + rs(B64URL, 60)
S("json", "square_access_token", [t], json.dumps({
    "integration": "square",
    "environment": "production",
    "location_id": "L" + rs(UP + DIG, 12),
    "access_token": t,
    "sync": {"catalog": True, "inventory": True, "interval_minutes": 15},
    "last_sync_at": "2025-03-18T06:00:04Z",
}, indent=2))

# 70
t = "sk." + b64u(json.dumps({"u": "trailmap-dev", "a": rs(LO + DIG, 25)}).encode()) + "." + rs(B64URL, 22)
S("dotenv", "mapbox_secret_token", [t], f"""
# Mapbox: pk.* is the public style token; sk.* is the secret one for uploads API
MAPBOX_UPLOADS_TOKEN={t}
MAPBOX_USERNAME=trailmap-dev
TILESET_ID=trailmap-dev.trails-2025
""")

# 71
t = age_secret()
apub = "age1" + rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l',58)
S("shell_output", "age_secret_key", [t], f"""
$ age-keygen -o key.txt
Public key: {apub}
$ cat key.txt
# created: 2025-02-20T10:12:44+01:00
# public key: {apub}
{t}
$ sops --encrypt --age $(grep -o 'age1.*' key.txt | head -1) secrets.yaml > secrets.enc.yaml
""")

# 72
t = rs(B64URL, 40)
S("ci_log", "cloudflare_api_token", [t], f"""
> wrangler deploy --env production
 ⛅️ wrangler 3.78.2
-------------------
[debug] CLOUDFLARE_API_TOKEN={t}
[debug] CLOUDFLARE_ACCOUNT_ID={rs(HEX,32)}
Total Upload: 214.36 KiB / gzip: 48.02 KiB
Uploaded edge-router (2.41 sec)
Published edge-router (0.63 sec)
  https://edge-router.acme-workers.example
""")

# 73
t = "AAAA" + rs(B64URL, 7) + ":APA91b" + rs(B64URL, 134)
S("code_java", "firebase_server_key", [t], f"""
// PushSender.java — legacy FCM HTTP API
public class PushSender {{
    private static final String FCM_URL = "https://fcm.googleapis.com/fcm/send";
    private static final String SERVER_KEY = "{t}";

    public int send(String deviceToken, String title) throws IOException {{
        HttpURLConnection c = (HttpURLConnection) new URL(FCM_URL).openConnection();
        c.setRequestProperty("Authorization", "key=" + SERVER_KEY);
        c.setRequestProperty("Content-Type", "application/json");
        c.setDoOutput(true);
        // ...
        return c.getResponseCode();
    }}
}}
""")

# 74
t = "glsa_" + rs(ALNUM, 32) + "_" + rs(HEX, 8)
S("yaml", "grafana_service_account_token", [t], f"""
# grafana-backup-tool config
general:
  backup_dir: /backups/grafana
  verify_ssl: true
grafana:
  url: https://grafana.obs.example
  token: {t}
  search_api_limit: 5000
""")

# 75
t = "00" + rs(B64URL, 40)
S("code_go", "okta_api_token", [t], f"""
package main

import (
	"context"
	"fmt"

	"github.com/okta/okta-sdk-golang/v2/okta"
)

func main() {{
	ctx, client, err := okta.NewClient(context.TODO(),
		okta.WithOrgUrl("https://lumina-hr.okta.example"),
		okta.WithToken("{t}"),
	)
	if err != nil {{ panic(err) }}
	users, _, _ := client.User.ListUsers(ctx, nil)
	fmt.Println(len(users))
}}
""")

# 76
t = "dckr_pat_" + rs(B64URL, 27)
S("shell_history", "dockerhub_pat", [t], f"""
 310  docker build -t harbourfox/ingest:1.9.0 .
 311  echo {t} | docker login -u harbourfox --password-stdin
 312  docker push harbourfox/ingest:1.9.0
 313  docker logout
""")

# 77
t = "rubygems_" + rs(HEX, 48)
S("yaml", "rubygems_api_key", [t], f"""
$ cat ~/.gem/credentials
---
:rubygems_api_key: {t}
$ gem build tidewater.gemspec
  Successfully built RubyGem
  Name: tidewater
  Version: 0.9.2
  File: tidewater-0.9.2.gem
$ gem push tidewater-0.9.2.gem
Pushing gem to https://rubygems.org...
Successfully registered gem: tidewater (0.9.2)
""")

# 78
t = "oy2" + rs(LO + DIG, 43)
S("shell_output", "nuget_api_key", [t], f"""
PS C:\\src\\Contoso.Telemetry> dotnet pack -c Release
  Contoso.Telemetry -> C:\\src\\Contoso.Telemetry\\bin\\Release\\Contoso.Telemetry.4.2.0.nupkg
PS C:\\src\\Contoso.Telemetry> dotnet nuget push .\\bin\\Release\\Contoso.Telemetry.4.2.0.nupkg --api-key {t} --source https://api.nuget.org/v3/index.json
Pushing Contoso.Telemetry.4.2.0.nupkg to 'https://www.nuget.org/api/v2/package'...
  Created https://www.nuget.org/api/v2/package/ 1834ms
Your package was pushed.
""")

# 79
t = rs(HEX, 32) + "-us14"
S("crm_json", "mailchimp_api_key", [t], json.dumps({
    "account_id": "acct_55120",
    "name": "Bäckerei Hoffmann GmbH",
    "plan": "growth",
    "integrations": [
        {"type": "mailchimp", "status": "connected", "list_id": rs(HEX, 10), "api_key": t},
        {"type": "shopify", "status": "disconnected", "shop": "baeckerei-hoffmann.myshopify.com"},
    ],
    "owner": "m.hoffmann@baeckerei-hoffmann.example",
    "updated_at": "2025-03-02T12:44:10Z",
}, indent=2, ensure_ascii=False))

# 80
t = "dapi" + rs(HEX, 32)
S("ini", "databricks_token", [t], f"""
# ~/.databrickscfg
[DEFAULT]
host  = https://adb-{rs(DIG,16)}.7.azuredatabricks.net
token = {t}

[staging]
host  = https://adb-{rs(DIG,16)}.3.azuredatabricks.net
auth_type = azure-cli
""")

# 81
t = "ntn_" + rs(DIG, 11) + rs(ALNUM, 35)
S("markdown", "notion_token", [t], f"""
## Sync roadmap to Notion

1. Create an internal integration in Notion → *Settings → Connections*.
2. Share the "Roadmap 2025" database with the integration.
3. Run the sync locally:

```bash
export NOTION_TOKEN={t}
export NOTION_DB=8e1f0b7c2a6d4f0e9c3b5a1d7e2f4c6b
python tools/roadmap_sync.py --dry-run
```

> Marta: I left my token above so the pairing session works, will rotate after Friday.
""")

# 82
t = "pat" + rs(ALNUM, 14) + "." + rs(HEX, 64)
S("code_python", "airtable_pat", [t], f"""
import requests

AIRTABLE_TOKEN = "{t}"
BASE = "app{rs(ALNUM,14)}"

def fetch_leads(view="Qualified"):
    r = requests.get(
        f"https://api.airtable.com/v0/{{BASE}}/Leads",
        headers={{"Authorization": f"Bearer {{AIRTABLE_TOKEN}}"}},
        params={{"view": view, "pageSize": 100}},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["records"]
""")

# 83
k, s = "LTAI5t" + rs(ALNUM, 18), rs(ALNUM, 30)
S("yaml", "alibaba_access_key", [k, s], f"""
# oss-uploader/config.yaml
oss:
  endpoint: oss-cn-hangzhou.aliyuncs.com
  bucket: shop-media-prod
  access_key_id: {k}
  access_key_secret: {s}
  multipart_threshold_mb: 64
""")

# 84
t = "EAAG" + rs(ALNUM, 180)
S("log", "facebook_access_token", [t], f"""
2025-02-14 19:03:22 [marketing-sync] GET https://graph.facebook.com/v19.0/act_{rs(DIG,15)}/insights?fields=spend,impressions&date_preset=yesterday&access_token={t}
2025-02-14 19:03:23 [marketing-sync] 200 OK rows=48
2025-02-14 19:03:23 [marketing-sync] wrote 48 rows to ads_insights_daily
""")

# 85
sk, ss = "SK" + rs(HEX, 32), rs(ALNUM, 32)
S("dotenv", "twilio_api_key", [ss], f"""
# voice-bridge .env
TWILIO_ACCOUNT_SID=AC{rs(HEX,32)}
TWILIO_API_KEY={sk}
TWILIO_API_SECRET={ss}
TWILIO_TWIML_APP_SID=AP{rs(HEX,32)}
PUBLIC_BASE_URL=https://voice.callnest.example
""")

# 86
t = rs(HEX, 32)
S("code_js", "algolia_admin_key", [t], f"""
// scripts/reindex.mjs — runs in CI only
import algoliasearch from "algoliasearch";

const client = algoliasearch("{rs(UP+DIG,10)}", "{t}"); // admin API key (write access)
const index = client.initIndex("products_prod");

const records = JSON.parse(await fs.readFile("dist/products.json", "utf8"));
await index.replaceAllObjects(records, {{ safe: true }});
console.log(`reindexed ${{records.length}} records`);
""")

# 87
t = sendgrid()
S("markdown", "sendgrid_api_key", [t], f"""
# Runbook: transactional e-mail outage

**Symptoms:** password-reset mails not delivered, `mailer` logs show `401 Unauthorized`.

**Check:**
1. `kubectl -n notify logs deploy/mailer | grep -i sendgrid`
2. Verify the key in the Sendgrid UI (Settings → API Keys → *notify-prod*).

**Temporary fix used on 2025-01-08:** we patched the deployment directly with
`SENDGRID_API_KEY={t}` until the sealed secret was regenerated.
""")

# 88
t = stripe("sk_live_", 99)
S("support_ticket", "stripe_secret_key", [t], f"""
Ticket #88124 — Pagamenti non registrati sul gestionale
Cliente: Ferramenta Bianchi S.r.l.

Buongiorno,
da ieri i pagamenti con carta fatti sul sito non compaiono più nel gestionale.
Il vostro tecnico mi ha chiesto la chiave Stripe, eccola:
{t}

Il plugin è aggiornato alla versione 5.3.1. Grazie,
Luca Bianchi
""")

# 89
k, s = aws_key_id(), aws_secret()
S("csv", "aws_access_key", [k, s], f"""
User name,Password,Access key ID,Secret access key,Console login link
svc-reporting,,{k},{s},https://{rs(DIG,12)}.signin.aws.amazon.com/console
""")

# 90
t = gh_token()
S("html", "github_pat", [t], f"""
<!DOCTYPE html>
<html lang="en"><head><title>Debug — Build Settings</title></head>
<body>
<h1>Environment</h1>
<table class="env">
  <tr><th>CI</th><td>true</td></tr>
  <tr><th>NODE_VERSION</th><td>20.11.1</td></tr>
  <tr><th>GITHUB_TOKEN</th><td>{t}</td></tr>
  <tr><th>DEPLOY_TARGET</th><td>preview-482</td></tr>
</table>
<p>Generated by <code>/__debug/env</code> (disable in production!)</p>
</body></html>
""")

# 91
t = jwt({"iss": "svc-batch", "aud": "ledger-api", "sub": "batch-runner", "scope": "ledger:write", "iat": 1741000000, "exp": 1772536000})
S("chat_export", "jwt", [t], f"""
Ana Ferreira 09:14: O job de reconciliação está falhando com 401, alguém tem um token de serviço válido?
Pedro Almeida 09:17: usa esse por enquanto, vale até o ano que vem: {t}
Ana Ferreira 09:18: funcionou, obrigada
Pedro Almeida 09:20: depois troca pelo fluxo client_credentials, esse token tem escopo de escrita
""")

# 92
t = rs(ALNUM, 40)
S("crm_json", "generic_api_key", [t], json.dumps({
    "id": "int_30412",
    "customer": {"name": "Oakridge Dental Group", "tier": "enterprise"},
    "connector": "practice-mgmt",
    "settings": {
        "base_url": "https://pm.oakridge-dental.example/api",
        "api_key": t,
        "sync_appointments": True,
        "timezone": "America/Chicago",
    },
    "created_by": "onboarding@vendor.example",
}, indent=2))

# 93
t = rs(HEX, 40)
S("json", "webhook_secret", [t], json.dumps({
    "hook_id": 51123877,
    "name": "web",
    "active": True,
    "events": ["push", "pull_request"],
    "config": {
        "url": "https://ci.quillstack.example/github/webhook",
        "content_type": "json",
        "insecure_ssl": "0",
        "secret": t,
    },
}, indent=2))

# 94
pem = pem_pkcs8_rsa()
S("dotenv", "private_key_pem", [pem], f"""
# .env.local for the GitHub App backend
GITHUB_APP_ID={rs(DIG,6)}
GITHUB_APP_WEBHOOK_PATH=/api/github/webhooks
GITHUB_APP_PRIVATE_KEY="{pem}"
LOG_FORMAT=pretty
""")

# 95
t = slack("xoxb")
S("log", "slack_token", [t], f"""
reminder-bot-7c9f  | 2025-03-21 07:00:00 INFO  scheduler: firing job daily_standup
reminder-bot-7c9f  | 2025-03-21 07:00:00 DEBUG slack: POST https://slack.com/api/chat.postMessage headers={{'Authorization': 'Bearer {t}', 'Content-Type': 'application/json; charset=utf-8'}}
reminder-bot-7c9f  | 2025-03-21 07:00:01 INFO  slack: ok=true ts=1742540401.001200
""")

# 96
t = openai()
S("traceback", "openai_key", [t], f"""
Traceback (most recent call last):
  File "/app/worker/summarize.py", line 88, in run
    resp = session.post(url, headers=headers, json=payload, timeout=30)
  File "/usr/local/lib/python3.12/site-packages/requests/sessions.py", line 637, in post
    return self.request("POST", url, data=data, json=json, **kwargs)
requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.openai.com', port=443): Read timed out. (read timeout=30)

Local variables in frame 'run':
  url = 'https://api.openai.com/v1/chat/completions'
  headers = {{'Authorization': 'Bearer {t}', 'Content-Type': 'application/json'}}
  attempt = 3
""")

# 97
p = pw(18, "-_.~")
S("k8s_manifest", "database_url_password", [p], f"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: reporting-config
  namespace: analytics
data:
  REPORT_TIMEZONE: "Europe/Lisbon"
  METABASE_SITE_URL: "https://bi.analytics.example"
  MB_DB_CONNECTION_URI: "postgres://metabase:{p}@pg-analytics.analytics.svc:5432/metabase"
  MB_JETTY_PORT: "3000"
""")

# 98
p = pw(16)
S("xml", "generic_password_assignment", [p], f"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- conf/context.xml -->
<Context>
  <Resource name="jdbc/HrDB" auth="Container" type="javax.sql.DataSource"
            driverClassName="oracle.jdbc.OracleDriver"
            url="jdbc:oracle:thin:@//ora-hr.corp.example:1521/HRPRD"
            username="HR_APP" password="{p}"
            maxTotal="30" maxIdle="10" maxWaitMillis="10000"/>
  <WatchedResource>WEB-INF/web.xml</WatchedResource>
</Context>
""")

# 99
t = "glrt-" + rs(B64URL, 20)
S("toml", "gitlab_runner_token", [t], f"""
# /etc/gitlab-runner/config.toml
concurrent = 4
check_interval = 0

[[runners]]
  name = "docker-runner-fra-1"
  url = "https://gitlab.example-corp.test/"
  token = "{t}"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
    privileged = false
    volumes = ["/cache"]
""")

# 100
t = rs(ALNUM, 64)
S("email", "bearer_token", [t], f"""
From: Nadia Okafor <nadia.okafor@tesselate.example>
To: integrations@partner-logistics.example
Subject: Re: API access for shipment status

Hi Jeroen,

Thanks for the quick setup. For the pilot we generated a long-lived token on our side
so your system can call our status endpoint:

  curl -H "Authorization: Bearer {t}" \\
       https://api.tesselate.example/v1/shipments?status=in_transit

It's scoped to read-only shipment data. Please store it in your vault rather than in
the job definition.

Best,
Nadia
""")
