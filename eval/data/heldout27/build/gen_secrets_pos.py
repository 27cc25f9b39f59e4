"""Positive (label=secret) generators for secrets.jsonl.

Every function returns (format, category, text, [secret values]).
"""
import json
from urllib.parse import quote

from common import *  # noqa
import keys

POS = []


def S(fn):
    POS.append(fn)
    return fn


def aws_akid(prefix="AKIA"):
    return prefix + rs(16, B32)


def aws_secret():
    return rs(40, ALNUM + "+/")


# ---------------- cloud ----------------
@S
def aws_credentials_file():
    ak, sk = aws_akid(), aws_secret()
    prof = pick(["etl-prod", "warehouse-loader", "ops-readonly"])
    text = (f"$ cat ~/.aws/credentials\n[default]\nregion = eu-west-1\noutput = json\n\n[{prof}]\n"
            f"aws_access_key_id = {ak}\naws_secret_access_key = {sk}\n\n[sandbox]\n"
            f"credential_process = /usr/local/bin/aws-sso-helper --profile sandbox\n$ ")
    return "shell_session", "aws_access_key_pair", text, [ak, sk]


@S
def aws_sts_ci_log():
    ak, sk = aws_akid("ASIA"), aws_secret()
    tok = "IQoJb3JpZ2luX2VjE" + rs(2, ALNUM) + "aCXVzLWVhc3QtMSJHMEUCI" + rs(330, B64)
    n = R.randint(1200, 9800)
    text = (f"#{n} [deploy 3/7] RUN aws sts assume-role --role-arn arn:aws:iam::{digits(12)}:role/ci-deployer --role-session-name gha-{n}\n"
            f"#{n} 1.82 + export AWS_ACCESS_KEY_ID={ak}\n"
            f"#{n} 1.82 + export AWS_SECRET_ACCESS_KEY={sk}\n"
            f"#{n} 1.82 + export AWS_SESSION_TOKEN={tok}\n"
            f"#{n} 1.95 + aws s3 sync ./dist s3://static-assets-prod/app/ --delete\n"
            f"#{n} 4.10 upload: dist/index.html to s3://static-assets-prod/app/index.html\n#{n} DONE 4.3s")
    return "ci_log", "aws_sts_session_credentials", text, [ak, sk, tok]


@S
def gcp_api_key_curl():
    k = "AIza" + rs(35, B64URL)
    text = (f"$ curl -s \"https://maps.googleapis.com/maps/api/geocode/json?address=Harbour+Rd+14&key={k}\" | jq '.status, .results[0].geometry.location'\n"
            f"\"OK\"\n{{\n  \"lat\": {R.uniform(40,55):.7f},\n  \"lng\": {R.uniform(-5,15):.7f}\n}}")
    return "shell_session", "google_api_key", text, [k]


@S
def gcp_service_account_json():
    pem = keys.rsa_pkcs8(1024)
    esc = pem.replace("\n", "\\n")
    proj = pick(["dwh-ingest", "cx-ops-analytics", "billing-exports"]) + "-" + digits(6)
    sa = pick(["loader", "airflow-worker", "bq-reader"])
    text = ("{\n  \"type\": \"service_account\",\n"
            f"  \"project_id\": \"{proj}\",\n  \"private_key_id\": \"{hexs(40)}\",\n"
            f"  \"private_key\": \"{esc}\",\n"
            f"  \"client_email\": \"{sa}@{proj}.iam.gserviceaccount.com\",\n  \"client_id\": \"{digits(21, True)}\",\n"
            "  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}")
    return "json_config", "gcp_service_account_private_key", text, [esc]


@S
def azure_storage_conn():
    acct = pick(["cxexportsprod", "rawlanding01", "dwhstagingweu"])
    key = b64bytes(64)
    text = (f"# local.settings.json (Azure Functions)\n{{\n  \"IsEncrypted\": false,\n  \"Values\": {{\n"
            f"    \"FUNCTIONS_WORKER_RUNTIME\": \"python\",\n"
            f"    \"AzureWebJobsStorage\": \"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={key};EndpointSuffix=core.windows.net\",\n"
            f"    \"EXPORT_CONTAINER\": \"nightly-crm\"\n  }}\n}}")
    return "json_config", "azure_storage_account_key", text, [key]


@S
def azure_client_secret():
    sec = rs(3, ALNUM) + "8Q~" + rs(34, ALNUM + "_~.-")
    text = (f"# terraform.tfvars\ntenant_id       = \"{uid()}\"\nsubscription_id = \"{uid()}\"\nclient_id       = \"{uid()}\"\n"
            f"client_secret   = \"{sec}\"\nlocation        = \"westeurope\"\nresource_group  = \"rg-dataplatform-prd\"\n")
    return "hcl_config", "azure_ad_client_secret", text, [sec]


@S
def azure_sas_url():
    acct = pick(["invoicearchive", "cxattachments", "mlfeaturesprd"])
    sig = quote(b64bytes(32), safe="")
    url = (f"https://{acct}.blob.core.windows.net/exports/2025/q2/customers_full.parquet?sp=r&st=2025-06-0{R.randint(1,9)}T08:00:00Z"
           f"&se=2025-06-1{R.randint(0,9)}T08:00:00Z&spr=https&sv=2022-11-02&sr=b&sig={sig}")
    text = (f"Hi team - the export finished. Download link below is valid for a week, please don't forward outside the data-eng channel:\n\n{url}\n\n"
            f"Size: {R.randint(200,900)} MB, {R.randint(1,9)}.{R.randint(0,9)}M rows. Ping me if the schema looks off.")
    return "chat_message", "azure_sas_signed_url", text, [url]


@S
def digitalocean_token():
    t = "dop_v1_" + hexs(64)
    text = (f"$ doctl auth init --context ops\nPlease authenticate doctl for use with your DigitalOcean account. You can generate a token in the control panel at https://cloud.digitalocean.com/account/api/tokens\n\n"
            f"Enter your access token: {t}\nValidating token... ✔\n$ doctl compute droplet list --format Name,Status\nName              Status\nworker-ams3-01    active\nworker-ams3-02    active")
    return "shell_session", "digitalocean_token", text, [t]


@S
def alibaba_keys():
    ak = "LTAI5t" + rs(18, ALNUM)
    sk = rs(30, ALNUM)
    text = (f"[oss]\nendpoint = oss-cn-hangzhou.aliyuncs.com\nbucket = cx-media-backup\naccess_key_id = {ak}\naccess_key_secret = {sk}\n"
            f"multipart_threshold = 104857600\nretries = 5\n")
    return "ini_config", "alibaba_cloud_access_key", text, [ak, sk]


@S
def ibm_cloud_key():
    k = rs(44, B64URL)
    text = (f"$ ibmcloud login --apikey {k} -r us-south\nAPI endpoint:      https://cloud.ibm.com\nAuthenticating...\nOK\n\n"
            f"Targeted account Harrowgate Freight ({hexs(32)})\nTargeted region us-south\n\nAPI endpoint:      https://cloud.ibm.com\nRegion:            us-south\nUser:              ServiceId-{uid()}")
    return "shell_session", "ibm_cloud_api_key", text, [k]


@S
def cloudflare_token():
    t = rs(40, B64URL)
    text = (f"name: purge-cache\non:\n  workflow_dispatch: {{}}\njobs:\n  purge:\n    runs-on: ubuntu-latest\n    steps:\n      - name: purge\n"
            f"        run: |\n          curl -X POST \"https://api.cloudflare.com/client/v4/zones/{hexs(32)}/purge_cache\" \\\n"
            f"            -H \"Authorization: Bearer {t}\" \\\n            -H \"Content-Type: application/json\" \\\n            --data '{{\"purge_everything\":true}}'\n")
    return "yaml_ci_config", "cloudflare_api_token", text, [t]


@S
def heroku_key():
    k = uid()
    text = (f"$ heroku config -a cx-ops-worker\n=== cx-ops-worker Config Vars\nDATABASE_URL_NAME: HEROKU_POSTGRESQL_AMBER\nHEROKU_API_KEY:    {k}\n"
            f"LOG_LEVEL:         info\nWEB_CONCURRENCY:   3\nTZ:                UTC")
    return "cli_output", "heroku_api_key", text, [k]


@S
def linode_token():
    t = hexs(64)
    text = (f"[DEFAULT]\ndefault-user = opsbot\n\n[opsbot]\ntoken = {t}\nregion = eu-central\ntype = g6-standard-2\nimage = linode/debian12\n")
    return "ini_config", "linode_api_token", text, [t]


@S
def hetzner_token():
    t = rs(64, ALNUM)
    text = (f"$ cat ~/.config/hcloud/cli.toml\nactive_context = \"analytics\"\n\n[[contexts]]\n  name = \"analytics\"\n  token = \"{t}\"\n\n"
            f"[[contexts]]\n  name = \"staging\"\n  token = \"\"\n")
    return "toml_config", "hetzner_cloud_token", text, [t]


# ---------------- payments ----------------
@S
def stripe_secret_env():
    k = "sk_live_51" + rs(97, ALNUM)
    text = (f"# .env.production\nNODE_ENV=production\nAPP_URL=https://shop.driftwoodcoffee.shop\nSTRIPE_SECRET_KEY={k}\n"
            f"STRIPE_API_VERSION=2024-06-20\nCURRENCY=eur\nLOG_LEVEL=warn\n")
    return "dotenv", "stripe_secret_key", text, [k]


@S
def stripe_restricted_and_webhook():
    rk = "rk_live_51" + rs(97, ALNUM)
    wh = "whsec_" + rs(32, ALNUM)
    text = (f"payments:\n  provider: stripe\n  stripe:\n    api_key: \"{rk}\"   # restricted: charges:read, refunds:write\n"
            f"    webhook_signing_secret: \"{wh}\"\n    webhook_path: /hooks/stripe\n    tolerance_seconds: 300\n  refunds:\n    auto_approve_below_eur: 25\n")
    return "yaml_config", "stripe_restricted_key_and_webhook_secret", text, [rk, wh]


