"""Secret rows.  Each template returns (format, category, [(kind, value), ...], text)."""
from common import *

ORG = 'Nordwelle Telekom GmbH'
DOM = 'nordwelle.example'; NET = 'nordwelle-net.example'; NL = 'nordwelle-glasvezel.example'; UK = 'nordwellefibre.example'
def host(role=None):
    role = role or pick(['cr1', 'cr2', 'agg', 'bras', 'pe', 'olt', 'dsw'])
    return '%s-%s%02d.%s' % (role, pick(['rtw', 'brb', 'pdm', 'old', 'std', 'grq', 'zwl', 'hul']), R.randint(1, 12), NET)
def iso(t=None): return (t or ts()).strftime('%Y-%m-%dT%H:%M:%SZ')
def sysl(t=None): return (t or ts()).strftime('%b %d %H:%M:%S').replace(' 0', '  ')
def lip(): return '10.%d.%d.%d' % (R.randint(0, 60), R.randint(0, 255), R.randint(1, 254))

POS = []
def pos(f): POS.append(f); return f

# ============================================================ dedicated network / telecom templates
@pos
def ios_type7():
    bg = words_pass(); e = cisco7(bg); tk = pw(14); snmp = rstr(12); h = host('pe')
    t = f"""{h.split('.')[0]}#show running-config | section username|tacacs|snmp
username noc-ro privilege 5 secret 9 {cisco9()}
username breakglass privilege 15 password 7 {e}
tacacs server TAC-PRIMARY
 address ipv4 10.250.0.11
 key 0 {tk}
 timeout 5
snmp-server community {snmp} RO SNMP-NMS-ACL
snmp-server location "POP Rathenow, Rack B04"
snmp-server contact noc@{DOM}
{h.split('.')[0]}#"""
    return 'cisco-ios-running-config', 'cisco_type7_password', [('cisco_type7_password', e), ('tacacs_shared_secret', tk), ('snmp_community', snmp)], t

@pos
def junos_bgp():
    pw = rpass(18, '-_'); enc = junos9(pw); h = host('cr1').split('.')[0]
    t = f"""noc@{h}> show configuration protocols bgp group TRANSIT-ASN65310 | display set
set protocols bgp group TRANSIT-ASN65310 type external
set protocols bgp group TRANSIT-ASN65310 description "IP transit upstream #2"
set protocols bgp group TRANSIT-ASN65310 import TRANSIT-IN
set protocols bgp group TRANSIT-ASN65310 export NORDWELLE-OUT
set protocols bgp group TRANSIT-ASN65310 peer-as 65310
set protocols bgp group TRANSIT-ASN65310 neighbor 198.18.40.1 authentication-key "{enc}"
set protocols bgp group TRANSIT-ASN65310 neighbor 198.18.40.1 bfd-liveness-detection minimum-interval 300

{{master:0}}"""
    return 'junos-display-set', 'junos_type9_encoded_secret', [('junos_type9_encoded_secret', enc)], t

@pos
def junos_radius():
    s1 = junos9(rpass(20, '')); sh = sha512crypt(); h = host('bras').split('.')[0]
    t = f"""system {{
    host-name {h};
    authentication-order [ radius password ];
    root-authentication {{
        encrypted-password "{sh}"; ## SECRET-DATA
    }}
    radius-server {{
        10.250.0.21 {{
            port 1812;
            secret "{s1}"; ## SECRET-DATA
            timeout 3;
            source-address 10.250.8.1;
        }}
    }}
}}"""
    return 'junos-config-hierarchy', 'radius_shared_secret', [('radius_shared_secret', s1)], t

@pos
def freeradius_clients():
    a, b = rpass(24, ''), words_pass()
    t = f"""# /etc/freeradius/3.0/clients.conf  (managed by ansible, role radius-core)
client bras-rtw01 {{
    ipaddr          = 10.250.8.1
    secret          = {a}
    shortname       = bras-rtw01
    nas_type        = juniper
    require_message_authenticator = yes
}}

client wlc-campus {{
    ipaddr          = 10.250.12.0/24
    secret          = {b}
    shortname       = wlc-campus
    limit {{
        max_connections = 16
    }}
}}
"""
    return 'freeradius-clients.conf', 'radius_shared_secret', [('radius_shared_secret', a), ('radius_shared_secret', b)], t

@pos
def tacacs_conf():
    k = pw(20); t = f"""# tac_plus-ng configuration excerpt, tacacs01.{DOM}
id = spawnd {{ listen = {{ port = 49 }} }}
id = tac_plus {{
    host = netdevices {{
        address = 10.0.0.0/8
        key = "{k}"
        welcome banner = "Nordwelle NOC - authorised use only\\n"
    }}
    group = noc-l2 {{ default service = permit }}
    user = jkruse {{ member = noc-l2 login = mavis }}
}}"""
    return 'tac_plus-ng-config', 'tacacs_shared_secret', [('tacacs_shared_secret', k)], t

@pos
def snmp_walk_v3():
    a, p = rpass(16, ''), rpass(16, '')
    t = f"""$ snmpwalk -v3 -l authPriv -u nms-poller -a SHA-256 -A '{a}' -x AES -X '{p}' olt-std04.{NET} 1.3.6.1.2.1.1
SNMPv2-MIB::sysDescr.0 = STRING: Huawei Integrated Access Software, MA5800-X7 V100R021
SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.2011.2.248
DISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: (1730045511) 200 days, 5:54:15.11
SNMPv2-MIB::sysContact.0 = STRING: noc@{DOM}
SNMPv2-MIB::sysName.0 = STRING: olt-std04
SNMPv2-MIB::sysLocation.0 = STRING: Stade, Technikraum Am Sande
SNMPv2-MIB::sysServices.0 = INTEGER: 78"""
    return 'snmpwalk-output', 'snmpv3_auth_password', [('snmpv3_auth_password', a), ('snmpv3_priv_password', p)], t

@pos
def snmp_v2_librenms():
    c = rstr(10) + pick(['RO', 'ro', '']) ; t = f"""librenms@nms01:~$ ./lnms device:add --v2c -c {c} agg-old03.{NET}
Added device agg-old03.{NET} (412)
librenms@nms01:~$ ./lnms device:poll 412 -m ports
Starting polling run:
Hostname:  agg-old03.{NET} (cisco)
ID:        412
OS:        iosxe
IP:        10.31.4.3
#### Load poller module ports ####
Port ifHCInOctets: 20 ports polled in 1.81s
>> Runtime for poller module 'ports': 2.1422 seconds"""
    return 'librenms-cli-session', 'snmp_community', [('snmp_community', c)], t

@pos
def mikrotik_export():
    u = pw(14); w = words_pass(); pp = rpass(10, ''); t = f"""# 2026-05-18 09:12:44 by RouterOS 7.14.3
# software id = 7K3Q-XH2D
# model = CCR2004-16G-2S+
/interface wireless security-profiles
add authentication-types=wpa2-psk mode=dynamic-keys name=techniker wpa2-pre-shared-key="{w}"
/ppp secret
add name=fttb-uplink-std password={pp} profile=default-encryption service=pppoe
/user
add name=monitoring group=read password="{u}"
/ip service
set telnet disabled=yes
set winbox address=10.250.0.0/16"""
    return 'mikrotik-routeros-export', 'wpa_psk', [('wpa_psk', w), ('pppoe_password', pp), ('device_login_password', u)], t

@pos
def hostapd():
    w = rpass(20, ''); t = f"""# /etc/hostapd/hostapd.conf on shop-router Filiale Potsdam (Kundenshop WLAN, staff SSID)
interface=wlan0
driver=nl80211
ssid=NW-Shop-Staff
hw_mode=g
channel=6
ieee80211n=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase={w}
ignore_broadcast_ssid=1"""
    return 'hostapd.conf', 'wpa_psk', [('wpa_psk', w)], t

@pos
def pjsip():
    p1, p2 = pw(16), rpass(12, '#+'); t = f"""; /etc/asterisk/pjsip.conf -- hosted PBX tenant 40117 (Autohaus Wendt KG)
[40117-101]
type=auth
auth_type=userpass
username=40117-101
password={p1}

[40117-trunk-auth]
type=auth
auth_type=userpass
username=nwsip40117
password={p2}
realm=sip.{DOM}

[40117-101]
type=aor
max_contacts=2
qualify_frequency=60"""
    return 'asterisk-pjsip.conf', 'sip_password', [('sip_password', p1), ('sip_password', p2)], t

