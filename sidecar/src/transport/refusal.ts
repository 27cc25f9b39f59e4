/**
 * Answers a request the listener refuses — its body does not fit the byte budget, or did
 * not arrive in time — in the caller's protocol, without handing it to the router: a
 * router call costs ~50 KB of heap while it waits, and a refused HTTP/2 stream may stay
 * half-open until its request timeout, holding all of it.
 *
 * Connect unary gets the HTTP status of the code and the JSON error body, Connect
 * streaming an end-of-stream message, gRPC a trailers-only response (status in the one
 * HEADERS frame, which ends the stream), gRPC-Web the trailer frame in the body (base64 for
 * gRPC-Web-text: never a raw binary frame under a text content type). A refusal with an
 * HTTP `status` is that bare status, as connect-es answers a request it does not serve (415
 * for gRPC-Web-text). Nothing follows the answer on HTTP/2, so the listener can reset the
 * stream right after it.
 */
import type { Code } from "@connectrpc/connect";
import { codeToHttpStatus, codeToString, endStreamFlag } from "@connectrpc/connect/protocol-connect";
import * as http from "node:http";
import type * as http2 from "node:http2";
import { specEncode } from "./grpc-message-encoding.js";
import { wireProtocol } from "./wire-protocol.js";

/**
 * Why a request is refused. A plain record, not a ConnectError: a flood is refused by the
 * thousand, and an error object would capture a stack trace for each.
 *
 * @example
 * ```ts
 * const refusal: Refusal = { code: Code.ResourceExhausted, message: "retry shortly" };
 * ```
 */
export interface Refusal {
  readonly code: Code;
  readonly message: string;
  /** Answer with this HTTP status and nothing else, whatever the protocol (e.g. 415). */
  readonly status?: number;
}

/**
 * Writes `refusal` as the response to `req`.
 *
 * @example
 * ```ts
 * answerRefusal(req, res, { code: Code.ResourceExhausted, message: "retry shortly" });
 * ```
 */
export function answerRefusal(
  req: http.IncomingMessage | http2.Http2ServerRequest,
  res: http.ServerResponse | http2.Http2ServerResponse,
  refusal: Refusal,
): void {
  if (refusal.status !== undefined) {
    send(res, refusal.status, undefined, Buffer.alloc(0));
    return;
  }
  const type = String(req.headers["content-type"] ?? "");
  const protocol = wireProtocol(type);
  const message = specEncode(refusal.message);
  const error = { code: codeToString(refusal.code), message: refusal.message };
  if (protocol === "grpc-web" || protocol === "grpc-web-text") {
    const frame = envelope(0x80, Buffer.from(`grpc-status: ${refusal.code}\r\ngrpc-message: ${message}\r\n`));
    send(res, 200, type, protocol === "grpc-web-text" ? Buffer.from(frame.toString("base64")) : frame);
  } else if (protocol === "grpc") {
    send(res, 200, type, undefined, { "grpc-status": String(refusal.code), "grpc-message": message });
  } else if (protocol === "connect-stream") {
    send(res, 200, type, envelope(endStreamFlag, Buffer.from(JSON.stringify({ error }))));
  } else {
    send(res, codeToHttpStatus(refusal.code), "application/json", Buffer.from(JSON.stringify(error)));
  }
}

/** Writes a whole response; without a body, a headers-only one (gRPC's trailers-only). */
function send(
  res: http.ServerResponse | http2.Http2ServerResponse,
  status: number,
  type: string | undefined,
  body: Buffer | undefined,
  headers: Record<string, string> = {},
): void {
  const all = { ...headers, ...(type !== undefined ? { "content-type": type } : {}), ...(body ? { "content-length": String(body.length) } : {}) };
  if (res instanceof http.ServerResponse) {
    if (res.headersSent) return;
    res.writeHead(status, all);
    res.end(body);
    return;
  }
  // The stream itself, not the compatibility response, which always asks for trailers:
  // those are sent lazily, and the reset that follows the answer would overtake them.
  const stream = res.stream;
  if (stream.headersSent || stream.destroyed || stream.closed) return;
  // This runs from timers and nextTicks: a stream that closed meanwhile must not throw there.
  try {
    stream.respond({ ":status": status, ...all }, { endStream: body === undefined });
    if (body) stream.end(body);
  } catch {
    stream.destroy();
  }
}

function envelope(flags: number, data: Buffer): Buffer {
  const frame = Buffer.alloc(5 + data.length);
  frame.writeUInt8(flags, 0);
  frame.writeUInt32BE(data.length, 1);
  data.copy(frame, 5);
  return frame;
}
