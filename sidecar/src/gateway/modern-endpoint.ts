/**
 * The 2026-07-28 face of the gateway: sessionless requests that carry their protocol version
 * and capabilities in `_meta`, `server/discover`, the `Mcp-Method` / `Mcp-Name` headers
 * checked against the body, private cache hints on the filtered tools/list — all served by
 * the v2 SDK (`@modelcontextprotocol/server` ≥ 2.4, `createMcpHandler`), one per-request
 * server instance per exchange. The governed call is the same module the 2025-11-25 face uses.
 *
 * The v2 server package is an optional peer: without it the gateway serves 2025-11-25 only.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { CallToolResult as V1CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { traceFromHeaders } from "@portcullis/sdk/mcp";
import type { Logger } from "../logger.js";
import { DownstreamError } from "./downstreams.js";
import { CallerRefusedError, type GovernedCalls } from "./governed-call.js";
import { EventStreamAnswer, progressSinkOf } from "./event-stream-answer.js";
import { modernAnswer, modernToolCall } from "./modern-fast-call.js";
import { progressTokenOf } from "./progress-relay.js";
import type { BearerCaller } from "./resource-auth.js";
import { errorAnswer, workflowOf } from "./session-fast-call.js";
import { sendWebResponse } from "./web-http.js";

type V2Server = typeof import("@modelcontextprotocol/server");
type McpHttpHandler = ReturnType<V2Server["createMcpHandler"]>;

/**
 * Serves 2026-07-28 requests on every gateway endpoint.
 *
 * @example
 * ```ts
 * const modern = await ModernEndpoint.load(governed, logger); // undefined without the v2 SDK
 * if (modern && (await modern.claims(request, body))) await modern.handle(res, request, endpoint, caller, body);
 * ```
 */
export class ModernEndpoint {
  readonly #v2: V2Server;
  readonly #governed: GovernedCalls;
  readonly #logger: Logger;
  readonly #handlers = new Map<string, McpHttpHandler>();

  private constructor(v2: V2Server, governed: GovernedCalls, logger: Logger) {
    this.#v2 = v2;
    this.#governed = governed;
    this.#logger = logger;
  }

  /** Loads the v2 SDK; undefined when it is not installed. */
  static async load(governed: GovernedCalls, logger: Logger): Promise<ModernEndpoint | undefined> {
    const v2 = await import("@modelcontextprotocol/server").catch(() => undefined);
    if (!v2) {
      logger.info("@modelcontextprotocol/server not installed: the gateway serves protocol 2025-11-25 only");
      return undefined;
    }
    return new ModernEndpoint(v2, governed, logger);
  }

  /**
   * Whether the request belongs to the modern revision — the SDK's own classification, so the
   * two legs never disagree. Body-less GET and DELETE are 2025 session operations.
   */
  async claims(request: Request, body: unknown): Promise<boolean> {
    if (request.method !== "POST") return false;
    return !(await this.#v2.isLegacyRequest(request, body));
  }

  /**
   * Serves a plain sessionless `tools/call` POST (`body` parsed) without the SDK's per-request
   * server (modern-fast-call.ts); undefined when it is not one — then serve it with {@link handle}.
   */
  fastCall(req: IncomingMessage, res: ServerResponse, endpoint: string, caller: BearerCaller, body: unknown): Promise<void> | undefined {
    const call = modernToolCall(this.#v2, req.headers, body);
    return call ? this.#serveFast(res, endpoint, caller, call) : undefined;
  }

  async #serveFast(res: ServerResponse, endpoint: string, caller: BearerCaller, call: NonNullable<ReturnType<typeof modernToolCall>>): Promise<void> {
    const controller = new AbortController();
    // A client that hangs up does not wait for its answer: the downstream call is cut off too.
    const hungUp = () => controller.abort(new Error("the client closed the connection"));
    res.once("close", hungUp);
    // JSON, unless the call's progress turns it into an event stream, as the SDK's does.
    const out = new EventStreamAnswer(res, undefined);
    let answer: unknown;
    try {
      const result = await this.#governed.callTool({
        token: caller.token,
        endpoint,
        name: call.name,
        arguments: call.arguments,
        workflowId: workflowOf(call.meta),
        meta: call.meta,
        trace: traceFromHeaders(res.req.headers),
        signal: controller.signal,
        progress: progressSinkOf(call.meta, out),
      });
      answer = modernAnswer(this.#v2, call.id, result as Record<string, unknown>, serverInfoOf(endpoint));
    } catch (err) {
      answer = errorAnswer(call.id, err);
    } finally {
      res.off("close", hungUp);
    }
    out.answer(answer);
  }

