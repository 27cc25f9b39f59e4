"""Generator for secrets.jsonl (heldout38). Run: python3 build/gen_secrets.py"""
import json, random, sys, os, hashlib, base64, string
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from cryptography.hazmat.primitives.asymmetric import rsa, ec, ed25519
from cryptography.hazmat.primitives import serialization as ser

H = "northmoor-health.example"; INS = "calderon-mutual.example"

def pem_rsa_pkcs8(bits=2048):
    k = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    return k.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.PKCS8, ser.NoEncryption()).decode().strip()
def pem_rsa_pkcs1(bits=2048):
    k = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    return k.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.TraditionalOpenSSL, ser.NoEncryption()).decode().strip()
def pem_ec_pkcs8(curve=ec.SECP384R1()):
    k = ec.generate_private_key(curve)
    return k.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.PKCS8, ser.NoEncryption()).decode().strip()
def pem_ec_sec1():
    k = ec.generate_private_key(ec.SECP256R1())
    return k.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.TraditionalOpenSSL, ser.NoEncryption()).decode().strip()
def openssh_ed25519():
    k = ed25519.Ed25519PrivateKey.generate()
    return k.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.OpenSSH, ser.NoEncryption()).decode().strip()
def pub_rsa_pem():
    k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return k.public_key().public_bytes(ser.Encoding.PEM, ser.PublicFormat.SubjectPublicKeyInfo).decode().strip()
def ssh_pub():
    k = ed25519.Ed25519PrivateKey.generate()
    return k.public_key().public_bytes(ser.Encoding.OpenSSH, ser.PublicFormat.OpenSSH).decode()
def self_signed_cert():
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes
    import datetime
    k = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fhir-gw." + H)])
    now = datetime.datetime(2026, 11, 1)
    c = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(k.public_key())
         .serial_number(x509.random_serial_number()).not_valid_before(now)
         .not_valid_after(now + datetime.timedelta(days=398)).sign(k, hashes.SHA256()))
    return c.public_bytes(ser.Encoding.PEM).decode().strip()

def pw(n=None):
    n = n or R.randint(14, 22)
    alpha = string.ascii_letters + string.digits + "!#%^*_-+=?"
    while True:
        p = rs(n, alpha)
        if any(c.isdigit() for c in p) and any(c in "!#%^*_-+=?" for c in p) and any(c.isupper() for c in p):
            return p
def pw_url(n=None):  # password safe inside URIs (no reserved chars)
    n = n or R.randint(16, 24)
    return rs(n, string.ascii_letters + string.digits + "-_~.")

def ts():
    m = R.randint(9, 12)
    return f"2026-{m:02d}-{R.randint(1, 7 if m == 12 else 28):02d}T{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}Z"
def ip_priv():
    return f"10.{R.randint(10,90)}.{R.randint(0,255)}.{R.randint(2,250)}"

