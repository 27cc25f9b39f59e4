/**
 * ResolveCredential's decision: a credential only for a principal that may call that server
 * and tool (wall 1). Access is judged by the authorizer, which also finds the real server
 * behind a virtual one. Argument and annotation conditions are per call — Authorize checks
 * them with the call's arguments, which ResolveCredential does not carry — so a tool the
 * roles grant under such a condition gets its credential.
 */
import { Reason } from "@portcullis/sdk/gen";
import { authorize } from "../decision/index.js";
import type { CallerResolution } from "../identity/index.js";
import type { CompiledPolicy, Principal } from "../policy/index.js";
import type { CredentialBroker, CredentialOutcome, ProducedCredential } from "./credential-broker.js";
import { andThen, type MaybePromise } from "./maybe-async.js";

/** The outcome of ResolveCredential. */
export type CredentialResolution =
  | { readonly allow: true; readonly principal: Principal; readonly credential: ProducedCredential }
  | {
      readonly allow: false;
      readonly reason: Reason;
      readonly message: string;
      readonly principal: Principal | undefined;
      readonly connectUrl?: string | undefined;
    };

/** The reason a credential that cannot be produced denies with. */
export const CREDENTIAL_REASONS = { required: Reason.CREDENTIAL_REQUIRED, unavailable: Reason.CREDENTIAL_UNAVAILABLE } as const;

/** Denials that depend on the call's arguments or annotations, which Authorize checks. */
const PER_CALL = new Set([Reason.ARGUMENT_CONSTRAINT, Reason.ANNOTATION_CONSTRAINT]);

/**
 * Decides whether the caller gets the credential for `server`/`tool`, and produces it.
 *
 * @example
 * ```ts
 * const outcome = await resolveCallCredential(policy, caller, { token, server: "jira", tool: "create_issue" }, broker);
 * ```
 */
export function resolveCallCredential(
  policy: CompiledPolicy,
  caller: CallerResolution,
  call: { readonly token: string; readonly server: string; readonly tool: string },
  broker: CredentialBroker,
): MaybePromise<CredentialResolution> {
  const access = authorize(policy, { ...call, caller });
  const { principal, target } = access;
  if (!principal || !target || (!access.allow && !PER_CALL.has(access.reason))) {
    return { allow: false, reason: access.reason, message: access.message, principal };
  }
  return andThen(broker.produce(policy, principal, target.server, call.token), (outcome) => fromOutcome(outcome, principal));
}

function fromOutcome(outcome: CredentialOutcome, principal: Principal): CredentialResolution {
  if (outcome.ok) return { allow: true, principal, credential: outcome.credential };
  return { allow: false, reason: CREDENTIAL_REASONS[outcome.problem], message: outcome.message, principal, connectUrl: outcome.connectUrl };
}
