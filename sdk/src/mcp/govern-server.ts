/**
 * `governServer`: the same decisions for teams that own their MCP server — an `McpServer` or
 * low-level `Server` of the v1 `@modelcontextprotocol/sdk` or of the v2
 * `@modelcontextprotocol/server` (both eras: 2025-11-25 sessions and 2026-07-28 per-request
 * servers under `createMcpHandler`). Its tools/list answers only the tools the caller may see
 * and its tools/call runs the governed call around the tool's handler. The caller is the
 * request's bearer token, as the MCP authorization spec has it: v1 `extra.authInfo`, v2
 * `ctx.http.authInfo`, set by the SDK's bearer auth middleware (`requireBearerAuth`, e.g. with
 * {@link sidecarTokenVerifier}) or by the transport. The sidecar checks the token; the tool
 * handler never sees it — neither in the auth info nor in the request's `authorization` header.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { governedCall, governedToolList, type DownstreamCredential, type GovernedTarget } from "./governed-call.js";
import { errorResult, type McpCallParams, type McpTool } from "./mcp-shapes.js";
import { logScan, ProgressGuard, progressScan, type LogParams, type LogScan, type ProgressParams, type ProgressScan } from "./progress-guard.js";
import { ToolCatalog, type ReadToolsPage } from "./tool-catalog.js";
import { traceFromMeta } from "./trace-context.js";

/** The SDKs' raw request handler (what `Protocol` keeps per method, v1 and v2 alike). */
type RawHandler = (request: { method: string; params?: Record<string, unknown> }, extra: RequestExtra) => Promise<unknown>;

type AuthInfoLike = { token?: string; [key: string]: unknown };

/**
 * The parts of the handler's `extra` (v1) or `ctx` (v2) this module reads; the rest passes
 * through. v1: `authInfo`, `requestInfo.headers`, `signal`; v2: `http.authInfo`, `http.req`
 * (a fetch Request), `mcpReq.signal`.
 */
interface RequestExtra {
  authInfo?: AuthInfoLike;
  requestInfo?: { headers?: Record<string, unknown>; [key: string]: unknown };
  http?: { authInfo?: AuthInfoLike; req?: Request; [key: string]: unknown };
  mcpReq?: { signal?: AbortSignal; [key: string]: unknown };
  [key: string]: unknown;
}

/** What the v1 or v2 `Server` (the `Protocol` under an `McpServer`) offers this module. */
interface ProtocolLike {
  setRequestHandler(...args: unknown[]): void;
  /** Sends a notification on the connection (v1 and v2); `sendLoggingMessage` sends through it. */
  notification?(notification: { method?: unknown; params?: unknown }, options?: { relatedRequestId?: unknown; [key: string]: unknown }): Promise<void>;
  getClientCapabilities?(): { elicitation?: { url?: object } } | undefined;
}

/**
 * What a governed tool handler finds in `extra.portcullis`.
 *
 * @example
 * ```ts
 * server.registerTool("search", config, async (args, extra) => {
 *   const { credential } = (extra as GovernedExtra).portcullis; // the user's Jira credential, if the policy gives one
 * });
 * ```
 */
export interface GovernedExtra {
  portcullis: { decisionId: string; credential: DownstreamCredential | undefined };
}

/**
 * Options of {@link governServer}.
 *
 * @example
 * ```ts
 * const options: GovernServerOptions = { governance, server: "jira" };
 * ```
 */
export interface GovernServerOptions extends Omit<GovernedTarget, "token" | "workflowId" | "onConnectRequired"> {
  /** The workflow id of a request (step caps, duplicate guards), e.g. from a header or `_meta`. */
  workflowId?: ((params: McpCallParams, extra: Readonly<Record<string, unknown>>) => string | undefined) | undefined;
}

const GOVERNED = new WeakSet<RawHandler>();
/** The JSON-RPC error a server returns when the user must complete a URL-mode elicitation first (spec 2025-11-25). */
const URL_ELICITATION_REQUIRED = -32042;
const INVALID_REQUEST = -32600;

