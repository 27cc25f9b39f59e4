"""Vendor-shaped credential generators.  Every function takes (d, r): a DRBG for the secret bodies
and a random.Random for names/context.  Returns dict(cat, pairs=[(NAME, value, is_secret)], where)."""
import base64
import json
import zlib
from .common import ALNUM, B64, B64URL, BASE32, DIGITS, HEX, LOWER, UPPER, base62


def gh_token(d, prefix):
    body = d.string(ALNUM, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(d, header, payload, siglen=32):
    return b64u(json.dumps(header, separators=(",", ":")).encode()) + "." + b64u(json.dumps(payload, separators=(",", ":")).encode()) + "." + b64u(d.bytes(siglen))


def password(d, n=None):
    n = n or 14 + d.randbelow(10)
    chars = UPPER + LOWER + DIGITS + "!#%*+-_.~@"
    while True:
        p = d.string(chars, n)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
            return p


def V(cat, *pairs, where=None):
    return dict(cat=cat, pairs=list(pairs), where=where)


# ----------------------------------------------------------------------------- vendors
def aws(d, r):
    kid = r.choice(["AKIA", "AKIA", "ASIA"]) + d.string(UPPER + "234567", 16)
    sec = d.string(B64[:-2] + "/+", 40)
    pairs = [("AWS_ACCESS_KEY_ID", kid, True), ("AWS_SECRET_ACCESS_KEY", sec, True)]
    if kid.startswith("ASIA"):
        pairs.append(("AWS_SESSION_TOKEN", "IQoJb3JpZ2luX2VjE" + d.string(B64, 380 + d.randbelow(60)), True))
    pairs.append(("AWS_DEFAULT_REGION", r.choice(["eu-west-1", "us-east-1", "ap-southeast-2"]), False))
    return V("aws", *pairs)


def github(d, r):
    kind = r.choice(["ghp_", "gho_", "ghs_", "ghu_", "ghr_", "fine"])
    tok = ("github_pat_11" + d.string(UPPER + DIGITS, 20) + "_" + d.string(ALNUM, 59)) if kind == "fine" else gh_token(d, kind)
    return V("github", (r.choice(["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT", "RELEASE_TOKEN"]), tok, True))


def gitlab(d, r):
    kind = r.choice(["glpat-", "glpat-", "gldt-", "glrt-", "glptt-"])
    tok = kind + (d.string(HEX, 40) if kind == "glptt-" else d.string(ALNUM + "_-", 20))
    return V("gitlab", (r.choice(["GITLAB_TOKEN", "CI_PUSH_TOKEN", "GL_TOKEN"]), tok, True))


def slack(d, r):
    k = r.choice(["bot", "user", "hook", "app"])
    if k == "bot":
        v = f"xoxb-{d.string(DIGITS, 12)}-{d.string(DIGITS, 13)}-{d.string(ALNUM, 24)}"
        n = "SLACK_BOT_TOKEN"
    elif k == "user":
        v = f"xoxp-{d.string(DIGITS, 12)}-{d.string(DIGITS, 12)}-{d.string(DIGITS, 13)}-{d.string(HEX, 32)}"
        n = "SLACK_USER_TOKEN"
    elif k == "app":
        v = f"xapp-1-A{d.string(UPPER + DIGITS, 10)}-{d.string(DIGITS, 13)}-{d.string(HEX, 64)}"
        n = "SLACK_APP_TOKEN"
    else:
        v = f"https://hooks.slack.com/services/T{d.string(UPPER + DIGITS, 10)}/B{d.string(UPPER + DIGITS, 10)}/{d.string(ALNUM, 24)}"
        n = "SLACK_WEBHOOK_URL"
    return V("slack", (n, v, True))


def stripe(d, r):
    k = r.choice(["sk", "sk", "rk", "whsec"])
    if k == "whsec":
        return V("stripe", ("STRIPE_WEBHOOK_SECRET", "whsec_" + d.string(ALNUM, 32), True))
    return V("stripe", ("STRIPE_SECRET_KEY" if k == "sk" else "STRIPE_RESTRICTED_KEY", f"{k}_live_51" + d.string(ALNUM, 97), True))


def openai(d, r):
    k = r.choice(["proj", "proj", "svc", "legacy"])
    if k == "legacy":
        v = "sk-" + d.string(ALNUM, 20) + "T3BlbkFJ" + d.string(ALNUM, 20)
    else:
        pre = "sk-proj-" if k == "proj" else "sk-svcacct-"
        v = pre + d.string(ALNUM + "_-", 74) + "T3BlbkFJ" + d.string(ALNUM + "_-", 74)
    return V("openai", ("OPENAI_API_KEY", v, True))


def anthropic(d, r):
    return V("anthropic", ("ANTHROPIC_API_KEY", "sk-ant-api03-" + d.string(ALNUM + "_-", 93) + "AA", True))


def huggingface(d, r):
    return V("huggingface", (r.choice(["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"]), "hf_" + d.string(UPPER + LOWER, 34), True))


def npm(d, r):
    return V("npm", ("NPM_TOKEN", gh_token(d, "npm_"), True))


def pypi(d, r):
    mac = b"\x01\x08pypi.org\x02" + d.bytes(16) + b"\x00\x02*[1,[\"" + d.string(LOWER, 8).encode() + b"\"]]\x00\x06 " + d.bytes(70)
    return V("pypi", ("TWINE_PASSWORD", "pypi-AgEIcHlwaS5vcmc" + b64u(mac), True))


def twilio(d, r):
    return V("twilio", ("TWILIO_ACCOUNT_SID", "AC" + d.string(HEX, 32), False), ("TWILIO_AUTH_TOKEN", d.string(HEX, 32), True))


def sendgrid(d, r):
    return V("sendgrid", ("SENDGRID_API_KEY", "SG." + d.string(ALNUM + "_-", 22) + "." + d.string(ALNUM + "_-", 43), True))


def mailgun(d, r):
    return V("mailgun", ("MAILGUN_API_KEY", "key-" + d.string(HEX, 32), True), ("MAILGUN_DOMAIN", "mg." + r.choice(["tidewellmarine.com", "parafin.app"]), False))


def shopify(d, r):
    k = r.choice(["shpat_", "shpss_", "shpca_"])
    return V("shopify", ({"shpat_": "SHOPIFY_ADMIN_TOKEN", "shpss_": "SHOPIFY_SHARED_SECRET", "shpca_": "SHOPIFY_CUSTOM_APP_TOKEN"}[k], k + d.string(HEX, 32), True),
             ("SHOPIFY_STORE", r.choice(["greyling-outdoor", "copperleaf-bakery"]) + ".myshopify.com", False))


def datadog(d, r):
    return V("datadog", ("DD_API_KEY", d.string(HEX, 32), True), ("DD_APP_KEY", d.string(HEX, 40), True), ("DD_SITE", "datadoghq.eu", False))


def newrelic(d, r):
    if r.random() < 0.5:
        return V("newrelic", ("NEW_RELIC_API_KEY", "NRAK-" + d.string(UPPER + DIGITS, 27), True))
    return V("newrelic", ("NEW_RELIC_LICENSE_KEY", d.string(HEX, 36) + "NRAL", True), ("NEW_RELIC_APP_NAME", "checkout-api", False))


def sentry(d, r):
    if r.random() < 0.5:
        payload = {"iat": 1722000000 + d.randbelow(20000000), "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": r.choice(["parafin", "kestrel-analytics"])}
        v = "sntrys_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=") + "_" + d.string(ALNUM + "+/", 43)
    else:
        v = "sntryu_" + d.string(HEX, 64)
    return V("sentry", ("SENTRY_AUTH_TOKEN", v, True), ("SENTRY_ORG", "parafin", False))


