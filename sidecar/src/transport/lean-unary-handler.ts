/**
 * The hot path of the listener: unary Connect calls (POST, `application/proto` or
 * `application/json`, uncompressed) to the data-plane service, served without the Connect
 * framework's per-request machinery — no universal request/response objects, no async
 * iterables, no web `Headers` unless someone reads them, no abort controller aborted per
 * call. The body has already been buffered by the listener within its bounds; it is decoded
 * with the same options the router uses, the handler runs through the same gate and
 * interceptors (see unary-invoker.ts), and the answer is the bytes connect-es would send:
 * status, `content-type`, headers, `trailer-` headers, and the Connect error JSON with the
 * status connect-es maps each code to; compressed as connect-es compresses it (the same
 * algorithms, chosen by `accept-encoding` in the same order, from the same size on). The
 * checks come in connect-es's order: the request gate, then the deadline header, the message
 * size limit (`readMaxBytes`) and the decoding.
 *
 * Everything else — gRPC, gRPC-Web, GET requests, compressed bodies, other services,
 * streaming — goes to the framework (`fallback`), which serves the same handler instances.
 */
import {
  fromBinary,
  fromJsonString,
  toBinary,
  toJsonString,
  type BinaryReadOptions,
  type DescMessage,
  type DescMethodUnary,
  type JsonReadOptions,
  type Message,
} from "@bufbuild/protobuf";
import { Code, ConnectError, type ContextValues } from "@connectrpc/connect";
import { type Compression, compressionNegotiate } from "@connectrpc/connect/protocol";
import { codeToHttpStatus, errorToJsonBytes, parseContentType, parseTimeout } from "@connectrpc/connect/protocol-connect";
import { compressionBrotli, compressionGzip } from "@connectrpc/connect-node";
import type * as http from "node:http";
import type * as http2 from "node:http2";
import { takeBufferedBody } from "./buffered-body.js";
import { expiredOnArrival } from "./deadline-headers.js";
import type { DualHandler } from "./dual-protocol-listener.js";
import { compilePlainJsonReader } from "./plain-json-reader.js";
import { decodeUtf8Strict } from "./strict-utf8.js";
import { createTurnEndWriter, type TurnEndWriter } from "./turn-end-writes.js";
import { answerHeaders, type HeadersInit, type UnaryInvoker } from "./unary-invoker.js";

type NodeRequest = http.IncomingMessage | http2.Http2ServerRequest;
type NodeResponse = http.ServerResponse | http2.Http2ServerResponse;

/** Options of {@link createLeanUnaryHandler}. */
export interface LeanUnaryOptions {
  /** Serves what the lean path does not. */
  readonly fallback: DualHandler;
  /** Services whose unary calls take the lean path (type names). */
  readonly services: ReadonlySet<string>;
  /** Decoding options, as the router's for those services. */
  readonly binaryOptions?: Partial<BinaryReadOptions> | undefined;
  readonly jsonOptions?: Partial<JsonReadOptions> | undefined;
  /**
   * The largest request message, as the router's `readMaxBytes` for those services (default
   * connect-es's, 4 GiB - 1); a larger body is answered ResourceExhausted as connect-es answers it.
   */
  readonly readMaxBytes?: number | undefined;
  /** Response compression, as the router's `acceptCompression` (default connectNodeAdapter's: gzip, br). */
  readonly acceptCompression?: readonly Compression[] | undefined;
  /** Answers smaller than this are not compressed (as the router's `compressMinBytes`; default connect-es's, 1024). */
  readonly compressMinBytes?: number | undefined;
  /** Deadlines above this are cut to it; a `connect-timeout-ms` above it is cut too. */
  readonly maxTimeoutMs?: number | undefined;
  /** Per-request context values (e.g. whether it arrived before a drain). */
  readonly contextValues?: ((req: NodeRequest) => ContextValues) | undefined;
  /**
   * Request messages whose JSON the lean path reads with a compiled plain reader
   * (plain-json-reader.ts), protobuf-es decoding what that one leaves to it.
   */
  readonly plainJson?: readonly DescMessage[] | undefined;
}

/** The compiled plain JSON readers of {@link LeanUnaryOptions.plainJson}, by message. */
type PlainReaders = Map<DescMessage, (text: string) => Message | undefined>;

