/**
 * Credentials in the forms login protocols and password dumps write them, with no key name
 * and no vendor prefix: the base64 of an SMTP, IMAP or POP3 `AUTH PLAIN` exchange (RFC 4616:
 * `\0user\0password`, decoded to confirm), and the NT hash of a Windows password dump's line
 * (pwdump, secretsdump: `user:rid:lmhash:nthash:::`), which logs in as the password does
 * (pass-the-hash).
 *
 * Each form has a literal anchor in the text index's one pass and a read of its own line.
 */
import type { Finding } from "./finding.js";
import { plausiblePassword, secretFinding } from "./secret-detectors.js";
import { literalChannel, literalIndex, literalStart, TextIndex } from "./text-index.js";

const ANCHORS = ["auth plain", ":::"] as const;
const ANCHOR_CHANNEL = literalChannel([...ANCHORS]);
const AUTH_PLAIN = ANCHORS.indexOf("auth plain");

/** The exchange's argument after `AUTH PLAIN` (SASL PLAIN's initial response, base64). */
const PLAIN_ARGUMENT = /^auth[ \t]{1,3}plain[ \t]{1,3}([A-Za-z0-9+/]{12,512}={0,2})(?![\w+/=])/i;
/** A dump's line up to its `:::` end: account, relative id, LM hash, NT hash. */
const DUMP_LINE = /(?:^|\n)[ \t]*[^\s:]{1,64}:\d{1,10}:[0-9a-fA-F]{32}:([0-9a-fA-F]{32}):::$/;
/** The NT hash of the empty password: every dump lists it for accounts without one; it opens nothing. */
const EMPTY_NT_HASH = "31d6cfe0d16ae931b73c59d7e0c089c0";

/** Whether `blob` decodes to SASL PLAIN's `authzid\0authcid\0password` with a password in it. */
function isPlainCredential(blob: string): boolean {
  if (blob.length % 4 !== 0) return false;
  const parts = Buffer.from(blob, "base64").toString("latin1").split("\0");
  return parts.length === 3 && (parts[1] ?? "") !== "" && plausiblePassword(parts[2] ?? "", 4);
}

/**
 * An `AUTH PLAIN` exchange's credential and a password dump's NT hashes.
 *
 * @example
 * ```ts
 * detectLoginForms("C: AUTH PLAIN AGFsaWNlAHMzY3JldC1QYXNz", out); // the base64
 * detectLoginForms("alice:1104:aad3b435b51404eeaad3b435b51404ee:8846f7eaee8fb117ad06bdd830b7586c:::", out); // the NT hash
 * ```
 */
export function detectLoginForms(text: string, out: Finding[], index = new TextIndex(text)): void {
  let resume = 0;
  for (const hit of index.literals(ANCHOR_CHANNEL)) {
    const at = literalStart(hit);
    if (at < resume) continue;
    if (literalIndex(hit) === AUTH_PLAIN) {
      const m = PLAIN_ARGUMENT.exec(text.slice(at, at + 560));
      const blob = m?.[1];
      if (m === null || blob === undefined || !isPlainCredential(blob)) continue;
      const start = at + m[0].length - blob.length;
      out.push(secretFinding("auth-plain", start, start + blob.length, 0.9));
      resume = start + blob.length;
      continue;
    }
    // The line that ends at this `:::` (a dump's line is short: 200 characters back at most).
    const m = DUMP_LINE.exec(text.slice(Math.max(0, at - 200), at + 3));
    const hash = m?.[1];
    resume = at + 3;
    if (hash === undefined || hash.toLowerCase() === EMPTY_NT_HASH) continue;
    out.push(secretFinding("nt-hash", at - 32, at, 0.85));
  }
}
