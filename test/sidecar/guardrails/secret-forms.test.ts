/**
 * Secrets recognised by the form that carries them (Basic credentials, Azure SAS signatures,
 * Go MySQL DSNs, the MySQL client's `-p`, XML settings, `.netrc`, prose), and look-alikes
 * recognised as something else by their structure (password hashes, masked values, public
 * keys by vendor, settings objects, encoded files): each rule with the thing it finds and a
 * benign counterpart that stays quiet.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string): string[] => {
  const out = scan({ text }, { pii: "off", secrets: "detect", injection: "off", deadlineMs: 30_000 });
  return out.findings.map((f) => text.slice(f.start, f.end));
};

describe("secrets carried by their form", () => {
  it("HTTP Basic credentials are decoded to confirm, wherever the header is written", () => {
    // base64 of "ops:cAgUQzM2xhPlLa"
    const blob = "b3BzOmNBZ1VRek0yeGhQbExh";
    expect(found(`proxy_set_header Authorization "Basic ${blob}";`)).toEqual([blob]);
    expect(found(`headers = {"Authorization": "Basic ${blob}"}`)).toEqual([blob]);
    expect(found(`DEBUG request headers: {'Authorization': 'Basic ${blob}'}`)).toEqual([blob]);
    // not user:password once decoded ("test"), or not base64 at all
    expect(found(`proxy_set_header Authorization "Basic dGVzdA==";`)).toEqual([]);
    expect(found("The Basic plan includes 3 seats; Basic Authentication is off.")).toEqual([]);
  });

  it("an Azure SAS signature is the sig of a query that carries the SAS version", () => {
    const sig = "W4%2FiEcSA8TY3NbmMCQS784%2BE8eDy2%2BIkRcRuMnjRysM%3D";
    expect(found(`https://acme.blob.core.windows.net/exports/q3.csv?sv=2022-11-02&sr=b&sp=r&se=2026-01-01T00%3A00%3A00Z&sig=${sig}`)).toEqual([sig]);
    // a sig parameter of something else (no sv=): an image proxy's URL signature
    expect(found(`https://img.example.com/resize?w=200&h=120&sig=${sig}`)).toEqual([]);
  });

  it("a Go MySQL DSN's password, and the MySQL client's attached -p", () => {
    expect(found('dsn := "shop:7HPeu6IAtHTlbl@tcp(db:3306)/shop?parseTime=true"')).toEqual(["7HPeu6IAtHTlbl"]);
    expect(found('dsn := "shop@tcp(db:3306)/shop"')).toEqual([]);
    expect(found("mysqldump -u backup -pggHl1E0KKhdC shop > shop.sql")).toEqual(["ggHl1E0KKhdC"]);
    // -p alone prompts; a variable is not the value
    expect(found("mysql -u root -p shop")).toEqual([]);
    expect(found('mysql -u root -p"$MYSQL_PWD" shop')).toEqual([]);
    // Quoted for the shell, and MariaDB's own client name.
    expect(found('mysql -uroot -p"Tq8v!Lm29#k" shop')).toEqual(["Tq8v!Lm29#k"]);
    expect(found("mysql -uroot -p'Tq8v Lm29#k' shop")).toEqual(["Tq8v Lm29#k"]);
    expect(found("mariadb -u root -pggHl1E0KKhdC shop")).toEqual(["ggHl1E0KKhdC"]);
  });

  it("a password echoed into a command that reads one from its input (sudo -S, --password-stdin, passwd --stdin, chpasswd)", () => {
    expect(found("echo 'Rt5#xW2q' | sudo -S apt update")).toEqual(["Rt5#xW2q"]);
    expect(found("printf '%s\\n' 'Pr1ntf#Pw' | sudo -S ls")).toEqual(["Pr1ntf#Pw"]);
    expect(found('echo -n "Dk9#pQ2x" | docker login ghcr.io -u me --password-stdin')).toEqual(["Dk9#pQ2x"]);
    expect(found("echo 'Qq9!aaZZ' | passwd --stdin bob")).toEqual(["Qq9!aaZZ"]);
    expect(found('echo "alice:N3wP@ss!" | sudo chpasswd')).toEqual(["N3wP@ss!"]);
    // a variable carries no value; an echo into another command is output
    expect(found('echo "$REGISTRY_TOKEN" | docker login -u ci --password-stdin')).toEqual([]);
    expect(found("echo 'Hx8#kLp2' | grep Hx")).toEqual([]);
  });

  it("a run-together key that ends in 'password' after a short prefix names one (PGPASSWORD, dbpassword)", () => {
    expect(found("PGPASSWORD=Pq9x!2mz psql -h db -U app")).toEqual(["Pq9x!2mz"]);
    expect(found("rootpasswd: Rq9!x2Lm")).toEqual(["Rq9!x2Lm"]);
    // a phrase run together is no key's name
    expect(found('someotherpassword = "doesnt start right"')).toEqual([]);
  });

  it("a connection URL's password may hold an unencoded #", () => {
    expect(found("postgres://app:MauHb4!nPV#CbS@db:5432/app")).toEqual(["MauHb4!nPV#CbS"]);
    expect(found("see https://docs.example.com/setup#step-3 for the host")).toEqual([]);
  });

  it("Figma, Mailgun and New Relic licence keys by their documented shapes", () => {
    for (const token of ["figd_q7Lw2Nf0XbR4vY9tKc1Hs8PzMd3Ge6JaUoIi5Tn", "key-655bc6cbfeb9237e3615bbd505c1f685", "f2e6d4c6775f3c01afd04f1ca549cbbd16a8NRAL"]) {
      expect(found(`here you go: ${token} (do not share)`), token).toEqual([token]);
    }
    expect(found("figd_layout_component_name_for_the_header_bar, monkey-655bc6cbfeb9237e3615bbd505c1f685, the general NRAL")).toEqual([]);
  });

  it("Airtable personal access tokens by their documented shape", () => {
    const token = "patED7nE3P8T7AKF5.6a89bb4bd076842bbff726e696fe9df8a3457fa1ceecd802020fb382ea27ad4b";
    expect(found(`my token is ${token} thanks`)).toEqual([token]);
    expect(found("the pattern patED7nE3P8T7AKF5.6a89bb4b is truncated")).toEqual([]);
  });
});

describe("credential keys in subscripts and in a notebook's JSON", () => {
  it('a subscript\'s quoted key is assigned like a variable: os.environ["…"], config[\'…\'], ENV["…"]', () => {
    expect(found('os.environ["MAILGUN_API_KEY"] = "5c02f370f8506d6a041b98c65b507bbc-8b4d930d-889a8268"')).toEqual([
      "5c02f370f8506d6a041b98c65b507bbc-8b4d930d-889a8268",
    ]);
    expect(found("config['db_password'] = 'Xk29fq1mPz!'")).toEqual(["Xk29fq1mPz!"]);
    // read, not assigned: nothing
    expect(found('password = os.environ["DB_PASSWORD"]')).toEqual([]);
    expect(found('os.environ["DB_PASSWORD"] = os.getenv("X")')).toEqual([]);
  });

  it("a notebook cell's source in JSON escapes the quotes: the value is what is between them", () => {
    const notebook = JSON.stringify({ cells: [{ cell_type: "code", source: ["import os\n", 'os.environ["DB_PASSWORD"] = "Xk29fq1mPz!"\n'] }] });
    expect(found(notebook)).toEqual(["Xk29fq1mPz!"]);
    expect(found(JSON.stringify({ source: ['db_password = "Xk29fq1mPz!"\n'] }))).toEqual(["Xk29fq1mPz!"]);
  });
});

describe("credential keys in XML settings, .netrc and prose", () => {
  it("an XML setting named as a credential gives its value attribute", () => {
    expect(found('<add key="SmtpPassword" value="7HPeu6IAtHTlbl" />')).toEqual(["7HPeu6IAtHTlbl"]);
    expect(found('<entry key="ida:ClientSecret" value="MauHb4nPVCbSGIkx8" />')).toEqual(["MauHb4nPVCbSGIkx8"]);
    // settings that are not credentials, and a credential setting's name as a value
    expect(found('<add key="SmtpHost" value="smtp.example.com" />\n<add key="ida:ClientId" value="ggHl1E0KKhdC" />')).toEqual([]);
  });

  it("a comma pair's value is a string literal, not a list", () => {
    expect(found('@pytest.mark.parametrize("key", ["2X9M-LHN4-MTYR-HK8X", "98TD-PCXT-88EH-0XP9"])')).toEqual([]);
    expect(found('config.set("api_key", "UZCzaTCLXXrj1i0AqoA0")')).toEqual(["UZCzaTCLXXrj1i0AqoA0"]);
    expect(found('config.smtp_settings = { user_name: "apikey", password: "MauHb4nPVCbSGIkx" }')).toEqual(["MauHb4nPVCbSGIkx"]);
  });

  it(".netrc lines and 'the password is …' in prose", () => {
    expect(found("machine api.example.com login deploy password UZCzaTCLXXrj1i0AqoA0")).toEqual(["UZCzaTCLXXrj1i0AqoA0"]);
    expect(found("Hi team, the staging DB password is ggHl1E0KKhdC until we rotate it.")).toEqual(["ggHl1E0KKhdC"]);
    expect(found("The password is required. Your password is 12 characters or more. The password was changed.")).toEqual([]);
  });

  it("Dockerfile ENV, nginx set, an XML element, 'set NAME to …' and 'the API key for … is …' give the value", () => {
    const value = "Xk29fq1mQ7Lw2Nf0";
    const carriers = [
      `ENV DB_PASSWORD ${value}`,
      `set $api_key "${value}";`,
      `<db_password>${value}</db_password>`,
      `Steps: set DB_PASSWORD to ${value} and restart the worker.`,
      `Setting api_key to ${value} fixed the failing job.`,
      `We rotated the token to ${value} yesterday.`,
      `The API key for staging is ${value} — please rotate after use.`,
      `the API key is: ${value}`,
    ];
    for (const text of carriers) expect(found(text), text).toEqual([value]);
    const quiet = [
      "Please set the password to something strong.",
      "Setting api_key to production fixed it.",
      "We changed the password to something stronger.",
      "The API key for staging is stored in Vault.",
      "The token for this request is invalid.",
      "ARG GITHUB_TOKEN",
      "<api_key></api_key>",
    ];
    for (const text of quiet) expect(found(text), text).toEqual([]);
  });

  it("base64 that starts with a slash is a key, not a path; a path is a path", () => {
    const key = "/6DPCP88q3uuUDdswn8ocRv5GaufW49sDGpK8TDagbw=";
    expect(found(`Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${key}`)).toEqual([key]);
    expect(found("private_key_file: /etc/ssl/private/server-key.pem\nsecret: /run/secrets/db_password_file_for_the_app")).toEqual([]);
  });

  it("a quoted header value reports the credential after its scheme", () => {
    expect(found('{"Authorization": "Bearer UZCzaTCLXXrj1i0AqoA0R0z53WBrl"}')).toEqual(["UZCzaTCLXXrj1i0AqoA0R0z53WBrl"]);
  });
});

describe("look-alikes recognised by structure", () => {
  it("a documentation's stand-in that names its kind is no credential (personal-access-token123, mysecretpassword)", () => {
    expect(found('const octokit = new Octokit({ auth: "personal-access-token123" });')).toEqual([]);
    expect(found("POSTGRES_PASSWORD=mysecretpassword")).toEqual([]);
    expect(found('createTokenAuth("ghp_PersonalAccessToken01245678900000000")')).toEqual([]);
    expect(found('new Redis("redis://:authpassword@127.0.0.1:6380/4")')).toEqual([]);
    // a chosen value that merely holds such a word stays one
    expect(found('password: "secretary77"')).toEqual(["secretary77"]);
    expect(found('password: "Sommer2024!"')).toEqual(["Sommer2024!"]);
  });

  it("what code writes where a value would stand: a JSX expression, a flag, a glob, a type argument", () => {
    expect(found("<Box key={test.id}>\n  <Text>{test.title}</Text>")).toEqual([]);
    expect(found('await x("gh", ["auth", "login", "--with-token"])')).toEqual([]);
    expect(found('slowRedact({ paths: ["password", "secrets.*", "users.*.credentials"] })')).toEqual([]);
    expect(found("readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;")).toEqual([]);
    expect(found('{ port: 30001, password: "password-for-30001" }')).toEqual([]);
    // a password that holds a star, or starts with one, is still a password
    expect(found('password: "Xq7*mZ2pL9"')).toEqual(["Xq7*mZ2pL9"]);
    expect(found('password: "*Xq7mZ2pL9"')).toEqual(["*Xq7mZ2pL9"]);
  });

  it("'pass' as the English verb before its object is no key; FTP's PASS and fetchmail's user … pass … are", () => {
    expect(found('  * Pass "-Zbzip2 -z9" to dpkg-deb')).toEqual([]);
    expect(found("Also remove out.txt, to pass 'make distcheck'.")).toEqual([]);
    expect(found('poll mail.example.com user "jdoe" pass "Xq7mZ2pL9"')).toEqual(["Xq7mZ2pL9"]);
    expect(found("USER anonymous\nPASS Xq7mZ2pL9kk")).toEqual(["Xq7mZ2pL9kk"]);
  });

  it("an OpenPGP key's fingerprint or key id, and a badge image's embed token, are published on purpose", () => {
    expect(found("  - Release GPG key: 9554F04D7259F04124DE6B476D5A82AC7E37093B")).toEqual([]);
    expect(found("GPG_KEY_ID=0x6595B64144CCF1DF")).toEqual([]);
    expect(found("    + Add file (GnuPG key: 0x7EC2DBB6F4DBF434).")).toEqual([]);
    expect(found("[![codecov](https://codecov.io/gh/acme/api/branch/main/graph/badge.svg?token=rn91iI4bSe)](https://codecov.io/gh/acme/api)")).toEqual([]);
    // the same token in an API call's query, or 40 hex under another name, is a credential
    expect(found('curl "https://api.example.com/v1/items?token=fh3LMNOV+JSWykSjtg1rA8kouSYkJoIDzGbvaByq5X0="')).toEqual([
      "fh3LMNOV+JSWykSjtg1rA8kouSYkJoIDzGbvaByq5X0=",
    ]);
    expect(found("api key: 9554F04D7259F04124DE6B476D5A82AC7E37093B")).toEqual(["9554F04D7259F04124DE6B476D5A82AC7E37093B"]);
  });

  it("stored password hashes, named by their algorithm, are not passwords", () => {
    const hashes = [
      "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
      "$6$rounds=5000$usesomesillystri$D4IrlXatmP7rx3P3InaxBeoomnAihCKRVQP22JZ6EY47Wc6BkroIuUUBOov1i.S5KPgErtP/EN5mcO.ChWQW21",
      "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG",
      "pbkdf2_sha256$600000$ggHl1E0KKhdC$UZCzaTCLXXrj1i0AqoA0R0z53WBrlAHGWuDJA79qtkC=",
      "{SSHA}UZCzaTCLXXrj1i0AqoA0R0z53WBrlAHG",
    ];
    for (const hash of hashes) expect(found(`password: "${hash}"`), hash).toEqual([]);
    expect(found('password: "UZCzaTCLXXrj1i0AqoA0"')).toEqual(["UZCzaTCLXXrj1i0AqoA0"]);
  });

  it("ciphertext envelopes, YAML tags, parameter references and stub values are not credentials", () => {
    const quiet = [
      "password: '{cipher}9f3c2a71be04d5e6f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3'",
      "spring.datasource.password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)",
      "password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6231343938326331",
      "password: %env.DB_PASSWORD%",
      "x-api-key: 00000000-0000-0000-0000-000000000000",
      "postgres://postgres:postgres@localhost:5432/test",
    ];
    for (const text of quiet) expect(found(text), text).toEqual([]);
    expect(found("x-api-key: 3f6c2a9e-8d41-4b7a-9c25-71e0d4b8a6f3")).toEqual(["3f6c2a9e-8d41-4b7a-9c25-71e0d4b8a6f3"]);
    expect(found("postgres://postgres:Wq8r2LmZ0x@localhost:5432/test")).toEqual(["Wq8r2LmZ0x"]);
  });

  it("a key that names a digest algorithm, or a value written with its algorithm, holds a digest", () => {
    const digest = "42cf30e72fdf0f1dbcc2ff8782e6839f24e64a85f4b3e62eca5e6db4b0e27ae5";
    for (const text of [`password_sha256: ${digest}`, `api_key_md5 = ${digest.slice(0, 32)}`, `password: sha256:${digest}`])
      expect(found(text), text).toEqual([]);
    expect(found(`SECRET_KEY_BASE=${digest}`)).toEqual([digest]);
  });

  it("values masked with an ellipsis are not credentials", () => {
    expect(found('<add key="OPENAI_API_KEY" value="sk-proj-…9x9N" />')).toEqual([]);
  });

  it("a settings object under a credential key is not a value", () => {
    expect(found('{"password": {"min_length": 12, "require_upper": true}}')).toEqual([]);
  });

  it("keys public by vendor documentation: PostHog project keys, Stripe client secrets, search-only and write keys, Supabase anon JWTs", () => {
    const quiet = [
      "POSTHOG_KEY=phc_UZCzaTCLXXrj1i0AqoA0R0z53WBrlAHGWuDJA79qtkC",
      '{"client_secret": "pi_3MtwBwLkdIwHu7ix28a3tqPa_secret_YrKJUKribcBjcG8HVhfZluoGH"}',
      "ALGOLIA_SEARCH_KEY=6be0576ff61c053d5f9a3225e2a90f76",
      "analytics.load({ writeKey: 'MauHb4nPVCbSGIkx7HPeu6IAtHTlbl' })",
      "PUSHER_APP_KEY=7d9843fc2ac0bd66104b",
      "SUPABASE_ANON_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3bWN4a3pwaWFmYnRybmxoeWVvIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MjAxNTU3NjAwMH0.QZp7GJqwPJVbOBkqopEeqWg9M7DpGde2lzkd0VMUdMs",
    ];
    for (const text of quiet) expect(found(text), text).toEqual([]);
    const secret = [
      "ALGOLIA_ADMIN_KEY=6be0576ff61c053d5f9a3225e2a90f76",
      "PUSHER_APP_SECRET=a71c04e9d3b25f8860ce",
      "SUPABASE_SERVICE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3bWN4a3pwaWFmYnRybmxoeWVvIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjoyMDE1NTc2MDAwfQ.TFKPfzd7imQYJNSbtsvFgzOIVsOWOa77GVlle3r7Rqs",
    ];
    for (const text of secret) expect(found(text).length, text).toBe(1);
  });

  it("quoted base64 named as a file, an image, a page, an address or in an XML setting or table row is content, not a key", () => {
    const blob =
      "aii2VsYd8nELWJ4kJHQHU/gr7Mz1Rq2iSlxDZolt8v5+Puip0l8ra4kR1sqzslCoh4jbVsGJYV1Wc4Y7FXGmZbTlHSfxP4E5CfVaEAD/A2tx+UyaLM9xc9nqC5Uk89ciQ92dczR5EOU0rz0oF6g3b7M9MtElvqEx";
    const quiet = [
      `{"file": "${blob}"}`,
      `{"attachment": {"content": "${blob}"}}`,
      `{"next_page": "${blob}"}`,
      `<add key="content_hash" value="${blob}" />`,
      `| cursor | \`${blob}\` |`,
    ];
    for (const text of quiet) expect(found(text), text).toEqual([]);
    expect(found(`{"session_blob": "${blob}"}`)).toEqual([blob]);
  });

  it("a sentence that describes a password is not a passphrase; random words are", () => {
    expect(found('password: "at least 14 characters, one digit"')).toEqual([]);
    expect(found('"password": "min 12 chars, 1 upper, 1 digit"')).toEqual([]);
    expect(found('KEY_PASSPHRASE="tulip quarry mango velvet"')).toEqual(["tulip quarry mango velvet"]);
  });

  it("base58 extended public keys and content ids whose checksum or multihash holds are public; other base58 stays a candidate", () => {
    const quiet = [
      '{"pin": "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"}',
      '{"xpub": "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8"}',
    ];
    for (const text of quiet) expect(found(text), text).toEqual([]);
    // a WIF private key is base58check too, with the private-key version byte
    expect(found('{"wif": "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"}')).toEqual(["5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"]);
  });
});

describe("configuration files whose form names the credential", () => {
  it("wp-config's keys and salts, their values aligned in a column; its shipped placeholder stays quiet", () => {
    const salt = "=JJ6PT=mC(k(;]#wq3NjF~5*[Gw21yti*H^lVtJmn7InFPtjJ_<!R)W#ZPQ],V*,";
    expect(found(`define( 'AUTH_KEY',         '${salt}' );`)).toEqual([salt]);
    expect(found(`define( 'LOGGED_IN_SALT',   '${salt}' );`)).toEqual([salt]);
    expect(found("define( 'AUTH_KEY',         'put your unique phrase here' );")).toEqual([]);
    // A configuration constant's salt keys the server's hashes; a record's salt is one user's.
    expect(found("SECURITY_PASSWORD_SALT = 'a8f3k2LmQ9zX1vB7'")).toEqual(["a8f3k2LmQ9zX1vB7"]);
    expect(found('{"user": "ana", "salt": "a8f3k2LmQ9zX1vB7", "hash": "9f86d081884c7d65"}')).toEqual([]);
  });

  it("PostgreSQL's password file: each line's last field, where the text names the file or prints its format", () => {
    const pgpass = [
      "$ cat ~/.pgpass",
      "# hostname:port:database:username:password",
      "db-prod-01.internal:5432:orders:reporting:B5TBrowf7ccOnrz9dIqGxN",
      "localhost:5432:*:postgres:postgres",
      "*:*:*:replica:*",
    ].join("\n");
    expect(found(pgpass)).toEqual(["B5TBrowf7ccOnrz9dIqGxN"]);
    // The same shape with nothing that says it is the password file: a log's colon-separated fields.
    expect(found("worker-3:5432:orders:reporting:B5TBrowf7ccOnrz9dIqGxN")).toEqual([]);
  });
});

describe("a scope or a header where a value might be (forty-third session)", () => {
  it("reads a key word before `::` as a scope, not an assignment", () => {
    const code = 'session = ShopifyAPI::Auth::Session.new(\n  shop: "olive.myshopify.com",\n  access_token: "shpat_0123456789abcdef0123456789abcdef"\n)';
    expect(found(code)).toEqual(["shpat_0123456789abcdef0123456789abcdef"]);
    // Makefiles assign with `::=` and `:::=`.
    expect(found('SONAR_TOKEN :::= "4f1c8a2e9b7d6c5a3e1f0b9d8c7a6e5f4d3c2b1a"')).toEqual(["4f1c8a2e9b7d6c5a3e1f0b9d8c7a6e5f4d3c2b1a"]);
  });

  it("reads a ruled table's credential column even with columns after it", () => {
    const mysql = [
      "+----+-----------+-------------+--------------------+---------+",
      "| id | name      | auth_user   | auth_password      | enabled |",
      "+----+-----------+-------------+--------------------+---------+",
      "|  3 | label-api | acme_labels | G90Gfvzw5U7m@a8o   |       1 |",
      "|  7 | sftp      | acme_sftp   | go6fPktlAoA#br6fGQ |       1 |",
      "+----+-----------+-------------+--------------------+---------+",
    ].join("\n");
    expect(found(mysql)).toEqual(["G90Gfvzw5U7m@a8o", "go6fPktlAoA#br6fGQ"]);
    // A key and its value in one row of a settings table stay a pair.
    expect(found("| Name | Value |\n|---|---|\n| DB_PASSWORD | Xk29!fq1mZ |\n| REGION | eu-west-1 |")).toEqual(["Xk29!fq1mZ"]);
  });
});
