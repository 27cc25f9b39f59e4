/**
 * The decisions this sidecar issued and has not forgotten, so that RecordAudit can tell a
 * settlement of a real decision from one of an unknown or already-settled decision — and
 * skip the state store when a decision holds no budget reservation at all.
 *
 * Entries live as long as a reservation does (15 minutes by default) and at most
 * {@link MAX_TRACKED_DECISIONS} are kept; past either, a decision is forgotten, and a
 * settlement of it is answered by the state store alone.
 */

/** What a decision may have reserved: nothing, a reservation, or one an apply may still write (fail-open). */
export type ReservationState = "none" | "held" | "maybe";

import { BoundedMap } from "./bounded-map.js";

/** One tracked decision. */
export interface LedgerEntry {
  readonly subject: string;
  readonly reservation: ReservationState;
  readonly expiresAtMs: number;
  settled: boolean;
}

/** Decisions remembered at most (about 200 bytes each). */
export const MAX_TRACKED_DECISIONS = 100_000;

/**
 * A bounded, expiring map of decisions.
 *
 * @example
 * ```ts
 * const ledger = new SettlementLedger({ ttlMs: 15 * 60_000 });
 * ledger.open("d-1", "agent:a", "held");
 * ledger.get("d-1")?.settled; // false
 * ```
 */
export class SettlementLedger {
  readonly #entries: BoundedMap<string, LedgerEntry>;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: { ttlMs: number; capacity?: number; now?: () => number }) {
    this.#ttlMs = options.ttlMs;
    this.#entries = new BoundedMap(options.capacity ?? MAX_TRACKED_DECISIONS);
    this.#now = options.now ?? Date.now;
  }

  /** Decisions tracked now (some may have expired but not yet been dropped). */
  get size(): number {
    return this.#entries.size;
  }

  /** Tracks a decision (again: replacing what was known). */
  open(decisionId: string, subject: string, reservation: ReservationState): void {
    const now = this.#now();
    this.#dropExpired(now);
    this.#entries.set(decisionId, { subject, reservation, expiresAtMs: now + this.#ttlMs, settled: false });
  }

  /** The decision, unless it is unknown or expired. */
  get(decisionId: string): LedgerEntry | undefined {
    const entry = this.#entries.get(decisionId);
    return entry && entry.expiresAtMs > this.#now() ? entry : undefined;
  }

  /**
   * Insertion order is expiry order (one TTL for all), so expired entries sit at the front.
   * A few per call keep the map clean without a sweeper.
   */
  #dropExpired(now: number): void {
    for (let i = 0; i < 4; i++) {
      const oldest = this.#entries.oldest();
      if (!oldest || oldest[1].expiresAtMs > now) return;
      this.#entries.delete(oldest[0]);
    }
  }
}
