"""Clean rows for secrets.jsonl: 60 different kinds of look-alikes.  Each returns (format, category, text)."""
from common import *
from gen_secrets import DOM, NET, ORG, host, iso, sysl

CLEAN = []
def cl(f): CLEAN.append(f); return f

@cl
def sha256sums():
    return 'sha256sum-output', 'file_checksum_sha256', '\n'.join(f'{rhex(64)}  {n}' for n in ['VRP-V800R022C10SPC500.cc', 'VRP-V800R022C10SPC500.pat', 'MA5800-X7_V100R021C10_SPH211.zip', 'release-notes.pdf']) + '\n$ sha256sum -c SHA256SUMS 2>&1 | tail -1\nrelease-notes.pdf: OK'

@cl
def md5_firmware():
    return 'cisco-ios-verify-output', 'firmware_md5_digest', f"""agg-old03#verify /md5 bootflash:cat9k_iosxe.17.09.05.SPA.bin
.......................................................................Done!
verify /md5 (bootflash:cat9k_iosxe.17.09.05.SPA.bin) = {rhex(32)}
agg-old03#! compare with vendor-published MD5 {rhex(32)} -> MISMATCH, re-copy image"""

@cl
def git_log():
    return 'git-log-oneline', 'commit_sha', '\n'.join(f'{rhex(40)} {m}' for m in ['radius: bump clients.conf template (no secrets in repo)', 'netbox-sync: handle deleted prefixes', 'ci: pin ansible-core 2.16.6', 'olt: add MA5800 port description templates', "Merge branch 'fix/bgp-maxpfx' into 'main'"]) + f'\n\n$ git describe --always\n{rhex(7)}'

@cl
def htpasswd():
    return 'htpasswd-file', 'bcrypt_hash', '# /etc/nginx/.htpasswd-smokeping\n' + '\n'.join(f'{u}:{bcrypt_like(R.choice([10,11,12]))}' for u in ['noc', 'fieldeng', 'nmsviewer', 'auditor'])

@cl
def cisco_type8():
    return 'cisco-ios-config-snippet', 'cisco_type8_hash', f"""enable algorithm-type sha256 secret {cisco8()}
!
username netops privilege 15 algorithm-type sha256 secret {cisco8()}
username readonly privilege 1 secret 8 {cisco8()}
aaa new-model
aaa authentication login default group tacacs+ local"""

@cl
def cisco_type9():
    return 'cisco-nxos-config-snippet', 'cisco_type9_hash', f"""dsw-std02(config)# show running-config | include username
username admin password 5 {md5crypt()}  role network-admin
username netops secret 9 {cisco9()} role network-admin
username oxidized secret 9 {cisco9()} role network-operator
dsw-std02(config)#"""

@cl
def shadow():
    return 'etc-shadow-excerpt', 'sha512crypt_hash', '\n'.join(f'{u}:{sha512crypt()}:{R.randint(19800,20400)}:0:99999:7:::' for u in ['root', 'noc', 'ansible']) + '\nsshd:*:19700:0:99999:7:::\nnobody:!:19700::::::'

@cl
def argon2():
    rows = '\n'.join(f' {R.randint(1000,9999)} | {e} | $argon2id$v=19$m=65536,t=3,p=4${b64(16).rstrip("=")}${b64(32).rstrip("=")} | {iso()}' for e in ['kd-portal-user-1', 'kd-portal-user-2', 'kd-portal-user-3'])
    return 'sql-result-psql', 'argon2_hash', f"""selfcare=> select id, login, password_hash, last_login from portal_user order by id limit 3;
  id  |      login       |                                       password_hash                                        |      last_login
------+------------------+---------------------------------------------------------------------------------------------+----------------------
{rows}
(3 rows)"""

@cl
def junos_sha512_login():
    return 'junos-config-hierarchy', 'junos_sha512_login_hash', f"""system {{
    login {{
        class noc-ro {{ permissions [ view view-configuration ]; }}
        user oxidized {{
            uid 2001;
            class noc-ro;
            authentication {{
                encrypted-password "{sha512crypt()}"; ## SECRET-DATA
            }}
        }}
        user netops {{
            uid 2002;
            class super-user;
            authentication {{
                ssh-ed25519 "{ssh_ed25519_public('netops@jump01')}";
            }}
        }}
    }}
}}"""

