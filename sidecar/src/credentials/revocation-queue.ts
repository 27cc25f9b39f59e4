/**
 * The durable queue of OAuth tokens waiting to be revoked at their provider (RFC 7009).
 *
 * Deleting a connected account (offboarding, DeleteCredential, a refresh or a connection that
 * finished for a subject offboarded meanwhile) must not depend on the provider answering: the
 * record goes at once, so nothing is served from it. But the refresh token in it is the only
 * handle anyone holds to end the grant at the provider — deleting it with a failed revocation
 * would leave a grant valid for months that nobody can revoke. So the tokens are first sealed
 * into the queue (a tombstone in the vault's store: SQLite for one sidecar, Redis for a
 * fleet), then the record is deleted, then revocation is tried; the tombstone goes only when
 * the provider confirmed.
 *
 * What fails is retried with a doubling backoff (5 s, 10 s, … at most 15 min) for three days
 * by default, then given up with an error log that says what to do by hand. In a fleet every
 * replica looks for due revocations, but each one is attempted by one replica at a time: the
 * attempt takes the store's turn for it (the lock and fleet-wide backoff that refreshes use,
 * under a subject no real subject can have), so a provider that is down sees one attempt per
 * backoff period from the whole fleet.
 *
 * Logs and problems name subject, server and cause — never a token.
 *
 * An operator sees the queue through {@link RevocationQueue.counts} (the
 * `portcullis.credentials.revocations.*` metrics) and ListCredentials, and drops an entry
 * whose grant was revoked by hand ({@link RevocationQueue.drop}, `portcullis revocations drop`).
 */
import { randomUUID } from "node:crypto";
import type { Logger } from "../logger.js";
import type { CompiledPolicy } from "../policy/index.js";
import type { RequestOptions } from "./oauth-client.js";
import { revocationTargets, revokeUserTokens } from "./provider-revocation.js";
import type { Vault, VaultPayload } from "./vault.js";
import type { StoredRevocation } from "./vault-store.js";

/** Options of {@link RevocationQueue}. */
export interface RevocationQueueOptions {
  readonly vault: Vault;
  readonly policies: { readonly current: CompiledPolicy };
  readonly logger: Logger;
  readonly request?: RequestOptions | undefined;
  /** How often each replica looks for due revocations, in ms (default 5000). */
  readonly scanEveryMs?: number | undefined;
  /** The first retry's delay, in ms (default 5000); it doubles with each failure. */
  readonly firstRetryMs?: number | undefined;
  /** The longest delay between two attempts, in ms (default 15 min). */
  readonly maxRetryMs?: number | undefined;
  /** How long after queueing the retries give up, in ms (default 3 days). */
  readonly giveUpAfterMs?: number | undefined;
  /** Revocations under way at once from this process (default 8). */
  readonly concurrency?: number | undefined;
}

/** What one attempt did. */
export type RevocationAttempt =
  | { readonly state: "revoked"; readonly server: string; readonly revoked: number }
  /** Failed; stays queued and is retried. */
  | { readonly state: "queued"; readonly server: string; readonly problem: string }
  /** Given up (no revocation endpoint any more, a seal that does not open, retries exhausted). */
  | { readonly state: "abandoned"; readonly server: string; readonly problem: string }
  /** Another replica is attempting it, or its backoff runs: stays queued. */
  | { readonly state: "elsewhere"; readonly server: string }
  /** Not finished within the wait: carries on, stays queued until the provider confirms. */
  | { readonly state: "pending"; readonly server: string };

/** What the queue holds, for the metrics. */
export interface RevocationCounts {
  /** Revocations queued in the store (every replica's), as of the last scan or listing; undefined before the first. */
  readonly pending: number | undefined;
  /** Revocations this process gave up on since it started (each one logged at error, to revoke by hand). */
  readonly abandoned: number;
  /** Revocations an operator dropped through this process since it started. */
  readonly dropped: number;
}

/** The turns of queued revocations live under this subject: no subject may hold a control character. */
const TURN_SUBJECT = "\u0000revocation";
/** How long an attempt holds its turn: two requests of at most the request deadline, with margin. */
const TURN_HOLD_MS = 60_000;
/** Queued revocations one scan looks at, at most. */
const SCAN_BATCH = 200;

/**
 * Queues and retries the revocation of deleted tokens.
 *
 * @example
 * ```ts
 * const queue = new RevocationQueue({ vault, policies, logger });
 * queue.start();
 * const id = await queue.enqueue("alice", "jira", entry.payload); // before the record is deleted
 * const [attempt] = await queue.attemptNow([id], 10_000);
 * ```
 */
export class RevocationQueue {
  readonly #options: RevocationQueueOptions;
  readonly #concurrency: number;
  /** Attempts under way in this process, by id. */
  readonly #inflight = new Map<string, Promise<RevocationAttempt>>();
  /** Callers waiting for a free slot. */
  readonly #waiting: (() => void)[] = [];
  #running = 0;
  #timer: NodeJS.Timeout | undefined;
  #scanning = false;
  #closed = false;
  #pending: number | undefined;
  #abandoned = 0;
  #dropped = 0;

