/**
 * The access-control decision (wall 1): token → principal → roles → rules → decision.
 * Pure and synchronous over one compiled policy, so a decision never sees half a reload.
 */
import type { JsonObject } from "@bufbuild/protobuf";
import { Reason } from "@portcullis/sdk/gen";
import { resolveCaller, type CallerProblem, type CallerResolution } from "../identity/index.js";
import type { CompiledPolicy, CompiledServerRules, CompiledVirtualServer, Principal } from "../policy/index.js";
import { matchRules, type TraceSink } from "./rule-matcher.js";

/** MCP tool annotations as the upstream server declared them (untrusted hints). */
export interface ToolHints {
  readonly readOnlyHint?: boolean | undefined;
  readonly destructiveHint?: boolean | undefined;
  readonly idempotentHint?: boolean | undefined;
  readonly openWorldHint?: boolean | undefined;
}

/** One intended tool call. */
export interface AuthorizeInput {
  readonly token: string;
  readonly server: string;
  readonly tool: string;
  readonly arguments?: JsonObject | undefined;
  readonly annotations?: ToolHints | undefined;
  readonly explain?: boolean | undefined;
  /** The caller, already resolved (by the Identity resolver); else `token` is resolved as a static token. */
  readonly caller?: CallerResolution | undefined;
}

/** The Authorize reason for each way a token fails to resolve. */
export const CALLER_REASONS: Record<CallerProblem, Reason> = {
  missing_token: Reason.UNAUTHENTICATED,
  unknown_token: Reason.UNAUTHENTICATED,
  revoked: Reason.TOKEN_REVOKED,
  expired: Reason.TOKEN_EXPIRED,
  not_yet_valid: Reason.TOKEN_NOT_YET_VALID,
  wrong_audience: Reason.TOKEN_WRONG_AUDIENCE,
  wrong_issuer: Reason.TOKEN_WRONG_ISSUER,
  algorithm_not_allowed: Reason.TOKEN_ALGORITHM_NOT_ALLOWED,
  unknown_key: Reason.TOKEN_UNKNOWN_KEY,
  invalid_token: Reason.TOKEN_INVALID,
  unavailable: Reason.STATE_UNAVAILABLE,
};

/** One rule the decision considered (explain mode). */
export interface RuleTraceEntry {
  readonly rule: string;
  readonly effect: string;
  readonly matched: boolean;
  readonly note: string;
}

/** The real server and tool a call goes to. */
export interface CallTarget {
  readonly server: string;
  readonly tool: string;
}

/** An access decision. */
export interface AccessDecision {
  readonly allow: boolean;
  readonly reason: Reason;
  readonly message: string;
  readonly matchedRule: string;
  readonly principal: Principal | undefined;
  readonly target: CallTarget | undefined;
  readonly explanation: readonly RuleTraceEntry[];
  readonly policyRevision: string;
}

/**
 * Decides one tool call against the policy.
 *
 * @example
 * ```ts
 * const d = authorize(store.current, { token, server: "jira", tool: "delete_issue" });
 * d.allow; // false
 * d.reason === Reason.EXPLICIT_DENY; // true
 * ```
 */
