/**
 * The 2025-11-25 face of the gateway: MCP sessions (`initialize`, `Mcp-Session-Id`) over
 * Streamable HTTP, served by the v1 SDK's Server and web-standard Streamable HTTP transport. A
 * session belongs to the subject that opened it: another subject's token cannot use it. Each
 * request is governed with the token it carries (a refreshed IdP token keeps the session).
 *
 * Sessions outlive a graceful restart: on shutdown the gateway hands over the sessions still
 * open ({@link SessionEndpoint.openSessions}), and the next process resumes each one on its
 * first request — same id, same subject and endpoint — so a 2025-11-25 client goes on without
 * a step. The spec leaves session state to the server; a session the gateway ended (closed by
 * the client, idle, evicted) or lost (a crash) is never resumed: 404, and the client starts a
 * new one, as the spec prescribes.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  CallToolRequestSchema,
  ErrorCode,
  LATEST_PROTOCOL_VERSION,
  ListToolsRequestSchema,
  McpError,
  type ClientCapabilities,
  type Implementation,
  type CallToolRequest,
  type JSONRPCMessage,
  type RequestId,
} from "@modelcontextprotocol/sdk/types.js";
import { traceFromHeaders } from "@portcullis/sdk/mcp";
import type { Logger } from "../logger.js";
import { RepeatedLines } from "../repeated-lines.js";
import { DownstreamError } from "./downstreams.js";
import { SESSION_DEFAULTS, type SessionLimits } from "./gateway-config.js";
import { CallerRefusedError, type GovernedCalls, type ToolRoute } from "./governed-call.js";
import { JsonSessionTransport } from "./json-session-transport.js";
import type { BearerCaller } from "./resource-auth.js";
import { EventStreamAnswer, progressSinkOf } from "./event-stream-answer.js";
import { cancelledRequest, errorAnswer, invalidToolCallParams, plainToolCall, workflowOf, writeJsonRpc } from "./session-fast-call.js";
import { sendWebResponse } from "./web-http.js";

/** A session unused this long is closed (its client gets 404 and opens a new one, as the spec says). */
const IDLE_SESSION_MS = 30 * 60_000;
/**
 * How long tool list changes are gathered before the sessions are told: a downstream that
 * restarts closes, fails and lists again within moments, and each session hears it once.
 */
const LIST_CHANGED_DEBOUNCE_MS = 250;

/**
 * An open session as a restarted gateway needs it: who opened it where, and what its client
 * said in `initialize`. Holds no token.
 *
 * @example
 * ```ts
 * const handover: ResumableSession[] = sessions.openSessions();
 * ```
 */
export interface ResumableSession {
  readonly id: string;
  readonly endpoint: string;
  readonly subject: string;
  readonly lastUsedMs: number;
  readonly clientInfo: Implementation;
  readonly capabilities: ClientCapabilities;
}

interface Session {
  readonly transport: JsonSessionTransport;
  readonly server: Server;
  readonly endpoint: string;
  readonly subject: string;
  /** Routes from this session's last tools/list: this caller's, never another's. */
  routes: ReadonlyMap<string, ToolRoute>;
  /** Its client has a tool list (it listed, or the session was resumed): it is told when that list may change. */
  listed: boolean;
  lastUsedMs: number;
  /** Calls in flight on the fast path, by JSON-RPC id: cancelled by the client, or with the session. */
  readonly fastCalls: Map<RequestId, AbortController>;
  /** Ids of requests in flight through the SDK's transport (which maps answers by id). */
  readonly sdkCalls: Set<RequestId>;
  closed: boolean;
}

type CallToolParams = CallToolRequest["params"];

/** What a fast-path call still in flight gets when its session closes: what {@link JsonSessionTransport} answers. */
const SESSION_CLOSED = JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message: "The session closed before the answer was ready" }, id: null });

/**
 * Serves the session-based revision on every gateway endpoint.
 *
 * @example
 * ```ts
 * const sessions = new SessionEndpoint(governed, logger, handedOver, { maxSessions: 1000, maxSessionsPerCaller: 100 });
 * await sessions.handle(res, toWebRequest(req, res, url), "research-desk", caller, body);
 * ```
 */