@pos
def sip_provisioning_xml():
    p = pw(12); t = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- provisioning.{DOM}/cfg/0004f2a81c3e.xml  generated {iso()} -->
<gs_provision version="1">
  <mac>0004f2a81c3e</mac>
  <config version="2">
    <P270>Nordwelle VoIP</P270>
    <P47>sip.{DOM}</P47>
    <P35>493381{rdig(6)}</P35>
    <P36>493381{rdig(6)}</P36>
    <P34>{p}</P34>
    <P3>Empfang</P3>
    <P2>********</P2>
  </config>
</gs_provision>"""
    return 'voip-phone-provisioning-xml', 'sip_password', [('sip_password', p)], t

@pos
def sim_batch():
    rows = []; sec = []
    for i in range(2):
        imsi = '26203' + rdig(10); iccid = '894903' + rdig(13); ki = rHEX(32); opc = rHEX(32)
        rows.append(f'{imsi} {iccid} {ki} {opc}'); sec += [('sim_ki', ki), ('sim_opc', opc)]
    t = f"""* SIM vendor output file  NWT_OUT_2026_0412.out
* Customer: {ORG}   Profile: NW-USIM-4G-v3   Quantity: 2 (excerpt)
* Transport key: TK-07 (held by vendor HSM, not in file)
var_out: IMSI ICCID KI OPC
* PIN/PUK delivered in separate file NWT_OUT_2026_0412.pin
""" + '\n'.join(rows) + '\n* END'
    return 'sim-vendor-output-file', 'sim_ki', sec, t

@pos
def tr069_acs():
    p = rpass(16, ''); cr = rpass(12, ''); t = f"""GenieACS provision script "nw-default" (exported from UI)
---
const now = Date.now();
declare("InternetGatewayDevice.ManagementServer.URL", {{value: now}}, {{value: "https://acs.{NET}:7547/"}});
declare("InternetGatewayDevice.ManagementServer.Username", {{value: now}}, {{value: "cpe-" + declare("DeviceID.SerialNumber", {{value: 1}}).value[0]}});
declare("InternetGatewayDevice.ManagementServer.Password", {{value: now}}, {{value: "{p}"}});
declare("InternetGatewayDevice.ManagementServer.ConnectionRequestUsername", {{value: now}}, {{value: "acs-cr"}});
declare("InternetGatewayDevice.ManagementServer.ConnectionRequestPassword", {{value: now}}, {{value: "{cr}"}});
declare("InternetGatewayDevice.ManagementServer.PeriodicInformInterval", {{value: now}}, {{value: 3600}});"""
    return 'genieacs-provision-script', 'tr069_acs_password', [('tr069_acs_password', p), ('tr069_connection_request_password', cr)], t

@pos
def docsis_cfg():
    s = rpass(14, ''); t = f"""$ docsis -d nw_res_250_50.cfg
Main
{{
	NetworkAccess 1;
	GlobalPrivacyEnable 1;
	MaxCPE 4;
	/* CmMic 8a3c1f0e5d7b29a4c6e0f1a2b3c4d5e6 */
	/* CmtsMic c0f29d1e8b7a6c5d4e3f2a1b0c9d8e7f */
	UsServiceFlow {{ UsServiceFlowRef 1; QosParamSetType 7; MaxRateSustained 52000000; }}
	DsServiceFlow {{ DsServiceFlowRef 101; QosParamSetType 7; MaxRateSustained 262000000; }}
	SnmpMibObject docsDevNmAccessCommunity.1 String "{s}" ;
	/* EndOfDataMkr */
}}
# build: docsis -e nw_res_250_50.txt keyfile.secret nw_res_250_50.cfg"""
    return 'docsis-config-decoded', 'snmp_community', [('snmp_community', s)], t

@pos
def gpon_ont():
    p = rdig(10); t = f"""MA5800-X7(config-if-gpon-0/3)# display ont info 0 3 12
  -----------------------------------------------------------------------------
  F/S/P                   : 0/3/0
  ONT-ID                  : 12
  Control flag            : active
  Run state               : online
  Config state            : normal
  Authentic type          : loid-auth
  SN                      : 48575443A1B2C3D4
  Loid                    : NW{rdig(8)}
  Checkcode               : {p}
  Description             : FTTH_KD{rdig(7)}_Lindenallee_14
  Last up time            : {ts().strftime('%Y-%m-%d %H:%M:%S')}+01:00
  -----------------------------------------------------------------------------"""
    return 'huawei-olt-cli', 'gpon_loid_password', [('gpon_loid_password', p)], t

@pos
def ipsec_secrets():
    a, b = rpass(32, ''), b64(32); t = f"""root@vpn-gw01:~# cat /etc/ipsec.secrets
# strongSwan IPsec secrets file
# site-to-site: Nordwelle NOC <-> field depot Oldenburg
10.250.0.1 85.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)} : PSK "{a}"
# partner: wholesale access (LNS handover)
@lns.{NET} @lac.partner-wholesale.example : PSK 0s{b}
: RSA vpn-gw01.key
root@vpn-gw01:~#"""
    return 'strongswan-ipsec.secrets', 'ipsec_psk', [('ipsec_psk', a), ('ipsec_psk', '0s' + b)], t

@pos
def wireguard():
    k = wg_key(); pub = wg_key(); psk = b64(32); t = f"""$ sudo cat /etc/wireguard/wg-fieldeng.conf
[Interface]
# laptop FE-TAB-0231 (field engineer tablet), issued by it-ops
Address = 10.99.23.31/32
PrivateKey = {k}
DNS = 10.250.0.53

[Peer]
PublicKey = {pub}
PresharedKey = {psk}
Endpoint = wg.{NET}:51820
AllowedIPs = 10.0.0.0/8
PersistentKeepalive = 25"""
    return 'wireguard-config', 'wireguard_private_key', [('wireguard_private_key', k), ('wireguard_preshared_key', psk)], t

@pos
def openvpn_static():
    lines = [rhex(32) for _ in range(16)]; blk = '-----BEGIN OpenVPN Static key V1-----\n' + '\n'.join(lines) + '\n-----END OpenVPN Static key V1-----'
    t = f"""# ta.key for ovpn-legacy.{NET} (tls-auth, key-direction 0)
#
# 2048 bit OpenVPN static key
#
{blk}
"""
    return 'openvpn-static-key', 'openvpn_static_key', [('openvpn_static_key', blk)], t

@pos
def tsig():
    s = b64(32); t = f"""// /etc/bind/named.conf.local on ns1.{DOM}
key "xfer-ns2-{DOM}" {{
    algorithm hmac-sha256;
    secret "{s}";
}};

zone "{DOM}" {{
    type primary;
    file "/var/lib/bind/db.{DOM}";
    allow-transfer {{ key "xfer-ns2-{DOM}"; }};
    notify yes;
}};"""
    return 'bind-named.conf', 'dns_tsig_key', [('dns_tsig_key', s)], t

@pos
def ntp_keys():
    k = rhex(40); t = f"""# /etc/ntp.keys  (stratum-2 servers ntp1/ntp2.{NET})
# id  type  key
1 SHA1 {k}
# key 2 retired 2025-11, see CHG-20251104-07
trustedkey 1
requestkey 1
controlkey 1"""
    return 'ntp.keys', 'ntp_authentication_key', [('ntp_authentication_key', k)], t

@pos
def keepalived():
    p = pw(8); t = f"""vrrp_instance VI_RADIUS {{
    state MASTER
    interface ens192
    virtual_router_id 51
    priority 150
    advert_int 1
    authentication {{
        auth_type PASS
        auth_pass {p}
    }}
    virtual_ipaddress {{
        10.250.0.20/24
    }}
    notify_master "/usr/local/bin/radius-vip-notify.sh master"
}}"""
    return 'keepalived.conf', 'vrrp_auth_password', [('vrrp_auth_password', p)], t

