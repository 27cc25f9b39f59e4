# -*- coding: utf-8 -*-
"""Generate secrets.jsonl: 90 rows with realistic-format (random, fake) secrets
embedded in tool outputs, and 60 clean rows with look-alikes."""
import base64
import hashlib
import hmac
import json
import random
import struct
import uuid

from common import (SEED, pick, person, company, email_for, login, rdate, iso_z, rfc2822, later, version, rstr, hexs,
                    digits, rbytes, b64url_nopad, ALNUM, UPPER_ALNUM, LOWER_ALNUM, HEX, B64URL, COMPANIES)

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
URLSAFE = ALNUM + "-_"
REGIONS = ["eu-west-1", "us-east-1", "eu-central-1", "ap-southeast-2", "us-west-2"]
HOSTS = ["db-prod-1.internal", "pg-main.c9xk2.eu-west-1.rds.amazonaws.com", "10.20.3.14", "mysql.orders.svc.cluster.local",
         "cluster0.x8kqa.mongodb.net", "redis-17734.c81.eu-west-1-1.ec2.cloud.redislabs.com"]


# ====================================================================== crypto-ish helpers
def pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(b[i:i + width] for i in range(0, len(b), width)), label)


def ec_private_key(rng):
    der = (bytes.fromhex("30770201010420") + rbytes(rng, 32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
           + b"\x04" + rbytes(rng, 64))
    return pem("EC PRIVATE KEY", der)


def _sshstr(b):
    return struct.pack(">I", len(b)) + b


def openssh_ed25519(rng, comment):
    pub = rbytes(rng, 32)
    pubblob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    chk = rbytes(rng, 4)
    priv = chk + chk + _sshstr(b"ssh-ed25519") + _sshstr(pub) + _sshstr(rbytes(rng, 32) + pub) + _sshstr(comment.encode())
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") + struct.pack(">I", 1)
            + _sshstr(pubblob) + _sshstr(priv))
    return pem("OPENSSH PRIVATE KEY", blob, 70), "ssh-ed25519 " + base64.b64encode(pubblob).decode() + " " + comment


def rsa_pkcs8(rng):
    head = bytes.fromhex("308204bc020100300d06092a864886f70d0101010500048204a6308204a20201000282010100")
    body = head + b"\xc1" + rbytes(rng, 255) + bytes.fromhex("0203010001") + b"\x02\x82\x01\x00" + rbytes(rng, 256)
    body += rbytes(rng, 1216 - len(body))
    return pem("PRIVATE KEY", body)


def rsa_public(rng):
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + b"\xb3" + rbytes(rng, 255) + bytes.fromhex("0203010001")
    return pem("PUBLIC KEY", der)


def fake_cert(rng):
    der = bytes.fromhex("308203") + bytes([rng.randint(0x40, 0x9f)]) + bytes.fromhex("30820268a00302010202") + rbytes(rng, 860)
    return pem("CERTIFICATE", der)


