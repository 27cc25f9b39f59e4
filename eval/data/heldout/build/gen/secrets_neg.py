"""Clean rows for secrets.jsonl: look-alikes that are NOT live secrets.
Each scenario f(c, s) -> (format, category, text)."""
import base64
import hashlib
import json

from .common import jdump, table
from .shapes import openssh_ed25519, pem_public, self_signed_cert

NEG = []


def neg(fn):
    NEG.append(fn)
    return fn


def sha(c, n=40):
    return c.hexid(n)


def b64rand(c, nbytes):
    return base64.b64encode(bytes(c.r.getrandbits(8) for _ in range(nbytes))).decode()


@neg
def git_log(c, s):
    lines = []
    for _ in range(c.r.randint(4, 8)):
        h = sha(c)
        lines += [f"commit {h}", f"Author: {c.name()} <{c.person()[0].lower()}@users.noreply.github.com>",
                  f"Date:   {c.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} Oct {c.r.randint(1, 28)} {c.time()} 2024 +0200", "",
                  "    " + c.pick(["fix flaky retry test", "bump deps", "add pagination to /orders", "refactor auth middleware",
                                   "docs: update README", "Merge pull request #" + str(c.r.randint(100, 999)) + " from feature/export"]), ""]
    return "shell", "git_sha", "$ git log -n 5\n" + "\n".join(lines).rstrip()


