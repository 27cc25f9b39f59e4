/**
 * One listener for HTTP/2 cleartext (h2c, prior knowledge) and HTTP/1.1 on the same port or
 * Unix socket.
 *
 * Node's `http2.createServer` cannot fall back to HTTP/1.1 without TLS (ALPN), so the
 * listener peeks at the first bytes of each connection: the HTTP/2 client preface starts
 * with "PRI * HTTP/2.0"; anything else is HTTP/1.1. The bytes go back onto the socket
 * before the matching server takes it, so neither server knows the difference.
 *
 * Shutdown drains: HTTP/2 sessions get GOAWAY (open streams finish), HTTP/1.1 responses
 * carry `connection: close`, and the listener keeps accepting until in-flight requests are
 * done, so that a request arriving meanwhile is answered (the router's gate says
 * Unavailable) instead of being reset in the kernel's accept queue. Then the listener
 * closes and whatever is left when the drain deadline passes is cut off.
 */
import { chmod, lstat, unlink } from "node:fs/promises";
import * as http from "node:http";
import * as http2 from "node:http2";
import * as net from "node:net";

/** How long after the last request a drain stops waiting for idle connections to go. */
const QUIET_MS = 100;

const H2_PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

/** A request handler that serves both HTTP versions (connectNodeAdapter returns one). */
export type DualHandler = (
  req: http.IncomingMessage | http2.Http2ServerRequest,
  res: http.ServerResponse | http2.Http2ServerResponse,
) => void;

/** Where to listen. */
export type ListenTarget = { readonly host: string; readonly port: number } | { readonly socketPath: string };

/** Options of {@link DualProtocolListener}. */
export interface DualProtocolListenerOptions {
  /** Most concurrent streams per HTTP/2 connection (default 1000). */
  readonly maxConcurrentStreams?: number;
  /**
   * Memory an HTTP/2 connection may buffer, in MB (default 64; Node's default is 10). A
   * burst of large concurrent requests on one connection (FilterTools with big tool lists)
   * would otherwise have its streams reset with ENHANCE_YOUR_CALM.
   */
  readonly maxSessionMemoryMb?: number;
}

/**
 * Serves a handler over h2c and HTTP/1.1 on one address.
 *
 * @example
 * ```ts
 * const listener = new DualProtocolListener(connectNodeAdapter({ routes }));
 * const address = await listener.listen({ host: "127.0.0.1", port: 0 });
 * await listener.close(10_000);
 * ```
 */
export class DualProtocolListener {
  readonly #h1: http.Server;
  readonly #h2: http2.Http2Server;
  readonly #net: net.Server;
  /** Every open connection. */
  readonly #sockets = new Set<net.Socket>();
  /** Connections that have not sent their first bytes yet. */
  readonly #unrouted = new Set<net.Socket>();
  /** HTTP/1.1 connections: requests in progress and requests served. */
  readonly #h1State = new Map<net.Socket, { active: number; served: number }>();
  readonly #sessions = new Set<http2.Http2Session>();
  #inFlight = 0;
  #lastRequestAt = 0;
  #draining = false;
  #socketPath: string | undefined;

