/**
 * The handlers' side of caller resolution (see identity/caller.ts): RPCs without a decision
 * to return answer a missing or unknown token with Code.Unauthenticated.
 */
import { Code, ConnectError } from "@connectrpc/connect";
import { resolveCaller } from "../identity/index.js";
import type { CompiledPolicy, Principal } from "../policy/index.js";

/**
 * The principal behind `token`, or a ConnectError Unauthenticated naming the field.
 *
 * @example
 * ```ts
 * const principal = requireCaller(policies.current, req.token);
 * ```
 */
export function requireCaller(policy: CompiledPolicy, token: string): Principal {
  const caller = resolveCaller(policy, token);
  if (!caller.ok) throw new ConnectError(`token: ${caller.message}`, Code.Unauthenticated);
  return caller.principal;
}
