/**
 * Credentials recognised by the form that carries them rather than by a key name or a vendor
 * prefix: HTTP Basic credentials (base64 of `user:password`, decoded to confirm), Azure
 * shared-access signatures (`sig=` in a query that carries the SAS fields), Go MySQL driver
 * DSNs (`user:password@tcp(host)/db`), the MySQL client's attached `-p<password>`, the lines
 * of PostgreSQL's password file (`host:port:database:user:password`) and a password echoed
 * into a command that reads it from its input (`echo 'pw' | sudo -S …`, `--password-stdin`),
 * and the private keys a Hardhat or Truffle network lists as its `accounts`.
 *
 * Each form has a literal anchor, found with `indexOf`, and a bounded read around it; every
 * search resumes after what it read, so a scan stays linear.
 */
import { isPlaceholderValue } from "./entropy.js";
import type { Finding } from "./finding.js";
import { plausiblePassword, secretFinding } from "./secret-detectors.js";
import { literalChannel, literalIndex, literalStart, TextIndex } from "./text-index.js";
import { before, isAlnum, isWordChar, runEnd, runStart, type CharTest } from "./text-runs.js";

/**
 * The forms' anchors, found in the text index's one literal pass (a DFA: one table lookup per
 * character however many literals it knows). `indexOf` per anchor was measured slower: each is
 * a pass of its own, and V8's search degrades on repetitive text.
 */
const ANCHORS = [
  "basic",
  "apikey",
  "@tcp(",
  "@unix(",
  "&sig=",
  "?sig=",
  ";sig=",
  "mysql",
  "mariadb",
  "pgpass",
  "port:database:username:password",
  "echo",
  "printf",
  "accounts",
] as const;
const ANCHOR_CHANNEL = literalChannel([...ANCHORS]);

/** Starts of the index's occurrences of the anchors in `which` (case-insensitive), ascending. */
function indexed(index: TextIndex, ...which: (typeof ANCHORS)[number][]): number[] {
  const wanted = which.map((w) => ANCHORS.indexOf(w));
  const out: number[] = [];
  for (const hit of index.literals(ANCHOR_CHANNEL)) if (wanted.includes(literalIndex(hit))) out.push(literalStart(hit));
  return out;
}

const BASE64_STD: CharTest = (c) => isAlnum(c) || c === 43 || c === 47;

/**
 * Whether `blob` is base64 of `user:password` as HTTP Basic authentication (RFC 7617) and
 * Docker's `auth` field encode it: printable text with a colon, a password after it.
 */
export function isBasicCredential(blob: string): boolean {
  if (blob.length < 8 || blob.length % 4 !== 0) return false;
  const decoded = Buffer.from(blob, "base64").toString("latin1");
  const colon = decoded.indexOf(":");
  if (colon < 1 || colon === decoded.length - 1) return false;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded.charCodeAt(i);
    if (c < 33 || c > 126) return false;
  }
  return plausiblePassword(decoded.slice(colon + 1), 3);
}

/**
 * HTTP Basic credentials after the scheme word, wherever the header is written (a header
 * line, a quoted value in code or a log, an nginx `proxy_set_header`), confirmed by decoding.
 *
 * @example
 * ```ts
 * detectBasicCredentials('proxy_set_header Authorization "Basic b3BzOnM0bHRlZC1waW5l";', out);
 * ```
 */
export function detectBasicCredentials(text: string, out: Finding[], index = new TextIndex(text)): void {
  let resume = 0;
  // Elasticsearch's `ApiKey` scheme carries `id:api_key` in base64 the same way.
  for (const at of indexed(index, "basic", "apikey")) {
    // The scheme is case-insensitive (RFC 7617); "Basic", "basic" and "BASIC" are written.
    if (at < resume || before(text, at, isWordChar)) continue;
    const scheme = text.charCodeAt(at) === 66 || text.charCodeAt(at) === 98 ? 5 : 6;
    const start = runEnd(text, at + scheme, (c) => c === 32 || c === 9, Math.min(text.length, at + scheme + 4));
    if (start === at + scheme) continue;
    let end = runEnd(text, start, BASE64_STD, Math.min(text.length, start + 1024));
    while (end < text.length && end - start < 1026 && text.charCodeAt(end) === 61) end++;
    resume = end;
    if (isWordChar(text.charCodeAt(end)) || !isBasicCredential(text.slice(start, end))) continue;
    out.push(secretFinding(scheme === 5 ? "basic-auth" : "elastic-api-key", start, end, 0.9));
  }
}

