/**
 * The vault's part of offboarding a subject: every record of the subject is deleted, and
 * the OAuth tokens of its connected accounts are revoked at each provider that offers RFC
 * 7009 revocation — the refresh token (which ends the grant) and the access token while it
 * is still valid. Exchanged tokens this replica holds for the subject are forgotten.
 *
 * The subject matches as the deny-list matches it (NFKC, lower case): offboarding
 * `Bob@corp.com` ends the credentials of `bob@corp.com` too, since the deny-list refuses both.
 *
 * Deletion never waits on a provider: a revocation that fails is reported as a problem and
 * the record is deleted regardless, so nothing of the subject is served again. Problems name
 * servers and causes, never values.
 */
import { foldSubject } from "../identity/subject-deny-list.js";
import type { CompiledPolicy } from "../policy/index.js";
import type { CredentialOffboarding, CredentialOffboardOutcome } from "./index.js";
import type { RequestOptions } from "./oauth-client.js";
import { revokeUserTokens } from "./provider-revocation.js";
import type { TokenCache } from "./token-cache.js";
import type { Vault, VaultEntry } from "./vault.js";
import type { StoredRecord } from "./vault-store.js";

/** Passes over the subject's records; the last deletes without comparing revisions. */
const MAX_PASSES = 3;

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
    // Each record is deleted only as the revision whose tokens were revoked: a record that a
    // refresh or a connection replaced meanwhile fails the compare-and-set, and the next pass
    // revokes and deletes the newer one. The last pass deletes whatever is there.
    for (let pass = 1; pass <= MAX_PASSES; pass++) {
      const records = await this.#records(vault, subject);
      if (records.length === 0) break;
      for (const record of records) {
        let entry: VaultEntry | undefined;
        try {
          entry = vault.openRecord(record);
        } catch {
          problems.push(
            `server '${record.server}': the record does not open (altered, or another key), so its tokens could not be revoked at the provider; deleted`,
          );
        }
        if (entry) providerRevocations += await this.#revoke(entry, problems);
        if (await vault.delete(record.subject, record.server, pass < MAX_PASSES ? record.rev : undefined)) deleted++;
      }
    }
    return { deleted, providerRevocations, problems };
  }

  /** The records of every stored subject that folds as `subject` does. */
  async #records(vault: Vault, subject: string): Promise<StoredRecord[]> {
    const folded = foldSubject(subject);
    // Never the shared credentials (subject ""): no subject folds to "" but "" itself.
    const owners = (await vault.subjects()).filter((s) => s !== "" && foldSubject(s) === folded);
    const records: StoredRecord[] = [];
    for (const owner of owners) records.push(...(await vault.list({ subject: owner })));
    return records;
  }

  async #revoke(entry: VaultEntry, problems: string[]): Promise<number> {
    if (entry.kind === "static") {
      problems.push(`server '${entry.server}': a static secret has no revocation protocol; revoke it at the provider too`);
      return 0;
    }
    const outcome = await revokeUserTokens(this.#parts.policies.current.credentials.get(entry.server), entry.server, entry.payload, this.#parts.request);
    problems.push(...outcome.problems);
    return outcome.revoked;
  }
}
