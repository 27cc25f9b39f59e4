/**
 * When the gateway may open a connection again after a downstream failed. The first failure
 * costs nothing: the next call reconnects at once, so a server that crashed once recovers on
 * the very next call. From the second failure in a row, calls fail fast for a while that
 * doubles each time (100 ms up to 5 s) — a stdio server that crashes on start would otherwise
 * be spawned once per incoming call, hundreds of processes a second under load, and a server
 * that is down would be hammered by every caller at once. An answered call clears the record.
 */

/** The wait after the second failure in a row; it doubles with each further failure. */
const FIRST_WAIT_MS = 100;
/** The longest wait between attempts. */
const MAX_WAIT_MS = 5000;
/** Most servers (and credentials) remembered as failing; the oldest record goes first. */
const MAX_RECORDS = 1024;

interface FailureRecord {
  /** Failures in a row. */
  count: number;
  /** No attempt before this time (ms since the epoch). */
  until: number;
  /** What the last failure said (already redacted). */
  why: string;
}

/**
 * Failure records of the downstream connections, by connection key.
 *
 * @example
 * ```ts
 * const backoff = new ReconnectBackoff();
 * const wait = backoff.waiting(key);
 * if (wait) throw new Error(`unavailable (${wait.why}); tried again in ${wait.retryInMs} ms`);
 * ```
 */
export class ReconnectBackoff {
  readonly #records = new Map<string, FailureRecord>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** While `key` must not be tried: how long yet, and why; undefined when it may be tried now. */
  waiting(key: string): { readonly retryInMs: number; readonly why: string } | undefined {
    const record = this.#records.get(key);
    if (!record) return undefined;
    const retryInMs = record.until - this.#now();
    return retryInMs > 0 ? { retryInMs, why: record.why } : undefined;
  }

  /** Records a failure of `key`, saying `why` (no secrets: it is shown to callers). */
  failed(key: string, why: string): void {
    const count = (this.#records.get(key)?.count ?? 0) + 1;
    const wait = count < 2 ? 0 : Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (count - 2));
    this.#records.delete(key);
    this.#records.set(key, { count, until: this.#now() + wait, why });
    if (this.#records.size > MAX_RECORDS) this.#records.delete(this.#records.keys().next().value!);
  }

  /** `key` answered: its failures are forgotten. */
  succeeded(key: string): void {
    this.#records.delete(key);
  }
}
