/**
 * Precision by structure, not by example: values that are structurally not what a detector
 * looks for stay quiet — secret-store references and publishable keys under credential-named
 * keys, integrity digests and base64-encoded documents among high-entropy strings, and digit
 * runs that the text calls something other than a phone number — while the real thing
 * beside them is still found.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const rules = (text: string, category: "pii" | "secrets"): string[] =>
  // A generous deadline: the first scan of a file compiles the detectors, slow on a busy machine.
  scan({ text }, { pii: "off", secrets: "off", injection: "off", deadlineMs: 30_000, [category]: "detect" }).findings.map((f) => f.ruleId);

/** base64 of `bytes`, quoted as it appears in JSON. */
const quotedBase64 = (bytes: Buffer) => `"${bytes.toString("base64")}"`;

describe("secrets: references and encoded documents are not credentials", () => {
  it("a credential-named key holding a reference to a secret store is quiet; a literal value is found", () => {
    const references = [
      "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf",
      "vault:secret/data/prod/db#password",
      "ref+vault://secret/data/app#/api_key",
      "projects/acme-prod/secrets/stripe-api-key/versions/latest",
      "{{resolve:secretsmanager:prod/db:SecretString:password}}",
      "op://Production/Stripe/credential",
    ];
    for (const ref of references) expect(rules(`db_password: "${ref}"`, "secrets"), ref).toEqual([]);
    expect(rules('db_password: "Tr0ub4dor&3-x9"', "secrets")).toEqual(["secret.keyword-assignment"]);
  });

  it("a connection URL whose user and password are variable references (with defaults) holds no credential; a literal password beside a reference is found", () => {
    /** A shell or compose variable's reference, `${name}`. */
    const ref = (name: string): string => `$${"{"}${name}}`;
    expect(rules(`DATABASE_URL: postgres://${ref("POSTGRES_USER:-app")}:${ref("POSTGRES_PASSWORD")}@db:5432/app`, "secrets")).toEqual([]);
    expect(rules(`REDIS_URL=redis://:${ref("REDIS_PASSWORD:-changeme")}@cache:6379`, "secrets")).toEqual([]);
    expect(rules("postgres://$(cat /run/user):$(cat /run/pass)@db/app", "secrets")).toEqual([]);
    expect(rules(`DATABASE_URL: postgres://${ref("DB_USER")}:Vq8rT2mLx9pZ4@db:5432/app`, "secrets")).toEqual(["secret.url-password"]);
  });

  it("PAM's and SSSD's authentication token (`ldap_default_authtok`) is a password; its type is not", () => {
    expect(rules("ldap_default_authtok_type = password\nldap_default_authtok = Y3X_Q+U2VYINpDaz\n", "secrets")).toEqual(["secret.keyword-assignment"]);
    expect(rules("ldap_default_authtok_type = obfuscated_password", "secrets")).toEqual([]);
  });

  it("a vendor prefix around a slot to fill (`<paste-key-here>`) is a placeholder; the vendor's real format is found", () => {
    expect(rules('ANTHROPIC_API_KEY: "sk-ant-api03-<paste-key-here>"', "secrets")).toEqual([]);
    expect(rules("aws_secret_access_key = AKIA<your access key>", "secrets")).toEqual([]);
    expect(rules('api_key: "Zq8vR2mN4xT7kL1pW9sD3fG6hJ0"', "secrets")).toEqual(["secret.keyword-assignment"]);
  });

  it("a settings table's key column holds names, and Go's and Terraform's h1:/zh: hashes are digests", () => {
    const settings = [
      "+-----+------------------+----------------------------------------------+",
      "| id  | key              | value                                        |",
      "+-----+------------------+----------------------------------------------+",
      "| 151 | provider_hash_h1 | h1:X8kx5l3g1fIMNTQSTv7A+wnue3QFBOIdp+57CZ1u+sQ= |",
      "| 152 | provider_hash_zh | zh:2200bbf84820a889b86240e689b1fee042ca0a4561f6a86a0b117acb0e7f0a3b |",
      "| 153 | cache_ttl        | 300                                          |",
    ].join("\n");
    expect(rules(settings, "secrets")).toEqual([]);
    expect(rules("golang.org/x/text v0.14.0 h1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=", "secrets")).toEqual([]);
    expect(rules("name,key\nstripe,Zq8vR2mN4xT7kL1pW9sD3fG6hJ0\n", "secrets")).toEqual(["secret.keyword-assignment"]);
  });

  it("code that reads a secret, constant names, cache keys, object keys, ciphertext and resource names are quiet", () => {
    const quiet = [
      'password=os.environ["DB_PASSWORD"],',
      "secret = process.env.STRIPE_SECRET",
      'headers={"X-Shopify-Access-Token": ACCESS_TOKEN},',
      "cache SET key=render:v3:c2721d473421a2a8c1f8a842496bf8b51ac3e66f size=7898",
      '{"Key": "exports/2024/10/orders-bd2d2e41.csv.gz", "Size": 8812}',
      "password: ENC[AES256_GCM,data:Cp3cdKvUFof9ZCyZlRxE3ZKz,iv:GAghBrkJyToyS8oWNWa8XlsPyyv3k7n3S/wCAWf3xeY=,type:str]",
      '"valueFrom": "arn:aws:secretsmanager:eu-west-1:618529505895:secret:prod/orders/db-3a6607"',
    ];
    for (const text of quiet) expect(rules(text, "secrets"), text).toEqual([]);
    const sealed = `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
spec:
  encryptedData:
    DB_PASSWORD: Ag${"B1EOPy1iFqgCPk+Q1vm1sVdvlngvHlXsJ7z29drbm1A5JPH0/g0vmLTOyKnmVzVDr6Ck8EN7WRcAjbZM3Ozzel4aUKcIhwjwf".repeat(2)}
  template:
    metadata: {}
`;
    expect(rules(sealed, "secrets")).toEqual([]);
    // The same value under a plain key, outside the block, is a credential.
    expect(rules(sealed.replace("  encryptedData:\n", ""), "secrets")).toEqual(["secret.keyword-assignment"]);
  });

  it("a lookup key with a record's number is no credential; a credential named in prose with a qualifier is found", () => {
    expect(rules('{"level":"info","msg":"cache miss for key=product:98705 refilling"}', "secrets")).toEqual([]);
    expect(rules("2024-10-03T19:01:00Z cache hit key=user:4412:profile", "secrets")).toEqual([]);
    // A value in the same place that is not a record's key is still read.
    expect(rules("retry with key=Zx8Qv2Lr9Tk4Wm7Np3Hs", "secrets")).not.toEqual([]);
    expect(rules("The smtp password for the nightly job is 5a6auF_1lzrREuA#37", "secrets")).not.toEqual([]);
    expect(rules("The TWILIO_AUTH_TOKEN for the EU cluster is 845412b35b4b6d46b2d50d5239f145c3", "secrets")).not.toEqual([]);
    expect(rules("The password for the account is being reset by the help desk today.", "secrets")).toEqual([]);
  });

  it("a value under a credential's name whose part after a dot is random is a token, not a property path", () => {
    // A token's prefix and its random body read like `object.property` to the code-shape check.
    expect(rules("export VAULT_TOKEN=hvs.CAESIJlV3gxS5c9tXkq8R7mZ0pQ2wE4rT6yU8iO0pA2sD4fGh", "secrets")).toEqual(["secret.keyword-assignment"]);
    expect(rules("api_token: x7Gk2PqL9mWnRt.atlasv1.Zk8vQ3nM5pL2xR7tY9wB4cF6hJ1d", "secrets")).toEqual(["secret.keyword-assignment"]);
    // Code that reads the secret keeps its word-shaped parts, and stays quiet.
    expect(rules("VAULT_TOKEN=settings.vaultServiceTokenForProduction", "secrets")).toEqual([]);
    expect(rules("api_token: config.secrets.Auth0ClientSecretV2", "secrets")).toEqual([]);
  });

  it("a listing's or a feed's place (NextToken, continuationToken, syncToken, resumeToken) is no credential; a credential named for syncing is", () => {
    const opaque = "AAMA-EFRSURBSGhRN1ZpN3ZtQ2x3U3RQdm5vTFNudGF6cW1lM2E5bVJ1eVVHTWl3bUNrM05Kc0FFRC8wVjJYbUdWcFl5UUFB";
    expect(rules(`{"Items": [], "NextToken": "${opaque}"}`, "secrets")).toEqual([]);
    expect(rules('{"continuationToken": "eyJsYXN0S2V5IjoiMTIzNDUiLCJwYWdlIjoyfQ=="}', "secrets")).toEqual([]);
    expect(rules('{"syncToken": "c2x2Yzl0dXZ3eHl6MTIzNDU2Nzg5MGFiY2RlZg"}', "secrets")).toEqual([]);
    expect(rules('{"resumeToken": "8263A1B2C3000000012B022C0100296E5A1004"}', "secrets")).toEqual([]);
    expect(rules("GITHUB_SYNC_TOKEN=Zk8vQ3nM5pL2xR7tY9wB4cF6hJ1dS0gA3eK8uN2m", "secrets")).toEqual(["secret.keyword-assignment"]);
    expect(rules("next_secret: Zk8vQ3nM5pL2xR7tY9wB4cF6hJ1dS0gA3eK8uN2m", "secrets")).toEqual(["secret.keyword-assignment"]);
  });

  it("vendor formats: OpenRouter keys (sk-or-v1- and 64 hex digits), wherever they are written", () => {
    const key = "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";
    expect(rules(`OPENROUTER_API_KEY=${key}`, "secrets")).toEqual(["secret.openrouter-key"]);
    expect(rules(`Your key: ${key}`, "secrets")).toEqual(["secret.openrouter-key"]);
    // one digit short is not the format
    expect(rules(`see ${key.slice(0, -1)} in the docs`, "secrets")).toEqual([]);
  });

  it("vendor formats: Doppler service tokens, short Vault service tokens, Discord webhooks", () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => "aB3xQ9kLm2ZpT7wRv5Yc"[(i * 7) % 20]).join("");
    expect(rules(`DOPPLER_TOKEN: dp.st.prd.${body(43)}`, "secrets")).toEqual(["secret.doppler-token"]);
    expect(rules(`token hvs.CAESI${body(70)}`, "secrets")).toEqual(["secret.vault-token"]);
    expect(rules(`curl -X POST https://discord.com/api/webhooks/1081300322734824897/${body(68)}`, "secrets")).toEqual(["secret.discord-webhook"]);
  });

  it("a Twilio API key's SID (SK…) is found under a key's name and not under a SID's; an account SID never; the key's secret is found", () => {
    const sid = "SK9f86d081884c7d659a2feaa0c55ad015";
    for (const text of [`"api_key_sid": "${sid}"`, `TWILIO_API_KEY_SID=${sid}`, `const apiKeySid = '${sid}';`, `twilio_api_key: AC${sid.slice(2)}`]) {
      expect(rules(text, "secrets"), text).toEqual([]);
    }
    for (const text of [`TWILIO_API_KEY=${sid}`, `const apiKey = '${sid}';`]) expect(rules(text, "secrets"), text).toEqual(["secret.keyword-assignment"]);
    expect(rules("TWILIO_API_SECRET=Zq8vT3nR6yW1uP4sK7dF0gH2jL5xC9bN", "secrets")).toEqual(["secret.keyword-assignment"]);
    // Not a SID: another length, or letters past f.
    expect(rules(`TWILIO_API_KEY=${sid}0`, "secrets")).toEqual(["secret.keyword-assignment"]);
    expect(rules("TWILIO_API_KEY=SK9f86d081884c7d659a2feaa0c55adz15", "secrets")).toEqual(["secret.keyword-assignment"]);
  });

  it("a password that spells its own key's name, or walks the keyboard, is an example; a chosen one is found", () => {
    const examples = [
      'password: "P@ssw0rd"',
      'password = "password123"',
      "PASSWORD=Passw0rd!",
      'admin_password: "Admin@123"',
      'db_password: "pass2024"',
      'password: "qwerty123"',
      "DB_PASSWORD=asdf1234",
      'secret: "zxcvbnm"',
    ];
    for (const text of examples) expect(rules(text, "secrets"), text).toEqual([]);
    const chosen = [
      'password: "P@ssw0rd-Kq83vZ"',
      'db_password: "Xk9#mQ2$vL"',
      'password: "qwerty-Zm4k8Lx2"',
      'admin_password: "Adm1nKq7#x"',
      'password: "pas123word"',
    ];
    for (const text of chosen) expect(rules(text, "secrets"), text).toEqual(["secret.keyword-assignment"]);
  });

  it("a publishable key is public by design; the secret key next to it is not", () => {
    expect(rules('STRIPE_PUBLISHABLE_KEY="pk_live_51H8x2KJ3b9YzQwErTyUiOpAs"', "secrets")).toEqual([]);
    expect(rules('api_key = "pk_test_51H8x2KJ3b9YzQwErTyUiOpAsDf"', "secrets")).toEqual([]);
    expect(rules('STRIPE_SECRET_KEY="sk_live_4eC39HqLyjWDarjtT1zdp7dc"', "secrets")).toEqual(["secret.stripe-key"]);
  });

  it("a Firebase web config's API key is public by Firebase's documentation; the same key elsewhere is a secret", () => {
    const config = (key: string) =>
      `export const firebaseConfig = {\n  apiKey: '${key}',\n  authDomain: 'solstice-fit.firebaseapp.com',\n  projectId: 'solstice-fit',\n  appId: '1:81234:web:9f3a2c',\n};`;
    expect(rules(config("AIzaSyF6QBEGHxIxa3du6D1VqD0jjZ2OdNpb9p5"), "secrets")).toEqual([]);
    expect(rules("const maps = { apiKey: 'AIzaSyF6QBEGHxIxa3du6D1VqD0jjZ2OdNpb9p5' };", "secrets")).toEqual(["secret.google-api-key"]);
    expect(rules("GOOGLE_API_KEY=AIzaSyF6QBEGHxIxa3du6D1VqD0jjZ2OdNpb9p5 # authDomain, projectId", "secrets")).toEqual(["secret.google-api-key"]);
    // Beside the config, a secret is still one.
    expect(rules(`${config("AIzaSyF6QBEGHxIxa3du6D1VqD0jjZ2OdNpb9p5")}\nconst adminPassword = "Xk29fq1mPz!";`, "secrets")).toEqual([
      "secret.keyword-assignment",
    ]);
  });

  it("integrity digests and base64 of files or text are not key material; random bytes are", () => {
    const random = Buffer.from("9f1c2e7ab0d34f5c8e6a1b2d3c4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071", "hex");
    expect(rules(`{"integrity": "sha512-${random.toString("base64")}"}`, "secrets")).toEqual([]);
    expect(rules(`{"blob": "sha384-${random.toString("base64")}"}`, "secrets")).toEqual([]);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), random]);
    expect(rules(`{"thumbnail": ${quotedBase64(png)}}`, "secrets")).toEqual([]);
    // A WebAssembly module inlined in a script, a video clip, an executable: files too.
    for (const magic of [
      [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
      [0x00, 0x00, 0x00, 0x20, 0x66, 0x74, 0x79, 0x70],
      [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01],
    ]) {
      const file = Buffer.concat([Buffer.from(magic), random]);
      expect(rules(`const module = ${quotedBase64(file)};`, "secrets"), file.subarray(0, 8).toString("hex")).toEqual([]);
    }
    const cursor = Buffer.from(JSON.stringify({ after: "2026-11-30T12:00:00Z", id: 987654321, dir: "desc" }));
    expect(rules(`{"next_cursor": ${quotedBase64(cursor)}}`, "secrets")).toEqual([]);
    // The same field holding random bytes is reported (low confidence, but above the floor).
    expect(rules(`{"blob": ${quotedBase64(random)}}`, "secrets")).toEqual(["secret.high-entropy-string"]);
  });
});

