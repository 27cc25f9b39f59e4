/**
 * The handlers' side of caller resolution (see identity/caller.ts): RPCs without a decision
 * to return answer a token that does not resolve with Code.Unauthenticated — or with
 * Code.Unavailable when the answer cannot be known now (the token store or the revocation
 * feed unreadable, the IdP's key set unreachable), so that clients retry instead of
 * treating a working token as bad.
 */
import { Code, ConnectError } from "@connectrpc/connect";
import { callerUnavailable, type CallerResolution, type Identity } from "../identity/index.js";
import type { CompiledPolicy, Principal } from "../policy/index.js";

/**
 * The principal behind `token`, or a ConnectError (see {@link principalOf}) naming the field.
 *
 * @example
 * ```ts
 * const principal = await requireCaller(engine.identity, policies.current, req.token);
 * ```
 */
export async function requireCaller(identity: Identity, policy: CompiledPolicy, token: string): Promise<Principal> {
  return principalOf(await identity.resolve(policy, token));
}

/**
 * The principal of a resolution, or a ConnectError naming the field: Unavailable when the
 * answer cannot be known now, Unauthenticated otherwise.
 *
 * @example
 * ```ts
 * const principal = principalOf(caller);
 * ```
 */
export function principalOf(caller: CallerResolution): Principal {
  if (!caller.ok) throw new ConnectError(`token: ${caller.message}`, callerUnavailable(caller) ? Code.Unavailable : Code.Unauthenticated);
  return caller.principal;
}
