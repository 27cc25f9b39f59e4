/**
 * Offboarding a subject in one action: it goes on the deny-list (which refuses its static
 * tokens and every IdP token issued before now), every gateway token it holds is revoked, and
 * the vault deletes its downstream credentials and revokes them at their providers (when a
 * vault is wired). Portcullis-side offboarding happens first and regardless: a provider that
 * cannot revoke becomes a problem in the outcome, never a reason to keep the subject in.
 *
 * Reinstating (SCIM `active: true`) takes the subject off the deny-list — but only an entry
 * SCIM itself made, so an IdP sync never undoes an admin's offboarding. Revoked tokens stay
 * revoked; the subject gets new ones.
 */
import type { CredentialOffboarding } from "../credentials/index.js";
import type { Logger } from "../logger.js";
import type { IdentityStore, OffboardSource } from "./identity-store.js";
import type { IdentitySync } from "./identity-sync.js";

/** What offboarding did. */
export interface OffboardOutcome {
  readonly subject: string;
  readonly offboardedAtMs: number;
  readonly tokensRevoked: number;
  readonly credentialsDeleted: number;
  readonly providerRevocations: number;
  /** Connected accounts whose tokens wait in the revocation queue (retried until the provider confirms). */
  readonly revocationsQueued: number;
  /** What could not be done (never a secret). */
  readonly problems: readonly string[];
}

/** What offboarding needs; `credentials` is the vault's part, absent when no vault is wired. */
export interface SubjectOffboardingDeps {
  readonly store: IdentityStore;
  readonly sync: IdentitySync;
  readonly credentials?: CredentialOffboarding | undefined;
  readonly logger?: Logger | undefined;
  readonly now?: () => number;
}

/**
 * Offboards and reinstates subjects.
 *
 * @example
 * ```ts
 * const offboarding = new SubjectOffboarding({ store, sync, credentials: vault });
 * const outcome = await offboarding.offboard("contractor", { reason: "contract ended", source: "admin" });
 * ```
 */
export class SubjectOffboarding {
  readonly #deps: SubjectOffboardingDeps;
  #credentials: CredentialOffboarding | undefined;
  /**
   * Told of every offboarding once it is done (the audit trail). Best effort by design: a
   * revocation must never wait for, or fail on, the record of it.
   */
  onOffboarded: ((outcome: OffboardOutcome, how: { readonly reason: string; readonly source: OffboardSource }) => void) | undefined;

  constructor(deps: SubjectOffboardingDeps) {
    this.#deps = deps;
    this.#credentials = deps.credentials;
  }

  /** Wires the vault's part (the vault opens after the identity store). */
  set credentials(credentials: CredentialOffboarding | undefined) {
    this.#credentials = credentials;
  }

  /** Offboards `subject`; the store's failure rejects (nothing is half-done in Portcullis). */
  async offboard(subject: string, options: { readonly reason: string; readonly source: OffboardSource }): Promise<OffboardOutcome> {
    const offboardedAtMs = (this.#deps.now ?? Date.now)();
    const reason = options.reason.slice(0, 512);
    const tokensRevoked = await this.#deps.store.offboardSubject({ subject, offboardedAtMs, reason, source: options.source });
    await this.#deps.sync.sync();
    let credentialsDeleted = 0;
    let providerRevocations = 0;
    let revocationsQueued = 0;
    const problems: string[] = [];
    if (this.#credentials) {
      try {
        const vault = await this.#credentials.offboard(subject);
        credentialsDeleted = vault.deleted;
        providerRevocations = vault.providerRevocations;
        revocationsQueued = vault.revocationsQueued;
        problems.push(...vault.problems);
      } catch (err) {
        problems.push(`the credential vault could not offboard the subject: ${(err as Error).message}`);
      }
    }
    const outcome = { subject, offboardedAtMs, tokensRevoked, credentialsDeleted, providerRevocations, revocationsQueued, problems };
    this.#deps.logger?.info({ ...outcome, reason, source: options.source }, "subject offboarded");
    try {
      this.onOffboarded?.(outcome, { reason, source: options.source });
    } catch (err) {
      this.#deps.logger?.error({ subject, err: (err as Error).message }, "offboarding done but not recorded in the audit trail");
    }
    return outcome;
  }

  /** Takes `subject` off the deny-list (only an entry of `onlySource`, when given); false when it was not on it. */
  async reinstate(subject: string, onlySource?: OffboardSource): Promise<boolean> {
    const reinstated = await this.#deps.store.reinstateSubject(subject, onlySource);
    if (reinstated) {
      await this.#deps.sync.sync();
      this.#deps.logger?.info({ subject, source: onlySource ?? "admin" }, "subject reinstated");
    }
    return reinstated;
  }
}
