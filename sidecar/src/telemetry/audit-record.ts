/**
 * The audit record and sink faces the telemetry exports against, copied from the audit
 * contract until audit-core lands.
 *
 * TODO(audit-core): import AuditRecord and AuditSink from ../audit/index.js and delete this file.
 */

/** What an audit record is about. */
export type AuditEvent = "authorize" | "filter_tools" | "resolve_credential" | "scan_response" | "outcome" | "offboard" | "admin" | "shadow";

/** One audit record, as the audit writer commits it (see the audit contract). */
export interface AuditRecord {
  ts: number;
  event: AuditEvent;
  decisionId?: string;
  agent?: { tokenId?: string; kind?: "static" | "human" | "agent" | "idp" };
  subject?: string;
  onBehalfOf?: string;
  team?: string;
  roles?: string[];
  server?: string;
  virtualServer?: string;
  upstreamServer?: string;
  tool?: string;
  upstreamTool?: string;
  arguments?: Record<string, unknown>;
  decision?: "allow" | "deny" | "flag" | "block" | "mutate" | "error";
  reason?: string;
  message?: string;
  rule?: string;
  policyRevision?: string;
  findings?: { type: string; count: number }[];
  outcome?: { status: string; durationMs?: number; responseBytes?: number; tokensUsed?: number };
  shadow?: { decision: "allow" | "deny"; reason: string; rule?: string; policyRevision: string };
  traceId?: string;
  spanId?: string;
  attrs?: Record<string, string>;
}

/** An output that receives every committed audit record (OTel logs, a Redis Stream). */
export interface AuditSink {
  export(record: AuditRecord & { seq: number }): void;
}
