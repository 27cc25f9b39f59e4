/**
 * @portcullis/sidecar — the governance sidecar as a library: start it, embed its routes,
 * or use its policy and decision domains directly.
 *
 * @example
 * ```ts
 * import { startSidecar } from "@portcullis/sidecar";
 * const sidecar = await startSidecar({ policyFile: "policy.yaml" });
 * ```
 * @packageDocumentation
 */
export {
  startSidecar,
  sidecarRoutes,
  openSidecarCore,
  DEFAULT_LISTEN,
  type GuardrailWarmup,
  type Sidecar,
  type SidecarCore,
  type SidecarOptions,
  type SidecarStopOutcome,
} from "./server.js";
export type { DrainOutcome } from "./transport/dual-protocol-listener.js";
export { LISTENER_DEFAULTS, type ListenerLimits } from "./transport/listener-limits.js";
export { startEmbedded, type EmbeddedOptions, type EmbeddedSidecar } from "./embedded.js";
export { createDirectTransport, type DirectTransportOptions } from "./transport/direct-transport.js";
export { createLogger, type Logger } from "./logger.js";
export * from "./policy/index.js";
export * from "./decision/index.js";
export { hashToken, resolveCaller, type CallerResolution } from "./identity/index.js";
export * from "./credentials/index.js";
export { main as runCli, EXIT } from "./cli.js";
export * from "./limits/index.js";
export * from "./taint/index.js";
export {
  compileGuardrail,
  DEFAULT_INLINE_MAX_BYTES,
  GuardrailConfigSchema,
  GuardrailError,
  GuardrailScanner,
  scan,
  SpotlightSchema,
  summarizeFindings,
  type Finding,
  type GuardrailConfig,
  type GuardrailConfigInput,
  type GuardrailScannerOptions,
  type ScanInput,
  type ScanOptions,
  type ScanOutcome,
  type SpotlightConfig,
  type SpotlightSummary,
} from "./guardrails/index.js";
export * from "./audit/index.js";
export {
  AuditIndex,
  AuditIndexer,
  AuditQuery,
  checkFilter as checkAuditFilter,
  queryOffThread as queryAuditOffThread,
  segmentFileName,
  type AuditFilter,
  type AuditRecordFields,
  type DistinctRow,
  type IndexedLine,
} from "./audit/query/index.js";
