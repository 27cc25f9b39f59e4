/**
 * Static tokens: subjects listed in the policy with the SHA-256 of their token.
 *
 * The sidecar never keeps a token in clear. A presented token is hashed and the hash looked
 * up in a map. Comparing hashes this way is safe against timing attacks: what a timing
 * difference could reveal is a prefix of a SHA-256 digest, which says nothing usable about
 * any token (the approach of GitHub's and GitLab's token stores).
 */
import { hash } from "node:crypto";
import type { CompiledPolicy, Principal } from "../policy/index.js";

/**
 * Hashes a token the way the policy lists it (`tokenSha256`).
 *
 * @example
 * ```ts
 * hashToken("s3cret"); // "0e6d…" (64 hex characters)
 * ```
 */
export function hashToken(token: string): string {
  return hash("sha256", token, "hex");
}

/**
 * Resolves a presented token to the principal it belongs to, or undefined.
 *
 * @example
 * ```ts
 * const principal = resolveStaticToken(policy, request.token);
 * ```
 */
export function resolveStaticToken(policy: CompiledPolicy, token: string): Principal | undefined {
  if (token === "") return undefined;
  return policy.principalsByTokenHash.get(hashToken(token));
}