@S
def braintree_token():
    t = f"access_token$production${rs(16, LO + DI)}${hexs(32)}"
    text = (f"ERROR 2025-03-1{R.randint(0,9)} 11:02:44,118 [checkout-7] c.n.payments.BraintreeGateway - gateway init failed\n"
            f"com.braintreegateway.exceptions.AuthenticationException: Invalid credentials for access token '{t}'\n"
            f"\tat com.braintreegateway.util.Http.throwExceptionIfErrorStatusCode(Http.java:211)\n\tat com.braintreegateway.util.Http.httpRequest(Http.java:142)\n"
            f"\tat com.nimbleroot.payments.BraintreeGateway.init(BraintreeGateway.java:58)")
    return "stack_trace", "braintree_access_token", text, [t]


@S
def square_token():
    t = "EAAA" + rs(60, B64URL)
    text = (f"SQUARE_ENVIRONMENT=production\nSQUARE_ACCESS_TOKEN={t}\nSQUARE_LOCATION_ID=L{rs(12, UP + DI)}\nPOS_SYNC_INTERVAL_MIN=15\n")
    return "dotenv", "square_access_token", text, [t]


@S
def adyen_key():
    k = "AQE" + rs(2, ALNUM) + "hmfx" + rs(86, B64) + "==-" + b64bytes(32) + "-" + rs(16, ALNUM)
    text = json.dumps({"merchantAccount": "VellowayTravelECOM", "environment": "LIVE",
                       "liveEndpointUrlPrefix": hexs(16) + "-VellowayTravel", "apiKey": k,
                       "clientKey": "live_" + rs(32, UP + DI)}, indent=2)
    # clientKey is Adyen's public client-side key; not labelled.
    return "json_config", "adyen_api_key", text, [k]


@S
def shopify_token():
    t = "shpat_" + hexs(32)
    text = (f"$ curl -s -H 'X-Shopify-Access-Token: {t}' https://brackenridge-outfitters.myshopify.com/admin/api/2024-10/orders/count.json\n"
            f"{{\"count\":{R.randint(1000,9999)}}}\n$ ")
    return "shell_session", "shopify_admin_access_token", text, [t]


@S
def plaid_secret():
    s = hexs(30)
    text = (f"[plaid]\nenvironment = \"production\"\nsecret = \"{s}\"\nproducts = [\"transactions\", \"auth\"]\ncountry_codes = [\"US\", \"CA\"]\nwebhook = \"https://api.peregrineledger.com/plaid/webhook\"\n")
    return "toml_config", "plaid_secret", text, [s]


@S
def gocardless_token():
    t = "live_" + rs(40, B64URL)
    text = (f">>> import gocardless_pro\n>>> client = gocardless_pro.Client(access_token='{t}', environment='live')\n"
            f">>> [m.status for m in client.mandates.list(params={{'limit': 3}}).records]\n['active', 'active', 'cancelled']")
    return "python_repl", "gocardless_access_token", text, [t]


@S
def mollie_key():
    k = "live_" + rs(30, ALNUM)
    text = (f"<?php\n// config/payments.php\nreturn [\n    'default' => 'mollie',\n    'mollie' => [\n        'key' => '{k}',\n        'webhook_url' => env('APP_URL').'/webhooks/mollie',\n        'locale' => 'nl_NL',\n    ],\n];\n")
    return "php_config", "mollie_api_key", text, [k]


# ---------------- source control / CI / registries ----------------
@S
def github_classic_pat():
    t = "ghp_" + rs(36, ALNUM)
    text = (f"$ git remote -v\norigin\thttps://{t}@github.com/quillbrook/etl-pipelines.git (fetch)\n"
            f"origin\thttps://{t}@github.com/quillbrook/etl-pipelines.git (push)\n$ git log --oneline -3\n"
            f"{hexs(7)} fix: handle null country codes\n{hexs(7)} chore: bump dbt to 1.8.4\n{hexs(7)} feat: incremental orders model")
    return "shell_session", "github_personal_access_token", text, [t]


@S
def github_fine_grained():
    t = "github_pat_11" + rs(20, UP + DI) + "_" + rs(59, ALNUM)
    text = (f"diff --git a/scripts/release.sh b/scripts/release.sh\nindex {hexs(7)}..{hexs(7)} 100755\n--- a/scripts/release.sh\n+++ b/scripts/release.sh\n"
            f"@@ -3,6 +3,7 @@ set -euo pipefail\n VERSION=\"$1\"\n-GH_TOKEN=\"${{GH_TOKEN:?missing}}\"\n+# TODO remove before merge\n+GH_TOKEN=\"{t}\"\n "
            f"gh release create \"v$VERSION\" dist/*.whl --notes-file CHANGELOG.md\n")
    return "git_diff", "github_fine_grained_pat", text, [t]


@S
def github_app_token_log():
    t = "ghs_" + rs(36, ALNUM)
    d = f"2025-04-0{R.randint(1,9)}T09:1"
    text = (f"{d}4:1{R.randint(0,9)}.{digits(7)}Z ##[group]Run actions/checkout@v4\n"
            f"{d}4:2{R.randint(0,9)}.{digits(7)}Z [command]/usr/bin/git config --local http.https://github.com/.extraheader AUTHORIZATION: basic ***\n"
            f"{d}5:0{R.randint(0,9)}.{digits(7)}Z debug: installation token for repo fetch = {t}\n"
            f"{d}5:1{R.randint(0,9)}.{digits(7)}Z ##[endgroup]")
    return "ci_log", "github_app_installation_token", text, [t]


@S
def gitlab_pat():
    t = "glpat-" + rs(20, B64URL)
    text = (f"$ export GITLAB_TOKEN={t}\n$ glab api projects/412/pipelines?per_page=2 | jq -r '.[] | \"\\(.id) \\(.status)\"'\n"
            f"{R.randint(100000,999999)} success\n{R.randint(100000,999999)} failed")
    return "shell_session", "gitlab_personal_access_token", text, [t]


@S
def gitlab_runner_token():
    t = "glrt-" + rs(20, B64URL)
    text = (f"concurrent = 4\ncheck_interval = 0\n\n[[runners]]\n  name = \"build-ams-02\"\n  url = \"https://gitlab.kestrelbots.ai\"\n  id = {R.randint(100,999)}\n"
            f"  token = \"{t}\"\n  executor = \"docker\"\n  [runners.docker]\n    image = \"python:3.12-slim\"\n    privileged = false\n    volumes = [\"/cache\"]\n")
    return "toml_config", "gitlab_runner_token", text, [t]


@S
def bitbucket_app_password():
    t = "ATBB" + rs(32, ALNUM) + HEXU(8)
    text = (f"image: node:20\npipelines:\n  default:\n    - step:\n        script:\n          - npm ci\n          - npm test\n"
            f"          - git push https://ci-bot:{t}@bitbucket.org/glasshaus/site.git HEAD:deploy\n")
    return "yaml_ci_config", "bitbucket_app_password", text, [t]


@S
def npm_token():
    t = "npm_" + rs(36, ALNUM)
    text = (f"$ cat .npmrc\n@copperlark:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={t}\nsave-exact=true\n"
            f"$ npm publish --access restricted\nnpm notice 📦  @copperlark/ui-kit@3.{R.randint(0,20)}.{R.randint(0,9)}\nnpm notice Tarball Contents\nnpm notice 14.2kB dist/index.js")
    return "shell_session", "npm_access_token", text, [t]


@S
def pypi_token():
    t = "pypi-AgEIcHlwaS5vcmc" + rs(150, B64URL)
    text = (f"[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = {t}\n\n[internal]\nrepository = https://pkgs.quillbrook.io/simple/\nusername = deploy\n")
    return "ini_config", "pypi_api_token", text, [t]


@S
def rubygems_key():
    k = "rubygems_" + hexs(48)
    text = f"$ cat ~/.gem/credentials\n---\n:rubygems_api_key: {k}\n$ gem push pkg/ledger_sync-0.{R.randint(1,9)}.0.gem\nPushing gem to https://rubygems.org...\nSuccessfully registered gem: ledger_sync (0.4.0)"
    return "shell_session", "rubygems_api_key", text, [k]


@S
def nuget_key():
    k = "oy2" + rs(43, LO + DI)
    text = (f"Step 6/9 : RUN dotnet nuget push \"bin/Release/*.nupkg\" --api-key {k} --source https://api.nuget.org/v3/index.json\n"
            f" ---> Running in {hexs(12)}\nPushing Ironbark.Payroll.Client.2.3.1.nupkg to 'https://www.nuget.org/api/v2/package'...\n  PUT https://www.nuget.org/api/v2/package/\n  Created https://www.nuget.org/api/v2/package/ 1873ms\nYour package was pushed.")
    return "docker_build_log", "nuget_api_key", text, [k]


@S
def dockerhub_pat():
    t = "dckr_pat_" + rs(27, B64URL)
    text = (f"$ echo {t} | docker login -u kestrelci --password-stdin\nWARNING! Your password will be stored unencrypted in /home/ci/.docker/config.json.\n"
            f"Configure a credential helper to remove this warning. See\nhttps://docs.docker.com/engine/reference/commandline/login/#credential-stores\n\nLogin Succeeded")
    return "shell_session", "docker_hub_pat", text, [t]


@S
def docker_config_auth():
    user, pw = "svc-pull", rs(20, ALNUM)
    auth = b64enc(f"{user}:{pw}")
    text = json.dumps({"auths": {"registry.harrowgate-freight.com": {"auth": auth},
                                 "https://index.docker.io/v1/": {}},
                       "credsStore": "", "currentContext": "default"}, indent=2)
    return "json_config", "docker_registry_auth", text, [auth]


