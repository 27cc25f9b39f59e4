/**
 * The vault's part of offboarding a subject: every record of the subject is deleted, and
 * the OAuth tokens of its connected accounts are revoked at each provider that offers RFC
 * 7009 revocation — the refresh token (which ends the grant) and the access token while it
 * is still valid. Exchanged tokens this replica holds for the subject are forgotten.
 *
 * Deletion never waits on a provider: a revocation that fails is reported as a problem and
 * the record is deleted regardless, so nothing of the subject is served again. Problems name
 * servers and causes, never values.
 */
import type { CompiledPolicy } from "../policy/index.js";
import type { CredentialOffboarding, CredentialOffboardOutcome } from "./index.js";
import { revokeToken, type RequestOptions } from "./oauth-client.js";
import type { TokenCache } from "./token-cache.js";
import type { Vault, VaultEntry } from "./vault.js";

/** What offboarding needs. */
export interface OffboardingParts {
  readonly vault: Vault | undefined;
  readonly tokens: TokenCache;
  readonly policies: { readonly current: CompiledPolicy };
  readonly request?: RequestOptions | undefined;
}

/**
 * Offboards subjects from the vault.
 *
 * @example
 * ```ts
 * const outcome = await new VaultOffboarding({ vault, tokens, policies }).offboard("contractor");
 * outcome.deleted; // 2
 * ```
 */
export class VaultOffboarding implements CredentialOffboarding {
  readonly #parts: OffboardingParts;

  constructor(parts: OffboardingParts) {
    this.#parts = parts;
  }

  async offboard(subject: string): Promise<CredentialOffboardOutcome> {
    const { vault, tokens } = this.#parts;
    tokens.forgetSubject(subject);
    if (!vault) return { deleted: 0, providerRevocations: 0, problems: [] };
    const problems: string[] = [];
    let deleted = 0;
    let providerRevocations = 0;
    for (const record of await vault.list({ subject })) {
      let entry: VaultEntry | undefined;
      try {
        entry = vault.openRecord(record);
      } catch {
        problems.push(
          `server '${record.server}': the record does not open (altered, or another key), so its tokens could not be revoked at the provider; deleted`,
        );
      }
      if (entry) {
        const revoked = await this.#revoke(entry, problems);
        providerRevocations += revoked;
      }
      if (await vault.delete(subject, record.server)) deleted++;
    }
    return { deleted, providerRevocations, problems };
  }

  async #revoke(entry: VaultEntry, problems: string[]): Promise<number> {
    const config = this.#parts.policies.current.credentials.get(entry.server);
    if (entry.kind === "static") {
      problems.push(`server '${entry.server}': a static secret has no revocation protocol; revoke it at the provider too`);
      return 0;
    }
    if (config?.type !== "oauth2-user" || !config.revocationUrl) {
      problems.push(
        `server '${entry.server}': its provider offers no revocation (no revocationUrl in the policy); the tokens were deleted and expire on their own`,
      );
      return 0;
    }
    const { payload } = entry;
    const targets: [string, "refresh_token" | "access_token"][] = [];
    if (payload.refreshToken) targets.push([payload.refreshToken, "refresh_token"]);
    if (payload.expiresAtMs === 0 || payload.expiresAtMs > Date.now()) targets.push([payload.secret, "access_token"]);
    let revoked = 0;
    for (const [token, hint] of targets) {
      try {
        await revokeToken(config.revocationUrl, config.oauth, token, hint, this.#parts.request);
        revoked++;
      } catch (err) {
        problems.push(`server '${entry.server}': revoking the ${hint.replace("_", " ")} failed (${(err as Error).message}); deleted regardless`);
      }
    }
    return revoked;
  }
}
