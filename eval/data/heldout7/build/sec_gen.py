"""Synthetic secrets and look-alikes. Every value is random (fixed seed) in the
documented shape of its kind; none is a real credential."""
import base64
import json
import string

from common import rs, ALNUM, HEX, B64, B64URL, UPPER_ALNUM, uuid4, sha1, SERVICES

LOWER_ALNUM = string.ascii_lowercase + string.digits
B32 = string.ascii_uppercase + "234567"


def _b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def _pem(label, prefix, nchars, rng, width=64):
    body = prefix + rs(rng, B64, nchars - len(prefix))
    body = body[: (len(body) // 4) * 4]
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def _pw(rng):
    return rs(rng, ALNUM, rng.randint(6, 9)) + rng.choice("!#%*-_.") + rs(rng, ALNUM, rng.randint(5, 9)) + rng.choice("!#%*-_.") + rs(rng, string.digits, 2)


ENVS = ["staging", "production", "the demo tenant", "the EU cluster", "CI", "the nightly job"]


# each generator returns dict(kind, pairs=[(NAME, value, listed_bool)], desc)
def g_aws(r):
    kid = "AKIA" + rs(r, B32, 16)
    sec = rs(r, ALNUM + "/+", 40)
    return dict(kind="aws_access_key", desc="AWS key pair", pairs=[("AWS_ACCESS_KEY_ID", kid, True), ("AWS_SECRET_ACCESS_KEY", sec, True)])


def g_ghp(r):
    return dict(kind="github_token", desc="GitHub personal access token", pairs=[("GITHUB_TOKEN", "ghp_" + rs(r, ALNUM, 36), True)])


def g_ghfg(r):
    return dict(kind="github_token", desc="GitHub fine-grained token",
                pairs=[("GH_PAT", "github_pat_11" + rs(r, UPPER_ALNUM, 20) + "_" + rs(r, ALNUM, 59), True)])


def g_gho(r):
    return dict(kind="github_token", desc="GitHub OAuth token", pairs=[("GH_OAUTH_TOKEN", "gho_" + rs(r, ALNUM, 36), True)])


def g_gitlab(r):
    return dict(kind="gitlab_token", desc="GitLab access token", pairs=[("GITLAB_TOKEN", "glpat-" + rs(r, ALNUM + "-_", 20), True)])


def g_slack_bot(r):
    v = "xoxb-%s-%s-%s" % (rs(r, string.digits, 12), rs(r, string.digits, 13), rs(r, ALNUM, 24))
    return dict(kind="slack_token", desc="Slack bot token", pairs=[("SLACK_BOT_TOKEN", v, True)])


def g_slack_hook(r):
    v = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UPPER_ALNUM, 8), rs(r, UPPER_ALNUM, 10), rs(r, ALNUM, 24))
    return dict(kind="webhook_url", desc="Slack incoming webhook", pairs=[("SLACK_WEBHOOK_URL", v, True)])


def g_discord(r):
    v = "https://discord.com/api/webhooks/%s/%s" % (rs(r, string.digits, 19), rs(r, ALNUM + "-_", 68))
    return dict(kind="webhook_url", desc="Discord webhook", pairs=[("DISCORD_WEBHOOK", v, True)])


def g_stripe(r):
    p = r.choice(["sk_live_", "rk_live_"])
    return dict(kind="stripe_secret_key", desc="Stripe secret key", pairs=[("STRIPE_SECRET_KEY", p + "51" + rs(r, ALNUM, 97), True)])


def g_openai(r):
    v = "sk-proj-" + rs(r, ALNUM + "-_", 74) + "T3BlbkFJ" + rs(r, ALNUM + "-_", 74)
    return dict(kind="llm_api_key", desc="OpenAI project key", pairs=[("OPENAI_API_KEY", v, True)])


def g_anthropic(r):
    v = "sk-ant-api03-" + rs(r, ALNUM + "-_", 93) + "AA"
    return dict(kind="llm_api_key", desc="Anthropic API key", pairs=[("ANTHROPIC_API_KEY", v, True)])


def g_google(r):
    return dict(kind="google_api_key", desc="Google API key", pairs=[("GOOGLE_API_KEY", "AIza" + rs(r, ALNUM + "-_", 35), True)])


def g_twilio(r):
    return dict(kind="twilio_auth_token", desc="Twilio credentials",
                pairs=[("TWILIO_ACCOUNT_SID", "AC" + rs(r, HEX, 32), False), ("TWILIO_AUTH_TOKEN", rs(r, HEX, 32), True)])