@neg
def package_lock(c, s):
    pk = {}
    for name, ver in [("lodash", "4.17.21"), ("axios", "1.7.2"), ("zod", "3.23.8"), ("semver", "7.6.3"), ("ms", "2.1.3")]:
        pk[f"node_modules/{name}"] = {"version": ver, "resolved": f"https://registry.npmjs.org/{name}/-/{name}-{ver}.tgz",
                                      "integrity": "sha512-" + b64rand(c, 64), "license": "MIT"}
    obj = {"name": "storefront", "version": "2.3.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "json_config", "lockfile", jdump(obj)


@neg
def sri_html(c, s):
    return "html", "sri_hash", f"""<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-{b64rand(c, 48)}" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-{b64rand(c, 48)}" crossorigin="anonymous"></script>
  <script src="/assets/app.{c.hexid(8)}.js" integrity="sha256-{b64rand(c, 32)}" defer></script>
</head>
<body><div id="root"></div></body>
</html>"""


@neg
def docker_images(c, s):
    rows = []
    for repo in ["registry.internal/api", "registry.internal/worker", "postgres", "redis", "nginx"]:
        rows.append(f"{repo:<28} {c.pick(['2.14.0', 'latest', '16', '7-alpine', '1.27'])}    sha256:{c.hexid(64)}   {c.hexid(12)}   {c.r.randint(2, 20)} days ago   {c.r.randint(30, 900)}MB")
    return "shell", "docker_digest", "$ docker images --digests\nREPOSITORY                   TAG       DIGEST                                                                    IMAGE ID       CREATED        SIZE\n" + "\n".join(rows)


@neg
def k8s_pinned(c, s):
    return "yaml", "docker_digest", f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: app
          image: ghcr.io/lumenretail/checkout@sha256:{c.hexid(64)}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: checkout-db
                  key: password
        - name: proxy
          image: envoyproxy/envoy@sha256:{c.hexid(64)}
"""


@neg
def gha_secret_refs(c, s):
    return "yaml", "secret_reference", """name: deploy
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: ${{ secrets.AWS_DEPLOY_ROLE_ARN }}
          aws-region: eu-west-1
      - run: ./scripts/deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
"""


@neg
def env_example(c, s):
    return "env", "placeholder", f"""# .env.example — copy to .env and fill in real values
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app_dev
REDIS_URL=redis://localhost:6379
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_PUBLISHABLE_KEY=pk_test_your_key_here
OPENAI_API_KEY=<YOUR_OPENAI_API_KEY>
SENDGRID_API_KEY=SG.xxxxxxxx.xxxxxxxx
GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
ADMIN_PASSWORD=changeme
JWT_SECRET=replace-me-with-a-long-random-string"""


@neg
def aws_docs_example(c, s):
    return "markdown", "example_credentials", """### Configure credentials

Run `aws configure` and enter your access key when prompted:

```
$ aws configure
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: us-west-2
Default output format [None]: json
```

The values above are the documentation examples — never paste your real keys into tickets or chat. Prefer IAM Identity Center (`aws configure sso`) over long-lived keys."""


@neg
def masked_log(c, s):
    return "log", "masked", f"""{c.ts()} INFO  config: loaded 14 settings from env
{c.ts()} INFO  config: STRIPE_SECRET_KEY=sk_live_****************************{c.alnum(4)}
{c.ts()} INFO  config: GITHUB_TOKEN=ghp_************************************
{c.ts()} INFO  config: DATABASE_URL=postgres://app:********@db.internal:5432/app
{c.ts()} INFO  config: OPENAI_API_KEY=[REDACTED]
{c.ts()} INFO  server: listening on :8080"""


@neg
def stripe_publishable(c, s):
    pk = "pk_live_51" + c.alnum(97, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    return "code", "publishable_key", f"""// src/lib/stripe.ts
import {{ loadStripe }} from "@stripe/stripe-js";

// Publishable key — safe to ship in the browser bundle.
export const stripePromise = loadStripe("{pk}");

export const PRICES = {{
  monthly: "price_1P{c.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}",
  yearly: "price_1P{c.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}",
}};
"""


@neg
def sentry_dsn(c, s):
    dsn = f"https://{c.hexid(32)}@o{c.r.randint(100000, 4500000)}.ingest.us.sentry.io/{c.r.randint(4500000000000000, 4509999999999999)}"
    return "code", "publishable_key", f"""import * as Sentry from "@sentry/react";

Sentry.init({{
  dsn: "{dsn}",
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
}});
"""


@neg
def public_key_pem(c, s):
    key = s.ec_key() if c.r.random() < 0.5 else s.rsa_key(2048)
    pub = pem_public(key)
    return "markdown", "public_key", f"""## Verifying webhook signatures

Every webhook request carries an `X-Signature` header. Verify it with our public key:

```
{pub}
```

Example (Python):

```python
from cryptography.hazmat.primitives import serialization
key = serialization.load_pem_public_key(open("webhook_pub.pem", "rb").read())
```

The key is rotated yearly; the next rotation is announced in the changelog."""


@neg
def cert_chain(c, s):
    key = s.rsa_key(2048)
    dom = c.company()[1]
    cert = self_signed_cert(key, f"www.{dom}", c.r.randint(10**15, 10**16))
    return "shell", "certificate", f"""$ openssl s_client -connect www.{dom}:443 -showcerts </dev/null 2>/dev/null | sed -n '/BEGIN/,/END/p'
{cert}
$ openssl x509 -noout -dates -in site.pem
notBefore=Mar  1 00:00:00 2024 GMT
notAfter=Apr  3 00:00:00 2025 GMT"""


@neg
def authorized_keys(c, s):
    lines = []
    for _ in range(c.r.randint(2, 4)):
        _, pub = openssh_ed25519(s.ed25519_seed(), f"{c.person()[0].lower()}@{c.pick(['laptop', 'workstation', 'mbp'])}", 1)
        lines.append(pub)
    return "shell", "public_key", "$ cat ~/.ssh/authorized_keys\n" + "\n".join(lines)


@neg
def jwks(c, s):
    key = s.rsa_key(2048)
    n = key.public_key().public_numbers().n
    nb = n.to_bytes((n.bit_length() + 7) // 8, "big")
    obj = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": c.hexid(16),
                     "n": base64.urlsafe_b64encode(nb).decode().rstrip("="), "e": "AQAB"}]}
    return "api_json", "public_key", "GET https://auth." + c.company()[1] + "/.well-known/jwks.json\n" + jdump(obj)


@neg
def trace_logs(c, s):
    lines = []
    for _ in range(c.r.randint(5, 10)):
        tid, sid = c.hexid(32), c.hexid(16)
        lines.append(f'{c.ts()} INFO http method={c.pick(["GET", "POST"])} path={c.pick(["/api/cart", "/api/orders", "/healthz", "/api/search"])} status={c.pick([200, 200, 201, 304, 404])} '
                     f'request_id={c.uuid()} traceparent=00-{tid}-{sid}-01 dur_ms={c.r.randint(2, 900)}')
    return "log", "request_id", "\n".join(lines)


@neg
def s3_list(c, s):
    contents = []
    for _ in range(c.r.randint(3, 6)):
        contents.append({"Key": f"exports/2024/{c.r.randint(1, 12):02d}/orders-{c.hexid(8)}.csv.gz", "LastModified": c.ts(),
                         "ETag": f"\"{c.hexid(32)}\"", "Size": c.r.randint(1000, 90000000), "StorageClass": "STANDARD"})
    obj = {"Contents": contents, "Name": "acme-data-exports", "Prefix": "exports/2024/", "KeyCount": len(contents), "MaxKeys": 1000}
    return "api_json", "etag", "$ aws s3api list-objects-v2 --bucket acme-data-exports --prefix exports/2024/\n" + jdump(obj)


@neg
def iam_policy(c, s):
    acct = c.r.randint(10**11, 10**12 - 1)
    obj = {"Version": "2012-10-17", "Statement": [
        {"Sid": "ReadExports", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
         "Resource": [f"arn:aws:s3:::acme-data-exports", f"arn:aws:s3:::acme-data-exports/*"]},
        {"Sid": "DecryptWithKey", "Effect": "Allow", "Action": "kms:Decrypt",
         "Resource": f"arn:aws:kms:eu-west-1:{acct}:key/{c.uuid()}"},
        {"Sid": "AssumeReporting", "Effect": "Allow", "Action": "sts:AssumeRole",
         "Resource": f"arn:aws:iam::{acct}:role/reporting-readonly"}]}
    return "json_config", "aws_arn", jdump(obj)


@neg
def ecs_secrets_manager(c, s):
    acct = c.r.randint(10**11, 10**12 - 1)
    obj = {"family": "orders-api", "containerDefinitions": [{
        "name": "api", "image": f"{acct}.dkr.ecr.eu-west-1.amazonaws.com/orders-api:2.14.0",
        "secrets": [{"name": "DB_PASSWORD", "valueFrom": f"arn:aws:secretsmanager:eu-west-1:{acct}:secret:prod/orders/db-{c.alnum(6)}"},
                    {"name": "STRIPE_SECRET_KEY", "valueFrom": f"arn:aws:ssm:eu-west-1:{acct}:parameter/prod/stripe/secret_key"}],
        "environment": [{"name": "NODE_ENV", "value": "production"}]}],
        "executionRoleArn": f"arn:aws:iam::{acct}:role/ecsTaskExecutionRole"}
    return "json_config", "secret_reference", jdump(obj)


@neg
def external_secrets(c, s):
    return "yaml", "secret_reference", f"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payments-credentials
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: payments-credentials
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: secret/data/payments/stripe
        property: secret_key
    - secretKey: DB_PASSWORD
      remoteRef:
        key: secret/data/payments/db
        property: password
---
# app annotation style used by the vault agent injector
# vault.hashicorp.com/agent-inject-secret-config: "vault:secret/data/payments/config"
"""


@neg
def terraform_refs(c, s):
    return "hcl", "secret_reference", """data "aws_secretsmanager_secret_version" "db" {
  secret_id = "prod/orders/db"
}

resource "aws_db_instance" "orders" {
  identifier        = "orders-prod"
  engine            = "postgres"
  engine_version    = "16.3"
  instance_class    = "db.r6g.large"
  username          = "orders_admin"
  password          = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]
  storage_encrypted = true
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
}
"""


@neg
def data_uri(c, s):
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(c.r.getrandbits(8) for _ in range(c.r.randint(300, 700)))).decode()
    return "html", "base64_blob", f"""<style>
.logo {{ background-image: url("data:image/png;base64,{png}"); width: 32px; height: 32px; }}
</style>
<div class="logo" role="img" aria-label="Company logo"></div>"""


