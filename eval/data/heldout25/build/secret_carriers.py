"""Hand-written carriers for the secrets file.

Each carrier is a function taking `s` (a recorder: s(value) registers a secret
value and returns it) and returning (format, category, text).
SECRET carriers must register every credential they embed; CLEAN carriers
must never call s().
"""
import base64, json, textwrap
from urllib.parse import quote
import formats as F
from formats import R, rs, hexs, digits, b64, b64url, uuid4, pick


def D(t):
    return textwrap.dedent(t).strip("\n")


_CLOCK = [None]


def reset_clock():
    import datetime
    _CLOCK[0] = datetime.datetime(2025, R.randint(1, 9), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def ts():
    """Timestamps advance monotonically within one rendered text (build.py resets the clock per row)."""
    import datetime
    if _CLOCK[0] is None:
        reset_clock()
    _CLOCK[0] += datetime.timedelta(seconds=R.randint(0, 95))
    return _CLOCK[0].strftime("%Y-%m-%dT%H:%M:%S")


def ip():
    return F.ipv4(pick(["priv10", "doc"]))


SECRET = []
CLEAN = []


def secret(fn):
    SECRET.append(fn)
    return fn


def clean(fn):
    CLEAN.append(fn)
    return fn


# =========================================================== SECRET carriers
@secret
def aws_credentials_file(s):
    return "ini", "aws_access_key", D(f"""
    $ cat ~/.aws/credentials
    [default]
    aws_access_key_id = {s(F.aws_akid())}
    aws_secret_access_key = {s(F.aws_secret())}
    region = eu-west-1

    [billing-readonly]
    role_arn = arn:aws:iam::{digits(12)}:role/BillingReadOnly
    source_profile = default
    """)


@secret
def aws_session_env_ci(s):
    return "ci_log", "aws_session_token", D(f"""
    2025-03-11T08:14:02.1183Z ##[group]Run env | sort | grep ^AWS_
    2025-03-11T08:14:02.1201Z AWS_ACCESS_KEY_ID={s(F.aws_asia())}
    2025-03-11T08:14:02.1202Z AWS_DEFAULT_REGION=us-east-2
    2025-03-11T08:14:02.1203Z AWS_SECRET_ACCESS_KEY={s(F.aws_secret())}
    2025-03-11T08:14:02.1204Z AWS_SESSION_TOKEN={s(F.aws_session_token())}
    2025-03-11T08:14:02.1290Z ##[endgroup]
    2025-03-11T08:14:03.0042Z Deploying stack web-frontend-prod ...
    """)


@secret
def tfstate_iam_key(s):
    akid, sec = s(F.aws_akid()), s(F.aws_secret())
    st = {"version": 4, "terraform_version": "1.7.5", "serial": 41, "lineage": uuid4(), "outputs": {},
          "resources": [{"mode": "managed", "type": "aws_iam_access_key", "name": "uploader", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
                         "instances": [{"schema_version": 0, "attributes": {"create_date": "2025-02-02T10:41:09Z", "id": akid, "secret": sec,
                                                                             "ses_smtp_password_v4": None, "status": "Active", "user": "svc-media-uploader"}, "sensitive_attributes": []}]}]}
    return "terraform_state", "aws_iam_access_key", json.dumps(st, indent=2)


@secret
def gcp_sa_json(s):
    pem = F.rsa_private_pem(2048, pkcs8=True) + "\n"
    esc = json.dumps(pem)[1:-1]
    proj = pick(["ledger-prod-4471", "acme-analytics-eu", "vision-batch-221"])
    d = {"type": "service_account", "project_id": proj, "private_key_id": hexs(40), "private_key": "@@PK@@",
         "client_email": f"etl-runner@{proj}.iam.gserviceaccount.com", "client_id": digits(21),
         "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token"}
    txt = json.dumps(d, indent=2).replace("@@PK@@", esc)
    s(esc)
    return "json", "gcp_service_account_key", txt


@secret
def google_maps_key_traceback(s):
    k = s(F.gcp_api_key())
    return "python_traceback", "google_maps_api_key", D(f"""
    Traceback (most recent call last):
      File "/srv/app/geo/resolve.py", line 58, in geocode
        resp.raise_for_status()
      File "/usr/local/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status
        raise HTTPError(http_error_msg, response=self)
    requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://maps.googleapis.com/maps/api/geocode/json?address=Unit+4%2C+Harbour+Road&region=gb&key={k}
    """)


@secret
def google_oauth_env(s):
    return "dotenv", "google_oauth_client_secret", D(f"""
    # --- auth ---
    NEXTAUTH_URL=https://portal.example.com
    GOOGLE_CLIENT_ID={digits(12)}-{rs(32, F.LO + F.DI)}.apps.googleusercontent.com
    GOOGLE_CLIENT_SECRET={s(F.google_client_secret())}
    NEXTAUTH_SECRET={s(b64(32))}
    """)


@secret
def google_token_response(s):
    at = s("ya29.a0" + rs(150, F.ALU))
    rt = s(F.google_refresh_token())
    body = json.dumps({"access_token": at, "expires_in": 3599, "refresh_token": rt,
                       "scope": "https://www.googleapis.com/auth/drive.readonly openid", "token_type": "Bearer"}, indent=2)
    return "api_response", "google_oauth_refresh_token", "HTTP/2 200\ncontent-type: application/json; charset=utf-8\n\n" + body


@secret
def azure_storage_appsettings(s):
    key = s(F.azure_storage_key())
    d = {"Logging": {"LogLevel": {"Default": "Information"}},
         "Storage": {"ConnectionString": f"DefaultEndpointsProtocol=https;AccountName=stinvoices{digits(3)};AccountKey={key};EndpointSuffix=core.windows.net",
                     "Container": "invoices-pdf"}, "AllowedHosts": "*"}
    return "json_config", "azure_storage_account_key", json.dumps(d, indent=2)


@secret
def azure_sp_login(s):
    return "shell_session", "azure_client_secret", D(f"""
    runner@build-07:~$ az login --service-principal -u {uuid4()} -p '{s(F.azure_client_secret())}' --tenant {uuid4()}
    [
      {{
        "cloudName": "AzureCloud",
        "isDefault": true,
        "name": "Pay-As-You-Go",
        "state": "Enabled",
        "user": {{ "type": "servicePrincipal" }}
      }}
    ]
    """)


@secret
def azure_sas_har(s):
    sig = s(quote(b64(32), safe=""))
    url = f"https://stmediaprod{digits(2)}.blob.core.windows.net/uploads/2025/04/report-q1.pdf?sv=2023-11-03&ss=b&srt=o&sp=rwl&se=2026-01-01T00:00:00Z&st=2025-04-01T00:00:00Z&spr=https&sig={sig}"
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [
        {"startedDateTime": ts() + ".412Z", "time": 231.7, "request": {"method": "PUT", "url": url, "httpVersion": "HTTP/1.1",
                                                                      "headers": [{"name": "x-ms-blob-type", "value": "BlockBlob"}, {"name": "Content-Type", "value": "application/pdf"}]},
         "response": {"status": 201, "statusText": "Created", "headers": [{"name": "x-ms-request-id", "value": uuid4()}]}}]}}
    return "har", "azure_sas_signature", json.dumps(har, indent=1)


@secret
def stripe_python(s):
    return "python_source", "stripe_secret_key", D(f"""
    import os
    import stripe

    # TODO: move to secrets manager before launch
    stripe.api_key = "{s(F.stripe_sk())}"

    def refund(charge_id: str, amount: int):
        return stripe.Refund.create(charge=charge_id, amount=amount, reason="requested_by_customer")
    """)


