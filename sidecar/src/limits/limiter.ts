/**
 * Applies the policy's limits to one allowed call: picks the limits that apply, derives
 * their state keys, runs them through the state store in one atomic round trip under a
 * deadline, and turns the outcome into a verdict — including shadow limits and what to do
 * when the store is unreachable (fail closed unless every applicable limit says otherwise).
 *
 * Exactly once: a call answered with a deny is never charged. When the store's answer
 * misses the deadline (or the call fails after it may have been sent) and the verdict is a
 * deny, the decision is withdrawn from the store (see StateStore.cancel), which undoes the
 * apply if it ran and stops it from running if it has not yet.
 */
import { Reason } from "@portcullis/sdk/gen";
import type { StateBudget } from "../state-budget.js";
import { withDeadline } from "./deadline.js";
import type { CompiledLimit, LimitKind } from "./limit-compiler.js";
import { applies, toOps, type LimitContext } from "./limit-keys.js";
import { denialMessage } from "./limit-messages.js";
import { SettlementLedger, type ReservationState } from "./settlement-ledger.js";
import { randomUUID } from "node:crypto";
import { DEFAULT_RESERVATION_TTL_MS, SETTLEMENT_CLAIM_TTL_MS, StateNotSentError, type LimitOp, type OpResult, type StateStore } from "./state-store.js";

export type { LimitContext } from "./limit-keys.js";

/** How one limit came out for one call. */
export interface LimitStatus {
  readonly name: string;
  readonly rule: string;
  readonly kind: LimitKind;
  readonly allowed: boolean;
  readonly shadow: boolean;
  readonly remaining: number;
  readonly retryAfterMs: number;
  /** The store was unreachable and this limit let the call through (onStoreFailure: allow). */
  readonly failOpen: boolean;
}

/** The verdict of all limits on one call. */
export interface LimitVerdict {
  readonly allow: boolean;
  readonly reason: Reason;
  readonly message: string;
  readonly rule: string;
  readonly retryAfterMs: number;
  readonly statuses: readonly LimitStatus[];
  /** Some limit could not be checked and was waived by its fail mode. */
  readonly failOpen: boolean;
  /** What the call may have reserved against token budgets, for its settlement. */
  readonly reservation: ReservationState;
  /** The state keys of the limits applied, in order: what a withdrawal of the decision undoes. */
  readonly stateKeys: readonly string[];
  /** The result of the {@link ExtraCheck}, when one ran and the store answered. */
  readonly extra?: OpResult | undefined;
}

/**
 * A check beside the limits that the store runs in the same atomic apply (a workflow's
 * taint): a deny of it, unless shadow, consumes nothing and becomes the verdict.
 */
export interface ExtraCheck {
  readonly op: LimitOp;
  /** Policy path, for a store failure. */
  readonly rule: string;
  readonly failOpen: boolean;
  /** The denial when the store refuses the operation. */
  readonly denial: (result: OpResult) => { readonly reason: Reason; readonly message: string; readonly rule: string };
}

/**
 * How a settlement came out: `settled` (the budget was adjusted), `recorded` (the decision
 * reserved nothing: nothing to adjust), `already-settled`, `unknown` (no such decision),
 * `expired` (its reservation is gone and stays charged at its estimate), `forbidden`
 * (another subject's decision), `in-progress` (another settlement of it is under way).
 */
export type Settlement = "settled" | "recorded" | "already-settled" | "unknown" | "expired" | "forbidden" | "in-progress";

/** Why a settlement is refused. */
export type SettlementRefusal = Exclude<Settlement, "settled" | "recorded">;

/**
 * A settlement claimed (see {@link Limiter.claim}): pass it to {@link Limiter.settle}, or to
 * {@link Limiter.release} when the outcome could not be recorded.
 */
export interface SettlementClaim {
  readonly decisionId: string;
  readonly subject: string;
  /** The claim's id in the state store, when the store holds it (a reservation). */
  readonly storeClaim: string | undefined;
  /** Whether this replica's ledger holds it (a decision this replica issued). */
  readonly local: boolean;
}

/** One decision let through without limit state. */
export interface FailOpenEvent {
  readonly server: string;
  readonly tool: string;
  readonly limits: readonly string[];
}

const REASONS: Record<LimitKind, Reason> = {
  rate: Reason.RATE_LIMITED,
  tokens: Reason.BUDGET_EXHAUSTED,
  steps: Reason.STEP_CAP,
  duplicate: Reason.DUPLICATE_CALL,
};

