"""Positive rows for secrets.jsonl: each function returns one row dict."""
import json, hmac, hashlib, base64, zlib
from common import *
import keys

POS = []
def pos(fn): POS.append(fn); return fn
def row(fmt, cat, secs, text):
    return {"format": fmt, "label": "secret", "category": cat,
            "secrets": [{"kind": k, "value": v} for k, v in secs], "text": text}
def akid(p="AKIA"): return p + rstr(16, UP + "234567")
def awssec(): return rstr(40, UP + LO + DG + "+/")
def pw(n=None):
    n = n or rint(14, 22)
    s = rstr(n, ALNUM + "!#%^*-_=+.")
    return s if any(c in "!#%^*-_=+." for c in s) else s + "!"
def person_user():
    f, l, c = person(); return f, l, username(f, l)
def b64(s): return base64.b64encode(s.encode()).decode()

@pos
def r_aws_env():
    a, s = akid(), awssec()
    t = f"""# /srv/ingest/.env  (s3-archive-sync, Freiburg imaging core)
AWS_ACCESS_KEY_ID={a}
AWS_SECRET_ACCESS_KEY={s}
AWS_DEFAULT_REGION=eu-central-1
ARCHIVE_BUCKET=aldermoor-imaging-cold-{digits(4)}
SYNC_MANIFEST_SHA256={sha256()}
LOG_LEVEL=info
"""
    return row("dotenv", "aws_access_key", [("aws_access_key_id", a), ("aws_secret_access_key", s)], t)

@pos
def r_aws_sts():
    a, s = akid("ASIA"), awssec()
    tok = "IQoJb3JpZ2luX2VjE" + rstr(300, B64) + "=="
    t = json.dumps({"Credentials": {"AccessKeyId": a, "SecretAccessKey": s, "SessionToken": tok,
          "Expiration": iso()}, "AssumedRoleUser": {"AssumedRoleId": "AROA" + rstr(17, UP + DG) + ":gl-runner-" + digits(5),
          "Arn": f"arn:aws:sts::{digits(12)}:assumed-role/ResearchDataSync/gl-runner"}}, indent=2)
    return row("aws-cli-json", "aws_temporary_credentials", [("aws_temp_access_key_id", a), ("aws_secret_access_key", s), ("aws_session_token", tok)],
               "$ aws sts assume-role --role-arn arn:aws:iam::...:role/ResearchDataSync --role-session-name gl-runner\n" + t)

@pos
def r_gcp_sa():
    pk = keys.rsa_pkcs8()
    proj = f"aldermoor-genomics-{digits(6)}"
    d = {"type": "service_account", "project_id": proj, "private_key_id": hexs(40),
         "private_key": pk + "\n", "client_email": f"bq-loader@{proj}.iam.gserviceaccount.com",
         "client_id": digits(21), "token_uri": "https://oauth2.googleapis.com/token"}
    t = "$ cat ~/.config/gcloud/bq-loader.json\n" + json.dumps(d, indent=1)
    return row("gcp-service-account-json", "gcp_service_account_key", [("gcp_service_account_private_key", pk.replace("\n", "\\n"))], t.replace(pk.replace("\n","\\n"), pk.replace("\n","\\n")))

@pos
def r_gcp_apikey():
    k = "AIza" + rstr(35, B64URL)
    t = f"""// library-finder/src/config.js  (server-side geocoding proxy, NOT shipped to browser)
module.exports = {{
  geocoder: {{
    provider: 'google',
    serverKey: '{k}',
    cacheTtlSeconds: 86400,
  }},
  buildId: '{hexs(12)}',
  campuses: ['Freiburg', 'Leeds', 'Pittsburgh', 'Halifax', 'Adelaide', 'Pune', 'Campinas', 'Sendai'],
}};
"""
    return row("javascript-config", "google_api_key", [("google_api_key", k)], t)

@pos
def r_azure_conn():
    acct = "aldermoorlib" + digits(3)
    k = b64bytes(64)
    t = f"""[2026-10-14 09:12:44] INFO  digitisation-worker starting (build {hexs(7)})
[2026-10-14 09:12:44] DEBUG settings loaded: {{'container': 'scans-raw', 'batch': 250,
  'connection_string': 'DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={k};EndpointSuffix=core.windows.net'}}
[2026-10-14 09:12:45] INFO  uploaded MS-{digits(4)}_f{digits(3)}r.tif etag=0x8DC{HEXs(12)}
"""
    return row("python-app-log", "azure_storage_account_key", [("azure_storage_account_key", k)], t)

@pos
def r_azure_client_secret():
    sec = rstr(3, ALNUM) + str(rint(0, 9)) + "Q~" + rstr(34, ALNUM + "._-~")
    tid, cid = uid(), uid()
    t = f"""# terraform.tfvars — admissions portal (DO NOT COMMIT)
azure_tenant_id     = "{tid}"
azure_client_id     = "{cid}"
azure_client_secret = "{sec}"
resource_group      = "rg-admissions-prod-uks"
app_service_sku     = "P1v3"
"""
    return row("terraform-tfvars", "azure_client_secret", [("azure_ad_client_secret", sec)], t)

@pos
def r_azure_sas():
    sig = b64bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    url = f"https://aldermoorarchive.blob.core.windows.net/theses?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-06-30T23:59:59Z&st=2026-10-01T00:00:00Z&spr=https&sig={sig}"
    t = f"""From: Repository Team <repo-team@library.aldermoor.example>
Subject: Re: bulk upload of 2026 theses

Hi all — for the migration script please use this container URL (valid until end of June):

{url}

Object naming: <year>/<faculty>/<handle>.pdf, e.g. 2026/ENG/10.5072-ald-{digits(5)}.pdf
Thanks, Library Systems
"""
    return row("email-plain", "azure_sas_token", [("azure_sas_token", sig)], t)

@pos
def r_gh_classic():
    tok = crc_token("ghp_")
    t = f"""$ history | tail -6
  501  cd ~/src/thesis-template
  502  git status
  503  git remote set-url origin https://{tok}@github.com/aldermoor-latex/thesis-template.git
  504  git push origin main
  505  git log --oneline -3
  506  gh run list --limit 3
"""
    return row("shell-history", "github_pat_classic", [("github_personal_access_token", tok)], t)

@pos
def r_gh_fine():
    tok = "github_pat_" + rstr(22, ALNUM) + "_" + rstr(59, ALNUM)
    u = username('Yui','Takahashi')
    t = f"""# ~/.config/gh/hosts.yml
github.com:
    users:
        {u}:
            oauth_token: {tok}
    git_protocol: https
    user: {u}
"""
    return row("yaml-config", "github_fine_grained_pat", [("github_fine_grained_pat", tok)], t)

@pos
def r_gh_app():
    tok = crc_token("ghs_"); oauth = crc_token("gho_")
    t = f"""Run actions/create-github-app-token@v1
  with:
    app-id: {digits(6)}
    owner: aldermoor-hpc
::debug::installation id {digits(8)}
::debug::token response {{"token":"{tok}","expires_at":"{iso()}","permissions":{{"contents":"read","issues":"write"}}}}
::debug::fallback user token {oauth}
Post job cleanup.
"""
    return row("github-actions-log", "github_app_installation_token", [("github_app_installation_token", tok), ("github_oauth_token", oauth)], t)

@pos
def r_gh_refresh():
    u = crc_token("ghu_"); r = "ghr_" + rstr(76, ALNUM)
    t = json.dumps({"access_token": u, "expires_in": 28800, "refresh_token": r,
                    "refresh_token_expires_in": 15811200, "scope": "", "token_type": "bearer"}, indent=2)
    return row("http-response-json", "github_refresh_token", [("github_user_to_server_token", u), ("github_refresh_token", r)],
               "HTTP/1.1 200 OK\ncontent-type: application/json; charset=utf-8\nx-github-request-id: " + HEXs(4) + ":" + HEXs(5) + ":" + HEXs(7) + "\n\n" + t)

@pos
def r_gitlab_pat():
    tok = "glpat-" + rstr(20, B64URL)
    t = f"""# .gitlab-ci.yml fragment committed by mistake
release:
  stage: deploy
  image: registry.gitlab.aldermoor.example/infra/release-cli:{hexs(8)}
  script:
    - export GITLAB_TOKEN={tok}
    - release-cli create --name "v2.{rint(0,9)}.{rint(0,20)}" --tag-name "$CI_COMMIT_TAG"
  rules:
    - if: $CI_COMMIT_TAG
"""
    return row("gitlab-ci-yaml", "gitlab_pat", [("gitlab_personal_access_token", tok)], t)

@pos
def r_gitlab_runner():
    tok = "glrt-" + rstr(20, B64URL)
    t = f"""concurrent = 8
check_interval = 0

[[runners]]
  name = "hpc-shell-runner-{rint(1,9)}"
  url = "https://gitlab.aldermoor.example/"
  id = {rint(100,999)}
  token = "{tok}"
  token_obtained_at = {iso()}
  executor = "shell"
  [runners.custom_build_dir]
  [runners.cache]
    MaxUploadedArchiveSize = 0
"""
    return row("toml-gitlab-runner", "gitlab_runner_token", [("gitlab_runner_token", tok)], t)

@pos
def r_gitlab_trigger():
    tok = "glptt-" + hexs(40); dt = "gldt-" + rstr(20, B64URL)
    t = f"""#!/usr/bin/env bash
# nightly-rebuild.sh — triggers the docs pipeline and pulls the image with the deploy token
curl -s -X POST --fail \\
  -F token={tok} \\
  -F ref=main \\
  https://gitlab.aldermoor.example/api/v4/projects/{rint(100,999)}/trigger/pipeline
echo "{dt}" | docker login registry.gitlab.aldermoor.example -u gitlab+deploy-token-{rint(10,99)} --password-stdin
"""
    return row("bash-script", "gitlab_pipeline_trigger_token", [("gitlab_pipeline_trigger_token", tok), ("gitlab_deploy_token", dt)], t)

