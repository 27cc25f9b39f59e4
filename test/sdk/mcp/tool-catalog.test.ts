/**
 * The real list a call is checked against is the whole list, every page. governServer read
 * only the first page of its server's tools/list: a call of a tool on the second page was
 * refused as UNLISTED_TOOL (and its output schema never known). A list that never ends (its
 * cursor comes back again) fails the call instead of holding it forever. Real v1 low-level
 * Servers that paginate, a stock v1 client and wrapClient in memory, a real embedded sidecar.
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { DECISION_META_KEY, governServer, wrapClient, type McpToolResult } from "@portcullis/sdk/mcp";
import { hashToken } from "@portcullis/sidecar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSidecar, type TestSidecar } from "./jira-fixture.js";

const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent:support-bot, roles: [support], tokenSha256: ${hashToken("support-token")} }`,
  "roles:",
  "  support: { servers: { jira: { allow: ['*'] } } }",
].join("\n");

const ran: string[] = [];

/** A low-level server with one tool per page; `endless`: the second page points at itself. */
function pagedServer(endless = false): Server {
  const server = new Server({ name: "jira", version: "1.0.0" }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async (request) => {
    const second = request.params?.cursor === "page-2";
    return {
      tools: [{ name: second ? "get_issue" : "search_issues", inputSchema: { type: "object" as const }, annotations: { readOnlyHint: true } }],
      ...(second ? (endless ? { nextCursor: "page-2" } : {}) : { nextCursor: "page-2" }),
    };
  });
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    ran.push(request.params.name);
    return { content: [{ type: "text" as const, text: `${request.params.name} ran` }] };
  });
  return server;
}

/** The caller's bearer token on every message, as an authenticating transport hands it to the server. */
function withToken<T extends { send: (message: never, options?: never) => Promise<void> }>(transport: T): T {
  const send = transport.send.bind(transport) as (message: unknown, options?: Record<string, unknown>) => Promise<void>;
  const authInfo = { token: "support-token", clientId: "test-host", scopes: [] };
  (transport as { send: unknown }).send = (message: unknown, options?: Record<string, unknown>) => send(message, { ...options, authInfo });
  return transport;
}

let sidecar: TestSidecar;
const clients: Client[] = [];
const textOf = (r: McpToolResult) => (r.content as { text: string }[]).map((c) => c.text).join("\n");
const reasonOf = (r: McpToolResult) => (r._meta?.[DECISION_META_KEY] as { reason?: string } | undefined)?.reason;

beforeAll(async () => {
  sidecar = await startTestSidecar(POLICY);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await sidecar.close();
});

async function governed(endless = false): Promise<Client> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await governServer(pagedServer(endless), { governance: sidecar.governance, server: "jira" }).connect(serverSide);
  const client = new Client({ name: "test-host", version: "1.0.0" });
  await client.connect(withToken(clientSide));
  clients.push(client);
  return client;
}

describe("the real list a governed call is checked against", () => {
  it("governServer: runs a tool its server lists on the second page", async () => {
    const client = await governed();
    ran.length = 0;
    // Before: UNLISTED_TOOL — only the first page was read.
    const result = (await client.callTool({ name: "get_issue", arguments: {} })) as McpToolResult;
    expect(reasonOf(result), textOf(result)).toBe("ALLOWED");
    expect(textOf(result)).toBe("get_issue ran");
    expect(ran).toEqual(["get_issue"]);
  });

  it("wrapClient: runs a tool the server lists on the second page", async () => {
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await pagedServer().connect(serverSide);
    const client = wrapClient(new Client({ name: "test-host", version: "1.0.0" }), { governance: sidecar.governance, server: "jira", token: "support-token" });
    await client.connect(clientSide);
    clients.push(client);
    ran.length = 0;
    const result = (await client.callTool({ name: "get_issue", arguments: {} })) as McpToolResult;
    expect(textOf(result)).toBe("get_issue ran");
    expect(ran).toEqual(["get_issue"]);
  });

  it("governServer: a list that never ends fails the call, which never runs", async () => {
    const client = await governed(true);
    ran.length = 0;
    await expect(client.callTool({ name: "get_issue", arguments: {} })).rejects.toThrow(/tools\/list did not end after 2 pages/);
    expect(ran).toEqual([]);
  });
});