def cloudflare(d, r):
    if r.random() < 0.6:
        return V("cloudflare", ("CLOUDFLARE_API_TOKEN", d.string(ALNUM + "_-", 40), True))
    return V("cloudflare", ("CF_API_EMAIL", "ops@veldt.energy", False), ("CF_API_KEY", d.string(HEX, 37), True))


def digitalocean(d, r):
    return V("digitalocean", ("DIGITALOCEAN_TOKEN", r.choice(["dop_v1_", "doo_v1_"]) + d.string(HEX, 64), True))


def heroku(d, r):
    return V("heroku", ("HEROKU_API_KEY", "HRKU-AA" + d.string(ALNUM + "_-", 58), True))


def okta(d, r):
    return V("okta", ("OKTA_ORG_URL", "https://" + r.choice(["corbel", "lumenharbor"]) + ".okta.com", False), ("OKTA_API_TOKEN", "00" + d.string(ALNUM + "_-", 40), True))


def auth0(d, r):
    return V("auth0", ("AUTH0_DOMAIN", r.choice(["parafin", "wrenfield"]) + ".eu.auth0.com", False), ("AUTH0_CLIENT_ID", d.string(ALNUM, 32), False),
             ("AUTH0_CLIENT_SECRET", d.string(ALNUM + "_-", 64), True))


