/**
 * The service developer's and MCP host builder's client for the Portcullis sidecar.
 *
 * Fail closed by default: when the sidecar cannot be reached or does not answer in time,
 * `authorize` returns a DENY with reason SIDECAR_UNAVAILABLE, `filterTools` returns no
 * tools and `scanResponse` returns BLOCK with a notice in place of the response. Opting in to `failOpen` turns both into "allow, but say so" — never silently.
 */
import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { createClient, type Client, type Interceptor, type Transport } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport, Http2SessionManager } from "@connectrpc/connect-node";
import * as http from "node:http";
import * as net from "node:net";
import {
  AuthorizeResponseSchema,
  Decision,
  FilterToolsResponseSchema,
  GovernanceService,
  Reason,
  ScanAction,
  ScanResponseResponseSchema,
  type AuthorizeRequestSchema,
  type AuthorizeResponse,
  type FilterToolsRequestSchema,
  type FilterToolsResponse,
  type RecordAuditRequestSchema,
  type RecordAuditResponse,
  type ResolveCredentialRequestSchema,
  type ResolveCredentialResponse,
  type ScanResponseRequestSchema,
  type ScanResponseResponse,
} from "./gen.js";
import { GovernanceError } from "./governance-error.js";

/** Options of {@link createGovernanceClient}. Give exactly one of `baseUrl`, `socketPath` and `transport`. */
export interface GovernanceClientOptions {
  /** The sidecar's URL, e.g. `http://127.0.0.1:7878`. */
  baseUrl?: string;
  /** The sidecar's Unix domain socket. */
  socketPath?: string;
  /**
   * Any Connect transport — e.g. an embedded sidecar's in-memory transport
   * (`startEmbedded` from @portcullis/sidecar). `protocol` and `httpVersion` do not apply.
   */
  transport?: Transport;
  /** Wire protocol (default `connect`). */
  protocol?: "connect" | "grpc";
  /**
   * HTTP version: `1.1` (default; keep-alive, the cheapest per call on loopback) or `2`
   * (h2c; multiplexes many concurrent calls on one connection). gRPC always uses 2.
   */
  httpVersion?: "1.1" | "2";
  /** Default deadline of every call in milliseconds (default 1000). */
  timeoutMs?: number;
  /**
   * When the sidecar is unreachable: `false` (default) denies and hides every tool;
   * `true` allows and shows everything, with reason SIDECAR_UNAVAILABLE so it is visible.
   */
  failOpen?: boolean;
  /** Connect interceptors, e.g. for tracing. */
  interceptors?: Interceptor[];
}

/**
 * An Authorize request as the SDK takes it: like the proto message, plus `arguments` as a
 * plain object (serialised to `argumentsJson`). Hosts that already hold the JSON text can
 * pass `argumentsJson` instead.
 */
export type AuthorizeInput = MessageInitShape<typeof AuthorizeRequestSchema> & {
  arguments?: Record<string, unknown> | undefined;
};

/** Per-call options. */
export interface CallOptions {
  /** Deadline of this call in milliseconds. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** A typed client of GovernanceService. */
export interface GovernanceClient {
  /** Decides one tool call. Never throws for an unreachable sidecar (see `failOpen`). */
  authorize(request: AuthorizeInput, options?: CallOptions): Promise<AuthorizeResponse>;
  /** Filters an upstream tools/list. Never throws for an unreachable sidecar (see `failOpen`). */
  filterTools(request: MessageInitShape<typeof FilterToolsRequestSchema>, options?: CallOptions): Promise<FilterToolsResponse>;
  resolveCredential(
    request: MessageInitShape<typeof ResolveCredentialRequestSchema>,
    options?: CallOptions,
  ): Promise<ResolveCredentialResponse>;
  /**
   * Inspects a tool response. Never throws for an unreachable sidecar: fail closed returns
   * BLOCK with a notice in place of the response; `failOpen` returns ALLOW (pass it as is).
   */
  scanResponse(request: MessageInitShape<typeof ScanResponseRequestSchema>, options?: CallOptions): Promise<ScanResponseResponse>;
  recordAudit(request: MessageInitShape<typeof RecordAuditRequestSchema>, options?: CallOptions): Promise<RecordAuditResponse>;
  /** Opens the connection ahead of the first call; rejects when the sidecar is unreachable. */
  ping(options?: CallOptions): Promise<void>;
  /** The underlying Connect client, for calls the wrapper does not cover. */
  readonly raw: Client<typeof GovernanceService>;
  /** The transport, to build clients of other services (e.g. AdminService) on the same connection. */
  readonly transport: Transport;
  /** Closes the connection. */
  close(): void;
}

/**
 * Creates a client of the Portcullis sidecar.
 *
 * @example
 * ```ts
 * const portcullis = createGovernanceClient({ baseUrl: "http://127.0.0.1:7878" });
 * const d = await portcullis.authorize({ token, server: "jira", tool: "create_issue", arguments: { project: "SUP" } });
 * if (d.decision !== Decision.ALLOW) throw new Error(d.message);
 * ```
 */
export function createGovernanceClient(options: GovernanceClientOptions): GovernanceClient {
  const targets = [options.baseUrl, options.socketPath, options.transport].filter((t) => t !== undefined);
  if (targets.length !== 1) {
    throw new TypeError("createGovernanceClient: give exactly one of baseUrl, socketPath and transport");
  }
  const { transport, close } = options.transport ? { transport: options.transport, close: () => undefined } : createTransport(options);
  const raw = createClient(GovernanceService, transport);
  const defaultTimeout = options.timeoutMs ?? 1000;
  const failOpen = options.failOpen ?? false;
  const call = (o: CallOptions | undefined) => ({ timeoutMs: o?.timeoutMs ?? defaultTimeout, signal: o?.signal });

  async function guarded<T>(rpc: string, run: () => Promise<T>, onUnavailable: (err: GovernanceError) => T): Promise<T> {
    try {
      return await run();
    } catch (err) {
      const error = GovernanceError.from(err, rpc);
      if (error.unavailable) return onUnavailable(error);
      throw error;
    }
  }

  async function plain<T>(rpc: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw GovernanceError.from(err, rpc);
    }
  }

