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
    }
  | {
      /**
       * A workflow's taint (see sidecar/src/taint): denied when the workflow holds every
       * `need` bit of a rule (with `withCall`, once the call's legs are added) and the call
       * brings one of its `when` bits; on commit, the
       * call's `legs` join the workflow's bits, and the first call to bring each bit is
       * recorded (`call`: "<decision id> <server/tool>", stored with the time).
       */
      readonly kind: "taint";
      readonly key: string;
      readonly shadow: boolean;
      readonly legs: number;
      readonly rules: readonly { readonly need: number; readonly when: number; readonly withCall?: boolean }[];
      readonly ttlMs: number;
      readonly call: string;
    };

/**
 * A workflow's taint state as a taint operation found it (before the call): its bits, the
 * rule that refuses the call (1-based; 0 none), and the first call that brought each kind
 * ("<ms> <decision id> <server/tool>").
 */
export interface WorkflowState {
  readonly bits: number;
  readonly rule: number;
  readonly untrusted?: string | undefined;
  readonly sensitive?: string | undefined;
  readonly action?: string | undefined;
  readonly confirmed?: string | undefined;
}

/** The outcome of one operation. */
export interface OpResult {
  readonly allowed: boolean;
  /** Calls (rate, steps) or tokens (budgets) left after this one; 0 for duplicate guards. */
  readonly remaining: number;
  /** When denied: milliseconds until a retry can pass (0 when waiting will not help). */
  readonly retryAfterMs: number;
  /** Taint operations only: the workflow's state. */
  readonly workflow?: WorkflowState;
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
  /**
   * The decision this apply belongs to. With it, a remote store keeps what the apply
   * wrote for a while, so that {@link StateStore.cancel} can undo it.
   */
  readonly decisionId?: string | undefined;
}

/**
 * What settling a reservation found: `settled` now; `already-settled` earlier (by this
 * call's first attempt, or another RecordAudit); `unknown` when it expired or never
 * existed; `forbidden` when it belongs to another subject; `in-progress` when another
 * settlement holds a live claim on it (see {@link StateStore.claim}).
 */
export type SettleOutcome = "settled" | "already-settled" | "unknown" | "forbidden" | "in-progress";

/**
 * What claiming a reservation's settlement found: `claimed` (this claim now holds it), else
 * the refusal a settlement would meet.
 */
export type ClaimOutcome = "claimed" | Exclude<SettleOutcome, "settled">;

/**
 * How long a settlement's claim holds its reservation: the time its outcome record has to be
 * written. Past it, a claim whose holder never settled nor released it (a replica that died
 * mid-settlement) no longer stands in another settlement's way.
 */
export const SETTLEMENT_CLAIM_TTL_MS = 30_000;

/** Whether the store answers: `connecting` until the first answer or failure. */
export type StoreAvailability = "connecting" | "up" | "down";

/** Shared state for limits. */
export interface StateStore {
  readonly kind: "memory" | "redis";
  /** Checks and (with `commit`) consumes, atomically, in one round trip. */
  apply(ops: readonly LimitOp[], options: ApplyOptions): Promise<OpResult[]>;
  /**
   * Withdraws a decision whose answer to the caller was a deny although its apply may have
   * run (the answer came too late, or never). Idempotent and atomic whichever of the two
   * reaches the store first: an apply that arrives after it refuses to run; one that ran is
   * undone exactly. `keys` are the keys of the decision's operations, in apply order.
   * Fire and forget: the store retries in the background.
   */
  cancel(decisionId: string, keys: readonly string[]): void;
  /**
   * Settles a reservation with the actual tokens used: refunds or debits the difference on
   * every budget it reserved against, once. Refused (`in-progress`) while a claim other than
   * `claimId` holds it.
   */
  settle(reservationId: string, subject: string, actualTokens: number, claimId?: string): Promise<SettleOutcome>;
  /**
   * Claims the reservation's settlement for `claimTtlMs`, atomically with the checks
   * {@link settle} makes, changing nothing else: RecordAudit claims before it records the
   * outcome, so that a settlement refused — here, or because another replica settled in
   * between — leaves no outcome record. The reservation is kept at least as long as the
   * claim, so that the settlement the claim waits for still finds it.
   */
  claim(reservationId: string, subject: string, claimId: string, claimTtlMs: number): Promise<ClaimOutcome>;
  /** Gives up a claim whose outcome could not be recorded (a no-op once settled, or claimed by another). */
  release(reservationId: string, claimId: string): Promise<void>;
  /** Whether the store answers now. */
  readonly availability: StoreAvailability;
  /** Calls `listener` on each change of {@link availability}; returns the unsubscribe. */
  onAvailability(listener: (now: StoreAvailability, cause: string) => void): () => void;
  close(): Promise<void>;
}

/**
 * Thrown by a store that refused an operation before sending anything: nothing can have
 * run, so there is nothing to withdraw.
 *
 * @example
 * ```ts
 * if (err instanceof StateNotSentError) return; // no compensation needed
 * ```
 */
export class StateNotSentError extends Error {
  override readonly name = "StateNotSentError";
}

/** How long a budget reservation waits for its settlement before it expires (charged at its estimate). */
export const DEFAULT_RESERVATION_TTL_MS = 15 * 60_000;

/** How long a workflow's step counters live after its last call. */
export const STEP_COUNTER_TTL_MS = 24 * 3_600_000;