/**
 * Governs an MCP server's tools/list and tools/call; call it before or after registering tools.
 *
 * @example
 * ```ts
 * const server = governServer(new McpServer({ name: "jira", version: "1.0.0" }), { governance, server: "jira" });
 * server.registerTool("search_issues", { inputSchema: { q: z.string() } }, async ({ q }) => search(q));
 * app.post("/mcp", requireBearerAuth({ verifier: sidecarTokenVerifier(governance, "jira") }), handle);
 * ```
 */
export function governServer<S extends object>(server: S, options: GovernServerOptions): S {
  const protocol = ("server" in server ? server.server : server) as ProtocolLike;
  const handlers = (protocol as unknown as { _requestHandlers?: unknown })._requestHandlers;
  if (!(handlers instanceof Map) || typeof protocol.setRequestHandler !== "function") {
    throw new TypeError("governServer: expected an McpServer or Server of @modelcontextprotocol/sdk (v1) or @modelcontextprotocol/server (v2)");
  }
  const table = handlers as Map<string, RawHandler>;
  const { workflowId, ...common } = options;
  // The real tools this server lists (real names): their hints, their output schemas, the names a call may use.
  const catalog = new ToolCatalog();

  /** The server's own tools/list, page by page, as the request's caller would read it. */
  const readPage =
    (extra: RequestExtra, meta: unknown): ReadToolsPage =>
    async (cursor) => {
      const list = table.get("tools/list");
      if (!list) return { tools: [] };
      const raw = GOVERNED.has(list) ? (list as RawHandler & { inner: RawHandler }).inner : list;
      // The request's own `_meta`: a 2026-07-28 server validates the per-request envelope in it.
      const params = { ...(cursor === undefined ? {} : { cursor }), ...(meta === undefined ? {} : { _meta: meta }) };
      return (await raw({ method: "tools/list", params }, extra)) as { tools: McpTool[]; nextCursor?: string };
    };

  const wrapList =
    (inner: RawHandler): RawHandler =>
    async (request, extra) => {
      const token = tokenOf(extra);
      if (!token) throw rpcError(INVALID_REQUEST, "Portcullis: tools/list needs the caller's bearer token");
      const result = (await inner(request, withoutToken(extra))) as { tools: McpTool[] };
      catalog.remember(result.tools);
      const target = { ...common, token };
      try {
        return { ...result, tools: await governedToolList(target, result.tools, traceFromMeta(request.params?._meta)) };
      } catch (err) {
        throw rpcError(INVALID_REQUEST, `Portcullis refused tools/list: ${(err as Error).message}`);
      }
    };

  const wrapCall =
    (inner: RawHandler): RawHandler =>
    async (request, extra) => {
      const params = (request.params ?? {}) as McpCallParams;
      const token = tokenOf(extra);
      const clean = withoutToken(extra);
      if (!token) return errorResult(`Portcullis refused the call to ${params.name}: no bearer token; authenticate to this server`);
      const signal = signalOf(extra);
      const target: GovernedTarget = {
        ...common,
        token,
        workflowId: workflowId?.(params, clean),
        // The client can open a link itself: ask it to (URL-mode elicitation), else the isError text carries it.
        onConnectRequired: protocol.getClientCapabilities?.()?.elicitation?.url
          ? ({ url, message }) => {
              throw rpcError(URL_ELICITATION_REQUIRED, message, { elicitations: [{ mode: "url", message, url, elicitationId: url }] });
            }
          : undefined,
      };
      // A name not held yet: the whole list, once, for its hints, its output schema and for
      // `listed`; behind a virtual server, the real tool an exposed (`as:`) name stands for.
      const route = await catalog.route(target, params, { read: readPage(clean, params._meta), trace: traceFromMeta(params._meta), signal });
      const call = {
        tool: params.name,
        arguments: params.arguments,
        annotations: route.annotations,
        meta: params._meta,
        signal,
        // The handler runs the decision's real tool, which the server must list: a low-level
        // handler that folds case would run `delete_issue` for `DELETE_ISSUE`, which a deny of
        // `delete_*` misses.
        listed: route.listed,
        outputSchema: route.outputSchema,
      };
      return governedCall(target, call, async ({ meta, credential, decisionId, trace, target: to }) => {
        const portcullis: GovernedExtra["portcullis"] = { decisionId, credential };
        // The handler's progress reaches the caller with its message through the guardrails, in order, none after the answer.
        // So do its log messages (v1 `sendNotification`, v2 `ctx.mcpReq.notify` and `ctx.mcpReq.log`).
        const scanned = { tool: params.name, decisionId, annotations: call.annotations, trace, signal: call.signal };
        const progress = guardedNotifications(clean, progressScan(target, scanned), logScan(target, scanned));
        // And the server-wide log (`sendLoggingMessage`) the handler writes to while it runs.
        const serverLog = serverNotification && logGuard((notification) => serverNotification(notification), logScan(target, scanned));
        if (serverLog) progress.guards.push(serverLog);
        try {
          // Under the real tool's name: behind a virtual server the caller may have used the one it exposes.
          const run = () => inner({ ...request, params: { ...params, name: to.tool, _meta: meta } }, { ...progress.extra, portcullis });
          return (await (serverLog ? inCall.run(serverLog, run) : run())) as Awaited<ReturnType<Parameters<typeof governedCall>[2]>>;
        } finally {
          await Promise.all(progress.guards.map((guard) => guard.close(!call.signal?.aborted)));
        }
      });
    };

  const govern = () => {
    for (const [method, wrap] of [
      ["tools/list", wrapList],
      ["tools/call", wrapCall],
    ] as const) {
      const inner = table.get(method);
      if (!inner || GOVERNED.has(inner)) continue;
      const governed = Object.assign(wrap(inner), { inner });
      GOVERNED.add(governed);
      table.set(method, governed);
    }
  };
  // A log message the server sends on the connection (`sendLoggingMessage`, no request of its
  // own) while a governed handler runs is that call's: behind the call's guard. Messages about a
  // request (`relatedRequestId`: v1's `extra.sendNotification`) are guarded where they are sent.
  const inCall = new AsyncLocalStorage<ProgressGuard>();
  const serverNotification = typeof protocol.notification === "function" ? protocol.notification.bind(protocol) : undefined;
  if (serverNotification) {
    protocol.notification = (notification, options) => {
      const guard = notification?.method === "notifications/message" && options?.relatedRequestId === undefined ? inCall.getStore() : undefined;
      return guard ? guard.pushLog((notification.params ?? {}) as LogParams) : serverNotification(notification, options);
    };
  }
  // v2 builds each request's `ctx.mcpReq.log` over the `mcpReq.notify` it is given, not the one
  // a handler finds in its ctx: it is given one that a governed call can put behind its guard.
  const buildContext = (protocol as { buildContext?: unknown }).buildContext;
  if (typeof buildContext === "function") {
    (protocol as { buildContext?: unknown }).buildContext = (ctx: RequestExtra, ...rest: unknown[]) =>
      buildContext.call(protocol, reroutableNotify(ctx), ...rest) as unknown;
  }
  // McpServer installs its tool handlers at the first registerTool: govern them as they come.
  // Every argument is passed on: v2 also takes (method, schemas, handler).
  const setRequestHandler = protocol.setRequestHandler.bind(protocol);
  protocol.setRequestHandler = (...args: unknown[]) => {
    setRequestHandler(...args);
    govern();
  };
  govern();
  return server;
}

