"""Clean (non-secret look-alike) rows for secrets.jsonl. Each row a different look-alike kind."""
import json, sys, os, hashlib, base64, string
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from gen_secrets import pub_rsa_pem, ssh_pub, self_signed_cert, ts, H, INS
from cryptography.hazmat.primitives.asymmetric import rsa, ec

CLEAN = []
def c(fmt, cat, text):
    CLEAN.append({"format": fmt, "label": "clean", "category": cat, "secrets": [], "text": text})
def sha(n=64): return hexs(n)
def npi():
    base = "9" + digits(8) if False else R.choice("12") + digits(8)
    return base + luhn_digit("80840" + base)
def dicom_uid(): return "1.2.840.113619.2." + ".".join(str(R.randint(1, 99999)) for _ in range(5)) + "." + digits(10, True)

c("shell:sha256sum", "sha256_file_digest", "$ sha256sum exports/*.x12\n" + "\n".join(f"{sha()}  exports/835_{d}.x12" for d in ["20261201", "20261202", "20261203", "20261204"]) + "\n")
c("log:dicom_transfer", "md5_checksum", "\n".join(f"{ts()} C-STORE SCU -> PACS-ARCH study {dicom_uid()} md5={sha(32)} size={R.randint(200000,9000000)} status=0000" for _ in range(3)))
c("shell:git_log", "git_commit_sha", "$ git log --format='%H %an %s' -4\n" + "\n".join(f"{sha(40)} {n} {m}" for n, m in [("Priya Raman", "fix PID-3 repetition parsing"), ("Lukas Berger", "bump hapi-fhir to 7.4.2"), ("Sofia Greco", "ORU OBX-5 NM/ST handling"), ("Mehmet Yilmaz", "ci: cache maven repo")]) + "\n")
c("shell:kubectl_get_pods", "container_image_digest", "$ kubectl -n imaging get pods -o jsonpath='{..imageID}' | tr ' ' '\\n'\n" + "\n".join(f"registry.{H}/imaging/{n}@sha256:{sha()}" for n in ["dicom-router", "wado-rs", "orthanc-proxy"]) + "\n")
c("log:api_gateway", "uuid_correlation_ids", "\n".join(f'{ts()} method=GET path=/fhir/r4/Coverage/{uid()} status=200 x-correlation-id={uid()} dur_ms={R.randint(8,400)}' for _ in range(4)))
c("json:fhir_identifier_oids", "oid_identifier_systems", json.dumps({"resourceType": "Patient", "id": digits(7), "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.1", "value": "redacted"}, {"system": "urn:oid:2.16.840.1.113883.3." + digits(4) + ".1.2", "value": "NMH" + digits(8)}, {"system": "urn:oid:1.2.276.0.76.4.8", "value": "X" + digits(9)}]}, indent=2))
c("dicom:header_dump", "dicom_uids", f"""(0008,0016) UI =CTImageStorage
(0008,0018) UI [{dicom_uid()}]   # SOPInstanceUID
(0020,000d) UI [{dicom_uid()}]   # StudyInstanceUID
(0020,000e) UI [{dicom_uid()}]   # SeriesInstanceUID
(0008,0050) SH [ACC{digits(8)}]  # AccessionNumber
(0002,0010) UI =LittleEndianExplicit
""")
c("json:nppes_lookup", "npi_numbers", json.dumps({"result_count": 3, "results": [{"number": npi(), "enumeration_type": t, "basic": {"name": n}} for t, n in [("NPI-1", "OKAFOR, CHIDI MD"), ("NPI-2", "NORTHMOOR HEALTH PARTNERS"), ("NPI-1", "LINDGREN, ASTRID NP")]]}, indent=2))
c("x12:835", "claim_control_numbers", "ST*835*0001~\nBPR*I*1840.22*C*ACH*CCP*01*" + digits(9) + "*DA*" + "XXXXXX" + digits(4) + "*1" + digits(9) + "**01*" + digits(9) + "*DA*XXXX" + digits(4) + "*20261205~\nTRN*1*" + digits(10) + "*1" + digits(9) + "~\n" + "".join(f"CLP*{digits(14)}*1*{R.randint(100,900)}.00*{R.randint(50,500)}.00**12*{digits(13)}*11*1~\nCAS*CO*45*{R.randint(10,99)}.00~\n" for _ in range(3)) + "SE*12*0001~\n")
c("shell:cat_file", "rsa_public_key_pem", "$ cat keys/payer-jwt-verify.pub\n" + pub_rsa_pem() + "\n")
c("shell:openssl_x509", "x509_certificate_pem", "$ cat /etc/ssl/fhir-gw.crt\n" + self_signed_cert() + "\n")
c("ssh:authorized_keys", "ssh_public_keys", "# ~/.ssh/authorized_keys on sftp-edi-01\n" + "\n".join(ssh_pub() + f" {u}@{H}" for u in ["mkowalski", "asato", "deploy"]) + "\n")
def jwks():
    k = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key().public_numbers()
    n = base64.urlsafe_b64encode(k.n.to_bytes(256, "big")).decode().rstrip("=")
    return {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS384", "kid": hexs(16), "n": n, "e": "AQAB"}]}
c("json:jwks_public", "jwks_public_keys", "GET https://auth." + H + "/.well-known/jwks.json\n" + json.dumps(jwks(), indent=2))
c("html:checkout_page", "stripe_publishable_key", f"""<script src="https://js.stripe.com/v3/"></script>
<script>
  // copay checkout — publishable key is safe to expose in the browser
  const stripe = Stripe('pk_live_51{rs(97)}');
  const elements = stripe.elements({{ locale: 'es' }});
</script>
""")
c("json:azure_ad_app_manifest", "azure_public_client_ids", json.dumps({"appId": uid(), "tenantId": uid(), "displayName": "NMH Nurse Mobile", "publicClient": True, "signInAudience": "AzureADMyOrg", "replyUrls": ["msauth.example.northmoor.nurse://auth"], "requiredResourceAccess": [{"resourceAppId": "00000003-0000-0000-c000-000000000000"}]}, indent=2))
c("javascript:spa_config", "google_oauth_client_id", f"""// public SPA config for the appointment booking widget
window.NMH_BOOKING = {{
  googleClientId: '{digits(12,True)}-{rs(32, string.ascii_lowercase+string.digits)}.apps.googleusercontent.com',
  recaptchaSiteKey: '6L{rs(38, ALNUM + "-_")}',
  apiBase: 'https://book.{H}/api'
}};
""")
c("json:app_service_settings", "key_vault_reference", json.dumps([{"name": "ConnectionStrings__Billing", "value": "@Microsoft.KeyVault(SecretUri=https://kv-nmh-billing-prod.vault.azure.net/secrets/billing-sql-conn/)", "slotSetting": False}, {"name": "Stripe__SecretKey", "value": "@Microsoft.KeyVault(VaultName=kv-nmh-billing-prod;SecretName=stripe-sk)", "slotSetting": False}], indent=2))
c("json:ecs_task_definition", "aws_secrets_manager_arn_reference", json.dumps({"family": "eligibility-270", "containerDefinitions": [{"name": "app", "image": f"{digits(12,True)}.dkr.ecr.eu-west-1.amazonaws.com/eligibility:4.2.1", "secrets": [{"name": "DB_PASSWORD", "valueFrom": f"arn:aws:secretsmanager:eu-west-1:{digits(12,True)}:secret:prod/eligibility/db-{rs(6)}"}, {"name": "CLEARINGHOUSE_KEY", "valueFrom": f"arn:aws:ssm:eu-west-1:{digits(12,True)}:parameter/prod/clearinghouse/api-key"}]}]}, indent=2))
c("yaml:kubernetes_deployment", "kubernetes_secret_key_ref", f"""apiVersion: apps/v1
kind: Deployment
metadata: {{ name: lab-results-api, namespace: lab }}
spec:
  template:
    spec:
      containers:
      - name: api
        image: registry.{H}/lab/results-api:2.8.0
        env:
        - name: DB_PASSWORD
          valueFrom: {{ secretKeyRef: {{ name: lab-results-db, key: password }} }}
        - name: HL7_MLLP_PASSWORD
          valueFrom: {{ secretKeyRef: {{ name: mllp-auth, key: password }} }}
""")
c("properties:spring_vault", "vault_path_reference", f"""spring.cloud.vault.uri=https://vault.{H}:8200
spring.cloud.vault.authentication=KUBERNETES
spring.datasource.password=${{vault:secret/data/claims/db#password}}
payer.api.key=${{vault:kv/payer/calderon#api_key}}
""")
c("console:ehr_admin", "masked_credentials", f"""EHR Admin Console > Interfaces > Outbound > LAB_RESULTS_PAYER
  Host ............ mllp.{INS}:6661
  Username ........ NMH_LAB_FEED
  Password ........ ****************
  API key ......... sk_live_****************************4f2a
  Last rotated .... 2026-11-14 by admin.jbrennan
""")
c("markdown:readme", "placeholder_values", f"""## Local setup

Copy `.env.example` to `.env` and fill in:

```
FHIR_CLIENT_ID=<YOUR_CLIENT_ID>
FHIR_CLIENT_SECRET=<YOUR_CLIENT_SECRET>
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
DATABASE_URL=postgresql://user:password@localhost:5432/dev
```
Never commit real values; production values live in Key Vault.
""")
c("yaml:docker_compose", "env_var_interpolation", f"""services:
  claims-api:
    image: registry.{H}/claims/api:${{TAG:-latest}}
    environment:
      DB_PASSWORD: ${{CLAIMS_DB_PASSWORD:?required}}
      JWT_SECRET: ${{JWT_SECRET}}
      SENDGRID_API_KEY: ${{SENDGRID_API_KEY}}
""")
pdf = base64.b64encode(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /MediaBox [0 0 612 792] >> endobj\n" + secrets.token_bytes(240)).decode()
c("hl7v2:oru_r01", "base64_embedded_document", f"MSH|^~\\&|PATHLAB|NMH|EHR|NMH|20261207101522||ORU^R01|{digits(10)}|P|2.5.1\rPID|1||{digits(8)}^^^NMH^MR||DOE^ANON||19700101|U\rOBR|1|{digits(8)}|{digits(8)}|88305^Surgical pathology^CPT\rOBX|1|ED|PDF^Pathology Report||^application^pdf^Base64^{pdf}||||||F\r")
c("ci_log:azure_devops", "build_ids", f"""##[section]Starting: Build nmh-integration/hl7-router
Build number : 20261207.{R.randint(1,9)}
Build id     : {digits(6,True)}
Agent        : nmh-linux-{R.randint(1,9)} (pool: Default)
Source       : refs/heads/main @ {hexs(40)}
Artifact     : drop-{digits(6,True)} (sha256:{hexs(64)})
##[section]Finishing: Build
""")
c("json:azure_resource_ids", "azure_resource_ids", json.dumps({"value": [{"id": f"/subscriptions/{uid()}/resourceGroups/rg-nmh-ehr-prod/providers/Microsoft.Sql/servers/nmh-ehr-sql/databases/{n}", "sku": "GP_Gen5_8"} for n in ["ehrdb", "ehraudit"]]}, indent=2))
c("shell:aws_sts_get_caller_identity", "aws_account_and_arn", "$ aws sts get-caller-identity\n" + json.dumps({"UserId": "AIDA" + rs(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "Account": digits(12, True), "Arn": "arn:aws:iam::" + digits(12, True) + ":user/ci-claims-archive"}, indent=2))
c("markdown:runbook", "documented_example_key", """### Testing the S3 upload locally

Use the AWS documentation example credentials with LocalStack (they are not real):

```
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
aws --endpoint-url http://localhost:4566 s3 ls
```
""")
c("azure_cli:certificate_list", "certificate_thumbprints", "$ az webapp config ssl list -g rg-nmh-portal -o table\n" + "Name                 Thumbprint                                Expiration\n" + "\n".join(f"{n:<20} {hexs(40).upper()}  2027-0{R.randint(1,9)}-1{R.randint(0,9)}" for n in ["portal-nmh", "members-cmh", "fhir-gw"]) + "\n")
cert_b64 = "".join(self_signed_cert().splitlines()[1:-1])
c("xml:saml_metadata", "saml_idp_metadata_certificate", f"""<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sso.{H}/idp">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>{cert_b64}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></KeyDescriptor>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sso.{H}/idp/sso"/>
  </IDPSSODescriptor>
</EntityDescriptor>
""")
c("http:webhook_delivery", "hmac_signature_header", f"""POST /hooks/github HTTP/1.1
Host: ci.{H}
X-GitHub-Event: push
X-GitHub-Delivery: {uid()}
X-Hub-Signature-256: sha256={hexs(64)}
Content-Type: application/json

{{"ref":"refs/heads/main","after":"{hexs(40)}"}}
""")
c("log:oauth_authorize", "pkce_code_challenge", f"""{ts()} GET /oauth2/authorize?response_type=code&client_id=patient-app&redirect_uri=https%3A%2F%2Fapp.{H}%2Fcb&scope=launch%2Fpatient%20patient%2F*.read&state={rs(22)}&code_challenge={b64(32, url=True, pad=False)}&code_challenge_method=S256&aud=https%3A%2F%2Ffhir.{H}%2Fr4 302
""")
c("html:script_tags", "subresource_integrity_hash", f"""<link rel="stylesheet" href="https://cdn.{H}/portal/app.css" integrity="sha384-{b64(48)}" crossorigin="anonymous">
<script src="https://cdn.{H}/portal/app.js" integrity="sha384-{b64(48)}" crossorigin="anonymous"></script>
""")
c("shell:gpg_list_keys", "pgp_key_fingerprint", f"""$ gpg --list-keys edi-signing@{INS}
pub   rsa4096 2025-03-02 [SC] [expires: 2027-03-02]
      {hexs(40).upper()}
uid           [ full ] Calderon Mutual EDI Signing <edi-signing@{INS}>
sub   rsa4096 2025-03-02 [E] [expires: 2027-03-02]
""")
c("javascript:client_config", "launchdarkly_client_side_id", f"""// browser bundle config — client-side ID is public by design
export const ldConfig = {{ clientSideID: '{hexs(24)}', bootstrap: 'localStorage', streaming: true }};
""")
c("log:storage_access", "blob_url_without_sas", f"""{ts()} INFO export written to https://nmhexport07.blob.core.windows.net/claims-outbound/2026/12/837P_{digits(8)}.x12 (etag "0x8DD{hexs(12).upper()}")
{ts()} INFO access is via managed identity {uid()}; no SAS generated
""")
c("http:response_headers", "etag_and_request_ids", f"""HTTP/1.1 200 OK
ETag: W/"{hexs(32)}"
x-ms-request-id: {uid()}
x-amz-request-id: {rs(16, string.ascii_uppercase + string.digits)}
x-amz-id-2: {b64(57)}
Last-Modified: Mon, 07 Dec 2026 09:12:44 GMT
""")
c("yaml:helm_values", "existing_secret_reference", f"""postgresql:
  auth:
    existingSecret: claims-pg-credentials
    secretKeys: {{ adminPasswordKey: postgres-password, userPasswordKey: password }}
mirth:
  keystore:
    existingSecret: mirth-keystore
""")
c("log:audit", "redacted_values", f"""{ts()} AUDIT user=admin.fkaya action=UPDATE target=interface/RX_NCPDP field=password old=[REDACTED] new=[REDACTED]
{ts()} AUDIT user=admin.fkaya action=UPDATE target=interface/RX_NCPDP field=api_key old=[REDACTED] new=[REDACTED]
""")
c("x12:270", "x12_isa_blank_security", f"ISA*00*          *00*          *ZZ*NMHELIG        *ZZ*CALDERONMUT    *261207*0905*^*00501*{digits(9)}*0*P*:~\nGS*HS*NMHELIG*CALDERONMUT*20261207*0905*{digits(4)}*X*005010X279A1~\nST*270*0001*005010X279A1~\nBHT*0022*13*{digits(10)}*20261207*0905~\nHL*1**20*1~\nNM1*PR*2*CALDERON MUTUAL*****PI*CMH0001~\nSE*6*0001~\n")
c("hl7v2:adt_a08", "hl7_message_control_ids", f"MSH|^~\\&|ADT|NMH-DUB|EHR|NMH|20261207083011||ADT^A08^ADT_A01|{digits(20)}|P|2.5.1\rEVN|A08|20261207083011\rPID|1||{digits(8)}^^^NMH^MR||MURPHY^ANON||19880101|U\rPV1|1|I|W7B^12^A^NMH-DUB||||||||||||||||{digits(10)}\r")
c("xml:mirth_channel_export", "mirth_config_map_reference", f"""<connector><name>SFTP to clearinghouse</name>
  <properties class="com.mirth.connect.connectors.file.FileDispatcherProperties">
    <host>${{clearinghouse.sftp.host}}</host>
    <username>${{clearinghouse.sftp.user}}</username>
    <password>${{clearinghouse.sftp.password}}</password>
    <outputPattern>NMH_837_${{DATE}}.x12</outputPattern>
  </properties></connector>
""")
c("csv:device_fleet", "device_serials_and_lot_numbers", "asset_tag,model,serial,firmware,lot\n" + "\n".join(f"NMH-{digits(6)},Infusomat Space,{rs(3,string.ascii_uppercase)}{digits(8)},{R.randint(10,19)}.{R.randint(0,9)}.{R.randint(0,9)},L{digits(6)}" for _ in range(4)) + "\n")
c("hcl:terraform_lock", "terraform_lock_hashes", f"""provider "registry.terraform.io/hashicorp/azurerm" {{
  version     = "4.12.0"
  constraints = "~> 4.12"
  hashes = [
    "h1:{b64(32)}",
    "zh:{hexs(64)}",
    "zh:{hexs(64)}",
  ]
}}
""")
c("json:package_lock", "npm_integrity_sha512", json.dumps({"node_modules/fhir-kit-client": {"version": "1.9.2", "resolved": "https://registry.npmjs.org/fhir-kit-client/-/fhir-kit-client-1.9.2.tgz", "integrity": "sha512-" + b64(64)}}, indent=2))
c("text:go_sum", "go_sum_hashes", "\n".join(f"github.com/{m} {v} h1:{b64(32)}" for m, v in [("google/fhir/go", "v0.7.4"), ("jackc/pgx/v5", "v5.7.1"), ("segmentio/kafka-go", "v0.4.47")]) + "\n")
c("yaml:kubeconfig_cluster_only", "certificate_authority_data", f"""apiVersion: v1
kind: Config
clusters:
- name: aks-nmh-prod
  cluster:
    certificate-authority-data: {base64.b64encode(self_signed_cert().encode()).decode()}
    server: https://aks-nmh-prod-{hexs(8)}.hcp.westeurope.azmk8s.io:443
users:
- name: clusterUser_aks
  user: {{ exec: {{ command: kubelogin, args: [get-token, --login, azurecli] }} }}
""")
c("log:windows_security", "windows_sids", f"""An account was successfully logged on.
Subject: Security ID: S-1-5-18
New Logon: Security ID: S-1-5-21-{digits(10,True)}-{digits(10,True)}-{digits(9,True)}-{R.randint(1000,99999)}
  Account Name: nmh\\t.oconnell   Logon GUID: {{{uid()}}}
""")
c("powershell:bitlocker_status", "bitlocker_key_protector_id", f"""PS C:\\> (Get-BitLockerVolume -MountPoint C:).KeyProtector | Format-List KeyProtectorId,KeyProtectorType
KeyProtectorId   : {{{uid().upper()}}}
KeyProtectorType : Tpm
KeyProtectorId   : {{{uid().upper()}}}
KeyProtectorType : RecoveryPassword   (value escrowed to Entra ID; not shown)
""")
c("json:twilio_message_log", "twilio_sids_without_token", json.dumps({"sid": "SM" + hexs(32), "account_sid": "AC" + hexs(32), "messaging_service_sid": "MG" + hexs(32), "status": "delivered", "body": "Reminder: your appointment is tomorrow at 09:30. Reply C to confirm."}, indent=2))
c("json:azure_devops_pat_list", "pat_metadata_listing", json.dumps({"patTokens": [{"displayName": "hl7-router-feed", "authorizationId": uid(), "scope": "vso.packaging", "validTo": ts(), "token": None}, {"displayName": "release-bot", "authorizationId": uid(), "scope": "vso.build_execute", "validTo": ts(), "token": None}]}, indent=2))
c("log:otel_traces", "w3c_trace_ids", "\n".join(f"{ts()} traceparent=00-{hexs(32)}-{hexs(16)}-01 span=claims.adjudicate dur={R.randint(3,900)}ms" for _ in range(4)))
c("json:smart_configuration", "smart_well_known_configuration", json.dumps({"issuer": f"https://auth.{H}", "authorization_endpoint": f"https://auth.{H}/oauth2/authorize", "token_endpoint": f"https://auth.{H}/oauth2/token", "token_endpoint_auth_methods_supported": ["private_key_jwt", "client_secret_basic"], "code_challenge_methods_supported": ["S256"], "capabilities": ["launch-ehr", "client-confidential-asymmetric", "permission-v2"]}, indent=2))
def pubjwk():
    k = ec.generate_private_key(ec.SECP384R1()).public_key().public_numbers()
    f = lambda v: base64.urlsafe_b64encode(v.to_bytes(48, "big")).decode().rstrip("=")
    return {"kty": "EC", "crv": "P-384", "kid": hexs(16), "use": "sig", "alg": "ES384", "x": f(k.x), "y": f(k.y)}
c("json:ec_public_jwk", "ec_public_jwk_registration", "Backend client registration (public key only):\n" + json.dumps({"client_name": "Calderon Mutual bulk export", "jwks": {"keys": [pubjwk()]}}, indent=2))
c("json:web_push_config", "vapid_public_key", json.dumps({"webPush": {"vapidPublicKey": base64.urlsafe_b64encode(b"\x04" + secrets.token_bytes(64)).decode().rstrip("="), "subject": f"mailto:portal-notify@{H}"}}, indent=2).replace(f"mailto:portal-notify@{H}", f"https://portal.{H}/contact"))
c("csv:pseudonymisation_output", "pseudonymised_hash_ids", "pseudo_id,age_band,icd10,los_days\n" + "\n".join(f"{hexs(64)},{R.choice(['40-49','60-69','70-79'])},{R.choice(['I21.4','J18.9','N39.0'])},{R.randint(1,14)}" for _ in range(4)) + "\n")
c("json:sonarqube_analysis", "analysis_ids", json.dumps({"task": {"id": rs(20, ALNUM + "-_"), "type": "REPORT", "componentKey": "nmh_claims-edi-parser", "analysisId": rs(20, ALNUM + "-_"), "status": "SUCCESS", "submittedAt": ts()}}, indent=2))
c("text:cve_patch_report", "cve_and_kb_ids", f"""Patch compliance — clinical workstations (week 49)
CVE-2026-{digits(5,True)}  KB50{digits(5)}  installed 412/430
CVE-2026-{digits(5,True)}  KB50{digits(5)}  installed 398/430
Image sha1: {hexs(40)}  MDM policy id: {uid()}
""")
c("log:tls_handshake", "ja3_fingerprints", "\n".join(f"{ts()} tls client_hello sni=fhir.{H} ja3={hexs(32)} ja3s={hexs(32)} cipher=TLS_AES_256_GCM_SHA384" for _ in range(3)))
c("json:acme_account", "acme_account_thumbprint", json.dumps({"account": f"https://acme-v02.api.letsencrypt.org/acme/acct/{digits(10,True)}", "jwkThumbprint": b64(32, url=True, pad=False), "contact": ["ops-certs (see DL)"], "status": "valid"}, indent=2))
c("yaml:openapi_spec", "api_security_scheme_definitions", f"""openapi: 3.0.3
info: {{ title: Calderon Mutual Eligibility API, version: 2.3.0 }}
components:
  securitySchemes:
    apiKey: {{ type: apiKey, in: header, name: X-API-Key }}
    oauth: {{ type: oauth2, flows: {{ clientCredentials: {{ tokenUrl: https://auth.{INS}/oauth2/token, scopes: {{ eligibility.read: read }} }} }} }}
""")
c("text:dicom_ae_config", "dicom_ae_titles_and_ports", f"""# dcm4chee AE configuration export
AE_TITLE=NMH_PACS_ARCH  HOST=pacs-arch.{H}  PORT=11112  TLS=yes
AE_TITLE=NMH_CT_03      HOST=ct03.imaging.{H} PORT=104
AE_TITLE=CMH_REVIEW     HOST=review.{INS} PORT=2762 TLS=yes
Cipher: TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 ; storage commitment: enabled
""")
CLEAN = CLEAN[:60]
assert len(set(r["category"] for r in CLEAN)) == 60
