# -*- coding: utf-8 -*-
"""Builds the rows of secrets.jsonl.

A row = one carrier format (env file, k8s manifest, CI log, chat, ...) holding
neutral filler settings plus the row's own items. Secret rows hold one or two
credential values (labelled); clean rows hold only look-alikes (unlabelled)."""
import json
import random
import re
from collections import Counter

import sec_tokens as T
from banks import FIRST, LAST, COMPANIES, CHAT_FILLER, COMMIT_MSGS
from common import rstr, HEXL, HEXU, DIG, ALNUM, UPPER, rand_dt, indent, target_len

FORMATS = ["env_file", "yaml_config", "json_config", "toml_ini", "k8s_manifest", "docker_compose", "terraform",
           "source_code", "shell_session", "ci_log", "app_log", "git_diff", "chat_log", "email", "support_ticket",
           "markdown_doc", "api_json", "sql_result"]
CMD_FORMATS = ["shell_session", "ci_log", "markdown_doc", "chat_log", "email", "support_ticket"]
BLOCK_FORMATS = ["env_file", "toml_ini", "terraform", "source_code", "shell_session", "chat_log", "email",
                 "support_ticket", "markdown_doc", "json_config", "api_json"]
DOC_FORMATS = ["shell_session", "chat_log", "email", "support_ticket", "markdown_doc", "git_diff", "ci_log"]
PROSE_FORMATS = ["chat_log", "email", "support_ticket", "markdown_doc"]
KV_FORMATS = FORMATS
JSON_FORMATS = ["json_config", "api_json"]


def kv(k, v, raw=False):
    return {"t": "kv", "k": k, "v": v, "raw": raw}


def cmd(c, k, v, hdr=None):
    return {"t": "cmd", "c": c, "k": k, "v": v, "hdr": hdr}


def block(k, v, path):
    return {"t": "block", "k": k, "v": v, "path": path}


def doc(path, v, is_json=False):
    return {"t": "doc", "path": path, "v": v, "json": is_json}


def prose(text):
    return {"t": "prose", "v": text}


def person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def company(rng):
    return rng.choice(COMPANIES)


ENVS = ["production", "staging", "dev", "sandbox", "prod-eu"]


# =====================================================================================
# Secret kinds. Each: name -> (compatible formats, make(rng, fmt) -> spec)
# spec = {"items": [...], "labels": [...], "service": str}
# =====================================================================================
def _api_token_kind(service, keys, gen, header=None, url=None, shell_tpl=None):
    """Token used as a KV setting, or (in command-friendly formats) in a request."""
    def make(rng, fmt):
        v = gen(rng)
        k = rng.choice(keys)
        comp, dom = company(rng)
        u = (url or "https://api.example.com/v1").replace("{dom}", dom)
        if fmt in CMD_FORMATS + ["app_log", "api_json", "source_code"] and (header or shell_tpl) and rng.random() < 0.55:
            if shell_tpl:
                c = shell_tpl.format(v=v, url=u, dom=dom)
                hdr = None
            else:
                h, p = header
                c = 'curl -s -H "%s: %s%s" %s' % (h, p, v, u)
                hdr = (h, p + v, u)
            return {"items": [cmd(c, k, v, hdr)], "labels": [v], "service": service}
        return {"items": [kv(k, v)], "labels": [v], "service": service}
    return make


SECRET_KINDS = {}


def skind(name, compat, make):
    SECRET_KINDS[name] = (compat, make)


skind("github_pat", KV_FORMATS, _api_token_kind("GitHub", ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"], T.github_classic,
                                                 ("Authorization", "Bearer "), "https://api.github.com/user/repos"))
skind("github_fine_grained_pat", KV_FORMATS, _api_token_kind("GitHub", ["GITHUB_TOKEN", "GH_ENTERPRISE_TOKEN", "RENOVATE_TOKEN"],
                                                              T.github_fine_grained, None, "https://github.com/{dom}/infra.git",
                                                              "git clone https://x-access-token:{v}@github.com/acme-corp/infra.git"))
skind("github_app_token", KV_FORMATS, _api_token_kind("GitHub", ["GITHUB_APP_TOKEN", "GH_OAUTH_TOKEN"],
                                                       lambda r: T.github_classic(r, r.choice(["gho_", "ghs_", "ghu_"])),
                                                       ("Authorization", "token "), "https://api.github.com/installation/repositories"))
skind("gitlab_pat", KV_FORMATS, _api_token_kind("GitLab", ["GITLAB_TOKEN", "CI_JOB_PAT", "GL_TOKEN"], T.gitlab_pat,
                                                 ("PRIVATE-TOKEN", ""), "https://gitlab.com/api/v4/projects?membership=true"))
skind("slack_bot_token", KV_FORMATS, _api_token_kind("Slack", ["SLACK_BOT_TOKEN", "SLACK_TOKEN"], T.slack_bot,
                                                      ("Authorization", "Bearer "), "https://slack.com/api/chat.postMessage"))
skind("slack_user_token", KV_FORMATS, _api_token_kind("Slack", ["SLACK_USER_TOKEN", "SLACK_LEGACY_TOKEN"], T.slack_user,
                                                       ("Authorization", "Bearer "), "https://slack.com/api/conversations.history"))
skind("slack_webhook_url", KV_FORMATS, _api_token_kind("Slack", ["SLACK_WEBHOOK_URL", "ALERT_WEBHOOK"], T.slack_webhook, None, None,
                                                        "curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"deploy finished\"}}' {v}"))
skind("stripe_secret_key", KV_FORMATS, _api_token_kind("Stripe", ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"], T.stripe_key,
                                                        None, "https://api.stripe.com/v1/charges", "curl https://api.stripe.com/v1/charges -u {v}: -d limit=3"))
skind("stripe_restricted_key", KV_FORMATS, _api_token_kind("Stripe", ["STRIPE_RESTRICTED_KEY", "STRIPE_RK"], lambda r: T.stripe_key(r, "rk_live_"),
                                                            ("Authorization", "Bearer "), "https://api.stripe.com/v1/customers?limit=10"))
skind("google_api_key", KV_FORMATS, _api_token_kind("Google", ["GOOGLE_API_KEY", "GCP_API_KEY", "YOUTUBE_API_KEY"], T.google_api_key,
                                                     None, None, 'curl "https://www.googleapis.com/youtube/v3/search?part=snippet&q=release&key={v}"'))
skind("openai_api_key", KV_FORMATS, _api_token_kind("OpenAI", ["OPENAI_API_KEY", "LLM_API_KEY"], T.openai_key,
                                                     ("Authorization", "Bearer "), "https://api.openai.com/v1/chat/completions"))
skind("anthropic_api_key", KV_FORMATS, _api_token_kind("Anthropic", ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"], T.anthropic_key,
                                                        ("x-api-key", ""), "https://api.anthropic.com/v1/messages"))
skind("sendgrid_api_key", KV_FORMATS, _api_token_kind("SendGrid", ["SENDGRID_API_KEY", "SMTP_PASSWORD"], T.sendgrid_key,
                                                       ("Authorization", "Bearer "), "https://api.sendgrid.com/v3/mail/send"))
skind("mailgun_api_key", KV_FORMATS, _api_token_kind("Mailgun", ["MAILGUN_API_KEY", "MG_API_KEY"], T.mailgun_key, None, None,
                                                      "curl -s --user 'api:{v}' https://api.mailgun.net/v3/mg.{dom}/messages -F to=ops@{dom} -F subject=test"))
skind("shopify_access_token", KV_FORMATS, _api_token_kind("Shopify", ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"], T.shopify_token,
                                                           ("X-Shopify-Access-Token", ""), "https://acme-store.myshopify.com/admin/api/2024-04/orders.json"))
skind("huggingface_token", KV_FORMATS, _api_token_kind("Hugging Face", ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"], T.hf_token,
                                                        ("Authorization", "Bearer "), "https://huggingface.co/api/whoami-v2"))
skind("discord_bot_token", KV_FORMATS, _api_token_kind("Discord", ["DISCORD_BOT_TOKEN", "DISCORD_TOKEN"], T.discord_token,
                                                        ("Authorization", "Bot "), "https://discord.com/api/v10/users/@me"))
skind("telegram_bot_token", KV_FORMATS, _api_token_kind("Telegram", ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"], T.telegram_token, None, None,
                                                         'curl -s "https://api.telegram.org/bot{v}/getUpdates?limit=5"'))
skind("digitalocean_token", KV_FORMATS, _api_token_kind("DigitalOcean", ["DIGITALOCEAN_TOKEN", "DO_API_TOKEN"], T.digitalocean_token,
                                                         ("Authorization", "Bearer "), "https://api.digitalocean.com/v2/droplets"))
skind("docker_hub_pat", KV_FORMATS, _api_token_kind("Docker Hub", ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"], T.docker_pat, None, None,
                                                     "echo {v} | docker login -u acmebuild --password-stdin"))
skind("atlassian_api_token", KV_FORMATS, _api_token_kind("Atlassian", ["JIRA_API_TOKEN", "CONFLUENCE_TOKEN"], T.atlassian_token, None, None,
                                                          "curl -s -u ci-bot@{dom}:{v} https://acme.atlassian.net/rest/api/3/myself"))
skind("newrelic_api_key", KV_FORMATS, _api_token_kind("New Relic", ["NEW_RELIC_API_KEY", "NR_USER_KEY"], T.newrelic_key,
                                                       ("Api-Key", ""), "https://api.newrelic.com/graphql"))
