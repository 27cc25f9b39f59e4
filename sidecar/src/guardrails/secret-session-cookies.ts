/**
 * Session cookies in HTTP headers: the cookie of a `Cookie:` or `Set-Cookie:` header whose name
 * says it holds a session or a login (`connect.sid`, `PHPSESSID`, `JSESSIONID`, `session`,
 * `__Secure-next-auth.session-token`, `remember_token`). Whoever holds the value is logged in as
 * its user until it expires — a bearer credential as much as an `Authorization` header's.
 * Analytics and preference cookies (`_ga`, `theme`), anti-forgery tokens (`csrftoken`, which log
 * nobody in), cleared values (`deleted`) and placeholders are not reported.
 */
import { charClasses, isPlaceholderValue, shannonEntropy } from "./entropy.js";
import type { Finding } from "./finding.js";
import { secretFinding } from "./secret-detectors.js";
import { literalChannel, literalStart, TextIndex } from "./text-index.js";

const COOKIE_CHANNEL = literalChannel(["cookie:"]);
/** A header's name as a HAR (or any JSON capture) writes it: `{"name": "Cookie", "value": "…"}`. */
const JSON_NAME_CHANNEL = literalChannel(['cookie"']);
/** Before a JSON header name's value: its `"name":` member (and the opening quote, read apart). */
const NAME_MEMBER_BEFORE = /"name"[ \t]{0,3}:[ \t]{0,3}"(?:set-)?$/i;
/** After a JSON header's name: the `"value"` member beside it, up to its opening quote. */
const VALUE_MEMBER = /[ \t]*,[ \t\r\n]{0,40}"value"[ \t]{0,3}:[ \t]{0,3}"/y;

/** What may stand before a header's name on its line (besides its start): a quote, a brace, a comma, curl's `<` or `>`, a line break. */
const HEADER_MARKS: readonly number[] = [0x22, 0x27, 0x7b, 0x2c, 0x3c, 0x3e, 0x0a, 0x0d];
/** A cookie's name that says it holds a session or a login. */
const SESSION_NAME = /sess|(?:^|[._-])sid$|^sid$|auth|token|jwt|remember|login/i;
/** Anti-forgery cookies: their names say token, but they log nobody in. */
const ANTI_FORGERY = /csrf|xsrf/i;
/** A cookie's `name=value` pair, up to the next `;`, the line's end or a quote. */
const PAIR = /[ \t]*([!#$%&'*+.^_`|~0-9A-Za-z-]{1,80})=("?)([^;\s"\\]{1,4096})\2/y;

/** Whether a cookie's value looks like a session's: long, random, no placeholder. */
function sessionValue(value: string): boolean {
  return value.length >= 16 && !isPlaceholderValue(value) && charClasses(value) >= 2 && shannonEntropy(value) >= 3.3;
}

/**
 * The session cookies of the text's `Cookie:` and `Set-Cookie:` headers.
 *
 * @example
 * ```ts
 * detectSessionCookies("Cookie: theme=dark; PHPSESSID=9k2l3m4n5o6p7q8r9s0t1u2v", out); // the PHPSESSID value
 * ```
 */
export function detectSessionCookies(text: string, out: Finding[], index = new TextIndex(text)): void {
  for (const hit of index.literals(COOKIE_CHANNEL)) {
    const at = literalStart(hit);
    // `Cookie:` or `Set-Cookie:` as a header's name, not "the cookie: …" in prose: the name
    // starts its line, or follows a quote, a brace, a comma or curl's `<` / `>` marker.
    const nameStart = text.slice(Math.max(0, at - 4), at).toLowerCase() === "set-" ? at - 4 : at;
    if (!headerNameAt(text, nameStart)) continue;
    cookiePairs(text, at + "cookie:".length, out);
  }
  // A HAR's headers: `"name": "Cookie",` then `"value": "NW_SESSION=…; …"`.
  for (const hit of index.literals(JSON_NAME_CHANNEL)) {
    const at = literalStart(hit);
    if (!NAME_MEMBER_BEFORE.test(text.slice(Math.max(0, at - 24), at))) continue;
    VALUE_MEMBER.lastIndex = at + 'cookie"'.length;
    if (VALUE_MEMBER.exec(text) !== null) cookiePairs(text, VALUE_MEMBER.lastIndex, out);
  }
}

/** The session cookies of the `name=value; …` list from `i`. */
function cookiePairs(text: string, i: number, out: Finding[]): void {
  while (i < text.length) {
    PAIR.lastIndex = i;
    const m = PAIR.exec(text);
    if (m === null) break;
    const [whole, name = "", quote = "", value = ""] = m;
    if (SESSION_NAME.test(name) && !ANTI_FORGERY.test(name) && sessionValue(value)) {
      const start = i + whole.length - quote.length - value.length;
      out.push(secretFinding("session-cookie", start, start + value.length, 0.8));
    }
    i += whole.length;
    if (text.charCodeAt(i) !== 59) break;
    i++;
  }
}

/**
 * Whether a header's name starts at `at`: past the spaces and tabs before it, the line starts, or
 * a quote, a brace, a comma or curl's `<` / `>` stands. Read back only over those blanks, so a
 * long line of many "cookie:" words is not read again per word.
 */
function headerNameAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || HEADER_MARKS.includes(text.charCodeAt(i));
}
