/**
 * Whether a value under a credential's name looks like the credential: not a placeholder, a
 * variable, a host name, a version, code, a path, a digest, a date or a type's name. Shared by
 * the keyword rule and the rules that read passwords from labels, tables and commands.
 */
import { charClasses, isPlaceholderValue, shannonEntropy } from "./entropy.js";
import { isSecretReference } from "./secret-references.js";

/** What a key names: a password (a person chose it) or a token (a machine issued it). */
export type Family = "password" | "token";

const HOSTLIKE =
  /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?$|:\/\/|^\.{0,2}\/|^[\w.+-]+@[\w-]+\.[\w.]+$|\.(?:pem|p12|pfx|cer|crt|key|json|ya?ml|txt|png|jpe?g|gif|svg|keytab|jks|html?|xml|env)$/i;
/**
 * A memorable password: capitalised words joined by a dot or a sign, and a number
 * (`Welle.Kogge72`, `Mast-Leuchtturm9741`). Read as a property path (`Config.Db2`) it would be
 * code; code names its members with no trailing two-digit number.
 */
const MEMORABLE_PASSWORD = /^[A-Z][a-z]{2,}(?:[.!#+_-][A-Z][a-z]{2,}){1,3}\d{2,4}[!#?.]?$/;
const VERSIONLIKE = /^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/;
/**
 * Code that reads a secret rather than holding one: os.environ["X"], process.env.X, getenv("X"),
 * config.get(…). A function's name has three characters or more: a random key may hold a
 * parenthesis two characters in (Django's `k9(2zi)d+@…`).
 */
const CODELIKE = /^[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)+(?:[([].*)?$|^[A-Za-z_$][\w$]{2,}[([].*[)\]]?$/;
/**
 * A part no one names code with: 20 or more letters and digits with both cases and digits
 * strewn through it, as a token's random body after its prefix (`hvs.CAESIJlV3gxS5c9tX…`,
 * `x7Gk2PqL9mWnRt.atlasv1.Zk8v…`), where a property path's parts are words.
 */
const RANDOM_PART = /(?:^|[.:>])(?=[A-Za-z0-9]{20})(?=(?:[A-Za-z]*\d){4})(?=[a-z0-9]*[A-Z])(?=[A-Z0-9]*[a-z])[A-Za-z0-9]{20,}(?![\w$])/;
const IDENTIFIERLIKE = /^[A-Za-z]+(?:[_\-. :][A-Za-z]+|[_\-. :]\d{1,3})*$/;
/** A constant's name, with what closes the expression around it: `ACCESS_TOKEN},`, `API_KEY)`. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+[)\]},;]*$/;
/** A namespaced name (a cache key, a URN, a topic): render:v3:c2721d…, urn:isbn:…. */
const NAMESPACED = /^[A-Za-z][\w-]*:[A-Za-z][\w-]*:[^\s:]+$/;
/** A lookup key with a record's number (`product:98705`, `user:4412:profile`): what a cache or a queue is asked for, not a credential. */
const RECORD_KEY = /^[a-z][a-z_-]{2,30}(?::[a-z][\w-]{0,30})*:\d{1,20}(?::[a-z][\w-]{0,30})*$/;
/** A relative path to a file (an object key, an archive): exports/2024/10/orders-bd2d.csv.gz. */
const FILE_PATH = /^[\w.-]+(?:\/[\w.-]+)+\.[A-Za-z][A-Za-z0-9]{0,4}$/;
/** Ciphertext in an envelope that says so: SOPS (ENC[AES256_GCM,data:…]), Ansible Vault, Spring Cloud Config ({cipher}…), Jasypt (ENC(…)). */
/**
 * A digest written with its algorithm (`sha256:9f86d0…`, `md5=5d41…`, `sha512-…` base64 as in
 * SRI), or in Go's and Terraform's hash formats: `h1:` and base64 of a SHA-256 (go.sum, a
 * provider lock file), `zh:` and its hex.
 */
const ALGORITHM_DIGEST =
  /^(?:(?:sha(?:1|224|256|384|512)|sha3-(?:224|256|384|512)|md5|blake2[bs]|blake3)[:=-](?:[0-9a-fA-F]{32,128}|[A-Za-z0-9+/]{40,88}={0,2})|h1:[A-Za-z0-9+/]{43}=|zh:[0-9a-f]{64})$/i;
/** A product or licence key's groups (MTNNG-RV8LK-DGDHS-SZ0U1-KQRKK): a licence, not an access credential. */
const PRODUCT_KEY = /^[A-Z0-9]{4,5}(?:-[A-Z0-9]{4,5}){3,5}$/;
/**
 * A Twilio account SID (`AC` and 32 hex digits, Twilio's Account resource): it names the
 * account, an identifier, not the credential, even under a name such as `TWILIO_ACCOUNT_KEY`.
 * An API key's SID (`SK…`) is weighed by the name it is under (keyword-secrets.ts).
 */
const TWILIO_SID = /^AC[0-9a-fA-F]{32}$/;
/** Words and a digest (node-cache-Linux-x64-npm-49f1c1…): a cache key or an artifact's name. */
const DIGEST_NAMED = /^(?:[A-Za-z][\w.]*-){2,}[0-9a-f]{32,}$/;
/**
 * A webhook's timestamped signature (Stripe's and Svix's `t=1735836452,v1=8f3e…`): an HMAC of
 * one request's body at one time, which proves that request and opens nothing, under whatever
 * header a log or a capture puts it.
 */
const TIMESTAMPED_SIGNATURE = /^t=\d{9,11}(?:,v\d=[0-9a-f]{32,128}){1,3}$/;
const ENCRYPTED_ENVELOPE = /^(?:ENC\[[A-Z0-9_]+,|\$ANSIBLE_VAULT;|\{cipher\}|ENC\()/;
/** A YAML tag that says what follows instead of being the value: `!vault |` (Ansible), `!Ref`, `!encrypted/pkcs1-oaep`. */
const YAML_TAG = /^![A-Za-z][\w/.-]*$/;
/**
 * A stored password hash, named by its algorithm: modular crypt (`$2b$12$…` bcrypt, `$6$…`
 * SHA-512 crypt, `$apr1$`, `$argon2id$`, `$scrypt$`, `$y$` yescrypt), Django's and
 * Passlib's `pbkdf2_sha256$…`, LDAP's `{SSHA}…`, PostgreSQL's SCRAM verifier
 * (`SCRAM-SHA-256$4096:salt$StoredKey:ServerKey`). A hash is what a server keeps instead of
 * the password; it does not log anyone in.
 */
const PASSWORD_HASH =
  /^(?:\$(?:2[abxy]?|1|5|6|7|y|gy|apr1|md5|sha1|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d{1,3})?)\$[^\s$]{1,200}\$|(?:pbkdf2_sha\d{1,3}|bcrypt(?:_sha256)?|argon2|scrypt|sha1|md5|unsalted_md5|unsalted_sha1|crypt)\$[^\s$]{1,200}\$|\{(?:SSHA|SHA|SSHA256|SSHA512|SHA256|SHA512|SMD5|MD5|CRYPT|PBKDF2[\w-]{0,20}|ARGON2)\}|SCRAM-SHA-(?:1|256|512)\$\d{1,7}:[A-Za-z0-9+/]{8,}={0,2}\$)/i;

/**
 * Words of a sentence that describes or asks for a password ("at least 14 characters, one
 * digit", "a passphrase of four random words", "enter your password"), or a list's comma: a
 * passphrase is words picked at random, not a rule or an instruction.
 */
const DESCRIBES_A_PASSWORD =
  /,\s|\b(?:enter|your|the|must|should|please|at least|min|max|minimum|maximum|chars?|characters?|digits?|numbers?|upper(?:case)?|lower(?:case)?|symbols?|special|words?|letters?|contains?|requires?|required|including|length)\b/i;

/** A PowerShell command's name, by its approved verb (`$pw = ConvertTo-SecureString …`, `Get-Secret`). */
const CMDLET =
  /^(?:Get|Set|New|Remove|Add|Clear|ConvertTo|ConvertFrom|Convert|Read|Write|Invoke|Import|Export|Start|Stop|Test|Out|Select|Update|Find|Install|Enable|Disable|Register|Unregister|Resolve|Protect|Unprotect|Request|Grant|Revoke|Reset|Join|Connect)-[A-Z][A-Za-z]+$/;
/** A date or a timestamp (ISO 8601): when, not what. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Words joined by slashes (`aws/prod-readonly`, `vault/secret/data/app`): a path or a role's name. */
const WORD_PATH = /^[A-Za-z][A-Za-z_-]*(?:\/[A-Za-z][A-Za-z_-]*)+$/;
/** Capitalised words and numbers run together (`Base64Text`, `Sha256Digest`): a type's or a class's name. */
const CAMEL_WORDS = /^(?=(?:.*[A-Z][a-z]{2,}){2})(?:[A-Z][a-z]{2,}|\d{1,4})+$/;

/**
 * Base64 of random bytes that happens to start with `/` (one value in 64 does): a key, not a
 * path, when it is long, dense and has few slashes (`/6DPCP88q3uuUDdswn8ocRv5GaufW49sDGpK8TDagbw=`).
 */
function randomBase64(value: string): boolean {
  if (value.length < 32 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const slashes = value.split("/").length - 1;
  return slashes * 8 <= value.length && shannonEntropy(value) >= 4.2;
}

/** Whether a value assigned to a credential key looks like a real credential. */
export function plausibleSecretValue(value: string, family: Family, quoted: boolean): number {
  const min = family === "password" ? 6 : 10;
  if (value.length < min || value.length > 1024) return 0;
  if (
    isPlaceholderValue(value) ||
    (HOSTLIKE.test(value) && !randomBase64(value)) ||
    VERSIONLIKE.test(value) ||
    (CODELIKE.test(value) && !RANDOM_PART.test(value) && !(family === "password" && MEMORABLE_PASSWORD.test(value))) ||
    isSecretReference(value)
  )
    return 0;
  if (CONSTANT_NAME.test(value) || NAMESPACED.test(value) || FILE_PATH.test(value) || ENCRYPTED_ENVELOPE.test(value) || YAML_TAG.test(value)) return 0;
  if (PRODUCT_KEY.test(value) || DIGEST_NAMED.test(value) || PASSWORD_HASH.test(value) || ALGORITHM_DIGEST.test(value) || TWILIO_SID.test(value)) return 0;
  if (TIMESTAMPED_SIGNATURE.test(value)) return 0;
  // An object or a list opens here (`"password": {"min_length": 12}`): settings, not a value;
  // a subexpression computes one (`-Password (ConvertTo-SecureString …)`, `$(vault read …)`).
  if (/^[{[][\s"'{[]/.test(value) || (!quoted && /^\$?\(/.test(value))) return 0;
  if (DATE_TIME.test(value) || WORD_PATH.test(value) || /^[\w.+-]+@$/.test(value) || (!quoted && CMDLET.test(value))) return 0;
  // A word and a colon is the next label ("Password requirements:", "the new password is below:").
  if (!quoted && /^[A-Za-z][a-z]+:$/.test(value)) return 0;
  if (family === "token" && (CAMEL_WORDS.test(value) || RECORD_KEY.test(value))) return 0;
  if ((/^\d+$/.test(value) && value.length < 16) || !/[A-Za-z0-9]/.test(value)) return 0;
  if (/^(?:true|false|null|none|undefined|nil|required|optional|string|secret|password|token)$/i.test(value)) return 0;
  const entropy = shannonEntropy(value);
  if (value.includes(" ")) {
    if (family === "password" && randomLetters(value)) return 0.7;
    return family === "password" && quoted && value.length >= 8 && !DESCRIBES_A_PASSWORD.test(value) ? 0.6 : 0;
  }
  if (IDENTIFIERLIKE.test(value)) {
    const shaped = /\d/.test(value) || (/[a-z]/.test(value) && /[A-Z]/.test(value) && !/^[A-Z]?[a-z]+(?:[A-Z][a-z]+)*$/.test(value));
    if (family === "password" && randomLetters(value)) return 0.7;
    return family === "password" && value.length >= 8 && shaped && entropy >= 3 ? 0.6 : 0;
  }
  if (family === "password") return charClasses(value) >= 2 || entropy >= 3 ? 0.8 : 0;
  if (charClasses(value) < 2 || (entropy < 3 && !(value.length >= 16 && entropy >= 2.7))) return 0;
  return 0.8;
}

/**
 * Whether a password of lower-case letters alone was drawn at random rather than written: an
 * app password (Google's and Microsoft's are sixteen lower-case letters, shown in four groups of
 * four with spaces; Apple's app-specific passwords the same with hyphens) reads as no word — few vowels, long runs of consonants — where a placeholder or a
 * passphrase (`changemeplease`, `correcthorsebattery`) reads as words.
 *
 * @example
 * ```ts
 * randomLetters("qmfpkcjhohymnecb"); // true
 * randomLetters("qmfp-kcjh-ohym-necb"); // true (Apple's groups)
 * randomLetters("supersecretpassword"); // false
 * ```
 */
export function randomLetters(value: string): boolean {
  const letters = value.replace(/[ -]/g, "");
  if (!/^[a-z]{12,64}$/.test(letters) || (value !== letters && !/^[a-z]{4}(?:( |-)[a-z]{4})(?:\1[a-z]{4}){2}$/.test(value))) return false;
  const vowels = letters.replace(/[^aeiouy]/g, "").length;
  return vowels / letters.length <= 0.25 && /[^aeiouy]{4}/.test(letters);
}

/**
 * Whether a value read from prose looks chosen as a password: one token of 8 to 64
 * characters mixing at least three character classes (or two, long and dense), and no word
 * with a number stuck on (`Argon2id`, `Windows11`).
 */
export function chosenPassword(value: string): boolean {
  if (value.length < 8 || value.length > 64 || /\s/.test(value) || WORD_AND_NUMBER.test(value)) return false;
  const classes = charClasses(value);
  return classes >= 3 || (classes === 2 && value.length >= 12 && /\d/.test(value) && shannonEntropy(value) >= 3.5);
}

/** A word (or two, camel-cased) with a number and a short suffix: a name, not a password. */
const WORD_AND_NUMBER = /^[A-Za-z][a-z]+(?:[A-Z][a-z]+)?\d{1,4}[a-z]{0,3}$/;
