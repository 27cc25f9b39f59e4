/**
 * Which of the protocols connect-es serves a request speaks, by its content type, matched
 * without regard to case as connect-es matches it. The listener needs to know it before the
 * router sees the request: to read a gRPC body's envelope prefix, to know which header says
 * the body is compressed, and to answer a refusal in the caller's protocol.
 */

/**
 * `grpc` (application/grpc…), `grpc-web` (binary), `grpc-web-text` (base64, which connect-es
 * does not serve), `connect-stream` (application/connect+…); anything else is `unary`, a
 * Connect unary call or a plain HTTP request.
 */
export type WireProtocol = "grpc" | "grpc-web" | "grpc-web-text" | "connect-stream" | "unary";

const GRPC = /^application\/grpc/i;
const GRPC_WEB = /^application\/grpc-web/i;
const GRPC_WEB_TEXT = /^application\/grpc-web-text/i;
const CONNECT_STREAM = /^application\/connect\+/i;

/**
 * The protocol of a request with this `content-type`. Regular expressions without captures:
 * nothing is allocated, on the hot path either.
 *
 * @example
 * ```ts
 * wireProtocol("application/grpc-web+proto"); // "grpc-web"
 * wireProtocol("application/json"); // "unary"
 * ```
 */
export function wireProtocol(contentType: string | undefined): WireProtocol {
  if (contentType === undefined) return "unary";
  if (GRPC.test(contentType)) return GRPC_WEB.test(contentType) ? (GRPC_WEB_TEXT.test(contentType) ? "grpc-web-text" : "grpc-web") : "grpc";
  return CONNECT_STREAM.test(contentType) ? "connect-stream" : "unary";
}

/**
 * The header that says a body of this protocol is compressed, as connect-es reads it:
 * `content-encoding` for a Connect unary call, `connect-content-encoding` for Connect
 * streaming, `grpc-encoding` for gRPC and gRPC-Web. The others are ignored for that protocol.
 *
 * @example
 * ```ts
 * requestEncoding("unary", { "grpc-encoding": "gzip" }); // undefined: not compressed
 * ```
 */
export function requestEncoding(protocol: WireProtocol, headers: Readonly<Record<string, string | string[] | undefined>>): string | undefined {
  const value =
    protocol === "unary" ? headers["content-encoding"] : protocol === "connect-stream" ? headers["connect-content-encoding"] : headers["grpc-encoding"];
  return typeof value === "string" ? value : undefined;
}
