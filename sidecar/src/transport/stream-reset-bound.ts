/**
 * How many HTTP/2 streams a client may reset (RST_STREAM) without completing calls before its
 * session is cut off: the rapid-reset flood of CVE-2023-44487, where a client opens streams
 * and resets them at once, so that they never count against the concurrent-stream limit and
 * each one costs the server a stream, a request object and a handler's setup for nothing.
 *
 * Node's own bound (nghttp2's reset rate limit: a burst of 1000, then 33 a second) sends
 * GOAWAY only after a thousand resets per connection, and the sidecar does more per stream
 * than a bare server (the listener's accounting, the request buffering): a flood kept it
 * from serving anyone else for longer than a bare server before that GOAWAY came.
 *
 * The bound is a leaky bucket per session: each reset adds one, each call completed on the
 * session takes one out (a reset paid for by real work costs no more than the call did), and
 * it drains by itself at {@link RESET_DRAIN_PER_SECOND}, so cancellations spread over hours
 * never add up. The session is cut off once the bucket holds more than its allowance (by
 * default twice the concurrent streams a session may have: a client may cancel every call it
 * has in flight, twice over, at once — SDK deadlines, grpc-js cancellations — and not be cut
 * off).
 */
import * as http2 from "node:http2";
import type * as net from "node:net";

/** How many unpaid resets leave the bucket per second. */
export const RESET_DRAIN_PER_SECOND = 10;

/**
 * One HTTP/2 session's resets, as a leaky bucket.
 *
 * @example
 * ```ts
 * const bound = new StreamResetBound(200);
 * if (stream.aborted ? bound.reset(performance.now()) : (bound.completed(), false)) cutOff(session);
 * ```
 */
export class StreamResetBound {
  readonly #allowance: number;
  #level = 0;
  /** When the level was last drained (`performance.now()` time). */
  #drainedAt: number;

  /**
   * @param allowance unpaid resets the session may hold; one more cuts it off.
   * @param now the current `performance.now()` time.
   */
  constructor(allowance: number, now: number = performance.now()) {
    this.#allowance = allowance;
    this.#drainedAt = now;
  }

  /** Unpaid resets held now (for tests). */
  get level(): number {
    return this.#level;
  }

  /** A call on the session completed: it pays for one reset. */
  completed(): void {
    if (this.#level > 0) this.#level = Math.max(0, this.#level - 1);
  }

  /**
   * The client reset a stream before its answer was complete. Returns whether the session
   * is now over its allowance and must be cut off.
   */
  reset(now: number = performance.now()): boolean {
    const drained = ((now - this.#drainedAt) * RESET_DRAIN_PER_SECOND) / 1000;
    this.#drainedAt = now;
    this.#level = Math.max(0, this.#level - drained) + 1;
    return this.#level > this.#allowance;
  }
}

/**
 * How long a cut-off connection's socket stays open after its GOAWAY, reading nothing. Node
 * ends the socket after the GOAWAY and destroys it a moment later; destroyed with the flood's
 * bytes unread, it resets the connection, and the client's kernel drops the GOAWAY its
 * client had not read yet. Unread, the flood stops at TCP's flow control meanwhile.
 */
export const CUT_OFF_GRACE_MS = 1000;

/**
 * Cuts a flooding session off at once: GOAWAY with ENHANCE_YOUR_CALM (RFC 9113 §5.4.1, the
 * code for a peer generating excessive load), nothing more read from it, its other streams
 * ended; the socket is destroyed {@link CUT_OFF_GRACE_MS} later.
 *
 * @example
 * ```ts
 * if (bound.reset()) cutOffFlood(session, socket);
 * ```
 */
export function cutOffFlood(session: http2.Http2Session, socket: net.Socket): void {
  const destroy = socket.destroy.bind(socket);
  let destroying = false;
  socket.destroy = (error?: Error) => {
    if (!destroying) setTimeout(() => destroy(error), CUT_OFF_GRACE_MS).unref();
    destroying = true;
    return socket;
  };
  // `null`, not `undefined`: an undefined error becomes the default NO_ERROR, which replaces
  // the code; an Error would be emitted on the session and on each of its streams. Destroying
  // the session (not only sending GOAWAY) stops reading the socket now, not after the flood
  // bytes Node has already read this turn.
  session.destroy(null as unknown as Error, http2.constants.NGHTTP2_ENHANCE_YOUR_CALM);
}
