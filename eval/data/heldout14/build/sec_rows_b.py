from carriers import J, ci, email, iso, jsonlog, plainlog, slack, notebook, hexs
from seclib import *


def S(fmt, cat, text, secrets):
    return {"format": fmt, "label": "secret", "category": cat, "secrets": list(secrets), "text": text}


def rows():
    out = []

    # 46 mailgun
    k = mailgun("b46")
    out.append(S("env_file", "mailgun_api_key", """MAIL_DRIVER=mailgun
MAILGUN_DOMAIN=mg.hartwelldental.com
MAILGUN_API_KEY=%s
MAILGUN_REGION=us
MAIL_FROM="Hartwell Dental <appointments@hartwelldental.com>"
""" % k, [k]))

    # 47 mailchimp in wp option export
    k = mailchimp("b47")
    out.append(S("json_config", "mailchimp_api_key", J({
        "option_name": "mc4wp", "autoload": "yes",
        "option_value": {"api_key": k, "allow_usage_tracking": 0, "debug_log_level": "warning", "default_list": rs("b47l", 10, HEX)}}), [k]))

    # 48 postgres url in .env
    u = "postgres://app_user:%s@db-prod-1.cluster-c8x2kqz.eu-west-1.rds.amazonaws.com:5432/ledgerline" % pw_url("b48")
    out.append(S("env_file", "postgres_connection_url", """DATABASE_URL=%s
DATABASE_POOL_SIZE=20
REDIS_URL=redis://cache.internal:6379/0
RAILS_LOG_TO_STDOUT=1
""" % u, [u]))

    # 49 postgres url in error log
    u = "postgresql://reporting:%s@10.20.4.41:5432/reporting?sslmode=require" % pw_url("b49")
    out.append(S("app_log", "postgres_connection_url", plainlog("sec-b49", [
        ("INFO", "reporting.main", "starting worker pool size=4"),
        ("ERROR", "reporting.db", "could not connect using dsn=%s: connection refused (is the server running on 10.20.4.41:5432?)" % u),
        ("WARN", "reporting.db", "retrying in 5s (attempt 1/5)"),
        ("INFO", "reporting.db", "connected"),
    ], style="python"), [u]))

    # 50 mysql url + root password in compose (two)
    p = password("b50r", 20)
    u = "mysql://shop:%s@mysql:3306/shop" % pw_url("b50u")
    out.append(S("docker_compose", "mysql_connection_url", """services:
  mysql:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD: "%s"
      MYSQL_DATABASE: shop
      MYSQL_USER: shop
    volumes: [dbdata:/var/lib/mysql]
  app:
    image: ghcr.io/casa-lacerda/shop:3.8.2
    environment:
      DATABASE_URL: "%s"
    depends_on: [mysql]
volumes:
  dbdata: {}
""" % (p, u), [p, u]))

    # 51 mongodb srv
    u = "mongodb+srv://catalog-svc:%s@cluster0.k3v9q.mongodb.net/catalog?retryWrites=true&w=majority" % pw_url("b51")
    out.append(S("source_code", "mongodb_connection_url", """// config/default.js
module.exports = {
  port: 4000,
  mongo: {
    uri: "%s",
    poolSize: 10,
  },
  cache: { ttlSeconds: 300 },
};
""" % u, [u]))

    # 52 redis url with password in k8s env
    u = "redis://:%s@redis-master.queue.svc.cluster.local:6379/2" % pw_url("b52", 32)
    out.append(S("k8s_manifest_yaml", "redis_connection_url", """apiVersion: apps/v1
kind: Deployment
metadata: { name: sidekiq, namespace: shop }
spec:
  replicas: 2
  selector: { matchLabels: { app: sidekiq } }
  template:
    metadata: { labels: { app: sidekiq } }
    spec:
      containers:
        - name: sidekiq
          image: ghcr.io/casa-lacerda/shop:3.8.2
          command: ["bundle", "exec", "sidekiq", "-C", "config/sidekiq.yml"]
          env:
            - name: REDIS_URL
              value: "%s"
            - name: RAILS_ENV
              value: production
""" % u, [u]))

    # 53 amqp url in celery config
    u = "amqp://celery:%s@rabbitmq.internal:5672/reports" % pw_url("b53")
    out.append(S("source_code", "amqp_connection_url", '''# celeryconfig.py
broker_url = "%s"
result_backend = "rpc://"
task_serializer = "json"
accept_content = ["json"]
timezone = "America/Chicago"
task_acks_late = True
worker_prefetch_multiplier = 1
''' % u, [u]))

    # 54 snowflake password
    p = password("b54", 18)
    out.append(S("jupyter_notebook", "snowflake_password", notebook([
        ("code", "import snowflake.connector\nconn = snowflake.connector.connect(\n    user=\"PRAMAN\",\n    password=\"%s\",\n    account=\"qf12345.eu-west-1\",\n    warehouse=\"ANALYST_WH\",\n    database=\"FINANCE\",\n)" % p, None),
        ("code", "pd.read_sql('select count(*) from gl_entries', conn)", "   COUNT(*)\n0   8812093\n"),
    ]), [p]))

    # 55 jdbc string with password
    j = "jdbc:sqlserver://sql-prod-02.quintfall.local:1433;databaseName=Payroll;user=svc_payroll;password=%s;encrypt=true" % pw_url("b55", 18)
    out.append(S("properties_config", "jdbc_connection_string", """# application-prod.properties
server.port=8443
spring.datasource.url=%s
spring.datasource.hikari.maximum-pool-size=15
spring.jpa.hibernate.ddl-auto=validate
management.endpoints.web.exposure.include=health,info
""" % j, [j]))

    # 56 rsa private key cat
    k = rsa_private("b56")
    out.append(S("terminal_session", "rsa_private_key", """$ ls -l deploy/keys/
-rw-r--r-- 1 deploy deploy 1679 Sep 12 09:14 deploy_rsa
-rw-r--r-- 1 deploy deploy  399 Sep 12 09:14 deploy_rsa.pub
$ cat deploy/keys/deploy_rsa
%s
$ 
""" % k, [k]))

    # 57 openssh key pasted in slack
    k = openssh_private("b57")
    out.append(S("chat_export_json", "openssh_private_key", slack("infra-help", [
        ("tom.b", "can't ssh into build-07, says permission denied (publickey)"),
        ("kwame.o", "try the shared bastion key, here:\n```\n" + k + "\n```"),
        ("marisol.ng", "please don't paste keys in channels, I'm rotating that one now"),
    ], key="sec-b57"), [k.replace("\n", "\\n")]))

    # 58 ec private key
    k = ec_private("b58")
    out.append(S("terminal_session", "ec_private_key", """$ sudo ls /etc/ssl/private/
api.vintrell.com.key  ssl-cert-snakeoil.key
$ sudo cat /etc/ssl/private/api.vintrell.com.key
%s
$ 
""" % k, [k]))

    # 59 pkcs8 key in diff
    k = pkcs8_private("b59")
    diff_lines = "\n".join("+" + l for l in k.splitlines())
    out.append(S("git_diff", "pkcs8_private_key", """diff --git a/certs/saml-sp.key b/certs/saml-sp.key
new file mode 100644
index 0000000..b71c0e4
--- /dev/null
+++ b/certs/saml-sp.key
@@ -0,0 +1,%d @@
%s
""" % (len(k.splitlines()), diff_lines), [diff_lines[1:]]))

    # 60 pgp private key in email
    k = pgp_private("b60")
    out.append(S("email_raw", "pgp_private_key", email(
        "Kwame Osei <kwame.osei@vintrell.com>", "release-team@vintrell.com",
        "Signing key for the apt repo",
        """Team,

Here is the release signing key so whoever is on release duty can sign packages while I'm out.
Passphrase is in the usual place.

%s

Kwame""" % k, key="sec-b60"), [k]))

    # 61 generic password in application.yml
    p = password("b61", 18)
    out.append(S("yaml_config", "generic_password", """spring:
  datasource:
    url: jdbc:postgresql://pg-invoices.internal:5432/invoices
    username: invoice_app
    password: "%s"
  jpa:
    open-in-view: false
invoice:
  pdf:
    font: Inter
  numbering:
    prefix: INV-
""" % p, [p]))

    # 62 shell history with two passwords
    p1, p2 = password("b62a", 14), password("b62b", 12)
    out.append(S("shell_history", "generic_password", """  311  mysql -h 10.20.4.51 -u root -p'%s' -e 'SHOW PROCESSLIST'
  312  sshpass -p '%s' ssh admin@10.20.9.14 'sudo systemctl restart kiosk'
  313  history | tail
""" % (p1, p2), [p1, p2]))

    # 63 ldap bind password
    p = password("b63", 16)
    out.append(S("ini_config", "ldap_bind_password", """[sssd]
services = nss, pam
domains = corp.quintfall.local

[domain/corp.quintfall.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap.corp.quintfall.local
ldap_search_base = dc=corp,dc=quintfall,dc=local
ldap_default_bind_dn = cn=svc-sssd,ou=service,dc=corp,dc=quintfall,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = %s
cache_credentials = true
""" % p, [p]))

    # 64 smtp password in wp-config
    p = password("b64", 16)
    out.append(S("source_code", "smtp_password", """<?php
define( 'DB_NAME', 'wp_bakery' );
define( 'DB_USER', 'wp_bakery' );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'DB_HOST', 'localhost' );

/* SMTP for order e-mails */
define( 'WPMS_ON', true );
define( 'WPMS_SMTP_HOST', 'smtp.mailhost-eu.net' );
define( 'WPMS_SMTP_PORT', 587 );
define( 'WPMS_SMTP_USER', 'orders@crumbkettle.com' );
define( 'WPMS_SMTP_PASS', '%s' );
""" % p, [p]))

    # 65 jwt secret .env
    s = rs("b65", 64, B62)
    out.append(S("env_file", "jwt_signing_secret", """PORT=8080
JWT_SECRET=%s
JWT_EXPIRES_IN=15m
REFRESH_TOKEN_TTL_DAYS=30
CORS_ORIGIN=https://app.gridwell-planner.app
""" % s, [s]))

    # 67 django settings (two)
    k, p = django_key("b67"), password("b67p", 18)
    out.append(S("source_code", "django_secret_key", """# hillcrest/settings/production.py
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["pta.hillcrest-elementary.org"]
SECRET_KEY = '%s'

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "pta",
        "USER": "pta",
        "PASSWORD": "%s",
        "HOST": "127.0.0.1",
        "PORT": "5432",
    }
}
""" % (k, p), [k, p]))

    # 68 rails secrets.yml
    kb = rails_kb("b68")
    out.append(S("yaml_config", "rails_secret_key_base", """# config/secrets.yml (legacy app, pre-credentials)
development:
  secret_key_base: <%%= ENV["SECRET_KEY_BASE"] %%>
test:
  secret_key_base: <%%= ENV["SECRET_KEY_BASE"] %%>
production:
  secret_key_base: %s
""" % kb, [kb]))

    # 69 datadog api key
    k = datadog_api("b69")
    out.append(S("yaml_config", "datadog_api_key", """# /etc/datadog-agent/datadog.yaml
api_key: %s
site: datadoghq.eu
hostname: reporting-worker-03
tags:
  - env:prod
  - team:reporting
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""" % k, [k]))

    # 70 new relic user key in terraform
    k = nrak("b70")
    out.append(S("terraform", "new_relic_user_key", """terraform {
  required_providers {
    newrelic = { source = "newrelic/newrelic", version = "~> 3.40" }
  }
}

provider "newrelic" {
  account_id = 3812290
  api_key    = "%s"
  region     = "EU"
}

resource "newrelic_alert_policy" "checkout" {
  name = "checkout-latency"
}
""" % k, [k]))

    # 71 sentry auth token
    t = sentry_user("b71")
    out.append(S("ini_config", "sentry_auth_token", """# .sentryclirc
[defaults]
org = quillstack
project = web-app
url = https://sentry.io/

[auth]
token = %s
""" % t, [t]))

    # 72 shopify token
    t = shpat("b72")
    out.append(S("source_code", "shopify_access_token", '''import requests

SHOP = "lacerda-alimentos.myshopify.com"
TOKEN = "%s"


def low_stock(threshold=5):
    r = requests.get(f"https://{SHOP}/admin/api/2024-07/products.json?limit=250",
                     headers={"X-Shopify-Access-Token": TOKEN}, timeout=10)
    r.raise_for_status()
    return [v for p in r.json()["products"] for v in p["variants"] if v["inventory_quantity"] < threshold]
''' % t, [t]))

    # 73 atlassian token in jira-cli config
    t = atlassian("b73")
    out.append(S("yaml_config", "atlassian_api_token", """# ~/.config/.jira/.config.yml
installation: cloud
server: https://quintfall.atlassian.net
login: ines.kovac@quintfall.com
api_token: %s
project:
  key: SHOP
  type: scrum
board:
  id: 41
""" % t, [t]))

    # 74 linear key in slack
    k = linear("b74")
    out.append(S("chat_export_json", "linear_api_key", slack("automation", [
        ("ines.k", "zapier needs a linear api key to create issues from the feedback form"),
        ("ben.aldous", "made one with write access to the Feedback team: " + k),
        ("ines.k", "works, thanks"),
    ], key="sec-b74"), [k]))

    # 75 notion token .env
    t = notion("b75")
    out.append(S("env_file", "notion_integration_token", """NOTION_TOKEN=%s
NOTION_DATABASE_ID=%s
SYNC_INTERVAL_MINUTES=30
""" % (t, rs("b75db", 32, HEX)), [t]))

    # 76 digitalocean in doctl config
    t = dop("b76")
    out.append(S("yaml_config", "digitalocean_pat", """$ cat ~/.config/doctl/config.yaml
access-token: %s
context: default
output: text
""" % t, [t]))

    # 77 vault token in shell history
    t = hvs("b77")
    out.append(S("shell_history", "vault_token", """  740  export VAULT_ADDR=https://vault.int.vintrell.com:8200
  741  export VAULT_TOKEN=%s
  742  vault kv get -field=password secret/payments/db
  743  vault token lookup
""" % t, [t]))

    # 78 terraform cloud credentials file
    t = tfc("b78")
    out.append(S("json_config", "terraform_cloud_token", J({"credentials": {"app.terraform.io": {"token": t}}}), [t]))

    # 79 pulumi token in CI env dump
    t = pulumi("b79")
    out.append(S("ci_log", "pulumi_access_token", ci("sec-b79", [
        ("Run printenv | sort", ["CI=true", "GITHUB_REF=refs/heads/main", "HOME=/home/runner", "PULUMI_ACCESS_TOKEN=" + t,
                                  "PULUMI_STACK=quintfall/infra/prod", "RUNNER_OS=Linux"]),
        ("Run pulumi preview", ["Previewing update (quintfall/infra/prod)", "Resources:", "    ~ 2 to update", "    41 unchanged"]),
    ]), [t]))

    # 80 doppler in docker run
    t = doppler("b80")
    out.append(S("terminal_session", "doppler_service_token", """$ docker run -d --name billing-api -p 8080:8080 \\
    -e DOPPLER_TOKEN=%s \\
    ghcr.io/kestrelworks/billing-api:4.2.0
8d1f0c3b7a2e94f6c1d05b8e7a3f29c4d6e1b0a7f5c3d2e1f0a9b8c7d6e5f4a3
$ docker logs billing-api | head -2
[doppler] fetched 23 secrets for config prd
listening on :8080
""" % t, [t]))

    # 81 okta token in script
    t = okta("b81")
    out.append(S("source_code", "okta_api_token", '''import requests

OKTA_ORG = "https://quintfall.okta.com"
HEADERS = {"Authorization": "SSWS %s", "Accept": "application/json"}


def deactivated_users():
    r = requests.get(f"{OKTA_ORG}/api/v1/users?filter=status eq \\"DEPROVISIONED\\"", headers=HEADERS, timeout=15)
    return [u["profile"]["login"] for u in r.json()]
''' % t, [t]))

    # 82 fcm server key php
    k = fcm("b82")
    out.append(S("source_code", "fcm_server_key", """<?php
$serverKey = '%s';
$payload = ['to' => '/topics/orders', 'notification' => ['title' => 'Order ready', 'body' => 'Your order is ready for pickup']];
$ch = curl_init('https://fcm.googleapis.com/fcm/send');
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: key=' . $serverKey, 'Content-Type: application/json']);
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($payload));
curl_exec($ch);
""" % k, [k]))

    # 83 twitter bearer
    t = tw_bearer("b83")
    out.append(S("env_file", "twitter_bearer_token", """# social-listener
X_API_BEARER_TOKEN=%s
TRACK_TERMS="crumb kettle,crumbkettle"
POLL_SECONDS=120
""" % t, [t]))

    # 84 facebook page token
    t = fb_token("b84")
    out.append(S("json_config", "facebook_access_token", J({
        "page_id": rs("b84p", 15, DI), "page_name": "Crumb & Kettle Bakery", "page_access_token": t,
        "post_schedule": {"weekday": "09:00", "weekend": "08:00"}}), [t]))

    # 85 google oauth client secret + refresh token
    cs, rt = gocspx("b85"), g_refresh("b85")
    out.append(S("terminal_session", "google_oauth_client_secret", """$ cat client_secret.json token.json
{"installed":{"client_id":"%s-%s.apps.googleusercontent.com","project_id":"pta-newsletter","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"%s","redirect_uris":["http://localhost"]}}
{"token": null, "refresh_token": "%s", "token_uri": "https://oauth2.googleapis.com/token", "scopes": ["https://www.googleapis.com/auth/gmail.send"]}
$ 
""" % (rs("b85n", 12, DI), rs("b85c", 32, LO + DI), cs, rt), [cs, rt]))

    # 86 pip.conf basic auth URL
    u = "https://ci-reader:%s@pypi.quintfall.io/simple/" % pw_url("b86", 22)
    out.append(S("ini_config", "basic_auth_url", """# /etc/pip.conf
[global]
index-url = %s
extra-index-url = https://pypi.org/simple/
timeout = 30
""" % u, [u]))

    # 87 kubeconfig token
    t = jwt("b87", {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                    "kubernetes.io/serviceaccount/service-account.name": "deployer", "sub": "system:serviceaccount:ci:deployer"}, alg="RS256")
    out.append(S("yaml_config", "kubernetes_service_account_token", """apiVersion: v1
kind: Config
clusters:
  - name: prod-eu
    cluster:
      server: https://k8s-prod-eu.vintrell.com:6443
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUN5RENDQWJDZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwK
contexts:
  - name: ci@prod-eu
    context: { cluster: prod-eu, user: deployer, namespace: ci }
current-context: ci@prod-eu
users:
  - name: deployer
    user:
      token: %s
""" % t, [t]))

    # 88 age secret key
    k = age_key("b88")
    out.append(S("text_file", "age_secret_key", """# created: 2024-06-02T11:41:07+02:00
# public key: age1%s
%s
""" % (rs("b88p", 58, BECH.lower()), k), [k]))

    # 89 wireguard private key
    k = wg_key("b89")
    out.append(S("ini_config", "wireguard_private_key", """[Interface]
Address = 10.66.0.2/32
PrivateKey = %s
DNS = 10.66.0.1

[Peer]
PublicKey = %s
AllowedIPs = 10.66.0.0/24, 10.20.0.0/16
Endpoint = vpn.homelab-heroes.net:51820
PersistentKeepalive = 25
""" % (k, wg_key("b89pub")), [k]))

    # 90 supabase service role key (anon present, not listed)
    sr = jwt("b90sr", {"iss": "supabase", "ref": "xkqzvbnmlpwertyuiopa", "role": "service_role", "iat": 1717000000, "exp": 2032576000})
    anon = jwt("b90an", {"iss": "supabase", "ref": "xkqzvbnmlpwertyuiopa", "role": "anon", "iat": 1717000000, "exp": 2032576000})
    out.append(S("env_file", "supabase_service_role_key", """NEXT_PUBLIC_SUPABASE_URL=https://xkqzvbnmlpwertyuiopa.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=%s
SUPABASE_SERVICE_ROLE_KEY=%s
""" % (anon, sr), [sr]))
    return out


