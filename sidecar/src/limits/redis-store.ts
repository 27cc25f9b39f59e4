/**
 * The Redis state store for a fleet of sidecars (ioredis). One round trip per decision: an
 * EVALSHA of the apply script. The client never queues offline, never resends a command
 * after a reconnect (an apply is not idempotent) and reconnects by itself, so an outage
 * turns into prompt errors — never a hang, never a double charge — and ends without a
 * restart. Deadlines belong to the caller (the Limiter): a command that misses one stays
 * queued on its connection, which is what lets a compensation sent after it run after it.
 *
 * Availability: `down` when the connection closes, when Redis answers that it cannot serve
 * (out of memory, a read-only replica, loading, … — see redis-refusal.ts), or when an apply
 * fails or is overdue (a watchdog looks at the oldest one in flight) and a probe does not
 * answer within the probe deadline either; `up` when a probe (every half second while down,
 * and at once when the client reconnects) succeeds in time. The probe is a small write (a
 * script that sets one key), since a Redis that refuses writes still answers PING. While
 * down, `apply` refuses at once without sending anything, so callers neither wait for a dead
 * Redis nor pile commands onto a paused or refusing one.
 */
import type { Redis, RedisOptions } from "ioredis";
import { ioredis } from "../ioredis-on-demand.js";
import { FIRST_CONNECT_DEADLINE_MS, firstConnect } from "../redis-first-connect.js";
import { RedisRefusedError, redisRefusal } from "../redis-refusal.js";
import { CompensationQueue } from "./compensation-queue.js";
import { withDeadline } from "./deadline.js";
import { APPLY_LIMITS_LUA, CANCEL_DECISION_LUA, PROBE_LUA, SETTLE_RESERVATION_LUA } from "./redis-limits-script.js";
import {
  StateNotSentError,
  type ApplyOptions,
  type LimitOp,
  type OpResult,
  type ClaimOutcome,
  type SettleOutcome,
  type StateStore,
  type StoreAvailability,
} from "./state-store.js";

type ScriptRunner = (...args: (string | number)[]) => Promise<unknown>;

/** SETTLE_RESERVATION_LUA's refusals. */
const SCRIPT_REFUSALS: Readonly<Record<string, Exclude<SettleOutcome, "settled">>> = {
  "0": "unknown",
  "-1": "forbidden",
  "-2": "already-settled",
  "-3": "in-progress",
};

/**
 * How long an apply's undo entry lives in Redis, and so how long a compensation is retried.
 * It bounds how late a withdrawal can still be undone (see the README, "Exactly once").
 */
export const UNDO_TTL_MS = 120_000;

const PROBE_EVERY_MS = 500;

/** How a probe went: answered in time, refused (Redis cannot serve now), or no answer in time. */
type ProbeResult = { readonly ok: true } | { readonly ok: false; readonly cause?: string | undefined };

/** How long closing waits for pending withdrawals, then for QUIT. */
const CLOSE_GRACE_MS = 2000;

/** Options of {@link RedisStateStore}. */
export interface RedisStateStoreOptions {
  /** e.g. `redis://127.0.0.1:6379/0`. */
  readonly url: string;
  /**
   * Key prefix. Its `{…}` hash tag puts every key of a deployment in one Redis Cluster slot,
   * which a multi-key atomic script requires. Default `pcl:{portcullis}:`.
   */
  readonly prefix?: string;
  /** Deadline of `ready()` and of health probes (PING), in milliseconds (default 250). */
  readonly commandTimeoutMs?: number;
  /** Called for each compensation given up (logged by the caller). */
  readonly onCompensationAbandoned?: (decisionId: string, cause: string) => void;
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
  /** Withdrawals on their way to Redis (see {@link cancel}). */
  readonly compensations: CompensationQueue;
  readonly #prefix: string;
  readonly #probeTimeoutMs: number;
  /** The first connection attempt; commands wait for it once, then fail fast while down. */
  readonly #firstConnect: Promise<void>;
  readonly #listeners = new Set<(now: StoreAvailability, cause: string) => void>();
  #availability: StoreAvailability = "connecting";
  /** Why the store is down, for the refusals of `apply` while it is (our words, nothing of Redis's). */
  #downCause = "redis is unreachable (down)";
  #probing = false;
  #prober: NodeJS.Timeout | undefined;
  /** Applies sent and not answered, oldest first (their send times). */
  readonly #inFlight = new Set<{ readonly sentAt: number }>();
  readonly #watchdog: NodeJS.Timeout;
  #closing = false;

