/**
 * The downstream credential a gateway presents when it lists a server's tools for one
 * caller. A server whose policy injects a credential may answer tools/list differently per
 * credential (per-user scopes, per-tenant tools): the list is then fetched with the caller's
 * own credential, on the connection of that credential, and never served to a caller with
 * another. Only a caller that the identity accepts and that some role grants the server gets
 * a credential produced; nothing of it reaches the caller.
 *
 * Like a decision, one listing waits on shared state (Redis) — an unseen gateway token's
 * lookup, the vault's read, a connect link's write, a user token's refresh — at most the
 * sidecar's `--state-timeout` for all those waits together (see state-budget.ts). Past it the
 * credential is unavailable, with a message that says so: the gateway then treats the server
 * as it treats any server whose credential it cannot get (an error for that endpoint alone,
 * the server's tools left out of a virtual server's list), and never lists it without the
 * caller's own credential.
 */
import type { CompiledPolicy, Principal } from "../policy/index.js";
import type { EmbeddedSidecar } from "../embedded.js";
import { StateBudget } from "../state-budget.js";
import type { DownstreamCredential } from "./downstreams.js";

/**
 * What listing `server` for a caller takes: the credential (undefined: the server needs none,
 * the gateway's own connection serves), or why not — the caller refused (`unauthenticated`)
 * or the credential unavailable (`message`, never a secret; `connectUrl` to connect an account).
 *
 * @example
 * ```ts
 * const got: ListCredential = { credential: { headers: { authorization: "Bearer …" }, env: {} } };
 * ```
 */
export type ListCredential =
  | { readonly ok: true; readonly credential: DownstreamCredential | undefined }
  | { readonly ok: false; readonly unauthenticated: boolean; readonly message: string; readonly connectUrl?: string | undefined };

/**
 * Gets the credential for listing one server's tools on behalf of one caller.
 *
 * @example
 * ```ts
 * const got = await listCredential(token, "crm");
 * if (got.ok) await downstreams.listTools("crm", signal, got.credential);
 * ```
 */
export type ListCredentialSource = (token: string, server: string) => Promise<ListCredential>;

const NONE: ListCredential = { ok: true, credential: undefined };

/**
 * The list credentials of an embedded sidecar: its identity, policy and credential broker.
 *
 * @example
 * ```ts
 * const governed = new GovernedCalls({ governance, downstreams, policies, logger, listCredential: listCredentialsOf(sidecar) });
 * ```
 */
export function listCredentialsOf(sidecar: Pick<EmbeddedSidecar, "policies" | "engine" | "credentials">): ListCredentialSource {
  return async (token, server) => {
    const policy = sidecar.policies.current;
    if (!policy.credentials.has(server)) return NONE;
    const budget = new StateBudget(sidecar.engine.limiter.timeoutMs);
    const caller = await sidecar.engine.identity.resolve(policy, token, budget);
    if (!caller.ok) return { ok: false, unauthenticated: true, message: caller.message };
    if (!grantsServer(policy, caller.principal, server)) {
      return { ok: false, unauthenticated: false, message: `no role of subject '${caller.principal.subject}' grants server '${server}'` };
    }
    const outcome = await sidecar.credentials.broker.produce(policy, caller.principal, server, token, budget);
    if (!outcome.ok) return { ok: false, unauthenticated: false, message: outcome.message, connectUrl: outcome.connectUrl };
    return { ok: true, credential: { headers: outcome.credential.headers, env: outcome.credential.env } };
  };
}

/** Whether some role of `principal` names `server` (or a server glob): FilterTools decides per tool after. */
function grantsServer(policy: CompiledPolicy, principal: Principal, server: string): boolean {
  return principal.roles.some((name) => {
    const role = policy.roles.get(name);
    return role !== undefined && (role.exact.has(server) || role.globs.length > 0);
  });
}
