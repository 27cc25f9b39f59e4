/**
 * Committed audit records as OTLP log records. Each record becomes one log record named
 * `portcullis.audit.<event>`, with the record's fields as attributes and the record's trace
 * and span ids on the log record itself, so a backend shows it inside the RPC's trace.
 *
 * Export is bounded by the SDK's batch processor: when its queue is full or the receiver is
 * down, records are dropped here and counted (`portcullis.telemetry.dropped`); the local audit
 * trail, which is the record of truth, is not affected.
 */
import { ROOT_CONTEXT, SeverityNumber, TraceFlags, trace, type Attributes, type Context, type Logger as OtelLogger } from "@opentelemetry/api";
import type { AuditEvent, AuditRecord, AuditSink } from "../audit/audit-record.js";
import type { Telemetry } from "./telemetry.js";

/** Options of {@link OtelAuditSink}. */
export interface OtelAuditSinkOptions {
  /**
   * Export the (already masked) argument values. Off by default: the log record then carries
   * only the argument names, so no argument value leaves the machine through telemetry.
   */
  readonly includeArguments?: boolean;
}

/**
 * An {@link AuditSink} that emits each committed record as an OTLP log record.
 *
 * @example
 * ```ts
 * const sink = new OtelAuditSink(telemetry);
 * auditLog.addSink(sink); // audit-core calls sink.export(record) after each commit
 * ```
 */
export class OtelAuditSink implements AuditSink {
  private readonly logger: OtelLogger;

  constructor(
    telemetry: Pick<Telemetry, "auditLogger">,
    private readonly options: OtelAuditSinkOptions = {},
  ) {
    this.logger = telemetry.auditLogger;
  }

  export(record: AuditRecord & { seq: number }): void {
    this.logger.emit({
      eventName: `portcullis.audit.${record.event}`,
      timestamp: record.ts,
      severityNumber: severityOf(record),
      severityText: severityOf(record) === SeverityNumber.WARN ? "WARN" : "INFO",
      body: record.message ?? `${record.event}${record.decision ? ` ${record.decision}` : ""}`,
      attributes: auditAttributes(record, this.options),
      context: traceContextOf(record),
    });
  }
}

/** Denials, blocks and errors stand out as WARN; everything else is INFO. */
function severityOf(record: AuditRecord): SeverityNumber {
  return record.decision === "deny" || record.decision === "block" || record.decision === "error" ? SeverityNumber.WARN : SeverityNumber.INFO;
}

/** A context holding the record's span, so the SDK sets trace_id and span_id on the log record. */
function traceContextOf(record: AuditRecord): Context | undefined {
  if (!record.traceId || !record.spanId) return undefined;
  return trace.setSpanContext(ROOT_CONTEXT, { traceId: record.traceId, spanId: record.spanId, traceFlags: TraceFlags.SAMPLED, isRemote: true });
}

/**
 * The MCP request each event's record is about: a tools/call (its decision, the scan of its
 * result, its outcome) or the tools/list FilterTools answered. The other events are no MCP
 * request — a credential released or refused for a tool (`resolve_credential`), an account
 * connected, an offboarding, an admin action — and carry neither an MCP method nor gen_ai's
 * `execute_tool`, even when they name a tool (a credential lookup is not a tool execution).
 */
const MCP_METHODS: Partial<Record<AuditEvent, "tools/call" | "tools/list">> = {
  authorize: "tools/call",
  scan_response: "tools/call",
  outcome: "tools/call",
  filter_tools: "tools/list",
};

/**
 * Most argument names on a log record (more: `portcullis.argument_count` says how many), and
 * most characters of each. The export queue is bounded by records, not bytes: with the
 * receiver hanging, 300 calls of 12,000 names each (under the 1 MiB arguments limit) held
 * ~250 MB more than with telemetry off, and the queue holds 2048. The audit trail itself
 * keeps every name.
 */
export const MAX_ARGUMENT_NAMES = 64;
const MAX_NAME_CHARS = 256;

/**
 * The log attributes of an audit record (names as on the RPC spans where they overlap).
 *
 * @example
 * ```ts
 * auditAttributes({ seq: 7, ts, event: "authorize", tool: "create_issue", decision: "deny" });
 * // { "portcullis.audit.seq": 7, "portcullis.audit.event": "authorize", "gen_ai.tool.name": "create_issue", … }
 * ```
 */
export function auditAttributes(record: AuditRecord & { seq: number }, options: OtelAuditSinkOptions = {}): Attributes {
  const out: Attributes = { "portcullis.audit.seq": record.seq, "portcullis.audit.event": record.event };
  const put = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== "") out[key] = value;
  };
  put("portcullis.decision_id", record.decisionId);
  put("portcullis.agent.token_id", record.agent?.tokenId);
  put("portcullis.agent.kind", record.agent?.kind);
  put("portcullis.subject", record.subject);
  put("portcullis.on_behalf_of", record.onBehalfOf);
  put("portcullis.team", record.team);
  if (record.roles?.length) out["portcullis.roles"] = [...record.roles];
  put("portcullis.server", record.server);
  put("portcullis.virtual_server", record.virtualServer);
  put("portcullis.upstream_server", record.upstreamServer);
  if (record.tool) out["gen_ai.tool.name"] = record.tool;
  const method = MCP_METHODS[record.event];
  if (method === "tools/list") out["mcp.method.name"] = method;
  else if (method === "tools/call" && record.tool) {
    out["gen_ai.operation.name"] = "execute_tool";
    out["mcp.method.name"] = method;
  }
  put("portcullis.upstream_tool", record.upstreamTool);
  if (record.arguments) {
    if (options.includeArguments) out["portcullis.arguments"] = record.arguments;
    else {
      const names = Object.keys(record.arguments);
      out["portcullis.argument_names"] = names
        .slice(0, MAX_ARGUMENT_NAMES)
        .map((name) => (name.length > MAX_NAME_CHARS ? name.slice(0, MAX_NAME_CHARS) : name));
      if (names.length > MAX_ARGUMENT_NAMES) out["portcullis.argument_count"] = names.length;
    }
  }
  put("portcullis.decision", record.decision);
  put("portcullis.reason", record.reason);
  put("portcullis.rule", record.rule);
  put("portcullis.policy_revision", record.policyRevision);
  if (record.findings?.length) {
    // Types and counts only: the contract keeps matched text out of the record itself.
    out["portcullis.findings"] = record.findings.map((f) => ({ type: f.type, count: f.count }));
  }
  if (record.outcome) {
    put("portcullis.outcome.status", record.outcome.status);
    put("portcullis.outcome.duration_ms", record.outcome.durationMs);
    put("portcullis.outcome.response_bytes", record.outcome.responseBytes);
    put("portcullis.outcome.tokens_used", record.outcome.tokensUsed);
  }
  if (record.shadow) {
    put("portcullis.shadow.decision", record.shadow.decision);
    put("portcullis.shadow.reason", record.shadow.reason);
    put("portcullis.shadow.rule", record.shadow.rule);
    put("portcullis.shadow.policy_revision", record.shadow.policyRevision);
  }
  for (const [key, value] of Object.entries(record.attrs ?? {})) put(`portcullis.attr.${key}`, value);
  return out;
}