@cl
def uuids_api():
    return 'json-api-response', 'request_ids_uuid', json.dumps({'requestId': ruuid(), 'traceparent': f'00-{rhex(32)}-{rhex(16)}-01', 'data': [{'orderId': ruuid(), 'status': 'SCHEDULED', 'appointmentId': ruuid()} for _ in range(3)], 'meta': {'correlationId': ruuid(), 'served_by': 'order-api-5c7d'}}, indent=2)

@cl
def aws_arns():
    acct = rdig(12)
    return 'aws-cli-json-output', 'aws_arn_and_ids', json.dumps({'Roles': [{'RoleName': 'cdr-lake-loader', 'RoleId': 'AROA' + rstr(17, string.ascii_uppercase + '234567'), 'Arn': f'arn:aws:iam::{acct}:role/cdr-lake-loader', 'CreateDate': iso()}, {'RoleName': 'billing-export', 'RoleId': 'AROA' + rstr(17, string.ascii_uppercase + '234567'), 'Arn': f'arn:aws:iam::{acct}:role/billing-export', 'CreateDate': iso()}], 'ResponseMetadata': {'RequestId': ruuid()}}, indent=2)

@cl
def authorized_keys():
    return 'ssh-authorized-keys', 'ssh_public_key', '# ~netops/.ssh/authorized_keys on jump01\n' + '\n'.join([ssh_ed25519_public('d.wendt@nb-0412'), ssh_ed25519_public('u.petersen@nb-0388'), ssh_rsa_public('ansible@awx01'), 'from="10.250.0.0/16" ' + ssh_ed25519_public('oxidized@nms01')])

@cl
def cert():
    c = cert_pem('radsec')
    return 'pem-certificate', 'x509_certificate', f"""$ openssl s_client -connect radsec.{DOM}:2083 -showcerts </dev/null 2>/dev/null | sed -n '/BEGIN/,/END/p'
{c}
$ # subject=CN = radsec.{DOM}, issuer=CN = Nordwelle Internal Issuing CA 2"""

@cl
def stripe_pk():
    return 'html-snippet', 'stripe_publishable_key', f"""<!-- selfcare.{DOM} / payment method page -->
<script src="https://js.stripe.com/v3/"></script>
<script>
  const stripe = Stripe("pk_live_51{rstr(97)}", {{ locale: "de" }});
  const elements = stripe.elements({{ mode: "setup", currency: "eur", paymentMethodTypes: ["sepa_debit", "card"] }});
  elements.create("payment").mount("#payment-element");
</script>"""

@cl
def env_example():
    return 'dotenv-example', 'placeholder_values', """# .env.example -- copy to .env and fill in real values from the vault
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token_here
SENDGRID_API_KEY=SG.<insert-key>
DB_PASSWORD=changeme
RADIUS_SECRET=<radius-shared-secret>
JWT_SIGNING_KEY=
STRIPE_SECRET_KEY=sk_live_...
"""

@cl
def masked_dashboard():
    return 'admin-ui-text-export', 'masked_credentials', f"""API keys — Nordwelle Developer Portal (partner: isp-partner.example)
Name                 Key                              Created      Last used
-------------------  -------------------------------  -----------  -----------
ordering-prod        nwk_live_••••••••••••••••3f9a    2026-01-14   2026-06-11
ordering-staging     nwk_test_••••••••••••••••c210    2025-11-02   2026-06-10
legacy-soap          ****************************     2023-03-19   never
Full keys are shown only once at creation. Use "Roll key" to issue a new one."""

@cl
def secret_refs():
    return 'kubernetes-deployment-yaml', 'secret_references', f"""        env:
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef:
              name: porting-db
              key: DB_PASSWORD
        - name: TWILIO_AUTH_TOKEN
          valueFrom:
            secretKeyRef: {{name: sms-gateway, key: auth-token}}
        - name: RADIUS_SECRET_FILE
          value: /vault/secrets/radius
      annotations:
        vault.hashicorp.com/agent-inject: "true"
        vault.hashicorp.com/agent-inject-secret-radius: "netops/data/radius/core"
        vault.hashicorp.com/role: "porting"
"""

