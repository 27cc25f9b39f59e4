/**
 * Reads a request's whole body, within the listener's byte budget, the largest message and
 * the request timeout, before the router sees the request.
 *
 * Every RPC of the sidecar is unary (Health.Watch streams only its answer), and connect-node
 * reads a unary body whole before it runs the implementation anyway. Reading it here first
 * means a request whose body is slow or never complete costs only Node's stream objects,
 * not a router pipeline per request (≈50 KB each: 2,000 half-sent HTTP/2 streams held
 * ~100 MB of heap), and that the bytes are counted before anything else holds them.
 *
 * Bytes are claimed against the budget as they arrive, never before: a declared length (the
 * `content-length` of Connect and gRPC-Web, or the 5-byte envelope prefix of gRPC) reserves
 * nothing, since claiming it up front let a few sockets that declared 16 MiB and sent one
 * byte refuse every other call until the request timeout while holding no memory. A
 * declared length is still checked at once: larger than the largest message, or than the
 * whole budget, it can never be accepted and is refused without waiting for it. A body that
 * declares a few KiB or less may use the budget's small reserve ({@link SMALL_BODY_BYTES}),
 * so slowly arriving large bodies cannot starve the hot path. A compressed body claims the
 * largest message, which it may inflate to, once it is complete (the router inflates it
 * only then). A body that does not fit, or has not arrived within the request timeout, is
 * refused ({@link failure}) and the caller answers it without the router.
 *
 * The rest of a refused body is not read: flow control (TCP's, or HTTP/2's per stream)
 * stops the client, which still reads the answer. Reading and dropping it instead costs as
 * much churn as the flood itself (+50 MB RSS for 45 refused 16 MiB bodies).
 */
import { Code } from "@connectrpc/connect";
import * as http2 from "node:http2";
import * as http from "node:http";
import { type ByteBudget, SMALL_BODY_BYTES } from "./byte-budget.js";
import type { Refusal } from "./refusal.js";
import { requestEncoding, wireProtocol } from "./wire-protocol.js";

type NodeRequest = http.IncomingMessage | http2.Http2ServerRequest;

/** Where a {@link BufferedHttp1Request} or {@link BufferedHttp2Request} holds its body. */
const BODY = Symbol("portcullis.bufferedBody");

interface BufferedRequestFields {
  [BODY]: BufferedBody | undefined;
}

/**
 * Node's request classes, reading a body their {@link BufferedBody} has taken from the stream:
 * `for await (const chunk of req)` (how connect-es and the lean handler read a body) gets the
 * buffered chunks. Given to the HTTP/1.1 and HTTP/2 servers (`IncomingMessage`,
 * `Http2ServerRequest` options) so that the iterator lives on their prototype. Set on each
 * request instead (as before), it made V8 keep every request's objects through two young-
 * generation collections: ~2 KB promoted to the old generation per call, which a bare
 * `node:http` server does not (BENCHMARKS.md, floor).
 *
 * @example
 * ```ts
 * const server = http.createServer({ IncomingMessage: BufferedHttp1Request }, onRequest);
 * ```
 */
export class BufferedHttp1Request extends http.IncomingMessage implements BufferedRequestFields {
  [BODY]: BufferedBody | undefined = undefined;
  override [Symbol.asyncIterator](): RequestIterator {
    const body = this[BODY];
    return body ? iterable(body.chunks()) : super[Symbol.asyncIterator]();
  }
}

/** {@link BufferedHttp1Request} for HTTP/2's compatibility API. */
export class BufferedHttp2Request extends http2.Http2ServerRequest implements BufferedRequestFields {
  [BODY]: BufferedBody | undefined = undefined;
  override [Symbol.asyncIterator](): RequestIterator {
    const body = this[BODY];
    return body ? iterable(body.chunks()) : super[Symbol.asyncIterator]();
  }
}

type RequestIterator = ReturnType<http.IncomingMessage[typeof Symbol.asyncIterator]>;

/**
 * The whole body of a request the listener has buffered, as one buffer, taken from it (a later
 * `for await` over the request gets nothing, as after reading it); undefined for a request it
 * did not buffer (not one of the classes above), which the caller reads as a stream. The lean
 * unary path reads bodies this way: `for await` over the buffered chunks cost an iterator
 * object made into a dictionary by `Object.assign` of a symbol key, two promises and as many
 * microtask turns per call, ~2 µs of an Authorize under load (BENCHMARKS.md, floor).
 *
 * @example
 * ```ts
 * const body = takeBufferedBody(req) ?? Buffer.concat(await Array.fromAsync(req));
 * ```
 */
export function takeBufferedBody(req: object): Buffer | undefined {
  return (req as Partial<BufferedRequestFields>)[BODY]?.take();
}

/**
 * When the head of a request the listener buffers arrived (`Date.now()` time), before its
 * body; undefined for a request it did not buffer. Deadlines count from here.
 *
 * @example
 * ```ts
 * const elapsedMs = Date.now() - (arrivedAt(req) ?? Date.now());
 * ```
 */
