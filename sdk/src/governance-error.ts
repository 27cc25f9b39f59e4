/**
 * The one error type the SDK throws: a ConnectError that also names the RPC and says whether
 * the sidecar was unreachable (as opposed to rejecting the request).
 */
import { Code, ConnectError } from "@connectrpc/connect";

/** Codes that mean "the sidecar could not be reached or did not answer in time" — nothing else. */
const UNAVAILABLE_CODES: ReadonlySet<Code> = new Set([Code.Unavailable, Code.DeadlineExceeded]);

/**
 * What {@link GovernanceError} takes besides the RPC, code and message.
 *
 * @example
 * ```ts
 * new GovernanceError("Ping", Code.Unavailable, "Ping: connection refused", { cause: err });
 * ```
 */
export interface GovernanceErrorOptions {
  cause?: unknown;
  /** Response headers and trailers of the failed call. */
  metadata?: ConstructorParameters<typeof ConnectError>[2];
  /** Error details as they came off the wire, for `findDetails()`. */
  details?: ConnectError["details"];
}

/**
 * An error from a Portcullis RPC. It is a ConnectError (`instanceof ConnectError` holds), with
 * the RPC's name and whether the sidecar was unavailable.
 *
 * @example
 * ```ts
 * try { await portcullis.recordAudit(req); }
 * catch (err) { if (err instanceof ConnectError && err.code === Code.Unauthenticated) … }
 * ```
 */
export class GovernanceError extends ConnectError {
  /** The RPC that failed, e.g. `Authorize`. */
  readonly rpc: string;
  /**
   * Whether the sidecar could not be reached or did not answer in time (Unavailable,
   * DeadlineExceeded): the only failures `failOpen` may turn into an allow.
   */
  readonly unavailable: boolean;

  constructor(rpc: string, code: Code, message: string, options: GovernanceErrorOptions = {}) {
    super(message, code, options.metadata, undefined, options.cause);
    // ConnectError's own instanceof check (made to work across copies of the library)
    // accepts a subclass only under this name, so the name stays "ConnectError".
    this.name = "ConnectError";
    if (options.details) this.details = options.details;
    this.rpc = rpc;
    this.unavailable = UNAVAILABLE_CODES.has(code);
  }

  /**
   * ConnectError's inherited check would call every ConnectError a GovernanceError; this one
   * follows the prototype chain.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class instanceof was asked about (a subclass too)
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

/**
 * Wraps whatever an RPC threw as a GovernanceError, keeping its code, metadata and details.
 * (Not a static `from`: ConnectError.from already takes a code as its second argument.)
 *
 * @example
 * ```ts
 * const error = asGovernanceError(err, "Authorize");
 * ```
 */
export function asGovernanceError(err: unknown, rpc: string): GovernanceError {
  if (err instanceof GovernanceError) return err;
  const connect = ConnectError.from(err);
  return new GovernanceError(rpc, connect.code, `${rpc}: ${connect.rawMessage}`, {
    cause: err,
    metadata: connect.metadata,
    details: connect.details,
  });
}