@cl
def ansible_vault_blob():
    lines = '\n'.join(rhex(80) for _ in range(6))
    return 'ansible-vault-encrypted-file', 'encrypted_vault_blob', f"""$ head -8 group_vars/radius/vault.yml
$ANSIBLE_VAULT;1.1;AES256
{lines}
$ ansible-vault view group_vars/radius/vault.yml
Vault password: 
ERROR! Decryption failed (no vault secrets were found that could decrypt)"""

@cl
def show_inventory():
    return 'cisco-show-inventory', 'serial_numbers', f"""pe-brb02#show inventory
NAME: "Chassis", DESCR: "ASR-920-12SZ-IM"
PID: ASR-920-12SZ-IM   , VID: V02  , SN: CAT{rdig(4)}{rstr(4, string.ascii_uppercase + string.digits)}
NAME: "subslot 0/0 transceiver 4", DESCR: "SFP+ 10GBASE-LR"
PID: SFP-10G-LR        , VID: V03  , SN: FNS{rdig(5)}{rstr(3, string.ascii_uppercase)}
NAME: "Power Supply Module 0", DESCR: "ASR-920 AC Power Supply"
PID: ASR-920-PWR-A     , VID: V01  , SN: ART{rdig(4)}{rstr(4, string.ascii_uppercase + string.digits)}"""

@cl
def mac_table():
    rows = '\n'.join(' %4d    %s    DYNAMIC     Gi1/0/%d' % (v, '.'.join(rhex(4) for _ in range(3)), R.randint(1, 48)) for v in [110, 110, 120, 310, 310, 999])
    return 'cisco-mac-address-table', 'mac_addresses', f"""dsw-rtw01#show mac address-table dynamic
          Mac Address Table
-------------------------------------------
Vlan    Mac Address       Type        Ports
----    -----------       --------    -----
{rows}
Total Mac Addresses for this criterion: 6"""

@cl
def licences():
    return 'cisco-license-summary', 'licence_ids', f"""cr1-pdm01#show license summary
Account Information:
  Smart Account: Nordwelle Telekom GmbH As of {ts().strftime('%b %d %H:%M:%S %Y')} UTC
  Virtual Account: NETWORK-CORE
License Usage:
  License                 Entitlement Tag               Count Status
  -----------------------------------------------------------------------------
  network-advantage_100G  (ASR9K_NA_100G)                   4 IN USE
  A9K-LIC-ADV-10G         (regid.2017-05.com.cisco.A9K_ADV_10G,1.0_{ruuid()})  8 IN USE
Product Instance: UDI PID:ASR-9902,SN:FOX{rdig(4)}P{rdig(3)}
PAK: {rstr(11, string.ascii_uppercase + string.digits)}   Sales order: {rdig(9)}"""

@cl
def image_digest():
    return 'docker-cli-output', 'container_image_digests', f"""$ docker images --digests registry.{DOM}/noc/*
REPOSITORY                                     TAG       DIGEST                                                                    IMAGE ID       CREATED       SIZE
registry.{DOM}/noc/outage-notifier   2.14.1    sha256:{rhex(64)}   {rhex(12)}   3 days ago    141MB
registry.{DOM}/noc/netbox-sync       0.9.3     sha256:{rhex(64)}   {rhex(12)}   2 weeks ago   98.2MB"""

@cl
def tf_plan_ids():
    return 'terraform-plan-output', 'cloud_resource_ids', f"""  # aws_instance.radius_proxy[1] will be updated in-place
  ~ resource "aws_instance" "radius_proxy" {{
        id                     = "i-{rhex(17)}"
      ~ instance_type          = "t3.medium" -> "t3.large"
        ami                    = "ami-{rhex(17)}"
        subnet_id              = "subnet-{rhex(17)}"
        vpc_security_group_ids = ["sg-{rhex(17)}"]
        tags                   = {{ "Name" = "radius-proxy-b", "CostCenter" = "NETOPS-4410" }}
    }}

Plan: 0 to add, 1 to change, 0 to destroy."""