export class SessionEndpoint {
  readonly #governed: GovernedCalls;
  readonly #logger: Logger;
  readonly #evictions: RepeatedLines;
  readonly #sessions = new Map<string, Session>();
  /** Sessions handed over by the previous process, until resumed or idle too long. */
  readonly #resumable: Map<string, ResumableSession>;
  readonly #limits: SessionLimits;
  /** Endpoints whose lists changed since the sessions were last told, and the timer that tells them. */
  readonly #changedEndpoints = new Set<string>();
  #listChangedTimer: NodeJS.Timeout | undefined;

  constructor(governed: GovernedCalls, logger: Logger, resumable: readonly ResumableSession[] = [], limits: SessionLimits = SESSION_DEFAULTS) {
    this.#governed = governed;
    this.#logger = logger;
    this.#evictions = new RepeatedLines(logger);
    this.#limits = limits;
    this.#resumable = new Map(resumable.map((s) => [s.id, s]));
  }

  /**
   * The tool lists of `endpoints` may have changed (see `GovernedCalls.onListChanged`): every
   * open session of them whose client holds a list gets `notifications/tools/list_changed`
   * (on its GET stream), once per burst of changes.
   */
  toolsChanged(endpoints: readonly string[]): void {
    for (const endpoint of endpoints) this.#changedEndpoints.add(endpoint);
    if (this.#listChangedTimer !== undefined || this.#changedEndpoints.size === 0) return;
    this.#listChangedTimer = setTimeout(() => {
      this.#listChangedTimer = undefined;
      const changed = new Set(this.#changedEndpoints);
      this.#changedEndpoints.clear();
      for (const session of this.#sessions.values()) {
        if (session.closed || !session.listed || !changed.has(session.endpoint)) continue;
        // No GET stream open: the SDK's transport drops it, and the client lists when it next needs to.
        session.server.sendToolListChanged().catch((err: unknown) => this.#logger.debug({ why: (err as Error).message }, "list_changed not sent"));
      }
    }, LIST_CHANGED_DEBOUNCE_MS);
    this.#listChangedTimer.unref();
  }

  /** Number of open sessions. */
  get size(): number {
    return this.#sessions.size;
  }

  /**
   * Serves a plain `tools/call` POST (`body` parsed) of a live session of `caller` on `endpoint`
   * without the SDK's transport (session-fast-call.ts); undefined when it is not one — then
   * serve the request with {@link handle}.
   */
  fastCall(req: IncomingMessage, res: ServerResponse, endpoint: string, caller: BearerCaller, body: unknown): Promise<void> | undefined {
    const id = req.headers["mcp-session-id"];
    const session = typeof id === "string" ? this.#sessions.get(id) : undefined;
    if (!session || session.endpoint !== endpoint || session.subject !== caller.principal.subject) return undefined;
    const call = plainToolCall(req.headers, body);
    if (!call) return undefined;
    this.#touch(id as string, session);
    if (inFlight(session, call.id)) return Promise.resolve(refuseDuplicateId(res, call.id));
    return this.#serveFast(res, id as string, session, caller, call.id, call.params);
  }

  /** Serves one HTTP request (`toWebRequest`) of `caller` to `endpoint`; `body` is the parsed JSON of a POST. */
  async handle(res: ServerResponse, request: Request, endpoint: string, caller: BearerCaller, body: unknown): Promise<void> {
    const authInfo = { token: caller.token, clientId: caller.principal.subject, scopes: [] };
    const subject = caller.principal.subject;
    const id = request.headers.get("mcp-session-id");
    if (id !== null) {
      const live = this.#sessions.get(id);
      const session = live ?? (await this.#resume(id, endpoint, subject, request));
      // Another endpoint's or another subject's session does not exist for this caller.
      if (!session || session.endpoint !== endpoint || session.subject !== subject) {
        res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify(jsonRpcError(-32001, "Session not found")));
        return;
      }
      this.#touch(id, session);
      // A cancellation of a fast-path call stops it here; the SDK acknowledges the notification as always.
      const cancelled = cancelledRequest(body);
      if (cancelled !== undefined) session.fastCalls.get(cancelled)?.abort(new Error("the client cancelled the call"));
      // An id still in flight in this session: the SDK's transport would map the new request's
      // answer over the first one's, leaving one exchange unanswered and the other misrouted.
      const requestId = requestIdOf(body);
      if (requestId !== undefined && inFlight(session, requestId)) return refuseDuplicateId(res, requestId);
      // A session this request resumed (fastCall found none yet): its call is served as any live
      // session's — the path that can stream the call's progress, which the SDK's JSON mode drops.
      const call = live ? undefined : plainToolCall(res.req.headers, body);
      if (call) return this.#serveFast(res, id, session, caller, call.id, call.params);
      const invalid = requestId === undefined ? undefined : invalidToolCallParams(body);
      if (invalid !== undefined) return writeJsonRpc(res, id, jsonRpcError(ErrorCode.InvalidParams, `Invalid params: ${invalid}`, requestId));
      if (requestId !== undefined) session.sdkCalls.add(requestId);
      try {
        await sendWebResponse(res, await session.transport.handleRequest(request, { authInfo, parsedBody: body }));
      } finally {
        if (requestId !== undefined) session.sdkCalls.delete(requestId);
      }
      return;
    }
    this.#closeIdle();
    const session = await this.#open(endpoint, subject);
    await sendWebResponse(res, await session.transport.handleRequest(request, { authInfo, parsedBody: body }));
    // Anything but an initialize opens no session: nothing to keep.
    if (session.transport.sessionId === undefined) await session.transport.close();
  }

  /**
   * The sessions still open, for the next process to resume: call it at shutdown, before
   * {@link close}.
   *
   * @example
   * ```ts
   * await writeFile(file, JSON.stringify(sessions.openSessions()));
   * await sessions.close();
   * ```
   */
  openSessions(): ResumableSession[] {
    const open: ResumableSession[] = [];
    for (const [id, s] of this.#sessions) {
      const clientInfo = s.server.getClientVersion();
      if (!clientInfo) continue;
      open.push({ id, endpoint: s.endpoint, subject: s.subject, lastUsedMs: s.lastUsedMs, clientInfo, capabilities: s.server.getClientCapabilities() ?? {} });
    }
    // Handed over to this process and not used yet: still the client's.
    for (const s of this.#resumable.values()) if (!this.#sessions.has(s.id)) open.push(s);
    const cutoff = Date.now() - IDLE_SESSION_MS;
    return open
      .filter((s) => s.lastUsedMs >= cutoff)
      .sort((a, b) => b.lastUsedMs - a.lastUsedMs)
      .slice(0, this.#limits.maxSessions);
  }

  /**
   * Ends every session's GET stream (its server's notifications) cleanly, as a drain begins:
   * its client reconnects — behind a load balancer, to a replica that is not going away —
   * instead of holding a stream that would be cut when the process exits. The sessions stay
   * open: their calls in flight go on, and a DELETE still ends one.
   */
  endListeningStreams(): void {
    for (const session of this.#sessions.values()) session.transport.closeStandaloneSSEStream();
  }

  /** Closes every session. */
  async close(): Promise<void> {
    clearTimeout(this.#listChangedTimer);
    this.#listChangedTimer = undefined;
    const all = [...this.#sessions.values()];
    this.#sessions.clear();
    this.#evictions.flush();
    await Promise.allSettled(all.map((s) => s.transport.close()));
  }

  /** Marks a session used now; most recently used last, so eviction takes the longest idle. */
  #touch(id: string, session: Session): void {
    this.#sessions.delete(id);
    this.#sessions.set(id, session);
    session.lastUsedMs = Date.now();
  }

  /** The fast path's call: the same governed call and `workflowId` as the SDK path's handler, answered as the SDK would. */
  async #serveFast(res: ServerResponse, sessionId: string, session: Session, caller: BearerCaller, id: RequestId, params: CallToolParams): Promise<void> {
    const controller = new AbortController();
    session.fastCalls.set(id, controller);
    // A client that hangs up does not wait for its answer: the downstream call is cut off too.
    const hungUp = () => controller.abort(new Error("the client closed the connection"));
    res.once("close", hungUp);
    // JSON, unless the call's progress turns it into an event stream (event-stream-answer.ts).
    const out = new EventStreamAnswer(res, sessionId);
    let answer: JSONRPCMessage;
    try {
      const result = await this.#governed.callTool({
        token: caller.token,
        endpoint: session.endpoint,
        name: params.name,
        arguments: params.arguments,
        workflowId: workflowOf(params._meta) ?? sessionId,
        route: session.routes.get(params.name),
        meta: params._meta,
        trace: traceFromHeaders(res.req.headers),
        signal: controller.signal,
        progress: progressSinkOf(params._meta, out),
      });
      answer = { jsonrpc: "2.0", id, result };
    } catch (err) {
      answer = errorAnswer(id, err);
    } finally {
      session.fastCalls.delete(id);
      res.off("close", hungUp);
    }
    if (session.closed) {
      if (out.streaming) out.answer(JSON.parse(SESSION_CLOSED));
      else if (!res.headersSent) res.writeHead(503, { "content-type": "application/json" }).end(SESSION_CLOSED);
      return;
    }
    out.answer(answer);
  }

  /**
   * Keeps the bounds after `subject` opened a session: past the caller's own cap its longest
   * idle session is closed, then past the total the longest idle of anybody's. The map is in
   * order of last use, oldest first.
   */
  #evictOver(subject: string): void {
    let own = 0;
    for (const s of this.#sessions.values()) if (s.subject === subject) own++;
    for (const [id, s] of this.#sessions) {
      if (own <= this.#limits.maxSessionsPerCaller) break;
      if (s.subject !== subject) continue;
      this.#evict(id, s, "the caller's session cap");
      own--;
    }
    for (const [id, s] of this.#sessions) {
      if (this.#sessions.size <= this.#limits.maxSessions) break;
      this.#evict(id, s, "the gateway's session cap");
    }
  }

  #evict(id: string, session: Session, why: string): void {
    this.#sessions.delete(id);
    // A caller opening sessions in a loop evicts one per new session: once a minute per
    // caller and cap, with the count (repeated-lines.ts).
    this.#evictions.write(
      "info",
      `${session.endpoint}\0${session.subject}\0${why}`,
      { endpoint: session.endpoint, subject: session.subject, why },
      "longest idle session closed",
    );
    void session.transport.close();
  }

  /** Closes the sessions idle past IDLE_SESSION_MS; the map is in order of last use, oldest first. */
  #closeIdle(): void {
    const cutoff = Date.now() - IDLE_SESSION_MS;
    for (const [id, session] of this.#sessions) {
      if (session.lastUsedMs >= cutoff) break;
      this.#sessions.delete(id);
      void session.transport.close();
    }
  }

  /**
   * Resumes a session the previous process handed over, for its own subject and endpoint:
   * the client's `initialize` is replayed to a fresh server under the same session id.
   */
  async #resume(id: string, endpoint: string, subject: string, request: Request): Promise<Session | undefined> {
    const handed = this.#resumable.get(id);
    if (!handed || handed.endpoint !== endpoint || handed.subject !== subject) return undefined;
    this.#resumable.delete(id);
    if (handed.lastUsedMs < Date.now() - IDLE_SESSION_MS) return undefined;
    const session = await this.#open(endpoint, subject, id);
    const headers = { "content-type": "application/json", accept: "application/json, text/event-stream" };
    const protocolVersion = request.headers.get("mcp-protocol-version") ?? LATEST_PROTOCOL_VERSION;
    const initialize = {
      jsonrpc: "2.0" as const,
      id: 0,
      method: "initialize",
      params: { protocolVersion, capabilities: handed.capabilities, clientInfo: handed.clientInfo },
    };
    const initialized = { jsonrpc: "2.0" as const, method: "notifications/initialized" };
    const replay = async (message: object, extra: Record<string, string>) => {
      const response = await session.transport.handleRequest(
        new Request(request.url, { method: "POST", headers: { ...headers, ...extra }, body: JSON.stringify(message) }),
        {
          parsedBody: message,
        },
      );
      await response.body?.cancel();
      return response.ok;
    };
    if (!(await replay(initialize, {})) || !(await replay(initialized, { "mcp-session-id": id, "mcp-protocol-version": protocolVersion }))) {
      await session.transport.close();
      return undefined;
    }
    // Its client holds the list it got from the previous process.
    session.listed = true;
    this.#logger.info({ endpoint, sessionId: id }, "session resumed after a restart");
    return session;
  }