skind("grafana_token", KV_FORMATS, _api_token_kind("Grafana", ["GRAFANA_TOKEN", "GRAFANA_SA_TOKEN"], T.grafana_token,
                                                    ("Authorization", "Bearer "), "https://grafana.{dom}/api/search"))
skind("postman_api_key", KV_FORMATS, _api_token_kind("Postman", ["POSTMAN_API_KEY"], T.postman_key,
                                                      ("X-Api-Key", ""), "https://api.getpostman.com/collections"))
skind("azure_ad_client_secret", KV_FORMATS, _api_token_kind("Azure AD", ["AZURE_CLIENT_SECRET", "AAD_CLIENT_SECRET"], T.azure_ad_secret))
skind("age_secret_key", KV_FORMATS, _api_token_kind("age", ["SOPS_AGE_KEY", "AGE_KEY"], T.age_secret))


def _npm(rng, fmt):
    v = T.npm_token(rng)
    if fmt in DOC_FORMATS and rng.random() < 0.6:
        return {"items": [doc("~/.npmrc" if fmt != "git_diff" else ".npmrc",
                              "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nalways-auth=true" % v)],
                "labels": [v], "service": "npm"}
    return {"items": [kv(rng.choice(["NPM_TOKEN", "NODE_AUTH_TOKEN"]), v)], "labels": [v], "service": "npm"}


skind("npm_token", KV_FORMATS, _npm)


def _pypi(rng, fmt):
    v = T.pypi_token(rng)
    if fmt in DOC_FORMATS and rng.random() < 0.6:
        return {"items": [doc("~/.pypirc", "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = %s" % v)],
                "labels": [v], "service": "PyPI"}
    return {"items": [kv(rng.choice(["PYPI_TOKEN", "TWINE_PASSWORD"]), v)], "labels": [v], "service": "PyPI"}


skind("pypi_token", KV_FORMATS, _pypi)


def _aws(rng, fmt):
    a, s = T.aws_pair(rng)
    if fmt in DOC_FORMATS and rng.random() < 0.4:
        return {"items": [doc("~/.aws/credentials", "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s"
                              % (a, s, rng.choice(["us-east-1", "eu-west-1", "ap-southeast-2"])))], "labels": [a, s], "service": "AWS"}
    return {"items": [kv("AWS_ACCESS_KEY_ID", a), kv("AWS_SECRET_ACCESS_KEY", s)], "labels": [a, s], "service": "AWS"}


skind("aws_access_key", KV_FORMATS, _aws)


def _twilio(rng, fmt):
    sid, tok = T.twilio_pair(rng)
    if fmt in CMD_FORMATS and rng.random() < 0.5:
        c = "curl -X POST https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json -u %s:%s --data-urlencode 'Body=Deploy finished'" % (sid, sid, tok)
        return {"items": [kv("TWILIO_ACCOUNT_SID", sid), cmd(c, "TWILIO_AUTH_TOKEN", tok)], "labels": [tok], "service": "Twilio"}
    return {"items": [kv("TWILIO_ACCOUNT_SID", sid), kv("TWILIO_AUTH_TOKEN", tok)], "labels": [tok], "service": "Twilio"}


skind("twilio_auth_token", KV_FORMATS, _twilio)


def _azure_storage(rng, fmt):
    name = rng.choice(["nwlogsprod", "acmebackups", "reportsstore01", "mediaassetsweu"])
    key = T.azure_storage_key(rng)
    cs = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (name, key)
    if rng.random() < 0.6:
        return {"items": [kv("AZURE_STORAGE_CONNECTION_STRING", cs)], "labels": [key], "service": "Azure Storage"}
    return {"items": [kv("AZURE_STORAGE_ACCOUNT", name), kv("AZURE_STORAGE_KEY", key)], "labels": [key], "service": "Azure Storage"}


skind("azure_storage_key", KV_FORMATS, _azure_storage)


def _datadog(rng, fmt):
    a, b = T.datadog_keys(rng)
    if rng.random() < 0.5:
        return {"items": [kv("DD_API_KEY", a), kv("DD_APP_KEY", b), kv("DD_SITE", "datadoghq.eu")], "labels": [a, b], "service": "Datadog"}
    return {"items": [kv("DD_API_KEY", a), kv("DD_SITE", "datadoghq.com")], "labels": [a], "service": "Datadog"}


skind("datadog_api_key", KV_FORMATS, _datadog)


def _pem(kind):
    def make(rng, fmt):
        f, l = person(rng)
        if kind == "rsa":
            v = T.pem_rsa(rng)
            path = rng.choice(["certs/server.key", "~/.ssh/id_rsa", "deploy/jwt-signing.key"])
        elif kind == "ec":
            v = T.pem_ec(rng)
            path = rng.choice(["tls/ec-private.pem", "keys/apns.p8.pem", "config/signing-ec.key"])
        else:
            v = T.pem_openssh(rng, "%s@%s" % (f.lower(), rng.choice(["laptop", "build-01", "bastion"])))
            path = rng.choice(["~/.ssh/id_ed25519", "deploy_key", ".ssh/ci_deploy"])
        key = rng.choice(["PRIVATE_KEY", "TLS_KEY", "SSH_PRIVATE_KEY", "SIGNING_KEY"])
        return {"items": [block(key, v, path)], "labels": [v], "service": "TLS/SSH"}
    return make


skind("rsa_private_key", BLOCK_FORMATS, _pem("rsa"))
skind("ec_private_key", BLOCK_FORMATS, _pem("ec"))
skind("openssh_private_key", BLOCK_FORMATS, _pem("openssh"))


def _gcp(rng, fmt):
    comp, dom = company(rng)
    project = dom.split(".")[0] + "-" + rng.choice(["prod", "data", "analytics"]) + "-" + rstr(rng, DIG, 4)
    d, pk = T.gcp_service_account(rng, project)
    return {"items": [doc(rng.choice(["gcp-sa-key.json", "credentials/service-account.json", "key.json"]),
                          json.dumps(d, indent=2), True)], "labels": [pk], "service": "Google Cloud"}


skind("gcp_service_account_key", ["shell_session", "chat_log", "email", "support_ticket", "markdown_doc", "git_diff",
                                  "json_config", "api_json"], _gcp)


def _jwt(rng, fmt):
    comp, dom = company(rng)
    v = T.jwt(rng, "https://auth.%s" % dom, int(rand_dt(rng).timestamp()))
    if fmt in CMD_FORMATS + ["app_log", "api_json", "source_code"] and rng.random() < 0.7:
        u = "https://api.%s/v1/orders?status=open" % dom
        return {"items": [cmd('curl -s -H "Authorization: Bearer %s" "%s"' % (v, u), "API_BEARER_TOKEN", v, ("Authorization", "Bearer " + v, u))],
                "labels": [v], "service": "internal API"}
    return {"items": [kv(rng.choice(["API_BEARER_TOKEN", "SERVICE_JWT", "SUPABASE_SERVICE_ROLE_KEY"]), v)], "labels": [v], "service": "internal API"}


skind("jwt_token", KV_FORMATS, _jwt)


