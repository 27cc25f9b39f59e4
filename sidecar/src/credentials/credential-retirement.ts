/**
 * Retiring vault records — the common part of offboarding a subject and of DeleteCredential:
 * every record goes at once (nothing is served from it again), and the OAuth tokens it held
 * are revoked at the provider (RFC 7009) without the deletion waiting on the provider.
 *
 * Order, so that no token is ever lost: the tokens are sealed into the revocation queue, then
 * the record is deleted, then the revocations are attempted — all at once, a few at a time,
 * for at most `waitMs`. What the provider refused, did not answer or did not finish in time
 * stays queued and is retried (see revocation-queue.ts); the outcome says so.
 *
 * Each record is deleted only as the revision whose tokens were queued: a record that a
 * refresh or a connection replaced meanwhile fails the compare-and-set, and the next pass
 * queues and deletes the newer one. The last pass deletes whatever is there.
 */
import type { CompiledPolicy } from "../policy/index.js";
import type { RevocationAttempt, RevocationQueue } from "./revocation-queue.js";
import type { Vault, VaultEntry } from "./vault.js";
import type { StoredRecord } from "./vault-store.js";

/** Passes over the records; the last deletes without comparing revisions. */
const MAX_PASSES = 3;

/** How long an admin answer waits for the providers by default, in ms: well within the CLI's 30 s. */
export const REVOCATION_WAIT_MS = 10_000;

/** What retiring did. */
export interface RetirementOutcome {
  /** Records deleted. */
  readonly deleted: number;
  /** Tokens the providers confirmed revoked. */
  readonly providerRevocations: number;
  /** Records whose tokens wait in the revocation queue (failed, or not finished in time). */
  readonly revocationsQueued: number;
  /** What could not be done (never a secret). */
  readonly problems: readonly string[];
}

/** What retiring needs. */
export interface RetirementParts {
  readonly vault: Vault;
  readonly revocations: RevocationQueue;
  readonly policies: { readonly current: CompiledPolicy };
  /** How long to wait for the providers (default {@link REVOCATION_WAIT_MS}). */
  readonly waitMs?: number | undefined;
  /** Report a static secret as a problem (it has no revocation protocol): offboarding does. */
  readonly reportStatic?: boolean | undefined;
}

/**
 * Deletes the records `records()` lists and revokes their tokens at the providers.
 *
 * @example
 * ```ts
 * const outcome = await retireRecords({ vault, revocations, policies }, () => vault.list({ subject: "alice", server: "jira" }));
 * ```
 */
export async function retireRecords(parts: RetirementParts, records: () => Promise<StoredRecord[]>): Promise<RetirementOutcome> {
  const { vault, revocations } = parts;
  const problems: string[] = [];
  const queued: { id: string; server: string }[] = [];
  let deleted = 0;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const listed = await records();
    if (listed.length === 0) break;
    for (const record of listed) {
      let entry: VaultEntry | undefined;
      try {
        entry = vault.openRecord(record);
      } catch {
        problems.push(
          `server '${record.server}': the record does not open (altered, or another key), so its tokens could not be revoked at the provider; deleted`,
        );
      }
      // Queued before the delete: a store that fails here fails the whole call, record kept.
      const id = entry ? await queueTokens(parts, entry, problems) : undefined;
      if (id) queued.push({ id, server: record.server });
      if (await vault.delete(record.subject, record.server, pass < MAX_PASSES ? record.rev : undefined)) deleted++;
    }
  }
  const attempts = await revocations.attemptNow(queued, parts.waitMs ?? REVOCATION_WAIT_MS);
  let providerRevocations = 0;
  let revocationsQueued = 0;
  for (const attempt of attempts) {
    if (attempt.state === "revoked") providerRevocations += attempt.revoked;
    else {
      if (attempt.state !== "abandoned") revocationsQueued++;
      problems.push(problemOf(attempt));
    }
  }
  return { deleted, providerRevocations, revocationsQueued, problems };
}

/** Queues the tokens of `entry` for revocation; undefined when there is nothing to queue (problems say why). */
async function queueTokens(parts: RetirementParts, entry: VaultEntry, problems: string[]): Promise<string | undefined> {
  if (entry.kind === "static") {
    if (parts.reportStatic) problems.push(`server '${entry.server}': a static secret has no revocation protocol; revoke it at the provider too`);
    return undefined;
  }
  const config = parts.policies.current.credentials.get(entry.server);
  if (config?.type !== "oauth2-user" || !config.revocationUrl) {
    problems.push(
      `server '${entry.server}': its provider offers no revocation (no revocationUrl in the policy); the tokens were deleted and expire on their own`,
    );
    return undefined;
  }
  return parts.revocations.enqueue(entry.subject, entry.server, entry.payload);
}

function problemOf(attempt: Exclude<RevocationAttempt, { state: "revoked" }>): string {
  switch (attempt.state) {
    case "queued":
    case "abandoned":
      return attempt.problem;
    case "pending":
      return `server '${attempt.server}': the provider did not confirm the revocation in time; the tokens are queued and the revocation carries on, retried until the provider confirms`;
    case "elsewhere":
      return `server '${attempt.server}': the revocation is under way on another replica; the tokens stay queued until the provider confirms`;
  }
}