@pos
def r_slack_bot():
    tok = f"xoxb-{digits(12)}-{digits(13)}-{rstr(24, ALNUM)}"
    t = f"""# helm values for hpc-alertbot
image:
  repository: registry.gitlab.aldermoor.example/hpc/alertbot
  tag: "1.{rint(0,9)}.{rint(0,9)}"
env:
  SLACK_CHANNEL: "#hpc-ops"
  SLACK_BOT_TOKEN: "{tok}"
  GRAFANA_URL: https://grafana.ops.aldermoor.example
resources:
  limits: {{cpu: 200m, memory: 128Mi}}
"""
    return row("helm-values-yaml", "slack_bot_token", [("slack_bot_token", tok)], t)

@pos
def r_slack_user():
    tok = f"xoxp-{digits(11)}-{digits(12)}-{digits(13)}-{hexs(32)}"
    t = f"""{{"ok": true, "access_token": "{tok}", "token_type": "user", "scope": "channels:history,chat:write",
 "team": {{"id": "T{rstr(10, UP+DG)}", "name": "Aldermoor Research"}}, "authed_user": {{"id": "U{rstr(10, UP+DG)}"}},
 "enterprise": null, "is_enterprise_install": false, "response_metadata": {{"warnings": ["superfluous_charset"]}}}}"""
    return row("slack-oauth-json", "slack_user_token", [("slack_user_token", tok)], t)

@pos
def r_slack_webhook():
    url = f"https://hooks.slack.com/services/T{rstr(10, UP+DG)}/B{rstr(10, UP+DG)}/{rstr(24, ALNUM)}"
    t = f"""# roles/slurm_notify/defaults/main.yml
slurm_notify_enabled: true
slurm_notify_events: [FAIL, TIME_LIMIT, OUT_OF_MEMORY]
slurm_notify_webhook: "{url}"
slurm_notify_min_nodes: 4
slurm_notify_partition_filter: ["gpu-a100", "gpu-h100", "bigmem"]
"""
    return row("ansible-defaults-yaml", "slack_webhook_url", [("slack_webhook_url", url)], t)

@pos
def r_slack_app():
    tok = f"xapp-1-A{rstr(10, UP+DG)}-{digits(13)}-{hexs(64)}"
    t = f"""SLACK_APP_TOKEN={tok}
SOCKET_MODE=true
BOT_DISPLAY_NAME=clinic-rota-bot
ROTA_SHEET_ID={rstr(44, B64URL)}
TZ=America/Halifax
"""
    return row("dotenv", "slack_app_level_token", [("slack_app_token", tok)], t)

@pos
def r_discord_webhook():
    url = f"https://discord.com/api/webhooks/{digits(19)}/{rstr(68, B64URL)}"
    t = f"""### chat export: #robotics-club-infra (2026-11-02)
[18:41] kiprono.m: anyone know why the build notifications stopped?
[18:43] s.nakamura: I rotated nothing... the bot uses this hook: {url}
[18:43] s.nakamura: oh wait, shouldn't paste that here
[18:44] kiprono.m: yeah please regenerate it 🙃
"""
    return row("chat-export", "discord_webhook_url", [("discord_webhook_url", url)], t)

@pos
def r_discord_bot():
    tok = b64(digits(18)).rstrip("=") + "." + rstr(6, B64URL) + "." + rstr(38, B64URL)
    t = f"""[Unit]
Description=Esports society Discord bot
After=network-online.target

[Service]
User=esports
Environment=DISCORD_TOKEN={tok}
Environment=GUILD_ID={digits(18)}
ExecStart=/opt/esports-bot/venv/bin/python -m bot
Restart=on-failure
"""
    return row("systemd-unit", "discord_bot_token", [("discord_bot_token", tok)], t)

@pos
def r_teams_webhook():
    url = f"https://aldermoor.webhook.office.com/webhookb2/{uid()}@{uid()}/IncomingWebhook/{hexs(32)}/{uid()}"
    t = f"""<?xml version="1.0" encoding="UTF-8"?>
<notifiers>
  <notifier id="teams-registrar" type="msteams">
    <displayName>Registrar exam board channel</displayName>
    <webhookUrl>{url}</webhookUrl>
    <events>grade-release,transcript-hold</events>
  </notifier>
</notifiers>
"""
    return row("xml-config", "msteams_webhook_url", [("msteams_webhook_url", url)], t)

@pos
def r_stripe_sk():
    sk = "sk_live_" + rstr(99, ALNUM); wh = "whsec_" + rstr(32, ALNUM)
    t = f"""# alumni-giving/config/production.py
STRIPE_PUBLISHABLE_KEY = "pk_live_{rstr(99, ALNUM)}"
STRIPE_SECRET_KEY = "{sk}"
STRIPE_WEBHOOK_SECRET = "{wh}"
GIVING_CAMPAIGN_CODES = ["ANNUAL-FUND-2026", "SCHOLARSHIP-ENDOW", "LIB-RESTORE"]
"""
    return row("python-settings", "stripe_secret_key", [("stripe_secret_key", sk), ("stripe_webhook_secret", wh)], t)

@pos
def r_stripe_rk():
    rk = "rk_live_" + rstr(99, ALNUM)
    t = f"""ticket HD-{digits(6)} | Finance Systems | priority: high
reporter: bursar office (Leeds)
description:
  The refund job fails since Tuesday. Config on fin-batch02:
    STRIPE_RESTRICTED_KEY={rk}
    STRIPE_ACCOUNT=acct_{rstr(16, ALNUM)}
  Error: "This API call cannot be made with a restricted key lacking refunds:write".
status: open  assignee: finance-apps queue
"""
    return row("helpdesk-ticket", "stripe_restricted_key", [("stripe_restricted_key", rk)], t)

@pos
def r_twilio():
    sid = "AC" + hexs(32); tok = hexs(32); ksid = "SK" + hexs(32); ksec = rstr(32, ALNUM)
    t = f"""[twilio]
account_sid = {sid}
auth_token = {tok}
api_key_sid = {ksid}
api_key_secret = {ksec}
from_number_service = MG{hexs(32)}

[alerts]
template = "Campus alert: {{message}} — reply STOP to opt out"
"""
    return row("ini-config", "twilio_auth_token", [("twilio_auth_token", tok), ("twilio_api_key_secret", ksec)], t)

@pos
def r_sendgrid():
    k = "SG." + rstr(22, B64URL) + "." + rstr(43, B64URL)
    t = f"""apiVersion: v1
kind: Secret
metadata:
  name: admissions-mailer
  namespace: admissions
type: Opaque
stringData:
  SENDGRID_API_KEY: "{k}"
  MAIL_FROM_NAME: "Aldermoor Admissions"
"""
    return row("k8s-secret-stringdata", "sendgrid_api_key", [("sendgrid_api_key", k)], t)

@pos
def r_mailgun():
    k = hexs(32) + "-" + hexs(8) + "-" + hexs(8)
    t = f"""$ curl -s --user 'api:{k}' \\
    https://api.eu.mailgun.net/v3/mg.alumni.aldermoor.example/events?limit=2
{{"items": [{{"event": "delivered", "id": "{rstr(22, B64URL)}", "timestamp": {rint(1760000000,1790000000)}.{digits(6)}}}],
 "paging": {{"next": "https://api.eu.mailgun.net/v3/mg.alumni.aldermoor.example/events/{rstr(60, B64URL)}"}}}}
"""
    return row("curl-session", "mailgun_api_key", [("mailgun_api_key", k)], t)

@pos
def r_mailchimp():
    k = hexs(32) + "-us" + str(rint(2, 21))
    t = f"""alumni_newsletter:
  provider: mailchimp
  api_key: {k}
  audience_id: {hexs(10)}
  segments:
    - class_of_2016_reunion
    - engineering_alumni_ca
  double_opt_in: true
"""
    return row("yaml-config", "mailchimp_api_key", [("mailchimp_api_key", k)], t)

