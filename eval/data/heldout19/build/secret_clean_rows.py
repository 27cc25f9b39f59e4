import json
from gen import *

ROWS = []


def C(fmt, cat, text):
    ROWS.append({"format": fmt, "label": "clean", "category": cat, "secrets": [], "text": text.strip("\n")})


# 1
C("shell_output", "git_commit_sha", "\n".join([
    "$ git log --oneline -n 8",
] + [f"{sha1hex()[:7]} {m}" for m in [
    "fix(auth): handle clock skew in token validation",
    "chore(deps): bump axios from 1.6.7 to 1.7.2",
    "feat(export): add parquet writer behind flag",
    "docs: clarify retry semantics in README",
    "test: cover empty cart edge case",
    "refactor(db): extract migration helpers",
    "ci: cache pnpm store between jobs",
    "Merge pull request #1412 from lmeyer/feature/export",
]] + ["$ git rev-parse HEAD", sha1hex(), "$ git show --stat HEAD~1 | head -3",
      f"commit {sha1hex()}", "Author: Lukas Meyer <lukas.meyer@dev.example>", "Date:   Wed Mar 12 16:41:09 2025 +0100"]))

# 2
files = ["orbit-cli_2.4.0_linux_amd64.tar.gz", "orbit-cli_2.4.0_linux_arm64.tar.gz", "orbit-cli_2.4.0_darwin_arm64.tar.gz",
         "orbit-cli_2.4.0_windows_amd64.zip", "orbit-cli_2.4.0_checksums.txt.sig"]
C("shell_output", "sha256_checksums", "$ curl -sL https://releases.orbit.example/v2.4.0/SHA256SUMS\n" +
  "\n".join(f"{sha256hex()}  {f}" for f in files) +
  "\n$ sha256sum -c SHA256SUMS --ignore-missing\norbit-cli_2.4.0_linux_amd64.tar.gz: OK")

# 3
lock = {"name": "storefront", "version": "3.2.0", "lockfileVersion": 3, "requires": True, "packages": {
    "node_modules/nanoid": {"version": "5.0.7", "resolved": "https://registry.npmjs.org/nanoid/-/nanoid-5.0.7.tgz", "integrity": sri512(), "license": "MIT"},
    "node_modules/picocolors": {"version": "1.1.0", "resolved": "https://registry.npmjs.org/picocolors/-/picocolors-1.1.0.tgz", "integrity": sri512(), "license": "ISC"},
    "node_modules/zod": {"version": "3.23.8", "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", "integrity": sri512(), "license": "MIT"}}}
C("json", "sri_integrity_hash", json.dumps(lock, indent=2))

# 4
C("html", "sri_integrity_hash", f"""
<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Espace client — Mutuelle Horizon</title>
  <link rel="stylesheet" href="https://cdn.horizon-static.example/css/app.4f9a1c.css"
        integrity="sha384-{base64.b64encode(R.randbytes(48)).decode()}" crossorigin="anonymous">
  <script src="https://cdn.horizon-static.example/js/vendor.8b21e0.js"
          integrity="sha384-{base64.b64encode(R.randbytes(48)).decode()}" crossorigin="anonymous" defer></script>
</head>
<body>
  <main id="app">Chargement…</main>
</body>
</html>
""")