  constructor(options: RedisStateStoreOptions) {
    this.#prefix = options.prefix ?? "pcl:{portcullis}:";
    this.#probeTimeoutMs = options.commandTimeoutMs ?? 250;
    this.redis = new (ioredis().Redis)(options.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      connectTimeout: 2000,
      retryStrategy: (attempt) => Math.min(50 * attempt, 1000),
      lazyConnect: true,
      ...options.redisOptions,
    });
    // Errors surface on each command; without a listener ioredis would print every failed
    // reconnect attempt as an unhandled error event.
    this.redis.on("error", () => undefined);
    // Back from down, a new connection proves only that Redis accepts connections (one out of
    // memory does): a probe decides. The first connection goes up at once, as before.
    this.redis.on("ready", () => (this.#availability === "down" ? this.#recheck() : this.#set("up", "connected")));
    this.redis.on("close", () => this.#set("down", "connection closed"));
    this.redis.defineCommand("pclApplyLimits", { lua: APPLY_LIMITS_LUA });
    this.redis.defineCommand("pclCancel", { lua: CANCEL_DECISION_LUA });
    this.redis.defineCommand("pclSettle", { lua: SETTLE_RESERVATION_LUA, numberOfKeys: 1 });
    this.redis.defineCommand("pclProbe", { lua: PROBE_LUA, numberOfKeys: 1 });
    this.compensations = new CompensationQueue({
      send: (id, keys) => this.#sendCancel(id, keys),
      retryForMs: UNDO_TTL_MS - 5000,
      onAbandon: options.onCompensationAbandoned,
    });
    // Bounded: a peer that accepts and never answers must not hold every caller (and the
    // sidecar's start) forever; past the deadline the store is simply down.
    this.#firstConnect = firstConnect(this.redis);
    this.#watchdog = setInterval(() => {
      const oldest = this.#inFlight.values().next();
      if (!oldest.done && Date.now() - oldest.value.sentAt > this.#probeTimeoutMs) this.#suspect("an answer is overdue");
    }, this.#probeTimeoutMs);
    this.#watchdog.unref();
  }

  get availability(): StoreAvailability {
    return this.#availability;
  }

  onAvailability(listener: (now: StoreAvailability, cause: string) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves once Redis answers; rejects when it cannot be reached now (the client keeps retrying). */
  async ready(): Promise<void> {
    await this.#firstConnect;
    if (this.redis.status !== "ready") throw new Error(`redis did not answer within ${FIRST_CONNECT_DEADLINE_MS} ms (connection ${this.redis.status})`);
    await withDeadline(this.redis.ping(), this.#probeTimeoutMs * 4);
  }

  async apply(ops: readonly LimitOp[], options: ApplyOptions): Promise<OpResult[]> {
    await this.#firstConnect;
    if (this.#availability !== "up" || this.redis.status !== "ready") {
      const why = this.#availability === "down" ? this.#downCause : `redis is unreachable (${this.redis.status})`;
      throw new StateNotSentError(`${why}; nothing was sent`);
    }
    const p = this.#prefix;
    const decision = options.decisionId ?? "";
    const keys = ops.map((op) => p + op.key);
    const reservation = options.reservation;
    keys.push(reservation ? `${p}resv:${reservation.id}` : `${p}resv:none`, `${p}cancel:${decision || "none"}`, `${p}undo:${decision || "none"}`);
    const args: (string | number)[] = [options.commit ? 1 : 0, reservation?.subject ?? "", reservation?.ttlMs ?? 0, ops.length, decision, UNDO_TTL_MS];
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
        case "taint":
          args.push("taint", shadow, op.legs, op.rules.map((r) => `${r.need}:${r.when}:${r.withCall ? 1 : 0}`).join(";"), op.ttlMs, op.call);
          break;
      }
    }
    const run = (this.redis as unknown as { pclApplyLimits: ScriptRunner }).pclApplyLimits;
    const inFlight = { sentAt: Date.now() };
    this.#inFlight.add(inFlight);
    try {
      const flat = (await run.call(this.redis, keys.length, ...keys, ...args)) as (number | string)[];
      // After three numbers per operation: four recorded calls per taint operation.
      let recorded = ops.length * 3;
      return ops.map((op, i): OpResult => {
        const allowed = flat[i * 3] === 1;
        const second = flat[i * 3 + 1] as number;
        const third = flat[i * 3 + 2] as number;
        if (op.kind !== "taint") return { allowed, remaining: second, retryAfterMs: third };
        const calls = flat.slice(recorded, (recorded += 4)).map((v) => (v === "" ? undefined : String(v)));
        const [untrusted, sensitive, action, confirmed] = calls;
        return { allowed, remaining: 0, retryAfterMs: 0, workflow: { bits: second, rule: third, untrusted, sensitive, action, confirmed } };
      });
    } catch (err) {
      throw this.#failed(err);
    } finally {
      this.#inFlight.delete(inFlight);
    }
  }

  cancel(decisionId: string, keys: readonly string[]): void {
    this.compensations.add(decisionId, keys);
  }

  async settle(reservationId: string, subject: string, actualTokens: number, claimId = ""): Promise<SettleOutcome> {
    const result = await this.#settleScript(reservationId, subject, actualTokens, claimId, "settle", 0);
    return result === 1 ? "settled" : (SCRIPT_REFUSALS[String(result)] ?? "unknown");
  }

  async claim(reservationId: string, subject: string, claimId: string, claimTtlMs: number): Promise<ClaimOutcome> {
    const result = await this.#settleScript(reservationId, subject, 0, claimId, "claim", claimTtlMs);
    return result === 2 ? "claimed" : (SCRIPT_REFUSALS[String(result)] ?? "unknown");
  }

  async release(reservationId: string, claimId: string): Promise<void> {
    await this.#settleScript(reservationId, "", 0, claimId, "release", 0);
  }

  async #settleScript(reservationId: string, subject: string, actualTokens: number, claimId: string, mode: string, claimTtlMs: number): Promise<unknown> {
    await this.#firstConnect;
    const run = (this.redis as unknown as { pclSettle: ScriptRunner }).pclSettle;
    try {
      return await run.call(this.redis, `${this.#prefix}resv:${reservationId}`, subject, actualTokens, claimId, mode, claimTtlMs);
    } catch (err) {
      throw this.#refused(err);
    }
  }

  async close(): Promise<void> {
    this.#closing = true;
    clearInterval(this.#prober);
    clearInterval(this.#watchdog);
    // Each withdrawal still pending is a deny that stays charged if it never runs: give them
    // a last moment, and QUIT (which waits for the replies to what was sent) rather than drop
    // the connection under them.
    const settled = (work: Promise<unknown>) => withDeadline(work, CLOSE_GRACE_MS).catch(() => undefined);
    if (this.compensations.pending > 0) await settled(this.compensations.idle());
    this.compensations.close();
    if (this.redis.status === "ready") await settled(this.redis.quit());
    this.redis.disconnect();
  }

  #sendCancel(decisionId: string, keys: readonly string[]): Promise<unknown> {
    if (this.redis.status !== "ready") return Promise.reject(new StateNotSentError(`redis is ${this.redis.status}`));
    const p = this.#prefix;
    const run = (this.redis as unknown as { pclCancel: ScriptRunner }).pclCancel;
    const all = [`${p}cancel:${decisionId}`, `${p}undo:${decisionId}`, `${p}resv:${decisionId}`, ...keys.map((k) => p + k)];
    return run.call(this.redis, all.length, ...all, decisionId, UNDO_TTL_MS).catch((err: unknown) => Promise.reject(this.#refused(err)));
  }

  /**
   * What an apply's failure says about the store, and the error to throw for it. A refusal
   * (out of memory, read-only, …) takes the store down at once: Redis said so itself. Any
   * other error reply (a cancelled decision, a script error) came over a working connection
   * and is the command's own; anything else (a closed connection, a timeout) is checked by a
   * probe.
   */
  #failed(err: unknown): unknown {
    if (redisRefusal(err)) return this.#refused(err);
    if (!(err instanceof ioredis().ReplyError)) this.#suspect((err as Error).message);
    return err;
  }

  /** A refusal takes the store down and becomes a RedisRefusedError; any other error passes. */
  #refused(err: unknown): unknown {
    const refusal = redisRefusal(err);
    if (!refusal) return err;
    this.#set("down", refusal.description, true);
    return new RedisRefusedError(refusal);
  }

  /** A command failed: if a probe does not succeed in time either, Redis is down. */
  #suspect(cause: string): void {
    if (this.#availability !== "up" || this.#probing) return;
    this.#probe().then((probe) => {
      if (!probe.ok) this.#set("down", probe.cause ?? cause, probe.cause !== undefined);
    });
  }