@neg
def api_b64_file(c, s):
    content = ("# Changelog\n\n## 2.14.0\n- Added CSV export\n- Fixed timezone bug in reports\n").encode()
    obj = {"type": "file", "encoding": "base64", "size": len(content), "name": "CHANGELOG.md", "path": "CHANGELOG.md",
           "content": base64.b64encode(content).decode(), "sha": c.hexid(40),
           "url": "https://api.github.com/repos/acme/storefront/contents/CHANGELOG.md?ref=main"}
    return "api_json", "base64_blob", jdump(obj)


@neg
def checksums(c, s):
    lines = [f"{c.hexid(64)}  {f}" for f in ["tool_1.8.2_linux_amd64.tar.gz", "tool_1.8.2_linux_arm64.tar.gz",
                                              "tool_1.8.2_darwin_arm64.tar.gz", "tool_1.8.2_windows_amd64.zip"]]
    return "shell", "hash_digest", "$ curl -sL https://github.com/acme/tool/releases/download/v1.8.2/checksums.txt\n" + "\n".join(lines) + \
        "\n$ sha256sum -c checksums.txt --ignore-missing\ntool_1.8.2_linux_amd64.tar.gz: OK"


@neg
def pip_hashes(c, s):
    lines = []
    for pkg, ver in [("requests", "2.32.3"), ("urllib3", "2.2.2"), ("certifi", "2024.7.4"), ("idna", "3.7")]:
        lines.append(f"{pkg}=={ver} \\\n    --hash=sha256:{c.hexid(64)} \\\n    --hash=sha256:{c.hexid(64)}")
    return "text", "hash_digest", "# requirements.lock — generated by pip-compile --generate-hashes\n" + "\n".join(lines)


