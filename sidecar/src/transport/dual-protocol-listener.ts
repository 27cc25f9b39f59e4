/**
 * One listener for HTTP/2 cleartext (h2c, prior knowledge) and HTTP/1.1 on the same port or
 * Unix socket, which bounds every connection and every byte it holds.
 *
 * Node's `http2.createServer` cannot fall back to HTTP/1.1 without TLS (ALPN), so the
 * listener peeks at the first bytes of each connection: the HTTP/2 client preface starts
 * with "PRI * HTTP/2.0"; anything else is HTTP/1.1. The bytes go back onto the socket
 * before the matching server takes it, so neither server knows the difference.
 *
 * Bounds (see {@link ListenerLimits}): a connection must bring its first request within
 * the header timeout (this covers sockets that never send a byte and ones that dribble
 * header lines), may then sit with nothing in flight for the idle timeout — or with
 * answer bytes waiting that its client does not take — and each request body must arrive
 * within the request timeout. Node's own header and request
 * timeouts never run here (its HTTP/1.1 server is not the one listening) and would not
 * cover the sniff or HTTP/2 anyway, so one sweep timer checks them all. At the connection
 * cap a new connection displaces the longest-idle one; when every connection is busy it is
 * closed at once. A request reaches the handler only once its body has arrived, and
 * request bodies share one byte budget ({@link BufferedBody}); the listener itself answers
 * the ones it refuses ({@link answerRefusal}).
 *
 * An HTTP/2 client that resets streams far faster than it completes calls (the rapid-reset
 * flood of CVE-2023-44487) is cut off with GOAWAY (ENHANCE_YOUR_CALM) once its unpaid resets
 * pass twice its concurrent streams ({@link StreamResetBound}).
 *
 * Shutdown drains: the listener keeps accepting, and every connection — HTTP/2 sessions
 * included — stays open, so a call that arrives meanwhile is answered (the router's gate
 * says Unavailable) instead of being reset or refused by a GOAWAY the client may not
 * handle. HTTP/1.1 responses carry `connection: close`. Once nothing is in flight and no
 * call has arrived for a moment, sessions get GOAWAY and idle connections are closed.
 * Calls still running at the drain deadline are cut off and counted.
 */