@S
def atlassian_token():
    t = "ATATT3xFfGF0" + rs(170, B64URL) + "=" + HEXU(8)
    text = (f"JIRA_BASE_URL=https://saltmarsh-ins.atlassian.net\nJIRA_USER=automation@saltmarsh-ins.com\nJIRA_API_TOKEN={t}\nJIRA_PROJECT=CLM\n")
    return "dotenv", "atlassian_api_token", text, [t]


@S
def circleci_token():
    t = "CCIPAT_" + rs(22, ALNUM) + "_" + hexs(40)
    text = (f"$ curl -s -H \"Circle-Token: {t}\" https://circleci.com/api/v2/me\n"
            f"{{\"name\":\"deploy-bot\",\"login\":\"deploy-bot\",\"id\":\"{uid()}\"}}")
    return "shell_session", "circleci_personal_token", text, [t]


@S
def buildkite_token():
    t = "bkua_" + hexs(40)
    text = (f"steps:\n  - label: \":pipeline: upload\"\n    command: buildkite-agent pipeline upload\n    env:\n      BUILDKITE_API_TOKEN: \"{t}\"\n      BUILDKITE_ORG: tidewell\n")
    return "yaml_ci_config", "buildkite_api_token", text, [t]


@S
def jenkins_token():
    t = "11" + hexs(32)
    text = (f"$ curl -X POST -u admin:{t} \"https://ci.lumenfold.health/job/nightly-etl/buildWithParameters?TARGET=prod\"\n"
            f"$ curl -s -u admin:{t} https://ci.lumenfold.health/job/nightly-etl/lastBuild/api/json | jq .result\n\"SUCCESS\"")
    return "shell_session", "jenkins_api_token", text, [t]


@S
def sonarqube_token():
    t = "squ_" + hexs(40)
    text = (f"sonar.projectKey=peregrine-ledger-api\nsonar.host.url=https://sonar.peregrineledger.com\nsonar.token={t}\nsonar.sources=src\nsonar.tests=tests\nsonar.python.coverage.reportPaths=coverage.xml\n")
    return "properties_file", "sonarqube_token", text, [t]


@S
def jfrog_key():
    k = "AKCp" + rs(69, ALNUM)
    text = (f"<settings>\n  <servers>\n    <server>\n      <id>artifactory-releases</id>\n      <username>build-svc</username>\n"
            f"      <password>{k}</password>\n    </server>\n  </servers>\n</settings>")
    return "xml_config", "jfrog_artifactory_api_key", text, [k]


# ---------------- messaging / collaboration ----------------
@S
def slack_bot_token():
    t = f"xoxb-{digits(12, True)}-{digits(13, True)}-{rs(24, ALNUM)}"
    text = (f"SLACK_BOT_TOKEN={t}\nSLACK_ALERT_CHANNEL=#dataops-alerts\nSLACK_MENTION_ONCALL=true\nALERT_MIN_SEVERITY=warning\n")
    return "dotenv", "slack_bot_token", text, [t]


@S
def slack_user_token():
    t = f"xoxp-{digits(12, True)}-{digits(12, True)}-{digits(13, True)}-{hexs(32)}"
    text = (f">>> from slack_sdk import WebClient\n>>> c = WebClient(token=\"{t}\")\n>>> c.conversations_history(channel=\"C0{rs(9, UP + DI)}\", limit=1)[\"messages\"][0][\"text\"]\n"
            f"'deploy finished for cx-portal v2.14.1'")
    return "python_repl", "slack_user_token", text, [t]


@S
def slack_webhook():
    url = f"https://hooks.slack.com/services/T{rs(8, UP + DI)}/B{rs(10, UP + DI)}/{rs(24, ALNUM)}"
    text = (f"alerting:\n  receivers:\n    - name: dataops\n      slack_configs:\n        - api_url: {url}\n          channel: '#dataops-alerts'\n"
            f"          send_resolved: true\n          title: '{{{{ .CommonLabels.alertname }}}}'\n")
    return "yaml_config", "slack_webhook_url", text, [url]


@S
def discord_bot():
    t = b64enc(digits(19, True), pad=False) + "." + rs(6, B64URL) + "." + rs(38, B64URL)
    text = (f"Traceback (most recent call last):\n  File \"/srv/bot/main.py\", line 88, in <module>\n    client.run(\"{t}\")\n"
            f"  File \"/usr/lib/python3.11/site-packages/discord/client.py\", line 860, in run\n    asyncio.run(runner())\n"
            f"discord.errors.PrivilegedIntentsRequired: Shard ID None is requesting privileged intents that have not been explicitly enabled in the developer portal.")
    return "stack_trace", "discord_bot_token", text, [t]


@S
def discord_webhook():
    url = f"https://discord.com/api/webhooks/{digits(19, True)}/{rs(68, B64URL)}"
    text = (f"[notify]\nenabled = true\nprovider = discord\nwebhook_url = \"{url}\"\nusername = \"Nightly ETL\"\non = [\"failure\", \"recovery\"]\n")
    return "toml_config", "discord_webhook_url", text, [url]


@S
def telegram_token():
    t = f"{digits(10, True)}:AA{rs(33, B64URL)}"
    text = (f"$ curl -s https://api.telegram.org/bot{t}/getMe\n"
            f"{{\"ok\":true,\"result\":{{\"id\":{t.split(':')[0]},\"is_bot\":true,\"first_name\":\"ShipTrack Notifier\",\"username\":\"shiptrack_notify_bot\"}}}}")
    return "shell_session", "telegram_bot_token", text, [t]


@S
def teams_webhook():
    url = (f"https://harrowgatefreight.webhook.office.com/webhookb2/{uid()}@{uid()}/IncomingWebhook/{hexs(32)}/{uid()}/V2{rs(43, B64URL)}")
    text = (f"param(\n  [string]$Message = \"Backup job finished\"\n)\n$webhook = \"{url}\"\n"
            f"$body = @{{ text = $Message }} | ConvertTo-Json\nInvoke-RestMethod -Method Post -Uri $webhook -Body $body -ContentType 'application/json'\n")
    return "powershell_script", "ms_teams_webhook_url", text, [url]


@S
def twilio_auth():
    tok = hexs(32)
    sec = rs(32, ALNUM)
    text = (f"TWILIO_AUTH_TOKEN={tok}\nTWILIO_API_KEY_SECRET={sec}\nSMS_SENDER_NAME=Mossgate\nSMS_RATE_LIMIT_PER_MIN=60\n")
    return "dotenv", "twilio_auth_token_and_api_secret", text, [tok, sec]


@S
def sendgrid_key():
    k = "SG." + rs(22, B64URL) + "." + rs(43, B64URL)
    text = (f"spring:\n  sendgrid:\n    api-key: {k}\n  mail:\n    from: no-reply@mossgate-rx.com\n    templates:\n      refill-reminder: d-{hexs(32)}\n")
    return "yaml_config", "sendgrid_api_key", text, [k]


@S
def mailgun_key():
    k = "key-" + hexs(32)
    text = (f"$ curl -s --user 'api:{k}' https://api.eu.mailgun.net/v3/mg.velloway.travel/messages \\\n  -F from='Velloway <bookings@mg.velloway.travel>' -F to=qa-inbox@mg.velloway.travel -F subject='smoke test' -F text='ok'\n"
            f"{{\n  \"id\": \"<{digits(14)}.{digits(16)}@mg.velloway.travel>\",\n  \"message\": \"Queued. Thank you.\"\n}}")
    return "shell_session", "mailgun_api_key", text, [k]


@S
def mailchimp_key():
    k = hexs(32) + "-us" + str(R.randint(2, 21))
    text = (f"# notebooks/newsletter_sync.ipynb — cell [3]\nimport mailchimp_marketing as mc\nclient = mc.Client()\nclient.set_config({{\"api_key\": \"{k}\", \"server\": \"{k.split('-')[1]}\"}})\n"
            f"resp = client.lists.get_all_lists(count=5)\nprint([l['name'] for l in resp['lists']])\n\n# output\n['Customers EU', 'Trade partners', 'Beta testers']")
    return "jupyter_notebook", "mailchimp_api_key", text, [k]


@S
def postmark_token():
    t = uid()
    text = (f"POST /email HTTP/1.1\nHost: api.postmarkapp.com\nAccept: application/json\nContent-Type: application/json\nX-Postmark-Server-Token: {t}\n\n"
            f"{{\"From\":\"receipts@driftwoodcoffee.shop\",\"To\":\"qa@driftwoodcoffee.shop\",\"Subject\":\"Receipt test\",\"TextBody\":\"ok\"}}")
    return "http_request", "postmark_server_token", text, [t]


@S
def brevo_key():
    k = "xkeysib-" + hexs(64) + "-" + rs(16, ALNUM)
    text = f"BREVO_API_KEY={k}\nBREVO_SENDER=news@glasshaus.studio\nBREVO_LIST_ID={R.randint(2,40)}\n"
    return "dotenv", "brevo_api_key", text, [k]


@S
def resend_key():
    k = "re_" + rs(8, ALNUM) + "_" + rs(24, ALNUM)
    text = (f"import {{ Resend }} from 'resend';\n\n// quick test, move to env later\nconst resend = new Resend('{k}');\n\n"
            f"await resend.emails.send({{\n  from: 'alerts@kestrelbots.ai',\n  to: ['oncall@kestrelbots.ai'],\n  subject: 'Robot fleet heartbeat missing',\n  html: '<p>3 units silent &gt; 10 min</p>',\n}});\n")
    return "source_code", "resend_api_key", text, [k]


