/**
 * The gateway's 2025-11-25 session transport (`JsonSessionTransport`) against a real v1
 * McpServer, driven with web-standard Requests as the gateway drives it: an answered call
 * leaves nothing behind in the session (the stock SDK transport keeps every answered POST's
 * request, bearer token included, for the session's life: typescript-sdk#2559), and a POST in
 * flight when its session closes is answered at once instead of hanging.
 */
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { JsonSessionTransport } from "../../../sidecar/src/gateway/json-session-transport.js";

const TOKEN = "Bearer a-callers-token-that-must-not-linger";

/** A v1 McpServer with `echo` and a `slow` tool that waits for `release`, on the given transport. */
async function serve(transport: WebStandardStreamableHTTPServerTransport) {
  let release!: () => void;
  let started!: () => void;
  const slowStarted = new Promise<void>((resolve) => (started = resolve));
  const server = new McpServer({ name: "t", version: "1.0.0" });
  server.registerTool("echo", { inputSchema: { message: z.string() } }, async ({ message }) => ({ content: [{ type: "text", text: message }] }));
  server.registerTool("slow", {}, async () => {
    started();
    await new Promise<void>((resolve) => (release = resolve));
    return { content: [{ type: "text", text: "late" }] };
  });
  await server.connect(transport);
  let sessionId = "";
  const post = (body: object) =>
    transport.handleRequest(
      new Request("http://127.0.0.1/mcp/desk", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json, text/event-stream",
          authorization: TOKEN,
          ...(sessionId ? { "mcp-session-id": sessionId, "mcp-protocol-version": "2025-11-25" } : {}),
        },
        body: JSON.stringify(body),
      }),
      { parsedBody: body },
    );
  const init = await post({
    jsonrpc: "2.0",
    id: 0,
    method: "initialize",
    params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "c", version: "1" } },
  });
  sessionId = init.headers.get("mcp-session-id")!;
  await post({ jsonrpc: "2.0", method: "notifications/initialized" });
  return { post, slowStarted, release: () => release(), close: () => server.close() };
}

/** Stream entries the transport holds (its private map: what the leak is made of). */
const held = (transport: WebStandardStreamableHTTPServerTransport) => (transport as unknown as { _streamMapping: Map<string, unknown> })._streamMapping.size;

const newTransport = (Kind: typeof WebStandardStreamableHTTPServerTransport) => new Kind({ sessionIdGenerator: () => randomUUID(), enableJsonResponse: true });

describe("JsonSessionTransport", () => {
  it("holds nothing of a call once it is answered (the stock transport holds every one)", async () => {
    for (const [Kind, expected] of [
      [JsonSessionTransport, 0],
      [WebStandardStreamableHTTPServerTransport, 40],
    ] as const) {
      const transport = newTransport(Kind);
      const mcp = await serve(transport);
      const before = held(transport);
      for (let i = 0; i < 40; i++) {
        const answer = await mcp.post({ jsonrpc: "2.0", id: i + 1, method: "tools/call", params: { name: "echo", arguments: { message: `m${i}` } } });
        expect(answer.status).toBe(200);
        expect(await answer.json()).toMatchObject({ id: i + 1, result: { content: [{ type: "text", text: `m${i}` }] } });
      }
      expect(held(transport) - before).toBe(expected);
      await mcp.close();
    }
  });

  it("answers a call still in flight when its session closes, instead of leaving it hanging", async () => {
    const transport = newTransport(JsonSessionTransport);
    const mcp = await serve(transport);
    const pending = mcp.post({ jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "slow", arguments: {} } });
    await mcp.slowStarted;
    await transport.close();
    const answer = await pending;
    expect(answer.status).toBe(503);
    expect(await answer.json()).toMatchObject({ jsonrpc: "2.0", error: { code: -32000 } });
    mcp.release();
    expect(held(transport)).toBe(0);
  });
});
