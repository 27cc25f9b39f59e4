"""Clean rows for secrets.jsonl: each built around a different non-secret look-alike."""
import json, base64, hashlib, zlib
from common import *
import keys

CLEAN = []
def cl(fn): CLEAN.append(fn); return fn
def row(fmt, cat, text):
    return {"format": fmt, "label": "clean", "category": cat, "secrets": [], "text": text}

@cl
def c_sha256sum():
    files = ["run_%03d.h5" % i for i in range(1, 6)]
    t = "$ sha256sum /project/climate-ens/out/*.h5\n" + "\n".join(f"{sha256()}  /project/climate-ens/out/{f}" for f in files) + "\n$ sha256sum -c manifest.sha256 --quiet && echo verified\nverified\n"
    return row("terminal-session", "sha256_checksums", t)

@cl
def c_md5():
    t = "filename,size_bytes,md5,uploaded_by_role\n" + "\n".join(f"sample_{digits(4)}_R{r}.fastq.gz,{rint(10**8, 9*10**9)},{md5()},sequencing-core" for r in (1, 2, 1, 2, 1)) + "\n"
    return row("csv-export", "md5_digests", "# ENA submission manifest (Pune genomics)\n" + t)

@cl
def c_git_log():
    lines = "\n".join(f"{sha1()[:40]} {m}" for m in ["Merge branch 'fix/partition-limits' into 'main'", "slurm: raise MaxTime on bigmem to 7-00:00:00", "grafana: add GPU util dashboard uid", "ansible: pin lmod 8.7.37", "docs: update onboarding for Sendai users"])
    return row("git-log-output", "git_commit_shas", "$ git log --format='%H %s' -5\n" + lines + "\n")

@cl
def c_uuid_reqids():
    t = "\n".join(f'{iso()} level=info msg="request served" request_id={uid()} route=/api/v1/courses status=200 duration_ms={rint(3,300)}' for _ in range(6))
    return row("logfmt-log", "uuid_request_ids", t)

@cl
def c_orcid():
    def orcid():
        base = digits(15); total = 0
        for ch in base: total = (total + int(ch)) * 2
        r = (12 - total % 11) % 11; cd = "X" if r == 10 else str(r)
        s = base + cd; return "-".join(s[i:i+4] for i in range(0, 16, 4))
    people = [fullname(*person()[:2]) for _ in range(4)]
    t = json.dumps({"publication": f"10.5072/ald.{digits(6)}", "contributors": [{"name": p, "orcid": "https://orcid.org/" + orcid(), "role": r} for p, r in zip(people, ["Conceptualization", "Software", "Formal analysis", "Supervision"])]}, ensure_ascii=False, indent=2)
    return row("json-api-response", "orcid_ids", t)

@cl
def c_doi():
    t = "\n".join(f"[{i}] {fullname(*person()[:2])} et al. ({rint(2015,2026)}). Title withheld in export. J. Comp. Sci. {rint(1,40)}:{rint(100,999)}. https://doi.org/10.{rint(1000,9999)}/{rstr(4, LO)}.{rint(2015,2026)}.{digits(6)}" for i in range(1, 6))
    return row("bibliography-text", "dois", "References (exported from Zotero group 'HPC-Energy')\n" + t)

@cl
def c_ssh_pub():
    t = "# /home/%s/.ssh/authorized_keys\n" % username("Kofi", "Mensah") + keys.ssh_pub_ed25519("kofi@laptop") + "\n" + keys.ssh_pub_rsa("kofi@lab-ws-07") + "\n"
    return row("authorized-keys", "ssh_public_keys", t)

@cl
def c_cert():
    pem, fp = keys.cert_pem(f"jhub.hpc.{DOM}")
    t = f"$ openssl s_client -connect jhub.hpc.{DOM}:443 -showcerts </dev/null 2>/dev/null | sed -n '/BEGIN/,/END/p'\n{pem}\n# SHA256 fingerprint: {fp}\n"
    return row("openssl-output", "x509_certificate", t)

@cl
def c_csr():
    t = f"Attached CSR for grants.{DOM} (please sign with the internal issuing CA):\n\n" + keys.csr_pem(f"grants.{DOM}") + "\n\nTicket: CHG-" + digits(6)
    return row("email-plain", "certificate_signing_request", t)

