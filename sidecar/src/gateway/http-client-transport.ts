/**
 * The gateway's client side of MCP Streamable HTTP (revision 2025-11-25), on `node:http` with
 * keep-alive sockets. The v1 SDK's `StreamableHTTPClientTransport` goes through `fetch` and web
 * streams; in the gateway that cost ~2 ms of CPU per downstream call on this project's VM, more
 * than all of governance (BENCHMARKS.md, mcp). This transport keeps what a gateway needs of it:
 * POST of every message with the session and protocol headers, answers as JSON or as an event
 * stream, the optional GET stream for the server's own messages (e.g. `tools/list_changed`),
 * redirects followed within the origin only, and bounded reads. What it leaves out is what the
 * gateway never uses: the SDK's OAuth provider (the gateway injects its credentials as headers)
 * and resuming a stream by event id — a stream that ends before its answer fails that request at
 * once (`ConnectionClosed`), so the gateway drops the connection and reconnects on the next call.
 */
import { request as httpRequest, Agent as HttpAgent, type IncomingMessage, type OutgoingHttpHeaders } from "node:http";
import { request as httpsRequest, Agent as HttpsAgent } from "node:https";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { ErrorCode, type JSONRPCMessage, type RequestId } from "@modelcontextprotocol/sdk/types.js";
import { createParser } from "eventsource-parser";

/** Largest answer (one JSON body, or one event of a stream) read from a downstream server, by default. */
export const MAX_DOWNSTREAM_MESSAGE_BYTES = 32 * 1024 * 1024;

/** Options of {@link HttpClientTransport}. */
export interface HttpClientTransportOptions {
  /** Sent with every request (e.g. the credential the gateway injects). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Largest answer read; default {@link MAX_DOWNSTREAM_MESSAGE_BYTES}. */
  readonly maxMessageBytes?: number;
}
/** Same-origin 307/308 redirects followed per request. */
const MAX_REDIRECTS = 3;
/** Delays before reopening the GET stream after it ends, then it is left closed. */
const GET_STREAM_RETRIES_MS = [1_000, 5_000, 30_000];
/**
 * How long a request's event stream may stay open once its answer came: the server should end
 * it then (2025-11-25), and one that never does held a socket per call for good.
 */
const ANSWERED_STREAM_GRACE_MS = 1_000;

/**
 * A request in flight: how to stop its HTTP exchange (the POST until its answer's head came,
 * then the answer's body or event stream), and whether its client gave up on it.
 */
interface InFlight {
  cancelled: boolean;
  stop?: (() => void) | undefined;
}

/**
 * The `data` of the error this transport answers a request with when its event stream ended
 * before the answer. Told apart by identity: the SDK hands an error's `data` to the `McpError`
 * as it is, and a server's own error (parsed JSON) can never be this object — the code,
 * `ConnectionClosed` (-32000), is also many servers' generic error.
 */
const STREAM_ENDED: object = Object.freeze({ reason: "the server's event stream ended before it answered" });

/**
 * Whether `err` is this transport's own failure of a request whose event stream ended before
 * its answer (the server went away mid-call), not an error the server answered.
 *
 * @example
 * ```ts
 * client.request(req, schema).catch((err) => (endedBeforeAnswer(err) ? reconnect() : report(err)));
 * ```
 */
export function endedBeforeAnswer(err: unknown): boolean {
  return err instanceof Error && "data" in err && err.data === STREAM_ENDED;
}

/**
 * An HTTP status a downstream answered with where a message was expected.
 *
 * @example
 * ```ts
 * transport.onerror = (err) => err instanceof DownstreamHttpError && err.status === 404 && reconnect();
 * ```
 */
export class DownstreamHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /**
     * The server refused the request for its session (404 — the spec's word for a session it
     * no longer has — or a 400 that names the session, as servers built on the SDK's examples
     * answer: "No valid session ID provided"): the request never ran, and a new session may
     * carry it (see {@link sessionEnded}).
     */
    readonly sessionRefused = false,
  ) {
    super(message);
  }
}

/**
 * Whether `err` is a downstream's refusal of the session a request was sent in (it restarted,
 * or dropped the session): the request did not run, and the client must open a new session
 * (2025-11-25 transport spec) — then it may send the request again.
 *
 * @example
 * ```ts
 * client.request(req, schema).catch((err) => (sessionEnded(err) ? reconnectAndResend() : report(err)));
 * ```
 */
