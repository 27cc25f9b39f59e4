/**
 * Compiles the `taint:` section into class overrides (most specific glob first) and the
 * rules the state store checks: each rule is "the workflow already has these bits (for the rule
 * of two: has them with the call's), and the call brings one of those" — the whole rule
 * evaluation fits in the store's atomic apply.
 */
import { bySpecificity, compileGlob } from "../policy/glob.js";
import { formatPath } from "../policy/policy-error.js";
import { BITS, classBits, type ClassOverride } from "./tool-classes.js";
import type { TaintDocument } from "./taint-schema.js";

/**
 * A rule on tainted workflows: refuses a call that brings a `when` bit into a workflow holding
 * every `need` bit — with `withCall`, holding them once the call's own legs are added (the rule
 * of two: a call that brings two of the three legs at once completes the set as surely as one
 * that brings the last).
 */
export interface TaintRule {
  /** Policy path, e.g. `taint.afterUntrusted.stateChange`. */
  readonly path: string;
  readonly need: number;
  readonly when: number;
  /** Whether `need` counts the call's own legs with the workflow's. */
  readonly withCall?: boolean;
  /** `approve` answers APPROVAL_REQUIRED instead of TAINTED_WORKFLOW. */
  readonly effect: "deny" | "approve";
  /** What the rule forbids, for messages: "may not change state". */
  readonly says: string;
  /** Egress only to these domains (and their subdomains), checked on the call's arguments. */
  readonly allowDomains?: readonly string[];
}

/** The taint section, ready for decisions. */
export interface CompiledTaint {
  readonly overrides: readonly ClassOverride[];
  /** Deny rules first, so a deny beats an approve. */
  readonly rules: readonly TaintRule[];
  /** The `afterUntrusted.egress.allowDomains`, if the policy has them. */
  readonly egressDomains: readonly string[] | undefined;
  readonly shadow: boolean;
  readonly ttlMs: number;
  readonly failOpen: boolean;
}

/** A problem with its path inside the policy. */
export interface TaintProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const { untrustedSource: U, sensitiveData: S, stateChange: C, egress: E } = BITS;
const RULE_OF_TWO = "may not combine untrusted input, sensitive data and a state change or egress (rule of two)";

/**
 * Compiles the taint section.
 *
 * @example
 * ```ts
 * const { taint, warnings } = compileTaint(doc.taint);
 * ```
 */
export function compileTaint(doc: TaintDocument): { taint: CompiledTaint; warnings: TaintProblem[] } {
  const warnings: TaintProblem[] = [];
  const overrides = Object.entries(doc.classes)
    .map(([glob, classes]): ClassOverride => ({ pattern: compileGlob(glob), classes: classBits(classes), path: formatPath(["taint", "classes", glob]) }))
    .sort((a, b) => bySpecificity(a.pattern, b.pattern));
  const rules: TaintRule[] = [];
  const after = doc.afterUntrusted;
  if (after && after.stateChange !== "allow") {
    rules.push({ path: "taint.afterUntrusted.stateChange", need: U, when: C, effect: after.stateChange, says: "may not change state" });
  }
  if (after?.egress === "deny") rules.push({ path: "taint.afterUntrusted.egress", need: U, when: E, effect: "deny", says: "may not send data out" });
  if (after && typeof after.egress === "object") {
    const allowDomains = after.egress.allowDomains;
    rules.push({
      path: "taint.afterUntrusted.egress",
      need: U,
      when: E,
      effect: "deny",
      says: `may send data only to ${allowDomains.join(", ")}`,
      allowDomains,
    });
  }
  if (doc.ruleOfTwo) {
    // The third leg, whichever it is: untrusted input, sensitive data, or the action.
    for (const [need, when] of [
      [S | C, U],
      [S | E, U],
      [U | C, S],
      [U | E, S],
      [U | S, C | E],
    ] as const) {
      rules.push({ path: "taint.ruleOfTwo", need, when, withCall: true, effect: "deny", says: RULE_OF_TWO });
    }
  }
  rules.sort((a, b) => (a.effect === b.effect ? 0 : a.effect === "deny" ? -1 : 1));
  if (rules.length === 0) {
    warnings.push({ path: ["taint"], message: "taint has no rules (afterUntrusted, ruleOfTwo): workflows are tracked but no call is refused" });
  }
  const egressDomains = after && typeof after.egress === "object" ? after.egress.allowDomains : undefined;
  return { taint: { overrides, rules, egressDomains, shadow: doc.shadow, ttlMs: doc.ttl, failOpen: doc.onStoreFailure === "allow" }, warnings };
}