@cl
def c_pub_pem():
    t = f"""// JWKS-adjacent: public verification key for diploma signatures (safe to publish)
export const DIPLOMA_VERIFY_KEY = `
{keys.pub_pem_rsa()}
`;
"""
    return row("typescript-source", "public_key_pem", t)

@cl
def c_stripe_pk():
    t = f"""<script src="https://js.stripe.com/v3/"></script>
<script>
  const stripe = Stripe('pk_live_{rstr(99, ALNUM)}');
  const elements = stripe.elements({{ locale: 'en-GB' }});
  document.getElementById('donate-form').dataset.campaign = 'ANNUAL-FUND-2026';
</script>
"""
    return row("html-fragment", "stripe_publishable_key", t)

@cl
def c_google_client_id():
    t = json.dumps({"web": {"client_id": f"{digits(12)}-{rstr(32, LO+DG)}.apps.googleusercontent.com", "project_id": "ald-open-day", "auth_uri": "https://accounts.google.com/o/oauth2/auth", "javascript_origins": ["https://openday." + DOM]}}, indent=2)
    return row("json-config", "google_oauth_client_id", "// public web client config (no secret; PKCE flow)\n" + t)

@cl
def c_azure_ids():
    t = f"""# msal config for the student app (public client)
auth:
  clientId: {uid()}
  authority: https://login.microsoftonline.com/{uid()}
  redirectUri: msauth.example.aldermoor.studentapp://auth
  knownAuthorities: []
cache:
  cacheLocation: localStorage
"""
    return row("yaml-config", "azure_public_client_ids", t)

@cl
def c_vault_refs():
    t = f"""# values-prod.yaml — secrets injected by vault-agent
podAnnotations:
  vault.hashicorp.com/agent-inject: "true"
  vault.hashicorp.com/role: "registrar-api"
  vault.hashicorp.com/agent-inject-secret-db: "kv/data/registrar/db"
env:
  DB_PASSWORD: vault:kv/data/registrar/db#password
  SMTP_PASSWORD: vault:kv/data/registrar/smtp#password
  JWT_SECRET: vault:kv/data/registrar/jwt#signing_key
"""
    return row("helm-values-yaml", "vault_references", t)

@cl
def c_gha_secrets():
    t = """name: deploy-docs
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.DOCS_AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.DOCS_AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-west-2
      - run: aws s3 sync site/ s3://docs-hpc-aldermoor --delete
        env:
          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK_DOCS }}
"""
    return row("github-actions-yaml", "ci_secret_references", t)

@cl
def c_ansible_lookup():
    t = """- name: configure slurmdbd
  hosts: slurmdbd
  vars:
    slurmdbd_storage_pass: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/hpc/slurmdbd:password') }}"
    munge_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/hpc/munge:key') | b64decode }}"
    ldap_bind_pw: "{{ vault_ldap_bind_pw }}"
  roles:
    - slurm_dbd
"""
    return row("ansible-playbook-yaml", "ansible_lookup_references", t)

@cl
def c_masked():
    t = f"""$ gitlab-ci variables list --project hpc/cluster-config
KEY                     VALUE                 PROTECTED  MASKED
AWS_ACCESS_KEY_ID       ****************      true       true
AWS_SECRET_ACCESS_KEY   ****************      true       true
BUILD_CACHE_KEY         {uid()}  false      false
SLURM_REST_URL          http://slurmrestd.hpc.{DOM}:6820  false  false
"""
    return row("cli-table", "masked_values", t)

@cl
def c_placeholders():
    t = """# Getting started with the research data API
export RDP_API_KEY=<YOUR_API_KEY>
export RDP_API_SECRET="<paste-secret-here>"
curl -H "Authorization: Bearer $RDP_API_KEY" https://rdp.aldermoor.example/api/v1/datasets
# Never commit your real key. Request one at https://rdp.aldermoor.example/keys (SSO required).
"""
    return row("markdown-docs", "placeholder_values", t)

