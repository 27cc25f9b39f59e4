/**
 * Failed admin authentications: counted, logged without flooding, and slowed down.
 *
 * The admin plane listens on loopback, so the source address says nothing about who is
 * guessing; the throttle is therefore global. Each failure beyond a small allowance within
 * the window waits before its answer, twice as long as the one before, up to a cap — a
 * guesser gets a handful of attempts per second at best, while an operator's typo costs
 * nothing. Only failures wait, so a flood of wrong tokens never slows a valid admin call;
 * and at most `maxWaiting` failures wait at once (the rest are refused at once), so waiting
 * never becomes a way to hold connections open.
 */

/** Options of {@link FailedAuthThrottle}. */
export interface FailedAuthThrottleOptions {
  /** Failures in the window that are answered at once (default 5). */
  readonly allowance?: number;
  /** The window over which failures count, in ms (default 60 000). */
  readonly windowMs?: number;
  /** Delay of the first throttled failure, doubling after (default 250 ms). */
  readonly baseDelayMs?: number;
  /** Longest delay (default 5 000 ms). */
  readonly maxDelayMs?: number;
  /** Most failures waiting at once (default 8: each holds its request's bytes meanwhile). */
  readonly maxWaiting?: number;
  /** How often a summary of failures may be logged, in ms (default 60 000). */
  readonly logEveryMs?: number;
  /** Milliseconds clock (injectable for tests). */
  readonly now?: () => number;
}

/** What to do with one failed attempt. */
export interface FailureVerdict {
  /** Wait this long before answering (0: answer at once). */
  readonly delayMs: number;
  /** Too many failures are already waiting: refuse without waiting. */
  readonly refuse: boolean;
  /** A log line is due: `failures` since the last one (this one included). */
  readonly log: { readonly failures: number } | undefined;
}

/**
 * Counts failed authentications and says how long each must wait and when to log.
 *
 * @example
 * ```ts
 * const throttle = new FailedAuthThrottle();
 * const verdict = throttle.fail();
 * if (verdict.log) logger.warn({ failures: verdict.log.failures }, "admin authentication failed");
 * await throttle.wait(verdict);
 * ```
 */
export class FailedAuthThrottle {
  readonly #allowance: number;
  readonly #windowMs: number;
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #maxWaiting: number;
  readonly #logEveryMs: number;
  readonly #now: () => number;
  /** Times of the failures inside the window, oldest first. */
  readonly #recent: number[] = [];
  #unlogged = 0;
  #lastLogAt = -Infinity;
  #waiting = 0;

  constructor(options: FailedAuthThrottleOptions = {}) {
    this.#allowance = options.allowance ?? 5;
    this.#windowMs = options.windowMs ?? 60_000;
    this.#baseDelayMs = options.baseDelayMs ?? 250;
    this.#maxDelayMs = options.maxDelayMs ?? 5_000;
    this.#maxWaiting = options.maxWaiting ?? 8;
    this.#logEveryMs = options.logEveryMs ?? 60_000;
    this.#now = options.now ?? Date.now;
  }

  /** Records one failure and returns how to answer it. */
  fail(): FailureVerdict {
    const now = this.#now();
    while (this.#recent.length > 0 && this.#recent[0]! <= now - this.#windowMs) this.#recent.shift();
    // Bounded memory: past the cap the delay is at its maximum anyway.
    if (this.#recent.length < 1024) this.#recent.push(now);
    this.#unlogged++;
    let log: FailureVerdict["log"];
    if (now - this.#lastLogAt >= this.#logEveryMs) {
      log = { failures: this.#unlogged };
      this.#unlogged = 0;
      this.#lastLogAt = now;
    }
    const excess = this.#recent.length - this.#allowance;
    const delayMs = excess <= 0 ? 0 : Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** Math.min(excess - 1, 30));
    return { delayMs, refuse: delayMs > 0 && this.#waiting >= this.#maxWaiting, log };
  }

  /** Waits out a verdict's delay (counted against `maxWaiting` meanwhile). */
  async wait(verdict: FailureVerdict): Promise<void> {
    if (verdict.delayMs <= 0 || verdict.refuse) return;
    this.#waiting++;
    try {
      await new Promise((resolve) => setTimeout(resolve, verdict.delayMs).unref());
    } finally {
      this.#waiting--;
    }
  }
}
