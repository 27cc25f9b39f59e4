/**
 * governServer on the real server behind a virtual server that exposes its tools under other
 * names (`as:`). The list showed `acct` for `account`, but a call of `acct` was refused as
 * UNLISTED_TOOL: the server was checked for, and would have been sent, the caller's name. Now a
 * renamed tool is called by its exposed name and runs the real tool's handler; the decision is
 * the real tool's (its annotations: a policy requiring read-only tools admits `acct` and refuses
 * `give_back`), and its audit record names the real server and tool — whether or not the caller
 * listed the tools first. Real v1 and v2 McpServers, stock v1 and v2 clients in memory, a real
 * embedded sidecar.
 */
import { Client as V2Client, InMemoryTransport as V2InMemoryTransport } from "@modelcontextprotocol/client";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { McpServer as V2McpServer } from "@modelcontextprotocol/server";
import { createGovernanceClient, type GovernanceClient } from "@portcullis/sdk";
import { DECISION_META_KEY, governServer, type McpToolResult } from "@portcullis/sdk/mcp";
import { hashToken } from "@portcullis/sidecar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { startTestSidecar, type TestSidecar } from "./jira-fixture.js";

const TOKEN = "renamed-agent-token";
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
  "      - { tool: accounts/account, as: acct }",
  "      - { tool: accounts/refund, as: give_back }",
  "      - billing/lookup",
].join("\n");

/** The handlers that ran, by the real tool's name. */
const ran: string[] = [];

function v1Accounts(): McpServer {
  const server = new McpServer({ name: "accounts", version: "1.0.0" });
  server.registerTool("account", { inputSchema: { id: z.string() }, annotations: { readOnlyHint: true } }, async ({ id }) => {
    ran.push("account");
    return { content: [{ type: "text" as const, text: `account ${id}` }] };
  });
  server.registerTool("refund", { inputSchema: { id: z.string() }, annotations: { readOnlyHint: false } }, async () => {
    ran.push("refund");
    return { content: [{ type: "text" as const, text: "refunded" }] };
  });
  server.registerTool("lookup", { inputSchema: { id: z.string() }, annotations: { readOnlyHint: true } }, async () => {
    ran.push("lookup");
    return { content: [{ type: "text" as const, text: "accounts' own lookup" }] };
  });
  return server;
}

function v2Accounts(): V2McpServer {
  const server = new V2McpServer({ name: "accounts", version: "2.0.0" });
  server.registerTool("account", { inputSchema: z.object({ id: z.string() }), annotations: { readOnlyHint: true } }, async ({ id }) => {
    ran.push("account");
    return { content: [{ type: "text" as const, text: `account ${id}` }] };
  });
  server.registerTool("refund", { inputSchema: z.object({ id: z.string() }), annotations: { readOnlyHint: false } }, async () => {
    ran.push("refund");
    return { content: [{ type: "text" as const, text: "refunded" }] };
  });
  server.registerTool("lookup", { inputSchema: z.object({ id: z.string() }), annotations: { readOnlyHint: true } }, async () => {
    ran.push("lookup");
    return { content: [{ type: "text" as const, text: "accounts' own lookup" }] };
  });
  return server;
}

/** The caller's bearer token on every message, as an authenticating transport hands it to the server. */
function withToken<T extends { send: (message: never, options?: never) => Promise<void> }>(transport: T): T {
  const send = transport.send.bind(transport) as (message: unknown, options?: Record<string, unknown>) => Promise<void>;
  const authInfo = { token: TOKEN, clientId: "desk-host", scopes: [] };
  (transport as { send: unknown }).send = (message: unknown, options?: Record<string, unknown>) => send(message, { ...options, authInfo });
  return transport;
}

interface Caller {
  list(): Promise<string[]>;
  call(name: string, id: string): Promise<McpToolResult>;
  close(): Promise<void>;
}

async function v1Caller(governance: GovernanceClient): Promise<Caller> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await governServer(v1Accounts(), { governance, server: "desk", upstreamServer: "accounts" }).connect(serverSide);
  const client = new Client({ name: "desk-host", version: "1.0.0" });
  await client.connect(withToken(clientSide));
  return {
    list: async () => (await client.listTools()).tools.map((t) => t.name).sort(),
    call: async (name, id) => (await client.callTool({ name, arguments: { id } })) as McpToolResult,
    close: () => client.close(),
  };
}