/** The fields every Azure SAS token carries besides `sig`: its version, and a permission or an expiry. */
const SAS_FIELDS = /(?:^|[?&;])sv=\d{4}-\d{2}-\d{2}(?:&|$)/;
const SAS_VALUE: CharTest = (c) => isAlnum(c) || c === 37 || c === 43 || c === 47 || c === 61;

/**
 * Azure shared-access signatures: the `sig=` value of a query or connection string that
 * carries `sv=` (the signed version), as Azure Storage writes them. The value is reported as
 * it appears (percent-encoded).
 *
 * @example
 * ```ts
 * detectAzureSasSignatures("https://a.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=pV7%2Bq…%3D", out);
 * ```
 */
export function detectAzureSasSignatures(text: string, out: Finding[], index = new TextIndex(text)): void {
  let from = 0;
  // Each query is walked back over once: not past the previous signature's end.
  let floor = 0;
  for (const hit of indexed(index, "&sig=", "?sig=", ";sig=")) {
    const at = hit + 1;
    if (at < from || !text.startsWith("sig=", at)) continue;
    const end = runEnd(text, at + 4, SAS_VALUE, Math.min(text.length, at + 4 + 256));
    from = end;
    const value = text.slice(at + 4, end);
    // A 256-bit HMAC in base64 is 44 characters, more when percent-encoded.
    if (value.length < 40 || isPlaceholderValue(value)) continue;
    const queryStart = runStart(text, at, (c) => c > 32 && c !== 34 && c !== 39 && c !== 60 && c !== 62, Math.min(2048, at - floor));
    floor = end;
    if (!SAS_FIELDS.test(text.slice(queryStart, at - 1))) continue;
    out.push(secretFinding("azure-sas-signature", at + 4, end, 0.9));
  }
}

const DSN_USERINFO: CharTest = (c) => c > 32 && c !== 34 && c !== 39 && c !== 96 && c !== 64 && c !== 47 && c !== 60 && c !== 62;

/**
 * Go MySQL driver DSNs (`user:password@tcp(db:3306)/shop`, `@unix(/run/mysqld.sock)`), which
 * have no `scheme://` for the URL rule to anchor on.
 *
 * @example
 * ```ts
 * detectGoMysqlDsns('dsn := "app:Jq8vR2mLx0@tcp(db:3306)/shop"', out); // secret.url-password
 * ```
 */
export function detectGoMysqlDsns(text: string, out: Finding[], index = new TextIndex(text)): void {
  let floor = 0;
  for (const at of indexed(index, "@tcp(", "@unix(")) {
    if (!text.startsWith("@tcp(", at) && !text.startsWith("@unix(", at)) continue;
    const start = runStart(text, at, DSN_USERINFO, Math.min(256, at - floor));
    floor = at;
    const colon = start + text.slice(start, at).indexOf(":");
    if (colon < start + 1) continue;
    const password = text.slice(colon + 1, at);
    if (!plausiblePassword(password, 3)) continue;
    out.push(secretFinding("url-password", colon + 1, at, 0.9));
  }
}

