/**
 * The identity domain: turns a presented token into a principal (subject + roles).
 */
export { hashToken, resolveStaticToken } from "./static-tokens.js";
export { resolveCaller, type CallerResolution } from "./caller.js";
