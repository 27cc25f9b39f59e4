/**
 * Which part of a token refresh is a wait on shared state. A refresh of a user's token waits
 * on the vault's store (Redis, for a fleet) — for the refresh's turn, for another replica's
 * refresh, for the new token's write and the record's read after it — and on the provider.
 * A call that waits for the refresh charges its decision's {@link StateBudget} only for the
 * store's part: the provider's request has a deadline of its own and is no wait on shared state.
 *
 * The refresh is shared by every call of its owner in the process, each with a budget of its
 * own: one call's budget running out ends that call's wait (it fails closed), never the
 * refresh — whose new tokens must still reach the store (a provider that rotates refresh
 * tokens has used up the old one).
 */
import type { StateBudget } from "../state-budget.js";

/**
 * The waits of one refresh on the store, as they happen.
 *
 * @example
 * ```ts
 * const waits = new RefreshWaits();
 * const refreshing = (async () => { const turn = await waits.store(store.takeRefreshTurn(...)); ... })();
 * const fresh = await waits.within(refreshing, budget); // DeadlineError once the store part outlasts the budget
 * ```
 */
export class RefreshWaits {
  /** Store waits under way (a refresh has one at a time). */
  #onStore = 0;
  /** Wakes the calls waiting for the next change of {@link #onStore}. */
  #wakes: (() => void)[] = [];

  /** Marks `work` as a wait on the store while it lasts; resolves (or rejects) as `work` does. */
  store<T>(work: Promise<T>): Promise<T> {
    this.#onStore++;
    this.#changed();
    return work.finally(() => {
      this.#onStore--;
      this.#changed();
    });
  }

  /**
   * Waits for `refresh`, charging `budget` for the time it waits on the store. Rejects with the
   * budget's DeadlineError once that is spent while the refresh waits on the store (the refresh
   * goes on); otherwise resolves or rejects as `refresh` does.
   */
  async within<T>(refresh: Promise<T>, budget: StateBudget): Promise<T> {
    let settled = false;
    const over = refresh.then(
      () => void (settled = true),
      () => void (settled = true),
    );
    while (!settled) {
      const changed = new Promise<void>((resolve) => this.#wakes.push(resolve));
      const next = Promise.race([over, changed]);
      if (this.#onStore > 0) await budget.wait(next);
      else await next;
    }
    return refresh;
  }

  #changed(): void {
    for (const wake of this.#wakes.splice(0)) wake();
  }
}
