/**
 * A request's deadline header as it arrives. Too long: cut to the sidecar's longest deadline
 * before the router parses it (connect-es refuses a `connect-timeout-ms` or `grpc-timeout`
 * above its `maxTimeoutMs` as InvalidArgument, so a grpc-js caller with a 2-minute deadline
 * got no decision at all; a long deadline is only the caller's willingness to wait). Already
 * past (under a millisecond): the call ends before anything is decided or charged.
 */
import { Code, ConnectError } from "@connectrpc/connect";
import { parseTimeout as parseConnectTimeout } from "@connectrpc/connect/protocol-connect";
import { parseTimeout as parseGrpcTimeout } from "@connectrpc/connect/protocol-grpc";
import type { IncomingHttpHeaders } from "node:http";

/** The header's deadline in ms, however long; undefined when absent or malformed (the router refuses those). */
function requestedMs(connect: string | null | undefined, grpc: string | null | undefined): number | undefined {
  if (typeof connect === "string") return parseConnectTimeout(connect, Number.POSITIVE_INFINITY).timeoutMs;
  if (typeof grpc === "string") return parseGrpcTimeout(grpc, Number.POSITIVE_INFINITY).timeoutMs;
  return undefined;
}

/**
 * Rewrites `connect-timeout-ms` and `grpc-timeout` in place when they ask for more than
 * `maxTimeoutMs` (which must fit 8 digits of milliseconds); a malformed value is left for
 * the router to refuse.
 *
 * @example
 * ```ts
 * const headers = { "grpc-timeout": "99999999H" };
 * cutDeadlineHeaders(headers, 60_000); // headers["grpc-timeout"] === "60000m"
 * ```
 */
export function cutDeadlineHeaders(headers: IncomingHttpHeaders, maxTimeoutMs: number): void {
  const connect = headers["connect-timeout-ms"];
  if (typeof connect === "string" && (requestedMs(connect, undefined) ?? 0) > maxTimeoutMs) headers["connect-timeout-ms"] = String(maxTimeoutMs);
  const grpc = headers["grpc-timeout"];
  if (typeof grpc === "string" && (requestedMs(undefined, grpc) ?? 0) > maxTimeoutMs) headers["grpc-timeout"] = `${maxTimeoutMs}m`;
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
  const ms = requestedMs(headers.get("connect-timeout-ms"), headers.get("grpc-timeout"));
  return ms !== undefined && ms < 1;
}

/**
 * The answer to a call whose deadline had passed when it arrived (`connect-timeout-ms: 0`,
 * gRPC's `0n`, `1n`, `0S`): nothing was decided, nothing charged.
 *
 * @example
 * ```ts
 * if (timeoutMs < 1) throw expiredOnArrival();
 * ```
 */
export function expiredOnArrival(): ConnectError {
  return new ConnectError("the call's deadline had passed when it arrived; nothing was decided", Code.DeadlineExceeded);
}