  /** Probes now (the connection came back while down): up when it succeeds. */
  #recheck(): void {
    void this.#probe().then((probe) => probe.ok && this.#set("up", "connected and answered a probe"));
  }

  /**
   * One probe at a time: a script that writes one short-lived key, within the probe deadline.
   * A write, not a PING: a Redis out of memory or read-only answers PING and refuses every
   * apply. `cause` is the refusal's description when Redis refused it.
   */
  async #probe(): Promise<ProbeResult> {
    if (this.#probing) return { ok: false };
    this.#probing = true;
    const run = (this.redis as unknown as { pclProbe: ScriptRunner }).pclProbe;
    const probe = run.call(this.redis, `${this.#prefix}probe`, PROBE_EVERY_MS * 4);
    try {
      await withDeadline(probe, this.#probeTimeoutMs);
      return { ok: true };
    } catch (err) {
      return { ok: false, cause: redisRefusal(err)?.description };
    } finally {
      // A probe stuck on a paused Redis stays outstanding; the next one waits for it
      // instead of piling more onto the connection.
      void probe.catch(() => undefined).finally(() => (this.#probing = false));
    }
  }

  /** `refused`: Redis answered that it cannot serve, and `cause` says so in our words. */
  #set(next: StoreAvailability, cause: string, refused = false): void {
    if (this.#closing || next === this.#availability) return;
    this.#availability = next;
    if (next === "down") this.#downCause = refused ? cause : "redis is unreachable (down)";
    clearInterval(this.#prober);
    this.#prober = undefined;
    if (next === "down") {
      this.#prober = setInterval(() => {
        if (this.redis.status !== "ready") return; // the client's own reconnect brings it back
        void this.#probe().then((probe) => probe.ok && this.#set("up", "answered a probe"));
      }, PROBE_EVERY_MS);
      this.#prober.unref();
    }
    for (const listener of this.#listeners) listener(next, cause);
  }
}