@neg
def go_sum(c, s):
    lines = []
    for mod, ver in [("github.com/google/uuid", "v1.6.0"), ("golang.org/x/sync", "v0.8.0"), ("github.com/stretchr/testify", "v1.9.0")]:
        lines.append(f"{mod} {ver} h1:{b64rand(c, 32)}")
        lines.append(f"{mod} {ver}/go.mod h1:{b64rand(c, 32)}")
    return "text", "hash_digest", "$ cat go.sum\n" + "\n".join(lines)


@neg
def session_access_log(c, s):
    lines = []
    for _ in range(c.r.randint(5, 9)):
        lines.append(f'[{c.r.randint(1, 28):02d}/Oct/2024:{c.time()} +0000] "{c.pick(["GET", "POST"])} {c.pick(["/cart", "/checkout", "/account", "/search?q=desk"])} HTTP/1.1" '
                     f'{c.pick([200, 302, 200, 404])} {c.r.randint(200, 40000)} sid={c.hexid(32)} rt={c.r.random():.3f}')
    return "log", "session_id", "\n".join(lines)


@neg
def uuid_table(c, s):
    rows = [[c.uuid(), c.pick(["active", "suspended", "trial"]), c.pick(["business", "starter", "enterprise"]), c.date()] for _ in range(c.r.randint(4, 8))]
    return "sql_table", "uuid", "app=> SELECT id, status, plan, created_at FROM workspaces ORDER BY created_at DESC LIMIT 8;\n" + \
        table(["id", "status", "plan", "created_at"], rows)


@neg
def webpack_build(c, s):
    files = [(f"main.{c.hexid(8)}.js", "412 KiB"), (f"vendors.{c.hexid(8)}.js", "1.2 MiB"), (f"runtime.{c.hexid(8)}.js", "3.1 KiB"),
             (f"styles.{c.hexid(8)}.css", "88 KiB")]
    body = "\n".join(f"asset {f} {sz} [emitted] [immutable] [minimized]" for f, sz in files)
    return "ci_log", "hash_digest", f"""> storefront@2.14.0 build
> webpack --mode production

{body}
orphan modules 2.1 MiB [orphan] 812 modules
webpack 5.94.0 compiled successfully in {c.r.randint(8000, 40000)} ms
Build hash: {c.hexid(20)}"""


