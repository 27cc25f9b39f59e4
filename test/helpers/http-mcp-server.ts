/**
 * A real v1 McpServer over Streamable HTTP (one session) in the test process, counting the
 * tools/list requests it answers: a fast downstream for the gateway's unit tests.
 */
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import * as z from "zod";

/** A running test downstream. */
export interface HttpMcpServer {
  /** Its MCP endpoint, e.g. `http://127.0.0.1:40123/mcp`. */
  readonly url: string;
  /** The McpServer: register a tool to make it send `notifications/tools/list_changed`. */
  readonly mcp: McpServer;
  /** How many tools/list requests it has answered. */
  readonly lists: number;
  /** Its `tools/call` POSTs whose exchange is still open (the client has neither had the answer nor hung up). */
  readonly openCalls: number;
  close(): Promise<void>;
}

/**
 * Starts a downstream with two read-only tools: `search` (echoes `q`) and `meta` (answers
 * with the request's `_meta` as JSON text, e.g. to see the trace context it got).
 *
 * @example
 * ```ts
 * const crm = await startHttpMcpServer();
 * parseGatewayConfig(`policy: p.yaml\nservers: { crm: { url: "${crm.url}" } }`, "/tmp/gateway.yaml");
 * ```
 */
export async function startHttpMcpServer(): Promise<HttpMcpServer> {
  const mcp = new McpServer({ name: "crm", version: "1.0.0" });
  mcp.registerTool("search", { inputSchema: { q: z.string() }, annotations: { readOnlyHint: true } }, async ({ q }) => ({
    content: [{ type: "text" as const, text: `found: ${q}` }],
  }));
  mcp.registerTool("meta", { annotations: { readOnlyHint: true } }, async (extra) => ({
    content: [{ type: "text" as const, text: JSON.stringify(extra._meta ?? {}) }],
  }));
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  await mcp.connect(transport);
  let lists = 0;
  let openCalls = 0;
  const http = createServer((req, res) => {
    void (async () => {
      const body = req.method === "POST" ? await readBody(req) : undefined;
      if ((body as { method?: unknown } | undefined)?.method === "tools/list") lists++;
      if ((body as { method?: unknown } | undefined)?.method === "tools/call") {
        openCalls++;
        res.once("close", () => openCalls--);
      }
      await transport.handleRequest(req, res, body);
    })();
  });
  http.listen(0, "127.0.0.1");
  await once(http, "listening");
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    mcp,
    get lists() {
      return lists;
    },
    get openCalls() {
      return openCalls;
    },
    async close() {
      await mcp.close();
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

/** The JSON body of a request (what the MCP SDK's transports take already parsed). */
export async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}
