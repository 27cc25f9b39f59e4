/**
 * Plain HTTP endpoints beside the RPCs, on the same listener: the SCIM 2.0 endpoint that an
 * identity provider calls to deprovision people, and the OAuth 2 connect flow a user's
 * browser visits. Each route owns a path prefix; anything else is a 404 in JSON.
 */
import type { connectNodeAdapter } from "@connectrpc/connect-node";

type Fallback = NonNullable<NonNullable<Parameters<typeof connectNodeAdapter>[0]>["fallback"]>;
/** A request the HTTP routes receive (either HTTP version). */
export type HttpRequest = Parameters<Fallback>[0];
/** The response to it (connect-node's view of both HTTP versions). */
export type HttpResponse = Parameters<Fallback>[1];

/** One endpoint family, e.g. `/scim/v2/`. */
export interface HttpRoute {
  /** Path prefix it owns, starting and ending with `/`. */
  readonly prefix: string;
  handle(req: HttpRequest, res: HttpResponse): void | Promise<void>;
}

/**
 * The fallback handler of the Connect adapter: dispatches to the route that owns the path.
 *
 * @example
 * ```ts
 * connectNodeAdapter({ routes, fallback: httpFallback([scimRoute]) });
 * ```
 */
export function httpFallback(routes: readonly HttpRoute[]): (req: HttpRequest, res: HttpResponse) => void {
  return (req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const route = routes.find((r) => path.startsWith(r.prefix));
    if (!route) {
      sendJson(res, 404, { error: "not_found", message: `no endpoint at ${path}` });
      return;
    }
    Promise.resolve()
      .then(() => route.handle(req, res))
      .catch(() => {
        // A route's own errors are its to answer; this is the last line (never a stack trace).
        if (!res.headersSent) sendJson(res, 500, { error: "internal", message: "the request could not be handled" });
      });
  };
}

/**
 * Sends a JSON body with a status.
 *
 * @example
 * ```ts
 * sendJson(res, 200, { ok: true });
 * ```
 */
export function sendJson(res: HttpResponse, status: number, body: unknown, contentType = "application/json"): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(text), "cache-control": "no-store" });
  res.end(text);
}

/**
 * Reads a request body as text, up to `maxBytes`.
 *
 * @example
 * ```ts
 * const body = JSON.parse(await readBody(req, 64 * 1024));
 * ```
 */
export async function readBody(req: HttpRequest, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new RangeError(`the request body is larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
