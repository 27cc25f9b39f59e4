/**
 * The service developer's and MCP host builder's client for the Portcullis sidecar.
 *
 * Fail closed by default: when the sidecar cannot be reached or does not answer in time,
 * `authorize` returns a DENY with reason SIDECAR_UNAVAILABLE, `filterTools` returns no
 * tools and `scanResponse` returns BLOCK with a notice in place of the response. Opting in
 * to `failOpen` turns exactly those two cases (Unavailable, DeadlineExceeded) into "allow,
 * but say so" — never silently. A call that ends without a decision for any other reason
 * (the caller's own abort, Canceled, Aborted, Internal, Unknown) is always closed, with
 * reason NO_DECISION.
 */
import type { DescMessage, MessageInitShape } from "@bufbuild/protobuf";
import { Code, ConnectError, createClient, type Client, type Interceptor, type Transport } from "@connectrpc/connect";
import { validateReadWriteMaxBytes } from "@connectrpc/connect/protocol";
import { createTransport as createConnectProtocolTransport } from "@connectrpc/connect/protocol-connect";
import { createTransport as createGrpcProtocolTransport } from "@connectrpc/connect/protocol-grpc";
import { createConnectTransport, createNodeHttpClient } from "@connectrpc/connect-node";
import * as http from "node:http";
import * as net from "node:net";
import {
  AuthorizeRequestSchema,
  AuthorizeResponseSchema,
  FilterToolsRequestSchema,
  FilterToolsResponseSchema,
  GovernanceService,
  RecordAuditRequestSchema,
  RecordAuditResponseSchema,
  ResolveCredentialRequestSchema,
  ResolveCredentialResponseSchema,
  ScanResponseRequestSchema,
  ScanResponseResponseSchema,
  type AuthorizeResponse,
  type FilterToolsResponse,
  type RecordAuditResponse,
  type ResolveCredentialResponse,
  type ScanResponseResponse,
} from "./gen.js";
import { asGovernanceError } from "./governance-error.js";
import { GuardedHttp2SessionManager } from "./guarded-http2-session-manager.js";
import { int64FromNumber, int64ToNumber, type Int64AsNumber, type Int64Input } from "./int64-as-number.js";
import { DEFAULT_READ_MAX_BYTES, boundedAnswers } from "./read-max-bytes.js";
import { refusedStreamsUnavailable } from "./refused-stream.js";
import { withDeadlineGrace } from "./deadline-grace.js";
import { noAnswerDecision, noAnswerScan, noAnswerTools, settleNoAnswer, type NoAnswer } from "./no-answer.js";
import { createUnaryHttp1Transport } from "./unary-http1-transport.js";

/** Options of {@link createGovernanceClient}. Give exactly one of `baseUrl`, `socketPath` and `transport`. */
export interface GovernanceClientOptions {
  /**
   * The sidecar's URL, e.g. `http://127.0.0.1:7878`: `http://` (the sidecar speaks plain
   * HTTP/1.1 and h2c), a host, an optional port and path prefix, no query or fragment. Anything
   * else is a TypeError here, on every transport.
   */
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
  /**
   * Default deadline of every call in milliseconds (default 1000): the sidecar's, sent with
   * the call and enforced there. The SDK waits up to `DEADLINE_GRACE_MS` (50 ms) longer for
   * the answer before it gives up on its own (a sidecar that never answers).
   */
  timeoutMs?: number;
  /**
   * When the sidecar is unreachable or does not answer within the deadline (Unavailable,
   * DeadlineExceeded): `false` (default) denies, hides every tool and blocks responses;
   * `true` allows, shows and passes everything, with reason SIDECAR_UNAVAILABLE so it is
   * visible. Any other call that ends without a decision stays closed either way.
   */
  failOpen?: boolean;
  /** Connect interceptors, e.g. for tracing. */
  interceptors?: Interceptor[];
  /**
   * The largest answer message read, in bytes (default 16 MiB, the sidecar's largest
   * message). A larger answer is refused as soon as it passes the bound, never buffered
   * whole: the call got no decision — `authorize`, `filterTools` and `scanResponse` fail
   * closed (NO_DECISION, even with `failOpen`), the others throw ResourceExhausted. Not
   * applied to a `transport` given here.
   */
  readMaxBytes?: number;
}

