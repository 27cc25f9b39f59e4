/**
 * ResolveCredential's decision: a credential only for a principal that may call that server
 * and tool (wall 1). Access is judged by the authorizer, which also finds the real server
 * behind a virtual one. Argument and annotation conditions are per call — Authorize checks
 * them with the call's arguments, which ResolveCredential does not carry — so a tool the
 * roles grant under such a condition gets its credential.
 *
 * A credential step that had to wait (a refresh, an exchange, a store round trip) is followed
 * by a second look at the caller: an offboarding or a token revocation that landed during
 * the wait refuses the call (TOKEN_REVOKED) and no credential is handed out.
 */
import { Reason } from "@portcullis/sdk/gen";
import { authorize, CALLER_REASONS, type CallTarget, type Denial } from "../decision/index.js";
import type { CallerResolution, Identity } from "../identity/index.js";
import type { CompiledPolicy, Principal } from "../policy/index.js";
import type { StateBudget } from "../state-budget.js";
import type { CredentialBroker, CredentialOutcome, CredentialSource, ProducedCredential } from "./credential-broker.js";
import { andThen, type MaybePromise } from "./maybe-async.js";

/** What the audit record of a ResolveCredential needs besides the answer: the real target and the rule that decided. */
interface Judged {
  /** The real server and tool (behind a virtual server), once access control found them. */
  readonly target?: CallTarget | undefined;
  /** The rule that allowed or refused access, when one did. */
  readonly matchedRule?: string | undefined;
}

/** The outcome of ResolveCredential. */
export type CredentialResolution =
  | (Judged & {
      readonly allow: true;
      readonly principal: Principal;
      readonly credential: ProducedCredential;
      /** Where the credential came from (the broker's CredentialSource). */
      readonly source?: CredentialSource | undefined;
    })
  | (Judged & {
      readonly allow: false;
      readonly reason: Reason;
      readonly message: string;
      readonly principal: Principal | undefined;
      readonly connectUrl?: string | undefined;
    });

/**
 * The reason a credential that cannot be produced denies with.
 *
 * @example
 * ```ts
 * if (!outcome.ok) return deny(CREDENTIAL_REASONS[outcome.problem], outcome.message);
 * ```
 */
export const CREDENTIAL_REASONS = {
  required: Reason.CREDENTIAL_REQUIRED,
  unavailable: Reason.CREDENTIAL_UNAVAILABLE,
  // The caller's IdP token passed its exp (within the skew): what a host answers by getting a
  // fresh token, as for an expired token anywhere; retrying with the same one cannot help.
  expired: Reason.TOKEN_EXPIRED,
} as const;

/** Denials that depend on the call's arguments or annotations, which Authorize checks. */
const PER_CALL = new Set([Reason.ARGUMENT_CONSTRAINT, Reason.ANNOTATION_CONSTRAINT]);

/**
 * Decides whether the caller gets the credential for `server`/`tool`, and produces it. Waits
 * on shared state (the vault's store) at most what is left of `budget`, when given.
 *
 * @example
 * ```ts
 * const outcome = await resolveCallCredential(policy, caller, { token, server: "jira", tool: "create_issue" }, broker, engine.identity);
 * ```
 */
export function resolveCallCredential(
  policy: CompiledPolicy,
  caller: CallerResolution,
  call: { readonly token: string; readonly server: string; readonly tool: string },
  broker: CredentialBroker,
  identity: Pick<Identity, "resolve">,
  budget?: StateBudget,
): MaybePromise<CredentialResolution> {
  const access = authorize(policy, { ...call, caller });
  const { principal, target } = access;
  const judged: Judged = { target, matchedRule: access.matchedRule || undefined };
  if (!principal || !target || (!access.allow && !PER_CALL.has(access.reason))) {
    return { ...judged, allow: false, reason: access.reason, message: access.message, principal };
  }
  const produced = broker.produce(policy, principal, target.server, call.token, budget);
  if (!(produced instanceof Promise)) return fromOutcome(produced, principal, judged);
  return produced.then((outcome) =>
    andThen(recheckCaller(identity, policy, call.token, budget), (denial) =>
      denial ? { ...judged, allow: false, reason: denial.reason, message: denial.message, principal } : fromOutcome(outcome, principal, judged),
    ),
  );
}

/**
 * Resolves the caller's token again after a credential step that waited: the denial when it
 * no longer resolves (offboarded or revoked meanwhile: TOKEN_REVOKED), undefined when it does.
 * Synchronous while the token's resolution is cached; a store read waits at most what is left
 * of `budget`, when given.
 *
 * @example
 * ```ts
 * const denial = await recheckCaller(engine.identity, policy, req.token);
 * if (denial) return deny(denial); // no credential
 * ```
 */
export function recheckCaller(
  identity: Pick<Identity, "resolve">,
  policy: CompiledPolicy,
  token: string,
  budget?: StateBudget,
): MaybePromise<Denial | undefined> {
  return andThen(identity.resolve(policy, token, budget), (caller) =>
    caller.ok ? undefined : { reason: CALLER_REASONS[caller.reason], message: caller.message },
  );
}

function fromOutcome(outcome: CredentialOutcome, principal: Principal, judged: Judged): CredentialResolution {
  if (outcome.ok) return { ...judged, allow: true, principal, credential: outcome.credential, source: outcome.source };
  return { ...judged, allow: false, reason: CREDENTIAL_REASONS[outcome.problem], message: outcome.message, principal, connectUrl: outcome.connectUrl };
}
