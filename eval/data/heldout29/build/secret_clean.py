"""Clean (no secret) look-alike rows for secrets.jsonl."""
import json
import struct

from common import *
from tpl import T, gha

ROWS = []


def row(fn):
    ROWS.append(fn)
    return fn


def out(fmt, cat, text):
    return {"format": fmt, "category": cat, "text": text, "secrets": []}


def png_b64(w=8, h=8):
    raw = b"".join(b"\x00" + secrets.token_bytes(w * 3) for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return base64.b64encode(png).decode()


@row
def c_image_digest():
    return out("kubernetes_manifest", "container_image_digest", T("""$ kubectl -n commerce get deploy checkout-api -o yaml | sed -n '/containers:/,/resources:/p'
      containers:
      - env:
        - name: SPRING_PROFILES_ACTIVE
          value: prod
        image: <<acct>>.dkr.ecr.eu-west-1.amazonaws.com/checkout-api@sha256:<<d1>>
        imagePullPolicy: IfNotPresent
        name: checkout-api
        ports:
        - containerPort: 8080
          name: http
          protocol: TCP
      initContainers:
      - image: <<acct>>.dkr.ecr.eu-west-1.amazonaws.com/flyway-migrate@sha256:<<d2>>
        name: migrate
        resources:""", acct=nz(12), d1=hx(64), d2=hx(64)))


@row
def c_commit_sha():
    s1, s2 = hx(40), hx(40)
    lines = ["##[group]Run actions/checkout@v4", "with:", "  fetch-depth: 0", "##[endgroup]",
             "Syncing repository: fernhollow/storefront-api", "##[group]Getting Git version info",
             "git version 2.47.1", "##[endgroup]",
             f"[command]/usr/bin/git -c protocol.version=2 fetch --prune --no-recurse-submodules origin +{s1}:refs/remotes/pull/2291/merge",
             f"[command]/usr/bin/git checkout --progress --force refs/remotes/pull/2291/merge",
             f"HEAD is now at {s1[:7]} Merge {s2} into {hx(40)}",
             f"[command]/usr/bin/git log -1 --format=%H",
             s1]
    return out("github_actions_log", "git_commit_sha", gha(lines))


@row
def c_request_uuids():
    lines = []
    for _ in range(6):
        ts = rdate().strftime("%d/%b/%Y:%H:%M:%S +0000")
        path = ch(["/v2/cart", "/v2/products/FH-TEA-0042", "/v2/checkout/session", "/v2/account/orders?page=2",
                   "/healthz", "/v2/search?q=teapot"])
        code = ch([200, 200, 200, 201, 304, 404])
        lines.append(f'{ip_private("10")} - - [{ts}] "GET {path} HTTP/1.1" {code} {ri(80, 9000)} "-" "okhttp/4.12.0" rid={uid()} upstream_time={ri(3, 400) / 1000:.3f}')
    return out("access_log", "request_id_uuid", "$ tail -n 6 /var/log/nginx/api_access.log\n" + "\n".join(lines))


@row
def c_md5_list():
    files = ["fernhollow-5.12.0-release.apk", "fernhollow-5.12.0-release.aab", "mapping.txt",
             "native-debug-symbols.zip", "output-metadata.json"]
    body = "\n".join(f"{hx(32)}  app/build/outputs/{f}" for f in files)
    return out("shell_session", "md5_checksum", "$ md5sum app/build/outputs/* | tee checksums.md5\n" + body +
               "\n$ md5sum -c checksums.md5 --quiet && echo OK\nOK")


@row
def c_sha1_maven():
    arts = ["fh-shipping-client-2.3.0.jar", "fh-shipping-client-2.3.0-sources.jar", "fh-shipping-client-2.3.0.pom",
            "fh-shipping-client-2.3.0.module"]
    body = "\n".join(f"  {a}.sha1  {hx(40)}" for a in arts)
    return out("ci_log", "sha1_artifact_checksum",
               "> Task :shipping-client:publishMavenJavaPublicationToNexusRepository\nUploading checksums to https://nexus.fernhollow-internal.net/repository/maven-releases/com/fernhollow/fh-shipping-client/2.3.0/\n"
               + body + "\n\nBUILD SUCCESSFUL in 41s\n9 actionable tasks: 4 executed, 5 up-to-date")


@row
def c_stripe_pk():
    pk = "pk_live_51" + rs(ALNUM, 98)
    d = {"expo": {"name": "Fernhollow", "slug": "fernhollow", "version": "5.12.0", "scheme": "fernhollow",
                  "plugins": [["@stripe/stripe-react-native", {"merchantIdentifier": "merchant.com.fernhollow.shop",
                                                               "enableGooglePay": True}]],
                  "extra": {"stripePublishableKey": pk, "apiBaseUrl": "https://api.fernhollow.com",
                            "eas": {"projectId": uid()}}}}
    return out("expo_config", "stripe_publishable_key", "$ cat app.json\n" + json.dumps(d, indent=2))


@row
def c_mapbox_public():
    tok = "pk." + b64us(json.dumps({"u": "fernhollow-mobile", "a": "cl" + rs(LO + DG, 23)}, separators=(",", ":"))) + "." + rs(URLSAFE, 22)
    return out("ios_plist", "mapbox_public_token", T("""$ /usr/libexec/PlistBuddy -c Print ios/Fernhollow/Info.plist | sed -n '1,18p'
Dict {
    CFBundleDevelopmentRegion = en
    CFBundleDisplayName = Fernhollow
    CFBundleExecutable = $(EXECUTABLE_NAME)
    CFBundleIdentifier = $(PRODUCT_BUNDLE_IDENTIFIER)
    CFBundleName = $(PRODUCT_NAME)
    CFBundlePackageType = $(PRODUCT_BUNDLE_PACKAGE_TYPE)
    CFBundleShortVersionString = 5.12.0
    CFBundleVersion = 5120041
    MBXAccessToken = <<tok>>
    NSLocationWhenInUseUsageDescription = Find pickup points near you.
    UILaunchStoryboardName = LaunchScreen
    UIRequiredDeviceCapabilities = Array {
        arm64
    }
}""", tok=tok))


@row
def c_public_cert():
    pem = self_signed_cert("pay-eu.fernhollow.com", "Fernhollow Commerce Ltd").strip()
    return out("kubernetes_manifest", "x509_certificate", T("""$ kubectl -n payments-eu get configmap adyen-mtls-ca -o yaml
apiVersion: v1
data:
  ca.crt: |
    <<pem>>
kind: ConfigMap
metadata:
  name: adyen-mtls-ca
  namespace: payments-eu""", pem="\n    ".join(pem.splitlines())))


@row
def c_authorized_keys():
    keys = [openssh_public(ed_key(), "dana@fh-mbp-14"), openssh_public(ed_key(), "ci-deploy@github-actions"),
            openssh_public(ed_key(), "oncall-break-glass")]
    return out("shell_session", "ssh_public_key", "$ cat /home/deploy/.ssh/authorized_keys\n" + "\n".join(keys) +
               "\n$ stat -c '%a %U' /home/deploy/.ssh/authorized_keys\n600 deploy")


@row
def c_jwks():
    k = rsa_key(2048)
    n = k.public_key().public_numbers().n
    nb = base64.urlsafe_b64encode(n.to_bytes(256, "big")).decode().rstrip("=")
    d = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hx(16), "n": nb, "e": "AQAB"}]}
    return out("curl_output", "jwks_public_key",
               "$ curl -s https://auth.fernhollow.com/.well-known/jwks.json | jq .\n" + json.dumps(d, indent=2))


