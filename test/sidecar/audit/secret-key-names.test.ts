/**
 * Which argument keys the audit trail masks by name. The answers are remembered per key (every
 * audited call asks for each of its keys), so these also check that a remembered answer is the
 * one worked out, for keys asked again after the memo has started over, and for keys too long
 * to remember.
 */
import { describe, expect, it } from "vitest";
import { isSecretKeyName } from "../../../sidecar/src/audit/secret-key-names.js";

const SECRET = ["password", "db_password", "aws_secret_access_key", "X-Api-Key", "X-Auth-Token", "privKey", "session_cookie", "HTTPAuthToken", "clientSecret"];
const PLAIN = ["max_tokens", "token_count", "key", "keyword", "project", "summary", "issue_key", "customerId"];

describe("isSecretKeyName", () => {
  it("reads a key's words: secrets by name, look-alikes left readable", () => {
    for (const key of SECRET) expect(isSecretKeyName(key), key).toBe(true);
    for (const key of PLAIN) expect(isSecretKeyName(key), key).toBe(false);
  });

  it("answers the same when asked again, also after many other keys", () => {
    for (let round = 0; round < 3; round++) {
      for (const key of SECRET) expect(isSecretKeyName(key), key).toBe(true);
      for (const key of PLAIN) expect(isSecretKeyName(key), key).toBe(false);
      // More distinct keys than the memo holds, half of them secrets' names.
      for (let i = 0; i < 5000; i++) {
        expect(isSecretKeyName(`field_${round}_${i}`)).toBe(false);
        expect(isSecretKeyName(`api_key_${round}_${i}`)).toBe(true);
      }
    }
  });

  it("reads a long key as a short one", () => {
    const long = `${"x".repeat(300)}_password`;
    expect(isSecretKeyName(long)).toBe(true);
    expect(isSecretKeyName(long)).toBe(true);
    expect(isSecretKeyName(`${"x".repeat(300)}_name`)).toBe(false);
  });
});