@cl
def snmp_engineid():
    return 'snmpwalk-output', 'snmp_engine_ids_and_oids', f"""$ snmpget -v3 -l noAuthNoPriv -u probe bras-rtw01.{NET} SNMP-FRAMEWORK-MIB::snmpEngineID.0 SNMP-FRAMEWORK-MIB::snmpEngineBoots.0
SNMP-FRAMEWORK-MIB::snmpEngineID.0 = Hex-STRING: 80 00 0A 4C 04 {' '.join(rHEX(2) for _ in range(12))}
SNMP-FRAMEWORK-MIB::snmpEngineBoots.0 = INTEGER: 17
Error in packet: (authorizationError) access denied to that object"""

@cl
def lfs_pointer():
    return 'git-lfs-pointer', 'lfs_object_id', f"""$ git show HEAD:firmware/HG8145X6_V5R021C00S210.bin
version https://git-lfs.github.com/spec/v1
oid sha256:{rhex(64)}
size 48211968
$ git lfs ls-files | head -3
{rhex(10)} * firmware/HG8145X6_V5R021C00S210.bin
{rhex(10)} * firmware/FRITZ.Box_7590-08.02.image"""

@cl
def package_lock():
    return 'npm-package-lock-json', 'subresource_integrity_hashes', json.dumps({'name': 'care-widget', 'lockfileVersion': 3, 'packages': {'node_modules/axios': {'version': '1.7.2', 'resolved': 'https://registry.npmjs.org/axios/-/axios-1.7.2.tgz', 'integrity': 'sha512-' + b64(64)}, 'node_modules/date-fns': {'version': '3.6.0', 'resolved': 'https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz', 'integrity': 'sha512-' + b64(64)}}}, indent=2)

@cl
def twilio_sids_only():
    return 'twilio-cli-output', 'vendor_account_identifiers', f"""$ twilio api:core:messages:list --limit 3 --properties sid,from,status,dateSent
SID                                 From              Status     Date Sent
SM{rhex(32)}  NordwelleSMS      delivered  Jun 11 2026 09:14:02 GMT+0200
SM{rhex(32)}  NordwelleSMS      delivered  Jun 11 2026 09:14:03 GMT+0200
SM{rhex(32)}  NordwelleSMS      undelivered  Jun 11 2026 09:14:03 GMT+0200
# account AC{rhex(32)}, messaging service MG{rhex(32)}"""

@cl
def google_client_id():
    return 'html-snippet', 'oauth_public_client_id', f"""<meta name="google-signin-client_id" content="{rdig(12)}-{rstr(32, string.ascii_lowercase + string.digits)}.apps.googleusercontent.com">
<div id="g_id_onload" data-client_id="{rdig(12)}-{rstr(32, string.ascii_lowercase + string.digits)}.apps.googleusercontent.com" data-login_uri="https://selfcare.{DOM}/auth/google/callback" data-auto_prompt="false"></div>
<!-- PKCE public client: no client secret is used in the browser -->"""

@cl
def mapbox_public():
    return 'javascript-snippet', 'mapbox_public_token', f"""// outage-map/src/map.js
mapboxgl.accessToken = 'pk.eyJ1Ijoibm9yZHdlbGxlIiwiYSI6I{rstr(20)}.{rstr(22, URLSAFE)}';
const map = new mapboxgl.Map({{ container: 'map', style: 'mapbox://styles/nordwelle/clx{rstr(20, string.ascii_lowercase + string.digits)}', center: [12.33, 52.60], zoom: 8 }});
map.on('load', () => loadOutages('/api/public/outages.geojson'));"""

@cl
def jwks():
    return 'jwks-json', 'public_jwk', json.dumps({'keys': [{'kty': 'RSA', 'use': 'sig', 'kid': rstr(43, URLSAFE), 'alg': 'RS256', 'n': b64u(256), 'e': 'AQAB'}, {'kty': 'EC', 'use': 'sig', 'kid': rstr(43, URLSAFE), 'crv': 'P-256', 'x': b64u(32), 'y': b64u(32)}]}, indent=2)

@cl
def pgp_public():
    b = b64(600); lines = '\n'.join(b[i:i+64] for i in range(0, len(b), 64))
    return 'pgp-public-key-block', 'pgp_public_key', f"""Abuse / security contact of {ORG}: security@{DOM}
Encrypt vulnerability reports with this key (fingerprint {' '.join(rHEX(4) for _ in range(10))}):

-----BEGIN PGP PUBLIC KEY BLOCK-----

{lines}
={rstr(4, ALNUM + '+/')}
-----END PGP PUBLIC KEY BLOCK-----"""