@pos
def ospf_hsrp():
    k = rpass(8, ''); h = rpass(10, ''); t = f"""interface Vlan310
 description MGMT-POP-BRB
 ip address 10.31.0.2 255.255.255.0
 standby version 2
 standby 10 ip 10.31.0.1
 standby 10 priority 110
 standby 10 authentication md5 key-string {h}
!
interface TenGigabitEthernet0/0/1
 description CORE-UPLINK cr1-brb01
 ip ospf message-digest-key 1 md5 {k}
 ip ospf network point-to-point
!
router ospf 1
 area 0 authentication message-digest"""
    return 'cisco-ios-config-snippet', 'ospf_md5_key', [('ospf_md5_key', k), ('hsrp_auth_key', h)], t

@pos
def ansible_inventory():
    p = pw(16); e = rpass(12, ''); t = f"""[olt_huawei]
olt-std04.{NET}
olt-old02.{NET}

[olt_huawei:vars]
ansible_connection=network_cli
ansible_network_os=community.network.ce
ansible_user=ansible-ops
ansible_password={p}
ansible_become=yes
ansible_become_method=enable
ansible_become_password={e}

[bras]
bras-rtw01.{NET} ansible_host=10.250.8.1"""
    return 'ansible-inventory-ini', 'device_login_password', [('device_login_password', p), ('enable_password', e)], t

@pos
def ansible_vault_password_file():
    v = rpass(32, ''); t = f"""fe-jenkins@ci02:~/workspace/netops-ansible$ cat .vault_pass
{v}
fe-jenkins@ci02:~/workspace/netops-ansible$ ansible-playbook -i inventories/prod site.yml --vault-password-file .vault_pass --tags radius --check
PLAY [radius servers] ********************************************************
TASK [Gathering Facts] *******************************************************
ok: [radius01.{DOM}]
ok: [radius02.{DOM}]
TASK [radius-core : render clients.conf] **************************************
changed: [radius01.{DOM}]"""
    return 'shell-session-ansible', 'ansible_vault_password', [('ansible_vault_password', v)], t

@pos
def netbox_token_curl():
    tk = rhex(40); t = f"""$ curl -s -H "Authorization: Token {tk}" -H "Accept: application/json" "https://netbox.{DOM}/api/dcim/devices/?site=pop-rathenow&limit=2" | jq '.results[] | {{name, serial, primary_ip: .primary_ip.address}}'
{{
  "name": "agg-rtw01",
  "serial": "FOC2437R1QZ",
  "primary_ip": "10.31.1.1/32"
}}
{{
  "name": "olt-rtw01",
  "serial": "2102353GXN10L9000187",
  "primary_ip": "10.31.1.20/32"
}}"""
    return 'curl-netbox-api', 'netbox_api_token', [('netbox_api_token', tk)], t

@pos
def oxidized():
    p = pw(14); t = f"""# ~oxidized/.config/oxidized/config
---
username: oxidized
password: {p}
model: ios
resolve_dns: true
interval: 3600
use_syslog: false
debug: false
threads: 30
timeout: 20
retries: 3
prompt: !ruby/regexp /^([\\w.@-]+[#>]\\s?)$/
rest: 127.0.0.1:8888
vars:
  enable: true
groups: {{}}
source:
  default: http
  http:
    url: https://netbox.{DOM}/api/dcim/devices/?status=active&tag=oxidized
    map:
      name: name
      model: platform.slug
output:
  default: git
  git:
    repo: "/var/lib/oxidized/configs.git"
"""
    return 'oxidized-config-yaml', 'device_login_password', [('device_login_password', p)], t

@pos
def ipmi():
    p = pw(12); t = f"""[fe-ticket WO-{rdig(6)}] note from field engineer (copied from terminal):

$ ipmitool -I lanplus -H 10.250.40.17 -U ADMIN -P '{p}' chassis power status
Chassis Power is off
$ ipmitool -I lanplus -H 10.250.40.17 -U ADMIN -P '{p}' chassis power on
Chassis Power Control: Up/On
$ ipmitool -I lanplus -H 10.250.40.17 -U ADMIN -P '{p}' sel list | tail -3
  1f3 | 05/22/2026 | 03:12:47 | Power Supply PS2 Status | Failure detected | Asserted
  1f4 | 05/22/2026 | 03:12:48 | Power Unit Redundancy | Redundancy Lost | Asserted
  1f5 | 05/22/2026 | 09:41:02 | System ACPI Power State | S0/G0: working | Asserted
Replaced PSU2 (spare from van stock), redundancy restored."""
    return 'work-order-note-with-terminal', 'ipmi_password', [('ipmi_password', p)], t

@pos
def ldap_sssd():
    p = pw(18); t = f"""[domain/corp.{DOM}]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap01.corp.{DOM}, ldaps://ldap02.corp.{DOM}
ldap_search_base = dc=corp,dc=nordwelle,dc=example
ldap_default_bind_dn = cn=svc-jumphost,ou=service,dc=corp,dc=nordwelle,dc=example
ldap_default_authtok_type = password
ldap_default_authtok = {p}
ldap_tls_reqcert = demand
cache_credentials = true
access_provider = simple
simple_allow_groups = noc, netops"""
    return 'sssd.conf', 'ldap_bind_password', [('ldap_bind_password', p)], t

@pos
def pg_uri_log():
    p = pw(20); t = f"""{iso()} ERROR billing-rater[2291]: could not connect to rating DB: connection to server at "pg-billing01.{DOM}" (10.40.2.11), port 5432 failed: FATAL:  remaining connection slots are reserved
{iso()} INFO  billing-rater[2291]: retry 3/5 using DSN=postgresql://rater_app:{p}@pg-billing01.{DOM}:5432/rating?sslmode=require&application_name=rater
{iso()} INFO  billing-rater[2291]: connected; cdr batch 2026-06-02/07 resumed (41 203 records pending)"""
    return 'application-log', 'database_password', [('database_password', p)], t

@pos
def jdbc_props():
    p = pw(16); t = f"""# mediation-service application.properties (prod)
server.port=8443
spring.datasource.url=jdbc:oracle:thin:@//ora-mediation.{DOM}:1521/MEDPRD
spring.datasource.username=MED_APP
spring.datasource.password={p}
spring.datasource.hikari.maximum-pool-size=24
mediation.cdr.input=/data/cdr/in
mediation.cdr.archive=/data/cdr/archive
mediation.rating.endpoint=https://rater.{DOM}/v2/rate
management.endpoints.web.exposure.include=health,info"""
    return 'spring-application.properties', 'database_password', [('database_password', p)], t

@pos
def mongo_srv():
    p = rpass(20, ''); t = f"""// care-bot/config/default.js
module.exports = {{
  port: 3000,
  mongo: {{
    uri: "mongodb+srv://carebot:{p}@cluster-care.x7kq2.mongodb.net/care?retryWrites=true&w=majority",
    poolSize: 10
  }},
  crm: {{ baseUrl: "https://crm.{DOM}/api" }},
  features: {{ outageBanner: true, portingWizard: false }}
}};"""
    return 'nodejs-config-js', 'database_password', [('database_password', p)], t

@pos
def redis_cli():
    p = pw(24); t = f"""ops@radius-cache01:~$ redis-cli -h 10.40.5.20 -a '{p}' --no-auth-warning INFO keyspace
# Keyspace
db0:keys=184220,expires=184198,avg_ttl=271133
db2:keys=912,expires=0,avg_ttl=0
ops@radius-cache01:~$ redis-cli -h 10.40.5.20 -a '{p}' --no-auth-warning TTL "sess:bras-rtw01:0x3a7f12c9"
(integer) 1714"""
    return 'redis-cli-session', 'database_password', [('database_password', p)], t

@pos
def mysql_cnf():
    p = pw(16); t = f"""root@voip-cdr01:~# cat /root/.my.cnf
[client]
user=root
password="{p}"
host=localhost
root@voip-cdr01:~# mysql asteriskcdrdb -e "select count(*) from cdr where calldate > curdate();"
+----------+
| count(*) |
+----------+
|    38110 |
+----------+"""
    return 'mysql-client-cnf', 'database_password', [('database_password', p)], t

