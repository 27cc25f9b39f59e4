"""Build the rows of secrets.jsonl. All secret values are random strings in realistic formats."""
from common import *

B32 = string.ascii_uppercase + "234567"
URLSAFE = string.ascii_letters + string.digits + "-_"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l".upper()


def pem_body(r, nbytes, lead):
    raw = base64.b64encode(bytes(r.randint(0, 255) for _ in range(nbytes))).decode()
    raw = lead + raw[len(lead):]
    return [raw[i:i + 64] for i in range(0, len(raw), 64)]


def pem(r, kind):
    if kind == "rsa":
        lines = pem_body(r, 1190, "MIIEpAIBAAKCAQEA")
        return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"
    if kind == "pkcs8":
        lines = pem_body(r, 1216, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")
        return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"
    if kind == "ec":
        lines = pem_body(r, 121, "MHcCAQEEI")
        return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"
    if kind == "openssh":
        lines = pem_body(r, 300, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW")
        lines = [l[:70] for l in lines]
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
    raise ValueError(kind)


def pw(r, n=None):
    n = n or r.randint(14, 24)
    s = rs(r, n, string.ascii_letters + string.digits + "!#%^*_-+=")
    return s


def host(r):
    return r.choice(["db-prod-1.internal", "pg-main.c1x9q.eu-west-1.rds.amazonaws.com", "10.12.4.21", "mysql.svc.cluster.local", "db.%s" % r.choice(COMPANIES)[1]])


def jwt_like(r):
    h = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "kid": rs(r, 43, URLSAFE)}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                                             "kubernetes.io/serviceaccount/service-account.name": "deployer",
                                             "sub": "system:serviceaccount:ci:deployer"}, separators=(",", ":")).encode()).decode().rstrip("=")
    return h + "." + p + "." + rs(r, 342, URLSAFE)


# kind -> fn(r) -> list of (varname, value)
def k_aws(r):
    return [("AWS_ACCESS_KEY_ID", "AKIA" + rs(r, 16, B32)), ("AWS_SECRET_ACCESS_KEY", rs(r, 40, string.ascii_letters + string.digits + "+/"))]


