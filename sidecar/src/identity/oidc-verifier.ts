/**
 * The IdP token verifier: OIDC JWTs checked with jose against the issuers of the policy's
 * `identity.oidc` section.
 *
 * The token's (unverified) `iss` picks the issuer entry — its algorithms, audience, key set
 * and claim mapping — and nothing in the token is trusted before its signature verifies with
 * a key from that issuer's key set (never a key the token's header carries or points to).
 * Verified tokens and most refusals are cached by a digest of the token (see
 * {@link VerificationCache}), so a repeated token is answered synchronously.
 *
 * Refusals carry their own reason: unknown issuer → `wrong_issuer`; algorithm outside the
 * issuer's allow-list (`none` and HS* are never in it) → `algorithm_not_allowed`; no key for
 * the token's `kid`, also after a refetch, or keys that cannot be fetched → `unknown_key`;
 * `aud` → `wrong_audience`; `exp` → `expired`; `nbf`/`iat` ahead beyond the skew →
 * `not_yet_valid`; everything else → `invalid_token`. Messages name claims and policy paths,
 * never the token. A refusal because the key set cannot be fetched is marked `unavailable`.
 */
import type * as Jose from "jose";
import type { JWTPayload, JWTVerifyOptions, ProtectedHeaderParameters } from "jose";
import type { Logger } from "../logger.js";
import type { CompiledPolicy } from "../policy/index.js";
import { callerProblem, type CallerProblem, type CallerResolution } from "./caller.js";
import { principalFromClaims } from "./claim-mapping.js";
import type { IdpTokenVerifier } from "./identity.js";
import { jose } from "./jose-on-demand.js";
import { JwksCache, KeysUnavailableError, UnknownKeyError, type JwksCacheOptions } from "./jwks-cache.js";
import type { CompiledOidcIssuer } from "./oidc-schema.js";
import { tokenKey, VerificationCache } from "./verification-cache.js";

/** Options of {@link OidcVerifier}. */
export interface OidcVerifierOptions {
  /** Where key-set fetches and their failures are logged (never a token). */
  readonly logger?: Logger;
  /** Verified tokens cached (default 10,000). */
  readonly cacheEntries?: number;
  /** How long a refusal is remembered, in ms (default 10,000). */
  readonly refusalTtlMs?: number;
  /** Milliseconds clock (tests). */
  readonly now?: () => number;
  /** Replaces the HTTP fetch of discovery documents and key sets (tests). */
  readonly fetchJson?: JwksCacheOptions["fetchJson"];
}

interface IssuerState {
  readonly config: CompiledOidcIssuer;
  readonly keys: JwksCache;
}

/** Refusals that may change with time or with the IdP's keys: never cached. */
const TRANSIENT: ReadonlySet<CallerProblem> = new Set(["not_yet_valid", "unknown_key"]);

/**
 * Verifies IdP tokens for the {@link Identity} resolver.
 *
 * @example
 * ```ts
 * const identity = new Identity({ idpTokens: new OidcVerifier({ logger }) });
 * ```
 */
export class OidcVerifier implements IdpTokenVerifier {
  readonly #options: OidcVerifierOptions;
  readonly #now: () => number;
  readonly #cache: VerificationCache;
  readonly #refusalTtlMs: number;
  readonly #inflight = new Map<string, Promise<CallerResolution>>();
  #revision: string | undefined;
  #issuers = new Map<string, IssuerState>();

