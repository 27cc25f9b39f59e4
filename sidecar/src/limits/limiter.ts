/**
 * Applies the policy's limits to one allowed call: picks the limits that apply, derives
 * their state keys, runs them through the state store in one atomic round trip under a
 * deadline, and turns the outcome into a verdict — including shadow limits and what to do
 * when the store is unreachable (fail closed unless every applicable limit says otherwise).
 */
import type { JsonObject } from "@bufbuild/protobuf";
import { Reason } from "@portcullis/sdk/gen";
import canonicalize from "canonicalize";
import { createHash } from "node:crypto";
import type { CompiledLimit, LimitKind } from "./limit-compiler.js";
import {
  DEFAULT_RESERVATION_TTL_MS,
  STEP_COUNTER_TTL_MS,
  type LimitOp,
  type OpResult,
  type SettleOutcome,
  type StateStore,
} from "./state-store.js";

/** Who is calling what, for limits. */
export interface LimitContext {
  readonly subject: string;
  readonly roles: readonly string[];
  readonly team: string | undefined;
  /** The real server and tool (behind any virtual server). */
  readonly server: string;
  readonly tool: string;
  readonly workflowId: string;
  readonly args: JsonObject | undefined;
  readonly estimatedTokens: number;
  readonly dryRun: boolean;
  /** Becomes the budget reservation's id, settled by RecordAudit. */
  readonly decisionId: string;
}

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
  /** Decisions let through because the store was unreachable (fail-open), since start. */
  failOpenCount = 0;

  constructor(store: StateStore, options: LimiterOptions = {}) {
    this.store = store;
    this.#timeoutMs = options.timeoutMs ?? 250;
    this.#reservationTtlMs = options.reservationTtlMs ?? DEFAULT_RESERVATION_TTL_MS;
  }

  /** Applies every limit that covers the call; all-pass consumes, any enforced deny consumes nothing. */
  async check(limits: readonly CompiledLimit[], ctx: LimitContext): Promise<LimitVerdict> {
    const applicable = limits.filter((limit) => applies(limit, ctx));
    if (applicable.length === 0) return pass([], false);
    const argsHash = applicable.some((l) => l.kind === "duplicate") ? hashArguments(ctx.args) : "";
    const ops = applicable.map((limit) => toOp(limit, ctx, argsHash));
    let results: OpResult[];
    try {
      const applying = this.store.apply(ops, {
        commit: !ctx.dryRun,
        reservation: { id: ctx.decisionId, subject: ctx.subject, ttlMs: this.#reservationTtlMs },
      });
      // The in-memory store answers synchronously and cannot hang; a remote one gets a deadline.
      results = await (this.store.kind === "memory" ? applying : withDeadline(applying, this.#timeoutMs));
    } catch (err) {
      return this.#storeFailed(applicable, err);
    }
    const statuses = applicable.map((limit, i): LimitStatus => ({
      name: limit.name,
      rule: limit.path,
      kind: limit.kind,
      allowed: results[i]!.allowed,
      shadow: limit.shadow,
      remaining: results[i]!.remaining,
      retryAfterMs: results[i]!.retryAfterMs,
      failOpen: false,
    }));
    const denied = statuses.findIndex((s) => !s.allowed && !s.shadow);
    if (denied < 0) return pass(statuses, false);
    const limit = applicable[denied]!;
    const status = statuses[denied]!;
    return {
      allow: false,
      reason: REASONS[limit.kind],
      message: denialMessage(limit, status, ctx),
      rule: limit.path,
      retryAfterMs: status.retryAfterMs,
      statuses,
      failOpen: false,
    };
  }

  /** Settles the budget reservation of a decision with the tokens actually used. */
  settle(decisionId: string, subject: string, actualTokens: number): Promise<SettleOutcome> {
    return withDeadline(this.store.settle(decisionId, subject, actualTokens), this.#timeoutMs);
  }

  #storeFailed(applicable: readonly CompiledLimit[], err: unknown): LimitVerdict {
    const closed = applicable.find((limit) => !limit.failOpen);
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
      };
    }
    this.failOpenCount++;
    const statuses = applicable.map((limit): LimitStatus => ({
      name: limit.name,
      rule: limit.path,
      kind: limit.kind,
      allowed: true,
      shadow: limit.shadow,
      remaining: 0,
      retryAfterMs: 0,
      failOpen: true,
    }));
    return pass(statuses, true);
  }
}