function compilePlainReaders(options: LeanUnaryOptions): PlainReaders {
  const readers: PlainReaders = new Map();
  for (const schema of options.plainJson ?? []) readers.set(schema, compilePlainJsonReader(schema, { recursionLimit: options.jsonOptions?.recursionLimit }));
  return readers;
}

const PROTO = "application/proto";
const JSON_TYPE = "application/json";
/** connect-es's defaults (limit-io.ts; connectNodeAdapter's `acceptCompression`). */
const MAX_READ_MAX_BYTES = 0xffffffff;
const COMPRESS_MIN_BYTES = 1024;
const ACCEPT_COMPRESSION: readonly Compression[] = [compressionGzip, compressionBrotli];

/** The options with connect-es's defaults filled in, once per handler. */
interface Limits {
  readonly readMaxBytes: number;
  readonly acceptCompression: Compression[];
  readonly compressMinBytes: number;
}

/** Request headers as `Headers` takes them: HTTP/2 pseudo-headers left out, repeated ones joined. */
function headerPairs(req: NodeRequest): HeadersInit {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(":") || value === undefined) continue;
    pairs.push([name, Array.isArray(value) ? value.join(", ") : value]);
  }
  return pairs;
}

/**
 * Creates the listener's handler: the lean path for hot unary Connect calls, `fallback` for the rest.
 *
 * @example
 * ```ts
 * const handler = createLeanUnaryHandler(invoker, { fallback: connectNodeAdapter({ routes: invoker.replay }), services: new Set([GovernanceService.typeName]) });
 * ```
 */
export function createLeanUnaryHandler(invoker: UnaryInvoker, options: LeanUnaryOptions): DualHandler {
  const { fallback, services } = options;
  const readers = compilePlainReaders(options);
  const limits: Limits = {
    readMaxBytes: options.readMaxBytes ?? MAX_READ_MAX_BYTES,
    acceptCompression: [...(options.acceptCompression ?? ACCEPT_COMPRESSION)],
    compressMinBytes: options.compressMinBytes ?? COMPRESS_MIN_BYTES,
  };
  // Answers go out together at the end of each turn (turn-end-writes.ts: fewer wake-ups of the client).
  const writer = createTurnEndWriter();
  return (req, res) => {
    const method = req.method === "POST" ? invoker.methodAt(req.url ?? "") : undefined;
    const type = method && services.has(method.parent.typeName) ? leanContentType(req) : undefined;
    if (!method || type === undefined) {
      fallback(req, res);
      return;
    }
    void serve(invoker, options, limits, readers, writer, method, type, req, res);
  };
}

/** `proto` or `json` for a plain unary Connect request, else undefined (the framework's). */
function leanContentType(req: NodeRequest): "proto" | "json" | undefined {
  const encoding = req.headers["content-encoding"];
  if (encoding !== undefined && encoding !== "identity") return undefined;
  const parsed = parseContentType(req.headers["content-type"] ?? null);
  if (parsed === undefined || parsed.stream) return undefined;
  return parsed.binary ? "proto" : "json";
}

