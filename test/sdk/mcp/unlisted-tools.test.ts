/**
 * A call to a name the server never listed is decided and recorded but never sent — by
 * `wrapClient` and by `governServer` alike. The server here is a real v1 low-level `Server`
 * that folds tool names to lower case (as many hand-written servers do), under a policy that
 * allows `*` and denies `delete_*`: `DELETE_ISSUE` passes the policy's exact-name match, and
 * sent on it would run `delete_issue`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { hashToken } from "@portcullis/sidecar";
import { DECISION_META_KEY, governServer, wrapClient, type McpToolResult } from "@portcullis/sdk/mcp";
import { startTestSidecar, type TestSidecar } from "./jira-fixture.js";

const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent:support-bot, roles: [support], tokenSha256: ${hashToken("support-token")} }`,
  "roles:",
  "  support:",
  "    servers:",
  "      jira: { allow: ['*'], deny: ['delete_*'] }",
].join("\n");

/** What the folding server ran, by its folded name. */
const ran: string[] = [];

/** A v1 low-level Server whose tools/call folds the name to lower case before it dispatches. */
function foldingServer(): Server {
  const server = new Server({ name: "jira", version: "1.0.0" }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: [
      { name: "search_issues", inputSchema: { type: "object" as const }, annotations: { readOnlyHint: true } },
      { name: "delete_issue", inputSchema: { type: "object" as const }, annotations: { destructiveHint: true } },
    ],
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const name = request.params.name.toLowerCase();
    if (name !== "search_issues" && name !== "delete_issue") throw new Error(`unknown tool ${name}`);
    ran.push(name);
    return { content: [{ type: "text" as const, text: name === "delete_issue" ? "deleted SUP-1" : "found SUP-1" }] };
  });
  return server;
}

let sidecar: TestSidecar;
const clients: Client[] = [];
const textOf = (r: unknown) => ((r as McpToolResult).content as { text: string }[]).map((c) => c.text).join("\n");
const decisionOf = (r: unknown) => (r as McpToolResult)._meta?.[DECISION_META_KEY] as { decision: string; reason: string; decisionId: string };

beforeAll(async () => {
  sidecar = await startTestSidecar(POLICY);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await sidecar.close();
});

/** The refusals and passes both adapters must give, and the audit trail of the refusals. */
async function expectUnlistedRefused(callTool: (name: string) => Promise<unknown>): Promise<void> {
  ran.length = 0;
  const denied = await callTool("delete_issue");
  expect(decisionOf(denied)).toMatchObject({ decision: "deny", reason: "EXPLICIT_DENY" });
  const refused: unknown[] = [];
  for (const name of ["DELETE_ISSUE", "Delete_Issue", "SEARCH_ISSUES"]) {
    const result = (await callTool(name)) as McpToolResult;
    expect(result.isError, name).toBe(true);
    expect(textOf(result)).toBe(`tool '${name}' is not among the tools 'jira' lists to you; call tools/list for the names you may call`);
    expect(decisionOf(result)).toMatchObject({ decision: "deny", reason: "UNLISTED_TOOL" });
    refused.push(result);
  }
  const found = await callTool("search_issues");
  expect(textOf(found)).toBe("found SUP-1");
  expect(ran).toEqual(["search_issues"]);
  // Decided (allowed by the glob) and recorded, with the reason the tool never ran: the
  // outcome rides on ScanResponse, written (sync audit) before the call returns.
  const records = await sidecar.records();
  for (const result of refused) {
    const { decisionId } = decisionOf(result);
    expect(records.find((r) => r.event === "authorize" && r.decisionId === decisionId)).toMatchObject({ decision: "allow", tool: expect.any(String) });
    expect(records.find((r) => r.event === "outcome" && r.decisionId === decisionId)).toMatchObject({
      outcome: { status: "TOOL_ERROR" },
      attrs: { refused: "unlisted_tool" },
    });
  }
}

describe("a tool name the server never listed", () => {
  it("wrapClient refuses it, even after fetching the whole list again, and sends it nowhere", async () => {
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await foldingServer().connect(serverSide);
    const client = wrapClient(new Client({ name: "test-host", version: "1.0.0" }), { governance: sidecar.governance, server: "jira", token: "support-token" });
    await client.connect(clientSide);
    clients.push(client);
    await expectUnlistedRefused((name) => client.callTool({ name, arguments: { key: "SUP-1" } }));
  });

  it("governServer refuses it before the server's own handler runs", async () => {
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await governServer(foldingServer(), { governance: sidecar.governance, server: "jira" }).connect(serverSide);
    // What a bearer-auth transport does: the caller's token rides along as authInfo.
    const send = clientSide.send.bind(clientSide);
    clientSide.send = (message, options) => send(message, { ...options, authInfo: { token: "support-token", clientId: "support", scopes: [] } });
    const client = new Client({ name: "test-host", version: "1.0.0" });
    await client.connect(clientSide);
    clients.push(client);
    await expectUnlistedRefused((name) => client.callTool({ name, arguments: { key: "SUP-1" } }));
  });
});
