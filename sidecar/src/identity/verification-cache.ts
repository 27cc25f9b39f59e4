/**
 * Verified IdP tokens, remembered so that a repeated token resolves synchronously in
 * microseconds instead of costing a signature check.
 *
 * Keys are SHA-256 digests of the token, never the token: a heap dump shows no usable
 * credential. An entry lives until the token expires (plus the allowed skew) and only for the
 * policy revision it was computed under — a reload may change the claim → role mapping, the
 * trusted issuers or audiences, so the first call on a new revision empties the cache — and,
 * for a verified token, only while its issuer's key set is of the generation it was verified
 * under: once a refetch withdraws a key, tokens signed with it must stop passing (the IdP's
 * answer to a key compromise), so the entry is dropped and the token verified again. That
 * check is one number compared per hit. A hit whose key set is past its maximum age starts a
 * background refetch of it (without waiting for it): otherwise, while only cached tokens
 * arrive, nothing would fetch the keys and a withdrawal would go unnoticed.
 * Refusals are kept apart and briefly, in a smaller map: a flood of garbage tokens can evict
 * only other refusals, never the verified tokens of real callers.
 *
 * Both maps are bounded and evict their oldest entry first.
 */
import { hash } from "node:crypto";
import type { CallerResolution } from "./caller.js";

/** Options of {@link VerificationCache}. */
export interface VerificationCacheOptions {
  /** Verified tokens kept (default 10,000). */
  readonly maxEntries?: number;
  /** Refusals kept (default 1,000). */
  readonly maxRefusals?: number;
  readonly now?: () => number;
}

/**
 * A key set whose generation advances when a key is withdrawn from it (`JwksCache`).
 *
 * @example
 * ```ts
 * const keys: KeySetGeneration = new JwksCache(source);
 * const verifiedUnder = { keys, generation: keys.generation };
 * ```
 */
export interface KeySetGeneration {
  readonly generation: number;
  /**
   * Starts a background refetch if the keys are past their maximum age; returns at once and
   * never throws. Each hit calls it: only a fetch can show a key withdrawn, and a stream of
   * cached tokens would otherwise never cause one.
   */
  refreshIfStale(): void;
}

/**
 * The key set a token was verified with, and its generation then (read before verifying, so
 * that a withdrawal during the verification leaves the entry already stale).
 *
 * @example
 * ```ts
 * cache.set(key, revision, resolution, expiresAtMs, { keys, generation });
 * ```
 */
export interface VerifiedUnder {
  readonly keys: KeySetGeneration;
  readonly generation: number;
}

interface Entry {
  readonly resolution: CallerResolution;
  readonly untilMs: number;
  readonly keys: KeySetGeneration | undefined;
  readonly generation: number;
}

/**
 * The cache key of a token: its SHA-256, base64.
 *
 * @example
 * ```ts
 * const key = tokenKey(jwt); // "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg="
 * ```
 */
export function tokenKey(token: string): string {
  return hash("sha256", token, "base64");
}

/**
 * Resolutions of IdP tokens by {@link tokenKey}, per policy revision.
 *
 * @example
 * ```ts
 * const hit = cache.get(key, policy.revision);
 * if (!hit) cache.set(key, policy.revision, resolution, expiresAtMs);
 * ```
 */
export class VerificationCache {
  readonly #maxEntries: number;
  readonly #maxRefusals: number;
  readonly #now: () => number;
  readonly #accepted = new Map<string, Entry>();
  readonly #refused = new Map<string, Entry>();
  #revision: string | undefined;

  constructor(options: VerificationCacheOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 10_000;
    this.#maxRefusals = options.maxRefusals ?? 1_000;
    this.#now = options.now ?? Date.now;
  }

  /** Entries held (verified, refused). */
  get size(): { readonly accepted: number; readonly refused: number } {
    return { accepted: this.#accepted.size, refused: this.#refused.size };
  }

  /** The remembered resolution, if it is still current for `revision`. */
  get(key: string, revision: string): CallerResolution | undefined {
    if (revision !== this.#revision) {
      this.#accepted.clear();
      this.#refused.clear();
      this.#revision = revision;
      return undefined;
    }
    const entry = this.#accepted.get(key) ?? this.#refused.get(key);
    if (entry === undefined) return undefined;
    if (this.#now() < entry.untilMs && (entry.keys === undefined || entry.keys.generation === entry.generation)) {
      // Answered from memory now; a refetch this starts may withdraw the key for the next hit.
      entry.keys?.refreshIfStale();
      return entry.resolution;
    }
    (entry.resolution.ok ? this.#accepted : this.#refused).delete(key);
    return undefined;
  }

  /**
   * Remembers a resolution until `untilMs` — and, given `verifiedUnder`, only while that key
   * set stays at that generation; ignored when made under another revision.
   */
  set(key: string, revision: string, resolution: CallerResolution, untilMs: number, verifiedUnder?: VerifiedUnder): void {
    if (revision !== this.#revision || !(untilMs > this.#now())) return;
    // Already stale: a key was withdrawn while the token was being verified.
    if (verifiedUnder && verifiedUnder.keys.generation !== verifiedUnder.generation) return;
    const map = resolution.ok ? this.#accepted : this.#refused;
    const max = resolution.ok ? this.#maxEntries : this.#maxRefusals;
    map.delete(key);
    if (map.size >= max) map.delete(map.keys().next().value!);
    map.set(key, { resolution, untilMs, keys: verifiedUnder?.keys, generation: verifiedUnder?.generation ?? 0 });
  }
}