/** A request init as the SDK takes it: 64-bit integer fields take a number (or a bigint). */
type Init<Schema extends DescMessage> = Int64Input<MessageInitShape<Schema>>;

/**
 * An Authorize request as the SDK takes it: like the proto message, plus `arguments` as a
 * plain object (serialised to `argumentsJson`). Hosts that already hold the JSON text can
 * pass `argumentsJson` instead.
 */
export type AuthorizeInput = Init<typeof AuthorizeRequestSchema> & {
  arguments?: Record<string, unknown> | undefined;
};

/** Per-call options. */
export interface CallOptions {
  /** Deadline of this call in milliseconds (the sidecar's; the SDK waits up to 50 ms longer for the answer). */
  timeoutMs?: number;
  /** Aborting it ends the call without a decision: closed (DENY, no tools, BLOCK) even with `failOpen`. */
  signal?: AbortSignal;
  /**
   * Request headers of this call, e.g. the caller's W3C `traceparent` so the sidecar's span
   * (and the audit record's trace id) join the host's trace.
   */
  headers?: Record<string, string>;
}

/** A typed client of GovernanceService. 64-bit integer fields are numbers, in and out. */
export interface GovernanceClient {
  /** Decides one tool call. Never throws for an unreachable sidecar (see `failOpen`). */
  authorize(request: AuthorizeInput, options?: CallOptions): Promise<Int64AsNumber<AuthorizeResponse>>;
  /** Filters an upstream tools/list. Never throws for an unreachable sidecar (see `failOpen`). */
  filterTools(request: Init<typeof FilterToolsRequestSchema>, options?: CallOptions): Promise<Int64AsNumber<FilterToolsResponse>>;
  resolveCredential(request: Init<typeof ResolveCredentialRequestSchema>, options?: CallOptions): Promise<Int64AsNumber<ResolveCredentialResponse>>;
  /**
   * Inspects a tool response. Never throws for an unreachable sidecar: fail closed returns
   * BLOCK with a notice in place of the response; `failOpen` returns ALLOW (pass it as is).
   */
  scanResponse(request: Init<typeof ScanResponseRequestSchema>, options?: CallOptions): Promise<Int64AsNumber<ScanResponseResponse>>;
  recordAudit(request: Init<typeof RecordAuditRequestSchema>, options?: CallOptions): Promise<Int64AsNumber<RecordAuditResponse>>;
  /** Opens the connection ahead of the first call; rejects when the sidecar is unreachable. */
  ping(options?: CallOptions): Promise<void>;
  /** The underlying Connect client (protobuf-es types: 64-bit integers are bigint there). */
  readonly raw: Client<typeof GovernanceService>;
  /** The transport, to build clients of other services (e.g. AdminService) on the same connection. */
  readonly transport: Transport;
  /**
   * Closes the connection. Calls still in flight, and any made after, end without a decision
   * (Canceled): closed — DENY, no tools, BLOCK with reason NO_DECISION — even with `failOpen`,
   * since the host closing its own client is not an unreachable sidecar.
   */
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
  if (options.baseUrl !== undefined) checkBaseUrl(options.baseUrl);
  const { transport, close } = options.transport ? { transport: options.transport, close: () => undefined } : createTransport(options);
  const raw = createClient(GovernanceService, transport);
  const defaultTimeout = options.timeoutMs ?? 1000;
  const failOpen = options.failOpen ?? false;
  // Aborted by close(), before the connections go: a call in flight ends Canceled, as the
  // caller's own abort does, on every transport — never as a lost connection (Unavailable),
  // which failOpen would allow.
  const closed = new AbortController();
  const signalOf = (o: CallOptions | undefined) => (o?.signal ? AbortSignal.any([o.signal, closed.signal]) : closed.signal);
  const call = (o: CallOptions | undefined) => ({ timeoutMs: o?.timeoutMs ?? defaultTimeout, signal: signalOf(o), headers: o?.headers });

