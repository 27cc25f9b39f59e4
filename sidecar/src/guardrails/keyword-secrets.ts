/**
 * Secrets assigned to credential-named keys: `password = "…"`, `"api_key": "…"`,
 * `API_TOKEN := …`, `Authorization: Bearer …`, `if (x == "…")`-style comparisons, each string
 * of a list assigned to one (`"api_keys": ["…", "…"]`). The key
 * decides whether a value is looked at; the value must then look like a credential (not a
 * placeholder, variable, host name, version, identifier or code expression).
 */
import { charClasses, isPlaceholderValue, shannonEntropy } from "./entropy.js";
import { EXAMPLE_MAX, keyboardWalk, spellsItsKey } from "./example-passwords.js";
import type { Finding } from "./finding.js";
import { classifyKeyBlob, isUuid, opensPublicKey } from "./key-material.js";
import { escapedBreak } from "./json-spans.js";
import { documentedExampleJwt, publicJwt, secretFinding } from "./secret-detectors.js";
import { publicVendorToken } from "./secret-rules.js";
import { chosenPassword, type Family, plausibleSecretValue } from "./secret-values.js";
import { columnValues, headsRuledTable, wholeCell } from "./table-columns.js";
import { literalChannel, literalIndex, literalStart, TextIndex } from "./text-index.js";
import { isAlnum, isDigit, isWordChar, runEnd, runStart, type CharTest } from "./text-runs.js";

/** Credential words inside key names (`pass|pwd|pw\b|secret|token|key|auth|credential|login|bearer|access_?id`, any case). */

/** A header cell that is the word "key" alone. */
const BARE_KEY = /^key$/i;
/** A header line with a cell named "value": the table's other column beside "key". */
const VALUE_HEADER = /(?:^|[|,\t;])[ \t"'`]*value[ \t"'`]*(?:[|,\t;]|$)/i;

/** The line holding `at`. */
function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const end = text.indexOf("\n", at);
  return text.slice(start, end < 0 ? undefined : end);
}

const KEY_WORDS = [
  "pass",
  "pwd",
  "pw",
  "secret",
  "token",
  "key",
  "auth",
  "credential",
  "login",
  "bearer",
  "access_id",
  "accessid",
  "salt",
  "pat",
  "psk",
  "dek",
  "kek",
];
const KEY_CHANNEL = literalChannel(KEY_WORDS);
const PW = KEY_WORDS.indexOf("pw");
/** Envelope encryption's data- and key-encryption keys (`DEK`, `kms_dek`, `kekHex`): only as a whole component of a name. */
const DEK = KEY_WORDS.indexOf("dek");
const KEK = KEY_WORDS.indexOf("kek");
/** A personal access token (`GITHUB_PAT`, `AZURE_DEVOPS_EXT_PAT`): as `pw`, a word end only (not `path`, `pattern`, `patch`). */
const PAT = KEY_WORDS.indexOf("pat");
const KEY_CHAR: CharTest = (c) => isAlnum(c) || c === 95 || c === 45 || c === 46;

const NEGATIVE_LAST = new Set([
  "id",
  "ids",
  // Vault's `token_accessor`: looks a token up or revokes it, never authenticates.
  "accessor",
  "name",
  "names",
  "url",
  "uri",
  "urls",
  "path",
  "file",
  "files",
  "length",
  "len",
  "size",
  "type",
  "types",
  "version",
  "format",
  "mode",
  "count",
  "index",
  "prefix",
  "suffix",
  "field",
  "label",
  "hint",
  "description",
  "desc",
  "variable",
  "var",
  "env",
  "ref",
  "chars",
  "pattern",
  "regex",
  "policy",
  "store",
  "storage",
  "manager",
  "provider",
  "endpoint",
  "header",
  "param",
  "expiry",
  "expires",
  "expiration",
  // What a token may do (`oauth_scopes: repo,read:org`, Slack's `x-oauth-scopes` header): a list of rights.
  "scope",
  "scopes",
  "ttl",
  "timeout",
  "source",
  "selector",
  "event",
  "enabled",
  "required",
  "strength",
  "pressed",
  "pair",
  "signatures",
  "meshing",
  "results",
  "reset",
  "rotation",
  "location",
  "state",
  // When a credential last changed or expires: a date, not the credential.
  "changed",
  "updated",
  "modified",
  "created",
  "date",
  "at",
  "time",
  "timestamp",
  "age",
  "days",
]);
const NEGATIVE_ANY = new Set([
  // How long a token lives (`refresh_token_expires_in`): a duration, whatever ends the name.
  "expires",
  "public",
  "pub",
  "publishable",
  "csrf",
  "xsrf",
  // Rails' name for its CSRF token (`authenticity_token`).
  "authenticity",
  "not",
  "no",
  "is",
  "has",
  "should",
  "get",
  "set",
  "fake",
  "dummy",
  "sample",
  "example",
  // Keys that name something else than a credential: a public site key, a cache or sort key,
  // a database's partition or primary key, a request's idempotency key, a digest.
  "site",
  "sitekey",
  "cache",
  "sort",
  "partition",
  "primary",
  "foreign",
  "idempotency",
  "dedup",
  "dedupe",
  "routing",
  "shard",
  "lookup",
  "object",
  "row",
  "range",
  "hash",
  // A key that names a digest algorithm holds a digest (`password_sha256`, `api_key_md5`).
  "md5",
  "sha",
  "sha1",
  "sha224",
  "sha256",
  "sha384",
  "sha512",
  "sha3",
  "blake2b",
  "blake2s",
  "blake3",
  "crc32",
  "checksum",
  "digest",
  "fingerprint",
  "thumbprint",
  "nonce",
  "etag",
  // A page token or cursor is where a listing resumes, not a credential.
  "page",
  "cursor",
  "pagination",
  "paging",
  "continuation",
]);

/**
 * Words that make `<word> token` where a listing or a feed goes on, when they are the whole key:
 * AWS's `NextToken`, Google Calendar's `syncToken`, MongoDB's `resumeToken`. In a longer name
 * they qualify a credential (`GITHUB_SYNC_TOKEN`); a key to rotate to is `next_key`, `next_secret`.
 */
const RESUMES = new Set(["next", "sync", "resume"]);

/**
 * Whether the word before a key written in prose makes it name something else, as its
 * component would in a compound ("reCAPTCHA site key = …", "the public key is …", "sort key:"):
 * `site key` is `site_key`.
 */
function qualifiedAway(text: string, keyStart: number): boolean {
  const before = WORD_AND_SPACE_AT_END.exec(text.slice(Math.max(0, keyStart - 24), keyStart))?.[1];
  return before !== undefined && QUALIFIERS.has(before.toLowerCase());
}

/** The word and the space or tab that end a string (read backwards from its end, not tried from every position). */
const WORD_AND_SPACE_AT_END = /(?<=([A-Za-z]+)[ \t])$/;

/**
 * Words that, written before a key word, make a compound naming no credential (an Apple crash
 * report's `CrashReporter Key:` is the device's anonymous identifier).
 */
const QUALIFIERS: ReadonlySet<string> = new Set([
  "site",
  "public",
  "publishable",
  "sort",
  "cache",
  "partition",
  "idempotency",
  "primary",
  "foreign",
  "crashreporter",
]);

/** Splits `db_pass`, `apiKey`, `SONAR.LOGIN`, `X-Octopus-ApiKey` into lower-case components. */
function components(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[\s_.-]+/)
    .filter((c) => c.length > 0)
    .map((c) => c.toLowerCase());
}

/** English words that end in "pass" without naming one (`bypass: true`, `compass_heading`). */
const PASS_WORDS = new Set(["bypass", "compass", "surpass", "overpass", "underpass", "trespass", "encompass"]);

/** A name that ends in "pass" for a password: keytool's `storepass`, Redis's `requirepass`, `dbpass`. */
function passSuffixed(part: string): boolean {
  return part.length > 4 && part.length <= 16 && part.endsWith("pass") && !PASS_WORDS.has(part);
}

/**
 * A name that ends in "password" for one, after a short prefix as `passSuffixed` allows: Postgres's
 * `PGPASSWORD`, `dbpassword`, `rootpasswd`, `keystorepassword` (longer run-together names are
 * phrases, `someotherpassword`).
 */
function passwordSuffixed(part: string): boolean {
  const prefix = part.endsWith("password") ? part.length - 8 : part.endsWith("passwd") ? part.length - 6 : 0;
  return prefix > 0 && prefix <= 8;
}

