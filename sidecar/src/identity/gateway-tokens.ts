/**
 * Gateway tokens on the decision path: an in-memory table of token records by SHA-256, so a
 * decision with a known token is synchronous (one hash, one map read); a miss reads the
 * store once (concurrent misses of one token share the read) and caches what it finds.
 *
 * A miss waits for the store at most the state timeout (`lookupTimeoutMs`, the sidecar's
 * `--state-timeout`), or what is left of the decision's {@link StateBudget}: never the
 * store's own command deadline. A read that answers later still fills the cache.
 *
 * Looking a token up by its hash is the comparison: there is no secret-dependent
 * byte-by-byte compare to time. What a timing difference could reveal is where a presented
 * token's SHA-256 sits in a hash table — nothing usable about any stored token (the
 * approach of GitHub's and GitLab's token stores, and of the policy's static tokens).
 *
 * The identity sync evicts records when another replica (or this one) revokes a token or
 * offboards a subject. A read from the store that overlaps such a change is read again, so
 * a record fetched just before a revocation is never cached after it.
 *
 * Last-used times are kept in memory and written in batches (at most one update per token
 * per minute), never a write per call.
 */
import { withDeadline } from "../limits/deadline.js";
import type { CompiledPolicy, Principal } from "../policy/index.js";
import type { StateBudget } from "../state-budget.js";
import { callerProblem, type CallerResolution } from "./caller.js";
import type { GatewayTokenSource } from "./identity.js";
import type { IdentityStore, TokenRecord } from "./identity-store.js";
import { hashToken } from "./static-tokens.js";

/** Options of {@link GatewayTokens}. */
export interface GatewayTokensOptions {
  /** Most records kept in memory (default 100 000); the oldest cached go first. */
  readonly maxCached?: number;
  /** A token's last-used time is recorded at most this often, in ms (default 60 000). */
  readonly lastUsedEveryMs?: number;
  /**
   * Longest wait for the store on a miss without a decision's budget, in ms (default 250, the
   * default state timeout); the sidecar passes its `--state-timeout`.
   */
  readonly lookupTimeoutMs?: number;
  /** Why revocations cannot be trusted now (the store is unreachable), or undefined. */
  readonly staleness?: () => string | undefined;
  /** Milliseconds clock (injectable for tests). */
  readonly now?: () => number;
}

interface Entry {
  readonly record: TokenRecord;
  /** The resolution for `policy` (roles the policy no longer has are dropped). */
  resolution: CallerResolution | undefined;
  policy: CompiledPolicy | undefined;
  lastUsedAtMs: number;
}

const UNKNOWN = callerProblem("unknown_token", "the gateway token is not known to this sidecar (never issued, or issued by another deployment)");
const UNREACHABLE = callerProblem("unavailable", "the gateway token cannot be checked now: the token store does not answer; retry shortly");
/** An unknown hash is remembered this long (a new token is random: nobody can present it before it is issued). */
const UNKNOWN_TTL_MS = 60_000;
const MAX_UNKNOWN = 10_000;

/**
 * Resolves `pcl_…` / `pcla_…` tokens through a cache over an {@link IdentityStore}.
 *
 * @example
 * ```ts
 * const tokens = new GatewayTokens(store);
 * const identity = new Identity({ gatewayTokens: tokens });
 * ```
 */
export class GatewayTokens implements GatewayTokenSource {
  readonly #store: IdentityStore;
  readonly #maxCached: number;
  readonly #lastUsedEveryMs: number;
  readonly #lookupTimeoutMs: number;
  readonly #staleness: (() => string | undefined) | undefined;
  readonly #now: () => number;
  readonly #cache = new Map<string, Entry>();
  readonly #unknown = new Map<string, number>();
  readonly #loading = new Map<string, Promise<Entry | undefined>>();
  /** Last-used times not yet written (hash → ms). */
  #pendingUses = new Map<string, number>();
  /** Bumped by every eviction: a store read that spans one is not cached. */
  #generation = 0;

  constructor(store: IdentityStore, options: GatewayTokensOptions = {}) {
    this.#store = store;
    this.#maxCached = options.maxCached ?? 100_000;
    this.#lastUsedEveryMs = options.lastUsedEveryMs ?? 60_000;
    this.#lookupTimeoutMs = options.lookupTimeoutMs ?? 250;
    this.#staleness = options.staleness;
    this.#now = options.now ?? Date.now;
  }

  /** Records in memory. */
  get cached(): number {
    return this.#cache.size;
  }

