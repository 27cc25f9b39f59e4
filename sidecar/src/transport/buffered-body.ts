/**
 * Reads a request's whole body, within the listener's byte budget and request timeout,
 * before the router sees the request.
 *
 * Every RPC of the sidecar is unary (Health.Watch streams only its answer), and connect-node
 * reads a unary body whole before it runs the implementation anyway. Reading it here first
 * means a request whose body is slow or never complete costs only Node's stream objects,
 * not a router pipeline per request (≈50 KB each: 2,000 half-sent HTTP/2 streams held
 * ~100 MB of heap), and that the bytes are counted before anything else holds them.
 *
 * Bytes are reserved where a length is declared, before they arrive: the `content-length`
 * (Connect) or the 5-byte envelope prefix of gRPC and gRPC-Web, which connect-node would
 * otherwise answer by allocating a buffer of the declared size up front. A compressed body
 * also reserves the largest message it may inflate to. Bytes beyond what was declared are
 * charged as they arrive. A body that does not fit, or has not arrived within the request
 * timeout, is refused ({@link BufferedBody.failure}): the caller answers it without the router.
 *
 * The rest of a refused HTTP/1.1 body is read and dropped: the connection needs it gone
 * to read the next request, and a socket closed with unread bytes is reset, which can lose
 * the answer on its way. An HTTP/2 stream is simply no longer read (flow control stops the
 * client). Whatever has not arrived by the request timeout after the answer is given up
 * on: the stream is reset, the HTTP/1.1 connection closed.
 */
import { Code, ConnectError } from "@connectrpc/connect";
import * as http2 from "node:http2";
import type * as http from "node:http";
import type { ByteBudget } from "./byte-budget.js";

type NodeRequest = http.IncomingMessage | http2.Http2ServerRequest;

/** What a {@link BufferedBody} needs besides the request. */
export interface BufferedBodyOptions {
  readonly budget: ByteBudget;
  /** The largest message a compressed body may inflate to (the router's read limit). */
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
  /** gRPC and gRPC-Web: the envelope prefix is still to be read. */
  #enveloped: boolean;
  #queue: Buffer[] = [];
  #failure: ConnectError | undefined;
  #ended = false;
  #ready = false;
  #settled = false;
  #discarding = false;
  #answered = false;
  #received = 0;
  #charged = 0;

  constructor(req: NodeRequest, options: BufferedBodyOptions) {
    this.#req = req;
    this.#options = options;
    const headers = req.headers;
    const declared = contentLength(headers["content-length"]);
    this.#enveloped = declared === undefined && String(headers["content-type"] ?? "").startsWith("application/grpc");
    const encoding = headers["content-encoding"] ?? headers["connect-content-encoding"] ?? headers["grpc-encoding"];
    const inflates = encoding !== undefined && encoding !== "identity";
    const reserve = (declared ?? 0) + (inflates ? options.maxMessageBytes : 0);
    // Refused before the router reads the headers: it must not allocate the declared length.
    if (reserve > 0 && !this.#reserve(reserve, declared)) delete headers["content-length"];
    req.on("data", (chunk: Buffer) => this.#onData(chunk));
    req.once("end", () => {
      this.#ended = true;
      this.#settle();
      this.#markReady();
    });
    req.once("close", () => {
      // The client is gone: nobody to answer, so the request is not handed on.
      if (!this.#ended) this.#failure ??= new ConnectError("the client closed the request before sending all of it", Code.Aborted);
      this.#settle();
    });
    req.on("error", () => undefined); // the close above reports it
    (req as { [Symbol.asyncIterator]: () => AsyncIterator<Buffer> })[Symbol.asyncIterator] = () => this.#iterator();
  }

  /** Why the body was refused, if it was. */
  get failure(): ConnectError | undefined {
    return this.#failure;
  }

  /** Refuses the body: it has not fully arrived within the request timeout. */
  expire(timeoutMs: number): void {
    if (this.#settled) return;
    if (!this.#answered) {
      this.#fail(new ConnectError(`the request body did not arrive within ${timeoutMs} ms (--request-timeout)`, Code.DeadlineExceeded));
      return;
    }
    // Answered long ago, and still the rest of the body has not come: stop waiting for it.
    this.#settle();
    if ("stream" in this.#req) this.#req.stream.close(http2.constants.NGHTTP2_CANCEL);
    else this.#req.socket.destroy();
  }

  /** The answer is out (or the response closed): return the reservation. Idempotent. */
  finish(): void {
    if (this.#answered) return;
    this.#answered = true;
    this.#options.budget.release(this.#charged);
    this.#charged = 0;
    this.#queue = [];
    if (!this.#ended) this.#discard();
  }

  #iterator(): AsyncIterator<Buffer> {
    return {
      next: () => {
        if (this.#failure) return Promise.reject(this.#failure);
        const value = this.#queue.shift();
        return Promise.resolve(value ? { value, done: false } : { value: undefined, done: true });
      },
    };
  }

  #onData(chunk: Buffer): void {
    if (this.#discarding) return;
    const before = this.#received;
    this.#received += chunk.length;
    if (this.#enveloped && this.#received >= 5) {
      this.#enveloped = false;
      const prefix = before === 0 ? chunk : Buffer.concat([...this.#queue, chunk]);
      // The whole envelope as declared; the per-message limit is the router's to enforce.
      if (!this.#reserve(5 + prefix.readUInt32BE(1), 5 + prefix.readUInt32BE(1))) return;
    }
    const extra = this.#received - this.#charged;
    if (extra > 0 && !this.#reserve(extra, undefined)) return;
    this.#queue.push(chunk);
  }

  /** Reserves `bytes` more, or refuses the body. */
  #reserve(bytes: number, declared: number | undefined): boolean {
    const budget = this.#options.budget;
    if (budget.tryReserve(bytes)) {
      this.#charged += bytes;
      return true;
    }
    const limit = `${mib(budget.limit)} the sidecar buffers for all requests together (--max-inflight-bytes)`;
    let message = `the sidecar is buffering ${mib(budget.used)} of request bodies, its limit is ${mib(budget.limit)} (--max-inflight-bytes); retry shortly`;
    if (declared !== undefined && declared > budget.limit) message = `request body of ${mib(declared)} is larger than the ${limit}`;
    else if (this.#charged + bytes > budget.limit) message = `request body is larger than the ${limit}`;
    this.#fail(new ConnectError(message, Code.ResourceExhausted));
    return false;
  }

  #fail(error: ConnectError): void {
    if (this.#failure || this.#ended) return;
    this.#failure = error;
    this.#discard();
    this.#markReady();
  }

  /** Reads and drops the rest of the body, and lets go of what was queued. */
  #discard(): void {
    if (this.#discarding) return;
    this.#discarding = true;
    this.#queue = [];
    if ("stream" in this.#req) this.#req.pause();
    else this.#req.resume();
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

function contentLength(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