@S
def fcm_server_key():
    k = "AAAA" + rs(7, B64URL) + ":APA91b" + rs(134, B64URL)
    text = (f"curl -X POST https://fcm.googleapis.com/fcm/send \\\n  -H \"Authorization: key={k}\" \\\n  -H \"Content-Type: application/json\" \\\n"
            f"  -d '{{\"to\":\"/topics/order-updates\",\"notification\":{{\"title\":\"Your parcel is out for delivery\"}}}}'\n{{\"message_id\":{digits(19, True)}}}")
    return "shell_session", "firebase_cloud_messaging_server_key", text, [k]


# ---------------- AI / model vendors ----------------
@S
def openai_key():
    k = "sk-proj-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL)
    text = (f"In [4]: import os, openai\n\nIn [5]: os.environ[\"OPENAI_API_KEY\"] = \"{k}\"\n\nIn [6]: client = openai.OpenAI()\n\n"
            f"In [7]: client.models.list().data[0].id\nOut[7]: 'gpt-4o-mini-2024-07-18'")
    return "ipython_session", "openai_api_key", text, [k]


@S
def anthropic_key():
    k = "sk-ant-api03-" + rs(93, B64URL) + "AA"
    text = (f"services:\n  summarizer:\n    image: ghcr.io/lumenfold/ticket-summarizer:1.9.2\n    environment:\n      ANTHROPIC_API_KEY: {k}\n"
            f"      MAX_TOKENS: \"1024\"\n      QUEUE_URL: amqp://rabbit:5672\n    restart: unless-stopped\n")
    return "docker_compose", "anthropic_api_key", text, [k]


@S
def hf_token():
    t = "hf_" + rs(34, UP + LO)
    text = (f"$ huggingface-cli login --token {t}\nToken is valid (permission: write).\nYour token has been saved to /home/analyst/.cache/huggingface/token\nLogin successful\n"
            f"$ huggingface-cli upload quillbrook/churn-classifier ./model --private\nUploading 4 files: 100%|██████████| 4/4 [00:03<00:00]")
    return "shell_session", "huggingface_token", text, [t]


@S
def replicate_token():
    t = "r8_" + rs(37, ALNUM)
    text = f"export REPLICATE_API_TOKEN={t}\nexport OUTPUT_BUCKET=gs://glasshaus-renders\npython render_batch.py --model flux-schnell --n 24\n"
    return "shell_script", "replicate_api_token", text, [t]


@S
def groq_key():
    k = "gsk_" + rs(52, ALNUM)
    text = (f"{{\n  \"llm\": {{\n    \"provider\": \"groq\",\n    \"model\": \"llama-3.1-70b-versatile\",\n    \"api_key\": \"{k}\",\n    \"temperature\": 0.2\n  }},\n  \"retriever\": {{ \"top_k\": 8 }}\n}}")
    return "json_config", "groq_api_key", text, [k]


@S
def langsmith_key():
    k = "lsv2_pt_" + hexs(32) + "_" + hexs(10)
    text = f"LANGCHAIN_TRACING_V2=true\nLANGCHAIN_ENDPOINT=https://api.smith.langchain.com\nLANGCHAIN_API_KEY={k}\nLANGCHAIN_PROJECT=support-triage\n"
    return "dotenv", "langsmith_api_key", text, [k]


@S
def azure_openai_key():
    k = hexs(32)
    text = (f"POST https://cx-ops-oai.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-06-01\n"
            f"api-key: {k}\nContent-Type: application/json\n\n{{\"messages\":[{{\"role\":\"user\",\"content\":\"Classify ticket #{R.randint(10000,99999)}\"}}]}}\n\n"
            f"HTTP/1.1 200 OK\nx-request-id: {uid()}\napim-request-id: {uid()}")
    return "http_capture", "azure_openai_api_key", text, [k]


@S
def pinecone_key():
    k = "pcsk_" + rs(5, ALNUM) + "_" + rs(60, ALNUM)
    text = (f">>> from pinecone import Pinecone\n>>> pc = Pinecone(api_key=\"{k}\")\n>>> pc.list_indexes().names()\n['tickets-embeddings', 'kb-articles']")
    return "python_repl", "pinecone_api_key", text, [k]


@S
def wandb_netrc():
    k = hexs(40)
    text = f"$ cat ~/.netrc\nmachine api.wandb.ai\n  login user\n  password {k}\nmachine github.com\n  login x-access-token\n  password \n"
    return "shell_session", "wandb_api_key", text, [k]


# ---------------- google oauth ----------------
@S
def google_client_secret_json():
    cs = "GOCSPX-" + rs(28, B64URL)
    text = json.dumps({"web": {"client_id": f"{digits(12, True)}-{rs(32, LO + DI)}.apps.googleusercontent.com",
                               "project_id": "cx-portal-" + digits(6), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                               "token_uri": "https://oauth2.googleapis.com/token", "client_secret": cs,
                               "redirect_uris": ["https://portal.orrinvale.law/oauth2/callback"]}}, indent=2)
    return "json_config", "google_oauth_client_secret", text, [cs]


@S
def google_refresh_access():
    rt = "1//0" + rs(2, ALNUM) + rs(98, B64URL)
    at = "ya29.a0" + rs(160, B64URL)
    text = json.dumps({"access_token": at, "expires_in": 3599, "refresh_token": rt,
                       "scope": "https://www.googleapis.com/auth/bigquery.readonly", "token_type": "Bearer"}, indent=2)
    text = "$ cat ~/.config/gcloud/legacy_credentials/etl@quillbrook.io/adc.json.bak\n" + text
    return "shell_session", "google_oauth_refresh_and_access_token", text, [at, rt]


# ---------------- monitoring ----------------
@S
def datadog_keys():
    api, app = hexs(32), hexs(40)
    text = (f"$ kubectl -n monitoring get secret datadog-keys -o jsonpath='{{.data}}' | jq 'map_values(@base64d)'\n"
            f"{{\n  \"api-key\": \"{api}\",\n  \"app-key\": \"{app}\"\n}}")
    return "kubectl_output", "datadog_api_and_app_key", text, [api, app]


@S
def newrelic_keys():
    uk = "NRAK-" + rs(27, UP + DI)
    lk = hexs(36) + "NRAL"
    text = (f"common: &default_settings\n  license_key: '{lk}'\n  app_name: cx-ops-api\n  distributed_tracing:\n    enabled: true\n"
            f"# deploy marker script uses the user key:\n# NEW_RELIC_API_KEY={uk}\nproduction:\n  <<: *default_settings\n")
    return "yaml_config", "new_relic_license_and_user_key", text, [lk, uk]


@S
def sentry_token():
    t = "sntryu_" + hexs(64)
    text = (f"$ sentry-cli --auth-token {t} releases new -p cx-portal 2025.06.{R.randint(1,28)}\nCreated release 2025.06.12\n"
            f"$ sentry-cli releases files 2025.06.12 upload-sourcemaps ./build/static/js\n> Found 14 files\n> Analyzing 14 sources\n> Uploaded files to Sentry")
    return "shell_session", "sentry_auth_token", text, [t]


@S
def grafana_sa():
    t = "glsa_" + rs(32, ALNUM) + "_" + hexs(8)
    text = (f"apiVersion: 1\ndatasources:\n  - name: Grafana-Reporting\n    type: grafana-json-datasource\n    url: https://grafana.tidewell-energy.co/api\n"
            f"    jsonData:\n      httpHeaderName1: Authorization\n    secureJsonData:\n      httpHeaderValue1: Bearer {t}\n")
    return "yaml_config", "grafana_service_account_token", text, [t]


@S
def dynatrace_token():
    t = "dt0c01." + rs(24, UP + DI) + "." + rs(64, UP + DI)
    text = (f"helm upgrade --install dynatrace-operator oci://public.ecr.aws/dynatrace/dynatrace-operator \\\n  --namespace dynatrace --create-namespace \\\n"
            f"  --set apiUrl=https://{rs(8, LO)}.live.dynatrace.com/api \\\n  --set apiToken={t}\nRelease \"dynatrace-operator\" has been upgraded. Happy Helming!\nNAME: dynatrace-operator\nSTATUS: deployed\nREVISION: 4")
    return "shell_session", "dynatrace_api_token", text, [t]


@S
def pagerduty_key():
    k = hexs(32)
    text = (f"receivers:\n- name: pagerduty-dataops\n  pagerduty_configs:\n  - routing_key: {k}\n    severity: '{{{{ .CommonLabels.severity }}}}'\n    description: '{{{{ .CommonAnnotations.summary }}}}'\n")
    return "yaml_config", "pagerduty_routing_key", text, [k]


@S
def rollbar_token():
    t = hexs(32)
    text = (f"# config/initializers/rollbar.rb\nRollbar.configure do |config|\n  config.access_token = '{t}'\n  config.environment = ENV.fetch('RAILS_ENV', 'production')\n  config.enabled = !Rails.env.test?\nend\n")
    return "ruby_config", "rollbar_access_token", text, [t]


@S
def elastic_apikey():
    v = b64enc(rs(20, B64URL) + ":" + rs(22, B64URL))
    text = (f"$ curl -s -H \"Authorization: ApiKey {v}\" 'https://es-logs.internal.nimbleroot.net:9200/_cat/indices/app-*?v&h=index,docs.count'\n"
            f"index                  docs.count\napp-2025.06.10         {R.randint(100000,999999)}\napp-2025.06.11         {R.randint(100000,999999)}")
    return "shell_session", "elasticsearch_api_key", text, [v]


@S
def algolia_admin():
    k = hexs(32)
    text = (f"ALGOLIA_APP_ID={rs(10, UP + DI)}\nALGOLIA_ADMIN_API_KEY={k}\nALGOLIA_INDEX=products_prod\n# search-only key lives in the frontend bundle, see web/.env\n")
    return "dotenv", "algolia_admin_api_key", text, [k]


@S
def launchdarkly_sdk():
    k = "sdk-" + uid()
    text = (f"featureFlags:\n  provider: launchdarkly\n  sdkKey: {k}\n  offline: false\n  events:\n    flushIntervalSeconds: 5\n")
    return "yaml_config", "launchdarkly_server_sdk_key", text, [k]


