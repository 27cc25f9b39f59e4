/**
 * Secrets in network operators' tool output, read by structure: device configuration commands
 * (Cisco typed secrets, routing keys, SNMP communities, Junos `$9$`), key files (ntp, SIM vendor
 * output, Postfix `sasl_passwd`, OpenVPN static keys, Terraform state), command lines, aligned
 * tables and German labels; each with a look-alike that must stay quiet (one-way hashes, Digest
 * responses, references, identifiers). All values are made up or generated here.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string): string[] => {
  const out = scan({ text }, { pii: "off", secrets: "detect", injection: "off", deadlineMs: 30_000 });
  return out.findings.map((f) => text.slice(f.start, f.end));
};

/** Cisco's type 7 encoding (the Vigenère-like `xlat` table), so the values below decode as the real ones do. */
const XLAT = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";
function type7(plain: string, offset = 9): string {
  let out = String(offset).padStart(2, "0");
  for (let i = 0; i < plain.length; i++) {
    const b = plain.charCodeAt(i) ^ XLAT.charCodeAt((offset + i) % XLAT.length);
    out += b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

describe("network device configuration grammar", () => {
  it("Cisco type 0 and type 7 secrets after password, key, key-string and secret; not hashes", () => {
    const t7 = type7("Rk4!vQm29x");
    const k7 = type7("Tq8#LpWz", 3);
    const config = [
      `username noc privilege 15 password 7 ${t7}`,
      `tacacs-server host 192.0.2.10 key 7 ${k7}`,
      " neighbor PEERS-V4 password 0 Heide!Sturm4417+",
      "enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM",
      "username ro secret 5 $1$pdQG$o8nrSzsGXeaduXrjlvKc91",
      "radius-server key 6 AAAAbZ[JfCVXOIQGPVbZ[`aU",
    ].join("\n");
    expect(found(config)).toEqual([t7, k7, "Heide!Sturm4417+"]);
    // the same words in prose
    expect(found("Press key 0 to continue, then enter the password 7 times.")).toEqual([]);
  });

  it("routing keys: OSPF message-digest keys, untyped authentication keys", () => {
    const k = type7("Ospf2Area0!", 11);
    expect(found(` ip ospf message-digest-key 1 md5 Lm7#Qv2xKp\n ip ospf message-digest-key 2 md5 7 ${k}`)).toEqual(["Lm7#Qv2xKp", k]);
    expect(found(" ip ospf authentication-key Zu9!rTb4")).toEqual(["Zu9!rTb4"]);
    expect(found("key chain OSPF\n key 1\n  key-string Vt3qLm8wKx")).toEqual(["Vt3qLm8wKx"]);
    expect(found(" ip ospf message-digest-key 1 md5 <key>")).toEqual([]);
  });

  it("Cisco ntp keys (type after the key), SNMPv3 users, Wi-Fi wpa-psk; not localised (encrypted) SNMPv3 keys", () => {
    const k = type7("NtpKey42", 5);
    expect(found(`ntp authentication-key 1 md5 ${k} 7\nntp authentication-key 2 md5 Hq7vLx3mTz`)).toEqual([k, "Hq7vLx3mTz"]);
    expect(found("snmp-server user poller NMS v3 auth sha Jm4vQx8kTz2p priv aes 128 Wn6rLt3qXk9b")).toEqual(["Jm4vQx8kTz2p", "Wn6rLt3qXk9b"]);
    expect(found("snmp-server user old NMS v3 encrypted auth sha 7A:2B:3C:4D:5E:6F:70:81 priv aes 128 9F:8E:7D:6C:5B:4A:39:28")).toEqual([]);
    expect(found(" authentication key-management wpa version 2\n wpa-psk ascii 0 Fz8mKq2vTw5x")).toEqual(["Fz8mKq2vTw5x"]);
  });

  it("a GPON ONT's LOID check code, only under its Loid", () => {
    expect(found("  Loid                    : NW30117342\n  Checkcode               : 5817203946\n")).toEqual(["5817203946"]);
    expect(found("  Checkcode               : 5817203946\n")).toEqual([]);
  });

  it("SNMP communities set by a device's command, net-snmp's snmpd.conf and a DOCSIS config file", () => {
    expect(found("snmp-server community Nq4vTr8wZp RO 10")).toEqual(["Nq4vTr8wZp"]);
    expect(found("set snmp community Hx2kLw9rMs authorization read-only")).toEqual(["Hx2kLw9rMs"]);
    expect(found("rocommunity Vb7nQe3yTk 10.0.0.0/8")).toEqual(["Vb7nQe3yTk"]);
    expect(found('\tSnmpMibObject docsDevNmAccessCommunity.1 String "p8Rk2mXq7Zw" ;')).toEqual(["p8Rk2mXq7Zw"]);
    expect(found("snmp-server community strings must be rotated yearly")).toEqual([]);
  });

  it("Junos $9$ secrets and SECRET-DATA values are secrets; Cisco type 9 and crypt hashes are not", () => {
    const nine = "$9$Hk.5TF/tOIcrvMXdbY2Zjik.P5Tz6AuOBIEyrKMWx";
    expect(found(`set protocols bgp group T neighbor 198.51.100.1 authentication-key "${nine}"`)).toEqual([nine]);
    expect(found(`authentication-key "${nine}"; ## SECRET-DATA`)).toEqual([nine]);
    expect(found('            encrypted-password "$6$Yx1Q9$P2V9lOq2f0Z6nP7q0m3kGvJqk2G4sQm1m8n7b6v5c4x3z2a1s0d9f8g7h6j5k4l3"; ## SECRET-DATA')).toEqual([]);
    expect(found("enable secret 9 $9$mFp0Tq2wLx8ZcN$3kQzX.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqC")).toEqual([]);
  });

  it("ntp and chrony key files: the key after its number and type", () => {
    const hex = "9f2c41d8b7e60a35c1f4e2d9087b6a5c3e1d2f40";
    expect(found(`# id  type  key\n1 SHA1 ${hex}\n2 MD5 Wq8rTz4k # legacy\ntrustedkey 1 2`)).toEqual([hex, "Wq8rTz4k"]);
    expect(found("3 MD5 checks failed during the audit")).toEqual([]);
  });
});

describe("IPsec, SIP and TR-069 settings", () => {
  it("IPsec pre-shared keys: isakmp, IKEv2 keyrings, ipsec.secrets, FortiOS; not type 6 or ENC", () => {
    expect(found("crypto isakmp key Wd4kQz7mTp2x address 203.0.113.9")).toEqual(["Wd4kQz7mTp2x"]);
    expect(found("crypto isakmp key 6 FLgBaJHXdYY_AcHZZMHQ_bMWXFAGNXDf address 203.0.113.9")).toEqual([]);
    expect(found("crypto ikev2 keyring KR\n peer hub\n  pre-shared-key local Rn8vXq2kLm5t\n  pre-shared-key remote Hp3wZt7qKx9m")).toEqual([
      "Rn8vXq2kLm5t",
      "Hp3wZt7qKx9m",
    ]);
    const b64 = "0sS3E3bVR6MnZMcDl4UnQ0a1dxOE5iMnZaNWNYMw==";
    expect(found(`%any 198.51.100.4 : PSK ${b64}`)).toEqual([b64]);
    expect(found('config vpn ipsec phase1-interface\n  edit "hub"\n    set psksecret Tz6mKq3vWp8x\n    set psksecret ENC NvZk0Lq2r8mTxW4p\n  next')).toEqual([
      "Tz6mKq3vWp8x",
    ]);
    expect(found("You can set password rules in the portal.")).toEqual([]);
  });

  it("Asterisk's register line: the secret between the user and the host", () => {
    expect(found("register => 4930555:Kw7nRq2vTx@sip.carrier.example/4930555")).toEqual(["Kw7nRq2vTx"]);
    expect(found("register => 4930555@sip.carrier.example/4930555")).toEqual([]);
  });

  it("TR-069 parameters: SOAP ParameterValueStruct, GenieACS declare and device documents", () => {
    expect(
      found(
        '<ParameterValueStruct>\n  <Name>InternetGatewayDevice.ManagementServer.Password</Name>\n  <Value xsi:type="xsd:string">Mc4vTq8kZw2p</Value>\n</ParameterValueStruct>',
      ),
    ).toEqual(["Mc4vTq8kZw2p"]);
    expect(
      found(
        '<ParameterValueStruct><Name>InternetGatewayDevice.ManagementServer.PeriodicInformInterval</Name><Value xsi:type="xsd:unsignedInt">3600</Value></ParameterValueStruct>',
      ),
    ).toEqual([]);
    expect(found('declare("Device.ManagementServer.ConnectionRequestPassword", {value: 1}, {value: "Lx5nWq9rTk3m"});')).toEqual(["Lx5nWq9rTk3m"]);
    expect(found('"ManagementServer": {"Password": {"_value": "Pz2kRv7mXq4t", "_type": "xsd:string"}, "Username": {"_value": "cpe-7781"}}')).toEqual([
      "Pz2kRv7mXq4t",
    ]);
  });
});

describe("network services' key files", () => {
  it("a SIM vendor's output file: the Ki and OPc columns its var_out header names", () => {
    const ki = "3F9A1C7E5B2D8046A1C3E5F7092B4D6E";
    const opc = "C0FFEE1234ABCD5678EF9012A3B4C5D6";
    const file = `* Customer: Example Mobile\nvar_out: IMSI ICCID KI OPC\n001010000000001 8949000000000000017 ${ki} ${opc}\n* END`;
    expect(found(file)).toEqual([ki, opc]);
    expect(found("var_out: IMSI ICCID\n001010000000001 8949000000000000017\n")).toEqual([]);
  });

  it("Postfix sasl_passwd entries, and what postmap prints of one", () => {
    const text =
      '# postmap -q "[smtp.relay.example]:587" hash:/etc/postfix/sasl_passwd\nbilling@shop.example:Qz7!mKv29pL\n# cat /etc/postfix/sasl_passwd\n[smtp.relay.example]:587 alerts@shop.example:Tb4#nWx81rE';
    expect(found(text)).toEqual(["Qz7!mKv29pL", "Tb4#nWx81rE"]);
    // a host and port, no password
    expect(found("relayhost = [smtp.relay.example]:587\n# see sasl_passwd\nmail.relay.example:25")).toEqual([]);
  });

  it("Terraform state: a random_password's result, not a random_pet's", () => {
    const state = (type: string, result: string): string =>
      JSON.stringify({ resources: [{ mode: "managed", type, name: "db", instances: [{ attributes: { length: 24, result, special: false } }] }] }, null, 2);
    expect(found(state("random_password", "hN4rQz8vKp2mWx7tLb3cYs9e"))).toEqual(["hN4rQz8vKp2mWx7tLb3cYs9e"]);
    expect(found(state("random_pet", "gentle-walrus"))).toEqual([]);
  });

  it("an OpenVPN static key block, not its bare header", () => {
    const rows = Array.from({ length: 16 }, () => randomBytes(16).toString("hex"));
    const block = `-----BEGIN OpenVPN Static key V1-----\n${rows.join("\n")}\n-----END OpenVPN Static key V1-----`;
    expect(found(`#\n# 2048 bit OpenVPN static key\n#\n${block}\n`)).toEqual([block]);
    expect(found("The file starts with -----BEGIN OpenVPN Static key V1----- and holds 16 lines.")).toEqual([]);
  });
});

describe("command lines, tables and labels", () => {
  it("every SNMP pass phrase and community of a command line", () => {
    expect(found("snmpwalk -v3 -l authPriv -u poller -a SHA -A 'Ak7mQz2rXp9w' -x AES -X 'Pv3nLt8kWq5e' core1.example 1.3.6.1.2.1.1")).toEqual([
      "Ak7mQz2rXp9w",
      "Pv3nLt8kWq5e",
    ]);
    expect(found("./lnms device:add --v2c -c Rt5vXq9mKw2z edge01.example")).toEqual(["Rt5vXq9mKw2z"]);
    expect(found("./lnms device:list -c Rt5vXq9mKw2z")).toEqual([]);
  });

  it("values aligned in a column after their names, and a MySQL table's last row", () => {
    expect(found("client nas01 {\n    ipaddr          = 192.0.2.1\n    secret          = Fq8vRt2mXk9wLp3z\n}")).toEqual(["Fq8vRt2mXk9wLp3z"]);
    const table =
      "+--------------------+----------------------+\n| name               | value                |\n+--------------------+----------------------+\n| zendesk_api_key    | Kq2vNw8rTx4mZp7yLb3c |\n+--------------------+----------------------+\n1 row in set";
    expect(found(table)).toEqual(["Kq2vNw8rTx4mZp7yLb3c"]);
  });

  it("a Vault Key/Value table's secret rows, not a token's accessor", () => {
    const kv =
      "Key                Value\n---                -----\nport               3799\nshared_secret      Wm4kQz8rTv2pXn7c\ntoken_accessor     8hGkP2mQx7Vz4nRw5tYc";
    expect(found(kv)).toEqual(["Wm4kQz8rTv2pXn7c"]);
    expect(found("port               3799\nshared_secret      Wm4kQz8rTv2pXn7c")).toEqual([]);
  });

  it("PagerDuty's routing key by its own name, and Rails' primary_key when it is key material", () => {
    expect(found('export PAGERDUTY_ROUTING_KEY="4c8e1a7f03b95d26e1f4a8c7b0d93e52"')).toEqual(["4c8e1a7f03b95d26e1f4a8c7b0d93e52"]);
    expect(found('export ROUTING_KEY="orders.created.v2"')).toEqual([]);
    expect(found("active_record_encryption:\n  primary_key: Xq7LmZ2vKp9TbN4wRc8yHs3dFg6jQe1a\n")).toEqual(["Xq7LmZ2vKp9TbN4wRc8yHs3dFg6jQe1a"]);
    expect(found("  self.primary_key = 'order_uuid'\nprimary_key: id")).toEqual([]);
  });

  it("a memorable password after its label; the login beside it is a user name", () => {
    expect(found("  Login:     partner-2291\n  Password:  Marsch.Deich84\n")).toEqual(["Marsch.Deich84"]);
    expect(found("password = Settings.smtpPassword")).toEqual([]);
  });

  it("German Wi-Fi key and compound password labels with 'lautet'", () => {
    expect(found("Der WLAN-Netzwerkschlüssel lautet: Qm7vTz2kLp9x")).toEqual(["Qm7vTz2kLp9x"]);
    expect(found("Das Gerätekennwort für die Oberfläche (http://router.example) lautet 4821KXTM. Bitte ändern.")).toEqual(["4821KXTM"]);
    expect(found("Der Schlüssel lautet: Qm7vTz2kLp9x")).toEqual([]);
    expect(found("Das Kennwort lautet wie folgt")).toEqual([]);
  });

  it("a HAR request's Cookie header: the session cookie, not the consent cookie", () => {
    const har = '"headers": [\n {\n  "name": "Cookie",\n  "value": "APP_SESSION=r8Kq2vLm7ZxT4pNw9bYc3dFg6hJk1sQe; consent=analytics:0"\n }\n]';
    expect(found(har)).toEqual(["r8Kq2vLm7ZxT4pNw9bYc3dFg6hJk1sQe"]);
    expect(found('{"name": "Cookie", "value": "theme=dark; consent=analytics:0"}')).toEqual([]);
  });
});

describe("SDK constructors called with an identifier and a secret", () => {
  it("the secret argument of twilio and Twilio's Client; not another Client, variables or Algolia's (search keys are public)", () => {
    expect(found("const client = algoliasearch('Q7X2M9PLKD', '5b1e8c3f9a2d47e6b0c4f1a9e3d7c25b');")).toEqual([]);
    expect(found("const client = twilio('SK3f9a1c7e5b2d8046a1c3e5f7092b4d6e', 'Rk2vQm8xTz4pLw7nYb3cHs5dFg9jKe1a', {")).toEqual([
      "Rk2vQm8xTz4pLw7nYb3cHs5dFg9jKe1a",
    ]);
    expect(found("db = Client('localhost', 'orders_2024_archive')")).toEqual([]);
    expect(found("const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_SECRET);")).toEqual([]);
  });
});

describe("look-alikes read by structure", () => {
  it("an HTTP Digest Authorization is a nonce's response, not a credential", () => {
    expect(
      found(
        'Authorization: Digest username="1001", realm="sip.example", nonce="5f2a9c0e7b", uri="sip:sip.example", response="9b1d4e6f0a2c8b7d3e5f1a9c0b2d4e6f"',
      ),
    ).toEqual([]);
    expect(found("Authorization: Bearer Vq3mXz8kLt2pRw7nYb4c")).toEqual(["Vq3mXz8kLt2pRw7nYb4c"]);
  });

  it("PostgreSQL SCRAM verifiers are one-way hashes", () => {
    const scram = "SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0c2FsdA==$Qm9ndXNTdG9yZWRLZXlCb2d1c1N0b3JlZEtleUJvZw=:U2VydmVyS2V5U2VydmVyS2V5U2VydmVyS2V5U2VydmU=";
    expect(found(` rolname   | rolpassword\n-----------+------------\n app_rw    | ${scram}\n`)).toEqual([]);
    expect(found(`password: ${scram}`)).toEqual([]);
  });

  it("a flow-style secretKeyRef names where the secret is kept", () => {
    expect(found("            secretKeyRef: {name: sms-gateway, key: auth-token}")).toEqual([]);
  });

  it("an Apple crash report's CrashReporter Key is the device's anonymous identifier", () => {
    expect(
      found(
        "Incident Identifier: 3C1F7A2E-9B4D-4E61-8A0F-5D2C7B9E1A34\nCrashReporter Key:   5e0c9a7b3f21d84e6a0b9c7d2e1f4a3b8c6d0e9f\nHardware Model:      iPhone15,3",
      ),
    ).toEqual([]);
    expect(found("Signing Key:   Zq8vLm2kTx7pWn4rYb3c")).toEqual(["Zq8vLm2kTx7pWn4rYb3c"]);
  });

  it("a bare Key label over an issue key is an identifier", () => {
    expect(found("Key: PLATFORM-20417\nSummary: rotate the relay credentials")).toEqual([]);
    expect(found("key: Zq8vLm2kTx7pWn4r")).toEqual(["Zq8vLm2kTx7pWn4r"]);
  });
});
