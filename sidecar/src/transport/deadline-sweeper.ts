/**
 * The deadlines of in-process calls on one timer. Every call through the unary invoker has a
 * deadline (the SDK's default is 1 s) and almost every one ends long before it: a `setTimeout`
 * and `clearTimeout` per call cost ~2 µs of an embedded decision's ~10 µs (BENCHMARKS.md,
 * embedded), where adding to and deleting from a Set costs a few dozen nanoseconds. The one
 * timer is armed for the earliest deadline and moved only when a call brings an earlier one
 * (with one deadline for all calls, never), so a steady stream of calls sets about one timer
 * per deadline period. It does not keep the process alive: a call's own work does. The
 * pending deadlines are an {@link InFlightList}, not a `Set` (see there why).
 */
import { type InFlightEntry, InFlightList } from "./in-flight-list.js";

/** One call's deadline. */
class PendingDeadline {
  constructor(
    /** When it expires (`performance.now()` time). */
    readonly at: number,
    readonly expire: () => void,
  ) {}
}

/** One call's deadline, as {@link DeadlineSweeper.add} returns it. */
export type Deadline = InFlightEntry<PendingDeadline>;

/**
 * Expires calls whose deadline passed; a call that ends first removes its deadline.
 *
 * @example
 * ```ts
 * const sweeper = new DeadlineSweeper();
 * const deadline = sweeper.add(1000, () => controller.abort(new ConnectError("the operation timed out", Code.DeadlineExceeded)));
 * try { return await work(); } finally { sweeper.remove(deadline); }
 * ```
 */
export class DeadlineSweeper {
  readonly #pending = new InFlightList<PendingDeadline>();
  #timer: NodeJS.Timeout | undefined;
  /** When the timer fires; Infinity when it is not armed. */
  #armedAt = Number.POSITIVE_INFINITY;

  /** Calls still pending (for tests and metrics). */
  get size(): number {
    return this.#pending.size;
  }

  /** Calls `expire` once, `delayMs` from now, unless the deadline is removed first. */
  add(delayMs: number, expire: () => void): Deadline {
    const at = performance.now() + delayMs;
    const deadline = this.#pending.add(new PendingDeadline(at, expire));
    if (at < this.#armedAt) this.#arm(at);
    return deadline;
  }

  /** The call ended before its deadline (or with it): it is not expired. */
  remove(deadline: Deadline): void {
    this.#pending.remove(deadline);
  }

  #arm(at: number): void {
    clearTimeout(this.#timer);
    this.#armedAt = at;
    this.#timer = setTimeout(() => this.#sweep(), Math.max(0, at - performance.now()));
    this.#timer.unref();
  }

  #sweep(): void {
    this.#timer = undefined;
    this.#armedAt = Number.POSITIVE_INFINITY;
    const now = performance.now();
    let next = Number.POSITIVE_INFINITY;
    const due: PendingDeadline[] = [];
    for (const entry of this.#pending.entries()) {
      const deadline = entry.value;
      if (deadline.at <= now) {
        due.push(deadline);
        this.#pending.remove(entry);
      } else if (deadline.at < next) next = deadline.at;
    }
    if (next !== Number.POSITIVE_INFINITY) this.#arm(next);
    // The earliest first, as their own timers would have fired (a late sweep finds several).
    if (due.length > 1) due.sort((a, b) => a.at - b.at);
    for (const deadline of due) deadline.expire();
  }
}
