/**
 * The whole Authorize decision: access control first (pure, in memory), then — only for a
 * call access control allows — the limits, in one atomic state-store round trip. A denied
 * call never consumes a limit; neither does one whose caller has given up on the answer.
 */
import { Reason } from "@portcullis/sdk/gen";
import { AuditUnavailableError } from "../audit/audit-errors.js";
import { AuditTrail } from "../audit/audit-trail.js";
import { type AuthorizeFacts, authorizeRecord, deferredAuthorizeRecord } from "../audit/decision-records.js";
import type { ShadowPolicy } from "../audit/replay/shadow-policy.js";
import { Identity } from "../identity/index.js";
import type { ExtraCheck, Limiter, LimitStatus, OpResult } from "../limits/index.js";
import type { CompiledPolicy, PolicyStore, Principal } from "../policy/index.js";
import { StateBudget } from "../state-budget.js";
import { confirmOp, describeLink, taintCall, taintOutcome, type TaintCallContext, type TaintLink } from "../taint/index.js";
import { newDecisionId } from "./decision-id.js";
import { authorize, type AccessDecision, type AuthorizeInput, type RuleTraceEntry } from "./authorizer.js";
import { type DecidedCall, DecidedCalls } from "./decided-calls.js";
import { spotlightsByClass } from "./response-profile.js";

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
   * What it waits on shared state (the vault's store) it waits through `budget`: the decision's
   * `--state-timeout` bounds all its waits on Redis together, and the limits get what is left.
   */
  readonly precondition?:
    | ((access: AccessDecision, policy: CompiledPolicy, budget: StateBudget) => Denial | undefined | Promise<Denial | undefined>)
    | undefined;
  /**
   * The length of the arguments' JSON as the caller sent it. Given, the arguments are masked
   * for the audit record when the writer takes it instead of before the reply (then the
   * arguments object must not change after the decision).
   */
  readonly argumentsChars?: number | undefined;
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
  /** The workflow's taint, when the policy tracks it and the call was checked against it. */
  readonly taint?: DecisionTaint | undefined;
}

/** What the workflow's taint said about a call. */
export interface DecisionTaint {
  /** The workflow's chain before this call, oldest first. */
  readonly chain: readonly TaintLink[];
  /** Shadow mode: the denial the taint rules would have given (not enforced). */
  readonly wouldDeny?: { readonly reason: Reason; readonly message: string; readonly rule: string } | undefined;
}

export type { DecidedCall } from "./decided-calls.js";