# ---------------- secret value generators (real documented shapes) ----------------
def aws_akid(): return "AKIA" + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
def aws_asia(): return "ASIA" + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
def aws_secret(): return rs(40, string.ascii_letters + string.digits + "/+")
def az_storage_key(): return b64(64)
def az_sb_key(): return b64(32)
def az_client_secret(): return rs(3, ALNUM) + "8Q~" + rs(34, ALNUM + "~_.-")
def azdo_pat(): return rs(52, "abcdefghijklmnopqrstuvwxyz234567")
def gh_pat(): return crc_token("ghp_")
def gh_fine(): return "github_pat_11" + rs(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_" + rs(59, ALNUM)
def glpat(): return "glpat-" + rs(20, ALNUM + "-_")
def slack_bot(): return f"xoxb-{digits(12,True)}-{digits(13,True)}-{rs(24)}"
def stripe_sk(): return "sk_live_51" + rs(97, ALNUM)
def sendgrid(): return "SG." + rs(22, ALNUM + "-_") + "." + rs(43, ALNUM + "-_")
def twilio_tok(): return hexs(32)
def hvs(): return "hvs." + rs(90, ALNUM + "_-")

rows = []
def row(fmt, cat, secs, text):
    if len(text) < 200:
        text = text + "\n[tool] exit code 0 - output shown in full (" + str(len(text.splitlines())) + " lines)\n"
    for k, v in secs:
        assert v in text, (cat, k)
    rows.append({"format": fmt, "label": "secret", "category": cat,
                 "secrets": [{"kind": k, "value": v} for k, v in secs], "text": text})

def S(f):  # register builder
    f(); return f

# ---------------- secret rows ----------------
@S
def _():
    a, s = aws_akid(), aws_secret()
    row("shell:cat_aws_credentials", "aws_access_key", [("aws_access_key_id", a), ("aws_secret_access_key", s)],
f"""$ cat ~/.aws/credentials
[default]
region = eu-west-1

[nmh-claims-archive]
aws_access_key_id = {a}
aws_secret_access_key = {s}
# owner: claims-archive svc, rotated {ts()[:10]} (ticket HD-{digits(6)})
""")
@S
def _():
    a, s, t = aws_asia(), aws_secret(), "IQoJb3JpZ2luX2VjE" + rs(300, ALNUM + "/+") + "=="
    row("json:aws_sts_assume_role", "aws_session_credentials", [("aws_temporary_access_key_id", a), ("aws_secret_access_key", s), ("aws_session_token", t)],
json.dumps({"Credentials": {"AccessKeyId": a, "SecretAccessKey": s, "SessionToken": t, "Expiration": ts()},
 "AssumedRoleUser": {"AssumedRoleId": "AROA" + rs(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + ":pacs-migration", "Arn": f"arn:aws:sts::{digits(12,True)}:assumed-role/PacsMigration/pacs-migration"}}, indent=2))
@S
def _():
    k = az_storage_key(); acct = "nmhdicomarch" + digits(2)
    cs = f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={k};EndpointSuffix=core.windows.net"
    row("appsettings.json", "azure_storage_connection_string", [("azure_storage_connection_string", cs)],
json.dumps({"Logging": {"LogLevel": {"Default": "Information"}}, "DicomArchive": {"ContainerName": "studies-2026", "ConnectionString": cs, "RetentionDays": 3650}}, indent=2))
@S
def _():
    k = az_storage_key()
    row("azure_cli:storage_account_keys_list", "azure_storage_account_key", [("azure_storage_account_key", k)],
"$ az storage account keys list -g rg-nmh-imaging-weu -n nmhimgprod01 -o json\n" + json.dumps([
 {"creationTime": ts(), "keyName": "key1", "permissions": "FULL", "value": k},
 {"creationTime": ts(), "keyName": "key2", "permissions": "FULL", "value": "********"}], indent=2))
@S
def _():
    sig = base64.b64encode(secrets.token_bytes(32)).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    url = f"https://nmhexport{digits(2)}.blob.core.windows.net/claims-outbound/835_batch.zip?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-12-01T00:00:00Z&spr=https&sig={sig}"
    row("email:plaintext", "azure_sas_url", [("azure_sas_url", url)],
f"""From: remit-ops@{INS}
To: rcm-team@{H}
Subject: Re: 835 remits for Nov not arriving

Hi all, until the SFTP job is fixed you can pull the batch directly here (valid to end of month):
{url}

Batch control 000{digits(6)}, 412 CLP loops, total paid USD {R.randint(200000,900000)}.{digits(2)}.
Thanks, Remittance Operations
""")
@S
def _():
    s = az_client_secret(); app = uid(); ten = uid()
    row("azure_cli:ad_app_credential_reset", "azure_ad_client_secret", [("azure_ad_client_secret", s)],
"$ az ad app credential reset --id " + app + " --display-name fhir-sync-2026 --years 1\n" + json.dumps({"appId": app, "password": s, "tenant": ten}, indent=2) +
"\nWARNING: The output includes credentials that you must protect.")
@S
def _():
    p = azdo_pat()
    row("yaml:azure_pipelines", "azure_devops_pat", [("azure_devops_pat", p)],
f"""# azure-pipelines.yml  (nmh-integration/hl7-router)
trigger:
  branches: {{ include: [ main ] }}
pool: {{ vmImage: ubuntu-22.04 }}
variables:
  buildConfiguration: Release
  AZDO_FEED_PAT: {p}   # TODO move to library group
steps:
- script: dotnet restore --source https://pkgs.dev.azure.com/northmoor/_packaging/nmh-shared/nuget/v3/index.json
  env: {{ NUGET_PAT: $(AZDO_FEED_PAT) }}
- script: dotnet build -c $(buildConfiguration)
""")
@S
def _():
    k = az_sb_key()
    cs = f"Endpoint=sb://nmh-lab-events.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={k}"
    row("log:dotnet_exception", "azure_servicebus_connection_string", [("azure_servicebus_connection_string", cs)],
f"""{ts()} fail: LabResults.Dispatcher[0]
      Failed to start processor for queue 'oru-r01-inbound' (connection: {cs})
      Azure.Messaging.ServiceBus.ServiceBusException: The messaging entity 'sb://nmh-lab-events.servicebus.windows.net/oru-r01-inbound' could not be found. (MessagingEntityNotFound)
         at Azure.Messaging.ServiceBus.Amqp.AmqpReceiver.OpenLinkAsync(...)
      TrackingId:{uid()}_G12, SystemTracker:gateway7
""")
@S
def _():
    k = b64(64)
    cs = f"AccountEndpoint=https://nmh-scheduling-cosmos.documents.azure.com:443/;AccountKey={k};"
    row("dotenv", "azure_cosmosdb_connection_string", [("azure_cosmosdb_connection_string", cs)],
f"""# scheduling-api .env (staging)
ASPNETCORE_ENVIRONMENT=Staging
COSMOS_DB=scheduling
COSMOS_CONTAINER=appointments
COSMOS_CONNECTION={cs}
FEATURE_WAITLIST=true
APPINSIGHTS_CONNECTIONSTRING=InstrumentationKey={uid()};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/
""")
@S
def _():
    k = pem_rsa_pkcs8(); kid = hexs(40); em = f"fhir-export@nmh-analytics-prod.iam.gserviceaccount.com"
    ke = json.dumps(k + "\n")[1:-1]
    row("json:gcp_service_account_key", "gcp_service_account_key", [("gcp_service_account_private_key", ke)],
"$ cat sa-fhir-export.json\n" + json.dumps({"type": "service_account", "project_id": "nmh-analytics-prod", "private_key_id": kid,
 "private_key": k + "\n", "client_email": em, "client_id": digits(21, True), "token_uri": "https://oauth2.googleapis.com/token"}, indent=1))
@S
def _():
    k = "AIza" + rs(35, ALNUM + "-_")
    row("javascript:config", "gcp_api_key", [("gcp_api_key", k)],
f"""// server/config/geocoding.js — used by the patient-transport scheduler (server side only)
module.exports = {{
  provider: 'google',
  apiKey: '{k}',
  region: 'ca',
  cacheTtlSeconds: 86400,
  defaultFacility: 'NMH-TOR-02'
}};
""")
@S
def _():
    c = "GOCSPX-" + rs(28, ALNUM + "-_"); cid = digits(12, True) + "-" + rs(32, string.ascii_lowercase + string.digits) + ".apps.googleusercontent.com"
    row("json:google_oauth_client", "google_oauth_client_secret", [("google_oauth_client_secret", c)],
json.dumps({"web": {"client_id": cid, "project_id": "nmh-portal-sso", "auth_uri": "https://accounts.google.com/o/oauth2/auth",
 "token_uri": "https://oauth2.googleapis.com/token", "client_secret": c, "redirect_uris": [f"https://portal.{H}/auth/google/callback"]}}, indent=2))
@S
def _():
    t = gh_pat()
    row("shell:git_remote_v", "github_pat_classic", [("github_pat_classic", t)],
f"""$ git remote -v
origin	https://nmh-ci-bot:{t}@github.com/northmoor-health/mirth-channels.git (fetch)
origin	https://nmh-ci-bot:{t}@github.com/northmoor-health/mirth-channels.git (push)
$ git log -1 --oneline
{hexs(7)} ADT_A08 channel: map PV1-3 bed to new ward codes
""")
@S
def _():
    t = gh_fine()
    row("terraform:tfvars", "github_fine_grained_pat", [("github_fine_grained_pat", t)],
f"""# terraform.tfvars — repo bootstrap for payer-portal
github_owner        = "calderon-mutual"
github_token        = "{t}"
default_branch      = "main"
required_approvals  = 2
environments        = ["dev", "uat", "prod"]
""")
@S
def _():
    t = crc_token("ghs_"); t2 = crc_token("ghr_", 70) if False else crc_token("ghr_")
    row("log:github_app_token_refresh", "github_app_tokens", [("github_app_installation_token", t), ("github_refresh_token", t2)],
f"""[{ts()}] gh-app: minted installation token for installation_id={digits(8,True)} repo=northmoor-health/fhir-mappings
[{ts()}] gh-app: token={t} expires_at={ts()} permissions={{contents:read,pull_requests:write}}
[{ts()}] oauth: user refresh ok refresh_token={t2} scope=repo
""")
@S
def _():
    t = glpat()
    row("shell:curl_verbose", "gitlab_pat", [("gitlab_personal_access_token", t)],
f"""$ curl -s --header "PRIVATE-TOKEN: {t}" "https://gitlab.{H}/api/v4/projects/412/pipelines?status=failed&per_page=2"
[{{"id":{digits(6,True)},"iid":311,"project_id":412,"sha":"{hexs(40)}","ref":"main","status":"failed","source":"push","created_at":"{ts()}"}},
 {{"id":{digits(6,True)},"iid":310,"project_id":412,"sha":"{hexs(40)}","ref":"hotfix/hl7-escape","status":"failed","source":"push","created_at":"{ts()}"}}]
""")
@S
def _():
    t = "glrt-" + rs(20, ALNUM + "-_"); r = "GR1348941" + rs(20, ALNUM + "-_")
    row("toml:gitlab_runner_config", "gitlab_runner_tokens", [("gitlab_runner_authentication_token", t), ("gitlab_runner_registration_token", r)],
f"""concurrent = 4
check_interval = 0

[[runners]]
  name = "nmh-k8s-runner-02"
  url = "https://gitlab.{H}/"
  id = {digits(4,True)}
  token = "{t}"
  # legacy registration token kept for re-register script: {r}
  executor = "kubernetes"
  [runners.kubernetes]
    namespace = "gitlab-runners"
    image = "registry.{H}/ci/base:2026.11"
""")
@S
def _():
    t = "glptt-" + hexs(40)
    row("shell:history", "gitlab_pipeline_trigger_token", [("gitlab_pipeline_trigger_token", t)],
f""" 1021  kubectl -n hl7 get pods
 1022  curl -X POST --fail -F token={t} -F ref=main -F "variables[ENV]=uat" https://gitlab.{H}/api/v4/projects/87/trigger/pipeline
 1023  kubectl -n hl7 logs deploy/mllp-listener --since=10m | grep -i nack
 1024  history | tail
""")
@S
def _():
    t = "gldt-" + rs(20, ALNUM + "-_")
    row("yaml:kubernetes_secret_stringdata", "gitlab_deploy_token", [("gitlab_deploy_token", t)],
f"""apiVersion: v1
kind: Secret
metadata:
  name: gitlab-registry-pull
  namespace: claims-edi
type: Opaque
stringData:
  username: gitlab+deploy-token-{digits(3,True)}
  password: {t}
  registry: registry.{H}
""")
@S
def _():
    t = slack_bot()
    row("python:source", "slack_bot_token", [("slack_bot_token", t)],
f"""import os
from slack_sdk import WebClient

# on-call paging for interface engine alerts
client = WebClient(token=os.getenv("SLACK_TOKEN", "{t}"))

def page(channel: str, msg: str) -> None:
    client.chat_postMessage(channel=channel, text=f":rotating_light: {{msg}}")

if __name__ == "__main__":
    page("#mirth-alerts", "Channel ORM_O01_Outbound queued > 500 messages")
""")
@S
def _():
    u = f"https://hooks.slack.com/services/T{rs(10,string.ascii_uppercase+string.digits)}/B{rs(10,string.ascii_uppercase+string.digits)}/{rs(24)}"
    row("json:grafana_contact_point", "slack_webhook_url", [("slack_webhook_url", u)],
json.dumps({"name": "pharmacy-interface-oncall", "type": "slack", "settings": {"url": u, "recipient": "#pharm-if", "mentionGroups": "pharm-if-oncall"}, "disableResolveMessage": False}, indent=2))
@S
def _():
    u = f"https://northmoorhealth.webhook.office.com/webhookb2/{uid()}@{uid()}/IncomingWebhook/{hexs(32)}/{uid()}/V2{rs(43, ALNUM+'-_')}"
    row("powershell:script", "ms_teams_webhook_url", [("ms_teams_webhook_url", u)],
f"""# Notify-BackupStatus.ps1 — posts nightly Veeam job results for EHR SQL cluster
$webhook = '{u}'
$body = @{{ text = "EHR-SQL01 backup: $status, duration $duration" }} | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $webhook -Body $body -ContentType 'application/json'
""")
@S
def _():
    u = f"https://discord.com/api/webhooks/{digits(19,True)}/{rs(68, ALNUM+'-_')}"
    row("ini:app_config", "discord_webhook_url", [("discord_webhook_url", u)],
f"""[notifications]
; volunteer-coordination bot (non-clinical)
enabled = true
discord_webhook = {u}
quiet_hours = 22:00-06:00
[locale]
default = fr-CA
""")
@S
def _():
    k = stripe_sk(); w = "whsec_" + rs(32)
    row("dotenv", "stripe_secret_key", [("stripe_secret_key", k), ("stripe_webhook_secret", w)],
f"""# patient-billing-portal/.env.production
NODE_ENV=production
STRIPE_PUBLISHABLE_KEY=pk_live_51{rs(97)}
STRIPE_SECRET_KEY={k}
STRIPE_WEBHOOK_SECRET={w}
BILLING_STATEMENT_BUCKET=s3://nmh-statements-prod
""")
@S
def _():
    k = "rk_live_51" + rs(97)
    row("log:application_startup", "stripe_restricted_key", [("stripe_restricted_key", k)],
f"""{ts()} INFO  collections-worker starting (pid {digits(5,True)})
{ts()} DEBUG config loaded: {{"paymentPlans":{{"provider":"stripe","apiKey":"{k}","maxInstallments":12}},"dunning":{{"days":[15,30,60]}}}}
{ts()} INFO  scheduled 214 payment-plan charges for 2026-12-08
""")
@S
def _():
    sid = "AC" + hexs(32); tok = twilio_tok()
    row("csharp:source", "twilio_auth_token", [("twilio_auth_token", tok)],
f"""// AppointmentReminderService.cs
public class AppointmentReminderService
{{
    private const string AccountSid = "{sid}";
    private const string AuthToken  = "{tok}";
    private const string FromNumber = "+1 555 0100"; // placeholder, set per region

    public void Init() => TwilioClient.Init(AccountSid, AuthToken);
}}
""")
@S
def _():
    sk = "SK" + hexs(32); sec = rs(32); rp = pw_url()
    row("yaml:helm_values", "twilio_api_key_secret", [("twilio_api_key_secret", sec), ("redis_password", rp)],
f"""# values-prod.yaml (callcentre-ivr)
replicaCount: 3
twilio:
  accountSid: AC{hexs(32)}
  apiKeySid: {sk}
  apiKeySecret: "{sec}"
  voiceRegion: ie1
ivr:
  languages: [en-IE, ga-IE, pl-PL]
redis:
  auth:
    password: "{rp}"
""")
@S
def _():
    k = sendgrid()
    row("php:config", "sendgrid_api_key", [("sendgrid_api_key", k)],
f"""<?php
// config/mail.php — payer portal statement notifications
return [
    'driver' => 'sendgrid',
    'sendgrid' => [
        'api_key' => '{k}',
        'from' => ['address' => 'no-reply@{INS}', 'name' => 'Calderon Mutual'],
    ],
    'queue' => 'mail-high',
];
""")
@S
def _():
    k = "key-" + hexs(32)
    row("shell:curl", "mailgun_api_key", [("mailgun_api_key", k)],
f"""$ curl -s --user 'api:{k}' https://api.eu.mailgun.net/v3/mg.{H}/events?limit=1
{{"items":[{{"event":"failed","severity":"permanent","recipient-domain":"{INS}","id":"{rs(22)}","timestamp":{digits(10,True)}.{digits(6)}}}],"paging":{{}}}}
""")
@S
def _():
    k = hexs(32) + "-us" + str(R.randint(2, 21))
    row("yaml:ansible_vars", "mailchimp_api_key", [("mailchimp_api_key", k)],
f"""# group_vars/marketing.yml
newsletter_list_id: {hexs(10)}
mailchimp_api_key: "{k}"
send_window: "Tue 09:00"
""")
@S
def _():
    t = crc_token("npm_")
    row("npmrc", "npm_access_token", [("npm_access_token", t)],
f"""; .npmrc in repo root of fhir-ui-kit
registry=https://registry.npmjs.org/
@nmh:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={t}
save-exact=true
""")
@S
def _():
    t = "pypi-AgEIcHlwaS5vcmcCJD" + rs(150, ALNUM + "-_")
    row("ini:pypirc", "pypi_api_token", [("pypi_api_token", t)],
f"""[distutils]
index-servers = pypi

[pypi]
username = __token__
password = {t}
# package: nmh-hl7tools 4.2.0
""")
@S
def _():
    t = "dckr_pat_" + rs(27, ALNUM + "-_")
    row("ci_log:github_actions", "docker_hub_pat", [("docker_hub_pat", t)],
f"""Run docker/login-action@v3
  with:
    username: nmhbuild
    password: {t}
    logout: true
Logging into Docker Hub...
Login Succeeded!
Run docker/build-push-action@v5 (tags: nmhbuild/dicom-router:1.14.2)
""")
@S
def _():
    t = "sk-proj-" + rs(48, ALNUM + "-_") + "T3BlbkFJ" + rs(48, ALNUM + "-_")
    row("jupyter:cell_output", "openai_api_key", [("openai_api_key", t)],
f"""In [3]: import os; os.environ["OPENAI_API_KEY"] = "{t}"
In [4]: summarize_discharge_note(note_id="DN-{digits(7)}")
Out[4]: 'Patient discharged home in stable condition; follow-up with cardiology in 2 weeks.'
""")
@S
def _():
    t = "sk-ant-api03-" + rs(93, ALNUM + "-_") + "AA"; pp = pw()
    row("yaml:docker_compose", "anthropic_api_key", [("anthropic_api_key", t), ("postgres_password", pp)],
f"""services:
  triage-summarizer:
    image: registry.{H}/ai/triage-summarizer:0.9.3
    environment:
      - ANTHROPIC_API_KEY={t}
      - PHI_REDACTION=strict
    ports: ["8088:8080"]
  db:
    image: postgres:16
    environment:
      - POSTGRES_USER=triage
      - POSTGRES_PASSWORD={pp}
""")
@S
def _():
    t = "hf_" + rs(34, string.ascii_letters)
    row("shell:huggingface_cli", "huggingface_token", [("huggingface_token", t)],
f"""$ huggingface-cli login --token {t}
Token is valid (permission: write).
Your token has been saved to /home/nmh-ml/.cache/huggingface/token
Login successful
$ python train_icd_coder.py --base distilbert-base-multilingual-cased --epochs 3
""")
@S
def _():
    a, b = hexs(32), hexs(40)
    row("yaml:datadog_agent", "datadog_api_key", [("datadog_api_key", a), ("datadog_app_key", b)],
f"""# /etc/datadog-agent/datadog.yaml (mirth-prod-01)
api_key: {a}
app_key: {b}
site: datadoghq.eu
hostname: mirth-prod-01
tags: [env:prod, team:integration, app:mirth]
logs_enabled: true
""")
@S
def _():
    k = hexs(36) + "NRAL"; u = "NRAK-" + rs(27, string.ascii_uppercase + string.digits)
    row("yaml:newrelic", "new_relic_keys", [("new_relic_license_key", k), ("new_relic_user_api_key", u)],
f"""common: &default_settings
  license_key: '{k}'
  app_name: 'Claims Adjudication API (prod)'
  distributed_tracing: {{ enabled: true }}
# scripts/deploy-marker.sh uses NEW_RELIC_API_KEY={u}
""")
@S
def _():
    k = rs(32, "abcdef0123456789")
    row("json:pagerduty_integration", "pagerduty_integration_key", [("pagerduty_integration_key", k)],
json.dumps({"alertmanager": {"receivers": [{"name": "pd-critical", "pagerduty_configs": [{"routing_key": k, "severity": "critical", "description": "{{ .CommonAnnotations.summary }}"}]}]}}, indent=2))
@S
def _():
    t = "sntryu_" + hexs(64)
    row("ini:sentryclirc", "sentry_user_auth_token", [("sentry_user_auth_token", t)],
f"""[defaults]
url = https://sentry.io/
org = northmoor-health
project = patient-portal-web

[auth]
token = {t}
""")
@S
def _():
    t = "00" + rs(40, ALNUM + "-_")
    row("http:request_dump", "okta_api_token", [("okta_api_token", t)],
f"""GET /api/v1/users?filter=status+eq+%22LOCKED_OUT%22&limit=20 HTTP/1.1
Host: northmoor.okta.example
Accept: application/json
Authorization: SSWS {t}
User-Agent: nmh-helpdesk-bot/2.1

HTTP/1.1 200 OK
x-rate-limit-remaining: 598
""")
@S
def _():
    s = rs(64, ALNUM + "-_")
    row("json:auth0_application", "auth0_client_secret", [("auth0_client_secret", s)],
json.dumps({"name": "Member Mobile App BFF", "client_id": rs(32), "client_secret": s, "app_type": "regular_web",
 "callbacks": [f"https://members.{INS}/callback"], "grant_types": ["authorization_code", "refresh_token"]}, indent=2))
@S
def _():
    s = hexs(64); dp = pw()
    row("yaml:spring_application", "jwt_signing_secret", [("jwt_signing_secret", s), ("postgres_password", dp)],
f"""spring:
  application:
    name: referral-service
  datasource:
    url: jdbc:postgresql://pg-referrals.{H}:5432/referrals
    username: referral_svc
    password: "{dp}"
security:
  jwt:
    issuer: https://referrals.{H}
    signing-secret: {s}
    ttl-minutes: 30
management:
  endpoints.web.exposure.include: health,info
""")
@S
def _():
    key = rs(40)
    t = jwt_hs256({"sub": "svc-claims-batch", "aud": f"https://api.{INS}", "scope": "claims.write eligibility.read", "iat": 1796000000, "exp": 1796003600}, key)
    row("http:curl_trace", "jwt_bearer_token", [("jwt_bearer_token", t)],
f"""> POST /x12/837p/submit HTTP/2
> Host: api.{INS}
> authorization: Bearer {t}
> content-type: application/edi-x12
> x-correlation-id: {uid()}
>
< HTTP/2 202
< location: /x12/837p/submissions/{digits(10)}
""")
@S
def _():
    k = pem_ec_pkcs8(); cid = uid()
    row("yaml:smart_backend_client_config", "smart_on_fhir_private_key", [("smart_on_fhir_ec_private_key", k.replace("\n", "\n  "))],
f"""# /etc/bulk-export/client.yaml
fhir_base: https://fhir.{H}/r4
token_endpoint: https://auth.{H}/oauth2/token
client_id: {cid}
alg: ES384
kid: {hexs(16)}
scope: system/Patient.read system/Observation.read system/Coverage.read
private_key: |
  """ + k.replace("\n", "\n  ") + "\n")
@S
def _():
    k = pem_rsa_pkcs1()
    row("shell:cat_file", "rsa_private_key_pkcs1", [("rsa_private_key", k)],
f"""$ sudo cat /opt/rhapsody/keystore/payer-sftp.key
{k}
$ ls -l /opt/rhapsody/keystore/
-rw------- 1 rhapsody rhapsody 1675 Nov 30 02:11 payer-sftp.key
""")
@S
def _():
    k = pem_ec_sec1()
    row("yaml:kubernetes_tls_secret_stringdata", "ec_private_key_sec1", [("ec_private_key", k.replace("\n", "\n    "))],
f"""apiVersion: v1
kind: Secret
metadata: {{ name: dicomweb-mtls, namespace: imaging }}
type: kubernetes.io/tls
stringData:
  tls.key: |
    """ + k.replace("\n", "\n    ") + "\n")
@S
def _():
    k = openssh_ed25519()
    row("shell:cat_file", "openssh_private_key", [("private_key_openssh", k)],
f"""$ cat ~/.ssh/id_ed25519_clearinghouse
{k}
$ cat ~/.ssh/config | grep -A3 clearinghouse
Host clearinghouse
  HostName sftp.edi-gateway.example
  User nmh_837_submit
""")
@S
def _():
    p = pw_url(); u = f"postgresql://ehr_reporting:{p}@pg-ehr-ro.{H}:5432/ehr_dw?sslmode=require"
    row("log:python_traceback", "postgres_connection_uri", [("postgres_connection_uri", u)],
f"""Traceback (most recent call last):
  File "/srv/qm/quality_measures.py", line 88, in <module>
    engine = create_engine("{u}")
  File "/usr/lib/python3.11/site-packages/sqlalchemy/engine/create.py", line 601, in create_engine
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not translate host name "pg-ehr-ro.{H}" to address
""")
@S
def _():
    p = pw_url()
    u = f"mysql://pharm_app:{p}@mysql-pharm-01.{H}:3306/formulary"; sp = pw()
    row("dotenv", "mysql_connection_uri", [("mysql_connection_uri", u), ("smtp_password", sp)],
f"""APP_NAME=formulary-sync
DATABASE_URL={u}
NDC_FEED_URL=https://feeds.drugdb.example/ndc/daily
SMTP_USER=formulary-alerts@{H}
SMTP_PASS={sp}
LOG_LEVEL=info
""")
@S
def _():
    p = pw_url(); u = f"mongodb+srv://crm_writer:{p}@crm-cluster0.{rs(5,string.ascii_lowercase+string.digits)}.mongodb.net/callcentre?retryWrites=true&w=majority"
    row("javascript:config", "mongodb_connection_uri", [("mongodb_connection_uri", u)],
f"""// callcentre-crm/src/db.js
const mongoose = require('mongoose');
const uri = process.env.MONGO_URI || '{u}';
mongoose.connect(uri, {{ maxPoolSize: 20 }}).then(() => console.log('crm db up'));
""")
@S
def _():
    p = pw_url(); u = f"rediss://default:{p}@redis-sched.{H}:6380/2"
    row("yaml:kubernetes_configmap", "redis_connection_uri", [("redis_connection_uri", u)],
f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: scheduling-api-config
  namespace: scheduling
data:
  CACHE_URL: "{u}"
  SLOT_HOLD_SECONDS: "300"
  TZ: "Europe/Dublin"
""")
@S
def _():
    p = pw_url(); u = f"amqps://hl7router:{p}@rabbitmq.int.{H}:5671/%2Fadt"
    row("log:java_spring", "amqp_connection_uri", [("amqp_connection_uri", u)],
f"""{ts()}  WARN 1 --- [main] o.s.a.r.c.CachingConnectionFactory : Attempting to connect to: [rabbitmq.int.{H}:5671]
{ts()} DEBUG 1 --- [main] c.n.h.router.BrokerConfig : spring.rabbitmq.addresses={u}
{ts()}  INFO 1 --- [main] c.n.h.router.AdtConsumer : listening on queue adt.a01.a04.a08
""")
@S
def _():
    p = pw()
    cs = f"Server=tcp:nmh-billing-sql.database.windows.net,1433;Initial Catalog=PatientBilling;User ID=billing_etl;Password={p};Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
    row("xml:web_config", "sqlserver_connection_string", [("sqlserver_connection_string", cs)],
f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="BillingDb" connectionString="{cs}" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings><add key="StatementCycleDay" value="5" /></appSettings>
</configuration>
""")
@S
def _():
    p = pw()
    row("properties:java", "oracle_jdbc_password", [("oracle_database_password", p)],
f"""# lis-bridge/application.properties
lis.datasource.url=jdbc:oracle:thin:@//lisdb-scan.{H}:1521/LISPRD
lis.datasource.username=LIS_BRIDGE
lis.datasource.password={p}
lis.poll.interval.ms=15000
lis.oru.outbound.dir=/data/oru/out
""")
@S
def _():
    p = pw()
    row("properties:kafka_client", "kafka_sasl_password", [("kafka_sasl_password", p)],
f"""bootstrap.servers=pkc-{rs(5,string.ascii_lowercase+string.digits)}.westeurope.azure.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="{rs(16,string.ascii_uppercase+string.digits)}" password="{p}";
client.dns.lookup=use_all_dns_ips
# topic: device-telemetry.infusion-pumps
""")
rows[-1]["category"] = "kafka_sasl_password"
@S
def _():
    s = rs(64, ALNUM + "+/")
    row("properties:kafka_client", "confluent_cloud_api_secret", [("confluent_cloud_api_secret", s)],
f"""# confluent-cli context export (claims-stream)
confluent.cloud.api.key={rs(16,string.ascii_uppercase+string.digits)}
confluent.cloud.api.secret={s}
schema.registry.url=https://psrc-{rs(5,string.ascii_lowercase+string.digits)}.westeurope.azure.confluent.cloud
""")
@S
def _():
    p = pw()
    row("ldif:ldapsearch", "ldap_bind_password", [("ldap_bind_password", p)],
f"""$ ldapsearch -H ldaps://dc01.corp.{H}:636 -D "CN=svc-ehr-ldap,OU=Service Accounts,DC=corp,DC=northmoor-health,DC=example" -w '{p}' -b "OU=Clinicians,DC=corp,DC=northmoor-health,DC=example" "(sAMAccountName=rkowalczyk)" memberOf
# extended LDIF
dn: CN=Rafal Kowalczyk,OU=Clinicians,DC=corp,DC=northmoor-health,DC=example
memberOf: CN=EHR-Prescribers,OU=Groups,DC=corp,DC=northmoor-health,DC=example
# numEntries: 1
""")
@S
def _():
    p = pw()
    row("xml:mirth_channel_export", "hl7_mllp_interface_password", [("hl7_interface_password", p)],
f"""<channel version="4.4.1">
  <id>{uid()}</id>
  <name>LAB_ORU_R01_to_Payer</name>
  <destinationConnectors><connector version="4.4.1">
    <name>TCP Sender (MLLP over TLS)</name>
    <properties class="com.mirth.connect.connectors.tcp.TcpDispatcherProperties">
      <remoteAddress>mllp.{INS}</remoteAddress><remotePort>6661</remotePort>
      <transmissionModeProperties class="com.mirth.connect.model.transmission.framemode.FrameModeProperties"><startOfMessageBytes>0B</startOfMessageBytes><endOfMessageBytes>1C0D</endOfMessageBytes></transmissionModeProperties>
      <authUsername>NMH_LAB_FEED</authUsername>
      <authPassword>{p}</authPassword>
    </properties>
  </connector></destinationConnectors>
</channel>
""")
@S
def _():
    p = pw()
    row("json:rhapsody_comm_point", "sftp_password", [("sftp_password", p)],
json.dumps({"commPoint": "OUT_837I_Clearinghouse", "type": "SFTP Client", "mode": "Output",
 "config": {"host": "sftp.edi-gateway.example", "port": 22, "username": "NMH837I", "password": p, "remoteDir": "/inbound/837i", "filePattern": "NMH_837I_%Y%m%d%H%M%S.x12", "knownHostsFingerprint": "SHA256:" + b64(32, pad=False)}}, indent=2))
@S
def _():
    s = rs(48, ALNUM)
    row("json:fhir_client_registration", "fhir_client_secret", [("fhir_client_secret", s)],
json.dumps({"client_id": "payer-prior-auth-" + digits(4), "client_name": "Calderon Mutual PAS", "client_secret": s,
 "token_endpoint_auth_method": "client_secret_basic", "grant_types": ["client_credentials"],
 "scope": "system/Claim.write system/ClaimResponse.read", "fhir_version": "4.0.1"}, indent=2))
@S
def _():
    p = rs(32, ALNUM)
    row("config:strongswan_ipsec_secrets", "ipsec_pre_shared_key", [("ipsec_pre_shared_key", p)],
f"""# /etc/ipsec.secrets — site-to-site to clearinghouse
# local 203.0.113.10  remote 198.51.100.20
203.0.113.10 198.51.100.20 : PSK "{p}"
: RSA /etc/ipsec.d/private/nmh-gw.key
""")
@S
def _():
    p = pw(24)
    row("config:cisco_asa", "cisco_ikev2_psk", [("ikev2_pre_shared_key", p)],
f"""tunnel-group 198.51.100.77 type ipsec-l2l
tunnel-group 198.51.100.77 general-attributes
 default-group-policy GP-LAB-REFLAB
tunnel-group 198.51.100.77 ipsec-attributes
 ikev2 remote-authentication pre-shared-key {p}
 ikev2 local-authentication pre-shared-key {p}
crypto ikev2 policy 10
 encryption aes-256
 integrity sha256
 group 20
""")
@S
def _():
    k = b64(32)
    row("config:wireguard", "wireguard_private_key", [("wireguard_private_key", k)],
f"""[Interface]
# radiology home-reading workstation RAD-WS-{digits(3)}
PrivateKey = {k}
Address = 10.77.4.{R.randint(2,200)}/32
DNS = 10.77.0.2

[Peer]
PublicKey = {b64(32)}
Endpoint = vpn-rad.{H}:51820
AllowedIPs = 10.60.0.0/16
""")
@S
def _():
    p = pw_url(); u = f"https://svc-fhir-sync:{p}@fhir-legacy.{H}/baseDstu3/Patient?_lastUpdated=gt2026-12-01"
    row("log:nginx_error", "basic_auth_url", [("http_basic_auth_url", u)],
f"""{ts()} [error] 3311#3311: *88 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.40.2.17, request: "GET /sync", upstream: "{u}", host: "sync.{H}"
""")
@S
def _():
    user, p = "edi_portal_ro", pw()
    h = b64enc(f"{user}:{p}")
    row("har:request_headers", "http_basic_auth_header", [("http_basic_auth_credentials", h)],
json.dumps({"request": {"method": "GET", "url": f"https://portal.{INS}/api/eligibility/271/{digits(9)}",
 "headers": [{"name": "Authorization", "value": "Basic " + h}, {"name": "Accept", "value": "application/json"},
 {"name": "X-Request-Id", "value": uid()}]}, "response": {"status": 200, "bodySize": 1873}}, indent=1))
@S
def _():
    t = jwt_rs256_like({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "hl7",
        "kubernetes.io/serviceaccount/secret.name": "mllp-deployer-token-" + rs(5, string.ascii_lowercase + string.digits),
        "kubernetes.io/serviceaccount/service-account.name": "mllp-deployer", "sub": "system:serviceaccount:hl7:mllp-deployer"}, kid=b64(32, url=True, pad=False))
    row("yaml:kubeconfig", "kubernetes_service_account_token", [("kubernetes_service_account_token", t)],
f"""apiVersion: v1
kind: Config
clusters:
- name: aks-nmh-int-weu
  cluster:
    server: https://aks-nmh-int-{hexs(8)}.hcp.westeurope.azmk8s.io:443
    certificate-authority-data: {base64.b64encode(self_signed_cert().encode()).decode()}
users:
- name: mllp-deployer
  user:
    token: {t}
contexts:
- name: int
  context: {{cluster: aks-nmh-int-weu, user: mllp-deployer, namespace: hl7}}
current-context: int
""")
@S
def _():
    p = pw(); e = b64enc(p)
    row("yaml:kubernetes_secret_data", "kubernetes_secret_base64_password", [("base64_encoded_password", e)],
f"""$ kubectl -n pharmacy get secret pyxis-bridge-db -o yaml
apiVersion: v1
data:
  DB_HOST: {b64enc('pyxis-db.' + H)}
  DB_PASSWORD: {e}
  DB_USER: {b64enc('pyxis_bridge')}
kind: Secret
metadata:
  creationTimestamp: "{ts()}"
  name: pyxis-bridge-db
  namespace: pharmacy
type: Opaque
""")
@S
def _():
    t = hvs()
    row("shell:vault_cli", "vault_service_token", [("vault_token", t)],
f"""$ vault login -method=oidc role=integration-admin
Success! You are now authenticated.
Key                  Value
---                  -----
token                {t}
token_accessor       {rs(24)}
token_duration       8h
token_renewable      true
token_policies       ["default" "integration-admin"]
""")
@S
def _():
    keys = [b64(33) for _ in range(3)]; rt = hvs()
    row("shell:vault_operator_init", "vault_unseal_keys", [("vault_unseal_key", keys[0]), ("vault_unseal_key", keys[1]), ("vault_root_token", rt)],
f"""$ vault operator init -key-shares=3 -key-threshold=2
Unseal Key 1: {keys[0]}
Unseal Key 2: {keys[1]}
Unseal Key 3: ****redacted by ticket bot****

Initial Root Token: {rt}

Vault initialized with 3 key shares and a key threshold of 2.
""")
@S
def _():
    t = rs(14) + ".atlasv1." + rs(67, ALNUM)
    row("json:terraform_credentials", "terraform_cloud_token", [("terraform_cloud_token", t)],
'$ cat ~/.terraform.d/credentials.tfrc.json\n' + json.dumps({"credentials": {"app.terraform.io": {"token": t}}}, indent=2))
@S
def _():
    body = "ATATT3xFfGF0" + rs(171, ALNUM + "-_"); t = body + "=" + rs(8, "0123456789ABCDEF")
    row("python:source", "atlassian_api_token", [("atlassian_api_token", t)],
f"""from jira import JIRA
# helpdesk automation: auto-link EHR downtime tickets
jira = JIRA(server="https://northmoor.atlassian.net", basic_auth=("helpdesk-bot@{H}", "{t}"))
for issue in jira.search_issues('project = HD AND labels = ehr-downtime AND status = Open'):
    issue.update(fields={{"priority": {{"name": "High"}}}})
""")
@S
def _():
    t = rs(40)
    row("ruby:source", "zendesk_api_token", [("zendesk_api_token", t)],
f"""# lib/tasks/member_tickets.rake
ZendeskAPI::Client.new do |config|
  config.url = "https://calderonmutual.zendesk.com/api/v2"
  config.username = "crm-sync@{INS}/token"
  config.token = "{t}"
  config.retry = true
end
""")
@S
def _():
    t = "EAAA" + rs(60, ALNUM + "-_")
    row("dotenv", "square_access_token", [("square_access_token", t)],
f"""# gift-shop POS integration (hospital lobby)
SQUARE_ENVIRONMENT=production
SQUARE_ACCESS_TOKEN={t}
SQUARE_LOCATION_ID=L{rs(12,string.ascii_uppercase+string.digits)}
""")
@S
def _():
    t = f"access_token$production${rs(16, string.ascii_lowercase+string.digits)}${hexs(32)}"
    row("yaml:app_config", "braintree_access_token", [("braintree_access_token", t)],
f"""payments:
  copay_gateway: braintree
  braintree:
    access_token: "{t}"
    merchant_account_id: nmh_copay_usd
  receipt_template: copay-receipt-v3
""")
@S
def _():
    t = "AQE" + rs(4, ALNUM) + "hmfxK" + rs(60, ALNUM + "+/") + "=-" + rs(43, ALNUM + "+/") + "=-" + rs(20, ALNUM)
    row("log:http_client_debug", "adyen_api_key", [("adyen_api_key", t)],
f"""{ts()} DEBUG AdyenClient -> POST https://checkout-live.adyenpayments.example/v71/payments
{ts()} DEBUG headers: {{"x-API-key": "{t}", "Content-Type": "application/json", "Idempotency-Key": "{uid()}"}}
{ts()} INFO  payment authorised pspReference={rs(16,string.ascii_uppercase+string.digits)} amount=EUR 45.00 (Zuzahlung)
""")
@S
def _():
    t = "sl." + rs(138, ALNUM + "-_")
    row("json:rclone_config_dump", "dropbox_access_token", [("dropbox_access_token", t)],
json.dumps({"research-share": {"type": "dropbox", "token": json.dumps({"access_token": t, "token_type": "bearer", "expiry": ts()})}}, indent=2))
rows[-1]["text"] = "$ rclone config dump\n" + rows[-1]["text"]
@S
def _():
    t = rs(40, ALNUM + "_-")
    row("shell:env_export", "cloudflare_api_token", [("cloudflare_api_token", t)],
f"""$ export CLOUDFLARE_API_TOKEN={t}
$ flarectl dns list --zone {H} | grep -i portal
{hexs(32)}  CNAME  portal.{H}  nmh-portal.azurefd.net  300  true
""")
@S
def _():
    k = hexs(37)
    row("ini:certbot_credentials", "cloudflare_global_api_key", [("cloudflare_global_api_key", k)],
f"""# /etc/letsencrypt/cloudflare.ini  (chmod 600!)
dns_cloudflare_email = netops@{H}
dns_cloudflare_api_key = {k}
""")
@S
def _():
    t = "dop_v1_" + hexs(64)
    row("hcl:terraform_provider", "digitalocean_pat", [("digitalocean_pat", t)],
f"""provider "digitalocean" {{
  token = "{t}"
}}

resource "digitalocean_droplet" "status_page" {{
  name   = "nmh-status-page"
  region = "ams3"
  size   = "s-1vcpu-1gb"
  image  = "ubuntu-24-04-x64"
}}
""")
@S
def _():
    t = "lin_api_" + rs(40)
    row("yaml:github_actions_workflow", "linear_api_key", [("linear_api_key", t)],
f"""name: sync-incidents
on: {{ schedule: [ {{ cron: "*/15 * * * *" }} ] }}
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: node scripts/sync-incidents.js
        env:
          LINEAR_API_KEY: {t}
          TEAM_KEY: INT
""")
@S
def _():
    t = "ntn_" + digits(11, True) + rs(35)
    row("markdown:wiki_page", "notion_integration_token", [("notion_integration_token", t)],
f"""## On-call roster export (Notion -> PagerDuty)

1. The integration is called **roster-export**.
2. Internal integration secret: `{t}`
3. Database id: `{hexs(32)}`
4. Runs nightly at 02:00 Europe/Oslo.
""")
@S
def _():
    t = f"PMAK-{hexs(24)}-{hexs(34)}"
    row("json:postman_environment", "postman_api_key", [("postman_api_key", t)],
json.dumps({"id": uid(), "name": "Payer Sandbox", "values": [{"key": "baseUrl", "value": f"https://sandbox.{INS}", "enabled": True},
 {"key": "postmanApiKey", "value": t, "enabled": True}, {"key": "memberId", "value": "CMH" + digits(9), "enabled": True}]}, indent=2))
@S
def _():
    t = "glsa_" + rs(32) + "_" + hexs(8)
    row("yaml:grafana_provisioning", "grafana_service_account_token", [("grafana_service_account_token", t)],
f"""# dashboards-sync job
grafana:
  url: https://grafana.{H}
  token: {t}
folders:
  - Integration Engine
  - Device Fleet
""")
@S
def _():
    t = "dp.st.prd." + rs(40)
    row("dockerfile", "doppler_service_token", [("doppler_service_token", t)],
f"""FROM node:20-alpine
WORKDIR /app
COPY . .
RUN npm ci --omit=dev
ENV DOPPLER_TOKEN={t}
RUN wget -qO- https://cli.doppler.com/install.sh | sh
CMD ["doppler", "run", "--", "node", "server.js"]
""")
@S
def _():
    t = "pul-" + hexs(40)
    row("ci_log:gitlab", "pulumi_access_token", [("pulumi_access_token", t)],
f"""$ export PULUMI_ACCESS_TOKEN={t}
$ pulumi stack select nmh/infra-network/prod
$ pulumi preview --diff
Previewing update (nmh/infra-network/prod)
     Type                              Name          Plan
     pulumi:pulumi:Stack               infra-network-prod
 ~   azure-native:network:VirtualNetwork  vnet-hub     update
""")
@S
def _():
    p = rs(52, ALNUM) if False else rs(42, ALNUM) + "+ACR" + rs(6, ALNUM)
    row("azure_cli:acr_credential_show", "azure_container_registry_password", [("azure_container_registry_password", p)],
"$ az acr credential show -n nmhregistry\n" + json.dumps({"passwords": [{"name": "password", "value": p}, {"name": "password2", "value": "(rotated - see KV)"}], "username": "nmhregistry"}, indent=2))
@S
def _():
    k = b64(32)
    cs = f"Endpoint=sb://nmh-device-telemetry.servicebus.windows.net/;SharedAccessKeyName=pump-ingest;SharedAccessKey={k};EntityPath=infusion-pumps"
    row("json:azure_function_local_settings", "azure_eventhub_connection_string", [("azure_eventhub_connection_string", cs)],
json.dumps({"IsEncrypted": False, "Values": {"AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated", "PumpTelemetryHub": cs}}, indent=2))
@S
def _():
    k = rs(54, ALNUM + "-_") + "AzFu" + rs(2, ALNUM) + "=="
    u = f"https://func-nmh-referrals.azurewebsites.net/api/fax-inbound?code={k}"
    row("log:fax_server", "azure_function_key", [("azure_function_key_url", u)],
f"""{ts()} FaxRouter: page 3/3 received from remote CSID 'ORTHO CLINIC'
{ts()} FaxRouter: POST {u} -> 200 (712 ms)
{ts()} FaxRouter: referral packet REF-{digits(8)} queued for triage
""")
@S
def _():
    k = "AAAA" + rs(7, ALNUM + "-_") + ":APA91b" + rs(134, ALNUM + "-_")
    row("plist:ios_build_settings", "firebase_cloud_messaging_server_key", [("fcm_server_key", k)],
f"""<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
  <key>BUNDLE_ID</key><string>example.northmoor.mychart</string>
  <key>FCM_SERVER_KEY</key><string>{k}</string>
  <key>GCM_SENDER_ID</key><string>{digits(12,True)}</string>
</dict></plist>
""")
@S
def _():
    bech = "023456789ACDEFGHJKLMNPQRSTUVWXYZ"
    k = "AGE-SECRET-KEY-1" + rs(58, bech)
    row("shell:cat_file", "age_secret_key", [("age_secret_key", k)],
f"""$ cat ~/.config/sops/age/keys.txt
# created: {ts()}
# public key: age1{rs(58, bech.lower())}
{k}
""")
@S
def _():
    p = pw()
    row("ini:ansible_inventory", "ansible_ssh_password", [("ssh_password", p)],
f"""[pacs_nodes]
pacs-n1.{H}
pacs-n2.{H}

[pacs_nodes:vars]
ansible_user=pacsadmin
ansible_ssh_pass={p}
ansible_python_interpreter=/usr/bin/python3
""")
@S
def _():
    k = rs(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)"); dp = pw()
    row("python:django_settings", "django_secret_key", [("django_secret_key", k), ("postgres_password", dp)],
f"""# nurse_rostering/settings/production.py
from .base import *
DEBUG = False
SECRET_KEY = '{k}'
ALLOWED_HOSTS = ["roster.{H}"]
TIME_ZONE = "Europe/Vienna"
DATABASES = {{"default": {{"ENGINE": "django.db.backends.postgresql", "NAME": "roster", "USER": "roster_app", "PASSWORD": "{dp}", "HOST": "pg-roster.{H}"}}}}
""")
@S
def _():
    k = hexs(128)
    row("yaml:rails_credentials_decrypted", "rails_secret_key_base", [("rails_secret_key_base", k)],
f"""$ EDITOR=cat bin/rails credentials:show
secret_key_base: {k}
active_record_encryption:
  primary_key: {rs(32)}
""")
rows[-1]["secrets"].append({"kind": "rails_active_record_encryption_key", "value": rows[-1]["text"].split("primary_key: ")[1].split("\n")[0]})
@S
def _():
    p = rs(20, ALNUM)
    row("config:freeradius_clients", "radius_shared_secret", [("radius_shared_secret", p)],
f"""# /etc/freeradius/3.0/clients.conf
client ward-wlc-01 {{
    ipaddr    = 10.88.1.10
    secret    = {p}
    shortname = wlc01
    nas_type  = other
}}
""")
@S
def _():
    p = pw(12) + "Wifi" + digits(3)
    row("xml:wlan_profile", "wifi_wpa2_psk", [("wifi_psk", p)],
f"""<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>NMH-Devices</name>
  <SSIDConfig><SSID><name>NMH-Devices</name></SSID></SSIDConfig>
  <MSM><security>
    <authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption></authEncryption>
    <sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>{p}</keyMaterial></sharedKey>
  </security></MSM>
</WLANProfile>
""")
@S
def _():
    a, p = pw(16), pw(16)
    row("config:net_snmp_snmpd", "snmpv3_auth_password", [("snmpv3_auth_password", a), ("snmpv3_priv_password", p)],
f"""# snmpd.conf on infusion-pump gateway IPG-{digits(3)}
createUser nmhmon SHA-256 "{a}" AES "{p}"
rouser nmhmon priv
sysLocation "Bldg C, Level 4, Med-Surg"
sysContact biomed@{H}
""")
@S
def _():
    p = pw()
    row("ticket:helpdesk", "pacs_admin_password", [("pacs_admin_password", p)],
f"""Ticket HD-{digits(6)} | Priority: P2 | Queue: Imaging Systems
Requester: Dr. Ines Carvalho (Radiology, Porto site)
Subject: Cannot log in to PACS admin console after password reset

Update from L1 (Tomasz W.): Reset done. Temporary password for pacsadmin-porto is {p} — please change on first login.
Workstation: RAD-PRT-{digits(3)} | Build 7.3.2 | Case closed pending user confirmation.
""")
@S
def _():
    p = pw()
    row("email:plaintext", "smtp_relay_password", [("smtp_password", p)],
f"""From: it-messaging@{H}
To: vendor-support@fax-cloud.example
Subject: SMTP relay for eFax gateway

Hello, as discussed please configure the gateway with:
  host: smtp-relay.{H}  port: 587 (STARTTLS)
  user: efax-gw@{H}
  password: {p}
Sender domain SPF already includes your range. Regards, Anders Lindqvist, Messaging Team
""")
@S
def _():
    p = rs(10, string.ascii_uppercase + string.digits)
    isa = f"ISA*00*          *01*{p}*ZZ*NMHBILLING     *ZZ*CALDERONMUT    *261207*1403*^*00501*{digits(9)}*0*P*:~"
    row("x12:837p", "x12_isa_security_password", [("x12_isa_security_password", p)],
isa + f"\nGS*HC*NMHBILLING*CALDERONMUT*20261207*1403*{digits(4,True)}*X*005010X222A1~\nST*837*0001*005010X222A1~\nBHT*0019*00*{digits(10)}*20261207*1403*CH~\nNM1*41*2*NORTHMOOR HEALTH PARTNERS*****46*NMH{digits(6)}~\nPER*IC*BILLING OFFICE*TE*8005550199~\nNM1*40*2*CALDERON MUTUAL*****46*CMH0001~\n")
@S
def _():
    s = rs(44, ALNUM + "+/=")
    row("json:epic_like_interconnect_config", "ehr_web_service_password", [("ehr_service_password", s)],
json.dumps({"Interconnect": {"Instance": "NMH-PRD", "ServiceAccount": "emp$interconnect_rx", "ServicePassword": s, "ClientId": uid(), "AllowedOrigins": [f"https://rx.{H}"]}}, indent=2))
@S
def _():
    t = "bkua_" + hexs(40)
    row("yaml:buildkite_agent_cfg", "buildkite_agent_token", [("buildkite_agent_token", t)],
f"""# /etc/buildkite-agent/buildkite-agent.cfg
token="{t}"
name="nmh-mac-%spawn"
tags="queue=ios,os=macos"
build-path="/Users/buildkite/builds"
""")
@S
def _():
    t = "11" + hexs(32)
    row("groovy:jenkinsfile", "jenkins_api_token", [("jenkins_api_token", t)],
f"""pipeline {{
  agent {{ label 'linux' }}
  stages {{
    stage('Trigger downstream') {{
      steps {{
        sh 'curl -X POST -u deploybot:{t} https://jenkins.{H}/job/lab-interface-deploy/buildWithParameters?ENV=prod'
      }}
    }}
  }}
}}
""")
@S
def _():
    t = "dapi" + hexs(32) + "-2"
    row("ini:databrickscfg", "databricks_pat", [("databricks_token", t)],
f"""[DEFAULT]
host  = https://adb-{digits(16,True)}.{R.randint(1,19)}.azuredatabricks.net
token = {t}

[readmissions-model]
cluster_id = {digits(4)}-{digits(6)}-{rs(8,string.ascii_lowercase+string.digits)}
""")
@S
def _():
    p = pw()
    row("python:source", "snowflake_password", [("snowflake_password", p)],
f"""import snowflake.connector
conn = snowflake.connector.connect(
    account="nmh-{rs(7,string.ascii_lowercase)}.west-europe.azure",
    user="CLAIMS_ANALYTICS_SVC",
    password="{p}",
    warehouse="CLAIMS_WH", database="PAYER_DW", schema="X12_835",
)
cur = conn.cursor().execute("select count(*) from clp_claims where paid_date >= '2026-11-01'")
""")
@S
def _():
    t = f"tskey-auth-{rs(11, ALNUM)}CNTRL-{rs(33, ALNUM)}"; lp = pw()
    row("yaml:cloud_init", "tailscale_auth_key", [("tailscale_auth_key", t), ("linux_user_password", lp)],
f"""#cloud-config
hostname: biomed-jump-01
chpasswd:
  expire: false
  users:
    - {{name: biomed, password: "{lp}", type: text}}
runcmd:
  - curl -fsSL https://tailscale.com/install.sh | sh
  - tailscale up --authkey={t} --advertise-tags=tag:biomed --ssh
  - systemctl enable --now fail2ban
""")
@S
def _():
    t = f"{digits(10,True)}:AA{rs(33, ALNUM + '-_')}"
    row("log:python_logging", "telegram_bot_token", [("telegram_bot_token", t)],
f"""{ts()} INFO httpx: HTTP Request: POST https://api.telegram.org/bot{t}/sendMessage "HTTP/1.1 200 OK"
{ts()} INFO bed-board-bot: posted occupancy update ICU=14/16 MedSurg=71/80
""")
@S
def _():
    s = rs(32, ALNUM)
    row("json:zoom_app_credentials", "zoom_oauth_client_secret", [("zoom_client_secret", s)],
json.dumps({"app": "Telehealth Scheduler (Server-to-Server)", "account_id": rs(22, ALNUM + "-_"), "client_id": rs(22, ALNUM), "client_secret": s, "secret_token": "stored-in-vault"}, indent=2))
@S
def _():
    k = "sdk-" + uid()
    row("yaml:app_config", "launchdarkly_sdk_key", [("launchdarkly_sdk_key", k)],
f"""featureFlags:
  provider: launchdarkly
  sdkKey: {k}     # server-side
  clientSideId: {hexs(24)}  # public
  offline: false
""")
@S
def _():
    p = "pscale_pw_" + rs(43, ALNUM + "_-")
    row("dotenv", "planetscale_password", [("planetscale_password", p)],
f"""DATABASE_HOST=aws.connect.psdb.cloud
DATABASE_USERNAME={rs(12, string.ascii_lowercase+string.digits)}
DATABASE_PASSWORD={p}
DATABASE_NAME=volunteer-shifts
""")
@S
def _():
    t = "sbp_" + hexs(40)
    role = jwt_hs256({"iss": "supabase", "ref": rs(20, string.ascii_lowercase), "role": "service_role", "iat": 1790000000, "exp": 2105576000}, rs(40))
    row("dotenv", "supabase_keys", [("supabase_access_token", t), ("supabase_service_role_key", role)],
f"""# research-survey app
SUPABASE_ACCESS_TOKEN={t}
SUPABASE_SERVICE_ROLE_KEY={role}
NEXT_PUBLIC_SURVEY_TITLE="Patient experience survey 2026"
""")
@S
def _():
    k = "LUFRPT" + rs(54, ALNUM + "+/") + "=="
    row("shell:curl", "paloalto_panos_api_key", [("paloalto_api_key", k)],
f"""$ curl -sk "https://fw-edge-01.{H}/api/?type=op&cmd=<show><system><info></info></system></show>&key={k}"
<response status="success"><result><system><hostname>fw-edge-01</hostname><sw-version>11.1.4-h7</sw-version><model>PA-3410</model></system></result></response>
""")
@S
def _():
    k = rs(30, ALNUM)
    row("json:fortigate_api_user", "fortigate_api_key", [("fortigate_api_key", k)],
json.dumps({"http_method": "POST", "path": "/api/v2/cmdb/system/api-user", "results": {"name": "siem-pull", "api-key": k, "accprofile": "read-only", "trusthost": [{"ipv4-trusthost": "10.20.30.0 255.255.255.0"}]}}, indent=2))
@S
def _():
    t = "ATBB" + rs(32, ALNUM) + hexs(8).upper()
    row("shell:git_config", "bitbucket_app_password", [("bitbucket_app_password", t)],
f"""$ git config --global --list
user.name=Keiko Tanaka
credential.helper=store
url.https://ktanaka:{t}@bitbucket.org/.insteadof=https://bitbucket.org/
core.autocrlf=input
""")
@S
def _():
    t = "figd_" + rs(40, ALNUM + "-_")
    row("yaml:github_actions_workflow", "figma_pat", [("figma_pat", t)],
f"""name: export-icons
on: workflow_dispatch
jobs:
  export:
    runs-on: ubuntu-latest
    env:
      FIGMA_TOKEN: {t}
      FIGMA_FILE: {rs(22)}
    steps:
      - run: npx figma-export use-config
""")
@S
def _():
    t = "pat" + rs(14) + "." + hexs(64)
    row("python:source", "airtable_pat", [("airtable_pat", t)],
f"""from pyairtable import Api
api = Api("{t}")
tbl = api.table("app{rs(14)}", "Device Loans")
for r in tbl.all(formula="{{Status}}='Overdue'"):
    print(r["fields"]["Asset Tag"], r["fields"]["Ward"])
""")
@S
def _():
    ik = "DI" + rs(18, string.ascii_uppercase + string.digits); sk = rs(40, ALNUM)
    row("config:duo_authproxy", "duo_integration_secret_key", [("duo_secret_key", sk)],
f"""[ad_client]
host=dc01.corp.{H}
service_account_username=svc-duo
service_account_password_protected=AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA...

[radius_server_auto]
ikey={ik}
skey={sk}
api_host=api-{hexs(8)}.duosecurity.example
radius_ip_1=10.12.0.5
""")
@S
def _():
    k = hexs(40)
    row("python:source", "meraki_api_key", [("meraki_api_key", k)],
f"""import meraki
dashboard = meraki.DashboardAPI("{k}", suppress_logging=True)
for net in dashboard.organizations.getOrganizationNetworks("{digits(6,True)}"):
    if "clinic" in net["name"].lower():
        print(net["id"], net["name"])
""")
@S
def _():
    cid = hexs(32); s = rs(40, ALNUM)
    row("yaml:siem_connector", "crowdstrike_api_client_secret", [("crowdstrike_client_secret", s)],
f"""inputs:
  - type: crowdstrike_fdr
    base_url: https://api.eu-1.crowdstrike.com
    client_id: {cid}
    client_secret: {s}
    device_group: "Clinical Workstations"
""")
@S
def _():
    t = "squ_" + hexs(40)
    row("properties:sonar_project", "sonarqube_user_token", [("sonarqube_token", t)],
f"""sonar.projectKey=nmh_claims-edi-parser
sonar.sources=src
sonar.host.url=https://sonar.{H}
sonar.token={t}
sonar.java.binaries=target/classes
""")
@S
def _():
    t = "oy2" + rs(43, "abcdefghijklmnopqrstuvwxyz234567")
    row("shell:dotnet_cli", "nuget_api_key", [("nuget_api_key", t)],
f"""PS C:\\src\\Nmh.Hl7.Parser> dotnet nuget push .\\bin\\Release\\Nmh.Hl7.Parser.3.1.0.nupkg --api-key {t} --source https://api.nuget.org/v3/index.json
Pushing Nmh.Hl7.Parser.3.1.0.nupkg to 'https://www.nuget.org/api/v2/package'...
  Created https://www.nuget.org/api/v2/package/ 1423ms
""")
@S
def _():
    t = "cmVmdGtuOjAxOj" + rs(50, ALNUM)
    row("xml:maven_settings", "artifactory_reference_token", [("artifactory_token", t)],
f"""<settings>
  <servers>
    <server>
      <id>nmh-artifactory</id>
      <username>ci-publisher</username>
      <password>{t}</password>
    </server>
  </servers>
</settings>
""")
@S
def _():
    u, p = "nmhpull", pw()
    a = b64enc(f"{u}:{p}")
    row("json:docker_config", "docker_registry_auth", [("docker_registry_auth", a)],
"$ cat ~/.docker/config.json\n" + json.dumps({"auths": {f"registry.{H}": {"auth": a}, "https://index.docker.io/v1/": {}}, "credsStore": ""}, indent=2))
@S
def _():
    p = pw_url(); u = f"https://pypi-reader:{p}@nexus.{H}/repository/pypi-group/simple"
    row("config:pip_conf", "pip_index_url_credentials", [("package_index_credentials_url", u)],
f"""# /etc/pip.conf on ML build agents
[global]
index-url = {u}
trusted-host = nexus.{H}
timeout = 60
""")
@S
def _():
    t = "ops_" + b64url_json({"signInAddress": "northmoor.1password.example", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64(16, url=True, pad=False)}, "email": rs(26, string.ascii_lowercase) + "@1passwordserviceaccounts.example", "srpX": hexs(64), "muk": {"alg": "A256GCM", "ext": True, "k": b64(32, url=True, pad=False), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rs(6, string.ascii_uppercase + string.digits) + "-" + rs(11, string.ascii_uppercase + string.digits)})
    row("shell:env_export", "onepassword_service_account_token", [("onepassword_service_account_token", t)],
f"""$ export OP_SERVICE_ACCOUNT_TOKEN={t}
$ op read "op://Integration/mirth-db/password" >/dev/null && echo ok
ok
""")
@S
def _():
    p = pw()
    row("powershell:laps_output", "windows_local_admin_password", [("windows_local_admin_password", p)],
f"""PS C:\\> Get-LapsADPassword -Identity NMH-ICU-WS-{digits(3)} -AsPlainText

ComputerName        : NMH-ICU-WS-{digits(3)}
DistinguishedName   : CN=NMH-ICU-WS,OU=Clinical,DC=corp,DC=northmoor-health,DC=example
Account             : Administrator
Password            : {p}
PasswordUpdateTime  : 12/01/2026 03:14:07
ExpirationTimestamp : 12/31/2026 03:14:07
""")
@S
def _():
    p = pw(); k = rs(32, ALNUM)
    row("xml:mirth_configuration_map", "mirth_keystore_password", [("keystore_password", p), ("encryption_key", k)],
f"""<map>
  <entry><string>pharmacy.ncpdp.endpoint</string><com.mirth.connect.util.ConfigurationProperty><value>https://rx-switch.example/script/10.6</value></com.mirth.connect.util.ConfigurationProperty></entry>
  <entry><string>tls.keystore.password</string><com.mirth.connect.util.ConfigurationProperty><value>{p}</value><comment>JKS for NCPDP SCRIPT</comment></com.mirth.connect.util.ConfigurationProperty></entry>
  <entry><string>phi.aes.key</string><com.mirth.connect.util.ConfigurationProperty><value>{k}</value></com.mirth.connect.util.ConfigurationProperty></entry>
</map>
""")
@S
def _():
    p = pw()
    row("sql:script", "database_create_user_password", [("sql_server_login_password", p)],
f"""-- 2026-12-07 create read-only login for denials analytics (CHG-{digits(6)})
CREATE LOGIN denials_ro WITH PASSWORD = N'{p}', CHECK_POLICY = ON;
USE ClaimsDW;
CREATE USER denials_ro FOR LOGIN denials_ro;
ALTER ROLE db_datareader ADD MEMBER denials_ro;
""")
@S
def _():
    key = pem_rsa_pkcs8()
    row("xml:saml_sp_config", "saml_signing_private_key", [("saml_signing_private_key", key)],
f"""<sp entityID="https://staff.{H}/saml">
  <signing>
    <privateKey>
{key}
    </privateKey>
  </signing>
</sp>
""")
@S
def _():
    a = pw(); b = pw()
    row("csv:password_export", "credential_export_csv", [("web_portal_password", a), ("web_portal_password", b)],
f"""name,url,username,password,note
Payer portal (Calderon),https://portal.{INS},nmh_rcm_lead,{a},shared RCM login
Lab reference portal,https://reflab.example/login,nmh-lab,{b},
Device vendor support,https://support.infuse-med.example,biomed@{H},********,see vault
""")
@S
def _():
    s = b64(32)
    row("yaml:kubernetes_encryption_config", "kubernetes_encryption_provider_key", [("aescbc_encryption_key", s)],
f"""apiVersion: apiserver.config.k8s.io/v1
kind: EncryptionConfiguration
resources:
  - resources: [secrets]
    providers:
      - aescbc:
          keys:
            - name: key-2026-12
              secret: {s}
      - identity: {{}}
""")
@S
def _():
    t = "xoxp-" + digits(12, True) + "-" + digits(12, True) + "-" + digits(13, True) + "-" + hexs(32)
    row("log:browser_console", "slack_user_token", [("slack_user_token", t)],
f"""[HMR] connected
slack-export.js:41 using token {t} for workspace NMH-Nursing
slack-export.js:77 exported 1,204 messages from #ward-7b-handover
""")
@S
def _():
    t = "SG." + rs(22, ALNUM + "-_") + "." + rs(43, ALNUM + "-_")
    a = "AKIA" + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"); s = rs(44, ALNUM + "+/")
    row("yaml:aws_ses_smtp", "aws_ses_smtp_credentials", [("aws_access_key_id", a), ("aws_ses_smtp_password", "B" + s[1:])],
f"""# postfix relay for patient letters (eu-west-1)
relayhost: "[email-smtp.eu-west-1.amazonaws.com]:587"
smtp_sasl_username: {a}
smtp_sasl_password: {"B" + s[1:]}
fallback_provider: sendgrid (disabled)
""")
@S
def _():
    t = "eyJrIjoi" + rs(40, ALNUM) + "IiwibiI6Im" + rs(30, ALNUM) + "=="
    row("json:grafana_legacy_api_key", "grafana_legacy_api_key", [("grafana_api_key", t)],
json.dumps({"id": R.randint(1, 99), "name": "device-fleet-dashboards", "key": t}, indent=2))

print(len(rows), "secret rows")
SECRET_ROWS = rows