  constructor(handler: DualHandler, options: DualProtocolListenerOptions = {}) {
    const tracked: DualHandler = (req, res) => {
      this.#inFlight++;
      this.#lastRequestAt = Date.now();
      const h1 = res instanceof http.ServerResponse ? this.#h1State.get(req.socket as net.Socket) : undefined;
      if (h1) {
        h1.active++;
        if (this.#draining) (res as http.ServerResponse).shouldKeepAlive = false;
      }
      res.once("close", () => {
        this.#inFlight--;
        if (!h1) return;
        h1.active--;
        h1.served++;
        // A keep-alive connection whose last response started before the drain: end it
        // now that it is idle, after the response has been flushed.
        if (this.#draining && h1.active === 0) (req.socket as net.Socket).end();
      });
      handler(req, res);
    };
    this.#h1 = http.createServer({ keepAliveTimeout: 65_000 }, tracked);
    this.#h2 = http2.createServer(
      {
        settings: { maxConcurrentStreams: options.maxConcurrentStreams ?? 1000 },
        maxSessionMemory: options.maxSessionMemoryMb ?? 64,
      },
      tracked,
    );
    this.#h2.on("session", (session) => {
      this.#sessions.add(session);
      session.once("close", () => this.#sessions.delete(session));
      if (this.#draining) session.close();
    });
    // RPCs are small request/response exchanges: never let Nagle hold a reply for an ACK.
    this.#net = net.createServer({ noDelay: true }, (socket) => this.#route(socket));
  }

  /** Requests being handled right now. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /**
   * Starts listening. Returns the address: `host:port` with the bound port, or the socket
   * path. A Unix socket is created with mode 0600; a stale socket file is replaced, a
   * live one is an error.
   */
  async listen(target: ListenTarget): Promise<string> {
    if ("socketPath" in target) {
      await removeStaleSocket(target.socketPath);
      const umask = process.umask(0o177);
      try {
        await new Promise<void>((resolve, reject) => {
          this.#net.once("error", reject);
          this.#net.listen({ path: target.socketPath }, () => {
            this.#net.off("error", reject);
            resolve();
          });
        });
      } finally {
        process.umask(umask);
      }
      await chmod(target.socketPath, 0o600);
      this.#socketPath = target.socketPath;
      return target.socketPath;
    }
    await new Promise<void>((resolve, reject) => {
      this.#net.once("error", reject);
      this.#net.listen({ host: target.host, port: target.port }, () => {
        this.#net.off("error", reject);
        resolve();
      });
    });
    const address = this.#net.address() as net.AddressInfo;
    return address.family === "IPv6" ? `[${address.address}]:${address.port}` : `${address.address}:${address.port}`;
  }

  /**
   * Stops accepting connections and waits for in-flight requests to finish, up to
   * `drainTimeoutMs`; whatever is left then is cut off.
   */
  async close(drainTimeoutMs: number): Promise<void> {
    this.#draining = true;
    for (const session of this.#sessions) session.close();
    for (const [socket, state] of this.#h1State) {
      if (state.active === 0 && state.served > 0) socket.end();
    }
    const deadline = Date.now() + drainTimeoutMs;
    // Done when nothing is in flight, every HTTP/1.1 and HTTP/2 connection has finished,
    // and connections that never sent a byte have had a moment to do so (a silent TCP
    // connection must not hold the drain open).
    while (Date.now() < deadline) {
      const routed = this.#sockets.size - this.#unrouted.size;
      const quiet = Date.now() - this.#lastRequestAt > QUIET_MS;
      if (this.#inFlight === 0 && routed === 0 && (this.#unrouted.size === 0 || quiet)) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const closed = new Promise<void>((resolve) => this.#net.close(() => resolve()));
    for (const session of this.#sessions) session.destroy();
    for (const socket of this.#sockets) socket.destroy();
    await closed;
    if (this.#socketPath) await unlink(this.#socketPath).catch(() => undefined);
  }

  #route(socket: net.Socket): void {
    this.#sockets.add(socket);
    this.#unrouted.add(socket);
    socket.once("close", () => {
      this.#sockets.delete(socket);
      this.#unrouted.delete(socket);
      this.#h1State.delete(socket);
    });
    socket.once("readable", () => {
      const chunk = socket.read() as Buffer | null;
      if (chunk === null) return;
      this.#unrouted.delete(socket);
      socket.unshift(chunk);
      const n = Math.min(chunk.length, H2_PREFACE.length);
      const isH2 = chunk.subarray(0, n).equals(H2_PREFACE.subarray(0, n));
      if (!isH2) this.#h1State.set(socket, { active: 0, served: 0 });
      (isH2 ? this.#h2 : this.#h1).emit("connection", socket);
    });
  }
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