export function sessionEnded(err: unknown): boolean {
  return err instanceof DownstreamHttpError && err.sessionRefused;
}

/**
 * A Streamable HTTP client transport for the SDK's `Client`.
 *
 * @example
 * ```ts
 * const client = new Client({ name: "portcullis-gateway", version: "0.1.0" });
 * await client.connect(new HttpClientTransport(new URL("http://127.0.0.1:3001/mcp"), { headers: { authorization: "Bearer …" } }));
 * ```
 */
export class HttpClientTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  readonly #url: URL;
  readonly #headers: Readonly<Record<string, string>>;
  readonly #maxBytes: number;
  readonly #agent: HttpAgent;
  readonly #request: typeof httpRequest;
  readonly #open = new Set<{ destroy(): void }>();
  /** Requests sent and not yet answered in full, by JSON-RPC id. */
  readonly #inFlight = new Map<RequestId, InFlight>();
  #sessionId: string | undefined;
  #protocolVersion: string | undefined;
  #closed = false;
  #getRetry: NodeJS.Timeout | undefined;

  constructor(url: URL, options: HttpClientTransportOptions = {}) {
    this.#url = url;
    this.#headers = options.headers ?? {};
    this.#maxBytes = options.maxMessageBytes ?? MAX_DOWNSTREAM_MESSAGE_BYTES;
    const https = url.protocol === "https:";
    this.#agent = https ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
    this.#request = https ? httpsRequest : httpRequest;
  }

  get sessionId(): string | undefined {
    return this.#sessionId;
  }

  setProtocolVersion(version: string): void {
    this.#protocolVersion = version;
  }

  async start(): Promise<void> {}

  /**
   * POSTs `message`. A request's answer (a JSON body or an event stream) is read here; once the
   * client gives up on the request — it sends `notifications/cancelled` for it, on a caller's
   * abort or on its own deadline — that request's exchange is cut (its POST, or the stream it
   * is answered on, and so its socket): a server that never answers, or never ends the stream,
   * held one socket and stream per cancelled call for good.
   */
  async send(message: JSONRPCMessage): Promise<void> {
    if (this.#closed) throw new Error("the transport is closed");
    const cancelled = cancelledRequest(message);
    if (cancelled !== undefined) this.#cancel(cancelled);
    const requestId = "method" in message && "id" in message ? message.id : undefined;
    const flight: InFlight | undefined = requestId === undefined ? undefined : { cancelled: false };
    if (flight) this.#inFlight.set(requestId!, flight);
    let streaming = false;
    try {
      streaming = await this.#post(message, requestId, flight);
    } catch (err) {
      // Cut by its cancellation: the client has failed the request already.
      if (flight?.cancelled) return;
      throw err;
    } finally {
      if (!streaming && flight && this.#inFlight.get(requestId!) === flight) this.#inFlight.delete(requestId!);
    }
  }

  /** Cuts the exchange of request `id`, if it is still in flight. */
  #cancel(id: RequestId): void {
    const flight = this.#inFlight.get(id);
    if (!flight) return;
    this.#inFlight.delete(id);
    flight.cancelled = true;
    flight.stop?.();
  }

  /** Sends `message` and reads its answer; true when the answer is an event stream, read on from here. */
  async #post(message: JSONRPCMessage, requestId: RequestId | undefined, flight: InFlight | undefined): Promise<boolean> {
    const body = JSON.stringify(message);
    const res = await this.#exchange("POST", this.#url, { "content-type": "application/json", accept: "application/json, text/event-stream" }, body, 0, flight);
    if (flight?.cancelled) {
      res.destroy();
      return false;
    }
    const session = res.headers["mcp-session-id"];
    if (typeof session === "string" && session !== "") this.#sessionId = session;
    if (res.statusCode === 202) {
      res.resume();
      if ("method" in message && message.method === "notifications/initialized") this.#openGetStream(0);
      return false;
    }
    if (flight) flight.stop = () => res.destroy();
    if (!ok(res)) throw await statusError(res, "POST", this.#maxBytes, this.#sessionId !== undefined && !isInitialize(message));
    if (requestId === undefined) {
      res.resume();
      return false;
    }
    const type = mediaType(res.headers["content-type"]);
    if (type === "application/json") {
      const text = await readBody(res, this.#maxBytes);
      if (!flight?.cancelled) this.#deliverJson(text);
      return false;
    } else if (type === "text/event-stream") {
      this.#readEvents(res, requestId, undefined, flight);
      return true;
    } else {
      res.resume();
      throw new DownstreamHttpError(res.statusCode ?? 0, `the server answered with content type '${type}', not JSON or an event stream`);
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#getRetry);
    this.#inFlight.clear();
    for (const open of this.#open) open.destroy();
    this.#open.clear();
    this.#agent.destroy();
    this.onclose?.();
  }

  /** One request, following same-origin 307/308 redirects; the answer's body is left to the caller. */
  #exchange(method: string, url: URL, extra: OutgoingHttpHeaders, body: string | undefined, redirects: number, flight?: InFlight): Promise<IncomingMessage> {
    const headers: OutgoingHttpHeaders = { ...extra, ...this.#headers };
    if (this.#sessionId !== undefined) headers["mcp-session-id"] = this.#sessionId;
    if (this.#protocolVersion !== undefined) headers["mcp-protocol-version"] = this.#protocolVersion;
    if (body !== undefined) headers["content-length"] = Buffer.byteLength(body);
    return new Promise<IncomingMessage>((resolve, reject) => {
      const req = this.#request(url, { method, headers, agent: this.#agent });
      const handle = { destroy: () => req.destroy(new Error("the transport was closed")) };
      this.#open.add(handle);
      if (flight) flight.stop = () => req.destroy(new Error("the request was cancelled"));
      req.once("error", (err) => {
        this.#open.delete(handle);
        reject(err);
      });
      req.once("response", (res) => {
        res.once("close", () => this.#open.delete(handle));
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if ((status === 307 || status === 308) && location !== undefined) {
          res.resume();
          const next = new URL(location, url);
          if (next.origin !== this.#url.origin || redirects >= MAX_REDIRECTS) {
            reject(new DownstreamHttpError(status, `the server redirected ${method} outside its origin or more than ${MAX_REDIRECTS} times`));
          } else {
            resolve(this.#exchange(method, next, extra, body, redirects + 1, flight));
          }
          return;
        }
        resolve(res);
      });
      req.end(body);
    });
  }

  #deliverJson(text: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error("the server's answer is not JSON");
    }
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) this.#deliver(item);
  }

  /**
   * Hands a message to the client. Only its JSON-RPC frame is checked here: the client checks
   * the rest against the schema of the request it answers (or of the notification or request it
   * is) — a full message schema here would parse every result twice.
   */
  #deliver(item: unknown): boolean {
    if (!isJsonRpcFrame(item)) {
      this.onerror?.(new Error("the server sent a message that is not JSON-RPC"));
      return false;
    }
    this.onmessage?.(item);
    return true;
  }

  /**
   * The messages of an event stream. `awaited`: the request whose answer it carries; when the
   * stream ends without it, the request fails now rather than at its deadline (unless the
   * client cancelled it: then it failed already). Once the answer came, the server has
   * {@link ANSWERED_STREAM_GRACE_MS} to end the stream before it is cut.
   */
  #readEvents(res: IncomingMessage, awaited: RequestId | undefined, onEnd?: () => void, flight?: InFlight): void {
    let answered = awaited === undefined;
    let cutAfterAnswer: NodeJS.Timeout | undefined;
    const parser = createParser({
      maxBufferSize: this.#maxBytes,
      onEvent: (event) => {
        // An event without data primes a resumable stream (its id); it carries no message.
        if ((event.event !== undefined && event.event !== "message") || event.data === "") return;
        let data: unknown;
        try {
          data = JSON.parse(event.data);
        } catch {
          this.onerror?.(new Error("the server sent an event that is not JSON"));
          return;
        }
        if (this.#deliver(data) && !answered && isAnswerTo(data, awaited!)) {
          answered = true;
          if (flight && this.#inFlight.get(awaited!) === flight) this.#inFlight.delete(awaited!);
          cutAfterAnswer = setTimeout(() => res.destroy(), ANSWERED_STREAM_GRACE_MS);
          cutAfterAnswer.unref();
        }
      },
      onError: (err) => {
        this.onerror?.(new Error(`the server's event stream is malformed: ${err.message}`));
        res.destroy();
      },
    });
    const handle = { destroy: () => res.destroy() };
    this.#open.add(handle);
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => parser.feed(chunk));
    res.once("error", () => undefined);
    res.once("close", () => {
      this.#open.delete(handle);
      clearTimeout(cutAfterAnswer);
      if (flight && this.#inFlight.get(awaited!) === flight) this.#inFlight.delete(awaited!);
      if (!answered && !this.#closed && !flight?.cancelled) {
        this.onmessage?.({
          jsonrpc: "2.0",
          id: awaited!,
          error: { code: ErrorCode.ConnectionClosed, message: "the server's event stream ended before it answered", data: STREAM_ENDED },
        });
      }
      onEnd?.();
    });
  }

  /** The optional stream of the server's own messages; a server without one answers 405. */
  #openGetStream(attempt: number): void {
    if (this.#closed) return;
    this.#exchange("GET", this.#url, { accept: "text/event-stream" }, undefined, 0).then(
      (res) => {
        if (res.statusCode === 405) return void res.resume();
        if (!ok(res) || mediaType(res.headers["content-type"]) !== "text/event-stream") {
          res.resume();
          return this.#retryGetStream(attempt, new DownstreamHttpError(res.statusCode ?? 0, `the server refused its event stream (HTTP ${res.statusCode})`));
        }
        this.#readEvents(res, undefined, () => this.#retryGetStream(0));
      },
      (err: Error) => this.#retryGetStream(attempt, err),
    );
  }

  #retryGetStream(attempt: number, err?: Error): void {
    if (this.#closed) return;
    if (err) this.onerror?.(err);
    const delay = GET_STREAM_RETRIES_MS[attempt];
    if (delay === undefined) return;
    this.#getRetry = setTimeout(() => this.#openGetStream(attempt + 1), delay);
    this.#getRetry.unref();
  }
}

function ok(res: IncomingMessage): boolean {
  const status = res.statusCode ?? 0;
  return status >= 200 && status < 300;
}

function mediaType(header: string | undefined): string {
  return (header ?? "").split(";")[0]!.trim().toLowerCase();
}

/** The id of the request a `notifications/cancelled` message cancels; undefined for any other message. */
function cancelledRequest(message: JSONRPCMessage): RequestId | undefined {
  if (!("method" in message) || message.method !== "notifications/cancelled") return undefined;
  const id: unknown = (message.params as { requestId?: unknown } | undefined)?.requestId;
  return typeof id === "string" || typeof id === "number" ? id : undefined;
}

/** A JSON-RPC 2.0 request, notification or response by its frame: `jsonrpc`, and a method or an id with a result or an error. */
function isJsonRpcFrame(item: unknown): item is JSONRPCMessage {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return false;
  const m = item as { jsonrpc?: unknown; method?: unknown; id?: unknown };
  if (m.jsonrpc !== "2.0") return false;
  if (typeof m.method === "string") return true;
  return (typeof m.id === "string" || typeof m.id === "number") && ("result" in m || "error" in m);
}

function isAnswerTo(data: unknown, id: RequestId): boolean {
  return typeof data === "object" && data !== null && "id" in data && (data as { id: unknown }).id === id && ("result" in data || "error" in data);
}

async function readBody(res: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      res.destroy();
      throw new Error(`the server's answer is over ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** `inSession`: the request carried a session id (not the initialize that opens one), so a refusal of it may be the session's. */
async function statusError(res: IncomingMessage, method: string, maxBytes: number, inSession = false): Promise<DownstreamHttpError> {
  const text = await readBody(res, maxBytes).catch(() => "");
  const detail = text.replace(/\s+/g, " ").trim().slice(0, 200);
  const status = res.statusCode ?? 0;
  // 404 is the spec's answer to a session the server no longer has; the SDK's examples (and
  // server-everything) answer 400 "No valid session ID provided" instead. Either way, before
  // anything ran. Any other 400 (a malformed request) is not retried.
  const sessionRefused = inSession && (status === 404 || (status === 400 && /session/i.test(text)));
  return new DownstreamHttpError(status, `${method} answered HTTP ${res.statusCode}${detail ? `: ${detail}` : ""}`, sessionRefused);
}

function isInitialize(message: JSONRPCMessage): boolean {
  return "method" in message && message.method === "initialize";
}
