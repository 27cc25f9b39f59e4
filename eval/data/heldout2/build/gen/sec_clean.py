"""Clean look-alike rows for secrets.jsonl: high-entropy strings that are not credentials."""
import base64
import hashlib
import json
from .common import ALNUM, B64, DIGITS, HEX, LOWER, UPPER, full_name, person, iso_ts, rfc2822, git_sha, DOMAINS, COMPANIES
from . import sec_render as SR
from . import crypto as K

CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def h(d, n=64):
    return d.string(HEX, n)


def uuid4(d):
    x = d.string(HEX, 32)
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-{'89ab'[d.randbelow(4)]}{x[17:20]}-{x[20:]}"


def uuid7(d):
    x = "019" + d.string(HEX, 29)
    return f"{x[:8]}-{x[8:12]}-7{x[13:16]}-{'89ab'[d.randbelow(4)]}{x[17:20]}-{x[20:]}"


def ulid(d):
    return "01J" + d.string(CROCK, 23)


def ksuid(d):
    return "2" + d.string(ALNUM, 26)


def sri(d, alg="sha512", n=64):
    return f"{alg}-" + base64.b64encode(d.bytes(n)).decode()


def C(cat, fmt, text):
    return dict(category=cat, format=fmt, text=text)


def build(d, r):
    rows = []
    add = rows.append

    # ------------------------------------------------------------ hash_digest
    files = ["parafin-cli_2.4.1_linux_amd64.tar.gz", "parafin-cli_2.4.1_darwin_arm64.tar.gz", "parafin-cli_2.4.1_windows_amd64.zip"]
    add(C("hash_digest", "shell", "$ sha256sum -c SHA256SUMS\n" + "\n".join(f"{f}: OK" for f in files) + "\n$ cat SHA256SUMS\n" + "\n".join(f"{h(d)}  {f}" for f in files)))
    add(C("hash_digest", "markdown", "## Downloads\n\n| file | sha256 |\n|---|---|\n" + "\n".join(f"| `{f}` | `sha256:{h(d)}` |" for f in files) + "\n\nVerify with `shasum -a 256 <file>`."))
    add(C("hash_digest", "log", "\n".join(f"{iso_ts(r)} INFO  upload stored key=invoices/2025/{r.randint(1000, 9999)}.pdf size={r.randint(20000, 900000)} sha256={h(d)} md5={h(d, 32)}" for _ in range(4))))
    add(C("hash_digest", "email", f"From: Release Bot <releases@parafin.app>\nSubject: parafin-desktop 5.2.0 is available\nDate: {rfc2822(r)}\n\nVersion 5.2.0 is out.\n\nInstaller: parafin-desktop-5.2.0.msi\nSHA-256: {h(d).upper()}\nSHA-1: {h(d, 40)}\n\nPlease verify the checksum before deploying to managed devices."))
    add(C("hash_digest", "text", "Origin: Debian\nLabel: Debian\nSuite: stable\nCodename: bookworm\nDate: Sat, 11 Jan 2025 10:51:47 UTC\nSHA256:\n" + "\n".join(f" {h(d)} {r.randint(1000, 90000000):>9} main/binary-{a}/Packages.xz" for a in ["amd64", "arm64", "i386", "armhf"])))
    add(C("hash_digest", "sql_table", "audit=> SELECT id, filename, sha256 FROM evidence_files LIMIT 4;\n id  |      filename      |                              sha256\n-----+--------------------+------------------------------------------------------------------\n" + "\n".join(f" {r.randint(100, 999)} | scan_{r.randint(1000, 9999)}.pdf      | {h(d)}" for _ in range(4)) + "\n(4 rows)"))
    add(C("hash_digest", "code", f"# tests/test_hashing.py\nimport hashlib\n\n\ndef test_known_digest():\n    assert hashlib.sha256(b\"invoice-4471\").hexdigest() == \"{hashlib.sha256(b'invoice-4471').hexdigest()}\"\n\n\ndef test_md5_compat():\n    assert hashlib.md5(b\"legacy\").hexdigest() == \"{hashlib.md5(b'legacy').hexdigest()}\""))
    add(C("hash_digest", "env", f"# build metadata written by CI\nBUILD_NUMBER={r.randint(1000, 9999)}\nGIT_COMMIT={git_sha(r)}\nASSET_MANIFEST_SHA256={h(d)}\nBUILD_DATE={iso_ts(r)}"))

    # ------------------------------------------------------------ lockfiles / sbom
    add(C("lockfile", "json_config", json.dumps({"name": "storefront", "lockfileVersion": 3, "packages": {
        f"node_modules/{p}": {"version": v, "resolved": f"https://registry.npmjs.org/{p}/-/{p.split('/')[-1]}-{v}.tgz", "integrity": sri(d)}
        for p, v in [("react", "18.3.1"), ("zod", "3.23.8"), ("@tanstack/query-core", "5.51.1"), ("date-fns", "3.6.0")]}}, indent=2)))
    add(C("lockfile", "text", "\n\n".join(f"{p}@^{v}:\n  version \"{v}\"\n  resolved \"https://registry.yarnpkg.com/{p}/-/{p}-{v}.tgz#{h(d, 40)}\"\n  integrity {sri(d)}" for p, v in [("lodash", "4.17.21"), ("chalk", "5.3.0"), ("semver", "7.6.2")])))
    add(C("lockfile", "toml", "\n\n".join(f"[[package]]\nname = \"{p}\"\nversion = \"{v}\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{h(d)}\"" for p, v in [("serde", "1.0.204"), ("tokio", "1.39.2"), ("anyhow", "1.0.86")])))
    add(C("lockfile", "text", "\n".join(f"{m} {v} h1:{base64.b64encode(d.bytes(32)).decode()}\n{m} {v}/go.mod h1:{base64.b64encode(d.bytes(32)).decode()}" for m, v in [("github.com/google/uuid", "v1.6.0"), ("golang.org/x/sync", "v0.8.0"), ("github.com/stretchr/testify", "v1.9.0")])))
    add(C("lockfile", "text", "# requirements.txt (pip-compile --generate-hashes)\n" + "\n".join(f"{p}=={v} \\\n    --hash=sha256:{h(d)} \\\n    --hash=sha256:{h(d)}" for p, v in [("httpx", "0.27.0"), ("pydantic", "2.8.2")])))
    add(C("lockfile", "toml", "\n\n".join(f"[[package]]\nname = \"{p}\"\nversion = \"{v}\"\noptional = false\npython-versions = \">=3.8\"\nfiles = [\n    {{file = \"{p}-{v}-py3-none-any.whl\", hash = \"sha256:{h(d)}\"}},\n    {{file = \"{p}-{v}.tar.gz\", hash = \"sha256:{h(d)}\"}},\n]" for p, v in [("idna", "3.7"), ("certifi", "2024.7.4")])))
    add(C("sbom", "json_config", json.dumps({"bomFormat": "CycloneDX", "specVersion": "1.5", "serialNumber": "urn:uuid:" + uuid4(d), "version": 1,
                                               "components": [{"type": "library", "name": n, "version": v, "purl": f"pkg:npm/{n}@{v}",
                                                               "hashes": [{"alg": "SHA-256", "content": h(d)}, {"alg": "SHA-512", "content": h(d, 128)}]}
                                                              for n, v in [("express", "4.19.2"), ("qs", "6.12.3")]]}, indent=2)))
    add(C("sbom", "text", "SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nDocumentName: billing-service\nDocumentNamespace: https://spdx.corbel.systems/billing-" + uuid4(d) + "\n\n" +
          "\n\n".join(f"PackageName: {p}\nSPDXID: SPDXRef-{p}\nPackageVersion: {v}\nPackageChecksum: SHA1: {h(d, 40)}\nPackageChecksum: SHA256: {h(d)}\nPackageLicenseConcluded: MIT" for p, v in [("zlib", "1.3.1"), ("openssl", "3.0.14")])))

    # ------------------------------------------------------------ ids
    add(C("uuid", "api_json", json.dumps({"data": [{"id": uuid4(d), "type": "invoice", "attributes": {"number": f"INV-{r.randint(1000, 9999)}", "total": r.randint(100, 9000)}} for _ in range(3)],
                                          "meta": {"request_id": uuid4(d)}}, indent=2)))
    add(C("uuid", "log", "\n".join(f"{iso_ts(r)} INFO  job={uuid7(d)} tenant={uuid4(d)} state={s}" for s in ["queued", "running", "succeeded", "queued"])))
    add(C("uuid", "sql_table", "app=> SELECT id, email_verified, created_at FROM accounts ORDER BY created_at DESC LIMIT 3;\n                  id                  | email_verified |       created_at\n--------------------------------------+----------------+------------------------\n" + "\n".join(f" {uuid4(d)} | t              | {iso_ts(r)}" for _ in range(3)) + "\n(3 rows)"))
    add(C("uuid", "yaml", f"# terraform outputs\nvpc_id: vpc-{h(d, 17)}\nsubnet_ids:\n  - subnet-{h(d, 17)}\n  - subnet-{h(d, 17)}\nworkspace_id: {uuid4(d)}\nrun_id: run-{d.string(ALNUM, 16)}"))
    add(C("ulid", "json_rows", json.dumps([{"event_id": ulid(d), "type": t, "at": iso_ts(r)} for t in ["order.created", "order.paid", "order.shipped", "order.delivered"]], indent=2)))
    add(C("ulid", "log", "\n".join(f"{iso_ts(r)} msg_id={ulid(d)} queue=emails status=sent" for _ in range(5))))
    add(C("ksuid", "api_json", json.dumps({"segments": [{"id": ksuid(d), "name": n, "size": r.randint(100, 90000)} for n in ["trial users", "churn risk", "power users"]], "next": None}, indent=2)))
    add(C("ksuid", "code", "// fixtures/events.ts\nexport const events = [\n" + "\n".join(f"  {{ id: '{ksuid(d)}', kind: '{k}' }}," for k in ["signup", "login", "upgrade"]) + "\n];"))

    # ------------------------------------------------------------ request / trace ids
    add(C("request_id", "shell", f"$ curl -sI https://api.parafin.app/v1/health\nHTTP/2 200\ncontent-type: application/json\nx-request-id: {uuid4(d)}\ntraceparent: 00-{h(d, 32)}-{h(d, 16)}-01\ncf-ray: {h(d, 16)}-DUB\nx-amzn-trace-id: Root=1-{h(d, 8)}-{h(d, 24)}\nserver: cloudflare"))
    add(C("request_id", "shell", f"$ aws s3api get-object --bucket corbel-exports-eu --key missing.csv out.csv\n\nAn error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.\nRequestId: {d.string(UPPER + DIGITS, 16)}\nHostId: {base64.b64encode(d.bytes(57)).decode()}"))
    add(C("request_id", "json_rows", json.dumps([{"timestamp": iso_ts(r), "severity": "ERROR", "trace": f"projects/kestrel-prod/traces/{h(d, 32)}", "spanId": h(d, 16),
                                                  "message": "upstream timeout"} for _ in range(3)], indent=2)))
    add(C("request_id", "api_json", json.dumps({"resourceSpans": [{"scopeSpans": [{"spans": [{"traceId": h(d, 32), "spanId": h(d, 16), "parentSpanId": h(d, 16), "name": "GET /cart",
                                                                                        "startTimeUnixNano": str(1750000000000000000 + r.randint(0, 10 ** 15)), "kind": 2}]}]}]}, indent=2)))
    add(C("request_id", "log", "\n".join(f"{iso_ts(r)} WARN  rate limited client ip=10.0.{r.randint(0, 255)}.{r.randint(1, 254)} req_id=req_{d.string(ALNUM, 24)} retry_after=30" for _ in range(4))))
    add(C("request_id", "ticket", f"Ticket #{r.randint(10000, 99999)} · Payment API returned 500\nRequester: {full_name(r)}\n\nDescription:\nOur checkout call failed twice this morning. Request IDs from the response headers:\n- {uuid4(d)}\n- {uuid4(d)}\nCorrelation id: corr-{h(d, 20)}\nCould you look them up in your logs?"))

    # ------------------------------------------------------------ git shas / content ids
    add(C("git_sha", "shell", "$ git log --oneline -6\n" + "\n".join(f"{git_sha(r)[:9]} {m}" for m in ["Fix rounding in VAT report", "Bump actions/cache to v4", "Add export endpoint", "Refactor auth middleware", "Merge pull request #412", "Initial import"])))
    add(C("git_sha", "api_json", json.dumps({"sha": git_sha(r), "commit": {"tree": {"sha": git_sha(r)}, "message": "Release 2.4.1", "author": {"name": full_name(r), "date": iso_ts(r)}},
                                             "parents": [{"sha": git_sha(r)}, {"sha": git_sha(r)}]}, indent=2)))
    add(C("git_sha", "shell", "$ git submodule status\n" + "\n".join(f" {git_sha(r)} vendor/{m} (v{r.randint(1, 5)}.{r.randint(0, 20)}.0)" for m in ["protobuf", "googletest", "fmt"]) + f"\n$ git rev-parse HEAD\n{git_sha(r)}"))
    add(C("git_sha", "ci_log", f"Run actions/checkout@v4\nSyncing repository: corbel-systems/billing\n/usr/bin/git -c protocol.version=2 fetch --no-tags --depth=1 origin +{git_sha(r)}:refs/remotes/origin/main\nHEAD is now at {git_sha(r)[:7]} Merge pull request #{r.randint(100, 999)}\nCache restored from key: node-cache-Linux-x64-npm-{h(d)}"))
    add(C("content_id", "shell", f"$ docker pull ghcr.io/corbel-systems/api:2.4.1\n2.4.1: Pulling from corbel-systems/api\n{h(d, 12)}: Pull complete\n{h(d, 12)}: Pull complete\nDigest: sha256:{h(d)}\nStatus: Downloaded newer image for ghcr.io/corbel-systems/api:2.4.1\n$ docker images --digests | head -2\nREPOSITORY                  TAG    DIGEST                                                                    IMAGE ID\nghcr.io/corbel-systems/api  2.4.1  sha256:{h(d)}   {h(d, 12)}"))
    add(C("content_id", "json_config", json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                                                    "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "sha256:" + h(d), "size": r.randint(1000, 9000)},
                                                    "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": "sha256:" + h(d), "size": r.randint(10 ** 5, 10 ** 8)} for _ in range(3)]}, indent=2)))
    add(C("content_id", "markdown", f"## Archive\n\nThe dataset snapshots are pinned on IPFS:\n\n- 2024-Q4: `{K.ipfs_cidv0(d)}`\n- 2025-Q1: `{K.ipfs_cidv0(d)}`\n- 2025-Q2: `bafybei{d.string('abcdefghijklmnopqrstuvwxyz234567', 52)}`\n\nAny gateway works, e.g. `ipfs get <cid>`."))
    add(C("content_id", "shell", "$ nix path-info -r .#billing | head -4\n" + "\n".join(f"/nix/store/{d.string('0123456789abcdfghijklmnpqrsvwxyz', 32)}-{p}" for p in ["glibc-2.39-52", "openssl-3.0.14", "python3-3.12.4", "billing-2.4.1"])))

    # ------------------------------------------------------------ public keys / certs
    _, pub1 = K.openssh_ed25519_private(d, "maya@laptop")
    _, pub2 = K.openssh_ed25519_private(d, "ci-deploy")
    rk = K.RSAKey(d)
    add(C("public_key", "text", f"# ~/.ssh/authorized_keys for user deploy\n{pub1}\n{rk.ssh_public('backup@nas')}\nfrom=\"10.40.0.0/16\" {pub2}"))
    add(C("public_key", "yaml", "jwt:\n  issuer: https://auth.parafin.app\n  audience: billing-api\n  verification_key: |\n" + "\n".join("    " + x for x in rk.public_pem().split("\n")) + "\n  leeway_seconds: 30"))
    kp = K.RSAKey(d)
    _, pgp_pub = K.pgp_blocks(kp, "Security Team <security@corbel.systems>", 1730000000)
    add(C("public_key", "web_text", "Reporting a vulnerability\n\nPlease email security@corbel.systems. You may encrypt your report with our PGP key (fingerprint on our website):\n\n" + pgp_pub + "\n\nWe aim to respond within two working days."))
    sk_age, pk_age = K.age_identity(d)
    _, pk_age2 = K.age_identity(d)
    add(C("public_key", "yaml", f"# .sops.yaml\ncreation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    age: >-\n      {pk_age},\n      {pk_age2}\n  - path_regex: secrets/dev/.*\n    age: {pk_age2}"))
    kj1, kj2 = K.RSAKey(d), K.RSAKey(d)
    add(C("jwks", "api_json", json.dumps({"keys": [kj1.jwk(h(d, 16)), kj2.jwk(h(d, 16))]}, indent=2)))
    _, hk = K.openssh_ed25519_private(d, "")
    add(C("ssh_host_key", "shell", f"$ ssh-keyscan -t ed25519,rsa git.corbel.systems 2>/dev/null\ngit.corbel.systems {hk.strip()}\ngit.corbel.systems {K.RSAKey(d).ssh_public('').strip()}\n$ ssh-keygen -lf <(ssh-keyscan git.corbel.systems 2>/dev/null)\n256 SHA256:{base64.b64encode(d.bytes(32)).decode().rstrip('=')} git.corbel.systems (ED25519)"))
    ck = K.RSAKey(d)
    cert = K.self_signed_cert(ck, d, "internal-ca.corbel.systems", "Corbel Systems")
    add(C("certificate", "yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: internal-ca\ndata:\n  ca.crt: |\n" + "\n".join("    " + x for x in cert.split("\n"))))
    ck2 = K.RSAKey(d)
    cert2 = K.self_signed_cert(ck2, d, "mqtt.tidewellmarine.com", "Tidewell Marine")
    add(C("certificate", "text", "$ openssl s_client -connect mqtt.tidewellmarine.com:8883 -showcerts </dev/null\nCONNECTED(00000003)\ndepth=0 CN = mqtt.tidewellmarine.com\n---\nCertificate chain\n 0 s:CN = mqtt.tidewellmarine.com\n" + cert2 + "\n---\nVerification: OK"))
    ck3 = K.RSAKey(d)
    cadata = base64.b64encode(K.self_signed_cert(ck3, d, "kubernetes", "cluster").encode()).decode()
    add(C("certificate", "yaml", f"apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: {cadata}\n    server: https://k8s.internal:6443\n  name: prod\ncontexts:\n- context:\n    cluster: prod\n    user: oidc\n  name: prod\ncurrent-context: prod\nusers:\n- name: oidc\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: kubectl\n      args: [oidc-login, get-token, --oidc-issuer-url=https://sso.corbel.systems]"))

    # ------------------------------------------------------------ publishable keys
    add(C("publishable_key", "env", f"# frontend/.env.production — values are embedded in the browser bundle\nVITE_STRIPE_PUBLISHABLE_KEY=pk_live_51{d.string(ALNUM, 97)}\nVITE_API_BASE=https://api.parafin.app\nVITE_POSTHOG_KEY=phc_{d.string(ALNUM, 43)}"))
    add(C("publishable_key", "code", f"import * as Sentry from '@sentry/browser';\n\nSentry.init({{\n  dsn: 'https://{h(d, 32)}@o{r.randint(100000, 999999)}.ingest.de.sentry.io/{r.randint(1000000, 9999999)}',\n  tracesSampleRate: 0.1,\n  environment: 'production',\n}});"))
    add(C("publishable_key", "html", f"<form action=\"/contact\" method=\"post\">\n  <input name=\"email\" type=\"email\">\n  <textarea name=\"msg\"></textarea>\n  <div class=\"g-recaptcha\" data-sitekey=\"6L{d.string(ALNUM + '_-', 38)}\"></div>\n  <button>Send</button>\n</form>\n<script src=\"https://www.google.com/recaptcha/api.js\" async defer></script>"))
    mb = "pk." + base64.urlsafe_b64encode(json.dumps({"u": "tidewellmarine", "a": "cl" + d.string(LOWER + DIGITS, 23)}, separators=(",", ":")).encode()).decode().rstrip("=") + "." + d.string(ALNUM + "_-", 22)
    add(C("publishable_key", "code", f"mapboxgl.accessToken = '{mb}';\nconst map = new mapboxgl.Map({{\n  container: 'map',\n  style: 'mapbox://styles/mapbox/outdoors-v12',\n  center: [-8.47, 51.9],\n  zoom: 11,\n}});"))
    add(C("publishable_key", "html", f"<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51{d.string(ALNUM, 97)}');\n  const elements = stripe.elements();\n  elements.create('card').mount('#card');\n</script>"))
    add(C("publishable_key", "markdown", f"## Analytics\n\nThe web app sends product events to PostHog. The project API key below is write-only and safe to expose in client code:\n\n```js\nposthog.init('phc_{d.string(ALNUM, 43)}', {{ api_host: 'https://eu.i.posthog.com' }})\n```"))

    # ------------------------------------------------------------ secret references / CI variables
    add(C("secret_reference", "yaml", "name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - uses: actions/checkout@v4\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: ${{ secrets.AWS_DEPLOY_ROLE_ARN }}\n          aws-region: eu-west-1\n      - run: npm ci && npm run deploy\n        env:\n          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}\n          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}\n          GITHUB_TOKEN: ${{ github.token }}"))
    add(C("secret_reference", "yaml", "deploy:\n  stage: deploy\n  image: alpine:3.20\n  script:\n    - apk add --no-cache curl\n    - 'curl --fail -H \"PRIVATE-TOKEN: $DEPLOY_API_TOKEN\" -X POST \"$CI_API_V4_URL/projects/$CI_PROJECT_ID/trigger/pipeline\"'\n    - echo \"$CI_REGISTRY_PASSWORD\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin \"$CI_REGISTRY\"\n  rules:\n    - if: $CI_COMMIT_BRANCH == \"main\""))
    add(C("secret_reference", "yaml", "containers:\n  - name: api\n    image: registry.internal/api:2.4.1\n    env:\n      - name: DATABASE_URL\n        valueFrom:\n          secretKeyRef:\n            name: api-db\n            key: url\n      - name: OPENAI_API_KEY\n        valueFrom:\n          secretKeyRef:\n            name: llm-credentials\n            key: openai\n    envFrom:\n      - secretRef:\n          name: api-secrets"))
    add(C("secret_reference", "env", "# .env.tpl — resolved by `op run --env-file=.env.tpl -- npm start`\nDATABASE_URL=op://Engineering/billing-db/connection-string\nSTRIPE_SECRET_KEY=op://Engineering/stripe-live/credential\nSLACK_BOT_TOKEN=op://Engineering/slack-bot/token\nPORT=8080"))
    acct = d.string(DIGITS, 12)
    add(C("secret_reference", "json_config", json.dumps({"family": "billing-api", "containerDefinitions": [{"name": "api", "image": f"{acct}.dkr.ecr.eu-west-1.amazonaws.com/billing:2.4.1",
                                                         "secrets": [{"name": "DB_PASSWORD", "valueFrom": f"arn:aws:secretsmanager:eu-west-1:{acct}:secret:prod/billing/db-{d.string(ALNUM, 6)}"},
                                                                     {"name": "SENDGRID_API_KEY", "valueFrom": f"arn:aws:ssm:eu-west-1:{acct}:parameter/prod/billing/sendgrid"}]}]}, indent=2)))
    add(C("secret_reference", "hcl", "data \"vault_kv_secret_v2\" \"db\" {\n  mount = \"secret\"\n  name  = \"prod/billing/db\"\n}\n\nresource \"kubernetes_secret\" \"db\" {\n  metadata {\n    name = \"billing-db\"\n  }\n  data = {\n    password = data.vault_kv_secret_v2.db.data[\"password\"]\n  }\n}"))
    add(C("secret_reference", "text", "{{- with secret \"secret/data/prod/billing/stripe\" -}}\nSTRIPE_SECRET_KEY={{ .Data.data.secret_key }}\n{{- end }}\n{{- with secret \"database/creds/billing-rw\" }}\nDB_USER={{ .Data.username }}\nDB_PASSWORD={{ .Data.password }}\n{{- end }}"))
    add(C("secret_reference", "shell", "$ doppler run --project billing --config prd -- printenv | cut -d= -f1 | sort | head\nDATABASE_URL\nDOPPLER_CONFIG\nDOPPLER_ENVIRONMENT\nDOPPLER_PROJECT\nSENDGRID_API_KEY\nSTRIPE_SECRET_KEY\n$ aws secretsmanager describe-secret --secret-id prod/billing/db --query 'LastRotatedDate'\n\"2025-08-01T03:00:12+00:00\""))

    # ------------------------------------------------------------ placeholders / masked / examples
    add(C("placeholder", "env", "# Copy to .env and fill in your own values\nSTRIPE_SECRET_KEY=sk_live_REPLACE_ME\nSTRIPE_WEBHOOK_SECRET=whsec_...\nOPENAI_API_KEY=<your-openai-key>\nDATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DBNAME\nSLACK_BOT_TOKEN=xoxb-your-bot-token\nPORT=3000"))
    add(C("placeholder", "markdown", "## Configuration\n\nSet your token in the environment:\n\n```bash\nexport GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nexport NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n```\n\nNever commit real tokens. The CLI reads `GITHUB_TOKEN` first, then falls back to `gh auth token`."))
    add(C("placeholder", "code", "from slack_sdk import WebClient\n\n# Example from the SDK docs — use your own token from the app settings page\nclient = WebClient(token=\"xoxb-not-a-real-token-this-will-not-work\")\nresponse = client.chat_postMessage(channel=\"#random\", text=\"Hello world!\")"))
    add(C("placeholder", "yaml", "# values.yaml — override in your environment-specific file\nauth:\n  clientId: \"\"\n  clientSecret: \"\"   # set via --set auth.clientSecret=...\n  existingSecret: \"\"\nsmtp:\n  host: smtp.example.com\n  username: \"your-username\"\n  password: \"your-password\""))
    add(C("placeholder", "hcl", "variable \"cloudflare_api_token\" {\n  description = \"API token with Zone:DNS:Edit permission\"\n  type        = string\n  sensitive   = true\n}\n\nprovider \"cloudflare\" {\n  api_token = var.cloudflare_api_token\n}"))
    add(C("placeholder", "json_config", json.dumps({"apiKey": "YOUR_API_KEY_HERE", "apiSecret": "YOUR_API_SECRET_HERE", "endpoint": "https://api.partner-hub.io/v2", "timeoutSeconds": 30, "retry": {"attempts": 3, "backoffMs": 500}}, indent=2)))
    add(C("masked", "ci_log", "Run ./scripts/publish.sh\n  env:\n    NPM_TOKEN: ***\n    GITHUB_TOKEN: ***\n+ npm config set //registry.npmjs.org/:_authToken=***\n+ npm publish --access public\nnpm notice Publishing to https://registry.npmjs.org/ with tag latest\n+ @corbel/ui@3.4.0"))
    add(C("masked", "log", "\n".join([f"{iso_ts(r)} INFO  outbound POST https://api.partner-hub.io/v2/orders headers={{'Authorization': 'Bearer [REDACTED]', 'Content-Type': 'application/json'}}",
                                      f"{iso_ts(r)} INFO  db connect postgresql://app:********@db.internal:5432/orders",
                                      f"{iso_ts(r)} DEBUG smtp login user=notifier password=<redacted>"])))
    add(C("masked", "web_text", f"API keys\n\nName            Key                         Created        Last used\nProduction      sk_live_••••••••••••{d.string(ALNUM, 4)}        12 Mar 2025    2 minutes ago\nReporting (ro)  rk_live_••••••••••••{d.string(ALNUM, 4)}        03 Jun 2025    yesterday\n\nFor security, the full key is shown only once, when it is created."))
    add(C("masked", "shell", f"$ aws configure list\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                <not set>             None    None\naccess_key     ****************{d.string(UPPER + '234567', 4)} shared-credentials-file\nsecret_key     ****************{d.string(ALNUM, 4)} shared-credentials-file\n    region                eu-west-1      config-file    ~/.aws/config"))
    add(C("masked", "api_json", json.dumps({"integrations": [{"provider": "sendgrid", "api_key": "SG.****************", "status": "connected"},
                                                             {"provider": "twilio", "auth_token": "********************************", "account_sid": "AC" + h(d, 32)}]}, indent=2)))
    add(C("masked", "ticket", f"Ticket #{r.randint(10000, 99999)} · Webhook signature check failing\nRequester: {full_name(r)}\n\nDescription:\nWe rotated the signing secret (now ends in …{d.string(ALNUM, 4)}) and since then every webhook fails verification. I've removed the full secret from this ticket on purpose. Our endpoint logs show 'signature mismatch' for event ids evt_{d.string(ALNUM, 24)} and evt_{d.string(ALNUM, 24)}."))
    add(C("example_credentials", "markdown", "## Configuring the CLI\n\n```\n$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: us-west-2\nDefault output format [None]: json\n```\n\nThe values above are the documentation examples; use the keys from your own IAM user."))
    add(C("example_credentials", "code", "def test_parses_credentials_file(tmp_path):\n    p = tmp_path / \"credentials\"\n    p.write_text(\"[default]\\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\\n\")\n    creds = load(p)\n    assert creds.access_key_id.endswith(\"EXAMPLE\")"))
    add(C("example_credentials", "yaml", "# moto-based test settings\nenv:\n  AWS_ACCESS_KEY_ID: testing\n  AWS_SECRET_ACCESS_KEY: testing\n  AWS_SECURITY_TOKEN: testing\n  AWS_SESSION_TOKEN: testing\n  AWS_DEFAULT_REGION: us-east-1\n  S3_ENDPOINT_URL: http://localhost:5000"))

    # ------------------------------------------------------------ encrypted blobs
    def enc(n):
        return f"ENC[AES256_GCM,data:{base64.b64encode(d.bytes(n)).decode()},iv:{base64.b64encode(d.bytes(32)).decode()},tag:{base64.b64encode(d.bytes(16)).decode()},type:str]"
    age_stanza = "-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(base64.b64encode(d.bytes(48)).decode() for _ in range(5)) + "\n-----END AGE ENCRYPTED FILE-----"
    add(C("encrypted_blob", "yaml", f"db_password: {enc(18)}\nstripe_secret_key: {enc(72)}\nsmtp_password: {enc(20)}\nsops:\n  age:\n    - recipient: {pk_age}\n      enc: |\n" + "\n".join("        " + x for x in age_stanza.split("\n")) + f"\n  lastmodified: \"{iso_ts(r)}\"\n  mac: {enc(32)}\n  version: 3.9.0"))
    add(C("encrypted_blob", "yaml", "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: billing-db\n  namespace: prod\nspec:\n  encryptedData:\n" + "\n".join(f"    {k}: Ag{base64.b64encode(d.bytes(r.randint(300, 420))).decode()}" for k in ["password", "username"]) + "\n  template:\n    metadata:\n      name: billing-db"))
    vault_hex = h(d, 480)
    add(C("encrypted_blob", "yaml", "# group_vars/prod/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(vault_hex[i:i + 80] for i in range(0, len(vault_hex), 80))))
    add(C("encrypted_blob", "text", "$ cat backups/prod-db-2025-09-01.sql.age | head -c 600\n" + "age-encryption.org/v1\n-> X25519 " + base64.b64encode(d.bytes(32)).decode().rstrip("=") + "\n" + base64.b64encode(d.bytes(32)).decode().rstrip("=") + "\n--- " + base64.b64encode(d.bytes(32)).decode().rstrip("=") + "\n<binary data>"))
    add(C("encrypted_blob", "email", f"From: {full_name(r)} <legal@atlasrowe.com>\nSubject: Encrypted: settlement draft\nDate: {rfc2822(r)}\n\n" + K.armor_message(d, 300)))
    add(C("encrypted_blob", "json_config", json.dumps({"data": enc(60), "sops": {"kms": [{"arn": f"arn:aws:kms:eu-west-1:{acct}:key/{uuid4(d)}", "enc": base64.b64encode(d.bytes(180)).decode(), "created_at": iso_ts(r)}],
                                                                                 "version": "3.9.0"}}, indent=2)))

    # ------------------------------------------------------------ base64 media
    png = base64.b64encode(K.png_1color(8, 8, (r.randint(0, 255), r.randint(0, 255), r.randint(0, 255)))).decode()
    add(C("base64_image", "html", f"<style>\n  .badge {{ background: url(data:image/png;base64,{png}) no-repeat; width: 8px; height: 8px; }}\n</style>\n<span class=\"badge\"></span> Verified seller"))
    png2 = base64.b64encode(K.png_1color(24, 24, (40, 120, 200))).decode()
    add(C("base64_image", "api_json", json.dumps({"user": {"id": r.randint(1000, 9999), "display_name": full_name(r), "avatar": "data:image/png;base64," + png2}}, indent=2)))
    png3 = base64.b64encode(K.png_1color(16, 16, (250, 80, 30))).decode()
    add(C("base64_image", "markdown", f"# Status\n\n![build](data:image/png;base64,{png3}) passing\n\nLast run {iso_ts(r)}."))
    woff = base64.b64encode(b"wOF2\x00\x01\x00\x00" + d.bytes(700)).decode()
    add(C("base64_font", "code", f"/* fonts.css — inlined subset */\n@font-face {{\n  font-family: 'Inter Subset';\n  src: url(data:font/woff2;base64,{woff}) format('woff2');\n  font-weight: 400;\n  font-display: swap;\n}}"))
    svg = base64.b64encode(b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#2a9d8f"/></svg>').decode()
    add(C("base64_image", "html", f"<link rel=\"icon\" href=\"data:image/svg+xml;base64,{svg}\">\n<title>Dashboard</title>"))

    # ------------------------------------------------------------ wallets / license fixtures / slugs / policies / object ids
    add(C("crypto_address", "markdown", f"## Support the project\n\nIf this tool saves you time, consider a donation:\n\n- Bitcoin: `{K.btc_bech32(d)}`\n- Ethereum: `0x{h(d, 40)}`\n- GitHub Sponsors: github.com/sponsors/quill-md"))
    add(C("crypto_address", "api_json", json.dumps({"withdrawals": [{"id": ulid(d), "asset": "BTC", "to": K.btc_p2pkh(d), "amount": "0.0125", "txid": h(d)},
                                                                    {"id": ulid(d), "asset": "ETH", "to": "0x" + h(d, 40), "amount": "1.2", "txid": "0x" + h(d)}]}, indent=2)))
    add(C("crypto_address", "html", f"<p>Pay with Bitcoin: <code>{K.btc_bech32(d)}</code></p>\n<p>Lightning and on-chain payments are confirmed after 1 block. Send the transaction id to orders@ with your order number.</p>"))
    keys = ["-".join(d.string(UPPER + DIGITS, 4) for _ in range(4)) for _ in range(3)]
    add(C("license_fixture", "code", f"# tests/test_license_format.py — format checks only, keys are made up for the tests\nimport pytest\nfrom licensing import parse_key\n\n@pytest.mark.parametrize(\"key\", [\"{keys[0]}\", \"{keys[1]}\"])\ndef test_well_formed(key):\n    assert parse_key(key).groups == 4\n\ndef test_bad_checksum():\n    with pytest.raises(ValueError):\n        parse_key(\"{keys[2]}\")"))
    add(C("license_fixture", "json_rows", json.dumps([{"fixture": f"license-{i}", "key": "-".join(d.string(UPPER + DIGITS, 5) for _ in range(5)), "edition": e, "expired": x}
                                                      for i, (e, x) in enumerate([("community", False), ("trial", True), ("community", True)])], indent=2)))
    add(C("cache_key", "ci_log", f"Run actions/cache@v4\nCache restored successfully\nCache restored from key: Linux-pnpm-store-{h(d)}\n...\nPost job cleanup.\nCache hit occurred on the primary key Linux-pnpm-store-{h(d)}, not saving cache.\nturbo: cache hit, replaying logs {h(d, 16)}\nturbo: cache miss, executing {h(d, 16)}"))
    add(C("slug", "api_json", json.dumps({"links": [{"short": f"https://go.parafin.app/{d.string(ALNUM, 7)}", "target": "https://parafin.app/pricing", "clicks": r.randint(0, 900)} for _ in range(3)],
                                          "share_id": d.string(ALNUM + "_-", 21)}, indent=2)))
    add(C("slug", "log", "\n".join(f"{iso_ts(r)} INFO  s3 put s3://corbel-exports-eu/tmp/{d.string(LOWER + DIGITS, 12)}/{d.string(ALNUM + '_-', 21)}.csv bytes={r.randint(1000, 900000)}" for _ in range(4))))
    add(C("cache_key", "text", f"> Task :app:compileKotlin FROM-CACHE\nBuild cache key for task ':app:compileKotlin' is {h(d, 32)}\n> Task :app:test\nBuild cache key for task ':app:test' is {h(d, 32)}\nBUILD SUCCESSFUL in 41s"))
    add(C("password_policy", "markdown", "## Password requirements\n\nYour password must:\n- be at least 12 characters long;\n- not contain your email address or name;\n- not be one of your last 5 passwords.\n\nWe recommend a passphrase of four or more random words. You can change your password at any time under Settings → Security."))
    add(C("password_policy", "json_config", json.dumps({"passwordPolicy": {"minLength": 14, "requireUppercase": True, "requireLowercase": True, "requireNumbers": True, "requireSymbols": False,
                                                                          "maxAgeDays": 0, "historySize": 5, "breachedPasswordCheck": True}, "lockout": {"threshold": 10, "durationMinutes": 15}}, indent=2)))
    add(C("password_policy", "log", "\n".join([f"{iso_ts(r)} WARN  password change rejected user_id={r.randint(1000, 9999)} reason=too_short min_length=12",
                                               f"{iso_ts(r)} WARN  password change rejected user_id={r.randint(1000, 9999)} reason=found_in_breach_corpus",
                                               f"{iso_ts(r)} INFO  password changed user_id={r.randint(1000, 9999)} strength_score=4"])))
    add(C("object_id", "api_json", json.dumps({"id": "evt_" + d.string(ALNUM, 24), "object": "event", "type": "payment_intent.succeeded", "livemode": True,
                                              "data": {"object": {"id": "pi_" + d.string(ALNUM, 24), "customer": "cus_" + d.string(ALNUM, 14), "latest_charge": "ch_" + d.string(ALNUM, 24),
                                                                  "amount": r.randint(500, 90000), "currency": "eur"}}}, indent=2)))
    add(C("object_id", "api_json", json.dumps({"sid": "SM" + h(d, 32), "account_sid": "AC" + h(d, 32), "messaging_service_sid": "MG" + h(d, 32), "status": "delivered", "num_segments": "1"}, indent=2)))
    add(C("object_id", "text", f"Channel IDs for the alerting config:\n#incidents  C0{d.string(UPPER + DIGITS, 9)}\n#ops        C0{d.string(UPPER + DIGITS, 9)}\nOn-call bot user: U0{d.string(UPPER + DIGITS, 9)}\nWorkspace: T0{d.string(UPPER + DIGITS, 8)}\nThe bot token itself lives in the vault under slack/alerting."))
    add(C("object_id", "json_config", json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{acct}:role/billing-api"},
                                                                                        "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::corbel-exports-eu/*"}]}, indent=2)))
    add(C("object_id", "shell", f"$ gh api /repos/corbel-systems/billing --jq '{{id, node_id, owner: .owner.node_id}}'\n{{\n  \"id\": {r.randint(100000000, 999999999)},\n  \"node_id\": \"R_kgDO{d.string(ALNUM + '_-', 8)}\",\n  \"owner\": \"O_kgDO{d.string(ALNUM + '_-', 8)}\"\n}}"))
    add(C("env_var_name", "markdown", "## Environment variables\n\n| name | required | description |\n|---|---|---|\n| `DATABASE_URL` | yes | Postgres connection string |\n| `STRIPE_SECRET_KEY` | yes | Live or test secret key |\n| `SENDGRID_API_KEY` | no | Enables outgoing email |\n| `SENTRY_DSN` | no | Error reporting |\n\nSecrets are injected by the platform; never put them in this repository."))
    add(C("env_var_name", "code", "import os\n\nREQUIRED = [\"DATABASE_URL\", \"STRIPE_SECRET_KEY\", \"JWT_SIGNING_SECRET\"]\nmissing = [k for k in REQUIRED if not os.environ.get(k)]\nif missing:\n    raise SystemExit(f\"missing configuration: {', '.join(missing)}\")"))
    add(C("pagination_cursor", "api_json", json.dumps({"data": [{"id": r.randint(1000, 9999)} for _ in range(2)], "next_cursor": base64.b64encode(json.dumps({"after": r.randint(10 ** 6, 10 ** 7), "ts": iso_ts(r)}).encode()).decode(),
                                                      "etag": "W/\"" + h(d, 32) + "\""}, indent=2)))
    add(C("etag", "shell", f"$ aws s3api head-object --bucket corbel-exports-eu --key reports/2025-09.csv\n{{\n    \"LastModified\": \"{iso_ts(r)}\",\n    \"ContentLength\": {r.randint(1000, 900000)},\n    \"ETag\": \"\\\"{h(d, 32)}\\\"\",\n    \"VersionId\": \"{d.string(ALNUM + '._', 32)}\",\n    \"ContentType\": \"text/csv\"\n}}"))

    # ------------------------------------------------------------ chat / pem look-alikes
    add(C("masked", "chat", json.dumps({"channel": "dev-help", "messages": [
        {"user_name": "noor.quinn", "text": "my deploy fails with 401, token looks like `glpat-****************` in the settings page"},
        {"user_name": "owen.marsh", "text": "don't paste it here 🙂 rotate it in GitLab and update the CI variable `DEPLOY_TOKEN`; the runner reads it from the protected vars"},
        {"user_name": "noor.quinn", "text": "done, pipeline " + str(r.randint(100000, 999999)) + " is green now"}]}, indent=2)))
    add(C("git_sha", "chat", json.dumps({"channel": "releases", "messages": [
        {"user_name": "release-bot", "text": f"Deployed billing {git_sha(r)[:12]} to prod (image sha256:{h(d)})"},
        {"user_name": "esther.lopez", "text": f"rollback target if needed: {git_sha(r)}"},
        {"user_name": "release-bot", "text": f"trace for the smoke test: {h(d, 32)}"}]}, indent=2)))
    pk = K.RSAKey(d)
    add(C("public_key", "pem", "$ cat keys/webhook_verify.pub\n" + pk.public_pem() + "\n$ openssl pkey -pubin -in keys/webhook_verify.pub -noout -text | head -1\nPublic-Key: (2048 bit)"))

    # ------------------------------------------------------------ same carriers as the secret rows, look-alike values
    look = [
        ("publishable_key", [("STRIPE_PUBLISHABLE_KEY", lambda: "pk_live_51" + d.string(ALNUM, 97)), ("SENTRY_DSN", lambda: f"https://{h(d, 32)}@o{r.randint(10 ** 5, 10 ** 6)}.ingest.sentry.io/{r.randint(10 ** 6, 10 ** 7)}")]),
        ("secret_reference", [("GITHUB_TOKEN", lambda: "${{ secrets.GITHUB_TOKEN }}"), ("NPM_TOKEN", lambda: "${NPM_TOKEN}")]),
        ("secret_reference", [("DB_PASSWORD", lambda: "vault:secret/data/prod/db#password"), ("STRIPE_SECRET_KEY", lambda: "arn:aws:secretsmanager:eu-west-1:" + acct + ":secret:stripe-" + d.string(ALNUM, 6))]),
        ("placeholder", [("OPENAI_API_KEY", lambda: "sk-..."), ("ANTHROPIC_API_KEY", lambda: "<set-me>")]),
        ("placeholder", [("SLACK_WEBHOOK_URL", lambda: "https://hooks.slack.com/services/XXX/YYY/ZZZ"), ("SMTP_PASSWORD", lambda: "")]),
        ("masked", [("AWS_SECRET_ACCESS_KEY", lambda: "****************************************"), ("DATADOG_API_KEY", lambda: "[REDACTED]")]),
        ("masked", [("TWILIO_AUTH_TOKEN", lambda: "•" * 28 + d.string(HEX, 4)), ("SENDGRID_API_KEY", lambda: "SG.****")]),
        ("uuid", [("TENANT_ID", lambda: uuid4(d)), ("WORKSPACE_ID", lambda: uuid4(d))]),
        ("git_sha", [("RELEASE_SHA", lambda: git_sha(r)), ("BASE_SHA", lambda: git_sha(r))]),
        ("hash_digest", [("BUNDLE_SHA384", lambda: sri(d, "sha384", 48)), ("CONFIG_CHECKSUM", lambda: h(d))]),
        ("request_id", [("LAST_REQUEST_ID", lambda: "req_" + d.string(ALNUM, 24)), ("TRACE_ID", lambda: h(d, 32))]),
        ("object_id", [("STRIPE_PRICE_ID", lambda: "price_" + d.string(ALNUM, 24)), ("STRIPE_PRODUCT_ID", lambda: "prod_" + d.string(ALNUM, 14))]),
        ("ulid", [("MIGRATION_ID", lambda: ulid(d)), ("LAST_EVENT_ID", lambda: ulid(d))]),
        ("content_id", [("IMAGE_DIGEST", lambda: "sha256:" + h(d)), ("CHART_DIGEST", lambda: "sha256:" + h(d))]),
        ("secret_reference", [("SENDGRID_API_KEY", lambda: "${SENDGRID_API_KEY:?must be set}"), ("REDIS_PASSWORD", lambda: "$(cat /run/secrets/redis_password)")]),
        ("publishable_key", [("RECAPTCHA_SITE_KEY", lambda: "6L" + d.string(ALNUM + "_-", 38)), ("MAPBOX_PUBLIC_TOKEN", lambda: "pk." + base64.urlsafe_b64encode(json.dumps({"u": "corbel", "a": "cl" + d.string(LOWER + DIGITS, 23)}, separators=(",", ":")).encode()).decode().rstrip("=") + "." + d.string(ALNUM + "_-", 22))]),
        ("placeholder", [("GITLAB_TOKEN", lambda: "glpat-xxxxxxxxxxxxxxxxxxxx"), ("HF_TOKEN", lambda: "hf_your_token_here")]),
        ("masked", [("DATABASE_URL", lambda: "postgresql://app:***@db.internal:5432/orders"), ("REDIS_URL", lambda: "redis://:<redacted>@cache.internal:6379/0")]),
        ("client_id", [("AUTH0_CLIENT_ID", lambda: d.string(ALNUM, 32)), ("OKTA_CLIENT_ID", lambda: "0oa" + d.string(ALNUM, 17))]),
        ("hash_digest", [("STATIC_ASSETS_MD5", lambda: h(d, 32)), ("LOCKFILE_SHA1", lambda: h(d, 40))]),
        ("placeholder", [("AWS_ACCESS_KEY_ID", lambda: "AKIAXXXXXXXXXXXXXXXX"), ("AWS_SECRET_ACCESS_KEY", lambda: "<secret-access-key>")]),
        ("secret_reference", [("DATABASE_URL", lambda: "${{ secrets.DATABASE_URL }}"), ("HEROKU_API_KEY", lambda: "${{ secrets.HEROKU_API_KEY }}")]),
        ("object_id", [("TWILIO_ACCOUNT_SID", lambda: "AC" + h(d, 32)), ("TWILIO_MESSAGING_SERVICE_SID", lambda: "MG" + h(d, 32))]),
        ("publishable_key", [("POSTHOG_PROJECT_KEY", lambda: "phc_" + d.string(ALNUM, 43)), ("STRIPE_PK", lambda: "pk_live_51" + d.string(ALNUM, 97))]),
        ("request_id", [("CF_RAY", lambda: h(d, 16) + "-AMS"), ("AMZN_REQUEST_ID", lambda: uuid4(d))]),
        ("git_sha", [("SOURCE_VERSION", lambda: git_sha(r)), ("GITHUB_SHA", lambda: git_sha(r))]),
        ("ksuid", [("BATCH_ID", lambda: ksuid(d)), ("RUN_ID", lambda: ksuid(d))]),
        ("hash_digest", [("SRI_APP_JS", lambda: sri(d, "sha384", 48)), ("FONT_SHA256", lambda: h(d))]),
        ("masked", [("OPENAI_API_KEY", lambda: "sk-proj-…" + d.string(ALNUM, 4)), ("GITHUB_TOKEN", lambda: "ghp_****")]),
        ("uuid", [("SUBSCRIPTION_ID", lambda: uuid4(d)), ("RESOURCE_GROUP_ID", lambda: uuid4(d))]),
        ("cache_key", [("CACHE_KEY", lambda: "v3-deps-" + h(d)), ("TURBO_HASH", lambda: h(d, 16))]),
    ]
    carriers = ["env", "yaml_cfg", "json_cfg", "py", "js", "ini", "toml", "properties", "xml", "compose", "k8s_secret", "dockerfile", "go",
                "hcl", "ruby", "php", "csharp", "git_diff", "sql_table", "log"]
    for i, (cat, specs) in enumerate(look):
        pairs = [(n, f()) for n, f in specs]
        fmt, txt = SR.ALL[carriers[i % len(carriers)]](r, pairs)
        add(C(cat, fmt, txt))
    return rows