# 5
C("k8s_manifest", "container_image_digest", f"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: pricing-api
  namespace: commerce
spec:
  replicas: 3
  selector:
    matchLabels: {{app: pricing-api}}
  template:
    metadata:
      labels: {{app: pricing-api}}
    spec:
      containers:
        - name: api
          image: registry.example.com/commerce/pricing-api@sha256:{sha256hex()}
          ports: [{{containerPort: 8080}}]
          envFrom:
            - configMapRef: {{name: pricing-api-config}}
        - name: envoy
          image: envoyproxy/envoy@sha256:{sha256hex()}
""")

# 6
C("json", "uuid", json.dumps({"data": [
    {"id": uid4(), "type": "project", "attributes": {"name": "Website relaunch", "owner_id": uid4(), "status": "active"}},
    {"id": uid4(), "type": "project", "attributes": {"name": "Data warehouse v2", "owner_id": uid4(), "status": "paused"}},
], "meta": {"page": 1, "total": 2, "request_id": uid4()}}, indent=2))

# 7
C("log", "request_trace_id", "\n".join(
    f'2025-03-14T09:{m:02d}:{R.randint(10,59)}.{R.randint(100,999)}Z INFO http method={meth} path={p} status={st} dur_ms={R.randint(3,400)} request_id={uid4()} traceparent=00-{rs(HEX,32)}-{rs(HEX,16)}-01'
    for m, meth, p, st in [(1, "GET", "/v1/catalog", 200), (1, "POST", "/v1/cart/items", 201), (2, "GET", "/v1/cart", 200), (2, "DELETE", "/v1/cart/items/88", 204), (3, "POST", "/v1/checkout", 409)]))

# 8
png = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa" + R.randbytes(180) + b"\x00\x00\x00\x00IEND\xaeB`\x82").decode()
C("html", "base64_image", f"""
<div class="badge">
  <img alt="verified" width="16" height="16"
       src="data:image/png;base64,{png}">
  <span>Verified seller since 2019</span>
</div>
""")

# 9
att = base64.b64encode("Bestellnummer;Artikel;Menge\n40018822;Schrauben M6x20;500\n40018823;Dübel 8mm;250\n".encode()).decode()
C("json", "base64_data", json.dumps({"message_id": "msg_" + rs(LO + DIG, 20), "subject": "Lieferavis KW 11", "attachments": [
    {"filename": "lieferavis_kw11.csv", "content_type": "text/csv", "size": 96, "content_base64": att}]}, indent=2, ensure_ascii=False))

# 10
C("config", "ssh_public_key", f"""
# /home/deploy/.ssh/authorized_keys — managed by ansible, do not edit by hand
{ssh_pub_ed25519()} maria.santos@laptop-ms
{ssh_pub_rsa()} ci-deployer@build-02
{ssh_pub_ed25519()} backup@nas-office
""")

# 11
C("markdown", "public_key_pem", f"""
### Verifying webhook signatures

Our webhooks are signed with RS256. Verify the `X-Signature` header using this **public** key
(it is safe to embed in your application):

```
{pub_pem()}
```

Key id: `whk-2025-01`. We rotate keys yearly and announce the new key 30 days in advance.
""")

# 12
C("shell_output", "x509_certificate", f"""
$ cat /usr/local/share/ca-certificates/internal-root.crt
{self_signed_cert("Example Internal Root CA")}
$ sudo update-ca-certificates
Updating certificates in /etc/ssl/certs...
1 added, 0 removed; done.
""")

# 13
C("code_js", "stripe_publishable_key", f"""
// checkout.js — runs in the browser, publishable key only
import {{ loadStripe }} from '@stripe/stripe-js';

const stripePromise = loadStripe('pk_live_51{rs(ALNUM,97)}');

export async function startCheckout(sessionId) {{
  const stripe = await stripePromise;
  const {{ error }} = await stripe.redirectToCheckout({{ sessionId }});
  if (error) console.warn(error.message);
}}
""")

# 14
C("markdown", "placeholder", """
## Quick start

1. Sign up at the developer portal and create a key.
2. Export it in your shell:

```bash
export WEATHERLY_API_KEY=<YOUR_API_KEY>
```

3. Call the forecast endpoint:

```bash
curl -H "X-Api-Key: $WEATHERLY_API_KEY" "https://api.weatherly.example/v1/forecast?lat=52.37&lon=4.89"
```

Replace `<YOUR_API_KEY>` with the value shown **once** in the portal. Never commit it.
""")

# 15
C("dotenv", "placeholder", """
# .env.example — copy to .env and fill in
DATABASE_URL=postgres://app:changeme@localhost:5432/app_dev
REDIS_URL=redis://localhost:6379/0
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
SENDGRID_API_KEY=
SESSION_SECRET=replace-me
OPENAI_API_KEY=your-openai-key-here
FEATURE_FLAGS=beta_export,new_nav
""")

# 16
C("shell_output", "masked_secret", """
$ acmectl keys list
NAME              KEY                     CREATED      LAST USED    SCOPES
ci-deploy         sk-****************a91f 2024-11-02   2 hours ago  deploy:write
grafana-reader    sk-****************03bd 2025-01-15   3 days ago   metrics:read
old-laptop        sk-****************7e2c 2023-06-30   never        all (revoked)
$ acmectl keys revoke old-laptop
Key 'old-laptop' revoked.
""")

# 17
C("yaml", "secret_reference", """
name: deploy
on:
  push:
    branches: [main]
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
          role-to-assume: arn:aws:iam::123456789012:role/gh-deploy
          aws-region: eu-west-1
      - run: ./scripts/deploy.sh
        env:
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
""")

# 18
C("k8s_manifest", "secret_reference", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: notifications
spec:
  template:
    spec:
      containers:
        - name: notifications
          image: ghcr.io/acme/notifications:4.1.0
          env:
            - name: SMTP_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: notifications-smtp
                  key: password
            - name: TWILIO_AUTH_TOKEN
              valueFrom:
                secretKeyRef:
                  name: notifications-twilio
                  key: auth-token
            - name: LOG_LEVEL
              value: info
""")