describe("PII: a digit run is a phone number where the text says so", () => {
  it("a digit run followed by a unit or a count's noun is how many, even after a call or phone word", () => {
    expect(rules("Call volume: 12,345 calls; 5551234 minutes billed", "pii")).toEqual([]);
    expect(rules("phone queue drained 4155550 requests", "pii")).toEqual([]);
    // written as a phone (a country code), or followed by anything else, it stays a phone
    expect(rules("Call +1 415 555 0132 minutes before the meeting", "pii")).toEqual(["pii.phone"]);
    expect(rules("phone: 5551234 (desk)", "pii")).toEqual(["pii.phone"]);
  });

  it("digit runs called something else, or called nothing, are quiet", () => {
    const quiet = [
      "2026-11-30T12:00:01Z worker-3 processed 4155550132 bytes in 812 ms",
      '{"order_id": 4155550132, "total": 129.5}',
      '{"user": {"id": 2125551234, "created": 1733097600}}',
      "Tracking number 2125550148 was scanned at the depot",
      "ZIP 94105-1234",
      "pid=2125550199 exited with status 1",
      '{"count": 4155550132}',
    ];
    for (const text of quiet) expect(rules(text, "pii"), text).toEqual([]);
  });

  it("numbers written in layouts of other things are quiet, even where a plan would take their digits", () => {
    const quiet = [
      // versions and OIDs: dotted groups with a one-digit group
      "| WS-7612 | Windows 11 Pro | 10.0.22631.4084 | 131.0.6377.171 | 2.25.5401.0 |",
      "Mozilla/5.0 AppleWebKit/537.36 Chrome/126.0.6478.127 Safari/537.36",
      // an access log's status and size
      '- - [12/Oct/2024:11:25:57 +0000] "GET / HTTP/1.1" 200 47263 "-" "curl/8.5.0"',
      // the SSN layout, valid or not
      'invalid = ["666-24-6753", "932-70-9337"]',
      // a timestamp after a call word, and a flight number before a date
      "Call transcript — 2024-09-12 08:15:47 — agent: Luis",
      "Outbound  FR 4380  2025-03-10  dep 07:25",
      // other numbers named as such
      "Receipt number: 7459-7775",
      "Booking number 4155550132",
      // national groupings with nothing to say they are phone numbers
      "batch 0170 99078139 done",
      "id 0012345678 in the logs",
      // (with its trunk prefix and in groups a number is a phone anywhere: phone-layouts.test.ts)
      "I don't 81234 56789",
      "date,order,total\n2025-06-15,083 862 7156,12.50",
      "Total: 4155550132",
      // slashes in ratios, paths and dates, where nothing calls the number a phone
      "Ratio 1234/5678901 reached",
      "GET /api/v1/users/4155550132/orders",
      "build 2024/09/12 10:00:01",
      "Tel: 12/09/2024",
      // twelve digits and more, called nothing, or nothing a country code makes possible
      "order 447700900123 shipped",
      "phone: 999999999999",
    ];
    for (const text of quiet) expect(rules(text, "pii"), text).toEqual([]);
  });

  it("phone numbers named as such, formatted or international, are found", () => {
    const found = [
      '{"phone": 4155550132}',
      "mobile: 4155550132",
      "Call us at (415) 555-0132 today",
      "reach me on 415-555-0132",
      "support desk +44 20 7123 4567 (24/7)",
      "电话 13812345678",
      // unmistakable national layouts, named or not
      "01 42 68 53 00",
      "(11) 91234-5678",
      // named in a key, a compound or another language
      '{"mobilephone": "0170 99078139"}',
      "homePhone=0170 99078139",
      "telephone: 0170 99078139",
      "pueden llamarme al 612 345 678 por las mañanas",
      "you can reach me on 0170 99078139.",
      "Puhelin 040 123 4567",
      "연락처 010-1234-5678",
      "Handynummer: 0151 12345678",
      // with the international prefix written as 00
      "t. 0044 20 7946 0958",
      // a signature's or contact card's labels
      "Anna Berg\nHead of Sales\nT: 020 7946 0958",
      "Direct: 030 1234 5678",
      "Hotline 0800 123 4567",
      // a slash after the area code, as German-speaking and North American writing puts it
      "Tel. 030/12345678",
      "Telefon: 089 / 1234567",
      "Tel: 415/555-0132",
      // "contact" in other languages, with the name between label and number
      "Kontakt: Anna Meier, 0171 1234567",
      "Contacto: Luis Gómez, 612 345 678",
      // a French number in dotted pairs: five groups, not an IPv4 address and one more
      "téléphone : 06.12.34.56.78",
      // E.164 without its "+" where the text calls it a phone number
      "msisdn=447700900123",
      "phone number 4915123456789",
      "📞 0412 345 678",
      // a table's phone column: the header names it, the cells carry no label
      "name,mobile,country\nAmara Kim,06-66428388,NL",
      "date,direction,number,body\n2025-06-15 03:40,out,083 862 7156,running late",
      " id | name  | phone\n----+-------+---------------\n  7 | Paula | 085 299 3486",
    ];
    for (const text of found) expect(rules(text, "pii"), text).toEqual(["pii.phone"]);
  });

  it("a label is read in whole words: the tail of a word cut off by the window is not a label", () => {
    // "systems" cut to "ms" (a duration word) must not veto the international number.
    const text = "| DE | Kai Brandt | 030 1234 5678 | kai@brandt.systems |\n| BR | Rosa Lima | +55 21 99112-8720 | rosa@lima.com.br |";
    const out = scan({ text }, { pii: "detect", secrets: "off", injection: "off", piiTypes: ["PHONE"] });
    expect(out.findings.map((f) => text.slice(f.start, f.end))).toContain("+55 21 99112-8720");
  });

  it("a phone line, a call verb further along a log line and an HTML table's phone column name a number", () => {
    const found = [
      "Direct line: +54 9 11 7781-0108",
      "Office line 030 1234 5678",
      "2025-02-01T06:08:05Z  CALL  outbound to Margarethe Oyelaran at 152 9810 9586 — 4 min",
      "<table>\n<tr><th>Name</th><th>Phone</th></tr>\n<tr><td>Jo Park</td><td>064219 87371</td></tr>\n</table>",
    ];
    for (const text of found) expect(rules(text, "pii"), text).toEqual(["pii.phone"]);
    const quiet = [
      "error at line 2125550148 of the dump",
      "2025-02-01T06:08:05Z  SYNC  batch from the nightly import finished: 152 9810 9586",
      "<table>\n<tr><th>Name</th><th>Order</th></tr>\n<tr><td>Jo Park</td><td>064219 87371</td></tr>\n</table>",
    ];
    for (const text of quiet) expect(rules(text, "pii"), text).toEqual([]);
  });

  it("a table aligned with spaces names its columns: a phone column's numbers are phones, a version column's dotted quads are versions", () => {
    const offices = ["City       Telephone", "Dublin     +353 1 951 2176", "Oslo       +47 20 34 69 36", "Vienna     +43 1 214 8459"].join("\n");
    // +47 20… is outside Norway's allocated ranges: the column's header is what names it.
    const found = scan({ text: offices }, { pii: "detect", secrets: "off", injection: "off", deadlineMs: 30_000 }).findings.map((f) =>
      offices.slice(f.start, f.end),
    );
    expect(found).toContain("+47 20 34 69 36");
    expect(rules(offices.replace("Telephone", "Reference"), "pii")).not.toContain("pii.phone-international-unlisted");
    const nodes = ["NAME       STATUS   VERSION     ADDRESS", "node-a     Ready    1.28.3.1    10.0.4.17", "node-b     Ready    1.28.3.2    10.0.4.18"].join(
      "\n",
    );
    const ips = scan({ text: nodes }, { pii: "detect", secrets: "off", injection: "off", deadlineMs: 30_000 }).findings.map((f) => nodes.slice(f.start, f.end));
    expect(ips).toEqual(["10.0.4.17", "10.0.4.18"]);
  });

  it("a column headed by an id is not a phone column, even when its name starts with a phone word", () => {
    expect(rules("caller;call_id\nBo;6277221", "pii")).toEqual([]);
    expect(rules("call_id,phone\n1,6277221", "pii")).toEqual(["pii.phone"]);
  });

  it("an international number outside the listed ranges is a phone only where the text calls it one", () => {
    // Norway's 44x range is not in the metadata; the length is one Norway dials.
    expect(rules("new number is +47 441 38 480, the old one no longer works", "pii")).toEqual(["pii.phone"]);
    expect(rules('phone: "+34 775 797 489"', "pii")).toEqual(["pii.phone"]);
    expect(rules("delta +47 441 38 480 since the last run", "pii")).toEqual([]);
    // A wrong length for the country is no phone number even when named.
    expect(rules("phone: +47 44138 48019 7", "pii")).toEqual([]);
  });

  it("a national number with its trunk prefix or in groups, named as a phone, counts in any country's plan", () => {
    // Dublin (IE) and Buenos Aires mobile (AR) numbers: neither region is configured by default.
    expect(rules("Phone: 01 6712345", "pii")).toEqual(["pii.phone"]);
    expect(rules("WhatsApp: 011 15-4821-9930", "pii")).toEqual(["pii.phone"]);
    // Grouped without a trunk prefix: a Danish number, valid in none of the default regions.
    expect(rules("Tlf. 70 91 89 51", "pii")).toEqual(["pii.phone"]);
    expect(rules("lot 70 91 89 51", "pii")).toEqual([]);
    expect(rules("Ref: 01 6712345", "pii")).toEqual([]);
    expect(rules("batch 01 6712345 done", "pii")).toEqual([]);
  });

  it("part, deal and register numbers are named as what they are, even after a phone word or a 'no' column", () => {
    const quiet = [
      "Part number 461-1323-159 ships with the kit",
      "Spoke to Ana after the call; opp 378-480-8669 moved to stage 3",
      "| company | reg no | VAT |\n| Harlow Ltd | 59153617 | GB 145 2231 09 |",
      "Phone model SM-2210, serial 4821 9930 17",
    ];
    for (const text of quiet) expect(rules(text, "pii"), text).toEqual([]);
    expect(rules("Company phone: 020 7946 0321", "pii")).toEqual(["pii.phone"]);
  });

  it("a quiet bare run is still reported to a profile that lowers the floor", () => {
    const out = scan({ text: "ref 4155550132" }, { pii: "detect", secrets: "off", injection: "off", minConfidence: { pii: 0.3 } });
    expect(out.findings.map((f) => f.ruleId)).toEqual([]);
    const bare = scan({ text: "value 4155550132" }, { pii: "detect", secrets: "off", injection: "off", minConfidence: { pii: 0.3 } });
    expect(bare.findings.map((f) => f.ruleId)).toEqual(["pii.phone"]);
  });
});

