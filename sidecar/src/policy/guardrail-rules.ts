/**
 * The policy's `guardrails:` section: guardrail profiles per server/tool selector. The first
 * entry whose `tools` match the real target decides; a response no entry covers gets the
 * default profile (PII detected, secrets masked, injection blocked) — never an unscanned pass.
 */
import { z } from "zod";
import { compileGuardrail, GuardrailConfigSchema, type CompiledGuardrail } from "../guardrails/index.js";
import { compileGlob, type NamePattern } from "./glob.js";

/** One entry: a guardrail profile and the tools it covers. */
export const GuardrailRuleSchema = GuardrailConfigSchema.extend({
  tools: z
    .array(z.string().min(1).regex(/^\S+$/, { error: "a tool selector is server/tool (globs allowed) or *" }))
    .min(1)
    .default(["*"]),
});

/** A compiled entry. */
export interface CompiledGuardrailRule {
  readonly path: string;
  readonly tools: readonly NamePattern[];
  readonly profile: CompiledGuardrail;
}

/** The profile used where no entry matches. */
export const DEFAULT_GUARDRAIL: CompiledGuardrail = compileGuardrail({});

/**
 * Compiles the entries in policy order.
 *
 * @example
 * ```ts
 * const rules = compileGuardrailRules(doc.guardrails);
 * ```
 */
export function compileGuardrailRules(entries: readonly z.infer<typeof GuardrailRuleSchema>[]): CompiledGuardrailRule[] {
  return entries.map(({ tools, ...profile }, i) => ({
    path: `guardrails[${i}]`,
    tools: tools.map((t) => compileGlob(t)),
    profile: compileGuardrail(profile),
  }));
}

/**
 * The profile for a response of `server/tool` (the real target), and the rule that chose it.
 *
 * @example
 * ```ts
 * const { profile, rule } = guardrailFor(policy.guardrails, "web", "fetch");
 * ```
 */
export function guardrailFor(rules: readonly CompiledGuardrailRule[], server: string, tool: string): { profile: CompiledGuardrail; rule: string } {
  const target = `${server}/${tool}`;
  const rule = rules.find((r) => r.tools.some((p) => p.matches(target)));
  return rule ? { profile: rule.profile, rule: rule.path } : { profile: DEFAULT_GUARDRAIL, rule: "default" };
}
