/**
 * Finds the rules of a set of roles that apply to one server and tool.
 *
 * Semantics (the README's "how a decision is made" section documents them):
 * - A deny pattern of any of the caller's roles that matches the tool wins over every allow.
 * - Otherwise the allows that match are candidates, most specific first (a literal name
 *   before a glob, a glob with more literal characters before one with fewer). The call is
 *   allowed by the first candidate whose block's annotation and argument conditions pass.
 * - No candidate: default deny.
 */
import { bySpecificity, type CompiledPolicy, type CompiledRule, type CompiledServerRules } from "../policy/index.js";

/** A rule together with the server block (role + server) it belongs to. */
export interface RuleHit {
  readonly block: CompiledServerRules;
  readonly rule: CompiledRule;
}

/** The rules that apply to one (roles, server, tool). */
export interface RuleMatch {
  /** The first matching deny, if any. */
  readonly deny: RuleHit | undefined;
  /** Matching allows, most specific first. */
  readonly allows: readonly RuleHit[];
  /** How many server blocks of the roles cover the server. */
  readonly blocks: number;
}

/** A sink for the rules considered (explain mode). */
export type TraceSink = (rule: string, effect: string, matched: boolean, note: string) => void;

const CACHE_LIMIT = 10_000;
const caches = new WeakMap<CompiledPolicy, Map<string, RuleMatch>>();

/**
 * Matches rules, memoised per compiled policy: after the first call for a (roles, server,
 * tool), a decision's rule lookup is one map read. The memo is bounded and dies with the
 * policy revision.
 *
 * @example
 * ```ts
 * const match = matchRules(policy, ["support"], "jira", "delete_issue");
 * match.deny?.rule.path; // "roles.support.servers.jira.deny[0]"
 * ```
 */
export function matchRules(policy: CompiledPolicy, roles: readonly string[], server: string, tool: string, trace?: TraceSink): RuleMatch {
  if (trace) return computeMatch(policy, roles, server, tool, trace);
  let cache = caches.get(policy);
  if (!cache) {
    cache = new Map();
    caches.set(policy, cache);
  }
  // The server's length keeps the key unambiguous whatever the names hold.
  const key = `${roles.join(",")}\u0000${server.length}:${server}\u0000${tool}`;
  let match = cache.get(key);
  if (!match) {
    match = computeMatch(policy, roles, server, tool, undefined);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, match);
  }
  return match;
}

function computeMatch(policy: CompiledPolicy, roles: readonly string[], server: string, tool: string, trace: TraceSink | undefined): RuleMatch {
  let deny: RuleHit | undefined;
  const allows: RuleHit[] = [];
  let blocks = 0;
  for (const roleName of roles) {
    const role = policy.roles.get(roleName);
    if (!role) continue;
    const exact = role.exact.get(server);
    const candidates = exact ? [exact, ...role.globs] : role.globs;
    for (const block of candidates) {
      if (block !== exact && !block.server.matches(server)) continue;
      blocks++;
      for (const rule of block.deny) {
        const hit = rule.pattern.matches(tool);
        trace?.(rule.path, "deny", hit, `pattern '${rule.pattern.source}' ${hit ? "matches" : "does not match"} ${tool}`);
        if (hit && !deny) deny = { block, rule };
      }
      for (const rule of block.allow) {
        const hit = rule.pattern.matches(tool);
        trace?.(rule.path, "allow", hit, `pattern '${rule.pattern.source}' ${hit ? "matches" : "does not match"} ${tool}`);
        if (hit) allows.push({ block, rule });
      }
    }
  }
  allows.sort((a, b) => bySpecificity(a.rule.pattern, b.rule.pattern));
  return { deny, allows, blocks };
}