/** The MySQL client programs (and MariaDB's), after the literal `mysql` or `mariadb`: `mysql`, `mysqldump`, `mariadb-dump` … */
const MYSQL_PROGRAM = /^(?:mysql(?:dump|admin|check|import|sh)?|mariadb(?:-dump|-admin)?)[ \t]/;
const COMMAND_BEFORE: CharTest = (c) =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 59 || c === 38 || c === 124 || c === 96 || c === 39 || c === 34 || c === 40;
const PASSWORD_FLAG = /[ \t]-p(?:([^\s'"-][^\s'"]{3,127})|"([^"\n]{4,128})"|'([^'\n]{4,128})')/;

/**
 * The MySQL client's password attached to `-p` (`mysql -u root -pS3cret app`): with a space
 * the client prompts instead, so only the attached form carries one.
 *
 * @example
 * ```ts
 * detectMysqlClientPasswords("mysqldump -u backup -pQx7vLm29 shop > shop.sql", out);
 * ```
 */
export function detectMysqlClientPasswords(text: string, out: Finding[], index = new TextIndex(text)): void {
  // MariaDB's own client names (`mariadb`, `mariadb-dump`) besides the mysql ones it installs.
  for (const literal of ["mysql", "mariadb"] as const) {
    let from = 0;
    for (const at of indexed(index, literal)) {
      if (at < from) continue;
      if (at > 0 && !COMMAND_BEFORE(text.charCodeAt(at - 1))) continue;
      const program = MYSQL_PROGRAM.exec(text.slice(at, at + 16));
      if (program === null) continue;
      const argsStart = at + program[0].length - 1;
      // The command's line within 512 characters (a search to the text's next line break per
      // command would read on to it each time).
      const window = text.slice(argsStart, argsStart + 512);
      const lineEnd = window.indexOf("\n");
      const line = lineEnd < 0 ? window : window.slice(0, lineEnd);
      from = argsStart + line.length;
      const p = PASSWORD_FLAG.exec(line);
      if (p === null) continue;
      // Attached bare (`-pS3cret`), or quoted for the shell (`-p"S3c!et"`, `-p'S3c!et'`).
      const value = p[1] !== undefined ? p[1].replace(/[;&|)]+$/, "") : (p[2] ?? p[3] ?? "");
      if (!plausiblePassword(value, 4) || value.startsWith("$")) continue;
      const start = argsStart + p.index + (p[1] !== undefined ? 3 : 4);
      out.push(secretFinding("mysql-client-password", start, start + value.length, 0.85));
    }
  }
}

/** A line of PostgreSQL's password file: host, port (or `*`), database, user and password, colon-separated. */
const PGPASS_LINE = /^[ \t]*([^:\s#][^:\s]{0,253}):(\d{1,5}|\*):([^:\s]{1,63}):([^:\s]{1,63}):(\S{1,256})[ \t]*$/gm;
/** How far after a mention of the file its lines are read. */
const PGPASS_REACH = 4096;

/**
 * Passwords in PostgreSQL's password file (`~/.pgpass`, `PGPASSFILE`, `pgpass.conf`), read where
 * the text names the file or prints its format line (`# hostname:port:database:username:password`):
 * each `host:port:database:user:password` line's last field. A password that is its user's name
 * (`postgres:postgres`) is a default, and `*` matches anything, so neither is reported.
 *
 * @example
 * ```ts
 * detectPgpassLines("$ cat ~/.pgpass\ndb-prod:5432:orders:reporting:B5TBrowf7ccOnrz9", out); // the password
 * ```
 */
export function detectPgpassLines(text: string, out: Finding[], index = new TextIndex(text)): void {
  let from = 0;
  for (const at of indexed(index, "pgpass", "port:database:username:password")) {
    if (at < from) continue;
    const end = Math.min(text.length, at + PGPASS_REACH);
    const window = text.slice(at, end);
    from = end;
    PGPASS_LINE.lastIndex = 0;
    for (let m = PGPASS_LINE.exec(window); m !== null; m = PGPASS_LINE.exec(window)) {
      const user = m[4] ?? "";
      const password = m[5] ?? "";
      if (password === "*" || password === user || !plausiblePassword(password, 4)) continue;
      const start = at + m.index + m[0].lastIndexOf(password);
      out.push(secretFinding("pgpass-password", start, start + password.length, 0.85));
    }
  }
}

/**
 * A value echoed into a command that reads a password from its input: `sudo -S`,
 * `--password-stdin` (docker, podman, helm, oras login), `passwd --stdin`, and `chpasswd`'s
 * `user:password` lines. The value's quotes are its own; a variable (`"$TOKEN"`) carries none.
 */
const ECHOED_PASSWORD =
  /^(?:echo(?:[ \t]{1,3}-[ne]{1,2})?|printf(?:[ \t]{1,3}(['"])%s(?:\\n)?\1)?)[ \t]{1,3}(['"]?)([^\s'"|$`;&]{4,128})\2[ \t]{0,3}\|[ \t]{0,3}(?:sudo(?:[ \t]{1,3}-[A-Za-z]+)*[ \t]{1,3}-[A-Za-z]*S\b|[^|\n]{0,200}?[ \t]--password-stdin\b|passwd[ \t]{1,3}--stdin\b|(?:sudo[ \t]{1,3})?chpasswd\b)/d;

/**
 * Passwords echoed into a command that reads one from its input.
 *
 * @example
 * ```ts
 * detectEchoedPasswords("echo 'Rt5#xW2q' | sudo -S apt update", out); // Rt5#xW2q
 * ```
 */
export function detectEchoedPasswords(text: string, out: Finding[], index = new TextIndex(text)): void {
  let from = 0;
  for (const at of indexed(index, "echo", "printf")) {
    if (at < from || (at > 0 && !COMMAND_BEFORE(text.charCodeAt(at - 1)))) continue;
    const window = text.slice(at, at + 512);
    const lineEnd = window.indexOf("\n");
    const m = ECHOED_PASSWORD.exec(lineEnd < 0 ? window : window.slice(0, lineEnd));
    if (m === null) continue;
    let value = m[3] ?? "";
    let start = at + (m.indices?.[3]?.[0] ?? 0);
    // chpasswd reads `user:password`.
    if (/chpasswd\b/.test(m[0])) {
      const colon = value.indexOf(":");
      if (colon <= 0) continue;
      start += colon + 1;
      value = value.slice(colon + 1);
    }
    from = start + value.length;
    if (!plausiblePassword(value, 4)) continue;
    out.push(secretFinding("echoed-password", start, start + value.length, 0.85));
  }
}

/** `accounts: [` (or `"accounts": [`) opening a network's list of signing keys. */
const ACCOUNTS_LIST = /^accounts["']?[ \t]{0,3}[:=][ \t]{0,3}\[/i;
/** One quoted entry of that list: a 32-byte secp256k1 private key in hex. */
const ACCOUNT_KEY = /(["'`])(0x[0-9a-fA-F]{64})\1/y;

/**
 * The private keys an Ethereum toolchain's network configuration lists as its `accounts`
 * (Hardhat's `hardhat.config.ts`, Truffle's HDWallet settings): `accounts: ["0x…64 hex…"]`.
 * A 0x-prefixed 64-hex string elsewhere is as often a transaction or block hash, so only the
 * list's own entries are read.
 *
 * @example
 * ```ts
 * detectAccountKeys('networks: { sepolia: { url, accounts: ["0x59c6…"] } }', out); // the key
 * ```
 */
export function detectAccountKeys(text: string, out: Finding[], index = new TextIndex(text)): void {
  for (const at of indexed(index, "accounts")) {
    if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    const head = ACCOUNTS_LIST.exec(text.slice(at, at + 24));
    if (head === null) continue;
    let pos = at + head[0].length;
    for (let n = 0; n < 64; n++) {
      while (pos < text.length && /[\s,]/.test(text.charAt(pos))) pos++;
      ACCOUNT_KEY.lastIndex = pos;
      const m = ACCOUNT_KEY.exec(text);
      if (m === null) break;
      const key = m[2] ?? "";
      if (!isPlaceholderValue(key) && !/^0x(.)\1+$/.test(key)) out.push(secretFinding("ethereum-private-key", pos + 1, pos + 1 + key.length, 0.9));
      pos = ACCOUNT_KEY.lastIndex;
    }
  }
}
