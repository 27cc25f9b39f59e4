/**
 * Cuts a request's deadline header to the sidecar's longest deadline before the router
 * parses it. connect-es refuses a `connect-timeout-ms` or `grpc-timeout` above its
 * `maxTimeoutMs` as InvalidArgument, so a grpc-js caller with a 2-minute deadline got no
 * decision at all; a long deadline is only the caller's willingness to wait, and the
 * sidecar answers well within 60 s either way, so it is shortened, never refused.
 */
import type { IncomingHttpHeaders } from "node:http";

const GRPC_TIMEOUT = /^(\d{1,8})([HMSmun])$/;
const GRPC_UNIT_MS: Record<string, number> = { H: 3_600_000, M: 60_000, S: 1000, m: 1, u: 0.001, n: 0.000001 };

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
  if (typeof connect === "string" && /^\d{1,10}$/.test(connect) && Number(connect) > maxTimeoutMs) headers["connect-timeout-ms"] = String(maxTimeoutMs);
  const grpc = headers["grpc-timeout"];
  if (typeof grpc !== "string") return;
  const parsed = GRPC_TIMEOUT.exec(grpc);
  if (parsed && Number(parsed[1]) * GRPC_UNIT_MS[parsed[2]!]! > maxTimeoutMs) headers["grpc-timeout"] = `${maxTimeoutMs}m`;
}