import * as diagnostics from "node:diagnostics_channel";
import { chmod, lstat, unlink } from "node:fs/promises";
import * as http from "node:http";
import * as http2 from "node:http2";
import * as net from "node:net";
import { dirname, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../logger.js";
import { BufferedBody, BufferedHttp1Request, BufferedHttp2Request } from "./buffered-body.js";
import { ByteBudget } from "./byte-budget.js";
import { ConnectionTable, type Connection } from "./connection-table.js";
import { InFlightList } from "./in-flight-list.js";
import { LISTENER_DEFAULTS, type ListenerLimits } from "./listener-limits.js";
import { answerRefusal, type Refusal } from "./refusal.js";
import { checkSocketPath } from "./socket-path.js";
import { cutOffFlood, StreamResetBound } from "./stream-reset-bound.js";

/** How long after the last request a drain waits before closing idle connections. */
const QUIET_MS = 100;
/**
 * Longest a drain waits for that quiet once the calls it owes are done: a host that keeps
 * calling its local sidecar never goes quiet, and its new calls are only being refused.
 */
const MAX_QUIET_WAIT_MS = 500;
/** How long closed connections get to say goodbye (GOAWAY, FIN) before they are destroyed. */
const CLOSE_GRACE_MS = 1000;
/** Most often a cap (or reset-flood) warning is logged. */
const CAP_WARNING_INTERVAL_MS = 10_000;

/**
 * Node publishes every HTTP/2 server stream's close here, synchronously, as it parses the
 * frame that closed it (any server's: {@link DualProtocolListener} picks out its own sessions).
 */
const H2_STREAM_CLOSE = "http2.server.stream.close";

const H2_PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

/** A request handler that serves both HTTP versions (connectNodeAdapter returns one). */
export type DualHandler = (req: http.IncomingMessage | http2.Http2ServerRequest, res: http.ServerResponse | http2.Http2ServerResponse) => void;

/** Where to listen. */
export type ListenTarget = { readonly host: string; readonly port: number } | { readonly socketPath: string };

/**
 * Options of {@link DualProtocolListener}.
 *
 * @example
 * ```ts
 * new DualProtocolListener(handler, { requestTimeoutMs: 10_000, maxMessageBytes: 4 << 20, logger });
 * ```
 */
export interface DualProtocolListenerOptions extends ListenerLimits {
  /**
   * The handler's largest message, which a compressed body may inflate to (default 16 MiB);
   * or a function of the request path, for services with smaller messages.
   */
  readonly maxMessageBytes?: number | ((path: string) => number);
  /** Where the cap warnings go. */
  readonly logger?: Logger;
}

/**
 * How a drain ended.
 *
 * @example
 * ```ts
 * const { cutOff } = await listener.close(10_000);
 * if (cutOff > 0) process.exitCode = 4;
 * ```
 */
export interface DrainOutcome {
  /** Calls still in flight at the drain deadline, cut off. */
  readonly cutOff: number;
}

/**
 * Marks a request whose head arrived before the drain began. A mark on the request, not a
 * WeakSet of them: a WeakSet took one entry per request, thousands a second, into a table
 * only full collections clean.
 */
const ADMITTED = Symbol("portcullis.admittedBeforeDrain");

/**
 * Serves a handler over h2c and HTTP/1.1 on one address.
 *
 * @example
 * ```ts
 * const listener = new DualProtocolListener(connectNodeAdapter({ routes }), { maxConnections: 256 });
 * const address = await listener.listen({ host: "127.0.0.1", port: 0 });
 * const { cutOff } = await listener.close(10_000);
 * ```
 */
export class DualProtocolListener {
  readonly #handler: DualHandler;
  readonly #limits: Required<ListenerLimits>;
  readonly #logger: Logger | undefined;
  readonly #budget: ByteBudget;
  readonly #maxMessageBytes: (path: string) => number;
  readonly #h1: http.Server;
  readonly #h2: http2.Http2Server;
  readonly #net: net.Server;
  readonly #conns = new ConnectionTable();
  /** Request bodies still arriving, for the request timeout (lists, not sets: see in-flight-list.ts). */
  readonly #bodies = new InFlightList<BufferedBody>();
  /** HTTP/1.1 responses in progress, to mark them `connection: close` when a drain begins. */
  readonly #h1Responses = new InFlightList<http.ServerResponse>();
  /** HTTP/2 responses in progress, for the bytes their streams hold for a client that stopped reading. */
  readonly #h2Responses = new InFlightList<http2.Http2ServerResponse>();
  /** The connection being handed to the HTTP/2 server, whose session event names it. */
  #routing: Connection | undefined;
  #sweeper: NodeJS.Timeout | undefined;
  #closing: Promise<DrainOutcome> | undefined;
  #inFlight = 0;
  /** Requests in flight whose head arrived before the drain: what the drain owes. */
  #admittedInFlight = 0;
  #lastRequestAt = 0;
  #draining = false;
  #refused = 0;
  #capWarnedAt = 0;
  /** HTTP/2 connections cut off for flooding resets, and when that was last logged. */
  #resetFloods = 0;
  #floodWarnedAt = 0;
  #socketPath: string | undefined;
  readonly #streamClosed = (message: unknown): void => this.#onStreamClose((message as { stream: http2.Http2Stream }).stream);

  constructor(handler: DualHandler, options: DualProtocolListenerOptions = {}) {
    this.#handler = handler;
    const { logger, maxMessageBytes, ...limits } = options;
    this.#limits = { ...LISTENER_DEFAULTS, ...definedOnly(limits) };
    this.#logger = logger;
    const largest = maxMessageBytes ?? 16 * 1024 * 1024;
    this.#maxMessageBytes = typeof largest === "function" ? largest : () => largest;
    this.#budget = new ByteBudget(this.#limits.maxInflightBytes);
    const onRequest: DualHandler = (req, res) => this.#onRequest(req, res);
    // keepAliveTimeout is also advertised (`keep-alive: timeout=…`), so clients retire idle
    // sockets before the server closes them.
    this.#h1 = http.createServer({ keepAliveTimeout: this.#limits.idleTimeoutMs, IncomingMessage: BufferedHttp1Request }, onRequest);
    this.#h2 = http2.createServer(
      {
        settings: { maxConcurrentStreams: this.#limits.maxStreamsPerConnection },
        maxSessionMemory: this.#limits.maxSessionMemoryMb,
        Http2ServerRequest: BufferedHttp2Request,
      },
      onRequest,
    );
    this.#h2.on("session", (session) => {
      if (this.#routing) this.#conns.attachSession(this.#routing, session);
    });
    // RPCs are small request/response exchanges: never let Nagle hold a reply for an ACK.
    this.#net = net.createServer({ noDelay: true }, (socket) => this.#accept(socket));
  }

  /** Requests being handled right now. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Open connections right now. */
  get connections(): number {
    return this.#conns.size;
  }

  /**
   * Whether a request's head arrived before the drain began. Its body may arrive during
   * the drain, and the handler only sees it then; such a call is in flight, not new.
   */
  admittedBeforeDrain(req: object): boolean {
    return (req as { [ADMITTED]?: true })[ADMITTED] === true;
  }

  /**
   * Starts listening. Returns the address: `host:port` with the bound port, or the socket
   * path. A Unix socket is created with mode 0600; a stale socket file is replaced, a
   * live one is an error.
   */
  async listen(target: ListenTarget): Promise<string> {
    let address: string;
    if ("socketPath" in target) {
      await checkSocketPath(target.socketPath);
      await removeStaleSocket(target.socketPath);
      const umask = process.umask(0o177);
      try {
        await this.#bind({ path: target.socketPath }).catch((err: NodeJS.ErrnoException) => {
          if (err.code !== "EACCES") throw err;
          throw new Error(`cannot create the socket ${target.socketPath}: no permission to write in ${dirname(resolve(target.socketPath))}`);
        });
      } finally {
        process.umask(umask);
      }
      await chmod(target.socketPath, 0o600);
      this.#socketPath = target.socketPath;
      address = target.socketPath;
    } else {
      await this.#bind({ host: target.host, port: target.port });
      const bound = this.#net.address() as net.AddressInfo;
      address = bound.family === "IPv6" ? `[${bound.address}]:${bound.port}` : `${bound.address}:${bound.port}`;
    }
    const { headerTimeoutMs, idleTimeoutMs, requestTimeoutMs } = this.#limits;
    const tick = Math.min(1000, Math.max(10, Math.floor(Math.min(headerTimeoutMs, idleTimeoutMs, requestTimeoutMs) / 4)));
    this.#sweeper = setInterval(() => this.#sweep(), tick).unref();
    diagnostics.subscribe(H2_STREAM_CLOSE, this.#streamClosed);
    return address;
  }

  /**
   * Stops serving: waits for in-flight requests to finish, up to `drainTimeoutMs`, then
   * closes every connection; calls left at the deadline are cut off and counted. `cutShort`
   * aborted brings the deadline forward to now.
   */
  close(drainTimeoutMs: number, cutShort?: AbortSignal): Promise<DrainOutcome> {
    this.#closing ??= this.#drain(drainTimeoutMs, cutShort);
    return this.#closing;
  }

  async #drain(drainTimeoutMs: number, cutShort: AbortSignal | undefined): Promise<DrainOutcome> {
    this.#draining = true;
    for (const res of this.#h1Responses) if (!res.headersSent) res.shouldKeepAlive = false;
    let deadline = Date.now() + drainTimeoutMs;
    const onCutShort = () => (deadline = Math.min(deadline, Date.now()));
    if (cutShort?.aborted) onCutShort();
    cutShort?.addEventListener("abort", onCutShort, { once: true });
    // First the calls admitted before the drain, then a short quiet, so that calls arriving
    // meanwhile get their Unavailable instead of a reset. Only admitted calls count as cut off.
    while (Date.now() < deadline && this.#admittedInFlight > 0) await sleep(10);
    const quietUntil = Date.now() + MAX_QUIET_WAIT_MS;
    while (Date.now() < Math.min(deadline, quietUntil) && !(this.#inFlight === 0 && Date.now() - this.#lastRequestAt > QUIET_MS)) {
      await sleep(10);
    }
    cutShort?.removeEventListener("abort", onCutShort);
    const cutOff = this.#admittedInFlight;
    clearInterval(this.#sweeper);
    const closed = new Promise<void>((resolve) => this.#net.close(() => resolve()));
    for (const conn of this.#conns.values()) {
      if (cutOff > 0 || conn.active > 0 || !conn.routed) this.#conns.drop(conn);
      else if (conn.session) conn.session.close();
      else conn.socket.end();
    }
    const grace = new AbortController();
    await Promise.race([
      closed,
      sleep(Math.min(CLOSE_GRACE_MS, Math.max(0, deadline - Date.now())), undefined, { signal: grace.signal }).catch(() => undefined),
    ]);
    grace.abort();
    for (const conn of this.#conns.values()) this.#conns.drop(conn);
    await closed;
    diagnostics.unsubscribe(H2_STREAM_CLOSE, this.#streamClosed);
    if (this.#socketPath) await unlink(this.#socketPath).catch(() => undefined);
    return { cutOff };
  }

  async #bind(options: net.ListenOptions): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#net.once("error", reject);
      this.#net.listen(options, () => {
        this.#net.off("error", reject);
        resolve();
      });
    });
  }

  #accept(socket: net.Socket): void {
    // A reset before the first byte has no server to report it to: without this, it throws.
    socket.on("error", () => undefined);
    if (this.#conns.size >= this.#limits.maxConnections && !this.#conns.evictIdle()) {
      this.#refused++;
      this.#warnCap();
      socket.destroy();
      return;
    }
    const conn = this.#conns.add(socket);
    // The bytes read so far, until they tell the protocol: they diverge from the preface
    // (HTTP/1.1), or the whole preface is in (HTTP/2). A first packet of "P" or "PO" is
    // either; deciding on it sent an HTTP/1.1 request to the HTTP/2 server. A client that
    // sends no more is closed by the header timeout, like one that sends nothing.
    let seen: Buffer | undefined;
    const sniff = () => {
      const chunk = socket.read() as Buffer | null;
      if (chunk === null) return;
      seen = seen === undefined ? chunk : Buffer.concat([seen, chunk]);
      const h2 = prefaceMatch(seen);
      if (h2 === undefined) return;
      socket.off("readable", sniff);
      socket.unshift(seen);
      conn.routed = true;
      if (h2) {
        this.#routing = conn;
        this.#h2.emit("connection", socket);
        this.#routing = undefined;
      } else {
        this.#h1.emit("connection", socket);
      }
    };
    socket.on("readable", sniff);
  }

  #onRequest(req: http.IncomingMessage | http2.Http2ServerRequest, res: http.ServerResponse | http2.Http2ServerResponse): void {
    this.#inFlight++;
    const admitted = !this.#draining;
    if (admitted) {
      (req as { [ADMITTED]?: true })[ADMITTED] = true;
      this.#admittedInFlight++;
    }
    this.#lastRequestAt = Date.now();
    const h1 = res instanceof http.ServerResponse ? res : undefined;
    const conn: Connection | undefined = this.#conns.of(req);
    if (conn) conn.active++;
    const responseEntry = h1 ? this.#h1Responses.add(h1) : undefined;
    const h2Entry = h1 ? undefined : this.#h2Responses.add(res as http2.Http2ServerResponse);
    if (h1 && this.#draining) h1.shouldKeepAlive = false;
    // Settling never happens inside the constructor (only on the request's events or a sweep).
    const body: BufferedBody = new BufferedBody(req, {
      budget: this.#budget,
      maxMessageBytes: this.#maxMessageBytes(req.url ?? ""),
      onReady: () => (body.failure ? this.#refuse(req, res, body.failure) : this.#handler(req, res)),
      onSettled: () => this.#bodies.remove(bodyEntry),
    });
    const bodyEntry = this.#bodies.add(body);
    let done = false;
    const onDone = () => {
      if (done) return;
      done = true;
      body.finish();
      this.#inFlight--;
      if (admitted) this.#admittedInFlight--;
      if (responseEntry) this.#h1Responses.remove(responseEntry);
      if (h2Entry) this.#h2Responses.remove(h2Entry);
      if (!conn) return;
      conn.active--;
      conn.served++;
      if (conn.active > 0) return;
      conn.idleSince = Date.now();
      // An HTTP/1.1 response that was already under way when the drain began kept the
      // connection open: close it now that it is idle.
      if (this.#draining && h1) conn.socket.end();
    };
    // `on`: a response closes once, and `once` costs a wrapper per request; onDone is idempotent.
    res.on("close", onDone);
    // HTTP/2's compatibility response closes only with the whole stream, which a request
    // body still arriving (or never arriving) holds open: the call is done once its answer is.
    if (!h1) (res as http2.Http2ServerResponse).stream.once("finish", onDone);
  }

  /**
   * Counts an HTTP/2 stream's end: one the client reset before its answer was complete
   * ('aborted'), or any other, which pays for one such reset (stream-reset-bound.ts); cuts
   * off a session that floods resets. Called as each stream closes, while Node is still
   * parsing the socket read that closed it; the requests of a read reach the listener only
   * once the whole read is parsed (a 64 KiB read is ~800 streams opened and reset), too late
   * to count there and cut the flood off promptly.
   */
  #onStreamClose(stream: http2.Http2Stream): void {
    const session = stream.session;
    const conn = session && !session.destroyed ? this.#conns.ofSession(session) : undefined;
    if (!conn) return;
    if (!stream.aborted) {
      conn.resets?.completed();
      return;
    }
    conn.resets ??= new StreamResetBound(2 * this.#limits.maxStreamsPerConnection);
    if (!conn.resets.reset()) return;
    this.#resetFloods++;
    this.#warnFlood();
    this.#conns.drop(conn, (session) => cutOffFlood(session, conn.socket));
  }

  #refuse(req: http.IncomingMessage | http2.Http2ServerRequest, res: http.ServerResponse | http2.Http2ServerResponse, refusal: Refusal): void {
    if ("stream" in req) {
      answerRefusal(req, res, refusal);
      // The answer is queued ahead of the reset, which tells the client to stop sending the
      // rest (RFC 9113 §8.1) and frees the stream now rather than at the request timeout.
      req.stream.close(http2.constants.NGHTTP2_NO_ERROR);
      return;
    }
    // The rest of the body is never read, so the connection closes after the answer. Node
    // would destroy the socket at once, and closing a socket with unread bytes resets it:
    // the client, still sending, may lose the answer. Close only our side; the client
    // closes its own once it has read the answer, and the request timeout reaps one that
    // does not.
    const socket = req.socket;
    if (!req.complete) socket.destroySoon = () => socket.end();
    (res as http.ServerResponse).shouldKeepAlive = false;
    answerRefusal(req, res, refusal);
  }

  /** Closes connections past their header or idle timeout and expires slow bodies. */
  #sweep(): void {
    const now = Date.now();
    this.#conns.sweep(now, this.#limits);
    const timeoutMs = this.#limits.requestTimeoutMs;
    for (const body of this.#bodies) {
      if (now - body.startedAt > timeoutMs) body.expire(timeoutMs);
    }
    this.#closeUnread(now);
  }

  /**
   * Closes the connections whose client has taken none of the answer bytes waiting for it
   * within the idle timeout (an HTTP/2 session is destroyed: its other streams go too).
   */
  #closeUnread(now: number): void {
    let streamBytes: Map<Connection, number> | undefined;
    for (const res of this.#h2Responses) {
      const queued = res.stream.writableLength;
      const conn = queued > 0 ? this.#conns.of(res.req) : undefined;
      if (!conn) continue;
      streamBytes ??= new Map();
      streamBytes.set(conn, (streamBytes.get(conn) ?? 0) + queued);
    }
    const idleTimeoutMs = this.#limits.idleTimeoutMs;
    for (const { conn, queuedBytes } of this.#conns.unread(now, idleTimeoutMs, (c) => streamBytes?.get(c) ?? 0)) {
      this.#logger?.info(
        { queuedBytes, idleTimeoutMs, protocol: conn.session ? "h2" : "http/1.1" },
        "closed a connection whose client took none of its answers within the idle timeout",
      );
      this.#conns.drop(conn);
    }
  }

  #warnFlood(): void {
    const now = Date.now();
    if (now - this.#floodWarnedAt < CAP_WARNING_INTERVAL_MS) return;
    this.#floodWarnedAt = now;
    this.#logger?.warn(
      { allowance: 2 * this.#limits.maxStreamsPerConnection, cutOff: this.#resetFloods },
      "cut off an HTTP/2 connection resetting streams far faster than it completes calls (rapid reset): GOAWAY ENHANCE_YOUR_CALM",
    );
  }

  #warnCap(): void {
    const now = Date.now();
    if (now - this.#capWarnedAt < CAP_WARNING_INTERVAL_MS) return;
    this.#capWarnedAt = now;
    this.#logger?.warn(
      { maxConnections: this.#limits.maxConnections, refused: this.#refused },
      "connection cap reached and every connection is busy; refusing new connections (--max-connections)",
    );
  }
}

/**
 * Whether a connection's first bytes are the HTTP/2 preface: true once all of it is in, false
 * as soon as they differ from it, undefined while they are a shorter prefix of it.
 */
export function prefaceMatch(bytes: Buffer): boolean | undefined {
  const n = Math.min(bytes.length, H2_PREFACE.length);
  if (bytes.compare(H2_PREFACE, 0, n, 0, n) !== 0) return false;
  return n === H2_PREFACE.length ? true : undefined;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

async function removeStaleSocket(path: string): Promise<void> {
  const info = await lstat(path).catch(() => undefined);
  if (!info) return;
  if (!info.isSocket()) throw new Error(`${path} exists and is not a socket; refusing to replace it`);
  const live = await new Promise<boolean>((resolve) => {
    const probe = net.connect({ path }, () => {
      probe.destroy();
      resolve(true);
    });
    probe.once("error", () => resolve(false));
  });
  if (live) throw new Error(`another process is listening on ${path}`);
  await unlink(path);
}