@row
def c_env_example():
    return out("dotenv", "placeholder_values", """$ cat services/checkout/.env.example
# Copy to .env and fill in. Never commit real values.
NODE_ENV=development
PORT=8080
STRIPE_PUBLISHABLE_KEY=pk_test_your_key_here
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_REPLACE_ME
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/checkout
REDIS_URL=redis://localhost:6379/0
SENDGRID_API_KEY=<your-sendgrid-api-key>
JWT_SIGNING_SECRET=changeme
""")


@row
def c_masked():
    rows = [("Standard key", "Publishable key", "pk_live_51" + rs(ALNUM, 6) + "..." + rs(ALNUM, 4)),
            ("Standard key", "Secret key", "sk_live_" + "•" * 20 + rs(ALNUM, 4)),
            ("Restricted key", "refund-sync", "rk_live_" + "•" * 20 + rs(ALNUM, 4)),
            ("Webhook", "orders-prod", "whsec_" + "*" * 12 + rs(ALNUM, 4))]
    body = "\n".join(f"{a:<16}{b:<18}{c:<40}{iso()[:10]}" for a, b, c in rows)
    return out("dashboard_export", "masked_secret", "Stripe Dashboard > Developers > API keys (copied view)\n"
               f"{'TYPE':<16}{'NAME':<18}{'TOKEN':<40}LAST USED\n" + body +
               "\nReveal live key is disabled for your role (Support Specialist).")


@row
def c_gha_secret_refs():
    return out("github_workflow", "ci_secret_reference", """$ cat .github/workflows/release-android.yml | sed -n '20,48p'
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: '17'
      - name: Decode keystore
        run: echo "${{ secrets.ANDROID_UPLOAD_KEYSTORE_B64 }}" | base64 -d > android/app/upload.jks
      - name: Build bundle
        env:
          FH_UPLOAD_STORE_PASSWORD: ${{ secrets.FH_UPLOAD_STORE_PASSWORD }}
          FH_UPLOAD_KEY_PASSWORD: ${{ secrets.FH_UPLOAD_KEY_PASSWORD }}
          MAPBOX_DOWNLOADS_TOKEN: ${{ secrets.MAPBOX_DOWNLOADS_TOKEN }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
        run: cd android && ./gradlew bundleRelease
      - name: Upload to Play (internal)
        uses: r0adkll/upload-google-play@v1
        with:
          serviceAccountJsonPlainText: ${{ secrets.PLAY_SERVICE_ACCOUNT_JSON }}
          packageName: com.fernhollow.shop
          releaseFiles: android/app/build/outputs/bundle/release/app-release.aab
          track: internal""")


@row
def c_secret_key_ref():
    return out("kubernetes_manifest", "kubernetes_secret_reference", """$ kubectl -n commerce get deploy orders-api -o yaml | sed -n '/env:/,/ports:/p'
        env:
        - name: DATABASE_URL
          valueFrom:
            secretKeyRef:
              key: DATABASE_URL
              name: orders-db
        - name: STRIPE_SECRET_KEY
          valueFrom:
            secretKeyRef:
              key: secret-key
              name: stripe-live
        - name: OTEL_EXPORTER_OTLP_ENDPOINT
          value: http://otel-collector.observability:4317
        envFrom:
        - secretRef:
            name: orders-api-shared
        ports:""")