# 19
C("shell_output", "secret_reference", f"""
$ vault kv metadata get -mount=secret payments/stripe
======== Metadata Path ========
secret/metadata/payments/stripe

========== Metadata ==========
Key                     Value
---                     -----
cas_required            false
created_time            2024-05-14T09:12:40.117Z
current_version         7
delete_version_after    0s
max_versions            10
oldest_version          1
updated_time            2025-02-28T15:03:11.904Z
""")

# 20
C("hcl", "secret_reference", f"""
data "aws_secretsmanager_secret_version" "db" {{
  secret_id = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders/db-AbCdEf"
}}

locals {{
  db_creds = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)
}}

resource "aws_db_instance" "orders" {{
  identifier     = "orders-prod"
  engine         = "postgres"
  engine_version = "16.3"
  username       = local.db_creds.username
  password       = local.db_creds.password
  kms_key_id     = "arn:aws:kms:eu-west-1:123456789012:key/{uid4()}"
}}
""")

# 21
C("markdown", "vendor_doc_example", """
### Configuring the AWS CLI (example from the official docs)

The values below are the **example credentials published in the AWS documentation**;
they do not work and are only there to show the file layout.

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-west-2
```

Run `aws configure` to write your own credentials to `~/.aws/credentials`.
""")

# 22
C("csv", "order_number", "order_no,created_at,customer_ref,items,total_eur,status\n" + "\n".join(
    f"ORD-{R.randint(2025000000,2025999999)},2025-03-{d:02d}T{R.randint(8,20):02d}:{R.randint(0,59):02d}:00Z,CUST-{rs(UP+DIG,8)},{R.randint(1,6)},{R.randint(900,45000)/100:.2f},{st}"
    for d, st in [(1, "shipped"), (1, "shipped"), (2, "cancelled"), (3, "processing"), (3, "shipped"), (4, "refunded"), (5, "processing")]))

# 23
C("email", "tracking_code", f"""
From: Versandteam <versand@gartenwelt.example>
To: kunde@mail.example
Subject: Ihre Bestellung 7741-2290 ist unterwegs

Guten Tag,

Ihre Bestellung wurde in zwei Paketen versendet:

  Paket 1: DHL Sendungsnummer 00340434{rs(DIG,12)}
  Paket 2: DPD Paketnummer 0{rs(DIG,13)}

Die voraussichtliche Zustellung ist am Donnerstag, 20.03.2025.
Sendungsverfolgung: https://www.gartenwelt.example/tracking?ref=7741-2290

Viele Grüße
Ihr Gartenwelt-Team
""")