@neg
def docker_build_log(c, s):
    steps = "\n".join(f"#{i} sha256:{c.hexid(64)} {c.r.randint(1, 90)}.{c.r.randint(0, 9)}MB / {c.r.randint(90, 200)}.0MB done" for i in range(5, 9))
    return "ci_log", "docker_digest", f"""#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 612B done
#2 [internal] load metadata for docker.io/library/node:20-alpine
#2 DONE 0.9s
{steps}
#12 exporting to image
#12 exporting layers done
#12 writing image sha256:{c.hexid(64)} done
#12 naming to registry.internal/api:{c.hexid(7)} done
#12 DONE 2.3s"""


@neg
def pgp_signature(c, s):
    sig = "\n".join(b64rand(c, 48) for _ in range(6))
    who = c.name()
    return "shell", "public_key", f"""$ git log --show-signature -1
commit {c.hexid(40)}
gpg: Signature made Tue 15 Oct 2024 10:02:11 CEST
gpg:                using EDDSA key {c.hexid(40).upper()}
gpg: Good signature from "{who} <dev@example.org>" [ultimate]
Author: {who} <dev@example.org>
Date:   Tue Oct 15 10:02:11 2024 +0200

    release: v3.2.0

$ git cat-file -p v3.2.0 | sed -n '/BEGIN PGP/,/END PGP/p'
-----BEGIN PGP SIGNATURE-----

{sig}
={b64rand(c, 3)}
-----END PGP SIGNATURE-----"""


@neg
def sealed_secret(c, s):
    return "yaml", "encrypted_blob", f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payments-credentials
  namespace: payments
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB{b64rand(c, 300)}
    DB_PASSWORD: AgC{b64rand(c, 280)}
  template:
    metadata:
      name: payments-credentials
"""


@neg
def sops_yaml(c, s):
    def enc(n):
        return f"ENC[AES256_GCM,data:{b64rand(c, n)},iv:{b64rand(c, 32)},tag:{b64rand(c, 16)},type:str]"
    return "yaml", "encrypted_blob", f"""db:
    user: orders_admin
    password: {enc(18)}
stripe:
    secret_key: {enc(80)}
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:{c.r.randint(10**11, 10**12 - 1)}:key/{c.uuid()}
          created_at: "{c.ts()}"
          enc: AQICAH{b64rand(c, 120)}
          aws_profile: ""
    lastmodified: "{c.ts()}"
    mac: {enc(32)}
    version: 3.8.1
"""


@neg
def env_var_names(c, s):
    return "code", "env_var_name", """import os

import psycopg


def connect():
    return psycopg.connect(
        host=os.environ["DB_HOST"],
        user=os.environ.get("DB_USER", "app"),
        password=os.environ["DB_PASSWORD"],
        dbname=os.environ.get("DB_NAME", "app"),
    )


STRIPE_KEY = os.getenv("STRIPE_SECRET_KEY")
if not STRIPE_KEY:
    raise RuntimeError("STRIPE_SECRET_KEY is not set; export it or add it to your .env")
"""


@neg
def vault_chat(c, s):
    return "chat", "secret_reference", f"""Channel: #payments-dev  (exported 2024-06-20)

[11:02] nora: rotated the Stripe live key this morning
[11:02] nora: new one is in 1Password → "Stripe prod (restricted)" and synced to Vault at secret/data/payments/stripe
[11:03] andre: 👍 do I need to redeploy?
[11:04] nora: ESO refreshes hourly, or bounce the pods if you're impatient: kubectl -n payments rollout restart deploy/api
[11:10] andre: done, webhooks green"""


@neg
def masked_ticket(c, s):
    last4 = c.alnum(4)
    return "ticket", "masked", f"""Ticket #{c.r.randint(40000, 99999)} — Which API key is this?
Requester: {c.name()} · Priority: low