# ---------------- data platforms ----------------
@S
def postgres_uri_env():
    pw = rs(R.randint(18, 26), ALNUM)
    text = (f"DATABASE_URL=postgresql://cx_app:{pw}@cx-prod.cluster-{rs(12, LO + DI)}.eu-central-1.rds.amazonaws.com:5432/cx?sslmode=require\n"
            f"DB_POOL_SIZE=20\nREDIS_URL=redis://cache.internal:6379/0\nSENTRY_ENVIRONMENT=production\n")
    return "dotenv", "postgres_connection_password", text, [pw]


@S
def postgres_stacktrace():
    pw = rs(6, ALNUM) + pick(["!", "#", "%"]) + rs(8, ALNUM)
    text = (f"Traceback (most recent call last):\n  File \"/opt/airflow/dags/load_orders.py\", line 41, in load\n    engine = create_engine(conn_str)\n"
            f"  File \"/opt/airflow/dags/load_orders.py\", line 37, in load\n    raise RuntimeError(f\"cannot connect using {{conn_str}}\")\n"
            f"RuntimeError: cannot connect using postgresql+psycopg2://loader:{pw}@10.20.4.17:5432/warehouse (timeout after 30s)\n"
            f"[2025-05-{R.randint(10,28)}, 02:00:{R.randint(10,59)} UTC] {{taskinstance.py:1225}} INFO - Marking task as UP_FOR_RETRY")
    return "stack_trace", "postgres_password_in_traceback", text, [pw]


@S
def mysql_history():
    pw = rs(14, ALNUM + "@$")
    text = (f"$ history | tail -5\n  501  cd /var/backups/mysql\n  502  ls -lh\n  503  mysqldump -h db-replica-2 -u backup -p'{pw}' --single-transaction crm > crm_$(date +%F).sql\n"
            f"  504  gzip crm_2025-06-1{R.randint(0,9)}.sql\n  505  history | tail -5")
    return "shell_history", "mysql_password_cli", text, [pw]


@S
def mongodb_srv():
    pw = rs(16, ALNUM)
    text = (f"{ts('%Y-%m-%dT%H:%M:%S')}.402Z INFO  [bootstrap] config loaded: {{ port: 8080, mongoUri: 'mongodb+srv://reporting:{pw}@cluster0.{rs(5, LO + DI)}.mongodb.net/cx?retryWrites=true&w=majority', cacheTtl: 300 }}\n"
            f"{ts('%Y-%m-%dT%H:%M:%S')}.007Z INFO  [db] connected to replica set atlas-{rs(6, LO + DI)}-shard-0")
    return "application_log", "mongodb_connection_password", text, [pw]


@S
def redis_url():
    pw = hexs(32)
    text = (f"# /etc/celery/worker.conf\nCELERY_BROKER_URL=\"rediss://:{pw}@redis-cx.{rs(6, LO)}.cache.amazonaws.com:6379/1?ssl_cert_reqs=required\"\n"
            f"CELERYD_CONCURRENCY=8\nCELERYD_OPTS=\"--time-limit=600 -Q exports,emails\"\n")
    return "shell_config", "redis_connection_password", text, [pw]


@S
def redis_conf():
    pw = rs(32, ALNUM)
    text = f"# redis.conf excerpt\nbind 0.0.0.0\nprotected-mode yes\nport 6379\nrequirepass {pw}\nmaxmemory 2gb\nmaxmemory-policy allkeys-lru\nappendonly yes\n"
    return "server_config", "redis_requirepass", text, [pw]


@S
def jdbc_sqlserver():
    pw = rs(10, ALNUM) + "$" + rs(5, ALNUM)
    text = (f"spring.datasource.url=jdbc:sqlserver://sql-hr-01.ironbarkpayroll.local:1433;databaseName=Payroll;encrypt=true;trustServerCertificate=false\n"
            f"spring.datasource.username=payroll_app\nspring.datasource.password={pw}\nspring.jpa.hibernate.ddl-auto=validate\nserver.port=8443\n")
    return "properties_file", "sqlserver_password", text, [pw]


@S
def spring_keystore():
    pw1, pw2 = rs(16, ALNUM), rs(12, ALNUM)
    text = (f"server.ssl.enabled=true\nserver.ssl.key-store=classpath:keystore.p12\nserver.ssl.key-store-type=PKCS12\nserver.ssl.key-store-password={pw1}\n"
            f"server.ssl.key-alias=cx-api\nspring.rabbitmq.host=mq.internal\nspring.rabbitmq.username=cx\nspring.rabbitmq.password={pw2}\n")
    return "properties_file", "keystore_and_broker_password", text, [pw1, pw2]


@S
def snowflake_conn():
    pw = rs(20, ALNUM + "!#")
    text = (f"[connections.etl]\naccount = \"{rs(7, UP)}-{rs(7, UP)}\"\nuser = \"ETL_LOADER\"\npassword = \"{pw}\"\nwarehouse = \"LOAD_WH\"\ndatabase = \"RAW\"\nschema = \"CRM\"\nrole = \"LOADER\"\n")
    return "toml_config", "snowflake_password", text, [pw]


@S
def databricks_token():
    t = "dapi" + hexs(32)
    text = (f"$ databricks configure --token\nDatabricks Host (should begin with https://): https://adb-{digits(16, True)}.{R.randint(1,19)}.azuredatabricks.net\n"
            f"Token: {t}\n$ databricks clusters list\n{digits(4)}-{digits(6)}-{rs(8, LO + DI)}  etl-shared  RUNNING")
    return "shell_session", "databricks_token", text, [t]


@S
def planetscale_pw():
    pw = "pscale_pw_" + rs(43, B64URL)
    text = f"DATABASE_HOST=aws.connect.psdb.cloud\nDATABASE_USERNAME={rs(12, LO + DI)}\nDATABASE_PASSWORD={pw}\nDATABASE_NAME=copperlark-leaderboards\n"
    return "dotenv", "planetscale_password", text, [pw]


@S
def supabase_service_role():
    ref = rs(20, LO)
    iat = epoch((2023, 1, 1), 300)
    t = jwt({"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat, "exp": iat + 315360000})
    text = (f"NEXT_PUBLIC_SUPABASE_URL=https://{ref}.supabase.co\n# server only - never expose\nSUPABASE_SERVICE_ROLE_KEY={t}\n")
    return "dotenv", "supabase_service_role_key", text, [t]


@S
def rabbitmq_url():
    pw = rs(18, ALNUM)
    text = (f"$ docker inspect cx-worker --format '{{{{range .Config.Env}}}}{{{{println .}}}}{{{{end}}}}'\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\n"
            f"AMQP_URL=amqps://cxworker:{pw}@mq.harrowgate-freight.com:5671/prod\nPYTHONUNBUFFERED=1\nWORKERS=4")
    return "docker_output", "amqp_connection_password", text, [pw]


@S
def clickhouse_xml():
    pw = rs(22, ALNUM)
    text = (f"<clickhouse>\n  <users>\n    <analyst>\n      <password>{pw}</password>\n      <networks><ip>::/0</ip></networks>\n      <profile>readonly</profile>\n      <quota>default</quota>\n    </analyst>\n  </users>\n</clickhouse>")
    return "xml_config", "clickhouse_user_password", text, [pw]


# ---------------- infra / secrets tooling ----------------
@S
def vault_token():
    t = "hvs.CAESI" + rs(86, B64URL)
    text = (f"$ vault login -method=oidc role=dataeng\nSuccess! You are now authenticated.\n\nKey                  Value\n---                  -----\n"
            f"token                {t}\ntoken_duration       8h\ntoken_renewable      true\ntoken_policies       [\"dataeng\" \"default\"]")
    return "shell_session", "hashicorp_vault_token", text, [t]


@S
def terraform_cloud_token():
    t = rs(14, ALNUM) + ".atlasv1." + rs(67, ALNUM)
    text = f"$ cat ~/.terraform.d/credentials.tfrc.json\n{{\n  \"credentials\": {{\n    \"app.terraform.io\": {{\n      \"token\": \"{t}\"\n    }}\n  }}\n}}"
    return "shell_session", "terraform_cloud_token", text, [t]


@S
def doppler_token():
    t = "dp.st.prd." + rs(40, ALNUM)
    text = (f"FROM python:3.12-slim\nRUN apt-get update && apt-get install -y curl gnupg && curl -Ls https://cli.doppler.com/install.sh | sh\n"
            f"ENV DOPPLER_TOKEN={t}\nCOPY . /app\nWORKDIR /app\nCMD [\"doppler\", \"run\", \"--\", \"python\", \"-m\", \"worker\"]\n")
    return "dockerfile", "doppler_service_token", text, [t]


@S
def pulumi_token():
    t = "pul-" + hexs(40)
    text = f"$ PULUMI_ACCESS_TOKEN={t} pulumi stack select tidewell/infra/prod\n$ pulumi preview --diff\nPreviewing update (prod)\n     Type                 Name          Plan\n     pulumi:pulumi:Stack  infra-prod\n ~   └─ aws:rds:Instance  warehouse     update"
    return "shell_session", "pulumi_access_token", text, [t]


@S
def k8s_secret_yaml():
    u, p = "reporting", rs(18, ALNUM)
    bu, bp = b64enc(u), b64enc(p)
    text = (f"$ kubectl get secret warehouse-creds -n etl -o yaml\napiVersion: v1\ndata:\n  password: {bp}\n  username: {bu}\nkind: Secret\nmetadata:\n"
            f"  creationTimestamp: \"2025-02-1{R.randint(0,9)}T10:22:31Z\"\n  name: warehouse-creds\n  namespace: etl\n  resourceVersion: \"{R.randint(1000000,9999999)}\"\n  uid: {uid()}\ntype: Opaque")
    return "kubectl_output", "kubernetes_secret_data", text, [bp]


@S
def kubeconfig_token():
    iat = epoch()
    t = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "etl",
             "kubernetes.io/serviceaccount/service-account.name": "airflow-deployer", "sub": "system:serviceaccount:etl:airflow-deployer"}, alg="RS256")
    text = (f"apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTi...truncated\n    server: https://k8s-api.dataplatform.internal:6443\n  name: dp-prod\n"
            f"users:\n- name: airflow-deployer\n  user:\n    token: {t}\ncontexts:\n- context:\n    cluster: dp-prod\n    user: airflow-deployer\n  name: dp-prod\ncurrent-context: dp-prod\n")
    return "yaml_config", "kubernetes_service_account_token", text, [t]


