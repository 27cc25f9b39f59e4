/**
 * A call whose deadline had passed when it arrived: both the lean path and the framework's
 * (the request gate) end it with this before anything is decided or charged.
 */
import { Code, ConnectError } from "@connectrpc/connect";
import { parseTimeout as parseConnectTimeout } from "@connectrpc/connect/protocol-connect";
import { parseTimeout as parseGrpcTimeout } from "@connectrpc/connect/protocol-grpc";

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

/**
 * Whether the deadline a request was sent with (`connect-timeout-ms`, or `grpc-timeout`,
 * which gRPC-Web shares) had passed when it arrived: under a millisecond. Read from the
 * header, not from the time left, which a millisecond clock reads as 0 for a 1 ms deadline a
 * moment after it started.
 *
 * @example
 * ```ts
 * if (expiredOnArrivalHeader(ctx.requestHeader)) throw expiredOnArrival();
 * ```
 */
export function expiredOnArrivalHeader(headers: Headers): boolean {
  const connect = headers.get("connect-timeout-ms");
  const grpc = connect === null ? headers.get("grpc-timeout") : null;
  if (connect === null && grpc === null) return false;
  const { timeoutMs } = connect !== null ? parseConnectTimeout(connect, Number.POSITIVE_INFINITY) : parseGrpcTimeout(grpc, Number.POSITIVE_INFINITY);
  return timeoutMs !== undefined && timeoutMs < 1;
}
