/**
 * Caller resolution: the one place that turns the token a request presents into the
 * principal it acts as, or into the reason it cannot.
 *
 * Every RPC treats a missing or unknown token the same way — UNAUTHENTICATED, with the
 * message from here. Authorize says so as a DENY decision (reason UNAUTHENTICATED, which
 * the host handles like any other deny and the audit trail records); the RPCs that have no
 * decision to return (FilterTools, ScanResponse, RecordAudit) fail with the Connect code
 * Unauthenticated. Later token kinds (gateway tokens, IdP JWTs, revocation) plug in here.
 */
import type { CompiledPolicy, Principal } from "../policy/index.js";
import { resolveStaticToken } from "./static-tokens.js";

/** Who the caller is, or why that is unknown (a message that never quotes the token). */
export type CallerResolution =
  | { readonly ok: true; readonly principal: Principal }
  | { readonly ok: false; readonly reason: "missing_token" | "unknown_token"; readonly message: string };

const MISSING: CallerResolution = { ok: false, reason: "missing_token", message: "no token: send the caller's token in `token`" };
const UNKNOWN: CallerResolution = { ok: false, reason: "unknown_token", message: "the token matches no subject of the policy" };

/**
 * Resolves the caller of one request against the policy in force.
 *
 * @example
 * ```ts
 * const caller = resolveCaller(policies.current, req.token);
 * if (!caller.ok) throw new ConnectError(caller.message, Code.Unauthenticated);
 * ```
 */
export function resolveCaller(policy: CompiledPolicy, token: string): CallerResolution {
  if (token === "") return MISSING;
  const principal = resolveStaticToken(policy, token);
  return principal ? { ok: true, principal } : UNKNOWN;
}