KINDS = {
    "aws_access_key": k_aws,
    "gcp_service_account_key": lambda r: [("private_key", pem(r, "pkcs8"))],
    "google_api_key": lambda r: [("GOOGLE_API_KEY", "AIza" + rs(r, 35, URLSAFE))],
    "google_oauth_client_secret": lambda r: [("GOOGLE_CLIENT_SECRET", "GOCSPX-" + rs(r, 28, URLSAFE))],
    "azure_storage_connection_string": lambda r: [("AZURE_STORAGE_CONNECTION_STRING", "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s==;EndpointSuffix=core.windows.net" % (
        r.choice(["stproddata01", "tidewellassets", "veldranlogs"]), rs(r, 86, string.ascii_letters + string.digits + "+/")))],
    "azure_client_secret": lambda r: [("AZURE_CLIENT_SECRET", rs(r, 3, string.ascii_letters) + str(r.randint(0, 9)) + "Q~" + rs(r, 34, string.ascii_letters + string.digits + "_.~-"))],
    "stripe_secret_key": lambda r: [("STRIPE_SECRET_KEY", "sk_live_51" + rs(r, 97))],
    "stripe_restricted_key": lambda r: [("STRIPE_RESTRICTED_KEY", "rk_live_51" + rs(r, 97))],
    "stripe_webhook_secret": lambda r: [("STRIPE_WEBHOOK_SECRET", "whsec_" + rs(r, 32))],
    "github_pat": lambda r: [("GITHUB_TOKEN", "ghp_" + rs(r, 36))],
    "github_fine_grained_pat": lambda r: [("GH_TOKEN", "github_pat_11" + rs(r, 20, UPPER_NUM) + "_" + rs(r, 59))],
    "github_oauth_token": lambda r: [("GITHUB_OAUTH_TOKEN", "gho_" + rs(r, 36))],
    "gitlab_pat": lambda r: [("GITLAB_TOKEN", "glpat-" + rs(r, 20, URLSAFE))],
    "slack_bot_token": lambda r: [("SLACK_BOT_TOKEN", "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 12, 10 ** 13), rs(r, 24)))],
    "slack_user_token": lambda r: [("SLACK_USER_TOKEN", "xoxp-%d-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 12, 10 ** 13), rs(r, 32, HEX)))],
    "slack_webhook_url": lambda r: [("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, 8, UPPER_NUM), rs(r, 10, UPPER_NUM), rs(r, 24)))],
    "discord_bot_token": lambda r: [("DISCORD_TOKEN", base64.b64encode(str(r.randint(10 ** 17, 10 ** 18)).encode()).decode().rstrip("=") + "." + rs(r, 6, URLSAFE) + "." + rs(r, 38, URLSAFE))],
    "discord_webhook_url": lambda r: [("DISCORD_WEBHOOK", "https://discord.com/api/webhooks/%d/%s" % (r.randint(10 ** 17, 10 ** 18), rs(r, 68, URLSAFE)))],
    "telegram_bot_token": lambda r: [("TELEGRAM_BOT_TOKEN", "%d:AA%s" % (r.randint(10 ** 9, 8 * 10 ** 9), rs(r, 33, URLSAFE)))],
    "openai_api_key": lambda r: [("OPENAI_API_KEY", "sk-proj-" + rs(r, 58, URLSAFE) + "T3BlbkFJ" + rs(r, 58, URLSAFE))],
    "anthropic_api_key": lambda r: [("ANTHROPIC_API_KEY", "sk-ant-api03-" + rs(r, 93, URLSAFE) + "AA")],
    "huggingface_token": lambda r: [("HF_TOKEN", "hf_" + rs(r, 34, string.ascii_letters))],
    "twilio_auth_token": lambda r: [("TWILIO_AUTH_TOKEN", rs(r, 32, HEX))],
    "sendgrid_api_key": lambda r: [("SENDGRID_API_KEY", "SG." + rs(r, 22, URLSAFE) + "." + rs(r, 43, URLSAFE))],
    "mailgun_api_key": lambda r: [("MAILGUN_API_KEY", "key-" + rs(r, 32, HEX))],
    "npm_token": lambda r: [("NPM_TOKEN", "npm_" + rs(r, 36))],
    "pypi_token": lambda r: [("PYPI_TOKEN", "pypi-AgEIcHlwaS5vcmcCJ" + rs(r, 140, URLSAFE))],
    "postgres_url": lambda r: [("DATABASE_URL", "postgresql://%s:%s@%s:5432/%s" % (r.choice(["app", "orders_rw", "svc_billing"]), rs(r, 20), host(r), r.choice(["orders", "billing", "app_prod"])))],
    "mongodb_uri": lambda r: [("MONGODB_URI", "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority" % (r.choice(["api", "reporting"]), rs(r, 16), rs(r, 5, string.ascii_lowercase + string.digits), r.choice(["catalog", "events"])))],
    "redis_url": lambda r: [("REDIS_URL", "redis://default:%s@%s:6379/0" % (rs(r, 32), r.choice(["redis-prod.internal", "cache-01.svc.cluster.local"])))],
    "mysql_url": lambda r: [("MYSQL_URL", "mysql://%s:%s@%s:3306/%s" % (r.choice(["wp", "shop"]), pw(r), host(r), r.choice(["wordpress", "shop"])))],
    "jwt_signing_secret": lambda r: [("JWT_SECRET", rs(r, 64, string.ascii_letters + string.digits + "-_"))],
    "rsa_private_key": lambda r: [("key", pem(r, "rsa"))],
    "openssh_private_key": lambda r: [("key", pem(r, "openssh"))],
    "ec_private_key": lambda r: [("key", pem(r, "ec"))],
    "generic_password": lambda r: [(r.choice(["DB_PASSWORD", "SMTP_PASSWORD", "ADMIN_PASSWORD", "LDAP_BIND_PASSWORD", "RABBITMQ_PASSWORD"]), pw(r))],
    "digitalocean_token": lambda r: [("DIGITALOCEAN_TOKEN", "dop_v1_" + rs(r, 64, HEX))],
    "shopify_access_token": lambda r: [("SHOPIFY_ACCESS_TOKEN", "shpat_" + rs(r, 32, HEX))],
    "datadog_api_key": lambda r: [("DD_API_KEY", rs(r, 32, HEX))],
    "vault_token": lambda r: [("VAULT_TOKEN", "hvs." + rs(r, 24))],
    "dockerhub_pat": lambda r: [("DOCKERHUB_TOKEN", "dckr_pat_" + rs(r, 27, URLSAFE))],
    "atlassian_api_token": lambda r: [("JIRA_API_TOKEN", "ATATT3xFfGF0" + rs(r, 170, URLSAFE) + "=" + rs(r, 8, HEX.upper()))],
    "square_access_token": lambda r: [("SQUARE_ACCESS_TOKEN", "EAAA" + rs(r, 60, URLSAFE))],
    "braintree_access_token": lambda r: [("BRAINTREE_ACCESS_TOKEN", "access_token$production$%s$%s" % (rs(r, 16, string.ascii_lowercase + string.digits), rs(r, 32, HEX)))],
    "basic_auth_url": lambda r: [("REGISTRY_URL", "https://%s:%s@%s" % (r.choice(["deploy", "ci-bot", "jenkins"]), pw(r), r.choice(["artifacts.veldran-systems.net/repository/maven-releases/", "nexus.internal:8081/repository/npm/", "git.tidewell-software.io/platform/infra.git"])))],
    "terraform_cloud_token": lambda r: [("TFE_TOKEN", rs(r, 14) + ".atlasv1." + rs(r, 67))],
    "linear_api_key": lambda r: [("LINEAR_API_KEY", "lin_api_" + rs(r, 40))],
    "newrelic_user_key": lambda r: [("NEW_RELIC_API_KEY", "NRAK-" + rs(r, 27, UPPER_NUM))],
    "age_secret_key": lambda r: [("AGE_KEY", "AGE-SECRET-KEY-1" + rs(r, 58, BECH))],
    "django_secret_key": lambda r: [("SECRET_KEY", "django-insecure-" + rs(r, 50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)") if r.random() < 0.3 else rs(r, 50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)"))],
    "rails_secret_key_base": lambda r: [("SECRET_KEY_BASE", rs(r, 128, HEX))],
    "cloudflare_api_token": lambda r: [("CLOUDFLARE_API_TOKEN", rs(r, 40, URLSAFE))],
    "k8s_service_account_token": lambda r: [("token", jwt_like(r))],
    "oauth_client_secret": lambda r: [("OAUTH_CLIENT_SECRET", rs(r, 40, string.ascii_letters + string.digits))],
}
PEM_KINDS = {"gcp_service_account_key", "rsa_private_key", "openssh_private_key", "ec_private_key"}


# ----------------------------------------------------------------- carriers
FILLER_ENV = ["NODE_ENV=production", "PORT=8080", "LOG_LEVEL=info", "APP_NAME=orders-api", "TZ=UTC", "FEATURE_NEW_CHECKOUT=true",
              "S3_BUCKET=assets-prod-eu", "SENTRY_ENVIRONMENT=production", "WORKERS=4", "CACHE_TTL=300"]


def envq(v):
    return '"%s"' % v if "\n" in v else v


def s_env(r, items):
    lines = ["# .env — %s" % r.choice(["production", "staging", "local dev (do not commit)"])] + r.sample(FILLER_ENV, 4)
    for var, val, kind in items:
        lines.insert(r.randint(1, len(lines)), "%s=%s" % (var.upper() if var not in ("key", "private_key") else "PRIVATE_KEY", envq(val)))
    return "dotenv", "\n".join(lines) + "\n"


def s_shell_history(r, items):
    lines = ["  501  cd ~/src/%s" % r.choice(["orders-api", "infra", "dashboard"]), "  502  git pull", "  503  make test"]
    n = 504
    for var, val, kind in items:
        if kind.endswith("_url") or kind in ("mongodb_uri", "postgres_url"):
            cmd = r.choice(["psql \"%s\"" % val, "export %s='%s'" % (var, val)]) if kind == "postgres_url" else "export %s='%s'" % (var, val)
        elif kind in ("github_pat", "gitlab_pat", "github_fine_grained_pat"):
            cmd = r.choice(["curl -H \"Authorization: token %s\" https://api.github.com/user/repos" % val, "export %s=%s" % (var, val)])
        elif kind == "generic_password":
            cmd = "mysql -u admin -p'%s' -h %s" % (val, host(r))
        else:
            cmd = "export %s=%s" % (var, val)
        lines.append("  %d  %s" % (n, cmd))
        n += 1
    lines += ["  %d  docker compose up -d" % n, "  %d  history" % (n + 1)]
    return "shell_history", "\n".join(lines)


def s_ci_log(r, items):
    out = ["2025-%02d-%02dT%s.%07dZ ##[group]Run ./scripts/deploy.sh" % (r.randint(1, 12), r.randint(1, 28), rtime(r), r.randint(0, 9999999)),
           "+ set -x", "+ echo 'Deploying to production'", "Deploying to production"]
    for var, val, kind in items:
        out.append("+ %s=%s" % (var, val))
    out += ["+ ./bin/release --env production", "Release v%d.%d.%d uploaded" % (r.randint(1, 5), r.randint(0, 30), r.randint(0, 9)), "##[endgroup]"]
    return "ci_log", "\n".join(out)


def s_k8s(r, items):
    name = r.choice(["orders", "billing", "notifier", "search"])
    data = "\n".join("  %s: \"%s\"" % (var.lower().replace("_", "-"), val) for var, val, kind in items)
    return "k8s_manifest", """apiVersion: v1
kind: Secret
metadata:
  name: %s-secrets
  namespace: prod
type: Opaque
stringData:
%s
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: %s
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: app
          image: registry.internal/%s:1.%d.0
          envFrom:
            - secretRef:
                name: %s-secrets
""" % (name, data, name, name, r.randint(0, 30), name)


def s_compose(r, items):
    env = "\n".join("      %s: \"%s\"" % (var, val) for var, val, kind in items)
    return "docker_compose", """services:
  web:
    image: ghcr.io/%s/web:latest
    ports:
      - "8080:8080"
    environment:
      NODE_ENV: production
%s
    depends_on:
      - db
  db:
    image: postgres:16
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
""" % (r.choice(["tidewell", "veldran", "brightwater-labs"]), env)


def s_notebook(r, items):
    src = ["import os\n", "import requests\n", "\n"]
    for var, val, kind in items:
        if "\n" in val:
            src.append("%s = \"\"\"%s\"\"\"\n" % (var.upper(), val))
        else:
            src.append("%s = \"%s\"  # TODO move to env\n" % (var.upper(), val))
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["## Pull data from the API\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": src},
             {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": ["200\n"]}],
              "source": ["resp = requests.get('https://api.internal/v1/reports', timeout=10)\n", "print(resp.status_code)\n"]}]
    return "jupyter_notebook", jd({"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1)


def s_json_config(r, items):
    obj = {"env": "production", "server": {"port": 8080, "host": "0.0.0.0"}, "logging": {"level": "info"}, "integrations": {}}
    for var, val, kind in items:
        obj["integrations"][kind] = {"enabled": True, var.lower(): val}
    return "json_config", jd(obj)


def s_gcp_json(r, items):
    proj = r.choice(["analytics-prod-4471", "tidewell-data", "veldran-ml-2025"])
    obj = {"type": "service_account", "project_id": proj, "private_key_id": rs(r, 40, HEX),
           "private_key": items[0][1] + "\n", "client_email": "etl-runner@%s.iam.gserviceaccount.com" % proj,
           "client_id": str(r.randint(10 ** 20, 10 ** 21)), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
           "token_uri": "https://oauth2.googleapis.com/token"}
    return "json_config", jd(obj)


def s_python(r, items):
    lines = ['"""Django settings for %s."""' % r.choice(["shopfront", "intranet", "billing"]), "from pathlib import Path", "",
             "BASE_DIR = Path(__file__).resolve().parent.parent", "DEBUG = False", "ALLOWED_HOSTS = [\"*\"]", ""]
    for var, val, kind in items:
        if "\n" in val:
            lines.append('%s = """%s"""' % (var.upper(), val))
        else:
            lines.append('%s = "%s"' % (var.upper(), val))
    lines += ["", "TIME_ZONE = \"Europe/London\"", "USE_TZ = True"]
    return "source_python", "\n".join(lines) + "\n"


def s_js(r, items):
    body = "\n".join("  %s: '%s'," % (var[0].lower() + var.title().replace("_", "")[1:], val) for var, val, kind in items)
    return "source_javascript", "// config/production.js\nmodule.exports = {\n  port: 8080,\n%s\n  cacheTtl: 300,\n};\n" % body


def s_chat(r, items):
    a, b = r.choice(FIRST).lower(), r.choice(FIRST).lower()
    msgs = [{"user_name": a, "text": "the staging deploy is failing on auth again, do you have the creds?"}]
    for var, val, kind in items:
        if "\n" in val:
            msgs.append({"user_name": b, "text": "here's the key, paste it into the box:\n```\n%s\n```" % val})
        else:
            msgs.append({"user_name": b, "text": r.choice(["use this one: %s", "try `%s` — that's the current one", "%s (don't share it outside this DM pls)"]) % val})
    msgs.append({"user_name": a, "text": "works, thanks!"})
    return "slack_export_json", jd({"channel": "D0" + rs(r, 9, UPPER_NUM), "messages": msgs})


def s_yaml(r, items):
    lines = ["spring:", "  application:", "    name: %s" % r.choice(["order-service", "inventory"]), "  datasource:", "    driver-class-name: org.postgresql.Driver", "app:"]
    for var, val, kind in items:
        lines.append("  %s: %s" % (var.lower().replace("_", "-"), val))
    lines += ["server:", "  port: 8080"]
    return "yaml_config", "\n".join(lines) + "\n"


def s_tfvars(r, items):
    lines = ["region      = \"eu-west-1\"", "environment = \"prod\"", "instance_type = \"t3.large\""]
    for var, val, kind in items:
        lines.append("%s = \"%s\"" % (var.lower(), val))
    return "terraform_tfvars", "\n".join(lines) + "\n"


def s_properties(r, items):
    lines = ["# application.properties", "server.port=8080", "spring.jpa.hibernate.ddl-auto=validate"]
    for var, val, kind in items:
        lines.append("app.%s=%s" % (var.lower().replace("_", "."), val))
    return "java_properties", "\n".join(lines) + "\n"


def s_diff(r, items):
    adds = "\n".join("+%s = \"%s\"" % (var.upper(), val) for var, val, kind in items)
    return "git_diff", """diff --git a/app/settings/prod.py b/app/settings/prod.py
index %s..%s 100644
--- a/app/settings/prod.py
+++ b/app/settings/prod.py
@@ -12,6 +12,%d @@ CACHES = {
     }
 }
 
-%s = os.environ["%s"]
%s
 LOGGING = {
""" % (rs(r, 7, HEX), rs(r, 7, HEX), 6 + len(items) - 1, items[0][0].upper(), items[0][0].upper(), adds)


def s_applog(r, items):
    cfg = ", ".join("'%s': '%s'" % (var.lower(), val) for var, val, kind in items)
    return "app_log", "%sT%sZ INFO  starting worker pid=%d\n%sT%sZ DEBUG loaded config {'env': 'prod', 'region': 'eu-west-1', %s}\n%sT%sZ INFO  listening on :8080" % (
        rdate(r), rtime(r), r.randint(1000, 60000), rdate(r), rtime(r), cfg, rdate(r), rtime(r))


def s_email(r, items):
    f1, l1, e1, c = person(r)
    f2, l2, e2, _ = person(r, c)
    body = "\n".join("%s: %s" % (var, val) for var, val, kind in items)
    return "email_raw", """From: %s %s <%s>
To: %s %s <%s>
Subject: access for the vendor integration
Date: %s

Hi %s,

As discussed, here are the credentials for the integration. Please store them somewhere safe and delete this email afterwards.

%s

Cheers,
%s
""" % (f1, l1, e1, f2, l2, e2, rfc_date(r), f2, body, f1)


def s_dockerfile(r, items):
    envs = "\n".join("ENV %s=%s" % (var, val) for var, val, kind in items)
    return "dockerfile", """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
%s
COPY . .
CMD ["gunicorn", "app:create_app()", "-b", "0.0.0.0:8000"]
""" % envs


def s_npmrc(r, items):
    return "npmrc", "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nsave-exact=true\n" % items[0][1]


def s_pypirc(r, items):
    return "pypirc", "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = %s\n" % items[0][1]


def s_netrc(r, items):
    return "netrc", "machine api.%s\n  login deploy-bot\n  password %s\n" % (r.choice(COMPANIES)[1], items[0][1])


def s_pgpass(r, items):
    return "pgpass", "# hostname:port:database:username:password\n%s:5432:orders:app:%s\n" % (host(r), items[0][1])


def s_terminal_cat(r, items):
    var, val, kind = items[0]
    fname = {"rsa_private_key": "~/.ssh/id_rsa", "openssh_private_key": "~/.ssh/id_ed25519", "ec_private_key": "certs/server.key"}.get(kind, "key.pem")
    return "terminal", "$ ls -la %s\n-rw------- 1 deploy deploy %d %s %s\n$ cat %s\n%s\n$ " % (
        fname.rsplit("/", 1)[0], len(val), rdate(r), fname.rsplit("/", 1)[1], fname, val)


def s_aws_credentials(r, items):
    return "terminal", "$ cat ~/.aws/credentials\n[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = eu-west-1\n\n[readonly]\nrole_arn = arn:aws:iam::%d:role/ReadOnly\nsource_profile = default\n$ " % (
        items[0][1], items[1][1], r.randint(10 ** 11, 10 ** 12 - 1))


def s_workflow(r, items):
    envs = "\n".join("      %s: %s" % (var, val) for var, val, kind in items)
    return "github_workflow", """name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
%s
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm publish
""" % envs


def s_postman(r, items):
    var, val, kind = items[0]
    return "postman_collection_json", jd({"info": {"name": "Internal API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                                          "item": [{"name": "List orders", "request": {"method": "GET", "header": [{"key": "Authorization", "value": "Bearer " + val}],
                                                                                       "url": "https://api.%s/v2/orders" % r.choice(COMPANIES)[1]}}]})


def s_ini(r, items):
    lines = ["[client]", "host = %s" % host(r), "user = backup"]
    for var, val, kind in items:
        lines.append("password = %s" % val if kind == "generic_password" else "%s = %s" % (var.lower(), val))
    return "ini_config", "\n".join(lines) + "\n"


def s_kubeconfig(r, items):
    return "kubeconfig", """apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://k8s-prod.internal:6443
  name: prod
users:
- name: ci-deployer
  user:
    token: %s
contexts:
- context: {cluster: prod, user: ci-deployer}
  name: prod
current-context: prod
""" % items[0][1]


CARRIER_FOR = {  # preferred carriers per kind (first is typical)
    "aws_access_key": [s_aws_credentials, s_env, s_ci_log, s_tfvars, s_notebook],
    "gcp_service_account_key": [s_gcp_json, s_gcp_json],
    "rsa_private_key": [s_terminal_cat, s_chat, s_env],
    "openssh_private_key": [s_terminal_cat, s_chat],
    "ec_private_key": [s_terminal_cat, s_python, s_notebook],
    "npm_token": [s_npmrc, s_workflow, s_ci_log],
    "pypi_token": [s_pypirc, s_workflow],
    "postgres_url": [s_env, s_shell_history, s_compose, s_applog],
    "generic_password": [s_env, s_ini, s_shell_history, s_compose, s_properties, s_k8s],
    "vault_token": [s_shell_history, s_ci_log, s_env],
    "k8s_service_account_token": [s_kubeconfig, s_kubeconfig, s_ci_log],
}
GENERIC = [s_env, s_shell_history, s_ci_log, s_k8s, s_compose, s_notebook, s_json_config, s_python, s_js, s_chat, s_yaml,
           s_tfvars, s_properties, s_diff, s_applog, s_email, s_dockerfile, s_workflow, s_postman]


def secret_rows(r):
    kinds = sorted(KINDS)
    # 90 rows: every kind once, then the rest cycling through a shuffled list
    prim = list(kinds)
    extra = list(kinds)
    r.shuffle(extra)
    while len(prim) < 90:
        prim.append(extra[(len(prim) - len(kinds)) % len(extra)])
    r.shuffle(prim)
    rows = []
    n_double = 0
    for i, kind in enumerate(prim):
        items = [(var, val, kind) for var, val in KINDS[kind](r)]
        single_line = kind not in PEM_KINDS
        if kind != "aws_access_key" and single_line and n_double < 19 and r.random() < 0.33:
            k2 = r.choice([k for k in kinds if k not in PEM_KINDS and k != kind and k != "aws_access_key"])
            items += [(var, val, k2) for var, val in KINDS[k2](r)]
            n_double += 1
        opts = CARRIER_FOR.get(kind, GENERIC)
        if kind == "generic_password" and r.random() < 0.25:
            opts = [s_pgpass]
        if kind in ("twilio_auth_token", "datadog_api_key", "jwt_signing_secret", "django_secret_key", "rails_secret_key_base"):
            opts = [s_env, s_k8s, s_python, s_compose, s_yaml]
        carrier = r.choice(opts)
        if carrier in (s_npmrc, s_pypirc, s_netrc, s_postman, s_kubeconfig, s_terminal_cat, s_gcp_json, s_pgpass) and len(items) > 1 and kind != "aws_access_key":
            items = items[:1]
        if carrier is s_aws_credentials:
            items = items[:2]
        fmt, text = carrier(r, items)
        vals = []
        for var, val, k in items:
            if val in text:
                vals.append(val)
            else:
                escv = json.dumps(val, ensure_ascii=False)[1:-1]
                assert escv in text, (fmt, kind)
                vals.append(escv)
        rows.append({"format": fmt, "label": "secret", "category": kind, "secrets": vals, "text": text})
    return rows


# --------------------------------------------------------------------- clean
def sha(r, n=64):
    return rs(r, n, HEX)


def cl_checksums(r):
    names = ["tidectl_%s_linux_amd64.tar.gz", "tidectl_%s_darwin_arm64.tar.gz", "tidectl_%s_windows_amd64.zip"]
    v = "1.%d.%d" % (r.randint(0, 20), r.randint(0, 9))
    return "checksums_txt", "\n".join("%s  %s" % (sha(r), n % v) for n in names) + "\n"


def cl_git_log(r):
    out = []
    for _ in range(4):
        out.append("commit %s\nAuthor: %s %s <%s.%s@users.noreply.example.dev>\nDate:   %s\n\n    %s\n" % (
            sha(r, 40), r.choice(FIRST), r.choice(LAST), r.choice(FIRST).lower(), r.choice(LAST).lower(), rfc_date(r),
            r.choice(["Fix flaky retry test", "Bump axios to 1.7.4", "Add VAT line to invoices", "Refactor export job", "Docs: clarify install steps"])))
    return "git_log", "\n".join(out)


def cl_uuid(r):
    import uuid
    rid = str(uuid.UUID(int=r.getrandbits(128), version=4))
    tid = sha(r, 32)
    return "app_log", "%sT%sZ INFO request_id=%s trace_id=%s span_id=%s method=GET path=/api/v2/orders status=200 duration_ms=%d" % (
        rdate(r), rtime(r), rid, tid, sha(r, 16), r.randint(3, 900))


def cl_sri(r):
    h = base64.b64encode(bytes(r.randint(0, 255) for _ in range(48))).decode()
    return "html_page", '<script src="https://cdn.example-static.net/libs/chart.umd.min.js" integrity="sha384-%s" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/css/app.%s.css">' % (h, sha(r, 8))


def cl_lockfile(r):
    pk = {}
    for name in ["lodash.merge", "picocolors", "ms"]:
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 9)),
                                      "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name, name),
                                      "integrity": "sha512-" + base64.b64encode(bytes(r.randint(0, 255) for _ in range(64))).decode()}
    return "package_lock_json", jd({"name": "dashboard", "lockfileVersion": 3, "packages": pk})


def cl_gha_refs(r):
    names = r.sample(["STRIPE_SECRET_KEY", "SLACK_WEBHOOK_URL", "NPM_TOKEN", "SENTRY_AUTH_TOKEN", "DATABASE_URL", "OPENAI_API_KEY", "DOCKERHUB_TOKEN"], 3)
    env = "\n".join("          %s: ${{ secrets.%s }}" % (n, n) for n in names)
    return "github_workflow", """name: %s
on: [push]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: %s
      - run: ./scripts/%s.sh
        env:
%s
""" % (r.choice(["deploy", "release", "publish"]), r.choice(["eu-west-1", "us-east-2", "ap-southeast-2"]), r.choice(["deploy", "release"]), env)


def cl_k8s_ref(r):
    return "k8s_manifest", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing-api
spec:
  template:
    spec:
      containers:
        - name: app
          image: registry.internal/billing-api@sha256:%s
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: billing-db
                  key: url
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef:
                  name: stripe
                  key: secret-key
""" % sha(r)


def cl_env_refs(r):
    lines = ["DATABASE_URL=postgresql://USER:PASSWORD@localhost:5432/app", "OPENAI_API_KEY=<your-openai-key>",
             "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "SLACK_BOT_TOKEN=xoxb-your-token-here", "JWT_SECRET=",
             "SENTRY_DSN=", "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "AWS_SECRET_ACCESS_KEY=YOUR_SECRET_ACCESS_KEY",
             "SMTP_PASSWORD=********", "ANTHROPIC_API_KEY=sk-ant-..."]
    return "dotenv", "# .env.example — copy to .env and fill in real values\n" + "\n".join(r.sample(lines, 6)) + "\n"


def cl_vault_refs(r):
    return "yaml_config", """# config/prod.yaml — values resolved at deploy time
database:
  url: vault:secret/data/orders/db#url
stripe:
  secret_key: arn:aws:secretsmanager:eu-west-1:%d:secret:prod/stripe-%s
slack:
  bot_token: op://Platform/slack-bot/credential
smtp:
  password: ${SMTP_PASSWORD}
""" % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, 6))


def cl_ssh_pub(r):
    keys = []
    for who in r.sample(FIRST, 3):
        if r.random() < 0.5:
            keys.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@laptop" % (rs(r, 43, string.ascii_letters + string.digits + "+/"), who.lower()))
        else:
            keys.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s %s@workstation" % (rs(r, 350, string.ascii_letters + string.digits + "+/"), who.lower()))
    return "authorized_keys", "# ~/.ssh/authorized_keys on bastion-01\n" + "\n".join(keys) + "\n"


def cl_cert(r):
    lines = pem_body(r, 900, "MIIDdzCCAl+gAwIBAgIU")
    return "pem_certificate", "# server.crt (public certificate, safe to share)\n-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"


def cl_pubkey(r):
    lines = pem_body(r, 294, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA")
    return "markdown_wiki", "## Verifying webhook signatures\n\nWebhooks are signed with our private key. Verify them with this **public** key:\n\n```\n-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n```\n" % "\n".join(lines)


def cl_publishable(r):
    return "html_page", """<!-- Stripe publishable key: safe to expose in the browser -->
<script src="https://js.stripe.com/v3/"></script>
<script>
  const stripe = Stripe('pk_live_51%s');
  const elements = stripe.elements();
</script>""" % rs(r, 97)


def cl_mapbox(r):
    return "source_javascript", """// Public access token (URL-restricted to our domains) — intended for client-side use
mapboxgl.accessToken = 'pk.eyJ1IjoiJXMiLCJhIjoi%s'.replace('%%s', 'oakhollow');
const map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/outdoors-v12', center: [-1.8, 51.5], zoom: 9 });""" % rs(r, 40)


def cl_algolia(r):
    return "source_javascript", """// Algolia search-only API key — public by design, can only query the docs index
const client = algoliasearch('%s', '%s');
const index = client.initIndex('docs_prod');""" % (rs(r, 10, UPPER_NUM), rs(r, 32, HEX))


def cl_masked(r):
    return "terminal", """$ tidectl tokens list
NAME           TOKEN                 CREATED      LAST USED
ci-deploy      ghp_****************************%s   %s   2 hours ago
local-dev      sk-****%s              %s   never
billing        sk_live_…%s             %s   5 days ago
""" % (rs(r, 4), rdate(r), rs(r, 4), rdate(r), rs(r, 4), rdate(r))


def cl_redacted_log(r):
    return "app_log", "%sT%sZ DEBUG loaded config {'env': 'prod', 'db_url': 'postgresql://app:********@db-prod-1.internal:5432/orders', 'stripe_key': '[REDACTED]', 'openai_key': 'sk-...%s'}" % (
        rdate(r), rtime(r), rs(r, 4))


def cl_aws_example(r):
    return "markdown_wiki", """## Configure the CLI

Run `aws configure` and enter your keys when prompted. The values below are the documentation examples — use your own:

```
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: eu-west-1
```
"""


def cl_jwt_example(r):
    return "markdown_wiki", """## Debugging tokens

Paste a token into your decoder to inspect it. The classic documentation example is:

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

It decodes to `{"sub": "1234567890", "name": "John Doe", "iat": 1516239022}`. Never paste real production tokens into online tools.
"""


def cl_b64img(r):
    data = base64.b64encode(bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) + bytes(r.randint(0, 255) for _ in range(r.randint(80, 200)))).decode()
    return "css", ".icon-check{background-image:url(data:image/png;base64,%s);width:16px;height:16px}" % data


