/**
 * A lean Connect transport for unary calls over HTTP/1.1 keep-alive — the SDK's default.
 *
 * connect-node's HTTP/1.1 client is built for streams: it flushes the request head on its own
 * (two writes, so the sidecar reads a head and then waits for the body), pipes body and answer
 * through async iterables, races every step against a sentinel, and ends each call by aborting
 * a linked AbortController (a DOMException per call). For one small protobuf each way that was
 * ~2.5× the host's CPU of the same call made with `http.request` alone (BENCHMARKS.md, transport).
 * Here a call is one write of head and body and one buffer of answer; the Connect protocol's
 * rules (headers, deadline, error JSON, status codes, `trailer-` headers) are Connect's own
 * functions. With interceptors, calls go through Connect's protocol transport instead, on the
 * same lean HTTP client, so interceptors see exactly what they see elsewhere.
 */
import * as http from "node:http";
import { create, fromBinary, isMessage, toBinary } from "@bufbuild/protobuf";
import { appendHeaders, Code, ConnectError, type Interceptor, type Transport } from "@connectrpc/connect";
import { getAbortSignalReason, validateReadWriteMaxBytes, type UniversalClientFn } from "@connectrpc/connect/protocol";
import {
  createTransport as createConnectProtocolTransport,
  errorFromJsonBytes,
  requestHeader,
  trailerDemux,
  validateResponseWithCompression,
} from "@connectrpc/connect/protocol-connect";
import { answerTooLarge, DEFAULT_READ_MAX_BYTES } from "./read-max-bytes.js";

/**
 * Node's codes for a connection that failed or ended. Before the answer's head they mean the
 * sidecar did not answer — down, not yet up, or closing the connection as it shuts down —
 * and the call is Unavailable, as gRPC has it for a broken transport; once the answer has
 * begun, a lost connection leaves the call without a decision (Aborted).
 */
const NETWORK = new Set([
  "ECONNREFUSED",
  "ENOENT",
  "ECONNRESET",
  "EPIPE",
  "ECONNABORTED",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ERR_STREAM_DESTROYED",
]);

/** Options of {@link createUnaryHttp1Transport}. */
export interface UnaryHttp1TransportOptions {
  /** e.g. `http://127.0.0.1:7878`, or `http://localhost` with a `socketPath`. */
  readonly baseUrl: string;
  /** Passed to `http.request`: the keep-alive agent, and `socketPath` for a Unix socket. */
  readonly nodeOptions: http.RequestOptions;
  readonly interceptors?: readonly Interceptor[];
  /** The largest answer body read (default {@link DEFAULT_READ_MAX_BYTES}); a larger one is ResourceExhausted. */
  readonly readMaxBytes?: number;
}

/**
 * The unary half of a Connect transport (binary protobuf, HTTP/1.1). Pair it with another
 * transport's `stream` for streaming methods.
 *
 * @example
 * ```ts
 * const agent = new http.Agent({ keepAlive: true });
 * const { unary } = createUnaryHttp1Transport({ baseUrl: "http://localhost", nodeOptions: { agent, socketPath } });
 * ```
 */
export function createUnaryHttp1Transport(options: UnaryHttp1TransportOptions): Pick<Transport, "unary"> {
  const interceptors = [...(options.interceptors ?? [])];
  // Connect's own check of the bound (a positive number up to 4 GiB), as its transports do.
  const { readMaxBytes } = validateReadWriteMaxBytes(options.readMaxBytes ?? DEFAULT_READ_MAX_BYTES, undefined, undefined);
  if (interceptors.length > 0) {
    return createConnectProtocolTransport({
      baseUrl: options.baseUrl,
      httpClient: createUnaryHttp1Client(options.nodeOptions, readMaxBytes),
      interceptors,
      useBinaryFormat: true,
      acceptCompression: [],
      sendCompression: null,
      ...validateReadWriteMaxBytes(readMaxBytes, undefined, undefined),
    });
  }
  const base = options.baseUrl.replace(/\/+$/, "");
  const unary: Transport["unary"] = async (method, signal, timeoutMs, header, message) => {
    const deadline = timeoutMs === undefined || timeoutMs <= 0 ? undefined : timeoutMs;
    const input = isMessage(message, method.input) ? message : create(method.input, message);
    const headers = nodeHeaders(requestHeader("unary", true, deadline, header, true));
    const url = `${base}/${method.parent.typeName}/${method.name}`;
    const answer = await exchange(url, headers, toBinary(method.input, input), options.nodeOptions, signal, deadline, readMaxBytes);
    const all = webHeaders(answer.headers);
    const { isUnaryError, unaryError } = validateResponseWithCompression("unary", [], true, answer.status, all);
    const [responseHeader, trailer] = trailerDemux(all);
    if (isUnaryError) throw errorFromJsonBytes(answer.body, appendHeaders(responseHeader, trailer), unaryError!);
    return { stream: false, service: method.parent, method, header: responseHeader, message: fromBinary(method.output, answer.body), trailer };
  };
  return { unary };
}

