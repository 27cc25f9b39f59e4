/**
 * W3C trace context for governed MCP calls. MCP carries it in a request's `params._meta`
 * under the bare keys `traceparent`, `tracestate` and `baggage` (SEP-414, the documented
 * exception to `_meta`'s DNS-prefixed keys; the OpenTelemetry MCP conventions say the same).
 * The same values go to the sidecar as HTTP headers, where its RPC spans and audit records
 * pick them up — so the host's span, the decision, the audit record and the downstream call
 * share one trace id.
 */
import { randomBytes } from "node:crypto";

/**
 * The W3C trace context of one call.
 *
 * @example
 * ```ts
 * const trace: TraceContext = { traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" };
 * ```
 */
export interface TraceContext {
  traceparent: string;
  tracestate?: string;
  baggage?: string;
}

/**
 * Random ids come from a pooled buffer, as `crypto.randomUUID` does: a `randomBytes` call per
 * id cost a trip into OpenSSL (and a getpid) twice per governed call. Trace and span ids
 * are not secrets; they only need to be unique.
 */
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let poolOffset = 0;

function randomHex(bytes: number): string {
  if (poolOffset + bytes > pool.length) {
    pool = randomBytes(POOL_BYTES);
    poolOffset = 0;
  }
  const hex = pool.toString("hex", poolOffset, poolOffset + bytes);
  poolOffset += bytes;
  return hex;
}

// version 00 only; all-zero trace and span ids are invalid (W3C Trace Context §3.2.2).
const TRACEPARENT = /^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;

/**
 * The trace context in an MCP `_meta` object, when it holds a valid `traceparent`.
 *
 * @example
 * ```ts
 * traceFromMeta(request.params._meta)?.traceparent;
 * ```
 */
export function traceFromMeta(meta: unknown): TraceContext | undefined {
  if (typeof meta !== "object" || meta === null) return undefined;
  const { traceparent, tracestate, baggage } = meta as Record<string, unknown>;
  if (typeof traceparent !== "string" || !TRACEPARENT.test(traceparent)) return undefined;
  return {
    traceparent,
    ...(typeof tracestate === "string" ? { tracestate } : {}),
    ...(typeof baggage === "string" ? { baggage } : {}),
  };
}

/**
 * The trace context in HTTP request headers (`traceparent`, `tracestate`, `baggage`), when
 * they hold a valid `traceparent`: for a caller that sends it on the HTTP request rather than
 * in the MCP `_meta`.
 *
 * @example
 * ```ts
 * traceFromHeaders(req.headers); // node IncomingHttpHeaders, a fetch Headers, or a plain record
 * ```
 */
export function traceFromHeaders(headers: Headers | Readonly<Record<string, string | string[] | undefined>> | undefined): TraceContext | undefined {
  if (!headers) return undefined;
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    // A repeated traceparent is ambiguous: none rather than a guess. tracestate may repeat (W3C §3.3.1.1).
    if (Array.isArray(value)) return name === "traceparent" ? (value.length === 1 ? value[0] : undefined) : value.join(",");
    return value;
  };
  return traceFromMeta({ traceparent: get("traceparent"), tracestate: get("tracestate"), baggage: get("baggage") });
}

/**
 * The context of a new hop in the same trace: the same trace id, flags, `tracestate` and
 * `baggage`, and a new span id. An intermediary (the gateway) sends it on the request it
 * makes itself, so the downstream server's span is not mistaken for a direct child of the
 * agent's call.
 *
 * @example
 * ```ts
 * const hop = childTraceContext(trace); // same traceIdOf(hop.traceparent), new span id
 * ```
 */
export function childTraceContext(trace: TraceContext): TraceContext {
  const spanId = randomHex(8);
  return { ...trace, traceparent: `${trace.traceparent.slice(0, 36)}${spanId}${trace.traceparent.slice(52)}` };
}

/**
 * A fresh, sampled root trace context: a call without one still gets a single trace across
 * its decision, audit record and downstream request.
 *
 * @example
 * ```ts
 * newTraceContext().traceparent; // "00-<32 hex>-<16 hex>-01"
 * ```
 */
export function newTraceContext(): TraceContext {
  const bytes = randomHex(24);
  return { traceparent: `00-${bytes.slice(0, 32)}-${bytes.slice(32)}-01` };
}

/**
 * The trace id (32 hex digits) of a traceparent.
 *
 * @example
 * ```ts
 * traceIdOf("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"); // "4bf92f35…4736"
 * ```
 */
export function traceIdOf(traceparent: string): string {
  return traceparent.slice(3, 35);
}

/**
 * The trace context as a record, for HTTP headers or `_meta` (absent keys left out).
 *
 * @example
 * ```ts
 * portcullis.authorize(request, { headers: traceEntries(trace) });
 * ```
 */
export function traceEntries(trace: TraceContext): Record<string, string> {
  const out: Record<string, string> = { traceparent: trace.traceparent };
  if (trace.tracestate) out.tracestate = trace.tracestate;
  if (trace.baggage) out.baggage = trace.baggage;
  return out;
}
