/**
 * Compiles the policy's `limits:` entries into matchers and parameters, and reports
 * cross-entry problems (duplicate names, unknown roles) by policy path.
 */
import { bySpecificity, compileGlob, type NamePattern } from "../policy/glob.js";
import type { BudgetPeriod, LimitDocument } from "./limit-schema.js";

/** The four kinds of limit. */
export type LimitKind = "rate" | "tokens" | "steps" | "duplicate";

/** Who a limit applies to. */
export type LimitScope = { readonly kind: "all" } | { readonly kind: "subject" | "role" | "team"; readonly value: string };

/** A limit ready for decisions. */
export interface CompiledLimit {
  /** Its name (explicit, or `limits[i]`); part of its state keys, so keep it stable. */
  readonly name: string;
  /** Policy path, e.g. `limits[2]`. */
  readonly path: string;
  readonly kind: LimitKind;
  readonly scope: LimitScope;
  readonly perSubject: boolean;
  readonly perTool: boolean;
  /** Matched against `server/tool` of the real target. */
  readonly tools: readonly NamePattern[];
  readonly shadow: boolean;
  readonly failOpen: boolean;
  readonly rate?: { readonly count: number; readonly periodMs: number; readonly burst: number };
  readonly tokens?: {
    readonly amount: number;
    readonly period: BudgetPeriod;
    /** What a call without `estimated_tokens` reserves, most specific glob first; none matching: the estimate is required. */
    readonly defaultEstimates: readonly { readonly pattern: NamePattern; readonly tokens: number }[];
  };
  readonly steps?: number;
  /** Step caps: one count per workflow for every subject, instead of one per subject. */
  readonly sharedWorkflow: boolean;
  readonly windowMs?: number;
}

/** A compile problem with its path inside `limits`. */
export interface LimitProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * Compiles limit entries.
 *
 * @example
 * ```ts
 * const { limits, problems, warnings } = compileLimits(doc.limits, new Set(Object.keys(doc.roles)));
 * ```
 */
export function compileLimits(
  docs: readonly LimitDocument[],
  roles: ReadonlySet<string>,
): { limits: CompiledLimit[]; problems: LimitProblem[]; warnings: LimitProblem[] } {
  const problems: LimitProblem[] = [];
  const warnings: LimitProblem[] = [];
  const names = new Map<string, number>();
  const limits = docs.map((doc, i): CompiledLimit => {
    const name = doc.name ?? `limits[${i}]`;
    const earlier = names.get(name);
    if (earlier !== undefined) {
      problems.push({ path: ["limits", i, "name"], message: `the limit name '${name}' is already used by limits[${earlier}]` });
    }
    names.set(name, i);
    const [scopeKind, ...rest] = doc.scope.split(":");
    const scope: LimitScope = scopeKind === "all" ? { kind: "all" } : { kind: scopeKind as "subject" | "role" | "team", value: rest.join(":") };
    if (scope.kind === "role" && !roles.has(scope.value)) {
      problems.push({ path: ["limits", i, "scope"], message: `unknown role '${scope.value}'` });
    }
    const base = {
      name,
      path: `limits[${i}]`,
      scope,
      perSubject: doc.per.includes("subject"),
      perTool: doc.per.includes("tool"),
      tools: doc.tools.map((t) => compileGlob(t)),
      shadow: doc.shadow,
      failOpen: doc.onStoreFailure === "allow",
      sharedWorkflow: doc.sharedWorkflow,
    };
    if (doc.rate) return { ...base, kind: "rate", rate: { ...doc.rate, burst: doc.burst ?? doc.rate.count } };
    if (doc.tokens) {
      // Without a default, a call without estimated_tokens would reserve nothing, and
      // concurrent ones would overspend the budget without bound: such calls are refused
      // (InvalidArgument) — as with requireEstimate, which says so on purpose.
      if (doc.defaultEstimate === undefined && doc.requireEstimate !== true) {
        warnings.push({
          path: ["limits", i, "tokens"],
          message:
            "this token budget has no defaultEstimate: calls without estimated_tokens are refused; " +
            "add defaultEstimate (tokens to reserve for such a call) or requireEstimate: true to say that this is intended",
        });
      }
      return { ...base, kind: "tokens", tokens: { ...doc.tokens, defaultEstimates: defaultEstimates(doc.defaultEstimate) } };
    }
    if (doc.steps !== undefined) return { ...base, kind: "steps", steps: doc.steps };
    return { ...base, kind: "duplicate", windowMs: doc.duplicateWindow! };
  });
  return { limits, problems, warnings };
}

function defaultEstimates(spec: LimitDocument["defaultEstimate"]): { pattern: NamePattern; tokens: number }[] {
  if (spec === undefined) return [];
  const entries = typeof spec === "number" ? [["*", spec] as const] : Object.entries(spec);
  return entries.map(([glob, tokens]) => ({ pattern: compileGlob(glob), tokens })).sort((a, b) => bySpecificity(a.pattern, b.pattern));
}
