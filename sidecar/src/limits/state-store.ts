/**
 * The state store behind limits: one interface, an in-memory implementation for a single
 * sidecar and a Redis one for a fleet. Every `apply` is atomic across all its operations —
 * either every enforced limit passes and all are consumed, or nothing is consumed — and the
 * store's own clock decides time.
 */
import type { BudgetPeriod } from "./limit-schema.js";

/** One limit check for one decision, with its state key. */
export type LimitOp =
  | { readonly kind: "rate"; readonly key: string; readonly shadow: boolean; readonly intervalUs: number; readonly burst: number }
  | { readonly kind: "steps"; readonly key: string; readonly shadow: boolean; readonly cap: number; readonly ttlMs: number }
  | { readonly kind: "duplicate"; readonly key: string; readonly shadow: boolean; readonly windowMs: number }
  | {
      readonly kind: "tokens";
      readonly key: string;
      readonly shadow: boolean;
      readonly limit: number;
      readonly amount: number;
      readonly period: BudgetPeriod;
    };

/** The outcome of one operation. */
export interface OpResult {
  readonly allowed: boolean;
  /** Calls (rate, steps) or tokens (budgets) left after this one; 0 for duplicate guards. */
  readonly remaining: number;
  /** When denied: milliseconds until a retry can pass (0 when waiting will not help). */
  readonly retryAfterMs: number;
}

/** A budget reservation to record with the operations, settled later by RecordAudit. */
export interface Reservation {
  readonly id: string;
  readonly subject: string;
  readonly ttlMs: number;
}

/** Options of {@link StateStore.apply}. */
export interface ApplyOptions {
  /** false: decide only (dry run); true: consume when every enforced operation passes. */
  readonly commit: boolean;
  readonly reservation?: Reservation | undefined;
}

/** What settling a reservation found. */
export type SettleOutcome = "settled" | "unknown" | "forbidden";

/** Shared state for limits. */
export interface StateStore {
  readonly kind: "memory" | "redis";
  /** Checks and (with `commit`) consumes, atomically, in one round trip. */
  apply(ops: readonly LimitOp[], options: ApplyOptions): Promise<OpResult[]>;
  /**
   * Settles a reservation with the actual tokens used: refunds or debits the difference on
   * every budget it reserved against. `unknown` when it expired or never existed;
   * `forbidden` when it belongs to another subject.
   */
  settle(reservationId: string, subject: string, actualTokens: number): Promise<SettleOutcome>;
  close(): Promise<void>;
}

/** How long a budget reservation waits for its settlement before it expires (charged at its estimate). */
export const DEFAULT_RESERVATION_TTL_MS = 15 * 60_000;

/** How long a workflow's step counters live after its last call. */
export const STEP_COUNTER_TTL_MS = 24 * 3_600_000;
