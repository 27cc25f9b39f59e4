/**
 * A request's deadline header as it arrives. Too long: cut to the sidecar's longest deadline
 * before the router parses it (connect-es refuses a `connect-timeout-ms` or `grpc-timeout`
 * above its `maxTimeoutMs` as InvalidArgument, so a grpc-js caller with a 2-minute deadline
 * got no decision at all; a long deadline is only the caller's willingness to wait). Counted
 * from the arrival of the request's headers, not from when its body was in (a caller that
 * sent a 200 ms deadline and trickled its body for a second gave up long before). Already
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
 * Rewrites `connect-timeout-ms` and `grpc-timeout` in place to the time the call has left:
 * what it asked for, cut to `maxTimeoutMs` (which must fit 8 digits of milliseconds), less
 * `elapsedMs`, the time since its headers arrived (its body arrived meanwhile). The deadline
 * then runs from the request's arrival on every path — the framework and the lean handler
 * start it when they get the request, once its body is in — and a call whose deadline passed
 * while its body was arriving is left with 0 ms: it ends DeadlineExceeded before anything is
 * decided or charged ({@link expiredOnArrival}). A malformed value is left for the router to
 * refuse.
 *
 * @example
 * ```ts
 * const headers = { "grpc-timeout": "99999999H", "connect-timeout-ms": "200" };
 * cutDeadlineHeaders(headers, 60_000); // headers["grpc-timeout"] === "60000m"
 * cutDeadlineHeaders(headers, 60_000, 1_000); // headers["connect-timeout-ms"] === "0"
 * ```
 */
export function cutDeadlineHeaders(headers: IncomingHttpHeaders, maxTimeoutMs: number, elapsedMs = 0): void {
  const connect = headers["connect-timeout-ms"];
  if (typeof connect === "string") {
    const asked = requestedMs(connect, undefined);
    const left = asked === undefined ? undefined : timeLeft(asked, maxTimeoutMs, elapsedMs);
    if (left !== undefined && left !== asked) headers["connect-timeout-ms"] = String(left);
  }
  const grpc = headers["grpc-timeout"];
  if (typeof grpc === "string") {
    const asked = requestedMs(undefined, grpc);
    const left = asked === undefined ? undefined : timeLeft(asked, maxTimeoutMs, elapsedMs);
    if (left !== undefined && left !== asked) headers["grpc-timeout"] = `${left}m`;
  }
}

/** Longest value both headers can carry (8 digits). */
const LONGEST_MS = 99_999_999;

/** Whole milliseconds left of a deadline of `asked` ms, cut to the longest, `elapsedMs` in; `asked` itself when nothing changes. */
function timeLeft(asked: number, maxTimeoutMs: number, elapsedMs: number): number {
  if (asked <= maxTimeoutMs && elapsedMs <= 0) return asked;
  return Math.max(0, Math.floor(Math.min(asked, maxTimeoutMs, LONGEST_MS) - elapsedMs));
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
 * gRPC's `0n`, `1n`, `0S`), or while its body was arriving: nothing was decided, nothing charged.
 *
 * @example
 * ```ts
 * if (timeoutMs < 1) throw expiredOnArrival();
 * ```
 */
export function expiredOnArrival(): ConnectError {
  return new ConnectError("the call's deadline had passed when it arrived, or while its body was arriving; nothing was decided", Code.DeadlineExceeded);
}
