/**
 * The gateway's span for one downstream tools/call: a CLIENT span, child of the caller's
 * trace context, exported with the sidecar's telemetry, whose id is the parent the downstream
 * request carries in `_meta.traceparent` — so the host's span, the decision's RPC spans and
 * the downstream server's own span meet in one trace with no hop missing. Named and
 * attributed per the OpenTelemetry MCP conventions (`tools/call <tool>`, `mcp.method.name`,
 * `gen_ai.tool.name`, `gen_ai.operation.name = execute_tool`); arguments and results are
 * never put on it.
 */
import { context, SpanKind, SpanStatusCode, trace as otelTrace, type TextMapGetter, type TextMapSetter } from "@opentelemetry/api";
import { childTraceContext, traceEntries, type TraceContext } from "@portcullis/sdk/mcp";
import { ATTR, type Telemetry } from "../telemetry/index.js";

/** One downstream call as the span names it. */
export interface DownstreamCallInfo {
  /** The gateway endpoint the caller called (a virtual server or a real one). */
  readonly endpoint: string;
  /** The real server and tool the call goes to. */
  readonly server: string;
  readonly tool: string;
  readonly decisionId: string;
}

/** A started downstream span: the `_meta` trace entries to send, and its end. */
export interface DownstreamSpan {
  /** `traceparent` (and `tracestate`, `baggage`) naming this span as the downstream request's parent. */
  readonly meta: Record<string, string>;
  /** Ends the span; `error` names what went wrong (`tool_error` for an isError result, or the failure's kind). */
  end(error?: string): void;
}

const recordGetter: TextMapGetter<Record<string, string>> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => carrier[key],
};
const recordSetter: TextMapSetter<Record<string, string>> = {
  set: (carrier, key, value) => {
    carrier[key] = value;
  },
};

/**
 * Starts the span of one downstream call under `trace`. Without telemetry nothing is
 * exported, and the downstream still gets a new hop of the same trace.
 *
 * @example
 * ```ts
 * const span = startDownstreamSpan(telemetry, trace, { endpoint, server, tool, decisionId });
 * try { result = await send(span.meta); span.end(result.isError ? "tool_error" : undefined); }
 * catch (err) { span.end("unavailable"); throw err; }
 * ```
 */
export function startDownstreamSpan(telemetry: Telemetry | undefined, trace: TraceContext, call: DownstreamCallInfo): DownstreamSpan {
  if (!telemetry) return { meta: traceEntries(childTraceContext(trace)), end: () => undefined };
  const parent = telemetry.propagator.extract(context.active(), traceEntries(trace), recordGetter);
  const span = telemetry.tracer.startSpan(
    `tools/call ${call.tool}`,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        [ATTR.mcpMethod]: "tools/call",
        [ATTR.genAiOperation]: "execute_tool",
        [ATTR.genAiTool]: call.tool,
        [ATTR.server]: call.endpoint,
        [ATTR.upstreamServer]: call.server,
        [ATTR.upstreamTool]: call.tool,
        [ATTR.decisionId]: call.decisionId,
      },
    },
    parent,
  );
  const meta: Record<string, string> = {};
  // Baggage and tracestate ride along from the caller's context; traceparent names this span.
  telemetry.propagator.inject(otelTrace.setSpan(parent, span), meta, recordSetter);
  return {
    meta,
    end(error) {
      if (error !== undefined) {
        span.setAttribute("error.type", error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: error });
      }
      span.end();
    },
  };
}
