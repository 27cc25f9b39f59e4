/**
 * The whole Authorize decision: access control first (pure, in memory), then — only for a
 * call access control allows — the limits, in one atomic state-store round trip. A denied
 * call never consumes a limit.
 */
import { randomUUID } from "node:crypto";
import type { Limiter, LimitStatus } from "../limits/index.js";
import type { PolicyStore } from "../policy/index.js";
import { authorize, type AccessDecision, type AuthorizeInput } from "./authorizer.js";

/** One intended tool call, with what limits need. */
export interface DecisionInput extends AuthorizeInput {
  readonly workflowId?: string | undefined;
  readonly estimatedTokens?: number | undefined;
  /** Decide without consuming limits. */
  readonly dryRun?: boolean | undefined;
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
 * const engine = new DecisionEngine(policies, new Limiter(new MemoryStateStore()));
 * const decision = await engine.decide({ token, server: "jira", tool: "create_issue", workflowId: "run-7" });
 * ```
 */
export class DecisionEngine {
  readonly #policies: PolicyStore;
  readonly #limiter: Limiter;

  constructor(policies: PolicyStore, limiter: Limiter) {
    this.#policies = policies;
    this.#limiter = limiter;
  }

  /** The limiter (for settlement and its fail-open count). */
  get limiter(): Limiter {
    return this.#limiter;
  }

  async decide(input: DecisionInput): Promise<Decision> {
    const policy = this.#policies.current;
    const access = authorize(policy, input);
    const decisionId = randomUUID();
    const base: Decision = { ...access, decisionId, limits: [], retryAfterMs: 0, failOpen: false };
    if (!access.allow || policy.limits.length === 0 || !access.principal || !access.target) return base;
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
