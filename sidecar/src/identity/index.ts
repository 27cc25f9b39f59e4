/**
 * The identity domain: turns a presented token into a principal (subject + roles) — static
 * tokens of the policy, gateway tokens, IdP tokens — and refuses revoked ones.
 */
export { hashToken, resolveStaticToken } from "./static-tokens.js";
export { callerProblem, resolveCaller, type CallerProblem, type CallerResolution } from "./caller.js";
export { Identity, type GatewayTokenSource, type IdentitySources, type IdpTokenVerifier, type SubjectDenyList } from "./identity.js";
export { OidcVerifier, type OidcVerifierOptions } from "./oidc-verifier.js";
export { IdentitySchema, compileIdentityConfig, type CompiledIdentityConfig, type IdentityDocument } from "./identity-schema.js";
export { FailedAuthThrottle, type FailedAuthThrottleOptions, type FailureVerdict } from "./failed-auth-throttle.js";
export { MIN_ADMIN_TOKEN_BYTES, checkAdminToken } from "./admin-token.js";
