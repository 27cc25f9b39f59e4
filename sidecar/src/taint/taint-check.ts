/**
 * One call against its workflow's taint: the state operation that checks the rules and
 * records what the call brings (run by the state store in the same atomic apply as the
 * limits), and what its result means — a denial naming the call that tainted the workflow,
 * a would-be denial in shadow mode, and the taint chain for `explain`.
 */
import { Reason } from "@portcullis/sdk/gen";
import type { ToolHints } from "../decision/authorizer.js";
import type { LimitOp, OpResult, WorkflowState } from "../limits/state-store.js";
import { egressViolation } from "./egress-arguments.js";
import type { CompiledTaint, TaintRule } from "./taint-compiler.js";
import { BITS, classNames, toolClasses } from "./tool-classes.js";

/** Who calls what, in which workflow. */
export interface TaintCallContext {
  readonly subject: string;
  /** The caller's workflow id; "" — the subject's calls without one form one workflow. */
  readonly workflowId: string;
  readonly server: string;
  readonly tool: string;
  readonly hints: ToolHints | undefined;
  readonly decisionId: string;
  /** The call's arguments, for egress checks (`allowDomains`). */
  readonly args?: unknown;
}

/** The taint operation of a call, and the classes it brings. */
export interface TaintCall {
  readonly op: Extract<LimitOp, { kind: "taint" }>;
  readonly classes: number;
  /** Where the classes came from: an override's policy path, or `annotations`. */
  readonly classSource: string;
  /** The rules the store checks for this call (the op's rules, with their paths). */
  readonly rules: readonly TaintRule[];
  /** Why the arguments fail an `allowDomains` rule (kept in `rules`); undefined when they pass. */
  readonly egressViolation: string | undefined;
}

/** One call in a workflow's taint chain. */
export interface TaintLink {
  /** `untrusted`, `sensitive`, `action`, `confirmed`. */
  readonly kind: "untrusted" | "sensitive" | "action" | "confirmed";
  readonly target: string;
  readonly decisionId: string;
  readonly atMs: number;
}

/** What a taint result means for the call. */
export interface TaintOutcome {
  /** The denial, enforced or (shadow) would-be. */
  readonly denial: { readonly reason: Reason; readonly message: string; readonly rule: string } | undefined;
  readonly shadow: boolean;
  /** The workflow's chain before this call. */
  readonly chain: readonly TaintLink[];
}

/**
 * The state key of a workflow: per subject, since a workflow id is the caller's own label and
 * one subject must not taint (or clear) another's workflow by reusing it.
 *
 * @example
 * ```ts
 * workflowKey("agent-1", "run-7"); // "taint|s=agent-1|w=run-7"
 * ```
 */
export function workflowKey(subject: string, workflowId: string): string {
  return `taint|s=${encodeURIComponent(subject)}|w=${encodeURIComponent(workflowId)}`;
}

/**
 * The taint operation of a call; undefined when it cannot matter (it brings no class and the
 * caller wants no explanation).
 *
 * @example
 * ```ts
 * const call = taintCall(policy.taint, ctx, input.explain);
 * ```
 */
export function taintCall(taint: CompiledTaint, ctx: TaintCallContext, explain = false): TaintCall | undefined {
  const target = `${ctx.server}/${ctx.tool}`;
  const { bits, source } = toolClasses(taint.overrides, target, ctx.hints);
  if (bits === 0 && !explain) return undefined;
  // Egress to allowed destinations passes an allowDomains rule: the store then never sees it.
  // The arguments are known here and the taint only in the store, so the check runs before.
  let rules = taint.rules;
  let violation: string | undefined;
  if ((bits & BITS.egress) !== 0 && taint.egressDomains) {
    violation = egressViolation(ctx.args, taint.egressDomains);
    if (violation === undefined) rules = rules.filter((r) => r.allowDomains === undefined);
  }
  return {
    op: {
      kind: "taint",
      key: workflowKey(ctx.subject, ctx.workflowId),
      shadow: taint.shadow,
      legs: bits,
      rules,
      ttlMs: taint.ttlMs,
      call: `${ctx.decisionId} ${target}`,
    },
    classes: bits,
    classSource: source,
    rules,
    egressViolation: violation,
  };
}

/**
 * The operation ScanResponse applies when it finds injection: the workflow is tainted (if it
 * was not) and the taint is confirmed.
 *
 * @example
 * ```ts
 * await store.apply([confirmOp(taint, subject, workflowId, decisionId, "web/fetch")], { commit: true });
 * ```
 */
export function confirmOp(taint: CompiledTaint, subject: string, workflowId: string, decisionId: string, target: string): LimitOp {
  return {
    kind: "taint",
    key: workflowKey(subject, workflowId),
    shadow: false,
    legs: BITS.untrustedSource | BITS.confirmed,
    rules: [],
    ttlMs: taint.ttlMs,
    call: `${decisionId} ${target}`,
  };
}

