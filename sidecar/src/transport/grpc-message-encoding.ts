/**
 * Re-encodes the `grpc-message` header with the gRPC spec's minimal percent-encoding.
 *
 * connect-es encodes status messages with `encodeURIComponent`, which also escapes
 * characters the spec leaves alone (`:`, `/`, `'`, `,` …). @grpc/grpc-js decodes them with
 * `decodeURI`, which leaves exactly those escapes in place — a grpc-js client would read
 * "server%3A required". The spec (PROTOCOL-HTTP2.md, Status-Message) escapes only bytes
 * outside 0x20–0x7E and `%`; every conforming decoder reads that, grpc-js included.
 */
import type * as http from "node:http";
import type * as http2 from "node:http2";
import type { DualHandler } from "./dual-protocol-listener.js";

type Headers = http.OutgoingHttpHeaders | Record<string, string | string[]>;

/**
 * Wraps a handler so that `grpc-message` in headers and trailers uses the spec's encoding.
 *
 * @example
 * ```ts
 * const handler = withSpecGrpcMessage(connectNodeAdapter({ routes }));
 * ```
 */
export function withSpecGrpcMessage(handler: DualHandler): DualHandler {
  return (req, res) => {
    // Only gRPC and gRPC-Web carry grpc-message; leave the hot Connect path untouched.
    if (!String(req.headers["content-type"] ?? "").startsWith("application/grpc")) {
      handler(req, res);
      return;
    }
    const out = res as http.ServerResponse & http2.Http2ServerResponse;
    const writeHead = out.writeHead.bind(out) as (status: number, headers?: Headers) => unknown;
    out.writeHead = ((status: number, headers?: Headers) => writeHead(status, reencode(headers))) as never;
    const addTrailers = out.addTrailers.bind(out) as (headers: Headers) => void;
    out.addTrailers = ((headers: Headers) => addTrailers(reencode(headers) ?? headers)) as never;
    handler(req, res);
  };
}

function reencode<T extends Headers | undefined>(headers: T): T {
  const value = headers?.["grpc-message"];
  if (typeof value !== "string" || !value.includes("%")) return headers;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return headers;
  }
  return { ...headers, "grpc-message": specEncode(decoded) } as T;
}

/** Percent-encodes as the gRPC spec's Percent-Byte-Unencoded rule says. */
export function specEncode(message: string): string {
  let out = "";
  for (const byte of Buffer.from(message, "utf8")) {
    out += byte >= 0x20 && byte <= 0x7e && byte !== 0x25 ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