function pass(statuses: readonly LimitStatus[], failOpen: boolean): LimitVerdict {
  return { allow: true, reason: Reason.ALLOWED, message: "", rule: "", retryAfterMs: 0, statuses, failOpen };
}

function applies(limit: CompiledLimit, ctx: LimitContext): boolean {
  const scope = limit.scope;
  if (scope.kind === "subject" && scope.value !== ctx.subject) return false;
  if (scope.kind === "role" && !ctx.roles.includes(scope.value)) return false;
  if (scope.kind === "team" && scope.value !== ctx.team) return false;
  // Step caps count the calls of one workflow; a call without a workflow id has none to count.
  if (limit.kind === "steps" && ctx.workflowId === "") return false;
  const target = `${ctx.server}/${ctx.tool}`;
  return limit.tools.some((pattern) => pattern.matches(target));
}

/** SHA-256 of the arguments' canonical JSON (RFC 8785): key order does not matter, values never reach the store. */
function hashArguments(args: JsonObject | undefined): string {
  return createHash("sha256").update(canonicalize(args ?? {}) ?? "{}").digest("base64url");
}

/**
 * The state key of a limit for a call: readable names (subject, tool, workflow — not
 * secret), URI-encoded so that no value can forge the `|` separators and collide with
 * another bucket, and the arguments only as a hash.
 */
function toOp(limit: CompiledLimit, ctx: LimitContext, argsHash: string): LimitOp {
  let key = `${limit.kind}:${limit.name}:${limit.scope.kind === "all" ? "all" : `${limit.scope.kind}=${limit.scope.value}`}`;
  if (limit.perSubject || limit.kind === "duplicate") key += `|s=${encodeURIComponent(ctx.subject)}`;
  if (limit.perTool || limit.kind === "duplicate") key += `|t=${encodeURIComponent(`${ctx.server}/${ctx.tool}`)}`;
  if (limit.kind === "steps") key += `|w=${encodeURIComponent(ctx.workflowId)}`;
  if (limit.kind === "duplicate") key += `|a=${argsHash}`;
  const shadow = limit.shadow;
  switch (limit.kind) {
    case "rate": {
      const rate = limit.rate!;
      return { kind: "rate", key, shadow, intervalUs: (rate.periodMs * 1000) / rate.count, burst: rate.burst };
    }
    case "tokens":
      return { kind: "tokens", key, shadow, limit: limit.tokens!.amount, amount: Math.max(0, ctx.estimatedTokens), period: limit.tokens!.period };
    case "steps":
      return { kind: "steps", key, shadow, cap: limit.steps!, ttlMs: STEP_COUNTER_TTL_MS };
    case "duplicate":
      return { kind: "duplicate", key, shadow, windowMs: limit.windowMs! };
  }
}

function denialMessage(limit: CompiledLimit, status: LimitStatus, ctx: LimitContext): string {
  const retry = status.retryAfterMs > 0 ? `; retry in ${formatMs(status.retryAfterMs)}` : "";
  const target = `${ctx.server}/${ctx.tool}`;
  switch (limit.kind) {
    case "rate":
      return `rate limit ${limit.name} (${limit.rate!.count} per ${formatMs(limit.rate!.periodMs)}, burst ${limit.rate!.burst}) is exhausted for ${target}${retry}`;
    case "tokens":
      return `token budget ${limit.name} (${limit.tokens!.amount} per ${limit.tokens!.period}) has ${status.remaining} tokens left; this call estimates ${ctx.estimatedTokens}${retry}`;
    case "steps":
      return `workflow '${ctx.workflowId}' has used all ${limit.steps} steps allowed by ${limit.name} for ${target}; stop, or start a new workflow`;
    case "duplicate":
      return `${target} was already called with the same arguments by '${ctx.subject}' within ${formatMs(limit.windowMs!)} (${limit.name})${retry}`;
  }
}

function formatMs(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000) return `${Math.ceil(ms / 1000)} s`;
  if (ms < 7_200_000) return `${Math.ceil(ms / 60_000)} min`;
  return `${Math.ceil(ms / 3_600_000)} h`;
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