/** The credential family a key names, or undefined when it names something else. */
export function keyFamily(key: string): Family | undefined {
  const parts = components(key);
  const last = parts.at(-1);
  if (last === undefined || NEGATIVE_LAST.has(last) || parts.some((p) => NEGATIVE_ANY.has(p))) return undefined;
  if (parts.length === 2 && RESUMES.has(parts[0] ?? "") && last === "token") return undefined;
  // Plural names a collection or a vault (`secrets: prod-vault`), not one credential.
  if (parts.length > 1 && (last === "secrets" || last === "keys" || last === "tokens" || last === "passwords")) return undefined;
  let family: Family | undefined;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] ?? "";
    if (
      p.startsWith("passw") ||
      p === "pass" ||
      p === "pwd" ||
      p === "pw" ||
      p.startsWith("secret") ||
      p === "passphrase" ||
      p === "passcode" ||
      // PAM's and SSSD's word for what authenticates (`ldap_default_authtok`, `pam_authtok`).
      p === "authtok" ||
      // A Wi-Fi network's or a VPN's pre-shared key (wpa_supplicant's `psk="…"`, hostapd's `wpa_psk`).
      (p === "psk" && i === parts.length - 1) ||
      passSuffixed(p) ||
      passwordSuffixed(p)
    )
      family = "password";
    else if (family === undefined) {
      if (
        p.startsWith("token") ||
        p.endsWith("token") ||
        p.endsWith("apikey") ||
        p === "key" ||
        p === "auth" ||
        p === "authorization" ||
        p.startsWith("credential") ||
        p === "bearer" ||
        p === "accesskey" ||
        // Duo's integration secret key (`pam_duo.conf`, `authproxy.cfg`: `ikey` names the integration, `skey` is its secret).
        p === "skey" ||
        p === "privatekey" ||
        p === "secretkey" ||
        (p === "login" && i === parts.length - 1) ||
        p.endsWith("secret") ||
        p === "oauth" ||
        // A data- or key-encryption key (envelope encryption's `DEK`, `KEK`): judged as key material (keyMaterialValue).
        p === "dek" ||
        p === "kek" ||
        // A personal access token (GitHub's, Azure DevOps'): `GITHUB_PAT`, `ado_pat`, `PAT:` —
        // not a chat's speaker named Pat (`Pat: k8s-node-01`).
        (p === "pat" && key !== "Pat")
      )
        family = "token";
    }
  }
  if (family === undefined && /(?:apikey|secret|token|password)$/.test(key.toLowerCase())) family = "token";
  // A configuration constant's salt (WordPress's `AUTH_SALT`, Flask-Security's
  // `SECURITY_PASSWORD_SALT`) keys the server's hashes and cookies: a secret. A record's
  // lower-case `salt` beside a hash is one user's, stored in the clear by design.
  if (family === undefined && last === "salt" && parts.length > 1 && /^[A-Z][A-Z0-9_]*$/.test(key)) family = "token";
  return family;
}

/**
 * The name of one credential of a collection a plural key names (`api_keys` → `api_key`,
 * `CLIENT_SECRETS` → `CLIENT_SECRET`, `accessTokens` → `accessToken`), for the items of a list
 * under that key: {@link keyFamily} reads the plural as no credential (a vault, a collection),
 * but each item of its list is one. Undefined for any other key, a lone `keys` included (a list
 * of a table's or a cache's keys).
 *
 * @example
 * ```ts
 * credentialOfCollection("api_keys"); // "api_key"
 * credentialOfCollection("keys"); // undefined
 * ```
 */
export function credentialOfCollection(key: string): string | undefined {
  const parts = components(key);
  const last = parts.at(-1);
  if (parts.length < 2 || !/s$/i.test(key) || !(last === "secrets" || last === "keys" || last === "tokens" || last === "passwords")) return undefined;
  const singular = key.slice(0, -1);
  return keyFamily(singular) !== undefined ? singular : undefined;
}

/**
 * The key the string items of a list under `key` are read under as credentials, or undefined
 * when the list holds none: one credential of a collection's plural ({@link credentialOfCollection}),
 * or the key itself where its last word names the credential (`password`, `SMTP_PASS`,
 * `clientSecrets`, `kms_dek`) — not where it names something about one (`token_variants`,
 * `secret_rotation_days`), whose list holds names or settings.
 *
 * @example
 * ```ts
 * listItemKey("api_keys"); // "api_key"
 * listItemKey("passwords"); // "passwords"
 * listItemKey("token_variants"); // undefined
 * ```
 */
export function listItemKey(key: string): string | undefined {
  const one = credentialOfCollection(key);
  if (one !== undefined) return one;
  const last = components(key).at(-1) ?? "";
  return keyFamily(key) !== undefined && (keyFamily(last) !== undefined || keyFamily(last.replace(/s$/, "")) !== undefined) ? key : undefined;
}

/**
 * PagerDuty's integration key under the names PagerDuty's Events API and Alertmanager's
 * `pagerduty_configs` give it (`routing_key`, `service_key`, `integration_key`): "routing" names
 * a message queue's pattern elsewhere, so it counts only where PagerDuty is named just before.
 */
function pagerDutyKey(text: string, keyStart: number, key: string): Family | undefined {
  const named = /^(pager_?duty[_-]?)?(?:routing|service|integration)[_-]?key$/i.exec(key);
  if (named === null) return undefined;
  return named[1] !== undefined || /pager_?duty/i.test(text.slice(Math.max(0, keyStart - 400), keyStart)) ? "token" : undefined;
}

/**
 * Access-key ids (`SUMO_ACCESS_ID`, `accessId`) are one half of a credential pair, like an
 * AWS `AKIA…` id; they count when the value is random-looking (not a UUID or a name).
 */
export function isAccessIdKey(key: string): boolean {
  return /access_?id$/i.test(key.replace(/[-.]/g, "_"));
}

const OPERATORS = ["===", "!==", ":::=", "::=", ":=", "?=", "=>", "==", "!=", "<-", "=", ":", "→"];
const SCHEME = /^(?:Basic|Bearer|Token|Api-Token|Digest|Bot|OAuth|token|bearer|basic)[ \t]+/;
/**
 * Any authentication scheme (an HTTP token, RFC 9110 §11.1) and the space after it, when a
 * credential follows: in an `Authorization` header every scheme is followed by the credential
 * — vendors name their own (`SSWS`, `Klaviyo-API-Key`, `GenieKey`, `DeepL-Auth-Key`, `ApiKey`).
 */