@cl
def cert_fingerprints():
    return 'openssl-x509-text', 'certificate_fingerprints', f"""$ openssl x509 -in acs.{NET}.crt -noout -serial -fingerprint -sha256 -ext subjectKeyIdentifier,authorityKeyIdentifier
serial={rHEX(36)}
sha256 Fingerprint={':'.join(rHEX(2) for _ in range(32))}
X509v3 Subject Key Identifier:
    {':'.join(rHEX(2) for _ in range(20))}
X509v3 Authority Key Identifier:
    {':'.join(rHEX(2) for _ in range(20))}"""

@cl
def ssh_fingerprint_log():
    return 'syslog', 'ssh_host_key_fingerprint', f"""{sysl()} jump01 sshd[{R.randint(1000,99999)}]: Accepted publickey for netops from 10.250.3.17 port 51622 ssh2: ED25519 SHA256:{b64(32).rstrip('=')}
{sysl()} jump01 sshd[{R.randint(1000,99999)}]: pam_unix(sshd:session): session opened for user netops(uid=2002) by (uid=0)
{sysl()} jump01 sshd[{R.randint(1000,99999)}]: Server listening on 0.0.0.0 port 22.
$ ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub
256 SHA256:{b64(32).rstrip('=')} root@jump01 (ED25519)"""

@cl
def base64_attachment():
    payload = base64.b64encode(('Datum;Ort;Ausfall\n' + '\n'.join('2026-06-%02d;%s;%d min' % (R.randint(1, 28), pick(['Rathenow', 'Stade', 'Oldenburg']), R.randint(5, 240)) for _ in range(12))).encode()).decode()
    lines = '\n'.join(payload[i:i+76] for i in range(0, len(payload), 76))
    return 'mime-email-part', 'base64_attachment', f"""--=_{rhex(24)}
Content-Type: text/csv; charset=utf-8; name="stoerungen-juni.csv"
Content-Disposition: attachment; filename="stoerungen-juni.csv"
Content-Transfer-Encoding: base64

{lines}
--=_{rhex(24)}--"""

@cl
def tcpdump_hex():
    l = '\n'.join('\t0x%04x:  %s' % (i * 16, ' '.join(rhex(4) for _ in range(8))) for i in range(6))
    return 'tcpdump-hex-output', 'packet_hexdump', f"""# tcpdump -ni ens192 -X -c1 udp port 1813
{sysl()}.{rdig(6)} IP 10.250.8.1.50112 > 10.250.0.21.1813: RADIUS, Accounting-Request (4), id: 0x{rhex(2)} length: 96
{l}
1 packet captured"""

@cl
def ulids():
    return 'ticket-system-export-csv', 'ticket_and_trace_ids', 'ticket_id,ulid,trace_id,queue,state\n' + '\n'.join(f'TT-2026-{rdig(6)},01J{rstr(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")},{rhex(32)},{pick(["care-l1","noc-l2","billing"])},{pick(["open","pending","solved"])}' for _ in range(6))

@cl
def pw_policy():
    return 'policy-document', 'password_policy_text', f"""Nordwelle IT Security Standard ISS-07 — Passwords and shared secrets (rev. 4)
1. Device login passwords must be at least 16 characters and are never stored in plain text; use Cisco type 8/9 or Junos SHA-512 hashes.
2. RADIUS and TACACS+ shared secrets are generated by the secrets service (minimum 24 characters) and delivered via Vault path netops/radius/*.
3. Passwords must not be sent by e-mail, chat or ticket. If a secret is exposed, rotate within 24h and open a SEC ticket.
4. The word "password" and example strings such as "Passw0rd!" or "changeme" are rejected by the policy checker."""

@cl
def redacted_log():
    return 'application-log', 'redacted_values', f"""{iso()} INFO  sms-gateway: loaded config provider=vonage api_key=*** api_secret=[REDACTED] sender=Nordwelle
{iso()} DEBUG sms-gateway: POST https://rest.nexmo.com/sms/json body={{"api_key":"***","api_secret":"***","to":"<masked>","text":"Ihr Techniker kommt heute zwischen 8 und 12 Uhr."}}
{iso()} INFO  sms-gateway: db url=postgresql://sms:******@pg-sms01.{DOM}/sms
{iso()} INFO  sms-gateway: ready in 412 ms"""

