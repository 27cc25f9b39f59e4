/**
 * Revoking a user's OAuth 2 tokens at their provider (RFC 7009): the refresh token, which
 * ends the grant, and the access token while it is still valid. Used by offboarding and by
 * every path that obtained tokens nobody may keep — a refresh or a connection that finished
 * after its subject was offboarded, or after its record was deleted.
 *
 * Problems name the server and the cause, never a value.
 */
import type { CompiledServerCredential } from "./credential-schema.js";
import { revokeToken, type RequestOptions } from "./oauth-client.js";
import type { VaultPayload } from "./vault.js";

/** What revoking did. */
export interface RevocationOutcome {
  /** Tokens the provider confirmed revoked. */
  readonly revoked: number;
  readonly problems: readonly string[];
}

/**
 * Revokes the tokens of `payload` at the provider of `server` (as the policy configures it).
 *
 * @example
 * ```ts
 * const { revoked, problems } = await revokeUserTokens(policy.credentials.get("jira"), "jira", entry.payload);
 * ```
 */
export async function revokeUserTokens(
  config: CompiledServerCredential | undefined,
  server: string,
  payload: VaultPayload,
  request?: RequestOptions,
): Promise<RevocationOutcome> {
  if (config?.type !== "oauth2-user" || !config.revocationUrl) {
    return {
      revoked: 0,
      problems: [`server '${server}': its provider offers no revocation (no revocationUrl in the policy); the tokens were deleted and expire on their own`],
    };
  }
  const problems: string[] = [];
  let revoked = 0;
  // Both at once: a provider that hangs costs one request deadline, not two.
  await Promise.all(
    revocationTargets(payload).map(async ([token, hint]) => {
      try {
        await revokeToken(config.revocationUrl!, config.oauth, token, hint, request);
        revoked++;
      } catch (err) {
        problems.push(`server '${server}': revoking the ${hint.replace("_", " ")} failed (${(err as Error).message})`);
      }
    }),
  );
  return { revoked, problems };
}

/**
 * The tokens of `payload` worth revoking: the refresh token, and the access token while it
 * is still valid (empty: nothing a provider could still honour).
 *
 * @example
 * ```ts
 * if (revocationTargets(entry.payload).length === 0) return; // nothing to revoke
 * ```
 */
export function revocationTargets(payload: VaultPayload): [string, "refresh_token" | "access_token"][] {
  const targets: [string, "refresh_token" | "access_token"][] = [];
  if (payload.refreshToken) targets.push([payload.refreshToken, "refresh_token"]);
  if (payload.expiresAtMs === 0 || payload.expiresAtMs > Date.now()) targets.push([payload.secret, "access_token"]);
  return targets;
}
