/**
 * The content-guardrail domain (wall 4): PII, secret and prompt-injection detectors, the
 * detect / block / mutate actions over text and MCP tool results, and the worker pool.
 */
export {
  compileGuardrail,
  CustomPatternSchema,
  GuardrailActionSchema,
  GuardrailConfigSchema,
  PII_TYPES,
  type CompiledGuardrail,
  type CustomPattern,
  type GuardrailAction,
  type GuardrailConfig,
  type GuardrailConfigInput,
  type PiiType,
} from "./config.js";
export { summarizeFindings, type Finding, type FindingSummary, type GuardrailCategory } from "./finding.js";
export { Deadline, GuardrailError, type GuardrailErrorCode } from "./guardrail-error.js";
export { INJECTION_MARKER } from "./placeholder-mutator.js";
export { scanString } from "./text-scanner.js";
export { defaultBlockMessage, scan, type ScanInput, type ScanOptions, type ScanOutcome, type ScanVerdict, type SpotlightSummary } from "./scan.js";
export {
  DEFAULT_DATAMARK,
  DEFAULT_PREAMBLES,
  datamark,
  planSpotlight,
  SPOTLIGHT_MODES,
  SpotlightSchema,
  spotlightText,
  type SpotlightConfig,
  type SpotlightMode,
  type SpotlightPlan,
} from "./spotlight.js";
export type { JsonObject, JsonValue } from "./tool-result.js";
export { isRawJson, parseExactJson, type RawJson } from "./exact-json.js";
export { DEFAULT_INLINE_MAX_BYTES, GuardrailScanner, payloadBytes, type GuardrailScannerOptions } from "./guardrail-scanner.js";
export { GuardrailJudge, type JudgeVerdict } from "./guardrail-judge.js";
export { JudgeConfigSchema, type JudgeConfig, type JudgeConfigInput } from "./judge-config.js";
