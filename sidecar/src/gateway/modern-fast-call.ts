/**
 * The 2026-07-28 face's hot path: a plain, sessionless `tools/call` served without the v2
 * SDK's per-request server. The SDK builds a server instance, a transport, web `Request` and
 * `Response` objects and a schema pass per exchange — measured through the gateway, 1.7× the
 * CPU of a 2025-11-25 session's call. The request is admitted by the SDK's own inbound
 * classifier (`classifyInboundRequest`: JSON-RPC shape, envelope `_meta`, method registry,
 * params, `Mcp-Method` against the body, client capabilities), its revision must be
 * 2026-07-28 (the classifier admits any revision from 2026-07-28 on; the SDK's handler then
 * refuses the ones it does not speak) and its `Mcp-Name` must name the tool, so the fast path
 * accepts only what the SDK would; anything else — another method, a rejection, a
 * multi-round-trip or task-augmented call, unusual headers — goes to the SDK. The answer is the
 * one the SDK writes: the result with the server's identity in `_meta` and `resultType`.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { RequestId } from "@modelcontextprotocol/sdk/types.js";
import { plainJsonPost } from "./session-fast-call.js";

type V2Server = typeof import("@modelcontextprotocol/server");

/**
 * The one revision the fast path serves: the one whose answer it writes byte for byte (see
 * {@link modernAnswer}). Any other — one the SDK refuses as unsupported, or a later one a newer
 * SDK may speak — goes to the SDK, which decides (the SDK does not export its list of modern
 * revisions, so the fast path does not guess it).
 */
const FAST_PATH_REVISION = "2026-07-28";

/** The params a plain call may carry; anything more (a task, input responses, request state) is the SDK's. */
const PLAIN_PARAMS = new Set(["name", "arguments", "_meta"]);

/** A plain 2026-07-28 `tools/call`: its id and params, as the SDK's classifier admitted them. */
export interface ModernToolCall {
  readonly id: RequestId;
  readonly name: string;
  readonly arguments: Record<string, unknown> | undefined;
  readonly meta: Record<string, unknown> | undefined;
}

/**
 * The call in a POST when the SDK's classifier admits it as a modern `tools/call` request with
 * plain params and the headers are the usual ones; undefined otherwise (serve it with the SDK).
 *
 * @example
 * ```ts
 * const call = modernToolCall(v2, req.headers, body);
 * if (call) await serve(call);
 * ```
 */
export function modernToolCall(v2: V2Server, headers: IncomingHttpHeaders, body: unknown): ModernToolCall | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body) || (body as { method?: unknown }).method !== "tools/call") return undefined;
  if (!plainJsonPost(headers)) return undefined;
  // Custom parameter headers (SEP-2243's Mcp-Param-*) are checked against the tool's schema: the SDK's to do.
  for (const key in headers) if (key.startsWith("mcp-param-")) return undefined;
  const version = headers["mcp-protocol-version"];
  const method = headers["mcp-method"];
  const name = headers["mcp-name"];
  if (typeof version !== "string" || typeof method !== "string" || (name !== undefined && typeof name !== "string")) return undefined;
  const outcome = v2.classifyInboundRequest({
    httpMethod: "POST",
    protocolVersionHeader: version,
    mcpMethodHeader: method,
    ...(name !== undefined ? { mcpNameHeader: name } : {}),
    body,
  });
  if (outcome.kind !== "modern" || outcome.messageKind !== "request" || outcome.message.method !== "tools/call") return undefined;
  // The classifier calls every revision from 2026-07-28 on modern, including ones the SDK does
  // not speak (2027-01-01): the SDK's handler answers those 400, -32022 Unsupported protocol
  // version, before anything runs. Only the revision whose answer this path writes is taken.
  if (outcome.classification.revision !== FAST_PATH_REVISION) return undefined;
  const params = outcome.message.params as Record<string, unknown> | undefined;
  if (!params || Object.keys(params).some((k) => !PLAIN_PARAMS.has(k))) return undefined;
  const args = params.arguments;
  const meta = params._meta;
  if (typeof params.name !== "string") return undefined;
  // The classifier leaves Mcp-Name to the transport: it must name the tool (around optional
  // whitespace, RFC 9110 §5.5); a missing, different or Base64-wrapped one is the SDK's to judge.
  if (name === undefined || name.trim() !== params.name || method.trim() !== "tools/call") return undefined;
  if (args !== undefined && (typeof args !== "object" || args === null || Array.isArray(args))) return undefined;
  return {
    id: outcome.message.id,
    name: params.name,
    arguments: args as Record<string, unknown> | undefined,
    meta: meta as Record<string, unknown> | undefined,
  };
}

/**
 * The answer the SDK writes for a tool's result: `_meta` gains the server's identity, and a
 * result that says nothing of its type is `complete`.
 *
 * @example
 * ```ts
 * writeJsonRpc(res, undefined, modernAnswer(id, result, { name: "portcullis-gateway/crm", version: "0.1.0" }));
 * ```
 */
export function modernAnswer(v2: V2Server, id: RequestId, result: Record<string, unknown>, serverInfo: { name: string; version: string }): unknown {
  const { _meta, ...rest } = result;
  // Key for key as the SDK writes it: `_meta` first, `resultType` last.
  const meta = { ...(_meta as Record<string, unknown> | undefined), [v2.SERVER_INFO_META_KEY]: serverInfo };
  return { result: { _meta: meta, ...rest, resultType: rest.resultType ?? "complete" }, jsonrpc: "2.0", id };
}
