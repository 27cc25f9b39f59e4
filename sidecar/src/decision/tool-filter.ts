/**
 * Filters an upstream tools/list down to what the caller may call. A tool is visible when
 * Authorize would allow a call to it with suitable arguments: the same rules, the same
 * annotation checks; argument constraints wait for the call itself.
 */
import type { CompiledPolicy, CompiledVirtualServer, Principal } from "../policy/index.js";
import { resolveCaller, type CallerResolution } from "../identity/index.js";
import { evaluateCall, resolveVirtualTool, type CallTarget, type ToolHints } from "./authorizer.js";

/** The part of a tool descriptor the filter reads. */
export interface FilterableTool {
  readonly name: string;
  readonly annotations?: ToolHints | undefined;
  /** For virtual servers: the real server the tool comes from. */
  readonly upstreamServer?: string | undefined;
}

/** A tool the caller may see, with its name on the (virtual) server and its real target. */
export interface VisibleTool<T extends FilterableTool> {
  readonly tool: T;
  readonly exposedName: string;
  readonly target: CallTarget;
}

/** What {@link filterTools} returns. */
export type FilterOutcome<T extends FilterableTool> =
  | { readonly ok: true; readonly principal: Principal; readonly visible: readonly VisibleTool<T>[]; readonly hidden: number }
  | { readonly ok: false; readonly unauthenticated: string }
  | { readonly ok: false; readonly invalid: { readonly index: number; readonly message: string } };

/**
 * Returns exactly the tools the token's subject may call on `server`, in upstream order; on a
 * virtual server, a tool it exposes under two names (its own, an alias) once under each.
 *
 * @example
 * ```ts
 * const out = filterTools(policy, token, "jira", upstreamTools);
 * if (out.ok) out.visible.map((v) => v.exposedName); // ["search_issues", "create_issue"]
 * ```
 */
export function filterTools<T extends FilterableTool>(
  policy: CompiledPolicy,
  callerOrToken: CallerResolution | string,
  server: string,
  tools: readonly T[],
): FilterOutcome<T> {
  // A string is a static token of the policy; the sidecar passes the Identity's resolution.
  const caller = typeof callerOrToken === "string" ? resolveCaller(policy, callerOrToken) : callerOrToken;
  if (!caller.ok) return { ok: false, unauthenticated: caller.message };
  const principal = caller.principal;
  const virtual = policy.virtualServers.get(server);
  const visible: VisibleTool<T>[] = [];

  if (!virtual) {
    tools.forEach((tool) => {
      if (isVisible(policy, principal.roles, { server, tool: tool.name }, tool.annotations)) {
        visible.push({ tool, exposedName: tool.name, target: { server, tool: tool.name } });
      }
    });
    return { ok: true, principal, visible, hidden: tools.length - visible.length };
  }

  const missing = tools.findIndex((t) => !t.upstreamServer);
  if (missing >= 0) {
    return {
      ok: false,
      invalid: { index: missing, message: `upstream_server: required for the tools of virtual server '${server}' (the real server each tool comes from)` },
    };
  }
  const taken = new Set<string>();
  let shown = 0;
  for (const tool of tools) {
    const before = visible.length;
    // Every name the virtual server gives the tool (its own through a glob, an alias besides):
    // Authorize allows a call under each, so the list shows each.
    for (const exposedName of exposedNamesOf(virtual, tool)) {
      if (taken.has(exposedName)) continue;
      // The exposed name must lead Authorize back to this very tool, or the two would disagree.
      const resolved = resolveVirtualTool(virtual, principal, exposedName);
      if ("denied" in resolved) continue;
      if (resolved.target.server !== tool.upstreamServer || resolved.target.tool !== tool.name) continue;
      if (isVisible(policy, resolved.roles, resolved.target, tool.annotations, principal.roles)) {
        taken.add(exposedName);
        visible.push({ tool, exposedName, target: resolved.target });
      }
    }
    if (visible.length > before) shown++;
  }
  return { ok: true, principal, visible, hidden: tools.length - shown };
}

function isVisible(policy: CompiledPolicy, roles: readonly string[], target: CallTarget, hints: ToolHints | undefined, denyRoles?: readonly string[]): boolean {
  const outcome = evaluateCall(policy, roles, target.server, target.tool, { hints, args: undefined, checkArgs: false, trace: undefined, denyRoles });
  return outcome.kind === "allow";
}

function exposedNamesOf(virtual: CompiledVirtualServer, tool: FilterableTool): string[] {
  const names: string[] = [];
  for (const entry of virtual.entries) {
    if (entry.server !== tool.upstreamServer || !entry.tool.matches(tool.name)) continue;
    const name = entry.exposedAs ?? tool.name;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