@S
def k8s_tls_key():
    pem = keys.ec_sec1()
    b = b64enc(pem)
    crt = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJ" + rs(60, B64) + "..."
    text = (f"apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata:\n  name: portal-tls\n  namespace: cx\ndata:\n  tls.crt: {crt}\n  tls.key: {b}\n")
    return "yaml_manifest", "kubernetes_tls_private_key", text, [b]


@S
def tailscale_key():
    k = "tskey-auth-k" + rs(10, ALNUM) + "CNTRL-" + rs(33, ALNUM)
    text = (f"#cloud-config\nruncmd:\n  - curl -fsSL https://tailscale.com/install.sh | sh\n  - tailscale up --authkey={k} --advertise-tags=tag:etl-worker --hostname=etl-worker-$(hostname -s)\n")
    return "cloud_init", "tailscale_auth_key", text, [k]


@S
def ngrok_token():
    t = "2" + rs(26, ALNUM) + "_" + rs(21, ALNUM)
    text = f"version: \"2\"\nauthtoken: {t}\ntunnels:\n  webhook-dev:\n    proto: http\n    addr: 3000\n    domain: cx-dev.ngrok.app\n"
    return "yaml_config", "ngrok_authtoken", text, [t]


@S
def ansible_become():
    pw = rs(14, ALNUM + "!%")
    text = (f"[etl_workers]\netl-01.dc2.nimbleroot.net\netl-02.dc2.nimbleroot.net\n\n[etl_workers:vars]\nansible_user=deploy\nansible_become=true\n"
            f"ansible_become_password={pw}\nansible_python_interpreter=/usr/bin/python3\n")
    return "ini_inventory", "ansible_become_password", text, [pw]


@S
def tfstate_password():
    pw = rs(24, ALNUM)
    text = (f"$ terraform state show aws_db_instance.warehouse | grep -E 'identifier|engine|username|password'\n    identifier                            = \"warehouse-prod\"\n"
            f"    engine                                = \"postgres\"\n    engine_version                        = \"16.3\"\n    password                              = \"{pw}\"\n    username                              = \"dwadmin\"")
    return "cli_output", "terraform_state_db_password", text, [pw]


@S
def helm_values():
    pw1, pw2 = rs(20, ALNUM), rs(20, ALNUM)
    text = (f"# values-prod.yaml\nreplicaCount: 3\npostgresql:\n  auth:\n    username: metabase\n    password: \"{pw1}\"\n    postgresPassword: \"{pw2}\"\n"
            f"  primary:\n    persistence:\n      size: 50Gi\ningress:\n  enabled: true\n  hosts:\n    - host: bi.quillbrook.io\n")
    return "yaml_config", "helm_values_db_passwords", text, [pw1, pw2]


@S
def pgpass():
    pw = rs(20, ALNUM)
    text = f"$ cat ~/.pgpass\n# hostname:port:database:username:password\nwarehouse.internal:5432:analytics:analyst_ro:{pw}\n*:*:*:postgres:*\n$ chmod 600 ~/.pgpass"
    return "shell_session", "pgpass_password", text, [pw]


@S
def ldap_bind():
    pw = rs(16, ALNUM + "#")
    text = (f"ldap:\n  url: ldaps://dc01.corp.saltmarsh-ins.com:636\n  bind_dn: CN=svc-portal,OU=Service Accounts,DC=corp,DC=saltmarsh-ins,DC=com\n"
            f"  bind_password: {pw}\n  user_search_base: OU=Staff,DC=corp,DC=saltmarsh-ins,DC=com\n  group_attribute: memberOf\n")
    return "yaml_config", "ldap_bind_password", text, [pw]


@S
def smtp_password():
    pw = rs(16, LO)
    text = (f"[mail]\nsmtp_host = smtp.office365.com\nsmtp_port = 587\nsmtp_starttls = True\nsmtp_user = reports@fenwickrye.de\nsmtp_password = {pw}\nsmtp_mail_from = reports@fenwickrye.de\n")
    return "ini_config", "smtp_password", text, [pw]


@S
def wifi_psk():
    psk = rs(8, LO) + digits(4) + rs(4, UP)
    text = (f"ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=GB\n\nnetwork={{\n    ssid=\"Warehouse-Scanners\"\n    psk=\"{psk}\"\n    key_mgmt=WPA-PSK\n    priority=10\n}}\n")
    return "device_config", "wifi_psk", text, [psk]


@S
def git_credentials():
    tok = rs(52, "abcdefghijklmnopqrstuvwxyz234567")
    text = f"$ cat ~/.git-credentials\nhttps://build-agent:{tok}@dev.azure.com\n$ git config --global credential.helper\nstore"
    return "shell_session", "azure_devops_pat", text, [tok]


@S
def proxy_creds():
    pw = rs(12, ALNUM)
    text = (f"Step 4/11 : ENV HTTPS_PROXY=http://svc-build:{pw}@proxy.corp.lumenfold.health:3128\n ---> Running in {hexs(12)}\n"
            f"Removing intermediate container {hexs(12)}\n ---> {hexs(12)}\nStep 5/11 : RUN pip install -r requirements.txt\n ---> Running in {hexs(12)}\nCollecting pandas==2.2.2")
    return "docker_build_log", "proxy_credentials", text, [pw]


@S
def netrc_ftp():
    pw = rs(12, ALNUM)
    text = (f"$ lftp -u partnerdrop,{pw} sftp://files.starlingfw.com.au\nlftp partnerdrop@files.starlingfw.com.au:~> ls outbound/\n"
            f"-rw-r--r--    1 partnerdrop partnerdrop   482113 Jun 11 02:10 manifest_20250611.csv\n-rw-r--r--    1 partnerdrop partnerdrop   477905 Jun 12 02:10 manifest_20250612.csv")
    return "shell_session", "sftp_password", text, [pw]


@S
def age_secret():
    k = "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
    text = f"$ cat ~/.config/sops/age/keys.txt\n# created: 2025-01-{R.randint(10,28)}T14:03:51Z\n# public key: age1{rs(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}\n{k}"
    return "shell_session", "age_secret_key", text, [k]


@S
def totp_seed():
    sec = rs(32, B32)
    uri = f"otpauth://totp/Peregrine%20Ledger:ops-admin?secret={sec}&issuer=Peregrine%20Ledger&algorithm=SHA1&digits=6&period=30"
    text = (f"Subject: Shared MFA for the ops-admin console\n\nHi both,\n\nuntil we get SSO working for the vendor console, the shared account uses TOTP. Scan or paste this into your authenticator:\n\n{uri}\n\n"
            f"Please delete this e-mail after enrolling.\n\nThanks,\nOps")
    return "email", "totp_shared_secret", text, [sec]


# ---------------- private keys ----------------
@S
def openssh_key():
    pem = keys.ed25519_openssh_private()
    text = f"$ cat ~/.ssh/id_ed25519_deploy\n{pem}$ ls -l ~/.ssh\n-rw------- 1 deploy deploy  411 Mar  4 09:12 id_ed25519_deploy\n-rw-r--r-- 1 deploy deploy  101 Mar  4 09:12 id_ed25519_deploy.pub"
    return "shell_session", "openssh_private_key", text, [pem.strip()]


@S
def rsa_pkcs1_key():
    pem = keys.rsa_pkcs1(1024)
    text = ("#!/usr/bin/env bash\n# bootstrap-partner-sftp.sh -- pushes nightly manifests to the carrier\nset -euo pipefail\n"
            "install -d -m 700 /opt/manifests/.ssh\ncat > /opt/manifests/.ssh/partner_key.pem <<'EOF'\n"
            f"{pem}EOF\nchmod 600 /opt/manifests/.ssh/partner_key.pem\n"
            "sftp -i /opt/manifests/.ssh/partner_key.pem -b upload.batch manifests@sftp.starlingfw.com.au\n")
    return "shell_script", "rsa_private_key", text, [pem.strip()]


@S
def ec_key():
    pem = keys.ec_sec1()
    text = (f"$ kubectl exec -n cx deploy/webhook-signer -- cat /etc/signer/ec.pem\n{pem}$ kubectl exec -n cx deploy/webhook-signer -- ls /etc/signer\nec.pem\nec.pub")
    return "kubectl_output", "ec_private_key", text, [pem.strip()]


@S
def apple_p8():
    pem = keys.ec_pkcs8()
    kid = rs(10, UP + DI)
    text = (f"Support ticket #{R.randint(40000,49999)} — Push notifications broken after cert rotation\n\nFrom: mobile team\n\nHere is the AuthKey_{kid}.p8 we uploaded, can you check it matches Key ID {kid}?\n\n{pem}\n"
            f"Team ID: {rs(10, UP + DI)}\nBundle: com.velloway.app")
    return "support_ticket", "apple_p8_private_key", text, [pem.strip()]


# ---------------- web / app secrets ----------------
@S
def django_secret():
    k = rs(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)")
    text = (f"# settings/production.py\nfrom .base import *\n\nDEBUG = False\nSECRET_KEY = '{k}'\nALLOWED_HOSTS = ['portal.orrinvale.law']\nSESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\n")
    return "python_source", "django_secret_key", text, [k]


