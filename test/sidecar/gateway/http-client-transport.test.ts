/**
 * The gateway's Streamable HTTP client transport against real servers: the v1 SDK's own server
 * transport in both of its answer modes (an event stream per POST, and plain JSON), and
 * scripted `node:http` servers for what a server does when things go wrong — a stream that ends
 * before its answer (the request fails at once with ConnectionClosed, not at its deadline),
 * redirects (followed within the origin only), an expired session (404), an answer too large to
 * hold. These are the paths the gateway's downstream calls take instead of the SDK's
 * fetch-based transport, so each is shown with a real MCP client on top.
 */
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { CallToolResultSchema, ErrorCode, LATEST_PROTOCOL_VERSION, McpError } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { DownstreamHttpError, endedBeforeAnswer, HttpClientTransport } from "../../../sidecar/src/gateway/http-client-transport.js";
import { readBody } from "../../helpers/http-mcp-server.js";

const servers: Server[] = [];
const clients: Client[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function connect(url: string, options?: ConstructorParameters<typeof HttpClientTransport>[1]) {
  const transport = new HttpClientTransport(new URL(url), options);
  const client = new Client({ name: "test-gateway", version: "1.0.0" });
  clients.push(client);
  await client.connect(transport);
  return { client, transport };
}

/** A real v1 McpServer with a `search` tool; records the headers of every tools/call it gets. */
async function sdkServer(enableJsonResponse: boolean) {
  const mcp = new McpServer({ name: "crm", version: "1.0.0" });
  mcp.registerTool("search", { inputSchema: { q: z.string() } }, async ({ q }) => ({ content: [{ type: "text" as const, text: `found: ${q}` }] }));
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID(), enableJsonResponse });
  await mcp.connect(transport);
  const callHeaders: IncomingHttpHeaders[] = [];
  const url = await listen((req, res) => {
    void (async () => {
      const body = req.method === "POST" ? await readBody(req) : undefined;
      if ((body as { method?: string } | undefined)?.method === "tools/call") callHeaders.push(req.headers);
      await transport.handleRequest(req, res, body);
    })();
  });
  return { url: `${url}/mcp`, callHeaders, mcp };
}

/**
 * A scripted server: `initialize` answered as JSON with a session id, notifications accepted,
 * no GET stream; `tools/call` answered by `onCall`.
 */
async function scriptedServer(onCall: (req: IncomingMessage, res: ServerResponse, id: unknown) => void, path = "/mcp") {
  return listen((req, res) => {
    if (req.method === "GET") return void res.writeHead(405).end();
    void readBody(req).then((body) => {
      const message = body as { id?: unknown; method?: string };
      if (req.url !== path) return onCall(req, res, message.id);
      if (message.method === "initialize") {
        const result = { protocolVersion: "2025-11-25", capabilities: { tools: {} }, serverInfo: { name: "scripted", version: "1" } };
        return void res
          .writeHead(200, { "content-type": "application/json", "mcp-session-id": "s-1" })
          .end(JSON.stringify({ jsonrpc: "2.0", id: message.id, result }));
      }
      if (message.id === undefined) return void res.writeHead(202).end();
      onCall(req, res, message.id);
    });
  });
}

const call = (client: Client, timeout = 60_000) =>
  client.request({ method: "tools/call", params: { name: "search", arguments: { q: "printer" } } }, CallToolResultSchema, { timeout });

