/**
 * Authorize with `include_credential`: the call's credential is produced after access
 * control allowed the call and before its limits, as the decision's precondition — so a call
 * whose credential cannot be produced is denied (CREDENTIAL_REQUIRED, CREDENTIAL_UNAVAILABLE)
 * without consuming a limit, and an allowed call carries its credential in the same reply.
 * A credential step that waited is followed by a second look at the caller (see
 * credential-resolution.ts): an offboarding during the wait denies with TOKEN_REVOKED. Its
 * waits on the vault's store (and that second look's) spend from the decision's StateBudget.
 */
import type { AccessDecision, Denial } from "../decision/index.js";
import type { Identity } from "../identity/index.js";
import type { CompiledPolicy } from "../policy/index.js";
import type { StateBudget } from "../state-budget.js";
import type { CredentialBroker, CredentialOutcome, ProducedCredential } from "./credential-broker.js";
import { CREDENTIAL_REASONS, recheckCaller } from "./credential-resolution.js";
import { andThen, type MaybePromise } from "./maybe-async.js";

/**
 * The credential of one Authorize call.
 *
 * @example
 * ```ts
 * const call = new CallCredential(broker, req.token, engine.identity);
 * const decision = await engine.decide({ ...input, precondition: (access, policy, budget) => call.produce(access, policy, budget) });
 * if (decision.allow) call.produced; // the credential
 * ```
 */
export class CallCredential {
  /** The credential, once produced for an allowed call. Never logged. */
  produced: ProducedCredential | undefined;
  /** With CREDENTIAL_REQUIRED: where the user connects the account. */
  connectUrl: string | undefined;
  readonly #broker: CredentialBroker;
  readonly #token: string;
  readonly #identity: Pick<Identity, "resolve">;

  constructor(broker: CredentialBroker, token: string, identity: Pick<Identity, "resolve">) {
    this.#broker = broker;
    this.#token = token;
    this.#identity = identity;
  }

  /**
   * The decision's precondition: produces the credential, or the denial. Waits on shared state
   * at most what is left of `budget` (the decision's `--state-timeout`).
   */
  produce(access: AccessDecision, policy: CompiledPolicy, budget?: StateBudget): MaybePromise<Denial | undefined> {
    const pending = this.#broker.produce(policy, access.principal!, access.target!.server, this.#token, budget);
    if (!(pending instanceof Promise)) return this.#settle(pending);
    // It waited: the caller may have been offboarded meanwhile. Then nothing is kept of the outcome.
    return pending.then((outcome) => andThen(recheckCaller(this.#identity, policy, this.#token, budget), (denial) => denial ?? this.#settle(outcome)));
  }

  #settle(outcome: CredentialOutcome): Denial | undefined {
    if (outcome.ok) {
      this.produced = outcome.credential;
      return undefined;
    }
    this.connectUrl = outcome.connectUrl;
    return { reason: CREDENTIAL_REASONS[outcome.problem], message: outcome.message };
  }
}