def jwt_hs256(rng, payload):
    h = b64url_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(rbytes(rng, 32), (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def jwt_rs256(rng, payload, kid=None):
    hd = {"alg": "RS256", "kid": kid or b64url_nopad(rbytes(rng, 20))}
    h = b64url_nopad(json.dumps(hd, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url_nopad(rbytes(rng, 256))


def human_password(rng):
    words = ["Harbour", "Falcon", "Copper", "Juniper", "Meadow", "Granite", "Lantern", "Willow", "Orbit", "Saffron", "Cobalt", "Thistle"]
    style = rng.randrange(4)
    if style == 0:
        return "%s%s%d%s" % (pick(rng, words), pick(rng, "!#$%&*"), rng.randint(10, 9999), pick(rng, words).lower())
    if style == 1:
        return rstr(rng, ALNUM + "!#%*-_", rng.randint(18, 28))
    if style == 2:
        return "%s-%s-%s-%d" % (pick(rng, words).lower(), pick(rng, words).lower(), pick(rng, words).lower(), rng.randint(10, 99))
    return rstr(rng, ALNUM, 32)


# ====================================================================== secret kinds
# Each returns dict(vars=[(NAME, value, is_secret)], snip=str)
def k_aws(rng):
    kid = "AKIA" + rstr(rng, B32, 16)
    sec = rstr(rng, ALNUM + "+/", 40)
    region = pick(rng, REGIONS)
    bucket = pick(rng, ["invoices-archive", "ml-datasets-prod", "static-assets-eu", "backups-nightly"])
    if rng.random() < 0.5:
        snip = ("import boto3\n\ns3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"%s\",\n    aws_secret_access_key=\"%s\",\n"
                "    region_name=\"%s\",\n)\ns3.download_file(\"%s\", \"exports/latest.csv\", \"/tmp/latest.csv\")") % (kid, sec, region, bucket)
    else:
        snip = "aws configure set aws_access_key_id %s\naws configure set aws_secret_access_key %s\naws s3 ls s3://%s/ --region %s" % (kid, sec, bucket, region)
    return dict(vars=[("AWS_ACCESS_KEY_ID", kid, True), ("AWS_SECRET_ACCESS_KEY", sec, True), ("AWS_DEFAULT_REGION", region, False)], snip=snip)


def k_github(rng):
    v = rng.randrange(4)
    if v == 0:
        tok = "ghp_" + rstr(rng, ALNUM, 36)
    elif v == 1:
        tok = "github_pat_11" + rstr(rng, UPPER_ALNUM, 20) + "_" + rstr(rng, ALNUM, 59)
    elif v == 2:
        tok = "ghs_" + rstr(rng, ALNUM, 36)
    else:
        tok = "gho_" + rstr(rng, ALNUM, 36)
    repo = pick(rng, ["corvid-systems/relay", "quillon/quill-sdk-js", "ledgerline/ledgerline", "emberly/design-tokens"])
    snip = "curl -s -H \"Authorization: token %s\" -H \"Accept: application/vnd.github+json\" https://api.github.com/repos/%s/releases/latest" % (tok, repo)
    return dict(vars=[("GITHUB_TOKEN", tok, True)], snip=snip)


def k_gitlab(rng):
    tok = "glpat-" + rstr(rng, URLSAFE, 20)
    snip = "curl --header \"PRIVATE-TOKEN: %s\" \"https://gitlab.com/api/v4/projects/%d/pipelines?status=failed\"" % (tok, rng.randint(1000000, 60000000))
    return dict(vars=[("GITLAB_TOKEN", tok, True)], snip=snip)


def k_slack_token(rng):
    if rng.random() < 0.7:
        tok = "xoxb-%s-%s-%s" % (digits(rng, 12, True), digits(rng, 13, True), rstr(rng, ALNUM, 24))
    else:
        tok = "xoxp-%s-%s-%s-%s" % (digits(rng, 12, True), digits(rng, 12, True), digits(rng, 13, True), hexs(rng, 32))
    ch = "C0" + rstr(rng, UPPER_ALNUM, 9)
    snip = ("curl -X POST https://slack.com/api/chat.postMessage -H \"Authorization: Bearer %s\" "
            "-H 'Content-type: application/json; charset=utf-8' --data '{\"channel\":\"%s\",\"text\":\"Deploy finished\"}'") % (tok, ch)
    return dict(vars=[("SLACK_BOT_TOKEN", tok, True)], snip=snip)


def k_slack_webhook(rng):
    url = "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(rng, UPPER_ALNUM, 8), rstr(rng, UPPER_ALNUM, 10), rstr(rng, ALNUM, 24))
    snip = "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"Nightly backup completed in 14m\"}' %s" % url
    return dict(vars=[("SLACK_WEBHOOK_URL", url, True)], snip=snip)


def k_stripe(rng):
    v = rng.randrange(3)
    if v == 0:
        key = "sk_live_" + rstr(rng, ALNUM, 24)
    elif v == 1:
        key = "sk_live_51" + rstr(rng, ALNUM, 97)
    else:
        key = "rk_live_51" + rstr(rng, ALNUM, 97)
    vs = [("STRIPE_SECRET_KEY", key, True)]
    if rng.random() < 0.4:
        vs.append(("STRIPE_WEBHOOK_SECRET", "whsec_" + rstr(rng, ALNUM, 32), True))
    snip = "curl https://api.stripe.com/v1/refunds -u %s: -d charge=ch_3%s -d amount=2500" % (key, rstr(rng, ALNUM, 24))
    return dict(vars=vs, snip=snip, snip_covers=1)


def k_openai(rng):
    if rng.random() < 0.6:
        key = "sk-proj-" + rstr(rng, URLSAFE, 74) + "T3BlbkFJ" + rstr(rng, URLSAFE, 74)
    else:
        key = "sk-" + rstr(rng, ALNUM, 20) + "T3BlbkFJ" + rstr(rng, ALNUM, 20)
    snip = ("curl https://api.openai.com/v1/chat/completions -H \"Content-Type: application/json\" -H \"Authorization: Bearer %s\" "
            "-d '{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", \"content\": \"ping\"}]}'") % key
    return dict(vars=[("OPENAI_API_KEY", key, True)], snip=snip)


def k_anthropic(rng):
    key = "sk-ant-api03-" + rstr(rng, URLSAFE, 93) + "AA"
    snip = ("curl https://api.anthropic.com/v1/messages -H \"x-api-key: %s\" -H \"anthropic-version: 2023-06-01\" "
            "-H \"content-type: application/json\" -d '{\"model\": \"claude-3-5-haiku-latest\", \"max_tokens\": 64, \"messages\": [{\"role\": \"user\", \"content\": \"hello\"}]}'") % key
    return dict(vars=[("ANTHROPIC_API_KEY", key, True)], snip=snip)


def k_google_api(rng):
    key = "AIza" + rstr(rng, URLSAFE, 35)
    snip = "curl \"https://maps.googleapis.com/maps/api/geocode/json?address=22+Alder+Street&key=%s\"" % key
    return dict(vars=[("GOOGLE_MAPS_SERVER_KEY", key, True)], snip=snip)


def k_gcp_sa(rng):
    proj = pick(rng, ["analytics-prod-4471", "billing-etl-2291", "ml-platform-8812"])
    sa = "%s@%s.iam.gserviceaccount.com" % (pick(rng, ["etl-runner", "bq-export", "deploy-bot"]), proj)
    key = rsa_pkcs8(rng) + "\n"
    obj = {"type": "service_account", "project_id": proj, "private_key_id": hexs(rng, 40), "private_key": key,
           "client_email": sa, "client_id": digits(rng, 21, True), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
           "token_uri": "https://oauth2.googleapis.com/token"}
    return dict(vars=[("GOOGLE_APPLICATION_CREDENTIALS_JSON", json.dumps(obj, indent=2), False)], pem=key.rstrip("\n"), sa=obj)


def k_azure_storage(rng):
    acct = pick(rng, ["stinvoicesprod", "stmlartifacts01", "stbackupweu"])
    key = base64.b64encode(rbytes(rng, 64)).decode()
    cs = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key)
    snip = "az storage blob upload --connection-string \"%s\" --container-name exports --name report.csv --file ./report.csv" % cs
    return dict(vars=[("AZURE_STORAGE_CONNECTION_STRING", cs, False)], secrets=[key], snip=snip)


def k_azure_client_secret(rng):
    sec = rstr(rng, ALNUM, 3) + "8Q~" + rstr(rng, ALNUM + "_.~-", 34)
    app, ten = str(uuid.UUID(int=rng.getrandbits(128), version=4)), str(uuid.UUID(int=rng.getrandbits(128), version=4))
    snip = "az login --service-principal -u %s -p '%s' --tenant %s" % (app, sec, ten)
    return dict(vars=[("AZURE_CLIENT_ID", app, False), ("AZURE_TENANT_ID", ten, False), ("AZURE_CLIENT_SECRET", sec, True)], snip=snip)


def k_twilio(rng):
    sid = "AC" + hexs(rng, 32)
    tok = hexs(rng, 32)
    snip = ("curl -X POST \"https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json\" --data-urlencode \"Body=Your pickup is ready\" "
            "--data-urlencode \"From=+14155550123\" --data-urlencode \"To=+14155550188\" -u %s:%s") % (sid, sid, tok)
    return dict(vars=[("TWILIO_ACCOUNT_SID", sid, False), ("TWILIO_AUTH_TOKEN", tok, True)], snip=snip)


def k_sendgrid(rng):
    key = "SG." + rstr(rng, URLSAFE, 22) + "." + rstr(rng, URLSAFE, 43)
    snip = ("curl --request POST --url https://api.sendgrid.com/v3/mail/send --header \"Authorization: Bearer %s\" "
            "--header 'Content-Type: application/json' --data @welcome-mail.json") % key
    return dict(vars=[("SENDGRID_API_KEY", key, True)], snip=snip)


def k_mailgun(rng):
    key = "key-" + hexs(rng, 32) if rng.random() < 0.5 else "%s-%s-%s" % (hexs(rng, 32), hexs(rng, 8), hexs(rng, 8))
    dom = pick(rng, ["mg.juniperlanebooks.com", "mail.solsticefit.com", "mg.veloratravel.com"])
    snip = "curl -s --user 'api:%s' https://api.eu.mailgun.net/v3/%s/messages -F from='Shop <no-reply@%s>' -F to=test@%s -F subject='Test' -F text='Hello'" % (key, dom, dom, dom)
    return dict(vars=[("MAILGUN_API_KEY", key, True), ("MAILGUN_DOMAIN", dom, False)], snip=snip)


def k_shopify(rng):
    tok = "shpat_" + hexs(rng, 32)
    shop = pick(rng, ["saltmarsh-coffee", "northgate-outfitters", "tundra-gear-ca"])
    snip = "curl -H \"X-Shopify-Access-Token: %s\" \"https://%s.myshopify.com/admin/api/2024-04/orders.json?status=any&limit=50\"" % (tok, shop)
    return dict(vars=[("SHOPIFY_ADMIN_TOKEN", tok, True), ("SHOPIFY_SHOP", shop + ".myshopify.com", False)], snip=snip)


def k_npm(rng):
    tok = "npm_" + rstr(rng, ALNUM, 36)
    snip = "//registry.npmjs.org/:_authToken=%s" % tok
    return dict(vars=[("NPM_TOKEN", tok, True)], snip=snip)


def k_pypi(rng):
    tok = "pypi-AgEIcHlwaS5vcmcCJD" + rstr(rng, URLSAFE, 150)
    snip = "twine upload --non-interactive -u __token__ -p %s dist/*" % tok
    return dict(vars=[("TWINE_PASSWORD", tok, True), ("TWINE_USERNAME", "__token__", False)], snip=snip)


def k_discord(rng):
    if rng.random() < 0.55:
        uid = str(rng.randint(10 ** 17, 10 ** 18 * 2))
        tok = base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rstr(rng, URLSAFE, 6) + "." + rstr(rng, URLSAFE, 38)
        snip = "curl -H \"Authorization: Bot %s\" https://discord.com/api/v10/users/@me" % tok
        return dict(vars=[("DISCORD_BOT_TOKEN", tok, True)], snip=snip)
    url = "https://discord.com/api/webhooks/%s/%s" % (digits(rng, 19, True), rstr(rng, URLSAFE, 68))
    snip = "curl -H \"Content-Type: application/json\" -d '{\"content\": \"Build #%d passed\"}' %s" % (rng.randint(100, 9999), url)
    return dict(vars=[("DISCORD_WEBHOOK_URL", url, True)], snip=snip)


def k_telegram(rng):
    tok = "%s:AA%s" % (digits(rng, 10, True), rstr(rng, URLSAFE, 33))
    snip = "curl -s \"https://api.telegram.org/bot%s/sendMessage?chat_id=-100%s&text=Backup%%20finished\"" % (tok, digits(rng, 10, True))
    return dict(vars=[("TELEGRAM_BOT_TOKEN", tok, True)], snip=snip)


def k_datadog(rng):
    api, app = hexs(rng, 32), hexs(rng, 40)
    snip = "curl -X GET \"https://api.datadoghq.eu/api/v1/monitor?group_states=alert\" -H \"DD-API-KEY: %s\" -H \"DD-APPLICATION-KEY: %s\"" % (api, app)
    return dict(vars=[("DD_API_KEY", api, True), ("DD_APP_KEY", app, True), ("DD_SITE", "datadoghq.eu", False)], snip=snip)


def k_vault(rng):
    tok = "hvs.CAESI" + rstr(rng, URLSAFE, 82)
    snip = "export VAULT_ADDR=https://vault.internal:8200\nVAULT_TOKEN=%s vault kv get -field=password secret/payments/db" % tok
    return dict(vars=[("VAULT_TOKEN", tok, True), ("VAULT_ADDR", "https://vault.internal:8200", False)], snip=snip)


def k_digitalocean(rng):
    tok = "dop_v1_" + hexs(rng, 64)
    snip = "curl -X GET -H \"Content-Type: application/json\" -H \"Authorization: Bearer %s\" \"https://api.digitalocean.com/v2/droplets?page=1&per_page=20\"" % tok
    return dict(vars=[("DIGITALOCEAN_TOKEN", tok, True)], snip=snip)


def k_huggingface(rng):
    tok = "hf_" + rstr(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34)
    snip = "huggingface-cli login --token %s" % tok
    return dict(vars=[("HF_TOKEN", tok, True)], snip=snip)


def k_private_key(rng):
    v = rng.randrange(3)
    who = login(rng)
    if v == 0:
        k, _ = openssh_ed25519(rng, "%s@%s" % (who, pick(rng, ["laptop", "build-03", "bastion"])))
    elif v == 1:
        k = ec_private_key(rng)
    else:
        k = rsa_pkcs8(rng)
    return dict(vars=[], pem=k)


def k_jwt(rng):
    now = rng.randint(1700000000, 1740000000)
    v = rng.randrange(3)
    if v == 0:
        tok = jwt_hs256(rng, {"sub": str(rng.randint(1000, 99999)), "email_verified": True, "scope": "orders:read orders:write", "iat": now, "exp": now + 86400 * 30})
        name = "API_TOKEN"
    elif v == 1:
        ref = rstr(rng, "abcdefghijklmnopqrstuvwxyz", 20)
        tok = jwt_hs256(rng, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": now, "exp": now + 10 ** 8})
        name = "SUPABASE_SERVICE_ROLE_KEY"
    else:
        tok = jwt_rs256(rng, {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "prod",
                              "kubernetes.io/serviceaccount/service-account.name": "deployer", "sub": "system:serviceaccount:prod:deployer"})
        name = "KUBE_TOKEN"
    snip = "curl -H \"Authorization: Bearer %s\" https://api.%s/v1/orders?status=open" % (tok, pick(rng, COMPANIES)[1])
    return dict(vars=[(name, tok, True)], snip=snip)


def k_database_url(rng):
    user = pick(rng, ["app", "orders_rw", "analytics", "admin", "svc_billing"])
    pw = human_password(rng).replace("@", "").replace("/", "").replace(":", "").replace("#", "").replace("%", "")
    v = rng.randrange(4)
    if v == 0:
        url = "postgres://%s:%s@%s:5432/%s" % (user, pw, pick(rng, HOSTS[:3]), pick(rng, ["orders", "billing", "app_prod"]))
        snip = "psql \"%s\" -c '\\dt'" % url
    elif v == 1:
        url = "mysql://%s:%s@mysql.orders.svc.cluster.local:3306/orders" % (user, pw)
        snip = "DATABASE_URL=\"%s\" ./manage.py migrate" % url
    elif v == 2:
        url = "mongodb+srv://%s:%s@cluster0.x8kqa.mongodb.net/shop?retryWrites=true&w=majority" % (user, pw)
        snip = "mongosh \"%s\"" % url
    else:
        url = "redis://default:%s@redis-17734.c81.eu-west-1-1.ec2.cloud.redislabs.com:17734" % pw
        snip = "redis-cli -u %s PING" % url
    return dict(vars=[("DATABASE_URL" if v < 3 else "REDIS_URL", url, True)], snip=snip)


def k_generic_password(rng):
    pw = human_password(rng)
    name = pick(rng, ["DB_PASSWORD", "SMTP_PASSWORD", "ADMIN_PASSWORD", "REDIS_PASSWORD", "LDAP_BIND_PASSWORD", "RABBITMQ_DEFAULT_PASS"])
    host = pick(rng, ["db-prod-1.internal", "10.20.3.14", "mysql.orders.svc.cluster.local"])
    snip = "mysql -h %s -u admin -p'%s' orders -e 'SELECT COUNT(*) FROM shipments;'" % (host, pw)
    return dict(vars=[(name, pw, True), ("DB_HOST", host, False), ("DB_USER", "admin", False)], snip=snip)


def k_basic_auth_url(rng):
    user = pick(rng, ["deploy", "ci-bot", "jenkins", "buildagent"])
    pw = rstr(rng, ALNUM, rng.randint(16, 24))
    v = rng.randrange(3)
    if v == 0:
        url = "https://%s:%s@pypi.internal.%s/simple/" % (user, pw, pick(rng, COMPANIES)[1])
        snip = "pip install --index-url %s billing-common==%s" % (url, version(rng))
    elif v == 1:
        url = "https://%s:%s@git.%s/platform/infra.git" % (user, pw, pick(rng, COMPANIES)[1])
        snip = "git clone %s" % url
    else:
        url = "https://%s:%s@nexus.%s/repository/maven-releases/" % (user, pw, pick(rng, COMPANIES)[1])
        snip = "mvn deploy -DaltDeploymentRepository=releases::default::%s" % url
    return dict(vars=[("REPO_URL", url, True)], snip=snip)


def k_docker_hub(rng):
    tok = "dckr_pat_" + rstr(rng, URLSAFE, 27)
    user = login(rng)
    snip = "echo \"%s\" | docker login -u %s --password-stdin" % (tok, user)
    return dict(vars=[("DOCKERHUB_TOKEN", tok, True), ("DOCKERHUB_USERNAME", user, False)], snip=snip, docker_user=user)


def k_grafana(rng):
    tok = "glsa_" + rstr(rng, ALNUM, 32) + "_" + hexs(rng, 8)
    snip = "curl -H \"Authorization: Bearer %s\" https://grafana.internal/api/search?query=checkout" % tok
    return dict(vars=[("GRAFANA_TOKEN", tok, True)], snip=snip)


def k_atlassian(rng):
    tok = "ATATT3xFfGF0" + rstr(rng, URLSAFE, 180) + "=" + hexs(rng, 8).upper()
    mail = email_for(rng, person(rng), pick(rng, COMPANIES)[1])
    snip = "curl -u %s:%s -H \"Accept: application/json\" https://%s.atlassian.net/rest/api/3/myself" % (mail, tok, pick(rng, ["corvid", "quillon", "bluefin"]))
    return dict(vars=[("JIRA_API_TOKEN", tok, True), ("JIRA_USER", mail, False)], snip=snip)


def k_terraform(rng):
    tok = rstr(rng, ALNUM, 14) + ".atlasv1." + rstr(rng, ALNUM, 67)
    snip = "credentials \"app.terraform.io\" {\n  token = \"%s\"\n}" % tok
    return dict(vars=[("TF_TOKEN_app_terraform_io", tok, True)], snip=snip)


def k_newrelic(rng):
    key = "NRAK-" + rstr(rng, UPPER_ALNUM, 27)
    snip = "curl https://api.eu.newrelic.com/graphql -H 'Content-Type: application/json' -H \"API-Key: %s\" --data-binary '{\"query\":\"{ actor { user { name } } }\"}'" % key
    return dict(vars=[("NEW_RELIC_API_KEY", key, True)], snip=snip)


def k_postman(rng):
    key = "PMAK-" + hexs(rng, 24) + "-" + hexs(rng, 34)
    snip = "curl -H \"X-Api-Key: %s\" https://api.getpostman.com/collections" % key
    return dict(vars=[("POSTMAN_API_KEY", key, True)], snip=snip)


def k_age(rng):
    key = "AGE-SECRET-KEY-1" + rstr(rng, BECH32, 58)
    pub = "age1" + rstr(rng, BECH32.lower(), 58)
    return dict(vars=[], pem=key, age_pub=pub)


KINDS = [  # (category, generator, count)
    ("aws_access_key", k_aws, 3), ("github_token", k_github, 3), ("gitlab_token", k_gitlab, 2),
    ("slack_token", k_slack_token, 3), ("slack_webhook", k_slack_webhook, 3), ("stripe_key", k_stripe, 3),
    ("openai_key", k_openai, 3), ("anthropic_key", k_anthropic, 3), ("google_api_key", k_google_api, 3),
    ("gcp_service_account", k_gcp_sa, 2), ("azure_storage_key", k_azure_storage, 2),
    ("azure_client_secret", k_azure_client_secret, 2), ("twilio_credentials", k_twilio, 2), ("sendgrid_key", k_sendgrid, 3),
    ("mailgun_key", k_mailgun, 2), ("shopify_token", k_shopify, 2), ("npm_token", k_npm, 3), ("pypi_token", k_pypi, 2),
    ("discord_token", k_discord, 3), ("telegram_bot_token", k_telegram, 3), ("datadog_key", k_datadog, 2),
    ("vault_token", k_vault, 2), ("digitalocean_token", k_digitalocean, 2), ("huggingface_token", k_huggingface, 3),
    ("private_key", k_private_key, 4), ("jwt", k_jwt, 3), ("database_url", k_database_url, 5),
    ("generic_password", k_generic_password, 5), ("basic_auth_url", k_basic_auth_url, 3), ("docker_hub_token", k_docker_hub, 2),
    ("grafana_token", k_grafana, 2), ("atlassian_token", k_atlassian, 1), ("terraform_token", k_terraform, 1),
    ("new_relic_key", k_newrelic, 1), ("postman_key", k_postman, 1), ("age_key", k_age, 1),
]
assert sum(c for _, _, c in KINDS) == 90

SECONDARY = [k_database_url, k_generic_password, k_sendgrid, k_slack_webhook, k_stripe, k_datadog, k_openai, k_github]


# ====================================================================== carriers (var based)
FILLER_ENV = [("APP_ENV", "production"), ("LOG_LEVEL", "info"), ("PORT", "8080"), ("TZ", "UTC"), ("FEATURE_NEW_CHECKOUT", "false"),
              ("CACHE_TTL_SECONDS", "300"), ("WORKERS", "4"), ("S3_BUCKET", "exports-eu"), ("SENTRY_ENVIRONMENT", "prod"),
              ("PUBLIC_BASE_URL", "https://app.{dom}"), ("SMTP_HOST", "smtp.{dom}"), ("SMTP_PORT", "587"), ("MAX_UPLOAD_MB", "25")]


def allvars(kinds):
    out = []
    for k in kinds:
        out.extend(k["vars"])
    return out


def _filler(rng, n, dom):
    fs = rng.sample(FILLER_ENV, n)
    return [(a, b.replace("{dom}", dom)) for a, b in fs]


def s_env_file(rng, kinds):
    dom = pick(rng, COMPANIES)[1]
    lines = ["# %s - generated %s" % (pick(rng, [".env.production", ".env", "deploy/.env.staging"]), rdate(rng).strftime("%Y-%m-%d"))]
    items = _filler(rng, rng.randint(3, 6), dom) + [(a, b) for a, b, _ in allvars(kinds)]
    rng.shuffle(items)
    for a, b in items:
        if " " in b or '"' in b:
            lines.append('%s="%s"' % (a, b))
        else:
            lines.append("%s=%s" % (a, b))
    return "$ cat .env\n" + "\n".join(lines) + "\n" if rng.random() < 0.4 else "\n".join(lines) + "\n"


def s_docker_compose(rng, kinds):
    dom = pick(rng, COMPANIES)[1]
    svc = pick(rng, ["api", "worker", "web", "scheduler"])
    env = _filler(rng, 3, dom) + [(a, b) for a, b, _ in allvars(kinds)]
    rng.shuffle(env)
    out = ["services:", "  %s:" % svc, "    image: registry.%s/%s:%s" % (dom, svc, version(rng)), "    restart: unless-stopped",
           "    ports:", "      - \"8080:8080\"", "    environment:"]
    for a, b in env:
        out.append("      - %s=%s" % (a, b))
    out += ["    depends_on:", "      - db", "  db:", "    image: postgres:16", "    volumes:", "      - pgdata:/var/lib/postgresql/data",
            "volumes:", "  pgdata: {}"]
    return "\n".join(out) + "\n"


def s_k8s_secret(rng, kinds):
    name = pick(rng, ["orders-api-secrets", "billing-env", "app-credentials", "worker-secrets"])
    out = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % name, "  namespace: %s" % pick(rng, ["prod", "staging", "default"]),
           "  labels:", "    app.kubernetes.io/managed-by: kustomize", "type: Opaque", "stringData:"]
    for a, b, _ in allvars(kinds):
        if "\n" in b:
            out.append("  %s: |" % a.lower().replace("_", "-"))
            out += ["    " + l for l in b.split("\n")]
        else:
            out.append("  %s: \"%s\"" % (a.lower().replace("_", "-"), b))
    return "\n".join(out) + "\n"


def s_ci_log(rng, kinds):
    d = rdate(rng)
    out = []

    def ln(s):
        nonlocal d
        d = d.replace(microsecond=0)
        out.append("%s.%07dZ %s" % (d.strftime("%Y-%m-%dT%H:%M:%S"), rng.randrange(10 ** 7), s))
        d = later(d, rng, 0, 1)
    ln("##[group]Run ./scripts/deploy.sh %s" % pick(rng, ["staging", "production"]))
    ln("./scripts/deploy.sh %s" % pick(rng, ["staging", "production"]))
    ln("shell: /usr/bin/bash -e {0}")
    ln("##[endgroup]")
    ln("+ set -x")
    ln("+ source ./scripts/load-env.sh")
    for a, b, _ in allvars(kinds):
        ln("++ export %s=%s" % (a, b))
    ln("+ echo 'Deploying %s'" % version(rng))
    ln("Deploying %s" % version(rng))
    ln("+ helm upgrade --install api ./chart -f values-prod.yaml")
    ln("Release \"api\" has been upgraded. Happy Helming!")
    return "\n".join(out) + "\n"


def s_tfvars(rng, kinds):
    out = ["# terraform.tfvars", "region      = \"%s\"" % pick(rng, REGIONS), "environment = \"prod\"", "instance_count = %d" % rng.randint(2, 6), ""]
    for a, b, _ in allvars(kinds):
        out.append("%s = \"%s\"" % (a.lower(), b))
    out += ["", "tags = {", "  team  = \"platform\"", "  owner = \"%s\"" % login(rng), "}"]
    return "\n".join(out) + "\n"


def s_properties(rng, kinds):
    out = ["# application-prod.properties", "server.port=8080", "spring.jpa.hibernate.ddl-auto=validate",
           "management.endpoints.web.exposure.include=health,info"]
    for a, b, _ in allvars(kinds):
        out.append("app.%s=%s" % (a.lower().replace("_", "."), b))
    out.append("logging.level.root=INFO")
    return "\n".join(out) + "\n"


def s_config_json(rng, kinds):
    cfg = {"service": pick(rng, ["notifier", "orders-api", "report-builder"]), "env": "production", "port": 8080,
           "features": {"asyncExport": True, "newCheckout": False}, "integrations": {}}
    for a, b, _ in allvars(kinds):
        parts = a.lower().split("_")
        cfg["integrations"][parts[0] + "".join(p.title() for p in parts[1:])] = b
    return "$ cat config/production.json\n" + json.dumps(cfg, indent=2) + "\n"


def s_notebook(rng, kinds):
    src1 = ["import os\n"] + ["os.environ[\"%s\"] = \"%s\"\n" % (a, b) for a, b, s in allvars(kinds) if s] + ["print(\"env ready\")"]
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Weekly export check\n", "Pull last week's records and compare row counts."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["env ready\n"]}],
         "source": src1},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream",
                                                                                  "text": ["rows: %d\n" % rng.randint(1000, 90000)]}],
         "source": ["df = load_week()\n", "print(\"rows:\", len(df))"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1)


