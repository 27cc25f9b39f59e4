/**
 * OpenTelemetry export: spans per RPC, audit records as OTLP log records, metrics. Nothing
 * here loads the SDK until `openTelemetry` finds telemetry on.
 *
 * @example
 * ```ts
 * const telemetry = await openTelemetry({ endpoint: "http://127.0.0.1:4318", logger });
 * const interceptors = telemetry ? [rpcSpanInterceptor(telemetry)] : [];
 * ```
 */
export type { AuditEvent, AuditRecord, AuditSink } from "../audit/audit-record.js";
export { DropTally, type DropCause, type DroppedSignal } from "./drop-tally.js";
export { auditAttributes, OtelAuditSink, type OtelAuditSinkOptions } from "./otel-audit-sink.js";
export { RedisStreamAuditSink, streamRecordJson, type RedisStreamAuditSinkOptions, type StreamDropCause } from "./redis-stream-sink.js";
export { rpcSpanInterceptor } from "./rpc-span-interceptor.js";
export { annotateSpan, ATTR, currentTraceIds, type SpanAnnotations, type TelemetryDecision } from "./span-annotations.js";
export { LATENCY_BUCKETS_MS, openTelemetry, resolveTelemetryTargets, type TelemetryOptions, type TelemetryTargets } from "./telemetry-config.js";
export type { Telemetry } from "./telemetry.js";
