/**
 * Secrets passed by position to the SDK constructors that take an identifier and a secret:
 * `twilio(accountSid, authToken)` (and `new Twilio(…)`, and Twilio's `Client(…)` where its first
 * argument is an account or API key SID), Mailjet's `apiConnect(key, secret)`, Plivo's
 * `Client(authId, authToken)`. No key name is written; the call's signature says which argument
 * is the secret. The identifier (first argument) is not. Not `algoliasearch(appId, key)`: its
 * search-only keys are public by design (Algolia puts them in web pages) and have the admin
 * key's shape.
 */
import type { Finding } from "./finding.js";
import { secretFinding } from "./secret-detectors.js";
import { plausibleSecretValue } from "./secret-values.js";
import { literalChannel, literalIndex, literalStart, TextIndex } from "./text-index.js";

/** The constructors, each with its opening parenthesis. */
const CALLS = ["twilio(", "client(", "apiconnect(", "restclient("] as const;
const CHANNEL = literalChannel(CALLS);
const CLIENT = CALLS.indexOf("client(");
const REST_CLIENT = CALLS.indexOf("restclient(");

/** Two string arguments: the identifier and the secret (single, double or back quotes). */
const TWO_STRINGS = /[ \t\r\n]{0,8}(["'`])([^"'`\s]{1,128})\1[ \t\r\n]{0,8},[ \t\r\n]{0,8}(["'`])([^"'`\s]{1,256})\3/y;
/** A Twilio SID as the first argument: account (`AC`) or API key (`SK`). */
const TWILIO_SID = /^(?:AC|SK)[0-9a-f]{32}$/;
/** A Plivo auth ID: `MA` or `SA` and 18 capitals and digits. */
const PLIVO_AUTH_ID = /^[MS]A[A-Z0-9]{18}$/;

/**
 * The secret arguments of SDK constructors called with literal credentials.
 *
 * @example
 * ```ts
 * detectClientConstructorSecrets("twilio('SK3f9a1c7e5b2d8046a1c3e5f7092b4d6e', 'Rk2vQm8xTz4pLw7nYb3cHs5dFg9jKe1a')", out);
 * ```
 */
export function detectClientConstructorSecrets(text: string, out: Finding[], index = new TextIndex(text)): void {
  for (const hit of index.literals(CHANNEL)) {
    const at = literalStart(hit);
    const literal = literalIndex(hit);
    const end = at + (CALLS[literal] ?? "").length;
    // A name of its own (`algoliasearch(`, `.twilio(`, `new Twilio(`), not the tail of another (`myclient(`).
    const prev = text.charCodeAt(at - 1);
    if (at > 0 && ((prev >= 48 && prev <= 57) || (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122) || prev === 95)) continue;
    TWO_STRINGS.lastIndex = end;
    const m = TWO_STRINGS.exec(text);
    if (m === null) continue;
    const id = m[2] ?? "";
    const secret = m[4] ?? "";
    // A bare `Client(`/`RestClient(` is anyone's: only Twilio's (a SID first) or Plivo's (an auth ID first).
    if ((literal === CLIENT || literal === REST_CLIENT) && !TWILIO_SID.test(id) && !PLIVO_AUTH_ID.test(id)) continue;
    if (plausibleSecretValue(secret, "token", true) === 0) continue;
    const start = TWO_STRINGS.lastIndex - 1 - secret.length;
    out.push(secretFinding("client-constructor", start, start + secret.length, 0.85));
  }
}