  /**
   * Resolves a gateway token: synchronously when it is in memory; on a miss, waits for the
   * store at most what is left of `budget` (the decision's wait on shared state), or the
   * lookup timeout without one.
   */
  resolve(token: string, policy: CompiledPolicy, budget?: StateBudget): CallerResolution | Promise<CallerResolution> {
    const stale = this.#staleness?.();
    if (stale !== undefined) return callerProblem("unavailable", stale);
    const hash = hashToken(token);
    const entry = this.#cache.get(hash);
    if (entry) return this.#judge(entry, policy);
    const until = this.#unknown.get(hash);
    if (until !== undefined && until > this.#now()) return UNKNOWN;
    let loading = this.#loading.get(hash);
    if (!loading) {
      loading = this.#fetch(hash).finally(() => this.#loading.delete(hash));
      this.#loading.set(hash, loading);
    }
    // Each caller waits its own deadline on the shared read, which goes on (and fills the
    // cache) if it answers later.
    const bounded = budget ? budget.wait(loading) : withDeadline(loading, this.#lookupTimeoutMs);
    return bounded.then(
      (found) => (found ? this.#judge(found, policy) : UNKNOWN),
      () => UNREACHABLE,
    );
  }

  /** Counts the changes applied to the cache; see {@link GatewayTokens.remember}. */
  get generation(): number {
    return this.#generation;
  }

  /**
   * Puts a record in memory (a token this replica just issued) — unless a change was applied
   * since `generation` (read before the record was written): the record may be out of date.
   */
  remember(record: TokenRecord, generation = this.#generation): void {
    this.#unknown.delete(record.hash);
    if (generation !== this.#generation) return;
    this.#put(record.hash, { record, resolution: undefined, policy: undefined, lastUsedAtMs: record.lastUsedAtMs });
  }

  /** Forgets one token (it changed in the store). */
  evict(hash: string): void {
    this.#generation++;
    this.#cache.delete(hash);
    this.#unknown.delete(hash);
  }

  /** Forgets every token of a subject (it was offboarded or reinstated). */
  evictSubject(subject: string): void {
    this.#generation++;
    for (const [hash, entry] of this.#cache) if (entry.record.subject === subject) this.#cache.delete(hash);
  }

  /** Forgets everything (the store was reloaded). */
  clear(): void {
    this.#generation++;
    this.#cache.clear();
    this.#unknown.clear();
  }

  /** Writes the last-used times gathered since the previous flush; kept for the next one if the store fails. */
  async flushLastUsed(): Promise<void> {
    if (this.#pendingUses.size === 0) return;
    const batch = this.#pendingUses;
    this.#pendingUses = new Map();
    try {
      await this.#store.recordLastUsed(batch);
    } catch (err) {
      for (const [hash, at] of batch) if ((this.#pendingUses.get(hash) ?? 0) < at) this.#pendingUses.set(hash, at);
      throw err;
    }
  }

  #judge(entry: Entry, policy: CompiledPolicy): CallerResolution {
    const record = entry.record;
    const now = this.#now();
    if (record.revokedAtMs !== 0) {
      return callerProblem("revoked", `gateway token ${record.id} was revoked at ${new Date(record.revokedAtMs).toISOString()}`);
    }
    if (record.expiresAtMs <= now) {
      return callerProblem("expired", `gateway token ${record.id} expired at ${new Date(record.expiresAtMs).toISOString()}; ask an admin for a new one`);
    }
    if (now - entry.lastUsedAtMs >= this.#lastUsedEveryMs) {
      entry.lastUsedAtMs = now;
      this.#pendingUses.set(record.hash, now);
    }
    if (entry.policy !== policy || !entry.resolution) {
      entry.policy = policy;
      entry.resolution = { ok: true, principal: principalOf(record, policy) };
    }
    return entry.resolution;
  }

  async #fetch(hash: string): Promise<Entry | undefined> {
    for (let attempt = 1; ; attempt++) {
      const generation = this.#generation;
      const record = await this.#store.tokenByHash(hash);
      const settled = generation === this.#generation;
      if (!settled && attempt < 3) continue;
      if (!record) {
        if (settled) this.#rememberUnknown(hash);
        return undefined;
      }
      const entry: Entry = { record, resolution: undefined, policy: undefined, lastUsedAtMs: record.lastUsedAtMs };
      if (settled) this.#put(hash, entry);
      return entry;
    }
  }

  #put(hash: string, entry: Entry): void {
    if (!this.#cache.has(hash) && this.#cache.size >= this.#maxCached) {
      this.#cache.delete(this.#cache.keys().next().value!);
    }
    this.#cache.set(hash, entry);
  }

  #rememberUnknown(hash: string): void {
    if (this.#unknown.size >= MAX_UNKNOWN) this.#unknown.delete(this.#unknown.keys().next().value!);
    this.#unknown.set(hash, this.#now() + UNKNOWN_TTL_MS);
  }
}

/** The principal of a token under a policy: roles the policy does not define grant nothing, so they are left out. */
function principalOf(record: TokenRecord, policy: CompiledPolicy): Principal {
  return {
    subject: record.subject,
    roles: record.roles.filter((role) => policy.roles.has(role)),
    team: record.team === "" ? undefined : record.team,
    kind: record.kind,
    tokenId: record.id,
    issuedAtMs: record.createdAtMs,
    expiresAtMs: record.expiresAtMs,
  };
}