describe("secrets: PEM armour", () => {
  it("key words spelled by chance inside a PEM block's base64 are no assignments; the same text outside one is", () => {
    const line = "MIIC+token=Ab3dEf9hIjK1mN0pQr5tUv8xWz";
    const block = (body: string, label = "CERTIFICATE") => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
    const keywordRules = (text: string) => rules(text, "secrets").filter((r) => r === "secret.keyword-assignment");
    expect(keywordRules(line)).toEqual(["secret.keyword-assignment"]);
    expect(keywordRules(block(line))).toEqual([]);
    // Two blocks, and a line between them: only the line between is read.
    expect(keywordRules(`${block("AAAA")}\n${line}\n${block(line)}`)).toEqual(["secret.keyword-assignment"]);
    // The opening is case-sensitive: a lower-case "begin" is no armour.
    expect(keywordRules(`-----begin certificate-----\n${line}\n-----end certificate-----`)).toEqual(["secret.keyword-assignment"]);
  });
});

describe("secrets: a key word that is no label", () => {
  it("a test suite's PASS verdicts are no password labels; a PASS line in an FTP log still is", () => {
    const log =
      "Running gdb.arch/regs.exp ...\nPASS: gdb.arch/regs.exp: at first bp: set %al\nPASS: gdb.arch/regs.exp: at first bp: check %al\nFAIL: DWARF5 line table\n";
    expect(rules(log, "secrets")).toEqual([]);
    expect(rules("USER deploy\nPASS Qw7!zr9Lk2m\n230 Login successful.", "secrets")).toEqual(["secret.keyword-assignment"]);
    expect(rules("PASS: Qw7!zr9Lk2m", "secrets")).toEqual(["secret.keyword-assignment"]);
  });

  it("a file's name or path is no key: a changelog's patch names, a manual page's /etc/passwd", () => {
    expect(rules("  * d/patches:\n    - debian/patches/hurd/pthread_key.diff: upstreamed.\n    - git-auth-leak.patch: dropped.", "secrets")).toEqual([]);
    expect(rules("FILES\n       /etc/passwd - benutzerkonten\n       /etc/shadow - gesicherte informationen", "secrets")).toEqual([]);
    expect(rules("pthread_key: Zx8#mQ2vR7tY", "secrets")).toEqual(["secret.keyword-assignment"]);
  });

  it("'pass' in running prose is the verb; a password word in prose, or pass alone on its line, still labels", () => {
    expect(rules("Signed-By is an option to require a repository to pass apt-secure(8) verification.", "secrets")).toEqual([]);
    expect(rules("The new hire's temp password Xk29fq1m!z was sent by SMS.", "secrets")).toEqual(["secret.keyword-assignment"]);
    expect(rules("requirepass Xk29fq1m!zQ", "secrets")).toEqual(["secret.keyword-assignment"]);
  });
});