export function authorize(policy: CompiledPolicy, input: AuthorizeInput): AccessDecision {
  const explanation: RuleTraceEntry[] = [];
  const trace: TraceSink | undefined = input.explain ? (rule, effect, matched, note) => explanation.push({ rule, effect, matched, note }) : undefined;
  const decide = (
    allow: boolean,
    reason: Reason,
    message: string,
    extra: { matchedRule?: string; principal?: Principal; target?: CallTarget } = {},
  ): AccessDecision => ({
    allow,
    reason,
    message,
    matchedRule: extra.matchedRule ?? "",
    principal: extra.principal,
    target: extra.target,
    explanation,
    policyRevision: policy.revision,
  });

  const caller = input.caller ?? resolveCaller(policy, input.token);
  if (!caller.ok) return decide(false, CALLER_REASONS[caller.reason], caller.message);
  const principal = caller.principal;

  const virtual = policy.virtualServers.get(input.server);
  let roles = principal.roles;
  let target: CallTarget = { server: input.server, tool: input.tool };
  if (virtual) {
    const resolved = resolveVirtualTool(virtual, principal, input.tool, trace);
    if ("denied" in resolved) {
      return decide(false, Reason.NOT_IN_VIRTUAL_SERVER, resolved.denied, { principal, matchedRule: virtual.path });
    }
    roles = resolved.roles;
    target = resolved.target;
  }

  const outcome = evaluateCall(policy, roles, target.server, target.tool, {
    hints: input.annotations,
    args: input.arguments,
    checkArgs: true,
    trace,
    denyRoles: principal.roles,
  });
  const via = virtual ? ` (via virtual server ${virtual.name})` : "";
  const subjectRoles = `subject '${principal.subject}' (roles: ${roles.join(", ")})`;
  switch (outcome.kind) {
    case "allow":
      return decide(true, Reason.ALLOWED, `allowed by ${outcome.rule}${via}`, { matchedRule: outcome.rule, principal, target });
    case "deny":
      return decide(
        false,
        Reason.EXPLICIT_DENY,
        `${target.server}/${target.tool} is denied to subject '${principal.subject}' (roles: ${principal.roles.join(", ")}) by ${outcome.rule} (pattern '${outcome.pattern}'); a deny beats every allow${via}`,
        { matchedRule: outcome.rule, principal, target },
      );
    case "condition":
      return decide(false, outcome.reason, `${outcome.detail} (${outcome.rule})${via}`, { matchedRule: outcome.rule, principal, target });
    case "none": {
      if (outcome.blocks === 0 && !policy.knownServers.has(target.server) && !policy.hasServerGlobs) {
        return decide(false, Reason.UNKNOWN_SERVER, `server '${target.server}' is not in the policy (no role or virtual server names it)`, {
          principal,
          target,
        });
      }
      const what = outcome.blocks === 0 ? `server '${target.server}'` : `${target.server}/${target.tool}`;
      return decide(false, Reason.NOT_PERMITTED, `no rule grants ${what} to ${subjectRoles}; ask a policy owner to add it to an allow list${via}`, {
        principal,
        target,
      });
    }
  }
}

/** The result of evaluating the rules for one real server and tool. */
export type CallOutcome =
  | { readonly kind: "allow"; readonly rule: string; readonly block: CompiledServerRules }
  | { readonly kind: "deny"; readonly rule: string; readonly pattern: string }
  | { readonly kind: "condition"; readonly reason: Reason; readonly rule: string; readonly detail: string }
  | { readonly kind: "none"; readonly blocks: number };

/**
 * Evaluates the rules of `roles` for a call on a real server. With `checkArgs: false`
 * (listing tools) argument constraints are left for call time.
 */
export function evaluateCall(
  policy: CompiledPolicy,
  roles: readonly string[],
  server: string,
  tool: string,
  options: {
    hints: ToolHints | undefined;
    args: JsonObject | undefined;
    checkArgs: boolean;
    trace: TraceSink | undefined;
    /** All the subject's roles, where `roles` are fewer (those a virtual server is for): their denies count too. */
    denyRoles?: readonly string[] | undefined;
  },
): CallOutcome {
  const { trace } = options;
  const match = matchRules(policy, roles, server, tool, trace);
  if (match.deny) return { kind: "deny", rule: match.deny.rule.path, pattern: match.deny.rule.pattern.source };
  // A virtual server grants through the roles it is for, but a deny of any role of the subject
  // still wins: a role added to restrict someone must not be stepped around by a route.
  if (options.denyRoles && options.denyRoles.length > roles.length) {
    const denied = matchRules(policy, options.denyRoles, server, tool, trace).deny;
    if (denied) return { kind: "deny", rule: denied.rule.path, pattern: denied.rule.pattern.source };
  }
  let firstFailure: CallOutcome | undefined;
  for (const { block, rule } of match.allows) {
    const failure = checkConditions(block, tool, options.hints, options.args, options.checkArgs, trace);
    if (!failure) return { kind: "allow", rule: rule.path, block };
    firstFailure ??= failure;
  }
  return firstFailure ?? { kind: "none", blocks: match.blocks };
}