@row
def c_helm_existing_secret():
    return out("helm_values", "existing_secret_reference", """$ cat charts/keycloak/values-prod.yaml
auth:
  adminUser: admin
  existingSecret: keycloak-admin
  passwordSecretKey: admin-password
postgresql:
  enabled: false
externalDatabase:
  host: keycloak-db.identity.svc
  port: 5432
  user: keycloak
  database: keycloak
  existingSecret: keycloak-db-credentials
  existingSecretPasswordKey: password
tls:
  enabled: true
  existingSecret: sso-fernhollow-com-tls
  usePem: true""")


@row
def c_tf_plan_sensitive():
    return out("terraform_plan", "terraform_sensitive_redacted", T("""Terraform will perform the following actions:

  # aws_db_instance.orders will be updated in-place
  ~ resource "aws_db_instance" "orders" {
        id                       = "db-<<dbid>>"
      ~ instance_class           = "db.r6g.large" -> "db.r6g.xlarge"
      ~ password                 = (sensitive value)
        tags                     = {
            "team" = "checkout"
        }
        # (61 unchanged attributes hidden)
    }

  # aws_secretsmanager_secret_version.orders_db will be created
  + resource "aws_secretsmanager_secret_version" "orders_db" {
      + arn            = (known after apply)
      + id             = (known after apply)
      + secret_id      = "arn:aws:secretsmanager:eu-west-1:<<acct>>:secret:prod/orders/db-<<sfx>>"
      + secret_string  = (sensitive value)
      + version_id     = (known after apply)
    }

Plan: 1 to add, 1 to change, 0 to destroy.""", dbid=rs(UP + DG, 26), acct=nz(12), sfx=rs(ALNUM, 6)))


@row
def c_har_png():
    d = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                 "entries": [{"startedDateTime": iso(ms=True), "time": 38.1,
                              "request": {"method": "GET", "url": "https://cdn.fernhollow.com/icons/badge-new.png",
                                          "httpVersion": "http/2.0", "headers": [], "queryString": [], "cookies": [],
                                          "headersSize": -1, "bodySize": 0},
                              "response": {"status": 200, "statusText": "", "httpVersion": "http/2.0",
                                           "headers": [{"name": "content-type", "value": "image/png"},
                                                       {"name": "cache-control", "value": "public, max-age=31536000, immutable"}],
                                           "content": {"size": 0, "mimeType": "image/png", "encoding": "base64",
                                                       "text": png_b64()},
                                           "redirectURL": "", "headersSize": -1, "bodySize": -1},
                              "cache": {}, "timings": {"send": 0.1, "wait": 30.2, "receive": 7.8}}]}}
    d["log"]["entries"][0]["response"]["content"]["size"] = len(base64.b64decode(d["log"]["entries"][0]["response"]["content"]["text"]))
    return out("har", "base64_binary_image", json.dumps(d, indent=1))


@row
def c_package_lock():
    def integ():
        return "sha512-" + b64(64)
    d = {"node_modules/@fernhollow/design-tokens": {"version": "3.8.1",
                                                     "resolved": "https://registry.npmjs.org/@fernhollow/design-tokens/-/design-tokens-3.8.1.tgz",
                                                     "integrity": integ()},
         "node_modules/react-native-mmkv": {"version": "2.12.2",
                                            "resolved": "https://registry.npmjs.org/react-native-mmkv/-/react-native-mmkv-2.12.2.tgz",
                                            "integrity": integ(), "peerDependencies": {"react": "*", "react-native": ">=0.71.0"}},
         "node_modules/zod": {"version": "3.23.8", "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",
                              "integrity": integ(), "funding": {"url": "https://github.com/sponsors/colinhacks"}}}
    return out("json_file", "package_integrity_hash",
               "$ jq '.packages | with_entries(select(.key|test(\"design-tokens|mmkv|node_modules/zod$\")))' package-lock.json\n" + json.dumps(d, indent=2))


@row
def c_go_sum():
    mods = [("github.com/google/uuid", "v1.6.0"), ("github.com/jackc/pgx/v5", "v5.7.1"),
            ("github.com/stripe/stripe-go/v79", "v79.12.0"), ("go.uber.org/zap", "v1.27.0")]
    lines = []
    for m, v in mods:
        lines.append(f"{m} {v} h1:{b64(32)}")
        lines.append(f"{m} {v}/go.mod h1:{b64(32)}")
    return out("go_sum", "go_module_hash", "$ grep -E 'uuid|pgx/v5|stripe-go|zap' go.sum\n" + "\n".join(lines))


@row
def c_bcrypt():
    rows = []
    for i in range(5):
        h = "$2b$12$" + rs(ALNUM + "./", 53)
        rows.append(f" {ri(1000, 99999):>6} | staff-{i + 1:02d} | {h} | {ch(['support', 'support', 'finance', 'admin'])}")
    return out("sql_result", "password_hash", "admin_portal=> SELECT id, handle, password_hash, role FROM staff_users WHERE active LIMIT 5;\n"
               "   id   |  handle  |                        password_hash                         |  role\n"
               "--------+----------+--------------------------------------------------------------+---------\n"
               + "\n".join(rows) + "\n(5 rows)")