async function v2Caller(governance: GovernanceClient): Promise<Caller> {
  const [clientSide, serverSide] = V2InMemoryTransport.createLinkedPair();
  await governServer(v2Accounts(), { governance, server: "desk", upstreamServer: "accounts" }).connect(serverSide);
  const client = new V2Client({ name: "desk-host", version: "1.0.0" });
  await client.connect(withToken(clientSide));
  return {
    list: async () => (await client.listTools()).tools.map((t) => t.name).sort(),
    call: async (name, id) => (await client.callTool({ name, arguments: { id } })) as McpToolResult,
    close: () => client.close(),
  };
}

let sidecar: TestSidecar;
const callers: Caller[] = [];
const textOf = (r: McpToolResult) => (r.content as { text: string }[]).map((c) => c.text).join("\n");
const decisionOf = (r: McpToolResult) => r._meta?.[DECISION_META_KEY] as { decision: string; reason: string; decisionId: string };

beforeAll(async () => {
  sidecar = await startTestSidecar(POLICY);
});
afterAll(async () => {
  for (const caller of callers) await caller.close();
  await sidecar.close();
});

describe.each([
  ["v1 McpServer", v1Caller],
  ["v2 McpServer", v2Caller],
])("governServer behind a virtual server that renames tools: %s", (_label, connect) => {
  it("lists a renamed tool under its exposed name and runs the real tool when it is called by it", async () => {
    const caller = await connect(sidecar.governance);
    callers.push(caller);
    // `give_back` is the not read-only `refund`: not listed to a role that must keep to read-only tools.
    expect(await caller.list()).toEqual(["acct"]);
    ran.length = 0;
    // Before: isError, UNLISTED_TOOL ("tool 'acct' is not among the tools 'desk' lists to you").
    const acct = await caller.call("acct", "7");
    expect(decisionOf(acct), textOf(acct)).toMatchObject({ decision: "allow", reason: "ALLOWED" });
    expect(acct.isError).toBeFalsy();
    expect(textOf(acct)).toBe("account 7");
    expect(ran).toEqual(["account"]);
    // The decision and its record are the real tool's.
    const records = (await sidecar.records()).filter((r) => r.decisionId === decisionOf(acct).decisionId);
    expect(records.find((r) => r.event === "authorize")).toMatchObject({ server: "desk", tool: "acct", upstreamServer: "accounts", upstreamTool: "account" });
  });

  it("decides a renamed tool with the real tool's annotations, listed first or not", async () => {
    // A fresh server that never listed its tools, on a governance client that never saw a list
    // either: the call alone finds the real tool (the list read once, the sidecar asked once).
    const governance = createGovernanceClient({ transport: sidecar.embedded.transport, timeoutMs: 10_000 });
    const caller = await connect(governance);
    callers.push(caller);
    const dryRunsOf = async () => (await sidecar.records()).filter((r) => r.event === "authorize" && r.tool === "acct" && r.attrs?.dryRun === "true").length;
    const dryRunsBefore = await dryRunsOf();
    ran.length = 0;
    const refused = await caller.call("give_back", "1");
    expect(refused.isError).toBe(true);
    expect(decisionOf(refused)).toMatchObject({ decision: "deny", reason: "ANNOTATION_CONSTRAINT" });
    // The read-only tool passes `readOnly: required` only with the real tool's hints.
    const acct = await caller.call("acct", "8");
    expect(decisionOf(acct), textOf(acct)).toMatchObject({ decision: "allow" });
    expect(textOf(acct)).toBe("account 8");
    // The real name is not what the virtual server exposes, and another server's name is not this one's.
    const real = await caller.call("account", "9");
    expect(real.isError).toBe(true);
    const lookup = await caller.call("lookup", "1");
    expect(lookup.isError).toBe(true);
    expect(ran).toEqual(["account"]);
    expect(await dryRunsOf()).toBe(dryRunsBefore + 1);
    governance.close();
  });
});