@cl
def templated_vars():
    return 'ansible-template-j2', 'template_variables', """# roles/radius-core/templates/clients.conf.j2
{% for nas in radius_nas_clients %}
client {{ nas.name }} {
    ipaddr    = {{ nas.ip }}
    secret    = {{ vault_radius_secrets[nas.name] }}
    shortname = {{ nas.name }}
    nas_type  = {{ nas.type | default('other') }}
}
{% endfor %}
# secret values come from group_vars/radius/vault.yml (ansible-vault encrypted)"""

@cl
def api_key_hash_store():
    return 'sql-result', 'stored_key_hashes', f"""ordering=> select key_id, prefix, last4, sha256_hash, scopes, revoked from partner_api_key where partner_id = 4471;
   key_id   |  prefix   | last4 |                            sha256_hash                             |     scopes      | revoked
------------+-----------+-------+--------------------------------------------------------------------+-----------------+---------
 pk_{rstr(8)} | nwk_live_ | 3f9a  | {rhex(64)} | orders:rw       | f
 pk_{rstr(8)} | nwk_live_ | 81be  | {rhex(64)} | orders:r        | t
(2 rows)"""

@cl
def wg_public_only():
    return 'wireguard-show', 'wireguard_public_keys', f"""$ sudo wg show wg-fieldeng
interface: wg-fieldeng
  public key: {wg_key()}
  private key: (hidden)
  listening port: 51820

peer: {wg_key()}
  endpoint: 10.99.23.31:41822
  allowed ips: 10.99.23.31/32
  latest handshake: 1 minute, 12 seconds ago
  transfer: 41.22 MiB received, 380.17 MiB sent

peer: {wg_key()}
  allowed ips: 10.99.23.44/32"""

@cl
def isakmp_sa():
    return 'cisco-crypto-sa-output', 'ipsec_spi_and_cookies', f"""vpn-gw02#show crypto ipsec sa | include spi|peer|pkts
   current_peer 10.250.0.1 port 500
    #pkts encaps: 1841210, #pkts encrypt: 1841210, #pkts digest: 1841210
     current outbound spi: 0x{rHEX(8)}({R.randint(10**8, 4*10**9)})
     spi: 0x{rHEX(8)}({R.randint(10**8, 4*10**9)})
vpn-gw02#show crypto ikev2 sa detailed | include SPI
      Local spi: {rHEX(16)}       Remote spi: {rHEX(16)}"""

@cl
def bgp_communities():
    return 'cisco-ios-config-snippet', 'bgp_communities', """ip community-list standard CUSTOMER-ROUTES permit 64777:100
ip community-list standard BLACKHOLE permit 65535:666
route-map TRANSIT-OUT permit 10
 match community CUSTOMER-ROUTES
 set community 64777:3001 64777:3010 additive
route-map TRANSIT-OUT deny 100
! large communities for IXP route server
route-map IXP-OUT permit 10
 set large-community 64777:1:100 64777:2:276"""

@cl
def sim_no_ki():
    rows = '\n'.join(f'{"26203" + rdig(10)};{"894903" + rdig(13)};{pick(["ACTIVE","INSTOCK","SUSPENDED"])};{pick(["NW-USIM-4G-v3","NW-eSIM-v1"])}' for _ in range(5))
    return 'sim-inventory-csv', 'sim_identifiers_without_keys', f"""# export from SIM inventory (keys Ki/OPc are held in the HSS/HSM and never exported)
imsi;iccid;state;profile
{rows}"""

@cl
def cert_serial_crl():
    return 'openssl-crl-text', 'certificate_serials', f"""Certificate Revocation List (CRL):
        Issuer: CN = Nordwelle Internal Issuing CA 2, O = {ORG}, C = DE
        Last Update: Jun  1 00:00:00 2026 GMT
        Next Update: Jun  8 00:00:00 2026 GMT
Revoked Certificates:
    Serial Number: {rHEX(32)}
        Revocation Date: May 28 14:11:02 2026 GMT
        CRL entry extensions: X509v3 CRL Reason Code: Key Compromise
    Serial Number: {rHEX(32)}
        Revocation Date: May 30 09:40:51 2026 GMT
    Signature Algorithm: ecdsa-with-SHA256"""