@cl
def c_png_b64():
    import struct
    raw = b"\x89PNG\r\n\x1a\n" + bytes(__import__("os").urandom(300))
    t = json.dumps({"output_type": "display_data", "data": {"image/png": base64.b64encode(raw).decode(), "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {"needs_background": "light"}}, indent=1)
    return row("jupyter-output-json", "base64_image_data", t)

@cl
def c_build_ids():
    t = "\n".join(f"#{rint(10000,99999)}  pipeline {rint(100000,999999)}  {pick(['passed','failed','canceled'])}  main@{sha1()[:8]}  build-id {uid()}" for _ in range(6))
    return row("ci-pipeline-list", "ci_build_ids", "$ glab ci list -R hpc/modules\n" + t)

@cl
def c_sacct():
    jid = rint(4000000, 9000000)
    lines = [f"{jid+i}_{a}   gpu-a100   nlp-{digits(4)}   COMPLETED   0:0   {rint(0,23):02d}:{rint(0,59):02d}:{rint(0,59):02d}" for i, a in enumerate(range(6))]
    return row("sacct-output", "slurm_job_ids", "$ sacct -X --format=JobID,Partition,Account,State,ExitCode,Elapsed\nJobID         Partition  Account     State       ExitCode Elapsed\n" + "\n".join(lines))

@cl
def c_image_digest():
    t = f"""apiVersion: apps/v1
kind: Deployment
metadata: {{name: library-discovery, namespace: library}}
spec:
  template:
    spec:
      containers:
        - name: web
          image: harbor.ops.{DOM}/library/discovery@sha256:{sha256()}
        - name: sidecar
          image: harbor.ops.{DOM}/platform/log-shipper@sha256:{sha256()}
"""
    return row("k8s-deployment-yaml", "container_image_digests", t)

@cl
def c_external_secret():
    t = """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: alumni-crm
spec:
  refreshInterval: 1h
  secretStoreRef: {name: vault-backend, kind: ClusterSecretStore}
  target: {name: alumni-crm-credentials}
  data:
    - secretKey: HUBSPOT_TOKEN
      remoteRef: {key: kv/alumni/crm, property: token}
"""
    return row("k8s-externalsecret-yaml", "external_secret_manifest", t)

@cl
def c_tf_vars():
    t = """variable "db_password" {
  type      = string
  sensitive = true
}

data "vault_kv_secret_v2" "grants" {
  mount = "kv"
  name  = "finance/grants-db"
}

resource "azurerm_postgresql_flexible_server" "grants" {
  administrator_password = data.vault_kv_secret_v2.grants.data["password"]
  sku_name               = "GP_Standard_D2ds_v5"
}
"""
    return row("terraform-hcl", "terraform_sensitive_references", t)

@cl
def c_env_example():
    t = """# .env.example — copy to .env and fill in
DATABASE_URL=
REDIS_URL=
SENDGRID_API_KEY=
STRIPE_SECRET_KEY=sk_test_...
SESSION_SECRET=changeme
S3_BUCKET=aldermoor-dev-uploads
"""
    return row("dotenv-example", "empty_env_template", t)

@cl
def c_mapbox_pk():
    tok = "pk.eyJ1IjoiYWxkZXJtb29yLWdpcyIsImEiOiJ" + rstr(20, ALNUM) + "In0." + rstr(22, B64URL)
    t = f"""<div id="campus-map"></div>
<script>
mapboxgl.accessToken = '{tok}'; // public, URL-restricted to maps.{DOM}
const map = new mapboxgl.Map({{container: 'campus-map', style: 'mapbox://styles/mapbox/streets-v12', center: [7.8421, 47.9990], zoom: 15}});
</script>
"""
    return row("html-fragment", "mapbox_public_token", t)

@cl
def c_recaptcha_site():
    t = f"""<form action="/apply/step-2" method="post">
  <input type="hidden" name="cycle" value="2027-entry">
  <div class="g-recaptcha" data-sitekey="6L{rstr(38, B64URL)}"></div>
  <button type="submit">Continue</button>
</form>
"""
    return row("html-form", "recaptcha_site_key", t)

@cl
def c_arns():
    t = json.dumps({"Roles": [{"RoleName": "ResearchDataSync", "RoleId": "AROA" + rstr(17, UP + DG), "Arn": f"arn:aws:iam::{digits(12)}:role/ResearchDataSync", "CreateDate": iso()},
        {"RoleName": "LibraryArchiveRead", "RoleId": "AROA" + rstr(17, UP + DG), "Arn": f"arn:aws:iam::{digits(12)}:role/LibraryArchiveRead", "CreateDate": iso()}]}, indent=2)
    return row("aws-cli-json", "aws_arns_and_role_ids", "$ aws iam list-roles --max-items 2\n" + t)

@cl
def c_aws_doc_example():
    t = """## Configuring the CLI (from the vendor documentation)

The following example shows sample values. Replace them with your own values.

    $ aws configure
    AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
    AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    Default region name [None]: eu-central-1
    Default output format [None]: json

Real credentials are issued per project via the Research Cloud portal.
"""
    return row("markdown-docs", "documented_example_credentials", t)

@cl
def c_wg_pub():
    t = "$ sudo wg show wg-instruments\ninterface: wg-instruments\n  public key: %s\n  private key: (hidden)\n  listening port: 51820\n\npeer: %s\n  endpoint: vpn-instruments.fr.%s:51820\n  allowed ips: 10.77.0.0/16\n  latest handshake: 41 seconds ago\n  transfer: 1.21 GiB received, 88.40 MiB sent\n" % (keys.x25519_pair()[1], keys.x25519_pair()[1], DOM)
    return row("wg-show-output", "wireguard_public_keys", t)

@cl
def c_cert_fp():
    fp = ":".join(HEXs(2) for _ in range(32))
    t = f"""$ keytool -list -v -keystore truststore.p12 -storepass:env TS_PASS | grep -E 'Alias|SHA'
Alias name: aldermoor-root-ca-2024
	 SHA1: {":".join(HEXs(2) for _ in range(20))}
	 SHA256: {fp}
Alias name: aldermoor-issuing-ca-2
	 SHA1: {":".join(HEXs(2) for _ in range(20))}
	 SHA256: {":".join(HEXs(2) for _ in range(32))}
"""
    return row("keytool-output", "certificate_fingerprints", t)

@cl
def c_ssh_fp():
    t = "\n".join(f"256 SHA256:{b64bytes(32).rstrip('=')} root@{h} (ED25519)" for h in ["login1", "login2", "dtn1", "jhub"])
    return row("ssh-keygen-output", "ssh_host_key_fingerprints", "$ for h in login1 login2 dtn1 jhub; do ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub; done\n" + t)

@cl
def c_jwks():
    n = base64.urlsafe_b64encode(__import__("os").urandom(256)).decode().rstrip("=")
    t = json.dumps({"keys": [{"kty": "RSA", "use": "sig", "kid": hexs(16), "alg": "RS256", "n": n, "e": "AQAB"}]}, indent=2)
    return row("jwks-json", "jwks_public_key", f"GET https://sso.{DOM}/realms/aldermoor/protocol/openid-connect/certs\n" + t)

@cl
def c_sri():
    t = f"""<link rel="stylesheet" href="https://cdn.{DOM}/lib/ui-kit-3.2.1.min.css"
      integrity="sha384-{b64bytes(48)}" crossorigin="anonymous">
<script src="https://cdn.{DOM}/lib/ui-kit-3.2.1.min.js"
        integrity="sha384-{b64bytes(48)}" crossorigin="anonymous"></script>
"""
    return row("html-fragment", "subresource_integrity_hashes", t)

@cl
def c_npm_integrity():
    pk = {"name": "@aldermoor/timetable-widget", "lockfileVersion": 3, "packages": {
        "node_modules/date-fns": {"version": "3.6.0", "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz", "integrity": "sha512-" + b64bytes(64)},
        "node_modules/zod": {"version": "3.23.8", "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", "integrity": "sha512-" + b64bytes(64)}}}
    return row("package-lock-json", "npm_integrity_hashes", json.dumps(pk, indent=2))

@cl
def c_docker_layers():
    t = "$ docker pull harbor.ops.%s/hpc/rstudio:4.4.2\n" % DOM + "\n".join(f"{hexs(12)}: Pull complete" for _ in range(6)) + f"\nDigest: sha256:{sha256()}\nStatus: Downloaded newer image\n"
    return row("docker-cli-output", "docker_layer_ids", t)

@cl
def c_k8s_uid():
    t = f"""metadata:
  name: jupyter-{username('Hao','Chen')}
  namespace: jhub
  uid: {uid()}
  resourceVersion: "{rint(10**7, 10**8)}"
  creationTimestamp: "{iso()}"
  ownerReferences:
  - apiVersion: v1
    kind: Service
    name: hub
    uid: {uid()}
"""
    return row("k8s-object-yaml", "kubernetes_uids", t)

@cl
def c_lfs_pointer():
    t = f"""$ git show HEAD:models/segmenter.ckpt
version https://git-lfs.github.com/spec/v1
oid sha256:{sha256()}
size {rint(10**8, 10**9)}
$ git lfs ls-files | head -2
{hexs(10)} * models/segmenter.ckpt
{hexs(10)} * data/sample_tiles.tar
"""
    return row("git-lfs-output", "git_lfs_pointer", t)

@cl
def c_tfstate():
    t = json.dumps({"version": 4, "terraform_version": "1.9.8", "serial": rint(10, 400), "lineage": uid(), "outputs": {"bucket_arn": {"value": "arn:aws:s3:::aldermoor-imaging-cold", "type": "string"}, "db_password": {"value": "(sensitive)", "type": "string", "sensitive": True}}, "resources": []}, indent=2)
    return row("terraform-state-json", "terraform_state_lineage", t)

@cl
def c_jupyter_kernels():
    t = json.dumps([{"id": uid(), "name": "python3", "last_activity": iso(), "execution_state": "idle", "connections": 1} for _ in range(3)], indent=1)
    return row("jupyter-api-json", "jupyter_kernel_ids", f"GET /user/{username('Isla','Holm')}/api/kernels -> 200\n" + t)

@cl
def c_vault_policy():
    t = """# policy: hpc-ansible-read
path "kv/data/hpc/*" {
  capabilities = ["read", "list"]
}
path "kv/metadata/hpc/*" {
  capabilities = ["list"]
}
path "auth/token/renew-self" {
  capabilities = ["update"]
}
"""
    return row("vault-policy-hcl", "vault_policy_no_secrets", t)

@cl
def c_hub_signature():
    t = f"""POST /hooks/gitlab-mirror HTTP/1.1
Host: ci-bridge.ops.{DOM}
X-GitHub-Event: push
X-GitHub-Delivery: {uid()}
X-Hub-Signature-256: sha256={hashlib.sha256(__import__('os').urandom(16)).hexdigest()}
Content-Type: application/json

{{"ref":"refs/heads/main","after":"{sha1()}","repository":{{"full_name":"aldermoor-hpc/modules"}}}}
"""
    return row("http-request", "webhook_hmac_signature", t)

@cl
def c_s3_etag():
    t = "\n".join(f'{iso()}  {rint(10**6, 10**10):>12}  "{md5()}-{rint(2,90)}"  scans/2026/MS-{digits(4)}.tif' for _ in range(5))
    return row("s3-listing", "s3_etags", "$ aws s3api list-objects-v2 --bucket ald-lib-scans --query 'Contents[].[LastModified,Size,ETag,Key]' --output text\n" + t)

@cl
def c_configmap_binary():
    t = f"""apiVersion: v1
kind: ConfigMap
metadata: {{name: kiosk-assets, namespace: library}}
binaryData:
  logo.ico: {b64bytes(180)}
data:
  kiosk.conf: |
    idle_timeout=300
    home=https://library.{DOM}/kiosk
"""
    return row("k8s-configmap-yaml", "configmap_binary_data", t)

@cl
def c_wandb_run():
    t = f"""wandb: Tracking run with wandb version 0.18.5
wandb: Run data is saved locally in /scratch/{username('Ren','Watanabe')}/wandb/run-20261119_031544-{rstr(8, LO+DG)}
wandb: Syncing run {rstr(8, LO+DG)}
wandb: ⭐️ View project at https://wandb.ai/ald-vision-lab/seg-cryoet
wandb: 🚀 View run at https://wandb.ai/ald-vision-lab/seg-cryoet/runs/{rstr(8, LO+DG)}
seed=20261119 config_hash={hexs(16)}
"""
    return row("training-stdout", "experiment_run_ids", t)

@cl
def c_cloudinit_pubkey():
    t = f"""#cloud-config
users:
  - name: {username('Nour','Khalil')}
    ssh_authorized_keys:
      - {keys.ssh_pub_ed25519('nour@fieldlaptop')}
    sudo: ALL=(ALL) NOPASSWD:ALL
    lock_passwd: true
"""
    return row("cloud-init-yaml", "cloud_init_public_key", t)

@cl
def c_gpg_fpr():
    t = f"""$ gpg --list-keys --fingerprint releases@{DOM}
pub   ed25519 2025-03-01 [SC] [expires: 2027-03-01]
      {' '.join(HEXs(4) for _ in range(10))}
uid           [ultimate] Aldermoor HPC Release Signing
sub   cv25519 2025-03-01 [E] [expires: 2027-03-01]
"""
    return row("gpg-output", "pgp_key_fingerprint", t)

@cl
def c_ldap_pubkey():
    f, l, _ = person("jp"); u = username(f, l)
    t = f"""dn: uid={u},ou=people,dc=aldermoor,dc=example
objectClass: inetOrgPerson
objectClass: ldapPublicKey
uid: {u}
cn: {f} {l}
uidNumber: {rint(20000,60000)}
sshPublicKey: {keys.ssh_pub_ed25519(u + '@sdj')}
loginShell: /bin/bash
"""
    return row("ldif", "ldap_ssh_public_key", t)

@cl
def c_klist():
    u = username("Agnieszka", "Nowak")
    t = f"""$ klist
Ticket cache: KEYRING:persistent:{rint(20000,60000)}:krb_ccache_{rstr(7, ALNUM)}
Default principal: {u}@HPC.ALDERMOOR.EXAMPLE

Valid starting       Expires              Service principal
11/24/2026 08:12:41  11/24/2026 18:12:41  krbtgt/HPC.ALDERMOOR.EXAMPLE@HPC.ALDERMOOR.EXAMPLE
	renew until 12/01/2026 08:12:41
11/24/2026 08:13:02  11/24/2026 18:12:41  nfs/nas01.hpc.aldermoor.example@HPC.ALDERMOOR.EXAMPLE
"""
    return row("klist-output", "kerberos_ticket_listing", t)

@cl
def c_vault_status():
    t = f"""$ vault status
Key                     Value
---                     -----
Seal Type               shamir
Initialized             true
Sealed                  false
Total Shares            5
Threshold               3
Version                 1.17.6
Cluster Name            vault-cluster-{hexs(8)}
Cluster ID              {uid()}
HA Enabled              true
Raft Committed Index    {rint(100000,999999)}
"""
    return row("vault-cli-output", "vault_status_ids", t)

@cl
def c_tf_plan():
    t = """Terraform will perform the following actions:

  # vault_kv_secret_v2.grafana will be updated in-place
  ~ resource "vault_kv_secret_v2" "grafana" {
      ~ data_json = (sensitive value)
        id        = "kv/data/monitoring/grafana"
        name      = "monitoring/grafana"
    }

  # random_password.jhub_cookie will be created
  + resource "random_password" "jhub_cookie" {
      + length = 64
      + result = (sensitive value)
    }

Plan: 1 to add, 1 to change, 0 to destroy.
"""
    return row("terraform-plan-output", "terraform_sensitive_redaction", t)

@cl
def c_helm_existing():
    t = """postgresql:
  auth:
    existingSecret: registrar-pg-credentials
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
redis:
  auth:
    existingSecret: registrar-redis
    existingSecretPasswordKey: redis-password
"""
    return row("helm-values-yaml", "existing_secret_references", t)

@cl
def c_gitlab_masked_log():
    t = f"""$ echo "Deploying with token $DEPLOY_TOKEN"
Deploying with token [MASKED]
$ curl --header "PRIVATE-TOKEN: [MASKED]" https://gitlab.{DOM}/api/v4/projects/{rint(100,999)}/releases
{{"tag_name":"v3.1.0","commit":{{"id":"{sha1()}"}}}}
Job succeeded
"""
    return row("gitlab-ci-log", "ci_masked_output", t)

@cl
def c_flexlm():
    t = f"""SERVER lic-matlab.{DOM} {hexs(12)} 27000
DAEMON MLM port=27001
# license file header, features listed by lmstat:
$ lmutil lmstat -a -c 27000@lic-matlab.{DOM} | grep "Users of"
Users of MATLAB:  (Total of 200 licenses issued;  Total of {rint(20,199)} licenses in use)
Users of Parallel_Toolbox:  (Total of 50 licenses issued;  Total of {rint(0,49)} licenses in use)
"""
    return row("flexlm-license", "license_server_hostid", t)

@cl
def c_ansible_vault_blob():
    t = "$ cat group_vars/all/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(8)) + "\n"
    return row("ansible-vault-file", "ansible_vault_ciphertext", t)

@cl
def c_truncated_keys():
    t = f"""API keys for project "library-discovery"
NAME              PREFIX         LAST4   CREATED      LAST USED
catalogue-sync    sk_live_…      {rstr(4, ALNUM)}    2026-03-02   2026-11-28
search-indexer    rdp_…          {rstr(4, ALNUM)}    2026-05-19   never
(full keys are only shown once at creation)
"""
    return row("dashboard-table-text", "truncated_key_display", t)

@cl
def c_known_hosts():
    t = "\n".join(f"|1|{b64bytes(20)}|{b64bytes(20)} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64bytes(32)[:43]}" for _ in range(3))
    return row("known-hosts", "hashed_known_hosts", "$ tail -3 ~/.ssh/known_hosts\n" + t)

@cl
def c_conda_lock():
    t = "\n".join(f"""  - name: {n}
    version: {v}
    manager: conda
    url: https://conda.anaconda.org/conda-forge/linux-64/{n}-{v}-h{hexs(7)}_0.conda
    hash:
      md5: {md5()}
      sha256: {sha256()}""" for n, v in [("numpy", "2.1.3"), ("xarray", "2024.10.0")])
    return row("conda-lock-yaml", "package_hashes", "package:\n" + t + "\n")

@cl
def c_grafana_uid():
    t = json.dumps({"dashboard": {"uid": rstr(14, ALNUM), "title": "Slurm – GPU utilisation", "version": rint(5, 60), "panels": [{"id": 2, "type": "timeseries", "datasource": {"type": "prometheus", "uid": rstr(9, ALNUM)}}]}, "meta": {"folderUid": rstr(14, ALNUM), "url": "/d/x/slurm-gpu"}}, indent=1)
    return row("grafana-api-json", "grafana_dashboard_uids", t)

@cl
def c_azure_resource_id():
    t = f"""$ az resource list -g rg-admissions-prod-uks --query "[].id" -o tsv
/subscriptions/{uid()}/resourceGroups/rg-admissions-prod-uks/providers/Microsoft.Web/sites/admissions-portal
/subscriptions/{uid()}/resourceGroups/rg-admissions-prod-uks/providers/Microsoft.KeyVault/vaults/kv-admissions-uks
/subscriptions/{uid()}/resourceGroups/rg-admissions-prod-uks/providers/Microsoft.Storage/storageAccounts/admuploads{digits(3)}
"""
    return row("azure-cli-output", "azure_resource_ids", t)

@cl
def c_pwd_policy():
    t = """IT Helpdesk KB-0142: Password requirements
- Minimum 14 characters; passphrases encouraged.
- Must not contain your username or student ID.
- Service accounts use 32+ character random passwords stored in Vault, never in tickets.
- If you shared a password by e-mail, reset it at https://passwords.aldermoor.example immediately.
"""
    return row("kb-article-text", "password_policy_text", t)

@cl
def c_content_addressed():
    t = "\n".join(f"/archive/cas/{h[:2]}/{h[2:4]}/{h}" for h in [sha256() for _ in range(5)])
    return row("find-output", "content_addressed_paths", "$ find /archive/cas -type f -newer /tmp/marker | head -5\n" + t)

@cl
def c_pip_git():
    t = f"""numpy==2.1.3
torch==2.5.1+cu124
cryoet-tools @ git+https://gitlab.{DOM}/vision/cryoet-tools.git@{sha1()}
segmenter @ git+https://gitlab.{DOM}/vision/segmenter.git@{sha1()}
"""
    return row("requirements-txt", "pinned_git_shas", "# requirements.lock\n" + t)
