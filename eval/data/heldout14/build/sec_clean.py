import base64

from carriers import J, ci, iso, jsonlog, plainlog, slack, notebook, hexs, rng
from seclib import *


def N(fmt, cat, text):
    return {"format": fmt, "label": "clean", "category": cat, "secrets": [], "text": text}


def rows():
    out = []
    files = ["ledgerkit-0.9.3-py3-none-any.whl", "ledgerkit-0.9.3.tar.gz"]
    out.append(N("checksum_file", "sha256_digest", "".join("%s  %s\n" % (sha256("c1" + f), f) for f in files)))

    out.append(N("terminal_session", "sha256_digest", """$ curl -LO https://downloads.pgsnap.dev/pgsnap-2.4.1-linux-amd64.tar.gz
$ sha256sum pgsnap-2.4.1-linux-amd64.tar.gz
%s  pgsnap-2.4.1-linux-amd64.tar.gz
$ grep linux-amd64 SHA256SUMS
%s  pgsnap-2.4.1-linux-amd64.tar.gz
$ echo "checksums match"
checksums match
""" % (sha256("c2"), sha256("c2"))))

    out.append(N("json_api", "md5_hash", J({"Contents": [
        {"Key": "exports/2024-09-16/ledger.csv.gz", "LastModified": "2024-09-16T01:12:44.000Z", "ETag": "\"%s\"" % md5("c3a"), "Size": 18233019, "StorageClass": "STANDARD"},
        {"Key": "exports/2024-09-17/ledger.csv.gz", "LastModified": "2024-09-17T01:10:02.000Z", "ETag": "\"%s\"" % md5("c3b"), "Size": 18301442, "StorageClass": "STANDARD"}],
        "KeyCount": 2, "Name": "quintfall-exports"})))

    out.append(N("git_log", "git_sha", "\n".join("%s %s" % (sha1("c4" + m)[:7], m) for m in [
        "fix: handle empty manifest without throwing", "feat(resize): add AVIF output", "chore(deps): bump sharp to 0.33.3",
        "docs: update quickstart for storage.path", "refactor: extract tile pool"]) + "\n\n$ git rev-parse HEAD\n" + sha1("c4head") + "\n"))

    out.append(N("json_api", "git_sha", J({
        "sha": sha1("c5"), "node_id": "C_kwDOK" + rs("c5n", 20, B62),
        "commit": {"author": {"name": "Alina Berg", "date": "2024-09-16T12:22:08Z"}, "message": "fix: handle empty manifest without throwing",
                   "tree": {"sha": sha1("c5t")}, "verification": {"verified": True, "reason": "valid"}},
        "parents": [{"sha": sha1("c5p")}], "html_url": "https://github.com/norrvik/asset-pipeline/commit/" + sha1("c5")})))

    out.append(N("app_log", "uuid", jsonlog("clean-6", [
        {"level": "info", "request_id": uuid("c6a"), "method": "GET", "path": "/api/v2/orders/100236", "status": 200, "ms": 18},
        {"level": "info", "request_id": uuid("c6b"), "method": "POST", "path": "/api/v2/cart/items", "status": 201, "ms": 44},
        {"level": "warn", "request_id": uuid("c6c"), "method": "GET", "path": "/api/v2/search", "status": 200, "ms": 1840, "note": "slow query"},
    ])))

    out.append(N("json_config", "uuid", J({
        "version": 4, "terraform_version": "1.8.5", "serial": 112, "lineage": uuid("c7lin"),
        "resources": [{"mode": "managed", "type": "azurerm_resource_group", "name": "reports",
                       "instances": [{"attributes": {"id": "/subscriptions/%s/resourceGroups/rg-reports-prod" % uuid("c7sub"), "location": "westeurope"}}]}]})))

    out.append(N("json_api", "trace_id", J({"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "checkout"}}]},
        "scopeSpans": [{"spans": [
            {"traceId": hexs("c8t", 32), "spanId": hexs("c8s1", 16), "name": "POST /checkout", "kind": 2, "startTimeUnixNano": "1726650001000000000", "endTimeUnixNano": "1726650002911000000"},
            {"traceId": hexs("c8t", 32), "spanId": hexs("c8s2", 16), "parentSpanId": hexs("c8s1", 16), "name": "stripe.paymentIntents.create", "kind": 3}]}]}]})))

    out.append(N("app_log", "trace_id", "\n".join(
        '10.44.7.%d - - [17/Sep/2024:10:02:%02d +0000] "GET /api/v2/orders HTTP/1.1" 200 %d traceparent="00-%s-%s-01"' % (
            i + 3, 10 + i, 800 + i * 37, hexs("c9t" + str(i), 32), hexs("c9s" + str(i), 16)) for i in range(5)) + "\n"))

    out.append(N("html_page", "sri_integrity", """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Bookshelf</title>
  <link rel="stylesheet" href="https://cdn.cdnhub.example/bulma/1.0.2/bulma.min.css"
        integrity="sha384-%s" crossorigin="anonymous">
  <script src="https://cdn.cdnhub.example/alpinejs/3.14.1/cdn.min.js"
          integrity="sha384-%s" crossorigin="anonymous" defer></script>
</head>
<body><div id="app"></div></body>
</html>
""" % (b64digest("c10a"), b64digest("c10b"))))

    out.append(N("package_lock_json", "package_lock_integrity", J({
        "name": "@quillstack/ui", "version": "5.2.0", "lockfileVersion": 3, "requires": True,
        "packages": {
            "node_modules/clsx": {"version": "2.1.1", "resolved": "https://registry.npmjs.org/clsx/-/clsx-2.1.1.tgz",
                                  "integrity": "sha512-" + b64digest("c11a", 64), "license": "MIT"},
            "node_modules/@floating-ui/dom": {"version": "1.6.8", "resolved": "https://registry.npmjs.org/@floating-ui/dom/-/dom-1.6.8.tgz",
                                              "integrity": "sha512-" + b64digest("c11b", 64), "license": "MIT"}}})))

    out.append(N("go_sum", "go_sum_hash", "".join("%s %s h1:%s\n" % (m, v, base64.b64encode(rbytes("c12" + m + v, 32)).decode()) for m, v in [
        ("github.com/go-chi/chi/v5", "v5.1.0"), ("github.com/go-chi/chi/v5", "v5.1.0/go.mod"),
        ("github.com/jackc/pgx/v5", "v5.6.0"), ("github.com/jackc/pgx/v5", "v5.6.0/go.mod"),
        ("golang.org/x/sync", "v0.8.0")])))

    out.append(N("terminal_session", "container_digest", """$ docker pull registry.quintfall.io/reporting/api:2.14.0
2.14.0: Pulling from reporting/api
%s: Already exists
%s: Pull complete
%s: Pull complete
Digest: sha256:%s
Status: Downloaded newer image for registry.quintfall.io/reporting/api:2.14.0
$ docker images --digests | head -2
REPOSITORY                             TAG       DIGEST                                                                    IMAGE ID       CREATED      SIZE
registry.quintfall.io/reporting/api    2.14.0    sha256:%s   %s   3 days ago   212MB
""" % (hexs("c13l1", 12), hexs("c13l2", 12), hexs("c13l3", 12), sha256("c13"), sha256("c13"), hexs("c13id", 12))))

    out.append(N("k8s_status_yaml", "container_digest", """status:
  phase: Running
  containerStatuses:
    - name: api
      ready: true
      restartCount: 0
      image: registry.quintfall.io/reporting/api:2.14.0
      imageID: registry.quintfall.io/reporting/api@sha256:%s
      containerID: containerd://%s
      started: true
""" % (sha256("c14"), sha256("c14c"))))

    out.append(N("build_output", "build_hash", """> quillstack-docs@1.4.0 build
> vite build

vite v5.3.4 building for production...
✓ 412 modules transformed.
dist/index.html                          0.62 kB │ gzip:  0.38 kB
dist/assets/index-%s.css             18.44 kB │ gzip:  4.21 kB
dist/assets/vendor-%s.js            142.08 kB │ gzip: 46.12 kB
dist/assets/index-%s.js              61.73 kB │ gzip: 19.80 kB
✓ built in 3.91s
""" % (rs("c15a", 8, B62 + "-_"), rs("c15b", 8, B62 + "-_"), rs("c15c", 8, B62 + "-_"))))

    out.append(N("k8s_manifest_yaml", "secret_store_reference", """apiVersion: apps/v1
kind: Deployment
metadata: { name: billing-api, namespace: billing }
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/kestrelworks/billing-api:4.2.0
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: billing-stripe, key: STRIPE_SECRET_KEY }
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: { name: billing-db, key: url }
            - name: LOG_LEVEL
              value: info
"""))

    out.append(N("yaml_config", "secret_store_reference", """# config/production.yaml - values resolved at startup by the vault-agent sidecar
database:
  host: pg-invoices.internal
  user: invoice_app
  password: vault:secret/data/invoices/db#password
smtp:
  host: smtp.mailhost-eu.net
  password: vault:secret/data/invoices/smtp#password
signing:
  private_key_path: /vault/secrets/signing.pem
"""))

    out.append(N("json_config", "secret_store_reference", J({
        "family": "reporting-worker", "networkMode": "awsvpc", "cpu": "512", "memory": "1024",
        "containerDefinitions": [{"name": "worker", "image": "481229037715.dkr.ecr.eu-west-1.amazonaws.com/reporting-worker:2.14.0",
                                  "secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:481229037715:secret:reporting/db-AbC123"},
                                              {"name": "DD_API_KEY", "valueFrom": "arn:aws:ssm:eu-west-1:481229037715:parameter/reporting/dd-api-key"}],
                                  "environment": [{"name": "LOG_LEVEL", "value": "info"}]}]})))

    out.append(N("env_file", "secret_store_reference", """# .env.tpl - render with `op inject -i .env.tpl -o .env`
DATABASE_URL=op://Engineering/ledgerline-prod-db/connection-string
STRIPE_SECRET_KEY=op://Engineering/stripe-live/secret-key
SENTRY_DSN_REF=op://Engineering/sentry/dsn
APP_ENV=production
"""))

    out.append(N("yaml_config", "ci_variable_reference", """name: publish
on:
  release: { types: [published] }
jobs:
  npm:
    runs-on: ubuntu-latest
    permissions: { contents: read, id-token: write }
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, registry-url: "https://registry.npmjs.org" }
      - run: npm ci && npm run build
      - run: npm publish --provenance --access public
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
      - run: curl -X POST -d '{"text":"published"}' "$SLACK_WEBHOOK"
        env:
          SLACK_WEBHOOK: ${{ secrets.SLACK_RELEASES_WEBHOOK }}
"""))

    out.append(N("yaml_config", "ci_variable_reference", """deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\\r' | ssh-add -
    - ssh deploy@$DEPLOY_HOST "cd /srv/app && ./deploy.sh $CI_COMMIT_SHA"
    - 'curl --header "JOB-TOKEN: $CI_JOB_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages"'
  only: [main]
"""))

    out.append(N("docker_compose", "ci_variable_reference", """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ${POSTGRES_USER:-app}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in your shell or .env}
  api:
    image: ghcr.io/quintfall/inventory:1.9.0
    environment:
      DATABASE_URL: postgres://${POSTGRES_USER:-app}:${POSTGRES_PASSWORD}@db:5432/app
      JWT_SECRET: ${JWT_SECRET}
"""))

    out.append(N("env_file", "placeholder", """# .env.example - copy to .env and fill in
STRIPE_SECRET_KEY=sk_live_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_...
OPENAI_API_KEY=<your-openai-key>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/DBNAME
JWT_SECRET=replace-with-a-long-random-string
SLACK_BOT_TOKEN=xoxb-xxxxxxxxxxxx-xxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx
"""))

    out.append(N("markdown_readme", "placeholder", """## Configuration

Set your API key before running the examples:

```bash
export LEDGERLINE_API_KEY="YOUR_API_KEY"
```

or pass it explicitly:

```python
client = Ledgerline(api_key="ll_live_XXXXXXXXXXXXXXXXXXXXXXXX")
```

Keys are created in the dashboard under **Developers > API keys**. Never commit real keys to git.
"""))

    out.append(N("terraform", "placeholder", """variable "db_password" {
  description = "Master password for the reporting database. Supply via TF_VAR_db_password."
  type        = string
  sensitive   = true
  default     = "REPLACE_ME"
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
  default   = "<set-in-terraform-cloud>"
}
"""))

    out.append(N("authorized_keys", "public_key_ssh", "".join(
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s\n" % (base64.b64encode(rbytes("c27" + u, 32)).decode()[:43], u) for u in
        ["alina@norrvik-laptop", "cwu@workstation", "deploy@ci-runner-03"]) +
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s backup@nas01\n" % base64.b64encode(rbytes("c27rsa", 280)).decode()))

    out.append(N("json_api", "public_key_ssh", J([
        {"id": int(rs("c28a", 8, DI)), "key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + base64.b64encode(rbytes("c28a", 32)).decode()[:43],
         "title": "work laptop", "created_at": "2024-02-11T09:14:22Z", "verified": True, "read_only": False},
        {"id": int(rs("c28b", 8, DI)), "key": "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + base64.b64encode(rbytes("c28b", 64)).decode()[:86],
         "title": "yubikey", "created_at": "2023-08-30T18:02:51Z", "verified": True, "read_only": False}])))

    out.append(N("pem_file", "certificate_pem", """# Quintfall Internal Root CA - distribute to all managed devices
# Subject: CN=Quintfall Internal Root CA, O=Quintfall, C=US
# Valid until: 2034-03-01
%s
""" % cert("c29")))

    out.append(N("yaml_config", "public_key_pem", """# gateway JWT verification
jwt:
  issuer: https://auth.vintrell.com/
  audience: api.vintrell.com
  algorithms: [RS256]
  public_key: |
%s
""" % "\n".join("    " + l for l in pubkey_pem("c30").splitlines())))

    pgp_body = "mQINBG" + base64.b64encode(rbytes("c31", 520)).decode()
    out.append(N("text_file", "pgp_public_key", """Contact: mailto:security@vintrell.com
Expires: 2025-12-31T23:00:00.000Z
Preferred-Languages: en, de
Encryption: https://vintrell.com/.well-known/pgp-key.txt

-----BEGIN PGP PUBLIC KEY BLOCK-----

%s
=%s
-----END PGP PUBLIC KEY BLOCK-----
""" % ("\n".join(pgp_body[i:i + 64] for i in range(0, len(pgp_body), 64)), base64.b64encode(rbytes("c31c", 3)).decode())))

    out.append(N("json_api", "jwks_public_key", J({"keys": [
        {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs("c32k", 22, URL), "n": b64url(rbytes("c32n", 256)), "e": "AQAB"},
        {"kty": "EC", "use": "sig", "alg": "ES256", "kid": rs("c32k2", 22, URL), "crv": "P-256", "x": b64url(rbytes("c32x", 32)), "y": b64url(rbytes("c32y", 32))}]})))

    out.append(N("source_code", "publishable_key", """// src/lib/stripe.ts  (browser bundle)
import { loadStripe } from "@stripe/stripe-js";

// Publishable keys are meant to be public; the secret key lives only on the server.
export const stripePromise = loadStripe("pk_live_51%s");
""" % rs("c33", 97)))

    out.append(N("source_code", "publishable_key", """import mapboxgl from "mapbox-gl";

// public access token (pk.*), URL-restricted to *.greenleafmarket.com
mapboxgl.accessToken = "%s";

export const map = new mapboxgl.Map({
  container: "map",
  style: "mapbox://styles/mapbox/streets-v12",
  center: [-122.68, 45.52],
  zoom: 11,
});
""" % mapbox_pk("c34")))

    out.append(N("source_code", "publishable_key", """import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";

// search-only API key: safe to expose in the frontend
const searchClient = algoliasearch("Q7KX2M9TPL", "%s");

const search = instantsearch({ indexName: "products_prod", searchClient });
search.start();
""" % hex32("c35")))

    out.append(N("html_page", "publishable_key", """<form action="/contact" method="post">
  <label>Message <textarea name="message"></textarea></label>
  <div class="g-recaptcha" data-sitekey="6L%s"></div>
  <button type="submit">Send</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""" % rs("c36", 38, URL)))

    out.append(N("source_code", "publishable_key", """// utils/supabase/client.ts
import { createBrowserClient } from "@supabase/ssr";

// The anon key is public by design; row-level security protects the data.
export const supabase = createBrowserClient(
  "https://xkqzvbnmlpwertyuiopa.supabase.co",
  "%s"
);
""" % jwt("c37", {"iss": "supabase", "ref": "xkqzvbnmlpwertyuiopa", "role": "anon", "iat": 1717000000, "exp": 2032576000})))

    out.append(N("ci_log", "masked_value", ci("clean-38", [
        ("Run ./scripts/deploy.sh", [
            "Using AWS_ACCESS_KEY_ID=***",
            "Using AWS_SECRET_ACCESS_KEY=***",
            "Logging in to registry registry.quintfall.io as deploy-bot with password ***",
            "Login Succeeded",
            "Deploying reporting-api 2.14.0 to prod-eu"]),
    ])))

    out.append(N("json_api", "masked_value", J({"object": "list", "data": [
        {"id": "rak_" + rs("c39a", 24), "name": "Standard secret key", "type": "secret", "redacted_value": "sk_live_...%s" % rs("c39r", 4), "created": 1691020800, "last_used": "2024-09-17"},
        {"id": "rak_" + rs("c39b", 24), "name": "Reporting (restricted)", "type": "restricted", "redacted_value": "rk_live_...%s" % rs("c39s", 4), "created": 1709251200, "last_used": "2024-09-16"}]})))

    out.append(N("terminal_session", "masked_value", """$ kubectl -n billing describe secret billing-stripe
Name:         billing-stripe
Namespace:    billing
Labels:       <none>
Annotations:  <none>

Type:  Opaque

Data
====
STRIPE_ACCOUNT_COUNTRY:  2 bytes
STRIPE_RESTRICTED_KEY:   107 bytes
$ 
"""))

    out.append(N("markdown_wiki", "documentation_example", """# Configuring AWS credentials for the CLI

Create `~/.aws/credentials` with your access key. The values below are the documentation examples used
throughout the AWS docs and do not work:

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Then run `aws sts get-caller-identity` to confirm the CLI picks up your real keys.
"""))

    out.append(N("openapi_yaml", "documentation_example", """components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      description: |
        Send your API key in the Authorization header:

            Authorization: Bearer EXAMPLE_TOKEN_0000000000000000

        Example keys in this document are placeholders and are not valid.
security:
  - bearerAuth: []
"""))

    out.append(N("css", "base64_image", """.icon-cart {
  width: 24px;
  height: 24px;
  background-image: url("data:image/png;base64,%s");
  background-size: contain;
}
""" % base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes("c44", 260)).decode()))

    out.append(N("json_api", "base64_image", J({"product_id": "prd_" + hexs("c45", 12), "thumbnail": {
        "mime": "image/webp", "width": 64, "height": 64,
        "data": base64.b64encode(b"RIFF\x1c\x03\x00\x00WEBPVP8 " + rbytes("c45", 300)).decode()}})))

    av = rbytes("c46", 200).hex()
    out.append(N("yaml_config", "encrypted_value", """# group_vars/prod/vault.yml
$ANSIBLE_VAULT;1.1;AES256
%s
""" % "\n".join(av[i:i + 80] for i in range(0, len(av), 80))))

    out.append(N("yaml_config", "encrypted_value", """database:
    password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]
    user: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]
sops:
    age:
        - recipient: age1%s
    lastmodified: "2024-06-02T09:41:12Z"
    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]
    version: 3.8.1
""" % (base64.b64encode(rbytes("c47a", 18)).decode(), base64.b64encode(rbytes("c47b", 32)).decode(), base64.b64encode(rbytes("c47c", 16)).decode(),
       base64.b64encode(rbytes("c47d", 11)).decode(), base64.b64encode(rbytes("c47e", 32)).decode(), base64.b64encode(rbytes("c47f", 16)).decode(),
       rs("c47r", 58, BECH.lower()), base64.b64encode(rbytes("c47g", 64)).decode(), base64.b64encode(rbytes("c47h", 32)).decode(), base64.b64encode(rbytes("c47i", 16)).decode())))

    out.append(N("k8s_manifest_yaml", "encrypted_value", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: billing-db
  namespace: billing
spec:
  encryptedData:
    url: %s
  template:
    metadata: { name: billing-db, namespace: billing }
""" % base64.b64encode(rbytes("c48", 380)).decode()))

    out.append(N("json_api", "object_id", J([
        {"_id": {"$oid": hexs("c49a", 24)}, "sku": "TK-1001", "name": "Stainless bottle 500ml", "updatedAt": {"$date": "2024-09-10T08:12:00Z"}},
        {"_id": {"$oid": hexs("c49b", 24)}, "sku": "TK-1002", "name": "Stainless bottle 350ml", "updatedAt": {"$date": "2024-09-11T14:40:00Z"}}])))

    out.append(N("json_api", "object_id", J({"object": "charge", "id": "ch_3P" + rs("c50a", 22), "amount": 8420, "currency": "usd",
                                             "customer": "cus_Q" + rs("c50b", 13), "payment_intent": "pi_3P" + rs("c50c", 22),
                                             "balance_transaction": "txn_3P" + rs("c50d", 22), "status": "succeeded", "livemode": True})))

    out.append(N("terminal_session", "docker_image_id", """$ docker images
REPOSITORY                          TAG       IMAGE ID       CREATED        SIZE
ghcr.io/kestrelworks/billing-api    4.2.0     %s   2 days ago     188MB
postgres                            16        %s   3 weeks ago    432MB
redis                               7-alpine  %s   5 weeks ago    41MB
$ 
""" % (hexs("c51a", 12), hexs("c51b", 12), hexs("c51c", 12))))

    out.append(N("terminal_session", "ssh_host_key_fingerprint", """$ ssh deploy@build-07.int.harrowgate.net
The authenticity of host 'build-07.int.harrowgate.net (10.20.4.37)' can't be established.
ED25519 key fingerprint is SHA256:%s.
This key is not known by any other names.
Are you sure you want to continue connecting (yes/no/[fingerprint])? yes
Warning: Permanently added 'build-07.int.harrowgate.net' (ED25519) to the list of known hosts.
""" % base64.b64encode(rbytes("c52", 32)).decode().rstrip("=")))

    fp = rs("c53", 40, HEXU)
    out.append(N("terminal_session", "gpg_fingerprint", """$ gpg --list-keys --keyid-format long release@vintrell.com
pub   ed25519/%s 2024-01-15 [SC] [expires: 2026-01-14]
      %s
uid                 [ultimate] Vintrell Release Signing <release@vintrell.com>
sub   cv25519/%s 2024-01-15 [E] [expires: 2026-01-14]
""" % (fp[-16:], fp, rs("c53s", 16, HEXU))))

    out.append(N("terminal_session", "wireguard_public_key", """$ sudo wg show
interface: wg0
  public key: %s
  private key: (hidden)
  listening port: 51820

peer: %s
  endpoint: 10.20.0.15:41822
  allowed ips: 10.66.0.2/32
  latest handshake: 1 minute, 12 seconds ago
  transfer: 18.42 MiB received, 211.03 MiB sent
""" % (wg_key("c54a"), wg_key("c54b"))))

    out.append(N("html_page", "csp_nonce", """<!doctype html>
<html>
<head>
  <meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-%s'; object-src 'none'">
  <script nonce="%s">window.__BOOT__ = {"locale":"en-US","features":["wishlist"]};</script>
</head>
<body></body>
</html>
""" % ((lambda n: (n, n))(base64.b64encode(rbytes("c55", 16)).decode()))))

    out.append(N("http_response", "etag", """HTTP/2 200
content-type: application/json; charset=utf-8
cache-control: private, max-age=0, must-revalidate
etag: W/"%s"
x-request-id: %s
x-runtime: 0.041822
strict-transport-security: max-age=63072000; includeSubDomains

{"id":100236,"status":"shipped"}
""" % (rs("c56", 27, B62), uuid("c56r"))))

    out.append(N("json_api", "s3_version_id", J({"Versions": [
        {"Key": "config/feature-flags.json", "VersionId": rs("c57a", 32, URL + "."), "IsLatest": True, "LastModified": "2024-09-17T08:00:12.000Z", "ETag": "\"%s\"" % md5("c57a")},
        {"Key": "config/feature-flags.json", "VersionId": rs("c57b", 32, URL + "."), "IsLatest": False, "LastModified": "2024-09-10T16:22:40.000Z", "ETag": "\"%s\"" % md5("c57b")}]})))

    out.append(N("toml_config", "lockfile_checksum", "".join('[[package]]\nname = "%s"\nversion = "%s"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "%s"\n\n' % (n, v, sha256("c58" + n)) for n, v in [("serde", "1.0.210"), ("tokio", "1.40.0"), ("anyhow", "1.0.89")])))

    out.append(N("json_api", "access_key_id_only", J({"AccessKeyMetadata": [
        {"UserName": "ci-reporting", "AccessKeyId": aws_key_id("c59a"), "Status": "Active", "CreateDate": "2024-03-02T10:11:12Z"},
        {"UserName": "ci-reporting", "AccessKeyId": aws_key_id("c59b"), "Status": "Inactive", "CreateDate": "2023-06-14T08:01:55Z"}],
        "IsTruncated": False})))

    out.append(N("requirements_txt", "pip_hash", "".join("%s==%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s\n" % (p, v, sha256("c60a" + p), sha256("c60b" + p)) for p, v in [
        ("requests", "2.32.3"), ("urllib3", "2.2.3"), ("certifi", "2024.8.30")])))
    out.append(N("json_api", "build_hash", J({"files": {
        "main.css": "/static/css/main.%s.css" % hexs("c61a", 8), "main.js": "/static/js/main.%s.js" % hexs("c61b", 8),
        "static/js/487.%s.chunk.js" % hexs("c61c", 8): "/static/js/487.%s.chunk.js" % hexs("c61c", 8),
        "index.html": "/index.html"}, "entrypoints": ["static/css/main.%s.css" % hexs("c61a", 8), "static/js/main.%s.js" % hexs("c61b", 8)]})))

    out.append(N("dockerfile", "container_digest", """FROM python:3.12-slim@sha256:%s AS base
ARG PGSNAP_VERSION=2.4.1
ARG PGSNAP_SHA256=%s
RUN curl -fsSLo /tmp/pgsnap.tgz https://downloads.pgsnap.dev/pgsnap-${PGSNAP_VERSION}-linux-amd64.tar.gz \\
 && echo "${PGSNAP_SHA256}  /tmp/pgsnap.tgz" | sha256sum -c - \\
 && tar -xzf /tmp/pgsnap.tgz -C /usr/local/bin pgsnap
""" % (sha256("c62img"), sha256("c2"))))
    return out