def _dbconn(rng, fmt):
    pw = T.url_password(rng)
    user = rng.choice(["orders_app", "svc_billing", "admin", "app_rw", "analytics", "root"])
    comp, dom = company(rng)
    scheme = rng.choice(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp"])
    if scheme.startswith("postgres"):
        u = "%s://%s:%s@%s:5432/%s" % (scheme, user, pw, rng.choice(["db-primary.internal", "orders.cluster-c8x2.eu-west-1.rds.amazonaws.com", "pg.%s" % dom]), rng.choice(["orders", "billing", "app"]))
        if rng.random() < 0.4:
            u += "?sslmode=require"
    elif scheme == "mysql":
        u = "mysql://%s:%s@%s:3306/%s" % (user, pw, rng.choice(["mysql-01.internal", "legacy-db.%s" % dom]), rng.choice(["shop", "crm", "wp"]))
    elif scheme == "mongodb+srv":
        u = "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority" % (user, pw, rstr(rng, "abcdefghijklmnopqrstuvwxyz0123456789", 5), rng.choice(["events", "catalog"]))
    elif scheme == "redis":
        u = "redis://default:%s@%s:6379/0" % (pw, rng.choice(["cache.internal", "redis-12345.c1.eu-west-1-2.ec2.cloud.redislabs.com"]))
    else:
        u = "amqp://%s:%s@rabbitmq.internal:5672/%s" % (user, pw, rng.choice(["jobs", "%2F"]))
    if fmt in CMD_FORMATS and rng.random() < 0.5 and scheme.startswith("postgres"):
        return {"items": [cmd('psql "%s" -c "select count(*) from orders;"' % u, "DATABASE_URL", u)], "labels": [pw], "service": "database"}
    return {"items": [kv(rng.choice(["DATABASE_URL", "DB_URL", "MONGO_URI", "REDIS_URL", "BROKER_URL"]) if scheme != "redis" else "REDIS_URL", u)],
            "labels": [pw], "service": "database"}


skind("db_connection_password", KV_FORMATS, _dbconn)


def _basic_url(rng, fmt):
    pw = T.url_password(rng)
    user = rng.choice(["deploy", "ci", "jenkins", "admin", "svc-export"])
    comp, dom = company(rng)
    u = "https://%s:%s@%s" % (user, pw, rng.choice(["nexus.%s/repository/maven-releases/" % dom, "registry.%s/v2/" % dom,
                                                    "ftp.%s/exports/" % dom, "jenkins.%s/job/nightly/build" % dom]))
    if fmt in CMD_FORMATS and rng.random() < 0.5:
        return {"items": [cmd("curl -fsSL %s" % u, "ARTIFACT_URL", u)], "labels": [pw], "service": "artifact repository"}
    return {"items": [kv(rng.choice(["ARTIFACT_REPO_URL", "MAVEN_REPO", "EXPORT_URL"]), u)], "labels": [pw], "service": "artifact repository"}


skind("basic_auth_url_password", KV_FORMATS, _basic_url)


def _generic_pw(rng, fmt):
    pw = T.password(rng)
    k = rng.choice(["DB_PASSWORD", "ADMIN_PASSWORD", "SMTP_PASSWORD", "LDAP_BIND_PASSWORD", "KEYSTORE_PASSWORD",
                    "RABBITMQ_DEFAULT_PASS", "POSTGRES_PASSWORD", "REDIS_PASSWORD", "MYSQL_ROOT_PASSWORD"])
    return {"items": [kv(k, pw)], "labels": [pw], "service": "password"}


skind("generic_password", KV_FORMATS, _generic_pw)


# order matters: the first kinds get one extra row (130 = 34*3 + 28)
SECRET_ORDER = ["generic_password", "db_connection_password", "aws_access_key", "github_pat", "stripe_secret_key",
                "openai_api_key", "anthropic_api_key", "slack_bot_token", "rsa_private_key", "openssh_private_key",
                "jwt_token", "google_api_key", "gcp_service_account_key", "azure_storage_key", "sendgrid_api_key",
                "twilio_auth_token", "gitlab_pat", "npm_token", "github_fine_grained_pat", "slack_webhook_url",
                "stripe_restricted_key", "huggingface_token", "azure_ad_client_secret", "basic_auth_url_password",
                "datadog_api_key", "ec_private_key", "pypi_token", "discord_bot_token",
                "telegram_bot_token", "shopify_access_token", "mailgun_api_key", "digitalocean_token",
                "docker_hub_pat", "atlassian_api_token", "github_app_token", "slack_user_token",
                "newrelic_api_key", "grafana_token", "postman_api_key", "age_secret_key"]
assert set(SECRET_ORDER) == set(SECRET_KINDS), set(SECRET_KINDS) ^ set(SECRET_ORDER)


# =====================================================================================
# Clean (look-alike) kinds
# =====================================================================================
CLEAN_KINDS = {}


def ckind(name, compat, make):
    CLEAN_KINDS[name] = (compat, make)


def _c(items, service="config"):
    return {"items": items, "labels": [], "service": service}


def _git_sha(rng, fmt):
    sha = T.sha1hex(rng)
    if fmt in ("shell_session", "ci_log") and rng.random() < 0.6:
        lines = []
        for _ in range(rng.randint(3, 6)):
            lines.append("%s %s" % (T.sha1hex(rng)[:rng.choice([7, 8, 10])], rng.choice(COMMIT_MSGS)))
        return _c([doc("git log --oneline -n %d" % len(lines), "\n".join(lines))], "git")
    if fmt in PROSE_FORMATS:
        return _c([prose("Deployed %s (%s) to %s; rollback target is %s." % (sha[:7], sha, rng.choice(ENVS), T.sha1hex(rng)[:7])),
                   kv("GIT_COMMIT", sha)], "git")
    return _c([kv("GIT_COMMIT", sha), kv("BUILD_REVISION", sha[:rng.choice([7, 8, 12])]), kv("PARENT_SHA", T.sha1hex(rng))], "git")


ckind("git_sha", KV_FORMATS, _git_sha)


def _sha256(rng, fmt):
    names = ["app-%d.%d.%d-linux-amd64.tar.gz" % (rng.randint(1, 4), rng.randint(0, 20), rng.randint(0, 9)),
             "app-darwin-arm64.zip", "installer.msi", "checksums.txt.sig"]
    if fmt in DOC_FORMATS and rng.random() < 0.6:
        return _c([doc("SHA256SUMS", "\n".join("%s  %s" % (T.sha256hex(rng), n) for n in names[:rng.randint(2, 4)]))], "release")
    return _c([kv("ARTIFACT_SHA256", T.sha256hex(rng)), kv("ARTIFACT_NAME", names[0])], "release")


ckind("sha256_digest", KV_FORMATS, _sha256)


def _sri(rng, fmt):
    pkgs = [("lodash", "4.17.21"), ("react", "18.3.1"), ("express", "4.19.2"), ("zod", "3.23.8"), ("axios", "1.6.8"), ("date-fns", "3.6.0")]
    sel = rng.sample(pkgs, rng.randint(2, 4))
    if fmt in ("json_config", "api_json", "git_diff", "shell_session", "markdown_doc", "support_ticket"):
        d = {"name": rng.choice(["orders-web", "admin-ui", "docs-site"]), "version": "2.%d.0" % rng.randint(0, 30),
             "lockfileVersion": 3, "requires": True,
             "packages": {"node_modules/%s" % n: {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n, v),
                                                  "integrity": T.sri512(rng)} for n, v in sel}}
        return _c([doc("package-lock.json", json.dumps(d, indent=2), True)], "npm")
    return _c([kv("CDN_SCRIPT_INTEGRITY", T.sri384(rng)), kv("CDN_SCRIPT_URL", "https://cdn.jsdelivr.net/npm/%s@%s/dist/index.min.js" % sel[0])], "cdn")


ckind("sri_integrity", KV_FORMATS, _sri)


def _docker_digest(rng, fmt):
    repo = rng.choice(["ghcr.io/acme-corp/orders-api", "registry.internal/billing-sync", "docker.io/library/postgres",
                       "123456789012.dkr.ecr.eu-west-1.amazonaws.com/route-planner"])
    img = "%s@sha256:%s" % (repo, T.sha256hex(rng))
    if fmt in ("shell_session", "ci_log") and rng.random() < 0.6:
        out = "%s: Pulling from %s\nDigest: sha256:%s\nStatus: Downloaded newer image for %s:latest" % (rng.choice(["latest", "1.4.2"]), repo.split("/", 1)[-1], T.sha256hex(rng), repo)
        return _c([doc("docker pull %s:latest" % repo, out)], "container registry")
    return _c([kv("IMAGE", img), kv("IMAGE_PULL_POLICY", "IfNotPresent")], "container registry")


ckind("docker_digest", KV_FORMATS, _docker_digest)


def _uuid(rng, fmt):
    return _c([kv("AZURE_TENANT_ID", T.uuid4(rng)), kv("AZURE_CLIENT_ID", T.uuid4(rng)), kv("AZURE_SUBSCRIPTION_ID", T.uuid4(rng))]
              if rng.random() < 0.5 else
              [kv("TENANT_ID", T.uuid4(rng)), kv("WORKSPACE_ID", T.uuid4(rng)), kv("DEFAULT_PROJECT_ID", T.uuid4(rng))], "ids")


ckind("uuid_identifiers", KV_FORMATS, _uuid)


def _trace(rng, fmt):
    return _c([kv("LAST_TRACEPARENT", T.traceparent(rng)), kv("REQUEST_ID", T.uuid4(rng)),
               kv("SENTRY_EVENT_ID", rstr(rng, HEXL, 32)), kv("AMZN_TRACE_ID", "Root=1-%s-%s" % (rstr(rng, HEXL, 8), rstr(rng, HEXL, 24)))], "tracing")


ckind("trace_request_ids", KV_FORMATS, _trace)


def _b64img(rng, fmt):
    return _c([kv(rng.choice(["LOGO_DATA_URI", "PLACEHOLDER_THUMBNAIL", "FAVICON_INLINE"]), T.png_data_uri(rng))], "assets")


ckind("base64_image", KV_FORMATS, _b64img)


def _cert(rng, fmt):
    return _c([block(rng.choice(["CA_CERT", "TLS_CERT", "ROOT_CA_PEM"]), T.pem_cert(rng), rng.choice(["certs/ca.crt", "tls/server.crt", "ca-bundle.pem"]))], "TLS")


ckind("certificate_pem", BLOCK_FORMATS + ["yaml_config", "k8s_manifest"], _cert)


def _sshpub(rng, fmt):
    f, l = person(rng)
    keys = [T.ssh_pub(rng, "%s.%s@%s" % (f.lower(), l.lower(), rng.choice(["laptop", "mbp", "workstation"]))) for _ in range(rng.randint(1, 3))]
    if fmt in DOC_FORMATS and rng.random() < 0.6:
        return _c([doc("~/.ssh/authorized_keys", "\n".join(keys))], "SSH")
    return _c([kv("DEPLOY_PUBLIC_KEY", keys[0])], "SSH")


ckind("ssh_public_key", KV_FORMATS, _sshpub)


def _pk(rng, fmt):
    v = T.stripe_key(rng, rng.choice(["pk_live_", "pk_test_"]))
    return _c([kv(rng.choice(["NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", "STRIPE_PUBLISHABLE_KEY", "VITE_STRIPE_PK"]), v)], "Stripe")


ckind("publishable_key", KV_FORMATS, _pk)


