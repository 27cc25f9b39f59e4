/**
 * connect-node's HTTP/2 session manager, with every session it opens kept from crashing the host.
 *
 * Node emits a session's error on the socket's 'close', after the session was destroyed. When
 * the peer does not speak h2c (an HTTP/1.1 server on the port), nghttp2 destroys the session
 * with a protocol error, the call fails — and a `close()` before the socket has closed makes
 * the manager drop its own error listener (`abort()` adds a catch-all only to sessions not yet
 * destroyed), so the error is emitted with no listener: an uncaught exception in the host.
 * Here each session gets a listener that ignores errors for its whole life. Nothing is lost:
 * the manager and the session's streams still see every error while they listen.
 */
import type * as http2 from "node:http2";
import { Http2SessionManager } from "@connectrpc/connect-node";

/**
 * An {@link Http2SessionManager} whose sessions never emit an unhandled 'error', so aborting
 * it (the SDK's `close()`) cannot crash the process however the connection ended.
 *
 * @example
 * ```ts
 * const sessionManager = new GuardedHttp2SessionManager("http://127.0.0.1:7878");
 * const transport = createGrpcTransport({ baseUrl: "http://127.0.0.1:7878", sessionManager });
 * sessionManager.abort(); // never throws, never emits later
 * ```
 */
export class GuardedHttp2SessionManager extends Http2SessionManager {
  private readonly guarded = new WeakSet<http2.Http2Session>();

  override async request(
    method: string,
    path: string,
    headers: http2.OutgoingHttpHeaders,
    options: Omit<http2.ClientSessionRequestOptions, "signal">,
  ): Promise<http2.ClientHttp2Stream> {
    const stream = await super.request(method, path, headers, options);
    // Every session the manager opens carries a request before the caller can reach it
    // (the SDK never calls connect() on its own), so guarding here covers them all.
    const session = stream.session;
    if (session && !this.guarded.has(session)) {
      this.guarded.add(session);
      session.on("error", ignore);
    }
    return stream;
  }
}

function ignore(): void {
  // The manager's own listener (while attached) or the streams report the error.
}
