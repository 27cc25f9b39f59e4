/**
 * Secret classes seen missed on independent data, handled as classes: a URL's user-info password
 * for any scheme (an `@` unencoded in it, the slashes JSON-escaped, a credential word as the user
 * name), an SMTP password or an OAuth client secret under a credential-like setting, and
 * envelope encryption's data- and key-encryption keys (`DEK`, `KEK`) judged as key material —
 * 128 to 512 random bits in hex or base64. Placeholders, masks and references stay quiet.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";
import { keyMaterialValue } from "../../../sidecar/src/guardrails/keyword-secrets.js";

const SECRETS = { pii: "off", secrets: "detect", injection: "off", deadlineMs: 30_000 } as const;
const found = (text: string): string[] => scan({ text }, SECRETS).findings.map((f) => text.slice(f.start, f.end));
const rules = (text: string): Array<[string, string]> => scan({ text }, SECRETS).findings.map((f) => [f.ruleId, text.slice(f.start, f.end)]);

const PASSWORD = "a3CZCgGH9wyIAV2u";
const CLIENT_SECRET = "JFG_OGavQp4sCsfytWY8OmLuLBR5OE0wWCiwrg5w2Mjh2G6shXzdbtrHTnDCSj8D";
const KEY_B64 = "cWO2e1ROUSISHXxxsExzdDvwho3ebTrWBB7fglUx7w4=";
const KEY_B64_128 = "4P8i+l5Q6BM1c7mqyvKIlw==";
const KEY_B64URL = "QgNUrPOwuR8SDMkJoFGdKYnCn4xqbpTCqYb1YDSZJio";
const KEY_HEX = "a3bd1eefaee1638213ef1553acff3700f042a5a6bcae703df273f5ec25ec827e";
const KEY_HEX_128 = "727cc313c9722cc2b323e7dd9c02748c";

describe("a URL's user-info password", () => {
  it("is found for any scheme, the password alone", () => {
    for (const scheme of ["smtp", "smtps", "smtp+starttls", "amqp", "amqps", "redis", "nats", "mqtt", "sftp"]) {
      expect(rules(`url: ${scheme}://mailer:${PASSWORD}@relay.example.com:587`)).toEqual([["secret.url-password", PASSWORD]]);
    }
  });

  it("ends at the authority's last `@`: a password with an `@` unencoded is read whole", () => {
    expect(rules("MAIL_URL=smtp://mailer:p@ss-Xk29fq1m@smtp.example.com:587")).toEqual([["secret.url-password", "p@ss-Xk29fq1m"]]);
    // A user name with an unencoded `@` and no password is none.
    expect(found("git+ssh://git@github.com:org/repo.git and https://ops@example.org@proxy.example.org/")).toEqual([]);
  });

  it("is found with the slashes JSON-escaped, as PHP's json_encode writes them", () => {
    expect(rules(`{"mailer_dsn":"smtps:\\/\\/mailer:${PASSWORD}@smtp.example.com:465"}`)).toEqual([["secret.url-password", PASSWORD]]);
  });

  it("is the URL's password, not a keyword's value running through the host, when the user name is a credential word", () => {
    expect(rules(`smtp://apikey:${PASSWORD}@smtp.sendgrid.net:587`)).toEqual([["secret.url-password", PASSWORD]]);
    expect(rules(`https://token:${PASSWORD}@api.example.com/v1/items`)).toEqual([["secret.url-password", PASSWORD]]);
  });

  it("stays quiet for placeholders, masks, references and documented defaults", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell-style reference, literally
    for (const password of ["${SMTP_PASSWORD}", "****", "<password>", "[REDACTED]", "{password}", "password", "guest"]) {
      const user = password === "guest" ? "guest" : "mailer";
      expect({ password, found: found(`smtp://${user}:${password}@smtp.example.com:587`) }).toEqual({ password, found: [] });
    }
    // A regular expression that matches URLs is code, not a URL (secretlint's own rule, escaped as in its source).
    expect(found("const XOAuthPattern = /https?:\\/\\/(.{1,256}):x-oauth-basic@github.com\\/.+/;")).toEqual([]);
    expect(found("const DSN = /^(\\w+):\\/\\/([^:@]+):([^:@]+)@([^:/]+)/;")).toEqual([]);
  });
});

describe("SMTP passwords and OAuth client secrets under their settings", () => {
  it("are found under the names configurations give them, and placeholders are not", () => {
    for (const text of [
      `smtp_password: ${PASSWORD}`,
      `SMTP_PASS=${PASSWORD}`,
      `spring.mail.password=${PASSWORD}`,
      `EMAIL_HOST_PASSWORD=${PASSWORD}`,
      `AUTH0_CLIENT_SECRET=${CLIENT_SECRET}`,
      `"client_secret": "${CLIENT_SECRET}"`,
      `clientSecret: '${CLIENT_SECRET}'`,
    ]) {
      expect({ text, found: found(text) }).toEqual({ text, found: [text.includes(PASSWORD) ? PASSWORD : CLIENT_SECRET] });
    }
    for (const text of [
      "smtp_password: <redacted>",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell-style reference, literally
      "SMTP_PASS=${SMTP_PASS}",
      'client_secret: "{{ .Values.auth0.secret }}"',
      "client_secret: REDACTED",
      "smtp_password: xxxxxxxxxxxx",
    ]) {
      expect({ text, found: found(text) }).toEqual({ text, found: [] });
    }
  });
});

describe("data- and key-encryption keys", () => {
  it("are found under `DEK` and `KEK` names, in text and in structuredContent", () => {
    const pairs: Array<[string, string]> = [
      ["DEK", KEY_B64],
      ["dek", KEY_HEX],
      ["KEK", KEY_B64_128],
      ["kms_dek", KEY_B64URL],
      ["DEK_B64", KEY_B64],
      ["dekHex", KEY_HEX_128],
      ["tenantDek", `base64:${KEY_B64}`],
      ["data_key", KEY_B64],
      ["encryption_key", KEY_HEX],
    ];
    for (const [key, value] of pairs) {
      for (const text of [`${key}=${value}`, `"${key}": "${value}"`, `${key}: ${value}`])
        expect({ text, found: found(text) }).toEqual({ text, found: [value] });
      const structured = scan({ result: { content: [], structuredContent: { tenant: { [key]: value } } } }, SECRETS);
      expect({ key, paths: structured.findings.map((f) => f.path) }).toEqual({ key, paths: [`/structuredContent/tenant/${key}`] });
    }
  });

  it("stay quiet when the value is no key material, the key is stored wrapped, or the letters are no such name", () => {
    for (const text of [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell-style reference, literally
      "DEK=${DEK}",
      "DEK=<redacted>",
      "dek: vault:secret/data/app#dek",
      "dek: changeme",
      "dek: AES-256-GCM",
      "dek: 0123456789abcdef0123456789abcdef",
      "DEK=deadbeefdeadbeefdeadbeefdeadbeef",
      // base64 of "this is not a real key at all": text, not random bytes.
      "DEK=base64:dGhpcyBpcyBub3QgYSByZWFsIGtleSBhdCBhbGw=",
      "DEK=YourBase64EncodedKeyGoesHere==",
      "kek: projects/p/locations/global/keyRings/r/cryptoKeys/kek",
      // Envelope encryption stores the wrapped key beside the data: ciphertext by design.
      `wrapped_dek: ${KEY_B64}`,
      `encryptedDek: ${KEY_B64}`,
      `Dekker: ${KEY_B64}`,
      "the dek was rotated last week",
    ]) {
      expect({ text, found: found(text) }).toEqual({ text, found: [] });
    }
  });

  it("judges key material by its structure: 128 to 512 random bits, hex or base64", () => {
    expect([KEY_B64, KEY_B64_128, KEY_B64URL, KEY_HEX, KEY_HEX_128, `0x${KEY_HEX}`, KEY_HEX.toUpperCase()].map(keyMaterialValue)).toEqual(Array(7).fill(true));
    // Too short (64 bits), too long (1024 bits), mixed-case hex, words.
    expect(
      ["727cc313c9722cc2", "a".repeat(0) + KEY_HEX + KEY_HEX + KEY_HEX + KEY_HEX, "a3Bd1EefAee1638213ef1553acff3700", "ThisIsMyDataEncryptionKeyForDev"].map(
        keyMaterialValue,
      ),
    ).toEqual([false, false, false, false]);
  });
});
