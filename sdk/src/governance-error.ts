/**
 * The one error type the SDK throws: a ConnectError code, the RPC, and whether the sidecar
 * was unreachable (as opposed to rejecting the request).
 */
import { Code, ConnectError } from "@connectrpc/connect";

/** Codes that mean "the sidecar did not decide", not "the sidecar said no". */
const UNAVAILABLE_CODES = new Set([
  Code.Unavailable,
  Code.DeadlineExceeded,
  Code.Canceled,
  Code.Aborted,
  Code.Unknown,
  Code.Internal,
]);

/**
 * An error from a Portcullis RPC.
 *
 * @example
 * ```ts
 * try { await portcullis.scanResponse(req); }
 * catch (err) { if (err instanceof GovernanceError && err.code === Code.Unimplemented) … }
 * ```
 */
export class GovernanceError extends Error {
  /** The Connect/gRPC status code. */
  readonly code: Code;
  /** The RPC that failed, e.g. `Authorize`. */
  readonly rpc: string;
  /** Whether the sidecar could not be reached or did not answer in time. */
  readonly unavailable: boolean;

  constructor(rpc: string, code: Code, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "GovernanceError";
    this.rpc = rpc;
    this.code = code;
    this.unavailable = UNAVAILABLE_CODES.has(code);
  }

  /** Wraps whatever a call threw. */
  static from(err: unknown, rpc: string): GovernanceError {
    if (err instanceof GovernanceError) return err;
    const connect = ConnectError.from(err);
    return new GovernanceError(rpc, connect.code, `${rpc}: ${connect.message}`, { cause: err });
  }
}