@secret
def stripe_k8s_secret(s):
    return "kubernetes_manifest", "stripe_restricted_key", D(f"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: billing-worker-env
      namespace: payments
    type: Opaque
    stringData:
      STRIPE_API_KEY: "{s(F.stripe_rk())}"
      STRIPE_WEBHOOK_SECRET: "{s(F.stripe_whsec())}"
      LOG_LEVEL: info
    """)


@secret
def twilio_log(s):
    sid = F.twilio_sid()
    tok = s(hexs(32))
    return "app_log", "twilio_auth_token", D(f"""
    {ts()}.221Z INFO  notifier  sms provider=twilio from=+15005550006
    {ts()}.224Z DEBUG notifier  POST https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json auth=({sid}, {tok})
    {ts()}.871Z WARN  notifier  twilio responded 429 Too Many Requests, retry in 2s
    """)


@secret
def twilio_apikey_yaml(s):
    return "yaml_config", "twilio_api_key_secret", D(f"""
    voice:
      provider: twilio
      account_sid: {F.twilio_sid()}
      api_key: {s(F.twilio_sk())}
      api_secret: {s(rs(32))}
      caller_id: "+15005550006"
      recording: false
    """)


@secret
def sendgrid_env(s):
    return "dotenv", "sendgrid_api_key", D(f"""
    MAIL_DRIVER=sendgrid
    MAIL_FROM_ADDRESS=no-reply@example.com
    MAIL_FROM_NAME="Example Billing"
    SENDGRID_API_KEY={s(F.sendgrid())}
    """)


@secret
def mailgun_curl(s):
    return "shell_session", "mailgun_api_key", D(f"""
    $ curl -s --user 'api:{s(F.mailgun())}' \\
        https://api.mailgun.net/v3/mg.example.com/messages \\
        -F from='Ops <ops@mg.example.com>' -F to=oncall@example.com \\
        -F subject='Nightly backup OK' -F text='All 14 volumes snapshotted.'
    {{
      "id": "<20250412031502.{hexs(16)}@mg.example.com>",
      "message": "Queued. Thank you."
    }}
    """)


@secret
def mailchimp_php(s):
    return "php_source", "mailchimp_api_key", D(f"""
    <?php
    require 'vendor/autoload.php';
    use \\DrewM\\MailChimp\\MailChimp;

    $mc = new MailChimp('{s(F.mailchimp())}');
    $list_id = '{hexs(10)}';
    $result = $mc->post("lists/$list_id/members", ['email_address' => $_POST['email'], 'status' => 'pending']);
    """)


@secret
def postmark_http(s):
    return "http_request", "postmark_server_token", D(f"""
    POST /email HTTP/1.1
    Host: api.postmarkapp.com
    Accept: application/json
    Content-Type: application/json
    X-Postmark-Server-Token: {s(uuid4())}
    Content-Length: 187

    {{"From":"receipts@example.com","To":"customer@example.org","Subject":"Your receipt","TextBody":"Thanks for your order.","MessageStream":"outbound"}}
    """)


@secret
def slack_bot_python(s):
    return "python_source", "slack_bot_token", D(f"""
    from slack_sdk import WebClient

    client = WebClient(token="{s(F.slack_bot())}")

    def announce(release: str) -> None:
        client.chat_postMessage(channel="#releases", text=f":rocket: {{release}} is live")
    """)


@secret
def slack_user_curl(s):
    return "shell_history", "slack_user_token", D(f"""
      501  kubectl -n tools get pods
      502  curl -s -H "Authorization: Bearer {s(F.slack_user())}" "https://slack.com/api/conversations.history?channel=C04{rs(8, F.UP + F.DI)}&limit=200" > export.json
      503  jq '.messages | length' export.json
    """)


@secret
def slack_webhook_alertmanager(s):
    return "yaml_config", "slack_webhook_url", D(f"""
    route:
      receiver: platform-slack
      group_by: [alertname, cluster]
    receivers:
      - name: platform-slack
        slack_configs:
          - api_url: {s(F.slack_webhook())}
            channel: '#alerts-prod'
            send_resolved: true
            title: '{{{{ .CommonLabels.alertname }}}}'
    """)


@secret
def discord_bot_config(s):
    d = {"prefix": "!", "token": s(F.discord_bot()), "owner_id": digits(18), "guilds": [digits(18)], "status": "watching the logs"}
    return "json_config", "discord_bot_token", json.dumps(d, indent=4)


@secret
def discord_webhook_bash(s):
    return "shell_script", "discord_webhook_url", D(f"""
    #!/usr/bin/env bash
    set -euo pipefail
    HOOK="{s(F.discord_webhook())}"
    STATUS=$(systemctl is-active minecraft || true)
    curl -fsS -H 'Content-Type: application/json' -d "{{\\"content\\": \\"server status: $STATUS\\"}}" "$HOOK"
    """)


@secret
def telegram_log(s):
    t = s(F.telegram_bot())
    return "app_log", "telegram_bot_token", D(f"""
    {ts()} [pool-2-thread-1] ERROR c.e.alerts.TelegramSink - delivery failed
    java.io.IOException: Server returned HTTP response code: 400 for URL: https://api.telegram.org/bot{t}/sendMessage?chat_id=-100{digits(10)}&parse_mode=HTML
    	at sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2000)
    	at c.e.alerts.TelegramSink.send(TelegramSink.java:77)
    """)


@secret
def github_pat_gitconfig(s):
    return "git_config", "github_pat_classic", D(f"""
    [core]
    	repositoryformatversion = 0
    	filemode = true
    	bare = false
    [remote "origin"]
    	url = https://{s(F.gh('ghp_'))}@github.com/example-org/infra-live.git
    	fetch = +refs/heads/*:refs/remotes/origin/*
    [branch "main"]
    	remote = origin
    	merge = refs/heads/main
    """)


@secret
def github_fine_grained_shell(s):
    return "shell_session", "github_fine_grained_pat", D(f"""
    dev@laptop:~/src/widgets$ export GH_TOKEN={s(F.gh_fine())}
    dev@laptop:~/src/widgets$ gh pr list --limit 3
    Showing 3 of 17 open pull requests in example-org/widgets

    #412  Bump axios to 1.7.4              deps/axios       about 2 hours ago
    #409  Fix flaky checkout test          fix/flaky-e2e    about 1 day ago
    #401  Add Polish translations          i18n/pl          about 4 days ago
    """)


@secret
def gh_hosts_yml(s):
    return "yaml_config", "github_oauth_token", D(f"""
    github.com:
        users:
            mkowalski:
                oauth_token: {s(F.gh('gho_'))}
        git_protocol: https
        oauth_token: {s(F.gh('gho_'))}
        user: mkowalski
    """)


@secret
def gh_app_install_token(s):
    body = json.dumps({"token": s(F.gh('ghs_')), "expires_at": "2025-05-02T11:38:51Z", "permissions": {"contents": "read", "metadata": "read", "pull_requests": "write"},
                       "repository_selection": "selected"}, indent=2)
    return "api_response", "github_app_installation_token", f"POST /app/installations/{digits(8)}/access_tokens -> 201 Created\n{body}"


@secret
def gitlab_pat_chat(s):
    return "chat_export", "gitlab_personal_access_token", D(f"""
    [09:41] priya.iyer: anyone have a token for the mirror job? mine expired
    [09:43] jonas.schulz: use the bot one for now: {s(F.glpat())}
    [09:43] jonas.schulz: it has read_repository + write_repository only
    [09:44] priya.iyer: thx, will rotate after the release
    """)


@secret
def gitlab_runner_toml(s):
    return "toml_config", "gitlab_runner_token", D(f"""
    concurrent = 4
    check_interval = 0

    [[runners]]
      name = "k8s-runner-eu-1"
      url = "https://gitlab.example.com/"
      id = {digits(4)}
      token = "{s(F.glrt())}"
      executor = "kubernetes"
      [runners.kubernetes]
        namespace = "gitlab-runners"
        image = "alpine:3.20"
    """)


@secret
def bitbucket_clone(s):
    return "ci_log", "bitbucket_app_password", D(f"""
    + git clone --depth 50 https://deploy-bot:{s(F.bitbucket_app_pw())}@bitbucket.org/example-team/payments-api.git /opt/atlassian/pipelines/agent/build
    Cloning into '/opt/atlassian/pipelines/agent/build'...
    remote: Enumerating objects: 1942, done.
    Receiving objects: 100% (1942/1942), 3.81 MiB | 14.20 MiB/s, done.
    """)


@secret
def npmrc(s):
    return "npmrc", "npm_access_token", D(f"""
    registry=https://registry.npmjs.org/
    @example:registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken={s(F.npm_token())}
    save-exact=true
    fund=false
    """)


@secret
def pypirc(s):
    return "ini", "pypi_api_token", D(f"""
    [distutils]
    index-servers =
        pypi
        testpypi

    [pypi]
    username = __token__
    password = {s(F.pypi_token())}

    [testpypi]
    repository = https://test.pypi.org/legacy/
    username = __token__
    """)


@secret
def gem_credentials(s):
    return "yaml_config", "rubygems_api_key", D(f"""
    ---
    :rubygems_api_key: {s(F.rubygems())}
    """) + "\n# written by `gem signin` on 2025-02-19"


@secret
def nuget_push(s):
    return "ci_log", "nuget_api_key", D(f"""
    Step 7/9 : dotnet nuget push "artifacts/*.nupkg" --api-key {s(F.nuget())} --source https://api.nuget.org/v3/index.json --skip-duplicate
    Pushing Example.Telemetry.3.2.0.nupkg to 'https://www.nuget.org/api/v2/package'...
      PUT https://www.nuget.org/api/v2/package/
      Created https://www.nuget.org/api/v2/package/ 2214ms
    Your package was pushed.
    """)


@secret
def dockerhub_login(s):
    return "shell_history", "dockerhub_access_token", D(f"""
    echo "{s(F.dockerhub_pat())}" | docker login -u examplebuilds --password-stdin
    docker buildx build --platform linux/amd64,linux/arm64 -t examplebuilds/api:2.14.0 --push .
    """)


@secret
def docker_config_json(s):
    a1 = s(base64.b64encode(f"ci-push:{F.password()}".encode()).decode())
    a2 = s(base64.b64encode(f"robot$harbor-sync:{rs(32)}".encode()).decode())
    d = {"auths": {"registry.gitlab.example.com": {"auth": a1}, "harbor.example.net": {"auth": a2}}, "credsStore": ""}
    return "json_config", "docker_registry_auth", json.dumps(d, indent=2)


@secret
def circleci_curl(s):
    return "shell_session", "circleci_personal_token", D(f"""
    $ curl -s -H "Circle-Token: {s(F.circleci())}" https://circleci.com/api/v2/me
    {{"name":"Mateo Alvarez","login":"malvarez","id":"{uuid4()}"}}
    """)


@secret
def jenkins_curl(s):
    return "shell_history", "jenkins_api_token", D(f"""
    curl -X POST -u admin:{s(F.jenkins_token())} "https://jenkins.example.com/job/release/buildWithParameters?VERSION=4.8.1&DRY_RUN=false"
    """)


@secret
def datadog_yaml(s):
    return "yaml_config", "datadog_api_key", D(f"""
    ## datadog.yaml
    api_key: {s(hexs(32))}
    app_key: {s(hexs(40))}
    site: datadoghq.eu
    logs_enabled: true
    apm_config:
      enabled: true
    tags:
      - env:prod
      - team:checkout
    """)


@secret
def newrelic_ini(s):
    return "ini", "new_relic_license_key", D(f"""
    [newrelic]
    license_key = {s(F.newrelic_license())}
    app_name = checkout-api (prod)
    monitor_mode = true
    log_level = info
    distributed_tracing.enabled = true
    """)


@secret
def newrelic_graphql(s):
    return "shell_session", "new_relic_user_api_key", D(f"""
    $ curl https://api.eu.newrelic.com/graphql -H 'Content-Type: application/json' \\
      -H 'API-Key: {s(F.newrelic_user())}' \\
      --data-binary '{{"query":"{{ actor {{ user {{ name email }} }} }}"}}'
    {{"data":{{"actor":{{"user":{{"email":"ops@example.com","name":"Ops Bot"}}}}}}}}
    """)


@secret
def sentryclirc(s):
    return "ini", "sentry_auth_token", D(f"""
    [defaults]
    url = https://sentry.io/
    org = example-org
    project = mobile-ios

    [auth]
    token = {s(F.sentry_user())}
    """)


@secret
def grafana_tf(s):
    return "terraform", "grafana_service_account_token", D(f"""
    provider "grafana" {{
      url  = "https://grafana.example.com/"
      auth = "{s(F.grafana_sa())}"
    }}

    resource "grafana_folder" "payments" {{
      title = "Payments"
    }}
    """)


@secret
def grafana_cloud_alloy(s):
    return "config_file", "grafana_cloud_access_token", D(f"""
    prometheus.remote_write "grafanacloud" {{
      endpoint {{
        url = "https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push"
        basic_auth {{
          username = "{digits(7)}"
          password = "{s(F.grafana_cloud())}"
        }}
      }}
    }}
    """)


@secret
def honeycomb_env(s):
    return "dockerfile", "honeycomb_api_key", D(f"""
    FROM python:3.12-slim
    WORKDIR /app
    COPY . .
    RUN pip install --no-cache-dir -r requirements.txt
    ENV OTEL_EXPORTER_OTLP_ENDPOINT=https://api.honeycomb.io \\
        OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team={s(F.honeycomb())}" \\
        OTEL_SERVICE_NAME=ingest-worker
    CMD ["opentelemetry-instrument", "python", "worker.py"]
    """)


@secret
def splunk_hec(s):
    return "shell_session", "splunk_hec_token", D(f"""
    $ curl -k https://splunk.example.net:8088/services/collector/event \\
        -H "Authorization: Splunk {s(uuid4())}" \\
        -d '{{"event": "deploy finished", "sourcetype": "cicd", "index": "platform"}}'
    {{"text":"Success","code":0}}
    """)


@secret
def openai_notebook(s):
    nb = {"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
                     "source": ["import os\n", f"os.environ[\"OPENAI_API_KEY\"] = \"{s(F.openai_proj())}\"\n", "from openai import OpenAI\n", "client = OpenAI()"]},
                    {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["gpt-4o-mini-2024-07-18\n"]}],
                     "source": ["r = client.chat.completions.create(model=\"gpt-4o-mini\", messages=[{\"role\":\"user\",\"content\":\"ping\"}])\n", "print(r.model)"]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return "jupyter_notebook", "openai_api_key", json.dumps(nb, indent=1)


@secret
def openai_ticket(s):
    return "support_ticket", "openai_api_key_legacy", D(f"""
    Ticket #48213 — "API returns 401 since this morning"
    From: Rosa Castellano
    Priority: High

    Hi, our summariser stopped working. We call the completions endpoint with
    the key {s(F.openai_legacy())} and now every request returns
    401 "Incorrect API key provided". Nothing changed on our side. Can you check?
    """)


@secret
def anthropic_traceback(s):
    k = s(F.anthropic())
    return "python_traceback", "anthropic_api_key", D(f"""
    DEBUG:httpx:Request options: {{'method': 'post', 'url': '/v1/messages', 'headers': {{'x-api-key': '{k}', 'anthropic-version': '2023-06-01'}}, 'json_data': {{'model': 'claude-3-5-haiku-latest', 'max_tokens': 512}}}}
    Traceback (most recent call last):
      File "summarise.py", line 31, in <module>
        msg = client.messages.create(**payload)
    anthropic.RateLimitError: Error code: 429 - {{'type': 'error', 'error': {{'type': 'rate_limit_error'}}}}
    """)


@secret
def hf_login(s):
    return "shell_session", "huggingface_token", D(f"""
    (venv) ml@gpu-03:~$ huggingface-cli login --token {s(F.hf())} --add-to-git-credential
    Token is valid (permission: write).
    Your token has been saved in your configured git credential helpers (store).
    Your token has been saved to /home/ml/.cache/huggingface/token
    Login successful
    """)


@secret
def replicate_build_log(s):
    return "ci_log", "replicate_api_token", D(f"""
    12:01:33.402 Running build in Washington, D.C., USA (East) – iad1
    12:01:33.918 Build environment: NODE_ENV=production REPLICATE_API_TOKEN={s(F.replicate())} NEXT_TELEMETRY_DISABLED=1
    12:01:41.220 > next build
    12:02:19.774 ✓ Compiled successfully
    """)


@secret
def groq_env(s):
    return "dotenv", "groq_api_key", D(f"""
    # .env.local  (do not commit)
    GROQ_API_KEY={s(F.groq())}
    MODEL=llama-3.1-8b-instant
    MAX_TOKENS=1024
    """)


@secret
def mongo_log(s):
    pw = s(F.password(16, strong=False))
    return "app_log", "mongodb_connection_password", D(f"""
    {ts()}.118Z info: [db] connecting to mongodb+srv://orders_rw:{pw}@cluster0.{rs(5, F.LO + F.DI)}.mongodb.net/orders?retryWrites=true&w=majority
    {ts()}.902Z info: [db] connected, pool size 20
    {ts()}.903Z info: [http] listening on :8080
    """)


@secret
def heroku_pg(s):
    pw = s(hexs(64))
    return "shell_session", "postgres_connection_password", D(f"""
    $ heroku config:get DATABASE_URL -a example-shop-prod
    postgres://u{rs(13, F.LO + F.DI)}:{pw}@ec2-{R.randint(3, 54)}-{R.randint(1, 250)}-{R.randint(1, 250)}-{R.randint(1, 250)}.eu-west-1.compute.amazonaws.com:5432/d{rs(13, F.LO + F.DI)}
    """)


@secret
def mysql_cli(s):
    return "shell_history", "mysql_password_cli_flag", D(f"""
      86  cd ~/runbooks && git pull
      87  less db-failover.md
      88  ssh bastion-eu
      89  mysql -h db-primary.internal -u root -p{s(F.human_password())} -e 'SHOW PROCESSLIST'
      90  exit
    """)


@secret
def redis_sidekiq(s):
    pw = s(rs(32))
    return "app_log", "redis_url_password", D(f"""
    {ts()}.004Z pid=7 tid=gs3 INFO: Booting Sidekiq 7.2.4 with Sidekiq::RedisConnection::RedisClientAdapter options {{:url=>"redis://:{pw}@redis-master.cache.svc:6379/2"}}
    {ts()}.011Z pid=7 tid=gs3 INFO: Starting processing, hit Ctrl-C to stop
    """)


@secret
def pgpass(s):
    return "pgpass", "pgpass_password", D(f"""
    # hostname:port:database:username:password
    db-primary.internal:5432:billing:billing_app:{s(F.password(18))}
    db-replica.internal:5432:*:readonly:{s(F.human_password())}
    """)


@secret
def netrc(s):
    return "netrc", "netrc_password", D(f"""
    machine api.heroku.com
      login ops@example.com
      password {s(uuid4())}
    machine git.heroku.com
      login ops@example.com
      password {s(uuid4())}
    """)


@secret
def rsa_key_ticket(s):
    pem = s(F.rsa_private_pem(2048))
    return "support_ticket", "rsa_private_key", "Subject: deploy key for the new box\n\nHi Sven, the SFTP vendor asked for our key so they can test. Pasting it here, please forward:\n\n" + pem + "\n\nThanks, Amara"


@secret
def ec_key_cat(s):
    pem = s(F.ec_private_pem())
    return "shell_session", "ec_private_key", f"root@edge-lb-2:/etc/nginx/tls# ls\nfullchain.pem  server.key\nroot@edge-lb-2:/etc/nginx/tls# cat server.key\n{pem}\nroot@edge-lb-2:/etc/nginx/tls# "


@secret
def apns_p8_yaml(s):
    pem = F.ec_private_pem(pkcs8=True)
    ind = "\n".join("      " + l for l in pem.splitlines())
    s(ind.lstrip())
    return "yaml_config", "apns_auth_key_pkcs8", f"push:\n  apns:\n    team_id: {rs(10, F.UP + F.DI)}\n    key_id: {rs(10, F.UP + F.DI)}\n    topic: com.example.shopper\n    production: true\n    auth_key: |\n{ind}\n"


@secret
def openssh_key(s):
    priv, pub = F.ed25519_keypair("deploy@build-01")
    s(priv)
    return "shell_session", "openssh_private_key", f"deploy@build-01:~$ cat ~/.ssh/id_ed25519\n{priv}\ndeploy@build-01:~$ cat ~/.ssh/id_ed25519.pub\n{pub}\n"


@secret
def jwt_secret_env_and_token(s):
    sec = s(rs(48))
    tok = s(F.jwt_hs256({"sub": digits(6), "role": "admin", "iat": 1735689600, "exp": 1767225600}, sec))
    return "test_log", "jwt_hmac_secret", D(f"""
    $ JWT_SECRET={sec} npm test -- auth
    > api@3.4.0 test
    > jest auth

     PASS  src/auth/jwt.spec.ts
      ✓ signs admin token (12 ms)
        console.log
          issued: {tok}
    Tests: 1 passed, 1 total
    """)


@secret
def jwt_bearer_har(s):
    sec = rs(40)
    tok = s(F.jwt_hs256({"sub": uuid4(), "email_verified": True, "scope": "orders:read orders:write", "iat": 1744000000, "exp": 1744003600}, sec))
    har = {"log": {"version": "1.2", "entries": [{"request": {"method": "GET", "url": "https://api.example.com/v2/orders?page=2",
                                                              "headers": [{"name": "Accept", "value": "application/json"}, {"name": "Authorization", "value": "Bearer " + tok}]},
                                                  "response": {"status": 200, "content": {"size": 5133, "mimeType": "application/json"}}}]}}
    return "har", "jwt_bearer_token", json.dumps(har, indent=2)


@secret
def django_session_cookie(s):
    return "http_request", "session_cookie", D(f"""
    GET /admin/ HTTP/1.1
    Host: backoffice.example.com
    User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0
    Accept: text/html
    Cookie: django_language=en; sessionid={s(rs(32, F.LO + F.DI))}
    """)


@secret
def express_setcookie(s):
    v = s("s%3A" + rs(32, F.ALU) + "." + quote(b64(32).rstrip("="), safe=""))
    return "shell_session", "signed_session_cookie", D(f"""
    $ curl -sv -X POST https://app.example.net/login -d 'user=demo&pass=...' 2>&1 | grep -i '^< '
    < HTTP/2 302
    < location: /dashboard
    < set-cookie: connect.sid={v}; Path=/; Expires=Sat, 17 May 2025 10:22:41 GMT; HttpOnly; Secure; SameSite=Lax
    < x-powered-by: Express
    """)


@secret
def pip_conf(s):
    return "ini", "basic_auth_url", D(f"""
    [global]
    index-url = https://build-reader:{s(F.password(20, strong=False))}@nexus.internal.example/repository/pypi-all/simple
    trusted-host = nexus.internal.example
    timeout = 60
    """)


@secret
def spring_yaml(s):
    return "yaml_config", "database_password_yaml", D(f"""
    spring:
      datasource:
        url: jdbc:postgresql://pg-ledger.internal:5432/ledger
        username: ledger_svc
        password: {s(F.human_password())}
        hikari:
          maximum-pool-size: 12
      jpa:
        open-in-view: false
    """)


@secret
def my_cnf(s):
    return "ini", "mysql_client_password_ini", D(f"""
    [client]
    user=backup
    password="{s(F.password(20))}"
    host=127.0.0.1

    [mysqldump]
    single-transaction
    quick
    """)


@secret
def sshpass_ps(s):
    return "process_list", "password_cli_flag", D(f"""
    USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
    jenkins  41877  0.0  0.0   4364  1520 ?        S    10:02   0:00 sshpass -p {s(F.human_password())} ssh -o StrictHostKeyChecking=no deploy@10.20.4.17 /opt/app/bin/restart
    jenkins  41878  0.2  0.1  12880  7412 ?        S    10:02   0:00 ssh -o StrictHostKeyChecking=no deploy@10.20.4.17 /opt/app/bin/restart
    """)


@secret
def sssd_conf(s):
    return "ini", "ldap_bind_password", D(f"""
    [domain/corp.example]
    id_provider = ldap
    auth_provider = ldap
    ldap_uri = ldaps://ldap1.corp.example, ldaps://ldap2.corp.example
    ldap_search_base = dc=corp,dc=example
    ldap_default_bind_dn = cn=sssd-bind,ou=svc,dc=corp,dc=example
    ldap_default_authtok_type = password
    ldap_default_authtok = {s(F.password(24))}
    cache_credentials = true
    """)


@secret
def postfix_sasl(s):
    return "config_file", "smtp_password", D(f"""
    # /etc/postfix/sasl_passwd  -- run postmap after editing
    [smtp.mailrelay.example]:587    relay-user@example.com:{s(F.password(16))}
    """)


@secret
def django_settings(s):
    return "python_source", "django_secret_key", D(f"""
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent
    SECRET_KEY = '{s(rs(50, F.LO + F.DI + "!@#%^&*(-_=+)"))}'
    DEBUG = False
    ALLOWED_HOSTS = ["shop.example.com"]
    """)


@secret
def rails_secrets(s):
    return "yaml_config", "rails_secret_key_base", D(f"""
    development:
      secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
    production:
      secret_key_base: {s(hexs(128))}
    """)


@secret
def s3_presigned(s):
    ak = s(F.aws_akid())
    sig = s(hexs(64))
    return "app_log", "s3_presigned_url", D(f"""
    {ts()}Z INFO export-service generated download link ttl=86400s
      url=https://exports-prod.s3.eu-central-1.amazonaws.com/tenant-5521/export-2025-04.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={ak}%2F20250414%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20250414T101500Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature={sig}
    """)


@secret
def gcs_signed(s):
    sig = s(hexs(512))
    return "chat_export", "gcs_signed_url", D(f"""
    Lucia Marchetti  10:12  here's the raw footage, link works for 7 days:
    https://storage.googleapis.com/example-media-raw/shoot-0412/cam-b.mp4?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=media-signer%40example-media.iam.gserviceaccount.com%2F20250412%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20250412T081200Z&X-Goog-Expires=604800&X-Goog-SignedHeaders=host&X-Goog-Signature={sig}
    Kenji Tanaka  10:14  got it, downloading
    """)


@secret
def shopify_log(s):
    return "app_log", "shopify_admin_access_token", D(f"""
    [{ts()}] production.DEBUG: Shopify request {{"method":"GET","url":"https://example-outdoors.myshopify.com/admin/api/2024-10/orders.json?status=any","headers":{{"X-Shopify-Access-Token":"{s(F.shopify_pat())}","Accept":"application/json"}}}}
    [{ts()}] production.INFO: Synced 250 orders in 3.2s
    """)


@secret
def shopify_app_toml(s):
    return "dotenv", "shopify_app_shared_secret", D(f"""
    SHOPIFY_API_KEY={hexs(32)}
    SHOPIFY_API_SECRET={s(F.shopify_ss())}
    SCOPES=read_products,write_orders
    HOST=https://app.example.dev
    """)


@secret
def square_json(s):
    d = {"environment": "production", "location_id": "L" + rs(12, F.UP + F.DI), "access_token": s(F.square()), "webhook_signature_key": s(rs(22, F.ALU))}
    return "json_config", "square_access_token", json.dumps(d, indent=2)


@secret
def braintree_env(s):
    return "env_export", "braintree_access_token", D(f"""
    declare -x BRAINTREE_ACCESS_TOKEN="{s(F.braintree())}"
    declare -x HOME="/home/app"
    declare -x LANG="C.UTF-8"
    declare -x PORT="3000"
    """)


@secret
def paypal_env(s):
    return "yaml_config", "paypal_client_secret", D(f"""
    paypal:
      mode: live
      client_id: A{rs(79, F.ALU)}
      client_secret: {s("E" + rs(79, F.ALU))}
    """)


@secret
def mapbox_gradle(s):
    return "properties", "mapbox_secret_token", D(f"""
    org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
    android.useAndroidX=true
    MAPBOX_DOWNLOADS_TOKEN={s(F.mapbox('sk', 'example-mobile'))}
    """)


@secret
def launchdarkly_cfg(s):
    return "yaml_config", "launchdarkly_sdk_key", D(f"""
    feature_flags:
      provider: launchdarkly
      sdk_key: sdk-{s(uuid4())}
      offline: false
      events_uri: https://events.launchdarkly.com
    """)


@secret
def flagsmith_env(s):
    return "dotenv", "flagsmith_server_key", D(f"""
    FLAGSMITH_ENVIRONMENT_KEY={s(F.flagsmith())}
    FLAGSMITH_API_URL=https://edge.api.flagsmith.com/api/v1/
    FLAG_CACHE_TTL=30
    """)


@secret
def statsig_ts(s):
    return "typescript_source", "statsig_server_secret", D(f"""
    import Statsig from "statsig-node";

    await Statsig.initialize("{s(F.statsig())}", {{ environment: {{ tier: "production" }} }});
    export const gate = (u: string) => Statsig.checkGate({{ userID: u }}, "new_checkout");
    """)


@secret
def auth0_json(s):
    d = {"domain": "example-prod.eu.auth0.com", "clientId": rs(32), "clientSecret": s(rs(64, F.ALU)), "audience": "https://api.example.com"}
    return "json_config", "auth0_client_secret", json.dumps(d, indent=2)


@secret
def okta_curl(s):
    return "shell_session", "okta_api_token", D(f"""
    $ curl -s -H "Accept: application/json" -H "Authorization: SSWS {s(F.okta())}" \\
        "https://example.okta.com/api/v1/users?limit=2" | jq '.[].status'
    "ACTIVE"
    "PROVISIONED"
    """)


@secret
def stytch_py(s):
    return "python_source", "stytch_secret", D(f"""
    import stytch

    client = stytch.Client(
        project_id="project-live-{uuid4()}",
        secret="{s(F.stytch())}",
    )
    """)


@secret
def doctl_cfg(s):
    return "yaml_config", "digitalocean_token", D(f"""
    # ~/.config/doctl/config.yaml
    access-token: {s(F.do_pat())}
    context: default
    output: text
    kubernetes:
      default-cluster: k8s-ams3-prod
    """)


@secret
def cloudflare_shell(s):
    t = s(rs(40, F.ALU))
    return "shell_session", "cloudflare_api_token", D(f"""
    $ export CLOUDFLARE_API_TOKEN={t}
    $ curl -s https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN"
    {{"result":{{"id":"{hexs(32)}","status":"active"}},"success":true,"errors":[],"messages":[{{"code":10000,"message":"This API Token is valid and active","type":null}}]}}
    """)


@secret
def linear_chat(s):
    return "chat_export", "linear_api_key", D(f"""
    #eng-tools — Thursday
    Oskar: the triage script needs a Linear key, I made one under the bot account
    Oskar: {s(F.linear())}
    Hana: 👍 putting it in 1Password now, delete this msg pls
    """)


@secret
def notion_nb(s):
    nb = {"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                     "source": ["from notion_client import Client\n", f"notion = Client(auth=\"{s(F.notion())}\")\n", f"db = notion.databases.query(database_id=\"{hexs(32)}\")"]}],
          "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    return "jupyter_notebook", "notion_integration_token", json.dumps(nb, indent=1)


@secret
def airtable_js(s):
    return "javascript_source", "airtable_personal_access_token", D(f"""
    const res = await fetch("https://api.airtable.com/v0/app{rs(14)}/Leads?maxRecords=50", {{
      headers: {{ Authorization: "Bearer {s(F.airtable())}" }},
    }});
    const {{ records }} = await res.json();
    """)


@secret
def atlassian_curl(s):
    return "shell_history", "atlassian_api_token", D(f"""
    curl -s -u jira-bot@example.com:{s(F.atlassian())} -H 'Content-Type: application/json' https://example.atlassian.net/rest/api/3/search?jql=project=OPS
    """)


@secret
def vault_export(s):
    return "shell_session", "vault_token", D(f"""
    $ export VAULT_ADDR=https://vault.example.net:8200
    $ export VAULT_TOKEN={s(F.vault_token())}
    $ vault kv get -field=username secret/apps/reporting
    report_ro
    """)


@secret
def tfc_creds(s):
    d = {"credentials": {"app.terraform.io": {"token": s(F.tfc_token())}}}
    return "json_config", "terraform_cloud_token", json.dumps(d, indent=2)


@secret
def doppler_dockerfile(s):
    return "dockerfile", "doppler_service_token", D(f"""
    FROM node:20-alpine
    RUN wget -qO- https://cli.doppler.com/install.sh | sh
    ENV DOPPLER_TOKEN={s(F.doppler())}
    WORKDIR /srv
    COPY . .
    CMD ["doppler", "run", "--", "node", "server.js"]
    """)


@secret
def pulumi_ci(s):
    return "ci_log", "pulumi_access_token", D(f"""
    $ export PULUMI_ACCESS_TOKEN={s(F.pulumi())}
    $ pulumi stack select example-org/network/prod
    $ pulumi preview --diff
    Previewing update (prod)
         Type                 Name          Plan
         pulumi:pulumi:Stack  network-prod
    Resources:
        12 unchanged
    """)


@secret
def age_keys(s):
    return "key_file", "age_secret_key", D(f"""
    # created: 2025-01-30T14:02:11Z
    # public key: age1{rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}
    {s(F.age_secret())}
    """)


@secret
def fcm_crash(s):
    k = s(F.fcm_server_key())
    return "app_log", "fcm_server_key", D(f"""
    {ts()} ERROR push.FcmLegacySender: send failed status=401
      request: POST https://fcm.googleapis.com/fcm/send
      headers: Content-Type=application/json, Authorization=key={k}
      body: {{"to":"/topics/promo-de","notification":{{"title":"Sale"}}}}
    """)


@secret
def dropbox_ios_crash(s):
    t = s(F.dropbox())
    return "mobile_crash_report", "dropbox_access_token", D(f"""
    Incident Identifier: {uuid4().upper()}
    Hardware Model:      iPhone15,3
    Process:             PhotoVault [4812]
    Version:             5.12.0 (5120)
    OS Version:          iPhone OS 17.4.1 (21E236)
    Exception Type:  EXC_CRASH (SIGABRT)
    Last Exception Backtrace:
    0   CoreFoundation   0x19a2f0f20 __exceptionPreprocess + 164
    Application Specific Information:
    *** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: 'upload session failed: {{"Authorization": "Bearer {t}", "Dropbox-API-Arg": "{{\\"close\\": false}}"}}'
    """)


@secret
def figma_curl(s):
    return "shell_history", "figma_personal_access_token", D(f"""
    curl -H 'X-Figma-Token: {s(F.figma())}' 'https://api.figma.com/v1/files/{rs(22)}/images?ids=1:2&format=svg'
    """)


@secret
def planetscale_url(s):
    return "dotenv", "planetscale_password", D(f"""
    DATABASE_URL='mysql://{rs(12, F.LO + F.DI)}:{s(F.pscale_pw())}@aws.connect.psdb.cloud/storefront?sslaccept=strict'
    """)


@secret
def postman_env(s):
    d = {"id": uuid4(), "name": "Prod (private)", "values": [
        {"key": "baseUrl", "value": "https://api.example.com", "enabled": True},
        {"key": "postmanApiKey", "value": s(F.postman()), "enabled": True, "type": "secret"},
        {"key": "tenant", "value": "eu-3", "enabled": True}], "_postman_variable_scope": "environment"}
    return "json_export", "postman_api_key", json.dumps(d, indent=2)


@secret
def databricks_cfg(s):
    return "ini", "databricks_token", D(f"""
    [DEFAULT]
    host  = https://adb-{digits(16)}.{R.randint(1, 19)}.azuredatabricks.net
    token = {s(F.databricks())}
    """)


@secret
def contentful_ci(s):
    return "ci_log", "contentful_management_token", D(f"""
    #14 [build 5/7] RUN npx contentful-migration --space-id {rs(12, F.LO + F.DI)} --management-token {s(F.contentful())} --yes migrations/0042-add-hero.js
    #14 1.832 ✔ Migration 0042-add-hero.js successful
    """)


@secret
def brevo_php(s):
    return "php_source", "brevo_api_key", D(f"""
    <?php
    return [
        'driver' => 'brevo',
        'key' => '{s(F.brevo())}',
        'sender' => ['name' => 'Example Shop', 'email' => 'shop@example.com'],
    ];
    """)


@secret
def resend_ts(s):
    return "typescript_source", "resend_api_key", D(f"""
    import {{ Resend }} from "resend";
    const resend = new Resend("{s(F.resend())}");
    export async function sendWelcome(to: string) {{
      return resend.emails.send({{ from: "hello@example.dev", to, subject: "Welcome", html: "<p>Hi!</p>" }});
    }}
    """)


@secret
def mailersend_yaml(s):
    return "yaml_config", "mailersend_api_token", D(f"""
    mailer:
      transport: mailersend
      api_token: "{s(F.mailersend())}"
      from: alerts@example.org
    """)


@secret
def asana_cli(s):
    return "shell_history", "asana_personal_access_token", D(f"""
    curl https://app.asana.com/api/1.0/users/me -H "Authorization: Bearer {s(F.asana())}"
    """)


@secret
def cloudinary_env(s):
    return "dotenv", "cloudinary_api_secret", D(f"""
    CLOUDINARY_URL=cloudinary://{digits(15)}:{s(rs(27, F.ALU))}@example-media
    UPLOAD_PRESET=avatars
    """)


@secret
def celery_amqp(s):
    pw = s(F.password(18, strong=False))
    return "app_log", "amqp_url_password", D(f"""
    [{ts()},201: INFO/MainProcess] Connected to amqp://celery:{pw}@rabbitmq.queue.svc:5672/reports
    [{ts()},219: INFO/MainProcess] mingle: searching for neighbors
    [{ts()},240: INFO/MainProcess] celery@worker-6c9f ready.
    """)


@secret
def wireguard_conf(s):
    return "ini", "wireguard_private_key", D(f"""
    [Interface]
    Address = 10.66.0.2/32
    PrivateKey = {s(F.wg_key())}
    DNS = 10.66.0.1

    [Peer]
    PublicKey = {F.wg_key()}
    Endpoint = vpn.example.net:51820
    AllowedIPs = 10.0.0.0/8
    PersistentKeepalive = 25
    """)


def fake_rs256():
    h = b64url(json.dumps({"alg": "RS256", "kid": rs(43, F.ALU)}, separators=(",", ":")))
    p = b64url(json.dumps({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                           "kubernetes.io/serviceaccount/service-account.name": "deployer", "sub": "system:serviceaccount:ci:deployer"}, separators=(",", ":")))
    return f"{h}.{p}.{b64url(256)}"


@secret
def kubeconfig_token(s):
    return "kubeconfig", "kubernetes_service_account_token", D(f"""
    apiVersion: v1
    kind: Config
    clusters:
    - cluster:
        server: https://k8s-api.example.internal:6443
        certificate-authority-data: LS0tLS1CRUdJTi...truncated
      name: prod
    users:
    - name: deployer
      user:
        token: {s(fake_rs256())}
    contexts:
    - context: {{cluster: prod, user: deployer, namespace: ci}}
      name: prod-ci
    current-context: prod-ci
    """)


@secret
def k8s_secret_data(s):
    pw = base64.b64encode(F.human_password().encode()).decode()
    return "kubernetes_manifest", "kubernetes_secret_base64_password", D(f"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: grafana-admin
      namespace: monitoring
    type: Opaque
    data:
      admin-user: YWRtaW4=
      admin-password: {s(pw)}
    """)


@secret
def pgp_private(s):
    body = base64.b64encode(b"\x95\x03\xc6\x04" + R.randbytes(900)).decode()
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    blk = f"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{lines}\n={b64(3)}\n-----END PGP PRIVATE KEY BLOCK-----"
    s(blk)
    return "shell_session", "pgp_private_key", f"$ gpg --export-secret-keys --armor release-signing@example.org\n{blk}\n"


@secret
def supabase_env(s):
    ref = rs(20, F.LO)
    sec = rs(40)
    k = s(F.jwt_hs256({"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1718000000, "exp": 2033576000}, sec))
    return "dotenv", "supabase_service_role_key", D(f"""
    NEXT_PUBLIC_SUPABASE_URL=https://{ref}.supabase.co
    SUPABASE_SERVICE_ROLE_KEY={k}
    """)


@secret
def elastic_apikey(s):
    v = s(base64.b64encode(f"{rs(20, F.ALU)}:{rs(22, F.ALU)}".encode()).decode())
    return "http_request", "elasticsearch_api_key", D(f"""
    POST /logs-app-default/_search HTTP/1.1
    Host: es.example.net:9243
    Authorization: ApiKey {v}
    Content-Type: application/json

    {{"size": 20, "query": {{"match": {{"service.name": "checkout"}}}}}}
    """)


@secret
def confluent_props(s):
    return "properties", "confluent_cloud_api_secret", D(f"""
    bootstrap.servers=pkc-{rs(5, F.LO + F.DI)}.eu-west-1.aws.confluent.cloud:9092
    security.protocol=SASL_SSL
    sasl.mechanism=PLAIN
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='{rs(16, F.UP + F.DI)}' password='{s(rs(64, F.AL + "+/"))}';
    """)


@secret
def snowflake_dsn(s):
    return "python_source", "snowflake_password", D(f"""
    from sqlalchemy import create_engine
    engine = create_engine(
        "snowflake://ANALYTICS_SVC:{s(F.password(20, strong=False))}@xy{digits(5)}.eu-central-1/ANALYTICS/PUBLIC?warehouse=REPORTING_WH&role=ANALYST"
    )
    """)


@secret
def neon_url(s):
    pw = s("npg_" + rs(12))
    return "dotenv", "neon_postgres_password", D(f"""
    POSTGRES_URL="postgresql://neondb_owner:{pw}@ep-{pick(['cool', 'quiet', 'bold'])}-{pick(['river', 'sun', 'moon'])}-{rs(8, F.LO + F.DI)}-pooler.eu-central-1.aws.neon.tech/neondb?sslmode=require"
    """)


@secret
def algolia_cfg(s):
    return "javascript_source", "algolia_admin_api_key", D(f"""
    // scripts/reindex.js — runs in CI only
    const algoliasearch = require("algoliasearch");
    const client = algoliasearch("{rs(10, F.UP + F.DI)}", "{s(hexs(32))}"); // admin key
    await client.initIndex("products_prod").replaceAllObjects(products);
    """)


@secret
def zendesk_curl(s):
    return "shell_history", "zendesk_api_token", D(f"""
    curl https://examplehelp.zendesk.com/api/v2/tickets.json -u support-bot@example.com/token:{s(rs(40))}
    """)


@secret
def pagerduty_routing(s):
    return "yaml_config", "pagerduty_routing_key", D(f"""
    receivers:
      - name: pagerduty-critical
        pagerduty_configs:
          - routing_key: {s(hexs(32))}
            severity: critical
            description: '{{{{ .CommonAnnotations.summary }}}}'
    """)


@secret
def teams_webhook(s):
    u = s(f"https://example.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/{hexs(32)}/{uuid4()}/V2{rs(43, F.ALU)}")
    return "powershell", "teams_incoming_webhook_url", D(f"""
    $uri = '{u}'
    $body = @{{ text = "Backup job on $env:COMPUTERNAME finished with exit code $LASTEXITCODE" }} | ConvertTo-Json
    Invoke-RestMethod -Method Post -Uri $uri -Body $body -ContentType 'application/json'
    """)


@secret
def bare_key_log(s):
    k = s(rs(40, F.AL))
    return "app_log", "generic_api_key_in_log", D(f"""
    {ts()} WARN  upstream=partner-rates attempt=3/3 status=401 body="invalid credentials" key={k} latency_ms=812
    {ts()} ERROR rates refresh aborted, serving cached rates from 2025-04-01
    """)


@secret
def github_oauth_app(s):
    return "dotenv", "github_oauth_client_secret", D(f"""
    GITHUB_CLIENT_ID=Ov23li{rs(14)}
    GITHUB_CLIENT_SECRET={s(hexs(40))}
    SESSION_COOKIE_NAME=__Host-sid
    """)


@secret
def har_x_api_key(s):
    k = s(rs(32, F.ALU))
    har = {"log": {"entries": [{"request": {"method": "POST", "url": "https://partner-api.example.net/v1/quotes",
                                            "headers": [{"name": "content-type", "value": "application/json"}, {"name": "x-api-key", "value": k}],
                                            "postData": {"mimeType": "application/json", "text": "{\"sku\":\"WID-220\",\"qty\":4}"}},
                                "response": {"status": 200, "statusText": "OK"}, "time": 142.2}]}}
    return "har", "generic_api_key_header", json.dumps(har, indent=2)


@secret
def compose_pg(s):
    return "docker_compose", "database_password_env", D(f"""
    services:
      db:
        image: postgres:16
        environment:
          POSTGRES_USER: app
          POSTGRES_PASSWORD: {s(F.human_password())}
          POSTGRES_DB: app
        volumes:
          - pgdata:/var/lib/postgresql/data
    volumes:
      pgdata: {{}}
    """)


@secret
def twitter_bearer(s):
    t = s("AAAAAAAAAAAAAAAAAAAAA" + rs(14, F.AL) + "AAAAAA" + quote(b64(30), safe="") + rs(50, F.AL))
    return "python_source", "twitter_bearer_token", D(f"""
    import tweepy
    client = tweepy.Client(bearer_token="{t}")
    for t in client.search_recent_tweets("from:examplestatus", max_results=10).data:
        print(t.text)
    """)


@secret
def meta_token(s):
    return "api_response", "meta_graph_access_token", D(f"""
    GET https://graph.facebook.com/v19.0/me/accounts?access_token={s("EAAG" + rs(180, F.AL))}
    200 OK
    {{"data":[{{"name":"Example Bakery","id":"{digits(15)}","category":"Bakery"}}],"paging":{{"cursors":{{"before":"QVFIU...","after":"QVFIU..."}}}}}}
    """)


@secret
def vercel_netlify(s):
    return "ci_log", "netlify_access_token", D(f"""
    Run netlify deploy --prod --dir=dist --auth {s("nfp_" + rs(40))} --site {uuid4()}
    Deploy path:        /home/runner/work/site/site/dist
    ✔ Finished hashing 214 files
    ✔ Deploy is live!
    """)


@secret
def alibaba_cli(s):
    return "json_config", "alibaba_cloud_access_key", json.dumps({"current": "default", "profiles": [{"name": "default", "mode": "AK",
                                                                                                     "access_key_id": s("LTAI5t" + rs(18)), "access_key_secret": s(rs(30)), "region_id": "cn-hangzhou"}]}, indent=2)


@secret
def ibm_cloud(s):
    return "dotenv", "ibm_cloud_api_key", D(f"""
    IBMCLOUD_API_KEY={s(rs(44, F.ALU))}
    IBMCLOUD_REGION=eu-de
    """)


@secret
def hetzner_tf(s):
    return "terraform_tfvars", "hetzner_cloud_token", D(f"""
    hcloud_token   = "{s(rs(64))}"
    server_type    = "cx32"
    location       = "nbg1"
    """)


@secret
def fly_token(s):
    t = s("FlyV1 fm2_" + rs(200, F.AL + "+/") + "==")
    return "ci_log", "fly_io_token", D(f"""
    ##[group]Run flyctl deploy --remote-only
    env:
      FLY_API_TOKEN: {t}
    ##[endgroup]
    ==> Verifying app config
    --> Verified app config
    """)


@secret
def crm_webhook_secret(s):
    return "json_export", "webhook_signing_secret", json.dumps({"webhooks": [{"id": "wh_" + digits(6), "url": "https://crm-sync.example.com/hooks/deals",
                                                                            "events": ["deal.created", "deal.updated"], "signing_secret": s(hexs(64)), "active": True}]}, indent=2)


@secret
def notebook_hf_and_wandb(s):
    nb = {"cells": [{"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"name": "stderr", "output_type": "stream",
                                                                                             "text": ["wandb: Appending key for api.wandb.ai to your netrc file: /root/.netrc\n"]}],
                     "source": ["import wandb\n", f"wandb.login(key=\"{s(hexs(40))}\")"]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    return "jupyter_notebook", "wandb_api_key", json.dumps(nb, indent=1)


@secret
def sql_dump_api_keys(s):
    k1, k2 = s("ak_live_" + rs(32)), s("ak_live_" + rs(32))
    return "sql_dump", "application_api_keys_plaintext", D(f"""
    --
    -- Dumping data for table `integrations`
    --
    INSERT INTO `integrations` (`id`, `tenant_id`, `provider`, `api_key`, `created_at`) VALUES
    (101, 88, 'warehouse', '{k1}', '2025-01-12 09:14:55'),
    (102, 91, 'warehouse', '{k2}', '2025-01-19 16:40:02');
    """)


@secret
def csv_crm_password(s):
    p1, p2 = s(F.human_password()), s(F.password(14, strong=False))
    return "csv", "plaintext_password_csv", D(f"""
    account_id,company,portal_user,portal_password,plan
    A-10231,Harbor Freightline Ltd,harbor.admin,{p1},enterprise
    A-10244,Willow Dental Group,willow.ops,{p2},team
    """)


@secret
def grpc_metadata(s):
    t = s("ghu_" + rs(36))
    return "app_log", "github_user_to_server_token", D(f"""
    {ts()} DEBUG gh-app-proxy outgoing request method=GET path=/user/installations authorization="token {t}" ua=example-gh-app/2.3
    {ts()} DEBUG gh-app-proxy response status=200 installations=3
    """)


@secret
def ansible_inventory_pw(s):
    return "ini", "ansible_become_password", D(f"""
    [web]
    web-01.example.internal
    web-02.example.internal

    [web:vars]
    ansible_user=ops
    ansible_become_pass={s(F.human_password())}
    """)


@secret
def email_with_credentials(s):
    pw = s(F.password(12, strong=False))
    return "email", "password_in_email", D(f"""
    From: IT Helpdesk <helpdesk@corp.example>
    To: Noor Rahman <noor.rahman@corp.example>
    Subject: Your VPN account

    Hi Noor,

    Your VPN account is ready.
      Username: nrahman
      Temporary password: {pw}
    You will be asked to change it on first login.

    -- IT Helpdesk
    """)


@secret
def jdbc_oracle(s):
    return "xml_config", "jdbc_password_xml", D(f"""
    <Resource name="jdbc/LedgerDS" auth="Container" type="javax.sql.DataSource"
              driverClassName="oracle.jdbc.OracleDriver"
              url="jdbc:oracle:thin:@//ora-ledger.internal:1521/LEDGER"
              username="LEDGER_APP" password="{s(F.password(16, strong=False))}"
              maxTotal="30" maxIdle="10"/>
    """)


@secret
def rclone_s3_minio(s):
    return "ini", "minio_secret_key", D(f"""
    [minio-backup]
    type = s3
    provider = Minio
    access_key_id = {rs(20, F.UP + F.DI)}
    secret_access_key = {s(rs(40))}
    endpoint = https://minio.example.internal:9000
    """)


@secret
def discord_and_db_compose(s):
    return "docker_compose", "mixed_service_credentials", D(f"""
    services:
      bot:
        image: example/bot:latest
        environment:
          DISCORD_TOKEN: {s(F.discord_bot())}
          REDIS_URL: redis://default:{s(rs(24))}@cache:6379
          OPENAI_API_KEY: {s(F.openai_proj())}
    """)


# =========================================================== CLEAN carriers
@clean
def npm_lock(s):
    i1 = "sha512-" + b64(64)
    i2 = "sha512-" + b64(64)
    return "package_lock", "lockfile_integrity_hash", D(f"""
        "node_modules/ms": {{
          "version": "2.1.3",
          "resolved": "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz",
          "integrity": "{i1}",
          "license": "MIT"
        }},
        "node_modules/debug": {{
          "version": "4.3.7",
          "resolved": "https://registry.npmjs.org/debug/-/debug-4.3.7.tgz",
          "integrity": "{i2}",
          "dependencies": {{ "ms": "^2.1.3" }}
        }}
    """)


@clean
def git_log(s):
    lines = "\n".join(f"{hexs(40)} {m}" for m in ["Merge pull request #882 from example-org/fix/timeout", "Bump pydantic from 2.8.2 to 2.9.1", "Retry S3 uploads on 503", "Add audit log for role changes"])
    return "shell_session", "git_commit_sha", "$ git log --format='%H %s' -4\n" + lines


@clean
def sha256sums(s):
    return "checksum_file", "sha256_checksums", "\n".join(f"{hexs(64)}  {f}" for f in ["example-cli_2.4.0_linux_amd64.tar.gz", "example-cli_2.4.0_linux_arm64.tar.gz", "example-cli_2.4.0_darwin_arm64.tar.gz", "example-cli_2.4.0_windows_amd64.zip"])


@clean
def sri_html(s):
    return "html", "subresource_integrity", D(f"""
    <link rel="stylesheet" href="https://cdn.example.net/ui/3.2.1/ui.min.css" integrity="sha384-{b64(48)}" crossorigin="anonymous">
    <script src="https://cdn.example.net/ui/3.2.1/ui.min.js" integrity="sha384-{b64(48)}" crossorigin="anonymous" defer></script>
    """)


@clean
def request_ids_log(s):
    return "app_log", "request_ids_uuid", "\n".join(f"{ts()}.{R.randint(100, 999)}Z INFO http method=GET path=/api/v1/items/{digits(5)} status=200 request_id={uuid4()} trace_id={hexs(32)} span_id={hexs(16)} dur_ms={R.randint(3, 90)}" for _ in range(4))


@clean
def authorized_keys(s):
    _, p1 = F.ed25519_keypair("amara@laptop")
    _, p2 = F.ed25519_keypair("ci-deploy")
    return "authorized_keys", "ssh_public_key", f"# ~/.ssh/authorized_keys on web-01\n{p1}\nfrom=\"10.20.0.0/16\",no-pty {p2}\n"


@clean
def x509_cert(s):
    return "shell_session", "x509_certificate", "$ openssl s_client -connect api.internal.example:443 -showcerts </dev/null 2>/dev/null | sed -n '/BEGIN/,/END/p'\n" + F.self_signed_cert_pem()


@clean
def public_key_pem(s):
    return "json_config", "public_key_pem", json.dumps({"issuer": "https://auth.example.com", "algorithm": "ES256", "verification_key": F.ec_public_pem() + "\n"}, indent=2)


@clean
def stripe_pk(s):
    return "html", "stripe_publishable_key", D(f"""
    <script src="https://js.stripe.com/v3/"></script>
    <script>
      // publishable key: safe to expose in the browser
      const stripe = Stripe("pk_live_51{rs(22)}{rs(75)}");
      const elements = stripe.elements({{ appearance: {{ theme: "stripe" }} }});
    </script>
    """)


@clean
def mapbox_pk(s):
    return "javascript_source", "mapbox_public_token", D(f"""
    mapboxgl.accessToken = "{F.mapbox('pk', 'example-web')}"; // public, URL-restricted
    const map = new mapboxgl.Map({{ container: "map", style: "mapbox://styles/mapbox/streets-v12", center: [-0.1276, 51.5072], zoom: 11 }});
    """)


@clean
def recaptcha_site(s):
    return "html", "recaptcha_site_key", f'<form action="/signup" method="post">\n  <input name="email" type="email">\n  <div class="g-recaptcha" data-sitekey="6L{rs(6, F.ALU)}AAAAA{rs(27, F.ALU)}"></div>\n  <button>Sign up</button>\n</form>'


@clean
def ga_ids(s):
    return "html", "analytics_measurement_id", D(f"""
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-{rs(10, F.UP + F.DI)}"></script>
    <script>
      window.dataLayer = window.dataLayer || [];
      function gtag(){{dataLayer.push(arguments);}}
      gtag('js', new Date());
      gtag('config', 'G-{rs(10, F.UP + F.DI)}', {{ anonymize_ip: true }});
    </script>
    """)


@clean
def placeholders_readme(s):
    return "markdown", "placeholder_values", D("""
    ## Configuration

    Copy `.env.example` to `.env` and fill in:

    ```
    OPENAI_API_KEY=<YOUR_API_KEY>
    STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
    DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app
    SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXX/YYYY/ZZZZ
    ```

    Never commit the real values.
    """)


@clean
def redacted_ticket(s):
    return "support_ticket", "redacted_values", D("""
    Ticket #51907 — webhook deliveries failing
    Customer pasted their config (auto-redacted by the helpdesk):
      api_key: sk-...REDACTED
      webhook_secret: whsec_************************
      db_password: ********
      Authorization: Bearer [REDACTED]
    Agent note: asked customer to rotate anyway and confirm the endpoint URL.
    """)


@clean
def vault_refs(s):
    return "yaml_config", "secret_store_reference", D("""
    env:
      - name: DB_PASSWORD
        valueFrom:
          secretKeyRef:
            name: ledger-db
            key: password
    annotations:
      vault.hashicorp.com/agent-inject: "true"
      vault.hashicorp.com/agent-inject-secret-config: "secret/data/ledger/prod/db"
      vault.hashicorp.com/role: "ledger"
    """)


@clean
def gha_secret_refs(s):
    return "ci_config", "ci_secret_reference", D("""
    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: aws-actions/configure-aws-credentials@v4
            with:
              aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
              aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
              aws-region: eu-west-1
          - run: ./deploy.sh
            env:
              NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
    """)


@clean
def env_refs(s):
    return "python_source", "env_var_reference", D("""
    import os

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": os.environ["PGDATABASE"],
            "USER": os.environ["PGUSER"],
            "PASSWORD": os.environ["PGPASSWORD"],
            "HOST": os.getenv("PGHOST", "localhost"),
        }
    }
    SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY")
    """)


@clean
def secrets_manager_arn(s):
    acct = digits(12)
    return "json_config", "secret_arn_reference", json.dumps({"containerDefinitions": [{"name": "api", "image": f"{acct}.dkr.ecr.eu-west-1.amazonaws.com/api:1.42.0",
                                                                                     "secrets": [{"name": "DB_PASSWORD", "valueFrom": f"arn:aws:secretsmanager:eu-west-1:{acct}:secret:prod/api/db-{rs(6)}"},
                                                                                                 {"name": "STRIPE_KEY", "valueFrom": f"arn:aws:ssm:eu-west-1:{acct}:parameter/prod/api/stripe-key"}]}]}, indent=2)


@clean
def aws_doc_example(s):
    return "markdown", "documentation_example_key", D("""
    To configure the CLI non-interactively:

        $ aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE
        $ aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

    The values above are the documentation examples and do not work.
    """)


@clean
def data_uri_image(s):
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + R.randbytes(180)).decode()
    return "css", "base64_image_data", f".icon-check {{\n  width: 16px;\n  height: 16px;\n  background-image: url(\"data:image/png;base64,{png}\");\n}}"


@clean
def protobuf_b64(s):
    return "app_log", "base64_protobuf_payload", f"{ts()} DEBUG grpc-gateway decoded frame type=example.events.v1.OrderPlaced bytes=142 payload_b64={base64.b64encode(bytes([0x0a, 0x24]) + uuid4().encode() + R.randbytes(100)).decode()}"


@clean
def order_ids(s):
    rows = "\n".join(f"ORD-{digits(10)},{R.randint(1, 9)},{R.randint(5, 900)}.{R.randint(0, 99):02d},EUR,{pick(['shipped', 'pending', 'returned'])}" for _ in range(6))
    return "csv", "order_numbers", "order_id,items,total,currency,status\n" + rows


@clean
def stripe_object_ids(s):
    return "api_response", "stripe_object_ids", json.dumps({"id": "pi_3" + rs(23), "object": "payment_intent", "amount": 4599, "currency": "eur",
                                                            "customer": "cus_" + rs(14), "latest_charge": "ch_3" + rs(23), "payment_method": "pm_1" + rs(23),
                                                            "status": "succeeded", "livemode": True}, indent=2)


@clean
def s3_keys(s):
    return "shell_session", "s3_object_keys", "$ aws s3 ls s3://media-prod/uploads/2025/04/ --recursive | head -4\n" + "\n".join(
        f"2025-04-{R.randint(1, 28):02d} 1{R.randint(0, 9)}:{R.randint(10, 59)}:{R.randint(10, 59)}   {R.randint(10000, 9000000):>9} uploads/2025/04/{hexs(2)}/{hexs(32)}.{pick(['jpg', 'webp', 'mp4'])}" for _ in range(4))


@clean
def minified_js(s):
    return "javascript_source", "minified_code", '!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e="undefined"!=typeof globalThis?globalThis:e||self).Qx=t()}(this,function(){"use strict";var e=/[A-Za-z0-9_-]{21}/,t="ModuleSymbhasOwnPr-0123456789ABCDEFGHNRVfgctiUvz_KqYTJkLxpZXIjQW";function n(n){for(var r="",o=crypto.getRandomValues(new Uint8Array(n|=0));n--;)r+=t[63&o[n]];return r}return{nanoid:n,isId:function(t){return e.test(t)}}});\n//# sourceMappingURL=qx.min.js.map'


@clean
def ansible_vault(s):
    body = hexs(64 * 6)
    lines = "\n".join("          " + body[i:i + 80] for i in range(0, len(body), 80))
    return "yaml_config", "ansible_vault_encrypted", f"db_user: ledger_app\ndb_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n{lines}\n"


@clean
def sops_file(s):
    enc = lambda n: f"ENC[AES256_GCM,data:{b64(n)},iv:{b64(32)},tag:{b64(16)},type:str]"
    return "yaml_config", "sops_encrypted_values", D(f"""
    stripe_key: {enc(40)}
    db_password: {enc(18)}
    sops:
        age:
            - recipient: age1{rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}
        lastmodified: "2025-03-02T10:11:12Z"
        mac: ENC[AES256_GCM,data:{b64(32)},iv:{b64(32)},tag:{b64(16)},type:str]
        version: 3.9.1
    """)


@clean
def fake_fixture(s):
    return "python_source", "labelled_fake_test_fixture", D("""
    # tests/fixtures.py -- FAKE credentials for unit tests; not valid anywhere
    FAKE_GITHUB_TOKEN = "ghp_" + "0" * 36
    FAKE_AWS_KEY_ID = "AKIA" + "TESTTESTTESTTEST"
    DUMMY_PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\\n...fake...\\n-----END PRIVATE KEY-----"

    def test_redacts_tokens(redactor):
        assert redactor(FAKE_GITHUB_TOKEN) == "[REDACTED]"
    """)


@clean
def docker_digests(s):
    return "shell_session", "container_image_digest", "$ docker images --digests | head -4\nREPOSITORY          TAG       DIGEST                                                                    IMAGE ID       SIZE\n" + "\n".join(
        f"{r:<19} {t:<9} sha256:{hexs(64)}   {hexs(12)}   {R.randint(20, 900)}MB" for r, t in [("nginx", "1.27", ), ("postgres", "16.4"), ("example/api", "2.14.0")])


@clean
def k8s_uids(s):
    return "kubernetes_manifest", "kubernetes_object_metadata", D(f"""
    apiVersion: apps/v1
    kind: ReplicaSet
    metadata:
      name: checkout-7d9f8c6b5d
      namespace: shop
      uid: {uuid4()}
      resourceVersion: "{digits(9)}"
      labels:
        pod-template-hash: 7d9f8c6b5d
      ownerReferences:
      - apiVersion: apps/v1
        kind: Deployment
        name: checkout
        uid: {uuid4()}
    """)


@clean
def tfstate_sensitive(s):
    st = {"version": 4, "serial": 12, "lineage": uuid4(), "resources": [{"mode": "managed", "type": "aws_db_instance", "name": "main", "instances": [
        {"attributes": {"arn": f"arn:aws:rds:eu-west-1:{digits(12)}:db:ledger-prod", "id": "db-" + rs(26, F.UP + F.DI), "engine": "postgres", "engine_version": "16.3",
                        "manage_master_user_password": True, "master_user_secret": [{"kms_key_id": f"arn:aws:kms:eu-west-1:{digits(12)}:key/{uuid4()}",
                                                                                      "secret_arn": f"arn:aws:secretsmanager:eu-west-1:{digits(12)}:secret:rds!db-{uuid4()}-{rs(6)}", "secret_status": "active"}],
                        "password": None}, "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]}]}]}
    return "terraform_state", "terraform_state_without_secrets", json.dumps(st, indent=2)


@clean
def webhook_sig_header(s):
    return "http_request", "webhook_signature_header", D(f"""
    POST /hooks/github HTTP/1.1
    Host: ci.example.com
    X-GitHub-Event: push
    X-GitHub-Delivery: {uuid4()}
    X-Hub-Signature-256: sha256={hexs(64)}
    Content-Type: application/json

    {{"ref":"refs/heads/main","before":"{hexs(40)}","after":"{hexs(40)}"}}
    """)


@clean
def google_client_id(s):
    return "html", "oauth_public_client_id", f'<div id="g_id_onload"\n     data-client_id="{digits(12)}-{rs(32, F.LO + F.DI)}.apps.googleusercontent.com"\n     data-login_uri="https://www.example.com/auth/google"\n     data-auto_prompt="false"></div>'


@clean
def jwks(s):
    return "api_response", "jwks_public_keys", json.dumps({"keys": [{"kty": "RSA", "use": "sig", "kid": rs(43, F.ALU), "alg": "RS256", "e": "AQAB", "n": b64url(256)},
                                                                    {"kty": "EC", "use": "sig", "kid": rs(43, F.ALU), "crv": "P-256", "x": b64url(32), "y": b64url(32)}]}, indent=2)


@clean
def etags(s):
    return "http_response", "etag_and_cache_headers", D(f"""
    HTTP/2 200
    content-type: application/javascript
    etag: "{hexs(32)}"
    x-amz-version-id: {rs(32, F.ALU)}
    x-cache: Hit from cloudfront
    x-amz-cf-id: {rs(54, F.ALU)}==
    cache-control: public, max-age=31536000, immutable
    """)


@clean
def go_sum(s):
    return "go_sum", "module_checksum", "\n".join(f"{m} h1:{b64(32)}" for m in ["github.com/google/uuid v1.6.0", "github.com/google/uuid v1.6.0/go.mod", "golang.org/x/sync v0.8.0", "golang.org/x/sync v0.8.0/go.mod", "gopkg.in/yaml.v3 v3.0.1"])


@clean
def cargo_lock(s):
    return "cargo_lock", "crate_checksum", D(f"""
    [[package]]
    name = "serde"
    version = "1.0.210"
    source = "registry+https://github.com/rust-lang/crates.io-index"
    checksum = "{hexs(64)}"

    [[package]]
    name = "itoa"
    version = "1.0.11"
    source = "registry+https://github.com/rust-lang/crates.io-index"
    checksum = "{hexs(64)}"
    """)


@clean
def ssh_fingerprints(s):
    return "shell_session", "ssh_host_key_fingerprint", D(f"""
    $ ssh deploy@bastion.example.net
    The authenticity of host 'bastion.example.net (203.0.113.40)' can't be established.
    ED25519 key fingerprint is SHA256:{b64(32).rstrip('=')}.
    This key is not known by any other names.
    Are you sure you want to continue connecting (yes/no/[fingerprint])? yes
    """)


@clean
def gpg_fpr(s):
    f = hexs(40).upper()
    return "shell_session", "pgp_key_fingerprint", D(f"""
    $ gpg --list-keys release-signing@example.org
    pub   ed25519 2024-06-11 [SC] [expires: 2027-06-11]
          {f}
    uid           [ultimate] Example Release Signing <release-signing@example.org>
    sub   cv25519 2024-06-11 [E] [expires: 2027-06-11]
    """)


@clean
def eth_tx(s):
    return "api_response", "blockchain_hashes_and_addresses", json.dumps({"hash": "0x" + hexs(64), "blockNumber": "0x" + hexs(7), "from": "0x" + hexs(40), "to": "0x" + hexs(40),
                                                                         "value": "0x2386f26fc10000", "gas": "0x5208", "input": "0x"}, indent=2)


@clean
def traceparent(s):
    return "http_request", "trace_context_ids", D(f"""
    GET /inventory/sku/WID-220 HTTP/1.1
    Host: inventory.shop.svc
    traceparent: 00-{hexs(32)}-{hexs(16)}-01
    tracestate: vendor=t61rcWkgMzE
    x-request-id: {uuid4()}
    x-b3-traceid: {hexs(32)}
    """)


@clean
def webpack_manifest(s):
    return "json", "content_hashed_filenames", json.dumps({"main.js": f"/static/js/main.{hexs(8)}.js", "vendors.js": f"/static/js/vendors.{hexs(20)}.chunk.js",
                                                           "main.css": f"/static/css/main.{hexs(8)}.css", "logo.svg": f"/static/media/logo.{hexs(20)}.svg"}, indent=2)


@clean
def mongo_objectids(s):
    return "json_export", "database_object_ids", "\n".join(json.dumps({"_id": {"$oid": hexs(24)}, "sku": f"SKU-{digits(5)}", "warehouse": {"$oid": hexs(24)}, "qty": R.randint(0, 300)}) for _ in range(4))


@clean
def ulids(s):
    U = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    return "app_log", "ulid_ksuid_ids", "\n".join(f"{ts()}Z job={rs(26, U)} ksuid={rs(27, F.AL)} state={pick(['queued', 'running', 'done'])}" for _ in range(4))


@clean
def azure_ids(s):
    return "json_config", "cloud_tenant_subscription_ids", json.dumps({"tenantId": uuid4(), "subscriptionId": uuid4(), "resourceGroup": "rg-payments-prod",
                                                                      "managedIdentityClientId": uuid4(), "keyVaultUri": "https://kv-payments-prod.vault.azure.net/"}, indent=2)


@clean
def aws_resource_ids(s):
    return "shell_session", "aws_resource_identifiers", D(f"""
    $ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,ImageId,SubnetId,State.Name]' --output text
    i-0{hexs(16)}	ami-0{hexs(16)}	subnet-0{hexs(16)}	running
    i-0{hexs(16)}	ami-0{hexs(16)}	subnet-0{hexs(16)}	stopped
    $ aws sts get-caller-identity --query Arn
    "arn:aws:sts::{digits(12)}:assumed-role/ReadOnly/ci-session"
    """)


@clean
def passwordless_dsn(s):
    return "dotenv", "connection_string_without_password", D("""
    # password comes from IAM auth token at runtime
    DATABASE_URL=postgresql://app_iam@ledger-prod.cluster-abc.eu-west-1.rds.amazonaws.com:5432/ledger?sslmode=verify-full
    REDIS_URL=redis://cache.internal:6379/0
    AMQP_URL=amqp://rabbitmq.queue.svc:5672/%2F
    """)


@clean
def har_redacted(s):
    har = {"log": {"entries": [{"request": {"method": "POST", "url": "https://app.example.com/api/login",
                                            "headers": [{"name": "Cookie", "value": "[redacted]"}, {"name": "Authorization", "value": "[redacted]"}],
                                            "postData": {"text": "{\"username\":\"demo\",\"password\":\"********\"}"}},
                                "response": {"status": 200, "headers": [{"name": "set-cookie", "value": "[redacted]"}]}}]}}
    return "har", "har_with_stripped_credentials", json.dumps(har, indent=2)


@clean
def requirements_hashes(s):
    return "requirements_txt", "pip_hash_pins", D(f"""
    certifi==2024.8.30 \\
        --hash=sha256:{hexs(64)} \\
        --hash=sha256:{hexs(64)}
    idna==3.10 \\
        --hash=sha256:{hexs(64)}
    """)


@clean
def csp_nonce(s):
    n = b64(16)
    return "http_response", "csp_nonce", f"HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\nContent-Security-Policy: default-src 'self'; script-src 'self' 'nonce-{n}'; object-src 'none'\n\n<script nonce=\"{n}\">window.__BOOT__={{locale:\"en-GB\"}}</script>"


@clean
def age_recipient(s):
    return "yaml_config", "public_encryption_recipients", D(f"""
    creation_rules:
      - path_regex: secrets/prod/.*\\.yaml$
        age: >-
          age1{rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")},
          age1{rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}
    """)


@clean
def wg_public_only(s):
    return "shell_session", "wireguard_public_keys", D(f"""
    $ sudo wg show wg0 | grep -E 'peer|public key|endpoint'
      public key: {F.wg_key()}
    peer: {F.wg_key()}
      endpoint: 198.51.100.23:51820
    peer: {F.wg_key()}
      endpoint: 203.0.113.77:51820
    """)


@clean
def notebook_png(s):
    nb = {"cells": [{"cell_type": "code", "execution_count": 7, "metadata": {}, "source": ["df.plot(kind='bar')"],
                     "outputs": [{"output_type": "display_data", "data": {"image/png": base64.b64encode(b"\x89PNG\r\n\x1a\n" + R.randbytes(420)).decode(), "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}}]}],
          "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    return "jupyter_notebook", "notebook_image_output", json.dumps(nb, indent=1)


@clean
def cache_keys(s):
    return "ci_log", "ci_cache_keys", D(f"""
    Run actions/cache@v4
    Cache restored from key: Linux-node-modules-{hexs(64)}
    Received 184549376 of 184549376 (100.0%), 61.2 MBs/sec
    Cache Size: ~176 MB (184549376 B)
    Post job cleanup.
    Cache hit occurred on the primary key Linux-node-modules-{hexs(64)}, not saving cache.
    """)


@clean
def git_lfs_pointer(s):
    return "git_lfs_pointer", "lfs_object_id", f"version https://git-lfs.github.com/spec/v1\noid sha256:{hexs(64)}\nsize {R.randint(100000, 90000000)}\n"


@clean
def ipfs_cid(s):
    return "api_response", "content_identifier", json.dumps({"Name": "catalogue-2025.pdf", "Hash": "bafybei" + rs(52, "abcdefghijklmnopqrstuvwxyz234567"), "Size": "8812044"})


@clean
def launchdarkly_client_id(s):
    return "javascript_source", "client_side_feature_flag_id", D(f"""
    import {{ initialize }} from "launchdarkly-js-client-sdk";
    // client-side ID is public by design
    const ld = initialize("{hexs(24)}", {{ kind: "user", key: "anonymous", anonymous: true }});
    """)


@clean
def password_policy(s):
    return "json_config", "password_policy_settings", json.dumps({"password_policy": {"min_length": 14, "require_symbols": True, "max_age_days": 90, "history": 24},
                                                                 "session": {"cookie_name": "sid", "ttl_seconds": 3600, "secure": True}}, indent=2)


@clean
def bcrypt_docs(s):
    return "markdown", "hash_algorithm_documentation", D(f"""
    ### Verifying downloads

    Each release ships a `SHA256SUMS` file and a detached signature. Example output:

        $ sha256sum -c SHA256SUMS --ignore-missing
        example-cli_2.4.0_linux_amd64.tar.gz: OK

    The MD5 shown on the mirror page ({hexs(32)}) is for legacy tooling only.
    """)


@clean
def sentry_event_ids(s):
    return "api_response", "error_tracker_event_ids", json.dumps({"id": hexs(32), "groupID": digits(10), "eventID": hexs(32), "projectID": digits(7), "release": "web@" + hexs(40),
                                                                 "dist": None, "platform": "javascript", "dateCreated": ts() + "Z"}, indent=2)


@clean
def image_layer_manifest(s):
    return "json", "oci_manifest_digests", json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                                                      "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "sha256:" + hexs(64), "size": 7023},
                                                      "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": "sha256:" + hexs(64), "size": R.randint(10 ** 5, 10 ** 8)} for _ in range(3)]}, indent=2)


@clean
def totp_qr_docs(s):
    return "markdown", "documentation_example_token", D("""
    Example request (the token below is the value used throughout our docs and is rejected by the API):

        curl -H "Authorization: Bearer YOUR_ACCESS_TOKEN" https://api.example.com/v1/me

    Replace `YOUR_ACCESS_TOKEN` with a token from **Settings → API**.
    """)


@clean
def crash_report_clean(s):
    return "mobile_crash_report", "crash_report_addresses", D(f"""
    Incident Identifier: {uuid4().upper()}
    CrashReporter Key:   {hexs(40)}
    Hardware Model:      iPhone14,2
    Binary Images:
    0x104a3c000 - 0x104f1bfff ExampleShop arm64  <{hexs(32)}> /private/var/containers/Bundle/Application/{uuid4().upper()}/ExampleShop.app/ExampleShop
    Thread 0 Crashed:
    0   ExampleShop   0x0000000104b1c2d8 CartViewModel.total.getter + 212
    """)


@clean
def invoice_ids(s):
    return "invoice", "invoice_reference_numbers", D(f"""
    INVOICE INV-2025-{digits(6)}
    Customer ref: CUST-{rs(8, F.UP + F.DI)}
    Payment ref:  RF{digits(2)} {digits(4)} {digits(4)} {digits(4)}
    Item                         Qty   Amount
    Annual support plan           1    1,200.00 EUR
    Total due                          1,200.00 EUR
    """)


@clean
def hmac_algorithm_config(s):
    return "yaml_config", "key_rotation_metadata", D(f"""
    signing:
      algorithm: HS256
      active_kid: {hexs(16)}
      keys_source: aws-kms://arn:aws:kms:eu-west-1:{digits(12)}:key/{uuid4()}
      rotate_every: 30d
    """)