/** Decisions whose workflow and annotations a later ScanResponse can still find by decision id. */
const TRACKED_WORKFLOWS = 100_000;

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
  readonly #audit: AuditTrail;
  readonly #shadow: ShadowPolicy | undefined;
  /** Allowed decisions → their call, for ScanResponse to confirm a taint and class the tool for spotlighting. */
  readonly #calls = new DecidedCalls(TRACKED_WORKFLOWS);

  /**
   * Without an `identity`, only the policy's static tokens authenticate; without `audit`,
   * nothing is recorded. A `shadow` policy decides every call beside the enforced one; where
   * the two disagree, the record says so (the shadow never changes a decision).
   */
  constructor(policies: PolicyStore, limiter: Limiter, identity: Identity = new Identity(), audit: AuditTrail = new AuditTrail(), shadow?: ShadowPolicy) {
    this.#policies = policies;
    this.#limiter = limiter;
    this.#identity = identity;
    this.#audit = audit;
    this.#shadow = shadow;
  }

  /** The shadow policy, if one runs beside the enforced policy. */
  get shadow(): ShadowPolicy | undefined {
    return this.#shadow;
  }

  /** The audit trail every RPC records to. */
  get audit(): AuditTrail {
    return this.#audit;
  }

  /** The identity resolver every RPC uses for its caller. */
  get identity(): Identity {
    return this.#identity;
  }

  /** The limiter (for settlement and its fail-open count). */
  get limiter(): Limiter {
    return this.#limiter;
  }

  /**
   * Decides one call and records the decision. Throws LimitRequestError for a request its
   * limits cannot decide. A decision the audit trail cannot take is not made: it becomes a
   * deny with REASON_AUDIT_UNAVAILABLE and whatever it consumed is withdrawn (unless the
   * policy's `audit.onUnavailable` is `allow`).
   */
  async decide(input: DecisionInput): Promise<Decision> {
    const policy = this.#policies.current;
    const refusal = this.#audit.refusal(policy);
    if (refusal) return auditUnavailable(policy, newDecisionId(), refusal.rawMessage);
    const { decision, stateKeys } = await this.#decide(input, policy);
    if (!this.#audit.enabled) return decision;
    const facts: AuthorizeFacts = {
      ...decision,
      server: input.server,
      tool: input.tool,
      arguments: input.arguments,
      annotations: input.annotations,
      workflowId: input.workflowId,
      dryRun: input.dryRun,
      estimatedTokens: input.estimatedTokens,
      reason: Reason[decision.reason] ?? String(decision.reason),
      taintShadow: decision.taint?.wouldDeny && { ...decision.taint.wouldDeny, reason: Reason[decision.taint.wouldDeny.reason] ?? "" },
    };
    const { record, deferred } =
      input.argumentsChars === undefined
        ? { record: authorizeRecord(policy, facts), deferred: undefined }
        : deferredAuthorizeRecord(policy, facts, input.argumentsChars);
    const disagreement = this.#shadow?.compare(input, decision);
    if (disagreement) record.shadow = disagreement;
    try {
      const pending = this.#audit.record(policy, record, deferred);
      if (pending) await pending;
      return decision;
    } catch (err) {
      if (!(err instanceof AuditUnavailableError)) throw err;
      if (decision.allow && stateKeys.length > 0 && !input.dryRun) {
        this.#limiter.withdraw(decision.decisionId, stateKeys);
        if (decision.principal) this.#limiter.track(decision.decisionId, decision.principal.subject, "none");
      }
      return { ...auditUnavailable(policy, decision.decisionId, err.rawMessage), principal: decision.principal, target: decision.target };
    }
  }

  async #decide(input: DecisionInput, policy: CompiledPolicy): Promise<{ decision: Decision; stateKeys: readonly string[] }> {
    const none: readonly string[] = [];
    // What the decision may wait on shared state (Redis), all its waits together: a gateway
    // token read from the store spends from it, then the credential's read from the vault's
    // store (the precondition), and the limits get what is left.
    const budget = new StateBudget(this.#limiter.timeoutMs);
    // Await only a real promise: a cached resolution keeps the decision synchronous up to the limits.
    const resolving = input.caller ?? this.#identity.resolve(policy, input.token, budget);
    const caller = resolving instanceof Promise ? await resolving : resolving;
    let access = authorize(policy, { ...input, caller });
    if (access.allow && input.precondition) {
      const pending = input.precondition(access, policy, budget);
      const denial = pending instanceof Promise ? await pending : pending;
      if (denial) access = { ...access, allow: false, reason: denial.reason, message: denial.message };
    }
    const decisionId = newDecisionId();
    const base: Decision = { ...access, decisionId, limits: [], retryAfterMs: 0, failOpen: false };
    const subject = access.principal?.subject;
    const taint = policy.taint;
    const taintCtx: TaintCallContext | undefined =
      taint && access.allow && access.principal && access.target
        ? {
            subject: access.principal.subject,
            workflowId: input.workflowId ?? "",
            server: access.target.server,
            tool: access.target.tool,
            hints: input.annotations,
            decisionId,
            args: input.arguments,
          }
        : undefined;
    const call = taint && taintCtx ? taintCall(taint, taintCtx, input.explain) : undefined;
    if (access.allow && access.principal && !input.dryRun && (taint || spotlightsByClass(policy))) {
      this.#calls.set(decisionId, { subject: access.principal.subject, workflowId: input.workflowId ?? "", hints: input.annotations });
    }
    if (!access.allow || (policy.limits.length === 0 && !call) || !access.principal || !access.target) {
      if (subject !== undefined) this.#limiter.track(decisionId, subject, "none");
      return { decision: base, stateKeys: none };
    }
    const extra: ExtraCheck | undefined =
      taint && call && taintCtx
        ? { op: call.op, rule: "taint", failOpen: taint.failOpen, denial: (result) => taintOutcome(taint, call, taintCtx, result).denial! }
        : undefined;
    if (input.signal?.aborted) {
      this.#limiter.track(decisionId, access.principal.subject, "none");
      return { decision: callerGone(base), stateKeys: none };
    }
    const verdict = await this.#limiter.check(
      policy.limits,
      {
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
      },
      extra,
      budget,
    );
    // Only a remote store leaves a gap (I/O) in which the caller can give up after the
    // limits were consumed; the in-memory store consumes synchronously after the check above.
    if (verdict.allow && !input.dryRun && input.signal?.aborted && verdict.stateKeys.length > 0) {
      this.#limiter.withdraw(decisionId, verdict.stateKeys);
      this.#limiter.track(decisionId, access.principal.subject, "none");
      return { decision: callerGone(base), stateKeys: none };
    }
    this.#limiter.track(decisionId, access.principal.subject, verdict.reservation);
    const withTaint =
      taint && call && taintCtx && verdict.extra ? taintDecision(base, taintOutcome(taint, call, taintCtx, verdict.extra), verdict.extra, input.explain) : base;
    if (verdict.allow) return { decision: { ...withTaint, limits: verdict.statuses, failOpen: verdict.failOpen }, stateKeys: verdict.stateKeys };
    const denied: Decision = {
      ...withTaint,
      allow: false,
      reason: verdict.reason,
      message: verdict.message,
      matchedRule: verdict.rule,
      limits: verdict.statuses,
      retryAfterMs: verdict.retryAfterMs,
    };
    return { decision: denied, stateKeys: none };
  }

  /**
   * Marks a workflow's taint confirmed (ScanResponse found injection in a call's result): the
   * workflow is tainted if it was not. The workflow is the one given, else the one of the
   * decision, if this sidecar made it. Returns false when there is no taint policy or no
   * workflow to mark. Throws when the state store fails.
   *
   * @example
   * ```ts
   * await engine.confirmTaint(policy, principal, { decisionId, workflowId: "", target: "web/fetch" });
   * ```
   */
  async confirmTaint(policy: CompiledPolicy, principal: Principal, call: { decisionId: string; workflowId: string; target: string }): Promise<boolean> {
    if (!policy.taint) return false;
    let workflowId: string | undefined = call.workflowId;
    if (workflowId === "") {
      workflowId = this.decidedCall(call.decisionId, principal.subject)?.workflowId;
    }
    if (workflowId === undefined) return false;
    await this.#limiter.commit([confirmOp(policy.taint, principal.subject, workflowId, call.decisionId, call.target)]);
    return true;
  }

  /**
   * The call an allowed decision of this sidecar was for, while it is remembered (the policy
   * tracks taint or spotlights by tool class); undefined for another subject's decision, whose
   * id names nothing of this caller's.
   *
   * @example
   * ```ts
   * engine.decidedCall(req.decisionId, principal.subject)?.hints;
   * ```
   */
  decidedCall(decisionId: string, subject: string): DecidedCall | undefined {
    const known = decisionId === "" ? undefined : this.#calls.get(decisionId);
    return known?.subject === subject ? known : undefined;
  }
}