describe("PII: numbers that are parts of other numbers", () => {
  it("a year range after a name and a changelog's patch number beside a version are no phones; a phone beside them is", () => {
    expect(rules("Maintainers:\n\tAna Ruiz <ana@example.org> (2006-2009)\n\tLee Park <lee@example.org> (1999-2003)", "pii")).toEqual([
      "pii.email",
      "pii.email",
    ]);
    expect(rules(" 10182  9.0.0287  Irix systems no longer exist\n 26570  9.0.0288  when 'cmdheight' is zero", "pii")).toEqual([]);
    expect(rules("Contact: (412) 268-4387, fax: (412) 268-7395", "pii")).toEqual(["pii.phone", "pii.phone"]);
  });

  it("a page or port range and a git header's timestamp are no phones; a local number in the same layout still is", () => {
    expect(rules("Proc. Natl. Acad. Sci. 105, no. 13 (2008): 4972-4975.\nPorts 3000-4000 stay closed.", "pii")).toEqual([]);
    expect(rules("committer Ana Ruiz <ana@example.org> 1465981137 +0000", "pii")).toEqual(["pii.email"]);
    expect(rules("Tel: 5555-1234 or 2345-6789", "pii")).toEqual(["pii.phone", "pii.phone"]);
  });

  it("a decimal's digits are no card number; a card in a CSV row or a sentence still is", () => {
    expect(rules("betas = [0.5059373136902996, -0.8779442746685926, -0.4016220341911392]\nx = 4395065348745.5643764887869876", "pii")).toEqual([]);
    expect(rules("id,card\n12,4111111111111111\n13,5500005555555559", "pii")).toEqual(["pii.credit-card", "pii.credit-card"]);
    expect(rules("Charged to card 4111111111111111.", "pii")).toEqual(["pii.credit-card"]);
  });

  it("one digit run named an order, a ticket or an id is that record's number, though Luhn-valid; named a card, or grouped, it is a card", () => {
    expect(rules("Order #4111111111111111 shipped on Tuesday", "pii")).toEqual([]);
    expect(rules('{"id": 4539148803436467, "status": "open"}', "pii")).toEqual([]);
    expect(rules("Order paid with card 4539148803436467", "pii")).toEqual(["pii.credit-card"]);
    expect(rules("Order #4539 1488 0343 6467", "pii")).toEqual(["pii.credit-card"]);
    expect(rules('{"order_id": 1234, "card_number": "4539148803436467"}', "pii")).toEqual(["pii.credit-card"]);
  });
});
