/**
 * The 2025-11-25 session endpoint's hot path: a plain `tools/call` POST of a live session,
 * served without the SDK's web-standard transport and request dispatch. Profiled through the
 * gateway, those cost more CPU per call than governance itself (a web `Request` and `Headers`
 * per call, the body re-validated as a JSON-RPC message and again as a request, the answer
 * built as a web `Response`). Only a request the SDK would accept as it is takes this path —
 * the same header checks, the same request schema; anything else (another method, a batch, a
 * header the SDK refuses, a task-augmented call) goes to the SDK, which answers as it always has.
 * The answer is the one the SDK's JSON mode writes: the same status, headers and JSON-RPC body.
 */
import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import {
  CallToolRequestSchema,
  ErrorCode,
  SUPPORTED_PROTOCOL_VERSIONS,
  type CallToolRequest,
  type JSONRPCMessage,
  type RequestId,
} from "@modelcontextprotocol/sdk/types.js";

/** The `_meta` key of a call that belongs to a task: the SDK queues those, so they take its path. */
const RELATED_TASK_META_KEY = "io.modelcontextprotocol/related-task";

/** A `tools/call` the fast path serves: its JSON-RPC id and validated params. */
export interface PlainToolCall {
  readonly id: RequestId;
  readonly params: CallToolRequest["params"];
}

/**
 * The call in a session POST, when the SDK's transport would take it as it is and it is a
 * single, plain `tools/call`; undefined otherwise.
 *
 * @example
 * ```ts
 * const call = plainToolCall(req.headers, body);
 * if (call) await serve(call.id, call.params);
 * ```
 */
export function plainToolCall(headers: IncomingHttpHeaders, body: unknown): PlainToolCall | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const message = body as { jsonrpc?: unknown; method?: unknown; id?: unknown };
  if (message.jsonrpc !== "2.0" || message.method !== "tools/call") return undefined;
  if (typeof message.id !== "string" && !Number.isSafeInteger(message.id)) return undefined;
  if (!plainJsonPost(headers)) return undefined;
  const version = headers["mcp-protocol-version"];
  if (version !== undefined && (typeof version !== "string" || !SUPPORTED_PROTOCOL_VERSIONS.includes(version))) return undefined;
  const parsed = CallToolRequestSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { params } = parsed.data;
  if ("task" in params && params.task !== undefined) return undefined;
  if (params._meta !== undefined && RELATED_TASK_META_KEY in params._meta) return undefined;
  return { id: message.id as RequestId, params };
}

/**
 * What is wrong with the params of a `tools/call` request, when they do not fit the schema
 * (`params.name: expected string, received undefined`); undefined for any other message or
 * valid params. The SDK's server answered such a call -32603 Internal error with the schema
 * library's JSON dump; JSON-RPC's answer is -32602 Invalid params.
 *
 * @example
 * ```ts
 * invalidToolCallParams({ jsonrpc: "2.0", id: 1, method: "tools/call", params: {} }); // "params.name: …"
 * ```
 */
export function invalidToolCallParams(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  if ((body as { method?: unknown }).method !== "tools/call") return undefined;
  const parsed = CallToolRequestSchema.safeParse(body);
  if (parsed.success) return undefined;
  return parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join(".") || "params"}: ${issue.message}`)
    .join("; ");
}

/**
 * Whether a POST's headers are those every SDK transport takes as they are: a JSON body, and an
 * Accept that names both JSON and event streams (what SDK clients send).
 *
 * @example
 * ```ts
 * if (!plainJsonPost(req.headers)) return sdkPath();
 * ```
 */
export function plainJsonPost(headers: IncomingHttpHeaders): boolean {
  const accept = headers.accept;
  if (typeof accept !== "string" || !accept.includes("application/json") || !accept.includes("text/event-stream")) return false;
  return mediaType(headers["content-type"]) === "application/json";
}

/**
 * The request id a `notifications/cancelled` names, if the body is one.
 *
 * @example
 * ```ts
 * const id = cancelledRequest(body);
 * if (id !== undefined) inFlight.get(id)?.abort();
 * ```
 */
export function cancelledRequest(body: unknown): RequestId | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const message = body as { method?: unknown; params?: { requestId?: unknown } };
  if (message.method !== "notifications/cancelled") return undefined;
  const id = message.params?.requestId;
  return typeof id === "string" || typeof id === "number" ? id : undefined;
}

/**
 * A handler's failure as the SDK answers it: the error's own code where it has one.
 *
 * @example
 * ```ts
 * writeJsonRpc(res, sessionId, errorAnswer(id, err));
 * ```
 */
export function errorAnswer(id: RequestId, err: unknown): JSONRPCMessage {
  const e = (err ?? {}) as { code?: unknown; message?: unknown; data?: unknown };
  return {
    jsonrpc: "2.0",
    id,
    error: {
      code: Number.isSafeInteger(e.code) ? (e.code as number) : ErrorCode.InternalError,
      message: typeof e.message === "string" ? e.message : "Internal error",
      ...(e.data !== undefined ? { data: e.data } : {}),
    },
  };
}

/**
 * Writes one JSON-RPC answer as the SDKs' JSON mode does: 200, JSON, the session id (a
 * 2025-11-25 session's; none for 2026-07-28), in one write.
 *
 * @example
 * ```ts
 * writeJsonRpc(res, sessionId, { jsonrpc: "2.0", id, result });
 * ```
 */
export function writeJsonRpc(res: ServerResponse, sessionId: string | undefined, message: unknown): void {
  if (res.destroyed || res.writableEnded) return;
  const body = JSON.stringify(message);
  const session = sessionId === undefined ? {} : { "mcp-session-id": sessionId };
  res.writeHead(200, { "content-type": "application/json", ...session, "content-length": Buffer.byteLength(body) }).end(body);
}

/**
 * The workflow a call belongs to, as its caller named it in `_meta` (`portcullis/workflowId`).
 *
 * @example
 * ```ts
 * workflowOf({ "portcullis/workflowId": "run-42" }); // "run-42"
 * ```
 */
export function workflowOf(meta: Record<string, unknown> | undefined): string | undefined {
  const id = meta?.["portcullis/workflowId"];
  return typeof id === "string" && id !== "" ? id : undefined;
}

function mediaType(header: string | undefined): string {
  return (header ?? "").split(";")[0]!.trim().toLowerCase();
}
