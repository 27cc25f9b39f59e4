/**
 * One budget for the request bytes held across all in-flight requests of a listener, so
 * that a flood of large bodies is refused instead of being buffered: each request body is
 * held in memory whole until it is parsed, and a thousand concurrent 16 MiB bodies would
 * otherwise each be accepted against the per-message limit alone.
 */

/**
 * Counts bytes reserved by in-flight requests against a fixed limit.
 *
 * @example
 * ```ts
 * const budget = new ByteBudget(64 * 1024 * 1024);
 * if (budget.tryReserve(contentLength)) {
 *   // … read and handle the body, then:
 *   budget.release(contentLength);
 * }
 * ```
 */
export class ByteBudget {
  /** The most bytes that may be reserved at once. */
  readonly limit: number;
  #used = 0;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Bytes reserved right now. */
  get used(): number {
    return this.#used;
  }

  /** Reserves `bytes` if they fit; a request that cannot fit at all never does. */
  tryReserve(bytes: number): boolean {
    if (this.#used + bytes > this.limit) return false;
    this.#used += bytes;
    return true;
  }

  /** Returns bytes reserved earlier. */
  release(bytes: number): void {
    this.#used = Math.max(0, this.#used - bytes);
  }
}