def s_git_diff(rng, kinds):
    path = pick(rng, [".env.example", "config/settings.py", "deploy/values-prod.yaml"])
    a = person(rng)
    co = pick(rng, COMPANIES)
    added = []
    for n, v, _ in allvars(kinds):
        if path.endswith(".py"):
            added.append('+%s = "%s"' % (n, v))
        elif path.endswith(".yaml"):
            added.append("+  %s: \"%s\"" % (n.lower(), v))
        else:
            added.append("+%s=%s" % (n, v))
    out = ["commit %s" % hexs(rng, 40), "Author: %s <%s>" % (a, email_for(rng, a, co[1])),
           "Date:   %s" % rdate(rng).strftime("%a %b %d %H:%M:%S %Y +0000"), "",
           "    %s" % pick(rng, ["wip: get staging working", "fix config for prod", "add integration settings", "temp: debug deploy"]), "",
           "diff --git a/%s b/%s" % (path, path), "index %s..%s 100644" % (hexs(rng, 7), hexs(rng, 7)), "--- a/%s" % path, "+++ b/%s" % path,
           "@@ -%d,3 +%d,%d @@" % (rng.randint(3, 40), rng.randint(3, 40), 3 + len(added))]
    ctxl = {".env.example": [" LOG_LEVEL=info", " PORT=8080", " TZ=UTC"],
            "config/settings.py": [" DEBUG = False", " ALLOWED_HOSTS = [\"*\"]", " TIME_ZONE = \"UTC\""],
            "deploy/values-prod.yaml": [" env:", "   LOG_LEVEL: info", "   PORT: \"8080\""]}[path]
    out += ctxl[:2] + added + ctxl[2:]
    return "\n".join(out) + "\n"