  return {
    authorize: async (request, o) => {
      const message = toAuthorizeRequest(request);
      return guarded(
        "Authorize",
        () => raw.authorize(message, call(o)),
        (error) =>
          create(AuthorizeResponseSchema, {
            decision: failOpen ? Decision.ALLOW : Decision.DENY,
            reason: Reason.SIDECAR_UNAVAILABLE,
            message: `${failOpen ? "allowed without a decision (failOpen)" : "denied (fail closed)"}: ${error.message}`,
          }),
      );
    },
    filterTools: (request, o) =>
      guarded(
        "FilterTools",
        () => raw.filterTools(request, call(o)),
        () => {
          const tools = request.tools ?? [];
          return create(FilterToolsResponseSchema, {
            tools: failOpen ? tools : [],
            hiddenCount: failOpen ? 0 : tools.length,
          });
        },
      ),
    resolveCredential: (request, o) => plain("ResolveCredential", () => raw.resolveCredential(request, call(o))),
    scanResponse: (request, o) =>
      guarded(
        "ScanResponse",
        () => raw.scanResponse(request, call(o)),
        (error) => (failOpen ? passUnscanned() : withheld(request, error)),
      ),
    recordAudit: (request, o) => plain("RecordAudit", () => raw.recordAudit(request, call(o))),
    ping: (o) => plain("Ping", async () => void (await raw.ping({}, call(o)))),
    raw,
    transport,
    close,
  };
}

const WITHHELD = "The tool response was withheld: the governance sidecar could not inspect it.";

/** Fail closed: the agent reads a short notice instead of an uninspected response. */
function withheld(request: MessageInitShape<typeof ScanResponseRequestSchema>, error: GovernanceError): ScanResponseResponse {
  const result = { content: [{ type: "text", text: WITHHELD }], isError: true };
  return create(ScanResponseResponseSchema, {
    action: ScanAction.BLOCK,
    text: request.resultJson ? "" : WITHHELD,
    resultJson: request.resultJson ? JSON.stringify(result) : "",
    profile: `sidecar unavailable (fail closed): ${error.message}`,
  });
}

/** failOpen: the response passes unscanned, and says so. */
function passUnscanned(): ScanResponseResponse {
  return create(ScanResponseResponseSchema, { action: ScanAction.ALLOW, profile: "sidecar unavailable (failOpen: passed unscanned)" });
}

function toAuthorizeRequest(input: AuthorizeInput): MessageInitShape<typeof AuthorizeRequestSchema> {
  const { arguments: args, ...rest } = input;
  if (args === undefined) return rest;
  if (rest.argumentsJson) throw new TypeError("authorize: give either arguments or argumentsJson, not both");
  return { ...rest, argumentsJson: JSON.stringify(args) };
}

function createTransport(options: GovernanceClientOptions): { transport: Transport; close: () => void } {
  const protocol = options.protocol ?? "connect";
  // HTTP/1.1 keep-alive is the default: on loopback it costs less per call than h2c, on
  // both ends (BENCHMARKS.md, transport: p50 349 vs 523 µs, sidecar CPU 207 vs 298 µs per
  // call). h2c multiplexes and wins when many calls are in flight on one client.
  const httpVersion = protocol === "grpc" ? "2" : (options.httpVersion ?? "1.1");
  const baseUrl = options.baseUrl ?? "http://localhost";
  const common = { baseUrl, interceptors: options.interceptors ?? [], useBinaryFormat: true };
  if (httpVersion === "1.1") {
    // Our own agent, so close() ends this client's connections and no one else's; LIFO
    // reuse keeps a few warm sockets instead of cycling through many.
    const agent = new http.Agent({ keepAlive: true, scheduling: "lifo" });
    const nodeOptions = { agent, ...(options.socketPath ? { socketPath: options.socketPath } : {}) };
    return { transport: createConnectTransport({ ...common, httpVersion, nodeOptions }), close: () => agent.destroy() };
  }
  const socketPath = options.socketPath;
  // Node's default of 10 MB per HTTP/2 session counts the requests a client is still
  // sending; a burst of large FilterTools calls would reset its own streams.
  const sessionOptions = {
    maxSessionMemory: 64,
    ...(socketPath ? { createConnection: () => net.connect({ path: socketPath }) } : {}),
  };
  const sessionManager = new Http2SessionManager(baseUrl, { idleConnectionTimeoutMs: 15 * 60_000 }, sessionOptions);
  const transport =
    protocol === "grpc"
      ? createGrpcTransport({ ...common, sessionManager })
      : createConnectTransport({ ...common, httpVersion, sessionManager });
  return { transport, close: () => sessionManager.abort() };
}