describe("HttpClientTransport", () => {
  it.each([
    ["an event stream per POST", false],
    ["JSON answers", true],
  ])("calls a real SDK server that answers with %s, in its session, with the negotiated protocol version", async (_mode, json) => {
    const server = await sdkServer(json);
    const { client, transport } = await connect(server.url);
    expect(transport.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await client.listTools()).tools.map((t) => t.name)).toEqual(["search"]);
    expect((await call(client)).content).toEqual([{ type: "text", text: "found: printer" }]);
    expect(server.callHeaders[0]?.["mcp-session-id"]).toBe(transport.sessionId);
    // The client offers the SDK's latest revision and the SDK's server accepts it.
    expect(server.callHeaders[0]?.["mcp-protocol-version"]).toBe(LATEST_PROTOCOL_VERSION);
  });

  it("fails a call at once, as ConnectionClosed, when the server's event stream ends before its answer", async () => {
    const url = await scriptedServer((_req, res) => {
      // A priming event (an id, no data), then the stream ends: a server restarting mid-call.
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end("id: 1\ndata: \n\n");
    });
    const { client } = await connect(`${url}/mcp`);
    // Sixty seconds of deadline: only the transport's own verdict ends this test in time.
    const err = await call(client).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(McpError);
    expect((err as McpError).code).toBe(ErrorCode.ConnectionClosed);
    expect((err as Error).message).toContain("ended before it answered");
    // Told apart from a server's own -32000 (its generic error), which leaves the connection be.
    expect(endedBeforeAnswer(err)).toBe(true);
    expect(endedBeforeAnswer(new McpError(ErrorCode.ConnectionClosed, "the server's event stream ended before it answered", { reason: "x" }))).toBe(false);
  });

  it("follows a redirect within the server's origin, and refuses one to another origin", async () => {
    const elsewhere = await listen((_req, res) => void res.writeHead(500).end());
    let target = "/moved";
    const url = await scriptedServer((req, res, id) => {
      if (req.url === "/mcp") return void res.writeHead(307, { location: target }).end();
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ jsonrpc: "2.0", id, result: { content: [{ type: "text", text: "moved" }] } }));
    });
    const { client } = await connect(`${url}/mcp`);
    expect((await call(client)).content).toEqual([{ type: "text", text: "moved" }]);
    target = `${elsewhere}/mcp`;
    const err = await call(client).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DownstreamHttpError);
    expect((err as DownstreamHttpError).status).toBe(307);
    expect((err as Error).message).toContain("outside its origin");
  });

  it("reports an expired session as a DownstreamHttpError with the server's status and words", async () => {
    const url = await scriptedServer((_req, res) => void res.writeHead(404, { "content-type": "application/json" }).end('{"error":"Session not found"}'));
    const { client } = await connect(`${url}/mcp`);
    const err = await call(client).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DownstreamHttpError);
    expect((err as DownstreamHttpError).status).toBe(404);
    expect((err as Error).message).toContain("Session not found");
  });

  it("refuses an answer over its size limit, as JSON or as an event, without holding it", async () => {
    const big = "x".repeat(64 * 1024);
    let stream = false;
    const url = await scriptedServer((_req, res, id) => {
      const message = JSON.stringify({ jsonrpc: "2.0", id, result: { content: [{ type: "text", text: big }] } });
      if (stream) res.writeHead(200, { "content-type": "text/event-stream" }).end(`data: ${message}\n\n`);
      else res.writeHead(200, { "content-type": "application/json" }).end(message);
    });
    const { client } = await connect(`${url}/mcp`, { maxMessageBytes: 16 * 1024 });
    expect(String(await call(client).catch((e: unknown) => e))).toContain("over 16384 bytes");
    stream = true;
    const err = await call(client).catch((e: unknown) => e);
    expect((err as McpError).code).toBe(ErrorCode.ConnectionClosed);
  });

  it("sends its headers with every request, and a closed transport sends nothing", async () => {
    const seen: IncomingHttpHeaders[] = [];
    const url = await scriptedServer((req, res, id) => {
      seen.push(req.headers);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ jsonrpc: "2.0", id, result: { content: [] } }));
    });
    const { client, transport } = await connect(`${url}/mcp`, { headers: { authorization: "Bearer injected" } });
    await call(client);
    expect(seen[0]?.authorization).toBe("Bearer injected");
    expect(seen[0]?.accept).toBe("application/json, text/event-stream");
    await transport.close();
    await expect(transport.send({ jsonrpc: "2.0", method: "notifications/initialized" })).rejects.toThrow("closed");
  });
});

/**
 * A scripted server whose `tools/call`s are answered by `answer` and counted while their
 * response is open — the socket and stream the gateway holds for each.
 */
async function countingServer(answer: (res: ServerResponse, id: unknown) => void) {
  const open = new Set<ServerResponse>();
  let received = 0;
  const url = await scriptedServer((_req, res, id) => {
    received++;
    open.add(res);
    res.once("close", () => open.delete(res));
    answer(res, id);
  });
  return {
    url: `${url}/mcp`,
    open,
    get received() {
      return received;
    },
  };
}

describe("HttpClientTransport, a call the client gave up on", () => {
  // Each cancelled or timed-out call held its POST's socket and answer stream for good: the
  // transport read on, for a request the client had forgotten, until the server ended it.
  it.each<[string, (res: ServerResponse) => void]>([
    ["never answers", () => undefined],
    ["opens an event stream and never answers on it", (res) => void res.writeHead(200, { "content-type": "text/event-stream" }).write(": ping\n\n")],
    ["starts a JSON answer and never ends it", (res) => void res.writeHead(200, { "content-type": "application/json" }).write("{")],
  ])("closes each cancelled call's exchange, and each timed-out one's, when the server %s", async (_what, answer) => {
    const server = await countingServer(answer);
    const { client } = await connect(server.url);
    const aborts = Array.from({ length: 10 }, () => new AbortController());
    const cancelled = aborts.map((abort) =>
      client
        .request({ method: "tools/call", params: { name: "search", arguments: { q: "x" } } }, CallToolResultSchema, { signal: abort.signal, timeout: 600_000 })
        .catch((e: unknown) => e),
    );
    await vi.waitFor(() => expect(server.received).toBe(10), { timeout: 20_000, interval: 20 });
    for (const abort of aborts) abort.abort("the caller stopped");
    for (const err of await Promise.all(cancelled)) expect((err as Error).message).toContain("the caller stopped");
    const timedOut = await Promise.all(Array.from({ length: 10 }, () => call(client, 1_000).catch((e: unknown) => e)));
    for (const err of timedOut) expect((err as McpError).code).toBe(ErrorCode.RequestTimeout);
    await vi.waitFor(() => expect(server.open.size).toBe(0), { timeout: 20_000, interval: 50 });
  });

  it("closes a call's event stream the server leaves open after the answer", async () => {
    const server = await countingServer((res, id) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(`data: ${JSON.stringify({ jsonrpc: "2.0", id, result: { content: [{ type: "text", text: "done" }] } })}\n\n`);
    });
    const { client } = await connect(server.url);
    const results = await Promise.all(Array.from({ length: 10 }, () => call(client)));
    for (const result of results) expect(result.content).toEqual([{ type: "text", text: "done" }]);
    await vi.waitFor(() => expect(server.open.size).toBe(0), { timeout: 20_000, interval: 50 });
  });
});