/** Options of {@link Limiter}. */
export interface LimiterOptions {
  /** Deadline for the state store per decision (default 250 ms). */
  readonly timeoutMs?: number;
  readonly reservationTtlMs?: number;
  /** Called for each decision let through without limit state (counted and summarised by the caller). */
  readonly onFailOpen?: (event: FailOpenEvent) => void;
}

/**
 * Checks limits against a state store.
 *
 * @example
 * ```ts
 * const limiter = new Limiter(new MemoryStateStore());
 * const verdict = await limiter.check(policy.limits, context);
 * ```
 */
export class Limiter {
  readonly store: StateStore;
  readonly #timeoutMs: number;
  readonly #reservationTtlMs: number;
  readonly #onFailOpen: ((event: FailOpenEvent) => void) | undefined;
  readonly #ledger: SettlementLedger;
  /** Decisions let through because the store was unreachable (fail-open), since start. */
  failOpenCount = 0;
  /** Decisions withdrawn from the store because their answer was a deny it may have charged. */
  withdrawnCount = 0;

  constructor(store: StateStore, options: LimiterOptions = {}) {
    this.store = store;
    this.#timeoutMs = options.timeoutMs ?? 250;
    this.#reservationTtlMs = options.reservationTtlMs ?? DEFAULT_RESERVATION_TTL_MS;
    this.#onFailOpen = options.onFailOpen;
    this.#ledger = new SettlementLedger({ ttlMs: this.#reservationTtlMs });
  }

  /** The deadline for the state store per decision, in ms (the `--state-timeout`). */
  get timeoutMs(): number {
    return this.#timeoutMs;
  }

