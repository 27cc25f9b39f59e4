/**
 * Which guardrail profile inspects a tool response: the tool's real target (behind any
 * virtual server, resolved for this caller exactly as Authorize resolves it) and the first
 * `guardrails:` entry of the policy that covers it; and whether the profile spotlights it.
 */
import type { CompiledGuardrail } from "../guardrails/index.js";
import { guardrailFor, type CompiledPolicy, type Principal } from "../policy/index.js";
import { BITS, toolClasses } from "../taint/index.js";
import { resolveVirtualTool, type CallTarget, type ToolHints } from "./authorizer.js";

/** The profile for one response, or why the caller may not have called that tool. */
export type ResponseProfile =
  | { readonly ok: true; readonly target: CallTarget; readonly profile: CompiledGuardrail; readonly rule: string }
  | { readonly ok: false; readonly denied: string };

/**
 * Resolves the target and guardrail profile of a response of `server/tool`.
 *
 * @example
 * ```ts
 * const chosen = responseProfile(policy, principal, "research-desk", "fetch");
 * if (chosen.ok) await scanner.scan({ text }, chosen.profile);
 * ```
 */
export function responseProfile(policy: CompiledPolicy, principal: Principal, server: string, tool: string): ResponseProfile {
  let target: CallTarget = { server, tool };
  const virtual = policy.virtualServers.get(server);
  if (virtual) {
    const resolved = resolveVirtualTool(virtual, principal, tool);
    if ("denied" in resolved) return { ok: false, denied: resolved.denied };
    target = resolved.target;
  }
  const { profile, rule } = guardrailFor(policy.guardrails, target.server, target.tool);
  return { ok: true, target, profile, rule };
}

/**
 * Whether `profile` spotlights the output of `target`: every tool's with `spotlight.tools:
 * all`, else an untrusted source's — classed by the taint wall's own code (the policy's
 * `taint.classes`, else the annotations; none: the worst case, an untrusted source).
 *
 * @example
 * ```ts
 * spotlightSelects(policy, profile, { server: "web", tool: "fetch" }, { readOnlyHint: true }); // true if spotlight is on
 * ```
 */
export function spotlightSelects(policy: CompiledPolicy, profile: CompiledGuardrail, target: CallTarget, hints: ToolHints | undefined): boolean {
  const { mode, tools } = profile.config.spotlight;
  if (mode === "off") return false;
  if (tools === "all") return true;
  return (toolClasses(policy.taint?.overrides ?? [], `${target.server}/${target.tool}`, hints).bits & BITS.untrustedSource) !== 0;
}

const classesNeeded = new WeakMap<CompiledPolicy, boolean>();

/**
 * Whether some profile of the policy spotlights by tool class: then a decision's annotations
 * are kept for its ScanResponse. Computed once per policy.
 *
 * @example
 * ```ts
 * if (spotlightsByClass(policy)) remember(decisionId, input.annotations);
 * ```
 */
export function spotlightsByClass(policy: CompiledPolicy): boolean {
  let needed = classesNeeded.get(policy);
  if (needed === undefined) {
    needed = policy.guardrails.some((r) => r.profile.config.spotlight.mode !== "off" && r.profile.config.spotlight.tools === "untrusted");
    classesNeeded.set(policy, needed);
  }
  return needed;
}