async function serve(
  invoker: UnaryInvoker,
  options: LeanUnaryOptions,
  limits: Limits,
  readers: PlainReaders,
  writer: TurnEndWriter,
  method: DescMethodUnary,
  type: "proto" | "json",
  req: NodeRequest,
  res: NodeResponse,
) {
  // The listener has the body already (buffered-body.ts); a bare server's request is a stream.
  const body = takeBufferedBody(req) ?? (await readBody(req));
  // Any length is accepted here and cut to `maxTimeoutMs` by the invoker: connect-es's check
  // refuses a longer deadline as InvalidArgument, which a caller willing to wait longer is not.
  const timeout = parseTimeout((req.headers["connect-timeout-ms"] as string | undefined) ?? null, Number.MAX_SAFE_INTEGER);
  let status = 200;
  let payload: Uint8Array;
  let header: Headers | undefined;
  let trailer: Headers | undefined;
  try {
    // `connect-timeout-ms: 0` is a deadline already past, not none (the invoker reads a
    // timeout of 0 as "no deadline", as connect-es's call options do).
    if (timeout.timeoutMs !== undefined && timeout.timeoutMs < 1) throw expiredOnArrival();
    const answer = await invoker.invoke(method, {
      // After the request gate, as connect-es raises them: a draining sidecar answers a
      // malformed deadline Unavailable, not InvalidArgument.
      message: () => {
        if (timeout.error) throw timeout.error;
        if (body.byteLength > limits.readMaxBytes) throw tooLarge(req, limits.readMaxBytes);
        return decode(method, type, body, options, readers);
      },
      // The caller going away cancels the call: the handler sees its signal abort (and, e.g.,
      // withdraws limits). A listener on the response rather than an AbortController of our
      // own: the invoker's controller is the one the handler sees anyway.
      onCancel: (cancel) => {
        const onClose = () => {
          if (!res.writableFinished) cancel(new ConnectError("the client went away", Code.Canceled));
        };
        // `on`, not `once`: the listener is removed when the call ends either way, and `once`
        // wraps it in an object and a bound function per call.
        res.on("close", onClose);
        return () => res.off("close", onClose);
      },
      timeoutMs: timeout.timeoutMs,
      header: () => headerPairs(req),
      contextValues: options.contextValues?.(req),
      protocolName: "connect",
    });
    ({ header, trailer } = answerHeaders(answer));
    payload = type === "proto" ? toBinary(method.output, answer.message) : Buffer.from(toJsonString(method.output, answer.message));
  } catch (err) {
    const error = err instanceof ConnectError ? err : new ConnectError("internal error", Code.Internal, undefined, undefined, err);
    status = codeToHttpStatus(error.code);
    header = error.metadata;
    payload = errorToJsonBytes(error, {});
  }
  // As connect-es compresses an answer: from `compressMinBytes` on, with the first algorithm
  // of `accept-encoding` it has (the request's own encoding is always identity here). An
  // answer below that size, such as every Authorize, costs one comparison.
  let encoding: string | undefined;
  if (payload.byteLength >= limits.compressMinBytes) {
    const accepted = req.headers["accept-encoding"];
    const compression = accepted ? compressionNegotiate(limits.acceptCompression, null, accepted, "accept-encoding").response : null;
    if (compression) {
      payload = await compression.compress(payload);
      encoding = compression.name;
    }
  }
  respond(writer, res, status, status === 200 ? (type === "proto" ? PROTO : JSON_TYPE) : JSON_TYPE, payload, header, trailer, encoding);
}

/** connect-es's answer to a body over `readMaxBytes` (readAllBytes: with the size when `content-length` gave it). */
function tooLarge(req: NodeRequest, readMaxBytes: number): ConnectError {
  const hint = req.headers["content-length"];
  const declared = hint === undefined ? Number.NaN : Number.parseInt(hint, 10);
  const known = Number.isSafeInteger(declared) && declared >= 0;
  return new ConnectError(
    known && declared > readMaxBytes
      ? `message size ${declared} is larger than configured readMaxBytes ${readMaxBytes}`
      : `message size is larger than configured readMaxBytes ${readMaxBytes}`,
    Code.ResourceExhausted,
  );
}

async function readBody(req: NodeRequest): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

function decode(method: DescMethodUnary, type: "proto" | "json", body: Buffer, options: LeanUnaryOptions, readers: PlainReaders) {
  try {
    if (type === "proto") return fromBinary(method.input, body, options.binaryOptions);
    const text = decodeUtf8Strict(body);
    return readers.get(method.input)?.(text) ?? fromJsonString(method.input, text, options.jsonOptions);
  } catch (err) {
    if (err instanceof ConnectError) throw err; // already the caller's fault, with its message
    // Undecodable bytes are the caller's fault (the framework's path reclassifies them too).
    const why = err instanceof Error ? err.message : String(err);
    throw new ConnectError(type === "proto" ? `parse binary: ${why}` : why, Code.InvalidArgument);
  }
}

/** Writes the answer: headers, `trailer-`-prefixed trailers (Connect unary), the body. */
function respond(
  writer: TurnEndWriter,
  res: NodeResponse,
  status: number,
  contentType: string,
  payload: Uint8Array,
  header: Headers | undefined,
  trailer: Headers | undefined,
  encoding: string | undefined,
) {
  if (res.headersSent || res.destroyed) return;
  const out: Record<string, string> = {};
  header?.forEach((value, name) => {
    if (name !== "content-type" && name !== "content-length") out[name] = value;
  });
  trailer?.forEach((value, name) => {
    out[`trailer-${name}`] = value;
  });
  out["content-type"] = contentType;
  if (encoding !== undefined) out["content-encoding"] = encoding;
  out["content-length"] = String(payload.byteLength);
  writer.write(res, status, out, payload);
}