@row
def c_k8s_uids():
    return out("kubernetes_manifest", "kubernetes_object_uid", T("""$ kubectl -n commerce get pod cart-service-<<rs>>-<<p>> -o yaml | head -22
apiVersion: v1
kind: Pod
metadata:
  annotations:
    kubectl.kubernetes.io/restartedAt: "<<t>>"
  creationTimestamp: "<<t2>>"
  generateName: cart-service-<<rs>>-
  labels:
    app.kubernetes.io/name: cart-service
    pod-template-hash: <<rs>>
  name: cart-service-<<rs>>-<<p>>
  namespace: commerce
  ownerReferences:
  - apiVersion: apps/v1
    blockOwnerDeletion: true
    controller: true
    kind: ReplicaSet
    name: cart-service-<<rs>>
    uid: <<u1>>
  resourceVersion: "<<rv>>"
  uid: <<u2>>""", rs=rs(LO + DG, 10), p=rs(LO + DG, 5), t=iso(), t2=iso(), u1=uid(), u2=uid(), rv=nz(9)))


@row
def c_secrets_manager_describe():
    acct = nz(12)
    d = {"ARN": f"arn:aws:secretsmanager:eu-west-1:{acct}:secret:prod/payments/stripe-{rs(ALNUM, 6)}",
         "Name": "prod/payments/stripe", "Description": "Stripe live keys for checkout-service",
         "KmsKeyId": f"arn:aws:kms:eu-west-1:{acct}:key/{uid()}", "RotationEnabled": False,
         "LastChangedDate": iso()[:-1] + "+00:00", "LastAccessedDate": iso()[:10] + "T00:00:00+00:00",
         "Tags": [{"Key": "team", "Value": "payments"}],
         "VersionIdsToStages": {uid(): ["AWSCURRENT"], uid(): ["AWSPREVIOUS"]}}
    return out("cli_output", "secret_store_metadata", "$ aws secretsmanager describe-secret --secret-id prod/payments/stripe\n" + json.dumps(d, indent=4))


@row
def c_stripe_event_ids():
    d = {"id": "evt_3" + rs(ALNUM, 23), "object": "event", "api_version": "2024-06-20", "created": epoch(),
         "data": {"object": {"id": "pi_3" + rs(ALNUM, 23), "object": "payment_intent", "amount": 5840,
                             "currency": "gbp", "customer": "cus_" + rs(ALNUM, 14), "latest_charge": "ch_3" + rs(ALNUM, 23),
                             "payment_method": "pm_1" + rs(ALNUM, 23), "status": "succeeded",
                             "metadata": {"order_id": "FH-" + nz(8), "channel": "ios"}}},
         "livemode": True, "pending_webhooks": 1,
         "request": {"id": "req_" + rs(ALNUM, 14), "idempotency_key": uid()}, "type": "payment_intent.succeeded"}
    return out("webhook_payload", "payment_object_ids", json.dumps(d, indent=2))


@row
def c_tracking():
    d = {"shipments": [{"order": "FH-" + nz(8), "carrier": "UPS", "tracking_number": "1Z" + rs(UP + DG, 6) + nz(10),
                        "status": "in_transit", "eta": iso()[:10]},
                       {"order": "FH-" + nz(8), "carrier": "FedEx", "tracking_number": nz(12),
                        "status": "label_created", "eta": iso()[:10]},
                       {"order": "FH-" + nz(8), "carrier": "Royal Mail", "tracking_number": rs(UP, 2) + nz(9) + "GB",
                        "status": "delivered", "eta": iso()[:10]},
                       {"order": "FH-" + nz(8), "carrier": "DHL", "tracking_number": "JJD" + nz(18),
                        "status": "out_for_delivery", "eta": iso()[:10]}]}
    return out("api_response", "shipment_tracking_number",
               "$ curl -s http://shipping.fulfilment.svc:8080/v1/shipments?status=open\\&limit=4 | jq .\n" + json.dumps(d, indent=2))


@row
def c_assetlinks():
    fp = lambda: ":".join(HX(2) for _ in range(32))
    d = [{"relation": ["delegate_permission/common.handle_all_urls", "delegate_permission/common.get_login_creds"],
          "target": {"namespace": "android_app", "package_name": "com.fernhollow.shop",
                     "sha256_cert_fingerprints": [fp(), fp()]}}]
    return out("json_file", "certificate_fingerprint",
               "$ curl -s https://shop.fernhollow.com/.well-known/assetlinks.json | jq .\n" + json.dumps(d, indent=2))


@row
def c_ios_identifiers():
    team = rs(UP + DG, 10)
    return out("ios_plist", "app_identifiers", T("""$ cat ios/Fernhollow/Fernhollow.entitlements
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>aps-environment</key>
	<string>production</string>
	<key>com.apple.developer.associated-domains</key>
	<array>
		<string>applinks:shop.fernhollow.com</string>
		<string>applinks:fernhollow.app.link</string>
	</array>
	<key>com.apple.developer.in-app-payments</key>
	<array>
		<string>merchant.com.fernhollow.shop</string>
	</array>
	<key>keychain-access-groups</key>
	<array>
		<string><<team>>.com.fernhollow.shop.shared</string>
	</array>
</dict>
</plist>""", team=team))


@row
def c_apns_tokens():
    lines = [f"{iso(ms=True)} push-gateway apns send topic=com.fernhollow.shop device={hx(64)} apns-id={uid().upper()} status=200 campaign=order_shipped"
             for _ in range(4)]
    lines.append(f"{iso(ms=True)} push-gateway apns send topic=com.fernhollow.shop device={hx(64)} apns-id={uid().upper()} status=410 reason=Unregistered -> token pruned")
    return out("application_log", "push_device_token", "\n".join(lines))


@row
def c_twilio_sids():
    ac = "AC" + hx(32)
    lines = [f"SM{hx(32)}  {iso()}  delivered    +44 7*** ***{ri(100, 999)}  otp_login" for _ in range(4)]
    return out("cli_output", "twilio_resource_sid", T("""$ twilio api:core:messages:list --limit 4 --properties sid,dateSent,status,to,body --account-sid <<ac>>
SID                                 Date Sent             Status       To                Body
""", ac=ac) + "\n".join(lines))