def cl_sops(r):
    return "yaml_config", """# secrets.enc.yaml (encrypted with sops; safe to commit)
db_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s==,type:str]
api_token: ENC[AES256_GCM,data:%s,iv:%s,tag:%s==,type:str]
sops:
  kms:
    - arn: arn:aws:kms:eu-west-1:%d:key/%s
  lastmodified: "%sT10:00:00Z"
  version: 3.8.1
""" % (rs(r, 24, string.ascii_letters + string.digits + "+/"), rs(r, 43, string.ascii_letters + string.digits + "+/") + "=", rs(r, 22, string.ascii_letters + string.digits + "+/"),
       rs(r, 40, string.ascii_letters + string.digits + "+/"), rs(r, 43, string.ascii_letters + string.digits + "+/") + "=", rs(r, 22, string.ascii_letters + string.digits + "+/"),
       r.randint(10 ** 11, 10 ** 12 - 1), rs(r, 36, HEX), rdate(r))


def cl_ansible_vault(r):
    body = rs(r, 64 * 5, "0123456789abcdef")
    return "ansible_vault", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(body[i:i + 80] for i in range(0, len(body), 80)) + "\n"


def cl_stripe_ids(r):
    return "api_json", jd({"id": "pi_3" + rs(r, 23), "object": "payment_intent", "amount": r.randint(500, 90000), "currency": "eur",
                           "customer": "cus_" + rs(r, 14), "latest_charge": "ch_3" + rs(r, 23), "status": "succeeded",
                           "client_secret": None, "livemode": True})