# ====================================================================== carriers (usage based)
def s_shell_history(rng, kinds):
    pre = ["cd ~/work/%s" % pick(rng, ["infra", "billing", "orders-api"]), "git pull", "ls -la", "docker ps", "kubectl get pods -n prod",
           "vim README.md", "make test", "git status"]
    lines = rng.sample(pre, rng.randint(3, 5))
    for k in kinds:
        lines.extend(k["snip"].split("\n"))
    lines += rng.sample(["clear", "git log --oneline | head", "exit", "history"], 2)
    n = rng.randint(300, 1800)
    return "$ history | tail -%d\n" % len(lines) + "\n".join("%5d  %s" % (n + i, l) for i, l in enumerate(lines)) + "\n"


def s_slack(rng, kinds):
    a, b, c = person(rng), person(rng), person(rng)
    d = rdate(rng)
    ts = int((d - __import__("datetime").datetime(1970, 1, 1)).total_seconds())
    msgs = [(a, pick(rng, ["anyone know why the staging deploy can't reach the API?", "the nightly job is failing again, trying it by hand",
                           "how do I test the integration locally?"])),
            (b, pick(rng, ["works for me with this:", "try this, it's what I use:", "here's the command from my terminal:"]) + "\n```\n" + "\n".join(k["snip"] for k in kinds) + "\n```"),
            (c, pick(rng, ["please don't paste live credentials in channels :( can you rotate that?", "ooh careful, that's the prod key. rotating it now",
                           "deleting this message in 5 min, please move creds to the vault"])),
            (b, "oops, yes. rotating")]
    out = []
    for who, text in msgs:
        ts += rng.randint(30, 600)
        out.append({"type": "message", "user": "U0" + rstr(rng, UPPER_ALNUM, 8), "user_name": who, "text": text,
                    "ts": "%d.%06d" % (ts, rng.randrange(10 ** 6))})
    return json.dumps({"ok": True, "messages": list(reversed(out)), "has_more": False}, indent=2, ensure_ascii=False)