@cl
def chart_lock():
    return 'helm-chart-lock', 'dependency_digest', f"""dependencies:
- name: postgresql
  repository: oci://registry-1.docker.io/bitnamicharts
  version: 15.5.9
- name: redis
  repository: oci://registry-1.docker.io/bitnamicharts
  version: 19.5.5
digest: sha256:{rhex(64)}
generated: "{iso()}\""""

@cl
def etag_har():
    return 'har', 'etag_and_cache_hashes', json.dumps({'log': {'entries': [{'request': {'method': 'GET', 'url': f'https://selfcare.{DOM}/static/js/app.{rhex(8)}.js'}, 'response': {'status': 304, 'headers': [{'name': 'ETag', 'value': f'W/"{rhex(32)}"'}, {'name': 'x-amz-cf-id', 'value': rstr(56, URLSAFE) + '=='}, {'name': 'cache-control', 'value': 'public, max-age=31536000, immutable'}]}}]}}, indent=1)

@cl
def tf_lock():
    return 'terraform-lock-hcl', 'provider_lock_hashes', f"""# .terraform.lock.hcl
provider "registry.terraform.io/hashicorp/aws" {{
  version     = "5.54.1"
  constraints = "~> 5.50"
  hashes = [
    "h1:{b64(32)}",
    "zh:{rhex(64)}",
    "zh:{rhex(64)}",
  ]
}}"""

@cl
def aws_doc_example():
    return 'markdown-runbook', 'documented_example_credentials', """## Configure the AWS CLI for the CDR lake (runbook RB-114)

```
$ aws configure --profile cdr-lake
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: eu-central-1
```
The values above are the AWS documentation examples. Request your own key through the IAM self-service (ticket type "Cloud access"); never commit it."""

@cl
def k8s_get_secrets_list():
    return 'kubectl-get-secrets', 'secret_inventory_listing', f"""$ kubectl -n porting get secrets
NAME                          TYPE                                  DATA   AGE
porting-db                    Opaque                                2      212d
sms-gateway                   Opaque                                3      87d
registry-pull                 kubernetes.io/dockerconfigjson        1      401d
tls-porting-{rstr(5, string.ascii_lowercase)}             kubernetes.io/tls                     2      33d
sh.helm.release.v1.porting.v41 helm.sh/release.v1                   1      2d"""

@cl
def ldap_ssha():
    return 'ldif', 'ldap_ssha_hash', f"""dn: uid=svc-jumphost,ou=service,dc=corp,dc=nordwelle,dc=example
objectClass: account
objectClass: simpleSecurityObject
uid: svc-jumphost
userPassword: {{SSHA}}{b64(24)}
pwdChangedTime: 20260402081544Z
description: bind account for sssd on jump hosts"""

@cl
def scram():
    return 'sql-result-psql', 'postgres_scram_verifier', f"""postgres=# select rolname, rolpassword from pg_authid where rolname in ('rater_app','grafana_ro');
  rolname   |                                                              rolpassword
------------+---------------------------------------------------------------------------------------------------------------------------------------
 rater_app  | SCRAM-SHA-256$4096:{b64(16)}${b64(32)}:{b64(32)}
 grafana_ro | SCRAM-SHA-256$4096:{b64(16)}${b64(32)}:{b64(32)}
(2 rows)"""

@cl
def radius_acct_log():
    return 'freeradius-detail-log', 'radius_accounting_attributes', f"""{ts().strftime('%a %b %d %H:%M:%S %Y')}
	Acct-Status-Type = Interim-Update
	Acct-Session-Id = "{rHEX(16)}"
	Acct-Unique-Session-Id = "{rhex(32)}"
	NAS-Identifier = "bras-rtw01"
	NAS-Port-Id = "ae1.3101:3101-412"
	Acct-Input-Octets = {R.randint(10**6, 10**9)}
	Acct-Output-Octets = {R.randint(10**8, 10**10)}
	Message-Authenticator = 0x{rhex(32)}
	Event-Timestamp = "{ts().strftime('%b %d %Y %H:%M:%S')} CEST"
	Acct-Delay-Time = 0"""