def cl_docker_digest(r):
    return "terminal", """$ docker images --digests
REPOSITORY                     TAG       DIGEST                                                                    IMAGE ID       SIZE
registry.internal/orders-api   1.%d.0    sha256:%s   %s   187MB
postgres                       16        sha256:%s   %s   432MB
""" % (r.randint(0, 30), sha(r), sha(r, 12), sha(r), sha(r, 12))


def cl_etag(r):
    return "http_response", """HTTP/2 200
content-type: application/json
etag: W/"%s"
x-request-id: %s
cache-control: private, max-age=0
strict-transport-security: max-age=31536000; includeSubDomains
content-security-policy: script-src 'self' 'nonce-%s'
""" % (sha(r, 32), sha(r, 32), base64.b64encode(bytes(r.randint(0, 255) for _ in range(16))).decode())


def cl_jwks(r):
    n = base64.urlsafe_b64encode(bytes(r.randint(0, 255) for _ in range(256))).decode().rstrip("=")
    return "api_json", jd({"keys": [{"kty": "RSA", "use": "sig", "kid": sha(r, 16), "alg": "RS256", "n": n, "e": "AQAB"}]})


def cl_placeholder_code(r):
    svc = r.choice(["PAYMENTS", "MAILER", "GEOCODER", "SEARCH"])
    return "source_python", '''import os

# Read secrets from the environment; never hard-code them.
API_KEY = os.environ["%s_API_KEY"]
WEBHOOK_SECRET = os.getenv("%s_WEBHOOK_SECRET", "")

client = %sClient(api_key=API_KEY)  # e.g. api_key="<your key here>"
''' % (svc, svc, svc.title())


