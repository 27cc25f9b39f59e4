/**
 * Re-decides a recorded call under a candidate policy with the real authorizer. What the
 * record does not hold — masked argument values, the tool's MCP annotations — is not
 * guessed: the call is decided in the two extreme worlds (every unknown condition passes;
 * every unknown condition fails). Access control is monotone in its conditions (a passing
 * condition can only turn a deny into an allow), so when both worlds agree the answer is
 * certain, and when they differ the record is "cannot tell".
 */
import type { JsonObject } from "@bufbuild/protobuf";
import { Reason } from "@portcullis/sdk/gen";
import { authorize, type AccessDecision, type ToolHints } from "../../decision/index.js";
import type { CompiledPolicy, CompiledServerRules, Principal } from "../../policy/index.js";
import { isMaskedValue, touchesMasked } from "./masked-values.js";

/** An access-control outcome in audit terms: the Reason enum name and the rule's policy path. */
export interface Verdict {
  readonly allow: boolean;
  /** The Reason enum name, e.g. "EXPLICIT_DENY". */
  readonly reason: string;
  /** The matched rule's policy path ("" when no rule decided, e.g. NOT_PERMITTED). */
  readonly rule: string;
}

/** Why a recorded call cannot be re-decided for sure. */
export type Unknown = "masked_arguments" | "annotations";

/** The candidate's answer for one recorded call. */
export type Rejudgement =
  | { readonly kind: "decided"; readonly verdict: Verdict }
  | {
      readonly kind: "cannot_tell";
      readonly cause: Unknown;
      /** The outcome if the unknown conditions hold, and if they do not. */
      readonly ifSatisfied: Verdict;
      readonly ifViolated: Verdict;
    };

/** A recorded call to re-decide. */
export interface RecordedCall {
  readonly principal: Principal;
  /** The server and tool as the caller named them (a virtual server's name included). */
  readonly server: string;
  readonly tool: string;
  /** The recorded, possibly masked, arguments; undefined when none were recorded. */
  readonly arguments: unknown;
  /**
   * The tool annotations the caller sent, as recorded (absent: it sent none). Set `known`
   * false for records that cannot say (written without annotations support).
   */
  readonly annotations?: ToolHints | undefined;
  readonly annotationsKnown?: boolean | undefined;
}

/** Options of {@link CandidateJudge}. */
export interface CandidateJudgeOptions {
  /** Recognises masked argument values (default {@link isMaskedValue}). */
  readonly isMasked?: (value: unknown) => boolean;
}

/** Hints under which every annotation condition holds. */
const SAFE_HINTS: ToolHints = { readOnlyHint: true, destructiveHint: false, openWorldHint: false };

/**
 * Decides recorded calls under one candidate policy.
 *
 * @example
 * ```ts
 * const judge = new CandidateJudge(candidate);
 * const r = judge.judge({ principal: { subject: "s", roles: ["support"], team: undefined }, server: "jira", tool: "create_issue", arguments: { project: "SUP" } });
 * if (r.kind === "decided") r.verdict.allow;
 * ```
 */
export class CandidateJudge {
  readonly #candidate: CompiledPolicy;
  readonly #satisfied: CompiledPolicy;
  readonly #violated: CompiledPolicy;
  readonly #hasAnnotations: boolean;
  readonly #isMasked: (value: unknown) => boolean;
  /** Set by a wrapped constraint that read a masked value during the current decision. */
  #touched = false;
  /** The whole `arguments` of the current call is masked. */
  #allMasked = false;

  constructor(candidate: CompiledPolicy, options: CandidateJudgeOptions = {}) {
    this.#candidate = candidate;
    this.#isMasked = options.isMasked ?? isMaskedValue;
    this.#satisfied = this.#view(true);
    this.#violated = this.#view(false);
    this.#hasAnnotations = [...candidate.roles.values()].some((r) => [...r.exact.values(), ...r.globs].some((b) => b.annotations !== undefined));
  }

  /** The candidate policy. */
  get candidate(): CompiledPolicy {
    return this.#candidate;
  }

