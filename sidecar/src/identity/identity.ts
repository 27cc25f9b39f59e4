/**
 * The identity resolver: every kind of token a caller may present, and the revocations that
 * override them all.
 *
 * A token's shape says what it is — `pcl_…` / `pcla_…` a gateway token (a person's or an
 * agent's), three base64url segments starting `eyJ` an IdP token (OIDC JWT), anything else a
 * static token of the policy — so each token goes to exactly one source. A principal that
 * resolves is then checked against the subject deny-list: offboarding a subject refuses its
 * static tokens and its still-valid IdP tokens too, which no IdP can recall.
 *
 * Sources answer synchronously when they can (a cached verification, an in-memory token
 * table): the decision path stays in microseconds, and awaits only on a cache miss.
 */
import type { CompiledPolicy, Principal } from "../policy/index.js";
import type { StateBudget } from "../state-budget.js";
import { callerProblem, resolveCaller, type CallerResolution } from "./caller.js";

/** Resolves gateway tokens (`pcl_…`, `pcla_…`). */
export interface GatewayTokenSource {
  /** `budget`: what the decision has left to wait on shared state (a miss reads the store). */
  resolve(token: string, policy: CompiledPolicy, budget?: StateBudget): CallerResolution | Promise<CallerResolution>;
}

/** Verifies IdP tokens (OIDC JWTs) against the policy's `identity.oidc` issuers. */
export interface IdpTokenVerifier {
  verify(token: string, policy: CompiledPolicy): CallerResolution | Promise<CallerResolution>;
}

/** Subjects that were offboarded: their tokens are refused. */
export interface SubjectDenyList {
  /**
   * Why the principal is refused (a message), or undefined when it is not. A token issued
   * after the offboarding (a person hired back) may pass; one without an issue time (a static
   * token) may not.
   */
  denied(principal: Principal): string | undefined;
  /** Why the list cannot be trusted now (not loaded yet), refusing every caller; undefined when it can. */
  unavailable?(): string | undefined;
}

/** The parts of an {@link Identity}; every one optional. */
export interface IdentitySources {
  readonly gatewayTokens?: GatewayTokenSource | undefined;
  readonly idpTokens?: IdpTokenVerifier | undefined;
  readonly denyList?: SubjectDenyList | undefined;
}

const GATEWAY_PREFIX = /^pcla?_/;
const JWT_SHAPE = /^eyJ[\w-]*\.[\w-]*\.[\w-]*$/;

/**
 * Resolves callers of every token kind.
 *
 * @example
 * ```ts
 * const identity = new Identity({ gatewayTokens, idpTokens, denyList });
 * const caller = await identity.resolve(policies.current, req.token);
 * ```
 */
export class Identity {
  readonly #sources: IdentitySources;

  constructor(sources: IdentitySources = {}) {
    this.#sources = sources;
  }

  /**
   * Resolves `token` against `policy`; synchronous where no source had to wait. A decision
   * passes its `budget` for shared state: a gateway token read from the store spends it.
   */
  resolve(policy: CompiledPolicy, token: string, budget?: StateBudget): CallerResolution | Promise<CallerResolution> {
    const resolved = this.#bySource(policy, token, budget);
    return resolved instanceof Promise ? resolved.then((r) => this.#screen(r)) : this.#screen(resolved);
  }

  #bySource(policy: CompiledPolicy, token: string, budget: StateBudget | undefined): CallerResolution | Promise<CallerResolution> {
    if (GATEWAY_PREFIX.test(token)) {
      const source = this.#sources.gatewayTokens;
      return source ? source.resolve(token, policy, budget) : callerProblem("unknown_token", "gateway tokens are not enabled on this sidecar");
    }
    if (JWT_SHAPE.test(token)) {
      const verifier = this.#sources.idpTokens;
      if (verifier && policy.identity.oidc.length > 0) return verifier.verify(token, policy);
      return callerProblem("unknown_token", "the token looks like an IdP token (JWT), but the policy trusts no identity provider (identity.oidc)");
    }
    return resolveCaller(policy, token);
  }

  #screen(resolution: CallerResolution): CallerResolution {
    if (!resolution.ok) return resolution;
    const unavailable = this.#sources.denyList?.unavailable?.();
    if (unavailable !== undefined) return callerProblem("unavailable", unavailable);
    const denied = this.#sources.denyList?.denied(resolution.principal);
    return denied === undefined ? resolution : callerProblem("revoked", denied);
  }
}
