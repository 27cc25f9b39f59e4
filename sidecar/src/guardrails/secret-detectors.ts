/**
 * Secret detectors: prefix-anchored vendor tokens (secret-rules.ts), structural formats
 * (JWT decoded to confirm, PEM private keys, Discord/Telegram/Azure/Mailchimp shapes),
 * credentials in URLs and `curl -u`, and Bundler credential variables. Keyword assignments
 * (`password = …`) live in keyword-secrets.ts.
 *
 * Anchors come from the text index (literal channels and base64-like runs) instead of one
 * regular-expression pass each; every detector still visits them leftmost first and resumes
 * after each, as the global regular expressions it replaces did.
 */
import { createHmac } from "node:crypto";
import { isPublicBase58Identifier } from "./base58-identifiers.js";
import { charClasses, isPlaceholderValue, longestSequence, shannonEntropy } from "./entropy.js";
import { finding, type Finding } from "./finding.js";
import { classifyKeyBlob, jwkMember } from "./key-material.js";
import { isSecretReference } from "./secret-references.js";
import { CHECKSUM_FAILED, CHECKSUM_PASSED, PREFIX_RULES, type PrefixRule } from "./secret-rules.js";
import { literalChannel, literalIndex, literalStart, TextIndex } from "./text-index.js";
import { afterEscape, at, before, isAlnum, isBase64Char, isDigit, isHexChar, isTokenChar, runEnd, runStart, type CharTest } from "./text-runs.js";

const RULES_BY_PREFIX = new Map<string, PrefixRule[]>();
for (const rule of PREFIX_RULES) {
  for (const p of rule.prefixes) RULES_BY_PREFIX.set(p, [...(RULES_BY_PREFIX.get(p) ?? []), rule]);
}
/**
 * Prefixes distinctive enough to be found glued to a word by `-` or `_` (`wf-ghp_…`,
 * `build_xoxb-…`, `ci_AKIA…`, `x-glpat-…`): four characters or more, three of them letters or
 * digits. A shorter one (`sk-`, `hf_`, `r8_`, `s.`, `t1.`, `SG.`, `00D`) ends too many segments of
 * longer identifiers, and keeps the token characters' boundary. Either way the token's body must
 * still have its vendor's alphabet, length and check, and a letter or digit before the prefix
 * means the prefix is inside a longer word. (Measured: over every evaluation text and ~240 MB of
 * code and documentation — node_modules, Python's library, /usr/share/doc, /etc — no prefix rule
 * found anything more with `-` and `_` accepted before every prefix, the short ones included.)
 */
const GLUED_PREFIXES = new Set([...RULES_BY_PREFIX.keys()].filter((p) => p.length >= 4 && [...p].filter((c) => isAlnum(c.charCodeAt(0))).length >= 3));
/** Prefixes longest first: where several match at one place, the longest is taken. */
const PREFIXES = [...RULES_BY_PREFIX.keys()].sort((a, b) => b.length - a.length);
const PREFIX_CHANNEL = literalChannel(PREFIXES);
/** Characters that mark a masked value right after a token (`xoxp-123-####`, `sk-…***`). */
const MASK: CharTest = (c) => c === 35 || c === 42 || c === 0x2022;

function secret(ruleId: string, start: number, end: number, confidence: number): Finding {
  return finding("secrets", "SECRET", `secret.${ruleId}`, start, end, confidence);
}

/**
 * Vendor tokens found by their published prefix and shape.
 *
 * @example
 * ```ts
 * detectPrefixedTokens("token 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", out); // secret.github-token
 * ```
 */
export function detectPrefixedTokens(text: string, out: Finding[], index = new TextIndex(text)): void {
  let resume = 0;
  // Where the last AWS key id's neighbourhood was read to: ids close together share it.
  let awsSearched = 0;
  for (const hit of index.literals(PREFIX_CHANNEL)) {
    const start = literalStart(hit);
    const prefix = PREFIXES[literalIndex(hit)] ?? "";
    // Prefixes are case-sensitive; the channel is not.
    if (start < resume || !text.startsWith(prefix, start)) continue;
    const bodyStart = start + prefix.length;
    let consumed = bodyStart;
    const boundary = GLUED_PREFIXES.has(prefix) ? isAlnum : isTokenChar;
    for (const rule of RULES_BY_PREFIX.get(prefix) ?? []) {
      if (before(text, start, rule.notAfter ?? boundary) && !afterEscape(text, start)) continue;
      const end = runEnd(text, bodyStart, rule.body, Math.min(text.length, bodyStart + rule.max + 1));
      consumed = Math.max(consumed, end);
      const len = end - bodyStart;
      if (len < rule.min || len > rule.max || (rule.exact === true && at(text, end, rule.body))) continue;
      if (at(text, end, MASK)) continue;
      const body = text.slice(bodyStart, end);
      if (isPlaceholderValue(body) || (rule.check !== undefined && !rule.check(body))) continue;
      if (rule.publicAt?.(text, start, end) === true) break;
      const confidence = rule.checksum === undefined ? (rule.confidence ?? 0.95) : rule.checksum(body) ? CHECKSUM_PASSED : CHECKSUM_FAILED;
      out.push(secret(rule.id, start, end, confidence));
      if (rule.id === "aws-access-key") awsSearched = awsSecretBeside(text, start, end, out, awsSearched);
      break;
    }
    resume = consumed;
  }
}

