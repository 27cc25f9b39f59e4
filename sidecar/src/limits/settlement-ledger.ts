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

import { DecisionSlots } from "./decision-slots.js";

/** One tracked decision, as {@link SettlementLedger.get} reads it (a copy: settle with {@link SettlementLedger.settled}). */
export interface LedgerEntry {
  readonly subject: string;
  readonly reservation: ReservationState;
  readonly expiresAtMs: number;
  readonly settled: boolean;
  /** A settlement of it is under way on this replica (see {@link SettlementLedger.claim}). */
  readonly claimed: boolean;
}

/** Decisions remembered at most (about 40 bytes each, off the JavaScript heap but for a subject reference). */
export const MAX_TRACKED_DECISIONS = 100_000;

const RESERVATIONS: readonly ReservationState[] = ["none", "held", "maybe"];

/** A decision's settlement state, in its column: open, settled, or a settlement under way. */
const OPEN = 0;
const SETTLED = 1;
const CLAIMED = 2;

/**
 * A bounded, expiring map of decisions: ids in {@link DecisionSlots}, and per slot the
 * subject (a reference to the principal's own string), the reservation, the expiry and
 * whether it was settled, in columns.
 *
 * @example
 * ```ts
 * const ledger = new SettlementLedger({ ttlMs: 15 * 60_000 });
 * ledger.open("d-1", "agent:a", "held");
 * ledger.get("d-1")?.settled; // false
 * ```
 */
export class SettlementLedger {
  readonly #slots: DecisionSlots;
  #subjects: (string | undefined)[] = [];
  #reservations = new Uint8Array(0);
  #settled = new Uint8Array(0);
  #expiresAtMs = new Float64Array(0);
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: { ttlMs: number; capacity?: number; now?: () => number }) {
    this.#ttlMs = options.ttlMs;
    this.#slots = new DecisionSlots(options.capacity ?? MAX_TRACKED_DECISIONS);
    this.#now = options.now ?? Date.now;
  }

  /** Decisions tracked now (some may have expired but not yet been dropped). */
  get size(): number {
    return this.#slots.size;
  }

  /** Tracks a decision (again: replacing what was known). */
  open(decisionId: string, subject: string, reservation: ReservationState): void {
    const now = this.#now();
    this.#dropExpired(now);
    const slot = this.#slots.add(decisionId);
    if (slot >= this.#settled.length) this.#grow();
    this.#subjects[slot] = subject;
    this.#reservations[slot] = RESERVATIONS.indexOf(reservation);
    this.#settled[slot] = OPEN;
    this.#expiresAtMs[slot] = now + this.#ttlMs;
  }

  /** The decision, unless it is unknown or expired. */
  get(decisionId: string): LedgerEntry | undefined {
    const slot = this.#live(decisionId);
    if (slot < 0) return undefined;
    return {
      subject: this.#subjects[slot] as string,
      reservation: RESERVATIONS[this.#reservations[slot] as number] as ReservationState,
      expiresAtMs: this.#expiresAtMs[slot] as number,
      settled: this.#settled[slot] === SETTLED,
      claimed: this.#settled[slot] === CLAIMED,
    };
  }

  /**
   * Marks a settlement of the decision under way, if it is tracked, open and not claimed
   * already; returns whether it did. Until {@link settled} or {@link release}, another
   * settlement of it here is refused as in progress.
   */
  claim(decisionId: string): boolean {
    const slot = this.#live(decisionId);
    if (slot < 0 || this.#settled[slot] !== OPEN) return false;
    this.#settled[slot] = CLAIMED;
    return true;
  }

  /** Gives up a claim (its outcome could not be recorded, or the store refused it). */
  release(decisionId: string): void {
    const slot = this.#live(decisionId);
    if (slot >= 0 && this.#settled[slot] === CLAIMED) this.#settled[slot] = OPEN;
  }

  /** Marks the decision settled, if it is still tracked (it may have been dropped meanwhile). */
  settled(decisionId: string): void {
    const slot = this.#live(decisionId);
    if (slot >= 0) this.#settled[slot] = SETTLED;
  }

  /** The decision's slot unless it is unknown or expired, else -1. */
  #live(decisionId: string): number {
    const slot = this.#slots.find(decisionId);
    return slot >= 0 && (this.#expiresAtMs[slot] as number) > this.#now() ? slot : -1;
  }

  /**
   * Insertion order is expiry order (one TTL for all), so expired entries sit at the front.
   * A few per call keep the map clean without a sweeper.
   */
  #dropExpired(now: number): void {
    for (let i = 0; i < 4; i++) {
      const slot = this.#slots.oldestSlot();
      if (slot < 0 || (this.#expiresAtMs[slot] as number) > now) return;
      this.#slots.deleteSlot(slot);
      this.#subjects[slot] = undefined;
    }
  }

  /** The columns follow the slots' arrays as they grow. */
  #grow(): void {
    const length = this.#slots.allocated;
    const reservations = new Uint8Array(length);
    reservations.set(this.#reservations);
    const settled = new Uint8Array(length);
    settled.set(this.#settled);
    const expires = new Float64Array(length);
    expires.set(this.#expiresAtMs);
    this.#reservations = reservations;
    this.#settled = settled;
    this.#expiresAtMs = expires;
  }
}
