"""Generators for secret values in vendor formats. System randomness throughout."""
import json, hmac, hashlib, base64, time
from common import *
from cryptography.hazmat.primitives.asymmetric import rsa, ec, ed25519, x25519
from cryptography.hazmat.primitives import serialization, hashes
from cryptography.hazmat.primitives.asymmetric import padding

UPD = string.ascii_uppercase + string.digits
LD = string.ascii_lowercase + string.digits

def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")

def jwt_hs256(claims, secret):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(claims, separators=(",", ":")).encode())
    s = b64u(hmac.new(secret.encode(), f"{h}.{p}".encode(), hashlib.sha256).digest())
    return f"{h}.{p}.{s}"

def jwt_rs256(claims, kid):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    h = b64u(json.dumps({"alg": "RS256", "kid": kid}, separators=(",", ":")).encode())
    p = b64u(json.dumps(claims, separators=(",", ":")).encode())
    sig = key.sign(f"{h}.{p}".encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{h}.{p}.{b64u(sig)}"

def pem_rsa_pkcs1(bits=2048):
    k = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()).decode().strip()

def pem_rsa_pkcs8(bits=2048):
    k = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode().strip()

def pem_ec():
    k = ec.generate_private_key(ec.SECP256R1())
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()).decode().strip()

def openssh_ed25519():
    k = ed25519.Ed25519PrivateKey.generate()
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()).decode().strip()

def wireguard_priv():
    k = x25519.X25519PrivateKey.generate()
    return base64.b64encode(k.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())).decode()

def mapbox(prefix):
    payload = b64u(json.dumps({"u": R.choice(["taxagency-gis", "benefits-maps", "fieldops"]), "a": rs(25, LD)}, separators=(",", ":")).encode())
    return f"{prefix}.{payload}.{rs(22, B64URL)}"

def password(n=None):
    n = n or R.randrange(14, 24)
    alpha = string.ascii_letters + string.digits + "!#%*+-_.@^"
    while True:
        p = rs(n, alpha)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c in "!#%*+-_.@^" for c in p):
            return p

def mf_password():  # RACF: 8 chars, A-Z 0-9 @#$
    return R.choice(string.ascii_uppercase) + rs(7, string.ascii_uppercase + string.digits + "@#$")