@S
def rails_master():
    k = hexs(32)
    text = f"$ cat config/master.key\n{k}\n$ EDITOR=true bin/rails credentials:show | head -3\nsecret_key_base: [redacted by policy]\naws:\n  region: eu-west-1"
    # the credentials output shown here is redacted by the app; only the master key is present
    return "shell_session", "rails_master_key", text, [k]


@S
def laravel_app_key():
    k = "base64:" + b64bytes(32)
    text = f"APP_NAME=\"Ambervale Homes\"\nAPP_ENV=production\nAPP_KEY={k}\nAPP_DEBUG=false\nAPP_URL=https://portal.ambervale-homes.co.uk\nLOG_CHANNEL=stack\n"
    return "dotenv", "laravel_app_key", text, [k]


@S
def jwt_signing_secret():
    s = b64bytes(48)
    text = (f"auth:\n  issuer: https://auth.copperlark.gg\n  audience: game-api\n  jwt:\n    algorithm: HS512\n    secret: \"{s}\"\n    access_ttl: 15m\n    refresh_ttl: 720h\n")
    return "yaml_config", "jwt_signing_secret", text, [s]


@S
def nextauth_secret():
    s = b64bytes(32)
    text = f"NEXTAUTH_URL=https://app.glasshaus.studio\nNEXTAUTH_SECRET={s}\nGITHUB_ID=Iv1.{hexs(16)}\n"
    return "dotenv", "nextauth_secret", text, [s]


@S
def jwt_bearer_har():
    iat = epoch()
    t = jwt({"sub": uid(), "email_verified": True, "scope": "orders:read customers:read", "iss": "https://auth.harrowgate-freight.com/", "iat": iat, "exp": iat + 3600}, alg="RS256")
    entry = {"request": {"method": "GET", "url": f"https://api.harrowgate-freight.com/v2/shipments?status=in_transit&page=2",
                         "headers": [{"name": "Accept", "value": "application/json"}, {"name": "Authorization", "value": f"Bearer {t}"}]},
             "response": {"status": 200, "headers": [{"name": "x-request-id", "value": uid()}], "content": {"size": R.randint(3000, 9000), "mimeType": "application/json"}},
             "time": round(R.uniform(80, 400), 1)}
    text = json.dumps(entry, indent=1)
    return "har_capture", "jwt_bearer_token", text, [t]


@S
def jwt_curl():
    iat = epoch()
    t = jwt({"sub": "svc-reporting", "tenant": "tidewell", "roles": ["reports.export"], "iat": iat, "exp": iat + 86400})
    text = (f"$ curl -sS -H \"Authorization: Bearer {t}\" https://reports.tidewell-energy.co/api/exports/{R.randint(1000,9999)}/status\n"
            f"{{\"state\":\"running\",\"progress\":0.{R.randint(10,99)}}}")
    return "shell_session", "jwt_bearer_token_cli", text, [t]


@S
def basic_auth_header():
    v = b64enc(f"etl-svc:{rs(16, ALNUM)}")
    text = (f"> GET /rest/api/2/search?jql=project%3DCX HTTP/1.1\n> Host: tracker.fenwickrye.de\n> User-Agent: curl/8.5.0\n> Accept: */*\n> Authorization: Basic {v}\n>\n"
            f"< HTTP/1.1 200 OK\n< Content-Type: application/json;charset=UTF-8\n< X-AREQUESTID: {R.randint(100,999)}x{R.randint(1000000,9999999)}x1")
    return "curl_verbose", "basic_auth_header", text, [v]


@S
def session_cookie_express():
    sid = "s%3A" + rs(32, B64URL) + "." + quote(rs(43, B64), safe="")
    text = (f"HTTP/2 302\nlocation: /dashboard\nset-cookie: connect.sid={sid}; Path=/; Expires=Fri, 13 Jun 2025 10:41:07 GMT; HttpOnly; Secure; SameSite=Lax\n"
            f"x-powered-by: Express\nvary: Accept\ncontent-length: 31")
    return "http_response", "session_cookie", text, [sid]


@S
def php_session():
    sid = rs(26, LO + DI)
    text = (f"10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)} - - [12/Jun/2025:08:{R.randint(10,59)}:04 +0000] \"GET /admin/orders.php?page=3 HTTP/1.1\" 200 18422 \"-\" \"Mozilla/5.0\" cookie=\"PHPSESSID={sid}; lang=en\"\n")
    text = "# nginx custom log_format with $http_cookie (debug, remove!)\n" + text
    return "web_server_log", "php_session_id", text, [sid]


@S
def api_key_in_query_log():
    k = rs(32, ALNUM)
    lines = []
    for i in range(3):
        lines.append(f"{ts('%Y-%m-%dT%H:%M:%S')}.{R.randint(100,999)}Z GET /v1/rates?from=EUR&to=GBP&api_key={k} 200 {R.randint(5,80)}ms")
    text = "[gateway] upstream=fx-rates-provider\n" + "\n".join(lines)
    return "application_log", "api_key_in_url", text, [k]


@S
def password_in_log():
    pw = rs(4, UP) + rs(6, LO) + digits(3) + "!"
    text = (f"{ts('%Y-%m-%d %H:%M:%S')},552 DEBUG [auth.views] login attempt payload={{'username': 'ops.lead', 'password': '{pw}', 'remember': True}}\n"
            f"{ts('%Y-%m-%d %H:%M:%S')},601 INFO  [auth.views] login ok user_id=1184 mfa=pending\n")
    return "application_log", "password_in_debug_log", text, [pw]


@S
def oauth_har_body():
    cs = rs(64, B64URL)
    at = rs(20, ALNUM) + "." + rs(40, B64URL)
    text = (f"POST https://idp.lumenfold.health/oauth2/token\ncontent-type: application/x-www-form-urlencoded\n\n"
            f"grant_type=client_credentials&client_id=claims-batch&client_secret={cs}&scope=claims.read\n\n"
            f"200 OK\n{{\"access_token\":\"{at}\",\"token_type\":\"Bearer\",\"expires_in\":1800}}")
    return "http_capture", "oauth_client_secret_and_access_token", text, [cs, at]


@S
def s3_presigned():
    akid = aws_akid("ASIA")
    url = (f"https://cx-exports-prod.s3.eu-west-1.amazonaws.com/gdpr/{uid()}.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256"
           f"&X-Amz-Credential={akid}%2F2025061{R.randint(0,9)}%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=2025061{R.randint(0,9)}T09{R.randint(10,59)}00Z"
           f"&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Security-Token=IQoJb3JpZ2luX2Vj{rs(60, ALNUM)}&X-Amz-Signature={hexs(64)}")
    text = (f"Dear customer,\n\nyour data access request (DSAR) is complete. Download your archive within 7 days using this link:\n{url}\n\nKind regards,\nPrivacy Team")
    return "email", "s3_presigned_url", text, [url]


@S
def gcs_signed():
    url = (f"https://storage.googleapis.com/cx-invoices-eu/2025/06/INV-{R.randint(100000,999999)}.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256"
           f"&X-Goog-Credential=signer%40billing-{digits(6)}.iam.gserviceaccount.com%2F2025061{R.randint(0,9)}%2Fauto%2Fstorage%2Fgoog4_request"
           f"&X-Goog-Date=2025061{R.randint(0,9)}T120000Z&X-Goog-Expires=86400&X-Goog-SignedHeaders=host&X-Goog-Signature={hexs(512)}")
    text = f"{{\"invoice_id\": \"INV-{R.randint(100000,999999)}\", \"status\": \"issued\", \"download_url\": \"{url}\"}}"
    return "api_response", "gcs_signed_url", text, [url]


@S
def zapier_hook():
    url = f"https://hooks.zapier.com/hooks/catch/{digits(8, True)}/{rs(7, LO + DI)}/"
    text = (f"Ticket CX-{R.randint(1000,9999)}: form submissions not reaching CRM\n\nInternal note (Ops): the form posts to {url} — confirmed the Zap is on. Next step: check the field mapping for 'company_size'.")
    return "support_ticket", "zapier_webhook_url", text, [url]


@S
def mapbox_secret():
    tok = "sk." + b64enc(json.dumps({"u": "ambervale", "a": rs(25, LO + DI)}, separators=(",", ":")), urlsafe=True, pad=False) + "." + rs(22, B64URL)
    text = f"# upload tilesets\nexport MAPBOX_ACCESS_TOKEN={tok}\ntilesets upload-source ambervale plots ./plots.geojson.ld\ntilesets publish ambervale.plots-v3\n"
    return "shell_script", "mapbox_secret_token", text, [tok]


@S
def okta_token():
    t = "00" + rs(40, B64URL)
    text = (f"provider \"okta\" {{\n  org_name  = \"saltmarsh\"\n  base_url  = \"okta.com\"\n  api_token = \"{t}\"\n}}\n\nresource \"okta_group\" \"claims\" {{\n  name = \"claims-handlers\"\n}}\n")
    return "hcl_config", "okta_api_token", text, [t]


@S
def auth0_secret():
    s = rs(64, B64URL)
    text = (f"AUTH0_DOMAIN=copperlark.eu.auth0.com\nAUTH0_CLIENT_ID={rs(32, ALNUM)}\nAUTH0_CLIENT_SECRET={s}\nAUTH0_AUDIENCE=https://api.copperlark.gg\n")
    return "dotenv", "auth0_client_secret", text, [s]


@S
def hubspot_token():
    t = "pat-eu1-" + uid()
    text = (f"import requests\n\nHUBSPOT_TOKEN = \"{t}\"  # private app: cx-sync\n\nr = requests.get(\"https://api.hubapi.com/crm/v3/objects/contacts?limit=10\",\n"
            f"                 headers={{\"Authorization\": f\"Bearer {{HUBSPOT_TOKEN}}\"}})\nprint(r.status_code, len(r.json()[\"results\"]))\n")
    return "python_source", "hubspot_private_app_token", text, [t]


