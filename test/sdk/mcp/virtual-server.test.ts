/**
 * wrapClient and governServer on a virtual server of the policy. FilterTools requires each
 * tool's real server there, which `governedToolList` never sent: `listTools()` threw
 * InvalidArgument ("tools[0].upstream_server: required …"). The target's `upstreamServer`
 * names the real server behind the virtual one: the list comes back filtered and renamed as
 * the policy says, a renamed tool is called as the real tool (with the real tool's hints, which
 * the policy requires), and a name the virtual server routes to another real server is
 * refused, never sent to this one.
 */
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import * as z from "zod";
import { hashToken } from "@portcullis/sidecar";
import { DECISION_META_KEY, governServer, wrapClient, type McpToolResult } from "@portcullis/sdk/mcp";
import { startTestSidecar, type TestSidecar } from "./jira-fixture.js";

const TOKEN = "virtual-agent-token";
const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent:desk, roles: [desk], tokenSha256: ${hashToken(TOKEN)} }`,
  "roles:",
  "  desk:",
  "    servers:",
  "      accounts: { allow: ['*'], annotations: { readOnly: required } }",
  "      billing: { allow: ['*'] }",
  "virtualServers:",
  "  desk:",
  "    roles: [desk]",
  "    tools:",
  "      - accounts/account",
  "      - { tool: accounts/account, as: acct }",
  "      - billing/lookup",
].join("\n");

/** The real server 'accounts': `lookup` here is not the virtual server's `lookup` (billing's). */
function accountsServer(ran: string[]): McpServer {
  const server = new McpServer({ name: "accounts", version: "1.0.0" });
  server.registerTool("account", { inputSchema: { id: z.string() }, annotations: { readOnlyHint: true } }, async ({ id }) => {
    ran.push("account");
    return { content: [{ type: "text" as const, text: `account ${id}` }] };
  });
  server.registerTool("lookup", { inputSchema: { id: z.string() }, annotations: { readOnlyHint: true } }, async () => {
    ran.push("lookup");
    return { content: [{ type: "text" as const, text: "accounts' own lookup ran" }] };
  });
  return server;
}

let sidecar: TestSidecar;
let http: HttpServer;
let url: URL;
const ran: string[] = [];
const clients: Client[] = [];
const textOf = (r: unknown) => ((r as McpToolResult).content as { text: string }[]).map((c) => c.text).join("\n");
const reasonOf = (r: unknown) => ((r as McpToolResult)._meta?.[DECISION_META_KEY] as { reason?: string } | undefined)?.reason;

beforeAll(async () => {
  sidecar = await startTestSidecar(POLICY);
  http = createServer((req, res) => {
    const server = governServer(accountsServer(ran), { governance: sidecar.governance, server: "desk", upstreamServer: "accounts" });
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    res.on("close", () => void server.close());
    void server.connect(transport).then(() => transport.handleRequest(Object.assign(req, { auth: { token: TOKEN, clientId: "c", scopes: [] } }), res));
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  url = new URL(`http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await new Promise((resolve) => http.close(resolve));
  await sidecar.close();
});

describe("a virtual server's real server, governed", () => {
  it("wrapClient: lists as the virtual server exposes the tools, calls the real tool, refuses another server's", async () => {
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await accountsServer(ran).connect(serverSide);
    const client = wrapClient(new Client({ name: "host", version: "1.0.0" }), {
      governance: sidecar.governance,
      server: "desk",
      upstreamServer: "accounts",
      token: TOKEN,
    });
    await client.connect(clientSide);
    clients.push(client);
    // Before: listTools threw "FilterTools: tools[0].upstream_server: required …".
    expect((await client.listTools()).tools.map((t) => t.name).sort()).toEqual(["account", "acct"]);
    ran.length = 0;
    const acct = await client.callTool({ name: "acct", arguments: { id: "7" } });
    expect(acct.isError).toBeFalsy();
    expect(textOf(acct)).toBe("account 7");
    expect(textOf(await client.callTool({ name: "account", arguments: { id: "8" } }))).toBe("account 8");
    // The virtual server's `lookup` is billing's: this client's server must not run its own.
    const lookup = await client.callTool({ name: "lookup", arguments: { id: "1" } });
    expect(lookup.isError).toBe(true);
    expect(reasonOf(lookup)).toBe("UNLISTED_TOOL");
    expect(ran).toEqual(["account", "account"]);
  });

  it("governServer: a stock client lists and calls through the virtual server", async () => {
    const client = new Client({ name: "agent", version: "1.0.0" });
    await client.connect(new StreamableHTTPClientTransport(url));
    clients.push(client);
    expect((await client.listTools()).tools.map((t) => t.name).sort()).toEqual(["account", "acct"]);
    ran.length = 0;
    const account = await client.callTool({ name: "account", arguments: { id: "9" } });
    expect(account.isError).toBeFalsy();
    expect(textOf(account)).toBe("account 9");
    const lookup = await client.callTool({ name: "lookup", arguments: { id: "1" } });
    expect(lookup.isError).toBe(true);
    expect(ran).toEqual(["account"]);
  });

  it("tells a caller that left out upstreamServer what to give", async () => {
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await accountsServer(ran).connect(serverSide);
    const client = wrapClient(new Client({ name: "host", version: "1.0.0" }), { governance: sidecar.governance, server: "desk", token: TOKEN });
    await client.connect(clientSide);
    clients.push(client);
    await expect(client.listTools()).rejects.toThrow(/'desk' is a virtual server: give the real server behind it as `upstreamServer`/);
  });
});
