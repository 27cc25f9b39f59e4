/**
 * The policy domain: schema, loader with file:line errors, compiler to a decision index,
 * and the store that hot-reloads it.
 */
export { bySpecificity, compileGlob, isGlob, type NamePattern } from "./glob.js";
export { formatPath, formatPolicyError, type PolicyError, type PolicyPath } from "./policy-error.js";
export { loadPolicyText, policyRevision, MAX_POLICY_BYTES, MAX_REPORTED_ERRORS, type PolicyLoadResult } from "./policy-loader.js";
export {
  checkPolicyText,
  loadPolicyFile,
  OFF_THREAD_MIN_BYTES,
  readPolicyText,
  type LoadPolicyFileOptions,
  type PolicyFileText,
} from "./policy-file-loader.js";
export type {
  CompiledPolicy,
  CompiledRole,
  CompiledRule,
  CompiledServerRules,
  CompiledVirtualServer,
  Principal,
  VirtualToolEntry,
} from "./policy-compiler.js";
export type { PolicyDocument } from "./schema.js";
export { PolicyLoadError, PolicyStore, type PolicyStoreOptions, type ReloadOutcome, type ReloadTrigger, type WatchEvent } from "./policy-store.js";
export { DEFAULT_SETTLE_MS } from "./file-settle.js";
export { DEFAULT_POLL_MS, type WatchProblem } from "./policy-file-watch.js";
export { DEFAULT_GUARDRAIL, guardrailFor, type CompiledGuardrailRule } from "./guardrail-rules.js";
