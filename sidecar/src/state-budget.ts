/**
 * How long one decision may wait on the fleet's shared state (Redis), all its waits together:
 * the `--state-timeout`. A decision can wait three times — for a gateway token this replica has
 * not seen yet (the identity store), for the credential of an Authorize with
 * `include_credential` (the vault's store: the record's read, a connect link's write, a user
 * token's refresh — its turn, the record's read, the new token's write) and for
 * its limits (the state store) — and each wait used to
 * have its own deadline (the identity store's fixed 1 s command timeout, then the full state
 * timeout), so a slow or hung Redis held a decision for their sum. One budget per decision,
 * spent by each wait, bounds the sum instead. Waits that are not on Redis (an IdP's JWKS, a
 * credential provider) are not charged to it.
 */
import { DeadlineError, withDeadline } from "./limits/deadline.js";

/**
 * The time a decision has left to wait on shared state.
 *
 * @example
 * ```ts
 * const budget = new StateBudget(250);
 * const record = await budget.wait(store.tokenByHash(hash)); // spends what it waited
 * if (budget.spent) failClosed(); // nothing left for the limits: nothing is sent
 * ```
 */
export class StateBudget {
  /** The whole budget, in ms. */
  readonly totalMs: number;
  #leftMs: number;

  constructor(totalMs: number) {
    this.totalMs = totalMs;
    this.#leftMs = totalMs;
  }

  /** What is left, in ms (0 once spent). */
  get leftMs(): number {
    return Math.max(0, this.#leftMs);
  }

  /** Whether nothing is left: a wait now would end at once. */
  get spent(): boolean {
    return this.#leftMs <= 0;
  }

  /**
   * Waits for `work` at most what is left, and spends the time waited. Rejects with a
   * {@link DeadlineError} when the budget runs out first (at once when it is spent); the work
   * goes on, and whoever started it decides what a late outcome means.
   */
  async wait<T>(work: Promise<T>): Promise<T> {
    if (this.#leftMs <= 0) {
      // Handled, so that its later rejection is not reported as unhandled.
      work.catch(() => undefined);
      throw new DeadlineError(this.totalMs);
    }
    const started = performance.now();
    try {
      return await withDeadline(work, this.#leftMs);
    } catch (err) {
      if (!(err instanceof DeadlineError)) throw err;
      // The deadline fired: the budget is spent, whatever the clock read a fraction of a
      // millisecond apart says (a timer may fire as the measured wait is just short of it).
      this.#leftMs = 0;
      // Said of the whole budget: what this decision waited for shared state in all.
      throw new DeadlineError(this.totalMs);
    } finally {
      this.#leftMs -= performance.now() - started;
    }
  }
}
