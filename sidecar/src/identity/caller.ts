/**
 * Caller resolution: the one place that turns the token a request presents into the
 * principal it acts as, or into the reason it cannot.
 *
 * Every RPC treats a failed resolution the same way. RPCs that return a decision (Authorize,
 * ResolveCredential) answer it as a DENY whose reason says why (UNAUTHENTICATED,
 * TOKEN_REVOKED, TOKEN_EXPIRED, TOKEN_WRONG_AUDIENCE, …) — the host handles it like any
 * other deny, and the audit trail records it; the RPCs without a decision (FilterTools,
 * ScanResponse, RecordAudit) fail with the Connect code Unauthenticated and the same message —
 * or Unavailable when the answer cannot be known now (see {@link callerUnavailable}).
 */
import type { CompiledPolicy, Principal } from "../policy/index.js";
import { resolveStaticToken } from "./static-tokens.js";

/** Why a token does not resolve to a principal. */
export type CallerProblem =
  | "missing_token"
  | "unknown_token"
  | "revoked"
  | "expired"
  | "not_yet_valid"
  | "wrong_audience"
  | "wrong_issuer"
  | "algorithm_not_allowed"
  | "unknown_key"
  | "invalid_token"
  /** What the answer depends on (the token store, the deny-list) cannot be reached now. */
  | "unavailable";

/** Who the caller is, or why that is unknown (a message that never quotes the token). */
export type CallerResolution =
  | { readonly ok: true; readonly principal: Principal }
  | {
      readonly ok: false;
      readonly reason: CallerProblem;
      readonly message: string;
      /**
       * Set when the refusal is for now only: what the answer depends on (the IdP's key set)
       * cannot be reached, so a retry may succeed. Reason `unavailable` always means that.
       */
      readonly unavailable?: true;
    };

const MISSING: CallerResolution = { ok: false, reason: "missing_token", message: "no token: send the caller's token in `token`" };
const UNKNOWN: CallerResolution = { ok: false, reason: "unknown_token", message: "the token matches no subject of the policy" };

/**
 * Resolves a static token (a subject the policy lists with its token's hash). Gateway tokens
 * and IdP tokens need the {@link Identity} resolver.
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

/**
 * A failed resolution with a reason and message (for resolvers of other token kinds).
 *
 * @example
 * ```ts
 * return callerProblem("expired", "the token expired at 2026-12-01T10:00:00Z");
 * ```
 */
export function callerProblem(reason: CallerProblem, message: string, options?: { readonly unavailable?: boolean }): CallerResolution {
  return options?.unavailable ? { ok: false, reason, message, unavailable: true } : { ok: false, reason, message };
}

/**
 * Whether a failed resolution is "cannot tell now" rather than "no": the token store or the
 * deny-list feed is unreadable, or the IdP's key set cannot be fetched. RPCs without a
 * decision answer it with Code.Unavailable (retry), the others with Unauthenticated.
 *
 * @example
 * ```ts
 * const code = callerUnavailable(caller) ? Code.Unavailable : Code.Unauthenticated;
 * ```
 */
export function callerUnavailable(caller: CallerResolution): boolean {
  return !caller.ok && (caller.reason === "unavailable" || caller.unavailable === true);
}
