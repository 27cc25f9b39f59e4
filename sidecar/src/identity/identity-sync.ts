/**
 * Keeps a replica's view of revocations in step with the store: reads the change feed from
 * its last epoch and applies each change — a revoked token leaves the token cache, an
 * offboarded or reinstated subject updates the deny-list and leaves the cache.
 *
 * Two triggers, so that a lost message costs at most one poll interval: the store's nudge
 * (Redis pub/sub, milliseconds) and a poll every 250 ms that does not rely on it. A gap in
 * the feed (this replica fell further behind than the feed keeps) or a reset store — told by
 * the store's incarnation, not its epoch, which starts over and may pass this replica's —
 * reloads everything. When the store stops answering, the last known state stays in force; after
 * `staleAfterMs` without a successful read, every caller is refused — gateway, static and
 * IdP tokens alike, through {@link IdentitySync.staleness} (fail closed: a replica cut off
 * from the fleet cannot learn of revocations or offboardings). Crossing that bound, either
 * way, is logged once and told to {@link IdentitySync.onStaleChange} listeners: readiness
 * follows it, so that a load balancer stops sending callers to a replica that refuses them all.
 */
import type { Logger } from "../logger.js";
import { redisErrorCode, redisRefusal } from "../redis-refusal.js";
import type { GatewayTokens } from "./gateway-tokens.js";
import type { IdentityChange, IdentityStore } from "./identity-store.js";
import type { SubjectDenyListCache } from "./subject-deny-list.js";

/** Options of {@link IdentitySync}. */
export interface IdentitySyncOptions {
  /** How often the feed is read without a nudge, in ms (default 250). */
  readonly pollEveryMs?: number;
  /** How long failed reads may go on before callers are refused, in ms (default 5000). */
  readonly staleAfterMs?: number;
  readonly logger?: Logger | undefined;
  /** Milliseconds clock (injectable for tests). */
  readonly now?: () => number;
}

/**
 * Applies the store's change feed to one replica's caches.
 *
 * @example
 * ```ts
 * const sync = new IdentitySync(store, tokens, denyList, { logger });
 * await sync.start();
 * await store.revokeToken(id, Date.now());
 * await sync.sync(); // this replica enforces it now; others within a poll interval
 * ```
 */
export class IdentitySync {
  readonly #store: IdentityStore;
  readonly #tokens: GatewayTokens;
  readonly #denyList: SubjectDenyListCache;
  readonly #pollEveryMs: number;
  readonly #staleAfterMs: number;
  readonly #logger: Logger | undefined;
  readonly #now: () => number;
  #epoch = 0;
  /** The store's incarnation at the last reload (see ChangePage.incarnation). */
  #incarnation: string | undefined;
  /** Tokens seen revoked in the feed (hash → when seen), to write back into a reset store. */
  readonly #revoked = new Map<string, number>();
  #running: Promise<void> | undefined;
  #again = false;
  #lastSuccessAt = -Infinity;
  #failing = false;
  /** How the last read failed, in words fit for a caller (see failureOf). */
  #failure: Failure = { verb: "has not answered", detail: "" };
  #timer: NodeJS.Timeout | undefined;
  /** Fires when failed reads reach the staleness bound (set while failing and not yet stale). */
  #staleTimer: NodeJS.Timeout | undefined;
  /** Whether listeners were last told the data is stale. */
  #reportedStale = false;
  readonly #staleListeners = new Set<() => void>();
  #unwatch: (() => void) | undefined;
  #closed = false;

  constructor(store: IdentityStore, tokens: GatewayTokens, denyList: SubjectDenyListCache, options: IdentitySyncOptions = {}) {
    this.#store = store;
    this.#tokens = tokens;
    this.#denyList = denyList;
    this.#pollEveryMs = options.pollEveryMs ?? 250;
    this.#staleAfterMs = options.staleAfterMs ?? 5000;
    this.#logger = options.logger;
    this.#now = options.now ?? Date.now;
  }

  /** The last change applied. */
  get epoch(): number {
    return this.#epoch;
  }