@pos
def k8s_secret_b64():
    p = rpass(18, ''); e = base64.b64encode(p.encode()).decode(); u = base64.b64encode(b'porting_svc').decode()
    t = f"""$ kubectl -n porting get secret porting-db -o yaml
apiVersion: v1
data:
  DB_PASSWORD: {e}
  DB_USER: {u}
kind: Secret
metadata:
  creationTimestamp: "{iso()}"
  name: porting-db
  namespace: porting
  resourceVersion: "{rdig(8)}"
  uid: {ruuid()}
type: Opaque"""
    return 'kubectl-get-secret-yaml', 'database_password_base64', [('database_password_base64', e)], t

@pos
def docker_config():
    a = base64.b64encode(('ci-bot:' + rpass(20, '')).encode()).decode(); t = f"""$ cat ~/.docker/config.json
{{
	"auths": {{
		"registry.{DOM}": {{
			"auth": "{a}"
		}}
	}},
	"credHelpers": {{
		"europe-west3-docker.pkg.dev": "gcloud"
	}}
}}"""
    return 'docker-config.json', 'registry_basic_auth', [('registry_basic_auth', a)], t

@pos
def basic_auth_har():
    a = base64.b64encode(('billing-export:' + rpass(16, '')).encode()).decode(); t = json.dumps({"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "126.0"}, "entries": [{"startedDateTime": iso(), "time": 311, "request": {"method": "GET", "url": f"https://sepa-gw.{DOM}/export/2026-06/pain008_batch_0614.xml", "httpVersion": "HTTP/2", "headers": [{"name": "Host", "value": f"sepa-gw.{DOM}"}, {"name": "Authorization", "value": "Basic " + a}, {"name": "Accept", "value": "application/xml"}]}, "response": {"status": 200, "statusText": "OK", "headers": [{"name": "content-type", "value": "application/xml"}, {"name": "content-length", "value": "481223"}]}}]}}, indent=1)
    return 'har', 'http_basic_auth', [('http_basic_auth', a)], t

@pos
def session_cookie_har():
    c = b64u(32); t = json.dumps({"log": {"entries": [{"request": {"method": "POST", "url": f"https://selfcare.{DOM}/api/v1/contracts/KD{rdig(7)}/tariff-change", "headers": [{"name": "Cookie", "value": f"NW_SESSION={c}; nw_consent=analytics:0"}, {"name": "Content-Type", "value": "application/json"}, {"name": "X-Request-ID", "value": ruuid()}], "postData": {"mimeType": "application/json", "text": "{\"newTariff\":\"GLAS-500\",\"effective\":\"2026-07-01\"}"}}, "response": {"status": 409, "content": {"text": "{\"error\":\"pending_order\",\"order\":\"ORD-2026-118734\"}"}}}]}}, indent=1)
    return 'har', 'session_cookie', [('session_cookie', c)], t

@pos
def django_settings():
    k = rstr(50, string.ascii_lowercase + string.digits + '!@#%^&*(-_=+)'); t = f"""# crm_portal/settings/prod.py
from .base import *
DEBUG = False
ALLOWED_HOSTS = ["crm.{DOM}", "crm-int.{DOM}"]
SECRET_KEY = "{k}"
DATABASES["default"]["HOST"] = "pg-crm01.{DOM}"
SESSION_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = ["https://crm.{DOM}"]
"""
    return 'django-settings.py', 'django_secret_key', [('django_secret_key', k)], t

@pos
def rails_creds():
    k = rhex(128); t = f"""$ EDITOR=cat bin/rails credentials:show -e production
secret_key_base: {k}
active_record_encryption:
  primary_key: {rstr(32)}
sendgrid:
  from: rechnung@{DOM}
File encrypted and saved."""
    k2 = t.split('primary_key: ')[1].split('\n')[0]
    return 'rails-credentials-show', 'rails_secret_key_base', [('rails_secret_key_base', k), ('encryption_key', k2)], t

@pos
def laravel_env():
    k = 'base64:' + b64(32); t = f"""APP_NAME="Nordwelle Techniker-Portal"
APP_ENV=production
APP_KEY={k}
APP_DEBUG=false
APP_URL=https://techniker.{DOM}
LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=10.40.3.14
DB_DATABASE=fieldops
DB_USERNAME=fieldops
DB_PASSWORD=${{FIELDOPS_DB_PASSWORD}}
QUEUE_CONNECTION=redis"""
    return 'laravel-dotenv', 'app_encryption_key', [('app_encryption_key', k)], t

@pos
def jwt_signing():
    k = rstr(48); t = f"""# keycloak-less internal auth for the outage-map API
auth:
  issuer: https://outage-api.{DOM}
  audience: outage-map
  algorithm: HS256
  signing_key: "{k}"
  token_ttl: 900s
rate_limit:
  anonymous: 30/min
  partner: 600/min"""
    return 'yaml-service-config', 'jwt_signing_key', [('jwt_signing_key', k)], t

@pos
def bearer_jwt_curl():
    tok = jwt({'sub': 'svc-billing-export', 'iss': f'https://sso.{DOM}/realms/ops', 'aud': 'invoice-api', 'exp': 1780000000 + R.randint(0, 9999999), 'scope': 'invoice:read invoice:export'})
    t = f"""> GET /v3/invoices?period=2026-05&status=open HTTP/1.1
> Host: invoice-api.{DOM}
> User-Agent: curl/8.5.0
> Authorization: Bearer {tok}
> Accept: application/json
>
< HTTP/1.1 200 OK
< Content-Type: application/json
< X-Total-Count: 18211
<
{{"items":[{{"invoice":"RE-2026-05-0041187","amount":"49.99","currency":"EUR"}}],"next":"cursor_9f2e"}}"""
    return 'curl-verbose-output', 'bearer_jwt', [('bearer_jwt', tok)], t

@pos
def k8s_sa_token():
    tok = jwt({'iss': 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'netops', 'kubernetes.io/serviceaccount/service-account.name': 'netbox-sync', 'sub': 'system:serviceaccount:netops:netbox-sync'}, alg='RS256')
    t = f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJkekNDQVIyZ0F3SUJBZ0lCQURBS0JnZ3Foa2pPUFFRREFqQWpNU0V3SHdZRFZRUUREQmhyTTNNdGMyVnkK
    server: https://k8s-ops.{DOM}:6443
  name: ops
contexts:
- context: {{cluster: ops, namespace: netops, user: netbox-sync}}
  name: ops
current-context: ops
users:
- name: netbox-sync
  user:
    token: {tok}"""
    return 'kubeconfig', 'kubernetes_service_account_token', [('kubernetes_service_account_token', tok)], t

@pos
def ssh_private_key():
    k = openssh_ed25519_private('deploy@netops-ci'); t = f"""Run ssh-agent action
  with:
    ssh-private-key: ***
Adding private key(s) to agent
Identity added: (stdin) (deploy@netops-ci)
##[debug]Evaluating: secrets.DEPLOY_KEY_OLD
##[debug]Result: '{k}'
Key(s) added:
256 SHA256:{b64(32).rstrip('=')} deploy@netops-ci (ED25519)"""
    return 'github-actions-debug-log', 'ssh_private_key', [('ssh_private_key', k)], t

@pos
def ec_key_file():
    k = ec_private_pem(); t = f"""$ ls -l /etc/ssl/private/
-rw------- 1 root root  227 Mar  4 10:12 radsec.{DOM}.key
-rw-r--r-- 1 root root 1342 Mar  4 10:12 radsec.{DOM}.crt
$ sudo cat /etc/ssl/private/radsec.{DOM}.key
{k}"""
    return 'shell-cat-key-file', 'tls_private_key', [('tls_private_key', k)], t

@pos
def rsa_in_helm():
    k = rsa_private_pem(2048, pkcs8=True); ind = '\n    '.join(k.split('\n')); t = f"""# values-prod.yaml (selfcare-portal)
ingress:
  host: selfcare.{DOM}
tls:
  key: |
    {ind}
replicaCount: 3"""
    return 'helm-values-yaml', 'tls_private_key', [('tls_private_key', k.replace('\n', '\n    '))], t

@pos
def gcp_sa_json():
    k = rsa_private_pem(2048, pkcs8=True).replace('\n', '\\n'); kid = rhex(40)
    t = '{\n  "type": "service_account",\n  "project_id": "nw-analytics-prod",\n  "private_key_id": "%s",\n  "private_key": "%s\\n",\n  "client_email": "bq-loader@nw-analytics-prod.iam.gserviceaccount.com",\n  "client_id": "%s",\n  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}' % (kid, k, rdig(21))
    return 'gcp-service-account-json', 'gcp_service_account_private_key', [('gcp_service_account_private_key', k)], t

@pos
def smtp_postfix():
    p = pw(16); t = f"""root@mailrelay01:~# postmap -q "[smtp.mailprovider.example]:587" hash:/etc/postfix/sasl_passwd
rechnung@{DOM}:{p}
root@mailrelay01:~# grep relayhost /etc/postfix/main.cf
relayhost = [smtp.mailprovider.example]:587
root@mailrelay01:~# postqueue -p | tail -1
-- 12 Kbytes in 3 Requests."""
    return 'postfix-sasl-lookup', 'smtp_password', [('smtp_password', p)], t

@pos
def restic():
    p = words_pass() + '-' + words_pass(); t = f"""#!/bin/bash
# /usr/local/sbin/backup-netbox.sh  -- nightly, cron 02:15
export RESTIC_REPOSITORY="s3:https://s3.backup.{DOM}/netbox"
export RESTIC_PASSWORD='{p}'
export AWS_SHARED_CREDENTIALS_FILE=/root/.aws/backup-credentials
pg_dump -Fc netbox > /var/backups/netbox.dump
restic backup /var/backups/netbox.dump /opt/netbox/netbox/media --tag nightly
restic forget --keep-daily 14 --keep-weekly 8 --prune"""
    return 'bash-script', 'backup_encryption_passphrase', [('backup_encryption_passphrase', p)], t

@pos
def bgp_ios_neighbor():
    p = pw(16); t = f"""router bgp 64777
 bgp log-neighbor-changes
 neighbor IXP-RS peer-group
 neighbor IXP-RS remote-as 64999
 neighbor IXP-RS password 0 {p}
 neighbor 185.1.{R.randint(0,255)}.1 peer-group IXP-RS
 neighbor 185.1.{R.randint(0,255)}.2 peer-group IXP-RS
 !
 address-family ipv4
  neighbor IXP-RS route-map IXP-IN in
  neighbor IXP-RS maximum-prefix 250000 90 restart 15"""
    return 'cisco-ios-bgp-config', 'bgp_md5_password', [('bgp_md5_password', p)], t

@pos
def chat_wifi_cpe():
    w = rpass(12, ''); p = rdig(4) + rstr(4, string.ascii_uppercase)
    t = f"""[Care chat #CH-{rdig(7)}]
10:41 Kundin: Mein WLAN ist seit dem Routertausch weg, was ist das Passwort?
10:42 Agent (Nordwelle Care Bot): Ich habe die Werkseinstellungen des neuen Routers (FRITZ!Box 7590, CPE-ID {rdig(8)}) geprüft.
10:42 Agent (Nordwelle Care Bot): Das WLAN-Netz heißt "NW-{rstr(4, string.ascii_uppercase)}" und der WLAN-Netzwerkschlüssel lautet: {w}
10:43 Agent (Nordwelle Care Bot): Das Gerätekennwort für die Oberfläche (http://fritz.box) lautet {p}. Bitte ändern Sie beides nach der Anmeldung.
10:45 Kundin: Klappt, danke!"""
    return 'customer-chat-transcript', 'wpa_psk', [('wpa_psk', w), ('device_login_password', p)], t

@pos
def email_partner_creds():
    p = pw(14); t = f"""From: wholesale-onboarding@{DOM}
To: provisioning@isp-partner.example
Subject: Zugang Bitstream-Portal / access to bitstream ordering portal
Date: {ts().strftime('%a, %d %b %Y %H:%M:%S +0200')}

Hello,

your account for the Nordwelle wholesale portal (https://wholesale.{DOM}) is active.

  Login:     partner-4471
  Password:  {p}

Please change the password after the first login. The API key for the ordering API will be sent separately.

Kind regards
Wholesale Onboarding, {ORG}"""
    return 'email', 'portal_password', [('portal_password', p)], t

@pos
def field_wo_ont():
    p = pw(10); t = f"""WORK ORDER  WO-2026-{rdig(6)}        Priority: P2        Type: FTTH Activation
Customer ref: KD{rdig(7)}        Site: Kiefernweg {R.randint(1,80)}, 14712 Rathenow
Assigned: FE team West / tech #0231        Window: 08:00-12:00
-----------------------------------------------------------------------
Steps:
 1. Install ONT (Huawei HG8145X6), splice drop at AP-RTW-112 port 7.
 2. Register ONT on olt-rtw01 0/2/5 with LOID from order.
 3. Local admin on ONT for activation: user "telecomadmin", password "{p}" (rotates after activation).
 4. Measure optical power at ONT; accept -8 to -27 dBm.
Materials: ONT x1, patch SC/APC 2m x1, wall box x1"""
    return 'field-work-order', 'device_login_password', [('device_login_password', p)], t

@pos
def terraform_state():
    p = rpass(24, ''); t = json.dumps({"version": 4, "terraform_version": "1.8.4", "serial": 212, "lineage": ruuid(), "resources": [{"mode": "managed", "type": "random_password", "name": "crm_db", "provider": "provider[\"registry.terraform.io/hashicorp/random\"]", "instances": [{"schema_version": 3, "attributes": {"id": "none", "length": 24, "special": False, "result": p}, "sensitive_attributes": [[{"type": "get_attr", "value": "result"}]]}]}]}, indent=2)
    return 'terraform-state-json', 'database_password', [('database_password', p)], t

@pos
def sqlplus_cdr():
    p = pw(12); t = f"""[oracle@mediation01 ~]$ sqlplus -s MED_RO/{p}@MEDPRD <<'EOF'
select trunc(start_time,'HH24') hr, count(*) from cdr_voice where start_time > sysdate-1/6 group by trunc(start_time,'HH24') order by 1;
EOF

HR                    COUNT(*)
------------------- ----------
2026-06-11 08:00:00      51344
2026-06-11 09:00:00      60127
2026-06-11 10:00:00      22981"""
    return 'sqlplus-session', 'database_password', [('database_password', p)], t

@pos
def powershell_cred():
    p = pw(16); t = f"""PS C:\\Scripts> Get-Content .\\Sync-CareQueue.ps1 | Select-Object -First 12
# Syncs Genesys care queues into the shift planner
$User = "CORP\\svc-shiftplan"
$Pass = ConvertTo-SecureString "{p}" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($User, $Pass)
$Session = New-PSSession -ComputerName wfm01.corp.{DOM} -Credential $Cred
Invoke-Command -Session $Session -ScriptBlock {{ Import-Module WFM; Sync-Queues -Site Rathenow }}
Remove-PSSession $Session"""
    return 'powershell-script', 'service_account_password', [('service_account_password', p)], t

@pos
def aes_key_billing():
    k = rhex(64); t = f"""[billing-archive]
; Encryption of archived invoices (PDF) at rest, AES-256-GCM
archive_root = /srv/billing/archive
key_id = inv-archive-2026q2
key_hex = {k}
rotate_after_days = 90
[sepa]
creditor_id = DE98ZZZ09999999999
batch_cutoff = 15:30"""
    return 'ini-config', 'encryption_key', [('encryption_key', k)], t

@pos
def webhook_own():
    s = 'nwwh_' + rhex(40); t = f"""Partner API — webhook configuration (exported {iso()})
endpoint_id     : whk_{rstr(12)}
url             : https://hooks.isp-partner.example/nordwelle/orders
events          : order.created, order.completed, appointment.changed
signing_secret  : {s}
signature_header: X-NW-Signature (HMAC-SHA256, hex)
status          : active"""
    return 'api-admin-export', 'webhook_signing_secret', [('webhook_signing_secret', s)], t

@pos
def netrc():
    p = pw(20); t = f"""ci@build03:~$ cat ~/.netrc
machine artifacts.{DOM}
  login ci-publisher
  password {p}
machine api.github.com
  login nw-ci-bot
  password ${{GH_TOKEN}}
ci@build03:~$"""
    return 'netrc', 'artifact_repository_password', [('artifact_repository_password', p)], t

@pos
def proxy_env():
    p = pw(12); t = f"""$ env | grep -i proxy
HTTPS_PROXY=http://svc-fieldapp:{p}@proxy.corp.{DOM}:3128
HTTP_PROXY=http://svc-fieldapp:{p}@proxy.corp.{DOM}:3128
NO_PROXY=localhost,127.0.0.1,.{DOM},.svc.cluster.local
$ curl -sI https://updates.vendor.example/ont/ | head -1
HTTP/1.1 200 OK"""
    return 'shell-env-output', 'proxy_password', [('proxy_password', p)], t

@pos
def vault_kv_get():
    p = pw(20); t = f"""$ vault kv get -mount=netops radius/core
===== Secret Path =====
netops/data/radius/core

======= Metadata =======
Key                Value
---                -----
created_time       {iso()}
custom_metadata    <nil>
deletion_time      n/a
destroyed          false
version            7

=========== Data ===========
Key              Value
---              -----
coa_port         3799
shared_secret    {p}"""
    return 'vault-kv-get-output', 'radius_shared_secret', [('radius_shared_secret', p)], t

@pos
def crash_env():
    p = rpass(16, ''); s = 'sk_live_51' + rstr(97); t = f"""Traceback (most recent call last):
  File "/app/payments/worker.py", line 88, in charge_invoice
    intent = stripe.PaymentIntent.create(**payload)
stripe.error.APIConnectionError: Could not connect to Stripe (https://api.stripe.com).

--- environment at crash (sentry breadcrumb) ---
HOSTNAME=payments-worker-6f9c8d7b5-x2kqp
PAYMENTS_DB_URL=postgresql://payments:{p}@pg-pay01.{DOM}/payments
STRIPE_API_KEY={s}
PYTHONUNBUFFERED=1"""
    return 'python-crash-report', 'stripe_secret_key', [('database_password', p), ('stripe_secret_key', s)], t

@pos
def azure_func_settings():
    k = b64(64); t = json.dumps({"IsEncrypted": False, "Values": {"FUNCTIONS_WORKER_RUNTIME": "python", "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=nwcdrarchive;AccountKey=%s;EndpointSuffix=core.windows.net" % k, "CDR_CONTAINER": "cdr-voice-archive", "APPLICATIONINSIGHTS_CONNECTION_STRING": "InstrumentationKey=%s;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" % ruuid()}, "Host": {"LocalHttpPort": 7071}}, indent=2)
    return 'azure-functions-local.settings.json', 'azure_storage_account_key', [('azure_storage_account_key', k)], t

# ============================================================ vendor tokens placed in generic carriers
def T(kind, value, var, note='', ctx=()):
    return dict(kind=kind, value=value, var=var, note=note, ctx=list(ctx))

def token_pool():
    tw_sid = 'AC' + rhex(32); pp_id = 'A' + rstr(79, URLSAFE); vn_key = rhex(8); pl_id = 'MA' + rstr(18, string.ascii_uppercase + string.digits)
    goog_id = rdig(12) + '-' + rstr(32, string.ascii_lowercase + string.digits) + '.apps.googleusercontent.com'
    return [
        [T('aws_secret_access_key', rstr(40, ALNUM + '+/'), 'AWS_SECRET_ACCESS_KEY', ctx=[('AWS_ACCESS_KEY_ID', 'AKIA' + rstr(16, string.ascii_uppercase + '234567')), ('AWS_DEFAULT_REGION', 'eu-central-1')])],
        [T('github_pat', gh_token('ghp_'), 'GITHUB_TOKEN')],
        [T('github_fine_grained_pat', 'github_pat_11' + rstr(20, string.ascii_uppercase + string.digits) + '_' + rstr(59), 'GH_PAT_RELEASES')],
        [T('github_app_installation_token', gh_token('ghs_'), 'GH_INSTALLATION_TOKEN')],
        [T('gitlab_pat', 'glpat-' + rstr(20, URLSAFE), 'GITLAB_TOKEN', ctx=[('GITLAB_URL', 'https://gitlab.' + DOM)])],
        [T('slack_bot_token', 'xoxb-' + rdig(12) + '-' + rdig(13) + '-' + rstr(24), 'SLACK_BOT_TOKEN', ctx=[('SLACK_CHANNEL', '#noc-alerts')])],
        [T('slack_webhook_url', 'https://hooks.slack.com/services/T' + rstr(10, string.ascii_uppercase + string.digits) + '/B' + rstr(10, string.ascii_uppercase + string.digits) + '/' + rstr(24), 'SLACK_WEBHOOK_URL')],
        [T('stripe_restricted_key', 'rk_live_51' + rstr(97), 'STRIPE_RK'), T('stripe_webhook_secret', 'whsec_' + rstr(32), 'STRIPE_WEBHOOK_SECRET', ctx=[('STRIPE_PUBLISHABLE_KEY', 'pk_live_51' + rstr(97))])],
        [T('twilio_auth_token', rhex(32), 'TWILIO_AUTH_TOKEN', ctx=[('TWILIO_ACCOUNT_SID', tw_sid)])],
        [T('sendgrid_api_key', 'SG.' + rstr(22, URLSAFE) + '.' + rstr(43, URLSAFE), 'SENDGRID_API_KEY')],
        [T('mailgun_api_key', 'key-' + rhex(32), 'MAILGUN_API_KEY', ctx=[('MAILGUN_DOMAIN', 'mg.' + DOM)])],
        [T('openai_api_key', 'sk-proj-' + rstr(74, URLSAFE) + 'T3BlbkFJ' + rstr(74, URLSAFE), 'OPENAI_API_KEY')],
        [T('anthropic_api_key', 'sk-ant-api03-' + rstr(93, URLSAFE) + 'AA', 'ANTHROPIC_API_KEY')],
        [T('npm_token', npm_token(), 'NPM_TOKEN')],
        [T('pypi_token', 'pypi-AgEIcHlwaS5vcmc' + rstr(130, URLSAFE), 'TWINE_PASSWORD', ctx=[('TWINE_USERNAME', '__token__')])],
        [T('azure_storage_account_key', b64(64), 'AZURE_STORAGE_KEY', ctx=[('AZURE_STORAGE_ACCOUNT', 'nwcdrarchive')])],
        [T('azure_ad_client_secret', rstr(3, ALNUM) + '8Q~' + rstr(34, ALNUM + '_~.-'), 'AZURE_CLIENT_SECRET', ctx=[('AZURE_CLIENT_ID', ruuid()), ('AZURE_TENANT_ID', ruuid())])],
        [T('google_api_key', 'AIza' + rstr(35, URLSAFE), 'GOOGLE_MAPS_API_KEY')],
        [T('google_oauth_client_secret', 'GOCSPX-' + rstr(28, URLSAFE), 'GOOGLE_CLIENT_SECRET', ctx=[('GOOGLE_CLIENT_ID', goog_id)])],
        [T('datadog_api_key', rhex(32), 'DD_API_KEY'), T('datadog_app_key', rhex(40), 'DD_APP_KEY', ctx=[('DD_SITE', 'datadoghq.eu')])],
        [T('pagerduty_routing_key', rhex(32), 'PAGERDUTY_ROUTING_KEY')],
        [T('okta_api_token', '00' + rstr(40, URLSAFE), 'OKTA_API_TOKEN', ctx=[('OKTA_ORG_URL', 'https://nordwelle.okta.example')])],
        [T('vault_token', 'hvs.CAESI' + rstr(86, URLSAFE), 'VAULT_TOKEN', ctx=[('VAULT_ADDR', 'https://vault.' + DOM + ':8200')])],
        [T('terraform_cloud_token', rstr(14) + '.atlasv1.' + rstr(67), 'TF_TOKEN_app_terraform_io')],
        [T('digitalocean_token', 'dop_v1_' + rhex(64), 'DIGITALOCEAN_TOKEN')],
        [T('hetzner_cloud_token', rstr(64), 'HCLOUD_TOKEN')],
        [T('cloudflare_api_token', rstr(40, URLSAFE), 'CLOUDFLARE_API_TOKEN', ctx=[('CLOUDFLARE_ZONE_ID', rhex(32))])],
        [T('telegram_bot_token', rdig(10) + ':AA' + rstr(33, URLSAFE), 'TELEGRAM_BOT_TOKEN', ctx=[('TELEGRAM_CHAT_ID', '-100' + rdig(10))])],
        [T('grafana_service_account_token', (lambda b: 'glsa_' + b + '_' + '%08x' % (zlib.crc32(b.encode()) & 0xffffffff))(rstr(32)), 'GRAFANA_TOKEN')],
        [T('new_relic_user_key', 'NRAK-' + rstr(27, string.ascii_uppercase + string.digits), 'NEW_RELIC_API_KEY')],
        [T('sentry_auth_token', 'sntryu_' + rhex(64), 'SENTRY_AUTH_TOKEN', ctx=[('SENTRY_ORG', 'nordwelle')])],
        [T('docker_hub_pat', 'dckr_pat_' + rstr(27, URLSAFE), 'DOCKERHUB_TOKEN', ctx=[('DOCKERHUB_USERNAME', 'nordwelleci')])],
        [T('postman_api_key', 'PMAK-' + rhex(24) + '-' + rhex(34), 'POSTMAN_API_KEY')],
        [T('atlassian_api_token', (lambda b: 'ATATT3xFfGF0' + b + '=' + '%08X' % (zlib.crc32(b.encode()) & 0xffffffff))(rstr(180, URLSAFE)), 'JIRA_API_TOKEN', ctx=[('JIRA_USER', 'noc-bot@' + DOM)])],
        [T('zendesk_api_token', rstr(40), 'ZENDESK_API_TOKEN', ctx=[('ZENDESK_SUBDOMAIN', 'nordwelle-care')])],
        [T('hubspot_private_app_token', 'pat-eu1-' + ruuid(), 'HUBSPOT_TOKEN')],
        [T('shopify_admin_token', 'shpat_' + rhex(32), 'SHOPIFY_ADMIN_TOKEN', ctx=[('SHOPIFY_STORE', 'nordwelle-shop.myshopify.com')])],
        [T('paypal_client_secret', 'E' + rstr(79, URLSAFE), 'PAYPAL_CLIENT_SECRET', ctx=[('PAYPAL_CLIENT_ID', pp_id)])],
        [T('braintree_access_token', 'access_token$production$' + rstr(16, string.ascii_lowercase + string.digits) + '$' + rhex(32), 'BRAINTREE_ACCESS_TOKEN')],
        [T('gocardless_access_token', 'live_' + rstr(40, URLSAFE), 'GOCARDLESS_ACCESS_TOKEN')],
        [T('mollie_api_key', 'live_' + rstr(30), 'MOLLIE_API_KEY')],
        [T('vonage_api_secret', rstr(16), 'VONAGE_API_SECRET', ctx=[('VONAGE_API_KEY', vn_key)])],
        [T('messagebird_access_key', rstr(25), 'MESSAGEBIRD_ACCESS_KEY')],
        [T('plivo_auth_token', rstr(40), 'PLIVO_AUTH_TOKEN', ctx=[('PLIVO_AUTH_ID', pl_id)])],
        [T('mapbox_secret_token', 'sk.eyJ1Ijoibm9yZHdlbGxlIiwiYSI6I' + rstr(20) + '.' + rstr(22, URLSAFE), 'MAPBOX_SECRET_TOKEN')],
        [T('jfrog_reference_token', base64.b64encode(('reftkn:01:%d:%s' % (1790000000 + R.randint(0, 9999999), rstr(27))).encode()).decode().rstrip('='), 'ARTIFACTORY_TOKEN')],
        [T('jenkins_api_token', '11' + rhex(32), 'JENKINS_API_TOKEN', ctx=[('JENKINS_USER', 'netops-deploy')])],
        [T('huggingface_token', 'hf_' + rstr(34, string.ascii_letters), 'HF_TOKEN')],
        [T('linear_api_key', 'lin_api_' + rstr(40), 'LINEAR_API_KEY')],
        [T('cloudflare_global_api_key', rhex(37), 'CF_API_KEY', ctx=[('CF_API_EMAIL', 'dns-admin@' + DOM)])],
        [T('keycloak_client_secret', rstr(32), 'KC_CLIENT_SECRET', ctx=[('KC_CLIENT_ID', 'selfcare-portal')])],
        [T('freshdesk_api_key', rstr(20), 'FRESHDESK_API_KEY')],
    ]

def _ctx_pairs(items):
    out = []
    for it in items:
        out += it['ctx']; out.append((it['var'], it['value']))
    return out

CARRIERS = []
def carrier(f): CARRIERS.append(f); return f

@carrier
def c_dotenv(items):
    pairs = [('NODE_ENV', 'production'), ('LOG_LEVEL', 'info')] + _ctx_pairs(items) + [('HTTP_TIMEOUT_MS', '8000')]
    return 'dotenv', '# .env  (noc-notifier, prod)\n' + '\n'.join('%s=%s' % p for p in pairs) + '\n'
@carrier
def c_k8s_stringdata(items):
    body = '\n'.join('  %s: "%s"' % p for p in _ctx_pairs(items))
    return 'kubernetes-secret-manifest', f"""# deploy/overlays/prod/secret-integrations.yaml
apiVersion: v1
kind: Secret
metadata:
  name: care-integrations
  namespace: care
  labels: {{app.kubernetes.io/part-of: care-platform}}
type: Opaque
stringData:
{body}
"""
@carrier
def c_compose(items):
    body = '\n'.join('      - %s=%s' % p for p in _ctx_pairs(items))
    return 'docker-compose-yaml', f"""services:
  outage-notifier:
    image: registry.{DOM}/noc/outage-notifier:2.14.1
    restart: unless-stopped
    environment:
      - TZ=Europe/Berlin
{body}
    ports:
      - "8081:8080"
"""
@carrier
def c_gha_log(items):
    lines = ['##[group]Run ./scripts/deploy.sh prod', 'shell: /usr/bin/bash -e {0}', '##[endgroup]'] + ['+ export %s=%s' % p for p in _ctx_pairs(items)] + ['+ ./bin/release --env prod --service billing-notify', 'release 4.8.2 rolled out (3/3 pods ready)']
    t0 = ts(); out = []
    for l in lines:
        t0 += datetime.timedelta(microseconds=R.randint(400, 900000))
        out.append(t0.strftime('%Y-%m-%dT%H:%M:%S.%f') + '0Z ' + l)
    return 'github-actions-log', '\n'.join(out)
@carrier
def c_gitlab_log(items):
    ls = '\n'.join('$ echo "using %s=%s"\nusing %s=%s' % (k, v, k, v) for k, v in _ctx_pairs(items))
    return 'gitlab-ci-job-log', f"""Running with gitlab-runner 17.0.1 (44feccdf)
  on nw-runner-03 Wq3xk9zL, system ID: s_{rhex(12)}
Preparing the "docker" executor
Using docker image sha256:{rhex(64)} for python:3.12-slim ...
$ pip install -q -r requirements.txt
{ls}
$ python tools/sync_numbers.py --dry-run
synced 0 ranges (dry run)
Job succeeded"""
@carrier
def c_tfvars(items):
    return 'terraform-tfvars', '# environments/prod/terraform.tfvars\nregion      = "eu-central-1"\nenvironment = "prod"\n' + '\n'.join('%-28s= "%s"' % (k.lower(), v) for k, v in _ctx_pairs(items)) + '\n'
@carrier
def c_ansible_vars(items):
    return 'ansible-group-vars-yaml', '---\n# group_vars/care_bots/main.yml\ncare_bot_replicas: 2\ncare_bot_language: de\ncare_bot_queues:\n  - care-l1\n  - billing\ncare_bot_escalation_after_s: 240\n' + '\n'.join('%s: "%s"' % (k.lower(), v) for k, v in _ctx_pairs(items)) + '\ncare_bot_metrics_port: 9464\n'
@carrier
def c_json_api(items):
    d = {'service': 'integration-registry', 'tenant': 'nordwelle', 'integration': items[0]['kind'].split('_')[0], 'config': {k.lower(): v for k, v in _ctx_pairs(items)}, 'updated_at': iso(), 'updated_by': 'svc-netops-ansible'}
    return 'json-api-response', 'HTTP/1.1 200 OK\nContent-Type: application/json\n\n' + json.dumps(d, indent=2, ensure_ascii=False)
@carrier
def c_python_settings(items):
    return 'python-settings-module', '"""settings_prod.py - care automation"""\nimport os\n\nTIMEZONE = "Europe/Berlin"\n' + '\n'.join('%s = "%s"' % p for p in _ctx_pairs(items)) + '\nRETRY_BACKOFF = (1, 2, 5, 10)\n'
@carrier
def c_systemd(items):
    return 'systemd-unit', f"""# /etc/systemd/system/cdr-exporter.service
[Unit]
Description=CDR exporter (mediation -> data lake)
After=network-online.target

[Service]
User=cdrexp
""" + '\n'.join('Environment="%s=%s"' % p for p in _ctx_pairs(items)) + """
ExecStart=/opt/cdr-exporter/bin/cdr-exporter --config /etc/cdr-exporter.yml
Restart=on-failure

[Install]
WantedBy=multi-user.target"""
@carrier
def c_shell_history(items):
    ls = []
    for k, v in _ctx_pairs(items): ls.append('export %s="%s"' % (k, v))
    ls += ['./scripts/push_status.sh --incident INC-2026-%s' % rdig(4), 'history | tail -20', 'unset HISTFILE']
    return 'bash-history', '\n'.join('%5d  %s' % (1040 + i, l) for i, l in enumerate(['cd ~/noc-tools', 'git pull'] + ls))
@carrier
def c_chat(items):
    it = items[-1]; ctx = ''.join(f"\n[10:01] m.albers: and {k} is {v}" for k, v in it['ctx'])
    return 'team-chat-transcript', f"""#netops-automation (Mattermost export)
[09:58] j.kruse: the SMS outage notifier fails with 401 since this morning, anyone rotated the creds?
[10:01] m.albers: yes, rotated yesterday. new value for {it['var']}: {it['value']}{ctx}
[10:02] m.albers: (I know, I know, will move it to vault today)
[10:04] j.kruse: works again, thx. sent 412 queued notifications for Störung ST-{rdig(5)}.""" + ''.join(f"\n[10:06] m.albers: also {x['var']}={x['value']}" for x in items[:-1])
@carrier
def c_email(items):
    body = '\n'.join('  %s: %s' % p for p in _ctx_pairs(items))
    return 'email', f"""From: it-integrations@{DOM}
To: care-tools@{DOM}
Subject: Zugangsdaten Produktion / production credentials for the SMS gateway migration
Date: {ts().strftime('%a, %d %b %Y %H:%M:%S +0200')}
Message-ID: <{rhex(16)}@mail.{DOM}>

Hallo zusammen,

wie besprochen die Zugangsdaten für die Produktion:

{body}

Bitte nicht weiterleiten; wir ziehen das bis Ende Juni in Vault um.

Gruß
IT Integrations"""
@carrier
def c_ticket(items):
    body = '\n'.join('    %s = %s' % p for p in _ctx_pairs(items))
    return 'jira-ticket-export', f"""Key: NETOPS-{rdig(4)}
Summary: Monitoring integration broken after vendor rotation
Status: In Progress   Priority: High   Assignee: Dirk Wendt
Created: {iso()}
--- Comment (Dirk Wendt) ---
Vendor rotated our key. Updated config on mon01, for the record:
{body}
--- Comment (Ute Petersen) ---
Please do not paste credentials into tickets. Rotating again and moving to the secret store.
"""
@carrier
def c_har(items):
    body = json.dumps({'integration': items[0]['kind'], 'settings': {k.lower(): v for k, v in _ctx_pairs(items)}, 'enabled': True})
    d = {'log': {'version': '1.2', 'creator': {'name': 'WebInspector', 'version': '537.36'}, 'entries': [{'startedDateTime': iso(), 'request': {'method': 'PUT', 'url': 'https://admin.%s/api/integrations/%d' % (DOM, R.randint(10, 99)), 'headers': [{'name': 'Content-Type', 'value': 'application/json'}, {'name': 'X-Requested-With', 'value': 'XMLHttpRequest'}], 'postData': {'mimeType': 'application/json', 'text': body}}, 'response': {'status': 204, 'headers': [{'name': 'x-request-id', 'value': ruuid()}]}}]}}
    return 'har', json.dumps(d, indent=1)
@carrier
def c_jenkins(items):
    ls = '\n'.join('+ %s=%s' % p for p in _ctx_pairs(items))
    return 'jenkins-console-log', f"""Started by timer
Running as SYSTEM
[Pipeline] Start of Pipeline
[Pipeline] node
Running on agent-linux-04 in /var/lib/jenkins/workspace/care-sms-sync
[Pipeline] {{
[Pipeline] sh
+ set -x
+ . ./ci/env.prod
{ls}
+ python3 sync.py --queue care-sms
synced 1 204 templates
[Pipeline] }}
[Pipeline] End of Pipeline
Finished: SUCCESS"""
@carrier
def c_config_json(items):
    d = {'name': 'fieldapp-backend', 'version': '3.2.0', 'integrations': {it['kind']: dict([(k.lower(), v) for k, v in it['ctx']] + [('secret' if 'secret' in it['kind'] else 'token', it['value'])]) for it in items}, 'cache': {'ttl': 300}}
    return 'json-config-file', json.dumps(d, indent=2)
@carrier
def c_sql(items):
    rows = '\n'.join('| %-28s | %-s |' % (k.lower(), v) for k, v in _ctx_pairs(items))
    return 'sql-result', f"""mysql> SELECT name, value FROM integration_settings WHERE integration_id = {R.randint(10,99)};
+------------------------------+-------+
| name                         | value |
+------------------------------+-------+
{rows}
+------------------------------+-------+
{len(_ctx_pairs(items))} rows in set (0.00 sec)"""
@carrier
def c_properties(items):
    return 'java-properties', '# care-notify.properties\nnotify.retry.max=5\n' + '\n'.join('notify.%s=%s' % (k.lower().replace('_', '.'), v) for k, v in _ctx_pairs(items)) + '\nnotify.locale=de_DE\n'
@carrier
def c_git_diff(items):
    add = '\n'.join('+%s: %s' % (k.lower(), v) for k, v in _ctx_pairs(items))
    return 'git-diff', f"""commit {rhex(40)}
Author: Tobias Lehmann <t.lehmann@{DOM}>
Date:   {ts().strftime('%a %b %d %H:%M:%S %Y')} +0200

    hotfix: configure notifier for prod

diff --git a/config/prod.yml b/config/prod.yml
index {rhex(7)}..{rhex(7)} 100644
--- a/config/prod.yml
+++ b/config/prod.yml
@@ -4,3 +4,{3+len(_ctx_pairs(items))} @@ notifier:
   enabled: true
   channel: outage
{add}
   retries: 3"""
@carrier
def c_pod_describe(items):
    env = '\n'.join('      %s:  %s' % p for p in _ctx_pairs(items))
    return 'kubectl-describe-pod', f"""Name:             care-sync-7d9f5c6b8-{rstr(5, string.ascii_lowercase + string.digits)}
Namespace:        care
Node:             k8s-w-07/10.40.9.17
Status:           Running
Containers:
  care-sync:
    Image:          registry.{DOM}/care/care-sync:1.19.0
    Environment:
      LOG_FORMAT:  json
{env}
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-{rstr(5, string.ascii_lowercase)} (ro)"""
@carrier
def c_postman(items):
    d = {'info': {'name': 'Nordwelle vendor APIs', 'schema': 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'}, 'variable': [{'key': k, 'value': v} for k, v in _ctx_pairs(items)], 'item': [{'name': 'ping', 'request': {'method': 'GET', 'url': '{{base_url}}/ping'}}]}
    return 'postman-collection-json', json.dumps(d, indent=2)

def make_positive_rows():
    rows = []
    for f in POS:
        fmt, cat, secs, text = f()
        rows.append(dict(format=fmt, label='secret', category=cat, secrets=[{'kind': k, 'value': v} for k, v in secs], text=text))
    pool = token_pool(); R.shuffle(pool)
    need = 100 - len(rows); assert need <= len(pool), (need, len(pool))
    # group pools: some rows get two singleton groups merged to reach ~120 secrets
    groups = pool[:need]; extra = pool[need:]
    for i, e in enumerate(extra): groups[i * 3 % need] = groups[i * 3 % need] + e
    cs = CARRIERS[:]
    for i, items in enumerate(groups):
        fmt, text = cs[i % len(cs)](items)
        rows.append(dict(format=fmt, label='secret', category=items[0]['kind'], secrets=[{'kind': it['kind'], 'value': it['value']} for it in items], text=text))
    return rows
