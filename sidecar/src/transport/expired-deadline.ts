/**
 * A call whose deadline had passed when it arrived: both the lean path and the framework's
 * (the request gate) end it with this before anything is decided or charged.
 */
import { Code, ConnectError } from "@connectrpc/connect";

/**
 * The answer to a call whose deadline had passed when it arrived (a deadline under a
 * millisecond: `connect-timeout-ms: 0`, gRPC's `0n`, `1n`, `0S`): nothing was decided,
 * nothing charged.
 *
 * @example
 * ```ts
 * if (timeoutMs < 1) throw expiredOnArrival();
 * ```
 */
export function expiredOnArrival(): ConnectError {
  return new ConnectError("the call's deadline had passed when it arrived; nothing was decided", Code.DeadlineExceeded);
}