def atlassian(d, r):
    return V("atlassian", ("JIRA_USER", "release-bot@corbel.systems", False), ("JIRA_API_TOKEN", "ATATT3xFfGF0" + d.string(ALNUM + "_-", 180) + "=" + d.string("0123456789ABCDEF", 8), True))


def notion(d, r):
    v = ("ntn_" + d.string(DIGITS, 11) + d.string(ALNUM, 35)) if r.random() < 0.6 else ("secret_" + d.string(ALNUM, 43))
    return V("notion", ("NOTION_TOKEN", v, True))


def airtable(d, r):
    return V("airtable", ("AIRTABLE_TOKEN", "pat" + d.string(ALNUM, 14) + "." + d.string(HEX, 64), True), ("AIRTABLE_BASE", "app" + d.string(ALNUM, 14), False))


def figma(d, r):
    return V("figma", ("FIGMA_TOKEN", "figd_" + d.string(ALNUM + "_-", 40), True))


def linear(d, r):
    return V("linear", ("LINEAR_API_KEY", "lin_api_" + d.string(ALNUM, 40), True))


def postman(d, r):
    return V("postman", ("POSTMAN_API_KEY", "PMAK-" + d.string(HEX, 24) + "-" + d.string(HEX, 34), True))


def doppler(d, r):
    v = ("dp.st." + r.choice(["prd", "stg", "dev"]) + "." + d.string(ALNUM, 40)) if r.random() < 0.6 else ("dp.pt." + d.string(ALNUM, 43))
    return V("doppler", ("DOPPLER_TOKEN", v, True))


def vault(d, r):
    return V("vault", ("VAULT_ADDR", "https://vault.internal:8200", False), ("VAULT_TOKEN", r.choice(["hvs.", "hvs.", "hvb."]) + "CAESI" + d.string(ALNUM + "_-", 86), True))


def terraform(d, r):
    return V("terraform_cloud", ("TF_TOKEN_app_terraform_io", d.string(ALNUM, 14) + ".atlasv1." + d.string(ALNUM, 67), True))


def grafana(d, r):
    return V("grafana", ("GRAFANA_TOKEN", "glsa_" + d.string(ALNUM, 32) + "_" + d.string(HEX, 8), True))


def databricks(d, r):
    return V("databricks", ("DATABRICKS_HOST", "https://adb-" + d.string(DIGITS, 16) + ".7.azuredatabricks.net", False), ("DATABRICKS_TOKEN", "dapi" + d.string(HEX, 32), True))


def telegram(d, r):
    return V("telegram", ("TELEGRAM_BOT_TOKEN", str(5000000000 + d.randbelow(2000000000)) + ":AA" + d.string(ALNUM + "_-", 33), True))


def discord(d, r):
    return V("discord", ("DISCORD_WEBHOOK", "https://discord.com/api/webhooks/" + "1" + d.string(DIGITS, 18) + "/" + d.string(ALNUM + "_-", 68), True))


def google_api(d, r):
    return V("google", ("GOOGLE_MAPS_SERVER_KEY", "AIzaSy" + d.string(ALNUM + "_-", 33), True))


def azure(d, r):
    k = r.choice(["storage", "client", "sas"])
    if k == "storage":
        acct = r.choice(["corbelprodlogs", "lumenbackups", "kestreldata"])
        key = base64.b64encode(d.bytes(64)).decode()
        cs = f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={key};EndpointSuffix=core.windows.net"
        return V("azure", ("AZURE_STORAGE_CONNECTION_STRING", cs, "AccountKey"), where="AccountKey")
    if k == "client":
        v = d.string(ALNUM, 3) + str(d.randbelow(10)) + "Q~" + d.string(ALNUM + "_~.-", 34)
        return V("azure", ("AZURE_TENANT_ID", "%s-%s-%s-%s-%s" % (d.string(HEX, 8), d.string(HEX, 4), "4" + d.string(HEX, 3), "a" + d.string(HEX, 3), d.string(HEX, 12)), False),
                 ("AZURE_CLIENT_SECRET", v, True))
    sig = base64.b64encode(d.bytes(32)).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    url = f"https://{r.choice(['corbelexports', 'tidewellfiles'])}.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=o&sp=rl&se=2026-12-31T23:59:59Z&st=2025-01-01T00:00:00Z&spr=https&sig={sig}"
    return V("azure", ("EXPORT_SAS_URL", url, "sig"), where="sig")