  /** Re-decides one recorded call. */
  judge(call: RecordedCall): Rejudgement {
    const principal = principalUnder(this.#candidate, call.principal);
    // No arguments recorded: the call had none, or the policy's audit section omits them
    // (\`audit.arguments: omit\`); the record cannot tell which, so nothing about them is known.
    this.#allMasked = call.arguments === undefined || this.#isMasked(call.arguments);
    const args = !this.#allMasked && isObject(call.arguments) ? (call.arguments as JsonObject) : undefined;
    this.#touched = false;
    const hintsKnown = call.annotationsKnown ?? true;
    const violated = verdictOf(this.#decide(this.#violated, principal, call, args, hintsKnown ? call.annotations : undefined));
    const touchedMasked = this.#touched;
    if (!touchedMasked && (hintsKnown || !this.#hasAnnotations)) return { kind: "decided", verdict: violated };
    const satisfied = verdictOf(this.#decide(this.#satisfied, principal, call, args, hintsKnown ? call.annotations : SAFE_HINTS));
    // Monotone: the worlds differ only as "allowed if the unknowns hold, denied if not".
    if (satisfied.allow === violated.allow) return { kind: "decided", verdict: violated.allow ? violated : satisfied };
    return { kind: "cannot_tell", cause: touchedMasked ? "masked_arguments" : "annotations", ifSatisfied: satisfied, ifViolated: violated };
  }

  #decide(policy: CompiledPolicy, principal: Principal, call: RecordedCall, args: JsonObject | undefined, annotations: ToolHints | undefined): AccessDecision {
    return authorize(policy, { token: "", server: call.server, tool: call.tool, arguments: args, annotations, caller: { ok: true, principal } });
  }

  /**
   * The candidate with each argument constraint wrapped: a constraint that would read a
   * masked value answers as the world says instead. Everything else is the candidate's own.
   */
  #view(satisfied: boolean): CompiledPolicy {
    const block = (b: CompiledServerRules): CompiledServerRules => ({
      ...b,
      args: b.args.map((entry) => ({
        tool: entry.tool,
        constraints: entry.constraints.map((c) => {
          const path = c.argument.split(".");
          return {
            rule: c.rule,
            argument: c.argument,
            check: (args: JsonObject | undefined) => {
              if (!this.#allMasked && !touchesMasked(args, path, this.#isMasked)) return c.check(args);
              this.#touched = true;
              return satisfied ? undefined : `argument '${c.argument}' is masked or not recorded in the audit record`;
            },
          };
        }),
      })),
    });
    const roles = new Map(
      [...this.#candidate.roles].map(([name, role]) => [
        name,
        { name, exact: new Map([...role.exact].map(([server, b]) => [server, block(b)])), globs: role.globs.map(block) },
      ]),
    );
    return { ...this.#candidate, roles };
  }
}

const subjectsByPolicy = new WeakMap<CompiledPolicy, Map<string, Principal>>();

/**
 * The principal a caller is under a candidate policy: a static subject the candidate defines
 * gets the candidate's roles and team (a policy change may move it between roles); any other
 * caller — a gateway or IdP token, or a subject the candidate no longer lists — keeps the
 * roles it had, less those the candidate does not define (they grant nothing, as at run time).
 *
 * @example
 * ```ts
 * principalUnder(candidate, { subject: "agent:support-bot", roles: ["support"], team: "support" });
 * ```
 */
export function principalUnder(candidate: CompiledPolicy, principal: Principal): Principal {
  if (principal.kind === undefined || principal.kind === "static") {
    const defined = subjectsOf(candidate).get(principal.subject);
    if (defined) return defined;
  }
  if (principal.roles.every((r) => candidate.roles.has(r))) return principal;
  return { ...principal, roles: principal.roles.filter((r) => candidate.roles.has(r)) };
}

/**
 * Whether the policy defines a static subject (else replay decides it by its recorded roles).
 *
 * @example
 * ```ts
 * definesSubject(candidate, "agent:support-bot"); // true
 * ```
 */
export function definesSubject(policy: CompiledPolicy, subject: string): boolean {
  return subjectsOf(policy).has(subject);
}

function subjectsOf(policy: CompiledPolicy): Map<string, Principal> {
  let subjects = subjectsByPolicy.get(policy);
  if (!subjects) {
    subjects = new Map();
    for (const s of policy.document.subjects) subjects.set(s.id, { subject: s.id, roles: [...new Set(s.roles)], team: s.team });
    subjectsByPolicy.set(policy, subjects);
  }
  return subjects;
}

function verdictOf(d: AccessDecision): Verdict {
  return { allow: d.allow, reason: Reason[d.reason] ?? String(d.reason), rule: d.matchedRule };
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
