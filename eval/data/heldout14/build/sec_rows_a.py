from carriers import J, ci, email, iso, jsonlog, plainlog, slack, notebook, hexs
from seclib import *


def S(fmt, cat, text, secrets):
    return {"format": fmt, "label": "secret", "category": cat, "secrets": list(secrets), "text": text}


def rows():
    out = []

    # 1 aws credentials file
    s = aws_secret("a1")
    out.append(S("ini_config", "aws_secret_access_key", """$ cat ~/.aws/credentials
[default]
aws_access_key_id = %s
aws_secret_access_key = %s
region = eu-west-1

[reporting-readonly]
role_arn = arn:aws:iam::481229037715:role/reporting-readonly
source_profile = default
""" % (aws_key_id("a1"), s), [s]))

    # 2 CI log with set -x leaking secret
    s = aws_secret("a2")
    out.append(S("ci_log", "aws_secret_access_key", ci("sec-a2", [
        ("Run ./deploy/upload-assets.sh", [
            "+ set -euo pipefail",
            "+ export AWS_ACCESS_KEY_ID=" + aws_key_id("a2"),
            "+ export AWS_SECRET_ACCESS_KEY=" + s,
            "+ aws s3 sync dist/ s3://norrvik-static-prod/ --delete --cache-control max-age=31536000",
            "upload: dist/main.4c1e9b27.js to s3://norrvik-static-prod/main.4c1e9b27.js",
            "upload: dist/index.html to s3://norrvik-static-prod/index.html"]),
    ]), [s]))

    # 3 sts assume-role output
    s, t = aws_secret("a3"), aws_session("a3")
    out.append(S("terminal_session", "aws_session_token", """$ aws sts assume-role --role-arn arn:aws:iam::481229037715:role/ops-breakglass --role-session-name dwhitlock
{
    "Credentials": {
        "AccessKeyId": "%s",
        "SecretAccessKey": "%s",
        "SessionToken": "%s",
        "Expiration": "2024-09-18T16:41:07+00:00"
    },
    "AssumedRoleUser": {
        "AssumedRoleId": "AROAXB3KZ7Q2LMN4PQRSV:dwhitlock",
        "Arn": "arn:aws:sts::481229037715:assumed-role/ops-breakglass/dwhitlock"
    }
}
$ 
""" % (aws_key_id("a3", "ASIA"), s, t), [s, t]))

    # 4 gcp service account json
    pk = pkcs8_private("a4").replace("\n", "\\n") + "\\n"
    out.append(S("json_config", "gcp_service_account_key", J({
        "type": "service_account", "project_id": "lumeridge-analytics-prod", "private_key_id": rs("a4kid", 40, HEX),
        "private_key": "__PK__", "client_email": "bq-loader@lumeridge-analytics-prod.iam.gserviceaccount.com",
        "client_id": rs("a4cid", 21, DI), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40lumeridge-analytics-prod.iam.gserviceaccount.com",
        "universe_domain": "googleapis.com"}).replace('"__PK__"', '"' + pk + '"'), [pk]))

    # 5 gcp api key in server env
    k = gcp_api_key("a5")
    out.append(S("env_file", "gcp_api_key", """# geocoding-worker/.env  (server side only)
GEOCODER_PROVIDER=google
GOOGLE_MAPS_SERVER_KEY=%s
GEOCODER_QPS=40
CACHE_TTL_HOURS=720
LOG_LEVEL=info
""" % k, [k]))

    # 6 azure storage conn string in appsettings.json
    c = azure_conn("a6", "quintfallreports")
    out.append(S("json_config", "azure_storage_connection_string", J({
        "Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
        "AllowedHosts": "*",
        "Storage": {"ConnectionString": c, "ContainerName": "monthly-exports"},
        "Reports": {"MaxRows": 250000, "TimeZone": "Central Standard Time"}}), [c]))

    # 7 azure client secret
    s = azure_client_secret("a7")
    out.append(S("env_file", "azure_client_secret", """# terraform/azure/.env - used by the pipeline service principal
ARM_SUBSCRIPTION_ID=%s
ARM_TENANT_ID=%s
ARM_CLIENT_ID=%s
ARM_CLIENT_SECRET=%s
TF_VAR_location=westeurope
""" % (uuid("a7s"), uuid("a7t"), uuid("a7c"), s), [s]))

    # 8 github pat in clone URL in shell history
    u = "https://%s@github.com/quintfall/infra-live.git" % ghp("a8")
    out.append(S("shell_history", "github_pat_classic", """  501  cd ~/src
  502  git clone %s
  503  cd infra-live
  504  git checkout -b chore/rotate-alb-certs
  505  terraform -chdir=envs/prod init
  506  terraform -chdir=envs/prod plan -out plan.bin
  507  git add -A && git commit -m "rotate alb certs"
""" % u, [u]))

    # 9 github pat pasted in slack
    t = ghp("a9")
    out.append(S("chat_export_json", "github_pat_classic", slack("team-backend", [
        ("cwu", "the release bot can't push tags since the org moved to SSO, anyone have a token that works?"),
        ("alinaberg", "use mine for now, it has repo + workflow scope: " + t + " - I'll rotate it after the release"),
        ("dev.patel", "please put it in the vault instead of here next time 😅"),
    ], key="sec-a9"), [t]))

    # 10 fine-grained PAT in a diff
    t = gh_fine("a10")
    out.append(S("git_diff", "github_fine_grained_pat", """diff --git a/.env b/.env
new file mode 100644
index 0000000..3f2a9c1
--- /dev/null
+++ b/.env
@@ -0,0 +1,5 @@
+APP_ENV=production
+GITHUB_APP_OWNER=quintfall
+GITHUB_TOKEN=%s
+CHANGELOG_REPO=quintfall/changelog
+SCHEDULE_CRON="0 7 * * 1"
""" % t, [t]))

    # 11 gh cli hosts.yml
    t = gho("a11")
    out.append(S("yaml_config", "github_oauth_token", """$ cat ~/.config/gh/hosts.yml
github.com:
    users:
        hebersole:
            oauth_token: %s
    git_protocol: https
    oauth_token: %s
    user: hebersole
""" % (t, t), [t]))

    # 12 installation token in debug log
    t = ghs("a12")
    out.append(S("app_log", "github_app_installation_token", plainlog("sec-a12", [
        ("DEBUG", "octokit", "POST https://api.github.com/app/installations/48812091/access_tokens -> 201"),
        ("DEBUG", "octokit", "GET https://api.github.com/repos/quintfall/changelog/pulls?state=open headers={'Accept': 'application/vnd.github+json', 'Authorization': 'token %s'}" % t),
        ("INFO", "release-bot", "found 3 open pull requests labelled release"),
        ("INFO", "release-bot", "drafting release notes for v5.2.0"),
    ]), [t]))

    # 13 gitlab pat curl
    t = glpat("a13")
    out.append(S("terminal_session", "gitlab_pat", """$ curl --silent --header "PRIVATE-TOKEN: %s" "https://gitlab.vintrell.com/api/v4/projects/412/pipelines?status=failed&per_page=3" | jq '.[].id'
88121
88117
88094
$ 
""" % t, [t]))

    # 14 gitlab runner config
    t = glrt("a14")
    out.append(S("toml_config", "gitlab_runner_token", """concurrent = 4
check_interval = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "build-07-docker"
  url = "https://gitlab.vintrell.com"
  id = 212
  token = "%s"
  token_obtained_at = 2024-05-02T09:14:11Z
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
    privileged = false
    volumes = ["/cache"]
""" % t, [t]))

    # 15 bitbucket app password
    t = atbb("a15")
    out.append(S("env_file", "bitbucket_app_password", """# deploy scripts - Bitbucket access
BITBUCKET_WORKSPACE=orchardline
BITBUCKET_USERNAME=deploy-bot-orchardline
BITBUCKET_APP_PASSWORD=%s
DEPLOY_BRANCH=main
""" % t, [t]))

    # 16 slack bot token in python
    t = xoxb("a16")
    out.append(S("source_code", "slack_bot_token", '''import os
from slack_sdk import WebClient

# TODO move to env before merging
SLACK_BOT_TOKEN = "%s"
CHANNEL = "#deploys"

client = WebClient(token=SLACK_BOT_TOKEN)


def announce(service: str, version: str) -> None:
    client.chat_postMessage(channel=CHANNEL, text=f":rocket: {service} {version} deployed")
''' % t, [t]))

    # 17 slack user token in debug log
    t = xoxp("a17")
    out.append(S("app_log", "slack_user_token", jsonlog("sec-a17", [
        {"level": "debug", "logger": "httpx", "msg": "request", "method": "POST", "url": "https://slack.com/api/conversations.history",
         "headers": {"Authorization": "Bearer " + t, "Content-Type": "application/x-www-form-urlencoded"}},
        {"level": "debug", "logger": "httpx", "msg": "response", "status": 200, "elapsed_ms": 212},
        {"level": "info", "logger": "exporter", "msg": "exported 1,204 messages from #general"},
    ]), [t]))

    # 18 alertmanager slack webhook
    u = slack_hook("a18")
    out.append(S("yaml_config", "slack_webhook_url", """global:
  resolve_timeout: 5m
  slack_api_url: '%s'

route:
  receiver: sre-slack
  group_by: [alertname, cluster]
  group_wait: 30s
  repeat_interval: 4h

receivers:
  - name: sre-slack
    slack_configs:
      - channel: '#alerts-prod'
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} ({{ .Status }})'
""" % u, [u]))

    # 20 discord bot config.json
    t = discord_bot("a20")
    out.append(S("json_config", "discord_bot_token", J({
        "token": t, "prefix": "!", "owner_id": rs("a20o", 18, DI), "guild_id": rs("a20g", 18, DI),
        "features": {"dice": True, "reminders": True, "weather": {"enabled": True, "units": "metric"}}}), [t]))

    # 21 discord webhook in python
    u = discord_hook("a21")
    out.append(S("source_code", "discord_webhook_url", '''import requests

WEBHOOK = "%s"


def post_score(player: str, score: int) -> None:
    requests.post(WEBHOOK, json={"content": f"🏆 {player} just scored {score}!"}, timeout=5)
''' % u, [u]))

    # 22 telegram in compose
    t = telegram("a22")
    out.append(S("docker_compose", "telegram_bot_token", """services:
  notifier:
    image: ghcr.io/homelab-heroes/notifier:1.4
    restart: unless-stopped
    environment:
      TELEGRAM_BOT_TOKEN: "%s"
      TELEGRAM_CHAT_ID: "-100%s"
      CHECK_INTERVAL: 60
    volumes:
      - ./targets.yml:/app/targets.yml:ro
""" % (t, rs("a22c", 10, DI)), [t]))

    # 23 teams webhook in powershell
    u = teams_hook("a23")
    out.append(S("source_code", "teams_webhook_url", """# Send-BackupReport.ps1
$webhook = "%s"
$status  = if ($LASTEXITCODE -eq 0) { "succeeded" } else { "FAILED" }
$body = @{ text = "Nightly backup on $env:COMPUTERNAME $status at $(Get-Date -Format 'HH:mm')" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $webhook -Body $body -ContentType 'application/json'
""" % u, [u]))

    # 24 stripe secret in .env with publishable key
    s = sk_live("a24")
    out.append(S("env_file", "stripe_secret_key", """NODE_ENV=production
PORT=3000
STRIPE_PUBLISHABLE_KEY=pk_live_51%s
STRIPE_SECRET_KEY=%s
STRIPE_PRICE_PRO_MONTHLY=price_1P%s
SESSION_COOKIE_NAME=ck_sess
""" % (rs("a24p", 97), s, rs("a24pr", 22)), [s]))

    # 25 stripe key pasted in email
    s = sk_live("a25", 34)
    out.append(S("email_raw", "stripe_secret_key", email(
        "Gideon Marsh <gideon@marshfield-events.com>", "dev@freelance-webworks.net",
        "Stripe access for the ticketing site",
        """Hi Sam,

As discussed, here is the live secret key so you can finish the checkout integration this week:

%s

Let me know once the webhooks are working. We go live on the 1st.

Gideon""" % s, key="sec-a25"), [s]))

    # 26 restricted key in k8s secret
    s = rk_live("a26")
    out.append(S("k8s_manifest_yaml", "stripe_restricted_key", """apiVersion: v1
kind: Secret
metadata:
  name: billing-stripe
  namespace: billing
type: Opaque
stringData:
  STRIPE_RESTRICTED_KEY: "%s"
  STRIPE_ACCOUNT_COUNTRY: "US"
""" % s, [s]))

    # 27 webhook secret in node
    s = whsec("a27")
    out.append(S("source_code", "stripe_webhook_secret", """const express = require("express");
const stripe = require("stripe")(process.env.STRIPE_SECRET_KEY);
const app = express();

const endpointSecret = "%s";

app.post("/webhooks/stripe", express.raw({ type: "application/json" }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === "checkout.session.completed") fulfil(event.data.object);
  res.json({ received: true });
});
""" % s, [s]))

    # 28 square token
    t = square("a28")
    out.append(S("yaml_config", "square_access_token", """# pos-sync/config.yml
square:
  environment: production
  access_token: %s
  location_ids:
    - L8K2ZQ7V1X9RP
    - LP4N6M2T0C8WD
sync:
  interval_minutes: 15
  include_refunds: true
""" % t, [t]))

    # 29 rails credentials show (two secrets)
    bt, kb = braintree("a29"), rails_kb("a29")
    out.append(S("terminal_session", "braintree_access_token", """$ EDITOR=cat bin/rails credentials:show --environment production
secret_key_base: %s

braintree:
  environment: production
  merchant_id: 7kq2vz9x4mwn3pbd
  access_token: %s

active_record_encryption:
  key_derivation_salt_ref: vault://kv/shop/ar-salt
$ 
""" % (kb, bt), [kb, bt]))

    # 30 paypal
    s = paypal_secret("a30")
    out.append(S("env_file", "paypal_client_secret", """PAYPAL_MODE=live
PAYPAL_CLIENT_ID=A%s
PAYPAL_CLIENT_SECRET=%s
PAYPAL_WEBHOOK_ID=%s
""" % (rs("a30id", 79, URL), s, rs("a30w", 17, UP + DI)), [s]))

    # 31 openai in notebook
    k = openai("a31")
    out.append(S("jupyter_notebook", "openai_api_key", notebook([
        ("md", "# Classify support tickets with an LLM"),
        ("code", "import os\nos.environ[\"OPENAI_API_KEY\"] = \"%s\"\nfrom openai import OpenAI\nclient = OpenAI()" % k, None),
        ("code", "tickets = pd.read_csv('tickets_sample.csv')\nlen(tickets)", "500\n"),
    ]), [k]))

    # 33 anthropic in compose env
    k = anthropic("a33")
    out.append(S("docker_compose", "anthropic_api_key", """services:
  summarizer:
    build: ./summarizer
    environment:
      ANTHROPIC_API_KEY: %s
      MODEL_TIER: large
      MAX_TOKENS: "1024"
    ports: ["8090:8090"]
""" % k, [k]))

    # 35 hf token in notebook
    t = hf("a35")
    out.append(S("jupyter_notebook", "huggingface_token", notebook([
        ("code", "from huggingface_hub import login\nlogin(token=\"%s\")" % t, "Login successful\n"),
        ("code", "from datasets import load_dataset\nds = load_dataset('quintfall/support-intents', split='train')\nds", "Dataset({features: ['text', 'label'], num_rows: 18212})\n"),
    ]), [t]))

    # 36 groq key in python config
    k = groq("a36")
    out.append(S("source_code", "groq_api_key", '''# settings.py for the meeting-notes bot
LLM_PROVIDER = "groq"
GROQ_API_KEY = "%s"
LLM_MODEL = "fast-chat-70b"
MAX_SUMMARY_WORDS = 250
''' % k, [k]))

    # 37 replicate in shell history
    t = replicate("a37")
    out.append(S("shell_history", "replicate_api_token", """  88  python -m venv .venv && source .venv/bin/activate
  89  pip install replicate pillow
  90  export REPLICATE_API_TOKEN=%s
  91  python upscale.py photos/ --scale 4
  92  ls -la out/
""" % t, [t]))

    # 38 npmrc
    t = npm("a38")
    out.append(S("npmrc", "npm_token", """registry=https://registry.npmjs.org/
@quillstack:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=%s
save-exact=true
fund=false
""" % t, [t]))

    # 39 pypirc
    t = pypi("a39")
    out.append(S("ini_config", "pypi_token", """[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = %s

[internal]
repository = https://pypi.quintfall.io/simple/
username = ci-publisher
""" % t, [t]))

    # 40 rubygems credentials
    k = rubygems("a40")
    out.append(S("yaml_config", "rubygems_api_key", """$ cat ~/.gem/credentials
---
:rubygems_api_key: %s
""" % k, [k]))

    # 41 nuget push in CI log
    k = nuget("a41")
    out.append(S("ci_log", "nuget_api_key", ci("sec-a41", [
        ("Run dotnet pack -c Release", ["Successfully created package 'Quintfall.Ledger.3.1.0.nupkg'."]),
        ("Run dotnet nuget push", [
            "dotnet nuget push bin/Release/Quintfall.Ledger.3.1.0.nupkg --api-key %s --source https://api.nuget.org/v3/index.json" % k,
            "Pushing Quintfall.Ledger.3.1.0.nupkg to 'https://www.nuget.org/api/v2/package'...",
            "  Created https://www.nuget.org/api/v2/package/ 1822ms",
            "Your package was pushed."]),
    ]), [k]))

    # 42 docker login in shell history
    t = dckr("a42")
    out.append(S("shell_history", "dockerhub_pat", """ 1201  docker build -t quintfall/reporting-api:2.14.0 .
 1202  docker login -u quintfallci -p %s
 1203  docker push quintfall/reporting-api:2.14.0
 1204  docker logout
""" % t, [t]))

    # 43 docker config auth
    a = base64.b64encode(("deploy-bot:" + pw_url("a43", 24)).encode()).decode()
    out.append(S("json_config", "docker_registry_auth", """$ cat ~/.docker/config.json
{
	"auths": {
		"registry.quintfall.io": {
			"auth": "%s"
		}
	},
	"credsStore": ""
}
""" % a, [a]))

    # 44 twilio
    t = hex32("a44")
    out.append(S("source_code", "twilio_auth_token", '''from twilio.rest import Client

ACCOUNT_SID = "AC%s"
AUTH_TOKEN = "%s"
FROM_NUMBER = "+15035550123"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send_pickup_sms(to: str, slot: str) -> str:
    msg = client.messages.create(to=to, from_=FROM_NUMBER, body=f"Your order is ready for pickup at {slot}.")
    return msg.sid
''' % (rs("a44sid", 32, HEX), t), [t]))

    # 45 sendgrid php
    k = sendgrid("a45")
    out.append(S("source_code", "sendgrid_api_key", """<?php
// config/mail.php
return [
    'driver' => 'sendgrid',
    'sendgrid' => [
        'api_key' => '%s',
        'from' => ['address' => 'no-reply@crumbkettle.com', 'name' => 'Crumb & Kettle'],
    ],
    'queue' => 'mail',
];
""" % k, [k]))
    return out