def rows_extra():
    """Rows 91+ used to reach the target count with further kinds."""
    out = []
    # algolia admin key (search key present, not listed)
    k = hex32("c1")
    out.append(S("env_file", "algolia_admin_key", """ALGOLIA_APP_ID=Q7KX2M9TPL
ALGOLIA_ADMIN_API_KEY=%s
NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=%s
ALGOLIA_INDEX=products_prod
""" % (k, hex32("c1search")), [k]))

    # azure devops pat in remote url
    u = "https://build-agent:%s@dev.azure.com/quintfall/Payroll/_git/payroll-api" % ado_pat("c3")
    out.append(S("terminal_session", "azure_devops_pat", """$ git remote -v
origin	%s (fetch)
origin	%s (push)
$ git fetch origin
From https://dev.azure.com/quintfall/Payroll/_git/payroll-api
   7a1c2e9..b04f3d1  main       -> origin/main
""" % (u, u), [u]))

    # cloudflare token
    t = cf_token("c5")
    out.append(S("ci_log", "cloudflare_api_token", ci("sec-c5", [
        ("Run npx wrangler deploy", [
            "npx wrangler deploy --env production",
            "[debug] using CLOUDFLARE_API_TOKEN=" + t + " from environment",
            "Total Upload: 84.21 KiB / gzip: 19.03 KiB",
            "Uploaded edge-router (2.11 sec)",
            "Published edge-router (0.94 sec)"]),
    ]), [t]))

    # jwt bearer access token in debug log
    t = jwt("c8", {"sub": "user_48812", "email_verified": True, "scope": "orders:read orders:write", "iat": 1726650000, "exp": 1726653600}, alg="RS256")
    out.append(S("app_log", "jwt_access_token", jsonlog("sec-c8", [
        {"level": "debug", "svc": "gateway", "msg": "incoming request", "path": "/api/v2/orders", "method": "GET",
         "headers": {"authorization": "Bearer " + t, "user-agent": "NorthboundApp/5.3 (iOS 17.5)"}},
        {"level": "info", "svc": "gateway", "msg": "routed", "upstream": "orders-svc", "status": 200, "latency_ms": 41},
    ]), [t]))

    return out
