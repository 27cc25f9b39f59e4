"""Secret kinds and clean look-alike kinds. Each generator returns a list of (NAME, value, [secret substrings])."""
import base64
import json

from common import rstr, ALNUM, HEX
from keymat import (B62, URLSAFE, B32L, UPPER_B32, UPDIG, B64CH, rbytes, b64, b64url, checksum_token, uuid4,
                    rsa_private_pem, pkcs8_rsa_pem, openssh_ed25519, pgp_armor, age_secret, age_public, wg_key,
                    jwt_hs256, x509_cert_pem, ssh_ed25519_pub)

LOWER_DIG = "abcdefghijklmnopqrstuvwxyz0123456789"
HOSTS = ["tallpine.example.org", "northwind-labs.example", "bluefjord.test", "kestrelworks.example", "quillmere.test",
         "orchardgate.example.net", "mossbank.example", "harborline.example.com"]


def pw(rng):
    style = rng.randrange(3)
    if style == 0:
        return rstr(rng, rng.randint(18, 26), ALNUM)
    if style == 1:
        words = ["Harbor", "Mango", "Quartz", "Falcon", "Cedar", "Nimbus", "Orbit", "Pepper", "Tundra", "Violet"]
        return "%s-%s-%d%s" % (rng.choice(words), rng.choice(words).lower(), rng.randint(10, 9999), rng.choice("!#%*"))
    return rstr(rng, 6, ALNUM) + "." + rstr(rng, 6, ALNUM) + "_" + rstr(rng, 6, ALNUM)


def upw(rng):
    """Password safe inside URL userinfo."""
    return rstr(rng, rng.randint(16, 24), ALNUM + "-_.~") if rng.random() < 0.5 else rstr(rng, 12, ALNUM) + "~" + rstr(rng, 8, ALNUM)


def host(rng):
    return rng.choice(HOSTS)


def one(name, v):
    return [(name, v, [v])]


def S(rng, n, alph=ALNUM):
    return rstr(rng, n, alph)


def digits(rng, n):
    return str(rng.randint(1, 9)) + rstr(rng, n - 1, "0123456789")


# ================================================================ secret kinds
def g_aws(rng):
    a, s = "AKIA" + S(rng, 16, UPPER_B32), S(rng, 40, B64CH)
    return [("AWS_ACCESS_KEY_ID", a, [a]), ("AWS_SECRET_ACCESS_KEY", s, [s]), ("AWS_DEFAULT_REGION", rng.choice(["eu-west-1", "us-east-2", "ap-southeast-1"]), [])]


def g_aws_session(rng):
    a, s = "ASIA" + S(rng, 16, UPPER_B32), S(rng, 40, B64CH)
    t = "IQoJb3JpZ2luX2Vj" + S(rng, 340, B64CH) + "=="
    return [("AWS_ACCESS_KEY_ID", a, [a]), ("AWS_SECRET_ACCESS_KEY", s, [s]), ("AWS_SESSION_TOKEN", t, [t])]


def g_gcp_sa(rng):
    k = pkcs8_rsa_pem(rng) + "\n"
    return [("private_key", k, [k])]


def g_google_api(rng):
    return one("GOOGLE_MAPS_API_KEY", "AIza" + S(rng, 35, URLSAFE))


def g_google_oauth_secret(rng):
    cid = "%s-%s.apps.googleusercontent.com" % (digits(rng, 12), S(rng, 32, LOWER_DIG))
    sec = "GOCSPX-" + S(rng, 28, URLSAFE)
    return [("GOOGLE_CLIENT_ID", cid, []), ("GOOGLE_CLIENT_SECRET", sec, [sec])]


