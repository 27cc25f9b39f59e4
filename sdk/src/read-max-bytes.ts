/**
 * The bound on an answer the SDK reads. The sidecar never sends a message larger than 16 MiB
 * (README, "Bounds"), so anything larger comes from something else on the port — or a broken
 * peer — and reading it whole would only grow the host's memory (a fake sidecar answering
 * 64 MiB cost ~158 MiB of RSS before decoding failed).
 */
import { Code, ConnectError } from "@connectrpc/connect";
import type { UniversalClientFn } from "@connectrpc/connect/protocol";

/**
 * The errors the SDK itself made for an answer past the bound. An answer too large is not the
 * caller's mistake, unlike a ResourceExhausted the sidecar answers (a request too large): the
 * call got no decision. The code cannot tell the two apart, nor should the message text.
 */
const REFUSALS = new WeakSet<Error>();

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
 * `readMaxBytes`, and marked as the SDK's refusal ({@link isAnswerTooLarge}): a guarded call
 * settles it as NO_DECISION instead of throwing it.
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
  const error = new ConnectError(message, Code.ResourceExhausted);
  REFUSALS.add(error);
  return error;
}

/**
 * Whether `error` — or what it wraps, as a GovernanceError wraps what the transport threw —
 * is the SDK's refusal of an answer past `readMaxBytes`.
 *
 * @example
 * ```ts
 * isAnswerTooLarge(answerTooLarge(undefined, DEFAULT_READ_MAX_BYTES)); // true
 * isAnswerTooLarge(new ConnectError("arguments_json: larger than 1 MiB", Code.ResourceExhausted)); // false
 * ```
 */
export function isAnswerTooLarge(error: unknown): boolean {
  // A few links at most: the transport's error, the GovernanceError that wraps it.
  for (let e = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    if (REFUSALS.has(e)) return true;
  }
  return false;
}

/**
 * Connect's HTTP client with the bound applied before Connect's own check of it (which stays,
 * and never fires first), so a refusal is the SDK's, marked: a bare unary answer (Connect
 * `application/proto`) by its content-length and by the bytes that arrive; an enveloped one
 * (gRPC, Connect streams) by each message's length as its envelope declares it, as Connect
 * counts it. The h2c and gRPC transports read through it.
 *
 * @example
 * ```ts
 * const httpClient = boundedAnswers(createNodeHttpClient({ httpVersion: "2", sessionProvider }), DEFAULT_READ_MAX_BYTES);
 * ```
 */
export function boundedAnswers(client: UniversalClientFn, readMaxBytes: number): UniversalClientFn {
  return async (request) => {
    const response = await client(request);
    const enveloped = /^application\/(grpc|connect\+)/i.test(response.header.get("content-type") ?? "");
    const declared = Number(response.header.get("content-length"));
    if (!enveloped && declared > readMaxBytes) throw answerTooLarge(declared, readMaxBytes);
    return { ...response, body: enveloped ? boundEnvelopes(response.body, readMaxBytes) : boundBytes(response.body, readMaxBytes) };
  };
}

async function* boundBytes(body: AsyncIterable<Uint8Array>, readMaxBytes: number): AsyncIterable<Uint8Array> {
  let received = 0;
  for await (const chunk of body) {
    received += chunk.byteLength;
    if (received > readMaxBytes) throw answerTooLarge(undefined, readMaxBytes);
    yield chunk;
  }
}

/** Each envelope is a flags byte and a 4-byte big-endian length, then that many bytes of message. */
async function* boundEnvelopes(body: AsyncIterable<Uint8Array>, readMaxBytes: number): AsyncIterable<Uint8Array> {
  const prefix = new Uint8Array(5);
  let have = 0; // bytes of the current prefix seen
  let skip = 0; // bytes of the current message still to pass
  for await (const chunk of body) {
    for (let i = 0; i < chunk.byteLength; ) {
      if (skip > 0) {
        const n = Math.min(skip, chunk.byteLength - i);
        skip -= n;
        i += n;
        continue;
      }
      prefix[have++] = chunk[i++]!;
      if (have < 5) continue;
      have = 0;
      skip = ((prefix[1]! << 24) >>> 0) + (prefix[2]! << 16) + (prefix[3]! << 8) + prefix[4]!;
      if (skip > readMaxBytes) throw answerTooLarge(skip, readMaxBytes);
    }
    yield chunk;
  }
}