  async function guarded<T>(rpc: string, o: CallOptions | undefined, run: () => Promise<T>, settle: (n: NoAnswer) => T): Promise<T> {
    try {
      return await run();
    } catch (err) {
      const error = asGovernanceError(err, rpc);
      const noAnswer = settleNoAnswer(error, closed.signal.aborted ? closed.signal : o?.signal, failOpen);
      if (noAnswer) return settle(noAnswer);
      throw error;
    }
  }

  async function plain<T>(rpc: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw asGovernanceError(err, rpc);
    }
  }

  return {
    authorize: async (request, o) => {
      const message = int64FromNumber(AuthorizeRequestSchema, toAuthorizeRequest(request), "Authorize");
      const response = await guarded("Authorize", o, () => raw.authorize(message, call(o)), noAnswerDecision);
      return int64ToNumber(AuthorizeResponseSchema, response);
    },
    filterTools: async (request, o) => {
      const message = int64FromNumber(FilterToolsRequestSchema, request, "FilterTools");
      const response = await guarded(
        "FilterTools",
        o,
        () => raw.filterTools(message, call(o)),
        (noAnswer) => noAnswerTools(message, noAnswer),
      );
      return int64ToNumber(FilterToolsResponseSchema, response);
    },
    resolveCredential: async (request, o) => {
      const message = int64FromNumber(ResolveCredentialRequestSchema, request, "ResolveCredential");
      const response = await plain("ResolveCredential", () => raw.resolveCredential(message, call(o)));
      return int64ToNumber(ResolveCredentialResponseSchema, response);
    },
    scanResponse: async (request, o) => {
      const message = int64FromNumber(ScanResponseRequestSchema, request, "ScanResponse");
      const response = await guarded(
        "ScanResponse",
        o,
        () => raw.scanResponse(message, call(o)),
        (noAnswer) => noAnswerScan(message, noAnswer),
      );
      return int64ToNumber(ScanResponseResponseSchema, response);
    },
    recordAudit: async (request, o) => {
      const message = int64FromNumber(RecordAuditRequestSchema, request, "RecordAudit");
      const response = await plain("RecordAudit", () => raw.recordAudit(message, call(o)));
      return int64ToNumber(RecordAuditResponseSchema, response);
    },
    ping: (o) => plain("Ping", async () => void (await raw.ping({}, call(o)))),
    raw,
    transport,
    close: () => {
      closed.abort(new ConnectError("the governance client was closed", Code.Canceled));
      close();
    },
  };
}

/**
 * Refuses a `baseUrl` no transport could use, at construction and alike on every transport:
 * over HTTP/1.1 a URL without a scheme used to fail every call (a DENY saying "Invalid URL"),
 * and `https://` only at call time.
 */
function checkBaseUrl(baseUrl: string): void {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    url = undefined;
  }
  if (url?.protocol === "http:" && url.host !== "" && url.search === "" && url.hash === "") return;
  throw new TypeError(
    `createGovernanceClient: baseUrl must be the sidecar's plain-HTTP URL — http://, a host, an optional port and path prefix, e.g. "http://127.0.0.1:7878" (the sidecar speaks HTTP/1.1 and h2c, not TLS; a Unix socket is socketPath) — not ${JSON.stringify(baseUrl)}`,
  );
}