def g_azure_storage(rng):
    key = b64(rbytes(rng, 64))
    acct = "st" + S(rng, 10, "abcdefghijklmnopqrstuvwxyz0123456789")
    return [("AZURE_STORAGE_CONNECTION_STRING", "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key), [key])]


def g_azure_ad_secret(rng):
    s = S(rng, 3, ALNUM) + S(rng, 1, "0123456789") + "Q~" + S(rng, 34, ALNUM + "_.~-")
    return [("AZURE_TENANT_ID", uuid4(rng), []), ("AZURE_CLIENT_ID", uuid4(rng), []), ("AZURE_CLIENT_SECRET", s, [s])]


def g_azure_sas(rng):
    sig = b64(rbytes(rng, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    url = "https://st%s.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-03-01T00:00:00Z&st=2025-03-01T00:00:00Z&spr=https&sig=%s" % (S(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789"), sig)
    return [("EXPORT_CONTAINER_SAS_URL", url, [url])]


def g_ghp(rng):
    return one("GITHUB_TOKEN", checksum_token(rng, "ghp_"))


def g_gh_fine(rng):
    return one("GH_PAT", "github_pat_11" + S(rng, 20, UPDIG) + "_" + S(rng, 59, ALNUM))


def g_gho(rng):
    return one("GITHUB_OAUTH_TOKEN", checksum_token(rng, "gho_"))


def g_ghs(rng):
    return one("GITHUB_INSTALLATION_TOKEN", checksum_token(rng, "ghs_"))


def g_glpat(rng):
    return one("GITLAB_TOKEN", "glpat-" + S(rng, 20, URLSAFE))


def g_bitbucket(rng):
    return [("BITBUCKET_USERNAME", "deploy-bot", []), ("BITBUCKET_APP_PASSWORD", "ATBB" + S(rng, 28, ALNUM) + S(rng, 8, "0123456789ABCDEF"), None)]


def g_azdo(rng):
    return one("AZURE_DEVOPS_PAT", S(rng, 52, B32L))


def g_slack_bot(rng):
    return one("SLACK_BOT_TOKEN", "xoxb-%s-%s-%s" % (digits(rng, 12), digits(rng, 13), S(rng, 24, ALNUM)))


def g_slack_user(rng):
    return one("SLACK_USER_TOKEN", "xoxp-%s-%s-%s-%s" % (digits(rng, 12), digits(rng, 12), digits(rng, 13), S(rng, 32, HEX)))


def g_slack_webhook(rng):
    return one("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T%s/B%s/%s" % (S(rng, 8, UPDIG), S(rng, 10, UPDIG), S(rng, 24, ALNUM)))


def g_discord_bot(rng):
    uid = digits(rng, 18)
    return one("DISCORD_BOT_TOKEN", "%s.%s.%s" % (b64url(uid.encode()), S(rng, 6, URLSAFE), S(rng, 38, URLSAFE)))


def g_discord_webhook(rng):
    return one("DISCORD_WEBHOOK", "https://discord.com/api/webhooks/%s/%s" % (digits(rng, 19), S(rng, 68, URLSAFE)))


def g_telegram(rng):
    return one("TELEGRAM_BOT_TOKEN", "%s:AA%s" % (digits(rng, 10), S(rng, 33, URLSAFE)))


def g_teams_webhook(rng):
    return one("TEAMS_WEBHOOK_URL", "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (
        S(rng, 8, "abcdefghijklmnopqrstuvwxyz"), uuid4(rng), uuid4(rng), S(rng, 32, HEX), uuid4(rng), S(rng, 43, URLSAFE)))


def g_gchat_webhook(rng):
    return one("GOOGLE_CHAT_WEBHOOK", "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIza%s&token=%s%%3D" % (
        S(rng, 7, URLSAFE), S(rng, 35, URLSAFE), S(rng, 43, URLSAFE)))


def g_stripe_sk(rng):
    return one("STRIPE_SECRET_KEY", "sk_live_51" + S(rng, 97, ALNUM))


def g_stripe_whsec(rng):
    return one("STRIPE_WEBHOOK_SECRET", "whsec_" + S(rng, 32, ALNUM))


def g_braintree(rng):
    return one("BRAINTREE_ACCESS_TOKEN", "access_token$production$%s$%s" % (S(rng, 16, LOWER_DIG), S(rng, 32, HEX)))


def g_square(rng):
    return one("SQUARE_ACCESS_TOKEN", "EAAA" + S(rng, 60, URLSAFE))


def g_razorpay(rng):
    return [("RAZORPAY_KEY_ID", "rzp_live_" + S(rng, 14, ALNUM), []), ("RAZORPAY_KEY_SECRET", S(rng, 24, ALNUM), None)]


def g_paystack(rng):
    return one("PAYSTACK_SECRET_KEY", "sk_live_" + S(rng, 40, HEX))


def g_flutterwave(rng):
    return one("FLW_SECRET_KEY", "FLWSECK-%s-X" % S(rng, 32, HEX))


def g_mollie(rng):
    return one("MOLLIE_API_KEY", "live_" + S(rng, 30, ALNUM))


def g_openai(rng):
    return one("OPENAI_API_KEY", "sk-proj-" + S(rng, 74, URLSAFE) + "T3BlbkFJ" + S(rng, 74, URLSAFE))


def g_anthropic(rng):
    return one("ANTHROPIC_API_KEY", "sk-ant-api03-" + S(rng, 93, URLSAFE) + "AA")


def g_hf(rng):
    return one("HF_TOKEN", "hf_" + S(rng, 34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))


def g_replicate(rng):
    return one("REPLICATE_API_TOKEN", "r8_" + S(rng, 37, ALNUM))


def g_groq(rng):
    return one("GROQ_API_KEY", "gsk_" + S(rng, 52, ALNUM))


def g_pplx(rng):
    return one("PERPLEXITY_API_KEY", "pplx-" + S(rng, 48, ALNUM))


def g_xai(rng):
    return one("XAI_API_KEY", "xai-" + S(rng, 80, ALNUM))


def g_twilio_auth(rng):
    return [("TWILIO_ACCOUNT_SID", "AC" + S(rng, 32, HEX), []), ("TWILIO_AUTH_TOKEN", S(rng, 32, HEX), None)]


def g_twilio_api(rng):
    k, s = "SK" + S(rng, 32, HEX), S(rng, 32, ALNUM)
    return [("TWILIO_API_KEY", k, [k]), ("TWILIO_API_SECRET", s, [s])]


def g_sendgrid(rng):
    return one("SENDGRID_API_KEY", "SG.%s.%s" % (S(rng, 22, URLSAFE), S(rng, 43, URLSAFE)))


def g_mailgun(rng):
    return one("MAILGUN_API_KEY", "%s-%s-%s" % (S(rng, 32, HEX), S(rng, 8, HEX), S(rng, 8, HEX)))


def g_mailchimp(rng):
    return one("MAILCHIMP_API_KEY", "%s-us%d" % (S(rng, 32, HEX), rng.randint(2, 21)))


def g_brevo(rng):
    return one("BREVO_API_KEY", "xkeysib-%s-%s" % (S(rng, 64, HEX), S(rng, 16, ALNUM)))


def g_npm(rng):
    return one("NPM_TOKEN", checksum_token(rng, "npm_"))


def g_pypi(rng):
    raw = b"\x02\x01\x08pypi.org\x02\x25\x01\x02\x20" + rbytes(rng, 32) + b"\x00\x02\x06" + rbytes(rng, 120)
    return one("PYPI_TOKEN", "pypi-" + b64url(raw))


def g_rubygems(rng):
    return one("GEM_HOST_API_KEY", "rubygems_" + S(rng, 48, HEX))


def g_nuget(rng):
    return one("NUGET_API_KEY", "oy2" + S(rng, 43, LOWER_DIG))


def g_dockerhub(rng):
    return [("DOCKERHUB_USERNAME", "ci-publisher", []), ("DOCKERHUB_TOKEN", "dckr_pat_" + S(rng, 27, URLSAFE), None)]


def g_docker_auth(rng):
    user, tok = "deploy", "dckr_pat_" + S(rng, 27, URLSAFE)
    a = b64(("%s:%s" % (user, tok)).encode())
    return [("registry", "registry.%s" % host(rng), []), ("auth", a, [a])]


def g_jfrog(rng):
    return one("ARTIFACTORY_API_KEY", "AKCp8" + S(rng, 68, ALNUM))


def g_sonar(rng):
    return one("SONAR_TOKEN", "squ_" + S(rng, 40, HEX))


def g_databricks(rng):
    return [("DATABRICKS_HOST", "https://adb-%s.%d.azuredatabricks.net" % (digits(rng, 16), rng.randint(1, 19)), []), ("DATABRICKS_TOKEN", "dapi" + S(rng, 32, HEX), None)]


def g_snowflake(rng):
    p = upw(rng)
    return [("SNOWFLAKE_URL", "snowflake://etl_user:%s@xy%s.eu-central-1/ANALYTICS/PUBLIC?warehouse=ETL_WH" % (p, digits(rng, 5)), [p])]


def g_postgres(rng):
    p = upw(rng)
    return [("DATABASE_URL", "postgresql://app_user:%s@db-prod.%s:5432/orders?sslmode=require" % (p, host(rng)), [p])]


def g_mysql(rng):
    p = upw(rng)
    return [("MYSQL_DSN", "shop:%s@tcp(mysql-1.%s:3306)/shop?parseTime=true" % (p, host(rng)), [p])]


def g_mongo(rng):
    p = upw(rng)
    return [("MONGODB_URI", "mongodb+srv://analytics:%s@cluster0.%s.mongodb.net/events?retryWrites=true&w=majority" % (p, S(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789")), [p])]


def g_redis(rng):
    p = upw(rng)
    return [("REDIS_URL", "rediss://default:%s@cache.%s:6380/0" % (p, host(rng)), [p])]


def g_amqp(rng):
    p = upw(rng)
    return [("BROKER_URL", "amqps://orders:%s@mq.%s:5671/prod" % (p, host(rng)), [p])]


def g_mssql(rng):
    p = pw(rng).replace(";", "")
    return [("ConnectionStrings__Default", "Server=tcp:sql-prod.%s,1433;Database=Billing;User Id=billing_app;Password=%s;Encrypt=True;" % (host(rng), p), [p])]


def g_ldap(rng):
    p = pw(rng)
    return [("LDAP_URL", "ldaps://ldap.%s:636" % host(rng), []), ("LDAP_BIND_DN", "cn=svc-portal,ou=services,dc=corp,dc=example", []), ("LDAP_BIND_PASSWORD", p, [p])]


def g_smtp(rng):
    p = pw(rng)
    return [("SMTP_HOST", "smtp.%s" % host(rng), []), ("SMTP_USER", "notifications", []), ("SMTP_PASSWORD", p, [p])]


def g_netrc(rng):
    return [("machine", "api.%s" % host(rng), []), ("login", "ci-bot", []), ("password", pw(rng), None),
            ("machine", "git.%s" % host(rng), []), ("login", "release", []), ("password", pw(rng), None)]


def g_pgpass(rng):
    return [("line", "db-prod.%s:5432:orders:app_user:%s" % (host(rng), upw(rng)), "last"),
            ("line", "db-replica.%s:5432:*:reporting:%s" % (host(rng), upw(rng)), "last")]


def g_basic(rng):
    v = b64(("%s:%s" % (rng.choice(["admin", "svc-export", "jenkins"]), pw(rng))).encode())
    return [("Authorization", "Basic " + v, [v])]


def g_k8s(rng):
    u, p = b64(b"orders_app"), b64(pw(rng).encode())
    k = b64(S(rng, 40, ALNUM).encode())
    return [("DB_USER", u, [u]), ("DB_PASSWORD", p, [p]), ("API_KEY", k, [k])]


def g_jwt(rng):
    t = jwt_hs256(rng, {"sub": digits(rng, 8), "scope": "orders:read orders:write", "iat": 1735689600 + rng.randint(0, 9**6), "exp": 1767225600 + rng.randint(0, 9**6), "iss": "https://auth.%s" % host(rng)})
    return [("Authorization", "Bearer " + t, [t])]


def g_jwt_secret(rng):
    return one("JWT_SECRET", b64(rbytes(rng, 48)))


def g_django(rng):
    return one("SECRET_KEY", "django-insecure-" + S(rng, 50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)") if rng.random() < 0.3 else S(rng, 50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)"))


def g_rails(rng):
    return one("secret_key_base", S(rng, 128, HEX))


def g_laravel(rng):
    return one("APP_KEY", "base64:" + b64(rbytes(rng, 32)))


def g_flask(rng):
    return one("SECRET_KEY", S(rng, 64, HEX))


def g_rsa(rng):
    k = rsa_private_pem(rng)
    return [("key", k, [k])]


def g_openssh(rng):
    k, _ = openssh_ed25519(rng, "deploy@build-%d" % rng.randint(1, 9))
    return [("key", k, [k])]


def g_pgp(rng):
    k = pgp_armor(rng, True)
    return [("key", k, [k])]


def g_age(rng):
    s = age_secret(rng)
    return [("created", "2025-01-14T09:30:12Z", []), ("public key", age_public(rng), []), ("secret", s, [s])]


def g_wg(rng):
    return [("PrivateKey", wg_key(rng), None), ("PeerPublicKey", wg_key(rng), [])]


def g_vault(rng):
    return one("VAULT_TOKEN", "hvs.CAESI" + S(rng, 86, URLSAFE))


def g_tfc(rng):
    return one("TF_TOKEN_app_terraform_io", S(rng, 14, ALNUM) + ".atlasv1." + S(rng, 67, ALNUM))


def g_doppler(rng):
    return one("DOPPLER_TOKEN", "dp.st.prd." + S(rng, 43, ALNUM))


def g_pulumi(rng):
    return one("PULUMI_ACCESS_TOKEN", "pul-" + S(rng, 40, HEX))


def g_do(rng):
    return one("DIGITALOCEAN_TOKEN", "dop_v1_" + S(rng, 64, HEX))


def g_linear(rng):
    return one("LINEAR_API_KEY", "lin_api_" + S(rng, 40, ALNUM))


def g_notion(rng):
    return one("NOTION_TOKEN", "ntn_" + S(rng, 46, ALNUM))


def g_atlassian(rng):
    return [("JIRA_EMAIL", "automation@%s" % host(rng), []), ("JIRA_API_TOKEN", "ATATT3xFfGF0" + S(rng, 180, URLSAFE) + "=" + S(rng, 8, "0123456789ABCDEF"), None)]


def g_postman(rng):
    return one("POSTMAN_API_KEY", "PMAK-%s-%s" % (S(rng, 24, HEX), S(rng, 34, HEX)))


def g_sentry(rng):
    return one("SENTRY_AUTH_TOKEN", "sntryu_" + S(rng, 64, HEX))


def g_newrelic(rng):
    return one("NEW_RELIC_API_KEY", "NRAK-" + S(rng, 27, UPDIG))


def g_grafana(rng):
    return one("GRAFANA_SA_TOKEN", "glsa_%s_%s" % (S(rng, 32, ALNUM), S(rng, 8, HEX)))


def g_datadog(rng):
    a, b = S(rng, 32, HEX), S(rng, 40, HEX)
    return [("DD_API_KEY", a, [a]), ("DD_APP_KEY", b, [b]), ("DD_SITE", "datadoghq.eu", [])]


def g_shopify(rng):
    return [("SHOPIFY_SHOP", "%s.myshopify.com" % rng.choice(["harbor-goods", "tallpine-outdoor"]), []), ("SHOPIFY_ADMIN_TOKEN", "shpat_" + S(rng, 32, HEX), None)]


def g_mapbox_sk(rng):
    mid = b64url(json.dumps({"u": rng.choice(["maps-team", "geo-ops"]), "a": S(rng, 25, LOWER_DIG)}, separators=(",", ":")).encode())
    return one("MAPBOX_SECRET_TOKEN", "sk.%s.%s" % (mid, S(rng, 22, URLSAFE)))


def g_alibaba(rng):
    a, s = "LTAI5t" + S(rng, 18, ALNUM), S(rng, 30, ALNUM)
    return [("ALIBABA_CLOUD_ACCESS_KEY_ID", a, [a]), ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", s, [s])]


def g_tencent(rng):
    a, s = "AKID" + S(rng, 32, ALNUM), S(rng, 32, ALNUM)
    return [("TENCENTCLOUD_SECRET_ID", a, [a]), ("TENCENTCLOUD_SECRET_KEY", s, [s])]


def g_tailscale(rng):
    return one("TS_AUTHKEY", "tskey-auth-%sCNTRL-%s" % (S(rng, 11, ALNUM), S(rng, 32, ALNUM)))


def g_dynatrace(rng):
    return one("DT_API_TOKEN", "dt0c01.%s.%s" % (S(rng, 24, UPDIG), S(rng, 64, UPDIG)))


def g_airtable(rng):
    return one("AIRTABLE_TOKEN", "pat%s.%s" % (S(rng, 14, ALNUM), S(rng, 64, HEX)))


def g_contentful(rng):
    return one("CONTENTFUL_MANAGEMENT_TOKEN", "CFPAT-" + S(rng, 43, URLSAFE))


def g_okta(rng):
    return [("OKTA_ORG_URL", "https://%s.okta.com" % rng.choice(["tallpine", "quillmere"]), []), ("OKTA_API_TOKEN", "00" + S(rng, 40, URLSAFE), None)]


def g_fcm(rng):
    return one("FCM_SERVER_KEY", "AAAA%s:APA91b%s" % (S(rng, 7, URLSAFE), S(rng, 134, URLSAFE)))


def g_easypost(rng):
    return one("EASYPOST_API_KEY", "EZAK" + S(rng, 54, ALNUM))


def g_duffel(rng):
    return one("DUFFEL_ACCESS_TOKEN", "duffel_live_" + S(rng, 43, URLSAFE))


def g_clojars(rng):
    return one("CLOJARS_TOKEN", "CLOJARS_" + S(rng, 60, HEX))


def g_buildkite(rng):
    return one("BUILDKITE_API_TOKEN", "bkua_" + S(rng, 40, HEX))


def g_prefect(rng):
    return one("PREFECT_API_KEY", "pnu_" + S(rng, 36, ALNUM))


def g_shippo(rng):
    return one("SHIPPO_API_TOKEN", "shippo_live_" + S(rng, 40, HEX))


def g_fly(rng):
    t = "fm2_" + S(rng, 220, B64CH) + "=="
    return [("FLY_API_TOKEN", "FlyV1 " + t, [t])]


def g_figma(rng):
    return one("FIGMA_TOKEN", "figd_" + S(rng, 40, URLSAFE))


def g_asana(rng):
    return one("ASANA_PAT", "2/%s/%s:%s" % (digits(rng, 16), digits(rng, 16), S(rng, 32, HEX)))


def g_1password(rng):
    blob = json.dumps({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64url(rbytes(rng, 16))},
                       "email": "%s@1passwordserviceaccounts.com" % S(rng, 13, "abcdefghijklmnopqrstuvwxyz"), "srpX": S(rng, 64, HEX),
                       "muk": {"alg": "A256GCM", "ext": True, "k": b64url(rbytes(rng, 32)), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + S(rng, 6, UPDIG) + "-" + S(rng, 6, UPDIG), "deviceUuid": S(rng, 26, LOWER_DIG)}, separators=(",", ":"))
    return one("OP_SERVICE_ACCOUNT_TOKEN", "ops_" + b64url(blob.encode()))


def g_circleci(rng):
    return one("CIRCLECI_TOKEN", "CCIPAT_%s_%s" % (S(rng, 22, ALNUM), S(rng, 40, HEX)))


def g_hubspot(rng):
    return one("HUBSPOT_ACCESS_TOKEN", "pat-eu1-" + uuid4(rng))


def g_intercom(rng):
    return one("INTERCOM_ACCESS_TOKEN", b64(("tok:%s:1:0" % uuid4(rng)).encode()).rstrip("="))


def g_planetscale(rng):
    p = "pscale_pw_" + S(rng, 43, URLSAFE)
    return [("DATABASE_URL", "mysql://%s:%s@aws.connect.psdb.cloud/inventory?sslaccept=strict" % (S(rng, 12, LOWER_DIG), p), [p])]


def g_supabase(rng):
    t = jwt_hs256(rng, {"iss": "supabase", "ref": S(rng, 20, "abcdefghijklmnopqrstuvwxyz"), "role": "service_role", "iat": 1718000000, "exp": 2033576000})
    return [("SUPABASE_URL", "https://%s.supabase.co" % S(rng, 20, "abcdefghijklmnopqrstuvwxyz"), []), ("SUPABASE_SERVICE_ROLE_KEY", t, [t])]


def g_cloudflare(rng):
    return one("CLOUDFLARE_API_TOKEN", S(rng, 40, URLSAFE))


def g_gitlab_runner(rng):
    return one("RUNNER_TOKEN", "glrt-" + S(rng, 20, URLSAFE))


def g_slack_app(rng):
    return one("SLACK_APP_TOKEN", "xapp-1-A%s-%s-%s" % (S(rng, 10, UPDIG), digits(rng, 13), S(rng, 64, HEX)))


def g_stripe_rk(rng):
    return one("STRIPE_RESTRICTED_KEY", "rk_live_51" + S(rng, 97, ALNUM))


def g_nextauth(rng):
    return one("NEXTAUTH_SECRET", b64(rbytes(rng, 32)))


# ================================================================ clean look-alikes
def c_pk(rng):
    return [("STRIPE_PUBLISHABLE_KEY", "pk_live_51" + S(rng, 97, ALNUM), []), ("STRIPE_PRICE_ID", "price_1" + S(rng, 23, ALNUM), [])]


def c_aws_example(rng):
    return [("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE", []), ("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", []), ("AWS_DEFAULT_REGION", "us-west-2", [])]


def c_arn(rng):
    acct = digits(rng, 12)
    return [("AWS_ACCOUNT_ID", acct, []), ("ROLE_ARN", "arn:aws:iam::%s:role/github-deploy" % acct, []), ("BUCKET_ARN", "arn:aws:s3:::reports-%s" % S(rng, 6, LOWER_DIG), [])]


def c_kms(rng):
    return [("KMS_KEY_ID", "arn:aws:kms:eu-west-1:%s:key/%s" % (digits(rng, 12), uuid4(rng)), []), ("KMS_ALIAS", "alias/app-data", [])]


def c_google_client_id(rng):
    return [("GOOGLE_CLIENT_ID", "%s-%s.apps.googleusercontent.com" % (digits(rng, 12), S(rng, 32, LOWER_DIG)), []), ("GOOGLE_REDIRECT_URI", "https://app.%s/auth/callback" % host(rng), [])]


def c_gh_client_id(rng):
    return [("GITHUB_APP_ID", str(rng.randint(100000, 999999)), []), ("GITHUB_CLIENT_ID", "Iv23li" + S(rng, 14, ALNUM), []), ("GITHUB_PRIVATE_KEY_PATH", "/run/secrets/github-app.pem", [])]


def c_ssh_pub(rng):
    return [("authorized_key", ssh_ed25519_pub(rng, "ops@laptop-%d" % rng.randint(1, 40)), []), ("authorized_key", ssh_ed25519_pub(rng, "ci@runner"), [])]


def c_cert(rng):
    return [("cert", x509_cert_pem(rng), [])]


def c_pgp_pub(rng):
    return [("key", pgp_armor(rng, False), [])]


def c_age_pub(rng):
    return [("recipient", age_public(rng), []), ("recipient", age_public(rng), [])]


def c_wg_pub(rng):
    return [("PublicKey", wg_key(rng), []), ("Endpoint", "vpn.%s:51820" % host(rng), []), ("AllowedIPs", "10.44.0.0/16", [])]


def c_jwks(rng):
    return [("jwks", json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": S(rng, 16, HEX), "n": b64url(rbytes(rng, 256)), "e": "AQAB"}]}, indent=2), [])]


def c_digest(rng):
    return [("image", "registry.%s/api@sha256:%s" % (host(rng), S(rng, 64, HEX)), []), ("commit", S(rng, 40, HEX), []), ("tree", S(rng, 40, HEX), [])]


def c_pwhash(rng):
    bc = "$2b$12$" + S(rng, 53, ALNUM + "./")
    ar = "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64(rbytes(rng, 16)).rstrip("="), b64(rbytes(rng, 32)).rstrip("="))
    return [("password_hash", bc, []), ("password_hash", ar, [])]


def c_htpasswd(rng):
    return [("line", "admin:$apr1$%s$%s" % (S(rng, 8, ALNUM + "./"), S(rng, 22, ALNUM + "./")), []), ("line", "deploy:{SHA}%s" % b64(rbytes(rng, 20)), [])]


def c_sig(rng):
    return [("X-Hub-Signature-256", "sha256=" + S(rng, 64, HEX), []), ("Stripe-Signature", "t=%d,v1=%s" % (1735689600 + rng.randint(0, 9**6), S(rng, 64, HEX)), [])]


def c_uuid(rng):
    return [("request_id", uuid4(rng), []), ("tenant_id", uuid4(rng), []), ("trace_id", S(rng, 32, HEX), [])]


def c_placeholder(rng):
    return [("OPENAI_API_KEY", "<your-openai-api-key>", []), ("STRIPE_SECRET_KEY", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", []), ("DATABASE_URL", "postgresql://USER:PASSWORD@HOST:5432/DBNAME", []), ("SLACK_BOT_TOKEN", "xoxb-your-token-here", [])]


def c_masked(rng):
    return [("OPENAI_API_KEY", "sk-proj-****************" + S(rng, 4, ALNUM), []), ("GITHUB_TOKEN", "ghp_************************************", []), ("DB_PASSWORD", "********", []), ("STRIPE_SECRET_KEY", "sk_live_...%s" % S(rng, 4, ALNUM), [])]


def c_store_ref(rng):
    return [("DB_PASSWORD", "vault:secret/data/orders/db#password", []), ("STRIPE_SECRET_KEY", "arn:aws:secretsmanager:eu-west-1:%s:secret:stripe-live-%s" % (digits(rng, 12), S(rng, 6, ALNUM)), []),
            ("OPENAI_API_KEY", "op://Engineering/OpenAI/credential", []), ("SENTRY_AUTH_TOKEN", "${{ secrets.SENTRY_AUTH_TOKEN }}", [])]


def c_ci_ref(rng):
    return [("NPM_TOKEN", "${NPM_TOKEN}", []), ("CI_JOB_TOKEN", "$CI_JOB_TOKEN", []), ("DOCKER_PASSWORD", "$(cat /run/secrets/docker_password)", []), ("GITHUB_TOKEN", "${{ github.token }}", [])]


def c_mapbox_pk(rng):
    mid = b64url(json.dumps({"u": "maps-team", "a": S(rng, 25, LOWER_DIG)}, separators=(",", ":")).encode())
    return [("NEXT_PUBLIC_MAPBOX_TOKEN", "pk.%s.%s" % (mid, S(rng, 22, URLSAFE)), [])]


def c_sentry_dsn(rng):
    return [("SENTRY_DSN", "https://%s@o%s.ingest.sentry.io/%s" % (S(rng, 32, HEX), digits(rng, 6), digits(rng, 7)), []), ("SENTRY_ENVIRONMENT", "production", [])]


def c_algolia_search(rng):
    return [("ALGOLIA_APP_ID", S(rng, 10, UPDIG), []), ("ALGOLIA_SEARCH_ONLY_KEY", S(rng, 32, HEX), []), ("ALGOLIA_INDEX", "products_prod", [])]


def c_stripe_ids(rng):
    return [("account", "acct_1" + S(rng, 15, ALNUM), []), ("customer", "cus_" + S(rng, 14, ALNUM), []), ("payment_intent", "pi_3" + S(rng, 23, ALNUM), [])]


def c_twilio_sid(rng):
    return [("TWILIO_ACCOUNT_SID", "AC" + S(rng, 32, HEX), []), ("TWILIO_MESSAGING_SERVICE_SID", "MG" + S(rng, 32, HEX), [])]


def c_recaptcha(rng):
    return [("RECAPTCHA_SITE_KEY", "6L" + S(rng, 38, URLSAFE), [])]


def c_sri(rng):
    return [("integrity", "sha384-" + b64(rbytes(rng, 48)), []), ("integrity", "sha512-" + b64(rbytes(rng, 64)), [])]


def c_checksums(rng):
    return [("line", "%s  app-%d.%d.%d-linux-amd64.tar.gz" % (S(rng, 64, HEX), 2, rng.randint(0, 9), rng.randint(0, 9)), []), ("line", "%s  app-2.%d.0-darwin-arm64.tar.gz" % (S(rng, 64, HEX), rng.randint(0, 9)), [])]


def c_azure_ids(rng):
    return [("AZURE_TENANT_ID", uuid4(rng), []), ("AZURE_SUBSCRIPTION_ID", uuid4(rng), []), ("AZURE_CLIENT_ID", uuid4(rng), []), ("AZURE_USE_MSI", "true", [])]


def c_fingerprint(rng):
    return [("SHA256 Fingerprint", ":".join(S(rng, 2, "0123456789ABCDEF") for _ in range(32)), []), ("SSH host key", "SHA256:" + b64(rbytes(rng, 32)).rstrip("="), [])]


def c_redacted(rng):
    return [("Authorization", "Bearer [REDACTED]", []), ("X-Api-Key", "[FILTERED]", []), ("Cookie", "session=<redacted>", [])]
