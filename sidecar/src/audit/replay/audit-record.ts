/**
 * The audit record as the audit contract defines it (docs: the audit contract, "AuditRecord").
 *
 * TODO(audit-core): use the AuditRecord/AuditEvent types of sidecar/src/audit/audit-record.ts
 * once audit-core is merged; this local copy exists only so replay builds in parallel.
 */

/** What kind of event a record stands for. */
export type AuditEvent = "authorize" | "filter_tools" | "resolve_credential" | "scan_response" | "outcome" | "offboard" | "admin" | "shadow";

/** One audit record (fields in their stored order; undefined ones are omitted). */
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
  shadow?: ShadowVerdict;
  traceId?: string;
  spanId?: string;
  attrs?: Record<string, string>;
}

/** What a shadow policy decided where it disagreed with the policy in force (the record's `shadow`). */
export interface ShadowVerdict {
  decision: "allow" | "deny";
  /** The Reason enum name, e.g. "EXPLICIT_DENY". */
  reason: string;
  rule?: string;
  policyRevision: string;
}