/** How far from an AWS access key id its secret is looked for. */
const AWS_PAIR_REACH = 300;
const AWS_SECRET_LENGTH = 40;
/** An AWS secret access key's published shape: 40 characters of base64's alphabet, standing alone. */
const AWS_SECRET_SHAPE = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;

/**
 * The secret access key printed near an AWS access key id (`AKIA…`), whatever names it or
 * nothing at all (a debug log that prints both, a chat that pastes both): 40 characters of
 * base64's alphabet with upper- and lower-case letters and digits, random enough to be a key.
 * A hexadecimal digest (a commit, a SHA-1) is lower case only and is not one.
 */
function awsSecretBeside(text: string, start: number, end: number, out: Finding[], searched: number): number {
  // Read from where the previous id's neighbourhood ended (a run of ids reads each stretch
  // once), backing up a key's length so that one standing across that end is whole.
  const from = Math.max(0, start - AWS_PAIR_REACH, searched - AWS_SECRET_LENGTH);
  const to = Math.min(text.length, end + AWS_PAIR_REACH);
  if (to <= searched) return searched;
  const window = text.slice(from, to);
  AWS_SECRET_SHAPE.lastIndex = 0;
  for (let m = AWS_SECRET_SHAPE.exec(window); m !== null; m = AWS_SECRET_SHAPE.exec(window)) {
    const value = m[0];
    if (from + m.index + value.length <= searched) continue;
    if (!/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/\d/.test(value) || isPlaceholderValue(value) || shannonEntropy(value) < 4) continue;
    out.push(secret("aws-secret-key", from + m.index, from + m.index + value.length, 0.85));
  }
  return to;
}

const JWT_CHANNEL = literalChannel(["eyJ"]);
const B64URL: CharTest = (c) => isAlnum(c) || c === 45 || c === 95;

function decodesToJsonObject(segment: string): "json" | "prefix" | "no" {
  const decoded = Buffer.from(segment, "base64url").toString("utf8");
  if (!decoded.startsWith('{"') && !decoded.startsWith("{\r\n") && !decoded.startsWith("{\n")) return "no";
  try {
    const value: unknown = JSON.parse(decoded);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? "json" : "no";
  } catch {
    return "prefix";
  }
}

/**
 * A token its vendor documents as public: Supabase's `anon` key (role `anon`), which every
 * browser client holds; its `service_role` key stays a secret.
 */
export function publicJwt(payload: string): boolean {
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { role?: unknown };
  return claims.role === "anon";
}

/**
 * The HMAC key jwt.io's debugger signs its HS256 example with, printed on the page beside the
 * token: a token it verifies was minted with a key everyone has, so it opens nothing. It is
 * the sample every JWT tutorial, README and bug report pastes.
 */
const DOCUMENTED_HS256_KEY = "your-256-bit-secret";

/**
 * Whether `token` (`header.payload.signature`) is signed with {@link DOCUMENTED_HS256_KEY}:
 * a documentation example by its signature, whatever its claims say.
 *
 * @example
 * ```ts
 * documentedExampleJwt("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"); // true
 * ```
 */
export function documentedExampleJwt(token: string): boolean {
  const dot = token.lastIndexOf(".");
  if (dot < 0 || dot === token.length - 1 || token.indexOf(".") === dot) return false;
  return token.slice(dot + 1) === createHmac("sha256", DOCUMENTED_HS256_KEY).update(token.slice(0, dot)).digest("base64url");
}

/**
 * JSON Web Tokens (`eyJ….eyJ….sig`, signature optional), confirmed by decoding: the header
 * or payload must be a JSON object and the other must at least start like one.
 *
 * @example
 * ```ts
 * detectJwts("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig", out); // secret.jwt
 * ```
 */