const ANY_SCHEME = /^[A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]{0,31}[ \t]+(?=[^\s"'])/;
/** HTTP's Digest scheme and the space after it. */
const DIGEST_SCHEME = /^digest[ \t]/i;
/** A `primary_key` (the name of a database table's key, or of Rails' encryption key). */
const PRIMARY_KEY = /^primary[_-]?key$/i;
/** A header that carries credentials after a scheme. */
const AUTHORIZATION_KEY = /^(?:proxy[-_]?)?authori[sz]ation$/i;

/** The scheme at `i` (its length with the space after it), any scheme where `key` is an Authorization header's name. */
function schemeAt(text: string, i: number, anyScheme: boolean): number {
  const head = text.slice(i, i + 40);
  const scheme = SCHEME.exec(head) ?? (anyScheme ? ANY_SCHEME.exec(head) : null);
  return scheme === null ? 0 : scheme[0].length;
}
function readOperator(text: string, i: number): [number, string] | undefined {
  // `Auth::Session.new(`, `Secret::Key`, `token :: Text`: a scope or a type, never a value
  // (Makefiles' `::=` and `:::=` are the assignments they are).
  if (text.startsWith("::", i) && !text.startsWith("::=", i) && !text.startsWith(":::=", i)) return undefined;
  for (const op of OPERATORS) if (text.startsWith(op, i)) return [i + op.length, op];
  return undefined;
}

/** A Kubernetes bootstrap token: a 6-character id, a dot, a 16-character secret (lower-case letters and digits). */
const BOOTSTRAP_TOKEN = /^[a-z0-9]{6}\.[a-z0-9]{16}$/;

/** A label's number before its separator (`Key 1:`, `Password #2 =`). */
const ORDINAL_LABEL = /^[ \t]{1,2}#?\d{1,2}(?=[ \t]{0,2}[:=])/;

/** Spaces between a pair's key and its value, at most (a column of aligned values). */
const PAIR_GAP = 40;

function skip(text: string, i: number, chars: string, max = 8): number {
  const limit = Math.min(text.length, i + max);
  while (i < limit && chars.includes(text[i] ?? "")) i++;
  return i;
}

const VALUE_CHAR: CharTest = (c) => c > 32 && c !== 0x7f;

/**
 * A value's place. `strict` marks a value read from prose around a plain word ("password
 * Xk29…", "use Xk29… as the password"), which counts only when it looks chosen ({@link chosenPassword}).
 */
interface ValueSpan {
  start: number;
  end: number;
  quoted: boolean;
  strict?: boolean;
}

/** Whether the text holds two test verdict lines or more (see {@link VERDICT_LINE}). */
function testVerdictLog(text: string): boolean {
  VERDICT_LINE.lastIndex = 0;
  return VERDICT_LINE.exec(text) !== null && VERDICT_LINE.exec(text) !== null;
}

/** Reads a value starting at `i`: quoted (closed by the same quote, or by an escaped one when it opens escaped) or a run up to whitespace. */
function readValue(text: string, i: number): ValueSpan | undefined {
  const q = text[i];
  // A slot in angle brackets, words and all (`<paste token here>`): read whole, so that it is
  // recognised as the placeholder it is rather than cut at its first space.
  if (q === "<") {
    // Looked for within 64 characters only: an unclosed `<` must not read on to the text's end.
    const slot = text.slice(i + 1, i + 65);
    const close = slot.indexOf(">");
    if (close > 0 && !slot.slice(0, close).includes("\n") && !slot.slice(0, close).includes("<")) return { start: i, end: i + close + 2, quoted: false };
  }
  if (q === '"' || q === "'" || q === "`") {
    const limit = Math.min(text.length, i + 1025);
    let j = i + 1;
    while (j < limit && text[j] !== q && text[j] !== "\n") j++;
    if (text[j] !== q) return undefined;
    return { start: i + 1, end: j, quoted: true };
  }
  // A string literal inside a JSON string (a notebook's source: `= \"Xk29…\"`): its quotes are
  // escaped, and the value ends at the escaped closing one.
  if (q === "\\" && (text[i + 1] === '"' || text[i + 1] === "'")) {
    // Looked for within the value's longest: a search to the text's end per key would be quadratic.
    const window = text.slice(i + 2, Math.min(text.length, i + 1026));
    const close = window.indexOf(`\\${text[i + 1]}`);
    if (close < 0 || window.slice(0, close).includes("\n")) return undefined;
    return { start: i + 2, end: i + 2 + close, quoted: true };
  }
  // Inside a JSON string, an escaped line break ends the value as a real one would.
  let end = escapedBreak(text, i, runEnd(text, i, VALUE_CHAR, Math.min(text.length, i + 1024)));
  // A connection string's next setting (`Password=…;Encrypt=true`) is not part of the value,
  // nor is the markup around it (`<code>api_key=…</code>`: the element's closing tag),
  // nor a JSON object's next member after an unquoted scalar (`"ttl":3600,"scope":""`).
  const next = /;[A-Za-z][\w ]{0,30}=|<\/[A-Za-z]|,[ \t]{0,2}"[^"\n]{1,64}"[ \t]{0,2}:/.exec(text.slice(i, end));
  if (next !== null) end = i + next.index;
  // A flow mapping's or list's close (`secretKeyRef: {name: x, key: auth-token}`, `…"}`) ends
  // the value too, unless the value opened it.
  while (end > i && (",;`'\")".includes(text[end - 1] ?? "") || unopenedClose(text, i, end))) end--;
  return end > i ? { start: i, end, quoted: false } : undefined;
}

/** Whether the value `[start, end)` ends in a `}` or `]` it did not open. */
function unopenedClose(text: string, start: number, end: number): boolean {
  const c = text[end - 1];
  return (c === "}" && !text.slice(start, end).includes("{")) || (c === "]" && !text.slice(start, end).includes("["));
}

/**
 * Credential-named keys with an assigned (or compared) value.
 *
 * @example
 * ```ts
 * detectKeywordSecrets('db_password = "Tr0ub4dor&3"', out); // secret.keyword-assignment
 * ```
 */
export function detectKeywordSecrets(text: string, out: Finding[], index = new TextIndex(text)): void {
  let resume = 0;
  // Base64 inside PEM blocks spells key words by chance (`…CuPWdCg==`); nothing there is a key name.
  const armour = pemBlocks(text, index);
  let block = 0;
  let headersLeft = MAX_HEADER_CELLS;
  let verdictLog: boolean | undefined;
  for (const occurrence of index.literals(KEY_CHANNEL)) {
    const word = literalStart(occurrence);
    // `pw` and `pat` only as a whole word end (`pw\b`); the other words anywhere in a key.
    if (word < resume) continue;
    const literal = literalIndex(occurrence);
    if ((literal === PW && isWordChar(text.charCodeAt(word + 2))) || (literal === PAT && isWordChar(text.charCodeAt(word + 3)))) continue;
    if ((literal === DEK || literal === KEK) && !wholeComponent(text, word, 3)) continue;
    while (block < armour.length && (armour[block]?.[1] ?? 0) <= word) block++;
    if ((armour[block]?.[0] ?? Number.POSITIVE_INFINITY) < word) continue;
    const keyStart = runStart(text, word, KEY_CHAR, 64);
    const keyEnd = runEnd(text, word, KEY_CHAR, Math.min(text.length, word + 64));
    resume = keyEnd;
    // A key word inside a resource name (arn:aws:secretsmanager:…:secret:prod/db) names a store, not a value.
    if (INSIDE_RESOURCE_NAME.test(text.slice(Math.max(0, keyStart - 256), keyStart))) continue;
    // A URL's user name (`smtp://apikey:…@host`, `https://token:…@host`): its password is the URL
    // rule's (detectUrlCredentials), which ends it at the host; read as a key, its value ran on
    // through the host and path.
    if (text.startsWith("://", keyStart - 3) || text.startsWith(":\\/\\/", keyStart - 5)) continue;
    let key = text.slice(keyStart, keyEnd);
    if (FILE_NAME_KEY.test(key) || PATH_BEFORE.test(text.slice(Math.max(0, keyStart - 2), keyStart))) continue;
    if (key === "PASS" && (verdictLog ??= testVerdictLog(text))) continue;
    let kEnd = keyEnd;
    while (key.endsWith(".") || key.endsWith("-")) {
      key = key.slice(0, -1);
      kEnd--;
    }
    // A numbered label: Vault's `Unseal Key 1: …`, `Recovery Key 3: …`, `Password #2: …`.
    const ordinal = ORDINAL_LABEL.exec(text.slice(kEnd, kEnd + 8));
    if (ordinal !== null) kEnd += ordinal[0].length;
    const accessId = isAccessIdKey(key);
    const away = !accessId && (PUBLIC_KEY_NAME.test(key) || qualifiedAway(text, keyStart));
    let family = accessId ? "token" : away ? undefined : (keyFamily(key) ?? pagerDutyKey(text, keyStart, key));
    // A plural naming a collection of credentials (`"api_keys": ["…"]`) before a list: each item is one.
    let collection = false;
    if (family === undefined && !away) {
      const one = credentialOfCollection(key);
      if (one !== undefined && LIST_AFTER.test(text.slice(kEnd, kEnd + 16))) {
        family = keyFamily(one);
        collection = true;
      }
    }
    // A database's `primary_key` names a column (`id`); Rails' `active_record_encryption`
    // `primary_key` is a key: only random key material under the name is read as one.
    const materialOnly = family === undefined && !away && PRIMARY_KEY.test(key);
    if (materialOnly) family = "token";
    if (family === undefined) continue;
    const hit = valueAfter(text, keyStart, kEnd, family, CLI_FLAG.test(key)) ?? valueBefore(text, keyStart);
    if (materialOnly && (hit === undefined || !keyMaterialValue(text.slice(hit.start, hit.end)))) continue;
    if (hit === undefined) {
      // A table's header cell: the column below holds the values (`username,password` over rows).
      // A budget of header cells per text: each reads up to 200 rows below it.
      if (!wholeCell(text, keyStart, kEnd) || headersLeft-- <= 0) continue;
      // A settings table's `key | value` header: the "key" column holds the settings' names.
      if (BARE_KEY.test(key) && VALUE_HEADER.test(lineAround(text, keyStart))) continue;
      for (const cell of columnValues(text, keyStart, kEnd)) {
        const v = text.slice(cell.start, cell.end);
        const confidence = v.length <= EXAMPLE_MAX && (spellsItsKey(v, components(key)) || keyboardWalk(v)) ? 0 : plausibleSecretValue(v, family, false);
        if (confidence > 0 && !isUuid(v)) out.push(secretFinding("keyword-assignment", cell.start, cell.end, confidence));
      }
      continue;
    }
    // An object under the key (rclone's `token = {"access_token":"…",…}`): its members are read
    // as keys of their own, not the object as one value.
    if (text[hit.start] === "{" && text[hit.start + 1] === '"') {
      resume = hit.start + 1;
      continue;
    }
    // Continue after the value: each character is read once, however many keys it holds.
    resume = Math.max(resume, hit.end);
    // A JSON (or Python) list of strings under the key (`"password": ["…"]`, `"api_keys": ["…",
    // "…"]`): each item is read as the key's value, as the items of a structured array are.
    // Only where the key's last word names the credential (not `token_variants`), and only items
    // without spaces: a list of credentials is of tokens and passwords, not of phrases or routes.
    const items = hit.quoted ? undefined : stringItems(text, hit.start);
    if (items !== undefined) {
      resume = Math.max(resume, items.end);
      if (listItemKey(key) === undefined) continue;
      for (const item of items.values) {
        if (/\s/.test(text.slice(item.start, item.end))) continue;
        const judged = judgeValue(text, keyStart, key, family, accessId, item);
        if (judged !== undefined && judged !== REREAD) out.push(judged);
      }
      continue;
    }
    // A plural key names one credential per item of a list, none of anything else.
    if (collection) continue;
    const judged = judgeValue(text, keyStart, key, family, accessId, unbraced(text, hit));
    if (judged === REREAD) resume = hit.start;
    else if (judged !== undefined) out.push(judged);
  }
}

/**
 * An ODBC connection string's braced value (`Pwd={.%G-oC…@}`: braces quote what holds `;` or
 * other specials) as its inside; a template's placeholder (`{db_password}`, `{0}`) stays as it is.
 */
function unbraced(text: string, hit: ValueSpan): ValueSpan {
  const value = text.slice(hit.start, hit.end);
  if (value.length < 4 || value[0] !== "{" || value.at(-1) !== "}" || /^\{[\w.:-]*\}$/.test(value) || /["{}\s]/.test(value.slice(1, -1))) return hit;
  return { ...hit, start: hit.start + 1, end: hit.end - 1, quoted: true };
}

/** What {@link judgeValue} returns for a value that is itself a setting's name: read it again as a key. */
const REREAD = "reread";

/**
 * The finding for the value `hit` of the credential-named `key` at `keyStart` (`family`), or
 * undefined when the value is not a credential (a placeholder, a public key, an identifier…), or
 * {@link REREAD} when it is a setting's name to read again as a key.
 */
function judgeValue(text: string, keyStart: number, key: string, family: Family, accessId: boolean, hit: ValueSpan): Finding | typeof REREAD | undefined {
  if (hit.start > keyStart && passAsVerb(text, keyStart, key, hit.start)) return undefined;
  const value = text.slice(hit.start, hit.end);
  // A Kubernetes bootstrap token (`kubeadm join … --token abcdef.0123456789abcdef`): its
  // documented shape, which the host-name check below would read as a domain.
  if (family === "token" && BOOTSTRAP_TOKEN.test(value)) return secretFinding("keyword-assignment", hit.start, hit.end, 0.9);
  if (hit.strict === true && !chosenPassword(value)) return undefined;
  if (accessId && (charClasses(value) < 3 || value.includes("-"))) return undefined;
  // A Twilio API key's SID (`SK` + 32 hex) is the user name of a key pair, like an AWS access
  // key id: reported under a key's name (`TWILIO_API_KEY=SK…`, as gitleaks' twilio-api-key
  // does), an identifier where the name says it is one (`TWILIO_API_KEY_SID`, `apiKeySid`).
  if (TWILIO_KEY_SID.test(value) && /sid$/i.test(key)) return undefined;
  // A bare `Key:` label over an issue tracker's key (`Key: NETOPS-9718`, a Jira export's first
  // field): a project's letters and an issue's number, an identifier.
  if (BARE_KEY.test(key) && ISSUE_KEY.test(value)) return undefined;
  // A bare `Login:` label names the account (`Login: partner-4471`): a user name, where the
  // password is the next label's.
  if (LOGIN_KEY.test(key) && USER_NAME.test(value)) return undefined;
  // AWS secret access keys have one published shape: 40 base64 characters. S3-compatible
  // stores are configured under the same names with their own secrets (Yandex Cloud's `YC` and
  // 38 characters with `_` and `-`, Cloudflare R2's 64 hex digits): a single run of 32 to 64
  // token characters is judged as any other value; anything else under such a name is not a key.
  if (/(?:^|[^a-z])aws/i.test(key) && family !== undefined && /secret|access/i.test(key) && !AWS_NAMED_SECRET.test(value)) return undefined;
  // A JWT its vendor documents as public (Supabase's `anon` key) is public under any name, and
  // so is a vendor token where its vendor says so (a Firebase web config's API key).
  if (value.startsWith("eyJ") && publicJwtValue(value)) return undefined;
  if (publicVendorToken(text, hit.start, hit.end)) return undefined;
  if (publicKeyIdentifier(text.slice(Math.max(0, keyStart - 24), keyStart) + key, value.replace(/[).,;]+$/, "")) || imageEmbedToken(text, keyStart))
    return undefined;
  // Public keys and certificates are published on purpose; the private halves are secrets.
  if (opensPublicKey(text, hit.start)) return undefined;
  // A Bitnami SealedSecret's values are ciphertext only its controller can open, published on purpose.
  if (value.startsWith("Ag") && value.length >= 100 && insideEncryptedData(text, keyStart)) return undefined;
  const material = value.length >= 40 && /^[A-Za-z0-9+/_-]+={0,2}$/.test(value) ? classifyKeyBlob(value) : undefined;
  if (material === "public") return undefined;
  if (material === "private") {
    return secretFinding("private-key", hit.start, hit.end, 0.95);
  }
  if (isUuid(value)) {
    if (isPlaceholderValue(value)) return undefined;
    const claim = uuidClaim(text, keyStart, key);
    return claim === undefined ? undefined : secretFinding(claim.ruleId, hit.start, hit.end, claim.confidence);
  }
  // A data- or key-encryption key is named by three letters that mean other things in other
  // names and languages: its value must be what such a key is, 128 to 512 random bits.
  const envelope = envelopeKeyName(key);
  if (envelope === "wrapped" || (envelope === "dek" && !keyMaterialValue(value))) return undefined;
  // A value that is itself a credential's name (`<add key="ida:ClientSecret" value="…"/>`)
  // names a setting: it is read again as a key. Any other value is read once.
  if (hit.quoted && value.length <= 64 && SETTING_NAME.test(value) && keyFamily(value) !== undefined) {
    return REREAD;
  }
  // A documented or default value: the key's own name spelled out (`password: P@ssw0rd`) or
  // a walk along the keyboard (`qwerty123`), see example-passwords.ts.
  if (value.length <= EXAMPLE_MAX && (spellsItsKey(value, components(key)) || keyboardWalk(value))) return undefined;
  const confidence = plausibleSecretValue(value, family, hit.quoted);
  return confidence > 0 ? secretFinding("keyword-assignment", hit.start, hit.end, confidence) : undefined;
}

/** An issue tracker's key: a project's capitals and an issue's number (`NETOPS-9718`, `ABC2-14`). */
const ISSUE_KEY = /^[A-Z][A-Z0-9]{1,14}-[1-9][0-9]{0,6}$/;
/** A key that is the word "login" alone. */
const LOGIN_KEY = /^login$/i;
/** A user name: lower-case letters and digits, joined by `.`, `_` or `-`, or an e-mail address. */
const USER_NAME = /^(?:[a-z][a-z0-9]{0,31}(?:[._-][a-z0-9]{1,32}){0,4}|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+)$/;

/** A secret under an AWS secret key's name: AWS's 40 base64 characters, or an S3-compatible store's run of 32 to 64 token characters. */
const AWS_NAMED_SECRET = /^(?:[A-Za-z0-9/+]{40}|[A-Za-z0-9_-]{32,64})$/;

/** After a key's closing quote, an assignment opening a list whose first item is a string. */
const LIST_AFTER = /^["']?[ \t]{0,3}[:=][ \t]{0,3}\[[ \t\r\n]{0,8}["']/;
/** Items of a list read, at most. */
const MAX_ITEMS = 64;

/**
 * The string items of a JSON or Python list opening at `start` (`["…", "…"]`, `['…']`), each as
 * a quoted value, and where the list ends; undefined unless every item is a string on its line.
 */
function stringItems(text: string, start: number): { values: ValueSpan[]; end: number } | undefined {
  if (text[start] !== "[") return undefined;
  const values: ValueSpan[] = [];
  const limit = Math.min(text.length, start + 8192);
  let i = start + 1;
  while (values.length < MAX_ITEMS) {
    i = skip(text, i, " \t\r\n", 64);
    const q = text[i];
    if (q !== '"' && q !== "'") return undefined;
    let j = i + 1;
    while (j < limit && text[j] !== q && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
    if (text[j] !== q) return undefined;
    values.push({ start: i + 1, end: j, quoted: true });
    i = skip(text, j + 1, " \t\r\n", 64);
    if (text[i] === "]") return { values, end: i + 1 };
    if (text[i] !== ",") return undefined;
    i++;
  }
  return undefined;
}

/**
 * Whether the `length` characters at `start` are a whole component of a name: no letter or digit
 * runs on either side, except at a camel-case boundary (`kmsDek`, `dekHex`, `DEK_B64`, `kek-1`).
 */
function wholeComponent(text: string, start: number, length: number): boolean {
  const c = text.charCodeAt(start);
  const prev = text.charCodeAt(start - 1);
  const last = text.charCodeAt(start + length - 1);
  const next = text.charCodeAt(start + length);
  const lower = (x: number): boolean => x >= 97 && x <= 122;
  const upper = (x: number): boolean => x >= 65 && x <= 90;
  const startOk = !(start > 0 && isAlnum(prev)) || (lower(prev) && upper(c));
  // A single digit after it numbers it (`kek1`, `DEK2=`).
  const endOk = !isAlnum(next) || (lower(last) && upper(next)) || (isDigit(next) && !isAlnum(text.charCodeAt(start + length + 1)));
  return startOk && endOk;
}

/**
 * Whether a key names an envelope-encryption key by `dek` or `kek` (`DEK`, `kms_dek`, `kekHex`):
 * "dek" if so, "wrapped" when the name says the key is stored encrypted under another
 * (`wrapped_dek`, `encryptedDek`: ciphertext kept beside the data by design), undefined otherwise.
 */
function envelopeKeyName(key: string): "dek" | "wrapped" | undefined {
  const parts = components(key);
  if (!parts.some((p) => p === "dek" || p === "kek")) return undefined;
  return parts.some((p) => p === "wrapped" || p === "encrypted" || p === "sealed") ? "wrapped" : "dek";
}

/**
 * Whether `value` is symmetric key material as configurations write it: hex (`0x` allowed) or
 * base64 (standard or URL-safe, padded or not, `base64:` allowed) of 16 to 64 bytes — 128 to
 * 512 bits — that reads as random (not a placeholder, a run or a repeated pattern).
 *
 * @example
 * ```ts
 * keyMaterialValue("q2Yb0c7Zl2j0mJc6cOZ3V5pQ8n8bJt1W3k5yTq9Lr0E="); // true
 * keyMaterialValue("changeme"); // false
 * ```
 */
export function keyMaterialValue(value: string): boolean {
  // Words run together (`YourBase64EncodedKeyGoesHere==`) are a stand-in for a key.
  if (isPlaceholderValue(value) || WORDS_RUN_TOGETHER.test(value)) return false;
  const hex = /^(?:0x)?([0-9a-fA-F]{32,128})$/.exec(value)?.[1];
  if (hex !== undefined) {
    return hex.length % 2 === 0 && /[a-fA-F]/.test(hex) && !(/[a-f]/.test(hex) && /[A-F]/.test(hex)) && shannonEntropy(hex) >= 3 && !REPEATED_UNIT.test(hex);
  }
  const b64 = /^(?:base64:)?([A-Za-z0-9+/]{22,88}={0,2}|[A-Za-z0-9_-]{22,86})$/.exec(value)?.[1];
  if (b64 === undefined || REPEATED_UNIT.test(b64)) return false;
  const bytes = Buffer.from(b64, b64.includes("-") || b64.includes("_") ? "base64url" : "base64");
  // A short string cannot reach a long one's entropy: 22 random characters average ~4.2 bits.
  const entropy = Math.min(3.8, Math.log2(b64.length) - 0.9);
  // Random bytes, not text: base64 of a sentence or a passphrase decodes to printable characters
  // (sixteen random bytes all are one time in ten million).
  return bytes.length >= 16 && bytes.length <= 64 && /[a-z]/.test(b64) && /[A-Z]/.test(b64) && shannonEntropy(b64) >= entropy && !printable(bytes);
}

/** Four capitalised words in a row, each with a vowel (`…EncodedKeyGoesHere`): random base64 has them one time in a million. */
const WORDS_RUN_TOGETHER = /(?:[A-Z](?=[a-z]{0,16}[aeiouy])[a-z]{2,}){4}/;

/** A value that is a shorter unit repeated (`0123456789abcdef0123456789abcdef`, `deadbeef…`). */
const REPEATED_UNIT = /^(.{1,64}?)\1+=*$/s;

/** Whether every byte is printable ASCII or a line break or tab. */
function printable(bytes: Buffer): boolean {
  for (const b of bytes) if (!((b >= 32 && b < 127) || b === 9 || b === 10 || b === 13)) return false;
  return true;
}

/**
 * Whether `pass` at `keyStart` is the English verb before its object ("Don't pass "-Zbzip2" to
 * dpkg-deb", "to pass 'make distcheck'"): a value after it with only a space between is a
 * password where a protocol's command says so (FTP's `PASS …`) or a user was named before it on
 * the line (fetchmail's `user "jdoe" pass "…"`).
 */
function passAsVerb(text: string, keyStart: number, key: string, valueStart: number): boolean {
  if (key.toLowerCase() !== "pass" || key === "PASS" || /[:=]/.test(text.slice(keyStart + key.length, valueStart))) return false;
  const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
  return !/\b(?:user|login|username)\b/i.test(text.slice(lineStart, keyStart));
}

/** A GPG or PGP key named by its fingerprint (40 hex, grouped in fours or not) or its key id (16 hex). */
const KEY_IDENTIFIER = /^(?:0x)?(?:[0-9A-F]{16}|[0-9A-F]{40}|[0-9A-F]{4}(?: {1,2}[0-9A-F]{4}){9})$/i;

/**
 * Whether `value` under `key` (with the words before it: "Release GPG key") identifies an
 * OpenPGP key — its fingerprint or key id, which a maintainer's README lists to verify releases
 * (`Release GPG key: 9554F04D…`) — rather than being one: an exported private key is an armoured
 * block, reported by its own rule.
 */
function publicKeyIdentifier(key: string, value: string): boolean {
  return /(?:^|[^a-z])(?:gpg|pgp|gnupg|openpgp)(?:$|[^a-z])/i.test(key) && KEY_IDENTIFIER.test(value);
}

/** An image's URL up to its query (`…/graph/badge.svg?`): a badge, a chart, an avatar. */
const IMAGE_URL_END = /\.(?:svg|png|gif|jpe?g|webp)\?(?:[^\s"'<>?]*&)?$/i;

/**
 * Whether the key at `keyStart` is a query parameter of an image's URL: a token there is the one
 * its vendor issues for embedding (Codecov's graphing token in a README's coverage badge), made
 * to be published with the page.
 */
function imageEmbedToken(text: string, keyStart: number): boolean {
  const before = text.slice(Math.max(0, keyStart - 400), keyStart);
  const from = Math.max(before.lastIndexOf(" "), before.lastIndexOf('"'), before.lastIndexOf("'"), before.lastIndexOf("("), before.lastIndexOf("\n"));
  return IMAGE_URL_END.test(before.slice(from + 1));
}

/** Credential-named header cells whose columns are read, per text. */
const MAX_HEADER_CELLS = 32;

/**
 * Keys that vendors document as public, named for what they allow: Algolia's search-only API
 * key (`searchOnlyApiKey`, `ALGOLIA_SEARCH_KEY`), Segment's or RudderStack's browser
 * `writeKey` and Pusher's app key (`PUSHER_APP_KEY`; its secret is `PUSHER_APP_SECRET`), which
 * every page that loads the SDK carries; and Shopify's app `API key`, which Shopify documents
 * as the app's client ID (its secret is the `API secret key`, `shpss_…`).
 */
/** A Twilio API key's SID: `SK` and 32 hex digits (Twilio's Key resource). */
const TWILIO_KEY_SID = /^SK[0-9a-fA-F]{32}$/;

const PUBLIC_KEY_NAME =
  /(?:^|[_.-]|[a-z](?=[A-Z]))search[_.-]?(?:only[_.-]?)?(?:api[_.-]?)?key$|^(?:[A-Za-z]+[_.-])?write[_.-]?key$|pusher[_.-]?(?:app[_.-]?)?key$|shopify[_.-]?(?:app[_.-]?)?api[_.-]?key$/i;

/** Whether `value` is a JWT whose payload {@link publicJwt} calls public, or a documentation example by its signature ({@link documentedExampleJwt}). */
function publicJwtValue(value: string): boolean {
  const parts = value.split(".");
  if (parts.length < 2 || !(parts[1] ?? "").startsWith("eyJ")) return false;
  try {
    return publicJwt(parts[1] ?? "") || (parts.length === 3 && documentedExampleJwt(value));
  } catch {
    return false;
  }
}

/** A setting's name: letters and name separators only (`SmtpPassword`, `ida:ClientSecret`, `db.password`). */
const SETTING_NAME = /^[A-Za-z][A-Za-z:._-]*[A-Za-z]$/;

/** The text before a key word ends inside an ARN or a URN-like resource name. */
const INSIDE_RESOURCE_NAME = /\b(?:arn|urn):[\w-]+:[^\s"'`]*$/;
/**
 * A key that is a file's name or path, not a setting's: `debian/patches/pthread_key.diff:` in a
 * changelog, `/etc/passwd - user accounts` in a manual page. (A key file's contents are read by
 * the PEM and private-key rules.)
 */
const FILE_NAME_KEY = /\.(?:diff|patch|c|h|cc|cpp|py|js|mjs|ts|rb|go|rs|java|sh|txt|md|rst|html?|xml|json|ya?ml|toml|ini|cfg|conf|log|in|am|ac|mk|pl|pm)$/i;
/** A path's separator right before the key. */
const PATH_BEFORE = /[\w.-]\/$|(?:^|[\s"'(])\/$/;
/**
 * A test suite's verdict lines (DejaGnu, automake, TAP-like summaries): `PASS: gdb.arch/…`
 * over `FAIL: …` or another `PASS: …`. There `PASS` is a verdict, not a password's label.
 */
const VERDICT_LINE = /(?:^|\n)[ \t]*(?:PASS|FAIL|XFAIL|XPASS|KFAIL|KPASS|SKIP|SKIPPED|ERROR|UNRESOLVED|UNSUPPORTED|UNTESTED):[ \t]/g;

/** Whether the key at `keyStart` sits in a YAML `encryptedData:` block (a SealedSecret's), by indentation. */
function insideEncryptedData(text: string, keyStart: number): boolean {
  // Read within the 8 KB before the key only: searches over the whole text would read back to
  // its start (or on to its end) for every such value (quadratic in a long text).
  const from = Math.max(0, keyStart - 8192);
  const window = text.slice(from, keyStart);
  const block = window.lastIndexOf("encryptedData:");
  if (block < 0) return false;
  const blockLine = window.lastIndexOf("\n", block) + 1;
  // A block whose line starts before the window: its indentation is not known.
  if (blockLine === 0 && from > 0) return false;
  const indentOf = (lineStart: number) => runEnd(window, lineStart, (c) => c === 32, window.length) - lineStart;
  const blockIndent = indentOf(blockLine);
  // Every line from the block's first to the key's is indented deeper than `encryptedData:`.
  for (let line = window.indexOf("\n", block) + 1; line > 0; line = window.indexOf("\n", line) + 1) {
    // A key at the start of its line is not indented at all.
    if (line === window.length) return false;
    if (window.charCodeAt(line) !== 10 && indentOf(line) <= blockIndent) return false;
  }
  return true;
}

/**
 * Vendors whose API keys are UUIDs (gitleaks: heroku-api-key, hubspot-api-key,
 * snyk-api-token, messagebird-client-id, kucoin-secret-key, squarespace-access-token,
 * sendbird-access-token; Octopus Deploy's `X-Octopus-ApiKey`; Codecov's upload token; Postmark's
 * server and account tokens, `X-Postmark-Server-Token`), matched
 * in the key name or just before it, as gitleaks' semi-generic rules do.
 */
const UUID_VENDOR = /heroku|hubspot|snyk|message[_-]?bird|kucoin|squarespace|sendbird|octopus|codecov|postmark/i;
/**
 * Keys that name an access credential and nothing else: the HTTP `Authorization` header,
 * API keys and tokens, auth and access tokens, passwords, secrets and secret keys (KuCoin's
 * `secretKey` is a UUID, and a UUID is no secret key's identifier). `key` and `token` alone,
 * or after other words (`idempotency_key`, `next_page_token`, `partition_key`), name
 * identifiers too often to claim a UUID.
 */
const CREDENTIAL_SLOT =
  /(?:^|[^a-z])(?:proxy)?authorization$|api[_-]?(?:key|token|secret)$|(?:auth|access)[_-]?token$|^_authtoken$|pass(?:word|wd)?$|secret(?:[_-]?key)?$/i;

/**
 * Who claims a UUID found under a credential-named key. A UUID is an identifier unless the
 * context says a vendor issues UUIDs as keys (the vendor named in or before the key, npm's
 * legacy `_authToken`) or the key is a credential slot; otherwise nobody does.
 */
function uuidClaim(text: string, keyStart: number, key: string): { ruleId: string; confidence: number } | undefined {
  // The 50 characters before the key, within its line (searched within them: a search back to
  // the line's start per key would read a long line again for each).
  const near = text.slice(Math.max(0, keyStart - 50), keyStart);
  const context = near.slice(near.lastIndexOf("\n") + 1) + key;
  const vendor = UUID_VENDOR.exec(context)?.[0];
  if (vendor !== undefined) return { ruleId: `${vendor.toLowerCase().replace(/[_-]/g, "")}-key`, confidence: 0.9 };
  if (/^_authToken$/.test(key) && /(?:^|[/.:])_authToken$/.test(context)) return { ruleId: "npm-legacy-token", confidence: 0.9 };
  return CREDENTIAL_SLOT.test(key) ? { ruleId: "keyword-assignment", confidence: 0.7 } : undefined;
}

/** Where PEM blocks may open (the private-key detector's channel: one list, one channel). */
const PEM_BEGIN_CHANNEL = literalChannel(["-----BEGIN "]);

/**
 * `[start, end)` of each PEM block's body (`-----BEGIN …-----` to `-----END`), in one pass.
 * Openings come from the text index: searching the text for them cost a pass over every
 * markdown table's `----` rules.
 */
function pemBlocks(text: string, index: TextIndex): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let from = 0;
  for (const hit of index.literals(PEM_BEGIN_CHANNEL)) {
    const at = literalStart(hit);
    // The index is case-insensitive; the opening is not.
    if (at < from || !text.startsWith("-----BEGIN ", at)) continue;
    const open = text.indexOf("-----", at + 11);
    if (open < 0) break;
    const close = text.indexOf("-----END", open + 5);
    const end = close < 0 ? Math.min(text.length, open + 16384) : close;
    blocks.push([open + 5, end]);
    from = end;
  }
  return blocks;
}

/** After a name, the value its block gives it: `" { … default = `, or a next line's `value: `. */
const NAMED_VALUE = /"?[ \t]{0,3}(?:\{[^{}]{0,300}?\bdefault[ \t]{0,3}=|\r?\n[ \t]{0,16}(?:value|default)[ \t]{0,3}:)[ \t]{0,3}/y;
/** After a quoted name, the `"value"` member beside it: a HAR's headers and form fields, AWS's tags (`{"name": "x-api-key", "value": "…"}`). */
const VALUE_MEMBER = /,[ \t\r\n]{0,40}"(?:value|Value)"[ \t]{0,3}:[ \t]{0,3}/y;

function valueAfter(text: string, keyStart: number, keyEnd: number, family: Family, cliFlag: boolean): ValueSpan | undefined {
  const keyOpen = text[keyStart - 1];
  let i = keyEnd;
  const keyQuoted = keyOpen === '"' || keyOpen === "'" || keyOpen === "`";
  // A JSON string's escaped quote around the key (`[\"DB_PASSWORD\"]` in a notebook's source).
  const escaped = keyQuoted && text[keyStart - 2] === "\\";
  if (keyQuoted && escaped && text[i] === "\\" && text[i + 1] === keyOpen) i += 2;
  else if (keyQuoted && text[i] === keyOpen) i++;
  // A subscript's key: `os.environ["MAILGUN_API_KEY"] = …`, `config['password'] = …`, `ENV["TOKEN"] = …`.
  if (keyQuoted && text[keyStart - (escaped ? 3 : 2)] === "[" && text[i] === "]") i++;
  else if (text[i] === "[") {
    // Within the 8 characters an index may take: a search to the text's next "]" per key word
    // would read on to it every time (quadratic where none follows).
    const close = text.slice(i, i + 9).indexOf("]");
    if (close < 0) return undefined;
    i += close + 1;
  }
  // Up to a column's width of spacing: configuration files align their values (FreeRADIUS'
  // `secret          = …`, a SQL result's `| api_key            | … |`).
  i = skip(text, i, " \t", PAIR_GAP);
  // LDIF's base64 value (`unicodePwd:: IgBD…`, `userPassword:: e1NT…`): an attribute at a line's
  // start, `::` right after it (a type's `token :: Text` has a space before).
  let op =
    i === keyEnd && text.startsWith(":: ", i) && (keyStart === 0 || text[keyStart - 1] === "\n") ? ([i + 2, "="] as [number, string]) : readOperator(text, i);
  // `secret("…")` and `--api-key value` (command-line flags) assign too.
  if (op === undefined && text[i] === "(" && (text[i + 1] === '"' || text[i + 1] === "'")) op = [i + 1, "("];
  if (op === undefined && cliFlag && i > keyEnd) op = [i, " "];
  if (op === undefined && keyQuoted && text[i] === ",") {
    VALUE_MEMBER.lastIndex = i;
    const member = VALUE_MEMBER.exec(text);
    if (member !== null) op = [i + member[0].length, "="];
  }
  // GenieACS's provisions: `declare("Device.ManagementServer.Password", {value: 1}, {value: "…"})`.
  if (op === undefined && keyQuoted && text[i] === ",") {
    DECLARED_VALUE.lastIndex = i;
    if (DECLARED_VALUE.exec(text) !== null) op = [DECLARED_VALUE.lastIndex, "="];
  }
  // `("password", "…")`: a pair in a call or an array; its value must be a string literal
  // (`["key", [ … ]]` and `"apikey", password: …` are not pairs).
  if (op === undefined && keyQuoted && text[i] === ",") {
    // PHP's wp-config aligns its values in a column: `define( 'AUTH_KEY',         '…' );`.
    const v = skip(text, i + 1, " \t", PAIR_GAP);
    if (text[v] === '"' || text[v] === "'" || text[v] === "`") op = [v, ","];
  }
  // XML settings: `<add key="SmtpPassword" value="…" />`, `<entry key="db.password" value="…"/>`.
  if (op === undefined && keyAttribute(text, keyStart, keyEnd)) {
    XML_VALUE_ATTRIBUTE.lastIndex = keyEnd + 1;
    const attr = XML_VALUE_ATTRIBUTE.exec(text);
    if (attr !== null) op = [XML_VALUE_ATTRIBUTE.lastIndex, "="];
  }
  // "the password's Xk…", "password - Xk…" (a dash between spaces, as lists write a label).
  let strict = false;
  if (op === undefined && (text.startsWith("'s ", keyEnd) || text.startsWith("\u2019s ", keyEnd))) op = [keyEnd + 3, "is"];
  if (op === undefined && i > keyEnd && LABEL_DASH.test(text.slice(i, i + 2))) op = [i + 1, "-"];
  // "the password was reset to …": prose, so a plain word's value must look chosen (strict).
  if (op === undefined) {
    AFTER_KEY_TO.lastIndex = keyEnd;
    const to = AFTER_KEY_TO.exec(text);
    if (to !== null) {
      op = [keyEnd + to[0].length, "to"];
      strict = !SETTING_NAME_SHAPE.test(text.slice(keyStart, keyEnd));
    }
  }
  // Prose and `.netrc`: "the password is …", "the API key for staging is …",
  // `machine h login u password …`.
  if (op === undefined && i > keyEnd) {
    PROSE_IS.lastIndex = i;
    const is = PROSE_IS.exec(text);
    if (is !== null) op = [i + is[0].length, "is"];
    else if (family === "password" && NETRC_LINE.test(lineBefore(text, keyStart))) op = [i, " "];
  }
  // Where the line says how the name is set: a Dockerfile's `ENV DB_PASSWORD value`, nginx's
  // `set $db_password "…";`, a ticket's "set DB_PASSWORD to …".
  if (op === undefined && i > keyEnd) {
    const line = lineBefore(text, keyStart);
    if (SETTING_COMMAND.test(line)) op = [i, " "];
    // "set DB_PASSWORD to …", "Setting api_key to … fixed it"; "set the root password to …"
    // only with a value that looks chosen (strict): "set the password to something strong" is
    // advice, not a value.
    else if (SET_TO_BEFORE.test(line) && text.startsWith("to ", i)) {
      op = [i + 2, "to"];
      strict = !SETTING_NAME_SHAPE.test(text.slice(keyStart, keyEnd));
    }
  }
  // TR-069's SOAP `ParameterValueStruct`: `<Name>….ManagementServer.Password</Name>` over its `<Value …>…</Value>`.
  if (op === undefined && keyOpen === ">" && text.startsWith("</Name>", keyEnd)) {
    PARAMETER_VALUE.lastIndex = keyEnd + 7;
    return PARAMETER_VALUE.exec(text) === null ? undefined : elementText(text, PARAMETER_VALUE.lastIndex);
  }
  // An XML element named as a credential: `<db_password>…</db_password>`.
  if (op === undefined && keyOpen === "<" && text[keyEnd] === ">") return elementText(text, keyEnd + 1);
  // A property list's pair: `<key>AlgoliaAPIKey</key>` over `<string>…</string>` (an iOS app's
  // Info.plist or configuration plist, an Xcode build setting exported as XML).
  if (op === undefined && keyOpen === ">" && text.startsWith("<key>", keyStart - 5) && text.startsWith("</key>", keyEnd)) {
    PLIST_STRING.lastIndex = keyEnd + 6;
    const string = PLIST_STRING.exec(text);
    return string === null ? undefined : elementText(text, PLIST_STRING.lastIndex);
  }
  // A table's row (`AWS_SECRET_ACCESS_KEY | wJalr…`), and a named block's value: Terraform's
  // `variable "db_password" { default = "…" }`, Kubernetes' `- name: DB_PASSWORD` / `value: …`.
  // Not a header's cell (`| id | auth_password | enabled |` over a rule row): its column holds the values.
  if (op === undefined && text[i] === "|" && text[i + 1] === " " && !headsRuledTable(text, keyStart)) op = [i + 1, "|"];
  if (op === undefined) {
    NAMED_VALUE.lastIndex = i;
    const named = NAMED_VALUE.exec(text);
    if (named !== null) op = [i + named[0].length, "="];
  }
  // The name in a sentence that ends in a colon or an "is", its value alone on the next line: "paste
  // the current TWILIO_AUTH_TOKEN below so you can compare:\n7c46b8…". A plain word's value must look chosen.
  if (op === undefined) {
    NEXT_LINE_VALUE.lastIndex = keyEnd;
    const next = NEXT_LINE_VALUE.exec(text);
    const value = next === null ? undefined : readValue(text, keyEnd + next[0].length);
    if (value !== undefined && !value.quoted && /^[ \t]*(?:\r?\n|$)/.test(text.slice(value.end, value.end + 3))) {
      if (!SETTING_NAME_SHAPE.test(text.slice(keyStart, keyEnd))) value.strict = true;
      return value;
    }
  }
  // A `Key  Value` table (Vault's `kv get` and `read` output): a row's value after its name's padding.
  if (op === undefined && i >= keyEnd + 2 && (keyStart === 0 || text[keyStart - 1] === "\n") && underKeyValueHeader(text, keyStart)) {
    const value = readValue(text, i);
    return value !== undefined && /^[ \t]*(?:\r?\n|$)/.test(text.slice(value.end, value.end + 3)) ? value : undefined;
  }
  if (op === undefined) {
    // `password "value"` (no operator) only for password-like keys.
    if (family !== "password" || i === keyEnd) return undefined;
    if (text[i] === '"' || text[i] === "'") return readValue(text, i);
    return spacedValue(text, keyStart, keyEnd, i);
  }
  if ((op[1] === "==" || op[1] === "!=") && text[op[0]] === "=") op = [op[0] + 1, op[1]];
  i = skip(text, op[0], " \t");
  if (text[i] === "@" && (text[i + 1] === '"' || text[i + 1] === "'")) i++;
  const anyScheme = AUTHORIZATION_KEY.test(text.slice(keyStart, keyEnd));
  // HTTP Digest sends a response computed for one server nonce (RFC 7616), never the password:
  // nothing after the scheme can be replayed as a credential (`username="…", response="…"`).
  if (DIGEST_SCHEME.test(text.slice(i, i + 8))) return undefined;
  i += schemeAt(text, i, anyScheme);
  // Code that reads the variable with a literal fallback holds the credential in its fallback:
  // `os.environ.get("DD_APP_KEY", "3de5…")`, `process.env.API_KEY || "sk_…"`.
  ENV_FALLBACK.lastIndex = i;
  const fallback = ENV_FALLBACK.exec(text);
  if (fallback !== null) return readValue(text, i + fallback[0].length - 1);
  // A parameter's object in a device document (GenieACS: `"Password": {"_value": "…", "_type": "xsd:string"}`).
  if (text[i] === "{") {
    TYPED_VALUE_MEMBER.lastIndex = i;
    if (TYPED_VALUE_MEMBER.exec(text) !== null) return readValue(text, TYPED_VALUE_MEMBER.lastIndex);
  }
  const value = readValue(text, i);
  // An arrow also walks a menu ("1Password → "Stripe prod (restricted)""): words are a place.
  if (op[1] === "→" && value !== undefined && text.slice(value.start, value.end).includes(" ")) return undefined;
  if (value !== undefined && strict) value.strict = true;
  // Prose ends its sentence after the value: "the password is Xk29fq1m." (the full stop is not part of it).
  if ((op[1] === "is" || op[1] === "to") && value !== undefined && !value.quoted && value.end - value.start > 1 && text[value.end - 1] === ".") value.end--;
  // A quoted header value (`"Authorization": "Bearer …"`): the credential is after the scheme.
  if (value?.quoted === true) {
    if (DIGEST_SCHEME.test(text.slice(value.start, value.start + 8))) return undefined;
    const inner = schemeAt(text, value.start, anyScheme);
    if (inner > 0 && value.end - value.start > inner) return { ...value, start: value.start + inner };
  }
  return value;
}

/**
 * The rest of a sentence up to a colon, or an "is", that ends its line ("the archive password
 * is\n\n    Xk…"), then a blank line or none and the next line's indentation.
 */
const NEXT_LINE_VALUE = /(?:[^\n:]{0,60}:|[^\n:]{0,60}?[ \t](?:is|was))[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]{0,8}(?=\S)/y;
/** A read of an environment variable with a literal fallback, up to the fallback's opening quote. */
const ENV_FALLBACK =
  /(?:(?:os\.environ\.get|os\.getenv|getenv|System\.getenv|ENV\.fetch)\([ \t]{0,2}["'][\w.-]{1,64}["'][ \t]{0,2},[ \t]{0,2}|process\.env(?:\.[\w$]{1,64}|\[["'][\w.-]{1,64}["']\])[ \t]{0,2}(?:\|\||\?\?)[ \t]{0,2})["'`]/y;
/** A command-line flag: `--password`, and single-dash words (`-storepass`, `-pw`). */
const CLI_FLAG = /^--?[A-Za-z]/;
/** A dash between spaces after a label (`pw - …`, `Password — …`). */
const LABEL_DASH = /^[-\u2013\u2014] /;
/** "was reset to", "has been changed to", "is set to" right after the key word. */
const AFTER_KEY_TO = /(?:[ \t]{1,2}(?:was|is|has[ \t]+been|got|been|was[ \t]+just))?[ \t]{1,2}(?:re)?(?:set|changed|updated|rotated)[ \t]{1,2}to[ \t]{1,2}/y;
/** The last part of a key that names a password itself (not a secret in general). */
const PASSWORD_WORD = /(?:pass(?:w(?:or)?d)?|passphrase|passcode|pwd|pw)$/i;

/**
 * A value after a password word and a space, with no operator: a config directive on a line
 * of its own (`requirepass …`, an FTP log's `PASS …`, a TSV's `password<TAB>…`), or prose
 * ("user admin, password Xk29…", "temp password Xk29… (change it)"), which is strict.
 */
function spacedValue(text: string, keyStart: number, keyEnd: number, i: number): ValueSpan | undefined {
  // A table's next cell, a bracket or a comment is no value.
  if (!PASSWORD_WORD.test(text.slice(keyStart, keyEnd)) || "|([{<#".includes(text[i] ?? "")) return undefined;
  const value = readValue(text, i);
  if (value === undefined) return undefined;
  // A sentence's full stop is not part of the value ("…, password Xk29fq1m.").
  if (text[value.end - 1] === "." && value.end - value.start > 1) value.end--;
  const alone = /^[ \t]*(?:[-*+][ \t]+)?$/.test(lineBefore(text, keyStart));
  // The rest of the line, within 256 characters: a search to the text's next line break per
  // key word would read on to it every time (quadratic on one long line).
  const window = text.slice(value.end, value.end + 256);
  const lineEnd = window.indexOf("\n");
  const after = lineEnd < 0 ? window : window.slice(0, lineEnd);
  if (!(alone && /^[ \t]*(?:#.*)?\r?$/.test(after))) {
    // Bare "pass" in running prose is the verb ("to pass apt-secure(8) verification").
    if (/^pass$/i.test(text.slice(keyStart, keyEnd))) return undefined;
    value.strict = true;
  }
  return value;
}

/** After a key's closing quote, the value attribute of the same element: ` value="`. */
const XML_VALUE_ATTRIBUTE = /[ \t]{1,4}value[ \t]{0,2}=[ \t]{0,2}(?=["'])/y;
/**
 * "is" (or "was", "is now") after a credential word in prose, before the value; the word may
 * be qualified first, in up to three words ("the API key for staging is …", "the smtp password
 * for the nightly job is …").
 */
const PROSE_IS =
  /(?:(?:for|on|of|in|to)[ \t]{1,2}(?:the[ \t]{1,2})?[\w.@-]{1,40}(?:[ \t]{1,2}[\w.@-]{1,24}){0,2}[ \t]{0,2}|\([^()\n]{1,30}\)[ \t]{0,2})?(?:is|was|is now|will be|=|->|:)(?:[ \t]{0,2}:)?[ \t]{1,3}(?:now[ \t]{1,2}|still[ \t]{1,2})?(?:[:'"`][ \t]?)?/y;
/** A line that sets the name that follows with a command: Dockerfile `ENV`/`ARG`, nginx `set $`, shell `setenv`. */
const SETTING_COMMAND = /^[ \t]*(?:(?:ENV|ARG)[ \t]+|set[ \t]+\$|setenv[ \t]+)$/;
/** Prose that sets the name that follows to a value: "set DB_PASSWORD to …", "change the API key to …". */
const SET_TO_BEFORE =
  /(?:^|[\s(])(?:set|sets|setting|change|changes|changed|changing|update|updates|updated|updating|reset|resets|resetting|rotate|rotates|rotated|rotating|switch|switched|switching)[ \t]+(?:the[ \t]+)?(?:[\w.-]+[ \t]+)?$/i;

/** A name written as a setting, not a word: with `_`, `.` or `-` inside, all capitals, or camelCase. */
const SETTING_NAME_SHAPE = /^(?:[\w-]+[_.-][\w.-]+|[A-Z][A-Z0-9]+|[a-z]+[A-Z]\w*)$/;

/** A `Key  Value` header over its `---  -----` rule: how Vault's CLI prints a secret's fields. */
const KEY_VALUE_HEADER = /(?:^|\n)Key[ \t]{2,}Value[ \t]*\r?\n-{3}[ \t]{2,}-{5}[ \t]*\r?\n/g;

/** The last text's `Key  Value` headers (where each ends): found once per text, however many rows ask. */
const keyValueHeaders: { text: string | undefined; ends: number[] } = { text: undefined, ends: [] };

/** Whether the line at `lineStart` is a row of a `Key  Value` table: under its header (within 4 KB), no blank line between. */
function underKeyValueHeader(text: string, lineStart: number): boolean {
  if (keyValueHeaders.text !== text) {
    keyValueHeaders.text = text;
    keyValueHeaders.ends = [];
    KEY_VALUE_HEADER.lastIndex = 0;
    for (let m = KEY_VALUE_HEADER.exec(text); m !== null; m = KEY_VALUE_HEADER.exec(text)) keyValueHeaders.ends.push(KEY_VALUE_HEADER.lastIndex);
  }
  let end = -1;
  for (const e of keyValueHeaders.ends) if (e <= lineStart) end = e;
  if (end < 0 || lineStart - end > 4096) return false;
  return !/\n[ \t]*\r?\n/.test(text.slice(end - 1, lineStart));
}

/** The text of the line up to `at`. */
function lineBefore(text: string, at: number): string {
  // Looked for within the 256 characters only: lastIndexOf over a text with no line break
  // would read back to its start at every key word (quadratic on one long line).
  const from = Math.max(0, at - 256);
  let i = at - 1;
  while (i >= from && text.charCodeAt(i) !== 10) i--;
  return text.slice(i + 1, at);
}

/** An XML element's text from `start` to its closing tag on the same line (at most 1024 characters). */
function elementText(text: string, start: number): ValueSpan | undefined {
  const limit = Math.min(text.length, start + 1025);
  let j = start;
  while (j < limit && text[j] !== "<" && text[j] !== "\n") j++;
  if (j === start || text[j] !== "<" || text[j + 1] !== "/") return undefined;
  return { start, end: j, quoted: true };
}
/** After a GenieACS `declare` path's closing quote: its timestamps (an object or null), then the value object up to its value. */
const DECLARED_VALUE = /,[ \t]{0,3}(?:null|\{[^{}\n]{0,80}\})[ \t]{0,3},[ \t]{0,3}\{[ \t]{0,3}value[ \t]{0,3}:[ \t]{0,3}(?=["'])/y;
/** A parameter object's opening up to its `_value` (GenieACS's device documents). */
const TYPED_VALUE_MEMBER = /\{[ \t\r\n]{0,40}"_value"[ \t]{0,3}:[ \t]{0,3}(?=")/y;
/** Between a TR-069 parameter's `</Name>` and its value's text: spacing and the `<Value …>` tag. */
const PARAMETER_VALUE = /[ \t\r\n]{0,40}<Value(?:[ \t][^<>\n]{0,80})?>/y;
/** Between a property list's `</key>` and its value's text: spacing and the `<string>` tag. */
const PLIST_STRING = /[ \t\r\n]{0,40}<string>/y;
/** A `.netrc` line up to its `password` token: `machine host login user password`. */
const NETRC_LINE = /^[ \t]*(?:machine[ \t]+\S+|default)(?:[ \t]+(?:login|account)[ \t]+\S+)*[ \t]+$/;

const KEY_ATTRIBUTE = /(?:^|[\s<])(?:key|name)[ \t]?=[ \t]?(["'])[^"'<>\n]{0,80}$/;

/** Whether the key word at `[keyStart, keyEnd)` ends an XML `key="…"` (or `name="…"`) attribute's value (`key="ida:ClientSecret"`). */
function keyAttribute(text: string, keyStart: number, keyEnd: number): boolean {
  const m = KEY_ATTRIBUTE.exec(text.slice(Math.max(0, keyStart - 90), keyStart));
  return m !== null && text[keyEnd] === m[1];
}

const COMPARE_BEFORE = /(["'`])[ \t]*(?:===?|!==?)[ \t]*$/;

/** "use Xk29… as the password", "try Xk29… as the new passphrase": the value before the word. */
const USE_AS_BEFORE =
  /(?:^|[\s(])(?:use|using|try|enter)[ \t]+(["'`]?)([^\s"'`]{6,64})\1[ \t]+as[ \t]+(?:(?:the|your|a|my|our|its)[ \t]+)?(?:[\w-]+[ \t]+)?$/di;

function valueBefore(text: string, keyStart: number): ValueSpan | undefined {
  const window = text.slice(Math.max(0, keyStart - 8), keyStart);
  const m = COMPARE_BEFORE.exec(window);
  if (m === null) {
    const line = lineBefore(text, keyStart);
    const use = USE_AS_BEFORE.exec(line);
    if (use === null) return undefined;
    const [from, to] = use.indices?.[2] ?? [0, 0];
    return { start: keyStart - line.length + from, end: keyStart - line.length + to, quoted: false, strict: true };
  }
  const close = keyStart - window.length + m.index;
  const quote = m[1] ?? '"';
  const floor = Math.max(0, close - 1025);
  const open = text.slice(floor, close).lastIndexOf(quote) + floor;
  if (open < floor) return undefined;
  if (open < 0 || close - open > 1024 || text.slice(open, close).includes("\n")) return undefined;
  return { start: open + 1, end: close, quoted: true };
}
