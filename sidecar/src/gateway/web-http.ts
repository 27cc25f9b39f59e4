/**
 * Between node's HTTP objects and the fetch-style Request/Response the MCP SDKs' web-standard
 * transports take: the gateway parses each body once, and passes it on parsed.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";

/**
 * The web Request for a node request: its method and headers, and the body already parsed.
 *
 * @example
 * ```ts
 * const response = await transport.handleRequest(toWebRequest(req, url, body), { parsedBody: body });
 * ```
 */
export function toWebRequest(req: IncomingMessage, url: string, body: unknown): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return new Request(url, { method: req.method ?? "POST", headers, ...(req.method === "POST" ? { body: JSON.stringify(body) } : {}) });
}

/**
 * Writes a web Response to a node response, streaming its body (an SSE stream stays open
 * until either side ends it).
 *
 * @example
 * ```ts
 * await sendWebResponse(res, await handler.fetch(request));
 * ```
 */
export function sendWebResponse(res: ServerResponse, response: Response): void {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) {
    res.end();
    return;
  }
  const stream = Readable.fromWeb(response.body as NodeReadableStream);
  res.on("close", () => stream.destroy());
  stream.pipe(res);
}
