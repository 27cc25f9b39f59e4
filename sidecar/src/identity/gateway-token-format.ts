/**
 * The shape of gateway tokens: `pcl_` (a person's personal access token) or `pcla_` (a
 * service agent's token), then 43 random base62 characters — 256 bits, and a form that
 * Portcullis's own secret scanner (rule `portcullis-token`) and other scanners recognise.
 */
import { randomBytes } from "node:crypto";

/** Who holds a gateway token. */
export type GatewayTokenKind = "human" | "agent";

/** The prefix of each kind. */
export const TOKEN_PREFIX: Readonly<Record<GatewayTokenKind, string>> = { human: "pcl_", agent: "pcla_" };

/** Random characters after the prefix (43 × log2(62) ≈ 256 bits). */
export const TOKEN_BODY_LENGTH = 43;

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/**
 * Uniformly random base62 text (rejection sampling: a byte ≥ 248 would bias the low digits).
 *
 * @example
 * ```ts
 * randomBase62(12); // "4fGq0ZbT9aKx"
 * ```
 */
export function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248) out += BASE62[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

/**
 * A new gateway token of a kind. Shown once to whoever issued it, then known only by its hash.
 *
 * @example
 * ```ts
 * newGatewayToken("agent"); // "pcla_…" (48 characters)
 * ```
 */
export function newGatewayToken(kind: GatewayTokenKind): string {
  return TOKEN_PREFIX[kind] + randomBase62(TOKEN_BODY_LENGTH);
}

/**
 * A new token id (`tok_` + 12 base62 characters): names a token in lists, logs and admin
 * commands, and is useless to authenticate.
 *
 * @example
 * ```ts
 * newTokenId(); // "tok_8Hq2LmZ0aP4c"
 * ```
 */
export function newTokenId(): string {
  return `tok_${randomBase62(12)}`;
}

/**
 * The token's first 8 characters and an ellipsis, to recognise it in a list (`pcl_AbC1…`);
 * at most 4 random characters of 43, never enough to use it.
 *
 * @example
 * ```ts
 * tokenHint("pcl_AbC1xyz…"); // "pcl_AbC1…"
 * ```
 */
export function tokenHint(token: string): string {
  return `${token.slice(0, 8)}…`;
}