  async #open(endpoint: string, subject: string, resumedId?: string): Promise<Session> {
    // The SDK's transport, less its JSON-mode leak (see json-session-transport.ts).
    const transport: JsonSessionTransport = new JsonSessionTransport({
      sessionIdGenerator: () => resumedId ?? randomUUID(),
      // One JSON body per answer: a plain body costs less than an SSE stream per call (measured:
      // p50 8.3 → 5.2 ms on a loaded machine). This mode drops mid-call notifications, so every
      // plain tools/call — the one request with progress to relay — is served on the fast path,
      // which streams when there is progress (see handle).
      enableJsonResponse: true,
      onsessioninitialized: (id) => {
        this.#sessions.set(id, session);
        this.#evictOver(subject);
      },
      onsessionclosed: (id) => void this.#sessions.delete(id),
    });
    transport.onclose = () => {
      if (transport.sessionId) this.#sessions.delete(transport.sessionId);
      session.closed = true;
      for (const call of session.fastCalls.values()) call.abort(new Error("the session closed"));
    };
    const server = new Server(
      { name: `portcullis-gateway/${endpoint}`, version: "0.1.0" },
      // listChanged: the session is told when its filtered list may have changed (toolsChanged).
      { capabilities: { tools: { listChanged: true } }, instructions: `Tools of '${endpoint}', governed by Portcullis.` },
    );
    const session: Session = {
      transport,
      server,
      endpoint,
      subject,
      routes: new Map(),
      listed: false,
      lastUsedMs: Date.now(),
      fastCalls: new Map(),
      sdkCalls: new Set(),
      closed: false,
    };
    server.setRequestHandler(ListToolsRequestSchema, async (_req, extra) => {
      const listed = await this.#governed.listTools(extra.authInfo!.token, endpoint, extra.signal).catch(asMcpError);
      session.routes = listed.routes;
      session.listed = true;
      return { tools: listed.tools };
    });
    server.setRequestHandler(CallToolRequestSchema, async (req, extra) => {
      const name = req.params.name;
      return this.#governed.callTool({
        token: extra.authInfo!.token,
        endpoint,
        name,
        arguments: req.params.arguments,
        // Steps and duplicate guards count per MCP session unless the client names its run.
        workflowId: workflowOf(req.params._meta) ?? extra.sessionId,
        route: session.routes.get(name),
        meta: req.params._meta,
        trace: traceFromHeaders(extra.requestInfo?.headers),
        signal: extra.signal,
      });
    });
    server.onerror = (err) => this.#logger.debug({ endpoint, why: err.message }, "gateway session error");
    await server.connect(transport);
    return session;
  }
}