def s_email(rng, kinds):
    a, b = person(rng), person(rng)
    co = pick(rng, COMPANIES)
    d = rdate(rng)
    body = ["Hi %s," % b.split(" ")[0], "",
            pick(rng, ["as discussed, here's how to access the sandbox for the integration test:", "for the migration on Thursday you'll need this:",
                       "the contractor asked how we call the API, this is the exact command we use:"]), ""]
    for k in kinds:
        body.append(k["snip"])
        body.append("")
    body += [pick(rng, ["Let me know if it doesn't work.", "Please keep this to yourself, I'll rotate it after the project.", "Shout if you get a 401."]), "", "Thanks,", a.split(" ")[0]]
    return ("From: %s <%s>\nTo: %s <%s>\nSubject: %s\nDate: %s\n\n" % (a, email_for(rng, a, co[1]), b, email_for(rng, b, co[1]),
                                                                     pick(rng, ["Access for the integration test", "Re: API access", "credentials for Thursday"]), rfc2822(d, "+0100"))
            + "\n".join(body) + "\n")


def s_jira(rng, kinds):
    key = "%s-%d" % (pick(rng, ["OPS", "PLAT", "INT", "DATA"]), rng.randint(100, 4000))
    a = person(rng)
    out = ["%s  %s" % (key, pick(rng, ["Nightly sync job fails with 401", "Cannot reach partner API from staging", "Export job intermittently times out"])),
           "Status: In Progress    Assignee: %s" % a, "", "Description", "-----------",
           "The job started failing after last week's config change. Reproduced by hand from the worker pod:", "", "{code}"]
    for k in kinds:
        out.append(k["snip"])
    out += ["{code}", "", "Response was HTTP %d. Not sure whether the credential or the network policy is the problem." % pick(rng, [401, 403, 504])]
    return "\n".join(out) + "\n"


def s_github_issue(rng, kinds):
    body = ("### What happened?\n%s\n\n### Steps to reproduce\n```bash\n%s\n```\n\n### Version\n%s" % (
        pick(rng, ["The client returns `401 Unauthorized` even though the key works with curl.", "Requests hang for 30 s and then time out.",
                   "Getting a 403 when calling the endpoint from CI, works locally."]), "\n".join(k["snip"] for k in kinds), version(rng)))
    obj = {"number": rng.randint(100, 5000), "title": pick(rng, ["401 when using token from env", "Timeout calling API from CI", "403 on release upload"]),
           "state": "open", "user": {"login": login(rng)}, "body": body, "created_at": iso_z(rdate(rng)), "comments": 0}
    return json.dumps(obj, indent=2, ensure_ascii=False)


def s_traceback(rng, kinds):
    k = kinds[0]
    n, v, _ = [x for x in k["vars"] if x[2]][0] if any(x[2] for x in k["vars"]) else k["vars"][0]
    mod = pick(rng, ["sync_partners.py", "jobs/export.py", "worker/tasks.py"])
    return ("Traceback (most recent call last):\n  File \"/app/%s\", line %d, in <module>\n    main()\n  File \"/app/%s\", line %d, in main\n"
            "    client = connect(%s=\"%s\")\n  File \"/usr/local/lib/python3.11/site-packages/partnerlib/client.py\", line 88, in connect\n"
            "    raise AuthError(resp.status_code, resp.text)\npartnerlib.errors.AuthError: (401, '{\"error\": \"invalid_credentials\"}')\n") % (
        mod, rng.randint(200, 400), mod, rng.randint(20, 120), n.lower(), v)


def s_http_request(rng, kinds):
    k = kinds[0]
    snip = k["snip"]
    return ("# captured by mitmproxy %s\n%s\n\n# request reconstructed as curl:\n%s\n" % (
        rdate(rng).strftime("%Y-%m-%d %H:%M:%S"), "GET /v1/status HTTP/1.1\nHost: api.internal\nUser-Agent: python-requests/2.31.0\nAccept: */*",
        snip))


def s_app_log(rng, kinds):
    d = rdate(rng)
    out = []
    for msg in ["Starting worker v%s" % version(rng), "Loaded configuration from environment"]:
        out.append("%s INFO  [main] boot - %s" % (iso_z(d), msg))
        d = later(d, rng, 0, 1)
    cfg = {a: b for a, b, _ in allvars(kinds)}
    out.append("%s DEBUG [main] boot - effective config: %s" % (iso_z(d), json.dumps(cfg)))
    out.append("%s INFO  [main] http - listening on :8080" % iso_z(later(d, rng, 0, 1)))
    return "\n".join(out) + "\n"


