/**
 * An HTTP/2 stream the sidecar refused (RST_STREAM with REFUSED_STREAM: a draining sidecar
 * refuses new streams, and so does any HTTP/2 server past its stream limit) never reached a
 * handler. Like a refused connection, it means the sidecar is not taking calls, and the call
 * is safe to retry: Unavailable. connect-node has that mapping for the stream's close, but
 * Node emits the stream's 'error' (ERR_HTTP2_STREAM_ERROR) first, which connect-node takes as
 * Internal — and Internal fails closed as "no decision", never open.
 */
import { Code, ConnectError } from "@connectrpc/connect";
import type { UniversalClientFn } from "@connectrpc/connect/protocol";

/**
 * `client`, with a stream refused before any answer rejected as Unavailable rather than as
 * Node's ERR_HTTP2_STREAM_ERROR (which Connect calls Internal).
 *
 * @example
 * ```ts
 * const httpClient = refusedStreamsUnavailable(createNodeHttpClient({ httpVersion: "2", sessionProvider }));
 * ```
 */
export function refusedStreamsUnavailable(client: UniversalClientFn): UniversalClientFn {
  return (request) =>
    client(request).catch((err: unknown) => {
      throw isRefusedStream(err) ? new ConnectError("http/2 stream refused by the sidecar (REFUSED_STREAM)", Code.Unavailable, undefined, undefined, err) : err;
    });
}

/**
 * Whether `err` (or an error it wraps) is Node's for a stream reset with REFUSED_STREAM. Node
 * names the code only in the message ("Stream closed with error code NGHTTP2_REFUSED_STREAM").
 */
function isRefusedStream(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if ((e as { code?: unknown }).code === "ERR_HTTP2_STREAM_ERROR" && e.message.includes("NGHTTP2_REFUSED_STREAM")) return true;
  }
  return false;
}