# 24
C("shell_output", "s3_object_key", "$ aws s3 ls s3://media-uploads-prod/user-content/2025/03/ --human-readable\n" + "\n".join(
    f"2025-03-{R.randint(10,18)} {R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}  {R.randint(10,990)/10:.1f} KiB {rs(HEX,8)}-{rs(HEX,4)}/{rs(ALNUM,22)}.{ext}"
    for ext in ["jpg", "jpg", "webp", "png", "pdf", "jpg"]))

# 25
C("ci_log", "build_content_hash", f"""
vite v5.4.2 building for production...
✓ 412 modules transformed.
dist/index.html                          0.71 kB │ gzip:  0.39 kB
dist/assets/index-{rs(B64URL,8)}.css           38.92 kB │ gzip:  7.12 kB
dist/assets/vendor-{rs(B64URL,8)}.js          142.10 kB │ gzip: 45.77 kB
dist/assets/index-{rs(B64URL,8)}.js           96.44 kB │ gzip: 29.05 kB
dist/assets/SettingsPage-{rs(B64URL,8)}.js     12.30 kB │ gzip:  4.01 kB
✓ built in 6.84s
""")

# 26
C("http_dump", "etag_header", f"""
HTTP/2 200
content-type: image/webp
content-length: 48211
etag: "{rs(HEX,32)}"
last-modified: Fri, 07 Mar 2025 10:22:31 GMT
cache-control: public, max-age=31536000, immutable
x-amz-version-id: {rs(B64URL,32)}
x-cache: Hit from cloudfront
x-amz-cf-id: {rs(B64URL,56)}==
age: 81233
""")

# 27
C("ci_log", "redacted_value", """
Run ./gradlew publish
  env:
    ORG_GRADLE_PROJECT_signingKey: ***
    ORG_GRADLE_PROJECT_signingPassword: ***
    MAVEN_CENTRAL_USERNAME: ***
    MAVEN_CENTRAL_PASSWORD: ***
> Task :lib:signMavenPublication
> Task :lib:publishMavenPublicationToSonatypeRepository
Uploading lib-2.3.1.jar to https://s01.oss.sonatype.example/service/local/staging/deploy/maven2/
BUILD SUCCESSFUL in 1m 12s
""")

# 28
C("markdown", "password_policy_doc", """
# Passwortrichtlinie (gültig ab 01.04.2025)

* Mindestens **14 Zeichen**, davon Groß- und Kleinbuchstaben sowie eine Ziffer.
* Passwörter wie `Passwort123!`, `Sommer2025` oder der Firmenname sind gesperrt.
* Es gibt keinen erzwungenen Wechsel mehr, außer bei Verdacht auf Kompromittierung.
* Für Dienstkonten werden Passwörter ausschließlich im Tresor (`vault://it/service-accounts/<name>`) gespeichert.
* Passwörter niemals per E-Mail, Chat oder Ticket versenden – stattdessen den Freigabelink des Tresors nutzen.

Fragen an: it-security@firma.example
""")

# 29
C("shell_history", "secret_reference", """
 540  export PGPASSWORD="$(vault kv get -field=password secret/db/reporting)"
 541  psql -h reporting-db.internal.example -U analyst -d reporting -c '\\dt'
 542  export GITHUB_TOKEN=$(gh auth token)
 543  op run --env-file=.env.tpl -- npm run e2e
 544  unset PGPASSWORD GITHUB_TOKEN
""")

# 30
C("ci_log", "terraform_sensitive", f"""
Terraform will perform the following actions:

  # aws_ssm_parameter.api_key will be updated in-place
  ~ resource "aws_ssm_parameter" "api_key" {{
        id        = "/prod/search/api_key"
        name      = "/prod/search/api_key"
        tags      = {{}}
      ~ value     = (sensitive value)
        # (6 unchanged attributes hidden)
    }}

  # random_password.db will be created
  + resource "random_password" "db" {{
      + id     = (known after apply)
      + length = 32
      + result = (sensitive value)
    }}

Plan: 1 to add, 1 to change, 0 to destroy.
""")

