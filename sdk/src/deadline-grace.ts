/**
 * The SDK's deadline, as gRPC clients have it: the sidecar enforces the deadline it is sent,
 * and the client's own timer is only a fallback for a sidecar that never answers.
 *
 * The sidecar starts the deadline it is sent when the request arrives — later than the SDK
 * sent it, by transit and event-loop lag. A client that gave up at exactly the deadline could
 * report a fail-closed DENY (SIDECAR_UNAVAILABLE) for a call the sidecar allowed, and charged
 * (rate, steps, duplicate guard, token reservation), just before its own deadline. The sidecar
 * is consistent on its side: when its deadline fires first it answers DeadlineExceeded and
 * withdraws the charge. So the SDK sends the deadline `timeoutMs` and waits a short grace
 * beyond it for the answer, which is then the sidecar's own: a decision, or DeadlineExceeded.
 */
import { Code, ConnectError, type Transport } from "@connectrpc/connect";
import { getAbortSignalReason } from "@connectrpc/connect/protocol";
import { headerTimeout as connectTimeoutHeader } from "@connectrpc/connect/protocol-connect";
import { headerTimeout as grpcTimeoutHeader } from "@connectrpc/connect/protocol-grpc";

/**
 * How long past the deadline it sends the SDK waits for the sidecar's answer. It must cover
 * the request's trip to the sidecar, the answer's trip back and both processes' event-loop
 * lag: on loopback the trips are well under a millisecond, and a busy two-core machine (a GC
 * pause, a sibling process's burst) delays a turn of an event loop by a few to a few tens of
 * milliseconds. 50 ms covers that with room, and is small next to any useful deadline (5% of
 * the default 1 s), so a sidecar that hangs still fails the call fast.
 *
 * @example
 * ```ts
 * // A call with timeoutMs 1000 gives the sidecar 1000 ms and the SDK up to 1050 ms.
 * const localTimerMs = 1000 + DEADLINE_GRACE_MS;
 * ```
 */
export const DEADLINE_GRACE_MS = 50;

/**
 * A transport whose unary calls send their deadline (`connect-timeout-ms` or `grpc-timeout`)
 * and give up locally only `graceMs` after it, with DeadlineExceeded. The inner transport
 * is called without a deadline of its own (it would send the same value it aborts at); the
 * caller's signal still aborts at once. Streams pass through unchanged.
 *
 * @example
 * ```ts
 * const transport = withDeadlineGrace(createGrpcTransport({ baseUrl, sessionManager }), "grpc");
 * ```
 */
export function withDeadlineGrace(transport: Transport, protocol: "connect" | "grpc", graceMs = DEADLINE_GRACE_MS): Transport {
  const header = protocol === "grpc" ? grpcTimeoutHeader : connectTimeoutHeader;
  const unit = protocol === "grpc" ? "m" : "";
  const unary: Transport["unary"] = async (method, signal, timeoutMs, headers, message, contextValues) => {
    if (timeoutMs === undefined || timeoutMs <= 0) return transport.unary(method, signal, timeoutMs, headers, message, contextValues);
    if (signal?.aborted) throw ConnectError.from(getAbortSignalReason(signal), Code.Canceled);
    const sent = new Headers(headers);
    sent.set(header, `${timeoutMs}${unit}`);
    // One controller, aborted by the caller's signal or the fallback timer. Nothing aborts it
    // when the call ends well: an abort without a reason makes a DOMException, a cost the lean
    // transport exists to avoid; the listener and the timer are removed instead.
    const controller = new AbortController();
    const onAbort = () => controller.abort(getAbortSignalReason(signal!));
    signal?.addEventListener("abort", onAbort, { once: true });
    let giveUp: NodeJS.Immediate | undefined;
    const timer = setTimeout(() => {
      // After a stall of this process (a long task, a GC pause), Node runs the timers that
      // expired before it reads the sockets: an answer that arrived during the stall would lose
      // to this timer. The give-up waits for the loop's poll phase (an immediate runs after it),
      // so an answer already here is read first.
      giveUp = setImmediate(() =>
        controller.abort(new ConnectError(`the operation timed out (deadline ${timeoutMs} ms, no answer ${graceMs} ms past it)`, Code.DeadlineExceeded)),
      );
    }, timeoutMs + graceMs);
    try {
      // A timeout of 0 is "no deadline" to Connect's transports and to the lean one.
      return await transport.unary(method, controller.signal, 0, sent, message, contextValues);
    } finally {
      clearTimeout(timer);
      if (giveUp) clearImmediate(giveUp);
      signal?.removeEventListener("abort", onAbort);
    }
  };
  return { unary, stream: (...args) => transport.stream(...args) };
}