/**
 * A list's failure as the JSON-RPC error the client gets. The v1 SDK's `McpError` puts
 * `MCP error <code>: ` before its message, and the server sends that message as it is: a v1
 * client, whose own `McpError` adds the prefix again, showed it twice, and the 2026-07-28 face
 * sends the same failure without it. So the wire carries the message alone, on both.
 */
function asMcpError(err: unknown): never {
  if (err instanceof CallerRefusedError) throw wireError(ErrorCode.InvalidRequest, `token refused: ${err.message}`);
  if (err instanceof DownstreamError) throw wireError(ErrorCode.InternalError, err.callerMessage);
  throw err;
}

/** An `McpError` whose message (what the SDK's server sends) is `message` alone, without the SDK's `MCP error <code>: `. */
function wireError(code: number, message: string): McpError {
  const error = new McpError(code, message);
  error.message = message;
  return error;
}

function jsonRpcError(code: number, message: string, id: RequestId | null = null): unknown {
  return { jsonrpc: "2.0", error: { code, message }, id };
}

/** The id of a JSON-RPC request (not a notification, not a response), or undefined. */
function requestIdOf(body: unknown): RequestId | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const { method, id } = body as { method?: unknown; id?: unknown };
  if (typeof method !== "string") return undefined;
  return typeof id === "string" || (typeof id === "number" && Number.isFinite(id)) ? id : undefined;
}

const inFlight = (session: Session, id: RequestId): boolean => session.fastCalls.has(id) || session.sdkCalls.has(id);

function refuseDuplicateId(res: ServerResponse, id: RequestId): void {
  res
    .writeHead(400, { "content-type": "application/json" })
    .end(JSON.stringify(jsonRpcError(-32600, `request id ${JSON.stringify(id)} is still in flight in this session; give each request its own id`, id)));
}
