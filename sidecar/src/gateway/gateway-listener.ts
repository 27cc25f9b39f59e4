/**
 * The gateway's HTTP listener and the bounds it keeps, so that no client — slow, idle or
 * greedy — can hold the gateway's sockets or memory: a head must arrive within a deadline, a
 * body within another, idle keep-alive connections are retired, connections are capped, and
 * request bodies held at once share one byte budget. Node's own defaults (a minute for a head,
 * five for a request, checked every 30 s, no cap on connections or bytes) would let a few
 * hundred slow clients pin the gateway.
 */
import type { Socket } from "node:net";
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from "node:http";
import { LISTENER_DEFAULTS } from "../transport/listener-limits.js";

/**
 * The gateway listener's bounds (the `limits` block of the gateway file); every field has a default.
 *
 * @example
 * ```ts
 * const limits: GatewayListenerLimits = { headerTimeoutMs: 5_000, maxConnections: 256 };
 * ```
 */
export interface GatewayListenerLimits {
  /** From a request's first byte until its head has arrived (default 10 s). */
  readonly headerTimeoutMs?: number;
  /** From a request's first byte until its whole body has arrived (default 30 s). */
  readonly requestTimeoutMs?: number;
  /** How long a keep-alive connection may wait for its next request (default 65 s). */
  readonly idleTimeoutMs?: number;
  /** Most open connections, event streams included (default 1024, or 64 below the open-files limit). */
  readonly maxConnections?: number;
  /** Largest request body (default 4 MiB). */
  readonly maxBodyBytes?: number;
  /** Most request-body bytes held across the requests being served (default 32 MiB). */
  readonly maxInflightBytes?: number;
}

/**
 * The defaults of {@link GatewayListenerLimits}.
 *
 * @example
 * ```ts
 * console.log(`maxBodyBytes (default ${GATEWAY_LISTENER_DEFAULTS.maxBodyBytes})`);
 * ```
 */
export const GATEWAY_LISTENER_DEFAULTS: Required<GatewayListenerLimits> = {
  // The same bounds as `portcullis serve`'s listener.
  headerTimeoutMs: LISTENER_DEFAULTS.headerTimeoutMs,
  requestTimeoutMs: LISTENER_DEFAULTS.requestTimeoutMs,
  idleTimeoutMs: LISTENER_DEFAULTS.idleTimeoutMs,
  maxConnections: LISTENER_DEFAULTS.maxConnections,
  maxInflightBytes: LISTENER_DEFAULTS.maxInflightBytes,
  maxBodyBytes: 4 * 1024 * 1024,
};

/**
 * A node:http server that enforces the timeouts and the connection cap of `limits`.
 * Node checks its head and request deadlines on a timer; it runs at a quarter of the shortest
 * deadline (at most every second), so a deadline is enforced within 25 % of itself.
 *
 * @example
 * ```ts
 * const server = createGatewayServer({ headerTimeoutMs: 5_000 }, (req, res) => res.end("ok"));
 * server.listen(7879, "127.0.0.1");
 * ```
 */
export function createGatewayServer(
  limits: Required<GatewayListenerLimits>,
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  onUnread: (queuedBytes: number) => void = () => undefined,
): HttpServer {
  const { headerTimeoutMs, requestTimeoutMs } = limits;
  const server = createServer(
    {
      headersTimeout: headerTimeoutMs,
      requestTimeout: requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, Math.max(10, Math.floor(Math.min(headerTimeoutMs, requestTimeoutMs) / 4))),
      keepAliveTimeout: limits.idleTimeoutMs,
    },
    handler,
  );
  server.on("connection", (socket: Socket) => closeWhenUnread(socket, limits.idleTimeoutMs, onUnread));
  server.maxConnections = limits.maxConnections;
  return server;
}

/**
 * Closes a connection whose client stops taking its answers: with bytes queued for it and none
 * of them taken for `ms` (checked every `ms`, so within twice that), the socket is destroyed and
 * `onUnread` told how many bytes it held. One that never reads would otherwise pin its answers
 * (up to a downstream's largest, tens of MiB each, and each request it pipelined) for as long as
 * it keeps the socket open.
 */
function closeWhenUnread(socket: Socket, ms: number, onUnread: (queuedBytes: number) => void): void {
  // `bytesWritten` counts the queued bytes too: what the kernel took is the difference.
  const taken = () => socket.bytesWritten - socket.writableLength;
  let before = taken();
  const timer = setInterval(() => {
    const queued = socket.writableLength;
    if (queued > 0 && taken() === before) {
      onUnread(queued);
      socket.destroy();
      return;
    }
    before = taken();
  }, ms);
  timer.unref();
  socket.once("close", () => clearInterval(timer));
}

/**
 * The byte budget that request bodies being served share: a body takes its bytes as they
 * arrive and gives them back when its response closes, so a flood of large bodies is refused
 * (503) instead of held.
 *
 * @example
 * ```ts
 * const budget = new BodyBudget(32 << 20);
 * if (!budget.take(chunk.length)) refuse(); // give back on the response's close
 * ```
 */
export class BodyBudget {
  #used = 0;

  constructor(readonly limit: number) {}

  /** Bytes held now. */
  get used(): number {
    return this.#used;
  }

  /** Takes `bytes` if they fit in what is left; false (nothing taken) if not. */
  take(bytes: number): boolean {
    if (this.#used + bytes > this.limit) return false;
    this.#used += bytes;
    return true;
  }

  /** Gives back `bytes` taken earlier. */
  give(bytes: number): void {
    this.#used = Math.max(0, this.#used - bytes);
  }
}