/** A decision with what the taint check found: the chain, the rule (explain), a shadow denial. */
function taintDecision(base: Decision, outcome: ReturnType<typeof taintOutcome>, result: OpResult, explain: boolean | undefined): Decision {
  const wouldDeny = outcome.shadow ? outcome.denial : undefined;
  if (!explain) return wouldDeny || outcome.denial ? { ...base, taint: { chain: outcome.chain, wouldDeny } } : base;
  const entries: RuleTraceEntry[] = outcome.chain.map((link) => ({ rule: "taint", effect: "taint", matched: true, note: describeLink(link) }));
  if (outcome.chain.length === 0) entries.push({ rule: "taint", effect: "taint", matched: false, note: "the workflow is not tainted" });
  if (outcome.denial) {
    const note = outcome.shadow ? `shadow: would deny — ${outcome.denial.message}` : outcome.denial.message;
    entries.push({ rule: outcome.denial.rule, effect: "taint", matched: true, note });
  } else if (result.workflow && result.workflow.bits !== 0) {
    entries.push({ rule: "taint", effect: "taint", matched: false, note: "no taint rule refuses this call" });
  }
  return { ...base, explanation: [...base.explanation, ...entries], taint: { chain: outcome.chain, wouldDeny } };
}

/** The decision when the audit trail cannot take its record: nothing consumed, nothing recorded. */
function auditUnavailable(policy: CompiledPolicy, decisionId: string, message: string): Decision {
  return {
    allow: false,
    reason: Reason.AUDIT_UNAVAILABLE,
    message,
    matchedRule: "audit.onUnavailable",
    principal: undefined,
    target: undefined,
    explanation: [],
    policyRevision: policy.revision,
    decisionId,
    limits: [],
    retryAfterMs: 1000,
    failOpen: false,
  };
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