# 31
fpr = rs("0123456789ABCDEF", 40)
C("shell_output", "pgp_fingerprint", f"""
$ gpg --list-keys --keyid-format long releases@pkgs.example
pub   ed25519/{fpr[-16:]} 2024-09-01 [SC] [expires: 2026-09-01]
      {fpr}
uid                 [ultimate] Package Signing <releases@pkgs.example>
sub   cv25519/{rs('0123456789ABCDEF',16)} 2024-09-01 [E] [expires: 2026-09-01]
$ gpg --verify pkgs-3.1.0.tar.gz.asc pkgs-3.1.0.tar.gz
gpg: Good signature from "Package Signing <releases@pkgs.example>" [ultimate]
""")

# 32
C("yaml", "age_public_key", f"""
# .sops.yaml
creation_rules:
  - path_regex: environments/prod/.*\\.yaml$
    age: >-
      age1{rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l',58)},
      age1{rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l',58)}
  - path_regex: environments/staging/.*\\.yaml$
    age: age1{rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l',58)}
""")

# 33
C("http_dump", "csp_hash", f"""
HTTP/1.1 200 OK
Content-Type: text/html; charset=utf-8
Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-{base64.b64encode(R.randbytes(32)).decode()}' 'sha256-{base64.b64encode(R.randbytes(32)).decode()}'; style-src 'self' 'nonce-{base64.b64encode(R.randbytes(16)).decode()}'; frame-ancestors 'none'
Strict-Transport-Security: max-age=63072000; includeSubDomains; preload
X-Content-Type-Options: nosniff
Referrer-Policy: strict-origin-when-cross-origin
""")

# 34
C("text", "go_sum_hash", "\n".join(
    f"{m} {v} h1:{base64.b64encode(R.randbytes(32)).decode()}\n{m} {v}/go.mod h1:{base64.b64encode(R.randbytes(32)).decode()}"
    for m, v in [("github.com/google/uuid", "v1.6.0"), ("github.com/jackc/pgx/v5", "v5.6.0"), ("go.uber.org/zap", "v1.27.0"), ("golang.org/x/sync", "v0.8.0")]))

# 35
C("toml", "cargo_checksum", "# This file is automatically @generated by Cargo.\nversion = 3\n\n" + "\n".join(
    f'[[package]]\nname = "{n}"\nversion = "{v}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "{sha256hex()}"\n'
    for n, v in [("anyhow", "1.0.86"), ("bytes", "1.7.1"), ("serde", "1.0.209"), ("tokio", "1.40.0")]))

# 36
C("text", "pip_hash", "\n".join(
    f"{p} \\\n    --hash=sha256:{sha256hex()} \\\n    --hash=sha256:{sha256hex()}"
    for p in ["certifi==2024.8.30", "charset-normalizer==3.3.2", "idna==3.8", "requests==2.32.3"]))

# 37
C("shell_output", "object_id", "reporting> db.orders.find({status: 'open'}, {_id: 1, customer_id: 1, total: 1}).limit(4)\n" + "\n".join(
    f"{{ _id: ObjectId('{rs(HEX,24)}'), customer_id: ObjectId('{rs(HEX,24)}'), total: Decimal128('{R.randint(1000,99999)/100}') }}" for _ in range(4)))

# 38
C("log", "ulid", "\n".join(
    f'{{"t":"2025-03-19T12:0{i}:{R.randint(10,59)}Z","evt":"{e}","job_id":"01JPQ{rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ",21)}","queue":"thumbnails","attempt":1}}'
    for i, e in enumerate(["enqueued", "started", "completed", "enqueued", "started"])))

