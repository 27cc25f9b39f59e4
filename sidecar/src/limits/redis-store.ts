/**
 * The Redis state store for a fleet of sidecars (ioredis). One round trip per decision: an
 * EVALSHA of the apply script. Commands fail fast while Redis is unreachable (no offline
 * queue, no retries, a command timeout) and the client reconnects by itself, so a Redis
 * outage turns into prompt, bounded errors — never a hang — and ends without a restart.
 */
import { Redis, type RedisOptions } from "ioredis";
import { APPLY_LIMITS_LUA, SETTLE_RESERVATION_LUA } from "./redis-limits-script.js";
import type { ApplyOptions, LimitOp, OpResult, SettleOutcome, StateStore } from "./state-store.js";

type ScriptRunner = (numKeys: number, ...args: (string | number)[]) => Promise<unknown>;

/** Options of {@link RedisStateStore}. */
export interface RedisStateStoreOptions {
  /** e.g. `redis://127.0.0.1:6379/0`. */
  readonly url: string;
  /**
   * Key prefix. Its `{…}` hash tag puts every key of a deployment in one Redis Cluster slot,
   * which a multi-key atomic script requires. Default `pcl:{portcullis}:`.
   */
  readonly prefix?: string;
  /** Per-command timeout in milliseconds (default 200). */
  readonly commandTimeoutMs?: number;
  /** Extra ioredis options. */
  readonly redisOptions?: RedisOptions;
}

/**
 * Limit state in Redis.
 *
 * @example
 * ```ts
 * const store = new RedisStateStore({ url: "redis://127.0.0.1:6379" });
 * await store.ready();
 * ```
 */
export class RedisStateStore implements StateStore {
  readonly kind = "redis" as const;
  readonly redis: Redis;
  readonly #prefix: string;
  /** The first connection attempt; commands wait for it once, then fail fast while down. */
  readonly #firstConnect: Promise<void>;

  constructor(options: RedisStateStoreOptions) {
    this.#prefix = options.prefix ?? "pcl:{portcullis}:";
    this.redis = new Redis(options.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? 200,
      connectTimeout: 2000,
      retryStrategy: (attempt) => Math.min(50 * attempt, 1000),
      lazyConnect: true,
      ...options.redisOptions,
    });
    // Errors surface on each command; without a listener ioredis would print every failed
    // reconnect attempt as an unhandled error event.
    this.redis.on("error", () => undefined);
    this.redis.defineCommand("pclApplyLimits", { lua: APPLY_LIMITS_LUA });
    this.redis.defineCommand("pclSettle", { lua: SETTLE_RESERVATION_LUA, numberOfKeys: 1 });
    this.#firstConnect = this.redis.connect().catch(() => undefined);
  }

  /** Resolves once Redis answers; rejects when it cannot be reached now (the client keeps retrying). */
  async ready(): Promise<void> {
    await this.#firstConnect;
    await this.redis.ping();
  }

  async apply(ops: readonly LimitOp[], options: ApplyOptions): Promise<OpResult[]> {
    await this.#firstConnect;
    const keys = ops.map((op) => this.#prefix + op.key);
    const reservation = options.reservation;
    keys.push(reservation ? `${this.#prefix}resv:${reservation.id}` : `${this.#prefix}resv:none`);
    const args: (string | number)[] = [options.commit ? 1 : 0, reservation?.subject ?? "", reservation?.ttlMs ?? 0, ops.length];
    for (const op of ops) {
      const shadow = op.shadow ? 1 : 0;
      switch (op.kind) {
        case "rate":
          // Fractional microseconds survive: very high rates have sub-microsecond intervals.
          args.push("rate", shadow, String(op.intervalUs), op.burst, "", "");
          break;
        case "steps":
          args.push("steps", shadow, op.cap, op.ttlMs, "", "");
          break;
        case "duplicate":
          args.push("duplicate", shadow, op.windowMs, "", "", "");
          break;
        case "tokens":
          args.push("tokens", shadow, op.limit, op.amount, op.period, "");
          break;
      }
    }
    const run = (this.redis as unknown as { pclApplyLimits: ScriptRunner }).pclApplyLimits;
    const flat = (await run.call(this.redis, keys.length, ...keys, ...args)) as number[];
    return ops.map((_, i) => ({ allowed: flat[i * 3] === 1, remaining: flat[i * 3 + 1]!, retryAfterMs: flat[i * 3 + 2]! }));
  }

  async settle(reservationId: string, subject: string, actualTokens: number): Promise<SettleOutcome> {
    await this.#firstConnect;
    const run = (this.redis as unknown as { pclSettle: (...args: (string | number)[]) => Promise<number> }).pclSettle;
    const result = await run.call(this.redis, `${this.#prefix}resv:${reservationId}`, subject, actualTokens);
    return result === 1 ? "settled" : result === -1 ? "forbidden" : "unknown";
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
