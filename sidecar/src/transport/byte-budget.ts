/**
 * One budget for the request bytes held across all in-flight requests of a listener, so
 * that a flood of large bodies is refused instead of being buffered: each request body is
 * held in memory whole until it is parsed, and a thousand concurrent 16 MiB bodies would
 * otherwise each be accepted against the per-message limit alone.
 *
 * Only bytes held are counted (the caller reserves each chunk as it arrives), never a length
 * a request merely declares: a claim made up front let two sockets that declared 16 MiB and
 * sent one byte refuse every other call until the request timeout, holding no memory at all.
 *
 * A small reserve above the limit is kept for small requests, so that large bodies which
 * really are arriving slowly cannot starve the hot path (an Authorize is ~100 bytes).
 */

/**
 * A body no larger than this may use the reserve above the limit (see {@link ByteBudget}):
 * a few KiB covers every Authorize, FilterTools of a few dozen tools and Health check.
 *
 * @example
 * ```ts
 * budget.tryReserve(chunk.length, expectedSize <= SMALL_BODY_BYTES);
 * ```
 */
export const SMALL_BODY_BYTES = 16 * 1024;

/**
 * Counts bytes reserved by in-flight requests against a fixed limit, plus a reserve (1/16 of
 * the limit) that only small requests may use once the limit is reached.
 *
 * @example
 * ```ts
 * const budget = new ByteBudget(64 * 1024 * 1024);
 * if (budget.tryReserve(chunk.length, false)) {
 *   // … keep the chunk; once the request is answered:
 *   budget.release(chunk.length);
 * }
 * ```
 */
export class ByteBudget {
  /** The most bytes that may be reserved at once by requests that are not small. */
  readonly limit: number;
  /** Bytes above {@link limit} that only small requests may reserve. */
  readonly reserve: number;
  #used = 0;

  constructor(limit: number) {
    this.limit = limit;
    this.reserve = Math.floor(limit / 16);
  }

  /** Bytes reserved right now. */
  get used(): number {
    return this.#used;
  }

  /**
   * Reserves `bytes` if they fit: under {@link limit}, or for a `small` request under the
   * limit plus {@link reserve}.
   */
  tryReserve(bytes: number, small = false): boolean {
    if (this.#used + bytes > this.limit + (small ? this.reserve : 0)) return false;
    this.#used += bytes;
    return true;
  }

  /** Returns bytes reserved earlier. */
  release(bytes: number): void {
    this.#used = Math.max(0, this.#used - bytes);
  }
}