# 39
C("json", "stripe_object_ids", json.dumps({
    "id": "evt_1Q" + rs(ALNUM, 22), "object": "event", "api_version": "2024-06-20", "type": "payment_intent.succeeded",
    "data": {"object": {"id": "pi_3Q" + rs(ALNUM, 22), "object": "payment_intent", "amount": 4590, "currency": "eur",
                        "customer": "cus_" + rs(ALNUM, 14), "latest_charge": "ch_3Q" + rs(ALNUM, 22),
                        "payment_method": "pm_1Q" + rs(ALNUM, 22), "status": "succeeded"}},
    "livemode": True, "request": {"id": "req_" + rs(ALNUM, 14), "idempotency_key": uid4()}}, indent=2))

# 40
C("log", "message_sid", "\n".join(
    f"2025-02-{d} 10:{R.randint(10,59)}:{R.randint(10,59)} sms-gw status_callback sid=SM{rs(HEX,32)} status={s} error_code={e}"
    for d, s, e in [(11, "queued", "-"), (11, "sent", "-"), (11, "delivered", "-"), (12, "undelivered", "30003"), (12, "delivered", "-")]))

# 41
C("markdown", "placeholder", """
## 認証

すべてのリクエストに `Authorization` ヘッダーを付けてください。

```http
GET /v2/invoices HTTP/1.1
Host: api.seikyu.example
Authorization: Bearer YOUR_ACCESS_TOKEN_HERE
```

`YOUR_ACCESS_TOKEN_HERE` は管理画面の「API設定」で発行したトークンに置き換えてください。
トークンは発行時に一度だけ表示されます。紛失した場合は再発行してください。
""")

# 42
C("markdown", "placeholder", """
### Configuración del conector

| Parámetro      | Ejemplo                                   | Descripción                          |
|----------------|-------------------------------------------|--------------------------------------|
| `api_key`      | `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`    | Clave que obtienes en Ajustes → API  |
| `api_secret`   | `********`                                | Nunca la compartas por correo        |
| `webhook_url`  | `https://tu-dominio.example/webhooks`     | Endpoint público de tu servidor      |
| `region`       | `eu`                                      | `eu` o `us`                          |

Tras guardar, pulsa **Probar conexión**. Si ves `401`, revisa que la clave no tenga espacios.
""")

