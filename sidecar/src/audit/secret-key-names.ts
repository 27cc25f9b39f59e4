/**
 * Whether an argument's key says it holds a secret, whatever the tool: `password`,
 * `db_password`, `aws_secret_access_key`, `X-Api-Key`, `X-Auth-Token`, `privKey`,
 * `session_cookie`. The key is read as words (split at `_`, `-`, `.`, spaces and camelCase), so
 * a secret's word anywhere in it counts — not only a key that is nothing else — while the words
 * that only look alike stay readable in the trail: a model's `max_tokens` or `token_count`, a
 * Jira issue's `key`, a `keyword`.
 */

/** Words that make a key a secret's wherever they stand. */
const SECRET_WORDS = new Set([
  "password",
  "passwords",
  "passwd",
  "passphrase",
  "pwd",
  "secret",
  "secrets",
  "credential",
  "credentials",
  "creds",
  "cookie",
  "cookies",
  "authorization",
  "apikey",
  "apikeys",
  "privatekey",
  "jwt",
  "otp",
  "pin",
  "cvv",
  "cvc",
]);

/** `token(s)` names a count or a limit beside these words (`max_tokens`, `token_count`), not a credential. */
const TOKEN_MEASURES = new Set([
  "count",
  "counts",
  "limit",
  "limits",
  "max",
  "min",
  "usage",
  "used",
  "budget",
  "total",
  "input",
  "output",
  "prompt",
  "completion",
  "completions",
  "estimate",
  "estimated",
  "num",
  "number",
  "remaining",
  "per",
  "type",
  "types",
  "len",
  "length",
  "size",
]);

/** A `key` after one of these words is a credential (`api_key`, `privKey`), not an identifier. */
const KEY_KINDS = new Set([
  "api",
  "access",
  "secret",
  "private",
  "priv",
  "signing",
  "encryption",
  "client",
  "master",
  "auth",
  "ssh",
  "license",
  "account",
  "storage",
  "subscription",
  "consumer",
  "app",
  "session",
]);

/** Whole keys (with `-` and `_` removed) that hold a secret: the single-word ones and their fused forms. */
const SECRET_KEY =
  /^(?:pass(?:word|wd|phrase)?|(?:client)?secret|(?:access|refresh|id|auth|bearer|api|session|csrf)?token|apikey|authorization|auth|credentials?|privatekey|cookie|setcookie|otp|pin|cvv|cvc)$/i;

/** A key's words, lower case: `X-Api-Key` → x, api, key; `privKey` → priv, key; `HTTPAuthToken` → http, auth, token. */
function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

/**
 * Whether the value under `key` is a secret by the key's name alone.
 *
 * @example
 * ```ts
 * isSecretKeyName("aws_secret_access_key"); // true
 * isSecretKeyName("max_tokens");            // false
 * ```
 */
export function isSecretKeyName(key: string): boolean {
  // Every audited call asks this for each of its argument keys, and a tool's keys repeat from
  // call to call: reading the words (three regular expressions) was ~5 % of an Authorize's CPU.
  if (key.length > MEMO_KEY_LENGTH) return readSecretKeyName(key);
  const known = answers.get(key);
  if (known !== undefined) return known;
  const answer = readSecretKeyName(key);
  // Keys are caller-chosen: the memo starts over rather than grow without bound.
  if (answers.size >= MEMO_LIMIT) answers.clear();
  answers.set(key, answer);
  return answer;
}

/** How many keys {@link isSecretKeyName} remembers before it starts over, and how long a key it remembers (at most ~1 MB held). */
const MEMO_LIMIT = 4096;
const MEMO_KEY_LENGTH = 128;
const answers = new Map<string, boolean>();

function readSecretKeyName(key: string): boolean {
  if (SECRET_KEY.test(key.replace(/[-_]/g, ""))) return true;
  const words = keyWords(key);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (SECRET_WORDS.has(word)) return true;
    if ((word === "token" || word === "tokens") && !words.some((w) => TOKEN_MEASURES.has(w))) return true;
    if ((word === "key" || word === "keys") && i > 0 && KEY_KINDS.has(words[i - 1]!)) return true;
  }
  return false;
}
