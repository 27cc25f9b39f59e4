/**
 * The vault's part of offboarding a subject: every record of the subject is deleted, and
 * the OAuth tokens of its connected accounts are revoked at each provider that offers RFC
 * 7009 revocation — the refresh token (which ends the grant) and the access token while it
 * is still valid. Exchanged tokens this replica holds for the subject are forgotten.
 *
 * The subject matches as the deny-list matches it (NFKC, lower case): offboarding
 * `Bob@corp.com` ends the credentials of `bob@corp.com` too, since the deny-list refuses both.
 *
 * Deletion never waits on a provider: the tokens go into the durable revocation queue, the
 * records are deleted, and the revocations run in parallel for at most a few seconds; what a
 * provider refused, did not answer or did not finish in time stays queued and is retried until
 * the provider confirms (see credential-retirement.ts and revocation-queue.ts). Problems name
 * servers and causes, never values.
 */
import { foldSubject } from "../identity/subject-deny-list.js";
import type { CompiledPolicy } from "../policy/index.js";
import type { CredentialOffboarding, CredentialOffboardOutcome } from "./index.js";
import { retireRecords } from "./credential-retirement.js";
import type { RevocationQueue } from "./revocation-queue.js";
import type { TokenCache } from "./token-cache.js";
import type { Vault } from "./vault.js";
import type { StoredRecord } from "./vault-store.js";

/** What offboarding needs. */
export interface OffboardingParts {
  readonly vault: Vault | undefined;
  readonly tokens: TokenCache;
  readonly policies: { readonly current: CompiledPolicy };
  /** The revocation queue of the vault (present whenever the vault is). */
  readonly revocations: RevocationQueue | undefined;
  /** How long to wait for the providers before answering, in ms (default 10 s). */
  readonly waitMs?: number | undefined;
}

/**
 * Offboards subjects from the vault.
 *
 * @example
 * ```ts
 * const outcome = await new VaultOffboarding({ vault, tokens, policies, revocations }).offboard("contractor");
 * outcome.deleted; // 2
 * ```
 */
export class VaultOffboarding implements CredentialOffboarding {
  readonly #parts: OffboardingParts;

  constructor(parts: OffboardingParts) {
    this.#parts = parts;
  }

  async offboard(subject: string): Promise<CredentialOffboardOutcome> {
    const { vault, tokens, revocations, policies, waitMs } = this.#parts;
    tokens.forgetSubject(subject);
    if (!vault || !revocations) return { deleted: 0, providerRevocations: 0, revocationsQueued: 0, problems: [] };
    return retireRecords({ vault, revocations, policies, waitMs, reportStatic: true }, () => this.#records(vault, subject));
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
}