function checkConditions(
  block: CompiledServerRules,
  tool: string,
  hints: ToolHints | undefined,
  args: JsonObject | undefined,
  checkArgs: boolean,
  trace: TraceSink | undefined,
): CallOutcome | undefined {
  if (block.annotations) {
    const violation = annotationViolation(block.annotations.rule, hints);
    trace?.(block.annotations.path, "annotations", violation === undefined, violation ? `${tool} ${violation.actual}` : "annotations satisfied");
    if (violation) {
      return {
        kind: "condition",
        reason: Reason.ANNOTATION_CONSTRAINT,
        rule: block.annotations.path,
        detail: `role '${block.role}' may call only tools that ${violation.requirement} on this server; ${tool} ${violation.actual}`,
      };
    }
  }
  if (!checkArgs) return undefined;
  for (const entry of block.args) {
    if (!entry.tool.matches(tool)) continue;
    for (const constraint of entry.constraints) {
      const violation = constraint.check(args);
      trace?.(constraint.rule, "args", violation === undefined, violation ?? `argument '${constraint.argument}' satisfied`);
      if (violation) return { kind: "condition", reason: Reason.ARGUMENT_CONSTRAINT, rule: constraint.rule, detail: violation };
    }
  }
  return undefined;
}

/**
 * Checks MCP annotations. Hints default as the MCP spec says: readOnlyHint false,
 * destructiveHint true, openWorldHint true — so a tool without hints is destructive.
 */
function annotationViolation(
  rule: NonNullable<CompiledServerRules["annotations"]>["rule"],
  hints: ToolHints | undefined,
): { requirement: string; actual: string } | undefined {
  const readOnly = hints?.readOnlyHint === true;
  const destructive = !readOnly && hints?.destructiveHint !== false;
  const openWorld = hints?.openWorldHint !== false;
  if (rule.readOnly === "required" && !readOnly) {
    return { requirement: "are read-only (readOnlyHint: true)", actual: "is not declared read-only" };
  }
  if (rule.destructive === "deny" && destructive) {
    return { requirement: "are not destructive", actual: "is destructive (or declares no hints)" };
  }
  if (rule.openWorld === "deny" && openWorld) {
    return { requirement: "are closed-world (openWorldHint: false)", actual: "may reach an open world" };
  }
  return undefined;
}

/** Resolves a tool name of a virtual server to its real server and tool. */
export function resolveVirtualTool(
  virtual: CompiledVirtualServer,
  principal: Principal,
  tool: string,
  trace?: TraceSink,
): { roles: readonly string[]; target: CallTarget } | { denied: string } {
  const roles = principal.roles.filter((r) => virtual.roles.has(r));
  trace?.(`${virtual.path}.roles`, "virtual-server", roles.length > 0, `visible to ${[...virtual.roles].join(", ")}`);
  if (roles.length === 0) {
    return {
      denied: `virtual server '${virtual.name}' is not visible to subject '${principal.subject}' (roles: ${principal.roles.join(", ")}); it is visible to ${[...virtual.roles].join(", ")}`,
    };
  }
  const literal = virtual.byExposedName.get(tool);
  if (literal) {
    trace?.(literal.path, "virtual-server", true, `${tool} is ${literal.server}/${literal.tool.source}`);
    return { roles, target: { server: literal.server, tool: literal.tool.source } };
  }
  for (const entry of virtual.entries) {
    if (entry.tool.literal || !entry.tool.matches(tool)) continue;
    trace?.(entry.path, "virtual-server", true, `pattern '${entry.server}/${entry.tool.source}' matches ${tool}`);
    return { roles, target: { server: entry.server, tool } };
  }
  return { denied: `virtual server '${virtual.name}' has no tool '${tool}'` };
}
