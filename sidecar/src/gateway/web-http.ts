/**
 * Between node's HTTP objects and the fetch-style Request/Response the MCP SDKs' web-standard
 * transports take: the gateway parses each body once, and passes it on parsed — the Request
 * carries no body (the SDKs read `parsedBody` instead), and a JSON answer is written in one
 * piece (profiled: re-serialising the body for the Request and piping each answer through a
 * web stream in chunked encoding cost a socket write and several stream ticks per call).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";

/**
 * The web Request for a node request: its method and headers, without the body — pass the
 * parsed body alongside (`parsedBody`), as every SDK entry point the gateway calls accepts.
 * Its `signal` aborts when the client hangs up before `res` is answered in full: the v2 SDK
 * takes that as the cancellation of the request (2026-07-28: over Streamable HTTP, closing the
 * response stream is the cancellation signal), and aborts the handler's `mcpReq.signal`.
 *
 * @example
 * ```ts
 * const response = await transport.handleRequest(toWebRequest(req, res, url), { parsedBody: body });
 * ```
 */
export function toWebRequest(req: IncomingMessage, res: ServerResponse, url: string): Request {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  return new Request(url, { method: req.method ?? "POST", headers, signal: hangUpSignal(res) });
}

/**
 * A signal that aborts when `res` closes before it was answered in full: the client hung up
 * (or its connection was dropped). An answered response never aborts it.
 *
 * @example
 * ```ts
 * await governed.callTool({ ...call, signal: hangUpSignal(res) });
 * ```
 */
export function hangUpSignal(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort(new Error("the client closed the connection"));
  });
  return controller.signal;
}

/**
 * Writes a web Response to a node response: a JSON (or empty) answer whole, with its length,
 * in one write; an SSE stream's head at once, then its events until either side ends it.
 *
 * @example
 * ```ts
 * await sendWebResponse(res, await handler.fetch(request));
 * ```
 */
export async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers = Object.fromEntries(response.headers);
  if (!response.body) {
    res.writeHead(response.status, headers).end();
    return;
  }
  if (!(headers["content-type"] ?? "").startsWith("text/event-stream")) {
    const body = Buffer.from(await response.arrayBuffer());
    headers["content-length"] = String(body.length);
    res.writeHead(response.status, headers).end(body);
    return;
  }
  res.writeHead(response.status, headers);
  // Sent now: node holds a head back until the first body write, and a stream may stay quiet
  // for good (a session's GET stream, where the gateway has nothing to say). The spec has the
  // server answer the GET with `text/event-stream` (or 405); a client or proxy waiting for the
  // headers would wait forever.
  res.flushHeaders();
  const stream = Readable.fromWeb(response.body as NodeReadableStream);
  res.on("close", () => stream.destroy());
  stream.pipe(res);
}
