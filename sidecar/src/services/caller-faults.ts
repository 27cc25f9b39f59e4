/**
 * Request bytes that do not decode are the caller's fault, yet connect-es reports a
 * protobuf message that does not parse (garbage, invalid UTF-8 in a string, nesting past
 * the recursion limit) and a compressed message it cannot inflate as Internal — HTTP 500
 * for Connect, and a status that tells the caller to retry. They are InvalidArgument.
 *
 * connect-es parses the body outside interceptors, so no interceptor sees the error. Every
 * protocol handler, though, aborts the call's context with the very error object just
 * before it serializes it, so a listener on the context's signal (attached by the request
 * gate, which runs before connect-es parses the body) can correct the code in between.
 * test/e2e/malformed-requests.test.ts fails if a connect-es upgrade changes that order.
 */
import { Code, ConnectError, type HandlerContext } from "@connectrpc/connect";

/** Internal errors of connect-es that describe undecodable request bytes. */
const CALLER_FAULTS = ["parse binary:", "received compressed envelope, but do not know how to decompress", "decompression failed"];

/**
 * Makes undecodable request bytes of this call InvalidArgument instead of Internal.
 *
 * @example
 * ```ts
 * connectNodeAdapter({ routes, requestGate: (ctx) => { gate(ctx); reclassifyCallerFaults(ctx); } });
 * ```
 */
export function reclassifyCallerFaults(ctx: HandlerContext): void {
  ctx.signal.addEventListener(
    "abort",
    () => {
      const reason: unknown = ctx.signal.reason;
      if (!(reason instanceof ConnectError) || reason.code !== Code.Internal) return;
      if (!CALLER_FAULTS.some((prefix) => reason.rawMessage.startsWith(prefix))) return;
      const writable = reason as { code: Code; message: string };
      writable.code = Code.InvalidArgument;
      writable.message = `[invalid_argument] ${reason.rawMessage}`;
    },
    { once: true },
  );
}