@row
def c_aws_doc_example():
    return out("markdown_doc", "documented_example_credentials", """$ sed -n '40,62p' docs/runbooks/local-aws-profile.md
## Configure a local profile

Never paste real keys into this doc. The values below are the placeholder
examples from the AWS documentation:

```ini
[profile fh-sandbox]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-1
```

Real sandbox credentials are issued through `aws sso login --profile fh-sandbox`
and expire after 8 hours.""")


@row
def c_jwt_decoded():
    now = epoch()
    return out("cli_output", "decoded_jwt_claims", T("""$ step crypto jwt inspect --insecure < /tmp/token.txt | jq '{header, payload}'
{
  "header": {
    "alg": "RS256",
    "kid": "<<kid>>",
    "typ": "JWT"
  },
  "payload": {
    "aud": "fernhollow-apps",
    "exp": <<exp>>,
    "iat": <<iat>>,
    "iss": "https://auth.fernhollow.com",
    "scope": "orders:read profile",
    "sub": "usr_<<sub>>"
  }
}""", kid=hx(16), exp=now + 900, iat=now, sub=rs(ALNUM, 16)))


@row
def c_csp_hashes():
    return out("http_headers", "csp_hash_and_nonce", T("""$ curl -sI https://shop.fernhollow.com/checkout | grep -iE 'content-security|strict-transport|x-frame'
content-security-policy: default-src 'self'; script-src 'self' 'nonce-<<n>>' 'sha256-<<h1>>' 'sha256-<<h2>>' https://js.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com; img-src 'self' data: https://cdn.fernhollow.com; report-uri https://csp.fernhollow.com/r
strict-transport-security: max-age=63072000; includeSubDomains; preload
x-frame-options: DENY""", n=b64(16), h1=b64(32), h2=b64(32)))


@row
def c_sri():
    return out("html_source", "subresource_integrity", T("""$ curl -s https://shop.fernhollow.com/ | grep -E '<(script|link) ' | head -4
<link rel="stylesheet" href="https://cdn.fernhollow.com/assets/app.4f9c21.css" integrity="sha384-<<a>>" crossorigin="anonymous">
<script src="https://cdn.fernhollow.com/assets/runtime.b71e02.js" integrity="sha384-<<b>>" crossorigin="anonymous" defer></script>
<script src="https://cdn.fernhollow.com/assets/vendor.0a8d3c.js" integrity="sha384-<<c>>" crossorigin="anonymous" defer></script>
<script src="https://cdn.fernhollow.com/assets/app.e2c917.js" integrity="sha384-<<d>>" crossorigin="anonymous" defer></script>""",
                                                        a=b64(48), b=b64(48), c=b64(48), d=b64(48)))


@row
def c_etag():
    return out("http_headers", "etag_and_ray_id", T("""$ curl -sI https://cdn.fernhollow.com/catalog/feed-uk.json
HTTP/2 200
date: <<d>>
content-type: application/json
content-length: 1844113
etag: "<<e>>"
last-modified: <<d>>
cache-control: public, max-age=300
cf-cache-status: HIT
age: 212
cf-ray: <<ray>>-LHR
x-amz-version-id: <<v>>
server: cloudflare""", d=rdate().strftime("%a, %d %b %Y %H:%M:%S GMT"), e=hx(32), ray=hx(16), v=rs(URLSAFE.replace("-", "."), 32)))


@row
def c_lfs_pointer():
    return out("shell_session", "git_lfs_pointer", T("""$ git show HEAD:design/app-store/screenshots/iphone-6.7-01.png
version https://git-lfs.github.com/spec/v1
oid sha256:<<o>>
size <<s>>
$ git lfs ls-files | head -3
<<a>> * design/app-store/screenshots/iphone-6.7-01.png
<<b>> * design/app-store/screenshots/iphone-6.7-02.png
<<c>> - design/app-store/screenshots/ipad-13-01.png""", o=hx(64), s=ri(400000, 2000000), a=hx(10), b=hx(10), c=hx(10)))


@row
def c_idempotency():
    lines = []
    for _ in range(4):
        lines.append(f"{iso(ms=True)} INFO  refunds.worker POST /v1/refunds idempotency_key={uid()} charge=ch_3{rs(ALNUM, 23)} amount={ri(300, 9000)} -> 200 re_3{rs(ALNUM, 23)}")
    return out("application_log", "idempotency_key", "\n".join(lines))


@row
def c_crash_report():
    return out("crash_report", "crash_uuid_and_addresses", T("""Incident Identifier: <<inc>>
CrashReporter Key:   <<crk>>
Hardware Model:      iPhone15,3
Process:             Fernhollow [<<pid>>]
Identifier:          com.fernhollow.shop
Version:             5.12.0 (5120041)
Code Type:           ARM-64 (Native)
OS Version:          iPhone OS 18.3.1 (22D72)
Exception Type:  EXC_BREAKPOINT (SIGTRAP)
Triggered by Thread:  0

Thread 0 name:  Dispatch queue: com.apple.main-thread
Thread 0 Crashed:
0   Fernhollow    0x0000000104f3a1c8 CheckoutViewModel.applyPromo(_:) + 412
1   Fernhollow    0x0000000104f39e70 closure #1 in CheckoutView.body.getter + 96
2   SwiftUI       0x00000001a9b2c5e4 0x1a9a4c000 + 918500

Binary Images:
0x104e2c000 - 0x10561bfff Fernhollow arm64  <<<b1>>> /private/var/containers/Bundle/Application/<<app>>/Fernhollow.app/Fernhollow""",
                                                             inc=uid().upper(), crk=hx(40), pid=ri(300, 9000), b1=hx(32), app=uid().upper()))