export function detectJwts(text: string, out: Finding[], index = new TextIndex(text)): void {
  let resume = 0;
  for (const hit of index.literals(JWT_CHANNEL)) {
    const start = literalStart(hit);
    if (start < resume || !text.startsWith("eyJ", start)) continue;
    const headerEnd = runEnd(text, start, B64URL);
    resume = headerEnd;
    if (before(text, start, B64URL) || text.charCodeAt(headerEnd) !== 46 || !text.startsWith("eyJ", headerEnd + 1)) continue;
    const payloadEnd = runEnd(text, headerEnd + 1, B64URL);
    let end = payloadEnd;
    if (text.charCodeAt(payloadEnd) === 46) end = runEnd(text, payloadEnd + 1, B64URL);
    resume = end;
    if (headerEnd - start < 10 || payloadEnd - headerEnd < 10) continue;
    const h = decodesToJsonObject(text.slice(start, headerEnd));
    const p = decodesToJsonObject(text.slice(headerEnd + 1, payloadEnd));
    if (h === "no" || p === "no" || (h === "prefix" && p === "prefix")) continue;
    if (p === "json" && publicJwt(text.slice(headerEnd + 1, payloadEnd))) continue;
    if (end > payloadEnd + 1 && documentedExampleJwt(text.slice(start, end))) continue;
    out.push(secret("jwt", start, end, h === "json" && p === "json" ? 0.95 : 0.8));
  }
}

/**
 * A private key's armour, or an OpenVPN shared key's: the static key of `tls-auth`/`--secret`
 * and the `tls-crypt-v2` keys are symmetric, 2048 bits of hex in the same armour.
 */
const PEM_BEGIN = /-----BEGIN (?:(?:[A-Z0-9]{1,12} ){0,2}PRIVATE KEY(?: BLOCK)?|OpenVPN (?:Static key V\d|tls-crypt-v2 (?:server|client) key))-----/y;
const PEM_CHANNEL = literalChannel(["-----BEGIN "]);

/**
 * PEM / OpenSSH / PGP private key blocks and OpenVPN static keys with a key body (a bare header
 * is documentation).
 *
 * @example
 * ```ts
 * detectPrivateKeys(pem, out); // secret.private-key
 * ```
 */
export function detectPrivateKeys(text: string, out: Finding[], index = new TextIndex(text)): void {
  let resume = 0;
  for (const hit of index.literals(PEM_CHANNEL)) {
    const at = literalStart(hit);
    if (at < resume) continue;
    PEM_BEGIN.lastIndex = at;
    const m = PEM_BEGIN.exec(text);
    if (m === null) continue;
    resume = at + m[0].length;
    const start = m.index;
    const bodyStart = start + m[0].length;
    const endMarker = text.indexOf("-----END", bodyStart);
    const bodyEnd = endMarker < 0 ? Math.min(text.length, bodyStart + 16384) : endMarker;
    let b64 = 0;
    for (let i = bodyStart; i < bodyEnd && b64 < 64; i++) if (isBase64Char(text.charCodeAt(i))) b64++;
    if (b64 < 64) continue;
    const close = endMarker < 0 ? bodyEnd : text.indexOf("-----", endMarker + 8);
    const end = close < 0 ? bodyEnd : close + 5;
    out.push(secret("private-key", start, end, 0.99));
    resume = end;
  }
}

// `#` is allowed: people write passwords into connection URLs without percent-encoding them.
const URL_USERINFO: CharTest = (c) => c > 32 && c !== 47 && c !== 63 && c !== 64 && c !== 34 && c !== 39 && c !== 60 && c !== 62 && c !== 96 && c !== 92;
/**
 * Regular-expression syntax no URL's user info holds: a group opening on a pattern (`(?:`,
 * `(.{1,256}`, `(.*`, `([^`, `(\w`), or a negated class repeated (`[^:@]+`).
 */