  /** Serves one modern request (`toWebRequest`, with its parsed `body`) of `caller` to `endpoint`. */
  async handle(res: ServerResponse, request: Request, endpoint: string, caller: BearerCaller, body: unknown): Promise<void> {
    const authInfo = { token: caller.token, clientId: caller.principal.subject, scopes: [] };
    await sendWebResponse(res, await this.#handlerOf(endpoint).fetch(request, { authInfo, parsedBody: body }));
  }

  /** Aborts in-flight modern exchanges. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.#handlers.values()].map((h) => h.close()));
    this.#handlers.clear();
  }

  #handlerOf(endpoint: string): McpHttpHandler {
    let handler = this.#handlers.get(endpoint);
    if (!handler) {
      handler = this.#v2.createMcpHandler(() => this.#serverFor(endpoint), {
        // 2025-era traffic is served by the session endpoint, never here.
        legacy: "reject",
        onerror: (err) => this.#logger.debug({ endpoint, why: err.message }, "modern request refused"),
      });
      this.#handlers.set(endpoint, handler);
    }
    return handler;
  }

  #serverFor(endpoint: string) {
    const v2 = this.#v2;
    const server = new v2.Server(serverInfoOf(endpoint), {
      capabilities: { tools: { listChanged: false } },
      // The list is filtered for its caller: no shared cache may serve it to another.
      cacheHints: { "tools/list": { ttlMs: 0, cacheScope: "private" } },
    });
    const governed = this.#governed;
    server.setRequestHandler("tools/list", async (_req, ctx) => {
      const listed = await governed.listTools(ctx.http!.authInfo!.token, endpoint, ctx.mcpReq.signal).catch((err: unknown) => {
        throw asProtocolError(v2, err);
      });
      return { tools: listed.tools as never };
    });
    server.setRequestHandler("tools/call", async (req, ctx) => {
      const meta = req.params._meta as Record<string, unknown> | undefined;
      const workflowId = workflowOf(meta);
      const token = progressTokenOf(meta);
      const result: V1CallToolResult = await governed.callTool({
        token: ctx.http!.authInfo!.token,
        endpoint,
        name: req.params.name,
        arguments: req.params.arguments,
        workflowId,
        meta,
        trace: traceFromHeaders(ctx.http?.req?.headers),
        signal: ctx.mcpReq.signal,
        // Related to this request: the SDK's per-request transport turns the answer into an
        // event stream at the first notification.
        progress: token === undefined ? undefined : { token, send: (notification) => ctx.mcpReq.notify(notification) },
      });
      return result as never;
    });
    return server;
  }
}

/** What the gateway's server for `endpoint` calls itself. */
function serverInfoOf(endpoint: string): { name: string; version: string } {
  return { name: `portcullis-gateway/${endpoint}`, version: "0.1.0" };
}

function asProtocolError(v2: V2Server, err: unknown): Error {
  if (err instanceof CallerRefusedError) return new v2.ProtocolError(v2.ProtocolErrorCode.InvalidRequest, `token refused: ${err.message}`);
  if (err instanceof DownstreamError) return new v2.ProtocolError(v2.ProtocolErrorCode.InternalError, err.callerMessage);
  return err as Error;
}