  /** Loads the state (a failure is logged and retried by the poll) and starts following changes. */
  async start(): Promise<void> {
    await this.sync();
    this.#timer = setInterval(() => void this.sync(), this.#pollEveryMs);
    this.#timer.unref();
    this.#unwatch = this.#store.watch?.(
      () => void this.sync(),
      (message) => this.#logger?.warn({ problem: message }, "identity changes: no pub/sub; revocations reach this replica by polling"),
    );
  }

  /**
   * Reads and applies the feed; resolves once every change written before the call is
   * applied (or the read failed). Calls during a read run one more read after it.
   */
  sync(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      try {
        do {
          this.#again = false;
          await this.#readOnce();
        } while (this.#again && !this.#closed);
      } finally {
        this.#running = undefined;
      }
    })();
    return this.#running;
  }

  /** Why revocations cannot be trusted now, or undefined. */
  staleness(): string | undefined {
    if (!this.#failing) return undefined;
    const since = this.#now() - this.#lastSuccessAt;
    if (since < this.#staleAfterMs) return undefined;
    return Number.isFinite(since)
      ? `revocations cannot be checked: the token store ${this.#failure.verb} for ${Math.round(since / 1000)} s${this.#failure.detail}; retry shortly`
      : `revocations cannot be checked: the token store ${this.#failure.verb} since the sidecar started${this.#failure.detail}; retry shortly`;
  }

  /**
   * Calls `listener` whenever {@link staleness} starts or stops refusing callers (for
   * readiness); returns the unsubscribe.
   */
  onStaleChange(listener: () => void): () => void {
    this.#staleListeners.add(listener);
    return () => this.#staleListeners.delete(listener);
  }

  /** Stops following changes. */
  close(): void {
    this.#closed = true;
    clearInterval(this.#timer);
    clearTimeout(this.#staleTimer);
    this.#unwatch?.();
  }

  /**
   * Tells listeners (and the log, once) when the staleness bound is crossed either way. While
   * reads fail and the bound is still ahead, a timer wakes at the bound: nothing else would
   * notice that time alone made the data stale.
   */
  #checkStale(): void {
    clearTimeout(this.#staleTimer);
    this.#staleTimer = undefined;
    if (this.#closed) return;
    const stale = this.staleness();
    if (stale === undefined && this.#failing) {
      const left = this.#staleAfterMs - (this.#now() - this.#lastSuccessAt);
      this.#staleTimer = setTimeout(() => this.#checkStale(), Math.max(1, left));
      this.#staleTimer.unref();
    }
    if ((stale !== undefined) === this.#reportedStale) return;
    this.#reportedStale = stale !== undefined;
    if (stale !== undefined) {
      this.#logger?.error(
        { staleAfterMs: this.#staleAfterMs, why: stale },
        "identity data stale: every caller is refused and readiness is NOT_SERVING until the token store answers",
      );
    } else {
      this.#logger?.info({ epoch: this.#epoch }, "identity data current again: callers are decided and readiness is SERVING");
    }
    for (const listener of this.#staleListeners) listener();
  }

  async #readOnce(): Promise<void> {
    try {
      if (!this.#denyList.loaded) {
        await this.#reload();
      } else {
        await this.#follow();
      }
      this.#lastSuccessAt = this.#now();
      if (this.#failing) this.#logger?.info({ epoch: this.#epoch }, "identity changes: the token store answers again");
      this.#failing = false;
    } catch (err) {
      if (!this.#failing)
        this.#logger?.warn({ err: (err as Error).message }, "identity changes: cannot read the token store; the last known revocations stay in force");
      this.#failing = true;
      this.#failure = failureOf(err);
    }
    this.#checkStale();
  }

  async #follow(): Promise<void> {
    for (;;) {
      const page = await this.#store.changesSince(this.#epoch);
      if (page.incarnation !== this.#incarnation || page.latest < this.#epoch) {
        // The store was reset or replaced (Redis restarted empty): its epochs started over
        // and may have reached this replica's again, so they say nothing. Everything again,
        // keeping what this replica knew.
        await this.#reload(true);
        return;
      }
      if (page.latest === this.#epoch) return;
      if (!contiguous(page.changes, this.#epoch)) {
        // The feed trimmed changes this replica never saw.
        await this.#reload();
        return;
      }
      for (const change of page.changes) this.#apply(change);
      this.#epoch = page.changes.at(-1)!.epoch;
      if (this.#epoch >= page.latest) return;
    }
  }

  /**
   * Loads everything. After a reset (`reset`: the store was found emptied or replaced), what
   * this replica knew stays in force — the deny-list has no end date and a revoked token must
   * not come back — and is written back, so the fleet and replicas that start later converge.
   */
  async #reload(reset = false): Promise<void> {
    // The epoch first: changes written while the list loads are applied again after it,
    // and applying a change twice leaves the same state.
    const { latest, incarnation } = await this.#store.changesSince(Number.MAX_SAFE_INTEGER);
    const stored = await this.#store.offboardedSubjects();
    if (!reset) {
      this.#denyList.replaceAll(stored);
    } else {
      const inStore = new Map(stored.map((e) => [e.subject, e]));
      const lost = this.#denyList.entries().filter((e) => (inStore.get(e.subject)?.offboardedAtMs ?? -Infinity) < e.offboardedAtMs);
      // In force here before anything is written: a failed write-back is retried by the next
      // read (the incarnation still differs), never a window without them.
      for (const e of lost) inStore.set(e.subject, e);
      this.#denyList.replaceAll([...inStore.values()]);
      if (lost.length > 0) await this.#store.restoreOffboardings?.(lost);
      const revived = await this.#restoreRevocations();
      this.#logger?.warn(
        {
          incarnation,
          epoch: latest,
          restoredOffboardings: lost.length,
          subjects: lost.slice(0, 20).map((e) => e.subject),
          restoredRevocations: revived,
        },
        "identity changes: the token store was found reset (Redis restarted empty or was replaced); the offboardings and token revocations this replica knew stay in force and were written back",
      );
    }
    this.#tokens.clear();
    this.#epoch = latest;
    this.#incarnation = incarnation;
  }

  /** Revokes again, in a reset store, the tokens this replica saw revoked that it holds unrevoked (a stale snapshot's); how many. */
  async #restoreRevocations(): Promise<number> {
    let revived = 0;
    const known = [...this.#revoked];
    for (let i = 0; i < known.length; i += 100) {
      const batch = known.slice(i, i + 100);
      const records = await Promise.all(batch.map(([hash]) => this.#store.tokenByHash(hash)));
      for (const [j, record] of records.entries()) {
        if (record?.revokedAtMs === 0 && (await this.#store.revokeToken(record.id, batch[j]![1]))) revived += 1;
      }
    }
    return revived;
  }

  #rememberRevoked(hash: string): void {
    // A token change is a revocation; oldest forgotten first past the bound.
    this.#revoked.delete(hash);
    this.#revoked.set(hash, this.#now());
    if (this.#revoked.size > REVOKED_REMEMBERED) this.#revoked.delete(this.#revoked.keys().next().value!);
  }

  #apply(change: IdentityChange): void {
    if (change.kind === "token") {
      this.#rememberRevoked(change.hash);
      this.#tokens.evict(change.hash);
    } else {
      this.#denyList.set(change.subject, change.entry);
      this.#tokens.evictSubject(change.subject);
    }
  }
}

/** How many token revocations a replica remembers to write back into a reset store. */
const REVOKED_REMEMBERED = 100_000;

interface Failure {
  readonly verb: string;
  /** "" or ` (…)`. */
  readonly detail: string;
}

/**
 * A failed read in words fit for a caller (nothing Redis said verbatim): that Redis refuses
 * and why, that it answered with an error (its code only), or that it has not answered.
 */
function failureOf(err: unknown): Failure {
  const refusal = redisRefusal(err);
  if (refusal) return { verb: "has refused to answer", detail: ` (${refusal.description})` };
  const code = redisErrorCode(err);
  return code === undefined ? { verb: "has not answered", detail: "" } : { verb: "has answered with errors", detail: ` (${code})` };
}

function contiguous(changes: readonly IdentityChange[], after: number): boolean {
  if (changes.length === 0) return false;
  return changes.every((c, i) => c.epoch === after + i + 1);
}