  constructor(options: OidcVerifierOptions = {}) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#refusalTtlMs = options.refusalTtlMs ?? 10_000;
    this.#cache = new VerificationCache({ maxEntries: options.cacheEntries, now: this.#now });
  }

  /** Resolves a JWT; synchronous when the token was seen before under this policy revision. */
  verify(token: string, policy: CompiledPolicy): CallerResolution | Promise<CallerResolution> {
    if (policy.revision !== this.#revision) this.#adopt(policy);
    const key = tokenKey(token);
    const cached = this.#cache.get(key, policy.revision);
    if (cached) return cached;
    const inflight = this.#inflight.get(key);
    if (inflight) return inflight;
    const pending = this.#verify(token, key, policy.revision).finally(() => {
      if (this.#inflight.get(key) === pending) this.#inflight.delete(key);
    });
    this.#inflight.set(key, pending);
    return pending;
  }

  /**
   * Fetches the signing keys of the policy's issuers ahead of the first token, so that it
   * does not wait for them. Never rejects: failures are logged, and tokens then say why.
   */
  async prefetch(policy: CompiledPolicy): Promise<void> {
    if (policy.revision !== this.#revision) this.#adopt(policy);
    await Promise.all([...this.#issuers.values()].map((s) => s.keys.prefetch()));
  }

  /** Takes a new policy's issuers, keeping the fetched keys of issuers whose source is unchanged. */
  #adopt(policy: CompiledPolicy): void {
    const previous = new Map([...this.#issuers.values()].map((s) => [sourceKey(s.config), s.keys]));
    this.#issuers = new Map(
      policy.identity.oidc.map((config) => {
        const keys = previous.get(sourceKey(config)) ?? this.#keysFor(config);
        return [config.issuer, { config, keys }];
      }),
    );
    this.#inflight.clear();
    this.#revision = policy.revision;
  }

  #keysFor(config: CompiledOidcIssuer): JwksCache {
    const logger = this.#options.logger;
    return new JwksCache(
      { issuer: config.issuer, jwksUri: config.jwksUri, timeoutMs: config.jwksTimeoutMs, cooldownMs: config.jwksCooldownMs, maxAgeMs: config.jwksMaxAgeMs },
      {
        now: this.#now,
        fetchJson: this.#options.fetchJson,
        onFetched: (issuer, jwksUri, keys) => logger?.debug({ issuer, jwksUri, keys }, "fetched the issuer's signing keys"),
        onFetchFailed: (issuer, err) =>
          logger?.warn({ issuer, err }, "could not fetch the issuer's signing keys; tokens it signed with keys not cached are refused"),
        onKeysSkipped: (issuer, err) => logger?.warn({ issuer, err }, "the issuer's key set holds keys that cannot verify tokens; they are left out"),
      },
    );
  }

  async #verify(token: string, key: string, revision: string): Promise<CallerResolution> {
    const now = this.#now();
    const refuse = (reason: CallerProblem, message: string, unavailable = false): CallerResolution => {
      const resolution = callerProblem(reason, message, { unavailable });
      if (!TRANSIENT.has(reason)) this.#cache.set(key, revision, resolution, now + this.#refusalTtlMs);
      return resolution;
    };
    const lib = await jose();
    let header: ProtectedHeaderParameters;
    let claims: JWTPayload;
    try {
      header = lib.decodeProtectedHeader(token);
      claims = lib.decodeJwt(token);
    } catch {
      return refuse("invalid_token", "the token is not a well-formed JWT (base64url JSON header and claims)");
    }
    const state = typeof claims.iss === "string" ? this.#issuers.get(claims.iss) : undefined;
    if (!state) {
      const named = typeof claims.iss === "string" ? `the token's issuer ${quote(claims.iss)} is not` : "the token names no issuer (iss), and must name one";
      return refuse("wrong_issuer", `${named} trusted by the policy (identity.oidc: ${[...this.#issuers.keys()].join(", ")})`);
    }
    const { config } = state;
    if (typeof header.alg !== "string" || !config.algorithms.includes(header.alg)) {
      return refuse(
        "algorithm_not_allowed",
        `the token is signed with ${quote(String(header.alg))}, which ${config.path}.algorithms does not allow (${config.algorithms.join(", ")})`,
      );
    }
    const options: JWTVerifyOptions = {
      issuer: config.issuer,
      audience: [...config.audience],
      algorithms: [...config.algorithms],
      clockTolerance: config.clockSkewMs / 1000,
      requiredClaims: ["exp"],
      currentDate: new Date(now),
    };
    // Read before verifying: a key withdrawn meanwhile leaves this verification already stale.
    const verifiedUnder = { keys: state.keys, generation: state.keys.generation };
    let payload: JWTPayload;
    try {
      payload = await verifyWithKeySet(lib, token, state.keys, options);
    } catch (err) {
      const [reason, message] = refusalOf(lib.errors, err, config, claims);
      // The IdP's key set cannot be fetched: "cannot tell now", not "no" (Unavailable off Authorize).
      const unreachable = err instanceof KeysUnavailableError || (err instanceof UnknownKeyError && err.fetchFailed);
      return refuse(reason, message, unreachable);
    }
    if (typeof payload.iat === "number" && payload.iat * 1000 > now + config.clockSkewMs) {
      return refuse(
        "not_yet_valid",
        `the token is issued in the future (iat ${iso(payload.iat)}), beyond the ${config.clockSkewMs / 1000} s clock skew ${config.path} allows`,
      );
    }
    const mapped = principalFromClaims(config, payload);
    if ("problem" in mapped) return refuse("invalid_token", mapped.problem);
    const resolution: CallerResolution = { ok: true, principal: mapped.principal };
    // Kept until exp (plus skew), or until a refetch withdraws a key of the set.
    this.#cache.set(key, revision, resolution, (payload.exp as number) * 1000 + config.clockSkewMs, verifiedUnder);
    return resolution;
  }
}

