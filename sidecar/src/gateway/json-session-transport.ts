/**
 * The v1 SDK's web-standard Streamable HTTP transport, with the lifecycle of its JSON answers
 * completed.
 *
 * In `enableJsonResponse` mode, `@modelcontextprotocol/sdk` 1.32.2 answers a POST but keeps the
 * POST's stream entry — and through it the request: its URL, its headers, the caller's bearer
 * token — until the session closes. Measured through the gateway: ~5 KB and one token copy
 * held per call, RSS +120 MiB over 24,000 calls of one session. And closing a session while one
 * of its POSTs is in flight (a DELETE, an eviction, shutdown) dropped that POST's answer sink,
 * so its HTTP exchange hung until the client gave up. Upstream:
 * modelcontextprotocol/typescript-sdk#2559 (the v1.x fix, #2747, is not released). When the
 * SDK's internals no longer look as expected, this class does nothing of its own and the
 * stock behaviour applies (its test then fails, which says to look again).
 */
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { isJSONRPCErrorResponse, isJSONRPCResultResponse, type JSONRPCMessage, type RequestId } from "@modelcontextprotocol/sdk/types.js";

interface StreamEntry {
  /** Set on a JSON-mode POST's entry: resolves the Response its `handleRequest` returns. */
  readonly resolveJson?: (response: Response) => void;
}

/** The two maps of the SDK transport this class completes. */
interface Internals {
  readonly _streamMapping: Map<string, StreamEntry>;
  readonly _requestToStreamMapping: Map<RequestId, string>;
}

/** What a POST still in flight gets when its session closes: a JSON-RPC error, as the SDK's later fix answers. */
const SESSION_CLOSED = JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message: "The session closed before the answer was ready" }, id: null });

/**
 * A session transport for JSON answers that holds nothing of a request once it is answered.
 *
 * @example
 * ```ts
 * const transport = new JsonSessionTransport({ sessionIdGenerator: () => randomUUID(), enableJsonResponse: true });
 * ```
 */
export class JsonSessionTransport extends WebStandardStreamableHTTPServerTransport {
  override async send(message: JSONRPCMessage, options?: { relatedRequestId?: RequestId }): Promise<void> {
    const internals = internalsOf(this);
    const requestId = isJSONRPCResultResponse(message) || isJSONRPCErrorResponse(message) ? message.id : options?.relatedRequestId;
    const streamId = internals && requestId !== undefined ? internals._requestToStreamMapping.get(requestId) : undefined;
    await super.send(message, options);
    if (!internals || streamId === undefined) return;
    // Answered when no request of the POST is left waiting: its entry only holds the request now.
    for (const waiting of internals._requestToStreamMapping.values()) if (waiting === streamId) return;
    if (internals._streamMapping.get(streamId)?.resolveJson) internals._streamMapping.delete(streamId);
  }

  override async close(): Promise<void> {
    const internals = internalsOf(this);
    // Every JSON entry left is a POST in flight (answered ones are gone, above): answer it.
    for (const entry of internals?._streamMapping.values() ?? []) {
      entry.resolveJson?.(new Response(SESSION_CLOSED, { status: 503, headers: { "content-type": "application/json" } }));
    }
    await super.close();
  }
}

function internalsOf(transport: WebStandardStreamableHTTPServerTransport): Internals | undefined {
  const t = transport as unknown as Partial<Internals>;
  return t._streamMapping instanceof Map && t._requestToStreamMapping instanceof Map ? (t as Internals) : undefined;
}
