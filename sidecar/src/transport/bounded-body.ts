/**
 * A request body as connect-node reads it (`for await (const chunk of req)`), held to the
 * listener's byte budget and request timeout.
 *
 * The refusal travels the way connect-node already reports a body it cannot read: the
 * iterator rejects with a ConnectError, so Connect, gRPC and gRPC-Web callers each get
 * their protocol's ResourceExhausted or DeadlineExceeded, and nothing here writes a
 * response. A declared `content-length` is reserved before a byte is read; when it does
 * not fit, the header is dropped as well, because connect-node would otherwise allocate a
 * buffer of that size up front. Bodies without a length are charged as they arrive.
 *
 * A refused body is read and dropped rather than left in the socket: HTTP/1.1 needs the
 * rest of it gone to read the next request (and a socket closed with unread bytes is
 * reset, losing the answer), and an HTTP/2 stream is ended with RST_STREAM(NO_ERROR) once
 * the answer is out, which tells the client to stop sending (RFC 9113 §8.1).
 */
import { Code, ConnectError } from "@connectrpc/connect";
import * as http2 from "node:http2";
import type * as http from "node:http";
import type { ByteBudget } from "./byte-budget.js";

type NodeRequest = http.IncomingMessage | http2.Http2ServerRequest;
type Waiter = { resolve: (r: IteratorResult<Buffer>) => void; reject: (e: unknown) => void };

/**
 * Replaces the request's async iterator with a bounded one.
 *
 * @example
 * ```ts
 * const body = new BoundedBody(req, budget, () => pending.delete(body));
 * res.once("finish", () => body.finish());
 * res.once("close", () => body.finish());
 * handler(req, res); // connect-node reads req through the bounded iterator
 * ```
 */
export class BoundedBody {
  /** When the request's head arrived, for the request timeout. */
  readonly startedAt = Date.now();
  readonly #req: NodeRequest;
  readonly #budget: ByteBudget;
  readonly #onSettled: () => void;
  #queue: Buffer[] = [];
  #waiter: Waiter | undefined;
  #failure: ConnectError | undefined;
  #ended = false;
  #settled = false;
  #discarding = false;
  #answered = false;
  #received = 0;
  #charged = 0;

  /** `onSettled` runs once, when the body has ended or can no longer arrive. */
  constructor(req: NodeRequest, budget: ByteBudget, onSettled: () => void) {
    this.#req = req;
    this.#budget = budget;
    this.#onSettled = onSettled;
    const declared = contentLength(req.headers["content-length"]);
    if (declared !== undefined) {
      if (budget.tryReserve(declared)) this.#charged = declared;
      else {
        delete req.headers["content-length"];
        this.#fail(overBudget(budget, declared));
      }
    }
    req.on("data", (chunk: Buffer) => this.#onData(chunk));
    req.once("end", () => this.#onEnd());
    req.once("close", () => {
      if (!this.#ended) this.#fail(new ConnectError("the client closed the request before sending all of it", Code.Aborted));
      this.#settle();
    });
    req.on("error", () => undefined); // the close above reports it; connect-node watches errors itself
    (req as { [Symbol.asyncIterator]: () => AsyncIterator<Buffer> })[Symbol.asyncIterator] = () => this.#iterator();
  }

  /** Refuses the body: it did not arrive within the request timeout. */
  expire(timeoutMs: number): void {
    if (this.#settled) return;
    if (this.#answered) {
      // Nobody is waiting for the rest of it any more: stop reading it.
      this.#abandon();
      return;
    }
    this.#fail(new ConnectError(`the request body did not arrive within ${timeoutMs} ms (--request-timeout)`, Code.DeadlineExceeded));
  }

  /** The answer is out (or the response closed): return the reservation. Idempotent. */
  finish(): void {
    if (this.#answered) return;
    this.#answered = true;
    this.#budget.release(this.#charged);
    this.#charged = 0;
    if (this.#ended) return;
    this.#discard();
    const stream = "stream" in this.#req ? this.#req.stream : undefined;
    if (stream && !stream.closed) stream.close(http2.constants.NGHTTP2_NO_ERROR);
  }

  #iterator(): AsyncIterator<Buffer> {
    return {
      next: () => {
        if (this.#failure) return Promise.reject(this.#failure);
        const chunk = this.#queue.shift();
        if (chunk) {
          if (this.#queue.length === 0 && !this.#ended) this.#req.resume();
          return Promise.resolve({ value: chunk, done: false });
        }
        if (this.#ended) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => (this.#waiter = { resolve, reject }));
      },
      // The reader stopped early (connect-node found too many bytes): drop the rest.
      return: () => {
        this.#discard();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }

  #onData(chunk: Buffer): void {
    if (this.#discarding) return;
    this.#received += chunk.length;
    const extra = this.#received - this.#charged;
    if (extra > 0) {
      if (!this.#budget.tryReserve(extra)) {
        this.#fail(overBudget(this.#budget, undefined, this.#received));
        return;
      }
      this.#charged += extra;
    }
    const waiter = this.#waiter;
    if (waiter) {
      this.#waiter = undefined;
      waiter.resolve({ value: chunk, done: false });
      return;
    }
    this.#queue.push(chunk);
    // Hold the rest in the socket (HTTP/2: in the peer, by flow control) until it is asked for.
    this.#req.pause();
  }

  #onEnd(): void {
    this.#ended = true;
    this.#settle();
    const waiter = this.#waiter;
    this.#waiter = undefined;
    waiter?.resolve({ value: undefined, done: true });
  }

  #fail(error: ConnectError): void {
    if (this.#failure) return;
    this.#failure = error;
    this.#discard();
    const waiter = this.#waiter;
    this.#waiter = undefined;
    waiter?.reject(error);
  }

  /** Reads and drops the rest of the body, and releases what was queued. */
  #discard(): void {
    if (this.#discarding) return;
    this.#discarding = true;
    this.#queue = [];
    this.#req.resume();
  }

  /** Gives up on a body nobody reads: reset its stream, or close its HTTP/1.1 connection. */
  #abandon(): void {
    this.#settle();
    if ("stream" in this.#req) this.#req.stream.close(http2.constants.NGHTTP2_CANCEL);
    else this.#req.socket.destroy();
  }

  #settle(): void {
    if (this.#settled) return;
    this.#settled = true;
    this.#onSettled();
  }
}

function contentLength(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}

/** The refusal of a body: too large for the budget at all, or for what is left of it now. */
function overBudget(budget: ByteBudget, declared: number | undefined, received = 0): ConnectError {
  const limit = `${mib(budget.limit)} the sidecar buffers for all requests together (--max-inflight-bytes)`;
  let message = `the sidecar is buffering ${mib(budget.used)} of request bodies, its limit is ${mib(budget.limit)} (--max-inflight-bytes); retry shortly`;
  if (declared !== undefined && declared > budget.limit) message = `request body of ${mib(declared)} is larger than the ${limit}`;
  if (declared === undefined && received > budget.limit) message = `request body is larger than the ${limit}`;
  return new ConnectError(message, Code.ResourceExhausted);
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