@S
def salesforce_token():
    t = "00D" + rs(12, ALNUM) + "!" + rs(96, ALNUM + "._")
    text = (f"$ sf org display --target-org prod\n=== Org Description\n KEY              VALUE\n ──────────────── ────────────────────────\n"
            f" Access Token     {t}\n Api Version      61.0\n Connected Status Connected\n Instance Url     https://velloway.my.salesforce.com\n Username         integration@velloway.travel")
    return "cli_output", "salesforce_access_token", text, [t]


@S
def zendesk_token():
    t = rs(40, ALNUM)
    text = (f"zendesk:\n  subdomain: saltmarsh\n  email: cx-bot@saltmarsh-ins.com/token\n  token: {t}\n  sync:\n    views: [\"Unassigned\", \"Claims - urgent\"]\n")
    return "yaml_config", "zendesk_api_token", text, [t]


@S
def intercom_token():
    t = "dG9rOj" + rs(54, B64) + "="
    text = f"curl https://api.intercom.io/conversations?per_page=5 \\\n  -H 'Authorization: Bearer {t}' \\\n  -H 'Intercom-Version: 2.11'\n"
    return "shell_session", "intercom_access_token", text, [t]


@S
def linear_key():
    k = "lin_api_" + rs(40, ALNUM)
    text = f"[linear]\napi_key = \"{k}\"\nteam = \"DATA\"\ndefault_labels = [\"pipeline\", \"bug\"]\n"
    return "toml_config", "linear_api_key", text, [k]


@S
def notion_token():
    t = "ntn_" + digits(11, True) + rs(35, ALNUM)
    text = (f"Subject: Re: Notion export script\n\nSure - I made an internal integration called 'kb-export'. Token is {t} , it's shared with the Support KB page only.\n\nCheers,\nRosalind")
    return "email", "notion_integration_token", text, [t]


@S
def airtable_pat():
    t = "pat" + rs(14, ALNUM) + "." + hexs(64)
    text = f">>> from pyairtable import Api\n>>> api = Api('{t}')\n>>> len(api.table('app{rs(14, ALNUM)}', 'Suppliers').all())\n214"
    return "python_repl", "airtable_personal_access_token", text, [t]


@S
def asana_pat():
    t = f"2/{digits(16, True)}/{digits(16, True)}:{hexs(32)}"
    text = f"ASANA_PAT={t}\nASANA_WORKSPACE={digits(16, True)}\nSYNC_PROJECTS=Onboarding,Escalations\n"
    return "dotenv", "asana_personal_access_token", text, [t]


@S
def figma_pat():
    t = "figd_" + rs(40, B64URL)
    text = f"$ curl -s -H 'X-Figma-Token: {t}' https://api.figma.com/v1/files/{rs(22, ALNUM)}/images?ids=12:4 | jq .err\nnull"
    return "shell_session", "figma_personal_access_token", text, [t]


@S
def postman_key():
    k = "PMAK-" + hexs(24) + "-" + hexs(34)
    text = f"$ newman run https://api.getpostman.com/collections/{digits(8)}-{uid()}?apikey={k} -e staging.json\nnewman\n\nCX API smoke\n→ GET /health\n  GET https://staging.cx.quillbrook.io/health [200 OK, 312B, 48ms]"
    return "shell_session", "postman_api_key", text, [k]


@S
def cloudinary_url():
    sec = rs(27, B64URL)
    text = f"CLOUDINARY_URL=cloudinary://{digits(15, True)}:{sec}@glasshaus\nIMAGE_MAX_WIDTH=2400\n"
    return "dotenv", "cloudinary_api_secret", text, [sec]


@S
def dropbox_token():
    t = "sl.B" + rs(135, B64URL)
    text = f"rclone config dump\n{{\n  \"dropbox-archive\": {{\n    \"type\": \"dropbox\",\n    \"token\": \"{{\\\"access_token\\\":\\\"{t}\\\",\\\"token_type\\\":\\\"bearer\\\",\\\"expiry\\\":\\\"2025-06-12T15:10:44Z\\\"}}\"\n  }}\n}}"
    return "cli_output", "dropbox_access_token", text, [t]


@S
def twitter_bearer():
    t = "AAAAAAAAAAAAAAAAAAAAA" + rs(8, ALNUM) + "AAAAAA" + quote(rs(30, B64), safe="") + "%3D" + rs(50, ALNUM)
    text = f"# social_listener.py\nBEARER = \"{t}\"\nQUERY = '(\"Driftwood Coffee\" OR @driftwoodcoffee) -is:retweet lang:en'\n"
    return "python_source", "twitter_bearer_token", text, [t]


@S
def facebook_token():
    t = "EAAG" + rs(180, ALNUM)
    text = (f"{ts('%Y-%m-%d %H:%M:%S')} WARN  [meta-capi] retrying POST https://graph.facebook.com/v19.0/{digits(15, True)}/events?access_token={t} (attempt 2/5): 503 Service Unavailable")
    return "application_log", "facebook_access_token", text, [t]


@S
def eth_private_key():
    k = "0x" + hexs(64)
    text = f"# hardhat.config.ts (do not commit)\nnetworks: {{\n  sepolia: {{\n    url: \"https://rpc.sepolia.org\",\n    accounts: [\"{k}\"],\n  }},\n}},\n"
    return "typescript_config", "ethereum_private_key", text, [k]


@S
def contentful_cma():
    t = "CFPAT-" + rs(43, B64URL)
    text = f"$ contentful space export --space-id {rs(12, LO + DI)} --management-token {t} --environment-id master\n┌──────────────────────────────┐\n│ Exported entities            │\n├────────────────┬─────────────┤\n│ Content Types  │ 18          │\n│ Entries        │ 1243        │\n└────────────────┴─────────────┘"
    return "shell_session", "contentful_management_token", text, [t]


@S
def fly_token():
    t = "FlyV1 fm2_lJPECAAAAAAAA" + rs(180, B64) + "," + "fm2_lJPE" + rs(100, B64)
    text = f"$ fly tokens create deploy -a cx-edge\n{t}\n$ # added to GitHub secrets as FLY_API_TOKEN"
    return "shell_session", "flyio_token", text, [t]


@S
def service_bus_sas():
    k = b64bytes(32)
    text = (f"\"ConnectionStrings\": {{\n  \"ServiceBus\": \"Endpoint=sb://harrowgate-events.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={k}\",\n  \"Sql\": \"Server=tcp:hg-sql.database.windows.net;Authentication=Active Directory Managed Identity;Database=ops\"\n}}")
    return "json_config", "azure_service_bus_shared_access_key", text, [k]


@S
def snmp_community():
    c = rs(10, LO) + digits(3)
    text = f"$ snmpwalk -v2c -c {c} sw-core-01.dc2 1.3.6.1.2.1.1\nSNMPv2-MIB::sysDescr.0 = STRING: Cisco IOS Software, C3750E\nSNMPv2-MIB::sysUpTime.0 = Timeticks: (381734221) 44 days, 4:22:22.21\nSNMPv2-MIB::sysName.0 = STRING: sw-core-01"
    return "shell_session", "snmp_community_string", text, [c]


@S
def magic_link():
    tok = rs(43, B64URL)
    url = f"https://app.quillbrook.io/auth/magic?token={tok}&email_hint=m***@q***.io"
    text = f"Subject: Your sign-in link\n\nClick to sign in to Quillbrook (expires in 15 minutes):\n{url}\n\nIf you didn't request this, ignore this e-mail."
    return "email", "magic_login_link", text, [url]


# ---------------- multi-secret rows ----------------
@S
def compose_multi():
    pg, minio, smtp = rs(22, ALNUM), rs(32, ALNUM), rs(16, LO + DI)
    text = (f"services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: metabase\n      POSTGRES_PASSWORD: {pg}\n"
            f"  minio:\n    image: minio/minio:RELEASE.2025-04-22T22-12-26Z\n    command: server /data --console-address :9001\n    environment:\n"
            f"      MINIO_ROOT_USER: admin\n      MINIO_ROOT_PASSWORD: {minio}\n  metabase:\n    image: metabase/metabase:v0.50.8\n    environment:\n"
            f"      MB_DB_TYPE: postgres\n      MB_EMAIL_SMTP_HOST: smtp.mailbox.org\n      MB_EMAIL_SMTP_PASSWORD: {smtp}\n    depends_on: [db, minio]\n")
    return "docker_compose", "docker_compose_service_passwords", text, [pg, minio, smtp]


@S
def ci_env_dump():
    npm = "npm_" + rs(36, ALNUM)
    snyk = uid()
    codecov = uid()
    text = (f"Run env | sort\nCI=true\nCODECOV_TOKEN={codecov}\nGITHUB_REF=refs/heads/main\nGITHUB_RUN_ID={digits(10, True)}\nGITHUB_SHA={hexs(40)}\n"
            f"HOME=/home/runner\nNODE_VERSION=20.14.0\nNPM_TOKEN={npm}\nRUNNER_OS=Linux\nSNYK_TOKEN={snyk}\n"
            f"Error: Process completed with exit code 1.")
    return "ci_log", "ci_environment_token_dump", text, [codecov, npm, snyk]


@S
def shipping_keys_csv():
    shippo = "shippo_live_" + hexs(40)
    ezp = "EZAK" + hexs(54)
    ss = hexs(32)
    text = ("vendor,account,api_key,owner,rotated_on\n"
            f"Shippo,starling-main,{shippo},logistics-eng,2025-03-02\n"
            f"EasyPost,starling-returns,{ezp},logistics-eng,2025-01-19\n"
            f"ShipStation,starling-b2b,{ss},cx-ops,2024-11-30\n")
    return "csv_export", "shipping_vendor_api_keys", text, [shippo, ezp, ss]
