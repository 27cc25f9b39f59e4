/**
 * governServer on a real v1 McpServer served over Streamable HTTP behind the SDK's own
 * `requireBearerAuth` (with the sidecar as token verifier), as a team that owns its server
 * would run it: a caller with a valid bearer token is served and governed, one without or
 * with a wrong token is refused at the door, and the tool handler never sees the token.
 * In memory without auth info, the governed handlers refuse on their own (fail closed).
 */
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { governServer, sidecarTokenVerifier, type McpToolResult } from "@portcullis/sdk/mcp";
import { jiraServer, startTestSidecar, type HandlerCall, type TestSidecar } from "./jira-fixture.js";

let sidecar: TestSidecar;
let http: HttpServer;
let url: URL;
const calls: HandlerCall[] = [];
const clients: Client[] = [];

beforeAll(async () => {
  sidecar = await startTestSidecar();
  const door = requireBearerAuth({ verifier: sidecarTokenVerifier(sidecar.governance, "jira") });
  http = createServer((req, res) => {
    // The SDK's own bearer middleware, on plain node:http: it sets `req.auth`, which the
    // transport hands to handlers as `extra.authInfo` (express is not needed for that).
    door(req, expressLike(res), async () => {
      // Stateless: a governed server per request, as the SDK's stateless examples do.
      const server = governServer(jiraServer(calls), { governance: sidecar.governance, server: "jira" });
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
      res.on("close", () => void server.close());
      await server.connect(transport);
      await transport.handleRequest(req as IncomingMessage & { auth?: never }, res);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  url = new URL(`http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await new Promise((resolve) => http.close(resolve));
  await sidecar.close();
});

/** The two express response methods `requireBearerAuth` uses on a refusal. */
function expressLike(res: ServerResponse): never {
  return Object.assign(res, {
    set: (name: string, value: string) => res.setHeader(name, value),
    status: (code: number) => ({ json: (body: unknown) => res.writeHead(code, { "content-type": "application/json" }).end(JSON.stringify(body)) }),
  }) as never;
}

async function connectHttp(token?: string): Promise<Client> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const client = new Client({ name: "test-host", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers } }));
  clients.push(client);
  return client;
}

const textOf = (r: unknown) => ((r as McpToolResult).content as { text: string }[]).map((c) => c.text).join("\n");

describe("governServer behind requireBearerAuth", () => {
  it("serves a caller with a valid bearer token, governed, and the handler never sees the token", async () => {
    const client = await connectHttp("support-token");
    expect((await client.listTools()).tools.map((t) => t.name).sort()).toEqual(["create_issue", "fetch_page", "get_issue", "search_issues"]);
    const traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    const result = await client.callTool({ name: "search_issues", arguments: { q: "printer" }, _meta: { traceparent } });
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toContain("SUP-1: printer on fire");
    const seen = calls.at(-1)!;
    expect(seen.tool).toBe("search_issues");
    expect(seen.meta).toMatchObject({ traceparent });
    expect(seen.extra.authInfo).toMatchObject({ clientId: "agent:support-bot" });
    expect(seen.extra.portcullis).toMatchObject({ decisionId: expect.any(String), credential: undefined });
    expect(JSON.stringify(seen.extra)).not.toContain("support-token");
    expect((seen.extra.requestInfo as { headers: Record<string, unknown> }).headers.authorization).toBeUndefined();
  });

  it("returns a denied call as an isError result and never runs its handler", async () => {
    const client = await connectHttp("reader-token");
    const before = calls.length;
    const result = await client.callTool({ name: "create_issue", arguments: { project: "SUP", summary: "x" } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain("(NOT_PERMITTED)");
    expect(calls.length).toBe(before);
  });

  it("refuses a request without a token, or with a token the sidecar does not know", async () => {
    await expect(connectHttp()).rejects.toThrow(/401|Unauthorized|Missing Authorization/i);
    await expect(connectHttp("not-a-real-token")).rejects.toThrow(/401|Unauthorized|not valid/i);
  });
});

describe("governServer without auth info (in memory)", () => {
  it("refuses tools/list and tools/call with no bearer token", async () => {
    const before = calls.length;
    const server = governServer(jiraServer(calls), { governance: sidecar.governance, server: "jira" });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    const client = new Client({ name: "test-host", version: "1.0.0" });
    await client.connect(clientSide);
    clients.push(client);
    await expect(client.listTools()).rejects.toThrow(/bearer token/);
    const result = await client.callTool({ name: "search_issues", arguments: { q: "x" } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain("no bearer token");
    expect(calls.length).toBe(before);
  });
});