def g_sendgrid(r):
    return dict(kind="sendgrid_key", desc="SendGrid API key", pairs=[("SENDGRID_API_KEY", "SG." + rs(r, ALNUM + "-_", 22) + "." + rs(r, ALNUM + "-_", 43), True)])


def g_npm(r):
    return dict(kind="package_registry_token", desc="npm automation token", pairs=[("NPM_TOKEN", "npm_" + rs(r, ALNUM, 36), True)])


def g_pypi(r):
    return dict(kind="package_registry_token", desc="PyPI upload token", pairs=[("PYPI_TOKEN", "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 150), True)])


def g_jwt(r):
    hdr = _b64url_json({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"})
    pl = _b64url_json({"sub": "user_%d" % r.randint(1000, 99999), "scope": r.choice(["orders:write", "admin", "read write"]),
                       "iat": 1714000000 + r.randint(0, 9000000), "exp": 1730000000 + r.randint(0, 9000000)})
    v = "%s.%s.%s" % (hdr, pl, rs(r, B64URL, 43))
    return dict(kind="jwt", desc="session bearer token", pairs=[("AUTH_TOKEN", v, True)])


def g_rsa(r):
    return dict(kind="private_key", desc="deploy private key", block=True,
                pairs=[("DEPLOY_PRIVATE_KEY", _pem("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", r.choice([1180, 1596]), r), True)])


def g_ec(r):
    return dict(kind="private_key", desc="signing key", block=True,
                pairs=[("SIGNING_KEY", _pem("EC PRIVATE KEY", "MHcCAQEEI" + rs(r, B64, 3), 164, r), True)])


def g_openssh(r):
    return dict(kind="private_key", desc="SSH private key", block=True,
                pairs=[("SSH_KEY", _pem("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 400, r, 70), True)])


def g_pkcs8(r):
    return dict(kind="private_key", desc="service account private key", block=True,
                pairs=[("SA_PRIVATE_KEY", _pem("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 1216, r), True)])


def g_dburl(r):
    user = r.choice(["app", "svc_reports", "admin", "etl_user", "django"])
    pw = _pw(r)
    host = r.choice(["db-prod-1.internal", "pg.%s.svc.cluster.local" % r.choice(SERVICES), "mysql-02.corp.lan",
                     "cluster0.%s.mongodb.net" % rs(r, LOWER_ALNUM, 5)])
    if "mongodb" in host:
        v = "mongodb+srv://%s:%s@%s/%s?retryWrites=true" % (user, pw, host, r.choice(["orders", "events"]))
    elif "mysql" in host:
        v = "mysql://%s:%s@%s:3306/%s" % (user, pw, host, r.choice(["shop", "crm"]))
    else:
        v = "postgresql://%s:%s@%s:5432/%s" % (user, pw, host, r.choice(["app", "analytics", "billing"]))
    return dict(kind="database_url", desc="database connection string", pairs=[("DATABASE_URL", v, True)])


def g_redis(r):
    v = "redis://:%s@cache-%d.internal:6379/0" % (rs(r, ALNUM, 32), r.randint(1, 9))
    return dict(kind="database_url", desc="Redis URL", pairs=[("REDIS_URL", v, True)])


def g_password(r):
    name = r.choice(["DB_PASSWORD", "SMTP_PASSWORD", "ADMIN_PASSWORD", "LDAP_BIND_PASSWORD", "RABBITMQ_PASS"])
    return dict(kind="password", desc=name.lower().replace("_", " "), pairs=[(name, _pw(r), True)])


def g_gocspx(r):
    return dict(kind="oauth_client_secret", desc="Google OAuth client secret",
                pairs=[("GOOGLE_CLIENT_ID", "%s-%s.apps.googleusercontent.com" % (rs(r, string.digits, 12), rs(r, LOWER_ALNUM, 32)), False),
                       ("GOOGLE_CLIENT_SECRET", "GOCSPX-" + rs(r, ALNUM + "-_", 28), True)])


def g_azure_secret(r):
    v = rs(r, ALNUM, 3) + r.choice(string.digits) + "Q~" + rs(r, ALNUM + "_~.-", 34)
    return dict(kind="oauth_client_secret", desc="Azure AD client secret", pairs=[("AZURE_CLIENT_SECRET", v, True)])


def g_azure_storage(r):
    key = rs(r, B64, 86) + "=="
    acct = "st%s%d" % (r.choice(["reports", "media", "backup"]), r.randint(10, 99))
    v = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key)
    return dict(kind="azure_storage_key", desc="storage connection string", pairs=[("AZURE_STORAGE_CONNECTION_STRING", v, True)])


def g_generic(r):
    name = r.choice(["api_key", "secret_key", "client_secret", "signing_secret", "encryption_key", "x_api_key", "hmac_secret"])
    v = r.choice([rs(r, HEX, 64), rs(r, ALNUM, 40), rs(r, B64, 43) + "="])
    return dict(kind="generic_high_entropy", desc=name.replace("_", " "), pairs=[(name.upper(), v, True)])


def g_telegram(r):
    return dict(kind="bot_token", desc="Telegram bot token", pairs=[("TELEGRAM_BOT_TOKEN", "%s:AA%s" % (rs(r, string.digits, 10), rs(r, ALNUM + "-_", 33)), True)])


def g_hf(r):
    return dict(kind="ml_platform_token", desc="Hugging Face token", pairs=[("HF_TOKEN", "hf_" + rs(r, string.ascii_letters, 34), True)])


def g_do(r):
    return dict(kind="cloud_token", desc="DigitalOcean token", pairs=[("DIGITALOCEAN_TOKEN", "dop_v1_" + rs(r, HEX, 64), True)])


def g_shopify(r):
    return dict(kind="saas_token", desc="Shopify admin token", pairs=[("SHOPIFY_ACCESS_TOKEN", "shpat_" + rs(r, HEX, 32), True)])


def g_vault(r):
    return dict(kind="cloud_token", desc="Vault token", pairs=[("VAULT_TOKEN", "hvs." + rs(r, ALNUM + "-_", 90), True)])


def g_mailgun(r):
    return dict(kind="saas_token", desc="Mailgun API key", pairs=[("MAILGUN_API_KEY", "key-" + rs(r, HEX, 32), True)])


def g_datadog(r):
    return dict(kind="saas_token", desc="Datadog API key", pairs=[("DD_API_KEY", rs(r, HEX, 32), True)])


def g_basicauth(r):
    v = "https://%s:%s@%s/" % (r.choice(["deploy", "ci-bot", "jenkins"]), _pw(r), r.choice(["artifacts.corp.lan", "registry.internal:5000", "nexus.build.lan"]))
    return dict(kind="url_with_credentials", desc="artifact repository URL", pairs=[("ARTIFACT_REPO_URL", v, True)])


def g_postman(r):
    return dict(kind="saas_token", desc="Postman API key", pairs=[("POSTMAN_API_KEY", "PMAK-%s-%s" % (rs(r, HEX, 24), rs(r, HEX, 34)), True)])


def g_linear(r):
    return dict(kind="saas_token", desc="Linear API key", pairs=[("LINEAR_API_KEY", "lin_api_" + rs(r, ALNUM, 40), True)])


SECRET_GENS = [g_aws, g_ghp, g_ghfg, g_gho, g_gitlab, g_slack_bot, g_slack_hook, g_discord, g_stripe, g_openai, g_anthropic,
               g_google, g_twilio, g_sendgrid, g_npm, g_pypi, g_jwt, g_rsa, g_ec, g_openssh, g_pkcs8, g_dburl, g_redis,
               g_password, g_gocspx, g_azure_secret, g_azure_storage, g_generic, g_telegram, g_hf, g_do, g_shopify, g_vault,
               g_mailgun, g_datadog, g_basicauth, g_postman, g_linear]


# ---------------------------------------------------------------- clean look-alikes
def c_sha256(r):
    return dict(kind="hash_digest", desc="SHA-256 checksum of the release tarball", pairs=[("RELEASE_SHA256", rs(r, HEX, 64), False)])


def c_sha1(r):
    return dict(kind="commit_id", desc="deployed commit", pairs=[("GIT_COMMIT", sha1(r), False)])


def c_sha512(r):
    return dict(kind="integrity_hash", desc="package integrity", pairs=[("INTEGRITY", "sha512-" + rs(r, B64, 86) + "==", False)])


def c_md5(r):
    return dict(kind="hash_digest", desc="ETag of the uploaded object", pairs=[("ETAG", '"%s"' % rs(r, HEX, 32), False)])


def c_uuid(r):
    return dict(kind="uuid", desc="request id", pairs=[("REQUEST_ID", uuid4(r), False)])


def c_gha(r):
    n = r.choice(["DEPLOY_TOKEN", "NPM_TOKEN", "AWS_SECRET_ACCESS_KEY", "STRIPE_SECRET_KEY"])
    return dict(kind="secret_reference", desc="CI secret reference", pairs=[(n, "${{ secrets.%s }}" % n, False)])


def c_vault(r):
    return dict(kind="secret_reference", desc="Vault reference",
                pairs=[("DB_PASSWORD", "vault:secret/data/%s/db#password" % r.choice(SERVICES), False)])


def c_arn(r):
    v = "arn:aws:secretsmanager:%s:%s:secret:prod/%s-%s" % (r.choice(["us-east-1", "eu-west-1"]), rs(r, string.digits, 12),
                                                            r.choice(SERVICES), rs(r, ALNUM, 6))
    return dict(kind="secret_reference", desc="Secrets Manager ARN", pairs=[("DB_SECRET_ARN", v, False)])


def c_envref(r):
    n = r.choice(["OPENAI_API_KEY", "DATABASE_URL", "SLACK_BOT_TOKEN", "API_KEY"])
    v = r.choice(["${%s}" % n, "$%s" % n, 'os.environ["%s"]' % n, "process.env.%s" % n, "%%(%s)s" % n])
    return dict(kind="env_reference", desc="value read from the environment", pairs=[(n, v, False)])


def c_pubkey(r):
    return dict(kind="public_key", desc="public key for signature verification", block=True,
                pairs=[("JWT_PUBLIC_KEY", _pem("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 392, r), False)])


def c_cert(r):
    return dict(kind="certificate", desc="CA certificate", block=True,
                pairs=[("CA_CERT", _pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU", r.choice([600, 900]), r), False)])


def c_sshpub(r):
    v = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (rs(r, B64, 43), r.choice(["dana", "deploy", "ci"]), r.choice(["laptop", "build-01"]))
    return dict(kind="public_key", desc="SSH public key", pairs=[("AUTHORIZED_KEY", v, False)])


def c_pk(r):
    return dict(kind="publishable_key", desc="Stripe publishable key", pairs=[("STRIPE_PUBLISHABLE_KEY", "pk_live_51" + rs(r, ALNUM, 97), False)])


def c_recaptcha(r):
    return dict(kind="publishable_key", desc="reCAPTCHA site key", pairs=[("RECAPTCHA_SITE_KEY", "6L" + rs(r, ALNUM + "-_", 38), False)])


def c_placeholder(r):
    n, v = r.choice([("OPENAI_API_KEY", "<your-api-key>"), ("STRIPE_SECRET_KEY", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"),
                     ("DB_PASSWORD", "changeme"), ("GITHUB_TOKEN", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"),
                     ("AWS_ACCESS_KEY_ID", "AKIAXXXXXXXXXXXXXXXX"), ("API_KEY", "REPLACE_ME"), ("SLACK_BOT_TOKEN", "xoxb-your-token-here"),
                     ("ADMIN_PASSWORD", "********"), ("DATABASE_URL", "postgresql://USER:PASSWORD@HOST:5432/DBNAME"),
                     ("SECRET_KEY", "your-secret-key-goes-here"), ("TWILIO_AUTH_TOKEN", "[redacted]")])
    return dict(kind="placeholder", desc="example value from the docs", pairs=[(n, v, False)])


def c_masked(r):
    n, v = r.choice([("OPENAI_API_KEY", "sk-****" + rs(r, ALNUM, 4)), ("STRIPE_SECRET_KEY", "sk_live_••••••••" + rs(r, ALNUM, 4)),
                     ("GITHUB_TOKEN", "ghp_" + "*" * 32 + rs(r, ALNUM, 4)), ("AWS_ACCESS_KEY_ID", "AKIA************" + rs(r, B32, 4)),
                     ("DB_PASSWORD", "***")])
    return dict(kind="masked_value", desc="masked value shown in the console", pairs=[(n, v, False)])


def c_b64data(r):
    data = json.dumps({"theme": r.choice(["dark", "light"]), "page_size": r.choice([20, 50]), "beta": r.choice([True, False])})
    return dict(kind="base64_data", desc="encoded UI preferences", pairs=[("UI_PREFS_B64", base64.b64encode(data.encode()).decode(), False)])


def c_buildid(r):
    v = r.choice(["%d.%d.%d+build.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 99), r.randint(1000, 99999)),
                  "ci-%s-%d" % (rs(r, HEX, 8), r.randint(100, 9999)), "%s" % rs(r, string.digits, 10)])
    return dict(kind="build_id", desc="build id", pairs=[("BUILD_ID", v, False)])


def c_nonce(r):
    return dict(kind="nonce", desc="CSP nonce in the page header", pairs=[("CSP_NONCE", rs(r, B64, 22) + "==", False)])


def c_docker(r):
    return dict(kind="image_digest", desc="pinned image", pairs=[("IMAGE", "registry.internal/%s@sha256:%s" % (r.choice(SERVICES), rs(r, HEX, 64)), False)])


def c_lfs(r):
    return dict(kind="hash_digest", desc="Git LFS pointer oid", pairs=[("LFS_OID", "sha256:" + rs(r, HEX, 64), False)])


def c_dburl_nopw(r):
    v = r.choice(["postgresql://app@db-prod-1.internal:5432/app", "mysql://readonly@mysql-02.corp.lan:3306/shop",
                  "postgresql://%s:${DB_PASSWORD}@pg.internal:5432/app" % r.choice(["app", "etl"]),
                  "redis://cache-1.internal:6379/0"])
    return dict(kind="database_url_no_password", desc="database URL", pairs=[("DATABASE_URL", v, False)])


def c_googleclientid(r):
    return dict(kind="oauth_client_id", desc="OAuth client id (public)",
                pairs=[("GOOGLE_CLIENT_ID", "%s-%s.apps.googleusercontent.com" % (rs(r, string.digits, 12), rs(r, LOWER_ALNUM, 32)), False)])


def c_mapbox(r):
    v = "pk.eyJ1Ijoi%s.%s" % (rs(r, ALNUM, 30), rs(r, ALNUM + "-_", 22))
    return dict(kind="publishable_key", desc="Mapbox public token", pairs=[("MAPBOX_PUBLIC_TOKEN", v, False)])


CLEAN_GENS = [c_sha256, c_sha1, c_sha512, c_md5, c_uuid, c_gha, c_vault, c_arn, c_envref, c_pubkey, c_cert, c_sshpub, c_pk,
              c_recaptcha, c_placeholder, c_masked, c_b64data, c_buildid, c_nonce, c_docker, c_lfs, c_dburl_nopw,
              c_googleclientid, c_mapbox]


# ---------------------------------------------------------------- rendering by carrier family
def render(item, fmt, r):
    """Render one generated item as text natural for the carrier."""
    env = r.choice(ENVS)
    lines = []
    for name, value, _ in item["pairs"]:
        low = name.lower()
        block = "\n" in value
        if fmt in ("yaml",):
            lines.append("%s: %s" % (low, value if not block else "|\n" + "\n".join("  " + x for x in value.split("\n"))))
        elif fmt == "k8s":
            lines.append('%s: "%s"' % (name, value) if not block else "%s: |\n%s" % (name, "\n".join("  " + x for x in value.split("\n"))))
        elif fmt == "env":
            lines.append('%s="%s"' % (name, value) if block or r.random() < 0.3 else "%s=%s" % (name, value))
        elif fmt == "toml":
            lines.append('%s = """%s"""' % (low, value) if block else '%s = "%s"' % (low, value))
        elif fmt == "ini":
            lines.append("%s = %s" % (low, value))
        elif fmt in ("markdown", "pr_review", "file_listing", "git_log"):
            style = r.random()
            if block:
                lines.append(value)
            elif style < 0.4:
                lines.append('export %s="%s"' % (name, value))
            elif style < 0.7:
                lines.append('%s = "%s"' % (low, value))
            else:
                lines.append("%s: %s" % (name, value))
        elif fmt in ("log", "jsonlog", "ci_log"):
            lines.append(r.choice(["loaded setting %s=%s", "env %s=%s", "config: %s -> %s"]) % (name, value))
        elif fmt in ("sql", "csv", "spreadsheet", "api_json"):
            lines.append("%s=%s" % (name, value))
        else:  # prose carriers
            if block:
                lines.append("%s for %s:\n%s" % (item["desc"].capitalize(), env, value))
            else:
                d = item["desc"] if len(item["pairs"]) == 1 else name
                lines.append(r.choice(["%s for %s: %s", "The %s for %s is %s", "Use this %s on %s: %s", "%s (%s) = %s"])
                             % (d, env, value))
    sep = "\n" if fmt not in ("sql", "csv", "spreadsheet") else "; "
    return sep.join(lines)