Hi, in our dashboard I see a key called "reporting" that ends in …{last4} (shown as sk_live_••••••••{last4}). Nobody on the team remembers creating it. Can you tell me when it was created and by whom, or should I just revoke it?

Thanks"""


@neg
def key_listing_api(c, s):
    keys = [{"id": f"key_{c.alnum(12)}", "name": c.pick(["ci", "reporting", "zapier", "local-dev"]), "prefix": "sk-proj-" + c.alnum(4),
             "last_four": c.alnum(4), "created_at": c.ts(), "last_used_at": c.ts()} for _ in range(3)]
    return "api_json", "masked", jdump({"object": "list", "data": keys, "has_more": False})


@neg
def rotation_email(c, s):
    return "email", "masked", f"""From: Security Notifications <no-reply@{c.company()[1]}>
To: admin@{c.company()[1]}
Subject: API key rotated

Hello,

The API key "deploy-bot" (ending in {c.alnum(4)}) was rotated on {c.date()} at {c.time()} UTC by {c.name()}.

The previous key will stop working in 24 hours. If you did not expect this change, contact your workspace owner.

— Security Notifications"""


@neg
def crypto_addresses(c, s):
    txs = [{"hash": "0x" + c.hexid(64), "from": "0x" + c.hexid(40), "to": "0x" + c.hexid(40),
            "value": str(c.r.randint(10**15, 10**18)), "blockNumber": c.r.randint(19000000, 21000000)} for _ in range(3)]
    return "api_json", "crypto_address", jdump({"status": "1", "message": "OK", "result": txs})


@neg
def recaptcha_site_key(c, s):
    site = "6Lc" + c.alnum(37, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    return "html", "publishable_key", f"""<form action="/contact" method="post">
  <input name="email" type="email" required>
  <textarea name="message"></textarea>
  <div class="g-recaptcha" data-sitekey="{site}"></div>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAA{c.alnum(14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}"></div>
  <button type="submit">Send</button>
</form>"""


@neg
def mapbox_public(c, s):
    payload = base64.urlsafe_b64encode(json.dumps({"u": c.alnum(8), "a": "cl" + c.alnum(23)}).encode()).decode().rstrip("=")
    tok = f"pk.{payload}.{c.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}"
    return "code", "publishable_key", f"""import mapboxgl from "mapbox-gl";

// Public access token (URL-restricted to *.{c.company()[1]})
mapboxgl.accessToken = "{tok}";

const map = new mapboxgl.Map({{
  container: "map",
  style: "mapbox://styles/mapbox/streets-v12",
  center: [-1.5491, 53.8008],
  zoom: 11,
}});
"""


@neg
def password_policy(c, s):
    return "yaml", "placeholder", """# auth-service password policy
password_policy:
  min_length: 12
  require_uppercase: true
  require_digit: true
  require_symbol: false
  max_age_days: 0          # NIST 800-63B: no forced rotation
  history: 5
  breached_password_check: true
lockout:
  max_attempts: 10
  window_minutes: 15
session:
  idle_timeout_minutes: 30
  absolute_timeout_hours: 12
"""


@neg
def lfs_pointer(c, s):
    return "shell", "hash_digest", f"""$ git show HEAD:models/classifier.onnx
version https://git-lfs.github.com/spec/v1
oid sha256:{c.hexid(64)}
size {c.r.randint(10**6, 10**9)}
$ git lfs ls-files
{c.hexid(10)} * models/classifier.onnx
{c.hexid(10)} * data/sample.parquet"""


@neg
def compose_interp(c, s):
    return "yaml", "secret_reference", """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ${POSTGRES_USER:-app}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
      POSTGRES_DB: app
  api:
    build: .
    environment:
      DATABASE_URL: postgres://${POSTGRES_USER:-app}:${POSTGRES_PASSWORD}@db:5432/app
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
    secrets:
      - sendgrid_api_key
secrets:
  sendgrid_api_key:
    file: ./secrets/sendgrid_api_key.txt
"""


@neg
def redacted_auth_log(c, s):
    lines = []
    for _ in range(c.r.randint(4, 7)):
        lines.append(f"{c.ts()} {c.pick(['WARN ', 'INFO '])} auth: login {c.pick(['failed', 'succeeded', 'failed'])} user={c.person()[0].lower()} method=password password=[REDACTED] mfa={c.pick(['totp', 'webauthn', 'none'])} session={c.hexid(24)}")
    return "log", "masked", "\n".join(lines)


@neg
def helm_existing_secret(c, s):
    return "yaml", "secret_reference", """postgresql:
  auth:
    username: app
    database: app
    existingSecret: app-postgres-credentials
    secretKeys:
      userPasswordKey: password
      adminPasswordKey: postgres-password
redis:
  auth:
    enabled: true
    existingSecret: app-redis
    existingSecretPasswordKey: redis-password
smtp:
  host: smtp.sendgrid.net
  user: apikey
  passwordSecretRef:
    name: sendgrid
    key: api-key
"""


@neg
def firewall_hex_ids(c, s):
    rows = [[f"sg-{c.hexid(17)}", c.pick(["web-public", "db-private", "bastion", "lb-internal"]), f"vpc-{c.hexid(17)}",
             c.r.randint(10**11, 10**12 - 1)] for _ in range(c.r.randint(3, 6))]
    return "sql_table", "aws_arn", "cloudquery=> SELECT group_id, group_name, vpc_id, account_id FROM aws_ec2_security_groups LIMIT 6;\n" + \
        table(["group_id", "group_name", "vpc_id", "account_id"], rows)


@neg
def nix_paths(c, s):
    az = "0123456789abcdfghijklmnpqrsvwxyz"
    lines = [f"/nix/store/{c.alnum(32, az)}-{p}" for p in ["openssl-3.0.14", "python3-3.11.9", "nodejs-20.15.1", "curl-8.8.0-bin"]]
    return "shell", "hash_digest", "$ nix-store -qR $(which myapp) | head -4\n" + "\n".join(lines)


@neg
def ticket_with_ids(c, s):
    return "ticket", "request_id", f"""Ticket #{c.r.randint(40000, 99999)} — Intermittent 502 on checkout
Requester: {c.name()} · Priority: high

We're seeing intermittent 502s. Some request IDs from our logs:

- {c.uuid()} at {c.ts()}
- {c.uuid()} at {c.ts()}
- {c.uuid()} at {c.ts()}

Cloudflare Ray IDs: {c.hexid(16)}-AMS, {c.hexid(16)}-FRA

Our trace ID for the slowest one is {c.hexid(32)}. Can you check your side?"""


@neg
def readme_placeholders(c, s):
    return "markdown", "placeholder", """## Configuration

Set the following environment variables before starting the bot:

| Variable | Example | Notes |
|----------|---------|-------|
| `SLACK_BOT_TOKEN` | `xoxb-your-bot-token` | From *OAuth & Permissions* |
| `SLACK_SIGNING_SECRET` | `<signing secret>` | From *Basic Information* |
| `OPENAI_API_KEY` | `sk-...` | Optional, enables summaries |
| `DATABASE_URL` | `postgres://user:password@localhost:5432/bot` | Replace `user`/`password` |

> Never commit real tokens. Use `.env` locally and your platform's secret store in production.
"""


@neg
def email_order_ids(c, s):
    return "email", "request_id", f"""From: Orders <orders@{c.company()[1]}>
To: {c.name()}
Subject: Order confirmation {c.alnum(10).upper()}

Thanks for your order!

Order reference: {c.alnum(10).upper()}
Payment reference: pi_{c.alnum(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}
Tracking: will be emailed when your parcel ships.

Manage your order: https://{c.company()[1]}/orders/{c.uuid()}

If you have questions, reply to this email and quote your order reference."""


@neg
def cache_keys_log(c, s):
    lines = [f"{c.ts()} DEBUG cache {c.pick(['HIT', 'MISS', 'SET'])} key=render:v3:{c.hexid(40)} size={c.r.randint(200, 90000)}" for _ in range(c.r.randint(5, 9))]
    return "log", "hash_digest", "\n".join(lines)


@neg
def aws_config_profiles(c, s):
    acct = c.r.randint(10**11, 10**12 - 1)
    return "ini", "aws_arn", f"""# ~/.aws/config
[default]
region = eu-west-1
output = json

[profile prod-readonly]
sso_session = corp
sso_account_id = {acct}
sso_role_name = ReadOnlyAccess
region = eu-west-1

[profile deploy]
role_arn = arn:aws:iam::{acct}:role/deploy
source_profile = prod-readonly
external_id = {c.uuid()}

[sso-session corp]
sso_start_url = https://{c.alnum(8)}.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access"""


@neg
def gitconfig(c, s):
    f, l = c.person()
    return "ini", "public_key", f"""# ~/.gitconfig
[user]
    name = {f} {l}
    email = {f.lower()}@users.noreply.github.com
    signingkey = {c.hexid(16).upper()}
[commit]
    gpgsign = true
[credential]
    helper = osxkeychain
[url "git@github.com:"]
    insteadOf = https://github.com/
[core]
    excludesfile = ~/.gitignore_global"""


@neg
def cargo_lock(c, s):
    pk = []
    for name, ver in [("serde", "1.0.204"), ("tokio", "1.38.1"), ("bytes", "1.6.1"), ("itoa", "1.0.11")]:
        pk.append(f'[[package]]\nname = "{name}"\nversion = "{ver}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "{c.hexid(64)}"')
    return "toml", "hash_digest", "# This file is automatically @generated by Cargo.\n# It is not intended for manual editing.\nversion = 3\n\n" + "\n\n".join(pk)


@neg
def fly_toml(c, s):
    return "toml", "secret_reference", f"""# fly.toml
app = "{c.pick(['orders-api', 'tally-web', 'pagefold'])}"
primary_region = "{c.pick(['ams', 'fra', 'lhr'])}"

[build]
  image = "registry.fly.io/orders-api:deployment-{c.hexid(26).upper()}"

[env]
  LOG_LEVEL = "info"
  DATABASE_URL_SECRET = "DATABASE_URL"   # set with `fly secrets set DATABASE_URL=...`

[http_service]
  internal_port = 8080
  force_https = true
  min_machines_running = 1"""


@neg
def env_build_meta(c, s):
    return "env", "request_id", f"""# generated by CI — build metadata, safe to expose
BUILD_ID={c.uuid()}
GIT_SHA={c.hexid(40)}
GIT_SHORT_SHA={c.hexid(7)}
BUILD_TIMESTAMP={c.ts()}
RELEASE_CHANNEL={c.pick(['stable', 'beta'])}
SENTRY_RELEASE=web@{c.r.randint(1, 5)}.{c.r.randint(0, 30)}.{c.r.randint(0, 9)}+{c.hexid(7)}
ASSET_MANIFEST_HASH={c.hexid(32)}"""


@neg
def chat_shas(c, s):
    return "chat", "git_sha", f"""Channel: #deploys  (exported 2024-10-{c.r.randint(10, 28)})

[10:02] felix: prod is on {c.hexid(7)}, staging on {c.hexid(7)}
[10:03] zoe: can we cherry-pick {c.hexid(40)} onto the release branch? it's the timezone fix
[10:05] felix: sure, image digest for the hotfix will be sha256:{c.hexid(64)}
[10:21] zoe: deployed, thanks"""


@neg
def chat_fingerprint(c, s):
    return "chat", "public_key", f"""Channel: #infra  (exported 2024-08-{c.r.randint(10, 28)})

[09:12] ines: new bastion host key, please verify before you accept it:
[09:12] ines: ED25519 SHA256:{b64rand(c, 32).rstrip('=')}
[09:13] ines: RSA     SHA256:{b64rand(c, 32).rstrip('=')}
[09:20] omar: matches what I see 👍 (the old one is in known_hosts.bak if anyone needs to roll back)"""