def _ref(rng, fmt):
    acct = T.aws_account(rng)
    region = rng.choice(["eu-west-1", "us-east-1", "ap-southeast-2"])
    refs = {
        "gha": ["${{ secrets.DB_PASSWORD }}", "${{ secrets.STRIPE_SECRET_KEY }}", "${{ secrets.NPM_TOKEN }}"],
        "vault": ["vault:secret/data/orders/db#password", "vault:secret/data/payments/stripe#secret_key"],
        "op": ["op://Production/Stripe/secret_key", "op://Infra/Postgres/password"],
        "asm": ["arn:aws:secretsmanager:%s:%s:secret:prod/orders/db-%s" % (region, acct, rstr(rng, ALNUM, 6))],
        "ssm": ["{{resolve:ssm-secure:/prod/orders/db_password:3}}"],
        "env": ["${DB_PASSWORD}", "${STRIPE_SECRET_KEY:?missing}", "$(DB_PASSWORD)"],
    }
    if fmt == "k8s_manifest":
        return _c([{"t": "k8sref", "k": "DB_PASSWORD", "secret": "orders-db", "key": "password"},
                   {"t": "k8sref", "k": "STRIPE_SECRET_KEY", "secret": "payments", "key": "stripe-secret-key"}], "kubernetes secrets")
    if fmt == "terraform":
        return _c([kv("DB_PASSWORD", "data.aws_secretsmanager_secret_version.db.secret_string", raw=True),
                   kv("API_TOKEN", "var.api_token", raw=True)], "secrets manager")
    if fmt == "source_code":
        return _c([kv("STRIPE_SECRET_KEY", 'os.environ["STRIPE_SECRET_KEY"]', raw=True),
                   kv("DB_PASSWORD", 'os.getenv("DB_PASSWORD", "")', raw=True)], "environment")
    if fmt in ("yaml_config", "ci_log"):
        fam = ["gha", "vault"]
    elif fmt in ("docker_compose", "env_file", "shell_session"):
        fam = ["env", "op", "vault"]
    else:
        fam = ["vault", "asm", "op", "ssm"]
    a, b = rng.sample(sum((refs[f] for f in fam), []), 2) if len(sum((refs[f] for f in fam), [])) > 1 else (refs[fam[0]][0], refs[fam[0]][0])
    return _c([kv("DB_PASSWORD", a), kv(rng.choice(["STRIPE_SECRET_KEY", "API_TOKEN", "SMTP_PASSWORD"]), b)], "secret store")


ckind("secret_store_reference", KV_FORMATS, _ref)


def _placeholder(rng, fmt):
    vals = ["<your-api-key>", "YOUR_API_KEY_HERE", "replace-me", "changeme", "<paste token here>", "xxxxxxxxxxxxxxxxxxxxxxxx",
            "TODO", "example-password", "sk_live_YOUR_SECRET_KEY", "<GITHUB_TOKEN>", "your-password", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]
    a, b, c = rng.sample(vals, 3)
    items = [kv("API_KEY", a), kv("DB_PASSWORD", b), kv(rng.choice(["GITHUB_TOKEN", "STRIPE_SECRET_KEY", "SMTP_PASSWORD"]), c)]
    if fmt in PROSE_FORMATS:
        items.insert(0, prose("This is the example config from .env.example; copy it to .env and fill in your own values. None of these are real."))
    return _c(items, "example config")


ckind("placeholder_values", KV_FORMATS, _placeholder)


def _masked(rng, fmt):
    vals = ["********", "***", "[REDACTED]", "[FILTERED]", "sk_live_" + "*" * 20 + rstr(rng, ALNUM, 4), "xoxb-****-****-" + "*" * 8,
            "ghp_" + "*" * 36, "AKIA****************", "•••••••••••••", "<redacted>", "REDACTED"]
    a, b, c = rng.sample(vals, 3)
    return _c([kv("STRIPE_SECRET_KEY", a), kv("DB_PASSWORD", b), kv(rng.choice(["SLACK_BOT_TOKEN", "GITHUB_TOKEN", "AWS_ACCESS_KEY_ID"]), c)], "masked config")


ckind("masked_values", KV_FORMATS, _masked)


def _empty(rng, fmt):
    return _c([kv("DB_PASSWORD", ""), kv("SMTP_PASSWORD", ""), kv("REDIS_PASSWORD", "")], "local dev config")


ckind("empty_password", [f for f in KV_FORMATS if f not in ("shell_session",)], _empty)


POLICY_TEXTS = [
    "Password requirements: at least 14 characters, including one uppercase letter, one number and one symbol. Passwords expire every 180 days and the last 12 cannot be reused. Accounts lock for 15 minutes after 5 failed attempts.",
    "Service accounts must not use static passwords. Credentials are issued by Vault with a 24-hour TTL and rotated automatically. Never paste a password or token into tickets, chat or source control.",
    "Passphrases are encouraged: four or more random words are easier to remember and harder to crack than short complex passwords. Use the company password manager to store them.",
    "If you think your password was exposed, change it immediately from the account settings page and report it to the security team. We will never ask for your password by email or phone.",
]
RESET_TEXTS = [
    "We received a request to reset the password for your account. Click the button below to choose a new password. The link expires in 30 minutes. If you didn't request this, you can ignore this email and your password will stay the same.",
    "Your password was changed successfully on {date}. If you made this change, no further action is needed. If you didn't, reset your password right away and contact support.",
    "A temporary sign-in link was requested for your account. For your security we never send passwords by email. Use the link within 15 minutes, then set a new password from Settings > Security.",
]


def _policy(rng, fmt):
    return _c([prose(rng.choice(POLICY_TEXTS)), kv("PASSWORD_MIN_LENGTH", "14"), kv("PASSWORD_MAX_AGE_DAYS", "180"),
               kv("LOCKOUT_THRESHOLD", "5")], "password policy")


ckind("password_policy", PROSE_FORMATS, _policy)


def _reset(rng, fmt):
    t = rng.choice(RESET_TEXTS).replace("{date}", rand_dt(rng).strftime("%d %b %Y at %H:%M UTC"))
    return _c([prose(t), kv("RESET_LINK_TTL_MINUTES", "30"), kv("RESET_REQUEST_ID", T.uuid4(rng))], "password reset")


ckind("password_reset_notice", PROSE_FORMATS, _reset)


def _cookies(rng, fmt):
    names = ["__Host-session", "__Secure-next-auth.session-token", "XSRF-TOKEN", "connect.sid", "_gh_sess", "JSESSIONID", "csrftoken"]
    a, b = rng.sample(names, 2)
    if fmt in ("shell_session", "ci_log", "markdown_doc", "support_ticket", "chat_log", "email") and rng.random() < 0.6:
        out = "HTTP/2 200\ncontent-type: text/html; charset=utf-8\nset-cookie: %s=<redacted>; Path=/; Secure; HttpOnly; SameSite=Lax\nset-cookie: %s=<redacted>; Path=/; Secure\nx-request-id: %s" % (a, b, T.uuid4(rng))
        return _c([doc("curl -sI https://app.example-corp.com/login", out)], "cookies")
    return _c([kv("SESSION_COOKIE_NAME", a), kv("CSRF_COOKIE_NAME", b), kv("SESSION_COOKIE_SECURE", "true")], "cookies")


ckind("cookie_names", KV_FORMATS, _cookies)


