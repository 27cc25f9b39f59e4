/**
 * governServer on a real v2 McpServer (`@modelcontextprotocol/server`), served by the SDK's
 * own `createMcpHandler` behind its own `requireBearerAuth` with the sidecar as token
 * verifier — a governed per-request server for each exchange, as a team that owns a v2
 * server would run it — to a 2026-07-28 client (v2, sessionless) and a 2025-11-25 client
 * (v1, through the handler's stateless legacy leg): the list filtered per caller, an allowed
 * call through with the trace context, a denial a readable isError result whose handler never
 * runs, and the handler never sees the token (in `ctx.http.authInfo` or the request headers).
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Client as V1Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport as V1Transport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { createMcpHandler, McpServer, requireBearerAuth } from "@modelcontextprotocol/server";
import { governServer, sidecarTokenVerifier, type GovernedExtra, type McpToolResult } from "@portcullis/sdk/mcp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { startTestSidecar, type TestSidecar } from "./jira-fixture.js";

interface Seen {
  tool: string;
  meta: unknown;
  ctx: { http?: { authInfo?: Record<string, unknown>; req?: Request }; portcullis?: GovernedExtra["portcullis"] };
}

let sidecar: TestSidecar;
let http: HttpServer;
let url: URL;
const seen: Seen[] = [];

/** A v2 McpServer with Jira-like tools, each handler keeping what it saw. */
function v2Jira(): McpServer {
  const server = new McpServer({ name: "jira", version: "2.0.0" });
  const keep = (tool: string, ctx: unknown) => {
    const c = ctx as Seen["ctx"] & { mcpReq?: { _meta?: unknown } };
    seen.push({ tool, meta: c.mcpReq?._meta, ctx: c });
  };
  server.registerTool("search_issues", { inputSchema: z.object({ q: z.string() }), annotations: { readOnlyHint: true } }, async ({ q }, ctx) => {
    keep("search_issues", ctx);
    return { content: [{ type: "text" as const, text: `SUP-1 matches ${q}` }] };
  });
  server.registerTool("delete_issue", { inputSchema: z.object({ key: z.string() }), annotations: { destructiveHint: true } }, async ({ key }, ctx) => {
    keep("delete_issue", ctx);
    return { content: [{ type: "text" as const, text: `deleted ${key}` }] };
  });
  server.registerTool("get_issue", { inputSchema: z.object({ key: z.string() }), annotations: { readOnlyHint: true } }, async ({ key }, ctx) => {
    keep("get_issue", ctx);
    return { content: [{ type: "text" as const, text: `${key}: open` }] };
  });
  return server;
}

beforeAll(async () => {
  sidecar = await startTestSidecar();
  const handler = createMcpHandler(() => governServer(v2Jira(), { governance: sidecar.governance, server: "jira" }));
  const door = requireBearerAuth({ verifier: sidecarTokenVerifier(sidecar.governance, "jira") });
  http = createServer((req, res) => {
    void (async () => {
      const body = req.method === "POST" ? await readBody(req) : undefined;
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const request = new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers, ...(body === undefined ? {} : { body }) });
      const auth = await door(request);
      const response =
        auth instanceof Response ? auth : await handler.fetch(request, { authInfo: auth, parsedBody: body === undefined ? undefined : JSON.parse(body) });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    })();
  });
  http.listen(0, "127.0.0.1");
  await once(http, "listening");
  url = new URL(`http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`);
});

afterAll(async () => {
  http?.closeAllConnections();
  await new Promise((resolve) => http?.close(resolve));
  await sidecar?.close();
});

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** A client of either revision, with the caller's bearer token. */
async function connect(revision: "2026-07-28" | "2025-11-25", token?: string) {
  const requestInit = { headers: token ? { authorization: `Bearer ${token}` } : {} };
  if (revision === "2026-07-28") {
    const client = new Client({ name: "v2-host", version: "1.0.0" }, { versionNegotiation: { mode: { pin: "2026-07-28" } } });
    await client.connect(new StreamableHTTPClientTransport(url, { requestInit }));
    expect(client.getProtocolEra()).toBe("modern");
    return client as unknown as V1Client;
  }
  const client = new V1Client({ name: "v1-host", version: "1.0.0" });
  await client.connect(new V1Transport(url, { requestInit }));
  return client;
}

const textOf = (r: unknown) => ((r as McpToolResult).content as { text: string }[]).map((c) => c.text).join("\n");

describe("governServer on a v2 McpServer under createMcpHandler", () => {
  for (const revision of ["2026-07-28", "2025-11-25"] as const) {
    it(`${revision}: filters the list, governs the call, and the handler never sees the token`, async () => {
      const reader = await connect(revision, "reader-token");
      expect((await reader.listTools()).tools.map((t) => t.name).sort()).toEqual(["get_issue", "search_issues"]);
      const traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
      const result = await reader.callTool({ name: "search_issues", arguments: { q: "printer" }, _meta: { traceparent } });
      expect(result.isError).toBeFalsy();
      expect(textOf(result)).toBe("SUP-1 matches printer");
      const call = seen.at(-1)!;
      expect(call.tool).toBe("search_issues");
      expect(call.ctx.portcullis).toMatchObject({ decisionId: expect.stringMatching(/./), credential: undefined });
      expect(call.ctx.http?.authInfo).toMatchObject({ clientId: "agent:reader" });
      expect(call.ctx.http?.authInfo?.token).toBeUndefined();
      expect(call.ctx.http?.req?.headers.get("authorization") ?? null).toBeNull();
      expect(call.meta).toMatchObject({ traceparent });
      // The decision the handler was told of is the one in the audit trail.
      const records = await sidecar.records();
      expect(records.filter((r) => r.decisionId === call.ctx.portcullis?.decisionId).map((r) => r.event)).toContain("authorize");

      const before = seen.length;
      const denied = await reader.callTool({ name: "delete_issue", arguments: { key: "SUP-1" } });
      expect(denied.isError).toBe(true);
      expect(textOf(denied)).toMatch(/^Portcullis denied the call to delete_issue on jira \(NOT_PERMITTED\): /);
      expect(seen.length).toBe(before);
      await reader.close();
    });
  }

  it("refuses a request without a bearer token at the door, before any handler", async () => {
    const before = seen.length;
    await expect(connect("2026-07-28")).rejects.toThrow(/401|Unauthorized|invalid_token|Missing/i);
    expect(seen.length).toBe(before);
  });
});