# env-style kinds: kind -> (candidate variable names, generator)
ENV_KINDS = {
    "github_pat_classic": (["GITHUB_TOKEN", "GHE_TOKEN", "GH_PAT"], lambda: crc_token("ghp_")),
    "github_oauth_token": (["GH_OAUTH_TOKEN"], lambda: crc_token("gho_")),
    "github_app_installation_token": (["GITHUB_APP_TOKEN"], lambda: crc_token("ghs_")),
    "github_fine_grained_pat": (["GH_FINE_GRAINED_PAT", "GITHUB_PAT"], lambda: "github_pat_" + rs(22, B62) + "_" + rs(59, B62)),
    "gitlab_personal_access_token": (["GITLAB_TOKEN"], lambda: "glpat-" + rs(20, B64URL)),
    "gitlab_runner_auth_token": (["CI_RUNNER_TOKEN"], lambda: "glrt-" + rs(20, B64URL)),
    "npm_access_token": (["NPM_TOKEN"], lambda: crc_token("npm_")),
    "slack_bot_token": (["SLACK_BOT_TOKEN"], lambda: f"xoxb-{R.randrange(10**10,10**12)}-{R.randrange(10**12,10**13)}-{rs(24)}"),
    "slack_user_token": (["SLACK_USER_TOKEN"], lambda: f"xoxp-{R.randrange(10**10,10**12)}-{R.randrange(10**10,10**12)}-{R.randrange(10**12,10**13)}-{hx(32)}"),
    "stripe_secret_key": (["STRIPE_SECRET_KEY"], lambda: "sk_live_51" + rs(97)),
    "stripe_restricted_key": (["STRIPE_RESTRICTED_KEY"], lambda: "rk_live_" + rs(24)),
    "stripe_webhook_secret": (["STRIPE_WEBHOOK_SECRET"], lambda: "whsec_" + rs(32)),
    "twilio_auth_token": (["TWILIO_AUTH_TOKEN"], lambda: hx(32)),
    "sendgrid_api_key": (["SENDGRID_API_KEY"], lambda: "SG." + rs(22, B64URL) + "." + rs(43, B64URL)),
    "mailgun_api_key": (["MAILGUN_API_KEY"], lambda: "key-" + hx(32)),
    "mailchimp_api_key": (["MAILCHIMP_API_KEY"], lambda: hx(32) + "-us" + str(R.randrange(2, 21))),
    "datadog_api_key": (["DD_API_KEY"], lambda: hx(32)),
    "datadog_app_key": (["DD_APP_KEY"], lambda: hx(40)),
    "new_relic_license_key": (["NEW_RELIC_LICENSE_KEY"], lambda: hx(36) + "NRAL"),
    "new_relic_user_api_key": (["NEW_RELIC_API_KEY"], lambda: "NRAK-" + rs(27, UPD)),
    "pagerduty_routing_key": (["PAGERDUTY_ROUTING_KEY"], lambda: hx(32)),
    "okta_api_token": (["OKTA_API_TOKEN"], lambda: "00" + rs(40, B64URL)),
    "atlassian_api_token": (["JIRA_API_TOKEN", "CONFLUENCE_API_TOKEN"], lambda: "ATATT3xFfGF0" + rs(171, B64URL) + "=" + hx(8).upper()),
    "jenkins_api_token": (["JENKINS_API_TOKEN"], lambda: "11" + hx(32)),
    "terraform_cloud_token": (["TFE_TOKEN", "TF_TOKEN_app_terraform_io"], lambda: rs(14) + ".atlasv1." + rs(67)),
    "artifactory_api_key": (["ARTIFACTORY_API_KEY"], lambda: "AKCp8" + rs(68)),
    "dockerhub_pat": (["DOCKERHUB_TOKEN"], lambda: "dckr_pat_" + rs(27, B64URL)),
    "pypi_api_token": (["TWINE_PASSWORD", "PYPI_TOKEN"], lambda: "pypi-AgEIcHlwaS5vcmc" + rs(140, B64URL)),
    "nuget_api_key": (["NUGET_API_KEY"], lambda: "oy2" + rs(43, LD)),
    "sonarqube_token": (["SONAR_TOKEN"], lambda: "squ_" + hx(40)),
    "sentry_user_auth_token": (["SENTRY_AUTH_TOKEN"], lambda: "sntryu_" + hx(64)),
    "openai_api_key": (["OPENAI_API_KEY"], lambda: "sk-proj-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL)),
    "anthropic_api_key": (["ANTHROPIC_API_KEY"], lambda: "sk-ant-api03-" + rs(93, B64URL) + "AA"),
    "huggingface_token": (["HF_TOKEN"], lambda: "hf_" + rs(34, string.ascii_letters)),
    "google_api_key": (["GOOGLE_MAPS_SERVER_KEY", "GCP_API_KEY"], lambda: "AIza" + rs(35, B64URL)),
    "google_oauth_client_secret": (["GOOGLE_CLIENT_SECRET"], lambda: "GOCSPX-" + rs(28, B64URL)),
    "grafana_service_account_token": (["GRAFANA_TOKEN"], lambda: "glsa_" + rs(32) + "_" + hx(8)),
    "dynatrace_api_token": (["DT_API_TOKEN"], lambda: "dt0c01." + rs(24, UPD) + "." + rs(64, UPD)),
    "doppler_service_token": (["DOPPLER_TOKEN"], lambda: "dp.st.prd." + rs(40)),
    "pulumi_access_token": (["PULUMI_ACCESS_TOKEN"], lambda: "pul-" + hx(40)),
    "postman_api_key": (["POSTMAN_API_KEY"], lambda: "PMAK-" + hx(24) + "-" + hx(34)),
    "digitalocean_pat": (["DIGITALOCEAN_TOKEN"], lambda: "dop_v1_" + hx(64)),
    "databricks_pat": (["DATABRICKS_TOKEN"], lambda: "dapi" + hx(32)),
    "telegram_bot_token": (["TELEGRAM_BOT_TOKEN"], lambda: f"{R.randrange(10**9, 8*10**9)}:AA{rs(33, B64URL)}"),
    "airtable_pat": (["AIRTABLE_TOKEN"], lambda: "pat" + rs(14) + "." + hx(64)),
    "notion_integration_secret": (["NOTION_TOKEN"], lambda: "secret_" + rs(43)),
    "mapbox_secret_token": (["MAPBOX_SECRET_TOKEN"], lambda: mapbox("sk")),
    "azure_devops_pat": (["AZURE_DEVOPS_EXT_PAT", "ADO_PAT"], lambda: rs(52, B32L)),
    "azure_openai_api_key": (["AZURE_OPENAI_API_KEY"], lambda: hx(32)),
    "azure_ad_client_secret": (["AZURE_CLIENT_SECRET"], lambda: rs(3) + "8Q~" + rs(34, ALNUM + "_-.~")),
    "bitbucket_app_password": (["BITBUCKET_APP_PASSWORD"], lambda: "ATBB" + rs(28) + hx(8).upper()),
    "splunk_hec_token": (["SPLUNK_HEC_TOKEN"], lambda: uid().upper()),
    "snyk_api_token": (["SNYK_TOKEN"], uid),
    "consul_acl_token": (["CONSUL_HTTP_TOKEN"], uid),
    "algolia_admin_api_key": (["ALGOLIA_ADMIN_KEY"], lambda: hx(32)),
    "cloudflare_api_token": (["CLOUDFLARE_API_TOKEN"], lambda: rs(40, B64URL)),
    "zendesk_api_token": (["ZENDESK_API_TOKEN"], lambda: rs(40)),
    "vonage_api_secret": (["VONAGE_API_SECRET"], lambda: rs(16)),
    "fcm_legacy_server_key": (["FCM_SERVER_KEY"], lambda: "AAAA" + rs(7, B64URL) + ":APA91b" + rs(134, B64URL)),
    "django_secret_key": (["DJANGO_SECRET_KEY"], lambda: rs(50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)")),
    "rails_secret_key_base": (["SECRET_KEY_BASE"], lambda: hx(128)),
    "jwt_signing_secret": (["JWT_SECRET", "JWT_SIGNING_KEY"], lambda: b64bytes(48)),
    "webhook_hmac_secret": (["WEBHOOK_SIGNING_SECRET"], lambda: hx(64)),
    "aes256_data_key": (["PAYMENT_FILE_AES_KEY", "FIELD_ENCRYPTION_KEY"], lambda: hx(64)),
    "jasypt_encryptor_password": (["JASYPT_ENCRYPTOR_PASSWORD"], lambda: password(24)),
    "ibm_cloud_api_key": (["IBMCLOUD_API_KEY"], lambda: rs(44, B64URL)),
    "age_secret_key": (["SOPS_AGE_KEY"], lambda: "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")),
    "shopify_admin_token": (["SHOPIFY_ADMIN_TOKEN"], lambda: "shpat_" + hx(32)),
    "hubspot_private_app_token": (["HUBSPOT_ACCESS_TOKEN"], lambda: "pat-eu1-" + uid()),
    "linear_api_key": (["LINEAR_API_KEY"], lambda: "lin_api_" + rs(40)),
    "azure_function_key": (["FUNCTIONS_HOST_KEY"], lambda: b64bytes(40)),
    "sap_btp_xsuaa_client_secret": (["XSUAA_CLIENT_SECRET"], lambda: uid() + "$" + b64u(bytes(R.getrandbits(8) for _ in range(32))) + "="),
    "github_runner_registration_token": (["RUNNER_REG_TOKEN"], lambda: "A" + rs(28, UPD)),
    "salesforce_access_token": (["SF_ACCESS_TOKEN"], lambda: "00D" + rs(12) + "!" + "AQ" + rs(94, ALNUM + ".")),
}