/** Verifies with the issuer's key set; where several keys fit a token without `kid`, tries each. */
async function verifyWithKeySet({ errors, jwtVerify }: typeof Jose, token: string, keys: JwksCache, options: JWTVerifyOptions): Promise<JWTPayload> {
  try {
    return (await jwtVerify(token, (header, jws) => keys.getKey(header, jws), options)).payload;
  } catch (err) {
    if (!(err instanceof errors.JWKSMultipleMatchingKeys)) throw err;
    for await (const candidate of err) {
      try {
        return (await jwtVerify(token, candidate, options)).payload;
      } catch (inner) {
        if (!(inner instanceof errors.JWSSignatureVerificationFailed)) throw inner;
      }
    }
    throw new errors.JWSSignatureVerificationFailed();
  }
}

/** The reason and message for an error of jose or of the key set. */
function refusalOf(errors: typeof Jose.errors, err: unknown, config: CompiledOidcIssuer, claims: JWTPayload): [CallerProblem, string] {
  const skew = `${config.clockSkewMs / 1000} s clock skew allowed`;
  if (err instanceof UnknownKeyError || err instanceof KeysUnavailableError) return ["unknown_key", err.message];
  if (err instanceof errors.JWTExpired) return ["expired", `the token expired at ${iso(claims.exp)} (${skew})`];
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === "aud") {
      return ["wrong_audience", `the token is not meant for Portcullis: its audience (aud) is none of ${config.path}.audience (${config.audience.join(", ")})`];
    }
    if (err.claim === "iss") return ["wrong_issuer", `the token's issuer is not ${config.issuer}`];
    if (err.claim === "nbf" && err.reason === "check_failed") return ["not_yet_valid", `the token is not valid before ${iso(claims.nbf)} (${skew})`];
    if (err.reason === "missing") return ["invalid_token", `the token has no '${err.claim}' claim, which is required`];
    return ["invalid_token", `the token's '${err.claim}' claim is invalid: ${err.message}`];
  }
  if (err instanceof errors.JOSEAlgNotAllowed)
    return ["algorithm_not_allowed", `the token's algorithm is not in ${config.path}.algorithms (${config.algorithms.join(", ")})`];
  if (err instanceof errors.JWSSignatureVerificationFailed)
    return ["invalid_token", `the token's signature does not verify with the signing key of ${config.issuer}`];
  if (err instanceof errors.JOSEError) return ["invalid_token", `the token cannot be verified: ${err.message}`];
  return ["invalid_token", `the token cannot be verified (${(err as Error).name ?? "error"})`];
}

function sourceKey(config: CompiledOidcIssuer): string {
  return [config.issuer, config.jwksUri ?? "", config.jwksTimeoutMs, config.jwksCooldownMs, config.jwksMaxAgeMs].join("\n");
}

function quote(text: string): string {
  return JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text);
}

function iso(seconds: unknown): string {
  const date = new Date(typeof seconds === "number" ? seconds * 1000 : NaN);
  return Number.isNaN(date.getTime()) ? "an invalid time" : date.toISOString();
}