def cl_hash_passwords(r):
    return "sql_result", """app=> SELECT id, email_verified, created_at, avatar_sha1 FROM users LIMIT 3;
 id  | email_verified | created_at          | avatar_sha1
-----+----------------+---------------------+------------------------------------------
 %d | t              | %s 10:22:01 | %s
 %d | f              | %s 08:03:44 | %s
 %d | t              | %s 17:40:12 | %s
(3 rows)""" % (r.randint(100, 999), rdate(r), sha(r, 40), r.randint(100, 999), rdate(r), sha(r, 40), r.randint(100, 999), rdate(r), sha(r, 40))


def cl_terraform_state_ref(r):
    return "terraform_hcl", ("""variable "db_password" {
  description = "Database password, supplied via TF_VAR_db_password"
  type        = string
  sensitive   = true
}

resource "aws_db_instance" "main" {
  identifier     = "%s-prod"
  engine         = "postgres"
  instance_class = "db.r6g.%s"
  password       = var.db_password
}
""" % (r.choice(["orders", "billing", "crm", "events"]), r.choice(["large", "xlarge", "2xlarge"])))


def cl_sentry_dsn_doc(r):
    return "markdown_wiki", """### Frontend error reporting

The browser SDK needs the project's DSN. DSNs only allow *sending* events, so it is fine for the value to appear in client-side code:

```js
Sentry.init({ dsn: "https://%s@o%d.ingest.sentry.io/%d" });
```
""" % (sha(r, 32), r.randint(100000, 999999), r.randint(1000000, 9999999))