  /**
   * Applies every limit that covers the call; all-pass consumes, any enforced deny consumes
   * nothing. Throws LimitRequestError for a request limits cannot decide. With a `budget`
   * (what the decision has left to wait on shared state, see StateBudget), a remote store is
   * waited for at most what is left — and not asked at all once it is spent (the limits' fail
   * modes apply, nothing to withdraw); without one, for the full deadline.
   */
  async check(limits: readonly CompiledLimit[], ctx: LimitContext, extra?: ExtraCheck, budget?: StateBudget): Promise<LimitVerdict> {
    const applicable = limits.filter((limit) => applies(limit, ctx));
    if (applicable.length === 0 && !extra) return pass([], false, "none", []);
    const ops = toOps(applicable, ctx);
    if (extra) ops.push(extra.op);
    const stateKeys = ops.map((op) => op.key);
    const commit = !ctx.dryRun;
    let results: OpResult[];
    try {
      const remote = this.store.kind !== "memory";
      if (remote && budget?.spent) {
        throw new StateNotSentError(`the decision's ${budget.totalMs} ms for shared state were spent waiting for the token store; nothing was sent`);
      }
      const applying = this.store.apply(ops, {
        commit,
        decisionId: ctx.decisionId,
        reservation: { id: ctx.decisionId, subject: ctx.subject, ttlMs: this.#reservationTtlMs },
      });
      // The in-memory store answers synchronously and cannot hang; a remote one gets a deadline.
      results = await (!remote ? applying : budget ? budget.wait(applying) : withDeadline(applying, this.#timeoutMs));
    } catch (err) {
      const mayHaveRun = commit && !(err instanceof StateNotSentError);
      const verdict = this.#storeFailed(applicable, ops, ctx, err, mayHaveRun, extra);
      if (!verdict.allow && mayHaveRun) this.withdraw(ctx.decisionId, stateKeys);
      return verdict;
    }
    const statuses = applicable.map(
      (limit, i): LimitStatus => ({
        name: limit.name,
        rule: limit.path,
        kind: limit.kind,
        allowed: results[i]!.allowed,
        shadow: limit.shadow,
        remaining: results[i]!.remaining,
        retryAfterMs: results[i]!.retryAfterMs,
        failOpen: false,
      }),
    );
    const extraResult = extra ? results[applicable.length] : undefined;
    if (extra && extraResult && !extraResult.allowed && !extra.op.shadow) {
      // A refused workflow outranks a limit: waiting for a limit would not let it through.
      const { reason, message, rule } = extra.denial(extraResult);
      return { allow: false, reason, message, rule, retryAfterMs: 0, statuses, failOpen: false, reservation: "none", stateKeys, extra: extraResult };
    }
    const denied = statuses.findIndex((s) => !s.allowed && !s.shadow);
    if (denied < 0) {
      const holds = commit && ops.some((op, i) => op.kind === "tokens" && results[i]!.allowed);
      return { ...pass(statuses, false, holds ? "held" : "none", stateKeys), extra: extraResult };
    }
    const limit = applicable[denied]!;
    const status = statuses[denied]!;
    const op = ops[denied]!;
    return {
      allow: false,
      reason: REASONS[limit.kind],
      message: denialMessage(limit, status, ctx, op.kind === "tokens" ? op.amount : 0),
      rule: limit.path,
      retryAfterMs: status.retryAfterMs,
      statuses,
      failOpen: false,
      reservation: "none",
      stateKeys,
      extra: extraResult,
    };
  }

  /**
   * Withdraws a decision whose caller gets a deny after its apply may have been sent: the
   * store undoes or refuses it (in the background, retried).
   */
  withdraw(decisionId: string, stateKeys: readonly string[]): void {
    this.withdrawnCount++;
    this.store.cancel(decisionId, stateKeys);
  }

  /**
   * Applies `ops` (committed) within the state-store deadline, as a decision's limits are: a
   * stalled Redis fails them after `timeoutMs` instead of holding the caller (ScanResponse's
   * confirmation of a workflow's taint waited for as long as Redis hung).
   */
  async commit(ops: readonly LimitOp[]): Promise<void> {
    const applying = this.store.apply(ops, { commit: true });
    await (this.store.kind === "memory" ? applying : withDeadline(applying, this.#timeoutMs));
  }

  /** Remembers a decision for its settlement (RecordAudit), with what it may have reserved. */
  track(decisionId: string, subject: string, reservation: ReservationState): void {
    this.#ledger.open(decisionId, subject, reservation);
  }

  /**
   * The refusal this replica already knows a settlement of `decisionId` by `subject` would get
   * (another subject's decision, or one settled already), without settling anything; undefined
   * when it would be tried. Read before the outcome is recorded, so that a settlement refused
   * here leaves no outcome record.
   */
  knownRefusal(decisionId: string, subject: string): "forbidden" | "already-settled" | undefined {
    const entry = this.#ledger.get(decisionId);
    if (!entry) return undefined;
    if (entry.subject !== subject) return "forbidden";
    return entry.settled ? "already-settled" : undefined;
  }

  /**
   * Claims the settlement of `decisionId` by `subject`, before its outcome is recorded, so that
   * a refused settlement leaves no record — on any retry, and when another settlement (on this
   * replica or another) runs at the same time: the claim is atomic in the state store, and the
   * settlement it holds cannot be refused by another in the meantime. This replica's ledger
   * answers for a decision that reserved nothing; a reservation (this replica's, another
   * replica's, or none at all) is claimed in the state store, one round trip — a reservation
   * that expired is refused here, before anything is written. Returns the claim, or why the
   * settlement is refused; rejects when the store cannot answer (nothing is held then).
   *
   * @example
   * ```ts
   * const claim = await limiter.claim(decisionId, subject);
   * if (typeof claim === "string") throw refused(claim);
   * ```
   */
  async claim(decisionId: string, subject: string): Promise<SettlementClaim | SettlementRefusal> {
    const entry = this.#ledger.get(decisionId);
    if (entry) {
      if (entry.subject !== subject) return "forbidden";
      if (entry.settled) return "already-settled";
      if (!this.#ledger.claim(decisionId)) return "in-progress";
      if (entry.reservation === "none") return { decisionId, subject, storeClaim: undefined, local: true };
    }
    const claimId = randomUUID();
    let found: Awaited<ReturnType<StateStore["claim"]>>;
    try {
      const claiming = this.store.claim(decisionId, subject, claimId, SETTLEMENT_CLAIM_TTL_MS);
      found = await (this.store.kind === "memory" ? claiming : withDeadline(claiming, this.#timeoutMs));
    } catch (err) {
      // The claim may have landed: it lapses on its own (or is taken over by the retry's
      // settlement only after SETTLEMENT_CLAIM_TTL_MS; the release below is best effort).
      if (entry) this.#ledger.release(decisionId);
      void this.store.release(decisionId, claimId).catch(() => undefined);
      throw err;
    }
    if (found === "claimed") return { decisionId, subject, storeClaim: claimId, local: entry !== undefined };
    // A decision that may have reserved (it was let through without limit state) and is not
    // in the store reserved nothing there: its outcome is recorded with nothing to settle.
    if (found === "unknown" && entry?.reservation === "maybe") return { decisionId, subject, storeClaim: undefined, local: true };
    if (entry) {
      if (found === "already-settled") this.#ledger.settled(decisionId);
      else this.#ledger.release(decisionId);
    }
    if (found === "unknown") return entry ? "expired" : "unknown";
    return found;
  }

  /**
   * Gives up a claim whose outcome could not be recorded, so that a retry can settle. Best
   * effort in the state store: a claim it keeps lapses after SETTLEMENT_CLAIM_TTL_MS.
   */
  async release(claim: SettlementClaim): Promise<void> {
    if (claim.local) this.#ledger.release(claim.decisionId);
    if (claim.storeClaim === undefined) return;
    const releasing = this.store.release(claim.decisionId, claim.storeClaim);
    await (this.store.kind === "memory" ? releasing : withDeadline(releasing, this.#timeoutMs)).catch(() => undefined);
  }

  /**
   * Settles a decision with the tokens actually used: once, by its own subject. With the
   * `claim` {@link claim} gave, the settlement that claim holds; without one, it is refused
   * while another settlement holds a claim.
   */
  async settle(decisionId: string, subject: string, actualTokens: number, claim?: SettlementClaim): Promise<Settlement> {
    const entry = this.#ledger.get(decisionId);
    if (entry) {
      if (entry.subject !== subject) return "forbidden";
      if (entry.settled) return "already-settled";
      if (entry.claimed && !claim?.local) return "in-progress";
      if (entry.reservation === "none") {
        this.#ledger.settled(decisionId);
        return "recorded";
      }
    }
    // Unknown here (made by another replica, or before a restart) or holding a reservation:
    // the store has the last word.
    const settling = this.store.settle(decisionId, subject, actualTokens, claim?.storeClaim);
    const outcome = await withDeadline(settling, this.#timeoutMs);
    if (outcome === "forbidden" || outcome === "in-progress") return outcome;
    if (outcome === "unknown") {
      if (!entry) return "unknown";
      if (entry.reservation === "held") return "expired";
    }
    if (entry) this.#ledger.settled(decisionId);
    return outcome === "unknown" ? "recorded" : outcome;
  }

  #storeFailed(
    applicable: readonly CompiledLimit[],
    ops: readonly LimitOp[],
    ctx: LimitContext,
    err: unknown,
    mayHaveRun: boolean,
    extra: ExtraCheck | undefined,
  ): LimitVerdict {
    // A shadow limit never denies, not even for want of state.
    const closedLimit = applicable.find((limit) => !limit.failOpen && !limit.shadow);
    const closed = closedLimit ?? (extra && !extra.failOpen && !extra.op.shadow ? { name: "taint", path: extra.rule } : undefined);
    const cause = err instanceof Error ? err.message : String(err);
    if (closed) {
      return {
        allow: false,
        reason: Reason.STATE_UNAVAILABLE,
        message: `limit state (${this.store.kind}) is unavailable (${cause}); ${closed.name} fails closed — retry shortly`,
        rule: closed.path,
        retryAfterMs: 1000,
        statuses: [],
        failOpen: false,
        reservation: "none",
        stateKeys: ops.map((op) => op.key),
      };
    }
    this.failOpenCount++;
    this.#onFailOpen?.({ server: ctx.server, tool: ctx.tool, limits: [...applicable.map((l) => l.name), ...(extra ? ["taint"] : [])] });
    const statuses = applicable.map(
      (limit): LimitStatus => ({
        name: limit.name,
        rule: limit.path,
        kind: limit.kind,
        allowed: true,
        shadow: limit.shadow,
        remaining: 0,
        retryAfterMs: 0,
        failOpen: true,
      }),
    );
    // The apply may still land later and reserve: then a settlement must find it.
    const reservation = mayHaveRun && ops.some((op) => op.kind === "tokens") ? "maybe" : "none";
    return pass(
      statuses,
      true,
      reservation,
      ops.map((op) => op.key),
    );
  }
}

function pass(statuses: readonly LimitStatus[], failOpen: boolean, reservation: ReservationState, stateKeys: readonly string[]): LimitVerdict {
  return { allow: true, reason: Reason.ALLOWED, message: "", rule: "", retryAfterMs: 0, statuses, failOpen, reservation, stateKeys };
}