type Notify = (notification: { method?: unknown; params?: unknown }, ...rest: unknown[]) => Promise<void>;

/** Where a request's `mcpReq.notify`, as its `ctx.mcpReq.log` calls it, sends: set by a governed call. */
interface NotifyRoute {
  original: Notify;
  to: Notify;
}
const NOTIFY_ROUTES = new WeakMap<Notify, NotifyRoute>();

/** The context v2 builds a request's `ctx` from, with a `mcpReq.notify` whose destination a governed call can change. */
function reroutableNotify(ctx: RequestExtra): RequestExtra {
  const original = ctx?.mcpReq?.notify;
  if (typeof original !== "function") return ctx;
  const route: NotifyRoute = { original: original as Notify, to: original as Notify };
  const notify: Notify = (notification, ...rest) => route.to(notification, ...rest);
  NOTIFY_ROUTES.set(notify, route);
  return { ...ctx, mcpReq: { ...ctx.mcpReq, notify } };
}

/**
 * The handler's `extra` with its progress and log notifications behind a {@link ProgressGuard}:
 * v1 `extra.sendNotification`, v2 `ctx.mcpReq.notify` and `ctx.mcpReq.log` (which sends
 * through the request's notify). Other notifications pass as they are.
 */
function guardedNotifications(extra: RequestExtra, scan: ProgressScan, scanLog: LogScan): { extra: RequestExtra; guards: ProgressGuard[] } {
  const guards: ProgressGuard[] = [];
  const guarded = (send: Notify): Notify => {
    const guard = new ProgressGuard((params) => send({ method: "notifications/progress", params }), scan, {
      deliver: (params) => send({ method: "notifications/message", params }),
      scan: scanLog,
    });
    guards.push(guard);
    return (notification, ...rest) => {
      if (notification?.method === "notifications/progress") return guard.push((notification.params ?? {}) as ProgressParams);
      if (notification?.method === "notifications/message") return guard.pushLog((notification.params ?? {}) as LogParams);
      return send(notification, ...rest);
    };
  };
  const out: RequestExtra = { ...extra };
  if (typeof extra.sendNotification === "function") out.sendNotification = guarded(extra.sendNotification as Notify);
  const notify = extra.mcpReq?.notify;
  if (extra.mcpReq && typeof notify === "function") {
    const route = NOTIFY_ROUTES.get(notify as Notify);
    const via = guarded(route?.original ?? (notify as Notify));
    // `ctx.mcpReq.log` sends through the route: behind the guard from now on (after the answer, withheld).
    if (route) route.to = via;
    out.mcpReq = { ...extra.mcpReq, notify: via };
    // A log this module could not put behind the guard is not sent (fail closed).
    if (!route && typeof extra.mcpReq.log === "function") out.mcpReq.log = () => Promise.resolve();
  }
  return { extra: out, guards };
}