/**
 * A `UniversalClientFn` for unary calls over HTTP/1.1, for Connect's own transport (the
 * interceptor path of {@link createUnaryHttp1Transport}).
 *
 * @example
 * ```ts
 * const httpClient = createUnaryHttp1Client({ agent, socketPath }, DEFAULT_READ_MAX_BYTES);
 * ```
 */
export function createUnaryHttp1Client(nodeOptions: http.RequestOptions, readMaxBytes: number): UniversalClientFn {
  return async (req) => {
    let body: Uint8Array = new Uint8Array(0);
    if (req.body) {
      const chunks: Uint8Array[] = [];
      for await (const chunk of req.body) chunks.push(chunk);
      body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    }
    // The signal carries the deadline (runUnaryCall aborts it with DeadlineExceeded).
    const answer = await exchange(req.url, nodeHeaders(req.header), body, nodeOptions, req.signal, undefined, readMaxBytes);
    return { status: answer.status, header: webHeaders(answer.headers), body: once(answer.body), trailer: new Headers() };
  };
}

interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/**
 * One request, written whole, and its whole answer; rejects with a ConnectError. An answer
 * larger than `readMaxBytes` is refused unread when its content-length says so, and otherwise
 * as soon as it passes the bound (the connection is destroyed: the rest is never buffered).
 */
function exchange(
  url: string,
  headers: http.OutgoingHttpHeaders,
  body: Uint8Array,
  nodeOptions: http.RequestOptions,
  signal: AbortSignal | undefined,
  timeoutMs: number | undefined,
  readMaxBytes: number,
): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    if (signal?.aborted) {
      reject(ConnectError.from(getAbortSignalReason(signal), Code.Canceled));
      return;
    }
    headers["content-length"] = body.byteLength;
    const request = http.request(url, { ...nodeOptions, method: "POST", headers });
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (error: ConnectError | undefined, answer?: Answer) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      if (timer) clearTimeout(timer);
      if (error) {
        reject(error);
        request.destroy();
      } else resolve(answer!);
    };
    function onAbort() {
      settle(ConnectError.from(getAbortSignalReason(signal!), Code.Canceled));
    }
    signal?.addEventListener("abort", onAbort);
    if (timeoutMs !== undefined) timer = setTimeout(() => settle(new ConnectError("the operation timed out", Code.DeadlineExceeded)), timeoutMs);
    let answering = false;
    request.on("error", (reason) => settle(connectErrorFromNode(reason, answering ? Code.Aborted : Code.Unavailable)));
    request.on("response", (response) => {
      answering = true;
      const declared = Number(response.headers["content-length"]);
      if (declared > readMaxBytes) {
        settle(answerTooLarge(declared, readMaxBytes));
        return;
      }
      const chunks: Buffer[] = [];
      let received = 0;
      response.on("data", (chunk: Buffer) => {
        received += chunk.byteLength;
        if (received > readMaxBytes) settle(answerTooLarge(undefined, readMaxBytes));
        else chunks.push(chunk);
      });
      response.on("error", (reason) => settle(connectErrorFromNode(reason, Code.Aborted)));
      response.on("end", () => {
        settle(undefined, { status: response.statusCode ?? 0, headers: response.headers, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) });
      });
      // Closed before the whole answer came: the connection was lost mid-call.
      response.on("close", () => {
        if (!response.complete) settle(new ConnectError("the connection closed before the whole answer arrived", Code.Aborted));
      });
    });
    request.end(body);
  });
}

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

function nodeHeaders(headers: Headers): http.OutgoingHttpHeaders {
  const result: http.OutgoingHttpHeaders = {};
  headers.forEach((value, key) => {
    result[key] = value;
  });
  return result;
}

function webHeaders(node: http.IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const key in node) {
    const value = node[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else headers.set(key, value);
  }
  return headers;
}

/** A Node error as a ConnectError: a network failure takes `network`, anything else is Internal. */
function connectErrorFromNode(reason: unknown, network: Code): ConnectError {
  if (reason instanceof ConnectError) return reason;
  const code = reason instanceof Error && "code" in reason && typeof reason.code === "string" ? reason.code : "";
  const error = ConnectError.from(reason, NETWORK.has(code) ? network : Code.Internal);
  if (error !== reason) error.cause = reason;
  return error;
}