def _lockhashes(rng, fmt):
    mods = [("github.com/google/uuid", "v1.6.0"), ("golang.org/x/net", "v0.24.0"), ("github.com/stretchr/testify", "v1.9.0"),
            ("go.uber.org/zap", "v1.27.0"), ("github.com/spf13/cobra", "v1.8.0")]
    if fmt in DOC_FORMATS:
        kind = rng.choice(["go", "pip", "cargo"])
        if kind == "go":
            lines = []
            for m, v in rng.sample(mods, 3):
                lines += ["%s %s %s" % (m, v, T.go_sum_hash(rng)), "%s %s/go.mod %s" % (m, v, T.go_sum_hash(rng))]
            return _c([doc("go.sum", "\n".join(lines))], "go modules")
        if kind == "pip":
            pk = rng.sample([("requests", "2.31.0"), ("urllib3", "2.2.1"), ("certifi", "2024.2.2"), ("idna", "3.7")], 2)
            return _c([doc("requirements.txt", "\n".join("%s==%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (n, v, T.sha256hex(rng), T.sha256hex(rng)) for n, v in pk))], "pip")
        cr = rng.sample([("serde", "1.0.197"), ("tokio", "1.37.0"), ("anyhow", "1.0.82")], 2)
        return _c([doc("Cargo.lock", "\n\n".join('[[package]]\nname = "%s"\nversion = "%s"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "%s"' % (n, v, T.sha256hex(rng)) for n, v in cr))], "cargo")
    return _c([kv("PROVIDER_HASH_H1", T.go_sum_hash(rng)), kv("PROVIDER_HASH_ZH", "zh:" + T.sha256hex(rng)), kv("PROVIDER_VERSION", "5.46.0")], "terraform lock")


ckind("lockfile_hashes", KV_FORMATS, _lockhashes)


def _public_ids(rng, fmt):
    acct = T.aws_account(rng)
    return _c([kv("AWS_ACCOUNT_ID", acct), kv("DEPLOY_ROLE_ARN", "arn:aws:iam::%s:role/github-actions-deploy" % acct),
               kv("GOOGLE_OAUTH_CLIENT_ID", "%s-%s.apps.googleusercontent.com" % (rstr(rng, DIG, 12), rstr(rng, "abcdefghijklmnopqrstuvwxyz0123456789", 32))),
               kv("SLACK_CHANNEL_ID", "C0" + rstr(rng, UPPER + DIG, 9))], "cloud ids")


ckind("public_identifiers", KV_FORMATS, _public_ids)


def _jwks(rng, fmt):
    d = T.jwks(rng)
    if fmt in JSON_FORMATS + DOC_FORMATS:
        return _c([doc("curl -s https://auth.example-corp.com/.well-known/jwks.json" if fmt in ("shell_session", "ci_log") else "jwks.json",
                       json.dumps(d, indent=2), True)], "JWKS")
    return _c([kv("JWKS_URI", "https://auth.example-corp.com/.well-known/jwks.json"), kv("JWT_PUBLIC_KID", d["keys"][0]["kid"]),
               kv("JWT_PUBLIC_N", d["keys"][0]["n"]), kv("JWT_PUBLIC_E", "AQAB")], "JWKS")


ckind("jwks_public_key", KV_FORMATS, _jwks)


def _csp(rng, fmt):
    h1 = "sha256-" + T.base64.b64encode(T._rand(rng, 32)).decode()
    h2 = "sha256-" + T.base64.b64encode(T._rand(rng, 32)).decode()
    csp = "default-src 'self'; script-src 'self' '%s' '%s' https://js.stripe.com; style-src 'self' 'unsafe-inline'; img-src 'self' data:" % (h1, h2)
    return _c([kv("CONTENT_SECURITY_POLICY", csp)], "http headers")


ckind("csp_hashes", KV_FORMATS, _csp)


def _assets(rng, fmt):
    if fmt in ("ci_log", "shell_session") and rng.random() < 0.7:
        lines = ["dist/assets/%s-%s.%s  %d.%02d kB" % (n, rstr(rng, ALNUM + "_-", 8), e, rng.randint(1, 400), rng.randint(0, 99))
                 for n, e in [("index", "js"), ("index", "css"), ("vendor", "js"), ("logo", "svg")]]
        return _c([doc("npm run build", "vite v5.2.8 building for production...\n" + "\n".join(lines) + "\nbuilt in 7.41s")], "build")
    return _c([kv("ASSET_MANIFEST_HASH", rstr(rng, HEXL, 20)), kv("MAIN_BUNDLE", "main.%s.js" % rstr(rng, HEXL, 8)),
               kv("S3_ETAG", '"%s"' % rstr(rng, HEXL, 32))], "build")


ckind("asset_content_hashes", KV_FORMATS, _assets)


def _lfs(rng, fmt):
    v = "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d" % (T.sha256hex(rng), rng.randint(10 ** 5, 10 ** 9))
    return _c([doc(rng.choice(["models/classifier.onnx", "assets/hero-video.mp4", "data/fixtures.parquet"]), v)], "git lfs")


ckind("git_lfs_pointer", DOC_FORMATS, _lfs)


def _pubkeys(rng, fmt):
    return _c([kv("SOPS_AGE_RECIPIENTS", T.age_public(rng)), kv("GPG_SIGNING_FINGERPRINT", rstr(rng, HEXU, 40)),
               kv("RELEASE_SIGNING_KEY_ID", rstr(rng, HEXU, 16))], "public keys")


ckind("public_key_fingerprints", KV_FORMATS, _pubkeys)


CLEAN_ORDER = ["secret_store_reference", "placeholder_values", "masked_values", "git_sha", "sha256_digest",
               "sri_integrity", "docker_digest", "uuid_identifiers", "trace_request_ids", "base64_image",
               "certificate_pem", "ssh_public_key", "publishable_key", "empty_password", "password_policy",
               "password_reset_notice", "cookie_names", "lockfile_hashes", "public_identifiers", "jwks_public_key",
               "csp_hashes", "asset_content_hashes", "git_lfs_pointer", "public_key_fingerprints"]
assert set(CLEAN_ORDER) == set(CLEAN_KINDS)


# =====================================================================================
# Neutral filler
# =====================================================================================
def filler_kv(rng, n):
    comp, dom = company(rng)
    svc = rng.choice(["orders", "billing", "notifier", "routes", "search", "reports"])
    pool = [("APP_ENV", rng.choice(["production", "staging"])), ("LOG_LEVEL", rng.choice(["info", "debug", "warn"])),
            ("PORT", str(rng.choice([3000, 8080, 8000, 5000]))), ("DB_HOST", rng.choice(["%s-db.internal" % svc, "pg-primary.prod.svc"])),
            ("DB_PORT", "5432"), ("DB_NAME", svc), ("DB_USER", "%s_app" % svc), ("REDIS_HOST", "cache.internal"),
            ("AWS_REGION", rng.choice(["eu-west-1", "us-east-1"])), ("S3_BUCKET", "%s-%s-uploads" % (dom.split(".")[0], svc)),
            ("SMTP_HOST", "smtp.%s" % dom), ("SMTP_PORT", "587"), ("FEATURE_NEW_CHECKOUT", rng.choice(["true", "false"])),
            ("REQUEST_TIMEOUT_MS", str(rng.choice([3000, 5000, 10000]))), ("MAX_CONNECTIONS", str(rng.choice([20, 50, 100]))),
            ("TZ", "UTC"), ("CORS_ORIGINS", "https://app.%s" % dom), ("SENTRY_ENVIRONMENT", rng.choice(["production", "staging"])),
            ("WORKERS", str(rng.choice([2, 4, 8]))), ("CACHE_TTL", "300"), ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4317"),
            ("METRICS_ENABLED", "true"), ("UPLOAD_MAX_MB", "25"), ("API_BASE_URL", "https://api.%s/v2" % dom),
            ("SUPPORT_EMAIL", "support@%s" % dom)]
    rng.shuffle(pool)
    return [kv(k, v) for k, v in pool[:n]]


def lookalike_items(rng):
    """Unlabelled look-alikes sprinkled into secret AND clean rows."""
    opts = [kv("BUILD_SHA", T.sha1hex(rng)), kv("RELEASE_ID", T.uuid4(rng)),
            kv("IMAGE_DIGEST", "sha256:" + T.sha256hex(rng)), kv("DEPLOYMENT_ID", T.uuid4(rng)),
            kv("CONFIG_CHECKSUM", T.sha256hex(rng)[:32])]
    return rng.sample(opts, rng.randint(1, 2))


# =====================================================================================
# Renderers
# =====================================================================================
def group_of(k):
    parts = k.lower().split("_")
    if len(parts) == 1:
        return "app", parts[0]
    return parts[0], "_".join(parts[1:])


def envq(v):
    if v == "" or re.fullmatch(r"[A-Za-z0-9_./:@,+=%~-]+", v):
        return v
    return '"%s"' % v if '"' not in v else "'%s'" % v


def yq(v):
    if re.fullmatch(r"[A-Za-z0-9_./-]+", v) and not re.fullmatch(r"[0-9.]+|true|false|yes|no|null", v):
        return v
    return '"%s"' % v.replace("\\", "\\\\").replace('"', '\\"')


def kvs(items):
    return [i for i in items if i["t"] == "kv"]


def as_kv(i):
    """Command-line items fall back to a KEY=value setting in config-like formats."""
    if i["t"] == "cmd":
        return kv(i["k"], i["v"])
    return i


def mix(rng, filler, own):
    """Place own items inside filler at a random position (never guaranteed first/last)."""
    out = list(filler)
    pos = rng.randint(0, len(out))
    return out[:pos] + list(own) + out[pos:]


def r_env(rng, spec, n):
    items = [as_kv(i) for i in spec["items"]]
    lines = []
    if rng.random() < 0.6:
        lines.append(rng.choice(["# %s service environment" % rng.choice(["orders", "billing", "worker", "api"]),
                                 "# generated by setup.sh on %s" % rand_dt(rng).strftime("%Y-%m-%d"), "# local overrides", "# shared settings"]))
    for i in mix(rng, filler_kv(rng, n), items):
        if i["t"] == "kv":
            lines.append("%s=%s" % (i["k"], envq(i["v"])))
        elif i["t"] == "block":
            lines.append('%s="%s"' % (i["k"], i["v"]))
    return "\n".join(lines)


def nest(rng, entries):
    """Group KEY_NAMES into sections by their first word when that word is shared
    by at least two keys; everything else goes under `app`."""
    firsts = Counter(group_of(i["k"])[0] for i in entries)
    groups = {}
    for i in entries:
        g, k = group_of(i["k"])
        if firsts[g] < 2 or g == "app":
            g, k = "app", i["k"].lower()
        groups.setdefault(g, []).append((k, i))
    return groups


def r_yaml(rng, spec, n):
    items = [as_kv(i) for i in spec["items"]]
    entries = mix(rng, filler_kv(rng, n), items)
    out = ["# %s" % rng.choice(["config/production.yaml", "values.yaml", "settings.yml", "app.config.yaml"])]
    for g, lst in nest(rng, entries).items():
        out.append("%s:" % g)
        for k, i in lst:
            if i["t"] == "block":
                out.append("  %s: |\n%s" % (k, indent(i["v"], "    ")))
            else:
                out.append("  %s: %s" % (k, yq(i["v"])))
    return "\n".join(out)


def _jval(v):
    if re.fullmatch(r"\d{1,6}", v):
        return int(v)
    if v in ("true", "false"):
        return v == "true"
    return v


def r_json(rng, spec, n):
    items = [as_kv(i) for i in spec["items"]]
    docs = [i for i in items if i["t"] == "doc"]
    if docs and docs[0]["json"] and rng.random() < 0.6:
        return docs[0]["v"]
    entries = mix(rng, filler_kv(rng, n), [i for i in items if i["t"] in ("kv", "block")])
    d = {}
    for g, lst in nest(rng, entries).items():
        d[g] = {k: _jval(i["v"]) if i["t"] == "kv" else i["v"] for k, i in lst}
    for i in docs:
        d[i["path"].split("/")[-1].split(".")[0].replace("-", "_")] = json.loads(i["v"]) if i["json"] else i["v"]
    return json.dumps(d, indent=2, ensure_ascii=False)


def r_toml(rng, spec, n):
    items = [as_kv(i) for i in spec["items"]]
    has_block = any(i["t"] == "block" for i in items)
    toml = has_block or rng.random() < 0.5
    entries = mix(rng, filler_kv(rng, n), items)
    out = ["# settings.toml" if toml else "; settings.ini"]
    for g, lst in nest(rng, entries).items():
        out.append("")
        out.append("[%s]" % g)
        for k, i in lst:
            if i["t"] == "block":
                out.append("%s = '''\n%s\n'''" % (k, i["v"]))
            elif toml:
                v = _jval(i["v"])
                out.append("%s = %s" % (k, json.dumps(v) if not isinstance(v, str) else '"%s"' % v.replace("\\", "\\\\").replace('"', '\\"')))
            else:
                out.append("%s = %s" % (k, i["v"]))
    return "\n".join(out)


def r_k8s(rng, spec, n):
    items = [as_kv(i) for i in spec["items"]]
    name = rng.choice(["orders-api", "billing-worker", "notifier", "report-builder"])
    ns = rng.choice(["prod", "apps", "default"])
    blocks = [i for i in items if i["t"] == "block"]
    if blocks:
        data = "\n".join("  %s: |\n%s" % (b["path"].split("/")[-1], indent(b["v"], "    ")) for b in blocks)
        cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s-tls\n  namespace: %s\ndata:\n%s" % (name, ns, data)
        items = [i for i in items if i["t"] != "block"]
    else:
        cm = None
    if items and all(i["t"] == "kv" for i in items) and rng.random() < 0.4:
        entries = mix(rng, filler_kv(rng, max(2, n // 2)), items)
        body = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-env\n  namespace: %s\ntype: Opaque\nstringData:\n%s" % (
            name, ns, "\n".join("  %s: %s" % (i["k"], json.dumps(i["v"])) for i in entries))
    else:
        entries = mix(rng, filler_kv(rng, n), items)
        envs = []
        for i in entries:
            if i["t"] == "k8sref":
                envs.append("            - name: %s\n              valueFrom:\n                secretKeyRef:\n                  name: %s\n                  key: %s" % (i["k"], i["secret"], i["key"]))
            else:
                envs.append("            - name: %s\n              value: %s" % (i["k"], json.dumps(i["v"])))
        body = ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\n  namespace: %s\nspec:\n  replicas: %d\n  selector:\n    matchLabels:\n      app: %s\n"
                "  template:\n    metadata:\n      labels:\n        app: %s\n    spec:\n      containers:\n        - name: %s\n          image: ghcr.io/acme-corp/%s:%d.%d.%d\n"
                "          env:\n%s") % (name, ns, rng.choice([2, 3]), name, name, name, name, rng.randint(1, 3), rng.randint(0, 30), rng.randint(0, 9), "\n".join(envs))
    return body if cm is None else cm + "\n---\n" + body


def r_compose(rng, spec, n):
    items = [as_kv(i) for i in spec["items"]]
    entries = mix(rng, filler_kv(rng, n), items)
    listy = rng.random() < 0.5
    env = "\n".join(("      - %s=%s" % (i["k"], i["v"])) if listy else ("      %s: %s" % (i["k"], yq(i["v"]))) for i in entries)
    return ('services:\n  api:\n    image: ghcr.io/acme-corp/orders-api:%d.%d\n    ports:\n      - "8080:8080"\n    environment:\n%s\n    depends_on:\n      - db\n      - cache\n'
            '  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n  cache:\n    image: redis:7-alpine\nvolumes:\n  pgdata: {}') % (rng.randint(1, 3), rng.randint(0, 20), env)


def r_terraform(rng, spec, n):
    items = [as_kv(i) for i in spec["items"]]
    region = rng.choice(["eu-west-1", "us-east-1"])
    out = ['terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.0"\n    }\n  }\n}\n']
    ks = {i["k"]: i for i in items if i["t"] == "kv"}
    if "AWS_ACCESS_KEY_ID" in ks and "AWS_SECRET_ACCESS_KEY" in ks:
        out.append('provider "aws" {\n  region     = "%s"\n  access_key = "%s"\n  secret_key = "%s"\n}\n' % (region, ks["AWS_ACCESS_KEY_ID"]["v"], ks["AWS_SECRET_ACCESS_KEY"]["v"]))
        items = [i for i in items if i.get("k") not in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")]
    else:
        out.append('provider "aws" {\n  region = "%s"\n}\n' % region)
    entries = mix(rng, filler_kv(rng, max(2, n // 2)), items)
    lines = []
    for i in entries:
        k = i["k"].lower()
        if i["t"] == "block":
            lines.append("  %s = <<EOT\n%s\nEOT" % (k, i["v"]))
        elif i.get("raw"):
            lines.append("  %s = %s" % (k, i["v"]))
        else:
            lines.append('  %s = "%s"' % (k, i["v"]))
    out.append('module "app" {\n  source = "./modules/app"\n\n%s\n}' % "\n".join(lines))
    return "\n".join(out)


def r_source(rng, spec, n):
    items = [i for i in spec["items"]]
    lang = rng.choice(["python", "python", "js", "go"])
    hdr = next((i["hdr"] for i in items if i["t"] == "cmd" and i.get("hdr")), None)
    items = [as_kv(i) for i in items]
    fill = filler_kv(rng, max(2, n // 3))
    if lang == "python":
        lines = ["import os", "import requests", ""]
        for i in mix(rng, fill, items):
            if i["t"] == "block":
                lines.append('%s = """%s"""' % (i["k"], i["v"]))
            elif i.get("raw"):
                lines.append("%s = %s" % (i["k"], i["v"]))
            else:
                lines.append('%s = "%s"' % (i["k"], i["v"]))
        lines.append("")
        if hdr:
            key = next(i["k"] for i in items if i["t"] == "kv" and hdr[1].endswith(i["v"]))
            pre = hdr[1][: len(hdr[1]) - len(next(i["v"] for i in items if i["k"] == key))]
            lines += ["", "def fetch(params=None):", '    resp = requests.get("%s", headers={"%s": f"%s{%s}"}, params=params, timeout=10)' % (hdr[2], hdr[0], pre, key),
                      "    resp.raise_for_status()", "    return resp.json()"]
        else:
            lines += ["", "def get_settings():", "    return {k: v for k, v in globals().items() if k.isupper()}"]
        return "\n".join(lines)
    if lang == "js":
        def camel(k):
            p = k.lower().split("_")
            return p[0] + "".join(x.title() for x in p[1:])
        lines = ["// config.js", "'use strict';", ""]
        for i in mix(rng, fill, items):
            if i["t"] == "block":
                lines.append("const %s = `%s`;" % (camel(i["k"]), i["v"]))
            elif i.get("raw"):
                lines.append("const %s = %s;" % (camel(i["k"]), i["v"].replace('os.environ["', "process.env.").replace('os.getenv("', "process.env.").replace('"]', "").replace('", "")', ' ?? ""')))
            else:
                lines.append("const %s = '%s';" % (camel(i["k"]), i["v"]))
        lines += ["", "module.exports = { %s };" % ", ".join(camel(i["k"]) for i in items if "k" in i)]
        return "\n".join(lines)
    lines = ["package config", "", "const ("]
    for i in mix(rng, fill, items):
        k = "".join(x.title() for x in i["k"].lower().split("_"))
        if i["t"] == "block":
            lines.append("\t%s = `%s`" % (k, i["v"]))
        elif i.get("raw"):
            lines.append('\t// %s is read from the environment at startup' % k)
        else:
            lines.append('\t%s = "%s"' % (k, i["v"]))
    lines.append(")")
    return "\n".join(lines)


def _prompt(rng):
    f, l = person(rng)
    return "%s@%s:~/%s$ " % (f.lower(), rng.choice(["devbox", "build-01", "mbp", "bastion"]), rng.choice(["orders-api", "infra", "app", "deploy"]))


def r_shell(rng, spec, n):
    p = _prompt(rng)
    out = []
    pre = [["cd ~/projects/orders-api", ""], ["git status -sb", "## main...origin/main\n M config/settings.py"],
           ["ls", "Dockerfile  Makefile  README.md  config  scripts  src  tests"], ["kubectl get pods -n prod", "NAME                          READY   STATUS    RESTARTS   AGE\norders-api-7d9c6b8f9-x2lkq   1/1     Running   0          3d\norders-api-7d9c6b8f9-z8mwp   1/1     Running   1          3d"]]
    rng.shuffle(pre)
    seq = pre[:rng.randint(1, 3)]
    own = []
    for i in spec["items"]:
        if i["t"] == "kv":
            v = i["v"]
            own.append(["export %s=%s" % (i["k"], ("'%s'" % v) if re.search(r"[^A-Za-z0-9_./:@,+=%~-]", v) or v == "" else v), ""])
        elif i["t"] == "cmd":
            own.append([i["c"], rng.choice(['{"ok":true}', "HTTP/2 200", '{"count": 1284}', "Login Succeeded", '{"status":"ok","items":[]}', " count\n-------\n  1284\n(1 row)"])])
        elif i["t"] in ("block",):
            own.append(["cat %s" % i["path"], i["v"]])
        elif i["t"] == "doc":
            own.append([i["path"] if " " in i["path"] else "cat %s" % i["path"], i["v"]])
    seq = seq[:1] + own + seq[1:]
    if rng.random() < 0.5:
        seq.append(["make test", "ok  \tgithub.com/acme-corp/orders-api/internal/orders\t0.41%ds" % rng.randint(0, 9)])
    for c, o in seq:
        out.append(p + c)
        if o:
            out.append(o)
    out.append(p)
    return "\n".join(out)


def r_ci(rng, spec, n):
    t = rand_dt(rng)
    lines = []

    def add(s):
        nonlocal t
        import datetime as _d
        t = t + _d.timedelta(milliseconds=rng.randint(5, 1800))
        for l in s.split("\n"):
            lines.append(t.strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ " % (t.microsecond * 10 + rng.randint(0, 9)) + l)
    add("##[group]Run actions/checkout@v4\nwith:\n  fetch-depth: 1\n##[endgroup]")
    add("HEAD is now at %s %s" % (T.sha1hex(rng)[:7], rng.choice(COMMIT_MSGS)))
    kvs_ = [as_kv(i) for i in spec["items"] if i["t"] == "kv" or (i["t"] == "cmd" and rng.random() < 0.0)]
    cmds = [i for i in spec["items"] if i["t"] == "cmd"]
    docs = [i for i in spec["items"] if i["t"] in ("doc", "block")]
    step = rng.choice(["./scripts/deploy.sh", "make release", "npm run migrate", "./bin/smoke-test"])
    env_entries = mix(rng, filler_kv(rng, max(2, n // 2)), kvs_)
    add("##[group]Run %s\n%s\nshell: /usr/bin/bash -e {0}\nenv:\n%s\n##[endgroup]" % (step, step, "\n".join("  %s: %s" % (i["k"], i["v"]) for i in env_entries)))
    for c in cmds:
        add("+ " + c["c"])
        add(rng.choice(['{"ok":true}', "HTTP/2 200", "Login Succeeded", '{"status":"ok"}']))
    for d in docs:
        cmdline = d["path"] if " " in d["path"] else "cat " + d["path"]
        add("+ " + cmdline)
        add(d["v"])
    add(rng.choice(["Deployment complete.", "Migrations applied: 2", "Smoke tests passed (14/14)", "Release v%d.%d.%d published" % (rng.randint(1, 4), rng.randint(0, 20), rng.randint(0, 9))]))
    return "\n".join(lines)


def r_applog(rng, spec, n):
    t = rand_dt(rng)
    import datetime as _d
    out = []
    style = rng.choice(["plain", "json"])
    own = []
    for i in spec["items"]:
        if i["t"] == "cmd" and i.get("hdr"):
            own.append(("req", i))
        else:
            own.append(("kv", as_kv(i)))
    fill = filler_kv(rng, n)
    kvs_ = [i for tag, i in own if tag == "kv" and i["t"] == "kv"]
    reqs = [i for tag, i in own if tag == "req"]
    events = []
    events.append(("INFO", "starting worker pid=%d version=%d.%d.%d" % (rng.randint(100, 60000), rng.randint(1, 4), rng.randint(0, 20), rng.randint(0, 9)), None))
    if kvs_ or not reqs:
        cfg = {i["k"].lower(): i["v"] for i in mix(rng, fill, kvs_)}
        events.append(("DEBUG", "loaded configuration", cfg))
    for r in reqs:
        events.append(("DEBUG", "outbound request POST %s" % r["hdr"][2], {"headers": {r["hdr"][0]: r["hdr"][1], "Content-Type": "application/json"}}))
    events.append(("INFO", "connected to broker, consuming queue=%s" % rng.choice(["orders", "emails", "exports"]), None))
    events.append(("INFO", "processed batch size=%d duration_ms=%d" % (rng.randint(10, 500), rng.randint(20, 3000)), None))
    for lvl, msg, extra in events:
        t = t + _d.timedelta(milliseconds=rng.randint(3, 2500))
        ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
        if style == "json":
            d = {"ts": ts, "level": lvl.lower(), "msg": msg}
            if extra:
                d.update(extra if "headers" in extra else {"config": extra})
            out.append(json.dumps(d, ensure_ascii=False))
        else:
            out.append("%s %-5s [main] %s%s" % (ts, lvl, msg, (" " + repr(extra)) if extra else ""))
    return "\n".join(out)


def r_gitdiff(rng, spec, n):
    f, l = person(rng)
    comp, dom = company(rng)
    docs = [i for i in spec["items"] if i["t"] == "doc"]
    items = [as_kv(i) for i in spec["items"] if i["t"] != "doc"]
    head = "commit %s\nAuthor: %s %s <%s.%s@%s>\nDate:   %s\n\n    %s\n" % (T.sha1hex(rng), f, l, f.lower(), l.lower(), dom,
                                                                      rand_dt(rng).strftime("%a %b %d %H:%M:%S %Y +0000"),
                                                                      rng.choice(["Add staging config", "Update deploy settings", "WIP: local setup", "Configure integrations", "Add lockfile"]))
    out = [head]
    if docs:
        for d in docs:
            path = d["path"].lstrip("~/")
            lines = d["v"].split("\n")
            out.append("diff --git a/%s b/%s\nnew file mode 100644\nindex 0000000..%s\n--- /dev/null\n+++ b/%s\n@@ -0,0 +1,%d @@\n%s" % (
                path, path, rstr(rng, HEXL, 7), path, len(lines), "\n".join("+" + x for x in lines)))
    if items or not docs:
        path = rng.choice(["config/.env.staging", ".env", "deploy/app.env"])
        old = filler_kv(rng, max(3, n // 2))
        new = mix(rng, [], items)
        ctx = ["%s=%s" % (i["k"], i["v"]) for i in old]
        body = [" " + c for c in ctx[:2]] + ["+%s=%s" % (i["k"], i["v"]) if i["t"] == "kv" else "+%s=%s" % (i["k"], i["v"]) for i in new] + [" " + c for c in ctx[2:]]
        start = rng.randint(1, 20)
        out.append("diff --git a/%s b/%s\nindex %s..%s 100644\n--- a/%s\n+++ b/%s\n@@ -%d,%d +%d,%d @@\n%s" % (
            path, path, rstr(rng, HEXL, 7), rstr(rng, HEXL, 7), path, path, start, len(ctx), start, len(ctx) + len(new), "\n".join(body)))
    return "\n".join(out)


def _kv_block(rng, items, style=None):
    style = style or rng.choice(["env", "yaml"])
    lines = []
    for i in items:
        if i["t"] == "kv":
            lines.append("%s=%s" % (i["k"], i["v"]) if style == "env" else "%s: %s" % (i["k"].lower(), yq(i["v"])))
    return "\n".join(lines)


def _prose_chunks(rng, spec, n):
    """Chunks for human-written carriers (chat, email, ticket, markdown)."""
    chunks = []
    prose_items = [i for i in spec["items"] if i["t"] == "prose"]
    kv_items = [i for i in spec["items"] if i["t"] == "kv"]
    for p in prose_items:
        chunks.append(("text", p["v"]))
    if kv_items:
        fill = filler_kv(rng, max(1, n // 3))
        chunks.append(("code", _kv_block(rng, mix(rng, fill, kv_items))))
    for i in spec["items"]:
        if i["t"] == "cmd":
            chunks.append(("code", i["c"]))
        elif i["t"] == "block":
            chunks.append(("block", i["v"]))
        elif i["t"] == "doc":
            chunks.append(("block", ("$ " + i["path"] + "\n" if " " in i["path"] else "") + i["v"]))
    return chunks


INTROS = ["Here's the config for the {env} deploy:", "Pasting what I have locally:", "Relevant part of the settings:",
          "This is what the service is running with right now:", "Config below, let me know if something looks off:",
          "For reference, the {env} settings:", "Copying the snippet from the runbook:", "Here is the output:"]


def r_chat(rng, spec, n):
    users = ["%s.%s" % (f.lower(), l.lower()) for f, l in (person(rng) for _ in range(3))]
    t = rand_dt(rng)
    import datetime as _d
    msgs = [(rng.choice(users), m) for m in rng.sample(CHAT_FILLER, rng.randint(2, 6))]
    me = rng.choice(users)
    own = []
    for kind, c in _prose_chunks(rng, spec, n):
        if kind == "text":
            own.append((me, c))
        else:
            own.append((me, rng.choice(INTROS).format(env=rng.choice(ENVS)) + "\n```\n" + c + "\n```"))
    pos = rng.randint(0, len(msgs))
    msgs = msgs[:pos] + own + msgs[pos:]
    if rng.random() < 0.5:
        msgs.append((rng.choice(users), rng.choice(["thanks!", "got it", "works now", "ok will try"])))
    out = ["#%s" % rng.choice(["eng-platform", "ops", "deploys", "backend", "integrations"])]
    for u, m in msgs:
        t = t + _d.timedelta(minutes=rng.randint(0, 7))
        first, *rest = m.split("\n")
        out.append("[%s] %s: %s" % (t.strftime("%H:%M"), u, first))
        out.extend(rest)
    return "\n".join(out)


def r_email(rng, spec, n):
    f1, l1 = person(rng)
    f2, l2 = person(rng)
    comp, dom = company(rng)
    body = []
    for kind, c in _prose_chunks(rng, spec, n):
        if kind == "text":
            body.append(c)
        else:
            body.append(rng.choice(INTROS).format(env=rng.choice(ENVS)) + "\n\n" + indent(c, "    ") if kind == "code" and rng.random() < 0.4 else
                        rng.choice(INTROS).format(env=rng.choice(ENVS)) + "\n\n" + c)
    subj = rng.choice(["Staging access", "Integration settings", "Re: deploy config", "Setup for the new environment", "Fwd: credentials for vendor sandbox", "Config review"])
    return ("From: %s %s <%s.%s@%s>\nTo: %s %s <%s.%s@%s>\nDate: %s\nSubject: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\n\nHi %s,\n\n%s\n\n%s\n%s"
            % (f1, l1, f1.lower(), l1.lower(), dom, f2, l2, f2.lower(), l2.lower(), dom, rand_dt(rng).strftime("%a, %d %b %Y %H:%M:%S +0000"),
               subj, f2, "\n\n".join(body), rng.choice(["Thanks,", "Best,", "Cheers,"]), f1))


def r_ticket(rng, spec, n):
    f, l = person(rng)
    af, al = person(rng)
    comp, dom = company(rng)
    body = []
    for kind, c in _prose_chunks(rng, spec, n):
        body.append(c if kind == "text" else rng.choice(INTROS).format(env=rng.choice(ENVS)) + "\n```\n" + c + "\n```")
    return ("Ticket #%d: %s\nStatus: Open   Priority: %s\nRequester: %s %s (%s)\nAssignee: %s %s\n\nDescription:\n%s\n\n%s\n\n--- %s %s (Support) ---\n%s"
            % (rng.randint(10000, 99999), rng.choice(["Webhook deliveries failing", "Integration returns 401", "Deploy fails on startup", "Help with SDK setup", "Cannot connect to database"]),
               rng.choice(["P2", "P3"]), f, l, comp, af, al,
               rng.choice(["Since yesterday our integration fails with an authentication error.", "The service won't start after the last deploy.",
                           "We followed the setup guide but the connection keeps timing out.", "Requests from our backend are rejected."]),
               "\n\n".join(body), af, al, rng.choice(["Thanks, we're looking into it.", "Could you confirm which environment this is?", "I've escalated this to engineering."])))


def r_markdown(rng, spec, n):
    title = rng.choice(["Local development setup", "Deploying the orders service", "Integration guide", "Runbook: rotating the worker", "README"])
    parts = ["# %s" % title, "", rng.choice(["This page describes how to run the service locally and in staging.",
                                             "Follow these steps to configure the service.", "Internal notes for the platform team."]), ""]
    for kind, c in _prose_chunks(rng, spec, n):
        if kind == "text":
            parts += [c, ""]
        else:
            parts += ["## %s" % rng.choice(["Configuration", "Usage", "Setup", "Example"]), "", "```" + rng.choice(["bash", "", "ini", "yaml"]), c, "```", ""]
    parts += ["## Troubleshooting", "", "If the service fails to start, check the logs with `make logs` and confirm the database is reachable."]
    return "\n".join(parts)


def r_api(rng, spec, n):
    d = {"id": rng.randint(1000, 99999), "object": rng.choice(["integration", "environment", "app_config"]),
         "name": rng.choice(["billing-sync", "orders-api", "notifier", "crm-export"]), "environment": rng.choice(ENVS),
         "updated_at": rand_dt(rng).strftime("%Y-%m-%dT%H:%M:%SZ")}
    kvs_ = [as_kv(i) for i in spec["items"] if i["t"] in ("kv", "block") or (i["t"] == "cmd" and not i.get("hdr"))]
    settings = {}
    for i in mix(rng, filler_kv(rng, max(2, n // 2)), kvs_):
        settings[i["k"].lower()] = _jval(i["v"]) if i["t"] == "kv" else i["v"]
    d["settings"] = settings
    for i in spec["items"]:
        if i["t"] == "cmd" and i.get("hdr"):
            d["last_request"] = {"method": "POST", "url": i["hdr"][2], "headers": {i["hdr"][0]: i["hdr"][1]}, "status": rng.choice([200, 201, 401])}
        if i["t"] == "doc":
            d["attachment"] = json.loads(i["v"]) if i["json"] else i["v"]
    return json.dumps({"data": d}, indent=2, ensure_ascii=False)


def r_sql(rng, spec, n):
    items = [as_kv(i) for i in spec["items"]]
    entries = mix(rng, filler_kv(rng, n), items)
    rows = []
    for i in entries:
        rows.append([str(rng.randint(10, 999)), i["k"].lower(), i["v"], rand_dt(rng).strftime("%Y-%m-%d %H:%M:%S")])
    cols = ["id", "key", "value", "updated_at"]
    q = "SELECT id, `key`, value, updated_at FROM app_settings WHERE service = '%s'" % rng.choice(["orders", "billing", "notifier"])
    if max(len(r[2]) for r in rows) > 90:
        out = ["mysql> " + q + "\\G"]
        for j, r in enumerate(rows):
            out.append("*" * 27 + " %d. row " % (j + 1) + "*" * 27)
            out += ["%10s: %s" % (c, v) for c, v in zip(cols, r)]
        out.append("%d rows in set (0.00 sec)" % len(rows))
        return "\n".join(out)
    w = [max(len(c), *(len(r[j]) for r in rows)) for j, c in enumerate(cols)]
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = ["mysql> " + q + ";", sep,
           "| " + " | ".join(c.ljust(w[j]) for j, c in enumerate(cols)) + " |", sep]
    for r in rows:
        out.append("| " + " | ".join(v.ljust(w[j]) for j, v in enumerate(r)) + " |")
    out += [sep, "%d rows in set (0.00 sec)" % len(rows)]
    return "\n".join(out)


RENDER = {"env_file": r_env, "yaml_config": r_yaml, "json_config": r_json, "toml_ini": r_toml, "k8s_manifest": r_k8s,
          "docker_compose": r_compose, "terraform": r_terraform, "source_code": r_source, "shell_session": r_shell,
          "ci_log": r_ci, "app_log": r_applog, "git_diff": r_gitdiff, "chat_log": r_chat, "email": r_email,
          "support_ticket": r_ticket, "markdown_doc": r_markdown, "api_json": r_api, "sql_result": r_sql}
assert set(RENDER) == set(FORMATS)


def fix_labels(text, labels):
    """A value stored inside a JSON string appears JSON-escaped; label the exact substring."""
    out = []
    for v in labels:
        if v in text:
            out.append(v)
            continue
        e = json.dumps(v)[1:-1]
        if e in text:
            out.append(e)
            continue
        raise AssertionError("label not found in text: %r" % v[:40])
    return out


def build(seed, n_secret=130, n_clean=110):
    rng = random.Random(seed)
    specs = []
    for i in range(n_secret):
        specs.append(("secret", SECRET_ORDER[i % len(SECRET_ORDER)]))
    for i in range(n_clean):
        specs.append(("clean", CLEAN_ORDER[i % len(CLEAN_ORDER)]))
    # format balancing inside each label, most constrained first
    cnt_lab, cnt_kind = Counter(), Counter()

    def comp_of(lab, kind):
        return (SECRET_KINDS if lab == "secret" else CLEAN_KINDS)[kind][0]
    order = sorted(range(len(specs)), key=lambda i: (len(comp_of(*specs[i])), rng.random()))
    fmt_of = {}
    for i in order:
        lab, kind = specs[i]
        f = min(comp_of(lab, kind), key=lambda x: (cnt_lab[(lab, x)], cnt_kind[(kind, x)], rng.random()))
        fmt_of[i] = f
        cnt_lab[(lab, f)] += 1
        cnt_kind[(kind, f)] += 1
    rows = []
    for i, (lab, kind) in enumerate(specs):
        fmt = fmt_of[i]
        make = (SECRET_KINDS if lab == "secret" else CLEAN_KINDS)[kind][1]
        spec = make(rng, fmt)
        if rng.random() < 0.5 and fmt not in PROSE_FORMATS:
            spec["items"] = spec["items"] + lookalike_items(rng)
        tgt = target_len(rng)
        text = None
        for nfill in range(2, 16):
            t = RENDER[fmt](rng, spec, nfill)
            if len(t) > 3000:
                break
            text = t
            if len(t) >= tgt * 0.8:
                break
        if text is None:
            text = RENDER[fmt](rng, spec, 1)
        labels = fix_labels(text, spec["labels"])
        rows.append({"format": fmt, "label": lab, "category": kind, "text": text, "secrets": labels})
    rng.shuffle(rows)
    for i, r in enumerate(rows):
        r["id"] = "sec-%04d" % (i + 1)
    return rows
