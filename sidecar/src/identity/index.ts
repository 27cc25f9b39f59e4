/**
 * The identity domain: turns a presented token into a principal (subject + roles).
 */
export { hashToken, resolveStaticToken } from "./static-tokens.js";
export { resolveCaller, type CallerResolution } from "./caller.js";
export { FailedAuthThrottle, type FailedAuthThrottleOptions, type FailureVerdict } from "./failed-auth-throttle.js";
export { MIN_ADMIN_TOKEN_BYTES, checkAdminToken } from "./admin-token.js";
