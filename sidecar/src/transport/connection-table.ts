/**
 * The listener's open connections and what each is doing, for the header and idle
 * timeouts and the connection cap. One table serves both HTTP versions: an HTTP/1.1
 * request names its socket, an HTTP/2 request its session.
 */
import type * as http from "node:http";
import type * as http2 from "node:http2";
import type * as net from "node:net";
import type { StreamResetBound } from "./stream-reset-bound.js";

/**
 * One accepted connection.
 *
 * @example
 * ```ts
 * const idle = conn.active === 0 && Date.now() - conn.idleSince > 65_000;
 * ```
 */
export interface Connection {
  readonly socket: net.Socket;
  session: http2.Http2Session | undefined;
  /** Whether the first bytes have arrived and a server has the socket. */
  routed: boolean;
  /** Requests in progress. */
  active: number;
  /** Requests finished. */
  served: number;
  /** HTTP/2: the streams its client reset unanswered, once it has reset one. */
  resets: StreamResetBound | undefined;
  /** Since when nothing has been in flight (the accept time before the first request). */
  idleSince: number;
  /** Bytes the client has taken (written to the kernel), as of `takenAt`. */
  taken: number;
  /** When `taken` last moved, or nothing was waiting for the client. */
  takenAt: number;
}

/**
 * A connection whose client stopped taking its answers, and the bytes waiting for it.
 *
 * @example
 * ```ts
 * for (const { conn, queuedBytes } of table.unread(Date.now(), 65_000, () => 0)) table.drop(conn);
 * ```
 */
export interface UnreadConnection {
  readonly conn: Connection;
  readonly queuedBytes: number;
}

/**
 * Tracks connections from accept to close.
 *
 * @example
 * ```ts
 * const table = new ConnectionTable();
 * const conn = table.add(socket);
 * table.sweep(Date.now(), { headerTimeoutMs: 10_000, idleTimeoutMs: 65_000 });
 * ```
 */
export class ConnectionTable {
  readonly #bySocket = new Map<net.Socket, Connection>();
  readonly #bySession = new WeakMap<http2.Http2Session, Connection>();

  /** Open connections. */
  get size(): number {
    return this.#bySocket.size;
  }

  /** Every open connection. */
  values(): Connection[] {
    return [...this.#bySocket.values()];
  }

  /** Starts tracking a just-accepted socket; it leaves the table when it closes. */
  add(socket: net.Socket): Connection {
    const now = Date.now();
    const conn: Connection = { socket, session: undefined, routed: false, active: 0, served: 0, resets: undefined, idleSince: now, taken: 0, takenAt: now };
    this.#bySocket.set(socket, conn);
    socket.once("close", () => this.#bySocket.delete(socket));
    return conn;
  }

  /** Records the HTTP/2 session the server made of a connection's socket. */
  attachSession(conn: Connection, session: http2.Http2Session): void {
    conn.session = session;
    this.#bySession.set(session, conn);
  }

  /** The connection a request arrived on. */
  of(req: http.IncomingMessage | http2.Http2ServerRequest): Connection | undefined {
    if ("stream" in req) return req.stream.session ? this.#bySession.get(req.stream.session) : undefined;
    return this.#bySocket.get(req.socket);
  }

  /** The connection of an HTTP/2 session of the listener's server, if it is one. */
  ofSession(session: http2.Http2Session): Connection | undefined {
    return this.#bySession.get(session);
  }

  /** Closes the connections with nothing in flight past their header or idle timeout. */
  sweep(now: number, limits: { readonly headerTimeoutMs: number; readonly idleTimeoutMs: number }): void {
    for (const conn of this.#bySocket.values()) {
      if (conn.active > 0) continue;
      if (now - conn.idleSince > (conn.served === 0 ? limits.headerTimeoutMs : limits.idleTimeoutMs)) this.drop(conn);
    }
  }

  /**
   * The connections whose client has taken none of the bytes waiting for it for `ms`: bytes
   * queued on the socket, or on its HTTP/2 streams (`streamBytes`: what flow control holds
   * back when the client stops granting window). Call it on every sweep: it notes progress.
   * A call in flight is exempt from the idle timeout, so without this a client that stops
   * reading would pin its answer (or a stream of them) for as long as it kept the socket.
   */
  unread(now: number, ms: number, streamBytes: (conn: Connection) => number): UnreadConnection[] {
    const found: UnreadConnection[] = [];
    for (const conn of this.#bySocket.values()) {
      const { socket } = conn;
      // `bytesWritten` counts the queued bytes too: what the kernel took is the difference.
      const taken = socket.bytesWritten - socket.writableLength;
      const queuedBytes = socket.writableLength + streamBytes(conn);
      if (queuedBytes === 0 || taken !== conn.taken) {
        conn.taken = taken;
        conn.takenAt = now;
      } else if (now - conn.takenAt >= ms) {
        found.push({ conn, queuedBytes });
      }
    }
    return found;
  }

  /** Closes the connection idle longest, if any has nothing in flight. */
  evictIdle(): boolean {
    let victim: Connection | undefined;
    for (const conn of this.#bySocket.values()) {
      if (conn.active === 0 && (!victim || conn.idleSince < victim.idleSince)) victim = conn;
    }
    if (victim) this.drop(victim);
    return victim !== undefined;
  }

  /**
   * Closes a connection at once (an HTTP/2 session still says GOAWAY; `destroySession` says
   * how, e.g. with another code than NO_ERROR).
   */
  drop(conn: Connection, destroySession: (session: http2.Http2Session) => void = (session) => session.destroy()): void {
    this.#bySocket.delete(conn.socket);
    if (conn.session) destroySession(conn.session);
    else conn.socket.destroy();
  }
}