def jwt_secret(d, r):
    k = r.choice(["supabase", "bearer", "hs_secret"])
    if k == "supabase":
        ref = d.string(LOWER, 20)
        v = jwt(d, {"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1718000000 + d.randbelow(9000000), "exp": 2033000000 + d.randbelow(9000000)})
        return V("jwt", ("SUPABASE_URL", f"https://{ref}.supabase.co", False), ("SUPABASE_SERVICE_ROLE_KEY", v, True))
    if k == "bearer":
        v = jwt(d, {"alg": "RS256", "typ": "JWT", "kid": d.string(HEX, 16)},
                {"sub": "svc-" + d.string(LOWER, 6), "aud": "https://api.parafin.app", "scope": "invoices:write payments:write", "iat": 1750000000 + d.randbelow(9000000), "exp": 2080000000 + d.randbelow(9000000)}, 256)
        return V("jwt", ("API_BEARER_TOKEN", v, True))
    return V("jwt", ("JWT_SIGNING_SECRET", d.string(ALNUM, 48), True))


def db_url(d, r):
    k = r.choice(["postgres", "mysql", "mongo", "redis", "amqp"])
    u = r.choice(["app", "svc_orders", "report_ro", "admin", "billing"])
    p = password(d)
    pe = p.replace("@", "%40").replace("#", "%23").replace("%", "%25") if False else p.replace("%", "%25").replace("@", "%40").replace("#", "%23")
    host = r.choice(["db.internal", "10.20.1.15", "prod-pg.cluster-c8x2.eu-west-1.rds.amazonaws.com", "mongo0.corbel.systems"])
    if k == "postgres":
        v = f"postgresql://{u}:{pe}@{host}:5432/{r.choice(['orders', 'app', 'analytics'])}?sslmode=require"
    elif k == "mysql":
        v = f"mysql://{u}:{pe}@{host}:3306/shop"
    elif k == "mongo":
        v = f"mongodb+srv://{u}:{pe}@cluster0.{d.string(LOWER + DIGITS, 5)}.mongodb.net/prod?retryWrites=true&w=majority"
    elif k == "redis":
        v = f"rediss://default:{pe}@cache-{d.string(LOWER, 4)}.internal:6380/0"
    else:
        v = f"amqps://{u}:{pe}@mq.internal:5671/%2F"
    return V("database_url", ("DATABASE_URL" if k in ("postgres", "mysql", "mongo") else ("REDIS_URL" if k == "redis" else "AMQP_URL"), v, True))


def basic_auth(d, r):
    user = r.choice(["deploy", "ci-bot", "grafana", "metrics"])
    pw = password(d)
    blob = base64.b64encode(f"{user}:{pw}".encode()).decode()
    return V("basic_auth", ("Authorization", "Basic " + blob, "blob"), where="blob")


def generic_password(d, r):
    return V("generic_password", (r.choice(["DB_PASSWORD", "SMTP_PASSWORD", "ADMIN_PASSWORD", "LDAP_BIND_PASSWORD", "KEYSTORE_PASSWORD", "RABBITMQ_PASSWORD"]), password(d), True))


def generic_api_key(d, r):
    return V("generic_api_key", (r.choice(["PAYMENTS_API_KEY", "GEOCODER_API_KEY", "PARTNER_API_SECRET", "WEBHOOK_SIGNING_SECRET", "INTERNAL_API_KEY"]), d.string(ALNUM, r.choice([32, 40, 48])), True))


VENDORS = [
    (aws, 5), (github, 5), (gitlab, 3), (slack, 4), (stripe, 3), (openai, 3), (anthropic, 2), (huggingface, 2), (npm, 2),
    (pypi, 2), (twilio, 2), (sendgrid, 2), (mailgun, 2), (shopify, 2), (datadog, 2), (newrelic, 2), (sentry, 2),
    (cloudflare, 2), (digitalocean, 2), (heroku, 2), (okta, 2), (auth0, 2), (atlassian, 2), (notion, 2), (airtable, 2),
    (figma, 2), (linear, 2), (postman, 2), (doppler, 2), (vault, 2), (terraform, 2), (grafana, 1), (databricks, 1),
    (telegram, 1), (discord, 1), (google_api, 1), (azure, 4), (jwt_secret, 4), (db_url, 5), (basic_auth, 3),
    (generic_password, 6), (generic_api_key, 4),
]