export function arrivedAt(req: object): number | undefined {
  return (req as Partial<BufferedRequestFields>)[BODY]?.startedAt;
}

function iterable(it: AsyncIterator<Buffer>): RequestIterator {
  return Object.assign(it, { [Symbol.asyncIterator]: () => iterable(it) }) as unknown as RequestIterator;
}

/** The gRPC envelope prefix: a flags byte and a 4-byte length. */
const ENVELOPE = 5;

/**
 * What a {@link BufferedBody} needs besides the request.
 *
 * @example
 * ```ts
 * const options: BufferedBodyOptions = { budget, maxMessageBytes: 16 << 20, onReady, onSettled };
 * ```
 */
export interface BufferedBodyOptions {
  readonly budget: ByteBudget;
  /** The largest message the router accepts, which a compressed body may inflate to. */
  readonly maxMessageBytes: number;
  /** Runs once: the body has fully arrived, or has been refused. Answer the request. */
  readonly onReady: () => void;
  /** Runs once: the body has ended, or can no longer arrive. */
  readonly onSettled: () => void;
}

/**
 * Buffers a request body and replaces the request's async iterator with one over it.
 *
 * @example
 * ```ts
 * const body = new BufferedBody(req, {
 *   budget, maxMessageBytes, onSettled,
 *   onReady: () => (body.failure ? answerRefusal(req, res, body.failure) : handler(req, res)),
 * });
 * res.once("close", () => body.finish());
 * ```
 */
export class BufferedBody {
  /** When the request's head arrived, for the request timeout. */
  readonly startedAt = Date.now();
  readonly #req: NodeRequest;
  readonly #options: BufferedBodyOptions;
  /** gRPC without a declared length: the envelope prefix is still to be read. */
  #enveloped: boolean;
  #queue: Buffer[] = [];
  #failure: Refusal | undefined;
  #ended = false;
  #ready = false;
  #settled = false;
  #answered = false;
  #received = 0;
  #charged = 0;
  /** The size the body declared (content-length or gRPC envelope), once known: only to tell a small body. */
  #declared: number | undefined;
  /** The body is compressed: it claims the largest message once complete, to inflate to. */
  #compressed: boolean;
  /**
   * What a declared size may exceed the largest message by: an enveloped body's 5-byte
   * prefix (gRPC, gRPC-Web, Connect streaming); nothing for a Connect unary body, which is
   * the message itself.
   */
  #envelopeBytes: number;
  /** The body is no longer wanted: refused, or answered before it was complete. */
  #unwanted = false;

