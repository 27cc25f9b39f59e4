/**
 * The identity domain: turns a presented token into a principal (subject + roles) — static
 * tokens of the policy, gateway tokens, IdP tokens — and refuses revoked ones.
 */
export { hashToken, resolveStaticToken } from "./static-tokens.js";
export { callerProblem, callerUnavailable, resolveCaller, type CallerProblem, type CallerResolution } from "./caller.js";
export { Identity, type GatewayTokenSource, type IdentitySources, type IdpTokenVerifier, type SubjectDenyList } from "./identity.js";
export { OidcVerifier, type OidcVerifierOptions } from "./oidc-verifier.js";
export { IdentitySchema, compileIdentityConfig, type CompiledIdentityConfig, type IdentityDocument } from "./identity-schema.js";
export { FailedAuthThrottle, type FailedAuthThrottleOptions, type FailureVerdict } from "./failed-auth-throttle.js";
export { MIN_ADMIN_TOKEN_BYTES, checkAdminToken } from "./admin-token.js";
export { newGatewayToken, tokenHint, TOKEN_PREFIX, type GatewayTokenKind } from "./gateway-token-format.js";
export {
  isStoreFailure,
  SubjectOffboardedError,
  type IdentityStore,
  type OffboardedSubject,
  type OffboardSource,
  type ScimUserRecord,
  type TokenRecord,
} from "./identity-store.js";
export { openSqliteIdentityStore, IDENTITY_DB_FILE } from "./sqlite-identity-store.js";
export { RedisIdentityStore, type RedisIdentityStoreOptions } from "./redis-identity-store.js";
export { GatewayTokens, type GatewayTokensOptions } from "./gateway-tokens.js";
export { SubjectDenyListCache } from "./subject-deny-list.js";
export { IdentitySync, type IdentitySyncOptions } from "./identity-sync.js";
export { TokenAdmin, DEFAULT_TOKEN_TTL_MS, MAX_TOKEN_TTL_MS, type IssuedToken, type IssueTokenInput } from "./token-admin.js";
export { SubjectOffboarding, type OffboardOutcome } from "./subject-offboarding.js";
export { isSubjectName, SUBJECT_RULE } from "./subject-name.js";
export { openGatewayIdentity, DEFAULT_DATA_DIR, type GatewayIdentity, type GatewayIdentityOptions } from "./gateway-identity.js";
export { ScimUsers, ScimError, SCIM_USER_SCHEMA, type ScimSubjectAttribute } from "./scim-users.js";