/** A guard of log messages only, delivered by `send` once scanned. */
function logGuard(send: Notify, scan: LogScan): ProgressGuard {
  return new ProgressGuard(
    () => undefined,
    async () => undefined,
    { deliver: (params) => send({ method: "notifications/message", params }), scan },
  );
}

/** The caller's bearer token: v1 `extra.authInfo`, v2 `ctx.http.authInfo`. */
function tokenOf(extra: RequestExtra): string | undefined {
  return extra.authInfo?.token || extra.http?.authInfo?.token || undefined;
}

/** The handler's view of the request: no bearer token, in the auth info or in the headers (v1 and v2). */
function withoutToken(extra: RequestExtra): RequestExtra {
  const out: RequestExtra = { ...extra };
  if (extra.authInfo) out.authInfo = withoutTokenField(extra.authInfo);
  if (extra.requestInfo?.headers) {
    const { authorization: _authorization, ...headers } = extra.requestInfo.headers;
    out.requestInfo = { ...extra.requestInfo, headers };
  }
  if (extra.http) {
    const http = { ...extra.http };
    if (http.authInfo) http.authInfo = withoutTokenField(http.authInfo);
    if (http.req instanceof Request && http.req.headers.has("authorization")) {
      const headers = new Headers(http.req.headers);
      headers.delete("authorization");
      // Method, URL and headers: the body was parsed into the request the handler gets.
      http.req = new Request(http.req.url, { method: http.req.method, headers });
    }
    out.http = http;
  }
  return out;
}

function withoutTokenField(info: AuthInfoLike): AuthInfoLike {
  const { token: _token, ...rest } = info;
  return rest;
}

function signalOf(extra: RequestExtra): AbortSignal | undefined {
  if (extra.signal instanceof AbortSignal) return extra.signal;
  return extra.mcpReq?.signal instanceof AbortSignal ? extra.mcpReq.signal : undefined;
}

/** An error the SDK turns into a JSON-RPC error with this code and data. */
function rpcError(code: number, message: string, data?: unknown): Error {
  return Object.assign(new Error(message), { code, ...(data === undefined ? {} : { data }) });
}