function toAuthorizeRequest(input: AuthorizeInput): Init<typeof AuthorizeRequestSchema> {
  const { arguments: args, ...rest } = input;
  if (args === undefined) return rest;
  if (rest.argumentsJson) throw new TypeError("authorize: give either arguments or argumentsJson, not both");
  // JSON.stringify recurses: arguments nested thousands deep (an agent's output, not a tool's
  // schema) overflow the stack, a cycle fails too. Either is the caller's input to fix.
  try {
    return { ...rest, argumentsJson: JSON.stringify(args) };
  } catch (err) {
    throw new TypeError(`authorize: arguments cannot be sent as JSON (${(err as Error).message}); the sidecar takes at most 32 levels of nesting`, {
      cause: err,
    });
  }
}

function createTransport(options: GovernanceClientOptions): { transport: Transport; close: () => void } {
  const protocol = options.protocol ?? "connect";
  // HTTP/1.1 keep-alive is the default: on loopback it costs less per call than h2c, on
  // both ends (BENCHMARKS.md, transport: p50 349 vs 523 µs, sidecar CPU 207 vs 298 µs per
  // call). h2c multiplexes and wins when many calls are in flight on one client.
  const httpVersion = protocol === "grpc" ? "2" : (options.httpVersion ?? "1.1");
  const baseUrl = options.baseUrl ?? "http://localhost";
  // The bound on every answer (unary and each streamed message) on every transport.
  const readMaxBytes = options.readMaxBytes ?? DEFAULT_READ_MAX_BYTES;
  const common = { baseUrl, interceptors: options.interceptors ?? [], useBinaryFormat: true, readMaxBytes };
  if (httpVersion === "1.1") {
    // Our own agent, so close() ends this client's connections and no one else's; LIFO
    // reuse keeps a few warm sockets instead of cycling through many.
    const agent = new http.Agent({ keepAlive: true, scheduling: "lifo" });
    const nodeOptions = { agent, ...(options.socketPath ? { socketPath: options.socketPath } : {}) };
    // Unary calls take the lean transport (one write per call, no stream machinery: half the
    // host's CPU per call, BENCHMARKS.md "transport"); streams (AdminService.QueryAudit) keep
    // connect-node's. No compression is offered: on a local connection it only costs CPU.
    const { unary } = createUnaryHttp1Transport({ baseUrl, nodeOptions, interceptors: common.interceptors, readMaxBytes });
    const streaming = createConnectTransport({ ...common, httpVersion, nodeOptions });
    return { transport: withDeadlineGrace({ unary, stream: streaming.stream }, "connect"), close: () => agent.destroy() };
  }
  const socketPath = options.socketPath;
  // Node's default of 10 MB per HTTP/2 session counts the requests a client is still
  // sending; a burst of large FilterTools calls would reset its own streams.
  const sessionOptions = {
    maxSessionMemory: 64,
    ...(socketPath ? { createConnection: () => net.connect({ path: socketPath }) } : {}),
  };
  // Guarded: close() after a failed connection (a peer that is not h2c) must not crash the host.
  const sessionManager = new GuardedHttp2SessionManager(baseUrl, { idleConnectionTimeoutMs: 15 * 60_000 }, sessionOptions);
  // Connect's protocol transports on connect-node's h2 client, as createConnectTransport and
  // createGrpcTransport build them, but reading through the SDK's bound, so an answer past it
  // is the SDK's own (marked) refusal. No compression is offered, as over HTTP/1.1: on a local
  // connection it only costs CPU, and a compressed answer would be bounded only once inflated,
  // by Connect. A stream the sidecar refused (draining) is Unavailable, as a refused connection is.
  const h2 = refusedStreamsUnavailable(createNodeHttpClient({ httpVersion: "2", sessionProvider: () => sessionManager }));
  const httpClient = boundedAnswers(h2, readMaxBytes);
  const protocolOptions = {
    ...common,
    httpClient,
    acceptCompression: [],
    sendCompression: null,
    ...validateReadWriteMaxBytes(readMaxBytes, undefined, undefined),
  };
  const transport = protocol === "grpc" ? createGrpcProtocolTransport(protocolOptions) : createConnectProtocolTransport(protocolOptions);
  return { transport: withDeadlineGrace(transport, protocol), close: () => sessionManager.abort() };
}