@row
def c_trace_ids():
    lines = []
    for m in ["checkout.session.create", "inventory.reserve", "payments.authorize", "orders.persist"]:
        lines.append(f'{{"ts":"{iso(ms=True)}","level":"info","msg":"{m}","dd.trace_id":"{nz(19)}","dd.span_id":"{nz(19)}","otel.trace_id":"{hx(32)}","duration_ms":{ri(4, 300)}}}')
    return out("application_log", "trace_span_ids", "\n".join(lines))


@row
def c_ga_ids():
    return out("html_source", "analytics_measurement_id", T("""$ curl -s https://shop.fernhollow.com/ | grep -A6 'googletagmanager'
<script async src="https://www.googletagmanager.com/gtag/js?id=G-<<g>>"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-<<g>>', { send_page_view: false });
  gtag('config', 'AW-<<aw>>');
</script>
<!-- Google Tag Manager (noscript) --><noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-<<gtm>>" height="0" width="0" style="display:none"></iframe></noscript>""",
                                                                 g=rs(UP + DG, 10), aw=nz(10), gtm=rs(UP + DG, 7)))


@row
def c_firebase_apps():
    num = nz(12)
    return out("cli_output", "firebase_app_id", T("""$ firebase apps:list --project fernhollow-prod
✔ Preparing the list of your Firebase apps
┌──────────────────────┬───────────────────────────────────────────────┬──────────────────────┬──────────┐
│ App Display Name     │ App ID                                        │ Package / Bundle ID  │ Platform │
├──────────────────────┼───────────────────────────────────────────────┼──────────────────────┼──────────┤
│ Fernhollow Android   │ 1:<<num>>:android:<<a>>       │ com.fernhollow.shop  │ ANDROID  │
├──────────────────────┼───────────────────────────────────────────────┼──────────────────────┼──────────┤
│ Fernhollow iOS       │ 1:<<num>>:ios:<<i>>           │ com.fernhollow.shop  │ IOS      │
└──────────────────────┴───────────────────────────────────────────────┴──────────────────────┴──────────┘
2 app(s) total.""", num=num, a=hx(22), i=hx(22)))


@row
def c_algolia_search_key():
    d = {"search": {"provider": "algolia", "appId": rs(UP + DG, 10), "searchOnlyApiKey": hx(32),
                    "indices": {"products": "prod_products_en", "suggestions": "prod_query_suggestions_en"},
                    "hitsPerPage": 24}}
    return out("json_file", "public_search_only_key",
               "$ cat web/src/config/search.public.json\n" + json.dumps(d, indent=2) +
               "\n// key ACL checked: [search] only, referer-restricted to *.fernhollow.com")


@row
def c_vapid_public():
    k = ec_key()
    from cryptography.hazmat.primitives import serialization as s
    raw = k.public_key().public_bytes(s.Encoding.X962, s.PublicFormat.UncompressedPoint)
    pub = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return out("source_code", "vapid_public_key", T("""$ grep -n -A4 'subscribe' web/src/push/register.ts
41:  const registration = await navigator.serviceWorker.ready;
42:  const subscription = await registration.pushManager.subscribe({
43:    userVisibleOnly: true,
44:    applicationServerKey: urlBase64ToUint8Array("<<pub>>"),
45:  });""", pub=pub))


@row
def c_oauth_client_id_pkce():
    cid = f"{nz(12)}-{rs(LO + DG, 32)}.apps.googleusercontent.com"
    return out("url", "oauth_client_id_and_pkce_challenge", T("""302 Found -> https://accounts.google.com/o/oauth2/v2/auth?client_id=<<cid>>&redirect_uri=com.fernhollow.shop%3A%2Foauth2redirect&response_type=code&scope=openid%20email%20profile&code_challenge=<<cc>>&code_challenge_method=S256&state=<<st>>&nonce=<<n>>
(app) AuthSession: opened browser for google sign-in, waiting for redirect""", cid=cid, cc=b64u(32), st=b64u(16), n=b64u(16)))


@row
def c_stripe_signature():
    t = epoch()
    return out("http_request_log", "webhook_signature_header", T("""POST /webhooks/stripe HTTP/1.1
Host: api.fernhollow.com
User-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)
Content-Type: application/json; charset=utf-8
Content-Length: 2214
Stripe-Signature: t=<<t>>,v1=<<v1>>,v0=<<v0>>

{"id":"evt_1<<e>>","object":"event","type":"charge.refunded","livemode":true}
-> signature verified against endpoint we_1<<we>>, 200 OK in 41ms""", t=t, v1=hx(64), v0=hx(64), e=rs(ALNUM, 23), we=rs(ALNUM, 23)))


@row
def c_sops():
    enc = lambda n: f"ENC[AES256_GCM,data:{b64(n)},iv:{b64(32)},tag:{b64(16)},type:str]"
    return out("yaml_config", "sops_encrypted_values", T("""$ cat secrets/prod/payments.enc.yaml
stripe:
    account: acct_<<acct>>
    secret_key: <<e1>>
    webhook_secret: <<e2>>
adyen:
    api_key: <<e3>>
sops:
    age:
        - recipient: age1<<r>>
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            <<a1>>
            <<a2>>
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "<<t>>"
    mac: <<mac>>
    unencrypted_suffix: _unencrypted
    version: 3.9.1""", acct=rs(ALNUM, 16), e1=enc(80), e2=enc(28), e3=enc(120), r=rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
                                                         a1=b64(48), a2=b64(48), t=iso(), mac=enc(32)))