@cl
def sip_digest():
    return 'sip-trace', 'sip_digest_response', f"""REGISTER sip:sip.{DOM} SIP/2.0
Via: SIP/2.0/TLS 10.77.12.40:5061;branch=z9hG4bK{rhex(16)}
From: <sip:40117-101@sip.{DOM}>;tag={rhex(10)}
To: <sip:40117-101@sip.{DOM}>
Call-ID: {rhex(32)}
CSeq: 3 REGISTER
Authorization: Digest username="40117-101", realm="sip.{DOM}", nonce="{rhex(32)}", uri="sip:sip.{DOM}", response="{rhex(32)}", algorithm=MD5, cnonce="{rhex(16)}", qop=auth, nc=00000001
Expires: 600
Content-Length: 0"""

@cl
def webhook_signature_header():
    return 'http-request-dump', 'hmac_signature_value', f"""POST /nordwelle/orders HTTP/1.1
Host: hooks.isp-partner.example
Content-Type: application/json
X-NW-Event: order.completed
X-NW-Delivery: {ruuid()}
X-NW-Signature: sha256={rhex(64)}
X-NW-Timestamp: 17{rdig(8)}

{{"order":"ORD-2026-{rdig(6)}","state":"completed","completedAt":"{iso()}"}}"""

@cl
def container_ids():
    rows = '\n'.join(f'{rhex(12)}   registry.{DOM}/{n}   "/entrypoint.sh"   {R.randint(2,40)} hours ago   Up {R.randint(2,40)} hours   {n.split("/")[1].split(":")[0]}' for n in ['noc/outage-notifier:2.14.1', 'noc/netbox-sync:0.9.3', 'care/care-bot:5.1.0'])
    return 'docker-ps-output', 'container_ids', 'CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   NAMES\n' + rows

@cl
def crash_stack():
    return 'crash-report', 'memory_addresses_and_build_ids', f"""*** Error in `/usr/sbin/radiusd': double free or corruption (fasttop): 0x{rhex(16)} ***
Build ID: {rhex(40)}
Backtrace:
#0  0x{rhex(16)} in raise () from /lib/x86_64-linux-gnu/libc.so.6
#1  0x{rhex(16)} in abort () from /lib/x86_64-linux-gnu/libc.so.6
#2  0x{rhex(16)} in rlm_sql_pool_free (ctx=0x{rhex(12)}) at src/modules/rlm_sql/sql.c:412
Core dump: /var/crash/core.radiusd.{R.randint(1000,99999)} (uploaded, sha1 {rhex(40)})"""

@cl
def noc_alert_hashes():
    return 'noc-alert-json', 'alert_fingerprints', json.dumps({'receiver': 'noc-pager', 'status': 'firing', 'alerts': [{'labels': {'alertname': 'BGPSessionDown', 'device': 'cr1-brb01', 'peer': 'AS65310'}, 'fingerprint': rhex(16), 'startsAt': iso(), 'generatorURL': f'https://prometheus.{DOM}/graph?g0.expr=bgp_peer_up%3D%3D0'}], 'groupKey': '{}:{alertname="BGPSessionDown"}', 'truncatedAlerts': 0, 'externalURL': f'https://alertmanager.{DOM}', 'version': '4', 'groupKeyHash': rhex(64)}, indent=2)

@cl
def dhcp_log():
    return 'syslog', 'dhcp_transaction_ids', '\n'.join(f"{sysl()} kea-dhcp4[{R.randint(800,900)}]: DHCP4_LEASE_ALLOC [hwtype=1 {':'.join(rhex(2) for _ in range(6))}], cid=[01:{':'.join(rhex(2) for _ in range(6))}], tid=0x{rhex(8)}: lease 10.64.{R.randint(0,255)}.{R.randint(2,254)} has been allocated for 86400 seconds" for _ in range(4))

@cl
def ansible_no_log():
    return 'ansible-playbook-output', 'censored_task_output', f"""TASK [radius-core : set shared secret for NAS clients] *************************
changed: [radius01.{DOM}] => (item=None)
changed: [radius01.{DOM}] => (item=None)
ok: [radius02.{DOM}] => {{"censored": "the output has been hidden due to the fact that 'no_log: true' was specified for this result", "changed": false}}

PLAY RECAP *********************************************************************
radius01.{DOM}           : ok=14   changed=2    unreachable=0    failed=0
radius02.{DOM}           : ok=14   changed=0    unreachable=0    failed=0"""

