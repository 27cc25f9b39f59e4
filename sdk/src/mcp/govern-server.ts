/**
 * `governServer`: the same decisions for teams that own their MCP server (v1
 * `@modelcontextprotocol/sdk` `McpServer` or low-level `Server`). Its tools/list answers only
 * the tools the caller may see and its tools/call runs the governed call around the tool's
 * handler. The caller is the request's bearer token, as the MCP authorization spec has it:
 * `extra.authInfo`, set by the SDK's bearer auth middleware (`requireBearerAuth`, e.g. with
 * {@link sidecarTokenVerifier}) or by the transport. The sidecar checks the token; the tool
 * handler never sees it — neither in `authInfo` nor in the request's `authorization` header.
 */
import { governedCall, governedToolList, type DownstreamCredential, type GovernedTarget } from "./governed-call.js";
import { errorResult, type McpCallParams, type McpTool, type McpToolAnnotations } from "./mcp-shapes.js";
import { traceFromMeta } from "./trace-context.js";

/** The v1 SDK's raw request handler (what `Protocol` keeps per method). */
type RawHandler = (request: { method: string; params?: Record<string, unknown> }, extra: RequestExtra) => Promise<unknown>;

/** The parts of the v1 handler `extra` this module reads; the rest passes through. */
interface RequestExtra {
  authInfo?: { token?: string; [key: string]: unknown };
  requestInfo?: { headers?: Record<string, unknown>; [key: string]: unknown };
  [key: string]: unknown;
}

/** What the v1 `Server` (the `Protocol` under an `McpServer`) offers this module. */
interface ProtocolLike {
  setRequestHandler(schema: unknown, handler: unknown): void;
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
    throw new TypeError("governServer: expected an McpServer or Server of @modelcontextprotocol/sdk (v1)");
  }
  const table = handlers as Map<string, RawHandler>;
  const { workflowId, ...common } = options;
  const annotations = new Map<string, McpToolAnnotations | undefined>();

  const listed = async (extra: RequestExtra): Promise<McpTool[]> => {
    const list = table.get("tools/list");
    if (!list) return [];
    const raw = GOVERNED.has(list) ? (list as RawHandler & { inner: RawHandler }).inner : list;
    const { tools } = (await raw({ method: "tools/list", params: {} }, extra)) as { tools: McpTool[] };
    for (const t of tools) annotations.set(t.name, t.annotations);
    return tools;
  };

  const wrapList =
    (inner: RawHandler): RawHandler =>
    async (request, extra) => {
      const token = extra.authInfo?.token;
      if (!token) throw rpcError(INVALID_REQUEST, "Portcullis: tools/list needs the caller's bearer token");
      const result = (await inner(request, withoutToken(extra))) as { tools: McpTool[] };
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
      const token = extra.authInfo?.token;
      const clean = withoutToken(extra);
      if (!token) return errorResult(`Portcullis refused the call to ${params.name}: no bearer token; authenticate to this server`);
      if (!annotations.has(params.name)) await listed(clean);
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
      const call = { tool: params.name, arguments: params.arguments, annotations: annotations.get(params.name), meta: params._meta, signal: signalOf(extra) };
      return governedCall(target, call, async ({ meta, credential, decisionId }) => {
        const portcullis: GovernedExtra["portcullis"] = { decisionId, credential };
        return (await inner({ ...request, params: { ...params, _meta: meta } }, { ...clean, portcullis })) as Awaited<
          ReturnType<Parameters<typeof governedCall>[2]>
        >;
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
  // McpServer installs its tool handlers at the first registerTool: govern them as they come.
  const setRequestHandler = protocol.setRequestHandler.bind(protocol);
  protocol.setRequestHandler = (schema: unknown, handler: unknown) => {
    setRequestHandler(schema, handler);
    govern();
  };
  govern();
  return server;
}

/** The handler's view of the request: no bearer token, in `authInfo` or in the headers. */
function withoutToken(extra: RequestExtra): RequestExtra {
  const out: RequestExtra = { ...extra };
  if (extra.authInfo) {
    const { token: _token, ...info } = extra.authInfo;
    out.authInfo = info;
  }
  if (extra.requestInfo?.headers) {
    const { authorization: _authorization, ...headers } = extra.requestInfo.headers;
    out.requestInfo = { ...extra.requestInfo, headers };
  }
  return out;
}

function signalOf(extra: RequestExtra): AbortSignal | undefined {
  return extra.signal instanceof AbortSignal ? extra.signal : undefined;
}

/** An error the SDK turns into a JSON-RPC error with this code and data. */
function rpcError(code: number, message: string, data?: unknown): Error {
  return Object.assign(new Error(message), { code, ...(data === undefined ? {} : { data }) });
}
