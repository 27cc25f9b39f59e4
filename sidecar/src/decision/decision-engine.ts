/**
 * The whole Authorize decision: access control first (pure, in memory), then — only for a
 * call access control allows — the limits, in one atomic state-store round trip. A denied
 * call never consumes a limit; neither does one whose caller has given up on the answer.
 */
import { randomUUID } from "node:crypto";
import { Reason } from "@portcullis/sdk/gen";
import { Identity } from "../identity/index.js";
import type { Limiter, LimitStatus } from "../limits/index.js";
import type { CompiledPolicy, PolicyStore } from "../policy/index.js";
import { authorize, type AccessDecision, type AuthorizeInput } from "./authorizer.js";

/** One intended tool call, with what limits need. */
export interface DecisionInput extends AuthorizeInput {
  readonly workflowId?: string | undefined;
  /** The caller's token estimate; 0 or absent: none (the budget's defaultEstimate applies). */
  readonly estimatedTokens?: number | undefined;
  /** Decide without consuming limits. */
  readonly dryRun?: boolean | undefined;
  /**
   * Aborts when the caller stops waiting (its deadline passed, or it went away). An answer
   * it will never read must not cost it anything: limits are then not consumed, or
   * withdrawn if they were.
   */
  readonly signal?: AbortSignal | undefined;
  /**
   * Runs for a call access control allows, before its limits: a denial it returns (e.g. the
   * call's credential cannot be produced) becomes the decision, and the call consumes nothing.
   */
  readonly precondition?: ((access: AccessDecision, policy: CompiledPolicy) => Denial | undefined | Promise<Denial | undefined>) | undefined;
}

/** Why a precondition denies a call. */
export interface Denial {
  readonly reason: Reason;
  readonly message: string;
}

/** The full decision on one call. */
export interface Decision extends AccessDecision {
  readonly decisionId: string;
  readonly limits: readonly LimitStatus[];
  readonly retryAfterMs: number;
  readonly failOpen: boolean;
}

/**
 * Makes Authorize decisions against the policy in force and the limits' state.
 *
 * @example
 * ```ts
 * const engine = new DecisionEngine(policies, new Limiter(new MemoryStateStore()), new Identity());
 * const decision = await engine.decide({ token, server: "jira", tool: "create_issue", workflowId: "run-7" });
 * ```
 */
export class DecisionEngine {
  readonly #policies: PolicyStore;
  readonly #limiter: Limiter;
  readonly #identity: Identity;

  /** Without an `identity`, only the policy's static tokens authenticate. */
  constructor(policies: PolicyStore, limiter: Limiter, identity: Identity = new Identity()) {
    this.#policies = policies;
    this.#limiter = limiter;
    this.#identity = identity;
  }

  /** The identity resolver every RPC uses for its caller. */
  get identity(): Identity {
    return this.#identity;
  }

  /** The limiter (for settlement and its fail-open count). */
  get limiter(): Limiter {
    return this.#limiter;
  }

  /** Decides one call. Throws LimitRequestError for a request its limits cannot decide. */
  async decide(input: DecisionInput): Promise<Decision> {
    const policy = this.#policies.current;
    // Await only a real promise: a cached resolution keeps the decision synchronous up to the limits.
    const resolving = input.caller ?? this.#identity.resolve(policy, input.token);
    const caller = resolving instanceof Promise ? await resolving : resolving;
    let access = authorize(policy, { ...input, caller });
    if (access.allow && input.precondition) {
      const pending = input.precondition(access, policy);
      const denial = pending instanceof Promise ? await pending : pending;
      if (denial) access = { ...access, allow: false, reason: denial.reason, message: denial.message };
    }
    const decisionId = randomUUID();
    const base: Decision = { ...access, decisionId, limits: [], retryAfterMs: 0, failOpen: false };
    const subject = access.principal?.subject;
    if (!access.allow || policy.limits.length === 0 || !access.principal || !access.target) {
      if (subject !== undefined) this.#limiter.track(decisionId, subject, "none");
      return base;
    }
    if (input.signal?.aborted) {
      this.#limiter.track(decisionId, access.principal.subject, "none");
      return callerGone(base);
    }
    const verdict = await this.#limiter.check(policy.limits, {
      subject: access.principal.subject,
      roles: access.principal.roles,
      team: access.principal.team,
      server: access.target.server,
      tool: access.target.tool,
      workflowId: input.workflowId ?? "",
      args: input.arguments,
      estimatedTokens: input.estimatedTokens ?? 0,
      dryRun: input.dryRun ?? false,
      decisionId,
    });
    // Only a remote store leaves a gap (I/O) in which the caller can give up after the
    // limits were consumed; the in-memory store consumes synchronously after the check above.
    if (verdict.allow && !input.dryRun && input.signal?.aborted && verdict.statuses.length > 0) {
      this.#limiter.withdraw(decisionId, verdict.stateKeys);
      this.#limiter.track(decisionId, access.principal.subject, "none");
      return callerGone(base);
    }
    this.#limiter.track(decisionId, access.principal.subject, verdict.reservation);
    if (verdict.allow) return { ...base, limits: verdict.statuses, failOpen: verdict.failOpen };
    return {
      ...base,
      allow: false,
      reason: verdict.reason,
      message: verdict.message,
      matchedRule: verdict.rule,
      limits: verdict.statuses,
      retryAfterMs: verdict.retryAfterMs,
    };
  }
}

/** The caller stopped waiting: whatever we answer, it will not act on it, so it costs nothing. */
function callerGone(base: Decision): Decision {
  return {
    ...base,
    allow: false,
    reason: Reason.STATE_UNAVAILABLE,
    message: "the caller stopped waiting before the limits answered; nothing was consumed — retry",
    retryAfterMs: 0,
  };
}