def s_postman(rng, kinds):
    k = kinds[0]
    n, v, _ = [x for x in k["vars"] if x[2]][0]
    col = {"info": {"name": pick(rng, ["Partner API", "Internal admin", "Orders v2"]), "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "auth": {"type": "bearer", "bearer": [{"key": "token", "value": v, "type": "string"}]},
           "item": [{"name": "List orders", "request": {"method": "GET", "url": "{{baseUrl}}/v2/orders?limit=20"}},
                    {"name": "Get order", "request": {"method": "GET", "url": "{{baseUrl}}/v2/orders/:id"}}],
           "variable": [{"key": "baseUrl", "value": "https://api.%s" % pick(rng, COMPANIES)[1]}]}
    return json.dumps(col, indent=2)


# ====================================================================== kind-specific carriers
def s_aws_ini(rng, kinds):
    k = kinds[0]
    kid, sec = k["vars"][0][1], k["vars"][1][1]
    return "$ cat ~/.aws/credentials\n[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n\n[sandbox]\nrole_arn = arn:aws:iam::%s:role/Developer\nsource_profile = default\n" % (kid, sec, digits(rng, 12, True))


def s_npmrc(rng, kinds):
    return "$ cat ~/.npmrc\nregistry=https://registry.npmjs.org/\n%s\n@corvid:registry=https://npm.pkg.github.com\nsave-exact=true\n" % kinds[0]["snip"]


def s_pypirc(rng, kinds):
    tok = kinds[0]["vars"][0][1]
    return "[distutils]\nindex-servers =\n    pypi\n    testpypi\n\n[pypi]\nusername = __token__\npassword = %s\n\n[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__\n" % tok


def s_docker_config(rng, kinds):
    k = kinds[0]
    auth = base64.b64encode(("%s:%s" % (k["docker_user"], k["vars"][0][1])).encode()).decode()
    k["extra_secrets"] = [auth]
    return "$ cat ~/.docker/config.json\n" + json.dumps({"auths": {"https://index.docker.io/v1/": {"auth": auth}}, "credsStore": ""}, indent=2) + "\n"


def s_kubeconfig(rng, kinds):
    tok = kinds[0]["vars"][0][1]
    return ("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=\n"
            "    server: https://k8s-prod.internal:6443\n  name: prod\ncontexts:\n- context:\n    cluster: prod\n    namespace: prod\n    user: deployer\n"
            "  name: prod\ncurrent-context: prod\nusers:\n- name: deployer\n  user:\n    token: %s\n") % tok


def s_pem_terminal(rng, kinds):
    k = kinds[0]
    if "age_pub" in k:
        return "$ cat ~/.config/sops/age/keys.txt\n# created: %s\n# public key: %s\n%s\n" % (iso_z(rdate(rng)), k["age_pub"], k["pem"])
    path = pick(rng, ["~/.ssh/id_ed25519", "./certs/server.key", "deploy/keys/signing.pem", "/etc/ssl/private/api.key"])
    return "$ ls -l %s\n-rw------- 1 %s staff %d %s %s\n$ cat %s\n%s\n" % (
        path, login(rng), len(k["pem"]) + 1, rdate(rng).strftime("%b %d %H:%M"), path.split("/")[-1], path, k["pem"])


def s_pem_slack(rng, kinds):
    k = kinds[0]
    a, b = person(rng), person(rng)
    msgs = [{"user_name": a, "text": "can you send me the key for the staging box? my old one got wiped"},
            {"user_name": b, "text": "here:\n```\n%s\n```" % k["pem"]},
            {"user_name": a, "text": "thanks!"}]
    return json.dumps({"ok": True, "messages": msgs}, indent=2)


def s_pem_github(rng, kinds):
    k = kinds[0]
    body = "Signature verification fails with the key below (it's only our test key):\n\n```\n%s\n```\n\nError: `invalid signature`" % k["pem"]
    return json.dumps({"number": rng.randint(100, 4000), "title": "Signature verification fails with EC/ed25519 keys", "user": {"login": login(rng)},
                       "state": "open", "body": body}, indent=2)


def s_pem_k8s(rng, kinds):
    k = kinds[0]
    return s_k8s_secret(rng, [dict(vars=[("tls.key", k["pem"], True)])])


def s_sa_json(rng, kinds):
    return "$ cat ./keys/%s.json\n%s\n" % (kinds[0]["sa"]["project_id"], json.dumps(kinds[0]["sa"], indent=2))


def s_sa_notebook(rng, kinds):
    sa = kinds[0]["sa"]
    cells = [{"cell_type": "code", "execution_count": 3, "metadata": {},
              "source": ["import json\n", "creds = json.load(open('sa.json'))\n", "creds"],
              "outputs": [{"output_type": "execute_result", "execution_count": 3, "metadata": {},
                           "data": {"text/plain": [repr(sa)]}}]}]
    return json.dumps({"cells": cells, "nbformat": 4, "nbformat_minor": 5, "metadata": {}}, indent=1)


VAR_CARRIERS = {"env_file": s_env_file, "docker_compose_yaml": s_docker_compose, "k8s_secret_yaml": s_k8s_secret,
                "github_actions_log": s_ci_log, "terraform_tfvars": s_tfvars, "spring_properties": s_properties,
                "config_json": s_config_json, "jupyter_notebook_json": s_notebook, "git_diff": s_git_diff, "app_log": s_app_log}
USE_CARRIERS = {"shell_history": s_shell_history, "slack_thread_json": s_slack, "email_eml": s_email, "jira_issue_text": s_jira,
                "github_issue_json": s_github_issue, "http_request_capture": s_http_request}


def carriers_for(cat, k):
    if cat == "private_key":
        return {"terminal_output": s_pem_terminal, "slack_thread_json": s_pem_slack, "github_issue_json": s_pem_github, "k8s_secret_yaml": s_pem_k8s}
    if cat == "age_key":
        return {"terminal_output": s_pem_terminal}
    if cat == "gcp_service_account":
        return {"service_account_json": s_sa_json, "jupyter_notebook_json": s_sa_notebook}
    c = dict(VAR_CARRIERS)
    c.update(USE_CARRIERS)
    if any(x[2] for x in k["vars"]):
        c["python_traceback"] = s_traceback
        c["postman_collection_json"] = s_postman
    if cat == "aws_access_key":
        c["aws_credentials_ini"] = s_aws_ini
    if cat == "npm_token":
        c = {"npmrc": s_npmrc, "github_actions_log": s_ci_log, "shell_history": s_shell_history}
    if cat == "pypi_token":
        c = {"pypirc": s_pypirc, "github_actions_log": s_ci_log}
    if cat == "docker_hub_token":
        c = {"docker_config_json": s_docker_config, "shell_history": s_shell_history}
    if cat == "jwt":
        c["kubeconfig_yaml"] = s_kubeconfig
    if cat == "terraform_token":
        c = {"terraform_credentials": lambda rng, ks: "$ cat ~/.terraform.d/credentials.tfrc\n%s\n" % ks[0]["snip"]}
    if cat == "azure_storage_key":
        c = {k2: v for k2, v in c.items() if k2 not in ("python_traceback", "postman_collection_json")}
    return c


def locate(text, value):
    cands = [value, json.dumps(value)[1:-1], repr(value)[1:-1], json.dumps(repr(value)[1:-1])[1:-1]]
    for ind in (2, 4, 6):
        cands.append(("\n" + " " * ind).join(value.split("\n")))
    for c in cands:
        if c and c in text:
            return c
    return None


# ====================================================================== clean rows
def clean_rows(rng):
    R = []

    def add(cat, fmt, text):
        R.append(dict(format=fmt, label="clean", category=cat, secrets=[], text=text))

    # --- git_sha (5)
    lines = ["%s %s" % (hexs(rng, 7), m) for m in ["fix: handle empty CSV rows", "chore(deps): bump axios to 1.7.2", "feat: saved views",
                                                   "docs: update install guide", "refactor: split exporter", "test: pin TZ in scheduler test"]]
    add("git_sha", "terminal_output", "$ git log --oneline -6\n" + "\n".join(lines) + "\n")
    sha = hexs(rng, 40)
    add("git_sha", "github_api_json", json.dumps({"sha": sha, "node_id": "C_kwDO" + rstr(rng, ALNUM, 30), "commit": {
        "author": {"name": person(rng), "date": iso_z(rdate(rng))}, "message": "Merge pull request #%d from feature/export-async" % rng.randint(100, 900),
        "tree": {"sha": hexs(rng, 40)}}, "parents": [{"sha": hexs(rng, 40)}, {"sha": hexs(rng, 40)}],
        "html_url": "https://github.com/quillon/quill-sdk-js/commit/" + sha}, indent=2))
    add("git_sha", "github_actions_log", "Syncing repository: corvid-systems/relay\nGetting Git version info\nFetching the repository\n"
        "/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +%s:refs/remotes/origin/main\n"
        "Checking out the ref\nHEAD is now at %s %s\n" % (hexs(rng, 40), hexs(rng, 7), "ci: cache pip downloads"))
    add("git_sha", "markdown_wiki", "## Release 4.2.0\n\nCommits since 4.1.3:\n\n" + "\n".join(
        "- [`%s`](https://github.com/ledgerline/ledgerline/commit/%s) %s" % (s[:7], s, m) for s, m in
        [(hexs(rng, 40), "Fix rounding in proration"), (hexs(rng, 40), "Add saved views"), (hexs(rng, 40), "Speed up search index build")]) + "\n")
    add("git_sha", "terminal_output", "$ git rev-parse HEAD\n%s\n$ git describe --tags\nv%s-14-g%s\n$ git submodule status\n %s vendor/protos (v2.3.1)\n" % (
        hexs(rng, 40), version(rng), hexs(rng, 7), hexs(rng, 40)))
    # --- sha256_digest (5)
    add("sha256_digest", "terminal_output", "$ cat SHA256SUMS\n" + "\n".join("%s  %s" % (hexs(rng, 64), f) for f in
        ["fernctl_%s_linux_amd64.tar.gz" % "2.4.1", "fernctl_2.4.1_linux_arm64.tar.gz", "fernctl_2.4.1_darwin_arm64.tar.gz", "fernctl_2.4.1_windows_amd64.zip"]) + "\n")
    add("sha256_digest", "terminal_output", "$ docker pull ghcr.io/corvid-systems/relay:%s\n%s: Pulling from corvid-systems/relay\n%s: Pull complete\n%s: Pull complete\n"
        "Digest: sha256:%s\nStatus: Downloaded newer image for ghcr.io/corvid-systems/relay:%s\n" % ("3.8.0", "3.8.0", hexs(rng, 12), hexs(rng, 12), hexs(rng, 64), "3.8.0"))
    add("sha256_digest", "k8s_manifest_yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: relay\nspec:\n  template:\n    spec:\n      containers:\n"
        "        - name: relay\n          image: ghcr.io/corvid-systems/relay@sha256:%s\n        - name: proxy\n          image: envoyproxy/envoy@sha256:%s\n" % (hexs(rng, 64), hexs(rng, 64)))
    add("sha256_digest", "go_sum", "\n".join("%s %s h1:%s=" % (m, v, base64.b64encode(rbytes(rng, 32)).decode()[:43]) for m, v in
        [("github.com/google/uuid", "v1.6.0"), ("github.com/google/uuid", "v1.6.0/go.mod"), ("golang.org/x/sync", "v0.7.0"), ("golang.org/x/sync", "v0.7.0/go.mod"),
         ("gopkg.in/yaml.v3", "v3.0.1")]) + "\n")
    add("sha256_digest", "http_response_raw", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n" + json.dumps({"name": "backup-2024-06-01.tar.zst", "size": rng.randint(10 ** 8, 10 ** 10),
        "checksums": {"sha256": hexs(rng, 64), "md5": hexs(rng, 32)}, "uploaded_at": iso_z(rdate(rng))}, indent=2) + "\n")
    # --- sri_integrity (4)
    add("sri_integrity", "html_page", "<!DOCTYPE html>\n<html><head>\n<link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css\" integrity=\"sha384-%s\" crossorigin=\"anonymous\">\n"
        "<script src=\"https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\" defer></script>\n</head>\n<body><h1>Status</h1></body></html>\n" % (
            base64.b64encode(rbytes(rng, 48)).decode(), base64.b64encode(rbytes(rng, 48)).decode()))
    add("sri_integrity", "package_lock_json", json.dumps({"name": "web", "lockfileVersion": 3, "packages": {
        "node_modules/axios": {"version": "1.7.2", "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz", "integrity": "sha512-" + base64.b64encode(rbytes(rng, 64)).decode()},
        "node_modules/follow-redirects": {"version": "1.15.6", "resolved": "https://registry.npmjs.org/follow-redirects/-/follow-redirects-1.15.6.tgz", "integrity": "sha512-" + base64.b64encode(rbytes(rng, 64)).decode()}}}, indent=2))
    add("sri_integrity", "yarn_lock", "# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n" + "\n".join(
        "%s@^%s:\n  version \"%s\"\n  resolved \"https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s\"\n  integrity sha512-%s\n" % (
            n, v, v, n, n, v, hexs(rng, 40), base64.b64encode(rbytes(rng, 64)).decode()) for n, v in [("lodash", "4.17.21"), ("ms", "2.1.3")]))
    add("sri_integrity", "markdown_wiki", "## CDN usage\n\n```html\n<script src=\"https://unpkg.com/htmx.org@1.9.12\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>\n```\n\nAlways keep the integrity attribute when upgrading; generate the new hash with `openssl dgst -sha384 -binary htmx.min.js | openssl base64 -A`.\n" % base64.b64encode(rbytes(rng, 48)).decode())
    # --- uuid (5)
    U = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))
    add("uuid", "http_response_raw", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n" + json.dumps({"data": [{"id": U(), "type": "invoice", "status": s, "customer_id": U()} for s in ["paid", "open", "void"]]}, indent=2) + "\n")
    add("uuid", "terminal_output", "$ kubectl get pod api-6d9c7b8f5-q2xkz -o jsonpath='{.metadata.uid}{\"\\n\"}{.metadata.ownerReferences[0].uid}'\n%s\n%s\n" % (U(), U()))
    add("uuid", "app_log", "\n".join("%s INFO  [worker-%d] jobs - job_id=%s tenant=%s status=%s" % (iso_z(rdate(rng)), rng.randint(1, 8), U(), U(), s) for s in ["started", "finished", "started"]) + "\n")
    add("uuid", "terraform_state_json", json.dumps({"version": 4, "terraform_version": "1.8.4", "serial": rng.randint(10, 400), "lineage": U(),
        "resources": [{"mode": "managed", "type": "azurerm_resource_group", "name": "main", "instances": [{"attributes": {"id": "/subscriptions/%s/resourceGroups/rg-prod-weu" % U(), "location": "westeurope"}}]}]}, indent=2))
    add("uuid", "csv_export", "device_id,registered_at,model,firmware\n" + "\n".join("%s,%s,%s,%s" % (U(), rdate(rng).strftime("%Y-%m-%d"), pick(rng, ["TH-200", "TH-210", "GW-1"]), version(rng)) for _ in range(5)) + "\n")
    # --- request_id (4)
    add("request_id", "http_response_raw", "HTTP/2 404\ncontent-type: application/json\nx-request-id: %s\ncf-ray: %s-FRA\nx-amzn-trace-id: Root=1-%s-%s\n\n{\"error\": \"not_found\"}\n" % (
        hexs(rng, 32), hexs(rng, 16), hexs(rng, 8), hexs(rng, 24)))
    add("request_id", "app_log", "\n".join("%s ERROR [http] payments - upstream error request_id=req_%s idempotency_key=%s status=%d" % (
        iso_z(rdate(rng)), rstr(rng, ALNUM, 14), U(), s) for s in [402, 429, 500]) + "\n")
    add("request_id", "json_api_error", json.dumps({"error": {"code": "ThrottlingException", "message": "Rate exceeded"}, "RequestId": U(),
                                                    "traceparent": "00-%s-%s-01" % (hexs(rng, 32), hexs(rng, 16))}, indent=2))
    add("request_id", "email_eml", "From: Support <support@cobaltledger.io>\nTo: ops@fernhillgrocers.co.uk\nSubject: Re: failed webhook deliveries\n\nHi,\n\nthanks for the request IDs. We looked up %s and %s in our logs: both deliveries failed because your endpoint returned HTTP 503. Retries succeeded 10 minutes later.\n\nBest,\nCobalt Ledger Support\n" % (
        "req_" + rstr(rng, ALNUM, 14), "req_" + rstr(rng, ALNUM, 14)))
    # --- publishable_key (5)
    add("publishable_key", "html_page", "<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  // Publishable key: safe to use in the browser\n  const stripe = Stripe('pk_live_%s');\n  const elements = stripe.elements();\n</script>\n" % rstr(rng, ALNUM, 99))
    mb = "pk." + b64url_nopad(json.dumps({"u": "tundra-maps", "a": rstr(rng, LOWER_ALNUM, 25)}, separators=(",", ":")).encode()) + "." + rstr(rng, URLSAFE, 22)
    add("publishable_key", "javascript_source", "// map.js\nmapboxgl.accessToken = '%s'; // public token, URL-restricted to tundragear.ca\nconst map = new mapboxgl.Map({\n  container: 'store-map',\n  style: 'mapbox://styles/mapbox/outdoors-v12',\n  center: [-79.38, 43.65],\n  zoom: 11,\n});\n" % mb)
    add("publishable_key", "html_page", "<form action=\"/contact\" method=\"post\">\n  <textarea name=\"message\"></textarea>\n  <div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n  <button type=\"submit\">Send</button>\n</form>\n" % rstr(rng, URLSAFE, 38))
    add("publishable_key", "javascript_source", "// src/sentry.ts\nimport * as Sentry from '@sentry/browser';\n\nSentry.init({\n  dsn: 'https://%s@o%s.ingest.sentry.io/%s',\n  tracesSampleRate: 0.1,\n});\n" % (hexs(rng, 32), digits(rng, 6, True), digits(rng, 7, True)))
    add("publishable_key", "javascript_source", "// firebase-config.js (web app config; these values are public identifiers)\nexport const firebaseConfig = {\n  apiKey: 'AIza%s',\n  authDomain: 'solstice-fit-app.firebaseapp.com',\n  projectId: 'solstice-fit-app',\n  storageBucket: 'solstice-fit-app.appspot.com',\n  messagingSenderId: '%s',\n  appId: '1:%s:web:%s',\n};\n" % (
        rstr(rng, URLSAFE, 35), digits(rng, 12, True), digits(rng, 12, True), hexs(rng, 22)))
    # --- placeholder (5)
    add("placeholder", "env_file", "# Copy to .env and fill in your own values\nOPENAI_API_KEY=<your-api-key>\nSTRIPE_SECRET_KEY=sk_live_...\nDATABASE_URL=postgres://user:password@localhost:5432/app_dev\nSLACK_WEBHOOK_URL=\nLOG_LEVEL=debug\n")
    add("placeholder", "markdown_wiki", "## Authentication\n\nCreate a personal access token and export it before running the CLI:\n\n```bash\nexport GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nrelease-notes generate --repo owner/name\n```\n\nReplace the `x`s with your token. Never commit it.\n")
    add("placeholder", "python_source", "# settings_example.py\nAPI_KEY = \"YOUR_API_KEY_HERE\"\nAPI_SECRET = \"REPLACE_ME\"\nWEBHOOK_SECRET = \"whsec_...\"\nBASE_URL = \"https://api.example.com\"\n")
    add("placeholder", "docker_compose_yaml", "services:\n  app:\n    image: myapp:latest\n    environment:\n      - ANTHROPIC_API_KEY=sk-ant-xxxx\n      - POSTGRES_PASSWORD=<set-me>\n      - SECRET_KEY=<generate with: openssl rand -hex 32>\n")
    add("placeholder", "html_page", "<h2>Quickstart</h2>\n<pre><code>curl https://api.example.com/v1/messages \\\n  -H \"Authorization: Bearer $API_KEY\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\"text\": \"hello\"}'</code></pre>\n<p>Set <code>API_KEY</code> to the key shown in your dashboard (it starts with <code>live_</code>).</p>\n")
    # --- redacted_value (5)
    add("redacted_value", "github_actions_log", "Run ./scripts/publish.sh\n  env:\n    NPM_TOKEN: ***\n    GITHUB_TOKEN: ***\n+ npm publish --access public\nnpm notice Publishing to https://registry.npmjs.org/ with tag latest\n+ @corvid/relay-client@%s\n" % version(rng))
    add("redacted_value", "app_log", "%s INFO  [http] outbound - POST https://api.openai.com/v1/chat/completions headers={'Authorization': 'Bearer sk-proj-****%s', 'Content-Type': 'application/json'} status=200\n" % (iso_z(rdate(rng)), rstr(rng, ALNUM, 4)))
    add("redacted_value", "terminal_output", "$ aws iam list-access-keys --user-name ci-deployer --output table\n-------------------------------------------------------------\n|                      ListAccessKeys                       |\n+------------------------+-----------+----------------------+\n|     AccessKeyId        |  Status   |     CreateDate       |\n+------------------------+-----------+----------------------+\n|  AKIA************%s  |  Active   |  2024-02-11T09:14Z   |\n+------------------------+-----------+----------------------+\n" % rstr(rng, B32, 4))
    add("redacted_value", "json_api", json.dumps({"integration": "sendgrid", "api_key": "[REDACTED]", "from_address": "no-reply@juniperlanebooks.com", "updated_by": login(rng), "updated_at": iso_z(rdate(rng))}, indent=2))
    add("redacted_value", "slack_thread_json", json.dumps({"ok": True, "messages": [{"user_name": person(rng), "text": "rotated the Stripe key, new one ends in ...%s, it's in the vault under payments/stripe" % rstr(rng, ALNUM, 4)},
                                                                                    {"user_name": person(rng), "text": "thanks, redeploying billing now"}]}, indent=2))
    # --- secret_reference (5)
    add("secret_reference", "github_workflow_yaml", "jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n      - run: ./notify.sh\n        env:\n          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}\n")
    add("secret_reference", "k8s_manifest_yaml", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: orders-db\n        key: password\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: payments\n        key: stripe-secret-key\n")
    add("secret_reference", "config_yaml", "database:\n  host: db-prod-1.internal\n  user: orders_rw\n  password: vault:secret/data/orders/db#password\nstripe:\n  secret_key: arn:aws:secretsmanager:eu-west-1:%s:secret:prod/stripe-%s\nsendgrid:\n  api_key: op://Engineering/SendGrid/credential\n" % (digits(rng, 12, True), rstr(rng, ALNUM, 6)))
    add("secret_reference", "docker_compose_yaml", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: ${POSTGRES_USER}\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}\n    secrets:\n      - db_root_password\nsecrets:\n  db_root_password:\n    file: ./secrets/db_root_password.txt\n")
    add("secret_reference", "terraform_hcl", "data \"aws_secretsmanager_secret_version\" \"db\" {\n  secret_id = \"prod/orders/db\"\n}\n\nresource \"aws_db_instance\" \"orders\" {\n  identifier = \"orders-prod\"\n  username   = \"orders_admin\"\n  password   = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)[\"password\"]\n}\n")
    # --- public_key_or_cert (5)
    _, pubssh = openssh_ed25519(rng, "deploy@build-03")
    _, pubssh2 = openssh_ed25519(rng, "%s@laptop" % login(rng))
    add("public_key_or_cert", "terminal_output", "$ cat ~/.ssh/authorized_keys\n%s\n%s\n" % (pubssh, pubssh2))
    add("public_key_or_cert", "terminal_output", "$ openssl s_client -connect api.corvidsystems.net:443 -showcerts </dev/null 2>/dev/null | sed -n '/BEGIN/,/END/p'\n%s\n" % fake_cert(rng))
    add("public_key_or_cert", "markdown_wiki", "## Verifying webhook signatures\n\nWebhooks are signed with our private key. Verify them with this public key:\n\n```\n%s\n```\n" % rsa_public(rng))
    add("public_key_or_cert", "json_api", json.dumps({"keys": [{"kty": "RSA", "use": "sig", "kid": hexs(rng, 16), "alg": "RS256", "e": "AQAB",
                                                           "n": b64url_nopad(rbytes(rng, 256))}]}, indent=2))
    pgp = base64.b64encode(b"\x99\x01\x0d\x04" + rbytes(rng, 300)).decode()
    add("public_key_or_cert", "html_page", "<h2>Security contact</h2>\n<p>Encrypt sensitive reports with our PGP key:</p>\n<pre>-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----</pre>\n" % (
        "\n".join(pgp[i:i + 64] for i in range(0, len(pgp), 64)), rstr(rng, ALNUM, 4)))
    # --- base64_image (4)
    from hardneg_b import tiny_png
    add("base64_image", "css_source", ".icon-check {\n  width: 16px;\n  height: 16px;\n  background-image: url(\"data:image/png;base64,%s\");\n}\n" % base64.b64encode(tiny_png(rng, 10, 10)).decode())
    add("base64_image", "json_api", json.dumps({"user": {"id": rng.randint(1000, 9999), "display_name": person(rng), "avatar": "data:image/png;base64," + base64.b64encode(tiny_png(rng, 8, 8)).decode()}}, indent=2))
    add("base64_image", "markdown_wiki", "Status legend:\n\n![ok](data:image/png;base64,%s) healthy  \n![warn](data:image/png;base64,%s) degraded\n" % (
        base64.b64encode(tiny_png(rng, 6, 6)).decode(), base64.b64encode(tiny_png(rng, 6, 6)).decode()))
    add("base64_image", "email_eml", "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"b1\"\nSubject: Your receipt\n\n--b1\nContent-Type: text/html; charset=UTF-8\n\n<img src=\"cid:logo\"> Thanks for your order!\n--b1\nContent-Type: image/png\nContent-ID: <logo>\nContent-Transfer-Encoding: base64\n\n%s\n--b1--\n" % base64.b64encode(tiny_png(rng, 14, 6)).decode())
    # --- docs_example (4)
    add("docs_example", "markdown_wiki", "## Configure the AWS CLI\n\nThe values below are the example credentials from the AWS documentation. They do not work.\n\n```\n$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: us-west-2\nDefault output format [None]: json\n```\n")
    add("docs_example", "html_page", "<p>A JWT has three parts separated by dots. The example token from the jwt.io introduction decodes to <code>{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}</code>:</p>\n<pre>eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c</pre>\n<p>It is signed with the literal secret <code>your-256-bit-secret</code>, so never accept it in production.</p>\n")
    add("docs_example", "markdown_wiki", "### Incoming webhooks\n\nYour webhook URL will look like this:\n\n    https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n\nSend a JSON payload with a `text` field to post a message.\n")
    add("docs_example", "python_source", "# docs/examples/connect.py\n\"\"\"Example from the driver docs. Replace the placeholders before running.\"\"\"\nfrom pymongo import MongoClient\n\nclient = MongoClient(\"mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/?retryWrites=true&w=majority\")\nprint(client.list_database_names())\n")
    # --- config_key_no_secret (4)
    add("config_key_no_secret", "env_file", "TOKEN_TTL_SECONDS=3600\nREFRESH_TOKEN_TTL_DAYS=30\nSECRET_ROTATION_DAYS=90\nPASSWORD_MIN_LENGTH=12\nSESSION_COOKIE_SECURE=true\nAPI_KEY_HEADER=X-API-Key\n")
    add("config_key_no_secret", "config_yaml", "auth:\n  jwt_algorithm: RS256\n  jwks_url: https://auth.corvidsystems.net/.well-known/jwks.json\n  token_audience: relay-api\n  password_policy:\n    min_length: 12\n    require_symbol: true\n    max_age_days: 180\n  api_keys:\n    header: X-API-Key\n    max_per_user: 5\n")
    add("config_key_no_secret", "json_api", json.dumps({"secret_scanning": {"enabled": True, "push_protection": "enabled", "alerts_open": 0},
                                                        "token_expiration_policy": {"max_lifetime_days": 90}, "password_auth": "disabled"}, indent=2))
    add("config_key_no_secret", "spring_properties", "spring.security.oauth2.resourceserver.jwt.issuer-uri=https://auth.bluefinlogistics.com/realms/ops\nserver.servlet.session.timeout=30m\napp.security.password.bcrypt-strength=12\napp.security.api-key.header-name=X-Api-Key\napp.security.secret-store=vault\n")
    assert len(R) == 60, len(R)
    return R


# ====================================================================== build
def build():
    rng = random.Random(SEED + 1)
    rows = []
    used = {}
    for cat, gen, count in KINDS:
        for i in range(count):
            k = gen(rng)
            kinds = [k]
            cands = carriers_for(cat, k)
            names = sorted(cands)
            m = min(used.get(n, 0) for n in names)
            fmt = pick(rng, [n for n in names if used.get(n, 0) == m])
            used[fmt] = used.get(fmt, 0) + 1
            if fmt in VAR_CARRIERS and rng.random() < 0.45 and "pem" not in k and "sa" not in k:
                kinds.append(pick(rng, SECONDARY)(rng))
            text = cands[fmt](rng, kinds)
            secrets = []
            for kk in kinds:
                vals = [v for _, v, s in kk["vars"] if s] + kk.get("secrets", []) + kk.get("extra_secrets", [])
                if "pem" in kk:
                    vals.append(kk["pem"])
                if fmt == "docker_config_json":
                    vals = kk.get("extra_secrets", [])
                for v in vals:
                    loc = locate(text, v)
                    if loc is None:
                        # value not used by this carrier: make sure no fragment of it leaked in another form
                        mid = v[len(v) // 3: len(v) // 3 + 12]
                        assert mid not in text, (cat, fmt, v[:30])
                        continue
                    if loc not in secrets:
                        secrets.append(loc)
            assert secrets, (cat, fmt)
            rows.append(dict(format=fmt, label="secret", category=cat, secrets=secrets, text=text))
    rows += clean_rows(rng)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows):
        out.append({"id": "sec-%04d" % (i + 1), "format": r["format"], "label": r["label"], "category": r["category"],
                    "secrets": r["secrets"], "text": r["text"]})
    return out