@row
def c_sealed_secret():
    return out("kubernetes_manifest", "sealed_secret_ciphertext", T("""$ cat k8s/overlays/prod/stripe-live.sealed.yaml
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stripe-live
  namespace: commerce
spec:
  encryptedData:
    secret-key: <<a>>
    webhook-secret: <<b>>
  template:
    metadata:
      name: stripe-live
      namespace: commerce
    type: Opaque""", a=b64(400), b=b64(300)))


@row
def c_ansible_vault():
    body = hx(64 * 8)
    lines = [body[i:i + 80] for i in range(0, len(body), 80)]
    return out("shell_session", "ansible_vault_ciphertext", "$ cat inventories/prod/group_vars/warehouse/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) +
               "\n$ grep -c vault_ inventories/prod/group_vars/warehouse/vars.yml\n7")


@row
def c_tf_lock():
    h = lambda: "h1:" + b64(32)
    z = lambda: '"zh:' + hx(64) + '",'
    return out("terraform_hcl", "provider_lock_hash", T("""$ cat infra/prod/.terraform.lock.hcl | head -24
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.82.2"
  constraints = "~> 5.70"
  hashes = [
    "<<h1>>",
    "<<h2>>",
    <<z1>>
    <<z2>>
    <<z3>>
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version = "3.6.3"
  hashes = [
    "<<h3>>",
    <<z4>>
  ]
}""", h1=h(), h2=h(), h3=h(), z1=z(), z2=z(), z3=z(), z4=z()))


@row
def c_kubeconfig_exec():
    ca = b64s(self_signed_cert("kubernetes", "fh-prod-euw1"))
    return out("kubeconfig", "kubeconfig_without_credentials", T("""$ cat ~/.kube/config
apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: <<ca>>
    server: https://<<h>>.gr7.eu-west-1.eks.amazonaws.com
  name: arn:aws:eks:eu-west-1:<<acct>>:cluster/fh-prod-euw1
contexts:
- context:
    cluster: arn:aws:eks:eu-west-1:<<acct>>:cluster/fh-prod-euw1
    user: fh-prod
  name: fh-prod
current-context: fh-prod
kind: Config
users:
- name: fh-prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["--region", "eu-west-1", "eks", "get-token", "--cluster-name", "fh-prod-euw1"]
      env:
      - name: AWS_PROFILE
        value: fh-prod-readonly""", ca=ca, h=HX(32), acct=nz(12)))


@row
def c_compose_vars():
    return out("docker_compose", "environment_variable_reference", """$ cat docker-compose.yml
services:
  api:
    image: ghcr.io/fernhollow/storefront-api:${API_TAG:-latest}
    environment:
      DATABASE_URL: postgres://storefront:${POSTGRES_PASSWORD:?set in .env}@db:5432/storefront
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
      SESSION_SECRET: ${SESSION_SECRET}
    depends_on: [db]
  db:
    image: postgres:16.4
    environment:
      POSTGRES_USER: storefront
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}""")


@row
def c_password_policy():
    return out("yaml_config", "password_policy_config", """$ cat identity/config/password-policy.yaml
password_policy:
  min_length: 12
  max_length: 128
  require_classes: 3        # of: lower, upper, digit, symbol
  disallow_common: true     # checked against top-100k list
  disallow_user_attributes: [email, first_name, last_name]
  history: 5
  max_age_days: 0           # no forced rotation (NIST 800-63B)
lockout:
  threshold: 10
  window: 15m
  duration: 30m
hashing:
  algorithm: argon2id
  memory_kib: 65536
  iterations: 3
  parallelism: 2
example_display: "password: ************"   # how the admin UI renders stored passwords""")


@row
def c_opaque_cursor():
    cur = b64us(json.dumps({"created_at": iso(), "id": nz(7), "dir": "desc"}))
    cur2 = b64us(json.dumps({"created_at": iso(), "id": nz(7), "dir": "desc"}))
    return out("api_response", "pagination_cursor", T("""$ curl -s 'https://internal-api.fernhollow.com/orders?limit=2&status=refunded' | jq '{data: [.data[] | {id, total}], next_cursor, prev_cursor}'
{
  "data": [
    { "id": "FH-<<o1>>", "total": "58.40" },
    { "id": "FH-<<o2>>", "total": "12.95" }
  ],
  "next_cursor": "<<c1>>",
  "prev_cursor": "<<c2>>"
}""", o1=nz(8), o2=nz(8), c1=cur, c2=cur2))


@row
def c_wireguard_pub():
    def wpub():
        return b64(32)
    return out("ini_file", "wireguard_public_key", T("""$ sudo wg show wg0
interface: wg0
  public key: <<p0>>
  private key: (hidden)
  listening port: 51820

peer: <<p1>>
  endpoint: 34.<<a>>.<<b>>.<<c>>:51820
  allowed ips: 10.90.0.0/16
  latest handshake: 1 minute, 4 seconds ago
  transfer: 3.91 GiB received, 611.20 MiB sent

peer: <<p2>>
  allowed ips: 10.91.0.0/16
  latest handshake: 17 seconds ago
  transfer: 188.04 MiB received, 91.17 MiB sent""", p0=wpub(), p1=wpub(), p2=wpub(), a=ri(1, 250), b=ri(0, 255), c=ri(1, 254)))


