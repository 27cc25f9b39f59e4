/**
 * The audit record: what one governed decision (or its outcome, an offboarding, an admin
 * action) leaves on disk. Field order here is the order on disk, so a stored line is stable.
 */

/**
 * What happened. `outcome` completes an earlier decision with the same `decisionId`;
 * `resolve_credential` is a downstream credential released or refused; `connect_account` an
 * account connected (or not) through the browser's connect flow.
 */
export type AuditEvent =
  | "authorize"
  | "filter_tools"
  | "resolve_credential"
  | "scan_response"
  | "outcome"
  | "offboard"
  | "admin"
  | "shadow"
  | "connect_account";

/** The events the writer accepts; anything else is a programming error. */
export const AUDIT_EVENTS: ReadonlySet<AuditEvent> = new Set([
  "authorize",
  "filter_tools",
  "resolve_credential",
  "scan_response",
  "outcome",
  "offboard",
  "admin",
  "shadow",
  "connect_account",
]);

/**
 * One audit record. Undefined fields are omitted on disk. `arguments` must already be masked
 * by the caller of `append()`; `findings` carry types and counts, never matched text.
 *
 * @example
 * ```ts
 * const record: AuditRecord = { ts: Date.now(), event: "authorize", decisionId: "d-1", server: "jira", tool: "create_issue", decision: "allow" };
 * ```
 */
export interface AuditRecord {
  /** Unix milliseconds. */
  ts: number;
  event: AuditEvent;
  decisionId?: string;
  agent?: { tokenId?: string; kind?: "static" | "human" | "agent" | "idp" };
  subject?: string;
  onBehalfOf?: string;
  team?: string;
  roles?: string[];
  /** The server as the caller named it (may be virtual). */
  server?: string;
  /** Set when `server` was a virtual server. */
  virtualServer?: string;
  /** The real server (target) when different. */
  upstreamServer?: string;
  tool?: string;
  upstreamTool?: string;
  /** Already masked by the caller of `append()`. `{}` for a call without arguments. */
  arguments?: Record<string, unknown>;
  /** The tool's MCP annotations as the caller sent them (untrusted hints), so replay can judge annotation rules. */
  annotations?: { readOnlyHint?: boolean; destructiveHint?: boolean; idempotentHint?: boolean; openWorldHint?: boolean };
  decision?: "allow" | "deny" | "flag" | "block" | "mutate" | "error";
  /** The Reason enum name, e.g. `EXPLICIT_DENY`. */
  reason?: string;
  message?: string;
  rule?: string;
  policyRevision?: string;
  /** Never the matched text. */
  findings?: { type: string; count: number }[];
  outcome?: { status: string; durationMs?: number; responseBytes?: number; tokensUsed?: number };
  shadow?: { decision: "allow" | "deny"; reason: string; rule?: string; policyRevision: string };
  traceId?: string;
  spanId?: string;
  attrs?: Record<string, string>;
}

/** A record as committed: its global sequence number (from 1, +1 per record across segments). */
export type CommittedAuditRecord = AuditRecord & { seq: number };

/**
 * Receives every record after it is committed to disk (in seq order), e.g. an OTLP log
 * exporter or a Redis Stream. `export` must not throw or block; a throwing sink is skipped
 * for that record and the log carries on.
 *
 * @example
 * ```ts
 * const sink: AuditSink = { export: (r) => queue.push(r) };
 * const log = await AuditLog.open({ dir, sinks: [sink] });
 * ```
 */
export interface AuditSink {
  export(record: CommittedAuditRecord): void;
}
