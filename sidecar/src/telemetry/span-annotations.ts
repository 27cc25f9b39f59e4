/**
 * What handlers tell the RPC's span about the decision, and the trace ids an audit record
 * carries. Both read the active OpenTelemetry context that the RPC span interceptor sets up;
 * with telemetry off there is none and both cost a context lookup.
 */
import { context, createContextKey, isSpanContextValid, trace, type Attributes, type Span } from "@opentelemetry/api";

/** Attribute names: OpenTelemetry semantic conventions where one exists, `portcullis.*` otherwise. */
export const ATTR = {
  rpcSystem: "rpc.system",
  rpcService: "rpc.service",
  rpcMethod: "rpc.method",
  connectErrorCode: "rpc.connect_rpc.error_code",
  mcpMethod: "mcp.method.name",
  genAiOperation: "gen_ai.operation.name",
  genAiTool: "gen_ai.tool.name",
  server: "portcullis.server",
  virtualServer: "portcullis.virtual_server",
  upstreamServer: "portcullis.upstream_server",
  upstreamTool: "portcullis.upstream_tool",
  decision: "portcullis.decision",
  reason: "portcullis.reason",
  rule: "portcullis.rule",
  policyRevision: "portcullis.policy_revision",
  decisionId: "portcullis.decision_id",
  agentKind: "portcullis.agent.kind",
  team: "portcullis.team",
} as const;

/** A decision as telemetry names it (lower case, as in audit records). */
export type TelemetryDecision = "allow" | "deny" | "flag" | "block" | "mutate" | "error";

/**
 * The domain facts of one RPC. None of them is a secret: tokens, credentials and argument
 * values have no field here, on purpose.
 */
export interface SpanAnnotations {
  /** The server as the caller named it (may be a virtual server). */
  readonly server?: string | undefined;
  /** Set when `server` was a virtual server. */
  readonly virtualServer?: string | undefined;
  /** The real server behind a virtual one. */
  readonly upstreamServer?: string | undefined;
  /** The tool as the caller named it: `gen_ai.tool.name`. */
  readonly tool?: string | undefined;
  /** The real tool behind a virtual one. */
  readonly upstreamTool?: string | undefined;
  /**
   * The MCP method the RPC governs (default: `tools/call` once a tool is known); `null` for an
   * RPC that is no MCP request although it names a tool (ResolveCredential): no method, and no
   * gen_ai `execute_tool`.
   */
  readonly mcpMethod?: "tools/call" | "tools/list" | null | undefined;
  readonly decision?: TelemetryDecision | undefined;
  /** The Reason enum name, with or without its `REASON_` prefix, e.g. `EXPLICIT_DENY`. */
  readonly reason?: string | undefined;
  /** The policy rule that decided. */
  readonly rule?: string | undefined;
  readonly policyRevision?: string | undefined;
  readonly decisionId?: string | undefined;
  /** How the caller authenticated: static, human, agent or idp. */
  readonly agentKind?: string | undefined;
  readonly team?: string | undefined;
}

/**
 * The per-RPC state the interceptor keeps in the context: the span, and the decision and
 * reason that the decision counter is labelled with when the RPC ends.
 */
export class RpcScope {
  decision: TelemetryDecision | undefined;
  reason: string | undefined;

  constructor(readonly span: Span) {}

  annotate(annotations: SpanAnnotations): void {
    if (annotations.decision !== undefined) this.decision = annotations.decision;
    if (annotations.reason !== undefined) this.reason = normalizeReason(annotations.reason);
    if (this.span.isRecording()) this.span.setAttributes(spanAttributes(annotations));
  }
}

/** Where the interceptor keeps the {@link RpcScope} of the RPC in progress. */
export const RPC_SCOPE = createContextKey("portcullis.rpc-scope");

/**
 * Adds the decision's facts to the span of the RPC being handled, and labels its decision
 * count. A no-op outside an RPC or with telemetry off. Call it from a handler as soon as a
 * fact is known; later calls add to (and overwrite) earlier ones.
 *
 * @example
 * ```ts
 * annotateSpan({ server: "jira", tool: "create_issue", decision: "deny", reason: "EXPLICIT_DENY", rule: "support.jira.deny" });
 * ```
 */
export function annotateSpan(annotations: SpanAnnotations): void {
  const active = context.active();
  const scope = active.getValue(RPC_SCOPE) as RpcScope | undefined;
  if (scope) {
    scope.annotate(annotations);
    return;
  }
  // Outside our interceptor (e.g. a host's own span in embedded mode): attributes only.
  const span = trace.getSpan(active);
  if (span?.isRecording()) span.setAttributes(spanAttributes(annotations));
}

/**
 * The trace and span ids of the active span, for the audit record of the decision being
 * made; undefined outside a traced RPC (telemetry off, or no span).
 *
 * @example
 * ```ts
 * const ids = currentTraceIds();
 * audit.append({ ts: Date.now(), event: "authorize", ...ids, ... });
 * ```
 */
export function currentTraceIds(): { traceId: string; spanId: string } | undefined {
  const spanContext = trace.getSpanContext(context.active());
  if (!spanContext || !isSpanContextValid(spanContext)) return undefined;
  return { traceId: spanContext.traceId, spanId: spanContext.spanId };
}

/** `REASON_EXPLICIT_DENY` → `EXPLICIT_DENY`; names without the prefix pass unchanged. */
export function normalizeReason(reason: string): string {
  return reason.startsWith("REASON_") ? reason.slice("REASON_".length) : reason;
}

/** The span attributes of some annotations (absent and empty values are left out). */
export function spanAttributes(a: SpanAnnotations): Attributes {
  const out: Attributes = {};
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== "") out[key] = value;
  };
  put(ATTR.server, a.server);
  put(ATTR.virtualServer, a.virtualServer);
  put(ATTR.upstreamServer, a.upstreamServer);
  put(ATTR.upstreamTool, a.upstreamTool);
  if (a.tool) out[ATTR.genAiTool] = a.tool;
  const method = a.mcpMethod === undefined && a.tool ? "tools/call" : a.mcpMethod;
  if (method) out[ATTR.mcpMethod] = method;
  if (method === "tools/call" && a.tool) out[ATTR.genAiOperation] = "execute_tool";
  put(ATTR.decision, a.decision);
  put(ATTR.reason, a.reason === undefined ? undefined : normalizeReason(a.reason));
  put(ATTR.rule, a.rule);
  put(ATTR.policyRevision, a.policyRevision);
  put(ATTR.decisionId, a.decisionId);
  put(ATTR.agentKind, a.agentKind);
  put(ATTR.team, a.team);
  return out;
}
