/**
 * Delivers compensations (withdrawals of decisions) to a remote store until one lands.
 * A compensation that fails — the connection closed under it, or the store refused it
 * before sending — is retried with backoff for as long as the store keeps what it undoes;
 * past that, or when too many are waiting, it is abandoned and reported.
 */

/** Options of {@link CompensationQueue}. */
export interface CompensationQueueOptions {
  /** Sends one compensation (a decision and its state keys); resolves once the store ran it. */
  readonly send: (decisionId: string, keys: readonly string[]) => Promise<unknown>;
  /** How long a compensation is worth retrying (the store's undo window). */
  readonly retryForMs: number;
  /** Compensations waiting at most (in flight or backing off); beyond it the oldest is abandoned. */
  readonly maxPending?: number;
  /** Called for each compensation given up, with why. */
  readonly onAbandon?: (decisionId: string, cause: string) => void;
}

interface Pending {
  readonly keys: readonly string[];
  readonly since: number;
  attempts: number;
  timer?: NodeJS.Timeout | undefined;
}

const FIRST_RETRY_MS = 50;
const MAX_RETRY_MS = 2000;

/**
 * A bounded retry queue of compensations.
 *
 * @example
 * ```ts
 * const queue = new CompensationQueue({ send: (id, keys) => runCancelScript(id, keys), retryForMs: 120_000 });
 * queue.add(decisionId, keys);
 * ```
 */
export class CompensationQueue {
  readonly #options: CompensationQueueOptions;
  readonly #pending = new Map<string, Pending>();
  readonly #maxPending: number;
  readonly #idleWaiters: (() => void)[] = [];
  #closed = false;
  /** Compensations that ran in the store. */
  done = 0;
  /** Sends that failed and were retried. */
  retried = 0;
  /** Compensations given up (too old, queue full, or closed). */
  abandoned = 0;

  constructor(options: CompensationQueueOptions) {
    this.#options = options;
    this.#maxPending = options.maxPending ?? 10_000;
  }

  /** Compensations not yet known to have run. */
  get pending(): number {
    return this.#pending.size;
  }

  /** Resolves once nothing is pending (every compensation ran or was abandoned). */
  idle(): Promise<void> {
    if (this.#pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Queues a compensation and sends it at once. Adding one already pending does nothing. */
  add(decisionId: string, keys: readonly string[]): void {
    if (this.#closed || this.#pending.has(decisionId)) return;
    if (this.#pending.size >= this.#maxPending) {
      const oldest = this.#pending.keys().next();
      if (!oldest.done) this.#abandon(oldest.value, `more than ${this.#maxPending} compensations waiting`);
    }
    this.#pending.set(decisionId, { keys, since: Date.now(), attempts: 0 });
    this.#attempt(decisionId);
  }

  /** Stops retrying; what is still pending is abandoned. */
  close(): void {
    this.#closed = true;
    for (const id of [...this.#pending.keys()]) this.#abandon(id, "the sidecar is shutting down");
  }

  #attempt(decisionId: string): void {
    const entry = this.#pending.get(decisionId);
    if (!entry) return;
    entry.attempts++;
    this.#options.send(decisionId, entry.keys).then(
      () => {
        if (this.#pending.delete(decisionId)) this.done++;
        this.#wakeIfIdle();
      },
      (err: unknown) => {
        if (!this.#pending.has(decisionId) || this.#closed) return;
        const cause = err instanceof Error ? err.message : String(err);
        const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (entry.attempts - 1));
        if (Date.now() + delay - entry.since > this.#options.retryForMs) {
          this.#abandon(decisionId, `still failing after ${entry.attempts} attempts: ${cause}`);
          return;
        }
        this.retried++;
        entry.timer = setTimeout(() => this.#attempt(decisionId), delay);
        entry.timer.unref();
      },
    );
  }

  #abandon(decisionId: string, cause: string): void {
    const entry = this.#pending.get(decisionId);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.#pending.delete(decisionId);
    this.abandoned++;
    this.#options.onAbandon?.(decisionId, cause);
    this.#wakeIfIdle();
  }

  #wakeIfIdle(): void {
    if (this.#pending.size > 0) return;
    for (const wake of this.#idleWaiters.splice(0)) wake();
  }
}
