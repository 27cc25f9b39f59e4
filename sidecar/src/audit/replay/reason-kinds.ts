/**
 * Which stage of Authorize a recorded reason comes from. Only access control (roles,
 * allow/deny, virtual servers, argument and annotation conditions) is replayed; identity
 * and the stateful checks after it (limits, credentials, state, audit) are not.
 */
import { Reason } from "@portcullis/sdk/gen";

/** Reasons access control itself gives. */
export const ACCESS_REASONS: ReadonlySet<Reason> = new Set([
  Reason.ALLOWED,
  Reason.UNKNOWN_SERVER,
  Reason.NOT_PERMITTED,
  Reason.EXPLICIT_DENY,
  Reason.ANNOTATION_CONSTRAINT,
  Reason.ARGUMENT_CONSTRAINT,
  Reason.NOT_IN_VIRTUAL_SERVER,
]);

/** Reasons of a caller that did not authenticate: there is no principal to decide for. */
export const IDENTITY_REASONS: ReadonlySet<Reason> = new Set([
  Reason.UNAUTHENTICATED,
  Reason.TOKEN_REVOKED,
  Reason.TOKEN_EXPIRED,
  Reason.TOKEN_NOT_YET_VALID,
  Reason.TOKEN_WRONG_AUDIENCE,
  Reason.TOKEN_WRONG_ISSUER,
  Reason.TOKEN_ALGORITHM_NOT_ALLOWED,
  Reason.TOKEN_UNKNOWN_KEY,
  Reason.TOKEN_INVALID,
]);

/** How a recorded decision relates to access control. */
export type ReasonStage = "access" | "identity" | "after_access" | "unknown";

/**
 * The stage a recorded reason (its enum name) belongs to. A denial from a stage after access
 * control (rate limit, budget, step cap, duplicate, credential, state or audit unavailable)
 * means access control allowed the call.
 *
 * @example
 * ```ts
 * reasonStage("EXPLICIT_DENY"); // "access"
 * reasonStage("RATE_LIMITED");  // "after_access"
 * ```
 */
export function reasonStage(name: string | undefined): ReasonStage {
  const reason = name === undefined ? undefined : (Reason as unknown as Record<string, Reason | undefined>)[name.replace(/^REASON_/, "")];
  if (typeof reason !== "number" || reason === Reason.UNSPECIFIED) return "unknown";
  if (ACCESS_REASONS.has(reason)) return "access";
  if (IDENTITY_REASONS.has(reason)) return "identity";
  return "after_access";
}