def cl_cache_bust(r):
    return "html_page", """<link rel="preload" href="/static/fonts/inter-var.%s.woff2" as="font" crossorigin>
<script type="module" src="/assets/index-%s.js"></script>
<link rel="stylesheet" href="/assets/index-%s.css">""" % (sha(r, 8), rs(r, 8, URLSAFE), rs(r, 8, URLSAFE))


CLEAN = {
    "hash_digest": [cl_checksums, cl_hash_passwords, cl_etag],
    "git_sha": [cl_git_log],
    "uuid_trace_id": [cl_uuid],
    "integrity_attribute": [cl_sri, cl_lockfile],
    "secret_reference": [cl_gha_refs, cl_k8s_ref, cl_vault_refs, cl_terraform_state_ref],
    "placeholder": [cl_env_refs, cl_placeholder_code],
    "public_key_certificate": [cl_ssh_pub, cl_cert, cl_pubkey, cl_jwks],
    "publishable_key": [cl_publishable, cl_mapbox, cl_algolia, cl_sentry_dsn_doc],
    "masked_value": [cl_masked, cl_redacted_log],
    "documentation_example_key": [cl_aws_example, cl_jwt_example],
    "base64_image": [cl_b64img],
    "encrypted_value": [cl_sops, cl_ansible_vault],
    "object_id": [cl_stripe_ids],
    "container_digest": [cl_docker_digest],
    "build_hash": [cl_cache_bust],
}
CLEAN_COUNTS = {"hash_digest": 6, "git_sha": 4, "uuid_trace_id": 4, "integrity_attribute": 4, "secret_reference": 6, "placeholder": 4,
                "public_key_certificate": 6, "publishable_key": 5, "masked_value": 4, "documentation_example_key": 2, "base64_image": 3,
                "encrypted_value": 4, "object_id": 3, "container_digest": 3, "build_hash": 2}


def clean_rows(r):
    rows = []
    for cat in sorted(CLEAN):
        fns = CLEAN[cat]
        for i in range(CLEAN_COUNTS[cat]):
            fmt, text = fns[i % len(fns)](r)
            rows.append({"format": fmt, "label": "clean", "category": cat, "secrets": [], "text": text})
    return rows


def generate(seed):
    r = random.Random(seed)
    rows = secret_rows(r) + clean_rows(r)
    return rows
