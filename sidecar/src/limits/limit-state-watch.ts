/**
 * Makes the limit state's health visible: one log line when the store goes down and one
 * when it comes back (never one per failed call), a periodic summary of the decisions let
 * through without it (fail-open) instead of a line each, and the readiness that the health
 * service reports.
 */
import type { Logger } from "../logger.js";
import type { CompiledLimit } from "./limit-compiler.js";
import type { FailOpenEvent } from "./limiter.js";
import type { StateStore, StoreAvailability } from "./state-store.js";

/** Options of {@link LimitStateWatch}. */
export interface LimitStateWatchOptions {
  /** At most one fail-open summary per this many milliseconds (default 10 s). */
  readonly summaryEveryMs?: number;
  /** The limits in force (they decide whether a down store makes the sidecar unready). */
  readonly limits: () => readonly CompiledLimit[];
  /** Whether something else kept in the store (the workflow taint) fails closed without it. */
  readonly othersFailClosed?: (() => boolean) | undefined;
}

/**
 * Watches a state store for the logs and for readiness.
 *
 * @example
 * ```ts
 * const watch = new LimitStateWatch(store, logger, { limits: () => policies.current.limits });
 * const limiter = new Limiter(store, { onFailOpen: (e) => watch.failOpen(e) });
 * ```
 */
export class LimitStateWatch {
  readonly #store: StateStore;
  readonly #logger: Logger;
  readonly #summaryEveryMs: number;
  readonly #limits: () => readonly CompiledLimit[];
  readonly #othersFailClosed: () => boolean;
  readonly #listeners = new Set<() => void>();
  readonly #unsubscribe: () => void;
  #downSince: number | undefined;
  #failOpen = new Map<string, number>();
  #failOpenTotal = 0;
  #windowStart = 0;
  #summary: NodeJS.Timeout | undefined;

  constructor(store: StateStore, logger: Logger, options: LimitStateWatchOptions) {
    this.#store = store;
    this.#logger = logger;
    this.#summaryEveryMs = options.summaryEveryMs ?? 10_000;
    this.#limits = options.limits;
    this.#othersFailClosed = options.othersFailClosed ?? (() => false);
    this.#unsubscribe = store.onAvailability((now, cause) => this.#changed(now, cause));
    if (store.availability === "down") this.#changed("down", "unreachable at start");
  }

  /**
   * Whether the sidecar can decide every call now: false while the store is down (or not
   * yet connected) and some enforced limit of the policy — or the workflow taint — fails closed.
   */
  get ready(): boolean {
    if (this.#store.availability === "up") return true;
    return !this.#limits().some((limit) => !limit.failOpen && !limit.shadow) && !this.#othersFailClosed();
  }

  /** Calls `listener` whenever the store's availability changes; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Counts one decision let through without limit state; summarised at most every few seconds. */
  failOpen(event: FailOpenEvent): void {
    const target = `${event.server}/${event.tool}`;
    // Tool names come from callers: past a few hundred distinct ones in a window, the rest
    // are counted together.
    const key = this.#failOpen.has(target) || this.#failOpen.size < 500 ? target : "(other tools)";
    this.#failOpen.set(key, (this.#failOpen.get(key) ?? 0) + 1);
    this.#failOpenTotal++;
    if (this.#summary) return;
    this.#windowStart = Date.now();
    this.#summary = setTimeout(() => this.#logSummary(), this.#summaryEveryMs);
    this.#summary.unref();
  }

  /** Logs what is pending and stops watching. */
  close(): void {
    clearTimeout(this.#summary);
    this.#logSummary();
    this.#unsubscribe();
  }

  #changed(now: StoreAvailability, cause: string): void {
    if (now === "down") {
      this.#downSince = Date.now();
      this.#logger.error({ state: this.#store.kind, cause }, "limit state unavailable");
    } else if (now === "up" && this.#downSince !== undefined) {
      this.#logger.info({ state: this.#store.kind, downForMs: Date.now() - this.#downSince }, "limit state recovered");
      this.#downSince = undefined;
    }
    for (const listener of this.#listeners) listener();
  }

  #logSummary(): void {
    this.#summary = undefined;
    if (this.#failOpenTotal === 0) return;
    const top = [...this.#failOpen].sort((a, b) => b[1] - a[1]).slice(0, 10);
    this.#logger.warn(
      { failOpen: this.#failOpenTotal, overMs: Date.now() - this.#windowStart, byTool: Object.fromEntries(top) },
      "decisions allowed without limit state (fail-open)",
    );
    this.#failOpen = new Map();
    this.#failOpenTotal = 0;
  }
}
