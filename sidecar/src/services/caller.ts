/**
 * The handlers' side of caller resolution (see identity/caller.ts): RPCs without a decision
 * to return answer a token that does not resolve with Code.Unauthenticated.
 */
import { Code, ConnectError } from "@connectrpc/connect";
import type { CallerResolution, Identity } from "../identity/index.js";
import type { CompiledPolicy, Principal } from "../policy/index.js";

/**
 * The caller behind `token` (awaiting only when a source must), for RPCs that report a
 * failure themselves.
 *
 * @example
 * ```ts
 * const caller = await resolveRequestCaller(engine.identity, policy, req.token);
 * ```
 */
export function resolveRequestCaller(identity: Identity, policy: CompiledPolicy, token: string): CallerResolution | Promise<CallerResolution> {
  return identity.resolve(policy, token);
}

/**
 * The principal behind `token`, or a ConnectError Unauthenticated naming the field.
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
 * The principal of a resolution, or a ConnectError Unauthenticated naming the field.
 *
 * @example
 * ```ts
 * const principal = principalOf(caller);
 * ```
 */
export function principalOf(caller: CallerResolution): Principal {
  if (!caller.ok) throw new ConnectError(`token: ${caller.message}`, caller.reason === "unavailable" ? Code.Unavailable : Code.Unauthenticated);
  return caller.principal;
}
