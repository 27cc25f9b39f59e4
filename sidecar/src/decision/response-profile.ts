/**
 * Which guardrail profile inspects a tool response: the tool's real target (behind any
 * virtual server, resolved for this caller exactly as Authorize resolves it) and the first
 * `guardrails:` entry of the policy that covers it.
 */
import type { CompiledGuardrail } from "../guardrails/index.js";
import { guardrailFor, type CompiledPolicy, type Principal } from "../policy/index.js";
import { resolveVirtualTool, type CallTarget } from "./authorizer.js";

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
