/**
 * The bound on an answer the SDK reads. The sidecar never sends a message larger than 16 MiB
 * (README, "Bounds"), so anything larger comes from something else on the port — or a broken
 * peer — and reading it whole would only grow the host's memory (a fake sidecar answering
 * 64 MiB cost ~158 MiB of RSS before decoding failed).
 */
import { Code, ConnectError } from "@connectrpc/connect";

/**
 * The default bound on one answer's message: the sidecar's largest message, 16 MiB. A
 * Connect unary answer is the bare message (the SDK offers no compression); streams and gRPC
 * check each message's size in its envelope, which the bound does not count.
 *
 * @example
 * ```ts
 * createGovernanceClient({ baseUrl, readMaxBytes: DEFAULT_READ_MAX_BYTES * 2 });
 * ```
 */
export const DEFAULT_READ_MAX_BYTES = 16 * 1024 * 1024;

/**
 * The error of an answer past the bound: ResourceExhausted, as Connect reports its own
 * `readMaxBytes` (connect-node's transports, for h2c and gRPC).
 *
 * @example
 * ```ts
 * answerTooLarge(64 << 20, DEFAULT_READ_MAX_BYTES).code; // Code.ResourceExhausted (content-length known)
 * answerTooLarge(undefined, DEFAULT_READ_MAX_BYTES); // a chunked answer that passed the bound
 * ```
 */
export function answerTooLarge(bytes: number | undefined, readMaxBytes: number): ConnectError {
  const message =
    bytes === undefined
      ? `the answer passed readMaxBytes (${readMaxBytes} bytes); the rest was not read`
      : `the answer is ${bytes} bytes, larger than readMaxBytes (${readMaxBytes} bytes); it was not read`;
  return new ConnectError(message, Code.ResourceExhausted);
}