@pos
def r_openai():
    k = "sk-proj-" + rstr(74, B64URL) + "T3BlbkFJ" + rstr(74, B64URL)
    nb = {"cells": [{"cell_type": "code", "execution_count": 3, "id": hexs(8), "metadata": {},
           "outputs": [], "source": ["import os\n", f"os.environ[\"OPENAI_API_KEY\"] = \"{k}\"\n", "client = OpenAI()\n"]}],
          "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return row("jupyter-notebook-json", "openai_api_key", [("openai_api_key", k)], json.dumps(nb, indent=1))

@pos
def r_anthropic():
    k = "sk-ant-api03-" + rstr(93, B64URL) + "AA"
    t = f"""$ kubectl -n writing-centre logs deploy/feedback-assistant --tail=5
2026-11-18T10:02:11Z INFO  model router ready
2026-11-18T10:02:11Z DEBUG env dump: ANTHROPIC_API_KEY={k} MAX_TOKENS=1024 RATE_LIMIT_RPM=60
2026-11-18T10:02:12Z INFO  listening on :8080
2026-11-18T10:02:40Z INFO  request id=req_{rstr(24, ALNUM)} status=200 latency_ms=1843
"""
    return row("kubectl-logs", "anthropic_api_key", [("anthropic_api_key", k)], t)

@pos
def r_hf():
    k = "hf_" + rstr(34, UP + LO)
    t = f"""#!/bin/bash
#SBATCH --job-name=llm-finetune
#SBATCH --partition=gpu-h100
#SBATCH --gres=gpu:4
#SBATCH --time=23:59:00
#SBATCH --account=nlp-{digits(4)}
module load cuda/12.4 python/3.11
export HF_TOKEN={k}
export HF_HOME=/scratch/$USER/hf
srun torchrun --nproc_per_node=4 train.py --model meta-llama/Llama-3.1-8B --seed 1234
"""
    return row("slurm-batch-script", "huggingface_token", [("huggingface_token", k)], t)

@pos
def r_npm():
    tok = crc_token("npm_")
    t = f"""; ~/.npmrc on ci-builder-03
registry=https://registry.npmjs.org/
@aldermoor:registry=https://npm.pkg.github.com/
//registry.npmjs.org/:_authToken={tok}
fund=false
audit-level=high
"""
    return row("npmrc", "npm_access_token", [("npm_access_token", tok)], t)

@pos
def r_pypi():
    tok = "pypi-AgEIcHlwaS5vcmc" + rstr(160, B64URL)
    t = f"""[distutils]
index-servers =
    pypi
    aldermoor

[pypi]
username = __token__
password = {tok}

[aldermoor]
repository = https://pkgs.aldermoor.example/simple/
username = ci-uploader
"""
    return row("pypirc", "pypi_api_token", [("pypi_upload_token", tok)], t)

@pos
def r_dockerhub():
    tok = "dckr_pat_" + rstr(27, B64URL)
    t = f"""$ echo {tok} | docker login -u aldermoorhpc --password-stdin
WARNING! Your password will be stored unencrypted in /home/ci/.docker/config.json.
Login Succeeded
$ docker push aldermoorhpc/jupyter-scipy:2026.11
The push refers to repository [docker.io/aldermoorhpc/jupyter-scipy]
{hexs(12)}: Pushed
2026.11: digest: sha256:{sha256()} size: 4708
"""
    return row("terminal-session", "docker_hub_pat", [("docker_hub_pat", tok)], t)

@pos
def r_tfc():
    tok = rstr(14, ALNUM) + ".atlasv1." + rstr(67, ALNUM)
    t = json.dumps({"credentials": {"app.terraform.io": {"token": tok}}}, indent=2)
    return row("json-credentials-file", "terraform_cloud_token", [("terraform_cloud_api_token", tok)],
               "$ cat ~/.terraform.d/credentials.tfrc.json\n" + t + "\n$ terraform -chdir=infra/campus-network plan\nRunning plan in Terraform Cloud...")

@pos
def r_vault_token():
    tok = "hvs." + rstr(24, ALNUM)
    t = f"""$ vault login -method=ldap username=svc-ansible
Password (will be hidden):
Success! You are now authenticated. The token information displayed below
is already stored in the token helper.

Key                    Value
---                    -----
token                  {tok}
token_accessor         {rstr(24, ALNUM)}
token_duration         768h
token_renewable        true
token_policies         ["default" "hpc-ansible-read"]
identity_policies      []
policies               ["default" "hpc-ansible-read"]
"""
    return row("vault-cli-output", "vault_service_token", [("vault_token", tok)], t)

@pos
def r_vault_unseal():
    ks = [b64bytes(33) for _ in range(5)]; root = "hvs." + rstr(24, ALNUM)
    lines = "\n".join(f"Unseal Key {i+1}: {k}" for i, k in enumerate(ks))
    t = f"""$ vault operator init -key-shares=5 -key-threshold=3
{lines}

Initial Root Token: {root}

Vault initialized with 5 key shares and a key threshold of 3.
"""
    return row("vault-init-output", "vault_unseal_keys", [("vault_unseal_key", k) for k in ks[:2]] + [("vault_root_token", root)] + [("vault_unseal_key", k) for k in ks[2:]], t)

@pos
def r_consul():
    tok = uid()
    t = f"""AccessorID:       {uid()}
SecretID:         {tok}
Description:      nomad-servers agent token (Sendai DC)
Local:            false
Create Time:      2026-09-14 03:12:58.{digits(9)} +0000 UTC
Policies:
   {uid()} - nomad-server
"""
    return row("consul-cli-output", "consul_acl_token", [("consul_acl_secret_id", tok)], t)

@pos
def r_datadog():
    api = hexs(32); app = hexs(40)
    t = f"""# /etc/datadog-agent/datadog.yaml (excerpt) — JupyterHub nodes
api_key: {api}
app_key: {app}
site: datadoghq.eu
hostname: jhub-node-{rint(1,12):02d}.hpc.aldermoor.example
tags:
  - env:prod
  - service:jupyterhub
logs_enabled: true
"""
    return row("yaml-agent-config", "datadog_api_key", [("datadog_api_key", api), ("datadog_application_key", app)], t)

@pos
def r_newrelic():
    lic = hexs(36) + "NRAL"; uk = "NRAK-" + rstr(27, UP + DG)
    t = f"""# newrelic.ini
[newrelic]
license_key = {lic}
app_name = Library Discovery (prod)
monitor_mode = true
log_level = info
# admin API key for deployment markers
# NEW_RELIC_API_KEY={uk}
"""
    return row("ini-config", "newrelic_license_key", [("newrelic_license_key", lic), ("newrelic_user_api_key", uk)], t)

@pos
def r_sentry():
    tok = "sntryu_" + hexs(64)
    t = f"""# .sentryclirc
[defaults]
url = https://sentry.io/
org = aldermoor-university
project = student-portal

[auth]
token = {tok}
"""
    return row("ini-config", "sentry_auth_token", [("sentry_user_auth_token", tok)], t)

@pos
def r_grafana_sa():
    body = rstr(32, ALNUM); tok = "glsa_" + body + "_" + format(zlib.crc32(("glsa_" + body).encode()), "08x")
    t = f"""apiVersion: 1
datasources:
  - name: hpc-grafana-federation
    type: grafana
    url: https://grafana.ops.aldermoor.example
    jsonData:
      httpHeaderName1: Authorization
    secureJsonData:
      httpHeaderValue1: "Bearer {tok}"
    editable: false
"""
    return row("grafana-provisioning-yaml", "grafana_service_account_token", [("grafana_service_account_token", tok)], t)

@pos
def r_grafana_cloud():
    payload = json.dumps({"o": digits(6), "n": "stack-" + digits(6) + "-hm-write-alloy", "k": rstr(24, ALNUM), "m": {"r": "prod-eu-west-2"}}, separators=(",", ":"))
    tok = "glc_" + base64.b64encode(payload.encode()).decode()
    t = f"""// /etc/alloy/config.alloy
prometheus.remote_write "grafana_cloud" {{
  endpoint {{
    url = "https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push"
    basic_auth {{
      username = "{digits(7)}"
      password = "{tok}"
    }}
  }}
}}
"""
    return row("alloy-river-config", "grafana_cloud_token", [("grafana_cloud_access_policy_token", tok)], t)

@pos
def r_pagerduty():
    k = "u+" + rstr(18, B64URL)
    t = f"""$ curl -s https://api.pagerduty.com/oncalls?escalation_policy_ids[]=P{rstr(6, UP+DG)} \\
   -H "Authorization: Token token={k}" -H "Accept: application/vnd.pagerduty+json;version=2"
{{"oncalls":[{{"escalation_level":1,"schedule":{{"id":"P{rstr(6, UP+DG)}","summary":"HPC storage primary"}},"start":"{iso()}"}}],"limit":25,"offset":0,"more":false}}
"""
    return row("curl-session", "pagerduty_api_key", [("pagerduty_api_key", k)], t)

@pos
def r_atlassian():
    tok = "ATATT3xFfGF0" + rstr(170, B64URL) + "=" + HEXs(8)
    t = f"""# jira-sync.toml — research-office grant tracker -> Jira
[jira]
base_url = "https://aldermoor-research.atlassian.net"
user = "grants-bot@{DOM}"
api_token = "{tok}"
project_key = "GRNT"
[mapping]
status_field = "customfield_{digits(5)}"
"""
    return row("toml-config", "atlassian_api_token", [("atlassian_api_token", tok)], t)

@pos
def r_okta():
    tok = "00" + rstr(40, B64URL)
    t = f"""PS C:\\Scripts> Get-Content .\\okta-offboarding.ps1 | Select-Object -First 8
$OktaOrg   = "https://aldermoor.okta.example"
$ApiToken  = "{tok}"
$Headers   = @{{ Authorization = "SSWS $ApiToken"; Accept = "application/json" }}
$Leavers   = Import-Csv .\\leavers-2026-11.csv
foreach ($u in $Leavers) {{
    Invoke-RestMethod -Method Post -Uri "$OktaOrg/api/v1/users/$($u.OktaId)/lifecycle/deactivate" -Headers $Headers
}}
"""
    return row("powershell-session", "okta_api_token", [("okta_api_token", tok)], t)

@pos
def r_auth0():
    cs = rstr(64, B64URL)
    t = f"""{{
  "auth0": {{
    "domain": "aldermoor-alumni.eu.auth0.com",
    "clientId": "{rstr(32, ALNUM)}",
    "clientSecret": "{cs}",
    "audience": "https://api.alumni.{DOM}",
    "scope": "openid profile email"
  }},
  "featureFlags": {{"mentoringMatch": true, "eventsV2": false}}
}}"""
    return row("json-config", "auth0_client_secret", [("auth0_client_secret", cs)], t)

@pos
def r_shopify():
    tok = "shpat_" + hexs(32)
    t = f"""SHOPIFY_STORE=aldermoor-campus-store.myshopify.com
SHOPIFY_ADMIN_TOKEN={tok}
SHOPIFY_API_VERSION=2026-10
MERCH_SYNC_CRON="*/30 * * * *"
"""
    return row("dotenv", "shopify_access_token", [("shopify_admin_access_token", tok)], t)

@pos
def r_braintree():
    tok = f"access_token$production${rstr(16, LO+DG)}${hexs(32)}"
    t = f"""<?php
// international-office/fees/config.php
return [
    'gateway' => 'braintree',
    'braintree_access_token' => '{tok}',
    'currency_default' => 'EUR',
    'application_fee_minor_units' => 7500,
];
"""
    return row("php-config", "braintree_access_token", [("braintree_access_token", tok)], t)

@pos
def r_do():
    tok = "dop_v1_" + hexs(64)
    t = f"""provider "digitalocean" {{
  token = "{tok}"
}}

resource "digitalocean_droplet" "outreach_site" {{
  image  = "ubuntu-24-04-x64"
  name   = "outreach-summer-school"
  region = "fra1"
  size   = "s-1vcpu-2gb"
}}
"""
    return row("terraform-hcl", "digitalocean_pat", [("digitalocean_personal_access_token", tok)], t)

@pos
def r_cloudflare():
    tok = rstr(40, B64URL); oca = "v1.0-" + hexs(24) + "-" + hexs(146)
    t = f"""# /etc/letsencrypt/cloudflare.ini  (certbot dns-cloudflare)
dns_cloudflare_api_token = {tok}

# legacy origin CA key used by the old cert script
# CF_ORIGIN_CA_KEY={oca}
"""
    return row("ini-config", "cloudflare_api_token", [("cloudflare_api_token", tok), ("cloudflare_origin_ca_key", oca)], t)

@pos
def r_alibaba():
    ak = "LTAI" + rstr(20, ALNUM); sk = rstr(30, ALNUM)
    t = f"""[default]
language = zh
mode = AK
access_key_id = {ak}
access_key_secret = {sk}
region_id = cn-shanghai
output_format = json
"""
    return row("aliyun-cli-config", "alibaba_access_key", [("alibaba_access_key_id", ak), ("alibaba_access_key_secret", sk)], t)

@pos
def r_ibm():
    k = rstr(44, B64URL)
    t = f"""$ ibmcloud login --apikey {k} -r eu-de
API endpoint: https://cloud.ibm.com
Authenticating...
OK
Targeted account Aldermoor Quantum Lab ({hexs(32)})
Targeted region eu-de
"""
    return row("terminal-session", "ibm_cloud_api_key", [("ibm_cloud_api_key", k)], t)

@pos
def r_pg_url():
    p = pw(); u = "registrar_app"
    url = f"postgresql://{u}:{p}@pg-sis-primary.sis.{DOM}:5432/student_records?sslmode=require"
    t = f"""Traceback (most recent call last):
  File "/opt/sis/etl/nightly_enrolment.py", line 88, in <module>
    engine = create_engine(os.environ["SIS_DB_URL"])
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server: Connection timed out
(Background on this error at: https://sqlalche.me/e/20/e3q8)
DEBUG SIS_DB_URL={url}
job_id={digits(7)} host=registrar-app01 pid={rint(1000,65000)}
"""
    return row("python-traceback", "database_url_postgres", [("postgres_connection_uri", url)], t)

@pos
def r_mysql_url():
    p = pw()
    url = f"mysql://moodle:{p}@db-lms.{DOM}:3306/moodle"
    t = f"""version: "3.9"
services:
  moodle-cron:
    image: registry.gitlab.{DOM}/lms/moodle-cron:4.{rint(1,5)}
    environment:
      DATABASE_URL: "{url}"
      MOODLE_WWWROOT: https://learn.{DOM}
    deploy:
      replicas: 1
"""
    return row("docker-compose-yaml", "database_url_mysql", [("mysql_connection_uri", url)], t)

@pos
def r_mongo():
    p = pw(); url = f"mongodb+srv://lab_inventory:{p}@cluster0.{rstr(5, LO+DG)}.mongodb.net/inventory?retryWrites=true&w=majority"
    t = f"""// instrument-booking/src/db.ts
import {{ MongoClient }} from "mongodb";
const uri = process.env.MONGO_URI ?? "{url}";
export const client = new MongoClient(uri, {{ maxPoolSize: 10 }});
// collection ids: {uid()}
"""
    return row("typescript-source", "database_url_mongodb", [("mongodb_connection_uri", url)], t)

@pos
def r_redis():
    p = rstr(32, ALNUM); url = f"rediss://default:{p}@cache-jhub.ops.{DOM}:6380/0"
    t = f"""c.JupyterHub.db_url = "sqlite:///jupyterhub.sqlite"
c.JupyterHub.cookie_max_age_days = 1
# shared session cache for the idle-culler
c.IdleCuller.redis_url = "{url}"
c.JupyterHub.services = [{{"name": "idle-culler", "command": ["python3", "-m", "jupyterhub_idle_culler", "--timeout=3600"]}}]
"""
    return row("jupyterhub-config-py", "redis_url_password", [("redis_connection_uri", url)], t)

@pos
def r_amqp():
    p = pw(); url = f"amqps://celery:{p}@mq.grants.{DOM}:5671/grants"
    t = f"""[2026-11-20 07:00:03,118: INFO/MainProcess] Connected to {url}
[2026-11-20 07:00:03,131: INFO/MainProcess] mingle: searching for neighbors
[2026-11-20 07:00:04,140: INFO/MainProcess] celery@grants-worker-2 ready.
[2026-11-20 07:05:00,002: INFO/MainProcess] Task grants.tasks.sync_awards[{uid()}] received
"""
    return row("celery-worker-log", "amqp_url_password", [("amqp_connection_uri", url)], t)

@pos
def r_mssql():
    p = pw()
    cs = f"Server=tcp:sql-finance.{DOM},1433;Database=FinanceDW;User ID=svc_powerbi;Password={p};Encrypt=True;TrustServerCertificate=False;"
    t = json.dumps({"Logging": {"LogLevel": {"Default": "Warning"}}, "ConnectionStrings": {"FinanceDW": cs},
                    "Reporting": {"FiscalYearStartMonth": 8, "Currency": "GBP"}}, indent=2)
    return row("appsettings-json", "mssql_connection_string", [("mssql_password", p)], t)

@pos
def r_jdbc():
    p = pw()
    t = f"""# dspace/config/local.cfg
dspace.dir = /dspace
dspace.server.url = https://repository.{DOM}/server
db.url = jdbc:postgresql://pg-repo.library.{DOM}:5432/dspace
db.username = dspace
db.password = {p}
solr.server = http://localhost:8983/solr
handle.prefix = 10.5072
"""
    return row("java-properties", "database_password", [("database_password", p)], t)

@pos
def r_rsa_pkcs1():
    k = keys.rsa_pkcs1()
    t = f"""$ cat /etc/pki/tls/private/lims.{DOM}.key
{k}
$ ls -l /etc/pki/tls/private/
-rw-r--r--. 1 root root 1679 Nov  3 09:14 lims.{DOM}.key
"""
    return row("terminal-session", "rsa_private_key", [("rsa_private_key_pem", k)], t)

@pos
def r_ec_key():
    k = keys.ec_sec1()
    t = f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: oidc-proxy-files
  namespace: jupyterhub
data:
  signing.pem: |
""" + "\n".join("    " + ln for ln in k.splitlines()) + "\n  issuer: https://jhub.hpc." + DOM + "\n"
    return row("k8s-configmap-yaml", "ec_private_key", [("ec_private_key_pem", k.replace("\n", "\n    "))], t)

@pos
def r_pkcs8():
    k = keys.ec_pkcs8_p384()
    t = f"""-- psql output: select name, pem from signing_keys where active;
    name     |                               pem
-------------+------------------------------------------------------------------
 diploma-2026 | {k.replace(chr(10), ' ')}
(1 row)
"""
    return row("psql-result-table", "pkcs8_private_key", [("pkcs8_private_key_pem", k.replace(chr(10), ' '))], t)

@pos
def r_openssh():
    priv, pub = keys.openssh_ed25519("deploy@ansible-ctl")
    t = f"""TASK [hpc_users : install deploy key] ******************************************
changed: [login1.hpc.{DOM}] => (item=id_ed25519)
ok: [login2.hpc.{DOM}]
--- before: /home/deploy/.ssh/id_ed25519
+++ after: /home/deploy/.ssh/id_ed25519
@@ -0,0 +1,7 @@
{priv}
PLAY RECAP *********************************************************************
login1.hpc.{DOM} : ok=12 changed=1 unreachable=0 failed=0
"""
    return row("ansible-diff-output", "openssh_private_key", [("openssh_private_key", priv)], t)

@pos
def r_openssh_ecdsa():
    priv = keys.openssh_ecdsa()
    t = f"""# GitLab CI/CD variable export (Settings > CI/CD > Variables), project hpc/cluster-config
- key: SSH_PRIVATE_KEY
  variable_type: file
  protected: true
  masked: false
  value: |
""" + "\n".join("    " + ln for ln in priv.splitlines()) + "\n- key: TARGET_HOST\n  value: slurmctld01.hpc." + DOM + "\n"
    return row("gitlab-variables-yaml", "openssh_private_key_ecdsa", [("openssh_private_key", priv.replace("\n", "\n    "))], t)

@pos
def r_jwt_secret():
    sec = rstr(48, ALNUM)
    t = f"""# hub/config.yaml (zero-to-jupyterhub)
hub:
  config:
    JupyterHub:
      authenticator_class: generic-oauth
    GenericOAuthenticator:
      client_id: jhub-{digits(4)}
      oauth_callback_url: https://jhub.hpc.{DOM}/hub/oauth_callback
  extraEnv:
    JWT_SIGNING_SECRET: "{sec}"
proxy:
  https: {{enabled: true}}
"""
    return row("helm-values-yaml", "jwt_signing_secret", [("jwt_hmac_secret", sec)], t)

def make_jwt(payload, key):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').rstrip(b"=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).rstrip(b"=")
    s = base64.urlsafe_b64encode(hmac.new(key.encode(), h + b"." + p, hashlib.sha256).digest()).rstrip(b"=")
    return (h + b"." + p + b"." + s).decode()

@pos
def r_jwt_token():
    j = make_jwt({"sub": username("Ananya", "Iyer"), "iss": "https://sso." + DOM, "aud": "library-api", "exp": 1796000000, "scope": "loans:write"}, rstr(32))
    t = f"""10.42.{rint(0,255)}.{rint(1,254)} - - [19/Nov/2026:14:03:27 +0000] "GET /api/v2/loans?patron=me HTTP/1.1" 200 812 "-" "python-requests/2.32.3"
    req_headers: {{"Authorization": "Bearer {j}", "X-Request-ID": "{uid()}"}}
"""
    return row("nginx-debug-log", "jwt_bearer_token", [("jwt", j)], t)

@pos
def r_slurm_jwt():
    j = make_jwt({"exp": 1796003600, "iat": 1796000000, "sun": "svc-ood"}, rstr(32))
    t = f"""$ scontrol token username=svc-ood lifespan=3600
SLURM_JWT={j}
$ export SLURM_JWT
$ curl -s -H "X-SLURM-USER-NAME: svc-ood" -H "X-SLURM-USER-TOKEN: $SLURM_JWT" http://slurmrestd.hpc.{DOM}:6820/slurm/v0.0.40/ping
{{"pings":[{{"hostname":"slurmctld01","pinged":"UP","latency":{rint(100,900)}}}]}}
"""
    return row("terminal-session", "slurm_jwt", [("slurm_rest_jwt", j)], t)

@pos
def r_slurm_jwt_key():
    k = b64bytes(32)
    t = f"""# group_vars/slurm_controllers.yml
slurm_cluster_name: aldermoor-hpc
slurm_auth_alt_types: auth/jwt
slurm_jwt_hs256_key_b64: "{k}"
slurm_rest_listen: "0.0.0.0:6820"
slurm_accounting_storage_host: slurmdbd01.hpc.{DOM}
"""
    return row("ansible-group-vars-yaml", "slurm_jwt_key", [("slurm_jwt_hs256_key", k)], t)

@pos
def r_munge():
    k = b64bytes(128)
    t = f"""# host_vars/slurmctld01.yml  (ansible-vault NOT applied — fix before merge!)
munge_key_b64: |
  {k}
slurm_conf_path: /etc/slurm/slurm.conf
slurm_partitions:
  - {{name: cpu, nodes: "cn[001-240]", default: true}}
  - {{name: gpu-a100, nodes: "gn[01-24]"}}
"""
    return row("ansible-host-vars-yaml", "munge_key", [("munge_key_base64", k)], t)

@pos
def r_slurmdbd():
    p = pw()
    t = f"""# /etc/slurm/slurmdbd.conf
AuthType=auth/munge
DbdHost=slurmdbd01
SlurmUser=slurm
LogFile=/var/log/slurm/slurmdbd.log
PidFile=/run/slurmdbd.pid
StorageType=accounting_storage/mysql
StorageHost=mariadb-acct.hpc.{DOM}
StorageUser=slurm_acct
StoragePass={p}
StorageLoc=slurm_acct_db
PurgeJobAfter=24month
"""
    return row("slurmdbd-conf", "slurmdbd_storage_password", [("slurmdbd_storage_pass", p)], t)

@pos
def r_ldap_bind():
    p = pw()
    t = f"""# /etc/sssd/sssd.conf
[sssd]
domains = hpc.{DOM}
services = nss, pam

[domain/hpc.{DOM}]
id_provider = ldap
ldap_uri = ldaps://ldap1.idm.{DOM}, ldaps://ldap2.idm.{DOM}
ldap_search_base = dc=aldermoor,dc=example
ldap_default_bind_dn = uid=svc-sssd,ou=services,dc=aldermoor,dc=example
ldap_default_authtok = {p}
cache_credentials = true
"""
    return row("sssd-conf-ini", "ldap_bind_password", [("ldap_bind_password", p)], t)

@pos
def r_ad_ldif():
    p = pw()
    t = f"""# change request CR-{digits(5)} — create service account for print release
dn: CN=svc-papercut,OU=Service Accounts,DC=ad,DC=aldermoor,DC=example
changetype: add
objectClass: user
sAMAccountName: svc-papercut
userPrincipalName: svc-papercut@ad.{DOM}
description: PaperCut LDAP sync (Leeds + Halifax)
unicodePwd:: {base64.b64encode(('"' + p + '"').encode('utf-16-le')).decode()}
userAccountControl: 66048
"""
    v = base64.b64encode(('"' + p + '"').encode('utf-16-le')).decode()
    return row("ldif", "active_directory_password", [("ad_unicodepwd_base64", v)], t)

@pos
def r_jupyter_token():
    tok = hexs(48)
    t = f"""[I 2026-11-21 09:44:10.512 ServerApp] Jupyter Server 2.14.2 is running at:
[I 2026-11-21 09:44:10.512 ServerApp] http://gn{rint(1,24):02d}:{rint(8800,8999)}/lab?token={tok}
[I 2026-11-21 09:44:10.512 ServerApp]     http://127.0.0.1:{rint(8800,8999)}/lab?token={tok}
[I 2026-11-21 09:44:10.512 ServerApp] Use Control-C to stop this server and shut down all kernels.
    To access the server, open this file in a browser:
        file:///home/{username('Thiago','Pereira')}/.local/share/jupyter/runtime/jpserver-{rint(1000,99999)}-open.html
slurm-{digits(7)}.out (END)
"""
    return row("sbatch-output", "jupyter_server_token", [("jupyter_token", tok)], t)

@pos
def r_jhub_api():
    tok = hexs(32); ck = hexs(64)
    t = f"""c.JupyterHub.services = [
    {{
        "name": "grader-service",
        "api_token": "{tok}",
        "url": "http://grader.jupyterhub.svc.cluster.local:9090",
    }}
]
c.JupyterHub.cookie_secret = bytes.fromhex("{ck}")
c.Spawner.default_url = "/lab"
"""
    return row("jupyterhub-config-py", "jupyterhub_api_token", [("jupyterhub_service_api_token", tok), ("jupyterhub_cookie_secret", ck)], t)

@pos
def r_keytab():
    kt = keys.keytab_b64(["HTTP", f"jhub.hpc.{DOM}"], "HPC.ALDERMOOR.EXAMPLE")
    t = f"""apiVersion: v1
kind: Secret
metadata:
  name: jhub-spnego-keytab
  namespace: jupyterhub
type: Opaque
data:
  http.keytab: {kt}
"""
    return row("k8s-secret-yaml", "kerberos_keytab", [("kerberos_keytab_base64", kt)], t)

@pos
def r_minio():
    ak = rstr(20, UP + DG); sk = rstr(40, ALNUM + "+/")
    t = f"""$ mc alias set hpcdata https://s3.data.{DOM} {ak} {sk}
Added `hpcdata` successfully.
$ mc ls hpcdata/cryoem-raw/2026-11/ | head -3
[2026-11-18 22:14:03 UTC] 4.1GiB STANDARD grid{rint(1,9)}_sq{rint(10,99)}_{digits(5)}.tiff
[2026-11-18 22:14:41 UTC] 4.1GiB STANDARD grid{rint(1,9)}_sq{rint(10,99)}_{digits(5)}.tiff
"""
    return row("terminal-session", "minio_access_key", [("s3_compatible_access_key", ak), ("s3_compatible_secret_key", sk)], t)

@pos
def r_minio_root():
    p = pw(24)
    t = f"""# /etc/default/minio
MINIO_VOLUMES="https://minio{{1...4}}.data.{DOM}:9000/mnt/disk{{1...8}}/minio"
MINIO_OPTS="--console-address :9001"
MINIO_ROOT_USER=minio-admin
MINIO_ROOT_PASSWORD={p}
MINIO_PROMETHEUS_AUTH_TYPE=public
"""
    return row("shell-env-file", "minio_root_password", [("minio_root_password", p)], t)

@pos
def r_ceph():
    k = "AQ" + b64bytes(28)[2:]
    k = "AQ" + base64.b64encode(b"\x01\x00" + __import__("os").urandom(26)).decode()[2:]
    t = f"""$ sudo cat /etc/ceph/ceph.client.cephfs-scratch.keyring
[client.cephfs-scratch]
	key = {k}
	caps mds = "allow rw fsname=scratch"
	caps mon = "allow r fsname=scratch"
	caps osd = "allow rw tag cephfs data=scratch"
"""
    return row("ceph-keyring", "ceph_keyring_key", [("ceph_client_key", k)], t)

@pos
def r_rgw():
    ak = rstr(20, UP + DG); sk = rstr(40, ALNUM)
    t = json.dumps({"user_id": "lib-digitisation", "display_name": "Library digitisation", "max_buckets": 1000,
        "keys": [{"user": "lib-digitisation", "access_key": ak, "secret_key": sk}], "swift_keys": [],
        "caps": [], "op_mask": "read, write, delete", "bucket_quota": {"enabled": False, "max_size": -1}}, indent=2)
    return row("radosgw-admin-json", "ceph_rgw_keys", [("s3_compatible_access_key", ak), ("s3_compatible_secret_key", sk)],
               "$ radosgw-admin user info --uid=lib-digitisation\n" + t)

@pos
def r_smtp():
    p = pw()
    t = f"""# /etc/postfix/sasl_passwd  (relay for clinic appointment reminders)
[smtp-relay.{DOM}]:587    clinic-notify@health.{DOM}:{p}
# postmap /etc/postfix/sasl_passwd && systemctl reload postfix
"""
    return row("postfix-sasl-map", "smtp_password", [("smtp_password", p)], t)

@pos
def r_smtp_django():
    p = pw(); sk = rstr(50, LO + DG + "!@#$%^&*(-_=+)")
    t = f"""# studentservices/settings/prod.py
DEBUG = False
SECRET_KEY = "{sk}"
ALLOWED_HOSTS = ["services.{DOM}"]
EMAIL_HOST = "smtp.office365.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "no-reply-services@{DOM}"
EMAIL_HOST_PASSWORD = "{p}"
"""
    return row("django-settings", "django_secret_key", [("django_secret_key", sk), ("smtp_password", p)], t)

@pos
def r_flask():
    sk = hexs(64)
    t = f"""$ flask --app admissions_portal shell
>>> app.config["SECRET_KEY"]
'{sk}'
>>> app.config["SESSION_COOKIE_NAME"]
'adm_session'
>>> len(app.url_map._rules)
{rint(40,120)}
"""
    return row("python-repl", "flask_secret_key", [("flask_secret_key", sk)], t)

@pos
def r_rails():
    sk = hexs(128)
    t = f"""# config/secrets.yml — alumni directory (legacy Rails 4 app)
production:
  secret_key_base: {sk}
  ldap_host: ldap1.idm.{DOM}
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
"""
    return row("rails-secrets-yaml", "rails_secret_key_base", [("rails_secret_key_base", sk)], t)

@pos
def r_laravel():
    k = "base64:" + b64bytes(32)
    t = f"""APP_NAME="Housing Portal"
APP_ENV=production
APP_KEY={k}
APP_DEBUG=false
APP_URL=https://housing.{DOM}
DB_CONNECTION=mysql
DB_HOST=db-housing.{DOM}
DB_USERNAME=housing
DB_PASSWORD=${{HOUSING_DB_PASSWORD}}
"""
    return row("dotenv", "laravel_app_key", [("laravel_app_key", k)], t)

@pos
def r_wireguard():
    priv, _ = keys.x25519_pair(); _, peerpub = keys.x25519_pair()
    t = f"""# /etc/wireguard/wg-instruments.conf (mass-spec PC VPN to Freiburg core)
[Interface]
PrivateKey = {priv}
Address = 10.77.{rint(0,9)}.{rint(2,250)}/32
DNS = 10.77.0.1

[Peer]
PublicKey = {peerpub}
Endpoint = vpn-instruments.fr.{DOM}:51820
AllowedIPs = 10.77.0.0/16
PersistentKeepalive = 25
"""
    return row("wireguard-conf", "wireguard_private_key", [("wireguard_private_key", priv)], t)

@pos
def r_age():
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    k = "AGE-SECRET-KEY-1" + rstr(58, bech).upper()
    pub = "age1" + rstr(58, bech)
    t = f"""# created: 2026-10-02T11:20:45+09:00
# public key: {pub}
{k}
"""
    return row("age-identity-file", "age_secret_key", [("age_secret_key", k)], "$ cat ~/.config/sops/age/keys.txt\n" + t + "$ sops -d secrets/sendai-lab.enc.yaml > /dev/null && echo ok\nok\n")

@pos
def r_sshpass():
    p = pw()
    t = f"""  812  ping -c2 ms-orbitrap-02.lab.{DOM}
  813  sshpass -p '{p}' scp labadmin@ms-orbitrap-02.lab.{DOM}:'D:/Xcalibur/data/2026-11/*.raw' /data/proteomics/incoming/
  814  ls -lh /data/proteomics/incoming/ | tail
  815  sha256sum /data/proteomics/incoming/*.raw > manifest.sha256
"""
    return row("shell-history", "ssh_password_cli", [("ssh_password", p)], t)

@pos
def r_git_basic():
    p = pw()
    t = f"""[core]
	repositoryformatversion = 0
	bare = false
[remote "origin"]
	url = https://ci-mirror:{p}@git.partner-lab.example/ehr-anon/pipeline.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
"""
    return row("git-config", "basic_auth_url_password", [("url_embedded_password", p)], t)

@pos
def r_netrc():
    p = pw()
    t = f"""$ cat ~/.netrc
machine urs.earthdata.nasa.gov
    login {username('Lachlan','Fitzgerald')}
    password {p}
machine zenodo.org
    login anonymous
$ wget --load-cookies ~/.urs_cookies -q https://e4ftl01.cr.usgs.gov/MOLA/MYD11A1.061/2026.11.01/
"""
    return row("netrc", "netrc_password", [("netrc_password", p)], t)

@pos
def r_pgpass():
    p = pw()
    t = f"""# ~/.pgpass  (chmod 600)
# hostname:port:database:username:password
pg-grants.finance.{DOM}:5432:grants_dw:analyst_ro:{p}
localhost:5432:*:postgres:*
"""
    return row("pgpass", "pgpass_password", [("postgres_password", p)], t)

@pos
def r_docker_auth():
    up = "robot$hpc+ci:" + rstr(32, ALNUM); a = b64(up)
    t = json.dumps({"auths": {f"harbor.ops.{DOM}": {"auth": a}, "ghcr.io": {"credsStore": "desktop"}}, "credsStore": ""}, indent=2)
    return row("docker-config-json", "docker_registry_auth", [("docker_config_auth_b64", a)], "$ cat ~/.docker/config.json\n" + t)

@pos
def r_ipmi():
    p = pw(); sp = rstr(24, ALNUM)
    t = f"""# inventory/hpc.ini
[gpu_nodes]
gn[01:24].hpc.{DOM}

[gpu_nodes:vars]
ipmi_user=ADMIN
ipmi_password={p}
bmc_domain=bmc.hpc.{DOM}
snmp_v3_auth_pass={sp}
"""
    return row("ansible-inventory-ini", "ipmi_bmc_password", [("ipmi_password", p), ("snmpv3_auth_passphrase", sp)], t)

@pos
def r_radius():
    s = rstr(28, ALNUM)
    t = f"""# /etc/freeradius/3.0/clients.conf  — eduroam (Adelaide)
client wlc-adl-01 {{
    ipaddr = 10.{rint(10,99)}.{rint(0,255)}.{rint(1,254)}
    secret = {s}
    shortname = wlc-adl-01
    nas_type = other
}}
"""
    return row("freeradius-conf", "radius_shared_secret", [("radius_shared_secret", s)], t)

@pos
def r_telegram():
    tok = f"{digits(10)}:AA{rstr(33, B64URL)}"
    t = f"""import telebot, os
# quick hack for the Campinas lab freezer alarms — move to env later
bot = telebot.TeleBot("{tok}")
FREEZER_CHAT = -100{digits(10)}
THRESHOLD_C = -70.0
"""
    return row("python-source", "telegram_bot_token", [("telegram_bot_token", tok)], t)

@pos
def r_google_oauth():
    cs = "GOCSPX-" + rstr(28, B64URL); rt = "1//0" + rstr(100, B64URL)
    t = json.dumps({"installed": {"client_id": f"{digits(12)}-{rstr(32, LO+DG)}.apps.googleusercontent.com",
        "project_id": "ald-field-survey", "client_secret": cs, "redirect_uris": ["http://localhost"]},
        "token": {"refresh_token": rt, "token_uri": "https://oauth2.googleapis.com/token", "scopes": ["https://www.googleapis.com/auth/spreadsheets"]}}, indent=2)
    return row("json-credentials-file", "google_oauth_client_secret", [("google_oauth_client_secret", cs), ("google_oauth_refresh_token", rt)], t)

@pos
def r_ado():
    tok = rstr(52, LO + "234567")
    t = f"""steps:
- script: |
    git clone https://build:{tok}@dev.azure.com/aldermoor-it/identity/_git/provisioning
    cd provisioning && ./run.sh --campus hfx
  displayName: 'clone provisioning (temp PAT)'
- task: PublishBuildArtifacts@1
"""
    return row("azure-pipelines-yaml", "azure_devops_pat", [("azure_devops_pat", tok)], t)

@pos
def r_bitbucket():
    tok = "ATBB" + rstr(28, ALNUM) + HEXs(8)
    t = f"""Fetching https://bitbucket.org/partner-bio/qc-scripts.git
  credential helper: store
  stored: https://{username('Adaeze','Okafor')}:{tok}@bitbucket.org
remote: Counting objects: {rint(100,999)}, done.
Receiving objects: 100% ({rint(100,999)}/{rint(100,999)}), 1.21 MiB | 8.4 MiB/s, done.
"""
    return row("git-verbose-output", "bitbucket_app_password", [("bitbucket_app_password", tok)], t)

@pos
def r_postman():
    k = "PMAK-" + hexs(24) + "-" + hexs(34)
    t = f"""{{
  "id": "{uid()}",
  "name": "Registrar API – staging",
  "values": [
    {{"key": "baseUrl", "value": "https://api-stg.registrar.{DOM}", "enabled": true}},
    {{"key": "postmanApiKey", "value": "{k}", "type": "secret", "enabled": true}}
  ],
  "_postman_variable_scope": "environment"
}}"""
    return row("postman-environment-json", "postman_api_key", [("postman_api_key", k)], t)

@pos
def r_mapbox_sk():
    k = "sk.eyJ1IjoiYWxkZXJtb29yLWdpcyIsImEiOiJ" + rstr(20, ALNUM) + "In0." + rstr(22, B64URL)
    t = f"""MAPBOX_PUBLIC_STYLE=mapbox://styles/aldermoor-gis/{rstr(25, LO+DG)}
MAPBOX_UPLOAD_TOKEN={k}
TILESET_PREFIX=aldermoor-gis.campus-
"""
    return row("dotenv", "mapbox_secret_token", [("mapbox_secret_token", k)], t)

@pos
def r_algolia():
    adm = hexs(32)
    t = f"""const algoliasearch = require('algoliasearch');
// indexer (server only)
const client = algoliasearch('{rstr(10, UP+DG)}', '{adm}');  // admin key
const index = client.initIndex('library_catalogue_prod');
index.setSettings({{ searchableAttributes: ['title', 'author', 'subject'] }});
"""
    return row("javascript-source", "algolia_admin_key", [("algolia_admin_api_key", adm)], t)

@pos
def r_fcm():
    k = "AAAA" + rstr(7, B64URL) + ":APA91b" + rstr(134, B64URL)
    t = f"""campus_app:
  push:
    provider: fcm-legacy
    server_key: "{k}"
    sender_id: "{digits(12)}"
  deep_link_host: app.{DOM}
"""
    return row("yaml-config", "fcm_server_key", [("firebase_cloud_messaging_server_key", k)], t)

@pos
def r_hubspot():
    k = f"pat-eu1-{uid()}"
    t = f"""# alumni CRM sync job — crontab -l
15 2 * * * HUBSPOT_TOKEN={k} /opt/alumni-sync/bin/sync --since 24h >> /var/log/alumni-sync.log 2>&1
45 2 * * 0 /opt/alumni-sync/bin/dedupe --report /srv/reports/dedupe-$(date +\\%F).csv
"""
    return row("crontab", "hubspot_private_app_token", [("hubspot_private_app_token", k)], t)

@pos
def r_zendesk():
    k = rstr(40, ALNUM)
    t = f"""Zendesk integration (IT helpdesk) — settings export
subdomain: aldermoor-it
email/token auth: servicedesk-bot@{DOM}/token
api_token: {k}
default_group_id: {digits(14)}
sla_policy: "Standard – 8 business hours"
"""
    return row("settings-export-text", "zendesk_api_token", [("zendesk_api_token", k)], t)

@pos
def r_duo():
    ikey = "DI" + rstr(18, UP + DG); skey = rstr(40, ALNUM)
    t = f"""; /etc/duo/pam_duo.conf  (login nodes)
[duo]
ikey = {ikey}
skey = {skey}
host = api-{hexs(8)}.duosecurity.com
pushinfo = yes
failmode = safe
groups = hpc-users,!hpc-svc
"""
    return row("ini-config", "duo_secret_key", [("duo_integration_secret_key", skey)], t)

@pos
def r_elastic():
    ek = b64(rstr(20, B64URL) + ":" + rstr(22, B64URL))
    t = f"""filebeat.inputs:
  - type: filestream
    id: slurmctld
    paths: [/var/log/slurm/slurmctld.log]
output.elasticsearch:
  hosts: ["https://es.ops.{DOM}:9200"]
  api_key: "{ek}"
setup.ilm.enabled: false
"""
    return row("filebeat-yaml", "elastic_api_key", [("elasticsearch_api_key", ek)], t)

@pos
def r_splunk():
    tok = uid()
    t = f"""[http://clinic-ehr-audit]
disabled = 0
token = {tok}
index = health_audit
sourcetype = ehr:audit:json
useACK = true
"""
    return row("splunk-inputs-conf", "splunk_hec_token", [("splunk_hec_token", tok)], "$ cat $SPLUNK_HOME/etc/apps/hec_clinic/local/inputs.conf\n" + t)

@pos
def r_jenkins():
    tok = "11" + hexs(32)
    t = f"""+ curl -sS -X POST -u svc-build:{tok} https://jenkins.lab.{DOM}/job/instrument-drivers/buildWithParameters?BRANCH=main
Started by remote host 10.{rint(10,99)}.{rint(0,255)}.{rint(1,254)}
Building remotely on win-instr-agent-{rint(1,6)} in workspace C:\\jenkins\\workspace\\instrument-drivers
Finished: SUCCESS
"""
    return row("jenkins-console-log", "jenkins_api_token", [("jenkins_api_token", tok)], t)

@pos
def r_sonar():
    tok = "sqp_" + hexs(40)
    t = f"""sonar-scanner \\
  -Dsonar.projectKey=aldermoor_sis-portal \\
  -Dsonar.sources=src \\
  -Dsonar.host.url=https://sonar.{DOM} \\
  -Dsonar.token={tok}
INFO: Scanner configuration file: /opt/sonar-scanner/conf/sonar-scanner.properties
INFO: Analysis report uploaded in 412ms
"""
    return row("ci-shell-log", "sonarqube_token", [("sonarqube_token", tok)], t)

@pos
def r_artifactory():
    k = "AKCp" + rstr(69, ALNUM)
    t = f"""<settings>
  <servers>
    <server>
      <id>aldermoor-libs-release</id>
      <username>ci-maven</username>
      <password>{k}</password>
    </server>
  </servers>
</settings>
"""
    return row("maven-settings-xml", "artifactory_api_key", [("jfrog_artifactory_api_key", k)], t)

@pos
def r_harbor():
    s = rstr(32, ALNUM)
    t = json.dumps({"id": rint(10, 99), "name": "robot$hpc+ci-push", "secret": s, "expires_at": 1830000000,
                    "creation_time": iso()}, indent=2)
    return row("harbor-api-json", "harbor_robot_secret", [("harbor_robot_secret", s)], "POST /api/v2.0/robots -> 201 Created\n" + t)

@pos
def r_keycloak():
    s = rstr(32, ALNUM)
    t = f"""# gitlab.rb excerpt
gitlab_rails['omniauth_providers'] = [
  {{ name: "openid_connect", label: "Aldermoor SSO",
    args: {{ name: "openid_connect", scope: ["openid","profile","email"], discovery: true,
      issuer: "https://sso.{DOM}/realms/aldermoor",
      client_options: {{ identifier: "gitlab", secret: "{s}", redirect_uri: "https://gitlab.{DOM}/users/auth/openid_connect/callback" }} }} }}
]
"""
    return row("ruby-config", "oidc_client_secret", [("keycloak_client_secret", s)], t)

@pos
def r_tailscale():
    k = f"tskey-auth-k{rstr(12, ALNUM)}CNTRL-{rstr(33, ALNUM)}"
    t = f"""#cloud-config
hostname: fieldstation-{rint(1,9)}
runcmd:
  - curl -fsSL https://tailscale.com/install.sh | sh
  - tailscale up --authkey={k} --advertise-tags=tag:fieldstation
  - systemctl enable --now chrony
"""
    return row("cloud-init-yaml", "tailscale_auth_key", [("tailscale_auth_key", k)], t)

@pos
def r_doppler():
    k = "dp.st.prd." + rstr(40, ALNUM)
    t = f"""FROM python:3.12-slim
ENV DOPPLER_TOKEN={k}
RUN pip install --no-cache-dir doppler-env==0.3.1
COPY . /app
CMD ["doppler", "run", "--", "gunicorn", "app:app"]
"""
    return row("dockerfile", "doppler_service_token", [("doppler_service_token", k)], t)

@pos
def r_pulumi():
    k = "pul-" + hexs(40)
    t = f"""$ pulumi login
Manage your Pulumi stacks by logging in.
Enter your access token from https://app.pulumi.com/account/tokens
    or hit <ENTER> to log in using your browser                   : {k}
  Welcome to Pulumi!
Logged in to pulumi.com as aldermoor-infra (https://app.pulumi.com/aldermoor-infra)
"""
    return row("terminal-session", "pulumi_access_token", [("pulumi_access_token", k)], t)

@pos
def r_linear_notion():
    lk = "lin_api_" + rstr(40, ALNUM); nk = "ntn_" + digits(11) + rstr(35, ALNUM)
    t = f"""# integrations.toml (student-union tech team)
[linear]
api_key = "{lk}"
team = "SU-WEB"
[notion]
token = "{nk}"
database_id = "{hexs(32)}"
"""
    return row("toml-config", "linear_api_key", [("linear_api_key", lk), ("notion_integration_token", nk)], t)

@pos
def r_airtable():
    k = "pat" + rstr(14, ALNUM) + "." + hexs(64)
    t = f"""> curl "https://api.airtable.com/v0/app{rstr(14, ALNUM)}/Volunteers?maxRecords=3" -H "Authorization: Bearer {k}"
{{"records":[{{"id":"rec{rstr(14, ALNUM)}","createdTime":"{iso()}","fields":{{"Shift":"Open Day – Leeds","Slots":12}}}}]}}
"""
    return row("curl-session", "airtable_pat", [("airtable_personal_access_token", k)], t)

@pos
def r_asana():
    k = f"2/{digits(16)}/{digits(16)}:{hexs(32)}"
    t = f"""2026-11-09 08:15:02 asana-export INFO using token {k}
2026-11-09 08:15:03 asana-export INFO workspace gid={digits(16)} projects=37
2026-11-09 08:15:09 asana-export INFO exported 1,204 tasks to s3://ald-admin-exports/asana/2026-11-09.json.gz
"""
    return row("app-log", "asana_pat", [("asana_personal_access_token", k)], t)

@pos
def r_dropbox():
    k = "sl.u." + rstr(140, B64URL)
    t = f"""# rclone.conf
[fieldwork-dropbox]
type = dropbox
token = {{"access_token":"{k}","token_type":"bearer","expiry":"{iso()}"}}

[hpc-scratch]
type = local
"""
    return row("rclone-conf", "dropbox_access_token", [("dropbox_access_token", k)], t)

@pos
def r_matrix():
    k = "syt_" + b64("ops-bot").rstrip("=") + "_" + rstr(20, ALNUM) + "_" + rstr(6, ALNUM)
    t = f"""homeserver: https://matrix.{DOM}
user_id: "@ops-bot:{DOM}"
access_token: {k}
rooms:
  - "!{rstr(18, ALNUM)}:{DOM}"
"""
    return row("yaml-config", "matrix_access_token", [("matrix_synapse_access_token", k)], t)

@pos
def r_nuget_gems():
    nk = "oy2" + rstr(43, LO + DG); gk = "rubygems_" + hexs(48)
    t = f"""PS> dotnet nuget push .\\bin\\Release\\Aldermoor.Instruments.Core.3.2.0.nupkg --api-key {nk} --source https://api.nuget.org/v3/index.json
Pushing Aldermoor.Instruments.Core.3.2.0.nupkg to 'https://www.nuget.org/api/v2/package'...
  Created https://www.nuget.org/api/v2/package/ 1843ms
PS> $env:GEM_HOST_API_KEY = "{gk}"
"""
    return row("powershell-session", "nuget_api_key", [("nuget_api_key", nk), ("rubygems_api_key", gk)], t)

@pos
def r_buildkite():
    k = "bkua_" + hexs(40)
    t = f"""buildkite-agent.cfg
token="{k}"
name="hpc-gpu-%spawn"
tags="queue=gpu,cluster=aldermoor"
build-path="/scratch/buildkite/builds"
"""
    return row("agent-cfg", "buildkite_agent_token", [("buildkite_api_token", k)], t)

@pos
def r_netbox_proxmox():
    tok = uid()
    t = f"""# /etc/pve-backup/targets.yml
proxmox:
  host: pve01.lab.{DOM}
  api_token: "PVEAPIToken=backup@pve!nightly={tok}"
  verify_ssl: true
retention: {{daily: 7, weekly: 4}}
"""
    return row("yaml-config", "proxmox_api_token", [("proxmox_api_token_secret", tok)], t)

@pos
def r_influx():
    k = rstr(86, B64URL) + "=="
    t = f"""[[outputs.influxdb_v2]]
  urls = ["https://influx.ops.{DOM}:8086"]
  token = "{k}"
  organization = "aldermoor-facilities"
  bucket = "cryo-freezers"
[[inputs.snmp]]
  agents = ["udp://freezer-{rint(1,30):02d}.lab.{DOM}:161"]
"""
    return row("telegraf-toml", "influxdb_token", [("influxdb_api_token", k)], t)

@pos
def r_openstack():
    s = rstr(86, B64URL)
    t = f"""clouds:
  aldermoor-nectar:
    auth_type: v3applicationcredential
    auth:
      auth_url: https://keystone.cloud.{DOM}:5000/v3
      application_credential_id: "{hexs(32)}"
      application_credential_secret: "{s}"
    region_name: ADL
    interface: public
"""
    return row("openstack-clouds-yaml", "openstack_application_credential", [("openstack_app_credential_secret", s)], t)

@pos
def r_wandb():
    k = hexs(40)
    t = f"""machine api.wandb.ai
  login user
  password {k}
"""
    return row("netrc", "wandb_api_key", [("wandb_api_key", k)], "$ cat ~/.netrc   # written by `wandb login`\n" + t + "$ wandb status | head -3\nCurrent Settings\n{\"entity\": \"ald-vision-lab\", \"project\": \"seg-cryoet\"}\n")

@pos
def r_kaggle():
    k = hexs(32)
    t = json.dumps({"username": username("Meera", "Menon"), "key": k})
    return row("json-credentials-file", "kaggle_api_key", [("kaggle_api_key", k)],
               "In [4]: !cat ~/.kaggle/kaggle.json\n" + t + "\nIn [5]: !kaggle competitions download -c satellite-crop-yield-2026 -p /scratch/data\nDownloading satellite-crop-yield-2026.zip to /scratch/data\n100%|██████████| 2.31G/2.31G [00:41<00:00, 59.6MB/s]")

@pos
def r_recaptcha():
    site = "6L" + rstr(38, B64URL); secret = "6L" + rstr(38, B64URL)
    t = f"""RECAPTCHA_SITE_KEY={site}
RECAPTCHA_SECRET_KEY={secret}
APPLICATION_PORTAL_CYCLE=2027-entry
UPLOAD_MAX_MB=20
"""
    return row("dotenv", "recaptcha_secret_key", [("recaptcha_secret_key", secret)], t)

@pos
def r_zenodo():
    k = rstr(60, ALNUM)
    t = f"""# ~/.config/zenodo-upload/config.ini
[zenodo]
base_url = https://zenodo.org/api
access_token = {k}
community = aldermoor-open-data
[defaults]
license = cc-by-4.0
"""
    return row("ini-config", "zenodo_access_token", [("zenodo_access_token", k)], t)

@pos
def r_figshare():
    k = hexs(128)
    t = f"""In [12]: import requests
In [13]: FIGSHARE_TOKEN = "{k}"
In [14]: r = requests.get("https://api.figshare.com/v2/account/articles", headers={{"Authorization": f"token {{FIGSHARE_TOKEN}}"}})
In [15]: r.status_code, len(r.json())
Out[15]: (200, 14)
"""
    return row("ipython-session", "figshare_token", [("figshare_personal_token", k)], t)

@pos
def r_dataverse():
    k = uid()
    t = f"""#!/bin/sh
# deposit.sh — push survey wave 4 to institutional Dataverse
export API_TOKEN={k}
export SERVER_URL=https://dataverse.{DOM}
curl -H "X-Dataverse-key:$API_TOKEN" -X POST -F "file=@wave4_codebook.pdf" \\
  "$SERVER_URL/api/datasets/:persistentId/add?persistentId=doi:10.5072/FK2/{rstr(6, UP+DG)}"
"""
    return row("posix-shell-script", "dataverse_api_token", [("dataverse_api_token", k)], t)

@pos
def r_osf():
    k = rstr(70, ALNUM)
    t = f"""osf:
  username: {username('Zeynep','Kaya')}@{DOM}
  token: {k}
  project: {rstr(5, LO+DG)}
storage: osfstorage
"""
    return row("yaml-config", "osf_personal_access_token", [("osf_personal_access_token", k)], "$ cat .osfcli.yml\n" + t)

@pos
def r_globus():
    s = b64bytes(33)
    t = f"""GLOBUS_CLIENT_ID={uid()}
GLOBUS_CLIENT_SECRET={s}
GLOBUS_COLLECTION_SCRATCH={uid()}
TRANSFER_LABEL="cryo-EM nightly to archive"
"""
    return row("dotenv", "globus_client_secret", [("globus_confidential_client_secret", s)], t)

@pos
def r_redcap():
    k = HEXs(32)
    t = f"""library(REDCapR)
uri   <- "https://redcap.health.{DOM}/api/"
token <- "{k}"  # project 1187: sleep-study-2026
ds <- redcap_read(redcap_uri = uri, token = token, fields = c("record_id", "visit_date", "psqi_total"))$data
summary(ds$psqi_total)
"""
    return row("r-script", "redcap_api_token", [("redcap_api_token", k)], t)

@pos
def r_qualtrics():
    k = rstr(40, ALNUM)
    t = f"""QUALTRICS_DATACENTER=fra1
QUALTRICS_API_TOKEN={k}
SURVEY_IDS=SV_{rstr(15, ALNUM)},SV_{rstr(15, ALNUM)}
"""
    return row("dotenv", "qualtrics_api_token", [("qualtrics_api_token", k)], "# course-eval-export/.env\n" + t)

@pos
def r_canvas():
    k = f"{rint(1000,9999)}~" + rstr(64, ALNUM)
    t = f"""Helpdesk chat transcript #{digits(6)}
[10:02] Student: the grade sync script says 401
[10:03] Agent (Harriet): can you paste your config (without secrets pls)?
[10:04] Student: canvas_url=https://canvas.{DOM} canvas_token={k} course=ENG-2041
[10:05] Agent (Harriet): please revoke that token in Account > Settings now, I'll note it on the ticket.
"""
    return row("chat-transcript", "canvas_lms_token", [("canvas_lms_access_token", k)], t)

@pos
def r_moodle():
    k = hexs(32)
    t = f"""GET /webservice/rest/server.php?wstoken={k}&wsfunction=core_enrol_get_enrolled_users&courseid={rint(100,9999)}&moodlewsrestformat=json HTTP/1.1
Host: learn.{DOM}
User-Agent: attendance-sync/2.3
Accept: application/json
"""
    return row("http-request", "moodle_webservice_token", [("moodle_webservice_token", k)], t)

@pos
def r_zoom():
    s = rstr(32, ALNUM)
    t = f"""zoom_s2s:
  account_id: {rstr(22, B64URL)}
  client_id: {rstr(22, ALNUM)}
  client_secret: {s}
recordings:
  retention_days: 120
  transcripts: true
"""
    return row("yaml-config", "zoom_client_secret", [("zoom_oauth_client_secret", s)], t)

@pos
def r_k8s_secret_data():
    p = pw(); enc = b64(p)
    t = f"""apiVersion: v1
kind: Secret
metadata:
  name: grafana-admin
  namespace: monitoring
  uid: {uid()}
type: Opaque
data:
  admin-user: {b64('admin')}
  admin-password: {enc}
"""
    return row("k8s-secret-yaml", "k8s_secret_base64_password", [("k8s_secret_data_password_b64", enc)], t)

@pos
def r_kubeadm():
    tok = rstr(6, LO + DG) + "." + rstr(16, LO + DG)
    t = f"""Your Kubernetes control-plane has initialized successfully!

You can now join any number of machines by running the following on each node
as root:

  kubeadm join k8s-api.ops.{DOM}:6443 --token {tok} \\
	--discovery-token-ca-cert-hash sha256:{sha256()}
"""
    return row("kubeadm-output", "kubeadm_bootstrap_token", [("kubernetes_bootstrap_token", tok)], t)

@pos
def r_kubeconfig_sa():
    j = make_jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "argo", "sub": "system:serviceaccount:argo:deployer"}, rstr(32))
    t = f"""apiVersion: v1
kind: Config
clusters:
- name: ald-research
  cluster:
    server: https://k8s-api.ops.{DOM}:6443
    certificate-authority-data: {b64bytes(60)}
users:
- name: argo-deployer
  user:
    token: {j}
contexts:
- name: argo@ald-research
  context: {{cluster: ald-research, user: argo-deployer, namespace: argo}}
current-context: argo@ald-research
"""
    return row("kubeconfig-yaml", "kubernetes_sa_token", [("kubernetes_service_account_token", j)], t)

@pos
def r_cloud_init_pw():
    p = pw()
    t = f"""#cloud-config
users:
  - name: labtech
    groups: [sudo]
    lock_passwd: false
    plain_text_passwd: '{p}'
ssh_pwauth: true
packages: [chrony, nfs-common]
"""
    return row("cloud-init-yaml", "plaintext_user_password", [("user_password", p)], t)

@pos
def r_instrument_ini():
    p = pw(12)
    t = f"""; C:\\ProgramData\\Confocal\\export.ini  (Zeiss-type export share, Sendai imaging)
[Share]
UNC=\\\\nas-imaging.sdj.{DOM}\\confocal$
User=SDJ\\svc-confocal
Password={p}
[Export]
Format=OME-TIFF
Compression=LZW
"""
    return row("windows-ini", "smb_share_password", [("windows_share_password", p)], t)

@pos
def r_sql_create_user():
    p = pw()
    t = f"""mysql> CREATE USER 'alumni_ro'@'10.%' IDENTIFIED BY '{p}';
Query OK, 0 rows affected (0.01 sec)

mysql> GRANT SELECT ON alumni.* TO 'alumni_ro'@'10.%';
Query OK, 0 rows affected (0.00 sec)
"""
    return row("mysql-cli-session", "sql_user_password", [("database_password", p)], t)

@pos
def r_hashicorp_vault_kv():
    p = pw(); k = rstr(32, ALNUM)
    t = f"""$ vault kv get -format=json secret/library/ezproxy
{{
  "request_id": "{uid()}",
  "data": {{
    "data": {{"admin_password": "{p}", "wskey": "{k}"}},
    "metadata": {{"created_time": "{iso()}", "version": 4}}
  }}
}}
"""
    return row("vault-kv-json", "vault_kv_secret_value", [("application_password", p), ("oclc_wskey", k)], t)

@pos
def r_sftp_password_csv():
    p = pw()
    t = f"""system,host,user,password,owner,notes
transcript-feed,sftp.partner-board.example,ald_xfer,{p},registrar,nightly 02:00 UTC
grants-portal,sftp.funder.example,ald_grants,<see vault>,research office,quarterly
"""
    return row("csv-export", "sftp_password", [("sftp_password", p)], t)

@pos
def r_encrypted_opensearch_dashboards():
    p = pw()
    t = f"""server.host: "0.0.0.0"
opensearch.hosts: ["https://os-logs.ops.{DOM}:9200"]
opensearch.username: "kibanaserver"
opensearch.password: "{p}"
opensearch.ssl.verificationMode: full
opensearch_security.multitenancy.enabled: true
"""
    return row("opensearch-dashboards-yaml", "opensearch_password", [("service_password", p)], t)

@pos
def r_snowflake_key_pair():
    k = keys.rsa_pkcs8()
    t = f"""# dbt profiles.yml — finance warehouse
finance_dw:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: ald-{rstr(7, LO)}
      user: DBT_FINANCE
      private_key: |
""" + "\n".join("        " + ln for ln in k.splitlines()) + "\n      warehouse: FIN_WH\n"
    return row("dbt-profiles-yaml", "rsa_private_key_pkcs8", [("pkcs8_private_key_pem", k.replace("\n", "\n        "))], t)