@row
def c_sops_yaml_age():
    B = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    return out("yaml_config", "age_public_recipient", T("""$ cat .sops.yaml
creation_rules:
  - path_regex: secrets/prod/.*\\.enc\\.yaml$
    age: >-
      age1<<a>>,
      age1<<b>>
  - path_regex: secrets/staging/.*\\.enc\\.yaml$
    age: age1<<c>>
    encrypted_regex: ^(data|stringData|.*_key|.*_secret|password)$""", a=rs(B, 58), b=rs(B, 58), c=rs(B, 58)))


@row
def c_recaptcha_site_key():
    return out("html_source", "recaptcha_site_key", T("""$ curl -s https://shop.fernhollow.com/account/register | grep -n -i recaptcha
88:<script src="https://www.google.com/recaptcha/enterprise.js?render=6L<<k>>" async defer></script>
214:<div class="g-recaptcha" data-sitekey="6L<<k>>" data-action="register" data-size="invisible"></div>
390:  grecaptcha.enterprise.execute('6L<<k>>', {action: 'register'}).then(submitForm);""", k=rs(URLSAFE, 38)))


@row
def c_sentry_dsn():
    return out("source_code", "sentry_dsn_public", T("""$ sed -n '1,14p' src/bootstrap/sentry.ts
import * as Sentry from "@sentry/react-native";

Sentry.init({
  dsn: "https://<<k>>@o<<o>>.ingest.de.sentry.io/<<p>>",
  environment: __DEV__ ? "development" : "production",
  release: `com.fernhollow.shop@${appVersion}+${buildNumber}`,
  tracesSampleRate: 0.1,
  enableAppHangTracking: true,
  sendDefaultPii: false,
});""", k=hx(32), o=nz(7), p=nz(16)))


@row
def c_ld_client_id():
    return out("source_code", "feature_flag_client_id", T("""$ grep -rn "clientSideID\\|LDProvider" web/src/ | head -5
web/src/main.tsx:12:import { asyncWithLDProvider } from "launchdarkly-react-client-sdk";
web/src/main.tsx:27:  const LDProvider = await asyncWithLDProvider({
web/src/main.tsx:28:    clientSideID: "<<id>>",
web/src/main.tsx:29:    context: { kind: "user", key: anonymousId, anonymous: true },
web/src/main.tsx:30:    options: { bootstrap: "localStorage" },""", id=hx(24)))


@row
def c_revenuecat_public():
    return out("source_code", "public_sdk_key", T("""$ cat src/purchases/configure.ts
import Purchases, { LOG_LEVEL } from "react-native-purchases";
import { Platform } from "react-native";

// Public app-specific SDK keys (safe to ship in the binary)
const RC_KEYS = {
  ios: "appl_<<a>>",
  android: "goog_<<g>>",
};

export function configurePurchases(appUserId?: string) {
  Purchases.setLogLevel(__DEV__ ? LOG_LEVEL.DEBUG : LOG_LEVEL.WARN);
  Purchases.configure({ apiKey: Platform.OS === "ios" ? RC_KEYS.ios : RC_KEYS.android, appUserID: appUserId });
}""", a=rs(ALNUM, 27), g=rs(ALNUM, 27)))


@row
def c_pin_sha256():
    return out("android_xml", "certificate_pin_hash", T("""$ cat android/app/src/main/res/xml/network_security_config.xml
<?xml version="1.0" encoding="utf-8"?>
<network-security-config>
    <base-config cleartextTrafficPermitted="false" />
    <domain-config>
        <domain includeSubdomains="true">api.fernhollow.com</domain>
        <pin-set expiration="2026-06-30">
            <pin digest="SHA-256"><<a>></pin>
            <!-- backup pin: next intermediate -->
            <pin digest="SHA-256"><<b>></pin>
        </pin-set>
    </domain-config>
</network-security-config>""", a=b64(32), b=b64(32)))


@row
def c_docker_ps():
    rows = []
    for name, img in [("checkout-api", "ghcr.io/fernhollow/checkout-api:3.18.2"), ("postgres", "postgres:16.4"),
                      ("redis", "redis:7.4-alpine")]:
        rows.append(f"{hx(64)}  {img:<42} {name}")
    imgs = "\n".join(f"sha256:{hx(64)}" for _ in range(3))
    return out("shell_session", "container_and_image_ids",
               "$ docker ps --no-trunc --format '{{.ID}}  {{.Image}} {{.Names}}'\n" + "\n".join(rows) +
               "\n$ docker images -q --no-trunc | head -3\n" + imgs)


@row
def c_ssh_fingerprints():
    lines = [f"256 SHA256:{b64(32).rstrip('=')} deploy@warehouse-sync (ED25519)",
             f"3072 SHA256:{b64(32).rstrip('=')} ci-legacy@jenkins (RSA)",
             f"256 SHA256:{b64(32).rstrip('=')} oncall-break-glass (ED25519)"]
    return out("shell_session", "ssh_key_fingerprint",
               "$ for k in /home/deploy/.ssh/authorized_keys.d/*.pub; do ssh-keygen -lf \"$k\"; done\n" + "\n".join(lines) +
               f"\n$ ssh-keyscan -t ed25519 git.fernhollow-internal.net 2>/dev/null | ssh-keygen -lf -\n256 SHA256:{b64(32).rstrip('=')} git.fernhollow-internal.net (ED25519)")