const REGEX_SYNTAX = /\((?:\?[:=!<]|\.[*+?{]|\[\^?|\\[dwsS])|\[\^[^\]]{1,40}\][*+{]/;
/** The authority up to the host's end: user info, `@`s and the host (a path, a query or a quote ends it). */
const URL_USERINFO_OR_AT: CharTest = (c) => URL_USERINFO(c) || c === 64;
const PLACEHOLDER_WORDS = new Set(["password", "passwd", "pass", "pwd", "secret", "token", "changeme", "username", "user", "test", "xxx", "yyy"]);

/** Whether a password half of `user:password` looks like a real value. */
function plausiblePassword(value: string, min: number): boolean {
  if (value.length < min || PLACEHOLDER_WORDS.has(value.toLowerCase())) return false;
  return !isPlaceholderValue(value) && shannonEntropy(value) >= 1.5;
}

/**
 * Passwords in URLs and connection strings: `scheme://user:password@host`, for any scheme
 * (`postgres`, `smtps`, `amqp`, `redis`, …), also with the slashes JSON-escaped
 * (`"smtps:\/\/user:pw@host"`). The user info ends at the authority's last `@` (as URL parsers
 * read it), so a password written with an `@` unencoded (`smtp://mailer:p@ss-Xk29@host`) is
 * read whole; the password is judged by its own shape (placeholders, references and masks stay
 * quiet).
 *
 * @example
 * ```ts
 * detectUrlCredentials("postgres://app:s3cr3tPw@db:5432/x", out); // secret.url-password
 * ```
 */
export function detectUrlCredentials(text: string, out: Finding[]): void {
  let from = 0;
  // The next plain and escaped separators, each searched again only once passed (-1: none left).
  let plain = -2;
  let escaped = -2;
  for (;;) {
    if (plain !== -1 && plain < from) plain = text.indexOf("://", from);
    if (escaped !== -1 && escaped < from) escaped = text.indexOf(":\\/\\/", from);
    if (plain < 0 && escaped < 0) return;
    const isEscaped = plain < 0 || (escaped >= 0 && escaped < plain);
    const infoStart = isEscaped ? escaped + 5 : plain + 3;
    from = infoStart;
    const authorityEnd = runEnd(text, infoStart, URL_USERINFO_OR_AT, Math.min(text.length, infoStart + 512));
    let infoEnd = authorityEnd - 1;
    while (infoEnd >= infoStart && text.charCodeAt(infoEnd) !== 64) infoEnd--;
    if (infoEnd < infoStart) continue;
    const info = text.slice(infoStart, infoEnd);
    const colon = userSeparator(info);
    // A pattern that matches URLs (`https?:\/\/(.{1,256}):x-oauth-basic@`) is code, not one.
    if (colon < 0 || REGEX_SYNTAX.test(info)) continue;
    const password = info.slice(colon + 1);
    // A password equal to its user name is a documented default (postgres:postgres, guest:guest).
    if (!plausiblePassword(password, 3) || /^\d{1,5}$/.test(password) || password === info.slice(0, colon)) continue;
    out.push(secret("url-password", infoStart + colon + 1, infoEnd, 0.9));
    from = infoEnd;
  }
}

/**
 * Where a URL's user info divides the user from the password: its first colon outside a
 * variable's reference, whose default may hold one (`${POSTGRES_USER:-app}:${POSTGRES_PASSWORD}`
 * is a user and a password that are both references); -1 without one.
 */
function userSeparator(info: string): number {
  let depth = 0;
  for (let i = 0; i < info.length; i++) {
    const c = info.charCodeAt(i);
    if (c === 123 /* { */ || (c === 40 /* ( */ && info.charCodeAt(i - 1) === 36) /* $( */) depth++;
    else if ((c === 125 /* } */ || c === 41) /* ) */ && depth > 0) depth--;
    else if (c === 58 /* : */ && depth === 0) return i;
  }
  return -1;
}

const CURL_USER = /(?:^|[\s'"])(?:-u|--user)[ \t]{1,4}/y;
const CURL_CHANNEL = literalChannel(["-u"]);

/**
 * `curl -u user:password` / `--user` credentials (either half may be the secret, as with
 * API keys passed as the user name).
 *
 * @example
 * ```ts
 * detectCurlCredentials("curl -u api:d2LkV78zLx!t https://x", out); // secret.curl-user
 * ```
 */
export function detectCurlCredentials(text: string, out: Finding[], index = new TextIndex(text)): void {
  let resume = 0;
  for (const hit of index.literals(CURL_CHANNEL)) {
    // A match starts at the separator before `-u` or `--user`, or at the start of the text.
    const h = literalStart(hit);
    let m: RegExpExecArray | null = null;
    for (let p = Math.max(resume, h - 2); p <= h && m === null; p++) {
      CURL_USER.lastIndex = p;
      m = CURL_USER.exec(text);
    }
    if (m === null) continue;
    const start = m.index + m[0].length;
    const end = runEnd(text, start, (c) => c > 32, Math.min(text.length, start + 256));
    resume = end;
    if (isPlaceholderValue(text.slice(start, end))) continue;
    const raw = text.slice(start, end).replace(/^["'{]+|["'}]+$/g, "");
    const parts = raw.split(/["'{}]*:["'{}]*/);
    if (parts.length !== 2) continue;
    const [user = "", pass = ""] = parts;
    if (user === pass) continue;
    const good = (v: string): boolean => plausiblePassword(v, 6) && charClasses(v) >= 2 && !/[$%{}<>[\]]/.test(v.slice(0, 2));
    if (!(good(pass) || (pass === "" && good(user)))) continue;
    out.push(secret("curl-user", start, end, 0.85));
  }
}

const BUNDLER = /BUNDLE_[A-Z0-9_]{1,100}__[A-Z]{2,10}/y;
const BUNDLER_CHANNEL = literalChannel(["BUNDLE_"]);

/**
 * Bundler private-source credentials (`BUNDLE_GEMS__EXAMPLE__COM=user:password`).
 *
 * @example
 * ```ts
 * detectBundlerCredentials("export BUNDLE_GEMS__CONTRIBSYS__COM=cafebabe:deadbeef", out);
 * ```
 */
export function detectBundlerCredentials(text: string, out: Finding[], index = new TextIndex(text)): void {
  let resume = 0;
  for (const hit of index.literals(BUNDLER_CHANNEL)) {
    const at = literalStart(hit);
    if (at < resume) continue;
    BUNDLER.lastIndex = at;
    const m = BUNDLER.exec(text);
    if (m === null) continue;
    resume = at + m[0].length;
    const rest = /^\s{0,4}[:=]\s{0,4}["']?([A-Za-z0-9._~-]{2,128}):([^\s"';&]{3,128})/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 300));
    if (rest === null || !plausiblePassword(rest[2] ?? "", 3)) continue;
    const valueStart = m.index + m[0].length + rest[0].length - (rest[1]?.length ?? 0) - (rest[2]?.length ?? 0) - 1;
    out.push(secret("bundler-credentials", valueStart, m.index + m[0].length + rest[0].length, 0.9));
  }
}

/**
 * Credentials recognised by structure rather than prefix. Each has a short anchor and a
 * bounded full pattern that is matched only in a small window around the anchor, so the
 * full pattern never runs over the whole text. Anchors that are literals come from a literal
 * channel; the others from base64-like runs: a Discord token's first segment, the body after
 * a Telegram `:AA` or a Facebook `|` are long runs, and an anchor without such a run next to
 * it cannot start a match.
 */
interface Structural {
  readonly id: string;
  /** The anchor, sticky: checked where a candidate says it may be. */
  readonly anchor: RegExp;
  readonly back: number;
  readonly re: RegExp;
  readonly check?: (s: string) => boolean;
  /** Candidate anchor positions, ascending. */
  readonly candidates: (index: TextIndex) => readonly number[];
}

const STRUCTURAL_LITERALS = ["-us", "a3-", "v1.0-", ".atlasv1.", "q~", "nral", "_mmk", "jqqj99"];
const STRUCTURAL_CHANNEL = literalChannel(STRUCTURAL_LITERALS);

/** Anchor candidates from the structural literal channel: occurrences of one literal, shifted. */
const fromLiteral = (literal: string, shift = 0): ((index: TextIndex) => readonly number[]) => {
  const which = STRUCTURAL_LITERALS.indexOf(literal);
  return (index) => {
    // Most texts hold none: no array of their own then (this runs per string of a result).
    let out: number[] | undefined;
    for (const hit of index.literals(STRUCTURAL_CHANNEL)) if (literalIndex(hit) === which) (out ??= []).push(literalStart(hit) + shift);
    return out ?? NO_CANDIDATES;
  };
};

const NO_CANDIDATES: readonly number[] = [];

/** What stands between a Twilio account SID and its auth token: a comma or colon, quotes and spaces. */
const TWILIO_PAIR_GAP = /[0-9a-f]["'`]?[ \t]{0,3}[,:][ \t]{0,3}["'`]?$/;

/** Anchor candidates next to base64-like runs at least `min` long: `at(start, end)` or -1. */
const fromRuns =
  (min: number, at: (text: string, start: number, end: number) => number) =>
  (index: TextIndex): readonly number[] => {
    const runs = index.base64Runs();
    let out: number[] | undefined;
    for (let r = 0; r < runs.length; r += 2) {
      const s = runs[r] as number;
      const e = runs[r + 1] as number;
      if (e - s < min) continue;
      const a = at(index.text, s, e);
      if (a >= 0) (out ??= []).push(a);
    }
    return out ?? NO_CANDIDATES;
  };

const STRUCTURAL: readonly Structural[] = [
  {
    id: "discord-bot-token",
    anchor: /\.[A-Za-z\d_-]{6}\./y,
    back: 27,
    re: /[MNO][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,38}/g,
    candidates: fromRuns(24, (text, _s, e) => (text.charCodeAt(e) === 46 ? e : -1)),
  },
  {
    id: "telegram-bot-token",
    anchor: /:AA/y,
    back: 11,
    re: /\d{8,10}:AA[A-Za-z0-9_-]{33}/g,
    candidates: fromRuns(35, (text, s) => (s > 0 && text.charCodeAt(s - 1) === 58 ? s - 1 : -1)),
  },
  {
    id: "facebook-app-token",
    anchor: /\d\|/y,
    back: 16,
    // An app's id, a bar and its 27-character app token or its 32-character secret (gitleaks: 27 to 40).
    re: /\d{15,16}\|[A-Za-z0-9_-]{27,40}/g,
    candidates: fromRuns(27, (text, s) => (s > 1 && text.charCodeAt(s - 1) === 124 && isDigit(text.charCodeAt(s - 2)) ? s - 2 : -1)),
  },
  { id: "mailchimp-key", anchor: /-us\d/y, back: 33, re: /[0-9a-f]{32}-us\d{1,2}/g, candidates: fromLiteral("-us") },
  // Airtable personal access tokens: `pat`, a 14-character token id, a dot and 64 hex
  // characters. Anchored on the 64-character run after the dot: `pat` alone starts "path".
  {
    id: "airtable-token",
    anchor: /pat[A-Za-z0-9]{14}\./y,
    back: 0,
    re: /pat[A-Za-z0-9]{14}\.[a-f0-9]{64}/g,
    check: (s) => shannonEntropy(s) >= 3,
    candidates: fromRuns(64, (text, s, e) => (e - s === 64 && s >= 18 && text.charCodeAt(s - 1) === 46 ? s - 18 : -1)),
  },
  // Mailgun's account API keys: `key-` and 32 hex characters, one base64-like run of 36
  // (`key-` alone is in every kebab-case name).
  {
    id: "mailgun-key",
    anchor: /key-[a-f0-9]{32}/y,
    back: 0,
    re: /key-[a-f0-9]{32}/g,
    check: (s) => shannonEntropy(s.slice(4)) >= 3,
    candidates: fromRuns(36, (text, s, e) => (e - s === 36 && text.startsWith("key-", s) ? s : -1)),
  },
  // New Relic ingest licence keys: 36 hex characters and the suffix `NRAL`.
  { id: "newrelic-license-key", anchor: /NRAL/y, back: 36, re: /[0-9a-f]{36}NRAL/g, candidates: fromLiteral("nral", 0) },
  {
    id: "1password-secret-key",
    anchor: /A3-/y,
    back: 0,
    re: /A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}/g,
    candidates: fromLiteral("a3-"),
  },
  { id: "cloudflare-origin-ca-key", anchor: /v1\.0-/y, back: 0, re: /v1\.0-[a-f0-9]{24}-[a-f0-9]{146}/g, candidates: fromLiteral("v1.0-") },
  {
    id: "terraform-token",
    anchor: /\.atlasv1\./y,
    back: 14,
    re: /[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}/g,
    candidates: fromLiteral(".atlasv1."),
  },
  // MaxMind licence keys: a 6-character id, 29 characters and the suffix `_mmk`.
  { id: "maxmind-license-key", anchor: /_mmk/y, back: 36, re: /[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk/g, candidates: fromLiteral("_mmk") },
  // Azure DevOps personal access tokens (84 characters): Microsoft's signature `JQQJ99` at 52 and `AZDO` at 76.
  {
    id: "azure-devops-token",
    anchor: /JQQJ99/y,
    back: 52,
    re: /[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{18}AZDO[A-Za-z0-9]{4}/g,
    check: (s) => shannonEntropy(s) >= 4,
    candidates: fromLiteral("jqqj99"),
  },
  // Asana personal access tokens: a version, the user's id (and, in version 2, the token's id) and
  // 32 hex characters after a colon (`2/1203000000000000/1203000000000001:0f3a…`).
  {
    id: "asana-token",
    anchor: /:[0-9a-f]{32}/y,
    back: 42,
    re: /[12]\/\d{13,19}(?:\/\d{13,19})?:[0-9a-f]{32}/g,
    check: (s) => shannonEntropy(s.slice(-32)) >= 3,
    candidates: fromRuns(32, (text, s, e) => (e - s === 32 && text.charCodeAt(s - 1) === 58 && isDigit(text.charCodeAt(s - 2)) ? s - 1 : -1)),
  },
  // A Twilio auth token passed beside its account SID (`AC` and 32 hex digits): the client's two
  // arguments (`twilio('AC…', '…')`, `Client("AC…", "…")`) or a basic-auth pair (`AC…:…`). Under a
  // key's name the keyword rule finds it; here nothing names it but the SID before it.
  {
    id: "twilio-auth-token",
    anchor: /[0-9a-f]{32}/y,
    back: 44,
    re: /(?<=\bAC[0-9a-f]{32}["'`]?[ \t]{0,3}[,:][ \t]{0,3}["'`]?)[0-9a-f]{32}/g,
    check: (s) => shannonEntropy(s) >= 3,
    candidates: fromRuns(32, (text, s, e) => (e - s === 32 && TWILIO_PAIR_GAP.test(text.slice(Math.max(0, s - 8), s)) ? s : -1)),
  },
  {
    id: "azure-client-secret",
    anchor: /\dQ~/y,
    back: 4,
    re: /[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}/g,
    check: (s) => /\d/.test(s.slice(6)) && /[A-Z]/.test(s.slice(6)),
    candidates: fromLiteral("q~", -1),
  },
];

/**
 * Structural credentials (Discord, Telegram, Facebook app, Airtable, Mailgun, Mailchimp, New
 * Relic licence keys, 1Password, Cloudflare origin CA, Terraform, MaxMind, Azure DevOps, Asana,
 * Twilio auth tokens beside their account, Azure AD client secrets), checked for token boundaries on both sides.
 *
 * @example
 * ```ts
 * detectStructuralTokens("110201543:AAHdqTcvCH1vGWJxfSe1ofSAs0K5PALDsaw", out); // telegram
 * ```
 */
export function detectStructuralTokens(text: string, out: Finding[], index = new TextIndex(text)): void {
  for (const { id, anchor, back, re, check, candidates } of STRUCTURAL) {
    let resume = 0;
    let reported = 0;
    for (const a of candidates(index)) {
      if (a < resume) continue;
      anchor.lastIndex = a;
      if (!anchor.test(text)) continue;
      resume = anchor.lastIndex;
      const from = Math.max(reported, a - back);
      const window = text.slice(from, Math.min(text.length, a + 400));
      re.lastIndex = 0;
      for (let m = re.exec(window); m !== null; m = re.exec(window)) {
        const start = from + m.index;
        const end = start + m[0].length;
        if (start > a) break;
        const edge: CharTest = id === "azure-client-secret" ? (c) => isTokenChar(c) || c === 126 || c === 46 : isTokenChar;
        // Discord ids are base64 of a snowflake; a longer first segment may still end in one.
        // A Telegram token is most often seen in the Bot API's own URL: `api.telegram.org/bot<token>/getUpdates`.
        const botPath = id === "telegram-bot-token" && text.startsWith("/bot", start - 4);
        if ((before(text, start, edge) && id !== "discord-bot-token" && !botPath) || at(text, end, edge)) continue;
        if ((check !== undefined && !check(m[0])) || isPlaceholderValue(m[0])) continue;
        out.push(secret(id, start, end, 0.9));
        reported = end;
        resume = Math.max(resume, end);
        break;
      }
    }
  }
}

const QUOTE: CharTest = (c) => c === 34 || c === 39 || c === 96;
const QUOTED_MIN = 40;
const QUOTED_MAX = 512;

/**
 * Long quoted base64 strings with high entropy (detect-secrets' Base64HighEntropyString:
 * at least 4.5 bits per character), when no key names them as public or as an id. Low
 * confidence: JSON cursors and signatures look the same; raise `minConfidence.secrets`
 * above 0.55 to turn this off.
 *
 * The strings are `(["'\`])([A-Za-z0-9+/_-]{40,512}={0,2})\1`: a quote, a whole base64-like
 * run of 40-512 characters, at most two `=` and the same quote; they are read off the
 * index's runs, resuming after each closing quote like the global pattern did.
 *
 * @example
 * ```ts
 * detectHighEntropyStrings('"I6FwzQZFL9l-44nviI1F04OTmorMaVQf9GS4Oe07qxL_vNkW6CRas4Lo42vqJMT0M6riJfma_f-pTAuoX2U="', out);
 * ```
 */
export function detectHighEntropyStrings(text: string, out: Finding[], index = new TextIndex(text)): void {
  const runs = index.base64Runs();
  let resume = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const s = runs[r] as number;
    const e = runs[r + 1] as number;
    const open = s - 1;
    if (e - s < QUOTED_MIN || e - s > QUOTED_MAX || open < resume || !at(text, open, QUOTE)) continue;
    let pad = 0;
    while (pad < 3 && text.charCodeAt(e + pad) === 61) pad++;
    if (pad > 2 || text.charCodeAt(e + pad) !== text.charCodeAt(open)) continue;
    resume = e + pad + 1;
    const value = text.slice(s, e + pad);
    const material = keyMaterial(text, open, value);
    if (material === "public") continue;
    if (material !== undefined) {
      out.push(secret(material, s, s + value.length, 0.95));
      continue;
    }
    if (charClasses(value) < 3 || shannonEntropy(value) < 4.5 || isPlaceholderValue(value) || isSecretReference(value)) continue;
    // Identifiers made of words (`desktop-ProductsRemoteSearch`) are not random; nor is an
    // alphabet (`…-0123456789ABCDEFGH…`, an id generator's in minified code): eight characters
    // in ascending order come by chance about once in 3·10^12 places of a random string.
    if ((value.match(/[a-z]{6,}/g)?.length ?? 0) >= 2 || longestSequence(value) >= 8) continue;
    // Subresource-integrity digests (`sha512-…`) name content, they do not unlock anything;
    // nor do addresses and content ids whose base58 structure (checksum, multihash) holds.
    if (/^(?:sha(?:1|256|384|512)|md5)-/i.test(value) || encodesDocument(value) || isPublicBase58Identifier(value)) continue;
    const window = text.slice(Math.max(0, open - 96), open);
    const keyBefore = keyNamedBefore(window);
    // Pagination (`next_page`, `NextToken`, `continuation`, `marker`) says where a listing
    // resumes; an address or a wallet is where to pay, in base58 or hex; a file, an
    // attachment or an image is content carried as base64.
    if (
      /public|publishable|page|next-?_?token|continuation|marker|x5t|site-?_?key|^enc$|encrypted|ciphertext|address|wallet|file|attachment|image|logo|avatar|icon|thumbnail|photo|content|cache|sort-?_?key|partition|idempotency|(?:^|[_.-])id(?:[_.-]\d)?$|Id$|^reference$|nonce|hash|digest|checksum|integrity|sha\d*|md5|etag|cursor|signature|thumbprint|fingerprint/i.test(
        keyBefore,
      )
    )
      continue;
    if (/csrf|xsrf|authenticity/i.test(window.slice(-48))) continue;
    // reCAPTCHA's site key, passed to Google's script in the page (`grecaptcha.execute('6L…',
    // …)`, `grecaptcha.render(el, { sitekey: … })`): public by design, unlike its secret key.
    if (RECAPTCHA_CALL.test(window)) continue;
    out.push(secret("high-entropy-string", s, s + value.length, 0.55));
  }
}

/** A call of reCAPTCHA's script that takes the site key first, right before the value's quote. */
const RECAPTCHA_CALL = /grecaptcha(?:\.enterprise)?\.(?:execute|render|ready)\([ \t]{0,2}$/;

/**
 * The name a quoted value is given in the text before its opening quote: an assignment's key
 * (`"sha256": `, `digest = `), an XML setting's (`<add key="content_hash" value=`) or a
 * table row's first cell (`| cursor | `).
 */
function keyNamedBefore(window: string): string {
  return (
    /([A-Za-z_][\w.#:-]{0,40})["']\s{1,3}value\s?=\s?$/.exec(window)?.[1] ??
    // A named block's value: Kubernetes' `- name: JWT_PUBLIC_N` over `value: "…"`.
    /\bname:[ \t]{0,3}["']?([A-Za-z_][\w.-]{0,40})["']?[ \t]*\r?\n[ \t]{0,16}value:[ \t]{0,3}$/.exec(window)?.[1] ??
    /([A-Za-z_][\w.#-]{0,40})["']?\s{0,3}(?:=>|[:=|])\s{0,3}$/.exec(window)?.[1] ??
    ""
  );
}

/**
 * What a quoted base64 value is as key material: a JWK member (by the member name, inside an
 * object with `"kty"`) or an encoded key (DER, SSH blob). Public material comes back as
 * "public"; private material as the rule that reports it; anything else as undefined.
 */
function keyMaterial(text: string, open: number, value: string): "public" | "jwk-private-key" | "private-key" | undefined {
  const member = /"([A-Za-z0-9#]{1,8})"\s{0,3}:\s{0,3}$/.exec(text.slice(Math.max(0, open - 16), open))?.[1];
  const jwk = member === undefined ? undefined : jwkMember(text, member, open);
  if (jwk !== undefined) return jwk === "public" ? "public" : "jwk-private-key";
  const kind = classifyKeyBlob(value);
  return kind === undefined ? undefined : kind === "public" ? "public" : "private-key";
}

/** File signatures of binary content people embed as base64 (images, PDF, archives, fonts, protobuf descriptors aside). */
const MAGIC = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, docx, jar
  [0x1f, 0x8b], // gzip
  [0x52, 0x49, 0x46, 0x46], // RIFF: WebP, WAV
  [0x77, 0x4f, 0x46], // WOFF
  [0x00, 0x00, 0x01, 0x00], // ICO
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly (`\0asm`, a module inlined in a script)
  [0x4f, 0x67, 0x67, 0x53], // Ogg
  [0x49, 0x44, 0x33], // MP3 (ID3 tag)
  [0x37, 0x7a, 0xbc, 0xaf], // 7-Zip
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58, 0x5a], // xz
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xca, 0xfe, 0xba, 0xbe], // Java class
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], // SQLite
];
/** ISO media (MP4, MOV, HEIC, AVIF): the box type `ftyp` after a four-byte size. */
const FTYP = [0x66, 0x74, 0x79, 0x70];

/**
 * Whether a base64 string encodes a document rather than random key material: a known file
 * signature, or encoded JSON (a pagination cursor, a state blob). Other encoded text stays a
 * candidate: `user:password` in base64 is a credential.
 */
function encodesDocument(value: string): boolean {
  const bytes = Buffer.from(value.slice(0, 64), value.includes("-") || value.includes("_") ? "base64url" : "base64");
  if (bytes.length < 8) return false;
  if (MAGIC.some((m) => m.every((b, i) => bytes[i] === b)) || FTYP.every((b, i) => bytes[i + 4] === b)) return true;
  // Encoded JSON (pagination cursors, state blobs): printable, and opens like a JSON document.
  let printable = 0;
  for (const b of bytes) if ((b >= 32 && b < 127) || b === 9 || b === 10 || b === 13) printable++;
  const first = bytes.find((b) => b !== 32 && b !== 9 && b !== 10 && b !== 13);
  return printable === bytes.length && (first === 0x7b || first === 0x5b);
}

/** Re-exported for keyword-secrets.ts. */
export { secret as secretFinding, plausiblePassword, runStart, isHexChar };