/**
 * What the store's answer means for the call.
 *
 * @example
 * ```ts
 * const outcome = taintOutcome(policy.taint, call, ctx, result);
 * if (outcome.denial && !outcome.shadow) deny(outcome.denial);
 * ```
 */
export function taintOutcome(taint: CompiledTaint, call: TaintCall, ctx: TaintCallContext, result: OpResult): TaintOutcome {
  const state = result.workflow;
  const rule = state && state.rule > 0 ? call.rules[state.rule - 1] : undefined;
  // The chain is parsed only when a denial names it (or explain lists it): most calls pass.
  if (!rule) return new PassingOutcome(taint.shadow, state);
  const chain = taintChain(state!);
  return { denial: denial(rule, call, ctx, chain), shadow: taint.shadow, chain };
}

/**
 * A call the taint rules let pass, its chain parsed on first read. A class rather than an object
 * literal with a getter: a literal's own getter gives every call's object a hidden class of its
 * own, which V8 keeps in the old generation with all the getter reaches (BENCHMARKS.md, floor).
 */
class PassingOutcome implements TaintOutcome {
  readonly denial = undefined;
  readonly #state: OpResult["workflow"];

  constructor(
    readonly shadow: boolean,
    state: OpResult["workflow"],
  ) {
    this.#state = state;
  }

  get chain(): readonly TaintLink[] {
    return this.#state ? taintChain(this.#state) : [];
  }
}

/**
 * The workflow's recorded calls, oldest first.
 *
 * @example
 * ```ts
 * taintChain(result.workflow).map((l) => `${l.kind} ${l.target}`); // ["untrusted web/fetch"]
 * ```
 */
export function taintChain(state: WorkflowState): TaintLink[] {
  const links: TaintLink[] = [];
  const add = (kind: TaintLink["kind"], raw: string | undefined) => {
    if (!raw) return;
    // "<ms> <decision id> <server/tool>"; names have no whitespace.
    const [ms, decisionId, ...target] = raw.split(" ");
    links.push({ kind, atMs: Number(ms), decisionId: decisionId ?? "", target: target.join(" ") });
  };
  add("untrusted", state.untrusted);
  add("sensitive", state.sensitive);
  add("action", state.action);
  add("confirmed", state.confirmed);
  return links.sort((a, b) => a.atMs - b.atMs);
}

/**
 * The chain as one line per link, for `explain` and messages.
 *
 * @example
 * ```ts
 * describeLink(link); // "untrusted content from web/fetch at 2026-12-01T21:52:29.000Z (decision 5f…)"
 * ```
 */
export function describeLink(link: TaintLink): string {
  const when = `at ${new Date(link.atMs).toISOString()} (decision ${link.decisionId})`;
  switch (link.kind) {
    case "untrusted":
      return `untrusted content from ${link.target} ${when}`;
    case "sensitive":
      return `sensitive data read by ${link.target} ${when}`;
    case "action":
      return `a state change or egress by ${link.target} ${when}`;
    case "confirmed":
      return `prompt injection found by ScanResponse in ${link.target}'s result ${when}`;
  }
}

function denial(rule: TaintRule, call: TaintCall, ctx: TaintCallContext, chain: readonly TaintLink[]): NonNullable<TaintOutcome["denial"]> {
  const target = `${ctx.server}/${ctx.tool}`;
  const brings = classNames(call.classes & rule.when).join(", ");
  const workflow =
    ctx.workflowId === "" ? `the calls of subject '${ctx.subject}' without a workflow id` : `workflow '${ctx.workflowId}' of subject '${ctx.subject}'`;
  const history = chain.length > 0 ? chain.map(describeLink).join("; ") : "nothing recorded";
  const why = rule.allowDomains && call.egressViolation ? `, and ${call.egressViolation}` : "";
  const what = `${target} (${brings}, per ${call.classSource}) is refused: ${workflow} has ${history}; a tainted workflow ${rule.says} (${rule.path})${why}`;
  const fresh = "start a fresh workflow (a new workflow_id) for work that must not see that content";
  if (rule.effect === "approve") {
    return {
      reason: Reason.APPROVAL_REQUIRED,
      rule: rule.path,
      message: `${what} without a person's approval, and approvals do not exist yet, so the call is denied. To proceed: ${fresh}, or change ${rule.path} in the policy`,
    };
  }
  return {
    reason: Reason.TAINTED_WORKFLOW,
    rule: rule.path,
    message: `${what}. To proceed: ${fresh}, have a person approve the call (the approval flow is not available yet), or change ${rule.path} in the policy`,
  };
}