# 43
C("yaml", "env_var_reference", """
# docker-compose.yml
services:
  api:
    build: .
    environment:
      DATABASE_URL: postgres://api:${POSTGRES_PASSWORD}@db:5432/api
      JWT_SECRET: ${JWT_SECRET:?JWT_SECRET must be set}
      S3_SECRET_KEY: ${S3_SECRET_KEY}
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: api
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

# 44
C("shell_output", "advisory_ids", f"""
$ npm audit
# npm audit report

path-to-regexp  0.2.0 - 1.8.0
Severity: high
path-to-regexp outputs backtracking regular expressions - https://github.com/advisories/GHSA-9wv6-86v2-598j
fix available via `npm audit fix`
node_modules/path-to-regexp

micromatch  <4.0.8
Severity: moderate
Regular Expression Denial of Service (ReDoS) in micromatch - https://github.com/advisories/GHSA-952p-6rrq-rcjv
node_modules/micromatch

2 vulnerabilities (1 moderate, 1 high)
""")

# 45
C("shell_output", "certificate_fingerprint", f"""
$ openssl s_client -connect shop.example.com:443 -servername shop.example.com </dev/null 2>/dev/null | openssl x509 -noout -subject -issuer -dates -fingerprint -sha256
subject=CN = shop.example.com
issuer=C = US, O = Let's Encrypt, CN = R11
notBefore=Feb 10 08:14:22 2025 GMT
notAfter=May 11 08:14:21 2025 GMT
sha256 Fingerprint={':'.join(rs('0123456789ABCDEF',2) for _ in range(32))}
""")

# 46
C("sql_result", "file_checksum", "reporting=# SELECT file_name, size_bytes, md5, uploaded_at FROM documents WHERE folder_id = 118 ORDER BY uploaded_at;\n" +
  "      file_name       | size_bytes |               md5                |      uploaded_at\n" +
  "----------------------+------------+----------------------------------+------------------------\n" + "\n".join(
    f" {n:<20} | {R.randint(20000,900000):>10} | {rs(HEX,32)} | 2025-02-{R.randint(10,28)} {R.randint(8,18):02d}:{R.randint(0,59):02d}:00+00"
    for n in ["contrato_2025.pdf", "anexo_I.pdf", "planta_baixa.dwg", "orcamento_v3.xlsx"]) + "\n(4 rows)")

# 47
C("html", "tracking_params", f"""
<a href="https://www.example.com/sale?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=spring25&amp;mc_cid={rs(HEX,10)}&amp;mc_eid={rs(HEX,10)}">Zur Frühjahrsaktion</a>
<img src="https://click.mail.example.com/open.gif?u={rs(HEX,24)}&amp;id={rs(HEX,10)}&amp;e={rs(HEX,10)}" width="1" height="1" alt="">
<p style="font-size:11px">Sie erhalten diese E-Mail, weil Sie den Newsletter abonniert haben. <a href="https://www.example.com/unsubscribe?c={uid4()}">Abmelden</a></p>
""")

# 48
C("shell_output", "docker_image_id", "$ docker images\nREPOSITORY                   TAG       IMAGE ID       CREATED        SIZE\n" + "\n".join(
    f"{r:<28} {t:<9} {rs(HEX,12)}   {c:<14} {s}" for r, t, c, s in [
        ("ghcr.io/acme/api", "1.42.0", "2 hours ago", "187MB"), ("ghcr.io/acme/worker", "1.42.0", "2 hours ago", "203MB"),
        ("postgres", "16-alpine", "3 weeks ago", "243MB"), ("redis", "7", "5 weeks ago", "117MB")]))

# 49
C("yaml", "k8s_object_metadata", f"""
apiVersion: v1
kind: Pod
metadata:
  name: search-indexer-7d9c5b8f6-x2kqp
  namespace: search
  uid: {uid4()}
  resourceVersion: "{R.randint(10**7,10**8)}"
  generateName: search-indexer-7d9c5b8f6-
  ownerReferences:
    - apiVersion: apps/v1
      kind: ReplicaSet
      name: search-indexer-7d9c5b8f6
      uid: {uid4()}
status:
  phase: Running
  podIP: 10.42.3.17
  containerStatuses:
    - name: indexer
      containerID: containerd://{sha256hex()}
      imageID: ghcr.io/acme/search-indexer@sha256:{sha256hex()}
      ready: true
      restartCount: 0
""")

# 50
C("text", "git_lfs_pointer", f"""
version https://git-lfs.github.com/spec/v1
oid sha256:{sha256hex()}
size {R.randint(10**6, 10**9)}
""" + "\n# (file: models/segmentation/unet_v4.onnx — fetched with `git lfs pull`)")

# 51
C("email", "invoice_payment_reference", f"""
Da: Amministrazione <amministrazione@studio-ferri.example>
A: clienti@studio-ferri.example
Oggetto: Fattura n. 2025/0412 — avviso di pagamento

Gentile cliente,

in allegato la fattura n. 2025/0412 del 14/03/2025 (imponibile € 1.250,00 + IVA).
Codice avviso pagoPA: 3{rs(DIG,17)}
Codice IUV: RF{rs(DIG,2)}{rs(UP+DIG,15)}
Identificativo SDI: {rs(DIG,10)}

Il pagamento è dovuto entro 30 giorni dalla data di emissione.
Cordiali saluti,
Studio Ferri
""")

# 52
C("json", "oauth_client_id_public", json.dumps({
    "web": {"client_id": f"{rs(DIG,12)}-{rs(LO+DIG,32)}.apps.googleusercontent.com", "project_id": "helpdesk-sso",
            "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
            "redirect_uris": ["https://helpdesk.example.com/oauth/callback"], "client_secret": "${GOOGLE_OAUTH_CLIENT_SECRET}"}}, indent=2))

# 53
C("yaml", "precommit_rev_sha", f"""
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: {sha1hex()}  # frozen: v4.6.0
    hooks:
      - id: trailing-whitespace
      - id: check-yaml
  - repo: https://github.com/gitleaks/gitleaks
    rev: {sha1hex()}  # frozen: v8.18.4
    hooks:
      - id: gitleaks
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: {sha1hex()}  # frozen: v0.6.3
    hooks:
      - id: ruff
""")

# 54
C("yaml", "secret_reference", """
# values-prod.yaml (Helm)
postgresql:
  enabled: false
externalDatabase:
  host: orders-db.prod.internal
  port: 5432
  user: orders
  database: orders
  existingSecret: orders-db-credentials
  existingSecretPasswordKey: password
redis:
  auth:
    existingSecret: redis-auth
    existingSecretPasswordKey: redis-password
ingress:
  tls:
    - secretName: orders-tls
      hosts: [orders.example.com]
""")

# 55
C("chat_export", "masked_secret", """
[10:14] Daan Visser: ik heb de oude Mollie-sleutel ingetrokken, de nieuwe staat in 1Password onder "Mollie live"
[10:15] Sanne Jacobs: top. In de logs zie ik nu alleen nog live_****9fQ2, dat is de nieuwe toch?
[10:15] Daan Visser: klopt, eindigt op 9fQ2
[10:17] Sanne Jacobs: en de webhooks komen weer binnen, laatste om 10:16 ✅
""")

# 56
C("log", "sentry_event_id", "\n".join(
    f"[{R.randint(10,23)}:{R.randint(10,59)}:{R.randint(10,59)}] ERROR Unhandled exception in /api/v1/{p}: {e} (sentry event_id={rs(HEX,32)}, dd.trace_id={R.randint(10**18,9*10**18)}, dd.span_id={R.randint(10**18,9*10**18)})"
    for p, e in [("reports/export", "TimeoutError: upstream took >30s"), ("users/me", "KeyError: 'locale'"), ("billing/preview", "ZeroDivisionError: division by zero")]))

# 57
C("json", "terraform_lock_info", json.dumps({"ID": uid4(), "Operation": "OperationTypeApply", "Info": "", "Who": "runner@gha-7f3c2", "Version": "1.9.5",
                                             "Created": "2025-03-20T08:41:02.118Z", "Path": "tfstate-prod/network/terraform.tfstate"}, indent=2) +
  "\n\nError: Error acquiring the state lock\nLock Info shown above. Use `terraform force-unlock <LOCK_ID>` only if you are sure no other run is active.")

# 58
C("json", "jwks_public", json.dumps({"keys": [
    {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(B64URL, 43), "n": b64u(R.randbytes(256)), "e": "AQAB"},
    {"kty": "EC", "use": "sig", "alg": "ES256", "kid": rs(B64URL, 43), "crv": "P-256", "x": b64u(R.randbytes(32)), "y": b64u(R.randbytes(32))}]}, indent=2))

# 59
C("markdown", "ipfs_cid", f"""
## Release artefacts

| File | IPFS CID | SHA-256 |
|------|----------|---------|
| `atlas-2.0.0.iso` | `bafybei{rs('abcdefghijklmnopqrstuvwxyz234567',52)}` | `{sha256hex()}` |
| `atlas-2.0.0.iso.sig` | `bafkrei{rs('abcdefghijklmnopqrstuvwxyz234567',52)}` | `{sha256hex()}` |

Mirror: `ipfs get /ipfs/<CID>` or download from https://dl.atlas.example/2.0.0/.
""")

# 60
C("support_ticket", "secret_reference", """
Ticket #30155 — Rotation der API-Schlüssel für Filiale Graz

Hallo Team,

wie besprochen haben wir den Schlüssel für die Kassen-Schnittstelle rotiert. Den neuen Wert
habe ich NICHT hier eingefügt, sondern im gemeinsamen Tresor unter
`kv/kassen/graz/api-key` (Version 4) hinterlegt. Die alte Version 3 ist deaktiviert.
Bitte in eurem Deployment den Pfad beibehalten, nur die Version hochziehen.

Schöne Grüße
Katharina Huber, IT Filialsysteme
""")