  constructor(options: RevocationQueueOptions) {
    this.#options = options;
    this.#concurrency = Math.max(1, options.concurrency ?? 8);
  }

  /**
   * Seals `payload` into the queue and returns its id — undefined when it holds nothing a
   * provider could revoke (no refresh token, an access token already expired). Rejects when
   * the store fails: then the caller must not delete the record, or the tokens would be lost.
   */
  async enqueue(subject: string, server: string, payload: VaultPayload): Promise<string | undefined> {
    if (revocationTargets(payload).length === 0) return undefined;
    const { vault } = this.#options;
    const id = randomUUID();
    await vault.store.putRevocation({
      id,
      subject,
      server,
      queuedAtMs: Date.now(),
      attempts: 0,
      lastError: "",
      sealed: vault.sealRevocation(id, subject, server, payload),
    });
    return id;
  }

  /**
   * Attempts the queued revocations `ids` now, a few at a time, and waits at most `withinMs`
   * for them: one not finished by then answers `pending` and carries on (on failure it stays
   * queued for the retries).
   */
  async attemptNow(ids: readonly { readonly id: string; readonly server: string }[], withinMs: number): Promise<RevocationAttempt[]> {
    const attempts = ids.map(({ id, server }) => this.#attempt(id, server));
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), withinMs);
    });
    try {
      return await Promise.all(
        attempts.map(async (attempt, i) => (await Promise.race([attempt, deadline])) ?? { state: "pending" as const, server: ids[i]!.server }),
      );
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Revokes tokens nobody may keep — a refresh or a connection that finished for a subject
   * offboarded, or a record deleted, meanwhile: queued first, so that what the provider does
   * not confirm is retried; attempted now, waiting at most `withinMs`. Should the queue not
   * take them (the store fails), one direct attempt is made instead.
   *
   * @example
   * ```ts
   * const { revoked, problems } = await queue.revokeOrQueue("alice", "jira", payload);
   * ```
   */
  async revokeOrQueue(subject: string, server: string, payload: VaultPayload, withinMs = 10_000): Promise<{ revoked: number; problems: string[] }> {
    let id: string | undefined;
    try {
      id = await this.enqueue(subject, server, payload);
    } catch (err) {
      const config = this.#options.policies.current.credentials.get(server);
      const direct = await revokeUserTokens(config, server, payload, this.#options.request);
      return { revoked: direct.revoked, problems: [`the revocation queue is unavailable (${(err as Error).message}); tried once`, ...direct.problems] };
    }
    if (!id) return { revoked: 0, problems: [] };
    const [attempt] = await this.attemptNow([{ id, server }], withinMs);
    if (!attempt || attempt.state === "revoked") return { revoked: attempt?.revoked ?? 0, problems: [] };
    return {
      revoked: 0,
      problems: [
        attempt.state === "queued" || attempt.state === "abandoned" ? attempt.problem : `server '${server}': queued, retried until the provider confirms`,
      ],
    };
  }

  /** The queued revocations of the store (every replica's), oldest first. */
  async list(): Promise<StoredRevocation[]> {
    const queued = await this.#options.vault.store.listRevocations();
    this.#pending = queued.length;
    return queued;
  }

  /** What the queue holds and what this process gave up on or dropped (no store round trip). */
  counts(): RevocationCounts {
    return { pending: this.#pending, abandoned: this.#abandoned, dropped: this.#dropped };
  }

  /**
   * Removes the queued revocation `id` without revoking — for a grant the operator revoked at
   * the provider by hand — and returns what it was (undefined when nothing is queued under
   * `id`). Its sealed tokens are deleted; an attempt already under way may still finish.
   *
   * @example
   * ```ts
   * const dropped = await queue.drop("6f1c…"); // after revoking the grant in the provider's console
   * ```
   */
  async drop(id: string): Promise<StoredRevocation | undefined> {
    const { store } = this.#options.vault;
    const queued = await store.getRevocation(id);
    if (!queued) return undefined;
    await store.deleteRevocation(id);
    this.#dropped++;
    if (this.#pending !== undefined && this.#pending > 0) this.#pending--;
    this.#options.logger.warn(
      { revocationId: id, subject: queued.subject, server: queued.server, attempts: queued.attempts, queuedAtMs: queued.queuedAtMs },
      "queued provider revocation dropped by an operator; the sidecar will not revoke these tokens",
    );
    return queued;
  }

  /** Starts looking for due revocations every `scanEveryMs` (the timer does not keep the process alive). */
  start(): void {
    if (this.#timer || this.#closed) return;
    this.#timer = setInterval(() => void this.scan(), this.#options.scanEveryMs ?? 5000);
    this.#timer.unref();
  }

  /** Stops the retries; attempts under way finish on their own. */
  stop(): void {
    this.#closed = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    for (const wake of this.#waiting.splice(0)) wake();
  }

  /** Attempts every queued revocation whose turn is free and whose backoff is over; resolves when they are done. */
  async scan(): Promise<void> {
    if (this.#scanning || this.#closed) return;
    this.#scanning = true;
    try {
      const queued = (await this.list()).slice(0, SCAN_BATCH);
      await Promise.all(queued.filter((r) => !this.#inflight.has(r.id)).map((r) => this.#attempt(r.id, r.server)));
    } catch (err) {
      this.#options.logger.warn({ err: (err as Error).message }, "queued provider revocations could not be read; retrying later");
    } finally {
      this.#scanning = false;
    }
  }

  #attempt(id: string, server: string): Promise<RevocationAttempt> {
    const running = this.#inflight.get(id);
    if (running) return running;
    const attempt = this.#slot(() => this.#attemptOnce(id, server))
      .catch((err: unknown): RevocationAttempt => {
        // The store failed: the tombstone stays, the next scan tries again.
        const problem = `server '${server}': the queued revocation could not be attempted (${(err as Error).message}); it stays queued`;
        return { state: "queued", server, problem };
      })
      .finally(() => this.#inflight.delete(id));
    this.#inflight.set(id, attempt);
    return attempt;
  }

  async #attemptOnce(id: string, server: string): Promise<RevocationAttempt> {
    const { vault, logger, policies } = this.#options;
    if (this.#closed) return { state: "elsewhere", server };
    const turn = await vault.store.takeRefreshTurn(TURN_SUBJECT, id, TURN_HOLD_MS);
    if (!turn.mine) return { state: "elsewhere", server };
    let ok = false;
    let backoffMs = 0;
    try {
      // Read under the turn: another replica may have finished it just before.
      const queued = await vault.store.getRevocation(id);
      if (!queued) {
        ok = true;
        return { state: "revoked", server, revoked: 0 };
      }
      const { subject } = queued;
      let payload: VaultPayload;
      try {
        payload = vault.openRevocation(id, subject, queued.server, queued.sealed);
      } catch (err) {
        ok = true;
        return await this.#abandon(queued, `the queued tokens do not open (${(err as Error).message})`);
      }
      const config = policies.current.credentials.get(queued.server);
      if (config?.type !== "oauth2-user" || !config.revocationUrl) {
        ok = true;
        return await this.#abandon(queued, "the policy no longer gives the server an oauth2-user entry with a revocationUrl");
      }
      const outcome = await revokeUserTokens(config, queued.server, payload, this.#options.request);
      if (outcome.problems.length === 0) {
        await vault.store.deleteRevocation(id);
        ok = true;
        logger.info(
          { subject, server: queued.server, revoked: outcome.revoked, attempts: queued.attempts + 1 },
          queued.attempts > 0 ? "queued provider revocation done after retries" : "provider revocation done",
        );
        return { state: "revoked", server: queued.server, revoked: outcome.revoked };
      }
      const attempts = queued.attempts + 1;
      const lastError = outcome.problems.join("; ");
      const giveUpAfterMs = this.#options.giveUpAfterMs ?? 3 * 24 * 3_600_000;
      if (Date.now() - queued.queuedAtMs >= giveUpAfterMs) {
        ok = true;
        return await this.#abandon({ ...queued, attempts, lastError }, `${attempts} attempts over ${Math.round(giveUpAfterMs / 60_000)} min failed`);
      }
      await vault.store.noteRevocationFailure(id, attempts, lastError);
      const first = this.#options.firstRetryMs ?? 5000;
      backoffMs = Math.min(this.#options.maxRetryMs ?? 15 * 60_000, first * 2 ** Math.min(attempts - 1, 30));
      logger.warn(
        { subject, server: queued.server, attempts, retryInMs: backoffMs, problems: outcome.problems },
        "provider revocation failed; the tokens stay queued and are retried",
      );
      return { state: "queued", server: queued.server, problem: `${lastError}; queued, retried until the provider confirms` };
    } finally {
      await turn.done(ok ? { ok: true } : { ok: false, backoffMs: Math.max(1, backoffMs) }).catch(() => undefined);
    }
  }

  /** Gives up on a queued revocation, loudly and with what to do by hand. */
  async #abandon(queued: StoredRevocation, why: string): Promise<RevocationAttempt> {
    await this.#options.vault.store.deleteRevocation(queued.id);
    this.#abandoned++;
    const problem =
      `server '${queued.server}': the revocation of the deleted tokens of subject '${queued.subject}' was given up: ${why}` +
      `${queued.lastError ? ` (last failure: ${queued.lastError})` : ""}; revoke the subject's grant at the provider by hand (its admin console or the user's connected-apps page)`;
    this.#options.logger.error({ subject: queued.subject, server: queued.server, attempts: queued.attempts, queuedAtMs: queued.queuedAtMs }, problem);
    return { state: "abandoned", server: queued.server, problem };
  }

  /** Runs `fn` when fewer than `concurrency` attempts are under way. */
  async #slot<T>(fn: () => Promise<T>): Promise<T> {
    while (this.#running >= this.#concurrency && !this.#closed) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#running++;
    try {
      return await fn();
    } finally {
      this.#running--;
      this.#waiting.shift()?.();
    }
  }
}