  constructor(req: NodeRequest, options: BufferedBodyOptions) {
    this.#req = req;
    this.#options = options;
    const headers = req.headers;
    const declared = contentLength(headers["content-length"]);
    const protocol = wireProtocol(headers["content-type"]);
    this.#enveloped = declared === undefined && (protocol === "grpc" || protocol === "grpc-web");
    this.#envelopeBytes = protocol === "unary" ? 0 : ENVELOPE;
    // Reading first, then perhaps refusing: Node's HTTP/1.1 server reads and drops a body
    // nobody started to read once the answer is out — the very churn refusing avoids.
    req.on("data", (chunk: Buffer) => this.#onData(chunk));
    // `on`, not `once`, for events a request emits once at most (the handlers are idempotent
    // anyway): `once` wraps each listener in an object and a bound function, per request.
    req.on("end", () => {
      // Before `ended`, so that a claim that does not fit still refuses the body.
      if (this.#compressed && !this.#unwanted) this.#claim(this.#options.maxMessageBytes);
      this.#ended = true;
      this.#settle();
      this.#markReady();
    });
    req.on("close", () => {
      // The client is gone: nobody to answer, so the request is not handed on.
      if (!this.#ended) this.#failure ??= { code: Code.Aborted, message: "the client closed the request before sending all of it" };
      this.#settle();
    });
    req.on("error", ignore); // the close above reports it
    // Only the header connect-es reads for this protocol says the body is compressed: it
    // ignores the others (an uncompressed Connect unary call with `grpc-encoding: gzip` is
    // decoded as it is), so they must not charge the largest message either.
    const encoding = requestEncoding(protocol, headers);
    this.#compressed = encoding !== undefined && encoding !== "identity";
    // connect-es answers gRPC-Web's base64 variant 415 (it does not serve it); its body is
    // not gRPC frames, and is never read.
    if (protocol === "grpc-web-text") this.#fail({ code: Code.Unimplemented, message: "gRPC-Web-text is not supported", status: 415 });
    if (declared !== undefined) this.#declare(declared);
    if (this.#compressed) this.#declare(options.maxMessageBytes, true);
    if (BODY in req) (req as BufferedRequestFields)[BODY] = this;
    else (req as { [Symbol.asyncIterator]: () => AsyncIterator<Buffer> })[Symbol.asyncIterator] = () => this.chunks();
  }

  /** The body's chunks, as the request's own async iterator would give them (the request is read already). */
  chunks(): AsyncIterator<Buffer> {
    return {
      next: () => {
        const value = this.#queue.shift();
        return Promise.resolve(value ? { value, done: false } : { value: undefined, done: true });
      },
    };
  }

  /** The chunks not yet read, as one buffer, and none left to read (see {@link takeBufferedBody}). */
  take(): Buffer {
    const queue = this.#queue;
    this.#queue = [];
    return queue.length === 1 ? queue[0]! : Buffer.concat(queue);
  }

  /** Why the body was refused, if it was. */
  get failure(): Refusal | undefined {
    return this.#failure;
  }

  /** Refuses the body: it has not fully arrived within the request timeout. */
  expire(timeoutMs: number): void {
    if (this.#settled) return;
    if (!this.#answered) {
      this.#fail({ code: Code.DeadlineExceeded, message: `the request body did not arrive within ${timeoutMs} ms (--request-timeout)` });
      return;
    }
    // Answered long ago, and still the rest of the body has not come: stop waiting for it.
    this.#settle();
    if ("stream" in this.#req) this.#req.stream.close(http2.constants.NGHTTP2_CANCEL);
    else this.#req.socket.destroy();
  }

  /** The answer is out (or the response closed): return the claimed bytes. Idempotent. */
  finish(): void {
    if (this.#answered) return;
    this.#answered = true;
    this.#options.budget.release(this.#charged);
    this.#charged = 0;
    this.#queue = [];
    if (!this.#ended) this.#stopReading();
  }

  #onData(chunk: Buffer): void {
    if (this.#unwanted) return;
    const before = this.#received;
    this.#received += chunk.length;
    if (this.#enveloped && this.#received >= ENVELOPE) {
      this.#enveloped = false;
      const prefix = before === 0 ? chunk : Buffer.concat([...this.#queue, chunk]);
      if (!this.#declare(ENVELOPE + prefix.readUInt32BE(1))) return;
    }
    if (!this.#claim(chunk.length)) return;
    this.#queue.push(chunk);
  }

  /**
   * Checks a declared size, claiming nothing: one that can never be accepted is refused at
   * once. `inflated`: the size is what a compressed body may inflate to, not its own.
   */
  #declare(size: number, inflated = false): boolean {
    if (this.#failure) return false;
    const { budget, maxMessageBytes } = this.#options;
    if (!inflated) this.#declared = Math.max(this.#declared ?? 0, size);
    if (!inflated && size > maxMessageBytes + this.#envelopeBytes) {
      this.#fail({
        code: Code.ResourceExhausted,
        // In bytes: a body a few bytes over 16 MiB is "16.0 MiB" too.
        message: `request body of ${size} bytes is larger than the largest message the sidecar accepts, ${maxMessageBytes + this.#envelopeBytes} bytes (${mib(maxMessageBytes)})`,
      });
      return false;
    }
    if (size > budget.limit) {
      this.#fail({ code: Code.ResourceExhausted, message: tooLarge(size, budget) });
      return false;
    }
    return true;
  }

  /** Claims `bytes` more of the budget, bytes this body holds now, or refuses the body. */
  #claim(bytes: number): boolean {
    if (this.#failure) return false;
    const { budget } = this.#options;
    const size = Math.max(this.#declared ?? 0, this.#charged + bytes);
    if (budget.tryReserve(bytes, size <= SMALL_BODY_BYTES)) {
      this.#charged += bytes;
      return true;
    }
    const message =
      this.#charged + bytes > budget.limit
        ? tooLarge(this.#charged + bytes, budget)
        : `the sidecar is holding ${mib(budget.used)} of request bodies, its limit (${limitFlag(budget)}) leaves no room for this one; retry shortly`;
    this.#fail({ code: Code.ResourceExhausted, message });
    return false;
  }

  #fail(refusal: Refusal): void {
    if (this.#failure || this.#ended) return;
    this.#failure = refusal;
    this.#stopReading();
    this.#markReady();
  }

  #stopReading(): void {
    this.#unwanted = true;
    this.#queue = [];
    this.#req.pause();
  }

  #markReady(): void {
    if (this.#ready) return;
    this.#ready = true;
    // Never from inside the constructor: the caller has not finished wiring the request.
    process.nextTick(this.#options.onReady);
  }

  #settle(): void {
    if (this.#settled) return;
    this.#settled = true;
    this.#options.onSettled();
  }
}

function ignore(): void {}

function contentLength(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}

function tooLarge(size: number, budget: ByteBudget): string {
  return `request body of ${mib(size)} or more is larger than all the sidecar holds for every request together (${limitFlag(budget)})`;
}

function limitFlag(budget: ByteBudget): string {
  return `--max-inflight-bytes ${mib(budget.limit)}`;
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
